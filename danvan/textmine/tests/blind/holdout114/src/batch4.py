from lib import *
PAGES = []

PAGES.append(page("b2711-cantho-sene-dolta-2024", """
BÁO CẦN THƠ ONLINE
Thời sự › Chính trị
Thứ Bảy, 28/09/2024 - 07:50
Chư tăng chùa Pôthi Somrôn đón đoàn. Ảnh: Duy Khoa
Thăm, chúc mừng lễ Sene Dolta tại các chùa Khmer
Chiều 27/9, đoàn công tác thành phố Cần Thơ do đồng chí Trương Thanh Hiền, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực UBND thành phố, làm trưởng đoàn đã đến thăm, chúc mừng lễ Sene Dolta năm 2024 tại chùa Pôthi Somrôn (phường Long Hưng, quận Ô Môn) và chùa Rạch Gòi Kinh Mới (xã Trường Thành, huyện Thới Lai).
Tại chùa Pôthi Somrôn, Thượng tọa Lý Sa Ráth, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, trụ trì chùa, cảm ơn lãnh đạo thành phố đã quan tâm. Thượng tọa cho biết, năm nay nhà chùa hướng dẫn bà con tổ chức lễ theo nghi thức truyền thống, tiết kiệm; phối hợp Công an phường giữ an ninh trật tự. Năm 2024, chùa đã vận động được 265 triệu đồng hỗ trợ 11 hộ Khmer sửa nhà, cấp 70 suất học bổng cho học sinh nghèo.
Đồng chí Trương Thanh Hiền chúc chư tăng, Phật tử và đồng bào Khmer đón lễ Sene Dolta đầm ấm; ghi nhận các chùa đã đồng hành cùng chính quyền thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, đặc biệt là phong trào xóa nhà tạm, nhà dột nát. Đồng chí đề nghị chư tăng tiếp tục vận động bà con thực hiện tốt Kế hoạch số 220/KH-UBND ngày 02/8/2024 của UBND thành phố về xóa nhà tạm trên địa bàn.
Tại chùa Rạch Gòi Kinh Mới, đoàn thăm hỏi Đại đức Trần Văn Dư, trụ trì chùa, và ông Trần Văn Sên, Trưởng Ban Quản trị chùa. Ông Sên cho biết bà con Khmer ở xã đã hiến hơn 1.500 m2 đất để làm đường, nâng cấp cầu vào chùa.
Dịp này, đoàn trao tặng mỗi chùa 10 triệu đồng và quà. Theo Ban Dân tộc thành phố, dịp lễ Sene Dolta năm nay, thành phố hỗ trợ 8 chùa Khmer và trao 600 phần quà cho đồng bào Khmer khó khăn, mỗi phần trị giá 500.000 đồng; tổng kinh phí khoảng 380 triệu đồng. Cùng ngày, các đoàn do đồng chí Lâm Văn Thắng, Trưởng Ban Dân tộc thành phố và đồng chí Đỗ Thị Thanh Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố dẫn đầu cũng đi thăm các chùa ở quận Ô Môn, Thốt Nốt.
Theo thống kê, thành phố hiện có hơn 23.000 người Khmer, sinh sống tập trung ở quận Ô Môn, huyện Thới Lai, Cờ Đỏ; đến cuối năm 2023 còn 0,83% hộ nghèo người Khmer.
Duy Khoa
Lượt xem: 954
Tin liên quan
- Cần Thơ: trao 30 căn nhà đại đoàn kết cho hộ Khmer (20/09/2024)
- Hội thi đờn ca tài tử và múa Khmer năm 2024 (10/09/2024)
- Họp mặt người có uy tín trong đồng bào dân tộc Khmer (30/08/2024)
- Quận Ô Môn: ra mắt câu lạc bộ sư sãi, achar tuyên truyền pháp luật (15/08/2024)
- Thới Lai tổ chức lớp dạy chữ Khmer hè năm 2024 (01/07/2024)
""", "2024-09-28", "Thăm, chúc mừng lễ Sene Dolta tại các chùa Khmer",
E("trao_qua", None, "2024-09-27"),
[P("Trương Thanh Hiền", "Ủy viên Ban Thường vụ Thành ủy", "Phó Chủ tịch Thường trực UBND thành phố"),
 P("Lý Sa Ráth", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố", "trụ trì chùa"),
 P("Trần Văn Dư", "Đại đức", "trụ trì chùa"),
 P("Trần Văn Sên", "Trưởng Ban Quản trị chùa"),
 P("Lâm Văn Thắng", "Trưởng Ban Dân tộc thành phố"),
 P("Đỗ Thị Thanh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("265 triệu đồng", 265000000, "đồng"), Q("11 hộ Khmer", 11, "hộ Khmer"), Q("70 suất học bổng", 70, "suất học bổng"),
 Q("hơn 1.500 m2", 1500, "m2", "over"), Q("10 triệu đồng", 10000000, "đồng"), Q("8 chùa Khmer", 8, "chùa Khmer"),
 Q("600 phần quà", 600, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"),
 Q("hơn 23.000 người Khmer", 23000, "người Khmer", "over"), Q("0,83%", 0.83, "%")],
[D("Kế hoạch", "220", "KH-UBND", "2024-08-02", "UBND thành phố", "Kế hoạch số 220/KH-UBND ngày 02/8/2024 của UBND thành phố")],
[prov("Cần Thơ"), com("Long Hưng"), com("Trường Thành")],
["BÁO CẦN THƠ ONLINE", "Thời sự › Chính trị", "Chư tăng chùa Pôthi Somrôn đón đoàn. Ảnh: Duy Khoa", "Sene Dolta",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 954"],
["Thứ Bảy, 28/09/2024 - 07:50", "Chiều 27/9", "năm 2024", "năm 2023", "Lượt xem: 954"]))

PAGES.append(page("b2712-angiang-boiduong-susai-2024", """
Cổng thông tin điện tử Ban Dân tộc tỉnh An Giang
Trang chủ » Tin tức » Hoạt động của Ban
08:15 | 14/06/2024
Bồi dưỡng kiến thức về dân tộc, tôn giáo cho sư sãi, achar vùng Bảy Núi
Trong 2 ngày 12 - 13/6, Ban Dân tộc tỉnh An Giang phối hợp Sở Nội vụ và Ủy ban MTTQ Việt Nam huyện Tri Tôn tổ chức lớp bồi dưỡng kiến thức về công tác dân tộc, tôn giáo năm 2024 cho 150 học viên là sư sãi, achar, ban quản trị chùa và người có uy tín trong đồng bào Khmer hai huyện Tri Tôn, Tịnh Biên.
Các học viên tại lớp bồi dưỡng. Ảnh: Chau Sa
Phát biểu khai giảng, ông Néang Sóc Khôn, Phó Trưởng Ban Dân tộc tỉnh, cho biết lớp học thực hiện Quyết định số 771/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ phê duyệt Đề án bồi dưỡng kiến thức dân tộc và Kế hoạch số 356/KH-UBND ngày 18/3/2024 của UBND tỉnh.
Trong 2 ngày, học viên được TS. Nguyễn Thanh Bình, Phó Hiệu trưởng Trường Chính trị Tôn Đức Thắng; ThS. Chau Thị Sóc Khanh, Phó Trưởng phòng Tôn giáo Sở Nội vụ, truyền đạt các chuyên đề: chính sách dân tộc, tôn giáo của Đảng, Nhà nước; Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP; nhận diện âm mưu lợi dụng vấn đề dân tộc, tôn giáo; kỹ năng tuyên truyền, vận động đồng bào.
Theo Ban Dân tộc tỉnh, An Giang có 66 chùa Phật giáo Nam tông Khmer với khoảng 1.400 vị sư sãi; đồng bào Khmer có hơn 19.000 hộ, trong đó hộ nghèo còn 6,1%. Từ đầu năm 2024 đến nay, tỉnh đã hỗ trợ 21 chùa sửa chữa sala, trường dạy chữ Khmer với tổng kinh phí trên 2,5 tỷ đồng; chi trả chế độ cho 227 người có uy tín.
Thảo luận tại lớp, Đại đức Chau Sóc Khom, trụ trì chùa Svay Sor, đề nghị cung cấp thêm tài liệu song ngữ Việt - Khmer để sư sãi dễ tuyên truyền cho bà con. Achar Chau Phi Rum, chùa Tà Ngáo, xã Châu Lăng, chia sẻ việc kết hợp tuyên truyền pháp luật trong các buổi lễ tại chùa. Bà Néang Sa Ri, người có uy tín ấp Tà Miệt, xã Núi Tô, mong có thêm lớp dạy nghề cho thanh niên Khmer.
Ông Chau Sóc Thên, Trưởng Ban Dân vận Huyện ủy Tri Tôn, đánh giá sau các lớp bồi dưỡng, sư sãi, achar đã chủ động hơn trong tuyên truyền, hòa giải ở phum sóc; năm 2023 trên địa bàn huyện không xảy ra vụ việc phức tạp liên quan đến tôn giáo. Huyện sẽ tiếp tục phối hợp Ban Dân tộc tỉnh mở lớp tiếng Khmer cho cán bộ, công chức cấp xã.\nKết thúc lớp học, 100% học viên được cấp giấy chứng nhận; Ban Dân tộc tỉnh hỗ trợ mỗi học viên 200.000 đồng/ngày tiền ăn và tài liệu.
Chau Sa
Lượt xem: 623
Tin khác
- Tịnh Biên: họp mặt sư sãi, achar nhân lễ Chôl Chnăm Thmây (12/04/2024)
- Ban Dân tộc tỉnh thăm chùa Xvayton (10/04/2024)
- Hội nghị người có uy tín huyện Tri Tôn năm 2024 (22/03/2024)
""", "2024-06-14", "Bồi dưỡng kiến thức về dân tộc, tôn giáo cho sư sãi, achar vùng Bảy Núi",
E("tap_huan", "2024", "2024-06-12"),
[P("Néang Sóc Khôn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thanh Bình", "TS.", "Phó Hiệu trưởng Trường Chính trị Tôn Đức Thắng"),
 P("Chau Thị Sóc Khanh", "ThS.", "Phó Trưởng phòng Tôn giáo Sở Nội vụ"),
 P("Chau Sóc Khom", "Đại đức", "trụ trì chùa Svay Sor"),
 P("Chau Phi Rum", "Achar"),
 P("Chau Sóc Thên", "Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Néang Sa Ri", "người có uy tín ấp Tà Miệt")],
[Q("150 học viên", 150, "học viên"), Q("66 chùa Phật giáo Nam tông Khmer", 66, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 1.400 vị sư sãi", 1400, "vị sư sãi", "approx"), Q("hơn 19.000 hộ", 19000, "hộ", "over"), Q("6,1%", 6.1, "%"),
 Q("21 chùa", 21, "chùa"), Q("trên 2,5 tỷ đồng", 2500000000, "đồng", "over"), Q("227 người có uy tín", 227, "người có uy tín"),
 Q("100%", 100, "%"), Q("200.000 đồng", 200000, "đồng")],
[D("Quyết định", "771", "QĐ-TTg", "2018-06-26", "Thủ tướng Chính phủ", "Quyết định số 771/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "356", "KH-UBND", "2024-03-18", "UBND tỉnh", "Kế hoạch số 356/KH-UBND ngày 18/3/2024 của UBND tỉnh"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP")],
[prov("An Giang"), com("Châu Lăng"), com("Núi Tô")],
["Cổng thông tin điện tử Ban Dân tộc tỉnh An Giang", "Trang chủ » Tin tức » Hoạt động của Ban", "Các học viên tại lớp bồi dưỡng. Ảnh: Chau Sa",
 "Trường Chính trị Tôn Đức Thắng", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 623"],
["08:15 | 14/06/2024", "2 ngày 12 - 13/6", "Trong 2 ngày", "năm 2024", "năm 2023", "Lượt xem: 623"]))

PAGES.append(page("b2713-cantho-moi-sene-dolta-2025", """
Hôm nay: Thứ Sáu, 19/09/2025
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức | Hoạt động lãnh đạo | Dân tộc - Tôn giáo
18/09/2025 - 15:32
Lãnh đạo thành phố thăm, chúc mừng lễ Sene Dolta tại vùng đồng bào Khmer
Ngày 17/9, nhân dịp lễ Sene Dolta năm 2025, đoàn công tác thành phố Cần Thơ do đồng chí Lâm Văn Phúc, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố dẫn đầu đã đến thăm, chúc mừng các chùa Phật giáo Nam tông Khmer tại phường Phú Lợi, phường Vĩnh Phước và xã Lai Hòa (trước đây thuộc tỉnh Sóc Trăng). Cùng đi có đồng chí Thạch Thị Sa Vuôl, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy, và lãnh đạo Sở Dân tộc và Tôn giáo thành phố.
Đoàn công tác tặng quà chùa Prếk Kôm. Ảnh: Sơn Trí
Tại chùa Prếk Kôm, phường Vĩnh Phước, Hòa thượng Trần Sơn, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố, trụ trì chùa, bày tỏ vui mừng vì đây là năm đầu tiên sau khi sắp xếp đơn vị hành chính, lãnh đạo thành phố Cần Thơ về thăm chùa dịp lễ. Hòa thượng cho biết các chùa trong phường đã hướng dẫn bà con tổ chức lễ tiết kiệm, tránh phô trương.
Đồng chí Lâm Văn Phúc thông tin: sau hợp nhất, thành phố Cần Thơ có khoảng 410.000 đồng bào Khmer, chiếm gần 10% dân số, cùng 112 chùa Phật giáo Nam tông Khmer với hơn 3.300 vị sư sãi. Đồng chí đề nghị sư sãi, achar tiếp tục đồng hành cùng chính quyền hai cấp, tuyên truyền bà con thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, sớm ổn định cuộc sống.
Tại chùa Bưng Tum, xã Lai Hòa, đoàn thăm hỏi Đại đức Lý Chanh Thu, trụ trì chùa, và achar Sơn Thị Ngọc Bích, Trưởng Ban Quản trị chùa. Achar Sơn Thị Ngọc Bích phản ánh tuyến đường vào chùa thường ngập khi triều cường; ông Tô Văn Khởi, Chủ tịch UBND xã Lai Hòa, cho biết xã đã đưa tuyến đường vào kế hoạch đầu tư năm 2026.
Dịp này, đoàn tặng mỗi chùa 15 triệu đồng. Theo Sở Dân tộc và Tôn giáo, thành phố dành hơn 2,4 tỷ đồng thăm, tặng quà các chùa, sư sãi, achar và 4.000 hộ nghèo, cận nghèo đồng bào Khmer nhân dịp lễ Sene Dolta, mỗi hộ được tặng quà trị giá 500.000 đồng. Bà Kim Thị Phương Thảo, Phó Giám đốc Sở Dân tộc và Tôn giáo thành phố, cho biết việc chi trả hoàn thành trước ngày 20/9.
Cũng trong ngày, đoàn do đồng chí Huỳnh Thanh Phong, Phó Chủ tịch UBND thành phố dẫn đầu đã thăm chùa Kh'Leang và chùa Mahatup (phường Sóc Trăng).
Sơn Trí
Lượt truy cập: 12.550.871
Tin liên quan
- Cần Thơ: hội nghị triển khai công tác tôn giáo sau sắp xếp đơn vị hành chính (05/09/2025)
- Sở Dân tộc và Tôn giáo thành phố ra mắt (01/07/2025)
- Phường Phú Lợi họp mặt sư sãi, achar (28/08/2025)
""", "2025-09-18", "Lãnh đạo thành phố thăm, chúc mừng lễ Sene Dolta tại vùng đồng bào Khmer",
E("trao_qua", None, "2025-09-17"),
[P("Lâm Văn Phúc", "Phó Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Thạch Thị Sa Vuôl", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Trần Sơn", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố", "trụ trì chùa"),
 P("Lý Chanh Thu", "Đại đức", "trụ trì chùa"),
 P("Sơn Thị Ngọc Bích", "achar", "Trưởng Ban Quản trị chùa"),
 P("Tô Văn Khởi", "Chủ tịch UBND xã Lai Hòa"),
 P("Kim Thị Phương Thảo", "Phó Giám đốc Sở Dân tộc và Tôn giáo thành phố"),
 P("Huỳnh Thanh Phong", "Phó Chủ tịch UBND thành phố")],
[Q("khoảng 410.000 đồng bào Khmer", 410000, "đồng bào Khmer", "approx"), Q("gần 10%", 10, "%", "approx"),
 Q("112 chùa Phật giáo Nam tông Khmer", 112, "chùa Phật giáo Nam tông Khmer"), Q("hơn 3.300 vị sư sãi", 3300, "vị sư sãi", "over"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("4.000 hộ nghèo, cận nghèo đồng bào Khmer", 4000, "hộ nghèo, cận nghèo đồng bào Khmer"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi"), com("Vĩnh Phước"), com("Lai Hòa"), com("Sóc Trăng")],
["Hôm nay: Thứ Sáu, 19/09/2025", "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức | Hoạt động lãnh đạo | Dân tộc - Tôn giáo",
 "Đoàn công tác tặng quà chùa Prếk Kôm. Ảnh: Sơn Trí", "Sene Dolta", "Sở Dân tộc và Tôn giáo", "Hội Đoàn kết sư sãi yêu nước thành phố",
 "chùa Bưng Tum", "Lượt truy cập: 12.550.871"],
["Hôm nay: Thứ Sáu, 19/09/2025", "18/09/2025 - 15:32", "Ngày 17/9", "năm 2025", "năm 2026", "ngày 20/9", "Lượt truy cập: 12.550.871"]))

PAGES.append(page("b2714-vinhlong-moi-hoinghi-chucsac-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị > Dân tộc - Tôn giáo
Thứ Sáu, 21/11/2025 - 06:30
Phát huy vai trò chức sắc, chức việc Phật giáo Nam tông Khmer sau hợp nhất tỉnh
Ngày 20/11, tại phường Trà Vinh, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp Ủy ban MTTQ Việt Nam tỉnh và Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt, thông tin thời sự cho chức sắc, chức việc Phật giáo Nam tông Khmer năm 2025. Dự hội nghị có đồng chí Nguyễn Trung Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thạch Phước Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng hơn 300 đại biểu là sư sãi, achar các chùa trên địa bàn tỉnh.
Các đại biểu dự hội nghị tại phường Trà Vinh. Ảnh: Hữu Thọ
Thông tin tại hội nghị, ông Kim Sô Phane, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết: thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội, tỉnh Vĩnh Long (mới) được hợp nhất từ các tỉnh Vĩnh Long, Bến Tre và Trà Vinh; toàn tỉnh hiện có 157 chùa Phật giáo Nam tông Khmer với khoảng 4.800 vị sư sãi, đồng bào Khmer có hơn 330.000 người. 9 tháng năm 2025, các chùa đã vận động hơn 12 tỷ đồng tham gia phong trào xóa nhà tạm, nhà dột nát, xây mới và sửa chữa 215 căn nhà cho hộ Khmer khó khăn.
Các đại biểu được nghe bà Trần Thị Ngọc Hân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin kết quả Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và quán triệt Hướng dẫn số 03-HD/BTGDVTU ngày 15/10/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác vận động đồng bào dân tộc, tôn giáo trong tình hình mới.
Phát biểu tại hội nghị, Hòa thượng Thạch Sô Vanh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị tỉnh sớm kiện toàn Hội Đoàn kết sư sãi yêu nước tỉnh sau hợp nhất; Thượng tọa Sơn Ngọc Hên, trụ trì chùa Kom Pong, xã Trà Cú, kiến nghị tiếp tục chế độ hỗ trợ hằng tháng cho sư cả như trước khi sáp nhập. Achar Thạch Rươl, chùa Ba Sát, xã Lương Hòa, mong chính quyền xã mới sớm bố trí cán bộ biết tiếng Khmer tại bộ phận một cửa.
Ghi nhận các ý kiến, đồng chí Nguyễn Trung Kiên khẳng định chính sách đối với sư sãi, achar, người có uy tín tiếp tục được thực hiện bình thường; tỉnh đang xây dựng nghị quyết thống nhất mức hỗ trợ áp dụng chung cho toàn tỉnh từ năm 2026. Đồng chí đề nghị chư tăng tiếp tục vận động đồng bào đoàn kết, thực hiện tốt Kết luận số 03-KL/TU của Ban Chấp hành Đảng bộ tỉnh.
Dịp này, Ban tổ chức tặng 157 chùa mỗi chùa 1 phần quà trị giá 3 triệu đồng.
Hữu Thọ
Lượt xem: 1.388
Tin liên quan
- Vĩnh Long: thăm, chúc mừng lễ Sene Dolta năm 2025 (19/09/2025)
- Sở Dân tộc và Tôn giáo tỉnh họp mặt người có uy tín (25/08/2025)
- Phường Trà Vinh: đối thoại với ban quản trị các chùa Khmer (12/08/2025)
""", "2025-11-21", "Phát huy vai trò chức sắc, chức việc Phật giáo Nam tông Khmer sau hợp nhất tỉnh",
E("hoi_nghi", "2025", "2025-11-20"),
[P("Nguyễn Trung Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Phước Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sô Phane", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Trần Thị Ngọc Hân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Vanh", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Sơn Ngọc Hên", "Thượng tọa", "trụ trì chùa Kom Pong"),
 P("Thạch Rươl", "Achar")],
[Q("hơn 300 đại biểu", 300, "đại biểu", "over"), Q("157 chùa Phật giáo Nam tông Khmer", 157, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 4.800 vị sư sãi", 4800, "vị sư sãi", "approx"), Q("hơn 330.000 người", 330000, "người", "over"),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("215 căn nhà", 215, "căn nhà"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-10-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU ngày 15/10/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 D("Kết luận", "03", "KL/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Kết luận số 03-KL/TU của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Trà Cú"), com("Lương Hòa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị > Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị tại phường Trà Vinh. Ảnh: Hữu Thọ",
 "Sở Dân tộc và Tôn giáo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.388"],
["Thứ Sáu, 21/11/2025 - 06:30", "năm 2025", "9 tháng năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "từ năm 2026", "1 phần quà", "Lượt xem: 1.388"]))

PAGES.append(page("b2715-angiang-moi-chol-chnam-thmay-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự / Dân tộc - Tôn giáo
Ngày đăng 10/04/2026 | 11:20
Ấm áp Tết Chôl Chnăm Thmây nơi phum sóc
Ngày 9/4, nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2026, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh An Giang do đồng chí Danh Minh Trí, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết các chùa Phật giáo Nam tông Khmer tại xã Tri Tôn, xã Ô Lâm và xã Gò Quao (trước đây thuộc tỉnh Kiên Giang).
Đồng chí Danh Minh Trí trao quà cho chùa Xvayton.
Tại chùa Xvayton, xã Tri Tôn, Hòa thượng Chau Ty, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa, cho biết: năm qua, sư sãi các chùa đã tích cực tuyên truyền bà con thích ứng với mô hình chính quyền địa phương hai cấp; nhiều chùa cho mượn sala làm điểm hướng dẫn thủ tục hành chính lưu động.
Đồng chí Danh Minh Trí thông tin: sau hợp nhất, tỉnh An Giang có 143 chùa Phật giáo Nam tông Khmer với gần 3.500 vị sư sãi; đồng bào Khmer có khoảng 72.000 hộ. Năm 2025, tỉnh đã hoàn thành xóa 1.860 căn nhà tạm, nhà dột nát cho hộ đồng bào dân tộc thiểu số; tỷ lệ hộ nghèo Khmer giảm còn 3,2%. Đồng chí chúc chư tăng, achar và đồng bào Khmer đón Tết vui tươi, an toàn; đề nghị các chùa tiếp tục thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và phát huy vai trò người có uy tín.
Tại chùa Cà Rò, xã Gò Quao, đoàn thăm hỏi Thượng tọa Danh Sóc Ly, trụ trì chùa, và achar Danh Út Nhỏ, Trưởng Ban Quản trị chùa. Achar Danh Út Nhỏ kiến nghị sửa chữa nhà học chữ Khmer xuống cấp; đồng chí Lê Quốc Tuấn, Chủ tịch UBND xã Gò Quao, cho biết xã đã đề xuất tỉnh hỗ trợ 350 triệu đồng trong năm 2026.
Tại chùa Soài So, xã Ô Lâm, Đại đức Chau Ri Ta, trụ trì chùa, cho biết nhà chùa vừa hoàn thành lớp tiếng Việt cho sư sãi mới tu và chuẩn bị lễ tắm tượng Phật theo truyền thống.\nDịp này, đoàn trao tặng mỗi chùa 10 triệu đồng. Theo Sở Dân tộc và Tôn giáo tỉnh, thực hiện Quyết định số 425/QĐ-UBND ngày 16/3/2026 của UBND tỉnh, dịp Tết Chôl Chnăm Thmây năm nay toàn tỉnh chi khoảng 3,9 tỷ đồng thăm, tặng quà 143 chùa, 520 người có uy tín và 5.000 hộ nghèo đồng bào Khmer, mỗi phần quà trị giá 500.000 đồng. Bà Néang Sà Phương, Giám đốc Sở Dân tộc và Tôn giáo tỉnh, cho biết các phần quà được trao trực tiếp tại chùa hoặc tại nhà, hoàn thành trước ngày 13/4.
Chau Sa - Thanh Tâm
Lượt xem: 2.276
Tin liên quan
- Hội Đoàn kết sư sãi yêu nước tỉnh An Giang kiện toàn sau hợp nhất (20/03/2026)
- Xã Tri Tôn: họp mặt người có uy tín nhân Tết Chôl Chnăm Thmây (05/04/2026)
- Trao 200 suất học bổng cho học sinh Khmer (28/03/2026)
- Xã Ô Lâm: sư sãi hướng dẫn bà con dùng dịch vụ công trực tuyến (18/03/2026)
""", "2026-04-10", "Ấm áp Tết Chôl Chnăm Thmây nơi phum sóc",
E("trao_qua", None, "2026-04-09"),
[P("Danh Minh Trí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Chau Ty", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa"),
 P("Danh Sóc Ly", "Thượng tọa", "trụ trì chùa"),
 P("Chau Ri Ta", "Đại đức", "trụ trì chùa"),
 P("Danh Út Nhỏ", "achar", "Trưởng Ban Quản trị chùa"),
 P("Lê Quốc Tuấn", "Chủ tịch UBND xã Gò Quao"),
 P("Néang Sà Phương", "Giám đốc Sở Dân tộc và Tôn giáo tỉnh")],
[Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("gần 3.500 vị sư sãi", 3500, "vị sư sãi", "approx"),
 Q("khoảng 72.000 hộ", 72000, "hộ", "approx"), Q("1.860 căn nhà tạm, nhà dột nát", 1860, "căn nhà tạm, nhà dột nát"), Q("3,2%", 3.2, "%"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q("520 người có uy tín", 520, "người có uy tín"), Q("5.000 hộ nghèo đồng bào Khmer", 5000, "hộ nghèo đồng bào Khmer"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "425", "QĐ-UBND", "2026-03-16", "UBND tỉnh", "Quyết định số 425/QĐ-UBND ngày 16/3/2026 của UBND tỉnh")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Ô Lâm"), com("Gò Quao")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự / Dân tộc - Tôn giáo", "Đồng chí Danh Minh Trí trao quà cho chùa Xvayton.",
 "Chôl Chnăm Thmây", "Sở Dân tộc và Tôn giáo tỉnh", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 2.276"],
["Ngày đăng 10/04/2026 | 11:20", "Ngày 9/4", "năm 2026", "Năm 2025", "ngày 13/4", "Lượt xem: 2.276"]))

PAGES.append(page("b2716-camau-moi-tongket-dantoc-tongiao-2025", """
Sở Dân tộc và Tôn giáo tỉnh Cà Mau
You are here: Trang chủ » Tin tức » Tin hoạt động
Thứ Sáu, 16/01/2026, 14:30
Toàn cảnh hội nghị.
Sở Dân tộc và Tôn giáo triển khai nhiệm vụ năm 2026
Ngày 15/1, Sở Dân tộc và Tôn giáo tỉnh Cà Mau tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Ông Triệu Quang Huy, Giám đốc Sở chủ trì; dự có đồng chí Trương Thị Bích Ngọc, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đại diện Ủy ban MTTQ Việt Nam tỉnh và chư tôn đức Phật giáo Nam tông Khmer.
Năm 2025 là năm đầu thực hiện hợp nhất tỉnh Cà Mau và tỉnh Bạc Liêu; Sở được thành lập theo Quyết định số 1050/QĐ-UBND ngày 01/7/2025 của UBND tỉnh trên cơ sở Ban Dân tộc và các đơn vị liên quan. Theo báo cáo, toàn tỉnh hiện có 61 chùa Phật giáo Nam tông Khmer với 1.180 vị sư sãi; đồng bào Khmer có hơn 20.400 hộ. Trong năm, Sở đã phối hợp các địa phương thăm, tặng quà các chùa dịp Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok với tổng kinh phí gần 2,9 tỷ đồng; chi trả chế độ cho 61 vị sư cả, 183 achar theo Nghị quyết số 08/2021/NQ-HĐND và chính sách người có uy tín theo Quyết định số 12/2018/QĐ-TTg.
Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 198/KH-UBND ngày 20/8/2025 thực hiện Nghị định số 95/2023/NĐ-CP sau sắp xếp đơn vị hành chính; tổ chức 6 lớp bồi dưỡng cho 480 sư sãi, achar và cán bộ làm công tác tôn giáo cấp xã. Ngành cũng phối hợp giải quyết 14 hồ sơ đất đai liên quan cơ sở tôn giáo, đạt 82%.
Phát biểu, Thượng tọa Thạch Sà Rinh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Bào Sen, xã Khánh Bình, đề nghị sớm ban hành mức hỗ trợ thống nhất cho sư cả của hai tỉnh cũ. Đại đức Huỳnh Sóc Phi Lên, trụ trì chùa Xiêm Cán, phường Vĩnh Trạch, kiến nghị đầu tư kè chống sạt lở khuôn viên chùa.
Đồng chí Trương Thị Bích Ngọc ghi nhận kết quả của Sở trong năm đầu hoạt động; đề nghị năm 2026 tiếp tục tham mưu thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và công tác tôn giáo; chú trọng nắm tình hình sư sãi trẻ, đấu tranh với các luận điệu xuyên tạc về chính sách dân tộc, tôn giáo.
Kết luận hội nghị, ông Triệu Quang Huy giao các phòng chuyên môn chuẩn bị chu đáo việc thăm, chúc Tết Chôl Chnăm Thmây năm 2026; phấn đấu 100% chùa được hỗ trợ trước Tết.
Dịp này, Sở tặng giấy khen cho 8 tập thể, 15 cá nhân.
Bảo Trân
Lượt xem: 318
Tin khác
- Cà Mau: họp mặt chức sắc các tôn giáo mừng Xuân Bính Ngọ 2026 (12/01/2026)
- Thăm chùa Khmer nhân lễ Ok Om Bok năm 2025 (04/11/2025)
- Sở Dân tộc và Tôn giáo ra mắt (01/07/2025)
- Phường Vĩnh Trạch: đối thoại với sư sãi, achar (20/10/2025)
""", "2026-01-16", "Sở Dân tộc và Tôn giáo triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Triệu Quang Huy", "Giám đốc Sở"),
 P("Trương Thị Bích Ngọc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sà Rinh", "Thượng tọa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Bào Sen"),
 P("Huỳnh Sóc Phi Lên", "Đại đức", "trụ trì chùa Xiêm Cán")],
[Q("61 chùa Phật giáo Nam tông Khmer", 61, "chùa Phật giáo Nam tông Khmer"), Q("1.180 vị sư sãi", 1180, "vị sư sãi"),
 Q("hơn 20.400 hộ", 20400, "hộ", "over"), Q("gần 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("61 vị sư cả", 61, "vị sư cả"),
 Q("183 achar", 183, "achar"), Q("6 lớp bồi dưỡng", 6, "lớp bồi dưỡng"), Q("480 sư sãi, achar và cán bộ", 480, "sư sãi, achar và cán bộ"),
 Q("14 hồ sơ đất đai", 14, "hồ sơ đất đai"), Q("82%", 82, "%"), Q("100%", 100, "%"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "1050", "QĐ-UBND", "2025-07-01", "UBND tỉnh", "Quyết định số 1050/QĐ-UBND ngày 01/7/2025 của UBND tỉnh"),
 D("Nghị quyết", "08", "2021/NQ-HĐND", None, None, "Nghị quyết số 08/2021/NQ-HĐND"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "198", "KH-UBND", "2025-08-20", "UBND tỉnh", "Kế hoạch số 198/KH-UBND ngày 20/8/2025"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Khánh Bình"), com("Vĩnh Trạch")],
["Sở Dân tộc và Tôn giáo tỉnh Cà Mau", "You are here: Trang chủ » Tin tức » Tin hoạt động", "Toàn cảnh hội nghị.",
 "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 318"],
["Thứ Sáu, 16/01/2026, 14:30", "Ngày 15/1", "năm 2025", "năm 2026", "Năm 2025", "Lượt xem: 318"]))
