from lib import *
PAGES = []

PAGES.append(page("b5807-bentre-hnd-traoqua-2024", """
Báo Đồng Khởi Online
Trang chủ | Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 05/04/2024 - 09:20
Hơn 1.000 phần quà đến với nông dân trồng lúa vùng hạn mặn
Ngày 3/4/2024, Hội Nông dân tỉnh Bến Tre phối hợp Quỹ Hỗ trợ nông dân Trung ương và các nhà hảo tâm trao 1.020 phần quà, 350 bồn chứa nước cho nông dân có lúa đông xuân bị thiệt hại do hạn mặn tại các xã An Điền, Thạnh Phong, Tân Xuân. Tổng trị giá quà tặng khoảng 1,6 tỷ đồng.
Đồng chí Nguyễn Văn Tuấn, Chủ tịch Hội Nông dân tỉnh trao bồn chứa nước cho nông dân xã An Điền. Ảnh: Thanh Đồng
Dự buổi trao quà có đồng chí Huỳnh Quang Thiện, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Châu Văn Lực, Phó Chủ tịch UBND tỉnh; đồng chí Lê Thị Ngọc Bích, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam.
Theo Hội Nông dân tỉnh, mùa khô 2023 - 2024 độ mặn xâm nhập sâu gần 80 km, làm khoảng 3.450 ha lúa ở 3 huyện ven biển bị ảnh hưởng, trong đó gần 900 ha mất trắng; 26.400 hộ thiếu nước sinh hoạt. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt; mỗi bồn chứa nước dung tích 1.000 lít trị giá 2,5 triệu đồng.
Phát biểu tại buổi trao quà, đồng chí Huỳnh Quang Thiện ghi nhận các cấp Hội đã vận động 2.800 hộ xuống giống sớm theo khuyến cáo, tuyên truyền Kế hoạch số 146-KH/TU ngày 20/10/2023 của Tỉnh ủy về phòng, chống hạn mặn mùa khô 2023 - 2024 và Quyết định số 2061/QĐ-UBND của UBND tỉnh. Quỹ Hỗ trợ nông dân tỉnh sẽ dành 4 tỷ đồng cho 200 hộ vay chuyển đổi sang mô hình lúa - tôm.
Ông Trần Văn Sáu, Chủ nhiệm HTX nông nghiệp Thạnh Phong, cho biết HTX có 73 thành viên, chuyển 45 ha lúa kém hiệu quả sang nuôi tôm càng xanh xen lúa. Bà Nguyễn Thị Mười, hội viên Chi hội nông dân ấp Thạnh Hải, xã Thạnh Phong, xúc động: "Ruộng 6 công của tôi mất trắng, có bồn nước này cả nhà đỡ lo".
Dịp này, các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trương Văn Chín, Đoàn Thị Diễm trao 15 suất học bổng cho con em hội viên nghèo vượt khó, mỗi suất 2 triệu đồng, và bàn giao 2 căn nhà "Mái ấm nông dân".
Thanh Đồng
Lượt xem: 2.877
Tin liên quan
- Ba Tri: hội viên góp 300 ngày công đắp đập ngăn mặn (28/03/2024)
- Hội Nông dân tỉnh kiến nghị hỗ trợ nông dân vùng hạn mặn (15/03/2024)
- Bình Đại: chuyển đổi 200 ha lúa sang mô hình lúa - tôm (01/03/2024)
- Giồng Trôm: ra mắt chi hội nông dân nghề nghiệp trồng bưởi (20/02/2024)
- Thạnh Phú: nông dân trữ nước ngọt trong ao, mương vườn (08/02/2024)
- Hội Nông dân tỉnh tổng kết công tác Hội năm 2023 (28/12/2023)
- Mỏ Cày Nam: vận động nông dân chuyển đổi cây trồng thích ứng hạn mặn (15/12/2023)
""", "2024-04-05", "Hơn 1.000 phần quà đến với nông dân trồng lúa vùng hạn mặn",
E("trao_qua", None, "2024-04-03"),
[P("Nguyễn Văn Tuấn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Quang Thiện", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Văn Lực", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Bích", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Trần Văn Sáu", "Chủ nhiệm HTX nông nghiệp Thạnh Phong"),
 P("Nguyễn Thị Mười", "hội viên Chi hội nông dân ấp Thạnh Hải"),
 P("Trương Văn Chín", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đoàn Thị Diễm", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("1.020 phần quà", 1020, "phần quà"), Q("350 bồn chứa nước", 350, "bồn chứa nước"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("gần 80 km", 80, "km", "approx"), Q("khoảng 3.450 ha", 3450, "ha", "approx"), Q("3 huyện ven biển", 3, "huyện ven biển"),
 Q("gần 900 ha", 900, "ha", "approx"), Q("26.400 hộ", 26400, "hộ"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("1.000 lít", 1000, "lít"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("2.800 hộ", 2800, "hộ"), Q("4 tỷ đồng", 4000000000, "đồng"),
 Q("200 hộ", 200, "hộ"), Q("73 thành viên", 73, "thành viên"), Q("45 ha", 45, "ha"), Q("6 công", 6, "công"),
 Q("15 suất học bổng", 15, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("2 căn nhà", 2, "căn nhà")],
[D("Kế hoạch", "146", "KH/TU", "2023-10-20", "Tỉnh ủy", "Kế hoạch số 146-KH/TU ngày 20/10/2023"),
 D("Quyết định", "2061", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2061/QĐ-UBND")],
[prov("Bến Tre"), com("An Điền"), com("Thạnh Phong"), com("Tân Xuân")],
["Báo Đồng Khởi Online", "Trang chủ | Xã hội | Mặt trận - Đoàn thể",
 "Đồng chí Nguyễn Văn Tuấn, Chủ tịch Hội Nông dân tỉnh trao bồn chứa nước cho nông dân xã An Điền. Ảnh: Thanh Đồng",
 "Quỹ Hỗ trợ nông dân Trung ương", "Mái ấm nông dân", "Lượt xem: 2.877"],
["Thứ Sáu, 05/04/2024 - 09:20", "mùa khô 2023 - 2024", "Lượt xem: 2.877"]))

PAGES.append(page("b5808-angiang-xa-hnd-tongket-2024", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ THOẠI GIANG
Trang chủ » Mặt trận - Đoàn thể » Hội Nông dân
27/12/2024 - 15:10
Toàn cảnh hội nghị. Ảnh: Văn phòng Đảng ủy - HĐND - UBND xã
Nông dân Thoại Giang: năm 2024 nhiều hộ có thu nhập trên 1 tỷ đồng
Chiều 25/12/2024, Hội Nông dân xã Thoại Giang, huyện Thoại Sơn, tỉnh An Giang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024, triển khai nhiệm vụ năm 2025. Dự có đồng chí Trần Văn Lượng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Lê Thị Thu Trang, Phó Chủ tịch Hội Nông dân huyện Thoại Sơn.
Năm 2024, Hội Nông dân xã có 1.842 hội viên sinh hoạt ở 9 chi hội; kết nạp 56 hội viên mới. Toàn xã gieo trồng 3 vụ lúa với tổng diện tích khoảng 9.450 ha, năng suất bình quân vụ đông xuân 7,8 tấn/ha; 14 hộ có thu nhập trên 1 tỷ đồng từ sản xuất lúa giống, dịch vụ máy gặt. Có 512 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, chiếm 27,8% số hộ hội viên.
HTX nông nghiệp Thoại Giang với 168 thành viên tham gia thí điểm mô hình lúa chất lượng cao, phát thải thấp theo Quyết định 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ trên diện tích 50 ha; chi phí giảm khoảng 4 triệu đồng/ha, lợi nhuận tăng trên 15%. Quỹ Hỗ trợ nông dân xã đạt 650 triệu đồng, cho 31 hộ vay; Hội phối hợp ngân hàng giải ngân 12,4 tỷ đồng cho 318 hộ.
Thực hiện Nghị quyết số 12-NQ/ĐU ngày 15/1/2024 của Đảng ủy xã, Hội đã vận động hội viên hiến 2.100 m2 đất, đóng góp 380 triệu đồng làm 3 tuyến đường nội đồng. Các chi hội phối hợp tổ hòa giải hòa giải thành 6 vụ tranh chấp ranh đất.
Tại hội nghị, ông Chau Sa Rết, Chi hội trưởng Chi hội nông dân ấp Tây Bình, kiến nghị lắp thêm 2 trạm bơm điện. Ông Nguyễn Văn Năm, Giám đốc HTX nông nghiệp Thoại Giang, đề nghị hỗ trợ xây dựng kho lạnh bảo quản lúa giống.
Phát biểu chỉ đạo, đồng chí Trần Văn Lượng đề nghị năm 2025 Hội chuẩn bị tốt việc sắp xếp tổ chức Hội khi sáp nhập đơn vị hành chính, phấn đấu kết nạp ít nhất 50 hội viên mới. Dịp này, Hội Nông dân huyện tặng giấy khen cho 2 tập thể, 6 cá nhân. Ông Huỳnh Văn Lành, Chủ tịch Hội Nông dân xã Thoại Giang, tiếp thu ý kiến chỉ đạo.
Ban Biên tập
Lượt truy cập: 45.806
Tin khác
- Xã Thoại Giang ra quân làm đường giao thông nông thôn (12/12/2024)
- Hội Liên hiệp Phụ nữ xã tổng kết năm 2024 (10/12/2024)
- Đoàn Thanh niên xã trao 20 suất học bổng (02/12/2024)
- Hội Nông dân xã tập huấn kỹ thuật canh tác lúa giảm phát thải (18/11/2024)
- Ấp Tây Bình ra mắt tổ hợp tác dịch vụ máy gặt đập liên hợp (05/11/2024)
- Xã Thoại Giang đón nhận danh hiệu xã nông thôn mới nâng cao (20/10/2024)
""", "2024-12-27", "Nông dân Thoại Giang: năm 2024 nhiều hộ có thu nhập trên 1 tỷ đồng",
E("tong_ket", "2024", "2024-12-25"),
[P("Trần Văn Lượng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Thị Thu Trang", "Phó Chủ tịch Hội Nông dân huyện Thoại Sơn"),
 P("Chau Sa Rết", "Chi hội trưởng Chi hội nông dân ấp Tây Bình"),
 P("Nguyễn Văn Năm", "Giám đốc HTX nông nghiệp Thoại Giang"),
 P("Huỳnh Văn Lành", "Chủ tịch Hội Nông dân xã Thoại Giang")],
[Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("1.842 hội viên", 1842, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("56 hội viên mới", 56, "hội viên mới"), Q("khoảng 9.450 ha", 9450, "ha", "approx"), Q("7,8 tấn/ha", 7.8, "tấn/ha"),
 Q("14 hộ", 14, "hộ"), Q("512 hộ", 512, "hộ"), Q("27,8%", 27.8, "%"), Q("168 thành viên", 168, "thành viên"), Q("50 ha", 50, "ha"),
 Q("khoảng 4 triệu đồng/ha", 4000000, "đồng", "approx"), Q("trên 15%", 15, "%", "over"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("31 hộ", 31, "hộ"), Q("12,4 tỷ đồng", 12400000000, "đồng"), Q("318 hộ", 318, "hộ"), Q("2.100 m2", 2100, "m2"),
 Q("380 triệu đồng", 380000000, "đồng"), Q("3 tuyến đường nội đồng", 3, "tuyến đường nội đồng"),
 Q("6 vụ tranh chấp ranh đất", 6, "vụ tranh chấp ranh đất"), Q("2 trạm bơm điện", 2, "trạm bơm điện"),
 Q("ít nhất 50 hội viên mới", 50, "hội viên mới", "over"), Q("2 tập thể", 2, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Quyết định", "1490", "QĐ-TTg", "2023-11-27", "Thủ tướng Chính phủ", "Quyết định 1490/QĐ-TTg ngày 27/11/2023"),
 D("Nghị quyết", "12", "NQ/ĐU", "2024-01-15", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 15/1/2024")],
[prov("An Giang"), com("Thoại Giang")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ THOẠI GIANG", "Trang chủ » Mặt trận - Đoàn thể » Hội Nông dân",
 "Toàn cảnh hội nghị. Ảnh: Văn phòng Đảng ủy - HĐND - UBND xã", "Quỹ Hỗ trợ nông dân", "Lượt truy cập: 45.806"],
["27/12/2024 - 15:10", "năm 2024", "năm 2025", "3 vụ", "Lượt truy cập: 45.806"]))

PAGES.append(page("b5809-cantho-hnd-hoinghi-2025", """
Báo và Phát thanh, Truyền hình Cần Thơ
Thời sự > Nông nghiệp > Tam nông
17/10/2025 - 10:05
Hội nghị đẩy mạnh sản xuất lúa chất lượng cao, phát thải thấp sau hợp nhất
Ngày 16/10/2025, Hội Nông dân thành phố Cần Thơ tổ chức Hội nghị chuyên đề về vai trò của Hội trong thực hiện Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp năm 2025 - hội nghị chuyên đề đầu tiên sau khi thành phố Cần Thơ hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang. Đồng chí Trương Minh Tuyến, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dự và chỉ đạo.
Đại biểu tham quan cánh đồng lúa phát thải thấp tại xã Thạnh Phú.
Theo đồng chí Lâm Thị Mỹ Hằng, Chủ tịch Hội Nông dân thành phố, sau hợp nhất, thành phố có 103 xã, phường, trên 286.000 hội viên nông dân; diện tích lúa khoảng 520.000 ha, trong đó 96.400 ha đăng ký tham gia Đề án. Các cấp Hội đã phối hợp tổ chức 214 lớp tập huấn quy trình canh tác giảm phát thải cho 9.870 lượt hội viên; 57 HTX đủ điều kiện tham gia chuỗi liên kết.
Hội nghị quán triệt Quyết định 1490/QĐ-TTg của Thủ tướng Chính phủ, Kết luận 97-KL/TW của Bộ Chính trị và Kế hoạch số 08-KH/HNDTP ngày 1/8/2025 của Ban Thường vụ Hội Nông dân thành phố. Các đồng chí Phó Chủ tịch Hội Nông dân thành phố: Lý Minh Sang, Trần Thị Bé Năm, Sơn Văn Phol trình bày các chuyên đề về tín chỉ carbon và liên kết tiêu thụ.
Chia sẻ tại hội nghị, ông Phạm Văn Cường, Giám đốc HTX nông nghiệp Mỹ Hương, xã Mỹ Hương, cho biết HTX có 112 thành viên với 480 ha áp dụng quy trình tưới ngập khô xen kẽ, giảm khoảng 20% lượng giống và 30% phân đạm, lợi nhuận tăng trên 6 triệu đồng/ha. Bà Huỳnh Thị Thu, Phó Chủ tịch Hội Nông dân phường Vị Tân, đề nghị hỗ trợ máy bay không người lái phun thuốc cho các tổ dịch vụ.
Phát biểu chỉ đạo, đồng chí Trương Minh Tuyến đề nghị các cấp Hội nắm chắc tâm tư hội viên sau sắp xếp, kiện toàn ngay 100% chi hội; phấn đấu đến năm 2026 có ít nhất 150.000 ha lúa chất lượng cao, phát thải thấp. Hội nghị thống nhất ký kết chương trình phối hợp với 5 doanh nghiệp thu mua lúa, cam kết bao tiêu khoảng 300.000 tấn lúa mỗi năm.
Thúy Hằng
Tin liên quan
- Hội Nông dân thành phố ra mắt Ban Chấp hành sau hợp nhất (15/09/2025)
- Nông dân Sóc Trăng cũ thu hoạch lúa hè thu được giá (28/08/2025)
- Vị Thủy: tập huấn sử dụng máy bay không người lái (10/08/2025)
- Tổ chức 15 lớp dạy nghề cho nông dân sau sắp xếp (25/07/2025)
- Phường Vị Tân: nông dân ven đô chuyển sang trồng rau an toàn (12/07/2025)
- Kế Sách: tổ hợp tác lúa thơm liên kết với doanh nghiệp xuất khẩu (28/06/2025)
""", "2025-10-17", "Hội nghị đẩy mạnh sản xuất lúa chất lượng cao, phát thải thấp sau hợp nhất",
E("hoi_nghi", "2025", "2025-10-16"),
[P("Trương Minh Tuyến", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Thị Mỹ Hằng", "Chủ tịch Hội Nông dân thành phố"),
 P("Lý Minh Sang", "Phó Chủ tịch Hội Nông dân thành phố"),
 P("Trần Thị Bé Năm", "Phó Chủ tịch Hội Nông dân thành phố"),
 P("Sơn Văn Phol", "Phó Chủ tịch Hội Nông dân thành phố"),
 P("Phạm Văn Cường", "Giám đốc HTX nông nghiệp Mỹ Hương"),
 P("Huỳnh Thị Thu", "Phó Chủ tịch Hội Nông dân phường Vị Tân")],
[Q("103 xã, phường", 103, "xã, phường"), Q("trên 286.000 hội viên nông dân", 286000, "hội viên nông dân", "over"),
 Q("khoảng 520.000 ha", 520000, "ha", "approx"), Q("96.400 ha", 96400, "ha"), Q("214 lớp tập huấn", 214, "lớp tập huấn"),
 Q("9.870 lượt hội viên", 9870, "lượt hội viên"), Q("57 HTX", 57, "HTX"), Q("112 thành viên", 112, "thành viên"), Q("480 ha", 480, "ha"),
 Q("khoảng 20%", 20, "%", "approx"), Q("30%", 30, "%"), Q("trên 6 triệu đồng/ha", 6000000, "đồng", "over"), Q("100% chi hội", 100, "%"),
 Q("ít nhất 150.000 ha", 150000, "ha", "over"), Q("5 doanh nghiệp", 5, "doanh nghiệp"), Q("khoảng 300.000 tấn", 300000, "tấn", "approx")],
[D("Quyết định", "1490", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1490/QĐ-TTg"),
 D("Kết luận", "97", "KL/TW", None, "Bộ Chính trị", "Kết luận 97-KL/TW"),
 D("Kế hoạch", "08", "KH/HNDTP", "2025-08-01", "Ban Thường vụ Hội Nông dân thành phố", "Kế hoạch số 08-KH/HNDTP ngày 1/8/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Thạnh Phú"), com("Mỹ Hương"), com("Vị Tân")],
["Báo và Phát thanh, Truyền hình Cần Thơ", "Thời sự > Nông nghiệp > Tam nông",
 "Đại biểu tham quan cánh đồng lúa phát thải thấp tại xã Thạnh Phú.", "Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp"],
["17/10/2025 - 10:05", "năm 2025", "năm 2026", "1 triệu ha"]))

PAGES.append(page("b5810-dongthap-hnd-baocao-2025", """
BÁO ĐỒNG THÁP ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 12/12/2025 - 14:45
Hội Nông dân tỉnh báo cáo kết quả thực hiện chính sách tín dụng cho nông dân với đoàn công tác Trung ương
Ngày 11/12/2025, Ban Thường vụ Hội Nông dân tỉnh Đồng Tháp báo cáo với Đoàn công tác của Trung ương Hội Nông dân Việt Nam về kết quả thực hiện Quỹ Hỗ trợ nông dân và hoạt động ủy thác cho vay giai đoạn 2021 - 2025. Đoàn do đồng chí Đặng Quốc Bảo, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế Trung ương Hội Nông dân Việt Nam làm trưởng đoàn.
Đồng chí Đặng Quốc Bảo phát biểu tại buổi làm việc.
Báo cáo do đồng chí Võ Văn Nghĩa, Phó Chủ tịch Thường trực Hội Nông dân tỉnh trình bày cho biết: sau khi hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang từ ngày 1/7/2025, Hội Nông dân tỉnh có 102 cơ sở Hội với trên 248.000 hội viên. Tổng nguồn Quỹ Hỗ trợ nông dân các cấp đạt 168,5 tỷ đồng, đã hỗ trợ 6.920 lượt hộ vay; 81 dự án vay vốn phát triển sản xuất lúa, chiếm khoảng 42% số dự án. Hội nhận ủy thác của Ngân hàng Chính sách xã hội với dư nợ trên 4.300 tỷ đồng qua 2.860 tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn chỉ 0,12%.
Cũng theo báo cáo, Hội thực hiện Nghị định 156/2024/NĐ-CP của Chính phủ, Quyết định số 1072/QĐ-HNDVN ngày 20/5/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam và Kế hoạch 12, 13-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh. Nhờ vốn Quỹ, HTX nông nghiệp Mỹ Thành, xã Mỹ Thành có thêm 2 máy sấy công suất 40 tấn/mẻ, bao tiêu lúa cho 320 hộ.
Tại buổi làm việc, ông Lê Văn Tư, Chủ tịch Hội Nông dân xã Tháp Mười, cho biết xã mới có 3 dự án Quỹ với 36 hộ tham gia, vốn vay tối đa 100 triệu đồng/hộ. Bà Trần Thị Diệu Hiền, Chủ tịch Hội Nông dân phường Mỹ Tho, kiến nghị nâng mức cho vay cho tổ hợp tác lúa giống. Đồng chí Phan Văn Thanh, Trưởng Ban Dân vận Tỉnh ủy ghi nhận và đề nghị các ngành hỗ trợ Hội tiếp tục phát huy vai trò.
Đồng chí Đặng Quốc Bảo đánh giá Đồng Tháp là một trong 5 tỉnh có nguồn Quỹ lớn nhất cả nước, đề nghị Hội tỉnh đến năm 2026 tăng thêm ít nhất 20 tỷ đồng nguồn Quỹ và ưu tiên cho nông dân tham gia Đề án 1 triệu ha lúa.
Mỹ Linh
Xem thêm
- Hội Nông dân tỉnh sơ kết hoạt động sau hợp nhất (25/11/2025)
- Cái Bè: nông dân xuống giống lúa đông xuân sớm (18/11/2025)
- Tháp Mười ra mắt HTX lúa phát thải thấp (05/11/2025)
- Gò Công: hội viên hiến đất làm đường nội đồng (28/10/2025)
- Hội Nông dân tỉnh tập huấn nghiệp vụ ủy thác cho cán bộ Hội cấp xã (15/10/2025)
- Chợ Gạo: nông dân vay vốn Quỹ phát triển mô hình lúa - cá (01/10/2025)
- Hồng Ngự: ra mắt chi hội nông dân nghề nghiệp lúa giống (20/09/2025)
""", "2025-12-12", "Hội Nông dân tỉnh báo cáo kết quả thực hiện chính sách tín dụng cho nông dân với đoàn công tác Trung ương",
E("bao_cao", None, "2025-12-11"),
[P("Đặng Quốc Bảo", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế Trung ương Hội Nông dân Việt Nam"),
 P("Võ Văn Nghĩa", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Lê Văn Tư", "Chủ tịch Hội Nông dân xã Tháp Mười"),
 P("Trần Thị Diệu Hiền", "Chủ tịch Hội Nông dân phường Mỹ Tho"),
 P("Phan Văn Thanh", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("102 cơ sở Hội", 102, "cơ sở Hội"), Q("trên 248.000 hội viên", 248000, "hội viên", "over"), Q("168,5 tỷ đồng", 168500000000, "đồng"),
 Q("6.920 lượt hộ", 6920, "lượt hộ"), Q("81 dự án", 81, "dự án"), Q("khoảng 42%", 42, "%", "approx"),
 Q("trên 4.300 tỷ đồng", 4300000000000, "đồng", "over"), Q("2.860 tổ tiết kiệm và vay vốn", 2860, "tổ tiết kiệm và vay vốn"),
 Q("0,12%", 0.12, "%"), Q("2 máy sấy", 2, "máy sấy"), Q("40 tấn/mẻ", 40, "tấn/mẻ"), Q("320 hộ", 320, "hộ"), Q("3 dự án", 3, "dự án"),
 Q("36 hộ", 36, "hộ"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("5 tỉnh", 5, "tỉnh"),
 Q("ít nhất 20 tỷ đồng", 20000000000, "đồng", "over")],
[D("Nghị định", "156", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 156/2024/NĐ-CP"),
 D("Quyết định", "1072", "QĐ-HNDVN", "2025-05-20", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Quyết định số 1072/QĐ-HNDVN ngày 20/5/2025"),
 D("Kế hoạch", "12", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 12, 13-KH/HNDT"),
 D("Kế hoạch", "13", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 12, 13-KH/HNDT")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Thành"), com("Tháp Mười"), com("Mỹ Tho")],
["BÁO ĐỒNG THÁP ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Đặng Quốc Bảo phát biểu tại buổi làm việc.",
 "Quỹ Hỗ trợ nông dân", "Đề án 1 triệu ha lúa"],
["Thứ Sáu, 12/12/2025 - 14:45", "giai đoạn 2021 - 2025", "1/7/2025", "năm 2026", "1 triệu ha"]))

PAGES.append(page("b5811-tayninh-xa-hnd-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ RẠCH KIẾN - TỈNH TÂY NINH
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Hội Nông dân xã Rạch Kiến triển khai nhiệm vụ năm 2026
Sáng 14/01/2026, Hội Nông dân xã Rạch Kiến tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động theo mô hình chính quyền địa phương 2 cấp, sau khi xã Rạch Kiến mới được thành lập trên cơ sở sáp nhập 3 xã cũ và tỉnh Long An hợp nhất vào tỉnh Tây Ninh.
Toàn cảnh hội nghị.
Dự hội nghị có đồng chí Nguyễn Minh Trí, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Võ Thị Thanh Thúy, Phó Chủ tịch Hội Nông dân tỉnh; cùng 85 đại biểu là chi hội trưởng, tổ trưởng tổ hội nghề nghiệp.
Theo báo cáo của đồng chí Trần Văn Bảy, Chủ tịch Hội Nông dân xã, năm 2025 Hội có 3.416 hội viên sinh hoạt ở 19 chi hội; kết nạp 104 hội viên mới. Diện tích lúa toàn xã khoảng 4.200 ha, trong đó 1.150 ha lúa chất lượng cao có liên kết bao tiêu với 3 doanh nghiệp. Có 862 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; 6 tổ hợp tác và 2 HTX hoạt động hiệu quả.
Hội quản lý 7 tổ tiết kiệm và vay vốn với dư nợ 18,6 tỷ đồng cho 402 hộ; Quỹ Hỗ trợ nông dân xã đạt 1,2 tỷ đồng. Thực hiện Kế hoạch số 03-KH/ĐU ngày 10/7/2025 của Đảng ủy xã và Hướng dẫn số 05-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về kiện toàn tổ chức Hội sau sắp xếp, Hội đã hợp nhất 28 chi hội cũ thành 19 chi hội, bố trí 4 cán bộ chuyên trách.
Các chi hội đã vận động hội viên đóng góp hơn 650 triệu đồng, 3.400 ngày công nâng cấp 5 tuyến đường nội đồng; hòa giải thành 9 vụ việc tranh chấp. Ông Huỳnh Văn Hai, Chi hội trưởng Chi hội nông dân ấp Phước Hòa, chia sẻ kinh nghiệm giữ nề nếp sinh hoạt khi địa bàn mở rộng gấp đôi.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Trí đề nghị năm 2026 Hội phấn đấu có ít nhất 30% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi, phát triển thêm 2 HTX lúa phát thải thấp. Đồng chí Võ Thị Thanh Thúy đánh giá cao sự chủ động của Hội Nông dân xã trong năm đầu sáp nhập.
Dịp này, UBND xã tặng giấy khen cho 5 tập thể và 14 cá nhân có thành tích xuất sắc; các đồng chí Phó Chủ tịch Hội Nông dân xã: Lê Thị Kim Yến, Đặng Văn Thơ trao giấy khen của Hội cho 21 hội viên tiêu biểu.
Ban biên tập
Tin liên quan
- Xã Rạch Kiến ra mắt Ban Chấp hành Hội Nông dân sau sáp nhập (22/07/2025)
- Đảng ủy xã học tập nghị quyết đại hội Đảng bộ tỉnh (10/12/2025)
- Nông dân xã xuống giống lúa đông xuân 2025 - 2026 (25/11/2025)
- Hội Liên hiệp Phụ nữ xã tổng kết năm 2025 (08/01/2026)
""", "2026-01-16", "Hội Nông dân xã Rạch Kiến triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Nguyễn Minh Trí", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Võ Thị Thanh Thúy", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Bảy", "Chủ tịch Hội Nông dân xã"),
 P("Huỳnh Văn Hai", "Chi hội trưởng Chi hội nông dân ấp Phước Hòa"),
 P("Lê Thị Kim Yến", "Phó Chủ tịch Hội Nông dân xã"),
 P("Đặng Văn Thơ", "Phó Chủ tịch Hội Nông dân xã")],
[Q("3 xã cũ", 3, "xã cũ"), Q("85 đại biểu", 85, "đại biểu"), Q("3.416 hội viên", 3416, "hội viên"), Q("19 chi hội", 19, "chi hội"),
 Q("104 hội viên mới", 104, "hội viên mới"), Q("khoảng 4.200 ha", 4200, "ha", "approx"), Q("1.150 ha", 1150, "ha"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("862 hộ", 862, "hộ"), Q("6 tổ hợp tác", 6, "tổ hợp tác"), Q("2 HTX", 2, "HTX"),
 Q("7 tổ tiết kiệm và vay vốn", 7, "tổ tiết kiệm và vay vốn"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("402 hộ", 402, "hộ"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("28 chi hội cũ", 28, "chi hội cũ"), Q("4 cán bộ chuyên trách", 4, "cán bộ chuyên trách"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"), Q("3.400 ngày công", 3400, "ngày công"), Q("5 tuyến đường nội đồng", 5, "tuyến đường nội đồng"),
 Q("9 vụ việc tranh chấp", 9, "vụ việc tranh chấp"), Q("ít nhất 30%", 30, "%", "over"), Q("2 HTX lúa phát thải thấp", 2, "HTX lúa phát thải thấp"),
 Q("5 tập thể", 5, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("21 hội viên tiêu biểu", 21, "hội viên tiêu biểu")],
[D("Kế hoạch", "03", "KH/ĐU", "2025-07-10", "Đảng ủy xã", "Kế hoạch số 03-KH/ĐU ngày 10/7/2025"),
 D("Hướng dẫn", "05", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 05-HD/HNDT")],
[prov("Tây Ninh"), prov("Long An"), com("Rạch Kiến")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ RẠCH KIẾN - TỈNH TÂY NINH", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
 "Quỹ Hỗ trợ nông dân"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "2 cấp", "gấp đôi"]))

PAGES.append(page("b5812-lamdong-hnd-giaoban-2026", """
Báo Lâm Đồng điện tử
Trang chủ > Chính trị > Mặt trận - Đoàn thể
10/04/2026 - 16:30
Giao ban Hội Nông dân quý I: tập trung vào vùng lúa Tánh Linh, Đức Linh, Cư Jút
Ngày 9/4/2026, Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác Hội quý I năm 2026 bằng hình thức trực tiếp kết hợp trực tuyến tới 124 điểm cầu xã, phường, đặc khu. Đồng chí K'Ban Hùng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Phạm Thị Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh giao ban tại điểm cầu tỉnh.
Theo báo cáo, quý I/2026 các cấp Hội kết nạp 1.960 hội viên mới; phối hợp tổ chức 86 lớp tập huấn cho khoảng 4.300 lượt hội viên. Vùng lúa Tánh Linh, Đức Linh (tỉnh Bình Thuận cũ) và Cư Jút, Krông Nô (tỉnh Đắk Nông cũ) có khoảng 41.000 ha lúa, vụ đông xuân 2025 - 2026 năng suất đạt 6,9 tấn/ha. Quỹ Hỗ trợ nông dân toàn tỉnh đạt 118 tỷ đồng, quý I giải ngân 9,4 tỷ đồng cho 284 hộ.
Thực hiện Nghị quyết số 02-NQ/TU ngày 5/1/2026 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 21-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, Hội đã khảo sát 37 HTX nông nghiệp trồng lúa, đề xuất hỗ trợ 12 HTX xây dựng lò sấy. Hội phối hợp Ban Dân vận Tỉnh ủy nắm tình hình, hòa giải 14 vụ tranh chấp nguồn nước tưới giữa các hộ ở vùng giáp ranh.
Tại hội nghị, ông Y Thạch Bkrông, Chủ tịch Hội Nông dân xã Nam Dong, phản ánh nhiều hộ đồng bào Mnông thiếu vốn mua máy gặt. Bà Ma Thị Lan (dân tộc Tày), Phó Chủ tịch Hội Nông dân xã Đức Linh, đề nghị tổ chức thêm lớp đào tạo nghề sửa chữa máy nông nghiệp. Ông Nguyễn Văn Út, Giám đốc HTX nông nghiệp Nghị Đức, xã Nghị Đức, cho biết HTX đang liên kết với 215 hộ sản xuất 360 ha lúa ST25.
Cũng trong quý, Hội Nông dân tỉnh đã trao 320 suất quà cho hội viên khó khăn vùng lúa, mỗi suất trị giá 500.000 đồng, và phối hợp các doanh nghiệp cung ứng khoảng 1.200 tấn phân bón trả chậm cho nông dân. Kết luận, đồng chí K'Ban Hùng đề nghị quý II các cấp Hội tập trung chuẩn bị vụ hè thu, phấn đấu 100% chi hội sinh hoạt đều đặn; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Trần Quang Vinh, Ka Sương theo dõi các cụm xã vùng lúa.
Minh Tuệ
Lượt xem: 987
Tin khác
- Hội Nông dân tỉnh làm việc với Ngân hàng Chính sách xã hội (30/03/2026)
- Tánh Linh: nông dân thu hoạch lúa đông xuân được mùa (20/03/2026)
- Cư Jút ra mắt tổ hợp tác trồng lúa nước (05/03/2026)
- Krông Nô: đồng bào Mnông học cách làm lúa hai vụ (25/02/2026)
- Hội Nông dân tỉnh tổng kết công tác năm 2025 (15/01/2026)
- Đức Linh: vận động nông dân góp vốn xây kênh nội đồng (08/01/2026)
""", "2026-04-10", "Giao ban Hội Nông dân quý I: tập trung vào vùng lúa Tánh Linh, Đức Linh, Cư Jút",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("K'Ban Hùng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thạch Bkrông", "Chủ tịch Hội Nông dân xã Nam Dong"),
 P("Ma Thị Lan", "Phó Chủ tịch Hội Nông dân xã Đức Linh"),
 P("Nguyễn Văn Út", "Giám đốc HTX nông nghiệp Nghị Đức"),
 P("Trần Quang Vinh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ka Sương", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("1.960 hội viên mới", 1960, "hội viên mới"),
 Q("86 lớp tập huấn", 86, "lớp tập huấn"), Q("khoảng 4.300 lượt hội viên", 4300, "lượt hội viên", "approx"),
 Q("khoảng 41.000 ha", 41000, "ha", "approx"), Q("6,9 tấn/ha", 6.9, "tấn/ha"), Q("118 tỷ đồng", 118000000000, "đồng"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("284 hộ", 284, "hộ"), Q("37 HTX nông nghiệp trồng lúa", 37, "HTX nông nghiệp trồng lúa"),
 Q("12 HTX", 12, "HTX"), Q("14 vụ tranh chấp nguồn nước tưới", 14, "vụ tranh chấp nguồn nước tưới"), Q("215 hộ", 215, "hộ"),
 Q("360 ha", 360, "ha"), Q("100% chi hội", 100, "%"), Q("320 suất quà", 320, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 1.200 tấn", 1200, "tấn", "approx")],
[D("Nghị quyết", "02", "NQ/TU", "2026-01-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU ngày 5/1/2026"),
 D("Kế hoạch", "21", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 21-KH/HNDT")],
[prov("Lâm Đồng"), prov("Bình Thuận"), prov("Đắk Nông"), com("Nam Dong"), com("Đức Linh"), com("Nghị Đức")],
["Báo Lâm Đồng điện tử", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Quỹ Hỗ trợ nông dân", "ST25", "Lượt xem: 987"],
["10/04/2026 - 16:30", "quý I năm 2026", "quý I/2026", "vụ đông xuân 2025 - 2026", "quý II", "Lượt xem: 987"]))
