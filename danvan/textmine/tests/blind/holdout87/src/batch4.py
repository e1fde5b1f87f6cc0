from lib import *
PAGES = []

PAGES.append(page("b2063-tuyenquang-hoinghi-uytin-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Dân tộc - Tôn giáo › Người có uy tín
Thứ Sáu, 08/08/2025 - 09:30
Ảnh: Đồng chí Phó Bí thư Tỉnh ủy tặng quà người có uy tín.
Gặp mặt 300 người có uy tín tiêu biểu sau hợp nhất tỉnh
Ngày 6/8/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là hội nghị đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang và chính quyền địa phương 2 cấp đi vào hoạt động từ ngày 1/7/2025.
Dự hội nghị có 300 người có uy tín tiêu biểu đến từ 124 xã, phường. Về phía tỉnh có đồng chí Vương Ngọc Hà, Phó Bí thư Tỉnh ủy; đồng chí Chẩu Văn Lâm Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lục Thị Thu, Vàng Thị Mai, Ma Văn Khương.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 3.780 người có uy tín thuộc 22 dân tộc, trong đó có 226 người là chức việc các điểm nhóm Tin lành và trưởng dòng họ người Mông. Năm 2025, người có uy tín đã tham gia hòa giải thành 412 vụ việc, vận động 58 hộ không nghe theo tà đạo "Giê Sùa", "Dương Văn Mình"; góp ý vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Tỉnh đã thực hiện chính sách theo Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ, cấp 3 loại báo, tạp chí cho người có uy tín.
Tại hội nghị, ông Sùng Mí Chá, người có uy tín thôn Sủng Pờ A, xã Mèo Vạc, kể việc vận động dòng họ Sùng bỏ tục cưới tảo hôn; bà Hoàng Thị Nguyên, người có uy tín thôn Nà Khà, xã Minh Quang, giới thiệu mô hình "Nhà văn hóa sạch, đẹp". Mục sư Thào Mí Dế, Trưởng ban đại diện Tổng hội Hội thánh Tin lành Việt Nam (miền Bắc) tại tỉnh, bày tỏ mong muốn tỉnh quan tâm đất cho các điểm nhóm đã đăng ký.
Phát biểu tại hội nghị, đồng chí Vương Ngọc Hà đề nghị người có uy tín tiếp tục phát huy vai trò "cầu nối", vận động đồng bào thực hiện Kết luận số 130-KL/TW, 131-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy, không nghe kẻ xấu xuyên tạc; tham gia xây dựng chính quyền cấp xã vững mạnh.
Nhân dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng 300 phần quà cho các đại biểu, mỗi phần trị giá 800.000 đồng; UBND tỉnh tặng bằng khen cho 45 người có uy tín tiêu biểu giai đoạn 2020 - 2025.
Trong chiều cùng ngày, các đại biểu tham quan Khu di tích quốc gia đặc biệt Tân Trào và dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.
Thu Trang
Lượt xem: 2.014
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy sau hợp nhất (03/07/2025)
- Xã Đồng Văn tổ chức đối thoại với nhân dân (25/07/2025)
- Tập huấn nghiệp vụ cho cán bộ dân vận cấp xã (18/07/2025)
""", "2025-08-08", "Gặp mặt 300 người có uy tín tiêu biểu sau hợp nhất tỉnh",
E("hoi_nghi", "2025", "2025-08-06"),
[P("Vương Ngọc Hà", "Phó Bí thư Tỉnh ủy"),
 P("Chẩu Văn Lâm Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lục Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Khương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "người có uy tín thôn Sủng Pờ A"),
 P("Hoàng Thị Nguyên", "người có uy tín thôn Nà Khà"),
 P("Thào Mí Dế", "Mục sư", "Trưởng ban đại diện Tổng hội Hội thánh Tin lành Việt Nam (miền Bắc) tại tỉnh")],
[Q("300 người có uy tín tiêu biểu", 300, "người có uy tín tiêu biểu"), Q("124 xã, phường", 124, "xã, phường"),
 Q("3.780 người có uy tín", 3780, "người có uy tín"), Q("22 dân tộc", 22, "dân tộc"), Q("226 người", 226, "người"),
 Q("412 vụ việc", 412, "vụ việc"), Q("58 hộ", 58, "hộ"), Q("3 loại báo, tạp chí", 3, "loại báo, tạp chí"),
 Q("300 phần quà", 300, "phần quà"), Q("800.000 đồng", 800000, "đồng"), Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu")],
[D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ"),
 D("Kết luận", "130", "KL/TW", None, "Bộ Chính trị", "Kết luận số 130-KL/TW, 131-KL/TW của Bộ Chính trị"),
 D("Kết luận", "131", "KL/TW", None, "Bộ Chính trị", "Kết luận số 130-KL/TW, 131-KL/TW của Bộ Chính trị")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Quang")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Dân tộc - Tôn giáo › Người có uy tín",
 "Ảnh: Đồng chí Phó Bí thư Tỉnh ủy tặng quà người có uy tín.", "Giê Sùa", "Dương Văn Mình", "Nhà văn hóa sạch, đẹp",
 "Khu di tích quốc gia đặc biệt Tân Trào", "Lượt xem: 2.014"],
["Thứ Sáu, 08/08/2025 - 09:30", "năm 2025", "2 cấp", "ngày 1/7/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "giai đoạn 2020 - 2025",
 "Lượt xem: 2.014"]))

PAGES.append(page("b2064-hue-mttq-traoqua-phatdan-2025", """
Ủy ban MTTQ Việt Nam thành phố Huế
Trang chủ / Hoạt động / Tôn giáo - Dân tộc
Cập nhật lúc 14:10 ngày 13/05/2025
Trao 420 phần quà nhân Đại lễ Phật đản Phật lịch 2569
Hòa thượng Thích Quảng Tâm tiếp đoàn lãnh đạo thành phố.
Nhân dịp Đại lễ Phật đản Phật lịch 2569 - Dương lịch 2025, ngày 11/5, đoàn công tác của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Huế do đồng chí Phan Thị Thu Lài, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố và trao 420 phần quà cho các hộ gia đình phật tử khó khăn tại các phường Kim Long, Thủy Xuân, Hương Thủy.
Tiếp đoàn tại chùa Diệu Đế có Hòa thượng Thích Quảng Tâm, Ủy viên Hội đồng Chứng minh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế; Thượng tọa Thích Chơn Thiện, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự; Ni trưởng Thích Nữ Diệu Thuận, Trưởng phân ban Ni giới.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá gần 210 triệu đồng, do Ủy ban MTTQ Việt Nam thành phố vận động từ Quỹ "Vì người nghèo" và các nhà hảo tâm. Riêng tại phường Thủy Xuân, đoàn trao thêm 25 suất học bổng cho học sinh là con em gia đình phật tử nghèo, mỗi suất 1 triệu đồng.
Thay mặt đoàn, đồng chí Phan Thị Thu Lài chúc mừng chư tôn đức tăng ni và hơn 650.000 phật tử thành phố; ghi nhận những đóng góp của Giáo hội trong công tác an sinh xã hội, nhất là hỗ trợ người dân bị ảnh hưởng bởi đợt mưa lũ lịch sử cuối năm 2024 với tổng số tiền trên 15 tỷ đồng. Đồng chí đề nghị Giáo hội tiếp tục đồng hành cùng Mặt trận thực hiện Kế hoạch số 18/KH-MTTQ-BTT về vận động các tôn giáo tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" và chuẩn bị tốt cho việc sắp xếp tổ chức Mặt trận các cấp.
Hòa thượng Thích Quảng Tâm cảm ơn sự quan tâm của lãnh đạo thành phố; cho biết toàn thành phố có 187 ngôi chùa, 6 tu viện và 41 niệm Phật đường tổ chức Đại lễ Phật đản trang nghiêm, tiết kiệm; Ban Trị sự đã vận động các chùa xây dựng 18 căn nhà tình thương trong năm 2025.
Cùng ngày, đồng chí Nguyễn Đăng Quang, Phó Trưởng Ban Dân vận Thành ủy, dẫn đoàn đến thăm, chúc mừng Ni viện Diệu Đức và trao tặng 50 phần quà cho các hộ nghèo tại phường Kim Long. Ông Trần Văn Hiền, Trưởng Ban Công tác Mặt trận khu vực 4, phường Kim Long, đại diện bà con cảm ơn đoàn.
Trước đó, ngày 9/5, Ban Thường vụ Thành ủy đã có thư chúc mừng Đại lễ Phật đản gửi Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế.
Thanh Hương
Lượt xem: 1.562
Tin cùng chuyên mục
- Gặp mặt chức sắc các tôn giáo nhân dịp Tết Ất Tỵ (24/01/2025)
- Phường Phú Xuân: ra mắt Ban Công tác Mặt trận sau sắp xếp (20/04/2025)
- Mặt trận thành phố trao 100 căn nhà Đại đoàn kết (05/04/2025)
""", "2025-05-13", "Trao 420 phần quà nhân Đại lễ Phật đản Phật lịch 2569",
E("trao_qua", None, "2025-05-11"),
[P("Thích Quảng Tâm", "Hòa thượng", "Ủy viên Hội đồng Chứng minh", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế"),
 P("Phan Thị Thu Lài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thích Chơn Thiện", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự"),
 P("Thích Nữ Diệu Thuận", "Ni trưởng", "Trưởng phân ban Ni giới"),
 P("Nguyễn Đăng Quang", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Trần Văn Hiền", "Trưởng Ban Công tác Mặt trận khu vực 4")],
[Q("420 phần quà", 420, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 210 triệu đồng", 210000000, "đồng", "approx"), Q("25 suất học bổng", 25, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 650.000 phật tử", 650000, "phật tử", "over"), Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"),
 Q("187 ngôi chùa", 187, "ngôi chùa"), Q("6 tu viện", 6, "tu viện"), Q("41 niệm Phật đường", 41, "niệm Phật đường"),
 Q("18 căn nhà tình thương", 18, "căn nhà tình thương"), Q("50 phần quà", 50, "phần quà")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", None, None, "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Huế"), com("Kim Long"), com("Thủy Xuân"), com("Hương Thủy")],
["Ủy ban MTTQ Việt Nam thành phố Huế", "Trang chủ / Hoạt động / Tôn giáo - Dân tộc",
 "Hòa thượng Thích Quảng Tâm tiếp đoàn lãnh đạo thành phố.", "chùa Diệu Đế", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Ni viện Diệu Đức", "Lượt xem: 1.562"],
["Cập nhật lúc 14:10 ngày 13/05/2025", "Phật lịch 2569", "Dương lịch 2025", "năm 2024", "năm 2025", "khu vực 4", "ngày 9/5",
 "Lượt xem: 1.562"]))

PAGES.append(page("b2065-lamdong-mttq-giamsat-tongiao-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Bạn đang ở: Trang chủ » Giám sát, phản biện » Tin hoạt động
22.10.2025 | 10:30
Giám sát việc giải quyết đất đai liên quan cơ sở tôn giáo tại xã Đam Rông 2
Đoàn giám sát làm việc với UBND xã Đam Rông 2. Ảnh: K.Thư
Ngày 20/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí K' Mák, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc giải quyết đơn thư, kiến nghị liên quan đất đai của các cơ sở tôn giáo năm 2025 tại UBND xã Đam Rông 2 và xã Lạc Dương. Cùng tham gia đoàn có đại diện Ban Dân tộc và Tôn giáo (Sở Dân tộc và Tôn giáo tỉnh) và đồng chí Ka Sương, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đây là cuộc giám sát chuyên đề đầu tiên kể từ khi tỉnh Lâm Đồng mới được hình thành trên cơ sở hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Tỉnh hiện có 124 xã, phường, đặc khu với khoảng 1,6 triệu tín đồ các tôn giáo, trong đó đạo Tin lành có hơn 230.000 tín đồ, phần lớn là đồng bào K'Ho, Mạ, Chu Ru, Mnông.
Theo báo cáo của UBND xã Đam Rông 2, trên địa bàn có 11 điểm nhóm Tin lành, 2 giáo xứ Công giáo với 9.480 tín đồ. Từ đầu năm 2025 đến nay, xã tiếp nhận 14 đơn thư, kiến nghị liên quan đất đai của cơ sở tôn giáo, đã giải quyết 9 đơn, đang xem xét 5 đơn; có 3 trường hợp tự ý xây dựng nơi sinh hoạt tôn giáo trên đất nông nghiệp. Ông Cil Ha Mươn, Chủ tịch UBND xã Đam Rông 2, cho biết xã đang gặp khó khăn do hồ sơ đất đai từ cấp huyện cũ bàn giao chưa đầy đủ.
Tại buổi giám sát, Mục sư Kơ Să Ha Plin, Quản nhiệm chi hội Tin lành Đạ Rsal, kiến nghị cấp giấy chứng nhận quyền sử dụng 1.850 m2 đất mà chi hội đã sử dụng ổn định từ năm 2008. Linh mục Giuse Đinh Quang Trí, Quản xứ giáo xứ Phi Liêng, đề nghị xã hướng dẫn thủ tục sửa chữa nhà nguyện.
Kết luận giám sát, đồng chí K' Mák đánh giá UBND xã đã quan tâm giải quyết kiến nghị, song tiến độ còn chậm, tỷ lệ giải quyết mới đạt 64,3%. Đoàn đề nghị xã thực hiện đúng Luật Tín ngưỡng, tôn giáo, Luật Đất đai năm 2024 và Nghị định số 102/2024/NĐ-CP của Chính phủ; rà soát, hoàn thành giải quyết 5 đơn còn tồn trước ngày 31/12/2025; định kỳ đối thoại với chức sắc, chức việc. Đồng chí Lơ Mu Ha Dũng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Đam Rông 2, tiếp thu và cam kết phối hợp theo dõi.
Chiều cùng ngày, đoàn làm việc tại xã Lạc Dương. Bà Đa Cát Hà Nhung, Phó Chủ tịch UBND xã Lạc Dương, báo cáo xã có 6 điểm nhóm Tin lành đã được chấp thuận sinh hoạt tập trung và không có đơn thư tồn đọng.
Thực hiện Kế hoạch số 27-KH/MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đến hết tháng 11, đoàn sẽ giám sát tại 8 xã có đông đồng bào theo tôn giáo.
K.Thư
Các tin khác
- Ủy ban MTTQ tỉnh gặp mặt chức sắc tôn giáo sau hợp nhất (12/09/2025)
- Mặt trận xã Lạc Dương ra mắt tổ tự quản (30/09/2025)
- Hội nghị phản biện dự thảo quy định về đất tôn giáo (18/09/2025)
""", "2025-10-22", "Giám sát việc giải quyết đất đai liên quan cơ sở tôn giáo tại xã Đam Rông 2",
E("giam_sat", "2025", "2025-10-20"),
[P("K' Mák", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Sương", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cil Ha Mươn", "Chủ tịch UBND xã Đam Rông 2"),
 P("Kơ Să Ha Plin", "Mục sư", "Quản nhiệm chi hội Tin lành Đạ Rsal"),
 P("Giuse Đinh Quang Trí", "Linh mục", "Quản xứ giáo xứ Phi Liêng"),
 P("Lơ Mu Ha Dũng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đam Rông 2"),
 P("Đa Cát Hà Nhung", "Phó Chủ tịch UBND xã Lạc Dương")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("khoảng 1,6 triệu tín đồ", 1600000, "tín đồ", "approx"), Q("hơn 230.000 tín đồ", 230000, "tín đồ", "over"),
 Q("11 điểm nhóm Tin lành", 11, "điểm nhóm Tin lành"), Q("2 giáo xứ Công giáo", 2, "giáo xứ Công giáo"),
 Q("9.480 tín đồ", 9480, "tín đồ"), Q("14 đơn thư, kiến nghị", 14, "đơn thư, kiến nghị"), Q("9 đơn", 9, "đơn"),
 Q("5 đơn", 5, "đơn"), Q("3 trường hợp", 3, "trường hợp"), Q("1.850 m2", 1850, "m2"), Q("64,3%", 64.3, "%"),
 Q("6 điểm nhóm Tin lành", 6, "điểm nhóm Tin lành"), Q("8 xã", 8, "xã")],
[D("Nghị định", "102", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 102/2024/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "27", "KH/MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27-KH/MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Lạc Dương")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Bạn đang ở: Trang chủ » Giám sát, phản biện » Tin hoạt động",
 "Đoàn giám sát làm việc với UBND xã Đam Rông 2. Ảnh: K.Thư", "Luật Tín ngưỡng, tôn giáo", "Luật Đất đai năm 2024",
 "Sở Dân tộc và Tôn giáo tỉnh", "giáo xứ Phi Liêng"],
["22.10.2025 | 10:30", "năm 2025", "năm 2008", "năm 2024", "Đam Rông 2", "ngày 31/12/2025", "tháng 11", "đầu tiên"]))

