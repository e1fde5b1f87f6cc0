from lib import *
PAGES = []

PAGES.append(page("b3695-tuyenquang-xa-btdu-tiepdan-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG
Trang chủ › Tin tức › Hoạt động của Đảng ủy
Thứ Tư, 20/08/2025 | 16:10
Bí thư Đảng ủy xã Bạch Đích tiếp công dân lần đầu sau sắp xếp
Hình ảnh: Đồng chí Triệu Tiến Thịnh trao đổi với người dân thôn Nà Thăng.
Chiều 19/8/2025, tại trụ sở Đảng ủy - HĐND - UBND xã, đồng chí Triệu Tiến Thịnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Bạch Đích đã chủ trì buổi tiếp công dân định kỳ đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp. Xã Bạch Đích được thành lập trên cơ sở sắp xếp 3 xã cũ; từ ngày 1/7/2025, thuộc tỉnh Tuyên Quang mới sau khi hợp nhất với tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Dự buổi tiếp có các đồng chí: Ma Thị Liên, Phó Bí thư Thường trực Đảng ủy xã; Vừ Mí Sính, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Bàn Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã; Lý Văn Tiến, Trưởng Ban Xây dựng Đảng Đảng ủy xã cùng các công chức chuyên môn.
Tại buổi tiếp, có 14 lượt công dân đến từ 9 thôn, phản ánh 10 nội dung: thủ tục chứng thực, cấp đổi giấy tờ khi địa chỉ thay đổi; chế độ đối với cán bộ thôn dôi dư sau sáp nhập thôn; đường vào thôn Lùng Vài bị sạt lở sau bão. Ông Giàng Seo Chơ (thôn Lùng Vài) cho biết con đường dài khoảng 2 km bị đất đá vùi lấp, 57 hộ người Mông không đưa được ngô ra chợ. Bà Hoàng Thị Nhạn (thôn Nà Thăng) đề nghị xã hướng dẫn thủ tục hưởng trợ cấp cho người khuyết tật, gia đình đã chờ hơn 3 tháng.
Đồng chí Vừ Mí Sính trả lời trực tiếp 7 nội dung; đối với đường vào thôn Lùng Vài, UBND xã đã huy động 120 ngày công và 2 máy xúc để thông tuyến tạm, đồng thời đề nghị tỉnh hỗ trợ 850 triệu đồng khắc phục lâu dài. Với 3 nội dung chưa trả lời được, xã sẽ trả lời bằng văn bản trong 10 ngày.
Kết luận buổi tiếp, đồng chí Triệu Tiến Thịnh đề nghị cán bộ, công chức xã "đi từng ngõ, gõ từng nhà", không để người dân phải đi lại nhiều lần, nhất là với người dân các thôn ở xa trung tâm xã trên 20 km. Việc tiếp dân của Bí thư Đảng ủy được thực hiện theo Kế hoạch số 05-KH/ĐU ngày 10/7/2025 của Ban Thường vụ Đảng ủy xã, mỗi tháng ít nhất 1 buổi vào ngày 20; lịch tiếp được niêm yết tại nhà văn hóa 26 thôn.
Xã Bạch Đích hiện có 26 thôn với 4.850 hộ, gần 21.000 nhân khẩu, gồm các dân tộc Dao, Tày, Mông, Nùng.
Bàn Văn Quý
Lượt xem: 412
Tin khác
- Đại hội Đảng bộ xã Bạch Đích lần thứ I, nhiệm kỳ 2025 - 2030 (28/07/2025)
- Ra mắt Trung tâm Phục vụ hành chính công xã (01/07/2025)
- Hỗ trợ người dân khắc phục hậu quả mưa lũ (12/08/2025)
- Hội Liên hiệp Phụ nữ xã ra mắt tổ truyền thông tiếng Dao (05/08/2025)
""", "2025-08-20", "Bí thư Đảng ủy xã Bạch Đích tiếp công dân lần đầu sau sắp xếp",
E("doi_thoai", None, "2025-08-19"),
[P("Triệu Tiến Thịnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bạch Đích"),
 P("Ma Thị Liên", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Vừ Mí Sính", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Bàn Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Văn Tiến", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Giàng Seo Chơ"), P("Hoàng Thị Nhạn")],
[Q("3 xã cũ", 3, "xã cũ"), Q("14 lượt công dân", 14, "lượt công dân"), Q("9 thôn", 9, "thôn"), Q("10 nội dung", 10, "nội dung"),
 Q("khoảng 2 km", 2, "km", "approx"), Q("57 hộ", 57, "hộ"), Q("7 nội dung", 7, "nội dung"), Q("120 ngày công", 120, "ngày công"),
 Q("2 máy xúc", 2, "máy xúc"), Q("850 triệu đồng", 850000000, "đồng"), Q("3 nội dung", 3, "nội dung"), Q("trên 20 km", 20, "km", "over"),
 Q("ít nhất 1 buổi", 1, "buổi", "over"), Q("26 thôn", 26, "thôn"), Q("4.850 hộ", 4850, "hộ"), Q("gần 21.000 nhân khẩu", 21000, "nhân khẩu", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 10/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Bạch Đích")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG", "Trang chủ › Tin tức › Hoạt động của Đảng ủy",
 "Hình ảnh: Đồng chí Triệu Tiến Thịnh trao đổi với người dân thôn Nà Thăng.", "đi từng ngõ, gõ từng nhà", "Lượt xem: 412"],
["Thứ Tư, 20/08/2025 | 16:10", "2 cấp", "ngày 1/7/2025", "hơn 3 tháng", "10 ngày", "ngày 20", "Lượt xem: 412"]))

PAGES.append(page("b3696-gialai-btcd-trusomoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ / Thời sự / Chính trị
15/10/2025 - 09:20
Đưa vào sử dụng Trụ sở tiếp công dân tỉnh Gia Lai tại phường Quy Nhơn
Các đại biểu cắt băng khánh thành trụ sở. Ảnh: Minh Châu
(GLO) - Sáng 14/10, UBND tỉnh Gia Lai tổ chức lễ đưa vào sử dụng Trụ sở tiếp công dân tỉnh tại phường Quy Nhơn, sau khi tỉnh Gia Lai và tỉnh Bình Định hợp nhất thành tỉnh Gia Lai mới. Dự buổi lễ có đồng chí Rơ Châm Hyơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Trần Minh Nhật, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Đinh Thị Blưnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trụ sở có tổng diện tích sàn khoảng 1.200 m2, gồm 6 phòng tiếp, 1 phòng tiếp đoàn đông người với sức chứa 80 người, được cải tạo từ trụ sở cũ của một sở với kinh phí hơn 4,7 tỷ đồng. Trụ sở được lắp đặt hệ thống camera, phần mềm tiếp công dân trực tuyến kết nối với 135 xã, phường của tỉnh.
Theo ông Huỳnh Văn Thạnh, Trưởng Ban Tiếp công dân tỉnh, từ ngày 1/7/2025 đến nay, Ban đã tiếp 1.318 lượt người với 942 vụ việc; lãnh đạo UBND tỉnh tiếp định kỳ 3 buổi. Để người dân khu vực phía tây không phải đi xa, tỉnh vẫn duy trì điểm tiếp công dân tại phường Pleiku, mỗi tuần 2 buổi, theo Quyết định số 218/QĐ-UBND ngày 7/7/2025 của UBND tỉnh về quy chế tiếp công dân.
Phát biểu tại buổi lễ, đồng chí Rơ Châm Hyơn đề nghị cán bộ Ban Tiếp công dân tận tụy, lắng nghe, "đến với dân bằng cả tấm lòng"; đặc biệt quan tâm tiếp đồng bào Jrai, Bahnar ở các xã phía tây, bố trí người phiên dịch khi cần. Đồng chí yêu cầu các sở, ngành cử lãnh đạo có thẩm quyền tham gia tiếp công dân thường xuyên theo lịch, thực hiện Luật Tiếp công dân và Kết luận số 16-KL/TU ngày 25/8/2025 của Ban Thường vụ Tỉnh ủy về công tác tiếp công dân, giải quyết khiếu nại, tố cáo trong giai đoạn vận hành chính quyền địa phương 2 cấp.
Nhân dịp này, đồng chí Rơ Châm Hyơn trao 10 bộ máy tính cho Ban Tiếp công dân tỉnh, do Ủy ban MTTQ Việt Nam tỉnh vận động từ các doanh nghiệp.
Ông Siu Blich, người có uy tín làng Bông Phun, xã Ia Grai, đến dự lễ chia sẻ: "Trước đây bà con ở làng muốn gặp lãnh đạo tỉnh phải đi hơn 150 km; nay có tiếp trực tuyến ở xã thì đỡ tốn kém nhiều".
Minh Châu - Hoàng Ngọc
Tin liên quan
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 9 (18/09/2025)
- Ra mắt Trung tâm Phục vụ hành chính công tỉnh (02/07/2025)
- Tổng kết công tác Mặt trận năm 2024 tại Quy Nhơn (10/01/2025)
- Phường Pleiku tiếp nhận hồ sơ trực tuyến đạt trên 80% (22/09/2025)
- Ia Grai hòa giải thành nhiều vụ tranh chấp đất rẫy (03/09/2025)
""", "2025-10-15", "Đưa vào sử dụng Trụ sở tiếp công dân tỉnh Gia Lai tại phường Quy Nhơn",
E("khac", None, "2025-10-14"),
[P("Rơ Châm Hyơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Minh Nhật", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Blưnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Thạnh", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Siu Blich", "người có uy tín làng Bông Phun")],
[Q("khoảng 1.200 m2", 1200, "m2", "approx"), Q("6 phòng tiếp", 6, "phòng tiếp"), Q("1 phòng tiếp đoàn đông người", 1, "phòng tiếp đoàn đông người"),
 Q("80 người", 80, "người"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"), Q("135 xã, phường", 135, "xã, phường"),
 Q("1.318 lượt người", 1318, "lượt người"), Q("942 vụ việc", 942, "vụ việc"), Q("3 buổi", 3, "buổi"), Q("2 buổi", 2, "buổi"),
 Q("10 bộ máy tính", 10, "bộ máy tính"), Q("hơn 150 km", 150, "km", "over")],
[D("Quyết định", "218", "QĐ-UBND", "2025-07-07", "UBND tỉnh", "Quyết định số 218/QĐ-UBND ngày 7/7/2025"),
 D("Kết luận", "16", "KL/TU", "2025-08-25", "Ban Thường vụ Tỉnh ủy", "Kết luận số 16-KL/TU ngày 25/8/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Pleiku"), com("Ia Grai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ / Thời sự / Chính trị", "Các đại biểu cắt băng khánh thành trụ sở. Ảnh: Minh Châu", "(GLO)",
 "Luật Tiếp công dân", "đến với dân bằng cả tấm lòng", "Trụ sở tiếp công dân tỉnh"],
["15/10/2025 - 09:20", "ngày 1/7/2025", "2 cấp"]))

PAGES.append(page("b3697-vinhlong-tongket-2025", """
Báo Vĩnh Long điện tử - Cơ quan của Đảng bộ tỉnh Vĩnh Long
Trang chủ >> Chính trị >> Chính quyền
Thứ Hai, 12/01/2026 | 08:30
Ảnh: Toàn cảnh hội nghị.
Triển khai nhiệm vụ tiếp công dân năm 2026
Ngày 9/1, UBND tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh tổng kết sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Đồng chí Kim Sô Phát, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Theo báo cáo của Thanh tra tỉnh, năm 2025 các cơ quan hành chính trên địa bàn tỉnh (gồm số liệu của 3 tỉnh cũ trong 6 tháng đầu năm) đã tiếp 9.764 lượt người với 6.815 vụ việc; có 42 đoàn đông người. Lãnh đạo UBND tỉnh tiếp định kỳ 24 buổi; Ban Tiếp công dân tỉnh và 124 xã, phường tiếp thường xuyên hơn 8.000 lượt người. Toàn tỉnh tiếp nhận 11.206 đơn; đã giải quyết 1.187/1.264 vụ việc thuộc thẩm quyền, đạt 93,9%; thu hồi cho Nhà nước khoảng 5,2 tỷ đồng, trả lại cho công dân 1,9 tỷ đồng.
Ông Nguyễn Văn Quang, Trưởng Ban Tiếp công dân tỉnh, cho biết sau sắp xếp đơn vị hành chính, số đơn gửi sai địa chỉ tăng khoảng 18% trong quý III; Ban đã hướng dẫn, chuyển đúng nơi 1.432 đơn. Việc tiếp công dân trực tuyến giữa tỉnh và cấp xã được thực hiện 17 cuộc.
Tại hội nghị, bà Thạch Thị Sa Quênh, Chủ tịch UBND phường Long Đức, chia sẻ kinh nghiệm tiếp dân bằng song ngữ Việt - Khmer; ông Sơn Văn Rô, Chủ tịch UBND xã Tập Sơn, đề nghị có cơ chế bồi dưỡng cho Trưởng ban công tác Mặt trận ấp tham gia hòa giải. Ông Lê Hoàng Kha, Chánh Thanh tra tỉnh, đề nghị các xã chấm dứt tình trạng chuyển đơn vòng vèo giữa các cơ quan.
Phát biểu kết luận, đồng chí Kim Sô Phát yêu cầu năm 2026 các sở, ngành, địa phương tập trung giải quyết dứt điểm 77 vụ việc tồn đọng, không để phát sinh điểm nóng trước và sau bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; thực hiện nghiêm Chỉ thị số 02-CT/TU ngày 5/12/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 09/KH-UBND ngày 6/1/2026 của UBND tỉnh; người đứng đầu cấp xã tiếp dân ít nhất 2 buổi mỗi tháng.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 10 tập thể, 16 cá nhân có thành tích trong công tác tiếp công dân năm 2025.
Cũng tại hội nghị, các đại biểu thống nhất lịch tiếp công dân định kỳ của lãnh đạo tỉnh năm 2026, được niêm yết tại trụ sở tiếp công dân và đăng trên Cổng thông tin điện tử tỉnh để người dân theo dõi.
Thanh Thảo
Tin liên quan
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 12 (16/12/2025)
- Tập huấn kỹ năng tiếp công dân cho công chức cấp xã (27/11/2025)
- Đối thoại với người dân vùng dự án cầu Rạch Miễu 2 (05/11/2025)
- Phường Long Đức ra mắt tổ hòa giải song ngữ (20/10/2025)
""", "2026-01-12", "Triển khai nhiệm vụ tiếp công dân năm 2026",
E("tong_ket", "2025", "2026-01-09"),
[P("Kim Sô Phát", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Quang", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Thạch Thị Sa Quênh", "Chủ tịch UBND phường Long Đức"),
 P("Sơn Văn Rô", "Chủ tịch UBND xã Tập Sơn"),
 P("Lê Hoàng Kha", "Chánh Thanh tra tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("9.764 lượt người", 9764, "lượt người"), Q("6.815 vụ việc", 6815, "vụ việc"), Q("42 đoàn đông người", 42, "đoàn đông người"),
 Q("24 buổi", 24, "buổi"), Q("124 xã, phường", 124, "xã, phường"), Q("hơn 8.000 lượt người", 8000, "lượt người", "over"), Q("11.206 đơn", 11206, "đơn"),
 Q("1.187/1.264 vụ việc", 1187, "vụ việc"), Q("93,9%", 93.9, "%"), Q("khoảng 5,2 tỷ đồng", 5200000000, "đồng", "approx"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("khoảng 18%", 18, "%", "approx"), Q("1.432 đơn", 1432, "đơn"), Q("17 cuộc", 17, "cuộc"),
 Q("77 vụ việc tồn đọng", 77, "vụ việc tồn đọng"), Q("ít nhất 2 buổi", 2, "buổi", "over"), Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Chỉ thị", "02", "CT/TU", "2025-12-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 5/12/2025"),
 D("Kế hoạch", "09", "KH-UBND", "2026-01-06", "UBND tỉnh", "Kế hoạch số 09/KH-UBND ngày 6/1/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Tập Sơn")],
["Báo Vĩnh Long điện tử - Cơ quan của Đảng bộ tỉnh Vĩnh Long", "Trang chủ >> Chính trị >> Chính quyền", "Ảnh: Toàn cảnh hội nghị.", "điểm nóng"],
["Thứ Hai, 12/01/2026 | 08:30", "năm 2025", "năm 2026", "6 tháng đầu năm", "quý III", "khóa XVI", "mỗi tháng"]))

PAGES.append(page("b3698-daklak-ctubnd-tiepdan-t3-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Chính trị › Thời sự
Cập nhật: 14:25, 18/03/2026 (GMT+7)
Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 3
Chủ tịch UBND tỉnh Tạ Quang Vinh (thứ hai từ phải sang) nghe công dân trình bày. Ảnh: Quỳnh Anh
Sáng 17/3, tại Trụ sở tiếp công dân tỉnh Đắk Lắk (phường Buôn Ma Thuột), ông Tạ Quang Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tháng 3/2026. Cùng tiếp có bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Thanh Bình, Chánh Thanh tra tỉnh; ông Y Tlam Buôn Yă, Trưởng Ban Tiếp công dân tỉnh; đại diện các sở: Nông nghiệp và Môi trường, Xây dựng, Tư pháp. Điểm cầu phía đông tại phường Tuy Hòa do bà Lê Thị Hồng Nhung, Phó Trưởng Ban Tiếp công dân tỉnh chủ trì.
Buổi tiếp có 6 vụ việc với 19 lượt công dân, trong đó có 2 vụ việc được tiếp trực tuyến từ phường Tuy Hòa và xã Hòa Xuân. Đại diện 12 hộ dân xã Hòa Xuân đề nghị xem xét đơn giá bồi thường đất nuôi trồng thủy sản tại dự án khu công nghiệp, cho rằng mức 95.000 đồng/m2 là thấp. Ông Y Sơn Mlô (buôn Ea Ktur, xã Ea Ktur) kiến nghị cấp giấy chứng nhận cho khoảng 2,4 ha đất gia đình canh tác từ năm 1990.
Sau khi nghe các sở báo cáo, ông Tạ Quang Vinh giao Sở Nông nghiệp và Môi trường chủ trì rà soát lại đơn giá bồi thường, báo cáo UBND tỉnh trước ngày 15/4/2026; giao UBND xã Ea Ktur xác minh nguồn gốc đất, nếu đủ điều kiện thì hoàn thiện hồ sơ cấp giấy trong 30 ngày. Các vụ việc đã được giải quyết đúng quy định, Chủ tịch UBND tỉnh đề nghị công dân chấp hành.
Theo Ban Tiếp công dân tỉnh, từ đầu năm 2026 đến nay, lãnh đạo tỉnh đã tiếp định kỳ 5 buổi, tiếp 68 lượt công dân; Ban tiếp thường xuyên 1.214 lượt người, nhận 1.657 đơn, trong đó khoảng 40% đến từ khu vực phía đông (tỉnh Phú Yên cũ). Việc tiếp công dân 2 điểm cầu được thực hiện theo Quyết định số 312/QĐ-UBND ngày 20/1/2026 của UBND tỉnh ban hành Quy chế tiếp công dân trực tuyến, bảo đảm người dân không phải đi xa hơn 200 km lên trung tâm tỉnh.
Ông Y Tlam Buôn Yă cho biết, trong tháng 4, Ban sẽ phối hợp Ban Dân tộc HĐND tỉnh khảo sát việc tiếp công dân ở 20 xã có đông đồng bào Êđê, M'nông, Jrai, Chăm H'roi.
Đây là buổi tiếp công dân định kỳ thứ ba trong năm được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến; các kết luận sau buổi tiếp được Văn phòng UBND tỉnh thông báo bằng văn bản đến công dân và cơ quan liên quan.
Hồng Vân - Quỳnh Anh
Tin liên quan
- Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 2 (24/02/2026)
- Đối thoại với người dân vùng dự án cao tốc Khánh Hòa - Buôn Ma Thuột (10/02/2026)
- Tổng kết công tác tiếp công dân năm 2025 (08/01/2026)
- Phường Tuy Hòa ra mắt điểm tiếp công dân trực tuyến (29/12/2025)
""", "2026-03-18", "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 3",
E("doi_thoai", "2026-03", "2026-03-17"),
[P("Tạ Quang Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Bình", "Chánh Thanh tra tỉnh"),
 P("Y Tlam Buôn Yă", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Trưởng Ban Tiếp công dân tỉnh"),
 P("Y Sơn Mlô")],
[Q("6 vụ việc", 6, "vụ việc"), Q("19 lượt công dân", 19, "lượt công dân"), Q("2 vụ việc", 2, "vụ việc"), Q("12 hộ dân", 12, "hộ dân"),
 Q("95.000 đồng", 95000, "đồng"), Q("khoảng 2,4 ha", 2.4, "ha", "approx"), Q("5 buổi", 5, "buổi"), Q("68 lượt công dân", 68, "lượt công dân"),
 Q("1.214 lượt người", 1214, "lượt người"), Q("1.657 đơn", 1657, "đơn"), Q("khoảng 40%", 40, "%", "approx"), Q("2 điểm cầu", 2, "điểm cầu"),
 Q("hơn 200 km", 200, "km", "over"), Q("20 xã", 20, "xã")],
[D("Quyết định", "312", "QĐ-UBND", "2026-01-20", "UBND tỉnh", "Quyết định số 312/QĐ-UBND ngày 20/1/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Buôn Ma Thuột"), com("Tuy Hòa"), com("Hòa Xuân"), com("Ea Ktur")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Chính trị › Thời sự", "Chủ tịch UBND tỉnh Tạ Quang Vinh (thứ hai từ phải sang) nghe công dân trình bày. Ảnh: Quỳnh Anh",
 "Trụ sở tiếp công dân tỉnh Đắk Lắk"],
["Cập nhật: 14:25, 18/03/2026 (GMT+7)", "tháng 3/2026", "năm 1990", "ngày 15/4/2026", "30 ngày", "năm 2026", "tháng 4", "thứ ba trong năm"]))

PAGES.append(page("b3699-laichau-tiepxuccutri-2026", """
Báo Lai Châu điện tử
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Biên giới
Thứ Năm, 23/04/2026 - 17:05
Ảnh: Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Mường Tè.
Cử tri vùng biên kiến nghị về đất sản xuất và điện lưới
(BLC) - Ngày 22/4, Tổ đại biểu HĐND tỉnh khóa XVI, nhiệm kỳ 2026 - 2031 ứng cử tại đơn vị bầu cử số 3 tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ nhất tại xã Mường Tè. Tham dự có các đại biểu: Lỳ Thị Chà, Phó Trưởng ban Dân tộc HĐND tỉnh; Tòng Văn Sơn, Bí thư Đảng ủy xã Mường Tè; Pờ Xuân Hòa, Trưởng Ban Tiếp công dân tỉnh cùng hơn 150 cử tri đại diện 18 bản.
Tại hội nghị, đại biểu Lỳ Thị Chà đã thông báo kết quả kỳ họp thứ nhất HĐND tỉnh, trong đó có Nghị quyết số 05/2026/NQ-HĐND quy định mức chi hỗ trợ người có uy tín và Nghị quyết số 07/2026/NQ-HĐND về chính sách hỗ trợ phát triển sản xuất cho đồng bào Cống, Mảng, La Hủ, Si La.
Cử tri đã nêu 21 ý kiến, kiến nghị. Ông Chu Gạ Sừ, người có uy tín bản Nậm Củm, kiến nghị đẩy nhanh dự án cấp điện lưới cho 46 hộ chưa có điện; ông Chìn Văn Pằn (bản Nậm Ngà) đề nghị giao đất sản xuất cho khoảng 30 hộ người Mảng sau tái định cư thủy điện. Bà Lò Thị Mai (bản Pa Ủ) phản ánh việc chậm chi trả tiền bảo vệ rừng năm 2025, mỗi hộ còn thiếu hơn 2 triệu đồng.
Trả lời cử tri, ông Pờ Xuân Hòa cho biết các kiến nghị thuộc thẩm quyền cấp tỉnh sẽ được Ban Tiếp công dân tỉnh tổng hợp, chuyển cơ quan chức năng trả lời trong vòng 30 ngày; riêng dự án điện lưới 3 bản vùng biên đã được bố trí 14,6 tỷ đồng, dự kiến đóng điện trong quý IV/2026. Đồng chí Tòng Văn Sơn cho biết xã sẽ rà soát quỹ đất, ưu tiên giao 12 ha đất sản xuất cho các hộ người Mảng trong năm 2026.
Theo Ban Tiếp công dân tỉnh, quý I/2026, lãnh đạo tỉnh tiếp định kỳ 3 buổi với 26 lượt công dân; hơn 60% vụ việc liên quan đến đất sản xuất và bồi thường các dự án thủy điện. Việc tổng hợp kiến nghị của cử tri và của công dân tại các buổi tiếp được thực hiện theo Quy chế phối hợp số 02/QCPH-TTHĐND-UBND giữa Thường trực HĐND và UBND tỉnh.
Phát biểu kết thúc hội nghị, đại biểu Lỳ Thị Chà cảm ơn sự tin tưởng của cử tri; khẳng định các đại biểu sẽ theo dõi, giám sát việc trả lời kiến nghị, thông tin lại cho cử tri tại kỳ tiếp xúc trước kỳ họp giữa năm 2026.
Mường Tè là xã biên giới của tỉnh Lai Châu, có đường biên giới giáp Trung Quốc; đồng bào Hà Nhì, La Hủ, Mảng, Thái chiếm phần lớn dân số. Nhiều cử tri bày tỏ phấn khởi khi được gặp trực tiếp đại biểu ngay tại bản, không phải đi xa.
Hồng Nhung
Tin liên quan
- Kỳ họp thứ nhất HĐND tỉnh khóa XVI thành công tốt đẹp (02/04/2026)
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 3 (19/03/2026)
- Mường Tè: trao 200 phần quà cho hộ nghèo vùng biên (26/01/2026)
""", "2026-04-23", "Cử tri vùng biên kiến nghị về đất sản xuất và điện lưới",
E("hoi_nghi", None, "2026-04-22"),
[P("Lỳ Thị Chà", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Tòng Văn Sơn", "Bí thư Đảng ủy xã Mường Tè"),
 P("Pờ Xuân Hòa", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Chu Gạ Sừ", "người có uy tín bản Nậm Củm"),
 P("Chìn Văn Pằn"), P("Lò Thị Mai")],
[Q("hơn 150 cử tri", 150, "cử tri", "over"), Q("18 bản", 18, "bản"), Q("21 ý kiến", 21, "ý kiến"), Q("46 hộ", 46, "hộ"),
 Q("khoảng 30 hộ", 30, "hộ", "approx"), Q("hơn 2 triệu đồng", 2000000, "đồng", "over"), Q("3 bản vùng biên", 3, "bản vùng biên"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("12 ha", 12, "ha"), Q("3 buổi", 3, "buổi"), Q("26 lượt công dân", 26, "lượt công dân"),
 Q("hơn 60%", 60, "%", "over")],
[D("Nghị quyết", "05", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2026/NQ-HĐND"),
 D("Nghị quyết", "07", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2026/NQ-HĐND"),
 D("Quy chế phối hợp", "02", "QCPH-TTHĐND-UBND", None, None, "Quy chế phối hợp số 02/QCPH-TTHĐND-UBND")],
[prov("Lai Châu"), com("Mường Tè")],
["Báo Lai Châu điện tử", "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Biên giới", "Ảnh: Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Mường Tè.", "(BLC)"],
["Thứ Năm, 23/04/2026 - 17:05", "khóa XVI", "nhiệm kỳ 2026 - 2031", "đơn vị bầu cử số 3", "kỳ họp thứ nhất", "năm 2025", "30 ngày", "quý IV/2026", "năm 2026", "quý I/2026"]))

PAGES.append(page("b3700-hue-chandung-cbtcd-2026", """
BÁO HUẾ ĐIỆN TỬ
Xã hội › Người tốt việc tốt
Ngày đăng 05/06/2026 | 07:45
Hình: Chị Hồ Thị Pả hướng dẫn người dân điền phiếu tại phòng tiếp công dân.
Người "phiên dịch" của đồng bào vùng cao ở phòng tiếp dân
Mười hai năm làm công tác tiếp công dân, chị Hồ Thị Pả, người Pa Kô, chuyên viên Ban Tiếp công dân thành phố Huế, đã tiếp hơn 6.000 lượt người, trong đó khoảng 1.500 lượt là đồng bào Pa Kô, Tà Ôi, Cơ Tu từ vùng A Lưới, Nam Đông xuống.
Sinh ra ở thôn Pa E, xã A Lưới 2, chị Pả tốt nghiệp ngành Luật năm 2012, về làm công chức Tư pháp xã rồi được điều động về Ban Tiếp công dân năm 2014, đúng năm Luật Tiếp công dân có hiệu lực. "Nhiều bà con không đọc được chữ, có người cầm đơn do người khác viết hộ mà không biết trong đơn ghi gì. Mình phải đọc lại, giải thích bằng tiếng Pa Kô, tiếng Tà Ôi thì bà con mới yên tâm", chị kể.
Ông Nguyễn Đăng Khoa, Trưởng Ban Tiếp công dân thành phố, cho biết từ khi có chị Pả, các vụ việc của đồng bào dân tộc thiểu số được hướng dẫn đúng nơi, đúng thẩm quyền ngay từ lần đầu; riêng năm 2025, chị trực tiếp hướng dẫn 312 lượt công dân, tham mưu chuyển đúng 147 đơn. Chị cũng là người soạn bộ câu hỏi thường gặp bằng 3 thứ tiếng Việt, Pa Kô, Tà Ôi, in 2.000 tờ phát tại 8 xã, phường vùng cao.
Ông Kăn Sóc, già làng thôn Âr Bả Lạch, xã A Lưới 3, nhớ lại năm 2019, 27 hộ trong thôn tranh chấp ranh giới đất rừng với một công ty lâm nghiệp, định kéo nhau xuống thành phố. Chị Pả đã lên tận thôn, cùng Ủy ban MTTQ xã và ông A Viết Thương, Phó Chủ tịch UBND xã, họp dân 3 buổi, giải thích quy định, đề xuất đo đạc lại; cuối cùng công ty trả lại cho các hộ 9,5 ha đất.
Năm 2023, chị Hồ Thị Pả được Chủ tịch UBND tỉnh Thừa Thiên Huế tặng bằng khen; năm 2025 được Thanh tra Chính phủ tặng bằng khen vì thành tích xuất sắc trong thực hiện Thông tư số 04/2021/TT-TTCP ngày 1/10/2021 quy định quy trình tiếp công dân. Hiện chị đang học ThS. Luật Hiến pháp và Luật Hành chính tại Trường Đại học Luật, Đại học Huế.
Theo ThS. Lê Quang Vinh, Phó Chánh Thanh tra thành phố, mô hình cán bộ tiếp dân biết tiếng dân tộc của Huế sẽ được nhân rộng theo Kế hoạch số 145/KH-UBND ngày 12/3/2026 của UBND thành phố, với mục tiêu mỗi xã vùng cao có ít nhất 1 công chức biết tiếng đồng bào.
"Người dân tìm đến phòng tiếp dân là lúc họ đang khó. Mình chỉ mong họ ra về nhẹ lòng hơn lúc đến", chị Pả nói.
Bài, ảnh: Phan Thành
Bài viết liên quan
- Chủ tịch UBND thành phố tiếp công dân định kỳ tháng 5 (15/05/2026)
- A Lưới: hòa giải thành nhiều vụ tranh chấp đất rừng (28/04/2026)
- Tôn vinh 50 gương người tốt việc tốt năm 2025 (10/01/2026)
""", "2026-06-05", 'Người "phiên dịch" của đồng bào vùng cao ở phòng tiếp dân',
E("khac", None, None),
[P("Hồ Thị Pả", "chuyên viên Ban Tiếp công dân thành phố Huế"),
 P("Nguyễn Đăng Khoa", "Trưởng Ban Tiếp công dân thành phố"),
 P("Kăn Sóc", "già làng thôn Âr Bả Lạch"),
 P("A Viết Thương", "Phó Chủ tịch UBND xã"),
 P("Lê Quang Vinh", "ThS.", "Phó Chánh Thanh tra thành phố")],
[Q("hơn 6.000 lượt người", 6000, "lượt người", "over"), Q("khoảng 1.500 lượt", 1500, "lượt", "approx"), Q("312 lượt công dân", 312, "lượt công dân"),
 Q("147 đơn", 147, "đơn"), Q("3 thứ tiếng", 3, "thứ tiếng"), Q("2.000 tờ", 2000, "tờ"), Q("8 xã, phường vùng cao", 8, "xã, phường vùng cao"),
 Q("27 hộ", 27, "hộ"), Q("3 buổi", 3, "buổi"), Q("9,5 ha", 9.5, "ha"), Q("ít nhất 1 công chức", 1, "công chức", "over")],
[D("Thông tư", "04", "2021/TT-TTCP", "2021-10-01", None, "Thông tư số 04/2021/TT-TTCP ngày 1/10/2021"),
 D("Kế hoạch", "145", "KH-UBND", "2026-03-12", "UBND thành phố", "Kế hoạch số 145/KH-UBND ngày 12/3/2026")],
[prov("Huế"), prov("Thừa Thiên Huế"), com("A Lưới 2"), com("A Lưới 3")],
["BÁO HUẾ ĐIỆN TỬ", "Xã hội › Người tốt việc tốt", "Hình: Chị Hồ Thị Pả hướng dẫn người dân điền phiếu tại phòng tiếp công dân.", "Luật Tiếp công dân",
 "Trường Đại học Luật, Đại học Huế", "Luật Hiến pháp và Luật Hành chính"],
["Ngày đăng 05/06/2026 | 07:45", "Mười hai năm", "năm 2012", "năm 2014", "năm 2025", "năm 2019", "Năm 2023"]))
