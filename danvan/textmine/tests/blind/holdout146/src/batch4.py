from lib import *
PAGES = []

PAGES.append(page("b3479-yenbai-cuutro-bao3-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Xã hội > Nhân đạo - Cứu trợ
Thứ Hai, 16/9/2024 | 08:10
Ảnh: Đoàn công tác trao quà cho người dân thôn Khe Cỏ.
Hội Chữ thập đỏ Việt Nam trao gần 3 tỷ đồng hỗ trợ người dân Yên Bái bị ảnh hưởng bão số 3
YBĐT - Ngày 15/9, Đoàn công tác của Trung ương Hội Chữ thập đỏ Việt Nam do bà Bùi Thị Hòa, Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam dẫn đầu đã đến thăm, trao quà hỗ trợ người dân bị thiệt hại do hoàn lưu bão số 3 gây ra tại xã Châu Quế Hạ, huyện Văn Yên và xã Khánh Hòa, huyện Lục Yên. Cùng đi có bà Vũ Thị Hiền Hạnh, Phó Chủ tịch UBND tỉnh; bà Hà Thị Quyên, Chủ tịch Hội Chữ thập đỏ tỉnh.
Theo báo cáo nhanh của UBND tỉnh, hoàn lưu bão số 3 đã làm 52 người chết và mất tích trên địa bàn tỉnh; hơn 8.000 ngôi nhà bị hư hỏng, trong đó 1.136 nhà bị sập, cuốn trôi; thiệt hại ước tính trên 4.000 tỷ đồng. Riêng xã Châu Quế Hạ có 280 hộ phải di dời khẩn cấp.
Tại buổi trao quà, đoàn đã trao 1.000 suất quà, mỗi suất 2 triệu đồng tiền mặt cho các hộ có nhà bị sập, hư hỏng nặng; 50 triệu đồng cho mỗi gia đình có người chết, mất tích; đồng thời trao 500 bộ đồ dùng gia đình, 300 tấm bạt và 5 tấn gạo. Tổng giá trị hỗ trợ đợt này gần 3 tỷ đồng.
Bà Hà Thị Quyên cho biết, từ ngày 8/9 đến nay, Hội Chữ thập đỏ tỉnh đã tiếp nhận khoảng 23,5 tỷ đồng và hàng hóa trị giá hơn 6 tỷ đồng từ các tổ chức, cá nhân trong và ngoài nước. Việc tiếp nhận, phân bổ được thực hiện theo Nghị định số 93/2021/NĐ-CP của Chính phủ và Quyết định 1576/QĐ-UBND ngày 10/9/2024 của UBND tỉnh về thành lập Ban Vận động cứu trợ tỉnh, mọi khoản thu, chi đều được công khai trên cổng thông tin của Hội. Hội đã huy động 120 tình nguyện viên, 6 đội ứng phó thảm họa tham gia tìm kiếm, sơ cứu và phát hàng cứu trợ.
Ông Hoàng Văn Thắm, Chủ tịch UBND xã Châu Quế Hạ, cho biết người dân Tày, Dao trong xã đang rất cần nhà tạm và lương thực. Bà Triệu Thị Mùi, người dân thôn Khe Cỏ, có nhà bị cuốn trôi, xúc động nhận tiền hỗ trợ. Ông Bàn Văn Hòa, Trưởng thôn Khe Cỏ, cho biết bà con đã dựng 12 lán tạm ở khu đất cao, cần thêm bạt và nước sạch.
Bà Bùi Thị Hòa chia buồn với các gia đình có người thân gặp nạn, đề nghị các cấp Hội ưu tiên hỗ trợ nơi ở tạm, nước sạch và phòng dịch bệnh sau lũ; đồng thời cho biết Trung ương Hội sẽ phối hợp hỗ trợ xây dựng lại 100 ngôi nhà cho các hộ mất nhà, mỗi căn 60 triệu đồng.
Thanh Chi - Thùy Linh
Tin liên quan
- Yên Bái: khẩn trương tìm kiếm người mất tích tại Lục Yên (12/09/2024)
- Lời kêu gọi ủng hộ đồng bào bị thiệt hại do bão số 3 (09/09/2024)
- Trấn Yên: di dời khẩn cấp hơn 300 hộ dân (08/09/2024)
""", "2024-09-16", "Hội Chữ thập đỏ Việt Nam trao gần 3 tỷ đồng hỗ trợ người dân Yên Bái bị ảnh hưởng bão số 3",
E("trao_qua", None, "2024-09-15"),
[P("Bùi Thị Hòa", "Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Vũ Thị Hiền Hạnh", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Thị Quyên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hoàng Văn Thắm", "Chủ tịch UBND xã Châu Quế Hạ"),
 P("Triệu Thị Mùi"),
 P("Bàn Văn Hòa", "Trưởng thôn Khe Cỏ")],
[Q("gần 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("52 người", 52, "người"), Q("hơn 8.000 ngôi nhà", 8000, "ngôi nhà", "over"),
 Q("1.136 nhà", 1136, "nhà"), Q("trên 4.000 tỷ đồng", 4000000000000, "đồng", "over"), Q("280 hộ", 280, "hộ"),
 Q("1.000 suất quà", 1000, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("500 bộ đồ dùng gia đình", 500, "bộ đồ dùng gia đình"), Q("300 tấm bạt", 300, "tấm bạt"), Q("5 tấn", 5, "tấn"),
 Q("khoảng 23,5 tỷ đồng", 23500000000, "đồng", "approx"), Q("hơn 6 tỷ đồng", 6000000000, "đồng", "over"),
 Q("120 tình nguyện viên", 120, "tình nguyện viên"), Q("6 đội ứng phó thảm họa", 6, "đội ứng phó thảm họa"),
 Q("12 lán tạm", 12, "lán tạm"), Q("100 ngôi nhà", 100, "ngôi nhà"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Quyết định", "1576", "QĐ-UBND", "2024-09-10", "UBND tỉnh", "Quyết định 1576/QĐ-UBND ngày 10/9/2024")],
[prov("Yên Bái"), com("Châu Quế Hạ"), com("Khánh Hòa")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Xã hội > Nhân đạo - Cứu trợ", "Ảnh: Đoàn công tác trao quà cho người dân thôn Khe Cỏ.", "YBĐT"],
["Thứ Hai, 16/9/2024 | 08:10", "bão số 3", "ngày 8/9"]))

PAGES.append(page("b3480-tuyenquang-tetnhanai-2026", """
TUYÊN QUANG ĐIỆN TỬ
Trang chủ / Xã hội / Nhân đạo
Cập nhật: 11/12/2025 14:22
Toàn cảnh hội nghị. Ảnh: Minh Đức
Phấn đấu mỗi hộ nghèo trong tỉnh đều có quà Tết Bính Ngọ 2026
Ngày 10/12, Hội Chữ thập đỏ tỉnh Tuyên Quang tổ chức hội nghị triển khai Chương trình "Tết Nhân ái" Xuân Bính Ngọ 2026 – chương trình đầu tiên kể từ khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất. Bà Nguyễn Thị Thanh Trà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự; bà Lý Thị Lan, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị.
Theo kế hoạch, chương trình đặt mục tiêu vận động khoảng 40 tỷ đồng, trao ít nhất 60.000 phần quà cho hộ nghèo, hộ cận nghèo, người khuyết tật, nạn nhân chất độc da cam; tổ chức 25 "Chợ Tết Nhân ái" tại các xã vùng cao; mỗi phần quà trị giá tối thiểu 500.000 đồng. Đối tượng ưu tiên là các hộ ở 60 xã đặc biệt khó khăn thuộc địa bàn tỉnh Hà Giang cũ và các hộ bị thiệt hại do bão, lũ năm 2025.
Chương trình thực hiện theo Kế hoạch số 86/KH-HCTĐ ngày 28/11/2025 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, Hướng dẫn 21/HD-TWH của Trung ương Hội Chữ thập đỏ Việt Nam và Công văn số 512/UBND-VX của UBND tỉnh về tổ chức Tết cho nhân dân. Năm 2025, dù vừa sắp xếp lại tổ chức, các cấp Hội trong tỉnh vẫn vận động được hơn 52 tỷ đồng, trao 71.400 phần quà dịp Tết Ất Tỵ và hỗ trợ 146 căn nhà nhân đạo.
Tại hội nghị, ông Vàng Mí Lử, Chủ tịch Hội Chữ thập đỏ xã Mèo Vạc, đề nghị tỉnh Hội ưu tiên chăn ấm, áo ấm cho người già và trẻ em người Mông trong đợt rét đậm. Bà Ma Thị Hằng, Phó Chủ tịch Hội Chữ thập đỏ xã Lâm Bình, người Tày, cho biết xã sẽ kết hợp chợ Tết với khám bệnh miễn phí. Ông Sùng A Páo, Bí thư Đảng ủy xã Sà Phìn, kiến nghị trao quà trước ngày 20 tháng Chạp để bà con kịp chuẩn bị Tết.
Phát biểu tại hội nghị, bà Nguyễn Thị Thanh Trà đề nghị các cấp Hội phối hợp chặt chẽ với Mặt trận và các đoàn thể, tránh trùng lặp đối tượng; quà phải đến tận tay người nhận, công khai, minh bạch theo Nghị định 93/2021/NĐ-CP của Chính phủ.
Ngay tại hội nghị, 14 doanh nghiệp, nhà hảo tâm đã đăng ký ủng hộ chương trình với tổng số tiền 6,5 tỷ đồng và 12.000 chăn ấm. Hội Chữ thập đỏ tỉnh cũng ký kết chương trình phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh để đưa quà Tết đến các bản biên giới.
Các cấp Hội sẽ tổng hợp kết quả trao quà, báo cáo tỉnh Hội trước ngày 25/2/2026 để sơ kết chương trình.
Minh Đức
Lượt xem: 1.045
Tin khác
- Trao 500 áo ấm cho học sinh bán trú xã Đồng Văn (05/12/2025)
- Hội Chữ thập đỏ tỉnh kiện toàn tổ chức sau hợp nhất (20/08/2025)
- Hiến máu tình nguyện đợt 3 năm 2025 thu 1.800 đơn vị máu (15/10/2025)
""", "2025-12-11", "Phấn đấu mỗi hộ nghèo trong tỉnh đều có quà Tết Bính Ngọ 2026",
E("hoi_nghi", None, "2025-12-10"),
[P("Nguyễn Thị Thanh Trà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Lan", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Vàng Mí Lử", "Chủ tịch Hội Chữ thập đỏ xã Mèo Vạc"),
 P("Ma Thị Hằng", "Phó Chủ tịch Hội Chữ thập đỏ xã Lâm Bình"),
 P("Sùng A Páo", "Bí thư Đảng ủy xã Sà Phìn")],
[Q("khoảng 40 tỷ đồng", 40000000000, "đồng", "approx"), Q("ít nhất 60.000 phần quà", 60000, "phần quà", "over"),
 Q("25 \"Chợ Tết Nhân ái\"", 25, "Chợ Tết Nhân ái"), Q("tối thiểu 500.000 đồng", 500000, "đồng"),
 Q("60 xã đặc biệt khó khăn", 60, "xã đặc biệt khó khăn"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("71.400 phần quà", 71400, "phần quà"), Q("146 căn nhà nhân đạo", 146, "căn nhà nhân đạo"),
 Q("14 doanh nghiệp, nhà hảo tâm", 14, "doanh nghiệp, nhà hảo tâm"), Q("6,5 tỷ đồng", 6500000000, "đồng"),
 Q("12.000 chăn ấm", 12000, "chăn ấm")],
[D("Kế hoạch", "86", "KH-HCTĐ", "2025-11-28", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 86/KH-HCTĐ ngày 28/11/2025"),
 D("Hướng dẫn", "21", "HD-TWH", None, "Trung ương Hội Chữ thập đỏ Việt Nam", "Hướng dẫn 21/HD-TWH"),
 D("Công văn", "512", "UBND-VX", None, "UBND tỉnh", "Công văn số 512/UBND-VX"),
 D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 93/2021/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Lâm Bình"), com("Sà Phìn")],
["TUYÊN QUANG ĐIỆN TỬ", "Trang chủ / Xã hội / Nhân đạo", "Toàn cảnh hội nghị. Ảnh: Minh Đức", "Tết Nhân ái", "Chợ Tết Nhân ái",
 "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Lượt xem: 1.045"],
["Cập nhật: 11/12/2025 14:22", "Bính Ngọ 2026", "năm 2025", "Tết Ất Tỵ", "20 tháng Chạp", "ngày 25/2/2026", "Lượt xem: 1.045"]))

PAGES.append(page("b3481-lamdong-ctd-soket-2025", """
Báo Lâm Đồng
Thời sự | Xã hội | Nhân đạo
Thứ Sáu, 18/07/2025 - 16:50
Hội Chữ thập đỏ tỉnh Lâm Đồng: vận động hơn 68 tỷ đồng trong 6 tháng đầu năm
Ngày 17/7, Hội Chữ thập đỏ tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên sau khi Hội Chữ thập đỏ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất. Bà K'Hồng Nhung, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì; dự có ông Nguyễn Minh Tâm, Phó Chủ tịch UBND tỉnh.
Các đại biểu dự hội nghị sơ kết.
Theo báo cáo do ông Trương Văn Lâm, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh trình bày, 6 tháng qua các cấp Hội trên địa bàn 3 tỉnh (cũ) đã vận động được hơn 68 tỷ đồng tiền mặt và hàng hóa, đạt 61% kế hoạch năm. Chương trình "Tết Nhân ái" Ất Tỵ trao 54.200 phần quà; Tháng Nhân đạo năm 2025 trợ giúp khoảng 96.000 lượt người; các cấp Hội xây mới, sửa chữa 215 căn nhà nhân đạo. Phong trào hiến máu tình nguyện tiếp nhận 17.830 đơn vị máu.
Hội đã hoàn thành việc sắp xếp tổ chức theo Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Quyết định số 1035/QĐ-TWH ngày 25/6/2025 của Trung ương Hội Chữ thập đỏ Việt Nam. Toàn tỉnh hiện có 124 cơ sở Hội cấp xã, phường, đặc khu với khoảng 215.000 hội viên, tình nguyện viên.
Tại hội nghị, bà H'Liên Niê, Chủ tịch Hội Chữ thập đỏ phường Bắc Gia Nghĩa, chia sẻ cách vận động tiểu thương xây "Tủ bánh mì 0 đồng". Ông Điểu Bình, Chủ tịch Hội Chữ thập đỏ xã Quảng Tín, người Mnông, phản ánh khó khăn khi địa bàn xã mới rộng gấp 3 lần trước. Ông Ka Sô Liêng, Chủ tịch Hội Chữ thập đỏ xã Đạ Tông, đề nghị duy trì phụ cấp cho chi hội trưởng thôn. Bà Nguyễn Thị Kim Yến, Chủ tịch Hội Chữ thập đỏ phường Phan Thiết, cho biết phường đã tổ chức 3 đợt hiến máu với 860 đơn vị máu.
Phát biểu chỉ đạo, ông Nguyễn Minh Tâm đề nghị Hội sớm ổn định bộ máy, hợp nhất các quỹ nhân đạo, công khai nguồn lực; chủ động chuẩn bị cứu trợ mùa mưa bão ở vùng ven biển và vùng sạt lở Tây Nguyên. 6 tháng cuối năm, Hội phấn đấu vận động thêm khoảng 45 tỷ đồng, tiếp nhận 15.000 đơn vị máu.
Dịp này, Trung ương Hội tặng bằng khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc.
Nhiều ý kiến cũng đề nghị sớm thống nhất mẫu sổ sách, phần mềm quản lý hội viên giữa ba địa bàn cũ và tổ chức tập huấn cho cán bộ Hội cấp xã mới.
Viết Hải
Tin liên quan
- Ra mắt Ban Thường vụ Hội Chữ thập đỏ tỉnh sau hợp nhất (02/07/2025)
- Phan Thiết: ngày hội hiến máu hè 2025 (20/06/2025)
- Trao nhà nhân đạo cho hộ nghèo xã Đắk Wil (10/06/2025)
- Hội Chữ thập đỏ Đà Lạt phát động Tháng Nhân đạo (08/05/2025)
""", "2025-07-18", "Hội Chữ thập đỏ tỉnh Lâm Đồng: vận động hơn 68 tỷ đồng trong 6 tháng đầu năm",
E("so_ket", "2025-H1", "2025-07-17"),
[P("K'Hồng Nhung", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Minh Tâm", "Phó Chủ tịch UBND tỉnh"),
 P("Trương Văn Lâm", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("H'Liên Niê", "Chủ tịch Hội Chữ thập đỏ phường Bắc Gia Nghĩa"),
 P("Điểu Bình", "Chủ tịch Hội Chữ thập đỏ xã Quảng Tín"),
 P("Ka Sô Liêng", "Chủ tịch Hội Chữ thập đỏ xã Đạ Tông"),
 P("Nguyễn Thị Kim Yến", "Chủ tịch Hội Chữ thập đỏ phường Phan Thiết")],
[Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("61%", 61, "%"), Q("54.200 phần quà", 54200, "phần quà"),
 Q("khoảng 96.000 lượt người", 96000, "lượt người", "approx"), Q("215 căn nhà nhân đạo", 215, "căn nhà nhân đạo"),
 Q("17.830 đơn vị máu", 17830, "đơn vị máu"), Q("124 cơ sở Hội cấp xã, phường, đặc khu", 124, "cơ sở Hội cấp xã, phường, đặc khu"),
 Q("khoảng 215.000 hội viên, tình nguyện viên", 215000, "hội viên, tình nguyện viên", "approx"),
 Q("3 đợt hiến máu", 3, "đợt hiến máu"), Q("860 đơn vị máu", 860, "đơn vị máu"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"), Q("15.000 đơn vị máu", 15000, "đơn vị máu"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Quyết định", "1035", "QĐ-TWH", "2025-06-25", "Trung ương Hội Chữ thập đỏ Việt Nam", "Quyết định số 1035/QĐ-TWH ngày 25/6/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Tín"), com("Đạ Tông"), com("Phan Thiết")],
["Báo Lâm Đồng", "Thời sự | Xã hội | Nhân đạo", "Các đại biểu dự hội nghị sơ kết.", "Tết Nhân ái", "Tháng Nhân đạo", "Tủ bánh mì 0 đồng"],
["Thứ Sáu, 18/07/2025 - 16:50", "6 tháng đầu năm 2025", "6 tháng cuối năm", "năm 2025", "gấp 3 lần", "0 đồng"]))

PAGES.append(page("b3482-dongnai-chunhatdo-2026", """
Thứ Hai, 12/01/2026
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ › Xã hội › Sức khỏe
12/01/2026 - 10:05
Ảnh: Đoàn viên, thanh niên tham gia hiến máu tại phường Trấn Biên.
Chủ nhật Đỏ 2026: Đồng Nai tiếp nhận hơn 2.100 đơn vị máu
Ngày 11/1/2026, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Đồng Nai phối hợp với Báo Tiền Phong và Viện Huyết học - Truyền máu Trung ương tổ chức chương trình "Chủ nhật Đỏ" lần thứ XVIII năm 2026 với thông điệp "Giọt máu hồng - Kết nối yêu thương". Chương trình diễn ra đồng thời tại 3 điểm: phường Trấn Biên, phường Bình Phước và xã Bù Đăng, lần đầu tiên trải rộng trên địa bàn tỉnh Đồng Nai mới sau hợp nhất với tỉnh Bình Phước.
Dự chương trình có ông Võ Tấn Đức, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh; bà Điểu Thị Hồng, Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo.
Sau một ngày, chương trình đã tiếp nhận 2.134 đơn vị máu từ khoảng 2.600 người đăng ký, trong đó hơn 700 người là công nhân các khu công nghiệp Amata, Long Thành. Tại điểm hiến máu xã Bù Đăng, 185 đơn vị máu được tiếp nhận, phần lớn từ đồng bào S'tiêng, Mnông và cán bộ, chiến sĩ lực lượng vũ trang.
Bà Điểu Thị Hồng cho biết, năm 2025, toàn tỉnh (tính cả tỉnh Bình Phước cũ) tiếp nhận 86.420 đơn vị máu, đạt 103% kế hoạch. Năm 2026, tỉnh phấn đấu tiếp nhận 90.000 đơn vị máu theo Kế hoạch số 04/KH-BCĐ ngày 5/1/2026 của Ban Chỉ đạo. Công tác vận động gắn với thực hiện Chỉ thị 43-CT/TW của Ban Bí thư và Quyết định số 1203/QĐ-BYT của Bộ Y tế.
Anh Điểu Minh Tuấn, công nhân Công ty TNHH Changshin Việt Nam, lần thứ 27 hiến máu, chia sẻ: "Hiến máu giúp tôi thấy mình sống có ích". Chị Thị Bích Ly, người S'tiêng ở xã Bù Đăng, lần đầu tiên hiến máu cùng 17 chị em trong chi hội phụ nữ.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 36 cá nhân có từ 20 lần hiến máu trở lên, mỗi người nhận phần quà trị giá 1 triệu đồng; mỗi người hiến máu được hỗ trợ 100.000 đồng tiền đi lại.
Ông Võ Tấn Đức đề nghị Ban Chỉ đạo sớm kiện toàn thành viên ở các xã, phường mới, duy trì điểm hiến máu cố định tại trung tâm hai khu vực, bảo đảm nguồn máu cho dịp Tết Nguyên đán Bính Ngọ.
Theo Ban tổ chức, toàn bộ số máu tiếp nhận được chuyển về Bệnh viện Truyền máu - Huyết học và ngân hàng máu các bệnh viện trong tỉnh.
Ban tổ chức khuyến cáo người hiến máu cần ngủ đủ giấc, ăn nhẹ trước khi hiến, mang theo căn cước và không hiến khi đang dùng thuốc kháng sinh.
Thái Hòa
Tin cùng chuyên mục
- Lễ hội Xuân hồng 2026 sẽ diễn ra tại 5 điểm (08/01/2026)
- Hội Chữ thập đỏ tỉnh tổng kết năm 2025 (30/12/2025)
- Trao 1.200 phần quà Tết cho người lao động khó khăn (25/12/2025)
""", "2026-01-12", "Chủ nhật Đỏ 2026: Đồng Nai tiếp nhận hơn 2.100 đơn vị máu",
E("khac", None, "2026-01-11"),
[P("Võ Tấn Đức", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Điểu Thị Hồng", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Điểu Minh Tuấn", "công nhân Công ty TNHH Changshin Việt Nam"),
 P("Thị Bích Ly")],
[Q("2.134 đơn vị máu", 2134, "đơn vị máu"), Q("3 điểm", 3, "điểm"), Q("khoảng 2.600 người", 2600, "người", "approx"),
 Q("hơn 700 người", 700, "người", "over"), Q("185 đơn vị máu", 185, "đơn vị máu"), Q("86.420 đơn vị máu", 86420, "đơn vị máu"),
 Q("103%", 103, "%"), Q("90.000 đơn vị máu", 90000, "đơn vị máu"), Q("17 chị em", 17, "chị em"),
 Q("36 cá nhân", 36, "cá nhân"), Q("từ 20 lần hiến máu trở lên", 20, "lần hiến máu", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("100.000 đồng", 100000, "đồng")],
[D("Kế hoạch", "04", "KH-BCĐ", "2026-01-05", "Ban Chỉ đạo", "Kế hoạch số 04/KH-BCĐ ngày 5/1/2026"),
 D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị 43-CT/TW"),
 D("Quyết định", "1203", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 1203/QĐ-BYT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bình Phước"), com("Bù Đăng")],
["Thứ Hai, 12/01/2026", "BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ › Xã hội › Sức khỏe",
 "Ảnh: Đoàn viên, thanh niên tham gia hiến máu tại phường Trấn Biên.", "Chủ nhật Đỏ", "Giọt máu hồng - Kết nối yêu thương",
 "Báo Tiền Phong", "Công ty TNHH Changshin Việt Nam"],
["12/01/2026 - 10:05", "lần thứ XVIII", "năm 2026", "một ngày", "năm 2025", "lần thứ 27", "Năm 2026"]))

PAGES.append(page("b3483-vinhlong-ctd-tongket-2025", """
HỘI CHỮ THẬP ĐỎ TỈNH VĨNH LONG
You are here: Trang chủ / Tin tức / Hoạt động tỉnh Hội
Thứ Sáu, 16/01/2026, 08:05
Toàn cảnh hội nghị tổng kết.
Năm đầu hợp nhất, các cấp Hội vận động gần 190 tỷ đồng chăm lo người yếu thế
Ngày 15/01/2026, Ban Chấp hành Hội Chữ thập đỏ tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có ông Lữ Quang Ngời, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Thạch Thị Thu Hà, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì.
Báo cáo tổng kết cho biết, năm 2025 - năm đầu tiên sau khi hợp nhất Hội Chữ thập đỏ ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh - các cấp Hội đã vận động được 187,6 tỷ đồng tiền mặt và hàng hóa, vượt 14% kế hoạch. Chương trình "Tết Nhân ái" Ất Tỵ trao 98.500 phần quà; Tháng Nhân đạo năm 2025 trợ giúp hơn 210.000 lượt người; xây dựng 312 căn nhà nhân đạo, trao 4.800 thẻ bảo hiểm y tế và 2.150 suất học bổng. Phong trào hiến máu tình nguyện tiếp nhận 61.240 đơn vị máu, đạt 101% chỉ tiêu.
Hội đã hoàn thành sắp xếp bộ máy theo Quyết định số 1035/QĐ-TWH của Trung ương Hội và Kế hoạch 15-KH/TU của Ban Thường vụ Tỉnh ủy; hiện có 124 Hội Chữ thập đỏ xã, phường với khoảng 298.000 hội viên. Công tác cứu trợ được thực hiện kịp thời khi triều cường, sạt lở bờ sông gây thiệt hại ở các xã ven sông Cổ Chiên, Hàm Luông.
Tại hội nghị, ông Kim Sô Phia, Chủ tịch Hội Chữ thập đỏ xã Long Hiệp, người Khmer, giới thiệu mô hình "Bếp ăn nhân ái" phục vụ 150 suất cơm mỗi ngày cho bệnh nhân nghèo. Bà Võ Thị Ngọc Hân, Chủ tịch Hội Chữ thập đỏ phường An Hội, chia sẻ kinh nghiệm vận động người con quê hương ở xa ủng hộ. Ông Lê Văn Tư, Chủ tịch Hội Chữ thập đỏ xã Bình Phú, kiến nghị bố trí kinh phí cho tình nguyện viên cơ sở.
Phát biểu chỉ đạo, ông Lữ Quang Ngời đánh giá cao kết quả các cấp Hội đạt được trong năm đầu hợp nhất, đề nghị năm 2026 tập trung chăm lo Tết Bính Ngọ, phấn đấu vận động không dưới 200 tỷ đồng, tiếp nhận 63.000 đơn vị máu, đẩy mạnh chuyển đổi số trong quản lý nguồn lực nhân đạo.
Dịp này, Trung ương Hội Chữ thập đỏ Việt Nam tặng bằng khen cho 5 tập thể, 8 cá nhân; UBND tỉnh tặng bằng khen cho 20 tập thể và 30 cá nhân có thành tích xuất sắc trong công tác Hội năm 2025.
Hội nghị cũng chỉ ra hạn chế: một số cơ sở Hội sau sắp xếp còn lúng túng, cán bộ mới chưa quen địa bàn; việc cập nhật dữ liệu hội viên chưa đồng bộ giữa ba khu vực cũ.
Trúc Ly
Lượt truy cập: 98.311
Bài viết liên quan
- Phát động chương trình "Tết Nhân ái" Xuân Bính Ngọ 2026 (10/12/2025)
- Bến Tre: trao 300 phần quà cho người dân vùng sạt lở (25/11/2025)
- Trà Vinh: hiến máu tình nguyện đợt 4 năm 2025 (30/10/2025)
""", "2026-01-16", "Năm đầu hợp nhất, các cấp Hội vận động gần 190 tỷ đồng chăm lo người yếu thế",
E("tong_ket", "2025", "2026-01-15"),
[P("Lữ Quang Ngời", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Thu Hà", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Kim Sô Phia", "Chủ tịch Hội Chữ thập đỏ xã Long Hiệp"),
 P("Võ Thị Ngọc Hân", "Chủ tịch Hội Chữ thập đỏ phường An Hội"),
 P("Lê Văn Tư", "Chủ tịch Hội Chữ thập đỏ xã Bình Phú")],
[Q("187,6 tỷ đồng", 187600000000, "đồng"), Q("14%", 14, "%"), Q("98.500 phần quà", 98500, "phần quà"),
 Q("hơn 210.000 lượt người", 210000, "lượt người", "over"), Q("312 căn nhà nhân đạo", 312, "căn nhà nhân đạo"),
 Q("4.800 thẻ bảo hiểm y tế", 4800, "thẻ bảo hiểm y tế"), Q("2.150 suất học bổng", 2150, "suất học bổng"),
 Q("61.240 đơn vị máu", 61240, "đơn vị máu"), Q("101%", 101, "%"), Q("124 Hội Chữ thập đỏ xã, phường", 124, "Hội Chữ thập đỏ xã, phường"),
 Q("khoảng 298.000 hội viên", 298000, "hội viên", "approx"), Q("150 suất cơm", 150, "suất cơm"),
 Q("không dưới 200 tỷ đồng", 200000000000, "đồng", "over"), Q("63.000 đơn vị máu", 63000, "đơn vị máu"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("20 tập thể", 20, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Quyết định", "1035", "QĐ-TWH", None, "Trung ương Hội", "Quyết định số 1035/QĐ-TWH"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("An Hội"), com("Bình Phú")],
["HỘI CHỮ THẬP ĐỎ TỈNH VĨNH LONG", "You are here: Trang chủ / Tin tức / Hoạt động tỉnh Hội", "Toàn cảnh hội nghị tổng kết.",
 "Tết Nhân ái", "Tháng Nhân đạo", "Bếp ăn nhân ái", "Lượt truy cập: 98.311"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "Tết Bính Ngọ", "Lượt truy cập: 98.311"]))

PAGES.append(page("b3484-eakly-daklak-tetnhanai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA KLY - TỈNH ĐẮK LẮK
Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể
Hôm nay: Chủ Nhật, 08/02/2026
Ngày đăng: 06/02/2026 | 16:20
Lãnh đạo xã trao quà Tết cho các hộ nghèo tại buôn Kmông Prông.
Xã Ea Kly trao 620 phần quà "Tết Nhân ái" Xuân Bính Ngọ 2026
Sáng ngày 05/02/2026, Hội Chữ thập đỏ xã Ea Kly phối hợp với Ủy ban MTTQ Việt Nam xã và các nhà hảo tâm tổ chức chương trình "Tết Nhân ái" Xuân Bính Ngọ 2026, trao 620 phần quà cho hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn và trẻ em có hoàn cảnh khó khăn trên địa bàn xã. Mỗi phần quà gồm 10 kg gạo, 1 thùng mì, bánh kẹo và 300.000 đồng tiền mặt, trị giá 600.000 đồng; tổng trị giá chương trình 372 triệu đồng.
Dự chương trình có ông Y Phôn Niê, Bí thư Đảng ủy xã; ông Nguyễn Văn Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà H'Lê Êban, Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Chữ thập đỏ xã cùng đại diện Hội Chữ thập đỏ tỉnh và các mạnh thường quân.
Theo bà H'Lê Êban, xã Ea Kly được thành lập trên cơ sở sắp xếp 3 xã cũ, hiện có 9.860 hộ với khoảng 41.000 nhân khẩu, trong đó đồng bào Êđê chiếm khoảng 35%. Toàn xã còn 486 hộ nghèo và 612 hộ cận nghèo. Chương trình năm nay được thực hiện theo Kế hoạch số 12/KH-MTTQ-CTĐ ngày 15/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Hội Chữ thập đỏ xã, hướng dẫn của Hội Chữ thập đỏ tỉnh Đắk Lắk.
Tại buổi trao quà, Công ty TNHH Cà phê Ea Kly ủng hộ 120 triệu đồng, các chùa, nhà thờ trên địa bàn ủng hộ 200 phần quà. Linh mục Giuse Phạm Văn Thanh, Chánh xứ giáo xứ Kmông, và Đại đức Thích Minh Tuệ, trụ trì chùa Phước Thành, cùng tham gia trao quà cho bà con.
Ông Y Phôn Niê gửi lời cảm ơn các nhà hảo tâm, đề nghị các thôn, buôn tiếp tục rà soát để không hộ nào thiếu Tết; đồng thời giao Hội Chữ thập đỏ xã công khai danh sách người nhận tại nhà văn hóa các buôn.
Bà H'Drin Mlô, 76 tuổi, ở buôn Kmông Prông, xúc động cho biết năm nay bà được nhận quà sớm, có thêm gạo, tiền để cúng ông bà. Ông Y Thuôn Byă, Trưởng buôn Kmông Prông, cho biết cả buôn có 42 hộ được nhận quà đợt này.
Trước đó, ngày 03/02/2026, Hội Chữ thập đỏ xã đã tổ chức "Chợ Tết 0 đồng" với 1.500 món hàng thiết yếu cho 300 hộ khó khăn và phối hợp Trạm Y tế xã khám bệnh, cấp thuốc miễn phí cho 210 người cao tuổi.
Ban Biên tập
Tin khác
- Xã Ea Kly tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 (28/01/2026)
- Trao 30 suất học bổng cho học sinh nghèo vượt khó (20/01/2026)
- Ra quân phát quang đường giao thông nông thôn đón Tết (10/01/2026)
- Hội Chữ thập đỏ xã ra mắt tủ thuốc nhân đạo tại buôn Ea Bar (05/01/2026)
- Tuyên truyền phòng, chống cháy rừng mùa khô (02/01/2026)
""", "2026-02-06", "Xã Ea Kly trao 620 phần quà \"Tết Nhân ái\" Xuân Bính Ngọ 2026",
E("trao_qua", None, "2026-02-05"),
[P("Y Phôn Niê", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Lê Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Chữ thập đỏ xã"),
 P("Giuse Phạm Văn Thanh", "Linh mục", "Chánh xứ giáo xứ Kmông"),
 P("Thích Minh Tuệ", "Đại đức", "trụ trì chùa Phước Thành"),
 P("H'Drin Mlô"),
 P("Y Thuôn Byă", "Trưởng buôn Kmông Prông")],
[Q("620 phần quà", 620, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("372 triệu đồng", 372000000, "đồng"), Q("3 xã", 3, "xã"), Q("9.860 hộ", 9860, "hộ"),
 Q("khoảng 41.000 nhân khẩu", 41000, "nhân khẩu", "approx"), Q("khoảng 35%", 35, "%", "approx"),
 Q("486 hộ nghèo", 486, "hộ nghèo"), Q("612 hộ cận nghèo", 612, "hộ cận nghèo"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("200 phần quà", 200, "phần quà"), Q("42 hộ", 42, "hộ"), Q("1.500 món hàng thiết yếu", 1500, "món hàng thiết yếu"),
 Q("300 hộ khó khăn", 300, "hộ khó khăn"), Q("210 người cao tuổi", 210, "người cao tuổi")],
[D("Kế hoạch", "12", "KH-MTTQ-CTĐ", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam xã và Hội Chữ thập đỏ xã",
   "Kế hoạch số 12/KH-MTTQ-CTĐ ngày 15/01/2026")],
[prov("Đắk Lắk"), com("Ea Kly")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA KLY - TỈNH ĐẮK LẮK", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Hôm nay: Chủ Nhật, 08/02/2026", "Lãnh đạo xã trao quà Tết cho các hộ nghèo tại buôn Kmông Prông.", "Tết Nhân ái",
 "Chợ Tết 0 đồng", "Công ty TNHH Cà phê Ea Kly", "Ban Biên tập"],
["Ngày đăng: 06/02/2026 | 16:20", "Xuân Bính Ngọ 2026", "1 thùng mì", "76 tuổi", "ngày 03/02/2026", "0 đồng"]))
