from lib import *
PAGES = []

PAGES.append(page("b3791-daklak-tongket-2024", """
Báo Đắk Lắk điện tử
Trang chủ | Xã hội | Phòng chống tệ nạn
Thứ Sáu, 20/12/2024 - 07:15
Ảnh: Quang cảnh hội nghị.
Đắk Lắk tổng kết công tác phòng, chống ma túy năm 2024
Chiều 19/12, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác phòng, chống ma túy năm 2024. Đồng chí H'Bia Kđoh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo chủ trì.
Năm 2024, lực lượng chức năng toàn tỉnh phát hiện, bắt giữ 1.028 vụ, 1.812 đối tượng, thu giữ hơn 18 kg ma túy tổng hợp, 2,6 kg cần sa và 3 khẩu súng. Toàn tỉnh có 2.974 người nghiện và 2.351 người sử dụng trái phép chất ma túy; có 58/184 xã, phường, thị trấn không có tệ nạn ma túy, tăng 7 đơn vị. Số người cai nghiện trong năm là 1.146 người, đạt 104% kế hoạch; kinh phí hỗ trợ khoảng 21,3 tỷ đồng.
Các địa phương duy trì 642 tổ tự quản, 185 câu lạc bộ "Gia đình không có người nghiện". Thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về phòng, chống ma túy trong đồng bào dân tộc thiểu số và trong thanh thiếu niên, các buôn đã đưa nội dung phòng, chống ma túy vào luật tục, hương ước; 312 người có uy tín được tập huấn kỹ năng nhận biết ma túy.
Tại hội nghị, ông Y Bhim Byă, Già làng, người có uy tín buôn Kô Siêr, phường Tân Lợi, thành phố Buôn Ma Thuột, chia sẻ cách buôn giúp 6 thanh niên sau cai có việc làm ở các rẫy cà phê. Bà H'Luyến Niê, Phó Chủ tịch Hội LHPN huyện Krông Búk, giới thiệu mô hình "Mẹ đỡ đầu người sau cai" với 28 cặp. Ông Y Thuyên Mlô, Chủ tịch UBND xã Ea Tu, kiến nghị tăng phụ cấp cho thành viên tổ tự quản.
Đại tá Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh, cho biết ma túy núp bóng trong thuốc lá điện tử, "nước vui" đang xuất hiện nhiều ở học sinh; đề nghị các trường phối hợp kiểm tra định kỳ.
Kết luận, đồng chí H'Bia Kđoh yêu cầu năm 2025 tiếp tục thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị, Luật Phòng, chống ma túy năm 2021 và Quyết định số 1596/QĐ-UBND ngày 17/7/2024 của UBND tỉnh; phấn đấu thêm ít nhất 10 xã, phường không có ma túy; giảm khoảng 5% người nghiện; hoàn thành cải tạo Cơ sở cai nghiện ma túy tỉnh với quy mô 500 học viên.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể, 21 cá nhân; mỗi tập thể được thưởng 3 triệu đồng.
Hội nghị cũng được nghe kinh nghiệm của huyện Lắk, nơi 6/11 xã đạt tiêu chí không có ma túy nhờ kết hợp tổ tự quản với đội dân phòng buôn và lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
Hoàng Gia
Tin cùng chuyên mục
- Krông Pắc: ra mắt mô hình "Buôn không có ma túy" (12/12/2024)
- Bắt 2 đối tượng vận chuyển 500 viên ma túy (05/12/2024)
- Tập huấn cho cán bộ làm công tác cai nghiện (28/11/2024)
""", "2024-12-20", "Đắk Lắk tổng kết công tác phòng, chống ma túy năm 2024",
E("tong_ket", "2024", "2024-12-19"),
[P("H'Bia Kđoh", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("Y Bhim Byă", "Già làng", "người có uy tín buôn Kô Siêr"),
 P("H'Luyến Niê", "Phó Chủ tịch Hội LHPN huyện Krông Búk"),
 P("Y Thuyên Mlô", "Chủ tịch UBND xã Ea Tu"),
 P("Nguyễn Văn Bình", "Đại tá", "Phó Giám đốc Công an tỉnh")],
[Q("1.028 vụ", 1028, "vụ"), Q("1.812 đối tượng", 1812, "đối tượng"), Q("hơn 18 kg", 18, "kg", "over"), Q("2,6 kg", 2.6, "kg"),
 Q("3 khẩu súng", 3, "khẩu súng"), Q("2.974 người nghiện", 2974, "người nghiện"),
 Q("2.351 người sử dụng trái phép chất ma túy", 2351, "người sử dụng trái phép chất ma túy"),
 Q("58/184 xã, phường, thị trấn", 58, "xã, phường, thị trấn"), Q("7 đơn vị", 7, "đơn vị"), Q("1.146 người", 1146, "người"),
 Q("104%", 104, "%"), Q("khoảng 21,3 tỷ đồng", 21300000000, "đồng", "approx"), Q("642 tổ tự quản", 642, "tổ tự quản"),
 Q("185 câu lạc bộ", 185, "câu lạc bộ"), Q("312 người có uy tín", 312, "người có uy tín"),
 Q("6 thanh niên sau cai", 6, "thanh niên sau cai"), Q("28 cặp", 28, "cặp"), Q("ít nhất 10 xã, phường", 10, "xã, phường", "over"),
 Q("khoảng 5%", 5, "%", "approx"), Q("500 học viên", 500, "học viên"), Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("6/11 xã", 6, "xã")],
[D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW"),
 D("Quyết định", "1596", "QĐ-UBND", "2024-07-17", "UBND tỉnh", "Quyết định số 1596/QĐ-UBND ngày 17/7/2024")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu")],
["Báo Đắk Lắk điện tử", "Trang chủ | Xã hội | Phòng chống tệ nạn", "Ảnh: Quang cảnh hội nghị.", "Gia đình không có người nghiện",
 "Mẹ đỡ đầu người sau cai", "nước vui", "Luật Phòng, chống ma túy năm 2021"],
["Thứ Sáu, 20/12/2024 - 07:15", "Năm 2024", "năm 2025", "Chỉ thị 36"]))

PAGES.append(page("b3792-tuyenquang-meovac-giaoban-q3-2025", """
Hôm nay: Thứ Tư, 08/10/2025
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ / Tin tức - Sự kiện / An ninh - Quốc phòng
Thứ Ba, 30/9/2025 | 16:50
Toàn cảnh buổi giao ban.
Mèo Vạc giao ban quý III về xây dựng "Thôn không có ma túy"
Chiều 29/9/2025, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội xã Mèo Vạc (tỉnh Tuyên Quang) họp giao ban quý III/2025. Đây là lần giao ban thứ hai kể từ khi xã mới được thành lập trên cơ sở sáp nhập thị trấn Mèo Vạc và các xã Tả Lủng, Giàng Chu Phìn, Pả Vi. Đồng chí Sùng Mí Chứ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo của Công an xã, toàn xã hiện có 72 người nghiện, trong đó 19 người đang cai nghiện tại Cơ sở cai nghiện ma túy tỉnh, 34 người điều trị Methadone; quý III phát hiện 3 người nghiện mới, lập hồ sơ đưa 5 người đi cai nghiện bắt buộc. Xã có 41 thôn, tổ dân phố, trong đó 26 thôn đạt tiêu chí "Thôn không có ma túy". Vùng biên giới giáp Trung Quốc vẫn tiềm ẩn nguy cơ vận chuyển ma túy qua đường mòn.
Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/7/2025 của Đảng ủy xã về công tác phòng, chống ma túy 6 tháng cuối năm 2025, các thôn đã thành lập 41 tổ tự quản, mỗi tổ có 5 - 7 thành viên gồm trưởng thôn, người có uy tín, đoàn viên thanh niên; 100% hộ gia đình ký cam kết không trồng cây có chứa chất ma túy. Trong quý, lực lượng chức năng phát hiện và nhổ bỏ khoảng 1.200 m2 cây thuốc phiện trồng xen ngô ở thôn Sủng Pờ.
Tại buổi giao ban, ông Ly Chúng Dìn, Bí thư Chi bộ, Trưởng thôn Tả Chải, đề nghị xã hỗ trợ giống cây trồng thay thế cho các hộ có người sau cai. Bà Giàng Thị Mai, Phó Chủ tịch Hội LHPN xã, cho biết hội đã thăm, động viên 18 gia đình có người đang cai nghiện, tặng mỗi gia đình 1 suất quà trị giá 300.000 đồng. Thượng úy Lục Văn Quý, Phó Trưởng Công an xã, đề nghị các thôn tăng cường nắm số người đi làm ăn bên kia biên giới trở về.
Kết luận, đồng chí Sùng Mí Chứ giao Công an xã chủ trì rà soát người sử dụng trái phép chất ma túy theo Nghị định số 116/2021/NĐ-CP của Chính phủ; Văn phòng HĐND và UBND xã tham mưu ban hành kế hoạch quý IV, phấn đấu thêm 5 thôn không có ma túy; dành 45 triệu đồng từ ngân sách xã hỗ trợ hoạt động tổ tự quản.
Các đồng chí dự họp cũng thống nhất tổ chức tuyên truyền bằng tiếng Mông tại các phiên chợ Mèo Vạc và lồng ghép trong các buổi sinh hoạt của Câu lạc bộ "Dòng họ không có ma túy".
Ban Biên tập
Tin liên quan
- Đảng ủy xã Mèo Vạc sơ kết 3 tháng vận hành chính quyền địa phương hai cấp (25/9/2025)
- Ra mắt mô hình "Dòng họ tự quản về an ninh trật tự" (10/9/2025)
- Tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2025 (28/8/2025)
""", "2025-09-30", "Mèo Vạc giao ban quý III về xây dựng \"Thôn không có ma túy\"",
E("giao_ban", "2025-Q3", "2025-09-29"),
[P("Sùng Mí Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo"),
 P("Ly Chúng Dìn", "Bí thư Chi bộ", "Trưởng thôn Tả Chải"),
 P("Giàng Thị Mai", "Phó Chủ tịch Hội LHPN xã"),
 P("Lục Văn Quý", "Thượng úy", "Phó Trưởng Công an xã")],
[Q("72 người nghiện", 72, "người nghiện"), Q("19 người", 19, "người"), Q("34 người", 34, "người"),
 Q("3 người nghiện mới", 3, "người nghiện mới"), Q("5 người", 5, "người"), Q("41 thôn, tổ dân phố", 41, "thôn, tổ dân phố"),
 Q("26 thôn", 26, "thôn"), Q("41 tổ tự quản", 41, "tổ tự quản"), Q("100%", 100, "%"),
 Q("khoảng 1.200 m2", 1200, "m2", "approx"), Q("18 gia đình", 18, "gia đình"), Q("300.000 đồng", 300000, "đồng"),
 Q("5 thôn", 5, "thôn"), Q("45 triệu đồng", 45000000, "đồng")],
[D("Kế hoạch", "12", "KH/ĐU", "2025-07-15", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 15/7/2025"),
 D("Nghị định", "116", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2021/NĐ-CP")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn"), com("Pả Vi")],
["Hôm nay: Thứ Tư, 08/10/2025", "TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG",
 "Trang chủ / Tin tức - Sự kiện / An ninh - Quốc phòng", "Toàn cảnh buổi giao ban.", "Thôn không có ma túy",
 "Dòng họ không có ma túy", "Ban Biên tập"],
["Hôm nay: Thứ Tư, 08/10/2025", "quý III/2025", "quý III", "quý IV", "6 tháng cuối năm 2025", "5 - 7 thành viên", "1 suất quà", "lần giao ban thứ hai"]))

PAGES.append(page("b3793-vinhlong-ramat-totuquan-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị - Xã hội › Dân vận
14-10-2025 08:30
Các thành viên tổ tự quản ra mắt tại hội nghị. Ảnh: Thạch Vũ
Tập Sơn ra mắt 12 tổ tự quản phòng, chống ma túy trong phum sóc
Sáng 13/10, Đảng ủy xã Tập Sơn (tỉnh Vĩnh Long) tổ chức hội nghị ra mắt mô hình "Tổ tự quản phòng, chống ma túy trong đồng bào Khmer" năm 2025. Dự có đồng chí Kim Ngọc Thái, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thạch Thị Sa Rinh, Bí thư Đảng ủy, Chủ tịch HĐND xã Tập Sơn chủ trì.
Xã Tập Sơn được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã Tập Sơn, Tân Sơn, Tân Hiệp cũ, có hơn 62% dân số là người Khmer với 9 chùa Phật giáo Nam tông Khmer. Theo Công an xã, hiện xã quản lý 38 người nghiện và 27 người sử dụng trái phép chất ma túy, phần lớn là thanh niên từng đi làm công nhân ở Bình Dương, Đồng Nai.
Thực hiện Kế hoạch số 07-KH/ĐU của Đảng ủy xã và Hướng dẫn số 15-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, xã thành lập 12 tổ tự quản ở 12 ấp với 84 thành viên; mỗi tổ có sự tham gia của 1 vị sư hoặc Achar của chùa trong ấp. Các tổ sẽ nắm tình hình, vận động người nghiện đi cai, giúp người sau cai tìm việc làm và tuyên truyền vào các dịp lễ, tết của đồng bào.
Tại hội nghị, Đại đức Thạch Sóc Phianh, trụ trì chùa Ba Sát, cam kết nhà chùa sẽ dành một buổi mỗi tháng để sư sãi nói chuyện với thanh niên về tác hại của ma túy. Ông Kiên Sà Ron, Trưởng ấp Ô Rung, cho biết ấp đã vận động 7 gia đình có người nghiện ký cam kết, 2 người đã tự nguyện đi cai nghiện. Bà Lâm Thị Sô Phia, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị các tổ chú ý học sinh bỏ học.
Phát biểu, đồng chí Kim Ngọc Thái đánh giá mô hình phù hợp với đặc điểm vùng đồng bào Khmer, đề nghị xã đăng ký là mô hình "Dân vận khéo" năm 2025; gắn với Chỉ thị 36-CT/TW và Luật Phòng, chống ma túy năm 2021. Trên địa bàn tỉnh đến nay đã có 1.246 tổ tự quản về phòng, chống ma túy, 43 xã, phường được công nhận không có ma túy.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 12 bộ loa kéo, mỗi bộ trị giá 4,5 triệu đồng cho các tổ; Hội Đoàn kết sư sãi yêu nước tỉnh tặng 30 phần quà cho gia đình người sau cai khó khăn, mỗi phần 500.000 đồng. Tổng kinh phí hỗ trợ các tổ trong năm đầu là 96 triệu đồng từ ngân sách xã và nguồn xã hội hóa.
Các ấp sẽ lựa chọn 1 tổ hoạt động tốt nhất để sơ kết, rút kinh nghiệm sau 6 tháng, trước khi nhân rộng ra các xã lân cận trong vùng đồng bào Khmer của tỉnh.
Thạch Vũ
Tin liên quan
- Phường Trà Vinh ra mắt khu phố "không ma túy" (06/10/2025)
- Tiếp nhận 25 học viên cai nghiện tự nguyện (30/09/2025)
- Vĩnh Long triển khai mô hình dân vận khéo sau sắp xếp (22/09/2025)
""", "2025-10-14", "Tập Sơn ra mắt 12 tổ tự quản phòng, chống ma túy trong phum sóc",
E("hoi_nghi", "2025", "2025-10-13"),
[P("Kim Ngọc Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Rinh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Thạch Sóc Phianh", "Đại đức", "trụ trì chùa Ba Sát"),
 P("Kiên Sà Ron", "Trưởng ấp Ô Rung"),
 P("Lâm Thị Sô Phia", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("12 tổ tự quản", 12, "tổ tự quản"), Q("hơn 62%", 62, "%", "over"), Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"),
 Q("38 người nghiện", 38, "người nghiện"), Q("27 người sử dụng trái phép chất ma túy", 27, "người sử dụng trái phép chất ma túy"),
 Q("12 ấp", 12, "ấp"), Q("84 thành viên", 84, "thành viên"), Q("7 gia đình", 7, "gia đình"), Q("2 người", 2, "người"),
 Q("1.246 tổ tự quản", 1246, "tổ tự quản"), Q("43 xã, phường", 43, "xã, phường"), Q("12 bộ loa kéo", 12, "bộ loa kéo"),
 Q("4,5 triệu đồng", 4500000, "đồng"), Q("30 phần quà", 30, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("96 triệu đồng", 96000000, "đồng")],
[D("Kế hoạch", "07", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 07-KH/ĐU"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BTGDVTU"),
 D("Chỉ thị", "36", "CT/TW", None, None, "Chỉ thị 36-CT/TW")],
[prov("Vĩnh Long"), prov("Bình Dương"), prov("Đồng Nai"), com("Tập Sơn"), com("Tân Sơn"), com("Tân Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị - Xã hội › Dân vận", "Các thành viên tổ tự quản ra mắt tại hội nghị. Ảnh: Thạch Vũ",
 "Tổ tự quản phòng, chống ma túy trong đồng bào Khmer", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Achar",
 "Luật Phòng, chống ma túy năm 2021"],
["14-10-2025 08:30", "năm 2025", "1/7/2025", "1 vị sư", "một buổi mỗi tháng", "năm đầu", "1 tổ", "6 tháng"]))

PAGES.append(page("b3794-lamdong-phongsu-songuoinghien-2025", """
Báo Lâm Đồng
Xã hội > Phòng, chống tệ nạn xã hội
Thứ Tư, 05/11/2025, 06:00
Một buổi sinh hoạt của câu lạc bộ người sau cai ở phường Bắc Gia Nghĩa.
Ma túy ở vùng đất mới: số người nghiện tăng, áp lực lên tuyến xã
Sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, tỉnh Lâm Đồng mới có diện tích lớn nhất cả nước, 124 xã, phường, đặc khu. Cùng với đó, công tác phòng, chống ma túy đứng trước áp lực chưa từng có, nhất là ở tuyến xã sau khi không còn cấp huyện.
Theo số liệu của Công an tỉnh, đến ngày 30/9/2025 toàn tỉnh có 6.418 người nghiện ma túy có hồ sơ quản lý và khoảng 4.900 người sử dụng trái phép chất ma túy; hơn 70% là nam giới dưới 35 tuổi. Khu vực Bình Thuận cũ chiếm gần một nửa số người nghiện, tập trung ở các phường ven biển Phan Thiết, Mũi Né và đặc khu Phú Quý. Chỉ có 31/124 xã, phường, đặc khu được xác định không có ma túy.
Năng lực cai nghiện còn hạn chế: 3 cơ sở cai nghiện công lập với tổng công suất khoảng 1.800 chỗ, trong khi số người cần cai nghiện bắt buộc mỗi năm hơn 2.500 người. Năm 2025, tỉnh bố trí khoảng 48 tỷ đồng cho công tác cai nghiện và quản lý sau cai; 14 xã đã thí điểm tổ chức cai nghiện tự nguyện tại cộng đồng theo Nghị định số 116/2021/NĐ-CP.
Ông K'Brồng, Chủ tịch UBND xã Quảng Khê, cho biết xã mới có 21 người nghiện, chủ yếu đồng bào M'nông; "khi chưa có công an viên chuyên trách ở từng bon, cán bộ xã phải đi rất xa để nắm tình hình". Tại phường Bắc Gia Nghĩa, bà Thị Hoa, tổ trưởng tổ tự quản bon Đắk Tân, kể tổ đã giúp 4 người sau cai có việc làm ở các vườn cà phê, mỗi tháng thu nhập khoảng 7 triệu đồng.
Đại tá Nguyễn Đức Thạnh, Phó Giám đốc Công an tỉnh, cho rằng cần sớm rà soát, thống nhất dữ liệu người nghiện của ba tỉnh cũ; bố trí lực lượng công an xã bám sát địa bàn; nhân rộng mô hình "Xã, phường không ma túy" theo Kế hoạch số 315/KH-UBND ngày 22/8/2025 của UBND tỉnh.
Ông Ngô Văn Lộc, một người dân ở phường Mũi Né, có con trai nghiện ma túy đá, nói điều ông mong nhất là con được đưa đi cai nghiện sớm: "Nhà đã tự nhốt cháu ở nhà 2 lần nhưng không được".
Theo các chuyên gia, ma túy tổng hợp, ma túy "núp bóng" thực phẩm, thuốc lá điện tử đang khiến độ tuổi người nghiện ngày càng trẻ; nhiều em học sinh mới 14, 15 tuổi đã sử dụng. Việc phát hiện sớm đòi hỏi sự phối hợp chặt chẽ giữa nhà trường, gia đình và tổ tự quản ở khu dân cư.
Mai Lan
Tin liên quan
- Lâm Đồng: sơ kết 3 tháng vận hành chính quyền địa phương 2 cấp (20/10/2025)
- Phan Thiết bắt đường dây mua bán ma túy lớn (12/10/2025)
- Gia Nghĩa ra mắt câu lạc bộ "Gia đình nói không với ma túy" (02/10/2025)
""", "2025-11-05", "Ma túy ở vùng đất mới: số người nghiện tăng, áp lực lên tuyến xã",
E("khac", None, None),
[P("K'Brồng", "Chủ tịch UBND xã Quảng Khê"),
 P("Thị Hoa", "tổ trưởng tổ tự quản bon Đắk Tân"),
 P("Nguyễn Đức Thạnh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Ngô Văn Lộc")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("6.418 người nghiện ma túy", 6418, "người nghiện ma túy"),
 Q("khoảng 4.900 người sử dụng trái phép chất ma túy", 4900, "người sử dụng trái phép chất ma túy", "approx"),
 Q("hơn 70%", 70, "%", "over"), Q("31/124 xã, phường, đặc khu", 31, "xã, phường, đặc khu"),
 Q("3 cơ sở cai nghiện công lập", 3, "cơ sở cai nghiện công lập"), Q("khoảng 1.800 chỗ", 1800, "chỗ", "approx"),
 Q("hơn 2.500 người", 2500, "người", "over"), Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("14 xã", 14, "xã"),
 Q("21 người nghiện", 21, "người nghiện"), Q("4 người sau cai", 4, "người sau cai"),
 Q("khoảng 7 triệu đồng", 7000000, "đồng", "approx")],
[D("Nghị định", "116", "2021/NĐ-CP", None, None, "Nghị định số 116/2021/NĐ-CP"),
 D("Kế hoạch", "315", "KH-UBND", "2025-08-22", "UBND tỉnh", "Kế hoạch số 315/KH-UBND ngày 22/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Thiết"), com("Mũi Né"), com("Phú Quý"), com("Quảng Khê"), com("Bắc Gia Nghĩa")],
["Báo Lâm Đồng", "Xã hội > Phòng, chống tệ nạn xã hội", "Một buổi sinh hoạt của câu lạc bộ người sau cai ở phường Bắc Gia Nghĩa.",
 "Xã, phường không ma túy"],
["Thứ Tư, 05/11/2025, 06:00", "dưới 35 tuổi", "gần một nửa", "Năm 2025", "2 lần", "14, 15 tuổi"]))

PAGES.append(page("b3795-dongnai-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ » Tin tức » Quốc phòng - An ninh
Cập nhật: 09:05, 09/01/2026 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Công Nghĩa
Đồng Nai triển khai nhiệm vụ phòng, chống ma túy năm 2026
Ngày 8/1/2026, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác phòng, chống ma túy năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất Đồng Nai và Bình Phước) vận hành chính quyền địa phương hai cấp. Đồng chí Lê Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Năm 2025, toàn tỉnh phát hiện, bắt giữ 1.683 vụ, 2.947 đối tượng phạm tội về ma túy, thu giữ hơn 96 kg ma túy các loại, triệt phá 14 đường dây mua bán ma túy liên tỉnh. Tỉnh đang quản lý 7.215 người nghiện, 3.880 người sử dụng trái phép chất ma túy; 2.614 người được cai nghiện, trong đó 612 người cai nghiện tự nguyện. Có 39/95 xã, phường được công nhận không có ma túy.
Đáng chú ý, tại khu vực Bình Phước cũ, các xã biên giới Bù Gia Mập, Lộc Ninh, Thiện Hưng đã phát huy 86 tổ tự quản với người S'tiêng, M'nông tham gia. Ông Điểu Lên, Bí thư Chi bộ, Trưởng sóc Bù Ka, xã Bù Gia Mập, chia sẻ sóc đã 3 năm không có người nghiện nhờ "mỗi nhà nhận trông một thanh niên". Bà Thị Bé, người có uy tín sóc Cần Lê, xã Lộc Ninh, kiến nghị tỉnh hỗ trợ học nghề cho con em đồng bào.
Tại hội nghị, bà Nguyễn Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ phường Biên Hòa, giới thiệu mô hình "Khu phố 3 không" (không ma túy, không tội phạm, không tệ nạn) ở 17 khu phố. Đại tá Trần Văn Lễ, Phó Giám đốc Công an tỉnh, cho biết mức độ phức tạp ở các khu công nghiệp Long Thành, Nhơn Trạch vẫn cao với 284 vụ liên quan công nhân.
Kết luận, đồng chí Lê Thị Ngọc Lan yêu cầu năm 2026 thực hiện Kế hoạch số 06-KH/TU, 07-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị 36-CT/TW và về phòng, chống ma túy trong khu công nghiệp; phấn đấu 50% xã, phường không có ma túy; giảm ít nhất 5% người nghiện; hoàn thành đầu tư Cơ sở cai nghiện ma túy số 2 với kinh phí hơn 120 tỷ đồng, quy mô 1.000 học viên.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 22 tập thể, 31 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 5,5 triệu đồng theo Quyết định số 18/QĐ-UBND ngày 6/1/2026.
Hữu Nghĩa
Các tin đã đưa
- Công an Đồng Nai triệt phá đường dây ma túy xuyên biên giới (05/01/2026)
- Bình Phước cũ: ra mắt 12 tổ tự quản ở các sóc biên giới (28/12/2025)
- Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025 (22/12/2025)
""", "2026-01-09", "Đồng Nai triển khai nhiệm vụ phòng, chống ma túy năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Lê Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Điểu Lên", "Bí thư Chi bộ", "Trưởng sóc Bù Ka"),
 P("Thị Bé", "người có uy tín sóc Cần Lê"),
 P("Nguyễn Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ phường Biên Hòa"),
 P("Trần Văn Lễ", "Đại tá", "Phó Giám đốc Công an tỉnh")],
[Q("1.683 vụ", 1683, "vụ"), Q("2.947 đối tượng", 2947, "đối tượng"), Q("hơn 96 kg", 96, "kg", "over"),
 Q("14 đường dây mua bán ma túy liên tỉnh", 14, "đường dây mua bán ma túy liên tỉnh"), Q("7.215 người nghiện", 7215, "người nghiện"),
 Q("3.880 người sử dụng trái phép chất ma túy", 3880, "người sử dụng trái phép chất ma túy"), Q("2.614 người", 2614, "người"),
 Q("612 người", 612, "người"), Q("39/95 xã, phường", 39, "xã, phường"), Q("86 tổ tự quản", 86, "tổ tự quản"),
 Q("17 khu phố", 17, "khu phố"), Q("284 vụ", 284, "vụ"), Q("50%", 50, "%"), Q("ít nhất 5%", 5, "%", "over"),
 Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"), Q("1.000 học viên", 1000, "học viên"), Q("22 tập thể", 22, "tập thể"),
 Q("31 cá nhân", 31, "cá nhân"), Q("5,5 triệu đồng", 5500000, "đồng")],
[D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 06-KH/TU, 07-KH/TU"),
 D("Kế hoạch", "07", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 06-KH/TU, 07-KH/TU"),
 D("Chỉ thị", "36", "CT/TW", None, None, "Chỉ thị 36-CT/TW"),
 D("Quyết định", "18", "QĐ-UBND", "2026-01-06", "Chủ tịch UBND tỉnh", "Quyết định số 18/QĐ-UBND ngày 6/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Lộc Ninh"), com("Thiện Hưng"), com("Biên Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI", "Trang chủ » Tin tức » Quốc phòng - An ninh", "Toàn cảnh hội nghị. Ảnh: Công Nghĩa",
 "Khu phố 3 không", "mỗi nhà nhận trông một thanh niên", "Cơ sở cai nghiện ma túy số 2"],
["Cập nhật: 09:05, 09/01/2026 (GMT+7)", "năm 2025", "năm 2026", "Năm 2025", "3 năm", "3 không", "số 2"]))

PAGES.append(page("b3796-hungyen-giaoban-q1-2026", """
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ > An ninh - Trật tự > Phòng chống ma túy
Ngày đăng 03/04/2026 | 14:20
Đồng chí Đỗ Văn Khiêm phát biểu chỉ đạo tại buổi giao ban.
Giữ vững 52 xã, phường không có ma túy
Chiều 2/4, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Hưng Yên giao ban công tác phòng, chống ma túy quý I/2026. Đồng chí Đỗ Văn Khiêm, TUV, Phó Chủ tịch UBND tỉnh chủ trì. Dự có các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Phạm Quốc Hùng, Đại tá Bùi Thị Thu Trang và 104 đồng chí là Chủ tịch UBND, Trưởng Công an các xã, phường tham dự tại 104 điểm cầu.
Theo báo cáo, quý I toàn tỉnh phát hiện 236 vụ, 381 đối tượng, thu giữ 2,3 kg ma túy tổng hợp và 1.180 viên thuốc lắc; xử lý 47 trường hợp sử dụng trái phép chất ma túy tại các quán karaoke. Tỉnh đang quản lý 3.612 người nghiện; 52/104 xã, phường giữ vững không có ma túy, trong đó khu vực Thái Bình cũ có 29 đơn vị. Các xã, phường đã xây dựng 1.045 tổ tự quản về an ninh trật tự, thu hút khoảng 8.200 thành viên.
Đồng chí Vũ Thị Thanh Xuân, Phó Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027, cho biết Tỉnh đoàn đã tổ chức 65 buổi ngoại khóa "Học đường không ma túy" cho hơn 21.000 học sinh. Ông Trần Văn Tuyến, Chủ tịch UBND phường Trần Hưng Đạo, nêu kinh nghiệm dùng camera AI tại 36 tuyến phố; bà Nguyễn Thị Ngát, Trưởng thôn Đông Thọ, xã Tiền Hải, đề nghị hỗ trợ kinh phí cho tổ tự quản 3 triệu đồng mỗi quý.
Thực hiện Kế hoạch số 88/KH-UBND ngày 14/1/2026 của UBND tỉnh, quý I đã đưa 214 người đi cai nghiện, trong đó 58 người cai nghiện tự nguyện được hỗ trợ 100% tiền ăn, tổng cộng khoảng 1,4 tỷ đồng. Đại tá Phạm Quốc Hùng đề nghị các xã, phường khẩn trương thực hiện Thông tư số 62/2025/TT-BCA của Bộ Công an về quản lý người sử dụng trái phép chất ma túy.
Kết luận, đồng chí Đỗ Văn Khiêm yêu cầu quý II tổ chức Tháng hành động phòng, chống ma túy năm 2026; phấn đấu đến hết năm có 60% xã, phường không có ma túy; các tổ tự quản họp định kỳ ít nhất 1 lần/tháng, kịp thời nắm người mới sử dụng.
Buổi giao ban cũng thống nhất hoàn thiện cơ sở dữ liệu người nghiện chung của tỉnh sau hợp nhất, bảo đảm không để sót người, không trùng hồ sơ giữa các xã, phường mới.
Nhiều ý kiến đề nghị phối hợp với các trường học, cơ sở giáo dục nghề nghiệp tầm soát học sinh, sinh viên có dấu hiệu sử dụng ma túy, thuốc lá điện tử; tăng kiểm tra các cơ sở kinh doanh dịch vụ nhạy cảm ven quốc lộ.
Minh Phương
Tin khác
- Hưng Yên ra mắt mô hình "Xã không ma túy" tại Kiến Xương (25/03/2026)
- Bắt 4 đối tượng tổ chức sử dụng ma túy tại quán karaoke (18/03/2026)
- Tập huấn nghiệp vụ cho công an xã về cai nghiện (05/03/2026)
""", "2026-04-03", "Giữ vững 52 xã, phường không có ma túy",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Đỗ Văn Khiêm", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Quốc Hùng", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Bùi Thị Thu Trang", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Vũ Thị Thanh Xuân", "Phó Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027"),
 P("Trần Văn Tuyến", "Chủ tịch UBND phường Trần Hưng Đạo"),
 P("Nguyễn Thị Ngát", "Trưởng thôn Đông Thọ")],
[Q("52 xã, phường", 52, "xã, phường"), Q("104 đồng chí", 104, "đồng chí"), Q("104 điểm cầu", 104, "điểm cầu"),
 Q("236 vụ", 236, "vụ"), Q("381 đối tượng", 381, "đối tượng"), Q("2,3 kg", 2.3, "kg"), Q("1.180 viên thuốc lắc", 1180, "viên thuốc lắc"),
 Q("47 trường hợp", 47, "trường hợp"), Q("3.612 người nghiện", 3612, "người nghiện"), Q("29 đơn vị", 29, "đơn vị"),
 Q("1.045 tổ tự quản", 1045, "tổ tự quản"), Q("khoảng 8.200 thành viên", 8200, "thành viên", "approx"),
 Q("65 buổi ngoại khóa", 65, "buổi ngoại khóa"), Q("hơn 21.000 học sinh", 21000, "học sinh", "over"), Q("36 tuyến phố", 36, "tuyến phố"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("214 người", 214, "người"), Q("58 người", 58, "người"), Q("100%", 100, "%"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("60%", 60, "%")],
[D("Kế hoạch", "88", "KH-UBND", "2026-01-14", "UBND tỉnh", "Kế hoạch số 88/KH-UBND ngày 14/1/2026"),
 D("Thông tư", "62", "2025/TT-BCA", None, "Bộ Công an", "Thông tư số 62/2025/TT-BCA")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Trần Hưng Đạo"), com("Tiền Hải")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ > An ninh - Trật tự > Phòng chống ma túy", "Đồng chí Đỗ Văn Khiêm phát biểu chỉ đạo tại buổi giao ban.",
 "Học đường không ma túy", "camera AI"],
["Ngày đăng 03/04/2026 | 14:20", "quý I/2026", "quý I", "quý II", "năm 2026", "104 đồng chí", "1 lần/tháng", "nhiệm kỳ 2022 - 2027"]))
