from lib import *
PAGES = []

PAGES.append(page("b2975-ninhbinh-moi-giangsinh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH
Trang chủ › Chính trị › Dân tộc - Tôn giáo
Thứ Hai, 22/12/2025 | 19:40
Đồng chí Trương Minh Khoa thăm, chúc mừng Tòa Giám mục Bùi Chu.
Ninh Bình: Lãnh đạo tỉnh chúc mừng Lễ Giáng sinh năm 2025 tại 3 giáo phận
Ngày 20 và 21/12/2025, các đoàn công tác của tỉnh Ninh Bình đã đến thăm, chúc mừng Lễ Giáng sinh tại Tòa Giám mục Phát Diệm, Tòa Giám mục Bùi Chu và các giáo xứ thuộc Tổng Giáo phận Hà Nội trên địa bàn tỉnh. Đây là mùa Giáng sinh đầu tiên kể từ khi tỉnh Ninh Bình mới được thành lập trên cơ sở hợp nhất ba tỉnh Hà Nam, Nam Định, Ninh Bình.
Đoàn do đồng chí Trương Minh Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đến thăm Tòa Giám mục Bùi Chu tại xã Xuân Trường. Tiếp đoàn có Đức cha Đaminh Hoàng Minh Tiến, Giám mục Giáo phận Bùi Chu cùng các linh mục trong Tòa Giám mục.
Thông tin tới Đức cha, đồng chí Trương Minh Khoa cho biết sau sắp xếp, tỉnh có 129 xã, phường, dân số gần 4,4 triệu người, trong đó khoảng 800.000 người là đồng bào Công giáo, chiếm gần 18%. Năm 2025, tăng trưởng kinh tế của tỉnh ước đạt 10,6%; toàn tỉnh đã xóa xong 3.240 căn nhà tạm, nhà dột nát, trong đó đồng bào Công giáo và các giáo xứ đóng góp hơn 35 tỷ đồng.
Đồng chí mong Giáo phận tiếp tục đồng hành cùng chính quyền hai cấp, động viên giáo dân thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị, Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và vận động đồng bào Công giáo sau hợp nhất.
Cùng ngày, đoàn do đồng chí Bùi Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã đến thăm Tòa Giám mục Phát Diệm tại xã Phát Diệm. Đức cha Phêrô Lê Quang Vinh, Giám mục Giáo phận Phát Diệm, cảm ơn và khẳng định giáo phận luôn khuyến khích giáo dân sống "tốt đời, đẹp đạo". Đoàn cũng thăm Linh mục Giuse Trần Đức Hiển, Chánh xứ giáo xứ Phủ Lý, phường Phủ Lý.
Đồng chí Hà Văn Tình, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết dịp này các đoàn của tỉnh đã thăm 6 giáo hạt, 2 chi hội Tin lành và trao 1.000 suất quà cho giáo dân nghèo, mỗi suất 500.000 đồng, tổng trị giá 500 triệu đồng.
Ngọc Mai
Lượt xem: 5.610
Tin liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo tỉnh Ninh Bình năm 2025 (12/12/2025)
- Xã Hải Hậu: giáo xứ tham gia xóa nhà tạm cho hộ nghèo (28/11/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác dân vận sau hợp nhất (15/10/2025)
- Phường Nam Định: ra mắt mô hình "Giáo họ văn minh, an toàn" (30/9/2025)
- Xã Giao Thủy vận động giáo dân hiến đất mở rộng đường ven biển (16/9/2025)
""", "2025-12-22", "Ninh Bình: Lãnh đạo tỉnh chúc mừng Lễ Giáng sinh năm 2025 tại 3 giáo phận",
E("khac", None, None),
[P("Trương Minh Khoa", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đaminh Hoàng Minh Tiến", "Giám mục Giáo phận Bùi Chu"),
 P("Bùi Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phêrô Lê Quang Vinh", "Giám mục Giáo phận Phát Diệm"),
 P("Giuse Trần Đức Hiển", "Linh mục", "Chánh xứ giáo xứ Phủ Lý"),
 P("Hà Văn Tình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3 giáo phận", 3, "giáo phận"), Q("129 xã, phường", 129, "xã, phường"), Q("gần 4,4 triệu người", 4400000, "người", "approx"),
 Q("khoảng 800.000 người", 800000, "người", "approx"), Q("gần 18%", 18, "%", "approx"), Q("10,6%", 10.6, "%"),
 Q("3.240 căn nhà tạm, nhà dột nát", 3240, "căn nhà tạm, nhà dột nát"), Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"),
 Q("6 giáo hạt", 6, "giáo hạt"), Q("2 chi hội Tin lành", 2, "chi hội Tin lành"), Q("1.000 suất quà", 1000, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Xuân Trường"), com("Phát Diệm"), com("Phủ Lý")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH", "Trang chủ › Chính trị › Dân tộc - Tôn giáo",
 "Đồng chí Trương Minh Khoa thăm, chúc mừng Tòa Giám mục Bùi Chu.", "tốt đời, đẹp đạo", "Tổng Giáo phận Hà Nội", "Lượt xem: 5.610"],
["Thứ Hai, 22/12/2025 | 19:40", "Ngày 20 và 21/12/2025", "Năm 2025", "Lượt xem: 5.610"]))

PAGES.append(page("b2976-gialai-moi-tongket-tongiao-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo
Hôm nay: Thứ Tư, 14/01/2026
14/01/2026 - 15:45
Đại biểu dự hội nghị. Ảnh: Ban Tuyên giáo và Dân vận Tỉnh ủy
Gia Lai triển khai nhiệm vụ công tác tôn giáo năm 2026
Sáng 13/01/2026, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026; kết nối trực tuyến với 135 điểm cầu xã, phường. Đồng chí Rah Lan Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh Gia Lai mới (hợp nhất từ Gia Lai và Bình Định) vận hành chính quyền địa phương hai cấp. Toàn tỉnh có hơn 1,2 triệu tín đồ của 9 tôn giáo; trong đó đạo Công giáo có khoảng 420.000 giáo dân thuộc Giáo phận Quy Nhơn và Giáo phận Kon Tum, đạo Tin lành có hơn 180.000 tín đồ, phần lớn là đồng bào Jrai, Bahnar.
Trong năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU về công tác tôn giáo sau hợp nhất và về vận động đồng bào Tin lành vùng biên giới; phối hợp với Sở Dân tộc và Tôn giáo hướng dẫn các xã thực hiện Nghị định số 95/2023/NĐ-CP. Các tôn giáo đã đóng góp trên 210 tỷ đồng cho công tác an sinh, xóa 1.650 căn nhà tạm; 92% chức sắc, chức việc được tiếp xúc, gặp mặt ít nhất 2 lần trong năm.
Tại hội nghị, Linh mục Phaolô Nguyễn Văn Hòa, Quản hạt Quy Nhơn, chia sẻ mô hình "Giáo xứ xanh - sạch - đẹp" ở giáo xứ Gò Bồi, xã Tuy Phước. Mục sư Siu Thih, Quản nhiệm Chi hội Tin lành Plei Ơi, xã Ia Dom, cho biết chi hội đã vận động 18 hộ tín đồ từ bỏ "Tin lành Đê Ga". Đồng chí Đinh Văn Tâm, Bí thư Đảng ủy xã Kbang, đề nghị tăng cường cán bộ làm công tác tôn giáo cho cấp xã sau sắp xếp.
Phát biểu kết luận, đồng chí Rah Lan Mai yêu cầu năm 2026 các cấp ủy tiếp tục thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín và Kế hoạch số 12-KH/BTGDVTU ngày 05/01/2026 về công tác tôn giáo năm 2026; kịp thời nắm tình hình, giải quyết kiến nghị chính đáng của chức sắc, tín đồ ngay tại cơ sở; chuẩn bị tốt các đoàn thăm, chúc mừng dịp Lễ Phục sinh và Tết Nguyên đán.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác dân tộc, tôn giáo năm 2025.
Kpă Nhi
Lượt xem: 2.748
Tin liên quan
- Gặp mặt chức sắc Tin lành nhân dịp Giáng sinh 2025 (22/12/2025)
- Xã Ia Grai tổ chức đối thoại với người có uy tín (10/12/2025)
- Hội nghị triển khai Luật Tín ngưỡng, tôn giáo cho cán bộ cấp xã (25/11/2025)
""", "2026-01-14", "Gia Lai triển khai nhiệm vụ công tác tôn giáo năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Rah Lan Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phaolô Nguyễn Văn Hòa", "Linh mục", "Quản hạt Quy Nhơn"),
 P("Siu Thih", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Ơi"),
 P("Đinh Văn Tâm", "Bí thư Đảng ủy xã Kbang")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("hơn 1,2 triệu tín đồ", 1200000, "tín đồ", "over"),
 Q("9 tôn giáo", 9, "tôn giáo"), Q("khoảng 420.000 giáo dân", 420000, "giáo dân", "approx"),
 Q("hơn 180.000 tín đồ", 180000, "tín đồ", "over"), Q("trên 210 tỷ đồng", 210000000000, "đồng", "over"),
 Q("1.650 căn nhà tạm", 1650, "căn nhà tạm"), Q("92%", 92, "%"), Q("18 hộ tín đồ", 18, "hộ tín đồ"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2026-01-05", None, "Kế hoạch số 12-KH/BTGDVTU ngày 05/01/2026")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Tuy Phước"), com("Ia Dom"), com("Kbang")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo",
 "Hôm nay: Thứ Tư, 14/01/2026", "Đại biểu dự hội nghị. Ảnh: Ban Tuyên giáo và Dân vận Tỉnh ủy", "Giáo xứ xanh - sạch - đẹp",
 "Tin lành Đê Ga", "Giáo phận Quy Nhơn", "Lượt xem: 2.748"],
["Hôm nay: Thứ Tư, 14/01/2026", "14/01/2026 - 15:45", "năm 2026", "năm 2025", "ít nhất 2 lần", "Lượt xem: 2.748"]))

