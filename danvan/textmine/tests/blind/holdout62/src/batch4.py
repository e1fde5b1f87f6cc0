from lib import *
PAGES = []

PAGES.append(page("b1463-tuyenquang-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Tin hoạt động › Công tác dân vận
Thứ Năm, 17/07/2025 - 15:20
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Tuyên Quang: Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025
Chiều 16/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, được tổ chức trực tuyến đến 124 điểm cầu xã, phường. Chủ trì hội nghị có đồng chí Hầu Văn Lềnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Thị Thu Hà, Vương Văn Tuấn, Lù Thị Dín.
Báo cáo do đồng chí Ma Thị Thu Hà trình bày cho biết, 6 tháng đầu năm, khối dân vận hai tỉnh (cũ) đã tập trung tuyên truyền, vận động cán bộ, đảng viên và nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng (khóa XIII) và Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh. Trên 98,6% cử tri được lấy ý kiến đồng thuận với phương án sắp xếp.
Thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", đến ngày 30/6/2025, toàn tỉnh đã khởi công 8.742 căn nhà, hoàn thành 7.915 căn, với tổng kinh phí hơn 433 tỷ đồng; trong đó người dân góp trên 61.000 ngày công. Khối dân vận đã nắm tình hình, giải quyết 214 vụ việc phát sinh ở cơ sở; phong trào "Dân vận khéo" có 932 mô hình được công nhận.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Kế hoạch số 05-KH/BTGDVTU về tổ chức các hoạt động kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng và Hướng dẫn số 03-HD/BTGDVTU về công tác dân vận ở xã, phường sau khi không tổ chức cấp huyện.
Tại hội nghị, đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã Lũng Cú, cho biết xã đã vận động 312 hộ đồng bào Mông chỉnh trang nhà cửa, phát triển du lịch cộng đồng. Đồng chí Nguyễn Thị Bích Thủy, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường Minh Xuân, đề nghị sớm hướng dẫn hoạt động của tổ dân vận ở các tổ dân phố sau sắp xếp.
Kết luận hội nghị, đồng chí Hầu Văn Lềnh yêu cầu 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Kết luận số 150-KL/TW của Bộ Chính trị hướng dẫn chức năng, nhiệm vụ của cơ quan tham mưu cấp ủy; bảo đảm hoàn thành mục tiêu xóa nhà tạm trước ngày 31/8/2025.
Bảo Ngọc
Lượt xem: 1.488
Tin liên quan
- Bàn giao công tác của Ban Tuyên giáo và Dân vận hai tỉnh (30/06/2025)
- Xã Lũng Cú ra mắt mô hình "Dân vận khéo" (20/06/2025)
- Vận động nhân dân đồng thuận sắp xếp đơn vị hành chính (15/05/2025)
""", "2025-07-17", "Tuyên Quang: Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Hầu Văn Lềnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vương Văn Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Thị Dín", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Nguyễn Thị Bích Thủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường Minh Xuân")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("Trên 98,6%", 98.6, "%", "over"),
 Q("8.742 căn nhà", 8742, "căn nhà"), Q("7.915 căn", 7915, "căn"), Q("hơn 433 tỷ đồng", 433000000000, "đồng", "over"),
 Q("trên 61.000 ngày công", 61000, "ngày công", "over"), Q("214 vụ việc", 214, "vụ việc"), Q("932 mô hình", 932, "mô hình"),
 Q("312 hộ đồng bào Mông", 312, "hộ đồng bào Mông")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Tin hoạt động › Công tác dân vận",
 "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo",
 "Ngày truyền thống công tác dân vận của Đảng", "Lượt xem: 1.488"],
["Thứ Năm, 17/07/2025 - 15:20", "6 tháng đầu năm", "6 tháng cuối năm 2025", "6 tháng đầu năm 2025", "khóa XIII", "95 năm",
 "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.488"]))

PAGES.append(page("b1464-vinhlong-btgdv-taphuan-2025", """
Báo Vĩnh Long điện tử
Thời sự » Chính trị » Xây dựng Đảng
23/10/2025 | 09:15
Tập huấn nghiệp vụ dân vận cho cán bộ xã, phường sau hợp nhất
Ngày 22/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho hơn 370 học viên là trưởng, phó ban xây dựng đảng, cán bộ phụ trách công tác dân vận và chủ tịch Ủy ban MTTQ Việt Nam các xã, phường trên địa bàn tỉnh. Lớp tập huấn diễn ra tại hai điểm phường Long Châu và phường Trà Vinh, mỗi điểm 2 ngày.
Đồng chí Thạch Thị Sa Rinh phát biểu khai mạc. Ảnh: Kim Ngân
Phát biểu khai mạc, đồng chí Thạch Thị Sa Rinh, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, tỉnh có 124 đơn vị hành chính cấp xã, trong đó hơn 60% cán bộ làm công tác dân vận ở cơ sở mới được phân công, chưa qua bồi dưỡng nghiệp vụ. Toàn tỉnh có trên 402.000 đồng bào Khmer và khoảng 1,1 triệu tín đồ các tôn giáo, đặt ra yêu cầu cao đối với công tác vận động quần chúng.
Các học viên được nghe đồng chí Nguyễn Văn Bé Tư, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, truyền đạt chuyên đề về Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 29/7/2016 của Bộ Chính trị và Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25. Bà Lâm Thị Ngọc Hạnh, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình nhân dân, tham mưu giải quyết các vụ việc phức tạp ở cơ sở.
Theo Kế hoạch số 18-KH/BTGDVTU ngày 29/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, từ nay đến cuối năm sẽ mở thêm 3 lớp tập huấn cho tổ trưởng tổ dân vận ấp, khóm. Kinh phí mở lớp khoảng 465 triệu đồng, trích từ ngân sách Đảng của tỉnh.
Ông Kim Văn Sang, Phó Bí thư Đảng ủy xã Cầu Ngang, cho rằng nội dung tập huấn sát thực tế, nhất là phần xử lý tình huống tranh chấp đất đai trong đồng bào Khmer. Bà Đoàn Thị Kim Hương, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỏ Cày, kiến nghị sớm ban hành quy chế phối hợp giữa Mặt trận và chính quyền cấp xã theo mô hình mới.
Năm 2025, các cấp trong tỉnh đã vận động xây dựng 3.864 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, với tổng kinh phí trên 197 tỷ đồng; phong trào "Dân vận khéo" có 1.530 mô hình được các cấp công nhận.
Kết thúc lớp học, các học viên làm bài thu hoạch; Ban Tuyên giáo và Dân vận Tỉnh ủy cấp giấy chứng nhận cho học viên đạt yêu cầu.
Kim Ngân
Lượt xem: 654
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Cầu Ngang (15/10/2025)
- Hội nghị báo cáo viên tháng 10/2025 (08/10/2025)
- Vĩnh Long: 95 năm Ngày truyền thống công tác dân vận (14/10/2025)
""", "2025-10-23", "Tập huấn nghiệp vụ dân vận cho cán bộ xã, phường sau hợp nhất",
E("tap_huan", "2025", "2025-10-22"),
[P("Thạch Thị Sa Rinh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bé Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Thị Ngọc Hạnh", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Văn Sang", "Phó Bí thư Đảng ủy xã Cầu Ngang"),
 P("Đoàn Thị Kim Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mỏ Cày")],
[Q("hơn 370 học viên", 370, "học viên", "over"),
 Q("124 đơn vị hành chính cấp xã", 124, "đơn vị hành chính cấp xã"), Q("hơn 60%", 60, "%", "over"),
 Q("trên 402.000 đồng bào Khmer", 402000, "đồng bào Khmer", "over"), Q("khoảng 1,1 triệu tín đồ", 1100000, "tín đồ", "approx"),
 Q("3 lớp tập huấn", 3, "lớp tập huấn"), Q("khoảng 465 triệu đồng", 465000000, "đồng", "approx"),
 Q("3.864 căn nhà", 3864, "căn nhà"), Q("trên 197 tỷ đồng", 197000000000, "đồng", "over"), Q("1.530 mô hình", 1530, "mô hình")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-29", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 29/7/2016"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Kế hoạch", "18", "KH/BTGDVTU", "2025-09-29", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 29/9/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Trà Vinh"), com("Cầu Ngang"), com("Mỏ Cày")],
["Báo Vĩnh Long điện tử", "Thời sự » Chính trị » Xây dựng Đảng", "Đồng chí Thạch Thị Sa Rinh phát biểu khai mạc. Ảnh: Kim Ngân",
 "Nghị quyết 25", "Dân vận khéo", "Lượt xem: 654"],
["23/10/2025 | 09:15", "năm 2025", "2 ngày", "Nghị quyết 25", "Năm 2025", "Lượt xem: 654"]))

PAGES.append(page("b1465-gialai-btgdv-traoqua-tet-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Chính trị › Dân vận
29/01/2026 - 16:30
Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai trao 800 suất quà Tết cho đồng bào khó khăn
Ngày 28/1, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai do đồng chí Rơ Châm Y Đăng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã thăm, chúc Tết và trao quà cho hộ nghèo, người có uy tín tại xã Ia Hrung và xã Kbang nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Đồng chí Rơ Châm Y Đăng (giữa) trao quà cho người dân xã Ia Hrung.
Tại xã Ia Hrung, đoàn trao 500 suất quà cho hộ nghèo, hộ cận nghèo là đồng bào Jrai; tại xã Kbang, đoàn trao 300 suất quà cho đồng bào Bahnar. Mỗi suất quà gồm tiền mặt 500.000 đồng và các nhu yếu phẩm, tổng trị giá gần 560 triệu đồng, do Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh, các doanh nghiệp vận động.
Đoàn cũng đến thăm, tặng quà 9 già làng, người có uy tín, trong đó có già làng Rah Lan Hlơm, người có uy tín làng Plei Pông, xã Ia Hrung; ông Đinh Văn Brêh, người có uy tín làng Kon Lốc 2, xã Kbang. Già làng Rah Lan Hlơm bày tỏ cảm ơn Đảng, Nhà nước đã quan tâm, hứa tiếp tục vận động con cháu không nghe theo kẻ xấu, giữ gìn đoàn kết trong buôn làng.
Cùng đi với đoàn có các đồng chí: Nguyễn Thị Thanh Lịch, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Ksor H'Bơ Khăp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và đồng chí Trần Văn Khải, Bí thư Đảng ủy xã Ia Hrung.
Thông tin với đoàn, đồng chí Trần Văn Khải cho biết, năm 2025 xã có 7.860 hộ, trong đó 46% là đồng bào dân tộc thiểu số; tỷ lệ hộ nghèo còn 4,8%. Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư và Kế hoạch số 27-KH/ĐU của Đảng ủy xã, xã đã xóa 118 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ từ 60 đến 80 triệu đồng.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, dịp Tết Bính Ngọ, toàn tỉnh dự kiến trao khoảng 96.000 suất quà với tổng trị giá hơn 71 tỷ đồng cho các đối tượng chính sách, hộ nghèo, công nhân khó khăn, bảo đảm mọi người, mọi nhà đều được đón Tết. Các đoàn do lãnh đạo Ban phụ trách sẽ đi thăm, chúc Tết các cơ sở tôn giáo trên địa bàn tỉnh trước ngày 10/2/2026.
Việc thăm, tặng quà được tổ chức theo Kế hoạch số 34-KH/BTGDVTU ngày 8/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức các hoạt động chăm lo Tết cho nhân dân.
Hoàng Ngọc
Lượt xem: 1.203
Tin liên quan
- Gia Lai: 1.000 suất quà Tết cho công nhân lao động (22/01/2026)
- Thăm, chúc Tết chức sắc tôn giáo tại phường Quy Nhơn (20/01/2026)
- Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025 (26/12/2025)
""", "2026-01-29", "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai trao 800 suất quà Tết cho đồng bào khó khăn",
E("trao_qua", None, "2026-01-28"),
[P("Rơ Châm Y Đăng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rah Lan Hlơm", "già làng", "người có uy tín làng Plei Pông"),
 P("Đinh Văn Brêh", "người có uy tín làng Kon Lốc 2"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Văn Khải", "Bí thư Đảng ủy xã Ia Hrung")],
[Q("800 suất quà", 800, "suất quà"), Q("500 suất quà", 500, "suất quà"), Q("300 suất quà", 300, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("gần 560 triệu đồng", 560000000, "đồng", "approx"),
 Q("9 già làng, người có uy tín", 9, "già làng, người có uy tín"), Q("7.860 hộ", 7860, "hộ"), Q("46%", 46, "%"),
 Q("4,8%", 4.8, "%"), Q("118 căn nhà tạm, nhà dột nát", 118, "căn nhà tạm, nhà dột nát"),
 Q("60 đến 80 triệu đồng", 60000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("khoảng 96.000 suất quà", 96000, "suất quà", "approx"), Q("hơn 71 tỷ đồng", 71000000000, "đồng", "over")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Kế hoạch", "27", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU"),
 D("Kế hoạch", "34", "KH/BTGDVTU", "2026-01-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 34-KH/BTGDVTU ngày 8/1/2026")],
[prov("Gia Lai"), com("Ia Hrung"), com("Kbang")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Chính trị › Dân vận", "Đồng chí Rơ Châm Y Đăng (giữa) trao quà cho người dân xã Ia Hrung.",
 "Tết Nguyên đán Bính Ngọ 2026", "làng Plei Pông", "làng Kon Lốc 2", "Lượt xem: 1.203"],
["29/01/2026 - 16:30", "Bính Ngọ 2026", "năm 2025", "Kon Lốc 2", "Lượt xem: 1.203"]))

PAGES.append(page("b1466-dongnai-btgdv-giaoban-quy1-2026", """
ĐẢNG BỘ TỈNH ĐỒNG NAI - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ >> Tuyên giáo - Dân vận >> Tin hoạt động
Thứ Sáu, 10/04/2026, 08:05
Các đại biểu dự giao ban tại điểm cầu Tỉnh ủy. Ảnh: BTGDV
Khối dân vận tập trung vận động nhân dân giải phóng mặt bằng các dự án trọng điểm
Chiều 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận quý I năm 2026 với khối dân vận và Ủy ban MTTQ Việt Nam tỉnh, kết nối trực tuyến đến 95 điểm cầu xã, phường. Đồng chí Huỳnh Thị Hằng Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có đồng chí Điểu Thị Mai Lan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy kiêm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, trong quý I/2026, công tác dân vận tập trung vào tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, với tỷ lệ cử tri đi bầu đạt 99,42%. Các cơ quan dân vận đã phối hợp vận động 1.287 hộ dân bàn giao mặt bằng dự án đường cao tốc Gia Nghĩa - Chơn Thành và dự án vành đai 4 Thành phố Hồ Chí Minh, với tổng diện tích khoảng 146 ha; còn 73 hộ chưa đồng thuận.
Thực hiện Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư và Kế hoạch số 09-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về dân vận chính quyền, các xã, phường đã tổ chức 216 cuộc tiếp xúc, đối thoại; tiếp nhận 842 ý kiến, kiến nghị, đã giải quyết 765 ý kiến. Phong trào "Dân vận khéo" quý I có thêm 118 mô hình đăng ký mới. Mặt trận các cấp vận động được 38,5 tỷ đồng xây dựng nhà Đại đoàn kết và hỗ trợ học sinh nghèo.
Tại giao ban, các đồng chí Bí thư Đảng ủy phường: Nguyễn Quốc Bảo (phường Bình Phước), Lê Thị Thu Hà (phường Trấn Biên) trao đổi kinh nghiệm vận động người dân khu vực nội ô tham gia chỉnh trang đô thị. Ông Điểu Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, phản ánh đời sống một bộ phận đồng bào S'tiêng còn khó khăn do giá điều giảm.
Kết luận giao ban, đồng chí Huỳnh Thị Hằng Nga yêu cầu quý II tập trung nắm tình hình ở các địa bàn có dự án, nhất là 73 hộ chưa đồng thuận; tham mưu Ban Thường vụ Tỉnh ủy sơ kết 1 năm thực hiện Quy định số 04-QĐi/TU về chức năng, nhiệm vụ của cơ quan tham mưu cấp ủy; chuẩn bị tổ chức các hoạt động chào mừng Ngày Giải phóng miền Nam, thống nhất đất nước.
Đồng chí Điểu Thị Mai Lan đề nghị các xã, phường khẩn trương kiện toàn tổ dân vận ở ấp, khu phố sau sáp nhập, bảo đảm mỗi ấp, khu phố có ít nhất 1 tổ dân vận hoạt động hiệu quả.
Khánh Vy
Lượt xem: 732
Tin liên quan
- Giao ban khối dân vận tháng 2/2026 (06/03/2026)
- Trao 200 căn nhà Đại đoàn kết tại các xã biên giới (24/02/2026)
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (29/12/2025)
""", "2026-04-10", "Khối dân vận tập trung vận động nhân dân giải phóng mặt bằng các dự án trọng điểm",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Huỳnh Thị Hằng Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Mai Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy kiêm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quốc Bảo", "Bí thư Đảng ủy phường"),
 P("Lê Thị Thu Hà", "Bí thư Đảng ủy phường"),
 P("Điểu Bình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập")],
[Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("99,42%", 99.42, "%"), Q("1.287 hộ dân", 1287, "hộ dân"),
 Q("khoảng 146 ha", 146, "ha", "approx"), Q("73 hộ", 73, "hộ"), Q("216 cuộc tiếp xúc, đối thoại", 216, "cuộc tiếp xúc, đối thoại"),
 Q("842 ý kiến, kiến nghị", 842, "ý kiến, kiến nghị"), Q("765 ý kiến", 765, "ý kiến"), Q("118 mô hình", 118, "mô hình"),
 Q("38,5 tỷ đồng", 38500000000, "đồng")],
[D("Kết luận", "43", "KL/TW", "2023-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2023"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BTGDVTU"),
 D("Quy định", "04", "QĐi/TU", None, None, "Quy định số 04-QĐi/TU")],
[prov("Đồng Nai"), com("Bình Phước"), com("Trấn Biên"), com("Bù Gia Mập")],
["ĐẢNG BỘ TỈNH ĐỒNG NAI - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ >> Tuyên giáo - Dân vận >> Tin hoạt động",
 "Các đại biểu dự giao ban tại điểm cầu Tỉnh ủy. Ảnh: BTGDV", "Dân vận khéo", "Gia Nghĩa - Chơn Thành",
 "vành đai 4 Thành phố Hồ Chí Minh", "Ngày Giải phóng miền Nam, thống nhất đất nước", "Lượt xem: 732"],
["Thứ Sáu, 10/04/2026, 08:05", "quý I năm 2026", "quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "vành đai 4", "quý I", "quý II",
 "1 năm", "1 tổ dân vận", "Lượt xem: 732"]))

PAGES.append(page("b1467-ninhbinh-btgdv-baocao-quy1-2026", """
Báo Ninh Bình điện tử
Trang chủ | Chính trị | Tin tức
17/04/2026 14:40
Thường trực Tỉnh ủy nghe báo cáo kết quả công tác tuyên giáo và dân vận quý I
Ngày 16/4, đồng chí Trần Minh Đức, Phó Bí thư Thường trực Tỉnh ủy Ninh Bình chủ trì buổi làm việc nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả thực hiện nhiệm vụ quý I/2026 và phương hướng công tác quý II/2026. Cùng dự có đồng chí Phạm Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban: Đinh Văn Toản, Trần Thị Mến, Vũ Đức Thịnh.
Quang cảnh buổi làm việc.
Theo Báo cáo số 56-BC/BTGDVTU ngày 10/4/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, trong quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp và về tổ chức Tết Nguyên đán Bính Ngọ vui tươi, an toàn, tiết kiệm. Tỉnh có hơn 2,78 triệu cử tri, tỷ lệ cử tri đi bầu đạt 99,61%; bầu đủ 16 đại biểu Quốc hội và 95 đại biểu HĐND tỉnh.
Công tác dân vận được triển khai đồng bộ ở 129 xã, phường. Các cấp đã tổ chức 412 hội nghị tiếp xúc, đối thoại với nhân dân; vận động 2.436 hộ bàn giao mặt bằng cho các dự án hạ tầng giao thông, khu công nghiệp; hỗ trợ 415 căn nhà cho người có công và hộ nghèo với kinh phí 24,9 tỷ đồng. Dịp Tết Bính Ngọ, toàn tỉnh trao hơn 186.000 suất quà, tổng trị giá trên 104 tỷ đồng.
Ban đã hướng dẫn triển khai Quyết định số 35/2024/QĐ-UBND của UBND tỉnh Nam Định (cũ) và các quy định về hỗ trợ tái định cư, tránh chồng chéo sau hợp nhất; tham mưu xây dựng Quy chế phối hợp số 03-QCPH/BTGDVTU-BCSĐ giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh về công tác dân vận chính quyền.
Tại buổi làm việc, đồng chí Phạm Thị Lan Hương cũng báo cáo tình hình ở phường Hoa Lư và xã Hải Hậu, nơi một bộ phận người dân còn băn khoăn về phương án đền bù dự án tuyến đường bộ ven biển; hiện còn 37 hộ chưa nhận tiền.
Kết luận buổi làm việc, đồng chí Trần Minh Đức ghi nhận những kết quả Ban đạt được, nhất là trong tuyên truyền bầu cử; yêu cầu quý II tập trung tuyên truyền kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh; triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; nắm chắc tình hình tư tưởng nhân dân vùng giáo ở các xã ven biển, không để phát sinh điểm nóng. Buổi làm việc cũng thống nhất một số nội dung phối hợp giữa Ban với Ủy ban MTTQ Việt Nam tỉnh trong quý II.
Thanh Hà
Lượt xem: 905
Tin liên quan
- Giao ban công tác tuyên giáo và dân vận tháng 3/2026 (03/04/2026)
- Ninh Bình: 99,61% cử tri đi bầu (18/03/2026)
- Phường Phủ Lý ra mắt tổ dân vận khu phố (26/02/2026)
""", "2026-04-17", "Thường trực Tỉnh ủy nghe báo cáo kết quả công tác tuyên giáo và dân vận quý I",
E("bao_cao", "2026-Q1", "2026-04-16"),
[P("Trần Minh Đức", "Phó Bí thư Thường trực Tỉnh ủy Ninh Bình"),
 P("Phạm Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Toản", "Phó Trưởng Ban"),
 P("Trần Thị Mến", "Phó Trưởng Ban"),
 P("Vũ Đức Thịnh", "Phó Trưởng Ban")],
[Q("hơn 2,78 triệu cử tri", 2780000, "cử tri", "over"), Q("99,61%", 99.61, "%"), Q("16 đại biểu Quốc hội", 16, "đại biểu Quốc hội"),
 Q("95 đại biểu HĐND tỉnh", 95, "đại biểu HĐND tỉnh"), Q("129 xã, phường", 129, "xã, phường"),
 Q("412 hội nghị tiếp xúc, đối thoại", 412, "hội nghị tiếp xúc, đối thoại"), Q("2.436 hộ", 2436, "hộ"),
 Q("415 căn nhà", 415, "căn nhà"), Q("24,9 tỷ đồng", 24900000000, "đồng"),
 Q("hơn 186.000 suất quà", 186000, "suất quà", "over"), Q("trên 104 tỷ đồng", 104000000000, "đồng", "over"),
 Q("37 hộ", 37, "hộ")],
[D("Báo cáo", "56", "BC/BTGDVTU", "2026-04-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 56-BC/BTGDVTU ngày 10/4/2026"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh Nam Định", "Quyết định số 35/2024/QĐ-UBND"),
 D("Quy chế phối hợp", "03", "QCPH/BTGDVTU-BCSĐ", None, None, "Quy chế phối hợp số 03-QCPH/BTGDVTU-BCSĐ"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025")],
[prov("Ninh Bình"), prov("Nam Định"), com("Hoa Lư"), com("Hải Hậu")],
["Báo Ninh Bình điện tử", "Trang chủ | Chính trị | Tin tức", "Quang cảnh buổi làm việc.", "Tết Nguyên đán Bính Ngọ",
 "Ngày sinh Chủ tịch Hồ Chí Minh", "Lượt xem: 905"],
["17/04/2026 14:40", "quý I/2026", "quý II/2026", "quý I", "quý II", "khóa XVI", "136 năm", "Lượt xem: 905"]))

PAGES.append(page("b1468-lamdong-xuanhuong-daihoi-phunu-2026", """
ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng 22/05/2026 | 10:40
Đại hội đại biểu Phụ nữ phường Xuân Hương - Đà Lạt lần thứ I, nhiệm kỳ 2026 - 2031
Sáng 21/5, Hội Liên hiệp Phụ nữ phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng long trọng tổ chức Đại hội đại biểu Phụ nữ phường lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp xã của tỉnh. Về dự có đồng chí K'Thị Hương, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Phan Văn Lực, Bí thư Đảng ủy phường cùng 150 đại biểu chính thức đại diện cho hơn 9.400 hội viên phụ nữ trong phường.
Các đại biểu biểu quyết thông qua chương trình làm việc của Đại hội.
Báo cáo tại đại hội cho biết, phường Xuân Hương - Đà Lạt được thành lập trên cơ sở sáp nhập 5 phường cũ của thành phố Đà Lạt. Trong nhiệm kỳ qua, các cơ sở hội đã vận động 1.346 hội viên tham gia mô hình "Phụ nữ Đà Lạt thanh lịch, mến khách"; giúp 214 hội viên vay vốn với tổng dư nợ gần 18,7 tỷ đồng; xây dựng 12 "Mái ấm tình thương" cho phụ nữ nghèo, mỗi căn trị giá 70 triệu đồng. Tỷ lệ hội viên nghèo giảm còn 0,6%.
Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kế hoạch số 12-KH/ĐU ngày 3/9/2025 của Đảng ủy phường về công tác dân vận sau sắp xếp, Hội đã phối hợp tổ chức 32 buổi đối thoại giữa lãnh đạo phường với phụ nữ; tiếp nhận 57 ý kiến, phối hợp giải quyết 54 ý kiến.
Phát biểu chỉ đạo, đồng chí K'Thị Hương ghi nhận những kết quả Hội Phụ nữ phường đạt được; đề nghị nhiệm kỳ tới tập trung thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng; phát huy vai trò phụ nữ trong phát triển du lịch, giữ gìn nét đẹp văn hóa Đà Lạt, tham gia giám sát, phản biện xã hội.
Đại hội đã hiệp thương cử Ban Chấp hành Hội LHPN phường khóa I gồm 19 ủy viên. Bà Ka Ngọc Diệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường được tín nhiệm giữ chức Chủ tịch Hội LHPN phường nhiệm kỳ 2026 - 2031. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh Lâm Đồng lần thứ I.
Đại hội đạt 100% đại biểu biểu quyết thông qua Nghị quyết đại hội với các chỉ tiêu chủ yếu của nhiệm kỳ.
Thái Hà
Lượt xem: 468
Tin liên quan
- Phường Xuân Hương - Đà Lạt tổ chức hội nghị đối thoại với nhân dân (14/05/2026)
- Đại hội điểm Chi hội Phụ nữ tổ dân phố 5 (28/04/2026)
- Lâm Đồng: tập huấn công tác dân vận cho cán bộ cấp xã (10/04/2026)
""", "2026-05-22", "Đại hội đại biểu Phụ nữ phường Xuân Hương - Đà Lạt lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-05-21"),
[P("K'Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phan Văn Lực", "Bí thư Đảng ủy phường"),
 P("Ka Ngọc Diệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 9.400 hội viên phụ nữ", 9400, "hội viên phụ nữ", "over"),
 Q("5 phường", 5, "phường"), Q("1.346 hội viên", 1346, "hội viên"), Q("214 hội viên", 214, "hội viên"),
 Q("gần 18,7 tỷ đồng", 18700000000, "đồng", "approx"), Q('12 "Mái ấm tình thương"', 12, "Mái ấm tình thương"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("0,6%", 0.6, "%"), Q("32 buổi đối thoại", 32, "buổi đối thoại"),
 Q("57 ý kiến", 57, "ý kiến"), Q("54 ý kiến", 54, "ý kiến"), Q("19 ủy viên", 19, "ủy viên"), Q("7 đại biểu", 7, "đại biểu"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-09-03", "Đảng ủy phường", "Kế hoạch số 12-KH/ĐU ngày 3/9/2025"),
 D("Kết luận", "21", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW")],
[prov("Lâm Đồng"), com("Xuân Hương - Đà Lạt")],
["ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình làm việc của Đại hội.", "Phụ nữ Đà Lạt thanh lịch, mến khách",
 "thành phố Đà Lạt", "Lượt xem: 468"],
["Ngày đăng 22/05/2026 | 10:40", "lần thứ I", "nhiệm kỳ 2026 - 2031", "khóa I", "Lượt xem: 468"]))
