from lib import *
PAGES = []

PAGES.append(page("b5591-tuyenquang-btgdv-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
Thứ Ba, 15/07/2025 - 16:10
Giữ bản sắc Dao, Pà Thẻn, Lô Lô sau sắp xếp đơn vị hành chính
Chiều 14/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị sơ kết đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang mới. Đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Ma Thị Thúy phát biểu tại hội nghị.
Báo cáo cho biết, 6 tháng qua, khối dân vận đã tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương; đồng thời không để gián đoạn các hoạt động bảo tồn văn hóa. Toàn tỉnh mới có 22 dân tộc cùng sinh sống; đã duy trì 310 câu lạc bộ văn hóa dân gian, 46 lớp dạy tiếng Mông, Dao cho cán bộ, công chức với 1.380 học viên. Lễ hội Nhảy lửa của người Pà Thẻn, lễ cấp sắc của người Dao và lễ cúng thần rừng của người Lô Lô tiếp tục được phục dựng với kinh phí 2,7 tỷ đồng.
Ban đã tham mưu ban hành Kế hoạch 05, 06-KH/BTGDVTU về tuyên truyền sau sáp nhập và về vận động đồng bào dân tộc thiểu số giữ gìn bản sắc, đồng thời hướng dẫn 124 xã, phường của tỉnh mới kiện toàn tổ dân vận thôn, tổ dân phố.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Páo, Triệu Thị Lình, Nguyễn Mạnh Cường đã trình bày các chuyên đề. Ông Lò Văn Sính, người có uy tín thôn Lô Lô Chải, xã Lũng Cú cho biết thôn có 112 hộ, trên 98% là người Lô Lô; bà con đã góp 180 triệu đồng tu sửa nhà văn hóa, trưng bày trống đồng, trang phục cổ phục vụ khách du lịch. Bà Bàn Thị Mẩy, Chủ tịch Hội LHPN xã Minh Quang đề nghị hỗ trợ lớp thêu trang phục Dao đỏ cho khoảng 60 chị em.
Phát biểu kết luận, đồng chí Ma Thị Thúy yêu cầu 6 tháng cuối năm tiếp tục thực hiện Kết luận số 155-KL/TW của Bộ Chính trị; hoàn thành bộ tài liệu dạy tiếng Mông, Dao, Tày dùng chung cho tỉnh mới; mỗi xã vùng đồng bào có ít nhất 1 đội văn nghệ dân gian. Đồng chí cũng giao Phòng Dân vận - Dân tộc, Tôn giáo của Ban nắm chắc tình hình tư tưởng nhân dân tại các xã mới sáp nhập.
Nông Hương
Tin liên quan
- Lâm Bình: Ngày hội văn hóa dân tộc Pà Thẻn (05/07/2025)
- Mèo Vạc ra mắt câu lạc bộ khèn Mông (28/06/2025)
- Hội nghị công bố thành lập tỉnh Tuyên Quang mới (30/06/2025)
- Bắc Mê: Lớp truyền dạy hát Páo dung cho thanh niên Dao (20/06/2025)
- Gặp mặt người có uy tín vùng cao núi đá năm 2025 (12/06/2025)
""", "2025-07-15", "Giữ bản sắc Dao, Pà Thẻn, Lô Lô sau sắp xếp đơn vị hành chính",
E("so_ket", "2025-H1", "2025-07-14"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Lình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Mạnh Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Sính", "người có uy tín thôn Lô Lô Chải"),
 P("Bàn Thị Mẩy", "Chủ tịch Hội LHPN xã Minh Quang")],
[Q("22 dân tộc", 22, "dân tộc"), Q("310 câu lạc bộ văn hóa dân gian", 310, "câu lạc bộ văn hóa dân gian"),
 Q("46 lớp dạy tiếng Mông, Dao", 46, "lớp dạy tiếng Mông, Dao"), Q("1.380 học viên", 1380, "học viên"),
 Q("2,7 tỷ đồng", 2700000000, "đồng"), Q("124 xã, phường", 124, "xã, phường"), Q("112 hộ", 112, "hộ"),
 Q("trên 98%", 98, "%", "over"), Q("180 triệu đồng", 180000000, "đồng"), Q("khoảng 60 chị em", 60, "chị em", "approx")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, None, "Kế hoạch 05, 06-KH/BTGDVTU"),
 D("Kế hoạch", "06", "KH/BTGDVTU", None, None, "Kế hoạch 05, 06-KH/BTGDVTU"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận số 155-KL/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Quang")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "Đồng chí Ma Thị Thúy phát biểu tại hội nghị.", "Nhảy lửa",
 "Phòng Dân vận - Dân tộc, Tôn giáo"],
["Thứ Ba, 15/07/2025 - 16:10", "6 tháng đầu năm 2025", "6 tháng cuối năm", "6 tháng qua", "ít nhất 1 đội văn nghệ dân gian"]))

PAGES.append(page("b5592-lamdong-xa-doithoai-2025", """
Báo Lâm Đồng
Chính trị | Xây dựng Đảng | Cơ sở
Ngày đăng 12/09/2025 | 16:20
Xã Quảng Sơn đối thoại với đồng bào M'nông về giữ gìn cồng chiêng, lễ hội
Ngày 11/9, Đảng ủy, UBND xã Quảng Sơn (tỉnh Lâm Đồng) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2025 về chủ đề bảo tồn cồng chiêng, tiếng nói và lễ hội truyền thống của đồng bào M'nông. Đồng chí Y Tâm Bon Jốc, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Trần Thị Thu Hà, Chủ tịch UBND xã và hơn 120 người dân ở các bon.
Hội nghị được tổ chức theo Kế hoạch số 15-KH/ĐU ngày 02/8/2025 của Đảng ủy xã, thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ. Xã Quảng Sơn mới được thành lập trên cơ sở sắp xếp 3 xã cũ, có 21 thôn, bon với 4.860 hộ, trong đó hơn 1.900 hộ đồng bào dân tộc thiểu số tại chỗ.
Tại hội nghị, 18 ý kiến được nêu. Già làng Điểu K'Rơn, bon Ja Lú A phản ánh: "Bon còn 9 bộ chiêng, nhưng người trẻ đi làm rẫy, làm công ty nhiều, ít ai ở nhà tập". Bà H'Bình Niê, người có uy tín bon N'Jang Bơ, đề nghị xã bố trí kinh phí cho lễ cúng lúa mới, lễ mừng mùa. Anh Điểu Thanh Vũ, Bí thư Đoàn xã, đề xuất thành lập đội chiêng thanh niên và đưa tiếng M'nông vào chương trình sinh hoạt hè cho thiếu nhi.
Trả lời các ý kiến, đồng chí Trần Thị Thu Hà cho biết, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2025 xã được phân bổ 650 triệu đồng cho hoạt động văn hóa; sẽ mở 2 lớp truyền dạy cồng chiêng, mỗi lớp khoảng 30 học viên, và hỗ trợ mỗi bon 5 triệu đồng tổ chức lễ hội. Xã cũng đề nghị Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng hỗ trợ 4 bộ chiêng cho các bon chưa có chiêng.
Đồng chí Y Tâm Bon Jốc khẳng định xã sẽ tiếp thu đầy đủ các ý kiến, giao Ủy ban MTTQ Việt Nam xã giám sát việc thực hiện; đề nghị các già làng, người có uy tín tiếp tục làm gương, vận động con cháu giữ chiêng, giữ tiếng mẹ đẻ. Đồng chí Phạm Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban Công tác Mặt trận bon Ja Lú A cho biết Mặt trận sẽ tổng hợp, công khai kết quả giải quyết kiến nghị tại các buổi họp bon.
Kết thúc hội nghị, 100% ý kiến đã được trả lời trực tiếp hoặc ghi nhận để trả lời bằng văn bản trong thời hạn 15 ngày.
Đức Thiện
Tin khác
- Quảng Sơn: Ra mắt mô hình "Bon văn hóa, giữ chiêng" (02/09/2025)
- Lâm Đồng tổ chức Ngày hội văn hóa các dân tộc tỉnh mới (20/08/2025)
- Đối thoại với nông dân về chuyển đổi cây trồng (12/08/2025)
- Đắk Song: Phục dựng lễ mừng lúa mới của người M'nông (05/08/2025)
""", "2025-09-12", "Xã Quảng Sơn đối thoại với đồng bào M'nông về giữ gìn cồng chiêng, lễ hội",
E("doi_thoai", "2025", "2025-09-11"),
[P("Y Tâm Bon Jốc", "Bí thư Đảng ủy xã"),
 P("Trần Thị Thu Hà", "Chủ tịch UBND xã"),
 P("Điểu K'Rơn", "Già làng"),
 P("H'Bình Niê", "người có uy tín bon N'Jang Bơ"),
 P("Điểu Thanh Vũ", "Bí thư Đoàn xã"),
 P("Phạm Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban Công tác Mặt trận bon Ja Lú A")],
[Q("hơn 120 người dân", 120, "người dân", "over"), Q("3 xã cũ", 3, "xã cũ"), Q("21 thôn, bon", 21, "thôn, bon"),
 Q("4.860 hộ", 4860, "hộ"), Q("hơn 1.900 hộ đồng bào dân tộc thiểu số tại chỗ", 1900, "hộ đồng bào dân tộc thiểu số tại chỗ", "over"),
 Q("18 ý kiến", 18, "ý kiến"), Q("9 bộ chiêng", 9, "bộ chiêng"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("2 lớp truyền dạy cồng chiêng", 2, "lớp truyền dạy cồng chiêng"), Q("khoảng 30 học viên", 30, "học viên", "approx"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("4 bộ chiêng", 4, "bộ chiêng"), Q("100%", 100, "%")],
[D("Kế hoạch", "15", "KH/ĐU", "2025-08-02", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 02/8/2025"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Lâm Đồng"), com("Quảng Sơn")],
["Báo Lâm Đồng", "Chính trị | Xây dựng Đảng | Cơ sở", "Luật Thực hiện dân chủ ở cơ sở",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng"],
["Ngày đăng 12/09/2025 | 16:20", "năm 2025", "15 ngày"]))

PAGES.append(page("b5593-gialai-xa-daihoi-2025", """
BÁO GIA LAI
Trang chủ » Chính trị » Đại hội Đảng các cấp
Thứ Sáu, 08/08/2025 - 14:30
Đại hội Đảng bộ xã Ia Hrung: Gìn giữ không gian văn hóa cồng chiêng là nhiệm vụ trọng tâm
Ngày 7/8, Đảng bộ xã Ia Hrung (tỉnh Gia Lai) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo Đại hội có đồng chí Rah Lan Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh. Về dự Đại hội có 150 đại biểu đại diện cho 820 đảng viên trong toàn Đảng bộ.
Quang cảnh Đại hội.
Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Nhiệm kỳ qua, các xã cũ trước sáp nhập đã đạt nhiều kết quả: tỷ lệ hộ nghèo giảm còn 4,8%; 100% làng đồng bào Jrai có đội chiêng; hơn 300 thanh thiếu niên được truyền dạy đánh chiêng, múa xoang.
Nghị quyết Đại hội xác định bảo tồn, phát huy giá trị không gian văn hóa cồng chiêng, tiếng nói, chữ viết Jrai gắn với du lịch cộng đồng là một trong 3 khâu đột phá. Phấn đấu đến năm 2030 có 6 làng văn hóa du lịch, mỗi năm mở ít nhất 4 lớp truyền dạy cồng chiêng; huy động khoảng 1,5 tỷ đồng xã hội hóa tu bổ nhà rông.
Tham luận tại Đại hội, già làng Ksor Blang (làng Ia Púch) đề nghị cấp ủy quan tâm hơn đến nghệ nhân chỉnh chiêng; bà Siu H'Thiên, Chủ tịch Hội LHPN xã, trình bày kinh nghiệm vận động chị em dệt thổ cẩm, may trang phục truyền thống cho các đội chiêng nữ.
Đại hội đã bầu 21 đồng chí vào Ban Chấp hành Đảng bộ xã khóa I. Tại phiên họp thứ nhất, đồng chí Nguyễn Đức Thắng được tín nhiệm giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030; các đồng chí Rơ Châm Ngơn, Kpă Thị Lim được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Rơ Châm Ngơn đồng thời là Chủ tịch UBND xã. Ban Thường vụ Đảng ủy xã khóa I gồm 7 đồng chí.
Phát biểu chỉ đạo, đồng chí Rah Lan Hiếu đề nghị Đảng bộ xã cụ thể hóa nghị quyết bằng các chương trình hành động, chú trọng công tác dân vận, phát huy vai trò người có uy tín trong vận động đồng bào giữ gìn cồng chiêng, không bán chiêng cổ; thực hiện tốt Kế hoạch số 12-KH/ĐU của Ban Thường vụ Đảng ủy xã về tuyên truyền nghị quyết Đại hội.
Trong không khí Đại hội, đội chiêng làng Ia Púch đã trình diễn bài chiêng mừng, đón đại biểu; nhiều đảng viên người Jrai mặc trang phục truyền thống dự Đại hội.
Hồng Thi
Các tin khác
- Đại hội Đảng bộ phường Pleiku lần thứ I (06/08/2025)
- Ia Grai: Ra mắt đội chiêng nữ làng Ia Mơ Nông (30/07/2025)
- Hướng dẫn tổ chức đại hội đảng bộ xã sau sáp nhập (15/07/2025)
- Chư Păh: Trao tặng 10 bộ chiêng cho các làng Jrai (10/07/2025)
""", "2025-08-08", "Đại hội Đảng bộ xã Ia Hrung: Gìn giữ không gian văn hóa cồng chiêng là nhiệm vụ trọng tâm",
E("dai_hoi", None, "2025-08-07"),
[P("Rah Lan Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Ksor Blang", "già làng"),
 P("Siu H'Thiên", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Đức Thắng", "Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030"),
 P("Rơ Châm Ngơn", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Kpă Thị Lim", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("820 đảng viên", 820, "đảng viên"), Q("4,8%", 4.8, "%"), Q("100%", 100, "%"),
 Q("hơn 300 thanh thiếu niên", 300, "thanh thiếu niên", "over"), Q("6 làng văn hóa du lịch", 6, "làng văn hóa du lịch"),
 Q("ít nhất 4 lớp truyền dạy cồng chiêng", 4, "lớp truyền dạy cồng chiêng", "over"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("21 đồng chí", 21, "đồng chí"), Q("7 đồng chí", 7, "đồng chí")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 12-KH/ĐU")],
[prov("Gia Lai"), com("Ia Hrung")],
["BÁO GIA LAI", "Trang chủ » Chính trị » Đại hội Đảng các cấp", "Quang cảnh Đại hội."],
["Thứ Sáu, 08/08/2025 - 14:30", "nhiệm kỳ 2025 - 2030", "lần thứ I", "lần thứ XIV", "21 đồng chí", "7 đồng chí", "3 khâu đột phá", "đến năm 2030", "khóa I"]))

PAGES.append(page("b5594-vinhlong-mttq-tongket-2025", """
Báo Vĩnh Long điện tử
Chính trị › Mặt trận - Đoàn thể
16/01/2026 08:05 GMT+7
Mặt trận tỉnh Vĩnh Long tổng kết công tác dân tộc, tôn giáo: hơn 9.000 học sinh học chữ Khmer
Ngày 15/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025. Đây là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ Vĩnh Long, Bến Tre, Trà Vinh) tổng kết lĩnh vực này. Đồng chí Thạch Thị Sa Quênh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Thạch Thị Sa Quênh phát biểu tại hội nghị.
Theo báo cáo, tỉnh hiện có 143 chùa Phật giáo Nam tông Khmer, trên 340.000 đồng bào Khmer. Năm 2025, Mặt trận các cấp phối hợp các chùa mở 215 lớp dạy chữ Khmer hè cho hơn 9.000 học sinh; duy trì 61 đội nhạc ngũ âm, 18 đoàn nghệ thuật Dù kê, Rô băm. Ủy ban MTTQ tỉnh vận động được 4,2 tỷ đồng hỗ trợ hộ nghèo người Khmer và sửa chữa các trường dạy chữ trong chùa.
Công tác được triển khai theo Nghị quyết số 24-NQ/TW ngày 12/3/2003 của BCH Trung ương khóa IX về công tác dân tộc, Chỉ thị số 19-CT/TW của Ban Bí thư và Kế hoạch số 35/KH-MTTQ-BTT ngày 05/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về công tác dân tộc, tôn giáo sau hợp nhất. Hội nghị cũng đánh giá 3 năm thực hiện Chương trình phối hợp số 08/CTr-MTTQ-SDTTG giữa Mặt trận và Sở Dân tộc và Tôn giáo.
Tại hội nghị, Hòa thượng Thạch Sóc Hên, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tăng bồi dưỡng cho giáo viên dạy chữ Khmer hè lên ít nhất 2 triệu đồng/tháng. Ông Kim Văn Phúc, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết Sở đang trình UBND tỉnh đề án bảo tồn văn hóa Khmer giai đoạn 2026 - 2030 với tổng kinh phí dự kiến khoảng 38 tỷ đồng. Bà Sơn Thị Kim Xuyến, người có uy tín ấp Sóc Tre, xã Long Hiệp, chia sẻ mô hình "Phum sóc giữ tiếng nói Khmer".
Phát biểu kết luận, đồng chí Thạch Thị Sa Quênh yêu cầu năm 2026 các cấp Mặt trận tập trung vận động đồng bào các dân tộc, tôn giáo thực hiện tốt nghị quyết Đại hội XIV của Đảng; chuẩn bị chu đáo Tết Chôl Chnăm Thmây; giữ gìn chữ viết, nghệ thuật truyền thống của đồng bào Khmer.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 22 tập thể và 35 cá nhân tiêu biểu. Các đồng chí Lê Văn Tám, Nguyễn Thị Hồng Loan - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao khen thưởng.
Thanh Trúc
Lượt xem: 845
Tin liên quan
- Trao 500 suất quà Tết cho đồng bào Khmer (10/01/2026)
- Sở Dân tộc và Tôn giáo tổng kết năm 2025 (08/01/2026)
- Cầu Kè: Lễ hội Ok Om Bok năm 2025 (05/11/2025)
""", "2026-01-16", "Mặt trận tỉnh Vĩnh Long tổng kết công tác dân tộc, tôn giáo: hơn 9.000 học sinh học chữ Khmer",
E("tong_ket", "2025", "2026-01-15"),
[P("Thạch Thị Sa Quênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Hên", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Văn Phúc", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Sơn Thị Kim Xuyến", "người có uy tín ấp Sóc Tre"),
 P("Lê Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Thị Hồng Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("trên 340.000 đồng bào Khmer", 340000, "đồng bào Khmer", "over"),
 Q("215 lớp dạy chữ Khmer hè", 215, "lớp dạy chữ Khmer hè"), Q("hơn 9.000 học sinh", 9000, "học sinh", "over"),
 Q("61 đội nhạc ngũ âm", 61, "đội nhạc ngũ âm"), Q("18 đoàn nghệ thuật Dù kê, Rô băm", 18, "đoàn nghệ thuật Dù kê, Rô băm"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("ít nhất 2 triệu đồng", 2000000, "đồng", "over"), Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"),
 Q("22 tập thể", 22, "tập thể"), Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu")],
[D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 24-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT ngày 05/9/2025"),
 D("Chương trình phối hợp", "08", "CTr-MTTQ-SDTTG", None, None, "Chương trình phối hợp số 08/CTr-MTTQ-SDTTG")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["Báo Vĩnh Long điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Thạch Thị Sa Quênh phát biểu tại hội nghị.",
 "Phum sóc giữ tiếng nói Khmer", "Chôl Chnăm Thmây", "Lượt xem: 845", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["16/01/2026 08:05 GMT+7", "năm 2025", "Năm 2025", "năm 2026", "3 năm", "giai đoạn 2026 - 2030", "khóa IX", "Đại hội XIV", "Lượt xem: 845"]))

PAGES.append(page("b5595-dongnai-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ / Tin hoạt động / Dân vận
Cập nhật: 09:10, 03/04/2026
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác dân vận quý I: tập trung bảo tồn văn hóa Chơ Ro, S'tiêng, M'nông
Sáng 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận quý I năm 2026 với trưởng ban dân vận các đảng ủy xã, phường vùng đồng bào dân tộc thiểu số. Đồng chí Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Điểu Thị Lan chủ trì.
Theo báo cáo, tỉnh Đồng Nai mới (hợp nhất Đồng Nai và Bình Phước) có 41 dân tộc thiểu số với khoảng 260.000 người, đông nhất là người S'tiêng, Khmer, M'nông, Chơ Ro. Trong quý I, khối dân vận đã phối hợp tổ chức Lễ hội Cúng thần lúa của người Chơ Ro tại xã Phú Lý, Lễ hội Cầu mưa của người S'tiêng tại xã Bù Gia Mập với khoảng 6.500 lượt người tham gia. Ban đã ban hành Hướng dẫn số 14-HD/BTGDVTU về xây dựng mô hình "Dân vận khéo" trong bảo tồn văn hóa các dân tộc thiểu số; triển khai Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy.
Toàn tỉnh hiện có 58 đội cồng chiêng, 12 câu lạc bộ hát dân ca S'tiêng; quý I đã mở 5 lớp dạy tiếng S'tiêng, M'nông cho 175 cán bộ, công chức cấp xã. Kinh phí hỗ trợ hoạt động văn hóa trong quý là 1,45 tỷ đồng.
Tại giao ban, đồng chí Thị Mỹ Hạnh, Trưởng Ban Dân vận Đảng ủy xã Bù Gia Mập cho biết xã đã vận động 96 hộ S'tiêng góp chiêng, ché cổ trưng bày tại nhà văn hóa; đồng chí Điểu Minh Trung, Trưởng Ban Dân vận Đảng ủy xã Phú Lý nêu khó khăn do chỉ còn 3 nghệ nhân Chơ Ro biết đánh bộ chiêng 7 chiếc. Các đồng chí Trưởng phòng Dân vận - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Thị Ngọc Ánh, Phó Trưởng phòng: Điểu Ré đã giải đáp các kiến nghị.
Kết luận giao ban, đồng chí Điểu Thị Lan yêu cầu quý II các đảng ủy cấp xã chú trọng vận động đồng bào giữ gìn tiếng nói, cồng chiêng; phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức Ngày hội văn hóa các dân tộc thiểu số tỉnh vào tháng 6; thực hiện nghiêm Quy định số 17-QĐ/BTGDVTU về chế độ thông tin, báo cáo.
Đồng chí cũng lưu ý sau hợp nhất, địa bàn rộng, nhiều xã mới có đông đồng bào dân tộc thiểu số; cán bộ dân vận phải thường xuyên xuống bon, sóc, ấp nắm tình hình, lắng nghe ý kiến của người có uy tín, già làng, kịp thời tháo gỡ vướng mắc của người dân, không để phát sinh điểm nóng.
Minh Tâm
Tin liên quan
- Bù Đăng: Khai mạc lớp truyền dạy cồng chiêng M'nông (25/03/2026)
- Đối thoại với người có uy tín năm 2026 (15/03/2026)
- Tân Phú: Lễ hội Cúng thần lúa của người Chơ Ro (10/03/2026)
- Lộc Ninh: Ra mắt câu lạc bộ dân ca Khmer (02/03/2026)
""", "2026-04-03", "Giao ban công tác dân vận quý I: tập trung bảo tồn văn hóa Chơ Ro, S'tiêng, M'nông",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Điểu Thị Lan", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Mỹ Hạnh", "Trưởng Ban Dân vận Đảng ủy xã Bù Gia Mập"),
 P("Điểu Minh Trung", "Trưởng Ban Dân vận Đảng ủy xã Phú Lý"),
 P("Lê Thị Ngọc Ánh", "Trưởng phòng Dân vận - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Ré", "Phó Trưởng phòng")],
