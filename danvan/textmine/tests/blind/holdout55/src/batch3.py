from lib import *
PAGES = []

PAGES.append(page("b1289-longan-bdv-tongket-2021", """
BÁO LONG AN ONLINE
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Tư, 29/12/2021 - 14:30
Đồng chí Nguyễn Thanh Hải trao Bằng khen cho các tập thể.
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2022
(LA) - Ngày 28/12, Ban Dân vận Tỉnh ủy Long An tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 15 điểm cầu cấp huyện. Dự hội nghị có đồng chí Nguyễn Thanh Hải, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Huỳnh Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận các cấp đã tham mưu cấp ủy lãnh đạo tốt công tác dân vận, nhất là vận động nhân dân chấp hành các biện pháp phòng, chống dịch. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 171-KL/TU ngày 15/6/2021 về tăng cường công tác dân vận trong phòng, chống dịch; triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; ban hành kế hoạch số 45-KH/BDVTU về kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở.
Mặt trận, các đoàn thể đã vận động nhân dân ủng hộ phòng, chống dịch với tổng trị giá trên 156 tỷ đồng; tổ chức hàng trăm "Phiên chợ 0 đồng", "Tủ đồ 0 đồng", hỗ trợ 312.000 lượt hộ dân gặp khó khăn. Quỹ "Vì người nghèo" các cấp vận động được 48,6 tỷ đồng, xây dựng, sửa chữa 386 căn nhà Đại đoàn kết. Toàn tỉnh có 1.865 mô hình "Dân vận khéo", trong đó 427 mô hình trong lĩnh vực phòng, chống dịch.
Tại hội nghị, các đại biểu tập trung thảo luận kinh nghiệm vận động nhân dân trong thời gian giãn cách xã hội. Các đồng chí Lê Thị Mỹ Duyên, Trần Văn Tư - Phó Trưởng Ban Dân vận Tỉnh ủy điều hành phần thảo luận. Đồng chí Phạm Thị Ngọc Trinh, HUV, Trưởng Ban Dân vận Huyện ủy Cần Giuộc, cho biết huyện đã thành lập 1.126 tổ Covid cộng đồng, vận động công nhân ở xã Long Hậu thực hiện "3 tại chỗ" để giữ sản xuất. Ông Võ Văn Nghĩa, Bí thư Đảng ủy xã Phước Lại, kiến nghị có chính sách hỗ trợ thành viên tổ Covid cộng đồng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Hải ghi nhận kết quả khối dân vận đạt được trong năm đặc biệt khó khăn; đề nghị năm 2022 khối dân vận tiếp tục đổi mới phương thức, "bám dân, sát dân"; tham mưu cấp ủy tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào có đạo; vận động nhân dân tham gia phục hồi sản xuất, thích ứng an toàn, linh hoạt với dịch bệnh.
Dịp này, 20 tập thể và 25 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác dân vận và phòng, chống dịch Covid-19.
Thanh Nhàn
Lượt xem: 1.317
Tin liên quan
- Tân Thạnh biểu dương 30 mô hình "Dân vận khéo" (24/12/2021)
- Giao ban khối dân vận quý III/2021 (07/10/2021)
- Tổ Covid cộng đồng - "cánh tay nối dài" của chính quyền (15/09/2021)
""", "2021-12-29", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2022",
E("tong_ket", "2021", "2021-12-28"),
[P("Nguyễn Thanh Hải", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Văn Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Mỹ Duyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Ngọc Trinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Cần Giuộc"),
 P("Võ Văn Nghĩa", "Bí thư Đảng ủy xã Phước Lại")],
[Q("15 điểm cầu cấp huyện", 15, "điểm cầu cấp huyện"), Q("trên 156 tỷ đồng", 156000000000, "đồng", "over"),
 Q("312.000 lượt hộ dân", 312000, "lượt hộ dân"), Q("48,6 tỷ đồng", 48600000000, "đồng"),
 Q("386 căn nhà Đại đoàn kết", 386, "căn nhà Đại đoàn kết"), Q("1.865 mô hình", 1865, "mô hình"),
 Q("427 mô hình", 427, "mô hình"), Q("1.126 tổ Covid cộng đồng", 1126, "tổ Covid cộng đồng"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "171", "KL/TU", "2021-06-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 171-KL/TU ngày 15/6/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 45-KH/BDVTU"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Long An"), com("Long Hậu"), com("Phước Lại")],
["BÁO LONG AN ONLINE", "Trang chủ » Chính trị » Xây dựng Đảng", "Đồng chí Nguyễn Thanh Hải trao Bằng khen cho các tập thể.",
 "(LA)", "Phiên chợ 0 đồng", "Tủ đồ 0 đồng", "Vì người nghèo", "Dân vận khéo", "Quy chế dân chủ ở cơ sở",
 "bám dân, sát dân", "3 tại chỗ", "Lượt xem: 1.317"],
["Thứ Tư, 29/12/2021 - 14:30", "năm 2021", "năm 2022", "Năm 2021", "0 đồng", "3 tại chỗ", "10 năm", "Covid-19",
 "Lượt xem: 1.317"]))

PAGES.append(page("b1290-cantho-mttq-soket-2022", """
Báo Cần Thơ Online
Thời sự | Mặt trận - Đoàn thể
14:35 - 08/07/2022
Mặt trận TP Cần Thơ vận động xây dựng 245 căn nhà Đại đoàn kết
Bà Huỳnh Thị Kim Chi phát biểu tại hội nghị. Ảnh: Bảo Trân
Ngày 7/7, Ủy ban MTTQ Việt Nam TP Cần Thơ tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Bà Huỳnh Thị Kim Chi, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp đã phối hợp tổ chức tốt Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; Quỹ "Vì người nghèo" các cấp vận động được 19,4 tỷ đồng, hỗ trợ xây dựng 245 căn nhà Đại đoàn kết và sửa chữa 58 căn nhà cho hộ nghèo, hộ cận nghèo. Nhân dịp Tết Nhâm Dần, các cấp Mặt trận trao hơn 8.600 phần quà cho hộ nghèo, gia đình chính sách với tổng trị giá khoảng 4,3 tỷ đồng.
Công tác giám sát, phản biện xã hội được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 56/KH-MTTQ-BTT ngày 10/2/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố. Mặt trận các cấp tổ chức 86 cuộc giám sát, 12 hội nghị phản biện xã hội; tổng hợp 1.150 ý kiến, kiến nghị của cử tri gửi đến kỳ họp Quốc hội và HĐND thành phố.
Tại hội nghị, bà Lê Thị Mỹ Hạnh, Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố, cho biết việc giám sát thực hiện chính sách hỗ trợ người lao động thuê trọ theo Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ đã phát hiện một số doanh nghiệp lập danh sách chậm. Ông Trương Văn Bé, Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh (quận Ninh Kiều), chia sẻ mô hình "Tổ dân phố không rác thải nhựa" đã lan rộng ra 14 khu vực. Đại diện Ủy ban MTTQ Việt Nam xã Trường Xuân A (huyện Thới Lai) kiến nghị tăng mức hỗ trợ xây nhà Đại đoàn kết lên 60 triệu đồng/căn do giá vật liệu tăng cao.
Phát biểu kết luận, bà Huỳnh Thị Kim Chi đề nghị 6 tháng cuối năm, Mặt trận các cấp tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2024 - 2029; tiếp tục thực hiện Chỉ thị số 17-CT/TW ngày 21/10/2017 của Ban Bí thư về tăng cường các nguồn lực giảm nghèo bền vững; đẩy mạnh vận động Quỹ "Vì người nghèo", phấn đấu cả năm xây dựng 400 căn nhà Đại đoàn kết.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc.
Bảo Trân
Lượt xem: 612
Tin khác
- Ninh Kiều: Mặt trận giám sát việc chi trả hỗ trợ tiền thuê nhà (04/07/2022)
- Phong Điền trao 50 căn nhà Đại đoàn kết (28/06/2022)
- Hội nghị phản biện dự thảo nghị quyết về học phí (20/06/2022)
""", "2022-07-08", "Mặt trận TP Cần Thơ vận động xây dựng 245 căn nhà Đại đoàn kết",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Huỳnh Thị Kim Chi", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Mỹ Hạnh", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Văn Bé", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh")],
[Q("245 căn nhà Đại đoàn kết", 245, "căn nhà Đại đoàn kết"), Q("19,4 tỷ đồng", 19400000000, "đồng"),
 Q("58 căn nhà", 58, "căn nhà"), Q("hơn 8.600 phần quà", 8600, "phần quà", "over"),
 Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("86 cuộc giám sát", 86, "cuộc giám sát"),
 Q("12 hội nghị phản biện xã hội", 12, "hội nghị phản biện xã hội"), Q("1.150 ý kiến, kiến nghị", 1150, "ý kiến, kiến nghị"),
 Q("14 khu vực", 14, "khu vực"), Q("60 triệu đồng", 60000000, "đồng"), Q("400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "56", "KH-MTTQ-BTT", "2022-02-10", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 56/KH-MTTQ-BTT ngày 10/2/2022"),
 D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Chỉ thị", "17", "CT/TW", "2017-10-21", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 21/10/2017 của Ban Bí thư")],
[prov("Cần Thơ"), com("An Khánh"), com("Trường Xuân A")],
["Báo Cần Thơ Online", "Thời sự | Mặt trận - Đoàn thể", "Bà Huỳnh Thị Kim Chi phát biểu tại hội nghị. Ảnh: Bảo Trân",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Tổ dân phố không rác thải nhựa",
 "Lượt xem: 612"],
["14:35 - 08/07/2022", "6 tháng đầu năm 2022", "6 tháng cuối năm", "6 tháng đầu năm", "Tết Nhâm Dần",
 "nhiệm kỳ 2024 - 2029", "Lượt xem: 612"]))

