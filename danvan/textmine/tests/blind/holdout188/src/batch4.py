from lib import *
PAGES = []

PAGES.append(page("b4487-laichau-viectang-tongket-2024", """
BÁO LAI CHÂU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu
Chính trị › Mặt trận - Đoàn thể
Đăng 27/12/2024 06:00 · Cập nhật 28/12/2024 16:30
Lai Châu: 87% bản đạt danh hiệu "Bản văn hóa"
(BLC) - Ngày 25/12/2024, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh tổ chức hội nghị tổng kết phong trào năm 2024. Đồng chí Tống Thanh Hoài, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo; đồng chí Giàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Đồng chí Tống Thanh Hoài phát biểu chỉ đạo hội nghị. Ảnh: Thu Hằng
Năm 2024, toàn tỉnh có 82.915/97.460 hộ đạt danh hiệu "Gia đình văn hóa", đạt 85,1%; 1.035/1.190 bản, khu phố đạt danh hiệu văn hóa, tương đương 87%; 100% bản xây dựng hương ước, quy ước. Thực hiện Đề án số 04-ĐA/TU của Ban Chấp hành Đảng bộ tỉnh về xóa bỏ phong tục, tập quán lạc hậu trong đồng bào các dân tộc giai đoạn 2021 - 2025, các địa phương đã vận động 3.462 đám tang thực hiện không quá 48 giờ, không để người chết trong nhà nhiều ngày; 1.284 đám cưới thực hiện không thách cưới; tỷ lệ tảo hôn giảm còn 4,2%. Có 516 thầy cúng, thầy mo cam kết không làm lễ cúng chữa bệnh.
Hệ thống thiết chế văn hóa cơ sở tiếp tục được quan tâm: nhân dân hiến 25.400 m2 đất, đóng góp gần 9,7 tỷ đồng và hàng nghìn ngày công xây dựng 78 nhà văn hóa bản, khu phố; 312 đội văn nghệ quần chúng duy trì sinh hoạt.
Tại hội nghị, ông Lò Văn Khăm, người có uy tín bản Nà Củng, xã Bản Hon, chia sẻ: "Ngày trước người Thái đen chúng tôi làm ma phải mổ trâu, làm 3 - 4 ngày. Từ khi có quy ước mới, bản chỉ làm trong 1 ngày, không bắt con cháu vay nợ". Bà Tẩn Thị Sành, Chủ tịch Hội LHPN xã Sì Lở Lầu, cho biết các chi hội đã thành lập 21 tổ "Phụ nữ không tảo hôn". Ông Pờ Lò Xá, trưởng bản Sín Chải, xã Ka Lăng, cho biết bản của đồng bào Hà Nhì đã 3 năm không có trẻ em bỏ học lấy chồng.
Đồng chí Giàng Thị Dua nhấn mạnh những hạn chế: còn 155 bản chưa đạt danh hiệu; việc lợi dụng tín ngưỡng, truyền đạo trái pháp luật còn diễn biến phức tạp ở 6 bản vùng biên giới; một số quy ước chưa có chế tài.
Kết luận hội nghị, đồng chí Tống Thanh Hoài yêu cầu năm 2025 thực hiện hiệu quả Kết luận số 84-KL/TW, 85-KL/TW của Bộ Chính trị và Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu có không dưới 86% hộ đạt gia đình văn hóa, 88% bản, khu phố văn hóa.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 17 tập thể, 35 cá nhân; các ông: Lò Văn Khăm, Chang A Dơ, Vàng Văn Sủ - người có uy tín được tặng giấy khen.
Thu Hằng
Lượt xem: 612
Tin liên quan
- Phong Thổ: 20 cặp đôi tham gia lễ cưới tập thể (18/12/2024)
- Mường Tè tổ chức Ngày hội Văn hóa dân tộc Cống, Mảng, La Hủ (10/12/2024)
- Tam Đường: tổng kết 10 năm xây dựng bản văn hóa (02/12/2024)
""", "2024-12-27", 'Lai Châu: 87% bản đạt danh hiệu "Bản văn hóa"',
E("tong_ket", "2024", "2024-12-25"),
[P("Tống Thanh Hoài", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Giàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Khăm", "người có uy tín bản Nà Củng", "người có uy tín"),
 P("Tẩn Thị Sành", "Chủ tịch Hội LHPN xã Sì Lở Lầu"),
 P("Pờ Lò Xá", "trưởng bản Sín Chải"),
 P("Chang A Dơ", "người có uy tín"),
 P("Vàng Văn Sủ", "người có uy tín")],
[Q("82.915/97.460 hộ", 82915, "hộ"), Q("85,1%", 85.1, "%"), Q("1.035/1.190 bản, khu phố", 1035, "bản, khu phố"), Q("87%", 87, "%"),
 Q("100% bản", 100, "%"), Q("3.462 đám tang", 3462, "đám tang"), Q("1.284 đám cưới", 1284, "đám cưới"), Q("4,2%", 4.2, "%"),
 Q("516 thầy cúng, thầy mo", 516, "thầy cúng, thầy mo"), Q("25.400 m2", 25400, "m2"), Q("gần 9,7 tỷ đồng", 9700000000, "đồng", "approx"),
 Q("78 nhà văn hóa bản, khu phố", 78, "nhà văn hóa bản, khu phố"), Q("312 đội văn nghệ quần chúng", 312, "đội văn nghệ quần chúng"),
 Q("21 tổ", 21, "tổ"), Q("155 bản", 155, "bản"), Q("6 bản vùng biên giới", 6, "bản vùng biên giới"),
 Q("không dưới 86%", 86, "%", "over"), Q("88%", 88, "%"), Q("17 tập thể", 17, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Đề án", "04", "ĐA/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Đề án số 04-ĐA/TU"),
 D("Kết luận", "84", "KL/TW", None, "Bộ Chính trị", "Kết luận số 84-KL/TW"),
 D("Kết luận", "85", "KL/TW", None, "Bộ Chính trị", "85-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32-CT/TU")],
[prov("Lai Châu"), com("Bản Hon"), com("Sì Lở Lầu"), com("Ka Lăng")],
["BÁO LAI CHÂU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu", "Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Tống Thanh Hoài phát biểu chỉ đạo hội nghị. Ảnh: Thu Hằng", "(BLC)", "Bản văn hóa", "Gia đình văn hóa", "Phụ nữ không tảo hôn",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 612"],
["Đăng 27/12/2024 06:00 · Cập nhật 28/12/2024 16:30", "năm 2024", "2021 - 2025", "48 giờ", "3 - 4 ngày", "1 ngày", "3 năm", "năm 2025", "Lượt xem: 612"]))

PAGES.append(page("b4488-tuyenquang-hutuc-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ >> Tin tức >> Dân vận - Dân tộc - Tôn giáo
Thứ Sáu, 25/07/2025, 09:50
Ảnh: Toàn cảnh hội nghị sơ kết.
Tuyên Quang: sơ kết 6 tháng đầu năm công tác dân vận, dân tộc, tôn giáo
Ngày 23/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm; đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, vận hành chính quyền địa phương 2 cấp. Đồng chí Vương Ngọc Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, công tác vận động đồng bào xóa bỏ hủ tục tiếp tục được chú trọng. 6 tháng đầu năm, trên địa bàn tỉnh có 4.318 đám tang của đồng bào Mông, Dao, Lô Lô thực hiện theo nếp sống mới, chiếm 93%; 1.906 đám cưới không thách cưới, không tổ chức ăn uống nhiều ngày; tảo hôn giảm 112 cặp so với cùng kỳ. Đã có 2.095/2.114 thôn, tổ dân phố có quy ước, trong đó 386 quy ước được sửa đổi theo Nghị định số 61/2023/NĐ-CP của Chính phủ; 1.152 người có uy tín tham gia vận động.
Tại các xã vùng cao Lũng Cú, Sà Phìn, Mèo Vạc, Khâu Vai, Ủy ban MTTQ xã đã phối hợp với người có uy tín vận động 67 dòng họ ký cam kết "3 không": không tảo hôn, không thách cưới, không để người chết trong nhà quá 48 giờ. Xã Mèo Vạc có 21 thôn ra mắt mô hình "Thôn văn hóa không hủ tục".
Phát biểu tại hội nghị, đồng chí Thào Xuân Dình, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết sau sắp xếp, tỉnh có 124 xã, phường, đội ngũ cán bộ dân vận cơ sở có nhiều biến động; Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU, 13-KH/TU về công tác dân vận và về vận động đồng bào dân tộc thiểu số xây dựng đời sống văn hóa giai đoạn mới.
Bà Ly Thị Dín, Bí thư Đảng ủy, Chủ tịch HĐND xã Sà Phìn, chia sẻ: xã mới gồm 3 xã cũ, có 98% là đồng bào Mông; Đảng ủy đã giao mỗi đảng viên phụ trách từ 5 đến 10 hộ để vận động bỏ hủ tục. Ông Sùng Mí Pó, người có uy tín thôn Lũng Cú, xã Lũng Cú, kiến nghị sớm có hướng dẫn hỗ trợ người có uy tín theo mô hình chính quyền mới.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Kim Dung, Lù Thị Mai nêu kết quả các đoàn thể đã hỗ trợ 236 phụ nữ, thanh niên vùng cao học nghề, tổ chức 58 buổi truyền thông bằng tiếng Mông, tiếng Dao.
Kết luận hội nghị, đồng chí Vương Ngọc Hải yêu cầu 6 tháng cuối năm tập trung củng cố tổ chức, bảo đảm mỗi xã, phường có ít nhất 1 cán bộ chuyên trách công tác dân vận; thực hiện tốt Quyết định số 304-QĐ/TW của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị.
Bích Ngọc
Lượt xem: 1.736
Tin liên quan
- Xã Lũng Cú ra mắt Ban công tác Mặt trận 21 thôn (18/07/2025)
- Đồng Văn: tập huấn cho người có uy tín (09/07/2025)
- Tuyên Quang sau hợp nhất: 124 đơn vị hành chính cấp xã đi vào hoạt động (02/07/2025)
""", "2025-07-25", "Tuyên Quang: sơ kết 6 tháng đầu năm công tác dân vận, dân tộc, tôn giáo",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Vương Ngọc Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thào Xuân Dình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ly Thị Dín", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sà Phìn"),
 P("Sùng Mí Pó", "người có uy tín thôn Lũng Cú"),
 P("Nguyễn Thị Kim Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4.318 đám tang", 4318, "đám tang"), Q("93%", 93, "%"), Q("1.906 đám cưới", 1906, "đám cưới"), Q("112 cặp", 112, "cặp"),
 Q("2.095/2.114 thôn, tổ dân phố", 2095, "thôn, tổ dân phố"), Q("386 quy ước", 386, "quy ước"), Q("1.152 người có uy tín", 1152, "người có uy tín"),
 Q("67 dòng họ", 67, "dòng họ"), Q("21 thôn", 21, "thôn"), Q("124 xã, phường", 124, "xã, phường"), Q("3 xã cũ", 3, "xã cũ"), Q("98%", 98, "%"),
 Q("từ 5 đến 10 hộ", 5, "hộ"), Q("10 hộ", 10, "hộ"),
 Q("236 phụ nữ, thanh niên vùng cao", 236, "phụ nữ, thanh niên vùng cao"), Q("58 buổi truyền thông", 58, "buổi truyền thông")],
[D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2023/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "13-KH/TU"),
 D("Quyết định", "304", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 304-QĐ/TW của Ban Chấp hành Trung ương")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sà Phìn"), com("Mèo Vạc"), com("Khâu Vai")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ >> Tin tức >> Dân vận - Dân tộc - Tôn giáo", "Ảnh: Toàn cảnh hội nghị sơ kết.",
 "3 không", "Thôn văn hóa không hủ tục", "Lượt xem: 1.736"],
["Thứ Sáu, 25/07/2025, 09:50", "6 tháng đầu năm 2025", "6 tháng cuối năm", "2 cấp", "48 giờ", "1 cán bộ chuyên trách", "Lượt xem: 1.736"]))

PAGES.append(page("b4489-lamdong-dsvh-giamsat-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự › Mặt trận - Đoàn thể
17/10/2025 - 11:05
Giám sát thực hiện quy ước, xây dựng gia đình văn hóa tại các xã vùng đồng bào dân tộc thiểu số
Trong 3 ngày từ 14 đến 16/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng đã giám sát việc thực hiện quy ước thôn, bon và công tác bình xét danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa" năm 2025 tại xã Quảng Sơn, xã Nam Dong và xã Phan Sơn. Trưởng đoàn là bà K'Hoàng Thị Sương, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại bon Bu N'Đơr. Ảnh: Khánh Phúc
Tham gia đoàn có ông Điểu Kré, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh và bà Nguyễn Thị Thu Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Tỉnh Lâm Đồng sau hợp nhất với tỉnh Đắk Nông và tỉnh Bình Thuận có 124 xã, phường, đặc khu với hơn 1,05 triệu hộ. Theo báo cáo của UBND xã Quảng Sơn, xã có 5.840 hộ, trong đó 2.916 hộ đồng bào M'nông, Mạ, Dao, Tày; năm 2024 có 5.012 hộ đạt "Gia đình văn hóa", đạt 85,8%; 27/32 thôn, bon đạt danh hiệu văn hóa. Bon Bu N'Đơr đưa vào quy ước bỏ tục "đâm trâu" trong lễ cúng bến nước, thay bằng lễ hội cộng đồng tiết kiệm, giảm chi phí mỗi lễ khoảng 70%.
Tại xã Phan Sơn, nơi có 1.420 hộ đồng bào Raglai, K'Ho, đoàn ghi nhận 100% thôn có quy ước, nhưng còn 9 trường hợp tảo hôn trong 9 tháng năm 2025; 38 hộ chưa chấp hành quy ước về vệ sinh môi trường, thả rông gia súc.
Ông Điểu Sơn, già làng bon Bu N'Đơr, nói: "Quy ước do dân bàn, dân làm nên ai vi phạm thì cả bon nhắc. Nhưng từ khi lên xã mới, bon ở xa trung tâm hơn 40 km, cán bộ xã ít xuống". Bà Bố Thị Xuân Hồng, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn, kiến nghị tỉnh sớm hướng dẫn việc bình xét danh hiệu theo Nghị định số 86/2023/NĐ-CP của Chính phủ trong điều kiện không còn cấp huyện.
Kết luận đợt giám sát, bà K'Hoàng Thị Sương đề nghị UBND các xã thực hiện đúng Quyết định số 1524/QĐ-UBND ngày 05/9/2025 của UBND tỉnh và Hướng dẫn số 07/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về bình xét danh hiệu văn hóa năm 2025; không chạy theo thành tích; quan tâm hỗ trợ 214 hộ nghèo là đồng bào dân tộc thiểu số chưa đạt gia đình văn hóa. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh trước ngày 30/10.
Khánh Phúc
Lượt xem: 824
Tin liên quan
- Đức Trọng: Ngày hội Đại đoàn kết ở 46 khu dân cư (10/10/2025)
- Ủy ban MTTQ tỉnh hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2025 (03/10/2025)
- Phan Thiết: 98% hộ đạt gia đình văn hóa (28/09/2025)
""", "2025-10-17", "Giám sát thực hiện quy ước, xây dựng gia đình văn hóa tại các xã vùng đồng bào dân tộc thiểu số",
E("giam_sat", "2025", "2025-10-14"),
[P("K'Hoàng Thị Sương", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Kré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Thu Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Sơn", "già làng bon Bu N'Đơr"),
 P("Bố Thị Xuân Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("hơn 1,05 triệu hộ", 1050000, "hộ", "over"), Q("5.840 hộ", 5840, "hộ"),
 Q("2.916 hộ đồng bào M'nông, Mạ, Dao, Tày", 2916, "hộ đồng bào M'nông, Mạ, Dao, Tày"), Q("5.012 hộ", 5012, "hộ"), Q("85,8%", 85.8, "%"),
 Q("27/32 thôn, bon", 27, "thôn, bon"), Q("khoảng 70%", 70, "%", "approx"), Q("1.420 hộ đồng bào Raglai, K'Ho", 1420, "hộ đồng bào Raglai, K'Ho"),
 Q("100% thôn", 100, "%"), Q("9 trường hợp", 9, "trường hợp"), Q("38 hộ", 38, "hộ"), Q("hơn 40 km", 40, "km", "over"),
 Q("214 hộ nghèo", 214, "hộ nghèo")],
[D("Nghị định", "86", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 86/2023/NĐ-CP của Chính phủ"),
 D("Quyết định", "1524", "QĐ-UBND", "2025-09-05", "UBND tỉnh", "Quyết định số 1524/QĐ-UBND ngày 05/9/2025"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Nam Dong"), com("Phan Sơn")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại bon Bu N'Đơr. Ảnh: Khánh Phúc",
 "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "đâm trâu", "Lượt xem: 824"],
["17/10/2025 - 11:05", "3 ngày", "năm 2025", "năm 2024", "9 tháng năm 2025", "Lượt xem: 824"]))

PAGES.append(page("b4490-vinhlong-apvanhoa-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ › Hoạt động › Phong trào - Cuộc vận động
Thứ Ba, 30/12/2025 | 17:05
Ảnh: Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho các tập thể.
Hơn 94% hộ gia đình đạt chuẩn văn hóa năm 2025
Sáng 29/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025 - năm đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Chủ trì hội nghị có đồng chí Nguyễn Trúc Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kim Ngọc Thạch, Phó Chủ tịch UBND tỉnh.
Báo cáo do bà Trần Thị Mỹ Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết: năm 2025 toàn tỉnh có 1.018.420 hộ đạt chuẩn "Gia đình văn hóa", đạt 94,3%; 2.406/2.513 ấp, khóm đạt chuẩn văn hóa; 100% ấp, khóm đã rà soát quy ước sau sắp xếp đơn vị hành chính. Đồng bào Khmer ở 187 ấp tổ chức lễ Ok Om Bok, Sene Dolta tiết kiệm, an toàn; 143 chùa Phật giáo Nam tông Khmer tham gia vận động phật tử thực hiện nếp sống văn minh.
Mặt trận các cấp đã vận động xây dựng, sửa chữa 3.512 căn nhà Đại đoàn kết với tổng kinh phí gần 186 tỷ đồng, thực hiện Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ về xóa nhà tạm, nhà dột nát; nhân dân hiến trên 230.000 m2 đất làm đường nông thôn.
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Âng, phường Nguyệt Hóa, cho biết nhà chùa đã vận động giảm 30% chi phí tổ chức lễ hội so với trước. Ông Huỳnh Văn Tèo, trưởng ban công tác Mặt trận ấp Phú Thạnh, xã Phú Túc, chia sẻ mô hình "Ấp không đám tiệc ồn ào" với 386 hộ cam kết.
Bà Sơn Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, nêu khó khăn: xã mới hình thành từ 3 xã cũ, có 41 ấp, trong đó 28 ấp đồng bào Khmer, nhiều ấp vừa sáp nhập chưa thống nhất quy ước chung.
Hội nghị cũng chỉ ra hạn chế: vẫn còn 107 ấp, khóm chưa đạt chuẩn; việc bình xét ở một số nơi chưa thực chất; tình trạng sử dụng loa kéo công suất lớn trong đám tiệc gây mất trật tự vẫn xảy ra.
Kết luận hội nghị, đồng chí Nguyễn Trúc Lâm đề nghị năm 2026 triển khai hiệu quả Nghị quyết số 08-NQ/TU ngày 12/11/2025 của Ban Chấp hành Đảng bộ tỉnh, Chương trình hành động số 05-CTr/TU của Tỉnh ủy; phấn đấu có trên 95% hộ gia đình văn hóa.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 52 tập thể, 76 cá nhân; các ông, bà Huỳnh Văn Tèo, Thạch Thị Sa Ly, Lê Văn Chín - trưởng ban công tác Mặt trận ấp được biểu dương.
Ngọc Trâm
Lượt xem: 1.205
Tin liên quan
- Xã Long Hiệp ra mắt mô hình "Ấp văn hóa - Ấp nông thôn mới kiểu mẫu" (22/12/2025)
- Phường Bến Tre tổ chức Ngày hội Đại đoàn kết (18/11/2025)
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo (05/11/2025)
""", "2025-12-30", "Hơn 94% hộ gia đình đạt chuẩn văn hóa năm 2025",
E("tong_ket", "2025", "2025-12-29"),
[P("Nguyễn Trúc Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thạch", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Mỹ Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Âng"),
 P("Huỳnh Văn Tèo", "trưởng ban công tác Mặt trận ấp Phú Thạnh", "trưởng ban công tác Mặt trận ấp"),
 P("Sơn Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
 P("Thạch Thị Sa Ly", "trưởng ban công tác Mặt trận ấp"),
 P("Lê Văn Chín", "trưởng ban công tác Mặt trận ấp")],
[Q("Hơn 94%", 94, "%", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("1.018.420 hộ", 1018420, "hộ"), Q("94,3%", 94.3, "%"),
 Q("2.406/2.513 ấp, khóm", 2406, "ấp, khóm"), Q("100% ấp, khóm", 100, "%"), Q("187 ấp", 187, "ấp"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("3.512 căn nhà Đại đoàn kết", 3512, "căn nhà Đại đoàn kết"),
 Q("gần 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("trên 230.000 m2", 230000, "m2", "over"), Q("30%", 30, "%"),
 Q("386 hộ", 386, "hộ"), Q("3 xã cũ", 3, "xã cũ"), Q("41 ấp", 41, "ấp"), Q("28 ấp đồng bào Khmer", 28, "ấp đồng bào Khmer"),
 Q("107 ấp, khóm", 107, "ấp, khóm"), Q("trên 95%", 95, "%", "over"), Q("52 tập thể", 52, "tập thể"), Q("76 cá nhân", 76, "cá nhân")],
[D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "08", "NQ/TU", "2025-11-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 12/11/2025"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU của Tỉnh ủy")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Phú Túc"), com("Long Hiệp")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ › Hoạt động › Phong trào - Cuộc vận động",
 "Ảnh: Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho các tập thể.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Ấp không đám tiệc ồn ào", "Gia đình văn hóa", "Lượt xem: 1.205"],
["Thứ Ba, 30/12/2025 | 17:05", "năm 2025", "năm 2026", "Lượt xem: 1.205"]))

PAGES.append(page("b4491-dongnai-quyuoc-hoinghi-2026", """
ĐẢNG ỦY PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
12/3/2026 9:30 AM
Hôm nay: Thứ Sáu, 13/03/2026
Phường Đồng Xoài: hội nghị triển khai sửa đổi quy ước ở 46 khu phố
Chiều 11/3/2026, Ủy ban MTTQ Việt Nam phường Đồng Xoài tổ chức hội nghị triển khai xây dựng, sửa đổi, bổ sung quy ước khu phố năm 2026 gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dự hội nghị có đồng chí Lê Thị Thanh Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Điểu Hiền, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường cùng hơn 150 đại biểu là bí thư chi bộ, trưởng khu phố, trưởng ban công tác Mặt trận của 46 khu phố.
Đồng chí Lê Thị Thanh Xuân phát biểu tại hội nghị. Ảnh: Hoàng Phúc
Phường Đồng Xoài được thành lập từ các phường Tân Phú, Tân Đồng, Tân Bình, Tân Xuân và xã Tiến Hưng cũ, có 46 khu phố với 31.720 hộ, trong đó khoảng 1.650 hộ đồng bào S'tiêng, Khmer, Tày, Nùng. Năm 2025, phường có 29.806 hộ đạt "Gia đình văn hóa", đạt 93,9%; 41/46 khu phố đạt danh hiệu văn hóa; tuy nhiên quy ước của các khu phố trước đây có tới 5 mẫu khác nhau, nhiều nội dung không còn phù hợp sau khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất.
Bà Trương Thị Mai Anh, Chủ tịch Ủy ban MTTQ Việt Nam phường, triển khai Kế hoạch số 21/KH-MTTQ ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ phường; theo đó mỗi khu phố họp dân lấy ý kiến, hoàn thành dự thảo quy ước trước ngày 30/4/2026, trình UBND phường công nhận theo Nghị định số 61/2023/NĐ-CP. Quy ước mới tập trung vào: tổ chức việc cưới, việc tang văn minh, không sử dụng loa kéo sau 22 giờ; phân loại rác tại nguồn; không tổ chức đánh bạc, cá độ trong đám tiệc.
Tại hội nghị, ông Điểu Bré, trưởng sóc Bàu Ké, đề nghị giữ lại trong quy ước lễ cúng lúa mới của đồng bào S'tiêng nhưng tổ chức gọn nhẹ. Ông Nguyễn Hữu Tài, Bí thư Chi bộ, Trưởng khu phố Phú Thanh, kiến nghị mức đóng góp quỹ khu phố không quá 20.000 đồng/hộ/tháng và phải công khai thu chi hằng quý.
Đồng chí Điểu Hiền nhấn mạnh: việc sửa đổi quy ước phải thực chất, "dân biết, dân bàn, dân làm, dân kiểm tra", tránh sao chép. Đảng ủy phường sẽ ban hành Nghị quyết chuyên đề số 09-NQ/ĐU về xây dựng khu phố văn minh đô thị, phấn đấu năm 2026 có ít nhất 44 khu phố đạt danh hiệu văn hóa, 5 khu phố kiểu mẫu.
Dịp này, Ủy ban MTTQ phường trao 30 phần quà, mỗi phần 1 triệu đồng, cho các hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn.
Hoàng Phúc
Lượt xem: 377
Tin liên quan
- Phường Đồng Xoài ra mắt Ban công tác Mặt trận 46 khu phố (15/01/2026)
- Xã Bù Gia Mập tổ chức lễ cưới tập thể cho 15 cặp đôi S'tiêng (05/01/2026)
- Ủy ban MTTQ tỉnh hướng dẫn sửa đổi quy ước sau sắp xếp (22/12/2025)
""", "2026-03-12", "Phường Đồng Xoài: hội nghị triển khai sửa đổi quy ước ở 46 khu phố",
E("hoi_nghi", "2026", "2026-03-11"),
[P("Lê Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Hiền", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trương Thị Mai Anh", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Bré", "trưởng sóc Bàu Ké"),
 P("Nguyễn Hữu Tài", "Bí thư Chi bộ", "Trưởng khu phố Phú Thanh")],
[Q("46 khu phố", 46, "khu phố"), Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("31.720 hộ", 31720, "hộ"),
 Q("khoảng 1.650 hộ đồng bào S'tiêng, Khmer, Tày, Nùng", 1650, "hộ đồng bào S'tiêng, Khmer, Tày, Nùng", "approx"),
 Q("29.806 hộ", 29806, "hộ"), Q("93,9%", 93.9, "%"), Q("41/46 khu phố", 41, "khu phố"), Q("5 mẫu", 5, "mẫu"),
 Q("không quá 20.000 đồng", 20000, "đồng"), Q("ít nhất 44 khu phố", 44, "khu phố", "over"), Q("5 khu phố kiểu mẫu", 5, "khu phố kiểu mẫu"),
 Q("30 phần quà", 30, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "21", "KH-MTTQ", "2026-03-02", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 21/KH-MTTQ ngày 02/3/2026"),
 D("Nghị định", "61", "2023/NĐ-CP", None, None, "Nghị định số 61/2023/NĐ-CP"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 09-NQ/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"), com("Tân Xuân"), com("Tiến Hưng")],
["ĐẢNG ỦY PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể", "Đồng chí Lê Thị Thanh Xuân phát biểu tại hội nghị. Ảnh: Hoàng Phúc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Gia đình văn hóa", "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt xem: 377"],
["12/3/2026 9:30 AM", "Hôm nay: Thứ Sáu, 13/03/2026", "năm 2026", "Năm 2025", "30/4/2026", "22 giờ", "Lượt xem: 377"]))

PAGES.append(page("b4492-nghean-hutuc-giaoban-2026", """
Báo Nghệ An điện tử
Chính trị › Mặt trận - Đoàn thể
T5, 09/04/2026 - 14:10
Ảnh: Quang cảnh buổi giao ban trực tuyến.
Khối Mặt trận, đoàn thể giao ban tháng 3: lễ hội đầu năm văn minh, tiết kiệm
Ngày 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức giao ban trực tuyến công tác tháng 3/2026 với 130 điểm cầu xã, phường. Chủ trì giao ban có đồng chí Hồ Thị Minh Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Đức Thành, Lữ Thị Phương, Vi Văn Sơn.
Theo báo cáo, trong tháng 3, toàn tỉnh có 287 lễ hội truyền thống được tổ chức, trong đó Lễ hội đền Cờn, Lễ hội đền Chín Gian thu hút hơn 350.000 lượt du khách; 100% lễ hội không để xảy ra mất an ninh trật tự, không có tình trạng ép giá, đốt vàng mã tràn lan. Các xã miền núi phía Tây đã vận động 1.126 đám cưới, 968 đám tang của đồng bào Thái, Mông, Khơ Mú, Ơ Đu thực hiện theo quy ước; 47 dòng họ Mông tiếp tục cam kết thực hiện "4 không" trong việc cưới, việc tang.
Thực hiện Kế hoạch số 35/KH-MTTQ-BTT ngày 10/01/2026 về tổ chức "Tháng hành động vì nếp sống văn minh", Mặt trận các cấp phối hợp tổ chức 412 buổi tuyên truyền tại khu dân cư, phát 15.000 tờ rơi song ngữ Việt - Thái, Việt - Mông; trên 2.600 hộ đăng ký xây dựng "Gia đình văn hóa - Gia đình không có người nghiện ma túy".
Tại điểm cầu xã Mường Xén, ông Và Bá Giề, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã đã hoàn thành việc sửa đổi quy ước ở 38/38 bản sau sắp xếp; 12 bản đưa vào quy ước việc không tổ chức ăn uống kéo dài quá 1 ngày trong lễ "Nào sồng". Bà Lô Thị Phượng, Chủ tịch Ủy ban MTTQ Việt Nam xã Nậm Cắn, phản ánh tình trạng "bắt vợ" vẫn còn 2 trường hợp trong quý I. Ông Trần Quốc Hưng, Trưởng ban công tác Mặt trận khối 5, phường Vinh Phú, kể khối đã vận động 100% hộ kinh doanh ven đường không lấn chiếm vỉa hè khi có việc hiếu, hỷ.
Đồng chí Vi Văn Sơn thông tin: Ban Thường trực đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU về tăng cường thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội giai đoạn 2026 - 2030; dự kiến tháng 5 sẽ sơ kết ở 20 xã điểm.
Kết luận giao ban, đồng chí Hồ Thị Minh Hạnh đề nghị trong tháng 4 Mặt trận, đoàn thể các xã chủ động nắm tình hình, tuyên truyền Luật Thực hiện dân chủ ở cơ sở, Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư; mỗi xã có ít nhất 1 mô hình "Khu dân cư văn minh, không hủ tục"; hoàn thành tặng 150 phần quà, mỗi phần 500.000 đồng, cho hộ nghèo đồng bào dân tộc thiểu số trước Tết Bunpimay.
Thanh Thủy
Lượt xem: 920
Tin liên quan
- Quế Phong: 1.200 hộ ký cam kết không tảo hôn (02/04/2026)
- Lễ hội đền Cờn năm 2026 diễn ra an toàn (25/03/2026)
- Hội LHPN tỉnh giao ban tháng 3 (20/03/2026)
""", "2026-04-09", "Khối Mặt trận, đoàn thể giao ban tháng 3: lễ hội đầu năm văn minh, tiết kiệm",
E("giao_ban", "2026-03", "2026-04-07"),
[P("Hồ Thị Minh Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lữ Thị Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Và Bá Giề", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lô Thị Phượng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nậm Cắn"),
 P("Trần Quốc Hưng", "Trưởng ban công tác Mặt trận khối 5")],
[Q("130 điểm cầu xã, phường", 130, "điểm cầu xã, phường"), Q("287 lễ hội truyền thống", 287, "lễ hội truyền thống"),
 Q("hơn 350.000 lượt du khách", 350000, "lượt du khách", "over"), Q("100% lễ hội", 100, "%"), Q("1.126 đám cưới", 1126, "đám cưới"),
 Q("968 đám tang", 968, "đám tang"), Q("47 dòng họ Mông", 47, "dòng họ Mông"), Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"),
 Q("15.000 tờ rơi song ngữ", 15000, "tờ rơi song ngữ"), Q("trên 2.600 hộ", 2600, "hộ", "over"), Q("38/38 bản", 38, "bản"),
 Q("12 bản", 12, "bản"), Q("2 trường hợp", 2, "trường hợp"), Q("100% hộ kinh doanh", 100, "%"), Q("20 xã điểm", 20, "xã điểm"),
 Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "35", "KH-MTTQ-BTT", "2026-01-10", None, "Kế hoạch số 35/KH-MTTQ-BTT ngày 10/01/2026"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "128-KL/TW của Bộ Chính trị, Ban Bí thư")],
[prov("Nghệ An"), com("Mường Xén"), com("Nậm Cắn"), com("Vinh Phú")],
["Báo Nghệ An điện tử", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Quang cảnh buổi giao ban trực tuyến.", "Tháng hành động vì nếp sống văn minh",
 "Gia đình văn hóa - Gia đình không có người nghiện ma túy", "Khu dân cư văn minh, không hủ tục", "Luật Thực hiện dân chủ ở cơ sở", "Nào sồng", "bắt vợ", "Lượt xem: 920"],
["T5, 09/04/2026 - 14:10", "tháng 3/2026", "4 không", "1 ngày", "quý I", "2026 - 2030", "tháng 5", "tháng 4", "1 mô hình", "Lượt xem: 920"]))
