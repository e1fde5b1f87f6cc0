from lib import *
PAGES = []

PAGES.append(page("b4139-bacgiang-linhmuc-2017", """
BẮC GIANG ĐIỆN TỬ - CƠ QUAN NGÔN LUẬN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH BẮC GIANG
Hôm nay: Thứ Hai, 15/05/2017
Trang chủ » Chính trị » Dân vận
Thứ Sáu, 12/05/2017 - 08:30
Đồng bào Công giáo xứ Đông Lý: "Sống tốt đời, đẹp đạo"
Những năm qua, dưới sự khích lệ của Linh mục Phêrô Nguyễn Văn Lượng, chánh xứ giáo xứ Đông Lý, 1.120 giáo dân ở xã Tân Hưng đã hiến hơn 5.200 m2 đất, góp trên 1,6 tỷ đồng làm đường, kênh mương nội đồng, đưa xã về đích nông thôn mới.
Linh mục Phêrô Nguyễn Văn Lượng (thứ ba từ phải) cùng cán bộ xã Tân Hưng kiểm tra tuyến đường mới. Ảnh: Minh Hương
Giáo xứ Đông Lý có 4 giáo họ với 286 hộ. Năm 2016, khi xã Tân Hưng, huyện Lạng Giang triển khai làm 3,7 km đường trục thôn, nhiều giáo dân còn e ngại vì phải phá dỡ cổng, tường rào. Trong các thánh lễ, linh mục Lượng khuyến khích giáo dân "việc làng là việc đạo", đồng thời nhà xứ ủng hộ trước 200 triệu đồng. Ông Giuse Trần Văn Thịnh, Trùm trưởng giáo họ Đông Lý, gia đình có 3 thế hệ theo đạo, là người đầu tiên phá tường rào, hiến 180 m2 đất. Sau 2 tháng, 73 hộ giáo dân trên tuyến đường đã ký cam kết hiến đất.
Ông Nguyễn Văn Tuyến, Bí thư Đảng ủy xã Tân Hưng, cho biết xã có 29% dân số theo đạo Công giáo. Thực hiện Kết luận 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và công tác dân vận vùng đồng bào có đạo, Đảng ủy xã giao đồng chí Lê Thị Thu, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trực tiếp phụ trách giáo xứ. Năm 2016, cả xã có 94% hộ giáo dân đạt gia đình văn hóa; 2 giáo họ được công nhận "Giáo họ văn hóa".
Các chức việc giáo xứ Đông Lý: Phaolô Hoàng Văn Kiên, Giuse Ngô Văn Đạt, Maria Nguyễn Thị Luyến - thành viên Hội đồng mục vụ giáo xứ, mỗi người phụ trách một tổ tự quản về an ninh trật tự. Nhờ đó 3 năm liền giáo xứ không có đơn thư vượt cấp, không có trẻ em bỏ học. Riêng bà Maria Nguyễn Thị Luyến đã vận động 46 chị em giáo dân vào Chi hội phụ nữ, lập 2 tổ vay vốn với dư nợ 1,35 tỷ đồng.
Đồng chí Dương Văn Thảo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, đánh giá Đông Lý là một trong 17 điển hình "Dân vận khéo" cấp tỉnh năm 2016. Theo đồng chí Nguyễn Thị Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, toàn tỉnh Bắc Giang có 108 giáo xứ, giáo họ tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; năm 2016 đồng bào Công giáo trong tỉnh hiến khoảng 46.000 m2 đất và đóng góp hơn 12 tỷ đồng xây dựng nông thôn mới.
Mới đây, UBND tỉnh đã tặng Bằng khen cho linh mục Phêrô Nguyễn Văn Lượng và 5 chức việc giáo xứ theo Quyết định số 612/QĐ-UBND ngày 20/4/2017.
Minh Hương
Lượt xem: 1.457
Các tin khác
- Yên Dũng: 250 giáo dân hiến đất làm đường (05/05/2017)
- Gặp gỡ chức sắc tôn giáo nhân dịp lễ Phục sinh (15/04/2017)
- Lục Ngạn sơ kết Quy chế dân chủ ở cơ sở (10/04/2017)
""", "2017-05-12", 'Đồng bào Công giáo xứ Đông Lý: "Sống tốt đời, đẹp đạo"',
E("khac", None, None),
[P("Phêrô Nguyễn Văn Lượng", "Linh mục", "chánh xứ giáo xứ Đông Lý"),
 P("Giuse Trần Văn Thịnh", "Trùm trưởng giáo họ Đông Lý"),
 P("Nguyễn Văn Tuyến", "Bí thư Đảng ủy xã Tân Hưng"),
 P("Lê Thị Thu", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Phaolô Hoàng Văn Kiên", "thành viên Hội đồng mục vụ giáo xứ"),
 P("Giuse Ngô Văn Đạt", "thành viên Hội đồng mục vụ giáo xứ"),
 P("Maria Nguyễn Thị Luyến", "thành viên Hội đồng mục vụ giáo xứ"),
 P("Dương Văn Thảo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.120 giáo dân", 1120, "giáo dân"), Q("hơn 5.200 m2", 5200, "m2", "over"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("4 giáo họ", 4, "giáo họ"), Q("286 hộ", 286, "hộ"), Q("3,7 km", 3.7, "km"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("180 m2", 180, "m2"), Q("73 hộ giáo dân", 73, "hộ giáo dân"), Q("29%", 29, "%"), Q("94%", 94, "%"), Q("2 giáo họ", 2, "giáo họ"),
 Q("46 chị em giáo dân", 46, "chị em giáo dân"), Q("2 tổ vay vốn", 2, "tổ vay vốn"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("17 điển hình", 17, "điển hình"), Q("108 giáo xứ, giáo họ", 108, "giáo xứ, giáo họ"),
 Q("khoảng 46.000 m2", 46000, "m2", "approx"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("5 chức việc", 5, "chức việc")],
[D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Quyết định", "612", "QĐ-UBND", "2017-04-20", None, "Quyết định số 612/QĐ-UBND ngày 20/4/2017")],
[prov("Bắc Giang"), com("Tân Hưng")],
["BẮC GIANG ĐIỆN TỬ - CƠ QUAN NGÔN LUẬN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH BẮC GIANG", "Trang chủ » Chính trị » Dân vận",
 "Linh mục Phêrô Nguyễn Văn Lượng (thứ ba từ phải) cùng cán bộ xã Tân Hưng kiểm tra tuyến đường mới. Ảnh: Minh Hương",
 "Sống tốt đời, đẹp đạo", "việc làng là việc đạo", "Giáo họ văn hóa", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.457"],
["Hôm nay: Thứ Hai, 15/05/2017", "Thứ Sáu, 12/05/2017 - 08:30", "3 thế hệ", "Sau 2 tháng", "3 năm liền", "Năm 2016", "Lượt xem: 1.457"]))

PAGES.append(page("b4140-binhdinh-thanhnien-2018", """
TỈNH ĐOÀN BÌNH ĐỊNH
Tin tức - Sự kiện / Phong trào tình nguyện
07.09.2018 | 15:10
Bình Định: Tuyên dương 58 thanh niên tình nguyện tiêu biểu hè 2018
Chiều 6/9, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị tổng kết chiến dịch thanh niên tình nguyện hè năm 2018 và tuyên dương 58 thanh niên tình nguyện tiêu biểu. Dự có đồng chí Lê Kim Thành, Phó Bí thư Tỉnh ủy; đồng chí Trần Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Lê Kim Thành trao Bằng khen cho các thanh niên tiêu biểu.
Hè 2018, các cấp bộ Đoàn đã huy động 14.620 lượt đoàn viên, thanh niên tham gia 3 chiến dịch "Thanh niên tình nguyện hè", "Hoa phượng đỏ", "Kỳ nghỉ hồng"; làm mới, sửa chữa 87 km đường giao thông nông thôn, xây 16 "Nhà nhân ái", tổ chức 32 đợt hiến máu thu về 4.250 đơn vị máu. Tổng giá trị các công trình, phần việc đạt khoảng 9,8 tỷ đồng.
Trong số 58 thanh niên được tuyên dương có nhiều gương mặt tiêu biểu. Anh Đinh Văn Thiên, Bí thư Chi đoàn thôn Hà Ri, xã Vĩnh Kim, người Ba Na, đã cùng 25 đoàn viên mở 2,4 km đường lên khu sản xuất, vận động 31 hộ đồng bào chuyển sang trồng keo. Chị Nguyễn Thị Kim Liên, sinh viên năm thứ ba Trường Đại học Quy Nhơn, Đội trưởng Đội hình tình nguyện "Tiếp sức mùa thi", điều phối 320 tình nguyện viên hỗ trợ 6.500 thí sinh. Anh Võ Minh Trí, Phó Bí thư Đoàn xã Nhơn Hậu, vận động doanh nghiệp tặng 120 chiếc xe đạp cho học sinh nghèo, mỗi chiếc trị giá 1,5 triệu đồng.
Phát biểu tại hội nghị, đồng chí Trần Thị Hồng Hạnh đánh giá chiến dịch là "trường học thực tiễn" giúp đoàn viên rèn luyện; đề nghị Tỉnh đoàn tiếp tục thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên và Chỉ thị 42-CT/TW của Ban Bí thư về giáo dục lý tưởng cách mạng cho thế hệ trẻ. Đồng chí Đặng Văn Hiếu, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn đã ban hành kế hoạch số 96-KH/TĐTN, hướng dẫn số 11-HD/TĐTN về tổ chức chiến dịch; đến nay 100% cơ sở Đoàn tham gia.
Dịp này, Ban Thường vụ Trung ương Đoàn tặng Bằng khen cho 5 tập thể, 8 cá nhân; Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho 22 tập thể và 36 cá nhân. Các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Ngọc Thiện, Lê Thị Kiều Oanh trao giấy chứng nhận cho các đội hình.
Nhiều ý kiến tại hội nghị đề xuất Tỉnh đoàn có cơ chế hỗ trợ kinh phí cho đội hình tình nguyện ở các xã miền núi An Lão, Vĩnh Thạnh, Vân Canh; tăng cường phối hợp với Ban Dân vận các huyện ủy để phần việc của thanh niên gắn với phong trào "Dân vận khéo". Anh Lê Văn Bảo, Bí thư Huyện đoàn Vân Canh, cho biết huyện đoàn đã nhận đỡ đầu 45 em thiếu nhi người Chăm H'roi.
Ảnh: Hoàng Quân
Hoàng Quân
Số lượt truy cập: 128.406
Tin liên quan
- Khởi động chiến dịch Thanh niên tình nguyện hè 2018 (25/05/2018)
- 300 tình nguyện viên tiếp sức mùa thi (20/06/2018)
- Hoài Nhơn: Thanh niên làm 12 km đường bê tông (15/08/2018)
""", "2018-09-07", "Bình Định: Tuyên dương 58 thanh niên tình nguyện tiêu biểu hè 2018",
E("tong_ket", "2018", "2018-09-06"),
[P("Lê Kim Thành", "Phó Bí thư Tỉnh ủy"),
 P("Trần Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thiên", "Bí thư Chi đoàn thôn Hà Ri"),
 P("Nguyễn Thị Kim Liên", "sinh viên năm thứ ba Trường Đại học Quy Nhơn", "Đội trưởng Đội hình tình nguyện \"Tiếp sức mùa thi\""),
 P("Võ Minh Trí", "Phó Bí thư Đoàn xã Nhơn Hậu"),
 P("Đặng Văn Hiếu", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Ngọc Thiện", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Thị Kiều Oanh", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Văn Bảo", "Bí thư Huyện đoàn Vân Canh")],
[Q("58 thanh niên tình nguyện tiêu biểu", 58, "thanh niên tình nguyện tiêu biểu"),
 Q("14.620 lượt đoàn viên, thanh niên", 14620, "lượt đoàn viên, thanh niên"), Q("3 chiến dịch", 3, "chiến dịch"),
 Q("87 km", 87, "km"), Q("16 \"Nhà nhân ái\"", 16, "Nhà nhân ái"), Q("32 đợt hiến máu", 32, "đợt hiến máu"),
 Q("4.250 đơn vị máu", 4250, "đơn vị máu"), Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"),
 Q("25 đoàn viên", 25, "đoàn viên"), Q("2,4 km", 2.4, "km"), Q("31 hộ đồng bào", 31, "hộ đồng bào"),
 Q("320 tình nguyện viên", 320, "tình nguyện viên"), Q("6.500 thí sinh", 6500, "thí sinh"),
 Q("120 chiếc xe đạp", 120, "chiếc xe đạp"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("100% cơ sở Đoàn", 100, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("22 tập thể", 22, "tập thể"), Q("36 cá nhân", 36, "cá nhân"), Q("45 em thiếu nhi người Chăm H'roi", 45, "em thiếu nhi người Chăm H'roi")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW"),
 D("Kế hoạch", "96", "KH/TĐTN", None, "Tỉnh đoàn", "kế hoạch số 96-KH/TĐTN"),
 D("Hướng dẫn", "11", "HD/TĐTN", None, "Tỉnh đoàn", "hướng dẫn số 11-HD/TĐTN")],
[prov("Bình Định"), com("Vĩnh Kim"), com("Nhơn Hậu")],
["TỈNH ĐOÀN BÌNH ĐỊNH", "Tin tức - Sự kiện / Phong trào tình nguyện", "Đồng chí Lê Kim Thành trao Bằng khen cho các thanh niên tiêu biểu.",
 "Thanh niên tình nguyện hè", "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Tiếp sức mùa thi", "trường học thực tiễn", "Dân vận khéo", "Số lượt truy cập: 128.406"],
["07.09.2018 | 15:10", "hè 2018", "năm 2018", "năm thứ ba", "Số lượt truy cập: 128.406"]))

PAGES.append(page("b4141-laocai-phunu-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ > Tin tức > Hoạt động Hội
Cập nhật lúc 17:20 ngày 28/12/2018
Gặp mặt, biểu dương 75 phụ nữ dân tộc thiểu số tiêu biểu năm 2018
Ngày 27/12, Hội LHPN tỉnh Lào Cai tổ chức hội nghị gặp mặt, biểu dương phụ nữ dân tộc thiểu số tiêu biểu năm 2018. 75 chị đến từ 9 huyện, thị xã, thành phố, thuộc 14 dân tộc, được biểu dương vì những đóng góp trong phát triển kinh tế, giữ gìn bản sắc và vận động chị em xóa bỏ hủ tục.
Toàn cảnh hội nghị gặp mặt.
Dự hội nghị có các đồng chí: Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Vàng Thị Mai, Chủ tịch Hội LHPN tỉnh; Hoàng Thị Thảo - Phó Chủ tịch Hội LHPN tỉnh.
Năm 2018, các cấp Hội đã vận động 3.240 hội viên thoát nghèo, thành lập 85 tổ hợp tác, 12 hợp tác xã do phụ nữ làm chủ; giải ngân trên 540 tỷ đồng vốn vay ưu đãi cho khoảng 21.000 hội viên. Phong trào "Phụ nữ Lào Cai không tảo hôn, không sinh con thứ ba" giúp giảm 38 cặp tảo hôn so với năm 2017.
Trong các điển hình, chị Sùng Thị Sở, dân tộc Mông, Chủ tịch Hội LHPN xã Bản Phố, đã thuyết phục 17 gia đình hủy bỏ đám cưới tảo hôn, vận động 62 chị em trồng 45 ha lê Tai Nung. Chị Lù Thị Dính, người Hà Nhì ở xã Y Tý, Chi hội trưởng phụ nữ thôn Choản Thèn, mở lớp dạy thêu thổ cẩm cho 40 chị em, sản phẩm bán cho khách du lịch thu trên 300 triệu đồng mỗi năm. Chị Tẩn Mẩy Chiêu, người Dao đỏ, Giám đốc Hợp tác xã thuốc tắm Dao đỏ xã Tả Phìn, tạo việc làm cho 27 lao động nữ với thu nhập bình quân 4 triệu đồng/người/tháng.
Phát biểu tại hội nghị, đồng chí Giàng Thị Dung ghi nhận những nỗ lực của chị em, đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị, Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, và Đề án 1 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ".
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng giấy khen cho các chị; mỗi chị được nhận phần quà trị giá 1 triệu đồng do Ngân hàng Chính sách xã hội tỉnh hỗ trợ. Các chị Sùng Thị Sở, Lù Thị Dính, Tẩn Mẩy Chiêu được đề nghị Trung ương Hội LHPN Việt Nam tặng Bằng khen.
Chia sẻ tại hội nghị, chị Sùng Thị Sở kể: "Có nhà đã mổ lợn làm cỗ cưới con gái 15 tuổi, mình phải đến 4 lần, mang cả Luật Hôn nhân và gia đình ra giải thích". Ông Lý Seo Chứ, Bí thư Đảng ủy xã Bản Phố, đánh giá chị Sở là "cán bộ Hội nói ít làm nhiều"; năm 2018 xã không còn trường hợp tảo hôn, tỷ lệ hộ nghèo giảm còn 31,5%. Đồng chí Vàng Thị Mai cho biết năm 2019 Hội phấn đấu giúp thêm 2.500 hội viên thoát nghèo.
Thu Hằng
Lượt truy cập: 203.118
Tin khác
- Bát Xát: 500 phụ nữ tham gia Ngày hội văn hóa (20/12/2018)
- Hội thi "Phụ nữ khéo tay" năm 2018 (14/12/2018)
- Ra mắt mô hình "Tổ phụ nữ tự quản" ở Sa Pa (05/12/2018)
""", "2018-12-28", "Gặp mặt, biểu dương 75 phụ nữ dân tộc thiểu số tiêu biểu năm 2018",
E("hoi_nghi", "2018", "2018-12-27"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vàng Thị Mai", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Thảo", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Sở", "Chủ tịch Hội LHPN xã Bản Phố"),
 P("Lù Thị Dính", "Chi hội trưởng phụ nữ thôn Choản Thèn"),
 P("Tẩn Mẩy Chiêu", "Giám đốc Hợp tác xã thuốc tắm Dao đỏ xã Tả Phìn"),
 P("Lý Seo Chứ", "Bí thư Đảng ủy xã Bản Phố")],
[Q("75 phụ nữ dân tộc thiểu số tiêu biểu", 75, "phụ nữ dân tộc thiểu số tiêu biểu"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("14 dân tộc", 14, "dân tộc"), Q("3.240 hội viên", 3240, "hội viên"), Q("85 tổ hợp tác", 85, "tổ hợp tác"),
 Q("12 hợp tác xã", 12, "hợp tác xã"), Q("trên 540 tỷ đồng", 540000000000, "đồng", "over"),
 Q("khoảng 21.000 hội viên", 21000, "hội viên", "approx"), Q("38 cặp tảo hôn", 38, "cặp tảo hôn"), Q("17 gia đình", 17, "gia đình"),
 Q("62 chị em", 62, "chị em"), Q("45 ha", 45, "ha"), Q("40 chị em", 40, "chị em"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"),
 Q("27 lao động nữ", 27, "lao động nữ"), Q("4 triệu đồng", 4000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("31,5%", 31.5, "%"), Q("2.500 hội viên", 2500, "hội viên")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Lào Cai"), com("Bản Phố"), com("Y Tý"), com("Tả Phìn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ > Tin tức > Hoạt động Hội", "Toàn cảnh hội nghị gặp mặt.",
 "Phụ nữ Lào Cai không tảo hôn, không sinh con thứ ba", "Đề án 1",
 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ",
 "Ngân hàng Chính sách xã hội tỉnh", "Luật Hôn nhân và gia đình", "cán bộ Hội nói ít làm nhiều", "Lượt truy cập: 203.118"],
["Cập nhật lúc 17:20 ngày 28/12/2018", "năm 2018", "năm 2017", "con thứ ba", "Đề án 1", "15 tuổi", "năm 2019", "Lượt truy cập: 203.118"]))

PAGES.append(page("b4142-daklak-daihoi-dtts-2019", """
Báo Đắk Lắk điện tử
Thời sự - Chính trị / Dân tộc - Tôn giáo
2019-07-03 10:12
Ảnh: Các đại biểu dự Đại hội chụp ảnh lưu niệm.
Đại hội đại biểu các dân tộc thiểu số huyện Krông Bông lần thứ III: 150 đại biểu tiêu biểu về dự
Ngày 2/7, huyện Krông Bông tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ III. 150 đại biểu chính thức là già làng, người có uy tín, chức sắc tôn giáo, doanh nhân, cán bộ, học sinh tiêu biểu của 11 dân tộc thiểu số trên địa bàn huyện về dự.
Đến dự và chỉ đạo Đại hội có đồng chí Y Khoa Niê, Phó Chủ tịch UBND tỉnh; đồng chí H'Bia Ayŭn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Huyện Krông Bông có 23.600 người dân tộc thiểu số, chiếm 26,4% dân số. Giai đoạn 2014 - 2019, đồng bào đã hiến trên 38 ha đất, góp 42.000 ngày công làm đường, trường học; tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 41,2% xuống còn 19,8%. Toàn huyện có 96 người có uy tín được hưởng chính sách theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Đại hội biểu dương 45 tập thể và 82 cá nhân tiêu biểu. Trong đó có già làng Y Bhiêr Mlô, buôn Cư Păm, xã Cư Kty, hiến 2.000 m2 đất xây nhà văn hóa cộng đồng; ông Y Thông Byă, Mục sư Quản nhiệm Chi hội Tin lành Cư Pui, vận động tín đồ thực hiện "sống phúc âm, phụng sự Thiên Chúa, phụng sự Tổ quốc và dân tộc"; bà H'Nga Êban, Giám đốc Hợp tác xã Dịch vụ nông nghiệp Ea Trul, tiêu thụ cà phê cho 136 hộ với giá cao hơn thị trường khoảng 5%; em H'Lan Niê, học sinh lớp 12 Trường THPT Krông Bông, đạt giải Nhì học sinh giỏi tỉnh.
Đại hội đã bầu 34 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ III. Ông Nguyễn Văn Thâm, Bí thư Huyện ủy Krông Bông, yêu cầu các cấp tiếp tục thực hiện Chỉ thị 19, 20-CT/HU của Ban Thường vụ Huyện ủy về công tác dân tộc và công tác người có uy tín; thực hiện có hiệu quả Chương trình hành động số 21-CTr/HU của Huyện ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân; UBND huyện tặng giấy khen cho 37 tập thể, 70 cá nhân, tổng tiền thưởng hơn 90 triệu đồng.
Phát biểu tại Đại hội, đồng chí H'Bia Ayŭn đề nghị huyện quan tâm hơn đến đội ngũ người có uy tín, kịp thời nắm tâm tư, nguyện vọng của đồng bào; phát huy vai trò các chức sắc, chức việc trong vận động tín đồ sống "tốt đời, đẹp đạo". Ông Y Wai Niê, Trưởng Ban Dân vận Huyện ủy, cho biết 5 năm qua huyện đã xây dựng 27 mô hình "Dân vận khéo" ở các buôn, trong đó 9 mô hình cấp tỉnh, vận động đồng bào xóa 146 căn nhà tạm. Dịp này, 12 doanh nghiệp đã tặng 150 phần quà cho các đại biểu, mỗi phần trị giá 300.000 đồng.
Hoàng Gia
Lượt xem: 967
Bài viết liên quan
- Ea Kar: Đại hội đại biểu các dân tộc thiểu số lần thứ III (25/06/2019)
- Tôn vinh người có uy tín tiêu biểu (12/06/2019)
""", "2019-07-03", "Đại hội đại biểu các dân tộc thiểu số huyện Krông Bông lần thứ III: 150 đại biểu tiêu biểu về dự",
E("dai_hoi", None, "2019-07-02"),
[P("Y Khoa Niê", "Phó Chủ tịch UBND tỉnh"),
 P("H'Bia Ayŭn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiêr Mlô", "già làng"),
 P("Y Thông Byă", "Mục sư Quản nhiệm Chi hội Tin lành Cư Pui"),
 P("H'Nga Êban", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp Ea Trul"),
 P("H'Lan Niê", "học sinh lớp 12 Trường THPT Krông Bông"),
 P("Nguyễn Văn Thâm", "Bí thư Huyện ủy Krông Bông"),
 P("Y Wai Niê", "Trưởng Ban Dân vận Huyện ủy")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"),
 Q("11 dân tộc thiểu số", 11, "dân tộc thiểu số"), Q("23.600 người dân tộc thiểu số", 23600, "người dân tộc thiểu số"),
 Q("26,4%", 26.4, "%"), Q("trên 38 ha", 38, "ha", "over"), Q("42.000 ngày công", 42000, "ngày công"), Q("41,2%", 41.2, "%"),
 Q("19,8%", 19.8, "%"), Q("96 người có uy tín", 96, "người có uy tín"), Q("45 tập thể", 45, "tập thể"),
 Q("82 cá nhân tiêu biểu", 82, "cá nhân tiêu biểu"), Q("2.000 m2", 2000, "m2"), Q("136 hộ", 136, "hộ"),
 Q("khoảng 5%", 5, "%", "approx"), Q("34 đại biểu", 34, "đại biểu"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("37 tập thể", 37, "tập thể"), Q("70 cá nhân", 70, "cá nhân"), Q("hơn 90 triệu đồng", 90000000, "đồng", "over"),
 Q("27 mô hình", 27, "mô hình"), Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh"), Q("146 căn nhà tạm", 146, "căn nhà tạm"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("150 phần quà", 150, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 19, 20-CT/HU"),
 D("Chỉ thị", "20", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 19, 20-CT/HU"),
 D("Chương trình hành động", "21", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 21-CTr/HU")],
[prov("Đắk Lắk"), com("Cư Kty")],
["Báo Đắk Lắk điện tử", "Thời sự - Chính trị / Dân tộc - Tôn giáo", "Ảnh: Các đại biểu dự Đại hội chụp ảnh lưu niệm.",
 "sống phúc âm, phụng sự Thiên Chúa, phụng sự Tổ quốc và dân tộc", "tốt đời, đẹp đạo", "Dân vận khéo", "Lượt xem: 967"],
["2019-07-03 10:12", "lần thứ III", "Giai đoạn 2014 - 2019", "lớp 12", "giải Nhì", "5 năm qua", "Lượt xem: 967"]))

PAGES.append(page("b4143-angiang-tongiao-2019", """
Cổng Thông tin điện tử tỉnh An Giang
Trang chủ | Tin tức - Sự kiện | Đại đoàn kết
22 tháng 11, 2019 | 09:00
Những "cánh chim đầu đàn" của khối đại đoàn kết ở vùng đồng bào Chăm, Khmer
Trong không khí hướng tới Ngày hội Đại đoàn kết toàn dân tộc (18/11), Ủy ban MTTQ Việt Nam tỉnh An Giang đã chọn 30 gương tiêu biểu ở các khóm, ấp để tuyên dương. Nổi bật trong số đó là những chức sắc tôn giáo, người có uy tín vùng đồng bào Chăm, Khmer và tín đồ Phật giáo Hòa Hảo.
Ông Haji Mohamad (giữa) trao đổi với cán bộ Mặt trận xã Châu Phong. Ảnh: Thanh Tiến
Ông Haji Mohamad, Hakim thánh đường Mubarak, xã Châu Phong, thị xã Tân Châu, 20 năm qua đã vận động bà con Chăm Islam góp gần 800 triệu đồng làm 4 cây cầu nông thôn, 1,2 km đường đan. Ông còn mở lớp dạy tiếng Việt cho 65 phụ nữ Chăm, giúp 11 thanh niên tìm việc làm ở các khu công nghiệp. "Ở đây đường sá tốt, con nít được đi học, bà con ai cũng vui", ông nói.
Ở xã Ô Lâm, huyện Tri Tôn, Hòa thượng Chau Ty, trụ trì chùa Phnom Pi, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, dành khuôn viên chùa làm điểm dạy chữ Khmer cho 180 em. Ông Chau Sốc Phi, người có uy tín phum Phnom Pi, đứng ra hòa giải thành 9 vụ tranh chấp ranh đất.
Ông Nguyễn Văn Thìn, tín đồ Phật giáo Hòa Hảo ở xã Mỹ Hội Đông, huyện Chợ Mới, Trưởng Ban Công tác Mặt trận ấp Mỹ Hòa, 10 năm qua cùng Ban Trị sự phật giáo Hòa Hảo xã góp tiền, vật liệu xây 57 căn nhà cho hộ nghèo, tổng trị giá khoảng 2,6 tỷ đồng; nấu cơm từ thiện mỗi ngày cho khoảng 300 bệnh nhân Bệnh viện Đa khoa khu vực tỉnh.
Bà Nguyễn Thị Ngọc Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết năm 2019 toàn tỉnh tổ chức Ngày hội ở 889 khu dân cư, vận động xây 1.170 căn nhà Đại đoàn kết; hơn 94% hộ đạt chuẩn gia đình văn hóa. Thực hiện Chỉ thị 17-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch 226/KH-MTTQ-BTT, Mặt trận các cấp đã biểu dương khoảng 1.200 cá nhân tiêu biểu trong khu dân cư.
Theo đồng chí Châu Văn Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, An Giang có gần 1,2 triệu tín đồ các tôn giáo, chiếm trên 50% dân số; các chức sắc, chức việc là "cầu nối" giữa Đảng, chính quyền với đồng bào. Từ các gương điển hình, tỉnh đã nhân rộng 63 mô hình "Dân vận khéo" trong vùng tôn giáo.
Tại buổi gặp mặt ngày 20/11, ông Đỗ Văn Hòa, Bí thư Đảng ủy xã Châu Phong, cho biết xã có 2.750 hộ người Chăm với 7 thánh đường, tiểu thánh đường; năm 2019 xã vận động được 412 triệu đồng cho Quỹ "Vì người nghèo", hỗ trợ 38 hộ Chăm nghèo vay vốn dệt thổ cẩm. Bà Néang Sa Vy, Phó Chủ tịch Hội LHPN xã Ô Lâm, kể chính Hòa thượng Chau Ty đã khuyên 14 gia đình đưa con gái trở lại trường.
Thanh Tiến
Lượt xem: 2.045
Tin liên quan
- Châu Đốc: Ngày hội Đại đoàn kết ở khóm Châu Long 8 (16/11/2019)
- Tri Tôn trao 100 căn nhà Đại đoàn kết (08/11/2019)
""", "2019-11-22", 'Những "cánh chim đầu đàn" của khối đại đoàn kết ở vùng đồng bào Chăm, Khmer',
E("khac", None, None),
[P("Haji Mohamad", "Hakim thánh đường Mubarak"),
 P("Chau Ty", "Hòa thượng", "trụ trì chùa Phnom Pi", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Chau Sốc Phi", "người có uy tín phum Phnom Pi"),
 P("Nguyễn Văn Thìn", "Trưởng Ban Công tác Mặt trận ấp Mỹ Hòa"),
 P("Nguyễn Thị Ngọc Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Hòa", "Bí thư Đảng ủy xã Châu Phong"),
 P("Néang Sa Vy", "Phó Chủ tịch Hội LHPN xã Ô Lâm"),
 P("Châu Văn Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("30 gương tiêu biểu", 30, "gương tiêu biểu"), Q("gần 800 triệu đồng", 800000000, "đồng", "approx"), Q("4 cây cầu nông thôn", 4, "cây cầu nông thôn"),
 Q("1,2 km", 1.2, "km"), Q("65 phụ nữ Chăm", 65, "phụ nữ Chăm"), Q("11 thanh niên", 11, "thanh niên"), Q("180 em", 180, "em"),
 Q("9 vụ tranh chấp ranh đất", 9, "vụ tranh chấp ranh đất"), Q("57 căn nhà", 57, "căn nhà"),
 Q("khoảng 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("khoảng 300 bệnh nhân", 300, "bệnh nhân", "approx"),
 Q("889 khu dân cư", 889, "khu dân cư"), Q("1.170 căn nhà Đại đoàn kết", 1170, "căn nhà Đại đoàn kết"), Q("hơn 94%", 94, "%", "over"),
 Q("khoảng 1.200 cá nhân tiêu biểu", 1200, "cá nhân tiêu biểu", "approx"), Q("gần 1,2 triệu tín đồ", 1200000, "tín đồ", "approx"),
 Q("trên 50%", 50, "%", "over"), Q("63 mô hình", 63, "mô hình"),
 Q("2.750 hộ người Chăm", 2750, "hộ người Chăm"), Q("7 thánh đường, tiểu thánh đường", 7, "thánh đường, tiểu thánh đường"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("38 hộ Chăm nghèo", 38, "hộ Chăm nghèo"), Q("14 gia đình", 14, "gia đình")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17-CT/TU"),
 D("Kế hoạch", "226", "KH-MTTQ-BTT", None, None, "Kế hoạch 226/KH-MTTQ-BTT")],
[prov("An Giang"), com("Châu Phong"), com("Ô Lâm"), com("Mỹ Hội Đông")],
["Cổng Thông tin điện tử tỉnh An Giang", "Trang chủ | Tin tức - Sự kiện | Đại đoàn kết",
 "Ông Haji Mohamad (giữa) trao đổi với cán bộ Mặt trận xã Châu Phong. Ảnh: Thanh Tiến", "cánh chim đầu đàn",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Dân vận khéo", "Vì người nghèo", "Lượt xem: 2.045"],
["22 tháng 11, 2019 | 09:00", "(18/11)", "20 năm qua", "10 năm qua", "năm 2019", "Lượt xem: 2.045"]))

PAGES.append(page("b4144-thanhhoa-doanhnhan-lu-2020", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Xã hội >> Nhân ái
16/10/2020 06:00
Nữ doanh nhân mang 2.000 suất quà đến với người dân vùng lũ
Sáng 15/10, Ủy ban MTTQ tỉnh phối hợp bà Lê Thị Hằng Nga, Ủy viên Ban Chấp hành Hội Doanh nhân trẻ tỉnh, Giám đốc Công ty TNHH Thương mại Hằng Nga, trao 2.000 suất quà cho người dân bị ảnh hưởng lũ lụt ở các huyện Hà Trung, Nga Sơn, tổng trị giá trên 1 tỷ đồng.
Ảnh: Bà Lê Thị Hằng Nga trao quà cho người dân xã Hà Lĩnh.
Mỗi suất quà gồm 20 kg gạo, 1 thùng mì, nước mắm và 300.000 đồng tiền mặt. Cùng đi trao quà có các đồng chí: Phạm Văn Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Nguyễn Thị Hồng Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh; Lê Văn Toàn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Hà Trung.
Đợt mưa lũ từ ngày 6 đến 10/10 làm 2 người chết, 1.860 ngôi nhà bị ngập, hơn 3.500 ha lúa mùa và hoa màu hư hại. Riêng xã Hà Lĩnh có 412 hộ bị ngập sâu, trong đó 96 hộ nghèo, hộ cận nghèo. Ông Trịnh Văn Luyện, Chủ tịch Ủy ban MTTQ xã Hà Lĩnh, cho biết ngay sau lũ, 28 tổ "Nhóm Zalo hàng xóm" cùng 150 đoàn viên, hội viên đã giúp bà con dọn bùn, dựng lại 36 căn nhà tạm.
Sinh năm 1982 ở xã Nga Thạch, huyện Nga Sơn, bà Hằng Nga từng bán tạp hóa trước khi lập công ty kinh doanh nông sản. Hiện doanh nghiệp có 86 lao động, doanh thu năm 2019 đạt 47 tỷ đồng. Từ năm 2016, bà đã ủng hộ Quỹ "Vì người nghèo" và các chương trình an sinh khoảng 3,4 tỷ đồng, xây 9 nhà Đại đoàn kết, nhận đỡ đầu 15 học sinh mồ côi đến khi học xong lớp 12.
Đồng chí Phạm Văn Tuân cảm ơn tấm lòng của nữ doanh nhân, cho biết thực hiện Hướng dẫn số 36/HD-MTTQ-BTT và Kế hoạch 152/KH-MTTQ-BTT ngày 12/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ đồng bào bị thiệt hại do lũ lụt, đến ngày 14/10 Ủy ban MTTQ tỉnh đã tiếp nhận 8,76 tỷ đồng, trong đó 62 doanh nghiệp ủng hộ trên 5 tỷ đồng. Đồng chí cũng biểu dương Hội Doanh nhân trẻ tỉnh với 40 hội viên đã tham gia cứu trợ.
Bà Đỗ Thị Lan, hộ nghèo thôn Thạch Lâm, xã Hà Lĩnh, có căn nhà bị ngập gần 1,5 m nước, rưng rưng khi nhận quà. Cùng ngày, đoàn còn trao 50 triệu đồng hỗ trợ xã Hà Lĩnh sửa chữa trường mầm non.
Theo Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa, năm 2020 toàn tỉnh có khoảng 1.150 doanh nghiệp, doanh nhân tham gia các hoạt động an sinh; 35 doanh nhân tiêu biểu đã được UBND tỉnh tặng Bằng khen. Ông Nguyễn Văn Phú, Chủ tịch Hội Doanh nhân trẻ tỉnh, cho biết bà Hằng Nga là một trong những hội viên "không bao giờ vắng mặt" mỗi khi có thiên tai. Năm 2019, bà được Trung ương Hội Doanh nhân trẻ Việt Nam tặng danh hiệu "Doanh nhân trẻ tiêu biểu".
Khánh Phương
Lượt truy cập: 6.891
Tin khác
- Nga Sơn: 1.000 suất quà đến với vùng ngập (13/10/2020)
- Các đoàn viên thanh niên giúp dân dọn dẹp sau lũ (12/10/2020)
""", "2020-10-16", "Nữ doanh nhân mang 2.000 suất quà đến với người dân vùng lũ",
E("trao_qua", None, "2020-10-15"),
[P("Lê Thị Hằng Nga", "Ủy viên Ban Chấp hành Hội Doanh nhân trẻ tỉnh", "Giám đốc Công ty TNHH Thương mại Hằng Nga"),
 P("Phạm Văn Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hồng Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Toàn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Hà Trung"),
 P("Trịnh Văn Luyện", "Chủ tịch Ủy ban MTTQ xã Hà Lĩnh"),
 P("Đỗ Thị Lan"),
 P("Nguyễn Văn Phú", "Chủ tịch Hội Doanh nhân trẻ tỉnh")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("20 kg", 20, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("2 người", 2, "người"), Q("1.860 ngôi nhà", 1860, "ngôi nhà"), Q("hơn 3.500 ha", 3500, "ha", "over"),
 Q("412 hộ", 412, "hộ"), Q("96 hộ nghèo, hộ cận nghèo", 96, "hộ nghèo, hộ cận nghèo"), Q("28 tổ", 28, "tổ"),
 Q("150 đoàn viên, hội viên", 150, "đoàn viên, hội viên"), Q("36 căn nhà tạm", 36, "căn nhà tạm"), Q("86 lao động", 86, "lao động"),
 Q("47 tỷ đồng", 47000000000, "đồng"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("9 nhà Đại đoàn kết", 9, "nhà Đại đoàn kết"),
 Q("15 học sinh mồ côi", 15, "học sinh mồ côi"), Q("8,76 tỷ đồng", 8760000000, "đồng"), Q("62 doanh nghiệp", 62, "doanh nghiệp"),
 Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"), Q("40 hội viên", 40, "hội viên"), Q("gần 1,5 m", 1.5, "m", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("khoảng 1.150 doanh nghiệp, doanh nhân", 1150, "doanh nghiệp, doanh nhân", "approx"), Q("35 doanh nhân tiêu biểu", 35, "doanh nhân tiêu biểu")],
[D("Hướng dẫn", "36", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 36/HD-MTTQ-BTT"),
 D("Kế hoạch", "152", "KH-MTTQ-BTT", "2020-10-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 152/KH-MTTQ-BTT ngày 12/10/2020")],
[prov("Thanh Hóa"), com("Hà Lĩnh"), com("Nga Thạch")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Xã hội >> Nhân ái",
 "Ảnh: Bà Lê Thị Hằng Nga trao quà cho người dân xã Hà Lĩnh.", "Nhóm Zalo hàng xóm", "Vì người nghèo",
 "Công ty TNHH Thương mại Hằng Nga", "Doanh nhân trẻ tiêu biểu", "Lượt truy cập: 6.891"],
["16/10/2020 06:00", "1 thùng mì", "từ ngày 6 đến 10/10", "Sinh năm 1982", "năm 2019", "năm 2020", "Từ năm 2016", "lớp 12", "ngày 14/10", "Lượt truy cập: 6.891"]))
