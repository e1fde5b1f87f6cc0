from lib import *
PAGES = []

PAGES.append(page("b3923-hatinh-mttq-gopyluattongiao-2016", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị » Mặt trận - Đoàn thể
Thứ Ba, 27/09/2016 - 11:05
Chức sắc, chức việc các tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo
Sáng 26/9, Ủy ban MTTQ tỉnh Hà Tĩnh phối hợp Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị lấy ý kiến chức sắc, chức việc, tín đồ các tôn giáo vào dự thảo Luật Tín ngưỡng, tôn giáo (dự thảo 8). Đồng chí Trần Văn Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và ông Nguyễn Hồng Quân, Trưởng Ban Tôn giáo tỉnh chủ trì.
Linh mục Phaolô Nguyễn Văn Tường phát biểu góp ý. Ảnh: Đình Nhất
Dự hội nghị có 85 đại biểu, trong đó 32 linh mục, chức việc Công giáo của Giáo phận Vinh, 14 vị chức sắc Phật giáo và đại diện các hội đoàn. Theo báo cáo, Hà Tĩnh hiện có trên 142.000 đồng bào Công giáo sinh hoạt ở 52 giáo xứ và gần 60.000 tín đồ Phật giáo; năm 2016 các cấp Mặt trận đã phối hợp giải quyết 11 vụ việc liên quan đất đai cơ sở tôn giáo.
Góp ý vào dự thảo, Linh mục Phaolô Nguyễn Văn Tường, Quản xứ giáo xứ Kẻ Tùng, xã Thạch Vĩnh, đề nghị quy định tổ chức tôn giáo được tham gia hoạt động giáo dục, y tế, bảo trợ xã hội. Đại đức Thích Minh Tuệ, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị làm rõ thủ tục đăng ký sinh hoạt tôn giáo tập trung và thời hạn trả lời không quá 30 ngày.
Ông Giuse Phan Văn Đường, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị quy định rõ tài sản hợp pháp của tổ chức tôn giáo. Các ông Lê Văn Khoa, Đặng Đình Thuận - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, cùng bà Trương Thị Hòa, Chủ tịch Ủy ban MTTQ xã Kỳ Trinh, góp ý về trách nhiệm giám sát của Mặt trận đối với hoạt động tín ngưỡng, lễ hội ở khu dân cư.
Thực hiện Công văn số 1526/MTTW-BTT ngày 22/8/2016 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và kế hoạch số 49/KH-MTTQ của Ủy ban MTTQ tỉnh, Mặt trận 13 huyện, thị xã, thành phố đã tổng hợp được 217 ý kiến; hội nghị hôm nay đóng góp thêm 38 ý kiến trực tiếp.
Phát biểu kết luận, đồng chí Trần Văn Lương cảm ơn tinh thần trách nhiệm của chức sắc, chức việc; khẳng định toàn bộ ý kiến được tổng hợp trung thực, gửi Ủy ban Trung ương MTTQ Việt Nam trước khi Quốc hội xem xét, thông qua luật tại kỳ họp thứ 2. Đồng chí đề nghị các tôn giáo tiếp tục hưởng ứng cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”, giữ vững bình yên ở 216 khu dân cư có đồng bào theo đạo.
Phan Trâm
Tin khác
- Giáo xứ Thạch Vĩnh ra mắt mô hình “Giáo xứ không có tội phạm” (20/09/2016)
- 18 tập thể, cá nhân tiêu biểu trong phong trào “Sống tốt đời, đẹp đạo” (05/09/2016)
- MTTQ tỉnh thăm các cơ sở tôn giáo dịp Đại lễ Vu Lan (15/08/2016)
""", "2016-09-27", "Chức sắc, chức việc các tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo",
E("hoi_nghi", None, "2016-09-26"),
[P("Trần Văn Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hồng Quân", "Trưởng Ban Tôn giáo tỉnh"),
 P("Phaolô Nguyễn Văn Tường", "Linh mục", "Quản xứ giáo xứ Kẻ Tùng"),
 P("Thích Minh Tuệ", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Phan Văn Đường", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Lê Văn Khoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Đặng Đình Thuận", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trương Thị Hòa", "Chủ tịch Ủy ban MTTQ xã Kỳ Trinh")],
[Q("85 đại biểu", 85, "đại biểu"), Q("32 linh mục, chức việc Công giáo", 32, "linh mục, chức việc Công giáo"),
 Q("14 vị chức sắc Phật giáo", 14, "vị chức sắc Phật giáo"), Q("trên 142.000 đồng bào Công giáo", 142000, "đồng bào Công giáo", "over"),
 Q("52 giáo xứ", 52, "giáo xứ"), Q("gần 60.000 tín đồ Phật giáo", 60000, "tín đồ Phật giáo", "approx"),
 Q("11 vụ việc", 11, "vụ việc"), Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"),
 Q("217 ý kiến", 217, "ý kiến"), Q("38 ý kiến", 38, "ý kiến"), Q("216 khu dân cư", 216, "khu dân cư")],
[D("Công văn", "1526", "MTTW-BTT", "2016-08-22", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 1526/MTTW-BTT ngày 22/8/2016"),
 D("Kế hoạch", "49", "KH-MTTQ", None, "Ủy ban MTTQ tỉnh", "kế hoạch số 49/KH-MTTQ")],
[prov("Hà Tĩnh"), com("Thạch Vĩnh"), com("Kỳ Trinh")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị » Mặt trận - Đoàn thể",
 "Linh mục Phaolô Nguyễn Văn Tường phát biểu góp ý.", "Luật Tín ngưỡng, tôn giáo", "Giáo phận Vinh",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Thứ Ba, 27/09/2016 - 11:05", "dự thảo 8", "không quá 30 ngày", "kỳ họp thứ 2", "năm 2016"]))

PAGES.append(page("b3924-cantho-mttq-tongketgopy-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Vị trí: Trang chủ > Tin hoạt động > Giám sát và phản biện xã hội
Ngày đăng 26/12/2017 | 15:40
Ảnh: Toàn cảnh hội nghị tổng kết.
Năm 2017, MTTQ các cấp tổ chức 312 hội nghị góp ý, phản biện
Ngày 22/12, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền năm 2017. Bà Trần Thị Xuân Mai, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Theo báo cáo, thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, trong năm MTTQ và các đoàn thể từ thành phố đến cơ sở đã tổ chức 312 hội nghị góp ý, phản biện, tham gia góp ý 27 dự thảo luật, trong đó có dự thảo Luật Trợ giúp pháp lý (sửa đổi), Luật Quản lý, sử dụng tài sản công, Luật Quy hoạch; góp ý 19 dự thảo nghị quyết của HĐND thành phố và 43 dự thảo văn bản của UBND các quận, huyện.
Riêng 2 cuộc phản biện xã hội đối với dự thảo Đề án chỉnh trang đô thị quận Ninh Kiều và dự thảo quy định mức hỗ trợ bồi thường, đã có 64 ý kiến phản biện, khoảng 80% được cơ quan soạn thảo tiếp thu. Ở cơ sở, 85 xã, phường, thị trấn tổ chức lấy ý kiến nhân dân vào dự thảo kế hoạch phát triển kinh tế - xã hội năm 2018 với hơn 23.000 lượt người tham gia.
Tại hội nghị, ông Huỳnh Văn Thắng, Phó Chủ tịch Ủy ban MTTQ quận Bình Thủy, chia sẻ cách làm “góp ý có địa chỉ”, gửi văn bản kèm bảng theo dõi tiếp thu. Bà Lý Thị Kim Chi, Chủ tịch Ủy ban MTTQ phường An Khánh, cho biết phường đã tổ chức 14 buổi lấy ý kiến nhân dân về dự án mở rộng hẻm, 126 hộ thống nhất hiến đất. Đồng chí Trương Quang Hoài Nam, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố phát biểu ghi nhận vai trò của Mặt trận.
Tuy nhiên, báo cáo cũng chỉ ra còn 7 đơn vị cấp huyện tổ chức phản biện hình thức, chưa có văn bản phản hồi; 15% ý kiến góp ý chưa được cơ quan chủ trì trả lời. Năm 2018, Mặt trận thành phố phấn đấu 100% dự thảo nghị quyết của HĐND thành phố liên quan trực tiếp đến quyền lợi người dân được lấy ý kiến Mặt trận.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 10 tập thể và 18 cá nhân có thành tích tiêu biểu; các đồng chí Nguyễn Văn Lợi, Phan Thị Ngọc Hân - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố trao khen thưởng.
Hoàng Yến
Lượt xem: 1.427
Tin liên quan
- Ninh Kiều: góp ý dự thảo đề án chỉnh trang đô thị (15/12/2017)
- Phản biện dự thảo Nghị quyết về phí, lệ phí của HĐND thành phố (30/11/2017)
- MTTQ thành phố giám sát công tác giải quyết khiếu nại (16/11/2017)
""", "2017-12-26", "Năm 2017, MTTQ các cấp tổ chức 312 hội nghị góp ý, phản biện",
E("tong_ket", "2017", "2017-12-22"),
[P("Trần Thị Xuân Mai", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ quận Bình Thủy"),
 P("Lý Thị Kim Chi", "Chủ tịch Ủy ban MTTQ phường An Khánh"),
 P("Trương Quang Hoài Nam", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Nguyễn Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phan Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("312 hội nghị góp ý, phản biện", 312, "hội nghị góp ý, phản biện"), Q("27 dự thảo luật", 27, "dự thảo luật"),
 Q("19 dự thảo nghị quyết", 19, "dự thảo nghị quyết"), Q("43 dự thảo văn bản", 43, "dự thảo văn bản"),
 Q("2 cuộc phản biện xã hội", 2, "cuộc phản biện xã hội"), Q("64 ý kiến phản biện", 64, "ý kiến phản biện"),
 Q("khoảng 80%", 80, "%", "approx"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"),
 Q("hơn 23.000 lượt người", 23000, "lượt người", "over"), Q("14 buổi", 14, "buổi"), Q("126 hộ", 126, "hộ"),
 Q("7 đơn vị cấp huyện", 7, "đơn vị cấp huyện"), Q("15%", 15, "%"), Q("100%", 100, "%"),
 Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Vị trí: Trang chủ > Tin hoạt động > Giám sát và phản biện xã hội",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Luật Trợ giúp pháp lý (sửa đổi)", "Luật Quy hoạch", "góp ý có địa chỉ", "Lượt xem: 1.427"],
["Ngày đăng 26/12/2017 | 15:40", "năm 2017", "năm 2018", "Lượt xem: 1.427"]))

PAGES.append(page("b3925-binhduong-ldld-gopyluatpctn-2018", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Trang chủ › Tin tức › Hoạt động Công đoàn
05/06/2018 - 08:20
Công nhân góp ý dự thảo Luật Phòng, chống tham nhũng (sửa đổi)
Chiều 04/6/2018, Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị lấy ý kiến đoàn viên, người lao động vào dự thảo Luật Phòng, chống tham nhũng (sửa đổi) tại Khu công nghiệp VSIP, với sự tham dự của 140 đại biểu là chủ tịch công đoàn cơ sở, công nhân tiêu biểu. Ông Nguyễn Văn Lộc, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh chủ trì.
Công nhân Công ty TNHH Kumho phát biểu. Ảnh: Kim Anh
Thực hiện Công văn số 417/TLĐ ngày 10/4/2018 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động tỉnh đã xây dựng kế hoạch số 21/KH-LĐLĐ, chỉ đạo 12 công đoàn cấp trên cơ sở tổ chức 46 buổi góp ý tại doanh nghiệp. Toàn tỉnh có hơn 3.200 lượt đoàn viên tham gia, tổng hợp được 528 ý kiến, trong đó 214 ý kiến đề nghị mở rộng phạm vi điều chỉnh ra khu vực ngoài nhà nước.
Ông Lê Hoàng Phúc, Chủ tịch Công đoàn Công ty TNHH Kumho Việt Nam, cho rằng các doanh nghiệp có trên 500 công nhân cần công khai việc chi quỹ phúc lợi, tiền thưởng. Chị Thạch Thị Sô Phal, công nhân Công ty Cổ phần May Đồng Tiến, quê Trà Vinh, phản ánh chuyện phải “bồi dưỡng” 2 triệu đồng để được nhận vào làm; đề nghị luật quy định cơ chế bảo vệ người tố cáo.
Bà Đỗ Thị Bích Thủy, Phó Chủ tịch - Trưởng ban Chính sách pháp luật Liên đoàn Lao động tỉnh, giới thiệu các điểm mới: kê khai tài sản, thu nhập của người có chức vụ, quyền hạn; xử lý tài sản, thu nhập không giải trình được nguồn gốc. Nhiều ý kiến đề nghị kê khai phải công khai tại nơi làm việc ít nhất 15 ngày.
Các ông Trần Minh Tuấn, Hồ Văn Đức, Chủ tịch Công đoàn các khu công nghiệp, đề nghị bổ sung vai trò công đoàn giám sát ở doanh nghiệp có vốn nhà nước. Ông Nguyễn Hữu Trí, Chủ tịch Ủy ban MTTQ phường Bình Hòa, nơi có gần 80.000 người lao động thuê trọ, góp ý về cơ chế tiếp nhận phản ánh ở khu nhà trọ.
Theo thống kê của Liên đoàn Lao động tỉnh, năm 2017 các cấp công đoàn đã tiếp nhận 96 đơn phản ánh của người lao động, trong đó 17 đơn liên quan tiêu cực trong tuyển dụng, nâng bậc lương; khoảng 65% đơn đã được giải quyết dứt điểm thông qua đối thoại tại doanh nghiệp.
Kết luận hội nghị, ông Nguyễn Văn Lộc giao Ban Chính sách pháp luật hoàn thiện báo cáo gửi Tổng Liên đoàn trước ngày 15/6/2018. Dịp này, Liên đoàn Lao động tỉnh trao 30 suất quà, mỗi suất 500.000 đồng cho công nhân có hoàn cảnh khó khăn tại Khu công nghiệp VSIP.
Thái Hòa
Lượt xem: 658
Tin cùng chuyên mục
- Thuận An: tổ chức Tháng Công nhân năm 2018 (28/05/2018)
- Trao 25 Mái ấm Công đoàn cho đoàn viên khó khăn (15/05/2018)
- Đối thoại với công nhân về nhà ở xã hội (03/05/2018)
""", "2018-06-05", "Công nhân góp ý dự thảo Luật Phòng, chống tham nhũng (sửa đổi)",
E("hoi_nghi", None, "2018-06-04"),
[P("Nguyễn Văn Lộc", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Hoàng Phúc", "Chủ tịch Công đoàn Công ty TNHH Kumho Việt Nam"),
 P("Thạch Thị Sô Phal"),
 P("Đỗ Thị Bích Thủy", "Phó Chủ tịch - Trưởng ban Chính sách pháp luật Liên đoàn Lao động tỉnh"),
 P("Trần Minh Tuấn", "Chủ tịch Công đoàn các khu công nghiệp"),
 P("Hồ Văn Đức", "Chủ tịch Công đoàn các khu công nghiệp"),
 P("Nguyễn Hữu Trí", "Chủ tịch Ủy ban MTTQ phường Bình Hòa")],
[Q("140 đại biểu", 140, "đại biểu"), Q("12 công đoàn cấp trên cơ sở", 12, "công đoàn cấp trên cơ sở"),
 Q("46 buổi góp ý", 46, "buổi góp ý"), Q("hơn 3.200 lượt đoàn viên", 3200, "lượt đoàn viên", "over"),
 Q("528 ý kiến", 528, "ý kiến"), Q("214 ý kiến", 214, "ý kiến"), Q("trên 500 công nhân", 500, "công nhân", "over"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("gần 80.000 người lao động", 80000, "người lao động", "approx"),
 Q("96 đơn phản ánh", 96, "đơn phản ánh"), Q("17 đơn", 17, "đơn"), Q("khoảng 65%", 65, "%", "approx"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Công văn", "417", "TLĐ", "2018-04-10", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Công văn số 417/TLĐ ngày 10/4/2018"),
 D("Kế hoạch", "21", "KH-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "kế hoạch số 21/KH-LĐLĐ")],
[prov("Bình Dương"), prov("Trà Vinh"), com("Bình Hòa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "Trang chủ › Tin tức › Hoạt động Công đoàn", "Công nhân Công ty TNHH Kumho phát biểu.",
 "Luật Phòng, chống tham nhũng (sửa đổi)", "Khu công nghiệp VSIP", "Lượt xem: 658"],
["05/06/2018 - 08:20", "ít nhất 15 ngày", "năm 2017", "Lượt xem: 658"]))

PAGES.append(page("b3926-quangtri-tinhdoan-gopyluatthanhnien-2019", """
TỈNH ĐOÀN QUẢNG TRỊ - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị
Trang chủ >> Tin tức >> Tham gia xây dựng Đảng, chính quyền
10.04.2019 | 16:05
Ảnh: Đoàn viên thanh niên huyện Hướng Hóa thảo luận nhóm.
Diễn đàn “Thanh niên góp ý dự thảo Luật Thanh niên (sửa đổi)”: 57 ý kiến từ đoàn viên cơ sở
Sáng 09/4, Ban Thường vụ Tỉnh đoàn Quảng Trị tổ chức diễn đàn lấy ý kiến thanh niên góp ý dự thảo Luật Thanh niên (sửa đổi). Anh Lê Quang Hưng, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh và chị Trần Thị Ngọc Ánh, Phó Bí thư Thường trực Tỉnh đoàn nhiệm kỳ 2017 - 2022 chủ trì. Tham dự có 110 đoàn viên, hội viên, thanh niên công nhân, học sinh, thanh niên dân tộc Vân Kiều, Pa Kô.
Thực hiện Hướng dẫn số 58-HD/TWĐTN-PC của Ban Bí thư Trung ương Đoàn, Tỉnh đoàn đã ban hành kế hoạch số 95-KH/TĐTN-PTTN, chỉ đạo 10 huyện, thị, thành đoàn và 24 đoàn trực thuộc tổ chức lấy ý kiến. Sau một tháng, các cơ sở đã tổ chức 136 buổi sinh hoạt chuyên đề, 4.280 lượt đoàn viên tham gia, gửi về Tỉnh đoàn 57 ý kiến bằng văn bản; diễn đàn trực tuyến trên trang fanpage của Tỉnh đoàn có hơn 1.500 lượt bình luận.
Nhiều ý kiến đề nghị giữ độ tuổi thanh niên từ đủ 16 đến 30 tuổi. Anh Hồ Văn Ni, Bí thư Đoàn xã Hướng Lập, người Vân Kiều, đề nghị có chính sách riêng cho thanh niên dân tộc thiểu số học nghề, vay vốn khởi nghiệp; ở xã có 46 thanh niên đi làm ăn xa, 12 thanh niên chưa có việc làm. Chị Pả Thị Loan, Phó Bí thư Huyện đoàn Đakrông, cho rằng luật cần quy định trách nhiệm của chính quyền cấp xã khi đối thoại với thanh niên ít nhất mỗi năm một lần.
Anh Nguyễn Văn Đạt, Chủ tịch Hội Sinh viên Trường Đại học Quảng Trị, và chị Hồ Thị Xanh, Bí thư Chi đoàn thôn A Xóc, xã A Dơi, cùng đề nghị bổ sung chính sách về nhà ở cho thanh niên công nhân. Các anh Võ Minh Tâm, Đoàn Thanh Tùng - Phó Bí thư Tỉnh đoàn giải đáp thêm về các điểm mới về quyền, nghĩa vụ của thanh niên.
Kết luận diễn đàn, anh Lê Quang Hưng cho biết 57 ý kiến sẽ được tổng hợp gửi Ban Bí thư Trung ương Đoàn và Đoàn đại biểu Quốc hội tỉnh; Tỉnh đoàn sẽ trả lời bằng văn bản đối với 9 kiến nghị thuộc thẩm quyền địa phương. Dịp này, Tỉnh đoàn trao 20 suất học bổng “Thắp sáng ước mơ”, mỗi suất 1,5 triệu đồng cho học sinh người Vân Kiều, Pa Kô vượt khó.
Trong năm 2019, Tỉnh đoàn đặt chỉ tiêu phấn đấu có ít nhất 70% cơ sở Đoàn tổ chức sinh hoạt chuyên đề về Luật Thanh niên (sửa đổi) sau khi Quốc hội thông qua.
Hoàng Tuấn
Tin khác
- Ra mắt 5 mô hình thanh niên làm kinh tế giỏi ở vùng biên giới (02/04/2019)
- Tháng Thanh niên 2019: 1.000 đoàn viên ra quân làm đường (26/03/2019)
- Gặp mặt 25 thanh niên lên đường nhập ngũ (22/02/2019)
""", "2019-04-10", "Diễn đàn “Thanh niên góp ý dự thảo Luật Thanh niên (sửa đổi)”: 57 ý kiến từ đoàn viên cơ sở",
E("hoi_nghi", None, "2019-04-09"),
[P("Lê Quang Hưng", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Trần Thị Ngọc Ánh", "Phó Bí thư Thường trực Tỉnh đoàn nhiệm kỳ 2017 - 2022"),
 P("Hồ Văn Ni", "Bí thư Đoàn xã Hướng Lập"),
 P("Pả Thị Loan", "Phó Bí thư Huyện đoàn Đakrông"),
 P("Nguyễn Văn Đạt", "Chủ tịch Hội Sinh viên Trường Đại học Quảng Trị"),
 P("Hồ Thị Xanh", "Bí thư Chi đoàn thôn A Xóc"),
 P("Võ Minh Tâm", "Phó Bí thư Tỉnh đoàn"),
 P("Đoàn Thanh Tùng", "Phó Bí thư Tỉnh đoàn")],
[Q("110 đoàn viên, hội viên", 110, "đoàn viên, hội viên"), Q("10 huyện, thị, thành đoàn", 10, "huyện, thị, thành đoàn"),
 Q("24 đoàn trực thuộc", 24, "đoàn trực thuộc"), Q("136 buổi sinh hoạt chuyên đề", 136, "buổi sinh hoạt chuyên đề"),
 Q("4.280 lượt đoàn viên", 4280, "lượt đoàn viên"), Q("57 ý kiến", 57, "ý kiến"),
 Q("hơn 1.500 lượt bình luận", 1500, "lượt bình luận", "over"), Q("46 thanh niên", 46, "thanh niên"),
 Q("12 thanh niên", 12, "thanh niên"), Q("9 kiến nghị", 9, "kiến nghị"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("ít nhất 70%", 70, "%", "over")],
[D("Hướng dẫn", "58", "HD/TWĐTN-PC", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 58-HD/TWĐTN-PC"),
 D("Kế hoạch", "95", "KH/TĐTN-PTTN", None, "Tỉnh đoàn", "kế hoạch số 95-KH/TĐTN-PTTN")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Dơi")],
["TỈNH ĐOÀN QUẢNG TRỊ - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị", "Trang chủ >> Tin tức >> Tham gia xây dựng Đảng, chính quyền",
 "Ảnh: Đoàn viên thanh niên huyện Hướng Hóa thảo luận nhóm.", "Luật Thanh niên (sửa đổi)", "Thắp sáng ước mơ"],
["10.04.2019 | 16:05", "một tháng", "16 đến 30 tuổi", "mỗi năm một lần", "nhiệm kỳ 2017 - 2022", "năm 2019"]))

PAGES.append(page("b3927-phutho-mttq-gopyvankienxiii-2020", """
Báo Phú Thọ điện tử
Trang chủ - Chính trị - Xây dựng Đảng
Thứ Ba, 22/09/2020
Đồng chí Bùi Minh Châu phát biểu tại hội nghị.
Lắng nghe ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIII của Đảng
Baophutho.vn - Ngày 21/9, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị lấy ý kiến đóng góp của đại biểu các tầng lớp nhân dân vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Đồng chí Bùi Minh Châu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh dự và phát biểu. Đồng chí Hà Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Hội nghị có 150 đại biểu là Ủy viên Ủy ban MTTQ tỉnh, nhân sĩ, trí thức, cựu chiến binh, người có uy tín, doanh nhân, chức sắc tôn giáo. Thực hiện Hướng dẫn số 147/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 248-KH/TU ngày 03/9/2020 của Ban Thường vụ Tỉnh ủy, từ ngày 7 đến 18/9, Mặt trận các cấp đã tổ chức 2.312 hội nghị ở khu dân cư, 225 hội nghị cấp xã, thu được trên 18.600 ý kiến.
Tại hội nghị, 17 ý kiến phát biểu trực tiếp. Ông Đinh Công Sứ, người có uy tín khu Xóm Đồng, xã Thu Cúc, người Mường, đề nghị văn kiện nhấn mạnh giải pháp phát triển vùng đồng bào dân tộc thiểu số, miền núi, nơi tỷ lệ hộ nghèo của huyện Tân Sơn còn trên 17%. PGS.TS. Nguyễn Xuân Hải, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, góp ý về đổi mới mô hình tăng trưởng, chuyển đổi số.
Bà Xa Thị Hương, Chủ tịch Hội LHPN huyện Thanh Sơn, đề nghị bổ sung nội dung về bình đẳng giới trong công tác cán bộ; ông Hà Văn Thăng, Phó Chủ tịch Hội Cựu chiến binh tỉnh, đề nghị kiên quyết đấu tranh phòng, chống tham nhũng, lãng phí, “lợi ích nhóm”. Đại đức Thích Thanh Phong, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Phú Thọ, góp ý về phát huy nguồn lực tôn giáo trong an sinh xã hội.
Phát biểu tại hội nghị, đồng chí Bùi Minh Châu đánh giá cao 17 ý kiến tâm huyết, trách nhiệm; khẳng định Tỉnh ủy sẽ tổng hợp đầy đủ để gửi Trung ương. Đồng chí đề nghị Mặt trận các cấp phát huy vai trò trong phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, tiếp tục vận động nhân dân ủng hộ Quỹ “Vì người nghèo”, năm 2020 đã đạt 28,6 tỷ đồng.
Trước đó, Ủy ban MTTQ tỉnh đã tổng hợp, gửi Ban Thường vụ Tỉnh ủy Báo cáo số 92/BC-MTTQ-BTT về ý kiến góp ý vào dự thảo Báo cáo chính trị trình Đại hội XIX Đảng bộ tỉnh, với 6.420 ý kiến; trong đó khoảng 1.100 ý kiến đã được tiếp thu vào dự thảo trình Đại hội.
Thanh Nga
Các tin khác
- Hội Nông dân tỉnh góp ý dự thảo văn kiện Đại hội XIII (19/09/2020)
- Tam Nông: hơn 3.000 lượt người góp ý văn kiện (16/09/2020)
- MTTQ tỉnh trao 50 nhà Đại đoàn kết (10/09/2020)
""", "2020-09-22", "Lắng nghe ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIII của Đảng",
E("hoi_nghi", None, "2020-09-21"),
[P("Bùi Minh Châu", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Hà Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Sứ", "người có uy tín khu Xóm Đồng"),
 P("Nguyễn Xuân Hải", "PGS.TS.", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Xa Thị Hương", "Chủ tịch Hội LHPN huyện Thanh Sơn"),
 P("Hà Văn Thăng", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Thích Thanh Phong", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Phú Thọ")],
[Q("150 đại biểu", 150, "đại biểu"), Q("2.312 hội nghị", 2312, "hội nghị"), Q("225 hội nghị cấp xã", 225, "hội nghị cấp xã"),
 Q("trên 18.600 ý kiến", 18600, "ý kiến", "over"), Q("17 ý kiến", 17, "ý kiến"), Q("trên 17%", 17, "%", "over"),
 Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("6.420 ý kiến", 6420, "ý kiến"), Q("khoảng 1.100 ý kiến", 1100, "ý kiến", "approx")],
[D("Hướng dẫn", "147", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 147/HD-MTTW-BTT"),
 D("Kế hoạch", "248", "KH/TU", "2020-09-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 248-KH/TU ngày 03/9/2020"),
 D("Báo cáo", "92", "BC-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Báo cáo số 92/BC-MTTQ-BTT")],
[prov("Phú Thọ"), com("Thu Cúc")],
["Báo Phú Thọ điện tử", "Trang chủ - Chính trị - Xây dựng Đảng", "Đồng chí Bùi Minh Châu phát biểu tại hội nghị.", "Baophutho.vn",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "lợi ích nhóm"],
["Thứ Ba, 22/09/2020", "lần thứ XIII", "Đại hội XIII", "Đại hội XIX", "năm 2020"]))

PAGES.append(page("b3928-baclieu-dangbo-daihoixa-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẬU A - HUYỆN HÒA BÌNH - TỈNH BẠC LIÊU
Trang chủ / Tin tức sự kiện / Xây dựng Đảng
16 tháng 7, 2020 | 09:20
Đại hội Đảng bộ xã Vĩnh Hậu A lần thứ XII thành công tốt đẹp
Trong hai ngày 14 và 15/7/2020, Đảng bộ xã Vĩnh Hậu A long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025. Về dự có đồng chí Lâm Văn Thạnh, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện. Đại hội có 120 đại biểu chính thức, thay mặt cho 286 đảng viên của 19 chi bộ trực thuộc.
Đoàn Chủ tịch điều hành Đại hội.
Báo cáo chính trị trình Đại hội đã được lấy ý kiến rộng rãi: Ủy ban MTTQ xã và các đoàn thể tổ chức 9 hội nghị ở 9 ấp với 815 lượt người dự, thu được 312 ý kiến đóng góp; Ban Chấp hành Đảng bộ đã tiếp thu 64 ý kiến, trong đó có đề nghị đưa chỉ tiêu 100% tuyến lộ nông thôn được bê tông hóa vào nghị quyết. Đồng chí Danh Út, Phó Bí thư Thường trực Đảng ủy xã trình bày báo cáo tiếp thu, giải trình.
Nhiệm kỳ 2015 - 2020, thu nhập bình quân đầu người của xã đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 2,1%; nhân dân hiến hơn 12.000 m2 đất, đóng góp trên 3,4 tỷ đồng xây dựng 27 cây cầu, đường giao thông nông thôn. Xã đạt chuẩn nông thôn mới năm 2019 theo Quyết định số 2218/QĐ-UBND ngày 27/12/2019 của UBND tỉnh Bạc Liêu. Công tác dân vận được chú trọng: cả nhiệm kỳ, Ủy ban MTTQ xã vận động xây dựng 34 căn nhà Đại đoàn kết, hòa giải thành 41 vụ việc mâu thuẫn trong nhân dân, không để phát sinh đơn thư vượt cấp.
Tham luận tại Đại hội, bà Lý Thị Sà Ranh, Chủ tịch Hội LHPN xã, nêu kết quả vận động 146 hộ Khmer chuyển đổi sang nuôi tôm - lúa; ông Trần Văn Tám, Bí thư Chi bộ ấp Vĩnh Mẫu, chia sẻ cách làm “dân biết, dân bàn” khi làm đường. Đại hội đã nghe đồng chí Lâm Văn Thạnh truyền đạt ý kiến chỉ đạo của Ban Thường vụ Huyện ủy theo Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.
Đại hội bầu Ban Chấp hành Đảng bộ xã khóa XII gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Nguyễn Thanh Liêm được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025; các đồng chí Danh Út, Hồ Thị Ngọc Mai được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 8 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ huyện Hòa Bình lần thứ IV.
Đại hội thông qua Nghị quyết với 16 chỉ tiêu chủ yếu, trong đó kết nạp ít nhất 60 đảng viên mới trong nhiệm kỳ và phấn đấu 95% trở lên hộ gia đình đạt danh hiệu gia đình văn hóa.
Ngọc Hân
Lượt truy cập: 2.905
Tin liên quan
- Chi bộ ấp Vĩnh Mẫu tổ chức đại hội điểm (10/05/2020)
- Xã Vĩnh Hậu A lấy ý kiến nhân dân góp ý dự thảo văn kiện (22/06/2020)
- Ra mắt mô hình “Ấp văn hóa kiểu mẫu” (02/06/2020)
""", "2020-07-16", "Đại hội Đảng bộ xã Vĩnh Hậu A lần thứ XII thành công tốt đẹp",
E("dai_hoi", None, "2020-07-14"),
[P("Lâm Văn Thạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Danh Út", "Phó Bí thư Thường trực Đảng ủy xã", "Phó Bí thư Đảng ủy xã"),
 P("Lý Thị Sà Ranh", "Chủ tịch Hội LHPN xã"),
 P("Trần Văn Tám", "Bí thư Chi bộ ấp Vĩnh Mẫu"),
 P("Nguyễn Thanh Liêm", "Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025"),
 P("Hồ Thị Ngọc Mai", "Phó Bí thư Đảng ủy xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("286 đảng viên", 286, "đảng viên"),
 Q("19 chi bộ trực thuộc", 19, "chi bộ trực thuộc"), Q("9 hội nghị", 9, "hội nghị"), Q("9 ấp", 9, "ấp"),
 Q("815 lượt người", 815, "lượt người"), Q("312 ý kiến đóng góp", 312, "ý kiến"), Q("64 ý kiến", 64, "ý kiến"),
 Q("100% tuyến lộ nông thôn", 100, "%"), Q("52 triệu đồng/năm", 52000000, "đồng"), Q("2,1%", 2.1, "%"),
 Q("hơn 12.000 m2", 12000, "m2", "over"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("27 cây cầu, đường giao thông nông thôn", 27, "cây cầu, đường giao thông nông thôn"), Q("34 căn nhà Đại đoàn kết", 34, "căn nhà Đại đoàn kết"), Q("41 vụ việc mâu thuẫn", 41, "vụ việc mâu thuẫn"), Q("146 hộ Khmer", 146, "hộ Khmer"),
 Q("15 đồng chí", 15, "đồng chí"), Q("8 đại biểu chính thức", 8, "đại biểu chính thức"), Q("16 chỉ tiêu chủ yếu", 16, "chỉ tiêu chủ yếu"),
 Q("ít nhất 60 đảng viên mới", 60, "đảng viên mới", "over"), Q("95% trở lên", 95, "%", "over")],
[D("Quyết định", "2218", "QĐ-UBND", "2019-12-27", "UBND tỉnh", "Quyết định số 2218/QĐ-UBND ngày 27/12/2019"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẬU A - HUYỆN HÒA BÌNH - TỈNH BẠC LIÊU", "Trang chủ / Tin tức sự kiện / Xây dựng Đảng",
 "Đoàn Chủ tịch điều hành Đại hội.", "dân biết, dân bàn", "Lượt truy cập: 2.905"],
["16 tháng 7, 2020 | 09:20", "lần thứ XII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "năm 2019", "khóa XII", "lần thứ IV", "15 đồng chí", "Lượt truy cập: 2.905"]))
