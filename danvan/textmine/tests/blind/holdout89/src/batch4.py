from lib import *
PAGES = []

PAGES.append(page("b2111-tuyenquang-btgdv-giaoban-quy3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Công tác dân vận
Thứ Sáu, 10/10/2025 - 08:45
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Vận hành chính quyền hai cấp: nắm chắc tâm tư nhân dân ở 124 xã, phường
Ngày 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban công tác tuyên giáo và dân vận quý III năm 2025, trực tuyến đến 124 xã, phường. Đồng chí Hầu Văn Lý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Thị Thu Hằng, Sùng Mí Vả, Ma Văn Thuần.
Báo cáo cho biết, sau hơn 3 tháng vận hành chính quyền địa phương hai cấp, tình hình tư tưởng cán bộ, đảng viên và nhân dân ở cả khu vực tỉnh Tuyên Quang cũ và tỉnh Hà Giang cũ cơ bản ổn định. Các trung tâm phục vụ hành chính công cấp xã đã tiếp nhận hơn 96.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,4%. Tuy nhiên, một bộ phận người dân vùng cao còn gặp khó khăn khi đến trụ sở xã mới ở xa; có 23 ý kiến phản ánh về việc đi lại làm thủ tục.
Trong quý, trên địa bàn xảy ra 2 vụ tụ tập đông người liên quan đến tranh chấp đất rừng ở xã Lũng Cú; phát hiện 11 trường hợp truyền đạo trái pháp luật ở các thôn vùng cao biên giới, đã vận động 7 hộ từ bỏ. Mưa lũ do bão số 3 làm 146 căn nhà bị hư hỏng; khối dân vận đã vận động hỗ trợ 2,8 tỷ đồng và 12 tấn gạo.
Khối dân vận các cấp tiếp nhận 74 đơn thư, đã giải quyết 61 đơn; tổ hòa giải hòa giải thành 82 vụ việc mâu thuẫn. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 15, 16-KH/TU về thực hiện Quy định số 304-QĐ/TW ngày 24/6/2025 của Ban Bí thư về công tác dân vận của hệ thống chính trị và về phát huy vai trò người có uy tín trong tình hình mới.
Tại giao ban, đồng chí Lù Thị Dua, Bí thư Đảng ủy xã Lũng Cú, đề nghị tỉnh hỗ trợ xây 35 nhà ở cho hộ nghèo biên giới; ông Vàng Seo Pháo, người có uy tín thôn Thèn Ván, xã Mèo Vạc, cho biết bà con đã tự giác hiến đất mở rộng 4 km đường. Bà Lương Thị Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin về việc hỗ trợ phụ nữ vùng lũ.
Kết luận giao ban, đồng chí Hầu Văn Lý yêu cầu quý IV tập trung nắm tình hình nhân dân sau sắp xếp, giải quyết kịp thời kiến nghị về thủ tục hành chính; chuẩn bị tốt đại hội đảng bộ các xã, phường và tổng kết công tác năm 2025.
Minh Anh
Tin khác
- Phường Hà Giang 1: ra mắt tổ dân vận khu dân cư (30/09/2025)
- Hội nghị triển khai Quy định số 304-QĐ/TW (15/08/2025)
- Xã Đồng Văn: gặp mặt người có uy tín (28/07/2025)
- Tập huấn nghiệp vụ dân vận cho cán bộ cấp xã (10/07/2025)
""", "2025-10-10", "Vận hành chính quyền hai cấp: nắm chắc tâm tư nhân dân ở 124 xã, phường",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Hầu Văn Lý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thu Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vả", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Thuần", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Thị Dua", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Vàng Seo Pháo", "người có uy tín thôn Thèn Ván"),
 P("Lương Thị Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 96.000 hồ sơ", 96000, "hồ sơ", "over"), Q("97,4%", 97.4, "%"),
 Q("23 ý kiến", 23, "ý kiến"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("11 trường hợp", 11, "trường hợp"),
 Q("7 hộ", 7, "hộ"), Q("146 căn nhà", 146, "căn nhà"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("12 tấn", 12, "tấn"),
 Q("74 đơn thư", 74, "đơn thư"), Q("61 đơn", 61, "đơn"), Q("82 vụ việc mâu thuẫn", 82, "vụ việc mâu thuẫn"),
 Q("35 nhà ở", 35, "nhà ở"), Q("4 km", 4, "km")],
[D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Quy định", "304", "QĐ/TW", "2025-06-24", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 24/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Công tác dân vận",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Hội Liên hiệp Phụ nữ tỉnh"],
["Thứ Sáu, 10/10/2025 - 08:45", "quý III năm 2025", "3 tháng", "bão số 3", "quý IV", "năm 2025"]))

PAGES.append(page("b2112-vinhlong-mttq-giaoban-thang10-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ | Hoạt động Mặt trận | Tin tỉnh
Ngày đăng 07/11/2025 | 14:30
Mặt trận tỉnh giao ban tháng 10: tiếp nhận 132 ý kiến, kiến nghị sau sắp xếp
Chiều 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức giao ban công tác Mặt trận tháng 10/2025 với Ban Thường trực Ủy ban MTTQ 124 xã, phường qua 125 điểm cầu. Bà Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Bà Kim Ngọc Thái phát biểu chỉ đạo tại điểm cầu tỉnh.
Báo cáo cho biết, trong tháng 10, tình hình nhân dân ở cả ba khu vực Vĩnh Long, Bến Tre, Trà Vinh cũ cơ bản ổn định; đồng bào Khmer đón lễ Sene Đolta vui tươi, an toàn. Mặt trận các cấp tiếp nhận 132 ý kiến, kiến nghị của cử tri, chủ yếu về thủ tục đất đai sau sắp xếp đơn vị hành chính, sạt lở bờ sông và triều cường. Trong tháng có 4 vụ sạt lở làm 9 căn nhà bị ảnh hưởng; 2 vụ tụ tập đông người phản ánh về ô nhiễm ở một cơ sở chế biến thủy sản tại xã Bình Đại đã được xử lý.
Mặt trận các cấp vận động được 5,6 tỷ đồng ủng hộ Quỹ "Vì người nghèo"; khởi công 210 căn nhà theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát"; trao 3.400 suất học bổng cho học sinh nghèo, mỗi suất 1 triệu đồng. Ban Thanh tra nhân dân ở 124 xã, phường đã giám sát 46 công trình, kiến nghị khắc phục 5 trường hợp chậm tiến độ.
Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 12/KH-MTTQ-BTT về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" năm 2025 và Hướng dẫn số 08/HD-MTTQ-BTT về hoạt động của Ban Công tác Mặt trận ở khu dân cư; triển khai Kết luận số 195-KL/TW ngày 26/9/2025 của Bộ Chính trị, Ban Bí thư.
Tại giao ban, ông Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo, báo cáo kết quả thăm 142 chùa Khmer; bà Nguyễn Thị Bé Tư, Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Hưng, đề nghị hỗ trợ 18 hộ nghèo ven biển; Hòa thượng Thạch Sok Xane, trụ trì chùa Âng, phường Nguyệt Hóa, mong các cấp quan tâm sửa chữa trường dạy chữ Khmer.
Kết luận, bà Kim Ngọc Thái yêu cầu tháng 11 tập trung tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở 2.870 khu dân cư, nắm chắc tình hình nhân dân ở vùng sạt lở, giám sát việc giải quyết thủ tục hành chính ở cấp xã, phường. Bà đề nghị Mặt trận các xã, phường chủ động phản ánh kịp thời những vấn đề người dân bức xúc, không để kéo dài.
Phương Nghi
Lượt xem: 714
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc mừng lễ Sene Đolta (20/09/2025)
- Hội nghị đại biểu Mặt trận Tổ quốc Việt Nam tỉnh (01/08/2025)
- Xã Tân Thủy: trao 12 căn nhà Đại đoàn kết (18/10/2025)
""", "2025-11-07", "Mặt trận tỉnh giao ban tháng 10: tiếp nhận 132 ý kiến, kiến nghị sau sắp xếp",
E("giao_ban", "2025-10", "2025-11-05"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Nguyễn Thị Bé Tư", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Hưng"),
 P("Thạch Sok Xane", "Hòa thượng", "trụ trì chùa Âng")],
[Q("132 ý kiến, kiến nghị", 132, "ý kiến, kiến nghị"), Q("124 xã, phường", 124, "xã, phường"), Q("125 điểm cầu", 125, "điểm cầu"),
 Q("4 vụ sạt lở", 4, "vụ sạt lở"), Q("9 căn nhà", 9, "căn nhà"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("210 căn nhà", 210, "căn nhà"), Q("3.400 suất học bổng", 3400, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("46 công trình", 46, "công trình"), Q("5 trường hợp", 5, "trường hợp"),
 Q("142 chùa Khmer", 142, "chùa Khmer"), Q("18 hộ nghèo", 18, "hộ nghèo"), Q("2.870 khu dân cư", 2870, "khu dân cư")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT"),
 D("Kết luận", "195", "KL/TW", "2025-09-26", "Bộ Chính trị, Ban Bí thư", "Kết luận số 195-KL/TW ngày 26/9/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Bình Đại"), com("Châu Hưng"), com("Nguyệt Hóa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ | Hoạt động Mặt trận | Tin tỉnh",
 "Bà Kim Ngọc Thái phát biểu chỉ đạo tại điểm cầu tỉnh.", "Sene Đolta", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 714"],
["Ngày đăng 07/11/2025 | 14:30", "tháng 10/2025", "tháng 11", "năm 2025", "Lượt xem: 714"]))

PAGES.append(page("b2113-lamdong-btgdv-tongket-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Trang chủ › Tin tức › Hoạt động của Ban
Thứ Sáu, 09/01/2026, 16:05
Toàn cảnh hội nghị.
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ka Sa Ha Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Điểu Thị Hường, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và đồng chí Thông Thị Ni, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, năm 2025 là năm đầu tiên thực hiện chính quyền địa phương hai cấp sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Khối dân vận các cấp đã tham gia vận động 1.860 hộ dân bàn giao mặt bằng các dự án cao tốc; tổ chức 326 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại 124 xã, phường, đặc khu. Toàn tỉnh xóa 4.215 căn nhà tạm, nhà dột nát, về đích trước thời hạn.
Về tình hình nhân dân, trong năm xảy ra 9 vụ tụ tập đông người, giảm 5 vụ so với năm 2024; 16 vụ việc tranh chấp đất đai giữa người dân với các công ty lâm nghiệp được giải quyết dứt điểm. Khối dân vận tiếp nhận 412 đơn thư, giải quyết 375 đơn, đạt 91%; phát hiện, vận động 28 trường hợp từ bỏ hoạt động của "Tin lành Đấng Christ" trái pháp luật.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 05-CTr/TU thực hiện Quy định số 304-QĐ/TW của Ban Bí thư. Ban cũng ký Quy chế phối hợp số 02-QC/BTGDVTU với Đảng ủy UBND tỉnh về công tác dân vận chính quyền; hướng dẫn triển khai Chỉ thị 11, 12-CT/TU về công tác tôn giáo và về vận động đồng bào dân tộc thiểu số tại chỗ.
Tại hội nghị, đồng chí K'Brốt, Bí thư Đảng ủy xã Đam Rông 2, cho biết xã đã vận động 132 hộ đồng bào K'Ho trồng cà phê chất lượng cao; đồng chí Đàng Thị Mỹ Hương, Bí thư Đảng ủy xã Phan Rí Thành, chia sẻ kinh nghiệm vận động đồng bào Chăm; đồng chí Y Ngọc Ê Ban, Phó Bí thư Thường trực Đảng ủy phường Bắc Gia Nghĩa, nêu khó khăn trong tiếp dân sau sắp xếp.
Phát biểu kết luận, đồng chí Ka Sa Ha Thủy yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, nắm chắc tình hình nhân dân, giải quyết kịp thời đơn thư từ cơ sở, phát huy phong trào "Dân vận khéo" gắn với 3 đột phá của tỉnh.
Dịp này, Ban tặng giấy khen cho 18 tập thể và 26 cá nhân.
Hồng Thắm
Tin cùng chuyên mục
- Xã Đức Trọng: đối thoại với nhân dân về giải phóng mặt bằng (26/12/2025)
- Phường Phan Thiết: gặp mặt chức sắc tôn giáo dịp Giáng sinh (22/12/2025)
- Tập huấn nghiệp vụ tuyên giáo và dân vận cấp xã (05/12/2025)
""", "2026-01-09", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Ka Sa Ha Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thông Thị Ni", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Brốt", "Bí thư Đảng ủy xã Đam Rông 2"),
 P("Đàng Thị Mỹ Hương", "Bí thư Đảng ủy xã Phan Rí Thành"),
 P("Y Ngọc Ê Ban", "Phó Bí thư Thường trực Đảng ủy phường Bắc Gia Nghĩa")],
[Q("1.860 hộ dân", 1860, "hộ dân"), Q("326 cuộc đối thoại", 326, "cuộc đối thoại"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("4.215 căn nhà tạm, nhà dột nát", 4215, "căn nhà tạm, nhà dột nát"),
 Q("9 vụ tụ tập đông người", 9, "vụ tụ tập đông người"), Q("5 vụ", 5, "vụ"),
 Q("16 vụ việc tranh chấp đất đai", 16, "vụ việc tranh chấp đất đai"), Q("412 đơn thư", 412, "đơn thư"),
 Q("375 đơn", 375, "đơn"), Q("91%", 91, "%"), Q("28 trường hợp", 28, "trường hợp"),
 Q("132 hộ đồng bào K'Ho", 132, "hộ đồng bào K'Ho"), Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 05-CTr/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW"),
 D("Quy chế phối hợp", "02", "QC/BTGDVTU", None, None, "Quy chế phối hợp số 02-QC/BTGDVTU"),
 D("Chỉ thị", "11", "CT/TU", None, None, "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, None, "Chỉ thị 11, 12-CT/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Phan Rí Thành"), com("Bắc Gia Nghĩa")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ › Tin tức › Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Tin lành Đấng Christ", "Dân vận khéo", "Nghị quyết Đại hội XIV"],
["Thứ Sáu, 09/01/2026, 16:05", "năm 2025", "năm 2026", "năm 2024", "Đại hội XIV", "3 đột phá", "xã Đam Rông 2"]))

PAGES.append(page("b2114-dongnai-mttq-giaoban-quy1-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ >> Tin hoạt động >> Mặt trận tỉnh
Cập nhật: 09:42, 03/04/2026 (GMT+7)
Ông Điểu Minh Tâm chủ trì giao ban. Ảnh: Quốc Việt
Mặt trận tỉnh: quý I tổng hợp 1.184 ý kiến, kiến nghị của cử tri sau bầu cử
Ngày 1/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội quý I năm 2026 với Ban Thường trực Ủy ban MTTQ 95 xã, phường. Ông Điểu Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các ông, bà: Thị Hồng Lan, Lâm Văn Phúc, Trần Thị Ngọc Hà - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, quý I, Mặt trận các cấp đã hoàn thành tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; sau bầu cử tổng hợp 1.184 ý kiến, kiến nghị của cử tri, tập trung vào thủ tục đất đai, tiến độ sân bay Long Thành và cao tốc Gia Nghĩa - Chơn Thành. Trong dịp Tết Bính Ngọ 2026, Mặt trận các cấp trao 42.600 phần quà cho hộ nghèo, công nhân khó khăn với tổng trị giá 31,9 tỷ đồng.
Về tình hình nhân dân, trong quý có 3 vụ ngừng việc tập thể của công nhân tại các khu công nghiệp với khoảng 2.300 người tham gia, đã được giải quyết; 6 vụ việc tranh chấp đất đai giữa đồng bào S'tiêng với doanh nghiệp ở khu vực Bình Phước cũ; phát hiện 15 trường hợp đăng tải thông tin sai sự thật về bầu cử trên mạng xã hội. Mặt trận các cấp nhận 57 đơn thư, đã chuyển cơ quan chức năng 52 đơn.
Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 21/KH-MTTQ-BTT về giám sát việc thực hiện chính sách đối với người có uy tín và Hướng dẫn số 05/HD-MTTQ-BTT về hoạt động của Ban Thanh tra nhân dân cấp xã; triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
Tại giao ban, ông Điểu Lên, người có uy tín sóc Bom Bo, xã Bom Bo, đề nghị quan tâm giải quyết đất sản xuất cho 48 hộ đồng bào S'tiêng; bà Nguyễn Thị Thu Trang, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, phản ánh khó khăn khi vận động 120 hộ di dời ven sông Đồng Nai.
Kết luận, ông Điểu Minh Tâm yêu cầu quý II tập trung giám sát việc giải quyết kiến nghị cử tri, vận động nhân dân bàn giao mặt bằng, nắm chắc tâm trạng công nhân sau Tết; chuẩn bị hội nghị tổng kết 1 năm thực hiện mô hình Mặt trận sau sắp xếp.
Nhiều ý kiến cho rằng cần sớm hoàn thiện quy chế phối hợp giữa Mặt trận với chính quyền cấp xã mới để việc tiếp nhận, xử lý kiến nghị được thông suốt.
Quốc Việt
Tin khác
- Phường Biên Hòa: trao 20 căn nhà Đại đoàn kết (25/03/2026)
- Hiệp thương lần thứ ba giới thiệu người ứng cử (10/02/2026)
- Xã Lộc Ninh: gặp mặt người có uy tín đầu xuân (24/02/2026)
""", "2026-04-03", "Mặt trận tỉnh: quý I tổng hợp 1.184 ý kiến, kiến nghị của cử tri sau bầu cử",
E("giao_ban", "2026-Q1", "2026-04-01"),
[P("Điểu Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hồng Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Ngọc Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Lên", "người có uy tín sóc Bom Bo"),
 P("Nguyễn Thị Thu Trang", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên")],
[Q("1.184 ý kiến, kiến nghị", 1184, "ý kiến, kiến nghị"), Q("95 xã, phường", 95, "xã, phường"),
 Q("42.600 phần quà", 42600, "phần quà"), Q("31,9 tỷ đồng", 31900000000, "đồng"),
 Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"), Q("khoảng 2.300 người", 2300, "người", "approx"),
 Q("6 vụ việc tranh chấp đất đai", 6, "vụ việc tranh chấp đất đai"), Q("15 trường hợp", 15, "trường hợp"),
 Q("57 đơn thư", 57, "đơn thư"), Q("52 đơn", 52, "đơn"), Q("48 hộ đồng bào S'tiêng", 48, "hộ đồng bào S'tiêng"),
 Q("120 hộ", 120, "hộ")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Trấn Biên")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ >> Tin hoạt động >> Mặt trận tỉnh",
 "Ông Điểu Minh Tâm chủ trì giao ban. Ảnh: Quốc Việt", "Long Thành"],
["Cập nhật: 09:42, 03/04/2026 (GMT+7)", "quý I năm 2026", "khóa XVI", "Tết Bính Ngọ 2026", "quý II", "1 năm"]))

PAGES.append(page("b2115-laocai-xa-bacha-todanvan-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẮC HÀ - TỈNH LÀO CAI
Trang chủ / Tin tức - Sự kiện / Dân vận
Thứ Sáu, 13/03/2026
Tổ dân vận thôn - "cánh tay nối dài" giữ bình yên bản làng
Hơn 8 tháng sau khi vận hành chính quyền địa phương hai cấp, 42 tổ dân vận ở các thôn của xã Bắc Hà đã trở thành cầu nối tin cậy giữa cấp ủy, chính quyền với nhân dân, nhất là ở những thôn đồng bào Mông, Dao, Tày, Nùng sinh sống xen kẽ.
Tổ dân vận thôn Na Hối Tày họp bàn việc làm đường bê tông.
Xã Bắc Hà (tỉnh Lào Cai) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Bắc Hà và các xã Na Hối, Bản Phố, Thải Giàng Phố. Toàn xã có 5.640 hộ với hơn 24.000 nhân khẩu; tỷ lệ hộ nghèo còn 9,8%. Thực hiện Nghị quyết số 02-NQ/ĐU của Đảng ủy xã về nâng cao chất lượng công tác dân vận ở cơ sở, mỗi tổ dân vận gồm trưởng thôn, bí thư chi bộ, chi hội trưởng các đoàn thể và người có uy tín, sinh hoạt định kỳ mỗi tháng một lần.
Ông Vàng Văn Sử, Tổ trưởng tổ dân vận thôn Na Hối Tày, kể: năm 2025, tổ đã vận động 86 hộ hiến 3.400 m2 đất, đóng góp 1.150 ngày công làm 2,6 km đường bê tông; hòa giải thành 6 vụ việc mâu thuẫn trong thôn mà không để kéo lên xã. "Cái khó nhất là thuyết phục bà con bỏ hủ tục, nhưng nói nhiều lần, làm trước cho dân xem thì bà con nghe", ông Sử nói.
Ở thôn Bản Phố 1, bà Giàng Thị Dở, người có uy tín thôn Bản Phố 1, cùng tổ dân vận vận động 14 trường hợp tảo hôn trở về gia đình, vận động 31 hộ đồng bào Mông chuyển đổi từ trồng ngô sang trồng mận tam hoa. Các tổ cũng kịp thời phát hiện, báo cáo 3 trường hợp tuyên truyền đạo trái pháp luật để lực lượng chức năng xử lý.
Bà Sần Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Hà, cho biết năm 2025 các tổ dân vận đã nắm và phản ánh 57 ý kiến, kiến nghị của nhân dân; xã đã giải quyết 49 ý kiến, còn lại chuyển lên tỉnh. Xã hỗ trợ mỗi tổ 2 triệu đồng/năm kinh phí hoạt động từ nguồn ngân sách và xã hội hóa.
Theo ông Lùng Văn Chư, Phó Bí thư Thường trực Đảng ủy xã, thời gian tới xã sẽ tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Kế hoạch số 18-KH/ĐU về phát huy vai trò tổ dân vận trong xây dựng nông thôn mới; phấn đấu mỗi năm có thêm 5 mô hình "Dân vận khéo". Xã cũng sẽ bồi dưỡng kỹ năng nắm tình hình, hòa giải cho thành viên các tổ, nhất là kỹ năng dùng tiếng Mông, tiếng Dao khi tuyên truyền, vận động bà con ở những thôn vùng cao xa trung tâm xã.
Thu Hoài - Văn phòng Đảng ủy xã
Lượt truy cập: 45.210
Tin liên quan
- Đảng ủy xã Bắc Hà tổng kết công tác dân vận năm 2025 (26/12/2025)
- Xã Bắc Hà tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
- Ra mắt Ủy ban MTTQ Việt Nam xã Bắc Hà (02/07/2025)
""", "2026-03-13", "Tổ dân vận thôn - \"cánh tay nối dài\" giữ bình yên bản làng",
E("khac", None, None),
[P("Vàng Văn Sử", "Tổ trưởng tổ dân vận thôn Na Hối Tày"),
 P("Giàng Thị Dở", "người có uy tín thôn Bản Phố 1"),
 P("Sần Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Hà"),
 P("Lùng Văn Chư", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("42 tổ dân vận", 42, "tổ dân vận"), Q("5.640 hộ", 5640, "hộ"), Q("hơn 24.000 nhân khẩu", 24000, "nhân khẩu", "over"),
 Q("9,8%", 9.8, "%"), Q("86 hộ", 86, "hộ"), Q("3.400 m2", 3400, "m2"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("2,6 km", 2.6, "km"), Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"), Q("14 trường hợp", 14, "trường hợp"),
 Q("31 hộ đồng bào Mông", 31, "hộ đồng bào Mông"), Q("3 trường hợp", 3, "trường hợp"),
 Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("49 ý kiến", 49, "ý kiến"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("5 mô hình", 5, "mô hình")],
[D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "18", "KH/ĐU", None, None, "Kế hoạch số 18-KH/ĐU")],
[prov("Lào Cai"), com("Bắc Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẮC HÀ - TỈNH LÀO CAI", "Trang chủ / Tin tức - Sự kiện / Dân vận",
 "Tổ dân vận thôn Na Hối Tày họp bàn việc làm đường bê tông.", "cánh tay nối dài", "Dân vận khéo", "Lượt truy cập: 45.210"],
["Thứ Sáu, 13/03/2026", "8 tháng", "năm 2025", "thôn Bản Phố 1", "Lượt truy cập: 45.210"]))

PAGES.append(page("b2116-gialai-btgdv-giaoban-thang3-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai
Trang chủ › Tin tức › Tuyên giáo - Dân vận
10/04/2026 - 09:20
Đồng chí Rơ Mah Thị Hiền phát biểu kết luận.
Tháng 3: khối dân vận vận động 412 hộ bàn giao mặt bằng cao tốc
Sáng 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác tuyên giáo và dân vận tháng 3/2026, trực tuyến với 135 xã, phường. Đồng chí Rơ Mah Thị Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Đinh Văn Hmun, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và đồng chí Lê Thị Kim Phượng, Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho biết, trong tháng 3, nhân dân phấn khởi trước kết quả bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp. Khối dân vận các cấp đã vận động 412 hộ bàn giao mặt bằng dự án cao tốc Quy Nhơn - Pleiku, trong đó 126 hộ ở khu vực Bình Định cũ. Giá cà phê, hồ tiêu ở mức cao giúp đời sống đồng bào các dân tộc cải thiện.
Tuy nhiên, trong tháng xảy ra 2 vụ tụ tập đông người kiến nghị về giá bồi thường tại xã Đak Pơ và phường An Nhơn; 3 vụ việc cháy rừng trái phép do đốt rẫy; phát hiện 5 trường hợp theo tổ chức phản động "Nhà nước Đêga" ở vùng biên giới, đã vận động ra đầu thú. Khối dân vận tiếp 47 lượt công dân, nhận 19 đơn thư, đã giải quyết 16 đơn; hòa giải thành 38 vụ việc mâu thuẫn.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 36, 37-KH/TU về triển khai Nghị quyết số 66-NQ/TW của Bộ Chính trị và về vận động đồng bào dân tộc thiểu số không di cư tự do; phối hợp tổ chức gặp mặt 1.214 người có uy tín, mỗi người nhận phần quà trị giá 1,5 triệu đồng.
Tại giao ban, đồng chí Siu Thị Blút, Bí thư Đảng ủy xã Ia Dom, đề nghị hỗ trợ xây 24 nhà ở cho hộ nghèo biên giới; ông Đinh Văn Thương, già làng làng Kon Hơ Ngót, xã An Toàn, cho biết làng đã 5 năm liền không có người di cư tự do. Bà Nguyễn Thị Bích Ngọc, Bí thư Đảng ủy phường An Nhơn, kiến nghị sớm tổ chức đối thoại với 63 hộ chưa đồng thuận.
Kết luận giao ban, đồng chí Rơ Mah Thị Hiền yêu cầu tháng 4 các cấp tập trung giải quyết dứt điểm kiến nghị về bồi thường, nắm chắc tình hình vùng biên giới, tổ chức tốt các hoạt động kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước. Đồng chí đề nghị các xã, phường kịp thời báo cáo vụ việc mới phát sinh.
Minh Châu
Lượt xem: 862
Tin liên quan
- Xã Chư Sê: đối thoại với nhân dân về đất đai (02/04/2026)
- Giao ban công tác tuyên giáo và dân vận tháng 2/2026 (09/03/2026)
- Phường Quy Nhơn: ra mắt tổ dân vận khu phố (20/02/2026)
""", "2026-04-10", "Tháng 3: khối dân vận vận động 412 hộ bàn giao mặt bằng cao tốc",
E("giao_ban", "2026-03", "2026-04-08"),
[P("Rơ Mah Thị Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hmun", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Phượng", "Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Thị Blút", "Bí thư Đảng ủy xã Ia Dom"),
 P("Đinh Văn Thương", "già làng làng Kon Hơ Ngót"),
 P("Nguyễn Thị Bích Ngọc", "Bí thư Đảng ủy phường An Nhơn")],
[Q("412 hộ", 412, "hộ"), Q("135 xã, phường", 135, "xã, phường"), Q("126 hộ", 126, "hộ"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("3 vụ việc cháy rừng trái phép", 3, "vụ việc cháy rừng trái phép"),
 Q("5 trường hợp", 5, "trường hợp"), Q("47 lượt công dân", 47, "lượt công dân"), Q("19 đơn thư", 19, "đơn thư"),
 Q("16 đơn", 16, "đơn"), Q("38 vụ việc mâu thuẫn", 38, "vụ việc mâu thuẫn"), Q("1.214 người có uy tín", 1214, "người có uy tín"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("24 nhà ở", 24, "nhà ở"), Q("63 hộ", 63, "hộ")],
[D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Đak Pơ"), com("An Nhơn"), com("Ia Dom"), com("An Toàn")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", "Trang chủ › Tin tức › Tuyên giáo - Dân vận",
 "Đồng chí Rơ Mah Thị Hiền phát biểu kết luận.", "Nhà nước Đêga", "Lượt xem: 862"],
["10/04/2026 - 09:20", "tháng 3/2026", "khóa XVI", "tháng 4", "5 năm", "51 năm", "Lượt xem: 862"]))
