from lib import *
PAGES = []

PAGES.append(page("b7073-gialai-hoithi-tuyentruyenvien-dv-2023", """
BÁO GIA LAI ĐIỆN TỬ
Thứ Sáu, 27/10/2023, 07:30
Chính trị > Dân vận
Sôi nổi hội thi tuyên truyền viên giỏi về công tác dân vận
(GLO)- Ngày 26-10, Ban Dân vận Tỉnh ủy Gia Lai tổ chức vòng chung kết Hội thi Tuyên truyền viên giỏi về công tác dân vận năm 2023. Hội thi thu hút 17 đội đến từ các huyện, thị xã, thành phố và khối các cơ quan tỉnh, với 68 thí sinh; khoảng 40% thí sinh là người dân tộc thiểu số.
Đội Chư Păh với phần thi tiểu phẩm bằng tiếng Jrai. Ảnh: Hồng Thi
Tham dự có ông Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; bà Nguyễn Thị Thanh Lịch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy, Trưởng ban tổ chức hội thi. Ban giám khảo gồm các đồng chí Phó Trưởng ban Dân vận Tỉnh ủy: Ksor H'Bơ Khăp, Nguyễn Văn Tuấn cùng đại diện Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai.
Hội thi nhằm tuyên truyền Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận, Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị 10-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số. Các đội tranh tài ở phần chào hỏi, thuyết trình và tiểu phẩm.
Nhiều tiết mục mang đậm bản sắc Tây Nguyên. Đội huyện Chư Păh dựng tiểu phẩm bằng tiếng Jrai về già làng Rơ Mah Blơn, làng Kép, xã Ia Ka, người đã vận động 23 hộ trong làng bỏ nghe theo "Tin lành Đê Ga". Đội thị xã An Khê có thí sinh Đinh Thị Hlen, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Cửu An, kể chuyện phụ nữ Bahnar góp vốn nuôi bò. Đội huyện Kbang mang đến điệu xoang cùng lời hát về mô hình "Làng không có người vi phạm pháp luật".
Phát biểu, bà Nguyễn Thị Thanh Lịch cho biết năm nay đã có 220 xã, phường, thị trấn tổ chức hội thi ở cấp cơ sở với gần 3.500 thí sinh tham gia; qua đó phát hiện nhiều tuyên truyền viên nói được tiếng dân tộc. Từ năm 2021 đến nay, toàn tỉnh đã xây dựng 1.246 mô hình "Dân vận khéo", trong đó 112 mô hình cấp tỉnh.
Kết quả, Ban tổ chức trao 1 giải Nhất cho đội huyện Chư Păh, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích; 3 giải phụ cho thí sinh có phần thuyết trình hay nhất, tiểu phẩm ấn tượng nhất và đội có nhiều thí sinh trẻ nhất. Giải Nhất trị giá 10 triệu đồng, mỗi giải phụ 2 triệu đồng.
Theo ông Rah Lan Chung, các thí sinh tiêu biểu sẽ được bổ sung vào đội ngũ báo cáo viên, tuyên truyền viên của Ban Dân vận các cấp, trực tiếp về làng giải thích chủ trương cho bà con bằng tiếng mẹ đẻ. Ông cũng đề nghị Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai mở chuyên mục giới thiệu các tuyên truyền viên giỏi.
Hồng Thi
Tin cùng chuyên mục
- Chư Prông: hội thi tuyên truyền viên giỏi cấp huyện (12/10/2023)
- Gia Lai: 20 năm thực hiện Quy chế dân vận (28/09/2023)
- Gặp mặt người có uy tín tiêu biểu năm 2023 (15/09/2023)
""", "2023-10-27", "Sôi nổi hội thi tuyên truyền viên giỏi về công tác dân vận",
E("khac", None, "2023-10-26"),
[P("Rah Lan Chung", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Thanh Lịch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy", "Trưởng ban tổ chức hội thi"),
 P("Ksor H'Bơ Khăp", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tuấn", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Blơn", "già làng"),
 P("Đinh Thị Hlen", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Cửu An")],
[Q("17 đội", 17, "đội"), Q("68 thí sinh", 68, "thí sinh"), Q("khoảng 40%", 40, "%", "approx"), Q("23 hộ", 23, "hộ"),
 Q("220 xã, phường, thị trấn", 220, "xã, phường, thị trấn"), Q("gần 3.500 thí sinh", 3500, "thí sinh", "approx"),
 Q("1.246 mô hình", 1246, "mô hình"), Q("112 mô hình cấp tỉnh", 112, "mô hình cấp tỉnh"), Q("1 giải Nhất", 1, "giải Nhất"),
 Q("2 giải Nhì", 2, "giải Nhì"), Q("3 giải Ba", 3, "giải Ba"), Q("5 giải Khuyến khích", 5, "giải Khuyến khích"),
 Q("3 giải phụ", 3, "giải phụ"), Q("10 triệu đồng", 10000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10-CT/TU")],
[prov("Gia Lai"), com("Ia Ka"), com("Cửu An")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị > Dân vận", "(GLO)", "Đội Chư Păh với phần thi tiểu phẩm bằng tiếng Jrai. Ảnh: Hồng Thi",
 "Tin lành Đê Ga", "Làng không có người vi phạm pháp luật", "Dân vận khéo", "Nghị quyết Trung ương 7 khóa XI"],
["Thứ Sáu, 27/10/2023, 07:30", "năm 2023", "khóa XI", "Từ năm 2021"]))

PAGES.append(page("b7074-soctrang-tongket-giaibaochi-xdd-2023", """
Báo Sóc Trăng Online
12/01/2024 | 15:20 GMT+7
Trang chủ › Xây dựng Đảng
Ảnh: Quang cảnh buổi lễ tổng kết.
Tổng kết và trao Giải báo chí về xây dựng Đảng năm 2023
Sáng 11/1/2024, Ban Tuyên giáo Tỉnh ủy Sóc Trăng tổ chức lễ tổng kết và trao Giải báo chí về xây dựng Đảng và hệ thống chính trị tỉnh Sóc Trăng năm 2023. Dự có đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy; đồng chí Hồ Thị Cẩm Đào, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lý Thị Sa Quênh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.
Theo báo cáo tổng kết, thực hiện Kế hoạch số 204-KH/BTGTU ngày 3/3/2023 của Ban Tuyên giáo Tỉnh ủy, sau 8 tháng phát động, Ban tổ chức nhận được 136 tác phẩm của 61 tác giả, nhóm tác giả thuộc 9 cơ quan báo chí; trong đó có 27 tác phẩm bằng tiếng Khmer. Nhiều tác phẩm phản ánh việc thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên, Kết luận 21-KL/TW và Chỉ thị 05-CT/TW của Bộ Chính trị; công tác bảo vệ nền tảng tư tưởng của Đảng theo Nghị quyết 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.
Hội đồng chung khảo đã chọn 23 tác phẩm đoạt giải, gồm: 2 giải A, 4 giải B, 6 giải C, 8 giải khuyến khích và 3 giải dành cho tác phẩm tiếng Khmer. Cơ cấu giải thưởng: giải A 12 triệu đồng, giải B 8 triệu đồng, giải C 5 triệu đồng; tổng kinh phí gần 150 triệu đồng.
Hai giải A thuộc về loạt bài "Đảng viên người Khmer giữ lửa ở phum sóc" của nhóm tác giả Báo Sóc Trăng và phóng sự truyền hình "Chi bộ trong chùa" của tác giả Thạch Sô Phanh, biên tập viên Chương trình tiếng Khmer Đài Phát thanh và Truyền hình Sóc Trăng. Phóng sự kể về chi bộ ấp Prey Chóp, xã Thạnh Phú, nơi 14 đảng viên phối hợp với Ban quản trị chùa vận động bà con giữ gìn an ninh trật tự. Ông Danh Sa Rươne, Bí thư Chi bộ ấp Prey Chóp, có mặt tại buổi lễ, xúc động cho biết sau khi phóng sự phát sóng, chi bộ đã kết nạp thêm 3 đảng viên mới.
Một giải B thuộc về tác giả Trương Minh Khoa, phóng viên Văn phòng thường trú Báo Nhân Dân tại Sóc Trăng, với loạt bài về các tổ tuyên truyền viên ở phường 5, thành phố Sóc Trăng.
Phát biểu chỉ đạo, đồng chí Lâm Văn Mẫn đánh giá giải năm 2023 có chất lượng cao hơn năm trước, nhiều tác phẩm có tính phát hiện. Đồng chí đề nghị các cơ quan báo chí tiếp tục tham gia Giải Búa liềm vàng toàn quốc; năm 2023 tỉnh có 1 tác phẩm đoạt giải C Giải Búa liềm vàng lần thứ VIII. Ban Tuyên giáo Tỉnh ủy cần sớm phát động giải năm 2024, mở rộng cho tác giả là tuyên truyền viên cơ sở, với mức thưởng tăng khoảng 20%.
Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 5 tập thể có nhiều tác phẩm dự thi.
Minh Thư
Các tin khác
- Sóc Trăng: 92 tác phẩm tham dự Giải Búa liềm vàng cấp tỉnh (05/09/2023)
- Giao ban báo chí quý IV năm 2023 (27/12/2023)
- Hội thi tuyên truyền viên giỏi tiếng Khmer (10/11/2023)
""", "2024-01-12", "Tổng kết và trao Giải báo chí về xây dựng Đảng năm 2023",
E("tong_ket", "2023", "2024-01-11"),
[P("Lâm Văn Mẫn", "Bí thư Tỉnh ủy"),
 P("Hồ Thị Cẩm Đào", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lý Thị Sa Quênh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Thạch Sô Phanh", "biên tập viên Chương trình tiếng Khmer Đài Phát thanh và Truyền hình Sóc Trăng"),
 P("Danh Sa Rươne", "Bí thư Chi bộ ấp Prey Chóp"),
 P("Trương Minh Khoa", "phóng viên Văn phòng thường trú Báo Nhân Dân tại Sóc Trăng")],
[Q("136 tác phẩm", 136, "tác phẩm"), Q("61 tác giả", 61, "tác giả"), Q("9 cơ quan báo chí", 9, "cơ quan báo chí"),
 Q("27 tác phẩm", 27, "tác phẩm"), Q("23 tác phẩm", 23, "tác phẩm"), Q("2 giải A", 2, "giải A"), Q("4 giải B", 4, "giải B"),
 Q("6 giải C", 6, "giải C"), Q("8 giải khuyến khích", 8, "giải khuyến khích"), Q("3 giải", 3, "giải"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("gần 150 triệu đồng", 150000000, "đồng", "approx"), Q("14 đảng viên", 14, "đảng viên"), Q("3 đảng viên mới", 3, "đảng viên mới"),
 Q("1 tác phẩm", 1, "tác phẩm"), Q("khoảng 20%", 20, "%", "approx"), Q("5 tập thể", 5, "tập thể")],
[D("Kế hoạch", "204", "KH/BTGTU", "2023-03-03", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 204-KH/BTGTU ngày 3/3/2023"),
 D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Kết luận", "21", "KL/TW", None, None, "Kết luận 21-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết 35-NQ/TW ngày 22/10/2018")],
[prov("Sóc Trăng"), com("Thạnh Phú"), com("phường 5")],
["Báo Sóc Trăng Online", "Trang chủ › Xây dựng Đảng", "Ảnh: Quang cảnh buổi lễ tổng kết.", "Đảng viên người Khmer giữ lửa ở phum sóc",
 "Chi bộ trong chùa", "Giải Búa liềm vàng", "Báo Nhân Dân"],
["12/01/2024 | 15:20 GMT+7", "năm 2023", "8 tháng", "lần thứ VIII", "năm 2024", "phường 5"]))

PAGES.append(page("b7075-quangtri-daihoi-hoinhabao-2024", """
QUẢNG TRỊ ONLINE
Chính trị - Xã hội
Thứ Sáu, 21/06/2024 - 16:40
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội đại biểu Hội Nhà báo tỉnh Quảng Trị lần thứ VIII, nhiệm kỳ 2024 - 2029
QTO - Trong hai ngày 20 và 21/6, Hội Nhà báo tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2024 - 2029. Về dự có đồng chí Nguyễn Đức Lợi, Phó Chủ tịch Thường trực Hội Nhà báo Việt Nam; đồng chí Nguyễn Long Hải, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; cùng 127 đại biểu đại diện cho hơn 300 hội viên của 16 chi hội trực thuộc.
Nhiệm kỳ 2019 - 2024, Hội đã kết nạp 48 hội viên mới; phối hợp tổ chức thường niên Giải báo chí tỉnh Quảng Trị và Giải báo chí về công tác dân vận, với tổng cộng trên 1.000 tác phẩm dự thi. Hội viên của Hội đoạt 2 giải Búa liềm vàng, 1 giải Báo chí quốc gia và 14 giải báo chí toàn quốc chuyên đề. Hội đã phối hợp với Ban Dân vận Tỉnh ủy tổ chức 3 lớp bồi dưỡng nghiệp vụ cho gần 200 cộng tác viên, tuyên truyền viên cơ sở, trong đó có đồng bào Vân Kiều, Pa Kô ở 2 huyện Hướng Hóa, Đakrông.
Báo cáo chính trị do nhà báo Lê Đức Dục, Chủ tịch Hội Nhà báo tỉnh nhiệm kỳ 2019 - 2024 trình bày cũng thẳng thắn chỉ ra hạn chế: một số chi hội sinh hoạt chưa đều; việc thu hội phí và quỹ hội mới đạt khoảng 85% kế hoạch; tác phẩm về đề tài miền núi, biên giới còn ít.
Thực hiện Quy định số 1091-QĐ/TU ngày 10/4/2024 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ và Hướng dẫn số 09-HD/HNBVN của Hội Nhà báo Việt Nam, Đại hội đã bầu Ban Chấp hành khóa VIII gồm 15 ủy viên. Tại phiên họp thứ nhất, nhà báo Hoàng Thị Thu Hiền, Phó Tổng Biên tập Báo Quảng Trị, được tín nhiệm bầu giữ chức Chủ tịch Hội Nhà báo tỉnh khóa VIII; các nhà báo Hồ Văn Xoan, Trần Minh Tuấn được bầu làm Phó Chủ tịch Hội.
Phát biểu chỉ đạo, đồng chí Nguyễn Long Hải đề nghị Hội tiếp tục thực hiện tốt Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ, đồng thời chú trọng đổi mới Giải báo chí tỉnh để có nhiều tác phẩm chất lượng cao. Đồng chí Nguyễn Đức Lợi trao Kỷ niệm chương "Vì sự nghiệp báo chí Việt Nam" cho 12 hội viên.
Nhân dịp này, Ban tổ chức trao Giải báo chí tỉnh Quảng Trị năm 2023 cho 26 tác phẩm, trong đó có 1 giải đặc biệt trị giá 15 triệu đồng thuộc về loạt bài "Người Vân Kiều ở xã Hướng Phùng giữ rừng" của tác giả Hồ Thị Bảo, phóng viên Đài Phát thanh - Truyền hình Quảng Trị.
Đại hội đã thông qua Nghị quyết với mục tiêu đến cuối nhiệm kỳ, 100% chi hội hoạt động hiệu quả, phát triển thêm ít nhất 40 hội viên mới.
Thanh Hải - Trúc Ly
Tin liên quan
- Gặp mặt 99 năm Ngày Báo chí cách mạng Việt Nam (19/06/2024)
- Chi hội Nhà báo Báo Quảng Trị tổ chức đại hội (15/05/2024)
- Trao Giải báo chí về công tác dân vận năm 2023 (08/01/2024)
""", "2024-06-21", "Đại hội đại biểu Hội Nhà báo tỉnh Quảng Trị lần thứ VIII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-20"),
[P("Nguyễn Đức Lợi", "Phó Chủ tịch Thường trực Hội Nhà báo Việt Nam"),
 P("Nguyễn Long Hải", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Lê Đức Dục", "Chủ tịch Hội Nhà báo tỉnh nhiệm kỳ 2019 - 2024"),
 P("Hoàng Thị Thu Hiền", "Phó Tổng Biên tập Báo Quảng Trị", "Chủ tịch Hội Nhà báo tỉnh khóa VIII"),
 P("Hồ Văn Xoan", "Phó Chủ tịch Hội"),
 P("Trần Minh Tuấn", "Phó Chủ tịch Hội"),
 P("Hồ Thị Bảo", "phóng viên Đài Phát thanh - Truyền hình Quảng Trị")],
[Q("127 đại biểu", 127, "đại biểu"), Q("hơn 300 hội viên", 300, "hội viên", "over"), Q("16 chi hội", 16, "chi hội"),
 Q("48 hội viên mới", 48, "hội viên mới"), Q("trên 1.000 tác phẩm", 1000, "tác phẩm", "over"), Q("2 giải Búa liềm vàng", 2, "giải Búa liềm vàng"),
 Q("1 giải Báo chí quốc gia", 1, "giải Báo chí quốc gia"), Q("14 giải báo chí toàn quốc chuyên đề", 14, "giải báo chí toàn quốc chuyên đề"),
 Q("3 lớp", 3, "lớp"), Q("gần 200 cộng tác viên, tuyên truyền viên", 200, "cộng tác viên, tuyên truyền viên", "approx"),
 Q("2 huyện", 2, "huyện"), Q("khoảng 85%", 85, "%", "approx"), Q("15 ủy viên", 15, "ủy viên"), Q("12 hội viên", 12, "hội viên"),
 Q("26 tác phẩm", 26, "tác phẩm"), Q("1 giải đặc biệt", 1, "giải đặc biệt"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("100%", 100, "%"), Q("ít nhất 40 hội viên mới", 40, "hội viên mới", "over")],
[D("Quy định", "1091", "QĐ/TU", "2024-04-10", "Ban Thường vụ Tỉnh ủy", "Quy định số 1091-QĐ/TU ngày 10/4/2024"),
 D("Hướng dẫn", "09", "HD/HNBVN", None, "Hội Nhà báo Việt Nam", "Hướng dẫn số 09-HD/HNBVN"),
 D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["QUẢNG TRỊ ONLINE", "Chính trị - Xã hội", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "QTO",
 "Vì sự nghiệp báo chí Việt Nam", "Người Vân Kiều ở xã Hướng Phùng giữ rừng", "Giải báo chí tỉnh Quảng Trị"],
["Thứ Sáu, 21/06/2024 - 16:40", "lần thứ VIII", "2024 - 2029", "2019 - 2024", "khóa VIII", "phiên họp thứ nhất", "năm 2023"]))

PAGES.append(page("b7076-bacgiang-giamsat-baobacgiang-2024", """
BÁO BẮC GIANG
Thứ Tư, 18/9/2024 | 10:03
Tin tức > Xây dựng Đảng
Giám sát việc tổ chức giải báo chí và hội thi tuyên truyền viên tại Báo Bắc Giang
BBG - Ngày 17/9, Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Lê Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy làm Trưởng đoàn, giám sát Đảng ủy Báo Bắc Giang về việc lãnh đạo, tổ chức Giải báo chí về xây dựng Đảng của tỉnh và tham gia Hội thi tuyên truyền viên giỏi giai đoạn 2021 - 2024.
Cùng dự có đồng chí Ngô Xuân Thái, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng đoàn; đồng chí Nguyễn Thị Lan Hương, Bí thư Đảng ủy, Tổng Biên tập Báo Bắc Giang.
Cuộc giám sát được thực hiện theo Quyết định số 1245-QĐ/TU ngày 26/8/2024 của Ban Thường vụ Tỉnh ủy và Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.
Theo báo cáo của Đảng ủy Báo Bắc Giang, từ năm 2021 đến nay, Báo là cơ quan thường trực của Giải báo chí về xây dựng Đảng tỉnh Bắc Giang; qua 3 đợt, giải đã nhận 418 tác phẩm, trao 72 giải với tổng giá trị hơn 390 triệu đồng. Phóng viên của Báo đoạt 1 giải B, 2 giải C Giải Búa liềm vàng toàn quốc. Đảng bộ Báo có 4 chi bộ với 58 đảng viên; 100% đảng viên là phóng viên, biên tập viên đã tham gia viết bài về xây dựng Đảng. Báo cũng cử 6 phóng viên làm giám khảo các hội thi tuyên truyền viên giỏi cấp huyện.
Báo cáo thừa nhận việc quản lý nguồn kinh phí tài trợ của giải có lúc còn chậm quyết toán; một số tác phẩm đoạt giải ở cấp tỉnh chưa có tính phát hiện. Đồng chí Dương Văn Hòa, Phó Bí thư Đảng ủy, Phó Tổng Biên tập Báo Bắc Giang giải trình: năm 2023, kinh phí tài trợ khoảng 120 triệu đồng đã được quyết toán đầy đủ vào quý I năm 2024.
Các thành viên Đoàn giám sát đề nghị Đảng ủy Báo làm rõ quy trình chấm giải, việc công khai kết quả, cơ chế tránh trường hợp một tác phẩm dự nhiều giải cùng lúc. Đồng chí Hoàng Văn Thắng, Trưởng phòng Lý luận chính trị - Lịch sử Đảng Ban Tuyên giáo Tỉnh ủy, thành viên Đoàn giám sát, lưu ý cần hoàn thiện quy chế giải theo Quyết định số 362/QĐ-TTg ngày 3/4/2019 của Thủ tướng Chính phủ.
Kết luận buổi giám sát, đồng chí Lê Thị Thu Hồng ghi nhận Đảng ủy Báo đã lãnh đạo tổ chức giải bài bản, góp phần nâng chất lượng tin, bài về xây dựng Đảng. Đồng chí đề nghị Báo sửa đổi quy chế giải trước ngày 30/10/2024, tăng cơ cấu giải cho tác phẩm của phóng viên trẻ và tuyên truyền viên cơ sở ở các xã như Tân Sơn, Đồng Việt, phấn đấu năm 2025 có ít nhất 150 tác phẩm dự thi.
Ngọc Thúy
Tin cùng chuyên mục
- Kiểm tra công tác tuyên giáo tại Huyện ủy Lục Ngạn (10/09/2024)
- Bắc Giang: 9 tác phẩm vào chung khảo Giải Búa liềm vàng (30/08/2024)
- Hội thi tuyên truyền viên giỏi huyện Yên Dũng (22/08/2024)
""", "2024-09-18", "Giám sát việc tổ chức giải báo chí và hội thi tuyên truyền viên tại Báo Bắc Giang",
E("giam_sat", None, "2024-09-17"),
[P("Lê Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng đoàn"),
 P("Ngô Xuân Thái", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng đoàn"),
 P("Nguyễn Thị Lan Hương", "Bí thư Đảng ủy", "Tổng Biên tập Báo Bắc Giang"),
 P("Dương Văn Hòa", "Phó Bí thư Đảng ủy", "Phó Tổng Biên tập Báo Bắc Giang"),
 P("Hoàng Văn Thắng", "Trưởng phòng Lý luận chính trị - Lịch sử Đảng Ban Tuyên giáo Tỉnh ủy", "thành viên Đoàn giám sát")],
[Q("3 đợt", 3, "đợt"), Q("418 tác phẩm", 418, "tác phẩm"), Q("72 giải", 72, "giải"), Q("hơn 390 triệu đồng", 390000000, "đồng", "over"),
 Q("1 giải B", 1, "giải B"), Q("2 giải C", 2, "giải C"), Q("4 chi bộ", 4, "chi bộ"), Q("58 đảng viên", 58, "đảng viên"), Q("100%", 100, "%"),
 Q("6 phóng viên", 6, "phóng viên"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"),
 Q("ít nhất 150 tác phẩm", 150, "tác phẩm", "over")],
[D("Quyết định", "1245", "QĐ/TU", "2024-08-26", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1245-QĐ/TU ngày 26/8/2024"),
 D("Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW ngày 28/7/2021"),
 D("Quyết định", "362", "QĐ-TTg", "2019-04-03", "Thủ tướng Chính phủ", "Quyết định số 362/QĐ-TTg ngày 3/4/2019")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Đồng Việt")],
["BÁO BẮC GIANG", "Tin tức > Xây dựng Đảng", "BBG", "Đoàn giám sát số 3", "Giải Búa liềm vàng"],
["Thứ Tư, 18/9/2024 | 10:03", "số 3", "2021 - 2024", "từ năm 2021", "năm 2023", "quý I năm 2024", "năm 2025"]))

PAGES.append(page("b7077-hatinh-hoithi-tuyentruyenvien-2025", """
Báo Hà Tĩnh điện tử
11/04/2025 14:05
Xây dựng Đảng | Tin tức
Hương Khê giành giải Nhất hội thi tuyên truyền viên giỏi tỉnh Hà Tĩnh năm 2025
(Baohatinh.vn) - Chiều 10/4, Ban Tuyên giáo Tỉnh ủy bế mạc, trao giải Hội thi tuyên truyền viên giỏi năm 2025 với chủ đề "Vững bước vào kỷ nguyên vươn mình của dân tộc". Đội Đảng bộ huyện Hương Khê xuất sắc giành giải Nhất.
Hội thi diễn ra trong 2 ngày (9 - 10/4), quy tụ 15 đội với 75 thí sinh đến từ các đảng bộ huyện, thị xã, thành phố và đảng bộ trực thuộc. Nội dung tập trung tuyên truyền Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp và Kế hoạch số 312-KH/TU của Ban Thường vụ Tỉnh ủy.
Ban giám khảo do đồng chí Nguyễn Thị Nữ Ái, Phó Trưởng Ban Tuyên giáo Tỉnh ủy làm Trưởng ban. Các đội tranh tài ở phần thi chào hỏi, kiến thức và thuyết trình. Nhiều bài thuyết trình lấy số liệu từ thực tiễn: thí sinh Trần Thị Hương Giang, Phó Bí thư Đoàn xã Hương Trà (Hương Khê), dẫn việc xã vận động 96 hộ hiến hơn 5.400 m2 đất làm đường liên thôn; thí sinh Phan Văn Lực, báo cáo viên Thị ủy Kỳ Anh, kể chuyện tổ công nghệ số cộng đồng ở phường Kỳ Trinh giúp gần 80% người dân cài đặt ứng dụng định danh điện tử.
Kết quả, giải Nhất thuộc về đội Hương Khê; giải Nhì thuộc về đội Can Lộc và đội Đảng bộ Khối các cơ quan tỉnh; 3 giải Ba và 5 giải Khuyến khích trao cho các đội còn lại. Ban tổ chức cũng trao 4 giải cá nhân: thí sinh có phần thuyết trình hay nhất, thí sinh trẻ nhất, thí sinh có phần trả lời kiến thức xuất sắc và thí sinh được khán giả yêu thích nhất. Tổng giá trị giải thưởng khoảng 60 triệu đồng.
Phát biểu bế mạc, đồng chí Trần Thế Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh: trong bối cảnh tỉnh sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện, đội ngũ tuyên truyền viên càng phải nắm chắc chủ trương để giải thích cho nhân dân đồng thuận. Hiện toàn tỉnh có 6.128 tuyên truyền viên và 412 báo cáo viên các cấp.
Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 3 tập thể có thành tích tổ chức hội thi cấp cơ sở. Ông Lê Văn Cảnh, Bí thư Chi bộ thôn Trung Hà, xã Hương Trà, cho biết: "Xem các cháu thi, tôi về sẽ học cách nói ngắn, dễ hiểu khi sinh hoạt chi bộ".
Thu Phương
Tin liên quan
- Hà Tĩnh: 238 tuyên truyền viên được tập huấn kỹ năng (25/03/2025)
- Khai mạc hội thi tuyên truyền viên giỏi năm 2025 (09/04/2025)
- Hội nghị báo cáo viên tháng 3/2025 (20/03/2025)
""", "2025-04-11", "Hương Khê giành giải Nhất hội thi tuyên truyền viên giỏi tỉnh Hà Tĩnh năm 2025",
E("khac", None, "2025-04-09"),
[P("Nguyễn Thị Nữ Ái", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng ban"),
 P("Trần Thị Hương Giang", "Phó Bí thư Đoàn xã Hương Trà"),
 P("Phan Văn Lực", "báo cáo viên Thị ủy Kỳ Anh"),
 P("Trần Thế Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lê Văn Cảnh", "Bí thư Chi bộ thôn Trung Hà")],
[Q("15 đội", 15, "đội"), Q("75 thí sinh", 75, "thí sinh"), Q("96 hộ", 96, "hộ"), Q("hơn 5.400 m2", 5400, "m2", "over"),
 Q("gần 80%", 80, "%", "approx"), Q("3 giải Ba", 3, "giải Ba"), Q("5 giải Khuyến khích", 5, "giải Khuyến khích"),
 Q("4 giải cá nhân", 4, "giải cá nhân"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("6.128 tuyên truyền viên", 6128, "tuyên truyền viên"), Q("412 báo cáo viên", 412, "báo cáo viên"), Q("3 tập thể", 3, "tập thể")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Chỉ thị", "35", "CT/TW", None, None, "Chỉ thị 35-CT/TW"),
 D("Kế hoạch", "312", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 312-KH/TU")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Kỳ Trinh")],
["Báo Hà Tĩnh điện tử", "Xây dựng Đảng | Tin tức", "(Baohatinh.vn)", "Vững bước vào kỷ nguyên vươn mình của dân tộc"],
["11/04/2025 14:05", "năm 2025", "2 ngày", "9 - 10/4"]))

PAGES.append(page("b7078-danang-tongket-giaibaochi-2024", """
BÁO ĐÀ NẴNG
20/6/2025 11:22
Chính trị › Thời sự
Toàn cảnh lễ trao giải. Ảnh: Phan Chung
Tổng kết, trao Giải Báo chí thành phố Đà Nẵng năm 2024
Tối 19-6, Hội Nhà báo thành phố phối hợp với Ban Tuyên giáo Thành ủy tổ chức lễ tổng kết, trao Giải Báo chí thành phố Đà Nẵng năm 2024 và gặp mặt kỷ niệm 100 năm Ngày Báo chí cách mạng Việt Nam (21-6-1925 - 21-6-2025). Tham dự có đồng chí Nguyễn Đình Vĩnh, Phó Bí thư Thành ủy; đồng chí Đoàn Ngọc Hùng Anh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy.
Giải năm 2024 nhận 287 tác phẩm của gần 160 tác giả, nhóm tác giả thuộc 21 cơ quan báo chí địa phương và văn phòng đại diện, phóng viên thường trú. Ngoài các hạng mục truyền thống, giải có 2 hạng mục mới: tác phẩm về công tác dân vận và tác phẩm của tuyên truyền viên, cộng tác viên cơ sở. Theo nhà báo Trương Công Định, Chủ tịch Hội Nhà báo thành phố, Trưởng Ban tổ chức, chất lượng tác phẩm nâng lên rõ rệt, nhiều tác phẩm đa phương tiện, ứng dụng dữ liệu lớn.
Ban tổ chức trao 40 giải, gồm 4 giải A, 8 giải B, 12 giải C và 16 giải khuyến khích. Mỗi giải A được thưởng 20 triệu đồng; tổng giá trị giải thưởng hơn 400 triệu đồng, trong đó ngân sách thành phố cấp 300 triệu đồng theo Quyết định 1876/QĐ-UBND ngày 12/8/2024 của UBND thành phố.
Giải A hạng mục dân vận thuộc về loạt bài "Tổ dân phố - cánh tay nối dài" của tác giả Lê Thị Thu Trang, phóng viên Báo Đà Nẵng, phản ánh hoạt động của 48 tổ dân phố ở phường Hòa Minh trong thực hiện Luật Thực hiện dân chủ ở cơ sở. Ở hạng mục cơ sở, ông Hồ Văn Tám, tuyên truyền viên thôn Phú Túc, xã Hòa Phong, đoạt giải B với phóng sự ảnh về người dân hiến đất làm đường.
Phát biểu, đồng chí Nguyễn Đình Vĩnh nhấn mạnh báo chí thành phố cần tuyên truyền sâu rộng Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII, Kết luận 137-KL/TW của Bộ Chính trị, Ban Bí thư và chủ trương sắp xếp, hợp nhất thành phố Đà Nẵng với tỉnh Quảng Nam, bảo đảm người dân hiểu, đồng thuận. Từ ngày 1/7/2025, chính quyền địa phương hai cấp chính thức vận hành.
Dịp này, Hội Nhà báo Việt Nam trao Kỷ niệm chương "Vì sự nghiệp báo chí Việt Nam" cho 17 hội viên; Ủy ban nhân dân thành phố tặng bằng khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc trong hoạt động báo chí giai đoạn 2020 - 2025. Giải Báo chí năm 2025 sẽ được tổ chức chung cho thành phố Đà Nẵng mới.
Hoàng Hiệp
Xem thêm
- Gặp mặt các cơ quan báo chí nhân 100 năm Ngày Báo chí cách mạng (18/6/2025)
- Đà Nẵng: 35 tác phẩm vào chung khảo giải báo chí năm 2024 (30/5/2025)
- Hội thi tuyên truyền viên giỏi quận Liên Chiểu (22/5/2025)
""", "2025-06-20", "Tổng kết, trao Giải Báo chí thành phố Đà Nẵng năm 2024",
E("tong_ket", "2024", "2025-06-19"),
[P("Nguyễn Đình Vĩnh", "Phó Bí thư Thành ủy"),
 P("Đoàn Ngọc Hùng Anh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo Thành ủy"),
 P("Trương Công Định", "Chủ tịch Hội Nhà báo thành phố", "Trưởng Ban tổ chức"),
 P("Lê Thị Thu Trang", "phóng viên Báo Đà Nẵng"),
 P("Hồ Văn Tám", "tuyên truyền viên thôn Phú Túc")],
[Q("287 tác phẩm", 287, "tác phẩm"), Q("gần 160 tác giả", 160, "tác giả", "approx"), Q("21 cơ quan báo chí", 21, "cơ quan báo chí"),
 Q("2 hạng mục mới", 2, "hạng mục mới"), Q("40 giải", 40, "giải"), Q("4 giải A", 4, "giải A"), Q("8 giải B", 8, "giải B"),
 Q("12 giải C", 12, "giải C"), Q("16 giải khuyến khích", 16, "giải khuyến khích"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("300 triệu đồng", 300000000, "đồng"), Q("48 tổ dân phố", 48, "tổ dân phố"),
 Q("17 hội viên", 17, "hội viên"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "1876", "QĐ-UBND", "2024-08-12", "UBND thành phố", "Quyết định 1876/QĐ-UBND ngày 12/8/2024"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137-KL/TW")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Hòa Minh"), com("Hòa Phong")],
["BÁO ĐÀ NẴNG", "Chính trị › Thời sự", "Toàn cảnh lễ trao giải. Ảnh: Phan Chung", "Tổ dân phố - cánh tay nối dài",
 "Luật Thực hiện dân chủ ở cơ sở", "Vì sự nghiệp báo chí Việt Nam"],
["20/6/2025 11:22", "năm 2024", "100 năm", "21-6-1925 - 21-6-2025", "khóa XIII", "1/7/2025", "hai cấp", "2020 - 2025", "năm 2025"]))
