from lib import *
PAGES = []

PAGES.append(page("b7751-thanhhoa-giaoban-2025", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ » Hoạt động » Dân vận các cấp
Thứ Sáu, 28/03/2025 - 15:30
Ảnh: Quang cảnh giao ban.
Giao ban khối dân vận: đẩy mạnh vận động nhân dân tu bổ di tích gắn với xây dựng nông thôn mới
Ngày 26/3/2025, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban khối dân vận quý I năm 2025. Đồng chí Lê Thị Thanh Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trịnh Văn Hùng, Lê Thị Mai, Hà Văn Khiêm.
Báo cáo tại giao ban cho biết, quý I/2025, các cấp đã vận động nhân dân và con em xa quê đóng góp trên 47 tỷ đồng để tu bổ, tôn tạo 34 di tích, trong đó có 19 đình làng, 8 đền, 7 chùa. Đình Phú Khê (xã Hoằng Phú), đình Gia Miêu (xã Hà Long) được tu bổ hoàn thành, đón nhân dân về dự lễ hội đầu xuân. Tại các huyện miền núi, đồng bào Mường, Thái đã góp trên 3.400 ngày công và hàng trăm m3 gỗ để sửa chữa 12 nhà văn hóa gắn với nơi thờ tự truyền thống.
Đồng chí Phạm Văn Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Hoằng Hóa cho biết, huyện có 164 di tích đã xếp hạng, phần lớn được tu bổ từ nguồn xã hội hóa; quý I, nhân dân 6 xã đã góp khoảng 9,5 tỷ đồng. Đồng chí Hà Thị Xuyến, Bí thư Chi bộ, Trưởng bản Mạ, xã Thành Sơn, huyện Bá Thước, người Thái, chia sẻ bản đã vận động 86 hộ góp 215 triệu đồng tu sửa miếu thờ Thần bản mường và nhà sàn cộng đồng.
Một số ý kiến phản ánh tình trạng vận động đóng góp vượt khả năng của người dân, có nơi bình quân mỗi khẩu phải góp từ 300.000 đến 500.000 đồng; việc quản lý tiền công đức chưa thực hiện đúng quy định ở khoảng 15% di tích.
Kết luận giao ban, đồng chí Lê Thị Thanh Hoa đề nghị khối dân vận tiếp tục thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới và về quản lý, phát huy giá trị di tích; Quy định số 1035-QĐ/TU của Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân, đối thoại; tuyệt đối không để xảy ra việc ép buộc đóng góp. Đồng chí cũng yêu cầu chuẩn bị tốt công tác dân vận phục vụ việc sắp xếp đơn vị hành chính cấp xã theo Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương.
Trong quý I, Ban Dân vận các cấp tiếp nhận 54 đơn thư, đã giải quyết xong 49 đơn, đạt 90,7%.
Bùi Thu Trang
Lượt xem: 2.318
Tin liên quan
- Hoằng Hóa: khánh thành đình Phú Khê sau tu bổ (20/03/2025)
- Bá Thước phục dựng lễ Pồn Pôông của người Mường (05/03/2025)
- Giao ban khối dân vận quý IV năm 2024 (27/12/2024)
- Thọ Xuân vận động nhân dân góp 12 tỷ đồng tu bổ đình Trung Lập (10/12/2024)
""", "2025-03-28", "Giao ban khối dân vận: đẩy mạnh vận động nhân dân tu bổ di tích gắn với xây dựng nông thôn mới",
E("giao_ban", "2025-Q1", "2025-03-26"),
[P("Lê Thị Thanh Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lê Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoằng Hóa"),
 P("Hà Thị Xuyến", "Bí thư Chi bộ", "Trưởng bản Mạ")],
[Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"), Q("34 di tích", 34, "di tích"), Q("19 đình làng", 19, "đình làng"),
 Q("8 đền", 8, "đền"), Q("7 chùa", 7, "chùa"), Q("trên 3.400 ngày công", 3400, "ngày công", "over"),
 Q("12 nhà văn hóa", 12, "nhà văn hóa"), Q("164 di tích", 164, "di tích"), Q("6 xã", 6, "xã"),
 Q("khoảng 9,5 tỷ đồng", 9500000000, "đồng", "approx"), Q("86 hộ", 86, "hộ"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 15%", 15, "%", "approx"),
 Q("54 đơn thư", 54, "đơn thư"), Q("49 đơn", 49, "đơn"), Q("90,7%", 90.7, "%")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Quy định", "1035", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 1035-QĐ/TU"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW")],
[prov("Thanh Hóa"), com("Hoằng Phú"), com("Hà Long"), com("Thành Sơn")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ » Hoạt động » Dân vận các cấp", "Ảnh: Quang cảnh giao ban.", "Lượt xem: 2.318",
 "Đình Phú Khê", "đình Gia Miêu", "Thần bản mường"],
["Thứ Sáu, 28/03/2025 - 15:30", "quý I năm 2025", "quý I/2025", "Lượt xem: 2.318", "hàng trăm m3 gỗ"]))

PAGES.append(page("b7752-tuyenquang-khanhthanh-dinh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Văn hóa | Di sản | Đời sống
12/9/2025 | 08:00
Nhân dân thôn Bòng trong ngày vui khánh thành đình. Ảnh: Thu Phương
Đình Bòng khoác áo mới nhờ sức dân
Ngày 10/9/2025, UBND xã Tân Trào, tỉnh Tuyên Quang phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức lễ khánh thành công trình tu bổ, tôn tạo đình Bòng - một điểm di tích thuộc Khu di tích quốc gia đặc biệt Tân Trào. Đây là công trình đầu tiên của xã hoàn thành kể từ khi chính quyền địa phương hai cấp đi vào hoạt động.
Công trình được khởi công từ tháng 3/2025, tổng kinh phí gần 2,8 tỷ đồng. Trong đó, ngân sách tỉnh hỗ trợ 1,2 tỷ đồng, phần còn lại do nhân dân trong thôn, con em quê hương và 17 doanh nghiệp đóng góp. Người dân góp trên 2.100 ngày công, hiến 350 m2 đất mở rộng sân đình. Đình được làm lại mái ngói vảy cá, thay 8 cột gỗ đinh hương, phục hồi hàng hiên và khu bếp lễ theo đúng hồ sơ đã được thẩm định.
Dự lễ khánh thành có đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hoàng Văn Lương, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Trào; đồng chí Sùng Mí Vàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ông Nông Văn Kiên, Trưởng thôn Bòng, người Tày, cho biết: thôn có 142 hộ thì 100% hộ tham gia đóng góp, hộ nhiều nhất góp 50 triệu đồng, hộ nghèo góp công. Ông Kiên cùng 11 cụ cao tuổi trong thôn đã đi từng nhà vận động, công khai từng khoản thu chi trên bảng tin và trong nhóm Zalo của thôn.
Phát biểu tại buổi lễ, đồng chí Ma Thị Thúy biểu dương tinh thần "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" của nhân dân Tân Trào; đề nghị xã thực hiện tốt Nghị quyết số 03-NQ/TU của Tỉnh ủy về phát triển du lịch cộng đồng và Kế hoạch số 25-KH/ĐU ngày 20/8/2025 của Đảng ủy xã Tân Trào về phát huy giá trị di tích sau sắp xếp; gắn đình Bòng với các tour du lịch về nguồn.
Cùng thời gian này, tại xã Đồng Văn, đồng bào Mông đã góp khoảng 600 ngày công tu sửa khu nhà cổ dòng họ Vương; phường Minh Xuân vận động 230 hộ góp 1,6 tỷ đồng tu bổ đền Thượng. Toàn tỉnh hiện có khoảng 1.500 di tích, trong đó 3 di tích quốc gia đặc biệt.
Dịp này, UBND xã tặng giấy khen cho 9 tập thể và 21 cá nhân có nhiều đóng góp cho công trình.
Thu Phương
Tin liên quan
- Xã Minh Thanh ra mắt mô hình "Thôn du lịch cộng đồng" (30/08/2025)
- Tuyên Quang tổ chức kỷ niệm 80 năm Quốc dân Đại hội Tân Trào (16/08/2025)
- Xã Đồng Văn: tu bổ nhà cổ, giữ hồn cao nguyên đá (05/08/2025)
- Phường An Tường vận động nhân dân tu bổ đình Ỷ La (25/07/2025)
- Xã Hồng Thái ra mắt tổ dân vận sau sắp xếp (10/07/2025)
""", "2025-09-12", "Đình Bòng khoác áo mới nhờ sức dân",
E("khac", None, "2025-09-10"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tân Trào"),
 P("Sùng Mí Vàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Kiên", "Trưởng thôn Bòng")],
[Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("17 doanh nghiệp", 17, "doanh nghiệp"),
 Q("trên 2.100 ngày công", 2100, "ngày công", "over"), Q("350 m2", 350, "m2"), Q("8 cột gỗ đinh hương", 8, "cột gỗ đinh hương"),
 Q("142 hộ", 142, "hộ"), Q("100%", 100, "%"), Q("50 triệu đồng", 50000000, "đồng"), Q("11 cụ cao tuổi", 11, "cụ cao tuổi"),
 Q("khoảng 600 ngày công", 600, "ngày công", "approx"), Q("230 hộ", 230, "hộ"), Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("khoảng 1.500 di tích", 1500, "di tích", "approx"), Q("3 di tích quốc gia đặc biệt", 3, "di tích quốc gia đặc biệt"),
 Q("9 tập thể", 9, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 03-NQ/TU"),
 D("Kế hoạch", "25", "KH/ĐU", "2025-08-20", "Đảng ủy xã Tân Trào", "Kế hoạch số 25-KH/ĐU ngày 20/8/2025")],
[prov("Tuyên Quang"), com("Tân Trào"), com("Đồng Văn"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Văn hóa | Di sản | Đời sống",
 "Nhân dân thôn Bòng trong ngày vui khánh thành đình.", "Khu di tích quốc gia đặc biệt Tân Trào",
 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "đền Thượng", "Zalo"],
["12/9/2025 | 08:00", "tháng 3/2025", "hai cấp"]))

PAGES.append(page("b7753-vinhlong-tongket-mttq-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG
Trang chủ / Tin tức / Hoạt động Mặt trận
Ngày 26/12/2025 | 09:15
Đồng chí Lữ Quang Ngời phát biểu chỉ đạo.
Mặt trận tỉnh Vĩnh Long tổng kết năm 2025: hơn 96 tỷ đồng chung tay tu bổ đình, chùa
Ngày 24/12/2025, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh - và triển khai chương trình phối hợp thống nhất hành động năm 2026. Chủ trì hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sa Rinh, Lê Minh Khoa, Trần Thị Ngọc Bích.
Báo cáo cho biết, năm 2025, Mặt trận các cấp đã phối hợp với chức sắc, chức việc các tôn giáo và các ban quý tế vận động trên 96 tỷ đồng tu bổ, sửa chữa 142 đình, chùa, miếu, trong đó có 58 chùa Phật giáo Nam tông Khmer. Nhiều công trình tiêu biểu như chùa Âng (phường Trà Vinh), đình Long Thanh (phường Long Châu), đình Phú Lễ (xã Phú Lễ). Hệ thống Mặt trận tiếp nhận 1.214 ý kiến, kiến nghị của cử tri, tổ chức 37 cuộc giám sát, trong đó 9 cuộc giám sát việc quản lý, sử dụng tiền công đức tại di tích.
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Âng cho biết chùa đã vận động 2.300 lượt phật tử góp gần 4,2 tỷ đồng trùng tu sala và hàng rào. Ông Nguyễn Văn Hai, Trưởng ban quý tế đình Long Thanh chia sẻ: đình được tu bổ với 5,6 tỷ đồng, 100% do nhân dân và con em đóng góp, mọi khoản thu chi được công khai hằng tháng.
Phát biểu chỉ đạo, đồng chí Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đánh giá cao vai trò của Mặt trận trong vận động xã hội hóa; đề nghị năm 2026 tiếp tục thực hiện Kết luận 120, 121-KL/TW của Ban Bí thư; Quyết định số 218-QĐ/TW của Bộ Chính trị về vai trò giám sát, phản biện xã hội của Mặt trận; Kế hoạch số 12-KH/TU ngày 5/11/2025 của Ban Thường vụ Tỉnh ủy về bảo tồn di sản văn hóa Khmer, Kinh, Hoa trên địa bàn tỉnh.
Hội nghị đã thống nhất năm 2026 vận động tu bổ từ 150 đình, chùa trở lên; mỗi xã, phường có ít nhất một mô hình "Di tích sáng - xanh - sạch - đẹp". Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 64 tập thể và 92 cá nhân tiêu biểu.
Phương Nghi
Tin liên quan
- Phường Trà Vinh: lễ khánh thành sala chùa Âng (10/12/2025)
- Mặt trận xã Phú Lễ giám sát việc tu bổ đình (28/11/2025)
- Ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa mới (20/10/2025)
""", "2025-12-26", "Mặt trận tỉnh Vĩnh Long tổng kết năm 2025: hơn 96 tỷ đồng chung tay tu bổ đình, chùa",
E("tong_ket", "2025", "2025-12-24"),
[P("Nguyễn Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lê Minh Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Âng"),
 P("Nguyễn Văn Hai", "Trưởng ban quý tế đình Long Thanh"),
 P("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")],
[Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("142 đình, chùa, miếu", 142, "đình, chùa, miếu"),
 Q("58 chùa Phật giáo Nam tông Khmer", 58, "chùa Phật giáo Nam tông Khmer"), Q("1.214 ý kiến, kiến nghị", 1214, "ý kiến, kiến nghị"),
 Q("37 cuộc giám sát", 37, "cuộc giám sát"), Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("2.300 lượt phật tử", 2300, "lượt phật tử"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("100%", 100, "%"),
 Q("từ 150 đình, chùa trở lên", 150, "đình, chùa", "over"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("64 tập thể", 64, "tập thể"), Q("92 cá nhân tiêu biểu", 92, "cá nhân tiêu biểu")],
[D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kế hoạch", "12", "KH/TU", "2025-11-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 5/11/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Long Châu"), com("Phú Lễ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Đồng chí Lữ Quang Ngời phát biểu chỉ đạo.",
 "Di tích sáng - xanh - sạch - đẹp", "chùa Âng", "đình Long Thanh", "Giáo hội Phật giáo Việt Nam"],
["Ngày 26/12/2025 | 09:15", "năm 2025", "năm 2026", "một mô hình"]))

PAGES.append(page("b7754-lamdong-doithoai-dinh-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Ngày đăng 16/01/2026 | 16:20
Bí thư Đảng ủy phường Phú Thủy đối thoại với nhân dân về tu bổ đình Vạn Phước
Chiều 14/1/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Phú Thủy, tỉnh Lâm Đồng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, với chủ đề "Chung tay tu bổ, bảo tồn đình Vạn Phước và lăng Ông Nam Hải". Gần 200 đại biểu, cử tri của 12 khu phố tham dự.
Ông Trần Quốc Bảo phát biểu tại buổi đối thoại. Ảnh: N.Lân
Chủ trì đối thoại có ông Trần Quốc Bảo, Bí thư Đảng ủy phường và ông Nguyễn Hữu Phước, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Dự có bà Đàng Thị Mỹ Hương, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh và ông Ka Sô Liễng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đình Vạn Phước thờ Thành hoàng và cá Ông, là di tích cấp tỉnh gắn với cộng đồng ngư dân vạn chài. Sau đợt mưa bão cuối năm 2025, 2 gian hậu cung bị tốc mái, tường bao sụt lún khoảng 40 m. Ban trị sự đình đã tiếp nhận hơn 1,3 tỷ đồng của 480 hộ ngư dân và 26 chủ tàu, song người dân còn băn khoăn về phương án tu bổ và việc công khai số tiền.
Tại buổi đối thoại, có 18 lượt ý kiến của cử tri. Ông Lê Văn Sáu, ngư dân khu phố 4, đề nghị giữ lại bộ xương cá Ông và các sắc phong cổ trong quá trình thi công. Bà Nguyễn Thị Mộng, Chi hội trưởng Chi hội Phụ nữ khu phố 7, kiến nghị lập tổ giám sát gồm 5 - 7 người dân do khu phố bầu. Ông Võ Văn Tư, Trưởng ban trị sự đình Vạn Phước, cam kết công khai thu chi hằng tháng trên bảng tin của đình.
Trả lời các ý kiến, ông Nguyễn Hữu Phước cho biết phường sẽ lập hồ sơ tu bổ theo Luật Di sản văn hóa năm 2024 và Nghị định 208/2025/NĐ-CP của Chính phủ, trình Sở Văn hóa, Thể thao và Du lịch thẩm định trước khi khởi công trong quý II/2026. Dự kiến tổng kinh phí khoảng 3,5 tỷ đồng; ngân sách phường bố trí 800 triệu đồng, phần còn lại vận động xã hội hóa.
Kết luận đối thoại, ông Trần Quốc Bảo yêu cầu thực hiện đúng Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân và Kết luận 01-KL/ĐU của Đảng ủy phường; giao Ủy ban MTTQ phường chủ trì giám sát. 95% cử tri dự họp đồng tình với phương án giữ nguyên kiến trúc, chỉ thay thế phần hư hỏng.
Nhật Lân
Tin liên quan
- Phường Mũi Né tổ chức lễ Cầu ngư năm 2026 (12/01/2026)
- Xã Phan Rí Cửa tu bổ vạn Thủy Tú sau bão (05/01/2026)
- Đồng bào Chăm ở xã Bắc Bình đón Tết Ramưwan (28/12/2025)
- Lâm Đồng công nhận 4 di tích cấp tỉnh (20/12/2025)
- Phường Hàm Thắng đối thoại với nhân dân về chỉnh trang đô thị (15/12/2025)
""", "2026-01-16", "Bí thư Đảng ủy phường Phú Thủy đối thoại với nhân dân về tu bổ đình Vạn Phước",
E("doi_thoai", "2026", "2026-01-14"),
[P("Trần Quốc Bảo", "Bí thư Đảng ủy phường"),
 P("Nguyễn Hữu Phước", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Đàng Thị Mỹ Hương", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Ka Sô Liễng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sáu"),
 P("Nguyễn Thị Mộng", "Chi hội trưởng Chi hội Phụ nữ khu phố 7"),
 P("Võ Văn Tư", "Trưởng ban trị sự đình Vạn Phước")],
[Q("Gần 200 đại biểu, cử tri", 200, "đại biểu, cử tri", "approx"), Q("12 khu phố", 12, "khu phố"), Q("2 gian hậu cung", 2, "gian hậu cung"),
 Q("khoảng 40 m", 40, "m", "approx"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("480 hộ ngư dân", 480, "hộ ngư dân"),
 Q("26 chủ tàu", 26, "chủ tàu"), Q("18 lượt ý kiến", 18, "lượt ý kiến"), Q("5", 5, "người dân"), Q("7 người dân", 7, "người dân"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("800 triệu đồng", 800000000, "đồng"), Q("95%", 95, "%")],
[D("Nghị định", "208", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 208/2025/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "01", "KL/ĐU", None, "Đảng ủy phường", "Kết luận 01-KL/ĐU")],
[prov("Lâm Đồng"), com("Phú Thủy")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Ông Trần Quốc Bảo phát biểu tại buổi đối thoại. Ảnh: N.Lân",
 "Chung tay tu bổ, bảo tồn đình Vạn Phước và lăng Ông Nam Hải", "Luật Di sản văn hóa năm 2024", "Đình Vạn Phước", "cá Ông"],
["Ngày đăng 16/01/2026 | 16:20", "năm 2026", "năm 2025", "khu phố 4", "khu phố 7", "quý II/2026"]))

PAGES.append(page("b7755-dongnai-taphuan-2026", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI
Trang chủ › Tin tức › Di sản văn hóa
20/03/2026 - 10:05
Các học viên thực hành tại đình Bình Quan.
Tập huấn quản lý tiền công đức cho cán bộ cơ sở và ban quản lý di tích
Trong 2 ngày 18 - 19/3/2026, Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ quản lý di tích, quản lý và sử dụng nguồn xã hội hóa năm 2026 cho 243 học viên là công chức văn hóa - xã hội các xã, phường và thành viên ban quản lý, ban quý tế các đình, miếu trên địa bàn tỉnh.
Khai mạc lớp tập huấn, bà Phan Thị Thanh Tâm, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, sau hợp nhất với Bình Phước, Đồng Nai có 127 di tích đã xếp hạng, trong đó hơn 70 đình, miếu, chùa được tu bổ từ nguồn xã hội hóa trong 5 năm qua với tổng kinh phí khoảng 320 tỷ đồng. Tuy nhiên, qua kiểm tra năm 2025, 23 ban quản lý chưa mở tài khoản riêng, 6 di tích tự ý xây thêm hạng mục.
Các học viên được ThS. Lê Văn Khoa, Trưởng phòng Quản lý di sản văn hóa, và ông Nguyễn Minh Quân, giảng viên Trường Đại học Văn hóa TP. Hồ Chí Minh giới thiệu các chuyên đề: những điểm mới của Luật Di sản văn hóa năm 2024; Thông tư 04/2023/TT-BVHTTDL và Thông tư 05/2025/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch; cách lập sổ sách, chứng từ tiền công đức, tài trợ; vận động xã hội hóa đúng quy định, không ép buộc.
Buổi chiều ngày 19/3, các học viên tham quan, thực hành tại đình Bình Quan (phường Trấn Biên). Ông Đặng Hữu Lộc, Chánh bái đình Bình Quan, giới thiệu cách đình đã công khai thu chi qua mã QR: năm 2025 đình nhận 2,1 tỷ đồng công đức của hơn 3.600 lượt người, toàn bộ được chuyển vào tài khoản và báo cáo UBND phường mỗi quý.
Tại lớp học, bà Điểu Thị Lanh, công chức văn hóa - xã hội xã Bình Tân, người S'tiêng, chia sẻ: "Ở xã có nhà dài truyền thống của đồng bào S'tiêng cần tu sửa, bà con muốn góp sức nhưng chưa biết làm hồ sơ. Lớp học giúp chúng tôi biết thủ tục". Ông Thị Đức, già làng sóc Bom Bo, xã Bom Bo, đề nghị Sở hỗ trợ phục dựng nhà dài gắn với du lịch cộng đồng.
Kết thúc lớp học, 238 học viên được cấp chứng nhận. Sở đề nghị UBND các xã, phường thực hiện Kế hoạch số 45/KH-UBND ngày 2/2/2026 của UBND tỉnh về kiểm tra công tác quản lý di tích, bảo đảm 100% ban quản lý di tích mở tài khoản riêng trước ngày 30/6/2026.
Bảo Trâm
Các tin khác
- Phường Trấn Biên khánh thành tu bổ miếu Ông Cù (10/03/2026)
- Xã Bom Bo phục dựng lễ hội mừng lúa mới (28/02/2026)
- Đồng Nai: lễ hội Tết Nguyên tiêu tại chùa Ông (04/03/2026)
- Kiểm kê di tích trên địa bàn tỉnh sau sắp xếp (15/02/2026)
""", "2026-03-20", "Tập huấn quản lý tiền công đức cho cán bộ cơ sở và ban quản lý di tích",
E("tap_huan", "2026", "2026-03-18"),
[P("Phan Thị Thanh Tâm", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Lê Văn Khoa", "ThS.", "Trưởng phòng Quản lý di sản văn hóa"),
 P("Nguyễn Minh Quân", "giảng viên Trường Đại học Văn hóa TP. Hồ Chí Minh"),
 P("Đặng Hữu Lộc", "Chánh bái đình Bình Quan"),
 P("Điểu Thị Lanh", "công chức văn hóa - xã hội xã Bình Tân"),
 P("Thị Đức", "già làng sóc Bom Bo")],
[Q("243 học viên", 243, "học viên"),
 Q("127 di tích", 127, "di tích"), Q("hơn 70 đình, miếu, chùa", 70, "đình, miếu, chùa", "over"),
 Q("khoảng 320 tỷ đồng", 320000000000, "đồng", "approx"), Q("23 ban quản lý", 23, "ban quản lý"), Q("6 di tích", 6, "di tích"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("hơn 3.600 lượt người", 3600, "lượt người", "over"), Q("238 học viên", 238, "học viên"),
 Q("100%", 100, "%")],
[D("Thông tư", "04", "2023/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư 04/2023/TT-BVHTTDL"),
 D("Thông tư", "05", "2025/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư 05/2025/TT-BVHTTDL"),
 D("Kế hoạch", "45", "KH-UBND", "2026-02-02", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 2/2/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bình Tân"), com("Bom Bo")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG NAI", "Trang chủ › Tin tức › Di sản văn hóa", "Các học viên thực hành tại đình Bình Quan.",
 "Luật Di sản văn hóa năm 2024", "đình Bình Quan", "mã QR"],
["20/03/2026 - 10:05", "2 ngày", "năm 2026", "5 năm", "năm 2025", "mỗi quý"]))

PAGES.append(page("b7756-haiphong-soket-quy1-2026", """
Chủ nhật, 19/04/2026
BÁO HẢI PHÒNG ĐIỆN TỬ
Trang chủ » Văn hóa » Di sản
Thứ Bảy, 18/04/2026 - 08:05
Toàn cảnh hội nghị sơ kết quý I.
Sơ kết quý I/2026: huy động gần 58 tỷ đồng tu bổ di tích
Chiều 16/4, Ban Chỉ đạo bảo tồn, phát huy giá trị di tích thành phố Hải Phòng tổ chức hội nghị sơ kết công tác quý I năm 2026, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Thu Hằng, Thành ủy viên, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo chủ trì.
Báo cáo của Sở Văn hóa, Thể thao và Du lịch cho biết, quý I/2026, các xã, phường đã huy động gần 58 tỷ đồng từ nguồn xã hội hóa để tu bổ 41 di tích, chiếm khoảng 78% tổng kinh phí tu bổ. Trong đó, khu vực phía tây thành phố (địa bàn tỉnh Hải Dương cũ) có 26 di tích với hơn 35 tỷ đồng. Các công trình tiêu biểu: đình Kiền Bái (xã Thủy Nguyên), đình Hàng Kênh (phường Lê Chân), đình Mộ Trạch (xã Đường An).
Đồng chí Phạm Văn Mạnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Trưởng Ban Chỉ đạo cho biết, thành phố hiện có trên 2.200 di tích đã kiểm kê, 149 di tích quốc gia, 7 di tích quốc gia đặc biệt. Quý I, Sở đã thẩm định 18 hồ sơ tu bổ theo Nghị định 208/2025/NĐ-CP; kiểm tra 33 di tích, yêu cầu dừng thi công 2 công trình sai phép.
Tại hội nghị, ông Bùi Văn Đoàn, Chủ tịch UBND xã Đường An chia sẻ: đình Mộ Trạch huy động được 6,2 tỷ đồng trong 3 tháng, với 1.780 hộ dân, 320 người con quê hương ở xa tham gia; mỗi tuần xã công khai số tiền trên loa truyền thanh. Bà Nguyễn Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Lê Chân, cho biết Mặt trận phường đã giám sát 4 đợt thu chi tại đình Hàng Kênh. Các đồng chí Trưởng phòng Văn hóa - Xã hội UBND các phường: Trần Văn Bình, Vũ Thị Ngà, Lê Đức Thọ đề nghị thành phố sớm ban hành quy chế phân cấp quản lý di tích sau sắp xếp.
Kết luận, đồng chí Nguyễn Thị Thu Hằng yêu cầu quý II tập trung thực hiện Nghị quyết số 45/2026/NQ-HĐND của HĐND thành phố về cơ chế hỗ trợ tu bổ di tích; Kế hoạch 56, 57/KH-UBND của UBND thành phố về bảo tồn hệ thống đình làng và về phát huy giá trị di tích gắn với du lịch; bảo đảm không có di tích nào tu bổ khi chưa được thẩm định.
Dịp này, Ban Chỉ đạo biểu dương 12 tập thể, 20 cá nhân tiêu biểu, trong đó có 5 cụ cao tuổi đã đi vận động hàng trăm hộ góp tiền tu bổ đình làng.
Hải Minh
Tin liên quan
- Xã Thủy Nguyên khánh thành đình Kiền Bái sau tu bổ (08/04/2026)
- Lễ hội Côn Sơn - Kiếp Bạc mùa xuân năm 2026 (20/03/2026)
- Phường Lê Chân tổ chức lễ hội đình Hàng Kênh (25/02/2026)
- Xã Đường An vận động con em xa quê góp sức tu bổ đình làng (10/02/2026)
- Hải Phòng tổng kết công tác văn hóa năm 2025 (30/12/2025)
""", "2026-04-18", "Sơ kết quý I/2026: huy động gần 58 tỷ đồng tu bổ di tích",
E("so_ket", "2026-Q1", "2026-04-16"),
[P("Nguyễn Thị Thu Hằng", "Thành ủy viên", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Phạm Văn Mạnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Phó Trưởng Ban Chỉ đạo"),
 P("Bùi Văn Đoàn", "Chủ tịch UBND xã Đường An"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Lê Chân"),
 P("Trần Văn Bình", "Trưởng phòng Văn hóa - Xã hội UBND các phường"),
 P("Vũ Thị Ngà", "Trưởng phòng Văn hóa - Xã hội UBND các phường"),
 P("Lê Đức Thọ", "Trưởng phòng Văn hóa - Xã hội UBND các phường")],
[Q("gần 58 tỷ đồng", 58000000000, "đồng", "approx"), Q("41 di tích", 41, "di tích"), Q("khoảng 78%", 78, "%", "approx"),
 Q("26 di tích", 26, "di tích"), Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("trên 2.200 di tích", 2200, "di tích", "over"),
 Q("149 di tích quốc gia", 149, "di tích quốc gia"), Q("7 di tích quốc gia đặc biệt", 7, "di tích quốc gia đặc biệt"),
 Q("18 hồ sơ tu bổ", 18, "hồ sơ tu bổ"), Q("33 di tích", 33, "di tích"), Q("2 công trình", 2, "công trình"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("1.780 hộ dân", 1780, "hộ dân"), Q("320 người con quê hương", 320, "người con quê hương"),
 Q("4 đợt", 4, "đợt"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu"), Q("5 cụ cao tuổi", 5, "cụ cao tuổi")],
[D("Nghị định", "208", "2025/NĐ-CP", None, None, "Nghị định 208/2025/NĐ-CP"),
 D("Nghị quyết", "45", "2026/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 45/2026/NQ-HĐND"),
 D("Kế hoạch", "56", "KH-UBND", None, "UBND thành phố", "Kế hoạch 56, 57/KH-UBND"),
 D("Kế hoạch", "57", "KH-UBND", None, "UBND thành phố", "Kế hoạch 56, 57/KH-UBND")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thủy Nguyên"), com("Lê Chân"), com("Đường An")],
["Chủ nhật, 19/04/2026", "BÁO HẢI PHÒNG ĐIỆN TỬ", "Trang chủ » Văn hóa » Di sản", "Toàn cảnh hội nghị sơ kết quý I.",
 "đình Kiền Bái", "đình Hàng Kênh", "đình Mộ Trạch"],
["Chủ nhật, 19/04/2026", "Thứ Bảy, 18/04/2026 - 08:05", "quý I/2026", "quý I năm 2026", "quý II", "3 tháng", "hàng trăm hộ", "mỗi tuần"]))
