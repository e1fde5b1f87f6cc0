from lib import *
PAGES = []

PAGES.append(page("b4217-kiengiang-mttq-giaoban-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH KIÊN GIANG
Trang chủ › Hoạt động Mặt trận › Tin tức
Ngày 09/04/2021 | 14:10
Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý I
Sáng 8/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức giao ban công tác Mặt trận quý I/2021 với Ủy ban MTTQ 15 huyện, thành phố và các tổ chức thành viên. Đồng chí Lê Thị Minh Phụng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh buổi giao ban.
Quý I, Mặt trận các cấp tập trung cho công tác hiệp thương bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Ủy ban MTTQ tỉnh đã tổ chức 3 hội nghị hiệp thương, lập danh sách chính thức 68 người ứng cử đại biểu HĐND tỉnh và 12 người ứng cử đại biểu Quốc hội; Mặt trận cấp xã tổ chức 1.230 hội nghị lấy ý kiến cử tri nơi cư trú với gần 49.000 lượt cử tri tham dự, tỷ lệ tín nhiệm đều trên 90%.
Chương trình "Tết vì người nghèo" Xuân Tân Sửu trao 41.300 phần quà Tết, trị giá hơn 18,9 tỷ đồng; Quỹ "Vì người nghèo" tỉnh hỗ trợ xây 126 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng. Thực hiện Kết luận 07-KL/TU của Ban Thường vụ Tỉnh ủy, Mặt trận phối hợp vận động 2.480 hộ đồng bào Khmer tham gia tổ tự quản đường dây điện, tuyến đường nông thôn.
Trong quý, Ban Thanh tra nhân dân các xã, phường, thị trấn tiếp nhận 64 đơn thư, kiến nghị; tổ hòa giải ở cơ sở hòa giải thành 118 vụ việc mâu thuẫn trong Nhân dân. Hội LHPN, Hội Nông dân tỉnh phối hợp giải ngân 36,5 tỷ đồng vốn vay ưu đãi cho 1.150 hộ.
Tại giao ban, đồng chí Danh Ngọc Thạch, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin kế hoạch tổ chức lễ hội Chôl Chnăm Thmây; đại diện Ủy ban MTTQ huyện Gò Quao, U Minh Thượng và thành phố Phú Quốc báo cáo tình hình 56 hộ dân tranh chấp đất ở xã Vĩnh Hòa Hưng Nam. Các ông Thạch Sô Phanh, Danh Út - Phó Chủ tịch Ủy ban MTTQ huyện Gò Quao đề nghị bổ sung kinh phí cho 17 điểm bầu cử vùng sâu.
Kết luận buổi giao ban, đồng chí Lê Thị Minh Phụng yêu cầu quý II Mặt trận các cấp phối hợp tổ chức thành công cuộc bầu cử ngày 23/5; thực hiện Hướng dẫn số 36/HD-MTTQ-BTT ngày 02/02/2021 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Nghị quyết liên tịch 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN về tiếp xúc cử tri; tiếp tục phòng, chống dịch Covid-19 ở 14 xã biên giới với Campuchia.
Bà Thị Sa Ly, Trưởng ban Công tác Mặt trận ấp Ba Núi, xã Tây Yên, được Ban Thường trực biểu dương vì vận động 42 hộ hiến 3.100 m2 đất làm đường.
Trần Minh
Số lượt truy cập: 1.047
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh hiệp thương lần thứ ba (19/04/2021)
- Trao 100 phần quà cho đồng bào Khmer đón Tết Chôl Chnăm Thmây (06/04/2021)
- Giám sát việc lập danh sách cử tri tại Hà Tiên (30/03/2021)
""", "2021-04-09", "Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý I",
E("giao_ban", "2021-Q1", "2021-04-08"),
[P("Lê Thị Minh Phụng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Ngọc Thạch", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thạch Sô Phanh", "Phó Chủ tịch Ủy ban MTTQ huyện Gò Quao"),
 P("Danh Út", "Phó Chủ tịch Ủy ban MTTQ huyện Gò Quao"),
 P("Thị Sa Ly", "Trưởng ban Công tác Mặt trận ấp Ba Núi")],
[Q("15 huyện, thành phố", 15, "huyện, thành phố"), Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"), Q("68 người", 68, "người"), Q("12 người", 12, "người"),
 Q("1.230 hội nghị", 1230, "hội nghị"), Q("gần 49.000 lượt cử tri", 49000, "lượt cử tri", "approx"), Q("trên 90%", 90, "%", "over"),
 Q("41.300 phần quà", 41300, "phần quà"), Q("hơn 18,9 tỷ đồng", 18900000000, "đồng", "over"),
 Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("2.480 hộ đồng bào Khmer", 2480, "hộ đồng bào Khmer"), Q("56 hộ dân", 56, "hộ dân"), Q("17 điểm bầu cử", 17, "điểm bầu cử"),
 Q("14 xã biên giới", 14, "xã biên giới"), Q("42 hộ", 42, "hộ"), Q("3.100 m2", 3100, "m2"),
 Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"), Q("118 vụ việc mâu thuẫn", 118, "vụ việc mâu thuẫn"),
 Q("36,5 tỷ đồng", 36500000000, "đồng"), Q("1.150 hộ", 1150, "hộ")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07-KL/TU"),
 D("Hướng dẫn", "36", "HD-MTTQ-BTT", "2021-02-02", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTQ-BTT ngày 02/02/2021"),
 D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Tây Yên")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH KIÊN GIANG", "Trang chủ › Hoạt động Mặt trận › Tin tức", "Quang cảnh buổi giao ban.",
 "Tết vì người nghèo", "Vì người nghèo", "Chôl Chnăm Thmây", "Số lượt truy cập: 1.047"],
["Ngày 09/04/2021 | 14:10", "quý I/2021", "Quý I", "quý II", "khóa XV", "nhiệm kỳ 2021 - 2026", "Xuân Tân Sửu", "ngày 23/5",
 "Số lượt truy cập: 1.047"]))

PAGES.append(page("b4218-gialai-mttq-taphuan-2021", """
Báo Gia Lai điện tử
Chính trị > Mặt trận - Đoàn thể
15-10-2021 09:40
Bồi dưỡng nghiệp vụ cho 180 trưởng ban công tác Mặt trận
(GLO)- Trong 2 ngày 13 và 14/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2021 cho 180 trưởng ban công tác Mặt trận thôn, làng, tổ dân phố của các huyện Chư Păh, Ia Grai, Đức Cơ và thành phố Pleiku. Lớp học được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại 4 điểm cầu để bảo đảm phòng, chống dịch.
Ảnh: Các học viên tham gia lớp tập huấn.
Phát biểu khai mạc, đồng chí Rơ Chăm H'Lim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: toàn tỉnh có 2.241 ban công tác Mặt trận ở thôn, làng, tổ dân phố, trong đó trên 40% trưởng ban là người đồng bào dân tộc thiểu số; nhiều người mới được bầu, còn lúng túng trong vận động quần chúng.
Các học viên được các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Mai Hương, Ksor Nhơ và đồng chí Rah Lan Hiếu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh truyền đạt các chuyên đề: Luật Mặt trận Tổ quốc Việt Nam; Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát và phản biện xã hội; kỹ năng hòa giải ở cơ sở và tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Trong số học viên có 62 người là nữ và 97 người là đồng bào Jrai, Bahnar; 24 học viên đồng thời là người có uy tín trong cộng đồng.
Tại lớp học, ông Siu Dứ, Trưởng ban Công tác Mặt trận làng Ia Gri, xã Ia Dêr, chia sẻ: làng có 215 hộ thì 186 hộ là người Jrai, trước đây còn 13 hộ theo "Tin lành Đê Ga"; nhờ kiên trì vận động cùng già làng, đến nay các hộ đã trở về sinh hoạt tại điểm nhóm hợp pháp. Bà Đinh Thị H'Lan, người có uy tín làng Kép 2, xã Hà Tây, đề nghị tăng thời lượng về kỹ năng sử dụng mạng xã hội.
Cũng theo Ban Thường trực, 9 tháng năm 2021 Mặt trận các cấp đã vận động Quỹ phòng, chống dịch được 23,4 tỷ đồng; tặng 8.700 phần quà cho hộ khó khăn do dịch bệnh; hỗ trợ xây dựng 93 căn nhà Đại đoàn kết theo Kế hoạch 48/KH-MTTQ-BTT ngày 15/01/2021. Năm nay, tỉnh dự kiến tổ chức thêm 5 lớp tập huấn cho khoảng 900 học viên ở các huyện phía Đông theo Chương trình phối hợp số 11/CTr-MTTQ-TĐ.
Đồng chí Rơ Chăm H'Lim đề nghị học viên vận dụng kiến thức vào tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay bảo đảm an toàn, không tập trung quá 20 người theo Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy.
Phương Vi
Lượt xem: 802
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc hỗ trợ người lao động (08/10/2021)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo Kbang (23/09/2021)
- Chư Sê tập huấn công tác Mặt trận cơ sở (10/09/2021)
""", "2021-10-15", "Bồi dưỡng nghiệp vụ cho 180 trưởng ban công tác Mặt trận",
E("tap_huan", "2021", "2021-10-13"),
[P("Rơ Chăm H'Lim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ksor Nhơ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Rah Lan Hiếu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Siu Dứ", "Trưởng ban Công tác Mặt trận làng Ia Gri"),
 P("Đinh Thị H'Lan", "người có uy tín làng Kép 2")],
[Q("180 trưởng ban công tác Mặt trận", 180, "trưởng ban công tác Mặt trận"), Q("4 điểm cầu", 4, "điểm cầu"),
 Q("2.241 ban công tác Mặt trận", 2241, "ban công tác Mặt trận"), Q("trên 40%", 40, "%", "over"), Q("215 hộ", 215, "hộ"),
 Q("186 hộ", 186, "hộ"), Q("13 hộ", 13, "hộ"), Q("23,4 tỷ đồng", 23400000000, "đồng"), Q("8.700 phần quà", 8700, "phần quà"),
 Q("93 căn nhà Đại đoàn kết", 93, "căn nhà Đại đoàn kết"), Q("5 lớp tập huấn", 5, "lớp tập huấn"),
 Q("khoảng 900 học viên", 900, "học viên", "approx"), Q("quá 20 người", 20, "người"), Q("62 người", 62, "người"), Q("97 người", 97, "người"),
 Q("24 học viên", 24, "học viên")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "48", "KH-MTTQ-BTT", "2021-01-15", None, "Kế hoạch 48/KH-MTTQ-BTT ngày 15/01/2021"),
 D("Chương trình phối hợp", "11", "CTr-MTTQ-TĐ", None, None, "Chương trình phối hợp số 11/CTr-MTTQ-TĐ"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU")],
[prov("Gia Lai"), com("Ia Dêr"), com("Hà Tây")],
["Báo Gia Lai điện tử", "Chính trị > Mặt trận - Đoàn thể", "(GLO)", "Ảnh: Các học viên tham gia lớp tập huấn.", "Luật Mặt trận Tổ quốc Việt Nam",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Tin lành Đê Ga", "Lượt xem: 802"],
["15-10-2021 09:40", "2 ngày", "năm 2021", "9 tháng năm 2021", "Lượt xem: 802"]))

PAGES.append(page("b4219-hoabinh-mttq-tongket-2022", """
BÁO HÒA BÌNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình
Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 23/12/2022 | 10:30
Đồng chí Bùi Văn Lịch trao Bằng khen cho các tập thể có thành tích xuất sắc.
Tôn vinh 120 gương điển hình trong phong trào thi đua của Mặt trận
Ngày 22/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lần thứ 8 Ủy ban MTTQ tỉnh khóa XV để tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023 và tôn vinh 120 gương điển hình tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Bùi Văn Lịch, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có đồng chí Quách Thị Hằng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Năm 2022, Mặt trận các cấp vận động Nhân dân hiến trên 52.000 m2 đất, đóng góp 34,6 tỷ đồng và 120.000 ngày công xây dựng nông thôn mới; toàn tỉnh có 81/151 xã đạt chuẩn nông thôn mới, 16 xã đạt chuẩn nông thôn mới nâng cao. Quỹ "Vì người nghèo" các cấp tiếp nhận 28,7 tỷ đồng, hỗ trợ xây mới 512 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm còn 10,39%. Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở 100% khu dân cư, 1.471 khu dân cư được công nhận khu dân cư tiêu biểu.
Thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Kết luận số 41-KL/TU của Ban Thường vụ Tỉnh ủy, Mặt trận tỉnh chủ trì 5 cuộc giám sát, 6 hội nghị phản biện xã hội; tổ chức 2 hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân. Mặt trận các cấp đã tiếp nhận 187 đơn thư, kiến nghị; chuyển cơ quan chức năng giải quyết 174 đơn.
Tham luận tại hội nghị, ông Đinh Công Sứ, Chủ tịch Ủy ban MTTQ xã Cuối Hạ, giới thiệu mô hình "Bản không có người nghèo đi khám bệnh không có thẻ bảo hiểm y tế"; bà Xa Thị Nhung, Trưởng ban Công tác Mặt trận xóm Đồng Bưng, xã Pà Cò, chia sẻ việc vận động 64 hộ người Mông chuyển đổi 17 ha ngô sang trồng cây ăn quả. Các đồng chí Trưởng ban Công tác Mặt trận: Bạch Văn Hùng, Hà Thị Xuyến cũng trình bày kinh nghiệm tổ chức "Bữa cơm đoàn kết".
Phát biểu chỉ đạo, đồng chí Quách Thị Hằng đề nghị năm 2023 Mặt trận tiếp tục thực hiện Chương trình hành động số 10-CTr/TU, Chỉ thị số 18-CT/TU của Tỉnh ủy và Nghị quyết 43-NQ/TW của Ban Chấp hành Trung ương khóa XIII về phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
Tại hội nghị, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 4 tập thể, 6 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 120 gương điển hình, trong đó có 48 tập thể và 72 cá nhân, mỗi điển hình được thưởng 1,5 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Đinh Thị Thu Hà, Nguyễn Văn Toản thông qua dự thảo Chương trình phối hợp và thống nhất hành động năm 2023 với 16 tổ chức thành viên.
Minh Thu
Lượt xem: 1.245
Tin khác
- Lạc Sơn: Ngày hội Đại đoàn kết ở xóm Cháy (15/11/2022)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo Đà Bắc (10/11/2022)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (28/10/2022)
""", "2022-12-23", "Tôn vinh 120 gương điển hình trong phong trào thi đua của Mặt trận",
E("tong_ket", "2022", "2022-12-22"),
[P("Bùi Văn Lịch", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Hằng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đinh Công Sứ", "Chủ tịch Ủy ban MTTQ xã Cuối Hạ"),
 P("Xa Thị Nhung", "Trưởng ban Công tác Mặt trận xóm Đồng Bưng"),
 P("Bạch Văn Hùng", "Trưởng ban Công tác Mặt trận"),
 P("Hà Thị Xuyến", "Trưởng ban Công tác Mặt trận"),
 P("Đinh Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Toản", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("120 gương điển hình", 120, "gương điển hình"), Q("trên 52.000 m2", 52000, "m2", "over"),
 Q("34,6 tỷ đồng", 34600000000, "đồng"), Q("120.000 ngày công", 120000, "ngày công"), Q("81/151 xã", 81, "xã"),
 Q("16 xã", 16, "xã"), Q("28,7 tỷ đồng", 28700000000, "đồng"), Q("512 nhà Đại đoàn kết", 512, "nhà Đại đoàn kết"),
 Q("10,39%", 10.39, "%"), Q("100% khu dân cư", 100, "%"), Q("1.471 khu dân cư", 1471, "khu dân cư"),
 Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"),
 Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("187 đơn thư, kiến nghị", 187, "đơn thư, kiến nghị"), Q("174 đơn", 174, "đơn"),
 Q("64 hộ người Mông", 64, "hộ người Mông"), Q("17 ha", 17, "ha"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("48 tập thể", 48, "tập thể"), Q("72 cá nhân", 72, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("16 tổ chức thành viên", 16, "tổ chức thành viên")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Kết luận", "41", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 41-KL/TU"),
 D("Chương trình hành động", "10", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 10-CTr/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 18-CT/TU"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 43-NQ/TW")],
[prov("Hòa Bình"), com("Cuối Hạ"), com("Pà Cò")],
["BÁO HÒA BÌNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình", "Chính trị | Mặt trận - Đoàn thể",
 "Đồng chí Bùi Văn Lịch trao Bằng khen cho các tập thể có thành tích xuất sắc.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Bản không có người nghèo đi khám bệnh không có thẻ bảo hiểm y tế", "Bữa cơm đoàn kết",
 "Chương trình phối hợp và thống nhất hành động năm 2023", "Lượt xem: 1.245"],
["Thứ Sáu, 23/12/2022 | 10:30", "lần thứ 8", "khóa XV", "năm 2022", "năm 2023", "khóa XIII", "Lượt xem: 1.245"]))

PAGES.append(page("b4220-vinhlong-mttq-ngayhoi-2022", """
Báo Vĩnh Long Online
Trang chủ - Chính trị - Mặt trận - Đoàn thể
14 Tháng 11, 2022 | 08:20
Phú Thạnh: 9 năm liền giữ danh hiệu ấp văn hóa
Sáng 13/11, Ban Công tác Mặt trận ấp Phú Thạnh, xã Phú Đức (huyện Long Hồ) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022, chào mừng 92 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam. Về dự có đồng chí Nguyễn Thị Minh Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long; đồng chí Trần Văn Bảy, HUV, Chủ tịch Ủy ban MTTQ huyện Long Hồ.
Lãnh đạo tỉnh trao nhà Đại đoàn kết cho hộ nghèo ấp Phú Thạnh. Ảnh: Thảo Ly
Ấp Phú Thạnh có 426 hộ với 1.658 nhân khẩu. Theo ông Lê Văn Sang, Trưởng ban Công tác Mặt trận ấp, năm qua ấp có 415 hộ đạt gia đình văn hóa, chiếm 97,4%; còn 5 hộ nghèo và 9 hộ cận nghèo. Bà con đóng góp hơn 380 triệu đồng, hiến 1.200 m2 đất để láng nhựa 2,3 km đường giao thông nông thôn, lắp 146 bóng đèn trên tuyến "Đường hoa nông thôn mới". Mô hình "Tổ nhân dân tự quản" với 18 tổ hoạt động hiệu quả, ấp nhiều năm không có tội phạm.
Tại ngày hội, đồng chí Nguyễn Thị Minh Hạnh ghi nhận những kết quả ấp đạt được, đề nghị bà con tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch 89/KH-MTTQ-BTT ngày 15/9/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Ngày hội năm 2022.
Dịp này, Ủy ban MTTQ tỉnh trao 2 căn nhà Đại đoàn kết, mỗi căn trị giá 60 triệu đồng, và 30 phần quà cho hộ có hoàn cảnh khó khăn; Ủy ban MTTQ huyện tặng giấy khen cho 12 hộ gia đình văn hóa tiêu biểu. Các ông Phan Văn Lợi, Nguyễn Văn Đực - Bí thư Chi bộ, Trưởng ấp Phú Thạnh qua các thời kỳ được tuyên dương.
Cùng ngày, các đồng chí lãnh đạo tỉnh chia nhau dự Ngày hội ở khóm 1, phường 8 (TP Vĩnh Long) và ấp Sóc Rừng, xã Loan Mỹ (huyện Tam Bình), nơi có 312 hộ đồng bào Khmer. Theo Ban Thường trực Ủy ban MTTQ tỉnh, từ ngày 1/11 đến 18/11, 100% trong số 837 ấp, khóm của tỉnh tổ chức Ngày hội.
Tại ấp Sóc Rừng, Thượng tọa Thạch Sóc Phol, trụ trì chùa Sóc Rừng, cùng ông Kim Văn Sên, người có uy tín ấp Sóc Rừng, đã vận động 47 hộ hiến đất, cây trồng để mở rộng tuyến đường dal dài 1,5 km. Ông Lâm Văn Tú, Chủ tịch Ủy ban MTTQ xã Loan Mỹ cho biết, năm 2022 xã xây 7 căn nhà Đại đoàn kết từ Quỹ "Vì người nghèo" với tổng kinh phí 350 triệu đồng.
Thảo Ly
Lượt xem: 690
Tin liên quan
- Trà Ôn: Ngày hội Đại đoàn kết ở ấp Mỹ Yên (12/11/2022)
- Trao 20 căn nhà Đại đoàn kết ở Bình Tân (05/11/2022)
- Ủy ban MTTQ tỉnh tổng kết 20 năm Ngày hội (26/10/2022)
""", "2022-11-14", "Phú Thạnh: 9 năm liền giữ danh hiệu ấp văn hóa",
E("khac", None, "2022-11-13"),
[P("Nguyễn Thị Minh Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
 P("Trần Văn Bảy", "HUV", "Chủ tịch Ủy ban MTTQ huyện Long Hồ"),
 P("Lê Văn Sang", "Trưởng ban Công tác Mặt trận ấp"),
 P("Phan Văn Lợi", "Bí thư Chi bộ", "Trưởng ấp Phú Thạnh"),
 P("Nguyễn Văn Đực", "Bí thư Chi bộ", "Trưởng ấp Phú Thạnh"),
 P("Thạch Sóc Phol", "Thượng tọa", "trụ trì chùa Sóc Rừng"),
 P("Kim Văn Sên", "người có uy tín ấp Sóc Rừng"),
 P("Lâm Văn Tú", "Chủ tịch Ủy ban MTTQ xã Loan Mỹ")],
[Q("426 hộ", 426, "hộ"), Q("1.658 nhân khẩu", 1658, "nhân khẩu"), Q("415 hộ", 415, "hộ"), Q("97,4%", 97.4, "%"),
 Q("5 hộ nghèo", 5, "hộ nghèo"), Q("9 hộ cận nghèo", 9, "hộ cận nghèo"), Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
 Q("1.200 m2", 1200, "m2"), Q("2,3 km", 2.3, "km"), Q("146 bóng đèn", 146, "bóng đèn"), Q("18 tổ", 18, "tổ"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 phần quà", 30, "phần quà"),
 Q("12 hộ gia đình văn hóa tiêu biểu", 12, "hộ gia đình văn hóa tiêu biểu"), Q("312 hộ đồng bào Khmer", 312, "hộ đồng bào Khmer"),
 Q("100%", 100, "%"), Q("837 ấp, khóm", 837, "ấp, khóm"), Q("47 hộ", 47, "hộ"), Q("1,5 km", 1.5, "km"),
 Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("350 triệu đồng", 350000000, "đồng")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU"),
 D("Kế hoạch", "89", "KH-MTTQ-BTT", "2022-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 89/KH-MTTQ-BTT ngày 15/9/2022")],
[prov("Vĩnh Long"), com("Phú Đức"), com("phường 8"), com("Loan Mỹ")],
["Báo Vĩnh Long Online", "Trang chủ - Chính trị - Mặt trận - Đoàn thể", "Lãnh đạo tỉnh trao nhà Đại đoàn kết cho hộ nghèo ấp Phú Thạnh. Ảnh: Thảo Ly",
 "Đường hoa nông thôn mới", "Tổ nhân dân tự quản", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 690"],
["14 Tháng 11, 2022 | 08:20", "9 năm", "năm 2022", "92 năm", "từ ngày 1/11 đến 18/11", "Lượt xem: 690"]))

PAGES.append(page("b4221-quangbinh-mttq-baocao-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ / Tham gia xây dựng Đảng, chính quyền
01/12/2023 17:05
Quang cảnh kỳ họp. Ảnh: Hồng Nhung
Mặt trận báo cáo ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh
Sáng 30/11, tại kỳ họp thứ 14, HĐND tỉnh Quảng Bình khóa XVIII, đồng chí Trần Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày Báo cáo số 312/BC-MTTQ-BTT về công tác tham gia xây dựng chính quyền năm 2023 và thông báo tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân gửi đến kỳ họp.
Theo báo cáo, năm 2023 Mặt trận các cấp đã phối hợp tổ chức 412 hội nghị tiếp xúc cử tri với khoảng 36.500 lượt cử tri tham dự, tổng hợp được 1.284 ý kiến, kiến nghị; trong đó 386 ý kiến thuộc thẩm quyền giải quyết của tỉnh. Ban Thường trực Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề theo Quyết định số 217-QĐ/TW và Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư; tổ chức 7 hội nghị phản biện xã hội, góp ý 19 dự thảo nghị quyết của HĐND tỉnh, trong đó có dự thảo nghị quyết về mức hỗ trợ 50 triệu đồng/hộ làm nhà cho hộ nghèo vùng đồng bào Bru - Vân Kiều, Chứt.
Quỹ "Vì người nghèo" các cấp vận động được hơn 27,3 tỷ đồng, hỗ trợ xây mới, sửa chữa 418 nhà Đại đoàn kết. Thực hiện Chỉ thị 01-CT/TU, 02-CT/TU của Ban Thường vụ Tỉnh ủy, Mặt trận phối hợp vận động 3.640 hộ dân ven biển tham gia tổ tự quản bảo vệ môi trường; Ban Thanh tra nhân dân ở 151 xã, phường, thị trấn tiếp nhận 228 đơn thư.
Cử tri nhiều địa phương đề nghị tỉnh sớm hoàn thành bồi thường cho 94 hộ dân ở xã Quảng Đông bị ảnh hưởng bởi dự án điện gió; cử tri xã Trọng Hóa kiến nghị hỗ trợ 35 hộ người Chứt tái định cư. Bà Hồ Thị Xoan, người có uy tín bản Ka Ai, xã Lâm Thủy, phản ánh 18 hộ đồng bào Bru - Vân Kiều chưa có nước sinh hoạt.
Báo cáo cũng nêu: các tổ chức thành viên gồm Hội LHPN, Hội Nông dân, Hội Cựu chiến binh, Tỉnh đoàn, Liên đoàn Lao động tỉnh đã tổ chức 2.960 buổi sinh hoạt lồng ghép với hơn 142.000 lượt hội viên, đoàn viên tham gia; Mặt trận các cấp nhận xét, đánh giá 100% đại biểu dân cử theo quy định.
Đồng chí Trần Thị Thu Hiền kiến nghị UBND tỉnh chỉ đạo trả lời bằng văn bản các kiến nghị còn tồn đọng từ kỳ họp trước; đồng chí Võ Văn Cường, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh được giao theo dõi, đôn đốc việc trả lời.
Hồng Nhung
Lượt xem: 931
Các tin khác
- Mặt trận tỉnh phản biện dự thảo nghị quyết về hỗ trợ nhà ở (20/11/2023)
- Lệ Thủy: Ngày hội Đại đoàn kết ở thôn Mỹ Phong (15/11/2023)
- Giám sát chính sách bảo hiểm y tế tại Minh Hóa (07/11/2023)
""", "2023-12-01", "Mặt trận báo cáo ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh",
E("bao_cao", "2023", "2023-11-30"),
[P("Trần Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Xoan", "người có uy tín bản Ka Ai"),
 P("Võ Văn Cường", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("412 hội nghị tiếp xúc cử tri", 412, "hội nghị tiếp xúc cử tri"), Q("khoảng 36.500 lượt cử tri", 36500, "lượt cử tri", "approx"),
 Q("1.284 ý kiến, kiến nghị", 1284, "ý kiến, kiến nghị"), Q("386 ý kiến", 386, "ý kiến"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"),
 Q("7 hội nghị phản biện xã hội", 7, "hội nghị phản biện xã hội"), Q("19 dự thảo nghị quyết", 19, "dự thảo nghị quyết"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("hơn 27,3 tỷ đồng", 27300000000, "đồng", "over"), Q("418 nhà Đại đoàn kết", 418, "nhà Đại đoàn kết"),
 Q("3.640 hộ dân ven biển", 3640, "hộ dân ven biển"), Q("151 xã, phường, thị trấn", 151, "xã, phường, thị trấn"), Q("228 đơn thư", 228, "đơn thư"),
 Q("94 hộ dân", 94, "hộ dân"), Q("35 hộ người Chứt", 35, "hộ người Chứt"), Q("18 hộ đồng bào Bru - Vân Kiều", 18, "hộ đồng bào Bru - Vân Kiều"),
 Q("2.960 buổi sinh hoạt lồng ghép", 2960, "buổi sinh hoạt lồng ghép"), Q("hơn 142.000 lượt hội viên, đoàn viên", 142000, "lượt hội viên, đoàn viên", "over"),
 Q("100% đại biểu dân cử", 100, "%")],
[D("Báo cáo", "312", "BC-MTTQ-BTT", None, None, "Báo cáo số 312/BC-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 04/10/2023"),
 D("Chỉ thị", "01", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01-CT/TU, 02-CT/TU"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01-CT/TU, 02-CT/TU")],
[prov("Quảng Bình"), com("Quảng Đông"), com("Trọng Hóa"), com("Lâm Thủy")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ / Tham gia xây dựng Đảng, chính quyền", "Quang cảnh kỳ họp. Ảnh: Hồng Nhung",
 "Vì người nghèo", "Lượt xem: 931"],
["01/12/2023 17:05", "kỳ họp thứ 14", "khóa XVIII", "năm 2023", "Lượt xem: 931"]))

PAGES.append(page("b4222-bacgiang-mttq-soket-2023", """
BÁO BẮC GIANG ĐIỆN TỬ
Thời sự / Chính trị / Mặt trận - Đoàn thể
2023-07-14 16:40
Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm 2023
BG - Ngày 13/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023 và sơ kết Chương trình phối hợp và thống nhất hành động với các tổ chức thành viên. Đồng chí Ngô Thị Hồng Vân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Lâm Thị Hương Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh hội nghị sơ kết.
6 tháng đầu năm, Mặt trận các cấp vận động ủng hộ Quỹ "Vì người nghèo" được trên 12,5 tỷ đồng, hỗ trợ xây mới 182 nhà Đại đoàn kết; trao 21.700 suất quà Tết cho hộ nghèo, hộ cận nghèo. Thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy, Mặt trận phối hợp vận động Nhân dân hiến 41.600 m2 đất làm đường, 62 xã đăng ký đạt chuẩn nông thôn mới kiểu mẫu. Mặt trận tỉnh chủ trì 3 cuộc giám sát, 2 hội nghị phản biện xã hội; phối hợp tổ chức 186 hội nghị tiếp xúc cử tri.
Các tổ chức thành viên tích cực hưởng ứng chương trình phối hợp: Hội LHPN tỉnh thành lập mới 47 chi hội phụ nữ tự quản, Hội Nông dân tỉnh hỗ trợ 1.320 hội viên nông dân vay vốn; Tỉnh đoàn ra mắt 15 công trình thanh niên; Hội Cựu chiến binh giúp 36 hội viên thoát nghèo. Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở 207 xã, phường, thị trấn đã giám sát 315 công trình.
Tại hội nghị, với 100% ủy viên tán thành, đồng chí Thân Văn Thắng, nguyên Chủ tịch Ủy ban MTTQ huyện Lục Nam, được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVIII. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hoàng Văn Tiến, Nguyễn Thị Thu Hằng báo cáo việc chuẩn bị Đại hội MTTQ các cấp nhiệm kỳ 2024 - 2029 theo Chỉ thị số 22-CT/TW ngày 06/6/2023 của Ban Bí thư và Kế hoạch số 265-KH/TU của Tỉnh ủy.
Thảo luận tại hội nghị, ông Hoàng Văn Sùng, Chủ tịch Ủy ban MTTQ xã Phong Vân, chia sẻ việc vận động 128 hộ người Sán Dìu, Tày giữ rừng; bà Đặng Thị Nhàn, Trưởng ban Công tác Mặt trận thôn Khe Nghè, xã Tân Sơn, đề nghị hỗ trợ 8 hộ nghèo người Dao làm nhà.
Phát biểu chỉ đạo, đồng chí Lâm Thị Hương Thanh đề nghị Mặt trận tập trung tổ chức đại hội điểm ở cấp xã trong tháng 9, hoàn thành đại hội cấp cơ sở trước ngày 31/12/2023; thực hiện tốt Nghị quyết 43-NQ/TW và Kết luận 68-KL/TW của Ban Bí thư về phong trào thi đua.
Hải Yến
Lượt xem: 1.066
Tin liên quan
- Hiệp thương cử bổ sung ủy viên Ủy ban MTTQ tỉnh (30/06/2023)
- Lạng Giang: Trao 20 nhà Đại đoàn kết (22/06/2023)
- Ủy ban MTTQ tỉnh giám sát tại Sơn Động (08/06/2023)
""", "2023-07-14", "Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm 2023",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Ngô Thị Hồng Vân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Hương Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Thắng", "nguyên Chủ tịch Ủy ban MTTQ huyện Lục Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVIII"),
 P("Hoàng Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Sùng", "Chủ tịch Ủy ban MTTQ xã Phong Vân"),
 P("Đặng Thị Nhàn", "Trưởng ban Công tác Mặt trận thôn Khe Nghè")],
[Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("182 nhà Đại đoàn kết", 182, "nhà Đại đoàn kết"), Q("21.700 suất quà", 21700, "suất quà"),
 Q("41.600 m2", 41600, "m2"), Q("62 xã", 62, "xã"), Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
 Q("186 hội nghị tiếp xúc cử tri", 186, "hội nghị tiếp xúc cử tri"), Q("47 chi hội phụ nữ tự quản", 47, "chi hội phụ nữ tự quản"),
 Q("1.320 hội viên nông dân", 1320, "hội viên nông dân"), Q("15 công trình thanh niên", 15, "công trình thanh niên"), Q("36 hội viên", 36, "hội viên"), Q("207 xã, phường, thị trấn", 207, "xã, phường, thị trấn"), Q("315 công trình", 315, "công trình"),
 Q("100% ủy viên", 100, "%"), Q("128 hộ người Sán Dìu, Tày", 128, "hộ người Sán Dìu, Tày"), Q("8 hộ nghèo người Dao", 8, "hộ nghèo người Dao")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "22", "CT/TW", "2023-06-06", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 06/6/2023"),
 D("Kế hoạch", "265", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 265-KH/TU"),
 D("Nghị quyết", "43", "NQ/TW", None, None, "Nghị quyết 43-NQ/TW"),
 D("Kết luận", "68", "KL/TW", None, "Ban Bí thư", "Kết luận 68-KL/TW")],
[prov("Bắc Giang"), com("Phong Vân"), com("Tân Sơn")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Thời sự / Chính trị / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị sơ kết.", "Vì người nghèo",
 "Chương trình phối hợp và thống nhất hành động", "Lượt xem: 1.066"],
["2023-07-14 16:40", "6 tháng đầu năm", "6 tháng cuối năm 2023", "khóa XVIII", "nhiệm kỳ 2024 - 2029", "tháng 9",
 "ngày 31/12/2023", "Lượt xem: 1.066"]))