PAGES.append(page("b2977-dongnai-moi-phucsinh-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Chính trị | Tôn giáo
Ngày 06/04/2026 | 11:25
Lãnh đạo tỉnh chúc mừng Lễ Phục sinh tại Tòa Giám mục Xuân Lộc
(ĐN) - Nhân dịp Lễ Phục sinh năm 2026, ngày 04/4, đồng chí Hồ Thanh Phong, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai dẫn đầu đoàn công tác đến thăm, chúc mừng Tòa Giám mục Giáo phận Xuân Lộc tại phường Xuân Lộc.
Đức cha Giuse Đinh Quang Trường chia vui cùng đoàn công tác.
Tiếp đoàn có Đức cha Giuse Đinh Quang Trường, Giám mục Giáo phận Xuân Lộc; Linh mục Phanxicô Xaviê Lê Văn Hùng, Tổng Đại diện Giáo phận; Linh mục Giuse Vũ Đức Quang, Chánh văn phòng Tòa Giám mục.
Đồng chí Hồ Thanh Phong thông tin, sau hợp nhất với tỉnh Bình Phước, Đồng Nai có diện tích hơn 12.700 km2, dân số khoảng 4,5 triệu người; đồng bào Công giáo chiếm khoảng 26%, sinh hoạt tại 340 giáo xứ thuộc các giáo phận Xuân Lộc, Bà Rịa, Phú Cường và Ban Mê Thuột. Quý I năm 2026, các giáo xứ đã đóng góp trên 28 tỷ đồng hỗ trợ người nghèo, học sinh khó khăn; nhiều giáo xứ ở phường Biên Hòa, xã Thống Nhất tham gia phong trào "Sống tốt đời, đẹp đạo" gắn với xây dựng đô thị văn minh.
Đồng chí đề nghị Giáo phận tiếp tục đồng hành cùng chính quyền thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và Chương trình hành động số 05-CTr/TU của Tỉnh ủy về công tác tôn giáo giai đoạn 2026 - 2030, nhất là trong vận động giáo dân hiến đất cho các công trình giao thông trọng điểm.
Đức cha Giuse Đinh Quang Trường cảm ơn lãnh đạo tỉnh, cho biết Giáo phận luôn khuyến khích các giáo xứ chăm lo người nghèo; chỉ riêng Caritas Xuân Lộc năm 2025 đã trao hơn 15.000 phần quà và 640 suất học bổng.
Trong không khí vui tươi của mùa Phục sinh, hai bên cùng trao đổi về việc chuẩn bị cho các đại lễ sắp tới, bảo đảm an ninh trật tự, an toàn giao thông khi hàng chục nghìn giáo dân về dự lễ tại các trung tâm hành hương.
Cùng ngày, đoàn do đồng chí Điểu Thị Hường, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã thăm, chúc mừng Hội thánh Tin lành Việt Nam (miền Nam) - Chi hội Đồng Xoài tại phường Đồng Xoài. Mục sư Y Bi Niê, Quản nhiệm Chi hội, cho biết chi hội có khoảng 650 tín đồ, trong năm đã cùng chính quyền phường hỗ trợ xây 2 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Đoàn tặng chi hội 50 phần quà Phục sinh.
Hoàng Lộc
Lượt xem: 3.951
Tin liên quan
- Gặp mặt chức sắc các tôn giáo nhân dịp Tết Nguyên đán Bính Ngọ 2026 (06/02/2026)
- Phường Tân Triều: giáo dân hiến đất mở đường (20/3/2026)
- Hội nghị tổng kết công tác tôn giáo năm 2025 (15/01/2026)
""", "2026-04-06", "Lãnh đạo tỉnh chúc mừng Lễ Phục sinh tại Tòa Giám mục Xuân Lộc",
E("khac", None, None),
[P("Hồ Thanh Phong", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Giuse Đinh Quang Trường", "Giám mục Giáo phận Xuân Lộc"),
 P("Phanxicô Xaviê Lê Văn Hùng", "Linh mục", "Tổng Đại diện Giáo phận"),
 P("Giuse Vũ Đức Quang", "Linh mục", "Chánh văn phòng Tòa Giám mục"),
 P("Điểu Thị Hường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Bi Niê", "Mục sư", "Quản nhiệm Chi hội")],
[Q("hơn 12.700 km2", 12700, "km2", "over"), Q("khoảng 4,5 triệu người", 4500000, "người", "approx"),
 Q("khoảng 26%", 26, "%", "approx"), Q("340 giáo xứ", 340, "giáo xứ"), Q("trên 28 tỷ đồng", 28000000000, "đồng", "over"),
 Q("hơn 15.000 phần quà", 15000, "phần quà", "over"), Q("640 suất học bổng", 640, "suất học bổng"),
 Q("khoảng 650 tín đồ", 650, "tín đồ", "approx"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("50 phần quà Phục sinh", 50, "phần quà")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU của Tỉnh ủy")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Xuân Lộc"), com("Biên Hòa"), com("Thống Nhất"), com("Đồng Xoài")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Chính trị | Tôn giáo", "(ĐN)", "Đức cha Giuse Đinh Quang Trường chia vui cùng đoàn công tác.",
 "Sống tốt đời, đẹp đạo", "Caritas Xuân Lộc", "Tòa Giám mục Giáo phận Xuân Lộc", "Lượt xem: 3.951"],
["Ngày 06/04/2026 | 11:25", "năm 2026", "Quý I năm 2026", "năm 2025", "giai đoạn 2026 - 2030", "Lượt xem: 3.951"]))

PAGES.append(page("b2978-lamdong-moi-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ - Tin tức - Hoạt động của Ban
Thứ Sáu, 10/04/2026, 08:20
Đồng chí Ka Thị Bích (giữa) chủ trì giao ban.
Phát huy vai trò chức sắc, người có uy tín trong vùng đồng bào có đạo
Ngày 09/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận, dân tộc, tôn giáo quý I năm 2026 với Đảng ủy các xã, phường có đông đồng bào Công giáo, Tin lành. Đồng chí Ka Thị Bích, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thu Trang, Y Thanh Mlô.
Tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) có khoảng 1,14 triệu tín đồ các tôn giáo, trong đó hơn 540.000 giáo dân Công giáo và hơn 160.000 tín đồ Tin lành, nhiều nhất ở vùng đồng bào K'Ho, Mạ, M'nông, Churu. Quý I, các địa phương đã tổ chức 214 cuộc gặp mặt chức sắc, chức việc dịp Tết Nguyên đán và Lễ Phục sinh; giải quyết 11/14 kiến nghị liên quan đất cơ sở tôn giáo; vận động các giáo xứ, chi hội đóng góp hơn 9,3 tỷ đồng cho Quỹ "Vì người nghèo".
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 21, 22-KH/TU về thực hiện công tác tôn giáo năm 2026 và về phát huy vai trò người có uy tín; ban hành Hướng dẫn số 04-HD/BTGDVTU ngày 20/02/2026 về thăm, chúc mừng các tôn giáo.
Tại giao ban, đồng chí Điểu Sơn, Phó Bí thư Thường trực Đảng ủy xã Tuy Đức, cho biết xã đã đối thoại với 3 chi hội Tin lành về đất sinh hoạt. Đồng chí Kơ Să Ha Lim, Bí thư Đảng ủy xã Lạc Dương, nêu kinh nghiệm phối hợp với Linh mục Phêrô Cil Ha Jing, Chánh xứ giáo xứ Đưng Ròng, vận động 27 hộ giáo dân trả lại đất rừng lấn chiếm. Ông Ndu Ha Biên, người có uy tín thôn Đạ Nghịt, đề nghị các ngành sớm cấp giấy chứng nhận quyền sử dụng đất cho các nhà nguyện. Đồng chí Nguyễn Văn Lâm, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, báo cáo 2 giáo xứ ven biển đã hỗ trợ 120 ngư dân sửa chữa tàu thuyền.
Kết luận giao ban, đồng chí Ka Thị Bích đề nghị quý II các xã, phường chủ động nắm tình hình trước các ngày lễ lớn, không để các đối tượng lợi dụng tôn giáo kích động; rà soát, tháo gỡ vướng mắc về đất đai của cơ sở tôn giáo; chuẩn bị tổ chức hội nghị biểu dương gương điển hình "Sống tốt đời, đẹp đạo" vào tháng 6.
Lâm Hải
Lượt truy cập: 412.680
Tin liên quan
- Xã Đắk Mil gặp mặt chức sắc Tin lành dịp Lễ Phục sinh (03/4/2026)
- Giao ban công tác dân vận quý IV năm 2025 (08/01/2026)
- Phường Bảo Lộc ra mắt mô hình "Giáo xứ bình an" (12/3/2026)
""", "2026-04-10", "Phát huy vai trò chức sắc, người có uy tín trong vùng đồng bào có đạo",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Ka Thị Bích", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Trang", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thanh Mlô", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Sơn", "Phó Bí thư Thường trực Đảng ủy xã Tuy Đức"),
 P("Kơ Să Ha Lim", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Phêrô Cil Ha Jing", "Linh mục", "Chánh xứ giáo xứ Đưng Ròng"),
 P("Ndu Ha Biên", "người có uy tín thôn Đạ Nghịt"),
 P("Nguyễn Văn Lâm", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết")],
[Q("khoảng 1,14 triệu tín đồ", 1140000, "tín đồ", "approx"), Q("hơn 540.000 giáo dân Công giáo", 540000, "giáo dân Công giáo", "over"),
 Q("hơn 160.000 tín đồ Tin lành", 160000, "tín đồ Tin lành", "over"), Q("214 cuộc gặp mặt", 214, "cuộc gặp mặt"),
 Q("11/14 kiến nghị", 11, "kiến nghị"), Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("3 chi hội Tin lành", 3, "chi hội Tin lành"),
 Q("27 hộ giáo dân", 27, "hộ giáo dân"), Q("2 giáo xứ ven biển", 2, "giáo xứ ven biển"), Q("120 ngư dân", 120, "ngư dân")],
[D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 21, 22-KH/TU"),
 D("Kế hoạch", "22", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 21, 22-KH/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2026-02-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 20/02/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Tuy Đức"), com("Lạc Dương"), com("Phan Thiết")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ - Tin tức - Hoạt động của Ban", "Đồng chí Ka Thị Bích (giữa) chủ trì giao ban.",
 "Vì người nghèo", "Sống tốt đời, đẹp đạo", "thôn Đạ Nghịt", "Lượt truy cập: 412.680"],
["Thứ Sáu, 10/04/2026, 08:20", "quý I năm 2026", "Quý I", "quý II", "năm 2026", "tháng 6", "Lượt truy cập: 412.680"]))

PAGES.append(page("b2979-nghean-xa-doithoai-giaodan-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUỲNH PHÚ - TỈNH NGHỆ AN
Tin tức - Sự kiện / Hoạt động của Đảng ủy
Ngày 17/10/2025 - 16:30
Bí thư Đảng ủy xã trả lời ý kiến của bà con giáo xứ.
Đảng ủy xã Quỳnh Phú đối thoại với giáo dân giáo xứ Phú Yên
Sáng 16/10/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quỳnh Phú tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với đồng bào giáo dân giáo xứ Phú Yên năm 2025. Đây là buổi đối thoại đầu tiên kể từ khi xã Quỳnh Phú mới (tỉnh Nghệ An) được thành lập trên cơ sở sáp nhập 4 xã cũ ven biển.
Chủ trì hội nghị có đồng chí Hồ Sỹ Nguyên, Bí thư Đảng ủy xã; đồng chí Phan Thị Lý, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Trương Văn Cần, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Về phía giáo xứ có Linh mục Phaolô Nguyễn Văn Mười, Chánh xứ giáo xứ Phú Yên, cùng hơn 200 giáo dân.
Mở đầu, đồng chí Phan Thị Lý thông tin kết quả 9 tháng năm 2025: thu nhập bình quân đạt 62 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 1,8%; xã đã hỗ trợ xóa 37 căn nhà tạm, trong đó 12 căn của hộ giáo dân.
Tại hội nghị, bà con nêu 23 ý kiến tập trung vào việc đền bù khi mở rộng cảng cá, cấp giấy chứng nhận đất ở, chuyển đổi nghề cho ngư dân đánh bắt gần bờ, xây trường mầm non tại xóm Phú Thành. Ông Nguyễn Văn Hòe, Trưởng ban Hành giáo giáo xứ, đề nghị xã sớm nâng cấp tuyến đường ven biển dài 2,4 km. Chị Hoàng Thị Thanh, giáo dân xóm Phú Đông, hỏi về chính sách hỗ trợ học nghề cho lao động nữ.
Đồng chí Hồ Sỹ Nguyên cùng lãnh đạo UBND xã đã trả lời trực tiếp 19 ý kiến; 4 ý kiến thuộc thẩm quyền của tỉnh được tiếp thu, báo cáo cấp trên theo Quy chế số 08-QC/ĐU ngày 15/8/2025 của Đảng ủy xã về tiếp xúc, đối thoại với Nhân dân. Đồng chí khẳng định việc bồi thường cảng cá sẽ thực hiện đúng Luật Đất đai và Quyết định số 2150/QĐ-UBND ngày 30/7/2025 của UBND tỉnh về đơn giá bồi thường.
Linh mục Phaolô Nguyễn Văn Mười cảm ơn cấp ủy, chính quyền đã lắng nghe và cam kết tiếp tục vận động giáo dân thực hiện tốt phong trào "Sống tốt đời, đẹp đạo", Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy xã về công tác dân vận trong vùng giáo và về xây dựng xóm văn minh.
Kết thúc đối thoại, Đảng ủy xã giao Ủy ban MTTQ xã giám sát việc thực hiện các nội dung đã hứa với bà con và công khai kết quả trên loa truyền thanh các xóm.
Văn phòng Đảng ủy xã
Lượt xem: 488
Tin khác
- Xã Quỳnh Phú ra mắt mô hình "Xóm giáo bình yên" (30/9/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2 (25/9/2025)
- Trao 50 suất quà cho hộ ngư dân bị ảnh hưởng bão số 5 (02/9/2025)
""", "2025-10-17", "Đảng ủy xã Quỳnh Phú đối thoại với giáo dân giáo xứ Phú Yên",
E("doi_thoai", "2025", "2025-10-16"),
[P("Hồ Sỹ Nguyên", "Bí thư Đảng ủy xã"),
 P("Phan Thị Lý", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trương Văn Cần", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phaolô Nguyễn Văn Mười", "Linh mục", "Chánh xứ giáo xứ Phú Yên"),
 P("Nguyễn Văn Hòe", "Trưởng ban Hành giáo giáo xứ"),
 P("Hoàng Thị Thanh")],
[Q("4 xã cũ ven biển", 4, "xã cũ ven biển"), Q("hơn 200 giáo dân", 200, "giáo dân", "over"),
 Q("62 triệu đồng", 62000000, "đồng"), Q("1,8%", 1.8, "%"), Q("37 căn nhà tạm", 37, "căn nhà tạm"), Q("12 căn", 12, "căn"),
 Q("23 ý kiến", 23, "ý kiến"), Q("2,4 km", 2.4, "km"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Quy chế", "08", "QC/ĐU", "2025-08-15", "Đảng ủy xã", "Quy chế số 08-QC/ĐU ngày 15/8/2025 của Đảng ủy xã"),
 D("Quyết định", "2150", "QĐ-UBND", "2025-07-30", "UBND tỉnh", "Quyết định số 2150/QĐ-UBND ngày 30/7/2025 của UBND tỉnh"),
 D("Kết luận", "01", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Kết luận", "02", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy xã")],
[prov("Nghệ An"), com("Quỳnh Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUỲNH PHÚ - TỈNH NGHỆ AN", "Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Bí thư Đảng ủy xã trả lời ý kiến của bà con giáo xứ.", "Sống tốt đời, đẹp đạo", "Luật Đất đai", "giáo xứ Phú Yên",
 "Văn phòng Đảng ủy xã", "Lượt xem: 488"],
["Ngày 17/10/2025 - 16:30", "năm 2025", "9 tháng năm 2025", "Lượt xem: 488"]))

PAGES.append(page("b2980-tuyenquang-moi-soket-tinlanh-2026", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự > Chính trị > Dân vận
Cập nhật: 08:45, 16/07/2026 (GMT+7)
Vận động đồng bào Mông theo đạo Tin lành phát triển kinh tế
Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Ngày 15/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến sơ kết công tác dân tộc, tôn giáo 6 tháng đầu năm 2026, tập trung đánh giá công tác vận động đồng bào Mông theo đạo Tin lành ở các xã vùng cao thuộc tỉnh Hà Giang cũ. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, toàn tỉnh có hơn 72.000 tín đồ Tin lành, trong đó khoảng 90% là đồng bào Mông, Dao, sinh hoạt tại 9 chi hội và 238 điểm nhóm. 6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 09, 10-CT/TU về công tác đối với đạo Tin lành và về phát huy vai trò người có uy tín; hướng dẫn các xã thực hiện Quyết định số 1406/QĐ-UBND ngày 12/3/2026 của UBND tỉnh. Các điểm nhóm đã vận động 1.340 hộ tín đồ trồng mới 860 ha cây dược liệu, chè Shan tuyết; góp hơn 4 tỷ đồng làm 23 km đường bê tông.
Tại hội nghị, đồng chí Sùng Mí Vư, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã có 68% số hộ theo đạo Tin lành; 14 điểm nhóm ký cam kết không tổ chức tảo hôn, hôn nhân cận huyết thống. Truyền đạo Giàng Seo Phử, Trưởng điểm nhóm Tin lành thôn Sủng Trà, chia sẻ việc vận động bà con không nghe theo tà đạo "Giê Sùa". Đồng chí Ly Thị Dín, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn, đề nghị hỗ trợ xây dựng nhà sinh hoạt cộng đồng cho các thôn.
Nhiều ý kiến cho rằng sau sắp xếp, địa bàn các xã rộng, cán bộ theo dõi công tác tôn giáo còn mỏng, việc nắm tình hình ở thôn xa có lúc chưa kịp thời.
Đồng chí Hoàng Văn Khánh, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin 6 tháng đầu năm còn xảy ra 5 vụ việc truyền đạo trái pháp luật, đã được các xã xử lý ngay từ cơ sở.
Kết luận hội nghị, đồng chí Vàng Thị Mai yêu cầu 6 tháng cuối năm các xã tiếp tục thực hiện Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ, Nghị quyết số 33-NQ/TU ngày 20/01/2026 của Tỉnh ủy về phát triển kinh tế vùng đồng bào dân tộc thiểu số; phát huy vai trò chức sắc, người có uy tín, kiên quyết đấu tranh với các hoạt động lợi dụng tôn giáo. Dịp này, Ban tặng giấy khen cho 16 điểm nhóm và 24 cá nhân có thành tích tiêu biểu.
Hoàng Anh
Lượt xem: 1.136
Các tin đã đưa
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số tỉnh Tuyên Quang năm 2026 (02/7/2026)
- Xã Yên Minh ra mắt mô hình "Điểm nhóm Tin lành bình yên" (18/6/2026)
- Giao ban công tác dân vận quý II năm 2026 (30/6/2026)
- Xã Lũng Cú: tín đồ Tin lành góp công làm đường lên cột cờ (10/6/2026)
""", "2026-07-16", "Vận động đồng bào Mông theo đạo Tin lành phát triển kinh tế",
E("so_ket", "2026-H1", "2026-07-15"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vư", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Giàng Seo Phử", "Truyền đạo", "Trưởng điểm nhóm Tin lành thôn Sủng Trà"),
 P("Ly Thị Dín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn"),
 P("Hoàng Văn Khánh", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("hơn 72.000 tín đồ Tin lành", 72000, "tín đồ Tin lành", "over"), Q("khoảng 90%", 90, "%", "approx"), Q("9 chi hội", 9, "chi hội"),
 Q("238 điểm nhóm", 238, "điểm nhóm"), Q("1.340 hộ tín đồ", 1340, "hộ tín đồ"), Q("860 ha", 860, "ha"),
 Q("hơn 4 tỷ đồng", 4000000000, "đồng", "over"), Q("23 km", 23, "km"), Q("68%", 68, "%"), Q("14 điểm nhóm", 14, "điểm nhóm"),
 Q("5 vụ việc truyền đạo trái pháp luật", 5, "vụ việc truyền đạo trái pháp luật"), Q("16 điểm nhóm", 16, "điểm nhóm"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Quyết định", "1406", "QĐ-UBND", "2026-03-12", "UBND tỉnh", "Quyết định số 1406/QĐ-UBND ngày 12/3/2026 của UBND tỉnh"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "33", "NQ/TU", "2026-01-20", "Tỉnh ủy", "Nghị quyết số 33-NQ/TU ngày 20/01/2026 của Tỉnh ủy")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Đồng Văn")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự > Chính trị > Dân vận", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Giê Sùa", "thôn Sủng Trà", "Lượt xem: 1.136"],
["Cập nhật: 08:45, 16/07/2026 (GMT+7)", "6 tháng đầu năm 2026", "6 tháng đầu năm", "6 tháng cuối năm", "Lượt xem: 1.136"]))
