from lib import *
from furniture import FOOT
PAGES = []

PAGES.append(page("b563-kontum-bdv-tongket-2018", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ >> Tin tức >> Hoạt động Ban Dân vận
20-12-2018 09:30
Khối dân vận tỉnh triển khai nhiệm vụ năm 2019
Đồng chí A Pul phát biểu chỉ đạo hội nghị.
Ngày 19/12/2018, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí A Pul, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo; đồng chí Y Ngọc Hiếu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2018, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 95-KL/TU về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số, cùng Hướng dẫn 19, 20-HD/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" và việc phát huy vai trò người có uy tín. Toàn tỉnh có 1.126 mô hình "Dân vận khéo", trong đó 412 mô hình ở vùng đồng bào Xơ Đăng, Ba Na, Gié Triêng; khối dân vận đã vận động nhân dân hiến 56 ha đất, đóng góp 18.400 ngày công và hơn 9,3 tỷ đồng làm đường giao thông nông thôn.
Theo báo cáo, có 684 già làng, người có uy tín tham gia tuyên truyền, vận động; tỷ lệ hộ nghèo toàn tỉnh giảm 4,2%. Việc thực hiện Quy chế dân chủ ở cơ sở theo Kết luận 120-KL/TW của Bộ Chính trị được chú trọng; các cấp chính quyền tổ chức 235 cuộc đối thoại với nhân dân.
Tham luận tại hội nghị, đồng chí A Huynh, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông, giới thiệu cách làm "đi từng ngõ, gõ từng nhà"; bà Y Blứp, Chủ tịch Hội LHPN xã Đăk Rơ Wa, chia sẻ mô hình tổ phụ nữ đan lát.
Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị khối dân vận tập trung thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể và 34 cá nhân. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Vương, Nguyễn Thị Thu Hà trao giấy khen cho các điển hình.
Thu Hiền
Lượt xem: 877
Tin liên quan
- Kon Tum: phát huy vai trò già làng trong xây dựng nông thôn mới
- Hội nghị giao ban công tác dân vận quý III/2018
- Biểu dương điển hình "Dân vận khéo" giai đoạn 2016 - 2018
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở huyện Sa Thầy
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Kon Tum
""" + FOOT('Ban Dân vận Tỉnh ủy Kon Tum', 'số 48 đường Trần Phú, TP Kon Tum', '0260.3862.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Kon Tum'),
"2018-12-20", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2019",
E("tong_ket", "2018", "2018-12-19"),
[P("A Pul", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Ngọc Hiếu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Huynh", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
 P("Y Blứp", "Chủ tịch Hội LHPN xã Đăk Rơ Wa"),
 P("A Vương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.126 mô hình", 1126, "mô hình"),
 Q("412 mô hình", 412, "mô hình"),
 Q("56 ha", 56, "ha"),
 Q("18.400 ngày công", 18400, "ngày công"),
 Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"),
 Q("684 già làng, người có uy tín", 684, "già làng, người có uy tín"),
 Q("4,2%", 4.2, "%"),
 Q("235 cuộc đối thoại", 235, "cuộc đối thoại"),
 Q("21 tập thể", 21, "tập thể"),
 Q("34 cá nhân", 34, "cá nhân")],
[D("Kết luận", "95", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 95-KL/TU"),
 D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 19, 20-HD/BDVTU"),
 D("Hướng dẫn", "20", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 19, 20-HD/BDVTU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120-KL/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ >> Tin tức >> Hoạt động Ban Dân vận", "Đồng chí A Pul phát biểu chỉ đạo hội nghị.",
 "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "Lượt xem: 877"],
["20-12-2018 09:30", "năm 2019", "Lượt xem: 877"]))

PAGES.append(page("b564-lamdong-mttq-trao-nha-2019", """
ĐÀI PHÁT THANH - TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Xã hội | Dân tộc - Tôn giáo
Cập nhật lúc 16:45 ngày 10/05/2019
Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Cơ Ho
(LTV) - Ngày 9/5/2019, tại thôn Đạ Nghịt, xã Lát, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức lễ bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Cơ Ho, Mạ trên địa bàn huyện Lạc Dương và huyện Bảo Lâm.
Bà Ka H'Vên nhận chìa khóa căn nhà mới. Ảnh: LTV
Đến dự có ông K'Bình, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Liêng Jrang K'Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Trần Văn Hiệp, Phó Chủ tịch UBND huyện Lạc Dương và Mục sư Kră Jăn Ha Sơn, Hội thánh Tin Lành Việt Nam (miền Nam) chi hội Đạ Nghịt.
35 căn nhà, mỗi căn rộng 50 m2, được xây dựng từ Quỹ "Vì người nghèo" tỉnh với mức hỗ trợ 50 triệu đồng/căn; người dân và dòng họ góp thêm ngày công, vật liệu. Tổng kinh phí hơn 2,1 tỷ đồng. Đây là đợt bàn giao thứ ba trong năm, nâng tổng số nhà Đại đoàn kết bàn giao từ đầu năm lên 148 căn nhà.
Ông K'Bình cho biết, thực hiện Kế hoạch 46/KH-MTTQ-BTT ngày 12/01/2019 và Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, Mặt trận tỉnh phấn đấu đến cuối năm 2019 xóa xong nhà tạm cho 420 hộ nghèo dân tộc thiểu số.
Thay mặt các hộ, bà Ka H'Vên, thôn Đạ Nghịt, xúc động cho biết gia đình có 6 người, nhiều năm sống trong căn nhà tranh dột nát, nay đã có nơi ở vững chãi.
Tại buổi lễ, Hội LHPN tỉnh tặng thêm 35 bộ bàn ghế và 70 chăn ấm; Ngân hàng Chính sách xã hội huyện cho 12 hộ vay vốn, mỗi hộ 30 triệu đồng để phát triển trồng cà phê, rau hoa.
Nghiêm Lam - Ka Sê
Tin liên quan
- Lâm Đồng: người có uy tín tiên phong hiến đất làm đường
- Lễ hội văn hóa các dân tộc thiểu số huyện Đam Rông
- Mặt trận huyện Di Linh giám sát chính sách cho người có uy tín
- Bảo Lâm: đồng bào Mạ chuyển đổi cây trồng hiệu quả
- Trao học bổng cho học sinh dân tộc thiểu số nghèo vượt khó
- Lạc Dương: phát triển du lịch cộng đồng gắn với bảo tồn văn hóa Cơ Ho
- Mặt trận tỉnh phát động ủng hộ Quỹ "Vì người nghèo" năm 2019
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ năm
""" + FOOT('Đài Phát thanh - Truyền hình Lâm Đồng', 'số 12 đường Trần Hưng Đạo, TP Đà Lạt', '0263.3822.xxx', 'Giám đốc Đài PT-TH Lâm Đồng', 'Lâm Đồng TV', 'Giấy phép số 68/GP-TTĐT'),
"2019-05-10", "Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Cơ Ho",
E("trao_qua", None, "2019-05-09"),
[P("Ka H'Vên"),
 P("K'Bình", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Liêng Jrang K'Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hiệp", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("Kră Jăn Ha Sơn", "Mục sư")],
[Q("35 căn nhà", 35, "căn nhà"),
 Q("50 m2", 50, "m2"),
 Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("148 căn nhà", 148, "căn nhà"),
 Q("420 hộ nghèo dân tộc thiểu số", 420, "hộ nghèo dân tộc thiểu số"),
 Q("6 người", 6, "người"),
 Q("35 bộ bàn ghế", 35, "bộ bàn ghế"),
 Q("70 chăn ấm", 70, "chăn ấm"),
 Q("12 hộ", 12, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "46", "KH-MTTQ-BTT", "2019-01-12", None, "Kế hoạch 46/KH-MTTQ-BTT"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg")],
[prov("Lâm Đồng"), com("Lát")],
["ĐÀI PHÁT THANH - TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự | Xã hội | Dân tộc - Tôn giáo", "Bà Ka H'Vên nhận chìa khóa căn nhà mới. Ảnh: LTV",
 "Vì người nghèo", "(LTV)", "Hội thánh Tin Lành Việt Nam (miền Nam)", "thôn Đạ Nghịt"],
["Cập nhật lúc 16:45 ngày 10/05/2019", "đợt bàn giao thứ ba", "cuối năm 2019"]))

PAGES.append(page("b565-baclieu-lhpn-giaoban-thang9-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU
Trang chủ > Hoạt động Hội > Tin tỉnh
Thứ Năm, 03/10/2019 - 07:45
Giao ban công tác Hội tháng 9
Chiều 2/10, Ban Thường vụ Hội LHPN tỉnh Bạc Liêu tổ chức giao ban công tác Hội tháng 9/2019 với Thường trực Hội LHPN các huyện, thị xã, thành phố, đánh giá kết quả và triển khai nhiệm vụ tháng 10.
Bà Lâm Thị Sa Quênh phát biểu tại buổi giao ban.
Bà Lâm Thị Sa Quênh, UVBCH Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì. Dự có bà Lý Thị Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy. Các bà Trương Mỹ Linh, Sơn Thị Ngọc Bích - Phó Chủ tịch Hội LHPN tỉnh điều hành phần thảo luận.
Trong tháng 9, các cấp Hội vận động giúp 37 hộ phụ nữ nghèo, trong đó 15 hộ đồng bào Khmer, với số tiền 185 triệu đồng; phối hợp Ngân hàng Chính sách xã hội giải ngân 4,6 tỷ đồng cho 158 hội viên vay; thành lập mới 6 tổ hợp tác phụ nữ làm muối, nuôi tôm. Hội tổ chức 42 buổi truyền thông phòng, chống mua bán người cho 2.310 lượt hội viên.
Các cấp Hội tiếp tục thực hiện Đề án 938 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ" theo Quyết định 938/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 58/KH-BTV ngày 15/8/2019 của Ban Thường vụ Hội LHPN tỉnh về cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Bà Thạch Thị Sô Phia, Chủ tịch Hội LHPN xã Vĩnh Trạch, báo cáo mô hình "Mẹ đỡ đầu" nhận đỡ đầu 24 trẻ em mồ côi. Bà Lý Thị Xuân đề nghị Hội chuẩn bị tốt đại hội đại biểu phụ nữ cấp cơ sở nhiệm kỳ 2021 - 2026.
Các đại biểu cũng thảo luận về khó khăn trong việc thu hút hội viên trẻ tham gia sinh hoạt và đề xuất đổi mới nội dung sinh hoạt chi hội.
Tháng 10, Hội phấn đấu vận động 200 phần quà cho phụ nữ nghèo nhân ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.
Ngọc Hân
Lượt xem: 442
Tin liên quan
- Hội LHPN tỉnh trao mái ấm tình thương cho phụ nữ nghèo huyện Hòa Bình
- Phụ nữ Khmer Bạc Liêu giữ gìn nghề dệt chiếu truyền thống
- Sơ kết 6 tháng thực hiện Đề án 939
- Giao ban công tác Hội tháng 8/2019
- Bạc Liêu: phụ nữ vùng ven biển chung tay bảo vệ môi trường
- Ra mắt câu lạc bộ phụ nữ khởi nghiệp thị xã Giá Rai
- Tập huấn kỹ năng truyền thông cho chi hội trưởng phụ nữ
- Hội LHPN tỉnh làm việc với Hội LHPN huyện Phước Long
""" + FOOT('Hội LHPN tỉnh Bạc Liêu', 'số 7 đường Hai Bà Trưng, phường 3, TP Bạc Liêu', '0291.3823.xxx', 'Chủ tịch Hội LHPN tỉnh', 'Phụ nữ Bạc Liêu'),
"2019-10-03", "Giao ban công tác Hội tháng 9",
E("giao_ban", "2019-09", "2019-10-02"),
[P("Lâm Thị Sa Quênh", "UVBCH Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Mỹ Linh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sơn Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sô Phia", "Chủ tịch Hội LHPN xã Vĩnh Trạch")],
[Q("37 hộ phụ nữ nghèo", 37, "hộ phụ nữ nghèo"),
 Q("15 hộ đồng bào Khmer", 15, "hộ đồng bào Khmer"),
 Q("185 triệu đồng", 185000000, "đồng"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("158 hội viên", 158, "hội viên"),
 Q("6 tổ hợp tác", 6, "tổ hợp tác"),
 Q("42 buổi", 42, "buổi"),
 Q("2.310 lượt hội viên", 2310, "lượt hội viên"),
 Q("24 trẻ em mồ côi", 24, "trẻ em mồ côi"),
 Q("200 phần quà", 200, "phần quà")],
[D("Đề án", "938", None, None, None, "Đề án 938"),
 D("Quyết định", "938", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 938/QĐ-TTg"),
 D("Kế hoạch", "58", "KH-BTV", "2019-08-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 58/KH-BTV")],
[prov("Bạc Liêu"), com("Vĩnh Trạch")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU", "Trang chủ > Hoạt động Hội > Tin tỉnh", "Bà Lâm Thị Sa Quênh phát biểu tại buổi giao ban.",
 "Xây dựng gia đình 5 không, 3 sạch", "Mẹ đỡ đầu", "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ", "Lượt xem: 442"],
["Thứ Năm, 03/10/2019 - 07:45", "5 không, 3 sạch", "tháng 10", "nhiệm kỳ 2021 - 2026", "Lượt xem: 442"]))

PAGES.append(page("b566-dongnai-mttq-giamsat-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ - Giám sát và phản biện xã hội - Tin hoạt động
Cập nhật: 09:42, 18/11/2020 (GMT+7)
Thông báo kết quả giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19
Ngày 17/11/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị thông báo kết quả giám sát năm 2020 đối với việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết 42/NQ-CP của Chính phủ và Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ.
Quang cảnh hội nghị thông báo kết quả giám sát.
Chủ trì hội nghị có ông Cao Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Điểu Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát. Dự có Linh mục Phêrô Nguyễn Văn Lực, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, đại diện Ban Đoàn kết Công giáo tỉnh và ông Lý Quế Anh, đại diện cộng đồng người Hoa thành phố Biên Hòa.
Theo báo cáo, đoàn đã giám sát tại 11 huyện, thành phố và 22 xã, phường. Toàn tỉnh đã chi hỗ trợ hơn 612 tỷ đồng cho 268.400 người; qua giám sát phát hiện 1.140 trường hợp hỗ trợ chưa đúng đối tượng, đã thu hồi hơn 1,3 tỷ đồng. Mặt trận các cấp nhận được 96 kiến nghị của người dân, đã chuyển cơ quan chức năng giải quyết 90 kiến nghị.
Thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị và Hướng dẫn 07-HD/MTTQ-BTT ngày 02/6/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đoàn kiến nghị UBND tỉnh chỉ đạo rà soát, công khai danh sách tại 100% ấp, khu phố.
Linh mục Phêrô Nguyễn Văn Lực cho biết các giáo xứ thuộc Giáo phận Xuân Lộc đã trao 8.500 phần quà cho người lao động mất việc. Ông Điểu Mến, người có uy tín đồng bào Chơ Ro xã Phú Lý, đề nghị ưu tiên hỗ trợ lao động tự do ở vùng sâu.
Phát biểu kết luận, ông Cao Văn Quang đề nghị tiếp tục giám sát theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Hải Yến
Lượt xem: 1.208
Tin liên quan
- Đồng Nai: Mặt trận tiếp nhận ủng hộ phòng, chống dịch Covid-19
- Hội nghị phản biện dự thảo quy định về giá đất
- Đồng bào Công giáo chung tay xây dựng nông thôn mới
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Đồng Nai', 'số 2 đường Nguyễn Văn Trị, TP Biên Hòa', '0251.3822.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Đồng Nai'),
"2020-11-18", "Thông báo kết quả giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19",
E("hoi_nghi", "2020", "2020-11-17"),
[P("Cao Văn Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("Phêrô Nguyễn Văn Lực", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Quế Anh", "đại diện cộng đồng người Hoa thành phố Biên Hòa"),
 P("Điểu Mến", "người có uy tín đồng bào Chơ Ro xã Phú Lý")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("22 xã, phường", 22, "xã, phường"),
 Q("hơn 612 tỷ đồng", 612000000000, "đồng", "over"),
 Q("268.400 người", 268400, "người"),
 Q("1.140 trường hợp", 1140, "trường hợp"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("96 kiến nghị", 96, "kiến nghị"),
 Q("90 kiến nghị", 90, "kiến nghị"),
 Q("100% ấp, khu phố", 100, "%"),
 Q("8.500 phần quà", 8500, "phần quà")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 15/2020/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Hướng dẫn", "07", "HD/MTTQ-BTT", "2020-06-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 07-HD/MTTQ-BTT")],
[prov("Đồng Nai"), com("Phú Lý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ - Giám sát và phản biện xã hội - Tin hoạt động", "Quang cảnh hội nghị thông báo kết quả giám sát.",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Giáo phận Xuân Lộc", "Ban Đoàn kết Công giáo tỉnh", "Lượt xem: 1.208"],
["Cập nhật: 09:42, 18/11/2020 (GMT+7)", "Covid-19", "Lượt xem: 1.208"]))

PAGES.append(page("b567-kiengiang-tinhdoan-taphuan-2021", """
TỈNH ĐOÀN KIÊN GIANG
Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn
09/04/2021 16:45
Tập huấn kỹ năng vận động thanh niên dân tộc Khmer
Ngày 8/4/2021, Ban Thường vụ Tỉnh đoàn Kiên Giang khai mạc lớp tập huấn kỹ năng công tác dân vận năm 2021 cho 160 cán bộ Đoàn, thanh niên dân tộc Khmer, sư sãi trẻ các chùa Phật giáo Nam tông Khmer. Lớp học diễn ra trong 2 ngày tại TP Rạch Giá.
Anh Danh Út Em phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, anh Danh Út Em, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn nhấn mạnh việc thực hiện Kế hoạch 112, 113-KH/TĐTN-DTTG của Ban Thường vụ Tỉnh đoàn về công tác vận động thanh niên dân tộc, tôn giáo giai đoạn 2021 - 2022 và Kết luận 80-KL/TW của Ban Bí thư về công tác thanh niên.
Các báo cáo viên gồm đồng chí Thị Sô Phanh, Phó Trưởng Ban Dân vận Tỉnh ủy; Đại đức Danh Lực, Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh; chị Trần Thị Kim Yến, Phó Bí thư Tỉnh đoàn.
Theo Tỉnh đoàn, năm 2020 toàn tỉnh có 34 chi đoàn sư sãi với 612 đoàn viên; các cơ sở Đoàn đã xây dựng 15 công trình thanh niên trị giá 1,8 tỷ đồng tại phum, sóc; tổ chức 27 lớp dạy chữ Khmer hè cho 1.050 học sinh. Cuộc vận động "Thanh niên Khmer sống đẹp, sống có ích" có hơn 3.000 lượt đoàn viên tham gia.
Chia sẻ tại lớp học, anh Danh Phương Tha, Bí thư Đoàn xã Vĩnh Phong, cho biết Đoàn xã đã vận động 8 sư sãi trẻ tham gia tổ tuyên truyền pháp luật bằng song ngữ Việt - Khmer.
Ngoài phần lý thuyết, các học viên được thực hành kỹ năng tổ chức buổi sinh hoạt chi đoàn, kỹ năng nói trước đông người và kỹ năng nắm bắt tình hình dư luận trong thanh niên ở phum, sóc.
Kết thúc lớp tập huấn, học viên sẽ làm bài thu hoạch; Tỉnh đoàn trao giấy chứng nhận cho 160 học viên hoàn thành khóa học.
Bảo Trân
Lượt xem: 390
Tin liên quan
- Tỉnh đoàn Kiên Giang ra quân Chiến dịch Thanh niên tình nguyện hè 2021
- Tuổi trẻ Kiên Giang chung tay phòng, chống dịch Covid-19
- Hội thi tìm hiểu văn hóa Khmer cho đoàn viên, thanh niên
- Trao học bổng cho sinh viên dân tộc thiểu số
- Đoàn viên Phú Quốc ra quân làm sạch bờ biển
- Ngày hội thanh niên với văn hóa giao thông
- Tỉnh đoàn tuyên dương thanh niên tiên tiến làm theo lời Bác
- Tuổi trẻ huyện Giồng Riềng xây dựng cầu giao thông nông thôn
""" + FOOT('Tỉnh đoàn Kiên Giang', 'số 6 đường Lê Lợi, TP Rạch Giá', '0297.3862.xxx', 'Bí thư Tỉnh đoàn', 'Tuổi trẻ Kiên Giang'),
"2021-04-09", "Tập huấn kỹ năng vận động thanh niên dân tộc Khmer",
E("tap_huan", "2021", "2021-04-08"),
[P("Danh Út Em", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Thị Sô Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Lực", "Đại đức", "Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh"),
 P("Trần Thị Kim Yến", "Phó Bí thư Tỉnh đoàn"),
 P("Danh Phương Tha", "Bí thư Đoàn xã Vĩnh Phong")],
[Q("160 cán bộ Đoàn, thanh niên dân tộc Khmer, sư sãi trẻ", 160, "cán bộ Đoàn, thanh niên dân tộc Khmer, sư sãi trẻ"),
 Q("34 chi đoàn sư sãi", 34, "chi đoàn sư sãi"),
 Q("612 đoàn viên", 612, "đoàn viên"),
 Q("15 công trình thanh niên", 15, "công trình thanh niên"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("27 lớp", 27, "lớp"),
 Q("1.050 học sinh", 1050, "học sinh"),
 Q("hơn 3.000 lượt đoàn viên", 3000, "lượt đoàn viên", "over"),
 Q("8 sư sãi trẻ", 8, "sư sãi trẻ")],
[D("Kế hoạch", "112", "KH/TĐTN-DTTG", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112, 113-KH/TĐTN-DTTG"),
 D("Kế hoạch", "113", "KH/TĐTN-DTTG", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112, 113-KH/TĐTN-DTTG"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận 80-KL/TW")],
[prov("Kiên Giang"), com("Vĩnh Phong")],
["TỈNH ĐOÀN KIÊN GIANG", "Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn", "Anh Danh Út Em phát biểu khai mạc lớp tập huấn.",
 "Thanh niên Khmer sống đẹp, sống có ích", "Lượt xem: 390"],
["09/04/2021 16:45", "2 ngày", "giai đoạn 2021 - 2022", "Lượt xem: 390"]))

PAGES.append(page("b568-binhphuoc-bdv-soket-2021", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận
Thứ Tư, 14/07/2021 - 10:20
Hơn 1.000 mô hình "Dân vận khéo" lan tỏa trong vùng đồng bào S'tiêng
Sáng 13/7, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021 với 11 điểm cầu các huyện, thị xã, thành phố. Đồng chí Điểu Huỳnh Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Điểu Huỳnh Sơn phát biểu kết luận hội nghị.
Cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thị Kim Loan, Lê Văn Dũng. Dự tại điểm cầu tỉnh có đồng chí Trần Tuệ Hải, Phó Chủ tịch UBND tỉnh và đồng chí Điểu Lên, HUV, Trưởng Ban Dân vận Huyện ủy Bù Gia Mập.
Sáu tháng đầu năm, toàn tỉnh có hơn 1.000 mô hình "Dân vận khéo", trong đó 315 mô hình ở vùng đồng bào dân tộc thiểu số. Khối dân vận đã vận động nhân dân đóng góp 23,5 tỷ đồng, hiến 12.800 m2 đất làm đường; hỗ trợ xây 86 căn nhà cho hộ nghèo S'tiêng, M'nông, Khmer. Ban Dân vận Tỉnh ủy tổ chức 4 cuộc kiểm tra, giám sát việc thực hiện Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương về quy chế công tác dân vận của hệ thống chính trị.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành chỉ thị 21-CT/TU về công tác vận động đồng bào dân tộc thiểu số và kế hoạch số 167-KH/TU thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc.
Tham luận, ông Điểu Khiêm, người có uy tín sóc Bom Bo, xã Bình Minh, cho biết đồng bào đã hiến 3.500 m2 đất để làm nhà văn hóa sóc. Cả tỉnh hiện có 128 người có uy tín được cấp ủy ghi nhận.
Hội nghị cũng chỉ ra một số hạn chế như việc nắm tình hình nhân dân ở một số nơi chưa kịp thời, chất lượng mô hình chưa đồng đều.
6 tháng cuối năm, khối dân vận tiếp tục tuyên truyền phòng, chống dịch Covid-19 theo phương châm "5K".
Minh Luận
Lượt xem: 655
Tin liên quan
- Bình Phước: tôn vinh 50 điển hình "Dân vận khéo" giai đoạn 2016 - 2020
- Đối thoại giữa người đứng đầu cấp ủy với nhân dân xã Đắk Ơ
- Lễ hội mừng lúa mới của đồng bào S'tiêng
- Hội nghị giao ban khối dân vận quý I/2021
- Khối dân vận tuyên truyền tiêm vắc xin phòng Covid-19
- Bù Gia Mập: phát huy vai trò người có uy tín trong đồng bào M'nông
""" + FOOT('Ban Dân vận Tỉnh ủy Bình Phước', 'số 1 đường Hùng Vương, TP Đồng Xoài', '0271.3879.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Bình Phước'),
"2021-07-14", "Hơn 1.000 mô hình \"Dân vận khéo\" lan tỏa trong vùng đồng bào S'tiêng",
E("so_ket", "2021-H1", "2021-07-13"),
[P("Điểu Huỳnh Sơn", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Tuệ Hải", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Lên", "HUV", "Trưởng Ban Dân vận Huyện ủy Bù Gia Mập"),
 P("Điểu Khiêm", "người có uy tín sóc Bom Bo")],
[Q("11 điểm cầu", 11, "điểm cầu"),
 Q("hơn 1.000 mô hình", 1000, "mô hình", "over"),
 Q("315 mô hình", 315, "mô hình"),
 Q("23,5 tỷ đồng", 23500000000, "đồng"),
 Q("12.800 m2", 12800, "m2"),
 Q("86 căn nhà", 86, "căn nhà"),
 Q("4 cuộc kiểm tra, giám sát", 4, "cuộc kiểm tra, giám sát"),
 Q("3.500 m2", 3500, "m2"),
 Q("128 người có uy tín", 128, "người có uy tín")],
[D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 21-CT/TU"),
 D("Kế hoạch", "167", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 167-KH/TU"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW")],
[prov("Bình Phước"), com("Bình Minh")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận", "Đồng chí Điểu Huỳnh Sơn phát biểu kết luận hội nghị.",
 "Dân vận khéo", "sóc Bom Bo", "Lượt xem: 655"],
["Thứ Tư, 14/07/2021 - 10:20", "5K", "6 tháng cuối năm", "Covid-19", "Lượt xem: 655"]))
