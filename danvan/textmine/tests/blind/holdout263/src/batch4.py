from lib import *
PAGES = []

PAGES.append(page("b6287-tuyenquang-btgdv-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
You are here: Trang chủ / Chính trị / Dân vận
Thứ Sáu, 19/12/2025, 08:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Khối dân vận triển khai nhiệm vụ năm 2026: ưu tiên nhà ở xã hội và xóa nhà tạm
Ngày 18/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026 tới 124 điểm cầu xã, phường. Đây là năm đầu tiên khối dân vận tỉnh Tuyên Quang mới (hợp nhất Tuyên Quang và Hà Giang) tổng kết trên phạm vi toàn tỉnh. Đồng chí Sùng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, năm 2025 khối dân vận các cấp đã phối hợp vận động, hỗ trợ xóa 9.846 căn nhà tạm, nhà dột nát với tổng kinh phí trên 512 tỷ đồng, hoàn thành trước thời hạn theo Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ; riêng các xã vùng cao phía Bắc hoàn thành 5.210 căn. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", nhân dân đóng góp khoảng 86.000 ngày công. Tỉnh khởi công 2 dự án nhà ở xã hội tại phường Minh Xuân và phường Hà Giang 1 với 1.150 căn hộ, dành 30% cho công nhân, người lao động.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường công tác dân vận trong thực hiện dự án nhà ở xã hội và về phát huy vai trò người có uy tín vùng đồng bào dân tộc thiểu số; Quy chế phối hợp số 03-QC/BTGDVTU giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vàng Văn Dế, Hoàng Thị Lụa, Nguyễn Mạnh Cường lần lượt trình bày tham luận về dân vận chính quyền, công tác tôn giáo và vận động đồng bào Mông, Dao. Đồng chí Lù Văn Chứ, Bí thư Đảng ủy, Chủ tịch HĐND xã Yên Minh, cho biết xã có 468 hộ được hỗ trợ làm nhà, mỗi hộ 60 triệu đồng; người có uy tín thôn Na Pô, ông Giàng Seo Lử, vận động 37 hộ hiến đất cho hộ nghèo làm nhà.
Kết luận, đồng chí Sùng Thị Mai đề nghị năm 2026 quán triệt Kết luận số 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư, thực hiện Nghị quyết số 201/2025/QH15 của Quốc hội về thí điểm cơ chế đặc thù phát triển nhà ở xã hội; phấn đấu mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" gắn với an sinh xã hội.
Hội nghị cũng thông tin, qua 2 lần khảo sát dư luận xã hội với 1.800 phiếu, 92,4% người được hỏi đồng tình với chủ trương sắp xếp đơn vị hành chính và mô hình chính quyền địa phương 2 cấp.
Dịp này, 24 tập thể và 36 cá nhân tiêu biểu được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Bích Ngọc
Tin liên quan
- Hà Giang 1: khánh thành 40 căn nhà Đại đoàn kết (12/12/2025)
- Hội nghị người có uy tín tỉnh Tuyên Quang năm 2025 (28/11/2025)
- Mặt trận tỉnh tổng kết phong trào xóa nhà tạm (20/11/2025)
""", "2025-12-19", "Khối dân vận triển khai nhiệm vụ năm 2026: ưu tiên nhà ở xã hội và xóa nhà tạm",
E("tong_ket", "2025", "2025-12-18"),
[P("Sùng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Văn Dế", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Lụa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Mạnh Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Văn Chứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Yên Minh"),
 P("Giàng Seo Lử", "người có uy tín thôn Na Pô")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("9.846 căn nhà tạm, nhà dột nát", 9846, "căn nhà tạm, nhà dột nát"),
 Q("trên 512 tỷ đồng", 512000000000, "đồng", "over"), Q("5.210 căn", 5210, "căn"),
 Q("khoảng 86.000 ngày công", 86000, "ngày công", "approx"), Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"),
 Q("1.150 căn hộ", 1150, "căn hộ"), Q("30%", 30, "%"), Q("468 hộ", 468, "hộ"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("37 hộ", 37, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("24 tập thể", 24, "tập thể"),
 Q("36 cá nhân tiêu biểu", 36, "cá nhân tiêu biểu"),
 Q("1.800 phiếu", 1800, "phiếu"), Q("92,4%", 92.4, "%")],
[D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quy chế phối hợp", "03", "QC/BTGDVTU", None, None, "Quy chế phối hợp số 03-QC/BTGDVTU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127, 128-KL/TW"),
 D("Nghị quyết", "201", "2025/QH15", None, "Quốc hội", "Nghị quyết số 201/2025/QH15")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Hà Giang 1"), com("Yên Minh")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "You are here: Trang chủ / Chính trị / Dân vận", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo"],
["Thứ Sáu, 19/12/2025, 08:05", "năm 2025", "năm 2026", "năm đầu tiên", "2 lần", "2 cấp"]))

PAGES.append(page("b6288-vinhlong-longduc-daihoi-congdoan-2025", """
Trang thông tin điện tử phường Long Đức - tỉnh Vĩnh Long
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
Ngày đăng 24/10/2025 | 16:20
Đại hội Công đoàn phường Long Đức lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 23/10, Công đoàn phường Long Đức tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp xã của Liên đoàn Lao động tỉnh Vĩnh Long sau khi sắp xếp, hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự đại hội có 98 đại biểu thay mặt cho 1.436 đoàn viên công đoàn của 27 công đoàn cơ sở.
Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Kim Ngân
Dự và chỉ đạo có đồng chí Kiên Thị Sa Ri, Phó Chủ tịch LĐLĐ tỉnh Vĩnh Long; đồng chí Thạch Văn Sóc, Bí thư Đảng ủy phường Long Đức; đồng chí Trần Minh Tâm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Báo cáo tại đại hội cho biết, phường có Khu công nghiệp Long Đức với khoảng 8.200 công nhân, trong đó gần 55% là người đồng bào Khmer, nhiều người thuê trọ tại các ấp giáp ranh xã Hòa Thuận. Từ năm 2023 đến nay, các công đoàn cơ sở đã vận động 142 chủ nhà trọ giảm giá phòng, trao 21 Mái ấm Công đoàn trị giá 1,05 tỷ đồng; phối hợp Ngân hàng Chính sách xã hội giải ngân 3,4 tỷ đồng cho 86 đoàn viên vay sửa, mua nhà theo Nghị định số 100/2024/NĐ-CP của Chính phủ.
Đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu 100% công nhân thuê trọ được tuyên truyền chính sách nhà ở xã hội, vận động xây dựng ít nhất 10 Mái ấm Công đoàn mỗi năm, phối hợp chủ đầu tư dự án nhà ở xã hội Long Đức (650 căn) dành không dưới 40% căn hộ cho đoàn viên. Đại hội thực hiện theo Hướng dẫn số 35/HD-TLĐ ngày 10/8/2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 12-KH/ĐU của Đảng ủy phường.
Tham luận tại đại hội, chị Thạch Thị Kim Hương, công nhân Công ty TNHH Giày Tỷ Xuân, chia sẻ gia đình chị 5 người từng ở căn phòng trọ 16 m2, nay được vay 80 triệu đồng mua nhà ở xã hội trả góp. Ông Lê Văn Út, chủ nhà trọ khóm 4, phường Long Đức, được biểu dương vì 3 năm không tăng giá phòng.
Phát biểu chỉ đạo, đồng chí Kiên Thị Sa Ri đề nghị Công đoàn phường phối hợp Ủy ban MTTQ phường giám sát việc xét duyệt đối tượng mua, thuê nhà ở xã hội, kịp thời phản ánh 12 kiến nghị còn tồn đọng của đoàn viên về hợp đồng thuê nhà.
Đại hội bầu Ban Chấp hành Công đoàn phường gồm 9 đồng chí. Đồng chí Nguyễn Thị Ngọc Hân được tín nhiệm giữ chức Chủ tịch Công đoàn phường Long Đức nhiệm kỳ 2025 - 2030; đồng chí Kim Sóc Phi được bầu làm Phó Chủ tịch Công đoàn phường. Đại hội bầu 5 đại biểu dự Đại hội Công đoàn tỉnh Vĩnh Long.
Kim Ngân
Lượt truy cập: 9.512
Tin khác
- Phường Long Đức ra mắt Ủy ban MTTQ Việt Nam phường (03/07/2025)
- Hội LHPN phường trao 30 suất quà cho nữ công nhân (20/10/2025)
- Đại hội điểm Công đoàn xã Hòa Thuận (15/10/2025)
""", "2025-10-24", "Đại hội Công đoàn phường Long Đức lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-10-23"),
[P("Kiên Thị Sa Ri", "Phó Chủ tịch LĐLĐ tỉnh Vĩnh Long"),
 P("Thạch Văn Sóc", "Bí thư Đảng ủy phường Long Đức"),
 P("Trần Minh Tâm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Thị Kim Hương", "công nhân Công ty TNHH Giày Tỷ Xuân"),
 P("Lê Văn Út", "chủ nhà trọ khóm 4"),
 P("Nguyễn Thị Ngọc Hân", "Chủ tịch Công đoàn phường Long Đức nhiệm kỳ 2025 - 2030"),
 P("Kim Sóc Phi", "Phó Chủ tịch Công đoàn phường")],
[Q("98 đại biểu", 98, "đại biểu"), Q("1.436 đoàn viên công đoàn", 1436, "đoàn viên công đoàn"),
 Q("27 công đoàn cơ sở", 27, "công đoàn cơ sở"), Q("khoảng 8.200 công nhân", 8200, "công nhân", "approx"),
 Q("gần 55%", 55, "%", "approx"), Q("142 chủ nhà trọ", 142, "chủ nhà trọ"), Q("21 Mái ấm Công đoàn", 21, "Mái ấm Công đoàn"),
 Q("1,05 tỷ đồng", 1050000000, "đồng"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("86 đoàn viên", 86, "đoàn viên"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("100%", 100, "%"), Q("ít nhất 10 Mái ấm Công đoàn", 10, "Mái ấm Công đoàn", "over"),
 Q("650 căn", 650, "căn"), Q("không dưới 40%", 40, "%", "over"), Q("5 người", 5, "người"), Q("16 m2", 16, "m2"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"), Q("12 kiến nghị", 12, "kiến nghị")],
[D("Nghị định", "100", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2024/NĐ-CP"),
 D("Hướng dẫn", "35", "HD-TLĐ", "2025-08-10", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 35/HD-TLĐ ngày 10/8/2025"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 12-KH/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Hòa Thuận")],
["Trang thông tin điện tử phường Long Đức - tỉnh Vĩnh Long", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Kim Ngân", "Khu công nghiệp Long Đức",
 "Ngân hàng Chính sách xã hội", "Lượt truy cập: 9.512"],
["Ngày đăng 24/10/2025 | 16:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "3 tỉnh", "3 năm", "9 đồng chí", "mỗi năm", "Lượt truy cập: 9.512"]))

PAGES.append(page("b6289-lamdong-bdv-soket-h1-2025", """
Báo Lâm Đồng điện tử
Trang chủ >> Chính trị >> Xây dựng Đảng
10/07/2025 - 15:30
Đồng chí Điểu Thị Hằng phát biểu kết luận hội nghị.
Hơn 4.300 công nhân ba địa phương được hỗ trợ nhà ở
Ngày 9/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025 của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận (cũ), triển khai nhiệm vụ 6 tháng cuối năm sau khi hợp nhất. Đồng chí Điểu Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, 6 tháng đầu năm, khối dân vận của ba địa phương đã vận động hỗ trợ nhà ở cho hơn 4.300 công nhân, người lao động, trong đó 1.260 người được thuê nhà ở xã hội tại phường Phan Thiết và phường Bắc Gia Nghĩa, 2.140 người được hỗ trợ sửa chữa phòng trọ, gần 900 người được vay vốn ưu đãi. Tổng kinh phí vận động đạt khoảng 38,6 tỷ đồng. Các cấp đã hoàn thành xóa 3.725 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo.
Thực hiện Nghị quyết số 201/2025/QH15 của Quốc hội và Nghị định 192/2025/NĐ-CP ngày 01/7/2025 của Chính phủ, khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 08-KH/TU ngày 05/7/2025 về vận động nhân dân phát triển nhà ở xã hội giai đoạn 2025 - 2030, với mục tiêu khoảng 12.000 căn.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Y Kriêng Mlô, Thuận Thị Ngọc Hà, Phạm Quang Vinh phân công phụ trách ba khu vực. Bà Đàng Thị Lan, Chủ tịch Công đoàn Khu công nghiệp Phan Thiết, người dân tộc Chăm, cho biết có 38 doanh nghiệp trong khu công nghiệp, 41% lao động chưa có nhà ở ổn định. Đồng chí K'Bình, Bí thư Đảng ủy xã Đức Trọng, đề nghị bố trí quỹ đất nhà ở cho công nhân Khu công nghiệp Phú Hội; đồng chí Điểu Ré, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Nhân Cơ, phản ánh 126 hộ công nhân nhà máy alumin chưa có nhà ở ổn định.
Khối dân vận ba tỉnh (cũ) đã tiếp nhận 214 đơn thư, kiến nghị, trong đó 47 đơn liên quan bồi thường, tái định cư dự án nhà ở; đã giải quyết 188 đơn thư, kiến nghị, đạt 87,9%. Toàn tỉnh hiện có 2.615 mô hình "Dân vận khéo" được công nhận, trong đó 73 mô hình cấp tỉnh về chăm lo nhà ở cho công nhân và người thu nhập thấp.
Kết luận, đồng chí Điểu Thị Hằng yêu cầu 6 tháng cuối năm kiện toàn tổ chức khối dân vận 124 xã, phường, đặc khu sau sắp xếp; thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị, Kết luận 114-KL/TW của Ban Bí thư; tổ chức ít nhất 2 đợt đối thoại chuyên đề với công nhân về nhà ở; không để đơn thư tồn đọng kéo dài.
Hồng Thắm
Lượt xem: 3.308
Tin liên quan
- Bắc Gia Nghĩa: 20 căn nhà ở xã hội được bàn giao (04/07/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng (01/07/2025)
- Phan Thiết: đối thoại với công nhân khu công nghiệp (25/06/2025)
""", "2025-07-10", "Hơn 4.300 công nhân ba địa phương được hỗ trợ nhà ở",
E("so_ket", "2025-H1", "2025-07-09"),
[P("Điểu Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Kriêng Mlô", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thuận Thị Ngọc Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Thị Lan", "Chủ tịch Công đoàn Khu công nghiệp Phan Thiết"),
 P("K'Bình", "Bí thư Đảng ủy xã Đức Trọng"),
 P("Điểu Ré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Nhân Cơ")],
[Q("hơn 4.300 công nhân", 4300, "công nhân", "over"), Q("1.260 người", 1260, "người"), Q("2.140 người", 2140, "người"),
 Q("gần 900 người", 900, "người", "approx"), Q("khoảng 38,6 tỷ đồng", 38600000000, "đồng", "approx"),
 Q("3.725 căn nhà tạm, nhà dột nát", 3725, "căn nhà tạm, nhà dột nát"), Q("khoảng 12.000 căn", 12000, "căn", "approx"),
 Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("41%", 41, "%"), Q("126 hộ công nhân", 126, "hộ công nhân"),
 Q("214 đơn thư, kiến nghị", 214, "đơn thư, kiến nghị"), Q("47 đơn", 47, "đơn"),
 Q("188 đơn thư, kiến nghị", 188, "đơn thư, kiến nghị"), Q("87,9%", 87.9, "%"), Q("2.615 mô hình", 2615, "mô hình"),
 Q("73 mô hình cấp tỉnh", 73, "mô hình cấp tỉnh"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("ít nhất 2 đợt đối thoại chuyên đề", 2, "đợt đối thoại chuyên đề", "over")],
[D("Nghị quyết", "201", "2025/QH15", None, "Quốc hội", "Nghị quyết số 201/2025/QH15"),
 D("Nghị định", "192", "2025/NĐ-CP", "2025-07-01", "Chính phủ", "Nghị định 192/2025/NĐ-CP ngày 01/7/2025"),
 D("Kế hoạch", "08", "KH/TU", "2025-07-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU ngày 05/7/2025"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Thiết"), com("Bắc Gia Nghĩa"), com("Đức Trọng"), com("Nhân Cơ")],
["Báo Lâm Đồng điện tử", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Đồng chí Điểu Thị Hằng phát biểu kết luận hội nghị.",
 "Khu công nghiệp Phú Hội", "Dân vận khéo", "Lượt xem: 3.308"],
["10/07/2025 - 15:30", "6 tháng đầu năm 2025", "6 tháng cuối năm", "6 tháng đầu năm", "giai đoạn 2025 - 2030", "Lượt xem: 3.308"]))

PAGES.append(page("b6290-dongnai-ubnd-doithoai-congnhan-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 06/04/2026
Thời sự » Lao động - Công đoàn
Thứ Sáu, 27/03/2026 - 09:15
Chủ tịch UBND tỉnh đối thoại với công nhân: "Nhà ở là nỗi lo lớn nhất"
Sáng 26/3, tại phường Trảng Dài, UBND tỉnh Đồng Nai phối hợp LĐLĐ tỉnh tổ chức hội nghị đối thoại với công nhân lao động năm 2026, chủ đề "Nhà ở xã hội - an cư để lạc nghiệp". Đồng chí Võ Tấn Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Nguyễn Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và hơn 500 công nhân đại diện cho 72 doanh nghiệp tại Đồng Nai và khu vực Bình Phước (cũ).
Đồng chí Võ Tấn Đức trả lời ý kiến của công nhân. Ảnh: Công Nghĩa
Theo báo cáo của LĐLĐ tỉnh, sau hợp nhất tỉnh có 63 khu công nghiệp với khoảng 1,3 triệu lao động; trên 60% công nhân đang thuê trọ. Năm 2025, toàn tỉnh hoàn thành 6 dự án nhà ở xã hội với 4.870 căn; năm 2026 phấn đấu hoàn thành thêm ít nhất 9.000 căn theo chỉ tiêu Thủ tướng Chính phủ giao tại Quyết định số 444/QĐ-TTg. Tỉnh đã ban hành Kế hoạch 45, 46/KH-UBND về phát triển nhà ở xã hội và về xây dựng thiết chế công đoàn giai đoạn 2026 - 2030.
Tại hội nghị, công nhân nêu 31 ý kiến. Chị Điểu Thị Bích, người S'tiêng, công nhân Công ty TNHH Sản xuất Bao bì Đồng Xoài, phản ánh nhà ở xã hội tại phường Đồng Xoài có giá 16,5 triệu đồng/m2, vượt khả năng chi trả. Chị Thị Hường, người S'tiêng ở xã Nha Bích, công nhân Công ty CP Cao su Phú Riềng, hỏi về chính sách thuê nhà cho lao động ngoài khu công nghiệp. Anh Trần Văn Hậu, tổ trưởng tổ công đoàn Công ty TNHH Changshin Việt Nam, đề nghị tăng số căn cho thuê thay vì chỉ bán.
Trả lời, đồng chí Võ Tấn Đức cho biết tỉnh đang áp dụng Nghị quyết số 201/2025/QH15 của Quốc hội để rút ngắn thủ tục, chỉ định chủ đầu tư; Quỹ nhà ở quốc gia sẽ dành khoảng 2.000 căn cho thuê với giá không quá 2,5 triệu đồng/căn/tháng. Các ông Lê Văn Phú, Phạm Minh Quân - Phó Chủ tịch UBND tỉnh được giao theo dõi tiến độ các dự án tại khu vực phía Nam và phía Bắc tỉnh.
Ông Nguyễn Văn Lợi, Chủ tịch LĐLĐ tỉnh, thông tin năm 2026 công đoàn sẽ trao 200 Mái ấm Công đoàn, mỗi căn 60 triệu đồng, và lập danh sách 3.600 đoàn viên đủ điều kiện vay mua nhà với lãi suất 6,6%/năm.
Kết luận, Chủ tịch UBND tỉnh giao các sở trả lời bằng văn bản 12 ý kiến trước ngày 30/4/2026; đề nghị Ủy ban MTTQ tỉnh giám sát việc xét duyệt hồ sơ theo Quyết định số 99-QĐ/TW của Ban Chấp hành Trung ương.
Công Nghĩa
Tin liên quan
- Đồng Nai khởi công 3 dự án nhà ở xã hội (20/03/2026)
- Hội nghị tổng kết công tác công đoàn năm 2025 (08/01/2026)
- Bình Long: ra mắt mô hình "Khu trọ công nhân an toàn" (19/12/2025)
""", "2026-03-27", "Chủ tịch UBND tỉnh đối thoại với công nhân: \"Nhà ở là nỗi lo lớn nhất\"",
E("doi_thoai", "2026", "2026-03-26"),
[P("Võ Tấn Đức", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Bích", "công nhân Công ty TNHH Sản xuất Bao bì Đồng Xoài"),
 P("Thị Hường", "công nhân Công ty CP Cao su Phú Riềng"),
 P("Trần Văn Hậu", "tổ trưởng tổ công đoàn Công ty TNHH Changshin Việt Nam"),
 P("Lê Văn Phú", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Minh Quân", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Lợi", "Chủ tịch LĐLĐ tỉnh")],
[Q("hơn 500 công nhân", 500, "công nhân", "over"), Q("72 doanh nghiệp", 72, "doanh nghiệp"), Q("63 khu công nghiệp", 63, "khu công nghiệp"),
 Q("khoảng 1,3 triệu lao động", 1300000, "lao động", "approx"), Q("trên 60%", 60, "%", "over"),
 Q("6 dự án nhà ở xã hội", 6, "dự án nhà ở xã hội"), Q("4.870 căn", 4870, "căn"), Q("ít nhất 9.000 căn", 9000, "căn", "over"),
 Q("31 ý kiến", 31, "ý kiến"), Q("16,5 triệu đồng", 16500000, "đồng"), Q("khoảng 2.000 căn", 2000, "căn", "approx"),
 Q("không quá 2,5 triệu đồng", 2500000, "đồng"), Q("200 Mái ấm Công đoàn", 200, "Mái ấm Công đoàn"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("3.600 đoàn viên", 3600, "đoàn viên"), Q("6,6%", 6.6, "%"), Q("12 ý kiến", 12, "ý kiến")],
[D("Quyết định", "444", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 444/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-UBND", None, None, "Kế hoạch 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, None, "Kế hoạch 45, 46/KH-UBND"),
 D("Nghị quyết", "201", "2025/QH15", None, "Quốc hội", "Nghị quyết số 201/2025/QH15"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trảng Dài"), com("Đồng Xoài"), com("Nha Bích")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 06/04/2026", "Thời sự » Lao động - Công đoàn",
 "Đồng chí Võ Tấn Đức trả lời ý kiến của công nhân. Ảnh: Công Nghĩa", "Nhà ở xã hội - an cư để lạc nghiệp", "Quỹ nhà ở quốc gia", "S'tiêng"],
["Hôm nay: Thứ Hai, 06/04/2026", "Thứ Sáu, 27/03/2026 - 09:15", "năm 2026", "Năm 2025", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b6291-bacninh-bdv-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY BẮC NINH
Bạn đang ở: Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật: 14:10, 08/04/2026 (GMT+7)
Ảnh: Quang cảnh hội nghị giao ban.
Bắc Ninh: Vận động giải phóng mặt bằng 14 dự án nhà ở xã hội
Ngày 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị giao ban khối dân vận quý I năm 2026. Đồng chí Ngô Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Hoàng Văn Thắng, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, quý I, khối dân vận phối hợp chính quyền 99 xã, phường vận động 1.742 hộ dân bàn giao 186 ha mặt bằng cho 14 dự án nhà ở xã hội, chủ yếu tại khu vực Bắc Giang (cũ) và các phường Nếnh, Vân Hà, Đình Bảng. Dự kiến các dự án cung cấp khoảng 21.500 căn hộ cho công nhân của 31 khu công nghiệp. Khối dân vận cũng tiếp nhận 96 lượt công dân, 58 đơn thư; đã giải quyết 49 đơn thư, đạt 84,5%.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 09, 10-CT/TU về công tác dân vận trong giải phóng mặt bằng dự án nhà ở xã hội và về phát huy vai trò Mặt trận trong giám sát xét duyệt đối tượng; ban hành Hướng dẫn số 04-HD/BTGDVTU ngày 15/1/2026 về xây dựng mô hình "Khu nhà ở công nhân văn minh".
Các đồng chí Ngô Văn Toàn, Lê Thị Hải Yến, Thân Đức Minh - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo chuyên đề. Đồng chí Giáp Văn Quỳnh, Bí thư Đảng ủy phường Nếnh, cho biết phường vận động 312 hộ di chuyển 148 ngôi mộ trong 45 ngày để bàn giao mặt bằng dự án 4.200 căn hộ; mỗi hộ được hỗ trợ thêm 5 triệu đồng. Bà Nông Thị Thơm, người dân tộc Nùng, Chủ tịch Công đoàn Khu công nghiệp Vân Trung, đề nghị ưu tiên 20% căn hộ cho công nhân nữ nuôi con nhỏ.
Đồng chí Hoàng Văn Thắng cho biết, Mặt trận các cấp đã thành lập 27 tổ giám sát cộng đồng tại các dự án nhà ở xã hội, mỗi tổ từ 5 đến 7 thành viên; qua giám sát đã kiến nghị điều chỉnh 6 nội dung trong quy trình xét duyệt. Đồng chí Trần Thị Lệ, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết Hội đã vận động 1.026 hội viên là chủ nhà trọ tham gia mô hình "Phòng trọ an toàn - ấm áp", hỗ trợ 350 nữ công nhân thuê trọ với mức giảm 200.000 đồng/tháng.
Kết luận, đồng chí Ngô Thị Vân Anh đề nghị quý II triển khai Nghị quyết số 18-NQ/TW của BCH Trung ương, Kế hoạch số 21-KH/TU ngày 02/3/2026 của Tỉnh ủy, tổ chức 2 hội nghị đối thoại với công nhân về nhà ở xã hội trước ngày 30/6; phấn đấu 100% hồ sơ xét duyệt đối tượng được công khai tại nhà văn hóa khu phố.
Lan Hương
Tin liên quan
- Việt Yên: đối thoại với công nhân về nhà ở (28/03/2026)
- Tổng kết công tác dân vận năm 2025 (22/12/2025)
- Bắc Ninh khởi công 5 dự án nhà ở xã hội (14/12/2025)
""", "2026-04-08", "Bắc Ninh: Vận động giải phóng mặt bằng 14 dự án nhà ở xã hội",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Ngô Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thắng", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Văn Toàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Hải Yến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thân Đức Minh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giáp Văn Quỳnh", "Bí thư Đảng ủy phường Nếnh"),
 P("Nông Thị Thơm", "Chủ tịch Công đoàn Khu công nghiệp Vân Trung"),
 P("Trần Thị Lệ", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("14 dự án nhà ở xã hội", 14, "dự án nhà ở xã hội"), Q("99 xã, phường", 99, "xã, phường"), Q("1.742 hộ dân", 1742, "hộ dân"),
 Q("186 ha", 186, "ha"), Q("khoảng 21.500 căn hộ", 21500, "căn hộ", "approx"), Q("31 khu công nghiệp", 31, "khu công nghiệp"),
 Q("96 lượt công dân", 96, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"), Q("49 đơn thư", 49, "đơn thư"), Q("84,5%", 84.5, "%"),
 Q("312 hộ", 312, "hộ"), Q("148 ngôi mộ", 148, "ngôi mộ"), Q("4.200 căn hộ", 4200, "căn hộ"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("20%", 20, "%"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("100%", 100, "%"),
 Q("27 tổ giám sát cộng đồng", 27, "tổ giám sát cộng đồng"), Q("5", 5, "thành viên"), Q("7 thành viên", 7, "thành viên"),
 Q("6 nội dung", 6, "nội dung"), Q("1.026 hội viên", 1026, "hội viên"), Q("350 nữ công nhân", 350, "nữ công nhân"),
 Q("200.000 đồng", 200000, "đồng")],
[D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2026-01-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 15/1/2026"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Kế hoạch", "21", "KH/TU", "2026-03-02", "Tỉnh ủy", "Kế hoạch số 21-KH/TU ngày 02/3/2026")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Nếnh"), com("Vân Hà"), com("Đình Bảng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY BẮC NINH", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động dân vận",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Khu nhà ở công nhân văn minh", "Phòng trọ an toàn - ấm áp", "Khu công nghiệp Vân Trung"],
["Cập nhật: 14:10, 08/04/2026 (GMT+7)", "quý I năm 2026", "quý II", "45 ngày"]))

PAGES.append(page("b6292-haiphong-tanhung-mttq-baocao-2025", """
Cổng thông tin điện tử phường Tân Hưng - thành phố Hải Phòng
Trang chủ :: Tin tức :: Mặt trận - Đoàn thể
Thứ Hai, 12/01/2026 - 08:40
Phường Tân Hưng: Mặt trận báo cáo kết quả vận động chăm lo nhà ở công nhân năm 2025
Ủy ban MTTQ Việt Nam phường Tân Hưng vừa có Báo cáo số 07/BC-MTTQ ngày 09/01/2026 gửi Đảng ủy phường và Ủy ban MTTQ Việt Nam thành phố Hải Phòng về kết quả vận động chăm lo nhà ở cho công nhân, người lao động năm 2025 - năm đầu tiên phường hoạt động theo mô hình chính quyền địa phương 2 cấp sau khi hợp nhất Hải Phòng và Hải Dương. Báo cáo do bà Phạm Thị Thanh Thủy, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường ký.
Khu nhà ở xã hội cho công nhân tại phường Tân Hưng. Ảnh: Minh Đức
Theo báo cáo, phường có 2 cụm công nghiệp và Khu công nghiệp Nam Sách với khoảng 9.600 công nhân, trong đó khoảng 5.100 người thuê trọ tại 318 khu trọ. Năm 2025, Mặt trận và các đoàn thể vận động 204 chủ nhà trọ ký cam kết "3 không": không tăng giá, không cắt điện nước, không để cháy nổ; hỗ trợ sửa chữa 17 căn nhà cho công nhân nghèo với 425 triệu đồng từ Quỹ "Vì người nghèo" phường. Dự án nhà ở xã hội Tân Hưng giai đoạn 1 bàn giao 480 căn, trong đó 312 căn cho công nhân.
Mặt trận phường chủ trì 4 cuộc giám sát, phát hiện 9 hồ sơ không đủ điều kiện mua nhà ở xã hội và kiến nghị loại khỏi danh sách; tiếp nhận 26 ý kiến, kiến nghị của công nhân, đã chuyển và được giải quyết 23 ý kiến, kiến nghị. Hoạt động thực hiện theo Nghị quyết số 09-NQ/ĐU của Đảng ủy phường, Chương trình hành động số 03-CTr/ĐU ngày 20/8/2025 của Đảng ủy phường và Quyết định số 218-QĐ/TW của Bộ Chính trị về tham gia góp ý xây dựng Đảng, xây dựng chính quyền.
Báo cáo biểu dương các cá nhân: ông Vũ Văn Thịnh, Trưởng ban công tác Mặt trận khu dân cư số 6; bà Đặng Thị Hoa, chủ nhà trọ khu dân cư số 3, đã miễn tiền phòng 2 tháng cho 11 công nhân bị tai nạn lao động; anh Hà Văn Sình, người dân tộc Dao quê Lào Cai, tổ trưởng tổ tự quản khu trọ Hòa Bình; các ông Nguyễn Văn Khiêm, Lê Đình Tuấn - chủ doanh nghiệp trong Cụm công nghiệp Tân Dân, đã đóng góp 300 triệu đồng xây nhà sinh hoạt cộng đồng cho công nhân.
Về hạn chế, báo cáo nêu khoảng 30% khu trọ chưa bảo đảm phòng cháy; thủ tục vay vốn mua nhà ở xã hội còn phức tạp. Năm 2026, Mặt trận phường đặt chỉ tiêu vận động ít nhất 250 chủ nhà trọ ký cam kết, sửa chữa 20 căn nhà cho công nhân, tổ chức 2 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với công nhân theo Quy định số 11-QĐi/TW.
Theo bà Phạm Thị Thanh Thủy, kết quả năm 2025 sẽ được đưa vào báo cáo tổng kết chung của khối dân vận phường.
Minh Đức
Tin khác
- Tân Hưng: ra mắt Ban công tác Mặt trận 12 khu dân cư (15/07/2025)
- Phường trao 100 suất quà Tết cho công nhân (08/01/2026)
""", "2026-01-12", "Phường Tân Hưng: Mặt trận báo cáo kết quả vận động chăm lo nhà ở công nhân năm 2025",
E("bao_cao", "2025", "2026-01-09"),
[P("Phạm Thị Thanh Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Vũ Văn Thịnh", "Trưởng ban công tác Mặt trận khu dân cư số 6"),
 P("Đặng Thị Hoa", "chủ nhà trọ khu dân cư số 3"),
 P("Hà Văn Sình", "tổ trưởng tổ tự quản khu trọ Hòa Bình"),
 P("Nguyễn Văn Khiêm", "chủ doanh nghiệp trong Cụm công nghiệp Tân Dân"),
 P("Lê Đình Tuấn", "chủ doanh nghiệp trong Cụm công nghiệp Tân Dân")],
[Q("2 cụm công nghiệp", 2, "cụm công nghiệp"), Q("khoảng 9.600 công nhân", 9600, "công nhân", "approx"),
 Q("khoảng 5.100 người", 5100, "người", "approx"), Q("318 khu trọ", 318, "khu trọ"), Q("204 chủ nhà trọ", 204, "chủ nhà trọ"),
 Q("17 căn nhà", 17, "căn nhà"), Q("425 triệu đồng", 425000000, "đồng"), Q("480 căn", 480, "căn"), Q("312 căn", 312, "căn"),
 Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("9 hồ sơ", 9, "hồ sơ"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("11 công nhân", 11, "công nhân"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("khoảng 30%", 30, "%", "approx"), Q("ít nhất 250 chủ nhà trọ", 250, "chủ nhà trọ", "over"), Q("20 căn nhà", 20, "căn nhà"),
 Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại")],
[D("Báo cáo", "07", "BC-MTTQ", "2026-01-09", "Ủy ban MTTQ Việt Nam phường Tân Hưng", "Báo cáo số 07/BC-MTTQ ngày 09/01/2026"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 09-NQ/ĐU"),
 D("Chương trình hành động", "03", "CTr/ĐU", "2025-08-20", "Đảng ủy phường", "Chương trình hành động số 03-CTr/ĐU ngày 20/8/2025"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Tân Hưng"), prov("Lào Cai")],
["Cổng thông tin điện tử phường Tân Hưng - thành phố Hải Phòng", "Trang chủ :: Tin tức :: Mặt trận - Đoàn thể",
 "Khu nhà ở xã hội cho công nhân tại phường Tân Hưng. Ảnh: Minh Đức", "3 không", "Vì người nghèo", "Khu công nghiệp Nam Sách",
 "Cụm công nghiệp Tân Dân", "Lào Cai"],
["Thứ Hai, 12/01/2026 - 08:40", "năm 2025", "Năm 2025", "Năm 2026", "3 không", "2 tháng", "2 cấp", "giai đoạn 1", "khu dân cư số 6", "khu dân cư số 3"]))
