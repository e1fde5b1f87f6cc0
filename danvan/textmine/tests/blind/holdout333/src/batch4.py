from lib import *
PAGES = []

PAGES.append(page("b7967-vinhlong-xa-daihoi-phunu-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ CÀNG LONG - TỈNH VĨNH LONG
Tin tức - Sự kiện > Hoạt động đoàn thể
Thứ Năm, 16/10/2025
Đại hội đại biểu Phụ nữ xã Càng Long lần thứ I: phát huy mô hình "Tuyến đường phụ nữ tự quản, xanh - sạch - an toàn"
Ngày 15/10/2025, Hội Liên hiệp Phụ nữ xã Càng Long long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi xã Càng Long được thành lập trên cơ sở sắp xếp thị trấn Càng Long và các xã Mỹ Cẩm, Nhị Long Phú, thuộc tỉnh Vĩnh Long mới (hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh).
Quang cảnh Đại hội. Ảnh: Kim Ngân
Dự đại hội có bà Thạch Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Nguyễn Hoàng Nam, Bí thư Đảng ủy xã; ông Kiên Văn Sang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 150 đại biểu đại diện cho hơn 6.200 hội viên phụ nữ trong xã.
Báo cáo tại đại hội cho thấy, nhiệm kỳ qua, các cấp Hội trên địa bàn đã xây dựng và duy trì 38 tuyến đường phụ nữ tự quản với tổng chiều dài trên 46 km; vận động hội viên trồng 12.500 cây xanh, hàng rào hoa dọc các tuyến; phối hợp tổ chức 210 buổi tuyên truyền pháp luật về trật tự, an toàn giao thông. Hội vận động hội viên, phụ huynh ký cam kết "Không để con em chưa đủ tuổi điều khiển xe mô tô", đạt 95% số hộ có con đang học trung học. Từ nguồn "Quỹ đường quê" của các chi hội, với gần 420 triệu đồng, đã lắp 280 bóng đèn năng lượng mặt trời, làm 3 cây cầu nông thôn.
Đại hội đề ra 6 chỉ tiêu cho nhiệm kỳ 2025 - 2030, trong đó phấn đấu mỗi ấp có ít nhất 2 tuyến đường phụ nữ tự quản; 100% chi hội có tổ phụ nữ tuyên truyền an toàn giao thông; giảm từ 10% trở lên số hội viên vi phạm luật giao thông.
Phát biểu chỉ đạo, bà Thạch Thị Sô Phia đề nghị Hội thực hiện tốt Nghị quyết Đại hội XIV Phụ nữ Việt Nam, Chỉ thị số 23-CT/TW của Ban Bí thư và Kế hoạch số 35-KH/ĐU của Đảng ủy xã về bảo đảm trật tự, an toàn giao thông; quan tâm hỗ trợ hội viên người Khmer ở các ấp Sóc Ruộng, Ô Răng.
Đại hội đã thảo luận, góp ý vào dự thảo văn kiện Đại hội Phụ nữ tỉnh và thông qua Nghị quyết Đại hội.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã gồm 19 đồng chí. Bà Lâm Thị Mỹ Hạnh được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Càng Long nhiệm kỳ 2025 - 2030; các bà Trần Thị Bích Liên, Sơn Thị Chanh Đa được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 5 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh Vĩnh Long lần thứ I.
Kim Ngân
Tin khác
- Xã Càng Long ra mắt 6 tuyến đường hoa (30/09/2025)
- Hội nghị tổng kết công tác Mặt trận quý III/2025 (25/09/2025)
- Đảng bộ xã Càng Long tổ chức Đại hội lần thứ I (12/08/2025)
""", "2025-10-16", 'Đại hội đại biểu Phụ nữ xã Càng Long lần thứ I: phát huy mô hình "Tuyến đường phụ nữ tự quản, xanh - sạch - an toàn"',
E("dai_hoi", None, "2025-10-15"),
[P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Hoàng Nam", "Bí thư Đảng ủy xã"),
 P("Kiên Văn Sang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lâm Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Càng Long nhiệm kỳ 2025 - 2030"),
 P("Trần Thị Bích Liên", "Phó Chủ tịch Hội LHPN xã"), P("Sơn Thị Chanh Đa", "Phó Chủ tịch Hội LHPN xã")],
[Q("3 tỉnh", 3, "tỉnh"), Q("150 đại biểu", 150, "đại biểu"), Q("hơn 6.200 hội viên phụ nữ", 6200, "hội viên phụ nữ", "over"),
 Q("38 tuyến đường phụ nữ tự quản", 38, "tuyến đường phụ nữ tự quản"), Q("trên 46 km", 46, "km", "over"),
 Q("12.500 cây xanh", 12500, "cây xanh"), Q("210 buổi tuyên truyền", 210, "buổi tuyên truyền"), Q("95%", 95, "%"),
 Q("gần 420 triệu đồng", 420000000, "đồng", "approx"), Q("280 bóng đèn năng lượng mặt trời", 280, "bóng đèn năng lượng mặt trời"),
 Q("3 cây cầu nông thôn", 3, "cây cầu nông thôn"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("ít nhất 2 tuyến đường phụ nữ tự quản", 2, "tuyến đường phụ nữ tự quản", "over"), Q("100%", 100, "%"),
 Q("từ 10% trở lên", 10, "%", "over"), Q("19 đồng chí", 19, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "23", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 23-CT/TW"),
 D("Kế hoạch", "35", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Càng Long"), com("Mỹ Cẩm"), com("Nhị Long Phú")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ CÀNG LONG - TỈNH VĨNH LONG", "Tin tức - Sự kiện > Hoạt động đoàn thể", "Quang cảnh Đại hội. Ảnh: Kim Ngân",
 "Tuyến đường phụ nữ tự quản, xanh - sạch - an toàn", "Không để con em chưa đủ tuổi điều khiển xe mô tô", "Quỹ đường quê",
 "Nghị quyết Đại hội XIV Phụ nữ Việt Nam"],
["Thứ Năm, 16/10/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "19 đồng chí", "Đại hội XIV"]))

PAGES.append(page("b7968-lamdong-batgt-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Giao thông
Cập nhật: 17:20, 26/12/2025 (GMT+7)
Lâm Đồng: Năm 2025 tai nạn giao thông giảm cả 3 tiêu chí
Chiều 25/12, Ban An toàn giao thông tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác bảo đảm trật tự, an toàn giao thông năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Ngọc Phúc, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị, với sự tham dự trực tuyến của 124 điểm cầu các xã, phường, đặc khu.
Đồng chí Nguyễn Ngọc Phúc phát biểu kết luận hội nghị.
Năm 2025 là năm đặc biệt khi tỉnh Lâm Đồng mới được thành lập trên cơ sở hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, địa bàn rộng, có nhiều tuyến đèo dốc và quốc lộ 1, quốc lộ 20, quốc lộ 28, quốc lộ 14 đi qua. Theo báo cáo, năm 2025 toàn tỉnh xảy ra 486 vụ tai nạn giao thông, làm chết 352 người, bị thương 297 người; so với năm 2024 (số liệu cộng gộp 3 tỉnh) giảm 61 vụ, giảm 48 người chết, giảm 37 người bị thương. Lực lượng chức năng phát hiện, xử lý hơn 142.000 trường hợp vi phạm, phạt tiền trên 286 tỷ đồng, tước giấy phép lái xe 9.870 trường hợp.
Công tác vận động nhân dân được đẩy mạnh. Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể duy trì 1.915 tuyến đường tự quản; vận động nhân dân hiến 46,3 ha đất làm đường giao thông nông thôn. Ở vùng đồng bào dân tộc thiểu số, 680 người có uy tín tham gia tuyên truyền bằng tiếng K'Ho, Mnông, Chăm.
Tại hội nghị, các đại biểu trao đổi kinh nghiệm. Ông K'Brêu, Bí thư Đảng ủy xã Lạc Dương, cho biết xã đã vận động các buôn, thôn đưa quy định "không uống rượu khi đi xe" vào hương ước. Bà Thị Hồng Nhung, Phó Chủ tịch UBND xã Đắk Mil, đề nghị bổ sung 26 camera giám sát tại các nút giao trên quốc lộ 14. Ông Quảng Văn Thành, Trưởng Công an phường Phan Rí Cửa, nêu kết quả xử lý đua xe trái phép ven biển.
Kết luận hội nghị, đồng chí Nguyễn Ngọc Phúc yêu cầu các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 512/KH-UBND ngày 10/12/2025 của UBND tỉnh về Năm an toàn giao thông 2026; triển khai nghiêm Chỉ thị số 23-CT/TW, Chỉ thị số 10/CT-TTg; hoàn thành xử lý 32 điểm đen, 58 điểm tiềm ẩn tai nạn giao thông; phấn đấu năm 2026 giảm từ 5% đến 10% số người chết so với năm 2025.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể và 27 cá nhân; Ban An toàn giao thông tỉnh tặng giấy khen cho 35 tập thể, 52 cá nhân có thành tích xuất sắc.
K'Linh
Tin liên quan
- Thông xe cao tốc Tân Phú - Bảo Lộc giai đoạn 1 (19/12/2025)
- Xã Đắk R'Lấp ra mắt 5 tuyến đường tự quản (10/12/2025)
- Giao ban công tác an toàn giao thông quý III/2025 (08/10/2025)
""", "2025-12-26", "Lâm Đồng: Năm 2025 tai nạn giao thông giảm cả 3 tiêu chí",
E("tong_ket", "2025", "2025-12-25"),
[P("Nguyễn Ngọc Phúc", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("K'Brêu", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Thị Hồng Nhung", "Phó Chủ tịch UBND xã Đắk Mil"),
 P("Quảng Văn Thành", "Trưởng Công an phường Phan Rí Cửa")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("3 tỉnh", 3, "tỉnh"), Q("486 vụ tai nạn giao thông", 486, "vụ tai nạn giao thông"), Q("352 người", 352, "người"),
 Q("297 người", 297, "người"), Q("61 vụ", 61, "vụ"), Q("48 người chết", 48, "người"), Q("37 người bị thương", 37, "người"),
 Q("hơn 142.000 trường hợp", 142000, "trường hợp", "over"), Q("trên 286 tỷ đồng", 286000000000, "đồng", "over"),
 Q("9.870 trường hợp", 9870, "trường hợp"), Q("1.915 tuyến đường tự quản", 1915, "tuyến đường tự quản"),
 Q("46,3 ha", 46.3, "ha"), Q("680 người có uy tín", 680, "người có uy tín"), Q("26 camera giám sát", 26, "camera giám sát"),
 Q("32 điểm đen", 32, "điểm đen"), Q("58 điểm tiềm ẩn tai nạn giao thông", 58, "điểm tiềm ẩn tai nạn giao thông"),
 Q("từ 5% đến 10%", 5, "%", "approx"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Kế hoạch", "512", "KH-UBND", "2025-12-10", "UBND tỉnh", "Kế hoạch số 512/KH-UBND ngày 10/12/2025"),
 D("Chỉ thị", "23", "CT/TW", None, None, "Chỉ thị số 23-CT/TW"),
 D("Chỉ thị", "10", "CT-TTg", None, None, "Chỉ thị số 10/CT-TTg")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Đắk Mil"), com("Phan Rí Cửa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự | Giao thông", "Đồng chí Nguyễn Ngọc Phúc phát biểu kết luận hội nghị.",
 "không uống rượu khi đi xe", "Năm an toàn giao thông 2026"],
["Cập nhật: 17:20, 26/12/2025 (GMT+7)", "3 tiêu chí", "năm 2025", "năm 2026", "Năm 2025", "năm 2024", "quốc lộ 1",
 "quốc lộ 20", "quốc lộ 28", "quốc lộ 14"]))

PAGES.append(page("b7969-dongnai-btgdv-tongket-2025-trienkhai-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Bạn đang ở: Trang chủ » Tin tức » Dân vận
Thứ Sáu, 09/01/2026 - 08:45
Ảnh: Các đại biểu dự hội nghị.
Khối dân vận tỉnh triển khai nhiệm vụ năm 2026, tiếp tục xây dựng "Tuyến đường tự quản an toàn, văn minh"
Ngày 08/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Điểu Thị Hồng Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong thực hiện sắp xếp đơn vị hành chính và về vận động nhân dân tham gia bảo đảm trật tự, an toàn giao thông trên các tuyến cao tốc, quốc lộ 13, quốc lộ 14, quốc lộ 20. Sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, toàn tỉnh có 2.372 tuyến đường tự quản, 1.486 mô hình "Dân vận khéo", trong đó 312 mô hình về trật tự, an toàn giao thông.
Nhân dân đóng góp trên 215 tỷ đồng, hiến gần 68 ha đất phục vụ giải phóng mặt bằng sân bay Long Thành, các tuyến cao tốc Biên Hòa - Vũng Tàu, Chơn Thành - Gia Nghĩa; 96,4% hộ dân trong vùng dự án bàn giao mặt bằng đúng hạn. Tai nạn giao thông giảm 8,7% số vụ so với năm 2024.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Minh Hiền, Lê Quang Vinh, Thị Mai Sương báo cáo tham luận. Đồng chí Điểu Brông, Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã có 3 sóc đồng bào S'tiêng dọc đường tuần tra biên giới, đã vận động 148 hộ làm hàng rào, không thả gia súc trên đường. Đồng chí Trương Thị Ngọc Ánh, Bí thư Đảng ủy, Chủ tịch HĐND phường Trảng Dài, nêu kinh nghiệm vận động 420 hộ kinh doanh trả lại vỉa hè.
Đồng chí Điểu Thị Hồng Lan đề nghị năm 2026 các cấp thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận; Kế hoạch số 06-KH/BTGDVTU ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy; mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" về an toàn giao thông; tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 30 tập thể, 42 cá nhân; công bố quyết định công nhận 25 mô hình tiêu biểu cấp tỉnh trong phong trào thi đua "Dân vận khéo" năm 2025.
Ngọc Liên
Tin liên quan
- Đồng Nai: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (30/12/2025)
- Phường Bình Phước ra mắt 4 tuyến đường tự quản (18/12/2025)
- Giao ban khối dân vận quý IV/2025 (05/12/2025)
- Hội nghị tập huấn nghiệp vụ dân vận cho cán bộ xã (20/11/2025)
""", "2026-01-09", 'Khối dân vận tỉnh triển khai nhiệm vụ năm 2026, tiếp tục xây dựng "Tuyến đường tự quản an toàn, văn minh"',
E("tong_ket", "2025", "2026-01-08"),
[P("Điểu Thị Hồng Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Minh Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Mai Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Brông", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Trương Thị Ngọc Ánh", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Trảng Dài")],
[Q("2.372 tuyến đường tự quản", 2372, "tuyến đường tự quản"), Q("1.486 mô hình", 1486, "mô hình"), Q("312 mô hình", 312, "mô hình"),
 Q("trên 215 tỷ đồng", 215000000000, "đồng", "over"), Q("gần 68 ha", 68, "ha", "approx"), Q("96,4%", 96.4, "%"),
 Q("8,7%", 8.7, "%"), Q("3 sóc đồng bào S'tiêng", 3, "sóc đồng bào S'tiêng"), Q("148 hộ", 148, "hộ"),
 Q("420 hộ kinh doanh", 420, "hộ kinh doanh"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("30 tập thể", 30, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("25 mô hình tiêu biểu cấp tỉnh", 25, "mô hình tiêu biểu cấp tỉnh")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW"),
 D("Kế hoạch", "06", "KH/BTGDVTU", "2026-01-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 06-KH/BTGDVTU ngày 05/01/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trảng Dài")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Bạn đang ở: Trang chủ » Tin tức » Dân vận", "Ảnh: Các đại biểu dự hội nghị.",
 "Tuyến đường tự quản an toàn, văn minh", "Dân vận khéo", "sân bay Long Thành"],
["Thứ Sáu, 09/01/2026 - 08:45", "năm 2026", "năm 2025", "Năm 2025", "năm 2024", "quốc lộ 13", "quốc lộ 14", "quốc lộ 20",
 "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b7970-nghean-muongxen-traoqua-tet-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG XÉN - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | An ninh - Trật tự
Ngày đăng: 06/02/2026 | 15:20
Mang Tết an toàn đến với bà con các bản vùng biên
Trong 2 ngày 04 và 05/02/2026, Ủy ban MTTQ Việt Nam xã Mường Xén phối hợp Công an xã và Đồn Biên phòng Mường Xén tổ chức chương trình "Tết an toàn - Xuân yêu thương" năm 2026, thăm, tặng quà và mũ bảo hiểm cho các hộ nghèo, hộ cận nghèo ở 6 bản vùng biên trước Tết Nguyên đán Bính Ngọ.
Lãnh đạo xã trao mũ bảo hiểm cho người dân bản Huồi Khe.
Tại các điểm trao quà, đoàn đã trao 260 suất quà, mỗi suất trị giá 600.000 đồng gồm tiền mặt, gạo, dầu ăn, bánh kẹo; tặng 400 mũ bảo hiểm đạt chuẩn và 120 áo phản quang cho người dân thường xuyên đi xe máy trên các tuyến đường đèo. Tổng kinh phí chương trình gần 200 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh Nghệ An, các doanh nghiệp và nhà hảo tâm hỗ trợ.
Tham gia đoàn có các đồng chí: Lầu Bá Chò, Bí thư Đảng ủy xã; Lo Văn Pắn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Vừ Thị Dợ, Chủ tịch Ủy ban MTTQ Việt Nam xã; Thiếu tá Moong Văn Xuân, Trưởng Công an xã.
Đồng chí Lầu Bá Chò cho biết: Sau sắp xếp, xã Mường Xén có 28 bản với hơn 4.100 hộ, đồng bào Mông, Khơ Mú, Thái chiếm trên 80% dân số. Năm 2025, trên địa bàn xã xảy ra 4 vụ tai nạn giao thông làm chết 3 người, đều là xe máy không đội mũ bảo hiểm, người điều khiển đã uống rượu. Vì vậy, xã chọn món quà là mũ bảo hiểm để nhắc nhở bà con "đi chơi Tết phải đội mũ, uống rượu thì không lái xe".
Tại buổi trao quà ở bản Huồi Khe, Thiếu tá Moong Văn Xuân tuyên truyền bằng tiếng Khơ Mú những quy định của Luật Trật tự, an toàn giao thông đường bộ và mức xử phạt đối với người điều khiển xe có nồng độ cồn theo Nghị định số 168/2024/NĐ-CP. Ông Xồng Bá Giống, Trưởng bản Huồi Khe, đại diện bà con hứa sẽ đưa nội dung này vào sinh hoạt bản, cùng tổ tự quản giữ gìn tuyến đường của bản trong dịp Tết.
Chương trình được tổ chức theo Kế hoạch số 12/KH-MTTQ của Ban Thường trực Ủy ban MTTQ Việt Nam xã, hưởng ứng đợt cao điểm bảo đảm trật tự, an toàn giao thông dịp Tết và lễ hội xuân. Dịp này, đoàn còn trao 15 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo học giỏi.
Bà Xồng Thị Mai, bản Xốp Mạt, xúc động: "Năm nay nhà có mũ bảo hiểm mới, Tết đưa cháu đi chơi chợ phiên yên tâm hơn".
Lương Hoài - Cao Sơn
Tin liên quan
- Xã Mường Xén ra quân đợt cao điểm bảo đảm trật tự, an toàn giao thông Tết (28/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (15/01/2026)
- Trao 50 con bò giống cho hộ nghèo các bản vùng biên (08/01/2026)
""", "2026-02-06", "Mang Tết an toàn đến với bà con các bản vùng biên",
E("trao_qua", None, "2026-02-04"),
[P("Lầu Bá Chò", "Bí thư Đảng ủy xã"),
 P("Lo Văn Pắn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vừ Thị Dợ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Moong Văn Xuân", "Thiếu tá", "Trưởng Công an xã"),
 P("Xồng Bá Giống", "Trưởng bản Huồi Khe"),
 P("Xồng Thị Mai")],
[Q("6 bản", 6, "bản"), Q("260 suất quà", 260, "suất quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("400 mũ bảo hiểm", 400, "mũ bảo hiểm"), Q("120 áo phản quang", 120, "áo phản quang"),
 Q("gần 200 triệu đồng", 200000000, "đồng", "approx"), Q("28 bản", 28, "bản"), Q("hơn 4.100 hộ", 4100, "hộ", "over"),
 Q("trên 80%", 80, "%", "over"), Q("4 vụ tai nạn giao thông", 4, "vụ tai nạn giao thông"), Q("3 người", 3, "người"),
 Q("15 suất học bổng", 15, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "168", "2024/NĐ-CP", None, None, "Nghị định số 168/2024/NĐ-CP"),
 D("Kế hoạch", "12", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 12/KH-MTTQ")],
[prov("Nghệ An"), com("Mường Xén")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG XÉN - TỈNH NGHỆ AN", "Trang chủ | Tin tức - Sự kiện | An ninh - Trật tự",
 "Tết an toàn - Xuân yêu thương", "Lãnh đạo xã trao mũ bảo hiểm cho người dân bản Huồi Khe.",
 "đi chơi Tết phải đội mũ, uống rượu thì không lái xe", "Luật Trật tự, an toàn giao thông đường bộ", "Đồn Biên phòng Mường Xén"],
["Ngày đăng: 06/02/2026 | 15:20", "2 ngày", "năm 2026", "Tết Nguyên đán Bính Ngọ", "Năm 2025", "Năm nay"]))

PAGES.append(page("b7971-angiang-btgdv-giaoban-q1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Chính trị › Xây dựng Đảng › Dân vận
31.03.2026 | 14:10
Hôm nay: Thứ Tư, 01/04/2026
Giao ban khối dân vận quý I: nhân rộng "Tuyến đường tự quản" ở vùng đồng bào Khmer
(BAG) - Chiều 30/3, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị giao ban khối dân vận quý I/2026, bàn giải pháp nhân rộng mô hình "Tuyến đường tự quản an toàn, sáng - xanh - sạch" ở vùng đồng bào dân tộc Khmer. Đồng chí Chau Sóc Kha, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Chau Sóc Kha chủ trì hội nghị giao ban.
Theo báo cáo, quý I, khối dân vận đã tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phối hợp tổ chức 742 buổi tuyên truyền về trật tự, an toàn giao thông tại chùa, điểm sinh hoạt cộng đồng với khoảng 31.000 lượt người dự. Sau hợp nhất tỉnh An Giang và tỉnh Kiên Giang, vùng đồng bào Khmer của tỉnh trải rộng từ vùng Bảy Núi đến ven biển Tây. Toàn tỉnh hiện có 1.238 tuyến đường tự quản, trong đó 214 tuyến ở các phum, sóc đồng bào Khmer tại các xã Tri Tôn, Ba Chúc, Vĩnh Điều. Các chùa Khmer đã vận động phật tử đóng góp hơn 3,6 tỷ đồng lắp 1.020 bóng đèn, làm 18 cây cầu bê tông.
Trong quý I, tai nạn giao thông trên địa bàn tỉnh giảm 9 vụ, giảm 6 người chết so với cùng kỳ; tuy nhiên vẫn xảy ra 3 vụ va chạm trên đường đi lễ hội Chôl Chnăm Thmây tại các chùa vùng núi.
Tại hội nghị, các đồng chí Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã: Néang Sa Rết (xã Tri Tôn), Danh Út (xã Vĩnh Điều), Lê Văn Mười (xã Ba Chúc) trình bày tham luận. Đại đức Chau Ty, Phó Trụ trì chùa Tà Pạ, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tổ chức lớp hướng dẫn kỹ năng điều tiết giao thông cho 120 sư sãi, chức việc trước mùa lễ hội.
Hội nghị quán triệt Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và về xây dựng tuyến đường tự quản; Kế hoạch số 18-KH/BTGDVTU ngày 10/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về vận động đồng bào dân tộc, tôn giáo tham gia bảo đảm trật tự, an toàn giao thông năm 2026.
Kết luận hội nghị, đồng chí Chau Sóc Kha đề nghị quý II, khối dân vận phối hợp tổ chức an toàn mùa lễ Chôl Chnăm Thmây, Sene Đôlta; mỗi xã vùng đồng bào Khmer xây dựng thêm ít nhất 3 tuyến đường tự quản; phấn đấu đến cuối năm 2026 đạt 100% phum, sóc có tổ tự quản.
Danh Thành
Tin khác
- Phường Rạch Giá ra mắt "Tuyến phố văn minh, an toàn giao thông" (20/03/2026)
- Tập huấn công tác dân vận cho cán bộ xã, phường (12/03/2026)
- Họp mặt chức sắc, chức việc các tôn giáo mừng Xuân Bính Ngọ (10/02/2026)
""", "2026-03-31", 'Giao ban khối dân vận quý I: nhân rộng "Tuyến đường tự quản" ở vùng đồng bào Khmer',
E("giao_ban", "2026-Q1", "2026-03-30"),
[P("Chau Sóc Kha", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Néang Sa Rết", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Danh Út", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Lê Văn Mười", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Chau Ty", "Đại đức", "Phó Trụ trì chùa Tà Pạ", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("742 buổi tuyên truyền", 742, "buổi tuyên truyền"), Q("khoảng 31.000 lượt người", 31000, "lượt người", "approx"),
 Q("1.238 tuyến đường tự quản", 1238, "tuyến đường tự quản"), Q("214 tuyến", 214, "tuyến"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("1.020 bóng đèn", 1020, "bóng đèn"),
 Q("18 cây cầu bê tông", 18, "cây cầu bê tông"), Q("9 vụ", 9, "vụ"), Q("6 người chết", 6, "người"),
 Q("3 vụ va chạm", 3, "vụ va chạm"), Q("120 sư sãi, chức việc", 120, "sư sãi, chức việc"),
 Q("ít nhất 3 tuyến đường tự quản", 3, "tuyến đường tự quản", "over"), Q("100%", 100, "%")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kế hoạch", "18", "KH/BTGDVTU", "2026-03-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 10/3/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Ba Chúc"), com("Vĩnh Điều")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Chính trị › Xây dựng Đảng › Dân vận", "Hôm nay: Thứ Tư, 01/04/2026", "(BAG)",
 "Đồng chí Chau Sóc Kha chủ trì hội nghị giao ban.", "Tuyến đường tự quản an toàn, sáng - xanh - sạch",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây", "Sene Đôlta"],
["31.03.2026 | 14:10", "Hôm nay: Thứ Tư, 01/04/2026", "quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "quý I", "quý II",
 "năm 2026", "cuối năm 2026"]))

PAGES.append(page("b7972-khanhhoa-xa-doithoai-giasuc-2026", """
ĐẢNG BỘ XÃ PHƯỚC HẬU - TỈNH KHÁNH HÒA
Trang chủ - Tin hoạt động - Dân vận
17 tháng 4, 2026 | 08:30
Người đứng đầu xã Phước Hậu đối thoại với nhân dân về "Tuyến đường tự quản, không thả rông gia súc"
Chiều 15/4/2026, Đảng ủy, UBND xã Phước Hậu (tỉnh Khánh Hòa; trước ngày 01/7/2025 thuộc tỉnh Ninh Thuận) tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về trật tự, an toàn giao thông trên tuyến đường liên xã Phước Hậu - Phước Hữu và việc chăn thả gia súc trên đường. Chủ trì đối thoại có ông Đàng Văn Thuận, Bí thư Đảng ủy, Chủ tịch HĐND xã và ông Thập Văn Mành, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Ông Thập Văn Mành trả lời ý kiến cử tri thôn Hiếu Lễ.
Dự hội nghị có bà Pinăng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Xây dựng và 185 người dân của 7 thôn, trong đó có nhiều chức sắc Chăm Bà-la-môn, Bàni và người có uy tín.
Theo báo cáo của UBND xã, tuyến đường liên xã dài 8,4 km được nâng cấp từ nguồn vốn của Quyết định 1150, 1151/QĐ-UBND của UBND tỉnh, tổng vốn 26,5 tỷ đồng. Từ đầu năm 2026, trên tuyến xảy ra 5 vụ va chạm giao thông, trong đó 3 vụ do bò, dê thả rông chạy ra đường vào ban đêm, làm 1 người chết. Toàn xã hiện có khoảng 2.600 con bò, 4.800 con dê, cừu; khoảng 35% số hộ chăn nuôi còn thả rông.
Tại buổi đối thoại, 19 ý kiến được nêu. Ông Chamaléa Văn Hiệp, thôn Hiếu Lễ, đề nghị xã quy hoạch bãi chăn thả tập trung trước khi xử phạt. Bà Katơr Thị Lan, Chi hội trưởng Chi hội phụ nữ thôn Vĩnh Thuận, kiến nghị lắp đèn chiếu sáng ở đoạn qua cánh đồng. Cả sư Lưu Quang Đạo, thôn Phước Đồng, cho biết các chức sắc sẵn sàng cùng chính quyền vận động bà con nhốt gia súc vào chuồng, nhất là dịp lễ hội Katê, Ramưwan.
Trả lời các ý kiến, ông Thập Văn Mành thông tin: xã đã dành 12 ha đất công ven sông làm bãi chăn thả; từ tháng 5/2026, các hộ tái phạm thả rông gia súc trên đường sẽ bị xử phạt theo Nghị định số 168/2024/NĐ-CP. Xã sẽ lắp thêm 64 bóng đèn năng lượng mặt trời trên tuyến, kinh phí khoảng 190 triệu đồng, trong đó nhân dân đóng góp 30%. Tổ tự quản của mỗi thôn gồm 5 đến 7 người, có phụ cấp 500.000 đồng/tháng.
Phát biểu tại hội nghị, bà Pinăng Thị Hoa ghi nhận cách làm dân chủ, công khai của xã, đề nghị thực hiện tốt Luật Thực hiện dân chủ ở cơ sở và Kết luận số 08-KL/ĐU của Đảng ủy xã về xây dựng tuyến đường tự quản; phát huy vai trò của người có uy tín trong đồng bào Chăm, Raglai.
Kết thúc đối thoại, đại diện 7 thôn đã ký giao ước "không thả rông gia súc, không lấn chiếm hành lang đường bộ".
Tường Vi
Tin liên quan
- Xã Phước Hậu ra mắt Ban An toàn giao thông xã (20/03/2026)
- Hội nghị tiếp xúc cử tri trước bầu cử (25/02/2026)
- Tặng quà Tết Ramưwan cho đồng bào Chăm Bàni (10/02/2026)
""", "2026-04-17", 'Người đứng đầu xã Phước Hậu đối thoại với nhân dân về "Tuyến đường tự quản, không thả rông gia súc"',
E("doi_thoai", "2026", "2026-04-15"),
[P("Đàng Văn Thuận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thập Văn Mành", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Pinăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chamaléa Văn Hiệp"),
 P("Katơr Thị Lan", "Chi hội trưởng Chi hội phụ nữ thôn Vĩnh Thuận"),
 P("Lưu Quang Đạo", "Cả sư")],
[Q("185 người dân", 185, "người dân"), Q("7 thôn", 7, "thôn"), Q("8,4 km", 8.4, "km"), Q("26,5 tỷ đồng", 26500000000, "đồng"),
 Q("5 vụ va chạm giao thông", 5, "vụ va chạm giao thông"), Q("3 vụ", 3, "vụ"), Q("1 người chết", 1, "người"),
 Q("khoảng 2.600 con bò", 2600, "con bò", "approx"), Q("4.800 con dê, cừu", 4800, "con dê, cừu", "approx"),
 Q("khoảng 35%", 35, "%", "approx"), Q("19 ý kiến", 19, "ý kiến"), Q("12 ha", 12, "ha"),
 Q("64 bóng đèn năng lượng mặt trời", 64, "bóng đèn năng lượng mặt trời"), Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"),
 Q("30%", 30, "%"), Q("5 đến 7 người", 5, "người", "approx"), Q("500.000 đồng/tháng", 500000, "đồng")],
[D("Quyết định", "1150", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1150, 1151/QĐ-UBND"),
 D("Quyết định", "1151", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1150, 1151/QĐ-UBND"),
 D("Nghị định", "168", "2024/NĐ-CP", None, None, "Nghị định số 168/2024/NĐ-CP"),
 D("Kết luận", "08", "KL/ĐU", None, "Đảng ủy xã", "Kết luận số 08-KL/ĐU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Hữu")],
["ĐẢNG BỘ XÃ PHƯỚC HẬU - TỈNH KHÁNH HÒA", "Trang chủ - Tin hoạt động - Dân vận", "Ông Thập Văn Mành trả lời ý kiến cử tri thôn Hiếu Lễ.",
 "Tuyến đường tự quản, không thả rông gia súc", "Luật Thực hiện dân chủ ở cơ sở", "Katê", "Ramưwan",
 "không thả rông gia súc, không lấn chiếm hành lang đường bộ"],
["17 tháng 4, 2026 | 08:30", "trước ngày 01/7/2025", "năm 2026", "đầu năm 2026", "tháng 5/2026"]))