[Q("41 dân tộc thiểu số", 41, "dân tộc thiểu số"), Q("khoảng 260.000 người", 260000, "người", "approx"),
 Q("khoảng 6.500 lượt người", 6500, "lượt người", "approx"), Q("58 đội cồng chiêng", 58, "đội cồng chiêng"),
 Q("12 câu lạc bộ hát dân ca S'tiêng", 12, "câu lạc bộ hát dân ca S'tiêng"), Q("5 lớp dạy tiếng S'tiêng, M'nông", 5, "lớp dạy tiếng S'tiêng, M'nông"),
 Q("175 cán bộ, công chức cấp xã", 175, "cán bộ, công chức cấp xã"), Q("1,45 tỷ đồng", 1450000000, "đồng"),
 Q("96 hộ S'tiêng", 96, "hộ S'tiêng"), Q("3 nghệ nhân Chơ Ro", 3, "nghệ nhân Chơ Ro")],
[D("Hướng dẫn", "14", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BTGDVTU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quy định", "17", "QĐ/BTGDVTU", None, None, "Quy định số 17-QĐ/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phú Lý"), com("Bù Gia Mập")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ / Tin hoạt động / Dân vận", "Ảnh: Quang cảnh buổi giao ban.", "Dân vận khéo",
 "Cúng thần lúa", "Cầu mưa"],
["Cập nhật: 09:10, 03/04/2026", "quý I năm 2026", "quý II", "tháng 6", "bộ chiêng 7 chiếc"]))

