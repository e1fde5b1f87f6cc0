from lib import *
PAGES = []

PAGES.append(page("b599-khanhhoa-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ > Dân vận > Tin hoạt động
10/2/2026 | 18:20
Giao ban công tác dân tộc, tôn giáo tháng đầu năm
Sáng 9/2, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức giao ban công tác dân vận tháng 1/2026 với các cơ quan trong Khối, tập trung vào công tác dân tộc, tôn giáo ở các xã thuộc tỉnh Ninh Thuận (cũ) trước Tết Nguyên đán Bính Ngọ.
Quang cảnh buổi giao ban. Ảnh: Hải Lăng
Chủ trì giao ban có đồng chí Đặng Thị Kim Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thông Minh Thuận, Lê Văn Dẽ. Dự giao ban có Cả sư Thiên Sanh Nhơn, Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni tỉnh; ông Lưu Quang Sum, Trưởng ban Đại diện Hội đồng Chức sắc Chăm Bà-la-môn tỉnh; bà Pi Năng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tháng 1/2026, các cơ quan trong Khối đã triển khai Kế hoạch 08-KH/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền Đại hội XIV của Đảng và Hướng dẫn 03, 04-HD/BTGDVTU về công tác dân vận trong dịp Tết; tổ chức 46 hội nghị tuyên truyền cho hơn 5.800 lượt người; thăm, tặng 1.250 suất quà Tết cho hộ nghèo người Chăm, Raglai, mỗi suất 500.000 đồng. Ban Đại diện Hội đồng Chức sắc Chăm Bà-la-môn vận động 22 thôn người Chăm thực hiện nếp sống văn minh trong lễ Ramưwan.
Bà Chamaléa Thị Thủy, người có uy tín thôn Ma Lâm, xã Phước Hà, đề nghị hỗ trợ nước sinh hoạt cho 134 hộ Raglai trong mùa khô. Thượng tá Đạo Văn Hiền, Phó Chính ủy Bộ đội Biên phòng tỉnh, thông tin 12 đồn biên phòng ven biển đã tặng 600 suất quà cho ngư dân.
Kết luận giao ban, đồng chí Đặng Thị Kim Hoàng đề nghị tháng 2/2026 các cơ quan thực hiện tốt Chỉ thị 30-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức đón Tết vui tươi, an toàn, tiết kiệm; chuẩn bị giám sát bầu cử đại biểu Quốc hội khóa XVI.
Hồng Đào
Lượt xem: 566
Tin liên quan
- Khánh Hòa: Chăm lo Tết cho đồng bào Raglai (05/02/2026)
- Giao ban công tác dân vận tháng 12/2025 (08/01/2026)
""" + footer("Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa", "Số 1 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", "0258.3822.614", "btgdv@khanhhoa.dcs.vn", "Tuyên giáo và Dân vận Khánh Hòa"),
 "2026-02-10", "Giao ban công tác dân tộc, tôn giáo tháng đầu năm", E("giao_ban", "2026-01", "2026-02-09"),
 [P("Đặng Thị Kim Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Thông Minh Thuận", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Lê Văn Dẽ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Thiên Sanh Nhơn", "Cả sư", "Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni tỉnh"),
  P("Lưu Quang Sum", "Trưởng ban Đại diện Hội đồng Chức sắc Chăm Bà-la-môn tỉnh"),
  P("Pi Năng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Chamaléa Thị Thủy", "người có uy tín thôn Ma Lâm, xã Phước Hà"),
  P("Đạo Văn Hiền", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh")],
 [Q("46 hội nghị", 46, "hội nghị"), Q("hơn 5.800 lượt người", 5800, "lượt người", "over"), Q("1.250 suất quà", 1250, "suất quà"),
  Q("500.000 đồng", 500000, "đồng"), Q("22 thôn", 22, "thôn"), Q("134 hộ Raglai", 134, "hộ Raglai"), Q("12 đồn biên phòng", 12, "đồn biên phòng"),
  Q("600 suất quà", 600, "suất quà")],
 [D("Kế hoạch", "08", "KH/BTGDVTU", "2026-01-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08-KH/BTGDVTU"),
  D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU"),
  D("Hướng dẫn", "04", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU"),
  D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 30-CT/TU")],
 [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà")],
 ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ > Dân vận > Tin hoạt động", "Quang cảnh buổi giao ban. Ảnh: Hải Lăng",
  "Ramưwan", "thôn Ma Lâm", "Lượt xem: 566"],
 ["10/2/2026 | 18:20", "tháng 2/2026", "Đại hội XIV", "khóa XVI", "Lượt xem: 566"]))

PAGES.append(page("b600-cantho-lhpn-giaoban-2026", """
HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ
Bạn đang ở: Trang chủ › Hoạt động Hội › Tin tức
Cập nhật: 16:05, 31/03/2026 (GMT+7)
Phụ nữ thành phố giải ngân 46 tỷ đồng vốn vay trong quý I
Ngày 30/3, Ban Thường vụ Hội LHPN thành phố Cần Thơ tổ chức giao ban công tác Hội và phong trào phụ nữ quý I năm 2026 với 103 cơ sở Hội xã, phường. Trong quý, các cấp Hội đã phối hợp giải ngân 46 tỷ đồng vốn vay ưu đãi cho hội viên.
Toàn cảnh buổi giao ban tại điểm cầu thành phố.
Buổi giao ban được tổ chức trực tuyến đến 103 điểm cầu, do bà Trần Thị Xuân Mai, Thành ủy viên, Chủ tịch Hội LHPN thành phố chủ trì. Cùng dự có các bà Lâm Thị Sa Quênh, Huỳnh Thị Ngọc Hân, Trương Thị Mỹ Loan - Phó Chủ tịch Hội LHPN thành phố; bà Lý Thị Kim Liên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Bà Trần Thị Xuân Mai phát biểu chỉ đạo tại giao ban. Ảnh: Mỹ Dung
Quý I, các cấp Hội triển khai Kế hoạch 12/KH-HPN ngày 08/01/2026 của Ban Thường vụ Hội LHPN thành phố và Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp"; vận động 2.450 hội viên mới, trong đó 380 hội viên là người Khmer ở các xã thuộc tỉnh Sóc Trăng (cũ); giải ngân 46 tỷ đồng cho 1.120 hộ vay vốn. Hội đã trao 48 "Mái ấm tình thương", mỗi căn 70 triệu đồng. Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 1,8%.
Tại giao ban, bà Thạch Thị Sô Phia, Chủ tịch Hội LHPN xã Lịch Hội Thượng, và bà Nguyễn Thị Bích Tuyền, Chủ tịch Hội LHPN phường Vị Thanh, chia sẻ kinh nghiệm phát triển hội viên sau hợp nhất. Chị Danh Thị Mỹ Nhung, hội viên ấp Phú Giao, xã Lịch Hội Thượng, cho biết mô hình làm bánh pía của chị đang tạo việc làm cho 12 lao động nữ.
Bà Trần Thị Xuân Mai đề nghị quý II các cấp Hội thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và chuẩn bị tổ chức Đại hội Phụ nữ thành phố.
Kim Ngân
Lượt xem: 804
Bài viết liên quan
- Cần Thơ: Trao 48 Mái ấm tình thương cho hội viên khó khăn (20/3/2026)
- Hội LHPN thành phố tổng kết năm 2025 (24/12/2025)
- Phụ nữ Khmer làm bánh pía thoát nghèo (10/12/2025)
- Ra mắt Hội LHPN thành phố Cần Thơ sau hợp nhất (01/7/2025)
""" + footer("Hội LHPN thành phố Cần Thơ", "Số 14 đường Phan Đình Phùng, phường Ninh Kiều, thành phố Cần Thơ", "0292.3820.465", "hoilhpn@cantho.gov.vn", "Phụ nữ Cần Thơ"),
 "2026-03-31", "Phụ nữ thành phố giải ngân 46 tỷ đồng vốn vay trong quý I", E("giao_ban", "2026-Q1", "2026-03-30"),
 [P("Trần Thị Xuân Mai", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
  P("Lâm Thị Sa Quênh", "Phó Chủ tịch Hội LHPN thành phố"), P("Huỳnh Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN thành phố"),
  P("Trương Thị Mỹ Loan", "Phó Chủ tịch Hội LHPN thành phố"),
  P("Lý Thị Kim Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Thạch Thị Sô Phia", "Chủ tịch Hội LHPN xã Lịch Hội Thượng"), P("Nguyễn Thị Bích Tuyền", "Chủ tịch Hội LHPN phường Vị Thanh"),
  P("Danh Thị Mỹ Nhung", "hội viên ấp Phú Giao, xã Lịch Hội Thượng")],
 [Q("103 cơ sở Hội", 103, "cơ sở Hội"), Q("46 tỷ đồng", 46000000000, "đồng"), Q("103 điểm cầu", 103, "điểm cầu"),
  Q("2.450 hội viên mới", 2450, "hội viên mới"), Q("380 hội viên", 380, "hội viên"), Q("1.120 hộ vay vốn", 1120, "hộ vay vốn"),
  Q("48 \"Mái ấm tình thương\"", 48, "Mái ấm tình thương"), Q("70 triệu đồng", 70000000, "đồng"),
  Q("1,8%", 1.8, "%"), Q("12 lao động nữ", 12, "lao động nữ")],
 [D("Kế hoạch", "12", "KH-HPN", "2026-01-08", "Ban Thường vụ Hội LHPN thành phố", "Kế hoạch 12/KH-HPN"),
  D("Đề án", "939", None, None, None, "Đề án 939")],
 [prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vị Thanh")],
 ["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ", "Bạn đang ở: Trang chủ › Hoạt động Hội › Tin tức", "Toàn cảnh buổi giao ban tại điểm cầu thành phố.",
  "Bà Trần Thị Xuân Mai phát biểu chỉ đạo tại giao ban. Ảnh: Mỹ Dung", "Hỗ trợ phụ nữ khởi nghiệp", "Xây dựng gia đình 5 không, 3 sạch", "ấp Phú Giao", "Lượt xem: 804"],
 ["Cập nhật: 16:05, 31/03/2026 (GMT+7)", "5 không, 3 sạch", "quý II", "Lượt xem: 804"]))

PAGES.append(page("b601-hungyen-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH HƯNG YÊN
Trang chủ >> Tin tức - Sự kiện >> Nông dân với chính quyền
21-04-2026 10:30
Chủ tịch UBND tỉnh đối thoại với 500 nông dân
Chiều 20/4, tại xã Đông Hưng, Hội Nông dân tỉnh Hưng Yên phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2026. Khoảng 500 hội viên nông dân các xã thuộc khu vực tỉnh Thái Bình (cũ) tham dự, nêu 28 ý kiến, kiến nghị.
Quang cảnh hội nghị đối thoại.
Chủ trì hội nghị có đồng chí Phạm Văn Nghiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Đỗ Tiến Sỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Thuấn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh. Dự có các ông Trần Đức Hạnh, Vũ Xuân Khoa - Phó Giám đốc Sở Nông nghiệp và Môi trường.
Chủ tịch UBND tỉnh Phạm Văn Nghiêm trả lời kiến nghị của nông dân. Ảnh: Đức Minh
Hội nghị được tổ chức theo Quyết định 81/QĐ-TTg của Thủ tướng Chính phủ về Đề án nông dân tham gia xây dựng nông thôn mới và Kế hoạch 35-KH/HNDT ngày 02/3/2026 của Ban Thường vụ Hội Nông dân tỉnh. Nông dân phản ánh giá lúa giảm từ 8.200 đồng/kg xuống còn 6.900 đồng/kg, hệ thống thủy lợi nội đồng xuống cấp, thủ tục vay vốn tích tụ ruộng đất. Ông Bùi Văn Thọ, Giám đốc Hợp tác xã nông nghiệp Đông Hưng, đề nghị hỗ trợ máy sấy lúa cho 12 hợp tác xã.
Trả lời, đồng chí Phạm Văn Nghiêm cho biết năm 2026 tỉnh bố trí 320 tỷ đồng nâng cấp kênh mương, hỗ trợ 50% giá máy sấy, tối đa 500 triệu đồng mỗi hợp tác xã. Bà Phạm Thị Lụa, Chi hội trưởng nông dân thôn Đồng Thanh, xã Vũ Quý, và Linh mục Giuse Nguyễn Văn Thụ, Chánh xứ giáo xứ Vũ Quý, kiến nghị hỗ trợ 86 hộ giáo dân chuyển đổi sang nuôi trồng thủy sản.
Kết thúc đối thoại, ông Nguyễn Văn Thuấn cho biết 26/28 ý kiến đã được trả lời tại chỗ; Hội Nông dân tỉnh sẽ giám sát việc thực hiện các cam kết.
Hồng Vân
Lượt xem: 1.115
Tin khác
- Hưng Yên: Ra mắt Hội Nông dân tỉnh sau hợp nhất (02/7/2025)
- Đông Hưng: Cánh đồng lớn gắn với tiêu thụ lúa (10/4/2026)
- Nông dân Vũ Quý chuyển đổi sang nuôi trồng thủy sản (28/3/2026)
""" + footer("Hội Nông dân tỉnh Hưng Yên", "Đường Lê Lai, phường Phố Hiến, tỉnh Hưng Yên", "0221.3862.305", "hoind@hungyen.gov.vn", "Nông dân Hưng Yên"),
 "2026-04-21", "Chủ tịch UBND tỉnh đối thoại với 500 nông dân", E("doi_thoai", "2026", "2026-04-20"),
 [P("Phạm Văn Nghiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
  P("Đỗ Tiến Sỹ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Nguyễn Văn Thuấn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
  P("Trần Đức Hạnh", "Phó Giám đốc Sở Nông nghiệp và Môi trường"), P("Vũ Xuân Khoa", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
  P("Bùi Văn Thọ", "Giám đốc Hợp tác xã nông nghiệp Đông Hưng"),
  P("Phạm Thị Lụa", "Chi hội trưởng nông dân thôn Đồng Thanh, xã Vũ Quý"),
  P("Giuse Nguyễn Văn Thụ", "Linh mục", "Chánh xứ giáo xứ Vũ Quý")],
 [Q("Khoảng 500 hội viên nông dân", 500, "hội viên nông dân", "approx"), Q("28 ý kiến, kiến nghị", 28, "ý kiến, kiến nghị"),
  Q("8.200 đồng/kg", 8200, "đồng"), Q("6.900 đồng/kg", 6900, "đồng"), Q("12 hợp tác xã", 12, "hợp tác xã"), Q("320 tỷ đồng", 320000000000, "đồng"),
  Q("50%", 50, "%"), Q("500 triệu đồng", 500000000, "đồng"), Q("86 hộ giáo dân", 86, "hộ giáo dân"), Q("26/28 ý kiến", 26, "ý kiến")],
 [D("Quyết định", "81", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/QĐ-TTg"),
  D("Kế hoạch", "35", "KH/HNDT", "2026-03-02", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 35-KH/HNDT")],
 [prov("Hưng Yên"), prov("Thái Bình"), com("Đông Hưng"), com("Vũ Quý")],
 ["HỘI NÔNG DÂN TỈNH HƯNG YÊN", "Trang chủ >> Tin tức - Sự kiện >> Nông dân với chính quyền", "Quang cảnh hội nghị đối thoại.",
  "Chủ tịch UBND tỉnh Phạm Văn Nghiêm trả lời kiến nghị của nông dân. Ảnh: Đức Minh", "thôn Đồng Thanh", "Lượt xem: 1.115"],
 ["21-04-2026 10:30", "26/28", "Lượt xem: 1.115"]))

PAGES.append(page("b602-gialai-doan-taphuan-2026", """
TỈNH ĐOÀN GIA LAI
Trang chủ / Hoạt động Đoàn / Tin tức
Thứ Sáu, 12/06/2026 - 15:20
Nâng cao kỹ năng cho 320 cán bộ Đoàn cấp xã
Từ ngày 10 đến 11/6, tại phường Pleiku, Ban Thường vụ Tỉnh đoàn Gia Lai tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội, Đội năm 2026 cho 320 Bí thư, Phó Bí thư Đoàn xã, phường, trong đó 126 học viên đến từ các xã thuộc tỉnh Bình Định (cũ).
320 học viên tham gia lớp tập huấn.
Dự khai mạc có đồng chí Rơ Chăm H'Yâo, Tỉnh ủy viên, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Ksor H'Blăk, Nguyễn Minh Trí, Đinh Thị Hồng; đồng chí Siu Hương, Ủy viên dự khuyết BCH Trung ương Đảng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Rơ Chăm H'Yâo phát biểu khai mạc lớp tập huấn. Ảnh: Đức Thụy
Tại lớp tập huấn, học viên được quán triệt Kế hoạch 21, 22-KH/TĐTN-TG ngày 15/5/2026 của Ban Thường vụ Tỉnh đoàn về chiến dịch "Thanh niên tình nguyện hè" và tuyên truyền Nghị quyết 57-NQ/TW của Bộ Chính trị; kỹ năng chuyển đổi số trong sinh hoạt chi đoàn. Năm 2025, Tỉnh đoàn đã triển khai 215 công trình thanh niên với tổng giá trị hơn 14,5 tỷ đồng; hỗ trợ 92 thanh niên người Jrai, Bahnar khởi nghiệp với số vốn 6,4 tỷ đồng; 1,2 triệu lượt đoàn viên tham gia các hoạt động tình nguyện.
Anh Đinh Văn Kleo, UVBCH Tỉnh đoàn, Bí thư Đoàn xã Kông Chro, và chị Ksor H'Nhung, Bí thư Đoàn xã Ia Hrú, chia sẻ cách tổ chức mô hình "Ngày thứ Bảy tình nguyện". Anh Đinh Văn Sơn, Phó Bí thư Đoàn xã An Lão, được tín nhiệm giữ chức Bí thư Đoàn xã An Lão ngay sau lớp tập huấn.
Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra; Tỉnh đoàn khen thưởng 15 học viên xuất sắc, mỗi học viên 1 triệu đồng.
Ngọc Minh
Lượt xem: 698
Tin liên quan
- Gia Lai ra quân Thanh niên tình nguyện hè năm 2026 (05/6/2026)
- Đoàn xã Ia Hrú giúp dân làm đường bê tông (20/5/2026)
- Tỉnh đoàn Gia Lai sơ kết quý I năm 2026 (03/4/2026)
- Thanh niên Jrai khởi nghiệp từ cây cà phê (20/3/2026)
- Tuổi trẻ Gia Lai ra quân Tháng Thanh niên năm 2026 (01/3/2026)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ hai (15/1/2026)
- An Lão: Đoàn viên giúp dân thu hoạch keo (10/1/2026)
""" + footer("Tỉnh đoàn Gia Lai", "Số 2 đường Hùng Vương, phường Pleiku, tỉnh Gia Lai", "0269.3824.318", "tinhdoan@gialai.gov.vn", "Tuổi trẻ Gia Lai"),
 "2026-06-12", "Nâng cao kỹ năng cho 320 cán bộ Đoàn cấp xã", E("tap_huan", "2026", "2026-06-10"),
 [P("Rơ Chăm H'Yâo", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
  P("Ksor H'Blăk", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Minh Trí", "Phó Bí thư Tỉnh đoàn"), P("Đinh Thị Hồng", "Phó Bí thư Tỉnh đoàn"),
  P("Siu Hương", "Ủy viên dự khuyết BCH Trung ương Đảng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Đinh Văn Kleo", "UVBCH Tỉnh đoàn", "Bí thư Đoàn xã Kông Chro"), P("Ksor H'Nhung", "Bí thư Đoàn xã Ia Hrú"),
  P("Đinh Văn Sơn", "Phó Bí thư Đoàn xã An Lão", "Bí thư Đoàn xã An Lão")],
 [Q("320 Bí thư, Phó Bí thư", 320, "Bí thư, Phó Bí thư"), Q("126 học viên", 126, "học viên"), Q("215 công trình thanh niên", 215, "công trình thanh niên"),
  Q("hơn 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("92 thanh niên", 92, "thanh niên"), Q("6,4 tỷ đồng", 6400000000, "đồng"),
  Q("1,2 triệu lượt đoàn viên", 1200000, "lượt đoàn viên"), Q("100% học viên", 100, "%"), Q("15 học viên", 15, "học viên"), Q("1 triệu đồng", 1000000, "đồng")],
 [D("Kế hoạch", "21", "KH/TĐTN-TG", "2026-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 21, 22-KH/TĐTN-TG"),
  D("Kế hoạch", "22", "KH/TĐTN-TG", "2026-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 21, 22-KH/TĐTN-TG"),
  D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
 [prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Kông Chro"), com("Ia Hrú"), com("An Lão")],
 ["TỈNH ĐOÀN GIA LAI", "Trang chủ / Hoạt động Đoàn / Tin tức", "320 học viên tham gia lớp tập huấn.",
  "Đồng chí Rơ Chăm H'Yâo phát biểu khai mạc lớp tập huấn. Ảnh: Đức Thụy", "Thanh niên tình nguyện hè", "Ngày thứ Bảy tình nguyện", "Lượt xem: 698"],
 ["Thứ Sáu, 12/06/2026 - 15:20", "Năm 2025", "Lượt xem: 698"]))

PAGES.append(page("b603-quangninh-congan-soket-2026", """
CÔNG AN TỈNH QUẢNG NINH
Trang chủ | Tin tức | Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc
Ngày 16/07/2026 | 14:05
Công an tỉnh sơ kết 6 tháng công tác dân vận
Ngày 15/7, Đảng ủy Công an tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm.
Toàn cảnh hội nghị sơ kết.
Dự hội nghị có đồng chí Nguyễn Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Nguyễn Văn Thành, Bí thư Đảng ủy, Giám đốc Công an tỉnh; các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Tạ Quang Tiến, Đại tá Lý Văn Đông, Thượng tá Hoàng Thị Thanh Nhàn.
6 tháng qua, Công an tỉnh đã thực hiện Chỉ thị 09-CT/TW của Ban Bí thư, Quyết định 5086/QĐ-BCA của Bộ Công an và Kế hoạch 248/KH-CAT ngày 20/1/2026 của Công an tỉnh; xây dựng 1.284 tổ bảo vệ an ninh, trật tự ở cơ sở với 4.126 thành viên; tổ chức 356 buổi tuyên truyền cho 42.600 lượt người; tiếp nhận 218 tin báo từ quần chúng, giúp triệt phá 64 vụ án. Công an 54 xã, phường, đặc khu đã giúp dân làm 3.200 ngày công xây dựng nông thôn mới.
Đại tá Nguyễn Văn Thành phát biểu kết luận hội nghị. Ảnh: Hoàng Nga
Ông Lỷ Văn Chòi, người có uy tín thôn Khe Vằn, xã Quảng Tân, và ông Chíu Sáng Thìn, trưởng thôn Nà Sắn, xã Bình Liêu, được tặng Giấy khen vì tích cực tố giác tội phạm buôn lậu qua biên giới. Đại tá Lý Văn Đông cho biết, Công an tỉnh đã trao 30 suất học bổng, mỗi suất 2 triệu đồng cho con em người có uy tín.
Phát biểu kết luận, Đại tá Nguyễn Văn Thành đề nghị 6 tháng cuối năm 2026 đẩy mạnh phong trào "Toàn dân bảo vệ an ninh Tổ quốc", nhân rộng mô hình "Camera an ninh" ở khu dân cư.
Minh Hà
Lượt xem: 1.492
Tin liên quan
- Công an Quảng Ninh ra mắt mô hình Camera an ninh (01/7/2026)
- Bình Liêu: Người có uy tín giữ bình yên vùng biên (10/6/2026)
- Công an xã Quảng Tân giúp dân làm đường giao thông (25/5/2026)
- Trao học bổng cho con em người có uy tín vùng biên (15/5/2026)
- Quảng Ninh: Hội nghị người có uy tín năm 2026 (20/4/2026)
""" + footer("Công an tỉnh Quảng Ninh", "Số 2 đường Nguyễn Văn Cừ, phường Hồng Gai, tỉnh Quảng Ninh", "069.3800.124", "congan@quangninh.gov.vn", "Công an Quảng Ninh"),
 "2026-07-16", "Công an tỉnh sơ kết 6 tháng công tác dân vận", E("so_ket", "2026-H1", "2026-07-15"),
 [P("Nguyễn Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Nguyễn Văn Thành", "Đại tá", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
  P("Tạ Quang Tiến", "Đại tá", "Phó Giám đốc Công an tỉnh"), P("Lý Văn Đông", "Đại tá", "Phó Giám đốc Công an tỉnh"),
  P("Hoàng Thị Thanh Nhàn", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
  P("Lỷ Văn Chòi", "người có uy tín thôn Khe Vằn, xã Quảng Tân"), P("Chíu Sáng Thìn", "trưởng thôn Nà Sắn, xã Bình Liêu")],
 [Q("1.284 tổ bảo vệ an ninh, trật tự", 1284, "tổ bảo vệ an ninh, trật tự"), Q("4.126 thành viên", 4126, "thành viên"), Q("356 buổi", 356, "buổi"),
  Q("42.600 lượt người", 42600, "lượt người"), Q("218 tin báo", 218, "tin báo"), Q("64 vụ án", 64, "vụ án"), Q("54 xã, phường, đặc khu", 54, "xã, phường, đặc khu"),
  Q("3.200 ngày công", 3200, "ngày công"),
  Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
 [D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
  D("Quyết định", "5086", "QĐ-BCA", None, "Bộ Công an", "Quyết định 5086/QĐ-BCA"),
  D("Kế hoạch", "248", "KH-CAT", "2026-01-20", "Công an tỉnh", "Kế hoạch 248/KH-CAT")],
 [prov("Quảng Ninh"), com("Quảng Tân"), com("Bình Liêu")],
 ["CÔNG AN TỈNH QUẢNG NINH", "Trang chủ | Tin tức | Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", "Toàn cảnh hội nghị sơ kết.",
  "Đại tá Nguyễn Văn Thành phát biểu kết luận hội nghị. Ảnh: Hoàng Nga", "Toàn dân bảo vệ an ninh Tổ quốc", "Camera an ninh", "thôn Khe Vằn", "Lượt xem: 1.492"],
 ["Ngày 16/07/2026 | 14:05", "6 tháng cuối năm", "6 tháng cuối năm 2026", "Lượt xem: 1.492"]))

PAGES.append(page("b604-daklak-xaeakly-hoinghi-2026", """
ĐẢNG BỘ XÃ EA KLY - TỈNH ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
25/9/2026 | 07:30
Xã Ea Kly gặp mặt già làng, người có uy tín
Ngày 23/9, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Ea Kly tổ chức hội nghị gặp mặt già làng, trưởng buôn, người có uy tín và chức sắc tôn giáo năm 2026. Tham dự có 86 đại biểu đến từ 27 buôn, thôn trên địa bàn xã.
Các già làng, người có uy tín dự hội nghị.
Dự hội nghị có đồng chí Y Jút Buôn Krông, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lê Văn Hùng, Bí thư Đảng ủy xã; đồng chí H'Luyến Niê, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã; đồng chí Nguyễn Đình Quân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà H'Hoa Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Y Jút Buôn Krông phát biểu tại hội nghị. Ảnh: H'Liên
Theo báo cáo, thực hiện Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy Đắk Lắk về công tác dân tộc, tôn giáo và Kế hoạch 36-KH/ĐU ngày 10/3/2026 của Đảng ủy xã, từ đầu năm già làng, người có uy tín đã vận động 145 hộ hiến 3,8 ha đất làm đường; hòa giải thành 23 vụ tranh chấp đất rẫy. Xã đã hỗ trợ 42 hộ đồng bào Ê Đê, M'nông chuyển đổi sang trồng sầu riêng, mỗi hộ 15 triệu đồng; giá cà phê nhân hiện khoảng 110.000 đồng/kg.
Các già làng Y Blư Niê, Y Khăm Ayun - người có uy tín buôn Ea Kpư, buôn Tơng Jú chia sẻ kinh nghiệm giữ gìn luật tục. Mục sư Y Sơn Byă, Quản nhiệm Chi hội Tin lành Ea Kly, cam kết vận động tín đồ chấp hành tốt pháp luật, không nghe theo kẻ xấu tuyên truyền "Tin lành Đê Ga".
Dịp này, Đảng ủy xã tặng 86 phần quà, mỗi phần 500.000 đồng cho các đại biểu.
Ama Hiền
Lượt xem: 312
Tin liên quan
- Ea Kly: Ra mắt mô hình "Buôn không có tội phạm" (05/9/2026)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2026 (18/7/2026)
- Buôn Ea Kpư giữ gìn luật tục tốt đẹp (30/6/2026)
- Ra mắt Đảng bộ xã Ea Kly sau sắp xếp (01/7/2025)
- Xã Ea Kly tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2025)
- Nông dân Ea Kly chuyển đổi sang trồng sầu riêng (20/10/2025)
- Già làng Y Blư Niê: Người giữ lửa buôn Ea Kpư (05/10/2025)
- Chi hội Tin lành Ea Kly sinh hoạt đúng pháp luật (22/9/2025)
""" + footer("Đảng ủy xã Ea Kly", "Thôn 6, xã Ea Kly, tỉnh Đắk Lắk", "0262.3518.219", "dangbo.eakly@daklak.gov.vn", "Đảng bộ xã Ea Kly"),
 "2026-09-25", "Xã Ea Kly gặp mặt già làng, người có uy tín", E("hoi_nghi", "2026", "2026-09-23"),
 [P("Y Jút Buôn Krông", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Lê Văn Hùng", "Bí thư Đảng ủy xã"),
  P("H'Luyến Niê", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
  P("Nguyễn Đình Quân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
  P("H'Hoa Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
  P("Y Blư Niê", "già làng", "người có uy tín buôn Ea Kpư, buôn Tơng Jú"),
  P("Y Khăm Ayun", "già làng", "người có uy tín buôn Ea Kpư, buôn Tơng Jú"),
  P("Y Sơn Byă", "Mục sư", "Quản nhiệm Chi hội Tin lành Ea Kly")],
 [Q("86 đại biểu", 86, "đại biểu"), Q("27 buôn, thôn", 27, "buôn, thôn"), Q("145 hộ", 145, "hộ"), Q("3,8 ha", 3.8, "ha"),
  Q("23 vụ tranh chấp đất rẫy", 23, "vụ tranh chấp đất rẫy"), Q("42 hộ", 42, "hộ"),
  Q("15 triệu đồng", 15000000, "đồng"), Q("khoảng 110.000 đồng/kg", 110000, "đồng", "approx"), Q("86 phần quà", 86, "phần quà"),
  Q("500.000 đồng", 500000, "đồng")],
 [D("Chỉ thị", "08", None, None, "Ban Thường vụ Tỉnh ủy Đắk Lắk", "Chỉ thị 08, 09"),
  D("Chỉ thị", "09", None, None, "Ban Thường vụ Tỉnh ủy Đắk Lắk", "Chỉ thị 08, 09"),
  D("Kế hoạch", "36", "KH/ĐU", "2026-03-10", "Đảng ủy xã", "Kế hoạch 36-KH/ĐU")],
 [prov("Đắk Lắk"), com("Ea Kly")],
 ["ĐẢNG BỘ XÃ EA KLY - TỈNH ĐẮK LẮK", "Trang chủ > Tin tức - Sự kiện > Công tác dân vận", "Các già làng, người có uy tín dự hội nghị.",
  "Đồng chí Y Jút Buôn Krông phát biểu tại hội nghị. Ảnh: H'Liên", "Tin lành Đê Ga", "Chi hội Tin lành Ea Kly", "buôn Ea Kpư", "Lượt xem: 312"],
 ["25/9/2026 | 07:30", "Lượt xem: 312"]))
