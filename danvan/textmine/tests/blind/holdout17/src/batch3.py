from lib import *
PAGES = []

# b377 Bạc Liêu, Hội Nông dân tỉnh, sơ kết 6 tháng 2023 (kind in headline, year only in the lead; slogan "1 phải, 5 giảm"; title before name without comma)
PAGES.append(page("b377-baclieu-hnd-soket-2023h1", """
HỘI NÔNG DÂN TỈNH BẠC LIÊU
Cổng thông tin Nông dân Bạc Liêu
Tin tức > Hoạt động Hội > Tin tỉnh

Sơ kết 6 tháng: Nông dân Bạc Liêu góp 5,2 tỷ đồng làm đường, cầu
Chủ Nhật, 09/07/2023 (GMT+7)

Ngày 6/7, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2023. Chủ tịch Hội Nông dân tỉnh Trần Thanh Hùng chủ trì hội nghị.

Toàn cảnh hội nghị sơ kết.

Sáu tháng qua, các cấp Hội vận động hội viên đóng góp 5,2 tỷ đồng và 18.400 ngày công làm mới 43 km đường giao thông nông thôn, 17 cây cầu. Các cấp Hội kết nạp 1.035 hội viên mới; có 12.860 hộ nông dân đăng ký sản xuất kinh doanh giỏi. Mô hình "1 phải, 5 giảm" được áp dụng trên 6.250 ha lúa, giúp năng suất tăng 0,4 tấn/ha; giá lúa tươi tại ruộng dao động 6.800 - 7.200 đồng/kg.

Thực hiện Thông báo số 61 và số 62-TB/HND của Ban Thường vụ Hội Nông dân tỉnh và Quyết định 2249/QĐ-UBND ngày 29/12/2022 của UBND tỉnh, Hội phối hợp mở 14 lớp dạy nghề cho 420 lao động nông thôn người Khmer.

Hội nghị giới thiệu đồng chí Huỳnh Văn Sóc vừa được Ban Chấp hành Hội Nông dân tỉnh bầu bổ sung làm Phó Chủ tịch Hội Nông dân tỉnh. Bà Lâm Thị Chanh Ni, hội viên ấp Cà Lăng, xã Vĩnh Trạch, được biểu dương vì nuôi tôm - lúa đạt lãi 180 triệu đồng/năm.

Đại diện Hội Nông dân xã Hưng Hội kiến nghị kéo dài thời hạn vay vốn Quỹ Hỗ trợ nông dân từ 36 lên 60 tháng. Nhiều ý kiến cũng đề nghị tỉnh sớm có cơ chế hỗ trợ nông dân chuyển đổi sang nuôi tôm sinh thái dưới tán rừng.

Trúc Linh
Lượt xem: 689

Tin liên quan
- Nông dân Hồng Dân ra quân làm đường
- Hội Nông dân tỉnh giao ban quý I năm 2023
""", "2023-07-09",
"Sơ kết 6 tháng: Nông dân Bạc Liêu góp 5,2 tỷ đồng làm đường, cầu",
E("so_ket", "2023-H1", "2023-07-06"),
[P("Trần Thanh Hùng", "Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Văn Sóc", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lâm Thị Chanh Ni", "hội viên ấp Cà Lăng")],
[Q("5,2 tỷ đồng", 5200000000, "đồng"),
 Q("18.400 ngày công", 18400, "ngày công"),
 Q("43 km", 43, "km"),
 Q("17 cây cầu", 17, "cây cầu"),
 Q("1.035 hội viên mới", 1035, "hội viên mới"),
 Q("12.860 hộ nông dân", 12860, "hộ nông dân"),
 Q("6.250 ha", 6250, "ha"),
 Q("0,4 tấn/ha", 0.4, "tấn/ha"),
 Q("6.800 - 7.200 đồng/kg", 6800, "đồng"),
 Q("6.800 - 7.200 đồng/kg", 7200, "đồng"),
 Q("14 lớp dạy nghề", 14, "lớp dạy nghề"),
 Q("420 lao động nông thôn", 420, "lao động nông thôn"),
 Q("180 triệu đồng/năm", 180000000, "đồng")],
[D("Thông báo", "61", "TB/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Thông báo số 61 và số 62-TB/HND"),
 D("Thông báo", "62", "TB/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Thông báo số 61 và số 62-TB/HND"),
 D("Quyết định", "2249", "QĐ-UBND", "2022-12-29", "UBND tỉnh", "Quyết định 2249/QĐ-UBND")],
[prov("Bạc Liêu"), com("Vĩnh Trạch"), com("Hưng Hội")],
["HỘI NÔNG DÂN TỈNH BẠC LIÊU", "Cổng thông tin Nông dân Bạc Liêu", "Tin tức > Hoạt động Hội > Tin tỉnh",
 "Toàn cảnh hội nghị sơ kết.", "ấp Cà Lăng", "Quỹ Hỗ trợ nông dân", "Lượt xem: 689"],
["1 phải, 5 giảm", "Sơ kết 6 tháng", "6 tháng đầu năm 2023", "Sáu tháng qua", "từ 36 lên 60 tháng", "(GMT+7)", "Ngày 6/7", "Lượt xem: 689"]))

# b378 Tuyên Quang, Ủy ban MTTQ tỉnh, giao ban tháng 8/2024 held in September (kind and month only in the lead; "A, B – UVTT" abbreviation)
PAGES.append(page("b378-tuyenquang-mttq-giaoban-2024-08", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang thông tin điện tử
Trang chủ ›› Tin tức ›› Hoạt động Mặt trận

Tuyên Quang: Mặt trận nắm 64 ý kiến của nhân dân sau mưa lũ
Tin đăng ngày 06/9/2024, 10:30

Sáng 5/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức giao ban công tác Mặt trận tháng 8 năm 2024 với Ủy ban MTTQ 7 huyện, thành phố.

Bà Lý Thị Hồng Duyên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu kết luận giao ban.

Trong tháng, Mặt trận các cấp tổng hợp 64 ý kiến, kiến nghị của nhân dân, chủ yếu về khắc phục hậu quả mưa lũ cuối tháng 7 làm sập 18 căn nhà ở huyện Lâm Bình, Na Hang. Ủy ban MTTQ tỉnh đã trích 327 triệu đồng từ Quỹ Cứu trợ, hỗ trợ mỗi nhà bị sập 15 triệu đồng, đồng thời trao 9 tấn gạo.

Các ông Bàn Văn Quẩy, Chẩu Văn Lìn – UVTT Ủy ban MTTQ tỉnh báo cáo kết quả giám sát việc thực hiện kế hoạch số 212/KH-UBND ngày 20/7/2024 của UBND tỉnh về di dời 46 hộ dân ra khỏi vùng sạt lở. Theo đó, mới có 29 hộ được bố trí đất ở mới.

Chị Triệu Thị Piềng (dân tộc Dao), Trưởng Ban công tác Mặt trận thôn Khuổi Phầy, xã Thượng Lâm, cho biết các hộ Dao trong thôn đã góp 120 ngày công dọn đất đá. Ông Ma Văn Chiến, Chủ tịch Ủy ban MTTQ xã Thượng Lâm đề nghị sớm làm lại cầu tràn qua suối Nà Va.

Kết luận giao ban, bà Lý Thị Hồng Duyên đề nghị triển khai Nghị quyết 04, 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc, hoàn thành giám sát trước ngày 30/9.

Văn phòng Ủy ban MTTQ tỉnh
Lượt xem: 523

Tin khác
- Mặt trận huyện Sơn Dương giao ban quý III
- Tuyên Quang phát động ủng hộ đồng bào bị thiệt hại do mưa lũ
""", "2024-09-06",
"Tuyên Quang: Mặt trận nắm 64 ý kiến của nhân dân sau mưa lũ",
E("giao_ban", "2024-08", "2024-09-05"),
[P("Lý Thị Hồng Duyên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Văn Quẩy", "UVTT Ủy ban MTTQ tỉnh"),
 P("Chẩu Văn Lìn", "UVTT Ủy ban MTTQ tỉnh"),
 P("Triệu Thị Piềng", "Trưởng Ban công tác Mặt trận thôn Khuổi Phầy"),
 P("Ma Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Thượng Lâm")],
[Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
 Q("7 huyện, thành phố", 7, "huyện, thành phố"),
 Q("18 căn nhà", 18, "căn nhà"),
 Q("327 triệu đồng", 327000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"),
 Q("9 tấn gạo", 9, "tấn"),
 Q("46 hộ dân", 46, "hộ dân"),
 Q("29 hộ", 29, "hộ"),
 Q("120 ngày công", 120, "ngày công")],
[D("Kế hoạch", "212", "KH-UBND", "2024-07-20", "UBND tỉnh", "kế hoạch số 212/KH-UBND"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04, 05-NQ/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04, 05-NQ/TU")],
[prov("Tuyên Quang"), com("Thượng Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ ›› Tin tức ›› Hoạt động Mặt trận",
 "Bà Lý Thị Hồng Duyên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu kết luận giao ban.", "Quỹ Cứu trợ",
 "thôn Khuổi Phầy", "suối Nà Va", "huyện Lâm Bình", "Văn phòng Ủy ban MTTQ tỉnh", "Lượt xem: 523"],
["tháng 8 năm 2024", "Trong tháng", "cuối tháng 7", "ngày 30/9", "Sáng 5/9", "Lượt xem: 523"]))

# b379 Quảng Bình, Hội CCB tỉnh, tổng kết năm 2024 (January 2025, before the merger; colon list with ranks; lower-case nghị quyết with a year in the symbol)
PAGES.append(page("b379-quangbinh-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH
Trang tin Cựu chiến binh
Trang chủ | Hoạt động Hội | Tin tỉnh Hội

Tổng kết công tác Hội: CCB Quảng Bình xây 31 nhà đồng đội
Đăng tải: 16/01/2025

Ngày 14/1, Hội CCB tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai nhiệm vụ năm 2025. Đại tá Lê Quang Vịnh, Chủ tịch Hội CCB tỉnh chủ trì.

Trao Bằng khen cho các tập thể, cá nhân tiêu biểu (ảnh: Thành Trung).

Năm 2024, toàn tỉnh có 18.340 hội viên; các cấp Hội vận động xây 31 nhà đồng đội, mỗi nhà 55 triệu đồng, và sửa 14 nhà. Phong trào "CCB giúp nhau làm kinh tế" giúp 126 hộ hội viên thoát nghèo; 64 doanh nghiệp, trang trại của CCB tạo việc làm cho 2.150 lao động. Cuộc vận động "CCB 3 gương mẫu" được triển khai đến 100% chi hội.

Các cấp Hội đã thực hiện Chỉ thị 03, 04/CT-CCB của Ban Thường vụ Hội CCB tỉnh và tham gia giám sát việc thực hiện nghị quyết số 37/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ nhà ở cho hộ nghèo.

Tham luận tại hội nghị có các đồng chí Ủy viên Ban Chấp hành Hội CCB tỉnh: Thượng tá Hồ Văn Thoòng, Trung tá Cao Văn Sao và Đại úy Đinh Xuân Nghĩa. Thượng tá Hồ Văn Thoòng (dân tộc Bru-Vân Kiều) là Chủ tịch Hội CCB xã Trọng Hóa; Trung tá Cao Văn Sao (dân tộc Chứt) ở bản Rào Tre, xã Hóa Sơn, đã vận động 23 hộ định canh định cư.

Dịp này, 11 tập thể và 19 cá nhân được Trung ương Hội CCB Việt Nam tặng Bằng khen; 52 đồng chí nhận Kỷ niệm chương.

Văn phòng Hội
Lượt xem: 918

TIN CÙNG CHUYÊN MỤC
- Hội CCB huyện Minh Hóa tổng kết năm 2024
- CCB Lệ Thủy trao nhà đồng đội
""", "2025-01-16",
"Tổng kết công tác Hội: CCB Quảng Bình xây 31 nhà đồng đội",
E("tong_ket", "2024", "2025-01-14"),
[P("Lê Quang Vịnh", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Hồ Văn Thoòng", "Ủy viên Ban Chấp hành Hội CCB tỉnh", "Thượng tá", "Chủ tịch Hội CCB xã Trọng Hóa"),
 P("Cao Văn Sao", "Ủy viên Ban Chấp hành Hội CCB tỉnh", "Trung tá"),
 P("Đinh Xuân Nghĩa", "Ủy viên Ban Chấp hành Hội CCB tỉnh", "Đại úy")],
[Q("31 nhà đồng đội", 31, "nhà đồng đội"),
 Q("18.340 hội viên", 18340, "hội viên"),
 Q("55 triệu đồng", 55000000, "đồng"),
 Q("14 nhà", 14, "nhà"),
 Q("126 hộ hội viên", 126, "hộ hội viên"),
 Q("64 doanh nghiệp, trang trại", 64, "doanh nghiệp, trang trại"),
 Q("2.150 lao động", 2150, "lao động"),
 Q("100% chi hội", 100, "%"),
 Q("23 hộ", 23, "hộ"),
 Q("11 tập thể", 11, "tập thể"),
 Q("19 cá nhân", 19, "cá nhân"),
 Q("52 đồng chí", 52, "đồng chí")],
[D("Chỉ thị", "03", "CT-CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 03, 04/CT-CCB"),
 D("Chỉ thị", "04", "CT-CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 03, 04/CT-CCB"),
 D("Nghị quyết", "37", "2022/NQ-HĐND", None, "HĐND tỉnh", "nghị quyết số 37/2022/NQ-HĐND")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Hóa Sơn")],
["HỘI CỰU CHIẾN BINH TỈNH QUẢNG BÌNH", "Trang tin Cựu chiến binh", "Trang chủ | Hoạt động Hội | Tin tỉnh Hội",
 "Trao Bằng khen cho các tập thể, cá nhân tiêu biểu (ảnh: Thành Trung).", "CCB giúp nhau làm kinh tế",
 "bản Rào Tre", "Văn phòng Hội", "Lượt xem: 918"],
["CCB 3 gương mẫu", "52 đồng chí", "năm 2024", "năm 2025", "Ngày 14/1", "Lượt xem: 918"]))

# b380 Quảng Trị after the merger with Quảng Bình, Ban Tuyên giáo và Dân vận Tỉnh ủy, tập huấn năm 2025 (verb before title, former province, new communes)
PAGES.append(page("b380-quangtri-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang thông tin điện tử
Trang chủ / Dân vận / Tin hoạt động

Trang bị kỹ năng dân vận cho 312 cán bộ xã, phường sau sắp xếp
Thứ hai - 18/08/2025 - 09:55

Từ ngày 14 đến 16/8, tại phường Đồng Hới, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị mở lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 312 cán bộ phụ trách dân vận của các xã, phường, đặc khu sau sắp xếp đơn vị hành chính.

Học viên thảo luận tình huống vận động nhân dân tại lớp học.

Khai mạc lớp học, đồng chí Trương Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: chính quyền 2 cấp chỉ vận hành trơn tru khi cán bộ xã gần dân, nghe dân. Trực tiếp giảng bài có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hồ Thị Nga, Phan Đình Bốn.

Học viên được nghiên cứu Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giai đoạn mới, Hướng dẫn số 02-HD/BTGDVTU và quyết định số 2361/QĐ-UBND ngày 4/8/2025 của UBND tỉnh về tiếp công dân ở cấp xã.

Đồng chí Hồ Văn Nhiên (dân tộc Bru-Vân Kiều), người vừa được phân công làm Bí thư Đảng ủy xã Thượng Trạch, chia sẻ: xã mới rộng hơn 720 km2, có 41 bản, nhiều bản cách trung tâm xã 60 km. Bà Đinh Thị Khuyên (dân tộc Chứt), Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa, kể cách vận động 27 hộ ở bản Ra Mai chuyển nhà khỏi vùng sạt lở.

Nhiều học viên vốn là cán bộ huyện của tỉnh Quảng Bình trước đây, nay về xã công tác. Kết thúc lớp học, 100% học viên đạt yêu cầu bài kiểm tra.

Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 1.336

Tin liên quan
- Quảng Trị: Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy
- Giao ban công tác dân vận tháng 7 năm 2025
""", "2025-08-18",
"Trang bị kỹ năng dân vận cho 312 cán bộ xã, phường sau sắp xếp",
E("tap_huan", "2025", "2025-08-14"),
[P("Trương Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Đình Bốn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Nhiên", "Bí thư Đảng ủy xã Thượng Trạch"),
 P("Đinh Thị Khuyên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa")],
[Q("312 cán bộ", 312, "cán bộ"),
 Q("hơn 720 km2", 720, "km2", "over"),
 Q("41 bản", 41, "bản"),
 Q("60 km", 60, "km"),
 Q("27 hộ", 27, "hộ"),
 Q("100% học viên", 100, "%")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, None, "Hướng dẫn số 02-HD/BTGDVTU"),
 D("Quyết định", "2361", "QĐ-UBND", "2025-08-04", "UBND tỉnh", "quyết định số 2361/QĐ-UBND")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Đồng Hới"), com("Thượng Trạch"), com("Dân Hóa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ / Dân vận / Tin hoạt động",
 "Học viên thảo luận tình huống vận động nhân dân tại lớp học.", "bản Ra Mai",
 "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lượt xem: 1.336"],
["chính quyền 2 cấp", "năm 2025", "Từ ngày 14 đến 16/8", "Lượt xem: 1.336"]))

# b381 commune site xã Vĩnh Hậu (Cà Mau after the merger with Bạc Liêu), giao ban dân vận tháng 10/2025 (dash chain, colon list of hamlet heads)
PAGES.append(page("b381-camau-xavinhhau-giaoban-2025-10", """
ĐẢNG ỦY XÃ VĨNH HẬU
Trang thông tin điện tử xã Vĩnh Hậu - tỉnh Cà Mau
Trang chủ - Tin tức - Hoạt động Đảng ủy

Khối dân vận xã Vĩnh Hậu nắm 26 ý kiến của bà con 12 ấp
Cập nhật: ngày 06 tháng 11 năm 2025

Chiều 4/11, Đảng ủy xã Vĩnh Hậu tổ chức họp giao ban công tác dân vận tháng 10/2025. Đây là buổi giao ban thứ tư kể từ khi xã mới đi vào hoạt động.

Quang cảnh buổi giao ban tại hội trường Đảng ủy xã.

Dự họp có đồng chí Trịnh Văn Toàn, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Lâm Thị Sà Ranh, Phó Bí thư Đảng ủy - Chủ tịch Ủy ban MTTQ Việt Nam xã và các trưởng ấp.

Báo cáo cho biết, trong tháng khối dân vận nắm 26 ý kiến, kiến nghị của bà con 12 ấp, trong đó có 3 vụ tranh chấp ranh đất nuôi tôm đã được hòa giải thành. Thực hiện Kế hoạch 21, 22-KH/ĐU của Đảng ủy xã, Mặt trận và các đoàn thể vận động 420 triệu đồng xây 4 căn nhà Đại đoàn kết cho hộ Khmer nghèo, mỗi căn 105 triệu đồng.

Các trưởng ấp: Thạch Kim Sang, Lý Văn Phon, Tăng Thị Sa Rết báo cáo tình hình ấp sau khi sáp nhập. Ông Thạch Kim Sang, trưởng ấp Cái Cùng, đề nghị nạo vét 2,5 km kênh nội đồng trước mùa khô. Bà Tăng Thị Sa Rết cho biết ấp Năm Căn còn 17 hộ chưa có nước sạch.

Đồng chí Trịnh Văn Toàn đề nghị các đoàn thể thực hiện tốt thông báo số 15-TB/ĐU về tiếp xúc, đối thoại với nhân dân; mỗi cán bộ dân vận nắm chắc tình hình ở các ấp trước đây thuộc xã Vĩnh Hậu A và xã Vĩnh Thịnh, tỉnh Bạc Liêu cũ.

Văn phòng Đảng ủy xã
Lượt truy cập: 214

Tin khác
- Xã Vĩnh Hậu ra mắt Ủy ban MTTQ Việt Nam xã
- Hội Nông dân xã tập huấn nuôi tôm sinh thái
""", "2025-11-06",
"Khối dân vận xã Vĩnh Hậu nắm 26 ý kiến của bà con 12 ấp",
E("giao_ban", "2025-10", "2025-11-04"),
[P("Trịnh Văn Toàn", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lâm Thị Sà Ranh", "Phó Bí thư Đảng ủy - Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Kim Sang", "trưởng ấp", "trưởng ấp Cái Cùng"),
 P("Lý Văn Phon", "trưởng ấp"),
 P("Tăng Thị Sa Rết", "trưởng ấp")],
[Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"),
 Q("12 ấp", 12, "ấp"),
 Q("3 vụ tranh chấp ranh đất nuôi tôm", 3, "vụ tranh chấp ranh đất nuôi tôm"),
 Q("420 triệu đồng", 420000000, "đồng"),
 Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"),
 Q("105 triệu đồng", 105000000, "đồng"),
 Q("2,5 km", 2.5, "km"),
 Q("17 hộ", 17, "hộ")],
[D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 21, 22-KH/ĐU"),
 D("Thông báo", "15", "TB/ĐU", None, None, "thông báo số 15-TB/ĐU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Hậu"), com("Vĩnh Hậu A"), com("Vĩnh Thịnh")],
["ĐẢNG ỦY XÃ VĨNH HẬU", "Trang thông tin điện tử xã Vĩnh Hậu - tỉnh Cà Mau", "Trang chủ - Tin tức - Hoạt động Đảng ủy",
 "Quang cảnh buổi giao ban tại hội trường Đảng ủy xã.", "ấp Cái Cùng", "ấp Năm Căn", "Văn phòng Đảng ủy xã",
 "Lượt truy cập: 214"],
["tháng 10/2025", "buổi giao ban thứ tư", "trong tháng", "Chiều 4/11", "Lượt truy cập: 214"]))

# b382 Lâm Đồng after the merger with Đắk Nông and Bình Thuận, Ủy ban MTTQ tỉnh, tổng kết năm 2025 (post-reform title chains, đặc khu, Kế hoạch liên tịch)
PAGES.append(page("b382-lamdong-mttq-tongket-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Hôm nay: Thứ Năm, 15/01/2026
Trang chủ › Hoạt động Mặt trận › Tin tỉnh

Mặt trận Lâm Đồng xây 2.718 căn nhà cho hộ khó khăn
13:20 | Thứ Tư, 14/01/2026

Ngày 9/1, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên Mặt trận và các đoàn thể chính trị - xã hội hoạt động theo mô hình mới trên địa bàn tỉnh sau hợp nhất với Đắk Nông và Bình Thuận.

Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.

Chủ trì hội nghị có đồng chí Bố Thị Xuân Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh Kră Jăn K'Tiếp và Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Điểu Thị Hoa.

Năm 2025, Mặt trận các cấp ở 124 xã, phường, đặc khu vận động hơn 184 tỷ đồng, xây mới và sửa chữa 2.718 căn nhà cho hộ nghèo, hộ khó khăn; trao 35.600 suất quà Tết. Có 98,2% khu dân cư đạt danh hiệu văn hóa. Thực hiện Kế hoạch liên tịch 04/KHLT-MTTQ-UBND và Chỉ thị 07-CT/TU ngày 28/8/2025 của Ban Thường vụ Tỉnh ủy, Mặt trận giám sát 86 công trình dân sinh.

Ông Điểu K'Rung, người có uy tín bon Bu Prăng, xã Quảng Trực, đề nghị quan tâm giải quyết đất sản xuất cho 54 hộ M'Nông. Ông Thông Minh Nhựt, Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quý, báo cáo việc vận động ngư dân không khai thác hải sản trái phép. Xã Lạc Dương và phường Phan Thiết được tặng Cờ thi đua.

Văn phòng Ủy ban MTTQ tỉnh
Lượt xem: 1.902

Tin liên quan
- Lâm Đồng: Hiệp thương cử Ủy ban MTTQ Việt Nam tỉnh khóa mới
- Mặt trận xã Lạc Dương ra mắt mô hình "Bon, buôn tự quản"
""", "2026-01-14",
"Mặt trận Lâm Đồng xây 2.718 căn nhà cho hộ khó khăn",
E("tong_ket", "2025", "2026-01-09"),
[P("Bố Thị Xuân Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kră Jăn K'Tiếp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu K'Rung", "người có uy tín bon Bu Prăng"),
 P("Thông Minh Nhựt", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quý")],
[Q("2.718 căn nhà", 2718, "căn nhà"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 184 tỷ đồng", 184000000000, "đồng", "over"),
 Q("35.600 suất quà Tết", 35600, "suất quà Tết"),
 Q("98,2%", 98.2, "%"),
 Q("86 công trình dân sinh", 86, "công trình dân sinh"),
 Q("54 hộ M'Nông", 54, "hộ M'Nông")],
[D("Kế hoạch liên tịch", "04", "KHLT-MTTQ-UBND", None, None, "Kế hoạch liên tịch 04/KHLT-MTTQ-UBND"),
 D("Chỉ thị", "07", "CT/TU", "2025-08-28", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phú Quý"), com("Lạc Dương"),
 com("Phan Thiết")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ › Hoạt động Mặt trận › Tin tỉnh",
 "Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.", "bon Bu Prăng", "Cờ thi đua",
 "Văn phòng Ủy ban MTTQ tỉnh", "Lượt xem: 1.902"],
["Hôm nay: Thứ Năm, 15/01/2026", "năm 2025", "năm 2026", "Ngày 9/1", "13:20", "Lượt xem: 1.902"]))
