from lib import *
PAGES = []

# b383 Tây Ninh after the merger with Long An, Hội Nông dân tỉnh, đối thoại năm 2026 (title between dashes, quoted OCOP programme, money and counts side by side)
PAGES.append(page("b383-tayninh-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH TÂY NINH
Cổng thông tin điện tử Hội Nông dân
Trang chủ > Tin tức > Đối thoại - Kiến nghị

Nông dân Tây Ninh hỏi chuyện giá lúa, vốn vay với lãnh đạo tỉnh
Đăng ngày 26/3/2026 lúc 14g05

Sáng 24/3, tại xã Hậu Nghĩa, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026. Hơn 250 hội viên nông dân của các xã thuộc tỉnh Long An trước đây và Tây Ninh dự.

Nông dân nêu ý kiến tại hội nghị đối thoại. Ảnh: Ngọc Hân

Chủ trì đối thoại có đồng chí Võ Minh Trí, Phó Chủ tịch UBND tỉnh và đồng chí Lê Văn Đởm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.

Tại hội nghị, nông dân nêu 48 ý kiến, kiến nghị. Ông Trần Văn Tư – hội viên Hội Nông dân xã Mỹ Quý – cho biết giá lúa tươi chỉ còn khoảng 5.900 đồng/kg, trong khi chi phí đã lên 28 triệu đồng/ha. Bà Thạch Thị Xuân, người Khmer, Tổ trưởng tổ hợp tác trồng mía xã Tân Đông, đề nghị hỗ trợ tiêu thụ sản phẩm thuộc Chương trình "Mỗi xã một sản phẩm".

Trả lời nông dân, đại diện Sở Nông nghiệp và Môi trường cho biết tỉnh đang triển khai Quyết định 815/QĐ-UBND ngày 12/2/2026 của UBND tỉnh về liên kết tiêu thụ lúa trên khoảng 1.200 ha. Quỹ Hỗ trợ nông dân các cấp hiện cho 3.400 hộ vay 96,7 tỷ đồng; từ nay đến cuối năm sẽ giải ngân thêm 15 tỷ đồng.

Kết luận, đồng chí Võ Minh Trí yêu cầu các sở trả lời bằng văn bản các ý kiến trước ngày 15/4 và giao Hội Nông dân tỉnh giám sát việc thực hiện Nghị quyết 68, 69/NQ-HĐND của HĐND tỉnh về hỗ trợ sản xuất nông nghiệp.

Hồng Nhung
Lượt xem: 704

Tin khác
- Hội Nông dân tỉnh ra mắt sau hợp nhất
- Nông dân xã Đức Huệ thu hoạch lúa Đông Xuân
""", "2026-03-26",
"Nông dân Tây Ninh hỏi chuyện giá lúa, vốn vay với lãnh đạo tỉnh",
E("doi_thoai", "2026", "2026-03-24"),
[P("Võ Minh Trí", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Văn Đởm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Tư", "hội viên Hội Nông dân xã Mỹ Quý"),
 P("Thạch Thị Xuân", "Tổ trưởng tổ hợp tác trồng mía xã Tân Đông")],
[Q("Hơn 250 hội viên nông dân", 250, "hội viên nông dân", "over"),
 Q("48 ý kiến, kiến nghị", 48, "ý kiến, kiến nghị"),
 Q("khoảng 5.900 đồng/kg", 5900, "đồng", "approx"),
 Q("28 triệu đồng/ha", 28000000, "đồng"),
 Q("khoảng 1.200 ha", 1200, "ha", "approx"),
 Q("3.400 hộ", 3400, "hộ"),
 Q("96,7 tỷ đồng", 96700000000, "đồng"),
 Q("15 tỷ đồng", 15000000000, "đồng")],
[D("Quyết định", "815", "QĐ-UBND", "2026-02-12", "UBND tỉnh", "Quyết định 815/QĐ-UBND"),
 D("Nghị quyết", "68", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 68, 69/NQ-HĐND"),
 D("Nghị quyết", "69", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 68, 69/NQ-HĐND")],
[prov("Tây Ninh"), prov("Long An"), com("Hậu Nghĩa"), com("Mỹ Quý"), com("Tân Đông")],
["HỘI NÔNG DÂN TỈNH TÂY NINH", "Cổng thông tin điện tử Hội Nông dân", "Trang chủ > Tin tức > Đối thoại - Kiến nghị",
 "Nông dân nêu ý kiến tại hội nghị đối thoại. Ảnh: Ngọc Hân", "Mỗi xã một sản phẩm", "Sở Nông nghiệp và Môi trường",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 704"],
["năm 2026", "Sáng 24/3", "ngày 15/4", "14g05", "Lượt xem: 704"]))

# b384 Vĩnh Long after the merger with Bến Tre and Trà Vinh, Tỉnh đoàn, trao học bổng (figure in headline, lead and caption; Khmer monk; quoted programme)
PAGES.append(page("b384-vinhlong-tinhdoan-hocbong-2026", """
TỈNH ĐOÀN VĨNH LONG
Tuổi trẻ Vĩnh Long - Trang tin điện tử
Bạn đang xem: Trang chủ » Hoạt động » Tình nguyện

Trao 265 suất học bổng "Tiếp sức đến trường" cho học sinh Khmer
Thứ Bảy, 18/04/2026 - 07:30

(TTVL) - Ngày 16/4, tại chùa Âng, phường Trà Vinh, Ban Thường vụ Tỉnh đoàn phối hợp với các nhà tài trợ trao 265 suất học bổng "Tiếp sức đến trường" cho học sinh Khmer vượt khó học giỏi, mỗi suất gồm 2 triệu đồng tiền mặt và 1 bộ dụng cụ học tập.

Trao 265 suất học bổng cho học sinh Khmer tại chùa Âng.

Tổng trị giá chương trình là 530 triệu đồng. Trong đó có 120 suất dành cho học sinh ở xã Tập Sơn và xã Hòa Minh thuộc tỉnh Trà Vinh cũ; 45 suất dành cho học sinh các xã ven biển của Bến Tre trước đây.

Đến dự và trao học bổng có đồng chí Kim Minh Thành, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; Đại đức Thạch Sa Phía, trụ trì chùa Âng; các Phó Bí thư Tỉnh đoàn Sơn Thị Bích Tuyền, Nguyễn Hữu Lộc.

Em Thạch Thị Sà Ly, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú, xúc động: "Số tiền học bổng giúp em mua chiếc xe đạp để đi học". Theo Tỉnh đoàn, từ năm 2024 đến nay, chương trình đã trao 1.140 suất học bổng với tổng trị giá hơn 2,1 tỷ đồng.

Cũng dịp này, Đoàn phường Trà Vinh ra mắt 3 lớp học tiếng Khmer miễn phí cho 90 thiếu nhi trong hè. Các lớp do sư sãi chùa Âng và đoàn viên là giáo viên người Khmer trực tiếp đứng lớp, học vào sáng thứ Bảy và Chủ nhật hằng tuần.

Tuổi trẻ Vĩnh Long
Lượt xem: 1.275

Tin liên quan
- Tỉnh đoàn Vĩnh Long ra quân Tháng Thanh niên năm 2026
- Đoàn xã Tập Sơn trao nhà nhân ái
""", "2026-04-18",
'Trao 265 suất học bổng "Tiếp sức đến trường" cho học sinh Khmer',
E("trao_qua", None, "2026-04-16"),
[P("Kim Minh Thành", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Thạch Sa Phía", "Đại đức", "trụ trì chùa Âng"),
 P("Sơn Thị Bích Tuyền", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Hữu Lộc", "Phó Bí thư Tỉnh đoàn"),
 P("Thạch Thị Sà Ly", "học sinh lớp 11 Trường Phổ thông Dân tộc nội trú")],
[Q("265 suất học bổng", 265, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("1 bộ dụng cụ học tập", 1, "bộ dụng cụ học tập"),
 Q("530 triệu đồng", 530000000, "đồng"),
 Q("120 suất", 120, "suất"),
 Q("45 suất", 45, "suất"),
 Q("1.140 suất học bổng", 1140, "suất học bổng"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("3 lớp học tiếng Khmer", 3, "lớp học tiếng Khmer"),
 Q("90 thiếu nhi", 90, "thiếu nhi")],
[],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Trà Vinh"), com("Tập Sơn"), com("Hòa Minh")],
["TỈNH ĐOÀN VĨNH LONG", "Tuổi trẻ Vĩnh Long - Trang tin điện tử", "Bạn đang xem: Trang chủ » Hoạt động » Tình nguyện",
 "Trao 265 suất học bổng cho học sinh Khmer tại chùa Âng.", "Tiếp sức đến trường", "chùa Âng",
 "Trường Phổ thông Dân tộc nội trú", "Tuổi trẻ Vĩnh Long", "Lượt xem: 1.275"],
["lớp 11", "từ năm 2024", "Ngày 16/4", "07:30", "Lượt xem: 1.275"]))

# b385 Cần Thơ after the merger with Sóc Trăng and Hậu Giang, Hội CCB thành phố, sơ kết 6 tháng đầu năm 2026 (period in headline, kind in lead; documents without a symbol)
PAGES.append(page("b385-cantho-ccb-soket-2026h1", """
HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ
Trang tin điện tử Hội CCB
Trang chủ >> Tin hoạt động >> Hội CCB thành phố

6 tháng đầu năm 2026, CCB thành phố giúp 212 hội viên thoát nghèo
Đăng lúc 08 giờ 30, ngày 25/6/2026

Ngày 23/6, Thường trực Hội CCB thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Hội, triển khai nhiệm vụ những tháng cuối năm. Dự hội nghị có 63 đồng chí là Chủ tịch Hội CCB các xã, phường.

Đại tá Nguyễn Hoàng Thơ phát biểu khai mạc hội nghị.

Hội CCB thành phố hiện có hơn 34.800 hội viên, trong đó 5.120 hội viên ở các phường, xã thuộc tỉnh Sóc Trăng và tỉnh Hậu Giang trước đây. Sáu tháng qua, các cấp Hội giúp 212 hội viên thoát nghèo, xây 46 nhà đồng đội trị giá 2,76 tỷ đồng; hòa giải thành 35 vụ mâu thuẫn trong khu dân cư.

Các cấp Hội thực hiện Hướng dẫn 07, 08 của Thường trực Hội CCB thành phố về củng cố tổ chức Hội sau hợp nhất và Nghị quyết 09-NQ/CCB của Ban Chấp hành Hội CCB thành phố.

Tham luận tại hội nghị, đồng chí Sơn Chanh Đa, Chủ tịch Hội CCB phường Sóc Trăng, cho biết Hội vận động 14 hộ Khmer hiến 2.300 m2 đất làm đường vào chùa. Đồng chí Trần Quốc Việt, Phó Chủ tịch Thường trực - Chánh Văn phòng Hội CCB thành phố, báo cáo về 9 doanh nghiệp của CCB ở xã Vị Thủy và xã Lịch Hội Thượng tạo việc làm cho 380 lao động.

Kết luận hội nghị, Đại tá Nguyễn Hoàng Thơ, Chủ tịch Hội CCB thành phố, đề nghị phấn đấu cuối năm không còn hội viên thuộc hộ nghèo.

CCB Cần Thơ
Lượt xem: 467

Bài viết liên quan
- Hội CCB thành phố Cần Thơ ra mắt Ban Chấp hành mới
- CCB Sóc Trăng giúp nhau làm kinh tế
""", "2026-06-25",
"6 tháng đầu năm 2026, CCB thành phố giúp 212 hội viên thoát nghèo",
E("so_ket", "2026-H1", "2026-06-23"),
[P("Nguyễn Hoàng Thơ", "Đại tá", "Chủ tịch Hội CCB thành phố"),
 P("Sơn Chanh Đa", "Chủ tịch Hội CCB phường Sóc Trăng"),
 P("Trần Quốc Việt", "Phó Chủ tịch Thường trực - Chánh Văn phòng Hội CCB thành phố")],
[Q("212 hội viên", 212, "hội viên"),
 Q("63 đồng chí", 63, "đồng chí"),
 Q("hơn 34.800 hội viên", 34800, "hội viên", "over"),
 Q("5.120 hội viên", 5120, "hội viên"),
 Q("46 nhà đồng đội", 46, "nhà đồng đội"),
 Q("2,76 tỷ đồng", 2760000000, "đồng"),
 Q("35 vụ mâu thuẫn", 35, "vụ mâu thuẫn"),
 Q("14 hộ Khmer", 14, "hộ Khmer"),
 Q("2.300 m2", 2300, "m2"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("380 lao động", 380, "lao động")],
[D("Hướng dẫn", "07", None, None, "Thường trực Hội CCB thành phố", "Hướng dẫn 07, 08"),
 D("Hướng dẫn", "08", None, None, "Thường trực Hội CCB thành phố", "Hướng dẫn 07, 08"),
 D("Nghị quyết", "09", "NQ/CCB", None, "Ban Chấp hành Hội CCB thành phố", "Nghị quyết 09-NQ/CCB")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Vị Thủy"), com("Lịch Hội Thượng")],
["HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ", "Trang tin điện tử Hội CCB", "Trang chủ >> Tin hoạt động >> Hội CCB thành phố",
 "Đại tá Nguyễn Hoàng Thơ phát biểu khai mạc hội nghị.", "CCB Cần Thơ", "Lượt xem: 467"],
["63 đồng chí", "6 tháng đầu năm 2026", "những tháng cuối năm", "Sáu tháng qua", "Ngày 23/6", "08 giờ 30", "Lượt xem: 467"]))

# b386 Bắc Ninh after the merger with Bắc Giang, Ban Tuyên giáo và Dân vận Tỉnh ủy, giao ban quý III/2026 (name (title), verb before title, Quy chế, mixed abbreviation)
PAGES.append(page("b386-bacninh-btgdv-giaoban-2026q3", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY BẮC NINH
Cổng thông tin điện tử Tuyên giáo - Dân vận
Trang chủ | Dân vận | Hoạt động khối dân vận

Giao ban khối dân vận quý III: 18 vụ việc phức tạp được giải quyết dứt điểm
Cập nhật: 15:02 | 30/9/2026

Chiều 29/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh chủ trì hội nghị giao ban khối dân vận quý III năm 2026, kết nối trực tuyến tới 99 điểm cầu xã, phường.

Đồng chí Lê Văn Cường phát biểu tại điểm cầu tỉnh.

Chủ trì giao ban là đồng chí Lê Văn Cường (Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy). Dự có đồng chí Nông Thị Diệp, Ủy viên BTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Trong quý, khối dân vận các cấp tổ chức 126 cuộc đối thoại với 4.280 lượt người tham dự; 18 vụ việc phức tạp liên quan đến giải phóng mặt bằng được giải quyết dứt điểm. Các cơ quan thực hiện Quy chế 08-QC/TU của Ban Thường vụ Tỉnh ủy về phối hợp giữa chính quyền và Mặt trận trong công tác dân vận, cùng Kế hoạch 115/KH-BTGDVTU ngày 2/7/2026.

Ở vùng núi phía bắc tỉnh (thuộc Bắc Giang cũ), đồng chí Hoàng Văn Thống (dân tộc Nùng), người vừa được Ban Thường vụ Tỉnh ủy luân chuyển về giữ chức Bí thư Đảng ủy xã Tây Yên Tử, cho biết xã đã vận động 57 hộ Nùng, Sán Chay bàn giao 11,4 ha đất làm đường. Ông Lục Văn Sằn, trưởng thôn Khe Rỗ, xã Sơn Động, chia sẻ cách giữ 300 ha rừng tự nhiên.

Tại xã Biển Động, mô hình "Dân vận khéo" trong chuyển đổi 85 ha vải thiều sang trồng cây ăn quả có múi giúp thu nhập tăng khoảng 30%.

Kết luận, đồng chí Lê Văn Cường đề nghị quý IV tập trung nắm tình hình nhân dân, không để phát sinh khiếu kiện đông người.

Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 612

Tin khác
- Bắc Ninh: Giao ban công tác dân vận quý II năm 2026
- Xã Tây Yên Tử ra mắt tổ hòa giải ở thôn
""", "2026-09-30",
"Giao ban khối dân vận quý III: 18 vụ việc phức tạp được giải quyết dứt điểm",
E("giao_ban", "2026-Q3", "2026-09-29"),
[P("Lê Văn Cường", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Diệp", "Ủy viên BTV Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thống", "Bí thư Đảng ủy xã Tây Yên Tử"),
 P("Lục Văn Sằn", "trưởng thôn Khe Rỗ")],
[Q("18 vụ việc phức tạp", 18, "vụ việc phức tạp"),
 Q("99 điểm cầu", 99, "điểm cầu"),
 Q("126 cuộc đối thoại", 126, "cuộc đối thoại"),
 Q("4.280 lượt người", 4280, "lượt người"),
 Q("57 hộ Nùng, Sán Chay", 57, "hộ Nùng, Sán Chay"),
 Q("11,4 ha", 11.4, "ha"),
 Q("300 ha", 300, "ha"),
 Q("85 ha", 85, "ha"),
 Q("khoảng 30%", 30, "%", "approx")],
[D("Quy chế", "08", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế 08-QC/TU"),
 D("Kế hoạch", "115", "KH-BTGDVTU", "2026-07-02", None, "Kế hoạch 115/KH-BTGDVTU")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Tây Yên Tử"), com("Sơn Động"), com("Biển Động")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY BẮC NINH", "Cổng thông tin điện tử Tuyên giáo - Dân vận",
 "Trang chủ | Dân vận | Hoạt động khối dân vận", "Đồng chí Lê Văn Cường phát biểu tại điểm cầu tỉnh.", "Dân vận khéo",
 "thôn Khe Rỗ", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lượt xem: 612"],
["quý III năm 2026", "Trong quý", "quý IV", "Chiều 29/9", "15:02", "Lượt xem: 612"]))

# b387 Báo Đà Nẵng (city after the merger with Quảng Nam), portrait of a Cơ Tu Party cell secretary (no event; dated Quyết định of the city)
PAGES.append(page("b387-danang-bao-cotu-2026", """
BÁO ĐÀ NẴNG
Thứ Năm, 29/10/2026
Xã hội › Dân tộc - Miền núi

Người phụ nữ Cơ Tu giữ nếp làng Pơ'ning
29 Tháng 10, 2026 | 15:02

ĐNO - Hơn 10 năm làm cán bộ thôn, chị Tơngol Thị Ngân ở thôn Pơ'ning, xã Hùng Sơn đã cùng bà con đưa 64 hộ thoát nghèo, biến con đường đất trơn trượt thành đường bê tông dài 3,2 km.

Chị Tơngol Thị Ngân (bên phải) cùng phụ nữ trong thôn dệt thổ cẩm.

Năm 2023, chị được Đảng ủy xã tín nhiệm giao làm Bí thư Chi bộ thôn Pơ'ning, kiêm Trưởng Ban công tác Mặt trận thôn. Chị đến từng nhà vận động bà con góp 1.850 ngày công và hiến 4.600 m2 đất làm đường. Hiện thôn có 118 hộ, thu nhập bình quân đạt 42 triệu đồng/người/năm.

Già làng Coor Brôn, 78 tuổi, nói: "Ngân nói gì, dân làng cũng nghe, vì nó làm trước". Ông Ating Lâm, Chủ tịch UBND xã Hùng Sơn, cho biết mô hình tổ dệt thổ cẩm do chị Ngân thành lập có 26 thành viên, mỗi năm bán khoảng 600 sản phẩm. Những tấm thổ cẩm dệt hạt cườm của phụ nữ Pơ'ning nay đã có mặt ở các cửa hàng lưu niệm dưới phố, mang lại thêm nguồn thu cho nhiều gia đình.

Xã Hùng Sơn nay được hợp nhất từ các xã cũ của huyện Tây Giang, tỉnh Quảng Nam, trở thành một xã biên giới của thành phố Đà Nẵng. Theo bà Alăng Thị Mương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, thôn Pơ'ning là một trong 5 thôn tiêu biểu của xã trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

Với những đóng góp đó, chị Tơngol Thị Ngân được UBND thành phố Đà Nẵng tặng Bằng khen theo Quyết định số 3020/QĐ-UBND ngày 14/8/2026.

Bài và ảnh: Đoàn Hiếu
Lượt đọc: 906

Tin khác
- Đà Nẵng: Gặp mặt người có uy tín vùng đồng bào dân tộc thiểu số
- Tây Giang giữ rừng pơ mu
""", "2026-10-29",
"Người phụ nữ Cơ Tu giữ nếp làng Pơ'ning",
E(None, None, None),
[P("Tơngol Thị Ngân", "Bí thư Chi bộ thôn Pơ'ning", "Trưởng Ban công tác Mặt trận thôn"),
 P("Coor Brôn", "Già làng"),
 P("Ating Lâm", "Chủ tịch UBND xã Hùng Sơn"),
 P("Alăng Thị Mương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("64 hộ", 64, "hộ"),
 Q("3,2 km", 3.2, "km"),
 Q("1.850 ngày công", 1850, "ngày công"),
 Q("4.600 m2", 4600, "m2"),
 Q("118 hộ", 118, "hộ"),
 Q("42 triệu đồng/người/năm", 42000000, "đồng"),
 Q("26 thành viên", 26, "thành viên"),
 Q("khoảng 600 sản phẩm", 600, "sản phẩm", "approx"),
 Q("5 thôn", 5, "thôn")],
[D("Quyết định", "3020", "QĐ-UBND", "2026-08-14", "UBND thành phố Đà Nẵng", "Quyết định số 3020/QĐ-UBND")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Hùng Sơn")],
["BÁO ĐÀ NẴNG", "Xã hội › Dân tộc - Miền núi", "Chị Tơngol Thị Ngân (bên phải) cùng phụ nữ trong thôn dệt thổ cẩm.",
 "thôn Pơ'ning", "huyện Tây Giang", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bài và ảnh: Đoàn Hiếu",
 "Lượt đọc: 906"],
["Thứ Năm, 29/10/2026", "Hơn 10 năm", "Năm 2023", "78 tuổi", "Lượt đọc: 906"]))

# b388 Ninh Bình after the merger with Hà Nam and Nam Định, Hội LHPN tỉnh, hội nghị năm 2026 (lower-case documents without a symbol, slogan "3 sạch", list "A, B và C - title")
PAGES.append(page("b388-ninhbinh-hlhpn-hoinghi-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH
Thứ Ba, 24/11/2026
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội

Biểu dương 156 phụ nữ dân tộc thiểu số, phụ nữ vùng giáo tiêu biểu
Ngày: 24/11/2026 | Lượt xem: 845

Ngày 21/11, tại phường Hoa Lư, Hội LHPN tỉnh Ninh Bình tổ chức hội nghị biểu dương phụ nữ dân tộc thiểu số, phụ nữ vùng đồng bào có đạo tiêu biểu năm 2026 - lần đầu tiên kể từ khi tỉnh hợp nhất với Hà Nam và Nam Định.

Bà Đinh Thị Mận (thứ ba, từ trái sang) nhận Giấy khen tại hội nghị.

Dự hội nghị có bà Phạm Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh và 156 phụ nữ tiêu biểu đến từ 129 xã, phường. Mỗi người được tặng 2 triệu đồng; tổng kinh phí khen thưởng 312 triệu đồng.

Báo cáo tại hội nghị cho biết, thực hiện chỉ thị 21, 22 của Ban Thường vụ Tỉnh ủy về công tác vận động phụ nữ vùng đồng bào dân tộc và tôn giáo, các cấp Hội đã thành lập 38 tổ hợp tác với hơn 2.000 hội viên; 1.460 hộ đăng ký mô hình "Ngôi nhà 3 sạch". Hội phụ nữ các giáo xứ vận động được 1 tỷ 250 triệu đồng giúp 73 phụ nữ nghèo làm nhà.

Các chị Đinh Thị Mận, Bùi Thị Mến và Quách Thị Hằng - Chi hội trưởng Chi hội phụ nữ thôn ở xã Cúc Phương, xã Phú Long - chia sẻ kinh nghiệm vận động chị em bỏ tục ép con gái lấy chồng sớm. Bà Maria Trần Thị Lụa, Phó Chủ tịch Hội LHPN xã Hải Hậu, nói về việc vận động giáo dân góp 2.600 ngày công làm đường thôn.

Phát biểu chỉ đạo, bà Phạm Thị Thu Hà đề nghị các cấp Hội nhân rộng mô hình, phấn đấu năm 2027 mỗi xã vùng đồng bào có ít nhất một tổ hợp tác do phụ nữ làm chủ.

Văn phòng Hội LHPN tỉnh

Tin liên quan
- Hội LHPN tỉnh Ninh Bình tập huấn cho cán bộ Hội cấp xã
- Phụ nữ Cúc Phương với nghề dệt thổ cẩm
""", "2026-11-24",
"Biểu dương 156 phụ nữ dân tộc thiểu số, phụ nữ vùng giáo tiêu biểu",
E("hoi_nghi", "2026", "2026-11-21"),
[P("Phạm Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Mận", "Chi hội trưởng Chi hội phụ nữ thôn"),
 P("Bùi Thị Mến", "Chi hội trưởng Chi hội phụ nữ thôn"),
 P("Quách Thị Hằng", "Chi hội trưởng Chi hội phụ nữ thôn"),
 P("Maria Trần Thị Lụa", "Phó Chủ tịch Hội LHPN xã Hải Hậu")],
[Q("156 phụ nữ", 156, "phụ nữ"),
 Q("129 xã, phường", 129, "xã, phường"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("312 triệu đồng", 312000000, "đồng"),
 Q("38 tổ hợp tác", 38, "tổ hợp tác"),
 Q("hơn 2.000 hội viên", 2000, "hội viên", "over"),
 Q("1.460 hộ", 1460, "hộ"),
 Q("1 tỷ 250 triệu đồng", 1250000000, "đồng"),
 Q("73 phụ nữ nghèo", 73, "phụ nữ nghèo"),
 Q("2.600 ngày công", 2600, "ngày công")],
[D("Chỉ thị", "21", None, None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 21, 22"),
 D("Chỉ thị", "22", None, None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 21, 22")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hoa Lư"), com("Cúc Phương"), com("Phú Long"),
 com("Hải Hậu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Bà Đinh Thị Mận (thứ ba, từ trái sang) nhận Giấy khen tại hội nghị.", "Ngôi nhà 3 sạch", "Văn phòng Hội LHPN tỉnh",
 "Lượt xem: 845"],
["Thứ Ba, 24/11/2026", "Ngôi nhà 3 sạch", "năm 2026", "năm 2027", "Ngày 21/11", "Lượt xem: 845"]))
