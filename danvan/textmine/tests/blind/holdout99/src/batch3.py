from lib import *
PAGES = []

PAGES.append(page("b2345-quangnam-mttq-soket-2023", """
Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam - Cổng thông tin điện tử
Trang chủ / Tin tức / Hoạt động Mặt trận
2023-07-14 16:40
Ảnh: Đại biểu tham dự hội nghị.
Mặt trận miền núi Quảng Nam lan tỏa mô hình "Làng văn hóa Cơ Tu"
Chiều 13/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Alăng Thị Mai, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; tham dự có 18 Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố.
Báo cáo do đồng chí Hiên Văn Rương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, 6 tháng qua Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 18,6 tỷ đồng, khởi công 742 căn nhà đại đoàn kết cho hộ nghèo, trong đó 488 căn ở 9 huyện miền núi. Riêng huyện Tây Giang và Nam Giang đã ra mắt 14 "Làng văn hóa Cơ Tu" với 1.326 hộ tham gia.
Mặt trận tỉnh chủ trì 4 cuộc giám sát chuyên đề, góp ý 7 dự thảo văn bản, phản biện dự thảo Nghị quyết số 05/2023/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ người có uy tín. Ban Thanh tra nhân dân các xã tiếp nhận 126 đơn thư, kiến nghị; giải quyết dứt điểm 98 vụ việc.
Tại hội nghị, ông Bh'riu Pố, Chủ tịch Ủy ban MTTQ huyện Tây Giang, chia sẻ: từ đầu năm, huyện đã vận động 215 hộ hiến gần 4,5 ha đất xây nhà gươl và mở đường; bà Zơ Râm Thị Lai, Phó Chủ tịch Ủy ban MTTQ xã A Tiêng, nói về việc phục hồi nghề dệt thổ cẩm với 3 tổ hợp tác. Già làng Clâu Nhím, người có uy tín thôn Agrồng, xã Tr'Hy, đề nghị tăng kinh phí cho hoạt động của 46 người có uy tín trên địa bàn huyện.
Phát biểu kết luận, đồng chí Alăng Thị Mai đề nghị 6 tháng cuối năm tập trung thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai và về phát triển kinh tế dưới tán rừng; chủ động chuẩn bị đại hội MTTQ các cấp nhiệm kỳ 2024-2029 theo Kế hoạch số 102/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Anh Thư - Bríu Lan
Lượt xem: 1.940
Tin liên quan
- Nam Giang: bàn giao 40 căn nhà đại đoàn kết (05/07/2023)
- Đông Giang ra mắt làng văn hóa Cơ Tu thôn Bhờ Hôồng (28/06/2023)
- Mặt trận tỉnh giám sát chi trả chính sách cho người có uy tín (15/06/2023)
- Phước Sơn: Ngày hội Đại đoàn kết ở thôn 2, xã Phước Xuân (14/11/2022)
- Bắc Trà My: vận động đồng bào Ca Dong định canh, định cư (02/06/2023)
""", "2023-07-14", "Mặt trận miền núi Quảng Nam lan tỏa mô hình \"Làng văn hóa Cơ Tu\"",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Alăng Thị Mai", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hiên Văn Rương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Pố", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Zơ Râm Thị Lai", "Phó Chủ tịch Ủy ban MTTQ xã A Tiêng"),
 P("Clâu Nhím", "Già làng", "người có uy tín thôn Agrồng")],
[Q("18 Chủ tịch Ủy ban MTTQ", 18, "Chủ tịch Ủy ban MTTQ"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("742 căn nhà đại đoàn kết", 742, "căn nhà đại đoàn kết"), Q("488 căn", 488, "căn"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("14 \"Làng văn hóa Cơ Tu\"", 14, "Làng văn hóa Cơ Tu"), Q("1.326 hộ", 1326, "hộ"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"),
 Q("7 dự thảo văn bản", 7, "dự thảo văn bản"), Q("126 đơn thư, kiến nghị", 126, "đơn thư, kiến nghị"), Q("98 vụ việc", 98, "vụ việc"),
 Q("215 hộ", 215, "hộ"), Q("gần 4,5 ha", 4.5, "ha", "approx"), Q("3 tổ hợp tác", 3, "tổ hợp tác"),
 Q("46 người có uy tín", 46, "người có uy tín"), Q("100% khu dân cư", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "05", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2023/NQ-HĐND của HĐND tỉnh"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "102", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 102/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
[prov("Quảng Nam"), com("A Tiêng"), com("Tr'Hy")],
["Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam - Cổng thông tin điện tử", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Ảnh: Đại biểu tham dự hội nghị.",
 "Vì người nghèo", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 1.940"],
["2023-07-14 16:40", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng qua", "2024-2029", "Lượt xem: 1.940"]))

PAGES.append(page("b2346-bacgiang-xa-kienlao-daihoi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIÊN LAO
Huyện Lục Ngạn - Tỉnh Bắc Giang
Trang chủ > Tin tức > Mặt trận và các đoàn thể
Cập nhật: 09:42, 21/05/2024 (GMT+7)
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Kiên Lao lần thứ XXII, nhiệm kỳ 2024-2029
Sáng 20/5/2024, Ủy ban MTTQ Việt Nam xã Kiên Lao tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2024-2029. Đây là 1 trong 2 đại hội điểm cấp xã của huyện Lục Ngạn. Dự đại hội có đồng chí Hoàng Văn Páo, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Diệp Văn Sềnh, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 110 đại biểu đại diện cho gần 9.000 nhân khẩu thuộc 6 dân tộc Kinh, Nùng, Tày, Sán Dìu, Hoa, Cao Lan.
Ảnh: Đồng chí Hoàng Văn Páo tặng hoa chúc mừng đại hội.
Nhiệm kỳ 2019-2024, Ủy ban MTTQ xã đã phối hợp vận động nhân dân đóng góp trên 8,3 tỷ đồng, hiến 15.600 m2 đất để cứng hóa 21,4 km đường giao thông, xây 4 nhà văn hóa thôn; xã đạt chuẩn nông thôn mới nâng cao năm 2023. Quỹ "Vì người nghèo" vận động được 386 triệu đồng, hỗ trợ 11 hộ xây nhà đại đoàn kết. Mặt trận xã chủ trì 10 cuộc giám sát, tổ chức 4 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; 100% ý kiến được trả lời. Thu nhập bình quân đạt 62 triệu đồng/người/năm, hộ nghèo còn 1,8%.
Đại hội nghe 3 tham luận. Bà La Thị Mến, Trưởng ban Công tác Mặt trận thôn Khuôn Thần, chia sẻ cách vận động 74 hộ trồng vải thiều theo tiêu chuẩn VietGAP; ông Lương Văn Sình, Chủ tịch Hội Cựu chiến binh xã, nói về việc giữ gìn an ninh trật tự ở khu dân cư.
Đại hội hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XXII. Ban Thường trực gồm 3 vị: bà Chu Thị Hảo, ĐUV, tái cử Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Nịnh Văn Khuông, Phó Chủ tịch kiêm Trưởng ban Công tác Mặt trận thôn Kép 2; bà Hứa Thị Dung, Ủy viên Thường trực. Đại hội cử 6 đại biểu đi dự Đại hội MTTQ huyện Lục Ngạn lần thứ XXII.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Páo đề nghị Mặt trận xã tiếp tục thực hiện Chỉ thị số 30-CT/TW ngày 20/3/2024 của Ban Bí thư về lãnh đạo đại hội MTTQ các cấp, Kế hoạch số 95-KH/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 12/KH-MTTQ-BTT ngày 10/1/2024 của Ban Thường trực Ủy ban MTTQ huyện.
Đại hội đã biểu quyết thông qua nghị quyết với 5 nhóm chỉ tiêu chủ yếu. Trước đó, Ban Thường trực Ủy ban MTTQ xã đã tổ chức lấy ý kiến góp ý vào dự thảo báo cáo chính trị tại các ban công tác Mặt trận; nhiều ý kiến đề nghị chú trọng hơn đến việc giữ gìn bản sắc văn hóa của đồng bào Nùng, Sán Dìu, Cao Lan.
Bộ phận văn phòng
Số lượt truy cập: 28.741
Tin liên quan
- Hội nghị Ủy ban MTTQ xã lần thứ 14 (15/01/2024)
- Trao 2 nhà đại đoàn kết cho hộ nghèo thôn Trại Ba (28/12/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ở thôn Khuôn Thần (15/11/2023)
- Xã Kiên Lao đón nhận bằng công nhận xã nông thôn mới nâng cao (02/11/2023)
""", "2024-05-21", "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Kiên Lao lần thứ XXII, nhiệm kỳ 2024-2029",
E("dai_hoi", None, "2024-05-20"),
[P("Hoàng Văn Páo", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Diệp Văn Sềnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("La Thị Mến", "Trưởng ban Công tác Mặt trận thôn Khuôn Thần"),
 P("Lương Văn Sình", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Chu Thị Hảo", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nịnh Văn Khuông", "Phó Chủ tịch kiêm Trưởng ban Công tác Mặt trận thôn Kép 2"),
 P("Hứa Thị Dung", "Ủy viên Thường trực")],
[Q("110 đại biểu", 110, "đại biểu"), Q("gần 9.000 nhân khẩu", 9000, "nhân khẩu", "approx"), Q("6 dân tộc", 6, "dân tộc"),
 Q("trên 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("15.600 m2", 15600, "m2"), Q("21,4 km", 21.4, "km"),
 Q("4 nhà văn hóa thôn", 4, "nhà văn hóa thôn"), Q("386 triệu đồng", 386000000, "đồng"), Q("11 hộ", 11, "hộ"),
 Q("10 cuộc giám sát", 10, "cuộc giám sát"), Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"), Q("100% ý kiến", 100, "%"),
 Q("62 triệu đồng", 62000000, "đồng"), Q("1,8%", 1.8, "%"), Q("3 tham luận", 3, "tham luận"), Q("74 hộ", 74, "hộ"),
 Q("31 vị", 31, "vị"), Q("3 vị", 3, "vị"), Q("6 đại biểu", 6, "đại biểu"), Q("5 nhóm chỉ tiêu chủ yếu", 5, "nhóm chỉ tiêu chủ yếu")],
[D("Chỉ thị", "30", "CT/TW", "2024-03-20", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 20/3/2024 của Ban Bí thư"),
 D("Kế hoạch", "95", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 95-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2024-01-10", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 12/KH-MTTQ-BTT ngày 10/1/2024 của Ban Thường trực Ủy ban MTTQ huyện")],
[prov("Bắc Giang"), com("Kiên Lao")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIÊN LAO", "Huyện Lục Ngạn - Tỉnh Bắc Giang", "Trang chủ > Tin tức > Mặt trận và các đoàn thể",
 "Ảnh: Đồng chí Hoàng Văn Páo tặng hoa chúc mừng đại hội.", "Vì người nghèo", "Số lượt truy cập: 28.741"],
["Cập nhật: 09:42, 21/05/2024 (GMT+7)", "lần thứ XXII", "2024-2029", "1 trong 2 đại hội điểm", "2019-2024", "năm 2023", "khóa XXII", "Số lượt truy cập: 28.741"]))

PAGES.append(page("b2347-ninhthuan-mttq-daihoi-tinh-2024", """
BÁO NINH THUẬN ĐIỆN TỬ
Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 27/09/2024 - 07:50
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024-2029 thành công tốt đẹp
Trong 2 ngày 25 và 26/9, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2024-2029 với chủ đề "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển". Dự đại hội có 250 đại biểu chính thức, đại diện cho gần 600.000 người dân thuộc 34 dân tộc, trong đó đồng bào Chăm, Raglai chiếm trên 22%.
Về dự có các đồng chí: Hầu Minh Thắng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Quảng Văn Bảy, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.
Nhiệm kỳ 2019-2024, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 85 tỷ đồng, xây dựng 1.217 nhà đại đoàn kết, hỗ trợ 4.600 lượt học sinh nghèo. Tỷ lệ hộ nghèo giảm từ 8,2% xuống còn 2,6%; 45/47 xã đạt chuẩn nông thôn mới. Ủy ban MTTQ các cấp chủ trì 3.104 cuộc giám sát và 142 hội nghị phản biện xã hội, trong đó có 18 hội nghị phản biện cấp tỉnh. Mặt trận tham gia thành công cuộc bầu cử năm 2021 với 99,8% cử tri đi bầu.
Tham luận tại đại hội, Cả sư Thập Văn Sen, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh, chia sẻ vai trò của chức sắc trong vận động bà con Chăm giữ gìn phong tục; bà Chamaléa Thị Thủy, Chủ tịch Ủy ban MTTQ xã Phước Bình, nói về mô hình "Dòng họ Raglai không có người vi phạm pháp luật" ở 7 thôn; ông Katơr Phú, Trưởng ban Công tác Mặt trận thôn Chất Thường, xã Phước Hà, kể việc vận động 63 hộ chuyển đổi sang trồng măng tây xanh.
Đại hội hiệp thương cử 82 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường trực gồm 6 vị. Đồng chí Bá Thị Thanh Lan, Ủy viên Ban Thường vụ Tỉnh ủy, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Pinăng Văn Tuấn, Nguyễn Thị Diệu Hiền, Quảng Thị Hằng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Trưởng ban Ủy ban MTTQ tỉnh: Đàng Năng Khánh, Lưu Đức Toàn là Ủy viên Thường trực.
Đại hội cũng hiệp thương cử 5 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X. Phát biểu chỉ đạo, đồng chí Hầu Minh Thắng đề nghị Mặt trận tỉnh quán triệt Kết luận 80, 81-KL/TW của Ban Bí thư, thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Chấp hành Trung ương; Ủy ban khóa mới chủ động tham gia chuẩn bị bầu cử đại biểu Quốc hội khóa XVI.
Phú Hà
Tin liên quan
- Đại hội MTTQ thành phố Phan Rang - Tháp Chàm lần thứ XII (28/08/2024)
- Bác Ái: đại hội điểm MTTQ cấp huyện (05/07/2024)
- 100% đại hội MTTQ cấp xã hoàn thành đúng tiến độ (20/06/2024)
""", "2024-09-27", "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024-2029 thành công tốt đẹp",
E("dai_hoi", None, "2024-09-25"),
[P("Hầu Minh Thắng", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Quảng Văn Bảy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
 P("Thập Văn Sen", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh"),
 P("Chamaléa Thị Thủy", "Chủ tịch Ủy ban MTTQ xã Phước Bình"),
 P("Katơr Phú", "Trưởng ban Công tác Mặt trận thôn Chất Thường"),
 P("Bá Thị Thanh Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pinăng Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Diệu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Năng Khánh", "Trưởng ban Ủy ban MTTQ tỉnh", "Ủy viên Thường trực"),
 P("Lưu Đức Toàn", "Trưởng ban Ủy ban MTTQ tỉnh", "Ủy viên Thường trực")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("gần 600.000 người dân", 600000, "người dân", "approx"),
 Q("34 dân tộc", 34, "dân tộc"), Q("trên 22%", 22, "%", "over"), Q("hơn 85 tỷ đồng", 85000000000, "đồng", "over"),
 Q("1.217 nhà đại đoàn kết", 1217, "nhà đại đoàn kết"), Q("4.600 lượt học sinh nghèo", 4600, "lượt học sinh nghèo"),
 Q("8,2%", 8.2, "%"), Q("2,6%", 2.6, "%"), Q("45/47 xã", 45, "xã"), Q("3.104 cuộc giám sát", 3104, "cuộc giám sát"),
 Q("142 hội nghị phản biện xã hội", 142, "hội nghị phản biện xã hội"), Q("18 hội nghị phản biện cấp tỉnh", 18, "hội nghị phản biện cấp tỉnh"),
 Q("99,8%", 99.8, "%"), Q("7 thôn", 7, "thôn"), Q("63 hộ", 63, "hộ"), Q("82 vị", 82, "vị"), Q("6 vị", 6, "vị"),
 Q("5 đại biểu chính thức", 5, "đại biểu chính thức"), Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết")],
[D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận 80, 81-KL/TW của Ban Bí thư"),
 D("Kết luận", "81", "KL/TW", None, "Ban Bí thư", "Kết luận 80, 81-KL/TW của Ban Bí thư"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Chấp hành Trung ương")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển", "Vì người nghèo", "Dòng họ Raglai không có người vi phạm pháp luật", "Bà-la-môn giáo"],
["Thứ Sáu, 27/09/2024 - 07:50", "lần thứ XI", "2024-2029", "2 ngày", "2019-2024", "năm 2021", "khóa XI", "lần thứ nhất", "lần thứ X", "khóa XVI"]))

PAGES.append(page("b2348-vinhlong-mttq-giaoban-q3-2024", """
Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh
08:15 | 04/10/2024
Ảnh: Quang cảnh buổi giao ban.
Mặt trận các cấp chuẩn bị đại hội điểm cấp tỉnh và Ngày hội Đại đoàn kết
Sáng 3/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức giao ban công tác Mặt trận quý III năm 2024 với Ban Thường trực Ủy ban MTTQ 8 huyện, thị xã, thành phố. Chủ trì có đồng chí Thạch Thị Sa Rum, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sơn Minh Trí, Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh.
Trong quý, Mặt trận cấp huyện đã tổ chức xong 8/8 đại hội đại biểu nhiệm kỳ 2024-2029; cấp xã hoàn thành 107/107 đại hội. Các cấp vận động Quỹ "Vì người nghèo" được 9,7 tỷ đồng, hỗ trợ xây dựng 132 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng; trao 2.450 suất quà Trung thu cho thiếu nhi nghèo. Ban Thanh tra nhân dân các xã giám sát 214 công trình; Ban Giám sát đầu tư của cộng đồng phát hiện 3 công trình chậm tiến độ.
Báo cáo nêu rõ, Mặt trận tỉnh đã phối hợp tổ chức 36 hội nghị tiếp xúc cử tri trước kỳ họp thứ 7, Quốc hội khóa XV và kỳ họp HĐND tỉnh giữa năm; tổng hợp 418 ý kiến, kiến nghị gửi cơ quan có thẩm quyền, đến nay có 301 ý kiến đã được trả lời. Toàn tỉnh có 3 vụ tranh chấp đất đai giữa hai hộ ở huyện Trà Ôn được hòa giải thành.
Thảo luận tại giao ban, ông Kim Văn Sóc, Chủ tịch Ủy ban MTTQ huyện Trà Ôn, đề nghị hướng dẫn cụ thể việc sắp xếp các ban công tác Mặt trận khi sáp nhập ấp; bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ xã Loan Mỹ, kiến nghị tăng phụ cấp cho 19 trưởng ban công tác Mặt trận ấp. Đại diện Ủy ban MTTQ huyện Bình Tân cho biết việc vận động hội viên, đoàn viên đóng góp xây nhà đại đoàn kết gặp khó do giá lúa giảm, nhiều hộ trồng khoai lang bị thua lỗ; đề nghị tỉnh sớm phân bổ nguồn hỗ trợ từ Trung ương để bảo đảm tiến độ khởi công trước mùa mưa.
Kết luận, đồng chí Thạch Thị Sa Rum yêu cầu quý IV tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI theo Kế hoạch 27, 28-KH/TU của Ban Thường vụ Tỉnh ủy; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; triển khai Hướng dẫn số 16/HD-MTTW-BTT ngày 15/7/2024 về hoạt động của Ban Thanh tra nhân dân. Thời gian tới, Mặt trận tỉnh sẽ vận động xóa 1.200 căn nhà tạm, nhà dột nát theo chỉ đạo của Thủ tướng Chính phủ.
Minh Thảo
Các tin đã đưa
- Trao 50 căn nhà đại đoàn kết tại huyện Tam Bình (27/09/2024)
- Hội nghị giao ban quý II năm 2024 (05/07/2024)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào bị thiệt hại do bão số 3 (16/09/2024)
- Vũng Liêm: 600 phần quà cho hộ nghèo (12/09/2024)
""", "2024-10-04", "Mặt trận các cấp chuẩn bị đại hội điểm cấp tỉnh và Ngày hội Đại đoàn kết",
E("giao_ban", "2024-Q3", "2024-10-03"),
[P("Thạch Thị Sa Rum", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Minh Trí", "Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh"),
 P("Kim Văn Sóc", "Chủ tịch Ủy ban MTTQ huyện Trà Ôn"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ xã Loan Mỹ")],
[Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("8/8 đại hội đại biểu", 8, "đại hội đại biểu"),
 Q("107/107 đại hội", 107, "đại hội"), Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("132 căn nhà đại đoàn kết", 132, "căn nhà đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("2.450 suất quà Trung thu", 2450, "suất quà"), Q("214 công trình", 214, "công trình"),
 Q("3 công trình", 3, "công trình"), Q("36 hội nghị tiếp xúc cử tri", 36, "hội nghị tiếp xúc cử tri"),
 Q("418 ý kiến, kiến nghị", 418, "ý kiến, kiến nghị"), Q("301 ý kiến", 301, "ý kiến"), Q("3 vụ tranh chấp đất đai", 3, "vụ tranh chấp đất đai"),
 Q("19 trưởng ban công tác Mặt trận ấp", 19, "trưởng ban công tác Mặt trận ấp"), Q("100% khu dân cư", 100, "%"),
 Q("1.200 căn nhà tạm, nhà dột nát", 1200, "căn nhà tạm, nhà dột nát")],
[D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 27, 28-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "28", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 27, 28-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "16", "HD-MTTW-BTT", "2024-07-15", None, "Hướng dẫn số 16/HD-MTTW-BTT ngày 15/7/2024")],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh", "Ảnh: Quang cảnh buổi giao ban.", "Vì người nghèo"],
["08:15 | 04/10/2024", "quý III năm 2024", "2024-2029", "kỳ họp thứ 7", "khóa XV", "quý IV", "lần thứ XI"]))

PAGES.append(page("b2349-angiang-mttq-daihoi-triton-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ » Hoạt động » Đại hội Mặt trận các cấp nhiệm kỳ 2024-2029
Ngày đăng 06/07/2024 | 16:20
Tri Tôn: Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII
Ngày 5/7/2024, Ủy ban MTTQ Việt Nam huyện Tri Tôn long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII, nhiệm kỳ 2024-2029. Đại hội có 180 đại biểu chính thức, trong đó có 81 đại biểu là người dân tộc Khmer, 12 đại biểu là chức sắc, chức việc các tôn giáo. Tri Tôn là huyện có đông đồng bào Khmer nhất tỉnh An Giang, chiếm trên 40% dân số.
Dự và chỉ đạo đại hội có đồng chí Néang Sa Ry, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Chau Thành Nhân, Tỉnh ủy viên, Bí thư Huyện ủy Tri Tôn; đồng chí Lê Hồng Sơn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Ảnh: Đồng chí Néang Sa Ry tặng hoa chúc mừng Ban Thường trực khóa XII.
Nhiệm kỳ qua, Mặt trận các cấp trong huyện vận động Quỹ "Vì người nghèo" được 14,2 tỷ đồng; xây mới 385 căn nhà đại đoàn kết, sửa chữa 96 căn; vận động nhân dân và các chùa Khmer hỗ trợ trên 3.000 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo. Mặt trận chủ trì giám sát 212 cuộc, trong đó có 9 cuộc giám sát chuyên đề cấp huyện; hòa giải thành 47 vụ việc mâu thuẫn trong nhân dân. Tỷ lệ hộ nghèo giảm còn 4,06%.
Đại hội nghe 6 tham luận. Đại đức Chau Sa Rươne, trụ trì chùa Tà Miệt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, chia sẻ việc mở 14 lớp dạy chữ Khmer hè; Achar Chau Sóc Phên, Trưởng ban Quản trị chùa Sà Lôn, kể cách vận động đồng bào xây dựng "Phum sóc không có tệ nạn xã hội"; bà Néang Kim Thy, Chủ tịch Ủy ban MTTQ xã Châu Lăng, nêu khó khăn khi 320 lao động đi làm ăn xa.
Đại hội hiệp thương cử 59 vị vào Ủy ban MTTQ Việt Nam huyện khóa XII. Ban Thường trực gồm 4 vị: ông Chau Sóc Phol, HUV, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà: Trần Thị Mỹ Lệ, Chau Kim Hưng - Phó Chủ tịch Ủy ban MTTQ huyện; bà Néang Sô Phi, Ủy viên Thường trực. Đại hội cử 13 đại biểu đi dự Đại hội đại biểu MTTQ tỉnh lần thứ XI.
Phát biểu chỉ đạo, đồng chí Néang Sa Ry đề nghị Mặt trận huyện thực hiện tốt Kế hoạch số 182-KH/TU ngày 4/4/2024 của Ban Thường vụ Tỉnh ủy, Kế hoạch số 59/KH-MTTQ-BTT của Ủy ban MTTQ tỉnh về tổ chức đại hội Mặt trận các cấp; tăng cường vận động đồng bào Khmer tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ngọc Chánh
Tin cùng chuyên mục
- Tịnh Biên: Đại hội MTTQ thị xã lần thứ I (28/06/2024)
- Xã Lê Trì tổ chức đại hội điểm MTTQ cấp xã (10/05/2024)
- Thoại Sơn: Mặt trận huyện trao 30 căn nhà đại đoàn kết (03/05/2024)
""", "2024-07-06", "Tri Tôn: Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII",
E("dai_hoi", None, "2024-07-05"),
[P("Néang Sa Ry", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Thành Nhân", "Tỉnh ủy viên", "Bí thư Huyện ủy Tri Tôn"),
 P("Lê Hồng Sơn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Chau Sa Rươne", "Đại đức", "trụ trì chùa Tà Miệt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Chau Sóc Phên", "Achar", "Trưởng ban Quản trị chùa Sà Lôn"),
 P("Néang Kim Thy", "Chủ tịch Ủy ban MTTQ xã Châu Lăng"),
 P("Chau Sóc Phol", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Chau Kim Hưng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Néang Sô Phi", "Ủy viên Thường trực")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("81 đại biểu", 81, "đại biểu"), Q("12 đại biểu", 12, "đại biểu"),
 Q("trên 40%", 40, "%", "over"), Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("385 căn nhà đại đoàn kết", 385, "căn nhà đại đoàn kết"),
 Q("96 căn", 96, "căn"), Q("trên 3.000 phần quà", 3000, "phần quà", "over"), Q("212 cuộc", 212, "cuộc"),
 Q("9 cuộc giám sát chuyên đề cấp huyện", 9, "cuộc giám sát chuyên đề cấp huyện"), Q("47 vụ việc mâu thuẫn", 47, "vụ việc mâu thuẫn"),
 Q("4,06%", 4.06, "%"), Q("6 tham luận", 6, "tham luận"), Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè"),
 Q("320 lao động", 320, "lao động"), Q("59 vị", 59, "vị"), Q("4 vị", 4, "vị"), Q("13 đại biểu", 13, "đại biểu")],
[D("Kế hoạch", "182", "KH/TU", "2024-04-04", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 182-KH/TU ngày 4/4/2024 của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "59", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 59/KH-MTTQ-BTT của Ủy ban MTTQ tỉnh")],
[prov("An Giang"), com("Châu Lăng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ » Hoạt động » Đại hội Mặt trận các cấp nhiệm kỳ 2024-2029",
 "Ảnh: Đồng chí Néang Sa Ry tặng hoa chúc mừng Ban Thường trực khóa XII.", "Vì người nghèo", "Phum sóc không có tệ nạn xã hội",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội Đoàn kết sư sãi yêu nước huyện"],
["Ngày đăng 06/07/2024 | 16:20", "lần thứ XII", "2024-2029", "khóa XII", "lần thứ XI"]))

PAGES.append(page("b2350-tuyenquang-xa-bachdich-mttq-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG
Trang chủ / Tin tức - Sự kiện / Mặt trận và đoàn thể
Thứ Hai, 07/07/2025
Ra mắt Ủy ban MTTQ Việt Nam xã Bạch Đích sau sắp xếp
Ngày 5/7/2025, Đảng ủy xã Bạch Đích tổ chức hội nghị công bố quyết định chỉ định Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024-2029 và ra mắt Ban Thường trực. Xã Bạch Đích mới được thành lập trên cơ sở sáp nhập 3 xã Bạch Đích, Phú Lũng, Na Khê theo Nghị quyết số 1681/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, có diện tích 98,6 km2, 31 thôn với gần 17.000 nhân khẩu; 94% là đồng bào Mông, Dao, Giáy, Tày. Địa bàn xã trước đây thuộc huyện Yên Minh, tỉnh Hà Giang; từ ngày 1/7/2025 là một trong những xã vùng cao phía bắc của tỉnh Tuyên Quang, cách trung tâm tỉnh hơn 150 km.
Đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã trao các quyết định số 21, 22-QĐ/ĐU của Ban Thường vụ Đảng ủy xã. Theo đó, Ủy ban MTTQ Việt Nam xã gồm 45 vị; Ban Thường trực gồm 5 đồng chí: đồng chí Hoàng Thị Dín, Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Vàng Seo Chứ, Lý Thị Mai, Bàn Văn Phấy. Trong đó, đồng chí Lý Thị Mai đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ xã; đồng chí Bàn Văn Phấy đồng thời là Bí thư Đoàn xã.
Thực hiện Kết luận số 162-KL/TW của Bộ Chính trị và Hướng dẫn số 28-HD/BTCTW về sắp xếp tổ chức bộ máy, các tổ chức chính trị - xã hội cấp xã đã trở thành tổ chức thành viên trực thuộc Ủy ban MTTQ xã; 31 ban công tác Mặt trận thôn được kiện toàn với 155 thành viên. Xã hiện có 2.904 hội viên phụ nữ, 1.620 hội viên nông dân, 418 hội viên cựu chiến binh và 736 đoàn viên thanh niên.
Phát biểu tại hội nghị, đồng chí Sùng Mí Chá yêu cầu Ủy ban MTTQ xã nhanh chóng ổn định tổ chức, chuẩn bị tốt việc tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; phấn đấu trong năm 2025 xóa 112 căn nhà tạm, nhà dột nát còn lại, mỗi căn hỗ trợ 60 triệu đồng.
Ông Giàng Seo Pao, người có uy tín thôn Lũng Thầu, phát biểu thay mặt nhân dân, cam kết vận động bà con 6 dòng họ Mông trong thôn chấp hành tốt chủ trương, không nghe kẻ xấu truyền đạo trái pháp luật.
Cũng tại hội nghị, Ban Thường trực Ủy ban MTTQ xã ra mắt Quy chế phối hợp số 01/QCPH-MTTQ-UBND giữa Ủy ban MTTQ với UBND xã.
Ban Biên tập
Lượt truy cập: 3.512
Tin liên quan
- Xã Bạch Đích chính thức vận hành mô hình chính quyền 2 cấp (01/07/2025)
- Đảng bộ xã Bạch Đích công bố quyết định thành lập (30/06/2025)
- Trao 20 căn nhà cho hộ nghèo thôn Phìn Sảng (15/06/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ nhất (03/07/2025)
- Tuyên truyền Luật Tổ chức chính quyền địa phương năm 2025 tới các thôn (25/06/2025)
""", "2025-07-07", "Ra mắt Ủy ban MTTQ Việt Nam xã Bạch Đích sau sắp xếp",
E("hoi_nghi", None, "2025-07-05"),
[P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Dín", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vàng Seo Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Bàn Văn Phấy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("Giàng Seo Pao", "người có uy tín thôn Lũng Thầu")],
[Q("3 xã", 3, "xã"), Q("98,6 km2", 98.6, "km2"), Q("31 thôn", 31, "thôn"), Q("gần 17.000 nhân khẩu", 17000, "nhân khẩu", "approx"),
 Q("94%", 94, "%"), Q("hơn 150 km", 150, "km", "over"), Q("45 vị", 45, "vị"), Q("5 đồng chí", 5, "đồng chí"), Q("31 ban công tác Mặt trận thôn", 31, "ban công tác Mặt trận thôn"),
 Q("155 thành viên", 155, "thành viên"), Q("2.904 hội viên phụ nữ", 2904, "hội viên phụ nữ"), Q("1.620 hội viên nông dân", 1620, "hội viên nông dân"),
 Q("418 hội viên cựu chiến binh", 418, "hội viên cựu chiến binh"), Q("736 đoàn viên thanh niên", 736, "đoàn viên thanh niên"),
 Q("112 căn nhà tạm, nhà dột nát", 112, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"), Q("6 dòng họ Mông", 6, "dòng họ Mông")],
[D("Nghị quyết", "1681", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1681/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"),
 D("Quyết định", "21", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "quyết định số 21, 22-QĐ/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Quyết định", "22", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "quyết định số 21, 22-QĐ/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Kết luận", "162", "KL/TW", None, "Bộ Chính trị", "Kết luận số 162-KL/TW của Bộ Chính trị"),
 D("Hướng dẫn", "28", "HD/BTCTW", None, None, "Hướng dẫn số 28-HD/BTCTW"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Bạch Đích"), com("Phú Lũng"), com("Na Khê")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức - Sự kiện / Mặt trận và đoàn thể", "Lượt truy cập: 3.512"],
["2024-2029", "khóa XVI", "2026-2031", "năm 2025", "5 đồng chí", "Lượt truy cập: 3.512"]))
