from lib import *
PAGES = []

PAGES.append(page("b3251-tuyenquang-mttq-xa-hoinghi-lanthunhat-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
15/07/2025 - 10:20
Các đồng chí trong Ban Thường trực Ủy ban MTTQ Việt Nam xã Mèo Vạc ra mắt hội nghị.
Ủy ban MTTQ Việt Nam xã Mèo Vạc tổ chức hội nghị lần thứ nhất
(Tuyên Quang) - Ngày 12/7, Ủy ban MTTQ Việt Nam xã Mèo Vạc khóa I, nhiệm kỳ 2024 - 2029 tổ chức hội nghị lần thứ nhất để kiện toàn tổ chức bộ máy sau khi sắp xếp đơn vị hành chính và hợp nhất các tổ chức chính trị - xã hội vào Mặt trận. Dự hội nghị có đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã và 68 ủy viên Ủy ban MTTQ xã.
Xã Mèo Vạc mới được thành lập trên cơ sở nhập thị trấn Mèo Vạc, xã Tả Lủng và xã Giàng Chu Phìn theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, có diện tích khoảng 115 km2, hơn 24.000 nhân khẩu, trong đó đồng bào Mông chiếm trên 85%. Thực hiện Quyết định số 12-QĐ/ĐU ngày 01/7/2025 của Ban Thường vụ Đảng ủy xã, Ủy ban MTTQ xã được kiện toàn với 68 ủy viên, đại diện cho 46 thôn, tổ dân phố, các tôn giáo và người tiêu biểu.
Hội nghị đã hiệp thương cử Ban Thường trực gồm 6 đồng chí. Đồng chí Vừ Thị Dế, Phó Bí thư Đảng ủy xã, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc khóa I; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Lù Thị Say, Giàng Mí Sính, Hoàng Văn Tuấn. Trong đó, bà Lù Thị Say đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ xã; ông Giàng Mí Sính kiêm Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh xã; ông Hoàng Văn Tuấn được giao phụ trách Hội Nông dân và Hội Cựu chiến binh xã.
Hội nghị cũng thông qua Quy chế hoạt động của Ủy ban MTTQ xã và Chương trình phối hợp số 01/CTPH-MTTQ-UBND giữa Ủy ban MTTQ xã với UBND xã Mèo Vạc giai đoạn 2025 - 2026. Theo đó, trụ sở làm việc của Mặt trận và 5 đoàn thể được bố trí chung tại tầng 2 nhà làm việc của thị trấn cũ, với 14 cán bộ, công chức.
Phát biểu chỉ đạo, đồng chí Sùng Mí Chá đề nghị Ủy ban MTTQ xã nhanh chóng ổn định tổ chức, không để gián đoạn hoạt động của các hội ở 46 thôn, tổ dân phố; bám sát Hướng dẫn số 50/HD-MTTW-BTT ngày 24/6/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức bộ máy Mặt trận cấp xã; thường xuyên lắng nghe ý kiến người dân về hoạt động của chính quyền 2 cấp.
Ông Ly Mí Vừ, người có uy tín thôn Pả Vi Thượng, bày tỏ: "Trước đây bà con lên huyện làm giấy tờ mất cả ngày, nay xã to hơn, nhưng mong cán bộ Mặt trận vẫn về thôn thường xuyên như trước".
Tin, ảnh: Vàng Thị Mai
Tin liên quan
- Tuyên Quang: 124 xã, phường ra mắt Ủy ban MTTQ Việt Nam sau sắp xếp (03/07/2025)
- Hợp nhất Hội Liên hiệp Phụ nữ cấp xã vào Mặt trận: những việc cần làm ngay (28/06/2025)
- Đồng Văn: Mặt trận xã Lũng Cú tiếp nhận hồ sơ của 3 đoàn thể (02/07/2025)
- Yên Minh: hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam xã Mậu Duệ (11/07/2025)
""", "2025-07-15", "Ủy ban MTTQ Việt Nam xã Mèo Vạc tổ chức hội nghị lần thứ nhất",
E("hoi_nghi", None, "2025-07-12"),
[P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
 P("Vừ Thị Dế", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc khóa I"),
 P("Lù Thị Say", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Giàng Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"),
 P("Hoàng Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Mí Vừ", "người có uy tín thôn Pả Vi Thượng")],
[Q("68 ủy viên", 68, "ủy viên"), Q("khoảng 115 km2", 115, "km2", "approx"), Q("hơn 24.000 nhân khẩu", 24000, "nhân khẩu", "over"),
 Q("trên 85%", 85, "%", "over"), Q("46 thôn, tổ dân phố", 46, "thôn, tổ dân phố"), Q("6 đồng chí", 6, "đồng chí"),
 Q("5 đoàn thể", 5, "đoàn thể"), Q("14 cán bộ, công chức", 14, "cán bộ, công chức")],
[D("Nghị quyết", "1685", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "12", "QĐ/ĐU", "2025-07-01", "Ban Thường vụ Đảng ủy xã", "Quyết định số 12-QĐ/ĐU ngày 01/7/2025"),
 D("Chương trình phối hợp", "01", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 01/CTPH-MTTQ-UBND"),
 D("Hướng dẫn", "50", "HD-MTTW-BTT", "2025-06-24", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 50/HD-MTTW-BTT ngày 24/6/2025")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể",
 "Các đồng chí trong Ban Thường trực Ủy ban MTTQ Việt Nam xã Mèo Vạc ra mắt hội nghị.", "Quy chế hoạt động của Ủy ban MTTQ xã"],
["15/07/2025 - 10:20", "khóa I", "nhiệm kỳ 2024 - 2029", "giai đoạn 2025 - 2026", "tầng 2", "chính quyền 2 cấp", "lần thứ nhất", "6 đồng chí"]))

PAGES.append(page("b3252-vinhlong-mttq-phuong-travinh-congbo-2025", """
Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ | Tin tức | Mặt trận cơ sở
Thứ Tư, 09/07/2025
Phường Trà Vinh công bố quyết định thành lập các cơ quan, đoàn thể
Sáng 7/7/2025, Đảng ủy phường Trà Vinh (tỉnh Vĩnh Long) tổ chức hội nghị công bố các quyết định về công tác cán bộ của Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội trực thuộc. Đồng chí Trầm Văn Khánh, Bí thư Đảng ủy phường chủ trì và trao quyết định.
Phường Trà Vinh được thành lập trên cơ sở sắp xếp Phường 1, Phường 3, Phường 4 và Phường 9 của thành phố Trà Vinh cũ, có hơn 14.600 hộ với khoảng 52.000 người, trong đó đồng bào Khmer chiếm gần 23%.
Tại hội nghị, đại diện Ban Tổ chức Đảng ủy phường công bố Quyết định số 08-QĐ/ĐU và Quyết định số 09-QĐ/ĐU ngày 04/7/2025 của Ban Thường vụ Đảng ủy phường về việc chỉ định Ban Thường trực Ủy ban MTTQ Việt Nam phường. Theo đó, bà Kiên Thị Ra Vy, Ủy viên Ban Thường vụ Đảng ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh; các ông, bà Thạch Sô Phon, Nguyễn Thị Mỹ Linh, Lê Hoàng Phúc giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam phường.
Cùng với đó, ông Thạch Sô Phon được chỉ định làm Chủ tịch Hội Nông dân phường; bà Nguyễn Thị Mỹ Linh làm Chủ tịch Hội Liên hiệp Phụ nữ phường, ông Lê Hoàng Phúc làm Bí thư Đoàn phường. Hội Cựu chiến binh phường do ông Sơn Văn Hên, nguyên Chủ tịch Hội Cựu chiến binh Phường 1, phụ trách.
Theo bà Kiên Thị Ra Vy, trước sắp xếp, 4 phường có 4 Ủy ban MTTQ và 16 tổ chức chính trị - xã hội với 41 cán bộ chuyên trách; nay chỉ còn 1 đầu mối với 17 người, làm việc tập trung tại trụ sở Phường 1 cũ trên đường Lê Lợi. Người dân đến liên hệ công việc của Mặt trận, Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên và Hội Cựu chiến binh đều tại một nơi.
Phát biểu giao nhiệm vụ, đồng chí Trầm Văn Khánh yêu cầu Mặt trận phường thực hiện nghiêm Kết luận số 155-KL/TW của Bộ Chính trị và Hướng dẫn số 31-HD/TU ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long về sắp xếp tổ chức bộ máy Mặt trận, đoàn thể cấp xã; trong tháng 7 phải hoàn thành việc bàn giao hồ sơ hội viên, quỹ hội và quỹ "Vì người nghèo" của các phường cũ, không để thất lạc.
Đại đức Thạch Sa Rin, trụ trì chùa Âng, mong muốn Mặt trận phường tiếp tục phối hợp tổ chức Tết Chôl Chnăm Thmây, lễ Sen Dolta cho bà con Khmer như những năm trước.
Dịp này, Đảng ủy phường tặng hoa chúc mừng 12 cán bộ nghỉ công tác theo Nghị định số 178/2024/NĐ-CP của Chính phủ.
Ngọc Hân
Lượt xem: 2.331
Tin liên quan
- Vĩnh Long: 124 xã, phường đồng loạt ra mắt bộ máy mới (01/7/2025)
- Phường Long Đức tiếp nhận 3.200 hồ sơ hội viên sau hợp nhất (05/7/2025)
- Hội nghị tập huấn nghiệp vụ công tác Mặt trận sau sắp xếp (03/7/2025)
""", "2025-07-09", "Phường Trà Vinh công bố quyết định thành lập các cơ quan, đoàn thể",
E("hoi_nghi", None, "2025-07-07"),
[P("Trầm Văn Khánh", "Bí thư Đảng ủy phường"),
 P("Kiên Thị Ra Vy", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh"),
 P("Thạch Sô Phon", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường"),
 P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Lê Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Bí thư Đoàn phường"),
 P("Sơn Văn Hên", "nguyên Chủ tịch Hội Cựu chiến binh Phường 1"),
 P("Thạch Sa Rin", "Đại đức", "trụ trì chùa Âng")],
[Q("hơn 14.600 hộ", 14600, "hộ", "over"), Q("khoảng 52.000 người", 52000, "người", "approx"), Q("gần 23%", 23, "%", "approx"),
 Q("4 Ủy ban MTTQ", 4, "Ủy ban MTTQ"), Q("16 tổ chức chính trị - xã hội", 16, "tổ chức chính trị - xã hội"),
 Q("41 cán bộ chuyên trách", 41, "cán bộ chuyên trách"), Q("17 người", 17, "người"), Q("12 cán bộ", 12, "cán bộ")],
[D("Quyết định", "08", "QĐ/ĐU", "2025-07-04", "Ban Thường vụ Đảng ủy phường", "Quyết định số 08-QĐ/ĐU"),
 D("Quyết định", "09", "QĐ/ĐU", "2025-07-04", "Ban Thường vụ Đảng ủy phường", "Quyết định số 09-QĐ/ĐU ngày 04/7/2025"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận số 155-KL/TW"),
 D("Hướng dẫn", "31", "HD/TU", "2025-06-27", "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Hướng dẫn số 31-HD/TU ngày 27/6/2025"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Phường 1"), com("Phường 3"), com("Phường 4"), com("Phường 9")],
["Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ | Tin tức | Mặt trận cơ sở", "Vì người nghèo", "Chôl Chnăm Thmây",
 "Sen Dolta", "chùa Âng", "Lượt xem: 2.331"],
["Thứ Tư, 09/07/2025", "1 đầu mối", "tháng 7", "Lượt xem: 2.331"]))

PAGES.append(page("b3253-laocai-mttq-xa-taphuan-2025", """
Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai
Vị trí: Trang chủ > Hoạt động > Đào tạo, bồi dưỡng
12/08/2025 09:00
Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Giàng Seo Phử
Hơn 300 cán bộ Mặt trận cấp xã được tập huấn nghiệp vụ sau sắp xếp
Trong 2 ngày 7 - 8/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho cán bộ Mặt trận và các đoàn thể chính trị - xã hội cấp xã sau sắp xếp. Lớp học được tổ chức trực tiếp tại thành phố Yên Bái cũ và trực tuyến tới 99 điểm cầu xã, phường, với hơn 300 học viên.
Phát biểu khai mạc, bà Hoàng Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau hợp nhất, cán bộ Mặt trận cấp xã phải đảm nhận cùng lúc nhiều mảng việc trước đây của Hội Phụ nữ, Hội Nông dân, Đoàn Thanh niên, Hội Cựu chiến binh; khoảng 40% cán bộ mới chuyển sang, chưa từng làm công tác Mặt trận.
Các học viên được giới thiệu Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) năm 2025, Điều lệ MTTQ Việt Nam và Công văn số 1120/MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chức năng, nhiệm vụ của các ban chuyên môn thuộc Ủy ban MTTQ cấp xã. Ông Lý A Chừ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn quy trình giám sát, phản biện xã hội và tiếp nhận ý kiến, kiến nghị của cử tri theo Quy chế phối hợp số 02/QCPH-MTTQ-HĐND.
Tại lớp học, nhiều cán bộ nêu khó khăn thực tế. Bà Bàn Thị Mẩy, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bát Xát, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết xã mới rộng gấp 3 lần, có 38 thôn, cán bộ đi cơ sở một lượt mất gần một tháng. Ông Hà Văn Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Lai, đề nghị tỉnh sớm hướng dẫn việc quản lý 6 nguồn quỹ của các hội cũ.
Theo kế hoạch, trong năm 2025, Mặt trận tỉnh tổ chức 4 lớp tập huấn với tổng kinh phí khoảng 280 triệu đồng; mỗi học viên được cấp 1 bộ tài liệu. Kết thúc lớp học, 100% học viên làm bài thu hoạch.
Bế mạc, ông Bàn Văn Chàn, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên về cơ sở ngay trong tháng 8 tổ chức sinh hoạt chung Ban công tác Mặt trận ở thôn, tổ dân phố để người dân biết địa chỉ mới của Mặt trận và các đoàn thể.
Minh Thùy
Bài viết liên quan
- Lào Cai: 99 xã, phường hoàn thành kiện toàn Ủy ban MTTQ (08/7/2025)
- Mặt trận xã Y Tý ra mắt nhóm Zalo "Lắng nghe bà con" (29/7/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh Lào Cai lần thứ nhất (02/7/2025)
- Văn Chấn: Mặt trận xã Nghĩa Tâm hướng dẫn người dân nộp hồ sơ trực tuyến (22/7/2025)
- Tập huấn kỹ năng giám sát cho Ban Thanh tra nhân dân cấp xã (15/7/2025)
Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Lào Cai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2025-08-12", "Hơn 300 cán bộ Mặt trận cấp xã được tập huấn nghiệp vụ sau sắp xếp",
E("tap_huan", "2025", "2025-08-07"),
[P("Hoàng Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý A Chừ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Thị Mẩy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bát Xát", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Hà Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Lai"),
 P("Bàn Văn Chàn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Hơn 300 cán bộ Mặt trận cấp xã", 300, "cán bộ Mặt trận cấp xã", "over"), Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"),
 Q("khoảng 40%", 40, "%", "approx"), Q("38 thôn", 38, "thôn"), Q("6 nguồn quỹ", 6, "nguồn quỹ"), Q("4 lớp tập huấn", 4, "lớp tập huấn"),
 Q("khoảng 280 triệu đồng", 280000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Công văn", "1120", "MTTQ-BTT", "2025-07-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 1120/MTTQ-BTT ngày 25/7/2025"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-HĐND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-HĐND")],
[prov("Lào Cai"), com("Bát Xát"), com("Mường Lai")],
["Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "Vị trí: Trang chủ > Hoạt động > Đào tạo, bồi dưỡng",
 "Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Giàng Seo Phử", "Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)", "Điều lệ MTTQ Việt Nam"],
["12/08/2025 09:00", "2 ngày", "7 - 8/8", "năm 2025", "3 lần", "một tháng", "1 bộ tài liệu", "tháng 8"]))

PAGES.append(page("b3254-daklak-mttq-phuong-tuyhoa-ykien-2025", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội | Đời sống | Bạn đọc
Cập nhật: 08:40, 10/09/2025 (GMT+7)
Người dân trò chuyện với cán bộ Mặt trận tại bộ phận tiếp dân chung của phường Tuy Hòa.
Người dân phường Tuy Hòa nói gì về "nhà chung" của Mặt trận và đoàn thể?
(Báo Đắk Lắk) - Hơn hai tháng sau khi Mặt trận và các tổ chức chính trị - xã hội cấp xã được sắp xếp lại, chúng tôi ghi nhận ý kiến người dân phường Tuy Hòa (tỉnh Đắk Lắk) về nơi làm việc chung của các đoàn thể.
Phường Tuy Hòa được hình thành từ 5 phường trung tâm của thành phố Tuy Hòa cũ (tỉnh Phú Yên), có khoảng 78.000 dân. Toàn bộ Ủy ban MTTQ phường và 5 đoàn thể nay làm việc tại trụ sở phường 7 cũ, với 1 bộ phận tiếp dân chung mở cửa cả sáng thứ Bảy.
Bà Trần Thị Hồng Nhung, 56 tuổi, ở khu phố Ninh Tịnh, cho biết trước đây muốn hỏi về vay vốn Hội Phụ nữ phải đến một nơi, hỏi chuyện tổ hòa giải lại đến nơi khác. "Giờ vào một cửa là gặp hết. Chỉ có điều đường xa hơn, người già như tôi đi xe buýt cũng hơi cực", bà nói.
Ông Ksor Y Phun, người đồng bào Ê Đê sống ở khu phố Phước Hậu, thì băn khoăn: "Trước chi hội nông dân khu phố họp mỗi tháng, nay mấy tháng rồi chưa thấy họp". Theo ông, khoảng 30 hộ trong khu phố đang trồng rau chờ được hướng dẫn vay vốn.
Trao đổi với phóng viên, bà Lê Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Nông dân phường cho biết, từ ngày 1/7 đến nay, bộ phận tiếp dân chung đã tiếp nhận 412 lượt người đến liên hệ, trong đó có 96 ý kiến, kiến nghị; Mặt trận đã chuyển UBND phường 41 kiến nghị về vỉa hè, chiếu sáng và thoát nước, đến nay giải quyết xong 27 kiến nghị.
Về việc sinh hoạt chi hội chưa đều, bà Vân thừa nhận sau hợp nhất, phường có 61 chi hội nông dân, nhưng chỉ còn 9 cán bộ chuyên trách cho tất cả các đoàn thể. Phường đang thực hiện Kế hoạch số 14/KH-MTTQ-BTT ngày 18/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, giao Ban công tác Mặt trận các khu phố tổ chức sinh hoạt chung của các chi hội mỗi quý một lần.
Ông Nguyễn Văn Thắng, Trưởng Ban công tác Mặt trận khu phố Ninh Tịnh, cho rằng cán bộ khu phố nay làm nhiều việc hơn nhưng phụ cấp chưa tăng. "Bà con thì vẫn quen hỏi chúng tôi trước, rồi mới lên phường", ông nói.
Theo ông Trần Minh Đức, Phó Bí thư Thường trực Đảng ủy phường Tuy Hòa, phường sẽ lắp đặt hòm thư góp ý và công bố số điện thoại đường dây nóng của Mặt trận tại 48 khu phố ngay trong tháng 9.
Bài và ảnh: Hồng Phương
Tin liên quan
- Phường Bình Kiến tổ chức hội nghị Ủy ban MTTQ lần thứ nhất (16/7/2025)
- Đắk Lắk: gần 2.000 cán bộ đoàn thể cấp xã chuyển sang Mặt trận (05/7/2025)
- Xã Ea Ktur lắng nghe ý kiến người dân về chính quyền 2 cấp (28/8/2025)
""", "2025-09-10", "Người dân phường Tuy Hòa nói gì về \"nhà chung\" của Mặt trận và đoàn thể?",
E("khac", None, None),
[P("Trần Thị Hồng Nhung"), P("Ksor Y Phun"),
 P("Lê Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường"),
 P("Nguyễn Văn Thắng", "Trưởng Ban công tác Mặt trận khu phố Ninh Tịnh"),
 P("Trần Minh Đức", "Phó Bí thư Thường trực Đảng ủy phường Tuy Hòa")],
[Q("5 phường trung tâm", 5, "phường"), Q("khoảng 78.000 dân", 78000, "dân", "approx"), Q("5 đoàn thể", 5, "đoàn thể"),
 Q("khoảng 30 hộ", 30, "hộ", "approx"), Q("412 lượt người", 412, "lượt người"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("27 kiến nghị", 27, "kiến nghị"), Q("61 chi hội nông dân", 61, "chi hội nông dân"),
 Q("9 cán bộ chuyên trách", 9, "cán bộ chuyên trách"), Q("48 khu phố", 48, "khu phố")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2025-08-18", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 14/KH-MTTQ-BTT ngày 18/8/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội | Đời sống | Bạn đọc", "(Báo Đắk Lắk)",
 "Người dân trò chuyện với cán bộ Mặt trận tại bộ phận tiếp dân chung của phường Tuy Hòa.", "Ninh Tịnh", "Phước Hậu"],
["Cập nhật: 08:40, 10/09/2025 (GMT+7)", "Hơn hai tháng", "56 tuổi", "1 bộ phận tiếp dân chung", "phường 7", "mỗi quý một lần", "tháng 9"]))

PAGES.append(page("b3255-gialai-mttq-xa-iagrai-giamsat-2025", """
GIA LAI ONLINE
Trang chủ / Chính trị / Mặt trận
03/10/2025 | 07:55
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Ia Grai.
Mặt trận xã Ia Grai giám sát việc giải quyết thủ tục hành chính
GLO - Ngày 1/10, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Grai tổ chức giám sát việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã trong 3 tháng vận hành chính quyền địa phương 2 cấp.
Đoàn giám sát do ông Rơ Mah Hlim, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn. Tham gia có bà Kpă H'Nhim, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã; ông Trần Văn Hiếu, Trưởng Ban Thanh tra nhân dân xã cùng đại diện 3 làng đồng bào Jrai.
Theo báo cáo của Trung tâm, từ ngày 1/7 đến 30/9/2025, đơn vị đã tiếp nhận 3.184 hồ sơ, giải quyết đúng hạn 3.061 hồ sơ, đạt 96,1%; còn 47 hồ sơ trễ hạn, chủ yếu là hồ sơ đất đai chuyển từ huyện Ia Grai cũ về. Tỷ lệ hồ sơ nộp trực tuyến đạt khoảng 38%. Trung tâm hiện có 7 công chức, 2 máy lấy số tự động và hơn 20 ghế chờ.
Đoàn đã khảo sát ý kiến 120 người dân đến làm thủ tục; khoảng 85% hài lòng với thái độ phục vụ. Ông Puih Bơn, người dân làng Dơr 1, cho rằng nhiều người già trong làng không dùng được điện thoại thông minh nên phải nhờ con cháu. Bà Siu H'Lan, làng Yam, đề nghị có cán bộ biết tiếng Jrai hướng dẫn tại quầy.
Bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND xã, Giám đốc Trung tâm Phục vụ hành chính công xã giải trình: xã đang thực hiện Kế hoạch số 45/KH-UBND ngày 15/7/2025 của UBND xã về chuyển đổi số, đã bố trí 4 đoàn viên thanh niên hỗ trợ người dân nộp hồ sơ trực tuyến vào các ngày thứ Ba, thứ Năm.
Kết luận giám sát, ông Rơ Mah Hlim đề nghị UBND xã giải quyết dứt điểm 47 hồ sơ trễ hạn trong tháng 10, công khai xin lỗi người dân theo Quyết định số 23/2025/QĐ-UBND của UBND tỉnh Gia Lai; bố trí ít nhất 2 công chức người Jrai tại bộ phận một cửa. Mặt trận xã sẽ phối hợp thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN về giám sát, phản biện xã hội và tái giám sát vào quý I/2026.
Ông Rơ Chăm Nhơ, Già làng làng Dơr 2, cho biết bà con rất mừng khi Mặt trận đứng ra "nói giùm" những vướng mắc này.
Hoàng Ngọc
Tin cùng chuyên mục
- Phường Pleiku: Mặt trận tiếp nhận hơn 800 triệu đồng ủng hộ người dân vùng lũ (29/9/2025)
- Hội nghị Ủy ban MTTQ Việt Nam xã Chư Păh lần thứ nhất (18/7/2025)
- Xã An Nhơn Tây: ra mắt tổ tiếp nhận ý kiến Nhân dân (10/9/2025)
- Xã Ia Hrú: gặp mặt người có uy tín sau sắp xếp (05/9/2025)
- Mặt trận tỉnh Gia Lai hướng dẫn quản lý quỹ sau hợp nhất các hội (26/8/2025)
Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai. Tòa soạn: 09 Trần Hưng Đạo, phường Pleiku. Ghi rõ nguồn "Báo Gia Lai" khi phát hành lại thông tin.
""", "2025-10-03", "Mặt trận xã Ia Grai giám sát việc giải quyết thủ tục hành chính",
E("giam_sat", None, "2025-10-01"),
[P("Rơ Mah Hlim", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kpă H'Nhim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Trần Văn Hiếu", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Puih Bơn"), P("Siu H'Lan"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch UBND xã", "Giám đốc Trung tâm Phục vụ hành chính công xã"),
 P("Rơ Chăm Nhơ", "Già làng làng Dơr 2")],
[Q("3 làng đồng bào Jrai", 3, "làng đồng bào Jrai"), Q("3.184 hồ sơ", 3184, "hồ sơ"), Q("3.061 hồ sơ", 3061, "hồ sơ"), Q("96,1%", 96.1, "%"),
 Q("47 hồ sơ", 47, "hồ sơ"), Q("khoảng 38%", 38, "%", "approx"), Q("7 công chức", 7, "công chức"),
 Q("2 máy lấy số tự động", 2, "máy lấy số tự động"), Q("hơn 20 ghế chờ", 20, "ghế chờ", "over"), Q("120 người dân", 120, "người dân"),
 Q("khoảng 85%", 85, "%", "approx"), Q("4 đoàn viên thanh niên", 4, "đoàn viên thanh niên"),
 Q("ít nhất 2 công chức người Jrai", 2, "công chức người Jrai", "over")],
[D("Kế hoạch", "45", "KH-UBND", "2025-07-15", "UBND xã", "Kế hoạch số 45/KH-UBND ngày 15/7/2025"),
 D("Quyết định", "23", "2025/QĐ-UBND", None, "UBND tỉnh Gia Lai", "Quyết định số 23/2025/QĐ-UBND"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN")],
[prov("Gia Lai"), com("Ia Grai")],
["GIA LAI ONLINE", "Trang chủ / Chính trị / Mặt trận", "GLO",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Ia Grai.", "Trung tâm Phục vụ hành chính công xã"],
["03/10/2025 | 07:55", "3 tháng", "chính quyền địa phương 2 cấp", "làng Dơr 1", "làng Dơr 2", "tháng 10", "quý I/2026"]))

PAGES.append(page("b3256-quangtri-mttq-xa-danhoa-traoqua-2025", """
Báo và Phát thanh, Truyền hình Quảng Trị
Trang chủ » Xã hội » Nhân ái
Thứ Ba, 04/11/2025 | 16:30
Mặt trận xã Dân Hóa trao quà cho đồng bào Chứt, Bru - Vân Kiều bị lũ
QTO - Ngày 2/11, Ủy ban MTTQ Việt Nam xã Dân Hóa phối hợp với Đồn Biên phòng Cha Lo tổ chức trao 260 suất quà cho các hộ đồng bào Chứt, Bru - Vân Kiều bị thiệt hại do đợt mưa lũ cuối tháng 10 vừa qua.
Mỗi suất quà gồm 20 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá khoảng 286 triệu đồng, từ nguồn Quỹ cứu trợ của Ủy ban MTTQ Việt Nam tỉnh và các nhà hảo tâm. Riêng 7 hộ có nhà bị cuốn trôi được hỗ trợ thêm mỗi hộ 10 triệu đồng.
Ông Hồ Văn Thanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa cho biết, đợt lũ đã làm 41 ngôi nhà bị ngập sâu, hơn 30 ha lúa rẫy và ngô bị vùi lấp, 2 tuyến đường vào bản Ka Ai, bản Hà Vị bị sạt lở. Đây là đợt lũ đầu tiên xã Dân Hóa mới (sáp nhập từ xã Dân Hóa và xã Trọng Hóa cũ) phải ứng phó.
"Nhờ Ban công tác Mặt trận ở 16 bản cập nhật danh sách hằng ngày qua nhóm Zalo, chúng tôi biết ngay hộ nào thiệt hại nặng để ưu tiên", ông Thanh nói. Sau hợp nhất, Ủy ban MTTQ xã có 12 cán bộ, trong đó bà Hồ Thị Nhang, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, được phân công phụ trách công tác cứu trợ.
Cùng dự có ông Đinh Xuân Sang, Phó Bí thư Thường trực Đảng ủy xã; Thiếu tá Cao Văn Hùng, Chính trị viên Đồn Biên phòng Cha Lo.
Bà Hồ Thị Lai, bản Ka Ai, có nhà bị lũ cuốn mất toàn bộ lúa giống, xúc động: "Nước lên nhanh quá, cả nhà chỉ kịp chạy lên đồi. Được cán bộ Mặt trận, bộ đội đến tận nơi, tôi yên tâm rồi".
Việc phân bổ quà được thực hiện theo Quyết định số 31/QĐ-MTTQ ngày 30/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Quy chế số 07-QC/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về vận động, tiếp nhận, phân phối nguồn cứu trợ; danh sách được niêm yết công khai tại nhà văn hóa các bản.
Trước đó, Mặt trận xã đã phối hợp đưa 58 hộ với hơn 200 nhân khẩu ở vùng nguy cơ sạt lở đến nơi an toàn.
Bài, ảnh: Hồ Nguyên
Số lượt đọc: 3.902
Tin khác
- Quảng Trị: tiếp nhận hơn 12 tỷ đồng ủng hộ người dân vùng lũ (01/11/2025)
- Xã Hướng Lập: Mặt trận hỗ trợ dựng lại 5 căn nhà sau lũ (30/10/2025)
- Hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam xã Kim Điền (21/7/2025)
- Mặt trận xã Thượng Trạch thăm hỏi gia đình có người mất do lũ (28/10/2025)
- Xã Lệ Thủy huy động 300 đoàn viên giúp dân dọn bùn sau lũ (27/10/2025)
- Ra mắt Ban công tác Mặt trận bản sau sắp xếp thôn, bản (12/9/2025)
Báo và Phát thanh, Truyền hình Quảng Trị. Địa chỉ: phường Đồng Hới, tỉnh Quảng Trị. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2025-11-04", "Mặt trận xã Dân Hóa trao quà cho đồng bào Chứt, Bru - Vân Kiều bị lũ",
E("trao_qua", None, "2025-11-02"),
[P("Hồ Văn Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa"),
 P("Hồ Thị Nhang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đinh Xuân Sang", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Cao Văn Hùng", "Thiếu tá", "Chính trị viên Đồn Biên phòng Cha Lo"),
 P("Hồ Thị Lai")],
[Q("260 suất quà", 260, "suất quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 286 triệu đồng", 286000000, "đồng", "approx"), Q("7 hộ", 7, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("41 ngôi nhà", 41, "ngôi nhà"), Q("hơn 30 ha", 30, "ha", "over"), Q("2 tuyến đường", 2, "tuyến đường"), Q("16 bản", 16, "bản"),
 Q("12 cán bộ", 12, "cán bộ"), Q("58 hộ", 58, "hộ"), Q("hơn 200 nhân khẩu", 200, "nhân khẩu", "over")],
[D("Quyết định", "31", "QĐ-MTTQ", "2025-10-30", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Quyết định số 31/QĐ-MTTQ ngày 30/10/2025"),
 D("Quy chế", "07", "QC/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quy chế số 07-QC/MTTW-BTT")],
[prov("Quảng Trị"), com("Dân Hóa"), com("Trọng Hóa")],
["Báo và Phát thanh, Truyền hình Quảng Trị", "Trang chủ » Xã hội » Nhân ái", "QTO", "Quỹ cứu trợ", "Đồn Biên phòng Cha Lo",
 "Số lượt đọc: 3.902"],
["Thứ Ba, 04/11/2025 | 16:30", "cuối tháng 10", "Số lượt đọc: 3.902"]))
