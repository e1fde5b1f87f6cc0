from lib import *
PAGES = []

PAGES.append(page("b9311-tuyenquang-lhpn-soket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự » Mặt trận - Đoàn thể
Cập nhật: 08:40, 24/07/2025 (GMT+7)
Bà Ma Thị Thúy phát biểu tại hội nghị.
Phụ nữ Tuyên Quang bắt nhịp bộ máy mới
(BTQ) - Ngày 22/7, Hội LHPN tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên kể từ khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất hai tỉnh Tuyên Quang và Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Dự hội nghị có bà Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nông Văn Thạch, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Bà Ma Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng và Kết luận 155, 156-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy, Hội LHPN tỉnh đã hoàn thành việc hợp nhất, kiện toàn tổ chức Hội ở 124 xã, phường; sau sắp xếp, toàn tỉnh có hơn 380.000 hội viên. Sáu tháng đầu năm, các cấp Hội kết nạp 2.650 hội viên mới, vận động 3,8 tỷ đồng xây dựng 45 căn nhà "Mái ấm tình thương" cho phụ nữ nghèo, góp phần hoàn thành chương trình xóa nhà tạm, nhà dột nát; 87% chi hội duy trì sinh hoạt định kỳ.
Ở vùng cao núi đá, Hội đẩy mạnh tuyên truyền phòng, chống tảo hôn, mua bán người. Bà Sùng Thị Chía, Chủ tịch Hội LHPN xã Lũng Cú, cho biết xã mới có 19 thôn, nhiều chị em người Mông, Lô Lô chưa biết chữ phổ thông; Hội đã mở 6 lớp xóa mù chữ với 142 học viên. Bà Lò Thị Gai, Phó Chủ tịch Hội LHPN xã Mèo Vạc, kiến nghị có hướng dẫn thống nhất về chế độ cho chi hội trưởng sau khi sắp xếp thôn, tổ dân phố.
Bà Nguyễn Thị Hạnh, Chủ tịch Hội LHPN phường Hà Giang 1, chia sẻ khó khăn khi nhiều cán bộ Hội phải đi lại xa sau hợp nhất, đề nghị tăng cường họp trực tuyến, ứng dụng sổ tay hội viên điện tử.
Phát biểu chỉ đạo, bà Vàng Thị Mai ghi nhận các cấp Hội đã giữ ổn định tổ chức, không để gián đoạn hoạt động trong quá trình sắp xếp. Bà đề nghị 6 tháng cuối năm, Hội LHPN tỉnh tập trung hướng về cơ sở, chăm lo phụ nữ vùng đặc biệt khó khăn; tham gia tích cực vào chuẩn bị Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện tốt Chương trình phối hợp số 02/CTPH-MTTQ-HLHPN giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hội LHPN tỉnh.
Hội nghị cũng thống nhất chỉ tiêu 6 tháng cuối năm: kết nạp ít nhất 3.000 hội viên mới, hỗ trợ 500 phụ nữ khởi nghiệp, 100% xã, phường ra mắt mô hình "Chi hội phụ nữ 3 sạch" kiểu mẫu.
Hồng Nhung
Lượt xem: 845
Tin liên quan
- Hội LHPN tỉnh công bố quyết định kiện toàn Ban Chấp hành (03/07/2025)
- Phụ nữ Đồng Văn giữ nghề dệt lanh (25/06/2025)
- Ra mắt Hội LHPN xã Minh Quang sau sắp xếp (01/07/2025)
""", "2025-07-24", "Phụ nữ Tuyên Quang bắt nhịp bộ máy mới",
E("so_ket", "2025-H1", "2025-07-22"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Thạch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Chía", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Lò Thị Gai", "Phó Chủ tịch Hội LHPN xã Mèo Vạc"),
 P("Nguyễn Thị Hạnh", "Chủ tịch Hội LHPN phường Hà Giang 1")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 380.000 hội viên", 380000, "hội viên", "over"),
 Q("2.650 hội viên mới", 2650, "hội viên mới"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("45 căn nhà", 45, "căn nhà"),
 Q("87%", 87, "%"), Q("19 thôn", 19, "thôn"), Q("6 lớp xóa mù chữ", 6, "lớp xóa mù chữ"), Q("142 học viên", 142, "học viên"),
 Q("ít nhất 3.000 hội viên mới", 3000, "hội viên mới", "over"), Q("500 phụ nữ", 500, "phụ nữ"), Q("100%", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận 155, 156-KL/TW"),
 D("Kết luận", "156", "KL/TW", None, "Bộ Chính trị", "Kết luận 155, 156-KL/TW"),
 D("Chương trình phối hợp", "02", "CTPH-MTTQ-HLHPN", None, None, "Chương trình phối hợp số 02/CTPH-MTTQ-HLHPN")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Hà Giang 1")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự » Mặt trận - Đoàn thể", "Bà Ma Thị Thúy phát biểu tại hội nghị.", "(BTQ)",
 "Mái ấm tình thương", "Chi hội phụ nữ 3 sạch", "Lượt xem: 845"],
["Cập nhật: 08:40, 24/07/2025 (GMT+7)", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Sáu tháng đầu năm", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "3 sạch", "Lượt xem: 845"]))

PAGES.append(page("b9312-vinhlong-hnd-giaoban-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 10/10/2025 15:20
Nông dân Vĩnh Long liên kết sản xuất, tiêu thụ 9.800 tấn dừa
Ngày 9/10, Hội Nông dân tỉnh Vĩnh Long tổ chức giao ban công tác Hội quý III năm 2025 bằng hình thức trực tiếp kết hợp trực tuyến đến Hội Nông dân các xã, phường. Ông Trần Văn Khởi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các Phó Chủ tịch Hội Nông dân tỉnh: Thạch Sô Phanh, Nguyễn Thị Bé Năm, Lê Văn Đông.
Đây là quý đầu tiên Hội Nông dân tỉnh hoạt động sau khi hợp nhất Hội Nông dân ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Theo báo cáo, trong quý, các cấp Hội đã kiện toàn Ban Chấp hành ở 124 cơ sở Hội xã, phường; kết nạp 1.870 hội viên mới; Quỹ Hỗ trợ nông dân sau hợp nhất đạt 214 tỷ đồng, trong đó giải ngân mới 12,5 tỷ đồng cho 318 hộ.
Đáng chú ý, các tổ hợp tác, hợp tác xã do Hội hướng dẫn đã ký hợp đồng liên kết tiêu thụ 9.800 tấn dừa khô với doanh nghiệp chế biến, giá cao hơn thị trường 5%. Hội cũng triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, hướng dẫn 2.300 hội viên cài đặt ứng dụng nhật ký canh tác điện tử.
Tại buổi giao ban, ông Kim Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã Tập Sơn, phản ánh tình trạng xâm nhập mặn sớm ảnh hưởng đến 420 ha lúa của đồng bào Khmer. Bà Thạch Thị Chanh Đa, Chi hội trưởng Chi hội Nông dân ấp Leng, xã Tập Sơn, đề nghị Hội tỉnh hỗ trợ giống lúa chịu mặn. Ông Võ Văn Út, Chủ tịch Hội Nông dân xã Chợ Lách, cho biết hội viên trồng sầu riêng đang cần hướng dẫn cấp mã số vùng trồng để xuất khẩu.
Ông Lê Văn Đông thông tin thêm, thực hiện Kế hoạch 15, 16-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, quý IV Hội sẽ tổ chức 30 lớp tập huấn chuyển đổi số và 2 hội nghị xúc tiến tiêu thụ nông sản.
Kết luận buổi giao ban, ông Trần Văn Khởi yêu cầu các cấp Hội bám sát Hướng dẫn số 27-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về hoạt động của các tổ chức chính trị - xã hội trực thuộc; khẩn trương rà soát, bàn giao hồ sơ các nguồn vốn ủy thác, không để thất thoát; chủ động phương án phòng, chống hạn, mặn mùa khô 2025 - 2026.
Các đại biểu cũng thống nhất tổ chức Hội thi "Nhà nông đua tài" cấp tỉnh vào tháng 12 với sự tham gia của 18 đội thi.
Thanh Tâm
Tin cùng chuyên mục
- Hội Nông dân xã Long Hồ ra mắt tổ hợp tác trồng bưởi (03/10/2025)
- Tập huấn kỹ năng bán hàng qua mạng cho nông dân (26/09/2025)
- Trao 50 triệu đồng vốn vay cho hội viên nghèo (19/09/2025)
""", "2025-10-10", "Nông dân Vĩnh Long liên kết sản xuất, tiêu thụ 9.800 tấn dừa",
E("giao_ban", "2025-Q3", "2025-10-09"),
[P("Trần Văn Khởi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Bé Năm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Đông", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Kim Sô Phal", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã Tập Sơn"),
 P("Thạch Thị Chanh Đa", "Chi hội trưởng Chi hội Nông dân ấp Leng"),
 P("Võ Văn Út", "Chủ tịch Hội Nông dân xã Chợ Lách")],
[Q("9.800 tấn", 9800, "tấn"), Q("124 cơ sở Hội", 124, "cơ sở Hội"), Q("1.870 hội viên mới", 1870, "hội viên mới"),
 Q("214 tỷ đồng", 214000000000, "đồng"), Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("318 hộ", 318, "hộ"), Q("5%", 5, "%"),
 Q("2.300 hội viên", 2300, "hội viên"), Q("420 ha", 420, "ha"), Q("30 lớp tập huấn chuyển đổi số", 30, "lớp tập huấn chuyển đổi số"),
 Q("2 hội nghị xúc tiến tiêu thụ nông sản", 2, "hội nghị xúc tiến tiêu thụ nông sản"), Q("18 đội thi", 18, "đội thi")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "15", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 15, 16-KH/HNDT"),
 D("Kế hoạch", "16", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 15, 16-KH/HNDT"),
 D("Hướng dẫn", "27", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27-HD/MTTW-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Chợ Lách")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Quỹ Hỗ trợ nông dân", "Nhà nông đua tài"],
["Thứ Sáu, 10/10/2025 15:20", "quý III năm 2025", "quý IV", "mùa khô 2025 - 2026", "tháng 12"]))

PAGES.append(page("b9313-lamdong-lhpn-taphuan-2025", """
Báo Lâm Đồng điện tử
Xã hội › Phụ nữ - Gia đình
Ngày 14/11/2025 | 08:45
Tập huấn chuyển đổi số cho cán bộ Hội phụ nữ cơ sở
Trong 3 ngày, từ 11 đến 13/11/2025, tại phường Bắc Gia Nghĩa, Hội LHPN tỉnh Lâm Đồng tổ chức lớp tập huấn nâng cao năng lực chuyển đổi số năm 2025 cho 120 học viên là chủ tịch, phó chủ tịch Hội LHPN các xã, phường khu vực phía Tây của tỉnh (trước đây thuộc tỉnh Đắk Nông).
Khai mạc lớp học, bà Ka Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cho biết: sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, địa bàn hoạt động của Hội rộng gấp ba lần, có 124 xã, phường, đặc khu với hơn 410.000 hội viên. Việc quản lý hội viên, chỉ đạo cơ sở không thể chỉ dựa vào giấy tờ, họp trực tiếp mà phải chuyển mạnh sang môi trường số.
Lớp học triển khai Kế hoạch số 06-KH/HLHPN của Ban Thường vụ Hội LHPN tỉnh về thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị và phong trào "Bình dân học vụ số". Học viên được TS. Hoàng Minh Quân, Phó Giám đốc Sở Khoa học và Công nghệ, hướng dẫn sử dụng phần mềm quản lý hội viên, ký số văn bản, họp trực tuyến và tạo nội dung tuyên truyền trên mạng xã hội. Bà H'Riêm, Trưởng ban Tuyên giáo - Chính sách, Luật pháp Hội LHPN tỉnh, giới thiệu cách nhận diện tin giả, phòng tránh lừa đảo qua mạng nhắm vào phụ nữ.
Chị Thị Thanh Huyền, người Mnông, Chủ tịch Hội LHPN xã Quảng Sơn, chia sẻ: "Xã mới có 3 xã cũ nhập lại, có thôn cách trung tâm hơn 40 km. Nếu biết họp qua điện thoại thì chị em bớt đi lại". Bà Thông Thị Phương, Phó Chủ tịch Hội LHPN xã Bắc Bình, cho biết chi hội ở thôn người Chăm đã lập nhóm Zalo với 96 thành viên để thông báo lịch sinh hoạt.
Theo khảo sát của Hội LHPN tỉnh, đến tháng 10/2025 mới có 62% cán bộ Hội cấp xã sử dụng thành thạo phần mềm văn phòng điện tử; khoảng 35% chi hội trưởng chưa có điện thoại thông minh. Hội đặt mục tiêu đến hết năm 2026, 100% cán bộ Hội cấp xã được tập huấn kỹ năng số, số hóa dữ liệu của ít nhất 80% hội viên.
Kết thúc lớp học, các học viên làm bài thu hoạch và thực hành lập trang tin của Hội LHPN xã. Hội LHPN tỉnh trao tặng 25 điện thoại thông minh cho chi hội trưởng có hoàn cảnh khó khăn, mỗi chiếc trị giá 2,5 triệu đồng, do doanh nghiệp tài trợ.
Lớp tập huấn tiếp theo dành cho 150 học viên khu vực phía Đông (trước đây thuộc tỉnh Bình Thuận) sẽ mở tại phường Phan Thiết vào đầu tháng 12.
Ngọc Ngà
Lượt xem: 512
Tin liên quan
- Hội LHPN tỉnh ra mắt mô hình "Chi hội phụ nữ số" (05/11/2025)
- Phụ nữ K'Ho giữ nghề dệt thổ cẩm (28/10/2025)
- Trao 30 suất học bổng cho học sinh nữ dân tộc thiểu số (20/10/2025)
""", "2025-11-14", "Tập huấn chuyển đổi số cho cán bộ Hội phụ nữ cơ sở",
E("tap_huan", "2025", "2025-11-11"),
[P("Ka Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Minh Quân", "TS.", "Phó Giám đốc Sở Khoa học và Công nghệ"),
 P("H'Riêm", "Trưởng ban Tuyên giáo - Chính sách, Luật pháp Hội LHPN tỉnh"),
 P("Thị Thanh Huyền", "Chủ tịch Hội LHPN xã Quảng Sơn"),
 P("Thông Thị Phương", "Phó Chủ tịch Hội LHPN xã Bắc Bình")],
[Q("120 học viên", 120, "học viên"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 410.000 hội viên", 410000, "hội viên", "over"), Q("3 xã cũ", 3, "xã cũ"), Q("hơn 40 km", 40, "km", "over"),
 Q("96 thành viên", 96, "thành viên"), Q("62%", 62, "%"), Q("khoảng 35%", 35, "%", "approx"), Q("100%", 100, "%"),
 Q("ít nhất 80%", 80, "%", "over"), Q("25 điện thoại thông minh", 25, "điện thoại thông minh"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("150 học viên", 150, "học viên")],
[D("Kế hoạch", "06", "KH/HLHPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 06-KH/HLHPN"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Sơn"), com("Bắc Bình"), com("Phan Thiết")],
["Báo Lâm Đồng điện tử", "Xã hội › Phụ nữ - Gia đình", "Bình dân học vụ số", "Zalo", "Lượt xem: 512"],
["Ngày 14/11/2025 | 08:45", "3 ngày", "năm 2025", "gấp ba lần", "tháng 10/2025", "năm 2026", "tháng 12", "Lượt xem: 512"]))

PAGES.append(page("b9314-dongnai-hnd-tongket-2025", """
ĐỒNG NAI ĐIỆN TỬ - Báo và Phát thanh, Truyền hình Đồng Nai
Chính trị - Xã hội >> Mặt trận - Đoàn thể
Thứ Ba, 23/12/2025 - 10:10
Đồng chí Điểu Đông trao bằng khen cho các tập thể.
Hội Nông dân tỉnh khép lại năm đầu tiên sau hợp nhất
Ngày 22/12, Hội Nông dân tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, đề ra phương hướng, nhiệm vụ năm 2026. Đây là năm đặc biệt khi Hội Nông dân hai tỉnh Đồng Nai và Bình Phước hợp nhất từ ngày 1/7, trực thuộc Ủy ban MTTQ Việt Nam tỉnh.
Dự hội nghị có đồng chí Lý Kiến Minh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Đào Thị Kim Chi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đồng chí Điểu Đông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì.
Năm 2025, dù vừa hoạt động vừa sắp xếp tổ chức, các cấp Hội vẫn hoàn thành và vượt 11/12 chỉ tiêu. Toàn tỉnh kết nạp 5.460 hội viên mới, nâng tổng số lên hơn 312.000 hội viên; 98.700 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 186 tỷ đồng, tăng 14,2 tỷ đồng so với đầu năm. Hội đã hướng dẫn thành lập mới 36 tổ hợp tác, 9 hợp tác xã; 74 sản phẩm của hội viên đạt chứng nhận OCOP từ 3 sao trở lên.
Thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, Hội Nông dân tỉnh ký Quy chế phối hợp số 03-QCPH/HND-NHCSXH với Chi nhánh Ngân hàng Chính sách xã hội tỉnh, giúp 2.870 hộ vay vốn với tổng dư nợ mới 196 tỷ đồng. Hội cũng tham gia giải quyết 43 vụ việc tranh chấp đất đai trong nông dân, hòa giải thành 35 vụ.
Tại hội nghị, bà Thị Nhung, người S'tiêng, Chủ tịch Hội Nông dân xã Bù Đăng, chia sẻ mô hình tổ hợp tác trồng điều hữu cơ liên kết với doanh nghiệp xuất khẩu, giá bán cao hơn 15%. Ông Trần Văn Lộc, Chủ tịch Hội Nông dân xã Phú Lý, đề nghị hỗ trợ nông dân vùng đệm rừng chuyển sang trồng cây dược liệu dưới tán rừng. Ông Lâm Hữu Phước, Giám đốc Hợp tác xã nông nghiệp Bình Lộc, phường Bình Lộc, cho biết hợp tác xã đã bán 1.200 tấn bưởi qua sàn thương mại điện tử.
Phát biểu chỉ đạo, đồng chí Lý Kiến Minh đề nghị năm 2026 Hội Nông dân tỉnh tập trung tuyên truyền, vận động nông dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phát triển kinh tế tập thể, gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Hội Nông dân tỉnh tặng Giấy khen cho 38 tập thể và 64 cá nhân.
Hoàng Lộc
Lượt xem: 928
Tin liên quan
- Nông dân Đồng Nai thi đua sản xuất Tết (18/12/2025)
- Hội Nông dân tỉnh giám sát việc cấp giấy chứng nhận quyền sử dụng đất (10/12/2025)
- Tôn vinh 100 nông dân tiêu biểu năm 2025 (02/12/2025)
""", "2025-12-23", "Hội Nông dân tỉnh khép lại năm đầu tiên sau hợp nhất",
E("tong_ket", "2025", "2025-12-22"),
[P("Lý Kiến Minh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đào Thị Kim Chi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thị Nhung", "Chủ tịch Hội Nông dân xã Bù Đăng"),
 P("Trần Văn Lộc", "Chủ tịch Hội Nông dân xã Phú Lý"),
 P("Lâm Hữu Phước", "Giám đốc Hợp tác xã nông nghiệp Bình Lộc")],
[Q("11/12 chỉ tiêu", 11, "chỉ tiêu"), Q("5.460 hội viên mới", 5460, "hội viên mới"), Q("hơn 312.000 hội viên", 312000, "hội viên", "over"),
 Q("98.700 hộ", 98700, "hộ"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("36 tổ hợp tác", 36, "tổ hợp tác"), Q("9 hợp tác xã", 9, "hợp tác xã"), Q("74 sản phẩm", 74, "sản phẩm"),
 Q("2.870 hộ", 2870, "hộ"), Q("196 tỷ đồng", 196000000000, "đồng"), Q("43 vụ việc tranh chấp đất đai", 43, "vụ việc tranh chấp đất đai"),
 Q("35 vụ", 35, "vụ"), Q("15%", 15, "%"), Q("1.200 tấn", 1200, "tấn"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("38 tập thể", 38, "tập thể"), Q("64 cá nhân", 64, "cá nhân")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Quy chế phối hợp", "03", "QCPH/HND-NHCSXH", None, None, "Quy chế phối hợp số 03-QCPH/HND-NHCSXH")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Phú Lý"), com("Bình Lộc")],
["ĐỒNG NAI ĐIỆN TỬ - Báo và Phát thanh, Truyền hình Đồng Nai", "Chính trị - Xã hội >> Mặt trận - Đoàn thể",
 "Đồng chí Điểu Đông trao bằng khen cho các tập thể.", "Quỹ Hỗ trợ nông dân", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
 "Lượt xem: 928"],
["Thứ Ba, 23/12/2025 - 10:10", "năm 2025", "năm 2026", "ngày 1/7", "3 sao", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 928"]))

PAGES.append(page("b9315-phutho-lhpn-daihoi-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MAI CHÂU - TỈNH PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Hoạt động đoàn thể
15/05/2026 | 16:20 GMT+7
Đại hội đại biểu Phụ nữ xã Mai Châu lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 13/5/2026, Hội LHPN xã Mai Châu long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội LHPN xã sau khi sắp xếp đơn vị hành chính, được Hội LHPN tỉnh chọn làm điểm để rút kinh nghiệm cho các xã, phường.
Về dự có bà Bùi Thị Nga, Phó Chủ tịch Hội LHPN tỉnh Phú Thọ; ông Hà Văn Sơn, Bí thư Đảng ủy xã Mai Châu; ông Lò Văn Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự Đại hội có 150 đại biểu chính thức, đại diện cho hơn 4.600 hội viên của 28 chi hội.
Báo cáo của Ban Chấp hành khóa trước cho thấy, nhiệm kỳ 2021 - 2026, các chi hội đã vận động chị em đóng góp 1,6 tỷ đồng xây dựng nông thôn mới, hiến 3.200 m2 đất làm đường; hướng dẫn 86 hộ người Thái làm du lịch cộng đồng ở các bản Lác, Pom Coọng, Văn. Tổ hợp tác dệt thổ cẩm của Hội có 45 thành viên, doanh thu bình quân 1,2 tỷ đồng/năm. Các cấp Hội đã giúp 132 hộ thoát nghèo, xây 6 căn nhà "Mái ấm tình thương".
Thực hiện Kế hoạch số 28-KH/ĐU ngày 2/3/2026 của Ban Thường vụ Đảng ủy xã và Hướng dẫn số 12-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về đại hội phụ nữ các cấp, Đại hội đã thảo luận, góp ý vào dự thảo văn kiện Đại hội đại biểu Phụ nữ tỉnh Phú Thọ lần thứ I.
Tham luận tại Đại hội, chị Vì Thị Hoa, Chi hội trưởng phụ nữ bản Lác, chia sẻ kinh nghiệm giữ gìn nhà sàn, dân ca Thái để phục vụ khách du lịch. Chị Bùi Thị Thắm, người Mường, Chi hội trưởng phụ nữ xóm Chiềng Sại, nêu cách vận động chị em trồng rau an toàn cung cấp cho các homestay.
Phát biểu chỉ đạo, bà Bùi Thị Nga đề nghị Ban Chấp hành khóa mới chú trọng hỗ trợ phụ nữ phát triển du lịch xanh, bảo tồn văn hóa, tham gia chuyển đổi số; quan tâm phụ nữ đơn thân, phụ nữ cao tuổi.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 19 đồng chí. Bà Hà Thị Thơm được bầu giữ chức Chủ tịch Hội LHPN xã Mai Châu khóa I; bà Lò Thị Ánh, bà Đinh Thị Mến - Phó Chủ tịch Hội LHPN xã khóa I. Đại hội bầu 7 đại biểu chính thức dự Đại hội đại biểu Phụ nữ tỉnh Phú Thọ lần thứ I.
Đại hội thông qua 9 chỉ tiêu chủ yếu của nhiệm kỳ, trong đó phấn đấu thu hút 90% trở lên phụ nữ từ 18 tuổi vào Hội, mỗi năm hỗ trợ ít nhất 10 hộ thoát nghèo bền vững.
Ban Biên tập
Lượt truy cập: 23.416
Tin khác
- Xã Mai Châu ra quân làm đường giao thông nông thôn (08/05/2026)
- Lễ hội Xên bản, Xên mường năm 2026 (25/04/2026)
- Hội Nông dân xã tập huấn trồng rau an toàn (15/04/2026)
""", "2026-05-15", "Đại hội đại biểu Phụ nữ xã Mai Châu lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-05-13"),
[P("Bùi Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh Phú Thọ"),
 P("Hà Văn Sơn", "Bí thư Đảng ủy xã Mai Châu"),
 P("Lò Văn Tuấn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vì Thị Hoa", "Chi hội trưởng phụ nữ bản Lác"),
 P("Bùi Thị Thắm", "Chi hội trưởng phụ nữ xóm Chiềng Sại"),
 P("Hà Thị Thơm", "Chủ tịch Hội LHPN xã Mai Châu khóa I"),
 P("Lò Thị Ánh", "Phó Chủ tịch Hội LHPN xã khóa I"),
 P("Đinh Thị Mến", "Phó Chủ tịch Hội LHPN xã khóa I")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 4.600 hội viên", 4600, "hội viên", "over"), Q("28 chi hội", 28, "chi hội"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("3.200 m2", 3200, "m2"), Q("86 hộ người Thái", 86, "hộ người Thái"),
 Q("45 thành viên", 45, "thành viên"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("132 hộ", 132, "hộ"), Q("6 căn nhà", 6, "căn nhà"),
 Q("19 đồng chí", 19, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"), Q("9 chỉ tiêu chủ yếu", 9, "chỉ tiêu chủ yếu"),
 Q("90% trở lên", 90, "%", "over"), Q("ít nhất 10 hộ", 10, "hộ", "over")],
[D("Kế hoạch", "28", "KH/ĐU", "2026-03-02", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 28-KH/ĐU ngày 2/3/2026"),
 D("Hướng dẫn", "12", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12-HD/ĐCT")],
[prov("Phú Thọ"), com("Mai Châu")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MAI CHÂU - TỈNH PHÚ THỌ", "Trang chủ | Tin tức - Sự kiện | Hoạt động đoàn thể", "Mái ấm tình thương",
 "Lượt truy cập: 23.416"],
["15/05/2026 | 16:20 GMT+7", "lần thứ I", "nhiệm kỳ 2026 - 2031", "nhiệm kỳ 2021 - 2026", "khóa I", "19 đồng chí", "18 tuổi",
 "Lượt truy cập: 23.416"]))

PAGES.append(page("b9316-quangngai-hnd-doithoai-2026", """
Chủ Nhật, 14/06/2026
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị | Dân vận
Ngày đăng 12/06/2026 08:10
Quang cảnh buổi đối thoại. Ảnh: Y Thanh
Xã Đăk Tô đối thoại với nông dân về chuyển đổi cây trồng
(Báo Quảng Ngãi) - Ngày 11/6/2026, Đảng ủy, UBND xã Đăk Tô phối hợp với Hội Nông dân xã tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với hội viên nông dân. Tham dự có hơn 200 hội viên nông dân đến từ 14 thôn, trong đó nhiều người là đồng bào Xơ Đăng.
Chủ trì đối thoại có ông A Kiên, Bí thư Đảng ủy xã Đăk Tô; ông Nguyễn Văn Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Y Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 42-KH/ĐU ngày 20/5/2026 của Ban Thường vụ Đảng ủy xã. Trước buổi đối thoại, Hội Nông dân xã đã tổng hợp 27 ý kiến, kiến nghị của hội viên, tập trung vào chuyển đổi cây mì, cây cà phê già cỗi sang trồng sâm dây, mắc ca; vay vốn; cấp giấy chứng nhận quyền sử dụng đất và giá vật tư nông nghiệp.
Ông A Phương, thôn Kon Tu Peng, đề nghị xã hỗ trợ giống mắc ca cho các hộ muốn chuyển đổi 2 ha cà phê già cỗi. Bà Y Hiền, thôn Đăk Rao Lớn, phản ánh giá phân bón tăng cao, thương lái ép giá mì tươi xuống còn 2.100 đồng/kg. Ông Đinh Văn Khải, Chi hội trưởng Chi hội Nông dân thôn Tân Điền, kiến nghị sớm sửa 1,5 km kênh mương nội đồng bị sạt lở sau mùa mưa năm 2025.
Trả lời các kiến nghị, ông Nguyễn Văn Hùng cho biết năm 2026 xã dành 1,8 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ giống cây trồng cho 160 hộ; kênh mương thôn Tân Điền sẽ được khắc phục trước tháng 8. Về giấy chứng nhận quyền sử dụng đất, xã đã cấp 312 giấy, còn 58 trường hợp đang hoàn thiện hồ sơ.
Kết luận buổi đối thoại, ông A Kiên ghi nhận 23/27 ý kiến đã được trả lời trực tiếp; 4 ý kiến còn lại giao các phòng chuyên môn của UBND xã trả lời bằng văn bản trong 15 ngày. Ông đề nghị Hội Nông dân xã tiếp tục phát huy vai trò cầu nối, hướng dẫn nông dân liên kết sản xuất theo chuỗi, không chạy theo phong trào.
Được biết, đây là lần đầu xã Đăk Tô tổ chức đối thoại với nông dân sau khi sáp nhập tỉnh Kon Tum vào tỉnh Quảng Ngãi và sắp xếp chính quyền địa phương hai cấp.
Y Thanh
Tin liên quan
- Hội Nông dân tỉnh tập huấn trồng sâm dây dưới tán rừng (05/06/2026)
- Xã Ngọk Tụ ra mắt tổ hợp tác trồng mắc ca (28/05/2026)
- Trao 100 triệu đồng vốn Quỹ Hỗ trợ nông dân cho hội viên xã Đăk Tô (20/05/2026)
""", "2026-06-12", "Xã Đăk Tô đối thoại với nông dân về chuyển đổi cây trồng",
E("doi_thoai", "2026", "2026-06-11"),
[P("A Kiên", "Bí thư Đảng ủy xã Đăk Tô"),
 P("Nguyễn Văn Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("A Phương"),
 P("Y Hiền"),
 P("Đinh Văn Khải", "Chi hội trưởng Chi hội Nông dân thôn Tân Điền")],
[Q("hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"), Q("14 thôn", 14, "thôn"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("2 ha", 2, "ha"), Q("2.100 đồng", 2100, "đồng"), Q("1,5 km", 1.5, "km"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("160 hộ", 160, "hộ"),
 Q("312 giấy", 312, "giấy"), Q("58 trường hợp", 58, "trường hợp"), Q("23/27 ý kiến", 23, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "42", "KH/ĐU", "2026-05-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 42-KH/ĐU ngày 20/5/2026")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chính trị | Dân vận", "Quang cảnh buổi đối thoại. Ảnh: Y Thanh", "(Báo Quảng Ngãi)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Chủ Nhật, 14/06/2026", "Ngày đăng 12/06/2026 08:10", "năm 2026", "năm 2025", "tháng 8", "15 ngày"]))
