from lib import *
PAGES = []

PAGES.append(page("b6275-longan-mttq-taphuan-giamsat-2017", """
Ủy ban MTTQ Việt Nam tỉnh Long An
Trang chủ / Tin hoạt động / Mặt trận các cấp
17/05/2017 - 10:05
Toàn cảnh lớp tập huấn.
Tập huấn nghiệp vụ giám sát nhà ở xã hội cho cán bộ Mặt trận năm 2017
Ngày 16/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2017, chuyên đề về chính sách nhà ở xã hội và nhà lưu trú cho công nhân. Tham dự có 150 học viên là cán bộ Mặt trận 15 huyện, thị xã, thành phố và 42 xã, thị trấn có khu, cụm công nghiệp.
Bà Trương Thị Mỹ Lệ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc. Bà cho biết Long An hiện có 34 khu, cụm công nghiệp đang hoạt động với trên 250.000 công nhân, trong đó gần 60% là lao động từ các tỉnh khác; nhu cầu nhà ở rất lớn nhưng toàn tỉnh mới hoàn thành 3 dự án nhà ở xã hội với 1.420 căn.
Các học viên được TS. Phạm Quốc Hùng, giảng viên Trường Chính trị Long An, và ThS. Nguyễn Thị Diễm Trang, Phó Chánh Thanh tra Sở Xây dựng, truyền đạt các nội dung: Luật Nhà ở năm 2014; Nghị định 100/2015/NĐ-CP ngày 20/10/2015 của Chính phủ về phát triển và quản lý nhà ở xã hội; Thông tư số 20/2016/TT-BXD của Bộ Xây dựng hướng dẫn thực hiện một số nội dung của Nghị định; quy trình giám sát theo Quyết định 217-QĐ/TW và Quy định 124-QĐ/TW của Bộ Chính trị.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Be, Huỳnh Thị Kim Hoa hướng dẫn xây dựng kế hoạch giám sát theo Hướng dẫn số 27/HD-MTTQ-BTT ngày 05/4/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, trong đó yêu cầu mỗi huyện giám sát ít nhất 1 dự án nhà ở công nhân và lấy ý kiến không dưới 50 hộ đang thuê nhà.
Tại buổi trao đổi, ông Lê Văn Sáu, Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ, cho biết xã có hơn 1.800 phòng trọ của 214 chủ trọ, nhiều dãy trọ xây tạm, chưa đủ điều kiện phòng cháy. Bà Võ Thị Thu Ba, Phó Chủ tịch Ủy ban MTTQ thị trấn Bến Lức, đề nghị tỉnh sớm ban hành quy định về tiêu chuẩn tối thiểu của phòng trọ cho thuê, mỗi người không dưới 5 m2 sàn.
Trong năm 2016, Mặt trận các cấp trong tỉnh đã chủ trì 27 cuộc giám sát, phát hiện 64 sai sót trong xét duyệt hồ sơ mua, thuê nhà ở xã hội và kiến nghị thu hồi 8 căn hộ cấp sai đối tượng.
Phát biểu bế mạc, ông Trần Văn Phước, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, yêu cầu Mặt trận các huyện gửi kế hoạch giám sát về tỉnh trước ngày 15/6.
Kết thúc lớp tập huấn, Ban Thường trực trao giấy chứng nhận cho 148 học viên đạt yêu cầu.
Minh Thư
Tin liên quan
- Mặt trận tỉnh giám sát dự án nhà ở xã hội tại Cần Giuộc (28/04/2017)
- Đức Hòa: 500 công nhân được tư vấn pháp luật về nhà ở (15/04/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 khóa IX (10/01/2017)
""", "2017-05-17", "Tập huấn nghiệp vụ giám sát nhà ở xã hội cho cán bộ Mặt trận năm 2017",
E("tap_huan", "2017", "2017-05-16"),
[P("Trương Thị Mỹ Lệ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quốc Hùng", "TS.", "giảng viên Trường Chính trị Long An"),
 P("Nguyễn Thị Diễm Trang", "ThS.", "Phó Chánh Thanh tra Sở Xây dựng"),
 P("Nguyễn Văn Be", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sáu", "Chủ tịch Ủy ban MTTQ xã Đức Hòa Hạ"),
 P("Võ Thị Thu Ba", "Phó Chủ tịch Ủy ban MTTQ thị trấn Bến Lức"),
 P("Trần Văn Phước", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("42 xã, thị trấn", 42, "xã, thị trấn"), Q("34 khu, cụm công nghiệp", 34, "khu, cụm công nghiệp"),
 Q("trên 250.000 công nhân", 250000, "công nhân", "over"), Q("gần 60%", 60, "%", "approx"),
 Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"), Q("1.420 căn", 1420, "căn"),
 Q("ít nhất 1 dự án nhà ở công nhân", 1, "dự án nhà ở công nhân", "over"), Q("không dưới 50 hộ", 50, "hộ", "over"),
 Q("hơn 1.800 phòng trọ", 1800, "phòng trọ", "over"), Q("214 chủ trọ", 214, "chủ trọ"),
 Q("không dưới 5 m2", 5, "m2", "over"), Q("27 cuộc giám sát", 27, "cuộc giám sát"), Q("64 sai sót", 64, "sai sót"),
 Q("8 căn hộ", 8, "căn hộ"), Q("148 học viên", 148, "học viên")],
[D("Nghị định", "100", "2015/NĐ-CP", "2015-10-20", "Chính phủ", "Nghị định 100/2015/NĐ-CP ngày 20/10/2015"),
 D("Thông tư", "20", "2016/TT-BXD", None, "Bộ Xây dựng", "Thông tư số 20/2016/TT-BXD"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Hướng dẫn", "27", "HD-MTTQ-BTT", "2017-04-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 27/HD-MTTQ-BTT ngày 05/4/2017")],
[prov("Long An"), com("Đức Hòa Hạ"), com("Bến Lức")],
["Ủy ban MTTQ Việt Nam tỉnh Long An", "Trang chủ / Tin hoạt động / Mặt trận các cấp", "Toàn cảnh lớp tập huấn.",
 "Luật Nhà ở năm 2014", "Trường Chính trị Long An"],
["17/05/2017 - 10:05", "năm 2017", "Trong năm 2016", "Luật Nhà ở năm 2014"]))

PAGES.append(page("b6276-haiphong-mttq-hoinghi-phanbien-2018", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Thời sự :: Chính trị
Cập nhật lúc 17:20 ngày 12/07/2018
Phản biện dự thảo đề án nhà ở cho công nhân các khu công nghiệp
Ảnh: Quang cảnh hội nghị phản biện.
Sáng 12/7, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị phản biện xã hội năm 2018 đối với dự thảo Đề án phát triển nhà ở cho công nhân các khu công nghiệp thành phố giai đoạn 2018 - 2025. Ông Bùi Đức Quang, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Theo dự thảo do Sở Xây dựng trình bày, Hải Phòng có 12 khu công nghiệp với khoảng 140.000 lao động; đến năm 2025 con số này dự kiến vượt 250.000 người. Đề án đặt mục tiêu xây dựng ít nhất 25.000 căn hộ nhà ở xã hội và 8 khu nhà lưu trú công nhân, tổng vốn khoảng 13.500 tỷ đồng, dành 20% quỹ đất ở thương mại cho nhà ở xã hội theo Nghị định số 100/2015/NĐ-CP của Chính phủ. Dự thảo cũng cụ thể hóa Chỉ thị 12, 13-CT/TU của Ban Thường vụ Thành ủy và Thông báo kết luận số 156-TB/TU ngày 02/5/2018 của Thành ủy.
PGS.TS. Đỗ Minh Tuấn, Chủ tịch Hội Kiến trúc sư thành phố, cho rằng đề án cần quy hoạch nhà lưu trú gắn với trường mầm non, trạm y tế, không để hình thành "khu ổ chuột" mới. KTS. Vũ Thị Lụa, Ủy viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam thành phố, đề nghị quy định giá thuê không quá 25% thu nhập bình quân của công nhân.
Ông Phạm Văn Hưng, Phó Chủ tịch Thường trực LĐLĐ thành phố, dẫn kết quả khảo sát của công đoàn tại 68 doanh nghiệp: 71,5% công nhân đang thuê trọ với diện tích bình quân 4,2 m2/người; 1.260 công nhân nhập cư có nhu cầu mua nhà trả góp. Bà Ngô Thị Thoa, chủ nhà trọ thôn Tràng Duệ, xã Lê Lợi, kiến nghị hỗ trợ vay vốn để chủ trọ cải tạo 3.500 phòng trọ xuống cấp.
Các ông Nguyễn Văn Hòa, Trần Quang Thái - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố đã tổng hợp 46 ý kiến phản biện, trong đó 19 ý kiến đề nghị sửa đổi cơ chế lựa chọn chủ đầu tư. Đại diện phường Đông Hải 2 phản ánh nhiều hộ dân sống cạnh khu công nghiệp chưa được tư vấn về quyền lợi khi tham gia cho thuê nhà.
Đại diện UBND huyện Thủy Nguyên, bà Lương Thị Hồng Nhung, Phó Chủ tịch UBND huyện, cho biết huyện đã bố trí 42 ha cho 2 dự án nhà ở công nhân nhưng vướng giải phóng mặt bằng với 96 hộ dân.
Kết luận, ông Bùi Đức Quang cho biết Ban Thường trực sẽ gửi văn bản phản biện tới UBND thành phố trước ngày 30/7, đồng thời giao Ủy ban MTTQ các quận, huyện có khu công nghiệp theo dõi việc tiếp thu. Hội nghị thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Thu Hằng
Tin liên quan
- MTTQ thành phố giám sát nhà ở xã hội tại An Dương (22/06/2018)
- Công nhân Khu công nghiệp Tràng Duệ được hỗ trợ pháp lý (15/06/2018)
- Thủy Nguyên ra mắt mô hình "Khu trọ văn minh" (04/06/2018)
""", "2018-07-12", "Phản biện dự thảo đề án nhà ở cho công nhân các khu công nghiệp",
E("hoi_nghi", "2018", "2018-07-12"),
[P("Bùi Đức Quang", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đỗ Minh Tuấn", "PGS.TS.", "Chủ tịch Hội Kiến trúc sư thành phố"),
 P("Vũ Thị Lụa", "KTS.", "Ủy viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Hưng", "Phó Chủ tịch Thường trực LĐLĐ thành phố"),
 P("Ngô Thị Thoa", "chủ nhà trọ thôn Tràng Duệ"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Quang Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lương Thị Hồng Nhung", "Phó Chủ tịch UBND huyện")],
[Q("12 khu công nghiệp", 12, "khu công nghiệp"), Q("khoảng 140.000 lao động", 140000, "lao động", "approx"),
 Q("vượt 250.000 người", 250000, "người", "over"), Q("ít nhất 25.000 căn hộ nhà ở xã hội", 25000, "căn hộ nhà ở xã hội", "over"),
 Q("8 khu nhà lưu trú công nhân", 8, "khu nhà lưu trú công nhân"), Q("khoảng 13.500 tỷ đồng", 13500000000000, "đồng", "approx"),
 Q("20%", 20, "%"), Q("không quá 25%", 25, "%"), Q("68 doanh nghiệp", 68, "doanh nghiệp"), Q("71,5%", 71.5, "%"),
 Q("4,2 m2", 4.2, "m2"), Q("1.260 công nhân nhập cư", 1260, "công nhân nhập cư"), Q("3.500 phòng trọ", 3500, "phòng trọ"),
 Q("46 ý kiến phản biện", 46, "ý kiến phản biện"), Q("19 ý kiến", 19, "ý kiến"),
 Q("42 ha", 42, "ha"), Q("2 dự án nhà ở công nhân", 2, "dự án nhà ở công nhân"), Q("96 hộ dân", 96, "hộ dân")],
[D("Nghị định", "100", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2015/NĐ-CP"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Thông báo kết luận", "156", "TB/TU", "2018-05-02", "Thành ủy", "Thông báo kết luận số 156-TB/TU ngày 02/5/2018"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Hải Phòng"), com("Lê Lợi"), com("Đông Hải 2")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Thời sự :: Chính trị", "Ảnh: Quang cảnh hội nghị phản biện.", "khu ổ chuột",
 "Đề án phát triển nhà ở cho công nhân các khu công nghiệp thành phố giai đoạn 2018 - 2025", "Hội Kiến trúc sư thành phố"],
["Cập nhật lúc 17:20 ngày 12/07/2018", "năm 2018", "giai đoạn 2018 - 2025", "đến năm 2025"]))

PAGES.append(page("b6277-khanhhoa-bdv-baocao-congnhan-2019", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Ban
Thứ Sáu, 12/07/2019
Báo cáo kết quả vận động công nhân, người lao động 6 tháng đầu năm 2019
Ngày 10/7, Ban Dân vận Tỉnh ủy Khánh Hòa ban hành báo cáo kết quả công tác vận động công nhân, người lao động và chăm lo nhà ở cho công nhân 6 tháng đầu năm 2019, gửi Ban Dân vận Trung ương và Ban Thường vụ Tỉnh ủy. Báo cáo do đồng chí Nguyễn Thị Thanh Tâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký.
Công nhân khu nhà lưu trú Suối Dầu nhận chìa khóa phòng. Ảnh: Lê Vy
Theo báo cáo, toàn tỉnh có khoảng 72.000 công nhân lao động, trong đó 46.500 người làm việc tại Khu công nghiệp Suối Dầu, Ninh Thủy và Khu kinh tế Vân Phong. Sáu tháng đầu năm, khối dân vận phối hợp LĐLĐ tỉnh triển khai Kế hoạch số 63-KH/TU ngày 14/01/2019 của Tỉnh ủy về thực hiện Nghị quyết 20-NQ/TW; vận động 6 doanh nghiệp đóng góp 3,6 tỷ đồng cải tạo 2 khu nhà lưu trú với 420 phòng, đáp ứng chỗ ở cho khoảng 1.700 công nhân.
Các cấp công đoàn đã tổ chức 52 cuộc đối thoại tại doanh nghiệp, tiếp nhận 318 kiến nghị, đã giải quyết 276 kiến nghị (86,8%). Nhà ở xã hội tại phường Phước Long đã bàn giao 390 căn hộ, trong đó 114 căn cho công nhân thuê, giá thuê 1,5 triệu đồng/căn/tháng. Tại xã Ninh Thủy, Hội Liên hiệp Phụ nữ vận động 86 chủ nhà trọ ký cam kết không tăng giá thuê phòng.
Báo cáo nêu gương một số cá nhân: chị Mấu Thị Lanh, công nhân Công ty CP Yến sào, người dân tộc Raglai, tổ trưởng tổ tự quản khu trọ; ông Cao Văn Thịnh, Chủ tịch Công đoàn Khu kinh tế Vân Phong; bà Trần Thị Mỹ, chủ nhà trọ tổ dân phố 5, phường Ninh Hiệp, đã giảm 30% tiền phòng cho 24 công nhân bị mất việc.
Báo cáo cũng chỉ ra hạn chế: 11 doanh nghiệp nợ đọng bảo hiểm xã hội với tổng số tiền trên 9,2 tỷ đồng; 3 vụ ngừng việc tập thể với khoảng 650 người tham gia. Ban Dân vận Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường lãnh đạo công tác dân vận trong doanh nghiệp và về phát triển nhà ở cho công nhân; đề nghị UBND tỉnh bố trí quỹ đất 5 ha để xây thiết chế công đoàn theo Quyết định số 655/QĐ-TTg ngày 12/5/2017 của Thủ tướng Chính phủ.
Về công tác nắm tình hình, báo cáo cho biết các tổ dân vận đã tổ chức 14 cuộc khảo sát dư luận xã hội tại khu trọ, với 2.860 phiếu hỏi; có 64% công nhân mong muốn được thuê nhà ở xã hội gần nơi làm việc và 21% muốn mua nhà trả góp.
Phó Trưởng Ban Dân vận Tỉnh ủy Lê Hoàng Nam cho biết, 6 tháng cuối năm Ban sẽ kiểm tra việc thực hiện tại 4 huyện, thị xã.
Vy Lê
Lượt xem: 642
Các tin đã đưa
- Khánh Hòa: 200 suất quà cho công nhân dịp Tháng Công nhân (28/05/2019)
- Ban Dân vận Tỉnh ủy làm việc với LĐLĐ tỉnh (15/04/2019)
""", "2019-07-12", "Báo cáo kết quả vận động công nhân, người lao động 6 tháng đầu năm 2019",
E("bao_cao", "2019-H1", "2019-07-10"),
[P("Nguyễn Thị Thanh Tâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mấu Thị Lanh", "công nhân Công ty CP Yến sào", "tổ trưởng tổ tự quản khu trọ"),
 P("Cao Văn Thịnh", "Chủ tịch Công đoàn Khu kinh tế Vân Phong"),
 P("Trần Thị Mỹ", "chủ nhà trọ tổ dân phố 5"),
 P("Lê Hoàng Nam", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 72.000 công nhân lao động", 72000, "công nhân lao động", "approx"), Q("46.500 người", 46500, "người"),
 Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("2 khu nhà lưu trú", 2, "khu nhà lưu trú"),
 Q("420 phòng", 420, "phòng"), Q("khoảng 1.700 công nhân", 1700, "công nhân", "approx"),
 Q("52 cuộc đối thoại", 52, "cuộc đối thoại"), Q("318 kiến nghị", 318, "kiến nghị"), Q("276 kiến nghị", 276, "kiến nghị"),
 Q("86,8%", 86.8, "%"), Q("390 căn hộ", 390, "căn hộ"), Q("114 căn", 114, "căn"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("86 chủ nhà trọ", 86, "chủ nhà trọ"), Q("30%", 30, "%"), Q("24 công nhân", 24, "công nhân"),
 Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"), Q("khoảng 650 người", 650, "người", "approx"),
 Q("5 ha", 5, "ha"), Q("14 cuộc khảo sát dư luận xã hội", 14, "cuộc khảo sát dư luận xã hội"), Q("2.860 phiếu hỏi", 2860, "phiếu hỏi"),
 Q("64%", 64, "%"), Q("21%", 21, "%"), Q("4 huyện, thị xã", 4, "huyện, thị xã")],
[D("Kế hoạch", "63", "KH/TU", "2019-01-14", "Tỉnh ủy", "Kế hoạch số 63-KH/TU ngày 14/01/2019"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Quyết định", "655", "QĐ-TTg", "2017-05-12", "Thủ tướng Chính phủ", "Quyết định số 655/QĐ-TTg ngày 12/5/2017")],
[prov("Khánh Hòa"), com("Phước Long"), com("Ninh Thủy"), com("Ninh Hiệp")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Ban",
 "Công nhân khu nhà lưu trú Suối Dầu nhận chìa khóa phòng. Ảnh: Lê Vy", "Raglai", "Khu kinh tế Vân Phong", "Lượt xem: 642"],
["Thứ Sáu, 12/07/2019", "6 tháng đầu năm 2019", "Sáu tháng đầu năm", "6 tháng cuối năm", "Lượt xem: 642"]))

PAGES.append(page("b6278-daklak-tanan-daihoi-dangbo-2020", """
Báo Đắk Lắk điện tử
Chính trị » Xây dựng Đảng » Đại hội Đảng các cấp
Cập nhật: 09:42, 21/05/2020 (GMT+7)
Đại hội Đảng bộ phường Tân An: ưu tiên nhà ở cho công nhân, người thu nhập thấp
Ngày 20/5, Đảng bộ phường Tân An, thành phố Buôn Ma Thuột tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Dự đại hội có 120 đại biểu thay mặt cho 486 đảng viên của 21 chi bộ trực thuộc; đồng chí Y Thắng Niê, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột dự và chỉ đạo.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Nhiệm kỳ 2015 - 2020, Đảng bộ phường lãnh đạo thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy phường về phát triển đô thị văn minh; phối hợp chủ đầu tư hoàn thành khu nhà ở xã hội Tân An với 512 căn hộ, trong đó 186 căn bán cho công nhân Khu công nghiệp Hòa Phú và 94 căn cho hộ nghèo, hộ cận nghèo thuê. Khối dân vận phường vận động 37 hộ dân hiến 2.400 m2 đất mở rộng đường vào khu nhà ở; xây dựng 7 mô hình "Dân vận khéo" và 3 khu dân cư văn hóa tiêu biểu. Tỷ lệ hộ nghèo giảm còn 0,6%.
Tham luận tại đại hội, bà H'Lim Byă, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết Hội đã giúp 42 chị em công nhân vay 1,26 tỷ đồng từ nguồn vốn Ngân hàng Chính sách xã hội để mua nhà trả góp. Ông Nguyễn Văn Thiện, Trưởng ban công tác Mặt trận tổ dân phố 7, đề nghị phường quan tâm ánh sáng, an ninh tại khu nhà trọ công nhân.
Báo cáo chính trị trình đại hội xác định 3 khâu đột phá, trong đó có vận động nhân dân phối hợp với xã Ea Tu giải phóng mặt bằng tuyến đường nối khu nhà ở xã hội với Khu công nghiệp Hòa Phú; phấn đấu 100% tổ dân phố đạt chuẩn văn minh đô thị và thu nhập bình quân đạt trên 70 triệu đồng/người/năm vào năm 2025.
Phát biểu chỉ đạo, đồng chí Y Thắng Niê đề nghị nhiệm kỳ tới Đảng bộ thực hiện tốt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của chính quyền các cấp và Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương; phấn đấu đến năm 2025 có thêm ít nhất 300 căn nhà ở xã hội.
Đại hội bầu Ban Chấp hành Đảng bộ phường nhiệm kỳ 2020 - 2025 gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Lê Quang Hưng được tín nhiệm giữ chức Bí thư Đảng ủy phường Tân An; đồng chí Y Sơn Ayun được bầu làm Phó Bí thư Thường trực Đảng ủy phường. Các đồng chí Phó Chủ tịch UBND phường: Đinh Thị Hoa, Phan Văn Lâm được bầu vào Ban Thường vụ Đảng ủy. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Đảng bộ thành phố.
Thanh Hường
Tin liên quan
- Đại hội Đảng bộ xã Hòa Thắng nhiệm kỳ 2020 - 2025 (19/05/2020)
- Buôn Ma Thuột: 3 phường tổ chức đại hội điểm (12/05/2020)
- Hội nghị tổng kết công tác dân vận năm 2019 (27/12/2019)
""", "2020-05-21", "Đại hội Đảng bộ phường Tân An: ưu tiên nhà ở cho công nhân, người thu nhập thấp",
E("dai_hoi", None, "2020-05-20"),
[P("Y Thắng Niê", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột"),
 P("H'Lim Byă", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Nguyễn Văn Thiện", "Trưởng ban công tác Mặt trận tổ dân phố 7"),
 P("Lê Quang Hưng", "Bí thư Đảng ủy phường Tân An"),
 P("Y Sơn Ayun", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Đinh Thị Hoa", "Phó Chủ tịch UBND phường"),
 P("Phan Văn Lâm", "Phó Chủ tịch UBND phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("486 đảng viên", 486, "đảng viên"), Q("21 chi bộ trực thuộc", 21, "chi bộ trực thuộc"),
 Q("512 căn hộ", 512, "căn hộ"), Q("186 căn", 186, "căn"), Q("94 căn", 94, "căn"), Q("37 hộ dân", 37, "hộ dân"),
 Q("2.400 m2", 2400, "m2"), Q("7 mô hình", 7, "mô hình"), Q("3 khu dân cư văn hóa tiêu biểu", 3, "khu dân cư văn hóa tiêu biểu"),
 Q("0,6%", 0.6, "%"), Q("42 chị em công nhân", 42, "chị em công nhân"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("ít nhất 300 căn nhà ở xã hội", 300, "căn nhà ở xã hội", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"),
 Q("3 khâu đột phá", 3, "khâu đột phá"), Q("100%", 100, "%"), Q("trên 70 triệu đồng", 70000000, "đồng", "over")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 08-NQ/ĐU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW")],
[prov("Đắk Lắk"), com("Tân An"), com("Ea Tu")],
["Báo Đắk Lắk điện tử", "Chính trị » Xây dựng Đảng » Đại hội Đảng các cấp", "Các đại biểu biểu quyết thông qua Nghị quyết đại hội.",
 "Dân vận khéo", "Ngân hàng Chính sách xã hội", "Khu công nghiệp Hòa Phú"],
["Cập nhật: 09:42, 21/05/2020 (GMT+7)", "lần thứ XIII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "15 đồng chí", "phiên họp thứ nhất", "đến năm 2025"]))

PAGES.append(page("b6279-bacgiang-quangchau-chunhatro-2021", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ QUANG CHÂU - HUYỆN VIỆT YÊN - TỈNH BẮC GIANG
Hôm nay: Thứ Hai, 21/06/2021
Tin tức | Gương người tốt, việc tốt
Ngày đăng 18/06/2021 | 08:30
Bà chủ nhà trọ "giữ chân" công nhân giữa tâm dịch
Khi dịch Covid-19 bùng phát tại các khu công nghiệp của tỉnh Bắc Giang, bà Nguyễn Thị Quế, 58 tuổi, chủ nhà trọ thôn Núi Hiểu, xã Quang Châu, người có dãy trọ 36 phòng, đã quyết định miễn toàn bộ tiền phòng tháng 5 và tháng 6 cho 74 công nhân đang thuê trọ.
Bà Nguyễn Thị Quế (bên phải) trao gạo cho công nhân khu trọ. Ảnh: Văn Thành
Tính ra, mỗi tháng gia đình bà bớt đi khoảng 43 triệu đồng tiền thu. Không chỉ miễn tiền phòng, bà còn cùng Chi hội Phụ nữ thôn nấu 150 suất cơm mỗi ngày cho công nhân bị cách ly tại chỗ, vận động người thân góp thêm 2 tấn gạo và hơn 500 thùng mì tôm.
Theo ông Thân Văn Khoa, Bí thư Đảng ủy, Chủ tịch HĐND xã Quang Châu, toàn xã có 412 chủ nhà trọ với trên 11.000 công nhân lưu trú, nhiều nhất huyện Việt Yên. Hưởng ứng lời kêu gọi của Ủy ban MTTQ xã, đã có 168 chủ nhà trọ giảm từ 30% đến 100% tiền phòng, tổng số tiền miễn giảm ước trên 1,9 tỷ đồng. Thực hiện Kế hoạch số 108-KH/ĐU ngày 20/5/2021 của Đảng ủy xã về phòng, chống dịch tại khu nhà trọ, xã thành lập 27 tổ Covid cộng đồng ở các khu trọ.
Bà Hoàng Thị Nhàn, Phó Chủ tịch Ủy ban MTTQ xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Mặt trận đã tiếp nhận 320 phần quà từ các nhà hảo tâm, mỗi phần trị giá 300.000 đồng, để trao tận phòng trọ. Anh Lục Văn Tường, công nhân Công ty TNHH Fuhong, người dân tộc Nùng quê Lạng Sơn, xúc động: "Xa nhà, được bà chủ trọ lo cho như con cháu trong nhà, chúng tôi yên tâm ở lại".
Với những đóng góp ấy, bà Nguyễn Thị Quế được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 1024/QĐ-UBND ngày 14/6/2021. Xã cũng đề nghị khen thưởng 15 chủ nhà trọ tiêu biểu khác.
Ông Nguyễn Văn Bình, Trưởng thôn Núi Hiểu, cho biết thôn có 58 hộ cho thuê trọ với khoảng 1.900 phòng. Từ tấm gương của bà Quế, thôn đã ra mắt tổ tự quản gồm 9 thành viên, thay phiên trực tại cổng khu trọ, đo thân nhiệt và đi chợ hộ cho công nhân. Đoàn Thanh niên xã cũng cử 24 đoàn viên tình nguyện hỗ trợ ghi chép thông tin tại các khu trọ.
Bà Lò Thị Xuân, người dân tộc Thái quê Sơn La, công nhân thuê trọ nhà bà Quế đã 4 năm, kể: "Có tháng lương về chậm, bà cho nợ tiền phòng, còn mang rau nhà trồng sang cho".
Bà Quế tâm sự, khi dịch qua đi, bà sẽ sửa lại nhà tắm chung, lắp thêm 4 bình chữa cháy, để khu trọ xứng danh "Nhà trọ văn minh".
Văn Thành
Lượt truy cập: 21.457
Tin khác
- Quang Châu: 2.000 công nhân được tiêm vắc-xin mũi 1 (16/06/2021)
- Đoàn Thanh niên xã ra quân hỗ trợ khu cách ly (10/06/2021)
- Hội nghị Đảng ủy xã mở rộng tháng 5/2021 (31/05/2021)
""", "2021-06-18", "Bà chủ nhà trọ \"giữ chân\" công nhân giữa tâm dịch",
E("khac", None, None),
[P("Nguyễn Thị Quế", "chủ nhà trọ thôn Núi Hiểu"),
 P("Thân Văn Khoa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quang Châu"),
 P("Hoàng Thị Nhàn", "Phó Chủ tịch Ủy ban MTTQ xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lục Văn Tường", "công nhân Công ty TNHH Fuhong"),
 P("Nguyễn Văn Bình", "Trưởng thôn Núi Hiểu"),
 P("Lò Thị Xuân", "công nhân")],
[Q("36 phòng", 36, "phòng"), Q("74 công nhân", 74, "công nhân"), Q("khoảng 43 triệu đồng", 43000000, "đồng", "approx"),
 Q("150 suất cơm", 150, "suất cơm"), Q("2 tấn gạo", 2, "tấn"), Q("hơn 500 thùng mì tôm", 500, "thùng mì tôm", "over"),
 Q("412 chủ nhà trọ", 412, "chủ nhà trọ"), Q("trên 11.000 công nhân", 11000, "công nhân", "over"),
 Q("168 chủ nhà trọ", 168, "chủ nhà trọ"), Q("30%", 30, "%"), Q("100%", 100, "%"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("27 tổ Covid cộng đồng", 27, "tổ Covid cộng đồng"),
 Q("320 phần quà", 320, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("15 chủ nhà trọ tiêu biểu", 15, "chủ nhà trọ tiêu biểu"),
 Q("4 bình chữa cháy", 4, "bình chữa cháy"),
 Q("58 hộ", 58, "hộ"), Q("khoảng 1.900 phòng", 1900, "phòng", "approx"), Q("9 thành viên", 9, "thành viên"), Q("24 đoàn viên", 24, "đoàn viên")],
[D("Kế hoạch", "108", "KH/ĐU", "2021-05-20", "Đảng ủy xã", "Kế hoạch số 108-KH/ĐU ngày 20/5/2021"),
 D("Quyết định", "1024", "QĐ-UBND", "2021-06-14", None, "Quyết định số 1024/QĐ-UBND ngày 14/6/2021")],
[prov("Bắc Giang"), com("Quang Châu"), prov("Lạng Sơn"), prov("Sơn La")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ QUANG CHÂU - HUYỆN VIỆT YÊN - TỈNH BẮC GIANG", "Hôm nay: Thứ Hai, 21/06/2021",
 "Tin tức | Gương người tốt, việc tốt", "Bà Nguyễn Thị Quế (bên phải) trao gạo cho công nhân khu trọ. Ảnh: Văn Thành",
 "Nhà trọ văn minh", "Chi hội Phụ nữ thôn", "Lạng Sơn", "Sơn La", "Lượt truy cập: 21.457"],
["Hôm nay: Thứ Hai, 21/06/2021", "Ngày đăng 18/06/2021 | 08:30", "58 tuổi", "tháng 5 và tháng 6", "Covid-19", "Lượt truy cập: 21.457", "4 năm"]))

PAGES.append(page("b6280-cantho-bdv-tongket-thuenha-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Hôm nay: Thứ Sáu, 23/12/2022
Trang chủ > Tin hoạt động
22/12/2022 - 16:45
Toàn cảnh hội nghị.
Hơn 2.100 công nhân được hỗ trợ tiền thuê nhà trọ
Chiều 21/12, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Lê Thị Ngọc Diễm, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; cùng dự có đồng chí Trần Quốc Hải, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Báo cáo cho biết, năm 2022 khối dân vận phối hợp LĐLĐ thành phố hướng dẫn thực hiện Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ về hỗ trợ tiền thuê nhà cho người lao động; hơn 2.100 công nhân thuê trọ tại Khu công nghiệp Trà Nóc 1, 2 và Hưng Phú được hỗ trợ với tổng kinh phí gần 4,8 tỷ đồng, mỗi người 500.000 đồng/tháng, tối đa 3 tháng. Trước đó, thực hiện Nghị quyết số 68/NQ-CP của Chính phủ, thành phố đã chi trả cho 19.650 lao động.
Ban Dân vận Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 01, 02-KL/TU về nâng cao hiệu quả công tác dân vận ở khu công nghiệp và về phát triển nhà ở xã hội; phối hợp UBND thành phố khởi công dự án nhà ở xã hội tại phường Thới An Đông quy mô 1.005 căn hộ. Toàn thành phố có 1.248 mô hình "Dân vận khéo", trong đó 93 mô hình gắn với chăm lo đời sống công nhân.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Quận ủy: Thạch Thị Đa Ni (Ô Môn), Nguyễn Hoàng Phúc (Bình Thủy) chia sẻ kinh nghiệm vận động chủ nhà trọ giảm giá thuê. Bà Lý Thị Sà Phên, Chủ tịch Công đoàn cơ sở Công ty TNHH May Tây Đô, người dân tộc Khmer, cho biết công đoàn đã vận động 23 chủ nhà trọ ở phường Trà Nóc giảm 10% giá thuê cho 312 công nhân. Đồng chí Võ Văn Tuấn, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận Bình Thủy, đề nghị thành phố sớm có quy hoạch quỹ đất xây nhà lưu trú.
Phát biểu kết luận, đồng chí Lê Thị Ngọc Diễm đề nghị năm 2023 tiếp tục thực hiện Chỉ thị 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường xây dựng tổ chức đảng trong doanh nghiệp khu vực kinh tế tư nhân, chăm lo nhà ở cho công nhân gắn với phong trào thi đua "Dân vận khéo" và Chương trình "Mái ấm Công đoàn".
Dịp này, Ban Dân vận Thành ủy tặng giấy khen cho 18 tập thể, 25 cá nhân xuất sắc; hơn 2.100 công nhân được hỗ trợ trong năm cũng được nhắc lại như kết quả nổi bật của khối dân vận.
Ngọc Diễm
Tin liên quan
- Ninh Kiều tổng kết mô hình "Nhà trọ an toàn" (15/12/2022)
- Thới Lai: vận động xây 50 căn nhà Đại đoàn kết (08/12/2022)
- Giao ban khối dân vận quý III năm 2022 (05/10/2022)
""", "2022-12-22", "Hơn 2.100 công nhân được hỗ trợ tiền thuê nhà trọ",
E("tong_ket", "2022", "2022-12-21"),
[P("Lê Thị Ngọc Diễm", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Quốc Hải", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Thị Đa Ni", "Trưởng Ban Dân vận Quận ủy"),
 P("Nguyễn Hoàng Phúc", "Trưởng Ban Dân vận Quận ủy"),
 P("Lý Thị Sà Phên", "Chủ tịch Công đoàn cơ sở Công ty TNHH May Tây Đô"),
 P("Võ Văn Tuấn", "Phó Bí thư Thường trực Quận ủy", "Chủ tịch HĐND quận Bình Thủy")],
[Q("hơn 2.100 công nhân", 2100, "công nhân", "over"), Q("gần 4,8 tỷ đồng", 4800000000, "đồng", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("19.650 lao động", 19650, "lao động"), Q("1.005 căn hộ", 1005, "căn hộ"),
 Q("1.248 mô hình", 1248, "mô hình"), Q("93 mô hình", 93, "mô hình"), Q("23 chủ nhà trọ", 23, "chủ nhà trọ"),
 Q("10%", 10, "%"), Q("312 công nhân", 312, "công nhân"), Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân xuất sắc", 25, "cá nhân xuất sắc")],
[D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 01, 02-KL/TU"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị 49-CT/TW ngày 20/10/2015")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Trà Nóc")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Hôm nay: Thứ Sáu, 23/12/2022", "Trang chủ > Tin hoạt động",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Mái ấm Công đoàn", "Khu công nghiệp Trà Nóc 1, 2"],
["Hôm nay: Thứ Sáu, 23/12/2022", "22/12/2022 - 16:45", "năm 2022", "năm 2023", "tối đa 3 tháng", "Trà Nóc 1, 2"]))
