from lib import *
PAGES = []

PAGES.append(page("b1415-tuyenquang-btgdv-taphuan-tiepcongdan-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 26/09/2025 - 14:30
Lượt xem: 2.308
Nâng cao kỹ năng nắm tình hình, tiếp dân cho cán bộ xã sau sắp xếp
Trong 2 ngày 24 và 25/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức lớp tập huấn nghiệp vụ công tác dân vận, nắm tình hình nhân dân và tiếp công dân năm 2025 cho 248 học viên là cán bộ làm công tác dân vận, tiếp công dân của 124 xã, phường trên địa bàn tỉnh.
Quang cảnh lớp tập huấn tại phường Minh Xuân.
Khai mạc lớp tập huấn, đồng chí Vàng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết: sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, thực hiện mô hình chính quyền địa phương hai cấp từ ngày 1/7/2025, khối lượng công việc ở cấp xã tăng nhiều; người dân đến xã làm thủ tục, gửi kiến nghị về đất đai, chế độ chính sách tăng mạnh. Tại một số xã vùng cao như Mèo Vạc, Đồng Văn, Sơn Vĩ, do địa bàn rộng, đi lại khó khăn nên việc nắm tình hình chưa kịp thời; đã có trường hợp người dân tập trung tại trụ sở xã phản đối việc chậm chi trả tiền bồi thường đường cao tốc.
Lớp tập huấn được nghe đồng chí Nguyễn Văn Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới và Hướng dẫn số 05-HD/BTGDVTU ngày 2/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về chế độ thông tin, báo cáo tình hình nhân dân ở cấp xã; đồng chí Sùng Mí Chứ, Phó Chánh Thanh tra tỉnh, giới thiệu Luật Đất đai số 31/2024/QH15 và những tình huống thường gặp khi tiếp công dân.
Các học viên đã thảo luận nhóm, xử lý tình huống về tranh chấp đất nương rẫy giữa các dòng họ người Mông, việc truyền đạo trái pháp luật, khiếu nại về bồi thường khi làm đường. Bà Lò Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc, chia sẻ: “Từ khi sáp nhập, xã có 41 thôn, nhiều thôn cách trung tâm hơn 20 km. Chúng tôi giao cho trưởng thôn, người có uy tín nắm tình hình hằng tuần, có gì báo ngay qua nhóm Zalo”. Ông Hoàng Văn Chiến, Bí thư Đảng ủy, Chủ tịch HĐND phường Hà Giang 1, đề nghị tỉnh sớm ban hành quy chế phối hợp giữa Đảng ủy với Ủy ban MTTQ và các đoàn thể ở cấp xã.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, từ ngày 1/7 đến 15/9/2025, các xã, phường đã tiếp 3.416 lượt công dân, tiếp nhận 872 đơn, thư, trong đó 56% liên quan đến đất đai. Thực hiện Kế hoạch số 12-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy, trong năm 2025 Ban tổ chức 3 lớp tập huấn tương tự, mỗi học viên được hỗ trợ 150.000 đồng/ngày.
Bế Thu
Tin liên quan
- Tuyên Quang: hội nghị giao ban khối tuyên giáo và dân vận quý III (08/09/2025)
- Mèo Vạc: đối thoại với người dân về bồi thường giải phóng mặt bằng (30/08/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy sau hợp nhất (04/07/2025)
""", "2025-09-26", "Nâng cao kỹ năng nắm tình hình, tiếp dân cho cán bộ xã sau sắp xếp",
E("tap_huan", "2025", "2025-09-24"),
[P("Vàng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chứ", "Phó Chánh Thanh tra tỉnh"),
 P("Lò Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Hoàng Văn Chiến", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Hà Giang 1")],
[Q("248 học viên", 248, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("41 thôn", 41, "thôn"), Q("hơn 20 km", 20, "km", "over"),
 Q("3.416 lượt công dân", 3416, "lượt công dân"), Q("872 đơn, thư", 872, "đơn, thư"), Q("56%", 56, "%"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2025-09-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU"),
 D("Luật", "31", "2024/QH15", None, None, "Luật Đất đai số 31/2024/QH15"),
 D("Kế hoạch", "12", "KH/TU", "2025-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Mèo Vạc"), com("Đồng Văn"), com("Sơn Vĩ"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Xây dựng Đảng", "Lượt xem: 2.308", "Quang cảnh lớp tập huấn tại phường Minh Xuân."],
["Thứ Sáu, 26/09/2025 - 14:30", "Lượt xem: 2.308", "2 ngày 24 và 25/9", "từ ngày 1/7/2025", "hai cấp", "từ ngày 1/7 đến 15/9/2025", "hằng tuần"]))

PAGES.append(page("b1416-vinhlong-btgdv-giaoban-quy3-2025", """
Báo Vĩnh Long Online
Chính trị | Tuyên giáo - Dân vận
14-10-2025 09:05
Khối tuyên giáo và dân vận giao ban quý III: quan tâm tình hình nhân dân vùng sạt lở, giải tỏa
(VLO) Sáng 13/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban khối tuyên giáo và dân vận quý III năm 2025, triển khai nhiệm vụ quý IV. Đồng chí Trần Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Sô Phanh, Lê Hoàng Vũ, Nguyễn Thị Bé Năm.
Các đại biểu dự hội nghị giao ban tại điểm cầu tỉnh.
Hội nghị được tổ chức trực tuyến đến 124 điểm cầu xã, phường. Theo báo cáo, quý III là quý đầu tiên vận hành bộ máy sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh; tư tưởng cán bộ, đảng viên cơ bản ổn định, nhân dân đồng tình với chủ trương sắp xếp. Tuy nhiên, một bộ phận cán bộ, công chức phải di chuyển xa còn tâm tư; người dân một số nơi phản ánh thủ tục hành chính ở trung tâm phục vụ hành chính công xã còn chậm.
Nổi lên trong quý là tình hình sạt lở bờ sông Cổ Chiên, Hàm Luông, làm 37 căn nhà bị sập, trôi xuống sông, 112 hộ phải di dời khẩn cấp; tại phường An Hội, phường Trà Vinh, một số hộ dân bị giải tỏa để chỉnh trang đô thị chưa đồng thuận với phương án bố trí tái định cư, gửi đơn đến nhiều nơi. Khối dân vận các cấp đã tham gia 58 cuộc đối thoại, vận động 96 hộ đồng ý di dời, nhận nền tái định cư; tiếp nhận 1.204 đơn thư, chuyển cơ quan chức năng giải quyết 1.087 đơn.
Các đại biểu cũng trao đổi về công tác vận động đồng bào Khmer: trong quý đã tổ chức thăm, tặng 540 phần quà nhân lễ Sene Dolta; ông Kim Sa Muôn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị quan tâm sửa chữa các điểm trường dạy chữ Khmer trong chùa bị ảnh hưởng triều cường.
Đồng chí Phan Văn Đực, Bí thư Đảng ủy xã Cầu Ngang, kiến nghị có chính sách hỗ trợ người dân nuôi tôm bị thiệt hại do dịch bệnh, vì đây là nguyên nhân nhiều hộ vay nợ, phát sinh mâu thuẫn, tranh chấp.
Kết luận hội nghị, đồng chí Trần Thị Ngọc Hân yêu cầu quý IV tập trung triển khai Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong sắp xếp, tổ chức bộ máy và về vận động nhân dân phòng, chống sạt lở; thực hiện Quy chế phối hợp số 02-QCPH/BTGDV-MTTQ giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; chủ động nắm dư luận, giải quyết sớm các kiến nghị chính đáng, không để phát sinh khiếu kiện đông người.
Hữu Thọ
Tin liên quan
- Vĩnh Long: trao 300 căn nhà Đại đoàn kết cho hộ nghèo (06/10/2025)
- Hội nghị sơ kết 3 tháng vận hành mô hình chính quyền địa phương hai cấp (01/10/2025)
- Thăm, chúc mừng Lễ Sene Dolta năm 2025 (19/09/2025)
""", "2025-10-14", "Khối tuyên giáo và dân vận giao ban quý III: quan tâm tình hình nhân dân vùng sạt lở, giải tỏa",
E("giao_ban", "2025-Q3", "2025-10-13"),
[P("Trần Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Vũ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Năm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sa Muôn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Phan Văn Đực", "Bí thư Đảng ủy xã Cầu Ngang")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("3 tỉnh", 3, "tỉnh"), Q("37 căn nhà", 37, "căn nhà"), Q("112 hộ", 112, "hộ"),
 Q("58 cuộc đối thoại", 58, "cuộc đối thoại"), Q("96 hộ", 96, "hộ"), Q("1.204 đơn thư", 1204, "đơn thư"), Q("1.087 đơn", 1087, "đơn"),
 Q("540 phần quà", 540, "phần quà")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDV-MTTQ", None, None, "Quy chế phối hợp số 02-QCPH/BTGDV-MTTQ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội"), com("Trà Vinh"), com("Cầu Ngang")],
["Báo Vĩnh Long Online", "Chính trị | Tuyên giáo - Dân vận", "(VLO)", "Các đại biểu dự hội nghị giao ban tại điểm cầu tỉnh.", "Sene Dolta",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["14-10-2025 09:05", "quý III năm 2025", "quý IV", "quý đầu tiên"]))

PAGES.append(page("b1417-lamdong-taidinhcu-nhanco-2025", """
Báo Lâm Đồng
Xã hội > Dân vận khéo
Cập nhật: 06:30, 27/11/2025 (GMT+7)
Ở khu tái định cư, người dân đã được lắng nghe
Gần mười năm sau ngày rời nhà để nhường đất cho dự án khai thác bô-xít, những hộ dân ở khu tái định cư thôn 7, xã Nhân Cơ giờ đã có cuộc sống ổn định hơn. Nhưng để có hôm nay, cán bộ dân vận ở cơ sở đã phải đi lại cả trăm lần, ngồi nghe người dân nói từ chuyện con mương đến chuyện mồ mả ông bà.
Một góc khu tái định cư thôn 7, xã Nhân Cơ. Ảnh: Mai Anh
Khu tái định cư được xây dựng từ năm 2015, bố trí cho 286 hộ, trong đó có 74 hộ đồng bào Mnông. Những năm đầu, nhiều hộ bức xúc vì nhà xây nhanh, tường nứt, giếng khoan không có nước; có thời điểm hàng chục người kéo đến cổng nhà máy đòi bồi thường thêm. Theo ông Điểu Xuân, nguyên Trưởng thôn 7, “có năm cả thôn gửi hơn 40 lá đơn, đi khắp nơi, ai cũng mệt mỏi”.
Bước ngoặt đến khi Đảng ủy xã giao cho tổ dân vận thôn, gồm bí thư chi bộ, trưởng thôn, chi hội trưởng các đoàn thể và 2 người có uy tín, họp dân mỗi tháng một lần, ghi lại từng ý kiến, gửi thẳng lên xã và chủ đầu tư. Đến nay, đã có 212 kiến nghị được giải quyết; chủ đầu tư bỏ ra gần 9,6 tỷ đồng sửa chữa nhà, làm lại hệ thống nước sạch; 120 lao động trong khu được nhận vào làm việc tại nhà máy.
Bà Thị Loan, người Mnông, Chi hội trưởng Chi hội Phụ nữ thôn 7, kể: “Trước đây nói mà không ai nghe, giờ họp thôn có cán bộ xã về dự, hỏi cái gì được trả lời cái đó”. Gia đình bà được hỗ trợ 30 triệu đồng chuyển đổi sang trồng cà phê xen sầu riêng, mỗi năm thu khoảng 250 triệu đồng.
Sau khi sắp xếp đơn vị hành chính, xã Nhân Cơ thuộc tỉnh Lâm Đồng mới. Đồng chí K'Hoa, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực - Trưởng ban Công tác Mặt trận Ủy ban MTTQ Việt Nam xã Nhân Cơ, cho biết xã vẫn duy trì mô hình, đồng thời áp dụng cho các thôn có đông hộ tái định cư khác. Xã đang thực hiện Nghị định số 88/2024/NĐ-CP của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất để rà soát, giải quyết dứt điểm 15 trường hợp còn vướng mắc về đất sản xuất.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng, mô hình “Tổ dân vận lắng nghe dân” ở thôn 7 là một trong 318 mô hình “Dân vận khéo” được công nhận năm 2025 theo Kế hoạch số 09-KH/BTGDVTU. Đồng chí Ka Huệ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, nhận xét: cái được lớn nhất là niềm tin của người dân với cấp ủy, chính quyền đã trở lại.
Chiều muộn, trên con đường bê tông dẫn vào khu tái định cư, từng tốp học sinh đạp xe về nhà. Ông Điểu Xuân nói, điều ông mong nhất bây giờ là con cháu trong thôn học hành đến nơi đến chốn.
Mai Anh - Quốc Thịnh
Tin khác
- Lâm Đồng: 1.020 căn nhà tạm được xóa trước thời hạn (20/11/2025)
- Phường Bảo Lộc 1 đối thoại với tiểu thương (12/11/2025)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (05/11/2025)
""", "2025-11-27", "Ở khu tái định cư, người dân đã được lắng nghe",
E("khac", None, None),
[P("Điểu Xuân", "nguyên Trưởng thôn 7"),
 P("Thị Loan", "Chi hội trưởng Chi hội Phụ nữ thôn 7"),
 P("K'Hoa", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Thường trực - Trưởng ban Công tác Mặt trận Ủy ban MTTQ Việt Nam xã Nhân Cơ"),
 P("Ka Huệ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("286 hộ", 286, "hộ"), Q("74 hộ đồng bào Mnông", 74, "hộ đồng bào Mnông"), Q("hơn 40 lá đơn", 40, "lá đơn", "over"), Q("2 người có uy tín", 2, "người có uy tín"),
 Q("212 kiến nghị", 212, "kiến nghị"), Q("gần 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("120 lao động", 120, "lao động"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("15 trường hợp", 15, "trường hợp"),
 Q("318 mô hình", 318, "mô hình")],
[D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, None, "Kế hoạch số 09-KH/BTGDVTU")],
[prov("Lâm Đồng"), com("Nhân Cơ")],
["Báo Lâm Đồng", "Xã hội > Dân vận khéo", "Một góc khu tái định cư thôn 7, xã Nhân Cơ. Ảnh: Mai Anh", "Tổ dân vận lắng nghe dân", "Dân vận khéo"],
["Cập nhật: 06:30, 27/11/2025 (GMT+7)", "Gần mười năm", "năm 2015", "mỗi tháng một lần", "thôn 7", "mỗi năm"]))

PAGES.append(page("b1418-dongnai-btgdv-tongket-2025", """
ĐẢNG BỘ TỈNH ĐỒNG NAI - Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ » Tin tức » Hoạt động của Ban
Ngày 09/01/2026 | 10:20
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Triển khai nhiệm vụ năm 2026: lấy sự hài lòng của người dân làm thước đo
Sáng 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến đến 95 điểm cầu xã, phường. Đồng chí Võ Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Đinh Quốc Tuấn, Phó Bí thư Thường trực Tỉnh ủy.
Năm 2025 là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước) đi vào hoạt động. Báo cáo cho biết, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 06-CTr/TU thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Quyết định số 35/2025/QĐ-UBND ngày 20/8/2025 của UBND tỉnh về quy chế tiếp công dân ở cấp xã. Tình hình nhân dân cơ bản ổn định; tuy nhiên các vụ việc phức tạp liên quan thu hồi đất cho dự án sân bay Long Thành, đường cao tốc Biên Hòa - Vũng Tàu và tranh chấp đất giữa người dân với các công ty cao su ở phường Bình Long, xã Bù Gia Mập vẫn tiềm ẩn nguy cơ khiếu kiện đông người.
Trong năm, các cơ quan chức năng tiếp 14.620 lượt công dân; tiếp nhận 5.318 đơn thư, đã giải quyết 4.902 đơn, đạt 92,2%. Khối dân vận phối hợp tổ chức 412 cuộc đối thoại, vận động 2.146 hộ bàn giao mặt bằng; 9 vụ tụ tập đông người được giải quyết ổn thỏa ngay tại cơ sở. Mặt trận và các đoàn thể vận động xây dựng, sửa chữa 1.245 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 74 tỷ đồng.
Tham luận tại hội nghị, đồng chí Điểu Thị Hương, Bí thư Đảng ủy xã Bù Gia Mập, chia sẻ cách vận động đồng bào S'tiêng, M'nông giải quyết tranh chấp đất rẫy bằng hòa giải; đồng chí Phạm Văn Lộc, Phó Bí thư Thường trực Đảng ủy phường Trấn Biên, nêu kinh nghiệm đối thoại với tiểu thương khi di dời chợ tạm.
Phát biểu chỉ đạo, đồng chí Đinh Quốc Tuấn biểu dương những kết quả đạt được, đề nghị năm 2026 khối dân vận tiếp tục thực hiện Quy định số 304-QĐ/TW của Ban Chấp hành Trung ương về công tác dân vận của hệ thống chính trị; nắm chắc tình hình nhân dân trước, trong và sau Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; phấn đấu 100% xã, phường tổ chức đối thoại định kỳ giữa người đứng đầu với nhân dân.
Dịp này, 15 tập thể, 22 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Khánh Linh
Tin liên quan
- Giao ban khối tuyên giáo và dân vận tháng 12/2025 (26/12/2025)
- Đồng Nai: đối thoại với người dân vùng dự án cao tốc (18/12/2025)
- Phường Đồng Xoài tổ chức Ngày hội Đại đoàn kết toàn dân tộc (14/11/2025)
""", "2026-01-09", "Triển khai nhiệm vụ năm 2026: lấy sự hài lòng của người dân làm thước đo",
E("tong_ket", "2025", "2026-01-08"),
[P("Võ Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Quốc Tuấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Điểu Thị Hương", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Phạm Văn Lộc", "Phó Bí thư Thường trực Đảng ủy phường Trấn Biên")],
[Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("14.620 lượt công dân", 14620, "lượt công dân"), Q("5.318 đơn thư", 5318, "đơn thư"),
 Q("4.902 đơn", 4902, "đơn"), Q("92,2%", 92.2, "%"), Q("412 cuộc đối thoại", 412, "cuộc đối thoại"), Q("2.146 hộ", 2146, "hộ"),
 Q("9 vụ tụ tập đông người", 9, "vụ tụ tập đông người"), Q("1.245 căn nhà tạm, nhà dột nát", 1245, "căn nhà tạm, nhà dột nát"),
 Q("hơn 74 tỷ đồng", 74000000000, "đồng", "over"), Q("100% xã, phường", 100, "%"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chương trình hành động", "06", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 06-CTr/TU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Quyết định", "35", "2025/QĐ-UBND", "2025-08-20", "UBND tỉnh", "Quyết định số 35/2025/QĐ-UBND"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 304-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("Bù Gia Mập"), com("Trấn Biên")],
["ĐẢNG BỘ TỈNH ĐỒNG NAI - Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trang chủ » Tin tức » Hoạt động của Ban",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"],
["Hôm nay: Thứ Hai, 12/01/2026", "Ngày 09/01/2026 | 10:20", "năm đầu tiên", "lần thứ XIV", "năm 2026"]))

PAGES.append(page("b1419-ninhbinh-btgdv-soket-6thang-2026", """
Báo Ninh Bình điện tử
Chính trị » Xây dựng Đảng » Dân vận
17/07/2026 - 15:40
Ninh Bình: 6 tháng đầu năm giải quyết 94% kiến nghị của cử tri, nhân dân
Ngày 16/7/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Đặng Văn Hào, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Đồng chí Trần Thị Thanh Hương phát biểu kết luận hội nghị. Ảnh: Thanh Bình
Báo cáo tại hội nghị cho biết, trong 6 tháng, tư tưởng cán bộ, đảng viên và nhân dân trong tỉnh phấn khởi trước thành công của Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Các tầng lớp nhân dân quan tâm đến việc sắp xếp, sử dụng trụ sở dôi dư sau hợp nhất 3 tỉnh Ninh Bình, Hà Nam, Nam Định; việc bồi thường, giải phóng mặt bằng các dự án đường vành đai, khu công nghiệp ven biển.
Tại phường Phủ Lý và xã Hải Thịnh, một số hộ dân tập trung tại trụ sở Đảng ủy, UBND phường, xã kiến nghị về giá đất bồi thường; tại phường Nam Định có 27 hộ tiểu thương phản đối phương án di dời chợ Rồng tạm. Các cơ quan khối dân vận đã phối hợp tổ chức 186 cuộc đối thoại, tiếp 7.935 lượt công dân, tiếp nhận 2.684 đơn thư, trong đó 1.512 đơn liên quan đến đất đai; tổng hợp 1.246 kiến nghị của cử tri, đã giải quyết, trả lời 1.171 kiến nghị, đạt 94%.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 5/3/2026 về tăng cường công tác dân vận trong giải phóng mặt bằng và Quy chế phối hợp số 01-QCPH/BTGDV-UBND với UBND tỉnh; hướng dẫn các đảng ủy xã, phường thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị.
Tại hội nghị, đồng chí Mai Văn Tuấn, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Định, đề nghị tỉnh sớm có cơ chế hỗ trợ tiểu thương khi di dời; đồng chí Lại Thị Thu Hà, Bí thư Đảng ủy, Chủ tịch HĐND xã Hải Thịnh, cho biết xã đã mời các ông, bà: Trần Văn Đỏ, Vũ Thị Nhàn - người có uy tín trong dòng họ tham gia vận động, giúp 43 hộ đồng ý bàn giao mặt bằng.
Kết luận hội nghị, đồng chí Trần Thị Thanh Hương yêu cầu 6 tháng cuối năm tập trung nắm chắc tình hình nhân dân, nhất là ở vùng dự án và vùng đông giáo dân; thực hiện Kết luận số 215, 216-KL/TW của Bộ Chính trị; tiếp tục phong trào thi đua “Dân vận khéo”, phấn đấu công nhận thêm 150 mô hình. Nhân dịp này, 10 tập thể, 15 cá nhân được tặng giấy khen.
Thanh Bình
Tin liên quan
- Phường Hoa Lư đối thoại với người dân về chỉnh trang đô thị (09/07/2026)
- Giao ban khối tuyên giáo và dân vận quý II/2026 (03/07/2026)
- Hội nghị gặp mặt chức sắc, chức việc các tôn giáo (24/06/2026)
""", "2026-07-17", "Ninh Bình: 6 tháng đầu năm giải quyết 94% kiến nghị của cử tri, nhân dân",
E("so_ket", "2026-H1", "2026-07-16"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Văn Hào", "Phó Chủ tịch UBND tỉnh"),
 P("Mai Văn Tuấn", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Định"),
 P("Lại Thị Thu Hà", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hải Thịnh"),
 P("Trần Văn Đỏ", "người có uy tín trong dòng họ"),
 P("Vũ Thị Nhàn", "người có uy tín trong dòng họ")],
[Q("3 tỉnh", 3, "tỉnh"), Q("27 hộ tiểu thương", 27, "hộ tiểu thương"), Q("186 cuộc đối thoại", 186, "cuộc đối thoại"), Q("7.935 lượt công dân", 7935, "lượt công dân"),
 Q("2.684 đơn thư", 2684, "đơn thư"), Q("1.512 đơn", 1512, "đơn"), Q("1.246 kiến nghị của cử tri", 1246, "kiến nghị"), Q("1.171 kiến nghị", 1171, "kiến nghị"),
 Q("94%", 94, "%"), Q("43 hộ", 43, "hộ"), Q("150 mô hình", 150, "mô hình"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "08", "CT/TU", "2026-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU"),
 D("Quy chế phối hợp", "01", "QCPH/BTGDV-UBND", None, None, "Quy chế phối hợp số 01-QCPH/BTGDV-UBND"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "215", "KL/TW", None, "Bộ Chính trị", "Kết luận số 215, 216-KL/TW"),
 D("Kết luận", "216", "KL/TW", None, "Bộ Chính trị", "Kết luận số 215, 216-KL/TW")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Phủ Lý"), com("Hải Thịnh"), com("Nam Định")],
["Báo Ninh Bình điện tử", "Chính trị » Xây dựng Đảng » Dân vận", "Đồng chí Trần Thị Thanh Hương phát biểu kết luận hội nghị. Ảnh: Thanh Bình",
 "Dân vận khéo", "Đại hội XIV của Đảng"],
["17/07/2026 - 15:40", "6 tháng đầu năm", "6 tháng cuối năm 2026", "trong 6 tháng", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Đại hội XIV"]))

PAGES.append(page("b1420-angiang-phuong-rachgia-doithoai-2026", """
ĐẢNG ỦY PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG
Trang thông tin điện tử
Tin tức | Hoạt động Đảng ủy | Dân vận
Thứ Năm, 23/04/2026 - 19:15
Đảng ủy phường Rạch Giá đối thoại với người dân khu lấn biển
Chiều 22/4, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Rạch Giá tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, với chủ đề giải tỏa, bố trí tái định cư và cấp giấy chứng nhận quyền sử dụng đất tại các khu lấn biển. Đồng chí Lê Hoàng Phúc, Tỉnh ủy viên, Bí thư Đảng ủy phường chủ trì; đồng chí Nguyễn Thị Kim Chi, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì.
Quang cảnh hội nghị đối thoại.
Dự hội nghị có đồng chí Danh Thị Sa Rết, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang và hơn 200 người dân của các khu phố Vĩnh Quang, Vĩnh Lạc, Vĩnh Thanh Vân.
Tại hội nghị, 21 lượt ý kiến của người dân tập trung vào việc 148 hộ đã nhận nền tái định cư từ năm 2018 nhưng đến nay chưa được cấp giấy chứng nhận; việc các lô nền trong khu lấn biển chậm xây dựng, gây ngập úng, ô nhiễm; việc thu tiền sử dụng đất theo bảng giá mới. Ông Nguyễn Văn Tám, khu phố Vĩnh Lạc, bức xúc: “Gia đình tôi nộp hồ sơ từ năm 2020, đi lại cả chục lần mà chưa có sổ, giờ lại nghe phải nộp thêm tiền theo giá mới”. Bà Thị Sa Vy, người Khmer, đề nghị phường quan tâm bố trí việc làm cho các hộ phải di dời khỏi bờ kè đang sạt lở.
Trả lời các ý kiến, đồng chí Nguyễn Thị Kim Chi cho biết: phường đã phối hợp với Sở Nông nghiệp và Môi trường rà soát hồ sơ của 148 hộ, dự kiến trong quý II cấp giấy chứng nhận cho 96 hộ đủ điều kiện; các trường hợp còn lại sẽ được hướng dẫn cụ thể. Việc thu tiền sử dụng đất thực hiện theo Luật Đất đai và Nghị quyết số 17/2025/NQ-HĐND của HĐND tỉnh về bảng giá đất; các hộ nộp hồ sơ hợp lệ trước ngày 1/8/2024 được áp dụng giá cũ. Phường cũng đã bố trí 2,5 tỷ đồng nạo vét hệ thống thoát nước trong khu lấn biển.
Phát biểu kết luận, đồng chí Lê Hoàng Phúc ghi nhận các ý kiến thẳng thắn của bà con, khẳng định mọi kiến nghị sẽ được theo dõi, trả lời bằng văn bản trong 30 ngày; giao Ban Xây dựng Đảng và Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện theo Kế hoạch số 15-KH/ĐU ngày 2/3/2026 của Đảng ủy phường về đối thoại với nhân dân. Đồng chí đề nghị người dân tiếp tục tin tưởng, phối hợp với chính quyền, không nghe theo kẻ xấu kích động khiếu kiện đông người.
Theo Ủy ban MTTQ Việt Nam phường, từ đầu năm 2026 đến nay, phường đã tiếp nhận 63 đơn, thư của người dân; đã giải quyết 51 đơn, thư.
Ngọc Hân
Tin khác
- Phường Rạch Giá ra quân chỉnh trang đô thị (15/04/2026)
- Hội nghị giao ban công tác dân vận quý I năm 2026 (07/04/2026)
- An Giang: vận động người dân di dời khỏi vùng sạt lở (28/03/2026)
""", "2026-04-23", "Đảng ủy phường Rạch Giá đối thoại với người dân khu lấn biển",
E("doi_thoai", "2026", "2026-04-22"),
[P("Lê Hoàng Phúc", "Tỉnh ủy viên", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Kim Chi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Danh Thị Sa Rết", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"),
 P("Nguyễn Văn Tám"),
 P("Thị Sa Vy")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("21 lượt ý kiến", 21, "lượt ý kiến"), Q("148 hộ", 148, "hộ"), Q("96 hộ", 96, "hộ"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("63 đơn, thư", 63, "đơn, thư"), Q("51 đơn, thư", 51, "đơn, thư")],
[D("Nghị quyết", "17", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 17/2025/NQ-HĐND"),
 D("Kế hoạch", "15", "KH/ĐU", "2026-03-02", "Đảng ủy phường", "Kế hoạch số 15-KH/ĐU")],
[prov("An Giang"), com("Rạch Giá")],
["ĐẢNG ỦY PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG", "Trang thông tin điện tử", "Tin tức | Hoạt động Đảng ủy | Dân vận", "Quang cảnh hội nghị đối thoại.", "Luật Đất đai"],
["Thứ Năm, 23/04/2026 - 19:15", "năm 2018", "năm 2020", "quý II", "trong 30 ngày", "từ đầu năm 2026"]))
