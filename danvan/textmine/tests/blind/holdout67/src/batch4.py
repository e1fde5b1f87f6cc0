from lib import *
PAGES = []

PAGES.append(page("b1583-tuyenquang-xa-meovac-hoinghi-uytin-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Thứ Sáu, 15/08/2025 - 15:40
Hội nghị cung cấp thông tin cho người có uy tín trong đồng bào dân tộc thiểu số năm 2025
Ngày 14/8/2025, Đảng ủy xã Mèo Vạc phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị cung cấp thông tin, phổ biến chủ trương, chính sách cho người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Dự hội nghị có 62 người có uy tín, trưởng thôn, bí thư chi bộ của 34 thôn trên địa bàn xã.
Quang cảnh hội nghị tại Hội trường Trung tâm hành chính xã.
Chủ trì hội nghị có các đồng chí: Vàng Seo Cháng, Bí thư Đảng ủy, Chủ tịch HĐND xã; Sùng Thị Pà, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có đồng chí Lý Thị Hoa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang.
Tại hội nghị, các đại biểu được nghe đồng chí Giàng Mí Dính, Phó Chủ tịch UBND xã, thông tin về việc sắp xếp đơn vị hành chính theo Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, theo đó tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang; xã Mèo Vạc mới được thành lập trên cơ sở thị trấn Mèo Vạc, xã Tả Lủng và xã Giàng Chu Phìn cũ, có diện tích 136 km2, dân số trên 27.000 người, trong đó 92% là đồng bào Mông.
Đồng chí Lý Thị Hoa quán triệt Kế hoạch số 18-KH/BTGDVTU ngày 25/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền, vận động đồng bào dân tộc thiểu số sau sắp xếp; đồng thời phổ biến Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín.
Thảo luận tại hội nghị, ông Thào Mí Sử, người có uy tín thôn Pả Vi Hạ, cho biết năm 2025 thôn đã vận động 11 hộ xóa nhà tạm, 4 hộ bỏ tục thách cưới; ông Ly Seo Dế, Bí thư Chi bộ kiêm Trưởng thôn Sán Sì Tòng đề nghị xã sớm hướng dẫn thủ tục đất đai sau khi hợp nhất để người dân không phải đi lại nhiều lần.
Theo báo cáo của UBND xã, thực hiện Chương trình "Xóa nhà tạm, nhà dột nát", đến nay xã đã hoàn thành 418 căn nhà cho hộ nghèo, hộ cận nghèo, mỗi căn được hỗ trợ 60 triệu đồng xây mới hoặc 30 triệu đồng sửa chữa.
Kết luận hội nghị, đồng chí Vàng Seo Cháng đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, vận động bà con không nghe theo kẻ xấu, không di cư tự do, giữ vững an ninh vùng biên giới. Dịp này, xã trao 62 suất quà, mỗi suất trị giá 500.000 đồng cho các đại biểu.
Thùy Linh - Văn phòng Đảng ủy xã
Lượt xem: 219
Tin khác
- Mèo Vạc: Ra mắt Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025-2030 (01/07/2025)
- Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở (20/06/2025)
- Khánh thành 20 nhà Đại đoàn kết tại thôn Pả Vi Thượng (12/06/2025)
""", "2025-08-15", "Hội nghị cung cấp thông tin cho người có uy tín trong đồng bào dân tộc thiểu số năm 2025",
E("hoi_nghi", "2025", "2025-08-14"),
[P("Vàng Seo Cháng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Sùng Thị Pà", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Thị Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Giàng Mí Dính", "Phó Chủ tịch UBND xã"),
 P("Thào Mí Sử", "người có uy tín thôn Pả Vi Hạ"),
 P("Ly Seo Dế", "Bí thư Chi bộ kiêm Trưởng thôn Sán Sì Tòng")],
[Q("62 người có uy tín, trưởng thôn, bí thư chi bộ", 62, "người có uy tín, trưởng thôn, bí thư chi bộ"), Q("34 thôn", 34, "thôn"),
 Q("136 km2", 136, "km2"), Q("trên 27.000 người", 27000, "người", "over"), Q("92%", 92, "%"), Q("11 hộ", 11, "hộ"), Q("4 hộ", 4, "hộ"),
 Q("418 căn nhà", 418, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("62 suất quà", 62, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
 D("Kế hoạch", "18", "KH/BTGDVTU", "2025-07-25", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 25/7/2025"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Quang cảnh hội nghị tại Hội trường Trung tâm hành chính xã.", "Xóa nhà tạm, nhà dột nát", "Lượt xem: 219"],
["Thứ Sáu, 15/08/2025 - 15:40", "năm 2025", "Lượt xem: 219"]))

PAGES.append(page("b1584-dongnai-phuong-binhphuoc-taphuan-2025", """
ĐẢNG ỦY PHƯỜNG BÌNH PHƯỚC - TỈNH ĐỒNG NAI
Trang chủ | Tin tức | Công tác dân vận
10/10/2025 | 09:30
Bồi dưỡng kỹ năng dân vận cho cán bộ khu phố sau sắp xếp
Ngày 08/10/2025, Đảng ủy phường Bình Phước tổ chức lớp tập huấn nghiệp vụ công tác dân vận, Mặt trận năm 2025 cho 145 học viên là bí thư chi bộ, trưởng khu phố, trưởng ban công tác Mặt trận và tổ trưởng tổ dân vận của 28 khu phố trên địa bàn phường.
Đồng chí Điểu Thị Hương phát biểu khai giảng lớp tập huấn.
Phát biểu khai giảng, đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường cho biết: sau khi thực hiện mô hình chính quyền địa phương 2 cấp theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII, phường Bình Phước được thành lập từ phường Tân Phú, phường Tân Đồng và xã Tiến Hưng cũ của thành phố Đồng Xoài, tỉnh Bình Phước trước đây. Nhiều cán bộ khu phố mới, chưa có kinh nghiệm trong vận động quần chúng.
Tại lớp học, các học viên được đồng chí Nguyễn Thị Thu Thảo, Trưởng phòng Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai truyền đạt chuyên đề về Kết luận số 126-KL/TW và 127-KL/TW của Bộ Chính trị, Ban Bí thư về nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; Luật Thực hiện dân chủ ở cơ sở năm 2022. Đồng chí Lê Văn Trung, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, hướng dẫn Quy chế phối hợp số 02-QC/ĐU-MTTQ giữa Đảng ủy và Ủy ban MTTQ Việt Nam phường về công tác dân vận và kỹ năng hòa giải ở cơ sở.
Theo báo cáo của Ủy ban MTTQ phường, 3 tháng đầu vận hành, phường đã tiếp nhận 47 ý kiến, kiến nghị của cử tri; tổ hòa giải các khu phố hòa giải thành 19/23 vụ việc. Phong trào "Dân vận khéo" có 35 mô hình đăng ký mới, trong đó mô hình "Khu phố xanh - sạch - an toàn" ở khu phố Phú Thanh được nhân rộng ra 12 khu phố. Các tầng lớp nhân dân đã đóng góp hơn 1,8 tỷ đồng xây dựng 6 tuyến hẻm bê tông, lắp 230 camera an ninh.
Học viên Điểu Lành, Trưởng khu phố Tiến Thành, cho biết: "Khu phố tôi có 46% là đồng bào S'tiêng. Lớp học giúp tôi biết cách lắng nghe, tổ chức họp dân để bà con cùng bàn, cùng làm".
Lớp tập huấn diễn ra trong 2 ngày. Kết thúc lớp học, 145/145 học viên làm bài kiểm tra đạt yêu cầu, trong đó 38 học viên đạt loại giỏi.
Đồng chí Hoàng Văn Quyết, Phó Bí thư Thường trực Đảng ủy phường, đề nghị học viên vận dụng kiến thức vào thực tiễn, giữ vững ổn định ở cơ sở, góp phần tổ chức thành công Đại hội Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025-2030.
Kim Ngân
Lượt xem: 164
Tin liên quan
- Phường Bình Phước: Ngày hội Đại đoàn kết toàn dân tộc khu phố Phú Thanh (30/09/2025)
- Trao 10 nhà Đại đoàn kết cho hộ khó khăn (18/09/2025)
- Ra mắt Ban Công tác Mặt trận 28 khu phố (05/08/2025)
""", "2025-10-10", "Bồi dưỡng kỹ năng dân vận cho cán bộ khu phố sau sắp xếp",
E("tap_huan", "2025", "2025-10-08"),
[P("Điểu Thị Hương", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Nguyễn Thị Thu Thảo", "Trưởng phòng Dân vận", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Lê Văn Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Lành", "Trưởng khu phố Tiến Thành"),
 P("Hoàng Văn Quyết", "Phó Bí thư Thường trực Đảng ủy phường")],
[Q("145 học viên", 145, "học viên"), Q("28 khu phố", 28, "khu phố"), Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"),
 Q("19/23 vụ việc", 19, "vụ việc"), Q("35 mô hình", 35, "mô hình"), Q("12 khu phố", 12, "khu phố"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("6 tuyến hẻm bê tông", 6, "tuyến hẻm bê tông"),
 Q("230 camera an ninh", 230, "camera an ninh"), Q("46%", 46, "%"), Q("38 học viên", 38, "học viên")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quy chế phối hợp", "02", "QC/ĐU-MTTQ", None, None, "Quy chế phối hợp số 02-QC/ĐU-MTTQ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tiến Hưng")],
["ĐẢNG ỦY PHƯỜNG BÌNH PHƯỚC - TỈNH ĐỒNG NAI", "Trang chủ | Tin tức | Công tác dân vận", "Đồng chí Điểu Thị Hương phát biểu khai giảng lớp tập huấn.",
 "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Dân vận khéo", "Khu phố xanh - sạch - an toàn", "Lượt xem: 164"],
["10/10/2025 | 09:30", "năm 2025", "2 cấp", "lần thứ 11", "khóa XIII", "3 tháng", "2 ngày", "lần thứ I", "nhiệm kỳ 2025-2030", "Lượt xem: 164"]))

PAGES.append(page("b1585-vinhlong-btgdv-giaoban-q3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Hoạt động » Dân vận
Thứ Sáu, 24/10/2025 - 14:15
Giao ban công tác dân vận quý III: Tập trung nắm tình hình nhân dân sau hợp nhất tỉnh
Sáng 23/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2025 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường. Chủ trì hội nghị có đồng chí Trần Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và các Phó Trưởng ban: Thạch Thị Chanh Đa, Huỳnh Văn Sang, Lê Thị Mỹ Hạnh.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Báo cáo tại hội nghị cho biết, quý III là quý đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh) vận hành chính quyền địa phương 2 cấp. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 05/8/2025 về tăng cường công tác dân vận trong thời gian đầu sau sắp xếp đơn vị hành chính; Quyết định số 41-QĐ/TU quy định chức năng, nhiệm vụ của khối dân vận cấp xã. Ban cũng ban hành Hướng dẫn số 06-HD/BTGDVTU ngày 28/8/2025 về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.
Trong quý, các cấp đã tiếp nhận 312 lượt công dân đến phản ánh, kiến nghị, chủ yếu về thủ tục hành chính, đất đai; phối hợp giải quyết 268 trường hợp, đạt 85,9%. Toàn tỉnh hoàn thành chỉ tiêu xóa 2.846 căn nhà tạm, nhà dột nát với tổng kinh phí trên 142 tỷ đồng. Đồng bào Khmer ở các xã Trà Cú, Tập Sơn, Long Hiệp đã tổ chức lễ Sene Dolta an toàn, tiết kiệm.
Tại hội nghị, đồng chí Kim Thị Sóc Khum, Phó Bí thư Thường trực Đảng ủy xã Trà Cú phản ánh một số người dân chưa quen với việc giải quyết thủ tục trên môi trường số. Đồng chí Nguyễn Văn Phúc, Bí thư Đảng ủy phường An Hội đề nghị có hướng dẫn cụ thể về tổ chức, hoạt động của tổ dân vận khu phố sau sáp nhập.
Kết luận hội nghị, đồng chí Trần Văn Lực đề nghị trong quý IV tập trung tuyên truyền kết quả Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030; thực hiện tốt Kết luận số 195-KL/TW của Bộ Chính trị, Ban Bí thư và Quy định số 368-QĐ/TW; nắm chắc tình hình tư tưởng cán bộ nghỉ việc theo Nghị định số 178/2024/NĐ-CP của Chính phủ; chuẩn bị tổng kết công tác dân vận năm 2025.
Cũng tại hội nghị, Ban Tuyên giáo và Dân vận Tỉnh ủy biểu dương 18 mô hình "Dân vận khéo" tiêu biểu 9 tháng năm 2025.
Hoàng Nam
Lượt xem: 431
Tin khác
- Gặp mặt chức sắc, chức việc các tôn giáo tỉnh Vĩnh Long (16/10/2025)
- Ngày hội Đại đoàn kết ở ấp Ô Chát, xã Long Hiệp (09/10/2025)
- Hội nghị triển khai Quy chế dân vận của hệ thống chính trị (29/09/2025)
""", "2025-10-24", "Giao ban công tác dân vận quý III: Tập trung nắm tình hình nhân dân sau hợp nhất tỉnh",
E("giao_ban", "2025-Q3", "2025-10-23"),
[P("Trần Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Chanh Đa", "Phó Trưởng ban"),
 P("Huỳnh Văn Sang", "Phó Trưởng ban"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng ban"),
 P("Kim Thị Sóc Khum", "Phó Bí thư Thường trực Đảng ủy xã Trà Cú"),
 P("Nguyễn Văn Phúc", "Bí thư Đảng ủy phường An Hội")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("312 lượt công dân", 312, "lượt công dân"),
 Q("268 trường hợp", 268, "trường hợp"), Q("85,9%", 85.9, "%"), Q("2.846 căn nhà tạm, nhà dột nát", 2846, "căn nhà tạm, nhà dột nát"),
 Q("trên 142 tỷ đồng", 142000000000, "đồng", "over"), Q("18 mô hình", 18, "mô hình")],
[D("Chỉ thị", "03", "CT/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 05/8/2025"),
 D("Quyết định", "41", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 41-QĐ/TU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", "2025-08-28", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 06-HD/BTGDVTU ngày 28/8/2025"),
 D("Kết luận", "195", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 195-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quy định", "368", "QĐ/TW", None, None, "Quy định số 368-QĐ/TW"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP của Chính phủ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("Tập Sơn"), com("Long Hiệp"), com("An Hội")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Hoạt động » Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Sene Dolta", "Dân vận khéo", "Lượt xem: 431"],
["Thứ Sáu, 24/10/2025 - 14:15", "quý III", "quý IV năm 2025", "2 cấp", "lần thứ I", "nhiệm kỳ 2025-2030", "9 tháng năm 2025", "Lượt xem: 431"]))

PAGES.append(page("b1586-lamdong-btgdv-tongket-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự | Chính trị
Cập nhật: 16:20, 16/01/2026 (GMT+7)
Ảnh: Đồng chí Ka Thị Nhung trao bằng khen cho các tập thể.
Phát huy sức mạnh đại đoàn kết trong năm đầu vận hành tỉnh mới
(LĐ online) - Chiều 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến tới 124 xã, phường, đặc khu.
Dự và chỉ đạo hội nghị có đồng chí Trần Đức Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng. Chủ trì hội nghị có đồng chí Ka Thị Nhung, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí K'Mák, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, dù phải vừa sắp xếp tổ chức bộ máy, vừa thực hiện nhiệm vụ, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 14 văn bản về công tác dân vận, trong đó có Chương trình hành động số 05-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I về khối đại đoàn kết toàn dân tộc và Chỉ thị số 08, 09-CT/TU về công tác vận động đồng bào dân tộc thiểu số và về công tác tôn giáo trên địa bàn tỉnh mới.
Công tác vận động nhân dân đạt nhiều kết quả nổi bật: toàn tỉnh hoàn thành xóa 5.812 căn nhà tạm, nhà dột nát trước thời hạn; nhân dân hiến hơn 186.000 m2 đất, đóng góp trên 410 tỷ đồng xây dựng nông thôn mới; 1.027 mô hình "Dân vận khéo" được công nhận. Người có uy tín trong đồng bào K'Ho, Mạ, Mnông, Chu Ru, Chăm đã tham gia hòa giải thành 236 vụ việc.
Tại hội nghị, đồng chí Điểu K'Ré, Bí thư Đảng ủy xã Quảng Trực, chia sẻ kinh nghiệm vận động đồng bào Mnông không phá rừng làm rẫy; đồng chí Đàng Thị Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, giới thiệu mô hình "Chợ không rác thải nhựa".
Phát biểu chỉ đạo, đồng chí Trần Đức Quang đề nghị năm 2026 khối tuyên giáo, dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng; thực hiện Kết luận số 212-KL/TW của Bộ Chính trị về công tác dân vận sau sắp xếp; chủ động nắm tình hình tư tưởng nhân dân ở vùng dự án bô-xít, khu vực biên giới; chuẩn bị tốt công tác dân vận phục vụ bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 25 cá nhân có thành tích xuất sắc năm 2025.
Tố Uyên
Lượt đọc: 2.904
Bài viết liên quan
- Lâm Đồng: Gặp mặt người có uy tín tiêu biểu năm 2025 (26/12/2025)
- Trao 1.000 phần quà cho đồng bào Chu Ru dịp Tết (12/01/2026)
- Đại hội MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I (05/12/2025)
- Đối thoại với nông dân trồng cà phê (28/11/2025)
""", "2026-01-16", "Phát huy sức mạnh đại đoàn kết trong năm đầu vận hành tỉnh mới",
E("tong_ket", "2025", "2026-01-15"),
[P("Trần Đức Quang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Lâm Đồng"),
 P("Ka Thị Nhung", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Mák", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Ré", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Đàng Thị Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("14 văn bản", 14, "văn bản"),
 Q("5.812 căn nhà tạm, nhà dột nát", 5812, "căn nhà tạm, nhà dột nát"), Q("hơn 186.000 m2", 186000, "m2", "over"),
 Q("trên 410 tỷ đồng", 410000000000, "đồng", "over"), Q("1.027 mô hình", 1027, "mô hình"), Q("236 vụ việc", 236, "vụ việc"),
 Q("16 tập thể", 16, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 05-CTr/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08, 09-CT/TU"),
 D("Kết luận", "212", "KL/TW", None, "Bộ Chính trị", "Kết luận số 212-KL/TW của Bộ Chính trị")],
[prov("Lâm Đồng"), com("Quảng Trực"), com("Phan Thiết")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự | Chính trị", "Ảnh: Đồng chí Ka Thị Nhung trao bằng khen cho các tập thể.",
 "(LĐ online)", "Dân vận khéo", "Chợ không rác thải nhựa", "Lượt đọc: 2.904"],
["Cập nhật: 16:20, 16/01/2026 (GMT+7)", "năm 2025", "năm 2026", "lần thứ I", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026-2031", "Lượt đọc: 2.904"]))

PAGES.append(page("b1587-haiphong-phuong-lechan-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức > Hoạt động của Đảng ủy, HĐND, UBND phường
Ngày 20/03/2026 | 10:00
Hôm nay: Thứ Sáu, 20/03/2026
Đảng ủy phường Lê Chân đối thoại với nhân dân về chỉnh trang đô thị
Sáng 18/3/2026, Đảng ủy, UBND phường Lê Chân tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, tập trung vào các nội dung chỉnh trang đô thị, thu gom rác thải và giải quyết thủ tục hành chính sau sắp xếp. Hơn 180 cử tri đại diện cho 42 tổ dân phố đã tham dự.
Chủ trì hội nghị có các đồng chí: Đỗ Mạnh Hiến, Thành ủy viên, Bí thư Đảng ủy phường; Vũ Thị Thu Hà, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; Phạm Văn Tuấn, Ủy viên Ban Thường vụ Đảng ủy - Chủ tịch Ủy ban MTTQ Việt Nam phường.
Đồng chí Đỗ Mạnh Hiến trả lời ý kiến cử tri tại hội nghị.
Hội nghị được tổ chức theo Kế hoạch số 15-KH/ĐU ngày 02/3/2026 của Đảng ủy phường, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Luật Thực hiện dân chủ ở cơ sở. Trước hội nghị, Ủy ban MTTQ phường đã tổng hợp 27 ý kiến, kiến nghị của nhân dân gửi đến.
Tại hội nghị, có 14 lượt ý kiến phát biểu trực tiếp. Ông Nguyễn Văn Khải, tổ dân phố số 9, phản ánh tình trạng ngập úng kéo dài ở ngõ 142 mỗi khi mưa lớn; bà Trần Thị Lụa, tổ dân phố số 21, đề nghị phường bố trí thêm điểm tiếp nhận hồ sơ vì sau khi hợp nhất 3 phường cũ, người dân phải đi xa hơn để làm thủ tục. Một số cử tri hỏi về tiến độ cải tạo 6 khu chung cư cũ xuống cấp.
Trả lời các ý kiến, đồng chí Vũ Thị Thu Hà cho biết năm 2026, phường dành 12,5 tỷ đồng cải tạo hệ thống thoát nước ở 9 tuyến ngõ trọng điểm; từ tháng 4/2026 sẽ mở thêm 2 điểm tiếp nhận hồ sơ lưu động tại nhà văn hóa các tổ dân phố. Hiện Trung tâm Phục vụ hành chính công phường đã tiếp nhận 18.460 hồ sơ, giải quyết đúng hạn 99,1%.
Phát biểu kết luận, đồng chí Đỗ Mạnh Hiến ghi nhận những ý kiến thẳng thắn, tâm huyết của nhân dân; yêu cầu các bộ phận chuyên môn giải quyết dứt điểm 21 kiến nghị thuộc thẩm quyền trong quý II/2026; những nội dung vượt thẩm quyền, phường sẽ báo cáo UBND thành phố Hải Phòng. Đồng chí đề nghị Ủy ban MTTQ phường và Ban Công tác Mặt trận các tổ dân phố giám sát việc thực hiện các cam kết, công khai kết quả cho nhân dân biết.
Được biết, đây là hội nghị đối thoại đầu tiên của phường Lê Chân mới kể từ khi thành lập ngày 01/7/2025 trên cơ sở sáp nhập các phường An Biên, Trần Nguyên Hãn, Hồ Nam cũ.
Thu Trang
Lượt xem: 287
Tin liên quan
- Phường Lê Chân triển khai công tác bầu cử đại biểu Quốc hội khóa XVI (10/03/2026)
- Ra mắt mô hình "Tổ dân phố văn minh, không rác thải" (26/02/2026)
- Trao 300 suất quà Tết cho hộ khó khăn (05/02/2026)
""", "2026-03-20", "Đảng ủy phường Lê Chân đối thoại với nhân dân về chỉnh trang đô thị",
E("doi_thoai", "2026", "2026-03-18"),
[P("Đỗ Mạnh Hiến", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Vũ Thị Thu Hà", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Phạm Văn Tuấn", "Ủy viên Ban Thường vụ Đảng ủy - Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Văn Khải"), P("Trần Thị Lụa")],
[Q("Hơn 180 cử tri", 180, "cử tri", "over"), Q("42 tổ dân phố", 42, "tổ dân phố"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("3 phường cũ", 3, "phường cũ"), Q("6 khu chung cư cũ", 6, "khu chung cư cũ"),
 Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("9 tuyến ngõ trọng điểm", 9, "tuyến ngõ trọng điểm"),
 Q("2 điểm tiếp nhận hồ sơ lưu động", 2, "điểm tiếp nhận hồ sơ lưu động"), Q("18.460 hồ sơ", 18460, "hồ sơ"), Q("99,1%", 99.1, "%"),
 Q("21 kiến nghị", 21, "kiến nghị")],
[D("Kế hoạch", "15", "KH/ĐU", "2026-03-02", "Đảng ủy phường", "Kế hoạch số 15-KH/ĐU ngày 02/3/2026 của Đảng ủy phường"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị")],
[prov("Hải Phòng"), com("Lê Chân"), com("An Biên"), com("Trần Nguyên Hãn"), com("Hồ Nam")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG LÊ CHÂN - THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức > Hoạt động của Đảng ủy, HĐND, UBND phường",
 "Đồng chí Đỗ Mạnh Hiến trả lời ý kiến cử tri tại hội nghị.", "Luật Thực hiện dân chủ ở cơ sở", "Trung tâm Phục vụ hành chính công phường",
 "Lượt xem: 287"],
["Ngày 20/03/2026 | 10:00", "Hôm nay: Thứ Sáu, 20/03/2026", "năm 2026", "tổ dân phố số 9", "ngõ 142", "tổ dân phố số 21",
 "tháng 4/2026", "quý II/2026", "01/7/2025", "Lượt xem: 287"]))

PAGES.append(page("b1588-angiang-xa-khac-2026", """
Báo và Phát thanh, Truyền hình An Giang
Thời sự > Dân vận khéo
22/04/2026 - 06:45
Ảnh: Ông Danh Sà Rinh (bìa trái) cùng bà con sóc Xà Xiêm đổ bê tông đường.
Người Khmer ở Vĩnh Hòa góp sức làm đường, xây cầu
Những ngày cuối tháng 4, về xã Vĩnh Hòa, tỉnh An Giang, dễ dàng bắt gặp cảnh bà con người Khmer, người Kinh cùng nhau đổ bê tông tuyến đường vào sóc Xà Xiêm. Con đường dài 2,4 km, rộng 3,5 m, trước đây chỉ là bờ đất lầy lội, mùa mưa xe máy không vào được.
Tuyến đường được khởi công từ tháng 2/2026 theo Kế hoạch số 09-KH/ĐU ngày 12/01/2026 của Đảng ủy xã Vĩnh Hòa về thực hiện phong trào thi đua "Dân vận khéo" năm 2026, với tổng kinh phí khoảng 2,6 tỷ đồng; trong đó ngân sách hỗ trợ 1,1 tỷ đồng, còn lại do nhân dân, các chùa Khmer và mạnh thường quân đóng góp.
Ông Danh Sà Rinh, người có uy tín sóc Xà Xiêm, là người đầu tiên hiến 420 m2 đất ruộng để mở rộng đường. Theo ông, lúc đầu một số hộ còn băn khoăn vì đất canh tác ít; ông cùng Đại đức Danh Sóc Thươl, Trụ trì chùa Xà Xiêm, đến từng nhà giải thích lợi ích của con đường. Cuối cùng, 57 hộ dân hai bên tuyến đã đồng thuận hiến tổng cộng 5.900 m2 đất, tháo dỡ 23 hàng rào, không nhận bồi thường.
Bà Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết: phụ nữ trong sóc góp hơn 1.300 ngày công nấu cơm, dọn dẹp công trình. Đoàn Thanh niên xã huy động 80 đoàn viên tham gia đổ bê tông vào các ngày cuối tuần.
Ông Lâm Văn Tuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã Vĩnh Hòa, nói: "Xã mới sau sắp xếp có diện tích rộng, đồng bào Khmer chiếm khoảng 38% dân số. Nếu không có sự đồng thuận của bà con và vai trò của người có uy tín, chức sắc Phật giáo Nam tông Khmer thì không thể làm nhanh như vậy".
Chị Néang Sa Ri, hộ nghèo ở đầu sóc, kể trước đây mỗi lần chở lúa ra lộ lớn phải thuê người gánh, tốn thêm tiền công. "Có đường rồi, ghe, xe vô tận nhà, con đi học cũng không lấm lem nữa", chị cười nói.
Cùng với tuyến đường, xã còn vận động xây mới 3 cây cầu bê tông và hỗ trợ 16 hộ Khmer nghèo sửa chữa nhà. Theo kế hoạch, năm 2026 xã phấn đấu giảm 1,5% tỷ lệ hộ nghèo, trong đó hộ nghèo người Khmer giảm 3%.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang, toàn tỉnh hiện có 1.486 mô hình "Dân vận khéo" trong vùng đồng bào dân tộc Khmer, góp phần thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới.
Bài, ảnh: Danh Thành
Lượt xem: 1.142
Tin khác
- An Giang: Hơn 2.100 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer (10/04/2026)
- Xã Vĩnh Hòa ra mắt tổ dân vận sóc Xà Xiêm (18/03/2026)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer năm 2026 (02/03/2026)
""", "2026-04-22", "Người Khmer ở Vĩnh Hòa góp sức làm đường, xây cầu",
E("khac", None, None),
[P("Danh Sà Rinh", "người có uy tín sóc Xà Xiêm"),
 P("Danh Sóc Thươl", "Đại đức", "Trụ trì chùa Xà Xiêm"),
 P("Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lâm Văn Tuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Vĩnh Hòa"),
 P("Néang Sa Ri")],
[Q("2,4 km", 2.4, "km"), Q("3,5 m", 3.5, "m"), Q("khoảng 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("420 m2", 420, "m2"), Q("57 hộ dân", 57, "hộ dân"), Q("5.900 m2", 5900, "m2"), Q("23 hàng rào", 23, "hàng rào"),
 Q("hơn 1.300 ngày công", 1300, "ngày công", "over"), Q("80 đoàn viên", 80, "đoàn viên"), Q("khoảng 38%", 38, "%", "approx"),
 Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("16 hộ Khmer nghèo", 16, "hộ Khmer nghèo"), Q("1,5%", 1.5, "%"), Q("3%", 3, "%"),
 Q("1.486 mô hình", 1486, "mô hình")],
[D("Kế hoạch", "09", "KH/ĐU", "2026-01-12", "Đảng ủy xã Vĩnh Hòa", "Kế hoạch số 09-KH/ĐU ngày 12/01/2026 của Đảng ủy xã Vĩnh Hòa"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW của Ban Bí thư")],
[prov("An Giang"), com("Vĩnh Hòa")],
["Báo và Phát thanh, Truyền hình An Giang", "Thời sự > Dân vận khéo", "Ảnh: Ông Danh Sà Rinh (bìa trái) cùng bà con sóc Xà Xiêm đổ bê tông đường.",
 "Dân vận khéo", "Lượt xem: 1.142"],
["22/04/2026 - 06:45", "tháng 4", "tháng 2/2026", "năm 2026", "Lượt xem: 1.142"]))
