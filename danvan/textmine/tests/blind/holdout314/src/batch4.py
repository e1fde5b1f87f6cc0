from lib import *
PAGES = []

PAGES.append(page("b7511-tuyenquang-ttnd-ramat-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Thứ Năm, 14/08/2025
Trang chủ » Chính trị » Mặt trận
Xã Yên Minh ra mắt Ban Thanh tra nhân dân sau sắp xếp đơn vị hành chính
Ngày 12/8, Ủy ban MTTQ Việt Nam xã Yên Minh, tỉnh Tuyên Quang tổ chức hội nghị ra mắt Ban Thanh tra nhân dân xã gồm 11 thành viên. Đây là một trong những xã đầu tiên của tỉnh hoàn thành kiện toàn Ban Thanh tra nhân dân sau khi sắp xếp, tổ chức chính quyền địa phương 2 cấp từ ngày 1/7/2025.
Dự hội nghị có đồng chí Sùng Mí Lử, Bí thư Đảng ủy xã; đồng chí Lý Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng đại diện lãnh đạo HĐND, UBND xã và 126 đại biểu là trưởng thôn, người có uy tín, đại diện các hộ dân.
Xã Yên Minh mới được thành lập trên cơ sở nhập thị trấn Yên Minh và 2 xã lân cận của tỉnh Hà Giang cũ, có 42 thôn, tổ dân phố với hơn 8.700 hộ, chủ yếu là đồng bào Mông, Dao, Tày. Theo Quyết định số 15/QĐ-MTTQ ngày 05/8/2025 của Ban Thường trực Ủy ban MTTQ xã, ông Vàng Mí Sính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, làm Trưởng ban; bà Hoàng Thị Lan, cán bộ hưu trí, và ông Giàng Seo Chơ, người có uy tín thôn Nà Khoang, làm Phó Trưởng ban.
Phát biểu tại hội nghị, đồng chí Lý Thị Dung cho biết toàn tỉnh sau sắp xếp có 124 xã, phường, trong đó đến nay đã có 57 xã, phường ra mắt Ban Thanh tra nhân dân. Việc kiện toàn được thực hiện theo Hướng dẫn số 08/HD-MTTQ-BTT ngày 18/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Luật Thực hiện dân chủ ở cơ sở. Đồng chí đề nghị ban mới chú trọng giám sát việc bàn giao tài sản, hồ sơ, đất đai của các đơn vị cũ, việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công xã.
Đồng chí Sùng Mí Lử yêu cầu UBND xã tạo điều kiện để Ban Thanh tra nhân dân tiếp cận thông tin, bố trí kinh phí hoạt động năm 2025 là 12 triệu đồng và trả lời kiến nghị của ban đúng thời hạn.
Thay mặt ban, ông Vàng Mí Sính cam kết sẽ xây dựng chương trình giám sát những tháng cuối năm với 4 nội dung, trong đó có giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát cho 213 hộ trên địa bàn, và chia ban thành 3 tổ phụ trách theo cụm thôn để giám sát được thường xuyên.
Nhiều đại biểu bày tỏ mong muốn Ban Thanh tra nhân dân sớm đi vào hoạt động, nhất là giám sát việc giải quyết hồ sơ đất đai, chứng thực cho người dân ở các thôn xa trung tâm, nơi bà con phải đi lại mấy chục cây số từ khi bỏ cấp huyện. Bà Hoàng Thị Lan cho biết ban sẽ lập nhóm Zalo với các trưởng thôn để tiếp nhận phản ánh hằng ngày.
Tại hội nghị, Ủy ban MTTQ xã cũng trao quyết định công nhận cho 9 thành viên Ban Giám sát đầu tư của cộng đồng xã.
Mai Thông
TIN CÙNG CHUYÊN MỤC
- Phường Hà Giang 1 hoàn thành kiện toàn các tổ chức thành viên Mặt trận (08/08/2025)
- Mặt trận xã Lâm Bình hỗ trợ xóa nhà tạm cho 35 hộ (01/08/2025)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cấp xã mới (25/07/2025)
""", "2025-08-14", "Xã Yên Minh ra mắt Ban Thanh tra nhân dân sau sắp xếp đơn vị hành chính",
E("hoi_nghi", None, "2025-08-12"),
[P("Sùng Mí Lử", "Bí thư Đảng ủy xã"),
 P("Lý Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban"),
 P("Hoàng Thị Lan", "cán bộ hưu trí", "Phó Trưởng ban"),
 P("Giàng Seo Chơ", "người có uy tín thôn Nà Khoang", "Phó Trưởng ban")],
[Q("11 thành viên", 11, "thành viên"), Q("126 đại biểu", 126, "đại biểu"), Q("2 xã", 2, "xã"),
 Q("42 thôn, tổ dân phố", 42, "thôn, tổ dân phố"), Q("hơn 8.700 hộ", 8700, "hộ", "over"),
 Q("124 xã, phường", 124, "xã, phường"), Q("57 xã, phường", 57, "xã, phường"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("4 nội dung", 4, "nội dung"), Q("213 hộ", 213, "hộ"), Q("3 tổ", 3, "tổ"), Q("9 thành viên", 9, "thành viên")],
[D("Quyết định", "15", "QĐ-MTTQ", "2025-08-05", "Ban Thường trực Ủy ban MTTQ xã", "Quyết định số 15/QĐ-MTTQ ngày 05/8/2025"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2025-07-18", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 18/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận", "Luật Thực hiện dân chủ ở cơ sở",
 "Trung tâm phục vụ hành chính công xã", "Mai Thông"],
["Thứ Năm, 14/08/2025", "2 cấp", "ngày 1/7/2025", "năm 2025", "những tháng cuối năm"]))

PAGES.append(page("b7512-vinhlong-gsdtcd-giamsat-2025", """
Báo Vĩnh Long
Cập nhật: 15:30, 02/10/2025 (GMT+7)
Xã hội | Nông thôn
Giám sát công trình đường giao thông nông thôn tại xã Phước Long
Ảnh: Đoàn giám sát kiểm tra mặt đường.
Ngày 30/9, Ban Giám sát đầu tư của cộng đồng xã Phước Long, tỉnh Vĩnh Long phối hợp Ban Thanh tra nhân dân xã giám sát tiến độ, chất lượng tuyến đường giao thông nông thôn ấp Phước Hòa - ấp Long Thới. Tuyến đường dài 1,8 km, rộng 3 m, có tổng vốn hơn 4,6 tỷ đồng, trong đó người dân đóng góp gần 600 triệu đồng và 47 hộ hiến 3.150 m2 đất.
Đoàn giám sát do ông Nguyễn Văn Tài, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Long, Trưởng ban Giám sát đầu tư của cộng đồng, làm trưởng đoàn. Ông Huỳnh Thanh Phong, Phó Chủ tịch UBND xã, đại diện chủ đầu tư, báo cáo công trình đã hoàn thành khoảng 80% khối lượng, dự kiến nghiệm thu trong tháng 11/2025.
Qua kiểm tra, đoàn ghi nhận nhà thầu đã bố trí biển báo, rào chắn đầy đủ, vật liệu cơ bản đúng hồ sơ. Tuy nhiên, ở 2 vị trí cống ngang đường, phần đất đắp chưa được lu lèn kỹ, có dấu hiệu lún; đoạn gần chợ Phước Long chưa có mương thoát nước. Ông Trần Văn Hên, thành viên ban, kiến nghị bổ sung mương thoát nước dài khoảng 150 m để tránh ngập khi triều cường.
Bà Thạch Thị Sa Vy, Trưởng ban Thanh tra nhân dân xã, phản ánh ý kiến của 12 hộ dân về việc đơn vị thi công đổ đất tạm lên phần đất trồng dừa chưa được thỏa thuận. Ông Huỳnh Thanh Phong tiếp thu, giao đơn vị thi công khắc phục trong 7 ngày, đồng thời làm việc với từng hộ.
Xã Phước Long được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã thuộc huyện Giồng Trôm, tỉnh Bến Tre trước đây. Theo ông Nguyễn Văn Tài, từ khi thành lập đến nay, ban đã giám sát 4 công trình, kiến nghị 10 nội dung; việc giám sát thực hiện theo Nghị định số 29/2021/NĐ-CP và Chương trình giám sát số 02/CTr-BGS ngày 20/8/2025 của Ban Giám sát đầu tư của cộng đồng xã.
Người dân ấp Long Thới phấn khởi khi con đường đất lầy lội bao năm sắp được bê tông hóa. Ông Lê Văn Bảy, một trong những hộ hiến đất, nói: "Mình hiến đất thì mình cũng muốn đường làm cho chắc. Thấy có ban giám sát ra tận nơi đo, kiểm tra, bà con yên tâm lắm".
Bà Lê Thị Diễm Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau sắp xếp, tỉnh Vĩnh Long có 124 xã, phường; Mặt trận tỉnh đã hướng dẫn 100% xã, phường kiện toàn Ban Giám sát đầu tư của cộng đồng trước ngày 30/9/2025 theo Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Hữu Thành
Tin khác
- Xã Trà Cú giám sát việc hỗ trợ xóa nhà tạm (26/09/2025)
- Phường Long Châu ra mắt Ban Thanh tra nhân dân (19/09/2025)
- Mặt trận tỉnh tập huấn kỹ năng giám sát cho cán bộ cơ sở (12/09/2025)
""", "2025-10-02", "Giám sát công trình đường giao thông nông thôn tại xã Phước Long",
E("giam_sat", None, "2025-09-30"),
[P("Nguyễn Văn Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Long", "Trưởng ban Giám sát đầu tư của cộng đồng", "trưởng đoàn"),
 P("Huỳnh Thanh Phong", "Phó Chủ tịch UBND xã"),
 P("Trần Văn Hên", "thành viên ban"),
 P("Thạch Thị Sa Vy", "Trưởng ban Thanh tra nhân dân xã"),
 P("Lê Văn Bảy"),
 P("Lê Thị Diễm Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1,8 km", 1.8, "km"), Q("3 m", 3, "m"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("47 hộ", 47, "hộ"), Q("3.150 m2", 3150, "m2"),
 Q("khoảng 80%", 80, "%", "approx"), Q("2 vị trí cống ngang đường", 2, "vị trí cống ngang đường"),
 Q("khoảng 150 m", 150, "m", "approx"), Q("12 hộ dân", 12, "hộ dân"), Q("3 xã", 3, "xã"),
 Q("4 công trình", 4, "công trình"), Q("10 nội dung", 10, "nội dung"), Q("124 xã, phường", 124, "xã, phường"),
 Q("100% xã, phường", 100, "%")],
[D("Nghị định", "29", "2021/NĐ-CP", None, None, "Nghị định số 29/2021/NĐ-CP"),
 D("Chương trình giám sát", "02", "CTr-BGS", "2025-08-20", "Ban Giám sát đầu tư của cộng đồng xã",
   "Chương trình giám sát số 02/CTr-BGS ngày 20/8/2025"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), com("Phước Long")],
["Báo Vĩnh Long", "Xã hội | Nông thôn", "Ảnh: Đoàn giám sát kiểm tra mặt đường.", "chợ Phước Long", "Hữu Thành"],
["Cập nhật: 15:30, 02/10/2025 (GMT+7)", "tháng 11/2025", "7 ngày", "ngày 1/7/2025", "ngày 30/9/2025"]))

PAGES.append(page("b7513-lamdong-ttnd-tongket-2025", """
LÂM ĐỒNG ONLINE
Thứ Sáu, 19/12/2025 - 17:10
Chính trị / Mặt trận - Đoàn thể
Toàn cảnh hội nghị tổng kết.
Năm đầu tiên sau hợp nhất: Ban Thanh tra nhân dân 124 xã, phường đi vào nền nếp
Sáng 17/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2025. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: K'Thị Hòa, Nguyễn Văn Lợi, Y Khiêm Ksor.
Năm 2025, công tác giám sát diễn ra trong bối cảnh hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành chính quyền 2 cấp. Sau sắp xếp, Mặt trận các cấp đã hướng dẫn kiện toàn Ban Thanh tra nhân dân ở 124 xã, phường, đặc khu với gần 1.100 thành viên; Ban Giám sát đầu tư của cộng đồng được kiện toàn ở 118 đơn vị.
Cả năm, các Ban Thanh tra nhân dân đã thực hiện 846 cuộc giám sát, tiếp nhận 312 ý kiến, kiến nghị của nhân dân, kiến nghị xử lý 97 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 523 công trình với tổng vốn khoảng 2.180 tỷ đồng. Riêng việc giám sát chương trình xóa nhà tạm, nhà dột nát đã giúp phát hiện 34 trường hợp bình xét chưa đúng đối tượng.
Tham luận tại hội nghị, ông Điểu Sơn, Trưởng ban Thanh tra nhân dân xã Quảng Sơn (khu vực Đắk Nông cũ), chia sẻ kinh nghiệm giám sát việc chi trả tiền bồi thường cho 61 hộ bị ảnh hưởng bởi dự án hồ chứa nước. Bà Nguyễn Thị Thanh Nga, Trưởng ban Giám sát đầu tư của cộng đồng phường Phan Thiết, nêu kết quả giám sát nâng cấp tuyến kè biển, kiến nghị bổ sung 2 lối xuống bãi tắm cho người dân.
Phát biểu kết luận, đồng chí K'Thị Hòa đề nghị năm 2026 Mặt trận các cấp tiếp tục thực hiện Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt; triển khai Kế hoạch số 36/KH-MTTQ-BTT về giám sát các công trình đầu tư công trọng điểm năm 2026; bảo đảm ít nhất 90% kiến nghị của Ban Thanh tra nhân dân được trả lời.
Hội nghị cũng chỉ ra những khó khăn: địa bàn rộng, nhiều xã mới có diện tích lớn, thành viên ban phải đi lại xa; một số nơi chưa bàn giao đầy đủ hồ sơ công trình từ cấp huyện cũ về xã; thành viên mới chưa được tập huấn, còn lúng túng trong lập biên bản giám sát.
Ông Phan Đình Quân, Phó Chánh Thanh tra tỉnh, đề nghị các xã sớm bố trí kinh phí cho ban theo quy định, tối thiểu 10 triệu đồng/năm.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 16 tập thể, 24 cá nhân.
Khánh Phúc
Tin liên quan
- Đặc khu Phú Quý giám sát việc cấp nước sinh hoạt (12/12/2025)
- Xã Đam Rông 2 ra mắt mô hình "Dân vận khéo" (05/12/2025)
- Phường Bảo Lộc 1 đối thoại với người dân (28/11/2025)
""", "2025-12-19", "Năm đầu tiên sau hợp nhất: Ban Thanh tra nhân dân 124 xã, phường đi vào nền nếp",
E("tong_ket", "2025", "2025-12-17"),
[P("K'Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Khiêm Ksor", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Sơn", "Trưởng ban Thanh tra nhân dân xã Quảng Sơn"),
 P("Nguyễn Thị Thanh Nga", "Trưởng ban Giám sát đầu tư của cộng đồng phường Phan Thiết"),
 P("Phan Đình Quân", "Phó Chánh Thanh tra tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("gần 1.100 thành viên", 1100, "thành viên", "approx"), Q("118 đơn vị", 118, "đơn vị"),
 Q("846 cuộc giám sát", 846, "cuộc giám sát"), Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"),
 Q("97 vụ việc", 97, "vụ việc"), Q("523 công trình", 523, "công trình"),
 Q("khoảng 2.180 tỷ đồng", 2180000000000, "đồng", "approx"), Q("34 trường hợp", 34, "trường hợp"), Q("61 hộ", 61, "hộ"),
 Q("2 lối xuống bãi tắm", 2, "lối xuống bãi tắm"), Q("ít nhất 90%", 90, "%", "over"),
 Q("tối thiểu 10 triệu đồng/năm", 10000000, "đồng"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", None, None, "Kế hoạch số 36/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Phan Thiết")],
["LÂM ĐỒNG ONLINE", "Chính trị / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết.", "Khánh Phúc"],
["Thứ Sáu, 19/12/2025 - 17:10", "Năm đầu tiên", "năm 2025", "2 cấp", "năm 2026"]))

PAGES.append(page("b7514-dongnai-mttq-giaoban-2026", """
ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Sáu, 03/04/2026
Chính trị › Mặt trận Tổ quốc
17/04/2026 - 10:05 (chỉnh sửa)
03/04/2026 - 09:40
Giao ban quý I: Mặt trận cơ sở đề nghị công khai hồ sơ dự án để Ban Giám sát đầu tư của cộng đồng giám sát
Ngày 1/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức giao ban công tác Mặt trận quý I/2026 với Ủy ban MTTQ Việt Nam các xã, phường, tập trung vào hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng. Đồng chí Điểu Thị Mỹ Liên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, kết nối trực tuyến tới 95 điểm cầu xã, phường.
Theo báo cáo, quý I, Ban Thanh tra nhân dân các xã, phường đã thực hiện 214 cuộc giám sát, trong đó 58 cuộc về việc giải quyết thủ tục hành chính ở cấp xã; Ban Giám sát đầu tư của cộng đồng giám sát 137 công trình. Các ban đã kiến nghị 76 nội dung, đến nay có 49 kiến nghị được trả lời. Tại nhiều dự án lớn trên địa bàn khu vực Bình Phước cũ, việc tiếp cận hồ sơ thiết kế, dự toán còn khó khăn vì chủ đầu tư là các ban quản lý dự án cấp tỉnh.
Ông Thị Văn Lâm, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, phản ánh: "Công trình nằm trên địa bàn xã nhưng ban giám sát của xã gửi văn bản 2 lần mới nhận được hồ sơ". Bà Trần Thị Kim Phượng, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh, đề nghị có quy chế phối hợp giữa Mặt trận cấp xã với các ban quản lý dự án của tỉnh.
Đồng chí Lê Văn Hòa, Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh, thông tin: Ban Thường trực đang hoàn thiện dự thảo Quy chế phối hợp với UBND tỉnh về giám sát đầu tư của cộng đồng, trình ký trong quý II. Đồng thời, Mặt trận tỉnh tiếp tục thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương và Kế hoạch 05, 06/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2026 và về tập huấn cho thành viên Ban Thanh tra nhân dân.
Kết luận giao ban, đồng chí Điểu Thị Mỹ Liên đề nghị quý II các xã, phường chủ động đề xuất với UBND cùng cấp công khai danh mục công trình đầu tư công; bảo đảm 100% công trình có sự tham gia của cộng đồng dân cư được Ban Giám sát đầu tư của cộng đồng giám sát; phấn đấu không dưới 80% kiến nghị được trả lời trong quý.
Được biết, trong tháng 3, Mặt trận tỉnh đã tổ chức tập huấn cho khoảng 1.500 thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng tại 3 cụm.
Thanh Hải
Các tin khác
- Phường Trấn Biên ra mắt mô hình "Khu dân cư tự quản" (30/03/2026)
- Xã Đồng Xoài hỗ trợ 12 căn nhà Đại đoàn kết (24/03/2026)
- Hội nghị hiệp thương lần thứ ba bầu cử đại biểu Quốc hội (20/03/2026)
""", "2026-04-03", "Giao ban quý I: Mặt trận cơ sở đề nghị công khai hồ sơ dự án để Ban Giám sát đầu tư của cộng đồng giám sát",
E("giao_ban", "2026-Q1", "2026-04-01"),
[P("Điểu Thị Mỹ Liên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Văn Lâm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Trần Thị Kim Phượng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh"),
 P("Lê Văn Hòa", "Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh")],
[Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("58 cuộc", 58, "cuộc"),
 Q("137 công trình", 137, "công trình"), Q("76 nội dung", 76, "nội dung"), Q("49 kiến nghị", 49, "kiến nghị"),
 Q("100% công trình", 100, "%"), Q("không dưới 80%", 80, "%", "over"),
 Q("khoảng 1.500 thành viên", 1500, "thành viên", "approx"), Q("3 cụm", 3, "cụm")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 05, 06/KH-MTTQ-BTT"),
 D("Kế hoạch", "06", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 05, 06/KH-MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Long Khánh")],
["ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Sáu, 03/04/2026", "Chính trị › Mặt trận Tổ quốc", "17/04/2026 - 10:05 (chỉnh sửa)",
 "Quy chế phối hợp với UBND tỉnh", "Thanh Hải"],
["03/04/2026 - 09:40", "quý I/2026", "quý II", "2 lần", "tháng 3", "năm 2026"]))

PAGES.append(page("b7515-khanhhoa-ttnd-taphuan-2026", """
Báo Khánh Hòa điện tử
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Thứ Năm, 12/03/2026 | 14:45
Tập huấn Luật Thực hiện dân chủ ở cơ sở cho thành viên Ban Thanh tra nhân dân
Các đại biểu tham dự lớp tập huấn tại phường Phan Rang.
Ngày 10/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lớp tập huấn năm 2026 cho Trưởng ban, Phó Trưởng ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng các xã, phường, đặc khu khu vực phía Nam tỉnh (Ninh Thuận cũ). Lớp học diễn ra tại phường Phan Rang với 148 học viên.
Khai giảng lớp học, bà Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau hợp nhất, tỉnh có 65 xã, phường, đặc khu; thành viên Ban Thanh tra nhân dân nhiều nơi mới được bầu, chưa qua tập huấn. Năm 2026, Mặt trận tỉnh đặt mục tiêu tập huấn ít nhất 1 lần cho toàn bộ khoảng 650 thành viên Ban Thanh tra nhân dân và 520 thành viên Ban Giám sát đầu tư của cộng đồng.
Trong một ngày, các học viên được ông Trượng Văn Tính, Phó Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh, giới thiệu quy định về tổ chức, hoạt động của Ban Thanh tra nhân dân trong Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật; bà Châu Thị Kim Linh, Trưởng phòng nghiệp vụ Thanh tra tỉnh, hướng dẫn kỹ năng xác minh, lập biên bản, kiến nghị.
Ở phần thảo luận, ông Quảng Văn Mến, Trưởng ban Thanh tra nhân dân xã Phước Hậu, người Chăm, kể việc ban giám sát cấp phát 2.400 kg gạo cứu đói dịp giáp hạt cho 160 hộ; ông Pinăng Thanh, Trưởng ban Giám sát đầu tư của cộng đồng xã Anh Dũng, người Raglai, hỏi về cách giám sát công trình do tỉnh làm chủ đầu tư đi qua địa bàn xã. Bà Nguyễn Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Trường Sa, tham dự trực tuyến, chia sẻ về tổ chức Ban Thanh tra nhân dân ở đặc khu.
Bế giảng lớp học, bà Đàng Thị Mỹ Hương đề nghị các học viên vận dụng vào thực tế, đồng thời thực hiện Hướng dẫn 03/HD-MTTQ-BTT ngày 20/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về nội dung giám sát năm 2026, trong đó ưu tiên giám sát việc thu, chi ngân sách xã, các khoản đóng góp của nhân dân và thủ tục hành chính. Mỗi học viên được cấp 1 bộ tài liệu và giấy chứng nhận hoàn thành lớp học.
Dự kiến lớp thứ hai cho khu vực phía Bắc tỉnh sẽ tổ chức tại phường Nha Trang vào cuối tháng 3, với khoảng 170 học viên.
Bảo Trân
Tin liên quan
- Xã Ninh Hải giám sát dự án điện gió (05/03/2026)
- Phường Bắc Cam Ranh ra mắt Ban Giám sát đầu tư của cộng đồng (26/02/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (15/01/2026)
""", "2026-03-12", "Tập huấn Luật Thực hiện dân chủ ở cơ sở cho thành viên Ban Thanh tra nhân dân",
E("tap_huan", "2026", "2026-03-10"),
[P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trượng Văn Tính", "Phó Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Thị Kim Linh", "Trưởng phòng nghiệp vụ Thanh tra tỉnh"),
 P("Quảng Văn Mến", "Trưởng ban Thanh tra nhân dân xã Phước Hậu"),
 P("Pinăng Thanh", "Trưởng ban Giám sát đầu tư của cộng đồng xã Anh Dũng"),
 P("Nguyễn Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Trường Sa")],
[Q("148 học viên", 148, "học viên"), Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
 Q("khoảng 650 thành viên", 650, "thành viên", "approx"), Q("520 thành viên", 520, "thành viên"),
 Q("2.400 kg", 2400, "kg"), Q("160 hộ", 160, "hộ"), Q("khoảng 170 học viên", 170, "học viên", "approx")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", "2026-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 03/HD-MTTQ-BTT ngày 20/01/2026")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phan Rang"), com("Phước Hậu"), com("Anh Dũng"), com("Trường Sa"), com("Nha Trang")],
["Báo Khánh Hòa điện tử", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Các đại biểu tham dự lớp tập huấn tại phường Phan Rang.",
 "Bảo Trân"],
["Thứ Năm, 12/03/2026 | 14:45", "năm 2026", "ít nhất 1 lần", "Trong một ngày", "1 bộ tài liệu", "lớp thứ hai", "cuối tháng 3"]))

PAGES.append(page("b7516-hue-ttnd-doithoai-2026", """
BÁO ĐIỆN TỬ HUẾ NGÀY NAY
Thứ Năm, 21/05/2026 - 07:30
Chính trị - Xã hội :: Dân chủ cơ sở
Ảnh: Quang cảnh buổi đối thoại.
Phường Thuận Hóa: người đứng đầu đối thoại với Ban Thanh tra nhân dân về chỉnh trang đô thị
Chiều 19/5, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Thuận Hóa, thành phố Huế tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng và nhân dân. Đồng chí Hoàng Hải Minh, Thành ủy viên, Bí thư Đảng ủy phường, và đồng chí Lê Quang Trung, Chủ tịch UBND phường, chủ trì. Tham dự có hơn 150 đại biểu, đại diện cho 38 tổ dân phố.
Trước buổi đối thoại, Ban Thanh tra nhân dân phường đã tổng hợp 21 ý kiến, kiến nghị. Bà Tôn Nữ Thị Hạnh, Trưởng ban Thanh tra nhân dân phường Thuận Hóa, trình bày các nhóm vấn đề: tiến độ dự án chỉnh trang khu vực ven sông Hương; việc bồi thường, hỗ trợ cho 87 hộ dân phải di dời trong khu vực Kinh thành; rác thải tại các kiệt nhỏ; và việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ ở khu tái định cư.
Ông Nguyễn Văn Dũng, Trưởng ban Giám sát đầu tư của cộng đồng phường, nêu ý kiến: dự án nâng cấp hệ thống thoát nước có tổng vốn khoảng 126 tỷ đồng nhưng chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng thành phố chưa gửi hồ sơ cho ban. Đồng chí Lê Quang Trung trả lời, phường đã có văn bản đề nghị và cam kết cung cấp hồ sơ trong tháng 6; dự án dự kiến hoàn thành trước mùa mưa bão năm 2026.
Về bồi thường, đồng chí Hoàng Hải Minh cho biết thành phố đã bố trí 2 khu tái định cư với 240 lô đất, hiện 53 hộ đã nhận đất, đạt khoảng 61%. Ông Phan Thanh Tùng, người dân tổ dân phố 7, hỏi vì sao mức hỗ trợ thuê nhà chỉ 3 triệu đồng/tháng; lãnh đạo phường tiếp thu, kiến nghị thành phố xem xét nâng mức hỗ trợ.
Nhiều ý kiến của người dân được trả lời ngay tại hội nghị. Với phản ánh về rác thải ở các kiệt, phường giao các tổ dân phố phối hợp với công ty môi trường điều chỉnh giờ thu gom, lắp thêm thùng rác tại các điểm công cộng. Những nội dung vượt thẩm quyền được phường tổng hợp, báo cáo thành phố.
Kết luận, đồng chí Hoàng Hải Minh đề nghị thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; giao Ban Thanh tra nhân dân giám sát việc thực hiện các nội dung đã cam kết, báo cáo kết quả tại hội nghị giao ban quý III. Bà Nguyễn Thị Ái Vân, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết phường thực hiện đối thoại theo Kế hoạch số 14-KH/ĐU của Đảng ủy phường.
Thùy Dương
Lượt xem: 1.093
Tin khác
- Phường Phú Xuân giám sát việc thu phí tại các chợ (15/05/2026)
- Xã Phong Điền ra mắt Ban Giám sát đầu tư của cộng đồng (08/05/2026)
- Hội nghị giao ban công tác Mặt trận quý I (02/04/2026)
""", "2026-05-21", "Phường Thuận Hóa: người đứng đầu đối thoại với Ban Thanh tra nhân dân về chỉnh trang đô thị",
E("doi_thoai", "2026", "2026-05-19"),
[P("Hoàng Hải Minh", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Lê Quang Trung", "Chủ tịch UBND phường"),
 P("Tôn Nữ Thị Hạnh", "Trưởng ban Thanh tra nhân dân phường Thuận Hóa"),
 P("Nguyễn Văn Dũng", "Trưởng ban Giám sát đầu tư của cộng đồng phường"),
 P("Phan Thanh Tùng", "người dân tổ dân phố 7"),
 P("Nguyễn Thị Ái Vân", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("38 tổ dân phố", 38, "tổ dân phố"),
 Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"), Q("87 hộ dân", 87, "hộ dân"),
 Q("khoảng 126 tỷ đồng", 126000000000, "đồng", "approx"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("240 lô đất", 240, "lô đất"), Q("53 hộ", 53, "hộ"), Q("khoảng 61%", 61, "%", "approx"),
 Q("3 triệu đồng/tháng", 3000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 14-KH/ĐU của Đảng ủy phường")],
[prov("Huế"), com("Thuận Hóa")],
["BÁO ĐIỆN TỬ HUẾ NGÀY NAY", "Chính trị - Xã hội :: Dân chủ cơ sở", "Ảnh: Quang cảnh buổi đối thoại.",
 "Ban Quản lý dự án đầu tư xây dựng thành phố", "Lượt xem: 1.093"],
["Thứ Năm, 21/05/2026 - 07:30", "năm 2026", "tháng 6", "quý III", "tổ dân phố 7", "Lượt xem: 1.093"]))
