from lib import *
PAGES = []

PAGES.append(page("b3155-gialai-dvk-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ › Tin tức › Dân vận khéo
Thứ Sáu, 24/12/2021, 10:15
Gia Lai tôn vinh 120 tập thể, cá nhân điển hình "Dân vận khéo"
Đồng chí Rah Lan Lâm (thứ 2 từ trái sang) trao Bằng khen cho các điển hình.
Sáng 22/12/2021, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2021 theo hình thức trực tiếp kết hợp trực tuyến tới 17 điểm cầu huyện, thị xã, thành phố. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2021, dù chịu ảnh hưởng của dịch COVID-19, các cấp đã xây dựng 1.652 mô hình "Dân vận khéo", trong đó 62 mô hình cấp tỉnh. Nhân dân đóng góp khoảng 152 tỷ đồng, hiến gần 80.000 m2 đất xây dựng nông thôn mới; 3.460 hộ đồng bào Jrai, Bahnar được hỗ trợ thoát nghèo. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 06, 07-KL/TU về công tác dân vận vùng đồng bào dân tộc thiểu số và về phát huy vai trò người có uy tín.
Các đại biểu đã nghe nhiều tham luận. Ông Ksor Nhan, người có uy tín làng Plei Ơi, xã Ia Mơ Nông (huyện Chư Păh), kể cách vận động 51 hộ trong làng tiêm vắc xin phòng COVID-19; bà Rơ Châm H'Lương, Bí thư Chi bộ làng Tơ Vơ, xã Ia Băng, vận động bà con trồng 25 ha cà phê tái canh. Ông Đinh Bưh, Chủ tịch UBND xã Đak Pling, giới thiệu mô hình "Làng không có người tuyên truyền đạo trái pháp luật" ở 8 làng.
Dịp này, 45 tập thể và 75 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh và Giấy khen của Ban Dân vận Tỉnh ủy. Trong đó có 20 già làng, người có uy tín; mỗi cá nhân được tặng kèm 1 triệu đồng.
Phát biểu chỉ đạo, đồng chí Hồ Văn Niên, Phó Bí thư Thường trực Tỉnh ủy, đề nghị các cấp triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận ở vùng đồng bào dân tộc thiểu số; phấn đấu năm 2022 mỗi xã, phường, thị trấn có từ 3 mô hình trở lên.
Cũng tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Kim Anh, Siu Hơ Nhơn công bố Kế hoạch số 102-KH/BDVTU ngày 15/12/2021 về phong trào thi đua "Dân vận khéo" năm 2022.
Hội nghị thống nhất năm 2022 tập trung vận động nhân dân khôi phục sản xuất sau dịch bệnh, giữ vững an ninh nông thôn, không để kẻ xấu lợi dụng lôi kéo đồng bào; phát huy vai trò của các già làng, người có uy tín trong việc giải quyết các mâu thuẫn, tranh chấp ngay tại cơ sở.
Nguyễn Hà
Lượt xem: 3.015
Tin liên quan
- Chư Sê: biểu dương 35 điển hình "Dân vận khéo" (10/12/2021)
- Giao ban khối dân vận tháng 11/2021 (30/11/2021)
- Ia Grai: trao 200 suất quà cho hộ nghèo (19/11/2021)
""", "2021-12-24", "Gia Lai tôn vinh 120 tập thể, cá nhân điển hình \"Dân vận khéo\"",
E("tong_ket", "2021", "2021-12-22"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nhan", "người có uy tín làng Plei Ơi"),
 P("Rơ Châm H'Lương", "Bí thư Chi bộ làng Tơ Vơ"),
 P("Đinh Bưh", "Chủ tịch UBND xã Đak Pling"),
 P("Hồ Văn Niên", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Kim Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Hơ Nhơn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 tập thể, cá nhân", 120, "tập thể, cá nhân"), Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"),
 Q("1.652 mô hình", 1652, "mô hình"), Q("62 mô hình cấp tỉnh", 62, "mô hình cấp tỉnh"),
 Q("khoảng 152 tỷ đồng", 152000000000, "đồng", "approx"), Q("gần 80.000 m2", 80000, "m2", "approx"),
 Q("3.460 hộ đồng bào Jrai, Bahnar", 3460, "hộ đồng bào Jrai, Bahnar"), Q("51 hộ", 51, "hộ"), Q("25 ha", 25, "ha"),
 Q("8 làng", 8, "làng"), Q("45 tập thể", 45, "tập thể"), Q("75 cá nhân", 75, "cá nhân"),
 Q("20 già làng, người có uy tín", 20, "già làng, người có uy tín"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("từ 3 mô hình trở lên", 3, "mô hình", "over")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Kế hoạch", "102", "KH/BDVTU", "2021-12-15", None, "Kế hoạch số 102-KH/BDVTU ngày 15/12/2021")],
[prov("Gia Lai"), com("Ia Mơ Nông"), com("Ia Băng"), com("Đak Pling")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ › Tin tức › Dân vận khéo",
 "Đồng chí Rah Lan Lâm (thứ 2 từ trái sang) trao Bằng khen cho các điển hình.", "Dân vận khéo",
 "Làng không có người tuyên truyền đạo trái pháp luật", "Lượt xem: 3.015"],
["Thứ Sáu, 24/12/2021, 10:15", "thứ 2", "năm 2021", "năm 2022", "Lượt xem: 3.015"]))

PAGES.append(page("b3156-vinhlong-xa-tongket-2025", """
Đảng ủy xã Long Hiệp - tỉnh Vĩnh Long
Trang chủ >> Tin tức >> Công tác dân vận
Ngày 23/01/2026 | 16:05
Xã Long Hiệp triển khai nhiệm vụ dân vận năm 2026
Quang cảnh hội nghị. Ảnh: Thạch Ngọc
Ngày 21/01/2026, Đảng ủy xã Long Hiệp tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Kim Thị Sa Phia, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì hội nghị.
Năm 2025 là năm đầu xã Long Hiệp (tỉnh Vĩnh Long) vận hành chính quyền địa phương hai cấp sau khi sáp nhập các xã Long Hiệp, Ngãi Xuyên và Tập Ngãi cũ. Khối dân vận đã vận động 1.318 hộ đồng bào Khmer tham gia các phong trào; nhân dân hiến 5.600 m2 đất, góp hơn 2,3 tỷ đồng xây dựng 7 tuyến đường nông thôn. Xã xây dựng 14 mô hình "Dân vận khéo", trong đó 3 mô hình được Ban Tuyên giáo và Dân vận Tỉnh ủy công nhận cấp tỉnh.
Xã đã xóa 46 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,8%. Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về công tác dân vận trong giai đoạn mới và Kế hoạch số 12-KH/ĐU ngày 20/8/2025 về thực hiện Kết luận số 43-KL/TW của Ban Bí thư.
Tại hội nghị, Đại đức Thạch Sa Vy, trụ trì chùa Giồng Lức, đề nghị tiếp tục duy trì các lớp dạy chữ Khmer hè tại 4 chùa Phật giáo Nam tông Khmer. Ông Sơn Phi Rum, Trưởng ấp Bến Có, cho biết ấp đã 3 năm liền không có đơn thư vượt cấp. Bà Dương Thị Bích Tuyền, Chủ tịch Hội LHPN xã, báo cáo mô hình "Phụ nữ Khmer giữ gìn văn hóa dân tộc" thu hút 85 hội viên.
Dịp này, UBND xã tặng Giấy khen cho 8 tập thể, 15 cá nhân theo Quyết định số 245/QĐ-UBND ngày 16/01/2026; 2 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Các đồng chí Kim Thị Sa Phia và Trần Văn Cường, Bí thư Đảng ủy xã, trao khen thưởng.
Phát biểu chỉ đạo, đồng chí Trần Văn Cường yêu cầu năm 2026 các chi bộ tiếp tục quán triệt Quyết định số 23-QĐ/TW của Bộ Chính trị, tổ chức tốt đối thoại giữa người đứng đầu cấp ủy với nhân dân ít nhất 2 lần/năm, phấn đấu 100% ấp đạt chuẩn khu dân cư văn hóa.
Hội nghị cũng chỉ ra những hạn chế: việc nắm tình hình nhân dân ở một số ấp chưa kịp thời, sinh hoạt của tổ dân vận còn đơn điệu, một số mô hình chưa được nhân rộng.
Kết thúc hội nghị, các chi bộ ấp ký giao ước thi đua năm 2026, tập trung vào vận động nhân dân chuyển đổi cây trồng, giữ gìn an ninh trật tự và xây dựng nếp sống văn minh ở khu dân cư.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt truy cập: 40.127
Tin khác
- Long Hiệp tổ chức Lễ Sene Dolta năm 2025 (25/09/2025)
- Đại hội Đảng bộ xã Long Hiệp lần thứ I, nhiệm kỳ 2025 - 2030 (12/08/2025)
- Trao 150 phần quà Tết cho hộ nghèo (14/01/2026)
""", "2026-01-23", "Xã Long Hiệp triển khai nhiệm vụ dân vận năm 2026",
E("tong_ket", "2025", "2026-01-21"),
[P("Kim Thị Sa Phia", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Vy", "Đại đức", "trụ trì chùa Giồng Lức"),
 P("Sơn Phi Rum", "Trưởng ấp Bến Có"),
 P("Dương Thị Bích Tuyền", "Chủ tịch Hội LHPN xã"),
 P("Trần Văn Cường", "Bí thư Đảng ủy xã")],
[Q("1.318 hộ đồng bào Khmer", 1318, "hộ đồng bào Khmer"), Q("5.600 m2", 5600, "m2"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("7 tuyến đường nông thôn", 7, "tuyến đường nông thôn"),
 Q("14 mô hình", 14, "mô hình"), Q("3 mô hình", 3, "mô hình"), Q("46 căn nhà tạm, nhà dột nát", 46, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("1,8%", 1.8, "%"), Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"),
 Q("85 hội viên", 85, "hội viên"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("2 cá nhân", 2, "cá nhân"),
 Q("100%", 100, "%")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-08-20", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 20/8/2025"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Quyết định", "245", "QĐ-UBND", "2026-01-16", "UBND xã", "Quyết định số 245/QĐ-UBND ngày 16/01/2026"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Vĩnh Long"), com("Long Hiệp"), com("Ngãi Xuyên"), com("Tập Ngãi")],
["Đảng ủy xã Long Hiệp - tỉnh Vĩnh Long", "Trang chủ >> Tin tức >> Công tác dân vận", "Quang cảnh hội nghị. Ảnh: Thạch Ngọc",
 "Dân vận khéo", "Phụ nữ Khmer giữ gìn văn hóa dân tộc", "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Lượt truy cập: 40.127"],
["Ngày 23/01/2026 | 16:05", "năm 2025", "năm 2026", "năm đầu", "hai cấp", "3 năm liền", "2 lần/năm", "Lượt truy cập: 40.127"]))
