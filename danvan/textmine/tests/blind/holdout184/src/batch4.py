from lib import *
PAGES = []

PAGES.append(page("b4391-bacgiang-mttq-tongket-2025", """
Báo Bắc Giang điện tử
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Năm, 09/01/2025 - 17:10
MTTQ tỉnh Bắc Giang tổng kết công tác năm 2024: nhân dân hiến hơn 245.000 m2 đất
BGĐT - Ngày 8/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Mai Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có đồng chí Nguyễn Thị Hương, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Ảnh: Đồng chí Nguyễn Thị Hương phát biểu chỉ đạo hội nghị.
Năm 2024, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng. Nhân dân trong tỉnh đã hiến hơn 245.000 m2 đất, tháo dỡ 8.760 m tường rào, góp 71.400 ngày công và 312,6 tỷ đồng để cứng hóa, mở rộng 1.180 km đường giao thông nông thôn, 96 km kênh mương nội đồng; làm mới 22 cầu dân sinh và 14 điểm trường. Đến hết năm, toàn tỉnh có 42 xã đạt chuẩn nông thôn mới nâng cao, 15 xã đạt chuẩn nông thôn mới kiểu mẫu.
Ở vùng đồng bào dân tộc thiểu số, nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg được lồng ghép với đóng góp của nhân dân. Ông Dương Văn Sáng, người có uy tín thôn Đồng Bụt, xã Thanh Luận, người Sán Dìu, vận động 58 hộ hiến 4.300 m2 đất làm đường liên thôn dài 2,6 km. Bà Hoàng Thị Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Phong Minh, cho biết 100% hộ người Nùng, người Tày của xã tham gia góp công.
Mặt trận các cấp đã tổ chức giám sát 268 cuộc theo Quyết định số 217-QĐ/TW của Bộ Chính trị, trong đó giám sát việc huy động, quản lý các khoản đóng góp tự nguyện của nhân dân tại 37 xã. Quỹ "Vì người nghèo" các cấp vận động được 118,4 tỷ đồng, hỗ trợ xây mới, sửa chữa 1.532 nhà ở cho hộ nghèo theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hương đề nghị năm 2025 Mặt trận tập trung thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy; tiếp tục vận động nhân dân hiến đất làm đường theo Nghị quyết số 27-NQ/TU của Ban Thường vụ Tỉnh ủy, bảo đảm dân chủ, công khai, không ép buộc.
Dịp này, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Tạ Văn Thắng, Nguyễn Thị Thu Hà trao bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho 6 tập thể, 9 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể, 62 cá nhân, trong đó 24 hộ gia đình tiêu biểu hiến đất.
Thành Nam
Lượt xem: 1.418
Tin liên quan
- Sơn Động: người dân hiến 30.000 m2 đất làm đường (28/12/2024)
- Lục Ngạn hoàn thành 100 km đường nông thôn (20/12/2024)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9 (15/12/2024)
""", "2025-01-09", "MTTQ tỉnh Bắc Giang tổng kết công tác năm 2024: nhân dân hiến hơn 245.000 m2 đất",
E("tong_ket", "2024", "2025-01-08"),
[P("Mai Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hương", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Dương Văn Sáng", "người có uy tín thôn Đồng Bụt"),
 P("Hoàng Thị Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phong Minh"),
 P("Tạ Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 245.000 m2", 245000, "m2", "over"), Q("8.760 m", 8760, "m"), Q("71.400 ngày công", 71400, "ngày công"),
 Q("312,6 tỷ đồng", 312600000000, "đồng"), Q("1.180 km", 1180, "km"), Q("96 km", 96, "km"), Q("22 cầu dân sinh", 22, "cầu dân sinh"),
 Q("14 điểm trường", 14, "điểm trường"), Q("42 xã", 42, "xã"), Q("15 xã", 15, "xã"), Q("58 hộ", 58, "hộ"), Q("4.300 m2", 4300, "m2"),
 Q("2,6 km", 2.6, "km"), Q("100% hộ người Nùng, người Tày", 100, "%"), Q("268 cuộc", 268, "cuộc"), Q("37 xã", 37, "xã"),
 Q("118,4 tỷ đồng", 118400000000, "đồng"), Q("1.532 nhà ở", 1532, "nhà ở"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân"), Q("24 hộ gia đình tiêu biểu", 24, "hộ gia đình tiêu biểu")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "27", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 27-NQ/TU")],
[prov("Bắc Giang"), com("Thanh Luận"), com("Phong Minh")],
["Báo Bắc Giang điện tử", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "BGĐT", "Ảnh: Đồng chí Nguyễn Thị Hương phát biểu chỉ đạo hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình mục tiêu quốc gia", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 1.418"],
["Thứ Năm, 09/01/2025 - 17:10", "năm 2024", "năm 2025", "Lượt xem: 1.418"]))

PAGES.append(page("b4392-tuyenquang-mttq-giamsat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ › Giám sát, phản biện xã hội
21/10/2025 - 15:45
Ảnh: Đoàn giám sát kiểm tra tuyến đường bê tông thôn Lũng Phìn.
Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại xã Lũng Phìn
Ngày 20/10/2025, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do đồng chí Thào Hồng Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại xã Lũng Phìn, theo Kế hoạch số 46/KH-MTTQ-BTT ngày 02/10/2025.
Xã Lũng Phìn (thuộc tỉnh Hà Giang trước đây) được thành lập trên cơ sở sáp nhập 3 xã cũ, có 31 thôn với 4.870 hộ, trên 98% là đồng bào Mông. Từ năm 2022 đến nay, trên địa bàn xã có 27 công trình được đầu tư từ Chương trình theo Quyết định 1719/QĐ-TTg với tổng vốn 63,4 tỷ đồng, gồm 19 tuyến đường bê tông dài 34,2 km, 5 điểm trường và 3 nhà văn hóa thôn. Để thực hiện các công trình, 1.126 hộ đã tự nguyện hiến 52.800 m2 đất nương, góp 14.600 ngày công; nhân dân đóng góp bằng tiền và hiện vật khoảng 2,1 tỷ đồng.
Báo cáo của UBND xã do ông Vàng Mí Lử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày cho biết, 100% công trình có Ban giám sát đầu tư của cộng đồng; tuy nhiên 4 công trình chậm tiến độ do vướng mặt bằng, 2 tuyến đường bị sạt lở sau mưa lũ chưa có kinh phí khắc phục.
Đoàn giám sát làm việc với UBND xã Lũng Phìn. Ảnh: Lý Thu
Tại thôn Sủng Lìa, ông Sùng Mí Chá, người có uy tín thôn Sủng Lìa, phản ánh còn 17 hộ đã hiến đất từ năm 2023 nhưng chưa được chỉnh lý trên giấy chứng nhận. Bà Giàng Thị Dính, Bí thư Chi bộ thôn Lũng Phìn, đề nghị tăng định mức hỗ trợ xi măng vì đường lên thôn dốc, chi phí vận chuyển cao.
Kết luận buổi giám sát, đồng chí Thào Hồng Sơn ghi nhận xã đã thực hiện tốt Luật Thực hiện dân chủ ở cơ sở, công khai nguồn vốn tại nhà văn hóa các thôn; đề nghị UBND xã trong tháng 11 hoàn thành chỉnh lý hồ sơ đất đai cho các hộ đã hiến đất; rà soát, báo cáo tỉnh hỗ trợ khắc phục 2 tuyến đường sạt lở. Đoàn sẽ tổng hợp kiến nghị, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh theo Quyết định số 217-QĐ/TW và Hướng dẫn số 14-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Ma Thị Thúy, Nguyễn Văn Định.
Lý Thu
Lượt xem: 382
Tin cùng chuyên mục
- Giám sát việc bố trí vốn đối ứng tại xã Hùng Lợi (14/10/2025)
- Phản biện dự thảo nghị quyết về hỗ trợ xi măng làm đường (07/10/2025)
- Hội nghị Ủy ban MTTQ tỉnh Tuyên Quang lần thứ nhất (25/09/2025)
""", "2025-10-21", "Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại xã Lũng Phìn",
E("giam_sat", None, "2025-10-20"),
[P("Thào Hồng Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Vàng Mí Lử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sùng Mí Chá", "người có uy tín thôn Sủng Lìa"),
 P("Giàng Thị Dính", "Bí thư Chi bộ thôn Lũng Phìn"),
 P("Ma Thị Thúy", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Định", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 xã", 3, "xã"), Q("31 thôn", 31, "thôn"), Q("4.870 hộ", 4870, "hộ"), Q("trên 98%", 98, "%", "over"), Q("27 công trình", 27, "công trình"),
 Q("63,4 tỷ đồng", 63400000000, "đồng"), Q("19 tuyến đường bê tông", 19, "tuyến đường bê tông"), Q("34,2 km", 34.2, "km"),
 Q("5 điểm trường", 5, "điểm trường"), Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("1.126 hộ", 1126, "hộ"),
 Q("52.800 m2", 52800, "m2"), Q("14.600 ngày công", 14600, "ngày công"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("100% công trình", 100, "%"), Q("4 công trình", 4, "công trình"), Q("2 tuyến đường", 2, "tuyến đường"), Q("17 hộ", 17, "hộ")],
[D("Kế hoạch", "46", "KH-MTTQ-BTT", "2025-10-02", None, "Kế hoạch số 46/KH-MTTQ-BTT ngày 02/10/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "14", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 14-HD/MTTW-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ › Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra tuyến đường bê tông thôn Lũng Phìn.", "Đoàn giám sát làm việc với UBND xã Lũng Phìn. Ảnh: Lý Thu",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 382"],
["21/10/2025 - 15:45", "năm 2022", "năm 2023", "tháng 11", "Lượt xem: 382"]))

PAGES.append(page("b4393-vinhlong-caunongthon-2025", """
Báo Vĩnh Long điện tử
Trang chủ > Xã hội > Dân tộc - Tôn giáo
Thứ Sáu, 12/12/2025
Khánh thành 3 cây cầu do đồng bào Khmer hiến đất, góp tiền xây dựng
(VLO) - Ngày 11/12, tại xã Hiếu Tử, Ủy ban MTTQ Việt Nam xã phối hợp với Ban Quản trị chùa Bông Sen tổ chức lễ khánh thành và đưa vào sử dụng 3 cây cầu bê tông nông thôn ở các ấp Ô Đùng, Tân Sơn và Ba Se.
Cắt băng khánh thành cầu ấp Ô Đùng. Ảnh: Thạch Sophal
Ba cây cầu có tổng chiều dài 86 m, mặt cầu rộng 3 m, tải trọng 5 tấn, tổng kinh phí 2,65 tỷ đồng. Trong đó, nhà chùa, Phật tử và bà con các ấp đóng góp 1,12 tỷ đồng; ngân sách xã hỗ trợ 780 triệu đồng; phần còn lại do các nhà hảo tâm, Hội Doanh nhân trẻ tỉnh tài trợ. Để làm đường dẫn hai đầu cầu, 29 hộ đồng bào Khmer đã tự nguyện hiến 1.640 m2 đất ruộng, đất vườn và góp 540 ngày công.
Phát biểu tại buổi lễ, Hòa thượng Thạch Suông, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Bông Sen, cho biết nhà chùa đã vận động trong gần 2 năm. "Trước đây bà con qua kênh bằng cầu khỉ, học sinh té sông là chuyện thường. Có cầu rồi, xe ba gác chở lúa vào tận ruộng", Hòa thượng nói.
Bà Kiên Thị Sa Ranh, người có uy tín ấp Ba Se, là người đầu tiên hiến 210 m2 đất vườn làm đường dẫn. Bà kể, khi nghe nhà chùa bàn chuyện làm cầu, cả nhà bàn nhau một buổi tối là xong: "Đất mất thì còn làm ăn chỗ khác, cầu không có thì con cháu còn khổ". Theo gương bà, ông Danh Sóc Hùng, Trưởng ấp Ba Se, cùng 8 hộ trong ấp nhường đất, dời hàng rào, chặt bỏ hàng dừa.
Bà Sơn Thị Sa Phol, Chủ tịch Ủy ban MTTQ Việt Nam xã Hiếu Tử, cho biết năm 2025 Mặt trận xã đã vận động xây dựng 7 cây cầu và 4,2 km đường nông thôn, tổng giá trị trên 5 tỷ đồng; hơn 60 hộ hiến đất. Xã Hiếu Tử được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các xã Hiếu Tử, Tân Sơn cũ theo Nghị quyết số 1687/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, là một trong những xã có đông đồng bào Khmer của tỉnh Vĩnh Long (mới).
Đồng chí Thạch Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã, ghi nhận tinh thần "chùa là trung tâm đoàn kết" của đồng bào; đề nghị các ấp thành lập tổ tự quản để bảo trì cầu. Dịp này, UBND xã trao giấy khen cho 12 tập thể, cá nhân và tặng 50 phần quà, mỗi phần trị giá 500.000 đồng, cho các hộ hiến đất có hoàn cảnh khó khăn.
Theo Kế hoạch số 25-KH/ĐU của Đảng ủy xã, năm 2026 xã phấn đấu xóa toàn bộ cầu khỉ còn lại, làm thêm ít nhất 5 cây cầu.
Thạch Sophal
Lượt xem: 1.083
Tin liên quan
- Xã Tập Sơn: đồng bào Khmer góp 300 ngày công làm đường (05/12/2025)
- Chùa Khmer đồng hành xây dựng nông thôn mới (28/11/2025)
- Vĩnh Long trao 1.000 phần quà cho hộ nghèo (20/11/2025)
""", "2025-12-12", "Khánh thành 3 cây cầu do đồng bào Khmer hiến đất, góp tiền xây dựng",
E("khac", None, "2025-12-11"),
[P("Kiên Thị Sa Ranh", "người có uy tín ấp Ba Se"),
 P("Danh Sóc Hùng", "Trưởng ấp Ba Se"),
 P("Thạch Suông", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Bông Sen"),
 P("Sơn Thị Sa Phol", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hiếu Tử"),
 P("Thạch Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch UBND xã")],
[Q("3 cây cầu", 3, "cây cầu"), Q("86 m", 86, "m"), Q("3 m", 3, "m"), Q("5 tấn", 5, "tấn"), Q("2,65 tỷ đồng", 2650000000, "đồng"),
 Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("780 triệu đồng", 780000000, "đồng"), Q("29 hộ đồng bào Khmer", 29, "hộ đồng bào Khmer"),
 Q("1.640 m2", 1640, "m2"), Q("210 m2", 210, "m2"), Q("8 hộ", 8, "hộ"), Q("540 ngày công", 540, "ngày công"), Q("7 cây cầu", 7, "cây cầu"), Q("4,2 km", 4.2, "km"),
 Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"), Q("hơn 60 hộ", 60, "hộ", "over"), Q("12 tập thể, cá nhân", 12, "tập thể, cá nhân"),
 Q("50 phần quà", 50, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("ít nhất 5 cây cầu", 5, "cây cầu", "over")],
[D("Nghị quyết", "1687", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1687/NQ-UBTVQH15"),
 D("Kế hoạch", "25", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 25-KH/ĐU")],
[prov("Vĩnh Long"), com("Hiếu Tử"), com("Tân Sơn")],
["Báo Vĩnh Long điện tử", "Trang chủ > Xã hội > Dân tộc - Tôn giáo", "(VLO)", "Cắt băng khánh thành cầu ấp Ô Đùng. Ảnh: Thạch Sophal",
 "chùa là trung tâm đoàn kết", "Hội Doanh nhân trẻ tỉnh", "Lượt xem: 1.083"],
["Thứ Sáu, 12/12/2025", "gần 2 năm", "năm 2025", "năm 2026", "01/7/2025", "Lượt xem: 1.083"]))

PAGES.append(page("b4394-lamdong-btgdv-tongket-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ » Tin tức » Dân vận - Dân tộc - Tôn giáo
Ngày 16/01/2026 | 14:30
Ảnh: Toàn cảnh hội nghị tổng kết.
Năm 2025, nhân dân Lâm Đồng hiến trên 368.000 m2 đất làm đường, xây trường
Ngày 15/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận, dân tộc, tôn giáo năm 2025 và triển khai nhiệm vụ năm 2026. Đồng chí Ka Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu K'Rứ, Nguyễn Thị Minh Hằng, Đàng Văn Thành.
Năm 2025 là năm đầu tỉnh Lâm Đồng vận hành sau hợp nhất với Đắk Nông và Bình Thuận theo Nghị quyết số 202/2025/QH15 của Quốc hội, tổ chức chính quyền địa phương hai cấp với 124 xã, phường, đặc khu. Dù nhiều biến động về tổ chức bộ máy, phong trào "Dân vận khéo" vẫn duy trì với 2.316 mô hình, trong đó 418 mô hình trong lĩnh vực xây dựng nông thôn mới và 1719.
Nhân dân trong tỉnh đã hiến trên 368.000 m2 đất, góp 104.500 ngày công và khoảng 286 tỷ đồng để làm mới, nâng cấp 1.452 km đường giao thông nông thôn, 47 điểm trường, 63 nhà sinh hoạt cộng đồng. Đồng bào K'Ho, Mạ, Mnông, Chăm, Raglai đóng góp 58% số diện tích đất được hiến. Vốn Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg và vốn nông thôn mới theo Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ giải ngân đạt 91,4%.
Toàn cảnh hội nghị tổng kết. Ảnh: K'Linh
Tham luận tại hội nghị, bà Thị Bình, người có uy tín bon Bu Prăng, xã Quảng Trực, kể chuyện 36 hộ người Mnông hiến 7.200 m2 rẫy điều làm đường vào bon. Ông K'Brel, Bí thư Đảng ủy xã Đạ Tẻh, cho biết sau sắp xếp, xã đã ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về vận động hiến đất, 6 tháng cuối năm có 214 hộ hiến đất. Ông Bố Xuân Hổ, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn, đề nghị tỉnh sớm ban hành cơ chế hỗ trợ xi măng thống nhất cho ba địa bàn cũ.
Các ý kiến cũng chỉ ra hạn chế: việc bàn giao hồ sơ các công trình dở dang từ cấp huyện cũ về xã còn chậm; có 9 vụ việc tranh chấp đất đai khi mở đường chưa được giải quyết dứt điểm; cán bộ làm công tác dân vận ở xã mới thiếu, nhiều người kiêm nhiệm.
Phát biểu kết luận, đồng chí Ka Thị Hòa yêu cầu năm 2026 tập trung thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về công tác dân vận của hệ thống chính trị, Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy; mỗi xã, phường, đặc khu có ít nhất 3 mô hình "Dân vận khéo" về giao thông, thủy lợi; không để phát sinh điểm nóng liên quan đến đất đai trong vùng đồng bào dân tộc thiểu số.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 26 tập thể, 41 cá nhân có thành tích xuất sắc.
K'Linh
Lượt xem: 692
Tin liên quan
- Xã Lộc Bảo: 120 hộ hiến đất làm đường liên thôn (08/01/2026)
- Đặc khu Phú Quý tổ chức hội nghị người có uy tín (30/12/2025)
- Giao ban công tác dân vận quý IV/2025 (22/12/2025)
""", "2026-01-16", "Năm 2025, nhân dân Lâm Đồng hiến trên 368.000 m2 đất làm đường, xây trường",
E("tong_ket", "2025", "2026-01-15"),
[P("Ka Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rứ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Minh Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bình", "người có uy tín bon Bu Prăng"),
 P("K'Brel", "Bí thư Đảng ủy xã Đạ Tẻh"),
 P("Bố Xuân Hổ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn")],
[Q("trên 368.000 m2", 368000, "m2", "over"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("2.316 mô hình", 2316, "mô hình"),
 Q("418 mô hình", 418, "mô hình"), Q("104.500 ngày công", 104500, "ngày công"), Q("khoảng 286 tỷ đồng", 286000000000, "đồng", "approx"),
 Q("1.452 km", 1452, "km"), Q("47 điểm trường", 47, "điểm trường"), Q("63 nhà sinh hoạt cộng đồng", 63, "nhà sinh hoạt cộng đồng"),
 Q("58%", 58, "%"), Q("91,4%", 91.4, "%"), Q("36 hộ người Mnông", 36, "hộ người Mnông"), Q("7.200 m2", 7200, "m2"),
 Q("214 hộ", 214, "hộ"), Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/02/2022"),
 D("Nghị quyết", "03", "NQ/ĐU", None, None, "Nghị quyết chuyên đề số 03-NQ/ĐU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đạ Tẻh"), com("Phan Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ » Tin tức » Dân vận - Dân tộc - Tôn giáo", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Toàn cảnh hội nghị tổng kết. Ảnh: K'Linh", "Dân vận khéo", "Chương trình mục tiêu quốc gia", "Lượt xem: 692"],
["Ngày 16/01/2026 | 14:30", "năm 2025", "năm 2026", "Năm 2025", "1719", "6 tháng cuối năm", "Lượt xem: 692"]))

PAGES.append(page("b4395-dongnai-traoqua-tet-2026", """
Báo Đồng Nai điện tử
Trang chủ / Xã hội / Dân tộc - Tôn giáo
Cập nhật: 11:20, 06/02/2026 (GMT+7)
Tặng 200 phần quà Tết cho hộ đồng bào S'tiêng hiến đất làm đường
(ĐN) - Ngày 5/2, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Điểu Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các hộ đồng bào dân tộc thiểu số tiêu biểu trong phong trào hiến đất, góp công làm đường tại xã Bù Gia Mập và xã Đak Ơ.
Đồng chí Điểu Thị Hồng Nhung tặng quà Tết cho hộ đồng bào S'tiêng. Ảnh: Thị Mai
Tại xã Bù Gia Mập (thuộc tỉnh Bình Phước trước đây), đoàn trao 120 phần quà, mỗi phần trị giá 1,5 triệu đồng gồm tiền mặt và nhu yếu phẩm. Năm 2025, 134 hộ người S'tiêng, M'nông của xã đã hiến 16.400 m2 đất rẫy điều, cao su, góp 2.850 ngày công để làm 12,7 km đường liên thôn, đường vào khu sản xuất, từ nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg và vốn của tỉnh. Ông Điểu Lình, người có uy tín thôn Bù Lư, hiến 1.300 m2 đất điều đang cho thu hoạch; bà Thị Hương, Bí thư Chi bộ thôn Đắk Á, vận động 41 hộ cùng hiến đất.
Tại xã Đak Ơ, đoàn trao 80 phần quà, mỗi phần trị giá 1,2 triệu đồng. Ông Điểu Xiêng, Bí thư Đảng ủy, Chủ tịch HĐND xã Đak Ơ, cho biết từ khi thành lập xã mới ngày 01/7/2025, Đảng ủy đã ban hành Chỉ thị số 02-CT/ĐU về phát huy vai trò người có uy tín trong vận động nhân dân hiến đất; đến nay 3 tuyến đường dài 6,4 km đã hoàn thành, 97% hộ ở các thôn đồng thuận.
Trong căn nhà gỗ mới dựng bên con đường bê tông, ông Điểu Lình kể: trước kia mùa mưa, xe chở điều phải nằm lại giữa rẫy, thương lái ép giá. Nay đường đã bê tông đến tận rẫy, giá bán cao hơn, con cháu đi học không còn lấm bùn. Các hộ được thăm đều mong tỉnh tiếp tục đầu tư đường vào khu sản xuất còn lại.
Tổng trị giá 200 phần quà là 276 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động các doanh nghiệp, nhà hảo tâm ủng hộ từ Quỹ "Vì người nghèo". Thay mặt đoàn, đồng chí Điểu Thị Hồng Nhung cảm ơn tinh thần "nhường đất cho con đường, giữ nghĩa cho buôn làng" của bà con; đề nghị chính quyền các xã thực hiện tốt Kế hoạch số 38/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh về hỗ trợ vật liệu làm đường giao thông nông thôn.
Cùng đi với đoàn có đồng chí Lâm Văn Sang, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, và bà Lê Thị Hoa, Phó Chủ tịch UBND xã Bù Gia Mập.
Thị Mai
Lượt xem: 859
Tin cùng chuyên mục
- Xã Thiện Hưng: 45 hộ hiến đất mở rộng đường (30/01/2026)
- Tết ấm cho đồng bào dân tộc thiểu số vùng biên (25/01/2026)
- Đồng Nai trao 5.000 phần quà Tết cho hộ nghèo (20/01/2026)
- Hội nghị người có uy tín tỉnh Đồng Nai năm 2025 (10/12/2025)
""", "2026-02-06", "Tặng 200 phần quà Tết cho hộ đồng bào S'tiêng hiến đất làm đường",
E("trao_qua", None, "2026-02-05"),
[P("Điểu Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh", "trưởng đoàn"),
 P("Điểu Lình", "người có uy tín thôn Bù Lư"),
 P("Thị Hương", "Bí thư Chi bộ thôn Đắk Á"),
 P("Điểu Xiêng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đak Ơ"),
 P("Lâm Văn Sang", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hoa", "Phó Chủ tịch UBND xã Bù Gia Mập")],
[Q("200 phần quà", 200, "phần quà"), Q("120 phần quà", 120, "phần quà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("134 hộ người S'tiêng, M'nông", 134, "hộ người S'tiêng, M'nông"), Q("16.400 m2", 16400, "m2"), Q("2.850 ngày công", 2850, "ngày công"),
 Q("12,7 km", 12.7, "km"), Q("1.300 m2", 1300, "m2"), Q("41 hộ", 41, "hộ"), Q("80 phần quà", 80, "phần quà"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("3 tuyến đường", 3, "tuyến đường"), Q("6,4 km", 6.4, "km"), Q("97%", 97, "%"),
 Q("276 triệu đồng", 276000000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Đảng ủy", "Chỉ thị số 02-CT/ĐU"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT"),
 D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2025/NQ-HĐND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["Báo Đồng Nai điện tử", "Trang chủ / Xã hội / Dân tộc - Tôn giáo", "(ĐN)",
 "Đồng chí Điểu Thị Hồng Nhung tặng quà Tết cho hộ đồng bào S'tiêng. Ảnh: Thị Mai", "Chương trình mục tiêu quốc gia",
 "Vì người nghèo", "nhường đất cho con đường, giữ nghĩa cho buôn làng", "Lượt xem: 859"],
["Cập nhật: 11:20, 06/02/2026 (GMT+7)", "Năm 2025", "01/7/2025", "Lượt xem: 859"]))

PAGES.append(page("b4396-nghean-btgdv-giaoban-2026", """
Báo Nghệ An điện tử
Chính trị › Xây dựng Đảng
Thứ Năm, 09/04/2026 - 08:45
Hôm nay: Thứ Bảy, 11/04/2026
Ảnh: Quang cảnh hội nghị giao ban.
Nghệ An: Gần 2.700 hộ hiến đất, góp 31.000 ngày công trong quý đầu năm
Chiều 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác tuyên giáo, dân vận quý I năm 2026 với Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và đảng ủy các xã, phường. Đồng chí Nguyễn Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý I, các địa phương tiếp tục phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030. Toàn tỉnh có 2.684 hộ hiến 127.300 m2 đất, tháo dỡ 3.920 m tường rào, góp 31.000 ngày công; nhân dân đóng góp 64,8 tỷ đồng, Nhà nước hỗ trợ 5.600 tấn xi măng theo Nghị quyết số 31/2025/NQ-HĐND của HĐND tỉnh. Đã hoàn thành 318 km đường giao thông nông thôn, 27 km kênh mương và 11 cầu dân sinh; 6 điểm trường ở vùng cao được xây dựng trên đất do dân hiến.
Đồng chí Nguyễn Văn Hải phát biểu kết luận giao ban. Ảnh: Thành Cường
Tại giao ban, đồng chí Lô Thị Kim Ngân, Bí thư Đảng ủy xã Châu Tiến, cho biết 92 hộ người Thái, người Thổ trong xã hiến 9.800 m2 đất để mở rộng tuyến đường dài 5,2 km. Đồng chí Vi Văn Sơn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Mường Quàng, nêu kinh nghiệm vận động đồng bào Khơ Mú: cán bộ xã "cùng ăn, cùng ở, cùng làm" với dân trong 21 ngày. Ông Moong Văn Thìn, người có uy tín bản Huồi Pục, xã Na Loi, góp 1.500 m2 đất nương và 15 ngày công.
Đồng chí Trần Thị Bích Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết Mặt trận đã giám sát 12 cuộc về việc sử dụng đóng góp của nhân dân; phát hiện 2 xã thu vượt mức nhân dân đã bàn, đã kiến nghị trả lại 186 triệu đồng cho các hộ.
Các ý kiến cũng phản ánh, sau sắp xếp chính quyền hai cấp, việc bàn giao hồ sơ các công trình giao thông từ huyện cũ về xã còn chậm; một số xã chưa bố trí được cán bộ chuyên trách công tác dân vận; việc chỉnh lý biến động đất đai cho các hộ đã hiến đất còn kéo dài, gây băn khoăn trong nhân dân.
Kết luận giao ban, đồng chí Nguyễn Văn Hải yêu cầu quý II tập trung thực hiện Nghị quyết 39, 40-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; triển khai Kế hoạch số 12-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; phấn đấu đến hết quý II có thêm không dưới 1.500 hộ hiến đất, bảo đảm tự nguyện, không gò ép.
Thành Cường
Lượt xem: 1.271
Tin liên quan
- Giao ban công tác dân vận quý IV/2025 (05/01/2026)
- Xã Quỳ Hợp: 300 hộ hiến đất làm đường (25/03/2026)
- Tương Dương: người Ơ Đu góp công làm đường lên bản (15/03/2026)
- Nghệ An tổng kết công tác dân vận năm 2025 (10/01/2026)
""", "2026-04-09", "Nghệ An: Gần 2.700 hộ hiến đất, góp 31.000 ngày công trong quý đầu năm",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Nguyễn Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Bí thư Đảng ủy xã Châu Tiến"),
 P("Vi Văn Sơn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Mường Quàng"),
 P("Moong Văn Thìn", "người có uy tín bản Huồi Pục"),
 P("Trần Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("Gần 2.700 hộ", 2700, "hộ", "approx"), Q("31.000 ngày công", 31000, "ngày công"), Q("2.684 hộ", 2684, "hộ"),
 Q("127.300 m2", 127300, "m2"), Q("3.920 m", 3920, "m"), Q("64,8 tỷ đồng", 64800000000, "đồng"), Q("5.600 tấn", 5600, "tấn"),
 Q("318 km", 318, "km"), Q("27 km", 27, "km"), Q("11 cầu dân sinh", 11, "cầu dân sinh"), Q("6 điểm trường", 6, "điểm trường"),
 Q("92 hộ người Thái, người Thổ", 92, "hộ người Thái, người Thổ"), Q("9.800 m2", 9800, "m2"), Q("5,2 km", 5.2, "km"),
 Q("1.500 m2", 1500, "m2"), Q("15 ngày công", 15, "ngày công"), Q("12 cuộc", 12, "cuộc"), Q("2 xã", 2, "xã"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("không dưới 1.500 hộ", 1500, "hộ", "over")],
[D("Nghị quyết", "31", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 31/2025/NQ-HĐND"),
 D("Nghị quyết", "39", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 39, 40-NQ/TU"),
 D("Nghị quyết", "40", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 39, 40-NQ/TU"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU")],
[prov("Nghệ An"), com("Châu Tiến"), com("Mường Quàng"), com("Na Loi")],
["Báo Nghệ An điện tử", "Chính trị › Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Đồng chí Nguyễn Văn Hải phát biểu kết luận giao ban. Ảnh: Thành Cường",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình mục tiêu quốc gia", "cùng ăn, cùng ở, cùng làm", "Lượt xem: 1.271"],
["Thứ Năm, 09/04/2026 - 08:45", "Hôm nay: Thứ Bảy, 11/04/2026", "quý I năm 2026", "2026 - 2030", "21 ngày", "quý II", "Lượt xem: 1.271"]))
