from lib import *
PAGES = []

PAGES.append(page("b4283-quangngai-mttq-giamsat-2021", """
Báo Quảng Ngãi điện tử
Chính trị | Mặt trận - Đoàn thể
Thứ Ba, 23/03/2021 - 07:50
Giám sát việc phân bổ tiền hỗ trợ khắc phục hậu quả bão số 9 tại Ba Tơ, Bình Sơn
(Báo Quảng Ngãi) - Từ ngày 17 đến 19/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Võ Thị Thanh Nhàn, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, phân bổ và sử dụng nguồn hỗ trợ khắc phục hậu quả bão số 9 năm 2020 tại huyện Ba Tơ và huyện Bình Sơn, theo Chương trình giám sát năm 2021.
Theo báo cáo, sau bão số 9, Ủy ban MTTQ huyện Ba Tơ tiếp nhận 14,7 tỷ đồng từ Ban Vận động cứu trợ tỉnh và các nhà hảo tâm; đã phân bổ cho 22 xã, thị trấn để hỗ trợ 3.215 hộ có nhà bị tốc mái, 186 hộ có nhà bị sập hoàn toàn. Ủy ban MTTQ huyện Bình Sơn tiếp nhận 9,3 tỷ đồng, hỗ trợ 4.060 hộ, trong đó 63 hộ đồng bào Cor ở xã Bình An được hỗ trợ 35 triệu đồng mỗi hộ để làm lại nhà.
Đoàn giám sát trực tiếp tại xã Ba Vì và xã Ba Tiêu, kiểm tra hồ sơ, gặp gỡ 48 hộ nhận hỗ trợ. Ông Đinh Văn Xanh, người có uy tín thôn Làng Mạ, xã Ba Vì, cho biết: "Danh sách được niêm yết ở nhà văn hóa thôn 7 ngày, bà con đều biết ai được bao nhiêu tiền". Bà Phạm Thị Yên, Chủ tịch Ủy ban MTTQ xã Ba Tiêu, báo cáo xã đã nhận 1,15 tỷ đồng, chi hỗ trợ 312 hộ, còn 42 triệu đồng chưa giải ngân do 6 hộ chưa hoàn thiện thủ tục.
Qua giám sát, đoàn đánh giá các địa phương cơ bản thực hiện đúng Nghị định số 93/2021/NĐ-CP và Hướng dẫn số 48/HD-MTTQ-BTT ngày 30/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh; tuy nhiên một số xã chưa lưu đủ chứng từ, 2 xã chậm công khai kết quả phân bổ. Các đồng chí Đinh Thị Lài, Phạm Văn Chua - Phó Chủ tịch Ủy ban MTTQ huyện Ba Tơ tiếp thu, cam kết khắc phục trước ngày 30/4/2021.
Kết luận buổi giám sát, đồng chí Võ Thị Thanh Nhàn đề nghị Mặt trận huyện Ba Tơ và Bình Sơn chỉ đạo Ban Giám sát đầu tư của cộng đồng, Ban Thanh tra nhân dân ở 100% xã tham gia giám sát việc xây dựng lại nhà ở của các hộ, bảo đảm nhà được làm kiên cố, có tầng lửng tránh lũ. Trước mùa mưa bão năm 2021, các xã phải hoàn thành việc hỗ trợ cho 186 hộ có nhà bị sập.
Tham gia đoàn giám sát có ông Lê Văn Thái, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Tài chính, Sở Xây dựng.
Ảnh: Đoàn giám sát làm việc tại xã Ba Vì.
Thanh Nhị
Lượt xem: 612
Tin liên quan
- Ủy ban MTTQ tỉnh phân bổ hơn 40 tỷ đồng hỗ trợ người dân sau bão số 9 (12/11/2020)
- Sơn Tây: người dân vùng cao dựng lại nhà sau bão (05/12/2020)
- Bình Sơn công khai danh sách hộ nhận hỗ trợ (22/11/2020)
""", "2021-03-23", "Giám sát việc phân bổ tiền hỗ trợ khắc phục hậu quả bão số 9 tại Ba Tơ, Bình Sơn",
E("giam_sat", "2021", "2021-03-17"),
[P("Võ Thị Thanh Nhàn", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Xanh", "người có uy tín thôn Làng Mạ"),
 P("Phạm Thị Yên", "Chủ tịch Ủy ban MTTQ xã Ba Tiêu"),
 P("Đinh Thị Lài", "Phó Chủ tịch Ủy ban MTTQ huyện Ba Tơ"),
 P("Phạm Văn Chua", "Phó Chủ tịch Ủy ban MTTQ huyện Ba Tơ"),
 P("Lê Văn Thái", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("3.215 hộ", 3215, "hộ"),
 Q("186 hộ", 186, "hộ"), Q("9,3 tỷ đồng", 9300000000, "đồng"), Q("4.060 hộ", 4060, "hộ"), Q("63 hộ đồng bào Cor", 63, "hộ đồng bào Cor"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("48 hộ", 48, "hộ"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("312 hộ", 312, "hộ"),
 Q("42 triệu đồng", 42000000, "đồng"), Q("6 hộ", 6, "hộ"), Q("2 xã", 2, "xã"), Q("100% xã", 100, "%")],
[D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "48", "HD-MTTQ-BTT", "2020-10-30", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 48/HD-MTTQ-BTT ngày 30/10/2020")],
[prov("Quảng Ngãi"), com("Bình An"), com("Ba Vì"), com("Ba Tiêu")],
["Báo Quảng Ngãi điện tử", "Chính trị | Mặt trận - Đoàn thể", "(Báo Quảng Ngãi)", "Ảnh: Đoàn giám sát làm việc tại xã Ba Vì.",
 "Lượt xem: 612", "Chương trình giám sát năm 2021", "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Ba, 23/03/2021 - 07:50", "bão số 9", "bão số 9 năm 2020", "7 ngày", "năm 2021", "Lượt xem: 612"]))

PAGES.append(page("b4284-yenbai-mttq-phanbo-yagi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC TỈNH YÊN BÁI
Hôm nay: Thứ Hai, 23/09/2024
Trang chủ >> Tin tức - Sự kiện >> Cứu trợ thiên tai
Thứ Sáu, 20/09/2024 - 18:10
Yên Bái: Phân bổ đợt 1 gần 62 tỷ đồng ủng hộ khắc phục hậu quả bão số 3
Chiều 19/9, Ban Thường trực Ủy ban MTTQ tỉnh Yên Bái tổ chức hội nghị Ban Vận động cứu trợ tỉnh để thống nhất phương án phân bổ đợt 1 nguồn kinh phí ủng hộ nhân dân khắc phục hậu quả bão số 3 (bão Yagi) và mưa lũ sau bão. Đồng chí Giàng A Chu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động cứu trợ tỉnh chủ trì.
Hoàn lưu bão số 3 gây mưa đặc biệt lớn làm 55 người chết, 7 người mất tích; 9.786 ngôi nhà bị thiệt hại, trong đó 432 nhà bị sập đổ, cuốn trôi hoàn toàn và 1.318 nhà phải di dời khẩn cấp. Đến 17 giờ ngày 18/9/2024, Ban Vận động cứu trợ tỉnh đã tiếp nhận 87,6 tỷ đồng từ Ủy ban Trung ương MTTQ Việt Nam, các tỉnh, thành phố và các tổ chức, cá nhân.
Căn cứ Nghị định số 93/2021/NĐ-CP của Chính phủ và Hướng dẫn số 12/HD-MTTQ-BTT ngày 12/9/2024, hội nghị thống nhất phân bổ đợt 1 gần 62 tỷ đồng: hỗ trợ gia đình có người chết, mất tích 20 triệu đồng/người; hộ có nhà bị sập đổ, cuốn trôi hoàn toàn 50 triệu đồng/hộ; hộ phải di dời khẩn cấp 30 triệu đồng/hộ; hộ có nhà bị hư hỏng nặng từ 50% trở lên 15 triệu đồng/hộ. Các huyện Lục Yên, Văn Yên, Trấn Yên được ưu tiên do thiệt hại nặng nhất.
Thảo luận tại hội nghị, bà Triệu Thị Dụng, HUV, Chủ tịch Ủy ban MTTQ huyện Văn Yên, cho biết riêng xã Châu Quế Thượng có 87 hộ đồng bào Dao phải di dời khẩn cấp, 2 điểm trường bị vùi lấp. Ông Hoàng Văn Páo, Bí thư Đảng ủy, Chủ tịch HĐND xã Mỏ Vàng, đề nghị tỉnh sớm bố trí đất tái định cư cho 54 hộ ở khu vực có nguy cơ sạt lở. Đồng chí Nguyễn Thị Thu Hà, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, báo cáo các đoàn thể đã huy động hơn 8.000 lượt đoàn viên, hội viên giúp dân dọn dẹp, dựng lại nhà tạm.
Kết luận hội nghị, đồng chí Giàng A Chu đề nghị Ủy ban MTTQ các huyện, thị xã, thành phố chuyển tiền đến tận tay người dân trong 5 ngày làm việc, niêm yết công khai danh sách tại trụ sở UBND xã và nhà văn hóa thôn, tổ dân phố; Mặt trận cấp xã chủ trì giám sát, báo cáo kết quả về Thường trực Ủy ban MTTQ tỉnh trước ngày 30/9/2024. Số tiền còn lại sẽ được phân bổ đợt 2 sau khi có số liệu thiệt hại chính thức.
Ảnh: Quang cảnh hội nghị.
Minh Huyền
Lượt xem: 2.745
Bài viết liên quan
- Thư kêu gọi ủng hộ nhân dân khắc phục hậu quả bão số 3 (09/09/2024)
- Tiếp nhận ủng hộ tại Trung tâm Hội nghị tỉnh (14/09/2024)
- Lục Yên: sơ tán khẩn cấp hơn 1.000 hộ dân (10/09/2024)
""", "2024-09-20", "Yên Bái: Phân bổ đợt 1 gần 62 tỷ đồng ủng hộ khắc phục hậu quả bão số 3",
E("hoi_nghi", None, "2024-09-19"),
[P("Giàng A Chu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Triệu Thị Dụng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Văn Yên"),
 P("Hoàng Văn Páo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mỏ Vàng"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("gần 62 tỷ đồng", 62000000000, "đồng", "approx"), Q("55 người chết", 55, "người"), Q("7 người mất tích", 7, "người"),
 Q("9.786 ngôi nhà", 9786, "ngôi nhà"), Q("432 nhà", 432, "nhà"), Q("1.318 nhà", 1318, "nhà"), Q("87,6 tỷ đồng", 87600000000, "đồng"),
 Q("20 triệu đồng/người", 20000000, "đồng"), Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("30 triệu đồng/hộ", 30000000, "đồng"),
 Q("từ 50% trở lên", 50, "%", "over"), Q("15 triệu đồng/hộ", 15000000, "đồng"), Q("87 hộ đồng bào Dao", 87, "hộ đồng bào Dao"),
 Q("2 điểm trường", 2, "điểm trường"), Q("54 hộ", 54, "hộ"), Q("hơn 8.000 lượt đoàn viên, hội viên", 8000, "lượt đoàn viên, hội viên", "over")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2024-09-12", None, "Hướng dẫn số 12/HD-MTTQ-BTT ngày 12/9/2024")],
[prov("Yên Bái"), com("Châu Quế Thượng"), com("Mỏ Vàng")],
["CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC TỈNH YÊN BÁI", "Trang chủ >> Tin tức - Sự kiện >> Cứu trợ thiên tai", "Ảnh: Quang cảnh hội nghị.",
 "Lượt xem: 2.745", "Ban Vận động cứu trợ tỉnh", "bão Yagi"],
["Hôm nay: Thứ Hai, 23/09/2024", "Thứ Sáu, 20/09/2024 - 18:10", "bão số 3", "đợt 1", "đợt 2", "17 giờ ngày 18/9/2024", "5 ngày làm việc", "Lượt xem: 2.745"]))

PAGES.append(page("b4285-laocai-langnu-bangiao-2024", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội / Mặt trận - Đoàn thể
Thứ Bảy, 21/12/2024 | 19:30
Ảnh: Các đại biểu cắt băng khánh thành khu tái định cư.
Bàn giao 40 ngôi nhà mới cho người dân Làng Nủ
LCĐT - Sáng 21/12, tại thôn Làng Nủ, xã Phúc Khánh (huyện Bảo Yên), Ủy ban MTTQ Việt Nam tỉnh Lào Cai phối hợp với UBND huyện Bảo Yên và Bộ Tư lệnh Quân khu 2 tổ chức lễ khánh thành, bàn giao 40 ngôi nhà tại khu tái định cư cho các hộ dân bị thiệt hại do trận lũ quét kinh hoàng ngày 10/9/2024 sau hoàn lưu bão số 3.
Dự buổi lễ có các đồng chí: Vũ Xuân Hòa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Hoàng Quốc Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Nông Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trận lũ quét ngày 10/9 đã cuốn trôi gần như toàn bộ thôn Làng Nủ, làm 67 người chết và mất tích, 37 ngôi nhà bị vùi lấp. Chỉ sau 90 ngày thi công, khu tái định cư rộng hơn 5 ha với 40 ngôi nhà, nhà văn hóa, nhà mẫu giáo và hệ thống đường nội bộ đã hoàn thành. Mỗi ngôi nhà có diện tích 60 m2, tổng kinh phí gần 40 tỷ đồng từ nguồn vận động do Ủy ban Trung ương MTTQ Việt Nam phân bổ, trong đó mỗi căn nhà khoảng 800 triệu đồng kể cả hạ tầng.
Phát biểu tại buổi lễ, đồng chí Nông Thị Hồng Nhung cho biết, đến ngày 15/12/2024, Ban Vận động cứu trợ tỉnh đã tiếp nhận 302,5 tỷ đồng; đã phân bổ 3 đợt với tổng số 251 tỷ đồng cho 9 huyện, thị xã, thành phố, hỗ trợ làm mới 1.263 căn nhà và sửa chữa 2.410 căn nhà. Các tổ chức thành viên đã huy động trên 25.000 ngày công giúp các hộ san lấp mặt bằng, vận chuyển vật liệu.
Ông Hoàng Văn Thủy, Trưởng thôn Làng Nủ, xúc động: "Bà con người Tày trong thôn mất nhà, mất người thân, tưởng không gượng dậy nổi. Nay có nhà mới trước Tết, 40 gia đình đã yên tâm làm ăn". Bà Hoàng Thị Mai, một trong những hộ được nhận nhà, còn được Hội LHPN tỉnh trao 1 con bò giống và 5 triệu đồng.
Nhân dịp này, Ủy ban MTTQ tỉnh trao 40 suất quà Tết, mỗi suất 2 triệu đồng; Hội Cựu chiến binh tỉnh trao 40 bộ bàn ghế; Tỉnh đoàn trao 120 bộ sách giáo khoa cho học sinh thôn Làng Nủ. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lý Thị Vinh, Sùng A Lử cùng đại diện Quân khu 2 trao chìa khóa nhà cho các hộ.
Hoàn thành Công điện số 86/CĐ-TTg của Thủ tướng Chính phủ về tập trung khắc phục hậu quả bão số 3, tỉnh Lào Cai phấn đấu hoàn thành toàn bộ nhà ở cho các hộ mất nhà trước ngày 31/12/2024.
Thu Thủy
Lượt xem: 6.120
Tin cùng chuyên mục
- Lào Cai tiếp nhận hơn 300 tỷ đồng ủng hộ khắc phục hậu quả bão số 3 (16/12/2024)
- Khởi công khu tái định cư Làng Nủ (23/09/2024)
- Phụ nữ Bảo Yên chung tay hỗ trợ hội viên bị thiệt hại (30/09/2024)
""", "2024-12-21", "Bàn giao 40 ngôi nhà mới cho người dân Làng Nủ",
E("trao_qua", None, "2024-12-21"),
[P("Vũ Xuân Hòa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hoàng Quốc Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nông Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thủy", "Trưởng thôn Làng Nủ"),
 P("Hoàng Thị Mai"),
 P("Lý Thị Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("40 ngôi nhà", 40, "ngôi nhà"), Q("67 người chết và mất tích", 67, "người"), Q("37 ngôi nhà", 37, "ngôi nhà"),
 Q("hơn 5 ha", 5, "ha", "over"), Q("60 m2", 60, "m2"), Q("gần 40 tỷ đồng", 40000000000, "đồng", "approx"),
 Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("302,5 tỷ đồng", 302500000000, "đồng"), Q("251 tỷ đồng", 251000000000, "đồng"),
 Q("1.263 căn nhà", 1263, "căn nhà"), Q("2.410 căn nhà", 2410, "căn nhà"), Q("trên 25.000 ngày công", 25000, "ngày công", "over"),
 Q("40 gia đình", 40, "gia đình"), Q("1 con bò giống", 1, "con bò giống"), Q("5 triệu đồng", 5000000, "đồng"), Q("40 suất quà", 40, "suất quà"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("40 bộ bàn ghế", 40, "bộ bàn ghế"), Q("120 bộ sách giáo khoa", 120, "bộ sách giáo khoa")],
[],
[prov("Lào Cai"), com("Phúc Khánh")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội / Mặt trận - Đoàn thể", "Ảnh: Các đại biểu cắt băng khánh thành khu tái định cư.", "LCĐT",
 "Làng Nủ", "Lượt xem: 6.120", "Công điện số 86/CĐ-TTg", "Quân khu 2"],
["Thứ Bảy, 21/12/2024 | 19:30", "bão số 3", "90 ngày", "3 đợt", "Lượt xem: 6.120"]))

PAGES.append(page("b4286-quangninh-hoinongdan-donve-2024", """
HỘI NÔNG DÂN TỈNH QUẢNG NINH
Trang chủ | Tin tức | Hoạt động Hội
25/09/2024 - 10:05
Nông dân Quảng Ninh ra quân khôi phục sản xuất sau bão Yagi
Hội Nông dân tỉnh vừa phát động đợt ra quân "Nông dân Quảng Ninh chung tay khắc phục hậu quả bão số 3" từ ngày 20/9 đến 30/10/2024. Đồng chí Vũ Văn Điền, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cùng đồng chí Đặng Thị Hồng, Phó Chủ tịch Hội Nông dân tỉnh đã về phường Hà Khánh, xã Cẩm Hải và xã Đông Xá kiểm tra tình hình thiệt hại của hội viên.
Đồng chí Vũ Văn Điền (giữa) kiểm tra vườn cây bị đổ tại xã Đông Xá. Ảnh: Phạm Tuấn
Cơn bão số 3 đổ bộ trực tiếp vào Quảng Ninh ngày 7/9 với sức gió giật cấp 16-17 đã làm 5.800 hộ hội viên nông dân bị thiệt hại; khoảng 12.000 ha rừng trồng, 1.500 ha cây ăn quả bị gãy đổ; 4.200 lồng bè nuôi trồng thủy sản trên vịnh Bái Tử Long bị hư hỏng hoặc chìm hoàn toàn. Tổng thiệt hại của nông dân ước tính trên 2.100 tỷ đồng.
Ngay sau bão, Ban Thường vụ Hội Nông dân tỉnh ban hành Công văn số 512-CV/HNDT ngày 10/9/2024 và kế hoạch 89-KH/HNDT ngày 16/9/2024, chỉ đạo 177 cơ sở Hội thành lập 215 tổ xung kích, huy động hơn 9.400 lượt hội viên dọn cây đổ, khơi thông kênh mương, dựng lại chuồng trại. Hội phối hợp với Ngân hàng Chính sách xã hội tỉnh rà soát 1.085 hộ vay vốn bị thiệt hại để đề xuất khoanh nợ, gia hạn nợ; Quỹ Hỗ trợ nông dân tỉnh giải ngân ưu tiên 6,5 tỷ đồng cho 210 hộ khôi phục sản xuất.
Ông Nguyễn Văn Thắng, Chủ tịch Hội Nông dân xã Đông Xá, cho biết xã có 310 hộ nuôi hàu, nuôi cá lồng bị mất trắng. "Chúng tôi đã kết nối với 3 doanh nghiệp cung ứng giống thủy sản cho bà con mua trả chậm, mỗi hộ được vay tối đa 50 triệu đồng", ông Thắng nói. Tại xã Cẩm Hải, các chi hội nông dân đã giúp 48 hộ neo đơn, hộ nghèo dựng lại 16 chuồng trại.
Cùng với hội viên, các đoàn thể ở cơ sở cũng vào cuộc: tại phường Hà Khánh, Hội Cựu chiến binh và Đoàn Thanh niên phường phối hợp dọn hơn 700 cây xanh gãy đổ trên các tuyến phố, khu dân cư; Hội LHPN phường vận động 25 "địa chỉ nhân ái" nấu cơm miễn phí cho công nhân điện lực, viễn thông khôi phục lưới điện. Bà Lê Thị Thúy, Chủ tịch Ủy ban MTTQ phường Hà Khánh, cho biết phường đã trao 120 suất quà cho các hộ bị tốc mái, mỗi suất 1 triệu đồng.
Trung ương Hội Nông dân Việt Nam đã trao 500 triệu đồng và 20 tấn phân bón hỗ trợ nông dân Quảng Ninh; Hội Nông dân các tỉnh Thái Bình, Nam Định gửi tặng 30 tấn giống lúa, rau màu vụ đông. Đồng chí Đặng Thị Hồng đề nghị các cơ sở Hội phân phối giống, phân bón công khai, đúng hộ bị thiệt hại, hướng dẫn bà con xuống giống vụ đông sớm.
Phương Lan
Lượt xem: 1.528
Tin khác
- Hội Nông dân tỉnh tiếp nhận ủng hộ từ các tỉnh bạn (19/09/2024)
- Vân Đồn: hội viên nuôi trồng thủy sản khôi phục lồng bè (17/09/2024)
- Đại hội đại biểu Hội Nông dân huyện Hải Hà nhiệm kỳ 2023-2028 (10/06/2024)
""", "2024-09-25", "Nông dân Quảng Ninh ra quân khôi phục sản xuất sau bão Yagi",
E("khac", None, None),
[P("Vũ Văn Điền", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Thị Hồng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thắng", "Chủ tịch Hội Nông dân xã Đông Xá"),
 P("Lê Thị Thúy", "Chủ tịch Ủy ban MTTQ phường Hà Khánh")],
[Q("5.800 hộ hội viên nông dân", 5800, "hộ hội viên nông dân"), Q("khoảng 12.000 ha", 12000, "ha", "approx"), Q("1.500 ha", 1500, "ha"),
 Q("4.200 lồng bè", 4200, "lồng bè"), Q("trên 2.100 tỷ đồng", 2100000000000, "đồng", "over"), Q("177 cơ sở Hội", 177, "cơ sở Hội"),
 Q("215 tổ xung kích", 215, "tổ xung kích"), Q("hơn 9.400 lượt hội viên", 9400, "lượt hội viên", "over"), Q("1.085 hộ", 1085, "hộ"),
 Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("210 hộ", 210, "hộ"), Q("310 hộ", 310, "hộ"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("48 hộ neo đơn, hộ nghèo", 48, "hộ neo đơn, hộ nghèo"), Q("16 chuồng trại", 16, "chuồng trại"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("20 tấn", 20, "tấn"), Q("30 tấn", 30, "tấn"),
 Q("hơn 700 cây xanh", 700, "cây xanh", "over"), Q("25 \"địa chỉ nhân ái\"", 25, "địa chỉ nhân ái"), Q("120 suất quà", 120, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Công văn", "512", "CV/HNDT", "2024-09-10", "Ban Thường vụ Hội Nông dân tỉnh", "Công văn số 512-CV/HNDT ngày 10/9/2024"),
 D("Kế hoạch", "89", "KH/HNDT", "2024-09-16", "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch 89-KH/HNDT ngày 16/9/2024")],
[prov("Quảng Ninh"), prov("Thái Bình"), prov("Nam Định"), com("Hà Khánh"), com("Cẩm Hải"), com("Đông Xá")],
["HỘI NÔNG DÂN TỈNH QUẢNG NINH", "Trang chủ | Tin tức | Hoạt động Hội", "Đồng chí Vũ Văn Điền (giữa) kiểm tra vườn cây bị đổ tại xã Đông Xá. Ảnh: Phạm Tuấn",
 "Nông dân Quảng Ninh chung tay khắc phục hậu quả bão số 3", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.528", "bão Yagi"],
["25/09/2024 - 10:05", "bão số 3", "cấp 16-17", "Lượt xem: 1.528"]))

PAGES.append(page("b4287-haiphong-mttq-giaoban-2024", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ / Hoạt động Mặt trận / Tin thành phố
Cập nhật lúc 17:20 ngày 16/10/2024
Nhìn lại công tác vận động ủng hộ sau cơn bão lịch sử
Chiều 15/10, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2024 với Ủy ban MTTQ các quận, huyện. Đồng chí Nguyễn Thị Thu Trang, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Phạm Văn Quý, Bùi Thị Thanh Hương, Lê Đình Khoa.
Hội nghị tập trung đánh giá công tác vận động, tiếp nhận, phân bổ nguồn ủng hộ khắc phục hậu quả bão số 3. Bão đổ bộ ngày 7/9 làm 7 người chết, 1 người mất tích; hơn 4.300 ngôi nhà bị tốc mái, hư hỏng; khoảng 400.000 cây xanh bị gãy đổ; nhiều diện tích lúa ở Tiên Lãng, Vĩnh Bảo bị ngập úng.
Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Chỉ thị số 42-CT/TU ngày 9/9/2024 của Ban Thường vụ Thành ủy, Ban Vận động cứu trợ thành phố đã tiếp nhận 118,4 tỷ đồng, trong đó 51,2 tỷ đồng ủng hộ đồng bào các tỉnh phía Bắc đã được chuyển về Ủy ban Trung ương MTTQ Việt Nam. Thành phố đã phân bổ 43,7 tỷ đồng hỗ trợ 6.118 hộ bị thiệt hại, sửa chữa 36 trường học và 12 trạm y tế; mức hỗ trợ thấp nhất 3 triệu đồng, cao nhất 60 triệu đồng/hộ.
Ông Đỗ Văn Mạnh, Chủ tịch Ủy ban MTTQ huyện Cát Hải, cho biết huyện đảo có 1.150 hộ nuôi trồng thủy sản bị thiệt hại; Mặt trận huyện đã vận động 3,2 tỷ đồng, đề nghị thành phố xem xét hỗ trợ thêm cho các hộ ở xã Việt Hải, xã Gia Luận. Bà Hoàng Thị Liên, Chủ tịch Ủy ban MTTQ phường Đằng Giang, báo cáo phường đã hoàn thành công khai danh sách tại 18 tổ dân phố.
Trong những ngày sau bão, các tổ chức thành viên của Mặt trận thành phố Hải Phòng đã huy động trên 15.000 lượt đoàn viên, hội viên ra quân dọn dẹp cây đổ, vệ sinh môi trường; Hội Cựu chiến binh thành phố thành lập 64 tổ "Cựu chiến binh xung kích", Thành đoàn tổ chức 120 đội hình thanh niên tình nguyện hỗ trợ các trường học sớm đón học sinh trở lại.
Quý III, Mặt trận các cấp còn tổ chức 27 cuộc giám sát, trong đó có 11 cuộc giám sát việc phân bổ tiền, hàng cứu trợ; tiếp nhận 46 ý kiến, kiến nghị của cử tri. Việc thực hiện Kết luận 80, 81-KL/TU của Ban Thường vụ Thành ủy về nhà ở cho hộ nghèo đạt 92% kế hoạch.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Trang yêu cầu quý IV hoàn thành phân bổ toàn bộ số tiền còn lại trước ngày 31/10/2024, không để tồn đọng; tổng hợp, biểu dương các tập thể, cá nhân tiêu biểu trong ủng hộ; chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc.
Ảnh: Toàn cảnh hội nghị giao ban quý III.
Minh Đức
Lượt xem: 803
Tin liên quan
- Hải Phòng chuyển 51,2 tỷ đồng hỗ trợ các tỉnh phía Bắc (30/09/2024)
- Mặt trận thành phố phân bổ đợt 2 tiền ủng hộ (25/09/2024)
- Thủy Nguyên: ra quân dọn vệ sinh sau bão (10/09/2024)
""", "2024-10-16", "Nhìn lại công tác vận động ủng hộ sau cơn bão lịch sử",
E("giao_ban", "2024-Q3", "2024-10-15"),
[P("Nguyễn Thị Thu Trang", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bùi Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Đình Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đỗ Văn Mạnh", "Chủ tịch Ủy ban MTTQ huyện Cát Hải"),
 P("Hoàng Thị Liên", "Chủ tịch Ủy ban MTTQ phường Đằng Giang")],
[Q("7 người chết", 7, "người"), Q("1 người mất tích", 1, "người"), Q("hơn 4.300 ngôi nhà", 4300, "ngôi nhà", "over"),
 Q("khoảng 400.000 cây xanh", 400000, "cây xanh", "approx"), Q("118,4 tỷ đồng", 118400000000, "đồng"), Q("51,2 tỷ đồng", 51200000000, "đồng"),
 Q("43,7 tỷ đồng", 43700000000, "đồng"), Q("6.118 hộ", 6118, "hộ"), Q("36 trường học", 36, "trường học"), Q("12 trạm y tế", 12, "trạm y tế"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("60 triệu đồng/hộ", 60000000, "đồng"), Q("1.150 hộ", 1150, "hộ"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("18 tổ dân phố", 18, "tổ dân phố"), Q("27 cuộc giám sát", 27, "cuộc giám sát"), Q("11 cuộc giám sát", 11, "cuộc giám sát"),
 Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("92%", 92, "%"),
 Q("trên 15.000 lượt đoàn viên, hội viên", 15000, "lượt đoàn viên, hội viên", "over"), Q("64 tổ", 64, "tổ"),
 Q("120 đội hình thanh niên tình nguyện", 120, "đội hình thanh niên tình nguyện")],
[D("Chỉ thị", "42", "CT/TU", "2024-09-09", "Ban Thường vụ Thành ủy", "Chỉ thị số 42-CT/TU ngày 9/9/2024"),
 D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 80, 81-KL/TU"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 80, 81-KL/TU")],
[prov("Hải Phòng"), com("Việt Hải"), com("Gia Luận"), com("Đằng Giang")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ / Hoạt động Mặt trận / Tin thành phố", "Ảnh: Toàn cảnh hội nghị giao ban quý III.",
 "Lượt xem: 803", "Lời kêu gọi", "Cựu chiến binh xung kích", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Cập nhật lúc 17:20 ngày 16/10/2024", "quý III năm 2024", "bão số 3", "Quý III", "quý IV", "Lượt xem: 803"]))

PAGES.append(page("b4288-caobang-mttq-tongket-2024", """
Báo Cao Bằng điện tử
Thời sự › Chính trị
27-12-2024 09:40
Đồng chí Đàm Văn Tiến phát biểu tại hội nghị.
Đoàn kết, sẻ chia giúp nhân dân vượt qua thiên tai
CBĐT - Ngày 26/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Đàm Văn Tiến, Phó Bí thư Tỉnh ủy; đồng chí Nông Thị Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lục Văn Chuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Năm 2024, Cao Bằng chịu thiệt hại nặng nề do hoàn lưu bão số 3 với vụ sạt lở đất tại Đèo Khau Cốc Chà (huyện Nguyên Bình) làm 12 người tử vong, 2.956 ngôi nhà bị hư hỏng. Mặt trận và các tổ chức thành viên đã tiếp nhận 97,3 tỷ đồng ủng hộ; đã phân bổ 78 tỷ đồng cho 10 huyện, thành phố, hỗ trợ xây mới 215 căn nhà, di dời 409 hộ ra khỏi vùng nguy hiểm. Các tổ chức thành viên huy động trên 32.000 ngày công giúp dân dọn dẹp, san lấp mặt bằng.
Thực hiện Chương trình hành động số 47-CTr/TU của Tỉnh ủy và Kế hoạch số 115/KH-MTTQ-BTT ngày 18/3/2024, Quỹ "Vì người nghèo" các cấp vận động được 12,6 tỷ đồng; hỗ trợ xây mới, sửa chữa 631 nhà Đại đoàn kết, đạt 105% kế hoạch. Toàn tỉnh có 1.935 khu dân cư, trong đó 1.614 khu dân cư đạt chuẩn văn hóa, chiếm 83,4%.
Tại hội nghị, đồng chí Bế Thị Thoa, HUV, Chủ tịch Ủy ban MTTQ huyện Bảo Lạc, cho biết huyện có 57 hộ người Mông, Dao phải di dời khẩn cấp; Mặt trận đã vận động 146 hộ hiến hơn 3,8 ha đất làm khu tái định cư. Ông Hoàng Văn Sinh, Bí thư Chi bộ kiêm Trưởng xóm Phja Đén, xã Thành Công, kể cả xóm góp 600 ngày công và 42 triệu đồng giúp 9 hộ có nhà bị sạt lở. Các ý kiến cũng đề nghị tỉnh ban hành cơ chế hỗ trợ đất sản xuất cho hộ tái định cư.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: việc tổng hợp thiệt hại ở một số xã còn chậm, chưa sát thực tế; có nơi công khai danh sách hộ được hỗ trợ chưa đầy đủ; công tác giám sát của Ban Thanh tra nhân dân ở một số xã vùng cao còn hình thức.
Phát biểu chỉ đạo, đồng chí Đàm Văn Tiến ghi nhận Mặt trận các cấp đã phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong khắc phục thiên tai; đề nghị năm 2025 tiếp tục thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, hoàn thành xóa nhà tạm, nhà dột nát trước tháng 10/2025.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 6 tập thể, 5 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 35 tập thể, 48 cá nhân có thành tích xuất sắc.
Vân Anh
Lượt xem: 1.406
Tin khác
- Nguyên Bình: bàn giao nhà cho hộ bị thiệt hại do sạt lở (20/12/2024)
- Hà Quảng ra mắt mô hình "Xóm không có nhà tạm" (15/12/2024)
- Phân bổ đợt 3 nguồn ủng hộ khắc phục hậu quả bão số 3 (05/11/2024)
""", "2024-12-27", "Đoàn kết, sẻ chia giúp nhân dân vượt qua thiên tai",
E("tong_ket", "2024", "2024-12-26"),
[P("Đàm Văn Tiến", "Phó Bí thư Tỉnh ủy"),
 P("Nông Thị Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Chuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bế Thị Thoa", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bảo Lạc"),
 P("Hoàng Văn Sinh", "Bí thư Chi bộ kiêm Trưởng xóm Phja Đén")],
[Q("12 người", 12, "người"), Q("2.956 ngôi nhà", 2956, "ngôi nhà"), Q("97,3 tỷ đồng", 97300000000, "đồng"), Q("78 tỷ đồng", 78000000000, "đồng"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("215 căn nhà", 215, "căn nhà"), Q("409 hộ", 409, "hộ"),
 Q("trên 32.000 ngày công", 32000, "ngày công", "over"), Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("631 nhà Đại đoàn kết", 631, "nhà Đại đoàn kết"),
 Q("105%", 105, "%"), Q("1.935 khu dân cư", 1935, "khu dân cư"), Q("1.614 khu dân cư", 1614, "khu dân cư"), Q("83,4%", 83.4, "%"),
 Q("57 hộ người Mông, Dao", 57, "hộ người Mông, Dao"), Q("146 hộ", 146, "hộ"), Q("hơn 3,8 ha", 3.8, "ha", "over"),
 Q("600 ngày công", 600, "ngày công"), Q("42 triệu đồng", 42000000, "đồng"), Q("9 hộ", 9, "hộ"),
 Q("6 tập thể", 6, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân")],
[D("Chương trình hành động", "47", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 47-CTr/TU"),
 D("Kế hoạch", "115", "KH-MTTQ-BTT", "2024-03-18", None, "Kế hoạch số 115/KH-MTTQ-BTT ngày 18/3/2024"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW")],
[prov("Cao Bằng"), com("Thành Công")],
["Báo Cao Bằng điện tử", "Thời sự › Chính trị", "Đồng chí Đàm Văn Tiến phát biểu tại hội nghị.", "CBĐT", "Vì người nghèo",
 "Lượt xem: 1.406", "Đèo Khau Cốc Chà"],
["27-12-2024 09:40", "bão số 3", "năm 2025", "tháng 10/2025", "Lượt xem: 1.406"]))
