"""holdout44 batch 3: b1025-b1030 (Kon Tum 2021, Gia Lai 2022, Đắk Lắk 2022, Ninh Thuận 2023, Đắk Nông 2023, Lâm Đồng 2024)."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b1025
PAGES.append(page(
"b1025-kontum-mttq-giaoban-2021",
"""
BÁO KON TUM ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
30-06-2021 09:40
Khối Mặt trận, đoàn thể Kon Tum huy động 8,35 tỷ đồng phòng, chống dịch
Sáng 29/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban khối MTTQ và các tổ chức chính trị - xã hội tỉnh quý II/2021, đánh giá kết quả quý II, 6 tháng đầu năm và bàn nhiệm vụ thời gian tới.
Đồng chí Hồ Thị Kim Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Ngọc, A Blúi, Nguyễn Văn Hùng; đồng chí A Pớt, Chủ tịch Hội Nông dân tỉnh; đồng chí Y Thương, Chủ tịch Hội LHPN tỉnh; đồng chí Trần Văn Lộc, Chủ tịch Hội CCB tỉnh; đồng chí A Khiêm, Bí thư Tỉnh đoàn và đồng chí Đinh Thị Thu, Phó Chủ tịch Thường trực LĐLĐ tỉnh.
Ảnh: Các đại biểu dự hội nghị giao ban.
Trong quý II, Ủy ban MTTQ Việt Nam tỉnh tiếp nhận ủng hộ phòng, chống dịch Covid-19 8,35 tỷ đồng, trong đó ủng hộ Quỹ vắc xin phòng Covid-19 6,1 tỷ đồng. Mặt trận các cấp phối hợp tổ chức 415 hội nghị tiếp xúc cử tri của người ứng cử; cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp ngày 23/5 có tỷ lệ cử tri đi bầu đạt 99,87%.
Các tổ chức thành viên chủ động chăm lo hội viên khó khăn: Hội Nông dân tổ chức 3 “Phiên chợ 0 đồng”, hỗ trợ 26 tấn nông sản cho 1.200 hộ; Hội LHPN trao 420 suất quà, mỗi suất 300.000 đồng cho phụ nữ nghèo bị ảnh hưởng bởi dịch; Hội CCB hỗ trợ xây 6 nhà “Nghĩa tình đồng đội”, mỗi nhà 50 triệu đồng; Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2021 với 3.400 lượt đoàn viên tham gia; LĐLĐ tỉnh hỗ trợ 1.340 đoàn viên, người lao động bị giảm việc làm với số tiền 670 triệu đồng.
Thực hiện Quy định 124-QĐ/TW ngày 4/10/2017 của Ban Bí thư, khối đã tổ chức 14 cuộc giám sát, trong đó có giám sát việc chi trả chế độ cho người có công. Hội nghị cũng đánh giá việc thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-CTXH ngày 15/1/2021 về vận động đồng bào các dân tộc phát triển kinh tế, giữ gìn an ninh trật tự ở khu dân cư.
Tại hội nghị, đồng chí A Sang, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông, cho biết huyện có 34 người có uy tín tham gia tuyên truyền phòng dịch bằng tiếng Xơ Đăng. Ông A Lênh, người có uy tín làng Đăk Chờ, xã Ngọk Yêu, đề nghị hỗ trợ thêm loa phát thanh cho 5 làng xa trung tâm.
Kết luận hội nghị, đồng chí Hồ Thị Kim Anh đề nghị trong quý III các tổ chức triển khai hướng dẫn số 18/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về cuộc vận động ủng hộ Quỹ vắc xin; cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; phấn đấu đến cuối năm hỗ trợ xây mới 120 nhà Đại đoàn kết cho hộ nghèo và giúp 1.500 hộ đồng bào dân tộc thiểu số có thêm sinh kế.
Đình Quý
Tin liên quan
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ đơn thân (20/06/2021)
- Kon Plông: Mặt trận vận động 320 triệu đồng phòng dịch (14/06/2021)
- Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2021 (05/06/2021)
""",
"2021-06-30",
"Khối Mặt trận, đoàn thể Kon Tum huy động 8,35 tỷ đồng phòng, chống dịch",
E("giao_ban", "2021-Q2", "2021-06-29"),
[
    P("Hồ Thị Kim Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Y Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("A Blúi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("A Pớt", "Chủ tịch Hội Nông dân tỉnh"),
    P("Y Thương", "Chủ tịch Hội LHPN tỉnh"),
    P("Trần Văn Lộc", "Chủ tịch Hội CCB tỉnh"),
    P("A Khiêm", "Bí thư Tỉnh đoàn"),
    P("Đinh Thị Thu", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
    P("A Sang", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông"),
    P("A Lênh", "người có uy tín làng Đăk Chờ"),
],
[
    Q("8,35 tỷ đồng", 8350000000, "đồng"),
    Q("6,1 tỷ đồng", 6100000000, "đồng"),
    Q("415 hội nghị tiếp xúc cử tri", 415, "hội nghị tiếp xúc cử tri"),
    Q("99,87%", 99.87, "%"),
    Q("3 “Phiên chợ 0 đồng”", 3, "Phiên chợ"),
    Q("26 tấn", 26, "tấn"),
    Q("1.200 hộ", 1200, "hộ"),
    Q("420 suất quà", 420, "suất quà"),
    Q("300.000 đồng", 300000, "đồng"),
    Q("6 nhà “Nghĩa tình đồng đội”", 6, "nhà"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("3.400 lượt đoàn viên", 3400, "lượt đoàn viên"),
    Q("1.340 đoàn viên, người lao động", 1340, "đoàn viên, người lao động"),
    Q("670 triệu đồng", 670000000, "đồng"),
    Q("14 cuộc giám sát", 14, "cuộc giám sát"),
    Q("34 người có uy tín", 34, "người có uy tín"),
    Q("5 làng", 5, "làng"),
    Q("120 nhà Đại đoàn kết", 120, "nhà Đại đoàn kết"),
    Q("1.500 hộ đồng bào dân tộc thiểu số", 1500, "hộ đồng bào dân tộc thiểu số"),
],
[
    D("Quy định", "124", "QĐ/TW", "2017-10-04", "Ban Bí thư", surface="Quy định 124-QĐ/TW ngày 4/10/2017"),
    D("Chương trình phối hợp", "05", "CTrPH-MTTQ-CTXH", "2021-01-15", None, surface="Chương trình phối hợp số 05/CTrPH-MTTQ-CTXH ngày 15/1/2021"),
    D("Hướng dẫn", "18", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="hướng dẫn số 18/HD-MTTQ-BTT"),
],
[prov("Kon Tum"), com("Ngọk Yêu")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Ảnh: Các đại biểu dự hội nghị giao ban.",
 "Phiên chợ 0 đồng", "Nghĩa tình đồng đội", "Chiến dịch Thanh niên tình nguyện hè 2021", "Quỹ vắc xin phòng Covid-19",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "làng Đăk Chờ", "huyện Tu Mơ Rông"],
["30-06-2021 09:40", "Sáng 29/6", "quý II/2021", "6 tháng đầu năm", "quý III", "ngày 23/5", "Phiên chợ 0 đồng", "0 đồng",
 "Hội đồng nhân dân", "lần thứ XVI"],
))

# ---------------------------------------------------------------- b1026
PAGES.append(page(
"b1026-gialai-mttq-tongket-2022",
"""
Báo Gia Lai điện tử
Chính trị » Mặt trận
Thứ Sáu, 23/12/2022
Gia Lai: 1.526 căn nhà Đại đoàn kết đến với hộ nghèo trong năm 2022
(GLO)- Chiều 22/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí Lê Minh Khoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Nay H'Lơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Phạm Đình Tuấn, Phó Chủ tịch UBND tỉnh.
Đồng chí Nay H'Lơn phát biểu chỉ đạo hội nghị. Ảnh: Hồng Thi
Năm 2022, Quỹ “Vì người nghèo” các cấp trong tỉnh tiếp nhận 45,9 tỷ đồng. Từ nguồn quỹ và các nguồn xã hội hóa, Mặt trận các cấp đã hỗ trợ xây mới, sửa chữa 1.526 căn nhà Đại đoàn kết với tổng kinh phí 76,3 tỷ đồng, mỗi căn xây mới được hỗ trợ 50 triệu đồng; hỗ trợ 2.640 hộ nghèo giống cây trồng, vật nuôi. Toàn tỉnh có 3.210 hộ thoát nghèo, tỷ lệ hộ nghèo giảm 2,85% so với năm 2021.
Thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, Mặt trận các cấp đã xây dựng 214 mô hình “Khu dân cư không có tội phạm và tệ nạn xã hội”. Đội ngũ 1.480 người có uy tín trong đồng bào Jrai, Bahnar tiếp tục phát huy vai trò vận động bà con. Công tác giám sát, phản biện xã hội được đẩy mạnh với 426 cuộc giám sát, 38 hội nghị phản biện.
Các tổ chức thành viên cũng đóng góp tích cực: Hội LHPN tỉnh xây 42 “Mái ấm tình thương”; Hội CCB tỉnh hỗ trợ 18 nhà “Nghĩa tình đồng đội”; Tỉnh đoàn xây 9 “Ngôi nhà Khăn quàng đỏ”; Hội Nông dân tỉnh giải ngân 12,4 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 410 hộ; LĐLĐ tỉnh trao 3.600 suất quà Tết cho đoàn viên, người lao động, mỗi suất 500.000 đồng.
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã phối hợp triển khai Quyết định 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; tham mưu sơ kết Kết luận 11, 12-KL/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân tộc và xây dựng khối đại đoàn kết ở vùng đồng bào dân tộc thiểu số; ban hành kế hoạch số 209/KH-MTTQ-BTT về tổ chức “Ngày hội Đại đoàn kết toàn dân tộc”.
Tại hội nghị, đồng chí Ksor Bơ Lát, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo chuyên đề về cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Bà Kpă H'Nhi, Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Pa, chia sẻ kinh nghiệm vận động 312 hộ hiến đất làm đường liên thôn. Ông Rơ Mah Blưk, người có uy tín làng Ia Jrăng, xã Ia Grăng, cho biết làng đã 5 năm liền không có người vi phạm pháp luật. Mục sư Siu Y Kim, Quản nhiệm Chi hội Tin Lành Plei Ring, xã Ia Dêr, cam kết vận động tín đồ “sống Phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc”. Ông Đinh Hrao, Bí thư Chi bộ kiêm Trưởng làng Đê Ktu, xã Đak Djrăng, kiến nghị hỗ trợ nước sinh hoạt cho 86 hộ.
Phát biểu chỉ đạo, đồng chí Nay H'Lơn đề nghị năm 2023 Mặt trận các cấp tập trung vận động xây dựng ít nhất 1.000 nhà Đại đoàn kết, phấn đấu giảm 3% tỷ lệ hộ nghèo. Chủ tịch Ủy ban MTTQ tỉnh Lê Minh Khoa tiếp thu, giao các ban chuyên môn xây dựng kế hoạch cụ thể.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 28 tập thể và 41 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2022.
Hồng Thi
TIN CÙNG CHUYÊN MỤC
- Chư Sê: Trao 25 căn nhà Đại đoàn kết cho hộ nghèo (19/12/2022)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách BHYT (12/12/2022)
- Ngày hội Đại đoàn kết ở làng Plei Ring (18/11/2022)
- Ksor Bơ Lát: Người cán bộ Mặt trận gần dân (08/12/2022)
- Ia Grai: Hội nghị đối thoại với người có uy tín năm 2022 (30/11/2022)
- Triển khai Quyết định 1719/QĐ-TTg tại 38 xã đặc biệt khó khăn (22/11/2022)
""",
"2022-12-23",
"Gia Lai: 1.526 căn nhà Đại đoàn kết đến với hộ nghèo trong năm 2022",
E("tong_ket", "2022", "2022-12-22"),
[
    P("Lê Minh Khoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Nay H'Lơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phạm Đình Tuấn", "Phó Chủ tịch UBND tỉnh"),
    P("Ksor Bơ Lát", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
    P("Kpă H'Nhi", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Pa"),
    P("Rơ Mah Blưk", "người có uy tín làng Ia Jrăng"),
    P("Siu Y Kim", "Mục sư", "Quản nhiệm Chi hội Tin Lành Plei Ring"),
    P("Đinh Hrao", "Bí thư Chi bộ kiêm Trưởng làng Đê Ktu"),
],
[
    Q("1.526 căn nhà Đại đoàn kết", 1526, "căn nhà Đại đoàn kết"),
    Q("45,9 tỷ đồng", 45900000000, "đồng"),
    Q("76,3 tỷ đồng", 76300000000, "đồng"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("2.640 hộ nghèo", 2640, "hộ nghèo"),
    Q("3.210 hộ", 3210, "hộ"),
    Q("2,85%", 2.85, "%"),
    Q("214 mô hình", 214, "mô hình"),
    Q("1.480 người có uy tín", 1480, "người có uy tín"),
    Q("426 cuộc giám sát", 426, "cuộc giám sát"),
    Q("38 hội nghị phản biện", 38, "hội nghị phản biện"),
    Q("42 “Mái ấm tình thương”", 42, "Mái ấm tình thương"),
    Q("18 nhà “Nghĩa tình đồng đội”", 18, "nhà"),
    Q("9 “Ngôi nhà Khăn quàng đỏ”", 9, "Ngôi nhà Khăn quàng đỏ"),
    Q("12,4 tỷ đồng", 12400000000, "đồng"),
    Q("410 hộ", 410, "hộ"),
    Q("3.600 suất quà Tết", 3600, "suất quà Tết"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("312 hộ", 312, "hộ"),
    Q("86 hộ", 86, "hộ"),
    Q("ít nhất 1.000 nhà Đại đoàn kết", 1000, "nhà Đại đoàn kết", "over"),
    Q("3%", 3, "%"),
    Q("28 tập thể", 28, "tập thể"),
    Q("41 cá nhân", 41, "cá nhân"),
],
[
    D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", surface="Kết luận 01-KL/TW ngày 18/5/2021"),
    D("Chỉ thị", "05", "CT/TW", None, None, surface="Chỉ thị 05-CT/TW"),
    D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", surface="Quyết định 90/QĐ-TTg ngày 18/1/2022"),
    D("Kết luận", "11", "KL/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Kết luận 11, 12-KL/TU"),
    D("Kết luận", "12", "KL/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Kết luận 11, 12-KL/TU"),
    D("Kế hoạch", "209", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="kế hoạch số 209/KH-MTTQ-BTT"),
],
[prov("Gia Lai"), com("Ia Grăng"), com("Ia Dêr"), com("Đak Djrăng")],
["Báo Gia Lai điện tử", "Chính trị » Mặt trận", "(GLO)", "Đồng chí Nay H'Lơn phát biểu chỉ đạo hội nghị. Ảnh: Hồng Thi",
 "Vì người nghèo", "Khu dân cư không có tội phạm và tệ nạn xã hội", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "sống Phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc", "làng Ia Jrăng", "huyện Krông Pa", "Mái ấm tình thương",
 "Nghĩa tình đồng đội", "Ngôi nhà Khăn quàng đỏ", "Quỹ Hỗ trợ nông dân"],
["Thứ Sáu, 23/12/2022", "Chiều 22/12", "năm 2022", "năm 2023", "năm 2021", "5 năm liền", "giai đoạn 2021 - 2025"],
))

# ---------------------------------------------------------------- b1027
PAGES.append(page(
"b1027-daklak-hccb-daihoi-2022",
"""
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận - Đoàn thể
Thứ bảy, 30/7/2022 08:10
Đại tá Y Ngông Niê tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh
Ban Chấp hành Hội CCB tỉnh khóa VII ra mắt đại hội. Ảnh: Hoàng Gia
Ngày 29/7, Hội Cựu chiến binh (CCB) tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có Thiếu tướng Bùi Quang Thắng, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Trương Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lưu Đình Khoa, Phó Chủ tịch UBND tỉnh cùng 250 đại biểu đại diện cho hơn 36.000 hội viên CCB trong tỉnh.
Đại tá Y Ngông Niê, Chủ tịch Hội CCB tỉnh, trình bày báo cáo chính trị. Nhiệm kỳ 2017 - 2022, các cấp Hội đã giúp 1.870 hội viên thoát nghèo, không còn hộ hội viên thiếu đói; xây dựng, sửa chữa 312 nhà “Nghĩa tình đồng đội” với tổng kinh phí 15,6 tỷ đồng. Quỹ Hội các cấp đạt 38,4 tỷ đồng. Toàn tỉnh có 2.150 hộ CCB sản xuất, kinh doanh giỏi; 64 doanh nghiệp, 120 hợp tác xã, tổ hợp tác, trang trại của CCB tạo việc làm cho hơn 6.000 lao động, trong đó nhiều lao động là con em đồng bào Êđê, M'nông, Jrai.
CCB tham gia hòa giải thành 1.240 vụ việc mâu thuẫn trong nhân dân, phối hợp vận động 86 đối tượng lầm lỡ trở về với gia đình, buôn làng; 95,6% cơ sở Hội được đánh giá trong sạch, vững mạnh. Việc thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị gắn với phong trào thi đua “Cựu chiến binh gương mẫu” được duy trì thường xuyên.
Tại đại hội, ông Y Khuy Mlô, Chủ tịch Hội CCB xã Ea Tul, huyện Cư M'gar, trình bày tham luận về mô hình tổ hợp tác CCB trồng cà phê theo hướng bền vững với 38 thành viên, thu nhập bình quân 180 triệu đồng/hộ/năm. Bà H'Lim Ayŭn, Chi hội trưởng Chi hội CCB buôn Trí, xã Krông Na, chia sẻ cách vận động con em trong buôn không nghe theo kẻ xấu.
Phát biểu chỉ đạo, đồng chí Trương Thị Hồng Vân đề nghị các cấp Hội tiếp tục thực hiện Pháp lệnh Cựu chiến binh và Nghị định 157/2016/NĐ-CP ngày 24/11/2016 của Chính phủ; quán triệt Chỉ thị 14-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Hội CCB các cấp; phấn đấu mỗi năm giúp 300 hộ hội viên thoát nghèo, xây dựng 50 nhà “Nghĩa tình đồng đội”.
Đại hội đã bầu 25 đồng chí vào Ban Chấp hành Hội CCB tỉnh khóa VII. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu 9 đồng chí vào Ban Thường vụ; Đại tá Y Ngông Niê tái đắc cử Chủ tịch Hội CCB tỉnh; các đồng chí: Thượng tá Lê Văn Bình, Trung tá H'Zin Byă được bầu giữ chức Phó Chủ tịch Hội CCB tỉnh. Đại hội cũng bầu 7 đại biểu chính thức dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 6 tập thể, 10 cá nhân; UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc nhiệm kỳ 2017 - 2022.
Hoàng Gia
Tin khác
- Hội CCB thành phố Buôn Ma Thuột đại hội nhiệm kỳ 2022 - 2027 (15/07/2022)
- Krông Búk: CCB hiến 1.500 m2 đất làm đường (02/07/2022)
- Trao 10 nhà “Nghĩa tình đồng đội” cho hội viên khó khăn (24/06/2022)
- Hội CCB huyện Ea H'leo: 45 đồng chí được tặng Kỷ niệm chương (17/06/2022)
- Thực hiện Chỉ thị 05-CT/TW: CCB Đắk Lắk gương mẫu học và làm theo Bác (09/06/2022)
BÁO ĐẮK LẮK ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Giấy phép số 425/GP-BTTTT ngày 30/8/2021. Tổng Biên tập: Y Khoa Niê
Địa chỉ: 10 Lê Duẩn, TP Buôn Ma Thuột | Điện thoại: 0262.3852.514
""",
"2022-07-30",
"Đại tá Y Ngông Niê tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh",
E("dai_hoi", None, "2022-07-29"),
[
    P("Y Ngông Niê", "Đại tá", "Chủ tịch Hội Cựu chiến binh tỉnh", "Chủ tịch Hội CCB tỉnh"),
    P("Bùi Quang Thắng", "Thiếu tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
    P("Trương Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lưu Đình Khoa", "Phó Chủ tịch UBND tỉnh"),
    P("Y Khuy Mlô", "Chủ tịch Hội CCB xã Ea Tul"),
    P("H'Lim Ayŭn", "Chi hội trưởng Chi hội CCB buôn Trí"),
    P("Lê Văn Bình", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
    P("H'Zin Byă", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
],
[
    Q("250 đại biểu", 250, "đại biểu"),
    Q("hơn 36.000 hội viên CCB", 36000, "hội viên CCB", "over"),
    Q("1.870 hội viên", 1870, "hội viên"),
    Q("312 nhà “Nghĩa tình đồng đội”", 312, "nhà"),
    Q("15,6 tỷ đồng", 15600000000, "đồng"),
    Q("38,4 tỷ đồng", 38400000000, "đồng"),
    Q("2.150 hộ CCB", 2150, "hộ CCB"),
    Q("64 doanh nghiệp", 64, "doanh nghiệp"),
    Q("120 hợp tác xã, tổ hợp tác, trang trại", 120, "hợp tác xã, tổ hợp tác, trang trại"),
    Q("hơn 6.000 lao động", 6000, "lao động", "over"),
    Q("1.240 vụ việc mâu thuẫn", 1240, "vụ việc mâu thuẫn"),
    Q("86 đối tượng", 86, "đối tượng"),
    Q("95,6%", 95.6, "%"),
    Q("38 thành viên", 38, "thành viên"),
    Q("180 triệu đồng/hộ/năm", 180000000, "đồng"),
    Q("300 hộ hội viên", 300, "hộ hội viên"),
    Q("50 nhà “Nghĩa tình đồng đội”", 50, "nhà"),
    Q("25 đồng chí", 25, "đồng chí"),
    Q("9 đồng chí", 9, "đồng chí"),
    Q("7 đại biểu chính thức", 7, "đại biểu chính thức"),
    Q("6 tập thể", 6, "tập thể"),
    Q("10 cá nhân", 10, "cá nhân"),
    Q("12 tập thể", 12, "tập thể"),
    Q("20 cá nhân", 20, "cá nhân"),
],
[
    D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", surface="Chỉ thị 05-CT/TW ngày 15/5/2016"),
    D("Nghị định", "157", "2016/NĐ-CP", "2016-11-24", "Chính phủ", surface="Nghị định 157/2016/NĐ-CP ngày 24/11/2016"),
    D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 14-CT/TU"),
],
[prov("Đắk Lắk"), com("Ea Tul"), com("Krông Na")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Ban Chấp hành Hội CCB tỉnh khóa VII ra mắt đại hội. Ảnh: Hoàng Gia",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Pháp lệnh Cựu chiến binh", "buôn Trí", "huyện Cư M'gar",
 "Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII"],
["Thứ bảy, 30/7/2022 08:10", "Ngày 29/7", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "khóa VII",
 "lần thứ nhất", "25 đồng chí", "9 đồng chí", "nhiệm kỳ 2017 - 2022"],
))

# ---------------------------------------------------------------- b1028
PAGES.append(page(
"b1028-ninhthuan-mttq-baocao-2023",
"""
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ > Văn bản - Báo cáo > Báo cáo định kỳ
Ngày đăng: 06/04/2023
Lượt truy cập: 215.480
Tình hình tư tưởng, dư luận Nhân dân quý I năm 2023
Ngày 5/4/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận ban hành Báo cáo số 58/BC-MTTQ-BTT về tình hình tư tưởng, dư luận Nhân dân và kết quả công tác Mặt trận quý I năm 2023. Nội dung chính như sau:
1. Tình hình Nhân dân
Nhân dân trong tỉnh phấn khởi đón Tết Nguyên đán Quý Mão; đồng bào Chăm Bà Ni đón Tết Ramưwan an toàn, tiết kiệm. Tuy nhiên, nắng hạn kéo dài làm khoảng 1.250 ha cây trồng ở các huyện Thuận Bắc, Ninh Sơn thiếu nước tưới; giá một số mặt hàng thiết yếu tăng khiến đời sống một bộ phận người lao động gặp khó khăn. Cử tri vùng đồng bào dân tộc thiểu số đề nghị đẩy nhanh giải ngân vốn thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
2. Kết quả công tác Mặt trận
Trong quý I, Mặt trận các cấp tặng 2.640 suất quà Tết cho hộ nghèo, gia đình chính sách, trị giá 1,58 tỷ đồng; Quỹ “Vì người nghèo” các cấp tiếp nhận 3,86 tỷ đồng; khởi công 25 nhà Đại đoàn kết, mỗi căn được hỗ trợ 50 triệu đồng. Ban Thường trực thăm, chúc Tết Hội đồng sư cả Hồi giáo Bà Ni tỉnh, Hội đồng chức sắc Bà-la-môn tỉnh và 18 cơ sở tôn giáo.
Thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 27/KH-MTTQ-BTT ngày 10/01/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận tỉnh đã tổ chức 3 cuộc giám sát chuyên đề, 2 hội nghị phản biện xã hội. Ban Thường trực tiếp nhận 46 đơn thư, đã chuyển 41 đơn đến cơ quan có thẩm quyền giải quyết.
3. Ý kiến, kiến nghị
Tổng hợp từ 112 hội nghị tiếp xúc cử tri và các kênh phản ánh, có 1.640 lượt ý kiến, kiến nghị. Ông Thập Văn Lời, Chủ tịch Hội đồng sư cả Hồi giáo Bà Ni tỉnh, đề nghị hỗ trợ tu sửa 6 thánh đường đã xuống cấp. Cả sư Thuận Văn Sỹ, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh, kiến nghị bảo tồn các lễ hội truyền thống của đồng bào Chăm. Ông Chamaléa Điệp, người có uy tín thôn Ma Oai, xã Phước Hà, phản ánh 130 hộ Raglai trong thôn thiếu nước sinh hoạt vào mùa khô. Cử tri xã Phước Nam đề nghị sớm chi trả hỗ trợ cho 215 hộ bị thu hồi đất làm dự án.
Ban Thường trực đề nghị UBND tỉnh chỉ đạo các ngành trả lời, giải quyết dứt điểm các kiến nghị trước kỳ họp giữa năm của HĐND tỉnh; tiếp tục thực hiện tốt Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH
Lê Thị Hà Nhi
Các tin đã đưa
- Báo cáo kết quả công tác Mặt trận năm 2022 (28/12/2022)
- Ban Thường trực thăm, chúc Tết đồng bào Chăm Bà-la-môn dịp lễ hội Katê (22/10/2022)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Ninh Phước (15/09/2022)
""",
"2023-04-06",
"Tình hình tư tưởng, dư luận Nhân dân quý I năm 2023",
E("bao_cao", "2023-Q1", "2023-04-05"),
[
    P("Thập Văn Lời", "Chủ tịch Hội đồng sư cả Hồi giáo Bà Ni tỉnh"),
    P("Thuận Văn Sỹ", "Cả sư", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
    P("Chamaléa Điệp", "người có uy tín thôn Ma Oai"),
    P("Lê Thị Hà Nhi", "PHÓ CHỦ TỊCH"),
],
[
    Q("khoảng 1.250 ha", 1250, "ha", "approx"),
    Q("2.640 suất quà Tết", 2640, "suất quà Tết"),
    Q("1,58 tỷ đồng", 1580000000, "đồng"),
    Q("3,86 tỷ đồng", 3860000000, "đồng"),
    Q("25 nhà Đại đoàn kết", 25, "nhà Đại đoàn kết"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("18 cơ sở tôn giáo", 18, "cơ sở tôn giáo"),
    Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
    Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
    Q("46 đơn thư", 46, "đơn thư"),
    Q("41 đơn", 41, "đơn"),
    Q("112 hội nghị tiếp xúc cử tri", 112, "hội nghị tiếp xúc cử tri"),
    Q("1.640 lượt ý kiến, kiến nghị", 1640, "lượt ý kiến, kiến nghị"),
    Q("6 thánh đường", 6, "thánh đường"),
    Q("130 hộ Raglai", 130, "hộ Raglai"),
    Q("215 hộ", 215, "hộ"),
],
[
    D("Báo cáo", "58", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận", surface="Báo cáo số 58/BC-MTTQ-BTT"),
    D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
    D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
      surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
    D("Kế hoạch", "27", "KH-MTTQ-BTT", "2023-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 27/KH-MTTQ-BTT ngày 10/01/2023"),
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
    D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ > Văn bản - Báo cáo > Báo cáo định kỳ",
 "Lượt truy cập: 215.480", "Vì người nghèo", "Hội đồng sư cả Hồi giáo Bà Ni tỉnh", "Hội đồng chức sắc Bà-la-môn tỉnh",
 "thôn Ma Oai", "TM. BAN THƯỜNG TRỰC", "Tết Ramưwan"],
["Ngày đăng: 06/04/2023", "Lượt truy cập: 215.480", "Ngày 5/4/2023", "quý I năm 2023", "Hội đồng sư cả", "Hội đồng chức sắc",
 "1. Tình hình Nhân dân", "2. Kết quả công tác Mặt trận", "3. Ý kiến, kiến nghị", "Tết Nguyên đán Quý Mão"],
))

# ---------------------------------------------------------------- b1029
PAGES.append(page(
"b1029-daknong-tinhdoan-taphuan-2023",
"""
Báo Đắk Nông điện tử
Trang chủ › Chính trị › Đoàn thể
17 Tháng 8, 2023 - 14:25
Nâng cao kỹ năng vận động thanh niên đồng bào dân tộc thiểu số
Trong 2 ngày 15 và 16/8, Tỉnh đoàn Đắk Nông tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và kỹ năng dân vận năm 2023 cho 150 cán bộ Đoàn cơ sở, trong đó có 62 cán bộ là người đồng bào dân tộc thiểu số.
Phát biểu khai mạc, đồng chí Điểu Sa Rinh, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, nhấn mạnh cán bộ Đoàn cơ sở là lực lượng gần thanh niên nhất, phải “nghe thanh niên nói, nói thanh niên hiểu, làm thanh niên tin”.
Các học viên được truyền đạt 6 chuyên đề. Đồng chí Nguyễn Thị Mai Anh, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu chuyên đề về công tác dân vận ở vùng đồng bào dân tộc thiểu số và tôn giáo; Thạc sĩ Lê Văn Hải, Phó Hiệu trưởng Trường Chính trị tỉnh, trao đổi về kỹ năng nắm bắt dư luận xã hội trên không gian mạng. Lớp học cũng được quán triệt Quyết định 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ ban hành Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030, Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và Kế hoạch số 148-KH/TĐTN-TG ngày 20/7/2023 của Ban Thường vụ Tỉnh đoàn.
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.
Ngoài phần lý thuyết, học viên được thực hành xây dựng kế hoạch vận động thanh niên tham gia bảo vệ rừng và đi thực tế mô hình “Thanh niên M'nông giữ rừng” tại bon Bu Prăng 2, nơi 24 đoàn viên nhận khoán bảo vệ 1.150 ha rừng, mỗi năm được chi trả hơn 400 triệu đồng tiền dịch vụ môi trường rừng.
Chị H'Nguyên Niê, Bí thư Đoàn xã Đắk Drông (Cư Jút), cho biết qua lớp học chị biết cách tổ chức các buổi sinh hoạt chi đoàn bằng song ngữ Việt - Êđê. Anh Điểu Ron, vừa được bầu giữ chức Bí thư Chi đoàn bon Bu Đăk, xã Quảng Trực, chia sẻ: bon có 46 đoàn viên, nhiều em bỏ học sớm đi làm thuê, nên rất cần kỹ năng vận động. Anh Sùng A Páo, Phó Bí thư Đoàn xã Quảng Hòa, người Mông di cư từ Cao Bằng vào lập nghiệp từ năm 1995, mong có thêm tài liệu tuyên truyền bằng tiếng Mông.
Năm 2023, các cấp bộ Đoàn trong tỉnh đã xây dựng 48 công trình thanh niên, trị giá 3,4 tỷ đồng; xây 9 “Ngôi nhà nhân ái”, mỗi nhà 60 triệu đồng; trao 1.200 suất học bổng, tổng trị giá 360 triệu đồng cho học sinh nghèo; mở 14 lớp xóa mù chữ cho 320 học viên là thanh niên đồng bào. Tỉnh đoàn cũng hỗ trợ 35 thanh niên khởi nghiệp tiếp cận nguồn vốn vay với tổng số tiền hơn 2,1 tỷ đồng.
Kết thúc lớp tập huấn, 95% học viên đạt yêu cầu. Tỉnh đoàn dự kiến tổ chức thêm 2 lớp tại các huyện Tuy Đức, Đắk Glong trong quý IV.
Thanh Nga
Bài viết liên quan
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2023 (10/06/2023)
- Đắk Glong: Thanh niên giúp dân thu hoạch cà phê (12/01/2023)
- Trao 100 suất học bổng “Tiếp bước đến trường” (25/08/2023)
""",
"2023-08-17",
"Nâng cao kỹ năng vận động thanh niên đồng bào dân tộc thiểu số",
E("tap_huan", "2023", "2023-08-15"),
[
    P("Điểu Sa Rinh", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
    P("Nguyễn Thị Mai Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lê Văn Hải", "Thạc sĩ", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
    P("H'Nguyên Niê", "Bí thư Đoàn xã Đắk Drông"),
    P("Điểu Ron", "Bí thư Chi đoàn bon Bu Đăk"),
    P("Sùng A Páo", "Phó Bí thư Đoàn xã Quảng Hòa"),
],
[
    Q("150 cán bộ Đoàn cơ sở", 150, "cán bộ Đoàn cơ sở"),
    Q("62 cán bộ", 62, "cán bộ"),
    Q("6 chuyên đề", 6, "chuyên đề"),
    Q("24 đoàn viên", 24, "đoàn viên"),
    Q("1.150 ha", 1150, "ha"),
    Q("hơn 400 triệu đồng", 400000000, "đồng", "over"),
    Q("46 đoàn viên", 46, "đoàn viên"),
    Q("48 công trình thanh niên", 48, "công trình thanh niên"),
    Q("3,4 tỷ đồng", 3400000000, "đồng"),
    Q("9 “Ngôi nhà nhân ái”", 9, "Ngôi nhà nhân ái"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("1.200 suất học bổng", 1200, "suất học bổng"),
    Q("360 triệu đồng", 360000000, "đồng"),
    Q("14 lớp xóa mù chữ", 14, "lớp xóa mù chữ"),
    Q("320 học viên", 320, "học viên"),
    Q("35 thanh niên", 35, "thanh niên"),
    Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
    Q("95% học viên", 95, "%"),
    Q("2 lớp", 2, "lớp"),
],
[
    D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", surface="Quyết định 1331/QĐ-TTg ngày 24/7/2021"),
    D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU"),
    D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU"),
    D("Kế hoạch", "148", "KH/TĐTN-TG", "2023-07-20", "Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch số 148-KH/TĐTN-TG ngày 20/7/2023"),
],
[prov("Đắk Nông"), prov("Cao Bằng"), com("Đắk Drông"), com("Quảng Trực"), com("Quảng Hòa")],
["Báo Đắk Nông điện tử", "Trang chủ › Chính trị › Đoàn thể", "nghe thanh niên nói, nói thanh niên hiểu, làm thanh niên tin",
 "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030", "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.",
 "bon Bu Đăk", "Ngôi nhà nhân ái", "Trường Chính trị tỉnh", "Thanh niên M'nông giữ rừng", "bon Bu Prăng 2"],
["17 Tháng 8, 2023 - 14:25", "Trong 2 ngày 15 và 16/8", "năm 2023", "giai đoạn 2021 - 2030", "từ năm 1995", "quý IV"],
))

# ---------------------------------------------------------------- b1030
PAGES.append(page(
"b1030-lamdong-hnd-giamsat-2024",
"""
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 18/09/2024, 15:32 (GMT+7)
Giám sát việc sử dụng vốn Quỹ Hỗ trợ nông dân tại Đam Rông
Ngày 17/9, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng do ông Bon Jốc K'Đảo, Phó Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc quản lý, sử dụng nguồn vốn Quỹ Hỗ trợ nông dân tại huyện Đam Rông. Đây là một trong 7 chuyên đề thuộc chương trình giám sát năm 2024 của Hội Nông dân tỉnh.
Cùng đi có ông Nguyễn Văn Tám, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh và bà Trần Thị Bích Ngọc, Trưởng ban Kiểm tra Hội Nông dân tỉnh. Tiếp đoàn có ông Cil Ha Đông, HUV, Chủ tịch Hội Nông dân huyện Đam Rông và bà Ka Hoa, Phó Chủ tịch UBND huyện.
Theo báo cáo, Hội Nông dân huyện Đam Rông đang quản lý 42 dự án vay vốn Quỹ Hỗ trợ nông dân với tổng dư nợ 9,8 tỷ đồng, giúp 386 hộ hội viên phát triển chăn nuôi bò, trồng sầu riêng, cà phê; mức vay tối đa 50 triệu đồng/hộ. Tỷ lệ nợ quá hạn 0,6%. Các dự án đã giúp nông dân nuôi thêm 120 con bò sinh sản, trồng mới 85 ha sầu riêng, cà phê xen canh.
Đoàn đã kiểm tra thực tế 5 dự án tại 3 xã Đạ Tông, Đạ M'Rông, Phi Liêng. Bà Kră Jăn Thị Nhơn, Chi hội trưởng Chi hội Nông dân thôn Đạ Nhar, xã Đạ Tông, cho biết tổ vay vốn của thôn có 12 hộ người K'Ho và M'nông, sau 2 năm đã có 8 hộ thoát nghèo. Ông Ya Phi, vừa được bầu làm Chủ tịch Hội Nông dân xã Phi Liêng, đề nghị nâng thời hạn vay để phù hợp với chu kỳ cây sầu riêng. Ông Liêng Jrang Ha Bi, hội viên thôn Păng Dung, kiến nghị hỗ trợ kỹ thuật ghép cải tạo vườn cà phê già cỗi.
Qua giám sát, đoàn ghi nhận việc bình xét, cho vay được thực hiện công khai, đúng đối tượng; tuy nhiên vẫn còn 3 dự án chậm trả nợ gốc với số tiền 180 triệu đồng, hồ sơ một số dự án chưa đầy đủ. Đoàn đề nghị Hội Nông dân huyện thực hiện đúng Nghị định 37/2023/NĐ-CP ngày 24/6/2023 của Chính phủ về thành lập, tổ chức và hoạt động của Quỹ Hỗ trợ nông dân và Quyết định số 1460-QĐ/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam.
Ông Bon Jốc K'Đảo cho biết, theo Kế hoạch số 112-KH/HNDT ngày 5/3/2024 của Ban Thường vụ Hội Nông dân tỉnh, năm 2024 Hội phấn đấu tăng trưởng Quỹ Hỗ trợ nông dân toàn tỉnh thêm 5 tỷ đồng, nâng tổng nguồn quỹ lên 86,5 tỷ đồng, góp phần thực hiện Nghị quyết 19-NQ/TW ngày 16/6/2022 của BCH Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn.
Ngọc Ngà
Tin cùng chuyên mục
- Hội Nông dân tỉnh đối thoại với nông dân trồng rau Đơn Dương (10/09/2024)
- Di Linh: 200 hội viên được tập huấn trồng cà phê bền vững (03/09/2024)
- Lạc Dương: Ra mắt hợp tác xã nông nghiệp của đồng bào K'Ho (26/08/2024)
""",
"2024-09-18",
"Giám sát việc sử dụng vốn Quỹ Hỗ trợ nông dân tại Đam Rông",
E("giam_sat", "2024", "2024-09-17"),
[
    P("Bon Jốc K'Đảo", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Nguyễn Văn Tám", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
    P("Trần Thị Bích Ngọc", "Trưởng ban Kiểm tra Hội Nông dân tỉnh"),
    P("Cil Ha Đông", "HUV", "Chủ tịch Hội Nông dân huyện Đam Rông"),
    P("Ka Hoa", "Phó Chủ tịch UBND huyện"),
    P("Kră Jăn Thị Nhơn", "Chi hội trưởng Chi hội Nông dân thôn Đạ Nhar"),
    P("Ya Phi", "Chủ tịch Hội Nông dân xã Phi Liêng"),
    P("Liêng Jrang Ha Bi"),
],
[
    Q("7 chuyên đề", 7, "chuyên đề"),
    Q("42 dự án", 42, "dự án"),
    Q("9,8 tỷ đồng", 9800000000, "đồng"),
    Q("386 hộ hội viên", 386, "hộ hội viên"),
    Q("50 triệu đồng/hộ", 50000000, "đồng"),
    Q("0,6%", 0.6, "%"),
    Q("120 con bò sinh sản", 120, "con bò sinh sản"),
    Q("85 ha", 85, "ha"),
    Q("5 dự án", 5, "dự án"),
    Q("3 xã", 3, "xã"),
    Q("12 hộ", 12, "hộ"),
    Q("8 hộ", 8, "hộ"),
    Q("3 dự án", 3, "dự án"),
    Q("180 triệu đồng", 180000000, "đồng"),
    Q("5 tỷ đồng", 5000000000, "đồng"),
    Q("86,5 tỷ đồng", 86500000000, "đồng"),
],
[
    D("Nghị định", "37", "2023/NĐ-CP", "2023-06-24", "Chính phủ", surface="Nghị định 37/2023/NĐ-CP ngày 24/6/2023"),
    D("Quyết định", "1460", "QĐ/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", surface="Quyết định số 1460-QĐ/HNDTW"),
    D("Kế hoạch", "112", "KH/HNDT", "2024-03-05", "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch số 112-KH/HNDT ngày 5/3/2024"),
    D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương Đảng", surface="Nghị quyết 19-NQ/TW ngày 16/6/2022"),
],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ M'Rông"), com("Phi Liêng")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Quỹ Hỗ trợ nông dân", "thôn Păng Dung", "thôn Đạ Nhar",
 "huyện Đam Rông"],
["Thứ Tư, 18/09/2024, 15:32 (GMT+7)", "Ngày 17/9", "năm 2024", "sau 2 năm", "khóa XIII"],
))
