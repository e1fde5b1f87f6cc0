from lib import *
PAGES = []

PAGES.append(page("b4223-laichau-mttq-traoqua-2024", """
Báo Lai Châu điện tử
Trang chủ >> Xã hội >> Mặt trận - Đoàn thể
Thứ Tư, 31/01/2024 - 15:25
Ảnh: Đồng chí Tao Văn Hùng trao quà cho hộ nghèo xã Pa Vệ Sử.
Mang Tết ấm đến với đồng bào vùng biên Mường Tè
Ngày 30/1, đoàn công tác của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Tao Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 350 suất quà cho hộ nghèo, gia đình chính sách, người có uy tín tại các xã Pa Vệ Sử, Mù Cả và Thu Lũm, huyện Mường Tè. Mỗi suất quà trị giá 700.000 đồng, gồm tiền mặt và nhu yếu phẩm.
Cùng đi có đồng chí Lò Thị Khuyên, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Chu Văn Liêu, HUV, Chủ tịch Ủy ban MTTQ huyện Mường Tè và đại diện Công ty Điện lực Lai Châu, đơn vị tài trợ 100 suất quà.
Tại xã Pa Vệ Sử, nơi có 98% dân số là đồng bào La Hủ, đồng chí Tao Văn Hùng thăm hỏi đời sống bà con, biểu dương người dân đã tích cực tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; năm 2023 xã có 112 hộ thoát nghèo. Ông Lý Xé Chừ, Bí thư Chi bộ, Trưởng bản Pa Vệ Sử, cho biết bản có 86 hộ, đã có 79 hộ có nhà ở kiên cố nhờ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Tại xã Thu Lũm, đoàn đến thăm gia đình ông Pờ Hừ Xá, người có uy tín bản Ló Na, và bà Chang Thị Di, Chi hội trưởng Chi hội Phụ nữ bản Ló Na, là những người đi đầu vận động 46 hộ người Hà Nhì ký cam kết không di cư tự do, không kết hôn cận huyết thống.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Kế hoạch số 412/KH-MTTQ-BTT ngày 02/01/2024 về chăm lo Tết Giáp Thìn và Công văn 58-CV/TU của Thường trực Tỉnh ủy, Mặt trận các cấp dự kiến trao khoảng 21.000 suất quà trị giá hơn 10,5 tỷ đồng; Ủy ban MTTQ tỉnh trực tiếp trao 1.200 suất quà. Trong năm 2023, Quỹ "Vì người nghèo" tỉnh hỗ trợ xây mới 236 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng, cho 14 xã đặc biệt khó khăn vùng biên giới.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện Mường Tè: Lò Văn Sơn, Phàn Thị Mai cũng tặng 40 chiếc chăn ấm cho học sinh bán trú ở Trường Phổ thông dân tộc bán trú Tiểu học và THCS xã Mù Cả. Trước đó, Ủy ban MTTQ huyện đã phối hợp Huyện đoàn tổ chức "Chợ Tết 0 đồng" với 600 gian hàng miễn phí cho bà con các bản vùng cao.
Trung Kiên
Lượt xem: 1.398
Tin liên quan
- Hội LHPN tỉnh trao 200 suất quà Tết (29/01/2024)
- Sìn Hồ: Vui Tết Đại đoàn kết ở bản Nậm Hăn (25/01/2024)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2023 (20/12/2023)
""", "2024-01-31", "Mang Tết ấm đến với đồng bào vùng biên Mường Tè",
E("trao_qua", None, "2024-01-30"),
[P("Tao Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Khuyên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chu Văn Liêu", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mường Tè"),
 P("Lý Xé Chừ", "Bí thư Chi bộ", "Trưởng bản Pa Vệ Sử"),
 P("Pờ Hừ Xá", "người có uy tín bản Ló Na"),
 P("Chang Thị Di", "Chi hội trưởng Chi hội Phụ nữ bản Ló Na"),
 P("Lò Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ huyện Mường Tè"),
 P("Phàn Thị Mai", "Phó Chủ tịch Ủy ban MTTQ huyện Mường Tè")],
[Q("350 suất quà", 350, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("100 suất quà", 100, "suất quà"), Q("98%", 98, "%"),
 Q("112 hộ", 112, "hộ"), Q("86 hộ", 86, "hộ"), Q("79 hộ", 79, "hộ"), Q("46 hộ người Hà Nhì", 46, "hộ người Hà Nhì"),
 Q("khoảng 21.000 suất quà", 21000, "suất quà", "approx"), Q("hơn 10,5 tỷ đồng", 10500000000, "đồng", "over"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("236 căn nhà Đại đoàn kết", 236, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("14 xã đặc biệt khó khăn", 14, "xã đặc biệt khó khăn"), Q("40 chiếc chăn ấm", 40, "chiếc chăn ấm"), Q("600 gian hàng", 600, "gian hàng")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "412", "KH-MTTQ-BTT", "2024-01-02", None, "Kế hoạch số 412/KH-MTTQ-BTT ngày 02/01/2024"),
 D("Công văn", "58", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn 58-CV/TU")],
[prov("Lai Châu"), com("Pa Vệ Sử"), com("Mù Cả"), com("Thu Lũm")],
["Báo Lai Châu điện tử", "Trang chủ >> Xã hội >> Mặt trận - Đoàn thể", "Ảnh: Đồng chí Tao Văn Hùng trao quà cho hộ nghèo xã Pa Vệ Sử.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Vì người nghèo", "Chợ Tết 0 đồng", "Công ty Điện lực Lai Châu", "Lượt xem: 1.398"],
["Thứ Tư, 31/01/2024 - 15:25", "0 đồng", "năm 2023", "Tết Giáp Thìn", "Lượt xem: 1.398"]))

PAGES.append(page("b4224-dongthap-mttq-daihoi-2024", """
BÁO ĐỒNG THÁP ONLINE
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Cập nhật: 18:10, 27/09/2024 (GMT+7)
Quang cảnh phiên trọng thể Đại hội. Ảnh: Hữu Nghĩa
Phát huy sức mạnh khối đại đoàn kết, xây dựng Đồng Tháp phát triển nhanh, bền vững
(ĐTO) - Trong 2 ngày 26 - 27/9, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029. Dự Đại hội có 320 đại biểu chính thức, đại diện cho hơn 1,6 triệu người dân trong tỉnh và 26 tổ chức thành viên.
Báo cáo chính trị do đồng chí Đoàn Thị Kim Thoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X trình bày cho biết: nhiệm kỳ 2019 - 2024, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được trên 356 tỷ đồng, xây dựng và sửa chữa 7.846 căn nhà Đại đoàn kết; 100% xã đạt chuẩn nông thôn mới, trong đó 62 xã đạt chuẩn nông thôn mới nâng cao. Trong đại dịch Covid-19, Mặt trận tiếp nhận 315,8 tỷ đồng và 4.200 tấn hàng hóa ủng hộ. Mặt trận tỉnh chủ trì 38 cuộc giám sát, 41 hội nghị phản biện xã hội; cả nhiệm kỳ, các Ban Thanh tra nhân dân tiếp nhận 1.136 đơn thư.
Đại hội đã hiệp thương cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Tại hội nghị lần thứ nhất, đồng chí Đoàn Thị Kim Thoa tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI; các đồng chí Lê Hoàng Nhân, Phạm Thị Ngọc Mai, Trương Văn Đực được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI. Ban Thường trực gồm 5 vị.
Phát biểu chỉ đạo, đồng chí Võ Thành Hưng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị Mặt trận thực hiện tốt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương khóa XIII, Chỉ thị số 22-CT/TW của Ban Bí thư và Kết luận số 85-KL/TU của Tỉnh ủy; phấn đấu đến năm 2029 có trên 95% khu dân cư đạt chuẩn văn hóa, xóa hoàn toàn nhà tạm, nhà dột nát trước năm 2025.
Thảo luận tại Đại hội, Linh mục Phêrô Nguyễn Văn Tâm, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, chia sẻ về phong trào "Sống tốt đời, đẹp đạo"; bà Huỳnh Thị Bé Ba, Trưởng ban Công tác Mặt trận ấp Tân Hòa, xã Tân Phú Đông, giới thiệu mô hình "Bếp ăn tình thương" phục vụ 150 suất cơm mỗi ngày; ông Danh Sóc Ra, người có uy tín khóm 2, phường An Lạc, nói về việc vận động 32 hộ Khmer chuyển đổi nghề.
Đại hội thông qua Nghị quyết, Chương trình hành động nhiệm kỳ 2024 - 2029 với 5 chỉ tiêu và bầu 19 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X. Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 6 tập thể, 8 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 40 tập thể, 52 cá nhân tiêu biểu.
Hữu Nghĩa
Lượt xem: 2.412
Tin liên quan
- Hiệp thương nhân sự Ủy ban MTTQ tỉnh khóa XI (10/09/2024)
- Đại hội điểm MTTQ phường 6 (25/07/2024)
- Trao 100 căn nhà Đại đoàn kết cho hộ nghèo (12/07/2024)
""", "2024-09-27", "Phát huy sức mạnh khối đại đoàn kết, xây dựng Đồng Tháp phát triển nhanh, bền vững",
E("dai_hoi", None, "2024-09-26"),
[P("Đoàn Thị Kim Thoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI"),
 P("Lê Hoàng Nhân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI"),
 P("Phạm Thị Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI"),
 P("Trương Văn Đực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI"),
 P("Võ Thành Hưng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phêrô Nguyễn Văn Tâm", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Huỳnh Thị Bé Ba", "Trưởng ban Công tác Mặt trận ấp Tân Hòa"),
 P("Danh Sóc Ra", "người có uy tín khóm 2")],
[Q("320 đại biểu chính thức", 320, "đại biểu chính thức"), Q("hơn 1,6 triệu người dân", 1600000, "người dân", "over"),
 Q("26 tổ chức thành viên", 26, "tổ chức thành viên"), Q("trên 356 tỷ đồng", 356000000000, "đồng", "over"),
 Q("7.846 căn nhà Đại đoàn kết", 7846, "căn nhà Đại đoàn kết"), Q("100% xã", 100, "%"), Q("62 xã", 62, "xã"),
 Q("315,8 tỷ đồng", 315800000000, "đồng"), Q("4.200 tấn", 4200, "tấn"), Q("38 cuộc giám sát", 38, "cuộc giám sát"),
 Q("41 hội nghị phản biện xã hội", 41, "hội nghị phản biện xã hội"), Q("1.136 đơn thư", 1136, "đơn thư"), Q("85 vị", 85, "vị"),
 Q("5 vị", 5, "vị"), Q("trên 95%", 95, "%", "over"), Q("150 suất cơm", 150, "suất cơm"), Q("32 hộ Khmer", 32, "hộ Khmer"),
 Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("19 đại biểu", 19, "đại biểu"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("40 tập thể", 40, "tập thể"), Q("52 cá nhân tiêu biểu", 52, "cá nhân tiêu biểu")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 22-CT/TW"),
 D("Kết luận", "85", "KL/TU", None, "Tỉnh ủy", "Kết luận số 85-KL/TU")],
[prov("Đồng Tháp"), com("Tân Phú Đông"), com("An Lạc")],
["BÁO ĐỒNG THÁP ONLINE", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Quang cảnh phiên trọng thể Đại hội. Ảnh: Hữu Nghĩa", "(ĐTO)",
 "Vì người nghèo", "Sống tốt đời, đẹp đạo", "Bếp ăn tình thương", "Lượt xem: 2.412"],
["Cập nhật: 18:10, 27/09/2024 (GMT+7)", "2 ngày", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa X", "khóa XI",
 "lần thứ nhất", "khóa XIII", "năm 2029", "năm 2025", "lần thứ X", "Lượt xem: 2.412"]))

PAGES.append(page("b4225-phutho-mttq-tongket-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Mặt trận tỉnh
10/01/2025 - 09:30
Ảnh: Toàn cảnh hội nghị.
Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2025
Ngày 9/1, Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị lần thứ 2, khóa XVI tổng kết công tác Mặt trận năm 2024, ký kết Chương trình phối hợp và thống nhất hành động năm 2025. Đồng chí Phạm Thị Hải Yến, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Hà Văn Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2024, Mặt trận các cấp tổ chức thành công đại hội ở 225/225 xã, phường, thị trấn, 13/13 huyện, thành, thị và Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI. Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận vận động Quỹ "Vì người nghèo" được trên 48,6 tỷ đồng, hỗ trợ xây mới, sửa chữa 1.027 căn nhà cho hộ nghèo, hộ cận nghèo, mỗi căn xây mới được hỗ trợ 60 triệu đồng. Sau cơn bão số 3 (Yagi), Mặt trận tỉnh tiếp nhận gần 62 tỷ đồng ủng hộ, phân bổ cho 11.350 hộ bị thiệt hại.
Mặt trận các cấp chủ trì 112 cuộc giám sát, 58 hội nghị phản biện xã hội; tổ chức 4 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; tổng hợp 2.164 ý kiến, kiến nghị của cử tri. 96,8% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Hội nghị đã nghe các tham luận của Ủy ban MTTQ huyện Tân Sơn, Thanh Sơn; bà Đinh Thị Lâm, Trưởng ban Công tác Mặt trận khu Xuân 1, xã Xuân Đài, chia sẻ cách vận động 57 hộ người Mường, Dao hiến đất xây nhà văn hóa khu. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Sơn, Đinh Công Hoàn, Hà Thị Hồng Nhung thông qua dự thảo chương trình năm 2025 và quy chế làm việc.
Phát biểu chỉ đạo, đồng chí Hà Văn Khiêm đề nghị năm 2025 Mặt trận các cấp thực hiện nghiêm Công văn số 45-CV/TU ngày 03/01/2025 của Ban Thường vụ Tỉnh ủy về tổng kết Nghị quyết 18-NQ/TW, chuẩn bị tốt việc sắp xếp, tinh gọn tổ chức bộ máy; tham gia xóa hoàn thành 100% nhà tạm, nhà dột nát theo Kế hoạch số 286-KH/TU của Ban Thường vụ Tỉnh ủy; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 1.826 khu dân cư.
Tại hội nghị, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho Ủy ban MTTQ thị xã Phú Thọ; Ủy ban MTTQ tỉnh tặng Bằng khen cho 25 tập thể, 31 cá nhân. Mặt trận và 24 tổ chức thành viên đã ký kết chương trình phối hợp năm 2025.
Vũ Thảo
Lượt xem: 1.504
Tin liên quan
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI (18/09/2024)
- Trao 60 căn nhà cho hộ nghèo huyện Yên Lập (25/12/2024)
- Mặt trận tỉnh phân bổ tiền ủng hộ khắc phục bão số 3 đợt 4 (06/12/2024)
""", "2025-01-10", "Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-09"),
[P("Phạm Thị Hải Yến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Lâm", "Trưởng ban Công tác Mặt trận khu Xuân 1"),
 P("Nguyễn Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Hoàn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("225/225 xã, phường, thị trấn", 225, "xã, phường, thị trấn"), Q("13/13 huyện, thành, thị", 13, "huyện, thành, thị"),
 Q("trên 48,6 tỷ đồng", 48600000000, "đồng", "over"), Q("1.027 căn nhà", 1027, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("gần 62 tỷ đồng", 62000000000, "đồng", "approx"), Q("11.350 hộ", 11350, "hộ"), Q("112 cuộc giám sát", 112, "cuộc giám sát"),
 Q("58 hội nghị phản biện xã hội", 58, "hội nghị phản biện xã hội"), Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"),
 Q("2.164 ý kiến, kiến nghị", 2164, "ý kiến, kiến nghị"), Q("96,8%", 96.8, "%"), Q("57 hộ người Mường, Dao", 57, "hộ người Mường, Dao"),
 Q("100% nhà tạm, nhà dột nát", 100, "%"), Q("1.826 khu dân cư", 1826, "khu dân cư"), Q("25 tập thể", 25, "tập thể"),
 Q("31 cá nhân", 31, "cá nhân"), Q("24 tổ chức thành viên", 24, "tổ chức thành viên")],
[D("Công văn", "45", "CV/TU", "2025-01-03", "Ban Thường vụ Tỉnh ủy", "Công văn số 45-CV/TU ngày 03/01/2025"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW"),
 D("Kế hoạch", "286", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 286-KH/TU")],
[prov("Phú Thọ"), com("Xuân Đài")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Mặt trận tỉnh", "Ảnh: Toàn cảnh hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Chương trình phối hợp và thống nhất hành động năm 2025", "Lượt xem: 1.504"],
["10/01/2025 - 09:30", "lần thứ 2", "khóa XVI", "năm 2024", "năm 2025", "lần thứ XVI", "bão số 3", "Lượt xem: 1.504"]))

PAGES.append(page("b4226-tuyenquang-mttq-ngayhoi-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Chính trị › Mặt trận - Đoàn thể
Thứ Hai, 17/11/2025 - 07:45
Đồng bào Mông ở thôn Lô Lô Chải vui Ngày hội. Ảnh: Đức Toàn
Lô Lô Chải rộn ràng ngày hội của khối đại đoàn kết
Sáng 16/11, tại thôn Lô Lô Chải, xã Lũng Cú, Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Đây là năm đầu tiên ngày hội được tổ chức sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, chính quyền địa phương vận hành theo mô hình 2 cấp.
Dự ngày hội có đồng chí Hoàng Ngọc Diệp, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sùng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Lò Văn Chứ, Bí thư Đảng ủy xã Lũng Cú và bà con 148 hộ với 713 nhân khẩu trong thôn.
Báo cáo tại ngày hội do ông Sình Dỉ Gai, Trưởng ban Công tác Mặt trận thôn trình bày cho biết: năm 2025, thôn có 131 hộ đạt danh hiệu gia đình văn hóa, chiếm 88,5%; 23 hộ thoát nghèo; 100% hộ dân tham gia bảo hiểm y tế. Nhân dân hiến 860 m2 đất, góp 470 ngày công làm 1,2 km đường bê tông lên điểm du lịch cộng đồng. Thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", thôn đã hoàn thành 17 căn nhà mới.
Ban Thường trực Ủy ban MTTQ tỉnh cho biết, thực hiện Kế hoạch số 18/KH-MTTQ-BTT ngày 10/10/2025 của Ban Thường trực và Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy, năm nay 100% trong số 2.098 thôn, tổ dân phố của 124 xã, phường tổ chức ngày hội; Quỹ "Vì người nghèo" tỉnh đã hỗ trợ xây mới 3.250 căn nhà, mỗi căn 40 triệu đồng.
Phát biểu tại ngày hội, đồng chí Hoàng Ngọc Diệp đề nghị bà con giữ gìn bản sắc văn hóa dân tộc Lô Lô, Mông, làm du lịch gắn với bảo vệ cột mốc biên giới. Dịp này, Ủy ban MTTQ tỉnh trao 20 suất quà, mỗi suất 1 triệu đồng, và bức trướng cho thôn; Ủy ban MTTQ Việt Nam xã Lũng Cú tặng giấy khen cho 9 hộ gia đình tiêu biểu. Các ông Vàng Dũng Sình, Ly Mí Dìn - người có uy tín thôn Lô Lô Chải được biểu dương vì vận động 12 hộ bỏ tục thách cưới.
Phần hội có các trò chơi dân gian ném pa pao, đánh quay, kéo co và 6 tiết mục văn nghệ của đội văn nghệ thôn, thu hút hàng trăm người dân và du khách.
Cùng ngày, đồng chí Nguyễn Thị Bích Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh dự ngày hội tại tổ dân phố 7, phường Minh Xuân.
Đức Toàn
Lượt xem: 1.172
Tin liên quan
- Ngày hội Đại đoàn kết ở thôn Nà Bó (15/11/2025)
- Trao 200 căn nhà cho hộ nghèo vùng biên (08/11/2025)
- Ủy ban MTTQ tỉnh ra mắt các ban chuyên môn sau hợp nhất (20/08/2025)
""", "2025-11-17", "Lô Lô Chải rộn ràng ngày hội của khối đại đoàn kết",
E("khac", None, "2025-11-16"),
[P("Hoàng Ngọc Diệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lò Văn Chứ", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Sình Dỉ Gai", "Trưởng ban Công tác Mặt trận thôn"),
 P("Vàng Dũng Sình", "người có uy tín thôn Lô Lô Chải"),
 P("Ly Mí Dìn", "người có uy tín thôn Lô Lô Chải"),
 P("Nguyễn Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("148 hộ", 148, "hộ"), Q("713 nhân khẩu", 713, "nhân khẩu"), Q("131 hộ", 131, "hộ"), Q("88,5%", 88.5, "%"), Q("23 hộ", 23, "hộ"),
 Q("100% hộ dân", 100, "%"), Q("860 m2", 860, "m2"), Q("470 ngày công", 470, "ngày công"), Q("1,2 km", 1.2, "km"),
 Q("17 căn nhà", 17, "căn nhà"), Q("2.098 thôn, tổ dân phố", 2098, "thôn, tổ dân phố"), Q("124 xã, phường", 124, "xã, phường"),
 Q("3.250 căn nhà", 3250, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"), Q("20 suất quà", 20, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("9 hộ gia đình tiêu biểu", 9, "hộ gia đình tiêu biểu"), Q("12 hộ", 12, "hộ"),
 Q("100% trong số 2.098 thôn", 100, "%"), Q("6 tiết mục văn nghệ", 6, "tiết mục văn nghệ")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2025-10-10", "Ban Thường trực", "Kế hoạch số 18/KH-MTTQ-BTT ngày 10/10/2025"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Chính trị › Mặt trận - Đoàn thể", "Đồng bào Mông ở thôn Lô Lô Chải vui Ngày hội. Ảnh: Đức Toàn",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Lượt xem: 1.172"],
["Thứ Hai, 17/11/2025 - 07:45", "hàng trăm người dân", "năm 2025", "95 năm", "mô hình 2 cấp", "Lượt xem: 1.172"]))

PAGES.append(page("b4227-lamdong-mttq-tongket-2026", """
Hôm nay: Thứ Hai, 19/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Đồng chí K'Bình trao Cờ thi đua cho các tập thể.
Lâm Đồng: Mặt trận và các đoàn thể bước vào năm 2026 với tinh thần mới
Ngày 15/1, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận. Đồng chí K'Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025, Ủy ban MTTQ tỉnh đã hoàn thành kiện toàn bộ máy với 9 ban chuyên môn; ở cấp cơ sở, Ủy ban MTTQ Việt Nam của 124 xã, phường, đặc khu đi vào hoạt động ổn định từ ngày 1/7/2025. Mặt trận các cấp tham gia xóa 4.612 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 276 tỷ đồng; Quỹ "Vì người nghèo" vận động được 61,4 tỷ đồng. Mặt trận chủ trì 46 cuộc giám sát, 29 hội nghị phản biện xã hội; tổng hợp 3.915 ý kiến góp ý dự thảo văn kiện Đại hội XIV của Đảng.
Báo cáo do đồng chí Nguyễn Thị Thanh Nhàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh trình bày cho biết: các đoàn thể đã giúp 5.130 hộ hội viên thoát nghèo; Hội Nông dân tỉnh hướng dẫn 812 hợp tác xã, tổ hợp tác liên kết sản xuất cà phê, sầu riêng. Đoàn Thanh niên ra mắt 64 công trình thanh niên, trị giá khoảng 9,8 tỷ đồng.
Hội nghị nghe tham luận của các đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường: Ka Thị Huê (phường Xuân Hương - Đà Lạt), Điểu Thị Hương (phường Bắc Gia Nghĩa); ông Ya Tuấn, người có uy tín thôn Đồng Mang, xã Phan Sơn, kể việc vận động 73 hộ đồng bào K'Ho, Raglai giữ 1.400 ha rừng.
Phát biểu chỉ đạo, đồng chí Đinh Văn Tuấn, Phó Bí thư Tỉnh ủy đề nghị Mặt trận thực hiện tốt Quy định số 304-QĐ/TW ngày 26/6/2025 của Bộ Chính trị về chức năng, nhiệm vụ của Mặt trận và các đoàn thể; Kết luận 165, 166-KL/TW của Bộ Chính trị; tổ chức giám sát việc thực hiện Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy về ổn định đời sống đồng bào sau sắp xếp.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 3 tập thể; Ủy ban MTTQ tỉnh tặng Bằng khen cho 34 tập thể và 41 cá nhân tiêu biểu. Mặt trận ký kết Quy chế phối hợp số 02/QCPH-MTTQ-UBND với UBND tỉnh.
Hoàng Yến
Lượt xem: 2.207
Tin liên quan
- Mặt trận tỉnh trao 500 suất quà Tết cho hộ nghèo Đam Rông (12/01/2026)
- Ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sau hợp nhất (02/07/2025)
- Phan Thiết: Ngày hội Đại đoàn kết ở khu phố 5 (15/11/2025)
""", "2026-01-16", "Lâm Đồng: Mặt trận và các đoàn thể bước vào năm 2026 với tinh thần mới",
E("tong_ket", "2025", "2026-01-15"),
[P("K'Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Ka Thị Huê", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Thị Hương", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Ya Tuấn", "người có uy tín thôn Đồng Mang"),
 P("Đinh Văn Tuấn", "Phó Bí thư Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("9 ban chuyên môn", 9, "ban chuyên môn"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("4.612 căn nhà tạm, nhà dột nát", 4612, "căn nhà tạm, nhà dột nát"), Q("hơn 276 tỷ đồng", 276000000000, "đồng", "over"),
 Q("61,4 tỷ đồng", 61400000000, "đồng"), Q("46 cuộc giám sát", 46, "cuộc giám sát"), Q("29 hội nghị phản biện xã hội", 29, "hội nghị phản biện xã hội"),
 Q("3.915 ý kiến góp ý", 3915, "ý kiến"), Q("5.130 hộ hội viên", 5130, "hộ hội viên"), Q("812 hợp tác xã, tổ hợp tác", 812, "hợp tác xã, tổ hợp tác"),
 Q("64 công trình thanh niên", 64, "công trình thanh niên"), Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"),
 Q("73 hộ đồng bào K'Ho, Raglai", 73, "hộ đồng bào K'Ho, Raglai"), Q("1.400 ha", 1400, "ha"), Q("3 tập thể", 3, "tập thể"),
 Q("34 tập thể", 34, "tập thể"), Q("41 cá nhân tiêu biểu", 41, "cá nhân tiêu biểu")],
[D("Quy định", "304", "QĐ/TW", "2025-06-26", "Bộ Chính trị", "Quy định số 304-QĐ/TW ngày 26/6/2025"),
 D("Kết luận", "165", "KL/TW", None, "Bộ Chính trị", "Kết luận 165, 166-KL/TW"),
 D("Kết luận", "166", "KL/TW", None, "Bộ Chính trị", "Kết luận 165, 166-KL/TW"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Bắc Gia Nghĩa"), com("Phan Sơn")],
["Hôm nay: Thứ Hai, 19/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ | Chính trị | Mặt trận - Đoàn thể",
 "Ảnh: Đồng chí K'Bình trao Cờ thi đua cho các tập thể.", "Vì người nghèo", "Lượt xem: 2.207"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "ngày 1/7/2025", "Đại hội XIV", "Lượt xem: 2.207"]))

PAGES.append(page("b4228-vinhlong-mttq-giaoban-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ » Tin hoạt động » Hoạt động Mặt trận tỉnh
Thứ Sáu, 10/04/2026 - 16:15
Đồng chí Thạch Thị Sa Rưm phát biểu kết luận giao ban.
Giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý I
Chiều 9/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý I/2026 với Ban Thường trực Ủy ban MTTQ Việt Nam 124 xã, phường. Đồng chí Thạch Thị Sa Rưm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Văn Hậu, Trần Thị Kim Chi, Huỳnh Văn Bé.
Quý I, Mặt trận các cấp phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026; tổ chức 3 hội nghị hiệp thương, giới thiệu 96 người ứng cử đại biểu HĐND tỉnh; tỷ lệ cử tri đi bầu đạt 99,2%. Chương trình "Tết vì người nghèo" Xuân Bính Ngọ trao 68.400 phần quà Tết, trị giá hơn 41,7 tỷ đồng. Thực hiện Chương trình phối hợp số 01/CTPH-MTTQ-CA với Công an tỉnh, Mặt trận ra mắt 214 "Tổ tự quản an ninh trật tự" ở ấp, khóm.
Đại diện Hội Liên hiệp Phụ nữ tỉnh cho biết đã vận động 1.860 hội viên thành lập 72 tổ hợp tác; Hội Nông dân tỉnh phối hợp giải ngân 58,2 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 2.430 hộ hội viên; Hội Cựu chiến binh tỉnh tham gia hòa giải thành 47 vụ việc. Tỉnh đoàn tổ chức "Tháng Thanh niên" với 312 công trình, phần việc.
Tại giao ban, ông Thạch Sóc Khanh, Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh, phản ánh 26 hộ đồng bào Khmer ở khóm 4 chưa có nhà ở ổn định; bà Lê Thị Thu Ba, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hữu, đề nghị bổ sung kinh phí cho 19 trưởng ban công tác Mặt trận ấp mới sáp nhập. Đại đức Kim Sóc Ny, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề xuất phối hợp tổ chức lễ Chôl Chnăm Thmây tại 141 chùa Phật giáo Nam tông Khmer.
Kết luận giao ban, đồng chí Thạch Thị Sa Rưm yêu cầu quý II tập trung giám sát việc thực hiện Kế hoạch 37-KH/TU của Ban Thường vụ Tỉnh ủy về hỗ trợ nhà ở; triển khai Hướng dẫn số 12/HD-MTTQ-BTT ngày 20/02/2026 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; vận động ít nhất 20 tỷ đồng Quỹ "Vì người nghèo" để xây 400 căn nhà Đại đoàn kết trong năm 2026.
Nguyễn Khoa
Lượt truy cập: 1.308
Tin khác
- Mặt trận tỉnh giám sát việc lập danh sách cử tri (05/03/2026)
- Trao 100 căn nhà Đại đoàn kết ở phường An Hội (20/02/2026)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2025 (14/01/2026)
""", "2026-04-10", "Giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý I",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Thạch Thị Sa Rưm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Chi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Bé", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Khanh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh"),
 P("Lê Thị Thu Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hữu"),
 P("Kim Sóc Ny", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"), Q("96 người", 96, "người"),
 Q("99,2%", 99.2, "%"), Q("68.400 phần quà", 68400, "phần quà"), Q("hơn 41,7 tỷ đồng", 41700000000, "đồng", "over"),
 Q("214 \"Tổ tự quản an ninh trật tự\"", 214, "Tổ tự quản an ninh trật tự"), Q("1.860 hội viên", 1860, "hội viên"),
 Q("72 tổ hợp tác", 72, "tổ hợp tác"), Q("58,2 tỷ đồng", 58200000000, "đồng"), Q("2.430 hộ hội viên", 2430, "hộ hội viên"),
 Q("47 vụ việc", 47, "vụ việc"), Q("312 công trình, phần việc", 312, "công trình, phần việc"), Q("26 hộ đồng bào Khmer", 26, "hộ đồng bào Khmer"),
 Q("19 trưởng ban công tác Mặt trận ấp", 19, "trưởng ban công tác Mặt trận ấp"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("ít nhất 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết")],
[D("Chương trình phối hợp", "01", "CTPH-MTTQ-CA", None, None, "Chương trình phối hợp số 01/CTPH-MTTQ-CA"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 37-KH/TU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2026-02-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 20/02/2026")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Long Hữu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ » Tin hoạt động » Hoạt động Mặt trận tỉnh", "Đồng chí Thạch Thị Sa Rưm phát biểu kết luận giao ban.",
 "Tết vì người nghèo", "Tháng Thanh niên", "Chôl Chnăm Thmây", "Vì người nghèo", "Lượt truy cập: 1.308"],
["Thứ Sáu, 10/04/2026 - 16:15", "quý I/2026", "Quý I", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 15/3/2026", "Xuân Bính Ngọ",
 "năm 2026", "Lượt truy cập: 1.308"]))
