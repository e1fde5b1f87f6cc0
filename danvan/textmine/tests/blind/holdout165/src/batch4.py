from lib import *
PAGES = []

PAGES.append(page("b3935-hagiang-mttq-baocaohienphap-2025", """
Báo Hà Giang điện tử
Trang chủ › Chính trị › Mặt trận
Cập nhật: 16:50, 27/05/2025 (GMT+7)
Ảnh: Cán bộ Mặt trận xã Lũng Cú hướng dẫn người dân góp ý qua ứng dụng VNeID.
Hà Giang: Hơn 98% ý kiến tán thành dự thảo sửa đổi, bổ sung Hiến pháp năm 2013
Ngày 26/5/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang ban hành Báo cáo số 146/BC-MTTQ-BTT tổng hợp kết quả lấy ý kiến nhân dân đối với dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013, gửi Ủy ban Trung ương MTTQ Việt Nam. Bà Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã ký báo cáo.
Thực hiện Nghị quyết số 194/2025/QH15 của Quốc hội và Kế hoạch số 315-KH/TU ngày 06/5/2025 của Ban Thường vụ Tỉnh ủy, từ ngày 06 đến 25/5, Mặt trận các cấp đã tổ chức 2.076 hội nghị ở thôn, tổ dân phố và 193 hội nghị cấp xã; số người góp ý trực tiếp và qua ứng dụng VNeID đạt 412.508 lượt người, tương đương khoảng 71% dân số trong độ tuổi từ 18 trở lên.
Theo báo cáo, hơn 98% ý kiến tán thành việc sửa đổi các điều liên quan đến tổ chức chính quyền địa phương 2 cấp và sắp xếp đơn vị hành chính; 1.352 ý kiến đề nghị bổ sung quy định về quyền của đồng bào dân tộc thiểu số vùng biên giới. Ở các huyện vùng cao núi đá, Mặt trận đã dịch tóm tắt dự thảo sang tiếng Mông, tiếng Dao, phát trên 225 cụm loa.
Ông Sùng Mí Dính, Chủ tịch Ủy ban MTTQ xã Lũng Cú, người Mông, cho biết xã có 1.738 lượt người góp ý, 9 thôn đều tổ chức hội nghị; ông Lý Văn Kiềm, người có uy tín thôn Nậm Đăm, xã Quản Bạ, đề nghị khi sáp nhập xã phải bảo đảm người dân đi làm thủ tục không quá xa. Bà Hoàng Thị Thu, Chủ tịch Ủy ban MTTQ phường Minh Khai, cho biết 96% hộ trên địa bàn phường đã góp ý qua VNeID.
Các đồng chí Vàng Seo Páo, Nguyễn Thị Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trực tiếp dự hội nghị tại 12 xã biên giới. Báo cáo ghi nhận một số nơi còn lúng túng khi hướng dẫn người cao tuổi góp ý trên môi trường điện tử; có thôn phải tổ chức 2 buổi mới đủ người dự.
Trước đó, Hội đồng tư vấn Ủy ban MTTQ tỉnh đã góp ý 37 ý kiến chuyên sâu về quyền giám sát, phản biện xã hội của Mặt trận. Báo cáo đề nghị Quốc hội giữ quy định Mặt trận Tổ quốc Việt Nam là cơ sở chính trị của chính quyền nhân dân và bổ sung vai trò của các tổ chức chính trị - xã hội trực thuộc Mặt trận.
PV
Lượt xem: 3.088
Tin liên quan
- Đồng Văn: 100% thôn tổ chức lấy ý kiến về Hiến pháp (21/05/2025)
- Tỉnh ủy quán triệt Nghị quyết Hội nghị Trung ương 11 (15/04/2025)
- Hà Giang - Tuyên Quang: hoàn thiện đề án hợp nhất tỉnh (09/04/2025)
""", "2025-05-27", "Hà Giang: Hơn 98% ý kiến tán thành dự thảo sửa đổi, bổ sung Hiến pháp năm 2013",
E("bao_cao", None, "2025-05-26"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Dính", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Lý Văn Kiềm", "người có uy tín thôn Nậm Đăm"),
 P("Hoàng Thị Thu", "Chủ tịch Ủy ban MTTQ phường Minh Khai"),
 P("Vàng Seo Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Hơn 98%", 98, "%", "over"), Q("2.076 hội nghị", 2076, "hội nghị"), Q("193 hội nghị cấp xã", 193, "hội nghị cấp xã"),
 Q("412.508 lượt người", 412508, "lượt người"), Q("khoảng 71%", 71, "%", "approx"), Q("1.352 ý kiến", 1352, "ý kiến"),
 Q("trên 225 cụm loa", 225, "cụm loa", "over"), Q("1.738 lượt người", 1738, "lượt người"), Q("9 thôn", 9, "thôn"),
 Q("96% hộ", 96, "%"), Q("12 xã biên giới", 12, "xã biên giới"), Q("2 buổi", 2, "buổi"), Q("37 ý kiến chuyên sâu", 37, "ý kiến chuyên sâu")],
[D("Báo cáo", "146", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "Báo cáo số 146/BC-MTTQ-BTT"),
 D("Nghị quyết", "194", "2025/QH15", None, "Quốc hội", "Nghị quyết số 194/2025/QH15"),
 D("Kế hoạch", "315", "KH/TU", "2025-05-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 315-KH/TU ngày 06/5/2025")],
[prov("Hà Giang"), com("Lũng Cú"), com("Quản Bạ"), com("Minh Khai")],
["Báo Hà Giang điện tử", "Trang chủ › Chính trị › Mặt trận", "Ảnh: Cán bộ Mặt trận xã Lũng Cú hướng dẫn người dân góp ý qua ứng dụng VNeID.",
 "Hiến pháp năm 2013", "VNeID", "Lượt xem: 3.088"],
["Cập nhật: 16:50, 27/05/2025 (GMT+7)", "năm 2013", "từ 18 trở lên", "2 cấp", "Lượt xem: 3.088"]))

