from lib import *
PAGES = []

PAGES.append(page("b8039-tuyenquang-minhxuan-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Địa phương › Phường, xã
12/9/2025 09:10 GMT+7
Phường Minh Xuân: mỗi tổ dân phố một mô hình phân loại rác
Ảnh: Đồng chí Hoàng Thị Thu Hà phát biểu tại hội nghị.
Ngày 11/9, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Minh Xuân, tỉnh Tuyên Quang tổ chức hội nghị triển khai phân loại rác thải sinh hoạt tại nguồn năm 2025. Đây là hội nghị chuyên đề đầu tiên của phường sau khi sắp xếp, vận hành chính quyền địa phương hai cấp.
Dự hội nghị có đồng chí Hoàng Thị Thu Hà, Bí thư Đảng ủy phường; các đồng chí Phó Chủ tịch UBND phường: Triệu Đức Thanh, Ma Văn Khiêm; 64 đồng chí là bí thư chi bộ, tổ trưởng tổ dân phố và trưởng các đoàn thể.
Phường Minh Xuân sau sắp xếp có 52 tổ dân phố với 14.360 hộ, lượng rác phát sinh khoảng 68 tấn/ngày. Theo kế hoạch, từ ngày 1/10/2025, các hộ gia đình phải phân loại rác thành 3 nhóm theo Luật Bảo vệ môi trường và Quyết định số 57/2025/QĐ-UBND ngày 21/8/2025 của UBND tỉnh Tuyên Quang về giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt. Giá dịch vụ đối với hộ gia đình ở phường giữ ở mức 25.000 đồng/hộ/tháng; hộ không phân loại sẽ bị từ chối thu gom sau 2 lần nhắc nhở.
Đồng chí Triệu Đức Thanh cho biết, phường đã dự toán gần 620 triệu đồng để mua 2.000 thùng ủ rác hữu cơ hỗ trợ hộ nghèo, hộ cận nghèo và in 15.000 tờ gấp hướng dẫn bằng tiếng Việt, tiếng Tày, tiếng Dao. Công ty Cổ phần Môi trường và Dịch vụ đô thị Tuyên Quang cam kết bố trí 6 xe thu gom có hai khoang riêng.
Tại hội nghị, bà Lý Thị Mai, Tổ trưởng tổ dân phố 7, người Dao, đề nghị quy định cụ thể giờ thu gom để người dân không phải để rác qua đêm. Ông Nông Văn Chiến, Bí thư Chi bộ, Tổ trưởng tổ dân phố 21, đề xuất trích 5% số tiền thu để bồi dưỡng người đi thu. Bà Hà Thị Ngọc, Chủ tịch Hội Liên hiệp Phụ nữ phường, đăng ký xây dựng 12 mô hình "Phụ nữ phân loại rác tại nguồn" trong năm 2025.
Kết luận hội nghị, đồng chí Hoàng Thị Thu Hà yêu cầu thực hiện nghiêm Nghị quyết số 08-NQ/ĐU của Đảng ủy phường về bảo vệ môi trường, xây dựng đô thị xanh; cán bộ, đảng viên phải gương mẫu phân loại rác tại gia đình; mỗi tổ dân phố có ít nhất 1 mô hình phân loại rác, 100% chi bộ đưa nội dung này vào sinh hoạt định kỳ hằng tháng.
Đồng chí Bí thư Đảng ủy phường cũng đề nghị Ủy ban MTTQ phường chủ trì giám sát việc thu giá dịch vụ, công khai số thu tại từng tổ dân phố, kịp thời phản ánh những bất cập để UBND phường điều chỉnh.
Thu Phương
Tin liên quan
- Phường Minh Xuân ra mắt Trung tâm phục vụ hành chính công (01/7/2025)
- Tuyên Quang công bố giá dịch vụ thu gom rác mới (25/8/2025)
- Xã Lũng Cú đón khách dịp Quốc khánh 2/9 (03/9/2025)
""", "2025-09-12", "Phường Minh Xuân: mỗi tổ dân phố một mô hình phân loại rác",
E("hoi_nghi", "2025", "2025-09-11"),
[P("Hoàng Thị Thu Hà", "Bí thư Đảng ủy phường"),
 P("Triệu Đức Thanh", "Phó Chủ tịch UBND phường"),
 P("Ma Văn Khiêm", "Phó Chủ tịch UBND phường"),
 P("Lý Thị Mai", "Tổ trưởng tổ dân phố 7"),
 P("Nông Văn Chiến", "Bí thư Chi bộ", "Tổ trưởng tổ dân phố 21"),
 P("Hà Thị Ngọc", "Chủ tịch Hội Liên hiệp Phụ nữ phường")],
[Q("64 đồng chí", 64, "đồng chí"), Q("52 tổ dân phố", 52, "tổ dân phố"), Q("14.360 hộ", 14360, "hộ"),
 Q("khoảng 68 tấn", 68, "tấn", "approx"), Q("3 nhóm", 3, "nhóm"), Q("25.000 đồng", 25000, "đồng"),
 Q("gần 620 triệu đồng", 620000000, "đồng", "approx"), Q("2.000 thùng ủ rác hữu cơ", 2000, "thùng ủ rác hữu cơ"),
 Q("15.000 tờ gấp", 15000, "tờ gấp"), Q("6 xe thu gom", 6, "xe thu gom"), Q("5%", 5, "%"),
 Q("12 mô hình", 12, "mô hình"), Q("ít nhất 1 mô hình phân loại rác", 1, "mô hình phân loại rác", "over"), Q("100% chi bộ", 100, "%")],
[D("Quyết định", "57", "2025/QĐ-UBND", "2025-08-21", "UBND tỉnh Tuyên Quang", "Quyết định số 57/2025/QĐ-UBND ngày 21/8/2025"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 08-NQ/ĐU")],
[prov("Tuyên Quang"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Địa phương › Phường, xã",
 "Ảnh: Đồng chí Hoàng Thị Thu Hà phát biểu tại hội nghị.", "Phụ nữ phân loại rác tại nguồn", "Luật Bảo vệ môi trường"],
["12/9/2025 09:10 GMT+7", "64 đồng chí", "năm 2025", "2 lần", "tổ dân phố 7", "tổ dân phố 21"]))

PAGES.append(page("b8040-vinhlong-hoaminh-traoqua-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội | Môi trường
Cập nhật: 14:30, 24/10/2025
Trao 500 bộ thùng rác cho hộ đồng bào Khmer xã Hòa Minh
Sáng 23/10, tại chùa Ông Mẹt, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp Công ty Cổ phần Cấp thoát nước - Môi trường Vĩnh Long và UBND xã Hòa Minh trao 500 bộ thùng rác phân loại và 500 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer của xã Hòa Minh và phường Trà Vinh.
Các đại biểu trao thùng rác phân loại cho người dân.
Mỗi phần quà gồm 1 bộ thùng rác 2 ngăn, 10 kg gạo và 300.000 đồng tiền mặt, tổng trị giá khoảng 410 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh và nguồn vận động doanh nghiệp.
Tham dự có ông Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hòa thượng Thạch Sóc Xane, Trụ trì chùa Ông Mẹt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; bà Huỳnh Thị Kiều Oanh, Chủ tịch UBND xã Hòa Minh; ông Thạch Phươl, Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh.
Phát biểu tại buổi trao quà, ông Kim Ngọc Thái cho biết, sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh, tỉnh có 124 xã, phường; tỷ lệ thu gom rác ở khu vực nông thôn mới đạt khoảng 58%. Thực hiện Kế hoạch số 18/KH-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp phấn đấu đến cuối năm 2025 vận động trên 20.000 hộ phân loại rác tại nguồn.
Bà Huỳnh Thị Kiều Oanh cho biết xã Hòa Minh có 3.912 hộ, trong đó 1.046 hộ đồng bào Khmer. Giá dịch vụ thu gom ở xã là 15.000 đồng/hộ/tháng theo Quyết định số 62/2025/QĐ-UBND của UBND tỉnh; từ tháng 11/2025, các hộ được tặng thùng sẽ được thu gom rác đã phân loại 3 lần/tuần. Hiện xã có 8 ấp tham gia thí điểm với 27 tổ tự quản môi trường.
Hòa thượng Thạch Sóc Xane bày tỏ cảm ơn và cho biết nhà chùa sẽ đưa nội dung giữ gìn vệ sinh, phân loại rác vào các buổi thuyết giảng cho phật tử, nhất là trong lễ Ok Om Bok sắp tới. Bà Kim Thị Sa Rinh, hộ nghèo ấp Ông Mẹt, xúc động: "Có thùng rác rồi, nhà tôi sẽ để rác riêng, không đổ xuống mương nữa".
Dịp này, Đoàn Thanh niên xã Hòa Minh ra quân thu gom rác dọc tuyến kênh và trao tặng 50 thùng rác công cộng đặt tại các điểm sinh hoạt cộng đồng trong phum sóc.
Theo lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, sau đợt trao tặng này, Mặt trận sẽ phối hợp các chùa Khmer, người có uy tín trong đồng bào tiếp tục tuyên truyền, hướng dẫn bà con sử dụng thùng rác đúng cách; định kỳ kiểm tra, nhắc nhở để việc phân loại rác trở thành thói quen của mỗi gia đình.
Ngọc Hân
Tin khác
- Vĩnh Long: chuẩn bị tổ chức lễ hội Ok Om Bok năm 2025 (20/10/2025)
- Phường Trà Vinh ra mắt mô hình "Khóm sáng, xanh, sạch" (10/10/2025)
- Ủy ban MTTQ tỉnh trao 200 căn nhà Đại đoàn kết (30/9/2025)
""", "2025-10-24", "Trao 500 bộ thùng rác cho hộ đồng bào Khmer xã Hòa Minh",
E("trao_qua", None, "2025-10-23"),
[P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Xane", "Hòa thượng", "Trụ trì chùa Ông Mẹt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Huỳnh Thị Kiều Oanh", "Chủ tịch UBND xã Hòa Minh"),
 P("Thạch Phươl", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh"),
 P("Kim Thị Sa Rinh")],
[Q("500 bộ thùng rác", 500, "bộ thùng rác"), Q("500 phần quà", 500, "phần quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("khoảng 410 triệu đồng", 410000000, "đồng", "approx"), Q("3 tỉnh", 3, "tỉnh"),
 Q("124 xã, phường", 124, "xã, phường"), Q("khoảng 58%", 58, "%", "approx"), Q("trên 20.000 hộ", 20000, "hộ", "over"),
 Q("3.912 hộ", 3912, "hộ"), Q("1.046 hộ đồng bào Khmer", 1046, "hộ đồng bào Khmer"), Q("15.000 đồng", 15000, "đồng"),
 Q("8 ấp", 8, "ấp"), Q("27 tổ tự quản môi trường", 27, "tổ tự quản môi trường"), Q("50 thùng rác công cộng", 50, "thùng rác công cộng")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 15/8/2025"),
 D("Quyết định", "62", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 62/2025/QĐ-UBND")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội | Môi trường", "Các đại biểu trao thùng rác phân loại cho người dân.", "Vì người nghèo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ok Om Bok", "chùa Ông Mẹt"],
["Cập nhật: 14:30, 24/10/2025", "1 bộ thùng rác 2 ngăn", "cuối năm 2025", "tháng 11/2025", "3 lần/tuần"]))

PAGES.append(page("b8041-dongnai-hlhpn-tongket-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI
Trang chủ / Tin hoạt động / Phụ nữ với môi trường
Hôm nay: Thứ Sáu, 16/01/2026
Thứ Sáu, 09/01/2026, 08:05
Phụ nữ Đồng Nai vận động gần 96.000 hộ phân loại rác trong năm 2025
Ảnh: Toàn cảnh hội nghị tổng kết.
Ngày 8/1/2026, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Đồng Nai tổ chức hội nghị tổng kết phong trào "Phụ nữ chung tay phân loại rác tại nguồn" năm 2025. Đây là năm đầu tiên phong trào được triển khai đồng bộ trên địa bàn tỉnh Đồng Nai mới, sau khi hợp nhất với tỉnh Bình Phước.
Chủ trì hội nghị có bà Nguyễn Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Điểu Thị Mai Hương, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Báo cáo tổng kết cho biết, năm 2025 các cơ sở Hội đã vận động 95.870 hộ hội viên phân loại rác tại nguồn, vượt 19,8% chỉ tiêu; thành lập 1.214 tổ phụ nữ tự quản bảo vệ môi trường; duy trì 386 "Ngôi nhà xanh" thu gom phế liệu, gây quỹ được hơn 2,35 tỷ đồng. Từ nguồn quỹ này, các chi hội đã đóng giá dịch vụ thu gom rác thay cho 4.120 hộ nghèo, hộ khó khăn, tặng 75 suất học bổng cho học sinh.
Nhiều cơ sở có cách làm sáng tạo: phường Đồng Xoài tổ chức "Phiên chợ đổi rác lấy cây xanh" hằng tháng; xã Bù Gia Mập vận động đồng bào S'tiêng, M'nông dùng giỏ mây, bao tải thay túi ni lông; phường Trấn Biên đưa tiêu chí phân loại rác vào bình xét "Gia đình 5 không, 3 sạch".
Tại hội nghị, chị Thị Bé, Chi hội trưởng phụ nữ ấp Bù Dốt, xã Bù Gia Mập, người S'tiêng, chia sẻ kinh nghiệm vận động bằng tiếng dân tộc; chị Điểu Thị Hạnh, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, kiến nghị hỗ trợ thêm thùng ủ phân vi sinh cho các ấp xa. Bà Lê Thị Ngọc Loan, Phó Giám đốc Sở Nông nghiệp và Môi trường, thông tin giá dịch vụ thu gom ở khu vực nông thôn hiện từ 20.000 đến 30.000 đồng/hộ/tháng theo Quyết định số 88/2025/QĐ-UBND ngày 30/9/2025 của UBND tỉnh.
Phát biểu chỉ đạo, bà Nguyễn Thị Hoàng đánh giá cao kết quả của các cấp Hội, đề nghị năm 2026 tiếp tục thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường, phấn đấu không dưới 90% hộ hội viên phân loại rác.
Dịp này, Hội Liên hiệp Phụ nữ tỉnh tặng bằng khen cho 32 tập thể và 47 cá nhân xuất sắc; các bà: Lê Thị Thu Sương, Hồ Thị Kim Xuyến, Trần Ngọc Diệp - Chủ tịch Hội Liên hiệp Phụ nữ phường được nhận cờ thi đua.
Các đại biểu cũng thống nhất phát động đợt thi đua cao điểm từ nay đến Tết Nguyên đán, tập trung ra quân thu gom rác thải nhựa, vận động hội viên dùng túi vải khi đi chợ.
Kim Liên
Tin liên quan
- Hội LHPN tỉnh thăm, tặng quà Tết hội viên khó khăn (05/01/2026)
- Phụ nữ Bình Long ra mắt mô hình "Ngôi nhà xanh" (20/12/2025)
- Tập huấn kỹ năng tuyên truyền bảo vệ môi trường (10/12/2025)
""", "2026-01-09", "Phụ nữ Đồng Nai vận động gần 96.000 hộ phân loại rác trong năm 2025",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Mai Hương", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Thị Bé", "Chi hội trưởng phụ nữ ấp Bù Dốt"),
 P("Điểu Thị Hạnh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Thị Ngọc Loan", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Lê Thị Thu Sương", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Hồ Thị Kim Xuyến", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Trần Ngọc Diệp", "Chủ tịch Hội Liên hiệp Phụ nữ phường")],
[Q("gần 96.000 hộ", 96000, "hộ", "approx"), Q("95.870 hộ hội viên", 95870, "hộ hội viên"), Q("19,8%", 19.8, "%"),
 Q("1.214 tổ phụ nữ tự quản bảo vệ môi trường", 1214, "tổ phụ nữ tự quản bảo vệ môi trường"),
 Q('386 "Ngôi nhà xanh"', 386, "Ngôi nhà xanh"), Q("hơn 2,35 tỷ đồng", 2350000000, "đồng", "over"),
 Q("4.120 hộ nghèo, hộ khó khăn", 4120, "hộ nghèo, hộ khó khăn"), Q("75 suất học bổng", 75, "suất học bổng"),
 Q("từ 20.000 đến 30.000 đồng", 20000, "đồng"), Q("không dưới 90%", 90, "%", "over"),
 Q("32 tập thể", 32, "tập thể"), Q("47 cá nhân xuất sắc", 47, "cá nhân xuất sắc")],
[D("Quyết định", "88", "2025/QĐ-UBND", "2025-09-30", "UBND tỉnh", "Quyết định số 88/2025/QĐ-UBND ngày 30/9/2025"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Bù Gia Mập"), com("Trấn Biên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI", "Trang chủ / Tin hoạt động / Phụ nữ với môi trường", "Hôm nay: Thứ Sáu, 16/01/2026",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Phụ nữ chung tay phân loại rác tại nguồn", "Phiên chợ đổi rác lấy cây xanh",
 "Gia đình 5 không, 3 sạch", "Bù Dốt"],
["Thứ Sáu, 09/01/2026, 08:05", "Thứ Sáu, 16/01/2026", "năm 2025", "năm 2026", "5 không, 3 sạch", "năm đầu tiên"]))

PAGES.append(page("b8042-lamdong-hdnd-giamsat-2026", """
HĐND TỈNH LÂM ĐỒNG
Trang chủ » Hoạt động của HĐND » Giám sát
16.01.2026 | 10:20
Giám sát việc thu giá dịch vụ thu gom rác năm 2025 tại các phường Gia Nghĩa
Từ ngày 13 đến 15/1/2026, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh Lâm Đồng do ông K'Mák, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề việc thu, quản lý giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt và thực hiện phân loại rác tại nguồn năm 2025 tại các phường Bắc Gia Nghĩa, Nam Gia Nghĩa, Đông Gia Nghĩa và xã Quảng Sơn.
Đoàn giám sát làm việc với UBND phường Nam Gia Nghĩa.
Thành viên đoàn gồm các đại biểu HĐND tỉnh: Y Quang B'Krông, Thị Hồng Nhung, Trương Văn Hòa; đại diện Sở Tài chính, Sở Nông nghiệp và Môi trường.
Theo báo cáo của UBND các phường, xã, năm 2025 khu vực Gia Nghĩa phát sinh khoảng 72 tấn rác mỗi ngày, tỷ lệ thu gom ở các phường đạt 97%, ở xã Quảng Sơn 61%. Từ ngày 1/7/2025, việc thu giá dịch vụ chuyển từ huyện, thành phố về UBND cấp xã quản lý; tổng số thu cả năm hơn 6,8 tỷ đồng, trong đó 6 tháng cuối năm thu 3,1 tỷ đồng. Mức giá áp dụng theo Nghị quyết số 37/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh (thay thế các quyết định cũ của 3 tỉnh trước hợp nhất): hộ gia đình ở phường 30.000 đồng/tháng, ở xã 18.000 đồng/tháng.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc bàn giao hồ sơ hợp đồng thu gom khi sắp xếp đơn vị hành chính còn chậm, khoảng 1.300 hộ chưa được cập nhật danh sách; phân loại rác tại nguồn mới làm ở 9 tổ dân phố, bon với 2.140 hộ; một số điểm tập kết tự phát trên Quốc lộ 14 chưa được xóa bỏ.
Bà H'Dũng, Chủ tịch UBND phường Nam Gia Nghĩa, kiến nghị tỉnh sớm ban hành quy định về giá dịch vụ đối với rác đã phân loại để khuyến khích người dân. Ông Điểu Khiêm, Bí thư Chi bộ, Trưởng bon Bu Sốp, xã Quảng Sơn, người M'nông, đề nghị hỗ trợ lò đốt rác cho các bon xa. Ông Nguyễn Đình Sơn, Phó Chủ tịch UBND phường Bắc Gia Nghĩa, cho biết phường đã lập 14 tổ thu gom rác tự quản.
Kết luận, ông K'Mák đề nghị các địa phương rà soát, cập nhật đầy đủ danh sách hộ; công khai việc thu, chi theo Luật Thực hiện dân chủ ở cơ sở; trong quý I/2026 hoàn thành việc xóa 100% điểm tập kết rác tự phát. Kết quả giám sát sẽ được báo cáo Thường trực HĐND tỉnh để xem xét, đưa vào nội dung chất vấn tại kỳ họp thường lệ giữa năm 2026.
Cũng trong đợt giám sát, đoàn đã khảo sát thực tế tại bãi rác Gia Nghĩa và ghi nhận tình trạng quá tải. Đoàn đề nghị Sở Nông nghiệp và Môi trường sớm tham mưu phương án xử lý rác liên vùng, tận dụng nhà máy xử lý rác của khu vực Bảo Lộc và Phan Thiết sau hợp nhất.
Quỳnh Anh
Tin cùng chuyên mục
- Thường trực HĐND tỉnh giám sát công tác giải ngân vốn đầu tư công (08/01/2026)
- Kỳ họp thứ 5 HĐND tỉnh thông qua 36 nghị quyết (12/12/2025)
- Ban Dân tộc HĐND tỉnh khảo sát tại xã Đắk Búk So (28/11/2025)
""", "2026-01-16", "Giám sát việc thu giá dịch vụ thu gom rác năm 2025 tại các phường Gia Nghĩa",
E("giam_sat", "2025", "2026-01-13"),
[P("K'Mák", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh", "trưởng đoàn"),
 P("Y Quang B'Krông", "đại biểu HĐND tỉnh"),
 P("Thị Hồng Nhung", "đại biểu HĐND tỉnh"),
 P("Trương Văn Hòa", "đại biểu HĐND tỉnh"),
 P("H'Dũng", "Chủ tịch UBND phường Nam Gia Nghĩa"),
 P("Điểu Khiêm", "Bí thư Chi bộ", "Trưởng bon Bu Sốp"),
 P("Nguyễn Đình Sơn", "Phó Chủ tịch UBND phường Bắc Gia Nghĩa")],
[Q("khoảng 72 tấn", 72, "tấn", "approx"), Q("97%", 97, "%"), Q("61%", 61, "%"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("3 tỉnh", 3, "tỉnh"), Q("30.000 đồng", 30000, "đồng"), Q("18.000 đồng", 18000, "đồng"),
 Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("9 tổ dân phố, bon", 9, "tổ dân phố, bon"), Q("2.140 hộ", 2140, "hộ"),
 Q("14 tổ thu gom rác tự quản", 14, "tổ thu gom rác tự quản"), Q("100% điểm tập kết rác tự phát", 100, "%")],
[D("Nghị quyết", "37", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 37/2025/NQ-HĐND ngày 10/12/2025")],
[prov("Lâm Đồng"), com("Bắc Gia Nghĩa"), com("Nam Gia Nghĩa"), com("Đông Gia Nghĩa"), com("Quảng Sơn")],
["HĐND TỈNH LÂM ĐỒNG", "Trang chủ » Hoạt động của HĐND » Giám sát", "Đoàn giám sát làm việc với UBND phường Nam Gia Nghĩa.",
 "Luật Thực hiện dân chủ ở cơ sở", "Bu Sốp", "Quốc lộ 14"],
["16.01.2026 | 10:20", "năm 2025", "6 tháng cuối năm", "quý I/2026", "giữa năm 2026", "Quốc lộ 14"]))

PAGES.append(page("b8043-hungyen-giadichvu-khac-2026", """
Báo Hưng Yên điện tử
Trang chủ | Xã hội | Đô thị - Môi trường
Ngày đăng: 20/03/2026 | 16:00
Lượt đọc: 2.315
Từ 1/4/2026, Hưng Yên tính giá thu gom rác theo khối lượng ở 18 phường
Từ ngày 1/4/2026, hộ gia đình, cá nhân tại 18 phường của tỉnh Hưng Yên sẽ trả tiền dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt theo khối lượng, thông qua việc mua túi đựng rác chuyên dùng. Các xã còn lại tiếp tục thu theo hộ và áp dụng hình thức mới chậm nhất từ ngày 1/1/2027.
Túi đựng rác chuyên dùng có in logo, mã QR được bán tại các cửa hàng tiện lợi. Ảnh: Hải Yến
Lộ trình trên được quy định tại Nghị quyết số 14, 15/2026/NQ-HĐND của HĐND tỉnh khóa XVII thông qua tại kỳ họp chuyên đề tháng 2/2026 và Quyết định số 21/2026/QĐ-UBND ngày 10/3/2026 của UBND tỉnh, thực hiện Luật Bảo vệ môi trường số 72/2020/QH14 và Nghị định số 05/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung Nghị định số 08/2022/NĐ-CP.
Theo đó, túi đựng chất thải thực phẩm và chất thải rắn sinh hoạt khác có 3 loại dung tích 10 lít, 20 lít và 50 lít, giá lần lượt 1.500 đồng, 2.800 đồng và 6.500 đồng/túi. Chất thải có khả năng tái chế được thu gom miễn phí. Theo tính toán của Sở Nông nghiệp và Môi trường, một hộ 4 người phân loại tốt sẽ chỉ tốn khoảng 45.000 - 50.000 đồng/tháng, tương đương mức đang thu 12.000 đồng/người/tháng ở phường; hộ không phân loại sẽ phải trả nhiều hơn.
Ông Phạm Văn Nghiêm, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết sau hợp nhất với tỉnh Thái Bình, tỉnh có khoảng 1,2 triệu hộ, phát sinh trên 2.600 tấn rác mỗi ngày. Năm 2025, tỉnh đã thí điểm tại phường Phố Hiến và phường Thái Bình với 8.450 hộ, lượng rác phải chôn lấp giảm khoảng 38%.
Để hỗ trợ người dân, tỉnh miễn tiền mua túi cho 21.600 hộ nghèo, hộ cận nghèo trong năm 2026, kinh phí dự kiến 9,4 tỷ đồng. Mỗi phường bố trí ít nhất 2 điểm bán túi trong một tổ dân phố và một đường dây nóng để người dân phản ánh.
Bà Đỗ Thị Thu Trang, Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến, cho rằng cái khó nhất là thay đổi thói quen của người cao tuổi và hộ buôn bán ở chợ. Ông Vũ Đình Lâm, Tổ trưởng tổ dân phố Hiến Nam, phường Phố Hiến, cho biết qua gần 1 năm thí điểm, nhiều gia đình đã tự giảm được một nửa số túi nhờ ủ rác thực phẩm cho vườn rau.
Theo quy định, hành vi để rác không đúng túi chuyên dùng hoặc không phân loại sẽ bị nhắc nhở, lập biên bản; tái phạm có thể bị xử phạt theo Nghị định số 45/2022/NĐ-CP với mức từ 500.000 đến 1 triệu đồng đối với cá nhân. Tuy vậy, đại diện Sở cho biết trong 3 tháng đầu áp dụng, các phường chủ yếu hướng dẫn, chưa xử phạt.
Nhiều người dân đồng tình với chủ trương nhưng băn khoăn về việc túi chuyên dùng có đủ tại các cửa hàng và giá có bị đẩy lên hay không. Sở Nông nghiệp và Môi trường khẳng định giá túi do Nhà nước quy định thống nhất, các điểm bán không được tự ý tăng giá.
Hải Yến
Xem thêm
- Hưng Yên công bố đường dây nóng về môi trường (15/03/2026)
- Phường Phố Hiến: một năm thí điểm túi rác chuyên dùng (02/03/2026)
- Kỳ họp chuyên đề HĐND tỉnh thông qua 12 nghị quyết (25/02/2026)
""", "2026-03-20", "Từ 1/4/2026, Hưng Yên tính giá thu gom rác theo khối lượng ở 18 phường",
E("khac", None, None),
[P("Phạm Văn Nghiêm", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Đỗ Thị Thu Trang", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến"),
 P("Vũ Đình Lâm", "Tổ trưởng tổ dân phố Hiến Nam")],
[Q("18 phường", 18, "phường"), Q("3 loại", 3, "loại"), Q("10 lít", 10, "lít"), Q("20 lít", 20, "lít"), Q("50 lít", 50, "lít"),
 Q("1.500 đồng", 1500, "đồng"), Q("2.800 đồng", 2800, "đồng"), Q("6.500 đồng", 6500, "đồng"),
 Q("4 người", 4, "người"), Q("khoảng 45.000 - 50.000 đồng", 45000, "đồng", "approx"), Q("12.000 đồng", 12000, "đồng"),
 Q("khoảng 1,2 triệu hộ", 1200000, "hộ", "approx"), Q("trên 2.600 tấn", 2600, "tấn", "over"), Q("8.450 hộ", 8450, "hộ"),
 Q("khoảng 38%", 38, "%", "approx"), Q("21.600 hộ nghèo, hộ cận nghèo", 21600, "hộ nghèo, hộ cận nghèo"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("ít nhất 2 điểm bán túi", 2, "điểm bán túi", "over"),
 Q("từ 500.000 đến 1 triệu đồng", 500000, "đồng")],
[D("Nghị quyết", "14", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14, 15/2026/NQ-HĐND"),
 D("Nghị quyết", "15", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14, 15/2026/NQ-HĐND"),
 D("Quyết định", "21", "2026/QĐ-UBND", "2026-03-10", "UBND tỉnh", "Quyết định số 21/2026/QĐ-UBND ngày 10/3/2026"),
 D("Luật", "72", "2020/QH14", None, None, "Luật Bảo vệ môi trường số 72/2020/QH14"),
 D("Nghị định", "05", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2025/NĐ-CP"),
 D("Nghị định", "08", "2022/NĐ-CP", None, None, "Nghị định số 08/2022/NĐ-CP"),
 D("Nghị định", "45", "2022/NĐ-CP", None, None, "Nghị định số 45/2022/NĐ-CP")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Phố Hiến"), com("Thái Bình")],
["Báo Hưng Yên điện tử", "Trang chủ | Xã hội | Đô thị - Môi trường", "Lượt đọc: 2.315",
 "Túi đựng rác chuyên dùng có in logo, mã QR được bán tại các cửa hàng tiện lợi. Ảnh: Hải Yến", "Hiến Nam"],
["Ngày đăng: 20/03/2026 | 16:00", "Lượt đọc: 2.315", "1/4/2026", "1/1/2027", "tháng 2/2026", "Năm 2025", "năm 2026",
 "gần 1 năm", "3 tháng đầu", "khóa XVII"]))

PAGES.append(page("b8044-cantho-ninhkieu-soket-quy1-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ » Tin tức - Sự kiện » Hoạt động của phường
2026-04-10 06:45
Ảnh: Đồng chí Nguyễn Thị Thu Hiền phát biểu kết luận hội nghị.
Phường Ninh Kiều sơ kết quý I: 71% hộ dân đã phân loại rác
Chiều 9/4/2026, UBND phường Ninh Kiều tổ chức hội nghị sơ kết quý I/2026 công tác phân loại chất thải rắn sinh hoạt tại nguồn và thu giá dịch vụ thu gom rác, triển khai nhiệm vụ quý II. Chủ trì hội nghị có đồng chí Nguyễn Thị Thu Hiền, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Trần Quốc Việt, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Phường Ninh Kiều được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các phường Tân An, Thới Bình, Xuân Khánh và một phần phường An Hòa cũ, hiện có 64 khu vực với 27.380 hộ.
Theo báo cáo, trong quý I/2026 phường đã vận động được 19.440 hộ thực hiện phân loại rác, đạt 71%, tăng 16% so với cuối năm 2025. Lực lượng thu gom đã thu về khoảng 4.050 tấn rác, trong đó 1.130 tấn chất thải thực phẩm được chuyển đến nhà máy xử lý làm phân compost tại xã Thới Lai. Phường đã ký hợp đồng thu gom với 3.120 hộ kinh doanh, 415 nhà hàng, quán ăn.
Giá dịch vụ thu gom thực hiện theo Quyết định số 09/2026/QĐ-UBND ngày 15/1/2026 của UBND thành phố Cần Thơ: hộ gia đình mặt tiền 35.000 đồng/tháng, hộ trong hẻm 28.000 đồng/tháng. Quý I thu được 2,64 tỷ đồng, đạt 24,3% kế hoạch năm. Có 146 hộ nghèo được miễn giá dịch vụ.
Thảo luận tại hội nghị, ông Huỳnh Văn Ơn, Trưởng khu vực 12, đề nghị có thêm 5 xe ba gác điện để gom rác trong các hẻm nhỏ ven rạch Khai Luông. Bà Châu Thị Sa Quênh, Tổ trưởng tổ nhân dân tự quản số 3, khu vực 5, người Khmer, cho biết nhiều hộ thuê trọ sinh viên chưa phân loại. Ông Phan Thanh Hùng, Đội trưởng Đội thu gom số 2 Công ty Cổ phần Đô thị Cần Thơ, kiến nghị người dân buộc kín túi rác trước khi mang ra.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hiền yêu cầu trong quý II các khu vực thực hiện nghiêm Kế hoạch số 27/KH-UBND và Kế hoạch số 31/KH-UBND của UBND phường; phấn đấu đến 30/6/2026 đạt trên 80% hộ phân loại rác; Ủy ban MTTQ phường phối hợp Đoàn Thanh niên lập 10 đội hình tình nguyện hướng dẫn người dân, nhất là khu nhà trọ.
Dịp này, UBND phường khen thưởng 6 khu vực có tỷ lệ phân loại rác trên 85%, mỗi khu vực được thưởng 2 triệu đồng.
Các đại biểu cũng đề nghị thành phố sớm bố trí xe thu gom riêng cho chất thải có khả năng tái chế, tránh tình trạng người dân đã phân loại nhưng khi thu gom lại bị đổ chung, làm giảm lòng tin của nhân dân vào chủ trương đúng đắn này.
Ngọc Trâm
Tin liên quan
- Phường Ninh Kiều ra mắt mô hình "Khu vực không rác thải nhựa" (28/03/2026)
- Cần Thơ: 100% phường, xã triển khai phân loại rác (15/03/2026)
- Hội nghị tổng kết công tác Mặt trận phường năm 2025 (20/12/2025)
""", "2026-04-10", "Phường Ninh Kiều sơ kết quý I: 71% hộ dân đã phân loại rác",
E("so_ket", "2026-Q1", "2026-04-09"),
[P("Nguyễn Thị Thu Hiền", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Quốc Việt", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Huỳnh Văn Ơn", "Trưởng khu vực 12"),
 P("Châu Thị Sa Quênh", "Tổ trưởng tổ nhân dân tự quản số 3"),
 P("Phan Thanh Hùng", "Đội trưởng Đội thu gom số 2 Công ty Cổ phần Đô thị Cần Thơ")],
[Q("71%", 71, "%"), Q("64 khu vực", 64, "khu vực"), Q("27.380 hộ", 27380, "hộ"), Q("19.440 hộ", 19440, "hộ"),
 Q("16%", 16, "%"), Q("khoảng 4.050 tấn", 4050, "tấn", "approx"), Q("1.130 tấn", 1130, "tấn"),
 Q("3.120 hộ kinh doanh", 3120, "hộ kinh doanh"), Q("415 nhà hàng, quán ăn", 415, "nhà hàng, quán ăn"),
 Q("35.000 đồng", 35000, "đồng"), Q("28.000 đồng", 28000, "đồng"), Q("2,64 tỷ đồng", 2640000000, "đồng"),
 Q("24,3%", 24.3, "%"), Q("146 hộ nghèo", 146, "hộ nghèo"), Q("5 xe ba gác điện", 5, "xe ba gác điện"),
 Q("trên 80%", 80, "%", "over"), Q("10 đội hình tình nguyện", 10, "đội hình tình nguyện"), Q("6 khu vực", 6, "khu vực"),
 Q("trên 85%", 85, "%", "over"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "09", "2026/QĐ-UBND", "2026-01-15", "UBND thành phố Cần Thơ", "Quyết định số 09/2026/QĐ-UBND ngày 15/1/2026"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND phường", "Kế hoạch số 27/KH-UBND"),
 D("Kế hoạch", "31", "KH-UBND", None, "UBND phường", "Kế hoạch số 31/KH-UBND")],
[prov("Cần Thơ"), com("Ninh Kiều"), com("Tân An"), com("Thới Bình"), com("Xuân Khánh"), com("An Hòa"), com("Thới Lai")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Trang chủ » Tin tức - Sự kiện » Hoạt động của phường",
 "Ảnh: Đồng chí Nguyễn Thị Thu Hiền phát biểu kết luận hội nghị.", "Khai Luông"],
["2026-04-10 06:45", "quý I/2026", "quý II", "cuối năm 2025", "Quý I", "khu vực 12", "số 3", "khu vực 5", "số 2", "30/6/2026"]))
