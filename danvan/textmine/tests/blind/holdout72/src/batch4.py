from lib import *
PAGES = []

PAGES.append(page("b1703-lamdong-xa-lacduong-taphuan-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Ngày đăng 26/09/2025 | 09:10
Đồng chí Liêng Hót Ha Hòa phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận cho cán bộ thôn
Trong 2 ngày 24 và 25/9, Đảng ủy xã Lạc Dương tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 86 học viên là bí thư chi bộ, trưởng thôn, trưởng ban công tác Mặt trận và chi hội trưởng các đoàn thể ở 18 thôn trên địa bàn xã.
Dự khai mạc có đồng chí Liêng Hót Ha Hòa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Lạc Dương; đồng chí Nguyễn Thị Hoài, Phó Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng.
Đây là lớp tập huấn đầu tiên của xã sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025. Xã Lạc Dương mới được thành lập trên cơ sở sáp nhập thị trấn Lạc Dương và các xã Lát, Đạ Sar, với hơn 70% dân số là đồng bào K'Ho, Cil.
Phát biểu khai mạc, đồng chí Liêng Hót Ha Hòa nhấn mạnh: trong bối cảnh địa bàn rộng, bộ máy mới, đội ngũ cán bộ thôn chính là "cánh tay nối dài" của Đảng ủy trong nắm bắt tâm tư, nguyện vọng của nhân dân; mỗi cán bộ phải gần dân, hiểu dân, vận động bà con bằng chính việc làm của mình.
Trong thời gian tập huấn, các học viên được nghe 3 chuyên đề: quán triệt Hướng dẫn số 07-HD/BTGDVTU ngày 20/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức, hoạt động của khối dân vận cấp xã; triển khai Kế hoạch số 12-KH/ĐU ngày 5/9/2025 của Đảng ủy xã về xây dựng mô hình "Dân vận khéo" giai đoạn 2025 - 2030; kỹ năng nắm tình hình, tuyên truyền trên mạng xã hội và vận động đồng bào các dân tộc thiểu số.
Theo đồng chí Bon Đơ Sa Ra, Chủ tịch Ủy ban MTTQ Việt Nam xã, từ đầu năm đến nay, Mặt trận và các đoàn thể đã vận động nhân dân hiến 5.600 m2 đất làm đường, hỗ trợ xây mới 27 căn nhà đại đoàn kết cho hộ nghèo đồng bào K'Ho với tổng kinh phí 1,62 tỷ đồng. Toàn xã hiện có 41 người có uy tín; các thôn đều đã có tổ dân vận hoạt động đều đặn.
Cuối đợt tập huấn, học viên trao đổi, thảo luận về các tình huống thường gặp ở cơ sở như tranh chấp đất rẫy, vận động người dân không phá rừng, không nghe theo đối tượng xấu lôi kéo. Ông Rơ Ông K'Hương, Bí thư Chi bộ kiêm Trưởng thôn Đưng K'Si, chia sẻ cách vận động bà con chuyển từ trồng bắp sang trồng cà phê xen cây ăn quả.
Lớp tập huấn có kinh phí 35 triệu đồng từ ngân sách xã. Đảng ủy xã cho biết sẽ tiếp tục mở các lớp bồi dưỡng theo từng chuyên đề, kết hợp đi thực tế tại các mô hình hay trong và ngoài tỉnh.
Văn phòng Đảng ủy xã
Lượt truy cập: 318
Tin khác
- Xã Lạc Dương ra mắt Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029 (15/07/2025)
- Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở (02/08/2025)
- Trao 10 căn nhà đại đoàn kết tại thôn Đạ Nghịt (28/08/2025)
""", "2025-09-26", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ thôn",
E("tap_huan", "2025", "2025-09-24"),
[P("Liêng Hót Ha Hòa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Lạc Dương"),
 P("Nguyễn Thị Hoài", "Phó Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng"),
 P("Bon Đơ Sa Ra", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Rơ Ông K'Hương", "Bí thư Chi bộ kiêm Trưởng thôn Đưng K'Si")],
[Q("86 học viên", 86, "học viên"), Q("18 thôn", 18, "thôn"), Q("hơn 70%", 70, "%", "over"), Q("3 chuyên đề", 3, "chuyên đề"),
 Q("5.600 m2", 5600, "m2"), Q("27 căn nhà đại đoàn kết", 27, "căn nhà đại đoàn kết"), Q("1,62 tỷ đồng", 1620000000, "đồng"),
 Q("41 người có uy tín", 41, "người có uy tín"), Q("35 triệu đồng", 35000000, "đồng")],
[D("Hướng dẫn", "07", "HD/BTGDVTU", "2025-08-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU ngày 20/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-09-05", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 5/9/2025 của Đảng ủy xã")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Lát"), com("Đạ Sar")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC DƯƠNG - TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Đồng chí Liêng Hót Ha Hòa phát biểu khai mạc lớp tập huấn.", "cánh tay nối dài", "Dân vận khéo", "Văn phòng Đảng ủy xã", "Lượt truy cập: 318"],
["Ngày đăng 26/09/2025 | 09:10", "2 ngày", "năm 2025", "1/7/2025", "giai đoạn 2025 - 2030", "Lượt truy cập: 318"]))

PAGES.append(page("b1704-tuyenquang-btgdv-tongket-2025", """
Hôm nay: Thứ Bảy, 17/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 16/01/2026, 08:05
Tuyên Quang: Khối dân vận góp sức vận hành chính quyền hai cấp
Ngày 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ma Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các đồng chí Sùng Mí Páo, Hầu Thị Sơn - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị tổng kết. Ảnh: Minh Khoa
Năm 2025 là năm đầu tiên tỉnh Tuyên Quang mới (hợp nhất từ hai tỉnh Tuyên Quang và Hà Giang) đi vào hoạt động với 124 xã, phường. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 02, 03-CT/TU về tăng cường công tác dân vận trong thực hiện chính quyền địa phương hai cấp và về vận động đồng bào vùng biên giới; Quy định số 11-QĐ/TU về trách nhiệm người đứng đầu cấp ủy cấp xã trong tiếp xúc, đối thoại với nhân dân. UBND tỉnh ban hành Quyết định số 2345/QĐ-UBND ngày 28/10/2025 về Quy chế tiếp công dân cấp xã.
Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", khối dân vận các cấp đã phối hợp hoàn thành xóa 3.560 căn nhà tạm, nhà dột nát, trong đó 1.912 căn ở các xã biên giới của khu vực Hà Giang cũ, tổng nguồn lực huy động trên 215 tỷ đồng. Các cấp đã tiếp 2.418 lượt công dân; thăm hỏi, động viên 38 đồng chí nghỉ công tác theo chế độ khi sắp xếp bộ máy.
Tại hội nghị, đồng chí Vàng Thị Dín, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã mới có địa bàn rộng hơn 160 km2 nhưng chỉ có 5 cán bộ làm công tác dân vận; đề nghị tỉnh bố trí kinh phí cho tổ dân vận thôn. Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Nông Văn Mạnh thông tin: năm qua có 1.046 mô hình "Dân vận khéo" được công nhận, tăng 18% so với năm 2024.
Đồng chí Hoàng Văn Quyết, vừa được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trình bày dự thảo Kế hoạch số 09-KH/BTGDVTU về công tác dân vận năm 2026, trong đó có nội dung tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Kết luận hội nghị, đồng chí Ma Thị Hương đề nghị năm 2026 toàn ngành tập trung đưa Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I vào cuộc sống; nắm chắc tình hình tư tưởng nhân dân sau sắp xếp; chú trọng dân vận chính quyền ở cấp xã. Dịp này, 12 tập thể và 20 cá nhân được tặng Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Minh Khoa
Lượt xem: 1.502
Tin liên quan
- Phường Hà Giang 1 đối thoại với nhân dân về chỉnh trang đô thị (09/01/2026)
- Gặp mặt người có uy tín tiêu biểu năm 2025 (26/12/2025)
- Lâm Bình: Vận động đồng bào Pà Thẻn giữ nghề dệt (18/12/2025)
""", "2026-01-16", "Tuyên Quang: Khối dân vận góp sức vận hành chính quyền hai cấp",
E("tong_ket", "2025", "2026-01-15"),
[P("Ma Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Thị Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Dín", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Nông Văn Mạnh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Quyết", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 xã, phường", 124, "xã, phường"), Q("3.560 căn nhà tạm, nhà dột nát", 3560, "căn nhà tạm, nhà dột nát"), Q("1.912 căn", 1912, "căn"),
 Q("trên 215 tỷ đồng", 215000000000, "đồng", "over"), Q("2.418 lượt công dân", 2418, "lượt công dân"), Q("38 đồng chí", 38, "đồng chí"),
 Q("hơn 160 km2", 160, "km2", "over"), Q("5 cán bộ", 5, "cán bộ"), Q("1.046 mô hình", 1046, "mô hình"), Q("18%", 18, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Quy định", "11", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 11-QĐ/TU"),
 D("Quyết định", "2345", "QĐ-UBND", "2025-10-28", "UBND tỉnh", "Quyết định số 2345/QĐ-UBND ngày 28/10/2025"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, None, "Kế hoạch số 09-KH/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ » Chính trị » Xây dựng Đảng",
 "Các đại biểu dự hội nghị tổng kết. Ảnh: Minh Khoa", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo",
 "Nghị quyết Đại hội XIV của Đảng", "Lượt xem: 1.502"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "Năm 2025", "38 đồng chí", "năm 2024", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "Đại hội XIV", "lần thứ I", "Lượt xem: 1.502"]))

PAGES.append(page("b1705-vinhlong-phuong-traoqua-tet-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội › An sinh
10/02/2026 - 14:20
Phường Trà Vinh trao 450 phần quà Tết cho hộ nghèo đồng bào Khmer
(VL) - Ngày 9/2, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Trà Vinh, tỉnh Vĩnh Long tổ chức trao 450 phần quà Tết Nguyên đán Bính Ngọ năm 2026 cho hộ nghèo, hộ cận nghèo và gia đình chính sách, trong đó phần lớn là đồng bào Khmer trên địa bàn phường.
Đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường trao quà cho người dân khóm 4.
Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm; tổng trị giá 270 triệu đồng, do Ủy ban MTTQ phường vận động từ các mạnh thường quân, doanh nghiệp và Hội Doanh nhân trẻ tỉnh theo Kế hoạch số 36-KH/ĐU ngày 5/1/2026 của Đảng ủy phường về chăm lo Tết cho nhân dân.
Tham dự buổi trao quà có đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; bà Sơn Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam phường; Đại đức Thạch Sô Phênl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, cùng đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy.
Phường Trà Vinh được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các phường 1, 7, 8 và một phần xã Long Đức của thành phố Trà Vinh cũ. Hiện phường có 8.632 hộ, trong đó 2.154 hộ đồng bào Khmer; tỷ lệ hộ nghèo còn 1,24%. Năm 2025, phường đã vận động xây mới 12 căn nhà đại đoàn kết và trao 135 suất học bổng cho học sinh nghèo.
Thay mặt lãnh đạo phường, đồng chí Kim Ngọc Thái gửi lời thăm hỏi, chúc Tết đến các gia đình; mong bà con tiếp tục đoàn kết, giữ gìn an ninh trật tự, chăm lo con em đến trường. Đồng chí cũng đề nghị các khóm rà soát, không để hộ nào thiếu Tết.
Bà Thạch Thị Sa Ni, khóm 4, xúc động: "Năm nay nhà tôi được phường cho quà, được tổ dân vận thăm hỏi, có thêm tiền mua gạo, sắm đồ cho các cháu. Tôi cảm ơn Đảng, chính quyền đã quan tâm".
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao thêm 50 phần quà cho các hộ đồng bào Khmer khó khăn ở khóm 2, mỗi phần trị giá 500.000 đồng. Trước đó, Ủy ban MTTQ phường đã phối hợp Chi hội Chữ thập đỏ tổ chức "Phiên chợ nghĩa tình" bán hàng 0 đồng cho 300 hộ khó khăn.
Theo đồng chí Sơn Thị Ngọc Hân, năm nay Mặt trận phường chủ trương trao quà tận tay từng hộ, có tổ dân vận khóm và người có uy tín trong phum, sóc cùng đi, để nắm thêm hoàn cảnh, nguyện vọng của bà con, từ đó có cách hỗ trợ sinh kế phù hợp sau Tết.\nTheo kế hoạch, từ nay đến ngày 15/2, phường tiếp tục tổ chức thăm, chúc Tết các chùa Khmer, người có uy tín và các gia đình chính sách trên địa bàn.
Ngọc Hân
Lượt xem: 892
Tin khác
- Xã Tam Ngãi: Chăm lo Tết cho đồng bào Khmer (08/02/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, chúc Tết chùa Âng (06/02/2026)
- Phường Long Đức ra mắt tổ dân vận khóm (30/01/2026)
""", "2026-02-10", "Phường Trà Vinh trao 450 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2026-02-09"),
[P("Kim Ngọc Thái", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Sơn Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Sô Phênl", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Thạch Thị Sa Ni")],
[Q("450 phần quà", 450, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("8.632 hộ", 8632, "hộ"), Q("2.154 hộ đồng bào Khmer", 2154, "hộ đồng bào Khmer"), Q("1,24%", 1.24, "%"),
 Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"), Q("135 suất học bổng", 135, "suất học bổng"),
 Q("50 phần quà", 50, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("300 hộ", 300, "hộ")],
[D("Kế hoạch", "36", "KH/ĐU", "2026-01-05", "Đảng ủy phường", "Kế hoạch số 36-KH/ĐU ngày 5/1/2026 của Đảng ủy phường")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Long Đức")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội › An sinh", "(VL)", "Đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường trao quà cho người dân khóm 4.",
 "Phiên chợ nghĩa tình", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Hội Doanh nhân trẻ tỉnh", "Lượt xem: 892"],
["10/02/2026 - 14:20", "Tết Nguyên đán Bính Ngọ năm 2026", "khóm 4", "phường 1, 7, 8", "Năm 2025", "khóm 2", "0 đồng", "15/2", "1/7/2025", "Lượt xem: 892"]))

PAGES.append(page("b1706-dongnai-btgdv-baocao-quy1-2026", """
Cổng Thông tin điện tử Đảng bộ tỉnh Đồng Nai
Trang chủ | Tuyên giáo - Dân vận | Báo cáo, đánh giá
Thứ Sáu, 27/03/2026
Công tác dân vận quý I/2026: Tập trung cho Tết và bầu cử
Ngày 25/3/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai ban hành Báo cáo số 58-BC/BTGDVTU đánh giá kết quả công tác dân vận quý I năm 2026 và nhiệm vụ trọng tâm quý II. Báo cáo cho thấy khối dân vận các cấp đã hoàn thành tốt hai nhiệm vụ lớn là chăm lo Tết Nguyên đán Bính Ngọ cho nhân dân và tuyên truyền, vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Về chăm lo Tết, Mặt trận, các đoàn thể từ tỉnh đến 95 xã, phường đã trao 63.500 phần quà cho hộ nghèo, công nhân khó khăn, đồng bào dân tộc thiểu số với tổng trị giá hơn 52 tỷ đồng; riêng khu vực Bình Phước cũ có 14.200 phần quà cho đồng bào S'tiêng, M'nông. Chương trình "Chuyến xe mùa xuân" đưa 4.800 công nhân về quê đón Tết.
Cuộc bầu cử ngày 15/3/2026 diễn ra an toàn, đúng luật; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,62%. Thực hiện Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BTGDVTU ngày 12/1/2026, các tổ dân vận đã đến từng hộ để vận động, nhất là ở các khu nhà trọ công nhân và vùng đồng bào dân tộc thiểu số.
Về dân vận chính quyền, quý I các cấp đã tiếp 3.214 lượt công dân, tiếp nhận 1.027 đơn, đã giải quyết 866 đơn, đạt 84,3%. Nhiều địa phương làm tốt như phường Đồng Xoài tổ chức đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường vành đai; xã Bù Đăng vận động 96 hộ đồng bào S'tiêng bàn giao mặt bằng dự án hồ chứa nước.
Báo cáo cũng chỉ ra hạn chế: bộ phận tham mưu công tác dân vận ở một số xã, phường mới còn thiếu người, phải kiêm nhiệm nhiều việc; tình hình khiếu kiện liên quan đất đai tại các dự án giao thông trọng điểm còn phức tạp, nguy cơ phát sinh điểm nóng.
Quý II, Ban Tuyên giáo và Dân vận Tỉnh ủy tập trung hướng dẫn sơ kết 1 năm thực hiện Quy định số 04-QĐ/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu cấp ủy trong tiếp xúc, đối thoại với nhân dân; tham mưu tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Báo cáo do đồng chí Điểu Thị Nga, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ký.
Cùng với báo cáo, Ban đề nghị các đảng ủy xã, phường gửi kết quả thực hiện phong trào thi đua "Dân vận khéo" quý I về Ban trước ngày 5/4 để tổng hợp, phục vụ hội nghị biểu dương điển hình "Dân vận khéo" của tỉnh dự kiến tổ chức vào giữa năm.
P.V
Lượt xem: 446
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 2/2026 (04/03/2026)
- Phường Long Khánh: Tổ dân vận vận động cử tri đi bầu cử (13/03/2026)
- Trao 500 phần quà Tết cho công nhân khó khăn (05/02/2026)
""", "2026-03-27", "Công tác dân vận quý I/2026: Tập trung cho Tết và bầu cử",
E("bao_cao", "2026-Q1", "2026-03-25"),
[P("Điểu Thị Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("95 xã, phường", 95, "xã, phường"), Q("63.500 phần quà", 63500, "phần quà"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("14.200 phần quà", 14200, "phần quà"), Q("4.800 công nhân", 4800, "công nhân"), Q("99,62%", 99.62, "%"),
 Q("3.214 lượt công dân", 3214, "lượt công dân"), Q("1.027 đơn", 1027, "đơn"), Q("866 đơn", 866, "đơn"), Q("84,3%", 84.3, "%"),
 Q("96 hộ đồng bào S'tiêng", 96, "hộ đồng bào S'tiêng")],
[D("Báo cáo", "58", "BC/BTGDVTU", "2026-03-25", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", "Báo cáo số 58-BC/BTGDVTU"),
 D("Kế hoạch", "14", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2026-01-12", None, "Hướng dẫn số 03-HD/BTGDVTU ngày 12/1/2026"),
 D("Quy định", "04", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 04-QĐ/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Bù Đăng")],
["Cổng Thông tin điện tử Đảng bộ tỉnh Đồng Nai", "Trang chủ | Tuyên giáo - Dân vận | Báo cáo, đánh giá", "Chuyến xe mùa xuân",
 "Dân vận khéo", "P.V", "Lượt xem: 446"],
["Thứ Sáu, 27/03/2026", "quý I năm 2026", "quý II", "Tết Nguyên đán Bính Ngọ", "khóa XVI", "nhiệm kỳ 2026 - 2031", "15/3/2026",
 "1 năm", "10 năm", "5/4", "Lượt xem: 446"]))

PAGES.append(page("b1707-hungyen-xa-thaithuy-doithoai-2026", """
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
Cập nhật: 09:42, 15/04/2026 (GMT+7)
Toàn cảnh hội nghị đối thoại. Ảnh: Thu Thủy
Xã Thái Thụy: Người đứng đầu đối thoại với nhân dân về dồn điền, đổi thửa
(BHY) - Sáng 14/4, Đảng ủy xã Thái Thụy, tỉnh Hưng Yên tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2026. Đồng chí Phạm Văn Thuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng dự có đồng chí Bùi Thị Huế, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, và đồng chí Trần Đức Lâm, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Hội nghị được tổ chức theo Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với UBND và Ủy ban MTTQ Việt Nam xã về tiếp xúc, đối thoại với nhân dân, và Kết luận số 14-KL/ĐU của Ban Thường vụ Đảng ủy xã về chủ trương dồn điền, đổi thửa lần hai. Tham dự có hơn 180 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín, chức sắc tôn giáo và đông đảo bà con nông dân.
Xã Thái Thụy được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 5 xã của huyện Thái Thụy (tỉnh Thái Bình cũ), có diện tích đất nông nghiệp 2.140 ha với hơn 11.000 thửa ruộng manh mún. Dự kiến sau dồn điền, bình quân mỗi hộ chỉ còn 1,5 thửa.
Tại buổi đối thoại, 26 ý kiến đã được nêu, tập trung vào phương án giao ruộng, quy hoạch bờ vùng, kênh mương, chính sách hỗ trợ tích tụ ruộng đất. Linh mục Giuse Phạm Văn Hòa, Chánh xứ giáo xứ Đông Châu, đề nghị xã công khai phương án để giáo dân cùng giám sát. Ông Nguyễn Văn Tiến, thôn Đông Hồ, lo ngại việc ruộng xa, ruộng gần không công bằng.
Trả lời các ý kiến, đồng chí Bùi Thị Huế cho biết phương án sẽ được niêm yết tại 14 nhà văn hóa thôn trong 30 ngày; xã dành 1,2 tỷ đồng từ ngân sách để cải tạo kênh nội đồng, mỗi hecta dồn đổi được hỗ trợ thêm 3 triệu đồng. Những ý kiến chưa trả lời được sẽ có văn bản gửi đến người dân.
Kết luận hội nghị, đồng chí Phạm Văn Thuấn khẳng định dồn điền, đổi thửa phải thực sự "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", không áp đặt. Đồng chí giao khối dân vận xã phối hợp các chi bộ thôn đến từng hộ vận động; giao Ủy ban MTTQ xã giám sát quá trình đo đạc, giao ruộng.
Đồng chí Trần Đức Lâm cho biết, ngay sau hội nghị, Mặt trận xã sẽ tổ chức tổ công tác gồm 12 thành viên xuống các thôn ven biển, nơi có nhiều hộ nuôi trồng thủy sản kết hợp cấy lúa, để lắng nghe thêm ý kiến của bà con trước khi trình phương án chính thức.
Thu Thủy
Lượt xem: 674
Tin liên quan
- Phường Trần Hưng Đạo đối thoại với tiểu thương chợ Bo (09/04/2026)
- Xã Tiền Hải: Vận động nhân dân hiến đất mở rộng đường trục xã (01/04/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I/2026 (27/03/2026)
""", "2026-04-15", "Xã Thái Thụy: Người đứng đầu đối thoại với nhân dân về dồn điền, đổi thửa",
E("doi_thoai", "2026", "2026-04-14"),
[P("Phạm Văn Thuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Bùi Thị Huế", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Đức Lâm", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giuse Phạm Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Đông Châu"),
 P("Nguyễn Văn Tiến")],
[Q("hơn 180 đại biểu", 180, "đại biểu", "over"), Q("5 xã", 5, "xã"), Q("2.140 ha", 2140, "ha"),
 Q("hơn 11.000 thửa ruộng", 11000, "thửa ruộng", "over"), Q("1,5 thửa", 1.5, "thửa"), Q("26 ý kiến", 26, "ý kiến"),
 Q("14 nhà văn hóa thôn", 14, "nhà văn hóa thôn"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("12 thành viên", 12, "thành viên")],
[D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Kết luận", "14", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 14-KL/ĐU của Ban Thường vụ Đảng ủy xã")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "Toàn cảnh hội nghị đối thoại. Ảnh: Thu Thủy", "(BHY)",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Lượt xem: 674"],
["Cập nhật: 09:42, 15/04/2026 (GMT+7)", "năm 2026", "lần hai", "1/7/2025", "30 ngày", "Lượt xem: 674"]))

PAGES.append(page("b1708-danang-btgdv-huongdan-danvankheo-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 22/05/2026 - 07:30
Đà Nẵng hướng dẫn xây dựng mô hình "Dân vận khéo" giai đoạn 2026 - 2030
Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng vừa ban hành Hướng dẫn số 21-HD/BTGDVTU ngày 18/5/2026 về tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030, áp dụng thống nhất tại 94 xã, phường, đặc khu của thành phố sau hợp nhất với tỉnh Quảng Nam.
Theo hướng dẫn, mỗi xã, phường đăng ký ít nhất một mô hình "Dân vận khéo" gắn với nhiệm vụ chính trị trọng tâm của địa phương, như chỉnh trang đô thị, giảm nghèo bền vững vùng đồng bào Cơ Tu, Xơ Đăng, bảo vệ rừng đầu nguồn, phát triển du lịch cộng đồng. Mô hình phải có địa chỉ cụ thể, có số liệu đánh giá trước và sau khi thực hiện, được cấp ủy cùng cấp công nhận.
Hướng dẫn được xây dựng trên cơ sở Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, Kết luận số 114-KL/TW của Ban Bí thư và Chương trình hành động số 03-CTr/TU ngày 10/12/2025 của Thành ủy Đà Nẵng thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XXIII.
Theo đồng chí Alăng Thị Bhơ, Thành ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy, giai đoạn 2021 - 2025, toàn thành phố và tỉnh Quảng Nam cũ có 4.730 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó 312 mô hình được cấp tỉnh, thành phố khen thưởng. Nhiều mô hình đã góp phần vận động nhân dân hiến trên 1,1 triệu m2 đất, đóng góp hơn 860 tỷ đồng xây dựng nông thôn mới, đô thị văn minh.
Ở vùng cao, mô hình "Già làng giữ rừng" tại xã Tây Giang đã giúp 34 cộng đồng thôn nhận khoán bảo vệ hơn 9.000 ha rừng; mô hình "Tổ dân phố không rác thải nhựa" tại phường Hải Châu được nhiều địa phương học tập. Đồng chí Bríu Thị Liên, Bí thư Đảng ủy xã Tây Giang, cho biết xã sẽ nhân rộng cách làm giao rừng cho cộng đồng ra toàn bộ 19 thôn.
Điểm mới của hướng dẫn là yêu cầu thẩm định mô hình dựa trên ý kiến đánh giá của người dân nơi thực hiện; hạn chế tình trạng chạy theo số lượng, "làm cho có". Việc biểu dương, khen thưởng được tổ chức định kỳ 2 năm một lần ở cấp thành phố, hằng năm ở cấp xã.
Đồng chí Phan Thị Ngọc Dung, Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy, lưu ý: các địa phương cần gắn phong trào với việc thực hiện Luật Thực hiện dân chủ ở cơ sở, xây dựng tổ dân vận hoạt động thực chất, tránh hình thức; báo cáo kết quả đăng ký mô hình về Ban trước ngày 30/6/2026.
Minh Tâm
Lượt xem: 1.061
Tin liên quan
- Ban Tuyên giáo và Dân vận Thành ủy giao ban tháng 4/2026 (05/05/2026)
- Xã Nam Trà My: Người có uy tín vận động đồng bào trồng sâm (28/04/2026)
- Phường Hòa Cường đối thoại với nhân dân về chỉnh trang đô thị (17/04/2026)
""", "2026-05-22", 'Đà Nẵng hướng dẫn xây dựng mô hình "Dân vận khéo" giai đoạn 2026 - 2030',
E("khac", None, None),
[P("Alăng Thị Bhơ", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Bríu Thị Liên", "Bí thư Đảng ủy xã Tây Giang"),
 P("Phan Thị Ngọc Dung", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy")],
[Q("94 xã, phường, đặc khu", 94, "xã, phường, đặc khu"), Q("4.730 mô hình, điển hình", 4730, "mô hình, điển hình"),
 Q("312 mô hình", 312, "mô hình"), Q("trên 1,1 triệu m2", 1100000, "m2", "over"), Q("hơn 860 tỷ đồng", 860000000000, "đồng", "over"),
 Q("34 cộng đồng thôn", 34, "cộng đồng thôn"), Q("hơn 9.000 ha", 9000, "ha", "over"), Q("19 thôn", 19, "thôn")],
[D("Hướng dẫn", "21", "HD/BTGDVTU", "2026-05-18", "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng", "Hướng dẫn số 21-HD/BTGDVTU ngày 18/5/2026"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW của Bộ Chính trị"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư"),
 D("Chương trình hành động", "03", "CTr/TU", "2025-12-10", "Thành ủy Đà Nẵng", "Chương trình hành động số 03-CTr/TU ngày 10/12/2025 của Thành ủy Đà Nẵng")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang"), com("Hải Châu")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG", "Trang chủ › Chính trị › Dân vận", "Dân vận khéo", "Già làng giữ rừng",
 "Tổ dân phố không rác thải nhựa", "làm cho có", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.061"],
["Thứ Sáu, 22/05/2026 - 07:30", "giai đoạn 2026 - 2030", "lần thứ XXIII", "giai đoạn 2021 - 2025", "2 năm", "30/6/2026", "Lượt xem: 1.061"]))
