from lib import *
PAGES = []

# b527 Tây Ninh (+Long An) 2026, TV/newspaper site, MTTQ monthly briefing (year only in the lead)
PAGES.append(page("b527-tayninh-mttq-giaoban-thang1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Chính trị › Mặt trận - Đoàn thể
Ngày đăng 06/02/2026 | 16:20

Mặt trận tỉnh giao ban tháng 1: Dồn sức chăm lo Tết cho người nghèo

Chiều 5/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận tháng 01/2026, kết nối trực tuyến với 96 điểm cầu xã, phường. Trọng tâm hội nghị là chăm lo Tết Nguyên đán Bính Ngọ và chuẩn bị bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp.

Quang cảnh hội nghị tại điểm cầu tỉnh.

Chủ trì hội nghị có bà Nguyễn Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà Phạm Văn Mười, Trần Thị Ngọc Diệp, Lê Hoàng Sang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự tại điểm cầu tỉnh có Hòa thượng Thích Thiện Thông, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.

Theo báo cáo, tháng 1, Mặt trận các cấp đã vận động được 38,2 tỷ đồng chăm lo Tết; dự kiến trao 52.600 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách, mỗi phần trị giá từ 500.000 đồng trở lên. Chương trình "Tết vì người nghèo" năm 2026 được triển khai theo Kế hoạch 03/KH-MTTQ-BTT ngày 06/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hướng dẫn 21, 22-HD/MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.

Về công tác bầu cử, Mặt trận các cấp đã tổ chức 96 hội nghị hiệp thương lần thứ nhất ở cấp xã. Ông Phạm Văn Mười lưu ý việc lấy ý kiến cử tri nơi cư trú phải đúng quy trình tại Nghị quyết 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội.

Tại hội nghị, ông Huỳnh Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam xã Hậu Nghĩa (khu vực Long An cũ) cho biết, xã đã vận động 1.240 phần quà, trong đó có 300 phần cho công nhân không về quê ăn Tết. Bà Trần Thị Mỹ, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Hoa, đề nghị hướng dẫn cụ thể việc trao quà cho tín đồ khó khăn của các tôn giáo.

Kết luận hội nghị, bà Nguyễn Thị Thu Hồng yêu cầu Mặt trận các xã, phường công khai danh sách người nhận quà, không để trùng lặp, bỏ sót; tổ chức "Chợ Tết 0 đồng" ở những nơi có đông người lao động; phối hợp với lực lượng Công an bảo đảm an ninh, trật tự trong dịp Tết. Tháng 2, Mặt trận tiếp tục làm tốt công tác hiệp thương lần thứ hai, giám sát việc chi trả trợ cấp cho 18.900 đối tượng bảo trợ xã hội.

Trước đó, từ ngày 20/1, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh đã phối hợp với các doanh nghiệp tổ chức 6 chuyến xe đưa công nhân về quê đón Tết miễn phí, nhận được sự hưởng ứng của người lao động các khu công nghiệp.

Ngọc Hân

Lượt xem: 801

Tin liên quan
- Tây Ninh: Hơn 50.000 phần quà Tết đến với người nghèo
- Hiệp thương lần thứ nhất bầu cử đại biểu HĐND tỉnh
- Chợ Tết 0 đồng ở phường Tân Ninh
""", "2026-02-06",
    "Mặt trận tỉnh giao ban tháng 1: Dồn sức chăm lo Tết cho người nghèo",
    E("giao_ban", "2026-01", "2026-02-05"),
    [P("Nguyễn Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phạm Văn Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Ngọc Diệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Hoàng Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Thiện Thông", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Huỳnh Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hậu Nghĩa"),
     P("Trần Thị Mỹ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Hoa")],
    [Q("96 điểm cầu", 96, "điểm cầu"),
     Q("38,2 tỷ đồng", 38200000000, "đồng"),
     Q("52.600 phần quà", 52600, "phần quà"),
     Q("500.000 đồng", 500000, "đồng", "over"),
     Q("96 hội nghị hiệp thương", 96, "hội nghị hiệp thương"),
     Q("1.240 phần quà", 1240, "phần quà"),
     Q("300 phần", 300, "phần"),
     Q("18.900 đối tượng bảo trợ xã hội", 18900, "đối tượng bảo trợ xã hội"),
     Q("6 chuyến xe", 6, "chuyến xe")],
    [D("Kế hoạch", "03", "KH-MTTQ-BTT", "2026-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 03/KH-MTTQ-BTT"),
     D("Hướng dẫn", "21", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 21, 22-HD/MTTQ-BTT"),
     D("Hướng dẫn", "22", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 21, 22-HD/MTTQ-BTT"),
     D("Nghị quyết", "101", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết 101/2025/UBTVQH15")],
    [prov("Tây Ninh"), prov("Long An"), com("Hậu Nghĩa"), com("Long Hoa")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Chính trị › Mặt trận - Đoàn thể", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
     "Tết vì người nghèo", "Chợ Tết 0 đồng", "Ngọc Hân", "Lượt xem: 801"],
    ["Ngày đăng 06/02/2026 | 16:20", "tháng 01/2026", "khóa XVI", "lần thứ nhất", "lần thứ hai", "Chợ Tết 0 đồng", "Tháng 2",
     "ngày 20/1", "Lượt xem: 801"]))

# b528 Vĩnh Long (+Bến Tre, Trà Vinh) 2026, Hội Nông dân, quarterly briefing
PAGES.append(page("b528-vinhlong-hnd-giaoban-q1-2026", """
HỘI NÔNG DÂN TỈNH VĨNH LONG
Trang chủ » Tin tức » Hoạt động Hội
10/4/2026 | 18:20

Nông dân vùng hạn mặn đồng lòng bảo vệ vườn cây

Sáng 9/4, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị giao ban công tác Hội quý I/2026 với Chủ tịch Hội Nông dân 124 xã, phường. Quý I, các cấp Hội đã vận động hội viên nạo vét 215 km kênh mương, đắp 38 đập tạm ngăn mặn bảo vệ vườn cây ăn trái.

Ông Trần Văn Út, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.

Chủ trì hội nghị có ông Trần Văn Út, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh; các Phó Chủ tịch Hội Nông dân tỉnh: Kim Thị Sa Rươne, Nguyễn Văn Đực, Lê Minh Trí. Dự có ông Thạch Văn Rươne, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh.

Theo báo cáo, sau hợp nhất Vĩnh Long, Bến Tre, Trà Vinh, Hội Nông dân tỉnh có hơn 412.000 hội viên. Trong quý I, các cấp Hội kết nạp mới 2.860 hội viên; giải ngân 18,6 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 590 hộ. Thực hiện Quyết định 150/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 09-KH/HNDT ngày 12/01/2026 của Ban Thường vụ Hội Nông dân tỉnh, Hội đã phối hợp xây dựng 27 mô hình sản xuất thích ứng biến đổi khí hậu.

Giá dừa khô tăng từ 70.000 đồng/chục lên 150.000 đồng/chục giúp nông dân vùng Bến Tre cũ có thu nhập khá; tuy nhiên mặn xâm nhập sâu khiến khoảng 1.200 ha sầu riêng bị ảnh hưởng. Ông Sơn Ngọc Hên, Chủ tịch Hội Nông dân xã Long Hiệp cho biết, xã đã vận động 146 hộ người Khmer chuyển ruộng lúa kém hiệu quả sang trồng màu, nuôi thủy sản.

Bà Võ Thị Kim Thoa, nông dân xã Mỏ Cày, kiến nghị có chính sách hỗ trợ túi trữ nước ngọt cho hộ nghèo. Ông Trần Văn Út cho biết Hội sẽ phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động nguồn lực xã hội hóa để hỗ trợ.

Kết luận hội nghị, ông Trần Văn Út đề nghị quý II, các cấp Hội tiếp tục theo dõi sát diễn biến hạn mặn; đẩy mạnh phong trào nông dân thi đua sản xuất, kinh doanh giỏi; tổ chức đối thoại giữa Chủ tịch UBND các xã với nông dân; tích cực tuyên truyền, vận động hội viên thực hiện nghiêm các quy định về bảo vệ môi trường, không xả thải bao bì thuốc bảo vệ thực vật ra kênh rạch.

Các đại biểu cũng nêu khó khăn: một số xã mới chưa bố trí đủ cán bộ Hội chuyên trách; việc thu hồi nợ quá hạn Quỹ Hỗ trợ nông dân ở vùng bị hạn mặn còn chậm; giá vật tư đầu vào vẫn ở mức cao.

Hội nghị cũng thống nhất tổ chức Hội thi "Nhà nông đua tài" cấp tỉnh vào tháng 8, lần đầu tiên sau khi hợp nhất.

Phương Thảo

Lượt xem: 377

Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác Hội năm 2025
- Trao tặng 500 túi trữ nước ngọt cho nông dân vùng mặn
- Mô hình nuôi tôm - lúa ở Trà Cú cho lợi nhuận cao
- Nông dân Chợ Lách vượt khó mùa hạn mặn
""", "2026-04-10",
    "Nông dân vùng hạn mặn đồng lòng bảo vệ vườn cây",
    E("giao_ban", "2026-Q1", "2026-04-09"),
    [P("Trần Văn Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội Nông dân tỉnh"),
     P("Kim Thị Sa Rươne", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Văn Đực", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lê Minh Trí", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Thạch Văn Rươne", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
     P("Sơn Ngọc Hên", "Chủ tịch Hội Nông dân xã Long Hiệp"),
     P("Võ Thị Kim Thoa", "nông dân xã Mỏ Cày")],
    [Q("124 xã, phường", 124, "xã, phường"),
     Q("215 km kênh mương", 215, "km"),
     Q("38 đập tạm", 38, "đập tạm"),
     Q("hơn 412.000 hội viên", 412000, "hội viên", "over"),
     Q("2.860 hội viên", 2860, "hội viên"),
     Q("18,6 tỷ đồng", 18600000000, "đồng"),
     Q("590 hộ", 590, "hộ"),
     Q("27 mô hình", 27, "mô hình"),
     Q("khoảng 1.200 ha", 1200, "ha", "approx"),
     Q("146 hộ", 146, "hộ"),
     Q("70.000 đồng/chục", 70000, "đồng"),
     Q("150.000 đồng/chục", 150000, "đồng")],
    [D("Quyết định", "150", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 150/QĐ-TTg"),
     D("Kế hoạch", "09", "KH/HNDT", "2026-01-12", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 09-KH/HNDT")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Mỏ Cày")],
    ["HỘI NÔNG DÂN TỈNH VĨNH LONG", "Trang chủ » Tin tức » Hoạt động Hội", "Ông Trần Văn Út, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.",
     "Nhà nông đua tài", "Phương Thảo", "Lượt xem: 377"],
    ["10/4/2026 | 18:20", "quý II", "tháng 8", "Lượt xem: 377"]))

# b529 An Giang (+Kiên Giang) 2026, Party committee of a special zone, training
PAGES.append(page("b529-angiang-phuquoc-taphuan-2026", """
ĐẢNG BỘ ĐẶC KHU PHÚ QUỐC - TỈNH AN GIANG
Trang chủ | Tin tức | Công tác dân vận
Cập nhật: 09:42, 22/05/2026 (GMT+7)

Bồi dưỡng kỹ năng dân vận cho 160 cán bộ khu phố, ấp

Ngày 21/5, Ban Thường vụ Đảng ủy đặc khu Phú Quốc khai mạc lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 160 học viên là Bí thư chi bộ, Trưởng khu phố, Trưởng ban công tác Mặt trận ở các khu phố, ấp. Lớp học kéo dài 2 ngày.

Đồng chí Đoàn Văn Tiến phát biểu khai mạc lớp tập huấn.

Dự khai mạc có đồng chí Đoàn Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy đặc khu; đồng chí Nguyễn Thị Ngọc Hân, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND đặc khu; đồng chí Danh Thị Mỹ Lệ, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy đặc khu; đồng chí Lâm Quốc Nam, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang.

Học viên được truyền đạt các chuyên đề: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định 23-QĐ/TW của Bộ Chính trị; Kết luận 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW; kỹ năng nắm bắt dư luận xã hội trên không gian mạng; kỹ năng vận động nhân dân trong giải phóng mặt bằng các công trình phục vụ APEC 2027 theo Kế hoạch 45-KH/ĐU ngày 02/3/2026 của Đảng ủy đặc khu.

Theo báo cáo, đặc khu có 96 khu phố, ấp với khoảng 185.000 nhân khẩu, trong đó có hơn 12.000 người là lao động ngoài tỉnh. Năm 2025, nhân dân đã đồng thuận giao 312 ha mặt bằng cho các dự án trọng điểm; 98,6% số hộ bị ảnh hưởng đã nhận tiền bồi thường, hỗ trợ.

Báo cáo viên là ông Chau Sóc Kha, nguyên Trưởng Ban Dân vận Huyện ủy Tri Tôn, chia sẻ kinh nghiệm vận động đồng bào Khmer hiến đất làm đường với 36 tình huống cụ thể. Ông Nguyễn Văn Thơm, Trưởng khu phố 5, phường Dương Đông cũ, cho rằng tình huống thực tế giúp học viên dễ áp dụng.

Trong buổi thảo luận, nhiều học viên nêu khó khăn khi vận động các hộ kinh doanh nhỏ di dời, nhất là những hộ đã sinh sống lâu năm ở khu vực ven biển. Báo cáo viên gợi ý cán bộ cơ sở cần đến từng nhà, lắng nghe, giải thích rõ chính sách bồi thường, tái định cư, tránh nóng vội, áp đặt.

Phát biểu khai mạc, đồng chí Đoàn Văn Tiến yêu cầu học viên nghiên cứu kỹ tài liệu, vận dụng vào thực tế, "nói dân hiểu, làm dân tin"; mỗi chi bộ xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với nhiệm vụ chuẩn bị APEC 2027. Kết thúc lớp học, học viên làm bài thu hoạch và được cấp giấy chứng nhận.

Các học viên tham gia thảo luận nhóm về tình huống vận động giải phóng mặt bằng.

Tin, ảnh: Kim Phượng

Lượt xem: 588

Tin liên quan
- Phú Quốc đối thoại với người dân vùng dự án
- Đảng ủy đặc khu sơ kết công tác dân vận quý I/2026
- Tập huấn kỹ năng số cho cán bộ Mặt trận cơ sở
""", "2026-05-22",
    "Bồi dưỡng kỹ năng dân vận cho 160 cán bộ khu phố, ấp",
    E("tap_huan", "2026", "2026-05-21"),
    [P("Đoàn Văn Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy đặc khu"),
     P("Nguyễn Thị Ngọc Hân", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND đặc khu"),
     P("Danh Thị Mỹ Lệ", "ĐUV", "Trưởng Ban Xây dựng Đảng Đảng ủy đặc khu"),
     P("Lâm Quốc Nam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"),
     P("Chau Sóc Kha", "nguyên Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
     P("Nguyễn Văn Thơm", "Trưởng khu phố 5")],
    [Q("160 cán bộ khu phố, ấp", 160, "cán bộ khu phố, ấp"),
     Q("96 khu phố, ấp", 96, "khu phố, ấp"),
     Q("khoảng 185.000 nhân khẩu", 185000, "nhân khẩu", "approx"),
     Q("hơn 12.000 người", 12000, "người", "over"),
     Q("312 ha", 312, "ha"),
     Q("98,6% số hộ", 98.6, "%"),
     Q("36 tình huống", 36, "tình huống"),
     Q("1 mô hình", 1, "mô hình", "over")],
    [D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
     D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
     D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
     D("Kế hoạch", "45", "KH/ĐU", "2026-03-02", "Đảng ủy đặc khu", "Kế hoạch 45-KH/ĐU")],
    [prov("An Giang"), com("Phú Quốc"), com("Dương Đông")],
    ["ĐẢNG BỘ ĐẶC KHU PHÚ QUỐC - TỈNH AN GIANG", "Trang chủ | Tin tức | Công tác dân vận",
     "Đồng chí Đoàn Văn Tiến phát biểu khai mạc lớp tập huấn.",
     "Các học viên tham gia thảo luận nhóm về tình huống vận động giải phóng mặt bằng.", "Dân vận khéo", "nói dân hiểu, làm dân tin",
     "APEC 2027", "Tin, ảnh: Kim Phượng", "Lượt xem: 588"],
    ["Cập nhật: 09:42, 22/05/2026 (GMT+7)", "2 ngày", "APEC 2027", "khu phố 5", "Năm 2025", "Lượt xem: 588"]))

# b530 Cà Mau (+Bạc Liêu) 2026, Hội LHPN, 6-month review (period in the lead)
PAGES.append(page("b530-camau-lhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Bạn đang ở: Trang chủ > Hoạt động Hội > Tin tức
Thứ Sáu, 17/07/2026 06:00 (GMT+7)

Phụ nữ Cà Mau hỗ trợ 420 hội viên khởi nghiệp

Ngày 16/7, Ban Chấp hành Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Trong 6 tháng, các cấp Hội đã hỗ trợ 420 hội viên khởi nghiệp, phát triển kinh tế hộ gia đình.

Bà Lý Thị Thu Trang, Chủ tịch Hội LHPN tỉnh, phát biểu tại hội nghị. Ảnh: Huỳnh Như

Dự hội nghị có bà Huỳnh Thị Quế Anh, Phó Bí thư Tỉnh ủy; bà Lý Thị Thu Trang, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các Phó Chủ tịch Hội LHPN tỉnh: Lâm Thị Sô Phia, Nguyễn Thị Bích Thủy, Đặng Thị Út Em.

Sáu tháng qua, các cấp Hội đã hoàn thành việc hợp nhất tổ chức Hội sau khi tỉnh Cà Mau và tỉnh Bạc Liêu hợp nhất; toàn tỉnh có 64 cơ sở Hội cấp xã với hơn 318.000 hội viên. Thực hiện Nghị quyết Đại hội Phụ nữ tỉnh lần thứ I và Chỉ thị 05, 06-CT/ĐĐ của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Hội đã tổ chức 1.150 buổi truyền thông về phòng, chống bạo lực gia đình, mua bán người cho 46.300 lượt hội viên.

Các cấp Hội vận động 6,4 tỷ đồng xây dựng 58 "Mái ấm tình thương" và trao 1.300 suất quà cho phụ nữ nghèo; dư nợ vốn vay ủy thác qua Hội đạt 2.650 tỷ đồng. Thực hiện Kế hoạch 24/KH-HPN ngày 20/02/2026 của Ban Thường vụ Hội LHPN tỉnh, mỗi hội viên khởi nghiệp được hỗ trợ vay tối đa 100 triệu đồng với lãi suất ưu đãi.

Chị Thạch Thị Ngọc Hân, hội viên phường Bạc Liêu, chia sẻ mô hình làm muối hầm, muối tôm đóng gói bán qua mạng, mỗi tháng có lãi khá. Bà Trương Thị Mười, Chủ tịch Hội LHPN xã Hồng Dân, cho biết Hội xã đã ra mắt tổ hợp tác nuôi cá bống tượng của phụ nữ Khmer.

Hội nghị cũng chỉ ra những hạn chế: sau sắp xếp, đội ngũ cán bộ Hội cấp xã biến động nhiều, một số nơi chưa bố trí đủ cán bộ chuyên trách; hoạt động của chi hội ở ấp xa còn đơn điệu; việc thu hút phụ nữ công nhân tham gia sinh hoạt Hội gặp khó khăn.

Bà Lý Thị Thu Trang cho biết, Hội LHPN tỉnh Cà Mau đã ký kết phối hợp với Bộ đội Biên phòng tỉnh hỗ trợ phụ nữ vùng ven biển chuyển đổi nghề, tránh khai thác thủy sản trái phép.

Phát biểu chỉ đạo, bà Huỳnh Thị Quế Anh đề nghị 6 tháng cuối năm 2026, các cấp Hội tập trung củng cố tổ chức cơ sở, đẩy mạnh chuyển đổi số trong hoạt động Hội; tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", chương trình "Mẹ đỡ đầu" giúp trẻ em mồ côi.

Huỳnh Như

Lượt xem: 642

Tin liên quan
- Hội LHPN tỉnh Cà Mau trao 20 "Mái ấm tình thương"
- Phụ nữ Đầm Dơi với mô hình nuôi tôm sinh thái
- Ngày hội phụ nữ khởi nghiệp năm 2026
""", "2026-07-17",
    "Phụ nữ Cà Mau hỗ trợ 420 hội viên khởi nghiệp",
    E("so_ket", "2026-H1", "2026-07-16"),
    [P("Huỳnh Thị Quế Anh", "Phó Bí thư Tỉnh ủy"),
     P("Lý Thị Thu Trang", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Lâm Thị Sô Phia", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đặng Thị Út Em", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Thạch Thị Ngọc Hân", "hội viên phường Bạc Liêu"),
     P("Trương Thị Mười", "Chủ tịch Hội LHPN xã Hồng Dân")],
    [Q("420 hội viên", 420, "hội viên"),
     Q("64 cơ sở Hội", 64, "cơ sở Hội"),
     Q("hơn 318.000 hội viên", 318000, "hội viên", "over"),
     Q("1.150 buổi truyền thông", 1150, "buổi truyền thông"),
     Q("46.300 lượt hội viên", 46300, "lượt hội viên"),
     Q("6,4 tỷ đồng", 6400000000, "đồng"),
     Q("58 \"Mái ấm tình thương\"", 58, "Mái ấm tình thương"),
     Q("1.300 suất quà", 1300, "suất quà"),
     Q("2.650 tỷ đồng", 2650000000000, "đồng"),
     Q("100 triệu đồng", 100000000, "đồng")],
    [D("Chỉ thị", "05", "CT/ĐĐ", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Chỉ thị 05, 06-CT/ĐĐ"),
     D("Chỉ thị", "06", "CT/ĐĐ", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Chỉ thị 05, 06-CT/ĐĐ"),
     D("Kế hoạch", "24", "KH-HPN", "2026-02-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 24/KH-HPN")],
    [prov("Cà Mau"), prov("Bạc Liêu"), com("Bạc Liêu"), com("Hồng Dân")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Bạn đang ở: Trang chủ > Hoạt động Hội > Tin tức",
     "Bà Lý Thị Thu Trang, Chủ tịch Hội LHPN tỉnh, phát biểu tại hội nghị. Ảnh: Huỳnh Như", "Mái ấm tình thương",
     "Xây dựng gia đình 5 không, 3 sạch", "Mẹ đỡ đầu", "Bộ đội Biên phòng tỉnh", "Huỳnh Như", "Lượt xem: 642"],
    ["Thứ Sáu, 17/07/2026 06:00 (GMT+7)", "6 tháng đầu năm", "lần thứ I", "5 không, 3 sạch", "Lượt xem: 642"]))

# b531 Cần Thơ (+Sóc Trăng, Hậu Giang) 2026, ward site, dialogue with youth
PAGES.append(page("b531-cantho-phuong-doithoai-thanhnien-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức - Sự kiện > Tin hoạt động
28/08/2026, 08:05

Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên

Tối 26/8, tại Nhà Văn hóa phường, Ban Thường vụ Đảng ủy phường Phú Lợi phối hợp với Đoàn Thanh niên phường tổ chức chương trình đối thoại giữa Bí thư Đảng ủy phường với đoàn viên, thanh niên năm 2026, chủ đề "Thanh niên phường Phú Lợi khởi nghiệp, chuyển đổi số". Tham dự có 250 đoàn viên, thanh niên, học sinh, sinh viên.

Các đại biểu đặt câu hỏi tại chương trình đối thoại.

Chủ trì đối thoại có đồng chí Lâm Văn Sóc Ky, Bí thư Đảng ủy phường; đồng chí Trần Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; đồng chí Võ Minh Luân, Phó Chủ tịch UBND phường. Cùng dự có chị Sơn Thị Bích Tuyền, UVBCH Thành đoàn, Bí thư Đoàn phường.

Phường Phú Lợi (khu vực Sóc Trăng cũ) được thành lập trên cơ sở sáp nhập các phường 2, 3 và 4 của thành phố Sóc Trăng cũ, có hơn 8.700 thanh niên, trong đó khoảng 30% là thanh niên người Khmer, người Hoa.

Tại buổi đối thoại, 19 ý kiến của thanh niên tập trung vào vốn vay khởi nghiệp, việc làm, sân chơi thể thao và an toàn giao thông. Anh Thạch Sa Rết, đoàn viên khóm 6, đề nghị phường hỗ trợ mặt bằng cho nhóm thanh niên bán hàng nông sản qua mạng. Chị Lý Mỹ Linh, sinh viên, hỏi về chính sách hỗ trợ học phí cho sinh viên nghèo.

Trả lời, đồng chí Lâm Văn Sóc Ky cho biết phường đang triển khai Kế hoạch số 32-KH/ĐU ngày 10/7/2026 của Đảng ủy phường về phát triển kinh tế số, đồng thời thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Thanh niên có dự án khả thi được xem xét cho vay từ Quỹ Hỗ trợ thanh niên khởi nghiệp với mức tối đa 50 triệu đồng; năm nay phường bố trí 1,5 tỷ đồng cho quỹ. Về sân chơi, phường sẽ cải tạo 2 sân bóng đá mini tại khu đất công trong quý IV.

Kết thúc chương trình, 17/19 ý kiến được trả lời trực tiếp; 2 ý kiến liên quan đến thẩm quyền của thành phố được ghi nhận để báo cáo. Đồng chí Lâm Văn Sóc Ky đề nghị đoàn viên, thanh niên phát huy vai trò xung kích, tham gia tổ công nghệ số cộng đồng, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.

Theo Thành đoàn Cần Thơ, mô hình đối thoại giữa người đứng đầu cấp ủy với thanh niên đang được duy trì ở hầu hết các xã, phường sau sắp xếp.

Dịp này, Ban Thường vụ Đảng ủy phường trao 10 suất học bổng "Tiếp sức đến trường" cho sinh viên nghèo.

Ban Tuyên giáo và Dân vận Đảng ủy phường

Lượt truy cập: 1.036

Xem thêm
- Phường Phú Lợi ra mắt mô hình "Khóm dân vận khéo"
- Đoàn phường tổ chức Ngày hội thanh niên khởi nghiệp
- Tuyên truyền pháp luật cho đồng bào Khmer
""", "2026-08-28",
    "Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên",
    E("doi_thoai", "2026", "2026-08-26"),
    [P("Lâm Văn Sóc Ky", "Bí thư Đảng ủy phường"),
     P("Trần Thị Hồng Nhung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
     P("Võ Minh Luân", "Phó Chủ tịch UBND phường"),
     P("Sơn Thị Bích Tuyền", "UVBCH Thành đoàn", "Bí thư Đoàn phường"),
     P("Thạch Sa Rết", "đoàn viên khóm 6"),
     P("Lý Mỹ Linh", "sinh viên")],
    [Q("250 đoàn viên, thanh niên, học sinh, sinh viên", 250, "đoàn viên, thanh niên, học sinh, sinh viên"),
     Q("hơn 8.700 thanh niên", 8700, "thanh niên", "over"),
     Q("khoảng 30%", 30, "%", "approx"),
     Q("19 ý kiến", 19, "ý kiến"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("1,5 tỷ đồng", 1500000000, "đồng"),
     Q("2 sân bóng đá mini", 2, "sân bóng đá mini"),
     Q("17/19 ý kiến", 17, "ý kiến"),
     Q("2 ý kiến", 2, "ý kiến"),
     Q("10 suất học bổng", 10, "suất học bổng")],
    [D("Kế hoạch", "32", "KH/ĐU", "2026-07-10", "Đảng ủy phường", "Kế hoạch số 32-KH/ĐU"),
     D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
    [prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức - Sự kiện > Tin hoạt động",
     "Các đại biểu đặt câu hỏi tại chương trình đối thoại.", "Thanh niên phường Phú Lợi khởi nghiệp, chuyển đổi số",
     "Tiếp sức đến trường", "Nhà Văn hóa phường", "Ban Tuyên giáo và Dân vận Đảng ủy phường", "Lượt truy cập: 1.036"],
    ["28/08/2026, 08:05", "các phường 2, 3 và 4", "khóm 6", "quý IV", "Lượt truy cập: 1.036"]))

# b532 Gia Lai (+Bình Định) 2026, provincial newspaper, Hội CCB quarterly briefing (quý III in the lead)
PAGES.append(page("b532-gialai-ccb-giaoban-q3-2026", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Chính trị | Xã hội | Kinh tế | Quốc phòng - An ninh
09/10/2026 16:45

Cựu chiến binh Gia Lai giúp nhau 4,2 tỷ đồng phát triển kinh tế

(GLO) - Ngày 8/10, tại phường Quy Nhơn, Hội Cựu chiến binh tỉnh tổ chức hội nghị giao ban công tác Hội quý III/2026, triển khai nhiệm vụ quý IV. Trong quý, các cấp Hội đã giúp nhau 4,2 tỷ đồng vốn không lãi và 3.100 ngày công phát triển kinh tế.

Đại tá Nguyễn Văn Lương, Chủ tịch Hội CCB tỉnh chủ trì hội nghị. Ảnh: Đức Thụy

Chủ trì hội nghị có Đại tá Nguyễn Văn Lương, TUV, Chủ tịch Hội CCB tỉnh; các ông Ksor Tuih, Phạm Ngọc Ánh - Phó Chủ tịch Hội CCB tỉnh. Dự có bà Rơ Mah H'Lan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và ông Siu Blơh, Chủ tịch Hội CCB xã Ia Hrung.

Theo báo cáo, sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định, Hội CCB tỉnh có 135 cơ sở Hội với 52.400 hội viên. Quý III, các cấp Hội tập trung thực hiện Hướng dẫn 18, 19-HD/CCB của Ban Thường vụ Hội CCB tỉnh về kiện toàn tổ chức cơ sở Hội sau sắp xếp và Chương trình phối hợp 04/CTrPH-CCB-CA giữa Hội CCB tỉnh và Công an tỉnh về giữ gìn an ninh, trật tự. Toàn tỉnh đã xây mới, sửa chữa 32 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn, mỗi căn hỗ trợ 50 triệu đồng.

Hội đã vận động 21 đồng chí hội viên là người có uy tín tham gia hòa giải 46 vụ việc ở cơ sở, tất cả đều hòa giải thành. Ông Siu Blơh cho biết, CCB xã Ia Hrung duy trì tổ tự quản an ninh ở 14 làng, góp phần giữ bình yên buôn làng.

Dư nợ ủy thác qua Hội với Ngân hàng Chính sách xã hội đạt 1.380 tỷ đồng, tỷ lệ hộ vay trả nợ đúng hạn đạt 99,2%.

Phát biểu tại hội nghị, bà Rơ Mah H'Lan đề nghị quý IV các cấp Hội tiếp tục nắm chắc tình hình tư tưởng hội viên, nhất là hội viên đã nghỉ công tác do sắp xếp bộ máy; phát huy vai trò CCB trong tuyên truyền, đấu tranh với luận điệu xuyên tạc; tích cực tham gia phong trào "Cựu chiến binh gương mẫu" và chuẩn bị tổng kết năm 2026.

Tại hội nghị, nhiều ý kiến đề nghị Hội CCB tỉnh sớm ban hành quy chế hoạt động thống nhất cho các cơ sở Hội ở khu vực Gia Lai và khu vực Bình Định cũ; quan tâm hơn đến hội viên CCB là người dân tộc thiểu số ở vùng biên giới, hội viên bị ảnh hưởng chất độc da cam.

Kết luận hội nghị, Đại tá Nguyễn Văn Lương giao các cơ sở Hội hoàn thành việc rà soát, cập nhật danh sách hội viên trước ngày 15/11; phối hợp tổ chức kỷ niệm 37 năm Ngày thành lập Hội CCB Việt Nam (6/12/1989 - 6/12/2026).

Đức Thụy

Tin liên quan
- Hội CCB tỉnh trao nhà "Nghĩa tình đồng đội" tại xã Ia Grai
- CCB Bình Định (cũ) góp công xây dựng đường giao thông nông thôn
- Hội nghị giao ban công tác Hội quý II/2026
- Gương sáng CCB làm kinh tế giỏi ở vùng biên
""", "2026-10-09",
    "Cựu chiến binh Gia Lai giúp nhau 4,2 tỷ đồng phát triển kinh tế",
    E("giao_ban", "2026-Q3", "2026-10-08"),
    [P("Nguyễn Văn Lương", "Đại tá", "TUV", "Chủ tịch Hội CCB tỉnh"),
     P("Ksor Tuih", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Phạm Ngọc Ánh", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Rơ Mah H'Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Siu Blơh", "Chủ tịch Hội CCB xã Ia Hrung")],
    [Q("4,2 tỷ đồng", 4200000000, "đồng"),
     Q("3.100 ngày công", 3100, "ngày công"),
     Q("135 cơ sở Hội", 135, "cơ sở Hội"),
     Q("52.400 hội viên", 52400, "hội viên"),
     Q("32 căn nhà", 32, "căn nhà"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("21 đồng chí", 21, "đồng chí"),
     Q("46 vụ việc", 46, "vụ việc"),
     Q("14 làng", 14, "làng"),
     Q("1.380 tỷ đồng", 1380000000000, "đồng"),
     Q("99,2%", 99.2, "%")],
    [D("Hướng dẫn", "18", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 18, 19-HD/CCB"),
     D("Hướng dẫn", "19", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 18, 19-HD/CCB"),
     D("Chương trình phối hợp", "04", "CTrPH-CCB-CA", None, None, "Chương trình phối hợp 04/CTrPH-CCB-CA")],
    [prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Hrung")],
    ["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Xã hội | Kinh tế | Quốc phòng - An ninh",
     "Đại tá Nguyễn Văn Lương, Chủ tịch Hội CCB tỉnh chủ trì hội nghị. Ảnh: Đức Thụy", "Nghĩa tình đồng đội",
     "Cựu chiến binh gương mẫu", "Đức Thụy"],
    ["09/10/2026 16:45", "quý IV", "21 đồng chí", "ngày 15/11", "37 năm", "6/12/1989 - 6/12/2026"]))
