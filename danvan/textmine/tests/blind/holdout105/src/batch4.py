from lib import *
PAGES = []

PAGES.append(page("b2495-camau-hunghoi-traoqua-2026", """
Cổng thông tin điện tử xã Hưng Hội - tỉnh Cà Mau
Trang chủ » Tin tức » An sinh xã hội
Thứ Sáu, 06/02/2026 - 08:20
Đại diện lãnh đạo xã trao quà Tết cho hộ nghèo ấp Cái Tràm.
Hưng Hội trao 450 phần quà "Xuân yêu thương" cho hộ khó khăn
Chiều 5/2, Ủy ban MTTQ Việt Nam xã Hưng Hội tổ chức chương trình "Xuân yêu thương" năm 2026, trao 450 phần quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn và đồng bào Khmer có hoàn cảnh khó khăn tại 18 ấp. Dự có đồng chí Thạch Văn Hiền, Bí thư Đảng ủy xã; đồng chí Lê Hoàng Khải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Lý Thị Sa Rum, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Mỗi phần quà gồm 20 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá hơn 360 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh Cà Mau, các doanh nghiệp và mạnh thường quân đóng góp. Trong đó, Công ty Cổ phần Thủy sản Minh Phú Bạc Liêu tài trợ 150 phần quà; chùa Xiêm Cán vận động Phật tử đóng góp 50 phần quà.
Theo bà Lý Thị Sa Rum, thực hiện Kế hoạch số 05/KH-MTTQ-BTT ngày 08/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Công văn số 112/MTTQ-BTT ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Nguyên đán năm nay toàn xã dự kiến trao khoảng 1.900 phần quà, tổng giá trị trên 1,1 tỷ đồng. Năm 2025, xã Hưng Hội (được thành lập từ 3 xã Hưng Hội, Hưng Thành, Vĩnh Hưng A của tỉnh Bạc Liêu cũ) đã giảm 86 hộ nghèo, tỷ lệ hộ nghèo còn 1,9%.
Đồng chí Thạch Văn Hiền thăm hỏi, chúc Tết các gia đình; đề nghị bà con vui Xuân, đón Tết an toàn, tiết kiệm, cảnh giác với các hình thức lừa đảo qua mạng. Đại đức Danh Sóc Thô, Phó Trụ trì chùa Xiêm Cán, Ủy viên Ủy ban MTTQ Việt Nam xã, gửi lời chúc an lạc đến bà con Phật tử.
Xúc động nhận quà, bà Sơn Thị Nê, 78 tuổi, ở ấp Cái Tràm chia sẻ, con cháu đi làm xa, Tết năm nào bà cũng được Mặt trận xã đến thăm. Ông Danh Phúc, Trưởng ấp Cái Tràm, cho biết ấp có 42 hộ được nhận quà đợt này.
Cùng ngày, Hội Cựu chiến binh xã trao 30 suất quà cho hội viên khó khăn, mỗi suất 700.000 đồng; Đoàn Thanh niên xã tổ chức "Chuyến xe mùa xuân" đưa 25 công nhân về quê đón Tết.
Trước đó, ngày 30/1, Ủy ban MTTQ xã đã phối hợp với Hội Chữ thập đỏ tổ chức khám bệnh, cấp thuốc miễn phí cho 320 người cao tuổi và trao 60 suất học bổng cho học sinh người Khmer vượt khó học giỏi, mỗi suất 1 triệu đồng.
Sơn Thị Bích Tuyền
Lượt xem: 1.537
Tin khác
- Hưng Hội bàn giao 5 căn nhà Đại đoàn kết trước Tết (30/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (26/12/2025)
- Xã Hưng Hội ra mắt Câu lạc bộ Dù kê (12/12/2025)
""", "2026-02-06", "Hưng Hội trao 450 phần quà \"Xuân yêu thương\" cho hộ khó khăn",
E("trao_qua", None, "2026-02-05"),
[P("Thạch Văn Hiền", "Bí thư Đảng ủy xã"),
 P("Lê Hoàng Khải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Thị Sa Rum", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Danh Sóc Thô", "Đại đức", "Phó Trụ trì chùa Xiêm Cán", "Ủy viên Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Thị Nê"),
 P("Danh Phúc", "Trưởng ấp Cái Tràm")],
[Q("450 phần quà", 450, "phần quà"), Q("18 ấp", 18, "ấp"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 360 triệu đồng", 360000000, "đồng", "over"), Q("150 phần quà", 150, "phần quà"), Q("50 phần quà", 50, "phần quà"),
 Q("khoảng 1.900 phần quà", 1900, "phần quà", "approx"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("3 xã", 3, "xã"),
 Q("86 hộ nghèo", 86, "hộ nghèo"), Q("1,9%", 1.9, "%"), Q("42 hộ", 42, "hộ"), Q("30 suất quà", 30, "suất quà"),
 Q("700.000 đồng", 700000, "đồng"), Q("25 công nhân", 25, "công nhân"), Q("320 người cao tuổi", 320, "người cao tuổi"), Q("60 suất học bổng", 60, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2026-01-08", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ-BTT ngày 08/01/2026"),
 D("Công văn", "112", "MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 112/MTTQ-BTT ngày 12/01/2026")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Hưng Hội"), com("Hưng Thành"), com("Vĩnh Hưng A")],
["Cổng thông tin điện tử xã Hưng Hội - tỉnh Cà Mau", "Trang chủ » Tin tức » An sinh xã hội", "Đại diện lãnh đạo xã trao quà Tết cho hộ nghèo ấp Cái Tràm.",
 "Xuân yêu thương", "Chuyến xe mùa xuân", "Công ty Cổ phần Thủy sản Minh Phú Bạc Liêu", "Lượt xem: 1.537"],
["Thứ Sáu, 06/02/2026 - 08:20", "năm 2026", "Năm 2025", "78 tuổi", "Lượt xem: 1.537"]))

PAGES.append(page("b2496-tuyenquang-yenminh-tongket-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG
Vị trí: Trang chủ > Xây dựng Đảng > Công tác dân vận
Ngày đăng 09/01/2026 | 16:20
Ảnh: Đồng chí Vàng Mí Sử phát biểu kết luận hội nghị.
Đảng ủy xã Yên Minh tổng kết công tác dân vận năm 2025
Ngày 8/1, Đảng ủy xã Yên Minh tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Vàng Mí Sử, Bí thư Đảng ủy xã chủ trì; đồng chí Sùng Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã trình bày báo cáo.
Xã Yên Minh được thành lập từ thị trấn Yên Minh và các xã Đông Minh, Hữu Vinh của huyện Yên Minh (tỉnh Hà Giang cũ), có 47 thôn với 6 dân tộc Mông, Dao, Tày, Giáy, Lô Lô, Kinh cùng sinh sống. Năm 2025, cấp ủy các cấp đã thực hiện nghiêm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; Đảng ủy xã ban hành Chỉ thị 03, 04-CT/ĐU của Đảng ủy xã về công tác dân vận trong sắp xếp bộ máy và trong xóa nhà tạm, nhà dột nát.
Trong năm, khối dân vận đã tham mưu xóa 312 căn nhà tạm, nhà dột nát; nhân dân hiến hơn 12.000 m2 đất, đóng góp 4.800 ngày công làm đường bê tông liên thôn. Phong trào thi đua "Dân vận khéo" có 35 mô hình cấp xã, 4 mô hình cấp tỉnh được công nhận. Mặt trận và các đoàn thể đã hòa giải thành 17 vụ việc mâu thuẫn ở các thôn; ngăn chặn 3 trường hợp tuyên truyền đạo trái pháp luật.
Tại hội nghị, các đồng chí Phó Chủ tịch UBND xã: Đặng Văn Phin, Hoàng Thị Thu Hà báo cáo kết quả công tác dân vận chính quyền; đồng chí Bàn Thị Mẩy, ĐUV, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã chia sẻ mô hình "Mẹ đỡ đầu" nhận đỡ đầu 64 trẻ em mồ côi. Ông Lò Văn Sính, người có uy tín thôn Sủng Cháng, người Lô Lô, kiến nghị bảo tồn trống đồng và lễ cúng tổ tiên của đồng bào.
Phát biểu kết luận, đồng chí Vàng Mí Sử yêu cầu năm 2026 tiếp tục thực hiện phương châm "Trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân"; làm tốt công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; mỗi cán bộ, đảng viên phụ trách hộ phải nắm chắc tâm tư của các hộ được phân công.
Dịp này, Đảng ủy xã tặng giấy khen cho 9 tập thể và 16 cá nhân có thành tích tiêu biểu trong công tác dân vận năm 2025; Ban Thường vụ Tỉnh ủy Tuyên Quang tặng bằng khen cho mô hình "Thôn 4 không" của thôn Sủng Cháng.
Văn phòng Đảng ủy xã
Các tin khác
- Yên Minh: trao 200 chăn ấm cho học sinh bán trú (05/01/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 6 (30/12/2025)
- Ra mắt mô hình "Chợ phiên an toàn" tại trung tâm xã (20/12/2025)
""", "2026-01-09", "Đảng ủy xã Yên Minh tổng kết công tác dân vận năm 2025",
E("tong_ket", "2025", "2026-01-08"),
[P("Vàng Mí Sử", "Bí thư Đảng ủy xã"),
 P("Sùng Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Đặng Văn Phin", "Phó Chủ tịch UBND xã"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch UBND xã"),
 P("Bàn Thị Mẩy", "ĐUV", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lò Văn Sính", "người có uy tín thôn Sủng Cháng")],
[Q("47 thôn", 47, "thôn"), Q("6 dân tộc", 6, "dân tộc"), Q("312 căn nhà tạm, nhà dột nát", 312, "căn nhà tạm, nhà dột nát"),
 Q("hơn 12.000 m2", 12000, "m2", "over"), Q("4.800 ngày công", 4800, "ngày công"), Q("35 mô hình cấp xã", 35, "mô hình cấp xã"),
 Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"), Q("17 vụ việc mâu thuẫn", 17, "vụ việc mâu thuẫn"),
 Q("3 trường hợp", 3, "trường hợp"), Q("64 trẻ em mồ côi", 64, "trẻ em mồ côi"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh"), com("Đông Minh"), com("Hữu Vinh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG", "Vị trí: Trang chủ > Xây dựng Đảng > Công tác dân vận",
 "Ảnh: Đồng chí Vàng Mí Sử phát biểu kết luận hội nghị.", "Dân vận khéo", "Mẹ đỡ đầu", "Thôn 4 không",
 "Trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân"],
["Ngày đăng 09/01/2026 | 16:20", "năm 2025", "năm 2026", "Năm 2025", "khóa XVI", "Thôn 4 không"]))

PAGES.append(page("b2497-hungyen-thuyanh-hiepthuong-2026", """
Xã Thụy Anh - Tỉnh Hưng Yên - Cổng thông tin điện tử
Trang chủ / Bầu cử đại biểu Quốc hội và HĐND các cấp
13 tháng 2, 2026 | 17:45
Thống nhất danh sách 52 người ứng cử đại biểu HĐND xã Thụy Anh
Ngày 12/2, Ban Thường trực Ủy ban MTTQ Việt Nam xã Thụy Anh tổ chức hội nghị hiệp thương lần thứ hai nhằm thỏa thuận lập danh sách sơ bộ những người ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031. Ông Phạm Văn Thuấn, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Các đại biểu biểu quyết thông qua danh sách sơ bộ.
Dự hội nghị có 41 đại biểu là thành viên Ủy ban MTTQ xã, đại diện các tổ chức thành viên và trưởng Ban công tác Mặt trận các thôn. Theo Nghị quyết số 101/NQ-HĐBCQG ngày 06/11/2025 của Hội đồng Bầu cử quốc gia và Nghị quyết số 09/NQ-HĐND ngày 25/12/2025 của HĐND xã, xã Thụy Anh được bầu 30 đại biểu HĐND xã ở 8 đơn vị bầu cử.
Thực hiện Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, hội nghị đã thỏa thuận danh sách sơ bộ gồm 52 người, trong đó 24 người là cán bộ, công chức của các cơ quan xã, 28 người ở các thôn; có 19 người là nữ, chiếm 36,5%; 9 người ngoài Đảng; 11 người dưới 40 tuổi. Danh sách được gửi về các thôn để lấy ý kiến nhận xét của cử tri nơi cư trú.
Xã Thụy Anh được thành lập từ 4 xã Thụy Trình, Thụy Bình, Thụy Liên, Thụy Dân của huyện Thái Thụy (tỉnh Thái Bình cũ). Đây là lần đầu tiên xã tổ chức bầu cử HĐND theo mô hình chính quyền địa phương hai cấp.
Bà Vũ Thị Lành, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, quán triệt quy trình lấy ý kiến cử tri; đồng chí Ngô Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Chủ tịch Ủy ban bầu cử xã, thông báo tiến độ chuẩn bị 12 khu vực bỏ phiếu. Linh mục Phaolô Bùi Văn Điển, Chánh xứ giáo xứ Thụy Trình, Ủy viên Ủy ban MTTQ Việt Nam xã, đề nghị tạo điều kiện để giáo dân giới thiệu người tiêu biểu tham gia ứng cử.
Kết luận hội nghị, ông Phạm Văn Thuấn đề nghị các Ban công tác Mặt trận thôn tổ chức hội nghị cử tri nơi cư trú trước ngày 25/2/2026, bảo đảm dân chủ, đúng luật; kịp thời báo cáo những vấn đề phát sinh về Ban Thường trực Ủy ban MTTQ xã.
Hội nghị biểu quyết thông qua danh sách với 100% đại biểu tán thành.
Theo kế hoạch, ngày 3/3/2026 Ủy ban MTTQ xã sẽ tổ chức hội nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử; danh sách chính thức phải bảo đảm số dư, cơ cấu, thành phần hợp lý theo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND.
Trung tâm Văn hóa - Truyền thanh xã
Tin liên quan
- Thụy Anh tổ chức hội nghị hiệp thương lần thứ nhất (15/01/2026)
- Công bố 8 đơn vị bầu cử đại biểu HĐND xã (02/01/2026)
- Xã Thụy Anh đón Tết Bính Ngọ an toàn (10/02/2026)
""", "2026-02-13", "Thống nhất danh sách 52 người ứng cử đại biểu HĐND xã Thụy Anh",
E("hoi_nghi", None, "2026-02-12"),
[P("Phạm Văn Thuấn", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vũ Thị Lành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ngô Quang Vinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Chủ tịch Ủy ban bầu cử xã"),
 P("Phaolô Bùi Văn Điển", "Linh mục", "Chánh xứ giáo xứ Thụy Trình", "Ủy viên Ủy ban MTTQ Việt Nam xã")],
[Q("52 người", 52, "người"), Q("41 đại biểu", 41, "đại biểu"), Q("30 đại biểu HĐND xã", 30, "đại biểu HĐND xã"), Q("8 đơn vị bầu cử", 8, "đơn vị bầu cử"),
 Q("24 người", 24, "người"), Q("28 người", 28, "người"), Q("19 người", 19, "người"), Q("36,5%", 36.5, "%"), Q("9 người ngoài Đảng", 9, "người ngoài Đảng"),
 Q("11 người", 11, "người"), Q("4 xã", 4, "xã"), Q("12 khu vực bỏ phiếu", 12, "khu vực bỏ phiếu"), Q("100%", 100, "%")],
[D("Nghị quyết", "101", "NQ-HĐBCQG", "2025-11-06", "Hội đồng Bầu cử quốc gia", "Nghị quyết số 101/NQ-HĐBCQG ngày 06/11/2025"),
 D("Nghị quyết", "09", "NQ-HĐND", "2025-12-25", "HĐND xã", "Nghị quyết số 09/NQ-HĐND ngày 25/12/2025"),
 D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thụy Anh"), com("Thụy Trình"), com("Thụy Bình"), com("Thụy Liên"), com("Thụy Dân")],
["Xã Thụy Anh - Tỉnh Hưng Yên - Cổng thông tin điện tử", "Trang chủ / Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Các đại biểu biểu quyết thông qua danh sách sơ bộ."],
["13 tháng 2, 2026 | 17:45", "lần thứ hai", "2026 - 2031", "40 tuổi", "25/2/2026", "lần đầu tiên", "hai cấp", "lần thứ ba", "3/3/2026", "Luật Bầu cử"]))

PAGES.append(page("b2498-quangtri-huongphung-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯỚNG PHÙNG - TỈNH QUẢNG TRỊ
Trang chủ › Tin tức › Công tác dân vận
Cập nhật lúc 14:00 ngày 06/03/2026
Quang cảnh giao ban. Ảnh: Hồ Thị Bia
Khối dân vận xã Hướng Phùng giao ban tháng 2/2026
Sáng 5/3, Khối dân vận xã Hướng Phùng tổ chức giao ban đánh giá công tác dân vận tháng 2/2026 và triển khai nhiệm vụ tháng 3. Đồng chí Hồ Văn Lai, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, Trưởng khối dân vận xã chủ trì.
Xã Hướng Phùng thuộc tỉnh Quảng Trị mới (hợp nhất Quảng Bình và Quảng Trị), giáp biên giới Việt - Lào, có 19 thôn, trong đó đồng bào Vân Kiều chiếm gần 70% dân số. Trong tháng, khối dân vận đã phối hợp tổ chức 16 buổi tuyên truyền về bầu cử với gần 1.900 lượt người nghe; vận động 100% hộ dân tham gia ngày hội "Tết vui, an toàn"; tiếp nhận 3 đơn thư, đã giải quyết 2 đơn.
Theo Kế hoạch số 28-KH/ĐU ngày 12/01/2026 của Đảng ủy xã về công tác dân vận năm 2026, các đoàn thể đã hoàn thành niêm yết danh sách cử tri tại 14 khu vực bỏ phiếu. Ủy ban MTTQ xã tổ chức 19 hội nghị cử tri nơi cư trú, lấy ý kiến đối với những người ứng cử đại biểu HĐND xã; 98,4% cử tri dự họp tín nhiệm.
Tại buổi giao ban, các đồng chí: Kray Sức, Hồ Văn Thơi - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã báo cáo tình hình tư tưởng đồng bào ở các thôn biên giới. Bà Hồ Thị Pơi, Trưởng thôn Xa Re, phản ánh 6 hộ chưa có nhà vệ sinh hợp vệ sinh; ông Pả Loan, người có uy tín thôn Cheng, đề nghị hỗ trợ giống lúa nước cho vụ hè thu.
Thượng tá Lê Văn Hà, Đồn trưởng Đồn Biên phòng Hướng Phùng, thông tin về phối hợp "3 bám, 4 cùng" giữa bộ đội biên phòng và cán bộ dân vận; đề nghị phát huy vai trò 24 người có uy tín trong tố giác tội phạm ma túy.
Kết luận giao ban, đồng chí Hồ Văn Lai yêu cầu tháng 3 tập trung tuyên truyền, vận động cử tri đi bầu cử ngày 15/3/2026 đạt tỷ lệ trên 99%; thực hiện Chỉ thị số 46-CT/TW của Ban Bí thư về công tác bầu cử; kịp thời nắm bắt dư luận, không để kẻ xấu lợi dụng bầu cử kích động gây rối.
Đồng chí cũng đề nghị Mặt trận và các đoàn thể xã rà soát 42 hộ có nguy cơ tái nghèo, lồng ghép các nguồn vốn hỗ trợ sản xuất vụ hè thu.
Dịp này, Ủy ban MTTQ xã tiếp nhận 80 bộ quần áo ấm và 2 tấn gạo do Hội Liên hiệp Phụ nữ tỉnh trao tặng, phân bổ ngay cho các hộ khó khăn ở thôn Xa Re, thôn Cheng trước đợt rét cuối mùa.
Hồ Thị Bia
Tin khác
- Hướng Phùng trao 200 phần quà Tết cho đồng bào Vân Kiều (10/02/2026)
- Đảng ủy xã Hướng Phùng tổng kết công tác năm 2025 (29/12/2025)
- Tuổi trẻ Đồn Biên phòng Hướng Phùng giúp dân làm nhà (20/12/2025)
- Hội nghị người có uy tín xã Hướng Phùng năm 2025 (12/12/2025)
""", "2026-03-06", "Khối dân vận xã Hướng Phùng giao ban tháng 2/2026",
E("giao_ban", "2026-02", "2026-03-05"),
[P("Hồ Văn Lai", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã", "Trưởng khối dân vận xã"),
 P("Kray Sức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Thơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Thị Pơi", "Trưởng thôn Xa Re"),
 P("Pả Loan", "người có uy tín thôn Cheng"),
 P("Lê Văn Hà", "Thượng tá", "Đồn trưởng Đồn Biên phòng Hướng Phùng")],
[Q("19 thôn", 19, "thôn"), Q("gần 70%", 70, "%", "approx"), Q("16 buổi", 16, "buổi"), Q("gần 1.900 lượt người", 1900, "lượt người", "approx"),
 Q("100%", 100, "%"), Q("3 đơn thư", 3, "đơn thư"), Q("2 đơn", 2, "đơn"), Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu"),
 Q("19 hội nghị cử tri", 19, "hội nghị cử tri"), Q("98,4%", 98.4, "%"), Q("6 hộ", 6, "hộ"), Q("24 người có uy tín", 24, "người có uy tín"),
 Q("trên 99%", 99, "%", "over"), Q("42 hộ", 42, "hộ"), Q("80 bộ quần áo ấm", 80, "bộ quần áo ấm"), Q("2 tấn", 2, "tấn")],
[D("Kế hoạch", "28", "KH/ĐU", "2026-01-12", "Đảng ủy xã", "Kế hoạch số 28-KH/ĐU ngày 12/01/2026"),
 D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 46-CT/TW")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Phùng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯỚNG PHÙNG - TỈNH QUẢNG TRỊ", "Trang chủ › Tin tức › Công tác dân vận", "Quang cảnh giao ban. Ảnh: Hồ Thị Bia",
 "Tết vui, an toàn", "3 bám, 4 cùng", "Đồn Biên phòng Hướng Phùng"],
["Cập nhật lúc 14:00 ngày 06/03/2026", "tháng 2/2026", "tháng 3", "năm 2026", "3 bám, 4 cùng", "15/3/2026"]))

PAGES.append(page("b2499-angiang-chauphong-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ CHÂU PHONG
Tỉnh An Giang
Trang chủ >> Tin tức >> Dân vận chính quyền
17-04-2026 09:40
Bà con ấp Phũm Soài nêu ý kiến tại buổi đối thoại.
Đối thoại với 143 hộ dân vùng dự án đường cao tốc
Chiều 16/4, tại hội trường ấp Phũm Soài, Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Châu Phong tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân năm 2026, chuyên đề bồi thường, hỗ trợ, tái định cư dự án đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua xã. Đồng chí Nguyễn Hữu Phước, Bí thư Đảng ủy xã và đồng chí Châu Thị Ngọc Hân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Dự án đi qua 4 ấp của xã, thu hồi 12,6 ha đất của 143 hộ, trong đó có 37 hộ đồng bào Chăm. Đến nay đã có 129 hộ nhận tiền bồi thường với tổng số tiền hơn 86 tỷ đồng, còn 14 hộ chưa thống nhất phương án. Xã đã bố trí 20 nền tái định cư tại khu dân cư Phũm Soài cho các hộ phải di dời nhà ở.
Tại buổi đối thoại, người dân nêu 22 ý kiến, chủ yếu về đơn giá bồi thường, diện tích đất còn lại sau thu hồi, thời gian bàn giao nền tái định cư. Ông Mohamad Sa Ly, Hakim thánh đường Mubarak, đề nghị giữ nguyên lối đi vào khu nghĩa địa của cộng đồng Chăm. Bà Sa Ly Mah, ấp Phũm Soài, mong được hỗ trợ học nghề cho con em sau khi mất đất sản xuất.
Các đồng chí Phó Chủ tịch UBND xã: Lê Văn Bé Tư, Ysa Ka Ri đã giải thích căn cứ tính giá theo Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và Quyết định số 45/2024/QĐ-UBND của UBND tỉnh An Giang. Có 18 ý kiến được trả lời ngay tại hội nghị, 4 ý kiến được xã tiếp nhận để kiến nghị Ban Quản lý dự án xem xét.
Bà Néang Sa Phon, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ giám sát việc chi trả, công khai danh sách tại ấp; đồng thời phối hợp với người có uy tín ấp Phũm Soài: Abdul Ha Lim, Haji Ysa tiếp tục vận động 14 hộ còn lại. Ông Abdul Ha Lim cam kết cùng Ban đại diện cộng đồng Hồi giáo thánh đường vận động bà con bàn giao mặt bằng trước ngày 30/6/2026.
Kết luận, đồng chí Nguyễn Hữu Phước đề nghị cán bộ thực hiện đúng tinh thần Luật Đất đai năm 2024, "nói dân hiểu, làm dân tin"; mỗi hộ chưa thống nhất phương án được phân công 1 cán bộ theo dõi, vận động.
Được biết, đây là buổi đối thoại thứ hai trong năm 2026 của xã; buổi đầu tiên vào tháng 1 về thủ tục hành chính sau sắp xếp, thu hút hơn 200 người dân tham gia.
Nguyễn Thị Kiều Oanh
Bài viết liên quan
- Châu Phong trao 60 suất quà cho bà con Chăm mừng lễ Ramadan (20/03/2026)
- Xã Châu Phong ra quân bầu cử ngày 15/3 đạt 99,8% (16/03/2026)
- Giám sát chi trả bồi thường dự án cao tốc (05/02/2026)
""", "2026-04-17", "Đối thoại với 143 hộ dân vùng dự án đường cao tốc",
E("doi_thoai", "2026", "2026-04-16"),
[P("Nguyễn Hữu Phước", "Bí thư Đảng ủy xã"),
 P("Châu Thị Ngọc Hân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Mohamad Sa Ly", "Hakim thánh đường Mubarak"),
 P("Sa Ly Mah"),
 P("Lê Văn Bé Tư", "Phó Chủ tịch UBND xã"),
 P("Ysa Ka Ri", "Phó Chủ tịch UBND xã"),
 P("Néang Sa Phon", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Abdul Ha Lim", "người có uy tín ấp Phũm Soài"),
 P("Haji Ysa", "người có uy tín ấp Phũm Soài")],
[Q("143 hộ", 143, "hộ"), Q("4 ấp", 4, "ấp"), Q("12,6 ha", 12.6, "ha"), Q("37 hộ đồng bào Chăm", 37, "hộ đồng bào Chăm"), Q("129 hộ", 129, "hộ"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("14 hộ", 14, "hộ"), Q("20 nền tái định cư", 20, "nền tái định cư"),
 Q("22 ý kiến", 22, "ý kiến"), Q("18 ý kiến", 18, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"), Q("hơn 200 người dân", 200, "người dân", "over")],
[D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định số 88/2024/NĐ-CP ngày 15/7/2024"),
 D("Quyết định", "45", "2024/QĐ-UBND", None, "UBND tỉnh An Giang", "Quyết định số 45/2024/QĐ-UBND")],
[prov("An Giang"), com("Châu Phong")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ CHÂU PHONG", "Trang chủ >> Tin tức >> Dân vận chính quyền", "Bà con ấp Phũm Soài nêu ý kiến tại buổi đối thoại.",
 "Luật Đất đai năm 2024", "nói dân hiểu, làm dân tin", "thánh đường Mubarak", "Ban Quản lý dự án"],
["17-04-2026 09:40", "năm 2026", "30/6/2026", "1 cán bộ", "buổi đối thoại thứ hai", "tháng 1", "Châu Đốc - Cần Thơ - Sóc Trăng"]))

PAGES.append(page("b2500-dienbien-muongphang-chandung-2026", """
Hôm nay: Chủ Nhật, 24/05/2026
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG - TỈNH ĐIỆN BIÊN
Trang chủ | Gương người tốt, việc tốt
Thứ Sáu, 22/05/2026, 08:05
Bà Lò Thị Xiêng (bên phải) trò chuyện với người dân bản Khẩu Cắm.
Người "giữ lửa" đại đoàn kết ở Mường Phăng
Gần 25 năm gắn bó với công tác Mặt trận, bà Lò Thị Xiêng, Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Phăng, được bà con các dân tộc Thái, Mông, Khơ Mú trong xã tin yêu gọi là "mế Xiêng".
Sinh ra ở bản Che Căn, bà Xiêng bắt đầu làm công tác phụ nữ ở bản, rồi ở xã, quen từng nếp nhà, từng bếp lửa của bà con. Năm 2020, bà được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã. Tháng 7/2025, khi xã Mường Phăng mới được thành lập từ 3 xã Mường Phăng, Nà Nhạn, Nà Tấu của huyện Điện Biên cũ, bà tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Phăng.
Những năm qua, Mặt trận xã do bà đứng đầu đã vận động hơn 3 tỷ đồng xây dựng 62 căn nhà Đại đoàn kết; vận động 170 hộ người Mông ở các bản vùng cao chuyển sang trồng cà phê, mắc ca. Năm 2025, xã không còn nhà tạm, nhà dột nát; tỷ lệ hộ nghèo giảm từ 21,4% năm 2020 xuống còn 7,3%.
Nhắc đến bà, ông Lường Văn Ún, Trưởng bản Che Căn, kể lại: năm 2023, khi 2 dòng họ trong bản tranh chấp 1.500 m2 đất ruộng, chính bà Xiêng đã 5 lần đến từng nhà, ngồi bên bếp lửa nghe bà con nói, cuối cùng hai bên tự nguyện hòa giải. Chị Giàng Thị Dua, người Mông ở bản Pá Khoang, được bà vận động đi học lớp xóa mù chữ, nay là tổ trưởng tổ hợp tác dệt thổ cẩm với 18 thành viên.
Đồng chí Quàng Văn Pấng, Bí thư Đảng ủy xã, đánh giá: "Bà Xiêng là cán bộ 'đi dân nhớ, ở dân thương', luôn đặt lợi ích của dân lên trên". Thực hiện Kết luận số 126-KL/TW và 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy, bà là một trong những cán bộ đầu tiên của xã tình nguyện nhận nhiệm vụ ở địa bàn mới xa nhà.
Năm 2025, bà Lò Thị Xiêng vinh dự được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; được tuyên dương tại hội nghị điển hình tiên tiến của tỉnh Điện Biên năm 2026.
Mỗi tháng, bà dành ít nhất một tuần ở các bản vùng cao Pá Khoang, Khẩu Cắm để nắm tình hình. Nhờ cách làm ấy, năm qua Mặt trận xã đã vận động 40 hộ tự nguyện tháo dỡ chuồng trại dưới gầm sàn, đưa ra xa nhà ở, góp phần giữ vệ sinh môi trường ở các bản du lịch cộng đồng.
Dù đã gần tuổi nghỉ hưu, bà vẫn nói chuyện giản dị: "Còn sức thì còn đi bản, dân còn cần thì mình còn làm".
Quàng Thị Thu
Lượt xem: 3.026
Tin liên quan
- Mường Phăng tổ chức Ngày hội văn hóa các dân tộc (30/04/2026)
- Xã Mường Phăng đón 12.000 lượt khách dịp lễ 30/4 (03/05/2026)
- Hội nghị tiếp xúc cử tri sau bầu cử (10/04/2026)
""", "2026-05-22", "Người \"giữ lửa\" đại đoàn kết ở Mường Phăng",
E("khac", None, None),
[P("Lò Thị Xiêng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Phăng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lường Văn Ún", "Trưởng bản Che Căn"),
 P("Giàng Thị Dua"),
 P("Quàng Văn Pấng", "Bí thư Đảng ủy xã")],
[Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("62 căn nhà Đại đoàn kết", 62, "căn nhà Đại đoàn kết"), Q("170 hộ", 170, "hộ"),
 Q("3 xã", 3, "xã"), Q("21,4%", 21.4, "%"), Q("7,3%", 7.3, "%"), Q("2 dòng họ", 2, "dòng họ"), Q("1.500 m2", 1500, "m2"), Q("18 thành viên", 18, "thành viên"), Q("40 hộ", 40, "hộ")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW và 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW và 127-KL/TW")],
[prov("Điện Biên"), com("Mường Phăng"), com("Nà Nhạn"), com("Nà Tấu")],
["Hôm nay: Chủ Nhật, 24/05/2026", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG - TỈNH ĐIỆN BIÊN", "Trang chủ | Gương người tốt, việc tốt",
 "Bà Lò Thị Xiêng (bên phải) trò chuyện với người dân bản Khẩu Cắm.", "mế Xiêng", "đi dân nhớ, ở dân thương",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 3.026"],
["Hôm nay: Chủ Nhật, 24/05/2026", "Thứ Sáu, 22/05/2026, 08:05", "Gần 25 năm", "Năm 2020", "Tháng 7/2025", "năm 2023", "5 lần", "Năm 2025", "năm 2026", "Lượt xem: 3.026"]))
