from lib import *
PAGES = []

PAGES.append(page("b4523-khanhhoa-btsphatgiao-tuthien-tongket-2018", """
Báo Khánh Hòa điện tử
Trang chủ » Xã hội » Tôn giáo - Tín ngưỡng
20/12/2018 - 14:25
Phật giáo Khánh Hòa làm từ thiện hơn 36 tỷ đồng trong năm 2018
Chiều 19-12, Ban Từ thiện xã hội Ban Trị sự GHPGVN tỉnh tổ chức hội nghị tổng kết công tác từ thiện xã hội năm 2018. Thượng tọa Thích Tâm Hạnh Trí, Phó Trưởng ban Trị sự, Trưởng ban Từ thiện xã hội GHPGVN tỉnh chủ trì. Tham dự có bà Nguyễn Thị Hồng Nhạn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Bo Bo Minh Thành, Phó Trưởng Ban Dân tộc tỉnh; các ông Phó Giám đốc Sở Lao động - Thương binh và Xã hội: Lê Đình Khoa, Trịnh Văn Sang.
Thượng tọa Thích Tâm Hạnh Trí trao Giấy khen cho các tập thể. Ảnh: Văn Kỳ
Theo báo cáo, năm 2018 các tự viện, tịnh xá, niệm Phật đường trong tỉnh đã làm công tác từ thiện xã hội với tổng trị giá hơn 36 tỷ đồng, tăng khoảng 15% so với năm trước. Trong đó, xây mới và sửa chữa 64 căn nhà tình thương, tặng 21.500 phần quà cho hộ nghèo, người khuyết tật, đồng bào Raglai ở các xã Khánh Thượng, Sơn Thái; trao 1.150 suất học bổng; duy trì 14 bếp ăn từ thiện tại các bệnh viện, mỗi ngày phục vụ từ 3.000 suất cơm trở lên. Sau cơn bão số 12 cuối năm 2017, các chùa tiếp tục hỗ trợ ngư dân phường Ninh Thủy, xã Vạn Thạnh khôi phục sản xuất với số tiền gần 2,3 tỷ đồng.
Ban Từ thiện xã hội thực hiện Quy chế số 12/QC-BTTXH về quản lý, công khai nguồn tịnh tài từ thiện; phối hợp với Ủy ban MTTQ tỉnh theo Chương trình phối hợp số 05/CTPH-MTTQ-BTS ngày 10/4/2017 trong vận động Quỹ "Vì người nghèo". Hòa thượng Thích Minh Đạo Hải, Trưởng ban Trị sự GHPGVN tỉnh, đã gửi thư kêu gọi 100% tự viện đăng ký ít nhất 1 mô hình an sinh.
Phát biểu tại hội nghị, bà Nguyễn Thị Hồng Nhạn ghi nhận, Phật giáo tỉnh là một trong những lực lượng đồng hành tích cực nhất với Mặt trận trong thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về xã hội hóa công tác giảm nghèo. Bà đề nghị năm 2019 các chùa tiếp tục hướng hỗ trợ về vùng đồng bào dân tộc thiểu số, chú trọng sinh kế bền vững thay cho cho quà đơn thuần.
Hội nghị đã tặng Giấy khen cho 18 tập thể và 43 cá nhân, trong đó có Ni sư Thích Nữ Huệ Nhã Liên, trụ trì tịnh thất Liên Hoa, người 10 năm qua nuôi dưỡng hơn 70 trẻ mồ côi; Đại đức Thích Quảng Viên Thông, Phó ban Từ thiện xã hội thị xã Ninh Hòa.
Văn Kỳ
Lượt xem: 2.046
Tin liên quan
- Khánh Hòa: Tăng Ni, Phật tử hướng về đồng bào miền Trung (12/11/2018)
- Chùa Long Sơn trao 500 phần quà cho người nghèo (28/08/2018)
- Ban Trị sự GHPGVN tỉnh sơ kết 6 tháng đầu năm (15/07/2018)
- Cam Ranh: Ra mắt bếp ăn từ thiện tại Bệnh viện đa khoa khu vực (02/05/2018)
""", "2018-12-20", "Phật giáo Khánh Hòa làm từ thiện hơn 36 tỷ đồng trong năm 2018",
E("tong_ket", "2018", "2018-12-19"),
[P("Thích Tâm Hạnh Trí", "Thượng tọa", "Phó Trưởng ban Trị sự", "Trưởng ban Từ thiện xã hội GHPGVN tỉnh"),
 P("Nguyễn Thị Hồng Nhạn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bo Bo Minh Thành", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lê Đình Khoa", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trịnh Văn Sang", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Thích Minh Đạo Hải", "Hòa thượng", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Nữ Huệ Nhã Liên", "Ni sư", "trụ trì tịnh thất Liên Hoa"),
 P("Thích Quảng Viên Thông", "Đại đức", "Phó ban Từ thiện xã hội thị xã Ninh Hòa")],
[Q("hơn 36 tỷ đồng", 36000000000, "đồng", "over"), Q("khoảng 15%", 15, "%", "approx"),
 Q("64 căn nhà tình thương", 64, "căn nhà tình thương"), Q("21.500 phần quà", 21500, "phần quà"),
 Q("1.150 suất học bổng", 1150, "suất học bổng"), Q("14 bếp ăn từ thiện", 14, "bếp ăn từ thiện"),
 Q("từ 3.000 suất cơm trở lên", 3000, "suất cơm", "over"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("100% tự viện", 100, "%"), Q("ít nhất 1 mô hình an sinh", 1, "mô hình an sinh", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("43 cá nhân", 43, "cá nhân"), Q("hơn 70 trẻ mồ côi", 70, "trẻ mồ côi", "over")],
[D("Quy chế", "12", "QC-BTTXH", None, None, "Quy chế số 12/QC-BTTXH"),
 D("Chương trình phối hợp", "05", "CTPH-MTTQ-BTS", "2017-04-10", None, "Chương trình phối hợp số 05/CTPH-MTTQ-BTS ngày 10/4/2017"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Khánh Hòa"), com("Khánh Thượng"), com("Sơn Thái"), com("Ninh Thủy"), com("Vạn Thạnh")],
["Báo Khánh Hòa điện tử", "Trang chủ » Xã hội » Tôn giáo - Tín ngưỡng",
 "Thượng tọa Thích Tâm Hạnh Trí trao Giấy khen cho các tập thể. Ảnh: Văn Kỳ", "Vì người nghèo", "Lượt xem: 2.046"],
["20/12/2018 - 14:25", "năm 2018", "năm 2019", "bão số 12", "năm 2017", "10 năm", "Lượt xem: 2.046"]))

PAGES.append(page("b4524-thanhhoa-vulan-2019", """
THANH HÓA ONLINE - CƠ QUAN NGÔN LUẬN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH THANH HÓA
Văn hóa - Xã hội / Đời sống / Tôn giáo
15.08.2019 | 07:30
Đại lễ Vu Lan báo hiếu Phật lịch 2563 tại chùa Hàm Rồng.
Ấm áp mùa Vu Lan báo hiếu
Tối 14/8, tại chùa Hàm Rồng (phường Hàm Rồng, thành phố Thanh Hóa), Ban Trị sự GHPGVN tỉnh Thanh Hóa trang nghiêm tổ chức Đại lễ Vu Lan báo hiếu Phật lịch 2563 - Dương lịch 2019 với sự tham dự của khoảng 5.000 chư Tăng Ni, Phật tử và nhân dân.
Chứng minh và chủ trì buổi lễ có Hòa thượng Thích Thanh Giác Minh, Ủy viên Thường trực Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh; Thượng tọa Thích Đức Nguyên Quang, Phó Trưởng ban Thường trực - Chánh Thư ký Ban Trị sự. Về phía tỉnh có đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Hương Giang, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Lò Văn Tuấn, Phó Trưởng ban Tôn giáo Sở Nội vụ.
Tại buổi lễ, Thượng tọa Thích Đức Nguyên Quang đã thuyết giảng ý nghĩa mùa Vu Lan, nhắc nhở người con Phật báo đáp tứ trọng ân. Nghi thức bông hồng cài áo khiến nhiều người xúc động. Trước đó, các chùa đã tổ chức lễ tưởng niệm, cầu siêu anh hùng liệt sĩ nhân kỷ niệm Ngày Thương binh - Liệt sĩ. Ban tổ chức đã thả 2.563 đèn hoa đăng trên sông Mã cầu nguyện quốc thái dân an.
Nhân dịp này, Ban Trị sự trao 350 suất quà, mỗi suất trị giá 500.000 đồng, cho các gia đình chính sách, thân nhân liệt sĩ và 40 Mẹ Việt Nam anh hùng ở các huyện Quan Hóa, Mường Lát, Bá Thước; các chùa Hàm Rồng, Mật Đa, Hồi Long còn tổ chức hiến máu tình nguyện, thu được 186 đơn vị máu. Tổng giá trị quà và hoạt động an sinh trong mùa Vu Lan năm nay ước đạt 1,2 tỷ đồng.
Phát biểu tại buổi lễ, đồng chí Lê Thị Thìn đánh giá, thực hiện Kết luận số 27-KL/TU ngày 16/4/2018 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo, Phật giáo tỉnh đã có nhiều đóng góp thiết thực, đặc biệt trong chương trình xây dựng nhà Đại đoàn kết cho hộ nghèo ở xã Trung Lý và xã Pù Nhi. Đồng chí đề nghị chư Tăng Ni tiếp tục tuyên truyền để Phật tử thực hiện tốt Luật Tín ngưỡng, tôn giáo năm 2016.
Cùng ngày, Ni sư Thích Đàm Tâm Diệu, Trưởng Phân ban Ni giới Ban Trị sự GHPGVN tỉnh, trụ trì chùa Mật Đa, đã trao 20 chiếc xe lăn cho người khuyết tật.
Lê Hoa
Lượt xem: 1.877
Tin khác
- Phật giáo Thanh Hóa khai mạc khóa An cư kiết hạ 2019 (16/06/2019)
- Thăm, chúc mừng Ban Trị sự GHPGVN tỉnh nhân Đại lễ Phật đản (17/05/2019)
- Hội nghị tổng kết công tác tôn giáo năm 2018 (27/12/2018)
- Sầm Sơn: Các chùa tổ chức lễ cầu siêu anh hùng liệt sĩ dịp 27/7 (26/07/2019)
- Phật giáo huyện Thọ Xuân trao 100 suất học bổng (05/07/2019)
""", "2019-08-15", "Ấm áp mùa Vu Lan báo hiếu",
E("khac", None, "2019-08-14"),
[P("Thích Thanh Giác Minh", "Hòa thượng", "Ủy viên Thường trực Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Đức Nguyên Quang", "Thượng tọa", "Phó Trưởng ban Thường trực - Chánh Thư ký Ban Trị sự"),
 P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Tuấn", "Phó Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Thích Đàm Tâm Diệu", "Ni sư", "Trưởng Phân ban Ni giới Ban Trị sự GHPGVN tỉnh", "trụ trì chùa Mật Đa")],
[Q("khoảng 5.000 chư Tăng Ni, Phật tử", 5000, "chư Tăng Ni, Phật tử", "approx"), Q("2.563 đèn hoa đăng", 2563, "đèn hoa đăng"),
 Q("350 suất quà", 350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("40 Mẹ Việt Nam anh hùng", 40, "Mẹ Việt Nam anh hùng"),
 Q("186 đơn vị máu", 186, "đơn vị máu"), Q("ước đạt 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("20 chiếc xe lăn", 20, "chiếc xe lăn")],
[D("Kết luận", "27", "KL/TU", "2018-04-16", "Ban Thường vụ Tỉnh ủy", "Kết luận số 27-KL/TU ngày 16/4/2018")],
[prov("Thanh Hóa"), com("Hàm Rồng"), com("Trung Lý"), com("Pù Nhi")],
["THANH HÓA ONLINE - CƠ QUAN NGÔN LUẬN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH THANH HÓA", "Văn hóa - Xã hội / Đời sống / Tôn giáo",
 "Đại lễ Vu Lan báo hiếu Phật lịch 2563 tại chùa Hàm Rồng.", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 1.877"],
["15.08.2019 | 07:30", "Phật lịch 2563", "Dương lịch 2019", "Lượt xem: 1.877"]))

PAGES.append(page("b4525-gialai-mttq-thamphatdan-2020", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 09:42, 06/05/2020 (GMT+7)
Lãnh đạo tỉnh thăm, chúc mừng Đại lễ Phật đản Phật lịch 2564
(GLO)- Chiều 5-5, đoàn công tác của tỉnh do đồng chí Rơ Châm Long, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc mừng Ban Trị sự GHPGVN tỉnh nhân Đại lễ Phật đản Phật lịch 2564. Cùng đi có đồng chí Ksor H'Bơ Lanh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Sỹ, Phó Giám đốc Sở Nội vụ, Trưởng ban Ban Tôn giáo tỉnh.
Đồng chí Rơ Châm Long tặng hoa chúc mừng Ban Trị sự GHPGVN tỉnh.
Tiếp đoàn có Thượng tọa Thích Quang Thiện Đức, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh, trụ trì chùa Minh Thành; Đại đức Thích Tịnh Huệ Phương, Phó Chánh Thư ký Ban Trị sự. Thượng tọa cho biết, do ảnh hưởng của dịch Covid-19, thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Thông bạch số 051/TB-HĐTS của Ban Thường trực Hội đồng Trị sự, Đại lễ Phật đản năm nay được tổ chức đơn giản tại 164 cơ sở tự viện, không tập trung đông người. Hiện toàn tỉnh có 237 Tăng Ni và khoảng 120.000 tín đồ Phật giáo, trong đó có hơn 3.600 Phật tử là đồng bào Jrai, Bahnar.
Trong đợt dịch vừa qua, các chùa đã trao trên 8.000 phần quà và 45 tấn gạo cho người lao động mất việc; các "ATM gạo" đặt tại chùa Bửu Minh (xã Nghĩa Hưng) và chùa Minh Thành (phường Diên Hồng) mỗi ngày phát 2 tấn gạo. Nhiều Tăng Ni trẻ còn tình nguyện túc trực tại các chốt kiểm soát dịch, nấu cơm chay gửi lực lượng tuyến đầu. Tổng giá trị hỗ trợ ước khoảng 4,5 tỷ đồng.
Thay mặt lãnh đạo tỉnh, đồng chí Rơ Châm Long gửi lời chúc mừng đến chư tôn đức, Tăng Ni, Phật tử; biểu dương tinh thần "tương thân tương ái" của Phật giáo Gia Lai trong phòng, chống dịch; đề nghị Ban Trị sự tiếp tục chỉ đạo các chùa thực hiện nghiêm Kế hoạch 47-KH/BCĐ của Ban Chỉ đạo phòng, chống dịch tỉnh. Đoàn đã trao 15 phần quà, mỗi phần trị giá 1 triệu đồng, cho Ban Trị sự và các chùa.
Cùng ngày, các đoàn do đồng chí Siu Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Đinh Văn Chức, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã thăm, tặng quà Ban Trị sự GHPGVN thị xã Ayun Pa và huyện Chư Sê.
Hồng Thi
Lượt xem: 743
Tin liên quan
- Phật giáo Gia Lai ủng hộ 500 triệu đồng phòng, chống dịch Covid-19 (10/04/2020)
- Chùa Bửu Minh đặt "ATM gạo" hỗ trợ người khó khăn (18/04/2020)
- Ủy ban MTTQ tỉnh phát động ủng hộ phòng, chống dịch (30/03/2020)
- Ban Trị sự GHPGVN tỉnh Gia Lai thông báo tạm dừng tổ chức khóa tu tập trung (25/03/2020)
- Đak Đoa: Chùa Bửu Nghiêm trao quà cho đồng bào Bahnar nghèo (12/02/2020)
""", "2020-05-06", "Lãnh đạo tỉnh thăm, chúc mừng Đại lễ Phật đản Phật lịch 2564",
E("trao_qua", None, "2020-05-05"),
[P("Rơ Châm Long", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Lanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Sỹ", "Phó Giám đốc Sở Nội vụ", "Trưởng ban Ban Tôn giáo tỉnh"),
 P("Thích Quang Thiện Đức", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh", "trụ trì chùa Minh Thành"),
 P("Thích Tịnh Huệ Phương", "Đại đức", "Phó Chánh Thư ký Ban Trị sự"),
 P("Siu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Chức", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("164 cơ sở tự viện", 164, "cơ sở tự viện"), Q("237 Tăng Ni", 237, "Tăng Ni"),
 Q("khoảng 120.000 tín đồ Phật giáo", 120000, "tín đồ Phật giáo", "approx"), Q("hơn 3.600 Phật tử", 3600, "Phật tử", "over"),
 Q("trên 8.000 phần quà", 8000, "phần quà", "over"), Q("45 tấn gạo", 45, "tấn"), Q("2 tấn gạo", 2, "tấn"),
 Q("ước khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("15 phần quà", 15, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Thông bạch", "051", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 051/TB-HĐTS"),
 D("Kế hoạch", "47", "KH/BCĐ", None, "Ban Chỉ đạo phòng, chống dịch tỉnh", "Kế hoạch 47-KH/BCĐ")],
[prov("Gia Lai"), com("Nghĩa Hưng"), com("Diên Hồng")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Đồng chí Rơ Châm Long tặng hoa chúc mừng Ban Trị sự GHPGVN tỉnh.",
 "ATM gạo", "tương thân tương ái", "(GLO)", "Lượt xem: 743"],
["Cập nhật: 09:42, 06/05/2020 (GMT+7)", "Phật lịch 2564", "Covid-19", "Lượt xem: 743"]))

PAGES.append(page("b4526-kiengiang-daihoiphatgiao-2021", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo
Thứ Sáu, 26/11/2021
Ảnh: Ban Trị sự GHPGVN tỉnh nhiệm kỳ 2021 - 2026 ra mắt Đại hội.
Đại hội đại biểu Phật giáo tỉnh Kiên Giang lần thứ IX: Suy cử 63 vị vào Ban Trị sự
Ngày 24/11, tại chùa Tam Bảo (phường Vĩnh Thanh, thành phố Rạch Giá), Ban Trị sự GHPGVN tỉnh Kiên Giang tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ IX, nhiệm kỳ 2021 - 2026, theo hình thức trực tiếp kết hợp trực tuyến với 15 điểm cầu huyện, thành phố do dịch Covid-19. Dự Đại hội có đồng chí Danh Út Huôn, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thanh Thúy, Phó Chủ tịch UBND tỉnh; Hòa thượng Danh Lung, Phó Pháp chủ Hội đồng Chứng minh GHPGVN, Chứng minh Ban Trị sự GHPGVN tỉnh.
Nhiệm kỳ 2017 - 2021, Phật giáo tỉnh có 247 cơ sở tự viện, trong đó 75 chùa Phật giáo Nam tông Khmer, với 3.214 Tăng Ni, sư sãi. Các cấp Giáo hội đã thực hiện Phật sự và công tác từ thiện xã hội đạt hơn 128 tỷ đồng; riêng năm 2021 ủng hộ phòng, chống dịch Covid-19 trên 21 tỷ đồng, hơn 300 tấn rau củ, gạo; 47 Tăng Ni tình nguyện tham gia chăm sóc người bệnh tại các bệnh viện dã chiến. Các chùa Khmer duy trì 52 lớp dạy chữ Khmer cho 2.480 học sinh.
Đại hội suy cử 63 vị vào Ban Trị sự GHPGVN tỉnh nhiệm kỳ 2021 - 2026. Hòa thượng Thích Huệ Chơn Như tiếp tục được suy cử Trưởng ban Trị sự; Hòa thượng Danh Sến, Thượng tọa Thích Minh Đạt Quang, Thượng tọa Danh Nhơn - Phó Trưởng ban; Đại đức Thích Thiện Tâm Phúc được suy cử làm Chánh Thư ký. Đại hội cũng suy tôn 12 vị giáo phẩm vào Ban Chứng minh Ban Trị sự và thông qua Chương trình hành động nhiệm kỳ với 13 ban chuyên ngành.
Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Thúy đề nghị Ban Trị sự nhiệm kỳ mới tiếp tục thực hiện tốt Nghị định 162/2017/NĐ-CP của Chính phủ, Chỉ thị 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào Khmer và Kế hoạch số 104, 105-KH/TU của Tỉnh ủy; vận động Phật tử tham gia tiêm vắc xin, phấn đấu 100% Tăng Ni, sư sãi được tiêm đủ 2 mũi.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 9 tập thể và 16 cá nhân; Ban Trị sự trao 200 phần quà (mỗi phần 400.000 đồng) cho hộ khó khăn ở xã Mong Thọ A.
Danh Thành
Lượt xem: 958
Tin liên quan
- Phật giáo huyện Châu Thành tổ chức đại hội nhiệm kỳ 2021 - 2026 (02/11/2021)
- Chư Tăng Ni tình nguyện vào tâm dịch Covid-19 (22/09/2021)
- Lãnh đạo tỉnh thăm các chùa Khmer nhân lễ Sene Dolta (05/10/2021)
- Hòn Đất: Sư sãi chùa Khmer tham gia tuyên truyền tiêm vắc xin (18/09/2021)
- Phú Quốc: Thiền viện Trúc Lâm Hộ Quốc trao quà cho ngư dân (30/08/2021)
""", "2021-11-26", "Đại hội đại biểu Phật giáo tỉnh Kiên Giang lần thứ IX: Suy cử 63 vị vào Ban Trị sự",
E("dai_hoi", None, "2021-11-24"),
[P("Danh Út Huôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Thúy", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Lung", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh GHPGVN", "Chứng minh Ban Trị sự GHPGVN tỉnh"),
 P("Thích Huệ Chơn Như", "Hòa thượng", "Trưởng ban Trị sự"),
 P("Danh Sến", "Hòa thượng", "Phó Trưởng ban"),
 P("Thích Minh Đạt Quang", "Thượng tọa", "Phó Trưởng ban"),
 P("Danh Nhơn", "Thượng tọa", "Phó Trưởng ban"),
 P("Thích Thiện Tâm Phúc", "Đại đức", "Chánh Thư ký")],
[Q("63 vị", 63, "vị"), Q("15 điểm cầu huyện, thành phố", 15, "điểm cầu huyện, thành phố"),
 Q("247 cơ sở tự viện", 247, "cơ sở tự viện"), Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"),
 Q("3.214 Tăng Ni, sư sãi", 3214, "Tăng Ni, sư sãi"), Q("hơn 128 tỷ đồng", 128000000000, "đồng", "over"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("hơn 300 tấn", 300, "tấn", "over"), Q("47 Tăng Ni", 47, "Tăng Ni"),
 Q("52 lớp dạy chữ Khmer", 52, "lớp dạy chữ Khmer"), Q("2.480 học sinh", 2480, "học sinh"), Q("100% Tăng Ni, sư sãi", 100, "%"),
 Q("12 vị giáo phẩm", 12, "vị giáo phẩm"), Q("13 ban chuyên ngành", 13, "ban chuyên ngành"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân"), Q("200 phần quà", 200, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "104", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 104, 105-KH/TU"),
 D("Kế hoạch", "105", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 104, 105-KH/TU")],
[prov("Kiên Giang"), com("Vĩnh Thanh"), com("Mong Thọ A")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Chương trình hành động nhiệm kỳ", "Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo",
 "Ảnh: Ban Trị sự GHPGVN tỉnh nhiệm kỳ 2021 - 2026 ra mắt Đại hội.", "Lượt xem: 958"],
["Thứ Sáu, 26/11/2021", "lần thứ IX", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2017 - 2021", "năm 2021", "2 mũi", "Lượt xem: 958"]))

PAGES.append(page("b4527-haiphong-mttq-giamsat-phatgiao-2022", """
Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng
Vị trí: Trang chủ > Hoạt động giám sát, phản biện xã hội
30 tháng 9, 2022 | 17:45
Giám sát việc thực hiện pháp luật về tín ngưỡng, tôn giáo tại Ban Trị sự GHPGVN huyện Thủy Nguyên
Ngày 28/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố do đồng chí Đỗ Mạnh Hiến, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát chuyên đề năm 2022 về việc thực hiện Luật Tín ngưỡng, tôn giáo tại Ban Trị sự GHPGVN huyện Thủy Nguyên. Cùng tham gia đoàn có đồng chí Vũ Thị Minh Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đại diện Ban Dân vận Thành ủy, Ban Tôn giáo Sở Nội vụ.
Đoàn giám sát làm việc với Ban Trị sự GHPGVN huyện Thủy Nguyên.
Báo cáo của Ban Trị sự do Đại đức Thích Minh Tuệ Đăng, Trưởng ban Trị sự GHPGVN huyện Thủy Nguyên trình bày cho biết: trên địa bàn huyện có 118 chùa, trong đó 64 chùa có Tăng Ni trụ trì với 97 Tăng Ni; khoảng 18.500 Phật tử. Từ năm 2018 đến nay, 100% cơ sở đã kê khai, đăng ký hoạt động tôn giáo theo Nghị định 162/2017/NĐ-CP; Ban Trị sự phối hợp UBND các xã hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho 39 chùa, còn 25 chùa đang vướng mắc. Việc trùng tu, tôn tạo 14 chùa có 3 công trình chưa xin phép đầy đủ. Các chùa tổ chức 126 khóa tu một ngày an lạc thu hút trên 9.000 lượt người tham gia.
Đồng chí Phạm Văn Hòa, Phó Chủ tịch UBND huyện Thủy Nguyên, cho biết huyện đã thực hiện Quyết định số 2468/QĐ-UBND ngày 12/8/2020 của UBND thành phố về quy chế quản lý di tích, và Kế hoạch 219-KH/HU, 220-KH/HU của Huyện ủy về công tác tôn giáo giai đoạn 2021 - 2025.
Kết luận buổi giám sát, đồng chí Đỗ Mạnh Hiến ghi nhận Phật giáo huyện đã tích cực tham gia các phong trào do Mặt trận phát động, đóng góp hơn 2,8 tỷ đồng cho Quỹ "Vì người nghèo" và xây 11 nhà Đại đoàn kết tại xã Lại Xuân, xã Kỳ Sơn trong 3 năm. Đồng chí đề nghị Ban Trị sự chỉ đạo các chùa chấm dứt việc thu phí công đức không đúng quy định, quản lý chặt chẽ, công khai nguồn tiền công đức, tài trợ; đồng thời phối hợp UBND huyện sớm giải quyết dứt điểm các tồn tại về đất đai.
Thu Hằng
Lượt truy cập: 421
Các tin khác
- Ủy ban MTTQ thành phố gặp mặt chức sắc các tôn giáo (15/09/2022)
- Giám sát việc thực hiện chính sách đối với người có uy tín (26/08/2022)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ hộ nghèo (12/08/2022)
- Phật giáo huyện Tiên Lãng trao 300 suất quà cho học sinh nghèo (03/08/2022)
- Kiến Thụy: Giám sát việc quản lý, sử dụng tiền công đức tại các di tích (20/07/2022)
""", "2022-09-30", "Giám sát việc thực hiện pháp luật về tín ngưỡng, tôn giáo tại Ban Trị sự GHPGVN huyện Thủy Nguyên",
E("giam_sat", "2022", "2022-09-28"),
[P("Đỗ Mạnh Hiến", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Thị Minh Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thích Minh Tuệ Đăng", "Đại đức", "Trưởng ban Trị sự GHPGVN huyện Thủy Nguyên"),
 P("Phạm Văn Hòa", "Phó Chủ tịch UBND huyện Thủy Nguyên")],
[Q("118 chùa", 118, "chùa"), Q("64 chùa", 64, "chùa"), Q("97 Tăng Ni", 97, "Tăng Ni"),
 Q("khoảng 18.500 Phật tử", 18500, "Phật tử", "approx"), Q("100% cơ sở", 100, "%"), Q("39 chùa", 39, "chùa"),
 Q("25 chùa", 25, "chùa"), Q("14 chùa", 14, "chùa"), Q("3 công trình", 3, "công trình"),
 Q("126 khóa tu một ngày an lạc", 126, "khóa tu một ngày an lạc"), Q("trên 9.000 lượt người", 9000, "lượt người", "over"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("11 nhà Đại đoàn kết", 11, "nhà Đại đoàn kết")],
[D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Quyết định", "2468", "QĐ-UBND", "2020-08-12", "UBND thành phố", "Quyết định số 2468/QĐ-UBND ngày 12/8/2020"),
 D("Kế hoạch", "219", "KH/HU", None, "Huyện ủy", "Kế hoạch 219-KH/HU"),
 D("Kế hoạch", "220", "KH/HU", None, "Huyện ủy", "220-KH/HU")],
[prov("Hải Phòng"), com("Lại Xuân"), com("Kỳ Sơn")],
["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng", "Vị trí: Trang chủ > Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với Ban Trị sự GHPGVN huyện Thủy Nguyên.", "Luật Tín ngưỡng, tôn giáo", "Vì người nghèo",
 "Lượt truy cập: 421"],
["30 tháng 9, 2022 | 17:45", "năm 2022", "Từ năm 2018", "giai đoạn 2021 - 2025", "3 năm", "Lượt truy cập: 421"]))

PAGES.append(page("b4528-lamdong-taphuan-hoangphap-2023", """
LÂM ĐỒNG ONLINE
Xã hội | Tôn giáo | Tin tức
08/06/2023 - 16:50
Gần 400 Tăng Ni tham gia tập huấn công tác hoằng pháp năm 2023
Trong 2 ngày 6 và 7/6, tại Thiền viện Trúc Lâm Phượng Hoàng (phường 3, TP Đà Lạt), Ban Hoằng pháp Ban Trị sự GHPGVN tỉnh Lâm Đồng tổ chức khóa tập huấn công tác hoằng pháp năm 2023 cho gần 400 Tăng Ni là giảng sư, hoằng pháp viên đến từ 12 huyện, thành phố.
Quang cảnh khóa tập huấn. Ảnh: Duy Anh
Khai mạc khóa tập huấn có Thượng tọa Thích Giác Minh Hạnh, Phó Trưởng ban Trị sự, Trưởng ban Hoằng pháp GHPGVN tỉnh; đồng chí K'Lệ Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Đức Quyết, Phó Giám đốc Sở Nội vụ - Trưởng ban Ban Tôn giáo tỉnh; Ni trưởng Thích Nữ Hằng Như Tịnh, Trưởng Phân ban Ni giới Ban Trị sự GHPGVN tỉnh.
Trong chương trình, các học viên được nghe Thượng tọa Thích Nhật Quang Thiện, Phó Trưởng ban Thường trực Ban Hoằng pháp Trung ương, giảng chuyên đề "Hoằng pháp trong thời đại số"; đồng chí Ka Sương, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín và Kế hoạch số 215-KH/TU ngày 14/3/2023 của Ban Thường vụ Tỉnh ủy; đồng chí Trần Đức Quyết phổ biến Nghị định 162/2017/NĐ-CP của Chính phủ và hướng dẫn đăng ký hoạt động tôn giáo tập trung.
Theo Ban Hoằng pháp, năm 2022 toàn tỉnh tổ chức 1.240 buổi thuyết giảng, 87 khóa tu mùa hè, khóa tu "Tuổi trẻ hướng Phật" cho hơn 16.000 lượt thanh thiếu niên; 18 đạo tràng tu tập ở vùng đồng bào K'Ho, Mạ tại các xã Đạ Tông, Lộc Bắc duy trì sinh hoạt đều đặn. Khoảng 65% giảng sư đã sử dụng mạng xã hội để hoằng pháp, song vẫn còn một số trường hợp đăng tải nội dung chưa phù hợp.
Phát biểu bế mạc, Thượng tọa Thích Giác Minh Hạnh yêu cầu giảng sư thực hiện nghiêm Quy chế số 07/QC-HĐTS về hoạt động hoằng pháp và Thông bạch số 162/TB-HĐTS của Ban Thường trực Hội đồng Trị sự; không thuyết giảng nội dung mê tín, không quảng bá "dâng sao giải hạn" trái giáo lý. Đồng chí K'Lệ Hồng Nhung đề nghị chư Tăng Ni tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và hưởng ứng phong trào "Lâm Đồng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Kết thúc khóa tập huấn, 382 học viên được cấp giấy chứng nhận; Ban Hoằng pháp khen thưởng 10 học viên có bài thu hoạch xuất sắc, trong đó có Đại đức Thích Thiện Huệ Khải, trụ trì chùa Linh Phong, và Sư cô Thích Nữ Tâm Diệu Hiền.
Duy Anh
Lượt xem: 1.312
Tin liên quan
- Ban Trị sự GHPGVN tỉnh sơ kết Phật sự 6 tháng đầu năm (20/07/2023)
- Khai mạc An cư kiết hạ Phật lịch 2567 tại Đà Lạt (03/06/2023)
- Lâm Đồng: Trang nghiêm Đại lễ Phật đản Phật lịch 2567 (05/05/2023)
""", "2023-06-08", "Gần 400 Tăng Ni tham gia tập huấn công tác hoằng pháp năm 2023",
E("tap_huan", "2023", "2023-06-06"),
[P("Thích Giác Minh Hạnh", "Thượng tọa", "Phó Trưởng ban Trị sự", "Trưởng ban Hoằng pháp GHPGVN tỉnh"),
 P("K'Lệ Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đức Quyết", "Phó Giám đốc Sở Nội vụ - Trưởng ban Ban Tôn giáo tỉnh"),
 P("Thích Nữ Hằng Như Tịnh", "Ni trưởng", "Trưởng Phân ban Ni giới Ban Trị sự GHPGVN tỉnh"),
 P("Thích Nhật Quang Thiện", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Hoằng pháp Trung ương"),
 P("Ka Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Thiện Huệ Khải", "Đại đức", "trụ trì chùa Linh Phong"),
 P("Thích Nữ Tâm Diệu Hiền", "Sư cô")],
[Q("gần 400 Tăng Ni", 400, "Tăng Ni", "approx"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("1.240 buổi thuyết giảng", 1240, "buổi thuyết giảng"), Q("87 khóa tu mùa hè", 87, "khóa tu mùa hè"),
 Q("hơn 16.000 lượt thanh thiếu niên", 16000, "lượt thanh thiếu niên", "over"), Q("18 đạo tràng", 18, "đạo tràng"),
 Q("Khoảng 65% giảng sư", 65, "%", "approx"), Q("382 học viên", 382, "học viên"), Q("10 học viên", 10, "học viên")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "215", "KH/TU", "2023-03-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 14/3/2023"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Quy chế", "07", "QC-HĐTS", None, None, "Quy chế số 07/QC-HĐTS"),
 D("Thông bạch", "162", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 162/TB-HĐTS")],
[prov("Lâm Đồng"), com("phường 3"), com("Đạ Tông"), com("Lộc Bắc")],
["LÂM ĐỒNG ONLINE", "Xã hội | Tôn giáo | Tin tức", "Quang cảnh khóa tập huấn. Ảnh: Duy Anh", "Hoằng pháp trong thời đại số",
 "Tuổi trẻ hướng Phật", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Lâm Đồng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 1.312", "Thiền viện Trúc Lâm Phượng Hoàng"],
["08/06/2023 - 16:50", "năm 2023", "năm 2022", "Trong 2 ngày", "Lượt xem: 1.312"]))
