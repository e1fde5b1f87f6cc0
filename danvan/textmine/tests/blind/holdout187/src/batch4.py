from lib import *
PAGES = []

PAGES.append(page("b4463-tuyenquang-tttn-daihoi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/09/2025, 08:05
Ảnh: Các thành viên Ban Thanh tra nhân dân xã Yên Minh ra mắt hội nghị.
Xã Yên Minh kiện toàn Ban Thanh tra nhân dân sau sắp xếp
Ngày 24/9, Ủy ban MTTQ Việt Nam xã Yên Minh tổ chức Hội nghị đại biểu nhân dân bầu Ban Thanh tra nhân dân (TTND) xã nhiệm kỳ 2025 - 2029. Đây là một trong những xã đầu tiên của tỉnh Tuyên Quang hoàn thành việc kiện toàn Ban TTND sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp.
Dự hội nghị có đồng chí Vàng Seo Sử, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; đồng chí Sùng A Páo, Bí thư Đảng ủy, Chủ tịch HĐND xã Yên Minh cùng 135 đại biểu đại diện cho 42 thôn, tổ dân phố.
Xã Yên Minh được thành lập trên cơ sở sáp nhập thị trấn Yên Minh, xã Đông Minh và xã Hữu Vinh, có hơn 6.800 hộ với trên 32.000 nhân khẩu, trong đó đồng bào Mông, Dao, Tày chiếm khoảng 87%. Trước sáp nhập, 3 Ban TTND của các đơn vị cũ có tổng số 19 thành viên, trong 6 tháng đầu năm 2025 đã tiến hành 11 cuộc giám sát và tiếp nhận 9 đơn thư.
Thực hiện Hướng dẫn số 05/HD-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị định số 59/2023/NĐ-CP của Chính phủ, hội nghị đã hiệp thương, bầu 9 thành viên Ban TTND xã, trong đó 5 thành viên là người dân tộc thiểu số, 3 thành viên là nữ. Tại phiên họp đầu tiên, bà Lù Thị Dính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã được bầu giữ chức Trưởng ban TTND xã Yên Minh; các ông Giàng Mí Chứ, Triệu Tiến Lâm được bầu làm Phó Trưởng ban TTND xã.
Phát biểu tại hội nghị, đồng chí Vàng Seo Sử đề nghị Ban TTND nhiệm kỳ mới tập trung giám sát việc thực hiện thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã, việc bố trí, sử dụng trụ sở dôi dư sau sáp nhập, việc thực hiện Chương trình "Xóa nhà tạm, nhà dột nát" cho 214 hộ nghèo, hộ cận nghèo còn lại. Đồng chí lưu ý thực hiện Kết luận 183, 184-KL/TW của Bộ Chính trị về sắp xếp bộ máy và hoạt động của chính quyền cấp xã.
Đồng chí Sùng A Páo cam kết Đảng ủy, HĐND, UBND xã sẽ bố trí kinh phí hoạt động cho Ban TTND tối thiểu 10 triệu đồng/năm, đồng thời giao Văn phòng HĐND và UBND xã trả lời kiến nghị của Ban trong 15 ngày làm việc. Danh sách Ban TTND xã được niêm yết công khai tại trụ sở Đảng ủy, HĐND, UBND xã và nhà văn hóa các thôn.
Bảo Ngọc
Lượt xem: 842
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang ra mắt sau hợp nhất (01/08/2025)
- Xã Mèo Vạc tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/09/2025)
- Hướng dẫn kiện toàn Ban Thanh tra nhân dân ở xã, phường (16/08/2025)
""", "2025-09-26", "Xã Yên Minh kiện toàn Ban Thanh tra nhân dân sau sắp xếp",
E("dai_hoi", None, "2025-09-24"),
[P("Vàng Seo Sử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng A Páo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Yên Minh"),
 P("Lù Thị Dính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban TTND xã Yên Minh"),
 P("Giàng Mí Chứ", "Phó Trưởng ban TTND xã"),
 P("Triệu Tiến Lâm", "Phó Trưởng ban TTND xã")],
[Q("135 đại biểu", 135, "đại biểu"), Q("42 thôn, tổ dân phố", 42, "thôn, tổ dân phố"), Q("hơn 6.800 hộ", 6800, "hộ", "over"),
 Q("trên 32.000 nhân khẩu", 32000, "nhân khẩu", "over"), Q("khoảng 87%", 87, "%", "approx"), Q("3 Ban TTND", 3, "Ban TTND"),
 Q("19 thành viên", 19, "thành viên"), Q("11 cuộc giám sát", 11, "cuộc giám sát"), Q("9 đơn thư", 9, "đơn thư"),
 Q("9 thành viên Ban TTND xã", 9, "thành viên Ban TTND xã"), Q("5 thành viên", 5, "thành viên"), Q("3 thành viên", 3, "thành viên"),
 Q("214 hộ nghèo, hộ cận nghèo", 214, "hộ nghèo, hộ cận nghèo"), Q("tối thiểu 10 triệu đồng", 10000000, "đồng")],
[D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 15/8/2025"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Kết luận", "183", "KL/TW", None, "Bộ Chính trị", "Kết luận 183, 184-KL/TW"),
 D("Kết luận", "184", "KL/TW", None, "Bộ Chính trị", "Kết luận 183, 184-KL/TW")],
[prov("Tuyên Quang"), com("Yên Minh"), com("Đông Minh"), com("Hữu Vinh")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Ảnh: Các thành viên Ban Thanh tra nhân dân xã Yên Minh ra mắt hội nghị.", "Xóa nhà tạm, nhà dột nát",
 "Trung tâm Phục vụ hành chính công xã", "Lượt xem: 842"],
["Thứ Sáu, 26/09/2025, 08:05", "nhiệm kỳ 2025 - 2029", "2 cấp", "6 tháng đầu năm 2025", "15 ngày làm việc", "Lượt xem: 842"]))

PAGES.append(page("b4464-vinhlong-gsdtcd-taphuan-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện xã hội
12/11/2025 - 15:45
Tập huấn cho 248 Trưởng ban Thanh tra nhân dân, Giám sát đầu tư của cộng đồng
Trong 2 ngày 10 - 11/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức lớp tập huấn nghiệp vụ năm 2025 cho 248 học viên là Trưởng ban Thanh tra nhân dân (TTND), Trưởng ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) của 124 xã, phường sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Các học viên trao đổi tại lớp tập huấn. Ảnh: Minh Khoa
Phát biểu khai mạc, đồng chí Kim Thị Sóc Khum, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết: sau sắp xếp, toàn tỉnh có 124 Ban TTND với 1.116 thành viên, trong đó khoảng 40% là thành viên mới, chưa qua tập huấn; nhiều Ban phải giám sát địa bàn rộng gấp 3 - 4 lần trước đây, với số dân trung bình hơn 33.000 người mỗi xã, phường.
Lớp học do ông Phạm Hữu Trí, Phó Chánh Thanh tra tỉnh và bà Nguyễn Thị Ngọc Hân, Trưởng ban Dân chủ, Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh trực tiếp giảng dạy. Học viên được nghiên cứu Luật Mặt trận Tổ quốc Việt Nam sửa đổi, Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Nghị định 29/2021/NĐ-CP về giám sát, đánh giá đầu tư và Quy định số 03-QĐ/MTTW-BTT ngày 18/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát của cộng đồng.
Chia sẻ kinh nghiệm, ông Sơn Ngọc Thạch, Trưởng ban TTND phường Trà Vinh cho biết, 10 tháng năm 2025, Ban đã giám sát 14 cuộc, tiếp nhận 26 đơn thư, kiến nghị, hòa giải thành 19 vụ việc. Bà Lê Thị Mỹ Linh, Trưởng ban GSĐTCĐ xã Mỏ Cày kể việc phát hiện 1 cây cầu giao thông nông thôn sử dụng bê tông không đạt mác thiết kế, buộc nhà thầu phá dỡ, làm lại 24 m3 bê tông.
Kết thúc lớp học, 248 học viên đã hoàn thành bài thu hoạch; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh cấp cho mỗi Ban TTND, Ban GSĐTCĐ 1 bộ sổ tay nghiệp vụ, với tổng kinh phí tổ chức lớp học khoảng 186 triệu đồng từ ngân sách tỉnh.
Theo Kế hoạch số 41/KH-MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ nay đến tháng 3/2026, tỉnh sẽ mở thêm 6 lớp cho gần 1.000 thành viên Ban TTND, Ban GSĐTCĐ còn lại. Đồng chí Kim Thị Sóc Khum đề nghị các xã, phường bố trí kinh phí cho Ban TTND không dưới 15 triệu đồng/năm, bảo đảm Ban hoạt động thực chất ở chính quyền địa phương 2 cấp.
Minh Khoa
Lượt xem: 1.077
Tin khác
- Ủy ban MTTQ Việt Nam tỉnh giám sát công trình cấp nước tại Ba Tri (05/11/2025)
- Phường Long Châu trao 50 phần quà cho hộ nghèo (28/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 2 (20/10/2025)
""", "2025-11-12", "Tập huấn cho 248 Trưởng ban Thanh tra nhân dân, Giám sát đầu tư của cộng đồng",
E("tap_huan", "2025", "2025-11-10"),
[P("Kim Thị Sóc Khum", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Hữu Trí", "Phó Chánh Thanh tra tỉnh"),
 P("Nguyễn Thị Ngọc Hân", "Trưởng ban Dân chủ, Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Ngọc Thạch", "Trưởng ban TTND phường Trà Vinh"),
 P("Lê Thị Mỹ Linh", "Trưởng ban GSĐTCĐ xã Mỏ Cày")],
[Q("248 học viên", 248, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("124 Ban TTND", 124, "Ban TTND"),
 Q("1.116 thành viên", 1116, "thành viên"), Q("khoảng 40%", 40, "%", "approx"), Q("hơn 33.000 người", 33000, "người", "over"),
 Q("14 cuộc", 14, "cuộc"), Q("26 đơn thư, kiến nghị", 26, "đơn thư, kiến nghị"), Q("19 vụ việc", 19, "vụ việc"),
 Q("24 m3", 24, "m3"), Q("khoảng 186 triệu đồng", 186000000, "đồng", "approx"), Q("6 lớp", 6, "lớp"),
 Q("gần 1.000 thành viên Ban TTND, Ban GSĐTCĐ", 1000, "thành viên Ban TTND, Ban GSĐTCĐ", "approx"),
 Q("không dưới 15 triệu đồng", 15000000, "đồng", "over")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Nghị định", "29", "2021/NĐ-CP", None, None, "Nghị định 29/2021/NĐ-CP"),
 D("Quy định", "03", "QĐ/MTTW-BTT", "2025-09-18", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quy định số 03-QĐ/MTTW-BTT ngày 18/9/2025"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 20/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Mỏ Cày")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện xã hội",
 "Các học viên trao đổi tại lớp tập huấn. Ảnh: Minh Khoa", "Luật Mặt trận Tổ quốc Việt Nam sửa đổi", "Lượt xem: 1.077"],
["12/11/2025 - 15:45", "Trong 2 ngày 10 - 11/11/2025", "năm 2025", "gấp 3 - 4 lần", "10 tháng năm 2025", "1 cây cầu", "1 bộ sổ tay",
 "tháng 3/2026", "2 cấp", "Lượt xem: 1.077"]))

PAGES.append(page("b4465-lamdong-tttn-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự » Chính trị » Mặt trận - Đoàn thể
Cập nhật: 16:30, 30/12/2025 (GMT+7)
Hơn 2.100 kiến nghị từ hoạt động giám sát ở cơ sở
Sáng 29/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị trực tuyến tổng kết hoạt động của Ban Thanh tra nhân dân (TTND) và Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) năm 2025 - năm đầu tiên sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Hội nghị kết nối đến 124 điểm cầu xã, phường, đặc khu.
Đồng chí Ka Sô Ha Thủy phát biểu tại điểm cầu tỉnh. Ảnh: Đình Văn
Dự và chủ trì tại điểm cầu tỉnh có đồng chí Ka Sô Ha Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thông Minh Cường, Điểu Thị Mai; đồng chí Nguyễn Văn Lực, Chủ tịch Hội Cựu chiến binh tỉnh khóa VII.
Báo cáo cho biết, năm 2025, các Ban TTND đã thực hiện 1.842 cuộc giám sát, đưa ra hơn 2.100 kiến nghị, trong đó khoảng 1.950 kiến nghị được cơ quan có thẩm quyền tiếp thu, giải quyết; tiếp nhận 618 đơn thư, phối hợp hòa giải thành 402 vụ việc. Các Ban GSĐTCĐ giám sát 1.027 công trình, dự án với tổng vốn khoảng 5.600 tỷ đồng, phát hiện 76 công trình có sai sót, kiến nghị thu hồi trên 2,1 tỷ đồng. Từ tháng 7, các Ban còn giám sát việc sử dụng 386 trụ sở dôi dư sau sắp xếp.
Tại hội nghị, ông K'Brăn, Trưởng ban TTND xã Đam Rông 2, chia sẻ cách đưa kết quả giám sát vào sinh hoạt thôn bằng tiếng K'Ho; bà Đàng Thị Mỹ Hạnh, người Chăm, Trưởng ban GSĐTCĐ xã Phan Hiệp nói về việc giám sát kênh tưới dài 4,5 km; ông Điểu Hăm, Trưởng ban TTND xã Quảng Trực kiến nghị hỗ trợ phương tiện đi lại cho thành viên Ban ở các bon vùng biên giới.
Phát biểu kết luận, đồng chí Ka Sô Ha Thủy đề nghị năm 2026, các cấp Mặt trận thực hiện Quy định số 305-QĐ/TW của Ban Chấp hành Trung ương về giám sát, phản biện xã hội của MTTQ Việt Nam và các đoàn thể; Kế hoạch số 12-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 07/HD-MTTQ-BTT, số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về kiện toàn và hoạt động của Ban TTND, Ban GSĐTCĐ. Mỗi xã, phường phấn đấu thực hiện ít nhất 6 cuộc giám sát trong năm.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 24 Ban TTND tiêu biểu, 18 Ban GSĐTCĐ và 36 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 2 triệu đồng.
Đình Văn
Lượt xem: 2.215
Tin liên quan
- Đặc khu Phú Quý: giám sát việc cấp nước ngọt cho người dân (20/12/2025)
- Ủy ban MTTQ Việt Nam tỉnh trao 500 phần quà cho hộ nghèo bị ảnh hưởng mưa lũ (10/12/2025)
- Phường Xuân Hương - Đà Lạt ra mắt mô hình "Khu dân cư không có đơn thư" (02/12/2025)
""", "2025-12-30", "Hơn 2.100 kiến nghị từ hoạt động giám sát ở cơ sở",
E("tong_ket", "2025", "2025-12-29"),
[P("Ka Sô Ha Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Minh Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lực", "Chủ tịch Hội Cựu chiến binh tỉnh khóa VII"),
 P("K'Brăn", "Trưởng ban TTND xã Đam Rông 2"),
 P("Đàng Thị Mỹ Hạnh", "Trưởng ban GSĐTCĐ xã Phan Hiệp"),
 P("Điểu Hăm", "Trưởng ban TTND xã Quảng Trực")],
[Q("Hơn 2.100 kiến nghị", 2100, "kiến nghị", "over"), Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("1.842 cuộc giám sát", 1842, "cuộc giám sát"), Q("khoảng 1.950 kiến nghị", 1950, "kiến nghị", "approx"),
 Q("618 đơn thư", 618, "đơn thư"), Q("402 vụ việc", 402, "vụ việc"), Q("1.027 công trình, dự án", 1027, "công trình, dự án"),
 Q("khoảng 5.600 tỷ đồng", 5600000000000, "đồng", "approx"), Q("76 công trình", 76, "công trình"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("386 trụ sở dôi dư", 386, "trụ sở dôi dư"), Q("4,5 km", 4.5, "km"),
 Q("ít nhất 6 cuộc giám sát", 6, "cuộc giám sát", "over"), Q("24 Ban TTND tiêu biểu", 24, "Ban TTND tiêu biểu"),
 Q("18 Ban GSĐTCĐ", 18, "Ban GSĐTCĐ"), Q("36 cá nhân", 36, "cá nhân"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quy định", "305", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 305-QĐ/TW"),
 D("Kế hoạch", "12", "KH/TU", "2025-11-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 05/11/2025"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "số 08/HD-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Phan Hiệp"), com("Quảng Trực")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự » Chính trị » Mặt trận - Đoàn thể",
 "Đồng chí Ka Sô Ha Thủy phát biểu tại điểm cầu tỉnh. Ảnh: Đình Văn", "Lượt xem: 2.215"],
["Cập nhật: 16:30, 30/12/2025 (GMT+7)", "năm 2025", "năm 2026", "khóa VII", "Từ tháng 7", "Lượt xem: 2.215"]))

PAGES.append(page("b4466-dongnai-gsdtcd-giamsat-2026", """
ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai
Trang chủ | Chính trị | Dân vận - Mặt trận
22/01/2026 | 10:10
Ban Giám sát đầu tư của cộng đồng "soi" từng hạng mục trường học vùng đồng bào S'tiêng
Ngày 20/1/2026, Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) xã Bù Đăng phối hợp với Ban Thanh tra nhân dân (TTND) xã giám sát dự án xây dựng 12 phòng học và nhà hiệu bộ Trường Tiểu học và THCS Đăk Nhau. Dự án có tổng mức đầu tư 14,7 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, khởi công từ tháng 6/2025, đến nay đạt khoảng 75% khối lượng.
Đoàn giám sát kiểm tra hạng mục nhà hiệu bộ. Ảnh: Bình Nguyên
Đoàn giám sát gồm 7 thành viên do ông Điểu Lên, người S'tiêng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban GSĐTCĐ xã Bù Đăng làm trưởng đoàn; cùng đi có bà Thị Hoa, Trưởng ban TTND xã; ông Lê Minh Khoa, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng khu vực Bù Đăng và đại diện Ban đại diện cha mẹ học sinh của 2 điểm trường.
Qua đối chiếu hồ sơ, đoàn ghi nhận nhà thầu thi công cơ bản đúng thiết kế được phê duyệt tại Quyết định số 2381/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Bình Phước (cũ). Tuy nhiên, đoàn phát hiện 4 cửa sổ lắp sai kích thước, hệ thống thoát nước mái chưa đủ 6 ống theo bản vẽ, khu vệ sinh học sinh chưa có lối đi cho trẻ khuyết tật. Đoàn đã lập biên bản, kiến nghị chủ đầu tư yêu cầu khắc phục trước khi bàn giao, dự kiến trong quý I/2026.
Theo ông Điểu Lên, thực hiện Nghị định số 29/2021/NĐ-CP và Kế hoạch số 03/KH-BGS ngày 6/1/2026 của Ban GSĐTCĐ xã, năm 2026 Ban sẽ giám sát 9 công trình với tổng vốn gần 48 tỷ đồng; mỗi công trình đều có ít nhất 1 người có uy tín trong đồng bào tham gia giám sát.
Ông Điểu Bưng, người có uy tín ấp Bù Tiêm, thành viên Ban GSĐTCĐ xã cho biết: "Con cháu mình học ở đây, mình phải biết tường xây có chắc không, mái có dột không". Năm 2025, ông cùng Ban đã phát hiện 1 công trình đường giao thông thiếu 350 m rãnh thoát nước.
Đồng chí Trần Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Bù Đăng đánh giá cao tinh thần trách nhiệm của đoàn giám sát; đề nghị UBND xã đưa kết quả giám sát vào hồ sơ nghiệm thu và trả lời kiến nghị của Ban đúng thời hạn theo Luật Thực hiện dân chủ ở cơ sở. Sau hợp nhất, toàn tỉnh Đồng Nai có 95 xã, phường với 95 Ban GSĐTCĐ đã được kiện toàn.
Bình Nguyên
Lượt xem: 603
Tin khác
- Phường Bình Phước đối thoại với nhân dân về cải cách hành chính (15/01/2026)
- Xã Lộc Ninh trao 120 phần quà Tết cho hộ nghèo (12/01/2026)
- Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác năm 2025 (08/01/2026)
""", "2026-01-22", "Ban Giám sát đầu tư của cộng đồng \"soi\" từng hạng mục trường học vùng đồng bào S'tiêng",
E("giam_sat", None, "2026-01-20"),
[P("Điểu Lên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban GSĐTCĐ xã Bù Đăng"),
 P("Thị Hoa", "Trưởng ban TTND xã"),
 P("Lê Minh Khoa", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng khu vực Bù Đăng"),
 P("Điểu Bưng", "người có uy tín ấp Bù Tiêm", "thành viên Ban GSĐTCĐ xã"),
 P("Trần Thị Thu Trang", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Bù Đăng")],
[Q("12 phòng học", 12, "phòng học"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("khoảng 75%", 75, "%", "approx"),
 Q("7 thành viên", 7, "thành viên"), Q("2 điểm trường", 2, "điểm trường"), Q("4 cửa sổ", 4, "cửa sổ"), Q("6 ống", 6, "ống"),
 Q("9 công trình", 9, "công trình"), Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("ít nhất 1 người có uy tín", 1, "người có uy tín", "over"),  Q("350 m", 350, "m"), Q("95 xã, phường", 95, "xã, phường"), Q("95 Ban GSĐTCĐ", 95, "Ban GSĐTCĐ")],
[D("Quyết định", "2381", "QĐ-UBND", "2025-05-15", "UBND tỉnh Bình Phước", "Quyết định số 2381/QĐ-UBND ngày 15/5/2025"),
 D("Nghị định", "29", "2021/NĐ-CP", None, None, "Nghị định số 29/2021/NĐ-CP"),
 D("Kế hoạch", "03", "KH-BGS", "2026-01-06", "Ban GSĐTCĐ xã", "Kế hoạch số 03/KH-BGS ngày 6/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng")],
["ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai", "Trang chủ | Chính trị | Dân vận - Mặt trận",
 "Đoàn giám sát kiểm tra hạng mục nhà hiệu bộ. Ảnh: Bình Nguyên", "Trường Tiểu học và THCS Đăk Nhau",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 603"],
["22/01/2026 | 10:10", "tháng 6/2025", "quý I/2026", "năm 2026", "Năm 2025", "1 công trình đường giao thông", "Lượt xem: 603"]))

PAGES.append(page("b4467-gialai-tttn-giaoban-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
You are here: Trang chủ / Tin hoạt động / Giám sát, phản biện
Thứ Tư, 08/04/2026 - 07:45
Ảnh: Quang cảnh hội nghị tại điểm cầu phường Quy Nhơn.
Giao ban công tác giám sát quý I: 100% xã, phường có Ban Thanh tra nhân dân hoạt động
Chiều 6/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức giao ban trực tuyến công tác giám sát, phản biện xã hội và hoạt động của Ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng quý I/2026 với 135 xã, phường, đặc khu. Đồng chí Rah Lan Blơh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, trong quý I, 135 Ban TTND đã tổ chức 402 cuộc giám sát, trọng tâm là công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công cấp xã và việc chi trả chính sách hỗ trợ Tết cho 21.450 hộ nghèo, hộ cận nghèo. Các Ban TTND tiếp nhận 187 đơn thư, kiến nghị, đã kiến nghị giải quyết 163 đơn, đạt 87,2%. Ban GSĐTCĐ giám sát 214 công trình, phát hiện 19 công trình chậm tiến độ.
Tại điểm cầu xã Vĩnh Thạnh, ông Đinh Văn Hlơm, người Ba Na, Trưởng ban TTND xã cho biết Ban đã giám sát việc cấp 3.200 kg gạo cho 80 hộ thiếu đói giáp hạt; tại điểm cầu phường Pleiku, bà Nguyễn Thị Bích Thủy, Trưởng ban TTND phường nêu khó khăn khi giám sát các dự án chỉnh trang đô thị có vốn trên 100 tỷ đồng. Ông Ksor Hlin, Bí thư Chi bộ kiêm Trưởng thôn Plei Kép, xã Ia Grai kiến nghị giải quyết dứt điểm 3 vụ tranh chấp đất rẫy kéo dài.
Ban TTND phường Quy Nhơn được đánh giá là điển hình khi công khai kết quả giám sát trên trang thông tin điện tử của phường và nhóm Zalo các tổ dân phố.
Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đỗ Thị Diệu Hạnh, Siu Hương, Trần Văn Thanh lần lượt giải đáp các vướng mắc về kinh phí, về tổ chức hội nghị nhân dân bầu bổ sung thành viên Ban TTND ở 17 xã có thành viên chuyển công tác.
Kết luận giao ban, đồng chí Rah Lan Blơh đề nghị quý II tiếp tục thực hiện Kết luận 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 11/HD-MTTQ-BTT ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát việc thực hiện Quy định số 305-QĐ/TW; bảo đảm mỗi Ban TTND có kinh phí hoạt động không dưới 20 triệu đồng/năm và trả lời kiến nghị của Ban đúng thời hạn.
Mỹ Linh
Lượt xem: 976
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh giám sát công tác bầu cử tại đặc khu (28/03/2026)
- Phường Quy Nhơn Nam ra mắt mô hình "Tổ dân phố tự quản" (20/03/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 4 (05/03/2026)
""", "2026-04-08", "Giao ban công tác giám sát quý I: 100% xã, phường có Ban Thanh tra nhân dân hoạt động",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Rah Lan Blơh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hlơm", "Trưởng ban TTND xã"),
 P("Nguyễn Thị Bích Thủy", "Trưởng ban TTND phường"),
 P("Ksor Hlin", "Bí thư Chi bộ kiêm Trưởng thôn Plei Kép"),
 P("Đỗ Thị Diệu Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("100% xã, phường", 100, "%"), Q("135 xã, phường, đặc khu", 135, "xã, phường, đặc khu"), Q("135 Ban TTND", 135, "Ban TTND"),
 Q("402 cuộc giám sát", 402, "cuộc giám sát"), Q("21.450 hộ nghèo, hộ cận nghèo", 21450, "hộ nghèo, hộ cận nghèo"),
 Q("187 đơn thư, kiến nghị", 187, "đơn thư, kiến nghị"), Q("163 đơn", 163, "đơn"), Q("87,2%", 87.2, "%"),
 Q("214 công trình", 214, "công trình"), Q("19 công trình", 19, "công trình"), Q("3.200 kg", 3200, "kg"),
 Q("80 hộ thiếu đói", 80, "hộ thiếu đói"), Q("trên 100 tỷ đồng", 100000000000, "đồng", "over"),
 Q("3 vụ tranh chấp đất rẫy", 3, "vụ tranh chấp đất rẫy"), Q("17 xã", 17, "xã"),
 Q("không dưới 20 triệu đồng", 20000000, "đồng", "over")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Hướng dẫn", "11", "HD-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 11/HD-MTTQ-BTT ngày 02/3/2026"),
 D("Quy định", "305", "QĐ/TW", None, None, "Quy định số 305-QĐ/TW")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Vĩnh Thạnh"), com("Pleiku"), com("Ia Grai")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "You are here: Trang chủ / Tin hoạt động / Giám sát, phản biện",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu phường Quy Nhơn.", "Trung tâm Phục vụ hành chính công cấp xã", "Lượt xem: 976"],
["Thứ Tư, 08/04/2026 - 07:45", "quý I/2026", "quý I", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 976"]))

PAGES.append(page("b4468-angiang-tttn-hoinghi-2026", """
Chủ Nhật, 31/05/2026
BÁO AN GIANG ONLINE
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Ngày đăng 27/05/2026 | 16:20
Nâng chất hoạt động Ban Thanh tra nhân dân ở chính quyền hai cấp
Ngày 26/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị chuyên đề nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân (TTND) năm 2026. Hội nghị kết nối trực tuyến đến 102 xã, phường, đặc khu với hơn 1.300 đại biểu.
Đồng chí Chau Sóc Kha phát biểu khai mạc hội nghị.
Dự hội nghị có đồng chí Chau Sóc Kha, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đoàn Văn Hiếu, Phó Chánh Thanh tra tỉnh; đồng chí Néang Sa Ri, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Báo cáo đề dẫn cho biết, sau sắp xếp đơn vị hành chính, toàn tỉnh có 102 Ban TTND với 1.034 thành viên, trong đó 186 thành viên là người dân tộc Khmer, Chăm, Hoa. Từ tháng 7/2025 đến tháng 4/2026, các Ban đã tổ chức 734 cuộc giám sát, đưa ra 925 kiến nghị; tiếp nhận 411 đơn thư, phối hợp giải quyết 376 đơn, đạt 91,5%; phát hiện và kiến nghị thu hồi khoảng 1,75 tỷ đồng. Ban TTND đặc khu Phú Quốc giám sát việc thu hồi 12 ha đất rừng bị lấn chiếm; Ban TTND xã Tri Tôn giám sát việc sửa chữa 48 căn nhà cho hộ nghèo đồng bào Khmer.
Tại hội nghị, các đại biểu Danh Hùng, Trưởng ban TTND xã Hòn Đất; Hà Thị Rô Sa, Trưởng ban TTND phường Châu Đốc; Thạch Sang, Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn tham luận về kinh nghiệm giám sát việc giải quyết thủ tục hành chính, việc thực hiện chính sách đối với đồng bào dân tộc. Nhiều ý kiến kiến nghị bố trí kinh phí cho Ban TTND từ 25 triệu đồng/năm trở lên, bổ sung chế độ hỗ trợ cho thành viên đi giám sát ở các ấp xa.
Phát biểu chỉ đạo, đồng chí Chau Sóc Kha đề nghị các cấp Mặt trận thực hiện Kết luận 150, 151-KL/TW của Ban Bí thư, Nghị định số 59/2023/NĐ-CP của Chính phủ và Kế hoạch số 25/KH-MTTQ-BTT ngày 10/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; mỗi Ban TTND xây dựng ít nhất 1 mô hình "Giám sát gắn với dân"; phấn đấu đến cuối năm 2026, 95% kiến nghị của Ban TTND được giải quyết.
Các đại biểu cũng thống nhất đưa kết quả hoạt động của Ban TTND vào tiêu chí đánh giá mức độ hài lòng của người dân đối với chính quyền cấp xã.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 20 Ban TTND tiêu biểu và 30 cá nhân tiêu biểu.
Kim Ngân
Lượt xem: 1.640
Tin cùng chuyên mục
- Phú Quốc: đối thoại với người dân về quy hoạch đặc khu (20/05/2026)
- Ủy ban MTTQ Việt Nam tỉnh trao 1.000 phần quà cho người lao động (12/05/2026)
- Xã Tri Tôn tổ chức lễ Sene Dolta cấp xã (30/04/2026)
""", "2026-05-27", "Nâng chất hoạt động Ban Thanh tra nhân dân ở chính quyền hai cấp",
E("hoi_nghi", "2026", "2026-05-26"),
[P("Chau Sóc Kha", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Văn Hiếu", "Phó Chánh Thanh tra tỉnh"),
 P("Néang Sa Ri", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Danh Hùng", "Trưởng ban TTND xã Hòn Đất"),
 P("Hà Thị Rô Sa", "Trưởng ban TTND phường Châu Đốc"),
 P("Thạch Sang", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("hơn 1.300 đại biểu", 1300, "đại biểu", "over"),
 Q("102 Ban TTND", 102, "Ban TTND"), Q("1.034 thành viên", 1034, "thành viên"), Q("186 thành viên", 186, "thành viên"),
 Q("734 cuộc giám sát", 734, "cuộc giám sát"), Q("925 kiến nghị", 925, "kiến nghị"), Q("411 đơn thư", 411, "đơn thư"),
 Q("376 đơn", 376, "đơn"), Q("91,5%", 91.5, "%"), Q("khoảng 1,75 tỷ đồng", 1750000000, "đồng", "approx"),
 Q("12 ha", 12, "ha"), Q("48 căn nhà", 48, "căn nhà"), Q("từ 25 triệu đồng/năm trở lên", 25000000, "đồng", "over"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("95%", 95, "%"), Q("20 Ban TTND tiêu biểu", 20, "Ban TTND tiêu biểu"),
 Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu")],
[D("Kết luận", "150", "KL/TW", None, "Ban Bí thư", "Kết luận 150, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Ban Bí thư", "Kết luận 150, 151-KL/TW"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", "2026-04-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 25/KH-MTTQ-BTT ngày 10/4/2026")],
[prov("An Giang"), com("Phú Quốc"), com("Tri Tôn"), com("Hòn Đất"), com("Châu Đốc")],
["Chủ Nhật, 31/05/2026", "BÁO AN GIANG ONLINE", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể",
 "Đồng chí Chau Sóc Kha phát biểu khai mạc hội nghị.", "Giám sát gắn với dân", "Lượt xem: 1.640"],
["Ngày đăng 27/05/2026 | 16:20", "năm 2026", "tháng 7/2025", "tháng 4/2026", "Lượt xem: 1.640"]))
