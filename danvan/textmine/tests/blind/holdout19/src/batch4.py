from lib import Q, D, P, page, E, prov, com

PAGES = []

# b431 — Cà Mau (after the merger with Bạc Liêu), Hội Nông dân tỉnh, tổng kết năm 2025 (held 8/1/2026)
PAGES.append(page("b431-camau-hnd-tongket-2025", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang thông tin điện tử Hội Nông dân tỉnh Cà Mau - hoinongdan.camau.gov.vn
Trang chủ > Tin tức > Hoạt động Hội > Tin tỉnh Hội
Cập nhật: 10:05, 09/01/2026 (GMT+7)
Năm 2025, nông dân Cà Mau đóng góp hơn 86 tỷ đồng xây dựng nông thôn mới
(NDCM) - Ngày 8/1, Ban Thường vụ Hội Nông dân tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Hội Nông dân tỉnh sau khi hợp nhất Hội Nông dân hai tỉnh Cà Mau và Bạc Liêu.
Đồng chí Lý Văn Huấn (đứng) phát biểu chỉ đạo hội nghị. Ảnh: Hồng Nhung
Dự hội nghị có đồng chí Lý Văn Huấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Thị Diễm, Chủ tịch Hội Nông dân tỉnh chủ trì. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh gồm Danh Phước Lợi, Tô Minh Triều và Nguyễn Thị Thu Vân cùng dự.
Năm 2025, các cấp Hội vận động hội viên đóng góp hơn 86 tỷ đồng, 124.000 ngày công, hiến 38.500 m2 đất làm đường giao thông nông thôn; có 41.620 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân 3 cấp có tổng nguồn vốn 96,3 tỷ đồng, hỗ trợ 3.140 lượt hộ vay; dư nợ ủy thác Ngân hàng Chính sách xã hội đạt 1.046 tỷ đồng. Giá lúa ST25 duy trì ở mức 8.200 - 8.600 đồng/kg, tôm sú loại 30 con/kg giá 220.000 đồng/kg giúp hộ nuôi tôm - lúa có lãi.
Phó Chủ tịch - Chánh Văn phòng Hội Nông dân tỉnh Tô Minh Triều cho biết Hội đã thực hiện Kết luận 74-KL/TW của Ban Bí thư và Quyết định 816/QĐ-TTg ngày 14/6/2011 của Thủ tướng Chính phủ; năm 2025 phối hợp tổ chức 2 hội nghị đối thoại với nông dân, tiếp nhận 38 kiến nghị.
Tham luận tại hội nghị, ông Lâm Sa Rinh, hội viên ấp Cà Lăng A, xã Vĩnh Hậu, người Khmer, kể mô hình tôm - lúa 5 ha cho lãi 480 triệu đồng mỗi năm; bà Quách Ngọc Bích, Chủ tịch Hội Nông dân phường Hiệp Thành (trước thuộc tỉnh Bạc Liêu), nêu kinh nghiệm thành lập 14 tổ hợp tác muối.
Phát biểu chỉ đạo, đồng chí Lý Văn Huấn đề nghị năm 2026 Hội tập trung tuyên truyền nghị quyết đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; phát triển 20.000 hội viên; phấn đấu 100% cơ sở Hội được công nhận vững mạnh. Dịp này, BCH Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 6 tập thể và 9 cá nhân.
Trúc Linh
Lượt xem: 1.507
Tin liên quan
- Hội Nông dân xã Khánh Lâm trao 30 con bò giống
- Cà Mau: 1.200 nông dân tham gia chuỗi liên kết tôm sạch
""", "2026-01-09", "Năm 2025, nông dân Cà Mau đóng góp hơn 86 tỷ đồng xây dựng nông thôn mới",
    E("tong_ket", "2025", "2026-01-08"),
    [P("Lý Văn Huấn", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Diễm", "Chủ tịch Hội Nông dân tỉnh"),
     P("Danh Phước Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Tô Minh Triều", "Phó Chủ tịch Hội Nông dân tỉnh", "Phó Chủ tịch - Chánh Văn phòng Hội Nông dân tỉnh"),
     P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lâm Sa Rinh", "hội viên ấp Cà Lăng A"),
     P("Quách Ngọc Bích", "Chủ tịch Hội Nông dân phường Hiệp Thành")],
    [Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
     Q("124.000 ngày công", 124000, "ngày công"),
     Q("38.500 m2", 38500, "m2"),
     Q("41.620 hộ", 41620, "hộ"),
     Q("96,3 tỷ đồng", 96300000000, "đồng"),
     Q("3.140 lượt hộ vay", 3140, "lượt hộ vay"),
     Q("1.046 tỷ đồng", 1046000000000, "đồng"),
     Q("8.200", 8200, "đồng"),
     Q("8.600 đồng/kg", 8600, "đồng"),
     Q("220.000 đồng/kg", 220000, "đồng"),
     Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
     Q("38 kiến nghị", 38, "kiến nghị"),
     Q("5 ha", 5, "ha"),
     Q("480 triệu đồng", 480000000, "đồng"),
     Q("14 tổ hợp tác", 14, "tổ hợp tác"),
     Q("20.000 hội viên", 20000, "hội viên"),
     Q("100% cơ sở Hội", 100, "%"),
     Q("6 tập thể", 6, "tập thể"),
     Q("9 cá nhân", 9, "cá nhân")],
    [D("Kết luận", "74", "KL/TW", None, "Ban Bí thư", "Kết luận 74-KL/TW"),
     D("Quyết định", "816", "QĐ-TTg", "2011-06-14", "Thủ tướng Chính phủ", "Quyết định 816/QĐ-TTg")],
    [prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Hậu"), com("Hiệp Thành")],
    ["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang thông tin điện tử Hội Nông dân tỉnh Cà Mau - hoinongdan.camau.gov.vn",
     "Trang chủ > Tin tức > Hoạt động Hội > Tin tỉnh Hội", "Đồng chí Lý Văn Huấn (đứng) phát biểu chỉ đạo hội nghị. Ảnh: Hồng Nhung",
     "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "ấp Cà Lăng A", "ST25", "Lượt xem: 1.507"],
    ["Năm 2025", "năm 2025", "năm 2026", "3 cấp", "ST25", "30 con/kg", "lần thứ I", "nhiệm kỳ 2025 - 2030", "10:05",
     "Lượt xem: 1.507"]))

# b432 — Đà Nẵng (after the merger with Quảng Nam), Thành đoàn, trao quà Tết vùng cao (6/2/2026)
PAGES.append(page("b432-danang-thanhdoan-traoqua-2026", """
THÀNH ĐOÀN ĐÀ NẴNG
Tuổi trẻ Đà Nẵng - Cổng thông tin Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng
Vị trí: Trang chủ >> Tin hoạt động >> Tình nguyện
Thứ Bảy, 07/02/2026, 19:40 GMT+7
"Xuân biên giới - Tết vùng cao": 600 suất quà đến với đồng bào Cơ Tu
TNĐN - Ngày 6/2, Thành đoàn Đà Nẵng phối hợp với Bộ đội Biên phòng thành phố tổ chức chương trình "Xuân biên giới - Tết vùng cao" năm 2026 tại các xã Hùng Sơn, A Vương và Tây Giang (vùng cao phía tây thành phố, trước đây thuộc tỉnh Quảng Nam), trao 600 suất quà cho hộ đồng bào Cơ Tu có hoàn cảnh khó khăn.
Trao 600 suất quà Tết cho bà con xã Hùng Sơn. Ảnh: Hoàng Vũ
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo, 1 chăn ấm và nhu yếu phẩm, tổng trị giá gần 720 triệu đồng, do đoàn viên, thanh niên và 16 doanh nghiệp đóng góp. Đoàn cũng trao 120 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó; tặng 2 công trình "Thắp sáng đường biên" gồm 86 bóng đèn năng lượng mặt trời trị giá 154 triệu đồng.
Tham dự chương trình có đồng chí Lê Công Hùng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Nguyễn Mạnh Dũng, Bí thư Thành đoàn, Chủ tịch Hội LHTN Việt Nam thành phố; các đồng chí Phó Bí thư Thành đoàn Trần Thị Ngọc Ánh, Alăng Văn Sơn.
Già làng Bhriu Liêng ở thôn Tr'hy cảm ơn tuổi trẻ thành phố đã lên với bà con. Ông Pơloong Văn Đơi, Bí thư Đảng ủy xã Hùng Sơn, người Cơ Tu, cho biết năm 2025 xã còn 312 hộ nghèo, chiếm 28,6%. Chị Coor Thị Hàn, Bí thư Đoàn xã, và anh Ating Văn Hà, Phó Bí thư Đoàn xã, được tặng Giấy khen vì có thành tích trong vận động thanh niên làm du lịch cộng đồng.
Chương trình nằm trong Kế hoạch 204-KH/TĐTN-PT ngày 15/12/2025 của Ban Thường vụ Thành đoàn về tổ chức các hoạt động Tết Bính Ngọ 2026, và hưởng ứng chương trình "Tết sum vầy" của Ủy ban MTTQ Việt Nam thành phố. Trước đó, các cơ sở Đoàn trong thành phố đã tổ chức 48 điểm "Chợ Tết 0 đồng", trao hơn 5.000 phần quà cho công nhân, người lao động.
Lê Na
Lượt xem: 2.786
Tin cùng chuyên mục
- Thanh niên Đà Nẵng ra quân Tết trồng cây 2026
- Trao 200 suất quà cho công nhân khu công nghiệp Hòa Khánh
""", "2026-02-07", "\"Xuân biên giới - Tết vùng cao\": 600 suất quà đến với đồng bào Cơ Tu",
    E("trao_qua", None, "2026-02-06"),
    [P("Lê Công Hùng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
     P("Nguyễn Mạnh Dũng", "Bí thư Thành đoàn", "Chủ tịch Hội LHTN Việt Nam thành phố"),
     P("Trần Thị Ngọc Ánh", "Phó Bí thư Thành đoàn"),
     P("Alăng Văn Sơn", "Phó Bí thư Thành đoàn"),
     P("Bhriu Liêng", "Già làng"),
     P("Pơloong Văn Đơi", "Bí thư Đảng ủy xã Hùng Sơn"),
     P("Coor Thị Hàn", "Bí thư Đoàn xã"),
     P("Ating Văn Hà", "Phó Bí thư Đoàn xã")],
    [Q("600 suất quà", 600, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("10 kg gạo", 10, "kg"),
     Q("1 chăn ấm", 1, "chăn ấm"),
     Q("gần 720 triệu đồng", 720000000, "đồng", "approx"),
     Q("16 doanh nghiệp", 16, "doanh nghiệp"),
     Q("120 suất học bổng", 120, "suất học bổng"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("2 công trình", 2, "công trình"),
     Q("86 bóng đèn", 86, "bóng đèn năng lượng mặt trời"),
     Q("154 triệu đồng", 154000000, "đồng"),
     Q("312 hộ nghèo", 312, "hộ nghèo"),
     Q("28,6%", 28.6, "%"),
     Q("48 điểm", 48, "điểm"),
     Q("hơn 5.000 phần quà", 5000, "phần quà", "over")],
    [D("Kế hoạch", "204", "KH/TĐTN-PT", "2025-12-15", "Ban Thường vụ Thành đoàn", "Kế hoạch 204-KH/TĐTN-PT")],
    [prov("Đà Nẵng"), prov("Quảng Nam"), com("Hùng Sơn"), com("A Vương"), com("Tây Giang")],
    ["THÀNH ĐOÀN ĐÀ NẴNG", "Tuổi trẻ Đà Nẵng - Cổng thông tin Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng",
     "Vị trí: Trang chủ >> Tin hoạt động >> Tình nguyện", "Trao 600 suất quà Tết cho bà con xã Hùng Sơn. Ảnh: Hoàng Vũ",
     "Xuân biên giới - Tết vùng cao", "Thắp sáng đường biên", "Tết sum vầy", "Chợ Tết 0 đồng", "thôn Tr'hy",
     "Bộ đội Biên phòng thành phố", "Lượt xem: 2.786"],
    ["Chợ Tết 0 đồng", "Tết Bính Ngọ 2026", "năm 2026", "năm 2025", "19:40", "Lượt xem: 2.786"]))

# b433 — Tây Ninh (after the merger with Long An), Ban Tuyên giáo và Dân vận Tỉnh ủy, giao ban 3 tháng đầu năm 2026 (held 3/4/2026), long page
PAGES.append(page("b433-tayninh-btgdv-giaoban-2026q1", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH
Cổng thông tin điện tử Tuyên giáo và Dân vận tỉnh Tây Ninh
Hôm nay: Thứ Hai, 06/04/2026
Trang chủ › Tin tức › Hoạt động của Ban › Dân vận
Khối dân vận góp phần tổ chức thành công cuộc bầu cử, 99,1% cử tri đi bầu
06/04/2026 07:45
(TGDVTN) - Ngày 3/4, tại phường Long An, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị giao ban khối dân vận 3 tháng đầu năm 2026, triển khai nhiệm vụ quý II. Hội nghị được kết nối trực tuyến đến 96 điểm cầu xã, phường.
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Bảo Ngọc
Chủ trì hội nghị có đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Võ Đức Trọng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lâm Văn Tài, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, quý I/2026 khối dân vận các cấp tập trung tuyên truyền, vận động Nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026. Toàn tỉnh có hơn 2,31 triệu cử tri, tỷ lệ cử tri đi bầu đạt 99,1%; Ủy ban MTTQ các cấp tổ chức 1.284 hội nghị tiếp xúc cử tri, tiếp nhận 3.517 ý kiến, kiến nghị. Ban hành và triển khai Kế hoạch 18-KH/BTGDVTU, 19-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền bầu cử và về công tác dân vận trong vùng đồng bào có đạo.
Về tình hình tôn giáo, dịp lễ Vía Đức Chí Tôn năm 2026 tại Tòa Thánh Tây Ninh diễn ra an toàn với khoảng 120.000 lượt tín đồ, khách thập phương. Giáo hữu Ngọc Minh Thanh, Phó Ban Thế đạo Hội thánh Cao Đài Tòa Thánh Tây Ninh, đánh giá cao sự phối hợp của chính quyền. Bà Néang Sa Ly, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết Sở đã chủ trì 3 đoàn thăm, chúc Tết Chôl Chnăm Thmây cho 11 chùa Khmer, mỗi chùa 5 triệu đồng.
Trong quý, các tổ dân vận nắm 26 vụ việc phức tạp, chủ yếu ở các xã biên giới và khu vực giải phóng mặt bằng đường cao tốc Gò Dầu - Xa Mát; đã giải quyết dứt điểm 19 vụ việc; còn 7 vụ việc đang được theo dõi. Tại xã Mỹ Quý, ông Nguyễn Văn Rạng, Trưởng ấp Mỹ Lộc, vận động 43 hộ nhận tiền bồi thường tổng số 21,6 tỷ đồng theo Kế hoạch số 77/KH-UBND, bàn giao mặt bằng trước thời hạn.
Tham luận, bà Trần Thị Thu Trang, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã Hảo Đước, cho biết sau 9 tháng vận hành mô hình chính quyền địa phương 2 cấp, xã đã tiếp nhận 5.620 hồ sơ hành chính, 100% được giải quyết đúng hạn. Ông Dương Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam phường Long An, nêu cách tổ chức 14 tổ tự quản an ninh trật tự.
Kết luận giao ban, đồng chí Nguyễn Thị Hồng Nhung đề nghị quý II tập trung thực hiện Chỉ thị 45, 46-CT/TW của Ban Bí thư, Nghị quyết số 63-NQ/TW ngày 16/12/2024 của Bộ Chính trị; tổ chức sơ kết 6 tháng phong trào thi đua "Dân vận khéo" năm 2026 và khen thưởng 60 mô hình tiêu biểu.
Kiều Oanh
Lượt xem: 1.163
Tin liên quan
- Tây Ninh: 1.284 hội nghị tiếp xúc cử tri trước bầu cử
- Hội thi "Dân vận khéo" tỉnh Tây Ninh năm 2026
""", "2026-04-06", "Khối dân vận góp phần tổ chức thành công cuộc bầu cử, 99,1% cử tri đi bầu",
    E("giao_ban", "2026-Q1", "2026-04-03"),
    [P("Nguyễn Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Võ Đức Trọng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lâm Văn Tài", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Ngọc Minh Thanh", "Giáo hữu", "Phó Ban Thế đạo Hội thánh Cao Đài Tòa Thánh Tây Ninh"),
     P("Néang Sa Ly", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
     P("Nguyễn Văn Rạng", "Trưởng ấp Mỹ Lộc"),
     P("Trần Thị Thu Trang", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Hảo Đước"),
     P("Dương Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long An")],
    [Q("99,1%", 99.1, "%"),
     Q("96 điểm cầu", 96, "điểm cầu"),
     Q("hơn 2,31 triệu cử tri", 2310000, "cử tri", "over"),
     Q("1.284 hội nghị", 1284, "hội nghị tiếp xúc cử tri"),
     Q("3.517 ý kiến", 3517, "ý kiến, kiến nghị"),
     Q("khoảng 120.000 lượt tín đồ", 120000, "lượt tín đồ, khách thập phương", "approx"),
     Q("3 đoàn", 3, "đoàn"),
     Q("11 chùa Khmer", 11, "chùa Khmer"),
     Q("5 triệu đồng", 5000000, "đồng"),
     Q("26 vụ việc phức tạp", 26, "vụ việc phức tạp"),
     Q("19 vụ việc", 19, "vụ việc"),
     Q("7 vụ việc", 7, "vụ việc"),
     Q("43 hộ", 43, "hộ"),
     Q("21,6 tỷ đồng", 21600000000, "đồng"),
     Q("5.620 hồ sơ", 5620, "hồ sơ"),
     Q("100% được giải quyết", 100, "%"),
     Q("14 tổ tự quản", 14, "tổ tự quản"),
     Q("60 mô hình", 60, "mô hình")],
    [D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 18-KH/BTGDVTU"),
     D("Kế hoạch", "19", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "19-KH/BTGDVTU"),
     D("Kế hoạch", "77", "KH-UBND", None, None, "Kế hoạch số 77/KH-UBND"),
     D("Chỉ thị", "45", "CT/TW", None, "Ban Bí thư", "Chỉ thị 45, 46-CT/TW"),
     D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 45, 46-CT/TW"),
     D("Nghị quyết", "63", "NQ/TW", "2024-12-16", "Bộ Chính trị", "Nghị quyết số 63-NQ/TW")],
    [prov("Tây Ninh"), com("Long An"), com("Mỹ Quý"), com("Hảo Đước")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH", "Cổng thông tin điện tử Tuyên giáo và Dân vận tỉnh Tây Ninh",
     "Trang chủ › Tin tức › Hoạt động của Ban › Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Bảo Ngọc",
     "Tòa Thánh Tây Ninh", "Vía Đức Chí Tôn", "Chôl Chnăm Thmây", "Dân vận khéo", "ấp Mỹ Lộc", "Gò Dầu - Xa Mát",
     "Lượt xem: 1.163"],
    ["Hôm nay: Thứ Hai, 06/04/2026", "07:45", "3 tháng đầu năm 2026", "quý I/2026", "quý II", "khóa XVI",
     "nhiệm kỳ 2026 - 2031", "ngày 15/3/2026", "9 tháng", "chính quyền địa phương 2 cấp", "6 tháng", "Lượt xem: 1.163"]))

# b434 — Lâm Đồng (after the merger), xã Nâm Nung (commune site), sơ kết 6 tháng đầu năm 2026 (held 8/7/2026)
PAGES.append(page("b434-lamdong-xanamnung-soket-2026", """
ĐẢNG BỘ XÃ NÂM NUNG
Cổng thông tin điện tử xã Nâm Nung, tỉnh Lâm Đồng
Trang chủ - Tin tức - Hoạt động khối Dân vận
Ngày đăng 10/07/2026 | 14:25
Xã Nâm Nung: vận động bà con hiến 6.200 m2 đất mở đường vào bon
Ngày 8/7, Ban Thường vụ Đảng ủy xã Nâm Nung tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các đoàn thể 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.
Đồng chí Y Wel, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã, phát biểu tại hội nghị.
Hội nghị do đồng chí Trần Văn Khánh, Bí thư Đảng ủy xã chủ trì. Cùng dự có đồng chí Y Wel, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã; đồng chí Phan Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Điểu Đăm, H'Khuyên, Thị Mai Hương - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, đồng thời là Chủ tịch Hội Nông dân, Chủ tịch Hội LHPN và Bí thư Đoàn xã.
Sáu tháng đầu năm, khối dân vận xã đã vận động 47 hộ hiến 6.200 m2 đất mở rộng 3,2 km đường vào bon Bu Nor, bon R'Ong; Nhân dân đóng góp 410 triệu đồng và 1.850 ngày công. Mô hình "Mỗi tổ dân vận gắn với một bon" được triển khai ở 12 bon, thôn, giúp nắm kịp thời 5 vụ tranh chấp đất rẫy và hòa giải thành 4 vụ. Các đoàn thể giúp 36 hộ đồng bào M'Nông thoát nghèo; tỷ lệ hộ nghèo của xã giảm còn 6,8%.
Thực hiện Kế hoạch 07-KH/ĐU, 08-KH/ĐU của Ban Thường vụ Đảng ủy xã và Hướng dẫn số 14-HD/BTGDVTU ngày 18/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng đề án 03 "Bon sạch, bon đẹp" của UBND xã, xã đã tổ chức 2 hội nghị đối thoại với Nhân dân, tiếp nhận 17 ý kiến. Già làng Y Khoa ở bon Bu Nor, người có uy tín được Ủy ban MTTQ xã giới thiệu, đề nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất cho 64 hộ.
Kết luận hội nghị, đồng chí Trần Văn Khánh đề nghị 6 tháng cuối năm vận động hiến thêm 4.000 m2 đất, hoàn thành 10 căn nhà Đại đoàn kết với mức hỗ trợ 60 triệu đồng/căn từ Quỹ "Vì người nghèo" của tỉnh.
Văn phòng Đảng ủy xã
Lượt truy cập: 4.092
Các tin đã đưa
- Xã Nâm Nung ra mắt mô hình "Bon an toàn"
- Hội LHPN xã trao 15 con heo giống cho hội viên
""", "2026-07-10", "Xã Nâm Nung: vận động bà con hiến 6.200 m2 đất mở đường vào bon",
    E("so_ket", "2026-H1", "2026-07-08"),
    [P("Trần Văn Khánh", "Bí thư Đảng ủy xã"),
     P("Y Wel", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
     P("Phan Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Điểu Đăm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân"),
     P("H'Khuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN"),
     P("Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
     P("Y Khoa", "Già làng")],
    [Q("6.200 m2", 6200, "m2"),
     Q("47 hộ", 47, "hộ"),
     Q("3,2 km", 3.2, "km"),
     Q("410 triệu đồng", 410000000, "đồng"),
     Q("1.850 ngày công", 1850, "ngày công"),
     Q("12 bon, thôn", 12, "bon, thôn"),
     Q("5 vụ tranh chấp", 5, "vụ tranh chấp đất rẫy"),
     Q("4 vụ", 4, "vụ"),
     Q("36 hộ đồng bào M'Nông", 36, "hộ đồng bào M'Nông"),
     Q("6,8%", 6.8, "%"),
     Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
     Q("17 ý kiến", 17, "ý kiến"),
     Q("64 hộ", 64, "hộ"),
     Q("4.000 m2", 4000, "m2"),
     Q("10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết"),
     Q("60 triệu đồng/căn", 60000000, "đồng")],
    [D("Kế hoạch", "07", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 07-KH/ĐU"),
     D("Kế hoạch", "08", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "08-KH/ĐU"),
     D("Hướng dẫn", "14", "HD/BTGDVTU", "2026-02-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BTGDVTU"),
     D("Đề án", "03", None, None, "UBND xã", "đề án 03")],
    [prov("Lâm Đồng"), com("Nâm Nung")],
    ["ĐẢNG BỘ XÃ NÂM NUNG", "Cổng thông tin điện tử xã Nâm Nung, tỉnh Lâm Đồng", "Trang chủ - Tin tức - Hoạt động khối Dân vận",
     "Đồng chí Y Wel, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã, phát biểu tại hội nghị.",
     "Mỗi tổ dân vận gắn với một bon", "Bon sạch, bon đẹp", "bon Bu Nor", "bon R'Ong", "Vì người nghèo", "Văn phòng Đảng ủy xã",
     "Lượt truy cập: 4.092"],
    ["6 tháng đầu năm", "6 tháng cuối năm 2026", "Sáu tháng đầu năm", "6 tháng cuối năm", "14:25", "Lượt truy cập: 4.092"]))

# b435 — Gia Lai (after the merger with Bình Định), Mặt trận tỉnh, hội nghị biểu dương người có uy tín năm 2026 (held 25/9/2026)
PAGES.append(page("b435-gialai-mttq-bieuduong-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Mặt trận Gia Lai - Trang thông tin điện tử
Trang chủ » Tin tức » Công tác dân tộc, tôn giáo
28/09/2026 - 09:50
Gia Lai tôn vinh 150 người có uy tín tiêu biểu
(MTGL) - Sáng 25/9, tại phường Pleiku, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2026. Đây là lần đầu tiên hội nghị quy tụ người có uy tín của cả vùng Tây Nguyên và vùng ven biển, miền núi phía đông tỉnh (trước thuộc tỉnh Bình Định).
150 người có uy tín tiêu biểu nhận Bằng khen của UBND tỉnh. Ảnh: Ngọc Sang
Dự hội nghị có đồng chí Rơ Mah Blang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đinh Thị Mai Trâm, Phó Chủ tịch UBND tỉnh. Hội nghị đã biểu dương 150 người có uy tín là già làng, trưởng thôn, chức sắc tôn giáo người Jrai, Bahnar, H'rê, Chăm H'roi, trong đó 38 người là phụ nữ.
Theo báo cáo, toàn tỉnh hiện có 2.640 người có uy tín; năm 2026 họ đã vận động 1.126 hộ hiến 37,4 ha đất xây dựng trường học, nhà văn hóa; hòa giải thành 318 vụ việc mâu thuẫn trong cộng đồng; vận động 92 người từ bỏ "đạo lạ" trở về sinh hoạt tôn giáo hợp pháp. Mỗi người có uy tín được hỗ trợ 1,2 triệu đồng/quý và quà thăm hỏi dịp lễ, Tết theo Quyết định 28/2018/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, các già làng Kpuih Thum, Rơ Chăm Yuin, Nay Jơ, người có uy tín thuộc các xã Ia Grai, Ia Dom, Chư A Thai, đã chia sẻ kinh nghiệm giữ gìn an ninh vùng biên. Bà Siu H'Nhi, trưởng thôn Plei Ngol, xã Ia Dom, kể việc vận động 24 thanh niên trong làng đi học nghề. Ông Đinh Văn Brơn, già làng làng Kon Blo, xã An Toàn, người Bahnar, chia sẻ cách giữ 1.500 ha rừng phòng hộ.
Thay mặt Ban Thường trực, bà Ksor H'Bơ Khắp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo, đề nghị tiếp tục triển khai Hướng dẫn 25, 26/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phát huy vai trò người có uy tín.
Dịp này, UBND tỉnh tặng Bằng khen cho 150 người có uy tín tiêu biểu; Ủy ban MTTQ tỉnh tặng mỗi người một phần quà trị giá 2 triệu đồng, tổng 300 triệu đồng.
Ngọc Sang
Lượt xem: 918
Tin liên quan
- Gặp mặt 300 người có uy tín dịp Tết Nguyên đán
- Mặt trận xã Ia Dom trao 15 căn nhà Đại đoàn kết
""", "2026-09-28", "Gia Lai tôn vinh 150 người có uy tín tiêu biểu",
    E("hoi_nghi", "2026", "2026-09-25"),
    [P("Rơ Mah Blang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đinh Thị Mai Trâm", "Phó Chủ tịch UBND tỉnh"),
     P("Kpuih Thum", "già làng"),
     P("Rơ Chăm Yuin", "già làng"),
     P("Nay Jơ", "già làng"),
     P("Siu H'Nhi", "trưởng thôn Plei Ngol"),
     P("Đinh Văn Brơn", "già làng làng Kon Blo"),
     P("Ksor H'Bơ Khắp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo")],
    [Q("150 người có uy tín", 150, "người có uy tín"),
     Q("38 người", 38, "người"),
     Q("2.640 người có uy tín", 2640, "người có uy tín"),
     Q("1.126 hộ", 1126, "hộ"),
     Q("37,4 ha", 37.4, "ha"),
     Q("318 vụ việc", 318, "vụ việc"),
     Q("92 người", 92, "người"),
     Q("1,2 triệu đồng/quý", 1200000, "đồng"),
     Q("24 thanh niên", 24, "thanh niên"),
     Q("1.500 ha", 1500, "ha"),
     Q("2 triệu đồng", 2000000, "đồng"),
     Q("300 triệu đồng", 300000000, "đồng")],
    [D("Quyết định", "28", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2018/QĐ-TTg"),
     D("Hướng dẫn", "25", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 25, 26/HD-MTTQ-BTT"),
     D("Hướng dẫn", "26", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 25, 26/HD-MTTQ-BTT")],
    [prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Ia Grai"), com("Ia Dom"), com("Chư A Thai"), com("An Toàn")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Mặt trận Gia Lai - Trang thông tin điện tử",
     "Trang chủ » Tin tức » Công tác dân tộc, tôn giáo", "150 người có uy tín tiêu biểu nhận Bằng khen của UBND tỉnh. Ảnh: Ngọc Sang",
     "đạo lạ", "thôn Plei Ngol", "làng Kon Blo", "Tây Nguyên", "Lượt xem: 918"],
    ["năm 2026", "1,2 triệu đồng/quý", "09:50", "Lượt xem: 918"]))

# b436 — Quảng Trị (after the merger with Quảng Bình), Báo Quảng Trị, chân dung CCB người Bru - Vân Kiều (no event)
PAGES.append(page("b436-quangtri-bao-chandung-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Người tốt việc tốt
Chủ nhật, 22/11/2026 - 06:00
Người cựu binh Bru - Vân Kiều "giữ lửa" ở bản Cha Cú
QT - Ở bản Cha Cú, xã Kim Phú, ai cũng gọi ông Hồ Văn Hiên là "ông Hai bộ đội". 72 tuổi, hơn 30 năm làm Chi hội trưởng Chi hội CCB bản, ông là người vận động bà con người Bru - Vân Kiều, Chứt bỏ du canh, trồng 120 ha rừng keo và giữ 85 ha rừng tự nhiên.
Ông Hồ Văn Hiên (thứ hai, từ trái sang) cùng cán bộ Đồn Biên phòng kiểm tra rừng.
Năm 1994, khi về bản, ông thấy cả bản có 36 hộ thì 31 hộ đói ăn. Ông đem 2 con trâu của gia đình làm "vốn mồi" cho 4 hộ nghèo nuôi rẽ, sau 3 năm đàn trâu đã lên 19 con. Nay bản có 82 hộ, chỉ còn 5 hộ nghèo; thu nhập bình quân đạt 38 triệu đồng/người/năm.
"Ông Hiên nói ít nhưng làm trước, nên bà con nghe theo", ông Cao Xuân Thái, người Chứt, Bí thư Đảng ủy xã Kim Phú, nói. Bà Hồ Thị Lan, Chủ tịch Hội LHPN xã, con gái ông, kể rằng năm 2025 ông còn góp 15 triệu đồng cùng Hội CCB xã xây nhà cho một hộ neo đơn.
Đại tá Đinh Văn Tám, Chủ tịch Hội CCB tỉnh Quảng Trị, cho biết ông Hiên từng được Trung ương Hội CCB Việt Nam tặng Bằng khen năm 2019. Tháng 10/2026, ông được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 3127/QĐ-UBND ngày 12/10/2026 vì đã có thành tích xuất sắc trong phong trào "Cựu chiến binh gương mẫu" giai đoạn 2021 - 2026.
Hỏi ông bao giờ nghỉ, ông cười: "Còn đi được lên rừng thì còn làm". Hiện ông vẫn cùng 14 hội viên CCB của bản tuần tra 2 lần mỗi tháng trên đường biên dài 8 km.
Bài và ảnh: Hoàng Hải
Lượt xem: 3.321
Tin cùng chuyên mục
- Người phụ nữ Chứt đầu tiên làm bí thư chi bộ
- Quảng Trị: 500 hộ đồng bào Bru - Vân Kiều có nước sạch
""", "2026-11-22", "Người cựu binh Bru - Vân Kiều \"giữ lửa\" ở bản Cha Cú",
    E(None, None, None),
    [P("Hồ Văn Hiên", "Chi hội trưởng Chi hội CCB bản"),
     P("Cao Xuân Thái", "Bí thư Đảng ủy xã Kim Phú"),
     P("Hồ Thị Lan", "Chủ tịch Hội LHPN xã"),
     P("Đinh Văn Tám", "Đại tá", "Chủ tịch Hội CCB tỉnh Quảng Trị")],
    [Q("120 ha", 120, "ha"),
     Q("85 ha", 85, "ha"),
     Q("36 hộ", 36, "hộ"),
     Q("31 hộ", 31, "hộ"),
     Q("2 con trâu", 2, "con trâu"),
     Q("4 hộ nghèo", 4, "hộ nghèo"),
     Q("19 con", 19, "con"),
     Q("82 hộ", 82, "hộ"),
     Q("5 hộ nghèo", 5, "hộ nghèo"),
     Q("38 triệu đồng/người/năm", 38000000, "đồng"),
     Q("15 triệu đồng", 15000000, "đồng"),
     Q("14 hội viên CCB", 14, "hội viên CCB"),
     Q("8 km", 8, "km")],
    [D("Quyết định", "3127", "QĐ-UBND", "2026-10-12", "Chủ tịch UBND tỉnh", "Quyết định số 3127/QĐ-UBND")],
    [prov("Quảng Trị"), com("Kim Phú")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ", "Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Người tốt việc tốt",
     "Ông Hồ Văn Hiên (thứ hai, từ trái sang) cùng cán bộ Đồn Biên phòng kiểm tra rừng.", "ông Hai bộ đội", "giữ lửa",
     "vốn mồi", "Cựu chiến binh gương mẫu", "bản Cha Cú", "Bài và ảnh: Hoàng Hải", "Lượt xem: 3.321"],
    ["72 tuổi", "hơn 30 năm", "Năm 1994", "sau 3 năm", "năm 2025", "năm 2019", "Tháng 10/2026", "giai đoạn 2021 - 2026",
     "2 lần mỗi tháng", "06:00", "Lượt xem: 3.321"]))
