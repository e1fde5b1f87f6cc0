from lib import *
PAGES = []

PAGES.append(page("b4565-binhduong-ldld-tet-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > Hoạt động công đoàn
Cập nhật: 16:40, 24/01/2011 (GMT+7)
Ảnh: Trao quà cho công nhân ở trọ.
Hơn 12.000 suất quà Tết đến với công nhân lao động Bình Dương
Ngày 23/1, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Tân Mão 2011", trao 1.500 phần quà cho công nhân có hoàn cảnh khó khăn đang ở trọ tại thị xã Thuận An, huyện Dĩ An và huyện Bến Cát, mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm. Tới dự có đồng chí Lê Văn Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Võ Thị Ngọc Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu tại buổi lễ, bà Đặng Thị Kim Loan, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh cho biết, thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 5/1/2011 của Ban Thường vụ LĐLĐ tỉnh, dịp Tết này các cấp công đoàn trong tỉnh đã vận động trao hơn 12.000 suất quà Tết cho đoàn viên, công nhân lao động với tổng trị giá trên 6 tỷ đồng; hỗ trợ 320 vé xe cho công nhân về quê đón Tết ở các tỉnh miền Trung, miền Bắc. Toàn tỉnh có gần 3.000 công nhân ở lại nhà trọ trong những ngày Tết, công đoàn sẽ phối hợp chủ nhà trọ tổ chức "Bữa cơm sum họp" vào chiều 30 Tết.
Theo báo cáo của LĐLĐ tỉnh, đến nay 96% doanh nghiệp có tổ chức công đoàn đã công bố mức thưởng Tết; trong đó 78 doanh nghiệp thưởng từ 2 tháng lương trở lên. Tuy vậy, vẫn còn 14 doanh nghiệp nợ lương, chủ yếu doanh nghiệp nhỏ ngành gỗ và may mặc. Công đoàn các cấp đã tham gia đối thoại, giải quyết ổn thỏa 11 vụ tranh chấp lao động tập thể, không để xảy ra đình công kéo dài trước Tết.
Đồng chí Lê Văn Thảo ghi nhận công đoàn các cấp đã cụ thể hóa Nghị quyết 20-NQ/TW của BCH Trung ương (khóa X) về xây dựng giai cấp công nhân và Chỉ thị 22-CT/TW của Ban Bí thư về quan hệ lao động hài hòa, ổn định, tiến bộ trong doanh nghiệp. Đồng chí đề nghị các ngành chức năng kiểm tra việc chi trả lương, thưởng, không để công nhân thiệt thòi; chính quyền cơ sở ở phường An Phú, phường Bình Hòa quan tâm đến công nhân ở trọ xa quê.
Đồng chí Võ Thị Ngọc Hạnh thông tin, Ủy ban MTTQ tỉnh đã chuyển 200 phần quà từ Quỹ "Vì người nghèo" tới công nhân ở các khu nhà trọ đông người. Chị Nguyễn Thị Mơ (quê Thanh Hóa), công nhân một công ty giày da, xúc động: "Năm nay vợ chồng em không về quê, được công đoàn tặng quà và mời ăn Tết chung, em thấy ấm lòng lắm".
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 25 chủ nhà trọ có thành tích giữ giá phòng, tạo điều kiện cho công nhân sinh hoạt. Ông Phan Văn Ba, Phó Chủ tịch LĐLĐ tỉnh, công bố quyết định khen thưởng.
Minh Duy
Lượt xem: 1.204
Tin liên quan
- Công đoàn Khu công nghiệp Việt Nam - Singapore thăm công nhân trực Tết (20/01/2011)
- Dĩ An: 5 doanh nghiệp chưa công bố thưởng Tết (17/01/2011)
- Khai trương "Phiên chợ công nhân" năm 2011 (12/01/2011)
""", "2011-01-24", "Hơn 12.000 suất quà Tết đến với công nhân lao động Bình Dương",
E("trao_qua", None, "2011-01-23"),
[P("Lê Văn Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Võ Thị Ngọc Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Mơ"),
 P("Phan Văn Ba", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("Hơn 12.000 suất quà", 12000, "suất quà", "over"), Q("1.500 phần quà", 1500, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("trên 6 tỷ đồng", 6000000000, "đồng", "over"),
 Q("320 vé xe", 320, "vé xe"), Q("gần 3.000 công nhân", 3000, "công nhân", "approx"),
 Q("96%", 96, "%"), Q("78 doanh nghiệp", 78, "doanh nghiệp"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("11 vụ tranh chấp lao động tập thể", 11, "vụ tranh chấp lao động tập thể"),
 Q("200 phần quà", 200, "phần quà"), Q("25 chủ nhà trọ", 25, "chủ nhà trọ")],
[D("Kế hoạch", "12", "KH-LĐLĐ", "2011-01-05", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 12/KH-LĐLĐ ngày 5/1/2011"),
 D("Nghị quyết", "20", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 20-NQ/TW"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW")],
[prov("Bình Dương"), com("An Phú"), com("Bình Hòa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "Trang chủ > Tin tức > Hoạt động công đoàn", "Ảnh: Trao quà cho công nhân ở trọ.",
 "Tết Sum vầy - Xuân Tân Mão 2011", "Bữa cơm sum họp", "Vì người nghèo", "Nhà Văn hóa Lao động tỉnh", "Lượt xem: 1.204"],
["Cập nhật: 16:40, 24/01/2011 (GMT+7)", "2 tháng lương", "30 Tết", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b4566-dongnai-mttq-nhatro-2012", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận - Đoàn thể
08:15 | 17/07/2012
Nhân rộng mô hình "Nhà trọ tự quản" ở các khu công nghiệp
(ĐN) - Sáng 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 công tác Mặt trận, trong đó tập trung đánh giá việc xây dựng mô hình "Nhà trọ tự quản" trong khu dân cư có đông công nhân. Đồng chí Phạm Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Kim Liễu
Theo báo cáo, thực hiện Chỉ thị 06, 07-CT/TU của Tỉnh ủy về công tác vận động công nhân và quản lý lao động ngoại tỉnh, Ban Thường trực đã ban hành Kế hoạch số 45/KH-MTTQ-BTT ngày 10/2/2012 và hướng dẫn số 12/HD-MTTQ-BTT về xây dựng mô hình. Đến nay, toàn tỉnh có 1.247 nhà trọ với gần 86.000 công nhân thuê ở tham gia mô hình; 95 tổ tự quản nhà trọ được thành lập, mỗi tổ có từ 15 hộ trở lên. 412 chủ nhà trọ ký cam kết không tăng giá phòng, giá điện, nước quá quy định; 74% khu nhà trọ đã có tủ sách và góc sinh hoạt chung.
Ban công tác Mặt trận các khu phố, ấp đã phối hợp hòa giải thành 18 vụ việc mâu thuẫn giữa người thuê trọ với chủ nhà, phát hiện và báo công an xử lý 6 đối tượng trộm cắp. Tại phường Long Bình, xã An Phước, mô hình "Nhà trọ văn minh, an toàn" giúp giảm rõ các vụ trộm vặt, cờ bạc.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Bích Thủy, Hồ Văn Tư đã trình bày tham luận về vai trò của Ban công tác Mặt trận. Ông Nguyễn Văn Sáu, chủ khu nhà trọ Hòa Bình, phường Tam Hiệp, chia sẻ: khu trọ 64 phòng của ông lập sổ theo dõi, mỗi tháng họp người thuê một lần và giữ giá điện 3.000 đồng/kWh dù nhiều nơi thu cao hơn. Bà Trịnh Thị Hương, Chủ tịch Ủy ban MTTQ xã An Phước, đề nghị có cơ chế hỗ trợ kinh phí cho tổ tự quản.
Phát biểu chỉ đạo, đồng chí Phạm Văn Hòa yêu cầu 6 tháng cuối năm nhân rộng mô hình ra ít nhất 300 nhà trọ; phối hợp công đoàn các khu công nghiệp nắm tâm tư công nhân, nhất là khi doanh nghiệp điều chỉnh lương; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Theo Ủy ban MTTQ tỉnh, hiện Đồng Nai có 31 khu công nghiệp đang hoạt động với hơn 450.000 công nhân, trong đó trên 60% là lao động từ các tỉnh khác đến thuê trọ; nhiều khu dân cư ven khu công nghiệp có số người tạm trú cao gấp đôi dân thường trú.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 21 tập thể và 34 cá nhân tiêu biểu.
Kim Liễu
Lượt đọc: 652
Tin khác
- Long Thành: công nhân được tư vấn pháp luật miễn phí (12/07/2012)
- Nhơn Trạch ra mắt 3 tổ tự quản nhà trọ (05/07/2012)
- Biên Hòa: 120 công nhân được khám bệnh miễn phí (28/06/2012)
""", "2012-07-17", 'Nhân rộng mô hình "Nhà trọ tự quản" ở các khu công nghiệp',
E("so_ket", "2012-H1", "2012-07-16"),
[P("Phạm Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Sáu", "chủ khu nhà trọ Hòa Bình"),
 P("Trịnh Thị Hương", "Chủ tịch Ủy ban MTTQ xã An Phước")],
[Q("1.247 nhà trọ", 1247, "nhà trọ"), Q("gần 86.000 công nhân", 86000, "công nhân", "approx"),
 Q("95 tổ tự quản nhà trọ", 95, "tổ tự quản nhà trọ"), Q("từ 15 hộ trở lên", 15, "hộ", "over"),
 Q("412 chủ nhà trọ", 412, "chủ nhà trọ"), Q("74%", 74, "%"),
 Q("18 vụ việc mâu thuẫn", 18, "vụ việc mâu thuẫn"), Q("6 đối tượng", 6, "đối tượng"),
 Q("3.000 đồng/kWh", 3000, "đồng"), Q("ít nhất 300 nhà trọ", 300, "nhà trọ", "over"),
 Q("31 khu công nghiệp", 31, "khu công nghiệp"), Q("hơn 450.000 công nhân", 450000, "công nhân", "over"), Q("trên 60%", 60, "%", "over"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân tiêu biểu", 34, "cá nhân tiêu biểu")],
[D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2012-02-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 10/2/2012"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "hướng dẫn số 12/HD-MTTQ-BTT")],
[prov("Đồng Nai"), com("Long Bình"), com("An Phước"), com("Tam Hiệp")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Kim Liễu", "(ĐN)",
 "Nhà trọ tự quản", "Nhà trọ văn minh, an toàn", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Hòa Bình", "Lượt đọc: 652"],
["08:15 | 17/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "64 phòng", "mỗi tháng", "Lượt đọc: 652"]))

PAGES.append(page("b4567-hochiminh-ldld-doithoai-2013", """
NGƯỜI LAO ĐỘNG ONLINE
Công đoàn › Đời sống công nhân
Thứ Bảy, 19/10/2013 - 21:05
Đối thoại với công nhân Khu chế xuất Tân Thuận: Nóng chuyện nhà trọ, bữa ăn ca
(NLĐO) - Chiều 19-10, LĐLĐ TP HCM phối hợp Ban Quản lý các khu chế xuất và công nghiệp TP (Hepza) tổ chức chương trình đối thoại với công nhân lao động năm 2013 tại Khu chế xuất Tân Thuận, quận 7, với hơn 600 công nhân của 22 doanh nghiệp tham dự.
Chủ trì đối thoại có các ông bà: Nguyễn Thị Thu Vân - Phó Chủ tịch LĐLĐ TP HCM; Trương Công Danh - Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp TP; Lâm Quốc Hùng - Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP HCM. Cùng dự có ông Phạm Hữu Tài, Phó Chủ tịch UBND quận 7.
Công nhân phát biểu tại buổi đối thoại. Ảnh: Thu Hằng
Tại buổi đối thoại, công nhân đã nêu 42 ý kiến, tập trung vào giá phòng trọ, giá điện nước, chất lượng bữa ăn ca và việc thực hiện mức lương tối thiểu vùng theo Nghị định số 103/2012/NĐ-CP của Chính phủ. Chị Lò Thị Xuân (quê Thanh Hóa) cho biết phòng trọ 12 m2 ở phường Tân Thuận Đông nay đã lên 1,2 triệu đồng/tháng, điện tính 3.500 đồng/kWh, trong khi lương cơ bản của chị chỉ 2,7 triệu đồng. Anh Y Thoan Mlô (quê Đắk Lắk) phản ánh bữa ăn ca ở một số công ty chỉ 12.000 đồng/suất, "ăn xong 2 tiếng là đói".
Trả lời, ông Trương Công Danh cho biết năm 2013 Hepza đã kiểm tra 37 doanh nghiệp, yêu cầu 9 doanh nghiệp nâng giá trị bữa ăn ca lên tối thiểu 15.000 đồng/suất. Về nhà ở, thành phố đang triển khai dự án ký túc xá cho khoảng 4.000 công nhân tại phường Tân Thuận Tây, dự kiến khởi công cuối năm.
Bà Nguyễn Thị Thu Vân cho biết công đoàn đang theo dõi 5 vụ việc chậm đóng bảo hiểm xã hội với số tiền nợ gần 3,4 tỷ đồng, sẽ kiến nghị cơ quan chức năng xử lý theo Bộ luật Lao động năm 2012 và hướng dẫn thực hiện Chỉ thị 22-CT/TW ngày 05/6/2008 của Ban Bí thư. Công đoàn cũng ký thỏa thuận với 46 chủ nhà trọ, cửa hàng giảm giá cho đoàn viên.
Theo LĐLĐ TP Hồ Chí Minh, năm 2013 toàn thành phố có 3 khu chế xuất và 13 khu công nghiệp với khoảng 270.000 công nhân; trên 65% công nhân là người ngoại tỉnh phải thuê nhà trọ. Ông Lâm Quốc Hùng cho biết, 9 tháng qua Công đoàn các Khu chế xuất và công nghiệp đã phát triển 8.700 đoàn viên mới, thành lập 31 công đoàn cơ sở; dự kiến trong tháng 11, công đoàn sẽ tổ chức đối thoại tại Khu chế xuất Linh Trung.
Kết thúc đối thoại, ban tổ chức trao 50 suất học bổng, mỗi suất 1 triệu đồng, cho con công nhân học giỏi.
Thu Hằng
Tin liên quan
- Công nhân khu chế xuất Linh Trung được khám sức khỏe miễn phí
- Tăng lương tối thiểu: Doanh nghiệp cần minh bạch
- Ký túc xá công nhân: Vẫn còn xa vời?
""", "2013-10-19", "Đối thoại với công nhân Khu chế xuất Tân Thuận: Nóng chuyện nhà trọ, bữa ăn ca",
E("doi_thoai", "2013", "2013-10-19"),
[P("Nguyễn Thị Thu Vân", "Phó Chủ tịch LĐLĐ TP HCM"),
 P("Trương Công Danh", "Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp TP"),
 P("Lâm Quốc Hùng", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP HCM"),
 P("Phạm Hữu Tài", "Phó Chủ tịch UBND quận 7"),
 P("Lò Thị Xuân"), P("Y Thoan Mlô")],
[Q("hơn 600 công nhân", 600, "công nhân", "over"), Q("22 doanh nghiệp", 22, "doanh nghiệp"),
 Q("42 ý kiến", 42, "ý kiến"), Q("12 m2", 12, "m2"), Q("1,2 triệu đồng/tháng", 1200000, "đồng"),
 Q("3.500 đồng/kWh", 3500, "đồng"), Q("2,7 triệu đồng", 2700000, "đồng"), Q("12.000 đồng/suất", 12000, "đồng"),
 Q("37 doanh nghiệp", 37, "doanh nghiệp"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("tối thiểu 15.000 đồng/suất", 15000, "đồng"), Q("khoảng 4.000 công nhân", 4000, "công nhân", "approx"),
 Q("5 vụ việc", 5, "vụ việc"), Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("3 khu chế xuất", 3, "khu chế xuất"), Q("13 khu công nghiệp", 13, "khu công nghiệp"),
 Q("khoảng 270.000 công nhân", 270000, "công nhân", "approx"), Q("trên 65%", 65, "%", "over"),
 Q("8.700 đoàn viên mới", 8700, "đoàn viên mới"), Q("31 công đoàn cơ sở", 31, "công đoàn cơ sở"),
 Q("46 chủ nhà trọ", 46, "chủ nhà trọ"), Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "103", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 103/2012/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị 22-CT/TW ngày 05/6/2008")],
[prov("Hồ Chí Minh"), com("Tân Thuận Đông"), com("Tân Thuận Tây")],
["NGƯỜI LAO ĐỘNG ONLINE", "Công đoàn › Đời sống công nhân", "(NLĐO)", "Công nhân phát biểu tại buổi đối thoại. Ảnh: Thu Hằng",
 "Hepza", "Khu chế xuất Tân Thuận", "Bộ luật Lao động năm 2012"],
["Thứ Bảy, 19/10/2013 - 21:05", "Chiều 19-10", "2 tiếng", "năm 2012", "9 tháng qua", "tháng 11"]))

PAGES.append(page("b4568-longan-bdv-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY LONG AN
Bạn đang ở: Trang chủ / Hoạt động / Dân vận trong doanh nghiệp
Ngày đăng 26/12/2014 | 10:30
Toàn cảnh hội nghị.
Long An: Tổng kết công tác dân vận trong doanh nghiệp năm 2014
Ngày 25/12/2014, Ban Dân vận Tỉnh ủy phối hợp Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác dân vận trong các doanh nghiệp và khu, cụm công nghiệp năm 2014. Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Thu Cúc chủ trì; dự hội nghị có 28 đồng chí là bí thư cấp ủy, chủ tịch công đoàn cơ sở và đại diện 14 khu công nghiệp.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, toàn tỉnh hiện có 1.260 doanh nghiệp đang hoạt động trong khu, cụm công nghiệp với trên 118.000 lao động, trong đó khoảng 70% là lao động ngoại tỉnh. Thực hiện Chỉ thị 22-CT/TW ngày 05/6/2008 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 118, 119-KH/TU về xây dựng quan hệ lao động hài hòa và về phát triển tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước; UBND tỉnh ban hành Quyết định 1027/QĐ-UBND ngày 3/4/2013 về quy chế phối hợp quản lý lao động ngoại tỉnh.
Trong năm, đã thành lập mới 36 tổ chức cơ sở đảng và 212 công đoàn cơ sở, kết nạp 8.450 đoàn viên mới. Toàn tỉnh xảy ra 9 vụ ngừng việc tập thể với khoảng 5.300 công nhân tham gia, giảm so với năm 2013; các vụ việc đều được công đoàn, chính quyền đối thoại giải quyết trong ngày. Ban Dân vận các huyện đã tiếp xúc, nắm tình hình tại 340 khu nhà trọ, phối hợp vận động chủ nhà trọ giảm giá phòng cho 1.125 công nhân có hoàn cảnh khó khăn.
Tại hội nghị, đồng chí Lê Hữu Phước, HUV, Trưởng Ban Dân vận Huyện ủy Đức Hòa, chia sẻ kinh nghiệm xây dựng "Tổ dân vận khu nhà trọ" ở xã Đức Hòa Hạ, xã Hựu Thạnh; đồng chí Nguyễn Văn Bé Tư, Bí thư Đảng ủy xã Mỹ Hạnh Nam, đề nghị doanh nghiệp dành quỹ đất xây nhà lưu trú cho công nhân. Ông Phan Thanh Sang, Trưởng Ban Quản lý các khu kinh tế tỉnh, thông tin tỉnh đang kêu gọi đầu tư 3 dự án nhà ở xã hội với khoảng 2.400 căn hộ.
Các đồng chí Trần Văn Lợi, Võ Thị Kim Thoa - Phó Trưởng Ban Dân vận Tỉnh ủy điều hành phần thảo luận. Kết luận hội nghị, đồng chí Nguyễn Thị Thu Cúc yêu cầu năm 2015 tập trung thực hiện Nghị quyết 20-NQ/TW ngày 28/1/2008 của BCH Trung ương; mỗi huyện có ít nhất 1 mô hình "Dân vận khéo" trong doanh nghiệp; định kỳ đối thoại với công nhân, không để hình thành điểm nóng.
Dịp này, 17 tập thể và 26 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Minh Thư
Số lượt xem: 398
Các tin đã đưa
- Bến Lức: ra mắt mô hình "Nhà trọ an toàn" (15/12/2014)
- Công nhân Long An vui hội thao chào mừng 85 năm thành lập Công đoàn Việt Nam (28/07/2014)
- Cần Giuộc đối thoại với công nhân khu công nghiệp Long Hậu (10/06/2014)
""", "2014-12-26", "Long An: Tổng kết công tác dân vận trong doanh nghiệp năm 2014",
E("tong_ket", "2014", "2014-12-25"),
[P("Nguyễn Thị Thu Cúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hữu Phước", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Hòa"),
 P("Nguyễn Văn Bé Tư", "Bí thư Đảng ủy xã Mỹ Hạnh Nam"),
 P("Phan Thanh Sang", "Trưởng Ban Quản lý các khu kinh tế tỉnh"),
 P("Trần Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Kim Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("28 đồng chí", 28, "đồng chí"), Q("14 khu công nghiệp", 14, "khu công nghiệp"),
 Q("1.260 doanh nghiệp", 1260, "doanh nghiệp"), Q("trên 118.000 lao động", 118000, "lao động", "over"),
 Q("khoảng 70%", 70, "%", "approx"), Q("36 tổ chức cơ sở đảng", 36, "tổ chức cơ sở đảng"),
 Q("212 công đoàn cơ sở", 212, "công đoàn cơ sở"), Q("8.450 đoàn viên mới", 8450, "đoàn viên mới"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("khoảng 5.300 công nhân", 5300, "công nhân", "approx"),
 Q("340 khu nhà trọ", 340, "khu nhà trọ"), Q("1.125 công nhân có hoàn cảnh khó khăn", 1125, "công nhân"),
 Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"), Q("khoảng 2.400 căn hộ", 2400, "căn hộ", "approx"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("17 tập thể", 17, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị 22-CT/TW ngày 05/6/2008"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 118, 119-KH/TU"),
 D("Kế hoạch", "119", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 118, 119-KH/TU"),
 D("Quyết định", "1027", "QĐ-UBND", "2013-04-03", "UBND tỉnh", "Quyết định 1027/QĐ-UBND ngày 3/4/2013"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết 20-NQ/TW ngày 28/1/2008")],
[prov("Long An"), com("Đức Hòa Hạ"), com("Hựu Thạnh"), com("Mỹ Hạnh Nam")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Bạn đang ở: Trang chủ / Hoạt động / Dân vận trong doanh nghiệp", "Toàn cảnh hội nghị.",
 "Tổ dân vận khu nhà trọ", "Dân vận khéo", "Số lượt xem: 398"],
["Ngày đăng 26/12/2014 | 10:30", "28 đồng chí", "năm 2014", "năm 2013", "năm 2015", "Số lượt xem: 398"]))

PAGES.append(page("b4569-binhduong-mttq-giamsat-2015", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Dương
Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện xã hội
15/09/2015 - 09:20
Giám sát việc bảo đảm điều kiện nhà trọ cho công nhân tại thị xã Dĩ An
Từ ngày 8 đến 11/9/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Huỳnh Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện quy định về điều kiện nhà trọ cho thuê đối với công nhân năm 2015 tại phường Tân Đông Hiệp, phường Bình An và phường Đông Hòa.
Đoàn giám sát làm việc tại một khu nhà trọ ở phường Bình An. Ảnh: Hữu Nghĩa
Cuộc giám sát được thực hiện theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát, phản biện xã hội của Mặt trận và Kế hoạch số 31/KH-MTTQ-BTT ngày 20/7/2015 của Ban Thường trực. Thành viên đoàn có đại diện Sở Xây dựng, Sở Lao động - Thương binh và Xã hội, LĐLĐ tỉnh và Hội Liên hiệp Phụ nữ tỉnh.
Theo báo cáo của UBND thị xã, trên địa bàn có 3.412 nhà trọ với gần 61.000 phòng, đang cho khoảng 148.000 người lao động thuê ở. Qua kiểm tra ngẫu nhiên 46 nhà trọ, đoàn ghi nhận 34 nhà trọ cơ bản đảm bảo diện tích tối thiểu 10 m2/phòng, có lối thoát hiểm và bình chữa cháy; 12 nhà trọ còn chật hẹp, đường điện tự đấu nối, chưa có nội quy. Giá thuê phổ biến từ 700.000 đồng đến 1.200.000 đồng/phòng/tháng; 31% số nhà trọ thu tiền điện cao hơn giá quy định.
Ông Nguyễn Văn Lộc, Phó Chủ tịch UBND thị xã Dĩ An, cho biết năm 2015 thị xã đã xử phạt 27 chủ nhà trọ vi phạm về phòng cháy, tạm trú với tổng số tiền 86 triệu đồng. Bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ phường Tân Đông Hiệp, đề xuất nhân rộng mô hình "Chủ nhà trọ là người thân của công nhân" vì qua 2 năm thực hiện, 56 chủ nhà trọ tham gia đã giữ giá phòng ổn định.
Công nhân Rơ Châm H'Yến (quê Gia Lai), ở trọ tại phường Đông Hòa, phản ánh khu trọ thường xuyên mất nước, con em công nhân chưa có chỗ gửi trẻ. Đoàn giám sát đã ghi nhận và chuyển kiến nghị đến UBND phường.
Kết luận đợt giám sát, bà Huỳnh Thị Mỹ Dung đề nghị UBND thị xã chỉ đạo rà soát toàn bộ nhà trọ trên 10 phòng, kiên quyết xử lý các trường hợp không đảm bảo an toàn; có chính sách khuyến khích doanh nghiệp đầu tư nhà lưu trú, nhóm trẻ cho con công nhân; Ủy ban MTTQ các phường phối hợp công đoàn nắm tâm tư công nhân, kịp thời phản ánh kiến nghị chính đáng. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy và gửi UBND tỉnh trong tháng 10/2015.
Cũng trong đợt này, đoàn giám sát đã thăm và tặng 100 phần quà cho công nhân khó khăn ở trọ, mỗi phần 300.000 đồng.
Hữu Nghĩa
Lượt truy cập: 2.317
Tin khác
- Ủy ban MTTQ tỉnh phản biện dự thảo quy định về nhà ở xã hội (02/09/2015)
- Thuận An: hội nghị đối thoại giữa chủ nhà trọ và người thuê (25/08/2015)
- Trao 20 căn "Mái ấm Công đoàn" cho công nhân (14/08/2015)
""", "2015-09-15", "Giám sát việc bảo đảm điều kiện nhà trọ cho công nhân tại thị xã Dĩ An",
E("giam_sat", "2015", "2015-09-08"),
[P("Huỳnh Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lộc", "Phó Chủ tịch UBND thị xã Dĩ An"),
 P("Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ phường Tân Đông Hiệp"),
 P("Rơ Châm H'Yến")],
[Q("3.412 nhà trọ", 3412, "nhà trọ"), Q("gần 61.000 phòng", 61000, "phòng", "approx"),
 Q("khoảng 148.000 người lao động", 148000, "người lao động", "approx"), Q("46 nhà trọ", 46, "nhà trọ"),
 Q("34 nhà trọ", 34, "nhà trọ"), Q("10 m2/phòng", 10, "m2"), Q("12 nhà trọ", 12, "nhà trọ"),
 Q("700.000 đồng", 700000, "đồng"), Q("1.200.000 đồng/phòng/tháng", 1200000, "đồng"), Q("31%", 31, "%"),
 Q("27 chủ nhà trọ", 27, "chủ nhà trọ"), Q("86 triệu đồng", 86000000, "đồng"), Q("56 chủ nhà trọ", 56, "chủ nhà trọ"),
 Q("100 phần quà", 100, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "31", "KH-MTTQ-BTT", "2015-07-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 31/KH-MTTQ-BTT ngày 20/7/2015")],
[prov("Bình Dương"), com("Tân Đông Hiệp"), com("Bình An"), com("Đông Hòa")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Dương", "Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại một khu nhà trọ ở phường Bình An. Ảnh: Hữu Nghĩa", "Chủ nhà trọ là người thân của công nhân",
 "Sở Xây dựng", "Lượt truy cập: 2.317"],
["15/09/2015 - 09:20", "Từ ngày 8 đến 11/9/2015", "năm 2015", "2 năm", "trên 10 phòng", "tháng 10/2015", "Lượt truy cập: 2.317"]))

PAGES.append(page("b4570-dongnai-ldld-giaoban-2016", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Trang chủ >> Tin hoạt động >> Quan hệ lao động
Cập nhật lúc 17:20 ngày 12/10/2016
Ảnh: Quang cảnh buổi giao ban.
Chủ động ngăn chặn 4 vụ ngừng việc tập thể ngay từ cơ sở
Chiều 11/10, Ban Thường vụ LĐLĐ tỉnh tổ chức giao ban công tác công đoàn quý III/2016 với chủ tịch công đoàn các khu công nghiệp, công đoàn ngành và LĐLĐ các huyện, thị xã, thành phố. Đồng chí Trần Văn Quang, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì; các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Nguyễn Thị Kim Phượng, Lê Văn Nhẫn, Đinh Công Bằng cùng dự.
Theo báo cáo, trong quý III, nhờ nắm bắt sớm tâm tư của người lao động, công đoàn cơ sở đã chủ động đối thoại, ngăn chặn 4 vụ ngừng việc tập thể có nguy cơ xảy ra tại các doanh nghiệp giày da, may mặc ở Khu công nghiệp Hố Nai, Sông Mây. Tuy nhiên, từ đầu năm đến nay toàn tỉnh vẫn xảy ra 21 vụ ngừng việc tập thể với khoảng 9.800 lượt người tham gia, nguyên nhân chủ yếu do doanh nghiệp chậm trả lương, thay đổi định mức lao động, bữa ăn ca kém chất lượng.
Công đoàn các cấp đã phối hợp tổ chức 183 cuộc đối thoại định kỳ theo Nghị định 60/2013/NĐ-CP của Chính phủ; thương lượng, ký kết mới 64 bản thỏa ước lao động tập thể, nâng tỷ lệ doanh nghiệp có thỏa ước lên 68,5%. Hiện còn 67 doanh nghiệp nợ bảo hiểm xã hội kéo dài với số tiền trên 42 tỷ đồng, ảnh hưởng quyền lợi của gần 11.000 người lao động; LĐLĐ tỉnh đã có công văn số 815/LĐLĐ đề nghị Bảo hiểm xã hội tỉnh phối hợp khởi kiện 5 doanh nghiệp.
Về chăm lo đời sống, quý III công đoàn đã hỗ trợ xây mới, sửa chữa 18 Mái ấm Công đoàn với mức hỗ trợ 30 triệu đồng/căn; tổ chức 2 phiên "Chợ nghĩa tình" bán hàng giảm giá cho khoảng 6.000 lượt công nhân; tư vấn pháp luật miễn phí cho 1.450 lượt người tại các khu nhà trọ ở phường Long Bình, phường Tam Phước và xã Hố Nai 3.
Đồng chí Y Bhơ Niê, Chủ tịch Công đoàn cơ sở Công ty TNHH Pouyuen Đồng Nai, chia sẻ: khi nghe công nhân bàn tán chuyện định mức, công đoàn đã đề nghị giám đốc đối thoại ngay trong ca, nhờ vậy hơn 2.000 công nhân yên tâm làm việc.
Kết luận giao ban, đồng chí Trần Văn Quang yêu cầu quý IV tiếp tục thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường vai trò công đoàn trong doanh nghiệp có vốn đầu tư nước ngoài; theo dõi chặt việc trả lương, thưởng Tết năm 2017; phấn đấu 100% công đoàn cơ sở khu công nghiệp tổ chức "Tết Sum vầy" cho công nhân không về quê.
Hoàng Lan
Tin cùng chuyên mục
- Công nhân Đồng Nai hưởng ứng Tháng hành động về an toàn, vệ sinh lao động (05/10/2016)
- Biên Hòa: ra mắt 3 nhóm trẻ cho con công nhân (22/09/2016)
- Trảng Bom: 1.200 công nhân được khám sức khỏe (09/09/2016)
""", "2016-10-12", "Chủ động ngăn chặn 4 vụ ngừng việc tập thể ngay từ cơ sở",
E("giao_ban", "2016-Q3", "2016-10-11"),
[P("Trần Văn Quang", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Kim Phượng", "Phó Chủ tịch LĐLĐ tỉnh"), P("Lê Văn Nhẫn", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Công Bằng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Y Bhơ Niê", "Chủ tịch Công đoàn cơ sở Công ty TNHH Pouyuen Đồng Nai")],
[Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"), Q("21 vụ ngừng việc tập thể", 21, "vụ ngừng việc tập thể"),
 Q("khoảng 9.800 lượt người", 9800, "lượt người", "approx"), Q("183 cuộc đối thoại định kỳ", 183, "cuộc đối thoại định kỳ"),
 Q("64 bản thỏa ước lao động tập thể", 64, "bản thỏa ước lao động tập thể"), Q("68,5%", 68.5, "%"),
 Q("67 doanh nghiệp", 67, "doanh nghiệp"), Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("gần 11.000 người lao động", 11000, "người lao động", "approx"), Q("5 doanh nghiệp", 5, "doanh nghiệp"),
 Q("18 Mái ấm Công đoàn", 18, "Mái ấm Công đoàn"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("2 phiên", 2, "phiên"), Q("khoảng 6.000 lượt công nhân", 6000, "lượt công nhân", "approx"),
 Q("1.450 lượt người", 1450, "lượt người"), Q("hơn 2.000 công nhân", 2000, "công nhân", "over"), Q("100%", 100, "%")],
[D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 60/2013/NĐ-CP"),
 D("Công văn", "815", "LĐLĐ", None, "LĐLĐ tỉnh", "công văn số 815/LĐLĐ"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU")],
[prov("Đồng Nai"), com("Long Bình"), com("Tam Phước"), com("Hố Nai 3")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Trang chủ >> Tin hoạt động >> Quan hệ lao động", "Ảnh: Quang cảnh buổi giao ban.",
 "Mái ấm Công đoàn", "Chợ nghĩa tình", "Tết Sum vầy", "Khu công nghiệp Hố Nai"],
["Cập nhật lúc 17:20 ngày 12/10/2016", "quý III/2016", "quý III", "quý IV", "năm 2017"]))
