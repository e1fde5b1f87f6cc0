from lib import *

PAGES = []

# b123 — Hội Nông dân Bắc Kạn, Chủ tịch UBND tỉnh đối thoại với nông dân năm 2021
PAGES.append(page(
"b123-backan-hnd-doithoai-2021",
"""
HỘI NÔNG DÂN TỈNH BẮC KẠN
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Cập nhật: 15:05, 19/10/2021 (GMT+7)
Nông dân kiến nghị tháo gỡ khó khăn cho sản phẩm OCOP
Ngày 18/10, Hội Nông dân tỉnh Bắc Kạn phối hợp với UBND tỉnh tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2021. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 8 điểm cầu với hơn 600 hội viên tham dự.
Chủ trì hội nghị có đồng chí Lý Văn Định, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Hà Văn Tuyên, TUV, Chủ tịch Hội Nông dân tỉnh. Tham dự có bà Hà Thị Liễu, ông Lục Văn Thao - Phó Chủ tịch Hội Nông dân tỉnh cùng lãnh đạo các sở, ngành.
Đồng chí Lý Văn Định trả lời kiến nghị của nông dân.
Tại hội nghị, nông dân đã nêu 19 ý kiến tập trung vào vốn vay, đất sản xuất và đầu ra cho nông sản. Nông dân Triệu Thị Mai ở xã Quang Thuận đề nghị tỉnh có cơ chế hỗ trợ tem truy xuất nguồn gốc cho miến dong. Anh Hoàng Văn Sình, Giám đốc Hợp tác xã Nông nghiệp Thành Công, xã Bằng Lãng cho biết hợp tác xã có 37 thành viên, năm nay tiêu thụ được 26 tấn gạo nhưng vẫn thiếu kho lạnh.
Trả lời, đồng chí Lý Văn Định cho biết toàn tỉnh đã có 37 sản phẩm OCOP theo Quyết định số 490/QĐ-TTg ngày 7/5/2018 của Thủ tướng Chính phủ; theo nghị quyết số 12/2020/NQ-HĐND của HĐND tỉnh, mỗi sản phẩm đạt 3 sao được hỗ trợ 30 triệu đồng, đạt 4 sao được hỗ trợ 50.000.000 đồng. UBND tỉnh sẽ sửa đổi kế hoạch số 455/KH-UBND để bổ sung hỗ trợ kho lạnh cho các hợp tác xã.
Nguồn Quỹ Hỗ trợ nông dân các cấp hiện đạt 14,6 tỷ đồng, cho vay với lãi suất 0,5%/tháng. Đồng chí Hà Văn Tuyên đề nghị các cấp Hội nhân rộng mô hình "4 nhà" liên kết sản xuất.
Minh Hằng
Lượt xem: 1.093
Tin liên quan
- Hội Nông dân tỉnh sơ kết 9 tháng năm 2021 (05/10/2021)
- Trao 45 con bò giống cho hội viên Pác Nặm (20/09/2021)
""",
"2021-10-19",
"Nông dân kiến nghị tháo gỡ khó khăn cho sản phẩm OCOP",
E("doi_thoai", "2021", "2021-10-18"),
[
 P("Lý Văn Định", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hà Văn Tuyên", "TUV", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Thị Liễu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lục Văn Thao", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Triệu Thị Mai", "Nông dân"),
 P("Hoàng Văn Sình", "Giám đốc Hợp tác xã Nông nghiệp Thành Công"),
],
[
 Q("8 điểm cầu", 8, "điểm cầu"),
 Q("hơn 600 hội viên", 600, "hội viên", "over"),
 Q("19 ý kiến", 19, "ý kiến"),
 Q("37 thành viên", 37, "thành viên"),
 Q("26 tấn gạo", 26, "tấn gạo"),
 Q("37 sản phẩm OCOP", 37, "sản phẩm OCOP"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("50.000.000 đồng", 50000000, "đồng"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("0,5%/tháng", 0.5, "%"),
],
[
 D("Quyết định", "490", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định số 490/QĐ-TTg"),
 D("Nghị quyết", "12", "2020/NQ-HĐND", None, "HĐND tỉnh", "nghị quyết số 12/2020/NQ-HĐND"),
 D("Kế hoạch", "455", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 455/KH-UBND"),
],
[prov("Bắc Kạn"), com("xã Quang Thuận"), com("xã Bằng Lãng")],
["HỘI NÔNG DÂN TỈNH BẮC KẠN", "Đồng chí Lý Văn Định trả lời kiến nghị của nông dân.",
 "Hợp tác xã Nông nghiệp Thành Công", "Quỹ Hỗ trợ nông dân", "OCOP"],
["3 sao", "4 sao", "4 nhà", "Lượt xem: 1.093"],
))

# b124 — Ban Dân vận Tỉnh ủy Long An, giao ban tháng 8/2022 held in September
PAGES.append(page(
"b124-longan-bdv-giaoban-thang8-2022",
"""
BAN DÂN VẬN TỈNH ỦY LONG AN
Hôm nay: 06/09/2022
Trang chủ  >  Tin hoạt động  >  Dân vận các cấp
Thứ Hai, 05/09/2022
Vận động Nhân dân bàn giao mặt bằng đường Vành đai 4 đúng tiến độ
Sáng 5/9, Ban Dân vận Tỉnh ủy Long An tổ chức giao ban công tác dân vận tháng 8 năm 2022 với khối Mặt trận, đoàn thể tỉnh. Chủ trì buổi giao ban có đồng chí Nguyễn Thị Kim Hoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy. Dự có Ủy viên Ban Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh Trần Văn Kiệt; đồng chí Đặng Thị Thu, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Phan Văn Lợi, Phó Chủ tịch Hội Nông dân tỉnh.
Quang cảnh buổi giao ban
Trong tháng 8, các cơ quan khối dân vận đã phối hợp vận động 1.215 hộ dân ở xã Mỹ Yên, xã Lương Hòa và thị trấn Bến Lức bàn giao mặt bằng, đạt 87% tổng số hộ bị ảnh hưởng; còn 158 hộ chưa đồng thuận với giá bồi thường. Thực hiện Hướng dẫn số 21-HD/BDVTW ngày 4/5/2022 của Ban Dân vận Trung ương, 192/192 xã, phường, thị trấn đã tổ chức hội nghị dân vận khéo.
Các đoàn thể cũng chủ động thăm hỏi 46 hộ có hoàn cảnh khó khăn phải di dời, mỗi hộ được hỗ trợ 2 triệu đồng; Hội LHPN tỉnh vận động các doanh nghiệp tài trợ 120 suất học bổng, trị giá 1,5 triệu/suất cho con em các hộ này.
Phát biểu kết luận, đồng chí Nguyễn Thị Kim Hoa đề nghị thực hiện nghiêm Quy chế số 07-QC/TU của Tỉnh ủy về công tác dân vận, tổ chức đối thoại riêng với 158 hộ trước ngày 20/9 và báo cáo kết quả về Ban Dân vận Tỉnh ủy trong tháng 9.
Tin, ảnh: Phương Thảo
Lượt xem: 588
Tin liên quan
- Giao ban công tác dân vận tháng 7/2022 (03/08/2022)
- Đoàn khối dân vận thăm 30 hộ ở Đức Hòa (22/07/2022)
""",
"2022-09-05",
"Vận động Nhân dân bàn giao mặt bằng đường Vành đai 4 đúng tiến độ",
E("giao_ban", "2022-08", "2022-09-05"),
[
 P("Nguyễn Thị Kim Hoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Kiệt", "Ủy viên Ban Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Văn Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"),
],
[
 Q("1.215 hộ dân", 1215, "hộ dân"),
 Q("87%", 87, "%"),
 Q("158 hộ", 158, "hộ"),
 Q("192/192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"),
 Q("46 hộ", 46, "hộ"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("120 suất học bổng", 120, "suất học bổng"),
 Q("1,5 triệu/suất", 1500000, "đồng"),
],
[
 D("Hướng dẫn", "21", "HD/BDVTW", "2022-05-04", "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW"),
 D("Quy chế", "07", "QC/TU", None, "Tỉnh ủy", "Quy chế số 07-QC/TU"),
],
[prov("Long An"), com("xã Mỹ Yên"), com("xã Lương Hòa"), com("thị trấn Bến Lức")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Quang cảnh buổi giao ban", "đường Vành đai 4"],
["Vành đai 4", "tháng 8", "tháng 9", "Hôm nay: 06/09/2022", "Lượt xem: 588"],
))

# b125 — Báo Kon Tum, trao quà Tết (350 repeated in headline, lead, caption); "150tr"
PAGES.append(page(
"b125-kontum-bao-traoqua-tet-2023",
"""
BÁO KON TUM ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo
Thứ Sáu, 13/01/2023 | 14:02
Trao 350 suất quà Tết cho đồng bào nghèo xã Đăk Kôi
BKT - Ngày 12/1, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Ngân hàng TMCP Công Thương chi nhánh Kon Tum trao 350 suất quà Tết cho hộ nghèo, hộ cận nghèo người Xơ Đăng, Ba Na ở xã Đăk Kôi và xã Đăk Tơ Lung, huyện Kon Rẫy.
Đoàn công tác trao 350 suất quà cho bà con xã Đăk Kôi. Ảnh: H.Thu
Tham gia đoàn có đồng chí A Thuyên, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Hữu Phát, Phó Giám đốc Ngân hàng TMCP Công Thương chi nhánh Kon Tum. Tiếp đoàn có đồng chí Y Blong, Bí thư Đảng ủy xã Đăk Kôi.
Mỗi suất quà trị giá 600.000 đồng ,gồm tiền mặt và nhu yếu phẩm; tổng trị giá 210 triệu đồng. Dịp này, ngân hàng trao thêm 150tr để hỗ trợ xây 3 căn nhà cho hộ nghèo và 2 tấn gạo cho làng Kon Rơ Lăng.
Nhận quà, bà Y Lương ở làng Đăk Chờ xúc động: "Nhà có 5 người, năm nay lúa bị lũ cuốn, có quà này cả nhà vui Tết hơn". Già làng A Hơn nói thay bà con: "Cảm ơn Đảng, Nhà nước đã nhớ đến người nghèo vùng sâu".
Đồng chí A Thuyên cho biết, hưởng ứng Chương trình "Xuân yêu thương" năm 2023, khối dân vận toàn tỉnh dự kiến trao khoảng 12.000 suất quà với tổng trị giá hơn 6 tỷ đồng; riêng xã Đăk Kôi có 214 hộ nghèo, chiếm 38,5% số hộ.
Đồng chí đề nghị cấp ủy xã tiếp tục thực hiện Chỉ thị số 10-CT/TU ngày 20/8/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số, vận động bà con không bán đất, không vay nặng lãi.
Hồ Thu
Lượt xem: 1.347
Tin khác
- Tỉnh ủy thăm, tặng 500 suất quà Tết (11/01/2023)
- Chương trình "Xuân biên phòng ấm lòng dân bản" tại Ia H'Drai (10/01/2023)
""",
"2023-01-13",
"Trao 350 suất quà Tết cho đồng bào nghèo xã Đăk Kôi",
E("trao_qua", None, "2023-01-12"),
[
 P("A Thuyên", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phát", "Phó Giám đốc Ngân hàng TMCP Công Thương chi nhánh Kon Tum"),
 P("Y Blong", "Bí thư Đảng ủy xã Đăk Kôi"),
 P("Y Lương"),
 P("A Hơn", "Già làng"),
],
[
 Q("350 suất quà Tết", 350, "suất quà Tết"),
 Q("600.000 đồng", 600000, "đồng"),
 Q("210 triệu đồng", 210000000, "đồng"),
 Q("150tr", 150000000, "đồng"),
 Q("3 căn nhà", 3, "căn nhà"),
 Q("2 tấn gạo", 2, "tấn gạo"),
 Q("5 người", 5, "người"),
 Q("khoảng 12.000 suất quà", 12000, "suất quà", "approx"),
 Q("hơn 6 tỷ đồng", 6000000000, "đồng", "over"),
 Q("214 hộ nghèo", 214, "hộ nghèo"),
 Q("38,5%", 38.5, "%"),
],
[
 D("Chỉ thị", "10", "CT/TU", "2021-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU"),
],
[prov("Kon Tum"), com("xã Đăk Kôi"), com("xã Đăk Tơ Lung")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo",
 "Đoàn công tác trao 350 suất quà cho bà con xã Đăk Kôi.", "Ngân hàng TMCP Công Thương chi nhánh Kon Tum",
 "Xuân yêu thương", "làng Kon Rơ Lăng", "làng Đăk Chờ", "huyện Kon Rẫy"],
["Lượt xem: 1.347"],
))

# b126 — MTTQ Đắk Lắk, hội nghị biểu dương người có uy tín năm 2024
PAGES.append(page(
"b126-daklak-mttq-hoinghi-nguoiuytin-2024",
"""
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
You are here: Trang chủ / Tin tức / Công tác dân tộc - tôn giáo
Thứ Năm, 20/06/2024 - 16:45
Tôn vinh 120 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Ngày 19/6, tại TP Buôn Ma Thuột, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2024. Dự hội nghị có đồng chí H'Yâm Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Brơm Mlô, Phạm Văn Thuận; đồng chí Ksor Y Phương, UVBCH Đảng bộ tỉnh, Trưởng Ban Dân tộc tỉnh.
Các đại biểu tham dự hội nghị.
Toàn tỉnh hiện có 2.314 người có uy tín được bình chọn theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ. Năm qua, người có uy tín đã cung cấp hơn 1.000 tin báo cho lực lượng chức năng, tham gia hòa giải thành 586 vụ việc, đạt 98,2%; vận động 43 hộ từ bỏ "đạo lạ" trở lại sinh hoạt bình thường.
Tại hội nghị, già làng Ama Khuê ở buôn Tơng Jú, xã Ea Kao kể lại việc vận động con cháu trả 7 ha đất rẫy cho Nhà nước để xây trường học. Ông Y Krông Ayun, trưởng buôn Kô Sia, phường Tân Lợi chia sẻ kinh nghiệm giải quyết mâu thuẫn theo luật tục.
Đồng chí H'Yâm Byă trao Bằng khen cho các cá nhân tiêu biểu.
Thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 2/5/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ủy ban MTTQ tỉnh tặng Bằng khen cho 120 người có uy tín tiêu biểu, mỗi người kèm 1 triệu đồng và một phần quà trị giá 500 nghìn.
Phát biểu tại hội nghị, đồng chí H'Yâm Byă đề nghị người có uy tín tiếp tục là "cầu nối" giữa cấp ủy, chính quyền với đồng bào.
H'Luyện
Lượt xem: 915
Tin liên quan
- Tập huấn cho 200 người có uy tín ở Krông Bông (15/05/2024)
- Gặp mặt chức sắc tôn giáo dịp Lễ Phục sinh (30/03/2024)
""",
"2024-06-20",
"Tôn vinh 120 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2024", "2024-06-19"),
[
 P("H'Yâm Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Brơm Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Phương", "UVBCH Đảng bộ tỉnh", "Trưởng Ban Dân tộc tỉnh"),
 P("Ama Khuê", "già làng"),
 P("Y Krông Ayun", "trưởng buôn Kô Sia"),
],
[
 Q("120 người có uy tín", 120, "người có uy tín"),
 Q("2.314 người có uy tín", 2314, "người có uy tín"),
 Q("hơn 1.000 tin báo", 1000, "tin báo", "over"),
 Q("586 vụ việc", 586, "vụ việc"),
 Q("98,2%", 98.2, "%"),
 Q("43 hộ", 43, "hộ"),
 Q("7 ha", 7, "ha"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("500 nghìn", 500000, "đồng"),
],
[
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2024-05-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT"),
],
[prov("Đắk Lắk"), com("xã Ea Kao"), com("phường Tân Lợi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "You are here: Trang chủ / Tin tức / Công tác dân tộc - tôn giáo", "Các đại biểu tham dự hội nghị.",
 "Đồng chí H'Yâm Byă trao Bằng khen cho các cá nhân tiêu biểu.", "buôn Tơng Jú", "buôn Kô Sia",
 "TP Buôn Ma Thuột", "đạo lạ", "cầu nối"],
["Lượt xem: 915"],
))

# b127 — Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (after merger with Hà Giang), sơ kết 6 tháng 2025
PAGES.append(page(
"b127-tuyenquang-btgdv-soket-6thang-2025",
"""
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ > Hoạt động > Tin trong tỉnh
Thứ Năm, 24/07/2025
Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm
(TGDV) - Ngày 23/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ban sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Hội nghị do đồng chí Lục Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Sùng A Vư, Hầu Văn Dìn, Phàn Thị Mai, Nguyễn Thanh Bình.
Toàn cảnh hội nghị sơ kết tại hội trường Tỉnh ủy.
Báo cáo cho biết, 6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 14 văn bản về tuyên truyền sắp xếp đơn vị hành chính, triển khai Kết luận 126, 127-KL/TW của Bộ Chính trị; định hướng các cơ quan báo chí đăng tải hơn 3.200 tin, bài. Sau sắp xếp, tỉnh có 124 xã, phường; 100% xã, phường đã kiện toàn Ban Tuyên giáo và Dân vận cấp ủy.
Công tác dân vận góp phần vận động 1.760 hộ ở các xã vùng cao như xã Lùng Tám, xã Mậu Duệ hiến đất, góp công làm đường; Nhân dân đóng góp khoảng 21 tỷ đồng và gần 40 nghìn ngày công. Mô hình "Dân vận khéo" tiếp tục được nhân rộng với 1.480 mô hình.
Đồng chí Lục Thị Hương cho biết, thực hiện Nghị quyết số 18-NQ/TW của BCH Trung ương khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy, từ ngày 1/7/2025, Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy của hai tỉnh được hợp nhất thành Ban Tuyên giáo và Dân vận Tỉnh ủy với 58 cán bộ, công chức, trong đó có 23 đồng chí từ tỉnh Hà Giang cũ chuyển về làm việc tại phường Minh Xuân. Ban bố trí 2 phòng chuyên trách về dân vận và công tác dân tộc, tôn giáo.
Trong 6 tháng, các cấp đã tổ chức 426 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; giải quyết dứt điểm 57 đơn thư, kiến nghị. Tại xã Lùng Tám, ông Sùng Mí Chứ, Bí thư Chi bộ thôn Lùng Tám Cao, đã vận động 16 hộ người Mông tự nguyện di chuyển khỏi vùng có nguy cơ sạt lở, mỗi hộ được hỗ trợ 40 triệu đồng.
Hội nghị nghe 6 tham luận, trong đó có các đồng chí Ma Thị Lan, Hoàng Văn Kiên, Đinh Thị Huyền - Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã trình bày kinh nghiệm nắm bắt dư luận xã hội sau sắp xếp.
Đồng chí Lục Thị Hương phát biểu kết luận hội nghị.
Nhiệm vụ 6 tháng cuối năm, Ban tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030, nắm tình hình tư tưởng cán bộ, đảng viên và Nhân dân ở các địa bàn sáp nhập; phối hợp hoàn thành xây dựng 500 nhà ở cho hộ nghèo theo Chương trình "Xóa nhà tạm, nhà dột nát" với mức hỗ trợ 60 triệu đồng/căn trước ngày 31/8; mỗi xã, phường có ít nhất một mô hình "Dân vận khéo" gắn với chuyển đổi số.
Minh Thu
Lượt xem: 2.641
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/07/2025)
- Hội nghị báo cáo viên tháng 6 (27/06/2025)
""",
"2025-07-24",
"Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm",
E("so_ket", "2025-H1", "2025-07-23"),
[
 P("Lục Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Vư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Văn Dìn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phàn Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chứ", "Bí thư Chi bộ thôn Lùng Tám Cao"),
 P("Ma Thị Lan", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Hoàng Văn Kiên", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Đinh Thị Huyền", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
],
[
 Q("14 văn bản", 14, "văn bản"),
 Q("hơn 3.200 tin, bài", 3200, "tin, bài", "over"),
 Q("124 xã, phường", 124, "xã, phường"),
 Q("100% xã, phường", 100, "%"),
 Q("1.760 hộ", 1760, "hộ"),
 Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("gần 40 nghìn ngày công", 40000, "ngày công", "approx"),
 Q("1.480 mô hình", 1480, "mô hình"),
 Q("58 cán bộ, công chức", 58, "cán bộ, công chức"),
 Q("23 đồng chí", 23, "đồng chí"),
 Q("2 phòng chuyên trách", 2, "phòng chuyên trách"),
 Q("426 hội nghị đối thoại", 426, "hội nghị đối thoại"),
 Q("57 đơn thư, kiến nghị", 57, "đơn thư, kiến nghị"),
 Q("16 hộ người Mông", 16, "hộ người Mông"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("6 tham luận", 6, "tham luận"),
 Q("500 nhà ở", 500, "nhà ở"),
 Q("60 triệu đồng/căn", 60000000, "đồng"),
],
[
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW"),
],
[prov("Tuyên Quang"), prov("Hà Giang"), com("xã Lùng Tám"), com("xã Mậu Duệ"), com("phường Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Toàn cảnh hội nghị sơ kết tại hội trường Tỉnh ủy.", "Dân vận khéo",
 "Đồng chí Lục Thị Hương phát biểu kết luận hội nghị.", "Xóa nhà tạm, nhà dột nát", "thôn Lùng Tám Cao"],
["6 tháng đầu năm", "6 tháng cuối năm", "Trong 6 tháng", "lần thứ I", "nhiệm kỳ 2025-2030", "khóa XII", "23 đồng chí", "Lượt xem: 2.641"],
))