PAGES.append(page("b2066-ninhbinh-btgdv-tongket-vunggiao-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH
Hôm nay: Thứ Sáu, 16/01/2026
Trang chủ > Tin tức > Dân vận - Tôn giáo
Thứ Tư, 14/01/2026 - 15:45
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Ninh Bình: vùng đồng bào Công giáo đóng góp hơn 320 tỷ đồng xây dựng nông thôn mới
Ngày 12/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị trực tuyến tổng kết công tác vận động đồng bào có đạo năm 2025, triển khai nhiệm vụ năm 2026, kết nối với 129 điểm cầu xã, phường. Đồng chí Đinh Văn Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, sau hợp nhất 3 tỉnh Ninh Bình, Nam Định, Hà Nam, tỉnh Ninh Bình mới có khoảng 820.000 giáo dân thuộc 3 giáo phận Phát Diệm, Bùi Chu, Thái Bình, sinh hoạt tại 447 giáo xứ; là địa phương có số giáo dân đông nhất miền Bắc. Năm 2025, đồng bào Công giáo đã đóng góp hơn 320 tỷ đồng, hiến trên 96.000 m2 đất xây dựng nông thôn mới; tham gia hỗ trợ xóa 1.120 căn nhà tạm, nhà dột nát. Có 1.386 giáo họ đạt danh hiệu khu dân cư văn hóa.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác tôn giáo trong tình hình mới và về tăng cường vận động đồng bào Công giáo vùng ven biển; ban hành Kế hoạch số 15-KH/BTGDVTU về thực hiện Quy chế phối hợp số 02 giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Sở Dân tộc và Tôn giáo. Khối dân vận các cấp đã tổ chức 856 cuộc tiếp xúc, thăm hỏi chức sắc, chức việc.
Tại hội nghị, đồng chí Trần Thị Lụa, Bí thư Đảng ủy xã Hải Hậu, chia sẻ kinh nghiệm phối hợp với 14 giáo xứ vận động giáo dân tham gia sắp xếp thôn, xóm; đồng chí Nguyễn Văn Trường, Chủ tịch Ủy ban MTTQ Việt Nam phường Phủ Lý, cho biết phường đã vận động giáo dân ủng hộ Quỹ "Vì người nghèo" 1,4 tỷ đồng. Linh mục Giuse Vũ Đình Chiến, Quản xứ giáo xứ Trung Linh, xã Xuân Trường, đánh giá cao sự lắng nghe của chính quyền cấp xã mới.
Phát biểu kết luận, đồng chí Đinh Văn Tuân đề nghị năm 2026 các cấp quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và văn kiện Đại hội XIV của Đảng trong đồng bào có đạo; tiếp tục thực hiện Kết luận số 118-KL/TW của Bộ Chính trị; tổ chức tốt các đợt thăm, chúc mừng dịp Tết Bính Ngọ; nhân rộng 230 mô hình "Dân vận khéo" trong vùng giáo. Đồng chí Vũ Thị Hải Yến, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, công bố quyết định tặng giấy khen cho 21 tập thể, 35 cá nhân.
Hội nghị cũng chỉ ra một số hạn chế: cán bộ làm công tác tôn giáo ở cấp xã sau sắp xếp còn thiếu kinh nghiệm; việc giải quyết một số kiến nghị về đất đai của cơ sở tôn giáo còn chậm; có nơi chưa chủ động nắm tình hình trong các dịp lễ lớn.
Hoàng Giang
Lượt xem: 968
Bài viết liên quan
- Lãnh đạo tỉnh chúc mừng Giáng sinh 2025 các Tòa Giám mục (24/12/2025)
- Tập huấn công tác dân vận cho cán bộ cấp xã (10/12/2025)
- Xã Kim Sơn đối thoại với giáo dân (28/11/2025)
""", "2026-01-14", "Ninh Bình: vùng đồng bào Công giáo đóng góp hơn 320 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", "2025", "2026-01-12"),
[P("Đinh Văn Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Lụa", "Bí thư Đảng ủy xã Hải Hậu"),
 P("Nguyễn Văn Trường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phủ Lý"),
 P("Giuse Vũ Đình Chiến", "Linh mục", "Quản xứ giáo xứ Trung Linh"),
 P("Vũ Thị Hải Yến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("129 điểm cầu xã, phường", 129, "điểm cầu xã, phường"), Q("3 tỉnh", 3, "tỉnh"),
 Q("khoảng 820.000 giáo dân", 820000, "giáo dân", "approx"), Q("3 giáo phận", 3, "giáo phận"), Q("447 giáo xứ", 447, "giáo xứ"),
 Q("hơn 320 tỷ đồng", 320000000000, "đồng", "over"), Q("trên 96.000 m2", 96000, "m2", "over"),
 Q("1.120 căn nhà tạm, nhà dột nát", 1120, "căn nhà tạm, nhà dột nát"), Q("1.386 giáo họ", 1386, "giáo họ"),
 Q("856 cuộc tiếp xúc, thăm hỏi", 856, "cuộc tiếp xúc, thăm hỏi"), Q("14 giáo xứ", 14, "giáo xứ"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("230 mô hình", 230, "mô hình"), Q("21 tập thể", 21, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU"),
 D("Quy chế phối hợp", "02", None, None, None, "Quy chế phối hợp số 02"),
 D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận số 118-KL/TW của Bộ Chính trị")],
[prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Hải Hậu"), com("Phủ Lý"), com("Xuân Trường")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH", "Hôm nay: Thứ Sáu, 16/01/2026", "Trang chủ > Tin tức > Dân vận - Tôn giáo",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Vì người nghèo", "Dân vận khéo", "giáo xứ Trung Linh", "Sở Dân tộc và Tôn giáo",
 "Lượt xem: 968"],
["Hôm nay: Thứ Sáu, 16/01/2026", "Thứ Tư, 14/01/2026 - 15:45", "năm 2025", "năm 2026", "lần thứ I", "Đại hội XIV",
 "Tết Bính Ngọ", "Lượt xem: 968"]))

PAGES.append(page("b2067-gialai-xadakdoa-doithoai-2026", """
Cổng thông tin điện tử xã Đak Đoa - tỉnh Gia Lai
Trang chủ | Tin tức | Hoạt động của Đảng ủy
2026-03-10 08:45
Bí thư Đảng ủy xã đối thoại với chức sắc, tín đồ các tôn giáo năm 2026
Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị đối thoại. Ảnh: Thanh Nhàn
Sáng 7/3, Ban Thường vụ Đảng ủy xã Đak Đoa tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với chức sắc, chức việc, người có uy tín và tín đồ các tôn giáo năm 2026. Chủ trì hội nghị có đồng chí Rơ Châm Ngui, Bí thư Đảng ủy xã; đồng chí Nguyễn Đức Thắng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Dự hội nghị có đồng chí Siu H'Prông, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai; Linh mục Phaolô Nguyễn Văn Sỹ, Quản xứ giáo xứ Đak Đoa; Mục sư Đinh Văn Blăk, Quản nhiệm chi hội Tin lành Hà Đông; các già làng: A Nhuih, Đinh Văn Gyưh cùng 165 đại biểu đại diện cho 42 thôn, làng.
Xã Đak Đoa được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Đak Đoa và 3 xã lân cận, có 48.600 nhân khẩu, trong đó đồng bào Bahnar, Jrai chiếm 57%; hơn 70% dân số theo đạo, chủ yếu là Công giáo và Tin lành. Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Quyết định số 05-QĐ/ĐU ngày 15/01/2026 của Đảng ủy xã về tiếp dân, đối thoại, đây là lần đối thoại đầu tiên của xã sau sắp xếp.
Tại hội nghị, có 21 ý kiến được nêu. Ông A Dok, người có uy tín làng Kon Sơ Lăl, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 37 hộ đồng bào; bà Ksor H'Nhi, tín đồ Tin lành làng Đê Kôn, hỏi về thủ tục đăng ký sinh hoạt tôn giáo tập trung cho nhóm 28 tín đồ. Linh mục Phaolô Nguyễn Văn Sỹ kiến nghị sửa tuyến đường 2,5 km vào nhà thờ giáo họ Kon Mahar.
Trả lời các ý kiến, đồng chí Rơ Châm Ngui cho biết năm 2026 xã bố trí 3,8 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia để làm 4 tuyến đường liên làng; hướng dẫn ngay thủ tục đăng ký cho nhóm tín đồ; giao Văn phòng HĐND-UBND xã hoàn thành hồ sơ đất đai cho 37 hộ trong quý II. Đồng chí Nguyễn Đức Thắng cam kết trả lời bằng văn bản đối với 6 ý kiến liên quan thẩm quyền của tỉnh.
Phát biểu tại hội nghị, đồng chí Siu H'Prông đánh giá cao cách làm của xã, đề nghị duy trì đối thoại định kỳ 6 tháng một lần; phát huy vai trò của 92 người có uy tín, tổ chức tốt phong trào "Dân vận khéo" và mô hình "Làng không có tội phạm".
Các già làng A Nhuih, Đinh Văn Gyưh thay mặt bà con cam kết vận động con cháu chấp hành pháp luật, không nghe theo "Tin lành Đê Ga".
Thanh Nhàn
Tin khác
- Xã Đak Đoa tổng kết công tác dân vận năm 2025 (05/01/2026)
- Gặp mặt chức sắc tôn giáo dịp Giáng sinh (23/12/2025)
- Ra mắt tổ hòa giải ở làng Kon Sơ Lăl (12/11/2025)
""", "2026-03-10", "Bí thư Đảng ủy xã đối thoại với chức sắc, tín đồ các tôn giáo năm 2026",
E("doi_thoai", "2026", "2026-03-07"),
[P("Rơ Châm Ngui", "Bí thư Đảng ủy xã"),
 P("Nguyễn Đức Thắng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Siu H'Prông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai"),
 P("Phaolô Nguyễn Văn Sỹ", "Linh mục", "Quản xứ giáo xứ Đak Đoa"),
 P("Đinh Văn Blăk", "Mục sư", "Quản nhiệm chi hội Tin lành Hà Đông"),
 P("A Nhuih", "già làng"),
 P("Đinh Văn Gyưh", "già làng"),
 P("A Dok", "người có uy tín làng Kon Sơ Lăl"),
 P("Ksor H'Nhi")],
[Q("165 đại biểu", 165, "đại biểu"), Q("42 thôn, làng", 42, "thôn, làng"), Q("3 xã", 3, "xã"), Q("48.600 nhân khẩu", 48600, "nhân khẩu"),
 Q("57%", 57, "%"), Q("hơn 70%", 70, "%", "over"), Q("21 ý kiến", 21, "ý kiến"), Q("37 hộ đồng bào", 37, "hộ đồng bào"),
 Q("28 tín đồ", 28, "tín đồ"), Q("2,5 km", 2.5, "km"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("4 tuyến đường liên làng", 4, "tuyến đường liên làng"),
 Q("6 ý kiến", 6, "ý kiến"), Q("92 người có uy tín", 92, "người có uy tín")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị"),
 D("Quyết định", "05", "QĐ/ĐU", "2026-01-15", "Đảng ủy xã", "Quyết định số 05-QĐ/ĐU ngày 15/01/2026 của Đảng ủy xã")],
[prov("Gia Lai"), com("Đak Đoa")],
["Cổng thông tin điện tử xã Đak Đoa - tỉnh Gia Lai", "Trang chủ | Tin tức | Hoạt động của Đảng ủy",
 "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị đối thoại. Ảnh: Thanh Nhàn", "giáo xứ Đak Đoa", "Dân vận khéo",
 "Làng không có tội phạm", "Tin lành Đê Ga", "Chương trình mục tiêu quốc gia"],
["2026-03-10 08:45", "năm 2026", "ngày 1/7/2025", "quý II", "6 tháng một lần", "lần đối thoại đầu tiên"]))

PAGES.append(page("b2068-nghean-chandung-uytin-2026", """
BÁO NGHỆ AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Xã hội › Dân tộc - Miền núi
Ngày 22/04/2026 | 07:00
Già Xồng Bá Tu (giữa) trò chuyện với cán bộ xã Mường Lống.
"Cây cao bóng cả" của bản Mông trên đỉnh Mường Lống
Ở tuổi 74, già Xồng Bá Tu, người có uy tín bản Mường Lống 1, xã Mường Lống, vẫn ngày ngày đến từng nhà khuyên con cháu giữ nếp sống mới. Hơn 30 năm làm trưởng dòng họ Xồng, ông đã vận động 19 hộ trong dòng họ từ bỏ "Vàng Chứ", trở về với tín ngưỡng truyền thống và sinh hoạt đúng pháp luật.
Những năm 2010, khi một số đối tượng lén lút truyền đạo trái phép vào bản, già Tu cùng các trưởng dòng họ Vừ, Lầu, Già đã họp bàn, đưa nội dung "không nghe, không theo, không tàng trữ tài liệu" vào quy ước của bản. Nhờ vậy, trong 8 năm liền, bản không có người theo đạo trái phép, không có người vượt biên.
Ông Lầu Bá Xứ, Chủ tịch UBND xã Mường Lống, cho biết: xã hiện có 1.742 hộ với 9.860 nhân khẩu, 98% là đồng bào Mông; trong đó có 64 người có uy tín được bình chọn theo Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ. "Già Tu là người đầu tiên trong bản trồng 3 ha cây dược liệu, mỗi năm thu hơn 200 triệu đồng, rồi hướng dẫn cho 27 hộ làm theo", ông Xứ nói.
Không chỉ vận động bà con, già Xồng Bá Tu còn hiến 1.500 m2 đất làm điểm trường mầm non và nhà văn hóa bản. Năm 2025, ông được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Nghệ An chung tay vì người nghèo - không để ai bị bỏ lại phía sau".
Theo bà Lô Thị Thanh Nga, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, toàn tỉnh hiện có 2.760 người có uy tín, trong đó có 312 người là người Mông. Sau khi tổ chức chính quyền địa phương 2 cấp, Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 04-HD/BTGDVTU ngày 12/9/2025 về phát huy vai trò người có uy tín ở các xã vùng cao, trong đó yêu cầu mỗi xã duy trì ít nhất 1 lần gặp mặt mỗi quý.
Khi chúng tôi chia tay, già Tu tiễn ra tận đầu bản, dặn: "Cán bộ về nói với Đảng, bà con Mông ở đây tin Đảng, không theo kẻ xấu đâu". Phía xa, những nương dược liệu xanh mướt phủ kín sườn đồi, thay cho những nương thuốc phiện năm nào.
Câu chuyện của già Xồng Bá Tu cũng là câu chuyện chung của nhiều người có uy tín nơi vùng cao xứ Nghệ: lặng lẽ, bền bỉ, trở thành chỗ dựa tin cậy của cấp ủy, chính quyền trong việc giữ vững khối đại đoàn kết các dân tộc.
Hồ Phương
Lượt đọc: 5.207
Tin liên quan
- Trao 500 suất quà cho người có uy tín dịp Tết Bính Ngọ (10/02/2026)
- Xã Nhôn Mai đối thoại với đồng bào Khơ Mú (26/03/2026)
- Kỳ Sơn: bản Mông thoát nghèo nhờ cây dược liệu (02/04/2026)
""", "2026-04-22", '"Cây cao bóng cả" của bản Mông trên đỉnh Mường Lống',
E("khac", None, None),
[P("Xồng Bá Tu", "người có uy tín bản Mường Lống 1", "trưởng dòng họ Xồng"),
 P("Lầu Bá Xứ", "Chủ tịch UBND xã Mường Lống"),
 P("Lô Thị Thanh Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền")],
[Q("19 hộ", 19, "hộ"), Q("1.742 hộ", 1742, "hộ"), Q("9.860 nhân khẩu", 9860, "nhân khẩu"), Q("98%", 98, "%"),
 Q("64 người có uy tín", 64, "người có uy tín"), Q("3 ha", 3, "ha"), Q("hơn 200 triệu đồng", 200000000, "đồng", "over"),
 Q("27 hộ", 27, "hộ"), Q("1.500 m2", 1500, "m2"), Q("2.760 người có uy tín", 2760, "người có uy tín"), Q("312 người", 312, "người")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2025-09-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 12/9/2025")],
[prov("Nghệ An"), com("Mường Lống")],
["BÁO NGHỆ AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN", "Xã hội › Dân tộc - Miền núi",
 "Già Xồng Bá Tu (giữa) trò chuyện với cán bộ xã Mường Lống.", "Cây cao bóng cả", "Vàng Chứ",
 "không nghe, không theo, không tàng trữ tài liệu", "Nghệ An chung tay vì người nghèo - không để ai bị bỏ lại phía sau", "Lượt đọc: 5.207"],
["Ngày 22/04/2026 | 07:00", "tuổi 74", "Hơn 30 năm", "8 năm", "Những năm 2010", "Năm 2025", "2 cấp", "1 lần", "mỗi năm",
 "Mường Lống 1", "Lượt đọc: 5.207"]))
