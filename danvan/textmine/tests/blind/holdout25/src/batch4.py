from lib import *
from furniture import FOOT
PAGES = []

PAGES.append(page("b575-bentre-bdv-quatet-2025", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo
Thứ Năm, 23/01/2025 - 08:30
Lãnh đạo tỉnh thăm, chúc Tết chức sắc tôn giáo và trao 1.500 phần quà
Ngày 22/1/2025, đoàn công tác của Tỉnh ủy Bến Tre do đồng chí Hồ Thị Hoàng Uyên, Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã thăm, chúc Tết Nguyên đán Ất Tỵ các cơ sở tôn giáo và trao 1.500 phần quà cho hộ nghèo, hộ chính sách tại các xã Phước Long, Tân Xuân và An Thạnh.
Đồng chí Hồ Thị Hoàng Uyên tặng quà Tết tại Tòa Giám mục Vĩnh Long - cơ sở Bến Tre.
Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Bảy, Nguyễn Thị Hồng Nhung; đồng chí Cao Văn Dũng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại Thánh thất Cao Đài Ban Chỉnh đạo An Hội, Giáo sư Thượng Minh Thanh, Phó Trưởng ban Thường trực Hội đồng Chưởng quản Cao Đài Ban Chỉnh đạo, báo cáo: năm 2024 chức sắc, tín đồ đóng góp 3,8 tỷ đồng làm từ thiện, tham gia xây 27 căn nhà theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát". Linh mục Phanxicô Xaviê Lê Quang Huy, quản hạt Bến Tre, cho biết các giáo xứ đã tặng 600 suất quà cho người nghèo không phân biệt lương, giáo.
Mỗi phần quà của đoàn trị giá 800.000 đồng, tổng trị giá 1,2 tỷ đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp. Đoàn cũng thăm chùa Phật giáo Nam tông Khmer Sóc Sơn, xã Phước Long, tặng 10 triệu đồng.
Phát biểu, đồng chí Hồ Thị Hoàng Uyên thông tin về việc sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW và Kế hoạch 141-KH/BCĐTW của Ban Chỉ đạo Trung ương; đề nghị chức sắc, tín đồ tiếp tục đồng hành thực hiện Kế hoạch 286-KH/TU ngày 06/01/2025 của Tỉnh ủy về chăm lo Tết cho nhân dân, bảo đảm mọi nhà, mọi người đều có Tết.
Năm 2024, toàn tỉnh có 96 cơ sở tôn giáo tham gia công tác an sinh xã hội với tổng giá trị hơn 52 tỷ đồng.
Thanh Đồng
Lượt xem: 1.176
Tin liên quan
- Bến Tre: họp mặt người có uy tín nhân dịp Tết Ất Tỵ
- Hội nghị tổng kết công tác dân vận năm 2024
- Trao nhà Đại đoàn kết cho hộ nghèo huyện Thạnh Phú
- Ban Dân vận Tỉnh ủy thăm các cơ sở tôn giáo dịp Giáng sinh
- Giồng Trôm: người dân hiến đất mở rộng đường liên ấp
- Phát huy vai trò chức sắc tôn giáo trong xây dựng khối đại đoàn kết
""" + FOOT('Ban Dân vận Tỉnh ủy Bến Tre', 'số 7 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre', '0275.3822.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Bến Tre'),
"2025-01-23", "Lãnh đạo tỉnh thăm, chúc Tết chức sắc tôn giáo và trao 1.500 phần quà",
E("trao_qua", None, "2025-01-22"),
[P("Hồ Thị Hoàng Uyên", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thượng Minh Thanh", "Giáo sư", "Phó Trưởng ban Thường trực Hội đồng Chưởng quản Cao Đài Ban Chỉnh đạo"),
 P("Phanxicô Xaviê Lê Quang Huy", "Linh mục", "quản hạt Bến Tre")],
[Q("1.500 phần quà", 1500, "phần quà"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"),
 Q("27 căn nhà", 27, "căn nhà"),
 Q("600 suất quà", 600, "suất quà"),
 Q("800.000 đồng", 800000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"),
 Q("96 cơ sở tôn giáo", 96, "cơ sở tôn giáo"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over")],
[D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW"),
 D("Kế hoạch", "141", "KH/BCĐTW", None, "Ban Chỉ đạo Trung ương", "Kế hoạch 141-KH/BCĐTW"),
 D("Kế hoạch", "286", "KH/TU", "2025-01-06", "Tỉnh ủy", "Kế hoạch 286-KH/TU")],
[prov("Bến Tre"), com("Phước Long"), com("Tân Xuân"), com("An Thạnh")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo",
 "Đồng chí Hồ Thị Hoàng Uyên tặng quà Tết tại Tòa Giám mục Vĩnh Long - cơ sở Bến Tre.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Thánh thất Cao Đài Ban Chỉnh đạo An Hội", "Lượt xem: 1.176"],
["Thứ Năm, 23/01/2025 - 08:30", "năm 2024", "Lượt xem: 1.176"]))

PAGES.append(page("b576-tiengiang-mttq-giaoban-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG
Vị trí: Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh
12.04.2025 | 15:30
Mặt trận các cấp chủ động chuẩn bị sắp xếp, tinh gọn bộ máy
Ngày 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức hội nghị giao ban công tác Mặt trận quý I/2025, bàn việc chuẩn bị sắp xếp tổ chức Mặt trận và các đoàn thể chính trị - xã hội theo chủ trương của Trung ương.
Quang cảnh hội nghị giao ban quý I.
Chủ trì hội nghị có ông Nguyễn Văn Năm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tại hội nghị, bà Huỳnh Thị Kim Liên, Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh, được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự có các vị Ủy viên Ủy ban MTTQ Việt Nam tỉnh: Hòa thượng Thích Minh Thông, Linh mục Giuse Võ Văn Phúc, Giáo hữu Ngọc Sang Thanh.
Quý I, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 18,6 tỷ đồng; trao 42.000 phần quà Tết trị giá hơn 21 tỷ đồng; khởi công 320 căn nhà, bàn giao 285 căn nhà cho hộ nghèo. Toàn tỉnh còn 187 căn nhà tạm cần xóa trước ngày 30/6/2025. Mặt trận tổ chức 64 cuộc giám sát, trong đó 12 cuộc giám sát việc hỗ trợ nhà ở.
Hội nghị quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và Kế hoạch 47-KH/MTTQ-BTT ngày 20/3/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Giáo hữu Ngọc Sang Thanh, đại diện Hội thánh Cao Đài Ban Chỉnh đạo tại tỉnh, cho biết tín đồ đã góp 1,6 tỷ đồng xây nhà cho hộ nghèo. Ông Nguyễn Văn Năm đề nghị quý II hoàn thành xóa nhà tạm, nắm chắc tình hình tư tưởng cán bộ, hội viên khi sắp xếp.
Ánh Dương
Lượt xem: 604
Tin liên quan
- Tiền Giang: Mặt trận bàn giao nhà Đại đoàn kết ở huyện Gò Công Đông
- Hội nghị tổng kết công tác Mặt trận năm 2024
- Họp mặt chức sắc, chức việc các tôn giáo nhân dịp Tết Ất Tỵ
- Mặt trận tỉnh lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh
- Cái Bè: bàn giao nhà cho hộ nghèo trước thời hạn
- Mặt trận huyện Chợ Gạo giám sát việc hỗ trợ nhà ở cho người có công
- Tín đồ Cao Đài chung tay xóa nhà tạm
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Tiền Giang', 'số 37 đường Hùng Vương, phường 1, TP Mỹ Tho', '0273.3872.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Tiền Giang'),
"2025-04-12", "Mặt trận các cấp chủ động chuẩn bị sắp xếp, tinh gọn bộ máy",
E("giao_ban", "2025-Q1", "2025-04-11"),
[P("Nguyễn Văn Năm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Liên", "Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Thông", "Hòa thượng", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Võ Văn Phúc", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngọc Sang Thanh", "Giáo hữu", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "đại diện Hội thánh Cao Đài Ban Chỉnh đạo tại tỉnh")],
[Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("42.000 phần quà", 42000, "phần quà"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("320 căn nhà", 320, "căn nhà"),
 Q("285 căn nhà", 285, "căn nhà"),
 Q("187 căn nhà tạm", 187, "căn nhà tạm"),
 Q("64 cuộc giám sát", 64, "cuộc giám sát"),
 Q("12 cuộc giám sát", 12, "cuộc giám sát"),
 Q("1,6 tỷ đồng", 1600000000, "đồng")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kế hoạch", "47", "KH/MTTQ-BTT", "2025-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 47-KH/MTTQ-BTT")],
[prov("Tiền Giang")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG", "Vị trí: Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh", "Quang cảnh hội nghị giao ban quý I.",
 "Vì người nghèo", "Lượt xem: 604"],
["12.04.2025 | 15:30", "30/6/2025", "quý II", "Lượt xem: 604"]))

PAGES.append(page("b577-bariavungtau-bdv-taphuan-2025", """
BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU
Trang chủ | Tin tức | Công tác dân tộc
Ngày đăng 05/06/2025 | 10:15
Bồi dưỡng kiến thức cho người có uy tín trong đồng bào Chơ Ro
Ngày 4/6/2025, tại xã Bàu Lâm, Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu phối hợp Ban Dân tộc tỉnh khai mạc lớp tập huấn, bồi dưỡng kiến thức năm 2025 cho 120 người có uy tín, trưởng ấp, chi hội trưởng ở vùng đồng bào dân tộc thiểu số. Lớp học kéo dài 3 ngày.
Các đại biểu tham dự lớp bồi dưỡng.
Dự khai mạc có ông Lê Văn Bình, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; bà Điểu Thị Lan, Phó Trưởng ban Dân tộc tỉnh; ông Thổ Văn Lệ, người có uy tín đồng bào Chơ Ro ấp Sông Cầu, xã Bàu Lâm. Báo cáo viên gồm các ông Lý Văn Hưng, Trương Quốc Cường - Phó Trưởng ban Tuyên giáo Tỉnh ủy.
Toàn tỉnh hiện có 4.860 hộ đồng bào dân tộc thiểu số, trong đó đồng bào Chơ Ro chiếm 1.920 hộ, tập trung tại 8 xã. Năm 2024, tỉnh đã hỗ trợ 74 căn nhà, mỗi căn 60 triệu đồng, và giải ngân 32 tỷ đồng vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ; tỷ lệ hộ nghèo giảm còn 1,8%.
Nội dung bồi dưỡng gồm Quyết định 12/2018/QĐ-TTg về tiêu chí lựa chọn, công nhận người có uy tín, Kết luận 65-KL/TW của Bộ Chính trị và Hướng dẫn 18-HD/BDVTU ngày 15/4/2025 của Ban Dân vận Tỉnh ủy về nắm tình hình nhân dân trong quá trình sắp xếp đơn vị hành chính.
Ông Thổ Văn Lệ chia sẻ: mỗi người có uy tín được hỗ trợ 500.000 đồng/quý và được cung cấp thông tin thường xuyên, nhờ đó 3 ấp Chơ Ro không có người vi phạm pháp luật.
Kết thúc lớp học, Ban Dân vận Tỉnh ủy tặng mỗi học viên 1 bộ tài liệu song ngữ.
Kim Ngân
Lượt xem: 358
Tin liên quan
- Bà Rịa - Vũng Tàu: lễ hội cúng thần lúa của đồng bào Chơ Ro
- Hội nghị giao ban công tác dân vận quý I/2025
- Trao nhà Đại đoàn kết cho hộ nghèo xã Hòa Hiệp
- Người có uy tín tiên phong xây dựng nông thôn mới
- Xuyên Mộc: đồng bào Chơ Ro phát triển mô hình trồng tiêu, điều
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Bình Châu
- Lễ hội mừng lúa mới của đồng bào Chơ Ro huyện Châu Đức
""" + FOOT('Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu', 'số 1 đường Phạm Văn Đồng, phường Phước Trung, TP Bà Rịa', '0254.3852.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu'),
"2025-06-05", "Bồi dưỡng kiến thức cho người có uy tín trong đồng bào Chơ Ro",
E("tap_huan", "2025", "2025-06-04"),
[P("Lê Văn Bình", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Điểu Thị Lan", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Thổ Văn Lệ", "người có uy tín đồng bào Chơ Ro ấp Sông Cầu"),
 P("Lý Văn Hưng", "Phó Trưởng ban Tuyên giáo Tỉnh ủy"),
 P("Trương Quốc Cường", "Phó Trưởng ban Tuyên giáo Tỉnh ủy")],
[Q("120 người có uy tín, trưởng ấp, chi hội trưởng", 120, "người có uy tín, trưởng ấp, chi hội trưởng"),
 Q("4.860 hộ", 4860, "hộ"),
 Q("1.920 hộ", 1920, "hộ"),
 Q("8 xã", 8, "xã"),
 Q("74 căn nhà", 74, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("32 tỷ đồng", 32000000000, "đồng"),
 Q("1,8%", 1.8, "%"),
 Q("500.000 đồng/quý", 500000, "đồng"),
 Q("3 ấp", 3, "ấp")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Hướng dẫn", "18", "HD/BDVTU", "2025-04-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn 18-HD/BDVTU")],
[prov("Bà Rịa - Vũng Tàu"), com("Bàu Lâm")],
["BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Trang chủ | Tin tức | Công tác dân tộc", "Các đại biểu tham dự lớp bồi dưỡng.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", "ấp Sông Cầu", "Lượt xem: 358"],
["Ngày đăng 05/06/2025 | 10:15", "3 ngày", "1 bộ tài liệu", "Lượt xem: 358"]))

PAGES.append(page("b578-cantho-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ » Tin tức » Hoạt động của Ban
01/08/2025 - 16:20
Ban Tuyên giáo và Dân vận Thành ủy: bảo đảm thông suốt sau sắp xếp
Ngày 31/7/2025, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm, với 103 điểm cầu xã, phường trên địa bàn thành phố mới (hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang).
Đồng chí Trần Văn Lộc phát biểu chỉ đạo. Ảnh: CTV
Đồng chí Trần Văn Lộc, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Lâm Thị Sa Rương, Trần Thanh Bình, Đồng Văn Thanh.
Sáu tháng đầu năm, khối dân vận toàn thành phố hoàn thành xóa 2.150 căn nhà tạm, nhà dột nát với tổng kinh phí 124 tỷ đồng; vận động Quỹ "Vì người nghèo" được 35,2 tỷ đồng. Sau sắp xếp, 103 xã, phường đã kiện toàn Ban Xây dựng Đảng, trong đó có 1.040 cán bộ làm công tác dân vận. Ban đã tổ chức 18 đoàn nắm tình hình nhân dân ở vùng đồng bào Khmer, đồng bào có đạo.
Hội nghị quán triệt Quy định 294-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Kết luận 150-KL/TW của Bộ Chính trị và Hướng dẫn 03-HD/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác dân vận ở cấp xã sau sắp xếp.
Tham luận, ông Lý Sà Khanh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Sóc Trăng, cho biết phường đã phối hợp 7 chùa Phật giáo Nam tông Khmer tổ chức Tết Chôl Chnăm Thmây an toàn cho hơn 12.000 lượt người. Đại đức Thạch Sô Khanh, trụ trì chùa Kh'Leang, đề nghị tiếp tục hỗ trợ lớp dạy chữ Khmer hè.
6 tháng cuối năm, khối dân vận phấn đấu 100% xã, phường ra mắt ít nhất 1 mô hình "Dân vận khéo".
Phương Thảo
Tin liên quan
- Cần Thơ: gặp mặt chức sắc Phật giáo Nam tông Khmer sau hợp nhất
- Hội nghị cán bộ chủ chốt triển khai mô hình chính quyền địa phương 2 cấp
- Đại hội Đảng bộ phường Vị Thanh nhiệm kỳ 2025 - 2030
- Trao nhà cho hộ nghèo phường Ngã Bảy
- Tập huấn nghiệp vụ tuyên giáo và dân vận cho cán bộ cấp xã
- Sư sãi Khmer tham gia tuyên truyền chủ trương sắp xếp đơn vị hành chính
""" + FOOT('Thành ủy Cần Thơ', 'số 1 đường Hòa Bình, phường Ninh Kiều, TP Cần Thơ', '0292.3820.xxx', 'Trưởng Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ'),
"2025-08-01", "Ban Tuyên giáo và Dân vận Thành ủy: bảo đảm thông suốt sau sắp xếp",
E("so_ket", "2025-H1", "2025-07-31"),
[P("Trần Văn Lộc", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Thị Sa Rương", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Trần Thanh Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Đồng Văn Thanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lý Sà Khanh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Sóc Trăng"),
 P("Thạch Sô Khanh", "Đại đức", "trụ trì chùa Kh'Leang")],
[Q("103 điểm cầu", 103, "điểm cầu"),
 Q("2.150 căn nhà tạm, nhà dột nát", 2150, "căn nhà tạm, nhà dột nát"),
 Q("124 tỷ đồng", 124000000000, "đồng"),
 Q("35,2 tỷ đồng", 35200000000, "đồng"),
 Q("103 xã, phường", 103, "xã, phường"),
 Q("1.040 cán bộ", 1040, "cán bộ"),
 Q("18 đoàn", 18, "đoàn"),
 Q("7 chùa", 7, "chùa"),
 Q("hơn 12.000 lượt người", 12000, "lượt người", "over"),
 Q("100% xã, phường", 100, "%")],
[D("Quy định", "294", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 294-QĐ/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Thành ủy", "Hướng dẫn 03-HD/BTGDVTU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ » Tin tức » Hoạt động của Ban", "Đồng chí Trần Văn Lộc phát biểu chỉ đạo. Ảnh: CTV",
 "Vì người nghèo", "Dân vận khéo", "Ban Xây dựng Đảng"],
["01/08/2025 - 16:20", "6 tháng cuối năm", "1 mô hình"]))

PAGES.append(page("b579-dongthap-btgdv-tongket-2025", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Tin tức / Thời sự / Chính trị
2026-01-09 16:40
Hơn 3.100 căn nhà cho hộ nghèo được bàn giao trong năm 2025
THDT - Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu tiên sau khi hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang.
Hơn 3.100 căn nhà được bàn giao cho hộ nghèo trong năm 2025. Ảnh: THDT
Dự hội nghị có đồng chí Nguyễn Hải Đăng, Phó Bí thư Tỉnh ủy. Đồng chí Phan Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Tại hội nghị, đồng chí Trần Thị Mai Hương được bổ nhiệm làm Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, khối dân vận phối hợp bàn giao hơn 3.100 căn nhà cho hộ nghèo, hộ gia đình chính sách, tổng kinh phí hơn 186 tỷ đồng; vận động Quỹ "Vì người nghèo" 67,5 tỷ đồng. Toàn tỉnh có 102 xã, phường vận hành chính quyền địa phương 2 cấp; Ban đã tổ chức 46 cuộc kiểm tra, giám sát và 9 hội nghị đối thoại giữa bí thư đảng ủy xã với nhân dân.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 12, 13-KH/TU về công tác tôn giáo và công tác dân tộc, cùng Quy chế 05-QC/TU về công tác dân vận của hệ thống chính trị tỉnh; triển khai Nghị quyết 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.
Tham luận, Giáo hữu Thái Lành Thanh, Hội thánh Cao Đài Tòa thánh Tây Ninh, cho biết các họ đạo ở xã Tân Phước góp 2,4 tỷ đồng làm 6 cây cầu. Ông Phạm Văn Chơn, Chánh Hội trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh, báo cáo đồng đạo đã nấu 58.000 suất cơm miễn phí cho bệnh nhân.
Hội nghị cũng chỉ ra hạn chế: việc nắm tình hình ở một số xã mới hợp nhất còn chậm, đội ngũ làm công tác dân vận cấp xã còn thiếu kinh nghiệm.
Năm 2026, khối dân vận phấn đấu 95% khu dân cư đạt chuẩn văn hóa.
Tấn Phát
Lượt xem: 1.452
Tin liên quan
- Đồng Tháp: gặp mặt chức sắc các tôn giáo sau hợp nhất
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2
- Trao nhà Đại đoàn kết cho hộ nghèo xã Mỹ Hiệp
- Mặt trận tỉnh tổng kết công tác năm 2025
- Gò Công: nhân dân góp sức xây dựng đê biển
- Tân Phước: đồng bào có đạo chung tay làm đường nông thôn
- Hội nghị giao ban công tác dân vận quý IV/2025
""" + FOOT('Đài Phát thanh và Truyền hình Đồng Tháp', 'số 2 đường 30/4, phường Cao Lãnh', '0277.3851.xxx', 'Giám đốc Đài', 'THDT', 'Giấy phép số 27/GP-BVHTTDL'),
"2026-01-09", "Hơn 3.100 căn nhà cho hộ nghèo được bàn giao trong năm 2025",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Hải Đăng", "Phó Bí thư Tỉnh ủy"),
 P("Phan Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Mai Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thái Lành Thanh", "Giáo hữu"),
 P("Phạm Văn Chơn", "Chánh Hội trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh")],
[Q("Hơn 3.100 căn nhà", 3100, "căn nhà", "over"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("67,5 tỷ đồng", 67500000000, "đồng"),
 Q("102 xã, phường", 102, "xã, phường"),
 Q("46 cuộc kiểm tra, giám sát", 46, "cuộc kiểm tra, giám sát"),
 Q("9 hội nghị đối thoại", 9, "hội nghị đối thoại"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("6 cây cầu", 6, "cây cầu"),
 Q("58.000 suất cơm", 58000, "suất cơm"),
 Q("95% khu dân cư", 95, "%")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Quy chế", "05", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế 05-QC/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66-NQ/TW")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Tân Phước")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP", "Tin tức / Thời sự / Chính trị", "Hơn 3.100 căn nhà được bàn giao cho hộ nghèo trong năm 2025. Ảnh: THDT",
 "THDT", "Vì người nghèo", "Hội thánh Cao Đài Tòa thánh Tây Ninh", "Lượt xem: 1.452"],
["2026-01-09 16:40", "năm 2026", "chính quyền địa phương 2 cấp", "Lượt xem: 1.452"]))

PAGES.append(page("b580-hcm-btgdv-cholchnamthmay-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP HỒ CHÍ MINH
Hôm nay: Chủ Nhật, 12/04/2026
Trang chủ > Dân tộc - Tôn giáo > Tin hoạt động
Chủ Nhật, 12/04/2026 06:00 (GMT+7)
Thăm, chúc Tết Chôl Chnăm Thmây, trao 800 phần quà cho đồng bào Khmer
Ngày 11/4/2026, đoàn công tác Thành ủy TP Hồ Chí Minh do đồng chí Nguyễn Thị Thanh Tâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy dẫn đầu đã thăm, chúc Tết Chôl Chnăm Thmây năm 2026 tại chùa Chantarangsay (phường Bàn Cờ) và trao 800 phần quà cho đồng bào Khmer có hoàn cảnh khó khăn.
Đồng chí Nguyễn Thị Thanh Tâm chúc Tết Hòa thượng Thạch Sa Rọt tại chùa Chantarangsay.
Tiếp đoàn có Hòa thượng Thạch Sa Rọt, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, trụ trì chùa Chantarangsay. Cùng đi có các ông Lâm Chí Cường, Thạch Sô Vanh - Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy, và bà Trịnh Ngọc Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố, nguyên Chủ tịch Hội đồng quản trị Hội quán Nghĩa An.
Thành phố hiện có hơn 52.000 đồng bào Khmer, trong đó khoảng 17.000 người là công nhân, sinh viên từ các tỉnh đồng bằng sông Cửu Long. Mỗi phần quà trị giá 1 triệu đồng; tổng giá trị 800 triệu đồng do Quỹ "Vì người nghèo" Thành phố và cộng đồng người Hoa ở phường Chợ Lớn đóng góp. Đoàn cũng tặng 5 chùa Khmer ở phường Thủ Dầu Một và đặc khu Côn Đảo mỗi chùa 20 triệu đồng.
Đồng chí Nguyễn Thị Thanh Tâm thông tin về việc thực hiện Nghị quyết 60-NQ/TW của BCH Trung ương và Kế hoạch 47, 48-KH/TU của Ban Thường vụ Thành ủy về công tác dân tộc, tôn giáo năm 2026; đề nghị sư sãi tiếp tục vận động đồng bào tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Anh Sơn Ngọc Thạch, Bí thư Chi đoàn sinh viên Khmer Trường Đại học Quốc gia, cho biết năm nay có 320 sinh viên ở lại Thành phố đón Tết và được hỗ trợ 2 tỷ đồng tiền vé xe cho những em về quê.
Hải Đăng
Lượt xem: 2.041
Tin liên quan
- TP Hồ Chí Minh: họp mặt đồng bào Khmer đón Tết cổ truyền
- Giao ban công tác dân tộc, tôn giáo quý I/2026
- Trao học bổng cho sinh viên Khmer khó khăn
- Hội quán người Hoa Chợ Lớn tổ chức lễ hội Nguyên tiêu
- Đặc khu Côn Đảo ra mắt mô hình dân vận khéo
""" + FOOT('Thành ủy TP Hồ Chí Minh', 'số 127 đường Trương Định, phường Xuân Hòa, TP Hồ Chí Minh', '028.3829.xxxx', 'Trưởng Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy TP Hồ Chí Minh'),
"2026-04-12", "Thăm, chúc Tết Chôl Chnăm Thmây, trao 800 phần quà cho đồng bào Khmer",
E("trao_qua", None, "2026-04-11"),
[P("Nguyễn Thị Thanh Tâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thạch Sa Rọt", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "trụ trì chùa Chantarangsay"),
 P("Lâm Chí Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thạch Sô Vanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Trịnh Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố", "nguyên Chủ tịch Hội đồng quản trị Hội quán Nghĩa An"),
 P("Sơn Ngọc Thạch", "Bí thư Chi đoàn sinh viên Khmer Trường Đại học Quốc gia")],
[Q("800 phần quà", 800, "phần quà"),
 Q("hơn 52.000 đồng bào Khmer", 52000, "đồng bào Khmer", "over"),
 Q("khoảng 17.000 người", 17000, "người", "approx"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("800 triệu đồng", 800000000, "đồng"),
 Q("5 chùa Khmer", 5, "chùa Khmer"),
 Q("20 triệu đồng", 20000000, "đồng"),
 Q("320 sinh viên", 320, "sinh viên"),
 Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Nghị quyết", "60", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 47, 48-KH/TU"),
 D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 47, 48-KH/TU")],
[prov("Hồ Chí Minh"), com("Bàn Cờ"), com("Chợ Lớn"), com("Thủ Dầu Một"), com("Côn Đảo")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY TP HỒ CHÍ MINH", "Hôm nay: Chủ Nhật, 12/04/2026", "Trang chủ > Dân tộc - Tôn giáo > Tin hoạt động",
 "Đồng chí Nguyễn Thị Thanh Tâm chúc Tết Hòa thượng Thạch Sa Rọt tại chùa Chantarangsay.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Hội quán Nghĩa An", "Lượt xem: 2.041"],
["Chủ Nhật, 12/04/2026 06:00 (GMT+7)", "Chôl Chnăm Thmây năm 2026", "Lượt xem: 2.041"]))
