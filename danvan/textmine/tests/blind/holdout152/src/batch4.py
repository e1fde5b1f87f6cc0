from lib import *
PAGES = []

PAGES.append(page("b3623-tuyenquang-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Công tác dân vận
Hôm nay: Thứ Bảy, 27/12/2025
Ngày 26/12/2025 | 10:30
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Tuyên Quang: Tổng kết công tác tuyên giáo và dân vận năm 2025
Ngày 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối tới 124 điểm cầu xã, phường. Đồng chí Hầu Văn Sính, Phó Bí thư Tỉnh ủy dự và chỉ đạo; đồng chí Ma Thị Thơm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh Tuyên Quang (mới) hoạt động sau khi hợp nhất với tỉnh Hà Giang, chính quyền địa phương hai cấp đi vào vận hành từ ngày 1/7/2025. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 36-KH/TU ngày 18/8/2025 về công tác dân vận trong thực hiện mô hình chính quyền địa phương hai cấp; Hướng dẫn 08, 09-HD/BTGDVTU về phong trào thi đua "Dân vận khéo" và về củng cố tổ dân vận thôn, tổ dân phố. Ban phối hợp tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 2013, với hơn 1,1 triệu lượt ý kiến.
Khối dân vận vận động nhân dân hiến trên 190.000 m2 đất, đóng góp khoảng 36 tỷ đồng làm đường giao thông; hoàn thành xóa 8.416 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng với nhà xây mới. Toàn tỉnh có 2.306 mô hình "Dân vận khéo", 250 mô hình cấp tỉnh. Ở vùng cao nguyên đá, khối dân vận vận động 420 hộ đồng bào Mông theo "Dương Văn Mình" từ bỏ hoạt động trái pháp luật. Các cấp tiếp 2.870 lượt công dân, tiếp nhận 1.254 đơn thư, đã giải quyết 1.162 đơn thư.
Tham luận tại hội nghị, ông Vàng Mí Lử, Bí thư Đảng ủy xã Mèo Vạc, chia sẻ cách vận động bà con hiến đất mở đường Hạnh Phúc; bà Hoàng Thị Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, nêu kinh nghiệm vận hành tổ dân phố sau sáp nhập; ông Lý Văn Chiều, ông Đặng Văn Mùi, ông Giàng Seo Sử - người có uy tín xã Hoàng Su Phì nêu kiến nghị về đất sản xuất. Bà Nguyễn Thị Thanh Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, giải trình các ý kiến.
Phát biểu chỉ đạo, đồng chí Hầu Văn Sính yêu cầu năm 2026 tập trung tuyên truyền, vận động nhân dân thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội XIV của Đảng; thực hiện Quy định số 304-QĐ/TW ngày 30/6/2025 của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh; vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI.
Hội nghị cũng chỉ ra một số hạn chế: cán bộ làm công tác dân vận ở nhiều xã mới còn kiêm nhiệm, chưa qua đào tạo; việc nắm tình hình nhân dân sau sắp xếp có lúc chưa sát.
Dịp này, 12 tập thể và 18 cá nhân được Ban Thường vụ Tỉnh ủy tặng bằng khen.
Thu Hằng
Tin liên quan
- Xã Lũng Cú ra mắt mô hình "Thôn biên giới bình yên" (17/12/2025)
- Hội nghị người có uy tín tỉnh Tuyên Quang năm 2025 (05/12/2025)
- Bàn giao nhà Đại đoàn kết tại phường Hà Giang 1 (20/11/2025)
""", "2025-12-26", "Tuyên Quang: Tổng kết công tác tuyên giáo và dân vận năm 2025",
E("tong_ket", "2025", "2025-12-25"),
[P("Hầu Văn Sính", "Phó Bí thư Tỉnh ủy"),
 P("Ma Thị Thơm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Hoàng Thị Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân"),
 P("Lý Văn Chiều", "người có uy tín xã Hoàng Su Phì"),
 P("Đặng Văn Mùi", "người có uy tín xã Hoàng Su Phì"),
 P("Giàng Seo Sử", "người có uy tín xã Hoàng Su Phì"),
 P("Nguyễn Thị Thanh Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("hơn 1,1 triệu lượt ý kiến", 1100000, "lượt ý kiến", "over"),
 Q("trên 190.000 m2", 190000, "m2", "over"), Q("khoảng 36 tỷ đồng", 36000000000, "đồng", "approx"),
 Q("8.416 căn nhà tạm, nhà dột nát", 8416, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2.306 mô hình", 2306, "mô hình"), Q("250 mô hình cấp tỉnh", 250, "mô hình cấp tỉnh"), Q("420 hộ đồng bào Mông", 420, "hộ đồng bào Mông"),
 Q("2.870 lượt công dân", 2870, "lượt công dân"), Q("1.254 đơn thư", 1254, "đơn thư"), Q("1.162 đơn thư", 1162, "đơn thư"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Kế hoạch", "36", "KH/TU", "2025-08-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 18/8/2025"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 08, 09-HD/BTGDVTU"),
 D("Hướng dẫn", "09", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 08, 09-HD/BTGDVTU"),
 D("Quy định", "304", "QĐ/TW", "2025-06-30", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 30/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân"), com("Hoàng Su Phì")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Công tác dân vận", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Dương Văn Mình", "Hiến pháp năm 2013", "đường Hạnh Phúc", "Nghị quyết Đại hội XIV", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Hôm nay: Thứ Bảy, 27/12/2025", "năm 2025", "năm 2026", "ngày 1/7/2025", "nhiệm kỳ 2025 - 2030", "khóa XVI", "lần thứ I", "hai cấp"]))

PAGES.append(page("b3624-vinhlong-btgdv-tongket-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Chính trị | Xây dựng Đảng
Cập nhật: 15:40, 18/12/2025 (GMT+7)
Vĩnh Long: Phát huy sức dân sau hợp nhất, năm 2025 xây dựng gần 4.900 căn nhà cho hộ khó khăn
Sáng 17/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2025 và triển khai nhiệm vụ năm 2026. Chủ trì hội nghị có đồng chí Lê Văn Hận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; dự có đồng chí Trần Trí Quảng, Phó Bí thư Tỉnh ủy.
Đồng chí Trần Trí Quảng phát biểu chỉ đạo. Ảnh: Thảo Ly
Năm 2025, sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, khối dân vận đã tập trung ổn định tư tưởng cán bộ, đảng viên và nhân dân. Ban tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 25/7/2025 thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị; Quy chế số 05-QC/TU về công tác dân vận của hệ thống chính trị tỉnh. Ban ban hành Kế hoạch 27, 28-KH/BTGDVTU về tổ chức gặp mặt người có uy tín và về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 35 xã, phường.
Các cấp đã vận động xây dựng gần 4.900 căn nhà cho hộ khó khăn, tổng kinh phí hơn 294 tỷ đồng; nhân dân hiến trên 210.000 m2 đất mở rộng đường nông thôn. Tỉnh có 2.880 mô hình "Dân vận khéo". Công tác vận động đồng bào Khmer có nhiều kết quả: 203 chùa Phật giáo Nam tông Khmer tổ chức lễ Sen Dolta an toàn; 1.210 vị sư sãi được tuyên truyền về sắp xếp đơn vị hành chính. Các cơ quan tiếp nhận 1.834 đơn thư, đã giải quyết 1.701 đơn thư, đạt 92,7%.
Tại hội nghị, Hòa thượng Thạch Hoàng Anh Tuấn, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh khóa IX, nêu vai trò sư sãi trong vận động đồng bào; bà Kiên Thị Sa Rết, Bí thư Đảng ủy xã Tập Sơn, báo cáo mô hình "Phum sóc xanh, sạch, đẹp"; ông Nguyễn Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội, chia sẻ cách vận động tiểu thương. Linh mục Phêrô Huỳnh Văn Lộc, Quản xứ giáo xứ Cái Nhum, phát biểu đồng hành với địa phương.
Phát biểu chỉ đạo, đồng chí Trần Trí Quảng đề nghị năm 2026 khối dân vận tập trung vận động nhân dân thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; bám sát cơ sở, giải quyết dứt điểm đơn thư phát sinh sau sắp xếp; phấn đấu ít nhất 95% mâu thuẫn được hòa giải thành ở cơ sở.
Hội nghị cũng nêu: tổ chức bộ máy làm công tác dân vận ở cấp xã mới còn thiếu ổn định; nhiều cán bộ chưa quen địa bàn; tình trạng khiếu nại về đất đai ở vùng ven đô còn phức tạp.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 15 tập thể, 24 cá nhân.
Thảo Ly
Tin liên quan
- Hội nghị người có uy tín tỉnh Vĩnh Long năm 2025 (05/12/2025)
- Xã Tập Sơn ra mắt mô hình dân vận khéo (25/11/2025)
- Họp mặt chức sắc tôn giáo nhân dịp Giáng sinh (12/12/2025)
""", "2025-12-18", "Vĩnh Long: Phát huy sức dân sau hợp nhất, năm 2025 xây dựng gần 4.900 căn nhà cho hộ khó khăn",
E("tong_ket", "2025", "2025-12-17"),
[P("Lê Văn Hận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Trí Quảng", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Hoàng Anh Tuấn", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh khóa IX"),
 P("Kiên Thị Sa Rết", "Bí thư Đảng ủy xã Tập Sơn"),
 P("Nguyễn Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội"),
 P("Phêrô Huỳnh Văn Lộc", "Linh mục", "Quản xứ giáo xứ Cái Nhum")],
[Q("gần 4.900 căn nhà", 4900, "căn nhà", "approx"), Q("3 tỉnh", 3, "tỉnh"), Q("35 xã, phường", 35, "xã, phường"),
 Q("hơn 294 tỷ đồng", 294000000000, "đồng", "over"), Q("trên 210.000 m2", 210000, "m2", "over"), Q("2.880 mô hình", 2880, "mô hình"),
 Q("203 chùa Phật giáo Nam tông Khmer", 203, "chùa Phật giáo Nam tông Khmer"), Q("1.210 vị sư sãi", 1210, "vị sư sãi"),
 Q("1.834 đơn thư", 1834, "đơn thư"), Q("1.701 đơn thư", 1701, "đơn thư"), Q("92,7%", 92.7, "%"), Q("ít nhất 95%", 95, "%", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kế hoạch", "12", "KH/TU", "2025-07-25", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 25/7/2025"),
 D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Quy chế", "05", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế số 05-QC/TU"),
 D("Kế hoạch", "27", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BTGDVTU"),
 D("Kế hoạch", "28", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("An Hội")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Chính trị | Xây dựng Đảng", "Đồng chí Trần Trí Quảng phát biểu chỉ đạo. Ảnh: Thảo Ly",
 "Dân vận khéo", "Phum sóc xanh, sạch, đẹp", "Sen Dolta", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Cập nhật: 15:40, 18/12/2025 (GMT+7)", "năm 2025", "năm 2026", "khóa IX", "lần thứ I"]))

PAGES.append(page("b3625-gialai-btgdv-tongket-2025", """
Báo Gia Lai điện tử
Thời sự › Chính trị
Thứ Sáu, 09/01/2026 - 14:25
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Đồng chí Rơ Châm Ly phát biểu tại hội nghị. Ảnh: Đức Thụy
Ngày 8/1/2026, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Rơ Châm Ly, Phó Bí thư Tỉnh ủy dự và chỉ đạo. Đồng chí Đinh Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ksor Tin, Lê Thị Thu Sương, Nguyễn Văn Hào.
Năm 2025, tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định. Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 03-CTr/TU thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 04, 05-CT/TU về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số và về vận động nhân dân tham gia bảo vệ an ninh trật tự ở cơ sở.
Các cấp đã vận động xóa 6.735 căn nhà tạm, nhà dột nát, trong đó có 2.104 căn của hộ đồng bào dân tộc thiểu số; nhân dân hiến khoảng 58 ha đất, góp trên 41 tỷ đồng làm đường, nhà văn hóa. Toàn tỉnh có 3.214 mô hình "Dân vận khéo", trong đó 286 mô hình cấp tỉnh. Khối dân vận phối hợp vận động 512 hộ bỏ theo "Tin lành Đấng Christ" và các tổ chức bất hợp pháp; gặp mặt 1.860 người có uy tín. Các cấp tiếp nhận 1.417 đơn thư, đã giải quyết 1.325 đơn thư, đạt 93,5%.
Tham luận tại hội nghị, ông Rah Lan Thuận, Bí thư Đảng ủy xã Ia Grai, chia sẻ kinh nghiệm vận động đồng bào Jrai chuyển đổi cây trồng; bà Đinh Thị Blêu, Chủ tịch Hội LHPN xã Vĩnh Thạnh (dân tộc Bana), nêu mô hình "Làng không có bạo lực gia đình"; ông Nay Phi, ông Siu Hlinh - già làng làng Plei Ơi, xã Ia Hrú, kiến nghị hỗ trợ bảo tồn nhà rông. Ông Đinh Văn Xăng, người có uy tín làng Kon Mon, xã An Lão (dân tộc Bana), đề nghị mở lớp dạy cồng chiêng.
Phát biểu chỉ đạo, đồng chí Rơ Châm Ly đề nghị năm 2026 khối dân vận tuyên truyền, vận động nhân dân thực hiện Nghị quyết Đại hội XIV của Đảng; triển khai Quy định số 08-QĐi/TU về Quy chế công tác dân vận của hệ thống chính trị tỉnh; làm tốt công tác vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Hội nghị cũng thẳng thắn nhìn nhận: đội ngũ làm công tác dân vận ở cấp xã mới còn thiếu kinh nghiệm; nắm tình hình vùng biên giới có lúc chưa kịp thời.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 13 tập thể và 19 cá nhân.
Đức Thụy
Tin liên quan
- Gia Lai gặp mặt người có uy tín năm 2025 (26/12/2025)
- Xã Ia Grai ra mắt tổ dân vận khéo (16/12/2025)
- Hội nghị báo cáo viên tháng 12/2025 (10/12/2025)
""", "2026-01-09", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Rơ Châm Ly", "Phó Bí thư Tỉnh ủy"),
 P("Đinh Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Tin", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hào", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rah Lan Thuận", "Bí thư Đảng ủy xã Ia Grai"),
 P("Đinh Thị Blêu", "Chủ tịch Hội LHPN xã Vĩnh Thạnh"),
 P("Nay Phi", "già làng làng Plei Ơi"),
 P("Siu Hlinh", "già làng làng Plei Ơi"),
 P("Đinh Văn Xăng", "người có uy tín làng Kon Mon")],
[Q("6.735 căn nhà tạm, nhà dột nát", 6735, "căn nhà tạm, nhà dột nát"), Q("2.104 căn", 2104, "căn"), Q("khoảng 58 ha", 58, "ha", "approx"),
 Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"), Q("3.214 mô hình", 3214, "mô hình"), Q("286 mô hình cấp tỉnh", 286, "mô hình cấp tỉnh"),
 Q("512 hộ", 512, "hộ"), Q("1.860 người có uy tín", 1860, "người có uy tín"), Q("1.417 đơn thư", 1417, "đơn thư"),
 Q("1.325 đơn thư", 1325, "đơn thư"), Q("93,5%", 93.5, "%"), Q("13 tập thể", 13, "tập thể"), Q("19 cá nhân", 19, "cá nhân")],
[D("Chương trình hành động", "03", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 03-CTr/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Quy định", "08", "QĐi/TU", None, None, "Quy định số 08-QĐi/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Grai"), com("Vĩnh Thạnh"), com("Ia Hrú"), com("An Lão")],
["Báo Gia Lai điện tử", "Thời sự › Chính trị", "Đồng chí Rơ Châm Ly phát biểu tại hội nghị. Ảnh: Đức Thụy", "Dân vận khéo",
 "Tin lành Đấng Christ", "Làng không có bạo lực gia đình", "Nghị quyết Đại hội XIV"],
["Thứ Sáu, 09/01/2026 - 14:25", "năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b3626-lamdong-btgdvhu-donduong-soket-2025", """
HUYỆN ỦY ĐƠN DƯƠNG
Trang chủ >> Tin hoạt động >> Tuyên giáo - Dân vận
27/06/2025 - 09:20
Đơn Dương: Khối dân vận hoàn thành nhiệm vụ trước khi kết thúc hoạt động cấp huyện
Sáng 25/6, Ban Tuyên giáo và Dân vận Huyện ủy Đơn Dương (Lâm Đồng) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025, đồng thời nhìn lại kết quả công tác dân vận giai đoạn 2020 - 2025 trước khi huyện kết thúc hoạt động từ ngày 1/7/2025. Đồng chí Touneh Hàm Điệp, HUV, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy chủ trì; dự có đồng chí Phan Văn Tuấn, Bí thư Huyện ủy.
Quang cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng đầu năm 2025 Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 201-KH/HU ngày 3/3/2025 về công tác tư tưởng, dân vận phục vụ sắp xếp đơn vị hành chính cấp xã; Hướng dẫn số 02-HD/BTGDVHU về kiện toàn tổ dân vận thôn sau sáp nhập. Ban phối hợp tổ chức lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính, với 96,8% cử tri đồng thuận.
Khối dân vận vận động nhân dân hiến khoảng 7.400 m2 đất, góp hơn 2,3 tỷ đồng làm đường nội đồng; hoàn thành xóa 86 căn nhà tạm, nhà dột nát trước ngày 30/6. Huyện có 41 mô hình "Dân vận khéo", trong đó 4 mô hình cấp tỉnh. Khối dân vận tiếp 65 lượt công dân, tiếp nhận 27 đơn, đã giải quyết 24 đơn. Trong giai đoạn 2020 - 2025, nhân dân trong huyện đã đóng góp trên 48 tỷ đồng xây dựng nông thôn mới.
Tại hội nghị, ông Ya Tiến, Bí thư Đảng ủy xã Pró (dân tộc Chu Ru), chia sẻ kinh nghiệm vận động bà con tham gia hợp tác xã rau; bà Ma Thị Hờ, Chủ tịch Hội LHPN thị trấn Thạnh Mỹ, nêu mô hình "Phụ nữ Chu Ru giữ nghề dệt"; ông K'Breo, ông Cil Ha Sơn - người có uy tín thôn Ma Đanh, xã Tu Tra (dân tộc K'Ho), đề nghị giữ ổn định đội ngũ cán bộ thôn sau sáp nhập. Đồng chí Bon Jông Ha Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, báo cáo kết quả kiểm tra.
Phát biểu chỉ đạo, đồng chí Phan Văn Tuấn yêu cầu trong thời gian chuyển tiếp, cán bộ dân vận phải bám cơ sở, làm tốt công tác tư tưởng cho cán bộ dôi dư; bàn giao đầy đủ hồ sơ về đơn thư, các mô hình "Dân vận khéo" cho Đảng ủy các xã mới; thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp đơn vị hành chính.
Hội nghị cũng nêu: một bộ phận cán bộ, người dân còn tâm tư khi sáp nhập thôn, xã; việc kiện toàn tổ dân vận ở một số thôn còn chậm.
Dịp này, Huyện ủy tặng giấy khen cho 6 tập thể, 8 cá nhân có thành tích trong công tác dân vận giai đoạn 2020 - 2025.
Hồng Thắm
Các tin khác
- Đơn Dương: hội nghị người có uy tín lần cuối (18/06/2025)
- Ka Đô bàn giao nhà tạm cho hộ nghèo (05/06/2025)
- Thạnh Mỹ tổng kết mô hình "Dân vận khéo" (28/05/2025)
""", "2025-06-27", "Đơn Dương: Khối dân vận hoàn thành nhiệm vụ trước khi kết thúc hoạt động cấp huyện",
E("so_ket", "2025-H1", "2025-06-25"),
[P("Touneh Hàm Điệp", "HUV", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Phan Văn Tuấn", "Bí thư Huyện ủy"),
 P("Ya Tiến", "Bí thư Đảng ủy xã Pró"),
 P("Ma Thị Hờ", "Chủ tịch Hội LHPN thị trấn Thạnh Mỹ"),
 P("K'Breo", "người có uy tín thôn Ma Đanh"),
 P("Cil Ha Sơn", "người có uy tín thôn Ma Đanh"),
 P("Bon Jông Ha Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy")],
[Q("96,8%", 96.8, "%"), Q("khoảng 7.400 m2", 7400, "m2", "approx"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("86 căn nhà tạm, nhà dột nát", 86, "căn nhà tạm, nhà dột nát"), Q("41 mô hình", 41, "mô hình"), Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"),
 Q("65 lượt công dân", 65, "lượt công dân"), Q("27 đơn", 27, "đơn"), Q("24 đơn", 24, "đơn"), Q("trên 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Kế hoạch", "201", "KH/HU", "2025-03-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 201-KH/HU ngày 3/3/2025"),
 D("Hướng dẫn", "02", "HD/BTGDVHU", None, "Ban Tuyên giáo và Dân vận Huyện ủy", "Hướng dẫn số 02-HD/BTGDVHU"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025")],
[prov("Lâm Đồng"), com("Pró"), com("Thạnh Mỹ"), com("Tu Tra")],
["HUYỆN ỦY ĐƠN DƯƠNG", "Trang chủ >> Tin hoạt động >> Tuyên giáo - Dân vận", "Quang cảnh hội nghị sơ kết.", "Dân vận khéo",
 "Phụ nữ Chu Ru giữ nghề dệt", "Đề án sắp xếp đơn vị hành chính"],
["27/06/2025 - 09:20", "6 tháng đầu năm 2025", "giai đoạn 2020 - 2025", "ngày 1/7/2025", "ngày 30/6"]))

PAGES.append(page("b3627-dongnai-btgdv-soket-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Xây dựng Đảng
08:05 | 10/07/2026
Ảnh: Toàn cảnh hội nghị.
Đồng Nai: Khối dân vận vận động xây dựng 1.240 căn nhà trong 6 tháng
Ngày 8/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Điểu Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Hồ Văn Hà, Phó Bí thư Thường trực Tỉnh ủy.
Sáu tháng đầu năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 118-KH/TU ngày 12/2/2026 thực hiện Nghị quyết Đại hội XIV của Đảng về công tác dân vận; Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong bầu cử và về vận động đồng bào dân tộc thiểu số vùng biên giới. Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Công văn số 315-CV/BTGDVTU hướng dẫn kiện toàn tổ dân vận ấp, khu phố.
Khối dân vận góp phần vận động 99,6% cử tri đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Các cấp vận động xây dựng 1.240 căn nhà cho hộ khó khăn, tổng trị giá khoảng 74 tỷ đồng; nhân dân hiến hơn 36.000 m2 đất làm đường. Ở khu vực phía bắc tỉnh, khối dân vận vận động 318 hộ đồng bào S'tiêng, Mnông được hỗ trợ đất sản xuất; tổ chức 64 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với nhân dân. Các cấp tiếp nhận 612 đơn thư, đã giải quyết 547 đơn thư.
Tại hội nghị, ông Điểu Lên, Bí thư Đảng ủy xã Bù Gia Mập, chia sẻ kinh nghiệm vận động đồng bào giữ rừng; bà Thị Bích, Chủ tịch Hội LHPN xã Lộc Ninh (dân tộc Khmer), nêu mô hình "Tổ phụ nữ S'tiêng tiết kiệm" với 32 thành viên; ông Điểu Mai, ông Điểu Trung - người có uy tín sóc Bù Lạch, xã Đak Ơ, kiến nghị đầu tư điện cho các sóc. Linh mục Giuse Phạm Văn Hiệp, Quản xứ giáo xứ Phú Lý, phát biểu đồng hành với chính quyền.
Phát biểu chỉ đạo, đồng chí Hồ Văn Hà yêu cầu 6 tháng cuối năm tập trung thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị; làm tốt công tác dân vận trong giải phóng mặt bằng các dự án sân bay Long Thành, đường Vành đai 4; phấn đấu đến cuối năm 2026 có ít nhất 1.500 mô hình "Dân vận khéo".
Hội nghị cũng chỉ ra hạn chế: sinh hoạt tổ dân vận ở một số ấp mới sáp nhập chưa đều; đơn thư liên quan bồi thường còn nhiều. Việc phối hợp giữa Ban Tuyên giáo và Dân vận với Ủy ban MTTQ Việt Nam và chính quyền một số xã trong giải quyết kiến nghị của cử tri sau bầu cử có lúc chưa chặt chẽ, còn chậm trả lời.
Đăng Tùng
Tin liên quan
- Xã Bù Gia Mập gặp mặt già làng, người có uy tín (30/06/2026)
- Phường Biên Hòa tổ chức đối thoại với nhân dân (19/06/2026)
- Hội nghị giao ban công tác dân vận quý II (05/06/2026)
""", "2026-07-10", "Đồng Nai: Khối dân vận vận động xây dựng 1.240 căn nhà trong 6 tháng",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Điểu Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Hà", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Điểu Lên", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Bích", "Chủ tịch Hội LHPN xã Lộc Ninh"),
 P("Điểu Mai", "người có uy tín sóc Bù Lạch"),
 P("Điểu Trung", "người có uy tín sóc Bù Lạch"),
 P("Giuse Phạm Văn Hiệp", "Linh mục", "Quản xứ giáo xứ Phú Lý")],
[Q("1.240 căn nhà", 1240, "căn nhà"), Q("99,6%", 99.6, "%"), Q("khoảng 74 tỷ đồng", 74000000000, "đồng", "approx"),
 Q("hơn 36.000 m2", 36000, "m2", "over"), Q("318 hộ đồng bào S'tiêng, Mnông", 318, "hộ đồng bào S'tiêng, Mnông"),
 Q("64 cuộc đối thoại", 64, "cuộc đối thoại"), Q("612 đơn thư", 612, "đơn thư"), Q("547 đơn thư", 547, "đơn thư"),
 Q("32 thành viên", 32, "thành viên"), Q("ít nhất 1.500 mô hình", 1500, "mô hình", "over")],
[D("Kế hoạch", "118", "KH/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 118-KH/TU ngày 12/2/2026"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Công văn", "315", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 315-CV/BTGDVTU"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 72-NQ/TW của Bộ Chính trị")],
[prov("Đồng Nai"), com("Bù Gia Mập"), com("Lộc Ninh"), com("Đak Ơ")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị.", "Dân vận khéo", "Tổ phụ nữ S'tiêng tiết kiệm",
 "Nghị quyết Đại hội XIV", "sân bay Long Thành", "đường Vành đai 4"],
["08:05 | 10/07/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Vành đai 4", "Sáu tháng đầu năm"]))

PAGES.append(page("b3628-quangtri-btgdv-tongket-2025", """
Báo và Phát thanh, Truyền hình Quảng Trị
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Hai, 29/12/2025 - 17:35
Quảng Trị: Khối dân vận góp phần giữ vững ổn định sau hợp nhất tỉnh
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.
Ngày 27/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Dự và chỉ đạo có đồng chí Hồ Thị Minh Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đồng chí Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025, khối dân vận tỉnh Quảng Trị (mới, hợp nhất từ hai tỉnh Quảng Bình, Quảng Trị) đã tập trung vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính. Ban tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 24-KH/TU ngày 5/9/2025 về công tác dân vận năm 2025 - 2026; Kết luận 31, 32-KL/TU về vận động đồng bào Bru - Vân Kiều, Chứt và về dân vận chính quyền ở xã, phường; triển khai Quy định số 301-QĐ/TW của Ban Bí thư về Quy chế công tác dân vận.
Khối dân vận vận động xóa 3.956 căn nhà tạm, nhà dột nát trước ngày 31/8/2025; nhân dân hiến trên 126.000 m2 đất, đóng góp khoảng 28,5 tỷ đồng xây dựng nông thôn mới. Toàn tỉnh có 1.574 mô hình "Dân vận khéo", trong đó 132 mô hình cấp tỉnh. Qua giám sát, Mặt trận và các đoàn thể đề xuất 186 kiến nghị, đã được tiếp thu 171 kiến nghị. Các cơ quan tiếp 1.096 lượt công dân, nhận 884 đơn thư, đã giải quyết 812 đơn thư, đạt 91,9%.
Tại hội nghị, ông Hồ Văn Nhàn, Bí thư Đảng ủy xã Hướng Lập (dân tộc Vân Kiều), chia sẻ cách vận động bà con không trồng cây cần sa, không vượt biên; bà Hồ Thị Xuân, người có uy tín bản Mò O Ồ Ồ, xã Dân Hóa (dân tộc Chứt), kiến nghị hỗ trợ giữ tiếng nói của đồng bào; ông Pả Vinh, Chủ tịch UBND xã Lìa, nêu kết quả di dời 47 hộ khỏi vùng sạt lở. Bà Lê Thị Kim Oanh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, giải đáp ý kiến của cơ sở.
Phát biểu kết luận, đồng chí Hồ Thị Minh Hiền yêu cầu năm 2026 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, Nghị quyết Đại hội XIV của Đảng; thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp; phấn đấu 100% xã, phường có tổ dân vận hoạt động hiệu quả.
Hội nghị cũng nêu hạn chế: đội ngũ làm công tác dân vận cấp xã còn mỏng, nhiều nơi kiêm nhiệm; đời sống một bộ phận đồng bào miền núi còn khó khăn.
Dịp này, 11 tập thể và 16 cá nhân được Ban Thường vụ Tỉnh ủy tặng bằng khen.
Thanh Lê
Tin khác
- Gặp mặt người có uy tín tỉnh Quảng Trị năm 2025 (22/12/2025)
- Xã Dân Hóa bàn giao nhà ở cho đồng bào Chứt (10/12/2025)
- Phường Đồng Hới đối thoại với tiểu thương (01/12/2025)
""", "2025-12-29", "Quảng Trị: Khối dân vận góp phần giữ vững ổn định sau hợp nhất tỉnh",
E("tong_ket", "2025", "2025-12-27"),
[P("Hồ Thị Minh Hiền", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Nhàn", "Bí thư Đảng ủy xã Hướng Lập"),
 P("Hồ Thị Xuân", "người có uy tín bản Mò O Ồ Ồ"),
 P("Pả Vinh", "Chủ tịch UBND xã Lìa"),
 P("Lê Thị Kim Oanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3.956 căn nhà tạm, nhà dột nát", 3956, "căn nhà tạm, nhà dột nát"), Q("trên 126.000 m2", 126000, "m2", "over"),
 Q("khoảng 28,5 tỷ đồng", 28500000000, "đồng", "approx"), Q("1.574 mô hình", 1574, "mô hình"), Q("132 mô hình cấp tỉnh", 132, "mô hình cấp tỉnh"),
 Q("186 kiến nghị", 186, "kiến nghị"), Q("171 kiến nghị", 171, "kiến nghị"), Q("1.096 lượt công dân", 1096, "lượt công dân"),
 Q("884 đơn thư", 884, "đơn thư"), Q("812 đơn thư", 812, "đơn thư"), Q("91,9%", 91.9, "%"), Q("47 hộ", 47, "hộ"), Q("100% xã, phường", 100, "%"),
 Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch", "24", "KH/TU", "2025-09-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 24-KH/TU ngày 5/9/2025"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Quy định", "301", "QĐ/TW", None, "Ban Bí thư", "Quy định số 301-QĐ/TW của Ban Bí thư"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Lập"), com("Dân Hóa"), com("Lìa")],
["Báo và Phát thanh, Truyền hình Quảng Trị", "Trang chủ / Chính trị / Xây dựng Đảng", "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.",
 "Dân vận khéo", "Nghị quyết Đại hội XIV", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Thứ Hai, 29/12/2025 - 17:35", "năm 2025", "năm 2026", "năm 2025 - 2026", "lần thứ I", "ngày 31/8/2025"]))
