from lib import *
PAGES = []

PAGES.append(page("b2255-lamdong-daihoi-tinh-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị | Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 10/10/2025 | 20:15
Ban Chấp hành Đảng bộ tỉnh khóa I ra mắt Đại hội. Ảnh: Văn Báu
Bế mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I: Đoàn kết, đổi mới, phát triển bứt phá
Chiều 10/10/2025, sau 3 ngày làm việc (từ 8 đến 10/10), Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc. Đây là đại hội đầu tiên của tỉnh Lâm Đồng mới, được hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, với diện tích hơn 24.200 km2 và 124 xã, phường, đặc khu. Đại hội có 450 đại biểu chính thức đại diện cho gần 170.000 đảng viên của 142 đảng bộ trực thuộc.
Dự đại hội có đồng chí Hoàng Minh Châu, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.
Đại hội đã nghe công bố Quyết định số 2715-QĐNS/TW, 2716-QĐNS/TW của Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh khóa I gồm 75 đồng chí, Ban Thường vụ Tỉnh ủy 21 đồng chí. Đồng chí Nguyễn Thành Vinh, Ủy viên Trung ương Đảng, tiếp tục được chỉ định giữ chức Bí thư Tỉnh ủy. Các Phó Bí thư Tỉnh ủy: K'Mák, Điểu Thị Mai, Đàng Văn Thuận. Trong đó, đồng chí K'Mák là Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Điểu Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ban Chấp hành khóa I có 14 đồng chí nữ (18,7%), 11 đồng chí là người dân tộc thiểu số (K'Ho, Mạ, Mnông, Chăm, Raglai), 9 đồng chí dưới 45 tuổi. Đại hội đã bầu 24 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, số phiếu trúng cử cao nhất đạt 99,1%.
Nghị quyết Đại hội đề ra 26 chỉ tiêu, 3 đột phá chiến lược; phấn đấu GRDP tăng bình quân 10%/năm trở lên, GRDP bình quân đầu người năm 2030 đạt 7.200 USD, thu ngân sách 5 năm khoảng 190.000 tỷ đồng; hằng năm giảm 1% tỷ lệ hộ nghèo đa chiều, riêng vùng đồng bào dân tộc thiểu số giảm 3%.
Phát biểu chỉ đạo, đồng chí Hoàng Minh Châu đề nghị Đảng bộ tỉnh thực hiện hiệu quả Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII về sắp xếp tổ chức bộ máy, Kết luận 150-KL/TW, Kết luận 157-KL/TW của Bộ Chính trị; khai thác lợi thế cao nguyên, biển và bô-xít.
Tham luận tại đại hội, đồng chí Ka Hòa Nguyên, Bí thư Đảng ủy xã Đinh Trang Thượng, cho biết nhiệm kỳ qua xã đã vận động đồng bào K'Ho đóng góp 2.500 ngày công, hiến 12.000 m2 đất làm đường; đồng chí Thổ Thị Thu Hà, Bí thư Đảng ủy phường Phú Thủy, nêu kinh nghiệm giữ 100% tàu cá lắp thiết bị giám sát hành trình.
Nhóm PV Chính trị
Tin liên quan
- Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I (08/10/2025)
- Lâm Đồng: 124 đảng bộ xã, phường, đặc khu hoàn thành đại hội (25/08/2025)
- Gặp gỡ đại biểu trẻ nhất Đại hội (09/10/2025)
""", "2025-10-10", "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I: Đoàn kết, đổi mới, phát triển bứt phá",
E("dai_hoi", None, "2025-10-08"),
[P("Hoàng Minh Châu", "Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"),
 P("Nguyễn Thành Vinh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("K'Mák", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Điểu Thị Mai", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Văn Thuận", "Phó Bí thư Tỉnh ủy"),
 P("Ka Hòa Nguyên", "Bí thư Đảng ủy xã Đinh Trang Thượng"),
 P("Thổ Thị Thu Hà", "Bí thư Đảng ủy phường Phú Thủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("hơn 24.200 km2", 24200, "km2", "over"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("450 đại biểu chính thức", 450, "đại biểu chính thức"), Q("gần 170.000 đảng viên", 170000, "đảng viên", "approx"),
 Q("142 đảng bộ trực thuộc", 142, "đảng bộ trực thuộc"), Q("75 đồng chí", 75, "đồng chí"), Q("21 đồng chí", 21, "đồng chí"),
 Q("14 đồng chí nữ", 14, "đồng chí nữ"), Q("18,7%", 18.7, "%"), Q("11 đồng chí là người dân tộc thiểu số", 11, "đồng chí"),
 Q("9 đồng chí dưới 45 tuổi", 9, "đồng chí"), Q("24 đại biểu chính thức", 24, "đại biểu chính thức"),
 Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"), Q("99,1%", 99.1, "%"), Q("26 chỉ tiêu", 26, "chỉ tiêu"),
 Q("10%/năm trở lên", 10, "%", "over"), Q("7.200 USD", 7200, "USD"), Q("khoảng 190.000 tỷ đồng", 190000000000000, "đồng", "approx"),
 Q("1%", 1, "%"), Q("3%", 3, "%"), Q("2.500 ngày công", 2500, "ngày công"), Q("12.000 m2", 12000, "m2"), Q("100%", 100, "%")],
[D("Quyết định", "2715", "QĐNS/TW", None, "Bộ Chính trị", "Quyết định số 2715-QĐNS/TW, 2716-QĐNS/TW"),
 D("Quyết định", "2716", "QĐNS/TW", None, "Bộ Chính trị", "Quyết định số 2715-QĐNS/TW, 2716-QĐNS/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11 khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Kết luận", "157", "KL/TW", None, "Bộ Chính trị", "Kết luận 157-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đinh Trang Thượng"), com("Phú Thủy")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị | Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030",
 "Ban Chấp hành Đảng bộ tỉnh khóa I ra mắt Đại hội. Ảnh: Văn Báu"],
["Ngày đăng 10/10/2025 | 20:15", "lần thứ I", "nhiệm kỳ 2025 - 2030", "3 ngày", "khóa I", "75 đồng chí", "21 đồng chí",
 "14 đồng chí", "11 đồng chí", "9 đồng chí", "dưới 45 tuổi", "lần thứ XIV", "3 đột phá chiến lược", "5 năm", "Hội nghị Trung ương 11",
 "khóa XIII"]))

PAGES.append(page("b2256-dongnai-hoinghi-congbo-xa-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự › Chính trị › Sắp xếp bộ máy
Thứ Hai, 30/06/2025 - 19:45
Công bố nghị quyết, quyết định thành lập và chỉ định nhân sự xã Bù Gia Mập
Đồng chí Điểu Ré (thứ 3 từ trái) trao quyết định cho Ban Thường vụ Đảng ủy xã.
Sáng 30/6, tại xã Bù Gia Mập, tỉnh Đồng Nai (mới) tổ chức hội nghị công bố nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã và các quyết định về công tác cán bộ. Xã Bù Gia Mập được thành lập trên cơ sở nhập toàn bộ các xã Bù Gia Mập, Đak Ơ (huyện Bù Gia Mập, tỉnh Bình Phước cũ), có diện tích 507 km2, dân số hơn 21.000 người, trong đó đồng bào S'tiêng, M'nông chiếm 46%.
Dự hội nghị có đồng chí Điểu Ré, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và đồng chí Trần Quốc Duy, Phó Chủ tịch UBND tỉnh.
Tại hội nghị, lãnh đạo tỉnh đã công bố Nghị quyết số 1662/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025; Quyết định số 1530-QĐ/TU ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Bù Gia Mập trực thuộc Tỉnh ủy; Quyết định số 1531-QĐ/TU chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025 gồm 27 đồng chí, Ban Thường vụ 9 đồng chí.
Theo đó, đồng chí Điểu Hoàng Sang được chỉ định giữ chức Bí thư Đảng ủy xã Bù Gia Mập. Các đồng chí Thị Bích Thảo, Lê Văn Trung - Phó Bí thư Đảng ủy xã. Đồng chí Lê Văn Trung được chỉ định làm Chủ tịch UBND xã; đồng chí Thị Bích Thảo giữ chức Chủ tịch HĐND xã. Đồng chí Điểu Khanh được giao giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đảng bộ xã mới có 41 chi bộ trực thuộc với 976 đảng viên. Bộ máy xã gồm 4 phòng chuyên môn và 1 trung tâm phục vụ hành chính công, bố trí 62 cán bộ, công chức; 15 người dôi dư được giải quyết chế độ theo Nghị định số 178/2024/NĐ-CP của Chính phủ.
Phát biểu giao nhiệm vụ, đồng chí Điểu Ré đề nghị tập thể Ban Chấp hành khẩn trương ổn định tổ chức, bảo đảm từ ngày 1/7/2025 bộ máy mới vận hành thông suốt, không để gián đoạn việc phục vụ người dân; chuẩn bị tốt đại hội đảng bộ xã nhiệm kỳ 2025 - 2030 theo Chỉ thị 45-CT/TW của Bộ Chính trị, hoàn thành trước ngày 31/7.
Thay mặt Đảng bộ xã, đồng chí Điểu Hoàng Sang cam kết tiếp tục vận động đồng bào S'tiêng giữ rừng, phát triển 1.200 ha điều hữu cơ, phấn đấu đến năm 2030 giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 2%.
Dịp này, đồng chí Trần Quốc Duy trao 50 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh người S'tiêng vượt khó. Bà Thị Rên, người có uy tín sóc Bù Lư, bày tỏ vui mừng vì người dân không phải đi xa khi làm thủ tục hành chính.
Minh Hải
Tin liên quan
- Đồng Nai công bố thành lập 95 xã, phường mới (30/06/2025)
- Bình Phước tổ chức phiên họp cuối cùng của HĐND tỉnh (27/06/2025)
- Xã Phú Nghĩa: ra mắt trung tâm phục vụ hành chính công (30/06/2025)
""", "2025-06-30", "Công bố nghị quyết, quyết định thành lập và chỉ định nhân sự xã Bù Gia Mập",
E("hoi_nghi", None, "2025-06-30"),
[P("Điểu Ré", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quốc Duy", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Hoàng Sang", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Bích Thảo", "Phó Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
 P("Lê Văn Trung", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Điểu Khanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Rên", "người có uy tín sóc Bù Lư")],
[Q("507 km2", 507, "km2"), Q("hơn 21.000 người", 21000, "người", "over"), Q("46%", 46, "%"), Q("27 đồng chí", 27, "đồng chí"),
 Q("9 đồng chí", 9, "đồng chí"), Q("41 chi bộ trực thuộc", 41, "chi bộ trực thuộc"), Q("976 đảng viên", 976, "đảng viên"),
 Q("4 phòng chuyên môn", 4, "phòng chuyên môn"), Q("1 trung tâm phục vụ hành chính công", 1, "trung tâm phục vụ hành chính công"), Q("62 cán bộ, công chức", 62, "cán bộ, công chức"),
 Q("15 người dôi dư", 15, "người dôi dư"), Q("1.200 ha", 1200, "ha"), Q("2%", 2, "%"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "1662", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1662/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "1530", "QĐ/TU", "2025-06-27", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1530-QĐ/TU ngày 27/6/2025"),
 D("Quyết định", "1531", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1531-QĐ/TU"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Chính trị › Sắp xếp bộ máy",
 "Đồng chí Điểu Ré (thứ 3 từ trái) trao quyết định cho Ban Thường vụ Đảng ủy xã."],
["Thứ Hai, 30/06/2025 - 19:45", "nhiệm kỳ 2020 - 2025", "27 đồng chí", "9 đồng chí", "nhiệm kỳ 2025 - 2030", "năm 2025", "thứ 3"]))

PAGES.append(page("b2257-caobang-bdv-soket-2024", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ >> Tin tức >> Hoạt động của Ban
12/7/2024 14:30
Ảnh: Quang cảnh hội nghị.
Dân vận góp phần chuẩn bị tốt đại hội đảng bộ các cấp
Ngày 10/7/2024, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Thạch, Lục Thị Mai.
Báo cáo cho biết, 6 tháng qua Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, trong đó giao khối dân vận nắm tình hình dư luận, tổ chức lấy ý kiến nhân dân vào dự thảo văn kiện. Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 08-HD/BDVTU về phát huy vai trò Mặt trận, đoàn thể trong giới thiệu nhân sự cấp ủy.
Các cấp đã xây dựng 214 mô hình "Dân vận khéo", trong đó 38 mô hình cấp tỉnh; vận động nhân dân hiến 86.500 m2 đất, đóng góp 19.600 ngày công và 6,3 tỷ đồng làm đường, nhà văn hóa xóm. Khối dân vận các cấp tiếp nhận 96 đơn thư, đã phối hợp giải quyết 81 đơn, đạt 84,4%; hòa giải thành 142 vụ việc mâu thuẫn trong nhân dân.
Ban đã phối hợp Ban Tổ chức Tỉnh ủy rà soát 1.735 chi bộ trực thuộc đảng ủy cơ sở, dự kiến đại hội điểm cấp chi bộ tổ chức trong tháng 3/2025. Việc sắp xếp 17 xóm ở 6 xã được thực hiện với 97% cử tri đồng thuận.
Tại hội nghị, đồng chí Đàm Văn Pẻng, HUV, Trưởng Ban Dân vận Huyện ủy Trùng Khánh, đề nghị hỗ trợ kinh phí cho các tổ dân vận xóm; đồng chí Lý Thị Sao, Bí thư Đảng ủy xã Đình Phong, chia sẻ kinh nghiệm vận động người Nùng, Tày, Mông bảo vệ mốc giới. Đồng chí Chu Văn Lượng, Bí thư Chi bộ xóm Pác Rằng, xã Đình Phong, cho biết chi bộ đã vận động 35 hộ tham gia du lịch cộng đồng.
Hội nghị cũng nghe đồng chí Mã Văn Khiêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông báo kết quả 6 tháng Mặt trận các cấp đã tổ chức 27 hội nghị phản biện xã hội, vận động Quỹ "Vì người nghèo" được 4,8 tỷ đồng, xây mới 156 căn nhà Đại đoàn kết.
Phát biểu kết luận, đồng chí Nông Thị Tuyết yêu cầu 6 tháng cuối năm 2024 bám sát Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận, làm tốt công tác tuyên truyền đại hội ở 100% xóm; phối hợp tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc tại 2.100 khu dân cư.
Hồng Nhung
Lượt xem: 1.512
Các tin khác
- Hội nghị giao ban công tác dân vận quý I năm 2024 (05/04/2024)
- Hòa An ra mắt mô hình "Dân vận khéo" cấp tỉnh (20/03/2024)
- Tổng kết công tác dân vận năm 2023 (28/12/2023)
""", "2024-07-12", "Dân vận góp phần chuẩn bị tốt đại hội đảng bộ các cấp",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thạch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Văn Pẻng", "HUV", "Trưởng Ban Dân vận Huyện ủy Trùng Khánh"),
 P("Lý Thị Sao", "Bí thư Đảng ủy xã Đình Phong"),
 P("Chu Văn Lượng", "Bí thư Chi bộ xóm Pác Rằng"),
 P("Mã Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("214 mô hình", 214, "mô hình"), Q("38 mô hình cấp tỉnh", 38, "mô hình cấp tỉnh"), Q("86.500 m2", 86500, "m2"),
 Q("19.600 ngày công", 19600, "ngày công"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("96 đơn thư", 96, "đơn thư"),
 Q("81 đơn", 81, "đơn"), Q("84,4%", 84.4, "%"), Q("142 vụ việc mâu thuẫn trong nhân dân", 142, "vụ việc mâu thuẫn"),
 Q("1.735 chi bộ trực thuộc", 1735, "chi bộ trực thuộc"), Q("17 xóm", 17, "xóm"), Q("6 xã", 6, "xã"), Q("97%", 97, "%"),
 Q("35 hộ", 35, "hộ"), Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"), Q("4,8 tỷ đồng", 4800000000, "đồng"),
 Q("156 căn nhà Đại đoàn kết", 156, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"), Q("2.100 khu dân cư", 2100, "khu dân cư")],
[D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 08-HD/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Cao Bằng"), com("Đình Phong")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ >> Tin tức >> Hoạt động của Ban", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.512", "Vì người nghèo"],
["12/7/2024 14:30", "6 tháng đầu năm", "6 tháng cuối năm 2024", "lần thứ XIV", "tháng 3/2025", "Lượt xem: 1.512", "6 tháng"]))

PAGES.append(page("b2258-quangtri-hoinghi-quantriet-xiv-2026", """
Cổng thông tin điện tử xã Hướng Phùng - Tỉnh Quảng Trị
Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng
Thứ Sáu, 06/03/2026
Đảng ủy xã Hướng Phùng học tập, quán triệt Nghị quyết Đại hội XIV của Đảng
Đồng chí Hồ Văn Thanh quán triệt Nghị quyết tại hội nghị.
Ngày 4/3/2026, Đảng ủy xã Hướng Phùng tổ chức hội nghị học tập, quán triệt, tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho 412 cán bộ, đảng viên của 29 chi bộ trực thuộc; hội nghị được kết nối tới 14 điểm cầu thôn, bản. Đồng chí Hồ Văn Thanh, Bí thư Đảng ủy xã, Chủ tịch HĐND xã trực tiếp truyền đạt các chuyên đề.
Hội nghị thực hiện theo Hướng dẫn số 05-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương và Kế hoạch 12-KH/ĐU ngày 10/2/2026 của Ban Thường vụ Đảng ủy xã. Các đại biểu được nghe những nội dung cốt lõi của Báo cáo chính trị, phương hướng phát triển đất nước giai đoạn 2026 - 2030 và tầm nhìn đến năm 2045, cùng những điểm mới của Điều lệ Đảng.
Tiếp đó, đồng chí Kăn Đơ, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã, quán triệt Chương trình hành động số 03-CTr/ĐU của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ I và Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030. Năm 2026, xã phấn đấu giảm 8% tỷ lệ hộ nghèo, trồng mới 350 ha rừng, 100% thôn có đường ô tô đi được hai mùa.
Tại hội nghị, Đảng ủy xã công bố Quyết định số 86-QĐ/ĐU chuẩn y đồng chí Hồ Thị Mai Xuân giữ chức Bí thư Chi bộ thôn Cheng và Quyết định số 87-QĐ/ĐU chuẩn y đồng chí Pả Lin, Trưởng thôn Xa Ry, giữ chức Phó Bí thư Chi bộ thôn Xa Ry. Đồng chí Hồ Văn Pai, Chủ tịch Ủy ban MTTQ Việt Nam xã, được giới thiệu ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031; đồng chí Trần Thị Hoa, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã, được phân công phụ trách công tác bầu cử.
Đồng chí Hồ Văn Thanh yêu cầu sau hội nghị, các chi bộ tổ chức cho 100% đảng viên viết bài thu hoạch, hoàn thành trước ngày 31/3/2026; đồng thời làm tốt công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 đến 4.870 cử tri của xã, trong đó 72% là đồng bào Vân Kiều, Pa Kô.
Theo báo cáo của Đảng ủy xã, năm 2025 toàn Đảng bộ kết nạp 17 đảng viên mới; 27/29 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên. Xã có 2 mô hình cấp tỉnh về "Dân vận khéo" trong giữ rừng đầu nguồn. Bà con thôn Cheng đã góp 240 ngày công, 46 triệu đồng làm nhà văn hóa.
Văn phòng Đảng ủy xã
Lượt truy cập: 58.304
Tin khác
- Xã Hướng Phùng ra quân đón Tết trồng cây Xuân Bính Ngọ 2026 (25/02/2026)
- Đảng ủy xã trao Huy hiệu 40 năm tuổi Đảng (03/02/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (15/01/2026)
""", "2026-03-06", "Đảng ủy xã Hướng Phùng học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
E("hoi_nghi", None, "2026-03-04"),
[P("Hồ Văn Thanh", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
 P("Kăn Đơ", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Hồ Thị Mai Xuân", "Bí thư Chi bộ thôn Cheng"),
 P("Pả Lin", "Trưởng thôn Xa Ry", "Phó Bí thư Chi bộ thôn Xa Ry"),
 P("Hồ Văn Pai", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Thị Hoa", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("412 cán bộ, đảng viên", 412, "cán bộ, đảng viên"), Q("29 chi bộ trực thuộc", 29, "chi bộ trực thuộc"),
 Q("14 điểm cầu thôn, bản", 14, "điểm cầu thôn, bản"), Q("8%", 8, "%"), Q("350 ha", 350, "ha"), Q("100%", 100, "%"),
 Q("4.870 cử tri", 4870, "cử tri"), Q("72%", 72, "%"), Q("17 đảng viên mới", 17, "đảng viên mới"),
 Q("27/29 chi bộ", 27, "chi bộ"), Q("2 mô hình cấp tỉnh", 2, "mô hình cấp tỉnh"), Q("240 ngày công", 240, "ngày công"),
 Q("46 triệu đồng", 46000000, "đồng")],
[D("Hướng dẫn", "05", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 05-HD/BTGDVTW"),
 D("Kế hoạch", "12", "KH/ĐU", "2026-02-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12-KH/ĐU ngày 10/2/2026"),
 D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 03-CTr/ĐU"),
 D("Quyết định", "86", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định số 86-QĐ/ĐU"),
 D("Quyết định", "87", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định số 87-QĐ/ĐU")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Cổng thông tin điện tử xã Hướng Phùng - Tỉnh Quảng Trị", "Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng",
 "Đồng chí Hồ Văn Thanh quán triệt Nghị quyết tại hội nghị.", "Dân vận khéo", "Lượt truy cập: 58.304", "Điều lệ Đảng"],
["Thứ Sáu, 06/03/2026", "lần thứ XIV", "giai đoạn 2026 - 2030", "năm 2045", "lần thứ I", "nhiệm kỳ 2025 - 2030",
 "Năm 2026", "nhiệm kỳ 2026 - 2031", "khóa XVI", "năm 2025", "hai mùa", "Lượt truy cập: 58.304"]))

PAGES.append(page("b2259-sonla-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Sáu, 26/12/2025 - 17:00
Toàn cảnh hội nghị tổng kết.
Năm đầu hợp nhất: khối tuyên giáo và dân vận hoàn thành tốt nhiệm vụ phục vụ đại hội
Ngày 25/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị; dự có đồng chí Lường Văn Ún, Phó Bí thư Tỉnh ủy.
Năm 2025, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy được hợp nhất theo Quyết định số 2150-QĐ/TU ngày 24/2/2025 của Tỉnh ủy. Ban đã tham mưu tổ chức thành công việc tuyên truyền đại hội đảng bộ các cấp: 100% trong số 75 đảng bộ xã, phường và 14 đảng bộ trực thuộc hoàn thành đại hội nhiệm kỳ 2025 - 2030; Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI đã bầu Ban Chấp hành gồm 59 đồng chí, trong đó 23 đồng chí là người Thái, Mông, Mường, Dao, Khơ Mú, Xinh Mun. Trên 41.000 ý kiến góp ý vào dự thảo văn kiện trình Đại hội XIV của Đảng được tổng hợp.
Khối dân vận các cấp đã vận động xóa 3.946 nhà tạm, nhà dột nát, hoàn thành trước 2 tháng so với kế hoạch với tổng kinh phí khoảng 235 tỷ đồng; nhân dân hiến trên 120.000 m2 đất. Toàn tỉnh có 1.206 mô hình "Dân vận khéo", trong đó 115 mô hình cấp tỉnh. Các cấp đã tiếp 4.512 lượt công dân, tiếp nhận 386 đơn thư, giải quyết 351 đơn. Tỷ lệ cán bộ, đảng viên được học tập nghị quyết đạt 98,6%.
Ban cũng tham mưu ban hành Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở cấp xã sau sắp xếp và về vận động đồng bào Mông phát triển sản xuất hàng hóa; phối hợp triển khai Quy định số 304-QĐ/TW ngày 14/7/2025 của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Mùa A Sử, Nguyễn Thị Thanh Huyền, Lò Văn Bun trình bày tham luận. Đồng chí Thào Thị Dợ, Bí thư Đảng ủy xã Mường Lạn, chia sẻ kinh nghiệm vận động 62 hộ Mông ở bản Nà Khoang chuyển đổi sang trồng cà phê, mắc ca.
Phát biểu kết luận, đồng chí Lường Văn Ún đề nghị năm 2026 tập trung tuyên truyền, đưa Nghị quyết Đại hội XIV vào cuộc sống, phục vụ bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; vận động 100% hộ dân tham gia phòng, chống tái trồng cây thuốc phiện.
Dịp này, Ban tặng giấy khen cho 18 tập thể, 32 cá nhân xuất sắc.
Quàng Thu
Tin liên quan
- Sơn La: hoàn thành xóa nhà tạm, nhà dột nát (20/10/2025)
- Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XVI thành công tốt đẹp (27/09/2025)
- Tập huấn nghiệp vụ cho cán bộ tuyên giáo và dân vận cấp xã (12/08/2025)
""", "2025-12-26", "Năm đầu hợp nhất: khối tuyên giáo và dân vận hoàn thành tốt nhiệm vụ phục vụ đại hội",
E("tong_ket", "2025", "2025-12-25"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lường Văn Ún", "Phó Bí thư Tỉnh ủy"),
 P("Mùa A Sử", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Bun", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thào Thị Dợ", "Bí thư Đảng ủy xã Mường Lạn")],
[Q("100%", 100, "%"), Q("75 đảng bộ xã, phường", 75, "đảng bộ xã, phường"), Q("14 đảng bộ trực thuộc", 14, "đảng bộ trực thuộc"),
 Q("59 đồng chí", 59, "đồng chí"), Q("23 đồng chí là người Thái", 23, "đồng chí"), Q("Trên 41.000 ý kiến góp ý", 41000, "ý kiến", "over"),
 Q("3.946 nhà tạm, nhà dột nát", 3946, "nhà tạm, nhà dột nát"), Q("khoảng 235 tỷ đồng", 235000000000, "đồng", "approx"),
 Q("trên 120.000 m2", 120000, "m2", "over"), Q("1.206 mô hình", 1206, "mô hình"), Q("115 mô hình cấp tỉnh", 115, "mô hình cấp tỉnh"),
 Q("4.512 lượt công dân", 4512, "lượt công dân"), Q("386 đơn thư", 386, "đơn thư"), Q("351 đơn", 351, "đơn"),
 Q("98,6%", 98.6, "%"), Q("62 hộ Mông", 62, "hộ Mông"), Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Quyết định", "2150", "QĐ/TU", "2025-02-24", "Tỉnh ủy", "Quyết định số 2150-QĐ/TU ngày 24/2/2025"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quy định", "304", "QĐ/TW", "2025-07-14", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 14/7/2025")],
[prov("Sơn La"), com("Mường Lạn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ » Hoạt động » Tin trong tỉnh", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo"],
["Thứ Sáu, 26/12/2025 - 17:00", "năm 2025", "năm 2026", "nhiệm kỳ 2025 - 2030", "lần thứ XVI", "59 đồng chí", "23 đồng chí",
 "2 tháng", "khóa XVI"]))

PAGES.append(page("b2260-angiang-giamsat-baucu-2026", """
Cổng thông tin điện tử xã Tri Tôn - Tỉnh An Giang
Trang chủ › Tin hoạt động › Đảng ủy xã
Thứ Sáu, 27/02/2026 - 15:20
Ảnh: Đoàn giám sát làm việc với Ủy ban bầu cử xã Tri Tôn.
Giám sát công tác chuẩn bị bầu cử tại xã Tri Tôn
Ngày 25/2/2026, Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy An Giang do đồng chí Néang Sà Phel, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 tại xã Tri Tôn, theo Chương trình giám sát năm 2026 và Kế hoạch số 45-KH/TU ngày 5/1/2026 của Ban Thường vụ Tỉnh ủy.
Xã Tri Tôn được thành lập năm 2025 từ thị trấn Tri Tôn và các xã Châu Lăng, Lương Phi; có 38.650 cử tri, trong đó đồng bào Khmer chiếm 52%. Xã được phân bổ bầu 25 đại biểu HĐND xã, thành lập 21 khu vực bỏ phiếu, 7 đơn vị bầu cử. Danh sách chính thức gồm 41 người ứng cử đại biểu HĐND xã, tỷ lệ nữ 34,1%, người dân tộc Khmer 36,6%, người ngoài Đảng 4 người.
Báo cáo với đoàn, đồng chí Chau Ngọc Hiền, Bí thư Đảng ủy xã, Chủ tịch Ủy ban bầu cử xã, cho biết xã đã tổ chức 9 hội nghị hiệp thương, 21 hội nghị lấy ý kiến cử tri nơi cư trú với 2.730 lượt cử tri tham dự; in và niêm yết danh sách cử tri đúng thời gian luật định theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND. Đồng chí Nguyễn Thị Cẩm Tú, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã, đề nghị tỉnh hỗ trợ kinh phí in tài liệu song ngữ Việt - Khmer; dự toán kinh phí bầu cử của xã là 1,36 tỷ đồng.
Ông Chau Sóc Sên, Trưởng ban Quản trị chùa Kà Đung, người có uy tín ấp Phước Long, cho biết các chùa đã phổ biến thông tin bầu cử bằng tiếng Khmer cho gần 1.500 phật tử. Đại đức Chau Sa Rết, trụ trì chùa Svay Ton, cam kết vận động 100% sư sãi đủ điều kiện đi bầu.
Bà Néang Sóc Thia, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Hội đã thành lập 15 tổ tuyên truyền viên song ngữ, đến từng nhà vận động chị em Khmer đi bầu; đồng chí Danh Hoàng Việt, Bí thư Đoàn xã, phụ trách đội hình 120 đoàn viên hỗ trợ cử tri cao tuổi.
Qua giám sát, đồng chí Néang Sà Phel đánh giá xã đã thực hiện đúng Chỉ thị 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử và Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội; đề nghị rà soát kỹ 312 cử tri đi làm ăn xa, chuẩn bị phương án cho 6 khu vực bỏ phiếu vùng núi Cô Tô. Đồng chí Trương Minh Quân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, lưu ý bảo đảm cơ cấu, không để sót cử tri.
Thanh Tâm
Tin khác
- Xã Tri Tôn tổ chức hội nghị hiệp thương lần thứ ba (10/02/2026)
- Đảng ủy xã học tập Nghị quyết Đại hội XIV (05/02/2026)
- Trao 200 phần quà Tết cho hộ nghèo Khmer (12/02/2026)
""", "2026-02-27", "Giám sát công tác chuẩn bị bầu cử tại xã Tri Tôn",
E("giam_sat", "2026", "2026-02-25"),
[P("Néang Sà Phel", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Ngọc Hiền", "Bí thư Đảng ủy xã", "Chủ tịch Ủy ban bầu cử xã"),
 P("Nguyễn Thị Cẩm Tú", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Chau Sóc Sên", "Trưởng ban Quản trị chùa Kà Đung", "người có uy tín ấp Phước Long"),
 P("Chau Sa Rết", "Đại đức", "trụ trì chùa Svay Ton"),
 P("Néang Sóc Thia", "Chủ tịch Hội Liên hiệp Phụ nữ xã"), P("Danh Hoàng Việt", "Bí thư Đoàn xã"),
 P("Trương Minh Quân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("38.650 cử tri", 38650, "cử tri"), Q("52%", 52, "%"), Q("25 đại biểu HĐND xã", 25, "đại biểu HĐND xã"),
 Q("21 khu vực bỏ phiếu", 21, "khu vực bỏ phiếu"), Q("7 đơn vị bầu cử", 7, "đơn vị bầu cử"),
 Q("41 người ứng cử", 41, "người"), Q("34,1%", 34.1, "%"), Q("36,6%", 36.6, "%"), Q("4 người", 4, "người"),
 Q("9 hội nghị hiệp thương", 9, "hội nghị hiệp thương"), Q("21 hội nghị lấy ý kiến cử tri", 21, "hội nghị lấy ý kiến cử tri"),
 Q("2.730 lượt cử tri", 2730, "lượt cử tri"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("gần 1.500 phật tử", 1500, "phật tử", "approx"),
 Q("15 tổ tuyên truyền viên song ngữ", 15, "tổ tuyên truyền viên song ngữ"), Q("120 đoàn viên", 120, "đoàn viên"),
 Q("100%", 100, "%"), Q("312 cử tri", 312, "cử tri"), Q("6 khu vực bỏ phiếu", 6, "khu vực bỏ phiếu")],
[D("Kế hoạch", "45", "KH/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 5/1/2026"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 46-CT/TW"),
 D("Nghị quyết", "101", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 101/2025/UBTVQH15")],
[prov("An Giang"), com("Tri Tôn"), com("Châu Lăng"), com("Lương Phi")],
["Cổng thông tin điện tử xã Tri Tôn - Tỉnh An Giang", "Trang chủ › Tin hoạt động › Đảng ủy xã",
 "Ảnh: Đoàn giám sát làm việc với Ủy ban bầu cử xã Tri Tôn.", "Chương trình giám sát năm 2026", "chùa Kà Đung",
 "chùa Svay Ton", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", "Cô Tô"],
["Thứ Sáu, 27/02/2026 - 15:20", "Đoàn giám sát số 3", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2025"]))
