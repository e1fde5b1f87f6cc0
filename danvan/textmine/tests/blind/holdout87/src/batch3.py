from lib import *
PAGES = []

PAGES.append(page("b2057-bacgiang-bdv-tongket-dantoc-2022", """
Ban Dân vận Tỉnh ủy Bắc Giang - Cổng thông tin điện tử
Trang chủ / Tin tức / Hoạt động dân vận
27 tháng 12, 2022 | 17:45
Toàn cảnh hội nghị tổng kết.
Bắc Giang tổng kết công tác dân vận vùng đồng bào dân tộc thiểu số và tôn giáo
Ngày 26/12, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác dân vận vùng đồng bào dân tộc thiểu số và tôn giáo năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Nguyễn Thị Thanh Hảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Bắc Giang có 44 dân tộc, trong đó đồng bào dân tộc thiểu số chiếm gần 13% dân số, tập trung ở các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế; có 4 tôn giáo với trên 80.000 tín đồ. Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 301, 302-KL/TU về công tác dân tộc và về xây dựng giáo xứ, họ đạo văn hóa; ban hành Hướng dẫn số 14-HD/BDVTU về tiêu chí xã "Dân vận khéo" vùng đồng bào dân tộc thiểu số. Các cấp đã tổ chức 562 cuộc tuyên truyền với hơn 31.000 lượt người dự, trong đó 118 cuộc bằng tiếng Sán Chay, Nùng, Tày.
Phong trào thi đua "Dân vận khéo" được đẩy mạnh với 1.426 mô hình, có 213 mô hình ở vùng đồng bào dân tộc thiểu số. Đồng bào Công giáo ở 34 giáo xứ, giáo họ đóng góp 12,7 tỷ đồng và hiến hơn 18.000 m2 đất xây dựng nông thôn mới. Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 6,85%.
Tại hội nghị, đồng chí Hoàng Văn Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, cho biết huyện đã phát huy vai trò 97 người có uy tín trong vận động đồng bào Dao, Sán Chí; đồng chí Lăng Thị Nhung, Chủ tịch Hội LHPN xã Tân Sơn, giới thiệu mô hình "Phụ nữ dân tộc thiểu số giữ gìn nét đẹp văn hóa". Linh mục Giuse Hoàng Văn Đức, Quản xứ giáo xứ Bảo Lộc, bày tỏ mong muốn được tiếp tục phối hợp vận động giáo dân.
Phát biểu kết luận, đồng chí Nguyễn Thị Thanh Hảo đề nghị năm 2023, các cấp tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của BCH Trung ương khóa IX về công tác dân tộc; Chỉ thị số 18-CT/TW ngày 10/01/2008 của Ban Bí thư về công tác tôn giáo; tham mưu tổ chức Đại hội đại biểu các dân tộc thiểu số cấp huyện.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể và 28 cá nhân. Đồng chí Thân Văn Khoa, Phó Trưởng Ban Dân vận Tỉnh ủy, trao giấy khen.
Năm 2022 cũng là năm đầu tiên tỉnh triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; khối dân vận đã vận động nhân dân hiến đất, góp công làm đường, bê tông hóa ngõ xóm ở các thôn đặc biệt khó khăn.
Ngọc Mai
Lượt xem: 733
Tin liên quan
- Gặp mặt chức sắc tôn giáo nhân dịp Lễ Giáng sinh 2022 (20/12/2022)
- Lục Ngạn: tổng kết mô hình "Dân vận khéo" (15/12/2022)
- Tập huấn công tác dân tộc cho cán bộ cơ sở (24/11/2022)
""", "2022-12-27", "Bắc Giang tổng kết công tác dân vận vùng đồng bào dân tộc thiểu số và tôn giáo",
E("tong_ket", "2022", "2022-12-26"),
[P("Nguyễn Thị Thanh Hảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("Lăng Thị Nhung", "Chủ tịch Hội LHPN xã Tân Sơn"),
 P("Giuse Hoàng Văn Đức", "Linh mục", "Quản xứ giáo xứ Bảo Lộc"),
 P("Thân Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("44 dân tộc", 44, "dân tộc"), Q("gần 13%", 13, "%", "approx"), Q("4 tôn giáo", 4, "tôn giáo"),
 Q("trên 80.000 tín đồ", 80000, "tín đồ", "over"), Q("562 cuộc tuyên truyền", 562, "cuộc tuyên truyền"),
 Q("hơn 31.000 lượt người", 31000, "lượt người", "over"), Q("118 cuộc", 118, "cuộc"), Q("1.426 mô hình", 1426, "mô hình"),
 Q("213 mô hình", 213, "mô hình"), Q("34 giáo xứ, giáo họ", 34, "giáo xứ, giáo họ"), Q("12,7 tỷ đồng", 12700000000, "đồng"),
 Q("hơn 18.000 m2", 18000, "m2", "over"), Q("6,85%", 6.85, "%"), Q("97 người có uy tín", 97, "người có uy tín"),
 Q("16 tập thể", 16, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Kết luận", "301", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 301, 302-KL/TU"),
 D("Kết luận", "302", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 301, 302-KL/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị"),
 D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 24-NQ/TW của BCH Trung ương"),
 D("Chỉ thị", "18", "CT/TW", "2008-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2008 của Ban Bí thư")],
[prov("Bắc Giang"), com("Tân Sơn")],
["Ban Dân vận Tỉnh ủy Bắc Giang - Cổng thông tin điện tử", "Trang chủ / Tin tức / Hoạt động dân vận", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Phụ nữ dân tộc thiểu số giữ gìn nét đẹp văn hóa", "giáo xứ Bảo Lộc",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 733"],
["27 tháng 12, 2022 | 17:45", "năm 2022", "năm 2023", "khóa IX", "năm đầu tiên", "Lượt xem: 733"]))

PAGES.append(page("b2058-ninhbinh-chucmung-giangsinh-2023", """
BÁO NINH BÌNH ĐIỆN TỬ
Xã hội » Dân tộc - Tôn giáo
26/12/2023 06:00
Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Phát Diệm
Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng Đức Giám mục Giáo phận Phát Diệm.
Nhân dịp Lễ Giáng sinh năm 2023, chiều 23/12, đoàn công tác của tỉnh do đồng chí Trịnh Quang Đạo, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, chúc mừng Tòa Giám mục Phát Diệm. Cùng đi có đồng chí Đinh Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Ngọc Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tiếp đoàn có Đức Giám mục Giuse Trần Đức Lâm, Giám mục Giáo phận Phát Diệm; Linh mục Phaolô Vũ Văn Thiện, Tổng Đại diện Giáo phận; Linh mục Đaminh Nguyễn Khắc Hiếu, Quản xứ giáo xứ Chính tòa Phát Diệm.
Thay mặt lãnh đạo tỉnh, đồng chí Trịnh Quang Đạo gửi lời chúc mừng Giáng sinh an lành tới Đức Giám mục, các linh mục, tu sĩ và hơn 160.000 giáo dân trong Giáo phận. Đồng chí thông tin: năm 2023, kinh tế tỉnh tăng trưởng 7,8%; thu ngân sách đạt trên 20.500 tỷ đồng; toàn tỉnh đã có 113 xã đạt chuẩn nông thôn mới nâng cao. Đồng bào Công giáo đã đóng góp tích cực vào kết quả đó, với trên 85% hộ giáo dân đạt gia đình văn hóa, 196 giáo họ đạt khu dân cư văn hóa.
Đồng chí đề nghị Giáo phận tiếp tục hướng dẫn giáo dân sống "Tốt đời, đẹp đạo", chấp hành Luật Tín ngưỡng, tôn giáo; tham gia thực hiện Kế hoạch số 205-KH/TU ngày 15/3/2023 của Tỉnh ủy về xây dựng văn hóa và con người Ninh Bình; phối hợp tổ chức các hoạt động tôn giáo dịp Giáng sinh, Tết Giáp Thìn an toàn.
Đức Giám mục Giuse Trần Đức Lâm cảm ơn sự quan tâm của lãnh đạo tỉnh; khẳng định Giáo phận có 9 giáo hạt, 124 giáo xứ sẽ tiếp tục đồng hành cùng chính quyền, vận động giáo dân tham gia các phong trào ở địa phương.
Cùng ngày, đoàn công tác do đồng chí Đinh Thị Hương dẫn đầu đã thăm, chúc mừng Dòng Mến Thánh Giá Phát Diệm và 2 giáo xứ Kim Sơn, Như Tân thuộc huyện Kim Sơn. Tại giáo xứ Như Tân, Linh mục quản xứ Phêrô Bùi Ngọc Phong cho biết giáo xứ có 3.200 giáo dân, trong đó 42 hộ nuôi trồng thủy sản vùng bãi bồi có thu nhập trên 500 triệu đồng/năm.
Trước đó, ngày 21/12, đồng chí Lê Văn Khiêm, Phó Bí thư Thường trực Tỉnh ủy, đã đến thăm, chúc mừng Tòa Giám mục Giáo phận Bùi Chu tại tỉnh Nam Định, nơi có nhiều giáo xứ có giáo dân sinh sống trên địa bàn Ninh Bình.
Minh Đường - Anh Tuấn
Tin khác
- Ban Dân vận Tỉnh ủy gặp mặt chức sắc tôn giáo cuối năm (19/12/2023)
- Kim Sơn: giao ban công tác dân vận vùng giáo (05/12/2023)
- Hội nghị người có uy tín huyện Nho Quan (28/11/2023)
""", "2023-12-26", "Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Phát Diệm",
E("khac", None, "2023-12-23"),
[P("Trịnh Quang Đạo", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đinh Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Ngọc Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Trần Đức Lâm", "Đức Giám mục", "Giám mục Giáo phận Phát Diệm"),
 P("Phaolô Vũ Văn Thiện", "Linh mục", "Tổng Đại diện Giáo phận"),
 P("Đaminh Nguyễn Khắc Hiếu", "Linh mục", "Quản xứ giáo xứ Chính tòa Phát Diệm"),
 P("Phêrô Bùi Ngọc Phong", "Linh mục quản xứ"),
 P("Lê Văn Khiêm", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("hơn 160.000 giáo dân", 160000, "giáo dân", "over"), Q("7,8%", 7.8, "%"), Q("trên 20.500 tỷ đồng", 20500000000000, "đồng", "over"),
 Q("113 xã", 113, "xã"), Q("trên 85%", 85, "%", "over"), Q("196 giáo họ", 196, "giáo họ"), Q("9 giáo hạt", 9, "giáo hạt"),
 Q("124 giáo xứ", 124, "giáo xứ"), Q("2 giáo xứ", 2, "giáo xứ"), Q("3.200 giáo dân", 3200, "giáo dân"), Q("42 hộ", 42, "hộ"),
 Q("trên 500 triệu đồng", 500000000, "đồng", "over")],
[D("Kế hoạch", "205", "KH/TU", "2023-03-15", "Tỉnh ủy", "Kế hoạch số 205-KH/TU ngày 15/3/2023 của Tỉnh ủy")],
[prov("Ninh Bình"), prov("Nam Định")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Xã hội » Dân tộc - Tôn giáo",
 "Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng Đức Giám mục Giáo phận Phát Diệm.", "Tòa Giám mục Phát Diệm",
 "Tốt đời, đẹp đạo", "Luật Tín ngưỡng, tôn giáo", "Dòng Mến Thánh Giá Phát Diệm", "giáo xứ Như Tân",
 "Tòa Giám mục Giáo phận Bùi Chu"],
["26/12/2023 06:00", "năm 2023", "Tết Giáp Thìn", "ngày 21/12"]))

PAGES.append(page("b2059-daknong-bdv-giaoban-quy1-2024", """
Ban Dân vận Tỉnh ủy Đắk Nông
Bạn đang ở: Trang chủ › Tin tức › Hoạt động của Ban
Thứ Sáu, 12/04/2024, 08:05
Ảnh: Đồng chí Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận.
Giao ban khối dân vận quý I/2024: nắm chắc tình hình vùng đồng bào Tin lành
Sáng 10/4, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị giao ban khối dân vận quý I năm 2024. Đồng chí Điểu K'Ré, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Y Quang B'Ya, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và lãnh đạo các ban, ngành, đoàn thể tỉnh.
Báo cáo cho biết, quý I, tình hình các tôn giáo trên địa bàn tỉnh ổn định. Đắk Nông có 5 tôn giáo với khoảng 166.000 tín đồ, trong đó đạo Tin lành có gần 70.000 tín đồ, sinh hoạt tại 38 chi hội và 137 điểm nhóm. Trong quý, các cơ quan chức năng đã cấp đăng ký sinh hoạt tôn giáo tập trung cho 6 điểm nhóm; giải quyết 4 vụ việc liên quan đất đai của cơ sở tôn giáo. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 96-KH/BDVTU ngày 18/01/2024 về khảo sát tình hình người có uy tín và Công văn số 312-CV/BDVTU đề nghị các huyện rà soát các điểm nhóm chưa đăng ký.
Dịp Tết Nguyên đán Giáp Thìn, khối dân vận các cấp đã trao 2.640 suất quà cho người có uy tín, chức sắc và hộ nghèo đồng bào có đạo với tổng trị giá trên 1,3 tỷ đồng. Đặc biệt, có 46 hộ đồng bào Mông di cư tự do đến huyện Đắk Glong đã được vận động ổn định sản xuất.
Tại giao ban, đồng chí Thị Sương, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Đức, phản ánh tình trạng một số đối tượng lợi dụng "Tin lành Đấng Christ" để tuyên truyền ở bon Bu Đắk; đồng chí Hoàng Văn Lợi, Phó Bí thư Đảng ủy xã Quảng Hòa, cho biết xã đã thành lập 3 tổ tự quản tôn giáo. Mục sư Y Đhăm Knul, Quản nhiệm chi hội Tin lành Đắk R'Măng, được mời dự và phát biểu cam kết hướng dẫn tín đồ sinh hoạt đúng pháp luật.
Phát biểu kết luận, đồng chí Điểu K'Ré yêu cầu quý II khối dân vận tập trung thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW; phối hợp chuẩn bị các điều kiện tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV; nhân rộng mô hình "4 không" ở các bon, buôn. Các đồng chí trưởng ban dân vận huyện ủy: Lò Văn Hưng, Nguyễn Thị Bích Hạnh được giao chuẩn bị tham luận cho hội nghị sơ kết 6 tháng.
Hội nghị cũng thông qua lịch kiểm tra, giám sát năm 2024 với 5 cuộc kiểm tra chuyên đề về công tác dân vận của cơ quan nhà nước.
Kim Chi
Lượt truy cập: 128.540
Tin liên quan
- Ban Dân vận Tỉnh ủy thăm, tặng quà người có uy tín dịp Tết (05/02/2024)
- Đắk Song: đối thoại với tín đồ Tin lành (22/03/2024)
- Tổng kết công tác dân vận năm 2023 (28/12/2023)
""", "2024-04-12", "Giao ban khối dân vận quý I/2024: nắm chắc tình hình vùng đồng bào Tin lành",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Điểu K'Ré", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Quang B'Ya", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thị Sương", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Hoàng Văn Lợi", "Phó Bí thư Đảng ủy xã Quảng Hòa"),
 P("Y Đhăm Knul", "Mục sư", "Quản nhiệm chi hội Tin lành Đắk R'Măng"),
 P("Lò Văn Hưng", "trưởng ban dân vận huyện ủy"),
 P("Nguyễn Thị Bích Hạnh", "trưởng ban dân vận huyện ủy")],
[Q("5 tôn giáo", 5, "tôn giáo"), Q("khoảng 166.000 tín đồ", 166000, "tín đồ", "approx"),
 Q("gần 70.000 tín đồ", 70000, "tín đồ", "approx"), Q("38 chi hội", 38, "chi hội"), Q("137 điểm nhóm", 137, "điểm nhóm"),
 Q("6 điểm nhóm", 6, "điểm nhóm"), Q("4 vụ việc", 4, "vụ việc"), Q("2.640 suất quà", 2640, "suất quà"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("46 hộ đồng bào Mông di cư tự do", 46, "hộ đồng bào Mông"),
 Q("3 tổ tự quản tôn giáo", 3, "tổ tự quản tôn giáo"), Q("5 cuộc kiểm tra chuyên đề", 5, "cuộc kiểm tra chuyên đề")],
[D("Kế hoạch", "96", "KH/BDVTU", "2024-01-18", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 18/01/2024"),
 D("Công văn", "312", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 312-CV/BDVTU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Đắk Nông"), com("Quảng Hòa")],
["Ban Dân vận Tỉnh ủy Đắk Nông", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động của Ban",
 "Ảnh: Đồng chí Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận.", "Tin lành Đấng Christ", "4 không", "Lượt truy cập: 128.540"],
["Thứ Sáu, 12/04/2024, 08:05", "quý I/2024", "quý I năm 2024", "quý I", "quý II", "Tết Nguyên đán Giáp Thìn", "lần thứ IV",
 "4 không", "6 tháng", "năm 2024", "Lượt truy cập: 128.540"]))

PAGES.append(page("b2060-quangtri-taphuan-uytin-2024", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ - Dân tộc, tôn giáo - Người có uy tín
Cập nhật: 10:12, 21/06/2024 (GMT+7)
Bồi dưỡng kiến thức cho 120 người có uy tín vùng đồng bào Vân Kiều, Pa Kô
Học viên tham gia lớp bồi dưỡng.
Ngày 19 và 20/6, tại huyện Hướng Hóa, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn, bồi dưỡng kiến thức năm 2024 cho 120 người có uy tín trong đồng bào dân tộc thiểu số ở 2 huyện Hướng Hóa, Đakrông. Dự khai mạc có đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hồ Văn Nhân, Trưởng Ban Dân tộc tỉnh.
Phát biểu khai mạc, đồng chí Hồ Thị Thu Hằng cho biết, Quảng Trị hiện có 238 người có uy tín, trong đó có 12 người là chức sắc, chức việc tôn giáo. Họ là những già làng, trưởng bản, trưởng dòng họ được bà con tin tưởng. Thời gian qua, người có uy tín đã tham gia hòa giải thành 61 vụ việc, vận động đồng bào xóa bỏ 8 hủ tục lạc hậu trong ma chay, cưới hỏi; cung cấp cho lực lượng chức năng hơn 90 nguồn tin về an ninh trật tự khu vực biên giới.
Trong 2 ngày, các học viên được nghe Thạc sĩ Lê Thị Minh Nguyệt, Phó Giám đốc Trường Chính trị Lê Duẩn, giới thiệu chuyên đề về chính sách dân tộc, tôn giáo; Thượng tá Hồ Văn Chiêng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin tình hình biên giới Việt - Lào. Lớp học phổ biến Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Quyết định 1719/QĐ-TTg về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Tại buổi thảo luận, già làng Hồ Văn Pả, người có uy tín thôn A Xóc, xã A Dơi, chia sẻ cách vận động bà con không nghe theo người lạ truyền đạo trái phép; ông Căn Ba Lin, người có uy tín thôn Pa Ling, xã A Bung, cho biết thôn có 63 hộ đã có 47 hộ thoát nghèo. Bà Kray Thị Lợi, Mục sư nhiệm chức, Quản nhiệm chi hội Tin lành Khe Sanh, bày tỏ mong muốn được tham gia các hoạt động từ thiện cùng Mặt trận.
Kết thúc lớp học, mỗi học viên được tặng 1 bộ tài liệu, 1 chiếc radio và tiền hỗ trợ 400.000 đồng. Đồng chí Ăm Thị Bảy, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị người có uy tín tiếp tục là "cánh tay nối dài" của cấp ủy, chính quyền ở cơ sở, phát huy 3 vai trò: tuyên truyền, hòa giải, nắm tình hình.
Theo kế hoạch, năm 2024 tỉnh sẽ mở thêm 2 lớp bồi dưỡng cho người có uy tín ở các huyện Vĩnh Linh, Gio Linh, Cam Lộ. Nội dung chương trình được biên soạn ngắn gọn, có hình ảnh minh họa, phù hợp với người đọc chữ còn hạn chế; một số chuyên đề được dịch sang tiếng Vân Kiều.
Hữu Hiền
Lượt xem: 1.094
Các tin khác
- Hướng Hóa: gặp mặt chức sắc Tin lành (07/06/2024)
- Trao 50 suất quà cho người có uy tín ở Đakrông (22/05/2024)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Hướng Phùng (13/05/2024)
""", "2024-06-21", "Bồi dưỡng kiến thức cho 120 người có uy tín vùng đồng bào Vân Kiều, Pa Kô",
E("tap_huan", "2024", "2024-06-19"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Nhân", "Trưởng Ban Dân tộc tỉnh"),
 P("Lê Thị Minh Nguyệt", "Thạc sĩ", "Phó Giám đốc Trường Chính trị Lê Duẩn"),
 P("Hồ Văn Chiêng", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Pả", "già làng", "người có uy tín thôn A Xóc"),
 P("Căn Ba Lin", "người có uy tín thôn Pa Ling"),
 P("Kray Thị Lợi", "Mục sư nhiệm chức", "Quản nhiệm chi hội Tin lành Khe Sanh"),
 P("Ăm Thị Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 người có uy tín", 120, "người có uy tín"), Q("2 huyện", 2, "huyện"), Q("238 người có uy tín", 238, "người có uy tín"),
 Q("12 người", 12, "người"), Q("61 vụ việc", 61, "vụ việc"), Q("8 hủ tục lạc hậu", 8, "hủ tục lạc hậu"),
 Q("hơn 90 nguồn tin về an ninh trật tự", 90, "nguồn tin về an ninh trật tự", "over"), Q("63 hộ", 63, "hộ"), Q("47 hộ", 47, "hộ"),
 Q("400.000 đồng", 400000, "đồng"), Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Quảng Trị"), com("A Dơi"), com("A Bung")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ - Dân tộc, tôn giáo - Người có uy tín", "Học viên tham gia lớp bồi dưỡng.",
 "Trường Chính trị Lê Duẩn", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "cánh tay nối dài", "Lượt xem: 1.094"],
["Cập nhật: 10:12, 21/06/2024 (GMT+7)", "năm 2024", "2 ngày", "3 vai trò", "1 bộ tài liệu", "1 chiếc radio", "Lượt xem: 1.094"]))

PAGES.append(page("b2061-dienbien-doithoai-tinlanh-2024", """
Cổng thông tin điện tử huyện Mường Nhé
Trang chủ | Tin tức - Sự kiện | Dân vận
19/07/2024 - 15:40
Đối thoại với chức việc, tín đồ Tin lành năm 2024 tại xã Sín Thầu
Chiều 17/7, Ban Thường vụ Huyện ủy Mường Nhé tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với chức việc, tín đồ đạo Tin lành năm 2024 tại xã Sín Thầu. Chủ trì hội nghị có đồng chí Lò Văn Chiến, Bí thư Huyện ủy Mường Nhé; đồng chí Chang A Dũng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Bí thư Huyện ủy Lò Văn Chiến trả lời kiến nghị của bà con.
Tham dự có 112 đại biểu là trưởng, phó điểm nhóm, người có uy tín và tín đồ tiêu biểu của 9 điểm nhóm Tin lành thuộc Tổng hội Hội thánh Tin lành Việt Nam (miền Bắc) trên địa bàn các xã Sín Thầu, Chung Chải, Leng Su Sìn. Đồng chí Hà Thị Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Điện Biên, đến dự và theo dõi hội nghị.
Theo báo cáo, toàn huyện có 52 điểm nhóm Tin lành với 3.912 hộ, 21.360 tín đồ, chủ yếu là đồng bào Mông, Hà Nhì; đã có 47 điểm nhóm được công nhận sinh hoạt tôn giáo tập trung theo Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ. Đồng bào có đạo tích cực tham gia Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", hiến 6.500 m2 đất làm đường, góp 2.800 ngày công.
Tại hội nghị, 17 ý kiến được nêu. Ông Sùng A Vảng, Trưởng điểm nhóm Tin lành bản Tả Ló San, đề nghị hỗ trợ đất xây nhà sinh hoạt tôn giáo; ông Lý Chừ Ma, người có uy tín bản Sín Thầu, kiến nghị nâng cấp đường lên bản A Pa Chải; bà Giàng Thị Say, tín đồ bản Nậm Pố, hỏi về chính sách hỗ trợ nhà ở cho hộ nghèo theo Chương trình 1719.
Trả lời các ý kiến, đồng chí Lò Văn Chiến khẳng định: năm 2024, huyện sẽ bố trí 1,2 tỷ đồng để sửa chữa 2 tuyến đường; giao UBND huyện rà soát quỹ đất cho 3 điểm nhóm đủ điều kiện; hoàn thành hỗ trợ làm 145 căn nhà cho hộ nghèo trước 31/12/2024, mỗi căn được hỗ trợ 44 triệu đồng. Đồng chí Chang A Dũng thông tin về việc huyện đang thực hiện Kế hoạch số 174-KH/HU ngày 12/4/2024 của Ban Thường vụ Huyện ủy về công tác vận động đồng bào theo đạo Tin lành giai đoạn 2024-2025.
Kết thúc hội nghị, các chức việc Tin lành: Sùng A Vảng, Vàng A Phềnh, Giàng A Chư cùng ký cam kết hướng dẫn tín đồ sinh hoạt theo đúng nội dung đăng ký, không truyền đạo trái phép qua biên giới. Huyện ủy giao Ban Dân vận Huyện ủy tổng hợp, theo dõi việc giải quyết 17 ý kiến, báo cáo trong quý IV.
Quàng Hương
Lượt xem: 386
Tin liên quan
- Mường Nhé: giao ban công tác dân vận 6 tháng đầu năm (08/07/2024)
- Trao 100 suất quà cho học sinh nghèo vùng biên (20/06/2024)
- Hội nghị người có uy tín huyện Mường Nhé (31/05/2024)
""", "2024-07-19", "Đối thoại với chức việc, tín đồ Tin lành năm 2024 tại xã Sín Thầu",
E("doi_thoai", "2024", "2024-07-17"),
[P("Lò Văn Chiến", "Bí thư Huyện ủy Mường Nhé", "Bí thư Huyện ủy"),
 P("Chang A Dũng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hà Thị Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Điện Biên"),
 P("Sùng A Vảng", "Trưởng điểm nhóm Tin lành bản Tả Ló San", "chức việc Tin lành"),
 P("Lý Chừ Ma", "người có uy tín bản Sín Thầu"),
 P("Giàng Thị Say"),
 P("Vàng A Phềnh", "chức việc Tin lành"),
 P("Giàng A Chư", "chức việc Tin lành")],
[Q("112 đại biểu", 112, "đại biểu"), Q("9 điểm nhóm Tin lành", 9, "điểm nhóm Tin lành"), Q("52 điểm nhóm Tin lành", 52, "điểm nhóm Tin lành"),
 Q("3.912 hộ", 3912, "hộ"), Q("21.360 tín đồ", 21360, "tín đồ"), Q("47 điểm nhóm", 47, "điểm nhóm"), Q("6.500 m2", 6500, "m2"),
 Q("2.800 ngày công", 2800, "ngày công"), Q("17 ý kiến", 17, "ý kiến"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("2 tuyến đường", 2, "tuyến đường"), Q("3 điểm nhóm", 3, "điểm nhóm"), Q("145 căn nhà", 145, "căn nhà"),
 Q("44 triệu đồng", 44000000, "đồng")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ"),
 D("Kế hoạch", "174", "KH/HU", "2024-04-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 174-KH/HU ngày 12/4/2024 của Ban Thường vụ Huyện ủy")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Leng Su Sìn")],
["Cổng thông tin điện tử huyện Mường Nhé", "Trang chủ | Tin tức - Sự kiện | Dân vận",
 "Bí thư Huyện ủy Lò Văn Chiến trả lời kiến nghị của bà con.", "Tổng hội Hội thánh Tin lành Việt Nam (miền Bắc)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình 1719", "Lượt xem: 386"],
["19/07/2024 - 15:40", "năm 2024", "giai đoạn 2024-2025", "quý IV", "31/12/2024", "Chương trình 1719", "Lượt xem: 386"]))

PAGES.append(page("b2062-thainguyen-hoinghi-chucsac-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ >> Tin tức >> Công tác tôn giáo
Ngày đăng 30/10/2024 | 16:20
Hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2024
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Sáng 29/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2024. Dự hội nghị có 140 đại biểu là chức sắc, chức việc, người có uy tín của các tôn giáo Phật giáo, Công giáo, Tin lành trên địa bàn tỉnh.
Về phía tỉnh có đồng chí Bùi Văn Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ma Thị Nguyệt, Dương Văn Lượng. Về phía các tôn giáo có Thượng tọa Thích Thanh Đạo, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Vinh Sơn Hà Ngọc Tuấn, Quản hạt Thái Nguyên; Mục sư Hoàng Văn Tòng, Quản nhiệm Hội thánh Tin lành Thái Nguyên.
Báo cáo tại hội nghị cho biết, Thái Nguyên hiện có 6 tôn giáo với hơn 42.000 tín đồ, 281 cơ sở thờ tự. Năm 2024, các tổ chức tôn giáo đã vận động tín đồ ủng hộ Quỹ "Vì người nghèo" và khắc phục hậu quả cơn bão số 3 (Yagi) với tổng số tiền trên 4,6 tỷ đồng, 35 tấn lương thực; các chùa, nhà thờ đã mở cửa làm nơi trú tạm cho 1.270 người dân vùng ngập lụt. Giáo xứ Thái Nguyên tặng 300 suất quà cho các hộ bị thiệt hại, mỗi suất trị giá 1,5 triệu đồng.
Tại hội nghị, Ni sư Thích Đàm Hạnh, trụ trì chùa Hang, chia sẻ việc tổ chức bếp ăn từ thiện tại bệnh viện; Linh mục Vinh Sơn Hà Ngọc Tuấn đề nghị chính quyền sớm hoàn thiện hồ sơ giao đất cho 2 giáo họ ở huyện Phú Lương. Đại diện Tin lành kiến nghị hỗ trợ đăng ký sinh hoạt cho 4 điểm nhóm người Dao, người Nùng ở huyện Võ Nhai.
Phát biểu tại hội nghị, đồng chí Bùi Văn Lương ghi nhận sự đóng góp của đồng bào các tôn giáo, đề nghị các chức sắc tiếp tục hướng dẫn tín đồ thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương Đảng về phát huy sức mạnh khối đại đoàn kết toàn dân tộc; tham gia góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XXI. Đồng chí Trần Thanh Thủy, Phó Trưởng Ban Dân vận Tỉnh ủy, tiếp thu các ý kiến và giao phòng chuyên môn theo dõi giải quyết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 15 tập thể, 22 cá nhân là chức sắc, chức việc có thành tích trong phong trào thi đua yêu nước.
Hội nghị được tổ chức hằng năm, là dịp để cấp ủy, chính quyền, Mặt trận lắng nghe tâm tư, nguyện vọng của chức sắc, tín đồ, đồng thời thông tin về tình hình kinh tế - xã hội và chủ trương của tỉnh trong thời gian tới.
Phương Linh
Số lượt truy cập: 812.330
Xem thêm
- Mặt trận tỉnh trao 200 suất quà cho hộ bị ảnh hưởng bão số 3 (25/09/2024)
- Đại Từ: gặp mặt người có uy tín năm 2024 (12/09/2024)
- Hội nghị giao ban công tác Mặt trận quý III (05/10/2024)
""", "2024-10-30", "Hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2024",
E("hoi_nghi", "2024", "2024-10-29"),
[P("Bùi Văn Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Văn Lượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Thanh Đạo", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Vinh Sơn Hà Ngọc Tuấn", "Linh mục", "Quản hạt Thái Nguyên"),
 P("Hoàng Văn Tòng", "Mục sư", "Quản nhiệm Hội thánh Tin lành Thái Nguyên"),
 P("Thích Đàm Hạnh", "Ni sư", "trụ trì chùa Hang"),
 P("Trần Thanh Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("140 đại biểu", 140, "đại biểu"), Q("6 tôn giáo", 6, "tôn giáo"), Q("hơn 42.000 tín đồ", 42000, "tín đồ", "over"),
 Q("281 cơ sở thờ tự", 281, "cơ sở thờ tự"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("35 tấn", 35, "tấn"),
 Q("1.270 người dân", 1270, "người dân"), Q("300 suất quà", 300, "suất quà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("2 giáo họ", 2, "giáo họ"), Q("4 điểm nhóm người Dao, người Nùng", 4, "điểm nhóm người Dao, người Nùng"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương Đảng", "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương Đảng")],
[prov("Thái Nguyên")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ >> Tin tức >> Công tác tôn giáo", "Các đại biểu dự hội nghị chụp ảnh lưu niệm.",
 "Vì người nghèo", "chùa Hang", "Giáo xứ Thái Nguyên", "Số lượt truy cập: 812.330"],
["Ngày đăng 30/10/2024 | 16:20", "năm 2024", "bão số 3", "lần thứ XXI", "Số lượt truy cập: 812.330"]))
