from lib import *
PAGES = []

PAGES.append(page("b4295-thaibinh-daihoi-xa-2024", """
ĐẢNG BỘ XÃ THỤY HẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ - Tin tức - Mặt trận và đoàn thể
27/09/2024 06:00
Đại hội đại biểu MTTQ Việt Nam xã Thụy Hải lần thứ XII, nhiệm kỳ 2024 - 2029
Ngày 24/9/2024, Ủy ban MTTQ Việt Nam xã Thụy Hải long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Về dự có đồng chí Phạm Văn Thịnh, HUV, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Thái Thụy; đồng chí Vũ Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy cùng 120 đại biểu đại diện cho hơn 10.500 nhân dân trong xã.
Đại hội diễn ra chỉ hơn 2 tuần sau khi cơn bão số 3 đổ bộ trực tiếp vào xã ven biển Thụy Hải của tỉnh Thái Bình ngày 7/9. Bão làm 1.460 ngôi nhà bị tốc mái, hư hỏng, 23 nhà bị sập; 118 ha ao nuôi ngao, tôm bị vỡ bờ; hàng nghìn cây xanh gãy đổ. Ngay trong đêm 7/9, Ban Thường trực Ủy ban MTTQ xã đã phối hợp với Đoàn Thanh niên, Hội Cựu chiến binh, Hội LHPN, Hội Nông dân huy động 350 đoàn viên, hội viên giúp 212 hộ gia cố nhà, di dời 96 người già, trẻ em đến nơi an toàn.
Báo cáo chính trị trình bày tại Đại hội cho biết, nhiệm kỳ 2019 - 2024 Mặt trận xã đã vận động Quỹ "Vì người nghèo" được 1,36 tỷ đồng; xây mới 18 nhà Đại đoàn kết, sửa chữa 11 nhà; 7/7 thôn giữ vững danh hiệu khu dân cư văn hóa. Riêng sau bão số 3, Mặt trận xã tiếp nhận 624 triệu đồng, 4,2 tấn gạo và 800 tấm tôn lợp từ Ủy ban MTTQ huyện, các doanh nghiệp và con em quê hương; đã phân bổ hỗ trợ 23 hộ có nhà bị sập mỗi hộ 10 triệu đồng và 460 hộ có nhà bị tốc mái nặng mỗi hộ 500.000 đồng.
Đại hội đã hiệp thương dân chủ cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, bà Bùi Thị Nhàn được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Hải; các ông Trần Văn Khải, Nguyễn Đức Lợi được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 8 đại biểu dự Đại hội đại biểu MTTQ huyện lần thứ XXII.
Phát biểu chỉ đạo, đồng chí Phạm Văn Thịnh biểu dương tinh thần "tương thân tương ái" của nhân dân Thụy Hải trong bão; đề nghị nhiệm kỳ tới Mặt trận xã thực hiện tốt Kế hoạch số 68-KH/ĐU của Đảng ủy xã, Kết luận 54, 55-KL/HU của Ban Thường vụ Huyện ủy Thái Thụy, tập trung vận động nhân dân khôi phục sản xuất, nhất là nghề nuôi ngao, và củng cố đê biển trước mùa mưa bão năm sau.
Ông Đỗ Văn Hùng, Bí thư Đảng ủy xã Thụy Hải, tặng Đại hội bức trướng mang dòng chữ "Đoàn kết - Dân chủ - Đổi mới - Phát triển".
Ảnh: Ủy ban MTTQ Việt Nam xã khóa XII ra mắt Đại hội.
Hà Linh
Lượt xem: 420
Tin liên quan
- Thụy Hải: ra quân dọn dẹp vệ sinh sau bão số 3 (10/09/2024)
- Hội nghị Ban Chấp hành Đảng bộ xã mở rộng quý III/2024 (05/09/2024)
- Đại hội Chi hội Phụ nữ thôn Tân Bồi (20/08/2024)
""", "2024-09-27", "Đại hội đại biểu MTTQ Việt Nam xã Thụy Hải lần thứ XII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-09-24"),
[P("Phạm Văn Thịnh", "HUV", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Thái Thụy"),
 P("Vũ Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Thị Nhàn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Hải"),
 P("Trần Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Đức Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đỗ Văn Hùng", "Bí thư Đảng ủy xã Thụy Hải")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 10.500 nhân dân", 10500, "nhân dân", "over"), Q("1.460 ngôi nhà", 1460, "ngôi nhà"),
 Q("23 nhà", 23, "nhà"), Q("118 ha", 118, "ha"), Q("350 đoàn viên, hội viên", 350, "đoàn viên, hội viên"), Q("212 hộ", 212, "hộ"),
 Q("96 người già, trẻ em", 96, "người già, trẻ em"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("18 nhà Đại đoàn kết", 18, "nhà Đại đoàn kết"),
 Q("11 nhà", 11, "nhà"), Q("7/7 thôn", 7, "thôn"), Q("624 triệu đồng", 624000000, "đồng"), Q("4,2 tấn", 4.2, "tấn"), Q("800 tấm tôn lợp", 800, "tấm tôn lợp"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("460 hộ", 460, "hộ"), Q("500.000 đồng", 500000, "đồng"), Q("41 vị", 41, "vị"), Q("8 đại biểu", 8, "đại biểu")],
[D("Kế hoạch", "68", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 68-KH/ĐU"),
 D("Kết luận", "54", "KL/HU", None, "Ban Thường vụ Huyện ủy Thái Thụy", "Kết luận 54, 55-KL/HU"),
 D("Kết luận", "55", "KL/HU", None, "Ban Thường vụ Huyện ủy Thái Thụy", "Kết luận 54, 55-KL/HU")],
[prov("Thái Bình"), com("Thụy Hải")],
["ĐẢNG BỘ XÃ THỤY HẢI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ - Tin tức - Mặt trận và đoàn thể", "Vì người nghèo", "tương thân tương ái",
 "Đoàn kết - Dân chủ - Đổi mới - Phát triển", "Ảnh: Ủy ban MTTQ Việt Nam xã khóa XII ra mắt Đại hội.", "Lượt xem: 420"],
["27/09/2024 06:00", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "2 tuần", "bão số 3", "nhiệm kỳ 2019 - 2024", "khóa XII", "lần thứ XXII", "lần thứ nhất", "Lượt xem: 420"]))

PAGES.append(page("b4296-khanhhoa-mttq-tongket-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Hôm nay: Thứ Bảy, 17/01/2026
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị.
Mặt trận tỉnh triển khai nhiệm vụ năm 2026
Ngày 15/1, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên sau hợp nhất với tỉnh Ninh Thuận - và triển khai chương trình phối hợp, thống nhất hành động năm 2026. Đồng chí Hồ Xuân Trường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025, điểm nhấn là công tác vận động, cứu trợ sau đợt mưa lũ lịch sử tháng 11 khiến 24 người chết, 5 người mất tích, hơn 42.000 ngôi nhà bị ngập, 146 ngôi nhà bị sập, cuốn trôi. Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 318 tỷ đồng và hàng hóa quy đổi khoảng 60 tỷ đồng; đã phân bổ 4 đợt với tổng số 276,4 tỷ đồng cho 65 xã, phường, đặc khu. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh hoàn thành 2.118 căn nhà, vượt 6% kế hoạch.
Báo cáo do đồng chí Đàng Thị Mỹ Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, Mặt trận các cấp đã thực hiện Quyết định số 1016-QĐ/TU và Hướng dẫn số 03-HD/BTGDVTU về tổ chức bộ máy, sắp xếp 100% Ban công tác Mặt trận ở 1.364 thôn, tổ dân phố. Quỹ "Vì người nghèo" vận động 38,7 tỷ đồng; tổ chức 412 cuộc giám sát, trong đó 96 cuộc giám sát việc phân bổ tiền cứu trợ.
Tại hội nghị, bà Pi Năng Thị Hường, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Sơn, cho biết xã có 74 hộ đồng bào Raglai phải di dời khỏi vùng sạt lở, Mặt trận xã đã vận động hơn 2.400 ngày công dựng lại nhà. Ông Nguyễn Văn Đông, Chủ tịch Ủy ban MTTQ Việt Nam xã Diên Khánh, đề nghị tỉnh có cơ chế hỗ trợ nâng nền nhà cho 530 hộ vùng trũng. Đồng chí Chamaléa Điệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, báo cáo kết quả vận động đồng bào Chăm, Raglai ở phường Phan Rang và xã Phước Hà giữ gìn an ninh trật tự sau lũ.
Phát biểu chỉ đạo, đồng chí Nguyễn Khắc Hoàn, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2026 Mặt trận tiếp tục thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư, Nghị quyết số 06-NQ/TU của Tỉnh ủy về phòng, chống thiên tai; hoàn thành hỗ trợ xây dựng 146 căn nhà bị sập trước Tết Bính Ngọ; chuẩn bị tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 8 tập thể, 10 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 52 tập thể, 67 cá nhân có thành tích xuất sắc trong công tác cứu trợ năm 2025.
Xuân Thành
Lượt xem: 1.157
Tin liên quan
- Khánh Hòa bàn giao 100 căn nhà cho người dân vùng lũ (10/01/2026)
- Mặt trận các xã, phường ra quân "Ngày thứ Bảy tình nguyện" (20/12/2025)
- Phân bổ đợt 4 nguồn ủng hộ khắc phục hậu quả mưa lũ (08/12/2025)
""", "2026-01-16", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Hồ Xuân Trường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pi Năng Thị Hường", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Sơn"),
 P("Nguyễn Văn Đông", "Chủ tịch Ủy ban MTTQ Việt Nam xã Diên Khánh"),
 P("Chamaléa Điệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Khắc Hoàn", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("24 người chết", 24, "người"), Q("5 người mất tích", 5, "người"), Q("hơn 42.000 ngôi nhà", 42000, "ngôi nhà", "over"),
 Q("146 ngôi nhà", 146, "ngôi nhà"), Q("146 căn nhà", 146, "căn nhà"), Q("hơn 318 tỷ đồng", 318000000000, "đồng", "over"), Q("khoảng 60 tỷ đồng", 60000000000, "đồng", "approx"),
 Q("276,4 tỷ đồng", 276400000000, "đồng"), Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("2.118 căn nhà", 2118, "căn nhà"),
 Q("6%", 6, "%"), Q("100%", 100, "%"), Q("1.364 thôn, tổ dân phố", 1364, "thôn, tổ dân phố"), Q("38,7 tỷ đồng", 38700000000, "đồng"),
 Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("96 cuộc giám sát", 96, "cuộc giám sát"), Q("74 hộ đồng bào Raglai", 74, "hộ đồng bào Raglai"),
 Q("hơn 2.400 ngày công", 2400, "ngày công", "over"), Q("530 hộ", 530, "hộ"),
 Q("8 tập thể", 8, "tập thể"), Q("10 cá nhân", 10, "cá nhân"), Q("52 tập thể", 52, "tập thể"), Q("67 cá nhân", 67, "cá nhân")],
[D("Quyết định", "1016", "QĐ/TU", None, None, "Quyết định số 1016-QĐ/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Nghị quyết", "06", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 06-NQ/TU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Diên Khánh"), com("Phan Rang"), com("Phước Hà")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Vì người nghèo", "Lượt xem: 1.157", "Tết Bính Ngọ"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2026", "tháng 11", "4 đợt", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.157"]))

PAGES.append(page("b4297-daklak-bangiao-nha-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ › Tin tức › An sinh xã hội
Thứ Bảy, 24/01/2026 - 17:30
Bàn giao 215 căn nhà cho người dân vùng lũ trước Tết Bính Ngọ
Sáng 24/1, tại xã Hòa Thịnh, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức lễ bàn giao 215 căn nhà xây mới cho các hộ dân có nhà bị sập, cuốn trôi trong đợt mưa lũ lịch sử tháng 11/2025 ở khu vực phía Đông của tỉnh (tỉnh Phú Yên cũ). Đây là kết quả của "Chiến dịch Quang Trung" thần tốc xây dựng lại nhà ở cho người dân sau lũ.
Dự lễ có các đồng chí: Y Ngọc Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Lê Tấn Phước, Phó Chủ tịch UBND tỉnh; đại diện Bộ Tư lệnh Quân khu 5.
Theo báo cáo, đợt mưa lũ từ ngày 16 đến 21/11/2025 làm 31 người chết, 278 ngôi nhà bị sập đổ, cuốn trôi, trên 53.000 ngôi nhà bị ngập sâu. Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 412 tỷ đồng; trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 150 tỷ đồng theo Quyết định số 2086/QĐ-MTTW-BTT ngày 25/11/2025. Thực hiện Kế hoạch số 112-KH/TU ngày 27/11/2025 của Ban Thường vụ Tỉnh ủy, mỗi căn nhà xây mới được hỗ trợ 80 triệu đồng, diện tích tối thiểu 40 m2, có tầng lửng tránh lũ.
Sau 55 ngày triển khai, 1.860 cán bộ, chiến sĩ lực lượng vũ trang cùng hơn 4.500 lượt đoàn viên, hội viên đã hoàn thành 215 căn; 63 căn còn lại sẽ hoàn thành trước ngày 10/2/2026. Tại xã Sơn Hòa, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: H'Yim Kđoh, Trần Hữu Nghĩa trao quyết định bàn giao nhà cho 42 hộ, trong đó 17 hộ đồng bào Ba Na, Chăm H'roi.
Ông Ksor Y Thăm, người có uy tín buôn Lạc Mỹ, xã Sơn Hòa, xúc động: "Lũ cuốn hết, tưởng Tết này bà con phải ở lều bạt, giờ có nhà mới kiên cố". Bà Nguyễn Thị Ánh, Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa, cho biết phường có 36 hộ nhận nhà, Mặt trận phường vận động thêm 360 triệu đồng mua giường tủ, bếp gas cho các hộ.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk, cùng với 215 căn nhà bàn giao hôm nay, toàn tỉnh đã hỗ trợ sửa chữa 1.930 căn nhà bị hư hỏng nặng, mỗi căn từ 10 đến 30 triệu đồng.
Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 215 suất quà Tết, mỗi suất 2 triệu đồng; Hội Nông dân tỉnh trao 100 con bê giống; Tỉnh đoàn trao 300 phần quà cho thiếu nhi. Đồng chí Y Ngọc Niê đề nghị các xã, phường tiếp tục vận động người dân xây nhà đúng vị trí an toàn, quản lý chặt nguồn vốn, không để thất thoát.
Ảnh: Trao quyết định bàn giao nhà tại xã Hòa Thịnh.
Kim Oanh
Lượt xem: 3.402
Tin khác
- Ra quân "Chiến dịch Quang Trung" xây nhà cho người dân vùng lũ (30/11/2025)
- Mặt trận tỉnh phân bổ đợt 3 tiền ủng hộ (18/12/2025)
- Thăm, tặng quà gia đình chính sách xã Đồng Xuân (15/01/2026)
""", "2026-01-24", "Bàn giao 215 căn nhà cho người dân vùng lũ trước Tết Bính Ngọ",
E("trao_qua", None, "2026-01-24"),
[P("Y Ngọc Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Tấn Phước", "Phó Chủ tịch UBND tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Thăm", "người có uy tín buôn Lạc Mỹ"),
 P("Nguyễn Thị Ánh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa")],
[Q("215 căn nhà", 215, "căn nhà"), Q("31 người chết", 31, "người"), Q("278 ngôi nhà", 278, "ngôi nhà"), Q("trên 53.000 ngôi nhà", 53000, "ngôi nhà", "over"),
 Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("150 tỷ đồng", 150000000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("tối thiểu 40 m2", 40, "m2"), Q("1.860 cán bộ, chiến sĩ", 1860, "cán bộ, chiến sĩ"), Q("hơn 4.500 lượt đoàn viên, hội viên", 4500, "lượt đoàn viên, hội viên", "over"),
 Q("63 căn", 63, "căn"), Q("42 hộ", 42, "hộ"), Q("17 hộ đồng bào Ba Na, Chăm H'roi", 17, "hộ đồng bào Ba Na, Chăm H'roi"), Q("36 hộ", 36, "hộ"),
 Q("360 triệu đồng", 360000000, "đồng"), Q("215 suất quà", 215, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("100 con bê giống", 100, "con bê giống"),
 Q("300 phần quà", 300, "phần quà"), Q("1.930 căn nhà", 1930, "căn nhà"), Q("10 đến 30 triệu đồng", 10000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Quyết định", "2086", "QĐ-MTTW-BTT", "2025-11-25", None, "Quyết định số 2086/QĐ-MTTW-BTT ngày 25/11/2025"),
 D("Kế hoạch", "112", "KH/TU", "2025-11-27", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 27/11/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Hòa Thịnh"), com("Sơn Hòa"), com("Tuy Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ › Tin tức › An sinh xã hội", "Chiến dịch Quang Trung", "Ảnh: Trao quyết định bàn giao nhà tại xã Hòa Thịnh.",
 "Lượt xem: 3.402", "Tết Bính Ngọ", "Bộ Chỉ huy Quân sự tỉnh"],
["Thứ Bảy, 24/01/2026 - 17:30", "tháng 11/2025", "55 ngày", "Lượt xem: 3.402"]))

PAGES.append(page("b4298-gialai-mttq-giaoban-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ >> Hoạt động >> Tin Mặt trận tỉnh
08/04/2026 - 15:30
Ảnh: Đồng chí Rơ Châm H'Nhí phát biểu kết luận.
Giao ban công tác Mặt trận quý I: Tập trung hỗ trợ người dân vùng lũ phục hồi sinh kế
Chiều 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2026 với Ủy ban MTTQ Việt Nam 135 xã, phường (trực tuyến). Đồng chí Rơ Châm H'Nhí, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, quý I, Mặt trận các cấp tiếp tục phân bổ nguồn ủng hộ khắc phục hậu quả mưa lũ cuối năm 2025 ở khu vực phía Đông tỉnh (tỉnh Bình Định cũ). Đến ngày 31/3/2026, đã phân bổ 186,2 tỷ đồng trên tổng số 201,5 tỷ đồng tiếp nhận, đạt 92,4%; hoàn thành xây mới 318 căn nhà, sửa chữa 1.045 căn nhà. Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 07, 08/HD-MTTQ-BTT về hỗ trợ sinh kế, theo đó mỗi hộ mất đất sản xuất được hỗ trợ 15 triệu đồng mua giống cây trồng, vật nuôi; đã có 2.360 hộ được hỗ trợ.
Dịp Tết Nguyên đán Bính Ngọ, Mặt trận và các tổ chức thành viên đã trao 48.600 suất quà với tổng trị giá trên 34 tỷ đồng cho hộ nghèo, hộ bị thiệt hại do thiên tai. Quý I, Mặt trận các cấp tổ chức 73 hội nghị tiếp xúc cử tri, chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; tổ chức 29 cuộc giám sát, tiếp nhận 214 ý kiến, kiến nghị.
Tại hội nghị, đồng chí Đinh Văn Thuận, Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, cho biết 96 hộ đồng bào Ba Na của xã đã được bố trí tái định cư, nhưng còn khoảng 40 hộ chưa có đất sản xuất. Bà Võ Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam, đề nghị tỉnh sớm phân bổ số tiền còn lại 15,3 tỷ đồng để sửa chữa nhà văn hóa khu phố. Ông Ksor Phơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pa, báo cáo mô hình "Tổ nhân dân tự quản phòng, chống thiên tai" ở 12 buôn.
Hội nghị cũng chỉ ra hạn chế: một số xã mới sau sắp xếp chưa bố trí đủ cán bộ chuyên trách công tác Mặt trận; việc số hóa danh sách hộ nhận hỗ trợ trên địa bàn tỉnh Gia Lai còn chậm, chưa đồng bộ giữa các xã khu vực phía Tây và phía Đông.
Kết luận hội nghị, đồng chí Rơ Châm H'Nhí đề nghị quý II, Mặt trận các cấp hoàn thành phân bổ nguồn ủng hộ trước ngày 30/4/2026; thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; phối hợp với chính quyền xây dựng phương án vận động, cứu trợ ngay từ đầu mùa mưa bão năm 2026. Đồng chí giao các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Thu Sương, Đinh Hoàng Văn theo dõi các xã vùng lũ.
Thu Sương
Lượt xem: 512
Tin liên quan
- Bàn giao 50 căn nhà cho hộ dân vùng lũ An Lão (20/03/2026)
- Ủy ban MTTQ tỉnh trao quà Tết cho người dân vùng lũ (10/02/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 3 (15/01/2026)
""", "2026-04-08", "Giao ban công tác Mặt trận quý I: Tập trung hỗ trợ người dân vùng lũ phục hồi sinh kế",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Rơ Châm H'Nhí", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thuận", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão"),
 P("Võ Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam"),
 P("Ksor Phơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pa"),
 P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Hoàng Văn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 xã, phường", 135, "xã, phường"), Q("186,2 tỷ đồng", 186200000000, "đồng"), Q("201,5 tỷ đồng", 201500000000, "đồng"), Q("92,4%", 92.4, "%"),
 Q("318 căn nhà", 318, "căn nhà"), Q("1.045 căn nhà", 1045, "căn nhà"), Q("15 triệu đồng", 15000000, "đồng"), Q("2.360 hộ", 2360, "hộ"),
 Q("48.600 suất quà", 48600, "suất quà"), Q("trên 34 tỷ đồng", 34000000000, "đồng", "over"), Q("73 hội nghị tiếp xúc cử tri", 73, "hội nghị tiếp xúc cử tri"),
 Q("29 cuộc giám sát", 29, "cuộc giám sát"), Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("96 hộ đồng bào Ba Na", 96, "hộ đồng bào Ba Na"),
 Q("khoảng 40 hộ", 40, "hộ", "approx"), Q("15,3 tỷ đồng", 15300000000, "đồng"), Q("12 buôn", 12, "buôn")],
[D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 07, 08/HD-MTTQ-BTT"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 07, 08/HD-MTTQ-BTT"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("Quy Nhơn Nam"), com("Ia Pa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ >> Hoạt động >> Tin Mặt trận tỉnh", "Ảnh: Đồng chí Rơ Châm H'Nhí phát biểu kết luận.",
 "Tổ nhân dân tự quản phòng, chống thiên tai", "Lượt xem: 512", "Tết Nguyên đán Bính Ngọ"],
["08/04/2026 - 15:30", "quý I năm 2026", "năm 2025", "khóa XVI", "quý II", "năm 2026", "Lượt xem: 512"]))

PAGES.append(page("b4299-sonla-mttq-luquet-2017", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Xã hội | Mặt trận - Đoàn thể
10/08/2017 | 14:10
Trao gần 2,3 tỷ đồng hỗ trợ nhân dân Mường La khắc phục hậu quả lũ quét
(Baosonla.vn) - Ngày 8/8, đoàn công tác Ủy ban MTTQ tỉnh do đồng chí Lò Thị Ban, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã đến thăm, trao hỗ trợ cho các hộ dân bị thiệt hại do trận lũ quét, sạt lở đất rạng sáng ngày 3/8/2017 tại các xã Nậm Păm, Ngọc Chiến, Chiềng Muôn, huyện Mường La.
Đợt lũ quét làm 16 người chết, 7 người mất tích, 56 ngôi nhà bị cuốn trôi hoàn toàn, 315 nhà bị hư hỏng; nhiều tuyến đường, cầu treo, công trình thủy lợi bị phá hủy. Tổng thiệt hại ước trên 500 tỷ đồng. Thực hiện Nghị định số 64/2008/NĐ-CP, Ủy ban MTTQ tỉnh Sơn La đã ban hành Thư kêu gọi và Công văn số 1412/MTTQ-BTT ngày 4/8/2017 đề nghị các tổ chức, cá nhân ủng hộ.
Tại xã Nậm Păm, đoàn đã trao hỗ trợ 7 gia đình có người chết, mất tích mỗi gia đình 10 triệu đồng; 38 hộ có nhà bị trôi hoàn toàn mỗi hộ 30 triệu đồng; 126 hộ có nhà bị hư hỏng mỗi hộ 3 triệu đồng. Tại xã Ngọc Chiến và xã Chiềng Muôn, đoàn trao 540 suất quà, mỗi suất gồm 30 kg gạo, 1 thùng mì tôm và 200.000 đồng. Tổng trị giá hỗ trợ đợt này gần 2,3 tỷ đồng.
Đi cùng đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Cầm Văn Chính, Hoàng Thị Xuân; đồng chí Quàng Văn Dũng, HUV, Chủ tịch Ủy ban MTTQ huyện Mường La. Theo đồng chí Quàng Văn Dũng, đến ngày 7/8, Ủy ban MTTQ huyện đã tiếp nhận 1,62 tỷ đồng, 11 tấn gạo, 1.500 thùng mì và 2.000 bộ quần áo; Hội LHPN, Đoàn Thanh niên, Hội Cựu chiến binh huyện huy động 1.200 lượt hội viên, đoàn viên cùng bộ đội, công an tìm kiếm người mất tích, dọn bùn đất.
Ông Lường Văn Pọm, Bí thư Đảng ủy xã Nậm Păm, cho biết bà con người Thái ở bản Nậm Păm, Lả Mường mất hết tài sản, 93 hộ đang phải ở nhờ, ở lán tạm. Xã đề nghị tỉnh sớm bố trí 2 điểm tái định cư tập trung với khoảng 120 hộ. Anh Lò Văn Hặc, người dân bản Lả Mường có nhà bị cuốn trôi, bày tỏ cảm ơn sự quan tâm của Mặt trận và các nhà hảo tâm.
Phát biểu tại buổi trao hỗ trợ, đồng chí Lò Thị Ban đề nghị cấp ủy, chính quyền, Mặt trận các xã rà soát chính xác, hỗ trợ đúng đối tượng, công khai tại các bản; vận động nhân dân phát huy tinh thần "lá lành đùm lá rách", không để hộ nào thiếu đói. Trước mắt, Ủy ban MTTQ tỉnh hỗ trợ thêm 500 triệu đồng để huyện Mường La dựng nhà tạm cho các hộ mất nhà.
Ảnh: Đồng chí Lò Thị Ban trao hỗ trợ cho gia đình có người bị nạn ở xã Nậm Păm.
Lượt xem: 2.814
Tin liên quan
- Khẩn trương khắc phục hậu quả lũ quét tại Mường La (05/08/2017)
- Tiếp nhận 1 tỷ đồng ủng hộ đồng bào bị thiệt hại do lũ (07/08/2017)
- Phù Yên: ra quân giúp dân khắc phục sạt lở (28/07/2017)
""", "2017-08-10", "Trao gần 2,3 tỷ đồng hỗ trợ nhân dân Mường La khắc phục hậu quả lũ quét",
E("trao_qua", None, "2017-08-08"),
[P("Lò Thị Ban", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Cầm Văn Chính", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quàng Văn Dũng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mường La"),
 P("Lường Văn Pọm", "Bí thư Đảng ủy xã Nậm Păm"),
 P("Lò Văn Hặc")],
[Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("16 người chết", 16, "người"), Q("7 người mất tích", 7, "người"),
 Q("56 ngôi nhà", 56, "ngôi nhà"), Q("315 nhà", 315, "nhà"), Q("trên 500 tỷ đồng", 500000000000, "đồng", "over"),
 Q("7 gia đình", 7, "gia đình"), Q("10 triệu đồng", 10000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("126 hộ", 126, "hộ"), Q("3 triệu đồng", 3000000, "đồng"), Q("540 suất quà", 540, "suất quà"), Q("30 kg gạo", 30, "kg"),
 Q("200.000 đồng", 200000, "đồng"), Q("1,62 tỷ đồng", 1620000000, "đồng"), Q("11 tấn gạo", 11, "tấn"), Q("1.500 thùng mì", 1500, "thùng mì"),
 Q("2.000 bộ quần áo", 2000, "bộ quần áo"), Q("1.200 lượt hội viên, đoàn viên", 1200, "lượt hội viên, đoàn viên"), Q("93 hộ", 93, "hộ"),
 Q("2 điểm tái định cư tập trung", 2, "điểm tái định cư tập trung"), Q("khoảng 120 hộ", 120, "hộ", "approx"), Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị định", "64", "2008/NĐ-CP", None, None, "Nghị định số 64/2008/NĐ-CP"),
 D("Công văn", "1412", "MTTQ-BTT", "2017-08-04", "Ủy ban MTTQ tỉnh Sơn La", "Công văn số 1412/MTTQ-BTT ngày 4/8/2017")],
[prov("Sơn La"), com("Nậm Păm"), com("Ngọc Chiến"), com("Chiềng Muôn")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Xã hội | Mặt trận - Đoàn thể", "(Baosonla.vn)", "Thư kêu gọi",
 "lá lành đùm lá rách", "Ảnh: Đồng chí Lò Thị Ban trao hỗ trợ cho gia đình có người bị nạn ở xã Nậm Păm.", "Lượt xem: 2.814"],
["10/08/2017 | 14:10", "1 thùng mì tôm", "Lượt xem: 2.814"]))

PAGES.append(page("b4300-quangtri-mttq-taphuan-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
You are here: Trang chủ / Tin tức / Hoạt động Mặt trận
Thứ Năm, 15/06/2023
Chủ động ứng phó thiên tai từ khu dân cư
Trong 2 ngày 13 và 14/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức lớp tập huấn kỹ năng phòng, chống thiên tai và vận động, cứu trợ năm 2023 cho 150 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và Trưởng ban công tác Mặt trận các thôn thường xuyên bị ảnh hưởng bởi bão lũ.
Ảnh: Quang cảnh lớp tập huấn.
Phát biểu khai mạc, đồng chí Nguyễn Đăng Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: Quảng Trị là một trong những địa phương chịu ảnh hưởng nặng nề của thiên tai; riêng đợt mưa lũ lịch sử năm 2020 làm 77 người chết, hơn 80.000 ngôi nhà bị ngập. Từ bài học đó, Mặt trận cơ sở phải nắm chắc danh sách hộ yếu thế, chủ động phương án "4 tại chỗ" ngay từ khu dân cư.
Tại lớp tập huấn, các học viên được ông Lê Quang Hưng, Phó Chi cục trưởng Chi cục Thủy lợi tỉnh, Phó Chánh Văn phòng thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh, truyền đạt chuyên đề về Luật Phòng, chống thiên tai và Nghị định số 66/2021/NĐ-CP. Bà Hồ Thị Hoài Thu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn thực hiện Nghị định số 93/2021/NĐ-CP và Hướng dẫn số 24/HD-MTTQ-BTT ngày 12/5/2023 về vận động, tiếp nhận, phân phối nguồn đóng góp tự nguyện; chia sẻ kinh nghiệm lập 5 loại sổ sách, công khai ít nhất 3 lần tại khu dân cư.
Nhiều học viên đến từ vùng đồng bào Vân Kiều, Pa Kô như ông Hồ Văn Thanh, Chủ tịch Ủy ban MTTQ xã Hướng Phùng; bà Kray Thị Pai, Trưởng ban công tác Mặt trận thôn A Cha, xã A Túc, đã chia sẻ cách làm hay: lập nhóm Zalo cảnh báo sạt lở, dự trữ 5 - 7 ngày lương thực ở 100% nhà văn hóa thôn. Ông Lê Văn Tịnh, Chủ tịch Ủy ban MTTQ xã Triệu Phước cho biết xã đã xây dựng 12 "Tổ xung kích phòng chống thiên tai" với 168 thành viên, sẵn sàng 24 thuyền máy khi có lũ.
Năm 2022, Mặt trận các cấp trong tỉnh đã vận động được 4,8 tỷ đồng hỗ trợ 1.640 hộ bị thiệt hại; Ủy ban MTTQ tỉnh đã phân bổ hết 100% số tiền tiếp nhận. Thực hiện Kế hoạch số 39-KH/TU của Ban Thường vụ Tỉnh ủy, năm 2023 tỉnh phấn đấu xây dựng 50 nhà chống lũ cho hộ nghèo vùng thấp trũng, mỗi nhà được hỗ trợ tối đa 40 triệu đồng.
Kết thúc lớp tập huấn, đồng chí Đỗ Thị Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị học viên triển khai ngay ở cơ sở, kiện toàn Ban Vận động cứu trợ các cấp trước mùa mưa bão.
Phương Nhi
Lượt xem: 689
Tin khác
- Hải Lăng: trao 20 nhà chống lũ cho hộ nghèo (02/06/2023)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách người có công (25/05/2023)
- Gio Linh: ra mắt mô hình "Khu dân cư an toàn trước thiên tai" (10/05/2023)
""", "2023-06-15", "Chủ động ứng phó thiên tai từ khu dân cư",
E("tap_huan", "2023", "2023-06-13"),
[P("Nguyễn Đăng Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Hưng", "Phó Chi cục trưởng Chi cục Thủy lợi tỉnh", "Phó Chánh Văn phòng thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh"),
 P("Hồ Thị Hoài Thu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Thanh", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Kray Thị Pai", "Trưởng ban công tác Mặt trận thôn A Cha"),
 P("Lê Văn Tịnh", "Chủ tịch Ủy ban MTTQ xã Triệu Phước"),
 P("Đỗ Thị Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("77 người chết", 77, "người"), Q("hơn 80.000 ngôi nhà", 80000, "ngôi nhà", "over"),
 Q("5 loại sổ sách", 5, "loại sổ sách"), Q("100% nhà văn hóa thôn", 100, "%"),
 Q('12 "Tổ xung kích phòng chống thiên tai"', 12, "Tổ xung kích phòng chống thiên tai"), Q("168 thành viên", 168, "thành viên"),
 Q("24 thuyền máy", 24, "thuyền máy"), Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("1.640 hộ", 1640, "hộ"), Q("100% số tiền", 100, "%"),
 Q("50 nhà chống lũ", 50, "nhà chống lũ"), Q("tối đa 40 triệu đồng", 40000000, "đồng")],
[D("Nghị định", "66", "2021/NĐ-CP", None, None, "Nghị định số 66/2021/NĐ-CP"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "24", "HD-MTTQ-BTT", "2023-05-12", None, "Hướng dẫn số 24/HD-MTTQ-BTT ngày 12/5/2023"),
 D("Kế hoạch", "39", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 39-KH/TU")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Túc"), com("Triệu Phước")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "You are here: Trang chủ / Tin tức / Hoạt động Mặt trận", "Ảnh: Quang cảnh lớp tập huấn.",
 "Luật Phòng, chống thiên tai", "Lượt xem: 689", "4 tại chỗ"],
["Thứ Năm, 15/06/2023", "2 ngày", "năm 2020", "4 tại chỗ", "5 - 7 ngày", "ít nhất 3 lần", "Năm 2022", "năm 2023", "Lượt xem: 689"]))
