from lib import *

PAGES = []

PAGES.append(page("b85-kontum-bdv-taphuan-2019", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ > Tin tức > Hoạt động của Ban
Ngày đăng: 18/05/2019

Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2019

Từ ngày 15 đến 17/5/2019, Ban Dân vận Tỉnh ủy Kon Tum tổ chức lớp tập huấn nghiệp vụ công tác dân vận cho 146 học viên là trưởng khối dân vận, cán bộ Mặt trận và các đoàn thể ở các xã, phường, thị trấn.

Phát biểu khai mạc, đồng chí A Pớt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh việc nâng cao chất lượng phong trào thi đua "Dân vận khéo" theo Kết luận số 114-KL/TW và Quyết định số 1871/QĐ-UBND ngày 26/12/2018 của UBND tỉnh. Đến nay toàn tỉnh đã đăng ký 1.207 mô hình "Dân vận khéo", trong đó 386 mô hình được công nhận cấp tỉnh.

Các báo cáo viên gồm: đồng chí Y Ngọc, Phó Trưởng Ban Dân vận Tỉnh ủy; ThS. Nguyễn Thị Lệ Thủy, Giảng viên chính Trường Chính trị tỉnh; Trung tá Y Thoan, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Nội dung tập huấn gồm 5 chuyên đề, trong đó có chuyên đề về vận động đồng bào các dân tộc thiểu số theo tinh thần Chỉ thị 49-CT/TW và các Kết luận 43, 65-KL/TW của Ban Bí thư.

Theo báo cáo, năm 2018 các xã vùng đồng bào Xơ Đăng, Ba Na đã vận động nhân dân hiến 14,8 ha đất, đóng góp gần 3.500 ngày công và khoảng 620 triệu đồng để làm đường và nhà rông văn hóa. Tỷ lệ hộ nghèo ở huyện Tu Mơ Rông giảm 6,31%.

Chia sẻ tại lớp học, bà Y Blưng, Chủ tịch Hội LHPN xã Đăk Hà (huyện Tu Mơ Rông), kể về mô hình "Tổ phụ nữ giữ rừng" với 45 thành viên, nhận khoán bảo vệ 1.100 ha rừng.

Cuối đợt, 146 học viên đều hoàn thành bài thu hoạch và được cấp giấy chứng nhận.

Học viên thảo luận tại lớp tập huấn. Ảnh: Hồng Điệp

Lượt xem: 967

Tin liên quan:
- Sơ kết 5 năm thực hiện Quyết định 23 của Tỉnh ủy (02/05/2019)
- Khối Dân vận huyện Sa Thầy giao ban quý I (10/04/2019)

© Bản quyền thuộc Ban Dân vận Tỉnh ủy Kon Tum
""",
"2019-05-18",
"Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2019",
E("tap_huan", "2019", "2019-05-15"),
[P("A Pớt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lệ Thủy", "ThS.", "Giảng viên chính Trường Chính trị tỉnh"),
 P("Y Thoan", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Y Blưng", "Chủ tịch Hội LHPN xã Đăk Hà")],
[Q("146 học viên", 146, "học viên"),
 Q("1.207 mô hình", 1207, "mô hình"),
 Q("386 mô hình", 386, "mô hình"),
 Q("5 chuyên đề", 5, "chuyên đề"),
 Q("14,8 ha", 14.8, "ha"),
 Q("gần 3.500 ngày công", 3500, "ngày công", "approx"),
 Q("khoảng 620 triệu đồng", 620000000, "đồng", "approx"),
 Q("6,31%", 6.31, "%"),
 Q("45 thành viên", 45, "thành viên"),
 Q("1.100 ha rừng", 1100, "ha rừng")],
[D("Kết luận", "114", "KL/TW", None, None, "Kết luận số 114-KL/TW"),
 D("Quyết định", "1871", "QĐ-UBND", "2018-12-26", "UBND tỉnh", "Quyết định số 1871/QĐ-UBND"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43"),
 D("Kết luận", "65", "KL/TW", None, "Ban Bí thư", "65-KL/TW")],
[prov("Kon Tum"), com("Đăk Hà")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Lượt xem", "Học viên thảo luận tại lớp tập huấn.",
 "Tổ phụ nữ giữ rừng", "Dân vận khéo"],
[]))

PAGES.append(page("b86-thaibinh-congdoan-giaoban-q3-2020", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH
Trang chủ >> Hoạt động công đoàn >> Tin trong tỉnh
Thứ năm, ngày 08 tháng 10 năm 2020

Giao ban công tác công đoàn quý III năm 2020

Ngày 7/10, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Bình tổ chức hội nghị giao ban công tác công đoàn quý III, triển khai nhiệm vụ quý IV năm 2020. Đồng chí Vũ Thị Thu Hằng, Chủ tịch LĐLĐ tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Bùi Văn Chiến, Ngô Thị Lan.

Quý III, bối cảnh dịch Covid-19 tái bùng phát ảnh hưởng lớn tới việc làm của người lao động. Các cấp công đoàn đã hỗ trợ 3.418 đoàn viên bị giảm giờ làm, ngừng việc với tổng số tiền 1,96 tỷ đồng, mỗi trường hợp từ 500 nghìn đồng đến 1 triệu đồng. Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ, công đoàn phối hợp rà soát danh sách 2.760 lao động đủ điều kiện hỗ trợ.

Trong quý, toàn tỉnh thành lập mới 11 công đoàn cơ sở, kết nạp 1.894 đoàn viên, nâng tổng số đoàn viên lên 128.350 người. Chương trình "Mái ấm Công đoàn" trao 9 nhà, mỗi nhà 50 triệu đồng. Tỷ lệ doanh nghiệp có thỏa ước lao động tập thể đạt 71,2%.

Đồng chí Vũ Thị Thu Hằng đề nghị các cấp công đoàn chuẩn bị chu đáo Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 và tiếp tục triển khai Kế hoạch số 35-KH/TU của Tỉnh ủy về thực hiện Chỉ thị số 37-CT/TW. Hội nghị cũng đánh giá việc ngừng việc tập thể ở Khu công nghiệp Tiền Hải đã được giải quyết sau 3 ngày.

Đồng chí Vũ Thị Thu Hằng phát biểu kết luận hội nghị.

Văn Tuấn

Lượt truy cập: 4.552

Tin liên quan
- Trao 200 suất quà cho công nhân khó khăn (25/09/2020)
- Tập huấn cán bộ công đoàn cơ sở năm 2020 (11/08/2020)

Liên đoàn Lao động tỉnh Thái Bình - Đường Lê Lợi, thành phố Thái Bình
""",
"2020-10-08",
"Giao ban công tác công đoàn quý III năm 2020",
E("giao_ban", "2020-Q3", "2020-10-07"),
[P("Vũ Thị Thu Hằng", "Chủ tịch LĐLĐ tỉnh"),
 P("Bùi Văn Chiến", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Ngô Thị Lan", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("3.418 đoàn viên", 3418, "đoàn viên"),
 Q("1,96 tỷ đồng", 1960000000, "đồng"),
 Q("500 nghìn đồng", 500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("2.760 lao động", 2760, "lao động"),
 Q("11 công đoàn cơ sở", 11, "công đoàn cơ sở"),
 Q("1.894 đoàn viên", 1894, "đoàn viên"),
 Q("128.350 người", 128350, "người"),
 Q("9 nhà", 9, "nhà"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("71,2%", 71.2, "%")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "35", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 35-KH/TU"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị số 37-CT/TW")],
[prov("Thái Bình")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH", "Lượt truy cập", "Mái ấm Công đoàn",
 "Đồng chí Vũ Thị Thu Hằng phát biểu kết luận hội nghị.", "Khu công nghiệp Tiền Hải"],
["lần thứ XX", "nhiệm kỳ 2020-2025", "3 ngày", "Covid-19"]))

PAGES.append(page("b87-binhphuoc-hlhpn-danvankheo-2021", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC
Trang chủ › Tin tức › Phong trào thi đua
Đăng ngày 23 Tháng 11, 2021 | 10:02

Hội nghị biểu dương mô hình "Dân vận khéo" trong các cấp Hội phụ nữ năm 2021

Sáng 22/11, Hội LHPN tỉnh Bình Phước tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2021 theo hình thức trực tiếp kết hợp trực tuyến tới 111 điểm cầu cấp xã.

Dự hội nghị có bà Điểu Thị Lý, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Trần Tuyết Minh, Chủ tịch Hội LHPN tỉnh; Thiếu tá Thị Rêm, Phó Trưởng phòng Công tác chính trị Công an tỉnh.

Năm 2021, các cấp Hội có 264 mô hình "Dân vận khéo", tập trung vào hỗ trợ phụ nữ khởi nghiệp, phòng, chống dịch Covid-19 và xây dựng gia đình "5 không, 3 sạch". Các cơ sở Hội đã vận động được hơn 4,3 tỷ đồng, trao 15.620 phần quà cho hội viên khó khăn; mô hình "Tủ bánh mì 0 đồng" của Hội phụ nữ phường Tân Phú duy trì phát 300 ổ bánh mì mỗi ngày.

Câu chuyện của chị Thị Hoa (dân tộc S'tiêng) ở xã Đồng Nai, huyện Bù Đăng được nhiều đại biểu quan tâm: từ 2 con bò được hội hỗ trợ năm 2016, đến nay gia đình chị có 12 con bò và 3 ha điều, thu nhập gần 180 triệu đồng/năm.

Thực hiện Kế hoạch liên tịch số 12/KHLT-HPN-BDVTU giữa Hội LHPN tỉnh và Ban Dân vận Tỉnh ủy, Hội đã phối hợp xây dựng 4 mô hình điểm ở các xã biên giới. Hội nghị cũng quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII và Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về công tác phụ nữ.

Dịp này, Hội LHPN tỉnh tặng giấy khen cho 20 tập thể và 35 cá nhân tiêu biểu.

Các tập thể, cá nhân nhận giấy khen tại hội nghị.
(Ảnh: Thanh Hương)

Lượt xem: 612

Tin liên quan
» Hội LHPN huyện Lộc Ninh trao 30 con heo giống (05/11/2021)
» Tọa đàm kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (19/10/2021)
""",
"2021-11-23",
"Hội nghị biểu dương mô hình \"Dân vận khéo\" trong các cấp Hội phụ nữ năm 2021",
E("hoi_nghi", "2021", "2021-11-22"),
[P("Điểu Thị Lý", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Tuyết Minh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thị Rêm", "Thiếu tá", "Phó Trưởng phòng Công tác chính trị Công an tỉnh"),
 P("Thị Hoa")],
[Q("111 điểm cầu", 111, "điểm cầu"),
 Q("264 mô hình", 264, "mô hình"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("15.620 phần quà", 15620, "phần quà"),
 Q("300 ổ bánh mì", 300, "ổ bánh mì"),
 Q("2 con bò", 2, "con bò"),
 Q("12 con bò", 12, "con bò"),
 Q("3 ha điều", 3, "ha điều"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("4 mô hình điểm", 4, "mô hình điểm"),
 Q("20 tập thể", 20, "tập thể"),
 Q("35 cá nhân", 35, "cá nhân")],
[D("Kế hoạch liên tịch", "12", "KHLT-HPN-BDVTU", None, None, "Kế hoạch liên tịch số 12/KHLT-HPN-BDVTU"),
 D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Bình Phước"), com("Tân Phú"), com("Đồng Nai")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC", "Lượt xem", "Tủ bánh mì 0 đồng",
 "Các tập thể, cá nhân nhận giấy khen tại hội nghị.", "Dân vận khéo"],
["5 không, 3 sạch", "0 đồng", "lần thứ XIII", "Covid-19"]))

PAGES.append(page("b88-yenbai-doan-tongket-2022", """
TỈNH ĐOÀN YÊN BÁI
Trang chủ | Tin tức - Sự kiện | Hoạt động Đoàn
Yên Bái, 29/12/2022

TỔNG KẾT CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2022

Ngày 28/12/2022, Ban Chấp hành Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2022, triển khai chương trình công tác năm 2023.

Tham dự có đồng chí Giàng A Tông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Bích Nguyệt, Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí Hoàng Thị Vằn, Phó Bí thư Tỉnh đoàn.

Năm 2022, các cấp bộ Đoàn đã tổ chức học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII tới 96% đoàn viên. Toàn tỉnh kết nạp 3.950 đoàn viên mới; 412 đoàn viên ưu tú được giới thiệu cho Đảng xem xét, trong đó 287 đồng chí đã được kết nạp Đảng. Chiến dịch tình nguyện hè huy động 28.600 lượt đoàn viên, thanh niên tham gia, làm mới 17 km đường giao thông nông thôn, trồng 64.000 cây xanh, với tổng giá trị các công trình ước trên 9,7 tỷ đồng.

Thực hiện Đề án 04-ĐA/TU của Tỉnh ủy, Tỉnh đoàn hỗ trợ 135 thanh niên khởi nghiệp, giới thiệu vay vốn 22,5 tỷ đồng. Mô hình "Thanh niên 4 an" (an toàn giao thông, an ninh trật tự, an toàn thực phẩm, an sinh xã hội) được nhân rộng ở 41 xã vùng cao. Sau cơn bão số 4, đoàn viên các xã Mù Cang Chải đã giúp dân dọn 128 tấn đất đá sạt lở.

Dịp này, Trung ương Đoàn tặng Bằng khen cho 3 tập thể; Tỉnh đoàn tặng Bằng khen cho các đồng chí: Sùng A Páo, Lý Thị Phương, Bí thư Đoàn xã.

Ban tổ chức trao Bằng khen cho các tập thể, cá nhân.

Lượt xem: 1.115

Tin cùng chuyên mục
- Đêm hội "Thắp sáng ước mơ" lần thứ 5 (20/12/2022)
- Trao 20 áo ấm cho học sinh vùng cao (12/12/2022)
""",
"2022-12-29",
"TỔNG KẾT CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2022",
E("tong_ket", "2022", "2022-12-28"),
[P("Giàng A Tông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Nguyệt", "Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Hoàng Thị Vằn", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng A Páo", "Bí thư Đoàn xã"),
 P("Lý Thị Phương", "Bí thư Đoàn xã")],
[Q("96% đoàn viên", 96, "%"),
 Q("3.950 đoàn viên", 3950, "đoàn viên"),
 Q("412 đoàn viên", 412, "đoàn viên"),
 Q("287 đồng chí", 287, "đồng chí"),
 Q("28.600 lượt đoàn viên", 28600, "lượt đoàn viên"),
 Q("17 km", 17, "km"),
 Q("64.000 cây xanh", 64000, "cây xanh"),
 Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"),
 Q("135 thanh niên", 135, "thanh niên"),
 Q("22,5 tỷ đồng", 22500000000, "đồng"),
 Q("41 xã", 41, "xã"),
 Q("128 tấn", 128, "tấn"),
 Q("3 tập thể", 3, "tập thể")],
[D("Đề án", "04", "ĐA/TU", None, "Tỉnh ủy", "Đề án 04-ĐA/TU")],
[prov("Yên Bái")],
["TỈNH ĐOÀN YÊN BÁI", "Lượt xem", "Thanh niên 4 an",
 "Ban tổ chức trao Bằng khen cho các tập thể, cá nhân.", "Mù Cang Chải"],
["4 an", "bão số 4", "lần thứ XII", "287 đồng chí"]))
