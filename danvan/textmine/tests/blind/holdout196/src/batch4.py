from lib import *
PAGES = []

PAGES.append(page("b4679-tuyenquang-btgdv-diemtin-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Dân vận › Điểm tin
Ngày đăng 08/08/2025 | 16:20
Điểm tin dân vận tháng 7/2025: tháng đầu tiên vận hành chính quyền địa phương hai cấp
Chiều 06/8/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban công tác dân vận tháng 7 - tháng đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, vận hành chính quyền địa phương hai cấp. Đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; giao ban trực tuyến đến 124 điểm cầu xã, phường.
Các đại biểu dự giao ban tại điểm cầu tỉnh.
Theo báo cáo, trong tháng 7, khối dân vận đã nắm tình hình tư tưởng tại 124/124 xã, phường; khoảng 93% ý kiến nhân dân đồng tình với việc sắp xếp đơn vị hành chính. Trung tâm phục vụ hành chính công các xã, phường tiếp nhận hơn 46.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,7%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế làm việc số 03-QC/TU và Kế hoạch số 12-KH/TU về công tác dân vận trong triển khai chính quyền hai cấp; hướng dẫn thực hiện Kết luận 150-KL/TW của Bộ Chính trị.
Tin vắn tháng 7:
- Xã Lũng Cú: Đồng chí Vàng Mí Lử, Bí thư Đảng ủy xã Lũng Cú trực tiếp đối thoại với 76 hộ dân về sử dụng trụ sở dôi dư làm nhà văn hóa; 15 ý kiến được giải đáp tại chỗ.
- Xã Mèo Vạc: Ủy ban MTTQ xã ra mắt 4 tổ "Dân vận khéo" thôn; bà Sùng Thị Máy, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã Mèo Vạc vận động 30 hộ làm chuồng trại xa nhà.
- Phường Hà Giang 1: Đảng ủy phường tổ chức hội nghị lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 với 210 đại biểu; 37 ý kiến góp ý được tổng hợp.
- Xã Lâm Bình: Người có uy tín thôn Nà Thuôn, ông Ma Văn Khìn, vận động 9 hộ hiến 1.200 m2 đất làm đường; các ông Hoàng Văn Định, Chẩu Văn Lâm - Phó Chủ tịch UBND xã Lâm Bình - tham dự lễ khởi công.
- Phường Minh Xuân: Hội Cựu chiến binh phường trao 20 suất quà cho hội viên nghèo nhân kỷ niệm Ngày Thương binh - Liệt sĩ, mỗi suất 500.000 đồng.
- Văn bản: Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 05-HD/BTGDVTU về tổ chức hoạt động của khối dân vận cấp xã; thực hiện Quy định 296-QĐ/TW của Ban Chấp hành Trung ương.
Kết luận giao ban, đồng chí Hầu Minh Lợi đề nghị tháng 8 các xã, phường bảo đảm 100% thôn, tổ dân phố có tổ dân vận kiện toàn; tổ chức ít nhất 1 cuộc đối thoại giữa Bí thư Đảng ủy với nhân dân mỗi quý.
Ngọc Anh
Lượt xem: 1.432
Tin liên quan
- Điểm tin dân vận tháng 6/2025 (04/07/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (02/07/2025)
""", "2025-08-08", "Điểm tin dân vận tháng 7/2025: tháng đầu tiên vận hành chính quyền địa phương hai cấp",
E("giao_ban", "2025-07", "2025-08-06"),
[P("Hầu Minh Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Sùng Thị Máy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã Mèo Vạc"),
 P("Ma Văn Khìn", "Người có uy tín thôn Nà Thuôn"),
 P("Hoàng Văn Định", "Phó Chủ tịch UBND xã Lâm Bình"),
 P("Chẩu Văn Lâm", "Phó Chủ tịch UBND xã Lâm Bình")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("khoảng 93%", 93, "%", "approx"), Q("hơn 46.000 hồ sơ", 46000, "hồ sơ", "over"), Q("98,7%", 98.7, "%"),
 Q("76 hộ dân", 76, "hộ dân"), Q("15 ý kiến", 15, "ý kiến"), Q("4 tổ", 4, "tổ"), Q("30 hộ", 30, "hộ"),
 Q("210 đại biểu", 210, "đại biểu"), Q("37 ý kiến góp ý", 37, "ý kiến"), Q("9 hộ", 9, "hộ"), Q("1.200 m2", 1200, "m2"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("100%", 100, "%"),
 Q("ít nhất 1 cuộc đối thoại", 1, "cuộc đối thoại", "over")],
[D("Quy chế làm việc", "03", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế làm việc số 03-QC/TU"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 296-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Hà Giang 1"), com("Lâm Bình"), com("Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Dân vận › Điểm tin", "Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "Trung tâm phục vụ hành chính công", "Dân vận khéo", "Ngày Thương binh - Liệt sĩ", "Lượt xem: 1.432"],
["Ngày đăng 08/08/2025 | 16:20", "tháng 7/2025", "tháng 7", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.432"]))

PAGES.append(page("b4680-lamdong-mttq-bantin-2025", """
Báo Lâm Đồng điện tử
Trang chủ >> Chính trị >> Mặt trận
Thứ Sáu, 17/10/2025 - 07:30
BẢN TIN MẶT TRẬN TUẦN 42
Ảnh: Đoàn Chủ tịch điều hành Đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030
Trong 2 ngày 14 và 15/10/2025, tại phường Xuân Hương - Đà Lạt, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Dự đại hội có 450 đại biểu chính thức đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh.
Đại hội đã hiệp thương cử 125 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa I; đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I; các đồng chí Điểu K'Ré, Nguyễn Thị Bích Thủy, Hồ Văn Mười được cử làm Phó Chủ tịch. Theo báo cáo, nhiệm kỳ qua Mặt trận 3 tỉnh cũ đã vận động hơn 1.250 tỷ đồng cho Quỹ "Vì người nghèo", hỗ trợ xây mới, sửa chữa 8.640 căn nhà; phấn đấu nhiệm kỳ tới có trên 90% khu dân cư đạt chuẩn văn hóa.
Cũng trong tuần:
- Xã Quảng Tín: Ủy ban MTTQ xã trao 35 căn nhà cho hộ nghèo người M'nông, mỗi căn 60 triệu đồng; bà Thị Hoa, người có uy tín bon Bu Prăng, vận động 12 hộ tháo dỡ nhà tạm.
- Phường Phan Thiết: Hội nghị giám sát việc thực hiện Nghị định 59/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở tại 18 khu phố; 7 kiến nghị được gửi UBND phường.
- Xã Đam Rông 1: Hội nghị đối thoại giữa Bí thư Đảng ủy xã với 96 đoàn viên thanh niên người K'Ho, Mạ; ông Ha Mơ Ly, Bí thư Đảng ủy, Chủ tịch HĐND xã Đam Rông 1 trả lời 14 ý kiến.
- Xã Bắc Ruộng: Ủy ban MTTQ xã phối hợp các tổ chức tôn giáo trao 300 phần quà cho hộ khó khăn do mưa lũ, mỗi phần 500.000 đồng; Linh mục Phêrô Nguyễn Văn Tùng, Quản xứ giáo xứ Bắc Ruộng, cùng tham gia.
- Văn bản: Đại hội quán triệt Kết luận 179, 180-KL/TW của Bộ Chính trị; Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ; Ban Thường trực ban hành Hướng dẫn 08/HD-MTTQ-BTT về kiện toàn ban công tác Mặt trận ở 2.140 thôn, bon, tổ dân phố.
Phát biểu chỉ đạo, đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy, đề nghị Mặt trận tỉnh phát huy vai trò nòng cốt tập hợp khối đại đoàn kết toàn dân tộc, giám sát việc vận hành chính quyền 2 cấp, bảo đảm ít nhất 80% kiến nghị của nhân dân được trả lời đúng hạn.
Minh Quân - K'Linh
Lượt xem: 2.871
Tin khác
- Đại hội MTTQ phường Lang Biang - Đà Lạt (03/10/2025)
- Bản tin Mặt trận tuần 41 (10/10/2025)
- Hiệp thương giới thiệu nhân sự Ủy ban MTTQ tỉnh (26/09/2025)
""", "2025-10-17", "Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-10-14"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I"),
 P("Điểu K'Ré", "Phó Chủ tịch"), P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch"), P("Hồ Văn Mười", "Phó Chủ tịch"),
 P("Thị Hoa", "người có uy tín bon Bu Prăng"),
 P("Ha Mơ Ly", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đam Rông 1"),
 P("Phêrô Nguyễn Văn Tùng", "Linh mục", "Quản xứ giáo xứ Bắc Ruộng"),
 P("Y Thanh Hà Niê Kđăm", "Bí thư Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("450 đại biểu chính thức", 450, "đại biểu chính thức"), Q("125 vị", 125, "vị"),
 Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over"), Q("8.640 căn nhà", 8640, "căn nhà"), Q("trên 90%", 90, "%", "over"),
 Q("35 căn nhà", 35, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("18 khu phố", 18, "khu phố"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("96 đoàn viên thanh niên", 96, "đoàn viên thanh niên"), Q("14 ý kiến", 14, "ý kiến"),
 Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("2.140 thôn, bon, tổ dân phố", 2140, "thôn, bon, tổ dân phố"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP"),
 D("Kết luận", "179", "KL/TW", None, "Bộ Chính trị", "Kết luận 179, 180-KL/TW"),
 D("Kết luận", "180", "KL/TW", None, "Bộ Chính trị", "Kết luận 179, 180-KL/TW"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực", "Hướng dẫn 08/HD-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Quảng Tín"), com("Phan Thiết"),
 com("Đam Rông 1"), com("Bắc Ruộng")],
["Báo Lâm Đồng điện tử", "Trang chủ >> Chính trị >> Mặt trận", "BẢN TIN MẶT TRẬN TUẦN 42", "Ảnh: Đoàn Chủ tịch điều hành Đại hội.",
 "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 2.871"],
["Thứ Sáu, 17/10/2025 - 07:30", "TUẦN 42", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "khóa I", "chính quyền 2 cấp", "Lượt xem: 2.871"]))

PAGES.append(page("b4681-vinhlong-mttq-bantin-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Hôm nay: Chủ nhật, 28/12/2025
Trang chủ / Tin hoạt động / Bản tin Mặt trận
26-12-2025 09:40
Bản tin Mặt trận cuối năm 2025
Mặt trận tỉnh Vĩnh Long tổng kết năm đầu tiên sau hợp nhất: hơn 310 tỷ đồng chăm lo an sinh
Ngày 24/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Lữ Quang Ngời, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Trần Văn Lâu, Bí thư Tỉnh ủy.
Toàn cảnh hội nghị tổng kết. Ảnh: Phương Nghi
Năm 2025, Mặt trận các cấp trong tỉnh (gồm 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh trước hợp nhất) vận động hơn 310 tỷ đồng chăm lo an sinh xã hội; hoàn thành xóa 6.215 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, vượt mục tiêu Nghị quyết 42/NQ-CP của Chính phủ. Mặt trận tổ chức 842 cuộc giám sát, 126 hội nghị phản biện xã hội; 124 xã, phường đã kiện toàn Ủy ban MTTQ và các đoàn thể sau sắp xếp theo Kết luận 137-KL/TW của Bộ Chính trị.
Tin ngắn trong tháng 12:
- Phường Long Châu: Ban công tác Mặt trận khóm 3 tổ chức Ngày hội "Khu dân cư văn minh" với khoảng 400 người tham dự; 18 hộ được tặng giấy khen "Gia đình văn hóa tiêu biểu".
- Phường Trà Vinh: Đại đức Thạch Sa Rinh, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, tiếp đoàn Mặt trận thăm, chúc mừng các chùa Phật giáo Nam tông Khmer; Mặt trận tặng 15 chùa Phật giáo Nam tông Khmer mỗi chùa 3 triệu đồng.
- Xã Mỏ Cày: Ủy ban MTTQ xã đối thoại với 54 hộ dân bị sạt lở bờ sông; ông Huỳnh Văn Tư, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỏ Cày cam kết hỗ trợ di dời 11 hộ trước Tết.
- Xã Cầu Kè: Ông Kim Sô Phi, người có uy tín ấp Trà Mẹt, vận động 23 hộ Khmer tham gia bảo hiểm y tế; các bà Sơn Thị Sa Ri, Thạch Thị Huỳnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè - tham gia tuyên truyền.
- Văn bản: Ban Thường trực ban hành kế hoạch số 45/KH-MTTQ-BTT, số 46/KH-MTTQ-BTT về giám sát năm 2026 và vận động "Tết vì người nghèo" Xuân Bính Ngọ; Quy chế phối hợp số 02/QCPH-MTTQ-UBND với UBND tỉnh.
Kết luận hội nghị, đồng chí Lữ Quang Ngời đề nghị năm 2026 Mặt trận các cấp thực hiện tốt Quy định 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của MTTQ; phấn đấu 100% ban công tác Mặt trận khu dân cư tổ chức Ngày hội Đại đoàn kết. Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 46 tập thể, 78 cá nhân có thành tích xuất sắc.
Phương Nghi
Lượt truy cập: 5.306
Tin liên quan
- Trao 1.000 phần quà cho hộ nghèo dịp Giáng sinh (20/12/2025)
- Bản tin Mặt trận tháng 11/2025 (28/11/2025)
""", "2025-12-26", "Mặt trận tỉnh Vĩnh Long tổng kết năm đầu tiên sau hợp nhất: hơn 310 tỷ đồng chăm lo an sinh",
E("tong_ket", "2025", "2025-12-24"),
[P("Lữ Quang Ngời", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lâu", "Bí thư Tỉnh ủy"),
 P("Thạch Sa Rinh", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Huỳnh Văn Tư", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mỏ Cày"),
 P("Kim Sô Phi", "người có uy tín ấp Trà Mẹt"),
 P("Sơn Thị Sa Ri", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè"),
 P("Thạch Thị Huỳnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè")],
[Q("hơn 310 tỷ đồng", 310000000000, "đồng", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("6.215 căn nhà tạm, nhà dột nát", 6215, "căn nhà tạm, nhà dột nát"),
 Q("842 cuộc giám sát", 842, "cuộc giám sát"), Q("126 hội nghị phản biện xã hội", 126, "hội nghị phản biện xã hội"),
 Q("124 xã, phường", 124, "xã, phường"), Q("khoảng 400 người", 400, "người", "approx"), Q("18 hộ", 18, "hộ"),
 Q("15 chùa Phật giáo Nam tông Khmer", 15, "chùa Phật giáo Nam tông Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("54 hộ dân", 54, "hộ dân"), Q("11 hộ", 11, "hộ"), Q("23 hộ Khmer", 23, "hộ Khmer"), Q("100%", 100, "%"),
 Q("46 tập thể", 46, "tập thể"), Q("78 cá nhân", 78, "cá nhân")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận 137-KL/TW"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", None, "Ban Thường trực", "kế hoạch số 45/KH-MTTQ-BTT"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", None, "Ban Thường trực", "số 46/KH-MTTQ-BTT"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, "Ban Thường trực", "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Trà Vinh"), com("Mỏ Cày"), com("Cầu Kè")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Hôm nay: Chủ nhật, 28/12/2025", "Trang chủ / Tin hoạt động / Bản tin Mặt trận",
 "Bản tin Mặt trận cuối năm 2025", "Toàn cảnh hội nghị tổng kết. Ảnh: Phương Nghi", "Khu dân cư văn minh", "Gia đình văn hóa tiêu biểu",
 "Tết vì người nghèo", "Ngày hội Đại đoàn kết", "Lượt truy cập: 5.306"],
["Hôm nay: Chủ nhật, 28/12/2025", "26-12-2025 09:40", "năm 2025", "năm 2026", "khóm 3", "Xuân Bính Ngọ", "Lượt truy cập: 5.306"]))

PAGES.append(page("b4682-dongnai-bdv-diemtin-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ | Thời sự | Dân vận
Cập nhật: 08:15, 30/01/2026
Điểm tin dân vận tuần cuối tháng 1
Trao 5.000 phần quà Tết Bính Ngọ cho hộ nghèo, công nhân khó khăn
Ngày 28/01/2026, tại phường Trấn Biên, Ban Dân vận Tỉnh ủy Đồng Nai phối hợp Ủy ban MTTQ Việt Nam tỉnh và Liên đoàn Lao động tỉnh tổ chức chương trình "Tết sum vầy - Xuân nghĩa tình", trao 5.000 phần quà Tết cho hộ nghèo, hộ cận nghèo, công nhân lao động có hoàn cảnh khó khăn. Mỗi phần quà trị giá 1 triệu đồng, tổng kinh phí 5 tỷ đồng. Đồng chí Thái Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Tôn Ngọc Hạnh, Phó Bí thư Tỉnh ủy trao quà.
Các đại biểu trao quà Tết cho công nhân. Ảnh: Hải Quân
Chương trình thực hiện Kế hoạch số 35-KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ năm 2026; dịp này 1.800 công nhân được hỗ trợ vé xe về quê, mỗi vé 500.000 đồng.
Các tin dân vận khác trong tuần:
- Phường Bình Phước: Ngày 26/01, Đảng ủy phường đối thoại với 120 hộ tiểu thương chợ Đồng Xoài về di dời chợ tạm; đồng chí Trần Quốc Duy, Bí thư Đảng ủy, Chủ tịch HĐND phường Bình Phước trả lời 17 ý kiến, 3 ý kiến được giao cơ quan chuyên môn trả lời bằng văn bản.
- Xã Bù Gia Mập: Đồn Biên phòng phối hợp Ủy ban MTTQ xã trao 200 suất quà cho đồng bào S'tiêng, M'nông; ông Điểu Lên, người có uy tín bon Bù Lư, và bà Thị Nguyệt, Chủ tịch Hội LHPN xã Bù Gia Mập, vận động 26 hộ ký cam kết không vượt biên.
- Xã Phú Lý: Hội Nông dân xã giúp 14 hộ thoát nghèo cuối năm 2025; 8 hộ đồng bào Chơro được hỗ trợ bò giống, mỗi con trị giá 18 triệu đồng.
- Khối dân vận: Ban Dân vận Tỉnh ủy giao ban tháng 1, hướng dẫn thực hiện Hướng dẫn số 12-HD/BDVTW của Ban Dân vận Trung ương và Quyết định 185-QĐ/TW, 186-QĐ/TW của Ban Chấp hành Trung ương; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hoàng, Điểu Bình, Lê Văn Hòa được phân công phụ trách 95 xã, phường.
- Tôn giáo: Linh mục Phaolô Trần Văn Khiêm, Chánh xứ giáo xứ Thái Hòa, phường Tam Hiệp, cùng Ban Hành giáo vận động giáo dân ủng hộ 150 triệu đồng cho Quỹ "Vì người nghèo" phường.
Phát biểu tại chương trình, đồng chí Thái Bảo đề nghị các xã, phường rà soát, bảo đảm 100% hộ nghèo, hộ cận nghèo, gia đình chính sách đều được chăm lo Tết; vận động thêm không dưới 2 tỷ đồng từ các doanh nghiệp trước ngày 10/02/2026.
Hải Quân - Bảo Ngọc
Lượt xem: 3.118
Tin liên quan
- Điểm tin dân vận tuần thứ ba tháng 1 (23/01/2026)
- Trao 300 suất quà cho công nhân khu công nghiệp Amata (20/01/2026)
- Hội nghị tổng kết công tác dân vận năm 2025 (09/01/2026)
""", "2026-01-30", "Trao 5.000 phần quà Tết Bính Ngọ cho hộ nghèo, công nhân khó khăn",
E("trao_qua", None, "2026-01-28"),
[P("Thái Bảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Ngọc Hạnh", "Phó Bí thư Tỉnh ủy"),
 P("Trần Quốc Duy", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Bình Phước"),
 P("Điểu Lên", "người có uy tín bon Bù Lư"),
 P("Thị Nguyệt", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Nguyễn Thị Hoàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Trần Văn Khiêm", "Linh mục", "Chánh xứ giáo xứ Thái Hòa")],
[Q("5.000 phần quà", 5000, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("5 tỷ đồng", 5000000000, "đồng"),
 Q("1.800 công nhân", 1800, "công nhân"), Q("500.000 đồng", 500000, "đồng"), Q("120 hộ tiểu thương", 120, "hộ tiểu thương"),
 Q("17 ý kiến", 17, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("200 suất quà", 200, "suất quà"), Q("26 hộ", 26, "hộ"),
 Q("14 hộ", 14, "hộ"), Q("8 hộ đồng bào Chơro", 8, "hộ đồng bào Chơro"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("95 xã, phường", 95, "xã, phường"), Q("150 triệu đồng", 150000000, "đồng"), Q("100%", 100, "%"),
 Q("không dưới 2 tỷ đồng", 2000000000, "đồng", "over")],
[D("Kế hoạch", "35", "KH/TU", "2025-12-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU ngày 05/12/2025"),
 D("Hướng dẫn", "12", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 12-HD/BDVTW"),
 D("Quyết định", "185", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 185-QĐ/TW"),
 D("Quyết định", "186", "QĐ/TW", None, "Ban Chấp hành Trung ương", "186-QĐ/TW")],
[prov("Đồng Nai"), com("Trấn Biên"), com("Bình Phước"), com("Bù Gia Mập"), com("Phú Lý"), com("Tam Hiệp")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ | Thời sự | Dân vận", "Điểm tin dân vận tuần cuối tháng 1",
 "Các đại biểu trao quà Tết cho công nhân. Ảnh: Hải Quân", "Tết sum vầy - Xuân nghĩa tình", "Vì người nghèo",
 "chợ Đồng Xoài", "Ban Hành giáo", "Lượt xem: 3.118"],
["Cập nhật: 08:15, 30/01/2026", "Tết Bính Ngọ", "Tết Nguyên đán Bính Ngọ năm 2026", "tháng 1", "năm 2025", "Lượt xem: 3.118"]))

PAGES.append(page("b4683-quangngai-mttq-diemtin-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI
Bạn đang ở: Trang chủ » Hoạt động giám sát » Điểm tin
13/03/2026 - 10:05
Điểm tin Mặt trận tuần 11
Giám sát việc hỗ trợ nhà ở, đất sản xuất cho đồng bào dân tộc thiểu số tại 8 xã vùng cao
Từ ngày 09 đến 11/3/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi do bà Y Thị Bích Thọ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ tại 8 xã vùng cao phía tây tỉnh, trong đó có xã Đăk Tô, xã Măng Đen và xã Ba Tơ. Thành viên đoàn gồm đại diện Ban Dân tộc và Tôn giáo, Hội Nông dân tỉnh và các đồng chí Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Đinh Văn Hạ, Phó Trưởng ban Phong trào A Khiêm.
Đoàn giám sát làm việc tại xã Măng Đen. Ảnh: Thu Trang
Qua giám sát, 8 xã đã hỗ trợ xây nhà cho 1.124 hộ, đạt 87,5% kế hoạch; hỗ trợ chuyển đổi nghề cho 640 hộ; giải ngân khoảng 46,8 tỷ đồng vốn sự nghiệp. Tuy nhiên, còn 96 hộ chưa được hỗ trợ đất sản xuất do thiếu quỹ đất; 3 công trình nước sinh hoạt tập trung xuống cấp. Đoàn kiến nghị UBND tỉnh chỉ đạo rà soát theo Nghị quyết 111/2024/QH15 của Quốc hội và Thông tư 55/2023/TT-BTC của Bộ Tài chính.
Tin ngắn Mặt trận trong tuần:
- Xã Đăk Tô: Bà Y Ngọc Hương, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô, cho biết xã có 7 thôn xây dựng "Thôn không có người vi phạm pháp luật"; già làng A Hưu vận động 19 thanh niên người Xơ Đăng đi học nghề.
- Phường Cẩm Thành: Ban Thường trực Ủy ban MTTQ phường tổ chức hội nghị tiếp xúc cử tri trước kỳ họp HĐND với khoảng 120 cử tri; 21 ý kiến, kiến nghị được ghi nhận.
- Xã Ba Tơ: Ủy ban MTTQ xã trao 40 con bò giống cho hộ nghèo người Hrê, mỗi con trị giá 15 triệu đồng; ông Đinh Văn Thinh, Bí thư Đảng ủy, Chủ tịch HĐND xã Ba Tơ, dự lễ trao.
- Phường Kon Tum: Hội nghị phản biện dự thảo Quy định về hỗ trợ người có uy tín với 35 đại biểu; Ban Thường trực tiếp thu 12 ý kiến phản biện.
- Văn bản: Ban Thường trực ban hành Chương trình giám sát số 04/CTr-MTTQ-BTT năm 2026 với 6 cuộc giám sát chuyên đề; triển khai Kết luận 66-KL/TW của Bộ Chính trị và Quy định 124-QĐ/TW về giám sát, phản biện xã hội. Ủy ban MTTQ Việt Nam tỉnh cũng tiếp nhận 2,6 tỷ đồng ủng hộ Quỹ "Vì người nghèo" từ 14 doanh nghiệp.
Kết thúc đợt giám sát, bà Y Thị Bích Thọ đề nghị các xã bảo đảm ít nhất 95% hộ thuộc diện được hỗ trợ nhà ở trong năm 2026; công khai danh sách thụ hưởng tại nhà văn hóa thôn.
Thu Trang
Lượt xem: 1.047
Tin liên quan
- Điểm tin Mặt trận tuần 10 (06/03/2026)
- Hội nghị hiệp thương bầu cử đại biểu Quốc hội khóa XVI (27/02/2026)
""", "2026-03-13", "Giám sát việc hỗ trợ nhà ở, đất sản xuất cho đồng bào dân tộc thiểu số tại 8 xã vùng cao",
E("giam_sat", None, "2026-03-09"),
[P("Y Thị Bích Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hạ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khiêm", "Phó Trưởng ban Phong trào"),
 P("Y Ngọc Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô"),
 P("A Hưu", "già làng"),
 P("Đinh Văn Thinh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ba Tơ")],
[Q("8 xã vùng cao", 8, "xã vùng cao"), Q("1.124 hộ", 1124, "hộ"), Q("87,5%", 87.5, "%"), Q("640 hộ", 640, "hộ"),
 Q("khoảng 46,8 tỷ đồng", 46800000000, "đồng", "approx"), Q("96 hộ", 96, "hộ"),
 Q("3 công trình nước sinh hoạt tập trung", 3, "công trình nước sinh hoạt tập trung"), Q("7 thôn", 7, "thôn"),
 Q("19 thanh niên người Xơ Đăng", 19, "thanh niên người Xơ Đăng"), Q("khoảng 120 cử tri", 120, "cử tri", "approx"),
 Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"), Q("40 con bò giống", 40, "con bò giống"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("35 đại biểu", 35, "đại biểu"), Q("12 ý kiến phản biện", 12, "ý kiến phản biện"),
 Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("ít nhất 95%", 95, "%", "over")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Nghị quyết", "111", "2024/QH15", None, "Quốc hội", "Nghị quyết 111/2024/QH15"),
 D("Thông tư", "55", "2023/TT-BTC", None, "Bộ Tài chính", "Thông tư 55/2023/TT-BTC"),
 D("Chương trình giám sát", "04", "CTr-MTTQ-BTT", None, "Ban Thường trực", "Chương trình giám sát số 04/CTr-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW"),
 D("Kết luận", "66", "KL/TW", None, "Bộ Chính trị", "Kết luận 66-KL/TW")],
[prov("Quảng Ngãi"), com("Đăk Tô"), com("Măng Đen"), com("Ba Tơ"), com("Cẩm Thành"), com("Kon Tum")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI", "Bạn đang ở: Trang chủ » Hoạt động giám sát » Điểm tin", "Điểm tin Mặt trận tuần 11",
 "Đoàn giám sát làm việc tại xã Măng Đen. Ảnh: Thu Trang", "Thôn không có người vi phạm pháp luật", "Ban Dân tộc và Tôn giáo", "Vì người nghèo",
 "Lượt xem: 1.047"],
["13/03/2026 - 10:05", "tuần 11", "năm 2026", "Lượt xem: 1.047"]))

PAGES.append(page("b4684-angiang-phuongrachgia-bantin-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG
Trang chủ / Tin tức / Bản tin dân vận phường
Thứ Sáu, 10/04/2026
BẢN TIN DÂN VẬN QUÝ I/2026
Khối dân vận phường sơ kết quý I: 11 mô hình "Dân vận khéo" mới, 42/45 vụ việc hòa giải thành
Ngày 08/4/2026, Khối dân vận phường Rạch Giá tổ chức hội nghị sơ kết công tác dân vận quý I năm 2026, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Thu Trang, Phó Bí thư Đảng ủy, Trưởng khối dân vận phường chủ trì; dự có đồng chí Danh Sa Ri, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang.
Ảnh: Toàn cảnh hội nghị sơ kết quý I.
Quý I, khối dân vận phường đã vận động xây dựng 11 mô hình "Dân vận khéo" mới, nâng tổng số lên 64 mô hình; hòa giải thành 42/45 vụ việc ở khu phố; tổ chức 3 hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với nhân dân, tiếp nhận 58 ý kiến. Phường là một trong những đơn vị đầu tiên của tỉnh (sau hợp nhất An Giang và Kiên Giang) hoàn thành Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2026 - 2031.
Các hoạt động trong quý:
- Tết: Ủy ban MTTQ phường phối hợp các mạnh thường quân trao 1.250 phần quà Tết cho hộ nghèo, hộ cận nghèo, mỗi phần trị giá 600.000 đồng; ông Lâm Văn Kiệt, Chủ tịch Ủy ban MTTQ Việt Nam phường Rạch Giá, cho biết tổng kinh phí chăm lo Tết trên 900 triệu đồng.
- Bầu cử: Thực hiện Nghị quyết 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội và Kế hoạch 28-KH/ĐU của Đảng ủy phường, khối dân vận tuyên truyền đến 100% hộ dân; tỷ lệ cử tri đi bầu đạt 99,6%.
- Khu phố Vĩnh Hiệp: Tổ dân vận khu phố vận động 36 hộ kinh doanh ký cam kết không lấn chiếm lòng lề đường; bà Thạch Thị Sa Vy, Tổ trưởng tổ dân vận kiêm Trưởng ban công tác Mặt trận khu phố Vĩnh Hiệp, được biểu dương.
- Tôn giáo: Ban Thường trực Ủy ban MTTQ phường thăm, chúc mừng Lễ Phục sinh tại giáo xứ Rạch Giá và Tết Chôl Chnăm Thmây tại 3 chùa Khmer; tặng mỗi chùa 2 triệu đồng. Hòa thượng Danh Lung, Trụ trì chùa Láng Cát, phường Rạch Giá, tiếp đoàn.
- Đoàn thể: Hội LHPN phường giải ngân 1,35 tỷ đồng vốn ủy thác cho 27 hội viên; Đoàn phường tổ chức 4 đợt ra quân "Ngày Chủ nhật xanh" với khoảng 300 đoàn viên; Hội Cựu chiến binh phường vận động 9 hội viên hiến 180 m2 đất mở rộng hẻm ở khu phố Vĩnh Lạc.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Trang yêu cầu quý II thực hiện tốt Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, Quy chế 02, 03-QC/ĐU của Đảng ủy phường; phấn đấu đến cuối năm có ít nhất 70 mô hình "Dân vận khéo".
Ngọc Diệp
Lượt truy cập: 684
Tin liên quan
- Đại hội MTTQ Việt Nam phường Rạch Giá (27/03/2026)
- Bản tin dân vận tháng 12/2025 (26/12/2025)
""", "2026-04-10", "Khối dân vận phường sơ kết quý I: 11 mô hình \"Dân vận khéo\" mới, 42/45 vụ việc hòa giải thành",
E("so_ket", "2026-Q1", "2026-04-08"),
[P("Nguyễn Thị Thu Trang", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận phường"),
 P("Danh Sa Ri", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"),
 P("Lâm Văn Kiệt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Rạch Giá"),
 P("Thạch Thị Sa Vy", "Tổ trưởng tổ dân vận kiêm Trưởng ban công tác Mặt trận khu phố Vĩnh Hiệp"),
 P("Danh Lung", "Hòa thượng", "Trụ trì chùa Láng Cát")],
[Q("11 mô hình", 11, "mô hình"), Q("64 mô hình", 64, "mô hình"), Q("42/45 vụ việc", 42, "vụ việc"),
 Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"), Q("58 ý kiến", 58, "ý kiến"), Q("1.250 phần quà", 1250, "phần quà"),
 Q("600.000 đồng", 600000, "đồng"), Q("trên 900 triệu đồng", 900000000, "đồng", "over"), Q("100%", 100, "%"), Q("99,6%", 99.6, "%"),
 Q("36 hộ kinh doanh", 36, "hộ kinh doanh"), Q("3 chùa Khmer", 3, "chùa Khmer"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("27 hội viên", 27, "hội viên"), Q("4 đợt", 4, "đợt"),
 Q("khoảng 300 đoàn viên", 300, "đoàn viên", "approx"), Q("9 hội viên", 9, "hội viên"), Q("180 m2", 180, "m2"), Q("ít nhất 70 mô hình", 70, "mô hình", "over")],
[D("Nghị quyết", "101", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết 101/2025/UBTVQH15"),
 D("Kế hoạch", "28", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 28-KH/ĐU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quy chế", "02", "QC/ĐU", None, "Đảng ủy phường", "Quy chế 02, 03-QC/ĐU"),
 D("Quy chế", "03", "QC/ĐU", None, "Đảng ủy phường", "Quy chế 02, 03-QC/ĐU")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG", "Trang chủ / Tin tức / Bản tin dân vận phường",
 "BẢN TIN DÂN VẬN QUÝ I/2026", "Ảnh: Toàn cảnh hội nghị sơ kết quý I.", "Dân vận khéo", "Chôl Chnăm Thmây", "Ngày Chủ nhật xanh",
 "Lượt truy cập: 684"],
["Thứ Sáu, 10/04/2026", "QUÝ I/2026", "quý I năm 2026", "quý II", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 684"]))