PAGES.append(page("b3936-ninhthuan-xaphuocbinh-hienphap-2025", """
ỦY BAN NHÂN DÂN XÃ PHƯỚC BÌNH - HUYỆN BÁC ÁI - TỈNH NINH THUẬN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Thứ Năm, 22/05/2025 - 09:00
Đồng bào Raglai xã Phước Bình góp ý dự thảo sửa đổi Hiến pháp
Chiều 20/5, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Bình phối hợp UBND xã tổ chức hội nghị lấy ý kiến nhân dân vào dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 tại nhà văn hóa thôn Hành Rạc 1. Dự hội nghị có ông Pinăng Văn Hải, Huyện ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái; chủ trì là ông Chamaléa Điệp, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Bình.
Ông Katơr Văn Tâm, Bí thư Đảng ủy xã phát biểu.
Hơn 130 người dân của 4 thôn Hành Rạc 1, Hành Rạc 2, Bố Lang, Gia É đã dự; nội dung dự thảo được già làng đọc lại bằng tiếng Raglai.
Thực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 07/5/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện, Mặt trận xã đã tổ chức 4 hội nghị ở thôn với 486 lượt người dự, phát 620 phiếu lấy ý kiến đến hộ gia đình, thu về 593 phiếu, đạt 95,6%. Có 214 lượt người góp ý qua ứng dụng VNeID với sự hỗ trợ của 18 đoàn viên thanh niên tình nguyện.
Góp ý tại hội nghị, ông Katơr Văn Tâm, Bí thư Đảng ủy xã, đề nghị khi bỏ cấp huyện cần giữ ổn định đội ngũ cán bộ người dân tộc thiểu số tại chỗ. Già làng Pinăng Thị Mười, thôn Bố Lang, nói: “Bà con mong xã mới vẫn gần dân, có việc gì cán bộ xuống tận thôn”. Bà Đổng Thị Hiền, Chủ tịch Hội LHPN xã, đề nghị tiếp tục chính sách hỗ trợ phụ nữ dân tộc thiểu số sinh con đúng chính sách.
Các ông Chamaléa Bình, Pinăng Trung - Trưởng thôn, lần lượt ở Hành Rạc 2 và Gia É, đề nghị tăng cường tuyên truyền bằng tiếng Raglai khi Hiến pháp sửa đổi được thông qua. Theo ông Chamaléa Điệp, toàn xã tổng hợp 47 ý kiến, 100% ý kiến tán thành chủ trương tổ chức chính quyền địa phương 2 cấp.
Kết thúc hội nghị, Ban tổ chức trao 30 suất quà, mỗi suất gồm 10 kg gạo và 200.000 đồng tiền mặt, cho các hộ nghèo tham dự. Theo phương án sắp xếp đơn vị hành chính, tỉnh Ninh Thuận hợp nhất với tỉnh Khánh Hòa; xã Phước Bình sẽ giữ nguyên tên gọi, thuộc tỉnh Khánh Hòa mới từ ngày 01/7/2025.
Được biết, toàn huyện Bác Ái đã tổ chức 38 hội nghị lấy ý kiến ở thôn, với trên 5.200 lượt người tham gia; khoảng 85% người dự là đồng bào Raglai. Ủy ban MTTQ Việt Nam huyện đã tổng hợp gửi tỉnh 312 ý kiến trước ngày 25/5.
Ban biên tập
Số lượt truy cập: 12.604
Tin khác
- Xã Phước Bình ra quân làm đường giao thông nông thôn (12/05/2025)
- Thôn Gia É tổ chức ngày hội đại đoàn kết (18/11/2024)
- Phổ biến Luật Đất đai năm 2024 cho bà con các thôn (10/09/2024)
""", "2025-05-22", "Đồng bào Raglai xã Phước Bình góp ý dự thảo sửa đổi Hiến pháp",
E("hoi_nghi", None, "2025-05-20"),
[P("Pinăng Văn Hải", "Huyện ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái"),
 P("Chamaléa Điệp", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Bình"),
 P("Katơr Văn Tâm", "Bí thư Đảng ủy xã"),
 P("Pinăng Thị Mười", "Già làng"),
 P("Đổng Thị Hiền", "Chủ tịch Hội LHPN xã"),
 P("Chamaléa Bình", "Trưởng thôn"),
 P("Pinăng Trung", "Trưởng thôn")],
[Q("Hơn 130 người dân", 130, "người dân", "over"), Q("4 thôn", 4, "thôn"), Q("4 hội nghị", 4, "hội nghị"),
 Q("486 lượt người", 486, "lượt người"), Q("620 phiếu lấy ý kiến", 620, "phiếu lấy ý kiến"), Q("593 phiếu", 593, "phiếu"),
 Q("95,6%", 95.6, "%"), Q("214 lượt người", 214, "lượt người"), Q("18 đoàn viên thanh niên tình nguyện", 18, "đoàn viên thanh niên tình nguyện"),
 Q("47 ý kiến", 47, "ý kiến"), Q("100%", 100, "%"), Q("30 suất quà", 30, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"), Q("38 hội nghị", 38, "hội nghị"), Q("trên 5.200 lượt người", 5200, "lượt người", "over"), Q("khoảng 85%", 85, "%", "approx"), Q("312 ý kiến", 312, "ý kiến")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-05-07", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 27/KH-MTTQ-BTT ngày 07/5/2025")],
[prov("Ninh Thuận"), prov("Khánh Hòa"), com("Phước Bình")],
["ỦY BAN NHÂN DÂN XÃ PHƯỚC BÌNH - HUYỆN BÁC ÁI - TỈNH NINH THUẬN", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Ông Katơr Văn Tâm, Bí thư Đảng ủy xã phát biểu.", "Hiến pháp năm 2013", "VNeID", "Số lượt truy cập: 12.604"],
["Thứ Năm, 22/05/2025 - 09:00", "năm 2013", "2 cấp", "ngày 01/7/2025", "ngày 25/5", "Số lượt truy cập: 12.604"]))

PAGES.append(page("b3937-vinhlong-mttq-gopyvankienxiv-2025", """
BÁO VĨNH LONG ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Vĩnh Long
Thời sự / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 24/10/2025, 07:45
Ảnh: Đại biểu phát biểu góp ý tại hội nghị.
Mặt trận tỉnh lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIV của Đảng
Ngày 23/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị lấy ý kiến của các tầng lớp nhân dân góp ý vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đồng chí Lữ Quang Ngời, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kim Ngọc Thái, Nguyễn Thị Bé Mười, Trần Văn Út - Chủ tịch Hội Nông dân tỉnh.
Hội nghị có 180 đại biểu trực tiếp tại hội trường và trực tuyến tới 124 điểm cầu xã, phường. Thực hiện Hướng dẫn số 38-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương và Kế hoạch số 17-KH/TU ngày 16/10/2025 của Ban Thường vụ Tỉnh ủy, sau 1 tuần triển khai, Mặt trận các xã, phường đã tổ chức 1.612 hội nghị ở ấp, khóm, tổng hợp 8.945 ý kiến, hơn 62.000 lượt người góp ý trên ứng dụng VNeID và nền tảng số của tỉnh.
Góp ý tại hội nghị, Thượng tọa Thạch Sóc Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, đề nghị văn kiện bổ sung nội dung giữ gìn, phát huy văn hóa, chữ viết của đồng bào Khmer. Ông Thạch Phum, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, cho biết xã có 58% dân số là người Khmer, đã tổ chức 11 hội nghị có phiên dịch.
Bà Nguyễn Thị Kim Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, đề nghị có giải pháp nâng tỷ lệ nữ trong cấp ủy lên ít nhất 20%. TS. Lê Minh Trí, Trưởng khoa Kinh tế Trường Đại học Trà Vinh, góp ý về mô hình tăng trưởng dựa trên khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Ông Lê Văn Bảy, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, đề nghị làm rõ cơ chế phân cấp, phân quyền cho chính quyền địa phương 2 cấp, nhất là thẩm quyền của cấp xã trong giải quyết thủ tục đất đai.
Phát biểu kết luận, đồng chí Lữ Quang Ngời cho biết các ý kiến sẽ được tổng hợp vào Báo cáo số 09/BC-MTTQ-BTT gửi Ban Thường vụ Tỉnh ủy và Ủy ban Trung ương MTTQ Việt Nam trước ngày 10/11/2025, đúng yêu cầu của Kết luận số 199, 200-KL/TW của Bộ Chính trị. Đồng chí đề nghị Mặt trận các xã, phường tiếp tục vận động người dân góp ý trên VNeID đến hết ngày 15/11.
Theo Ban Thường trực, trong hội nghị có 21 ý kiến phát biểu trực tiếp, 43 ý kiến gửi bằng văn bản; khoảng 40% ý kiến tập trung vào dự thảo Báo cáo chính trị, phần còn lại góp ý Báo cáo tổng kết công tác xây dựng Đảng và Điều lệ Đảng.
Thanh Hòa
Lượt xem: 2.371
Tin liên quan
- Phường Trà Vinh: hơn 3.000 ý kiến góp ý dự thảo văn kiện (21/10/2025)
- MTTQ tỉnh ra mắt các ban chuyên môn sau hợp nhất (10/10/2025)
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo Khmer (02/10/2025)
""", "2025-10-24", "Mặt trận tỉnh lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội XIV của Đảng",
E("hoi_nghi", None, "2025-10-23"),
[P("Lữ Quang Ngời", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sóc Xane", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Thạch Phum", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
 P("Nguyễn Thị Kim Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Minh Trí", "TS.", "Trưởng khoa Kinh tế Trường Đại học Trà Vinh"),
 P("Lê Văn Bảy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương")],
[Q("180 đại biểu", 180, "đại biểu"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"),
 Q("1.612 hội nghị", 1612, "hội nghị"), Q("8.945 ý kiến", 8945, "ý kiến"), Q("hơn 62.000 lượt người", 62000, "lượt người", "over"),
 Q("58%", 58, "%"), Q("11 hội nghị", 11, "hội nghị"), Q("ít nhất 20%", 20, "%", "over"),
 Q("21 ý kiến", 21, "ý kiến"), Q("43 ý kiến", 43, "ý kiến"), Q("khoảng 40%", 40, "%", "approx")],
[D("Hướng dẫn", "38", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 38-HD/BTGDVTW"),
 D("Kế hoạch", "17", "KH/TU", "2025-10-16", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU ngày 16/10/2025"),
 D("Báo cáo", "09", "BC-MTTQ-BTT", None, None, "Báo cáo số 09/BC-MTTQ-BTT"),
 D("Kết luận", "199", "KL/TW", None, "Bộ Chính trị", "Kết luận số 199, 200-KL/TW"),
 D("Kết luận", "200", "KL/TW", None, "Bộ Chính trị", "Kết luận số 199, 200-KL/TW")],
[prov("Vĩnh Long"), com("Long Hiệp"), com("Phú Khương")],
["BÁO VĨNH LONG ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Vĩnh Long", "Thời sự / Chính trị / Mặt trận - Đoàn thể",
 "Ảnh: Đại biểu phát biểu góp ý tại hội nghị.", "VNeID", "chùa Âng", "Điều lệ Đảng", "Lượt xem: 2.371"],
["Thứ Sáu, 24/10/2025, 07:45", "lần thứ XIV", "Đại hội XIV", "1 tuần", "2 cấp", "ngày 15/11", "Lượt xem: 2.371"]))

PAGES.append(page("b3938-lamdong-mttq-giamsatlayykien-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ >> Giám sát, phản biện xã hội
08:15 | 12/11/2025
Giám sát việc lấy ý kiến nhân dân vào dự thảo quy hoạch, kế hoạch sử dụng đất tại xã Quảng Trực
Đoàn giám sát làm việc với UBND xã Quảng Trực.
Ngày 11/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông K'Mák, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tổ chức lấy ý kiến nhân dân vào dự thảo điều chỉnh quy hoạch, kế hoạch sử dụng đất năm 2026 tại xã Quảng Trực. Cùng đi có bà Điểu Thị Lan, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Nông nghiệp và Môi trường.
Theo báo cáo của UBND xã, thực hiện Kế hoạch số 86/KH-UBND ngày 15/9/2025 của UBND tỉnh, xã đã niêm yết dự thảo tại trụ sở và 14 bon, thôn trong 30 ngày, tổ chức 7 hội nghị với 642 lượt người dự, nhận 158 ý kiến, trong đó 91 ý kiến đề nghị điều chỉnh diện tích đất rừng sản xuất để giao cho 210 hộ đồng bào M'nông thiếu đất. Đến nay, xã đã tiếp thu 64 ý kiến, giải trình 52 ý kiến; còn 42 ý kiến thuộc thẩm quyền cấp tỉnh.
Tại buổi làm việc, ông Điểu Nhơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, cho biết Ban Thanh tra nhân dân xã đã giám sát 100% hội nghị ở bon. Ông Y Thinh Bya, người có uy tín bon Bu Prăng 1, phản ánh một số hộ chưa được nhận văn bản trả lời; bà Thị Ngọc Bích, Chi hội trưởng Phụ nữ bon Bu Lum, đề nghị niêm yết bản đồ quy hoạch bằng khổ lớn để bà con dễ xem.
Ông Nguyễn Văn Tùng, Phó Chủ tịch UBND xã Quảng Trực, tiếp thu và cho biết xã đã bố trí 250 triệu đồng cho việc đo đạc, cắm mốc. Các thành viên đoàn giám sát Lâm Văn Hòa, K'Brơi - Ủy viên Ủy ban MTTQ Việt Nam tỉnh, đề nghị xã lập sổ theo dõi từng ý kiến, công khai kết quả tiếp thu tại 14 bon, thôn.
Kết luận buổi giám sát, ông K'Mák đánh giá xã đã thực hiện đúng quy trình theo Luật Thực hiện dân chủ ở cơ sở và Quyết định số 217-QĐ/TW của Bộ Chính trị; tuy nhiên thời gian phản hồi còn chậm, có 18 ý kiến quá 15 ngày chưa trả lời. Đoàn đề nghị UBND xã trả lời bằng văn bản trước ngày 30/11/2025 và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trong năm 2025, Ủy ban MTTQ Việt Nam tỉnh đã chủ trì 9 cuộc giám sát chuyên đề, trong đó 3 cuộc về việc lấy ý kiến nhân dân vào dự thảo quy hoạch ở các xã vùng đồng bào dân tộc thiểu số, đưa ra 46 kiến nghị.
K'Dũng
Lượt xem: 611
Tin khác
- Phường Xuân Hương - Đà Lạt góp ý dự thảo văn kiện Đại hội XIV (05/11/2025)
- Hội nghị người có uy tín tỉnh Lâm Đồng năm 2025 (28/10/2025)
- Trao 150 suất quà cho hộ nghèo xã Quảng Tín (20/10/2025)
""", "2025-11-12", "Giám sát việc lấy ý kiến nhân dân vào dự thảo quy hoạch, kế hoạch sử dụng đất tại xã Quảng Trực",
E("giam_sat", None, "2025-11-11"),
[P("K'Mák", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Lan", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Nhơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực"),
 P("Y Thinh Bya", "người có uy tín bon Bu Prăng 1"),
 P("Thị Ngọc Bích", "Chi hội trưởng Phụ nữ bon Bu Lum"),
 P("Nguyễn Văn Tùng", "Phó Chủ tịch UBND xã Quảng Trực"),
 P("Lâm Văn Hòa", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Brơi", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh")],
[Q("14 bon, thôn", 14, "bon, thôn"), Q("7 hội nghị", 7, "hội nghị"), Q("642 lượt người", 642, "lượt người"), Q("158 ý kiến", 158, "ý kiến"),
 Q("91 ý kiến", 91, "ý kiến"), Q("210 hộ đồng bào M'nông", 210, "hộ đồng bào M'nông"), Q("64 ý kiến", 64, "ý kiến"),
 Q("52 ý kiến", 52, "ý kiến"), Q("42 ý kiến", 42, "ý kiến"), Q("100%", 100, "%"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("18 ý kiến", 18, "ý kiến"), Q("9 cuộc giám sát chuyên đề", 9, "cuộc giám sát chuyên đề"), Q("3 cuộc", 3, "cuộc"), Q("46 kiến nghị", 46, "kiến nghị")],
[D("Kế hoạch", "86", "KH-UBND", "2025-09-15", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 15/9/2025"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Lâm Đồng"), com("Quảng Trực")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ >> Giám sát, phản biện xã hội", "Đoàn giám sát làm việc với UBND xã Quảng Trực.",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 611"],
["08:15 | 12/11/2025", "năm 2026", "30 ngày", "15 ngày", "năm 2025", "Lượt xem: 611"]))

PAGES.append(page("b3939-dongnai-mttq-tongket2025-2026", """
Hôm nay: Thứ Hai, 12/01/2026
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Tin tức › Hoạt động Mặt trận tỉnh
Ngày đăng 09/01/2026 | 16:20
Mặt trận tỉnh Đồng Nai triển khai nhiệm vụ năm 2026
Ảnh: Các đại biểu dự hội nghị.
Ngày 08/01, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Cao Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đỗ Thị Cẩm Tú, Điểu Xuân Đông, Huỳnh Thị Nga.
Năm 2025 là năm đầu tiên Mặt trận tỉnh hoạt động theo mô hình mới sau khi hợp nhất Đồng Nai và Bình Phước theo Nghị quyết số 202/2025/QH15 của Quốc hội, với 95 xã, phường. Báo cáo cho biết, Mặt trận các cấp đã chủ trì lấy ý kiến nhân dân vào dự thảo sửa đổi, bổ sung Hiến pháp năm 2013 với hơn 2,1 triệu lượt người tham gia, tổng hợp 36.480 ý kiến; tổ chức 3.250 hội nghị góp ý dự thảo văn kiện Đại hội XIV của Đảng và dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, thu được 21.706 ý kiến, khoảng 4.300 ý kiến đã được tiếp thu.
Thực hiện Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị và Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy, Mặt trận tỉnh đã chủ trì 12 cuộc giám sát, 5 hội nghị phản biện xã hội với 38 kiến nghị; góp ý 24 dự thảo nghị quyết của HĐND tỉnh. Quỹ “Vì người nghèo” các cấp tiếp nhận 126,4 tỷ đồng, hỗ trợ xóa 2.418 căn nhà tạm, nhà dột nát, hoàn thành trước ngày 31/8/2025.
Tham luận tại hội nghị, bà Thị Hồng Nhung, người S'tiêng, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã tổ chức 22 hội nghị ở các thôn, sóc, 1.150 lượt người góp ý văn kiện. Ông Nguyễn Văn Thọ, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, nêu cách lấy ý kiến qua 412 nhóm Zalo khu phố.
Phát biểu chỉ đạo, đồng chí Tôn Ngọc Hạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đề nghị năm 2026 Mặt trận tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh, tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, phấn đấu ít nhất 95% khu dân cư đạt danh hiệu “Khu dân cư văn hóa”.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 8 tập thể; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 42 tập thể, 65 cá nhân tiêu biểu năm 2025.
Lê Duy
Lượt xem: 1.362
Tin liên quan
- Đồng Nai: 95 xã, phường hoàn thành Đại hội đại biểu MTTQ cấp xã (28/12/2025)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (15/12/2025)
- Bình Phước cũ: hơn 500 căn nhà Đại đoàn kết được bàn giao (02/12/2025)
""", "2026-01-09", "Mặt trận tỉnh Đồng Nai triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Cao Văn Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Cẩm Tú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Xuân Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Nguyễn Văn Thọ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên"),
 P("Tôn Ngọc Hạnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q("hơn 2,1 triệu lượt người", 2100000, "lượt người", "over"), Q("36.480 ý kiến", 36480, "ý kiến"),
 Q("3.250 hội nghị", 3250, "hội nghị"), Q("21.706 ý kiến", 21706, "ý kiến"), Q("khoảng 4.300 ý kiến", 4300, "ý kiến", "approx"),
 Q("12 cuộc giám sát", 12, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"), Q("38 kiến nghị", 38, "kiến nghị"),
 Q("24 dự thảo nghị quyết", 24, "dự thảo nghị quyết"), Q("126,4 tỷ đồng", 126400000000, "đồng"),
 Q("2.418 căn nhà tạm, nhà dột nát", 2418, "căn nhà tạm, nhà dột nát"), Q("22 hội nghị", 22, "hội nghị"),
 Q("1.150 lượt người", 1150, "lượt người"), Q("412 nhóm Zalo khu phố", 412, "nhóm Zalo khu phố"), Q("ít nhất 95%", 95, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân tiêu biểu", 65, "cá nhân tiêu biểu")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên")],
["Hôm nay: Thứ Hai, 12/01/2026", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ › Tin tức › Hoạt động Mặt trận tỉnh",
 "Ảnh: Các đại biểu dự hội nghị.", "Hiến pháp năm 2013", "Vì người nghèo", "Khu dân cư văn hóa", "Lượt xem: 1.362"],
["Hôm nay: Thứ Hai, 12/01/2026", "Ngày đăng 09/01/2026 | 16:20", "năm 2025", "năm 2026", "năm 2013", "lần thứ I", "nhiệm kỳ 2025 - 2030",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.362"]))

PAGES.append(page("b3940-tuyenquang-mttq-chandunggopy-2026", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Xã hội › Chuyện người tốt, việc tốt
18/3/2026 | 07:00
Người “gom” ý kiến của bà con Lâm Bình
Bà Ma Thị Thúy (thứ hai từ trái) trò chuyện với người dân thôn Nà Thom.
Hơn 10 năm làm công tác Mặt trận ở cơ sở, bà Ma Thị Thúy, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình, đã không nhớ hết bao nhiêu lần xách túi tài liệu xuống thôn đọc dự thảo cho bà con nghe. Người Tày ở Lâm Bình quen gọi bà là “người gom ý kiến”.
Năm 2013, khi còn là cán bộ Mặt trận xã, bà cùng tổ công tác đi 11 thôn lấy ý kiến về dự thảo sửa đổi Hiến pháp năm 1992, ghi chép được 214 ý kiến. Năm 2025, với dự thảo sửa đổi, bổ sung Hiến pháp năm 2013, bà và 32 cán bộ, đoàn viên thanh niên tình nguyện hướng dẫn 4.860 lượt người góp ý qua ứng dụng VNeID, đạt khoảng 82% cử tri của xã. Tháng 10/2025, xã tổ chức 18 hội nghị góp ý dự thảo văn kiện Đại hội XIV của Đảng, tổng hợp 376 ý kiến; trong đó 27 ý kiến về giữ gìn hát Then, đàn tính được Ủy ban MTTQ Việt Nam tỉnh đưa vào báo cáo gửi Trung ương.
“Có những ý kiến nghe thì nhỏ, như đường vào thôn bị sạt, con em đi học xa, nhưng đó là điều bà con mong nhất. Mình phải ghi đúng lời bà con”, bà Thúy nói. Ông Hoàng Văn Quyết, Bí thư Đảng ủy xã Lâm Bình, cho biết nhờ ý kiến của dân, xã đã điều chỉnh kế hoạch đầu tư công, ưu tiên 3 tuyến đường liên thôn với tổng kinh phí 4,6 tỷ đồng, trong đó nhân dân hiến trên 3.000 m2 đất.
Ông Ma Văn Sinh, người có uy tín thôn Nà Thom, kể: “Bà Thúy đến tận bếp lửa nhà sàn, đọc từng điều, giải thích bằng tiếng Tày, ai không biết chữ thì bà ghi hộ”. Chị Nông Thị Hạnh, Bí thư Đoàn xã Lâm Bình, là một trong 32 tình nguyện viên, cho biết chỉ riêng đợt góp ý Hiến pháp, tổ đã đến 1.240 hộ.
Theo bà Trần Thị Minh Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, cách làm của xã Lâm Bình đã được nhân rộng ra 45 xã vùng cao theo Hướng dẫn số 06/HD-MTTQ-BTT ngày 12/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Năm 2025, bà Thúy được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong công tác vận động nhân dân tham gia xây dựng Đảng, chính quyền.
Hiện nay, bà Thúy cùng Ban công tác Mặt trận 11 thôn đang chuẩn bị lấy ý kiến nhân dân vào dự thảo quy hoạch chung xã Lâm Bình đến năm 2035. Bà dự kiến mỗi thôn tổ chức 2 buổi họp, in 600 bản tóm tắt để phát đến từng hộ.
Thu Phương
Lượt xem: 2.214
Tin khác
- Hà Giang cũ: hơn 300 ý kiến góp ý dự thảo quy hoạch xã (12/03/2026)
- Tuyên Quang hoàn thành hiệp thương lần thứ ba (20/02/2026)
- Tặng 500 suất quà Tết cho hộ nghèo vùng cao (05/02/2026)
""", "2026-03-18", "Người “gom” ý kiến của bà con Lâm Bình",
E("khac", None, None),
[P("Ma Thị Thúy", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình"),
 P("Hoàng Văn Quyết", "Bí thư Đảng ủy xã Lâm Bình"),
 P("Ma Văn Sinh", "người có uy tín thôn Nà Thom"),
 P("Nông Thị Hạnh", "Bí thư Đoàn xã Lâm Bình"),
 P("Trần Thị Minh Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang")],
[Q("11 thôn", 11, "thôn"), Q("214 ý kiến", 214, "ý kiến"), Q("32 cán bộ, đoàn viên thanh niên tình nguyện", 32, "cán bộ, đoàn viên thanh niên tình nguyện"),
 Q("4.860 lượt người", 4860, "lượt người"), Q("khoảng 82%", 82, "%", "approx"), Q("18 hội nghị", 18, "hội nghị"), Q("376 ý kiến", 376, "ý kiến"),
 Q("27 ý kiến", 27, "ý kiến"), Q("3 tuyến đường liên thôn", 3, "tuyến đường liên thôn"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("trên 3.000 m2", 3000, "m2", "over"), Q("1.240 hộ", 1240, "hộ"), Q("45 xã vùng cao", 45, "xã vùng cao"), Q("2 buổi họp", 2, "buổi họp"), Q("600 bản tóm tắt", 600, "bản tóm tắt")],
[D("Hướng dẫn", "06", "HD-MTTQ-BTT", "2026-02-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 06/HD-MTTQ-BTT ngày 12/02/2026")],
[prov("Tuyên Quang"), com("Lâm Bình")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Xã hội › Chuyện người tốt, việc tốt", "Bà Ma Thị Thúy (thứ hai từ trái) trò chuyện với người dân thôn Nà Thom.",
 "người gom ý kiến", "Hiến pháp năm 1992", "Hiến pháp năm 2013", "VNeID", "Lượt xem: 2.214"],
["18/3/2026 | 07:00", "Hơn 10 năm", "Năm 2013", "Năm 2025", "Tháng 10/2025", "năm 2035", "Lượt xem: 2.214"]))
