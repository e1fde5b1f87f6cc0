from lib import *
PAGES = []

PAGES.append(page("b4343-ninhbinh-giangsinh-traoqua-2025", """
BÁO NINH BÌNH ĐIỆN TỬ
Thời sự » Chính trị » Tôn giáo - Dân tộc
Cập nhật: 18:10, 23/12/2025 (GMT+7)
Ảnh: Đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trao quà cho giáo dân xã Giao Minh.
Trao 3.120 suất quà Giáng sinh cho giáo dân khó khăn
(BNB) - Nhân dịp lễ Giáng sinh năm 2025, ngày 22/12, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình đã đến thăm, chúc mừng các Tòa Giám mục Phát Diệm, Bùi Chu, Thái Bình (phần trên địa bàn tỉnh) và trao 3.120 suất quà cho hộ giáo dân có hoàn cảnh khó khăn.
Đoàn do đồng chí Mai Văn Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm trưởng đoàn đã chúc mừng Đức cha Giuse Vũ Đình Thạc, Giám mục Giáo phận Bùi Chu; đoàn do đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn chúc mừng Đức cha Phaolô Nguyễn Văn Tôn, Giám mục Giáo phận Phát Diệm và thăm các giáo xứ ở phường Phát Diệm, xã Kim Sơn.
Sau hợp nhất, tỉnh Ninh Bình có trên 620.000 giáo dân, chiếm gần 16% dân số, thuộc 4 giáo phận, với 390 giáo xứ. Đồng chí Mai Văn Thanh thông tin, năm 2025 tăng trưởng kinh tế của tỉnh ước đạt 10,1%; tỉnh đã hoàn thành xóa 4.215 nhà tạm, nhà dột nát, trong đó gần 1.300 căn của hộ giáo dân. Đồng bào Công giáo đã hiến trên 60.000 m2 đất, đóng góp trên 150 tỷ đồng xây dựng nông thôn mới.
Tại xã Giao Minh và xã Hải Tiến, đoàn của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Đinh Thị Lụa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã trao 600 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng. Linh mục Đaminh Nguyễn Văn Tuyến, Chánh xứ giáo xứ Quần Anh, xã Hải Tiến, cho biết năm qua hội bác ái giáo xứ đã giúp 42 hộ khó khăn, trao 65 suất học bổng.
Các địa phương đã thực hiện nghiêm Kế hoạch số 15-KH/TU ngày 01/12/2025 của Ban Thường vụ Tỉnh ủy về các hoạt động thăm, chúc mừng các tôn giáo và Công văn số 48-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình dịp lễ Giáng sinh; tổng kinh phí các đoàn thăm, tặng quà ước trên 3,5 tỷ đồng.
Cùng ngày, đồng chí Trần Văn Khởi, Chủ tịch UBND xã Giao Minh, cho biết xã đã ưu tiên 35 hộ giáo dân nghèo ven biển được hỗ trợ sửa chữa nhà sau bão, mỗi hộ 30 triệu đồng.
Thay mặt các giáo phận, Đức cha Giuse Vũ Đình Thạc cảm ơn cấp ủy, chính quyền tỉnh mới, khẳng định các giáo xứ tiếp tục đồng hành cùng chính quyền 2 cấp chăm lo đời sống bà con.
Quang Hưng
Lượt xem: 3.340
Tin liên quan
- Xã Kim Sơn gặp mặt chức sắc các tôn giáo (15/12/2025)
- Ninh Bình: 14 xã ra mắt mô hình "Xứ đạo bình yên" (28/11/2025)
- Phường Nam Định chúc mừng Giáng sinh các giáo xứ (20/12/2025)
""", "2025-12-23", "Trao 3.120 suất quà Giáng sinh cho giáo dân khó khăn",
E("trao_qua", None, "2025-12-22"),
[P("Mai Văn Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Giuse Vũ Đình Thạc", "Đức cha", "Giám mục Giáo phận Bùi Chu"),
 P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phaolô Nguyễn Văn Tôn", "Đức cha", "Giám mục Giáo phận Phát Diệm"),
 P("Đinh Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đaminh Nguyễn Văn Tuyến", "Linh mục", "Chánh xứ giáo xứ Quần Anh"),
 P("Trần Văn Khởi", "Chủ tịch UBND xã Giao Minh")],
[Q("3.120 suất quà", 3120, "suất quà"), Q("trên 620.000 giáo dân", 620000, "giáo dân", "over"), Q("gần 16%", 16, "%", "approx"),
 Q("4 giáo phận", 4, "giáo phận"), Q("390 giáo xứ", 390, "giáo xứ"), Q("10,1%", 10.1, "%", "approx"),
 Q("4.215 nhà tạm, nhà dột nát", 4215, "nhà tạm, nhà dột nát"), Q("gần 1.300 căn", 1300, "căn", "approx"),
 Q("trên 60.000 m2", 60000, "m2", "over"), Q("trên 150 tỷ đồng", 150000000000, "đồng", "over"), Q("600 suất quà", 600, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("42 hộ khó khăn", 42, "hộ khó khăn"),
 Q("65 suất học bổng", 65, "suất học bổng"), Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"),
 Q("35 hộ giáo dân nghèo", 35, "hộ giáo dân nghèo"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "15", "KH/TU", "2025-12-01", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 01/12/2025"),
 D("Công văn", "48", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 48-CV/BTGDVTU")],
[prov("Ninh Bình"), com("Phát Diệm"), com("Kim Sơn"), com("Giao Minh"), com("Hải Tiến")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Thời sự » Chính trị » Tôn giáo - Dân tộc",
 "Ảnh: Đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trao quà cho giáo dân xã Giao Minh.", "(BNB)", "Tòa Giám mục Phát Diệm", "Lượt xem: 3.340"],
["Cập nhật: 18:10, 23/12/2025 (GMT+7)", "Giáng sinh năm 2025", "năm 2025", "chính quyền 2 cấp", "Lượt xem: 3.340"]))

PAGES.append(page("b4344-hungyen-conggiao-tongket-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên
Trang chủ | Tin tức | Công tác dân vận | Dân tộc - Tôn giáo
Hôm nay: Thứ Ba, 20/01/2026
Thứ Sáu, 16/01/2026 - 09:20
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Hưng Yên: 96,8% hộ giáo dân đạt gia đình văn hóa
Ngày 15/01, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác vận động đồng bào Công giáo năm 2025, triển khai nhiệm vụ năm 2026, kết nối với 104 điểm cầu xã, phường. Đồng chí Nguyễn Khắc Thận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Phạm Văn Nghiêm, Vũ Thị Thanh Hoa, Đỗ Đức Toàn.
Sau hợp nhất, tỉnh Hưng Yên có 186.500 giáo dân, chiếm khoảng 5,4% dân số, sinh hoạt tại 131 giáo xứ thuộc Giáo phận Thái Bình và Giáo phận Hải Phòng, tập trung ở khu vực phía Đông tỉnh (thuộc tỉnh Thái Bình cũ). Năm 2025, 96,8% hộ giáo dân đạt gia đình văn hóa; 112 giáo xứ được công nhận "Giáo xứ bình yên"; đồng bào Công giáo đóng góp trên 85 tỷ đồng, hiến gần 41.000 m2 đất xây dựng nông thôn mới.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 06, 07-CT/TU về công tác tôn giáo trong tình hình mới và về phát huy vai trò chức sắc, người có uy tín trong xây dựng chính quyền 2 cấp; ban hành Quy chế phối hợp số 02-QCPH/BTGDVTU-BTGDT giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Sở Dân tộc và Tôn giáo. Năm qua đã giải quyết 27/31 vụ việc liên quan đến đất đai, xây dựng cơ sở thờ tự; còn 4 vụ việc tại các xã Đông Thụy Anh, Tiền Hải và phường Thái Bình.
Tại điểm cầu xã Nam Tiền Hải, đồng chí Phạm Thị Huế, Bí thư Đảng ủy xã, chia sẻ kinh nghiệm: xã thành lập tổ công tác liên ngành phối hợp với Linh mục Phêrô Nguyễn Văn Biên, Chánh xứ giáo xứ Đông Quang, giải quyết dứt điểm tranh chấp 1.600 m2 đất quanh nhà thờ kéo dài 8 năm. Ông Vinhsơn Đỗ Văn Tuyên, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị tỉnh sớm hướng dẫn việc xin phép các hoạt động tôn giáo ở cấp xã.
Phát biểu kết luận, đồng chí Nguyễn Khắc Thận yêu cầu năm 2026 tiếp tục thực hiện Chỉ thị số 18-CT/TW, Nghị quyết số 25-NQ/TW của BCH Trung ương khóa IX; tổ chức tốt các đợt thăm, chúc mừng Tết Bính Ngọ, lễ Phục sinh; phấn đấu không dưới 97% hộ giáo dân đạt gia đình văn hóa.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 25 cá nhân tiêu biểu, trong đó có 6 giáo xứ.
Thanh Huyền
Lượt xem: 905
Tin liên quan
- Gặp mặt chức sắc Công giáo nhân dịp Giáng sinh 2025 (22/12/2025)
- Phường Thái Bình đối thoại với nhân dân vùng giáo (10/12/2025)
""", "2026-01-16", "Hưng Yên: 96,8% hộ giáo dân đạt gia đình văn hóa",
E("tong_ket", "2025", "2026-01-15"),
[P("Nguyễn Khắc Thận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Nghiêm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Vũ Thị Thanh Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Đức Toàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Huế", "Bí thư Đảng ủy xã"),
 P("Phêrô Nguyễn Văn Biên", "Linh mục", "Chánh xứ giáo xứ Đông Quang"),
 P("Vinhsơn Đỗ Văn Tuyên", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("104 điểm cầu xã, phường", 104, "điểm cầu xã, phường"), Q("186.500 giáo dân", 186500, "giáo dân"), Q("khoảng 5,4%", 5.4, "%", "approx"),
 Q("131 giáo xứ", 131, "giáo xứ"), Q("96,8%", 96.8, "%"), Q("112 giáo xứ", 112, "giáo xứ"), Q("trên 85 tỷ đồng", 85000000000, "đồng", "over"),
 Q("gần 41.000 m2", 41000, "m2", "approx"), Q("27/31 vụ việc", 27, "vụ việc"), Q("4 vụ việc", 4, "vụ việc"), Q("1.600 m2", 1600, "m2"),
 Q("không dưới 97%", 97, "%", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("6 giáo xứ", 6, "giáo xứ")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDVTU-BTGDT", None, None, "Quy chế phối hợp số 02-QCPH/BTGDVTU-BTGDT"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị số 18-CT/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Đông Thụy Anh"), com("Tiền Hải"), com("Thái Bình"), com("Nam Tiền Hải")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên", "Trang chủ | Tin tức | Công tác dân vận | Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Giáo xứ bình yên", "Sở Dân tộc và Tôn giáo", "Lượt xem: 905"],
["Hôm nay: Thứ Ba, 20/01/2026", "năm 2025", "năm 2026", "8 năm", "khóa IX", "Tết Bính Ngọ", "Lượt xem: 905"]))

PAGES.append(page("b4345-quangtri-mttq-giamsat-2026", """
Báo và Phát thanh, Truyền hình Quảng Trị
Chính trị › Mặt trận - Đoàn thể
2026-03-12 16:40
Đoàn giám sát làm việc tại giáo xứ Hướng Phương. Ảnh: Hoàng Anh
Giám sát việc giải quyết kiến nghị về đất đai, xây dựng của các giáo xứ tại xã Bố Trạch
Ngày 11/3, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do đồng chí Nguyễn Thị Thu Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát UBND xã Bố Trạch và UBND xã Hoàn Lão về việc giải quyết kiến nghị liên quan đến đất đai, xây dựng cơ sở tôn giáo.
Cuộc giám sát thực hiện theo Kế hoạch số 112/KH-MTTQ-BTT ngày 25/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có ông Lê Văn Thạch, Phó Giám đốc Sở Dân tộc và Tôn giáo; bà Hồ Thị Mỹ Linh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; Linh mục Giuse Lê Văn Hiếu, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.
Báo cáo của UBND xã Bố Trạch cho thấy, xã có 9 giáo xứ, 24 giáo họ với khoảng 18.600 giáo dân. Từ khi vận hành chính quyền 2 cấp đến nay, xã tiếp nhận 21 đơn kiến nghị của các giáo xứ, giáo họ, đã giải quyết 16 đơn, đạt 76,2%; cấp phép sửa chữa 3 nhà thờ, 1 nhà giáo lý theo Luật Tín ngưỡng, tôn giáo. Xã Hoàn Lão tiếp nhận 8 đơn, giải quyết 6 đơn.
Qua giám sát thực tế tại giáo xứ Hướng Phương và giáo xứ Chày, đoàn ghi nhận còn 2 vụ việc phức tạp: giáo xứ Hướng Phương đề nghị trả lại khoảng 2.300 m2 đất trường học cũ mà giáo xứ cho mượn từ năm 1976; giáo họ Đồng Lào xây dựng nhà mục vụ 2 tầng trên diện tích 350 m2 khi chưa có giấy phép. Linh mục Phaolô Trần Đình Khang, Chánh xứ giáo xứ Hướng Phương, Quản hạt Bố Trạch, mong chính quyền xem xét thấu tình đạt lý.
Đồng chí Đặng Ngọc Thành, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bố Trạch, giải trình: khu đất trường học cũ đã được UBND tỉnh Quảng Bình (cũ) giao cho ngành giáo dục theo Quyết định số 1457/QĐ-UBND ngày 20/6/2011, xã đang phối hợp Sở Nông nghiệp và Môi trường rà soát hồ sơ; đối với công trình xây dựng không phép, xã đã lập biên bản, vận động giáo họ hoàn thiện hồ sơ theo Nghị định số 95/2023/NĐ-CP.
Kết luận, đồng chí Nguyễn Thị Thu Hương đề nghị hai xã công khai quy trình tiếp nhận, giải quyết kiến nghị của tổ chức tôn giáo; tổ chức ít nhất 1 cuộc đối thoại với giáo dân mỗi quý; giải quyết dứt điểm các đơn còn tồn trước ngày 30/6/2026. Kết quả giám sát tại 6 xã, phường sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.
Hoàng Anh
Lượt xem: 1.240
Tin liên quan
- Ủy ban MTTQ tỉnh gặp mặt chức sắc các tôn giáo đầu xuân Bính Ngọ (24/02/2026)
- Giáo xứ Tam Tòa trao 200 suất quà cho người nghèo (10/02/2026)
""", "2026-03-12", "Giám sát việc giải quyết kiến nghị về đất đai, xây dựng của các giáo xứ tại xã Bố Trạch",
E("giam_sat", None, "2026-03-11"),
[P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thạch", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Hồ Thị Mỹ Linh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Lê Văn Hiếu", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Phaolô Trần Đình Khang", "Linh mục", "Chánh xứ giáo xứ Hướng Phương", "Quản hạt Bố Trạch"),
 P("Đặng Ngọc Thành", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Bố Trạch")],
[Q("9 giáo xứ", 9, "giáo xứ"), Q("24 giáo họ", 24, "giáo họ"), Q("khoảng 18.600 giáo dân", 18600, "giáo dân", "approx"),
 Q("21 đơn kiến nghị", 21, "đơn kiến nghị"), Q("16 đơn", 16, "đơn"), Q("76,2%", 76.2, "%"), Q("3 nhà thờ", 3, "nhà thờ"),
 Q("1 nhà giáo lý", 1, "nhà giáo lý"), Q("8 đơn", 8, "đơn"), Q("6 đơn", 6, "đơn"), Q("2 vụ việc phức tạp", 2, "vụ việc phức tạp"),
 Q("khoảng 2.300 m2", 2300, "m2", "approx"), Q("350 m2", 350, "m2"), Q("ít nhất 1 cuộc đối thoại", 1, "cuộc đối thoại", "over"),
 Q("6 xã, phường", 6, "xã, phường")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2026-02-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 25/02/2026"),
 D("Quyết định", "1457", "QĐ-UBND", "2011-06-20", "UBND tỉnh Quảng Bình", "Quyết định số 1457/QĐ-UBND ngày 20/6/2011"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Bố Trạch"), com("Hoàn Lão")],
["Báo và Phát thanh, Truyền hình Quảng Trị", "Chính trị › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại giáo xứ Hướng Phương. Ảnh: Hoàng Anh",
 "Luật Tín ngưỡng, tôn giáo", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Lượt xem: 1.240"],
["2026-03-12 16:40", "chính quyền 2 cấp", "từ năm 1976", "2 tầng", "Lượt xem: 1.240"]))

PAGES.append(page("b4346-thanhhoa-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ >> Tin hoạt động >> Dân tộc - Tôn giáo
Thứ Năm, 09/04/2026
Đăng lúc 08/04/2026 - 17:15
Đồng chí Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị.
Nắm chắc tình hình vùng giáo sau sắp xếp đơn vị hành chính
Chiều 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận, dân tộc, tôn giáo quý I năm 2026 với đại diện Đảng ủy 38 xã, phường có đông đồng bào Công giáo. Đồng chí Lê Quang Hiếu, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Hà Văn Tường, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Quý I, các cấp ủy, chính quyền đã tổ chức 356 cuộc thăm, chúc Tết Bính Ngọ các chức sắc, cơ sở tôn giáo, tặng 4.800 suất quà cho giáo dân nghèo, tổng trị giá hơn 2,4 tỷ đồng. Tỉnh có khoảng 160.000 giáo dân, sinh hoạt ở 146 giáo xứ thuộc Giáo phận Thanh Hóa và một phần Giáo phận Phát Diệm; 100% xã, phường vùng giáo đã kiện toàn bộ phận tham mưu công tác tôn giáo sau sắp xếp.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 15/1/2026 về công tác đối với đạo Công giáo trong tình hình mới và ban hành hướng dẫn số 05-HD/BTGDVTU, 06-HD/BTGDVTU về xây dựng mô hình "Dân vận khéo" vùng đồng bào tôn giáo. Trong quý, phát sinh 7 vụ việc liên quan đến đất đai, xây dựng tại các giáo xứ; đã giải quyết 5 vụ, 2 vụ còn lại ở phường Nghi Sơn và xã Nga Sơn đang xử lý.
Tại hội nghị, các đồng chí Bí thư Đảng ủy xã: Mai Văn Khánh (Nga Sơn), Vũ Thị Phương (Hậu Lộc) trao đổi kinh nghiệm phối hợp với các linh mục quản xứ. Đồng chí Mai Văn Khánh cho biết, xã đã cùng giáo xứ Trì Chính vận động 74 hộ giáo dân hiến gần 5.000 m2 đất làm đường ven biển; Linh mục Giuse Phạm Văn Quyết, Quản xứ Trì Chính, trực tiếp đến từng gia đình thuyết phục.
Bà Anna Trịnh Thị Bích, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị tỉnh biểu dương 20 gương giáo dân tiêu biểu trong dịp tổng kết phong trào "Sống tốt đời, đẹp đạo" năm 2026.
Kết luận giao ban, đồng chí Lê Quang Hiếu yêu cầu quý II tập trung tuyên truyền về bầu cử đại biểu HĐND các cấp bổ sung; chuẩn bị các đoàn thăm, chúc mừng lễ Phục sinh; chủ động phối hợp giải quyết dứt điểm 2 vụ việc còn tồn trước 30/6; mỗi xã vùng giáo xây dựng tối thiểu 1 mô hình "Dân vận khéo" trong năm.
Hải Yến
Lượt xem: 614
Tin khác
- Giáo phận Thanh Hóa trao 500 suất quà Tết cho người nghèo (05/02/2026)
- Gặp mặt chức sắc Công giáo đầu xuân Bính Ngọ (20/02/2026)
- Xã Nga Sơn ra mắt mô hình "Giáo họ bình yên" (12/03/2026)
""", "2026-04-08", "Nắm chắc tình hình vùng giáo sau sắp xếp đơn vị hành chính",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Lê Quang Hiếu", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Văn Tường", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Mai Văn Khánh", "Bí thư Đảng ủy xã"), P("Vũ Thị Phương", "Bí thư Đảng ủy xã"),
 P("Giuse Phạm Văn Quyết", "Linh mục", "Quản xứ Trì Chính"),
 P("Anna Trịnh Thị Bích", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("38 xã, phường", 38, "xã, phường"), Q("356 cuộc thăm, chúc Tết", 356, "cuộc thăm, chúc Tết"), Q("4.800 suất quà", 4800, "suất quà"),
 Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("khoảng 160.000 giáo dân", 160000, "giáo dân", "approx"), Q("146 giáo xứ", 146, "giáo xứ"),
 Q("100%", 100, "%"), Q("7 vụ việc", 7, "vụ việc"), Q("5 vụ", 5, "vụ"), Q("2 vụ", 2, "vụ"), Q("74 hộ giáo dân", 74, "hộ giáo dân"),
 Q("gần 5.000 m2", 5000, "m2", "approx"), Q("20 gương giáo dân tiêu biểu", 20, "gương giáo dân tiêu biểu"), Q("tối thiểu 1 mô hình", 1, "mô hình")],
[D("Chỉ thị", "12", "CT/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 15/1/2026"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "hướng dẫn số 05-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "06-HD/BTGDVTU")],
[prov("Thanh Hóa"), com("Nghi Sơn"), com("Nga Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ >> Tin hoạt động >> Dân tộc - Tôn giáo",
 "Đồng chí Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị.", "Dân vận khéo", "Sống tốt đời, đẹp đạo", "Lượt xem: 614"],
["Thứ Năm, 09/04/2026", "quý I năm 2026", "Tết Bính Ngọ", "quý II", "trước 30/6", "năm 2026", "Lượt xem: 614"]))

PAGES.append(page("b4347-hatinh-doanketconggiao-daihoi-2026", """
Báo Hà Tĩnh điện tử
Chính trị » Mặt trận
Thứ Bảy, 23/05/2026, 11:05
Đại hội những người Công giáo xây dựng và bảo vệ Tổ quốc tỉnh Hà Tĩnh nhiệm kỳ 2026 - 2031
(Baohatinh.vn) - Sáng 22/5, Ủy ban Đoàn kết Công giáo Việt Nam tỉnh tổ chức Đại hội đại biểu những người Công giáo Việt Nam xây dựng và bảo vệ Tổ quốc tỉnh Hà Tĩnh lần thứ V, nhiệm kỳ 2026 - 2031, với sự tham dự của 160 đại biểu chính thức đại diện cho hơn 165.000 giáo dân trong tỉnh.
Ảnh: Ra mắt Ủy ban Đoàn kết Công giáo tỉnh khóa V.
Dự đại hội có các đồng chí: Võ Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Nguyễn Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Linh mục Phêrô Nguyễn Hồng Hải, Phó Chủ tịch - Tổng Thư ký Ủy ban Đoàn kết Công giáo Việt Nam.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2021 - 2026, phong trào "Sống tốt đời, đẹp đạo" được duy trì ở 100% giáo xứ; đồng bào Công giáo đóng góp trên 210 tỷ đồng, hiến hơn 120.000 m2 đất, trên 180.000 ngày công xây dựng nông thôn mới; 97,2% hộ giáo dân đạt gia đình văn hóa. Các giáo xứ hỗ trợ làm mới, sửa chữa 236 nhà ở cho hộ nghèo; trao 1.850 suất học bổng; Caritas Hà Tĩnh cùng các giáo xứ tổ chức 48 đợt khám bệnh, cấp thuốc miễn phí cho khoảng 15.000 lượt người.
Đại hội đã thảo luận 6 tham luận, trong đó Linh mục Giuse Đậu Văn Hạnh, Chánh xứ giáo xứ Kỳ Anh, chia sẻ về việc vận động 312 hộ giáo dân bàn giao mặt bằng Khu kinh tế Vũng Áng; bà Maria Nguyễn Thị Thắm, Ủy viên Ủy ban Đoàn kết Công giáo xã Cẩm Trung, giới thiệu mô hình "Giáo họ không có người vi phạm pháp luật".
Phát biểu chỉ đạo, đồng chí Võ Thị Minh Thư đề nghị Ủy ban Đoàn kết Công giáo các cấp tiếp tục quán triệt Nghị quyết số 25-NQ/TW, Chỉ thị số 18-CT/TW và Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy; đồng hành cùng chính quyền địa phương 2 cấp; không để kẻ xấu lợi dụng vấn đề đất đai, môi trường để kích động giáo dân.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa V. Linh mục Gioakim Phan Văn Lâm, Chánh xứ giáo xứ Vạn Lộc, được hiệp thương giữ chức Chủ tịch; các vị Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh gồm ông Phanxicô Xaviê Trần Văn Đức, ông Antôn Hồ Sỹ Lộc, Linh mục Phaolô Lê Văn Thiệu. Đại hội bầu 12 đại biểu dự Đại hội toàn quốc.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 10 tập thể, 28 cá nhân có thành tích xuất sắc.
Thùy Dương
Lượt xem: 1.702
Tin liên quan
- Đại hội Ủy ban Đoàn kết Công giáo xã Cẩm Trung (15/04/2026)
- Giáo phận Hà Tĩnh tổ chức thánh lễ tạ ơn mùa Phục sinh (08/04/2026)
""", "2026-05-23", "Đại hội những người Công giáo xây dựng và bảo vệ Tổ quốc tỉnh Hà Tĩnh nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-05-22"),
[P("Võ Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Nguyễn Hồng Hải", "Linh mục", "Phó Chủ tịch - Tổng Thư ký Ủy ban Đoàn kết Công giáo Việt Nam"),
 P("Giuse Đậu Văn Hạnh", "Linh mục", "Chánh xứ giáo xứ Kỳ Anh"),
 P("Maria Nguyễn Thị Thắm", "Ủy viên Ủy ban Đoàn kết Công giáo xã Cẩm Trung"),
 P("Gioakim Phan Văn Lâm", "Linh mục", "Chánh xứ giáo xứ Vạn Lộc", "Chủ tịch"),
 P("Phanxicô Xaviê Trần Văn Đức", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Antôn Hồ Sỹ Lộc", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Phaolô Lê Văn Thiệu", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("160 đại biểu chính thức", 160, "đại biểu chính thức"), Q("hơn 165.000 giáo dân", 165000, "giáo dân", "over"), Q("100%", 100, "%"),
 Q("trên 210 tỷ đồng", 210000000000, "đồng", "over"), Q("hơn 120.000 m2", 120000, "m2", "over"),
 Q("trên 180.000 ngày công", 180000, "ngày công", "over"), Q("97,2%", 97.2, "%"), Q("236 nhà ở", 236, "nhà ở"),
 Q("1.850 suất học bổng", 1850, "suất học bổng"), Q("48 đợt khám bệnh", 48, "đợt khám bệnh"),
 Q("khoảng 15.000 lượt người", 15000, "lượt người", "approx"), Q("6 tham luận", 6, "tham luận"), Q("312 hộ giáo dân", 312, "hộ giáo dân"),
 Q("41 vị", 41, "vị"), Q("12 đại biểu", 12, "đại biểu"), Q("10 tập thể", 10, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị số 18-CT/TW"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU")],
[prov("Hà Tĩnh"), com("Cẩm Trung")],
["Báo Hà Tĩnh điện tử", "Chính trị » Mặt trận", "(Baohatinh.vn)", "Ảnh: Ra mắt Ủy ban Đoàn kết Công giáo tỉnh khóa V.",
 "Sống tốt đời, đẹp đạo", "Caritas Hà Tĩnh", "Giáo họ không có người vi phạm pháp luật", "Khu kinh tế Vũng Áng", "Lượt xem: 1.702"],
["Thứ Bảy, 23/05/2026, 11:05", "lần thứ V", "nhiệm kỳ 2026 - 2031", "nhiệm kỳ 2021 - 2026", "khóa V", "chính quyền địa phương 2 cấp", "Lượt xem: 1.702"]))

PAGES.append(page("b4348-nghean-tiepxuccutri-vunggiao-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NGHỆ AN
Thời sự › Chính trị › Hoạt động dân cử
08:05 | 09/05/2026
Ảnh: Cử tri giáo xứ Thuận Giang phát biểu tại hội nghị.
Cử tri vùng giáo kiến nghị sớm cấp sổ đỏ cho đất cơ sở tôn giáo
(Baonghean) - Ngày 8/5, Tổ đại biểu Quốc hội khóa XVI đơn vị bầu cử số 5 tỉnh Nghệ An tổ chức hội nghị tiếp xúc cử tri sau Kỳ họp thứ nhất tại xã Yên Thành và xã Quang Đồng, nơi có 7 giáo xứ với hơn 14.000 giáo dân.
Tham dự có các đại biểu Quốc hội: Trần Nhật Minh, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh; Hòa thượng Thích Quảng Hạnh; Thiếu tướng Nguyễn Đình Lâm, Phó Giám đốc Công an tỉnh; cùng đồng chí Cao Thị Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đại biểu Trần Nhật Minh thông báo kết quả Kỳ họp thứ nhất: Quốc hội đã bầu các chức danh lãnh đạo chủ chốt, thông qua 5 luật, 12 nghị quyết, trong đó có Nghị quyết số 12/2026/QH16 về kế hoạch phát triển kinh tế - xã hội và Luật Đất đai (sửa đổi, bổ sung).
Tại hội nghị có 21 ý kiến của cử tri. Ông Giuse Nguyễn Văn Thông, Chủ tịch Hội đồng mục vụ giáo xứ Thuận Giang, kiến nghị hướng dẫn cụ thể việc cấp giấy chứng nhận cho đất cơ sở tôn giáo theo Nghị định số 102/2024/NĐ-CP; giáo xứ có 3 thửa đất với tổng diện tích khoảng 4.100 m2 đã sử dụng ổn định trên 60 năm. Bà Têrêsa Phan Thị Loan, cử tri xóm Thuận Giang 3, đề nghị sửa chữa tuyến đê bao dài 2,5 km bảo vệ 230 hộ giáo dân vùng trũng. Linh mục Phêrô Đinh Văn Thắng, Chánh xứ giáo xứ Yên Lạc, đề nghị quan tâm chế độ cho 26 giáo lý viên tham gia xóa mù chữ, dạy kỹ năng sống cho thanh thiếu niên.
Các đồng chí Nguyễn Văn Quang, Bí thư Đảng ủy xã Yên Thành; Lê Thị Mai Hoa, Chủ tịch UBND xã Quang Đồng đã giải trình các ý kiến thuộc thẩm quyền. Xã Yên Thành đã trình UBND tỉnh hồ sơ cấp giấy chứng nhận cho 5 cơ sở tôn giáo, dự kiến hoàn thành trong quý III/2026; tuyến đê bao được bố trí 7,8 tỷ đồng theo Quyết định số 845/QĐ-UBND ngày 02/4/2026 của UBND tỉnh.
Đồng chí Cao Thị Hiền cho biết, thực hiện Kế hoạch số 36-KH/BTGDVTU ngày 16/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các xã vùng giáo sẽ tổ chức ít nhất 2 hội nghị đối thoại với giáo dân trong năm 2026; đồng thời đề nghị các linh mục tiếp tục vận động bà con giữ gìn an ninh, trật tự ở khu dân cư.
Thay mặt Tổ đại biểu, Hòa thượng Thích Quảng Hạnh tiếp thu, cam kết chuyển các kiến nghị đến cơ quan có thẩm quyền và giám sát việc trả lời; đánh giá cao đồng bào Công giáo đã tham gia bầu cử với tỷ lệ 99,6% cử tri đi bầu.
Quang Minh
Lượt xem: 1.118
Tin khác
- Đoàn ĐBQH tỉnh tiếp xúc cử tri phường Vinh Phú (07/05/2026)
- Xã Quỳnh Phú: giáo xứ Song Ngọc trao 100 suất quà cho ngư dân (02/05/2026)
""", "2026-05-09", "Cử tri vùng giáo kiến nghị sớm cấp sổ đỏ cho đất cơ sở tôn giáo",
E("hoi_nghi", None, "2026-05-08"),
[P("Trần Nhật Minh", "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Thích Quảng Hạnh", "Hòa thượng"),
 P("Nguyễn Đình Lâm", "Thiếu tướng", "Phó Giám đốc Công an tỉnh"),
 P("Cao Thị Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Nguyễn Văn Thông", "Chủ tịch Hội đồng mục vụ giáo xứ Thuận Giang"),
 P("Têrêsa Phan Thị Loan", "cử tri xóm Thuận Giang 3"),
 P("Phêrô Đinh Văn Thắng", "Linh mục", "Chánh xứ giáo xứ Yên Lạc"),
 P("Nguyễn Văn Quang", "Bí thư Đảng ủy xã Yên Thành"),
 P("Lê Thị Mai Hoa", "Chủ tịch UBND xã Quang Đồng")],
[Q("7 giáo xứ", 7, "giáo xứ"), Q("hơn 14.000 giáo dân", 14000, "giáo dân", "over"), Q("5 luật", 5, "luật"), Q("12 nghị quyết", 12, "nghị quyết"),
 Q("21 ý kiến", 21, "ý kiến"), Q("3 thửa đất", 3, "thửa đất"), Q("khoảng 4.100 m2", 4100, "m2", "approx"), Q("2,5 km", 2.5, "km"),
 Q("230 hộ giáo dân", 230, "hộ giáo dân"), Q("26 giáo lý viên", 26, "giáo lý viên"), Q("5 cơ sở tôn giáo", 5, "cơ sở tôn giáo"),
 Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("99,6%", 99.6, "%"), Q("ít nhất 2 hội nghị đối thoại", 2, "hội nghị đối thoại", "over")],
[D("Nghị quyết", "12", "2026/QH16", None, "Quốc hội", "Nghị quyết số 12/2026/QH16"),
 D("Nghị định", "102", "2024/NĐ-CP", None, None, "Nghị định số 102/2024/NĐ-CP"),
 D("Kế hoạch", "36", "KH/BTGDVTU", "2026-03-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BTGDVTU ngày 16/3/2026"),
 D("Quyết định", "845", "QĐ-UBND", "2026-04-02", "UBND tỉnh", "Quyết định số 845/QĐ-UBND ngày 02/4/2026")],
[prov("Nghệ An"), com("Yên Thành"), com("Quang Đồng")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NGHỆ AN", "Thời sự › Chính trị › Hoạt động dân cử", "Ảnh: Cử tri giáo xứ Thuận Giang phát biểu tại hội nghị.",
 "(Baonghean)", "Luật Đất đai (sửa đổi, bổ sung)", "Lượt xem: 1.118"],
["08:05 | 09/05/2026", "khóa XVI", "đơn vị bầu cử số 5", "Kỳ họp thứ nhất", "trên 60 năm", "quý III/2026", "năm 2026", "Lượt xem: 1.118"]))
