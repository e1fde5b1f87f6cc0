from lib import *
PAGES = []

PAGES.append(page("b4175-binhdinh-hnd-giaoban-2025", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Thứ Tư, 09/04/2025 - 10:20
Bình Định: Nông dân miền núi làm du lịch cộng đồng, liên kết hợp tác xã
Ngày 8/4/2025, Ban Thường vụ Hội Nông dân tỉnh Bình Định tổ chức giao ban công tác Hội quý I năm 2025 tại xã An Toàn, huyện An Lão. Đồng chí Trương Thị Hồng Hạnh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Thắng, Đinh Thị Ngọc (người Ba Na).
Đại biểu tham quan mô hình homestay tại làng Hà Lĩnh. Ảnh: Đức Nhật
Báo cáo tại giao ban cho biết, quý I/2025 các cấp Hội đã kết nạp 1.048 hội viên mới, thành lập 6 chi hội nghề nghiệp, 9 tổ hội nghề nghiệp; hướng dẫn thành lập 2 hợp tác xã và 7 tổ hợp tác. Toàn tỉnh hiện có 214 hợp tác xã nông nghiệp, trong đó 36 hợp tác xã do Hội Nông dân hỗ trợ thành lập; 12 sản phẩm của hội viên vừa được UBND tỉnh công nhận OCOP 3 sao, nâng tổng số sản phẩm OCOP của hội viên lên 87. Nguồn Quỹ hỗ trợ nông dân do Hội quản lý đạt 64,5 tỷ đồng, đang cho 1.930 hộ vay; dư nợ ủy thác qua Ngân hàng Chính sách xã hội 3.012 tỷ đồng.
Tại xã An Toàn, mô hình du lịch cộng đồng làng Hà Lĩnh có 12 hộ người Ba Na, H'rê tham gia với 5 homestay, 1 đội cồng chiêng 20 người; trong quý I đón khoảng 2.300 lượt khách, doanh thu gần 560 triệu đồng. Ông Đinh Văn Lớp, Chủ tịch Hội Nông dân xã An Toàn, cho biết Hội đã giúp thành lập tổ hợp tác dịch vụ du lịch 15 thành viên, dự kiến nâng lên hợp tác xã trong năm nay. Bà Đinh Thị Hờ, chủ homestay làng Hà Lĩnh, đề nghị hỗ trợ vốn làm thêm nhà sàn và hệ thống nước sạch.
Các đồng chí Chủ tịch Hội Nông dân huyện Vân Canh, Vĩnh Thạnh, Hoài Ân báo cáo tình hình hội viên trồng sâm, nuôi ong, làm rượu cần; ông Đinh Thanh Tuấn, Giám đốc hợp tác xã nông nghiệp Vĩnh Sơn, phản ánh khó khăn tiêu thụ 40 tấn mai dương, khoai môn.
Kết luận giao ban, đồng chí Trương Thị Hồng Hạnh đề nghị các cấp Hội thực hiện nghiêm Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; giữ ổn định tư tưởng cán bộ Hội trước khi sắp xếp đơn vị hành chính; đồng thời triển khai Kế hoạch số 52-KH/HND ngày 15/01/2025 về hỗ trợ hội viên tham gia Chương trình OCOP năm 2025. Quý II, Hội phấn đấu hỗ trợ ít nhất 3 hợp tác xã mới, tổ chức phiên chợ nông sản, sản phẩm OCOP tại Quy Nhơn với 60 gian hàng.
Đức Nhật
Lượt truy cập: 1.122
Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác năm 2024 (27/12/2024)
- Vĩnh Thạnh: nông dân trồng sâm dưới tán rừng (10/03/2025)
- An Lão ra mắt hợp tác xã du lịch cộng đồng (20/02/2025)
""", "2025-04-09", "Bình Định: Nông dân miền núi làm du lịch cộng đồng, liên kết hợp tác xã",
E("giao_ban", "2025-Q1", "2025-04-08"),
[P("Trương Thị Hồng Hạnh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Thắng", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Đinh Thị Ngọc", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Văn Lớp", "Chủ tịch Hội Nông dân xã An Toàn"),
 P("Đinh Thị Hờ", "chủ homestay làng Hà Lĩnh"),
 P("Đinh Thanh Tuấn", "Giám đốc hợp tác xã nông nghiệp Vĩnh Sơn")],
[Q("1.048 hội viên mới", 1048, "hội viên mới"), Q("6 chi hội nghề nghiệp", 6, "chi hội nghề nghiệp"), Q("9 tổ hội nghề nghiệp", 9, "tổ hội nghề nghiệp"),
 Q("2 hợp tác xã", 2, "hợp tác xã"), Q("7 tổ hợp tác", 7, "tổ hợp tác"), Q("214 hợp tác xã nông nghiệp", 214, "hợp tác xã nông nghiệp"),
 Q("36 hợp tác xã", 36, "hợp tác xã"), Q("12 sản phẩm", 12, "sản phẩm"), Q("87", 87, "sản phẩm OCOP"), Q("64,5 tỷ đồng", 64500000000, "đồng"),
 Q("1.930 hộ", 1930, "hộ"), Q("3.012 tỷ đồng", 3012000000000, "đồng"), Q("12 hộ người Ba Na, H'rê", 12, "hộ người Ba Na, H'rê"),
 Q("5 homestay", 5, "homestay"), Q("1 đội cồng chiêng", 1, "đội cồng chiêng"), Q("20 người", 20, "người"),
 Q("khoảng 2.300 lượt khách", 2300, "lượt khách", "approx"), Q("gần 560 triệu đồng", 560000000, "đồng", "approx"),
 Q("15 thành viên", 15, "thành viên"), Q("40 tấn", 40, "tấn"), Q("ít nhất 3 hợp tác xã mới", 3, "hợp tác xã mới", "over"),
 Q("60 gian hàng", 60, "gian hàng")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025"),
 D("Kế hoạch", "52", "KH/HND", "2025-01-15", None, "Kế hoạch số 52-KH/HND ngày 15/01/2025")],
[prov("Bình Định"), com("An Toàn")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội", "Đại biểu tham quan mô hình homestay tại làng Hà Lĩnh.",
 "Lượt truy cập: 1.122"],
["Thứ Tư, 09/04/2025 - 10:20", "quý I năm 2025", "quý I/2025", "OCOP 3 sao", "quý I", "năm 2025", "Quý II", "Lượt truy cập: 1.122"]))

PAGES.append(page("b4176-tuyenquang-lhpn-traoqua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội › Phụ nữ
Ngày đăng 17/10/2025 | 16:05
Trao 120 suất quà và sinh kế cho phụ nữ làm du lịch cộng đồng vùng cao nguyên đá
Nhân kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025), ngày 16/10, Hội LHPN tỉnh Tuyên Quang phối hợp với Quỹ Hỗ trợ phụ nữ phát triển tổ chức trao 120 suất quà và 15 mô hình sinh kế cho hội viên phụ nữ làm du lịch cộng đồng, thành viên hợp tác xã tại các xã Lũng Cú, Đồng Văn, Mèo Vạc.
Dự và trao quà có đồng chí Hầu Thị Xúa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Ma Thị Hương, Phó Chủ tịch Hội LHPN tỉnh.
Đồng chí Hầu Thị Xúa trao quà cho hội viên xã Lũng Cú. Ảnh: Thu Phương
Mỗi suất quà gồm tiền mặt 500.000 đồng và nhu yếu phẩm trị giá 300.000 đồng; mỗi mô hình sinh kế trị giá 10 triệu đồng, gồm chăn ga, đồ dùng phục vụ khách lưu trú hoặc khung dệt lanh. Tổng trị giá quà và sinh kế là 246 triệu đồng, do các doanh nghiệp, nhà hảo tâm ở Hà Nội và Hà Giang cũ đóng góp.
Sau hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, Hội LHPN tỉnh đang quản lý 217 tổ hợp tác, 41 hợp tác xã do phụ nữ làm chủ, 96 sản phẩm OCOP của chủ thể là phụ nữ. Riêng 3 xã vùng cao nguyên đá có 128 homestay, 63% do chị em người Mông, Lô Lô, Dao quản lý; 9 tháng năm 2025 đón trên 340.000 lượt khách.
Chị Sình Thị Chúa, chủ homestay thôn Lô Lô Chải, xã Lũng Cú, cho biết gia đình có 8 phòng nghỉ, mỗi năm thu khoảng 400 triệu đồng; chị tham gia hợp tác xã du lịch cộng đồng Lô Lô Chải với 34 hộ thành viên. Bà Vàng Thị Sùng, Chủ tịch Hội LHPN xã Mèo Vạc, chia sẻ Hội xã đã vận động 52 chị em thành lập tổ hợp tác may trang phục Mông bán cho khách.
Dịp này, Hội LHPN tỉnh ra mắt tổ hợp tác "Phụ nữ Lô Lô giữ nghề thêu" với 19 thành viên và trao 3 giấy chứng nhận đăng ký tổ hợp tác. Đồng chí Hầu Thị Xúa đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh, Kế hoạch số 18-KH/ĐĐ ngày 05/9/2025 của Đảng đoàn Hội LHPN tỉnh và Hướng dẫn số 06/HD-ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh về hỗ trợ phụ nữ phát triển kinh tế tập thể sau hợp nhất; phấn đấu đến hết năm 2025 mỗi xã vùng cao có ít nhất 1 hợp tác xã do phụ nữ quản lý.
Trước đó, ngày 15/10, Hội LHPN tỉnh cũng trao 50 suất quà cho phụ nữ khó khăn ở xã Thượng Lâm, nơi có làng du lịch cộng đồng Nà Tông.
Thu Phương
Lượt xem: 1.416
Tin khác
- Tuyên Quang: kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam (15/10/2025)
- Phụ nữ xã Lâm Bình làm du lịch cộng đồng (08/10/2025)
- Hội LHPN tỉnh kiện toàn tổ chức sau hợp nhất (25/08/2025)
""", "2025-10-17", "Trao 120 suất quà và sinh kế cho phụ nữ làm du lịch cộng đồng vùng cao nguyên đá",
E("trao_qua", None, "2025-10-16"),
[P("Hầu Thị Xúa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Ma Thị Hương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sình Thị Chúa", "chủ homestay thôn Lô Lô Chải"),
 P("Vàng Thị Sùng", "Chủ tịch Hội LHPN xã Mèo Vạc")],
[Q("120 suất quà", 120, "suất quà"), Q("15 mô hình sinh kế", 15, "mô hình sinh kế"), Q("500.000 đồng", 500000, "đồng"),
 Q("300.000 đồng", 300000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("246 triệu đồng", 246000000, "đồng"),
 Q("217 tổ hợp tác", 217, "tổ hợp tác"), Q("41 hợp tác xã", 41, "hợp tác xã"), Q("96 sản phẩm OCOP", 96, "sản phẩm OCOP"),
 Q("3 xã vùng cao nguyên đá", 3, "xã vùng cao nguyên đá"), Q("128 homestay", 128, "homestay"), Q("63%", 63, "%"),
 Q("trên 340.000 lượt khách", 340000, "lượt khách", "over"), Q("8 phòng nghỉ", 8, "phòng nghỉ"), Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("34 hộ thành viên", 34, "hộ thành viên"), Q("52 chị em", 52, "chị em"), Q("19 thành viên", 19, "thành viên"),
 Q("3 giấy chứng nhận đăng ký tổ hợp tác", 3, "giấy chứng nhận đăng ký tổ hợp tác"), Q("ít nhất 1 hợp tác xã", 1, "hợp tác xã", "over"),
 Q("50 suất quà", 50, "suất quà")],
[D("Kế hoạch", "18", "KH/ĐĐ", "2025-09-05", "Đảng đoàn Hội LHPN tỉnh", "Kế hoạch số 18-KH/ĐĐ ngày 05/9/2025"),
 D("Hướng dẫn", "06", "HD-ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Hướng dẫn số 06/HD-ĐCT")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Hà Nội"), com("Lũng Cú"), com("Đồng Văn"), com("Mèo Vạc"), com("Thượng Lâm")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội › Phụ nữ", "Đồng chí Hầu Thị Xúa trao quà cho hội viên xã Lũng Cú.",
 "Phụ nữ Lô Lô giữ nghề thêu", "Quỹ Hỗ trợ phụ nữ phát triển", "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh", "Lượt xem: 1.416"],
["Ngày đăng 17/10/2025 | 16:05", "95 năm", "20/10/1930 - 20/10/2025", "9 tháng năm 2025", "năm 2025", "Lượt xem: 1.416"]))

PAGES.append(page("b4177-vinhlong-hnd-taphuan-2025", """
HỘI NÔNG DÂN TỈNH VĨNH LONG
Trang chủ >> Tin tức - Sự kiện >> Kinh tế tập thể
Thứ Năm, 20/11/2025 - 14:30
Ảnh: Học viên thực hành livestream bán sản phẩm OCOP.
Nâng cao năng lực cho 180 cán bộ hợp tác xã, chủ thể OCOP sau hợp nhất
Trong 2 ngày 18 - 19/11/2025, tại phường Long Châu, Hội Nông dân tỉnh Vĩnh Long phối hợp với Liên minh Hợp tác xã tỉnh tổ chức lớp tập huấn năm 2025 về quản trị hợp tác xã, phát triển sản phẩm OCOP và du lịch nông nghiệp cho 180 học viên là giám đốc hợp tác xã, tổ trưởng tổ hợp tác, chủ thể OCOP đến từ các xã, phường của ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh trước đây.
Phát biểu khai mạc, đồng chí Thạch Thị Sô Phi, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch Thường trực Hội Nông dân tỉnh cho biết, sau hợp nhất, tỉnh có 124 xã, phường; 612 hợp tác xã nông nghiệp với khoảng 68.000 thành viên; 503 sản phẩm OCOP, trong đó 97 sản phẩm 4 sao và 5 sản phẩm 5 sao. Các cấp Hội đang quản lý Quỹ hỗ trợ nông dân 286 tỷ đồng, cho trên 7.400 hộ vay; năm 2025 đã hỗ trợ thành lập 25 hợp tác xã, 118 tổ hợp tác.
Lớp học triển khai Luật Hợp tác xã số 17/2023/QH15, Nghị định 92/2024/NĐ-CP và Nghị định 113/2024/NĐ-CP của Chính phủ hướng dẫn Luật; Kế hoạch số 07-KH/TU, 08-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và Chương trình OCOP giai đoạn 2025 - 2030. Báo cáo viên là các đồng chí: Nguyễn Văn Khanh, Phó Giám đốc Sở Nông nghiệp và Môi trường; Kim Sóc Kha, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh.
Tham gia lớp học, bà Trần Thị Mỹ Linh, Giám đốc hợp tác xã dừa sáp Cầu Kè ở xã Cầu Kè, cho biết hợp tác xã có 56 thành viên, 3 sản phẩm OCOP 4 sao, đón khoảng 9.000 lượt khách tham quan vườn dừa sáp mỗi năm, doanh thu hơn 11 tỷ đồng. Ông Sơn Văn Rươne, Tổ trưởng tổ hợp tác làm bánh tét Trà Cuôn, xã Kim Sơn, kiến nghị hỗ trợ chứng nhận an toàn thực phẩm để đưa sản phẩm vào siêu thị. Ông Lê Văn Tư, chủ thể sản phẩm kẹo dừa xã Mỏ Cày, mong muốn kết nối tour du lịch từ TP Hồ Chí Minh về làng nghề.
Học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: Kim Thoa
Kết thúc lớp tập huấn, 180 học viên được cấp giấy chứng nhận; 42 hợp tác xã đăng ký tham gia Hội chợ nông nghiệp và sản phẩm OCOP tỉnh Vĩnh Long dự kiến tổ chức vào tháng 12/2025. Hội Nông dân tỉnh cam kết giải ngân thêm 15 tỷ đồng Quỹ hỗ trợ nông dân cho các dự án liên kết, mỗi dự án tối đa 500 triệu đồng.
Kim Thoa
Lượt xem: 986
Tin liên quan
- Vĩnh Long: ra mắt Ban Chấp hành Hội Nông dân tỉnh sau hợp nhất (05/07/2025)
- Hợp tác xã dừa sáp Cầu Kè đón khách quốc tế (30/10/2025)
- Nông dân xã Kim Sơn giữ nghề làm bánh tét (12/10/2025)
""", "2025-11-20", "Nâng cao năng lực cho 180 cán bộ hợp tác xã, chủ thể OCOP sau hợp nhất",
E("tap_huan", "2025", "2025-11-18"),
[P("Thạch Thị Sô Phi", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Nguyễn Văn Khanh", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Kim Sóc Kha", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Trần Thị Mỹ Linh", "Giám đốc hợp tác xã dừa sáp Cầu Kè"),
 P("Sơn Văn Rươne", "Tổ trưởng tổ hợp tác làm bánh tét Trà Cuôn"),
 P("Lê Văn Tư", "chủ thể sản phẩm kẹo dừa xã Mỏ Cày")],
[Q("180 học viên", 180, "học viên"), Q("124 xã, phường", 124, "xã, phường"),
 Q("612 hợp tác xã nông nghiệp", 612, "hợp tác xã nông nghiệp"), Q("khoảng 68.000 thành viên", 68000, "thành viên", "approx"),
 Q("503 sản phẩm OCOP", 503, "sản phẩm OCOP"), Q("97 sản phẩm", 97, "sản phẩm"), Q("5 sản phẩm", 5, "sản phẩm"),
 Q("286 tỷ đồng", 286000000000, "đồng"), Q("trên 7.400 hộ", 7400, "hộ", "over"), Q("25 hợp tác xã", 25, "hợp tác xã"),
 Q("118 tổ hợp tác", 118, "tổ hợp tác"), Q("56 thành viên", 56, "thành viên"), Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"),
 Q("khoảng 9.000 lượt khách", 9000, "lượt khách", "approx"), Q("hơn 11 tỷ đồng", 11000000000, "đồng", "over"),
 Q("42 hợp tác xã", 42, "hợp tác xã"), Q("15 tỷ đồng", 15000000000, "đồng"), Q("tối đa 500 triệu đồng", 500000000, "đồng")],
[D("Luật", "17", "2023/QH15", None, None, "Luật Hợp tác xã số 17/2023/QH15"),
 D("Nghị định", "92", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 92/2024/NĐ-CP"),
 D("Nghị định", "113", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 113/2024/NĐ-CP"),
 D("Kế hoạch", "07", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 07-KH/TU"),
 D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "08-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), prov("Hồ Chí Minh"), com("Long Châu"), com("Cầu Kè"), com("Kim Sơn"), com("Mỏ Cày")],
["HỘI NÔNG DÂN TỈNH VĨNH LONG", "Trang chủ >> Tin tức - Sự kiện >> Kinh tế tập thể", "Ảnh: Học viên thực hành livestream bán sản phẩm OCOP.",
 "Học viên trao đổi kinh nghiệm tại lớp tập huấn.", "Lượt xem: 986"],
["Thứ Năm, 20/11/2025 - 14:30", "2 ngày", "năm 2025", "4 sao", "5 sao", "giai đoạn 2025 - 2030", "OCOP 4 sao", "tháng 12/2025", "Lượt xem: 986"]))

PAGES.append(page("b4178-lamdong-hnd-tongket-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Hôm nay: Thứ Sáu, 16/01/2026
Cập nhật: 07:45, 14/01/2026 (GMT+7)
Đồng chí K'Mák phát biểu tại hội nghị.
Hội Nông dân tỉnh: 48 hợp tác xã mới, 210 sản phẩm OCOP của hội viên
Ngày 13/1/2026, Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025 - năm đầu tiên sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Đồng chí K'Mák, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Điểu Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, năm 2025 các cấp Hội đã kết nạp 6.215 hội viên mới, hỗ trợ thành lập 48 hợp tác xã và 163 tổ hợp tác, nâng tổng số hợp tác xã do Hội hỗ trợ lên 394; 210 sản phẩm OCOP của hội viên, trong đó 58 sản phẩm đạt 4 sao. Quỹ hỗ trợ nông dân toàn tỉnh đạt 232 tỷ đồng, cho 5.870 hộ vay; 71.400 hộ đăng ký thi đua sản xuất, kinh doanh giỏi. Các điểm du lịch cộng đồng do hội viên làm chủ như làng Cù Lần, buôn Bu Nơr, bon Bu Sir đón trên 410.000 lượt khách, doanh thu ước 96 tỷ đồng.
Các đại biểu tham quan gian hàng OCOP bên lề hội nghị. Ảnh: Khánh Phúc
Tại hội nghị, ông Kră Jăn Ha Lim, Giám đốc hợp tác xã du lịch cộng đồng Lang Biang, xã Lạc Dương, cho biết hợp tác xã có 43 thành viên người K'Ho, 12 homestay, năm 2025 doanh thu khoảng 7,5 tỷ đồng. Bà Thị Hoa, Chủ tịch Hội Nông dân xã Quảng Khê, giới thiệu tổ hợp tác dệt thổ cẩm M'nông 26 thành viên; ông Điểu K'Bờ, chủ homestay bon Bu Sir, đề nghị hỗ trợ quảng bá tour trải nghiệm cồng chiêng, rượu cần. Ông Nguyễn Văn Bảy, Giám đốc hợp tác xã thanh long Hàm Thuận, xã Hàm Liêm, nêu khó khăn tiêu thụ 3.000 tấn thanh long.
Phát biểu chỉ đạo, đồng chí Điểu Thị Hạnh đề nghị các cấp Hội thực hiện tốt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, Kết luận số 195-KL/TW của Bộ Chính trị, Ban Bí thư, Chương trình hành động số 03-CTr/TU ngày 20/11/2025 của Tỉnh ủy; Hội Nông dân là nòng cốt xây dựng hợp tác xã kiểu mới ở các xã, phường.
Kết luận hội nghị, đồng chí K'Mák giao chỉ tiêu năm 2026: thành lập ít nhất 40 hợp tác xã, 100 tổ hợp tác; tăng Quỹ hỗ trợ nông dân thêm trên 20 tỷ đồng; có thêm 50 sản phẩm OCOP của hội viên. Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội Nông dân tỉnh khen thưởng 64 tập thể, 112 cá nhân.
Khánh Phúc
Lượt xem: 2.318
Tin liên quan
- Lâm Đồng có thêm 35 sản phẩm OCOP (05/01/2026)
- Nông dân Lạc Dương làm du lịch cộng đồng (28/12/2025)
- Hội Nông dân tỉnh tổ chức Festival nông sản (12/12/2025)
""", "2026-01-14", "Hội Nông dân tỉnh: 48 hợp tác xã mới, 210 sản phẩm OCOP của hội viên",
E("tong_ket", "2025", "2026-01-13"),
[P("K'Mák", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kră Jăn Ha Lim", "Giám đốc hợp tác xã du lịch cộng đồng Lang Biang"),
 P("Thị Hoa", "Chủ tịch Hội Nông dân xã Quảng Khê"),
 P("Điểu K'Bờ", "chủ homestay bon Bu Sir"),
 P("Nguyễn Văn Bảy", "Giám đốc hợp tác xã thanh long Hàm Thuận")],
[Q("6.215 hội viên mới", 6215, "hội viên mới"), Q("48 hợp tác xã", 48, "hợp tác xã"), Q("163 tổ hợp tác", 163, "tổ hợp tác"),
 Q("394", 394, "hợp tác xã"), Q("210 sản phẩm OCOP", 210, "sản phẩm OCOP"), Q("58 sản phẩm", 58, "sản phẩm"), Q("232 tỷ đồng", 232000000000, "đồng"),
 Q("5.870 hộ", 5870, "hộ"), Q("71.400 hộ", 71400, "hộ"), Q("trên 410.000 lượt khách", 410000, "lượt khách", "over"),
 Q("ước 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("43 thành viên", 43, "thành viên"), Q("12 homestay", 12, "homestay"),
 Q("khoảng 7,5 tỷ đồng", 7500000000, "đồng", "approx"), Q("26 thành viên", 26, "thành viên"), Q("3.000 tấn", 3000, "tấn"),
 Q("ít nhất 40 hợp tác xã", 40, "hợp tác xã", "over"), Q("100 tổ hợp tác", 100, "tổ hợp tác"), Q("trên 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("50 sản phẩm OCOP", 50, "sản phẩm OCOP"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("64 tập thể", 64, "tập thể"),
 Q("112 cá nhân", 112, "cá nhân")],
[D("Kết luận", "195", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 195-KL/TW"),
 D("Chương trình hành động", "03", "CTr/TU", "2025-11-20", "Tỉnh ủy", "Chương trình hành động số 03-CTr/TU ngày 20/11/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Khê"), com("Hàm Liêm")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Hôm nay: Thứ Sáu, 16/01/2026", "Đồng chí K'Mák phát biểu tại hội nghị.",
 "Các đại biểu tham quan gian hàng OCOP bên lề hội nghị.", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "Lượt xem: 2.318"],
["Cập nhật: 07:45, 14/01/2026 (GMT+7)", "năm 2025", "4 sao", "năm 2026", "lần thứ I", "Lượt xem: 2.318"]))

PAGES.append(page("b4179-dongnai-xa-doithoai-2026", """
ĐẢNG BỘ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI
Trang chủ › Dân vận › Hoạt động Mặt trận, đoàn thể
Ngày 27/03/2026 | 08:50
Ảnh: Quang cảnh hội nghị đối thoại.
Người đứng đầu xã Bù Gia Mập đối thoại với hợp tác xã, hộ làm du lịch cộng đồng
Ngày 26/3/2026, Ủy ban MTTQ Việt Nam xã phối hợp với UBND xã Bù Gia Mập tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với đoàn viên, hội viên và nhân dân năm 2026, chủ đề "Phát triển hợp tác xã, sản phẩm OCOP và du lịch cộng đồng của đồng bào S'tiêng, M'nông". Đồng chí Điểu Lên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại; đồng chí Thị Bích Ngọc, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành. Dự có đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy Đồng Nai cùng 165 đại biểu.
Theo báo cáo, xã hiện có 4 hợp tác xã nông nghiệp, 11 tổ hợp tác với 386 thành viên; 6 sản phẩm OCOP 3 sao (hạt điều rang muối, mật ong, rượu cần, măng khô, bánh tét lá cẩm, thổ cẩm S'tiêng). Năm 2025, khu du lịch cộng đồng sóc Bom Bo và các homestay ven Vườn quốc gia Bù Gia Mập đón khoảng 18.000 lượt khách, doanh thu hơn 5 tỷ đồng. Hội Nông dân, Hội LHPN xã đang quản lý 14 tổ tiết kiệm và vay vốn với dư nợ 42,3 tỷ đồng.
Tại hội nghị có 17 ý kiến, kiến nghị. Bà Thị Rin, Giám đốc hợp tác xã rượu cần Bù Gia Mập, đề nghị hỗ trợ in tem truy xuất nguồn gốc, nhãn mác; ông Điểu Ba, người có uy tín sóc Bù Lư, kiến nghị tu sửa đường vào sóc, nhà dài truyền thống để đón khách. Các chị Thị Nhàn, Thị Sen - thành viên tổ hợp tác dệt thổ cẩm sóc Bù Lư đề nghị xã hỗ trợ mặt bằng trưng bày, bán sản phẩm. Ông Trần Văn Hùng, chủ homestay, phản ánh thủ tục cấp phép lưu trú còn phức tạp.
Đồng chí Điểu Lên trả lời, tiếp thu các kiến nghị. Ảnh: Minh Tâm
Trả lời các ý kiến, đồng chí Điểu Lên cho biết: thực hiện Nghị quyết số 15-NQ/ĐU ngày 10/01/2026 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng giai đoạn 2026 - 2030, năm nay xã bố trí 1,8 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để làm 3,5 km đường vào sóc Bù Lư, sửa 2 nhà dài; hỗ trợ mỗi hợp tác xã tối đa 50 triệu đồng làm bao bì, tem nhãn. 15/17 ý kiến được trả lời trực tiếp tại hội nghị, 2 ý kiến được giao bộ phận chuyên môn trả lời bằng văn bản trong 15 ngày.
Kết luận hội nghị, đồng chí Thị Bích Ngọc đề nghị Mặt trận và các đoàn thể xã giám sát việc thực hiện các cam kết; vận động nhân dân tham gia hợp tác xã, giữ gìn văn hóa S'tiêng, phấn đấu năm 2026 có thêm ít nhất 2 sản phẩm OCOP.
Minh Tâm
Lượt xem: 437
Tin khác
- Bù Gia Mập: ra mắt tổ hợp tác dệt thổ cẩm sóc Bù Lư (10/03/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (25/12/2025)
- Lễ hội cồng chiêng đồng bào S'tiêng (15/12/2025)
""", "2026-03-27", "Người đứng đầu xã Bù Gia Mập đối thoại với hợp tác xã, hộ làm du lịch cộng đồng",
E("doi_thoai", "2026", "2026-03-26"),
[P("Điểu Lên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Bích Ngọc", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy Đồng Nai"),
 P("Thị Rin", "Giám đốc hợp tác xã rượu cần Bù Gia Mập"),
 P("Điểu Ba", "người có uy tín sóc Bù Lư"),
 P("Thị Nhàn", "thành viên tổ hợp tác dệt thổ cẩm sóc Bù Lư"), P("Thị Sen", "thành viên tổ hợp tác dệt thổ cẩm sóc Bù Lư"),
 P("Trần Văn Hùng", "chủ homestay")],
[Q("165 đại biểu", 165, "đại biểu"), Q("4 hợp tác xã nông nghiệp", 4, "hợp tác xã nông nghiệp"), Q("11 tổ hợp tác", 11, "tổ hợp tác"),
 Q("386 thành viên", 386, "thành viên"), Q("6 sản phẩm OCOP", 6, "sản phẩm OCOP"), Q("khoảng 18.000 lượt khách", 18000, "lượt khách", "approx"),
 Q("hơn 5 tỷ đồng", 5000000000, "đồng", "over"), Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"), Q("42,3 tỷ đồng", 42300000000, "đồng"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("3,5 km", 3.5, "km"), Q("2 nhà dài", 2, "nhà dài"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("15/17 ý kiến", 15, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"),
 Q("ít nhất 2 sản phẩm OCOP", 2, "sản phẩm OCOP", "over")],
[D("Nghị quyết", "15", "NQ/ĐU", "2026-01-10", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 15-NQ/ĐU ngày 10/01/2026")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["ĐẢNG BỘ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI", "Trang chủ › Dân vận › Hoạt động Mặt trận, đoàn thể", "Ảnh: Quang cảnh hội nghị đối thoại.",
 "Phát triển hợp tác xã, sản phẩm OCOP và du lịch cộng đồng của đồng bào S'tiêng, M'nông", "Đồng chí Điểu Lên trả lời, tiếp thu các kiến nghị.",
 "Vườn quốc gia Bù Gia Mập", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 437"],
["Ngày 27/03/2026 | 08:50", "năm 2026", "OCOP 3 sao", "Năm 2025", "giai đoạn 2026 - 2030", "15 ngày", "Lượt xem: 437"]))

PAGES.append(page("b4180-laichau-hnd-soket-2026", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
08/04/2026 - 17:05
Quý I/2026: Hội Nông dân tỉnh hỗ trợ thành lập 9 hợp tác xã, 14 sản phẩm OCOP
Sáng 7/4, Ban Thường vụ Hội Nông dân tỉnh Lai Châu tổ chức hội nghị sơ kết công tác Hội quý I/2026, triển khai nhiệm vụ quý II. Đồng chí Giàng A Chu, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Lò Thị Lả, Chảo Thị Dung đồng chủ trì. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 38 điểm cầu xã, phường.
Theo báo cáo, quý I, các cấp Hội đã kết nạp 812 hội viên mới; hỗ trợ thành lập 9 hợp tác xã, 21 tổ hợp tác trong lĩnh vực chè, dược liệu, chăn nuôi, du lịch cộng đồng; 14 sản phẩm OCOP của hội viên được đánh giá, công nhận 3 sao, nâng tổng số lên 126 sản phẩm. Quỹ hỗ trợ nông dân đạt 47,2 tỷ đồng, giải ngân mới 3,6 tỷ đồng cho 91 hộ vay. Các bản du lịch cộng đồng Sin Suối Hồ, Lao Chải, Vàng Pheo đón khoảng 46.000 lượt khách trong dịp Tết và mùa hoa, doanh thu trên 13 tỷ đồng.
Homestay của hội viên nông dân bản Sin Suối Hồ. Ảnh: Văn Ngân
Tại hội nghị, ông Vàng A Páo, Chủ tịch Hội Nông dân xã Phong Thổ, cho biết xã có 3 hợp tác xã du lịch cộng đồng với 64 hộ thành viên người Mông, 27 homestay; sản phẩm rượu ngô, chè shan tuyết đã đạt OCOP 4 sao. Bà Pờ Thị Xé, Giám đốc hợp tác xã chè Bình Lư, xã Bình Lư, đề nghị hỗ trợ máy sao chè, kho bảo quản; ông Lý Gió Pứ, người có uy tín bản Seo Lèng, xã Sìn Hồ, kiến nghị mở lớp dạy nghề thêu thổ cẩm cho phụ nữ Hà Nhì phục vụ khách du lịch.
Hội nghị cũng chỉ ra hạn chế: 17% hợp tác xã mới thành lập chưa có phương án sản xuất rõ ràng; một số homestay xây dựng chưa phù hợp kiến trúc truyền thống; việc quản lý nguồn vốn ủy thác ở 5 xã còn để nợ quá hạn tăng.
Phát biểu tại hội nghị, đại diện Ban Dân vận Tỉnh ủy đề nghị Hội Nông dân tỉnh phối hợp với Hội LHPN, Đoàn Thanh niên và Ủy ban MTTQ các xã xây dựng chuỗi liên kết giữa hợp tác xã với các công ty lữ hành, đưa sản phẩm OCOP vào các điểm dừng chân trên tuyến Lai Châu - Sa Pa.
Kết luận hội nghị, đồng chí Giàng A Chu đề nghị quý II các cấp Hội bám sát Nghị quyết số 02-NQ/TU ngày 15/12/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế nông nghiệp, nông thôn giai đoạn 2026 - 2030, Kế hoạch số 21/KH-HND, 22/KH-HND của Ban Thường vụ Hội Nông dân tỉnh; thành lập thêm ít nhất 6 hợp tác xã, tổ chức Phiên chợ nông sản, sản phẩm OCOP tại phường Tân Phong với 70 gian hàng; phối hợp tổ chức 4 lớp tập huấn du lịch cộng đồng cho 200 hội viên.
Văn Ngân
Lượt xem: 1.062
TIN CÙNG CHUYÊN MỤC
- Phong Thổ: nông dân làm giàu từ du lịch cộng đồng (30/03/2026)
- Hội Nông dân tỉnh trao 30 con bò giống cho hộ nghèo (18/03/2026)
- Lai Châu có thêm 20 sản phẩm OCOP (05/03/2026)
""", "2026-04-08", "Quý I/2026: Hội Nông dân tỉnh hỗ trợ thành lập 9 hợp tác xã, 14 sản phẩm OCOP",
E("so_ket", "2026-Q1", "2026-04-07"),
[P("Giàng A Chu", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lò Thị Lả", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Chảo Thị Dung", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vàng A Páo", "Chủ tịch Hội Nông dân xã Phong Thổ"),
 P("Pờ Thị Xé", "Giám đốc hợp tác xã chè Bình Lư"),
 P("Lý Gió Pứ", "người có uy tín bản Seo Lèng")],
[Q("9 hợp tác xã", 9, "hợp tác xã"), Q("14 sản phẩm OCOP", 14, "sản phẩm OCOP"), Q("38 điểm cầu xã, phường", 38, "điểm cầu xã, phường"),
 Q("812 hội viên mới", 812, "hội viên mới"), Q("21 tổ hợp tác", 21, "tổ hợp tác"), Q("126 sản phẩm", 126, "sản phẩm"),
 Q("47,2 tỷ đồng", 47200000000, "đồng"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("91 hộ", 91, "hộ"),
 Q("khoảng 46.000 lượt khách", 46000, "lượt khách", "approx"), Q("trên 13 tỷ đồng", 13000000000, "đồng", "over"),
 Q("3 hợp tác xã du lịch cộng đồng", 3, "hợp tác xã du lịch cộng đồng"), Q("64 hộ thành viên người Mông", 64, "hộ thành viên người Mông"),
 Q("27 homestay", 27, "homestay"), Q("17%", 17, "%"), Q("5 xã", 5, "xã"), Q("ít nhất 6 hợp tác xã", 6, "hợp tác xã", "over"),
 Q("70 gian hàng", 70, "gian hàng"), Q("4 lớp tập huấn du lịch cộng đồng", 4, "lớp tập huấn du lịch cộng đồng"), Q("200 hội viên", 200, "hội viên")],
[D("Nghị quyết", "02", "NQ/TU", "2025-12-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU ngày 15/12/2025"),
 D("Kế hoạch", "21", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 21/KH-HND"),
 D("Kế hoạch", "22", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "22/KH-HND")],
[prov("Lai Châu"), com("Phong Thổ"), com("Bình Lư"), com("Sìn Hồ"), com("Tân Phong")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Homestay của hội viên nông dân bản Sin Suối Hồ.", "Lượt xem: 1.062"],
["08/04/2026 - 17:05", "quý I/2026", "quý II", "OCOP 4 sao", "giai đoạn 2026 - 2030", "Lượt xem: 1.062"]))
