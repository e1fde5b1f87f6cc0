from lib import *
PAGES = []

PAGES.append(page("b4337-thanhhoa-khoidanvan-giaoban-2023", """
Ban Dân vận Tỉnh ủy Thanh Hóa
Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
Cập nhật: 14:05, 07/04/2023 (GMT+7)
Đồng chí Lê Thị Hạnh phát biểu chỉ đạo tại hội nghị.
Phát huy vai trò chức sắc, chức việc Công giáo trong xây dựng nông thôn mới
Ngày 6/4/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban khối dân vận quý I năm 2023, tập trung đánh giá công tác vận động đồng bào Công giáo. Đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội đồng Thi đua "Dân vận khéo" tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Phúc, Hoàng Thị Thu; đại diện Ban Tôn giáo Sở Nội vụ, Ủy ban MTTQ tỉnh.
Quý I, các địa phương đã tổ chức 214 cuộc thăm, chúc mừng chức sắc, cơ sở tôn giáo nhân dịp Tết Quý Mão; hỗ trợ 3.450 suất quà Tết cho hộ giáo dân khó khăn, tổng trị giá trên 1,7 tỷ đồng. Trên 87% giáo xứ có quy ước, cam kết với chính quyền về giữ gìn an ninh, trật tự; các huyện Nga Sơn, Hậu Lộc, Hà Trung đã có 26 giáo xứ tham gia mô hình "Xứ, họ đạo văn minh, an toàn".
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1125-KL/TU về tiếp tục thực hiện Chỉ thị số 18-CT/TW, đồng thời hướng dẫn các huyện ủy xây dựng kế hoạch thực hiện Kết luận 23, 24-KL/TU về công tác dân vận vùng giáo ven biển. Phối hợp với các ngành giải quyết 9 vụ việc liên quan đất đai, xây dựng cơ sở thờ tự; còn 2 vụ việc tại xã Nga Thiện và phường Quảng Tiến đang được xem xét.
Tại hội nghị, đồng chí Trịnh Văn Hưng, Trưởng Ban Dân vận Huyện ủy Nga Sơn, chia sẻ cách phối hợp với Linh mục Phêrô Mai Văn Luận, Quản hạt Nga Sơn, vận động 112 hộ giáo dân hiến 7.600 m2 đất xây dựng đường ven biển; giáo hạt còn đóng góp 450 triệu đồng xây cầu dân sinh. Bà Maria Lê Thị Xuân, Trưởng ban Công tác Mặt trận thôn Phúc Lãng, xã Nga Liên, cho biết ban công tác đã phối hợp hội đồng giáo xứ hòa giải thành 6 vụ mâu thuẫn.
Đồng chí Lưu Văn Thắng, Chủ tịch Ủy ban MTTQ huyện Hậu Lộc, phản ánh một số giáo xứ tổ chức lễ kỷ niệm, khánh thành nhà thờ với quy mô lớn, thu hút hàng nghìn người từ các tỉnh đến dự, đề nghị ngành chức năng hướng dẫn sớm. Ông Đaminh Trần Văn Lực, Chủ tịch Ủy ban Đoàn kết Công giáo huyện Hà Trung, đề nghị biểu dương kịp thời 35 gia đình giáo dân tiêu biểu trong phong trào hiến đất.
Kết luận hội nghị, đồng chí Lê Thị Hạnh đề nghị quý II tăng cường nắm tình hình các giáo xứ có công trình đang xây dựng; chuẩn bị chu đáo các đoàn thăm, chúc mừng lễ Phục sinh; không để phát sinh "điểm nóng" về tôn giáo. Phấn đấu đến cuối năm 2023 có ít nhất 50 giáo xứ tham gia mô hình.
Lê Hà
Lượt xem: 1.009
Tin liên quan
- Thăm, chúc mừng Tòa Giám mục Thanh Hóa nhân dịp Tết Quý Mão (17/01/2023)
- Hậu Lộc: gặp mặt chức sắc, chức việc các tôn giáo (10/01/2023)
""", "2023-04-07", "Phát huy vai trò chức sắc, chức việc Công giáo trong xây dựng nông thôn mới",
E("giao_ban", "2023-Q1", "2023-04-06"),
[P("Lê Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội đồng Thi đua \"Dân vận khéo\" tỉnh"),
 P("Nguyễn Văn Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hoàng Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Hưng", "Trưởng Ban Dân vận Huyện ủy Nga Sơn"),
 P("Phêrô Mai Văn Luận", "Linh mục", "Quản hạt Nga Sơn"),
 P("Maria Lê Thị Xuân", "Trưởng ban Công tác Mặt trận thôn Phúc Lãng"),
 P("Lưu Văn Thắng", "Chủ tịch Ủy ban MTTQ huyện Hậu Lộc"), P("Đaminh Trần Văn Lực", "Chủ tịch Ủy ban Đoàn kết Công giáo huyện Hà Trung")],
[Q("214 cuộc thăm, chúc mừng", 214, "cuộc thăm, chúc mừng"), Q("3.450 suất quà", 3450, "suất quà"),
 Q("trên 1,7 tỷ đồng", 1700000000, "đồng", "over"), Q("Trên 87%", 87, "%", "over"), Q("26 giáo xứ", 26, "giáo xứ"),
 Q("9 vụ việc", 9, "vụ việc"), Q("2 vụ việc", 2, "vụ việc"), Q("112 hộ giáo dân", 112, "hộ giáo dân"), Q("7.600 m2", 7600, "m2"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("6 vụ mâu thuẫn", 6, "vụ mâu thuẫn"), Q("35 gia đình giáo dân tiêu biểu", 35, "gia đình giáo dân tiêu biểu"), Q("ít nhất 50 giáo xứ", 50, "giáo xứ", "over")],
[D("Kết luận", "1125", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 1125-KL/TU"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị số 18-CT/TW"),
 D("Kết luận", "23", "KL/TU", None, None, "Kết luận 23, 24-KL/TU"),
 D("Kết luận", "24", "KL/TU", None, None, "Kết luận 23, 24-KL/TU")],
[prov("Thanh Hóa"), com("Nga Thiện"), com("Quảng Tiến"), com("Nga Liên")],
["Ban Dân vận Tỉnh ủy Thanh Hóa", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban", "Đồng chí Lê Thị Hạnh phát biểu chỉ đạo tại hội nghị.",
 "Xứ, họ đạo văn minh, an toàn", "điểm nóng", "Lượt xem: 1.009"],
["Cập nhật: 14:05, 07/04/2023 (GMT+7)", "quý I năm 2023", "Quý I", "Tết Quý Mão", "quý II", "cuối năm 2023", "hàng nghìn người", "Lượt xem: 1.009"]))

PAGES.append(page("b4338-quangbinh-giaoxutieubieu-tongket-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Trang chủ » Dân vận các cấp » Tin địa phương
Thứ Sáu, 29/12/2023, 10:30
Ảnh: Khen thưởng các tập thể tiêu biểu trong xây dựng "Giáo xứ tiêu biểu".
Bố Trạch: 19 giáo xứ đạt danh hiệu "Giáo xứ tiêu biểu"
Sáng 28/12, Huyện ủy Bố Trạch tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2023, trong đó dành phần quan trọng đánh giá việc xây dựng "Giáo xứ tiêu biểu" ở vùng đồng bào Công giáo.
Dự hội nghị có đồng chí Trần Thắng Lợi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Hữu Phước, Bí thư Huyện ủy; đồng chí Đinh Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện Bố Trạch.
Bố Trạch là huyện có đông đồng bào Công giáo nhất tỉnh Quảng Bình với trên 31.000 giáo dân, sinh hoạt ở 21 giáo xứ thuộc 2 giáo hạt Bố Trạch, Kẻ Bàng. Năm 2023, 19/21 giáo xứ đạt danh hiệu "Giáo xứ tiêu biểu", tăng 5 giáo xứ so với năm trước. Các giáo xứ đã vận động giáo dân đóng góp gần 6,4 tỷ đồng, hơn 4.000 ngày công làm 12,5 km đường giao thông, 3 nhà văn hóa thôn; hiến 15.300 m2 đất. Hội Caritas các giáo xứ trao 420 suất học bổng, hỗ trợ xây mới 11 nhà ở cho hộ nghèo.
Huyện ủy đã ban hành Nghị quyết chuyên đề số 08-NQ/HU ngày 10/02/2023 về nâng cao hiệu quả công tác vận động đồng bào Công giáo giai đoạn 2023 - 2025 và quy chế phối hợp số 03-QC/HU giữa Ban Dân vận Huyện ủy với UBND huyện. Tuy nhiên, vẫn còn 3 giáo xứ để xảy ra việc xây dựng trái phép công trình phụ trợ; 1 vụ tranh chấp đất giữa giáo họ Cù Lạc với hộ dân ở xã Sơn Lộc kéo dài.
Tại hội nghị, Linh mục Giuse Đặng Văn Trúc, Hạt trưởng giáo hạt Kẻ Bàng, đề nghị huyện hỗ trợ thủ tục đất đai cho 4 nhà thờ giáo họ đã sử dụng ổn định. Đồng chí Nguyễn Thị Thanh Mai, Trưởng Ban Dân vận Huyện ủy, ghi nhận và hứa tham mưu giải quyết trong quý I/2024.
Phát biểu chỉ đạo, đồng chí Trần Thắng Lợi đề nghị Bố Trạch tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, nhân rộng mô hình ra các huyện Quảng Trạch, Lệ Thủy.
Theo đánh giá của Ban Dân vận Huyện ủy, năm 2023 các cấp ủy, chính quyền đã tổ chức 48 cuộc gặp mặt, đối thoại với linh mục, hội đồng giáo xứ; 100% giáo xứ có ban công tác Mặt trận phối hợp với ban hành giáo. Nhiều giáo xứ như Thuận Hòa, Hướng Phương duy trì mô hình "Bữa cơm nghĩa tình" phục vụ người bệnh tại Trung tâm Y tế huyện, mỗi tuần trên 200 suất.
Dịp này, Huyện ủy tặng giấy khen cho 14 tập thể, 22 cá nhân xuất sắc, trong đó có giáo xứ Hòa Ninh (xã Hải Phú) và giáo xứ Chày (thị trấn Hoàn Lão).
Diệu Hương
Lượt xem: 778
Tin liên quan
- Quảng Trạch: gặp mặt linh mục, tu sĩ dịp lễ Giáng sinh (20/12/2023)
- Lệ Thủy sơ kết mô hình "Xứ đạo bình yên" (05/12/2023)
""", "2023-12-29", "Bố Trạch: 19 giáo xứ đạt danh hiệu \"Giáo xứ tiêu biểu\"",
E("tong_ket", "2023", "2023-12-28"),
[P("Trần Thắng Lợi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "Bí thư Huyện ủy"),
 P("Đinh Thị Thu Hà", "Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND huyện Bố Trạch"),
 P("Giuse Đặng Văn Trúc", "Linh mục", "Hạt trưởng giáo hạt Kẻ Bàng"),
 P("Nguyễn Thị Thanh Mai", "Trưởng Ban Dân vận Huyện ủy")],
[Q("19 giáo xứ", 19, "giáo xứ"), Q("trên 31.000 giáo dân", 31000, "giáo dân", "over"), Q("21 giáo xứ", 21, "giáo xứ"),
 Q("2 giáo hạt", 2, "giáo hạt"), Q("5 giáo xứ", 5, "giáo xứ"), Q("gần 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("hơn 4.000 ngày công", 4000, "ngày công", "over"), Q("12,5 km", 12.5, "km"), Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"),
 Q("15.300 m2", 15300, "m2"), Q("420 suất học bổng", 420, "suất học bổng"), Q("11 nhà ở", 11, "nhà ở"), Q("3 giáo xứ", 3, "giáo xứ"),
 Q("1 vụ tranh chấp đất", 1, "vụ tranh chấp đất"), Q("4 nhà thờ giáo họ", 4, "nhà thờ giáo họ"), Q("14 tập thể", 14, "tập thể"),
 Q("22 cá nhân xuất sắc", 22, "cá nhân xuất sắc"), Q("48 cuộc gặp mặt, đối thoại", 48, "cuộc gặp mặt, đối thoại"),
 Q("100%", 100, "%"), Q("trên 200 suất", 200, "suất", "over")],
[D("Nghị quyết", "08", "NQ/HU", "2023-02-10", "Huyện ủy", "Nghị quyết chuyên đề số 08-NQ/HU ngày 10/02/2023"),
 D("Quy chế phối hợp", "03", "QC/HU", None, None, "quy chế phối hợp số 03-QC/HU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW")],
[prov("Quảng Bình"), com("Sơn Lộc"), com("Hải Phú"), com("Hoàn Lão")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Trang chủ » Dân vận các cấp » Tin địa phương",
 "Ảnh: Khen thưởng các tập thể tiêu biểu trong xây dựng \"Giáo xứ tiêu biểu\".", "Giáo xứ tiêu biểu", "Dân vận khéo", "Hội Caritas", "Bữa cơm nghĩa tình", "Lượt xem: 778"],
["Thứ Sáu, 29/12/2023, 10:30", "năm 2023", "giai đoạn 2023 - 2025", "quý I/2024", "Lượt xem: 778"]))

PAGES.append(page("b4339-namdinh-giangsinh-traoqua-2024", """
Báo Nam Định điện tử
Chính trị - Xã hội | Tôn giáo
20/12/2024 - 10:05
Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh và tặng 650 suất quà cho giáo dân nghèo
Nhân dịp lễ Giáng sinh năm 2024, ngày 19/12, đoàn công tác của tỉnh do đồng chí Đặng Gia Khiêm, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Bùi Chu và một số giáo xứ tại huyện Xuân Trường, Giao Thủy.
Tham gia đoàn có các đồng chí: Trần Minh Hiển, Phạm Văn Quý - Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Vũ Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Ảnh: Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng Đức Giám mục Giáo phận Bùi Chu.
Tại Tòa Giám mục Bùi Chu, đoàn đã gửi lời chúc mừng tới Đức cha Giuse Vũ Đình Thạc, Giám mục Giáo phận Bùi Chu, các linh mục, tu sĩ và gần 400.000 giáo dân trong giáo phận. Đồng chí Đặng Gia Khiêm cho biết năm 2024 tăng trưởng kinh tế của tỉnh ước đạt 9,5%, thu hút 46 dự án đầu tư; tỉnh đã hỗ trợ xóa 1.850 nhà tạm, nhà dột nát, trong đó có 612 căn của hộ giáo dân. Đồng bào Công giáo đóng góp trên 120 tỷ đồng xây dựng nông thôn mới kiểu mẫu, hiến hơn 35.000 m2 đất; Caritas Bùi Chu duy trì 14 bếp ăn từ thiện tại các bệnh viện.
Theo Kế hoạch số 245/KH-UBND ngày 12/9/2024 của UBND tỉnh và Kết luận 91, 92-KL/TU của Ban Thường vụ Tỉnh ủy, việc xóa nhà tạm ở vùng giáo được ưu tiên hoàn thành trước 31/12/2024; các giáo xứ vận động thêm hơn 2.000 ngày công giúp các hộ làm nhà.
Đức cha Giuse Vũ Đình Thạc cảm ơn lãnh đạo tỉnh, cho biết giáo phận đã hướng dẫn 87 giáo xứ tổ chức mừng lễ an toàn, tiết kiệm; đề nghị tỉnh quan tâm cấp giấy chứng nhận quyền sử dụng đất cho một số cơ sở tôn giáo.
Cùng ngày, đoàn đã thăm giáo xứ Hưng Nghĩa, xã Xuân Hòa và giáo xứ Quần Phương, xã Hải Hưng; tặng 650 suất quà cho hộ giáo dân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng. Linh mục Antôn Đỗ Quang Minh, Chánh xứ giáo xứ Hưng Nghĩa, cho biết nhờ sự vận động của giáo xứ, đã có 126 hộ giáo dân thoát nghèo trong giai đoạn 2021 - 2024.
Trước đó, đồng chí Trần Minh Hiển, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh đã thăm, chúc mừng Giáng sinh các giáo xứ thuộc Giáo phận Thái Bình trên địa bàn huyện Nghĩa Hưng, tặng 200 suất quà, tổng trị giá 200 triệu đồng. Đồng chí Phạm Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dẫn đoàn thăm Tòa Tổng Giám mục Hà Nội (phần Nam Định).
Hồng Minh
Lượt xem: 4.106
Tin khác
- Giao Thủy: tặng 300 suất quà cho giáo dân nghèo dịp Giáng sinh (18/12/2024)
- Ban Dân vận Tỉnh ủy gặp mặt các linh mục quản xứ (13/12/2024)
- Nam Định: 98% gia đình Công giáo đạt gia đình văn hóa (05/12/2024)
""", "2024-12-20", "Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh và tặng 650 suất quà cho giáo dân nghèo",
E("trao_qua", None, "2024-12-19"),
[P("Đặng Gia Khiêm", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Trần Minh Hiển", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Phạm Văn Quý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Vũ Đình Thạc", "Đức cha", "Giám mục Giáo phận Bùi Chu"),
 P("Antôn Đỗ Quang Minh", "Linh mục", "Chánh xứ giáo xứ Hưng Nghĩa")],
[Q("650 suất quà", 650, "suất quà"), Q("gần 400.000 giáo dân", 400000, "giáo dân", "approx"), Q("9,5%", 9.5, "%", "approx"),
 Q("46 dự án đầu tư", 46, "dự án đầu tư"), Q("1.850 nhà tạm, nhà dột nát", 1850, "nhà tạm, nhà dột nát"), Q("612 căn", 612, "căn"),
 Q("trên 120 tỷ đồng", 120000000000, "đồng", "over"), Q("hơn 35.000 m2", 35000, "m2", "over"), Q("14 bếp ăn từ thiện", 14, "bếp ăn từ thiện"),
 Q("87 giáo xứ", 87, "giáo xứ"), Q("1 triệu đồng", 1000000, "đồng"), Q("126 hộ giáo dân", 126, "hộ giáo dân"), Q("200 suất quà", 200, "suất quà"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("hơn 2.000 ngày công", 2000, "ngày công", "over")],
[D("Kế hoạch", "245", "KH-UBND", "2024-09-12", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 12/9/2024"),
 D("Kết luận", "91", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 91, 92-KL/TU"),
 D("Kết luận", "92", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 91, 92-KL/TU")],
[prov("Nam Định"), com("Xuân Hòa"), com("Hải Hưng")],
["Báo Nam Định điện tử", "Chính trị - Xã hội | Tôn giáo", "Ảnh: Đồng chí Bí thư Tỉnh ủy tặng hoa chúc mừng Đức Giám mục Giáo phận Bùi Chu.",
 "Tòa Giám mục Bùi Chu", "Caritas Bùi Chu", "Tòa Tổng Giám mục Hà Nội", "Lượt xem: 4.106"],
["20/12/2024 - 10:05", "Giáng sinh năm 2024", "năm 2024", "giai đoạn 2021 - 2024", "31/12/2024", "Lượt xem: 4.106"]))

PAGES.append(page("b4340-ninhbinh-phucsinh-chucmung-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN - TỈNH NINH BÌNH
Trang chủ > Tin tức > Chính trị - Xã hội
Ngày đăng 30/03/2024 | 16:20
Lãnh đạo huyện Kim Sơn thăm, chúc mừng lễ Phục sinh các giáo xứ
Nhân dịp lễ Phục sinh năm 2024, ngày 29/3, đoàn công tác huyện Kim Sơn do đồng chí Phạm Thế Luân, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Phát Diệm và các giáo xứ Phát Diệm, Tôn Đạo, Như Tân.
Cùng đi có đồng chí Trần Thị Thúy Hằng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Đinh Văn Cường - Trưởng Ban Dân vận Huyện ủy, Nguyễn Thị Vân - Chủ tịch Ủy ban MTTQ huyện.
Ảnh: Đoàn công tác chúc mừng Tòa Giám mục Phát Diệm.
Tại Tòa Giám mục Phát Diệm, đồng chí Phạm Thế Luân gửi lời chúc mừng tới Đức cha Phaolô Nguyễn Văn Tôn, Giám mục chính tòa Giáo phận Phát Diệm; Linh mục Giuse Trần Văn Quang, Tổng Đại diện, Chánh xứ giáo xứ Phát Diệm cùng các linh mục, tu sĩ và giáo dân.
Đồng chí thông tin, quý I năm 2024, kinh tế của huyện tăng trưởng 8,2%; Kim Sơn đang phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao, trong đó có các xã vùng giáo Kim Chính, Thượng Kiệm. Là địa bàn có đông đồng bào Công giáo nhất tỉnh Ninh Bình, huyện có trên 63.000 giáo dân, chiếm khoảng 35% dân số, sinh hoạt tại 27 giáo xứ. Những năm qua, đồng bào Công giáo đã chung tay xây dựng quê hương: riêng năm 2023 đóng góp gần 18 tỷ đồng, hiến 9.200 m2 đất, 98,5% hộ giáo dân đạt gia đình văn hóa.
Đồng chí đề nghị Giáo phận tiếp tục động viên giáo dân thực hiện tốt Luật Tín ngưỡng, tôn giáo, Chỉ thị số 05-CT/HU ngày 05/01/2023 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận ở vùng giáo; phối hợp với chính quyền hoàn thiện thủ tục tu bổ quần thể kiến trúc nhà thờ đá Phát Diệm theo đúng quy định về di tích.
Đức cha Phaolô Nguyễn Văn Tôn cảm ơn sự quan tâm của cấp ủy, chính quyền, cho biết Giáo phận đã chỉ đạo 84 giáo xứ tổ chức đại lễ an toàn; mong huyện tiếp tục tạo điều kiện cho các hoạt động bác ái, giáo dục mầm non của các dòng tu.
Cùng ngày, đồng chí Trần Thị Thúy Hằng thăm, chúc mừng giáo xứ Hảo Nho (xã Yên Lộc) và giáo xứ Văn Hải (thị trấn Bình Minh). Linh mục Vinhsơn Phạm Văn Kiên, Chánh xứ giáo xứ Văn Hải, chia sẻ giáo xứ có 1.420 giáo dân, năm qua đã vận động giáo dân tham gia đóng góp xây dựng 2 km đường bê tông nội đồng.
Dịp này, Ban Dân vận Huyện ủy cũng gửi thư chúc mừng tới 27 linh mục chánh xứ và các hội đồng mục vụ trên địa bàn.
Kim Dung - Trung tâm VH-TT&TT huyện
Lượt truy cập: 1.871
Tin liên quan
- Kim Sơn: tổng kết công tác dân vận năm 2023 (26/12/2023)
- Hội nghị gặp mặt chức sắc, chức việc các tôn giáo (22/01/2024)
""", "2024-03-30", "Lãnh đạo huyện Kim Sơn thăm, chúc mừng lễ Phục sinh các giáo xứ",
E("khac", None, "2024-03-29"),
[P("Phạm Thế Luân", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy"),
 P("Trần Thị Thúy Hằng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Đinh Văn Cường", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Vân", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Phaolô Nguyễn Văn Tôn", "Đức cha", "Giám mục chính tòa Giáo phận Phát Diệm"),
 P("Giuse Trần Văn Quang", "Linh mục", "Tổng Đại diện", "Chánh xứ giáo xứ Phát Diệm"),
 P("Vinhsơn Phạm Văn Kiên", "Linh mục", "Chánh xứ giáo xứ Văn Hải")],
[Q("8,2%", 8.2, "%"), Q("3 xã", 3, "xã"), Q("trên 63.000 giáo dân", 63000, "giáo dân", "over"), Q("khoảng 35%", 35, "%", "approx"),
 Q("27 giáo xứ", 27, "giáo xứ"), Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("9.200 m2", 9200, "m2"), Q("98,5%", 98.5, "%"),
 Q("84 giáo xứ", 84, "giáo xứ"), Q("1.420 giáo dân", 1420, "giáo dân"), Q("2 km", 2, "km"), Q("27 linh mục chánh xứ", 27, "linh mục chánh xứ")],
[D("Chỉ thị", "05", "CT/HU", "2023-01-05", "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU ngày 05/01/2023")],
[prov("Ninh Bình"), com("Kim Chính"), com("Thượng Kiệm"), com("Yên Lộc"), com("Bình Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN - TỈNH NINH BÌNH", "Trang chủ > Tin tức > Chính trị - Xã hội", "Ảnh: Đoàn công tác chúc mừng Tòa Giám mục Phát Diệm.",
 "Luật Tín ngưỡng, tôn giáo", "nhà thờ đá Phát Diệm", "Lượt truy cập: 1.871"],
["Ngày đăng 30/03/2024 | 16:20", "Phục sinh năm 2024", "quý I năm 2024", "năm 2023", "Lượt truy cập: 1.871"]))

PAGES.append(page("b4341-hatinh-bdv-soket-2025", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
You are here: Trang chủ » Tin tức » Hoạt động của Ban
Hôm nay: Thứ Hai, 30/06/2025
27.06.2025 | 15:45
Toàn cảnh hội nghị.
Hà Tĩnh: 42 giáo xứ đạt chuẩn "Giáo xứ bình an, văn minh"
Chiều 26/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025 và bàn giải pháp chuẩn bị cho hoạt động của khối dân vận khi vận hành chính quyền địa phương 2 cấp. Đồng chí Trần Thị Ngọc Trâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo do đồng chí Đặng Quốc Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, 6 tháng đầu năm, 42 giáo xứ đã đạt chuẩn "Giáo xứ bình an, văn minh", vượt 7 giáo xứ so với kế hoạch năm. Toàn tỉnh có khoảng 163.000 giáo dân, sinh hoạt ở 86 giáo xứ thuộc Giáo phận Hà Tĩnh; trong 6 tháng, các cấp đã tổ chức 138 cuộc gặp mặt, tiếp xúc chức sắc, chức việc, tặng 2.260 suất quà cho giáo dân nghèo dịp lễ Phục sinh với tổng kinh phí 1,13 tỷ đồng.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 318, 319-KL/TU về công tác đối với đạo Công giáo trong giai đoạn mới và về giải quyết các vụ việc đất đai tôn giáo tồn đọng; ban hành Hướng dẫn số 27-HD/BDVTU ngày 14/4/2025 về rà soát mô hình "Dân vận khéo" trước khi sắp xếp đơn vị hành chính. Đã phối hợp giải quyết 14/19 vụ việc; còn 5 vụ việc, trong đó vụ tranh chấp 2.800 m2 đất giữa giáo xứ Thuận Nghĩa với Công ty cổ phần cảng ở xã Kỳ Hà và vụ xây dựng tường rào nhà thờ giáo họ Đông Yên, xã Kỳ Lợi đang kéo dài.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Lê Văn Hòa (Kỳ Anh), Phan Thị Quỳnh Như (Cẩm Xuyên) kiến nghị sớm có hướng dẫn chuyển giao nhiệm vụ theo dõi các giáo xứ về Đảng ủy xã mới. Đồng chí Bùi Văn Trọng, Chủ tịch Ủy ban MTTQ thị xã Kỳ Anh, đề nghị giữ ổn định đội ngũ cán bộ phụ trách công tác tôn giáo ở 12 xã, phường vùng giáo.
Linh mục Giuse Đậu Văn Hạnh, Ủy viên Ủy ban MTTQ tỉnh, Trưởng ban Công lý và Hòa bình Giáo phận Hà Tĩnh, khẳng định Giáo phận ủng hộ việc sắp xếp, đề nghị chính quyền cấp xã mới sớm công khai đầu mối tiếp nhận kiến nghị của các giáo xứ.
Phát biểu kết luận, đồng chí Trần Thị Ngọc Trâm yêu cầu thực hiện nghiêm Kết luận số 137-KL/TW, 150-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy; không để gián đoạn công tác nắm tình hình vùng giáo; 6 tháng cuối năm phấn đấu thêm ít nhất 15 giáo xứ đạt chuẩn.
Thu Hà
Lượt xem: 1.366
Tin liên quan
- Gặp mặt linh mục quản xứ nhân dịp lễ Phục sinh (18/04/2025)
- Vũ Quang: hiệp thương giới thiệu người có uy tín trong vùng giáo (02/04/2025)
""", "2025-06-27", "Hà Tĩnh: 42 giáo xứ đạt chuẩn \"Giáo xứ bình an, văn minh\"",
E("so_ket", "2025-H1", "2025-06-26"),
[P("Trần Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Quốc Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Trưởng Ban Dân vận Huyện ủy"), P("Phan Thị Quỳnh Như", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Văn Trọng", "Chủ tịch Ủy ban MTTQ thị xã Kỳ Anh"),
 P("Giuse Đậu Văn Hạnh", "Linh mục", "Ủy viên Ủy ban MTTQ tỉnh", "Trưởng ban Công lý và Hòa bình Giáo phận Hà Tĩnh")],
[Q("42 giáo xứ", 42, "giáo xứ"), Q("7 giáo xứ", 7, "giáo xứ"), Q("khoảng 163.000 giáo dân", 163000, "giáo dân", "approx"),
 Q("86 giáo xứ", 86, "giáo xứ"), Q("138 cuộc gặp mặt, tiếp xúc", 138, "cuộc gặp mặt, tiếp xúc"), Q("2.260 suất quà", 2260, "suất quà"),
 Q("1,13 tỷ đồng", 1130000000, "đồng"), Q("14/19 vụ việc", 14, "vụ việc"), Q("5 vụ việc", 5, "vụ việc"), Q("2.800 m2", 2800, "m2"),
 Q("12 xã, phường vùng giáo", 12, "xã, phường vùng giáo"), Q("ít nhất 15 giáo xứ", 15, "giáo xứ", "over")],
[D("Kết luận", "318", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 318, 319-KL/TU"),
 D("Kết luận", "319", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 318, 319-KL/TU"),
 D("Hướng dẫn", "27", "HD/BDVTU", "2025-04-14", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 27-HD/BDVTU ngày 14/4/2025"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận số 137-KL/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "150-KL/TW")],
[prov("Hà Tĩnh"), com("Kỳ Hà"), com("Kỳ Lợi")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "You are here: Trang chủ » Tin tức » Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Giáo xứ bình an, văn minh", "Dân vận khéo", "Công ty cổ phần cảng", "Lượt xem: 1.366"],
["Hôm nay: Thứ Hai, 30/06/2025", "6 tháng đầu năm", "6 tháng cuối năm 2025", "chính quyền địa phương 2 cấp", "Lượt xem: 1.366"]))

PAGES.append(page("b4342-nghean-xaquynhphu-doithoai-2025", """
ĐẢNG ỦY - HĐND - UBND XÃ QUỲNH PHÚ
Trang chủ » Tin tức - Sự kiện » Dân vận
Thứ Sáu, 17/10/2025 - 08:30
Ảnh: Đồng chí Bí thư Đảng ủy xã trả lời ý kiến của giáo dân.
Bí thư Đảng ủy xã Quỳnh Phú đối thoại với nhân dân vùng giáo
Ngày 16/10/2025, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Quỳnh Phú (tỉnh Nghệ An) tổ chức Hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tập trung vào những vấn đề đồng bào Công giáo các giáo xứ Song Ngọc, Phú Yên, Đồng Hới quan tâm sau khi sáp nhập xã.
Chủ trì hội nghị có đồng chí Hồ Đức Thịnh, Bí thư Đảng ủy xã; đồng chí Nguyễn Thị Lan Anh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Trần Văn Hải, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có Linh mục Phêrô Hoàng Văn Sơn, Chánh xứ giáo xứ Song Ngọc, Hạt trưởng giáo hạt Quỳnh Lưu và 165 đại biểu là giáo dân, hội đồng mục vụ, trưởng xóm.
Xã Quỳnh Phú được thành lập từ 4 xã cũ, có 31.540 nhân khẩu, trong đó gần 9.800 giáo dân sinh hoạt tại 3 giáo xứ, 11 giáo họ. Thực hiện Kế hoạch số 09-KH/ĐU ngày 20/8/2025 của Ban Thường vụ Đảng ủy xã và Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở, trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 23 ý kiến, kiến nghị của nhân dân.
Tại hội nghị, ông Gioan Nguyễn Văn Tình, Chủ tịch Hội đồng mục vụ giáo xứ Phú Yên, đề nghị xã sớm giải quyết việc 1.150 m2 đất ao cạnh nhà thờ mà giáo xứ đã sử dụng từ năm 1987 nhưng chưa được cấp giấy chứng nhận. Bà Maria Hồ Thị Hương, xóm Song Ngọc 2, phản ánh thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã còn chậm, nhiều người cao tuổi phải đi lại 3 - 4 lần. Ông Phaolô Trần Văn Ánh, trưởng xóm Đồng Hới, đề nghị hỗ trợ 17 hộ ngư dân giáo dân bị thiệt hại do bão số 5 năm 2025.
Đồng chí Hồ Đức Thịnh trả lời trực tiếp 19 ý kiến; với thửa đất ao, xã đã lập hồ sơ theo Nghị định số 102/2024/NĐ-CP và sẽ trình UBND tỉnh trong quý IV/2025. Xã cũng dành 340 triệu đồng từ quỹ "Vì người nghèo" hỗ trợ các hộ ngư dân, mỗi hộ 20 triệu đồng. Đối với thủ tục hành chính, đồng chí Nguyễn Thị Lan Anh cho biết xã đã bố trí thêm 2 công chức tại bộ phận một cửa, đến nay 96,5% hồ sơ được giải quyết đúng hạn.
Linh mục Phêrô Hoàng Văn Sơn đánh giá cao tinh thần cầu thị của chính quyền xã mới, khẳng định các giáo xứ tiếp tục đồng hành thực hiện phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Văn Hoàng
Lượt xem: 596
Tin khác
- Xã Quỳnh Phú ra mắt Ban công tác Mặt trận 28 xóm (20/09/2025)
- Đại hội Đảng bộ xã Quỳnh Phú lần thứ I, nhiệm kỳ 2025 - 2030 (02/08/2025)
""", "2025-10-17", "Bí thư Đảng ủy xã Quỳnh Phú đối thoại với nhân dân vùng giáo",
E("doi_thoai", "2025", "2025-10-16"),
[P("Hồ Đức Thịnh", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Lan Anh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Văn Hải", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phêrô Hoàng Văn Sơn", "Linh mục", "Chánh xứ giáo xứ Song Ngọc", "Hạt trưởng giáo hạt Quỳnh Lưu"),
 P("Gioan Nguyễn Văn Tình", "Chủ tịch Hội đồng mục vụ giáo xứ Phú Yên"),
 P("Maria Hồ Thị Hương"),
 P("Phaolô Trần Văn Ánh", "trưởng xóm Đồng Hới")],
[Q("165 đại biểu", 165, "đại biểu"), Q("4 xã cũ", 4, "xã cũ"), Q("31.540 nhân khẩu", 31540, "nhân khẩu"),
 Q("gần 9.800 giáo dân", 9800, "giáo dân", "approx"), Q("3 giáo xứ", 3, "giáo xứ"), Q("11 giáo họ", 11, "giáo họ"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("1.150 m2", 1150, "m2"), Q("17 hộ ngư dân giáo dân", 17, "hộ ngư dân giáo dân"),
 Q("19 ý kiến", 19, "ý kiến"), Q("340 triệu đồng", 340000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("2 công chức", 2, "công chức"), Q("96,5%", 96.5, "%")],
[D("Kế hoạch", "09", "KH/ĐU", "2025-08-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 20/8/2025"),
 D("Nghị định", "102", "2024/NĐ-CP", None, None, "Nghị định số 102/2024/NĐ-CP")],
[prov("Nghệ An"), com("Quỳnh Phú")],
["ĐẢNG ỦY - HĐND - UBND XÃ QUỲNH PHÚ", "Trang chủ » Tin tức - Sự kiện » Dân vận", "Ảnh: Đồng chí Bí thư Đảng ủy xã trả lời ý kiến của giáo dân.",
 "Luật Thực hiện dân chủ ở cơ sở", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Trung tâm Phục vụ hành chính công xã", "Lượt xem: 596"],
["Thứ Sáu, 17/10/2025 - 08:30", "năm 2025", "từ năm 1987", "3 - 4 lần", "bão số 5 năm 2025", "quý IV/2025", "Lượt xem: 596"]))
