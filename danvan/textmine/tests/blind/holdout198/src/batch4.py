from lib import *
PAGES = []

PAGES.append(page("b4727-vinhlong-mttq-traoqua-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG
Trang chủ » Tin hoạt động » An sinh xã hội
Thứ Sáu, 19/09/2025 - 14:20
Ảnh: Trao hỗ trợ cho hộ dân bị sạt lở tại xã Thạnh Phong.
Trao 2,6 tỷ đồng hỗ trợ hộ dân ven biển di dời khỏi vùng sạt lở
Ngày 18/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp UBND xã Thạnh Phong và xã Thạnh Hải tổ chức trao hỗ trợ tổng trị giá 2,6 tỷ đồng cho 65 hộ dân sống trong vùng sạt lở bờ biển phải di dời đến nơi ở mới. Mỗi hộ được hỗ trợ 40 triệu đồng từ nguồn Quỹ Cứu trợ tỉnh để làm nhà và ổn định cuộc sống.
Tham dự có bà Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kim Ngọc Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; bà Lê Thị Kiều Diễm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Trần Văn Lực, Bí thư Đảng ủy, Chủ tịch HĐND xã Thạnh Phong.
Theo UBND xã Thạnh Phong, từ tháng 6/2025 đến nay, triều cường kết hợp sóng lớn làm sạt lở khoảng 1.800 m bờ biển, 27 căn nhà bị sập hoàn toàn, 41 căn bị hư hỏng nặng; hơn 120 ha rừng phòng hộ bị mất. Thực hiện Quyết định số 2210/QĐ-UBND ngày 12/8/2025 của UBND tỉnh công bố tình huống khẩn cấp sạt lở và Kế hoạch 18-KH/ĐU của Đảng ủy xã, địa phương đã bố trí 3,2 ha đất làm khu tái định cư với 80 nền nhà.
Phát biểu tại buổi trao hỗ trợ, bà Nguyễn Thị Minh Trang cho biết sau khi hợp nhất, Ủy ban MTTQ tỉnh đã vận động được 14,8 tỷ đồng hỗ trợ người dân bị thiên tai; thực hiện Chỉ thị 42-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai. Bà đề nghị Ủy ban MTTQ các xã, phường tiếp tục rà soát, không để hộ nào trong vùng nguy hiểm phải ở lại khi mùa mưa bão đến; các tổ chức chính trị - xã hội trực thuộc Mặt trận vận động hội viên giúp ngày công dựng nhà.
Ông Kim Ngọc Sa Rinh thông tin, Hội Nông dân tỉnh sẽ dành 1,5 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 30 hộ di dời vay chuyển đổi sang nuôi sò huyết, trồng màu trên giồng cát; Hội LHPN tỉnh trao 65 phần quà, mỗi phần 1 triệu đồng.
Bà Huỳnh Thị Lệ, 71 tuổi, ấp Thạnh Hòa, xã Thạnh Phong, chia sẻ: "Nhà tôi sát mé biển, đêm nào sóng lớn cũng không dám ngủ. Có tiền hỗ trợ, lại được cấp nền, tôi yên tâm dời vô trong".
Dịp này, Tỉnh đoàn ra quân 150 đoàn viên, thanh niên tình nguyện giúp bà con tháo dỡ, di chuyển đồ đạc.
Minh Thái
Lượt xem: 1.906
Tin liên quan
- Phường Long Châu: ra mắt Ủy ban MTTQ phường sau hợp nhất (10/09/2025)
- Mặt trận tỉnh tiếp nhận 3 tỷ đồng ủng hộ đồng bào vùng thiên tai (02/09/2025)
- Xã Ba Tri vận động nhân dân nạo vét kênh thủy lợi (26/08/2025)
""", "2025-09-19", "Trao 2,6 tỷ đồng hỗ trợ hộ dân ven biển di dời khỏi vùng sạt lở",
E("trao_qua", None, "2025-09-18"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Kiều Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Văn Lực", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Thạnh Phong"),
 P("Huỳnh Thị Lệ")],
[Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("65 hộ dân", 65, "hộ dân"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("khoảng 1.800 m", 1800, "m", "approx"), Q("27 căn nhà", 27, "căn nhà"), Q("41 căn", 41, "căn"),
 Q("hơn 120 ha", 120, "ha", "over"), Q("3,2 ha", 3.2, "ha"), Q("80 nền nhà", 80, "nền nhà"), Q("14,8 tỷ đồng", 14800000000, "đồng"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("30 hộ", 30, "hộ"), Q("65 phần quà", 65, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("150 đoàn viên, thanh niên tình nguyện", 150, "đoàn viên, thanh niên tình nguyện")],
[D("Quyết định", "2210", "QĐ-UBND", "2025-08-12", "UBND tỉnh", "Quyết định số 2210/QĐ-UBND ngày 12/8/2025"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 18-KH/ĐU"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW")],
[prov("Vĩnh Long"), com("Thạnh Phong"), com("Thạnh Hải")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG", "Trang chủ » Tin hoạt động » An sinh xã hội",
 "Ảnh: Trao hỗ trợ cho hộ dân bị sạt lở tại xã Thạnh Phong.", "Quỹ Cứu trợ tỉnh", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.906"],
["Thứ Sáu, 19/09/2025 - 14:20", "tháng 6/2025", "71 tuổi", "Lượt xem: 1.906"]))

PAGES.append(page("b4728-angiang-dangbo-daihoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Chính trị › Đại hội Đảng các cấp
Cập nhật: 17:45, 08/08/2025 (GMT+7)
Đại hội đại biểu Đảng bộ xã Vĩnh Hòa lần thứ I, nhiệm kỳ 2025 - 2030
(BAG) - Ngày 7/8, Đảng bộ xã Vĩnh Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 150 đại biểu đại diện cho 1.024 đảng viên sinh hoạt tại 32 chi bộ. Dự đại hội có đồng chí Danh Minh Thông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đoàn Chủ tịch điều hành phiên thảo luận. Ảnh: Hạnh Châu
Xã Vĩnh Hòa được thành lập trên cơ sở sắp xếp 3 xã Vĩnh Hòa Hưng Bắc, Vĩnh Hòa Hưng Nam và Vĩnh Bình Bắc, diện tích tự nhiên 186 km2, dân số 52.300 người, trong đó đồng bào Khmer chiếm khoảng 18%. Nhiệm kỳ qua, nhân dân đã đóng góp trên 32 tỷ đồng, hiến 76.000 m2 đất cùng Nhà nước làm 41 km đê bao, 68 cống ngăn mặn, trữ ngọt; vận động 214 hộ dân ven kênh Cái Lớn ra khỏi vùng sạt lở. Tỷ lệ hộ nghèo giảm còn 1,06%.
Đại hội thống nhất 18 chỉ tiêu chủ yếu, trong đó có 3 khâu đột phá: hoàn thiện hệ thống thủy lợi khép kín thích ứng hạn, mặn; chuyển đổi 2.500 ha lúa kém hiệu quả sang mô hình lúa - tôm; phấn đấu 100% hộ dân sử dụng nước sạch vào năm 2030.
Phát biểu chỉ đạo, đồng chí Danh Minh Thông đề nghị Đảng bộ xã quán triệt Chỉ thị 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; thực hiện tốt Quy định 190-QĐ/TW, phát huy vai trò Mặt trận và các tổ chức chính trị - xã hội trong vận động nhân dân thích ứng biến đổi khí hậu.
Tham luận tại đại hội, bà Danh Thị Sa Rum, Chủ tịch Hội Nông dân xã, nêu kinh nghiệm vận động 460 hội viên góp 2,8 tỷ đồng nạo vét 37 tuyến kênh nội đồng; ông Huỳnh Văn Tài, Trưởng ấp Xẻo Nhàu, kiến nghị sớm gia cố 2,3 km bờ kênh Cái Lớn đang có nguy cơ sạt lở, ảnh hưởng 58 hộ dân.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 29 đồng chí. Đồng chí Lâm Hoàng Vũ được bầu giữ chức Bí thư Đảng ủy xã Vĩnh Hòa; các đồng chí Thạch Sô Phal, Nguyễn Thị Mộng Tuyền được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Trương Văn Khởi, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày ý kiến về tăng cường khối đại đoàn kết toàn dân tộc trong đồng bào Kinh - Khmer.
Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ I, nhiệm kỳ 2025 - 2030 và thông qua Nghị quyết Đại hội.
Hạnh Châu
Lượt xem: 988
Tin liên quan
- Đại hội Đảng bộ phường Rạch Giá lần thứ I (06/08/2025)
- Xã Tân Hiệp tổ chức đại hội điểm (01/08/2025)
- Ban Chỉ đạo Đại hội Tỉnh ủy kiểm tra công tác chuẩn bị đại hội cấp xã (25/07/2025)
""", "2025-08-08", "Đại hội đại biểu Đảng bộ xã Vĩnh Hòa lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-07"),
[P("Danh Minh Thông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Hoàng Vũ", "Bí thư Đảng ủy xã Vĩnh Hòa"),
 P("Thạch Sô Phal", "Phó Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Mộng Tuyền", "Phó Bí thư Đảng ủy xã"),
 P("Trương Văn Khởi", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Danh Thị Sa Rum", "Chủ tịch Hội Nông dân xã"), P("Huỳnh Văn Tài", "Trưởng ấp Xẻo Nhàu")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.024 đảng viên", 1024, "đảng viên"), Q("32 chi bộ", 32, "chi bộ"), Q("3 xã", 3, "xã"),
 Q("186 km2", 186, "km2"), Q("52.300 người", 52300, "người"), Q("khoảng 18%", 18, "%", "approx"),
 Q("trên 32 tỷ đồng", 32000000000, "đồng", "over"), Q("76.000 m2", 76000, "m2"), Q("41 km", 41, "km"),
 Q("68 cống ngăn mặn, trữ ngọt", 68, "cống ngăn mặn, trữ ngọt"), Q("214 hộ dân", 214, "hộ dân"), Q("1,06%", 1.06, "%"),
 Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("2.500 ha", 2500, "ha"),
 Q("100% hộ dân", 100, "%"), Q("29 đồng chí", 29, "đồng chí"), Q("460 hội viên", 460, "hội viên"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("37 tuyến kênh nội đồng", 37, "tuyến kênh nội đồng"), Q("2,3 km", 2.3, "km"), Q("58 hộ dân", 58, "hộ dân"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW"),
 D("Quy định", "190", "QĐ/TW", None, None, "Quy định 190-QĐ/TW")],
[prov("An Giang"), com("Vĩnh Hòa"), com("Vĩnh Hòa Hưng Bắc"), com("Vĩnh Hòa Hưng Nam"), com("Vĩnh Bình Bắc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Chính trị › Đại hội Đảng các cấp", "Đoàn Chủ tịch điều hành phiên thảo luận. Ảnh: Hạnh Châu",
 "(BAG)", "Lượt xem: 988"],
["Cập nhật: 17:45, 08/08/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2030", "lần thứ XIV", "khóa I", "29 đồng chí", "Lượt xem: 988"]))

PAGES.append(page("b4729-camau-mttq-tongket-2026", """
Báo Cà Mau điện tử - Cơ quan của Đảng bộ tỉnh Cà Mau
Hôm nay: Thứ Hai, 19/01/2026
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Toàn cảnh hội nghị.
Mặt trận tỉnh triển khai nhiệm vụ năm 2026
Ngày 15/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Lư Thị Ngọc Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Minh Trí, Tăng Thị Kim Quy, Danh Tấn Lực.
Năm 2025 là năm đầu tiên Mặt trận tỉnh vận hành theo mô hình mới sau khi hợp nhất hai tỉnh Cà Mau và Bạc Liêu, các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ. Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" 86,4 tỷ đồng; hỗ trợ xây mới, sửa chữa 2.418 căn nhà cho hộ nghèo, hoàn thành chương trình xóa nhà tạm, nhà dột nát trước thời hạn. Trước tình trạng sạt lở bờ biển Đông, biển Tây, Mặt trận phối hợp chính quyền vận động 396 hộ dân tại các xã Đất Mũi, Khánh Hội, Vĩnh Hậu, Gành Hào di dời khỏi vùng nguy hiểm; các tổ chức thành viên trồng mới 48 ha rừng phòng hộ, đóng góp 12.600 ngày công đắp đê tạm.
Ban Thường trực Ủy ban MTTQ tỉnh tổ chức 9 cuộc giám sát, 4 hội nghị phản biện xã hội, trong đó có phản biện dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ di dời dân cư vùng sạt lở. Thực hiện Kết luận 120-KL/TW, 121-KL/TW của Bộ Chính trị và Hướng dẫn số 28/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận các xã, phường đã kiện toàn 1.050 Ban Công tác Mặt trận ở khu dân cư.
Tại hội nghị, đồng chí Lý Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh cho biết Hội đã vận động nông dân góp 17,3 tỷ đồng nạo vét 205 tuyến kênh thủy lợi nội đồng phục vụ mô hình lúa - tôm, tôm - rừng. Ông Quách Văn Tình, Chủ tịch Ủy ban MTTQ Việt Nam xã Đất Mũi, chia sẻ xã đã vận động 58 hộ dân sống ngoài đê di dời, không để xảy ra khiếu kiện.
Phát biểu chỉ đạo, đồng chí Lư Thị Ngọc Yến đề nghị năm 2026, Mặt trận các cấp tập trung tổ chức tốt bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tiếp tục thực hiện Nghị quyết 66-NQ/TW, Nghị quyết 68-NQ/TW của Bộ Chính trị; phấn đấu 95% khu dân cư đạt danh hiệu văn hóa.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 40 tập thể và 65 cá nhân.
Hoàng Vũ
Lượt xem: 1.244
Tin liên quan
- Mặt trận phường An Xuyên tổng kết năm 2025 (14/01/2026)
- Trao 300 phần quà Tết cho hộ nghèo vùng sạt lở (12/01/2026)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (08/01/2026)
""", "2026-01-16", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Lư Thị Ngọc Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tăng Thị Kim Quy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Tấn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Quách Văn Tình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đất Mũi")],
[Q("86,4 tỷ đồng", 86400000000, "đồng"), Q("2.418 căn nhà", 2418, "căn nhà"), Q("396 hộ dân", 396, "hộ dân"),
 Q("48 ha", 48, "ha"), Q("12.600 ngày công", 12600, "ngày công"), Q("9 cuộc giám sát", 9, "cuộc giám sát"),
 Q("4 hội nghị phản biện xã hội", 4, "hội nghị phản biện xã hội"), Q("1.050 Ban Công tác Mặt trận", 1050, "Ban Công tác Mặt trận"),
 Q("17,3 tỷ đồng", 17300000000, "đồng"), Q("205 tuyến kênh thủy lợi nội đồng", 205, "tuyến kênh thủy lợi nội đồng"),
 Q("58 hộ dân", 58, "hộ dân"), Q("95% khu dân cư", 95, "%"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("40 tập thể", 40, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị", "121-KL/TW"),
 D("Hướng dẫn", "28", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 28/HD-MTTW-BTT"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 68-NQ/TW")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Đất Mũi"), com("Khánh Hội"), com("Vĩnh Hậu"), com("Gành Hào")],
["Báo Cà Mau điện tử - Cơ quan của Đảng bộ tỉnh Cà Mau", "Chính trị > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Lượt xem: 1.244"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.244"]))

PAGES.append(page("b4730-dongthap-xa-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MỸ THỌ - TỈNH ĐỒNG THÁP
Trang chủ >> Tin tức >> Hoạt động chính quyền
13/03/2026 - 15:40
Chủ tịch UBND xã đối thoại với nhân dân về nạo vét kênh, chống hạn
Sáng 12/3/2026, UBND xã Mỹ Thọ phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về công tác thủy lợi, phòng, chống hạn hán và sạt lở. Chủ trì có ông Lê Hữu Phước, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Nguyễn Thị Ngọc Điệp, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; cùng 176 cử tri đại diện 14 ấp.
Người dân phát biểu tại buổi đối thoại. Ảnh: Ngọc Hân
Báo cáo tại buổi đối thoại cho biết, mùa khô 2025 - 2026, mực nước trên kênh Nguyễn Văn Tiếp xuống thấp, khoảng 1.600 ha lúa Đông Xuân có nguy cơ thiếu nước tưới; 4 điểm sạt lở dọc kênh với chiều dài 320 m. Thực hiện Kế hoạch số 46/KH-UBND ngày 20/01/2026 của UBND xã, địa phương đã huy động trên 1,1 tỷ đồng, trong đó nhân dân đóng góp 640 triệu đồng, nạo vét 19 tuyến kênh nội đồng dài 27,5 km; lắp 6 trạm bơm điện.
Tại buổi đối thoại có 23 lượt ý kiến. Ông Võ Văn Nhỏ, ấp Mỹ Thuận, đề nghị công khai khoản đóng góp 350.000 đồng/ha; bà Đặng Thị Thu, Chi hội trưởng Chi hội nông dân ấp Mỹ Phước, kiến nghị kè 120 m bờ kênh trước nhà văn hóa ấp. Ông Nguyễn Văn Lắm, người dân ấp Mỹ Lợi, hỏi về chính sách hỗ trợ 9 hộ phải di dời khỏi vùng sạt lở.
Trả lời, ông Lê Hữu Phước cho biết mức đóng góp do nhân dân bàn, quyết định theo Luật Thực hiện dân chủ ở cơ sở, được niêm yết tại 14 nhà văn hóa ấp; xã đã đề xuất tỉnh hỗ trợ mỗi hộ di dời 50 triệu đồng theo Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh. Bà Trần Thị Bé Ba, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, cam kết Hội sẽ phối hợp hợp tác xã điều tiết lịch bơm nước, bảo đảm 100% diện tích lúa đủ nước.
Ông Phan Văn Đạt, Trưởng ấp Mỹ Thuận, thông tin ấp đã vận động 48 hộ hiến 1.150 m2 đất mở rộng bờ kênh kết hợp đường giao thông; đề nghị Hội Nông dân tỉnh Đồng Tháp tiếp tục hỗ trợ vốn cho nông dân chuyển sang trồng màu, giảm diện tích lúa vụ ba ở vùng thiếu nước.
Kết thúc đối thoại, ông Lê Hữu Phước giao các bộ phận chuyên môn giải quyết dứt điểm 17 ý kiến trong tháng 3, trả lời bằng văn bản 6 ý kiến còn lại; Ban Thanh tra nhân dân xã giám sát việc thu, chi khoản đóng góp. Trong năm 2026, xã sẽ tiếp tục tổ chức đối thoại định kỳ theo Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Ngọc Hân
Lượt xem: 532
Tin khác
- Xã Mỹ Thọ ra quân nạo vét kênh mùa khô (02/03/2026)
- Hội Nông dân xã trao 5 con bò giống cho hội viên (25/02/2026)
- Hội nghị hiệp thương lần thứ hai bầu cử đại biểu HĐND xã (10/02/2026)
""", "2026-03-13", "Chủ tịch UBND xã đối thoại với nhân dân về nạo vét kênh, chống hạn",
E("doi_thoai", "2026", "2026-03-12"),
[P("Lê Hữu Phước", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Ngọc Điệp", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Võ Văn Nhỏ"), P("Đặng Thị Thu", "Chi hội trưởng Chi hội nông dân ấp Mỹ Phước"), P("Nguyễn Văn Lắm"),
 P("Trần Thị Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Phan Văn Đạt", "Trưởng ấp Mỹ Thuận")],
[Q("176 cử tri", 176, "cử tri"), Q("14 ấp", 14, "ấp"), Q("khoảng 1.600 ha", 1600, "ha", "approx"), Q("4 điểm sạt lở", 4, "điểm sạt lở"),
 Q("320 m", 320, "m"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("19 tuyến kênh nội đồng", 19, "tuyến kênh nội đồng"), Q("27,5 km", 27.5, "km"), Q("6 trạm bơm điện", 6, "trạm bơm điện"),
 Q("23 lượt ý kiến", 23, "lượt ý kiến"), Q("350.000 đồng/ha", 350000, "đồng"), Q("120 m", 120, "m"), Q("9 hộ", 9, "hộ"),
 Q("14 nhà văn hóa ấp", 14, "nhà văn hóa ấp"), Q("50 triệu đồng", 50000000, "đồng"), Q("100% diện tích lúa", 100, "%"),
 Q("17 ý kiến", 17, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("48 hộ", 48, "hộ"), Q("1.150 m2", 1150, "m2")],
[D("Kế hoạch", "46", "KH-UBND", "2026-01-20", "UBND xã", "Kế hoạch số 46/KH-UBND ngày 20/01/2026"),
 D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2025/NQ-HĐND"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("Đồng Tháp"), com("Mỹ Thọ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MỸ THỌ - TỈNH ĐỒNG THÁP", "Trang chủ >> Tin tức >> Hoạt động chính quyền",
 "Người dân phát biểu tại buổi đối thoại. Ảnh: Ngọc Hân", "Luật Thực hiện dân chủ ở cơ sở", "Ban Thanh tra nhân dân", "Lượt xem: 532"],
["13/03/2026 - 15:40", "năm 2026", "mùa khô 2025 - 2026", "tháng 3", "Lượt xem: 532"]))

PAGES.append(page("b4731-cantho-mttq-taphuan-2026", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ / Tin hoạt động / Tập huấn - Bồi dưỡng
Ngày đăng 24/04/2026 | 16:20
Tập huấn kỹ năng vận động nhân dân ứng phó thiên tai cho cán bộ Mặt trận cơ sở
Trong 2 ngày 23 và 24/4, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức lớp tập huấn năm 2026 về kỹ năng vận động nhân dân phòng, chống thiên tai, thích ứng biến đổi khí hậu cho 210 học viên là Phó Chủ tịch Ủy ban MTTQ, trưởng Ban Công tác Mặt trận, chi hội trưởng nông dân các xã, phường thuộc khu vực Sóc Trăng và Hậu Giang cũ.
Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Gia Bảo
Phát biểu khai mạc, bà Trần Thị Phương Thảo, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, cho biết sau hợp nhất, thành phố có 103 xã, phường, trong đó 38 xã, phường ven biển, ven sông thường xuyên chịu ảnh hưởng của hạn, mặn và sạt lở. Mùa khô 2025 - 2026, mặn xâm nhập sâu 55 km trên sông Hậu, khoảng 12.000 hộ ở các xã Trần Đề, Lịch Hội Thượng, Vĩnh Hải và phường Vĩnh Châu thiếu nước ngọt.
Lớp tập huấn được tổ chức theo Kế hoạch số 37/KH-MTTQ-BTT ngày 02/4/2026 của Ban Thường trực Ủy ban MTTQ thành phố, nhằm triển khai Chỉ thị 42-CT/TW của Ban Bí thư và Nghị quyết 06/2025/NQLT-CP-ĐCTUBTWMTTQVN giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam về phối hợp công tác.
Các học viên được nghe ThS. Thạch Ngọc Sen, Phó Trưởng phòng Quản lý đê điều và Phòng, chống thiên tai Sở Nông nghiệp và Môi trường, giới thiệu diễn biến hạn, mặn, sạt lở ở vùng ven biển Sóc Trăng cũ; TS. Huỳnh Văn Hiệp, giảng viên Trường Đại học Cần Thơ, hướng dẫn kỹ năng tổ chức cộng đồng tự quản bờ kênh, trữ nước ngọt hộ gia đình và lập danh sách hộ dễ bị tổn thương.
Ông Lâm Văn Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Nông dân thành phố, cho biết năm 2025, các cấp Hội đã vận động nông dân góp 26,5 tỷ đồng, hơn 40.000 ngày công nạo vét 590 tuyến kênh nội đồng, xây 33 cống ngăn mặn; nhân rộng 120 mô hình sản xuất thích ứng như lúa - tôm, trồng hành tím trên đất giồng cát. Năm 2026, Hội phấn đấu xây dựng ít nhất 50 tổ nông dân tự quản công trình thủy lợi.
Bà Lý Thị Sa Mết, Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, chia sẻ: xã có 86 hộ người Khmer sống ven biển phải di dời; nhờ các vị sư sãi, người có uy tín tham gia vận động, đến nay 71 hộ đã đồng thuận chuyển vào khu tái định cư.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch; Ban tổ chức trao giấy chứng nhận cho các học viên và tặng 210 bộ tài liệu hướng dẫn.
Gia Bảo
Lượt xem: 689
Tin liên quan
- Mặt trận phường Ninh Kiều giám sát thu gom rác thải ven sông (20/04/2026)
- Trao 500 bồn chứa nước cho hộ dân vùng mặn Trần Đề (14/04/2026)
- Ban Thường trực Ủy ban MTTQ thành phố giao ban quý I năm 2026 (08/04/2026)
""", "2026-04-24", "Tập huấn kỹ năng vận động nhân dân ứng phó thiên tai cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-04-23"),
[P("Trần Thị Phương Thảo", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Ngọc Sen", "ThS.", "Phó Trưởng phòng Quản lý đê điều và Phòng, chống thiên tai Sở Nông nghiệp và Môi trường"),
 P("Huỳnh Văn Hiệp", "TS.", "giảng viên Trường Đại học Cần Thơ"),
 P("Lâm Văn Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Nông dân thành phố"),
 P("Lý Thị Sa Mết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng")],
[Q("210 học viên", 210, "học viên"), Q("103 xã, phường", 103, "xã, phường"), Q("38 xã, phường ven biển, ven sông", 38, "xã, phường ven biển, ven sông"),
 Q("55 km", 55, "km"), Q("khoảng 12.000 hộ", 12000, "hộ", "approx"), Q("26,5 tỷ đồng", 26500000000, "đồng"),
 Q("hơn 40.000 ngày công", 40000, "ngày công", "over"), Q("590 tuyến kênh nội đồng", 590, "tuyến kênh nội đồng"),
 Q("33 cống ngăn mặn", 33, "cống ngăn mặn"), Q("120 mô hình sản xuất thích ứng", 120, "mô hình sản xuất thích ứng"),
 Q("ít nhất 50 tổ nông dân tự quản công trình thủy lợi", 50, "tổ nông dân tự quản công trình thủy lợi", "over"),
 Q("86 hộ người Khmer", 86, "hộ người Khmer"), Q("71 hộ", 71, "hộ"), Q("100% học viên", 100, "%"), Q("210 bộ tài liệu hướng dẫn", 210, "bộ tài liệu hướng dẫn")],
[D("Kế hoạch", "37", "KH-MTTQ-BTT", "2026-04-02", "Ban Thường trực Ủy ban MTTQ thành phố", "Kế hoạch số 37/KH-MTTQ-BTT ngày 02/4/2026"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW"),
 D("Nghị quyết", "06", "2025/NQLT-CP-ĐCTUBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết 06/2025/NQLT-CP-ĐCTUBTWMTTQVN")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Trần Đề"), com("Lịch Hội Thượng"), com("Vĩnh Hải"), com("Vĩnh Châu")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin hoạt động / Tập huấn - Bồi dưỡng",
 "Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Gia Bảo", "Lượt xem: 689"],
["Ngày đăng 24/04/2026 | 16:20", "2 ngày", "năm 2026", "Mùa khô 2025 - 2026", "năm 2025", "Lượt xem: 689"]))

PAGES.append(page("b4732-tayninh-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH
Vị trí: Trang chủ › Hoạt động › Dân vận
Thứ Sáu, 10/04/2026
Giao ban công tác tuyên giáo và dân vận quý I năm 2026
Chiều 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ quý II năm 2026. Đồng chí Nguyễn Minh Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Chiến, Võ Thị Ngọc Bích, Đoàn Minh Phụng.
Đồng chí Nguyễn Minh Lâm phát biểu chỉ đạo hội nghị. Ảnh: Khả Tú
Theo báo cáo, quý I, các xã vùng hạ Vàm Cỏ thuộc khu vực Long An cũ như Cần Giuộc, Tân Lân, Long Hựu, Tân Trụ chịu ảnh hưởng mặn xâm nhập sớm; độ mặn trên sông Vàm Cỏ Đông đo tại cống Tân Trụ lên đến 6,5‰; hơn 3.200 ha lúa, thanh long có nguy cơ thiếu nước. Khối dân vận phối hợp các xã vận động nhân dân đóng góp 4,7 tỷ đồng, 9.800 ngày công đắp 126 đập tạm, nạo vét 48 tuyến kênh; Ủy ban MTTQ tỉnh hỗ trợ 850 bồn chứa nước cho hộ nghèo, hộ cận nghèo.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU về lãnh đạo bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp và về tăng cường công tác dân vận trong phòng, chống hạn, mặn; hướng dẫn thực hiện Quy định 304-QĐ/TW của Ban Bí thư về công tác dân vận của hệ thống chính trị. Phong trào "Dân vận khéo" có 312 mô hình mới được công nhận, trong đó 45 mô hình tiêu biểu về thủy lợi, môi trường.
Tại hội nghị, đồng chí Phạm Thị Kim Thoa, Đảng ủy viên, Trưởng Ban Xây dựng Đảng Đảng ủy xã Tân Trụ, cho biết xã đã vận động 27 hộ dân giao 4.600 m2 đất làm đê bao chống triều; ông Lê Văn Tốt, Chủ tịch Ủy ban MTTQ Việt Nam xã Cần Giuộc, đề xuất cơ chế hỗ trợ 70% chi phí đầu tư ao trữ nước cho hộ trồng rau.
Bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, thông tin Hội đã phối hợp ngành nông nghiệp tổ chức 64 cuộc tuyên truyền cho hơn 3.500 lượt hội viên về lịch xuống giống né mặn; giải ngân 3,2 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 86 hộ làm ao, bể trữ nước ngọt.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Lâm đề nghị quý II, khối tuyên giáo và dân vận tập trung tuyên truyền kết quả bầu cử ngày 15/3/2026, thực hiện Kết luận 150-KL/TW của Bộ Chính trị; nắm chắc tình hình nhân dân vùng hạn, mặn và vùng dự án; phấn đấu không có điểm nóng, 100% ý kiến, kiến nghị của nhân dân được tiếp nhận, chuyển đến cơ quan có thẩm quyền.
Khả Tú
Lượt xem: 1.031
Tin liên quan
- Tây Ninh: tôn vinh 60 mô hình "Dân vận khéo" năm 2025 (28/03/2026)
- Xã Long Hựu vận động người dân trữ nước ngọt (18/03/2026)
- Hội nghị giao ban khối dân vận tháng 2/2026 (05/03/2026)
""", "2026-04-10", "Giao ban công tác tuyên giáo và dân vận quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Nguyễn Minh Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Chiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thị Ngọc Bích", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đoàn Minh Phụng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Kim Thoa", "Đảng ủy viên", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Tân Trụ"),
 P("Lê Văn Tốt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cần Giuộc"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("6,5‰", 6.5, "‰"), Q("hơn 3.200 ha", 3200, "ha", "over"), Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("9.800 ngày công", 9800, "ngày công"),
 Q("126 đập tạm", 126, "đập tạm"), Q("48 tuyến kênh", 48, "tuyến kênh"), Q("850 bồn chứa nước", 850, "bồn chứa nước"),
 Q("312 mô hình mới", 312, "mô hình mới"), Q("45 mô hình tiêu biểu", 45, "mô hình tiêu biểu"), Q("27 hộ dân", 27, "hộ dân"),
 Q("4.600 m2", 4600, "m2"), Q("70%", 70, "%"), Q("100% ý kiến, kiến nghị", 100, "%"), Q("64 cuộc tuyên truyền", 64, "cuộc tuyên truyền"),
 Q("hơn 3.500 lượt hội viên", 3500, "lượt hội viên", "over"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("86 hộ", 86, "hộ")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW")],
[prov("Tây Ninh"), prov("Long An"), com("Cần Giuộc"), com("Tân Lân"), com("Long Hựu"), com("Tân Trụ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH", "Vị trí: Trang chủ › Hoạt động › Dân vận",
 "Đồng chí Nguyễn Minh Lâm phát biểu chỉ đạo hội nghị. Ảnh: Khả Tú", "Dân vận khéo", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.031"],
["Thứ Sáu, 10/04/2026", "quý I", "quý II năm 2026", "khóa XVI", "ngày 15/3/2026", "Lượt xem: 1.031"]))
