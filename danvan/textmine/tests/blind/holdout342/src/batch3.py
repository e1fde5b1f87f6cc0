from lib import *
PAGES = []

PAGES.append(page("b8177-camau-mttq-tongket-2023", """
BÁO CÀ MAU ONLINE
Trang chủ › Chính trị › Mặt trận - Đoàn thể
19/12/2023 06:00
Đồng chí Trương Minh Trí trao Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc" cho các cá nhân.
Cà Mau: Gần 400 tập thể, cá nhân được khen thưởng trong năm 2023
Chiều 18/12, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai chương trình phối hợp và thống nhất hành động năm 2024. Đồng chí Trương Minh Trí, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Tham dự có đồng chí Huỳnh Thị Cẩm Nhung, Phó Bí thư Tỉnh ủy.
Báo cáo tổng kết cho biết, năm 2023 Mặt trận các cấp đã tổ chức quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc. Quỹ "Vì người nghèo" ba cấp vận động được 47,8 tỷ đồng; xây mới 1.062 căn nhà đại đoàn kết, sửa chữa 215 căn, mỗi căn xây mới được hỗ trợ 50 triệu đồng. Chương trình "Tết vì người nghèo" trao 21.500 phần quà Tết với tổng trị giá hơn 12 tỷ đồng. Tỷ lệ hộ nghèo toàn tỉnh còn 1,43%.
Năm qua, Mặt trận các cấp chủ trì 724 cuộc giám sát, 52 hội nghị phản biện xã hội; tiếp nhận 1.316 ý kiến, kiến nghị của cử tri và chuyển đến cơ quan có thẩm quyền giải quyết. Mặt trận phối hợp hòa giải thành 1.083 vụ việc tranh chấp, đạt 87,4%.
Tại hội nghị, bà Danh Thị Kim, Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc, chia sẻ việc vận động 38 hộ Khmer chuyển đổi mô hình tôm - lúa. Đại đức Thạch Văn Đen, trụ trì chùa Tân Hưng, xã Tân Hưng, cho biết nhà chùa đã vận động Phật tử góp trên 300 triệu đồng sửa chữa 6 cây cầu ở ấp.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Cẩm Nhung đề nghị năm 2024 Mặt trận tỉnh tập trung tổ chức tốt Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XII, nhiệm kỳ 2024 - 2029.
Dịp này, 24 cá nhân được tặng Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"; Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 8 tập thể, 11 cá nhân. Ủy ban MTTQ tỉnh tặng Bằng khen cho 142 tập thể, 206 cá nhân theo các Quyết định số 381, 382, 383/QĐ-MTTQ-BTT ngày 12/12/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, kèm tiền thưởng 1.000.000 đồng/tập thể và 500.000 đồng/cá nhân. Các cá nhân nhận Bằng khen của Trung ương gồm các ông, bà: Danh Thị Kim; Lê Văn Thanh - Chủ tịch Ủy ban MTTQ phường 9; Phạm Hồng Nhiên - Trưởng ban công tác Mặt trận khóm 3, thị trấn Sông Đốc.
Ghi nhận tại hội nghị, các đại biểu cũng chỉ ra hạn chế: một số Ban công tác Mặt trận ấp, khóm còn lúng túng trong việc nắm tình hình dư luận xã hội, việc phản ánh kiến nghị của cử tri có lúc chưa kịp thời.
Phong Vân
Tin liên quan
- Trần Văn Thời bàn giao 60 căn nhà đại đoàn kết (10/12/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ở khóm 5 (17/11/2023)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (05/10/2023)
""", "2023-12-19", "Cà Mau: Gần 400 tập thể, cá nhân được khen thưởng trong năm 2023",
E("tong_ket", "2023", "2023-12-18"),
[P("Trương Minh Trí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Cẩm Nhung", "Phó Bí thư Tỉnh ủy"),
 P("Danh Thị Kim", "Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc"),
 P("Thạch Văn Đen", "Đại đức", "trụ trì chùa Tân Hưng"),
 P("Lê Văn Thanh", "Chủ tịch Ủy ban MTTQ phường 9"),
 P("Phạm Hồng Nhiên", "Trưởng ban công tác Mặt trận khóm 3")],
[Q("Gần 400 tập thể, cá nhân", 400, "tập thể, cá nhân", "approx"), Q("47,8 tỷ đồng", 47800000000, "đồng"),
 Q("1.062 căn nhà đại đoàn kết", 1062, "căn nhà đại đoàn kết"), Q("215 căn", 215, "căn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("21.500 phần quà", 21500, "phần quà"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("1,43%", 1.43, "%"),
 Q("724 cuộc giám sát", 724, "cuộc giám sát"), Q("52 hội nghị phản biện xã hội", 52, "hội nghị phản biện xã hội"),
 Q("1.316 ý kiến, kiến nghị", 1316, "ý kiến, kiến nghị"), Q("1.083 vụ việc tranh chấp", 1083, "vụ việc tranh chấp"),
 Q("87,4%", 87.4, "%"), Q("38 hộ Khmer", 38, "hộ Khmer"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"),
 Q("6 cây cầu", 6, "cây cầu"), Q("24 cá nhân", 24, "cá nhân"), Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q("142 tập thể", 142, "tập thể"), Q("206 cá nhân", 206, "cá nhân"), Q("1.000.000 đồng/tập thể", 1000000, "đồng"),
 Q("500.000 đồng/cá nhân", 500000, "đồng")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Quyết định", "381", "QĐ-MTTQ-BTT", "2023-12-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 381, 382, 383/QĐ-MTTQ-BTT"),
 D("Quyết định", "382", "QĐ-MTTQ-BTT", "2023-12-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 381, 382, 383/QĐ-MTTQ-BTT"),
 D("Quyết định", "383", "QĐ-MTTQ-BTT", "2023-12-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 381, 382, 383/QĐ-MTTQ-BTT")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Hưng"), com("phường 9"), com("Sông Đốc")],
["BÁO CÀ MAU ONLINE", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Trương Minh Trí trao Kỷ niệm chương \"Vì sự nghiệp đại đoàn kết dân tộc\" cho các cá nhân.",
 "Vì sự nghiệp đại đoàn kết dân tộc", "Vì người nghèo", "Tết vì người nghèo", "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XII"],
["19/12/2023 06:00", "năm 2023", "năm 2024", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "phường 9", "khóm 3"]))

PAGES.append(page("b8178-laocai-mttq-tongket-2023", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lào Cai
You are here: Trang chủ > Tin tức > Hoạt động Mặt trận tỉnh
Thứ Năm, 21/12/2023, 08:05
Toàn cảnh hội nghị.
Phát huy sức mạnh khối đại đoàn kết, Mặt trận Lào Cai về đích các chỉ tiêu năm 2023
Ngày 20/12/2023, Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Mặt trận năm 2023 và triển khai nhiệm vụ năm 2024. Chủ trì hội nghị có đồng chí Giàng A Tủa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Tẩn Láo Lở, Sần Thị Mai - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trong năm, Mặt trận các cấp tiếp tục thực hiện Nghị quyết 10, 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế vùng cao và xây dựng nông thôn mới. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 1.650 khu dân cư đăng ký, 1.512 khu dân cư đạt danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" ba cấp vận động được 25,6 tỷ đồng; hỗ trợ làm mới 420 nhà đại đoàn kết, mức hỗ trợ từ 40 triệu đồng trở lên mỗi căn; trao 9.800 suất quà cho hộ nghèo.
Thực hiện Hướng dẫn số 20/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận các cấp đã lấy ý kiến sự hài lòng của nhân dân tại 164 xã, phường, thị trấn, với hơn 16.000 phiếu khảo sát. Mặt trận chủ trì 256 cuộc giám sát, 39 hội nghị phản biện xã hội.
Tại hội nghị, đồng chí Lù Seo Dìn, Bí thư Chi bộ kiêm Trưởng thôn Sín Chải, xã Tả Phìn, chia sẻ cách vận động đồng bào Mông làm du lịch cộng đồng; bà Hoàng Thị Liên, ĐUV, Chủ tịch Ủy ban MTTQ thị trấn Phong Hải, nói về việc vận động nhân dân hiến 12.500 m2 đất làm đường.
Phát biểu chỉ đạo, đồng chí Vàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đề nghị Mặt trận các cấp chuẩn bị tốt đại hội Mặt trận cấp xã nhiệm kỳ 2024 - 2029 theo Kế hoạch số 315-KH/TU ngày 06/10/2023 của Tỉnh ủy.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 38 tập thể, 52 cá nhân; tặng Giấy khen cho 70 hộ gia đình tiêu biểu. Mỗi Bằng khen tập thể kèm 1,2 triệu đồng, cá nhân 600 nghìn đồng. Các tập thể: Ủy ban MTTQ xã Tả Phìn, Ủy ban MTTQ phường Pom Hán, Ủy ban MTTQ xã Bản Lầu, Ban công tác Mặt trận thôn Lùng Cẩu; các cá nhân: Lù Seo Dìn, Hoàng Thị Liên, Ma Seo Chư - người có uy tín thôn Na Lốc 3, Thào A Sinh - Chủ tịch Ủy ban MTTQ xã Bản Lầu.
Đồng chí Vàng Thị Dung trao Bằng khen cho các tập thể.
Hội nghị cũng chỉ ra hạn chế: ở một số xã vùng cao, Ban công tác Mặt trận thôn còn yếu về kỹ năng, việc tập hợp kiến nghị của người dân có nơi chưa đầy đủ.
Phương Anh
Các tin khác
- Bát Xát: 35 khu dân cư tổ chức Ngày hội Đại đoàn kết (18/11/2023)
- Mặt trận tỉnh giám sát việc hỗ trợ nhà ở cho hộ nghèo (25/10/2023)
- Hội nghị người có uy tín tiêu biểu năm 2023 (12/09/2023)
""", "2023-12-21", "Phát huy sức mạnh khối đại đoàn kết, Mặt trận Lào Cai về đích các chỉ tiêu năm 2023",
E("tong_ket", "2023", "2023-12-20"),
[P("Giàng A Tủa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tẩn Láo Lở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Sần Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Seo Dìn", "Bí thư Chi bộ kiêm Trưởng thôn Sín Chải"),
 P("Hoàng Thị Liên", "ĐUV", "Chủ tịch Ủy ban MTTQ thị trấn Phong Hải"),
 P("Vàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Seo Chư", "người có uy tín thôn Na Lốc 3"),
 P("Thào A Sinh", "Chủ tịch Ủy ban MTTQ xã Bản Lầu")],
[Q("1.650 khu dân cư", 1650, "khu dân cư"), Q("1.512 khu dân cư", 1512, "khu dân cư"), Q("25,6 tỷ đồng", 25600000000, "đồng"),
 Q("420 nhà đại đoàn kết", 420, "nhà đại đoàn kết"), Q("từ 40 triệu đồng trở lên", 40000000, "đồng", "over"),
 Q("9.800 suất quà", 9800, "suất quà"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("hơn 16.000 phiếu khảo sát", 16000, "phiếu khảo sát", "over"), Q("256 cuộc giám sát", 256, "cuộc giám sát"),
 Q("39 hội nghị phản biện xã hội", 39, "hội nghị phản biện xã hội"), Q("12.500 m2", 12500, "m2"),
 Q("38 tập thể", 38, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("70 hộ gia đình tiêu biểu", 70, "hộ gia đình tiêu biểu"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("600 nghìn đồng", 600000, "đồng")],
[D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU"),
 D("Hướng dẫn", "20", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 20/HD-MTTW-BTT"),
 D("Kế hoạch", "315", "KH/TU", "2023-10-06", "Tỉnh ủy", "Kế hoạch số 315-KH/TU ngày 06/10/2023")],
[prov("Lào Cai"), com("Tả Phìn"), com("Phong Hải"), com("Pom Hán"), com("Bản Lầu")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "You are here: Trang chủ > Tin tức > Hoạt động Mặt trận tỉnh",
 "Toàn cảnh hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Đồng chí Vàng Thị Dung trao Bằng khen cho các tập thể."],
["Thứ Năm, 21/12/2023, 08:05", "năm 2023", "năm 2024", "nhiệm kỳ 2024 - 2029", "thôn Na Lốc 3"]))

PAGES.append(page("b8179-angiang-mttq-tongket-2024", """
BÁO AN GIANG ĐIỆN TỬ
Chính trị | Mặt trận | Tin tức
Cập nhật: 14:30, 27/12/2024 (GMT+7)
Mặt trận An Giang: Năm 2024 hỗ trợ xây dựng, sửa chữa hơn 2.300 căn nhà cho hộ nghèo
(AG) - Sáng 27/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Thị Minh Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Lê Văn Phước, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Lãnh đạo tỉnh trao Cờ thi đua cho các tập thể. Ảnh: Hạnh Châu
Theo báo cáo, năm 2024 Mặt trận các cấp tổ chức thành công đại hội nhiệm kỳ 2024 - 2029 ở 156/156 xã, phường, thị trấn, 11/11 huyện, thị xã, thành phố và Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI. Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Quỹ "Vì người nghèo" các cấp vận động được 156,3 tỷ đồng; hỗ trợ xây dựng, sửa chữa hơn 2.300 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó có 1.874 căn nhà đại đoàn kết làm mới với mức 60 triệu đồng/căn. Toàn tỉnh còn 0,89% hộ nghèo.
Mặt trận phát huy vai trò chức sắc, chức việc các tôn giáo; Ban Trị sự Phật giáo Hòa Hảo các cấp đóng góp khoảng 42 tỷ đồng làm cầu, đường nông thôn; cộng đồng Chăm Islam ở 12 thánh đường và tiểu thánh đường tích cực tham gia phong trào "Xây dựng ấp, khóm an toàn".
Tại hội nghị, ông Chau Sóc Phanh, Chủ tịch Ủy ban MTTQ xã Lê Trì, chia sẻ việc vận động 14 chùa Khmer góp tiền mua thẻ bảo hiểm y tế cho hộ nghèo; ông Haji Musa Xa Ly, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, và bà Néang Sa Phi, Trưởng ban công tác Mặt trận phum Ô Tà Sóc, xã Lương Phi, cũng có ý kiến tham luận.
Phát biểu chỉ đạo, đồng chí Lê Văn Phước đề nghị Mặt trận các cấp chủ động chuẩn bị thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương và Công văn số 13-CV/BCĐ của Ban Chỉ đạo Trung ương.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 3 tập thể, Bằng khen cho 9 tập thể và 14 cá nhân. Ủy ban MTTQ Việt Nam tỉnh tặng Cờ thi đua cho 6 tập thể và tặng Bằng khen cho 75 tập thể, 96 cá nhân theo Quyết định số 295/QĐ-MTTQ-BTT; mức thưởng Cờ thi đua 4,5 triệu đồng, Bằng khen tập thể 1,8 triệu đồng, Bằng khen cá nhân 900.000 đồng. Các tập thể nhận Cờ thi đua của Trung ương là Ủy ban MTTQ các xã Lê Trì, Lương Phi và Ủy ban MTTQ phường Mỹ Bình. Cá nhân nhận Bằng khen của Trung ương có: Chau Sóc Phanh; Nguyễn Văn Tám, Phó Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân; Lê Thị Hồng Cúc, cán bộ Ban Phong trào Ủy ban MTTQ tỉnh.
Hội nghị nhận định, bên cạnh kết quả đạt được, nguồn lực cho xóa nhà tạm ở một số huyện còn thiếu; việc theo dõi kiến nghị sau giám sát có nơi chưa sâu sát.
Hạnh Châu
Tin cùng chuyên mục
- Tri Tôn bàn giao 150 căn nhà đại đoàn kết (19/12/2024)
- Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ XI (24/08/2024)
- Châu Phú ra quân xóa nhà tạm, nhà dột nát (10/10/2024)
""", "2024-12-27", "Mặt trận An Giang: Năm 2024 hỗ trợ xây dựng, sửa chữa hơn 2.300 căn nhà cho hộ nghèo",
E("tong_ket", "2024", "2024-12-27"),
[P("Nguyễn Thị Minh Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Phước", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Chau Sóc Phanh", "Chủ tịch Ủy ban MTTQ xã Lê Trì"),
 P("Haji Musa Xa Ly", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sa Phi", "Trưởng ban công tác Mặt trận phum Ô Tà Sóc"),
 P("Nguyễn Văn Tám", "Phó Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân"),
 P("Lê Thị Hồng Cúc", "cán bộ Ban Phong trào Ủy ban MTTQ tỉnh")],
[Q("hơn 2.300 căn nhà", 2300, "căn nhà", "over"), Q("156/156 xã, phường, thị trấn", 156, "xã, phường, thị trấn"),
 Q("11/11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("156,3 tỷ đồng", 156300000000, "đồng"),
 Q("1.874 căn nhà đại đoàn kết", 1874, "căn nhà đại đoàn kết"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("0,89%", 0.89, "%"),
 Q("khoảng 42 tỷ đồng", 42000000000, "đồng", "approx"), Q("12 thánh đường và tiểu thánh đường", 12, "thánh đường và tiểu thánh đường"),
 Q("14 chùa Khmer", 14, "chùa Khmer"), Q("3 tập thể", 3, "tập thể"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("6 tập thể", 6, "tập thể"), Q("75 tập thể", 75, "tập thể"), Q("96 cá nhân", 96, "cá nhân"),
 Q("4,5 triệu đồng", 4500000, "đồng"), Q("1,8 triệu đồng", 1800000, "đồng"), Q("900.000 đồng", 900000, "đồng")],
[D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Công văn", "13", "CV/BCĐ", None, "Ban Chỉ đạo Trung ương", "Công văn số 13-CV/BCĐ"),
 D("Quyết định", "295", "QĐ-MTTQ-BTT", None, None, "Quyết định số 295/QĐ-MTTQ-BTT")],
[prov("An Giang"), com("Lê Trì"), com("Lương Phi"), com("Mỹ Bình")],
["BÁO AN GIANG ĐIỆN TỬ", "Chính trị | Mặt trận | Tin tức", "(AG)", "Lãnh đạo tỉnh trao Cờ thi đua cho các tập thể. Ảnh: Hạnh Châu",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Xây dựng ấp, khóm an toàn"],
["Cập nhật: 14:30, 27/12/2024 (GMT+7)", "năm 2024", "năm 2025", "nhiệm kỳ 2024 - 2029", "lần thứ XI"]))

PAGES.append(page("b8180-thanhhoa-mttq-tongket-2024", """
Báo Thanh Hóa điện tử
Thời sự - Chính trị / Mặt trận
08/01/2025 - 15:12
Đồng chí Lò Thị Xuân, Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại hội nghị.
"Mái ấm cho người nghèo" lan tỏa khắp các bản làng xứ Thanh
(Baothanhhoa.vn) - Ngày 7/1, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, chủ trì hội nghị.
Năm 2024, Mặt trận các cấp tập trung triển khai Đề án 52 về xóa nhà tạm cho hộ nghèo, hộ có hoàn cảnh khó khăn; vận động Quỹ "Vì người nghèo" được hơn 215 tỷ đồng, hỗ trợ xây mới 3.412 căn nhà và sửa chữa 1.087 căn nhà, mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa. Tại 11 huyện miền núi, Mặt trận phối hợp vận động 2.650 hộ đồng bào Thái, Mường, Mông hiến đất, góp công xây nhà. Toàn tỉnh đã có 4.980 khu dân cư tổ chức Ngày hội Đại đoàn kết, đạt 100%.
Mặt trận các cấp chủ trì 1.284 cuộc giám sát, 176 hội nghị phản biện xã hội; tổng hợp 2.310 ý kiến, kiến nghị của cử tri gửi đến kỳ họp Quốc hội và HĐND các cấp.
Tại hội nghị, ông Hà Văn Ban, Bí thư Chi bộ, Trưởng bản Pù Mưa, xã Trung Lý, kể cách vận động bà con góp 1.200 ngày công dựng nhà cho hộ nghèo; ông Bùi Văn Lịch, Chủ tịch Ủy ban MTTQ huyện Thạch Thành, nêu mô hình "Nhà nhân ái" gắn với dòng họ. Bà Cầm Thị Hoa, Chủ tịch Ủy ban MTTQ thị trấn Hồi Xuân, đề nghị có cơ chế hỗ trợ thêm cho hộ nghèo ở vùng sạt lở.
Phát biểu kết luận, đồng chí Phạm Thị Thanh Thủy yêu cầu năm 2025 Mặt trận các cấp bám sát Kế hoạch số 15-KH/TU, 16-KH/TU của Ban Thường vụ Tỉnh ủy, chủ động chuẩn bị sắp xếp tổ chức bộ máy, đồng thời hoàn thành mục tiêu xóa nhà tạm trong năm 2025.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 4 tập thể; Ủy ban MTTQ tỉnh tặng Bằng khen cho 126 tập thể, 165 cá nhân, trao thưởng tổng cộng trên 400 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lò Thị Xuân, Lê Minh Tâm, Nguyễn Văn Hào đã trao Bằng khen cho các tập thể: Ủy ban MTTQ xã Trung Lý, Ủy ban MTTQ thị trấn Hồi Xuân, Ủy ban MTTQ phường Đông Sơn; các cá nhân: Hà Văn Ban; Lương Thị Nga - Phó Trưởng ban công tác Mặt trận bản Nàng, xã Phú Lệ; Trịnh Đình Khải - Trưởng thôn Yên Trung.
Hội nghị cũng nêu: việc huy động nguồn lực xã hội cho các huyện nghèo còn gặp khó khăn; một số nơi chậm triển khai xây nhà do thiếu đất ở.
Minh Hằng
Tin liên quan
- Mường Lát bàn giao 80 căn nhà cho hộ nghèo (03/01/2025)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào bị thiệt hại do bão số 3 (15/09/2024)
- Quan Hóa: Ngày hội Đại đoàn kết ở bản Khằm (18/11/2024)
""", "2025-01-08", "\"Mái ấm cho người nghèo\" lan tỏa khắp các bản làng xứ Thanh",
E("tong_ket", "2024", "2025-01-07"),
[P("Lò Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ban", "Bí thư Chi bộ", "Trưởng bản Pù Mưa"),
 P("Bùi Văn Lịch", "Chủ tịch Ủy ban MTTQ huyện Thạch Thành"),
 P("Cầm Thị Hoa", "Chủ tịch Ủy ban MTTQ thị trấn Hồi Xuân"),
 P("Lê Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Nguyễn Văn Hào", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Thị Nga", "Phó Trưởng ban công tác Mặt trận bản Nàng"),
 P("Trịnh Đình Khải", "Trưởng thôn Yên Trung")],
[Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("3.412 căn nhà", 3412, "căn nhà"), Q("1.087 căn nhà", 1087, "căn nhà"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("2.650 hộ", 2650, "hộ"), Q("4.980 khu dân cư", 4980, "khu dân cư"), Q("100%", 100, "%"),
 Q("1.284 cuộc giám sát", 1284, "cuộc giám sát"), Q("176 hội nghị phản biện xã hội", 176, "hội nghị phản biện xã hội"),
 Q("2.310 ý kiến, kiến nghị", 2310, "ý kiến, kiến nghị"), Q("1.200 ngày công", 1200, "ngày công"),
 Q("4 tập thể", 4, "tập thể"), Q("126 tập thể", 126, "tập thể"), Q("165 cá nhân", 165, "cá nhân"),
 Q("trên 400 triệu đồng", 400000000, "đồng", "over")],
[D("Đề án", "52", None, None, None, "Đề án 52"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "16-KH/TU")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Hồi Xuân"), com("Đông Sơn"), com("Phú Lệ")],
["Báo Thanh Hóa điện tử", "Thời sự - Chính trị / Mặt trận", "Đồng chí Lò Thị Xuân, Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại hội nghị.",
 "(Baothanhhoa.vn)", "Vì người nghèo", "Nhà nhân ái", "Ngày hội Đại đoàn kết"],
["08/01/2025 - 15:12", "năm 2024", "năm 2025"]))

PAGES.append(page("b8181-binhduong-mttq-soket-2025", """
BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử
Chính trị » Mặt trận - Đoàn thể
Ngày đăng 27/06/2025 | 10:10
Đồng chí Nguyễn Thị Lệ Hằng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trao Bằng khen cho các tập thể.
Mặt trận tỉnh sơ kết 6 tháng, khen thưởng tập thể, cá nhân hoàn thành xóa nhà tạm
Chiều 26/6, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm và biểu dương các tập thể, cá nhân có thành tích xuất sắc trong Chương trình xóa nhà tạm, nhà dột nát. Đây là hội nghị sơ kết cuối cùng trước khi tỉnh thực hiện sắp xếp, hợp nhất với TP Hồ Chí Minh và tỉnh Bà Rịa - Vũng Tàu, tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025.
Sáu tháng đầu năm, Mặt trận các cấp đã hoàn thành sắp xếp, hợp nhất các tổ chức chính trị - xã hội theo Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Quyết định số 406-QĐ/TW. Quỹ "Vì người nghèo" vận động được 38,5 tỷ đồng; toàn tỉnh hoàn thành xóa 213 căn nhà tạm, nhà dột nát, vượt 12% kế hoạch, mức hỗ trợ từ 60 đến 80 triệu đồng/căn. Mặt trận phối hợp tổ chức 17 phiên chợ 0 đồng cho khoảng 5.100 công nhân lao động khó khăn tại các khu nhà trọ.
Mặt trận tỉnh chủ trì 3 cuộc giám sát chuyên đề, tổng hợp 412 ý kiến góp ý dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013.
Tại hội nghị, bà Trần Thị Thu Ba, Chủ tịch Ủy ban MTTQ phường Chánh Phú Hòa, chia sẻ kinh nghiệm vận động doanh nghiệp góp 2,4 tỷ đồng xây nhà cho công nhân; ông Lê Văn Tư, Trưởng ban công tác Mặt trận khu phố 4, phường Tân Định, đề nghị giữ ổn định đội ngũ cán bộ Mặt trận ở khu dân cư sau sắp xếp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 22 tập thể và 31 cá nhân có thành tích trong Chương trình xóa nhà tạm, nhà dột nát theo Quyết định số 77, 78/QĐ-MTTQ-BTT ngày 20/6/2025; mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng. Trong danh sách có Ủy ban MTTQ các phường Chánh Phú Hòa, Tân Định, xã An Lập; Công ty TNHH Sài Gòn Xanh; các cá nhân Trần Thị Thu Ba, Lê Văn Tư và ông Phạm Quốc Huy - Giám đốc Công ty TNHH Sài Gòn Xanh.
Phát biểu kết luận, đồng chí Nguyễn Thị Lệ Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, yêu cầu cán bộ Mặt trận các cấp giữ vững tinh thần trách nhiệm, bàn giao hồ sơ đầy đủ, không để gián đoạn công việc trong quá trình chuyển đổi; tiếp tục chăm lo Tết cho công nhân, người lao động.
Hội nghị cũng chỉ ra hạn chế: một số nơi còn chậm trong việc xác minh, thẩm định danh sách hộ cần hỗ trợ nhà ở.
Thanh Hà
Tin khác
- Bàn giao 20 căn nhà cho hộ nghèo ở Bắc Tân Uyên (12/06/2025)
- Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam tỉnh (30/05/2025)
- Chợ 0 đồng cho công nhân tại Thuận An (18/05/2025)
""", "2025-06-27", "Mặt trận tỉnh sơ kết 6 tháng, khen thưởng tập thể, cá nhân hoàn thành xóa nhà tạm",
E("so_ket", "2025-H1", "2025-06-26"),
[P("Nguyễn Thị Lệ Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh ủy viên"),
 P("Trần Thị Thu Ba", "Chủ tịch Ủy ban MTTQ phường Chánh Phú Hòa"),
 P("Lê Văn Tư", "Trưởng ban công tác Mặt trận khu phố 4"),
 P("Phạm Quốc Huy", "Giám đốc Công ty TNHH Sài Gòn Xanh")],
[Q("38,5 tỷ đồng", 38500000000, "đồng"), Q("213 căn nhà tạm, nhà dột nát", 213, "căn nhà tạm, nhà dột nát"), Q("12%", 12, "%"),
 Q("từ 60", 60000000, "đồng"), Q("80 triệu đồng/căn", 80000000, "đồng"), Q("17 phiên chợ 0 đồng", 17, "phiên chợ 0 đồng"),
 Q("khoảng 5.100 công nhân lao động khó khăn", 5100, "công nhân lao động khó khăn", "approx"),
 Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("412 ý kiến", 412, "ý kiến"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân"), Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Quyết định", "406", "QĐ/TW", None, None, "Quyết định số 406-QĐ/TW"),
 D("Quyết định", "77", "QĐ-MTTQ-BTT", "2025-06-20", None, "Quyết định số 77, 78/QĐ-MTTQ-BTT ngày 20/6/2025"),
 D("Quyết định", "78", "QĐ-MTTQ-BTT", "2025-06-20", None, "Quyết định số 77, 78/QĐ-MTTQ-BTT ngày 20/6/2025")],
[prov("Bình Dương"), prov("Hồ Chí Minh"), prov("Bà Rịa - Vũng Tàu"), com("Chánh Phú Hòa"), com("Tân Định"), com("An Lập")],
["BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử", "Chính trị » Mặt trận - Đoàn thể",
 "Đồng chí Nguyễn Thị Lệ Hằng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trao Bằng khen cho các tập thể.", "Vì người nghèo",
 "Hiến pháp năm 2013", "Công ty TNHH Sài Gòn Xanh"],
["Ngày đăng 27/06/2025 | 10:10", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Sáu tháng đầu năm", "1/7/2025", "chợ 0 đồng", "khu phố 4"]))

PAGES.append(page("b8182-khanhhoa-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 23/12/2025
Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổng kết năm đầu hoạt động sau hợp nhất
Chiều 22/12, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên kể từ khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất, tổ chức chính quyền địa phương hai cấp. Chủ trì hội nghị có đồng chí Nguyễn Khắc Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.
Báo cáo cho biết, sau sắp xếp, Mặt trận tỉnh có 11 ban chuyên môn; 65/65 xã, phường, đặc khu đã hoàn thành kiện toàn Ủy ban MTTQ Việt Nam cấp xã. Năm 2025, Quỹ "Vì người nghèo" ba cấp (trước sắp xếp) và hai cấp (sau sắp xếp) vận động được khoảng 74 tỷ đồng; toàn tỉnh hoàn thành xóa 2.986 căn nhà tạm, nhà dột nát trước ngày 30/8/2025. Mặt trận tiếp nhận hơn 31 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão số 13 và mưa lũ lịch sử tháng 11, kịp thời phân bổ cho 4.630 hộ bị sập, hư hỏng nhà.
Thực hiện Quy định số 338-QĐ/TW của Bộ Chính trị, Mặt trận các cấp chủ trì 186 cuộc giám sát, 23 hội nghị phản biện xã hội; tổng hợp 1.540 ý kiến, kiến nghị của cử tri.
Tại hội nghị, bà Katơr Thị Lanh, Chủ tịch Ủy ban MTTQ xã Phước Hà, chia sẻ việc vận động đồng bào Raglai trồng 120 ha rừng; ông Lê Văn Hùng, Chủ tịch Ủy ban MTTQ phường Nha Trang, nêu cách tổ chức "bếp ăn 0 đồng" phục vụ người dân vùng lũ.
Phát biểu chỉ đạo, đồng chí Trần Minh Quân, Phó Bí thư Tỉnh ủy, yêu cầu Mặt trận các cấp tập trung chuẩn bị cho cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 64 tập thể và 88 cá nhân có thành tích xuất sắc trong công tác Mặt trận và các đoàn thể năm 2025, 37 tập thể, 52 cá nhân có thành tích trong ủng hộ đồng bào vùng lũ. Mức thưởng theo Nghị định số 152/2025/NĐ-CP của Chính phủ là 1.053.000 đồng mỗi Bằng khen cá nhân và 2.106.000 đồng mỗi Bằng khen tập thể. Các tập thể: Ủy ban MTTQ Việt Nam xã Phước Hà, phường Nha Trang, phường Bắc Cam Ranh, xã Khánh Vĩnh; các cá nhân: Katơr Thị Lanh; Lê Văn Hùng; Trần Thị Hoa - Trưởng ban công tác Mặt trận thôn Tà Dương.
Đồng chí Nguyễn Khắc Toàn trao Bằng khen cho các tập thể có thành tích xuất sắc.
Hữu Tín
Tin liên quan
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (25/11/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa sau hợp nhất (01/07/2025)
- Xóa nhà tạm, nhà dột nát về đích sớm (28/08/2025)
""", "2025-12-23", "Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổng kết năm đầu hoạt động sau hợp nhất",
E("tong_ket", "2025", "2025-12-22"),
[P("Nguyễn Khắc Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Katơr Thị Lanh", "Chủ tịch Ủy ban MTTQ xã Phước Hà"),
 P("Lê Văn Hùng", "Chủ tịch Ủy ban MTTQ phường Nha Trang"),
 P("Trần Minh Quân", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Hoa", "Trưởng ban công tác Mặt trận thôn Tà Dương")],
[Q("11 ban chuyên môn", 11, "ban chuyên môn"), Q("65/65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
 Q("khoảng 74 tỷ đồng", 74000000000, "đồng", "approx"), Q("2.986 căn nhà tạm, nhà dột nát", 2986, "căn nhà tạm, nhà dột nát"),
 Q("hơn 31 tỷ đồng", 31000000000, "đồng", "over"), Q("4.630 hộ", 4630, "hộ"), Q("186 cuộc giám sát", 186, "cuộc giám sát"),
 Q("23 hội nghị phản biện xã hội", 23, "hội nghị phản biện xã hội"), Q("1.540 ý kiến, kiến nghị", 1540, "ý kiến, kiến nghị"),
 Q("120 ha", 120, "ha"), Q("64 tập thể", 64, "tập thể"), Q("88 cá nhân", 88, "cá nhân"), Q("37 tập thể", 37, "tập thể"),
 Q("52 cá nhân", 52, "cá nhân"), Q("1.053.000 đồng", 1053000, "đồng"), Q("2.106.000 đồng", 2106000, "đồng")],
[D("Quy định", "338", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 338-QĐ/TW"),
 D("Nghị định", "152", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 152/2025/NĐ-CP")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà"), com("Nha Trang"), com("Bắc Cam Ranh"), com("Khánh Vĩnh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.", "Vì người nghèo", "bếp ăn 0 đồng",
 "Đồng chí Nguyễn Khắc Toàn trao Bằng khen cho các tập thể có thành tích xuất sắc."],
["Thứ Ba, 23/12/2025", "năm 2025", "năm 2026", "30/8/2025", "bão số 13", "tháng 11", "khóa XVI", "nhiệm kỳ 2026 - 2031", "bếp ăn 0 đồng"]))
