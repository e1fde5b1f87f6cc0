from lib import *
PAGES = []

PAGES.append(page("b2105-angiang-mttq-giaoban-quy1-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ › Hoạt động Mặt trận › Tin tức
Thứ Sáu, 08/04/2022 - 15:30
Giao ban công tác Mặt trận quý I: tiếp nhận 96 ý kiến, kiến nghị của nhân dân
Chiều 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức giao ban công tác Mặt trận quý I năm 2022 với Ủy ban MTTQ 11 huyện, thị xã, thành phố. Ông Nguyễn Thanh Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Chau Chanh Đa, Néang Sóc Kha, Haji Mohamad.
Ông Nguyễn Thanh Bình phát biểu chỉ đạo giao ban. Ảnh: Hải Yến
Báo cáo cho biết, trong quý I, Mặt trận các cấp đã tổ chức thăm, tặng 18.450 phần quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá 9,2 tỷ đồng; vận động xây dựng 164 căn nhà Đại đoàn kết. Mặt trận tiếp nhận 96 ý kiến, kiến nghị của nhân dân, chủ yếu về giá phân bón tăng cao, thu hồi đất làm đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng và sạt lở bờ sông.
Về tình hình nhân dân, trong quý có 3 vụ sạt lở bờ sông Hậu làm 27 căn nhà bị ảnh hưởng; 2 vụ khiếu kiện đông người về giá bồi thường ở xã Vĩnh Trạch. Ban Thanh tra nhân dân ở 156 xã, phường, thị trấn giám sát 214 công trình, phát hiện 8 trường hợp sai phạm, đã kiến nghị xử lý.
Mặt trận tỉnh đã triển khai Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào Khmer, Chăm tham gia phát triển kinh tế và về xây dựng khối đại đoàn kết ở vùng biên giới; thực hiện Chương trình phối hợp số 06/CTrPH-MTTQ-UBND năm 2022 về giảm nghèo bền vững; hướng dẫn thực hiện Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Tại giao ban, ông Chau Sóc Phol, Chủ tịch Ủy ban MTTQ xã Ô Lâm, cho biết xã vận động 62 hộ đồng bào Khmer chuyển đổi cây trồng; Hakim Ahmad, người có uy tín ấp Hà Bao, xã Đa Phước, đề nghị hỗ trợ 45 hộ Chăm bị sạt lở di dời. Bà Trần Thị Kiều, Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn, nêu việc cần thêm kinh phí cho Ban Công tác Mặt trận 74 ấp.
Kết luận, ông Nguyễn Thanh Bình đề nghị quý II tập trung giám sát việc bồi thường đường cao tốc, vận động nhân dân di dời khỏi vùng sạt lở, tổ chức tốt "Tháng cao điểm vì người nghèo" và chuẩn bị Đại hội MTTQ các cấp nhiệm kỳ 2024 - 2029.
Nhiều ý kiến đề nghị Ủy ban MTTQ tỉnh kiến nghị tỉnh sớm ban hành cơ chế hỗ trợ đặc thù cho các hộ ở vùng sạt lở, vì nhiều gia đình đã phải di dời hai, ba lần.
Hải Yến
Tin cùng chuyên mục
- Tịnh Biên: gặp mặt chức sắc, chức việc các tôn giáo (25/03/2022)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo Khmer (10/03/2022)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2021 (28/12/2021)
""", "2022-04-08", "Giao ban công tác Mặt trận quý I: tiếp nhận 96 ý kiến, kiến nghị của nhân dân",
E("giao_ban", "2022-Q1", "2022-04-07"),
[P("Nguyễn Thanh Bình", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mohamad", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Phol", "Chủ tịch Ủy ban MTTQ xã Ô Lâm"),
 P("Hakim Ahmad", "người có uy tín ấp Hà Bao"),
 P("Trần Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn")],
[Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("18.450 phần quà", 18450, "phần quà"), Q("9,2 tỷ đồng", 9200000000, "đồng"),
 Q("164 căn nhà Đại đoàn kết", 164, "căn nhà Đại đoàn kết"), Q("3 vụ sạt lở", 3, "vụ sạt lở"),
 Q("27 căn nhà", 27, "căn nhà"), Q("2 vụ khiếu kiện đông người", 2, "vụ khiếu kiện đông người"),
 Q("156 xã, phường, thị trấn", 156, "xã, phường, thị trấn"), Q("214 công trình", 214, "công trình"),
 Q("8 trường hợp", 8, "trường hợp"), Q("62 hộ đồng bào Khmer", 62, "hộ đồng bào Khmer"), Q("45 hộ Chăm", 45, "hộ Chăm"),
 Q("74 ấp", 74, "ấp")],
[D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Chương trình phối hợp", "06", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 06/CTrPH-MTTQ-UBND"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022")],
[prov("An Giang"), com("Vĩnh Trạch"), com("Ô Lâm"), com("Đa Phước")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ › Hoạt động Mặt trận › Tin tức",
 "Ông Nguyễn Thanh Bình phát biểu chỉ đạo giao ban.", "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
 "Tháng cao điểm vì người nghèo"],
["Thứ Sáu, 08/04/2022 - 15:30", "quý I năm 2022", "quý II", "năm 2022", "nhiệm kỳ 2024 - 2029"]))

PAGES.append(page("b2106-hoabinh-bdv-giaoban-thang11-2022", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ | Tin tức - Sự kiện | Hoạt động dân vận
Thứ Sáu, 09/12/2022
Đồng chí Bùi Thị Minh Hoài chủ trì giao ban.
Giữ vững ổn định tình hình ở vùng dự án, không để phát sinh "điểm nóng"
Ngày 7/12, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức giao ban công tác dân vận tháng 11/2022. Đồng chí Bùi Thị Minh Hoài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Quách Văn Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Xa Thị Lan, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, trong tháng 11, tình hình nhân dân cơ bản ổn định; dư luận quan tâm tiến độ dự án đường cao tốc Hòa Bình - Mộc Châu, giá vật tư nông nghiệp tăng. Trên địa bàn xảy ra 3 vụ tụ tập đông người kiến nghị về giá bồi thường đất ở xã Dân Hạ và xã Mông Hóa; 2 vụ việc khai thác khoáng sản trái phép bị người dân phản ánh. Các ngành chức năng phát hiện 4 trường hợp đăng tải thông tin xuyên tạc trên mạng xã hội.
Các cơ quan khối dân vận tiếp 53 lượt công dân, nhận 21 đơn thư, đã hướng dẫn, chuyển 19 đơn. Tổ hòa giải ở 1.356 xóm, tổ dân phố hòa giải thành 27 vụ việc mâu thuẫn, đạt 90%. Nhân dân hiến 8.200 m2 đất, đóng góp 1,7 tỷ đồng xây dựng nông thôn mới; có 58 mô hình cấp xã được công nhận là mô hình "Dân vận khéo".
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 118-KH/TU thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI); hướng dẫn thực hiện Chỉ thị 19, 20-CT/TU về công tác dân vận trong thu hồi đất và về phát huy vai trò người có uy tín.
Tại giao ban, ông Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn, cho biết đã vận động 146 hộ bàn giao mặt bằng; bà Bùi Thị Nhung, Bí thư Đảng ủy xã Dân Hạ, đề nghị chủ đầu tư đối thoại với 38 hộ còn chưa đồng thuận. Ông Quách Công Lý, người có uy tín xóm Mỗ, xã Mông Hóa, cho rằng cần công khai phương án bồi thường ngay tại nhà văn hóa xóm.
Kết luận giao ban, đồng chí Bùi Thị Minh Hoài yêu cầu tháng 12 các cấp tập trung vận động nhân dân bàn giao mặt bằng dự án cao tốc, tổ chức đối thoại tại các xã có khiếu kiện, chăm lo Tết Quý Mão 2023 cho hộ nghèo; chuẩn bị tổng kết công tác dân vận năm 2022. Đồng chí lưu ý cán bộ dân vận phải bám sát xóm, bản, lắng nghe ý kiến người dân, không để vụ việc kéo dài.
Hồng Duyên
Lượt truy cập: 98.456
Tin liên quan
- Lạc Sơn: tọa đàm phát huy vai trò người có uy tín (30/11/2022)
- Giao ban công tác dân vận tháng 10/2022 (08/11/2022)
- Đà Bắc: ra mắt mô hình "Dân vận khéo" trong giảm nghèo (21/10/2022)
""", "2022-12-09", "Giữ vững ổn định tình hình ở vùng dự án, không để phát sinh \"điểm nóng\"",
E("giao_ban", "2022-11", "2022-12-07"),
[P("Bùi Thị Minh Hoài", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xa Thị Lan", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Bùi Thị Nhung", "Bí thư Đảng ủy xã Dân Hạ"),
 P("Quách Công Lý", "người có uy tín xóm Mỗ")],
[Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("2 vụ việc khai thác khoáng sản trái phép", 2, "vụ việc khai thác khoáng sản trái phép"),
 Q("4 trường hợp", 4, "trường hợp"), Q("53 lượt công dân", 53, "lượt công dân"), Q("21 đơn thư", 21, "đơn thư"),
 Q("19 đơn", 19, "đơn"), Q("1.356 xóm, tổ dân phố", 1356, "xóm, tổ dân phố"), Q("27 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"),
 Q("90%", 90, "%"), Q("8.200 m2", 8200, "m2"), Q("1,7 tỷ đồng", 1700000000, "đồng"),
 Q("58 mô hình cấp xã", 58, "mô hình cấp xã"), Q("146 hộ", 146, "hộ"), Q("38 hộ", 38, "hộ")],
[D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 118-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU")],
[prov("Hòa Bình"), com("Dân Hạ"), com("Mông Hóa")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ | Tin tức - Sự kiện | Hoạt động dân vận",
 "Đồng chí Bùi Thị Minh Hoài chủ trì giao ban.", "Dân vận khéo", "Nghị quyết Trung ương 7 (khóa XI)", "Lượt truy cập: 98.456"],
["Thứ Sáu, 09/12/2022", "tháng 11/2022", "tháng 12", "Tết Quý Mão 2023", "năm 2022", "Nghị quyết Trung ương 7", "khóa XI", "Lượt truy cập: 98.456"]))

PAGES.append(page("b2107-thuathienhue-mttq-tongket-2023", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế
Trang chủ / Tin tức / Hoạt động Mặt trận
Thứ Sáu, 05/01/2024 - 17:15
Toàn cảnh hội nghị tổng kết.
Năm 2023, Mặt trận các cấp hỗ trợ xây dựng, sửa chữa 1.020 nhà Đại đoàn kết
Ngày 4/1/2024, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024. Ông Lê Văn Thiện, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có Thượng tọa Thích Quảng Tâm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, và Linh mục Giuse Trần Văn Lộc, Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tổng kết cho biết, năm 2023, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 42,8 tỷ đồng, hỗ trợ xây dựng, sửa chữa 1.020 nhà Đại đoàn kết; tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,31%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 1.512 khu dân cư tham gia, trong đó 86 khu dân cư kiểu mẫu.
Mặt trận các cấp chủ trì 42 cuộc giám sát, 17 cuộc phản biện xã hội; tiếp nhận 318 ý kiến góp ý xây dựng Đảng, chính quyền; tổng hợp 1.246 ý kiến, kiến nghị của cử tri gửi đến các kỳ họp. Về tình hình nhân dân, trong năm có 7 vụ tụ tập đông người liên quan đến bồi thường giải phóng mặt bằng ở dự án Kinh thành Huế; 11 vụ việc tranh chấp đất đai kéo dài được Mặt trận tham gia hòa giải.
Năm 2023, Mặt trận tỉnh đã tham mưu Tỉnh ủy sơ kết Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò Mặt trận trong đấu tranh phòng, chống tham nhũng; triển khai Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng dân tộc thiểu số huyện A Lưới và về vận động di dời dân cư ở Kinh thành Huế; thực hiện Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị.
Tại hội nghị, ông Hồ Văn Ngon, Chủ tịch Ủy ban MTTQ huyện A Lưới, cho biết huyện đã vận động 132 hộ đồng bào Tà Ôi, Pa Kô thoát nghèo; bà Kăn Thị Sáu, người có uy tín thôn Ka Nôn 2, xã Hồng Hạ, chia sẻ việc vận động bà con không tái định cư trái phép. Ông Trần Đăng Khoa, Trưởng ban Công tác Mặt trận tổ dân phố 5, phường Thuận Lộc, kiến nghị sớm bố trí đất tái định cư cho 240 hộ trong Kinh thành.
Phát biểu kết luận, ông Lê Văn Thiện yêu cầu năm 2024 tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIV, nhiệm kỳ 2024 - 2029; phấn đấu xây dựng 500 nhà Đại đoàn kết; giám sát việc di dời dân cư Kinh thành Huế; giữ vững khối đại đoàn kết trong các tôn giáo.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 25 tập thể và 32 cá nhân có thành tích xuất sắc.
Hữu Phúc
Tin khác
- Mặt trận phường Phú Hội trao 10 nhà Đại đoàn kết (22/12/2023)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ di dời dân cư (08/12/2023)
- Gặp mặt chức sắc, chức việc các tôn giáo dịp Giáng sinh (20/12/2023)
""", "2024-01-05", "Năm 2023, Mặt trận các cấp hỗ trợ xây dựng, sửa chữa 1.020 nhà Đại đoàn kết",
E("tong_ket", "2023", "2024-01-04"),
[P("Lê Văn Thiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Quảng Tâm", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trần Văn Lộc", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngon", "Chủ tịch Ủy ban MTTQ huyện A Lưới"),
 P("Kăn Thị Sáu", "người có uy tín thôn Ka Nôn 2"),
 P("Trần Đăng Khoa", "Trưởng ban Công tác Mặt trận tổ dân phố 5")],
[Q("1.020 nhà Đại đoàn kết", 1020, "nhà Đại đoàn kết"), Q("42,8 tỷ đồng", 42800000000, "đồng"), Q("2,31%", 2.31, "%"),
 Q("1.512 khu dân cư", 1512, "khu dân cư"), Q("86 khu dân cư kiểu mẫu", 86, "khu dân cư kiểu mẫu"),
 Q("42 cuộc giám sát", 42, "cuộc giám sát"), Q("17 cuộc phản biện xã hội", 17, "cuộc phản biện xã hội"),
 Q("318 ý kiến", 318, "ý kiến"), Q("1.246 ý kiến, kiến nghị", 1246, "ý kiến, kiến nghị"),
 Q("7 vụ tụ tập đông người", 7, "vụ tụ tập đông người"), Q("11 vụ việc tranh chấp đất đai kéo dài", 11, "vụ việc tranh chấp đất đai kéo dài"),
 Q("132 hộ đồng bào Tà Ôi, Pa Kô", 132, "hộ đồng bào Tà Ôi, Pa Kô"), Q("240 hộ", 240, "hộ"),
 Q("500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết"), Q("25 tập thể", 25, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Nghị quyết", "54", "NQ/TW", "2019-12-10", "Bộ Chính trị", "Nghị quyết số 54-NQ/TW ngày 10/12/2019")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Thuận Lộc")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Toàn cảnh hội nghị tổng kết.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Kinh thành Huế"],
["Thứ Sáu, 05/01/2024 - 17:15", "năm 2023", "năm 2024", "lần thứ XIV", "nhiệm kỳ 2024 - 2029", "thôn Ka Nôn 2", "tổ dân phố 5"]))

PAGES.append(page("b2108-ninhbinh-bdv-giaoban-quy3-2023", """
Ban Dân vận Tỉnh ủy Ninh Bình
Trang chủ » Hoạt động » Dân vận
Cập nhật: 16:00, 13/10/2023 (GMT+7)
Quý III: vận động hơn 2.100 hộ hiến đất mở rộng đường giao thông
Chiều 12/10, Ban Dân vận Tỉnh ủy Ninh Bình tổ chức giao ban khối dân vận quý III/2023. Đồng chí Đinh Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Phạm Quang Ngọc, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Đồng chí Đinh Thị Thu Hà phát biểu kết luận giao ban. Ảnh: Minh Đường
Báo cáo cho biết, trong quý III, khối dân vận các cấp đã vận động hơn 2.100 hộ hiến đất, tháo dỡ công trình để mở rộng đường giao thông nông thôn; nhân dân đóng góp 14,6 tỷ đồng xây dựng nông thôn mới nâng cao. Tình hình các tôn giáo ổn định; các giáo xứ tổ chức lễ đúng quy định, có 38 giáo xứ đạt tiêu chuẩn "Xứ, họ đạo văn hóa".
Tuy nhiên, trong quý xảy ra 2 vụ tụ tập đông người phản đối ô nhiễm tại cụm công nghiệp ở xã Khánh Phú; 5 vụ việc tranh chấp đất đai giữa các hộ giáo dân ven biển Kim Sơn. Khối dân vận tiếp 67 lượt công dân, nhận 26 đơn thư, đã chuyển, hướng dẫn 24 đơn; hòa giải thành 119 vụ việc mâu thuẫn ở cơ sở.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 04, 05-KL/TU về công tác vận động đồng bào Công giáo và về thực hiện Quy chế dân chủ ở cơ sở; triển khai Kế hoạch số 86-KH/BDVTU về hướng dẫn thi hành Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP của Chính phủ.
Tại giao ban, Linh mục Phêrô Nguyễn Văn Khiêm, Chánh xứ giáo xứ Phát Diệm, chia sẻ việc giáo xứ vận động 160 hộ giáo dân hiến đất làm đường; ông Vũ Văn Thạo, Trưởng Ban Dân vận Huyện ủy Kim Sơn, đề nghị tăng cường đối thoại với ngư dân. Bà Lã Thị Hương, Chủ tịch Ủy ban MTTQ phường Nam Bình, cho biết phường có 12 tổ dân phố đạt chuẩn văn minh đô thị.
Kết luận giao ban, đồng chí Đinh Thị Thu Hà yêu cầu quý IV các cấp tiếp tục nắm tình hình ở vùng có đông đồng bào Công giáo, chuẩn bị tốt công tác dân vận phục vụ lễ Giáng sinh; giải quyết dứt điểm 5 vụ việc tranh chấp đất đai tồn đọng; thực hiện tốt phong trào "Dân vận khéo" năm 2023. Đồng chí đề nghị ban dân vận các huyện, thành phố báo cáo nhanh những vụ việc mới phát sinh để kịp thời tham mưu cấp ủy chỉ đạo, không để kéo dài, vượt cấp.
Minh Đường
Lượt xem: 1.588
Các tin khác
- Yên Khánh: đối thoại với nhân dân về bồi thường giải phóng mặt bằng (05/10/2023)
- Giao ban khối dân vận quý II/2023 (11/07/2023)
- Tọa đàm công tác dân vận chính quyền (23/06/2023)
- Hoa Lư: ra mắt mô hình "Dân vận khéo" ở khu dân cư (14/06/2023)
""", "2023-10-13", "Quý III: vận động hơn 2.100 hộ hiến đất mở rộng đường giao thông",
E("giao_ban", "2023-Q3", "2023-10-12"),
[P("Đinh Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Quang Ngọc", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phêrô Nguyễn Văn Khiêm", "Linh mục", "Chánh xứ giáo xứ Phát Diệm"),
 P("Vũ Văn Thạo", "Trưởng Ban Dân vận Huyện ủy Kim Sơn"),
 P("Lã Thị Hương", "Chủ tịch Ủy ban MTTQ phường Nam Bình")],
[Q("hơn 2.100 hộ", 2100, "hộ", "over"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("38 giáo xứ", 38, "giáo xứ"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("5 vụ việc tranh chấp đất đai", 5, "vụ việc tranh chấp đất đai"),
 Q("67 lượt công dân", 67, "lượt công dân"), Q("26 đơn thư", 26, "đơn thư"), Q("24 đơn", 24, "đơn"),
 Q("119 vụ việc mâu thuẫn", 119, "vụ việc mâu thuẫn"), Q("160 hộ giáo dân", 160, "hộ giáo dân"), Q("12 tổ dân phố", 12, "tổ dân phố")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kế hoạch", "86", "KH/BDVTU", None, None, "Kế hoạch số 86-KH/BDVTU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("Ninh Bình"), com("Khánh Phú"), com("Nam Bình")],
["Ban Dân vận Tỉnh ủy Ninh Bình", "Trang chủ » Hoạt động » Dân vận", "Đồng chí Đinh Thị Thu Hà phát biểu kết luận giao ban.",
 "Xứ, họ đạo văn hóa", "Luật Thực hiện dân chủ ở cơ sở", "Dân vận khéo", "Lượt xem: 1.588"],
["Cập nhật: 16:00, 13/10/2023 (GMT+7)", "quý III/2023", "quý IV", "năm 2023", "Lượt xem: 1.588"]))

PAGES.append(page("b2109-daknong-mttq-daihoi-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ > Tin tức > Đại hội Mặt trận các cấp
07.06.2024 | 11:10
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Nông lần thứ V thành công tốt đẹp
Trong 2 ngày 5 và 6/6/2024, Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Nông lần thứ V, nhiệm kỳ 2024 - 2029 đã diễn ra tại thành phố Gia Nghĩa với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn 680.000 người dân 40 dân tộc trong tỉnh.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 186 tỷ đồng, xây dựng, sửa chữa 2.846 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm bình quân 2,5%/năm. Mặt trận đã tổ chức 634 cuộc giám sát, 118 cuộc phản biện xã hội; tham gia hòa giải thành 1.725 vụ việc mâu thuẫn ở cơ sở. Trong nhiệm kỳ, Mặt trận vận động 1.340 hộ di cư tự do ổn định cuộc sống, hỗ trợ 96 thôn, bon xây dựng quy ước.
Báo cáo cũng chỉ ra những hạn chế: còn 37 vụ việc tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp chưa được giải quyết dứt điểm; tình trạng truyền đạo trái pháp luật còn diễn biến phức tạp, với 14 điểm nhóm sinh hoạt tôn giáo chưa đăng ký.
Đại hội đã hiệp thương cử 65 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa V. Ông Điểu Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa V; các ông, bà: H'Bla Êban, Y Krứ Bdap, Trịnh Văn Dũng được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại hội đã thông qua Chương trình hành động số 01-CTr/MTTQ thực hiện nghị quyết đại hội, triển khai Nghị quyết Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X và Kết luận số 68-KL/TW ngày 8/11/2023 của Ban Bí thư. Đại hội đề ra chỉ tiêu mỗi năm xây dựng ít nhất 300 nhà Đại đoàn kết.
Phát biểu tại đại hội, bà Thị Ngọc Ánh, người có uy tín bon Bu Prăng, xã Quảng Trực, mong Mặt trận tiếp tục quan tâm đất sản xuất cho đồng bào M'nông; ông Điểu Sron, Bí thư Đảng ủy xã Đắk Ngo, cho biết xã đã giải quyết xong 9 vụ tranh chấp đất rẫy.
Phát biểu chỉ đạo, đồng chí Lê Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, đề nghị Ủy ban MTTQ tỉnh khóa V phát huy vai trò giám sát, phản biện, nắm chắc tình hình nhân dân, nhất là ở vùng biên giới và vùng đồng bào dân tộc thiểu số; kịp thời phản ánh tâm tư, nguyện vọng chính đáng của nhân dân với cấp ủy, chính quyền.
Thanh Bình
Bài viết liên quan
- Đại hội MTTQ huyện Tuy Đức nhiệm kỳ 2024 - 2029 (15/05/2024)
- Hoàn thành đại hội Mặt trận cấp xã (30/04/2024)
- Hiệp thương cử Ủy ban MTTQ tỉnh khóa V (20/05/2024)
""", "2024-06-07", "Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Nông lần thứ V thành công tốt đẹp",
E("dai_hoi", None, "2024-06-05"),
[P("Điểu Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa V"),
 P("H'Bla Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Krứ Bdap", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Ngọc Ánh", "người có uy tín bon Bu Prăng"),
 P("Điểu Sron", "Bí thư Đảng ủy xã Đắk Ngo"),
 P("Lê Văn Hùng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 680.000 người dân", 680000, "người dân", "over"),
 Q("40 dân tộc", 40, "dân tộc"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("2.846 nhà Đại đoàn kết", 2846, "nhà Đại đoàn kết"),
 Q("2,5%", 2.5, "%"), Q("634 cuộc giám sát", 634, "cuộc giám sát"), Q("118 cuộc phản biện xã hội", 118, "cuộc phản biện xã hội"),
 Q("1.725 vụ việc mâu thuẫn", 1725, "vụ việc mâu thuẫn"), Q("1.340 hộ di cư tự do", 1340, "hộ di cư tự do"),
 Q("96 thôn, bon", 96, "thôn, bon"), Q("37 vụ việc tranh chấp đất đai", 37, "vụ việc tranh chấp đất đai"),
 Q("14 điểm nhóm sinh hoạt tôn giáo", 14, "điểm nhóm sinh hoạt tôn giáo"), Q("65 vị", 65, "vị"),
 Q("ít nhất 300 nhà Đại đoàn kết", 300, "nhà Đại đoàn kết", "over"), Q("9 vụ tranh chấp đất rẫy", 9, "vụ tranh chấp đất rẫy")],
[D("Chương trình hành động", "01", "CTr/MTTQ", None, None, "Chương trình hành động số 01-CTr/MTTQ"),
 D("Kết luận", "68", "KL/TW", "2023-11-08", "Ban Bí thư", "Kết luận số 68-KL/TW ngày 8/11/2023")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ > Tin tức > Đại hội Mặt trận các cấp",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Vì người nghèo", "Gia Nghĩa"],
["07.06.2024 | 11:10", "2 ngày", "lần thứ V", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa V", "lần thứ X"]))

PAGES.append(page("b2110-vinhlong-bdv-giaoban-thang5-2024", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Bạn đang ở: Trang chủ / Tin tức / Hoạt động Ban Dân vận
2024-06-07 10:20
Ban Dân vận Tỉnh ủy giao ban tháng 5: nắm chắc tình hình nhân dân vùng hạn mặn
Sáng 6/6, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức giao ban công tác dân vận tháng 5/2024 với ban dân vận 8 huyện, thị xã, thành phố. Đồng chí Trần Thị Mộng Tuyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: Kim Ngân
Báo cáo cho thấy, tháng 5, nhân dân phấn khởi khi giá lúa hè thu ở mức cao; tuy nhiên hạn hán, xâm nhập mặn đầu mùa làm 1.240 hộ thiếu nước sinh hoạt, 360 ha cây ăn trái bị ảnh hưởng. Khối dân vận đã vận động các nhà hảo tâm hỗ trợ 2.500 bình chứa nước và 850 triệu đồng cho các hộ khó khăn.
Trong tháng xảy ra 2 vụ tụ tập đông người liên quan đến bồi thường dự án đường cao tốc Mỹ Thuận - Cần Thơ tại xã Tân Hòa và 3 vụ sạt lở bờ sông làm 12 căn nhà phải di dời khẩn cấp. Các cơ quan khối dân vận tiếp 39 lượt công dân, nhận 15 đơn thư, đã giải quyết 13 đơn. Tổ hòa giải ở cơ sở hòa giải thành 45 vụ việc, đạt 93,7%.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 09-HD/BDVTU ngày 2/5/2024 về triển khai Quyết định số 99-QĐ/TW ngày 3/10/2022 của Ban Bí thư ban hành khung hướng dẫn về phát huy vai trò nhân dân trong phòng, chống tham nhũng; phối hợp khảo sát 15 mô hình "Dân vận khéo" trong đồng bào Khmer.
Tại giao ban, bà Thạch Thị Sa Rây, Trưởng Ban Dân vận Huyện ủy Trà Ôn, cho biết huyện đã vận động 94 hộ đồng bào Khmer chuyển đổi sang trồng màu chịu hạn; ông Lê Văn Mến, Bí thư Chi bộ ấp Phú Thạnh, xã Tân Hòa, phản ánh việc chi trả tiền bồi thường còn chậm ở 27 hộ. Ông Nguyễn Hoàng Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị phối hợp giám sát việc cấp nước miễn phí cho người dân vùng hạn.
Kết luận giao ban, đồng chí Trần Thị Mộng Tuyền yêu cầu tháng 6 các cấp tiếp tục bám sát địa bàn, kịp thời hỗ trợ người dân vùng hạn mặn, sạt lở; đối thoại với các hộ chưa đồng thuận về bồi thường; chuẩn bị sơ kết 6 tháng đầu năm 2024 và đại hội Mặt trận các cấp.
Nhiều ý kiến đề nghị tỉnh sớm đầu tư các công trình ngăn mặn, trữ ngọt để người dân yên tâm sản xuất, đồng thời hỗ trợ vốn vay ưu đãi cho các hộ chuyển đổi cây trồng, vật nuôi thích ứng với biến đổi khí hậu.
Kim Ngân
Tin liên quan
- Long Hồ: đối thoại với nông dân về chuyển đổi cây trồng (29/05/2024)
- Giao ban công tác dân vận tháng 4/2024 (07/05/2024)
- Tam Bình: ra mắt 5 mô hình "Dân vận khéo" (19/04/2024)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo Khmer (05/04/2024)
- Vũng Liêm: gặp mặt người có uy tín (28/03/2024)
""", "2024-06-07", "Ban Dân vận Tỉnh ủy giao ban tháng 5: nắm chắc tình hình nhân dân vùng hạn mặn",
E("giao_ban", "2024-05", "2024-06-06"),
[P("Trần Thị Mộng Tuyền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Rây", "Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Lê Văn Mến", "Bí thư Chi bộ ấp Phú Thạnh"),
 P("Nguyễn Hoàng Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("1.240 hộ", 1240, "hộ"), Q("360 ha", 360, "ha"),
 Q("2.500 bình chứa nước", 2500, "bình chứa nước"), Q("850 triệu đồng", 850000000, "đồng"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("3 vụ sạt lở", 3, "vụ sạt lở"), Q("12 căn nhà", 12, "căn nhà"),
 Q("39 lượt công dân", 39, "lượt công dân"), Q("15 đơn thư", 15, "đơn thư"), Q("13 đơn", 13, "đơn"),
 Q("45 vụ việc", 45, "vụ việc"), Q("93,7%", 93.7, "%"), Q("15 mô hình", 15, "mô hình"),
 Q("94 hộ đồng bào Khmer", 94, "hộ đồng bào Khmer"), Q("27 hộ", 27, "hộ")],
[D("Hướng dẫn", "09", "HD/BDVTU", "2024-05-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 2/5/2024"),
 D("Quyết định", "99", "QĐ/TW", "2022-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2022")],
[prov("Vĩnh Long"), com("Tân Hòa")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động Ban Dân vận", "Quang cảnh buổi giao ban. Ảnh: Kim Ngân",
 "Dân vận khéo"],
["2024-06-07 10:20", "tháng 5/2024", "tháng 6", "6 tháng đầu năm 2024"]))
