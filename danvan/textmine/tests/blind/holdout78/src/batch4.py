from lib import *
PAGES = []

PAGES.append(page("b1847-bacgiang-daihoi-chibo-thon-2025", """
Báo Bắc Giang điện tử
Trang chủ » Chính trị » Xây dựng Đảng » Đại hội Đảng các cấp
Thứ Ba, 06/05/2025 - 14:10
Ảnh: Đảng viên chi bộ thôn Đồng Mậm bỏ phiếu bầu chi ủy.
Chi bộ thôn Đồng Mậm đại hội nhiệm kỳ 2025 - 2030
BGĐT - Ngày 4/5, Chi bộ thôn Đồng Mậm, Đảng bộ xã Hộ Đáp (huyện Lục Ngạn, tỉnh Bắc Giang) tổ chức Đại hội nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp chi bộ của huyện. Dự có đồng chí Hoàng Văn Nhất, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Lục Ngạn; đồng chí Lăng Thị Mến, Bí thư Đảng ủy, Chủ tịch HĐND xã Hộ Đáp.
Chi bộ thôn Đồng Mậm có 34 đảng viên, trong đó 22 đảng viên là người Tày, Nùng, Sán Chí. Nhiệm kỳ 2020 - 2025, chi bộ lãnh đạo nhân dân trồng mới 57 ha vải sớm, 24 ha bưởi; thu nhập bình quân đạt 68 triệu đồng/người/năm, tăng 1,7 lần so với đầu nhiệm kỳ; thôn không còn hộ nghèo, 98% hộ đạt danh hiệu "Gia đình văn hóa". Chi bộ kết nạp được 6 đảng viên mới, 5/5 năm đạt hoàn thành tốt nhiệm vụ.
Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch 215-KH/HU của Ban Thường vụ Huyện ủy. Do chủ trương sắp xếp đơn vị hành chính, đại hội được rút gọn, thời gian tổ chức trong một buổi, không tổ chức phiên trù bị.
Đại hội đã bầu chi ủy gồm 3 đồng chí: Chu Văn Sình, Nịnh Văn Quang, Hoàng Thị Ngát. Đồng chí Chu Văn Sình, Trưởng thôn Đồng Mậm, được bầu giữ chức Bí thư Chi bộ với số phiếu 34/34 (đạt 100%); đồng chí Nịnh Văn Quang, Chi hội trưởng Hội Nông dân thôn, được bầu làm Phó Bí thư Chi bộ.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nhất đề nghị chi bộ phát huy vai trò hạt nhân lãnh đạo trong quá trình sáp nhập xã Hộ Đáp với các xã lân cận, giữ vững đoàn kết nội bộ, thực hiện tốt phong trào "Dân vận khéo", và phấn đấu mỗi năm kết nạp từ 1 - 2 đảng viên.
Đại hội thông qua nghị quyết với 6 chỉ tiêu, trong đó phấn đấu đến năm 2030 thu nhập bình quân đạt 100 triệu đồng/người/năm, 100% hộ tham gia bảo hiểm y tế.
Theo Ban Tổ chức Huyện ủy Lục Ngạn, đến ngày 5/5/2025 đã có 312/427 chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội, đạt 73%; dự kiến trước ngày 20/5 hoàn thành đại hội tất cả chi bộ.
Vi Thị Hằng
Tin liên quan
- Lục Ngạn: Rút kinh nghiệm đại hội điểm chi bộ (02/05/2025)
- Sơn Động tập huấn công tác đại hội chi bộ (25/04/2025)
- Lạng Giang: 100% chi bộ xây dựng xong văn kiện đại hội (18/04/2025)
- Yên Thế triển khai Chỉ thị 45-CT/TW của Bộ Chính trị (15/04/2025)
- Tân Yên: Kết nạp 7 đảng viên trong học sinh, sinh viên (08/04/2025)
""", "2025-05-06", "Chi bộ thôn Đồng Mậm đại hội nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-05-04"),
[P("Hoàng Văn Nhất", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy Lục Ngạn"),
 P("Lăng Thị Mến", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hộ Đáp"),
 P("Chu Văn Sình", "Trưởng thôn Đồng Mậm", "Bí thư Chi bộ"),
 P("Nịnh Văn Quang", "Chi hội trưởng Hội Nông dân thôn", "Phó Bí thư Chi bộ"),
 P("Hoàng Thị Ngát")],
[Q("34 đảng viên", 34, "đảng viên"), Q("22 đảng viên", 22, "đảng viên"), Q("57 ha", 57, "ha"), Q("24 ha", 24, "ha"),
 Q("68 triệu đồng", 68000000, "đồng"), Q("98% hộ", 98, "%"), Q("6 đảng viên mới", 6, "đảng viên mới"),
 Q("3 đồng chí", 3, "đồng chí"), Q("34/34", 34, "phiếu"), Q("100%", 100, "%"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("100% hộ", 100, "%"), Q("312/427 chi bộ", 312, "chi bộ"), Q("73%", 73, "%")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "215", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 215-KH/HU")],
[prov("Bắc Giang"), com("Hộ Đáp")],
["Báo Bắc Giang điện tử", "Trang chủ » Chính trị » Xây dựng Đảng » Đại hội Đảng các cấp",
 "Ảnh: Đảng viên chi bộ thôn Đồng Mậm bỏ phiếu bầu chi ủy.", "BGĐT", "Gia đình văn hóa", "Dân vận khéo"],
["Thứ Ba, 06/05/2025 - 14:10", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "1,7 lần", "5/5 năm", "lần thứ XIV",
 "một buổi", "3 đồng chí", "1 - 2 đảng viên", "năm 2030"]))

PAGES.append(page("b1848-tuyenquang-daihoi-dangbo-xa-lan-thu-nhat-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự | Chính trị | Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng
Cập nhật: 09:42, 12/08/2025 (GMT+7)
Đại hội đại biểu Đảng bộ xã Lũng Phìn lần thứ I, nhiệm kỳ 2025 - 2030
Đồng chí Giàng Seo Dình phát biểu bế mạc đại hội.
Trong 2 ngày 10 và 11/8/2025, Đảng bộ xã Lũng Phìn, tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Lũng Phìn được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã Lũng Phìn, Sủng Trái, Hố Quáng Phìn thuộc huyện Đồng Văn, tỉnh Hà Giang (cũ). Dự đại hội có đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, cùng 150 đại biểu chính thức đại diện cho 486 đảng viên của 31 chi bộ.
Nhiệm kỳ 2020 - 2025, Đảng bộ 3 xã đã lãnh đạo hoàn thành và vượt 21/25 chỉ tiêu; tỷ lệ hộ nghèo giảm bình quân 6,3%/năm; xóa 1.174 nhà tạm, nhà dột nát trong Chương trình "Xóa nhà tạm, nhà dột nát"; 100% thôn có đường ô tô đến trung tâm. Tổng số đảng viên kết nạp trong nhiệm kỳ là 97 đảng viên, trong đó 81 đảng viên là người Mông.
Đại hội đã nghe các ý kiến tham luận và thống nhất phương hướng: phát triển du lịch cộng đồng gắn với Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn, chăn nuôi bò, dê; phấn đấu đến năm 2030 thu nhập bình quân đạt 45 triệu đồng/người/năm. Nghị quyết đại hội xác định 3 khâu đột phá, 18 chỉ tiêu chủ yếu.
Thực hiện Quyết định số 156-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang về chỉ định Ban Chấp hành Đảng bộ xã, đại hội đã biểu quyết thông qua danh sách Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 25 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Giàng Seo Dình, Bí thư Đảng ủy xã; các đồng chí Phó Bí thư Đảng ủy xã: Sùng Thị Mỷ, Vừ Mí Chứ. Đồng chí Sùng Thị Mỷ đồng thời là Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Vừ Mí Chứ là Phó Bí thư Đảng ủy - Chủ tịch UBND xã. Các đồng chí Lầu Mí Sính, Ly Seo Pà - Ủy viên Ban Thường vụ, Phó Chủ tịch UBND xã. Đồng chí Thào Thị Dợ, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Hầu Minh Lợi đề nghị Đảng bộ xã vận hành thông suốt chính quyền địa phương 2 cấp, thực hiện nghiêm Quy định số 89-QĐ/TW của Bộ Chính trị; quan tâm phát triển đảng viên ở 4 thôn chưa có chi bộ riêng.
Đại hội bầu 12 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030.
Vàng Lìn
Tin khác
- Đảng bộ xã Phố Cáo tổ chức đại hội lần thứ I (08/08/2025)
- Tuyên Quang: 124/124 đảng bộ xã, phường hoàn thành đại hội đúng tiến độ (05/08/2025)
- Đại hội điểm Đảng bộ phường Hà Giang 1 (30/07/2025)
- Xã Sơn Vĩ ra mắt Trung tâm Phục vụ hành chính công (20/07/2025)
""", "2025-08-12", "Đại hội đại biểu Đảng bộ xã Lũng Phìn lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-10"),
[P("Hầu Minh Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Giàng Seo Dình", "Bí thư Đảng ủy xã"),
 P("Sùng Thị Mỷ", "Phó Bí thư Đảng ủy xã", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vừ Mí Chứ", "Phó Bí thư Đảng ủy xã", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Lầu Mí Sính", "Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND xã"),
 P("Ly Seo Pà", "Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND xã"),
 P("Thào Thị Dợ", "Ủy viên Ban Thường vụ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("3 xã", 3, "xã"), Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("486 đảng viên", 486, "đảng viên"),
 Q("31 chi bộ", 31, "chi bộ"), Q("21/25 chỉ tiêu", 21, "chỉ tiêu"), Q("6,3%", 6.3, "%"),
 Q("1.174 nhà tạm, nhà dột nát", 1174, "nhà tạm, nhà dột nát"), Q("100% thôn", 100, "%"), Q("97 đảng viên", 97, "đảng viên"),
 Q("81 đảng viên", 81, "đảng viên"), Q("45 triệu đồng", 45000000, "đồng"), Q("3 khâu đột phá", 3, "khâu đột phá"),
 Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"), Q("25 đồng chí", 25, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("4 thôn", 4, "thôn"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức")],
[D("Quyết định", "156", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Quyết định số 156-QĐ/TU ngày 30/6/2025"),
 D("Quy định", "89", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 89-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Phìn"), com("Sủng Trái"), com("Hố Quáng Phìn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự | Chính trị | Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng",
 "Đồng chí Giàng Seo Dình phát biểu bế mạc đại hội.", "Xóa nhà tạm, nhà dột nát",
 "Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn"],
["Cập nhật: 09:42, 12/08/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "2 ngày", "1/7/2025",
 "năm 2030", "25 đồng chí", "9 đồng chí", "2 cấp", "Đại hội XIV"]))

PAGES.append(page("b1849-vinhlong-daihoi-dangbo-xa-khmer-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long
Trang chủ / Xây dựng Đảng / Đại hội Đảng bộ các cấp
22.08.2025 | 16:05
Ảnh: Ban Chấp hành Đảng bộ xã Tập Ngãi nhiệm kỳ 2025 - 2030 ra mắt đại hội.
Vĩnh Long: Đảng bộ xã Tập Ngãi đại hội lần thứ I
Ngày 20/8, Đảng bộ xã Tập Ngãi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Tập Ngãi mới được thành lập trên cơ sở nhập các xã Tập Ngãi, Ngãi Hùng, Tân Hùng thuộc huyện Tiểu Cần, tỉnh Trà Vinh (cũ); dân số 38.640 người, đồng bào Khmer chiếm 31,5%.
Dự đại hội có đồng chí Thạch Sa Ry Ta, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; 135 đại biểu chính thức đại diện cho 1.046 đảng viên sinh hoạt tại 39 chi bộ trực thuộc.
Nhiệm kỳ qua, các đảng bộ xã cũ lãnh đạo thực hiện hoàn thành vượt mức 23/26 chỉ tiêu nghị quyết; 3/3 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đạt 71 triệu đồng/người/năm. Tổng số đảng viên mới kết nạp trong nhiệm kỳ là 148 đồng chí, trong đó có 52 đảng viên người Khmer. Nhân dân đóng góp hơn 12,6 tỷ đồng làm đường, cầu nông thôn; 214 căn nhà đại đoàn kết được bàn giao.
Đại hội quán triệt Chỉ thị số 45-CT/TW của Bộ Chính trị, Kết luận 150-KL/TW của Bộ Chính trị về hướng dẫn xây dựng nhân sự cấp ủy cấp tỉnh và cấp xã, Quyết định số 2241-QĐ/TU ngày 28/6/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long chỉ định Ban Chấp hành Đảng bộ xã lâm thời.
Phát biểu chỉ đạo, đồng chí Thạch Sa Ry Ta đề nghị Đảng bộ xã sớm ổn định tổ chức bộ máy sau sáp nhập, quan tâm đội ngũ cán bộ người Khmer; tổ chức tốt việc tiếp thu ý kiến góp ý văn kiện Đại hội XIV của Đảng, thực hiện hiệu quả phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm 27 đồng chí, Ban Thường vụ 11 đồng chí. Đồng chí Lâm Ngọc Hân, Bí thư Đảng ủy xã; đồng chí Kim Thị Sô Phươl, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Sơn Văn Đa Ra, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Các đồng chí Thạch Thị Chanh Thu, Trần Quốc Việt được chỉ định giữ chức Ủy viên Ban Thường vụ, Phó Chủ tịch UBND xã.
Đại hội bầu đoàn đại biểu gồm 10 đồng chí đi dự Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ I. Đại hội biểu quyết thông qua nghị quyết với tỷ lệ 100% đại biểu tán thành.
Lý Sa Vuol
Tin liên quan
- Đảng bộ phường Trà Vinh đại hội lần thứ I (18/08/2025)
- Đại hội điểm Đảng bộ xã Cầu Kè (14/08/2025)
- Bến Tre: 100% chi bộ trực thuộc đảng ủy xã hoàn thành đại hội (10/08/2025)
- Long Hồ: Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy xã (01/08/2025)
""", "2025-08-22", "Vĩnh Long: Đảng bộ xã Tập Ngãi đại hội lần thứ I",
E("dai_hoi", None, "2025-08-20"),
[P("Thạch Sa Ry Ta", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Ngọc Hân", "Bí thư Đảng ủy xã"),
 P("Kim Thị Sô Phươl", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Sơn Văn Đa Ra", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thạch Thị Chanh Thu", "Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND xã"),
 P("Trần Quốc Việt", "Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND xã")],
[Q("38.640 người", 38640, "người"), Q("31,5%", 31.5, "%"), Q("135 đại biểu chính thức", 135, "đại biểu chính thức"),
 Q("1.046 đảng viên", 1046, "đảng viên"), Q("39 chi bộ", 39, "chi bộ"), Q("23/26 chỉ tiêu", 23, "chỉ tiêu"),
 Q("3/3 xã", 3, "xã"), Q("71 triệu đồng", 71000000, "đồng"), Q("148 đồng chí", 148, "đồng chí"),
 Q("52 đảng viên người Khmer", 52, "đảng viên người Khmer"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("214 căn nhà đại đoàn kết", 214, "căn nhà đại đoàn kết"), Q("27 đồng chí", 27, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"),
 Q("10 đồng chí", 10, "đồng chí"), Q("100% đại biểu", 100, "%")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Quyết định", "2241", "QĐ/TU", "2025-06-28", "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Quyết định số 2241-QĐ/TU ngày 28/6/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Ngãi"), com("Ngãi Hùng"), com("Tân Hùng")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long", "Trang chủ / Xây dựng Đảng / Đại hội Đảng bộ các cấp",
 "Ảnh: Ban Chấp hành Đảng bộ xã Tập Ngãi nhiệm kỳ 2025 - 2030 ra mắt đại hội.",
 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["22.08.2025 | 16:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "148 đồng chí", "Đại hội XIV", "27 đồng chí", "11 đồng chí",
 "10 đồng chí"]))

PAGES.append(page("b1850-dongnai-daihoi-dangbo-xa-2025", """
Cổng thông tin điện tử Đảng bộ tỉnh Đồng Nai
Trang chủ › Tin tức › Đại hội Đảng
Thứ Ba, 09/09/2025 - 15:10
Đại hội Đảng bộ xã Đa Kia nhiệm kỳ 2025 - 2030: Đoàn kết, đột phá, phát triển bền vững
Toàn cảnh phiên khai mạc đại hội.
Ngày 6/9, Đảng bộ xã Đa Kia, tỉnh Đồng Nai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Đa Kia được thành lập trên cơ sở các xã Đa Kia, Bình Thắng, Phước Minh của huyện Bù Gia Mập, tỉnh Bình Phước trước đây. Tham dự có đồng chí Điểu Thị Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân tộc và Tôn giáo Tỉnh ủy; 140 đại biểu đại diện cho 812 đảng viên.
Giai đoạn 2020 - 2025, các đảng bộ xã cũ đã kết nạp 126 đảng viên mới, trong đó 31 đảng viên là người S'tiêng, Mnông, Tày, Nùng. Kinh tế tăng trưởng bình quân 9,1%/năm; cây điều, cao su, hồ tiêu tiếp tục là thế mạnh với tổng diện tích 21.400 ha; tỷ lệ hộ nghèo giảm còn 1,2%; hỗ trợ 96 hộ đồng bào dân tộc thiểu số nhà ở, đất sản xuất theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Báo cáo chính trị trình đại hội xác định 16 chỉ tiêu, 3 nhiệm vụ đột phá về hạ tầng giao thông, chuyển đổi số và xây dựng đội ngũ cán bộ. Đồng chí Điểu Bréc, Trưởng ấp Bù Rên, người có uy tín trong đồng bào S'tiêng, tham luận về vai trò của chi bộ ấp trong giữ gìn văn hóa và vận động đồng bào không bán đất sản xuất.
Thực hiện Quyết định số 47-QĐ/TU và Quyết định 48-QĐ/TU ngày 29/6/2025 của Ban Thường vụ Tỉnh ủy, đại hội công bố Ban Chấp hành Đảng bộ xã gồm 23 đồng chí, Ban Thường vụ 9 đồng chí. Đồng chí Phạm Văn Lực, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy xã Đa Kia; các đồng chí Nguyễn Hữu Tài, Thị Ngọc Bích - Phó Bí thư Đảng ủy xã. Đồng chí Thị Ngọc Bích, người S'tiêng, giữ chức Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Nguyễn Hữu Tài là Chủ tịch UBND xã. Đồng chí Hoàng Thị Chiều được phân công giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Điểu Thị Nga đề nghị Đảng bộ xã thực hiện tốt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; xây dựng chính quyền địa phương 2 cấp gần dân, sát dân; chú trọng tạo nguồn kết nạp đảng viên trong đồng bào dân tộc thiểu số.
Đại hội bầu 14 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I.
Minh Thư
Tin cùng chuyên mục
- Đảng bộ phường Bình Phước tổ chức đại hội lần thứ I (04/09/2025)
- Xã Bù Gia Mập đại hội điểm nhiệm kỳ 2025 - 2030 (28/08/2025)
- Đồng Nai: Hoàn thành đại hội đảng bộ cấp xã (25/08/2025)
- Xã Phú Nghĩa ra mắt Ban Xây dựng Đảng (15/08/2025)
""", "2025-09-09", "Đại hội Đảng bộ xã Đa Kia nhiệm kỳ 2025 - 2030: Đoàn kết, đột phá, phát triển bền vững",
E("dai_hoi", None, "2025-09-06"),
[P("Điểu Thị Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân tộc và Tôn giáo Tỉnh ủy"),
 P("Điểu Bréc", "Trưởng ấp Bù Rên", "người có uy tín trong đồng bào S'tiêng"),
 P("Phạm Văn Lực", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy xã Đa Kia"),
 P("Nguyễn Hữu Tài", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Thị Ngọc Bích", "Phó Bí thư Đảng ủy xã", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Thị Chiều", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("140 đại biểu", 140, "đại biểu"), Q("812 đảng viên", 812, "đảng viên"), Q("126 đảng viên mới", 126, "đảng viên mới"),
 Q("31 đảng viên", 31, "đảng viên"), Q("9,1%", 9.1, "%"), Q("21.400 ha", 21400, "ha"), Q("1,2%", 1.2, "%"),
 Q("96 hộ đồng bào dân tộc thiểu số", 96, "hộ đồng bào dân tộc thiểu số"), Q("16 chỉ tiêu", 16, "chỉ tiêu"),
 Q("3 nhiệm vụ đột phá", 3, "nhiệm vụ đột phá"), Q("23 đồng chí", 23, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("14 đại biểu chính thức", 14, "đại biểu chính thức")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quyết định", "47", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 47-QĐ/TU"),
 D("Quyết định", "48", "QĐ/TU", "2025-06-29", "Ban Thường vụ Tỉnh ủy", "Quyết định 48-QĐ/TU ngày 29/6/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đa Kia"), com("Bình Thắng"), com("Phước Minh")],
["Cổng thông tin điện tử Đảng bộ tỉnh Đồng Nai", "Trang chủ › Tin tức › Đại hội Đảng", "Toàn cảnh phiên khai mạc đại hội.",
 "Đoàn kết, đột phá, phát triển bền vững"],
["Thứ Ba, 09/09/2025 - 15:10", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Giai đoạn 2020 - 2025", "23 đồng chí", "9 đồng chí", "2 cấp"]))

PAGES.append(page("b1851-lamdong-dangbo-xa-tongket-2025", """
BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Chính trị | Xây dựng Đảng
16/01/2026 06:00
Xã Quảng Tân: Năm đầu vận hành mô hình mới, kết nạp 21 đảng viên
Đồng chí K'Sỏi trao quyết định kết nạp cho các đảng viên mới.
Ngày 14/1, Đảng ủy xã Quảng Tân tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026. Xã Quảng Tân, tỉnh Lâm Đồng được thành lập trên cơ sở sáp nhập xã Quảng Tân và xã Đắk Ngo thuộc huyện Tuy Đức, tỉnh Đắk Nông trước đây. Đồng chí Điểu K'Rơ, Bí thư Đảng ủy xã chủ trì hội nghị; dự có đồng chí K'Sỏi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.
Năm 2025, Đảng bộ xã đã lãnh đạo hoàn thành việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương 2 cấp từ ngày 1/7/2025 và tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030. Đảng bộ hiện có 27 chi bộ với 694 đảng viên. Trong năm, kết nạp 21 đảng viên mới, đạt 105% chỉ tiêu, trong đó có 8 đảng viên là người Mnông, 3 đảng viên là người Mông, Dao di cư từ phía Bắc; 100% chi bộ thôn, bon tổ chức sinh hoạt theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.
Đảng ủy xã đã ban hành 14 nghị quyết, 22 kế hoạch, trong đó có Nghị quyết chuyên đề số 03-NQ/ĐU ngày 20/9/2025 về phát triển cây mắc ca và Chương trình hành động số 01-CTr/ĐU thực hiện Nghị quyết Đại hội Đảng bộ xã. Thu ngân sách trên địa bàn đạt 18,7 tỷ đồng, vượt 24% dự toán; tỷ lệ hộ nghèo giảm còn 2,9%, riêng hộ nghèo đồng bào dân tộc thiểu số tại chỗ còn 41 hộ.
Tại hội nghị, đồng chí Y Bích, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã, đánh giá: năm đầu vận hành mô hình mới còn khó khăn về trụ sở, 11 cán bộ phải đi lại xa; một số chi bộ bon chưa phát huy vai trò. Đồng chí Thị Hương, Bí thư Chi bộ bon Bu Prăng 2, người Mnông, chia sẻ kinh nghiệm mời già làng dự sinh hoạt chi bộ mở rộng mỗi quý.
Phát biểu chỉ đạo, đồng chí K'Sỏi đề nghị năm 2026 Đảng bộ xã quán triệt, triển khai Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; thực hiện Quy định số 366-QĐ/TW của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng; phấn đấu kết nạp từ 25 đảng viên trở lên.
Dịp này, Đảng ủy xã trao quyết định kết nạp cho 6 đảng viên mới và tặng giấy khen cho 4 chi bộ, 12 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025; đồng chí Ka Thuyên, Chánh Văn phòng Đảng ủy xã, công bố các quyết định.
Hồng Thắm
Tin liên quan
- Tuy Đức cũ: Những bon làng đổi thay (10/01/2026)
- Xã Quảng Trực tổng kết năm 2025 (08/01/2026)
- Lâm Đồng trao Huy hiệu Đảng đợt 7/11 (07/11/2025)
- Xã Đắk Búk So đại hội lần thứ I (20/08/2025)
""", "2026-01-16", "Xã Quảng Tân: Năm đầu vận hành mô hình mới, kết nạp 21 đảng viên",
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu K'Rơ", "Bí thư Đảng ủy xã"),
 P("K'Sỏi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Y Bích", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Hương", "Bí thư Chi bộ bon Bu Prăng 2"),
 P("Ka Thuyên", "Chánh Văn phòng Đảng ủy xã")],
[Q("21 đảng viên mới", 21, "đảng viên mới"), Q("27 chi bộ", 27, "chi bộ"), Q("694 đảng viên", 694, "đảng viên"),
 Q("105%", 105, "%"), Q("8 đảng viên", 8, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"), Q("100% chi bộ thôn, bon", 100, "%"),
 Q("14 nghị quyết", 14, "nghị quyết"), Q("22 kế hoạch", 22, "kế hoạch"), Q("18,7 tỷ đồng", 18700000000, "đồng"),
 Q("24%", 24, "%"), Q("2,9%", 2.9, "%"), Q("41 hộ", 41, "hộ"), Q("11 cán bộ", 11, "cán bộ"),
 Q("từ 25 đảng viên trở lên", 25, "đảng viên", "over"), Q("6 đảng viên mới", 6, "đảng viên mới"), Q("4 chi bộ", 4, "chi bộ"),
 Q("12 đảng viên", 12, "đảng viên")],
[D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-09-20", "Đảng ủy xã", "Nghị quyết chuyên đề số 03-NQ/ĐU ngày 20/9/2025"),
 D("Chương trình hành động", "01", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 01-CTr/ĐU"),
 D("Quy định", "366", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 366-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tân"), com("Đắk Ngo")],
["BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Chính trị | Xây dựng Đảng",
 "Đồng chí K'Sỏi trao quyết định kết nạp cho các đảng viên mới.", "Nghị quyết Đại hội XIV", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["16/01/2026 06:00", "năm 2025", "năm 2026", "2 cấp", "1/7/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "mỗi quý", "Đại hội XIV"]))

PAGES.append(page("b1852-daklak-giaoban-dangbo-xa-quy1-2026", """
ĐẢNG BỘ XÃ EA DRÔNG - TỈNH ĐẮK LẮK
Trang chủ » Tin tức » Hoạt động Đảng ủy
Thứ Sáu, 10/04/2026
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác xây dựng Đảng quý I năm 2026
Ngày 8/4/2026, Ban Thường vụ Đảng ủy xã Ea Drông, tỉnh Đắk Lắk tổ chức hội nghị giao ban công tác xây dựng Đảng quý I năm 2026 với bí thư 32 chi bộ trực thuộc. Đồng chí Y Dhăm Ênuôl, Bí thư Đảng ủy xã chủ trì hội nghị.
Theo báo cáo của Ban Xây dựng Đảng Đảng ủy xã, quý I, các chi bộ đã tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho 1.128 đảng viên, đạt 97,4%. Đảng ủy xã đã ban hành Chương trình hành động số 05-CTr/ĐU và Kế hoạch 18, 19-KH/ĐU của Ban Thường vụ Đảng ủy xã về tạo nguồn phát triển đảng viên và về nâng cao chất lượng sinh hoạt chi bộ năm 2026.
Trong quý, Đảng bộ kết nạp 5 đảng viên mới, trong đó 3 đảng viên là người Êđê; chuyển chính thức cho 7 đảng viên dự bị; trao Huy hiệu Đảng cho 14 đảng viên dịp 3/2. Ủy ban Kiểm tra Đảng ủy xã tiến hành giám sát thường xuyên 4 chi bộ, kiểm tra 1 đảng viên khi có dấu hiệu vi phạm.
Đồng chí H'Nga Knul, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã, cho biết còn 3 chi bộ buôn chưa xây dựng được nguồn kết nạp; có 2 buôn, nơi đa số là người đồng bào Êđê theo đạo Tin lành, tỷ lệ đảng viên trên dân số thấp. Đồng chí Y Suôn Byă, Bí thư Chi bộ buôn Ea Kmăt, và đồng chí H'Doan Mlô, Bí thư Chi bộ buôn Cư Drăm, cùng kiến nghị Đảng ủy mở lớp bồi dưỡng nhận thức về Đảng ngay trong quý II.
Đồng chí Trần Minh Khoa, Phó Bí thư Đảng ủy - Chủ tịch UBND xã, thông tin: quý I, xã giải ngân 4,6 tỷ đồng vốn hỗ trợ sản xuất, khởi công 12 căn nhà cho hộ nghèo; 92% hồ sơ thủ tục hành chính được giải quyết trực tuyến.
Kết luận hội nghị, đồng chí Y Dhăm Ênuôl yêu cầu quý II/2026 các chi bộ thực hiện nghiêm Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương; mỗi chi bộ giới thiệu ít nhất 1 quần chúng đi học lớp nhận thức về Đảng; Ban Xây dựng Đảng phối hợp với Trung tâm Chính trị tỉnh mở lớp cho 60 học viên. Đồng chí cũng giao các chi bộ buôn phối hợp Hội Cựu chiến binh, Đoàn Thanh niên tạo nguồn từ thanh niên hoàn thành nghĩa vụ quân sự, sinh viên tốt nghiệp trở về địa phương.
Văn phòng Đảng ủy
Lượt truy cập: 87.516
Tin khác
- Đảng ủy xã Ea Drông tổng kết công tác năm 2025 (12/01/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (25/12/2025)
- Ra mắt mô hình "Chi bộ buôn 4 tốt" (15/12/2025)
- Buôn Ea Kmăt đón nhận danh hiệu buôn văn hóa (02/12/2025)
- Xã Ea Drông ra mắt Ban Xây dựng Đảng và Văn phòng Đảng ủy (05/07/2025)
- Tập huấn nghiệp vụ cho cán bộ chính quyền địa phương 2 cấp (28/06/2025)
""", "2026-04-10", "Giao ban công tác xây dựng Đảng quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Y Dhăm Ênuôl", "Bí thư Đảng ủy xã"),
 P("H'Nga Knul", "Ủy viên Ban Thường vụ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Y Suôn Byă", "Bí thư Chi bộ buôn Ea Kmăt"),
 P("H'Doan Mlô", "Bí thư Chi bộ buôn Cư Drăm"),
 P("Trần Minh Khoa", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã")],
[Q("32 chi bộ", 32, "chi bộ"), Q("1.128 đảng viên", 1128, "đảng viên"), Q("97,4%", 97.4, "%"),
 Q("5 đảng viên mới", 5, "đảng viên mới"), Q("3 đảng viên", 3, "đảng viên"), Q("7 đảng viên dự bị", 7, "đảng viên dự bị"),
 Q("14 đảng viên", 14, "đảng viên"), Q("4 chi bộ", 4, "chi bộ"), Q("1 đảng viên", 1, "đảng viên"),
 Q("3 chi bộ buôn", 3, "chi bộ buôn"), Q("2 buôn", 2, "buôn"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("12 căn nhà", 12, "căn nhà"), Q("92% hồ sơ", 92, "%"), Q("60 học viên", 60, "học viên")],
[D("Chương trình hành động", "05", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 05-CTr/ĐU"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 18, 19-KH/ĐU"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 18, 19-KH/ĐU"),
 D("Quy định", "24", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 24-QĐ/TW")],
[prov("Đắk Lắk"), com("Ea Drông")],
["ĐẢNG BỘ XÃ EA DRÔNG - TỈNH ĐẮK LẮK", "Trang chủ » Tin tức » Hoạt động Đảng ủy", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV", "Lượt truy cập: 87.516"],
["Thứ Sáu, 10/04/2026", "quý I năm 2026", "lần thứ XIV", "năm 2026", "dịp 3/2", "quý II/2026", "1 quần chúng",
 "Lượt truy cập: 87.516"]))