PAGES.append(page("b1291-haiphong-lechan-giaoban-thang9-2022", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Bạn đang xem: Trang chủ > Thời sự > Chính trị
Thứ Sáu, 30/09/2022 | 16:10
Quận Lê Chân: vận động 126 hộ dân bàn giao mặt bằng trong tháng 9
(HP) - Chiều 29/9, Ban Dân vận Quận ủy Lê Chân tổ chức giao ban công tác dân vận tháng 9/2022, triển khai nhiệm vụ tháng 10. Đồng chí Vũ Thị Lan Hương, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì.
Quang cảnh buổi giao ban.
Theo Ban Dân vận Quận ủy, Lê Chân là một trong những quận có nhiều dự án chỉnh trang đô thị của thành phố Hải Phòng; vận động nhân dân đồng thuận giải phóng mặt bằng được xác định là nhiệm vụ trọng tâm của khối dân vận năm 2022, theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Trong tháng 9, khối dân vận quận đã phối hợp với các phường vận động 126 hộ dân bàn giao mặt bằng dự án tuyến đường Hồ Sen - Cầu Rào 2, nâng tổng số hộ đã bàn giao từ đầu năm lên 412 hộ. Lãnh đạo quận và 15 phường tổ chức 15 buổi tiếp công dân định kỳ; tiếp nhận 7 đơn thư, đã giải quyết 5 đơn. Mặt trận và các đoàn thể huy động 3.200 lượt đoàn viên, hội viên ra quân vệ sinh môi trường, khơi thông cống rãnh sau bão số 4; vận động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do bão được 186 triệu đồng.
Ban Dân vận Quận ủy đã tham mưu Ban Thường vụ Quận ủy sơ kết 1 năm thực hiện Chỉ thị số 08-CT/QU về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm, gắn với Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII; đồng thời ban hành Kế hoạch số 61-KH/BDVQU hướng dẫn các phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.
Tại buổi giao ban, Bí thư Đảng ủy phường Dư Hàng Kênh Trần Văn Tâm cho biết phường còn 9 hộ chưa đồng thuận giá bồi thường; Đảng ủy đã phân công từng đảng viên phụ trách, kiên trì đối thoại. Bà Nguyễn Thị Nga, Trưởng khối dân vận phường Vĩnh Niệm, đề nghị thành phố sớm ban hành quy định mới thay thế Quyết định số 35/2022/QĐ-UBND của UBND thành phố về đơn giá bồi thường để phù hợp giá thị trường.
Kết luận buổi giao ban, đồng chí Vũ Thị Lan Hương yêu cầu trong tháng 10, các phường tập trung giải quyết dứt điểm kiến nghị của 9 hộ dân tại phường Dư Hàng Kênh, không để phát sinh khiếu kiện đông người; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 178 khu dân cư; tiếp tục nhân rộng mô hình "Tuyến phố văn minh" ở phường Kênh Dương.
Minh Châu
Lượt xem: 389
Bài viết liên quan
- Lê Chân: đối thoại với hộ dân dự án Hồ Sen - Cầu Rào 2 (12/09/2022)
- Giao ban công tác dân vận tháng 8/2022 (30/08/2022)
- Hải Phòng biểu dương 100 mô hình "Dân vận khéo" (15/08/2022)
""", "2022-09-30", "Quận Lê Chân: vận động 126 hộ dân bàn giao mặt bằng trong tháng 9",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Vũ Thị Lan Hương", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Trần Văn Tâm", "Bí thư Đảng ủy phường Dư Hàng Kênh"),
 P("Nguyễn Thị Nga", "Trưởng khối dân vận phường Vĩnh Niệm")],
[Q("126 hộ dân", 126, "hộ dân"), Q("412 hộ", 412, "hộ"), Q("15 phường", 15, "phường"),
 Q("15 buổi tiếp công dân định kỳ", 15, "buổi tiếp công dân định kỳ"), Q("7 đơn thư", 7, "đơn thư"), Q("5 đơn", 5, "đơn"),
 Q("3.200 lượt đoàn viên, hội viên", 3200, "lượt đoàn viên, hội viên"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("9 hộ", 9, "hộ"), Q("178 khu dân cư", 178, "khu dân cư")],
[D("Chỉ thị", "08", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 08-CT/QU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Kế hoạch", "61", "KH/BDVQU", None, "Ban Dân vận Quận ủy", "Kế hoạch số 61-KH/BDVQU"),
 D("Quyết định", "35", "2022/QĐ-UBND", None, "UBND thành phố", "Quyết định số 35/2022/QĐ-UBND của UBND thành phố")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm"), com("Kênh Dương")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Bạn đang xem: Trang chủ > Thời sự > Chính trị", "(HP)", "Quang cảnh buổi giao ban.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Tuyến phố văn minh",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Lượt xem: 389"],
["Thứ Sáu, 30/09/2022 | 16:10", "tháng 9/2022", "tháng 10", "bão số 4", "1 năm", "khóa XII", "năm 2022", "Lượt xem: 389"]))

PAGES.append(page("b1292-sonla-mttq-bangiao-nha-2023", """
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Xã hội › An sinh xã hội
14/11/2023 - 07:50
Bàn giao 20 nhà Đại đoàn kết cho hộ nghèo huyện Sốp Cộp
Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định hỗ trợ cho các hộ nghèo. Ảnh: Lò Hương
Ngày 13/11, Ủy ban MTTQ Việt Nam tỉnh Sơn La phối hợp với Ngân hàng Thương mại cổ phần Công Thương Việt Nam - Chi nhánh Sơn La tổ chức lễ bàn giao 20 nhà Đại đoàn kết cho hộ nghèo tại xã Mường Lạn và xã Mường Lèo, huyện Sốp Cộp. Dự buổi lễ có bà Cầm Thị Phong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Quàng Văn Hương, HUV, Phó Chủ tịch UBND huyện Sốp Cộp.
Các căn nhà được xây dựng theo tiêu chí "3 cứng" (nền cứng, khung cứng, mái cứng), diện tích từ 40 m2 trở lên. Mỗi căn nhà được hỗ trợ 50 triệu đồng, tổng kinh phí 1 tỷ đồng do ngân hàng tài trợ; các hộ tự đóng góp thêm và được bà con trong bản giúp hơn 600 ngày công. Việc hỗ trợ nằm trong kế hoạch thực hiện Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và Kế hoạch số 168-KH/TU của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát cho hộ nghèo.
Theo ông Quàng Văn Hương, Sốp Cộp là huyện biên giới, tỷ lệ hộ nghèo còn trên 36%; huyện còn 412 hộ đang ở nhà tạm, nhà dột nát, chủ yếu là đồng bào Mông, Khơ Mú ở vùng sâu. Trong năm 2023, Mặt trận các cấp trong huyện đã vận động xây mới 64 căn nhà, sửa chữa 18 căn nhà cho hộ khó khăn.
Ông Lường Văn Pâng, bản Huổi Lạ, xã Mường Lèo, một trong những hộ nhận nhà, xúc động: "Trước đây cả nhà 6 người ở trong căn nhà tranh, mùa mưa dột khắp nơi. Nay có nhà mới, con cháu yên tâm đi học, đi làm".
Phát biểu tại buổi lễ, bà Cầm Thị Phong cho biết năm 2023, Quỹ "Vì người nghèo" tỉnh Sơn La đã hỗ trợ xây mới, sửa chữa 455 nhà Đại đoàn kết với tổng kinh phí trên 22 tỷ đồng. Bà đề nghị cấp ủy, chính quyền và Mặt trận các xã tiếp tục giám sát việc sử dụng nhà, hướng dẫn các hộ phát triển sản xuất để sớm thoát nghèo bền vững; thực hiện tốt Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 20 chăn ấm và 20 suất quà, trị giá 500.000 đồng/suất, cho các hộ được nhận nhà. Được biết, từ nay đến cuối năm, Ủy ban MTTQ Việt Nam tỉnh tiếp tục phối hợp với các doanh nghiệp khởi công thêm 35 nhà Đại đoàn kết tại các huyện Mường La, Bắc Yên, Phù Yên.
Lò Hương
Lượt xem: 472
Tin liên quan
- Mai Sơn: khởi công 15 nhà Đại đoàn kết (06/11/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ở bản Nà Ngùa (02/11/2023)
- Mặt trận tỉnh giám sát chính sách người có uy tín (25/10/2023)
""", "2023-11-14", "Bàn giao 20 nhà Đại đoàn kết cho hộ nghèo huyện Sốp Cộp",
E("trao_qua", None, "2023-11-13"),
[P("Cầm Thị Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hương", "HUV", "Phó Chủ tịch UBND huyện Sốp Cộp"),
 P("Lường Văn Pâng")],
[Q("20 nhà Đại đoàn kết", 20, "nhà Đại đoàn kết"), Q("40 m2", 40, "m2", "over"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("1 tỷ đồng", 1000000000, "đồng"), Q("hơn 600 ngày công", 600, "ngày công", "over"), Q("trên 36%", 36, "%", "over"),
 Q("412 hộ", 412, "hộ"), Q("64 căn nhà", 64, "căn nhà"), Q("18 căn nhà", 18, "căn nhà"), Q("6 người", 6, "người"),
 Q("455 nhà Đại đoàn kết", 455, "nhà Đại đoàn kết"), Q("trên 22 tỷ đồng", 22000000000, "đồng", "over"),
 Q("20 chăn ấm", 20, "chăn ấm"), Q("35 nhà Đại đoàn kết", 35, "nhà Đại đoàn kết"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Kế hoạch", "168", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 168-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sơn La"), com("Mường Lạn"), com("Mường Lèo")],
["BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Xã hội › An sinh xã hội",
 "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định hỗ trợ cho các hộ nghèo. Ảnh: Lò Hương",
 "Ngân hàng Thương mại cổ phần Công Thương Việt Nam - Chi nhánh Sơn La", "3 cứng", "bản Huổi Lạ", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Lượt xem: 472"],
["14/11/2023 - 07:50", "3 cứng", "giai đoạn 2021 - 2025", "năm 2023", "Lượt xem: 472"]))

PAGES.append(page("b1293-dongthap-danvankheo-xoai-2023", """
BÁO ĐỒNG THÁP ONLINE
Trang chủ - Kinh tế - Nông nghiệp
Ngày đăng: 21/06/2023 | 06:45
"Dân vận khéo" giúp nông dân Mỹ Xương liên kết trồng xoài xuất khẩu
Ông Lê Văn Quới (bên trái) kiểm tra vườn xoài của thành viên hợp tác xã. Ảnh: Thanh Tuấn
ĐTO - Từ chỗ mỗi nhà trồng một kiểu, bán cho thương lái với giá bấp bênh, nay nông dân xã Mỹ Xương, huyện Cao Lãnh đã cùng nhau vào hợp tác xã, trồng xoài theo tiêu chuẩn VietGAP, có đầu ra ổn định. Đó là kết quả của mô hình "Dân vận khéo" do Đảng ủy xã chỉ đạo, khối dân vận xã trực tiếp triển khai.
Bà Trần Thị Thu Sương, Phó Bí thư Thường trực Đảng ủy xã Mỹ Xương cho biết, thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã về phát triển kinh tế tập thể giai đoạn 2020 - 2025, cán bộ Mặt trận, Hội Nông dân đã đến từng nhà vận động, tổ chức 24 buổi họp dân, mời các hộ tham quan mô hình liên kết ở địa phương khác. "Ban đầu bà con còn e ngại, sợ vào hợp tác xã bị ràng buộc. Mình phải kiên trì, lấy hiệu quả thực tế để thuyết phục", bà Sương nói.
Hiện Hợp tác xã Xoài Mỹ Xương có 96 thành viên với 185 ha xoài, trong đó 120 ha được cấp mã số vùng trồng. Năm 2022, hợp tác xã tiêu thụ hơn 1.200 tấn xoài, trong đó khoảng 40% xuất khẩu sang Hàn Quốc, Nhật Bản và Úc. Lợi nhuận bình quân của thành viên đạt khoảng 150 triệu đồng/ha, tăng 20% so với sản xuất riêng lẻ.
Ông Lê Văn Quới, Giám đốc Hợp tác xã Xoài Mỹ Xương, chia sẻ: "Nhờ có Đảng ủy, chính quyền và các đoàn thể đứng ra làm cầu nối với doanh nghiệp, bà con mới yên tâm ký hợp đồng bao tiêu". Hợp tác xã còn tạo việc làm thường xuyên cho 45 lao động, phần lớn là phụ nữ trong xã.
Theo đồng chí Đoàn Văn Khởi, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lãnh, mô hình ở Mỹ Xương là một trong 132 mô hình "Dân vận khéo" trên lĩnh vực kinh tế của huyện, góp phần cụ thể hóa Kết luận số 70-KL/TW ngày 9/3/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 5 (khóa IX) về kinh tế tập thể. Huyện đang nhân rộng cách làm này sang các xã Mỹ Hiệp, Bình Thạnh với cây xoài và sen.
Không chỉ phát triển kinh tế, các thành viên hợp tác xã còn tích cực tham gia xây dựng nông thôn mới nâng cao: đóng góp gần 300 triệu đồng làm 2,5 km đường đal, lắp 60 bóng đèn chiếu sáng trên các tuyến đường ấp. Cách làm của Mỹ Xương cũng được Ban Dân vận Tỉnh ủy Đồng Tháp chọn giới thiệu trong chuyên mục "Dân vận khéo" trên sóng phát thanh, truyền hình tỉnh như một điển hình vận động nông dân tham gia kinh tế tập thể.
Thanh Tuấn
Lượt xem: 728
Tin cùng chuyên mục
- Tháp Mười: nông dân liên kết sản xuất lúa chất lượng cao (19/06/2023)
- Sa Đéc chuyển đổi số trong làng hoa (14/06/2023)
- Đồng Tháp có thêm 25 sản phẩm OCOP (07/06/2023)
""", "2023-06-21", '"Dân vận khéo" giúp nông dân Mỹ Xương liên kết trồng xoài xuất khẩu',
E("khac", None, None),
[P("Trần Thị Thu Sương", "Phó Bí thư Thường trực Đảng ủy xã Mỹ Xương"),
 P("Lê Văn Quới", "Giám đốc Hợp tác xã Xoài Mỹ Xương"),
 P("Đoàn Văn Khởi", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lãnh")],
[Q("24 buổi họp dân", 24, "buổi họp dân"), Q("96 thành viên", 96, "thành viên"), Q("185 ha", 185, "ha"),
 Q("120 ha", 120, "ha"), Q("hơn 1.200 tấn", 1200, "tấn", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("20%", 20, "%"), Q("45 lao động", 45, "lao động"),
 Q("132 mô hình", 132, "mô hình"), Q("gần 300 triệu đồng", 300000000, "đồng", "approx"), Q("2,5 km", 2.5, "km"),
 Q("60 bóng đèn chiếu sáng", 60, "bóng đèn chiếu sáng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã"),
 D("Kết luận", "70", "KL/TW", "2020-03-09", "Bộ Chính trị", "Kết luận số 70-KL/TW ngày 9/3/2020 của Bộ Chính trị")],
[prov("Đồng Tháp"), com("Mỹ Xương"), com("Mỹ Hiệp"), com("Bình Thạnh")],
["BÁO ĐỒNG THÁP ONLINE", "Trang chủ - Kinh tế - Nông nghiệp",
 "Ông Lê Văn Quới (bên trái) kiểm tra vườn xoài của thành viên hợp tác xã. Ảnh: Thanh Tuấn", "ĐTO", "Dân vận khéo",
 "VietGAP", "Hợp tác xã Xoài Mỹ Xương", "Nghị quyết Trung ương 5 (khóa IX)", "Lượt xem: 728"],
["Ngày đăng: 21/06/2023 | 06:45", "giai đoạn 2020 - 2025", "Năm 2022", "Nghị quyết Trung ương 5", "khóa IX",
 "Lượt xem: 728"]))

PAGES.append(page("b1294-kontum-daihoi-dttt-2024", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ / Thời sự / Dân tộc - Tôn giáo
17/10/2024 | 16:40
Các đại biểu dự đại hội. Ảnh: N.Hương
Đại hội đại biểu các dân tộc thiểu số tỉnh Kon Tum lần thứ IV năm 2024
(BKT) - Ngày 16/10, UBND tỉnh Kon Tum tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV năm 2024 với chủ đề "Các dân tộc thiểu số tỉnh Kon Tum đoàn kết, phát huy tiềm năng, lợi thế, hội nhập và phát triển bền vững". Dự đại hội có 350 đại biểu chính thức, đại diện cho đồng bào 23 dân tộc thiểu số trong tỉnh.
Đồng chí A Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội khai mạc đại hội. Cùng dự có các đồng chí Y Bríu, A Khiêm - Tỉnh ủy viên; đồng chí Nguyễn Thị Thu Hà, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại đại hội cho biết, giai đoạn 2019 - 2024, tỉnh đã huy động hơn 2.450 tỷ đồng đầu tư cho vùng đồng bào dân tộc thiểu số, trong đó có nguồn vốn thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 29,6% xuống còn 17,4%; có 1.520 hộ được hỗ trợ đất ở, nhà ở; 100% thôn, làng có đường ô tô đến trung tâm.
Đội ngũ người có uy tín phát huy tốt vai trò cầu nối. Thực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số và Nghị quyết số 03-NQ/TU ngày 5/11/2021 của Tỉnh ủy, toàn tỉnh hiện có 712 người có uy tín, đã tham gia hòa giải thành 264 vụ việc, vận động 38 hộ từ bỏ tà đạo.
Phát biểu tại đại hội, Già làng A Hơi, làng Kon Klor, phường Thắng Lợi, bày tỏ: "Đời sống bà con trong làng nay đã khác xưa, nhà nào cũng có điện, có xe máy, con cháu được đi học đại học". Bà Y Thanh, Bí thư Chi bộ thôn Đăk Răng, xã Đăk Long (Đăk Hà), nói về việc vận động phụ nữ Xơ Đăng không tảo hôn.
Phát biểu chỉ đạo, đồng chí A Tuấn đề nghị các cấp, các ngành tiếp tục quan tâm đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số; giữ gìn bản sắc văn hóa cồng chiêng, nhà rông; cảnh giác trước âm mưu lợi dụng vấn đề dân tộc, tôn giáo.
Đại hội đã tôn vinh 85 tập thể, 120 cá nhân điển hình tiên tiến và bầu 12 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ III.
Ngọc Hương
Lượt xem: 1.156
Tin liên quan
- Ngọc Hồi tổ chức đại hội đại biểu các dân tộc thiểu số huyện (10/07/2024)
- Tôn vinh người có uy tín tiêu biểu năm 2024 (28/06/2024)
- Đăk Glei: vận động đồng bào bỏ tảo hôn (14/06/2024)
""", "2024-10-17", "Đại hội đại biểu các dân tộc thiểu số tỉnh Kon Tum lần thứ IV năm 2024",
E("dai_hoi", "2024", "2024-10-16"),
[P("A Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Y Bríu", "Tỉnh ủy viên"), P("A Khiêm", "Tỉnh ủy viên"),
 P("Nguyễn Thị Thu Hà", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hơi", "Già làng"),
 P("Y Thanh", "Bí thư Chi bộ thôn Đăk Răng")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("23 dân tộc thiểu số", 23, "dân tộc thiểu số"),
 Q("hơn 2.450 tỷ đồng", 2450000000000, "đồng", "over"), Q("29,6%", 29.6, "%"), Q("17,4%", 17.4, "%"),
 Q("1.520 hộ", 1520, "hộ"), Q("100%", 100, "%"), Q("712 người có uy tín", 712, "người có uy tín"),
 Q("264 vụ việc", 264, "vụ việc"), Q("38 hộ", 38, "hộ"), Q("85 tập thể", 85, "tập thể"), Q("120 cá nhân", 120, "cá nhân"),
 Q("12 đại biểu", 12, "đại biểu")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư"),
 D("Nghị quyết", "03", "NQ/TU", "2021-11-05", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 5/11/2021 của Tỉnh ủy")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Long")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ / Thời sự / Dân tộc - Tôn giáo", "Các đại biểu dự đại hội. Ảnh: N.Hương", "(BKT)",
 "Các dân tộc thiểu số tỉnh Kon Tum đoàn kết, phát huy tiềm năng, lợi thế, hội nhập và phát triển bền vững",
 "làng Kon Klor", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 1.156"],
["17/10/2024 | 16:40", "lần thứ IV", "năm 2024", "giai đoạn 2019 - 2024", "lần thứ III", "Lượt xem: 1.156"]))
