from lib import *
PAGES = []

PAGES.append(page("b9569-hoabinh-tuson-daihoi-dangbo-2020", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị » Tiến tới Đại hội Đảng các cấp
Thứ Sáu - 10/07/2020 08:45
Đại hội đại biểu Đảng bộ xã Tú Sơn lần thứ XXIV, nhiệm kỳ 2020 - 2025
Trong hai ngày 8 và 9/7, Đảng bộ xã Tú Sơn (huyện Kim Bôi, tỉnh Hòa Bình) tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2020 - 2025. Dự đại hội có 135 đại biểu chính thức, đại diện cho 412 đảng viên của 19 chi bộ. Đồng chí Bùi Đức Hạnh, Phó Bí thư Thường trực Huyện ủy Kim Bôi dự và chỉ đạo đại hội.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Báo cáo chính trị do đồng chí Bùi Thị Mến, Phó Bí thư Thường trực Đảng ủy xã trình bày cho biết: nhiệm kỳ qua, Đảng ủy xã đã ban hành Nghị quyết số 02-NQ/ĐU về xây dựng xóm không có đơn thư vượt cấp; tình hình nhân dân ổn định, không để phát sinh điểm nóng. Các tổ hòa giải đã tiếp nhận 52 vụ việc, hòa giải thành 48 vụ việc, chủ yếu là tranh chấp ranh giới đất vườn, đất rừng giữa các hộ người Mường. Nhân dân hiến 4.200 m2 đất để mở rộng đường liên xóm; 11/11 xóm đạt danh hiệu khu dân cư văn hóa.
Thu nhập bình quân đầu người năm 2020 ước đạt 38,5 triệu đồng; tỷ lệ hộ nghèo giảm từ 19,4% xuống còn 6,2%. Xã được công nhận đạt chuẩn nông thôn mới.
Thảo luận tại đại hội, ông Bùi Văn Thanh, Trưởng xóm Sống Dưới, Tổ trưởng tổ hòa giải, kể lại vụ tranh chấp 1,3 ha đất rừng giữa hai anh em ruột kéo dài nhiều năm, tổ hòa giải phải mời cả dòng họ, các bậc cao niên đến phân tích thấu tình đạt lý, cuối cùng hai bên vui vẻ ký biên bản. Nhiều ý kiến đề nghị cấp ủy quan tâm hơn đến việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ, vì đây là nguyên nhân của phần lớn đơn thư.
Đại hội cũng thẳng thắn chỉ ra hạn chế: việc nắm tình hình ở một số xóm còn chậm, có vụ việc để kéo dài mới giải quyết; sinh hoạt của một số chi bộ chưa thường xuyên, nội dung chưa gắn với những vấn đề bức xúc của nhân dân.
Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí. Đồng chí Quách Văn Dũng tái đắc cử Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025; đồng chí Bùi Thị Mến được bầu làm Phó Bí thư Thường trực Đảng ủy xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Đảng bộ huyện.
Phát biểu chỉ đạo, đồng chí Bùi Đức Hạnh đề nghị Đảng bộ xã tiếp tục phát huy vai trò của tổ hòa giải và người có uy tín, giải quyết tranh chấp đất đai ngay từ xóm, không để đơn thư vượt cấp; chú trọng công tác dân vận gắn với phát triển kinh tế đồi rừng.
Bùi Minh
Lượt đọc: 1.342
Tin liên quan
- Đại hội đại biểu Đảng bộ xã Vĩnh Tiến nhiệm kỳ 2020 - 2025 (07/07/2020)
- Kim Bôi: 100% chi bộ hoàn thành đại hội (20/06/2020)
- Lạc Sơn: hòa giải thành 96% vụ việc ở cơ sở (15/06/2020)
""", "2020-07-10", "Đại hội đại biểu Đảng bộ xã Tú Sơn lần thứ XXIV, nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-07-08"),
[P("Bùi Đức Hạnh", "Phó Bí thư Thường trực Huyện ủy Kim Bôi"),
 P("Bùi Thị Mến", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Bùi Văn Thanh", "Trưởng xóm Sống Dưới", "Tổ trưởng tổ hòa giải"),
 P("Quách Văn Dũng", "Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025")],
[Q("135 đại biểu chính thức", 135, "đại biểu chính thức"), Q("412 đảng viên", 412, "đảng viên"), Q("19 chi bộ", 19, "chi bộ"),
 Q("52 vụ việc", 52, "vụ việc"), Q("48 vụ việc", 48, "vụ việc"), Q("4.200 m2", 4200, "m2"), Q("11/11 xóm", 11, "xóm"),
 Q("38,5 triệu đồng", 38500000, "đồng"), Q("19,4%", 19.4, "%"), Q("6,2%", 6.2, "%"), Q("1,3 ha", 1.3, "ha"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Hòa Bình"), com("Tú Sơn")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị » Tiến tới Đại hội Đảng các cấp", "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Lượt đọc: 1.342"],
["Thứ Sáu - 10/07/2020 08:45", "lần thứ XXIV", "nhiệm kỳ 2020 - 2025", "15 đồng chí", "năm 2020", "Lượt đọc: 1.342"]))

PAGES.append(page("b9570-longan-ubnd-doithoai-kcn-2021", """
BÁO LONG AN ONLINE
Thời sự › Chính trị › Chính quyền
19/03/2021 - 11:02
Phó Chủ tịch UBND tỉnh đối thoại với hộ dân vùng dự án khu công nghiệp ở Đức Hòa
Chiều 18/3, Phó Chủ tịch UBND tỉnh Long An - Trương Văn Nết chủ trì buổi đối thoại với các hộ dân bị ảnh hưởng bởi dự án khu công nghiệp tại xã Hựu Thạnh, huyện Đức Hòa. Buổi đối thoại được tổ chức tại hội trường UBND xã, đảm bảo các biện pháp phòng, chống dịch Covid-19 theo thông điệp 5K.
Quang cảnh buổi đối thoại. Ảnh: Gia Bảo
Theo bà Võ Thị Ngọc Dung, Giám đốc Sở Tài nguyên và Môi trường, dự án có tổng diện tích 189,7 ha, ảnh hưởng đến 246 hộ. Đến nay, 221 hộ đã nhận tiền bồi thường, hỗ trợ; còn 25 hộ chưa đồng thuận, trong đó 12 hộ có phần đất đang tranh chấp về ranh giới với các hộ lân cận hoặc tranh chấp thừa kế trong gia đình.
Giá đất bồi thường được áp dụng theo Quyết định số 1215/QĐ-UBND ngày 10/4/2020 của UBND tỉnh về phê duyệt giá đất cụ thể, với đất trồng lúa là 1,85 triệu đồng/m2. Ngoài ra, các hộ được hỗ trợ chuyển đổi nghề, tìm kiếm việc làm theo Nghị định số 47/2014/NĐ-CP của Chính phủ và chính sách của tỉnh.
Tại buổi đối thoại, các hộ dân nêu 18 ý kiến, tập trung vào 3 nhóm vấn đề: giá bồi thường thấp hơn giá thị trường, vị trí nền tái định cư xa khu dân cư cũ và việc đo đạc chưa chính xác. Ông Trần Văn Bé Tư, ngụ ấp Tân Hòa, cho rằng phần đất gia đình ông canh tác từ trước năm 1975 nhưng bị xác định là đất công. Bà Nguyễn Thị Lệ đề nghị chính quyền giải quyết dứt điểm tranh chấp thừa kế trước khi chi trả tiền, tránh anh em mất đoàn kết.
Ông Lê Thành Trung, Chủ tịch UBND huyện Đức Hòa, cho biết huyện đã giao UBND xã Hựu Thạnh phối hợp với tổ hòa giải ấp tổ chức hòa giải các vụ tranh chấp; những trường hợp hòa giải không thành sẽ hướng dẫn người dân khởi kiện ra tòa án theo quy định của Luật Đất đai năm 2013. Trong thời gian chờ giải quyết, tiền bồi thường sẽ được gửi vào ngân hàng, đảm bảo quyền lợi cho người dân.
Kết luận buổi đối thoại, ông Trương Văn Nết ghi nhận những kiến nghị chính đáng của người dân; giao Sở Tài nguyên và Môi trường kiểm tra lại nguồn gốc đất của các hộ có ý kiến, trả lời bằng văn bản trước ngày 15/4/2021; yêu cầu chủ đầu tư hỗ trợ thêm 50 triệu đồng/hộ cho các hộ phải di dời nhà ở; UBND huyện khẩn trương xây dựng hạ tầng khu tái định cư với 120 nền.
"Chúng tôi mong muốn người dân cùng đồng hành, vì dự án mang lại việc làm cho hàng nghìn lao động địa phương", ông Trương Văn Nết nói.
Gia Bảo
Tin liên quan
- Cần Giuộc: vận động người dân bàn giao mặt bằng dự án cao tốc (12/03/2021)
- Ủy ban MTTQ tỉnh giám sát công tác bồi thường tại Bến Lức (05/03/2021)
- Đức Hòa: hơn 95% hộ dân đồng thuận giao đất làm đường (26/02/2021)
""", "2021-03-19", "Phó Chủ tịch UBND tỉnh đối thoại với hộ dân vùng dự án khu công nghiệp ở Đức Hòa",
E("doi_thoai", None, "2021-03-18"),
[P("Trương Văn Nết", "Phó Chủ tịch UBND tỉnh Long An"),
 P("Võ Thị Ngọc Dung", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Trần Văn Bé Tư"),
 P("Nguyễn Thị Lệ"),
 P("Lê Thành Trung", "Chủ tịch UBND huyện Đức Hòa")],
[Q("189,7 ha", 189.7, "ha"), Q("246 hộ", 246, "hộ"), Q("221 hộ", 221, "hộ"), Q("25 hộ", 25, "hộ"), Q("12 hộ", 12, "hộ"),
 Q("1,85 triệu đồng/m2", 1850000, "đồng"), Q("18 ý kiến", 18, "ý kiến"), Q("3 nhóm vấn đề", 3, "nhóm vấn đề"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("120 nền", 120, "nền")],
[D("Quyết định", "1215", "QĐ-UBND", "2020-04-10", "UBND tỉnh", "Quyết định số 1215/QĐ-UBND ngày 10/4/2020"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP")],
[prov("Long An"), com("Hựu Thạnh")],
["BÁO LONG AN ONLINE", "Thời sự › Chính trị › Chính quyền", "Quang cảnh buổi đối thoại. Ảnh: Gia Bảo", "5K",
 "Luật Đất đai năm 2013"],
["19/03/2021 - 11:02", "5K", "trước năm 1975", "trước ngày 15/4/2021", "hàng nghìn lao động"]))

PAGES.append(page("b9571-quangninh-mttq-soket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH
Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
15 Tháng 7, 2022 | 17:45
Mặt trận các cấp góp phần hóa giải nhiều vụ việc ngay từ cơ sở
Ngày 14/7, Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Đặng Thị Mai Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đồng chí Đặng Thị Mai Hoa phát biểu kết luận hội nghị.
6 tháng qua, Mặt trận các cấp đã chủ động nắm tình hình nhân dân, tổng hợp 2.870 ý kiến, kiến nghị của cử tri gửi đến kỳ họp Quốc hội và HĐND các cấp. Nổi lên là các kiến nghị về bồi thường, giải phóng mặt bằng ở các dự án giao thông, tranh chấp đất rừng sản xuất tại các huyện miền núi và ô nhiễm môi trường ở khu vực khai thác than.
Toàn tỉnh hiện có 1.642 tổ hòa giải. Trong 6 tháng, các tổ đã tiếp nhận 418 vụ việc, hòa giải thành 376 vụ việc, đạt 90%. Mặt trận các cấp tổ chức 26 cuộc giám sát, 13 hội nghị phản biện xã hội, trong đó có phản biện dự thảo quy hoạch sử dụng đất của một số địa phương. Quỹ "Vì người nghèo" các cấp tiếp nhận 5,6 tỷ đồng.
Tham luận tại hội nghị, ông Lý Văn Sinh, Chủ tịch Ủy ban MTTQ xã Đồng Văn (huyện Bình Liêu), chia sẻ: xã có đông đồng bào Dao, Tày, Sán Chỉ; trước đây tranh chấp ranh giới đất rừng giữa các thôn thường xuyên xảy ra. Từ khi Ban công tác Mặt trận các thôn cùng người có uy tín vào cuộc, 7 vụ tranh chấp đã được hòa giải thành, không còn đơn thư vượt cấp. Bà Vũ Thị Lan Anh, Chủ tịch Ủy ban MTTQ phường Hà Khánh, giới thiệu mô hình "Tổ hòa giải điểm" gắn với khu dân cư tự quản.
Thực hiện Quy chế phối hợp số 07/QCPH-MTTQ-TAND giữa Ban Thường trực Ủy ban MTTQ tỉnh và Tòa án nhân dân tỉnh, Mặt trận đã giới thiệu 38 hòa giải viên tại Tòa án; qua đó nhiều vụ tranh chấp đất đai được hòa giải thành công trước khi đưa ra xét xử.
Phát biểu kết luận, đồng chí Đặng Thị Mai Hoa đề nghị 6 tháng cuối năm, Mặt trận các cấp tổ chức quán triệt Nghị quyết số 18-NQ/TW ngày 16/6/2022 của BCH Trung ương về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất; cụ thể hóa Chương trình hành động số 42-CTr/TU của Tỉnh ủy; tăng cường giám sát việc giải quyết đơn thư, chủ động tham gia hòa giải ngay từ khu dân cư, không để phát sinh điểm nóng.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác Mặt trận 6 tháng đầu năm.
Phương Thảo
Lượt xem: 528
Bài viết liên quan
- Bình Liêu: ra mắt 12 tổ hòa giải ở thôn, bản (05/07/2022)
- Tiếp xúc cử tri trước kỳ họp thứ 9 HĐND tỉnh (30/06/2022)
- Hạ Long: giám sát việc bồi thường giải phóng mặt bằng (22/06/2022)
""", "2022-07-15", "Mặt trận các cấp góp phần hóa giải nhiều vụ việc ngay từ cơ sở",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Đặng Thị Mai Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Văn Sinh", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Vũ Thị Lan Anh", "Chủ tịch Ủy ban MTTQ phường Hà Khánh")],
[Q("2.870 ý kiến, kiến nghị", 2870, "ý kiến, kiến nghị"), Q("1.642 tổ hòa giải", 1642, "tổ hòa giải"),
 Q("418 vụ việc", 418, "vụ việc"), Q("376 vụ việc", 376, "vụ việc"), Q("90%", 90, "%"), Q("26 cuộc giám sát", 26, "cuộc giám sát"),
 Q("13 hội nghị phản biện xã hội", 13, "hội nghị phản biện xã hội"), Q("5,6 tỷ đồng", 5600000000, "đồng"),
 Q("7 vụ tranh chấp", 7, "vụ tranh chấp"), Q("38 hòa giải viên", 38, "hòa giải viên"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quy chế phối hợp", "07", "QCPH-MTTQ-TAND", None, None, "Quy chế phối hợp số 07/QCPH-MTTQ-TAND"),
 D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "42", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 42-CTr/TU")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hà Khánh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH", "Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh",
 "Đồng chí Đặng Thị Mai Hoa phát biểu kết luận hội nghị.", "Vì người nghèo", "Tổ hòa giải điểm", "Lượt xem: 528"],
["15 Tháng 7, 2022 | 17:45", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng qua", "Trong 6 tháng", "Lượt xem: 528"]))

PAGES.append(page("b9572-lamdong-lacduong-hoagiaivien-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội » Dân tộc - Tôn giáo
Ngày 06/10/2023 - 07:20
Ông Cil Ha Biêng (bên phải) trò chuyện với một hộ dân trong thôn.
Người "gỡ rối" tranh chấp ở thôn Đưng K'si
(LĐ online) - Gần 20 năm làm Tổ trưởng Tổ hòa giải thôn Đưng K'si, xã Đạ Chais (huyện Lạc Dương, tỉnh Lâm Đồng), ông Cil Ha Biêng đã cùng các thành viên hòa giải thành hàng chục vụ việc, phần lớn là tranh chấp đất rẫy, ranh giới vườn cà phê giữa các hộ đồng bào K'Ho.
Thôn Đưng K'si có 186 hộ, gần như tất cả là người K'Ho Cil. Ông Cil Ha Biêng kể, những năm trước, khi giá đất ở Lạc Dương tăng cao, nhiều gia đình bắt đầu tranh giành từng mét đất rẫy ông bà để lại, có nhà anh em không nhìn mặt nhau. "Mình phải đến nhà nhiều lần, uống rượu cần, nghe hết cái bực của người ta rồi mới nói chuyện luật, chuyện tình làng nghĩa xóm", ông nói.
Theo sổ theo dõi của tổ, từ năm 2015 đến nay, tổ đã tiếp nhận 63 vụ việc, hòa giải thành 58 vụ việc. Có vụ tranh chấp 1,5 sào đất rẫy giữa hai chị em ruột, tổ phải họp 4 lần, mời cả Ban công tác Mặt trận thôn và già làng cùng phân xử; cuối cùng người em tự nguyện nhường cho chị 3.000 m2 để làm nhà.
Ông Rơ Ông Ha Sơn, Chủ tịch UBND xã Đạ Chais, cho biết: xã có 5 thôn, mỗi thôn đều có tổ hòa giải, nhưng tổ ở Đưng K'si hoạt động hiệu quả nhất. Hai năm liền, thôn không có đơn thư vượt cấp. Xã đang đề nghị cấp trên biểu dương ông theo Quyết định số 2035/QĐ-UBND ngày 12/9/2023 của UBND tỉnh về tổ chức phong trào thi đua trong công tác hòa giải ở cơ sở.
Bà Liêng Jrang K'Ha Thoa, Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương, nhận xét: người như ông Cil Ha Biêng vừa hiểu phong tục, vừa nắm pháp luật nên bà con tin. Huyện đang nhân rộng cách làm này tại 4 vụ tranh chấp đất đai còn phức tạp ở các xã Lát, Đưng K'Nớ.
Theo Ban Dân vận Huyện ủy, các tổ hòa giải trên địa bàn huyện hiện có nhiều thành viên là người đồng bào dân tộc thiểu số, biết tiếng K'Ho, Chu Ru, nắm rõ nguồn gốc đất của từng gia đình. Đây là lợi thế lớn để hòa giải những tranh chấp đất đai vốn gắn với tập quán thừa kế theo dòng mẹ của người K'Ho.
Dù đã ngoài 60 tuổi, ông Cil Ha Biêng vẫn thường xuyên đi dự các lớp tập huấn pháp luật do huyện tổ chức, rồi về giảng lại cho bà con bằng tiếng K'Ho. Ông đã 2 lần được UBND tỉnh tặng Bằng khen và nhiều giấy khen của huyện.
"Đất đai thì có hạn, còn tình anh em là mãi mãi. Mình giữ được cái tình thì cái đất cũng giữ được", ông Cil Ha Biêng chia sẻ.
Bài và ảnh: K'Linh
Lượt xem: 1.906
Tin khác
- Đam Rông: ra mắt mô hình "Thôn không có tranh chấp đất đai" (28/09/2023)
- Lạc Dương tập huấn kỹ năng hòa giải cho 80 hòa giải viên (15/09/2023)
- Người có uy tín tiêu biểu vùng đồng bào dân tộc (05/09/2023)
""", "2023-10-06", "Người \"gỡ rối\" tranh chấp ở thôn Đưng K'si",
E("khac", None, None),
[P("Cil Ha Biêng", "Tổ trưởng Tổ hòa giải thôn Đưng K'si"),
 P("Rơ Ông Ha Sơn", "Chủ tịch UBND xã Đạ Chais"),
 P("Liêng Jrang K'Ha Thoa", "Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương")],
[Q("186 hộ", 186, "hộ"), Q("63 vụ việc", 63, "vụ việc"), Q("58 vụ việc", 58, "vụ việc"), Q("1,5 sào", 1.5, "sào"),
 Q("3.000 m2", 3000, "m2"), Q("5 thôn", 5, "thôn"), Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai")],
[D("Quyết định", "2035", "QĐ-UBND", "2023-09-12", "UBND tỉnh", "Quyết định số 2035/QĐ-UBND ngày 12/9/2023")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Lát"), com("Đưng K'Nớ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Xã hội » Dân tộc - Tôn giáo", "Ông Cil Ha Biêng (bên phải) trò chuyện với một hộ dân trong thôn.",
 "(LĐ online)", "Lượt xem: 1.906"],
["Ngày 06/10/2023 - 07:20", "Gần 20 năm", "hàng chục vụ việc", "từ năm 2015", "4 lần", "Hai năm liền", "ngoài 60 tuổi", "2 lần"]))

PAGES.append(page("b9573-namdinh-bdv-giamsat-gpmb-2024", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ - Hoạt động kiểm tra, giám sát
Cập nhật: 20/09/2024 07:50
Giám sát việc thực hiện dân chủ trong giải phóng mặt bằng dự án đường bộ ven biển
Ngày 18/9, đoàn giám sát của Ban Dân vận Tỉnh ủy Nam Định do đồng chí Phạm Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở trong công tác bồi thường, giải phóng mặt bằng dự án đường bộ ven biển đoạn qua huyện Hải Hậu.
Cuộc giám sát thực hiện theo Kế hoạch số 15-KH/BDVTU ngày 2/8/2024 của Ban Dân vận Tỉnh ủy. Do ảnh hưởng của bão số 3, chương trình làm việc tại thực địa được rút gọn, tập trung tại xã Hải Đông và thị trấn Thịnh Long.
Đoàn giám sát làm việc tại UBND huyện Hải Hậu.
Báo cáo của UBND huyện do ông Vũ Văn Mạnh, Phó Chủ tịch UBND huyện Hải Hậu trình bày cho biết: dự án đi qua huyện với chiều dài 14,2 km, thu hồi 27,3 ha đất của 1.126 hộ; tổng kinh phí bồi thường, hỗ trợ hơn 312 tỷ đồng. Đến nay 1.108 hộ đã bàn giao mặt bằng, đạt 98,4%; còn 18 hộ chưa bàn giao, trong đó 4 hộ đang tranh chấp quyền sử dụng đất với người thân. Huyện đã di chuyển 42 ngôi mộ.
Theo ông Đoàn Xuân Khải, Chủ tịch UBND thị trấn Thịnh Long, phương án bồi thường đều được niêm yết công khai tại nhà văn hóa các tổ dân phố; thị trấn đã tổ chức 6 hội nghị đối thoại với người dân. Tuy nhiên, quá trình thực hiện vẫn phát sinh 9 đơn thư, chủ yếu đề nghị xem xét lại nguồn gốc đất.
Linh mục Giuse Trần Văn Thức, Chánh xứ Giáo xứ Quần Phương, cho biết giáo xứ đã vận động giáo dân đồng thuận với dự án; đề nghị chính quyền quan tâm hơn đến việc bố trí tái định cư gần nhà thờ và giải quyết dứt điểm các tranh chấp trong gia đình giáo dân trước khi chi trả.
Kết luận giám sát, đồng chí Phạm Thị Thu Hiền ghi nhận huyện đã thực hiện cơ bản đúng Luật Thực hiện dân chủ ở cơ sở; đề nghị UBND huyện chỉ đạo tổ hòa giải ở cơ sở phối hợp với Ban công tác Mặt trận hòa giải 4 vụ tranh chấp trong tháng 10; áp dụng đúng các quy định mới của Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/8/2024 và Quyết định số 1836/QĐ-UBND của UBND tỉnh về bảng giá đất; đồng thời quan tâm hỗ trợ các hộ bị thiệt hại do bão số 3 ổn định cuộc sống.
Đồng chí cũng yêu cầu Ban Dân vận Huyện ủy Hải Hậu tăng cường nắm tình hình nhân dân vùng dự án, phát huy vai trò của chức sắc tôn giáo và người có uy tín; báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 30/10/2024.
Thu Trang
Lượt xem: 642
Tin liên quan
- Giao Thủy: hòa giải thành 95% vụ việc trong 6 tháng đầu năm (10/09/2024)
- Ban Dân vận Tỉnh ủy thăm hỏi bà con giáo dân bị ảnh hưởng bão số 3 (12/09/2024)
- Nghĩa Hưng ra mắt mô hình "Dân vận khéo" trong giải phóng mặt bằng (28/08/2024)
""", "2024-09-20", "Giám sát việc thực hiện dân chủ trong giải phóng mặt bằng dự án đường bộ ven biển",
E("giam_sat", None, "2024-09-18"),
[P("Phạm Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Mạnh", "Phó Chủ tịch UBND huyện Hải Hậu"),
 P("Đoàn Xuân Khải", "Chủ tịch UBND thị trấn Thịnh Long"),
 P("Giuse Trần Văn Thức", "Linh mục", "Chánh xứ Giáo xứ Quần Phương")],
[Q("14,2 km", 14.2, "km"), Q("27,3 ha", 27.3, "ha"), Q("1.126 hộ", 1126, "hộ"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
 Q("1.108 hộ", 1108, "hộ"), Q("98,4%", 98.4, "%"), Q("18 hộ", 18, "hộ"), Q("4 hộ", 4, "hộ"), Q("42 ngôi mộ", 42, "ngôi mộ"),
 Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("9 đơn thư", 9, "đơn thư"), Q("4 vụ tranh chấp", 4, "vụ tranh chấp")],
[D("Kế hoạch", "15", "KH/BDVTU", "2024-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BDVTU ngày 2/8/2024"),
 D("Luật", "31", "2024/QH15", None, None, "Luật Đất đai số 31/2024/QH15"),
 D("Quyết định", "1836", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1836/QĐ-UBND")],
[prov("Nam Định"), com("Hải Đông"), com("Thịnh Long")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ - Hoạt động kiểm tra, giám sát", "Đoàn giám sát làm việc tại UBND huyện Hải Hậu.",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 642"],
["Cập nhật: 20/09/2024 07:50", "bão số 3", "trong tháng 10", "ngày 01/8/2024", "trước ngày 30/10/2024", "Lượt xem: 642"]))

PAGES.append(page("b9574-tiengiang-btgdv-giaoban-quy1-2025", """
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Hôm nay: Thứ Bảy, 12/04/2025
Chính trị | Xây dựng Đảng
10:25 | 11/04/2025
Ảnh: Quang cảnh hội nghị giao ban.
Nắm chắc tư tưởng nhân dân trước sắp xếp đơn vị hành chính
Ngày 10/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tiền Giang tổ chức hội nghị giao ban công tác dân vận quý I năm 2025, đánh giá tình hình tư tưởng của cán bộ, đảng viên và nhân dân trước chủ trương sắp xếp đơn vị hành chính các cấp. Đồng chí Nguyễn Thị Kim Phượng, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, sau khi Bộ Chính trị, Ban Bí thư ban hành Kết luận 126, 127-KL/TW về sắp xếp tổ chức bộ máy, dư luận trong tỉnh rất quan tâm đến việc hợp nhất tỉnh Tiền Giang với tỉnh Đồng Tháp, việc không tổ chức cấp huyện và sáp nhập xã; đa số đồng tình nhưng một bộ phận cán bộ cấp xã, cấp huyện còn băn khoăn về vị trí việc làm.
Trong quý I, các cơ quan chức năng đã tiếp 312 lượt công dân, nhận 205 đơn, phần lớn liên quan đến tranh chấp đất đai, bồi thường dự án cao tốc. Các tổ hòa giải ở cơ sở đã hòa giải thành 137 vụ việc. Tại xã Tân Thới, việc sạt lở bờ sông khiến 8 hộ phải di dời khẩn cấp; tại xã Hậu Mỹ Bắc A, tranh chấp lối đi giữa 5 hộ dân đã được tổ hòa giải ấp giải quyết ổn thỏa.
Đồng chí Trần Văn Dũng, HUV, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Cái Bè, cho biết huyện đang theo dõi chặt chẽ 3 vụ khiếu nại đông người về bồi thường dự án cao tốc; đã tổ chức 4 buổi đối thoại, vận động được 19 hộ nhận tiền, bàn giao mặt bằng.
Kết luận hội nghị, đồng chí Nguyễn Thị Kim Phượng yêu cầu các cấp thực hiện tốt Hướng dẫn số 02-HD/BTGDVTU ngày 14/3/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm bắt, định hướng tư tưởng trong quá trình sắp xếp; kịp thời giải quyết các vụ việc tranh chấp đất đai, không để phát sinh điểm nóng trước khi hợp nhất. Công tác hòa giải, tiếp dân phải tiếp tục duy trì, không để gián đoạn khi bàn giao giữa cấp huyện và cấp xã.
Hội nghị cũng thống nhất trong quý II tổ chức khảo sát dư luận xã hội tại 10 xã về việc sắp xếp đơn vị hành chính cấp xã, tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.
Đây là kỳ giao ban cuối cùng của khối dân vận tỉnh Tiền Giang có sự tham dự đầy đủ của các huyện, thị xã, thành phố trước khi thực hiện mô hình chính quyền địa phương hai cấp.
Minh Thành
Lượt xem: 2.118
Tin liên quan
- Gò Công Đông: đối thoại với hộ dân vùng sạt lở (04/04/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy ra mắt (20/02/2025)
- Châu Thành tổng kết phong trào "Dân vận khéo" năm 2024 (15/01/2025)
""", "2025-04-11", "Nắm chắc tư tưởng nhân dân trước sắp xếp đơn vị hành chính",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Nguyễn Thị Kim Phượng", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Dũng", "HUV", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Cái Bè")],
[Q("312 lượt công dân", 312, "lượt công dân"), Q("205 đơn", 205, "đơn"), Q("137 vụ việc", 137, "vụ việc"), Q("8 hộ", 8, "hộ"),
 Q("5 hộ dân", 5, "hộ dân"), Q("3 vụ khiếu nại đông người", 3, "vụ khiếu nại đông người"), Q("4 buổi đối thoại", 4, "buổi đối thoại"),
 Q("19 hộ", 19, "hộ"), Q("10 xã", 10, "xã")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2025-03-14", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU ngày 14/3/2025")],
[prov("Tiền Giang"), prov("Đồng Tháp"), com("Tân Thới"), com("Hậu Mỹ Bắc A")],
["BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Chính trị | Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Lượt xem: 2.118"],
["Hôm nay: Thứ Bảy, 12/04/2025", "10:25 | 11/04/2025", "quý I năm 2025", "quý II", "hai cấp", "Lượt xem: 2.118"]))
