from lib import *
PAGES = []

PAGES.append(page("b3641-haiphong-bachlongvi-ngudan-traoqua-2022", """
Cổng thông tin điện tử huyện Bạch Long Vĩ
Trang chủ - Tin tức - Hoạt động của huyện
Thứ Bảy, 22/01/2022
Đồng chí Hoàng Thị Liên (bìa phải) trao quà cho ngư dân.
Mang Tết sớm đến ngư dân và công nhân trên đảo Bạch Long Vĩ
Ngày 20/1/2022, đoàn công tác của Liên đoàn Lao động thành phố Hải Phòng do đồng chí Hoàng Thị Liên, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ thành phố làm trưởng đoàn đã ra thăm, tặng quà ngư dân, công nhân lao động đang làm việc trên đảo Bạch Long Vĩ nhân dịp Tết Nguyên đán Nhâm Dần.
Tiếp đoàn có đồng chí Đặng Quang Vịnh, Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Mai Xuân Trường, HUV, Chánh Văn phòng Huyện ủy. Báo cáo với đoàn, lãnh đạo huyện cho biết, năm 2021 có hơn 2.400 lượt tàu cá vào neo đậu, tránh trú tại âu cảng Bạch Long Vĩ; huyện có 19 tàu cá của ngư dân địa phương với 126 lao động, sản lượng khai thác khoảng 1.800 tấn. Trên đảo hiện có 5 doanh nghiệp dịch vụ hậu cần nghề cá sử dụng gần 90 công nhân.
Tại buổi gặp mặt, đoàn đã trao 150 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 500.000 đồng cho ngư dân, công nhân có hoàn cảnh khó khăn; tặng Công đoàn cơ sở Cảng cá Bạch Long Vĩ 30 triệu đồng để tổ chức Tết cho người lao động không về đất liền. Tổng giá trị quà tặng lần này khoảng 255 triệu đồng.
Anh Chu Văn Phúc, người Nùng, thuyền trưởng tàu HP 90198 TS, chia sẻ: "Tàu chúng tôi bám biển cả tháng, Tết này có lẽ ăn Tết trên biển. Món quà của công đoàn giúp anh em ấm lòng". Chị Vũ Thị Thoa, công nhân chế biến hải sản, cho biết chị đã làm việc trên đảo 6 năm, mong muốn có thêm nhà ở tập thể cho lao động nữ.
Dịp này, đoàn cũng trao tặng 200 lá cờ Tổ quốc cho ngư dân theo chương trình "Tiếp sức ngư dân bám biển"; thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng Bạch Long Vĩ và Trạm Ra đa 480.
Đồng chí Hoàng Thị Liên ghi nhận những đóng góp của ngư dân, công nhân trong giữ vững chủ quyền biển đảo, đồng thời đề nghị huyện thực hiện tốt Nghị quyết số 36-NQ/TW ngày 22/10/2018 của BCH Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam, quan tâm thành lập nghiệp đoàn nghề cá, tổ đoàn kết trên biển để ngư dân hỗ trợ nhau khi gặp rủi ro.
Hoạt động nằm trong chương trình "Tết Sum vầy" năm 2022 của LĐLĐ thành phố Hải Phòng.
Quang Thắng
Lượt truy cập: 356.114
Tin liên quan
- Huyện Bạch Long Vĩ tổng kết công tác năm 2021 (12/01/2022)
- Kiểm tra an toàn tàu cá neo đậu tránh rét (06/01/2022)
- Hội Nông dân huyện ra mắt tổ hợp tác dịch vụ nghề cá (28/12/2021)
- Ngư dân Bạch Long Vĩ trúng đậm cá thu đầu vụ (15/12/2021)
""", "2022-01-22", "Mang Tết sớm đến ngư dân và công nhân trên đảo Bạch Long Vĩ",
E("trao_qua", None, "2022-01-20"),
[P("Hoàng Thị Liên", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch LĐLĐ thành phố"),
 P("Đặng Quang Vịnh", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Mai Xuân Trường", "HUV", "Chánh Văn phòng Huyện ủy"),
 P("Chu Văn Phúc", "thuyền trưởng tàu HP 90198 TS"),
 P("Vũ Thị Thoa", "công nhân chế biến hải sản")],
[Q("hơn 2.400 lượt tàu cá", 2400, "lượt tàu cá", "over"), Q("19 tàu cá", 19, "tàu cá"), Q("126 lao động", 126, "lao động"),
 Q("khoảng 1.800 tấn", 1800, "tấn", "approx"), Q("5 doanh nghiệp dịch vụ hậu cần nghề cá", 5, "doanh nghiệp dịch vụ hậu cần nghề cá"),
 Q("gần 90 công nhân", 90, "công nhân", "approx"), Q("150 suất quà", 150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 255 triệu đồng", 255000000, "đồng", "approx"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "BCH Trung ương", "Nghị quyết số 36-NQ/TW ngày 22/10/2018 của BCH Trung ương")],
[prov("Hải Phòng")],
["Cổng thông tin điện tử huyện Bạch Long Vĩ", "Trang chủ - Tin tức - Hoạt động của huyện",
 "Đồng chí Hoàng Thị Liên (bìa phải) trao quà cho ngư dân.", "Tiếp sức ngư dân bám biển", "Tết Sum vầy",
 "Lượt truy cập: 356.114", "HP 90198 TS", "Trạm Ra đa 480"],
["Thứ Bảy, 22/01/2022", "năm 2021", "6 năm", "HP 90198 TS", "Trạm Ra đa 480", "Lượt truy cập: 356.114", "năm 2022"]))

PAGES.append(page("b3642-quangninh-mongduong-tongket-2022", """
TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM
Tin tức » Đơn vị thành viên
Thứ Năm, 29/12/2022 - 17:10
Quang cảnh hội nghị. Ảnh: Vũ Hùng
Than Mông Dương về đích sớm, thu nhập thợ lò đạt 21,5 triệu đồng/tháng
Ngày 28/12, Đảng ủy, Công đoàn Công ty CP Than Mông Dương - Vinacomin tổ chức hội nghị tổng kết công tác năm 2022, triển khai kế hoạch năm 2023. Dự hội nghị có đồng chí Lê Thanh Xuân, Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam; lãnh đạo Đảng ủy, UBND phường Mông Dương.
Năm 2022, Công ty khai thác 1,72 triệu tấn than, tiêu thụ 1,8 triệu tấn; doanh thu hơn 3.190 tỷ đồng. Tổng số lao động bình quân 3.412 người; tiền lương bình quân toàn Công ty 17,3 triệu đồng/người/tháng, trong đó thợ lò đạt 21,5 triệu đồng, tăng khoảng 9% so với năm 2021.
Ông Nguyễn Văn Hưng, Chủ tịch Công đoàn Công ty, cho biết Công đoàn đã phối hợp tổ chức 4 kỳ đối thoại định kỳ, 1 hội nghị người lao động; giải quyết 36/39 kiến nghị của người lao động. Công ty đầu tư gần 12 tỷ đồng cải tạo khu nhà ở tập thể 7 tầng cho 420 công nhân độc thân, lắp điều hòa 100% phòng ở; đưa vào sử dụng nhà ăn ca mới phục vụ 1.200 suất/ngày.
Thực hiện Chỉ thị số 04-CT/ĐU ngày 15/3/2022 của Đảng ủy Than Quảng Ninh về tăng cường công tác tuyển dụng, giữ chân thợ lò, Công ty đã tuyển mới 286 lao động, trong đó 174 thợ lò; phối hợp với Trường Cao đẳng Than - Khoáng sản Việt Nam đào tạo theo đặt hàng. Tuy vậy, số lao động nghỉ việc trong năm vẫn là 153 người, chủ yếu là thợ lò trẻ dưới 30 tuổi.
Tại hội nghị, anh Hoàng Văn Khánh, người Tày, Phó quản đốc Phân xưởng Đào lò 1, đề xuất có chính sách hỗ trợ tiền thuê nhà 1,5 triệu đồng/tháng cho thợ lò đã lập gia đình. Chị Ninh Thị Hạnh, Trưởng ban Nữ công Công đoàn Công ty, kiến nghị mở nhóm trẻ cho con công nhân làm ca ở phường Mông Dương và phường Cửa Ông.
Phát biểu chỉ đạo, đồng chí Lê Thanh Xuân biểu dương Công ty về đích sớm kế hoạch; đề nghị năm 2023 tiếp tục thực hiện Nghị quyết số 02-NQ/CĐTKV của Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam về nâng cao đời sống vật chất, tinh thần cho công nhân mỏ; chú trọng an toàn lao động, phòng ngừa bệnh nghề nghiệp.
Dịp này, 24 tập thể, 67 cá nhân được khen thưởng; Công ty trao 10 suất học bổng, mỗi suất 5 triệu đồng cho con công nhân học giỏi.
Hội nghị cũng đề ra mục tiêu năm 2023 khai thác 1,8 triệu tấn than, giữ thu nhập bình quân không thấp hơn năm 2022, phấn đấu không để xảy ra tai nạn lao động nghiêm trọng tại các khai trường ở tỉnh Quảng Ninh.
Vũ Hùng (Công ty CP Than Mông Dương)
Tin cùng chuyên mục
- Than Hà Tu hoàn thành kế hoạch năm 2022 (27/12/2022)
- Công đoàn TKV trao 50 Mái ấm Công đoàn năm 2022 (22/12/2022)
- Than Hạ Long tổ chức Hội thi thợ lò giỏi (15/12/2022)
""", "2022-12-29", "Than Mông Dương về đích sớm, thu nhập thợ lò đạt 21,5 triệu đồng/tháng",
E("tong_ket", "2022", "2022-12-28"),
[P("Lê Thanh Xuân", "Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam"),
 P("Nguyễn Văn Hưng", "Chủ tịch Công đoàn Công ty"),
 P("Hoàng Văn Khánh", "Phó quản đốc Phân xưởng Đào lò 1"),
 P("Ninh Thị Hạnh", "Trưởng ban Nữ công Công đoàn Công ty")],
[Q("21,5 triệu đồng", 21500000, "đồng"), Q("1,72 triệu tấn", 1720000, "tấn"), Q("1,8 triệu tấn", 1800000, "tấn"), Q("khai thác 1,8 triệu tấn than", 1800000, "tấn"),
 Q("hơn 3.190 tỷ đồng", 3190000000000, "đồng", "over"), Q("3.412 người", 3412, "người"), Q("17,3 triệu đồng", 17300000, "đồng"),
 Q("khoảng 9%", 9, "%", "approx"), Q("4 kỳ đối thoại định kỳ", 4, "kỳ đối thoại định kỳ"), Q("36/39 kiến nghị", 36, "kiến nghị"),
 Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("420 công nhân độc thân", 420, "công nhân độc thân"),
 Q("100% phòng ở", 100, "%"), Q("1.200 suất", 1200, "suất"), Q("286 lao động", 286, "lao động"), Q("174 thợ lò", 174, "thợ lò"),
 Q("153 người", 153, "người"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("24 tập thể", 24, "tập thể"), Q("67 cá nhân", 67, "cá nhân"),
 Q("10 suất học bổng", 10, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Chỉ thị", "04", "CT/ĐU", "2022-03-15", "Đảng ủy Than Quảng Ninh", "Chỉ thị số 04-CT/ĐU ngày 15/3/2022 của Đảng ủy Than Quảng Ninh"),
 D("Nghị quyết", "02", "NQ/CĐTKV", None, "Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam", "Nghị quyết số 02-NQ/CĐTKV của Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam")],
[prov("Quảng Ninh"), com("Mông Dương"), com("Cửa Ông")],
["TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", "Tin tức » Đơn vị thành viên", "Quang cảnh hội nghị. Ảnh: Vũ Hùng",
 "Trường Cao đẳng Than - Khoáng sản Việt Nam", "Vũ Hùng (Công ty CP Than Mông Dương)"],
["Thứ Năm, 29/12/2022 - 17:10", "năm 2022", "năm 2023", "năm 2021", "1 hội nghị người lao động", "7 tầng", "dưới 30 tuổi", "Đào lò 1"]))

PAGES.append(page("b3643-haiphong-hdnd-giamsat-nhaoxahoi-2023", """
HĐND THÀNH PHỐ HẢI PHÒNG
Trang chủ / Hoạt động giám sát
2023-06-14 16:45
Giám sát việc phát triển nhà ở xã hội cho công nhân khu công nghiệp
Theo chương trình giám sát năm 2023, ngày 12/6, đoàn giám sát Ban Kinh tế - Ngân sách HĐND thành phố do bà Lã Thị Hồng Nhung, Trưởng Ban Kinh tế - Ngân sách HĐND thành phố làm trưởng đoàn giám sát việc thực hiện các dự án nhà ở xã hội, nhà ở cho công nhân trên địa bàn huyện An Dương và huyện Thủy Nguyên.
Tham gia đoàn có ông Vũ Tiến Phụng, Phó Trưởng Ban Kinh tế - Ngân sách HĐND thành phố, cùng các Ủy viên Ban: Trần Thị Kim Oanh, Mạc Văn Đông.
Theo báo cáo của Sở Xây dựng, thực hiện Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030" theo Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ, Hải Phòng được giao chỉ tiêu 33.500 căn. Đến nay thành phố có 12 dự án đã hoàn thành với khoảng 6.900 căn hộ; 9 dự án đang triển khai với hơn 11.000 căn. Giá bán bình quân khoảng 14 triệu đồng/m2, thấp hơn nhà ở thương mại từ 30 đến 40%.
Tại khu nhà ở công nhân Tràng Duệ (xã Lê Lợi), đoàn ghi nhận 2.046 căn hộ đã có người ở, tỷ lệ lấp đầy khoảng 88%. Chị Lường Thị Phương, người Thái, công nhân Công ty TNHH LG Display Việt Nam Hải Phòng, cho biết gia đình chị thuê căn hộ 45 m2 với giá 2,2 triệu đồng/tháng, thuận tiện đi làm nhưng thiếu trường mầm non gần khu nhà ở.
Ông Hà Văn Kiên, Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Hải Phòng, phản ánh thủ tục xác nhận đối tượng mua nhà còn phức tạp; nhiều công nhân ngoại tỉnh không chứng minh được điều kiện cư trú. Ông đề nghị thành phố áp dụng Nghị định số 100/2015/NĐ-CP và Thông tư số 09/2021/TT-BXD linh hoạt hơn trong xét duyệt hồ sơ.
Kết luận buổi giám sát, bà Lã Thị Hồng Nhung đề nghị UBND thành phố đẩy nhanh bồi thường, giải phóng mặt bằng 4 dự án chậm tiến độ, bố trí quỹ đất 20% trong dự án nhà ở thương mại để làm nhà ở xã hội; rà soát hạ tầng xã hội, trường học, trạm y tế tại xã An Hòa và xã Thiên Hương. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ giữa năm 2023 của HĐND thành phố.
Trước đó, đoàn đã làm việc với chủ đầu tư một số dự án. Các doanh nghiệp cho biết khó khăn lớn nhất là tiếp cận vốn vay ưu đãi, thủ tục phê duyệt giá bán kéo dài, khiến tiến độ bàn giao nhà cho công nhân chậm so với cam kết. Nhiều người lao động vẫn phải thuê trọ tạm bợ trong lúc chờ đợi.
Thu Hà
Bản in
Các tin khác
- HĐND thành phố giám sát công tác giảm nghèo tại huyện Vĩnh Bảo (07/06/2023)
- Tiếp xúc cử tri trước kỳ họp thứ 11 HĐND thành phố (30/05/2023)
- Ban Văn hóa - Xã hội giám sát an toàn thực phẩm bếp ăn tập thể (22/05/2023)
""", "2023-06-14", "Giám sát việc phát triển nhà ở xã hội cho công nhân khu công nghiệp",
E("giam_sat", "2023", "2023-06-12"),
[P("Lã Thị Hồng Nhung", "Trưởng Ban Kinh tế - Ngân sách HĐND thành phố"),
 P("Vũ Tiến Phụng", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND thành phố"),
 P("Trần Thị Kim Oanh", "Ủy viên Ban"), P("Mạc Văn Đông", "Ủy viên Ban"),
 P("Lường Thị Phương", "công nhân Công ty TNHH LG Display Việt Nam Hải Phòng"),
 P("Hà Văn Kiên", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Hải Phòng")],
[Q("33.500 căn", 33500, "căn"), Q("12 dự án", 12, "dự án"), Q("khoảng 6.900 căn hộ", 6900, "căn hộ", "approx"),
 Q("9 dự án", 9, "dự án"), Q("hơn 11.000 căn", 11000, "căn", "over"), Q("khoảng 14 triệu đồng", 14000000, "đồng", "approx"),
 Q("30 đến 40%", 30, "%"), Q("40%", 40, "%"), Q("2.046 căn hộ", 2046, "căn hộ"), Q("khoảng 88%", 88, "%", "approx"),
 Q("45 m2", 45, "m2"), Q("2,2 triệu đồng", 2200000, "đồng"), Q("4 dự án", 4, "dự án"), Q("20%", 20, "%")],
[D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ"),
 D("Nghị định", "100", "2015/NĐ-CP", None, None, "Nghị định số 100/2015/NĐ-CP"),
 D("Thông tư", "09", "2021/TT-BXD", None, None, "Thông tư số 09/2021/TT-BXD")],
[prov("Hải Phòng"), com("Lê Lợi"), com("An Hòa"), com("Thiên Hương")],
["HĐND THÀNH PHỐ HẢI PHÒNG", "Trang chủ / Hoạt động giám sát", "Bản in",
 "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030"],
["2023-06-14 16:45", "năm 2023", "1 triệu căn hộ", "2021 - 2030", "giữa năm 2023"]))

PAGES.append(page("b3644-quangninh-bdv-giaoban-thang10-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NINH
Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban
Thứ Ba, 31/10/2023 | 15:50
Giao ban khối dân vận tháng 10: quan tâm nhà ở công nhân và ngư dân sau bão
Chiều 30/10/2023, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10/2023 với khối dân vận tỉnh. Đồng chí Đinh Thị Thu Hiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự có các đồng chí: Nguyễn Thị Hạnh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Lương Văn Hoàng, Phó Chủ tịch Thường trực LĐLĐ tỉnh.
Trong tháng, khối dân vận đã nắm tình hình tư tưởng của công nhân ngành than khi TKV điều chỉnh kế hoạch sản xuất quý IV; phối hợp tổ chức 18 cuộc đối thoại tại doanh nghiệp với 2.450 lượt công nhân tham gia. LĐLĐ tỉnh đã trao 35 Mái ấm Công đoàn, mỗi căn hỗ trợ 60 triệu đồng, và giải ngân khoảng 1,2 tỷ đồng từ Quỹ Trợ vốn cho 52 đoàn viên.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1120, 1121-KL/TU về tiếp tục thực hiện Quy chế dân vận trong doanh nghiệp ngành than và về vận động ngư dân chấp hành quy định chống khai thác IUU; hướng dẫn các huyện, thị, thành ủy thực hiện Kế hoạch số 345-KH/TU ngày 5/9/2023. Hội Nông dân tỉnh vận động ngư dân ở Cô Tô, Vân Đồn, Móng Cái lắp thiết bị giám sát hành trình cho 100% tàu cá dài từ 15 m trở lên.
Tại giao ban, bà Sằn Thị Lan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết sau cơn bão số 3, có 63 nhà của hộ ngư dân ở phường Hải Hòa và xã Vạn Ninh (thành phố Móng Cái) bị tốc mái; Hội đã hỗ trợ 315 triệu đồng. Ông Hoàng Văn Lợi, Chủ tịch Hội Nông dân tỉnh, đề nghị xây dựng quy chế phối hợp giữa nghiệp đoàn nghề cá và đồn biên phòng.
Kết luận giao ban, đồng chí Đinh Thị Thu Hiên yêu cầu tháng 11 tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc, đối thoại với công nhân về nhà ở; tiếp tục thực hiện Chỉ thị số 28-CT/TU ngày 2/3/2023 của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới; tổng hợp ý kiến nhân dân gửi kỳ họp cuối năm của HĐND tỉnh.
Các đại biểu cũng đề nghị đẩy mạnh phong trào "Dân vận khéo" trong các khu công nghiệp Cái Lân, Việt Hưng, Đông Mai; nhân rộng mô hình "Tổ tự quản nhà trọ công nhân" mà phường Đông Mai đã làm tốt. Theo đánh giá chung, tình hình an ninh trật tự trong công nhân, ngư dân trên địa bàn tỉnh Quảng Ninh cơ bản ổn định; chưa phát sinh điểm nóng, khiếu kiện đông người.
Phòng Dân vận chính quyền
Lượt xem: 731
Tin liên quan
- Giao ban khối dân vận tháng 9/2023 (29/09/2023)
- Quảng Ninh: hội nghị người có uy tín vùng đồng bào dân tộc thiểu số (20/09/2023)
- Trao 20 Mái ấm Công đoàn cho công nhân ngành than (12/09/2023)
""", "2023-10-31", "Giao ban khối dân vận tháng 10: quan tâm nhà ở công nhân và ngư dân sau bão",
E("giao_ban", "2023-10", "2023-10-30"),
[P("Đinh Thị Thu Hiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Hoàng", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Sằn Thị Lan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Hoàng Văn Lợi", "Chủ tịch Hội Nông dân tỉnh")],
[Q("18 cuộc đối thoại", 18, "cuộc đối thoại"), Q("2.450 lượt công nhân", 2450, "lượt công nhân"),
 Q("35 Mái ấm Công đoàn", 35, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("52 đoàn viên", 52, "đoàn viên"),
 Q("100% tàu cá", 100, "%"), Q("15 m trở lên", 15, "m", "over"), Q("63 nhà", 63, "nhà"), Q("315 triệu đồng", 315000000, "đồng")],
[D("Kết luận", "1120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 1120, 1121-KL/TU"),
 D("Kết luận", "1121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 1120, 1121-KL/TU"),
 D("Kế hoạch", "345", "KH/TU", "2023-09-05", None, "Kế hoạch số 345-KH/TU ngày 5/9/2023"),
 D("Chỉ thị", "28", "CT/TU", "2023-03-02", "Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 2/3/2023 của Tỉnh ủy")],
[prov("Quảng Ninh"), com("Hải Hòa"), com("Vạn Ninh"), com("Đông Mai")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NINH", "Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban", "Quy chế dân vận", "Dân vận khéo",
 "Tổ tự quản nhà trọ công nhân", "Ngày hội Đại đoàn kết toàn dân tộc", "Phòng Dân vận chính quyền", "Lượt xem: 731", "Quỹ Trợ vốn"],
["Thứ Ba, 31/10/2023 | 15:50", "tháng 10/2023", "quý IV", "bão số 3", "tháng 11", "Lượt xem: 731"]))

PAGES.append(page("b3645-haiphong-chutich-doithoai-2024", """
Báo Hải Phòng điện tử
Thời sự › Lao động - Công đoàn
Thứ Hai, 13/05/2024, 06:00
Ảnh: Quang cảnh buổi đối thoại tại Nhà văn hóa Lao động thành phố.
Lãnh đạo thành phố đối thoại với công nhân lao động năm 2024: 16 vấn đề được giải đáp ngay
(HP) - Sáng 11/5, tại Nhà văn hóa Lao động thành phố, UBND thành phố phối hợp với Liên đoàn Lao động thành phố tổ chức chương trình "Lãnh đạo thành phố đối thoại với công nhân lao động năm 2024". Chủ trì có ông Nguyễn Văn Trung, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; bà Trần Thị Hồng Mai, Phó Chủ tịch UBND thành phố; ông Đoàn Hữu Tuấn, Chủ tịch LĐLĐ thành phố.
Hơn 400 đoàn viên, người lao động đại diện cho gần 300.000 công nhân tại 14 khu công nghiệp, khu kinh tế tham dự. Trước buổi đối thoại, công đoàn các cấp đã tổng hợp 47 câu hỏi, kiến nghị, trong đó 16 vấn đề được lãnh đạo thành phố trả lời trực tiếp tại hội trường.
Chị Điểu Thị Ngọc, người S'tiêng quê Bình Phước, công nhân Công ty TNHH Pegatron Việt Nam, hỏi về việc cho con công nhân ngoại tỉnh học trường công lập. Anh Lầu A Dình, người Mông, công nhân Công ty TNHH Fuji Xerox Hải Phòng, phản ánh giá thuê trọ tăng 20 - 30% sau khi nhiều nhà máy mới đi vào hoạt động ở Khu công nghiệp Deep C và VSIP. Anh Thạch Sô Phia, người Khmer, tổ trưởng công đoàn Công ty TNHH Bridgestone, đề nghị có tuyến xe buýt trợ giá cho công nhân ca đêm.
Trả lời, ông Nguyễn Văn Trung cho biết thành phố đã ban hành Nghị quyết số 12/2023/NQ-HĐND của HĐND thành phố hỗ trợ học phí cho con công nhân; năm học 2024 - 2025 sẽ tăng thêm 2.500 chỗ học mầm non công lập gần khu công nghiệp. Về nhà ở, đến hết năm 2024 thành phố hoàn thành thêm 3 dự án nhà ở xã hội với 4.870 căn hộ. Thành phố cũng sẽ mở thêm 2 tuyến buýt trợ giá phục vụ công nhân từ tháng 7/2024.
Bà Trần Thị Hồng Mai đề nghị các doanh nghiệp thực hiện nghiêm Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về đối thoại tại nơi làm việc, tổ chức bữa ăn ca bảo đảm dinh dưỡng với giá trị tối thiểu 25.000 đồng/suất.
Ông Đoàn Hữu Tuấn cho biết LĐLĐ thành phố đang thực hiện Kế hoạch số 68/KH-LĐLĐ ngày 5/3/2024 về "Tháng Công nhân" năm 2024 với tổng kinh phí chăm lo khoảng 18 tỷ đồng; đã trao 1.000 suất quà, mỗi suất 1 triệu đồng cho công nhân khó khăn.
Kết thúc chương trình, ông Nguyễn Văn Trung giao các sở, ngành trả lời bằng văn bản 31 kiến nghị còn lại trong 15 ngày, đăng tải công khai trên Cổng thông tin điện tử thành phố.
Minh Nguyệt
Tin cùng chuyên mục
- Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn (10/05/2024)
- Khai mạc Tháng Công nhân năm 2024 (01/05/2024)
- Tập huấn an toàn vệ sinh lao động cho doanh nghiệp FDI (24/04/2024)
""", "2024-05-13", "Lãnh đạo thành phố đối thoại với công nhân lao động năm 2024: 16 vấn đề được giải đáp ngay",
E("doi_thoai", "2024", "2024-05-11"),
[P("Nguyễn Văn Trung", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Trần Thị Hồng Mai", "Phó Chủ tịch UBND thành phố"), P("Đoàn Hữu Tuấn", "Chủ tịch LĐLĐ thành phố"),
 P("Điểu Thị Ngọc", "công nhân Công ty TNHH Pegatron Việt Nam"),
 P("Lầu A Dình", "công nhân Công ty TNHH Fuji Xerox Hải Phòng"),
 P("Thạch Sô Phia", "tổ trưởng công đoàn Công ty TNHH Bridgestone")],
[Q("Hơn 400 đoàn viên, người lao động", 400, "đoàn viên, người lao động", "over"),
 Q("gần 300.000 công nhân", 300000, "công nhân", "approx"), Q("14 khu công nghiệp, khu kinh tế", 14, "khu công nghiệp, khu kinh tế"),
 Q("47 câu hỏi, kiến nghị", 47, "câu hỏi, kiến nghị"), Q("16 vấn đề", 16, "vấn đề"), Q("20 - 30%", 20, "%"), Q("30%", 30, "%"),
 Q("2.500 chỗ học mầm non công lập", 2500, "chỗ học mầm non công lập"), Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"),
 Q("4.870 căn hộ", 4870, "căn hộ"), Q("2 tuyến buýt trợ giá", 2, "tuyến buýt trợ giá"),
 Q("tối thiểu 25.000 đồng", 25000, "đồng"), Q("khoảng 18 tỷ đồng", 18000000000, "đồng", "approx"),
 Q("1.000 suất quà", 1000, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("31 kiến nghị", 31, "kiến nghị")],
[D("Nghị quyết", "12", "2023/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 12/2023/NQ-HĐND của HĐND thành phố"),
 D("Nghị định", "145", "2020/NĐ-CP", "2020-12-14", "Chính phủ", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"),
 D("Kế hoạch", "68", "KH-LĐLĐ", "2024-03-05", None, "Kế hoạch số 68/KH-LĐLĐ ngày 5/3/2024")],
[prov("Hải Phòng"), prov("Bình Phước")],
["Báo Hải Phòng điện tử", "Thời sự › Lao động - Công đoàn", "Ảnh: Quang cảnh buổi đối thoại tại Nhà văn hóa Lao động thành phố.",
 "(HP)", "Lãnh đạo thành phố đối thoại với công nhân lao động năm 2024", "Tháng Công nhân", "Nhà văn hóa Lao động thành phố"],
["Thứ Hai, 13/05/2024, 06:00", "năm 2024", "năm học 2024 - 2025", "tháng 7/2024", "15 ngày"]))

PAGES.append(page("b3646-quangninh-coto-tiepxuccutri-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ
Trang chủ / Tin tức / Chính trị
Cập nhật: 09:42, 21/11/2024 (GMT+7)
Ngư dân Cô Tô kiến nghị về cảng cá, giá dầu và bảo hiểm thuyền viên
Ngày 19/11/2024, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Cô Tô tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ 22 HĐND tỉnh Quảng Ninh khóa XIV tại xã Thanh Lân. Tham dự có bà Vi Thị Thanh Hương, Ủy viên Thường trực HĐND tỉnh khóa XIV; ông Lô Văn Sinh, Tỉnh ủy viên, Bí thư Huyện ủy Cô Tô, cùng hơn 120 cử tri là ngư dân, chủ tàu, thành viên các tổ đoàn kết trên biển.
Thông báo kết quả kỳ họp, bà Vi Thị Thanh Hương cho biết HĐND tỉnh đã thông qua 28 nghị quyết, trong đó có Nghị quyết số 245/NQ-HĐND về hỗ trợ ngư dân lắp đặt thiết bị giám sát hành trình tàu cá và Nghị quyết số 246/NQ-HĐND về hỗ trợ mua bảo hiểm thân tàu, bảo hiểm thuyền viên cho tàu cá hoạt động vùng khơi giai đoạn 2025 - 2027.
Tại hội nghị, 14 lượt cử tri phát biểu. Ông Đặng Văn Coóng, người Sán Dìu, Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ thôn Hồng Hải, phản ánh sau bão số 3 (Yagi) cảng cá Cô Tô bị hư hỏng, 37 tàu cá của xã phải neo đậu nhờ tại Vân Đồn. Bà Phùn Thị Dung, người Hoa, chủ cơ sở thu mua hải sản ở thị trấn Cô Tô, đề nghị tỉnh có chính sách hỗ trợ giá dầu khi giá nhiên liệu tăng; mỗi chuyến biển 5 ngày của tàu 400 CV tiêu tốn khoảng 45 triệu đồng tiền dầu.
Cử tri Nguyễn Thị Thu Hằng, Chi hội trưởng Chi hội Phụ nữ thôn Nam Hà, kiến nghị có thêm suất học bổng cho con ngư dân bám biển; hiện xã có 23 học sinh là con ngư dân mất tích hoặc gặp nạn trên biển.
Thay mặt Tổ đại biểu, ông Lô Văn Sinh tiếp thu các ý kiến và cho biết, trong năm 2024, huyện đã hỗ trợ 1,28 tỷ đồng cho 64 hộ ngư dân bị thiệt hại do bão; tỉnh đã phân bổ 18 tỷ đồng sửa chữa cảng cá, dự kiến hoàn thành trong quý II/2025. Các kiến nghị thuộc thẩm quyền tỉnh sẽ được tổng hợp gửi Thường trực HĐND tỉnh theo Quy chế số 09-QC/TU của Ban Thường vụ Tỉnh ủy về tiếp xúc cử tri.
Cũng tại hội nghị, cử tri bày tỏ phấn khởi khi tuyến cáp điện lưới quốc gia ra đảo vận hành ổn định, giúp các cơ sở chế biến hải sản và nhà nghỉ cộng đồng phát triển. Nhiều ngư dân mong muốn được tập huấn thêm về ghi nhật ký khai thác điện tử. Đại diện Đồn Biên phòng Cô Tô cũng thông tin thêm về quy định mới đối với tàu cá ra vào cảng, đề nghị các chủ tàu chủ động khai báo để tránh bị xử phạt, góp phần cùng tỉnh gỡ cảnh báo thẻ vàng.
Thu Thảo - Trung tâm TT-VH huyện
Số lượt truy cập: 2.045.117
Các tin khác
- Cô Tô: ra quân tổng vệ sinh môi trường biển (15/11/2024)
- Hội Nông dân huyện trao 100 áo phao cho ngư dân (08/11/2024)
- Huyện Cô Tô khắc phục hậu quả bão số 3 (25/10/2024)
""", "2024-11-21", "Ngư dân Cô Tô kiến nghị về cảng cá, giá dầu và bảo hiểm thuyền viên",
E("hoi_nghi", None, "2024-11-19"),
[P("Vi Thị Thanh Hương", "Ủy viên Thường trực HĐND tỉnh khóa XIV"),
 P("Lô Văn Sinh", "Tỉnh ủy viên", "Bí thư Huyện ủy Cô Tô"),
 P("Đặng Văn Coóng", "Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ thôn Hồng Hải"),
 P("Phùn Thị Dung", "chủ cơ sở thu mua hải sản"),
 P("Nguyễn Thị Thu Hằng", "Chi hội trưởng Chi hội Phụ nữ thôn Nam Hà")],
[Q("hơn 120 cử tri", 120, "cử tri", "over"), Q("28 nghị quyết", 28, "nghị quyết"), Q("14 lượt cử tri", 14, "lượt cử tri"),
 Q("37 tàu cá", 37, "tàu cá"), Q("400 CV", 400, "CV"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("23 học sinh", 23, "học sinh"), Q("1,28 tỷ đồng", 1280000000, "đồng"), Q("64 hộ ngư dân", 64, "hộ ngư dân"),
 Q("18 tỷ đồng", 18000000000, "đồng")],
[D("Nghị quyết", "245", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 245/NQ-HĐND"),
 D("Nghị quyết", "246", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 246/NQ-HĐND"),
 D("Quy chế", "09", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế số 09-QC/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Ninh"), com("Thanh Lân"), com("Cô Tô")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ", "Trang chủ / Tin tức / Chính trị", "Thu Thảo - Trung tâm TT-VH huyện",
 "Số lượt truy cập: 2.045.117", "Yagi", "Tổ đại biểu HĐND tỉnh"],
["Cập nhật: 09:42, 21/11/2024 (GMT+7)", "kỳ họp thứ 22", "khóa XIV", "bão số 3", "5 ngày", "2025 - 2027", "năm 2024",
 "quý II/2025", "Số lượt truy cập: 2.045.117"]))
