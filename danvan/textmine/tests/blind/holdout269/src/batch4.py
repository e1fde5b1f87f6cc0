from lib import *
PAGES = []

PAGES.append(page("b6431-yenbai-daihoi-dtts-2024", """
Báo Yên Bái điện tử
Trang chủ / Chính trị / Dân tộc - Tôn giáo
21/06/2024 | 07:50
Văn Chấn: Đồng bào các dân tộc hiến gần 200.000 m2 đất làm đường
YBĐT - Ngày 19/6, huyện Văn Chấn long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV. Dự đại hội có 180 đại biểu chính thức, đại diện cho hơn 120.000 đồng bào thuộc 19 dân tộc trên địa bàn.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Tới dự có ông Giàng A Tông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Hoàng Thị Vỵ, Trưởng Ban Dân tộc tỉnh. Về phía huyện có ông Hà Đức Minh, Bí thư Huyện ủy, Chủ tịch HĐND huyện và ông Lò Văn Khang, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo đại hội.
Báo cáo tại đại hội cho thấy, giai đoạn 2019 - 2024, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, cùng Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh về cơ chế hỗ trợ xi măng, đồng bào các dân tộc Văn Chấn đã tự nguyện hiến gần 200.000 m2 đất, đóng góp trên 40 tỷ đồng và hàng vạn ngày công, cùng Nhà nước làm mới, cứng hóa 412,6 km đường giao thông nông thôn. Tỷ lệ hộ nghèo giảm bình quân 3,5%/năm; 100% xã có đường ô tô đến trung tâm được cứng hóa.
Nhiều tấm gương tiêu biểu được nêu tại đại hội. Ông Sùng A Chu, người có uy tín thôn Tà Chì Lư, xã Suối Giàng, đã vận động 62 hộ Mông hiến đất mở tuyến đường 3 km đến khu chè Shan tuyết cổ thụ. Bà Hoàng Thị Thoan, Bí thư Chi bộ thôn Đồng Lơi, xã Sơn Lương, cùng chi bộ vận động bà con người Tày góp 350 triệu đồng làm đường nội thôn.
Tham luận tại đại hội, ông Lường Văn Tiến, Bí thư Đảng ủy xã Nghĩa Tâm, chia sẻ kinh nghiệm thực hiện Kết luận số 35-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số: "Cán bộ làm trước, người uy tín nói trước, dân mới làm theo".
Đại hội đã bầu 63 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ IV và đề ra mục tiêu giai đoạn 2024 - 2029: phấn đấu mỗi năm cứng hóa ít nhất 40 km đường giao thông nông thôn, 85% thôn có đường trục được bê tông hóa.
Dịp này, UBND huyện tặng giấy khen cho 25 tập thể và 46 cá nhân tiêu biểu trong phong trào thi đua yêu nước và thực hiện chính sách dân tộc, trong đó có 18 hộ hiến đất làm đường.
Thanh Sơn
Tin cùng chuyên mục
- Trạm Tấu: Đại hội đại biểu các dân tộc thiểu số huyện (14/06/2024)
- Mù Cang Chải mở đường đến bản xa (05/06/2024)
- Người có uy tín gương mẫu hiến đất (28/05/2024)
""", "2024-06-21", "Văn Chấn: Đồng bào các dân tộc hiến gần 200.000 m2 đất làm đường",
E("dai_hoi", None, "2024-06-19"),
[P("Giàng A Tông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Vỵ", "Trưởng Ban Dân tộc tỉnh"),
 P("Hà Đức Minh", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lò Văn Khang", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo đại hội"),
 P("Sùng A Chu", "người có uy tín thôn Tà Chì Lư"),
 P("Hoàng Thị Thoan", "Bí thư Chi bộ thôn Đồng Lơi"),
 P("Lường Văn Tiến", "Bí thư Đảng ủy xã Nghĩa Tâm")],
[Q("gần 200.000 m2", 200000, "m2", "approx"), Q("180 đại biểu chính thức", 180, "đại biểu chính thức"),
 Q("hơn 120.000 đồng bào", 120000, "đồng bào", "over"), Q("19 dân tộc", 19, "dân tộc"),
 Q("trên 40 tỷ đồng", 40000000000, "đồng", "over"), Q("412,6 km", 412.6, "km"), Q("3,5%/năm", 3.5, "%"), Q("100%", 100, "%"),
 Q("62 hộ Mông", 62, "hộ Mông"), Q("3 km", 3, "km"), Q("350 triệu đồng", 350000000, "đồng"), Q("63 đại biểu", 63, "đại biểu"),
 Q("ít nhất 40 km", 40, "km", "over"), Q("85%", 85, "%"), Q("25 tập thể", 25, "tập thể"), Q("46 cá nhân tiêu biểu", 46, "cá nhân tiêu biểu"),
 Q("18 hộ", 18, "hộ")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "69", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 69/2020/NQ-HĐND"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35-KL/TU")],
[prov("Yên Bái"), com("Suối Giàng"), com("Sơn Lương"), com("Nghĩa Tâm")],
["Báo Yên Bái điện tử", "Trang chủ / Chính trị / Dân tộc - Tôn giáo", "YBĐT", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Cán bộ làm trước, người uy tín nói trước, dân mới làm theo"],
["21/06/2024 | 07:50", "lần thứ IV", "giai đoạn 2019 - 2024", "giai đoạn 2024 - 2029", "mỗi năm"]))

