from lib import *
PAGES = []

PAGES.append(page("b1679-tayninh-bdv-giaoban-quy1-2024", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ » Tin tức » Hoạt động của Ban
Hôm nay: Thứ Ba, 16/04/2024
Ngày đăng 11/04/2024 | 09:10
Ảnh: Quang cảnh cuộc họp giao ban.
Tăng cường nắm tình hình chức sắc, tín đồ trước mùa lễ hội Núi Bà Đen
Sáng 10/4, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức họp giao ban khối dân vận quý I năm 2024. Đồng chí Trần Thị Kim Ánh, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì. Dự họp có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Hiếu, Nguyễn Thị Phương Thảo; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và Ban Tôn giáo Sở Nội vụ.
Theo báo cáo, quý I, tình hình các tôn giáo trên địa bàn tỉnh cơ bản ổn định. Hội Thánh Cao Đài Tòa Thánh Tây Ninh tổ chức Đại lễ Đức Chí Tôn với khoảng 120.000 lượt chức sắc, tín đồ tham dự, bảo đảm an toàn, tiết kiệm. Lễ hội Xuân Núi Bà Đen thu hút trên 2,1 triệu lượt du khách. Các tôn giáo đã đóng góp gần 5,4 tỷ đồng chăm lo Tết cho hộ nghèo, tặng 8.600 phần quà.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 256-KH/TU ngày 08/01/2024 về công tác dân vận năm 2024; Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 12-HD/BDVTU về tổ chức thi đua "Dân vận khéo" năm 2024 và phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức 3 cuộc gặp mặt chức sắc, chức việc nhân dịp Tết Giáp Thìn. Đến cuối quý, toàn tỉnh có 1.126 mô hình "Dân vận khéo", trong đó 214 mô hình trong vùng đồng bào có đạo.
Đồng chí Lê Văn Hiếu thông tin, việc một số người tự xưng là "chức sắc" của các hệ phái Cao Đài chưa được công nhận tổ chức sinh hoạt trái phép ở phường Long Thành Bắc, thị xã Hòa Thành đã được chính quyền địa phương vận động chấm dứt. Đại diện Ủy ban MTTQ Việt Nam tỉnh đề nghị quan tâm hỗ trợ 42 hộ đồng bào Khmer nghèo ở xã Tân Đông và xã Hòa Hiệp có nhà xuống cấp.
Phát biểu kết luận, đồng chí Trần Thị Kim Ánh đề nghị quý II, các cơ quan khối dân vận triển khai Kết luận số 43-KL/TW ngày 06/01/2023 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 18-CT/TW của Bộ Chính trị khóa X; phối hợp chuẩn bị sơ kết 3 năm thực hiện Quy chế phối hợp số 07-QCPH/BDVTU-BTG giữa Ban Dân vận Tỉnh ủy và Ban Tôn giáo; chủ động nắm tình hình trong các dịp Đại lễ Phật đản và Hội Yến Diêu Trì Cung.
Các đại biểu cũng trao đổi về tình hình thông tin trên mạng xã hội liên quan đến hoạt động tôn giáo, đề nghị tăng cường lực lượng cộng tác viên dư luận xã hội ở cơ sở để kịp thời phản ánh tâm tư của chức sắc, tín đồ.
Kim Ngân
Lượt xem: 538
Tin liên quan
- Tân Biên: gặp mặt người có uy tín trong đồng bào Khmer (28/03/2024)
- Ban Dân vận Tỉnh ủy thăm Hội Thánh Cao Đài nhân Đại lễ Đức Chí Tôn (16/02/2024)
- Gò Dầu ra mắt 2 mô hình "Dân vận khéo" (25/01/2024)
- Tổng kết công tác dân vận năm 2023 (28/12/2023)
""", "2024-04-11", "Tăng cường nắm tình hình chức sắc, tín đồ trước mùa lễ hội Núi Bà Đen",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Trần Thị Kim Ánh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Phương Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 120.000 lượt chức sắc, tín đồ", 120000, "lượt chức sắc, tín đồ", "approx"),
 Q("trên 2,1 triệu lượt du khách", 2100000, "lượt du khách", "over"), Q("gần 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("8.600 phần quà", 8600, "phần quà"), Q("3 cuộc gặp mặt", 3, "cuộc gặp mặt"), Q("1.126 mô hình", 1126, "mô hình"),
 Q("214 mô hình", 214, "mô hình"), Q("42 hộ đồng bào Khmer nghèo", 42, "hộ đồng bào Khmer nghèo")],
[D("Kế hoạch", "256", "KH/TU", "2024-01-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 256-KH/TU ngày 08/01/2024"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Kết luận", "43", "KL/TW", "2023-01-06", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 06/01/2023"),
 D("Chỉ thị", "18", "CT/TW", None, "Bộ Chính trị khóa X", "Chỉ thị số 18-CT/TW của Bộ Chính trị khóa X"),
 D("Quy chế phối hợp", "07", "QCPH/BDVTU-BTG", None, None, "Quy chế phối hợp số 07-QCPH/BDVTU-BTG")],
[prov("Tây Ninh"), com("Long Thành Bắc"), com("Tân Đông"), com("Hòa Hiệp")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ » Tin tức » Hoạt động của Ban", "Ảnh: Quang cảnh cuộc họp giao ban.", "Dân vận khéo",
 "Hội Thánh Cao Đài Tòa Thánh Tây Ninh", "Lễ hội Xuân Núi Bà Đen", "Lượt xem: 538"],
["Hôm nay: Thứ Ba, 16/04/2024", "Ngày đăng 11/04/2024 | 09:10", "quý I năm 2024", "năm 2024", "Tết Giáp Thìn", "quý II", "3 năm",
 "khóa X", "Lượt xem: 538"]))

PAGES.append(page("b1680-vinhlong-btgdv-hoinghi-khmer-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thời sự / Chính trị / Dân tộc - Tôn giáo
Cập nhật: 14:25, 24/10/2025 (GMT+7)
Gặp mặt sư sãi, người có uy tín đồng bào Khmer sau hợp nhất tỉnh
Ngày 23/10/2025, tại phường Trà Vinh, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt sư sãi, người có uy tín trong đồng bào dân tộc Khmer năm 2025 - lần đầu tiên kể từ khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Các đại biểu dự hội nghị. Ảnh: Thạch Bunl
Dự hội nghị có đồng chí Thạch Phước Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Kim Thị Sa Rinh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lâm Văn Thuận, Phó Giám đốc Sở Dân tộc và Tôn giáo cùng 320 đại biểu là sư sãi, người có uy tín, trưởng ấp, khóm ở các xã, phường có đông đồng bào Khmer.
Theo báo cáo, tỉnh Vĩnh Long mới có trên 350.000 người Khmer, chiếm khoảng 8,7% dân số, sinh sống tập trung ở các xã Trà Cú, Tập Sơn, Hàm Giang, Cầu Ngang và các phường của khu vực Trà Vinh trước đây. Toàn tỉnh có 149 chùa Phật giáo Nam tông Khmer với trên 4.300 vị sư sãi và 405 người có uy tín được công nhận.
Thời gian qua, việc sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp được đồng bào Khmer đồng tình ủng hộ. Sư sãi, người có uy tín đã tích cực tham gia tuyên truyền, vận động bà con hiến trên 38.000 m2 đất, đóng góp gần 12 tỷ đồng xây dựng đường, cầu nông thôn; hỗ trợ xóa 620 căn nhà tạm, nhà dột nát cho hộ Khmer theo phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tại hội nghị, Hòa thượng Thạch Sok Sanh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Phnô Đôn (xã Tập Sơn) đề nghị tỉnh duy trì chế độ hỗ trợ đối với các lớp dạy chữ Khmer hè; ông Sơn Ngọc Phát, người có uy tín ấp Chông Bát, xã Hàm Giang kiến nghị sớm hoàn thiện tuyến đê bao chống xâm nhập mặn.
Phát biểu tại hội nghị, đồng chí Thạch Phước Bình ghi nhận những đóng góp của sư sãi, người có uy tín; đề nghị tiếp tục phát huy vai trò cầu nối, vận động đồng bào thực hiện Nghị quyết số 18-NQ/TW, Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kết luận số 121-KL/TW của Ban Chấp hành Trung ương; triển khai hiệu quả Nghị định số 28/2025/NĐ-CP của Chính phủ và Quyết định số 32/2025/QĐ-UBND của UBND tỉnh về chính sách đối với người có uy tín trên địa bàn tỉnh.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 320 phần quà, mỗi phần trị giá 500.000 đồng cho các đại biểu dự hội nghị.
Huỳnh Như
Lượt xem: 1.032
Tin liên quan
- Vĩnh Long: họp mặt chức sắc Công giáo, Tin lành (16/10/2025)
- Xã Cầu Ngang ra mắt tổ dân vận ấp (08/10/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III (03/10/2025)
- Phường Long Đức chăm lo lễ Sene Dolta (22/09/2025)
""", "2025-10-24", "Gặp mặt sư sãi, người có uy tín đồng bào Khmer sau hợp nhất tỉnh",
E("hoi_nghi", "2025", "2025-10-23"),
[P("Thạch Phước Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Rinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Văn Thuận", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Sok Sanh", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Phnô Đôn"),
 P("Sơn Ngọc Phát", "người có uy tín ấp Chông Bát")],
[Q("320 đại biểu", 320, "đại biểu"), Q("trên 350.000 người Khmer", 350000, "người Khmer", "over"), Q("khoảng 8,7%", 8.7, "%", "approx"),
 Q("149 chùa Phật giáo Nam tông Khmer", 149, "chùa Phật giáo Nam tông Khmer"), Q("trên 4.300 vị sư sãi", 4300, "vị sư sãi", "over"),
 Q("405 người có uy tín", 405, "người có uy tín"), Q("trên 38.000 m2", 38000, "m2", "over"), Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("620 căn nhà tạm, nhà dột nát", 620, "căn nhà tạm, nhà dột nát"), Q("320 phần quà", 320, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "18", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 18-NQ/TW, Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW của Ban Chấp hành Trung ương"),
 D("Nghị định", "28", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2025/NĐ-CP của Chính phủ"),
 D("Quyết định", "32", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 32/2025/QĐ-UBND của UBND tỉnh")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Trà Cú"), com("Tập Sơn"), com("Hàm Giang"), com("Cầu Ngang")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thời sự / Chính trị / Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị. Ảnh: Thạch Bunl",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.032"],
["Cập nhật: 14:25, 24/10/2025 (GMT+7)", "năm 2025", "ba tỉnh", "hai cấp", "Lượt xem: 1.032"]))

PAGES.append(page("b1681-cantho-btgdv-tongket-dantoc-tongiao-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức - Sự kiện > Tuyên giáo và Dân vận
Thứ Hai, 22/12/2025 - 16:30
Đồng chí Trương Cảnh Tuyên phát biểu kết luận hội nghị.
Cần Thơ: Công tác dân tộc, tôn giáo năm 2025 đạt nhiều kết quả sau hợp nhất
Chiều 20/12, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo và dân vận chính quyền năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trương Cảnh Tuyên, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì. Dự hội nghị có đồng chí Lâm Thị Sa Quênh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố.
Theo báo cáo, sau khi hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang, thành phố Cần Thơ có trên 520.000 người dân tộc thiểu số, chủ yếu là người Khmer, Hoa; có 13 tôn giáo với gần 1,2 triệu tín đồ. Trong đó, Phật giáo Nam tông Khmer có 190 chùa, Phật giáo Hòa Hảo có 152 Ban Trị sự cơ sở.
Năm 2025, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 04, 05-CT/TU về công tác đối với đồng bào Khmer và công tác đối với Phật giáo Hòa Hảo trong tình hình mới; Quy chế phối hợp số 01-QCPH/BTGDVTU-UBMTTQ giữa Ban Tuyên giáo và Dân vận Thành ủy và Ủy ban MTTQ Việt Nam thành phố. Các tôn giáo, người có uy tín đã vận động đóng góp trên 96 tỷ đồng cho an sinh xã hội, hỗ trợ xóa 1.485 căn nhà tạm, nhà dột nát. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,1%.
Tại hội nghị, Hòa thượng Lý Chanh Thươl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố, trụ trì chùa Khleang (phường Sóc Trăng) đề nghị tiếp tục hỗ trợ dạy chữ Khmer trong nhà chùa. Ông Đoàn Văn Sáu, Phó Chủ tịch UBND xã Lịch Hội Thượng chia sẻ kinh nghiệm vận hành chính quyền địa phương hai cấp trong vùng có 72% dân số là người Khmer. Ông Huỳnh Văn Thọ, Trưởng ban Trị sự Phật giáo Hòa Hảo phường Vị Thanh, cho biết tín đồ đã xây 24 cây cầu, 6 km đường nông thôn.
Kết luận hội nghị, đồng chí Trương Cảnh Tuyên đề nghị năm 2026 tiếp tục thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị, Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư; tham mưu tổ chức hội nghị người có uy tín toàn thành phố; kịp thời giải quyết kiến nghị của đồng bào ngay từ cơ sở.
Dịp này, Ban Tuyên giáo và Dân vận Thành ủy tặng giấy khen cho 18 tập thể, 27 cá nhân.
Trúc Linh
Lượt xem: 912
Tin khác
- Phường Phú Lợi gặp mặt người Hoa nhân Tết Đông chí (19/12/2025)
- Trao 200 phần quà cho hộ Khmer nghèo (10/12/2025)
- Xã Long Phú tổ chức đối thoại với Nhân dân (28/11/2025)
- Giao ban khối dân vận quý III (06/10/2025)
""", "2025-12-22", "Cần Thơ: Công tác dân tộc, tôn giáo năm 2025 đạt nhiều kết quả sau hợp nhất",
E("tong_ket", "2025", "2025-12-20"),
[P("Trương Cảnh Tuyên", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Thị Sa Quênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Lý Chanh Thươl", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố", "trụ trì chùa Khleang"),
 P("Đoàn Văn Sáu", "Phó Chủ tịch UBND xã Lịch Hội Thượng"),
 P("Huỳnh Văn Thọ", "Trưởng ban Trị sự Phật giáo Hòa Hảo phường Vị Thanh")],
[Q("trên 520.000 người dân tộc thiểu số", 520000, "người dân tộc thiểu số", "over"), Q("13 tôn giáo", 13, "tôn giáo"),
 Q("gần 1,2 triệu tín đồ", 1200000, "tín đồ", "approx"), Q("190 chùa", 190, "chùa"), Q("152 Ban Trị sự cơ sở", 152, "Ban Trị sự cơ sở"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("1.485 căn nhà tạm, nhà dột nát", 1485, "căn nhà tạm, nhà dột nát"),
 Q("2,1%", 2.1, "%"), Q("72%", 72, "%"), Q("24 cây cầu", 24, "cây cầu"), Q("6 km", 6, "km"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Quy chế phối hợp", "01", "QCPH/BTGDVTU-UBMTTQ", None, None, "Quy chế phối hợp số 01-QCPH/BTGDVTU-UBMTTQ"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW của Bộ Chính trị"),
 D("Kết luận", "126", "KL/TW", "2025-02-14", "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW ngày 14/02/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vị Thanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức - Sự kiện > Tuyên giáo và Dân vận",
 "Đồng chí Trương Cảnh Tuyên phát biểu kết luận hội nghị.", "Hội Đoàn kết sư sãi yêu nước thành phố", "Lượt xem: 912"],
["Thứ Hai, 22/12/2025 - 16:30", "năm 2025", "năm 2026", "hai cấp", "Lượt xem: 912"]))

PAGES.append(page("b1682-dongnai-btgdv-taphuan-tongiao-2026", """
Báo Đồng Nai điện tử
Chính trị › Tuyên giáo - Dân vận
06/03/2026 - 17:15
Tập huấn công tác tôn giáo, dân tộc cho cán bộ cấp xã
Trong 2 ngày 5 và 6/3, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị tập huấn nghiệp vụ công tác tôn giáo, dân tộc năm 2026 cho 260 học viên là cán bộ phụ trách công tác dân vận, Mặt trận và công chức văn hóa - xã hội của 95 xã, phường trên địa bàn tỉnh.
Học viên dự lớp tập huấn tại phường Đồng Xoài. Ảnh: Bảo Ngọc
Lớp tập huấn được tổ chức theo hình thức trực tiếp tại phường Đồng Xoài và trực tuyến tới các điểm cầu. Phát biểu khai mạc, đồng chí Điểu Thị Hạnh, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh, sau hợp nhất với tỉnh Bình Phước, Đồng Nai có 41 dân tộc với trên 300.000 người dân tộc thiểu số, đông nhất là người Hoa, S'tiêng, Khmer, Chơ Ro, Mnông; có 12 tôn giáo với gần 2,3 triệu tín đồ, trong đó Công giáo chiếm tỷ lệ cao.
Các học viên được nghe báo cáo viên quán triệt Luật Tín ngưỡng, tôn giáo, Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ; Kết luận số 89-KL/TW, 90-KL/TW của Ban Bí thư về công tác dân vận, tôn giáo; Hướng dẫn số 03-HD/BTGDVTU ngày 15/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình tôn giáo ở cơ sở. Ông Điểu Lành, Phó Giám đốc Sở Dân tộc và Tôn giáo giới thiệu chính sách đối với người có uy tín theo Nghị định số 28/2025/NĐ-CP.
Buổi chiều, học viên thảo luận tình huống về hoạt động của các nhóm "Hội thánh Đức Chúa Trời Mẹ", "Pháp Luân Công" và tà đạo "Hà Mòn" – những hiện tượng tôn giáo mới từng xuất hiện ở một số địa bàn. Linh mục Phêrô Trần Văn Phúc, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Quản hạt Phước Long, chia sẻ kinh nghiệm phối hợp giữa giáo xứ với chính quyền xã trong vận động giáo dân.
Theo kết quả khảo sát đầu lớp, 58% học viên mới được bố trí làm công tác dân vận sau khi sắp xếp chính quyền địa phương hai cấp. Kinh phí tổ chức lớp học trên 150 triệu đồng.
Bế mạc lớp tập huấn, đồng chí Điểu Thị Hạnh đề nghị học viên chủ động nắm tình hình, kịp thời báo cáo những vụ việc phức tạp; mỗi xã, phường xây dựng ít nhất 1 mô hình "Dân vận khéo" trong lĩnh vực tôn giáo, dân tộc trong năm 2026.
Nhiều học viên cho biết, nội dung tập huấn sát với thực tiễn, nhất là các tình huống về tiếp nhận đề nghị đăng ký sinh hoạt tôn giáo tập trung, xử lý việc xây dựng, sửa chữa cơ sở thờ tự không phép và cách phối hợp với chức sắc trong giải quyết mâu thuẫn ở khu dân cư.
Bảo Ngọc
Lượt xem: 690
Tin liên quan
- Xã Bù Gia Mập gặp mặt người có uy tín đồng bào S'tiêng (27/02/2026)
- Thăm, chúc Tết chức sắc các tôn giáo (10/02/2026)
- Phường Biên Hòa ra mắt tổ dân vận khu phố (20/01/2026)
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (26/12/2025)
""", "2026-03-06", "Tập huấn công tác tôn giáo, dân tộc cho cán bộ cấp xã",
E("tap_huan", "2026", "2026-03-05"),
[P("Điểu Thị Hạnh", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lành", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Phêrô Trần Văn Phúc", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Quản hạt Phước Long")],
[Q("260 học viên", 260, "học viên"), Q("95 xã, phường", 95, "xã, phường"), Q("41 dân tộc", 41, "dân tộc"),
 Q("trên 300.000 người dân tộc thiểu số", 300000, "người dân tộc thiểu số", "over"), Q("12 tôn giáo", 12, "tôn giáo"),
 Q("gần 2,3 triệu tín đồ", 2300000, "tín đồ", "approx"), Q("58%", 58, "%"), Q("trên 150 triệu đồng", 150000000, "đồng", "over")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Kết luận", "89", "KL/TW", None, "Ban Bí thư", "Kết luận số 89-KL/TW, 90-KL/TW của Ban Bí thư"),
 D("Kết luận", "90", "KL/TW", None, "Ban Bí thư", "Kết luận số 89-KL/TW, 90-KL/TW của Ban Bí thư"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2026-01-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU ngày 15/01/2026"),
 D("Nghị định", "28", "2025/NĐ-CP", None, None, "Nghị định số 28/2025/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài")],
["Báo Đồng Nai điện tử", "Chính trị › Tuyên giáo - Dân vận", "Học viên dự lớp tập huấn tại phường Đồng Xoài. Ảnh: Bảo Ngọc",
 "Luật Tín ngưỡng, tôn giáo", "Hội thánh Đức Chúa Trời Mẹ", "Pháp Luân Công", "Hà Mòn", "Dân vận khéo", "Lượt xem: 690"],
["06/03/2026 - 17:15", "2 ngày", "năm 2026", "hai cấp", "1 mô hình", "Lượt xem: 690"]))

PAGES.append(page("b1683-angiang-btgdv-soket-hoahao-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Vị trí: Trang chủ >> Hoạt động >> Dân tộc - Tôn giáo
Chủ Nhật, 12/07/2026
Ngày 10/07/2026 | 15:40
Sơ kết 6 tháng công tác vận động đồng bào Phật giáo Hòa Hảo và đồng bào Khmer
Sáng 9/7, tại phường Long Xuyên, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị sơ kết công tác dân tộc, tôn giáo 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Ngọc Diệp, Danh Hoàng Khải, Trần Minh Triều.
Toàn cảnh hội nghị sơ kết.
Báo cáo cho biết, sau hợp nhất với tỉnh Kiên Giang, An Giang có trên 2,1 triệu tín đồ các tôn giáo, trong đó Phật giáo Hòa Hảo có gần 1,3 triệu tín đồ; đồng bào Khmer có khoảng 300.000 người với 264 chùa Phật giáo Nam tông Khmer. Sáu tháng đầu năm, các tôn giáo tổ chức lễ hội đúng quy định; Đại lễ kỷ niệm 87 năm ngày khai sáng đạo Phật giáo Hòa Hảo diễn ra trang nghiêm tại xã Phú Tân, thu hút khoảng 700.000 lượt tín đồ.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 24-KH/TU về thực hiện Chỉ thị số 52-CT/TW của Ban Bí thư trên địa bàn tỉnh; ban hành Kế hoạch số 09-KH/BTGDVTU ngày 25/02/2026 về nắm tình hình tư tưởng tín đồ trong dịp bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp. Tín đồ Phật giáo Hòa Hảo đã đóng góp trên 68 tỷ đồng cho công tác từ thiện, xây dựng 83 cây cầu và 410 căn nhà tình thương; các chùa Khmer mở 152 lớp dạy chữ Khmer hè cho 5.600 học sinh.
Tại hội nghị, ông Nguyễn Văn Hòa, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo, đề nghị tỉnh tiếp tục tạo điều kiện hoàn thiện thủ tục đất đai cho các cơ sở thờ tự. Đồng chí Danh Thị Kim Phượng, Bí thư Đảng ủy xã Vĩnh Hòa Hưng, chia sẻ kết quả vận động 36 hộ đồng bào Khmer chuyển đổi sang mô hình lúa - tôm. Ông Lê Quang Vinh, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Lạc, kiến nghị xử lý dứt điểm hoạt động của các đối tượng nhân danh "Phật giáo Hòa Hảo thuần túy".
Kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Diệp đề nghị 6 tháng cuối năm, các xã, phường tổ chức tốt các cuộc tiếp xúc, đối thoại với chức sắc, chức việc; triển khai Quyết định số 145/QĐ-UBND ngày 02/4/2026 của UBND tỉnh về quy chế phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo; chuẩn bị chu đáo các điều kiện tổ chức Lễ Sene Dolta, Ok Om Bok an toàn, tiết kiệm.
Thu Thảo
Lượt xem: 415
Tin liên quan
- Xã Tri Tôn họp mặt sư sãi nhân Tết Chôl Chnăm Thmây (16/04/2026)
- Phường Rạch Giá ra mắt tổ dân vận khu phố (26/03/2026)
- Gặp mặt chức sắc Phật giáo Hòa Hảo đầu xuân (20/02/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm 2025 (29/12/2025)
""", "2026-07-10", "Sơ kết 6 tháng công tác vận động đồng bào Phật giáo Hòa Hảo và đồng bào Khmer",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Nguyễn Thị Ngọc Diệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Hoàng Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Triều", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Danh Thị Kim Phượng", "Bí thư Đảng ủy xã Vĩnh Hòa Hưng"),
 P("Lê Quang Vinh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Lạc")],
[Q("trên 2,1 triệu tín đồ", 2100000, "tín đồ", "over"), Q("gần 1,3 triệu tín đồ", 1300000, "tín đồ", "approx"),
 Q("khoảng 300.000 người", 300000, "người", "approx"), Q("264 chùa Phật giáo Nam tông Khmer", 264, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 700.000 lượt tín đồ", 700000, "lượt tín đồ", "approx"), Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"),
 Q("83 cây cầu", 83, "cây cầu"), Q("410 căn nhà tình thương", 410, "căn nhà tình thương"),
 Q("152 lớp dạy chữ Khmer hè", 152, "lớp dạy chữ Khmer hè"), Q("5.600 học sinh", 5600, "học sinh"),
 Q("36 hộ đồng bào Khmer", 36, "hộ đồng bào Khmer")],
[D("Kế hoạch", "24", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 24-KH/TU"),
 D("Chỉ thị", "52", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 52-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "09", "KH/BTGDVTU", "2026-02-25", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BTGDVTU ngày 25/02/2026"),
 D("Quyết định", "145", "QĐ-UBND", "2026-04-02", "UBND tỉnh", "Quyết định số 145/QĐ-UBND ngày 02/4/2026 của UBND tỉnh")],
[prov("An Giang"), prov("Kiên Giang"), com("Long Xuyên"), com("Phú Tân"), com("Vĩnh Hòa Hưng"), com("Hòa Lạc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Vị trí: Trang chủ >> Hoạt động >> Dân tộc - Tôn giáo", "Toàn cảnh hội nghị sơ kết.",
 "Phật giáo Hòa Hảo thuần túy", "Lượt xem: 415"],
["Chủ Nhật, 12/07/2026", "Ngày 10/07/2026 | 15:40", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sáu tháng đầu năm", "87 năm",
 "khóa XVI", "Lượt xem: 415"]))

PAGES.append(page("b1684-camau-chua-khmer-xanh-sach-dep-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU
Xã hội - Dân tộc, tôn giáo
Cập nhật lúc 06:50 ngày 19/09/2026
Ngôi chùa Khmer giữa lòng phường Bạc Liêu: xanh, sạch và rộng cửa đón người nghèo
Sư cả Lý Hoàng Sơn (giữa) cùng phật tử chăm sóc khuôn viên chùa. Ảnh: Kim Sa
Nép mình bên dòng kênh Xáng, chùa Xiêm Cán từ lâu là điểm tựa tinh thần của bà con Khmer khu vực phường Bạc Liêu và xã Vĩnh Trạch. Những năm gần đây, ngôi chùa còn được biết đến như một "địa chỉ xanh" khi khuôn viên rộng gần 3 ha luôn sạch sẽ, rợp bóng cây, và bếp ăn từ thiện mở cửa quanh năm.
Sư cả Lý Hoàng Sơn, Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Xiêm Cán kể, từ năm 2022 nhà chùa cùng ban quản trị phát động phong trào trồng cây, phân loại rác, hạn chế túi ni lông trong các dịp lễ. Đến nay, chùa đã trồng hơn 1.500 cây xanh, vận động 230 hộ phật tử phân loại rác tại nguồn. Bếp ăn từ thiện của chùa mỗi tháng nấu khoảng 2.000 suất cơm cho bệnh nhân nghèo và người lao động tự do.
Ông Thạch Văn Huôl, Trưởng ban Quản trị chùa Xiêm Cán cho biết, mỗi năm chùa vận động phật tử đóng góp trên 700 triệu đồng để duy trì bếp ăn, hỗ trợ 40 suất học bổng cho học sinh Khmer và mở 6 lớp dạy chữ Khmer hè. "Chùa là của cộng đồng, việc gì có ích cho bà con thì nhà chùa làm", ông nói.
Theo bà Trần Thị Ngọc Mai, Phó Bí thư Thường trực Đảng ủy phường Bạc Liêu, chùa Xiêm Cán là một trong 12 chùa Phật giáo Nam tông Khmer trên địa bàn phường được công nhận đạt chuẩn "Chùa xanh - sạch - đẹp". Nhà chùa đã phối hợp với Ủy ban MTTQ Việt Nam phường vận động xóa 15 căn nhà tạm cho hộ Khmer nghèo, góp phần để phường hoàn thành chỉ tiêu giảm nghèo năm 2025.
Cà Mau sau hợp nhất với Bạc Liêu có 98 chùa Phật giáo Nam tông Khmer. Đồng chí Sơn Minh Thắng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, ngành đang tham mưu nhân rộng mô hình "Chùa xanh - sạch - đẹp" theo Chương trình hành động số 05-CTr/TU của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, phấn đấu đến năm 2030 có 80% chùa Khmer đạt chuẩn.
Chiều muộn, khi tiếng chuông chùa ngân lên, những suất cơm nóng lại được xếp ngay ngắn lên xe, chuẩn bị đưa vào bệnh viện. Với sư cả Lý Hoàng Sơn, đó là niềm vui giản dị nhất của người tu hành.
Kim Sa
Lượt xem: 1.856
Tin khác
- Xã Vĩnh Lợi tổ chức lễ Sene Dolta an toàn, tiết kiệm (15/09/2026)
- Phường An Xuyên ra mắt tổ dân vận khu phố (04/09/2026)
- Cà Mau gặp mặt người có uy tín đồng bào dân tộc thiểu số (21/08/2026)
- Giao ban khối dân vận quý II năm 2026 (10/07/2026)
""", "2026-09-19", "Ngôi chùa Khmer giữa lòng phường Bạc Liêu: xanh, sạch và rộng cửa đón người nghèo",
E("khac", None, None),
[P("Lý Hoàng Sơn", "Sư cả", "Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Xiêm Cán"),
 P("Thạch Văn Huôl", "Trưởng ban Quản trị chùa Xiêm Cán"),
 P("Trần Thị Ngọc Mai", "Phó Bí thư Thường trực Đảng ủy phường Bạc Liêu"),
 P("Sơn Minh Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("gần 3 ha", 3, "ha", "approx"), Q("hơn 1.500 cây xanh", 1500, "cây xanh", "over"), Q("230 hộ phật tử", 230, "hộ phật tử"),
 Q("khoảng 2.000 suất cơm", 2000, "suất cơm", "approx"), Q("trên 700 triệu đồng", 700000000, "đồng", "over"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"),
 Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"), Q("15 căn nhà tạm", 15, "căn nhà tạm"),
 Q("98 chùa Phật giáo Nam tông Khmer", 98, "chùa Phật giáo Nam tông Khmer"), Q("80%", 80, "%")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 05-CTr/TU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Bạc Liêu"), com("Vĩnh Trạch")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU", "Xã hội - Dân tộc, tôn giáo", "Sư cả Lý Hoàng Sơn (giữa) cùng phật tử chăm sóc khuôn viên chùa. Ảnh: Kim Sa",
 "địa chỉ xanh", "Chùa xanh - sạch - đẹp", "Lượt xem: 1.856"],
["Cập nhật lúc 06:50 ngày 19/09/2026", "từ năm 2022", "năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2030", "Lượt xem: 1.856"]))
