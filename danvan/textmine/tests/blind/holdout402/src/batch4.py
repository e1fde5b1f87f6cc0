from lib import *
PAGES = []

PAGES.append(page("b9623-vinhlong-mttq-congbo-uyban-moi-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
Cập nhật: 07:50, 02/07/2025 (GMT+7)
Công bố quyết định thành lập Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Chiều 1/7, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị công bố quyết định thành lập Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long, nhiệm kỳ 2024 - 2029, trên cơ sở hợp nhất Ủy ban MTTQ Việt Nam 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự hội nghị có đồng chí Đoàn Thị Thu Trang, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Hồ Văn Năm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Đoàn Thị Thu Trang trao quyết định cho Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã ban hành Quyết định số 5012/QĐ-MTTW-BTT ngày 28/6/2025 thành lập Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long gồm 135 ủy viên; Ban Thường trực gồm 9 đồng chí.
Theo quyết định, đồng chí Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Kim Liên, Huỳnh Văn Bé Tư, Dương Hoàng Khải. Trong đó, đồng chí Thạch Thị Kim Liên đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Huỳnh Văn Bé Tư là Chủ tịch Hội Nông dân tỉnh; đồng chí Dương Hoàng Khải là Bí thư Tỉnh đoàn.
Tỉnh Vĩnh Long mới có diện tích hơn 6.200 km2, dân số hơn 4,2 triệu người, với 124 xã, phường, trong đó khoảng 330.000 người là đồng bào Khmer. Cùng ngày, Ủy ban MTTQ Việt Nam của 124 xã, phường cũng được công bố, ra mắt và đi vào hoạt động; các tổ chức chính trị - xã hội cấp xã trở thành tổ chức thành viên trực thuộc Ủy ban MTTQ xã.
Phát biểu tại hội nghị, đồng chí Đoàn Thị Thu Trang đề nghị Ủy ban MTTQ tỉnh khẩn trương ổn định tổ chức, ban hành quy chế làm việc, phân công nhiệm vụ; bảo đảm hoạt động thông suốt từ tỉnh đến xã, không để gián đoạn việc chăm lo cho người nghèo, các đối tượng chính sách.
Đồng chí Hồ Văn Năm lưu ý Mặt trận cần nắm chắc tâm tư của cán bộ, hội viên sau sắp xếp, nhất là ở các xã, phường vùng đồng bào Khmer, có chính sách động viên đội ngũ chức sắc, người có uy tín.
Nhận nhiệm vụ, đồng chí Nguyễn Thị Bé Mười cho biết trong tháng 7, Ban Thường trực sẽ làm việc với 124 xã, phường để nắm tình hình; tiếp tục vận động ủng hộ Quỹ "Vì người nghèo", phấn đấu hoàn thành xóa 1.850 căn nhà tạm, nhà dột nát còn lại trước ngày 31/8.
Trước đó, bà Lê Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu, và ông Sơn Phước Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hòa, đã được giới thiệu tại hội nghị trực tuyến với các xã, phường.
Minh Thái
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam 124 xã, phường (01/07/2025)
- Hội nghị hợp nhất Mặt trận 3 tỉnh (25/06/2025)
- Trao 500 căn nhà Đại đoàn kết cho hộ nghèo Trà Cú (20/06/2025)
""", "2025-07-02", "Công bố quyết định thành lập Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long",
E("hoi_nghi", None, "2025-07-01"),
[P("Đoàn Thị Thu Trang", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Hồ Văn Năm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Huỳnh Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Dương Hoàng Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Lê Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu"),
 P("Sơn Phước Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hòa")],
[Q("135 ủy viên", 135, "ủy viên"), Q("9 đồng chí", 9, "đồng chí"), Q("hơn 6.200 km2", 6200, "km2", "over"),
 Q("hơn 4,2 triệu người", 4200000, "người", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("khoảng 330.000 người", 330000, "người", "approx"), Q("1.850 căn nhà tạm, nhà dột nát", 1850, "căn nhà tạm, nhà dột nát")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Quyết định", "5012", "QĐ-MTTW-BTT", "2025-06-28", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Quyết định số 5012/QĐ-MTTW-BTT ngày 28/6/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Tân Hòa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận",
 "Đồng chí Đoàn Thị Thu Trang trao quyết định cho Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.", "Vì người nghèo"],
["Cập nhật: 07:50, 02/07/2025 (GMT+7)", "nhiệm kỳ 2024 - 2029", "9 đồng chí", "tháng 7", "ngày 31/8"]))

PAGES.append(page("b9624-tuyenquang-mttq-giamsat-xa-dongvan-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
12/09/2025 - 10:40
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Đồng Văn.
Giám sát vận hành chính quyền địa phương 2 cấp tại xã Đồng Văn
Ngày 11/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Hầu Thị Sính, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tổ chức, vận hành chính quyền địa phương 2 cấp và việc giải quyết thủ tục hành chính cho người dân tại xã Đồng Văn.
Cùng làm việc với đoàn có ông Sùng Mí Chá, Bí thư Đảng ủy xã Đồng Văn; ông Ly Mí Sính, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Giàng Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Cuộc giám sát được thực hiện theo Kế hoạch số 36/KH-MTTQ-BTT ngày 22/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Nghị định 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.
Xã Đồng Văn mới được thành lập trên cơ sở sáp nhập thị trấn Đồng Văn và 4 xã lân cận, có 48 thôn, tổ dân phố với 4.912 hộ, trên 96% là đồng bào Mông, Lô Lô, Dao. Sau hơn 2 tháng vận hành, Trung tâm Phục vụ hành chính công của xã đã tiếp nhận 1.846 hồ sơ, giải quyết đúng và trước hạn 98,7%; có 612 hồ sơ nộp trực tuyến.
Báo cáo với đoàn, ông Ly Mí Sính cho biết xã còn thiếu 7 công chức chuyên môn về đất đai, xây dựng; đường truyền internet ở 11 thôn vùng cao chưa ổn định nên nhiều người dân vẫn phải đi hơn 20 km đến trung tâm xã. Bà Giàng Thị Mây đề nghị bố trí thêm điểm tiếp nhận hồ sơ lưu động tại các thôn Lũng Táo, Sà Phìn.
Đoàn đã trực tiếp trao đổi với 25 người dân đến làm thủ tục. Ông Vàng Chúng Dình, người có uy tín thôn Phố Cáo, cho biết bà con hài lòng vì cán bộ hướng dẫn tận tình bằng tiếng Mông, nhưng mong được làm thủ tục ngay tại thôn vào ngày chợ phiên.
Kết luận buổi giám sát, bà Hầu Thị Sính ghi nhận xã đã sớm ổn định tổ chức bộ máy, đề nghị tiếp tục rà soát, đơn giản hóa thủ tục, tăng cường hướng dẫn người dân sử dụng dịch vụ công trực tuyến; đồng thời đề nghị Ủy ban MTTQ xã phát huy vai trò các tổ công nghệ số cộng đồng ở thôn. Những kiến nghị vượt thẩm quyền sẽ được đoàn tổng hợp, báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy và UBND tỉnh.
Theo kế hoạch, từ nay đến hết tháng 10, Ban Thường trực Ủy ban MTTQ tỉnh sẽ giám sát tại 12 xã, phường, trong đó có xã Phố Bảng, xã Lũng Cú và phường Hà Giang 1.
Hoàng Lan
Tin liên quan
- Ủy ban MTTQ tỉnh họp Ban Thường trực tháng 8 (29/08/2025)
- Mặt trận xã Mèo Vạc trao 30 suất học bổng (20/08/2025)
- Ra mắt tổ công nghệ số cộng đồng ở xã Yên Minh (15/08/2025)
""", "2025-09-12", "Giám sát vận hành chính quyền địa phương 2 cấp tại xã Đồng Văn",
E("giam_sat", None, "2025-09-11"),
[P("Hầu Thị Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy xã Đồng Văn"),
 P("Ly Mí Sính", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Giàng Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vàng Chúng Dình", "người có uy tín thôn Phố Cáo")],
[Q("4 xã", 4, "xã"), Q("48 thôn, tổ dân phố", 48, "thôn, tổ dân phố"), Q("4.912 hộ", 4912, "hộ"),
 Q("trên 96%", 96, "%", "over"), Q("1.846 hồ sơ", 1846, "hồ sơ"), Q("98,7%", 98.7, "%"), Q("612 hồ sơ", 612, "hồ sơ"),
 Q("7 công chức chuyên môn", 7, "công chức chuyên môn"), Q("11 thôn vùng cao", 11, "thôn vùng cao"),
 Q("hơn 20 km", 20, "km", "over"), Q("25 người dân", 25, "người dân"), Q("12 xã, phường", 12, "xã, phường")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-08-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 22/8/2025"),
 D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 118/2025/NĐ-CP")],
[prov("Tuyên Quang"), com("Đồng Văn"), com("Phố Bảng"), com("Lũng Cú"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Đồng Văn.", "Trung tâm Phục vụ hành chính công"],
["12/09/2025 - 10:40", "chính quyền địa phương 2 cấp", "hơn 2 tháng", "tháng 10"]))

PAGES.append(page("b9625-dongnai-mttq-tongket-2025", """
Hôm nay: Thứ Tư, 24/12/2025
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận
Thứ Ba, 23/12/2025 | 15:15
Mặt trận Đồng Nai: Năm đầu vận hành theo mô hình mới
Ngày 22/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Mặt trận hai tỉnh Đồng Nai và Bình Phước. Đồng chí Điểu Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị tổng kết. Ảnh: Công Nghĩa
Năm 2025, Mặt trận các cấp hoàn thành việc sắp xếp tổ chức bộ máy theo Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương; 95/95 xã, phường đã kiện toàn Ủy ban MTTQ Việt Nam và ban công tác Mặt trận ở 1.468 ấp, khu phố. Quỹ "Vì người nghèo" các cấp tiếp nhận 186,4 tỷ đồng; phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" đã hoàn thành 2.145 căn nhà trước ngày 31/8.
Thực hiện Quy chế phối hợp số 05/QCPH-MTTQ-UBND ngày 15/8/2025 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh, Mặt trận các cấp đã chủ trì 318 cuộc giám sát, tổ chức 27 hội nghị phản biện xã hội; nổi bật là giám sát việc vận hành chính quyền địa phương 2 cấp tại 40 xã, phường.
Tham luận tại hội nghị, ông Điểu Lây, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, chia sẻ cách vận động đồng bào S'tiêng tham gia tổ bảo vệ rừng; bà Thị Liên, người có uy tín ấp Lý Lịch, xã Phú Lý, kể việc giữ gìn lễ hội của đồng bào Chơ Ro. Thượng tọa Thích Quảng Tâm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các cơ sở tôn giáo đã đóng góp hơn 21 tỷ đồng cho công tác an sinh.
Về nhiệm vụ năm 2026, Ban Thường trực cho biết sẽ tham mưu tổ chức đại hội điểm MTTQ Việt Nam cấp xã tại phường Đồng Xoài và xã Tà Lài trong quý I, theo Hướng dẫn số 48/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, rút kinh nghiệm trước khi tổ chức đại hội ở các xã, phường còn lại.
Phát biểu chỉ đạo, đồng chí Trần Minh Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đánh giá cao việc Mặt trận giữ ổn định tổ chức trong quá trình sắp xếp, đề nghị năm 2026 tập trung tổ chức tốt đại hội Mặt trận cấp xã, tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 32 tập thể, 48 cá nhân có thành tích xuất sắc năm 2025.
Phương Liễu
Tin liên quan
- Trao 200 căn nhà Đại đoàn kết ở Bù Đăng (15/12/2025)
- Ngày hội Đại đoàn kết ở khu phố 5, phường Trấn Biên (16/11/2025)
- Giám sát việc chi trả chính sách tại xã Định Quán (05/11/2025)
""", "2025-12-23", "Mặt trận Đồng Nai: Năm đầu vận hành theo mô hình mới",
E("tong_ket", "2025", "2025-12-22"),
[P("Điểu Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Lây", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Thị Liên", "người có uy tín ấp Lý Lịch"),
 P("Thích Quảng Tâm", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trần Minh Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("95/95 xã, phường", 95, "xã, phường"), Q("1.468 ấp, khu phố", 1468, "ấp, khu phố"), Q("186,4 tỷ đồng", 186400000000, "đồng"),
 Q("2.145 căn nhà", 2145, "căn nhà"), Q("318 cuộc giám sát", 318, "cuộc giám sát"),
 Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"), Q("40 xã, phường", 40, "xã, phường"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("32 tập thể", 32, "tập thể"), Q("48 cá nhân", 48, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", "2025-08-15", None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND ngày 15/8/2025"),
 D("Hướng dẫn", "48", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 48/HD-MTTW-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Phú Lý"), com("Đồng Xoài"), com("Tà Lài")],
["Hôm nay: Thứ Tư, 24/12/2025", "BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận",
 "Quang cảnh hội nghị tổng kết. Ảnh: Công Nghĩa", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Hôm nay: Thứ Tư, 24/12/2025", "Thứ Ba, 23/12/2025 | 15:15", "năm 2025", "năm 2026", "ngày 31/8", "quý I", "khóa XVI"]))

PAGES.append(page("b9626-gialai-xa-iagrai-daihoi-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ › Chính trị › Mặt trận
Ngày đăng 10/03/2026 | 16:00
Xã Ia Grai tổ chức Đại hội điểm MTTQ Việt Nam cấp xã
Ngày 9/3, Ủy ban MTTQ Việt Nam xã Ia Grai tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp xã đầu tiên của tỉnh Gia Lai sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp.
Dự đại hội có đồng chí Võ Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Rơ Mah Thuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kpă Y Hoan, Bí thư Đảng ủy xã Ia Grai.
Ia Grai được thành lập từ thị trấn Ia Kha và 2 xã Ia Hrung, Ia Bă, có 42 thôn, làng, tổ dân phố với 9.876 hộ; đồng bào Jrai chiếm 41,2% dân số. Đại hội có 150 đại biểu chính thức, là đại diện các tổ chức thành viên, già làng, người có uy tín, chức sắc tôn giáo, doanh nhân.
Báo cáo trình đại hội cho biết, từ khi thành lập đến nay, Mặt trận xã đã vận động xây dựng 48 căn nhà Đại đoàn kết, hỗ trợ 215 hộ nghèo con giống, phân bón; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 42/42 khu dân cư. Tỷ lệ hộ nghèo còn 3,9%.
Đại hội thực hiện theo Chỉ thị số 51-CT/TW của Ban Bí thư và Hướng dẫn số 48/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; Ban Thường vụ Đảng ủy xã ban hành Kế hoạch 12-KH/ĐU chỉ đạo chuẩn bị văn kiện, nhân sự. Dự thảo văn kiện được dịch sang tiếng Jrai, lấy ý kiến tại nhà rông các làng.
Tham luận tại đại hội, già làng Rơ Lan Blih ở làng Dơ Tơk chia sẻ kinh nghiệm hòa giải mâu thuẫn đất rẫy theo luật tục; bà Ksor H'Bla, Chủ tịch Hội Liên hiệp Phụ nữ xã, kể cách vận động chị em Jrai vay vốn trồng cà phê xen sầu riêng; Mục sư Siu Y Kim, Quản nhiệm Chi hội Tin lành Ia Hrung, cam kết vận động tín đồ "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc".
Đại hội hiệp thương cử 45 ủy viên Ủy ban MTTQ Việt Nam xã khóa I. Đồng chí Rơ Châm Yên được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai; các đồng chí Lê Thị Thu, Ksor H'Bla - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội thông qua 6 chỉ tiêu, trong đó phấn đấu mỗi năm giảm ít nhất 1% hộ nghèo.
Phát biểu chỉ đạo, đồng chí Võ Thị Ngọc Lan đề nghị các xã Ia Krái, Ia O và 133 xã, phường còn lại của tỉnh rút kinh nghiệm từ đại hội điểm, hoàn thành đại hội Mặt trận cấp xã trước ngày 30/6/2026.
Rơ Mah Nhung
Tin liên quan
- Phường Quy Nhơn tổ chức hội nghị hiệp thương nhân sự (04/03/2026)
- Gia Lai: 135 xã, phường sẵn sàng cho bầu cử (28/02/2026)
- Mặt trận tỉnh thăm, chúc Tết già làng (10/02/2026)
""", "2026-03-10", "Xã Ia Grai tổ chức Đại hội điểm MTTQ Việt Nam cấp xã",
E("dai_hoi", None, "2026-03-09"),
[P("Võ Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Thuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Y Hoan", "Bí thư Đảng ủy xã Ia Grai"),
 P("Rơ Lan Blih", "già làng"),
 P("Ksor H'Bla", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Siu Y Kim", "Mục sư", "Quản nhiệm Chi hội Tin lành Ia Hrung"),
 P("Rơ Châm Yên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai"),
 P("Lê Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("2 xã", 2, "xã"), Q("42 thôn, làng, tổ dân phố", 42, "thôn, làng, tổ dân phố"), Q("9.876 hộ", 9876, "hộ"),
 Q("41,2%", 41.2, "%"), Q("150 đại biểu chính thức", 150, "đại biểu chính thức"),
 Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("215 hộ nghèo", 215, "hộ nghèo"),
 Q("42/42 khu dân cư", 42, "khu dân cư"), Q("3,9%", 3.9, "%"), Q("45 ủy viên", 45, "ủy viên"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("ít nhất 1%", 1, "%", "over"), Q("133 xã, phường", 133, "xã, phường")],
[D("Chỉ thị", "51", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 51-CT/TW"),
 D("Hướng dẫn", "48", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 48/HD-MTTW-BTT"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12-KH/ĐU")],
[prov("Gia Lai"), com("Ia Grai"), com("Ia Kha"), com("Ia Hrung"), com("Ia Bă"), com("Ia Krái"), com("Ia O")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ › Chính trị › Mặt trận", "Ngày hội Đại đoàn kết toàn dân tộc",
 "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc"],
["Ngày đăng 10/03/2026 | 16:00", "lần thứ I", "nhiệm kỳ 2026 - 2031", "chính quyền địa phương 2 cấp", "khóa I",
 "ngày 30/6/2026"]))

PAGES.append(page("b9627-khanhhoa-mttq-baocao-doan-tw-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận
08:15 | 14/04/2026
Mặt trận Khánh Hòa báo cáo tiến độ đại hội MTTQ cấp xã với Đoàn công tác Trung ương
Chiều 13/4, Đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam do đồng chí Hoàng Công Khiêm, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam làm trưởng đoàn đã làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa để nghe báo cáo tiến độ tổ chức đại hội MTTQ Việt Nam cấp xã, nhiệm kỳ 2026 - 2031.
Đồng chí Hoàng Công Khiêm phát biểu tại buổi làm việc.
Báo cáo của Ban Thường trực do đồng chí Pi Năng Thị Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết: tỉnh có 65 xã, phường, đặc khu; đến ngày 10/4 đã có 38 đơn vị hoàn thành đại hội, đạt 58,5%, trong đó đại hội điểm được tổ chức tại phường Bảo An và xã Phước Hà. Qua đại hội, đã hiệp thương cử 2.140 ủy viên Ủy ban MTTQ cấp xã; tỷ lệ người ngoài Đảng 34,6%, nữ 37,2%, người dân tộc thiểu số 18,9%.
Việc tổ chức đại hội bám sát Chỉ thị số 51-CT/TW của Ban Bí thư, Kế hoạch 86-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 48/HD-MTTW-BTT. Các địa phương có đông đồng bào Chăm, Raglai đã chuẩn bị văn kiện ngắn gọn, dễ hiểu, tổ chức lấy ý kiến tại các thôn.
Bên cạnh kết quả, báo cáo nêu một số khó khăn: 6 xã miền núi thiếu cán bộ Mặt trận chuyên trách sau sắp xếp; kinh phí tổ chức đại hội cấp xã mới được bố trí khoảng 25 triệu đồng/xã; việc lựa chọn ủy viên đại diện các tổ chức thành viên mới hợp nhất còn lúng túng.
Tại buổi làm việc, ông Chamaléa Phước, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, báo cáo kinh nghiệm vận động đồng bào Raglai góp ý văn kiện bằng tiếng dân tộc; bà Đàng Thị Mỹ Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Bảo An, chia sẻ cách đưa chức sắc Bàlamôn, Bàni vào Ủy ban nhiệm kỳ mới.
Đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết các xã, phường còn lại sẽ hoàn thành đại hội trước ngày 31/5, tạo điều kiện tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh Khánh Hòa nhiệm kỳ mới trong quý III.
Phát biểu kết luận, đồng chí Hoàng Công Khiêm ghi nhận Khánh Hòa là một trong những địa phương có tiến độ nhanh; đề nghị tỉnh quan tâm cơ cấu người tiêu biểu trong đồng bào dân tộc, tôn giáo và kiều bào; chú trọng chất lượng hơn số lượng, không chạy theo tiến độ.
Thanh Tâm
Tin khác
- Phường Nha Trang tổ chức đại hội MTTQ nhiệm kỳ 2026 - 2031 (09/04/2026)
- Ban Thường trực thăm, chúc Tết Ramưwan đồng bào Chăm Bàni (20/03/2026)
- Giám sát công tác chuẩn bị bầu cử tại đặc khu Trường Sa (02/03/2026)
""", "2026-04-14", "Mặt trận Khánh Hòa báo cáo tiến độ đại hội MTTQ cấp xã với Đoàn công tác Trung ương",
E("bao_cao", None, "2026-04-13"),
[P("Hoàng Công Khiêm", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "trưởng đoàn"),
 P("Pi Năng Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chamaléa Phước", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
 P("Đàng Thị Mỹ Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bảo An"),
 P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("38 đơn vị", 38, "đơn vị"), Q("58,5%", 58.5, "%"),
 Q("2.140 ủy viên", 2140, "ủy viên"), Q("34,6%", 34.6, "%"), Q("37,2%", 37.2, "%"), Q("18,9%", 18.9, "%"),
 Q("6 xã miền núi", 6, "xã miền núi"), Q("khoảng 25 triệu đồng/xã", 25000000, "đồng", "approx")],
[D("Chỉ thị", "51", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 51-CT/TW"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 86-KH/TU"),
 D("Hướng dẫn", "48", "HD-MTTW-BTT", None, None, "Hướng dẫn số 48/HD-MTTW-BTT")],
[prov("Khánh Hòa"), com("Bảo An"), com("Phước Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận",
 "Đồng chí Hoàng Công Khiêm phát biểu tại buổi làm việc."],
["08:15 | 14/04/2026", "nhiệm kỳ 2026 - 2031", "ngày 10/4", "ngày 31/5", "quý III"]))

PAGES.append(page("b9628-cantho-phuong-phuloi-daihoi-2026", """
Hôm nay: Thứ Hai, 18/05/2026
BÁO CẦN THƠ ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận - Đoàn thể
Thứ Bảy, 16/05/2026 | 09:20
Ủy ban MTTQ Việt Nam phường Phú Lợi khóa I ra mắt đại hội.
Phường Phú Lợi: Đại hội MTTQ lần thứ I với 180 đại biểu
Ngày 15/5, Ủy ban MTTQ Việt Nam phường Phú Lợi, thành phố Cần Thơ tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ I, nhiệm kỳ 2026 - 2031 với 180 đại biểu chính thức, đại diện cho hơn 52.000 người dân thuộc các dân tộc Kinh, Khmer, Hoa.
Dự đại hội có bà Thạch Thị Sa Vết, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ; ông Lý Quốc Cường, Bí thư Đảng ủy phường Phú Lợi; Hòa thượng Lâm Em, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, trụ trì chùa Chén Kiểu.
Phú Lợi là phường mới thành lập trên cơ sở sáp nhập các phường 2, 3, 4 cũ của thành phố Sóc Trăng (tỉnh Sóc Trăng trước đây). Từ khi thành lập, Mặt trận phường đã vận động xây dựng 26 căn nhà Đại đoàn kết, trao 1.350 suất quà cho hộ nghèo, hộ cận nghèo với tổng trị giá khoảng 1,1 tỷ đồng; vận động 93% hộ gia đình ký cam kết giữ gìn vệ sinh môi trường, an ninh trật tự.
Đại hội được tổ chức theo Chỉ thị số 51-CT/TW của Ban Bí thư và Kế hoạch 09-KH/ĐU của Ban Thường vụ Đảng ủy phường. Dự thảo báo cáo chính trị đã được lấy ý kiến tại 14 khóm, nhận được 112 ý kiến góp ý, trong đó có nhiều ý kiến của bà con người Hoa, người Khmer về giữ gìn lễ hội Ók Om Bók, Tết Nguyên tiêu.
Tham luận tại đại hội, ông Trần Thanh Phong, Trưởng ban Công tác Mặt trận khóm 5, chia sẻ mô hình "Khóm không có người nghiện ma túy"; bà Kim Thị Sa Mết, Chi hội trưởng Phụ nữ khóm 8, kể việc vận động 24 phụ nữ Khmer mở sạp bán bánh pía, bánh cống ở chợ đêm.
Phát biểu chỉ đạo, bà Thạch Thị Sa Vết đề nghị Mặt trận phường nhiệm kỳ mới chú trọng vận động đồng bào chống ngập, giữ vệ sinh các tuyến kênh nội ô; tiếp tục làm tốt vai trò giám sát việc thực hiện thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.
Đại hội đã hiệp thương cử 47 ủy viên Ủy ban MTTQ Việt Nam phường khóa I. Tại hội nghị lần thứ nhất, bà Trương Thị Ngọc Hân, Phó Bí thư Đảng ủy phường, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi; các ông Sơn Ngọc Thạnh, Quách Minh Triết, Phó Chủ tịch.
Các ý kiến thảo luận cũng chỉ ra những việc cần làm ngay sau đại hội: rà soát, kiện toàn ban công tác Mặt trận ở các khóm mới sáp nhập; quan tâm người cao tuổi, người khuyết tật sống một mình; phối hợp giải quyết dứt điểm các kiến nghị về đền bù ở dự án kè sông Maspero kéo dài nhiều năm.
Đại hội cũng bầu 12 đại biểu dự Đại hội đại biểu MTTQ Việt Nam thành phố Cần Thơ và biểu quyết thông qua Nghị quyết với 7 chỉ tiêu chủ yếu.
Lê Sơn
Tin liên quan
- Phường Sóc Trăng đại hội điểm MTTQ nhiệm kỳ 2026 - 2031 (08/05/2026)
- Xã Vị Thanh trao 40 căn nhà Đại đoàn kết (30/04/2026)
""", "2026-05-16", "Phường Phú Lợi: Đại hội MTTQ lần thứ I với 180 đại biểu",
E("dai_hoi", None, "2026-05-15"),
[P("Thạch Thị Sa Vết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ"),
 P("Lý Quốc Cường", "Bí thư Đảng ủy phường Phú Lợi"),
 P("Lâm Em", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố", "trụ trì chùa Chén Kiểu"),
 P("Trần Thanh Phong", "Trưởng ban Công tác Mặt trận khóm 5"),
 P("Kim Thị Sa Mết", "Chi hội trưởng Phụ nữ khóm 8"),
 P("Trương Thị Ngọc Hân", "Phó Bí thư Đảng ủy phường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi"),
 P("Sơn Ngọc Thạnh", "Phó Chủ tịch"),
 P("Quách Minh Triết", "Phó Chủ tịch")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 52.000 người dân", 52000, "người dân", "over"),
 Q("26 căn nhà Đại đoàn kết", 26, "căn nhà Đại đoàn kết"), Q("1.350 suất quà", 1350, "suất quà"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("93%", 93, "%"), Q("14 khóm", 14, "khóm"),
 Q("112 ý kiến góp ý", 112, "ý kiến"), Q("24 phụ nữ Khmer", 24, "phụ nữ Khmer"), Q("47 ủy viên", 47, "ủy viên"),
 Q("12 đại biểu", 12, "đại biểu"), Q("7 chỉ tiêu chủ yếu", 7, "chỉ tiêu chủ yếu")],
[D("Chỉ thị", "51", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 51-CT/TW"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 09-KH/ĐU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi")],
["Hôm nay: Thứ Hai, 18/05/2026", "BÁO CẦN THƠ ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận - Đoàn thể",
 "Ủy ban MTTQ Việt Nam phường Phú Lợi khóa I ra mắt đại hội.", "Khóm không có người nghiện ma túy",
 "Ók Om Bók", "Trung tâm Phục vụ hành chính công"],
["Hôm nay: Thứ Hai, 18/05/2026", "Thứ Bảy, 16/05/2026 | 09:20", "lần thứ I", "nhiệm kỳ 2026 - 2031", "khóm 5", "khóm 8",
 "khóa I", "các phường 2, 3, 4"]))
