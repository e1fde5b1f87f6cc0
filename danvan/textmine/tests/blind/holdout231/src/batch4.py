from lib import *
PAGES = []

PAGES.append(page("b5519-dongnai-mttq-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Tư, 31/12/2025
Chính trị | Mặt trận - Đoàn thể
16:20 | 30/12/2025
Mặt trận tỉnh triển khai nhiệm vụ năm 2026, trọng tâm là bầu cử
Ngày 29/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi tỉnh Đồng Nai hợp nhất với tỉnh Bình Phước. Ông Trần Minh Quang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Ảnh: Toàn cảnh hội nghị tổng kết.
Báo cáo do Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Điểu Thị Phương trình bày cho biết, năm 2025, các cấp Mặt trận đã phối hợp xóa 1.250 căn nhà tạm, nhà dột nát với tổng kinh phí 62,5 tỷ đồng, về đích trước thời hạn của chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát". Toàn tỉnh có 30 mô hình tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; 25 hộ di cư tự do ở khu vực tỉnh Bình Phước cũ được hỗ trợ ổn định nơi ở.
Ủy ban MTTQ tỉnh đã tham mưu Tỉnh ủy sơ kết Nghị quyết 03, 04-NQ/TU về công tác dân vận và về đại đoàn kết các dân tộc; thực hiện Chương trình hành động số 14-CTr/TU, Quy chế phối hợp số 05/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh với UBND tỉnh và Kết luận số 126-KL/TW của Bộ Chính trị. Sau sắp xếp, toàn tỉnh có 95 xã, phường; 100% Ủy ban MTTQ cấp xã đã kiện toàn xong bộ máy.
Năm 2026, nhiệm vụ trọng tâm là tổ chức hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Hội nghị hiệp thương lần thứ nhất đã thống nhất dự kiến giới thiệu khoảng 3.400 người ứng cử đại biểu HĐND các cấp; Mặt trận tỉnh đề ra chỉ tiêu ít nhất 98% cử tri đi bầu.
Thảo luận tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lâm Văn Nhanh, Điểu Lý, Trương Thị Hạnh đề nghị tăng cường tuyên truyền bầu cử trong đồng bào S'tiêng, Chơ Ro, Mạ. Bà Thị Ngọc Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã có 6 sóc đồng bào S'tiêng cần tài liệu song ngữ. Ông Lý Sáng, Trưởng ban Công tác Mặt trận ấp Bình Hòa, xã Xuân Lộc, kể cách vận động 120 hội viên mới vào Hội Người cao tuổi.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 45 tập thể, 60 cá nhân xuất sắc trong công tác Mặt trận năm 2025.
Hoàng Lộc
Lượt xem: 2.034
Tin liên quan
- Đồng Nai hiệp thương lần thứ nhất bầu cử đại biểu HĐND tỉnh (18/12/2025)
- Bù Gia Mập bàn giao nhà Đại đoàn kết cho đồng bào S'tiêng (10/12/2025)
- Ra mắt Ủy ban MTTQ tỉnh Đồng Nai sau hợp nhất (02/07/2025)
""", "2025-12-30", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026, trọng tâm là bầu cử",
E("tong_ket", "2025", "2025-12-29"),
[P("Trần Minh Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Phương", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Nhanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Điểu Lý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Ngọc Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lý Sáng", "Trưởng ban Công tác Mặt trận ấp Bình Hòa")],
[Q("1.250 căn nhà tạm, nhà dột nát", 1250, "căn nhà tạm, nhà dột nát"), Q("62,5 tỷ đồng", 62500000000, "đồng"),
 Q("30 mô hình tiêu biểu", 30, "mô hình tiêu biểu"), Q("25 hộ di cư tự do", 25, "hộ di cư tự do"),
 Q("95 xã, phường", 95, "xã, phường"), Q("100%", 100, "%"), Q("khoảng 3.400 người", 3400, "người", "approx"),
 Q("ít nhất 98%", 98, "%", "over"), Q("6 sóc", 6, "sóc"), Q("120 hội viên mới", 120, "hội viên mới"),
 Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân xuất sắc", 60, "cá nhân xuất sắc")],
[D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 03, 04-NQ/TU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 03, 04-NQ/TU"),
 D("Chương trình hành động", "14", "CTr/TU", None, None, "Chương trình hành động số 14-CTr/TU"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị", "Kết luận số 126-KL/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Xuân Lộc")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 2.034"],
["Hôm nay: Thứ Tư, 31/12/2025", "16:20 | 30/12/2025", "năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "lần thứ nhất", "Lượt xem: 2.034"]))

PAGES.append(page("b5520-khanhhoa-btgdv-soket-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 10/07/2026 - 14:35
Khối dân vận sơ kết 6 tháng: bầu cử thành công, nhiều mô hình hay
Ngày 9/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đàng Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Đàng Thị Mỹ Dung phát biểu kết luận hội nghị. Ảnh: Xuân Thành
Theo báo cáo do đồng chí Nguyễn Văn Phước, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày, 6 tháng qua, khối dân vận đã góp phần tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ngày 15/3/2026 ở 65 xã, phường, đặc khu. Tỷ lệ cử tri đi bầu đạt 99,54%; cử tri đã bầu đủ 12 đại biểu Quốc hội, 75 đại biểu HĐND tỉnh và 2.730 đại biểu HĐND cấp xã. Ở khu vực tỉnh Ninh Thuận cũ, cử tri người Chăm, Raglai đi bầu đạt trên 99%.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 10, 11-KL/TU về công tác dân vận chính quyền xã sau sắp xếp và về vận động đồng bào có đạo; phối hợp với Ủy ban MTTQ tỉnh thực hiện Quy chế phối hợp số 02-QCPH/BTGDVTU-MTTQ và Hướng dẫn số 08-HD/BTGDVTU về phong trào "Dân vận khéo". Mỗi xã, phường đăng ký ít nhất 5 mô hình "Dân vận khéo"; toàn tỉnh có 412 mô hình, trong đó 48 mô hình cấp tỉnh.
Ngân hàng Chính sách xã hội cho 1.200 hộ vay vốn phát triển sinh kế với tổng dư nợ khoảng 58 tỷ đồng; Hội LHPN hỗ trợ 300 phụ nữ khởi nghiệp và 26 ý tưởng khởi nghiệp. Đồng chí Katơr Sang, Phó Chủ tịch Hội Nông dân tỉnh khóa XI, cho biết Hội đã vận động nông dân hiến 7.800 m2 đất làm đường nội đồng.
Tại hội nghị, bà Chamaléa Thị Thủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, chia sẻ kinh nghiệm vận động đồng bào Raglai đi bầu từ sáng sớm; ông Thiên Sanh Văn Bảo, Bí thư Đảng ủy phường Phan Rang, đề nghị tỉnh sớm giải quyết 17 kiến nghị cử tri gửi đến đại biểu sau bầu cử. Các đồng chí Pinăng Văn Tý, Lê Thị Hồng Nga - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày kế hoạch giám sát thực hiện Quy chế dân chủ ở cơ sở tại 20 xã.
Kết luận, đồng chí Đàng Thị Mỹ Dung yêu cầu 6 tháng cuối năm tập trung thực hiện Nghị quyết số 66/2025/QH15 của Quốc hội về tổ chức chính quyền địa phương hai cấp; tiếp nhận, chuyển 100% kiến nghị của cử tri đến cơ quan có thẩm quyền.
Xuân Thành
Tin liên quan
- Hội nghị người có uy tín trong đồng bào Chăm, Raglai (25/06/2026)
- Ninh Phước: ra mắt mô hình "Dân vận khéo" ở thôn Chăm (12/06/2026)
- Khánh Hòa công bố kết quả bầu cử đại biểu HĐND tỉnh (21/03/2026)
""", "2026-07-10", "Khối dân vận sơ kết 6 tháng: bầu cử thành công, nhiều mô hình hay",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Đàng Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phước", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Katơr Sang", "Phó Chủ tịch Hội Nông dân tỉnh khóa XI"),
 P("Chamaléa Thị Thủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
 P("Thiên Sanh Văn Bảo", "Bí thư Đảng ủy phường Phan Rang"),
 P("Pinăng Văn Tý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Hồng Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("99,54%", 99.54, "%"),
 Q("12 đại biểu Quốc hội", 12, "đại biểu Quốc hội"), Q("75 đại biểu HĐND tỉnh", 75, "đại biểu HĐND tỉnh"),
 Q("2.730 đại biểu HĐND cấp xã", 2730, "đại biểu HĐND cấp xã"), Q("trên 99%", 99, "%", "over"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over"), Q("412 mô hình", 412, "mô hình"), Q("48 mô hình cấp tỉnh", 48, "mô hình cấp tỉnh"),
 Q("1.200 hộ", 1200, "hộ"), Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"), Q("300 phụ nữ", 300, "phụ nữ"),
 Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("7.800 m2", 7800, "m2"), Q("17 kiến nghị", 17, "kiến nghị"),
 Q("20 xã", 20, "xã"), Q("100%", 100, "%")],
[D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 10, 11-KL/TU"),
 D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 10, 11-KL/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 02-QCPH/BTGDVTU-MTTQ"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, None, "Hướng dẫn số 08-HD/BTGDVTU"),
 D("Nghị quyết", "66", "2025/QH15", None, "Quốc hội", "Nghị quyết số 66/2025/QH15")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà"), com("Phan Rang")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng",
 "Đồng chí Đàng Thị Mỹ Dung phát biểu kết luận hội nghị. Ảnh: Xuân Thành", "Dân vận khéo"],
["Thứ Sáu, 10/07/2026 - 14:35", "6 tháng đầu năm 2026", "6 tháng cuối năm", "khóa XVI", "15/3/2026", "khóa XI", "hai cấp"]))

PAGES.append(page("b5521-dienbien-mttq-daihoi-2024", """
Báo Điện Biên Phủ điện tử
Chính trị / Mặt trận - Đoàn thể
23/08/2024 06:00
Ảnh: Các đại biểu biểu quyết thông qua Chương trình hành động.
Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV
Sau 2 ngày làm việc khẩn trương (21 - 22/8), Đại hội đại biểu MTTQ Việt Nam tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2024 - 2029 đã hoàn thành chương trình đề ra. Dự đại hội có 300 đại biểu chính thức đại diện cho các tầng lớp nhân dân, 19 dân tộc trong tỉnh; đồng chí Quàng Văn Bun, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo.
Báo cáo do bà Lò Thị Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV trình bày nêu rõ, nhiệm kỳ 2019 - 2024, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử năm 2021 với tỷ lệ cử tri đi bầu đạt 99,78%; vận động hỗ trợ xây mới 4.500 nhà Đại đoàn kết với tổng giá trị trên 120 tỷ đồng; tổ chức 1.064 cuộc giám sát và 38 cuộc phản biện xã hội. Tỷ lệ hộ nghèo giảm bình quân 3,5% mỗi năm.
Chương trình hành động nhiệm kỳ mới xác định nhiệm vụ trọng tâm là chuẩn bị tốt công tác hiệp thương, lựa chọn, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện Chỉ thị số 27-CT/TW ngày 15/12/2023 của Ban Bí thư, Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch 211, 212-KH/TU của Ban Thường vụ Tỉnh ủy.
Đại hội đã hiệp thương cử 75 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XV. Bà Lò Thị Phương được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV; các ông Vừ A Sa, Lò Văn Inh và bà Giàng Thị Dua được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại hội cũng hiệp thương cử 9 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Tham luận tại đại hội, ông Sùng A Hồ, người có uy tín bản Huổi Lúng, xã Mường Nhé, kể việc vận động 31 hộ bỏ cây thuốc phiện, chuyển sang trồng quế; bà Lò Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Him Lam, giới thiệu mô hình "Khu dân cư không có đơn thư vượt cấp". Linh mục Phêrô Đinh Văn Hùng, Quản xứ giáo xứ Điện Biên Phủ, cam kết vận động giáo dân chấp hành pháp luật.
Phát biểu chỉ đạo, đồng chí Quàng Văn Bun đề nghị Mặt trận các cấp khẩn trương kiện toàn tổ chức, sẵn sàng cho cuộc bầu cử năm 2026, giải quyết dứt điểm tình trạng di cư tự do của khoảng 200 hộ.
Minh Hoa
Lượt xem: 918
Tin liên quan
- Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV (21/08/2024)
- Mường Nhé: 31 hộ chuyển đổi cây trồng (10/08/2024)
- Đại hội MTTQ thành phố Điện Biên Phủ nhiệm kỳ 2024 - 2029 (25/07/2024)
""", "2024-08-23", "Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV",
E("dai_hoi", None, "2024-08-21"),
[P("Quàng Văn Bun", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lò Thị Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV"),
 P("Vừ A Sa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lò Văn Inh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Thị Dua", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Hồ", "người có uy tín bản Huổi Lúng"),
 P("Lò Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Him Lam"),
 P("Phêrô Đinh Văn Hùng", "Linh mục", "Quản xứ giáo xứ Điện Biên Phủ")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("19 dân tộc", 19, "dân tộc"), Q("99,78%", 99.78, "%"),
 Q("4.500 nhà Đại đoàn kết", 4500, "nhà Đại đoàn kết"), Q("trên 120 tỷ đồng", 120000000000, "đồng", "over"),
 Q("1.064 cuộc giám sát", 1064, "cuộc giám sát"), Q("38 cuộc phản biện xã hội", 38, "cuộc phản biện xã hội"),
 Q("3,5%", 3.5, "%"), Q("75 ủy viên", 75, "ủy viên"), Q("9 đại biểu", 9, "đại biểu"), Q("31 hộ", 31, "hộ"),
 Q("khoảng 200 hộ", 200, "hộ", "approx")],
[D("Chỉ thị", "27", "CT/TW", "2023-12-15", "Ban Bí thư", "Chỉ thị số 27-CT/TW ngày 15/12/2023"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Kế hoạch", "211", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 211, 212-KH/TU"),
 D("Kế hoạch", "212", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 211, 212-KH/TU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Him Lam")],
["Báo Điện Biên Phủ điện tử", "Chính trị / Mặt trận - Đoàn thể", "Ảnh: Các đại biểu biểu quyết thông qua Chương trình hành động.",
 "Khu dân cư không có đơn thư vượt cấp", "Lượt xem: 918"],
["23/08/2024 06:00", "2 ngày", "lần thứ XV", "nhiệm kỳ 2024 - 2029", "khóa XIV", "nhiệm kỳ 2019 - 2024", "năm 2021",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "khóa XV", "lần thứ X", "năm 2026"]))

PAGES.append(page("b5522-hue-mttq-baocao-2021", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị » Tin tức
09/07/2021 | 10:05
Ủy ban MTTQ tỉnh báo cáo kết quả giám sát cuộc bầu cử
Chiều 8/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế báo cáo với Thường trực Tỉnh ủy kết quả giám sát cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Ông Lê Đình Khang, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc.
Ông Lê Đình Khang phát biểu tại buổi làm việc.
Theo báo cáo do bà Nguyễn Thị Sửu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày, Mặt trận các cấp đã thành lập 152 đoàn giám sát, giám sát tại 1.020 tổ bầu cử theo Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 315/KH-MTTQ-BTT ngày 12/3/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Toàn tỉnh có trên 870.000 cử tri, tỷ lệ đi bầu đạt 99,77%; cử tri đã bầu đủ 7 đại biểu Quốc hội và 52 đại biểu HĐND tỉnh.
Qua giám sát, Mặt trận phát hiện 14 trường hợp ghi sai thông tin cử tri, 3 tổ bầu cử niêm yết chậm; đã kiến nghị khắc phục trước ngày bầu cử. Mặt trận tiếp nhận 12 đơn thư liên quan đến người ứng cử, đã phối hợp xác minh, trả lời 11 đơn; 1 đơn không đủ điều kiện xem xét. Tổng kinh phí giám sát khoảng 850 triệu đồng.
Báo cáo cũng nêu, chức sắc các tôn giáo đã tích cực vận động tín đồ đi bầu. Thượng tọa Thích Huệ Thông, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết 100% tự viện đã thông báo lịch bầu cử; Linh mục Phaolô Trần Văn Lộc, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, cho biết các giáo xứ điều chỉnh giờ lễ để giáo dân đi bầu.
Ở vùng cao A Lưới, ông Hồ Văn Ngoan, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới, báo cáo cử tri đồng bào Tà Ôi, Cơ Tu, Pa Cô đi bầu đạt 99,9%; bà Blúp Thị Hường, Chủ tịch Ủy ban MTTQ xã Hồng Kim, cho biết 2 thôn xa đã kết thúc bỏ phiếu trước 11 giờ.
Phát biểu kết luận, ông Lê Đình Khang ghi nhận kết quả giám sát và giao Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh tổng hợp 46 kiến nghị cử tri để theo dõi việc giải quyết; tiếp tục thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng.
Đức Quang
Lượt xem: 1.466
Tin liên quan
- Hội nghị tổng kết công tác bầu cử tỉnh Thừa Thiên Huế (28/06/2021)
- A Lưới: đồng bào dân tộc thiểu số đi bầu sớm (23/05/2021)
- Mặt trận giám sát khu vực bỏ phiếu tại phường Thuận Hòa (20/05/2021)
- Chức sắc tôn giáo hưởng ứng ngày bầu cử (18/05/2021)
- Phú Vang: hiệp thương lần thứ ba đại biểu HĐND huyện (22/04/2021)
""", "2021-07-09", "Ủy ban MTTQ tỉnh báo cáo kết quả giám sát cuộc bầu cử",
E("bao_cao", None, "2021-07-08"),
[P("Lê Đình Khang", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Sửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Huệ Thông", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phaolô Trần Văn Lộc", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngoan", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới"),
 P("Blúp Thị Hường", "Chủ tịch Ủy ban MTTQ xã Hồng Kim")],
[Q("152 đoàn giám sát", 152, "đoàn giám sát"), Q("1.020 tổ bầu cử", 1020, "tổ bầu cử"),
 Q("trên 870.000 cử tri", 870000, "cử tri", "over"), Q("99,77%", 99.77, "%"),
 Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("52 đại biểu HĐND tỉnh", 52, "đại biểu HĐND tỉnh"),
 Q("14 trường hợp", 14, "trường hợp"), Q("3 tổ bầu cử", 3, "tổ bầu cử"), Q("12 đơn thư", 12, "đơn thư"),
 Q("11 đơn", 11, "đơn"), Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("99,9%", 99.9, "%"), Q("2 thôn", 2, "thôn"), Q("46 kiến nghị", 46, "kiến nghị")],
[D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "315", "KH-MTTQ-BTT", "2021-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 315/KH-MTTQ-BTT ngày 12/3/2021"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Thừa Thiên Huế"), com("Hồng Kim")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị » Tin tức", "Ông Lê Đình Khang phát biểu tại buổi làm việc.", "Lượt xem: 1.466"],
["09/07/2021 | 10:05", "khóa XV", "nhiệm kỳ 2021 - 2026", "1 đơn", "11 giờ", "Lượt xem: 1.466"]))

PAGES.append(page("b5523-phutho-xa-tiepxuccutri-2026", """
Cổng thông tin điện tử xã Mai Châu - tỉnh Phú Thọ
Trang chủ | Tin tức | Bầu cử đại biểu Quốc hội và HĐND các cấp
26 tháng 2, 2026 | 17:45
Ảnh: Cử tri xã Mai Châu nêu ý kiến với người ứng cử.
Người ứng cử đại biểu Quốc hội tiếp xúc cử tri xã Mai Châu
Chiều 25/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ủy ban MTTQ Việt Nam xã Mai Châu tổ chức Hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI ở đơn vị bầu cử số 5 vận động bầu cử. Hội nghị được tổ chức trực tiếp tại xã Mai Châu, kết nối trực tuyến đến 32 điểm cầu thôn, bản, với trên 400 cử tri tham dự.
Đơn vị bầu cử số 5 gồm các xã thuộc khu vực tỉnh Hòa Bình cũ, có 5 người ứng cử để bầu 3 đại biểu. Những người ứng cử gồm: Đại tá Quách Văn Lợi, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh; PGS.TS. Lê Thị Thu Hà, Phó Giám đốc Học viện Chính sách và Phát triển; ông Hà Văn Nọi, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh; bà Bùi Thị Nhung, Chủ tịch Hội LHPN tỉnh và ông Đinh Công Khoa, Giám đốc Hợp tác xã du lịch cộng đồng bản Lác.
Chủ trì hội nghị có các đồng chí Bùi Thị Hoa, Đinh Công Sứ - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã và ông Xa Văn Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ông Xa Văn Thuận quán triệt Nghị quyết số 41/NQ-HĐBCQG của Hội đồng Bầu cử quốc gia và Kế hoạch số 256-KH/MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức hội nghị tiếp xúc cử tri.
Tại hội nghị, 18 ý kiến được cử tri nêu lên. Ông Quách Văn Tâm, Trưởng bản Pom Coọng, đề nghị đầu tư nâng cấp 14 km đường liên xã, dự kiến khoảng 60 tỷ đồng; bà Hà Thị Lả, Chi hội trưởng Chi hội Phụ nữ bản Lác, đề nghị hỗ trợ khoảng 120 hộ làm du lịch cộng đồng. Cử tri Lò Văn Mon phản ánh 9 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất.
Thay mặt những người ứng cử, PGS.TS. Lê Thị Thu Hà trình bày chương trình hành động, cam kết nếu trúng cử sẽ kiến nghị chính sách cho 45 xã đặc biệt khó khăn của tỉnh. Đại tá Quách Văn Lợi cho biết Bộ Chỉ huy Quân sự tỉnh đã hỗ trợ 35 căn nhà cho hộ nghèo, mỗi căn 60 triệu đồng.
Kết thúc hội nghị, ông Bùi Văn Khoát, Bí thư Đảng ủy, Chủ tịch HĐND xã Mai Châu, cảm ơn các ứng cử viên và đề nghị cử tri đi bầu đầy đủ vào ngày 15/3/2026. Xã có 14.860 cử tri ở 18 khu vực bỏ phiếu.
Hà Giang (Trung tâm Dịch vụ tổng hợp xã)
Lượt truy cập: 35.770
Tin liên quan
- Tiếp xúc cử tri với người ứng cử đại biểu HĐND tỉnh tại bản Lác (20/02/2026)
- Xã Mai Châu niêm yết danh sách cử tri (13/02/2026)
- Hội Phụ nữ xã tuyên truyền bầu cử bằng tiếng Thái (06/02/2026)
- Đoàn Thanh niên xã ra quân làm sạch các khu vực bỏ phiếu (02/02/2026)
""", "2026-02-26", "Người ứng cử đại biểu Quốc hội tiếp xúc cử tri xã Mai Châu",
E("hoi_nghi", None, "2026-02-25"),
[P("Quách Văn Lợi", "Đại tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Lê Thị Thu Hà", "PGS.TS.", "Phó Giám đốc Học viện Chính sách và Phát triển"),
 P("Hà Văn Nọi", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Bùi Thị Nhung", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Công Khoa", "Giám đốc Hợp tác xã du lịch cộng đồng bản Lác"),
 P("Bùi Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Xa Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Văn Tâm", "Trưởng bản Pom Coọng"),
 P("Hà Thị Lả", "Chi hội trưởng Chi hội Phụ nữ bản Lác"),
 P("Lò Văn Mon"),
 P("Bùi Văn Khoát", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mai Châu")],
[Q("32 điểm cầu thôn, bản", 32, "điểm cầu thôn, bản"), Q("trên 400 cử tri", 400, "cử tri", "over"), Q("5 người", 5, "người"),
 Q("3 đại biểu", 3, "đại biểu"), Q("18 ý kiến", 18, "ý kiến"), Q("14 km", 14, "km"),
 Q("khoảng 60 tỷ đồng", 60000000000, "đồng", "approx"), Q("khoảng 120 hộ", 120, "hộ", "approx"), Q("9 hộ", 9, "hộ"),
 Q("45 xã đặc biệt khó khăn", 45, "xã đặc biệt khó khăn"), Q("35 căn nhà", 35, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("14.860 cử tri", 14860, "cử tri"), Q("18 khu vực bỏ phiếu", 18, "khu vực bỏ phiếu")],
[D("Nghị quyết", "41", "NQ-HĐBCQG", None, "Hội đồng Bầu cử quốc gia", "Nghị quyết số 41/NQ-HĐBCQG"),
 D("Kế hoạch", "256", "KH/MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 256-KH/MTTQ-BTT ngày 05/01/2026")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mai Châu")],
["Cổng thông tin điện tử xã Mai Châu - tỉnh Phú Thọ", "Trang chủ | Tin tức | Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Ảnh: Cử tri xã Mai Châu nêu ý kiến với người ứng cử.", "Lượt truy cập: 35.770"],
["26 tháng 2, 2026 | 17:45", "khóa XVI", "đơn vị bầu cử số 5", "15/3/2026", "Lượt truy cập: 35.770"]))

PAGES.append(page("b5524-laocai-chandung-2026", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội › Người tốt - Việc tốt
Thứ Hai, 16/03/2026
Người phụ nữ Mông ba lần được cử tri tín nhiệm
(BLC) - Ngày hội non cao vừa khép lại, cử tri xã Mù Cang Chải lại nhắc đến bà Thào Thị Chá, người vừa được bầu lại làm đại biểu HĐND xã. Đây là lần thứ ba bà được cử tri tín nhiệm, kể từ khi còn là cán bộ hội phụ nữ ở bản Chế Cu Nha thuộc tỉnh Yên Bái cũ.
Bà Thào Thị Chá (bìa phải) trò chuyện với người dân bản Chế Cu Nha.
Năm nay 52 tuổi, bà Chá hiện là Ủy viên Ban Chấp hành Đảng bộ xã, Chủ tịch Hội LHPN xã Mù Cang Chải. Mười năm trước, bản có 146 hộ thì gần 70% là hộ nghèo; bà cùng chi hội phụ nữ vận động 38 hộ chuyển sang trồng sơn tra, mở 2 lớp dạy chữ cho phụ nữ. Nay số hộ nghèo của bản chỉ còn 21 hộ, thu nhập bình quân khoảng 38 triệu đồng/người/năm.
Ông Giàng A Dế, Bí thư Chi bộ kiêm Trưởng bản Chế Cu Nha, kể rằng bà Chá là người đầu tiên trong bản vận động con gái đi học hết lớp 12. "Bà ấy nói ít, làm nhiều, hứa với dân việc gì thì làm bằng được", ông Dế nói. Bà Sùng Thị Dở, Phó Chủ tịch Hội LHPN xã, cho biết nhờ bà Chá mà 64 phụ nữ trong xã được vay vốn theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, tổng dư nợ hơn 3,1 tỷ đồng.
Trong đợt vận động bầu cử, bà Chá cùng tổ tuyên truyền đi bộ hơn 12 km đến các bản xa, giải thích cho bà con bằng tiếng Mông về cách gạch phiếu. Theo ông Vàng Seo Pao, Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải, ngày 15/3, xã có 9.870 cử tri đi bầu, đạt 99,91%; tổ bầu cử bản Chế Cu Nha kết thúc bỏ phiếu trước 10 giờ.
Xã Mù Cang Chải sau sắp xếp có 28 thôn, bản, thuộc tỉnh Lào Cai (mới). Xã đang thực hiện Nghị quyết 10, 11-NQ/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng và về giữ gìn văn hóa Mông; bà Chá được giao phụ trách mô hình "Phụ nữ Mông giữ nghề dệt thổ cẩm" với 45 thành viên.
Đầu năm 2026, Hội LHPN xã do bà Chá đứng đầu đã phối hợp với Ủy ban MTTQ xã tổ chức 16 buổi sinh hoạt chuyên đề về bầu cử, in 800 tờ rơi song ngữ Việt - Mông. Chị Lý Thị Mỷ, một cử tri trẻ lần đầu đi bầu ở bản Chế Cu Nha, cho biết nhờ các buổi sinh hoạt ấy mà chị biết rõ từng người ứng cử.
Nói về nhiệm kỳ mới, bà Chá chỉ mong đường vào bản Lao Chải được cứng hóa để trẻ em đi học không phải lội bùn. Bà cũng đề xuất với HĐND xã dành khoảng 500 triệu đồng hỗ trợ cho 30 hộ thiếu đất sản xuất.
Mai Linh
Lượt xem: 3.580
Tin liên quan
- Lào Cai: tỷ lệ cử tri đi bầu đạt trên 99% (15/03/2026)
- Bầu cử sớm ở các bản vùng cao Mù Cang Chải (12/03/2026)
- Ra mắt tổ tuyên truyền bầu cử bằng tiếng Mông (20/02/2026)
- Mù Cang Chải: phụ nữ Mông giữ nghề dệt thổ cẩm (08/01/2026)
""", "2026-03-16", "Người phụ nữ Mông ba lần được cử tri tín nhiệm",
E("khac", None, None),
[P("Thào Thị Chá", "Ủy viên Ban Chấp hành Đảng bộ xã", "Chủ tịch Hội LHPN xã Mù Cang Chải"),
 P("Giàng A Dế", "Bí thư Chi bộ kiêm Trưởng bản Chế Cu Nha"),
 P("Sùng Thị Dở", "Phó Chủ tịch Hội LHPN xã"),
 P("Vàng Seo Pao", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải"), P("Lý Thị Mỷ")],
[Q("146 hộ", 146, "hộ"), Q("gần 70%", 70, "%", "approx"), Q("38 hộ", 38, "hộ"), Q("2 lớp dạy chữ", 2, "lớp dạy chữ"),
 Q("21 hộ", 21, "hộ"), Q("khoảng 38 triệu đồng", 38000000, "đồng", "approx"), Q("64 phụ nữ", 64, "phụ nữ"),
 Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("hơn 12 km", 12, "km", "over"), Q("9.870 cử tri", 9870, "cử tri"),
 Q("99,91%", 99.91, "%"), Q("28 thôn, bản", 28, "thôn, bản"), Q("45 thành viên", 45, "thành viên"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("30 hộ", 30, "hộ"),
 Q("16 buổi sinh hoạt chuyên đề", 16, "buổi sinh hoạt chuyên đề"), Q("800 tờ rơi song ngữ Việt - Mông", 800, "tờ rơi song ngữ Việt - Mông")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "10", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 10, 11-NQ/ĐU"),
 D("Nghị quyết", "11", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 10, 11-NQ/ĐU")],
[prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội › Người tốt - Việc tốt", "(BLC)", "Ngày hội non cao",
 "Bà Thào Thị Chá (bìa phải) trò chuyện với người dân bản Chế Cu Nha.", "Phụ nữ Mông giữ nghề dệt thổ cẩm", "Lượt xem: 3.580"],
["Thứ Hai, 16/03/2026", "lần đầu", "Đầu năm 2026", "lần thứ ba", "52 tuổi", "Mười năm trước", "lớp 12", "ngày 15/3", "10 giờ", "Lượt xem: 3.580"]))
