from lib import *
PAGES = []

PAGES.append(page("b4997-thainguyen-ctd-tongket-2011", """
HỘI CHỮ THẬP ĐỎ TỈNH THÁI NGUYÊN - Cổng thông tin điện tử
Trang chủ » Tin hoạt động » Hoạt động nhân đạo
Thứ Sáu, 30/12/2011 - 15:10
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội Chữ thập đỏ tỉnh Thái Nguyên tổng kết công tác năm 2011
Ngày 29/12/2011, Hội Chữ thập đỏ (CTĐ) tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác Hội và phong trào CTĐ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Dương Thị Lụa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ma Văn Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng 65 đồng chí là chủ tịch, phó chủ tịch Hội CTĐ các huyện, thành phố, thị xã.
Đồng chí Hoàng Thị Nhâm phát biểu tại hội nghị.
Báo cáo do đồng chí Hoàng Thị Nhâm, Phó Chủ tịch Thường trực Hội CTĐ tỉnh trình bày cho biết, năm 2011 các cấp Hội đã vận động được trên 8,6 tỷ đồng tiền và hàng hóa để trợ giúp 21.400 lượt người nghèo, nạn nhân chất độc da cam và người khuyết tật. Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" tiếp tục lan tỏa với 3.120 địa chỉ nhân đạo được giúp đỡ thường xuyên.
Thực hiện Chỉ thị số 16-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác Hội CTĐ, Hội đã phối hợp với Ban chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức 42 đợt hiến máu, tiếp nhận 9.870 đơn vị máu, đạt 104% kế hoạch. Toàn tỉnh kết nạp 1.560 hội viên mới, nâng tổng số hội viên lên khoảng 62.000 người; 97,5% cơ sở Hội xếp loại khá, vững mạnh.
Hội cũng triển khai Quyết định số 1340/QĐ-UBND ngày 20/6/2011 của UBND tỉnh về kiện toàn Ban chỉ đạo vận động hiến máu tình nguyện và Kế hoạch số 27-KH/CTĐ của Ban Thường vụ Hội CTĐ tỉnh về chăm sóc nạn nhân chất độc da cam giai đoạn 2011 - 2015.
Tại hội nghị, các đại biểu đã thảo luận nhiều cách làm hay. Ông Nông Văn Páo, Chủ tịch Hội CTĐ xã Phú Đình, chia sẻ kinh nghiệm xây dựng "Tủ thuốc nhân đạo" tại 14 xóm vùng cao; bà Lý Thị Dịu, Trưởng Ban Công tác xã hội Hội CTĐ tỉnh, đề nghị có chế độ hỗ trợ cho tình nguyện viên CTĐ ở cơ sở.
Phát biểu chỉ đạo, đồng chí Dương Thị Lụa ghi nhận những kết quả Hội đạt được, đề nghị năm 2012 Hội tiếp tục thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác Hội Chữ thập đỏ; đổi mới phương thức vận động, nâng cao chất lượng phong trào hiến máu tình nguyện.
Dịp này, Trung ương Hội CTĐ Việt Nam tặng bằng khen cho 8 tập thể và 15 cá nhân; UBND tỉnh tặng bằng khen cho 11 tập thể có thành tích xuất sắc trong công tác Hội năm 2011.
Phương Linh
Lượt xem: 1.204
Tin liên quan
- Đồng Hỷ: 300 đơn vị máu trong ngày hội "Giọt hồng yêu thương" (18/12/2011)
- Hội CTĐ tỉnh trao 120 suất quà cho người khuyết tật (03/12/2011)
- Tập huấn sơ cấp cứu cho 80 hội viên (20/11/2011)
- Võ Nhai: khánh thành 3 nhà nhân đạo (05/11/2011)
""", "2011-12-30", "Hội Chữ thập đỏ tỉnh Thái Nguyên tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-29"),
[P("Dương Thị Lụa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Nhâm", "Phó Chủ tịch Thường trực Hội CTĐ tỉnh"),
 P("Nông Văn Páo", "Chủ tịch Hội CTĐ xã Phú Đình"),
 P("Lý Thị Dịu", "Trưởng Ban Công tác xã hội Hội CTĐ tỉnh")],
[Q("65 đồng chí", 65, "đồng chí"), Q("trên 8,6 tỷ đồng", 8600000000, "đồng", "over"),
 Q("21.400 lượt người nghèo", 21400, "lượt người nghèo"), Q("3.120 địa chỉ nhân đạo", 3120, "địa chỉ nhân đạo"),
 Q("42 đợt hiến máu", 42, "đợt hiến máu"), Q("9.870 đơn vị máu", 9870, "đơn vị máu"), Q("104%", 104, "%"),
 Q("1.560 hội viên mới", 1560, "hội viên mới"), Q("khoảng 62.000 người", 62000, "người", "approx"),
 Q("97,5%", 97.5, "%"), Q("14 xóm vùng cao", 14, "xóm vùng cao"), Q("8 tập thể", 8, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"), Q("11 tập thể", 11, "tập thể")],
[D("Chỉ thị", "16", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/4/2011"),
 D("Quyết định", "1340", "QĐ-UBND", "2011-06-20", "UBND tỉnh", "Quyết định số 1340/QĐ-UBND ngày 20/6/2011"),
 D("Kế hoạch", "27", "KH/CTĐ", None, "Ban Thường vụ Hội CTĐ tỉnh", "Kế hoạch số 27-KH/CTĐ"),
 D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 43-CT/TW")],
[prov("Thái Nguyên"), com("Phú Đình")],
["HỘI CHỮ THẬP ĐỎ TỈNH THÁI NGUYÊN - Cổng thông tin điện tử", "Trang chủ » Tin hoạt động » Hoạt động nhân đạo",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Đồng chí Hoàng Thị Nhâm phát biểu tại hội nghị.",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Tủ thuốc nhân đạo", "Lượt xem: 1.204"],
["Thứ Sáu, 30/12/2011 - 15:10", "65 đồng chí", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "Lượt xem: 1.204"]))

PAGES.append(page("b4998-quangnam-hienmau-soket-2012", """
Báo Quảng Nam điện tử
Xã hội | Y tế | Nhân đạo
Cập nhật: 09:42, 18/07/2012 (GMT+7)
Quảng Nam: hơn 6.300 đơn vị máu trong nửa đầu năm
(QNO) - Chiều 17/7, Ban chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức hội nghị sơ kết công tác vận động hiến máu tình nguyện 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lê Phước Hạnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chủ trì hội nghị.
Ông Lê Phước Hạnh phát biểu chỉ đạo hội nghị. Ảnh: V.L
Theo báo cáo, 6 tháng qua toàn tỉnh tổ chức 37 đợt hiến máu tại 18 huyện, thành phố, tiếp nhận hơn 6.300 đơn vị máu, đạt 58% kế hoạch năm; riêng đợt cao điểm "Những giọt máu hồng - hè" thu được 1.150 đơn vị. Có 212 người hiến máu từ 10 lần trở lên, trong đó 9 người hiến trên 30 lần. Tỷ lệ người hiến máu nhắc lại chiếm khoảng 35%.
Ban chỉ đạo đã tham mưu UBND tỉnh ban hành Kế hoạch số 1845/KH-UBND ngày 2/3/2012 về vận động hiến máu tình nguyện năm 2012 và Quyết định 512, 513/QĐ-UBND về khen thưởng tập thể, cá nhân tiêu biểu. Bên cạnh đó, Ban chỉ đạo tiếp tục thực hiện Thông tư số 07/2011/TT-BYT của Bộ Y tế về hiến máu và truyền máu an toàn.
Tại hội nghị, bà Alăng Thị Bơ, Chủ tịch Hội Chữ thập đỏ huyện Nam Giang, cho biết đồng bào Cơ Tu ở các xã vùng cao đã bắt đầu tham gia hiến máu, với 146 người lần đầu hiến máu. Ông Trần Quốc Vĩnh, Bí thư Đoàn trường Đại học Quảng Nam, đề xuất duy trì "Ngân hàng máu sống" gồm 400 đoàn viên sẵn sàng hiến máu khi bệnh viện cần.
Đồng chí Nguyễn Thị Kim Hương, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh, Phó Trưởng Ban Thường trực Ban chỉ đạo, cho biết chi phí hỗ trợ người hiến máu mỗi đợt khoảng 120 triệu đồng, chủ yếu do các doanh nghiệp tài trợ; mỗi người hiến được nhận quà trị giá 50.000 đồng và hỗ trợ đi lại.
Kết luận hội nghị, ông Lê Phước Hạnh yêu cầu 6 tháng cuối năm các địa phương phấn đấu tiếp nhận ít nhất 4.700 đơn vị máu, hoàn thành chỉ tiêu 11.000 đơn vị cả năm; mỗi xã, phường, thị trấn tổ chức tối thiểu 1 buổi tuyên truyền; đưa chỉ tiêu hiến máu vào tiêu chí xây dựng cơ quan văn hóa. Ông cũng giao Sở Y tế và Bệnh viện Đa khoa tỉnh chuẩn bị đủ điểm lấy máu tại xã Tam Thăng và phường An Mỹ.
Tham luận tại hội nghị, các đồng chí Hồ Văn Lanh, Zơ Râm Thị Mai, Phan Thanh Tùng - Ủy viên Ban chỉ đạo vận động hiến máu tình nguyện tỉnh, nêu khó khăn khi tổ chức hiến máu ở miền núi: đường xa, thiếu xe chuyên dụng, người dân còn e ngại. Một số địa phương đề nghị tăng mức hỗ trợ cho người hiến máu lên 100.000 đồng và có phương tiện đưa đón tình nguyện viên từ thôn xa. Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc trong phong trào hiến máu tình nguyện.
Văn Lộc
Tin cùng chuyên mục
- Tặng 200 suất quà cho người hiến máu tiêu biểu (10/07/2012)
- Núi Thành: 500 người hiến máu ngày chủ nhật đỏ (01/07/2012)
- Hội An ra quân "Hành trình đỏ" (20/06/2012)
- Tập huấn tư vấn hiến máu cho cán bộ Hội cơ sở (08/06/2012)
""", "2012-07-18", "Quảng Nam: hơn 6.300 đơn vị máu trong nửa đầu năm",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Lê Phước Hạnh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo"),
 P("Hồ Văn Lanh", "Ủy viên Ban chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Zơ Râm Thị Mai", "Ủy viên Ban chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Phan Thanh Tùng", "Ủy viên Ban chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Alăng Thị Bơ", "Chủ tịch Hội Chữ thập đỏ huyện Nam Giang"),
 P("Trần Quốc Vĩnh", "Bí thư Đoàn trường Đại học Quảng Nam"),
 P("Nguyễn Thị Kim Hương", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh", "Phó Trưởng Ban Thường trực Ban chỉ đạo")],
[Q("37 đợt hiến máu", 37, "đợt hiến máu"), Q("18 huyện, thành phố", 18, "huyện, thành phố"),
 Q("hơn 6.300 đơn vị máu", 6300, "đơn vị máu", "over"), Q("58%", 58, "%"), Q("1.150 đơn vị", 1150, "đơn vị"),
 Q("212 người", 212, "người"), Q("9 người", 9, "người"), Q("khoảng 35%", 35, "%", "approx"),
 Q("146 người", 146, "người"), Q("400 đoàn viên", 400, "đoàn viên"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("50.000 đồng", 50000, "đồng"),
 Q("ít nhất 4.700 đơn vị máu", 4700, "đơn vị máu", "over"), Q("11.000 đơn vị", 11000, "đơn vị"),
 Q("100.000 đồng", 100000, "đồng"), Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "1845", "KH-UBND", "2012-03-02", "UBND tỉnh", "Kế hoạch số 1845/KH-UBND ngày 2/3/2012"),
 D("Quyết định", "512", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 512, 513/QĐ-UBND"),
 D("Quyết định", "513", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 512, 513/QĐ-UBND"),
 D("Thông tư", "07", "2011/TT-BYT", None, "Bộ Y tế", "Thông tư số 07/2011/TT-BYT")],
[prov("Quảng Nam"), com("Tam Thăng"), com("An Mỹ")],
["Báo Quảng Nam điện tử", "Xã hội | Y tế | Nhân đạo", "(QNO)", "Ông Lê Phước Hạnh phát biểu chỉ đạo hội nghị. Ảnh: V.L",
 "Những giọt máu hồng - hè", "Ngân hàng máu sống"],
["Cập nhật: 09:42, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "10 lần trở lên", "trên 30 lần",
 "1 buổi tuyên truyền"]))

PAGES.append(page("b4999-gialai-ctd-traoqua-2013", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Từ thiện - Nhân đạo
08:15 | 25/01/2013
Hội Chữ thập đỏ tỉnh trao 450 suất quà Tết cho đồng bào nghèo huyện Ia Grai
(GLO)- Ngày 24/1, Hội Chữ thập đỏ tỉnh Gia Lai phối hợp với Công ty cổ phần Cà phê Bảo Tín tổ chức trao 450 suất quà Tết cho hộ nghèo, hộ cận nghèo người Jrai tại các xã Ia Sao, Ia Dêr và Ia Krái, huyện Ia Grai. Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá hơn 225 triệu đồng.
Ông Rơ Châm Ưn trao quà cho bà con làng Dơ Nâu. Ảnh: H.Đ
Tham dự buổi trao quà có các đồng chí: Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Rơ Châm Ưn, Trần Văn Hiệp; bà Ksor H'Bla, HUV, Chủ tịch Hội Chữ thập đỏ huyện Ia Grai; ông Phạm Đình Khôi, Giám đốc Công ty cổ phần Cà phê Bảo Tín.
Theo ông Rơ Châm Ưn, năm 2012 Hội CTĐ tỉnh đã vận động được khoảng 3,4 tỷ đồng, hỗ trợ xây mới 27 căn nhà nhân đạo và sửa chữa 9 căn nhà cho hộ nghèo đồng bào dân tộc thiểu số. Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam" năm nay dự kiến trao khoảng 6.000 suất quà trên toàn tỉnh, tập trung ở 87 xã đặc biệt khó khăn thuộc Chương trình 135 theo Quyết định số 2045/QĐ-TTg ngày 12/11/2012 của Thủ tướng Chính phủ.
Hoạt động được triển khai theo Kế hoạch số 05/KH-CTĐ ngày 3/1/2013 của Ban Thường vụ Hội Chữ thập đỏ tỉnh và hướng dẫn của Trung ương Hội CTĐ Việt Nam về tổ chức Tết Quý Tỵ.
Tại xã Ia Sao, già làng Rah Lan Bloh, người có uy tín làng Dơ Nâu, thay mặt bà con cảm ơn Hội và doanh nghiệp. Ông cho biết làng có 64 hộ thì 31 hộ nghèo, nhiều gia đình chưa có điều kiện mua sắm Tết. Bà Siu H'Nhí, một hộ nghèo neo đơn, xúc động khi nhận quà. Bà Ksor H'Bla cho biết huyện còn 1.247 hộ nghèo, chiếm 8,9% số hộ.
Ông Phạm Đình Khôi cho biết công ty cam kết dành không dưới 300 triệu đồng mỗi năm cho hoạt động nhân đạo tại Ia Grai, kèm 50 suất học bổng "Tiếp sức đến trường" cho học sinh người Jrai.
Ông Nguyễn Văn Lực, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Krái cho biết, năm 2012 xã đã hỗ trợ 12 hộ làm nhà, cấp 1.850 thẻ bảo hiểm y tế cho người dân; Hội CTĐ xã có 310 hội viên và 24 tình nguyện viên thường xuyên chăm sóc người già neo đơn. Quà được phát tận tay từng hộ theo danh sách do các làng bình xét công khai, không để trùng lặp hay bỏ sót. Cũng trong dịp này, Hội CTĐ huyện tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 300 lượt người dân làng Dơ Nâu và làng Bi.
Đinh Yến
Tin liên quan
- Chư Păh: 200 phần quà cho nạn nhân chất độc da cam (22/01/2013)
- Pleiku: Phiên chợ nhân đạo cho 500 hộ nghèo (18/01/2013)
- Hội CTĐ tỉnh tổng kết công tác năm 2012 (28/12/2012)
- Trao 5 nhà nhân đạo ở Kông Chro (14/12/2012)
""", "2013-01-25", "Hội Chữ thập đỏ tỉnh trao 450 suất quà Tết cho đồng bào nghèo huyện Ia Grai",
E("trao_qua", None, "2013-01-24"),
[P("Rơ Châm Ưn", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Trần Văn Hiệp", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Ksor H'Bla", "HUV", "Chủ tịch Hội Chữ thập đỏ huyện Ia Grai"),
 P("Phạm Đình Khôi", "Giám đốc Công ty cổ phần Cà phê Bảo Tín"),
 P("Rah Lan Bloh", "già làng", "người có uy tín làng Dơ Nâu"),
 P("Siu H'Nhí"),
 P("Nguyễn Văn Lực", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Krái")],
[Q("450 suất quà", 450, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 225 triệu đồng", 225000000, "đồng", "over"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("27 căn nhà nhân đạo", 27, "căn nhà nhân đạo"), Q("9 căn nhà", 9, "căn nhà"),
 Q("khoảng 6.000 suất quà", 6000, "suất quà", "approx"), Q("87 xã đặc biệt khó khăn", 87, "xã đặc biệt khó khăn"),
 Q("64 hộ", 64, "hộ"), Q("31 hộ nghèo", 31, "hộ nghèo"), Q("1.247 hộ nghèo", 1247, "hộ nghèo"),
 Q("8,9%", 8.9, "%"), Q("không dưới 300 triệu đồng", 300000000, "đồng", "over"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("12 hộ", 12, "hộ"), Q("1.850 thẻ bảo hiểm y tế", 1850, "thẻ bảo hiểm y tế"), Q("310 hội viên", 310, "hội viên"),
 Q("24 tình nguyện viên", 24, "tình nguyện viên"), Q("hơn 300 lượt người dân", 300, "lượt người dân", "over")],
[D("Quyết định", "2045", "QĐ-TTg", "2012-11-12", "Thủ tướng Chính phủ", "Quyết định số 2045/QĐ-TTg ngày 12/11/2012"),
 D("Kế hoạch", "05", "KH-CTĐ", "2013-01-03", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 05/KH-CTĐ ngày 3/1/2013")],
[prov("Gia Lai"), com("Ia Sao"), com("Ia Dêr"), com("Ia Krái")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Từ thiện - Nhân đạo", "(GLO)", "Ông Rơ Châm Ưn trao quà cho bà con làng Dơ Nâu. Ảnh: H.Đ",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Tiếp sức đến trường", "Chương trình 135", "Công ty cổ phần Cà phê Bảo Tín"],
["08:15 | 25/01/2013", "năm 2012", "Tết Quý Tỵ", "Chương trình 135"]))

PAGES.append(page("b5000-soctrang-ctd-daihoi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Trang chủ > Tin tức > Hoạt động các đoàn thể
17/05/2017 - 10:05
Quang cảnh Đại hội. Ảnh: Trung Hiếu
Đại hội đại biểu Hội Chữ thập đỏ tỉnh Sóc Trăng lần thứ X, nhiệm kỳ 2017 - 2022
Ngày 16/5/2017, Hội Chữ thập đỏ tỉnh Sóc Trăng long trọng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Lâm Thị Sa Ri, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Thạch Sô Phênh, Phó Chủ tịch UBND tỉnh cùng 198 đại biểu đại diện cho hơn 71.000 hội viên trong toàn tỉnh.
Nhiệm kỳ 2012 - 2017, các cấp Hội đã vận động được trên 96 tỷ đồng tiền và hàng, giúp đỡ hơn 310.000 lượt người; xây mới 412 căn nhà nhân đạo cho hộ nghèo, trong đó có 188 căn cho đồng bào Khmer. Phong trào hiến máu tình nguyện tiếp nhận 52.640 đơn vị máu; kết nạp 23.500 hội viên mới. Hội đã phối hợp với các chùa Phật giáo Nam tông Khmer tổ chức 36 phiên chợ nhân đạo phục vụ 7.200 hộ nghèo.
Hội thực hiện Chỉ thị số 43-CT/TW ngày 7/6/2010 của Ban Bí thư, Nghị định số 03/2011/NĐ-CP của Chính phủ hướng dẫn Luật Hoạt động chữ thập đỏ, và Kết luận 25, 26-KL/TU của Ban Thường vụ Tỉnh ủy về công tác nhân đạo giai đoạn 2012 - 2017.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Ri đề nghị Hội tiếp tục đẩy mạnh phong trào "Tết vì người nghèo và nạn nhân chất độc da cam", phấn đấu mỗi năm vận động không dưới 20 tỷ đồng; quan tâm phát triển hội viên ở 14 xã vùng đồng bào Khmer đặc biệt khó khăn.
Đại hội đã bầu Ban Chấp hành Hội khóa X gồm 31 ủy viên. Tại phiên họp thứ nhất, bà Kim Thị Sa Phi được tín nhiệm bầu giữ chức Chủ tịch Hội Chữ thập đỏ tỉnh khóa X; các ông Trần Minh Nhựt, Sơn Văn Thạch được bầu giữ chức Phó Chủ tịch Hội Chữ thập đỏ tỉnh. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ X.
Đại biểu Hòa thượng Lý Hùng, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Pôthi Wông, tham luận về vai trò của nhà chùa trong hoạt động nhân đạo; bà Trương Thị Ngọc Mai, Chủ tịch Hội Chữ thập đỏ phường 5, thành phố Sóc Trăng, giới thiệu mô hình "Bếp ăn tình thương" phục vụ 150 suất cơm mỗi ngày cho bệnh nhân nghèo. Ông Châu Ngọc Sang, Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hải, đề nghị hỗ trợ khoảng 40% kinh phí xây nhà cho hộ ngư dân nghèo ven biển.
Đại hội thông qua Nghị quyết với 8 chỉ tiêu chủ yếu, trong đó 100% xã, phường, thị trấn có tổ chức Hội vững mạnh và trên 90% hộ nghèo được Hội hỗ trợ ít nhất một lần trong năm.
Lê Thảo
Lượt truy cập: 2.356.018
Các tin khác
- Hội CTĐ Vĩnh Châu đại hội nhiệm kỳ mới (02/05/2017)
- Trao 30 căn nhà nhân đạo cho hộ Khmer nghèo (20/04/2017)
- Tết Chôl Chnăm Thmây: 1.200 phần quà cho đồng bào (10/04/2017)
- Ngã Năm tổ chức ngày hội hiến máu (25/03/2017)
""", "2017-05-17", "Đại hội đại biểu Hội Chữ thập đỏ tỉnh Sóc Trăng lần thứ X, nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-05-16"),
[P("Lâm Thị Sa Ri", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phênh", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Thị Sa Phi", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa X"),
 P("Trần Minh Nhựt", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Sơn Văn Thạch", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Pôthi Wông"),
 P("Trương Thị Ngọc Mai", "Chủ tịch Hội Chữ thập đỏ phường 5"),
 P("Châu Ngọc Sang", "Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hải")],
[Q("198 đại biểu", 198, "đại biểu"), Q("hơn 71.000 hội viên", 71000, "hội viên", "over"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("hơn 310.000 lượt người", 310000, "lượt người", "over"),
 Q("412 căn nhà nhân đạo", 412, "căn nhà nhân đạo"), Q("188 căn", 188, "căn"), Q("52.640 đơn vị máu", 52640, "đơn vị máu"),
 Q("23.500 hội viên mới", 23500, "hội viên mới"), Q("36 phiên chợ nhân đạo", 36, "phiên chợ nhân đạo"),
 Q("7.200 hộ nghèo", 7200, "hộ nghèo"), Q("không dưới 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("14 xã", 14, "xã"), Q("31 ủy viên", 31, "ủy viên"), Q("9 đại biểu", 9, "đại biểu"),
 Q("150 suất cơm", 150, "suất cơm"), Q("khoảng 40%", 40, "%", "approx"), Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu"),
 Q("100%", 100, "%"), Q("trên 90%", 90, "%", "over")],
[D("Chỉ thị", "43", "CT/TW", "2010-06-07", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 7/6/2010"),
 D("Nghị định", "03", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 03/2011/NĐ-CP"),
 D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU")],
[prov("Sóc Trăng"), com("phường 5"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Trang chủ > Tin tức > Hoạt động các đoàn thể", "Quang cảnh Đại hội. Ảnh: Trung Hiếu",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Bếp ăn tình thương", "Luật Hoạt động chữ thập đỏ", "Lượt truy cập: 2.356.018",
 "chùa Pôthi Wông"],
["17/05/2017 - 10:05", "lần thứ X", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "giai đoạn 2012 - 2017", "một lần", "Lượt truy cập: 2.356.018"]))

PAGES.append(page("b5001-nghean-ctd-giaoban-2014", """
Báo Nghệ An
Thời sự - Xã hội / Nhân đạo
Ngày đăng 08/04/2014 | 16:20
Ảnh: Đồng chí Phan Đình Hiếu chủ trì giao ban.
Hội Chữ thập đỏ tỉnh: vận động gần 5 tỷ đồng trong 3 tháng đầu năm
Ngày 7/4, Hội Chữ thập đỏ tỉnh Nghệ An tổ chức giao ban công tác Hội quý I năm 2014 với Hội Chữ thập đỏ 21 huyện, thành, thị. Đồng chí Phan Đình Hiếu, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị.
Theo báo cáo của Văn phòng Hội, trong quý I các cấp Hội đã vận động được gần 5 tỷ đồng, trong đó 3,2 tỷ đồng tiền mặt; trao 16.800 suất quà Tết cho hộ nghèo, nạn nhân chất độc da cam và người khuyết tật, mỗi suất trị giá từ 200.000 đến 500.000 đồng. Phong trào hiến máu tình nguyện đầu xuân tiếp nhận 2.450 đơn vị máu tại 11 điểm hiến máu; 86 người hiến máu lần thứ 10 được tặng quà lưu niệm.
Hội đã triển khai Kế hoạch số 12/KH-HCTĐ ngày 15/1/2014 của Ban Thường vụ Hội Chữ thập đỏ tỉnh về thực hiện Quyết định 1081, 1082/QĐ-UBND của UBND tỉnh về cứu trợ đồng bào vùng lũ, và Hướng dẫn số 03-HD/BDVTU của Ban Dân vận Tỉnh ủy về phối hợp vận động nguồn lực nhân đạo.
Tại giao ban, các đồng chí Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Nguyễn Thị Vinh, Lô Văn Khăm báo cáo tiến độ xây dựng 45 ngôi nhà nhân đạo ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Ông Vi Văn Pằn, HUV, Chủ tịch Hội Chữ thập đỏ huyện Kỳ Sơn, cho biết huyện đã hoàn thành 12 ngôi nhà cho hộ nghèo đồng bào Mông, Khơ Mú; bà Lữ Thị Tâm, Chủ tịch Hội Chữ thập đỏ xã Châu Kim, đề nghị hỗ trợ thêm 30 triệu đồng/căn cho các hộ ở bản xa.
Hội Chữ thập đỏ thị xã Cửa Lò báo cáo kết quả chương trình "Nồi cháo tình thương" tại Bệnh viện Đa khoa với khoảng 1.300 suất cháo mỗi tháng; Hội Chữ thập đỏ thành phố Vinh vận động 60 tình nguyện viên trực ở các nút giao thông dịp lễ. Một số huyện còn chậm nộp báo cáo, việc phát triển hội viên mới mới đạt 18% chỉ tiêu năm.
Kết luận giao ban, đồng chí Phan Đình Hiếu yêu cầu quý II tập trung phát triển hội viên, hoàn thành bàn giao nhà nhân đạo trước ngày 30/6, chuẩn bị tốt đợt cao điểm hiến máu "Hành trình đỏ" và Tháng Nhân đạo năm 2014. Đồng chí Trần Xuân Bảo, Chánh Văn phòng Hội Chữ thập đỏ tỉnh, được giao tổng hợp báo cáo quý gửi Trung ương Hội trước ngày 15/4.
Hội cũng thống nhất dành 250 triệu đồng từ quỹ Hội để hỗ trợ 50 hộ có người bị bệnh hiểm nghèo, mỗi hộ 5 triệu đồng.
Thu Huyền
Bài viết liên quan
- Kỳ Sơn: khánh thành 5 nhà nhân đạo (30/03/2014)
- Hơn 900 đơn vị máu trong ngày Chủ nhật đỏ (16/03/2014)
- Trao 1.000 suất quà cho nạn nhân da cam (20/01/2014)
- Hội CTĐ tỉnh tổng kết năm 2013 (27/12/2013)
""", "2014-04-08", "Hội Chữ thập đỏ tỉnh: vận động gần 5 tỷ đồng trong 3 tháng đầu năm",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Phan Đình Hiếu", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Thị Vinh", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lô Văn Khăm", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Vi Văn Pằn", "HUV", "Chủ tịch Hội Chữ thập đỏ huyện Kỳ Sơn"),
 P("Lữ Thị Tâm", "Chủ tịch Hội Chữ thập đỏ xã Châu Kim"),
 P("Trần Xuân Bảo", "Chánh Văn phòng Hội Chữ thập đỏ tỉnh")],
[Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("gần 5 tỷ đồng", 5000000000, "đồng", "approx"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("16.800 suất quà", 16800, "suất quà"),
 Q("200.000", 200000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("2.450 đơn vị máu", 2450, "đơn vị máu"),
 Q("11 điểm hiến máu", 11, "điểm hiến máu"), Q("86 người", 86, "người"), Q("45 ngôi nhà nhân đạo", 45, "ngôi nhà nhân đạo"),
 Q("12 ngôi nhà", 12, "ngôi nhà"), Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 1.300 suất cháo", 1300, "suất cháo", "approx"),
 Q("60 tình nguyện viên", 60, "tình nguyện viên"), Q("18%", 18, "%"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("50 hộ", 50, "hộ"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "12", "KH-HCTĐ", "2014-01-15", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 12/KH-HCTĐ ngày 15/1/2014"),
 D("Quyết định", "1081", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1081, 1082/QĐ-UBND"),
 D("Quyết định", "1082", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1081, 1082/QĐ-UBND"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BDVTU")],
[prov("Nghệ An"), com("Châu Kim")],
["Báo Nghệ An", "Thời sự - Xã hội / Nhân đạo", "Ảnh: Đồng chí Phan Đình Hiếu chủ trì giao ban.", "Nồi cháo tình thương",
 "Hành trình đỏ", "Tháng Nhân đạo"],
["Ngày đăng 08/04/2014 | 16:20", "quý I năm 2014", "3 tháng đầu năm", "lần thứ 10", "quý II", "ngày 30/6", "ngày 15/4"]))

PAGES.append(page("b5002-hoangthanh-ctd-taphuan-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG THANH - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ :: Tin tức - Sự kiện :: Văn hóa - Xã hội
29-07-2015 09:40
Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên Chữ thập đỏ năm 2015
Ngày 28/7/2015, Hội Chữ thập đỏ xã Hoằng Thanh phối hợp với Trạm Y tế xã tổ chức lớp tập huấn kỹ năng sơ cấp cứu ban đầu và phòng ngừa, ứng phó thảm họa năm 2015 cho 85 học viên là chi hội trưởng, tình nguyện viên Chữ thập đỏ và thanh niên xung kích của 9 thôn ven biển.
Học viên thực hành băng bó vết thương. Ảnh: Hội CTĐ xã
Dự khai mạc lớp học có ông Lê Văn Tuấn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; bà Nguyễn Thị Hằng, Chủ tịch Ủy ban MTTQ xã; ông Hoàng Văn Lực, UVBCH Hội Chữ thập đỏ huyện Hoằng Hóa.
Lớp tập huấn được tổ chức theo Kế hoạch số 18/KH-CTĐ ngày 6/7/2015 của Hội Chữ thập đỏ xã và Kế hoạch số 45/KH-UBND của UBND xã về phòng, chống thiên tai mùa mưa bão năm 2015, thực hiện Quyết định số 1002/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng.
Trong 2 ngày, học viên được bác sĩ Lê Thị Phương, Trưởng Trạm Y tế xã, và ông Phạm Ngọc Ánh, cán bộ Ban Công tác xã hội Hội Chữ thập đỏ tỉnh Thanh Hóa, hướng dẫn cách cầm máu, cố định xương gãy, hô hấp nhân tạo, vận chuyển người bị nạn và cứu đuối. Mỗi thôn được cấp 1 túi sơ cứu và 20 áo phao; tổng kinh phí lớp học khoảng 35 triệu đồng do Hội Chữ thập đỏ tỉnh và Tổ chức Chữ thập đỏ Đức hỗ trợ.
Theo ông Lê Văn Tuấn, xã có 2.140 hộ, trong đó khoảng 600 hộ sống ven biển thường xuyên chịu ảnh hưởng của bão; năm 2014 cơn bão số 3 làm 17 ngôi nhà tốc mái, 2 người bị thương. Vì vậy, đội sơ cấp cứu của xã cần duy trì ít nhất 30 thành viên thường trực trong mùa mưa bão.
Bế giảng lớp học, ông Lê Văn Tuấn đề nghị các học viên sau tập huấn trở thành lực lượng nòng cốt ở thôn, tuyên truyền cho nhân dân chủ động phòng tránh thiên tai theo phương châm "4 tại chỗ". Kết quả kiểm tra cuối khóa, 100% học viên đạt yêu cầu, trong đó 42 học viên đạt loại giỏi.
Hội Chữ thập đỏ xã hiện có 650 hội viên sinh hoạt ở 9 chi hội, năm 2015 phấn đấu kết nạp thêm 50 hội viên mới và trồng 300 cây phi lao chắn sóng. Danh sách đội sơ cấp cứu của từng thôn sẽ được niêm yết tại nhà văn hóa thôn để nhân dân biết, liên hệ khi cần.
Ban biên tập
Số lượt truy cập: 45.602
Tin khác
- Xã Hoằng Thanh ra quân vệ sinh môi trường biển (20/07/2015)
- Trao 20 suất quà cho gia đình chính sách nhân ngày 27/7 (25/07/2015)
- Hội nghị sơ kết 6 tháng đầu năm 2015 (10/07/2015)
- Hoằng Hóa: 250 đơn vị máu trong ngày hội hiến máu (15/06/2015)
""", "2015-07-29", "Tập huấn sơ cấp cứu ban đầu cho tình nguyện viên Chữ thập đỏ năm 2015",
E("tap_huan", "2015", "2015-07-28"),
[P("Lê Văn Tuấn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Thị Hằng", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hoàng Văn Lực", "UVBCH Hội Chữ thập đỏ huyện Hoằng Hóa"),
 P("Lê Thị Phương", "bác sĩ", "Trưởng Trạm Y tế xã"),
 P("Phạm Ngọc Ánh", "cán bộ Ban Công tác xã hội Hội Chữ thập đỏ tỉnh Thanh Hóa")],
[Q("85 học viên", 85, "học viên"), Q("9 thôn ven biển", 9, "thôn ven biển"), Q("20 áo phao", 20, "áo phao"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("2.140 hộ", 2140, "hộ"), Q("khoảng 600 hộ", 600, "hộ", "approx"),
 Q("17 ngôi nhà", 17, "ngôi nhà"), Q("2 người", 2, "người"), Q("ít nhất 30 thành viên thường trực", 30, "thành viên thường trực", "over"),
 Q("100%", 100, "%"), Q("42 học viên", 42, "học viên"), Q("650 hội viên", 650, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("50 hội viên mới", 50, "hội viên mới"), Q("300 cây phi lao", 300, "cây phi lao")],
[D("Kế hoạch", "18", "KH-CTĐ", "2015-07-06", "Hội Chữ thập đỏ xã", "Kế hoạch số 18/KH-CTĐ ngày 6/7/2015"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND xã", "Kế hoạch số 45/KH-UBND"),
 D("Quyết định", "1002", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1002/QĐ-TTg")],
[prov("Thanh Hóa"), com("Hoằng Thanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG THANH - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA", "Trang chủ :: Tin tức - Sự kiện :: Văn hóa - Xã hội",
 "Học viên thực hành băng bó vết thương. Ảnh: Hội CTĐ xã", "4 tại chỗ", "Số lượt truy cập: 45.602", "Tổ chức Chữ thập đỏ Đức"],
["29-07-2015 09:40", "năm 2015", "2 ngày", "1 túi sơ cứu", "năm 2014", "bão số 3", "4 tại chỗ", "Số lượt truy cập: 45.602"]))
