from lib import *
PAGES = []

PAGES.append(page("b4799-bentre-tongket-2024", """
BÁO ĐỒNG KHỞI ONLINE - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẾN TRE
Trang chủ / Chính trị / Mặt trận
Cập nhật ngày 26 tháng 12 năm 2024, 14:10
Hơn 90% kiến nghị phản biện của Mặt trận được tiếp thu
Ngày 25-12-2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2024, triển khai chương trình giám sát năm 2025. Đồng chí Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Nguyễn Thị Bé Mười phát biểu tại hội nghị. Ảnh: Cẩm Trúc
Năm 2024, Mặt trận 3 cấp trong tỉnh tổ chức 164 hội nghị phản biện xã hội, trong đó cấp tỉnh 7 hội nghị, cấp huyện 21 hội nghị, cấp xã 136 hội nghị. Đã có 412 kiến nghị phản biện được gửi tới cơ quan soạn thảo, 375 kiến nghị được tiếp thu, đạt 91%. Cấp tỉnh phản biện các dự thảo nghị quyết của HĐND tỉnh về chính sách hỗ trợ chuyển đổi cây trồng thích ứng hạn mặn, về mức chi cho công tác hòa giải ở cơ sở và dự thảo Đề án phát triển kinh tế tập thể giai đoạn 2025 - 2030.
Việc phản biện bám sát Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Quyết định số 99-QĐ/TW của Ban Bí thư và Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh. Nhờ kiến nghị của Mặt trận, Nghị quyết số 18/2024/NQ-HĐND đã nâng mức chi thù lao cho hòa giải viên từ 200.000 đồng lên 300.000 đồng/vụ việc, áp dụng cho 1.389 tổ hòa giải với gần 9.700 hòa giải viên.
Tham luận tại hội nghị, ông Huỳnh Văn Chiến, Chủ tịch Ủy ban MTTQ huyện Thạnh Phú, giới thiệu cách huyện mời 25 chuyên gia, trí thức tham gia "tổ phản biện" theo từng lĩnh vực. Bà Lê Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ xã An Thủy, chia sẻ việc phản biện dự thảo kế hoạch nạo vét kênh, qua đó giảm 15% mức vận động đóng góp của dân. Ông Trần Văn Đực, Trưởng ban Công tác Mặt trận ấp Giồng Giữa, xã Tân Thủy, đề nghị công khai văn bản trả lời kiến nghị tại các nhà văn hóa ấp.
Phát biểu chỉ đạo, đồng chí Hồ Thanh Liêm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, ghi nhận Mặt trận đã phản biện "đúng, trúng, sát"; đề nghị năm 2025 tập trung phản biện các đề án sắp xếp tổ chức bộ máy, dự thảo văn kiện đại hội đảng bộ các cấp. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Văn Hòa, Nguyễn Thị Kim Thoa trình bày chương trình giám sát năm 2025 với 6 cuộc giám sát chuyên đề.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc trong công tác giám sát, phản biện xã hội năm 2024.
Cẩm Trúc
Lượt xem: 2.230
Tin liên quan
- Mỏ Cày Nam: phản biện dự thảo quy hoạch chung đô thị (18/12/2024)
- Mặt trận tỉnh trao 300 phần quà cho hộ nghèo đón Tết (12/12/2024)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân (04/12/2024)
""", "2024-12-26", "Hơn 90% kiến nghị phản biện của Mặt trận được tiếp thu",
E("tong_ket", "2024", "2024-12-25"),
[P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Chiến", "Chủ tịch Ủy ban MTTQ huyện Thạnh Phú"),
 P("Lê Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ xã An Thủy"),
 P("Trần Văn Đực", "Trưởng ban Công tác Mặt trận ấp Giồng Giữa"),
 P("Hồ Thanh Liêm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("Hơn 90%", 90, "%", "over"), Q("164 hội nghị phản biện xã hội", 164, "hội nghị phản biện xã hội"), Q("7 hội nghị", 7, "hội nghị"),
 Q("21 hội nghị", 21, "hội nghị"), Q("136 hội nghị", 136, "hội nghị"), Q("412 kiến nghị phản biện", 412, "kiến nghị phản biện"),
 Q("375 kiến nghị", 375, "kiến nghị"), Q("91%", 91, "%"), Q("200.000 đồng", 200000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("1.389 tổ hòa giải", 1389, "tổ hòa giải"), Q("gần 9.700 hòa giải viên", 9700, "hòa giải viên", "approx"),
 Q("25 chuyên gia, trí thức", 25, "chuyên gia, trí thức"), Q("15%", 15, "%"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "18", "2024/NQ-HĐND", None, None, "Nghị quyết số 18/2024/NQ-HĐND")],
[prov("Bến Tre"), com("An Thủy"), com("Tân Thủy")],
["BÁO ĐỒNG KHỞI ONLINE - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẾN TRE", "Trang chủ / Chính trị / Mặt trận",
 "Đồng chí Nguyễn Thị Bé Mười phát biểu tại hội nghị. Ảnh: Cẩm Trúc", "tổ phản biện", "Lượt xem: 2.230"],
["Cập nhật ngày 26 tháng 12 năm 2024, 14:10", "năm 2024", "năm 2025", "giai đoạn 2025 - 2030", "3 cấp", "Lượt xem: 2.230"]))

PAGES.append(page("b4800-namdinh-phanbien-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội
Thứ Sáu, 25/04/2025
Ảnh: Toàn cảnh hội nghị phản biện xã hội.
Sắp xếp đơn vị hành chính cấp xã: Mặt trận tỉnh tổ chức phản biện xã hội
Chiều 24/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định tổ chức hội nghị phản biện xã hội đối với dự thảo Đề án sắp xếp đơn vị hành chính cấp xã của tỉnh năm 2025 do UBND tỉnh xây dựng. Ông Trần Văn Chung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Dự thảo Đề án được xây dựng theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương, Kết luận 127, 137-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội. Theo đó, tỉnh dự kiến sắp xếp 175 xã, phường, thị trấn thành 64 xã, phường, giảm 111 đơn vị, tương đương 63,4%; đồng thời thực hiện chủ trương hợp nhất các tỉnh Hà Nam, Nam Định, Ninh Bình. Ông Nguyễn Đức Mạnh, Phó Giám đốc Sở Nội vụ, cho biết dự thảo đã được lấy ý kiến cử tri với tỷ lệ đồng thuận đạt 96,8%.
Phản biện tại hội nghị, TS. Vũ Thị Lan Anh, thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh, đề nghị làm rõ phương án bố trí trụ sở, bảo đảm khoảng cách từ khu dân cư xa nhất đến trung tâm xã mới không quá 15 km. Linh mục Giuse Trần Văn Hòa, Chánh xứ Giáo xứ Trung Lao, đề nghị khi đặt tên xã mới cần tôn trọng tên gọi truyền thống gắn với đời sống của giáo dân. Ông Phạm Văn Tuấn, Chủ tịch Ủy ban MTTQ xã Giao Thịnh, phản ánh người dân lo thủ tục hành chính bị gián đoạn, kiến nghị duy trì bộ phận một cửa tại trụ sở cũ ít nhất 6 tháng.
Các ý kiến của ông Đặng Văn Khải, Chủ tịch Hội Cựu chiến binh tỉnh, và bà Trần Thị Thu Hà, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cùng đề nghị có chính sách hỗ trợ cho 2.130 cán bộ, công chức cấp xã dôi dư, ưu tiên nữ cán bộ và người dân tộc thiểu số; đồng thời đề nghị đánh giá kỹ tác động tới 486 thôn, tổ dân phố sau sắp xếp. Ông Lương Văn Hùng, Bí thư Chi bộ kiêm Trưởng thôn Quất Lâm, thị trấn Quất Lâm, nêu câu hỏi về việc sử dụng 3 trụ sở, nhà văn hóa dôi dư.
Ảnh: TS. Vũ Thị Lan Anh phát biểu phản biện.
Tiếp thu ý kiến, ông Nguyễn Đức Mạnh cho biết Sở Nội vụ sẽ bổ sung phụ lục về phương án sử dụng trụ sở và lộ trình giải quyết chế độ theo Nghị định số 178/2024/NĐ-CP của Chính phủ. Kết luận hội nghị, ông Trần Văn Chung đề nghị cơ quan soạn thảo tiếp thu 10 kiến nghị; Ủy ban MTTQ tỉnh sẽ gửi văn bản phản biện tới UBND tỉnh trước ngày 28/4/2025, để kịp trình HĐND tỉnh tại kỳ họp chuyên đề.
Hồng Minh
Lượt truy cập: 12.087
Tin liên quan
- Mặt trận Hải Hậu lấy ý kiến cử tri về sắp xếp đơn vị hành chính (21/04/2025)
- Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh mở rộng (15/04/2025)
- Tặng 200 suất quà cho hộ nghèo Giao Thủy (05/04/2025)
""", "2025-04-25", "Sắp xếp đơn vị hành chính cấp xã: Mặt trận tỉnh tổ chức phản biện xã hội",
E("hoi_nghi", None, "2025-04-24"),
[P("Trần Văn Chung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Mạnh", "Phó Giám đốc Sở Nội vụ"),
 P("Vũ Thị Lan Anh", "TS.", "thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh"),
 P("Giuse Trần Văn Hòa", "Linh mục", "Chánh xứ Giáo xứ Trung Lao"),
 P("Phạm Văn Tuấn", "Chủ tịch Ủy ban MTTQ xã Giao Thịnh"),
 P("Đặng Văn Khải", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Trần Thị Thu Hà", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lương Văn Hùng", "Bí thư Chi bộ kiêm Trưởng thôn Quất Lâm")],
[Q("175 xã, phường, thị trấn", 175, "xã, phường, thị trấn"), Q("64 xã, phường", 64, "xã, phường"), Q("111 đơn vị", 111, "đơn vị"),
 Q("63,4%", 63.4, "%"), Q("96,8%", 96.8, "%"), Q("không quá 15 km", 15, "km"), Q("ít nhất 6 tháng", 6, "tháng", "over"),
 Q("2.130 cán bộ, công chức cấp xã", 2130, "cán bộ, công chức cấp xã"), Q("486 thôn, tổ dân phố", 486, "thôn, tổ dân phố"),
 Q("3 trụ sở, nhà văn hóa", 3, "trụ sở, nhà văn hóa"), Q("10 kiến nghị", 10, "kiến nghị")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 137-KL/TW"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 137-KL/TW"),
 D("Nghị quyết", "76", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 76/2025/UBTVQH15"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Nam Định"), prov("Hà Nam"), prov("Ninh Bình"), com("Giao Thịnh"), com("Quất Lâm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội",
 "Ảnh: Toàn cảnh hội nghị phản biện xã hội.", "Ảnh: TS. Vũ Thị Lan Anh phát biểu phản biện.", "Lượt truy cập: 12.087"],
["Thứ Sáu, 25/04/2025", "năm 2025", "Lượt truy cập: 12.087"]))

PAGES.append(page("b4801-tuyenquang-phanbien-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Mặt trận - Đoàn thể
Thứ Sáu, 28/11/2025 - 08:40
Mặt trận xã Lũng Cú phản biện dự thảo Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026
Ngày 27/11/2025, Ủy ban MTTQ Việt Nam xã Lũng Cú tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2026 và dự thảo Nghị quyết về kế hoạch đầu tư công năm 2026. Ông Sùng Mí Chứ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì hội nghị.
Quang cảnh hội nghị phản biện tại hội trường UBND xã.
Đây là hội nghị phản biện xã hội thứ hai của Mặt trận xã kể từ khi chính quyền địa phương hai cấp đi vào hoạt động từ ngày 01/7/2025, sau khi tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội. Hội nghị thực hiện theo Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Kế hoạch số 15-KH/ĐU của Đảng ủy xã.
Tham dự có bà Ly Thị Dế, Phó Chủ tịch HĐND xã; ông Vàng Chí Sính, Phó Chủ tịch UBND xã; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Lù Thị Mỷ, Giàng Mí Pó, Nguyễn Văn Hưng; cùng 48 đại biểu là Trưởng ban Công tác Mặt trận, trưởng thôn, người có uy tín của 27 thôn.
Theo dự thảo, năm 2026 xã phấn đấu giảm tỷ lệ hộ nghèo từ 38,6% xuống còn khoảng 32%, tương đương giảm 205 hộ; trồng mới 120 ha rừng, phát triển 3 sản phẩm OCOP; thu nhập bình quân đầu người đạt 28 triệu đồng. Kế hoạch đầu tư công năm 2026 có tổng vốn trên 46 tỷ đồng cho 11 công trình, trong đó có tuyến đường đến thôn Xí Mần Kha và 2 điểm trường mầm non.
Phản biện dự thảo, ông Thào Mí Say, người có uy tín thôn Lô Lô Chải, đề nghị bổ sung chỉ tiêu về nước sinh hoạt vì mùa khô còn 312 hộ phải gùi nước. Bà Lù Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã, cho rằng chỉ tiêu giảm nghèo "hơi cao so với khả năng", đề nghị điều chỉnh còn khoảng 34%. Ông Giàng Mí Pó, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, kiến nghị ưu tiên vốn cho 4 hợp tác xã chè Shan tuyết và dược liệu.
Ông Vàng Chí Sính tiếp thu, cho biết UBND xã sẽ rà soát lại 5 chỉ tiêu và bổ sung danh mục công trình cấp nước tập trung. Kết luận, ông Sùng Mí Chứ đề nghị Ban Thường trực tổng hợp 9 kiến nghị thành văn bản phản biện gửi Thường trực HĐND xã trước kỳ họp thứ 4, HĐND xã khóa I, nhiệm kỳ 2021 - 2026.
Ban Biên tập
Lượt truy cập: 8.415
Tin khác
- Lũng Cú: ra quân dọn vệ sinh môi trường khu du lịch (20/11/2025)
- Ngày hội Đại đoàn kết toàn dân tộc ở thôn Thèn Ván (14/11/2025)
- Trao 50 suất quà cho học sinh nghèo (03/11/2025)
""", "2025-11-28", "Mặt trận xã Lũng Cú phản biện dự thảo Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
E("hoi_nghi", None, "2025-11-27"),
[P("Sùng Mí Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Thị Dế", "Phó Chủ tịch HĐND xã"),
 P("Vàng Chí Sính", "Phó Chủ tịch UBND xã"),
 P("Lù Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Giàng Mí Pó", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Mí Say", "người có uy tín thôn Lô Lô Chải")],
[Q("48 đại biểu", 48, "đại biểu"), Q("27 thôn", 27, "thôn"), Q("38,6%", 38.6, "%"), Q("khoảng 32%", 32, "%", "approx"),
 Q("205 hộ", 205, "hộ"), Q("120 ha", 120, "ha"), Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"), Q("28 triệu đồng", 28000000, "đồng"),
 Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("11 công trình", 11, "công trình"), Q("2 điểm trường mầm non", 2, "điểm trường mầm non"),
 Q("312 hộ", 312, "hộ"), Q("khoảng 34%", 34, "%", "approx"), Q("4 hợp tác xã chè Shan tuyết và dược liệu", 4, "hợp tác xã chè Shan tuyết và dược liệu"),
 Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị phản biện tại hội trường UBND xã.", "Ban Biên tập", "Lượt truy cập: 8.415"],
["Thứ Sáu, 28/11/2025 - 08:40", "năm 2026", "hội nghị phản biện xã hội thứ hai", "hai cấp", "kỳ họp thứ 4", "khóa I",
 "nhiệm kỳ 2021 - 2026", "Lượt truy cập: 8.415"]))

PAGES.append(page("b4802-dongnai-phanbien-2025", """
Báo và Phát thanh, Truyền hình Đồng Nai
Thời sự | Chính trị | Mặt trận - Đoàn thể
19/12/2025 - 10:20
Ủy ban MTTQ Việt Nam tỉnh phản biện chính sách hỗ trợ Ban Công tác Mặt trận ấp, khu phố
Sáng 18/12, tại phường Trấn Biên, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức chi hỗ trợ hoạt động của Ban Công tác Mặt trận và mức bồi dưỡng đối với người trực tiếp tham gia công việc của ấp, khu phố trên địa bàn tỉnh. Bà Điểu Thị Lên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chủ trì hội nghị.
Bà Điểu Thị Lên phát biểu tại hội nghị. Ảnh: Ngọc Liên
Dự thảo do Sở Tài chính chủ trì soạn thảo, nhằm thống nhất chính sách giữa tỉnh Đồng Nai và tỉnh Bình Phước (cũ) sau hợp nhất, căn cứ Luật Tổ chức chính quyền địa phương năm 2025, Nghị định số 33/2023/NĐ-CP của Chính phủ và Thông tư số 05/2025/TT-BNV của Bộ Nội vụ. Theo dự thảo, mỗi Ban Công tác Mặt trận ấp, khu phố được hỗ trợ 7 triệu đồng/năm; mức bồi dưỡng đối với người trực tiếp tham gia công việc của ấp là 500.000 đồng/người/tháng. Toàn tỉnh hiện có 95 xã, phường với 2.286 ấp, khu phố; tổng kinh phí khoảng 68 tỷ đồng/năm.
Phản biện tại hội nghị, ông Nguyễn Hữu Lộc, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, chỉ ra mức hỗ trợ ở tỉnh Bình Phước (cũ) trước đây là 9 triệu đồng/năm, nếu áp dụng mức mới sẽ có 1.032 ấp, khu phố bị giảm. Ông Điểu Phương, Trưởng ban Công tác Mặt trận sóc Bom Bo, xã Bom Bo, đề nghị tính thêm hệ số cho ấp có đông đồng bào S'tiêng, M'nông. Bà Thị Hồng Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Lý, cho rằng nên ấn định mức bồi dưỡng theo số hộ, vì có ấp trên 1.500 hộ, có ấp chỉ 180 hộ.
ThS. Lê Minh Quang, giảng viên Trường Chính trị tỉnh, đề nghị dự thảo quy định rõ cơ chế để Ban Công tác Mặt trận tự chủ trong sử dụng kinh phí; ông Trần Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước, kiến nghị bố trí thêm 2 cán bộ chuyên trách ở các khu phố có trên 1.000 hộ.
Tiếp thu ý kiến, bà Phạm Thị Ngọc Hà, Phó Giám đốc Sở Tài chính, cho biết cơ quan soạn thảo sẽ điều chỉnh theo hướng giữ mức không thấp hơn mức cao nhất của hai tỉnh trước hợp nhất. Kết luận, bà Điểu Thị Lên đề nghị Ban Dân chủ - Pháp luật tổng hợp 7 kiến nghị, ban hành văn bản phản biện gửi Thường trực HĐND tỉnh trước kỳ họp cuối năm; đồng thời giao Mặt trận 95 xã, phường tổ chức lấy ý kiến nhân dân theo Kế hoạch số 26/KH-MTTQ-BTT ngày 02/12/2025.
Ngọc Liên
Lượt xem: 3.540
Tin liên quan
- Mặt trận tỉnh giám sát việc chi trả chế độ cho cán bộ dôi dư (12/12/2025)
- Trao 1.000 phần quà cho hộ nghèo tại xã Bù Gia Mập (05/12/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (28/11/2025)
""", "2025-12-19", "Ủy ban MTTQ Việt Nam tỉnh phản biện chính sách hỗ trợ Ban Công tác Mặt trận ấp, khu phố",
E("hoi_nghi", None, "2025-12-18"),
[P("Điểu Thị Lên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Lộc", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Phương", "Trưởng ban Công tác Mặt trận sóc Bom Bo"),
 P("Thị Hồng Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Lý"),
 P("Lê Minh Quang", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Văn Sáu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước"),
 P("Phạm Thị Ngọc Hà", "Phó Giám đốc Sở Tài chính")],
[Q("7 triệu đồng", 7000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("95 xã, phường", 95, "xã, phường"),
 Q("2.286 ấp, khu phố", 2286, "ấp, khu phố"), Q("khoảng 68 tỷ đồng", 68000000000, "đồng", "approx"), Q("9 triệu đồng", 9000000, "đồng"),
 Q("1.032 ấp, khu phố", 1032, "ấp, khu phố"), Q("trên 1.500 hộ", 1500, "hộ", "over"), Q("180 hộ", 180, "hộ"),
 Q("2 cán bộ chuyên trách", 2, "cán bộ chuyên trách"), Q("trên 1.000 hộ", 1000, "hộ", "over"), Q("7 kiến nghị", 7, "kiến nghị")],
[D("Nghị định", "33", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 33/2023/NĐ-CP"),
 D("Thông tư", "05", "2025/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 05/2025/TT-BNV"),
 D("Kế hoạch", "26", "KH-MTTQ-BTT", "2025-12-02", None, "Kế hoạch số 26/KH-MTTQ-BTT ngày 02/12/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bom Bo"), com("Phú Lý"), com("Bình Phước")],
["Báo và Phát thanh, Truyền hình Đồng Nai", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Bà Điểu Thị Lên phát biểu tại hội nghị. Ảnh: Ngọc Liên",
 "Luật Tổ chức chính quyền địa phương năm 2025", "Lượt xem: 3.540"],
["19/12/2025 - 10:20", "hai tỉnh", "Lượt xem: 3.540"]))

PAGES.append(page("b4803-vinhlong-tongket-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Hôm nay: Thứ Hai, 19/01/2026
You are here: Trang chủ › Tin hoạt động › Giám sát, phản biện xã hội
Thứ Sáu, 16/01/2026, 08:05
Toàn cảnh hội nghị. Ảnh: Thanh Tùng
Vĩnh Long: Mặt trận triển khai nhiệm vụ giám sát, phản biện năm 2026
Chiều 15/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2025 - năm đầu tiên thực hiện sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh - và triển khai nhiệm vụ năm 2026. Đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Dư Na, Võ Thị Ánh Tuyết, Lê Minh Cường.
Báo cáo cho thấy, năm 2025 Mặt trận các cấp tổ chức 318 hội nghị phản biện xã hội, trong đó cấp tỉnh 9 hội nghị; riêng 6 tháng cuối năm, sau khi vận hành chính quyền địa phương hai cấp, Mặt trận 124 xã, phường đã tổ chức 203 hội nghị. Tổng số 706 kiến nghị được gửi tới cơ quan có thẩm quyền, 641 kiến nghị được tiếp thu, đạt 90,8%. Mặt trận tỉnh đã phản biện dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ cán bộ dôi dư, về giá dịch vụ thu gom rác thải và dự thảo Kế hoạch tổ chức lại các điểm trường ở vùng đồng bào Khmer.
Đáng chú ý, từ kiến nghị phản biện, Nghị quyết số 14/2025/NQ-HĐND đã giữ lại 37 điểm trường lẻ ở các xã có đông đồng bào Khmer, giúp khoảng 2.400 học sinh không phải đi học xa. Việc giám sát, phản biện thực hiện theo Quyết định 217, 218-QĐ/TW và Hướng dẫn 01, 02-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tại hội nghị, Đại đức Thạch Sơn Hòa, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị Mặt trận tiếp tục lắng nghe ý kiến của đồng bào Khmer về việc sắp xếp điểm trường. Ông Nguyễn Văn Đẩu, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, chia sẻ kinh nghiệm tổ chức "phản biện tại ấp" với 14 buổi lấy ý kiến. Bà Sơn Thị Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Nhượng, kiến nghị tỉnh sớm ban hành quy chế phối hợp giữa Mặt trận và chính quyền cấp xã mới.
Phát biểu chỉ đạo, đồng chí Châu Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị năm 2026 Mặt trận tập trung phản biện các dự thảo chính sách về nhà ở xã hội và chuyển đổi số; phấn đấu tỷ lệ kiến nghị được tiếp thu từ 92% trở lên.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 21 tập thể và 30 cá nhân tiêu biểu trong công tác giám sát, phản biện xã hội năm 2025.
Thanh Tùng
Lượt xem: 1.877
Tin liên quan
- Trà Cú: Mặt trận phản biện dự thảo kế hoạch sắp xếp điểm trường (08/01/2026)
- Tặng 500 phần quà Tết cho hộ nghèo Khmer (05/01/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ ba (26/12/2025)
""", "2026-01-16", "Vĩnh Long: Mặt trận triển khai nhiệm vụ giám sát, phản biện năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Dư Na", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ánh Tuyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sơn Hòa", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Nguyễn Văn Đẩu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Nhượng"),
 P("Châu Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("318 hội nghị phản biện xã hội", 318, "hội nghị phản biện xã hội"), Q("9 hội nghị", 9, "hội nghị"), Q("124 xã, phường", 124, "xã, phường"),
 Q("203 hội nghị", 203, "hội nghị"), Q("706 kiến nghị", 706, "kiến nghị"), Q("641 kiến nghị", 641, "kiến nghị"), Q("90,8%", 90.8, "%"),
 Q("37 điểm trường lẻ", 37, "điểm trường lẻ"), Q("khoảng 2.400 học sinh", 2400, "học sinh", "approx"), Q("14 buổi lấy ý kiến", 14, "buổi lấy ý kiến"),
 Q("từ 92% trở lên", 92, "%", "over"), Q("21 tập thể", 21, "tập thể"), Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu")],
[D("Nghị quyết", "14", "2025/NQ-HĐND", None, None, "Nghị quyết số 14/2025/NQ-HĐND"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Hướng dẫn", "01", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 01, 02-HD/MTTW-BTT"),
 D("Hướng dẫn", "02", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 01, 02-HD/MTTW-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Hưng Nhượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Hôm nay: Thứ Hai, 19/01/2026",
 "You are here: Trang chủ › Tin hoạt động › Giám sát, phản biện xã hội", "Toàn cảnh hội nghị. Ảnh: Thanh Tùng", "phản biện tại ấp",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.877"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "6 tháng cuối năm", "hai cấp", "ba tỉnh", "Lượt xem: 1.877"]))

PAGES.append(page("b4804-lamdong-khac-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng - Mặt trận
13/03/2026 | 07:30
Khi kiến nghị phản biện của Mặt trận đi vào nghị quyết
(LĐ online) - Sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, hoạt động phản biện xã hội của Mặt trận các cấp đã trở thành "bộ lọc" để nhiều chính sách của HĐND, UBND tỉnh và 124 xã, phường, đặc khu sát với thực tiễn hơn. Không ít kiến nghị của người dân, qua Mặt trận, đã được ghi vào văn bản chính thức.
Người dân xã Quảng Trực góp ý dự thảo kế hoạch tại nhà văn hóa bon. Ảnh: K'Thuần
Chuyện ở bon Bu Prăng
Cuối năm 2025, khi UBND tỉnh xây dựng dự thảo Kế hoạch bố trí, ổn định dân cư vùng biên giới, Ủy ban MTTQ Việt Nam xã Quảng Trực đã mời 42 hộ đồng bào M'nông ở bon Bu Prăng đến góp ý. Ông Điểu K'Nhơn, người có uy tín bon Bu Prăng, kể: "Dự thảo định dời bà con ra gần đường nhựa, nhưng rẫy điều của bà con ở trong này, đi 10 km mỗi ngày thì không làm được". Ý kiến được Mặt trận đưa vào văn bản phản biện; sau đó Quyết định số 215/QĐ-UBND ngày 22/01/2026 của UBND tỉnh đã điều chỉnh, cho 36 hộ được ổn định tại chỗ.
Ở phía biển, bà Đàng Thị Ngọc Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp, người Chăm, cho biết Mặt trận xã đã phản biện dự thảo phương án di dời 58 hộ khỏi vùng sạt lở; nhờ đó phương án bổ sung hỗ trợ 30 triệu đồng/hộ để dựng lại chuồng trại.
"Phản biện không phải để cãi"
Bà Ka Thị Hồng Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết từ tháng 7/2025 đến nay, Mặt trận tỉnh đã phản biện 8 dự thảo nghị quyết, đề án; 57 trong 63 kiến nghị được tiếp thu. "Phản biện không phải để cãi, mà để chính sách khi ra đời được dân đồng thuận", bà nói.
Theo TS. Nguyễn Hoàng Vũ, giảng viên Trường Đại học Đà Lạt, thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam tỉnh, điểm mới là Mặt trận đã huy động được khoảng 120 chuyên gia, trí thức tham gia các tổ phản biện theo Quy chế phối hợp số 03/QCPH-MTTQ-UBND và Kế hoạch 19, 20/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tuy vậy, ông cho rằng nhiều cơ quan soạn thảo vẫn gửi hồ sơ sát ngày, có dự thảo chỉ cho Mặt trận 5 ngày để phản biện.
Ông K'Brèo, Chủ tịch Ủy ban MTTQ Việt Nam phường Lâm Viên - Đà Lạt, đề nghị cần quy định thời hạn tối thiểu 15 ngày để Mặt trận nghiên cứu dự thảo, như tinh thần Luật Mặt trận Tổ quốc Việt Nam được sửa đổi năm 2025 và Quy định số 124-QĐ/TW của Ban Bí thư.
Trọng tâm năm 2026, theo Chương trình hành động số 04-CTr/TU của Ban Thường vụ Tỉnh ủy, Mặt trận sẽ phản biện các dự thảo về quy hoạch đất sản xuất cho đồng bào dân tộc thiểu số tại chỗ, nơi còn khoảng 3.100 hộ thiếu đất.
Mai Hương
Lượt đọc: 4.215
Tin khác
- Mặt trận phường Xuân Hương - Đà Lạt giám sát công trình chỉnh trang đô thị (10/03/2026)
- Đắk R'lấp: gặp mặt người có uy tín năm 2026 (04/03/2026)
- Trao 400 phần quà cho ngư dân Phú Quý (25/02/2026)
""", "2026-03-13", "Khi kiến nghị phản biện của Mặt trận đi vào nghị quyết",
E("khac", None, None),
[P("Điểu K'Nhơn", "người có uy tín bon Bu Prăng"),
 P("Đàng Thị Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp"),
 P("Ka Thị Hồng Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Vũ", "TS.", "giảng viên Trường Đại học Đà Lạt", "thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Brèo", "Chủ tịch Ủy ban MTTQ Việt Nam phường Lâm Viên - Đà Lạt")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("42 hộ đồng bào M'nông", 42, "hộ đồng bào M'nông"), Q("10 km", 10, "km"),
 Q("36 hộ", 36, "hộ"), Q("58 hộ", 58, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("8 dự thảo nghị quyết, đề án", 8, "dự thảo nghị quyết, đề án"),
 Q("57 trong 63 kiến nghị", 57, "kiến nghị"), Q("63 kiến nghị", 63, "kiến nghị"),
 Q("khoảng 120 chuyên gia, trí thức", 120, "chuyên gia, trí thức", "approx"), Q("5 ngày", 5, "ngày"),
 Q("tối thiểu 15 ngày", 15, "ngày"), Q("khoảng 3.100 hộ", 3100, "hộ", "approx")],
[D("Quyết định", "215", "QĐ-UBND", "2026-01-22", "UBND tỉnh", "Quyết định số 215/QĐ-UBND ngày 22/01/2026"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 19, 20/KH-MTTQ-BTT"),
 D("Kế hoạch", "20", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 19, 20/KH-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Chương trình hành động", "04", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 04-CTr/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phan Hiệp"), com("Lâm Viên - Đà Lạt")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng - Mặt trận", "(LĐ online)",
 "Người dân xã Quảng Trực góp ý dự thảo kế hoạch tại nhà văn hóa bon. Ảnh: K'Thuần", "Chuyện ở bon Bu Prăng",
 "Phản biện không phải để cãi", "Luật Mặt trận Tổ quốc Việt Nam", "Lượt đọc: 4.215"],
["13/03/2026 | 07:30", "ba tỉnh", "Cuối năm 2025", "từ tháng 7/2025 đến nay", "năm 2026", "Lượt đọc: 4.215"]))
