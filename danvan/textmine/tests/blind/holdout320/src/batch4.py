from lib import *
PAGES = []

PAGES.append(page("b7655-quangninh-cdkcn-giaoban-q1-2024", """
BÁO QUẢNG NINH
Thứ Sáu, 05/04/2024 - 08:30
Chính trị | Công đoàn | Đời sống công nhân
You are here: Trang chủ / Công đoàn
Đồng chí Vũ Thị Hồng Lan chủ trì hội nghị.
Quý đầu năm, 23 doanh nghiệp tăng hỗ trợ tiền nhà cho công nhân
Sáng 4/4, Công đoàn Khu kinh tế tỉnh Quảng Ninh tổ chức giao ban công tác công đoàn quý I/2024 với chủ tịch công đoàn cơ sở tại các KCN Cái Lân, Việt Hưng, Đông Mai, Sông Khoai, Texhong Hải Hà. Đồng chí Vũ Thị Hồng Lan, Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh, Chủ tịch Công đoàn Khu kinh tế tỉnh chủ trì.
Theo báo cáo, quý I, Công đoàn Khu kinh tế kết nạp 1.870 đoàn viên mới, thành lập 4 công đoàn cơ sở; 23 doanh nghiệp đã điều chỉnh tăng phụ cấp nhà ở, đi lại cho công nhân, mức tăng phổ biến 100.000 - 200.000 đồng/người/tháng. Dịp Tết Nguyên đán Giáp Thìn, công đoàn các cấp đã trao 4.150 suất quà Tết và hỗ trợ 620 vé xe, vé tàu cho công nhân về quê, tổng kinh phí trên 3,2 tỷ đồng.
Về nhà ở, khu nhà ở công nhân tại phường Đông Mai đã bố trí cho 1.350 công nhân thuê; dự án nhà ở xã hội tại xã Sông Khoai với 2.100 căn đang được đẩy nhanh tiến độ, dự kiến bàn giao giai đoạn 1 vào cuối năm. Tuy vậy, quanh KCN Texhong Hải Hà ở xã Quảng Minh vẫn còn khoảng 2.600 công nhân, phần đông là người Dao, người Sán Dìu, phải thuê trọ trong nhà dân.
Đại diện Công đoàn cơ sở Công ty TNHH Khoa học Kỹ thuật Texhong Ngân Long, ông Triệu Văn Dụng, cho biết công đoàn đang thương lượng để doanh nghiệp cải tạo 2 dãy ký túc xá với 240 phòng. Bà Hoàng Thị Loan, Chủ tịch UBND xã Quảng Minh, đề nghị doanh nghiệp phối hợp với xã quản lý lao động tạm trú, tránh phát sinh tệ nạn tại khu trọ.
Các ý kiến cũng kiến nghị tỉnh sớm hoàn thành quy hoạch các khu nhà ở công nhân gắn với thiết chế văn hóa theo Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 58/KH-UBND của UBND tỉnh thực hiện Quyết định 338/QĐ-TTg.
Kết luận hội nghị, đồng chí Vũ Thị Hồng Lan giao nhiệm vụ quý II: tổ chức Tháng Công nhân năm 2024 với chủ đề "Đoàn viên là trung tâm – Công đoàn vì đoàn viên"; tổ chức ít nhất 12 cuộc đối thoại tại doanh nghiệp; rà soát nhu cầu thuê, mua nhà ở xã hội của đoàn viên; phối hợp với công an các phường Cái Lân, Đại Yên kiểm tra an toàn phòng cháy tại 30 khu trọ.
Hội nghị cũng thống nhất lập nhóm Zalo giữa chủ tịch công đoàn cơ sở để kịp thời trao đổi thông tin về đời sống, nơi ở của công nhân.
Thu Hà
Tin liên quan
- Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn (18/03/2024)
- Chuyến xe Tết đưa công nhân về quê (02/02/2024)
- Tổng kết công tác công đoàn năm 2023 (10/01/2024)
""", "2024-04-05", "Quý đầu năm, 23 doanh nghiệp tăng hỗ trợ tiền nhà cho công nhân",
E("giao_ban", "2024-Q1", "2024-04-04"),
[P("Vũ Thị Hồng Lan", "Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh", "Chủ tịch Công đoàn Khu kinh tế tỉnh"),
 P("Triệu Văn Dụng", "Đại diện Công đoàn cơ sở Công ty TNHH Khoa học Kỹ thuật Texhong Ngân Long"),
 P("Hoàng Thị Loan", "Chủ tịch UBND xã Quảng Minh")],
[Q("23 doanh nghiệp", 23, "doanh nghiệp"), Q("1.870 đoàn viên mới", 1870, "đoàn viên mới"),
 Q("4 công đoàn cơ sở", 4, "công đoàn cơ sở"), Q("100.000 - 200.000 đồng/người/tháng", 100000, "đồng"),
 Q("200.000 đồng/người/tháng", 200000, "đồng"), Q("4.150 suất quà", 4150, "suất quà"),
 Q("620 vé xe, vé tàu", 620, "vé xe, vé tàu"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("1.350 công nhân", 1350, "công nhân"), Q("2.100 căn", 2100, "căn"),
 Q("khoảng 2.600 công nhân", 2600, "công nhân", "approx"), Q("2 dãy ký túc xá", 2, "dãy ký túc xá"),
 Q("240 phòng", 240, "phòng"), Q("ít nhất 12 cuộc đối thoại", 12, "cuộc đối thoại", "over"), Q("30 khu trọ", 30, "khu trọ")],
[D("Nghị quyết", "15", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 15-NQ/TU"),
 D("Kế hoạch", "58", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 58/KH-UBND"),
 D("Quyết định", "338", "QĐ-TTg", None, None, "Quyết định 338/QĐ-TTg")],
[prov("Quảng Ninh"), com("Đông Mai"), com("Sông Khoai"), com("Quảng Minh"), com("Cái Lân"), com("Đại Yên")],
["BÁO QUẢNG NINH", "Chính trị | Công đoàn | Đời sống công nhân", "You are here: Trang chủ / Công đoàn",
 "Đồng chí Vũ Thị Hồng Lan chủ trì hội nghị.", "Đoàn viên là trung tâm – Công đoàn vì đoàn viên", "Dao", "Sán Dìu", "Zalo"],
["Thứ Sáu, 05/04/2024 - 08:30", "quý I/2024", "quý II", "Giáp Thìn", "giai đoạn 1", "năm 2024"]))

PAGES.append(page("b7656-hochiminh-chandung-congnhan-nhatro-2024", """
Báo Người Lao Động điện tử
Công đoàn > Chăm lo đoàn viên
02/03/2024 06:00
Chị Lê Thị Bé Năm trong căn phòng trọ ở phường Tân Thuận Đông. Ảnh: Hoàng Triều
Từ căn phòng trọ 9 m2 đến ước mơ nhà ở xã hội
Gần 20 năm làm công nhân ở Khu chế xuất Tân Thuận, chị Lê Thị Bé Năm (quê Sóc Trăng) vẫn sống trong căn phòng trọ chừng 9 m2 ở phường Tân Thuận Đông, quận 7, TP Hồ Chí Minh. Ước mơ lớn nhất của chị là một căn hộ nhà ở xã hội để đón mẹ già lên ở cùng.
Đầu năm 2024, căn phòng của chị có giá thuê 1,8 triệu đồng/tháng, chưa kể tiền điện, nước khoảng 400.000 đồng. Thu nhập của chị, tổ trưởng chuyền may tại Công ty TNHH Quốc tế Đức Tín, được khoảng 9 triệu đồng/tháng cả tăng ca. "Trừ tiền trọ, gửi về quê, nuôi con học lớp 8, tháng nào dư được 500.000 đồng là mừng lắm", chị nói.
Theo Liên đoàn Lao động TP Hồ Chí Minh, thành phố có khoảng 1,3 triệu công nhân làm việc tại 17 khu chế xuất, khu công nghiệp và khu công nghệ cao, trong đó hơn 60% phải thuê nhà. Năm 2023, các cấp công đoàn đã hỗ trợ xây, sửa 180 "Mái ấm Công đoàn"; Thành phố triển khai Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ với chỉ tiêu khoảng 69.700 căn hộ nhà ở xã hội đến năm 2030.
Ông Nguyễn Văn Đông, Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố, cho biết công đoàn đã đề xuất thành phố dành quỹ đất tại xã Phạm Văn Hai và xã Lê Minh Xuân để xây nhà ở cho công nhân thuê. Theo ông, thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị và Chương trình hành động số 41-CTr/TU của Thành ủy, công đoàn lấy nhà ở là một trong những ưu tiên chăm lo đoàn viên.
Bà Trần Thị Thu Hà, Chủ tịch Công đoàn cơ sở Công ty TNHH Quốc tế Đức Tín, kể công đoàn công ty đã vận động chủ trọ giảm 200.000 đồng tiền phòng cho 35 công nhân nữ nuôi con một mình, trong đó có chị Bé Năm. Năm ngoái, chị được tặng danh hiệu "Công nhân giỏi" và nhận 2 triệu đồng tiền thưởng.
Những ngày cuối tuần, căn phòng nhỏ của chị Bé Năm là nơi tụ họp của mấy chị em cùng chuyền. Họ cùng nhau tìm hiểu thủ tục đăng ký mua nhà ở xã hội qua tổ tư vấn của công đoàn. "Biết là còn xa, nhưng có hy vọng", chị cười.
Chị cũng là một trong 12 thành viên tổ tự quản nhà trọ của khu phố, thường xuyên nhắc nhở người thuê trọ giữ vệ sinh, phòng cháy; những người mới đến chị đều chỉ cách đăng ký tạm trú, cách tìm đến công đoàn khi gặp khó khăn.
Hoàng Triều
Tin khác
- Ra mắt tổ tư vấn nhà ở xã hội cho công nhân (25/02/2024)
- Chuyến xe Tết ấm áp của công nhân miền Tây (05/02/2024)
- Công nhân Khu chế xuất Linh Trung được giảm giá phòng trọ (20/01/2024)
""", "2024-03-02", "Từ căn phòng trọ 9 m2 đến ước mơ nhà ở xã hội",
E("khac", None, None),
[P("Lê Thị Bé Năm", "tổ trưởng chuyền may tại Công ty TNHH Quốc tế Đức Tín"),
 P("Nguyễn Văn Đông", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố"),
 P("Trần Thị Thu Hà", "Chủ tịch Công đoàn cơ sở Công ty TNHH Quốc tế Đức Tín")],
[Q("9 m2", 9, "m2"), Q("1,8 triệu đồng/tháng", 1800000, "đồng"), Q("khoảng 400.000 đồng", 400000, "đồng", "approx"),
 Q("khoảng 9 triệu đồng/tháng", 9000000, "đồng", "approx"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 1,3 triệu công nhân", 1300000, "công nhân", "approx"),
 Q("17 khu chế xuất, khu công nghiệp và khu công nghệ cao", 17, "khu chế xuất, khu công nghiệp và khu công nghệ cao"),
 Q("hơn 60%", 60, "%", "over"), Q("180 \"Mái ấm Công đoàn\"", 180, "Mái ấm Công đoàn"),
 Q("khoảng 69.700 căn hộ nhà ở xã hội", 69700, "căn hộ nhà ở xã hội", "approx"),
 Q("200.000 đồng", 200000, "đồng"), Q("35 công nhân nữ", 35, "công nhân nữ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("12 thành viên", 12, "thành viên")],
[D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 3/4/2023"),
 D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW"),
 D("Chương trình hành động", "41", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 41-CTr/TU")],
[prov("Hồ Chí Minh"), prov("Sóc Trăng"), com("Tân Thuận Đông"), com("Phạm Văn Hai"), com("Lê Minh Xuân")],
["Báo Người Lao Động điện tử", "Công đoàn > Chăm lo đoàn viên",
 "Chị Lê Thị Bé Năm trong căn phòng trọ ở phường Tân Thuận Đông. Ảnh: Hoàng Triều", "Sóc Trăng", "Mái ấm Công đoàn",
 "Công nhân giỏi"],
["02/03/2024 06:00", "Gần 20 năm", "Đầu năm 2024", "lớp 8", "Năm 2023", "năm 2030", "quận 7"]))

PAGES.append(page("b7657-thaibinh-tetsumvay-traoqua-2025", """
THÁI BÌNH ONLINE - Cổng thông tin của Đảng bộ và chính quyền tỉnh Thái Bình
Xã hội › Lao động - Việc làm
20-01-2025 19:40
Trao quà cho công nhân khó khăn tại chương trình. Ảnh: Minh Nguyệt
"Tết Sum vầy" 2025: 2.500 suất quà đến với công nhân các khu công nghiệp
Sáng 19/1, tại Nhà văn hóa công nhân KCN Liên Hà Thái, Liên đoàn Lao động tỉnh Thái Bình tổ chức chương trình "Tết Sum vầy - Xuân Ất Tỵ 2025" cho đoàn viên, công nhân lao động các khu công nghiệp.
Tham dự có đồng chí Nguyễn Khắc Thuần, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Phạm Văn Chiến, Đặng Thị Thu Trang; đồng chí Lê Văn Cảnh, Trưởng Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh.
Dịp Tết Ất Tỵ, các cấp công đoàn tỉnh trao 2.500 suất quà, mỗi suất trị giá 1 triệu đồng, cho công nhân có hoàn cảnh khó khăn; riêng tại chương trình trao 350 suất. Công đoàn cũng hỗ trợ 40 chuyến xe đưa hơn 1.600 công nhân quê ở Hà Giang, Lào Cai, Thanh Hóa về đón Tết; tổ chức "Phiên chợ Tết Công đoàn" với 35 gian hàng, phát 5.000 phiếu mua hàng trị giá 200.000 đồng.
Thái Bình hiện có khoảng 60.000 công nhân làm việc tại các KCN Phúc Khánh, Tiền Hải, Liên Hà Thái, Gia Lễ và Khu kinh tế Thái Bình. Nhu cầu nhà ở ngày càng lớn khi các doanh nghiệp dệt may, điện tử mới đi vào hoạt động; tại xã Thái Thọ và xã Đông Cơ, giá phòng trọ tăng khoảng 15% so với năm trước. Theo kế hoạch 128/KH-UBND của UBND tỉnh triển khai Nghị định 100/2024/NĐ-CP, đến năm 2030 tỉnh phấn đấu hoàn thành 8.650 căn nhà ở xã hội, ưu tiên cho công nhân khu công nghiệp.
Phát biểu tại chương trình, đồng chí Nguyễn Khắc Thuần ghi nhận tổ chức Công đoàn đã chăm lo thiết thực cho người lao động; đề nghị các doanh nghiệp trả lương, thưởng Tết đầy đủ, đúng hạn. Năm nay, thưởng Tết bình quân tại doanh nghiệp FDI trong các KCN đạt 8,2 triệu đồng/người, cao nhất 96 triệu đồng.
Chị Phạm Thị Xuyến, công nhân Công ty TNHH Dệt may Liên Hà, một mình nuôi 2 con ở trọ tại xã Thụy Trình, chia sẻ: "Năm nay chưa về quê được, có quà Tết của công đoàn, mẹ con cũng có cái Tết đủ đầy".
Ngoài quà, chương trình còn có các tiết mục văn nghệ do chính công nhân biểu diễn, trò chơi dân gian và gian hàng miễn phí cho con em công nhân, tạo không khí Tết ấm áp ngay tại khu công nghiệp.
Nhiều doanh nghiệp trong các khu công nghiệp cũng tổ chức tất niên, tặng quà riêng cho công nhân, bố trí xe đưa đón người lao động về quê và đón trở lại làm việc sau kỳ nghỉ Tết.
Minh Nguyệt
Tin liên quan
- Bàn giao 10 Mái ấm Công đoàn trước Tết (10/01/2025)
- Liên đoàn Lao động tỉnh tổng kết năm 2024 (06/01/2025)
- Thưởng Tết ở các doanh nghiệp khu công nghiệp (28/12/2024)
""", "2025-01-20", "\"Tết Sum vầy\" 2025: 2.500 suất quà đến với công nhân các khu công nghiệp",
E("trao_qua", None, "2025-01-19"),
[P("Nguyễn Khắc Thuần", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phạm Văn Chiến", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đặng Thị Thu Trang", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Văn Cảnh", "Trưởng Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh"),
 P("Phạm Thị Xuyến", "công nhân Công ty TNHH Dệt may Liên Hà")],
[Q("2.500 suất quà", 2500, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("350 suất", 350, "suất"),
 Q("40 chuyến xe", 40, "chuyến xe"), Q("hơn 1.600 công nhân", 1600, "công nhân", "over"),
 Q("35 gian hàng", 35, "gian hàng"), Q("5.000 phiếu mua hàng", 5000, "phiếu mua hàng"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 60.000 công nhân", 60000, "công nhân", "approx"), Q("khoảng 15%", 15, "%", "approx"),
 Q("8.650 căn nhà ở xã hội", 8650, "căn nhà ở xã hội"), Q("8,2 triệu đồng/người", 8200000, "đồng"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("2 con", 2, "con")],
[D("Kế hoạch", "128", "KH-UBND", None, "UBND tỉnh", "kế hoạch 128/KH-UBND"),
 D("Nghị định", "100", "2024/NĐ-CP", None, None, "Nghị định 100/2024/NĐ-CP")],
[prov("Thái Bình"), prov("Hà Giang"), prov("Lào Cai"), prov("Thanh Hóa"), com("Thái Thọ"), com("Đông Cơ"), com("Thụy Trình")],
["THÁI BÌNH ONLINE - Cổng thông tin của Đảng bộ và chính quyền tỉnh Thái Bình", "Xã hội › Lao động - Việc làm",
 "Trao quà cho công nhân khó khăn tại chương trình. Ảnh: Minh Nguyệt", "Tết Sum vầy - Xuân Ất Tỵ 2025",
 "Phiên chợ Tết Công đoàn", "Hà Giang", "Lào Cai", "Thanh Hóa"],
["20-01-2025 19:40", "Tết Ất Tỵ", "Ất Tỵ 2025", "năm 2030", "Năm nay"]))

PAGES.append(page("b7658-vinhlong-ldld-giaoban-thang9-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thứ Tư, 08/10/2025
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Giao ban tháng 9: tập trung chăm lo nhà ở cho công nhân sau hợp nhất
Các đại biểu dự giao ban tại điểm cầu phường Phú Khương.
Ngày 7/10, Liên đoàn Lao động tỉnh Vĩnh Long tổ chức giao ban công tác công đoàn tháng 9/2025, kết nối trực tuyến với 3 điểm cầu tại phường Phú Khương, phường Long Châu và phường Trà Vinh. Chủ trì có đồng chí Thạch Thị Kim Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh.
Sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, Liên đoàn Lao động tỉnh quản lý hơn 1.900 công đoàn cơ sở với khoảng 236.000 đoàn viên; riêng các KCN Giao Long, An Hiệp, Hòa Phú, Bình Minh, Long Đức có gần 95.000 lao động. Trong tháng 9, công đoàn kết nạp 2.140 đoàn viên, thành lập 6 công đoàn cơ sở; hỗ trợ 27 đoàn viên bị tai nạn lao động, ốm đau với số tiền 81 triệu đồng.
Thực hiện Luật Công đoàn số 50/2024/QH15 có hiệu lực từ ngày 1/7/2025, công đoàn cơ sở được hướng dẫn sử dụng kinh phí để hỗ trợ đoàn viên thuê nhà. Tại xã Giao Long và phường Long Đức, 14 công đoàn cơ sở đã thương lượng thành công mức hỗ trợ tiền nhà từ 300.000 - 500.000 đồng/tháng. Dự án nhà ở xã hội 1.032 căn tại phường Phú Khương đã khởi công theo Nghị quyết 201/2025/QH15 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển nhà ở xã hội.
Tại giao ban, đồng chí Nguyễn Văn Bé Tư, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Mỹ Phong, phản ánh công nhân ở trọ tại xã Long Đức chưa được hướng dẫn thủ tục đăng ký mua nhà ở xã hội; bà Kim Thị Sô Phia, cán bộ Ban Quan hệ lao động Liên đoàn Lao động tỉnh, đề xuất lập tổ tư vấn nhà ở tại 5 khu công nghiệp.
Kết luận giao ban, đồng chí Thạch Thị Kim Thủy yêu cầu tháng 10 triển khai Kế hoạch số 17-KH/TU, 18-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy; hoàn thành rà soát nhu cầu nhà ở của đoàn viên trước ngày 31/10/2025; vận động ít nhất 50 chủ nhà trọ tham gia mô hình "Nhà trọ công nhân an toàn, văn minh".
Các đơn vị cũng được đề nghị chuẩn bị tốt các hoạt động kỷ niệm Ngày Phụ nữ Việt Nam cho nữ công nhân, chú ý những chị em đang thuê trọ, nuôi con nhỏ.
Sau hợp nhất, nhiều công đoàn cơ sở có sự thay đổi về địa bàn, cán bộ; Liên đoàn Lao động tỉnh đề nghị các đơn vị sớm ổn định tổ chức, không để gián đoạn việc chăm lo đoàn viên.
Phương Nghi
Tin cùng chuyên mục
- Ra mắt Liên đoàn Lao động tỉnh Vĩnh Long sau hợp nhất (02/07/2025)
- Trao 20 Mái ấm Công đoàn tại Trà Vinh (20/06/2025)
- Công nhân KCN Giao Long được khám sức khỏe miễn phí (10/06/2025)
""", "2025-10-08", "Giao ban tháng 9: tập trung chăm lo nhà ở cho công nhân sau hợp nhất",
E("giao_ban", "2025-09", "2025-10-07"),
[P("Thạch Thị Kim Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Mỹ Phong"),
 P("Kim Thị Sô Phia", "cán bộ Ban Quan hệ lao động Liên đoàn Lao động tỉnh")],
[Q("3 điểm cầu", 3, "điểm cầu"), Q("3 tỉnh", 3, "tỉnh"), Q("hơn 1.900 công đoàn cơ sở", 1900, "công đoàn cơ sở", "over"),
 Q("khoảng 236.000 đoàn viên", 236000, "đoàn viên", "approx"), Q("gần 95.000 lao động", 95000, "lao động", "approx"),
 Q("2.140 đoàn viên", 2140, "đoàn viên"), Q("6 công đoàn cơ sở", 6, "công đoàn cơ sở"),
 Q("27 đoàn viên", 27, "đoàn viên"), Q("81 triệu đồng", 81000000, "đồng"), Q("14 công đoàn cơ sở", 14, "công đoàn cơ sở"),
 Q("300.000 - 500.000 đồng/tháng", 300000, "đồng"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("1.032 căn", 1032, "căn"),
 Q("5 khu công nghiệp", 5, "khu công nghiệp"), Q("ít nhất 50 chủ nhà trọ", 50, "chủ nhà trọ", "over")],
[D("Luật", "50", "2024/QH15", None, None, "Luật Công đoàn số 50/2024/QH15"),
 D("Nghị quyết", "201", "2025/QH15", None, "Quốc hội", "Nghị quyết 201/2025/QH15"),
 D("Kế hoạch", "17", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU, 18-KH/TU"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 17-KH/TU, 18-KH/TU"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Phú Khương"), com("Long Châu"), com("Trà Vinh"),
 com("Giao Long"), com("Long Đức")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Các đại biểu dự giao ban tại điểm cầu phường Phú Khương.", "Nhà trọ công nhân an toàn, văn minh", "Ngày Phụ nữ Việt Nam"],
["Thứ Tư, 08/10/2025", "tháng 9/2025", "tháng 10", "ngày 1/7/2025", "ngày 31/10/2025"]))

PAGES.append(page("b7659-lamdong-ldld-tongket-2025", """
LÂM ĐỒNG ONLINE
14.01.2026 | 10:15
Thời sự | Công đoàn - Lao động
Liên đoàn Lao động tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026
Toàn cảnh hội nghị.
Ngày 13/1, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác công đoàn năm 2025 – năm đầu tiên hoạt động sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự hội nghị có đồng chí Ka Hòa Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Y Bhin Niê, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, toàn tỉnh phát triển 7.320 đoàn viên, thành lập 41 công đoàn cơ sở; tổ chức 1.150 hội nghị người lao động. Chương trình "Tết Sum vầy" và "Tháng Công nhân" đã chăm lo cho hơn 32.000 lượt đoàn viên với tổng kinh phí khoảng 19,6 tỷ đồng. Các cấp công đoàn xây mới, sửa chữa 64 "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở, mỗi căn được hỗ trợ 50 - 80 triệu đồng.
Tại các KCN Hàm Kiệm, Phan Thiết, Lộc Sơn, Nhân Cơ, nhu cầu nhà ở của công nhân vẫn lớn. Công đoàn đã phối hợp khảo sát 3.400 công nhân ở trọ tại xã Hàm Kiệm, phường Phan Thiết, phường Bảo Lộc 1 và xã Nhân Cơ; 58% người được hỏi có nhu cầu thuê nhà ở xã hội. Dự án nhà ở công nhân 480 căn gần KCN Hàm Kiệm đã được UBND tỉnh chấp thuận chủ trương đầu tư theo Nghị định 100/2024/NĐ-CP và Nghị quyết 201/2025/QH15.
Nhiều điển hình được biểu dương: Công đoàn Công ty cổ phần Nhôm Đắk Nông thương lượng đưa khoản hỗ trợ nhà ở 600.000 đồng/tháng vào thỏa ước; công đoàn một số doanh nghiệp chế biến thủy sản ở Bình Thuận cũ vận động xây khu nhà lưu trú cho 200 công nhân. Chị Điểu Thị Huyền, người Mnông, công nhân Công ty cổ phần Nhôm Đắk Nông, được Tổng Liên đoàn tặng Bằng khen.
Phát biểu chỉ đạo, đồng chí Y Bhin Niê đề nghị công đoàn các cấp thực hiện tốt Quy định số 295-QĐ/TW của Ban Bí thư, Chỉ thị 37-CT/TW về quan hệ lao động; phối hợp với chính quyền các xã, phường mới nắm chắc nơi ở của công nhân, nhất là lao động người dân tộc thiểu số mới ra làm việc tại khu công nghiệp.
Năm 2026, Liên đoàn Lao động tỉnh phấn đấu phát triển 8.000 đoàn viên; ít nhất 70% công đoàn cơ sở doanh nghiệp thương lượng được khoản hỗ trợ nhà ở; hoàn thành 100 "Mái ấm Công đoàn". Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 26 tập thể và 45 cá nhân có thành tích xuất sắc.
Hội nghị cũng thảo luận, góp ý vào chương trình công tác năm 2026, tập trung vào đổi mới nội dung, phương thức hoạt động công đoàn ở địa bàn mới sắp xếp.
Ngọc Ánh
Lượt xem: 1.488
Tin liên quan
- Chương trình Tết Sum vầy Xuân Bính Ngọ 2026 (10/01/2026)
- Trao 30 Mái ấm Công đoàn tại Bảo Lộc (26/12/2025)
- Đối thoại với công nhân KCN Hàm Kiệm (12/12/2025)
""", "2026-01-14", "Liên đoàn Lao động tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Ka Hòa Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Y Bhin Niê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Huyền", "công nhân Công ty cổ phần Nhôm Đắk Nông")],
[Q("3 tỉnh", 3, "tỉnh"), Q("7.320 đoàn viên", 7320, "đoàn viên"), Q("41 công đoàn cơ sở", 41, "công đoàn cơ sở"),
 Q("1.150 hội nghị người lao động", 1150, "hội nghị người lao động"),
 Q("hơn 32.000 lượt đoàn viên", 32000, "lượt đoàn viên", "over"), Q("khoảng 19,6 tỷ đồng", 19600000000, "đồng", "approx"),
 Q("64 \"Mái ấm Công đoàn\"", 64, "Mái ấm Công đoàn"), Q("50 - 80 triệu đồng", 50000000, "đồng"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("3.400 công nhân", 3400, "công nhân"), Q("58%", 58, "%"),
 Q("480 căn", 480, "căn"), Q("600.000 đồng/tháng", 600000, "đồng"), Q("200 công nhân", 200, "công nhân"),
 Q("8.000 đoàn viên", 8000, "đoàn viên"), Q("ít nhất 70%", 70, "%", "over"),
 Q("100 \"Mái ấm Công đoàn\"", 100, "Mái ấm Công đoàn"), Q("26 tập thể", 26, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Nghị định", "100", "2024/NĐ-CP", None, None, "Nghị định 100/2024/NĐ-CP"),
 D("Nghị quyết", "201", "2025/QH15", None, None, "Nghị quyết 201/2025/QH15"),
 D("Quy định", "295", "QĐ/TW", None, "Ban Bí thư", "Quy định số 295-QĐ/TW"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị 37-CT/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Hàm Kiệm"), com("Phan Thiết"), com("Bảo Lộc 1"),
 com("Nhân Cơ")],
["LÂM ĐỒNG ONLINE", "Thời sự | Công đoàn - Lao động", "Toàn cảnh hội nghị.", "Tết Sum vầy", "Tháng Công nhân",
 "Mái ấm Công đoàn", "Mnông", "Lượt xem: 1.488"],
["14.01.2026 | 10:15", "năm 2025", "năm đầu tiên", "Năm 2026", "năm 2026", "Lượt xem: 1.488"]))

PAGES.append(page("b7660-gialai-doithoai-congnhan-2026", """
Thứ Năm, 23/04/2026
BÁO GIA LAI ĐIỆN TỬ
Xã hội > Lao động - Việc làm
Ngày 22/04/2026 | 09:00
Ảnh: Quang cảnh buổi đối thoại tại phường Quy Nhơn Đông.
Chủ tịch UBND tỉnh đối thoại với công nhân Khu kinh tế Nhơn Hội về nhà ở, nhà trẻ
Chiều 21/4, tại phường Quy Nhơn Đông, UBND tỉnh Gia Lai phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2026, hưởng ứng Tháng Công nhân. Chủ trì có đồng chí Hồ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Rah Lan Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh.
Khu kinh tế Nhơn Hội và các KCN Phú Tài, Long Mỹ, Trà Đa hiện có hơn 72.000 lao động, trong đó khoảng 41% ở trọ. Trước hội nghị, Liên đoàn Lao động tỉnh đã tổng hợp 68 ý kiến, kiến nghị, trong đó 26 ý kiến liên quan nhà ở, nhà trẻ.
Chị Siu H'Nhi, người Jrai, công nhân Công ty cổ phần Gỗ Trà Đa ở phường Thống Nhất, kiến nghị tỉnh có nhà trẻ gần khu công nghiệp. Anh Võ Văn Hậu, công nhân Công ty TNHH Điện gió Nhơn Hội, hỏi về thời gian mở bán dự án nhà ở xã hội tại phường Quy Nhơn Bắc. Trả lời, ông Lê Anh Quân, Giám đốc Sở Xây dựng, cho biết dự án có 1.480 căn, đang mở đăng ký đợt 1 với 520 căn, giá bán dự kiến khoảng 15,8 triệu đồng/m2; năm 2026 tỉnh khởi công thêm 4 dự án với tổng số 3.900 căn.
Bà Nguyễn Thị Ngọc Dung, Giám đốc Sở Nội vụ, thông tin từ ngày 1/1/2026 lương tối thiểu vùng tăng khoảng 7,2%; đề nghị công đoàn giám sát doanh nghiệp điều chỉnh phụ cấp nhà ở tương ứng. Ông Đinh Văn Hùng, Chủ tịch UBND xã Tuy Phước, cam kết rà soát 46 khu trọ, yêu cầu chủ trọ thu tiền điện đúng giá.
Kết luận đối thoại, đồng chí Hồ Văn Minh giao các sở trả lời bằng văn bản 42 kiến nghị còn lại trước ngày 15/5; chỉ đạo triển khai Kế hoạch số 36/KH-UBND về phát triển nhà ở xã hội năm 2026, Quyết định số 444/QĐ-UBND về quỹ đất xây dựng nhà trẻ, thiết chế văn hóa cho công nhân. Đồng chí cũng đề nghị doanh nghiệp dành tối thiểu 30 triệu đồng mỗi năm cho quỹ hỗ trợ nhà ở đoàn viên.
Buổi đối thoại diễn ra cởi mở, thẳng thắn; nhiều câu hỏi được trả lời ngay tại chỗ.
Cũng tại hội nghị, Liên đoàn Lao động tỉnh trao 100 suất quà, mỗi suất 1,5 triệu đồng, cho công nhân khó khăn về nhà ở.
Nhiều công nhân cho biết hài lòng vì được lãnh đạo tỉnh trực tiếp lắng nghe, trả lời những vấn đề thiết thân, nhất là chuyện chỗ ở và nơi gửi con nhỏ trong giờ làm việc.
Hải Đăng
Lượt xem: 2.076
Các tin khác
- Khai mạc Tháng Công nhân năm 2026 (01/04/2026)
- Trao 15 Mái ấm Công đoàn cho đoàn viên (20/03/2026)
- Công đoàn Khu kinh tế Nhơn Hội tổng kết năm 2025 (15/01/2026)
""", "2026-04-22", "Chủ tịch UBND tỉnh đối thoại với công nhân Khu kinh tế Nhơn Hội về nhà ở, nhà trẻ",
E("doi_thoai", "2026", "2026-04-21"),
[P("Hồ Văn Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Rah Lan Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Siu H'Nhi", "công nhân Công ty cổ phần Gỗ Trà Đa"),
 P("Võ Văn Hậu", "công nhân Công ty TNHH Điện gió Nhơn Hội"),
 P("Lê Anh Quân", "Giám đốc Sở Xây dựng"),
 P("Nguyễn Thị Ngọc Dung", "Giám đốc Sở Nội vụ"),
 P("Đinh Văn Hùng", "Chủ tịch UBND xã Tuy Phước")],
[Q("hơn 72.000 lao động", 72000, "lao động", "over"), Q("khoảng 41%", 41, "%", "approx"),
 Q("68 ý kiến, kiến nghị", 68, "ý kiến, kiến nghị"), Q("26 ý kiến", 26, "ý kiến"), Q("1.480 căn", 1480, "căn"),
 Q("520 căn", 520, "căn"), Q("khoảng 15,8 triệu đồng/m2", 15800000, "đồng", "approx"), Q("4 dự án", 4, "dự án"),
 Q("3.900 căn", 3900, "căn"), Q("khoảng 7,2%", 7.2, "%", "approx"), Q("46 khu trọ", 46, "khu trọ"),
 Q("42 kiến nghị", 42, "kiến nghị"), Q("tối thiểu 30 triệu đồng", 30000000, "đồng"),
 Q("100 suất quà", 100, "suất quà"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "36", "KH-UBND", None, None, "Kế hoạch số 36/KH-UBND"),
 D("Quyết định", "444", "QĐ-UBND", None, None, "Quyết định số 444/QĐ-UBND")],
[prov("Gia Lai"), com("Quy Nhơn Đông"), com("Thống Nhất"), com("Quy Nhơn Bắc"), com("Tuy Phước")],
["Thứ Năm, 23/04/2026", "BÁO GIA LAI ĐIỆN TỬ", "Xã hội > Lao động - Việc làm",
 "Ảnh: Quang cảnh buổi đối thoại tại phường Quy Nhơn Đông.", "Tháng Công nhân", "Jrai", "Lượt xem: 2.076"],
["Thứ Năm, 23/04/2026", "Ngày 22/04/2026 | 09:00", "năm 2026", "đợt 1", "ngày 1/1/2026", "ngày 15/5", "mỗi năm",
 "Lượt xem: 2.076"]))
