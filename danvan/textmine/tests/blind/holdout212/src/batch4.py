from lib import *
PAGES = []

PAGES.append(page("b5063-quangbinh-mttq-daihoi-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận
Ngày 13/09/2024 | 14:10
Toàn cảnh phiên trọng thể Đại hội. Ảnh: Phan Phương
Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Quảng Bình lần thứ XVI
(QBĐT) - Trong 2 ngày 12 và 13/9/2024, Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI, nhiệm kỳ 2024 - 2029. Dự đại hội có đồng chí Phùng Khánh Toàn, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam, cùng 300 đại biểu đại diện cho các giai cấp, tầng lớp xã hội, các dân tộc, tôn giáo trong tỉnh.
Báo cáo do Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Hoàng Văn Sơn trình bày cho biết, nhiệm kỳ 2019 - 2024, Mặt trận các cấp đã thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về khung hướng dẫn phát huy vai trò của nhân dân trong đấu tranh phòng, chống tham nhũng, Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về khối đại đoàn kết toàn dân tộc và Chỉ thị 38, 39-CT/TU của Ban Thường vụ Tỉnh ủy. Quỹ "Vì người nghèo" các cấp vận động được 185,6 tỷ đồng; xây mới, sửa chữa 3.120 căn nhà tạm, nhà dột nát; tổ chức khoảng 1.200 ý kiến góp ý xây dựng Đảng, chính quyền. Hơn 99% khu dân cư đăng ký thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Tham luận tại đại hội, ông Hồ Văn Dũng, người có uy tín bản Cà Roòng, xã Thượng Trạch, chia sẻ việc vận động đồng bào Bru - Vân Kiều giữ rừng; bà Cao Thị Hoa, Chủ tịch Ủy ban MTTQ xã Trọng Hóa, giới thiệu mô hình hỗ trợ 58 hộ đồng bào Chứt ổn định sinh kế; Đại đức Thích Minh Tâm, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cam kết đồng hành với Mặt trận.
Đại hội đã hiệp thương dân chủ cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Hội nghị lần thứ nhất đã hiệp thương cử Ban Thường trực gồm 5 vị; bà Trần Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Các ông Hoàng Văn Sơn, Đinh Xuân Ngọc - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Hồ Thị Minh, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh. Đại hội cũng cử 11 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Phát biểu chỉ đạo, đồng chí Phùng Khánh Toàn đề nghị Mặt trận tỉnh thực hiện Kế hoạch số 215-KH/TU của Tỉnh ủy về phát huy vai trò giám sát, phản biện xã hội, phấn đấu đến năm 2025 hoàn thành xóa nhà tạm cho hộ nghèo, hộ chính sách.
Đại hội thông qua Chương trình hành động với 6 nhiệm vụ trọng tâm và 3 khâu đột phá trong nhiệm kỳ 2024 - 2029.
Phan Phương
Lượt xem: 2.607
Bài viết liên quan
- Tuyên Hóa: Đại hội MTTQ huyện lần thứ XIX (28/08/2024)
- Quảng Bình: 100% cơ sở hoàn thành đại hội Mặt trận (12/07/2024)
- Trao 300 căn nhà Đại đoàn kết cho hộ nghèo (20/06/2024)
""", "2024-09-13", "Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Quảng Bình lần thứ XVI",
E("dai_hoi", None, "2024-09-12"),
[P("Phùng Khánh Toàn", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Hoàng Văn Sơn", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Dũng", "người có uy tín bản Cà Roòng"),
 P("Cao Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Trọng Hóa"),
 P("Thích Minh Tâm", "Đại đức", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trần Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Đinh Xuân Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Minh", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("300 đại biểu", 300, "đại biểu"), Q("185,6 tỷ đồng", 185600000000, "đồng"),
 Q("3.120 căn nhà tạm, nhà dột nát", 3120, "căn nhà tạm, nhà dột nát"), Q("khoảng 1.200 ý kiến", 1200, "ý kiến", "approx"),
 Q("Hơn 99%", 99, "%", "over"), Q("58 hộ đồng bào Chứt", 58, "hộ đồng bào Chứt"), Q("85 vị", 85, "vị"), Q("5 vị", 5, "vị"),
 Q("11 đại biểu", 11, "đại biểu"), Q("6 nhiệm vụ trọng tâm", 6, "nhiệm vụ trọng tâm"), Q("3 khâu đột phá", 3, "khâu đột phá")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Chỉ thị", "38", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU"),
 D("Chỉ thị", "39", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU"),
 D("Kế hoạch", "215", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 215-KH/TU")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Trọng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận", "Toàn cảnh phiên trọng thể Đại hội. Ảnh: Phan Phương", "(QBĐT)",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 2.607"],
["Ngày 13/09/2024 | 14:10", "2 ngày", "lần thứ XVI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XVI", "lần thứ X",
 "năm 2025", "Lượt xem: 2.607"]))

PAGES.append(page("b5064-tuyenquang-btgdv-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Tin tức › Chính trị › Xây dựng Đảng
Thứ Sáu, 8/8/2025 - 09:42
Hội nghị công bố quyết định về công tác cán bộ tại Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang
Chiều 7/8, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị công bố quyết định về công tác cán bộ tại Ban Tuyên giáo và Dân vận Tỉnh ủy sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Đồng chí Lục Văn Pao, Phó Bí thư Tỉnh ủy dự và trao quyết định.
Đồng chí Lục Văn Pao trao quyết định và tặng hoa chúc mừng các đồng chí được bổ nhiệm.
Tại hội nghị, đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy công bố Quyết định số 85-QĐ/TU ngày 5/8/2025 của Ban Thường vụ Tỉnh ủy về việc bổ nhiệm đồng chí Sùng Mí Chớ, nguyên Phó Trưởng Ban Dân vận Tỉnh ủy Hà Giang, giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các Quyết định số 86, 87-QĐ/TU cùng ngày điều động đồng chí Triệu Thị Kim, Trưởng phòng Dân vận - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, đến nhận công tác tại Sở Dân tộc và Tôn giáo và bổ nhiệm giữ chức Phó Giám đốc Sở Dân tộc và Tôn giáo.
Như vậy, Ban Tuyên giáo và Dân vận Tỉnh ủy hiện có Trưởng ban và 5 Phó Trưởng ban, gồm các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Thị Dung, Sùng Mí Chớ, Nguyễn Quang Vinh, Lò Thị Hương, Đặng Văn Tiến. Ban có 6 phòng chuyên môn với 58 biên chế, giảm 21 biên chế so với tổng số của 4 cơ quan trước hợp nhất.
Phát biểu giao nhiệm vụ, đồng chí Lục Văn Pao đề nghị Ban tham mưu thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp, nắm chắc tư tưởng cán bộ, đảng viên và nhân dân ở 124 xã, phường của tỉnh mới, trong đó có nhiều xã biên giới như Lũng Cú, Minh Tân. Đồng chí lưu ý tỉnh có 22 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 78% dân số, cần làm tốt công tác vận động người có uy tín.
Thay mặt cán bộ được bổ nhiệm, đồng chí Sùng Mí Chớ cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy, hứa cùng tập thể Ban triển khai Kế hoạch 09, 10-KH/TU của Tỉnh ủy về công tác dân vận sau sáp nhập và về tuyên truyền đại hội Đảng bộ tỉnh lần thứ I. Đồng chí Hoàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban sẽ rà soát, phân công lại nhiệm vụ 5 Phó Trưởng ban ngay trong tháng 8.
Dự hội nghị còn có đồng chí Giàng Thị Mỷ, Phó Trưởng Ban Dân tộc HĐND tỉnh, đại diện Sở Nội vụ và các phòng chuyên môn của Ban.
Minh Thu
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (01/07/2025)
- Phường Hà Giang 1: hội nghị Ban Chấp hành Đảng bộ phường lần thứ nhất (03/07/2025)
- 124 xã, phường chính thức vận hành chính quyền 2 cấp (01/07/2025)
""", "2025-08-08", "Hội nghị công bố quyết định về công tác cán bộ tại Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
E("hoi_nghi", None, "2025-08-07"),
[P("Lục Văn Pao", "Phó Bí thư Tỉnh ủy"),
 P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Sùng Mí Chớ", "nguyên Phó Trưởng Ban Dân vận Tỉnh ủy Hà Giang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Kim", "Trưởng phòng Dân vận - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Hoàng Thị Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Văn Tiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Mỷ", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("5 Phó Trưởng ban", 5, "Phó Trưởng ban"), Q("6 phòng chuyên môn", 6, "phòng chuyên môn"), Q("58 biên chế", 58, "biên chế"),
 Q("21 biên chế", 21, "biên chế"), Q("4 cơ quan", 4, "cơ quan"), Q("124 xã, phường", 124, "xã, phường"),
 Q("22 dân tộc", 22, "dân tộc"), Q("khoảng 78%", 78, "%", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "85", "QĐ/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 85-QĐ/TU ngày 5/8/2025"),
 D("Quyết định", "86", "QĐ/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 86, 87-QĐ/TU"),
 D("Quyết định", "87", "QĐ/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 86, 87-QĐ/TU"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Kế hoạch", "09", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 09, 10-KH/TU"),
 D("Kế hoạch", "10", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 09, 10-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Tân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Tin tức › Chính trị › Xây dựng Đảng",
 "Đồng chí Lục Văn Pao trao quyết định và tặng hoa chúc mừng các đồng chí được bổ nhiệm.", "Sở Nội vụ"],
["Thứ Sáu, 8/8/2025 - 09:42", "2 cấp", "lần thứ I", "tháng 8"]))

PAGES.append(page("b5065-vinhlong-mttq-daihoi-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
17.10.2025 | 15:45
Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I thành công tốt đẹp
Ngày 16/10/2025, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận. Dự đại hội có 500 đại biểu chính thức đại diện cho các tầng lớp nhân dân, đồng bào Kinh, Khmer, Hoa và các tôn giáo trong tỉnh.
Các đại biểu tham quan khu trưng bày sản phẩm OCOP bên lề đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua Mặt trận và các đoàn thể của ba tỉnh đã vận động Quỹ "Vì người nghèo" được 412 tỷ đồng, xóa 6.830 căn nhà tạm, nhà dột nát; phối hợp tổ chức 1.450 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Đại hội được tổ chức theo Chỉ thị số 46-CT/TW ngày 14/5/2025 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII; Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 05, 06-KH/TU về chỉ đạo đại hội và về nhân sự Ủy ban MTTQ tỉnh khóa I.
Đại hội đã hiệp thương dân chủ cử 115 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa I. Tại hội nghị lần thứ nhất, ông Nguyễn Hữu Phước, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I, nhiệm kỳ 2025 - 2030. Ban Thường trực gồm 9 vị; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Văn Cảnh, Thạch Chanh Đa, Võ Thị Ngọc Bích. Bà Kim Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, và ông Trần Minh Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cũng là thành viên Ban Thường trực.
Tham luận tại đại hội, Hòa thượng Thạch Sa Mươl, Trưởng ban Trị sự Phật giáo Nam tông Khmer tỉnh, cam kết vận động 142 chùa Phật giáo Nam tông Khmer tham gia an sinh xã hội; ông Sơn Ngọc Thạch, Chủ tịch Ủy ban MTTQ xã Long Hiệp, chia sẻ cách làm trong vận động 230 hộ hiến đất mở rộng đường; bà Phạm Thị Mỹ Lệ, Trưởng Ban Công tác Mặt trận khóm 3, phường Phú Khương, đề nghị hỗ trợ kinh phí cho ban công tác mặt trận khu dân cư.
Phát biểu chỉ đạo, đồng chí Phan Văn Quý, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, đề nghị Mặt trận tỉnh Vĩnh Long phát huy vai trò trung tâm đoàn kết sau hợp nhất, tinh gọn bộ máy nhưng không để "khoảng trống" ở cơ sở, phấn đấu 100% khu dân cư có Ban Công tác Mặt trận hoạt động hiệu quả. Hiện tỉnh có 124 xã, phường với hơn 4 triệu dân.
Đại hội cũng cử 15 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam và thông qua Nghị quyết với 8 chỉ tiêu chủ yếu.
Thanh Hải - Lâm Sơn
Tin liên quan
- Hội nghị hiệp thương lần thứ nhất chuẩn bị đại hội Mặt trận tỉnh (25/09/2025)
- Hơn 300 cán bộ Mặt trận cơ sở được tập huấn (10/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (01/07/2025)
""", "2025-10-17", "Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I thành công tốt đẹp",
E("dai_hoi", None, "2025-10-16"),
[P("Nguyễn Hữu Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I"),
 P("Lê Văn Cảnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Thạch Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Minh Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sa Mươl", "Hòa thượng", "Trưởng ban Trị sự Phật giáo Nam tông Khmer tỉnh"),
 P("Sơn Ngọc Thạch", "Chủ tịch Ủy ban MTTQ xã Long Hiệp"),
 P("Phạm Thị Mỹ Lệ", "Trưởng Ban Công tác Mặt trận khóm 3"),
 P("Phan Văn Quý", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")],
[Q("500 đại biểu chính thức", 500, "đại biểu chính thức"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("6.830 căn nhà tạm, nhà dột nát", 6830, "căn nhà tạm, nhà dột nát"), Q("1.450 hội nghị đối thoại", 1450, "hội nghị đối thoại"),
 Q("115 vị", 115, "vị"), Q("9 vị", 9, "vị"), Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"),
 Q("230 hộ", 230, "hộ"), Q("100%", 100, "%"), Q("124 xã, phường", 124, "xã, phường"), Q("hơn 4 triệu dân", 4000000, "dân", "over"),
 Q("15 đại biểu", 15, "đại biểu"), Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu")],
[D("Chỉ thị", "46", "CT/TW", "2025-05-14", "Ban Bí thư", "Chỉ thị số 46-CT/TW ngày 14/5/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11 khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phú Khương")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận", "Các đại biểu tham quan khu trưng bày sản phẩm OCOP bên lề đại hội.",
 "Vì người nghèo"],
["17.10.2025 | 15:45", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Hội nghị Trung ương 11", "khóa XIII", "khóa I", "khóm 3"]))

PAGES.append(page("b5066-lamdong-mttq-xa-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ > Chính trị > Cơ sở
Ngày 16/01/2026 | 16:20
Xã Quảng Trực hiệp thương cử Chủ tịch Ủy ban MTTQ Việt Nam xã
Ngày 15/1, Ủy ban MTTQ Việt Nam xã Quảng Trực, tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026 và hiệp thương cử bổ sung chức danh Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự hội nghị có bà Điểu Thị Hường, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Y Kren, Bí thư Đảng ủy xã Quảng Trực.
Bà Điểu Thị Hường tặng hoa chúc mừng Chủ tịch Ủy ban MTTQ Việt Nam xã.
Năm 2025, năm đầu tiên vận hành chính quyền địa phương 2 cấp, Mặt trận xã và các tổ chức thành viên đã ổn định tổ chức, hoàn thành đại hội nhiệm kỳ 2025 - 2030; vận động Quỹ "Vì người nghèo" được 1,2 tỷ đồng; hỗ trợ xây 18 căn nhà Đại đoàn kết; trao 320 phần quà Tết cho hộ nghèo, hộ đồng bào Mnông; vận động 46 hộ di cư tự do ổn định cuộc sống ở 8 thôn, bon. Mặt trận xã thực hiện Kế hoạch 12, 13-KH/ĐU của Ban Thường vụ Đảng ủy xã về giám sát, phản biện xã hội và về vận động đồng bào dân tộc thiểu số phát triển sản xuất, tổ chức 5 cuộc giám sát, 2 hội nghị phản biện với 11 ý kiến phản biện.
Tại hội nghị, theo Công văn số 45/MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Thông báo số 21-TB/ĐU ngày 9/1/2026 của Ban Thường vụ Đảng ủy xã, các đại biểu đã hiệp thương cử bà Thị Bích, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực khóa I, nhiệm kỳ 2025 - 2030, thay ông Điểu Kré, ĐUV, nghỉ hưu theo chế độ từ ngày 1/1/2026. Kết quả hiệp thương đạt 52/53 đại biểu tán thành.
Tham luận, ông Y Thanh, Trưởng bon Bu Prăng, cho biết bon có 12 học sinh có hoàn cảnh khó khăn được hỗ trợ xe đạp; chị H'Điệp, Chi hội trưởng Phụ nữ bon Đắk Huýt, đề nghị tăng thêm suất vay vốn. Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND xã, cam kết giải quyết dứt điểm 7 vụ tranh chấp đất đai trong quý I.
Phát biểu nhận nhiệm vụ, bà Thị Bích - Chủ tịch Ủy ban MTTQ Việt Nam xã hứa sẽ cùng Ban Thường trực tiếp tục cuộc vận động "Cả nước chung tay xóa nhà tạm, nhà dột nát", phấn đấu năm 2026 có trên 90% thôn, bon đạt chuẩn khu dân cư văn hóa.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Giấy khen cho 3 tập thể, 6 cá nhân có thành tích xuất sắc năm 2025.
Huy Thanh
Tin khác
- Tuy Đức: trao 200 phần quà Tết cho đồng bào biên giới (12/01/2026)
- Lâm Đồng: 124 xã, phường tổng kết công tác Mặt trận (08/01/2026)
- Gia Nghĩa: đối thoại giữa Bí thư Đảng ủy phường với nhân dân (25/12/2025)
""", "2026-01-16", "Xã Quảng Trực hiệp thương cử Chủ tịch Ủy ban MTTQ Việt Nam xã",
E("tong_ket", "2025", "2026-01-15"),
[P("Điểu Thị Hường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Y Kren", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Thị Bích", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã",
   "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực khóa I", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Kré", "ĐUV"),
 P("Y Thanh", "Trưởng bon Bu Prăng"),
 P("H'Điệp", "Chi hội trưởng Phụ nữ bon Đắk Huýt"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã")],
[Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"), Q("320 phần quà", 320, "phần quà"),
 Q("46 hộ di cư tự do", 46, "hộ di cư tự do"), Q("8 thôn, bon", 8, "thôn, bon"), Q("5 cuộc giám sát", 5, "cuộc giám sát"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("11 ý kiến phản biện", 11, "ý kiến phản biện"),
 Q("52/53 đại biểu", 52, "đại biểu"), Q("12 học sinh", 12, "học sinh"), Q("7 vụ tranh chấp đất đai", 7, "vụ tranh chấp đất đai"),
 Q("trên 90%", 90, "%", "over"), Q("3 tập thể", 3, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kế hoạch", "12", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Công văn", "45", "MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 45/MTTQ-BTT ngày 5/1/2026"),
 D("Thông báo", "21", "TB/ĐU", "2026-01-09", "Ban Thường vụ Đảng ủy xã", "Thông báo số 21-TB/ĐU ngày 9/1/2026")],
[prov("Lâm Đồng"), com("Quảng Trực")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ > Chính trị > Cơ sở",
 "Bà Điểu Thị Hường tặng hoa chúc mừng Chủ tịch Ủy ban MTTQ Việt Nam xã.", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Ngày 16/01/2026 | 16:20", "năm 2025", "năm 2026", "2 cấp", "nhiệm kỳ 2025 - 2030", "khóa I", "ngày 1/1/2026", "quý I"]))

PAGES.append(page("b5067-dongnai-doan-chandung-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội › Thanh niên
06-03-2026 07:30
Ảnh: Thị Ngọc Lan (thứ hai từ trái) cùng đoàn viên trồng cây ở bon Bù Khơn.
Nữ Bí thư Đoàn xã người S'tiêng và khát vọng đổi thay ở vùng biên
Chỉ hơn một năm sau khi được tín nhiệm giữ chức Bí thư Đoàn xã Bù Gia Mập, chị Thị Ngọc Lan, 29 tuổi, người S'tiêng, đã cùng Ban Chấp hành Đoàn xã tập hợp 312 đoàn viên, thanh niên, trong đó 78 đoàn viên mới là con em đồng bào dân tộc thiểu số ở các bon giáp biên tỉnh Đồng Nai.
Trước đó, chị Lan là Phó Bí thư Đoàn xã phụ trách công tác thanh niên dân tộc. Sau khi sắp xếp đơn vị hành chính năm 2025, Đoàn xã Bù Gia Mập mới được thành lập trên cơ sở hợp nhất 3 xã; chị được Ban Thường vụ Tỉnh đoàn chỉ định theo Quyết định số 27-QĐ/TĐTN ngày 14/7/2025 và tiếp tục được bầu tại Đại hội Đoàn xã nhiệm kỳ 2025 - 2030.
Bám sát Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư và Chương trình hành động số 08-CTr/ĐTN của Ban Chấp hành Đoàn xã, chị Lan chú trọng "3 cùng" với thanh niên: cùng làm, cùng học, cùng sinh hoạt. Đoàn xã đã hỗ trợ 45 thanh niên khởi nghiệp, thẩm định 26 ý tưởng khởi nghiệp, trong đó 9 dự án khởi nghiệp được vay tổng cộng khoảng 1,8 tỷ đồng. Theo Quy chế phối hợp số 03 giữa Đoàn xã và Hội Nông dân xã, 3 đội hình tình nguyện đã trồng 1.200 cây giống điều ghép cho 40 hộ khó khăn.
"Lúc đầu nhiều bạn trẻ ngại đến sinh hoạt, phải đến từng nhà vận động", chị Lan kể. Ông Điểu Ngọc Thắng, Bí thư Đảng ủy xã Bù Gia Mập, đánh giá chị là cán bộ trẻ năng động, được quy hoạch vào Ban Chấp hành Đảng bộ xã. Anh Điểu Brếu, Phó Bí thư Đoàn xã, cho biết nhờ cách làm gần dân của chị, tỷ lệ đoàn viên tham gia sinh hoạt đạt 87%, tăng 20% so với trước sáp nhập.
Chị Điểu Thị Hoa, Bí thư Chi đoàn bon Bù Khơn, chia sẻ chi đoàn đã sửa 4 căn nhà cho người già neo đơn và mở lớp dạy tiếng S'tiêng cho 35 thiếu nhi. Chị Lan được Trung ương Đoàn tặng Bằng khen năm 2025 và là 1 trong 10 gương mặt trẻ tiêu biểu của tỉnh Đồng Nai.
Năm 2026, chị đặt mục tiêu có ít nhất 2 hợp tác xã thanh niên ở vùng biên, giới thiệu 15 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Những ngày đầu xuân, chị Lan cùng Ban Chấp hành Đoàn xã đến từng bon tuyên truyền về phòng, chống ma túy, tảo hôn và lừa đảo qua mạng. Chị cho biết, điều chị mong muốn nhất là thanh niên S'tiêng, Mnông ở vùng biên có việc làm ổn định ngay trên quê hương, không phải rời bon đi làm thuê xa nhà.
Khánh Minh
Tin cùng chuyên mục
- Tuổi trẻ Đồng Nai ra quân Tháng Thanh niên năm 2026 (02/03/2026)
- Bù Đăng: 200 đoàn viên hiến máu tình nguyện (25/02/2026)
- Trao 50 suất học bổng cho học sinh S'tiêng (10/02/2026)
""", "2026-03-06", "Nữ Bí thư Đoàn xã người S'tiêng và khát vọng đổi thay ở vùng biên",
E("khac", None, None),
[P("Thị Ngọc Lan", "Bí thư Đoàn xã Bù Gia Mập", "Phó Bí thư Đoàn xã phụ trách công tác thanh niên dân tộc"),
 P("Điểu Ngọc Thắng", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Điểu Brếu", "Phó Bí thư Đoàn xã"),
 P("Điểu Thị Hoa", "Bí thư Chi đoàn bon Bù Khơn")],
[Q("312 đoàn viên, thanh niên", 312, "đoàn viên, thanh niên"), Q("78 đoàn viên mới", 78, "đoàn viên mới"), Q("3 xã", 3, "xã"),
 Q("45 thanh niên", 45, "thanh niên"), Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("9 dự án khởi nghiệp", 9, "dự án khởi nghiệp"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("3 đội hình tình nguyện", 3, "đội hình tình nguyện"),
 Q("1.200 cây giống điều ghép", 1200, "cây giống điều ghép"), Q("40 hộ khó khăn", 40, "hộ khó khăn"), Q("87%", 87, "%"),
 Q("20%", 20, "%"), Q("4 căn nhà", 4, "căn nhà"), Q("35 thiếu nhi", 35, "thiếu nhi"), Q("10 gương mặt trẻ tiêu biểu", 10, "gương mặt trẻ tiêu biểu"),
 Q("ít nhất 2 hợp tác xã thanh niên", 2, "hợp tác xã thanh niên", "over"), Q("15 đoàn viên ưu tú", 15, "đoàn viên ưu tú")],
[D("Quyết định", "27", "QĐ/TĐTN", "2025-07-14", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 27-QĐ/TĐTN ngày 14/7/2025"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Chương trình hành động", "08", "CTr/ĐTN", None, "Ban Chấp hành Đoàn xã", "Chương trình hành động số 08-CTr/ĐTN"),
 D("Quy chế phối hợp", "03", None, None, None, "Quy chế phối hợp số 03")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội › Thanh niên", "Ảnh: Thị Ngọc Lan (thứ hai từ trái) cùng đoàn viên trồng cây ở bon Bù Khơn.",
 "3 cùng"],
["06-03-2026 07:30", "29 tuổi", "hơn một năm", "năm 2025", "nhiệm kỳ 2025 - 2030", "3 cùng", "1 trong 10", "Năm 2026"]))

PAGES.append(page("b5068-hatinh-mttq-xa-giaoban-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ / Hoạt động Mặt trận cơ sở
14:00 | Thứ Sáu, 10/04/2026
Xã Thiên Cầm kiện toàn Phó Chủ tịch Ủy ban MTTQ Việt Nam xã
Chiều 9/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Thiên Cầm (tỉnh Hà Tĩnh) tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2026 với các tổ chức chính trị - xã hội và 18 trưởng Ban Công tác Mặt trận thôn, triển khai nhiệm vụ quý II. Ông Phan Đình Long, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Quang cảnh hội nghị giao ban.
Quý I, Mặt trận xã và các đoàn thể đã vận động nhân dân đóng góp 640 triệu đồng làm 3,2 km đường giao thông; trao 210 suất quà cho hộ nghèo, gia đình chính sách; tổng hợp 24 ý kiến góp ý của cử tri gửi kỳ họp HĐND xã. Mặt trận triển khai Kế hoạch 03, 04-KH/ĐU của Đảng ủy xã về xây dựng khu dân cư "4 an" và về phát huy vai trò Mặt trận giám sát cán bộ, đảng viên ở khu dân cư; thực hiện Hướng dẫn số 07-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Toàn xã có 31 đồng chí là Ủy viên Ủy ban MTTQ xã, 96% hộ đăng ký gia đình văn hóa.
Tại hội nghị, Ban Thường trực đã công bố Quyết định số 18/QĐ-MTTQ-BTT ngày 2/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc hiệp thương cử bà Nguyễn Thị Hoài Thương, Chủ tịch Hội LHPN xã, giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; bà thay ông Lê Văn Quý, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, được điều động làm Phó Chủ tịch UBND xã Cẩm Lạc.
Tham luận, ông Trần Đình Hòe, Trưởng Ban Công tác Mặt trận thôn Thiên Cầm, cho biết thôn có 9 hộ nghèo, 14 hộ cận nghèo, đã vận động 5 hộ xây hố xử lý rác thải; bà Đặng Thị Mai, Chủ tịch Hội Cựu giáo chức xã, đề nghị sớm kiện toàn các chi hội sau khi hợp nhất thôn.
Kết luận, ông Phan Đình Long yêu cầu quý II tập trung làm tốt công tác chuẩn bị cho ngày hội Đại đoàn kết toàn dân tộc ở 18 thôn, phối hợp giải quyết 3 vụ việc khiếu nại kéo dài; đồng thời giao các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Nguyễn Thị Hoài Thương, Võ Văn Kiên phụ trách theo dõi từng cụm thôn. Mặt trận xã phấn đấu đến hết quý II giải ngân không quá 200 triệu đồng từ quỹ cứu trợ cho các hộ bị ảnh hưởng thiên tai.
Hội nghị đã tặng hoa chúc mừng bà Nguyễn Thị Hoài Thương nhận nhiệm vụ mới và chia tay ông Lê Văn Quý. Ông Quý cảm ơn các tổ chức thành viên đã phối hợp trong thời gian công tác tại Mặt trận.
Hoài Nam
Các tin khác
- Cẩm Xuyên: 100% xã tổ chức giao ban Mặt trận quý I (07/04/2026)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND xã (20/03/2026)
- Trao 50 suất quà cho hộ nghèo dịp Tết Bính Ngọ (10/02/2026)
""", "2026-04-10", "Xã Thiên Cầm kiện toàn Phó Chủ tịch Ủy ban MTTQ Việt Nam xã",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Phan Đình Long", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Hoài Thương", "Chủ tịch Hội LHPN xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã", "Phó Chủ tịch UBND xã Cẩm Lạc"),
 P("Trần Đình Hòe", "Trưởng Ban Công tác Mặt trận thôn Thiên Cầm"),
 P("Đặng Thị Mai", "Chủ tịch Hội Cựu giáo chức xã"),
 P("Võ Văn Kiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("18 trưởng Ban Công tác Mặt trận thôn", 18, "trưởng Ban Công tác Mặt trận thôn"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("3,2 km", 3.2, "km"), Q("210 suất quà", 210, "suất quà"), Q("24 ý kiến", 24, "ý kiến"), Q("31 đồng chí", 31, "đồng chí"),
 Q("96%", 96, "%"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("14 hộ cận nghèo", 14, "hộ cận nghèo"), Q("5 hộ", 5, "hộ"),
 Q("18 thôn", 18, "thôn"), Q("3 vụ việc khiếu nại kéo dài", 3, "vụ việc khiếu nại kéo dài"), Q("không quá 200 triệu đồng", 200000000, "đồng")],
[D("Kế hoạch", "03", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 03, 04-KH/ĐU"),
 D("Kế hoạch", "04", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 03, 04-KH/ĐU"),
 D("Hướng dẫn", "07", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07-HD/MTTQ-BTT"),
 D("Quyết định", "18", "QĐ-MTTQ-BTT", "2026-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Quyết định số 18/QĐ-MTTQ-BTT ngày 2/4/2026")],
[prov("Hà Tĩnh"), com("Thiên Cầm"), com("Cẩm Lạc")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ / Hoạt động Mặt trận cơ sở", "Quang cảnh hội nghị giao ban.",
 "Đại đoàn kết toàn dân tộc"],
["14:00 | Thứ Sáu, 10/04/2026", "quý I năm 2026", "quý II", "4 an"]))