PAGES.append(page("b5596-daklak-ngayhoi-2026", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chủ Nhật, 15/03/2026
Trang chủ › Văn hóa › Lễ hội
Ngày 14/03/2026 | 20:10
Nghệ nhân đội chiêng buôn Ea Bar trình diễn tại Ngày hội.
Rộn ràng Ngày hội văn hóa cồng chiêng xã Ea Bar
Ngày 14/3, UBND xã Ea Bar (tỉnh Đắk Lắk) tổ chức Ngày hội văn hóa cồng chiêng các dân tộc xã Ea Bar lần thứ nhất, thu hút hơn 2.000 người dân và du khách. Ngày hội có sự tham gia của 14 đội chiêng đến từ các buôn của xã và 2 đội chiêng khách mời từ xã Sơn Hòa, vùng đồng bào Ba Na, Chăm H'roi phía đông tỉnh (trước thuộc tỉnh Phú Yên).
Tham dự có đồng chí Y Khoa Niê, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; bà H'Liên Ayun, Giám đốc Trung tâm Văn hóa tỉnh; đồng chí Lê Quang Vinh, Bí thư Đảng ủy xã Ea Bar.
Phát biểu khai mạc, ông Y Dhăm Ênuôl, Chủ tịch UBND xã Ea Bar cho biết, xã có 23 buôn với 5.200 hộ, trong đó trên 60% là đồng bào Êđê, Jrai. Thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy xã và Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND xã, năm qua xã đã mở 3 lớp truyền dạy cồng chiêng cho 90 thanh thiếu niên và phục dựng lễ cúng bến nước ở 4 buôn.
Các đội chiêng lần lượt trình diễn những bài chiêng cổ trong lễ mừng lúa mới, lễ cầu mưa, lễ kết nghĩa anh em. Ban tổ chức trao 1 giải A, 2 giải B, 3 giải C và 8 giải khuyến khích; giải A thuộc về đội chiêng buôn Ea Bar với 16 nghệ nhân. Mỗi đội tham gia được hỗ trợ 3 triệu đồng; tổng kinh phí tổ chức khoảng 180 triệu đồng, trong đó 40% từ xã hội hóa.
Bên lề ngày hội còn có các hoạt động thi dệt thổ cẩm, nấu ăn truyền thống, giới thiệu rượu cần và 12 gian hàng sản phẩm OCOP. Nghệ nhân ưu tú Ama Hiên, 76 tuổi, cho biết: "Tôi vui vì các cháu đánh chiêng đúng nhịp, mặc đúng trang phục của buôn. Còn người trẻ biết đánh chiêng thì tiếng chiêng còn vang".
Theo đồng chí Y Khoa Niê, sau khi hợp nhất, tỉnh Đắk Lắk có thêm vùng đồng bào Ba Na, Chăm H'roi ở phía đông; việc giao lưu cồng chiêng giữa các xã là cách để đồng bào hai vùng hiểu nhau hơn, cùng giữ gìn di sản Không gian văn hóa cồng chiêng Tây Nguyên.
Buổi tối, đồng bào và du khách cùng nắm tay nhau múa xoang quanh đống lửa, thưởng thức rượu cần trong tiếng chiêng rộn rã. Nhiều du khách đến từ các tỉnh phía Bắc bày tỏ ấn tượng với không khí ấm áp, thân tình của buôn làng và mong ngày hội được duy trì thường niên.
H'Xíu - Y Dhia
Lượt xem: 1.562
Tin liên quan
- Buôn Đôn: Lễ hội voi năm 2026 (10/03/2026)
- Trao tặng 20 bộ chiêng cho các buôn (02/03/2026)
- Sơn Hòa: Liên hoan cồng chiêng Ba Na, Chăm H'roi (25/02/2026)
- Krông Năng: Dạy tiếng Êđê cho cán bộ công an xã (18/02/2026)
""", "2026-03-14", "Rộn ràng Ngày hội văn hóa cồng chiêng xã Ea Bar",
E("khac", None, None),
[P("Y Khoa Niê", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("H'Liên Ayun", "Giám đốc Trung tâm Văn hóa tỉnh"),
 P("Lê Quang Vinh", "Bí thư Đảng ủy xã Ea Bar"),
 P("Y Dhăm Ênuôl", "Chủ tịch UBND xã Ea Bar"),
 P("Ama Hiên", "Nghệ nhân ưu tú")],
[Q("hơn 2.000 người dân và du khách", 2000, "người dân và du khách", "over"), Q("14 đội chiêng", 14, "đội chiêng"),
 Q("2 đội chiêng khách mời", 2, "đội chiêng khách mời"), Q("23 buôn", 23, "buôn"), Q("5.200 hộ", 5200, "hộ"),
 Q("trên 60%", 60, "%", "over"), Q("3 lớp truyền dạy cồng chiêng", 3, "lớp truyền dạy cồng chiêng"), Q("90 thanh thiếu niên", 90, "thanh thiếu niên"),
 Q("4 buôn", 4, "buôn"), Q("2 giải B", 2, "giải B"), Q("3 giải C", 3, "giải C"), Q("8 giải khuyến khích", 8, "giải khuyến khích"),
 Q("16 nghệ nhân", 16, "nghệ nhân"), Q("3 triệu đồng", 3000000, "đồng"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("40%", 40, "%"), Q("12 gian hàng sản phẩm OCOP", 12, "gian hàng sản phẩm OCOP")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU"),
 D("Kế hoạch", "41", "KH-UBND", "2026-01-20", "UBND xã", "Kế hoạch số 41/KH-UBND ngày 20/01/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Bar"), com("Sơn Hòa")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chủ Nhật, 15/03/2026", "Trang chủ › Văn hóa › Lễ hội", "Nghệ nhân đội chiêng buôn Ea Bar trình diễn tại Ngày hội.",
 "Không gian văn hóa cồng chiêng Tây Nguyên", "Lượt xem: 1.562", "OCOP"],
["Chủ Nhật, 15/03/2026", "Ngày 14/03/2026 | 20:10", "lần thứ nhất", "1 giải A", "76 tuổi", "Lượt xem: 1.562"]))
