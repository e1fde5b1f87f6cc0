from lib import *
PAGES = []

PAGES.append(page("b3407-dongnai-tongket-tongiao-2024", """
SỞ NỘI VỤ TỈNH ĐỒNG NAI
Trang chủ » Tin tức » Tôn giáo
Thứ Hai, 30/12/2024 - 15:00
Ảnh: Đại biểu dự hội nghị.
Đồng Nai: Tổng kết công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2024
Ngày 27/12/2024, Sở Nội vụ tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có ông Võ Văn Phong, Phó Chủ tịch UBND tỉnh; bà Lê Thị Ngọc Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Ngọc Anh, Giám đốc Sở Nội vụ.
Theo báo cáo của Ban Tôn giáo, Đồng Nai là địa phương có đông tín đồ tôn giáo nhất cả nước với hơn 2,2 triệu tín đồ, chiếm khoảng 67% dân số; có 13 tôn giáo, 42 tổ chức tôn giáo, 2.060 cơ sở thờ tự. Riêng đạo Cao Đài có 8 hệ phái với khoảng 28.000 tín đồ, 64 Thánh thất, Điện thờ, Thánh tịnh; Phật giáo Hòa Hảo có 11 Ban Trị sự xã, phường.
Năm 2024, các tôn giáo tổ chức các ngày lễ lớn như Lễ Giáng sinh, Đại lễ Phật đản, Đại lễ Vía Đức Huỳnh Giáo chủ, Đại lễ Kỷ niệm Khai đạo Cao Đài trang trọng, an toàn. Sở Nội vụ đã giải quyết 428 hồ sơ thủ tục hành chính về tôn giáo, trong đó chấp thuận 61 trường hợp phong phẩm, bổ nhiệm chức sắc, 26 trường hợp thuyên chuyển chức việc; phối hợp thẩm định 87 hồ sơ xây dựng, cải tạo cơ sở thờ tự. Các tổ chức tôn giáo đóng góp trên 356 tỷ đồng cho hoạt động từ thiện, nhân đạo.
Bên cạnh kết quả đạt được, hội nghị chỉ ra hạn chế: vẫn còn 7 vụ việc phức tạp liên quan đất đai cơ sở thờ tự kéo dài; một số nhóm "Pháp Luân Công", "Hội thánh Đức Chúa Trời Mẹ" hoạt động lén lút ở phường Tam Phước và xã Hố Nai 3.
Tại hội nghị, Linh mục Giuse Đinh Quang Thịnh, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; Giáo hữu Thái Thơ Thanh, Khâm Châu đạo Đồng Nai (Cao Đài Tây Ninh); ông Nguyễn Văn Hai, Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh, đã tham luận về phối hợp giữa chính quyền và tổ chức tôn giáo trong vận động tín đồ.
Phát biểu chỉ đạo, ông Võ Văn Phong đề nghị năm 2025 tiếp tục thực hiện Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo; tổng kết Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo; chủ động chuẩn bị cho việc sắp xếp tổ chức bộ máy làm công tác tôn giáo theo chủ trương của Trung ương.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 18 tập thể, 27 cá nhân; Giám đốc Sở Nội vụ tặng giấy khen cho 35 tập thể, cá nhân có thành tích xuất sắc năm 2024.
Ngọc Hà
Lượt xem: 451
Tin liên quan
- Đồng Nai: gặp mặt chức sắc Công giáo nhân dịp Giáng sinh 2024 (20/12/2024)
- Thống Nhất: đối thoại với chức sắc các tôn giáo năm 2024 (05/12/2024)
- Biên Hòa: tập huấn nghiệp vụ công tác tôn giáo cho cán bộ phường (22/11/2024)
- Long Khánh: Thánh thất Cao Đài Xuân Lập tổ chức Đại lễ Khai đạo (16/11/2024)
""", "2024-12-30", "Đồng Nai: Tổng kết công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2024",
E("tong_ket", "2024", "2024-12-27"),
[P("Võ Văn Phong", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Ngọc Anh", "Giám đốc Sở Nội vụ"),
 P("Giuse Đinh Quang Thịnh", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Thái Thơ Thanh", "Giáo hữu", "Khâm Châu đạo Đồng Nai"),
 P("Nguyễn Văn Hai", "Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh")],
[Q("hơn 2,2 triệu tín đồ", 2200000, "tín đồ", "over"), Q("khoảng 67%", 67, "%", "approx"), Q("13 tôn giáo", 13, "tôn giáo"),
 Q("42 tổ chức tôn giáo", 42, "tổ chức tôn giáo"), Q("2.060 cơ sở thờ tự", 2060, "cơ sở thờ tự"), Q("8 hệ phái", 8, "hệ phái"),
 Q("khoảng 28.000 tín đồ", 28000, "tín đồ", "approx"), Q("64 Thánh thất, Điện thờ, Thánh tịnh", 64, "Thánh thất, Điện thờ, Thánh tịnh"),
 Q("11 Ban Trị sự xã, phường", 11, "Ban Trị sự xã, phường"), Q("428 hồ sơ thủ tục hành chính", 428, "hồ sơ thủ tục hành chính"),
 Q("61 trường hợp", 61, "trường hợp"), Q("26 trường hợp", 26, "trường hợp"), Q("87 hồ sơ", 87, "hồ sơ"),
 Q("trên 356 tỷ đồng", 356000000000, "đồng", "over"), Q("7 vụ việc phức tạp liên quan đất đai cơ sở thờ tự", 7, "vụ việc phức tạp liên quan đất đai cơ sở thờ tự"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("35 tập thể, cá nhân", 35, "tập thể, cá nhân")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU")],
[prov("Đồng Nai"), com("Tam Phước"), com("Hố Nai 3")],
["SỞ NỘI VỤ TỈNH ĐỒNG NAI", "Trang chủ » Tin tức » Tôn giáo", "Ảnh: Đại biểu dự hội nghị.", "Đại lễ Vía Đức Huỳnh Giáo chủ",
 "Đại lễ Kỷ niệm Khai đạo Cao Đài", "Pháp Luân Công", "Hội thánh Đức Chúa Trời Mẹ", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 451"],
["Thứ Hai, 30/12/2024 - 15:00", "năm 2024", "năm 2025", "Lượt xem: 451"]))

PAGES.append(page("b3408-tayninh-sodttg-giaoban-q3-2025", """
SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH TÂY NINH
Trang chủ > Tin hoạt động > Công tác tôn giáo
Thứ Năm, 09/10/2025
Giao ban công tác dân tộc, tôn giáo quý III năm 2025
Ngày 8/10, Sở Dân tộc và Tôn giáo tỉnh Tây Ninh tổ chức giao ban công tác dân tộc, tôn giáo quý III, triển khai nhiệm vụ quý IV năm 2025; đây là lần giao ban đầu tiên kể từ khi tỉnh Tây Ninh mới (hợp nhất tỉnh Long An và tỉnh Tây Ninh) đi vào hoạt động với chính quyền địa phương hai cấp. Ông Nguyễn Thành Công, Giám đốc Sở, chủ trì; dự có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an tỉnh và công chức phụ trách tôn giáo của 96 xã, phường.
Ông Nguyễn Thành Công phát biểu tại giao ban.
Báo cáo cho thấy, tỉnh Tây Ninh mới có 11 tôn giáo với khoảng 1,57 triệu tín đồ, 4.120 chức sắc, 9.800 chức việc và 1.634 cơ sở thờ tự. Đạo Cao Đài có 10 hệ phái với hơn 700.000 tín đồ, nhiều nhất là Hội thánh Cao Đài Tòa thánh Tây Ninh. Trong quý III, Đại lễ Hội Yến Diêu Trì Cung năm Ất Tỵ tại Tòa thánh thu hút khoảng 300.000 lượt người, được bảo đảm an toàn tuyệt đối.
Sở đã tham mưu UBND tỉnh ban hành Quyết định số 215/QĐ-UBND ngày 15/7/2025 về việc giao nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo cho UBND cấp xã và Kế hoạch số 88/KH-UBND về tuyên truyền pháp luật về tín ngưỡng, tôn giáo; giải quyết 114 hồ sơ, trong đó 39 hồ sơ được UBND cấp xã giải quyết theo thẩm quyền mới. Một số xã, phường ở khu vực phía đông như phường Long An, xã Cần Giuộc vẫn lúng túng khi tiếp nhận hồ sơ do cán bộ mới.
Các đại biểu thảo luận. Ông Trần Minh Tuấn, Phó Giám đốc Sở Dân tộc và Tôn giáo, đề nghị các xã sớm cập nhật dữ liệu cơ sở thờ tự. Bà Đinh Thị Ngọc Hân, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy, lưu ý chuẩn bị tốt Đại lễ Kỷ niệm Khai đạo Cao Đài lần thứ 100 vào năm 2026, dự kiến có hàng trăm nghìn lượt tín đồ trong và ngoài nước về dự.
Kết luận, ông Nguyễn Thành Công giao các phòng chuyên môn tập trung thực hiện Chỉ thị số 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo sau hợp nhất; phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức 2 lớp tập huấn cho khoảng 200 công chức cấp xã trong quý IV.
Thanh Bình
Lượt xem: 198
Tin liên quan
- Tây Ninh: thăm, chúc mừng Hội thánh Cao Đài Tòa thánh Tây Ninh nhân Đại lễ Hội Yến Diêu Trì Cung (05/10/2025)
- Ra mắt Sở Dân tộc và Tôn giáo tỉnh Tây Ninh (sau hợp nhất) (02/07/2025)
- Hội nghị trực tuyến triển khai sắp xếp bộ máy làm công tác tôn giáo (20/06/2025)
- Long An (cũ): tổng kết 10 năm mô hình "Họ đạo văn hóa" (10/06/2025)
- Sở Nội vụ tỉnh Tây Ninh (cũ) bàn giao nhiệm vụ quản lý tôn giáo (28/02/2025)
Sở Dân tộc và Tôn giáo tỉnh Tây Ninh. Địa chỉ: số 83 Phạm Tung, phường Tân Ninh, tỉnh Tây Ninh.
""", "2025-10-09", "Giao ban công tác dân tộc, tôn giáo quý III năm 2025",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Nguyễn Thành Công", "Giám đốc Sở"),
 P("Trần Minh Tuấn", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Đinh Thị Ngọc Hân", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("96 xã, phường", 96, "xã, phường"), Q("11 tôn giáo", 11, "tôn giáo"), Q("khoảng 1,57 triệu tín đồ", 1570000, "tín đồ", "approx"),
 Q("4.120 chức sắc", 4120, "chức sắc"), Q("9.800 chức việc", 9800, "chức việc"), Q("1.634 cơ sở thờ tự", 1634, "cơ sở thờ tự"),
 Q("10 hệ phái", 10, "hệ phái"), Q("hơn 700.000 tín đồ", 700000, "tín đồ", "over"),
 Q("khoảng 300.000 lượt người", 300000, "lượt người", "approx"), Q("114 hồ sơ", 114, "hồ sơ"), Q("39 hồ sơ", 39, "hồ sơ"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("khoảng 200 công chức cấp xã", 200, "công chức cấp xã", "approx")],
[D("Quyết định", "215", "QĐ-UBND", "2025-07-15", "UBND tỉnh", "Quyết định số 215/QĐ-UBND ngày 15/7/2025"),
 D("Kế hoạch", "88", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 88/KH-UBND"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03, 04-CT/TU")],
[prov("Tây Ninh"), prov("Long An"), com("Long An"), com("Cần Giuộc")],
["SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH TÂY NINH", "Trang chủ > Tin hoạt động > Công tác tôn giáo", "Ông Nguyễn Thành Công phát biểu tại giao ban.",
 "Hội thánh Cao Đài Tòa thánh Tây Ninh", "Đại lễ Hội Yến Diêu Trì Cung", "Đại lễ Kỷ niệm Khai đạo Cao Đài", "Lượt xem: 198"],
["Thứ Năm, 09/10/2025", "quý III", "quý IV năm 2025", "hai cấp", "năm Ất Tỵ", "lần thứ 100", "năm 2026", "quý IV", "Lượt xem: 198"]))

PAGES.append(page("b3409-vinhlong-caodai-khaidao-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thời sự | Chính trị | Dân tộc - Tôn giáo
Thứ Sáu, 05/12/2025 - 07:30
Lãnh đạo tỉnh thăm, chúc mừng các Hội thánh Cao Đài nhân Đại lễ Kỷ niệm Khai đạo
Chiều 3/12 (nhằm 14/10 năm Ất Tỵ), đoàn công tác tỉnh Vĩnh Long do đồng chí Lữ Quang Nghĩa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, chúc mừng Hội thánh Cao Đài Ban Chỉnh đạo và Hội thánh Cao Đài Tiên Thiên nhân Đại lễ Kỷ niệm 99 năm Khai đạo Cao Đài (15/10 âm lịch).
Cùng đi có các đồng chí: Trần Văn Lâu, Nguyễn Thị Kim Hồng - Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy; bà Võ Thị Xuân Mai, Giám đốc Sở Dân tộc và Tôn giáo.
Tại Trung ương Hội thánh Cao Đài Ban Chỉnh đạo ở phường An Hội, đoàn được Đầu sư Thượng Tâm Thanh, Chưởng quản Hội thánh; Phối sư Thượng Chí Thanh, Chánh Thư ký Hội đồng Chưởng quản đón tiếp. Đầu sư Thượng Tâm Thanh cho biết, Hội thánh hiện có khoảng 95.000 tín đồ ở 21 tỉnh, thành phố, 164 Thánh thất, Thánh tịnh; riêng trên địa bàn tỉnh Vĩnh Long mới có 73 Thánh thất với hơn 40.000 tín đồ. Trong năm, các Họ đạo đã vận động xây dựng 46 căn nhà Đại đoàn kết, trao 4.800 phần quà cho hộ nghèo với tổng trị giá khoảng 3,9 tỷ đồng.
Đoàn thăm Trung ương Hội thánh Cao Đài Ban Chỉnh đạo.
Đồng chí Lữ Quang Nghĩa chúc mừng đại lễ, đánh giá cao việc các Hội thánh Cao Đài đã sớm ổn định sinh hoạt theo địa giới hành chính mới sau khi hợp nhất tỉnh Vĩnh Long, Bến Tre và Trà Vinh; mong chức sắc tiếp tục vận động tín đồ hưởng ứng phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" và thực hiện Kế hoạch số 12-KH/TU ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong giai đoạn mới.
Tại Tòa thánh Cao Đài Tiên Thiên (xã Tiên Thủy), Đầu sư Ngọc Nhơn Thanh, Chưởng quản Hội thánh Cao Đài Tiên Thiên, cảm ơn lãnh đạo tỉnh và cho biết đại lễ năm nay dự kiến đón khoảng 15.000 lượt đồng đạo; Hội thánh bố trí 600 đạo tâm phục vụ.
Thanh Thủy
Lượt xem: 1.337
Tin liên quan
- Chuẩn bị Đại lễ Kỷ niệm 99 năm Khai đạo Cao Đài (20/11/2025)
- Sở Dân tộc và Tôn giáo tập huấn cho công chức cấp xã (06/11/2025)
- Gặp mặt người có uy tín trong đồng bào Khmer tỉnh Vĩnh Long (25/10/2025)
- Thăm các chùa Khmer nhân Lễ Sene Dolta (20/09/2025)
- Hội thánh Cao Đài Ban Chỉnh đạo trao 500 phần quà cho hộ nghèo (05/09/2025)
- Vĩnh Long: hội nghị triển khai sắp xếp tổ chức bộ máy làm công tác tôn giáo (15/07/2025)
- Trà Vinh (cũ): tổng kết mô hình "Chùa Khmer tiêu biểu" (20/06/2025)
Báo và Phát thanh, Truyền hình Vĩnh Long - Cơ quan của Đảng bộ tỉnh Vĩnh Long. Số 50 đường 2/9, phường Thanh Đức, tỉnh Vĩnh Long.
""", "2025-12-05", "Lãnh đạo tỉnh thăm, chúc mừng các Hội thánh Cao Đài nhân Đại lễ Kỷ niệm Khai đạo",
E("khac", None, "2025-12-03"),
[P("Lữ Quang Nghĩa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Văn Lâu", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Hồng", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thị Xuân Mai", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thượng Tâm Thanh", "Đầu sư", "Chưởng quản Hội thánh"),
 P("Thượng Chí Thanh", "Phối sư", "Chánh Thư ký Hội đồng Chưởng quản"),
 P("Ngọc Nhơn Thanh", "Đầu sư", "Chưởng quản Hội thánh Cao Đài Tiên Thiên")],
[Q("khoảng 95.000 tín đồ", 95000, "tín đồ", "approx"), Q("21 tỉnh, thành phố", 21, "tỉnh, thành phố"),
 Q("164 Thánh thất, Thánh tịnh", 164, "Thánh thất, Thánh tịnh"), Q("73 Thánh thất", 73, "Thánh thất"),
 Q("hơn 40.000 tín đồ", 40000, "tín đồ", "over"), Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"),
 Q("4.800 phần quà", 4800, "phần quà"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q("khoảng 15.000 lượt đồng đạo", 15000, "lượt đồng đạo", "approx"), Q("600 đạo tâm", 600, "đạo tâm")],
[D("Kế hoạch", "12", "KH/TU", "2025-08-25", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 25/8/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội"), com("Tiên Thủy")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Đoàn thăm Trung ương Hội thánh Cao Đài Ban Chỉnh đạo.",
 "Hội thánh Cao Đài Ban Chỉnh đạo", "Hội thánh Cao Đài Tiên Thiên", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
 "Lượt xem: 1.337"],
["Thứ Sáu, 05/12/2025 - 07:30", "14/10 năm Ất Tỵ", "99 năm", "15/10 âm lịch", "Lượt xem: 1.337"]))

PAGES.append(page("b3410-cantho-tongket-tongiao-2025", """
ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Hôm nay: Thứ Ba, 20/01/2026
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
Ngày đăng 16/01/2026 | 16:20
Toàn cảnh hội nghị.
Cần Thơ triển khai nhiệm vụ công tác dân tộc, tôn giáo năm 2026
Sáng 15/01/2026, Sở Dân tộc và Tôn giáo thành phố Cần Thơ tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Bà Lê Thị Thanh Hường, Phó Chủ tịch UBND thành phố, dự và chỉ đạo; ông Lâm Hoàng Sa Rinh, Giám đốc Sở Dân tộc và Tôn giáo, chủ trì hội nghị.
Đây là năm đầu tiên thành phố Cần Thơ mới (hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang) tổng kết công tác tôn giáo. Thành phố hiện có 12 tôn giáo với khoảng 1,4 triệu tín đồ, 2.350 cơ sở thờ tự, trong đó có 187 chùa Phật giáo Nam tông Khmer, 94 Thánh thất, Điện thờ Cao Đài và 212 Ban Trị sự Phật giáo Hòa Hảo cấp xã. Năm 2025, các tổ chức tôn giáo đóng góp hơn 210 tỷ đồng cho công tác an sinh xã hội, tham gia xóa 1.486 căn nhà tạm, nhà dột nát.
Sở đã tham mưu UBND thành phố ban hành 14 văn bản chỉ đạo, nổi bật là Quyết định số 1032/QĐ-UBND ngày 28/8/2025 của UBND thành phố về phân cấp quản lý nhà nước về tôn giáo; Sở Dân tộc và Tôn giáo ban hành Hướng dẫn số 07/HD-SDTTG về tiếp nhận, giải quyết thủ tục hành chính về tôn giáo ở cấp xã; giải quyết đúng hạn 312 hồ sơ, đạt 100%. Còn 5 vụ việc khiếu nại về đất cơ sở thờ tự tại xã Phong Điền và phường Ngã Bảy chưa giải quyết dứt điểm.
Tại hội nghị, Hòa thượng Đào Như, Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước thành phố; ông Huỳnh Văn Thơ, Phó Trưởng ban Trị sự Phật giáo Hòa Hảo thành phố; Chánh trị sự Họ đạo Cao Đài Phụng Hiệp Nguyễn Văn Kiệt - phát biểu đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các cơ sở thờ tự đang sử dụng ổn định.
Phát biểu chỉ đạo, bà Lê Thị Thanh Hường đề nghị năm 2026 Sở tiếp tục thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP của Chính phủ; triển khai Kế hoạch số 19-KH/TU ngày 02/10/2025 của Ban Thường vụ Thành ủy; chủ động chuẩn bị Tết Chôl Chnăm Thmây và Đại lễ Khai đạo Phật giáo Hòa Hảo.
Dịp này, UBND thành phố tặng bằng khen cho 16 tập thể và 24 cá nhân.
Huỳnh Mai
Lượt xem: 402
Tin liên quan
- Cần Thơ: thăm, chúc mừng các chức sắc tôn giáo nhân dịp Giáng sinh 2025 (22/12/2025)
- Ra mắt Sở Dân tộc và Tôn giáo thành phố Cần Thơ (01/07/2025)
- Phường Sóc Trăng: hội nghị người có uy tín trong đồng bào Khmer (15/12/2025)
- Vị Thanh: Ban Trị sự PGHH trao 300 phần quà cho hộ nghèo (06/12/2025)
- Ngã Bảy: Họ đạo Cao Đài tổ chức Đại lễ Khai đạo (04/12/2025)
Cổng thông tin điện tử thành phố Cần Thơ. Số 2 Hòa Bình, phường Ninh Kiều, TP. Cần Thơ.
""", "2026-01-16", "Cần Thơ triển khai nhiệm vụ công tác dân tộc, tôn giáo năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Lê Thị Thanh Hường", "Phó Chủ tịch UBND thành phố"),
 P("Lâm Hoàng Sa Rinh", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Đào Như", "Hòa thượng", "Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Huỳnh Văn Thơ", "Phó Trưởng ban Trị sự Phật giáo Hòa Hảo thành phố"),
 P("Nguyễn Văn Kiệt", "Chánh trị sự Họ đạo Cao Đài Phụng Hiệp")],
[Q("12 tôn giáo", 12, "tôn giáo"), Q("khoảng 1,4 triệu tín đồ", 1400000, "tín đồ", "approx"), Q("2.350 cơ sở thờ tự", 2350, "cơ sở thờ tự"),
 Q("187 chùa Phật giáo Nam tông Khmer", 187, "chùa Phật giáo Nam tông Khmer"),
 Q("94 Thánh thất, Điện thờ Cao Đài", 94, "Thánh thất, Điện thờ Cao Đài"),
 Q("212 Ban Trị sự Phật giáo Hòa Hảo cấp xã", 212, "Ban Trị sự Phật giáo Hòa Hảo cấp xã"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("1.486 căn nhà tạm, nhà dột nát", 1486, "căn nhà tạm, nhà dột nát"),
 Q("14 văn bản chỉ đạo", 14, "văn bản chỉ đạo"), Q("312 hồ sơ", 312, "hồ sơ"), Q("100%", 100, "%"),
 Q("5 vụ việc khiếu nại về đất cơ sở thờ tự", 5, "vụ việc khiếu nại về đất cơ sở thờ tự"),
 Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Quyết định", "1032", "QĐ-UBND", "2025-08-28", "UBND thành phố", "Quyết định số 1032/QĐ-UBND ngày 28/8/2025"),
 D("Hướng dẫn", "07", "HD-SDTTG", None, "Sở Dân tộc và Tôn giáo", "Hướng dẫn số 07/HD-SDTTG"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Kế hoạch", "19", "KH/TU", "2025-10-02", "Ban Thường vụ Thành ủy", "Kế hoạch số 19-KH/TU ngày 02/10/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phong Điền"), com("Ngã Bảy")],
["ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.",
 "Hội Đoàn kết sư sãi yêu nước thành phố", "Luật Tín ngưỡng, tôn giáo", "Chôl Chnăm Thmây", "Đại lễ Khai đạo Phật giáo Hòa Hảo", "Lượt xem: 402"],
["Hôm nay: Thứ Ba, 20/01/2026", "Ngày đăng 16/01/2026 | 16:20", "năm 2025", "năm 2026", "Lượt xem: 402"]))

PAGES.append(page("b3411-angiang-ramadan-traoqua-2026", """
Báo An Giang điện tử
An Giang › Xã hội › Dân tộc - Tôn giáo
Thứ Ba, 03/03/2026 - 18:10
Thăm, tặng quà đồng bào Chăm theo đạo Hồi nhân tháng chay Ramadan 2026
(BAG) - Ngày 2/3, đoàn công tác của tỉnh An Giang do đồng chí Ngô Công Thuận, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Ban đại diện Cộng đồng Hồi giáo tỉnh và tặng quà đồng bào Chăm nhân tháng chay Ramadan năm 2026.
Cùng đi có bà Néang Sô Phi, Giám đốc Sở Dân tộc và Tôn giáo; ông Đinh Văn Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Ngô Công Thuận tặng quà tại thánh đường Mubarak.
Tại thánh đường Mubarak (xã Châu Phong), ông Haji Mohamad Ly, Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh An Giang, báo cáo: sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang, cộng đồng Hồi giáo trên địa bàn có khoảng 16.000 người, sinh hoạt tại 14 thánh đường và 12 tiểu thánh đường, tập trung ở các xã Châu Phong, Nhơn Hội, Khánh Bình và phường Châu Đốc. Năm 2025, bà con được hỗ trợ vay hơn 9 tỷ đồng phát triển sinh kế; 21 hộ Chăm nghèo được xây nhà theo chương trình xóa nhà tạm, nhà dột nát.
Đồng chí Ngô Công Thuận chúc đồng bào Chăm hoàn thành tháng chay Ramadan trong sức khỏe, bình an; đề nghị các vị Hakim, Imam tiếp tục vận động bà con thực hiện tốt Luật Tín ngưỡng, tôn giáo và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Dịp này, đoàn tặng Ban đại diện 20 triệu đồng, tặng mỗi thánh đường 5 triệu đồng và trao 400 phần quà cho hộ Chăm khó khăn, mỗi phần trị giá 600.000 đồng. Ông Musa Ly, Hakim thánh đường Mubarak, cảm ơn sự quan tâm của tỉnh.
Cùng ngày, đoàn của Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Minh Thúy, Phó Trưởng ban, dẫn đầu thăm cộng đồng Chăm ở xã Khánh Bình, trao 150 phần quà.
Hữu Huệ
Lượt xem: 809
Tin liên quan
- An Giang: gặp mặt chức sắc, chức việc các tôn giáo mừng Xuân Bính Ngọ (10/02/2026)
- Tịnh Biên: trao 200 phần quà cho đồng bào Khmer (02/02/2026)
- Sở Dân tộc và Tôn giáo tổng kết công tác năm 2025 (14/01/2026)
- Lãnh đạo tỉnh thăm Tòa Giám mục Long Xuyên nhân dịp Giáng sinh (23/12/2025)
- Rạch Giá: gặp mặt người có uy tín trong đồng bào Khmer (18/12/2025)
- Châu Phong: ra mắt mô hình "Cộng đồng Chăm đoàn kết, phát triển" (20/11/2025)
- Tri Tôn: tập huấn pháp luật về tín ngưỡng, tôn giáo cho công chức xã (30/10/2025)
- Hồi giáo An Giang tổ chức lễ Mawlid tại thánh đường Jamiul Azhar (05/09/2025)
- Phú Tân: Đại lễ Khai đạo Phật giáo Hòa Hảo năm 2025 (14/06/2025)
Báo An Giang - Số 12 Lê Lợi, phường Long Xuyên, tỉnh An Giang. Giấy phép số 23/GP-BTTTT.
""", "2026-03-03", "Thăm, tặng quà đồng bào Chăm theo đạo Hồi nhân tháng chay Ramadan 2026",
E("trao_qua", None, "2026-03-02"),
[P("Ngô Công Thuận", "Phó Chủ tịch UBND tỉnh"),
 P("Néang Sô Phi", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Đinh Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mohamad Ly", "Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh An Giang"),
 P("Musa Ly", "Hakim thánh đường Mubarak"),
 P("Nguyễn Thị Minh Thúy", "Phó Trưởng ban")],
[Q("khoảng 16.000 người", 16000, "người", "approx"), Q("14 thánh đường", 14, "thánh đường"), Q("12 tiểu thánh đường", 12, "tiểu thánh đường"),
 Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("21 hộ Chăm nghèo", 21, "hộ Chăm nghèo"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("400 phần quà", 400, "phần quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("150 phần quà", 150, "phần quà")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("An Giang"), prov("Kiên Giang"), com("Châu Phong"), com("Nhơn Hội"), com("Khánh Bình"), com("Châu Đốc")],
["Báo An Giang điện tử", "An Giang › Xã hội › Dân tộc - Tôn giáo", "(BAG)", "Đồng chí Ngô Công Thuận tặng quà tại thánh đường Mubarak.",
 "Ban đại diện Cộng đồng Hồi giáo tỉnh", "Luật Tín ngưỡng, tôn giáo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 809"],
["Thứ Ba, 03/03/2026 - 18:10", "tháng chay Ramadan năm 2026", "Năm 2025", "Lượt xem: 809"]))

PAGES.append(page("b3412-camau-gapmat-chucsac-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Trang chủ >> Tin tức >> Dân tộc - Tôn giáo
Thứ Tư, 11/02/2026 - 10:45
Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các chức sắc.
Gặp mặt chức sắc, chức việc, người có uy tín các tôn giáo mừng Xuân Bính Ngọ
Ngày 10/02/2026, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức Hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong các tôn giáo năm 2026, nhân dịp đón Xuân Bính Ngọ. Đây là lần gặp mặt đầu tiên của tỉnh Cà Mau mới (hợp nhất tỉnh Bạc Liêu và tỉnh Cà Mau) với khoảng 420 đại biểu.
Dự có đồng chí Nguyễn Hồ Hảo, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lữ Văn Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Thị Diệu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại hội nghị cho biết, tỉnh hiện có 10 tôn giáo với hơn 510.000 tín đồ; trong đó Cao Đài có 7 hệ phái, Tịnh độ Cư sĩ Phật hội Việt Nam có 32 Hội quán, Phật giáo Nam tông Khmer có 102 chùa. Năm 2025, các tôn giáo đã đóng góp khoảng 86 tỷ đồng cho quỹ "Vì người nghèo", xây 215 căn nhà Đại đoàn kết; 1.120 chức sắc, chức việc tham gia Ban Công tác Mặt trận ở khóm, ấp.
Tại hội nghị, các chức sắc: Thượng tọa Thích Minh Quang, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Phêrô Nguyễn Hoàng Anh, Quản hạt Bạc Liêu; Giáo hữu Thái Đảnh Thanh, Đầu Tộc đạo Giá Rai; Hòa thượng Danh Lung, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh - bày tỏ niềm tin vào sự lãnh đạo của Đảng sau sắp xếp bộ máy, mong tỉnh quan tâm tôn tạo các cơ sở thờ tự ven biển.
Phát biểu, đồng chí Nguyễn Hồ Hảo ghi nhận đóng góp của đồng bào các tôn giáo, đề nghị các chức sắc tiếp tục vận động tín đồ thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2025 của Tỉnh ủy về phát huy sức mạnh đại đoàn kết toàn dân tộc và Kế hoạch số 09-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026.
Dịp này, Ủy ban MTTQ tỉnh trao 80 phần quà Tết cho chức sắc cao tuổi, mỗi phần gồm 1 triệu đồng tiền mặt.
Ngọc Trân
Lượt truy cập: 77.120
Tin liên quan
- Bạc Liêu (cũ): thăm các chùa Khmer trước Tết (06/02/2026)
- Giá Rai: Họ đạo Cao Đài trao 100 phần quà Tết cho hộ nghèo (04/02/2026)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2025 (22/01/2026)
- Cà Mau: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (15/01/2026)
- Vĩnh Lợi: Tịnh độ Cư sĩ Phật hội trao 200 phần quà (10/01/2026)
Ủy ban MTTQ Việt Nam tỉnh Cà Mau. Địa chỉ: số 6 Lưu Tấn Tài, phường Tân Thành, tỉnh Cà Mau.
""", "2026-02-11", "Gặp mặt chức sắc, chức việc, người có uy tín các tôn giáo mừng Xuân Bính Ngọ",
E("hoi_nghi", "2026", "2026-02-10"),
[P("Nguyễn Hồ Hảo", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lữ Văn Hoàng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Thị Diệu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Quang", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Nguyễn Hoàng Anh", "Linh mục", "Quản hạt Bạc Liêu"),
 P("Thái Đảnh Thanh", "Giáo hữu", "Đầu Tộc đạo Giá Rai"),
 P("Danh Lung", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("khoảng 420 đại biểu", 420, "đại biểu", "approx"), Q("10 tôn giáo", 10, "tôn giáo"), Q("hơn 510.000 tín đồ", 510000, "tín đồ", "over"),
 Q("7 hệ phái", 7, "hệ phái"), Q("32 Hội quán", 32, "Hội quán"), Q("102 chùa", 102, "chùa"),
 Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("1.120 chức sắc, chức việc", 1120, "chức sắc, chức việc"), Q("80 phần quà", 80, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "05", "NQ/TU", "2025-09-20", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 20/9/2025"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09-KH/MTTQ-BTT")],
[prov("Cà Mau"), prov("Bạc Liêu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Trang chủ >> Tin tức >> Dân tộc - Tôn giáo", "Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các chức sắc.",
 "Tịnh độ Cư sĩ Phật hội Việt Nam", "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 77.120"],
["Thứ Tư, 11/02/2026 - 10:45", "Xuân Bính Ngọ", "năm 2026", "Năm 2025", "Lượt truy cập: 77.120"]))
