from lib import *
PAGES = []

PAGES.append(page("b1931-longan-bdv-tongket-2017", """
Ban Dân vận Tỉnh ủy Long An
Trang chủ » Tin tức » Dân vận chính quyền
29-12-2017 09:40
Long An: Ban Dân vận Tỉnh ủy tổng kết công tác năm 2017
Ngày 27/12/2017, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Nguyễn Thị Kim Phượng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Đỗ Hữu Lâm, Phó Bí thư Thường trực Tỉnh ủy.
Toàn cảnh hội nghị tổng kết.
Năm 2017, tình hình khiếu kiện liên quan đến đất đai trên địa bàn tỉnh vẫn diễn biến phức tạp, nhất là ở các dự án khu công nghiệp, cụm công nghiệp và đường vành đai. Khối dân vận các cấp đã tham gia giải quyết 134 vụ việc khiếu nại đông người, hòa giải thành 96 vụ, đạt 71,6%; phối hợp tổ chức 58 cuộc đối thoại với 2.314 lượt người dân. Các địa phương đã vận động 1.768 hộ bàn giao 412 ha mặt bằng, với tổng kinh phí bồi thường, hỗ trợ 1.156 tỷ đồng.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 45, 46-KL/TU về giải quyết các vụ khiếu nại kéo dài ở huyện Đức Hòa, Bến Lức và về công tác dân vận trong xây dựng nông thôn mới; hướng dẫn thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo. Ban Dân vận Tỉnh ủy cũng ban hành Hướng dẫn số 07-HD/BDVTU về phát huy vai trò của Mặt trận trong giám sát bồi thường, tái định cư.
Tại hội nghị, đồng chí Trần Văn Bé Tư, HUV, Trưởng Ban Dân vận Huyện ủy Đức Hòa, nêu kinh nghiệm: "Phải đến nhà dân trước khi dân đến trụ sở"; nhờ vậy huyện đã vận động 312 hộ nhận tiền mà không phải cưỡng chế. Đồng chí Lê Thị Út Mười, Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Hòa, cho biết xã có 8 vụ việc đông người kéo dài trên 5 năm, đến nay đã giải quyết xong 6 vụ.
Phát biểu chỉ đạo, đồng chí Đỗ Hữu Lâm đề nghị năm 2018 tiếp tục thực hiện tốt Quy chế dân vận, "Dân vận khéo" gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; người đứng đầu cấp ủy, chính quyền phải trực tiếp tiếp dân, đối thoại; xử lý nghiêm cán bộ gây phiền hà, sách nhiễu người dân trong bồi thường, giải phóng mặt bằng. Đồng chí cũng lưu ý các huyện không để phát sinh điểm nóng mới trong dịp Tết Nguyên đán.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 23 cá nhân có thành tích trong công tác dân vận năm 2017.
Thanh Tâm - Ban Dân vận Tỉnh ủy
Số lượt truy cập: 2.345.117
Tin liên quan
- Đức Hòa: đối thoại với 86 hộ dân vùng dự án khu công nghiệp (12/12/2017)
- Giao ban khối dân vận quý III năm 2017 (10/10/2017)
- Cần Giuộc: hòa giải thành vụ tranh chấp đất kéo dài 10 năm (22/09/2017)
- Hội thi tìm hiểu Quy chế dân chủ ở cơ sở (05/09/2017)
""", "2017-12-29", "Long An: Ban Dân vận Tỉnh ủy tổng kết công tác năm 2017",
E("tong_ket", "2017", "2017-12-27"),
[P("Nguyễn Thị Kim Phượng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Hữu Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Văn Bé Tư", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Hòa"),
 P("Lê Thị Út Mười", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Hòa")],
[Q("134 vụ việc khiếu nại đông người", 134, "vụ việc khiếu nại đông người"), Q("96 vụ", 96, "vụ"),
 Q("71,6%", 71.6, "%"), Q("58 cuộc đối thoại", 58, "cuộc đối thoại"), Q("2.314 lượt người dân", 2314, "lượt người dân"),
 Q("1.768 hộ", 1768, "hộ"), Q("412 ha", 412, "ha"), Q("1.156 tỷ đồng", 1156000000000, "đồng"),
 Q("312 hộ", 312, "hộ"), Q("8 vụ việc đông người", 8, "vụ việc đông người"), Q("6 vụ", 6, "vụ"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Long An"), com("Lương Hòa")],
["Ban Dân vận Tỉnh ủy Long An", "Trang chủ » Tin tức » Dân vận chính quyền", "Toàn cảnh hội nghị tổng kết.",
 "Quy chế dân vận", "Dân vận khéo", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Phải đến nhà dân trước khi dân đến trụ sở", "Số lượt truy cập: 2.345.117"],
["29-12-2017 09:40", "năm 2017", "năm 2018", "trên 5 năm", "Số lượt truy cập: 2.345.117"]))

PAGES.append(page("b1932-quangninh-hnd-daihoi-2018", """
HỘI NÔNG DÂN TỈNH QUẢNG NINH
Trang chủ :: Tin tức :: Hoạt động Hội cơ sở
Ngày 24/08/2018 | 15:10
Đồng chí Bàn Văn Sinh nhận nhiệm vụ Chủ tịch Hội Nông dân xã khóa mới.
Đại hội Hội Nông dân xã Đoàn Kết nhiệm kỳ 2018 - 2023
Ngày 22/8, Hội Nông dân xã Đoàn Kết (huyện Vân Đồn) tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Về dự có đồng chí Vi Thị Hằng, Phó Chủ tịch Hội Nông dân tỉnh Quảng Ninh; đồng chí Lý Văn Thành, HUV, Bí thư Đảng ủy xã; cùng 115 đại biểu đại diện cho 1.046 hội viên trong xã.
Nhiệm kỳ qua, Hội Nông dân xã đã phối hợp với chính quyền vận động 286 hộ nông dân bàn giao đất cho dự án đường cao tốc và khu tái định cư, trong đó có 64 hộ người Dao, người Sán Dìu. Khi có nhóm người từ nơi khác đến kích động hộ dân tụ tập phản đối việc đo đạc, Hội đã cử 12 tổ hội viên đến từng nhà giải thích, không để xảy ra điểm nóng. Hội đã tham gia hòa giải 19 vụ tranh chấp ranh giới đất, giúp 45 hộ tìm việc làm mới sau khi bị thu hồi đất.
Phong trào nông dân sản xuất, kinh doanh giỏi có 318 hộ đạt danh hiệu các cấp; Quỹ Hỗ trợ nông dân của xã đạt 1,45 tỷ đồng, cho 73 hộ vay để chuyển đổi nghề. Hội kết nạp 128 hội viên mới, nâng tỷ lệ hộ nông dân tham gia Hội lên 82%.
Hội cũng tích cực tuyên truyền, thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư về nâng cao vai trò của Hội Nông dân và Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân tham gia các chương trình phát triển kinh tế - xã hội nông thôn.
Phát biểu chỉ đạo, đồng chí Vi Thị Hằng đề nghị nhiệm kỳ mới Hội tiếp tục phát huy vai trò trung tâm, nòng cốt trong xây dựng nông thôn mới, thực hiện tốt phương châm "3 cùng" với nông dân; nắm chắc tâm tư của hội viên vùng dự án để kịp thời phản ánh với cấp ủy. Đồng chí cũng lưu ý Hội cần phối hợp chặt chẽ với Mặt trận và các đoàn thể trong việc giám sát công tác bồi thường, hỗ trợ tái định cư, bảo đảm quyền lợi chính đáng của hội viên, không để nông dân bị thiệt thòi khi Nhà nước thu hồi đất.
Đại hội đã thảo luận, thống nhất các chỉ tiêu chủ yếu của nhiệm kỳ mới, trong đó tập trung hỗ trợ hội viên vùng dự án chuyển đổi nghề, phát triển dịch vụ du lịch cộng đồng.
Đại hội đã bầu Ban Chấp hành khóa X gồm 13 đồng chí. Đồng chí Bàn Văn Sinh được bầu giữ chức Chủ tịch Hội Nông dân xã Đoàn Kết; các đồng chí Phạm Thị Nga, Lục Văn Thắng được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội bầu 4 đại biểu đi dự Đại hội Hội Nông dân huyện.
Lê Hương
Tin khác
- Đại hội Hội Nông dân xã Bình Dân (20/08/2018)
- Vân Đồn: hội viên nông dân hiến 3.500 m2 đất làm đường (10/08/2018)
- Tập huấn kỹ năng hòa giải ở cơ sở cho cán bộ hội (27/07/2018)
- Đầm Hà: ra mắt tổ hợp tác nuôi ngao (15/07/2018)
""", "2018-08-24", "Đại hội Hội Nông dân xã Đoàn Kết nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-08-22"),
[P("Bàn Văn Sinh", "Chủ tịch Hội Nông dân xã Đoàn Kết"),
 P("Vi Thị Hằng", "Phó Chủ tịch Hội Nông dân tỉnh Quảng Ninh"),
 P("Lý Văn Thành", "HUV", "Bí thư Đảng ủy xã"),
 P("Phạm Thị Nga", "Phó Chủ tịch Hội Nông dân xã"),
 P("Lục Văn Thắng", "Phó Chủ tịch Hội Nông dân xã")],
[Q("115 đại biểu", 115, "đại biểu"), Q("1.046 hội viên", 1046, "hội viên"), Q("286 hộ nông dân", 286, "hộ nông dân"),
 Q("64 hộ người Dao, người Sán Dìu", 64, "hộ người Dao, người Sán Dìu"), Q("12 tổ hội viên", 12, "tổ hội viên"),
 Q("19 vụ tranh chấp ranh giới đất", 19, "vụ tranh chấp ranh giới đất"), Q("45 hộ", 45, "hộ"),
 Q("318 hộ", 318, "hộ"), Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("73 hộ", 73, "hộ"),
 Q("128 hội viên mới", 128, "hội viên mới"), Q("82%", 82, "%"), Q("13 đồng chí", 13, "đồng chí"),
 Q("4 đại biểu", 4, "đại biểu")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Quảng Ninh"), com("Đoàn Kết")],
["HỘI NÔNG DÂN TỈNH QUẢNG NINH", "Trang chủ :: Tin tức :: Hoạt động Hội cơ sở",
 "Đồng chí Bàn Văn Sinh nhận nhiệm vụ Chủ tịch Hội Nông dân xã khóa mới.", "Quỹ Hỗ trợ nông dân",
 "3 cùng", "nông dân sản xuất, kinh doanh giỏi"],
["Ngày 24/08/2018 | 15:10", "nhiệm kỳ 2018 - 2023", "lần thứ X", "khóa X", "3 cùng", "13 đồng chí"]))

PAGES.append(page("b1933-lamdong-bdv-baocao-q1-2019", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Vị trí: Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Năm, 18/04/2019 - 08:30
Đồng chí K'Mách phát biểu tại buổi làm việc. Ảnh: BDV
Báo cáo Thường trực Tỉnh ủy về tình hình các vụ việc phức tạp
Ngày 16/4, Ban Dân vận Tỉnh ủy báo cáo Thường trực Tỉnh ủy kết quả nắm tình hình và tham gia giải quyết các vụ việc phức tạp trong quý I/2019. Dự buổi báo cáo có đồng chí Trần Đức Quận, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí K'Mách, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Theo báo cáo, tình hình an ninh chính trị, trật tự xã hội trên địa bàn tỉnh Lâm Đồng cơ bản ổn định; tuy nhiên, tranh chấp đất rừng và ô nhiễm môi trường ở một số nơi vẫn là nguyên nhân gây bức xúc trong nhân dân. Quý I trên địa bàn tỉnh phát sinh 23 vụ việc phức tạp, trong đó 15 vụ liên quan đến tranh chấp đất giữa đồng bào K'Ho, Mạ với các doanh nghiệp được thuê đất rừng; 5 vụ người dân phản đối nhà máy chế biến cà phê xả thải gây ô nhiễm suối Đạ Sar; 3 vụ tụ tập đông người ở trụ sở UBND xã, với tổng cộng khoảng 650 lượt người tham gia.
Khối dân vận đã phối hợp với chính quyền tổ chức 31 buổi tiếp xúc, đối thoại; vận động 2 doanh nghiệp trả lại 146,5 ha đất cho địa phương để giao cho 208 hộ đồng bào thiếu đất sản xuất. Riêng vụ ô nhiễm ở xã Lát, doanh nghiệp đã bồi thường 860 triệu đồng cho 47 hộ bị thiệt hại hoa màu và cam kết đầu tư hệ thống xử lý nước thải.
Ban Dân vận Tỉnh ủy đã phát huy vai trò của người có uy tín: các ông Ya Tuấn, Cil Ha Kiến - người có uy tín xã Đạ Chais, đã cùng cán bộ vận động bà con không tiếp tục phá rừng, chờ chính quyền giải quyết. Bà Liêng Hót Ha Nhàn, Phó Chủ tịch UBND huyện Lạc Dương, đề nghị tỉnh sớm thu hồi dự án chậm triển khai để giao đất cho dân.
Các vụ việc được xử lý theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về quản lý đất rừng và giải quyết tranh chấp đất đai.
Kết luận buổi làm việc, đồng chí Trần Đức Quận yêu cầu các huyện giải quyết dứt điểm 8 vụ việc còn tồn đọng trước ngày 30/6/2019; công khai kết quả rà soát đất của các công ty lâm nghiệp; xử lý nghiêm doanh nghiệp xả thải trái phép; không để người dân phải đi lại nhiều lần, kéo dài thời gian giải quyết; phát huy vai trò của 326 người có uy tín trong toàn tỉnh.
P.V
Bài viết liên quan
- Lạc Dương: hòa giải thành vụ tranh chấp đất rẫy (05/04/2019)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (22/03/2019)
- Đam Rông: vận động đồng bào nhận khoán bảo vệ rừng (12/03/2019)
- Gặp mặt người có uy tín nhân dịp Tết (25/01/2019)
""", "2019-04-18", "Báo cáo Thường trực Tỉnh ủy về tình hình các vụ việc phức tạp",
E("bao_cao", "2019-Q1", "2019-04-16"),
[P("Trần Đức Quận", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("K'Mách", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ya Tuấn", "người có uy tín xã Đạ Chais"),
 P("Cil Ha Kiến", "người có uy tín xã Đạ Chais"),
 P("Liêng Hót Ha Nhàn", "Phó Chủ tịch UBND huyện Lạc Dương")],
[Q("23 vụ việc phức tạp", 23, "vụ việc phức tạp"), Q("15 vụ", 15, "vụ"), Q("5 vụ", 5, "vụ"), Q("3 vụ", 3, "vụ"),
 Q("khoảng 650 lượt người", 650, "lượt người", "approx"), Q("31 buổi tiếp xúc, đối thoại", 31, "buổi tiếp xúc, đối thoại"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("146,5 ha", 146.5, "ha"), Q("208 hộ đồng bào", 208, "hộ đồng bào"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("47 hộ", 47, "hộ"), Q("8 vụ việc", 8, "vụ việc"),
 Q("326 người có uy tín", 326, "người có uy tín")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Chais")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Vị trí: Trang chủ › Hoạt động › Tin trong tỉnh",
 "Đồng chí K'Mách phát biểu tại buổi làm việc. Ảnh: BDV", "suối Đạ Sar"],
["Thứ Năm, 18/04/2019 - 08:30", "quý I/2019", "Ngày 16/4", "ngày 30/6/2019"]))

PAGES.append(page("b1934-sonla-mttq-giamsat-2020", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sơn La
Trang chủ / Giám sát và phản biện xã hội
Cập nhật lúc 17:20 ngày 29/10/2020
Ảnh: Đoàn giám sát kiểm tra nhà ở của hộ tái định cư.
MTTQ tỉnh giám sát việc thực hiện chính sách tái định cư thủy điện
Từ ngày 26 đến 28/10/2020, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách hỗ trợ tái định cư dự án thủy điện tại huyện Mường La và huyện Quỳnh Nhai. Đây là nội dung giám sát chuyên đề năm 2020 theo Chương trình phối hợp số 02/CTr-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Tham gia đoàn có các đồng chí: Cầm Văn Chinh, Quàng Thị Yến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Nông nghiệp và Phát triển nông thôn, Ban Dân tộc tỉnh.
Qua giám sát cho thấy, hai huyện có 38 điểm tái định cư với 4.872 hộ, 21.346 nhân khẩu, chủ yếu là đồng bào Thái, Kháng, La Ha. Đến nay đã chi trả 98,7% kinh phí bồi thường, hỗ trợ; đã giao đất sản xuất cho 4.105 hộ. Tuy nhiên, 367 hộ còn thiếu đất sản xuất, 52 công trình nước sinh hoạt hư hỏng; tại xã Mường Giàng, 29 hộ phản ánh nhà ở bị nứt, lún do sạt lở. Năm 2020 có 11 lượt công dân đến trụ sở UBND tỉnh kiến nghị về đất sản xuất.
Ông Lường Văn Panh, người có uy tín bản Phiêng Lằn, xã Chiềng Ơn, cho biết ông đã cùng 14 trưởng bản vận động bà con kiên nhẫn chờ chính quyền giải quyết, không kéo nhau lên tỉnh. Bà Vì Thị Dung, Chủ tịch Ủy ban MTTQ xã Chiềng Ơn, kiến nghị hỗ trợ mỗi hộ 5 triệu đồng để sửa nhà trước mùa mưa.
Việc thực hiện chính sách được đối chiếu với Quyết định số 64/2014/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 103/NQ-HĐND ngày 14/7/2016 của HĐND tỉnh.
Kết thúc đợt giám sát, đồng chí Lò Thị Mai đề nghị UBND các huyện rà soát, giao đủ đất sản xuất cho 367 hộ; sửa chữa công trình nước sinh hoạt trong quý I/2021; công khai kinh phí hỗ trợ tại từng bản. Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy theo quy định.
Đại diện UBND huyện Quỳnh Nhai tiếp thu các ý kiến, cho biết huyện đang rà soát quỹ đất do các nông, lâm trường trả lại để bố trí cho người dân tái định cư, đồng thời phối hợp với Mặt trận và các đoàn thể tuyên truyền để bà con yên tâm ổn định cuộc sống, không nghe theo lời xúi giục của phần tử xấu.
Quỳnh Anh
Tin cùng chuyên mục
- Hội nghị phản biện dự thảo nghị quyết về giá đất (20/10/2020)
- Mặt trận xã Chiềng Ơn giám sát việc chi trả tiền dịch vụ môi trường rừng (02/10/2020)
- Tiếp nhận 2,1 tỷ đồng ủng hộ đồng bào bị lũ quét (15/09/2020)
- Ra mắt mô hình "Bản không có đơn thư vượt cấp" (28/08/2020)
""", "2020-10-29", "MTTQ tỉnh giám sát việc thực hiện chính sách tái định cư thủy điện",
E("giam_sat", "2020", "2020-10-26"),
[P("Lò Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Văn Chinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Thị Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Văn Panh", "người có uy tín bản Phiêng Lằn"),
 P("Vì Thị Dung", "Chủ tịch Ủy ban MTTQ xã Chiềng Ơn")],
[Q("38 điểm tái định cư", 38, "điểm tái định cư"), Q("4.872 hộ", 4872, "hộ"), Q("21.346 nhân khẩu", 21346, "nhân khẩu"),
 Q("98,7%", 98.7, "%"), Q("4.105 hộ", 4105, "hộ"), Q("367 hộ", 367, "hộ"),
 Q("52 công trình nước sinh hoạt", 52, "công trình nước sinh hoạt"), Q("29 hộ", 29, "hộ"),
 Q("11 lượt công dân", 11, "lượt công dân"), Q("14 trưởng bản", 14, "trưởng bản"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Chương trình phối hợp", "02", "CTr-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình phối hợp số 02/CTr-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Quyết định", "64", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 64/2014/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "103", "NQ-HĐND", "2016-07-14", "HĐND tỉnh", "Nghị quyết số 103/NQ-HĐND ngày 14/7/2016 của HĐND tỉnh")],
[prov("Sơn La"), com("Mường Giàng"), com("Chiềng Ơn")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sơn La", "Trang chủ / Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra nhà ở của hộ tái định cư.", "Sở Nông nghiệp và Phát triển nông thôn", "Ban Dân tộc tỉnh"],
["Cập nhật lúc 17:20 ngày 29/10/2020", "Từ ngày 26 đến 28/10/2020", "năm 2020", "Năm 2020", "quý I/2021"]))

PAGES.append(page("b1935-binhdinh-huyen-doithoai-2021", """
BAN DÂN VẬN HUYỆN ỦY PHÙ CÁT - TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức > Dân vận chính quyền
Thứ Sáu, 04/06/2021, 10:15
Chủ tịch UBND huyện đối thoại với người dân về dự án điện gió
Ngày 02/6/2021, UBND huyện Phù Cát phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị đối thoại năm 2021 giữa người đứng đầu chính quyền với nhân dân xã Cát Thành và xã Cát Hải về công tác bồi thường, giải phóng mặt bằng dự án điện gió ven biển.
Đồng chí Đặng Văn Hiếu (đứng) trả lời kiến nghị của người dân.
Đối thoại do đồng chí Đặng Văn Hiếu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Cùng dự có đồng chí Huỳnh Thị Kim Liên, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và đại diện các phòng: Tài nguyên và Môi trường, Tài chính - Kế hoạch. Đây là một trong những dự án năng lượng trọng điểm của tỉnh Bình Định, được nhân dân quan tâm. Do dịch COVID-19, hội nghị được tổ chức tại 2 điểm cầu với 86 người dân dự trực tiếp.
Theo báo cáo, dự án có 429 hộ bị ảnh hưởng với diện tích thu hồi 72,4 ha đất rừng phòng hộ và đất nuôi trồng thủy sản. Đến nay đã chi trả cho 351 hộ với số tiền 128,6 tỷ đồng; còn 78 hộ chưa nhận tiền, trong đó 41 hộ có đơn khiếu nại về việc áp giá đất nuôi tôm. Tháng 4/2021, khoảng 120 người dân đã tụ tập tại khu vực thi công, yêu cầu dừng đổ đất lấp ao.
Tại hội nghị có 22 ý kiến. Ông Trương Văn Nở, thôn Chánh Hóa, xã Cát Thành, đề nghị tính lại giá ao nuôi tôm theo giá thị trường. Bà Võ Thị Bích, thôn Tân Thắng, xã Cát Hải, phản ánh tiếng ồn, bụi từ xe chở vật liệu. Ông Lê Văn Sang, người có uy tín thôn Chánh Hóa, kiến nghị doanh nghiệp hỗ trợ làm lại đường bê tông dài 1,2 km bị hư hỏng.
Trả lời các ý kiến, đồng chí Đặng Văn Hiếu khẳng định việc bồi thường thực hiện theo Quyết định số 65/2019/QĐ-UBND và Quyết định số 40/2020/QĐ-UBND của UBND tỉnh; huyện sẽ thành lập tổ công tác kiểm đếm lại 41 hồ sơ có khiếu nại trong tháng 6. Doanh nghiệp cam kết hỗ trợ 2,5 tỷ đồng làm lại tuyến đường và tưới nước chống bụi hằng ngày.
Đồng chí Huỳnh Thị Kim Liên đề nghị Ủy ban MTTQ các xã phát huy vai trò giám sát, phối hợp với người có uy tín, chức sắc tôn giáo vận động nhân dân chấp hành chủ trương; không để kẻ xấu lợi dụng kích động, gây rối. Sau hội nghị, Ban Dân vận Huyện ủy sẽ tổng hợp các ý kiến chưa được trả lời, tham mưu Ban Thường vụ Huyện ủy chỉ đạo các cơ quan chuyên môn giải quyết, thông báo công khai kết quả đến người dân.
Ban Dân vận Huyện ủy Phù Cát
Các tin đã đưa
- Hội nghị giao ban khối dân vận quý I năm 2021 (12/04/2021)
- Cát Thành: ra mắt mô hình "Dân vận khéo" trong giải phóng mặt bằng (25/03/2021)
- Trao 200 suất quà Tết cho hộ nghèo (02/02/2021)
""", "2021-06-04", "Chủ tịch UBND huyện đối thoại với người dân về dự án điện gió",
E("doi_thoai", "2021", "2021-06-02"),
[P("Đặng Văn Hiếu", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Huỳnh Thị Kim Liên", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Văn Nở"),
 P("Võ Thị Bích"),
 P("Lê Văn Sang", "người có uy tín thôn Chánh Hóa")],
[Q("2 điểm cầu", 2, "điểm cầu"), Q("86 người dân", 86, "người dân"), Q("429 hộ", 429, "hộ"), Q("72,4 ha", 72.4, "ha"),
 Q("351 hộ", 351, "hộ"), Q("128,6 tỷ đồng", 128600000000, "đồng"), Q("78 hộ", 78, "hộ"), Q("41 hộ", 41, "hộ"),
 Q("khoảng 120 người dân", 120, "người dân", "approx"), Q("22 ý kiến", 22, "ý kiến"), Q("1,2 km", 1.2, "km"),
 Q("41 hồ sơ", 41, "hồ sơ"), Q("2,5 tỷ đồng", 2500000000, "đồng")],
[D("Quyết định", "65", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 65/2019/QĐ-UBND"),
 D("Quyết định", "40", "2020/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 40/2020/QĐ-UBND của UBND tỉnh")],
[prov("Bình Định"), com("Cát Thành"), com("Cát Hải")],
["BAN DÂN VẬN HUYỆN ỦY PHÙ CÁT - TỈNH BÌNH ĐỊNH", "Trang chủ > Tin tức > Dân vận chính quyền",
 "Đồng chí Đặng Văn Hiếu (đứng) trả lời kiến nghị của người dân.", "COVID-19", "Tài chính - Kế hoạch"],
["Thứ Sáu, 04/06/2021, 10:15", "năm 2021", "COVID-19", "Tháng 4/2021", "tháng 6"]))

PAGES.append(page("b1936-kiengiang-bdv-giaoban-t9-2022", """
Ban Dân vận Tỉnh ủy Kiên Giang
Trang chủ » Tin tức » Hoạt động dân vận
30 tháng 9, 2022 | 16:45
Giao ban công tác dân vận tháng 9: tập trung tháo gỡ vướng mắc đất đai ở Phú Quốc
Sáng 29/9, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 9/2022, đánh giá tình hình nhân dân và kết quả vận động giải phóng mặt bằng các dự án trọng điểm. Đồng chí Danh Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: Kim Ngân
Trong tháng, trên địa bàn thành phố Phú Quốc phát sinh 9 vụ khiếu nại đông người liên quan đến cưỡng chế công trình xây dựng trái phép và bồi thường dự án khu du lịch ở phường Dương Đông, xã Cửa Dương; có khoảng 70 người dân kéo đến trụ sở tiếp công dân. Khối dân vận phối hợp tổ chức 14 cuộc tiếp xúc, đối thoại, vận động 56 hộ tự nguyện tháo dỡ công trình; chi trả 43,8 tỷ đồng tiền bồi thường cho 132 hộ.
Ở huyện Châu Thành, người dân ấp Minh Phong phản ánh mùi hôi từ nhà máy chế biến bột cá. Ban Dân vận Huyện ủy đã phối hợp kiểm tra, kiến nghị xử phạt doanh nghiệp 240 triệu đồng và yêu cầu tạm ngừng dây chuyền sấy cho đến khi khắc phục xong.
Đồng chí Thạch Thị Sa Ry, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin việc triển khai Kế hoạch số 112-KH/TU của Tỉnh ủy thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Quy định 69-QĐ/TW của Bộ Chính trị; đồng thời đề nghị các huyện báo cáo kết quả thực hiện Nghị quyết 25, 26/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ tái định cư.
Đồng chí Nguyễn Văn Tuấn, Trưởng Ban Dân vận Thành ủy Phú Quốc và đồng chí Danh Sóc Khol, Trưởng Ban Dân vận Huyện ủy Châu Thành phát biểu, kiến nghị tỉnh sớm ban hành bảng giá đất cụ thể; tăng cường vai trò của 64 vị chức sắc, người có uy tín trong đồng bào Khmer.
Phát biểu kết luận, đồng chí Danh Út yêu cầu trong tháng 10 các địa phương giải quyết dứt điểm vụ việc ở xã Cửa Dương; đẩy mạnh mô hình "Dân vận khéo" trong giải phóng mặt bằng; nắm tình hình dư luận, không để xảy ra tình huống bất ngờ. Đồng chí cũng đề nghị Văn phòng Ban tổng hợp các kiến nghị của cơ sở, tham mưu Thường trực Tỉnh ủy chỉ đạo các sở, ngành tháo gỡ những vướng mắc về thủ tục đất đai kéo dài.
Cũng tại buổi giao ban, các đại biểu thống nhất tăng cường tổ chức các buổi tiếp xúc, đối thoại tại khu phố, ấp; phát huy vai trò của cán bộ, đảng viên nơi cư trú trong tuyên truyền, vận động người thân chấp hành chủ trương thu hồi đất.
Kim Ngân
Lượt xem: 612
Tin cùng chuyên mục
- Phú Quốc vận động 300 hộ dân bàn giao mặt bằng (20/09/2022)
- Giao ban công tác dân vận tháng 8/2022 (31/08/2022)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer (15/08/2022)
""", "2022-09-30", "Giao ban công tác dân vận tháng 9: tập trung tháo gỡ vướng mắc đất đai ở Phú Quốc",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Danh Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Ry", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tuấn", "Trưởng Ban Dân vận Thành ủy Phú Quốc"),
 P("Danh Sóc Khol", "Trưởng Ban Dân vận Huyện ủy Châu Thành")],
[Q("9 vụ khiếu nại đông người", 9, "vụ khiếu nại đông người"),
 Q("khoảng 70 người dân", 70, "người dân", "approx"), Q("14 cuộc tiếp xúc, đối thoại", 14, "cuộc tiếp xúc, đối thoại"),
 Q("56 hộ", 56, "hộ"), Q("43,8 tỷ đồng", 43800000000, "đồng"), Q("132 hộ", 132, "hộ"),
 Q("240 triệu đồng", 240000000, "đồng"),
 Q("64 vị chức sắc, người có uy tín", 64, "vị chức sắc, người có uy tín")],
[D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 112-KH/TU của Tỉnh ủy"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Quy định", "69", "QĐ/TW", None, "Bộ Chính trị", "Quy định 69-QĐ/TW của Bộ Chính trị"),
 D("Nghị quyết", "25", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 25, 26/NQ-HĐND của HĐND tỉnh"),
 D("Nghị quyết", "26", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 25, 26/NQ-HĐND của HĐND tỉnh")],
[prov("Kiên Giang"), com("Dương Đông"), com("Cửa Dương")],
["Ban Dân vận Tỉnh ủy Kiên Giang", "Trang chủ » Tin tức » Hoạt động dân vận", "Quang cảnh buổi giao ban. Ảnh: Kim Ngân",
 "Dân vận khéo", "Lượt xem: 612"],
["30 tháng 9, 2022 | 16:45", "tháng 9/2022", "Sáng 29/9", "tháng 10", "Lượt xem: 612"]))
