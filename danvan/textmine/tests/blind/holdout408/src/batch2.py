from lib import *
PAGES = []

PAGES.append(page("b9755-kontum-conggiao-giangsinh-traoqua-2017", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ >> Xã hội >> Dân tộc - Tôn giáo
Thứ Sáu, 22/12/2017, 06:15
Thăm, tặng quà các giáo xứ nhân dịp Lễ Giáng sinh 2017
Ngày 21/12, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí A Jar, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Kon Tum và một số giáo xứ vùng đồng bào Ba Na, Xơ Đăng nhân dịp Lễ Giáng sinh.
Đồng chí A Jar tặng quà giáo dân nghèo giáo xứ Đăk Mót. Ảnh: Y Hương
Tại Tòa Giám mục, đồng chí A Jar gửi lời chúc mừng Giám mục Antôn Lê Văn Hòa, Giám mục giáo phận Kon Tum cùng các linh mục, tu sĩ và hơn 300.000 giáo dân trong giáo phận; ghi nhận những đóng góp của đồng bào Công giáo trong phong trào thi đua yêu nước, nhất là các mô hình "Xứ đạo văn hóa", "Giáo họ không có người vi phạm pháp luật". Giám mục Antôn Lê Văn Hòa cảm ơn sự quan tâm của lãnh đạo tỉnh, cho biết giáo phận sẽ tiếp tục hướng dẫn giáo dân "sống Phúc âm giữa lòng dân tộc".
Tại giáo xứ Đăk Mót (xã Đăk Mar) và giáo họ Kon Rơbang (xã Ngọc Réo), đoàn đã trao 500 phần quà cho giáo dân nghèo, mỗi phần quà trị giá 400.000 đồng gồm gạo, dầu ăn và tiền mặt; tổng trị giá gần 230 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động từ các doanh nghiệp. Cùng dịp, Quỹ Vì người nghèo tỉnh hỗ trợ 3 căn nhà Đại đoàn kết cho hộ giáo dân đặc biệt khó khăn, mỗi căn 50 triệu đồng.
Linh mục Micae Nguyễn Văn Nhạn, Quản nhiệm giáo xứ Đăk Mót, cho biết năm qua giáo dân trong xứ đã hiến 2.700 m2 đất mở rộng đường liên thôn, 41 hộ thoát nghèo. Ông A Nhương, Trùm họ đạo làng Kon Rơbang, bày tỏ phấn khởi vì con đường bê tông về làng đã hoàn thành trước Lễ Giáng sinh. Theo Ban Tôn giáo tỉnh, trong năm 2017 đồng bào Công giáo toàn tỉnh đã góp công, góp đất làm 54 km đường giao thông nông thôn; 87 giáo họ đạt danh hiệu khu dân cư văn hóa.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Thị Liên, Nguyễn Đức Toàn cùng tham gia đoàn công tác, chúc mừng Ban Hành giáo các giáo xứ thuộc thành phố Kon Tum và phường Thắng Lợi.
Đồng chí A Jar đề nghị chức sắc, chức việc tiếp tục tuyên truyền Luật Tín ngưỡng, tôn giáo năm 2016 sẽ có hiệu lực từ ngày 1/1/2018; phối hợp chính quyền thực hiện Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và vận động đồng bào dân tộc thiểu số theo đạo. Hoạt động thăm, tặng quà được tổ chức theo kế hoạch số 92-KH/BDVTU của Ban Dân vận Tỉnh ủy.
Y Hương
Tin liên quan
- Chúc mừng Giáng sinh các chi hội Tin lành tại Kon Plông (20/12/2017)
- Đăk Hà: 12 giáo họ ký giao ước thi đua "Xứ đạo văn hóa" (04/12/2017)
- Kon Tum gặp mặt 250 người có uy tín (24/11/2017)
""", "2017-12-22", "Thăm, tặng quà các giáo xứ nhân dịp Lễ Giáng sinh 2017",
E("trao_qua", None, "2017-12-21"),
[P("A Jar", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Antôn Lê Văn Hòa", "Giám mục", "Giám mục giáo phận Kon Tum"),
 P("Micae Nguyễn Văn Nhạn", "Linh mục", "Quản nhiệm giáo xứ Đăk Mót"),
 P("A Nhương", "Trùm họ đạo làng Kon Rơbang"),
 P("Y Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 300.000 giáo dân", 300000, "giáo dân", "over"), Q("500 phần quà", 500, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("gần 230 triệu đồng", 230000000, "đồng", "approx"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("2.700 m2", 2700, "m2"), Q("41 hộ", 41, "hộ"), Q("54 km", 54, "km"), Q("87 giáo họ", 87, "giáo họ")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kế hoạch", "92", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 92-KH/BDVTU")],
[prov("Kon Tum"), com("Đăk Mar"), com("Ngọc Réo"), com("Thắng Lợi")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ >> Xã hội >> Dân tộc - Tôn giáo",
 "Đồng chí A Jar tặng quà giáo dân nghèo giáo xứ Đăk Mót. Ảnh: Y Hương", "Tòa Giám mục Kon Tum", "Xứ đạo văn hóa",
 "Giáo họ không có người vi phạm pháp luật", "sống Phúc âm giữa lòng dân tộc", "Quỹ Vì người nghèo",
 "Luật Tín ngưỡng, tôn giáo năm 2016"],
["Thứ Sáu, 22/12/2017, 06:15", "Lễ Giáng sinh 2017", "năm 2016", "1/1/2018", "năm 2017"]))

PAGES.append(page("b9756-bentre-mocaynam-caodai-soket-2018", """
Báo Đồng Khởi Online
Chính trị - Xây dựng Đảng / Dân vận
Cập nhật lúc 15:30 ngày 10/07/2018
Quang cảnh hội nghị.
Mỏ Cày Nam: Phát huy vai trò chức sắc Cao Đài trong xây dựng nông thôn mới
Sáng 9/7, Ban Dân vận Huyện ủy Mỏ Cày Nam (tỉnh Bến Tre) tổ chức hội nghị sơ kết công tác vận động đồng bào có đạo 6 tháng đầu năm 2018, trọng tâm là đồng bào Cao Đài. Đồng chí Lê Thị Ngọc Diễm, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Huyện hiện có 32 cơ sở thờ tự Cao Đài thuộc các hệ phái Cao Đài Tây Ninh, Cao Đài Ban Chỉnh đạo và Cao Đài Tiên Thiên, với hơn 17.000 tín đồ. Sáu tháng qua, thực hiện Nghị quyết chuyên đề số 09-NQ/HU của Ban Thường vụ Huyện ủy về phát huy vai trò tôn giáo trong xây dựng nông thôn mới, các thánh thất, điện thờ đã vận động tín đồ đóng góp 1,8 tỷ đồng, hiến 4.200 m2 đất làm đường, xây 12 căn nhà Đại đoàn kết và 5 cây cầu giao thông nông thôn.
Phong trào thi đua "Tốt đời, đẹp đạo" được triển khai đến 100% họ đạo; có 23 gương điển hình trong tín đồ Cao Đài được biểu dương cấp huyện. Đồng chí Trần Minh Trí, Phó Chủ tịch UBND huyện, cho biết đến nay huyện có 11/16 xã đạt chuẩn nông thôn mới, trong đó có sự đóng góp không nhỏ của đồng bào Cao Đài. Thánh thất Cao Đài Ban Chỉnh đạo ở xã Minh Đức đã vận động 74 hộ tín đồ cải tạo vườn tạp, trồng dừa xiêm xanh, giúp thu nhập bình quân tăng 18%. Tuy nhiên, vẫn còn 2 trường hợp xây dựng công trình phụ của cơ sở thờ tự chưa đúng thủ tục.
Tại hội nghị, Lễ sanh Ngọc Tâm Thanh, Cai quản Thánh thất An Định, chia sẻ: thánh thất thành lập tổ từ thiện gồm 15 tín đồ, mỗi tháng nấu 600 suất cơm cho bệnh nhân Bệnh viện huyện. Bà Nguyễn Thị Bé Sáu, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện, đề nghị nhân rộng mô hình "Thánh thất xanh - sạch - đẹp" ra các xã Thành Thới A, Cẩm Sơn.
Các Phó Trưởng Ban Dân vận Huyện ủy: Võ Thị Mộng Cầm, Nguyễn Hữu Lộc thông tin về việc thực hiện Kế hoạch 21-KH/BDVHU ngày 15/01/2018 của Ban Dân vận Huyện ủy và Hướng dẫn số 36-HD/BDVTW ngày 20/10/2017 của Ban Dân vận Trung ương về công tác dân vận đối với tôn giáo.
Kết luận hội nghị, đồng chí Lê Thị Ngọc Diễm đề nghị 6 tháng cuối năm các cơ quan tiếp tục tuyên truyền Luật Tín ngưỡng, tôn giáo, Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; tổ chức gặp mặt chức sắc nhân Đại lễ Hội Yến Diêu Trì Cung; giải quyết dứt điểm 2 trường hợp tồn đọng nêu trên trước ngày 30/9.
Hữu Hiệp
Lượt xem: 1.087
Tin cùng chuyên mục
- Châu Thành: 18 họ đạo ký kết thi đua xây dựng nông thôn mới (03/07/2018)
- Ba Tri họp mặt 80 chức sắc, chức việc các tôn giáo (26/06/2018)
- Giồng Trôm: tôn vinh 35 điển hình "Dân vận khéo" (12/06/2018)
""", "2018-07-10", "Mỏ Cày Nam: Phát huy vai trò chức sắc Cao Đài trong xây dựng nông thôn mới",
E("so_ket", "2018-H1", "2018-07-09"),
[P("Lê Thị Ngọc Diễm", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ngọc Tâm Thanh", "Lễ sanh", "Cai quản Thánh thất An Định"),
 P("Nguyễn Thị Bé Sáu", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Thị Mộng Cầm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Hữu Lộc", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Minh Trí", "Phó Chủ tịch UBND huyện")],
[Q("32 cơ sở thờ tự Cao Đài", 32, "cơ sở thờ tự Cao Đài"), Q("hơn 17.000 tín đồ", 17000, "tín đồ", "over"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("4.200 m2", 4200, "m2"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("5 cây cầu giao thông nông thôn", 5, "cây cầu giao thông nông thôn"), Q("100%", 100, "%"),
 Q("23 gương điển hình", 23, "gương điển hình"), Q("11/16 xã", 11, "xã"), Q("74 hộ tín đồ", 74, "hộ tín đồ"), Q("18%", 18, "%"), Q("2 trường hợp", 2, "trường hợp"), Q("15 tín đồ", 15, "tín đồ"),
 Q("600 suất cơm", 600, "suất cơm")],
[D("Nghị quyết", "09", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết chuyên đề số 09-NQ/HU"),
 D("Kế hoạch", "21", "KH/BDVHU", "2018-01-15", "Ban Dân vận Huyện ủy", "Kế hoạch 21-KH/BDVHU ngày 15/01/2018"),
 D("Hướng dẫn", "36", "HD/BDVTW", "2017-10-20", "Ban Dân vận Trung ương", "Hướng dẫn số 36-HD/BDVTW ngày 20/10/2017"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017")],
[prov("Bến Tre"), com("Minh Đức"), com("Thành Thới A"), com("Cẩm Sơn")],
["Báo Đồng Khởi Online", "Chính trị - Xây dựng Đảng / Dân vận", "Quang cảnh hội nghị.", "Tốt đời, đẹp đạo",
 "Thánh thất xanh - sạch - đẹp", "Luật Tín ngưỡng, tôn giáo", "Đại lễ Hội Yến Diêu Trì Cung", "Lượt xem: 1.087"],
["Cập nhật lúc 15:30 ngày 10/07/2018", "6 tháng đầu năm 2018", "Sáu tháng qua", "6 tháng cuối năm", "Lượt xem: 1.087"]))

PAGES.append(page("b9757-daklak-bdv-tinlanh-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Văn bản - Báo cáo | Công tác tôn giáo
Ngày 16/04/2019 | 14:05
Kết quả công tác vận động đồng bào theo đạo Tin lành quý I/2019
Ban Dân vận Tỉnh ủy vừa ban hành Báo cáo số 215-BC/BDVTU ngày 15/4/2019 gửi Ban Dân vận Trung ương về kết quả công tác vận động đồng bào theo đạo Tin lành trên địa bàn tỉnh Đắk Lắk quý I năm 2019. Báo cáo do đồng chí Y Thuyên Ktla, Phó Trưởng Ban Dân vận Tỉnh ủy ký.
Theo báo cáo, toàn tỉnh hiện có khoảng 212.000 tín đồ Tin lành, trong đó gần 70% là đồng bào dân tộc thiểu số tại chỗ Êđê, M'nông, Gia Rai. Hội thánh Tin lành Việt Nam (miền Nam) có 160 chi hội đã được công nhận; 85 điểm nhóm được cấp đăng ký sinh hoạt tôn giáo tập trung. Trong quý I, các cấp chính quyền tiếp tục thực hiện Chỉ thị 18-CT/TW ngày 10/01/2018 của Ban Bí thư và Nghị định số 162/2017/NĐ-CP của Chính phủ; đã giải quyết đăng ký cho 6 điểm nhóm mới.
Phong trào thi đua yêu nước trong tín đồ Tin lành có nhiều chuyển biến. Các chi hội đã vận động tín đồ hiến 3,5 ha đất làm đường, trường học; giúp đỡ 1.150 hộ tín đồ nghèo với tổng số tiền hơn 2,1 tỷ đồng. Mục sư Y Siêng Niê, Quản nhiệm Chi hội Tin lành Buôn Ea Kmar, xã Ea Tul, được UBND tỉnh tặng Bằng khen vì thành tích vận động 42 hộ tín đồ bỏ tập tục lạc hậu. Đáng chú ý, 38 chi hội đã ký kết giao ước thi đua với Ủy ban MTTQ cấp xã về xây dựng "Buôn, làng bình yên"; tín đồ tham gia 214 tổ tự quản an ninh trật tự ở các buôn.
Báo cáo cũng chỉ ra một số vấn đề phức tạp: trong quý xảy ra 5 vụ tụ tập đông người tại các buôn có đông tín đồ; nhóm "Tin lành Đấng Christ" vẫn lén lút hoạt động ở xã Cư Pui; 4 trường hợp tuyên truyền đạo trái phép đã được lực lượng chức năng vận động, giáo dục.
Về nhiệm vụ quý II, Ban Dân vận Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy sơ kết Kết luận 72, 73-KL/TU về công tác Tin lành vùng đồng bào dân tộc thiểu số; phối hợp Ban Tôn giáo tỉnh tổ chức lớp bồi dưỡng cho 120 chức sắc, chức việc. Bà H'Nga Mlô, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, cho biết ban sẽ phối hợp với Truyền đạo Y Sen Byă và các mục sư quản nhiệm xây dựng 10 mô hình "Chi hội Tin lành tốt đời, đẹp đạo" trong năm 2019.
Đồng chí Y Kim Ayŭn, Chủ tịch UBND xã Cư Pui, và ông Phan Văn Thuận, Phó Trưởng ban Tôn giáo tỉnh, là những người được báo cáo ghi nhận có nhiều cách làm hay trong đối thoại, tiếp nhận ý kiến của tín đồ.
BDV
Tin liên quan
- Hội nghị giao ban khối dân vận quý I/2019 (05/04/2019)
- Krông Bông: gặp mặt 65 chức sắc, chức việc Tin lành (28/03/2019)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở (12/03/2019)
""", "2019-04-16", "Kết quả công tác vận động đồng bào theo đạo Tin lành quý I/2019",
E("bao_cao", "2019-Q1", "2019-04-15"),
[P("Y Thuyên Ktla", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Siêng Niê", "Mục sư", "Quản nhiệm Chi hội Tin lành Buôn Ea Kmar"),
 P("H'Nga Mlô", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Sen Byă", "Truyền đạo"),
 P("Y Kim Ayŭn", "Chủ tịch UBND xã Cư Pui"),
 P("Phan Văn Thuận", "Phó Trưởng ban Tôn giáo tỉnh")],
[Q("khoảng 212.000 tín đồ Tin lành", 212000, "tín đồ Tin lành", "approx"), Q("gần 70%", 70, "%", "approx"),
 Q("160 chi hội", 160, "chi hội"), Q("85 điểm nhóm", 85, "điểm nhóm"), Q("6 điểm nhóm mới", 6, "điểm nhóm mới"),
 Q("3,5 ha", 3.5, "ha"), Q("1.150 hộ tín đồ nghèo", 1150, "hộ tín đồ nghèo"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("42 hộ tín đồ", 42, "hộ tín đồ"), Q("38 chi hội", 38, "chi hội"), Q("214 tổ tự quản an ninh trật tự", 214, "tổ tự quản an ninh trật tự"), Q("5 vụ tụ tập đông người", 5, "vụ tụ tập đông người"),
 Q("4 trường hợp", 4, "trường hợp"), Q("120 chức sắc, chức việc", 120, "chức sắc, chức việc"), Q("10 mô hình", 10, "mô hình")],
[D("Báo cáo", "215", "BC/BDVTU", "2019-04-15", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 15/4/2019"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 10/01/2018"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Kết luận", "72", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 72, 73-KL/TU"),
 D("Kết luận", "73", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 72, 73-KL/TU")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Văn bản - Báo cáo | Công tác tôn giáo",
 "Tin lành Đấng Christ", "Chi hội Tin lành tốt đời, đẹp đạo", "Buôn Ea Kmar", "Buôn, làng bình yên"],
["Ngày 16/04/2019 | 14:05", "quý I năm 2019", "quý II", "năm 2019"]))

PAGES.append(page("b9758-hanoi-nisu-chandung-2020", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Thứ Năm, 07/05/2020
You are here: Home > Xã hội > Tôn giáo
06/05/2020 | 07:05
Ni sư Thích Nữ Huệ Tâm: Lan tỏa tấm lòng từ bi giữa mùa dịch
(HNM) - Suốt những tuần thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, cổng chùa Linh Quang ở phường Bồ Đề, quận Long Biên luôn có hàng dài người lao động tự do xếp hàng nhận gạo, rau và những suất cơm chay nóng hổi. Người đứng sau những việc làm ấy là Ni sư Thích Nữ Huệ Tâm, trụ trì chùa Linh Quang.
Ni sư Thích Nữ Huệ Tâm (bìa phải) trao gạo cho người lao động tự do. Ảnh: Thu Hà
Hưởng ứng phong trào thi đua "Cả nước chung tay phòng, chống dịch COVID-19" và lời kêu gọi của Trung ương Giáo hội Phật giáo Việt Nam, Ni sư cùng các Phật tử trong đạo tràng lắp đặt một "cây ATM gạo" ngay từ đầu tháng 4. Chỉ sau một tháng, chùa đã trao hơn 12 tấn gạo, 3.600 suất cơm chay và 2.000 khẩu trang cho người dân khó khăn; tổng kinh phí gần 185 triệu đồng, hoàn toàn do Phật tử và nhà hảo tâm đóng góp.
"Đạo Phật dạy từ bi, cứu khổ. Khi đồng bào mình gặp khó, nhà chùa không thể đứng ngoài", Ni sư chia sẻ. Không chỉ trong mùa dịch, nhiều năm nay Ni sư, hiện là Phó Trưởng ban Từ thiện xã hội Ban Trị sự Giáo hội Phật giáo Việt Nam quận Long Biên, thường xuyên dẫn đoàn Phật tử đi thăm, tặng quà đồng bào vùng cao, xây 7 cây cầu dân sinh ở Hà Giang, Lai Châu. Ni sư xuất gia từ nhỏ tại một ngôi chùa ở quê Nam Định, về trụ trì chùa Linh Quang đã gần hai mươi năm; lớp học tình thương của chùa duy trì đều đặn mỗi tối, giúp 45 trẻ em con em người lao động nhập cư học thêm miễn phí.
Chị Nguyễn Thị Lụa, người bán hàng rong quê Thanh Hóa thuê trọ tại phường Ngọc Thụy, xúc động: "Mất việc cả tháng nay, may có gạo nhà chùa mà mẹ con tôi qua được mùa dịch".
Ông Đỗ Quang Hưng, Chủ tịch Ủy ban MTTQ phường Bồ Đề, cho biết hoạt động của nhà chùa được tổ chức theo đúng hướng dẫn phòng dịch: người nhận đứng cách nhau 2 m, đeo khẩu trang, rửa tay sát khuẩn. Năm 2019, chùa Linh Quang được UBND thành phố tặng Bằng khen trong phong trào thi đua "Tốt đời, đẹp đạo".
Theo Thượng tọa Thích Minh Tịnh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam quận Long Biên, trên địa bàn quận đã có 26 ngôi chùa tổ chức phát gạo, suất ăn miễn phí trong đợt giãn cách; những tấm gương như Ni sư Thích Nữ Huệ Tâm là minh chứng sinh động cho tinh thần "Đạo pháp - Dân tộc - Chủ nghĩa xã hội" của Phật giáo Việt Nam.
Thu Hà
Lượt xem: 3.412
Bài viết liên quan
- Phật giáo Thủ đô ủng hộ hơn 20 tỷ đồng phòng, chống dịch (28/04/2020)
- Lắp đặt 15 cây "ATM gạo" miễn phí tại Hà Nội (15/04/2020)
- Đại lễ Phật đản năm 2020 tổ chức trực tuyến (02/04/2020)
""", "2020-05-06", "Ni sư Thích Nữ Huệ Tâm: Lan tỏa tấm lòng từ bi giữa mùa dịch",
E("khac", None, None),
[P("Thích Nữ Huệ Tâm", "Ni sư", "trụ trì chùa Linh Quang",
   "Phó Trưởng ban Từ thiện xã hội Ban Trị sự Giáo hội Phật giáo Việt Nam quận Long Biên"),
 P("Nguyễn Thị Lụa"),
 P("Đỗ Quang Hưng", "Chủ tịch Ủy ban MTTQ phường Bồ Đề"),
 P("Thích Minh Tịnh", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam quận Long Biên")],
[Q("hơn 12 tấn", 12, "tấn", "over"), Q("3.600 suất cơm chay", 3600, "suất cơm chay"),
 Q("2.000 khẩu trang", 2000, "khẩu trang"), Q("gần 185 triệu đồng", 185000000, "đồng", "approx"),
 Q("7 cây cầu dân sinh", 7, "cây cầu dân sinh"), Q("45 trẻ em", 45, "trẻ em"), Q("2 m", 2, "m"), Q("26 ngôi chùa", 26, "ngôi chùa")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Hà Nội"), com("Bồ Đề"), com("Ngọc Thụy"), prov("Hà Giang"), prov("Lai Châu"), prov("Nam Định"), prov("Thanh Hóa")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "You are here: Home > Xã hội > Tôn giáo",
 "(HNM)", "Ni sư Thích Nữ Huệ Tâm (bìa phải) trao gạo cho người lao động tự do. Ảnh: Thu Hà",
 "Cả nước chung tay phòng, chống dịch COVID-19", "cây ATM gạo", "Tốt đời, đẹp đạo",
 "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "chùa Linh Quang", "Lượt xem: 3.412"],
["Thứ Năm, 07/05/2020", "06/05/2020 | 07:05", "COVID-19", "một tháng", "Năm 2019", "Lượt xem: 3.412"]))

PAGES.append(page("b9759-nghean-quynhluu-tiepxuccutri-2021", """
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Bầu cử Quốc hội và HĐND các cấp
28/04/2021 16:20
Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri vùng giáo Quỳnh Lưu
(Baonghean.vn) - Chiều 27/4, tại nhà văn hóa xóm 3, xã Quỳnh Yên, Ban Thường trực Ủy ban MTTQ huyện Quỳnh Lưu phối hợp tổ chức Hội nghị tiếp xúc cử tri cho những người ứng cử đại biểu Quốc hội khóa XV ở đơn vị bầu cử số 2. Gần 400 cử tri, phần đông là giáo dân các giáo xứ Thọ Ninh, Xuân Phong, về dự.
Cử tri giáo xứ Xuân Phong phát biểu tại hội nghị. Ảnh: Thanh Lê
Theo Ủy ban MTTQ huyện, Quỳnh Lưu hiện có 18 giáo xứ với hơn 52.000 giáo dân sinh sống ở 11 xã ven biển và vùng bãi ngang.
Tại hội nghị, 5 ứng cử viên đã trình bày chương trình hành động nếu trúng cử. Linh mục Giuse Trần Hữu Nghĩa, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, cam kết sẽ tiếp tục vận động bà con giáo dân thực hiện tốt phong trào thi đua "Giáo xứ văn minh, an toàn", "sống Phúc âm giữa lòng dân tộc", chăm lo phát triển kinh tế biển. Bà Lô Thị Kim Ngân, Phó Chủ tịch Hội LHPN tỉnh, người dân tộc Thái, nhấn mạnh việc bảo vệ quyền lợi phụ nữ, trẻ em vùng bãi ngang.
Ông Vi Văn Sơn, Phó Trưởng Ban Dân tộc tỉnh, và ông Hồ Sỹ Tâm, Giám đốc Sở Nông nghiệp và PTNT, cũng trình bày chương trình hành động của mình. Các ứng cử viên được giới thiệu theo Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.
Có 12 ý kiến của cử tri gửi tới các ứng cử viên. Ông Phạm Văn Cử, Trùm xứ giáo xứ Thọ Ninh, đề nghị sớm nạo vét cửa lạch, xây dựng khu neo đậu tránh trú bão cho hơn 300 tàu cá của ngư dân xã Sơn Hải và Quỳnh Yên. Cử tri Hoàng Thị Nhàn phản ánh giá vật tư nông nghiệp tăng, đề nghị có chính sách hỗ trợ 1.200 hộ trồng lúa bị thiệt hại do rét đậm.
Đồng chí Nguyễn Văn Hảo, HUV, Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu, cho biết theo kế hoạch số 315-KH/MTTQ-BTT, từ nay đến ngày bầu cử 23/5 huyện sẽ tổ chức 14 hội nghị tiếp xúc cử tri ở các xã có đông đồng bào Công giáo. Năm 2020, Quỳnh Lưu có 98% hộ gia đình Công giáo đạt danh hiệu gia đình văn hóa, giáo dân đóng góp gần 9 tỷ đồng xây dựng nông thôn mới.
Thay mặt các ứng cử viên, Linh mục Giuse Trần Hữu Nghĩa tiếp thu ý kiến, hứa nếu trúng cử sẽ chuyển tải đầy đủ tới Quốc hội và các bộ, ngành.
Thanh Lê
Tin liên quan
- Diễn Châu: 4 ứng cử viên tiếp xúc cử tri vùng giáo (26/04/2021)
- Nghệ An hoàn thành niêm yết danh sách 9.300 ứng cử viên (24/04/2021)
- Chức sắc tôn giáo hưởng ứng ngày hội non sông (20/04/2021)
""", "2021-04-28", "Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri vùng giáo Quỳnh Lưu",
E("hoi_nghi", None, "2021-04-27"),
[P("Giuse Trần Hữu Nghĩa", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hồ Sỹ Tâm", "Giám đốc Sở Nông nghiệp và PTNT"),
 P("Phạm Văn Cử", "Trùm xứ giáo xứ Thọ Ninh"),
 P("Hoàng Thị Nhàn"),
 P("Nguyễn Văn Hảo", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu")],
[Q("Gần 400 cử tri", 400, "cử tri", "approx"), Q("18 giáo xứ", 18, "giáo xứ"), Q("hơn 52.000 giáo dân", 52000, "giáo dân", "over"),
 Q("11 xã ven biển và vùng bãi ngang", 11, "xã ven biển và vùng bãi ngang"), Q("5 ứng cử viên", 5, "ứng cử viên"), Q("12 ý kiến", 12, "ý kiến"),
 Q("hơn 300 tàu cá", 300, "tàu cá", "over"), Q("1.200 hộ", 1200, "hộ"),
 Q("14 hội nghị tiếp xúc cử tri", 14, "hội nghị tiếp xúc cử tri"), Q("98%", 98, "%"),
 Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx")],
[D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 20/6/2020"),
 D("Kế hoạch", "315", "KH/MTTQ-BTT", None, None, "kế hoạch số 315-KH/MTTQ-BTT")],
[prov("Nghệ An"), com("Quỳnh Yên"), com("Sơn Hải")],
["BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự | Bầu cử Quốc hội và HĐND các cấp",
 "(Baonghean.vn)", "Cử tri giáo xứ Xuân Phong phát biểu tại hội nghị. Ảnh: Thanh Lê", "Giáo xứ văn minh, an toàn",
 "sống Phúc âm giữa lòng dân tộc"],
["28/04/2021 16:20", "xóm 3", "khóa XV", "đơn vị bầu cử số 2", "nhiệm kỳ 2021 - 2026", "23/5", "Năm 2020"]))

PAGES.append(page("b9760-tiengiang-bdv-tongiao-soket-2022", """
ẤP BẮC ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Chính trị - Xã hội » Tôn giáo
Thứ Năm, 14/07/2022 10:50
Đồng bào Cao Đài chung tay xây dựng nông thôn mới nâng cao
(ABO) - Ngày 13/7, Ban Dân vận Tỉnh ủy Tiền Giang tổ chức hội nghị sơ kết công tác vận động các tôn giáo 6 tháng đầu năm 2022. Đồng chí Nguyễn Thị Mỹ Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Nguyễn Thị Mỹ Hằng phát biểu kết luận hội nghị. Ảnh: Minh Thành
Tiền Giang có 7 tôn giáo với hơn 390.000 tín đồ; riêng đạo Cao Đài có 68 cơ sở thờ tự và hơn 78.000 tín đồ. Sáu tháng đầu năm, các tổ chức tôn giáo tiếp tục hưởng ứng phong trào thi đua "Tiền Giang chung sức xây dựng nông thôn mới", vận động tín đồ đóng góp 4,6 tỷ đồng xây dựng 22 căn nhà tình thương, làm 9 bếp ăn từ thiện; đồng bào Cao Đài ở các xã Mỹ Phong, Tân Hội hiến hơn 5.000 m2 đất mở rộng đường.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 01, 02-KL/TU về công tác tôn giáo và công tác dân vận vùng đồng bào có đạo; ban hành Kế hoạch số 48-KH/BDVTU ngày 10/1/2022 về thực hiện Chỉ thị 18-CT/TW của Ban Bí thư. Qua nắm tình hình, có 3 vụ việc khiếu nại liên quan đến đất cơ sở tôn giáo, đã giải quyết xong 2 vụ.
Tại hội nghị, Giáo hữu Thượng Chất Thanh, Đầu tộc đạo Cai Lậy, cho biết các họ đạo trong tộc đạo đã duy trì 14 tổ cơm từ thiện, mỗi tuần phục vụ khoảng 2.500 suất ăn tại các bệnh viện. Hiền tài Phạm Văn Dũng, Trưởng ban Cai quản Thánh thất Mỹ Phong, đề nghị các cấp quan tâm hướng dẫn thủ tục sửa chữa cơ sở thờ tự đã xuống cấp.
Đồng chí Trần Văn Lâm, vừa được tín nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin thêm: 6 tháng qua khối dân vận các cấp đã tổ chức 27 cuộc đối thoại với chức sắc, chức việc; tiếp nhận 105 ý kiến, kiến nghị, đến nay đã trả lời 98 ý kiến. Trong phong trào thi đua yêu nước, 15 tập thể và 32 cá nhân tiêu biểu trong các tôn giáo đã được UBND tỉnh tặng Bằng khen.
Kết luận hội nghị, đồng chí Nguyễn Thị Mỹ Hằng đề nghị 6 tháng cuối năm tăng cường nắm tình hình, giải quyết kịp thời những kiến nghị chính đáng của chức sắc, tín đồ; triển khai có hiệu quả Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Minh Thành
Lượt xem: 745
Tin liên quan
- Cai Lậy: 12 họ đạo Cao Đài đạt chuẩn "Họ đạo văn hóa" (06/07/2022)
- Họp mặt chức sắc Phật giáo nhân Đại lễ Phật đản (10/05/2022)
- Gò Công Tây: ra mắt 5 mô hình "Dân vận khéo" (22/04/2022)
""", "2022-07-14", "Đồng bào Cao Đài chung tay xây dựng nông thôn mới nâng cao",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Nguyễn Thị Mỹ Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thượng Chất Thanh", "Giáo hữu", "Đầu tộc đạo Cai Lậy"),
 P("Phạm Văn Dũng", "Hiền tài", "Trưởng ban Cai quản Thánh thất Mỹ Phong"),
 P("Trần Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("7 tôn giáo", 7, "tôn giáo"), Q("hơn 390.000 tín đồ", 390000, "tín đồ", "over"), Q("68 cơ sở thờ tự", 68, "cơ sở thờ tự"),
 Q("hơn 78.000 tín đồ", 78000, "tín đồ", "over"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("22 căn nhà tình thương", 22, "căn nhà tình thương"), Q("9 bếp ăn từ thiện", 9, "bếp ăn từ thiện"),
 Q("hơn 5.000 m2", 5000, "m2", "over"), Q("3 vụ việc khiếu nại", 3, "vụ việc khiếu nại"), Q("2 vụ", 2, "vụ"),
 Q("14 tổ cơm từ thiện", 14, "tổ cơm từ thiện"), Q("khoảng 2.500 suất ăn", 2500, "suất ăn", "approx"),
 Q("27 cuộc đối thoại", 27, "cuộc đối thoại"), Q("105 ý kiến, kiến nghị", 105, "ý kiến, kiến nghị"), Q("98 ý kiến", 98, "ý kiến"),
 Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân tiêu biểu", 32, "cá nhân tiêu biểu")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kế hoạch", "48", "KH/BDVTU", "2022-01-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 48-KH/BDVTU ngày 10/1/2022"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Tiền Giang"), com("Mỹ Phong"), com("Tân Hội")],
["ẤP BẮC ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Chính trị - Xã hội » Tôn giáo", "(ABO)",
 "Đồng chí Nguyễn Thị Mỹ Hằng phát biểu kết luận hội nghị. Ảnh: Minh Thành", "Tiền Giang chung sức xây dựng nông thôn mới",
 "Lượt xem: 745"],
["Thứ Năm, 14/07/2022 10:50", "6 tháng đầu năm 2022", "Sáu tháng đầu năm", "3 năm", "6 tháng qua", "6 tháng cuối năm",
 "Lượt xem: 745"]))
