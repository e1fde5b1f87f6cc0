from lib import *
PAGES = []

PAGES.append(page("b5903-vinhlong-btgdv-tongket-tongiao-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 26/12/2025, 08:05
Toàn cảnh hội nghị. Ảnh: Thanh Tâm
Chức sắc các tôn giáo đồng hành cùng tỉnh mới
Chiều 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác dân vận đối với tôn giáo năm 2025, gặp mặt chức sắc, chức việc các tôn giáo. Đây là hội nghị đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh; dự có 320 đại biểu đại diện 11 tổ chức tôn giáo.
Chủ trì hội nghị có đồng chí Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Chanh Đa, Lê Hoàng Sơn, Phan Thị Mỹ Dung.
Theo báo cáo, tỉnh Vĩnh Long mới có khoảng 1,2 triệu tín đồ các tôn giáo, chiếm hơn 29% dân số, với 1.437 cơ sở thờ tự, trong đó có 144 chùa Phật giáo Nam tông Khmer. Năm 2025, các tổ chức tôn giáo đóng góp trên 126 tỷ đồng cho an sinh xã hội, tham gia xóa 1.850 căn nhà tạm, nhà dột nát; 98,6% cơ sở thờ tự ký cam kết không để xảy ra vi phạm pháp luật.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về tăng cường công tác tôn giáo và về vận động đồng bào Khmer sau hợp nhất; Quyết định số 112-QĐ/TU ngày 2/9/2025 ban hành Quy chế tiếp xúc, đối thoại với chức sắc tôn giáo. Thực hiện Kết luận số 18-KL/TW của Bộ Chính trị, các cơ quan đã rà soát, trả lời 57/63 kiến nghị của các tổ chức tôn giáo.
Tại hội nghị, Hòa thượng Thạch Sô Đanh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, phường Nguyệt Hóa, đề nghị tỉnh giữ ổn định chế độ hỗ trợ sư sãi sau hợp nhất. Linh mục Phanxicô Xaviê Nguyễn Văn Lành, Quản hạt Cái Mơn, và Chánh Trị sự Lê Văn Phước, Trưởng ban Đại diện Hội thánh Cao Đài Tiên Thiên tỉnh, kiến nghị sớm hướng dẫn đăng ký lại pháp nhân các cơ sở theo địa danh mới. Ông Kim Ngọc Thái, Trưởng ban quản trị chùa Phnô Đôn, xã Tân Hạnh, chia sẻ mô hình "Chùa xanh - sạch - đẹp".
Phát biểu tổng kết, đồng chí Nguyễn Thị Minh Trang đề nghị năm 2026 các chức sắc, chức việc tiếp tục hướng dẫn tín đồ tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; vận động đồng bào thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát"; phấn đấu có ít nhất 95% cơ sở thờ tự đạt tiêu chuẩn văn hóa.
Dịp này, UBND tỉnh tặng bằng khen cho 30 tập thể, 45 cá nhân xuất sắc. Đồng chí Lữ Quang Thới, Phó Chủ tịch UBND tỉnh, trao bằng khen và 150 phần quà Tết cho các cơ sở tôn giáo.
Minh Thái
Lượt xem: 2.846
Tin liên quan
- Gặp mặt 200 chức sắc Phật giáo Nam tông Khmer (15/12/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy thăm Hội thánh Cao Đài (02/12/2025)
- Tổng kết công tác dân vận năm 2025 tại xã Tân Hạnh (28/11/2025)
""", "2025-12-26", "Chức sắc các tôn giáo đồng hành cùng tỉnh mới",
E("tong_ket", "2025", "2025-12-25"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Chanh Đa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Thị Mỹ Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Đanh", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Phanxicô Xaviê Nguyễn Văn Lành", "Linh mục", "Quản hạt Cái Mơn"),
 P("Lê Văn Phước", "Chánh Trị sự", "Trưởng ban Đại diện Hội thánh Cao Đài Tiên Thiên tỉnh"),
 P("Kim Ngọc Thái", "Trưởng ban quản trị chùa Phnô Đôn"),
 P("Lữ Quang Thới", "Phó Chủ tịch UBND tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("320 đại biểu", 320, "đại biểu"), Q("11 tổ chức tôn giáo", 11, "tổ chức tôn giáo"),
 Q("khoảng 1,2 triệu tín đồ", 1200000, "tín đồ", "approx"), Q("hơn 29%", 29, "%", "over"),
 Q("1.437 cơ sở thờ tự", 1437, "cơ sở thờ tự"), Q("144 chùa Phật giáo Nam tông Khmer", 144, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"), Q("1.850 căn nhà tạm, nhà dột nát", 1850, "căn nhà tạm, nhà dột nát"),
 Q("98,6%", 98.6, "%"), Q("57/63 kiến nghị", 57, "kiến nghị"), Q("ít nhất 95%", 95, "%", "over"),
 Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc"), Q("150 phần quà Tết", 150, "phần quà")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "112", "QĐ/TU", "2025-09-02", "Ban Thường vụ Tỉnh ủy", "Quyết định số 112-QĐ/TU ngày 2/9/2025"),
 D("Kết luận", "18", "KL/TW", None, "Bộ Chính trị", "Kết luận số 18-KL/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Tân Hạnh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ › Chính trị › Dân vận", "Toàn cảnh hội nghị. Ảnh: Thanh Tâm",
 "Chùa xanh - sạch - đẹp", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Quy chế tiếp xúc, đối thoại với chức sắc tôn giáo",
 "Lượt xem: 2.846"],
["Thứ Sáu, 26/12/2025, 08:05", "năm 2025", "Năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 2.846"]))

PAGES.append(page("b5904-lamdong-btgdv-thamtangqua-tet-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Chính trị | Dân tộc - Tôn giáo | Xuân Bính Ngọ 2026
Thứ Ba, 10/02/2026 - 09:12
Lãnh đạo tỉnh thăm, chúc Tết chức sắc Chăm, Tin lành vùng Bình Thuận, Đắk Nông cũ
Ngày 9/2, đoàn công tác của Tỉnh ủy Lâm Đồng do đồng chí Đàng Năng Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Nguyên đán Bính Ngọ 2026 và tặng quà các chức sắc, chức việc tôn giáo tại các xã, phường phía Đông và phía Tây của tỉnh.
Đồng chí Đàng Năng Khiêm tặng quà Hội đồng Sư cả Bàni.
Tại Hội đồng Sư cả Hồi giáo Bàni, xã Phan Thanh, Cả sư Lâm Tấn Quý, Chủ tịch Hội đồng Sư cả, cho biết cộng đồng Chăm Bàni hiện có 36 thánh đường với hơn 170 chức sắc, khoảng 16.000 tín đồ; năm 2025 đã vận động đồng bào góp 1,1 tỷ đồng cùng Nhà nước làm 4,5 km đường bê tông nội đồng. Tại Hội đồng Chức sắc Bà-la-môn, Po Acar Thông Văn Khánh, Phó Chủ tịch Hội đồng, đề nghị hỗ trợ tu bổ tháp Pô Sah Inư phục vụ lễ hội Katê.
Sau đó, đoàn đến thăm chi hội Tin lành Bon Bu Prăng, xã Quảng Trực. Mục sư Điểu Rơ Ngan, Quản nhiệm chi hội, và Truyền đạo Y Thuột Niê, Thư ký Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, thông tin chi hội có 920 tín đồ người Mnông, 100% hộ đã ký cam kết không tham gia di cư tự do, không nghe theo tổ chức "Tin lành Đê Ga".
Đồng chí Đàng Năng Khiêm gửi lời chúc Tết, ghi nhận đóng góp của chức sắc, chức việc trong năm đầu tiên tỉnh Lâm Đồng mới đi vào hoạt động sau hợp nhất với Đắk Nông, Bình Thuận; đề nghị tiếp tục thực hiện Kế hoạch số 25-KH/TU ngày 15/11/2025 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới và Nghị quyết số 66-NQ/TW, Nghị quyết số 57-NQ/TW của Bộ Chính trị.
Dịp này, đoàn trao 24 phần quà, mỗi phần gồm 3 triệu đồng tiền mặt và một giỏ quà Tết, cho các hội đồng chức sắc, chi hội, giáo xứ và 120 suất quà Tết cho hộ tín đồ nghèo, mỗi suất 500.000 đồng. Trước đó, Ủy ban MTTQ Việt Nam tỉnh đã phân bổ 6.500 suất quà tới hộ nghèo đồng bào dân tộc thiểu số, tổng trị giá khoảng 3,25 tỷ đồng, thực hiện Chương trình "Tết vì người nghèo" theo Hướng dẫn số 41-HD/MTTQ-BTT của Ban Thường trực.
Cùng đi với đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: K'Sang, Nguyễn Thị Hồng Vân; bà Ka Sô Liêng, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh.
Các chức sắc bày tỏ vui mừng trước những đổi thay của buôn làng, thôn xóm; cam kết tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", đón Tết vui tươi, an toàn, tiết kiệm.
Quang Minh
Tin liên quan
- Thăm, chúc mừng Giáng sinh các giáo xứ phường Xuân Hương - Đà Lạt (24/12/2025)
- Gặp mặt người có uy tín tỉnh Lâm Đồng năm 2025 (19/11/2025)
- Lễ hội Katê năm 2025 tại tháp Pô Sah Inư (22/10/2025)
""", "2026-02-10", "Lãnh đạo tỉnh thăm, chúc Tết chức sắc Chăm, Tin lành vùng Bình Thuận, Đắk Nông cũ",
E("trao_qua", None, "2026-02-09"),
[P("Đàng Năng Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Tấn Quý", "Cả sư", "Chủ tịch Hội đồng Sư cả"),
 P("Thông Văn Khánh", "Po Acar", "Phó Chủ tịch Hội đồng"),
 P("Điểu Rơ Ngan", "Mục sư", "Quản nhiệm chi hội"),
 P("Y Thuột Niê", "Truyền đạo", "Thư ký Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh"),
 P("K'Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Sô Liêng", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh")],
[Q("36 thánh đường", 36, "thánh đường"), Q("hơn 170 chức sắc", 170, "chức sắc", "over"),
 Q("khoảng 16.000 tín đồ", 16000, "tín đồ", "approx"), Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("4,5 km", 4.5, "km"),
 Q("920 tín đồ người Mnông", 920, "tín đồ người Mnông"), Q("100%", 100, "%"), Q("24 phần quà", 24, "phần quà"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("120 suất quà Tết", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("6.500 suất quà", 6500, "suất quà"), Q("khoảng 3,25 tỷ đồng", 3250000000, "đồng", "approx")],
[D("Kế hoạch", "25", "KH/TU", "2025-11-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 25-KH/TU ngày 15/11/2025"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Hướng dẫn", "41", "HD/MTTQ-BTT", None, "Ban Thường trực", "Hướng dẫn số 41-HD/MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Bình Thuận"), prov("Đắk Nông"), com("Phan Thanh"), com("Quảng Trực")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Chính trị | Dân tộc - Tôn giáo | Xuân Bính Ngọ 2026",
 "Đồng chí Đàng Năng Khiêm tặng quà Hội đồng Sư cả Bàni.", "Tin lành Đê Ga", "Tết vì người nghèo", "tốt đời, đẹp đạo",
 "tháp Pô Sah Inư", "Katê"],
["Thứ Ba, 10/02/2026 - 09:12", "Bính Ngọ 2026", "năm 2025"]))

PAGES.append(page("b5905-dongnai-btgdv-taphuan-chucsac-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ >> Tin hoạt động >> Công tác dân tộc, tôn giáo
20/03/2026 - 15:45
Bồi dưỡng kiến thức cho 300 chức sắc, chức việc vùng biên giới
Trong 2 ngày 18 và 19/3, tại phường Bình Phước, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp Ban Dân tộc và Tôn giáo tỉnh mở lớp tập huấn, bồi dưỡng kiến thức pháp luật năm 2026 cho 300 chức sắc, chức việc các tôn giáo ở các xã, phường thuộc tỉnh Bình Phước cũ, nhất là các xã biên giới.
Học viên dự lớp tập huấn.
Khai mạc lớp học, đồng chí Điểu Minh Thắng, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết tỉnh Đồng Nai sau hợp nhất có khoảng 1,9 triệu tín đồ, trong đó vùng Bình Phước cũ có hơn 210.000 tín đồ, 32 chi hội Tin lành với nhiều tín đồ người S'tiêng, Mnông. Lớp tập huấn nhằm triển khai Kế hoạch số 58-KH/TU ngày 6/1/2026 của Ban Thường vụ Tỉnh ủy và Nghị định số 95/2023/NĐ-CP.
Các báo cáo viên gồm: TS. Nguyễn Thanh Sơn, Phó Trưởng Ban Tôn giáo Chính phủ - Bộ Dân tộc và Tôn giáo; ThS. Lê Thị Tuyết Nhung, Trưởng phòng Tôn giáo Ban Dân tộc và Tôn giáo tỉnh, đã truyền đạt các chuyên đề về chính sách tôn giáo, thủ tục hành chính trong lĩnh vực tôn giáo sau sắp xếp chính quyền địa phương 2 cấp, và quy trình đăng ký sinh hoạt tôn giáo tập trung với UBND cấp xã.
Tại phần trao đổi, Mục sư Điểu Thanh Bình, Quản nhiệm chi hội Tin lành Bù Gia Mập, xã Bù Gia Mập, đề nghị hướng dẫn thủ tục chuyển hồ sơ từ cấp huyện cũ về xã; Linh mục Giuse Phạm Quốc Khánh, Quản xứ giáo xứ Lộc Ninh, xã Lộc Ninh, và Đại đức Thích Nhuận Đạt, trụ trì chùa Bửu Quang, phường Đồng Xoài, cùng nêu khó khăn về đất xây dựng cơ sở thờ tự. Ông Điểu Lên, chức việc điểm nhóm Tin lành ấp Bù Ka, hỏi về chế độ hỗ trợ người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Bà Thị Huyền, Phó Chủ tịch UBND xã Bù Gia Mập, thông tin xã đã tiếp nhận 17 hồ sơ, giải quyết 15 hồ sơ đúng hạn từ ngày 1/7/2025.
Bế giảng lớp học, đồng chí Điểu Minh Thắng yêu cầu học viên phổ biến lại cho khoảng 2.400 chức việc cơ sở; Ban sẽ mở thêm 2 lớp tại vùng Đồng Nai cũ trong quý II. Mỗi học viên được hỗ trợ 200.000 đồng/ngày và tài liệu theo Hướng dẫn số 06-HD/BTGDVTU. Kết quả kiểm tra cuối khóa, 96% học viên đạt yêu cầu.
Theo đánh giá của Ban Tuyên giáo và Dân vận Tỉnh ủy, sau hợp nhất, nhiều chức việc ở cơ sở còn lúng túng khi thực hiện thủ tục với chính quyền xã mới; việc bồi dưỡng định kỳ giúp các chức việc nắm vững quy định, chủ động phối hợp giữ gìn an ninh trật tự ở khu vực biên giới.
Huỳnh Ngân
Tin khác
- Đồng Nai: gặp mặt chức sắc tôn giáo dịp Tết Bính Ngọ (06/02/2026)
- Tập huấn công tác dân vận cho cán bộ xã mới (12/01/2026)
- 100% chi hội Tin lành vùng biên ký cam kết (20/12/2025)
""", "2026-03-20", "Bồi dưỡng kiến thức cho 300 chức sắc, chức việc vùng biên giới",
E("tap_huan", "2026", "2026-03-18"),
[P("Điểu Minh Thắng", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Sơn", "TS.", "Phó Trưởng Ban Tôn giáo Chính phủ - Bộ Dân tộc và Tôn giáo"),
 P("Lê Thị Tuyết Nhung", "ThS.", "Trưởng phòng Tôn giáo Ban Dân tộc và Tôn giáo tỉnh"),
 P("Điểu Thanh Bình", "Mục sư", "Quản nhiệm chi hội Tin lành Bù Gia Mập"),
 P("Giuse Phạm Quốc Khánh", "Linh mục", "Quản xứ giáo xứ Lộc Ninh"),
 P("Thích Nhuận Đạt", "Đại đức", "trụ trì chùa Bửu Quang"),
 P("Điểu Lên", "chức việc điểm nhóm Tin lành ấp Bù Ka"),
 P("Thị Huyền", "Phó Chủ tịch UBND xã Bù Gia Mập")],
[Q("300 chức sắc, chức việc", 300, "chức sắc, chức việc"), Q("khoảng 1,9 triệu tín đồ", 1900000, "tín đồ", "approx"),
 Q("hơn 210.000 tín đồ", 210000, "tín đồ", "over"), Q("32 chi hội Tin lành", 32, "chi hội Tin lành"),
 Q("17 hồ sơ", 17, "hồ sơ"), Q("15 hồ sơ", 15, "hồ sơ"), Q("khoảng 2.400 chức việc cơ sở", 2400, "chức việc cơ sở", "approx"),
 Q("2 lớp", 2, "lớp"), Q("200.000 đồng/ngày", 200000, "đồng"), Q("96%", 96, "%")],
[D("Kế hoạch", "58", "KH/TU", "2026-01-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 58-KH/TU ngày 6/1/2026"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, None, "Hướng dẫn số 06-HD/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Bù Gia Mập"), com("Lộc Ninh"), com("Đồng Xoài")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ >> Tin hoạt động >> Công tác dân tộc, tôn giáo",
 "Học viên dự lớp tập huấn."],
["20/03/2026 - 15:45", "2 ngày", "năm 2026", "2 cấp", "ngày 1/7/2025", "quý II"]))

PAGES.append(page("b5906-phutho-vinhyen-thamchucmung-phatdan-2026", """
Trang thông tin điện tử phường Vĩnh Yên - tỉnh Phú Thọ
Trang chủ › Tin tức - Sự kiện › Hoạt động của Mặt trận
Ngày đăng 31/05/2026 | 07:30
Lãnh đạo phường thăm, chúc mừng các chùa nhân Đại lễ Phật đản
Nhân dịp Đại lễ Phật đản Phật lịch 2570 - Dương lịch 2026, chiều 29/5, đoàn công tác của phường Vĩnh Yên do đồng chí Nguyễn Minh Tuấn, Bí thư Đảng ủy phường làm trưởng đoàn đã đến thăm, chúc mừng chư tôn đức tăng ni và phật tử tại các chùa trên địa bàn.
Đồng chí Nguyễn Minh Tuấn chúc mừng Thượng tọa Thích Thanh Phương.
Cùng đi có các đồng chí: Lê Thị Thu Hà, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường; Trần Văn Cường, Phó Chủ tịch UBND phường; Hoàng Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường.
Tại chùa Hà Tiên, Thượng tọa Thích Thanh Phương, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa, cảm ơn sự quan tâm của cấp ủy, chính quyền phường. Thượng tọa cho biết, sau khi tỉnh Vĩnh Phúc hợp nhất vào tỉnh Phú Thọ, Ban Trị sự Phật giáo tỉnh mới quản lý hơn 1.900 ngôi chùa với khoảng 2.300 tăng ni; riêng phường Vĩnh Yên có 14 chùa, 1 tu viện.
Đồng chí Nguyễn Minh Tuấn chúc chư tôn đức luôn mạnh khỏe, tiếp tục hướng dẫn phật tử thực hiện phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội"; đề nghị các chùa phối hợp tổ chức Đại lễ Phật đản trang nghiêm, an toàn, tiết kiệm theo Kế hoạch số 17-KH/ĐU ngày 5/5/2026 của Đảng ủy phường và Công văn số 212-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, các chùa trên địa bàn phường đã vận động phật tử đóng góp gần 1,4 tỷ đồng cho quỹ "Vì người nghèo", hỗ trợ xây 3 căn nhà Đại đoàn kết; tổ chức 2 khóa tu mùa hè cho hơn 450 thanh thiếu niên. Ni sư Thích Đàm Hiền, trụ trì chùa Tích Sơn, thông tin chùa duy trì lớp học tình thương cho 25 trẻ em.
Tại tu viện Minh Đạo, Đại đức Thích Minh Trí, Phó trụ trì, giới thiệu chương trình phóng sinh, trồng 300 cây xanh quanh hồ Đầm Vạc; đề nghị phường hỗ trợ chỉnh trang lối vào tu viện. Đồng chí Trần Văn Cường tiếp thu và cho biết phường sẽ đưa vào kế hoạch năm 2027.
Ban Thường trực Ủy ban MTTQ Việt Nam phường cho biết, thực hiện Chương trình phối hợp số 03/CTPH-MTTQ ngày 10/9/2025 giữa Ủy ban MTTQ phường với các cơ sở tôn giáo, năm qua đã tổ chức 4 cuộc gặp gỡ chức sắc, chức việc để lắng nghe ý kiến; 100% cơ sở thờ tự ký cam kết giữ gìn trật tự, vệ sinh môi trường trong mùa lễ hội.
Thu Trang
Lượt truy cập: 21.560
Tin liên quan
- Phường Vĩnh Yên gặp mặt người có uy tín (15/04/2026)
- Ra mắt mô hình "Chùa xanh" tại phường Vĩnh Phúc (20/03/2026)
- Tổng kết công tác Mặt trận năm 2025 (25/12/2025)
""", "2026-05-31", "Lãnh đạo phường thăm, chúc mừng các chùa nhân Đại lễ Phật đản",
E("khac", None, "2026-05-29"),
[P("Nguyễn Minh Tuấn", "Bí thư Đảng ủy phường"),
 P("Lê Thị Thu Hà", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Văn Cường", "Phó Chủ tịch UBND phường"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Thích Thanh Phương", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa"),
 P("Thích Đàm Hiền", "Ni sư", "trụ trì chùa Tích Sơn"),
 P("Thích Minh Trí", "Đại đức", "Phó trụ trì")],
[Q("hơn 1.900 ngôi chùa", 1900, "ngôi chùa", "over"), Q("khoảng 2.300 tăng ni", 2300, "tăng ni", "approx"),
 Q("14 chùa", 14, "chùa"), Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("2 khóa tu mùa hè", 2, "khóa tu mùa hè"),
 Q("hơn 450 thanh thiếu niên", 450, "thanh thiếu niên", "over"), Q("25 trẻ em", 25, "trẻ em"),
 Q("300 cây xanh", 300, "cây xanh"), Q("4 cuộc gặp gỡ", 4, "cuộc gặp gỡ"), Q("100%", 100, "%")],
[D("Kế hoạch", "17", "KH/ĐU", "2026-05-05", "Đảng ủy phường", "Kế hoạch số 17-KH/ĐU ngày 5/5/2026"),
 D("Công văn", "212", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 212-CV/BTGDVTU"),
 D("Chương trình phối hợp", "03", "CTPH-MTTQ", "2025-09-10", None, "Chương trình phối hợp số 03/CTPH-MTTQ ngày 10/9/2025")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), com("Vĩnh Yên")],
["Trang thông tin điện tử phường Vĩnh Yên - tỉnh Phú Thọ", "Trang chủ › Tin tức - Sự kiện › Hoạt động của Mặt trận",
 "Đồng chí Nguyễn Minh Tuấn chúc mừng Thượng tọa Thích Thanh Phương.", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội",
 "Vì người nghèo", "Lượt truy cập: 21.560"],
["Ngày đăng 31/05/2026 | 07:30", "Phật lịch 2570", "Dương lịch 2026", "Năm 2025", "năm 2027", "1 tu viện", "Lượt truy cập: 21.560"]))

PAGES.append(page("b5907-hue-mttq-giamsat-tongiao-2026", """
Báo Huế điện tử
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Cập nhật: 11:02, 25/06/2026 (GMT+7)
Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại phường Thuận Hóa
Ngày 24/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Huế do ông Phan Thanh Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo năm 2026 tại phường Thuận Hóa và gặp mặt chức sắc, chức việc các cơ sở tôn giáo trên địa bàn.
Đoàn giám sát làm việc tại UBND phường Thuận Hóa.
Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 15/5/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, căn cứ Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam. Thành viên đoàn có bà Tôn Nữ Thanh Tâm, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố; ông Hồ Văn Đạt, Phó Giám đốc Sở Dân tộc và Tôn giáo thành phố.
Theo báo cáo của UBND phường, Thuận Hóa sau sắp xếp có 42 cơ sở thờ tự, trong đó 31 chùa, niệm Phật đường, 6 nhà thờ Công giáo, 2 nhà thờ Tin lành; khoảng 38.000 tín đồ, chiếm gần 45% dân số phường. Từ ngày 1/7/2025 đến nay, phường đã tiếp nhận 23 hồ sơ thủ tục hành chính về tôn giáo, giải quyết đúng hạn 22 hồ sơ; thông báo 9 trường hợp thuyên chuyển chức việc.
Tại buổi gặp mặt, Hòa thượng Thích Hải Nguyên, trụ trì chùa Diệu Hòa, đề nghị sớm điều chỉnh quy hoạch để chùa được tu bổ khuôn viên 2.400 m2. Linh mục Phaolô Lê Công Thành, Chánh xứ giáo xứ Thượng Tứ, và Mục sư Nguyễn Quang Tuyến, Quản nhiệm Hội thánh Tin lành Huế, phản ánh thủ tục đăng ký hoạt động tôn giáo có người nước ngoài tham gia còn kéo dài.
Ông Lê Minh Hoàng, Phó Chủ tịch UBND phường, giải trình 8/10 kiến nghị; cho biết phường đang thực hiện Nghị định số 95/2023/NĐ-CP và Chỉ thị 07, 08-CT/TU của Ban Thường vụ Thành ủy về công tác tôn giáo trong chính quyền địa phương 2 cấp.
Kết luận giám sát, ông Phan Thanh Lực ghi nhận phường đã bảo đảm quyền tự do tín ngưỡng, tôn giáo của nhân dân; đề nghị tăng cường bồi dưỡng cho 12 cán bộ phụ trách công tác tôn giáo ở các tổ dân phố, công khai thủ tục hành chính và trả lời kiến nghị trong 30 ngày. Đoàn sẽ tổng hợp, gửi kiến nghị tới UBND thành phố trước ngày 15/7.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, năm 2026 Mặt trận thành phố giám sát chuyên đề về tôn giáo tại 6 phường, xã có đông đồng bào có đạo; kết quả là cơ sở để thành phố hoàn thiện quy chế phối hợp giữa chính quyền cơ sở với các tổ chức tôn giáo.
Hoàng Anh
Lượt xem: 1.118
Bài viết liên quan
- Gặp mặt chức sắc các tôn giáo thành phố Huế năm 2026 (20/01/2026)
- MTTQ thành phố giám sát tại xã Phong Điền (10/06/2026)
- Đại lễ Phật đản Phật lịch 2570 tại Huế (31/05/2026)
""", "2026-06-25", "Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại phường Thuận Hóa",
E("giam_sat", "2026", "2026-06-24"),
[P("Phan Thanh Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Tôn Nữ Thanh Tâm", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Hồ Văn Đạt", "Phó Giám đốc Sở Dân tộc và Tôn giáo thành phố"),
 P("Thích Hải Nguyên", "Hòa thượng", "trụ trì chùa Diệu Hòa"),
 P("Phaolô Lê Công Thành", "Linh mục", "Chánh xứ giáo xứ Thượng Tứ"),
 P("Nguyễn Quang Tuyến", "Mục sư", "Quản nhiệm Hội thánh Tin lành Huế"),
 P("Lê Minh Hoàng", "Phó Chủ tịch UBND phường")],
[Q("42 cơ sở thờ tự", 42, "cơ sở thờ tự"), Q("31 chùa, niệm Phật đường", 31, "chùa, niệm Phật đường"),
 Q("6 nhà thờ Công giáo", 6, "nhà thờ Công giáo"), Q("2 nhà thờ Tin lành", 2, "nhà thờ Tin lành"),
 Q("khoảng 38.000 tín đồ", 38000, "tín đồ", "approx"), Q("gần 45%", 45, "%", "approx"),
 Q("23 hồ sơ thủ tục hành chính", 23, "hồ sơ thủ tục hành chính"), Q("22 hồ sơ", 22, "hồ sơ"),
 Q("9 trường hợp", 9, "trường hợp"), Q("2.400 m2", 2400, "m2"), Q("8/10 kiến nghị", 8, "kiến nghị"),
 Q("12 cán bộ", 12, "cán bộ"), Q("6 phường, xã", 6, "phường, xã")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2026-05-15", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 27/KH-MTTQ-BTT ngày 15/5/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 07, 08-CT/TU")],
[prov("Huế"), com("Thuận Hóa")],
["Báo Huế điện tử", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND phường Thuận Hóa.",
 "Lượt xem: 1.118"],
["Cập nhật: 11:02, 25/06/2026 (GMT+7)", "năm 2026", "ngày 1/7/2025", "2 cấp", "30 ngày", "ngày 15/7", "Lượt xem: 1.118"]))

PAGES.append(page("b5908-gialai-btgdv-baocao-tongiao-q1-2026", """
Hôm nay: Thứ Năm, 09/04/2026
BÁO GIA LAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH GIA LAI
Thời sự › Chính trị › Dân tộc - Tôn giáo
08:45 | 08/04/2026
Chức sắc, chức việc góp phần giữ ổn định vùng đồng bào có đạo
(GLO) - Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai vừa có Báo cáo số 86-BC/BTGDVTU ngày 7/4/2026 về tình hình tôn giáo và kết quả công tác vận động chức sắc, chức việc quý I/2026, gửi Ban Thường vụ Tỉnh ủy. Báo cáo được tổng hợp từ các cuộc gặp mặt chức sắc dịp Tết Bính Ngọ và giao ban với 135 xã, phường.
Ảnh minh họa: Chức sắc Tin lành trao đổi với cán bộ xã Ia Grai.
Theo báo cáo, tỉnh Gia Lai (sau hợp nhất với Bình Định) hiện có khoảng 720.000 tín đồ thuộc 9 tôn giáo, với 1.260 cơ sở thờ tự và 412 điểm nhóm sinh hoạt tập trung. Quý I, các chức sắc, chức việc đã vận động tín đồ đóng góp hơn 14,5 tỷ đồng cho an sinh xã hội, tham gia xây 210 căn nhà cho hộ nghèo; 95% chi hội, giáo xứ ký cam kết "5 không". Tình hình cơ bản ổn định, tuy nhiên còn 4 vụ tụ tập đông người liên quan đến tranh chấp đất tại khu vực phía Tây, 7 trường hợp tuyên truyền đạo trái pháp luật đã được vận động từ bỏ.
Trong quý, Ban đã tham mưu Tỉnh ủy ban hành Kế hoạch số 61-KH/TU ngày 20/1/2026 về gặp mặt, tiếp xúc chức sắc năm 2026 và Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy về công tác đối với đạo Tin lành và Công giáo; phối hợp triển khai Chỉ thị số 01/CT-TTg năm 2026 của Thủ tướng Chính phủ.
Báo cáo ghi nhận đề xuất của nhiều chức sắc tại các buổi gặp mặt: Mục sư Ksor Y Dam, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, đề nghị công nhận thêm 12 chi hội; Linh mục Antôn Rơ Châm Blơi, Quản xứ giáo xứ Plei Kly, xã Ia Grai, và Hòa thượng Thích Tâm Hạnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị hướng dẫn thủ tục sau sáp nhập.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Rah Lan Chuyên, Nguyễn Thị Thu Hà, Đinh Văn Lưu được phân công theo dõi các địa bàn trọng điểm. Báo cáo do đồng chí Siu H'Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ký.
Nhiệm vụ quý II/2026, Ban đề ra: tổ chức ít nhất 20 cuộc tiếp xúc chức sắc, chức việc; phối hợp Ủy ban MTTQ tỉnh tập huấn cho khoảng 1.500 chức việc cơ sở; bảo đảm an ninh Đại lễ Phật đản và các lễ trọng; theo dõi chặt chẽ hoạt động của "Tin lành Đê Ga" tại các xã biên giới. Tại phường Quy Nhơn, Ban sẽ tổ chức gặp mặt chức sắc các tôn giáo khu vực phía Đông vào tháng 5.
Thu Sương
Tin liên quan
- Gặp mặt 350 chức sắc, chức việc dịp Tết Bính Ngọ (05/02/2026)
- Ia Grai: 100% chi hội Tin lành ký cam kết (20/03/2026)
- Giao ban khối dân vận quý IV/2025 (26/12/2025)
""", "2026-04-08", "Chức sắc, chức việc góp phần giữ ổn định vùng đồng bào có đạo",
E("bao_cao", "2026-Q1", "2026-04-07"),
[P("Ksor Y Dam", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh"),
 P("Antôn Rơ Châm Blơi", "Linh mục", "Quản xứ giáo xứ Plei Kly"),
 P("Thích Tâm Hạnh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Rah Lan Chuyên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Lưu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("135 xã, phường", 135, "xã, phường"), Q("khoảng 720.000 tín đồ", 720000, "tín đồ", "approx"), Q("9 tôn giáo", 9, "tôn giáo"),
 Q("1.260 cơ sở thờ tự", 1260, "cơ sở thờ tự"), Q("412 điểm nhóm sinh hoạt tập trung", 412, "điểm nhóm sinh hoạt tập trung"),
 Q("hơn 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("210 căn nhà", 210, "căn nhà"), Q("95%", 95, "%"),
 Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"), Q("7 trường hợp", 7, "trường hợp"), Q("12 chi hội", 12, "chi hội"),
 Q("ít nhất 20 cuộc tiếp xúc", 20, "cuộc tiếp xúc", "over"), Q("khoảng 1.500 chức việc cơ sở", 1500, "chức việc cơ sở", "approx")],
[D("Báo cáo", "86", "BC/BTGDVTU", "2026-04-07", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 86-BC/BTGDVTU ngày 7/4/2026"),
 D("Kế hoạch", "61", "KH/TU", "2026-01-20", "Tỉnh ủy", "Kế hoạch số 61-KH/TU ngày 20/1/2026"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Chỉ thị", "01", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("Quy Nhơn")],
["Hôm nay: Thứ Năm, 09/04/2026", "BÁO GIA LAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH GIA LAI", "Thời sự › Chính trị › Dân tộc - Tôn giáo",
 "(GLO)", "Ảnh minh họa: Chức sắc Tin lành trao đổi với cán bộ xã Ia Grai.", "Tin lành Đê Ga"],
["Hôm nay: Thứ Năm, 09/04/2026", "08:45 | 08/04/2026", "quý I/2026", "quý II/2026", "5 không", "năm 2026", "tháng 5"]))
