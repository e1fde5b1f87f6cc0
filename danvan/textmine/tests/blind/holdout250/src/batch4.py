from lib import *
PAGES = []

PAGES.append(page("b5975-tuyenquang-btgdv-giaoban-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 10/10/2025, 08:05
Đồng chí Sùng Thị Mai chủ trì hội nghị giao ban.
Thông báo kết luận hội nghị giao ban công tác tuyên giáo và dân vận quý III
Ngày 7/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường. Đây là lần giao ban đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, chính quyền địa phương 2 cấp đi vào hoạt động. Đồng chí Sùng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Ngày 8/10/2025, Ban ban hành Thông báo số 27-TB/BTGDVTU ngày 8/10/2025 truyền đạt kết luận của đồng chí Trưởng ban.
Theo báo cáo, quý III/2025, các cấp đã tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương; tổ chức thành công đại hội đảng bộ 124/124 xã, phường. Các cấp vận động hơn 18,5 tỷ đồng hỗ trợ xóa 1.236 căn nhà tạm, nhà dột nát; nắm tình hình, hòa giải thành 57 vụ việc mâu thuẫn ở cơ sở. Ở vùng cao, 9 trường hợp tuyên truyền đạo trái pháp luật đã được vận động từ bỏ.
Tại hội nghị, đồng chí Giàng Mí Chớ, Bí thư Đảng ủy xã Lũng Cú, nêu khó khăn khi một cán bộ phụ trách 14 thôn; đồng chí Triệu Thị Nhất, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường Hà Giang 1, đề nghị hướng dẫn quy trình lấy ý kiến nhân dân về các công trình công cộng.
Kết luận hội nghị, đồng chí Sùng Thị Mai nhấn mạnh:
1. Quý IV/2025 tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Kết luận 150, 151-KL/TW của Bộ Chính trị về công tác dân vận khi tổ chức chính quyền địa phương 2 cấp.
2. Giao các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Thái, Hoàng Thị Ngân, Lý Văn Sài phụ trách cụm xã theo địa bàn; hoàn thành khảo sát dư luận xã hội ở ít nhất 30 xã trước ngày 30/11/2025.
3. Các xã, phường rà soát, hoàn thành việc hỗ trợ nhà ở theo Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu xóa xong 100% nhà tạm trước ngày 31/12/2025.
4. Thực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 15/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức hoạt động của khối dân vận xã.
Đồng chí Đặng Văn Phin, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, được giao tổng hợp ý kiến của 124 điểm cầu để báo cáo Thường trực Tỉnh ủy. Ban cũng đề nghị mỗi xã bố trí khoảng 50 triệu đồng cho hoạt động dân vận năm 2026.
Hồng Nhung
Tin liên quan
- Tuyên Quang: 124 xã, phường hoàn thành đại hội đảng bộ (15/09/2025)
- Hội nghị người có uy tín vùng cao năm 2025 (28/08/2025)
- Trao 300 suất quà cho học sinh vùng cao (05/09/2025)
""", "2025-10-10", "Thông báo kết luận hội nghị giao ban công tác tuyên giáo và dân vận quý III",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Sùng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Mí Chớ", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Triệu Thị Nhất", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường Hà Giang 1"),
 P("Nguyễn Văn Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Hoàng Thị Ngân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Văn Sài", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Văn Phin", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("1.236 căn nhà tạm, nhà dột nát", 1236, "căn nhà tạm, nhà dột nát"),
 Q("57 vụ việc mâu thuẫn", 57, "vụ việc mâu thuẫn"), Q("9 trường hợp", 9, "trường hợp"), Q("14 thôn", 14, "thôn"),
 Q("ít nhất 30 xã", 30, "xã", "over"), Q("100%", 100, "%"), Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx")],
[D("Thông báo", "27", "TB/BTGDVTU", "2025-10-08", None, "Thông báo số 27-TB/BTGDVTU ngày 8/10/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 151-KL/TW"),
 D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2025-08-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hà Giang 1")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Xây dựng Đảng",
 "Đồng chí Sùng Thị Mai chủ trì hội nghị giao ban."],
["Thứ Sáu, 10/10/2025, 08:05", "quý III/2025", "Quý IV/2025", "2 cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2026"]))

PAGES.append(page("b5976-vinhlong-mttqxa-daihoi-2025", """
Báo Vĩnh Long điện tử
Chính trị » Mặt trận - Đoàn thể
Ngày đăng 12/09/2025 | 16:20
Đại biểu biểu quyết thông qua chương trình hành động.
Đại hội đại biểu MTTQ Việt Nam xã Long Hiệp lần thứ I
Ngày 10/9/2025, Ủy ban MTTQ Việt Nam xã Long Hiệp, tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội Mặt trận cấp xã đầu tiên của tỉnh sau khi tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh hợp nhất; xã Long Hiệp mới được thành lập trên cơ sở 3 xã cũ, có 6.412 hộ với gần 24.800 nhân khẩu, trong đó 62% là đồng bào Khmer. Dự đại hội có 120 đại biểu chính thức, đại diện cho 34 tổ chức thành viên.
Dự và chỉ đạo có đồng chí Thạch Thị Sa Huynh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Bé, Bí thư Đảng ủy, Chủ tịch HĐND xã Long Hiệp.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, Mặt trận các xã cũ đã vận động Quỹ "Vì người nghèo" được khoảng 3,4 tỷ đồng, xây dựng 86 căn nhà Đại đoàn kết, hỗ trợ 215 hộ thoát nghèo; tổ chức 48 cuộc giám sát theo Quyết định 217-QĐ/TW và Quy định 124-QĐ/TW của Bộ Chính trị. Tỷ lệ hộ nghèo giảm còn 2,1%.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sa Huynh đề nghị Mặt trận xã thực hiện tốt Kết luận 142, 143-KL/TW của Bộ Chính trị về sắp xếp Mặt trận và đoàn thể, Hướng dẫn số 36-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về đại hội Mặt trận các cấp; phấn đấu đến năm 2030 có ít nhất 95% hộ gia đình đạt danh hiệu gia đình văn hóa.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Tại hội nghị lần thứ nhất, bà Kim Thị Sóc Kha, ĐUV, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I; các ông Thạch Ngọc Sơn, Lê Văn Út được hiệp thương làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Ông Danh Xà Rinh, Trưởng ban Công tác Mặt trận ấp Ô Chích A, phát biểu hứa vận động 98 hộ trong ấp giữ gìn an ninh trật tự.
Thông báo kết luận
Ngày 11/9/2025, Ban Thường vụ Đảng ủy xã ban hành Thông báo kết luận số 14-TB/ĐU ngày 11/9/2025 về kết quả đại hội, giao Ủy ban MTTQ xã xây dựng chương trình hành động với 4 nhóm nhiệm vụ, 2 khâu đột phá; triển khai Chương trình hành động số 03-CTr/ĐU của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I.
Đại hội trao 30 suất quà cho hộ nghèo, mỗi suất 500.000 đồng và 10 suất học bổng cho học sinh Khmer. Trước đại hội, Ban Thường trực đã tổ chức lấy ý kiến góp ý dự thảo báo cáo tại 14 ấp, nhận được 57 ý kiến.
Thảo Ly
Tin liên quan
- Vĩnh Long: 124 xã, phường tổ chức đại hội Mặt trận (05/09/2025)
- Xã Long Hiệp ra mắt Ban Chấp hành Đảng bộ (20/08/2025)
- Trao 200 phần quà cho chùa Khmer (15/08/2025)
""", "2025-09-12", "Đại hội đại biểu MTTQ Việt Nam xã Long Hiệp lần thứ I",
E("dai_hoi", None, "2025-09-10"),
[P("Thạch Thị Sa Huynh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bé", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Long Hiệp"),
 P("Kim Thị Sóc Kha", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I"),
 P("Thạch Ngọc Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Lê Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Danh Xà Rinh", "Trưởng ban Công tác Mặt trận ấp Ô Chích A")],
[Q("3 xã", 3, "xã"), Q("6.412 hộ", 6412, "hộ"), Q("gần 24.800 nhân khẩu", 24800, "nhân khẩu", "approx"), Q("62%", 62, "%"),
 Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("34 tổ chức thành viên", 34, "tổ chức thành viên"),
 Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("215 hộ thoát nghèo", 215, "hộ"), Q("48 cuộc giám sát", 48, "cuộc giám sát"), Q("2,1%", 2.1, "%"),
 Q("ít nhất 95%", 95, "%", "over"), Q("45 vị", 45, "vị"), Q("98 hộ", 98, "hộ"), Q("4 nhóm nhiệm vụ", 4, "nhóm nhiệm vụ"),
 Q("2 khâu đột phá", 2, "khâu đột phá"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 suất học bổng", 10, "suất học bổng"), Q("14 ấp", 14, "ấp"), Q("57 ý kiến", 57, "ý kiến")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận 142, 143-KL/TW"),
 D("Kết luận", "143", "KL/TW", None, "Bộ Chính trị", "Kết luận 142, 143-KL/TW"),
 D("Hướng dẫn", "36", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36-HD/MTTW-BTT"),
 D("Thông báo", "14", "TB/ĐU", "2025-09-11", "Ban Thường vụ Đảng ủy xã", "Thông báo kết luận số 14-TB/ĐU ngày 11/9/2025"),
 D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 03-CTr/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["Báo Vĩnh Long điện tử", "Chính trị » Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua chương trình hành động.",
 "Vì người nghèo", "Thông báo kết luận"],
["Ngày đăng 12/09/2025 | 16:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I", "lần thứ nhất"]))

PAGES.append(page("b5977-lamdong-xa-doithoai-2025", """
Báo Lâm Đồng điện tử
Chính trị | Dân vận | Cơ sở
21/11/2025 - 10:05
Bí thư Đảng ủy xã Quảng Tín trả lời kiến nghị của người dân.
Xã Quảng Tín đối thoại với đồng bào dân tộc thiểu số năm 2025
Sáng 19/11/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Tín, tỉnh Lâm Đồng tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền với đồng bào dân tộc thiểu số trên địa bàn. Xã Quảng Tín (thuộc tỉnh Đắk Nông trước khi hợp nhất với tỉnh Lâm Đồng và tỉnh Bình Thuận) có 17 bon, thôn với hơn 3.900 hộ, trong đó 1.120 hộ đồng bào Mnông, M'nông Nong, Ê Đê.
Chủ trì đối thoại là đồng chí Điểu Hùng, Bí thư Đảng ủy xã; cùng tham gia có đồng chí Trần Quốc Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí H'Mai Byă, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có 160 đại biểu, trong đó 42 người có uy tín.
Tại hội nghị, 13 ý kiến góp ý, kiến nghị được nêu. Già làng Điểu K'Răng, bon Bu Sir, đề nghị hỗ trợ 36 hộ thiếu đất sản xuất; bà Thị Hoan, Chi hội trưởng phụ nữ bon Bu Prăng, phản ánh nước sinh hoạt nhiễm phèn; ông Y Thuột Mlô, người có uy tín thôn 4, kiến nghị sửa 2,5 km đường vào khu sản xuất.
Trả lời các kiến nghị, đồng chí Trần Quốc Hải cho biết xã đang triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, năm 2025 đã hỗ trợ 48 hộ chuyển đổi nghề, mỗi hộ tối đa 10 triệu đồng, và xây dựng 2 công trình nước sạch tập trung tổng vốn gần 4,2 tỷ đồng.
Ngày 20/11/2025, Đảng ủy xã ban hành Thông báo số 36-TB/ĐU ngày 20/11/2025 kết luận hội nghị:
- UBND xã rà soát quỹ đất công, lập phương án giao đất cho 36 hộ trong quý I/2026; thực hiện Nghị quyết số 12-NQ/ĐU ngày 5/8/2025 của Đảng ủy xã về phát triển kinh tế vùng đồng bào dân tộc thiểu số.
- Giao đồng chí Điểu Thị Nga, Phó Chủ tịch UBND xã, cùng các đồng chí Trưởng bon: Điểu Sơn, Y Khoa, Thị Thúy khảo sát tuyến đường, báo cáo trước ngày 15/12/2025.
- Ủy ban MTTQ xã giám sát việc giải quyết kiến nghị theo Quy chế phối hợp số 04-QC/ĐU giữa Đảng ủy và Ủy ban MTTQ xã, đồng thời tuyên truyền đồng bào không nghe theo "Tin lành Đấng Christ" và "Hà Mòn".
- Tổ chức đối thoại ít nhất 2 lần mỗi năm theo Quy định số 144-QĐ/TW của Bộ Chính trị về đối thoại với nhân dân.
Đồng chí Điểu Hùng khẳng định 13/13 ý kiến đều được trả lời; những nội dung vượt thẩm quyền sẽ được tổng hợp, báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy và các sở, ngành của tỉnh. Kết thúc hội nghị, xã trao 25 phần quà cho hộ nghèo, trị giá 12,5 triệu đồng.
K'Hưng
Tin liên quan
- Lâm Đồng: 124 người có uy tín được tôn vinh (10/11/2025)
- Xã Nhân Cơ đối thoại với người dân về tái định cư (30/10/2025)
- Bon Bu Prăng ra mắt tổ tự quản (15/10/2025)
""", "2025-11-21", "Xã Quảng Tín đối thoại với đồng bào dân tộc thiểu số năm 2025",
E("doi_thoai", "2025", "2025-11-19"),
[P("Điểu Hùng", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Mai Byă", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu K'Răng", "Già làng"),
 P("Thị Hoan", "Chi hội trưởng phụ nữ bon Bu Prăng"),
 P("Y Thuột Mlô", "người có uy tín thôn 4"),
 P("Điểu Thị Nga", "Phó Chủ tịch UBND xã"),
 P("Điểu Sơn", "Trưởng bon"), P("Y Khoa", "Trưởng bon"), P("Thị Thúy", "Trưởng bon")],
[Q("17 bon, thôn", 17, "bon, thôn"), Q("hơn 3.900 hộ", 3900, "hộ", "over"), Q("1.120 hộ đồng bào Mnông, M'nông Nong, Ê Đê", 1120, "hộ đồng bào Mnông, M'nông Nong, Ê Đê"),
 Q("160 đại biểu", 160, "đại biểu"), Q("42 người có uy tín", 42, "người có uy tín"), Q("13 ý kiến", 13, "ý kiến"),
 Q("36 hộ", 36, "hộ"), Q("2,5 km", 2.5, "km"), Q("48 hộ", 48, "hộ"), Q("tối đa 10 triệu đồng", 10000000, "đồng"),
 Q("2 công trình nước sạch tập trung", 2, "công trình nước sạch tập trung"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("25 phần quà", 25, "phần quà"), Q("12,5 triệu đồng", 12500000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Thông báo", "36", "TB/ĐU", "2025-11-20", "Đảng ủy xã", "Thông báo số 36-TB/ĐU ngày 20/11/2025"),
 D("Nghị quyết", "12", "NQ/ĐU", "2025-08-05", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 5/8/2025"),
 D("Quy chế phối hợp", "04", "QC/ĐU", None, None, "Quy chế phối hợp số 04-QC/ĐU"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín")],
["Báo Lâm Đồng điện tử", "Chính trị | Dân vận | Cơ sở", "Bí thư Đảng ủy xã Quảng Tín trả lời kiến nghị của người dân.",
 "Tin lành Đấng Christ", "Hà Mòn"],
["21/11/2025 - 10:05", "năm 2025", "quý I/2026", "2 lần mỗi năm", "13/13 ý kiến"]))

PAGES.append(page("b5978-dongnai-btgdv-tongket-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Ba, 20/01/2026
Trang chủ / Chính trị / Dân vận
Thứ Sáu, 16/01/2026 - 15:10
Toàn cảnh hội nghị. Ảnh: Huy Anh
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
(ĐN) - Ngày 14/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Ban hoạt động sau khi hợp nhất Ban Tuyên giáo, Ban Dân vận và sau khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất. Đồng chí Điểu Thị Mai Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì và kết luận hội nghị.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong sắp xếp đơn vị hành chính và về vận động đồng bào S'tiêng, Mnông, Khmer ở các xã biên giới; hướng dẫn 95 xã, phường tổ chức đại hội đảng bộ. Khối dân vận vận động xóa 2.318 căn nhà tạm, nhà dột nát với tổng kinh phí trên 126 tỷ đồng; 1.084 mô hình "Dân vận khéo" được công nhận, trong đó 72 mô hình cấp tỉnh. Qua khảo sát 4.500 phiếu, hơn 91% người dân hài lòng với hoạt động của chính quyền 2 cấp.
Tại hội nghị, đồng chí Điểu Lên, Bí thư Đảng ủy xã Bù Gia Mập, chia sẻ cách vận động 64 hộ đồng bào S'tiêng không phát rừng làm rẫy; đồng chí Lâm Thị Sa Rươl, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước, nêu mô hình "Khu phố tự quản về an ninh trật tự".
Phát biểu kết luận, đồng chí Điểu Thị Mai Phương yêu cầu năm 2026:
- Tuyên truyền sâu rộng Nghị quyết Đại hội XIV của Đảng; thực hiện Quyết định số 23-QĐ/TW của BCH Trung ương và Kết luận số 09-KL/TU ngày 22/10/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận của chính quyền cấp xã.
- Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Hồng Hạnh, Trần Văn Lợi, Thạch Văn Hiền phụ trách các khối tuyên giáo, dân vận, báo chí; đồng chí Võ Thành Nhân, Trưởng phòng Dân vận - Dân tộc - Tôn giáo, theo dõi tình hình 12 điểm nhóm tôn giáo chưa đăng ký.
- Mỗi xã, phường có ít nhất 2 mô hình "Dân vận khéo"; khảo sát dư luận xã hội không dưới 6.000 phiếu.
Nội dung kết luận được ban hành tại Thông báo số 41-TB/BTGDVTU ngày 15/1/2026. Dịp này, Ban tặng giấy khen cho 28 tập thể và 46 cá nhân tiêu biểu; trao 100 suất quà Tết cho hộ nghèo, mỗi suất 1 triệu đồng. Hội nghị cũng thông qua quy chế làm việc của Ban nhiệm kỳ 2025 - 2030.
Huy Anh
Tin liên quan
- Đồng Nai tôn vinh 120 điển hình "Dân vận khéo" (08/01/2026)
- Xã Bù Gia Mập đón Tết cùng đồng bào S'tiêng (05/01/2026)
- Phường Bình Phước ra mắt khu phố tự quản (28/12/2025)
""", "2026-01-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu Thị Mai Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Lâm Thị Sa Rươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước"),
 P("Nguyễn Thị Hồng Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Trần Văn Lợi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Văn Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thành Nhân", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo")],
[Q("95 xã, phường", 95, "xã, phường"), Q("2.318 căn nhà tạm, nhà dột nát", 2318, "căn nhà tạm, nhà dột nát"),
 Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"), Q("1.084 mô hình", 1084, "mô hình"), Q("72 mô hình cấp tỉnh", 72, "mô hình cấp tỉnh"),
 Q("4.500 phiếu", 4500, "phiếu"), Q("hơn 91%", 91, "%", "over"), Q("64 hộ đồng bào S'tiêng", 64, "hộ đồng bào S'tiêng"),
 Q("12 điểm nhóm tôn giáo", 12, "điểm nhóm tôn giáo"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("không dưới 6.000 phiếu", 6000, "phiếu", "over"), Q("28 tập thể", 28, "tập thể"), Q("46 cá nhân tiêu biểu", 46, "cá nhân tiêu biểu"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "BCH Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "09", "KL/TU", "2025-10-22", "Ban Thường vụ Tỉnh ủy", "Kết luận số 09-KL/TU ngày 22/10/2025"),
 D("Thông báo", "41", "TB/BTGDVTU", "2026-01-15", None, "Thông báo số 41-TB/BTGDVTU ngày 15/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Bình Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Ba, 20/01/2026", "Trang chủ / Chính trị / Dân vận", "Toàn cảnh hội nghị. Ảnh: Huy Anh", "(ĐN)",
 "Dân vận khéo", "Khu phố tự quản về an ninh trật tự", "Nghị quyết Đại hội XIV"],
["Thứ Sáu, 16/01/2026 - 15:10", "Hôm nay: Thứ Ba, 20/01/2026", "năm 2025", "năm 2026", "2 cấp", "Đại hội XIV", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b5979-phutho-xa-baocao-2026", """
Cổng thông tin điện tử xã Đà Bắc - tỉnh Phú Thọ
Trang chủ > Tin tức > Hoạt động Đảng ủy
08:15 | 17/04/2026
Thường trực Đảng ủy xã Đà Bắc nghe báo cáo tình hình nhân dân quý I năm 2026
Ngày 14/4/2026, Thường trực Đảng ủy xã Đà Bắc họp nghe Khối dân vận xã báo cáo tình hình tư tưởng nhân dân và kết quả công tác dân vận quý I/2026. Xã Đà Bắc được thành lập khi sắp xếp đơn vị hành chính, nay thuộc tỉnh Phú Thọ sau khi tỉnh Phú Thọ, tỉnh Vĩnh Phúc và tỉnh Hòa Bình hợp nhất; xã có 28 xóm với 5.470 hộ, khoảng 85% là đồng bào Mường, Tày, Dao. Chủ trì cuộc họp là đồng chí Bùi Văn Khánh, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Đồng chí Bùi Văn Khánh kết luận cuộc họp.
Báo cáo do đồng chí Xa Thị Hạnh, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận xã trình bày cho biết: quý I/2026, nhân dân phấn khởi đón Tết Bính Ngọ và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri đi bầu đạt 99,6%. Khối dân vận đã nắm tình hình tại 28 xóm, tiếp nhận 11 đơn thư, kiến nghị, đã giải quyết 9 đơn; hòa giải thành 6 vụ việc mâu thuẫn trong cộng đồng. Nhân dân hiến trên 3.200 m2 đất, góp 640 triệu đồng làm đường nội xóm. Có 2 vụ tụ tập đông người phản đối việc khai thác cát trên sông Đà, đã được đối thoại, giải quyết.
Đồng chí Đinh Công Sơn, Phó Chủ tịch UBND xã, báo cáo việc chi trả hỗ trợ cho 312 hộ nghèo, hộ cận nghèo theo Nghị định số 76/2024/NĐ-CP của Chính phủ; bà Quách Thị Yến, Chủ tịch Hội LHPN xã, đề nghị hỗ trợ vốn cho 45 phụ nữ khởi nghiệp.
Thông báo kết luận số 22-TB/ĐU ngày 15/4/2026 của Thường trực Đảng ủy xã nêu:
1. Thường trực Đảng ủy đánh giá cao Khối dân vận xã; đề nghị tiếp tục thực hiện Quy chế công tác dân vận ban hành kèm theo Quyết định số 23-QĐ/TW và Hướng dẫn số 08-HD/BTGDVTU ngày 20/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy.
2. Giao UBND xã, đồng chí Đinh Công Sơn chủ trì giải quyết dứt điểm 2 đơn còn lại trước ngày 15/5/2026; kiểm tra toàn bộ 4 bến bãi khai thác cát.
3. Giao các đồng chí Bí thư chi bộ xóm: Bùi Văn Tường, Xa Văn Minh, Đinh Thị Lụa tổ chức hội nghị nhân dân ở xóm trước ngày 30/4/2026; mỗi chi bộ ít nhất 1 mô hình "Dân vận khéo".
4. Ủy ban MTTQ xã phối hợp các đoàn thể thực hiện Kế hoạch số 15-KH/ĐU ngày 3/2/2026 của Đảng ủy xã về vận động nhân dân tham gia xây dựng xã nông thôn mới nâng cao. Phấn đấu năm 2026 giảm ít nhất 2% hộ nghèo.
Phạm Hà - Văn phòng Đảng ủy xã
Tin khác
- Xã Đà Bắc tổng kết công tác bầu cử (28/03/2026)
- Trao 120 suất quà cho hộ nghèo dịp Tết Bính Ngọ (10/02/2026)
- Hội nghị người có uy tín xã Đà Bắc (15/01/2026)
""", "2026-04-17", "Thường trực Đảng ủy xã Đà Bắc nghe báo cáo tình hình nhân dân quý I năm 2026",
E("bao_cao", "2026-Q1", "2026-04-14"),
[P("Bùi Văn Khánh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Xa Thị Hạnh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận xã"),
 P("Đinh Công Sơn", "Phó Chủ tịch UBND xã"),
 P("Quách Thị Yến", "Chủ tịch Hội LHPN xã"),
 P("Bùi Văn Tường", "Bí thư chi bộ xóm"), P("Xa Văn Minh", "Bí thư chi bộ xóm"), P("Đinh Thị Lụa", "Bí thư chi bộ xóm")],
[Q("28 xóm", 28, "xóm"), Q("5.470 hộ", 5470, "hộ"), Q("khoảng 85%", 85, "%", "approx"), Q("99,6%", 99.6, "%"),
 Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("9 đơn", 9, "đơn"), Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"),
 Q("trên 3.200 m2", 3200, "m2", "over"), Q("640 triệu đồng", 640000000, "đồng"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("312 hộ nghèo, hộ cận nghèo", 312, "hộ nghèo, hộ cận nghèo"), Q("45 phụ nữ", 45, "phụ nữ"), Q("2 đơn", 2, "đơn"),
 Q("4 bến bãi", 4, "bến bãi"), Q("ít nhất 2%", 2, "%", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Nghị định", "76", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 76/2024/NĐ-CP"),
 D("Thông báo", "22", "TB/ĐU", "2026-04-15", "Thường trực Đảng ủy xã", "Thông báo kết luận số 22-TB/ĐU ngày 15/4/2026"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định số 23-QĐ/TW"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", "2026-01-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BTGDVTU ngày 20/1/2026"),
 D("Kế hoạch", "15", "KH/ĐU", "2026-02-03", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 3/2/2026")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Đà Bắc")],
["Cổng thông tin điện tử xã Đà Bắc - tỉnh Phú Thọ", "Trang chủ > Tin tức > Hoạt động Đảng ủy", "Đồng chí Bùi Văn Khánh kết luận cuộc họp.",
 "Dân vận khéo", "Quy chế công tác dân vận", "Tết Bính Ngọ", "Văn phòng Đảng ủy xã"],
["08:15 | 17/04/2026", "quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b5980-quangtri-mttq-soket-2026", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị >> Mặt trận - Đoàn thể
2026-07-10 16:40
Quang cảnh hội nghị sơ kết. Ảnh: Đ.T
Mặt trận các cấp hỗ trợ đồng bào Bru - Vân Kiều ổn định cuộc sống
(QT) - Ngày 8/7/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đây là lần sơ kết thứ hai kể từ khi tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất. Đồng chí Hồ Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì và kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm 2026, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được gần 21,3 tỷ đồng; hỗ trợ xây mới, sửa chữa 486 căn nhà Đại đoàn kết; trao 15.200 phần quà Tết cho hộ nghèo, đối tượng chính sách. Mặt trận tổ chức 96 cuộc giám sát, 14 hội nghị phản biện xã hội; tiếp nhận 73 đơn thư, kiến nghị, chuyển cơ quan chức năng giải quyết 68 đơn. Tại 18 xã miền núi, 1.350 hộ đồng bào Bru - Vân Kiều, Pa Cô được hỗ trợ giống cây trồng, vật nuôi.
Tại hội nghị, ông Hồ Văn Pưn, Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lập, kể việc vận động 27 hộ ở bản Cù Bai di dời khỏi vùng sạt lở; bà Kăn Thị Lộc, người có uy tín bản A Xóc, xã Lìa, đề nghị sửa chữa 3 phòng học cắm bản. Ông Nguyễn Văn Thắng, Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Hới, báo cáo mô hình "Camera an ninh" với 240 camera do nhân dân đóng góp.
Kết luận hội nghị, đồng chí Hồ Thị Minh Nguyệt đề nghị 6 tháng cuối năm:
- Thực hiện Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận ở vùng đồng bào dân tộc thiểu số và về vận động nhân dân tham gia bảo vệ rừng; triển khai Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) và Nghị quyết 142/2024/QH15 của Quốc hội.
- Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Hương, Trương Văn Bình, Hồ Văn Châu phụ trách các khu vực phía Bắc, phía Nam và miền núi phía Tây của tỉnh.
- Phấn đấu huy động thêm ít nhất 15 tỷ đồng cho Quỹ, hoàn thành khoảng 300 căn nhà Đại đoàn kết trước ngày 31/12/2026.
- Giao Ban Dân chủ - Pháp luật, mà trực tiếp là đồng chí Trần Thị Hà, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn giám sát theo Hướng dẫn số 12-HD/MTTW-BTT ngày 4/3/2026 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Nội dung kết luận được ban hành thành Thông báo kết luận số 58/TB-MTTQ-BTT ngày 9/7/2026. Hội nghị đã khen thưởng 17 tập thể, 26 cá nhân có thành tích xuất sắc.
Đức Thành
Tin liên quan
- Quảng Trị: 86 căn nhà Đại đoàn kết được bàn giao (30/06/2026)
- Hướng Hóa đối thoại với đồng bào Vân Kiều (18/06/2026)
- Tập huấn giám sát cho 180 cán bộ Mặt trận (05/06/2026)
""", "2026-07-10", "Mặt trận các cấp hỗ trợ đồng bào Bru - Vân Kiều ổn định cuộc sống",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Hồ Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Pưn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Lập"),
 P("Kăn Thị Lộc", "người có uy tín bản A Xóc"),
 P("Nguyễn Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Hới"),
 P("Lê Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Trương Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Châu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hà", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 21,3 tỷ đồng", 21300000000, "đồng", "approx"), Q("486 căn nhà Đại đoàn kết", 486, "căn nhà Đại đoàn kết"),
 Q("15.200 phần quà", 15200, "phần quà"), Q("96 cuộc giám sát", 96, "cuộc giám sát"), Q("14 hội nghị phản biện xã hội", 14, "hội nghị phản biện xã hội"),
 Q("73 đơn thư, kiến nghị", 73, "đơn thư, kiến nghị"), Q("68 đơn", 68, "đơn"), Q("18 xã miền núi", 18, "xã miền núi"),
 Q("1.350 hộ đồng bào Bru - Vân Kiều, Pa Cô", 1350, "hộ đồng bào Bru - Vân Kiều, Pa Cô"), Q("27 hộ", 27, "hộ"),
 Q("3 phòng học cắm bản", 3, "phòng học cắm bản"), Q("240 camera", 240, "camera"),
 Q("ít nhất 15 tỷ đồng", 15000000000, "đồng", "over"), Q("khoảng 300 căn nhà Đại đoàn kết", 300, "căn nhà Đại đoàn kết", "approx"),
 Q("17 tập thể", 17, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Nghị quyết", "142", "2024/QH15", None, "Quốc hội", "Nghị quyết 142/2024/QH15"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", "2026-03-04", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT ngày 4/3/2026"),
 D("Thông báo", "58", "TB-MTTQ-BTT", "2026-07-09", None, "Thông báo kết luận số 58/TB-MTTQ-BTT ngày 9/7/2026")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Lập"), com("Lìa"), com("Đồng Hới")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị >> Mặt trận - Đoàn thể", "Quang cảnh hội nghị sơ kết. Ảnh: Đ.T", "(QT)", "Vì người nghèo",
 "Camera an ninh", "Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)"],
["2026-07-10 16:40", "6 tháng đầu năm 2026", "6 tháng cuối năm", "lần sơ kết thứ hai"]))