PAGES.append(page("b6432-binhthuan-bdvhu-giaoban-thang10-2024", """
BÁO BÌNH THUẬN ONLINE
Chính trị - Xã hội | Dân vận
Thứ Ba, 05/11/2024, 10:30
Hàm Thuận Bắc: Giao ban dân vận tháng 10, tập trung vận động hiến đất làm đường
Ngày 4/11, Ban Dân vận Huyện ủy Hàm Thuận Bắc tổ chức giao ban khối dân vận tháng 10/2024. Đồng chí Trần Thị Ngọc Hà, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì; tham dự có đại diện Mặt trận, các đoàn thể huyện và trưởng khối dân vận 17 xã, thị trấn.
Trong tháng 10, khối dân vận các xã đã phối hợp vận động 76 hộ hiến 5.840 m2 đất để mở rộng 6 tuyến đường giao thông nông thôn ở các xã Hàm Trí, Hàm Phú, Đông Giang, La Dạ; vận động nhân dân đóng góp 1,25 tỷ đồng. Riêng tuyến đường Hàm Trí - Hàm Phú dài 4,2 km, 31 hộ đã đồng ý dời hàng rào, cây thanh long vào phía trong từ 1 đến 1,5 m.
Các xã cũng tổ chức 23 buổi tuyên truyền Luật Đất đai năm 2024 và Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới, gắn với triển khai Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy về thi đua lập thành tích chào mừng đại hội đảng bộ các cấp.
Đồng chí K'Sơn Thị Hòa, Bí thư Đảng ủy xã La Dạ, cho biết xã có 60% dân số là đồng bào Raglai, K'Ho; nhờ vai trò của các già làng như ông Mang Văn Dũng, thôn Đa Kai, các hộ hiến đất làm đường vào khu sản xuất rất tích cực, trong tháng có 14 hộ hiến 1.600 m2.
Bên cạnh kết quả, giao ban chỉ ra một số khó khăn: giá đất thanh long tăng khiến một số hộ ở Hàm Trí còn do dự; 5 hộ có ý kiến đề nghị bồi thường tài sản trên đất; nguồn vốn đối ứng của một số xã còn chậm.
Kết luận giao ban, đồng chí Trần Thị Ngọc Hà đề nghị trong tháng 11 các xã tập trung đối thoại với các hộ còn băn khoăn, công khai phương án tuyến; thực hiện tốt Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy; phấn đấu đến hết năm có thêm 10 km đường nông thôn được mở rộng.
Cũng trong tháng, Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ Việt Nam huyện kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 3 xã, qua đó kiến nghị chấn chỉnh việc công khai các khoản đóng góp tự nguyện của nhân dân trên bảng tin của các thôn.
Hàm Thuận Bắc là huyện có diện tích trồng thanh long lớn nhất tỉnh Bình Thuận. Những năm gần đây, nhu cầu đường cho xe tải vào tận vườn thu mua rất lớn, nên phong trào hiến đất làm đường được người dân hưởng ứng. Tuy nhiên, giá trị đất vườn cao khiến công tác vận động đòi hỏi sự kiên trì, minh bạch và nêu gương của cán bộ, đảng viên ở từng thôn.
Thái Sơn
Tin liên quan
- Bắc Bình: 120 hộ hiến đất làm đường (28/10/2024)
- Giao ban khối dân vận tháng 9/2024 (04/10/2024)
- La Dạ khánh thành đường vào khu sản xuất (20/09/2024)
""", "2024-11-05", "Hàm Thuận Bắc: Giao ban dân vận tháng 10, tập trung vận động hiến đất làm đường",
E("giao_ban", "2024-10", "2024-11-04"),
[P("Trần Thị Ngọc Hà", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("K'Sơn Thị Hòa", "Bí thư Đảng ủy xã La Dạ"),
 P("Mang Văn Dũng", "già làng")],
[Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("76 hộ", 76, "hộ"), Q("5.840 m2", 5840, "m2"), Q("6 tuyến đường giao thông nông thôn", 6, "tuyến đường giao thông nông thôn"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("4,2 km", 4.2, "km"), Q("31 hộ", 31, "hộ"), Q("từ 1 đến 1,5 m", 1, "m", "approx"),
 Q("23 buổi tuyên truyền", 23, "buổi tuyên truyền"), Q("60%", 60, "%"), Q("14 hộ", 14, "hộ"), Q("1.600 m2", 1600, "m2"),
 Q("5 hộ", 5, "hộ"), Q("10 km", 10, "km"), Q("3 xã", 3, "xã")],
[D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định số 144-QĐ/TW ngày 9/5/2024"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Bình Thuận"), com("Hàm Trí"), com("Hàm Phú"), com("Đông Giang"), com("La Dạ")],
["BÁO BÌNH THUẬN ONLINE", "Chính trị - Xã hội | Dân vận", "Luật Đất đai năm 2024", "Quy chế dân chủ ở cơ sở"],
["Thứ Ba, 05/11/2024, 10:30", "tháng 10/2024", "tháng 10", "tháng 11", "Luật Đất đai năm 2024"]))

PAGES.append(page("b6433-haiduong-btgdv-taphuan-2025", """
Báo Hải Dương điện tử
Trang chủ >> Chính trị >> Xây dựng Đảng
16/05/2025 - 06:45
Cán bộ cơ sở "học cách" vận động dân hiến đất mở rộng đường
Ngày 14 và 15/5, Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương phối hợp với Sở Xây dựng tổ chức lớp tập huấn năm 2025 về kỹ năng vận động nhân dân tham gia giải phóng mặt bằng, hiến đất mở rộng đường giao thông nông thôn cho gần 260 cán bộ là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng thôn, khu dân cư.
Toàn cảnh lớp tập huấn.
Khai mạc lớp học, đồng chí Phạm Thị Thu Hường, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết giai đoạn 2021 - 2024, nhân dân trong tỉnh đã hiến khoảng 1,45 triệu m2 đất, đóng góp trên 620 tỷ đồng để cứng hóa, mở rộng hơn 1.800 km đường trục xã, trục thôn. Năm 2025, tỉnh đặt mục tiêu nâng cấp thêm 350 km, trong đó nhiều tuyến phải mở rộng lên 5 - 7 m, đòi hỏi vận động hàng nghìn hộ hiến đất.
Các học viên được nghe ông Vũ Minh Đức, Phó Giám đốc Sở Xây dựng, giới thiệu quy hoạch mạng lưới giao thông nông thôn; bà Nguyễn Thị Lan Anh, Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, quán triệt Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về quản lý và sử dụng đất, Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 210-KH/BTGDVTU ngày 20/3/2025 về công tác dân vận chính quyền năm 2025.
Nhiều tình huống thực tế được đưa ra thảo luận. Ông Nguyễn Văn Thiện, Trưởng thôn An Lại, xã Dân Chủ, chia sẻ thôn vận động được 47 hộ dời tường rào, hiến tổng cộng 1.320 m2 đất mà không cần cưỡng chế; bí quyết là "làm từ nhà cán bộ trước, đo đạc công khai, ai hiến bao nhiêu ghi lên bảng tin". Bà Đỗ Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Thanh Quang, kể cách xã mời người dân tham gia ban giám sát đầu tư cộng đồng ngay từ khi khảo sát tuyến.
Báo cáo viên cũng lưu ý những trường hợp dễ phát sinh khiếu nại: hộ hiến đất nhưng chưa được chỉnh lý giấy chứng nhận quyền sử dụng đất, hộ có nhà ở sát đường phải cắt xén, hộ nghèo không còn đất sản xuất. Theo thống kê, năm 2024 toàn tỉnh có 38 đơn thư liên quan đến việc hiến đất làm đường, đã giải quyết 35 đơn.
Kết thúc lớp học, đồng chí Phạm Thị Thu Hường đề nghị các học viên vận dụng kiến thức vào thực tiễn, mỗi xã chọn ít nhất một tuyến đường làm điểm; kịp thời báo cáo những vướng mắc về Ban Tuyên giáo và Dân vận Tỉnh ủy để tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy.
Lớp tập huấn diễn ra trong bối cảnh các địa phương đang chuẩn bị sắp xếp đơn vị hành chính cấp xã, vì vậy các học viên được đề nghị bàn giao đầy đủ hồ sơ các tuyến đường đang vận động cho chính quyền xã mới, tránh để gián đoạn công việc.
Lan Hương
Tin khác
- Thanh Hà: Hơn 300 hộ hiến đất mở đường (08/05/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I (02/04/2025)
- Kinh Môn khánh thành tuyến đường liên xã (20/03/2025)
""", "2025-05-16", "Cán bộ cơ sở \"học cách\" vận động dân hiến đất mở rộng đường",
E("tap_huan", "2025", "2025-05-14"),
[P("Phạm Thị Thu Hường", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Minh Đức", "Phó Giám đốc Sở Xây dựng"),
 P("Nguyễn Thị Lan Anh", "Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thiện", "Trưởng thôn An Lại"),
 P("Đỗ Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Thanh Quang")],
[Q("gần 260 cán bộ", 260, "cán bộ", "approx"), Q("khoảng 1,45 triệu m2", 1450000, "m2", "approx"),
 Q("trên 620 tỷ đồng", 620000000000, "đồng", "over"), Q("hơn 1.800 km", 1800, "km", "over"), Q("350 km", 350, "km"),
 Q("5 - 7 m", 5, "m", "approx"), Q("47 hộ", 47, "hộ"), Q("1.320 m2", 1320, "m2"), Q("38 đơn thư", 38, "đơn thư"), Q("35 đơn", 35, "đơn")],
[D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương khóa XIII", "Nghị quyết số 18-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "210", "KH/BTGDVTU", "2025-03-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 210-KH/BTGDVTU ngày 20/3/2025")],
[prov("Hải Dương"), com("Dân Chủ"), com("Thanh Quang")],
["Báo Hải Dương điện tử", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Toàn cảnh lớp tập huấn.", "Luật Thực hiện dân chủ ở cơ sở",
 "làm từ nhà cán bộ trước, đo đạc công khai, ai hiến bao nhiêu ghi lên bảng tin"],
["16/05/2025 - 06:45", "năm 2025", "giai đoạn 2021 - 2024", "năm 2024", "khóa XIII", "một tuyến đường"]))

PAGES.append(page("b6434-tuyenquang-mttq-phatdong-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Mặt trận - Đoàn thể
Thứ Năm, 18/09/2025 - 15:20
Xã vùng cao Bạch Đích phát động hiến đất, làm 15 km đường bê tông
Ngày 16/9, Ủy ban MTTQ Việt Nam xã Bạch Đích tổ chức hội nghị phát động phong trào "Chung sức làm đường giao thông nông thôn" năm 2025. Đây là hội nghị phát động đầu tiên của xã sau khi sắp xếp đơn vị hành chính, thực hiện chính quyền địa phương 2 cấp.
Xã Bạch Đích (mới) được thành lập trên cơ sở sáp nhập 3 xã của huyện Yên Minh thuộc tỉnh Hà Giang trước đây, nay thuộc tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh. Xã có 34 thôn, hơn 3.900 hộ, chủ yếu là đồng bào Mông, Dao, Giáy; nhiều thôn vẫn chưa có đường cứng hóa đến trung tâm.
Ông Vàng Mí Dình, Bí thư Đảng ủy, Chủ tịch HĐND xã Bạch Đích phát biểu tại hội nghị.
Theo kế hoạch, năm 2025 và năm 2026 xã sẽ bê tông hóa 15 km đường liên thôn, nội thôn với phương châm "Nhà nước hỗ trợ xi măng, nhân dân hiến đất, góp công". Tổng kinh phí dự kiến khoảng 12 tỷ đồng, trong đó người dân đóng góp khoảng 20% bằng ngày công và vật liệu tại chỗ như cát, đá. Ngay tại hội nghị, 126 hộ của 5 thôn đã ký cam kết hiến đất, với diện tích khoảng 8.700 m2.
Phát biểu tại hội nghị, ông Vàng Mí Dình, Bí thư Đảng ủy, Chủ tịch HĐND xã, yêu cầu mỗi chi bộ thôn ra nghị quyết chuyên đề, mỗi đảng viên vận động ít nhất 5 hộ; thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy xã về công tác dân vận trong xây dựng nông thôn mới. Bà Lù Thị Sỉ, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị các chi hội phụ nữ, nông dân, cựu chiến binh nhận đoạn đường tự quản.
Ông Thào Seo Chúa, người có uy tín thôn Lùng Thầu, phát biểu bằng tiếng Mông: "Đường có thì cái ngô, cái chè bán được giá, con đi học không còn ngã. Nhà mình hiến trước". Ông Nguyễn Văn Hưng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang, đánh giá cao cách làm của xã, đề nghị gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Dịp này, Ủy ban MTTQ tỉnh hỗ trợ xã 300 tấn xi măng từ nguồn vận động xã hội hóa; một doanh nghiệp trên địa bàn tặng 500 triệu đồng để làm cầu tràn thôn Lùng Thầu.
Được biết, trước đây, nhân dân vùng cao Hà Giang đã có nhiều kinh nghiệm trong phong trào hiến đất, góp công làm đường theo chủ trương "Nhà nước và nhân dân cùng làm". Sau sắp xếp, tỉnh Tuyên Quang tiếp tục duy trì cơ chế hỗ trợ xi măng cho các xã vùng cao, biên giới.
Minh Khang
Tin liên quan
- Xã Mèo Vạc ra quân làm đường sau mưa lũ (10/09/2025)
- Tuyên Quang: Hội nghị Ban Chấp hành Đảng bộ tỉnh (05/09/2025)
- Người có uy tín góp sức giữ bình yên biên giới (28/08/2025)
""", "2025-09-18", "Xã vùng cao Bạch Đích phát động hiến đất, làm 15 km đường bê tông",
E("hoi_nghi", "2025", "2025-09-16"),
[P("Vàng Mí Dình", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bạch Đích", "Chủ tịch HĐND xã"),
 P("Lù Thị Sỉ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Seo Chúa", "người có uy tín thôn Lùng Thầu"),
 P("Nguyễn Văn Hưng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang")],
[Q("15 km", 15, "km"), Q("3 xã", 3, "xã"), Q("34 thôn", 34, "thôn"), Q("hơn 3.900 hộ", 3900, "hộ", "over"),
 Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("khoảng 20%", 20, "%", "approx"), Q("126 hộ", 126, "hộ"), Q("5 thôn", 5, "thôn"),
 Q("khoảng 8.700 m2", 8700, "m2", "approx"), Q("ít nhất 5 hộ", 5, "hộ", "over"), Q("300 tấn", 300, "tấn"),
 Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Bạch Đích")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Mặt trận - Đoàn thể", "Chung sức làm đường giao thông nông thôn",
 "Ông Vàng Mí Dình, Bí thư Đảng ủy, Chủ tịch HĐND xã Bạch Đích phát biểu tại hội nghị.",
 "Nhà nước hỗ trợ xi măng, nhân dân hiến đất, góp công", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Nhà nước và nhân dân cùng làm"],
["Thứ Năm, 18/09/2025 - 15:20", "năm 2025", "năm 2026", "2 cấp"]))

PAGES.append(page("b6435-dongnai-mttq-xa-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Hôm nay: Thứ Hai, 19/01/2026
Đăng lúc: 08:40 - 16/01/2026
Ảnh: Quang cảnh hội nghị tổng kết.
Xã Bù Đăng triển khai nhiệm vụ năm 2026, tiếp tục vận động hiến đất làm đường
Ngày 14/1, Ủy ban MTTQ Việt Nam xã Bù Đăng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Dự hội nghị có ông Điểu Thanh Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; ông Trần Quốc Việt, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.
Năm 2025 là năm đặc biệt khi xã Bù Đăng (mới) được thành lập trên cơ sở sắp xếp thị trấn Đức Phong và các xã Đoàn Kết, Minh Hưng thuộc huyện Bù Đăng, tỉnh Bình Phước (cũ). Dù vừa ổn định tổ chức bộ máy, Mặt trận xã vẫn phối hợp vận động 214 hộ hiến 16.900 m2 đất để mở rộng, bê tông hóa 11 tuyến đường sỏi đỏ với tổng chiều dài 13,7 km; nhân dân đóng góp hơn 2,8 tỷ đồng và 3.600 ngày công.
Theo bà Thị Lanh, Chủ tịch Ủy ban MTTQ Việt Nam xã, điểm nổi bật là sự tham gia của đồng bào S'tiêng ở các sóc Bù Tố, Bù Khơn. Già làng Điểu Bình ở sóc Bù Tố đã hiến 1,2 ha đất rẫy điều để làm đường vào khu sản xuất, được UBND tỉnh tặng bằng khen. Mặt trận xã cũng chủ trì giám sát 4 công trình giao thông, phát hiện và kiến nghị khắc phục 2 đoạn đường chưa bảo đảm chất lượng.
Trong năm, Ủy ban MTTQ xã đã triển khai Kết luận số 18-KL/ĐU của Ban Thường vụ Đảng ủy xã về công tác dân vận trong giai đoạn vận hành chính quyền địa phương hai cấp, và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành Khung hướng dẫn các cấp ủy đảng tiếp tục phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống. Quỹ "Vì người nghèo" xã vận động được 615 triệu đồng, hỗ trợ xây mới 9 căn nhà.
Ông Trần Quốc Việt đánh giá cao kết quả đạt được, đề nghị năm 2026 Mặt trận xã phát huy vai trò nòng cốt trong tập hợp, đoàn kết nhân dân; phấn đấu vận động bê tông hóa thêm ít nhất 15 km đường, trong đó ưu tiên các tuyến đến điểm trường và khu sản xuất tập trung; tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Ông Điểu Thanh Sơn đề nghị Mặt trận xã tiếp tục thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Đồng Nai về phát triển kết cấu hạ tầng giao thông nông thôn giai đoạn 2025 - 2030, quan tâm hỗ trợ hộ đồng bào dân tộc thiểu số sau khi hiến đất.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 7 tập thể và 19 cá nhân có thành tích tiêu biểu.
Bảo Ngọc
Tin cùng chuyên mục
- Phường Bình Phước ra mắt tổ tự quản đường giao thông (12/01/2026)
- Xã Phước Sơn vận động 50 hộ hiến đất (05/01/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (30/12/2025)
""", "2026-01-16", "Xã Bù Đăng triển khai nhiệm vụ năm 2026, tiếp tục vận động hiến đất làm đường",
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu Thanh Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Trần Quốc Việt", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Lanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Bình", "Già làng")],
[Q("214 hộ", 214, "hộ"), Q("16.900 m2", 16900, "m2"), Q("11 tuyến đường sỏi đỏ", 11, "tuyến đường sỏi đỏ"), Q("13,7 km", 13.7, "km"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("3.600 ngày công", 3600, "ngày công"), Q("1,2 ha", 1.2, "ha"),
 Q("4 công trình giao thông", 4, "công trình giao thông"), Q("2 đoạn đường", 2, "đoạn đường"), Q("615 triệu đồng", 615000000, "đồng"),
 Q("9 căn nhà", 9, "căn nhà"), Q("ít nhất 15 km", 15, "km", "over"), Q("7 tập thể", 7, "tập thể"), Q("19 cá nhân", 19, "cá nhân")],
[D("Kết luận", "18", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 18-KL/ĐU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh Đồng Nai", "Nghị quyết số 05-NQ/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Đức Phong"), com("Đoàn Kết"), com("Minh Hưng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Hôm nay: Thứ Hai, 19/01/2026", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Vì người nghèo"],
["Hôm nay: Thứ Hai, 19/01/2026", "Đăng lúc: 08:40 - 16/01/2026", "năm 2026", "năm 2025", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "giai đoạn 2025 - 2030", "hai cấp"]))

PAGES.append(page("b6436-vinhlong-xa-doithoai-2026", """
Cổng thông tin điện tử tỉnh Vĩnh Long
Tin tức - Sự kiện / Tin địa phương
Thứ Sáu ngày 27/03/2026 | 16:10
Xã Tam Ngãi đối thoại với người dân về nâng cấp đường liên ấp
Chiều 25/3, Đảng ủy, UBND xã Tam Ngãi tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, với chủ đề nâng cấp, mở rộng tuyến đường liên ấp Sóc Ruộng - Trà Mẹt. Đây là xã được thành lập từ việc sáp nhập các xã Tam Ngãi, Thông Hòa, Thạnh Phú thuộc tỉnh Trà Vinh (cũ), có gần 40% dân số là đồng bào Khmer.
Chủ trì đối thoại có ông Kim Sóc Phal, Bí thư Đảng ủy xã và bà Nguyễn Thị Mỹ Tiên, Chủ tịch UBND xã. Dự hội nghị có hơn 200 người dân các ấp Sóc Ruộng, Trà Mẹt, Ô Tưng cùng các vị Achar, sư sãi chùa Sóc Ruộng.
Người dân đặt câu hỏi tại buổi đối thoại.
Theo phương án, tuyến đường dài 5,3 km được nâng cấp từ mặt đal 2 m lên mặt bê tông nhựa rộng 5 m, tổng mức đầu tư 28,5 tỷ đồng từ ngân sách tỉnh. Tuyến đi qua đất của 173 hộ, diện tích cần giải phóng khoảng 14.200 m2. Đến nay, 151 hộ đã đồng ý hiến đất, 22 hộ còn băn khoăn.
Tại buổi đối thoại có 19 ý kiến. Ông Sơn Văn Thol, ấp Sóc Ruộng, hỏi gia đình có căn nhà nằm sát lộ, nếu hiến thì phần nhà bị cắt xén có được hỗ trợ sửa chữa không. Bà Thạch Thị Sa Rênh, ấp Trà Mẹt, đề nghị làm thêm cống thoát nước vì mùa mưa nước tràn vào ruộng. Achar Kim Văn Nết, chùa Sóc Ruộng, cho biết nhà chùa đồng ý hiến 320 m2 đất phía trước cổng chùa và sẽ cùng vận động phật tử.
Trả lời các ý kiến, bà Nguyễn Thị Mỹ Tiên cho biết hộ có vật kiến trúc bị ảnh hưởng được hỗ trợ theo Quyết định số 12/2026/QĐ-UBND của UBND tỉnh; hộ nghèo, hộ cận nghèo hiến đất được hỗ trợ thêm 5 triệu đồng/hộ từ Quỹ "Vì người nghèo" xã; dự án sẽ bố trí 9 cống ngang đường.
Ông Kim Sóc Phal khẳng định xã thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở và Kết luận số 06-KL/ĐU ngày 10/2/2026 của Ban Thường vụ Đảng ủy xã về công tác dân vận trong đầu tư hạ tầng giao thông; mọi khoản hỗ trợ đều được niêm yết công khai tại nhà văn hóa ấp.
Kết thúc đối thoại, thêm 16 hộ ký cam kết hiến đất, nâng tỷ lệ đồng thuận lên 96,5%. Ông Lâm Văn Hiền, Trưởng ấp Sóc Ruộng, cho biết tổ dân vận ấp sẽ tiếp tục đến từng nhà 6 hộ còn lại trước khi khởi công vào tháng 5.
Tuyến đường liên ấp Sóc Ruộng - Trà Mẹt hiện là lối đi chính của hơn 600 hộ dân, nhiều đoạn mặt đal đã vỡ, xe tải chở lúa, chở dừa không vào được. Người dân kỳ vọng khi con đường hoàn thành, việc đi lại, tiêu thụ nông sản và đưa đón học sinh sẽ thuận lợi hơn, góp phần giúp xã sớm đạt chuẩn nông thôn mới nâng cao.
Mỹ Linh
Tin liên quan
- Xã Cầu Kè vận động hiến đất làm đường (20/03/2026)
- Vĩnh Long: Ra mắt 100 mô hình "Dân vận khéo" (12/03/2026)
""", "2026-03-27", "Xã Tam Ngãi đối thoại với người dân về nâng cấp đường liên ấp",
E("doi_thoai", "2026", "2026-03-25"),
[P("Kim Sóc Phal", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Mỹ Tiên", "Chủ tịch UBND xã"),
 P("Sơn Văn Thol"), P("Thạch Thị Sa Rênh"),
 P("Kim Văn Nết", "Achar"),
 P("Lâm Văn Hiền", "Trưởng ấp Sóc Ruộng")],
[Q("gần 40%", 40, "%", "approx"), Q("hơn 200 người dân", 200, "người dân", "over"), Q("5,3 km", 5.3, "km"), Q("2 m", 2, "m"),
 Q("5 m", 5, "m"), Q("28,5 tỷ đồng", 28500000000, "đồng"), Q("173 hộ", 173, "hộ"), Q("khoảng 14.200 m2", 14200, "m2", "approx"),
 Q("151 hộ", 151, "hộ"), Q("22 hộ", 22, "hộ"), Q("19 ý kiến", 19, "ý kiến"), Q("320 m2", 320, "m2"), Q("5 triệu đồng/hộ", 5000000, "đồng"),
 Q("9 cống ngang đường", 9, "cống ngang đường"), Q("16 hộ", 16, "hộ"), Q("96,5%", 96.5, "%"), Q("6 hộ", 6, "hộ"), Q("hơn 600 hộ dân", 600, "hộ dân", "over")],
[D("Quyết định", "12", "2026/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 12/2026/QĐ-UBND"),
 D("Kết luận", "06", "KL/ĐU", "2026-02-10", "Ban Thường vụ Đảng ủy xã", "Kết luận số 06-KL/ĐU ngày 10/2/2026")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tam Ngãi"), com("Thông Hòa"), com("Thạnh Phú")],
["Cổng thông tin điện tử tỉnh Vĩnh Long", "Tin tức - Sự kiện / Tin địa phương", "Người dân đặt câu hỏi tại buổi đối thoại.",
 "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Sáu ngày 27/03/2026 | 16:10", "năm 2026", "tháng 5"]))
