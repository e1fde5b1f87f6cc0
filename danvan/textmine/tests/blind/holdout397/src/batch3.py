from lib import *
PAGES = []

PAGES.append(page("b9497-cantho-ldld-tetsumvay-2023", """
BÁO CẦN THƠ ONLINE
Trang chủ » Xã hội » Lao động - Công đoàn
Thứ Sáu, 13/01/2023 - 07:30
"Tết Sum vầy" mang xuân ấm đến công nhân Trà Nóc
Đông đảo công nhân tham gia chương trình. Ảnh: Đăng Huỳnh
Tối 12/1, tại Khu công nghiệp Trà Nóc 1, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức chương trình "Tết Sum vầy - Xuân Quý Mão 2023". Dự chương trình có đồng chí Trương Thanh Bình, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Nguyễn Thị Kim Thoa, Chủ tịch LĐLĐ thành phố; đồng chí Thạch Ngọc Sơn, Phó Chủ tịch UBND quận Bình Thủy.
Tại chương trình, Ban tổ chức trao 1.200 phần quà cho công nhân có hoàn cảnh khó khăn, mỗi phần gồm 1 triệu đồng tiền mặt và nhu yếu phẩm; trao 6 "Chuyến xe Công đoàn" đưa 280 công nhân quê ở Sóc Trăng, Bạc Liêu, Cà Mau về quê đón Tết; đồng thời tổ chức "Phiên chợ Tết Công đoàn" với 40 gian hàng, công nhân mua hàng bằng phiếu trị giá 300.000 đồng được tặng trước.
Theo đồng chí Nguyễn Thị Kim Thoa, thực hiện Kế hoạch số 123/KH-LĐLĐ ngày 05/12/2022 của LĐLĐ thành phố về tổ chức Tết Sum vầy, Tết Quý Mão các cấp công đoàn dành hơn 16 tỷ đồng chăm lo cho 21.500 đoàn viên, người lao động; trong đó 9.800 đoàn viên bị giảm giờ làm, mất việc được hỗ trợ theo Quyết định số 6696/QĐ-TLĐ ngày 08/11/2022 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, mỗi người 1 triệu đồng. Năm 2022, thu nhập bình quân của công nhân các khu công nghiệp thành phố đạt 6,9 triệu đồng/tháng, thưởng Tết bình quân 5,2 triệu đồng/người.
Chị Thạch Thị Sa Quynh, người Khmer quê Sóc Trăng, công nhân Công ty CP Thủy sản Bình An, chia sẻ: "Năm nay công ty ít đơn hàng, vợ chồng em tính không về quê. Nhờ có vé xe Công đoàn, tụi em được về ăn Tết với cha mẹ ở xã Lịch Hội Thượng". Anh Lê Văn Nghĩa, Chủ tịch Công đoàn cơ sở Công ty TNHH Vinh Phát, cho biết công ty vừa giải quyết thưởng Tết cho hơn 700 công nhân.
Phát biểu tại chương trình, đồng chí Trương Thanh Bình ghi nhận sự đồng hành của các doanh nghiệp; đề nghị các cấp công đoàn tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, nắm chắc tình hình việc làm, tiền lương của công nhân sau Tết, nhất là ở phường Trà Nóc và phường Thới An Đông.
Cùng ngày, LĐLĐ thành phố trao 2 Mái ấm Công đoàn cho đoàn viên tại quận Ô Môn, mỗi căn 50 triệu đồng.
Đăng Huỳnh
Tin liên quan
- LĐLĐ thành phố thăm, chúc Tết công nhân trực sản xuất (10/01/2023)
- 21.500 đoàn viên được chăm lo dịp Tết Quý Mão (05/01/2023)
- Phát động Tháng cao điểm chăm lo Tết (28/12/2022)
""", "2023-01-13", '"Tết Sum vầy" mang xuân ấm đến công nhân Trà Nóc',
E("trao_qua", None, "2023-01-12"),
[P("Trương Thanh Bình", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Kim Thoa", "Chủ tịch LĐLĐ thành phố"),
 P("Thạch Ngọc Sơn", "Phó Chủ tịch UBND quận Bình Thủy"),
 P("Thạch Thị Sa Quynh", "công nhân Công ty CP Thủy sản Bình An"),
 P("Lê Văn Nghĩa", "Chủ tịch Công đoàn cơ sở Công ty TNHH Vinh Phát")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q('6 "Chuyến xe Công đoàn"', 6, "Chuyến xe Công đoàn"),
 Q("280 công nhân", 280, "công nhân"), Q("40 gian hàng", 40, "gian hàng"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 16 tỷ đồng", 16000000000, "đồng", "over"), Q("21.500 đoàn viên, người lao động", 21500, "đoàn viên, người lao động"),
 Q("9.800 đoàn viên", 9800, "đoàn viên"), Q("6,9 triệu đồng", 6900000, "đồng"), Q("5,2 triệu đồng", 5200000, "đồng"),
 Q("hơn 700 công nhân", 700, "công nhân", "over"), Q("2 Mái ấm Công đoàn", 2, "Mái ấm Công đoàn"),
 Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "123", "KH-LĐLĐ", "2022-12-05", "LĐLĐ thành phố", "Kế hoạch số 123/KH-LĐLĐ ngày 05/12/2022"),
 D("Quyết định", "6696", "QĐ-TLĐ", "2022-11-08", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 6696/QĐ-TLĐ ngày 08/11/2022"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Bạc Liêu"), prov("Cà Mau"), com("Lịch Hội Thượng"), com("Trà Nóc"), com("Thới An Đông")],
["BÁO CẦN THƠ ONLINE", "Trang chủ » Xã hội » Lao động - Công đoàn", "Đông đảo công nhân tham gia chương trình. Ảnh: Đăng Huỳnh",
 "Tết Sum vầy - Xuân Quý Mão 2023", "Chuyến xe Công đoàn", "Phiên chợ Tết Công đoàn", "Khu công nghiệp Trà Nóc 1"],
["Thứ Sáu, 13/01/2023 - 07:30", "Xuân Quý Mão 2023", "Năm 2022", "Trà Nóc 1"]))

PAGES.append(page("b9498-quangninh-congdoan-daihoi-2023", """
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ > Chính trị > Hoạt động đoàn thể
Thứ Năm, 20/07/2023 - 11:30
Các đồng chí lãnh đạo tặng hoa chúc mừng Ban Chấp hành khóa mới.
Đại hội Công đoàn tỉnh lần thứ XIV thành công tốt đẹp
Trong 2 ngày 18 và 19/7, tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức Đại hội đại biểu Công đoàn tỉnh lần thứ XIV, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Đỗ Quang Trường, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Vũ Thị Diệu Linh, Phó Bí thư Thường trực Tỉnh ủy; cùng 300 đại biểu đại diện cho hơn 162.000 đoàn viên công đoàn toàn tỉnh.
Báo cáo chính trị trình đại hội cho biết, nhiệm kỳ 2018 - 2023, các cấp công đoàn đã phát triển mới 41.600 đoàn viên, thành lập mới 312 công đoàn cơ sở; tổ chức hơn 5.400 cuộc đối thoại tại nơi làm việc; hỗ trợ xây dựng, sửa chữa 268 Mái ấm Công đoàn với tổng kinh phí 13,4 tỷ đồng. Riêng chương trình "Tết Sum vầy" qua 5 năm đã chăm lo cho hơn 310.000 lượt đoàn viên, người lao động. Thu nhập bình quân của công nhân ngành than đạt 14,8 triệu đồng/tháng, cao nhất cả nước.
Đại hội đề ra 9 chỉ tiêu chủ yếu cho nhiệm kỳ 2023 - 2028, trong đó phấn đấu phát triển mới ít nhất 40.000 đoàn viên; 100% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ; mỗi năm hỗ trợ xây dựng ít nhất 30 Mái ấm Công đoàn.
Tham luận tại đại hội, chị Lý Thị Quyên, người Dao, Chủ tịch Công đoàn cơ sở Công ty CP Chè Đường Hoa, kể về cách vận động lao động người Dao, người Sán Chỉ ở xã Đồng Sơn tham gia công đoàn; anh Chíu Văn Sinh, công nhân lò chợ Công ty Than Hà Lầm, được tuyên dương là gương thợ mỏ tiêu biểu.
Phát biểu chỉ đạo, đồng chí Vũ Thị Diệu Linh đề nghị các cấp công đoàn tiếp tục quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Kế hoạch số 154-KH/TU của Ban Thường vụ Tỉnh ủy; tập trung chăm lo đời sống công nhân ở các khu công nghiệp mới như Việt Hưng, Sông Khoai, Bắc Tiền Phong.
Đại hội đã bầu 35 đồng chí vào Ban Chấp hành LĐLĐ tỉnh khóa XIV. Tại phiên họp thứ nhất, đồng chí Vũ Thị Thanh Bình được bầu giữ chức Chủ tịch LĐLĐ tỉnh khóa XIV; các đồng chí Hoàng Văn Thụ, Triệu Thị Lan được bầu làm Phó Chủ tịch LĐLĐ tỉnh. Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội XIII Công đoàn Việt Nam.
Đại hội thông qua nghị quyết với khẩu hiệu hành động "Đổi mới, dân chủ, đoàn kết, phát triển"; nhấn mạnh nhiệm vụ đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động trong bối cảnh kinh tế của tỉnh chuyển mạnh từ "nâu" sang "xanh".
Quang Minh
Lượt xem: 1.887
Tin liên quan
- Đại hội điểm Công đoàn ngành Than (05/06/2023)
- Hoàn thành đại hội công đoàn cơ sở nhiệm kỳ 2023 - 2028 (20/04/2023)
- Tôn vinh 50 gương thợ mỏ tiêu biểu (10/11/2022)
""", "2023-07-20", "Đại hội Công đoàn tỉnh lần thứ XIV thành công tốt đẹp",
E("dai_hoi", None, "2023-07-18"),
[P("Đỗ Quang Trường", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Vũ Thị Diệu Linh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lý Thị Quyên", "Chủ tịch Công đoàn cơ sở Công ty CP Chè Đường Hoa"),
 P("Chíu Văn Sinh", "công nhân lò chợ Công ty Than Hà Lầm"),
 P("Vũ Thị Thanh Bình", "Chủ tịch LĐLĐ tỉnh khóa XIV"),
 P("Hoàng Văn Thụ", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Triệu Thị Lan", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("300 đại biểu", 300, "đại biểu"), Q("hơn 162.000 đoàn viên công đoàn", 162000, "đoàn viên công đoàn", "over"),
 Q("41.600 đoàn viên", 41600, "đoàn viên"), Q("312 công đoàn cơ sở", 312, "công đoàn cơ sở"),
 Q("hơn 5.400 cuộc đối thoại", 5400, "cuộc đối thoại", "over"), Q("268 Mái ấm Công đoàn", 268, "Mái ấm Công đoàn"),
 Q("13,4 tỷ đồng", 13400000000, "đồng"), Q("hơn 310.000 lượt đoàn viên, người lao động", 310000, "lượt đoàn viên, người lao động", "over"),
 Q("14,8 triệu đồng", 14800000, "đồng"), Q("9 chỉ tiêu chủ yếu", 9, "chỉ tiêu chủ yếu"),
 Q("ít nhất 40.000 đoàn viên", 40000, "đoàn viên", "over"), Q("100%", 100, "%"),
 Q("ít nhất 30 Mái ấm Công đoàn", 30, "Mái ấm Công đoàn", "over"), Q("35 đồng chí", 35, "đồng chí"),
 Q("12 đại biểu chính thức", 12, "đại biểu chính thức")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Kế hoạch", "154", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 154-KH/TU")],
[prov("Quảng Ninh"), com("Đồng Sơn")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Trang chủ > Chính trị > Hoạt động đoàn thể",
 "Các đồng chí lãnh đạo tặng hoa chúc mừng Ban Chấp hành khóa mới.", "Tết Sum vầy", "Đổi mới, dân chủ, đoàn kết, phát triển", "Lượt xem: 1.887"],
["Thứ Năm, 20/07/2023 - 11:30", "Trong 2 ngày", "lần thứ XIV", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "qua 5 năm",
 "khóa XIV", "phiên họp thứ nhất", "Đại hội XIII", "35 đồng chí", "Lượt xem: 1.887"]))

PAGES.append(page("b9499-tayninh-bithu-doithoai-2023", """
BÁO TÂY NINH ONLINE
Chính trị | Dân vận | Công đoàn
Cập nhật: 17:05, 26/10/2023 (GMT+7)
Bí thư Tỉnh ủy đối thoại với công nhân Khu công nghiệp Trảng Bàng
(BTN) - Sáng 25/10, tại Khu công nghiệp Trảng Bàng, Ban Thường vụ Tỉnh ủy Tây Ninh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với công nhân lao động năm 2023. Đồng chí Trần Quốc Bảo, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì; cùng dự có đồng chí Phạm Hùng Thái, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Thị Xuân Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Bí thư Tỉnh ủy Trần Quốc Bảo giải đáp kiến nghị của công nhân.
Hội nghị được tổ chức theo Kế hoạch số 210-KH/TU ngày 15/8/2023 của Ban Thường vụ Tỉnh ủy, thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc, các đoàn thể đối với người đứng đầu. Có 220 công nhân, cán bộ công đoàn của 64 doanh nghiệp tham dự.
Theo báo cáo của LĐLĐ tỉnh, Tây Ninh hiện có 6 khu công nghiệp, 1 khu kinh tế cửa khẩu với hơn 180.000 lao động. 9 tháng năm 2023, do đơn hàng giảm, 38 doanh nghiệp phải cắt giảm giờ làm, khoảng 12.000 lao động bị ảnh hưởng; đã xảy ra 4 cuộc ngừng việc tập thể.
Tại hội nghị, 19 công nhân phát biểu trực tiếp. Chị Néang Sa Ly, người Khmer, công nhân Công ty TNHH Dệt Trảng Bàng, đề nghị có thêm trường mầm non ở phường An Tịnh vì nhiều công nhân phải gửi con về quê. Anh Mã Văn Hên, người Chăm ở xã Suối Dây, công nhân Công ty TNHH May Phước Đông, kiến nghị tăng chuyến xe buýt từ Tân Châu về khu công nghiệp. Chị Trần Thị Thu Hồng, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Đôn Thuận, đề nghị doanh nghiệp bảo đảm tỷ lệ trích nộp kinh phí công đoàn 2%.
Trả lời các kiến nghị, đồng chí Trần Quốc Bảo cho biết tỉnh đang triển khai dự án nhà ở xã hội 1.500 căn tại xã Đôn Thuận, dự kiến khởi công quý I/2024; giao UBND thị xã Trảng Bàng bố trí quỹ đất xây trường mầm non cho con công nhân; yêu cầu các sở, ngành trả lời bằng văn bản 11 kiến nghị còn lại trước ngày 30/11/2023.
Đồng chí Bí thư Tỉnh ủy nhấn mạnh, các cấp ủy thực hiện tốt Quy định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, lấy sự hài lòng của công nhân làm thước đo; doanh nghiệp không được nợ lương, nợ bảo hiểm xã hội của người lao động.
Dịp này, Tỉnh ủy trao 100 suất quà, mỗi suất 1 triệu đồng cho công nhân khó khăn.
Hoàng Yến
Tin cùng chuyên mục
- Công nhân Khu công nghiệp Phước Đông được hỗ trợ tiền thuê trọ (18/10/2023)
- LĐLĐ tỉnh tập huấn kỹ năng đối thoại (05/10/2023)
- Bàn giao 3 Mái ấm Công đoàn tại Gò Dầu (22/09/2023)
""", "2023-10-26", "Bí thư Tỉnh ủy đối thoại với công nhân Khu công nghiệp Trảng Bàng",
E("doi_thoai", "2023", "2023-10-25"),
[P("Trần Quốc Bảo", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Phạm Hùng Thái", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Xuân Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Ly", "công nhân Công ty TNHH Dệt Trảng Bàng"),
 P("Mã Văn Hên", "công nhân Công ty TNHH May Phước Đông"),
 P("Trần Thị Thu Hồng", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Đôn Thuận")],
[Q("220 công nhân, cán bộ công đoàn", 220, "công nhân, cán bộ công đoàn"), Q("64 doanh nghiệp", 64, "doanh nghiệp"),
 Q("6 khu công nghiệp", 6, "khu công nghiệp"), Q("1 khu kinh tế cửa khẩu", 1, "khu kinh tế cửa khẩu"),
 Q("hơn 180.000 lao động", 180000, "lao động", "over"), Q("38 doanh nghiệp", 38, "doanh nghiệp"),
 Q("khoảng 12.000 lao động", 12000, "lao động", "approx"), Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"),
 Q("19 công nhân", 19, "công nhân"), Q("2%", 2, "%"), Q("1.500 căn", 1500, "căn"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "210", "KH/TU", "2023-08-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 210-KH/TU ngày 15/8/2023"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Quy định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quy định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Tây Ninh"), com("An Tịnh"), com("Suối Dây"), com("Đôn Thuận")],
["BÁO TÂY NINH ONLINE", "Chính trị | Dân vận | Công đoàn", "(BTN)",
 "Bí thư Tỉnh ủy Trần Quốc Bảo giải đáp kiến nghị của công nhân.", "Quy chế công tác dân vận của hệ thống chính trị"],
["Cập nhật: 17:05, 26/10/2023 (GMT+7)", "năm 2023", "9 tháng năm 2023", "quý I/2024", "ngày 30/11/2023"]))

PAGES.append(page("b9500-hatinh-chandung-chutichcongdoan-2024", """
Báo Hà Tĩnh điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Xã hội › Lao động - Việc làm
Thứ Năm, 09/05/2024 - 06:00
Chị Hồ Thị Lài trò chuyện với công nhân trong giờ nghỉ ca. Ảnh: Đình Nhật
Người "giữ lửa" công đoàn ở khu kinh tế Vũng Áng
Hơn 10 năm làm Chủ tịch Công đoàn cơ sở Công ty CP Sợi Kỳ Long, chị Hồ Thị Lài được công nhân gọi thân mật là "chị Lài công đoàn" - người luôn có mặt khi đồng nghiệp gặp khó.
Công ty CP Sợi Kỳ Long đóng tại phường Kỳ Liên, thị xã Kỳ Anh, hiện có 920 lao động, trong đó hơn 70% là nữ, nhiều người quê ở các xã miền núi Hương Khê, Vũ Quang. Khi được bầu làm Chủ tịch Công đoàn cơ sở năm 2013, công đoàn chỉ có 260 đoàn viên; đến nay con số này đã là 905, đạt 98,4% số lao động của công ty.
Không có nhiều kinh nghiệm thương lượng, chị Lài tự học Bộ luật Lao động, tham gia các lớp tập huấn do LĐLĐ tỉnh tổ chức rồi kiên trì đề xuất với ban giám đốc. Nhờ đó, thỏa ước lao động tập thể của công ty đã được ký lại 4 lần, lần gần nhất quy định bữa ăn ca 30.000 đồng/suất, mỗi công nhân được hỗ trợ tiền nhà trọ 400.000 đồng/tháng và quà sinh nhật 200.000 đồng.
"Công nhân chỉ tin công đoàn khi thấy quyền lợi của mình được nói ra và được giải quyết", chị Lài chia sẻ. Mỗi quý, chị cùng ban chấp hành tổ chức một buổi đối thoại với lãnh đạo công ty; những việc nhỏ như quạt mát ở xưởng, nước uống, nhà vệ sinh đều được đưa ra bàn.
Bốn năm qua, Công đoàn công ty vận động đoàn viên đóng góp hơn 260 triệu đồng, cùng LĐLĐ tỉnh xây 3 Mái ấm Công đoàn cho công nhân khó khăn ở các xã Kỳ Lợi, Kỳ Hà; thăm hỏi 54 trường hợp ốm đau, tai nạn. Chị Nguyễn Thị Thủy, công nhân xưởng se sợi, xúc động kể lại lúc mẹ con chị được nhận căn nhà mới trị giá 80 triệu đồng ngay trước Tết Giáp Thìn.
Đồng chí Trần Văn Thanh, Phó Chủ tịch Thường trực LĐLĐ tỉnh, nhận xét chị Lài là cán bộ công đoàn cơ sở tiêu biểu, "dám nói, dám đề xuất vì người lao động". Năm 2023, chị được Tổng Liên đoàn Lao động Việt Nam tặng bằng khen theo Quyết định số 8315/QĐ-TLĐ ngày 20/12/2023 và là 1 trong 12 cán bộ công đoàn tiêu biểu của tỉnh được tuyên dương dịp Tháng Công nhân năm nay.
Ông Lê Đình Hòa, Giám đốc Công ty CP Sợi Kỳ Long, cho biết nhờ công đoàn làm tốt vai trò cầu nối, 5 năm qua công ty không để xảy ra ngừng việc tập thể, tỷ lệ lao động nghỉ việc giảm còn 6%.
Với chị Lài, phần thưởng lớn nhất không phải là bằng khen mà là những tin nhắn cảm ơn của công nhân sau mỗi lần công đoàn lên tiếng. Chị bảo, còn làm công đoàn ngày nào thì còn lắng nghe, còn đi đến từng xưởng, từng khu trọ của anh chị em công nhân ngày ấy.
Thu Phương
Tin liên quan
- Phát động Tháng Công nhân năm 2024 (02/05/2024)
- Công nhân Vũng Áng được khám sức khỏe miễn phí (20/04/2024)
- LĐLĐ tỉnh tuyên dương 12 cán bộ công đoàn tiêu biểu (15/04/2024)
""", "2024-05-09", 'Người "giữ lửa" công đoàn ở khu kinh tế Vũng Áng',
E("khac", None, None),
[P("Hồ Thị Lài", "Chủ tịch Công đoàn cơ sở Công ty CP Sợi Kỳ Long"),
 P("Nguyễn Thị Thủy", "công nhân xưởng se sợi"),
 P("Trần Văn Thanh", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Lê Đình Hòa", "Giám đốc Công ty CP Sợi Kỳ Long")],
[Q("920 lao động", 920, "lao động"), Q("hơn 70%", 70, "%", "over"), Q("260 đoàn viên", 260, "đoàn viên"),
 Q("905", 905, "đoàn viên"), Q("98,4%", 98.4, "%"), Q("30.000 đồng", 30000, "đồng"), Q("400.000 đồng", 400000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("hơn 260 triệu đồng", 260000000, "đồng", "over"),
 Q("3 Mái ấm Công đoàn", 3, "Mái ấm Công đoàn"), Q("54 trường hợp", 54, "trường hợp"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("12 cán bộ công đoàn tiêu biểu", 12, "cán bộ công đoàn tiêu biểu"), Q("6%", 6, "%")],
[D("Quyết định", "8315", "QĐ-TLĐ", "2023-12-20", None, "Quyết định số 8315/QĐ-TLĐ ngày 20/12/2023")],
[prov("Hà Tĩnh"), com("Kỳ Liên"), com("Kỳ Lợi"), com("Kỳ Hà")],
["Báo Hà Tĩnh điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Xã hội › Lao động - Việc làm",
 "Chị Hồ Thị Lài trò chuyện với công nhân trong giờ nghỉ ca. Ảnh: Đình Nhật", "chị Lài công đoàn", "Tháng Công nhân", "Bộ luật Lao động"],
["Thứ Năm, 09/05/2024 - 06:00", "Hơn 10 năm", "năm 2013", "4 lần", "Bốn năm qua", "Năm 2023", "1 trong 12", "5 năm qua",
 "Tết Giáp Thìn"]))

PAGES.append(page("b9501-brvt-btv-baocao-congnhan-2024", """
BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
26/07/2024 - 17:10
Hôm nay: Thứ Bảy, 27/07/2024
Ban Thường vụ Tỉnh ủy nghe báo cáo tình hình công nhân, lao động
Chiều 25/7, Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu họp nghe Đảng đoàn LĐLĐ tỉnh báo cáo tình hình tư tưởng, việc làm, đời sống của công nhân, lao động và kết quả hoạt động công đoàn 6 tháng đầu năm 2024. Đồng chí Lâm Viết Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì.
Báo cáo do đồng chí Lê Thị Hồng Nhung, Bí thư Đảng đoàn, Chủ tịch LĐLĐ tỉnh trình bày cho biết, toàn tỉnh có 15 khu công nghiệp với khoảng 124.000 lao động; 6 tháng đầu năm, thu nhập bình quân của công nhân đạt 9,6 triệu đồng/tháng, tăng 5,2% so với cùng kỳ. Các cấp công đoàn đã phát triển 7.480 đoàn viên, thành lập mới 46 công đoàn cơ sở; tổ chức 52 cuộc đối thoại định kỳ; chăm lo Tết cho 38.600 đoàn viên với tổng kinh phí hơn 32 tỷ đồng.
Tuy nhiên, tình trạng doanh nghiệp nợ bảo hiểm xã hội vẫn phức tạp: 214 doanh nghiệp nợ với tổng số tiền 87 tỷ đồng, ảnh hưởng quyền lợi của hơn 9.300 người lao động. Trong 6 tháng, xảy ra 3 vụ ngừng việc tập thể tại thị xã Phú Mỹ với 1.150 công nhân tham gia; 2 vụ tai nạn lao động chết người.
Đồng chí Điểu Văn Thanh, người Chơ Ro, Chủ tịch Công đoàn các khu công nghiệp tỉnh, cho biết nhiều công nhân người Chơ Ro ở xã Châu Pha, xã Bàu Chinh làm việc thời vụ, chưa được đóng bảo hiểm. Đồng chí Trần Thị Thu Trang, Trưởng Ban Dân vận Tỉnh ủy, đề nghị tăng cường vai trò của tổ dân vận trong các khu nhà trọ ở phường Phú Mỹ, phường Tân Phước.
Kết luận, đồng chí Lâm Viết Hưng đề nghị Đảng đoàn LĐLĐ tỉnh tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Chương trình hành động số 45-CTr/TU của Tỉnh ủy; phối hợp Bảo hiểm xã hội tỉnh khởi kiện 10 doanh nghiệp nợ kéo dài; triển khai Kế hoạch số 318-KH/TU ngày 14/6/2024 về phát triển nhà ở xã hội cho công nhân, phấn đấu đến năm 2030 có ít nhất 20.000 căn hộ.
Ban Thường vụ Tỉnh ủy giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với LĐLĐ tỉnh kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 doanh nghiệp có đông lao động trong quý IV/2024. Chỉ thị số 31-CT/TU ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy về xây dựng quan hệ lao động hài hòa cũng sẽ được sơ kết vào cuối năm.
Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cơ bản thống nhất với báo cáo; đề nghị làm rõ thêm nguyên nhân doanh nghiệp nợ bảo hiểm xã hội kéo dài, trách nhiệm của các cơ quan quản lý nhà nước và vai trò giám sát của tổ chức công đoàn trong thời gian tới.
Mai Hương
Lượt xem: 3.120
Tin liên quan
- Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (19/07/2024)
- Trao 5 Mái ấm Công đoàn tại Châu Đức (12/07/2024)
- Công nhân được hỗ trợ vé xe về quê (08/02/2024)
""", "2024-07-26", "Ban Thường vụ Tỉnh ủy nghe báo cáo tình hình công nhân, lao động",
E("bao_cao", "2024-H1", "2024-07-25"),
[P("Lâm Viết Hưng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Hồng Nhung", "Bí thư Đảng đoàn", "Chủ tịch LĐLĐ tỉnh"),
 P("Điểu Văn Thanh", "Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Trần Thị Thu Trang", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15 khu công nghiệp", 15, "khu công nghiệp"), Q("khoảng 124.000 lao động", 124000, "lao động", "approx"),
 Q("9,6 triệu đồng", 9600000, "đồng"), Q("5,2%", 5.2, "%"), Q("7.480 đoàn viên", 7480, "đoàn viên"),
 Q("46 công đoàn cơ sở", 46, "công đoàn cơ sở"), Q("52 cuộc đối thoại định kỳ", 52, "cuộc đối thoại định kỳ"),
 Q("38.600 đoàn viên", 38600, "đoàn viên"), Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"),
 Q("214 doanh nghiệp", 214, "doanh nghiệp"), Q("87 tỷ đồng", 87000000000, "đồng"),
 Q("hơn 9.300 người lao động", 9300, "người lao động", "over"), Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"),
 Q("1.150 công nhân", 1150, "công nhân"), Q("2 vụ tai nạn lao động chết người", 2, "vụ tai nạn lao động chết người"),
 Q("10 doanh nghiệp", 10, "doanh nghiệp"), Q("ít nhất 20.000 căn hộ", 20000, "căn hộ", "over"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU"),
 D("Kế hoạch", "318", "KH/TU", "2024-06-14", None, "Kế hoạch số 318-KH/TU ngày 14/6/2024"),
 D("Chỉ thị", "31", "CT/TU", "2023-03-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 20/3/2023")],
[prov("Bà Rịa - Vũng Tàu"), com("Châu Pha"), com("Bàu Chinh"), com("Phú Mỹ"), com("Tân Phước")],
["BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Hôm nay: Thứ Bảy, 27/07/2024",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 3.120"],
["26/07/2024 - 17:10", "Hôm nay: Thứ Bảy, 27/07/2024", "6 tháng đầu năm 2024", "6 tháng đầu năm", "Trong 6 tháng",
 "năm 2030", "quý IV/2024", "Lượt xem: 3.120"]))

PAGES.append(page("b9502-kontum-ldld-tongket-2024", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ » Chính trị » Đoàn thể
Thứ Sáu, 07/03/2025, 08:20
Ảnh: Quang cảnh hội nghị.
Công đoàn Kon Tum triển khai nhiệm vụ năm 2025
Ngày 5/3, Liên đoàn Lao động tỉnh Kon Tum tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Y Thúy, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì; dự hội nghị có đồng chí A Pớt, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2024, các cấp công đoàn trong tỉnh đã kết nạp 2.360 đoàn viên, thành lập mới 21 công đoàn cơ sở, nâng tổng số đoàn viên toàn tỉnh lên 34.800 người. Chương trình "Tết Sum vầy" chăm lo cho 11.200 đoàn viên, người lao động với tổng kinh phí 5,4 tỷ đồng; các cấp công đoàn xây dựng, sửa chữa 27 Mái ấm Công đoàn, trong đó 15 căn cho đoàn viên người Xơ Đăng, Ba Na, Gia Rai ở các xã vùng sâu.
Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, công đoàn phối hợp vận động 640 lao động người dân tộc thiểu số tham gia học nghề; tổ chức 86 cuộc đối thoại tại nơi làm việc; ký kết 19 thỏa ước lao động tập thể. Công đoàn Viên chức tỉnh phối hợp tổ chức 3 lớp tập huấn tiếng Xơ Đăng cho 120 giáo viên.
Tại hội nghị, đồng chí Y Nhiên, Chủ tịch Công đoàn cơ sở Công ty TNHH MTV Cao su Kon Tum, cho biết do giá mủ cao su tăng, thu nhập bình quân của công nhân cao su năm 2024 đạt 7,3 triệu đồng/tháng, tăng khoảng 12% so với năm 2023. Đồng chí A Ngọc, Chủ tịch Công đoàn xã Đăk Hring, đề xuất hỗ trợ thêm kinh phí cho công đoàn cơ sở ở các xã đặc biệt khó khăn.
Phát biểu chỉ đạo, đồng chí A Pớt đánh giá cao kết quả của tổ chức Công đoàn; đề nghị năm 2025 các cấp công đoàn quán triệt Kết luận số 121-KL/TW của Ban Chấp hành Trung ương, chủ động sắp xếp tổ chức bộ máy tinh gọn; thực hiện tốt Kế hoạch số 36-KH/LĐLĐ ngày 20/02/2025 của LĐLĐ tỉnh về chăm lo đoàn viên ở vùng đồng bào dân tộc thiểu số.
Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp ít nhất 2.000 đoàn viên, xây dựng 20 Mái ấm Công đoàn, 100% công đoàn cơ sở doanh nghiệp tổ chức hội nghị người lao động.
Các đại biểu cũng thảo luận về việc sắp xếp, tinh gọn bộ máy công đoàn cấp huyện theo chủ trương chung, bảo đảm không để gián đoạn hoạt động chăm lo cho đoàn viên; đề nghị Tổng Liên đoàn có hướng dẫn cụ thể về quản lý tài chính, tài sản công đoàn trong quá trình sắp xếp, đồng thời quan tâm chế độ đối với cán bộ công đoàn chuyên trách dôi dư.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng cờ thi đua cho 2 tập thể; LĐLĐ tỉnh tặng bằng khen cho 17 tập thể, 28 cá nhân.
Y Lan
Lượt xem: 845
Tin liên quan
- Gặp mặt công nhân cao su đầu xuân Ất Tỵ (10/02/2025)
- LĐLĐ tỉnh trao 500 suất quà Tết (20/01/2025)
- Đăk Hà: khánh thành 2 Mái ấm Công đoàn (05/12/2024)
""", "2025-03-07", "Công đoàn Kon Tum triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-03-05"),
[P("Y Thúy", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("A Pớt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Nhiên", "Chủ tịch Công đoàn cơ sở Công ty TNHH MTV Cao su Kon Tum"),
 P("A Ngọc", "Chủ tịch Công đoàn xã Đăk Hring")],
[Q("2.360 đoàn viên", 2360, "đoàn viên"), Q("21 công đoàn cơ sở", 21, "công đoàn cơ sở"), Q("34.800 người", 34800, "người"),
 Q("11.200 đoàn viên, người lao động", 11200, "đoàn viên, người lao động"), Q("5,4 tỷ đồng", 5400000000, "đồng"),
 Q("27 Mái ấm Công đoàn", 27, "Mái ấm Công đoàn"), Q("15 căn", 15, "căn"),
 Q("640 lao động người dân tộc thiểu số", 640, "lao động người dân tộc thiểu số"), Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
 Q("19 thỏa ước lao động tập thể", 19, "thỏa ước lao động tập thể"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("120 giáo viên", 120, "giáo viên"), Q("7,3 triệu đồng", 7300000, "đồng"), Q("khoảng 12%", 12, "%", "approx"),
 Q("ít nhất 2.000 đoàn viên", 2000, "đoàn viên", "over"), Q("20 Mái ấm Công đoàn", 20, "Mái ấm Công đoàn"), Q("100%", 100, "%"),
 Q("2 tập thể", 2, "tập thể"), Q("17 tập thể", 17, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW"),
 D("Kế hoạch", "36", "KH/LĐLĐ", "2025-02-20", "LĐLĐ tỉnh", "Kế hoạch số 36-KH/LĐLĐ ngày 20/02/2025")],
[prov("Kon Tum"), com("Đăk Hring")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ » Chính trị » Đoàn thể", "Ảnh: Quang cảnh hội nghị.", "Tết Sum vầy", "Lượt xem: 845"],
["Thứ Sáu, 07/03/2025, 08:20", "năm 2024", "năm 2025", "năm 2023", "Lượt xem: 845"]))
