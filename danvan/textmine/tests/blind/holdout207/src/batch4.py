from lib import *
PAGES = []

PAGES.append(page("b4943-tuyenquang-hkh-daihoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự | Chính trị | Đoàn thể
Thứ Ba, 21/10/2025, 08:05
Ảnh: Các đại biểu bỏ phiếu bầu Ban Chấp hành.
Đại hội đại biểu Hội Khuyến học tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 20/10/2025, Hội Khuyến học tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất Hội Khuyến học hai tỉnh Tuyên Quang và Hà Giang. Dự đại hội có đồng chí Triệu Thị Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hầu Văn Lử, Phó Chủ tịch UBND tỉnh; đồng chí Nông Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 250 đại biểu đại diện cho trên 412.000 hội viên.
Nhiệm kỳ 2020 - 2025, phong trào khuyến học ở hai tỉnh có bước phát triển mạnh. Quỹ khuyến học các cấp đạt trên 186 tỷ đồng; đã khen thưởng, trao học bổng cho hơn 520.000 lượt học sinh, sinh viên. Toàn tỉnh mới có 124/124 xã, phường có hội khuyến học; 2.930 chi hội ở thôn, tổ dân phố; 318.000 hộ đạt "Gia đình học tập", chiếm 79,2%. Nhiều mô hình như "Bếp ăn khuyến học" ở vùng cao núi đá, "Tủ sách dòng họ" của đồng bào Tày, Dao được nhân rộng.
Đại hội đã thảo luận, thông qua Báo cáo chính trị, Điều lệ và Chương trình hành động số 01-CTr/HKH thực hiện Nghị quyết Đại hội; quán triệt Kết luận số 195-KL/TW của Bộ Chính trị về hoạt động của các hội quần chúng sau sắp xếp, Quyết định số 1759/QĐ-TTg ngày 21/8/2025 của Thủ tướng Chính phủ và Kế hoạch 08, 09-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng xã hội học tập giai đoạn 2025 - 2030.
Phát biểu chỉ đạo, đồng chí Triệu Thị Ngọc đề nghị Hội phát huy vai trò nòng cốt trong xây dựng xã hội học tập ở 124 xã, phường mới, chú trọng chuyển đổi số, học tập suốt đời cho người dân vùng đồng bào Mông, Dao, Lô Lô, Pà Thẻn.
Đại hội đã hiệp thương cử Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 45 ủy viên, Ban Thường vụ gồm 13 ủy viên. Ông Ma Văn Thắng, nguyên Phó Chủ tịch HĐND tỉnh Tuyên Quang, được tín nhiệm giữ chức Chủ tịch Hội Khuyến học tỉnh Tuyên Quang khóa I; các ông, bà: Lý Thị Mai, Giàng Seo Chu, Hoàng Văn Đạo - Phó Chủ tịch Hội Khuyến học tỉnh. Bà Lý Thị Mai kiêm Tổng Thư ký Hội.
Đại hội đề ra 8 chỉ tiêu chủ yếu, trong đó đến năm 2030 có không dưới 85% số hộ đạt "Gia đình học tập", quỹ khuyến học bình quân 100.000 đồng/hội viên, 100% xã, phường đạt "Đơn vị học tập" cấp xã.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng cờ thi đua cho Hội Khuyến học tỉnh; UBND tỉnh tặng bằng khen cho 26 tập thể, 40 cá nhân.
Ngọc Diệp
Tin liên quan
- Hội Khuyến học xã Đồng Văn ra mắt sau sắp xếp (25/08/2025)
- Trao 300 suất học bổng "Vì em hiếu học" (15/08/2025)
- Tuyên Quang: 90% trẻ 5 tuổi ra lớp (02/08/2025)
""", "2025-10-21", "Đại hội đại biểu Hội Khuyến học tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-10-20"),
[P("Triệu Thị Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Văn Lử", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Thắng", "nguyên Phó Chủ tịch HĐND tỉnh Tuyên Quang", "Chủ tịch Hội Khuyến học tỉnh Tuyên Quang khóa I"),
 P("Lý Thị Mai", "Phó Chủ tịch Hội Khuyến học tỉnh", "Tổng Thư ký Hội"),
 P("Giàng Seo Chu", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Hoàng Văn Đạo", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"), Q("trên 412.000 hội viên", 412000, "hội viên", "over"), Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("hơn 520.000 lượt học sinh, sinh viên", 520000, "lượt học sinh, sinh viên", "over"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("2.930 chi hội", 2930, "chi hội"), Q("318.000 hộ", 318000, "hộ"), Q("79,2%", 79.2, "%"), Q("45 ủy viên", 45, "ủy viên"),
 Q("13 ủy viên", 13, "ủy viên"), Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu"), Q("không dưới 85%", 85, "%", "over"),
 Q("100.000 đồng/hội viên", 100000, "đồng"), Q("100% xã, phường", 100, "%"), Q("26 tập thể", 26, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Chương trình hành động", "01", "CTr/HKH", None, None, "Chương trình hành động số 01-CTr/HKH"),
 D("Kết luận", "195", "KL/TW", None, "Bộ Chính trị", "Kết luận số 195-KL/TW"),
 D("Quyết định", "1759", "QĐ-TTg", "2025-08-21", "Thủ tướng Chính phủ", "Quyết định số 1759/QĐ-TTg ngày 21/8/2025"),
 D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự | Chính trị | Đoàn thể", "Ảnh: Các đại biểu bỏ phiếu bầu Ban Chấp hành.",
 "Gia đình học tập", "Bếp ăn khuyến học", "Tủ sách dòng họ", "Đơn vị học tập"],
["Thứ Ba, 21/10/2025, 08:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "khóa I", "năm 2030", "giai đoạn 2025 - 2030"]))

PAGES.append(page("b4944-vinhlong-mttq-traoqua-2025", """
Báo Vĩnh Long điện tử
Trang chủ > Xã hội > An sinh
04/09/2025 - 17:30
Trao 2.000 suất học bổng, xe đạp cho học sinh khó khăn dịp khai giảng
Đại diện Ủy ban MTTQ Việt Nam tỉnh và nhà tài trợ trao học bổng cho học sinh.
Sáng 3/9/2025, tại xã Cầu Kè, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với Hội Khuyến học tỉnh tổ chức lễ trao học bổng, xe đạp cho học sinh có hoàn cảnh khó khăn nhân dịp khai giảng năm học 2025 - 2026 - năm học đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Tổng cộng 2.000 suất học bổng được trao tại 3 điểm cầu, mỗi suất 1,5 triệu đồng, cùng 300 xe đạp, tổng trị giá trên 3,4 tỷ đồng.
Dự buổi lễ có các đồng chí: Lâm Thị Sa Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Thu Vân; Thạch Sô Phênl, Phó Chủ tịch Hội Khuyến học tỉnh.
Thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chăm lo học sinh khó khăn và Hướng dẫn số 03/HD-HKH của Hội Khuyến học tỉnh, các cấp Mặt trận, hội khuyến học ở 124 xã, phường mới đã rà soát, lập danh sách 8.650 học sinh thuộc hộ nghèo, hộ cận nghèo, học sinh mồ côi. Đến nay đã vận động được trên 12,6 tỷ đồng, tặng 9.200 phần quà và 2.400 bộ sách giáo khoa. Riêng học sinh dân tộc Khmer được hỗ trợ 1.850 suất, chiếm 21,4%.
Tại điểm cầu xã Cầu Kè, em Thạch Thị Sô Phia, học sinh lớp 11 Trường THPT Cầu Kè, chia sẻ nhà em thuộc hộ nghèo, chiếc xe đạp mới giúp em bớt 6 km đi bộ mỗi ngày. Ông Kim Sa Rinh, Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè, cho biết xã đã vận động 14 chùa Phật giáo Nam tông Khmer hỗ trợ 420 suất quà cho học sinh nghèo. Hòa thượng Thạch Sok Xane, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam xã Cầu Kè, trao 50 suất học bổng của nhà chùa.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Sa Phia đề nghị Mặt trận các xã, phường tiếp tục thực hiện Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy về chăm lo an sinh sau sắp xếp và Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo; bảo đảm không học sinh nào phải bỏ học vì hoàn cảnh khó khăn.
Cùng ngày, tại điểm cầu phường Bến Tre và xã Ba Tri, Hội Khuyến học tỉnh trao 1.200 suất học bổng cho học sinh vùng biển. Ông Trần Văn Nhanh, Chủ tịch Hội Khuyến học xã Ba Tri, cho biết xã có 236 học sinh là con ngư dân, nhiều em phải phụ gia đình đi biển; hội đã vận động 35 doanh nghiệp nhận đỡ đầu đến hết lớp 12.
Hồng Nhung
Tin liên quan
- Mặt trận tỉnh ra mắt Ban vận động Quỹ "Vì người nghèo" (20/08/2025)
- Trao 100 căn nhà Đại đoàn kết ở vùng đồng bào Khmer (12/08/2025)
- Hội Khuyến học phường Long Châu tổ chức đại hội (05/08/2025)
""", "2025-09-04", "Trao 2.000 suất học bổng, xe đạp cho học sinh khó khăn dịp khai giảng",
E("trao_qua", None, "2025-09-03"),
[P("Lâm Thị Sa Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phênl", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Thạch Thị Sô Phia", "học sinh lớp 11 Trường THPT Cầu Kè"),
 P("Kim Sa Rinh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè"),
 P("Thạch Sok Xane", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam xã Cầu Kè"),
 P("Trần Văn Nhanh", "Chủ tịch Hội Khuyến học xã Ba Tri")],
[Q("2.000 suất học bổng", 2000, "suất học bổng"), Q("3 điểm cầu", 3, "điểm cầu"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("300 xe đạp", 300, "xe đạp"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("124 xã, phường mới", 124, "xã, phường mới"),
 Q("8.650 học sinh", 8650, "học sinh"), Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("9.200 phần quà", 9200, "phần quà"),
 Q("2.400 bộ sách giáo khoa", 2400, "bộ sách giáo khoa"), Q("1.850 suất", 1850, "suất"), Q("21,4%", 21.4, "%"), Q("6 km", 6, "km"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("420 suất quà", 420, "suất quà"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1.200 suất học bổng", 1200, "suất học bổng"), Q("236 học sinh", 236, "học sinh"), Q("35 doanh nghiệp", 35, "doanh nghiệp")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/7/2025"),
 D("Hướng dẫn", "03", "HD-HKH", None, "Hội Khuyến học tỉnh", "Hướng dẫn số 03/HD-HKH"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Cầu Kè"), com("Bến Tre"), com("Ba Tri")],
["Báo Vĩnh Long điện tử", "Trang chủ > Xã hội > An sinh", "Đại diện Ủy ban MTTQ Việt Nam tỉnh và nhà tài trợ trao học bổng cho học sinh."],
["04/09/2025 - 17:30", "năm học 2025 - 2026", "lớp 11", "lớp 12"]))

PAGES.append(page("b4945-lamdong-bacgianghia-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC GIA NGHĨA - TỈNH LÂM ĐỒNG
You are here: Trang chủ » Tin tức » Mặt trận và đoàn thể
Cập nhật: 09:42, 14/01/2026 (GMT+7)
Toàn cảnh hội nghị.
Phường Bắc Gia Nghĩa triển khai nhiệm vụ khuyến học năm 2026
Chiều 12/01/2026, Hội Khuyến học phường Bắc Gia Nghĩa tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2025 - năm đầu tiên hoạt động theo mô hình chính quyền địa phương hai cấp, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Y Nguyên Bkrông, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; bà H'Ruê Niê, Chủ tịch Ủy ban MTTQ Việt Nam phường và đại diện Hội Khuyến học tỉnh Lâm Đồng.
Báo cáo của Hội cho biết, sau khi sắp xếp, Hội Khuyến học phường có 32 chi hội ở tổ dân phố, bon và trường học với 4.860 hội viên. Năm 2025, Hội vận động quỹ khuyến học được 615 triệu đồng, tăng 18% so với năm 2024; trao 1.240 suất học bổng, phần thưởng, trong đó 310 suất cho học sinh người M'nông, Mạ, Êđê. Toàn phường có 5.420 hộ đạt "Gia đình học tập", chiếm 83%; 12/14 bon, tổ dân phố đạt "Cộng đồng học tập".
Hội đã phối hợp với Đảng ủy phường triển khai Nghị quyết 05, 06-NQ/ĐU về phát triển giáo dục và xây dựng phường học tập; thực hiện Kế hoạch số 45/KH-UBND ngày 02/10/2025 của UBND phường và Hướng dẫn số 15-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong khuyến học sau sắp xếp.
Tại hội nghị, ông Điểu Đăng, Chi hội trưởng chi hội khuyến học bon Sre Ú, cho biết bon có 86 hộ đồng bào M'nông; năm qua 100% trẻ trong độ tuổi được đến trường, 3 em đỗ đại học. Bà Trần Thị Hồng Nhung, Hiệu trưởng Trường Tiểu học Nguyễn Bá Ngọc, đề nghị Hội hỗ trợ thêm tủ sách cho khoảng 120 học sinh bán trú.
Phát biểu tại hội nghị, đồng chí Y Nguyên Bkrông đề nghị năm 2026 Hội bám sát Nghị quyết số 71-NQ/TW của Bộ Chính trị và Quyết định số 1759/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu quỹ khuyến học đạt ít nhất 700 triệu đồng, 100% bon, tổ dân phố đạt "Cộng đồng học tập"; gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đô thị văn minh".
Hội nghị cũng thông qua việc kiện toàn Ban Chấp hành: ông Nguyễn Văn Thọ, nguyên Phó Chủ tịch UBND thị xã Gia Nghĩa, được bầu làm Chủ tịch Hội Khuyến học phường Bắc Gia Nghĩa; các ông Phó Chủ tịch Hội Khuyến học phường: Điểu Đăng, Lê Đình Phú.
Dịp này, Hội Khuyến học phường tặng giấy khen cho 8 tập thể, 15 cá nhân tiêu biểu năm 2025 và trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó.
BBT
Tin cùng chuyên mục
- Phường Bắc Gia Nghĩa tổng kết công tác Mặt trận năm 2025 (08/01/2026)
- Trao 200 phần quà Tết cho hộ khó khăn (05/01/2026)
- Ra mắt Hội Khuyến học phường sau sắp xếp (20/08/2025)
""", "2026-01-14", "Phường Bắc Gia Nghĩa triển khai nhiệm vụ khuyến học năm 2026",
E("tong_ket", "2025", "2026-01-12"),
[P("Y Nguyên Bkrông", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("H'Ruê Niê", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Đăng", "Chi hội trưởng chi hội khuyến học bon Sre Ú", "Phó Chủ tịch Hội Khuyến học phường"),
 P("Trần Thị Hồng Nhung", "Hiệu trưởng Trường Tiểu học Nguyễn Bá Ngọc"),
 P("Nguyễn Văn Thọ", "nguyên Phó Chủ tịch UBND thị xã Gia Nghĩa", "Chủ tịch Hội Khuyến học phường Bắc Gia Nghĩa"),
 P("Lê Đình Phú", "Phó Chủ tịch Hội Khuyến học phường")],
[Q("32 chi hội", 32, "chi hội"), Q("4.860 hội viên", 4860, "hội viên"), Q("615 triệu đồng", 615000000, "đồng"), Q("18%", 18, "%"),
 Q("1.240 suất học bổng, phần thưởng", 1240, "suất học bổng, phần thưởng"), Q("310 suất", 310, "suất"), Q("5.420 hộ", 5420, "hộ"),
 Q("83%", 83, "%"), Q("12/14 bon, tổ dân phố", 12, "bon, tổ dân phố"), Q("86 hộ đồng bào M'nông", 86, "hộ đồng bào M'nông"),
 Q("100% trẻ", 100, "%"), Q("3 em", 3, "em"), Q("khoảng 120 học sinh bán trú", 120, "học sinh bán trú", "approx"),
 Q("ít nhất 700 triệu đồng", 700000000, "đồng", "over"), Q("100% bon, tổ dân phố", 100, "%"), Q("8 tập thể", 8, "tập thể"),
 Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Kế hoạch", "45", "KH-UBND", "2025-10-02", "UBND phường", "Kế hoạch số 45/KH-UBND ngày 02/10/2025"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BTGDVTU"),
 D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW"),
 D("Quyết định", "1759", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1759/QĐ-TTg")],
[prov("Lâm Đồng"), com("Bắc Gia Nghĩa")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC GIA NGHĨA - TỈNH LÂM ĐỒNG", "You are here: Trang chủ » Tin tức » Mặt trận và đoàn thể",
 "Toàn cảnh hội nghị.", "Gia đình học tập", "Cộng đồng học tập", "Toàn dân đoàn kết xây dựng đô thị văn minh", "BBT", "Trường Tiểu học Nguyễn Bá Ngọc"],
["Cập nhật: 09:42, 14/01/2026 (GMT+7)", "năm 2025", "năm 2026", "năm 2024", "hai cấp"]))

PAGES.append(page("b4946-dongnai-budang-doithoai-2026", """
Báo Đồng Nai điện tử
Chính trị › Xây dựng Đảng › Dân vận
18/03/2026 - 10:05
Bí thư Đảng ủy xã Bù Đăng đối thoại với phụ huynh, học sinh
Ảnh: Đồng chí Điểu Thị Hạnh trả lời ý kiến của học sinh.
Ngày 16/3, Đảng ủy xã Bù Đăng tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với phụ huynh, học sinh và cán bộ hội khuyến học về chăm lo giáo dục, phòng chống bỏ học. Đồng chí Điểu Thị Hạnh, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Phạm Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và 210 đại biểu.
Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị về đối thoại trực tiếp với nhân dân, Kế hoạch số 27-KH/ĐU của Đảng ủy xã và Hướng dẫn số 06-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai, đây là cuộc đối thoại thứ 2 của xã kể từ khi sắp xếp. Xã Bù Đăng hiện có 9 trường học với 6.420 học sinh, trong đó 1.730 học sinh người S'tiêng, M'nông, Tày, Nùng. Năm học 2024 - 2025, xã còn 41 học sinh bỏ học.
Tại hội nghị, 23 ý kiến được nêu trực tiếp. Bà Thị Hoài ở bon Bu Ka phản ánh đường vào điểm trường lầy lội mùa mưa; ông Điểu Lành, người có uy tín bon Sơn Hiệp, đề nghị duy trì xe đưa đón học sinh ở xa trên 7 km. Em Lò Thị Thu Trang, học sinh lớp 9 Trường THCS Lê Quý Đôn, mong xã mở thêm phòng đọc sách cho thanh thiếu niên. Thầy Trịnh Văn Lực, Hiệu trưởng Trường THCS Lê Quý Đôn, cho biết trường có 48 học sinh thuộc hộ nghèo và 27 học sinh mồ côi cần được hỗ trợ thường xuyên.
Trả lời các ý kiến, đồng chí Phạm Quốc Huy cho biết UBND xã bố trí 1,2 tỷ đồng nâng cấp 800 m đường vào điểm trường bon Bu Ka, hoàn thành trước năm học 2026 - 2027; phối hợp với Hội Khuyến học xã duy trì 2 xe đưa đón cho khoảng 90 học sinh. Bà Nguyễn Thị Lan, Chủ tịch Hội Khuyến học xã Bù Đăng, cho biết quỹ khuyến học năm 2025 đạt 480 triệu đồng, đã trao 650 suất học bổng; năm 2026 hội sẽ vận động xây dựng 5 tủ sách ở các bon.
Kết luận, đồng chí Điểu Thị Hạnh giao các tổ chức chính trị - xã hội xã, Ban công tác Mặt trận các ấp, bon phân công cán bộ theo dõi từng học sinh có nguy cơ bỏ học; đề nghị các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Thị Mến, Nguyễn Văn Thái đôn đốc giải quyết 23 ý kiến, trả lời bằng văn bản trước ngày 30/4. Xã phấn đấu năm 2026 không còn học sinh bỏ học vì hoàn cảnh khó khăn, tối thiểu 95% học sinh THCS được học tiếp lên lớp 10 hoặc học nghề.
Thanh Nga
Tin liên quan
- Bù Đăng ra mắt mô hình "Dân vận khéo" trong khuyến học (02/03/2026)
- Trao 150 suất quà Tết cho học sinh S'tiêng (10/02/2026)
- Mặt trận xã Bù Đăng tổng kết năm 2025 (15/01/2026)
""", "2026-03-18", "Bí thư Đảng ủy xã Bù Đăng đối thoại với phụ huynh, học sinh",
E("doi_thoai", "2026", "2026-03-16"),
[P("Điểu Thị Hạnh", "Bí thư Đảng ủy xã"),
 P("Phạm Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Hoài"),
 P("Điểu Lành", "người có uy tín bon Sơn Hiệp"),
 P("Lò Thị Thu Trang", "học sinh lớp 9 Trường THCS Lê Quý Đôn"),
 P("Trịnh Văn Lực", "Hiệu trưởng Trường THCS Lê Quý Đôn"),
 P("Nguyễn Thị Lan", "Chủ tịch Hội Khuyến học xã Bù Đăng"),
 P("Thị Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("210 đại biểu", 210, "đại biểu"), Q("9 trường học", 9, "trường học"), Q("6.420 học sinh", 6420, "học sinh"),
 Q("1.730 học sinh người S'tiêng, M'nông, Tày, Nùng", 1730, "học sinh người S'tiêng, M'nông, Tày, Nùng"), Q("41 học sinh", 41, "học sinh"),
 Q("23 ý kiến", 23, "ý kiến"), Q("48 học sinh", 48, "học sinh"), Q("27 học sinh mồ côi", 27, "học sinh mồ côi"), Q("trên 7 km", 7, "km", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("800 m", 800, "m"),
 Q("2 xe đưa đón", 2, "xe đưa đón"), Q("khoảng 90 học sinh", 90, "học sinh", "approx"), Q("480 triệu đồng", 480000000, "đồng"),
 Q("650 suất học bổng", 650, "suất học bổng"), Q("5 tủ sách", 5, "tủ sách"), Q("tối thiểu 95%", 95, "%")],
[D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW"),
 D("Kế hoạch", "27", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", "Hướng dẫn số 06-HD/BTGDVTU")],
[prov("Đồng Nai"), com("Bù Đăng")],
["Báo Đồng Nai điện tử", "Chính trị › Xây dựng Đảng › Dân vận", "Ảnh: Đồng chí Điểu Thị Hạnh trả lời ý kiến của học sinh.", "Trường THCS Lê Quý Đôn"],
["18/03/2026 - 10:05", "năm 2026", "cuộc đối thoại thứ 2", "Năm học 2024 - 2025", "năm học 2026 - 2027", "năm 2025", "lớp 9", "lớp 10", "ngày 30/4"]))

PAGES.append(page("b4947-quangngai-btgdv-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Bạn đang ở: Trang chủ | Tin hoạt động | Dân vận
08:15 | 09/04/2026
Quang cảnh hội nghị giao ban.
Khối dân vận chung tay chăm lo học sinh vùng đồng bào dân tộc thiểu số
Ngày 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị giao ban công tác dân vận quý I năm 2026 với chuyên đề vận động nguồn lực hỗ trợ học sinh vùng đồng bào dân tộc thiểu số. Đồng chí Đinh Thị Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: A Vơng, Trần Quang Hậu.
Theo báo cáo, quý I/2026, các cơ quan dân vận, Mặt trận và Hội Khuyến học tỉnh đã vận động được 9,8 tỷ đồng hỗ trợ học sinh vùng cao, trao 4.300 suất quà Tết cho học sinh nghèo và 1.150 suất học bổng cho học sinh Xơ Đăng, Ba Na, Hrê, Cor. Trên địa bàn 45 xã miền núi, 96 "Mẹ đỡ đầu" đang đỡ đầu 188 học sinh mồ côi; 17 "Bếp ăn bán trú nhân ái" được duy trì, bảo đảm bữa trưa cho khoảng 2.600 em.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU ngày 12/02/2026 về tăng cường công tác dân vận trong phát triển giáo dục vùng đồng bào; ban hành Kế hoạch 21, 22-KH/BTGDVTU về khảo sát tình hình học sinh bỏ học và về nhân rộng mô hình "Dân vận khéo" trong khuyến học. Các cấp triển khai Nghị quyết số 71-NQ/TW của Bộ Chính trị và Nghị quyết số 217/2025/QH15 của Quốc hội về miễn học phí.
Tại giao ban, ông A Dũng, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô, cho biết xã còn 36 học sinh có nguy cơ bỏ học; Mặt trận xã đã phân công 18 tổ viên tổ dân vận phụ trách. Bà Y Thu, Chủ tịch Hội Khuyến học xã Măng Đen, đề nghị tỉnh hỗ trợ sửa chữa 4 nhà bán trú xuống cấp. Ông Đinh Văn Lành, Bí thư Chi bộ thôn Gò Rin, xã Sơn Hà, chia sẻ kinh nghiệm vận động 12 hộ đưa con trở lại trường sau Tết.
Nhiều ý kiến cho rằng sau khi hợp nhất hai tỉnh Quảng Ngãi và Kon Tum, một số xã mới có địa bàn rộng, cán bộ hội khuyến học kiêm nhiệm, việc nắm tình hình học sinh ở các thôn xa còn chậm.
Kết luận giao ban, đồng chí Đinh Thị Loan đề nghị quý II tập trung vận động ít nhất 500 suất học bổng "Tiếp sức đến trường" cho học sinh lớp 12 người dân tộc thiểu số; phối hợp ngành giáo dục tổ chức 3 đợt giám sát việc chi trả chế độ bán trú, bảo đảm 100% học sinh được nhận đúng, đủ, kịp thời; các xã miền núi báo cáo kết quả trước ngày 25/6.
Hoài An
Lượt xem: 734
Tin liên quan
- Giao ban khối dân vận tháng 3/2026 (31/03/2026)
- Kon Plông ra mắt mô hình "Bếp ăn bán trú nhân ái" (18/03/2026)
- Trao 200 xe đạp cho học sinh Ba Tơ (05/03/2026)
""", "2026-04-09", "Khối dân vận chung tay chăm lo học sinh vùng đồng bào dân tộc thiểu số",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Đinh Thị Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Vơng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quang Hậu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Dũng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô"),
 P("Y Thu", "Chủ tịch Hội Khuyến học xã Măng Đen"),
 P("Đinh Văn Lành", "Bí thư Chi bộ thôn Gò Rin")],
[Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("4.300 suất quà Tết", 4300, "suất quà"), Q("1.150 suất học bổng", 1150, "suất học bổng"),
 Q("45 xã miền núi", 45, "xã miền núi"), Q("96 \"Mẹ đỡ đầu\"", 96, "Mẹ đỡ đầu"), Q("188 học sinh mồ côi", 188, "học sinh mồ côi"),
 Q("17 \"Bếp ăn bán trú nhân ái\"", 17, "Bếp ăn bán trú nhân ái"), Q("khoảng 2.600 em", 2600, "em", "approx"),
 Q("36 học sinh", 36, "học sinh"), Q("18 tổ viên tổ dân vận", 18, "tổ viên tổ dân vận"), Q("4 nhà bán trú", 4, "nhà bán trú"),
 Q("12 hộ", 12, "hộ"), Q("ít nhất 500 suất học bổng", 500, "suất học bổng", "over"), Q("3 đợt giám sát", 3, "đợt giám sát"),
 Q("100% học sinh", 100, "%")],
[D("Chỉ thị", "07", "CT/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/02/2026"),
 D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BTGDVTU"),
 D("Kế hoạch", "22", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BTGDVTU"),
 D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW"),
 D("Nghị quyết", "217", "2025/QH15", None, "Quốc hội", "Nghị quyết số 217/2025/QH15")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô"), com("Măng Đen"), com("Sơn Hà")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Bạn đang ở: Trang chủ | Tin hoạt động | Dân vận", "Quang cảnh hội nghị giao ban.",
 "Mẹ đỡ đầu", "Bếp ăn bán trú nhân ái", "Dân vận khéo", "Tiếp sức đến trường", "Lượt xem: 734"],
["08:15 | 09/04/2026", "ngày 25/6", "quý I năm 2026", "quý I/2026", "quý II", "lớp 12", "Lượt xem: 734"]))

PAGES.append(page("b4948-hungyen-hkh-hoinghi-2026", """
HỘI KHUYẾN HỌC TỈNH HƯNG YÊN
Trang chủ / Tin tức / Xây dựng xã hội học tập
Thứ Sáu, 22/05/2026 - 15:10
Ông Vũ Minh Tâm, Chủ tịch Hội Khuyến học tỉnh phát biểu tại hội nghị.
Hưng Yên: Hội nghị chuyên đề xây dựng "Công dân học tập" năm 2026
Ngày 20/5/2026, tại phường Thái Bình, Hội Khuyến học tỉnh Hưng Yên phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị chuyên đề về xây dựng mô hình "Công dân học tập" năm 2026. Dự hội nghị có đồng chí Nguyễn Thị Thu Hà, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Vũ Minh Tâm, Chủ tịch Hội Khuyến học tỉnh; TS. Đặng Quốc Việt, Phó Giám đốc Sở Giáo dục và Đào tạo cùng 180 đại biểu đến từ 104 xã, phường.
Theo báo cáo đề dẫn, sau khi hợp nhất hai tỉnh Hưng Yên và Thái Bình, Hội Khuyến học tỉnh có 104 hội khuyến học cấp xã, 4.620 chi hội với trên 860.000 hội viên. Thực hiện Quyết định số 677/QĐ-TTg ngày 03/6/2021 của Thủ tướng Chính phủ về Đề án "Đẩy mạnh xây dựng mô hình học tập trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030" và Kế hoạch số 58/KH-UBND ngày 10/3/2026 của UBND tỉnh, năm 2025 toàn tỉnh có 1.236.000 công dân được đánh giá "Công dân học tập", đạt 71,3%; 598.000 hộ đạt "Gia đình học tập".
Tại hội nghị, bà Phạm Thị Ngát, Chủ tịch Hội Khuyến học xã Vũ Thư, cho biết xã đã ứng dụng phần mềm đánh giá trực tuyến cho 18.400 công dân, giúp giảm khoảng 70% thời gian tổng hợp. Ông Đoàn Văn Khiêm, Trưởng ban khuyến học dòng họ Đoàn, thôn Đông Hòa, xã Tiên Lữ, chia sẻ dòng họ có 126 người đạt "Công dân học tập", quỹ khuyến học dòng họ trên 500 triệu đồng. Anh Lê Quang Huy, Bí thư Đoàn phường Phố Hiến, đề xuất tổ chức "Ngày hội công dân số" cho đoàn viên.
Một số ý kiến cho rằng tiêu chí đánh giá theo Thông tư số 22/2023/TT-BGDĐT còn nặng về hình thức đối với người cao tuổi; nhiều xã sau sắp xếp chưa bố trí cán bộ theo dõi phong trào.
Phát biểu kết luận, đồng chí Nguyễn Thị Thu Hà đề nghị các cấp hội tiếp tục thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư và Kết luận 31, 32-KL/TU của Ban Thường vụ Tỉnh ủy về khuyến học, khuyến tài; phấn đấu năm 2026 có từ 75% công dân trở lên đạt "Công dân học tập", 100% xã, phường có trung tâm học tập cộng đồng hoạt động hiệu quả.
Dịp này, Hội Khuyến học tỉnh tặng giấy khen cho 22 tập thể, 35 cá nhân và trao 50 suất học bổng, mỗi suất 2 triệu đồng cho học sinh có hoàn cảnh khó khăn.
Phương Thảo
Tin liên quan
- Hội Khuyến học tỉnh giao ban quý I/2026 (10/04/2026)
- Trao 300 suất học bổng cho học sinh ven biển (25/03/2026)
- Xã Tiên Lữ ra mắt 10 dòng họ học tập (12/03/2026)
""", "2026-05-22", "Hưng Yên: Hội nghị chuyên đề xây dựng \"Công dân học tập\" năm 2026",
E("hoi_nghi", "2026", "2026-05-20"),
[P("Vũ Minh Tâm", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Nguyễn Thị Thu Hà", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đặng Quốc Việt", "TS.", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Phạm Thị Ngát", "Chủ tịch Hội Khuyến học xã Vũ Thư"),
 P("Đoàn Văn Khiêm", "Trưởng ban khuyến học dòng họ Đoàn"),
 P("Lê Quang Huy", "Bí thư Đoàn phường Phố Hiến")],
[Q("180 đại biểu", 180, "đại biểu"), Q("104 xã, phường", 104, "xã, phường"), Q("104 hội khuyến học cấp xã", 104, "hội khuyến học cấp xã"),
 Q("4.620 chi hội", 4620, "chi hội"), Q("trên 860.000 hội viên", 860000, "hội viên", "over"),
 Q("1.236.000 công dân", 1236000, "công dân"), Q("71,3%", 71.3, "%"), Q("598.000 hộ", 598000, "hộ"),
 Q("18.400 công dân", 18400, "công dân"), Q("khoảng 70%", 70, "%", "approx"), Q("126 người", 126, "người"),
 Q("trên 500 triệu đồng", 500000000, "đồng", "over"), Q("từ 75% công dân trở lên", 75, "%", "over"), Q("100% xã, phường", 100, "%"),
 Q("22 tập thể", 22, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("50 suất học bổng", 50, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "677", "QĐ-TTg", "2021-06-03", "Thủ tướng Chính phủ", "Quyết định số 677/QĐ-TTg ngày 03/6/2021"),
 D("Kế hoạch", "58", "KH-UBND", "2026-03-10", "UBND tỉnh", "Kế hoạch số 58/KH-UBND ngày 10/3/2026"),
 D("Thông tư", "22", "2023/TT-BGDĐT", None, None, "Thông tư số 22/2023/TT-BGDĐT"),
 D("Chỉ thị", "38", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 38-CT/TW"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Bình"), com("Vũ Thư"), com("Tiên Lữ"), com("Phố Hiến")],
["HỘI KHUYẾN HỌC TỈNH HƯNG YÊN", "Trang chủ / Tin tức / Xây dựng xã hội học tập",
 "Ông Vũ Minh Tâm, Chủ tịch Hội Khuyến học tỉnh phát biểu tại hội nghị.", "Công dân học tập", "Gia đình học tập",
 "Đẩy mạnh xây dựng mô hình học tập trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030", "Ngày hội công dân số"],
["Thứ Sáu, 22/05/2026 - 15:10", "năm 2026", "năm 2025"]))
