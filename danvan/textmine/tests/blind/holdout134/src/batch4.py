from lib import *
PAGES = []

PAGES.append(page("b3191-bacgiang-tongket-gpmb-2024", """
Báo Bắc Giang điện tử
Trang chủ - Kinh tế - Đầu tư - Xây dựng
Thứ Sáu, 17/01/2025 - 09:15
Toàn cảnh hội nghị.
Bắc Giang: Giải phóng mặt bằng vượt kế hoạch, tạo quỹ đất sạch cho phát triển công nghiệp
BGĐT - Ngày 15/1, UBND tỉnh tổ chức hội nghị tổng kết công tác bồi thường, hỗ trợ, tái định cư, GPMB năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Phan Thế Tuấn, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị.
Năm 2024, toàn tỉnh thực hiện GPMB 486 dự án với tổng diện tích hơn 2.700 ha, đạt 104% kế hoạch; chi trả khoảng 4.850 tỷ đồng cho gần 21.000 hộ. Đã hoàn thành GPMB các khu công nghiệp Việt Hàn mở rộng, Yên Lư, Hòa Phú; xây dựng 38 khu tái định cư, giao đất cho 2.316 hộ. Việc giải quyết đơn thư có chuyển biến, giảm 17% so với năm 2023.
Các cấp ủy đã thực hiện nghiêm Kết luận 85, 86-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác GPMB; UBND tỉnh ban hành Quyết định số 72/2024/QĐ-UBND ngày 26/9/2024 quy định chi tiết về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất theo Luật Đất đai năm 2024 và Nghị định số 88/2024/NĐ-CP của Chính phủ.
Tại hội nghị, đồng chí Hoàng Thị Ánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các cấp đã chủ trì 94 cuộc giám sát, tổ chức 215 buổi đối thoại; phát huy vai trò của 3.120 tổ hòa giải và Ban Công tác Mặt trận ở khu dân cư. Ông Vi Văn Thành, Chủ tịch UBND xã Phong Vân, huyện Lục Ngạn, chia sẻ cách vận động đồng bào Tày, Nùng, Sán Chay bàn giao 62 ha đất trồng vải cho dự án hồ chứa nước.
Bà Lục Thị Hiền, Chủ tịch UBND thị trấn Nham Biền, đề nghị tỉnh ban hành hướng dẫn về đất không có giấy tờ sau khi Luật Đất đai mới có hiệu lực. Ông Giáp Văn Lượng, Chủ tịch UBND thành phố Bắc Giang, nêu giải pháp thành lập tổ công tác liên ngành để tháo gỡ vướng mắc tại 12 dự án.
Tuy vậy, hội nghị cũng nhìn nhận còn 27 dự án chậm tiến độ, nhiều nơi thiếu quỹ đất tái định cư; có 4 vụ khiếu kiện đông người. Kết luận hội nghị, đồng chí Phan Thế Tuấn yêu cầu năm 2025 các địa phương hoàn thành GPMB khoảng 3.000 ha; mỗi dự án lớn phải có khu tái định cư trước khi thu hồi đất; thực hiện nghiêm Chỉ thị số 05-CT/TU ngày 10/1/2025 của Ban Thường vụ Tỉnh ủy.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc. Nhiều ý kiến cho rằng năm 2025 là năm đầu tiên thực hiện đầy đủ Luật Đất đai mới, cần tập huấn kỹ cho cán bộ cơ sở.
Nguyễn Thắng
Tin liên quan
- Lục Ngạn: bàn giao mặt bằng dự án hồ chứa nước (10/01/2025)
- Lạng Giang: đối thoại với người dân khu công nghiệp (27/12/2024)
- Việt Yên: người dân tự nguyện giao đất làm đường (16/12/2024)
""", "2025-01-17", "Bắc Giang: Giải phóng mặt bằng vượt kế hoạch, tạo quỹ đất sạch cho phát triển công nghiệp",
E("tong_ket", "2024", "2025-01-15"),
[P("Phan Thế Tuấn", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Hoàng Thị Ánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Thành", "Chủ tịch UBND xã Phong Vân"),
 P("Lục Thị Hiền", "Chủ tịch UBND thị trấn Nham Biền"),
 P("Giáp Văn Lượng", "Chủ tịch UBND thành phố Bắc Giang")],
[Q("486 dự án", 486, "dự án"), Q("hơn 2.700 ha", 2700, "ha", "over"), Q("104%", 104, "%"),
 Q("khoảng 4.850 tỷ đồng", 4850000000000, "đồng", "approx"), Q("gần 21.000 hộ", 21000, "hộ", "approx"),
 Q("38 khu tái định cư", 38, "khu tái định cư"), Q("2.316 hộ", 2316, "hộ"), Q("17%", 17, "%"),
 Q("94 cuộc giám sát", 94, "cuộc giám sát"), Q("215 buổi đối thoại", 215, "buổi đối thoại"), Q("3.120 tổ hòa giải", 3120, "tổ hòa giải"),
 Q("62 ha", 62, "ha"), Q("12 dự án", 12, "dự án"), Q("27 dự án", 27, "dự án"), Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"),
 Q("khoảng 3.000 ha", 3000, "ha", "approx"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "85", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 85, 86-KL/TU"),
 D("Kết luận", "86", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 85, 86-KL/TU"),
 D("Quyết định", "72", "2024/QĐ-UBND", "2024-09-26", "UBND tỉnh", "Quyết định số 72/2024/QĐ-UBND ngày 26/9/2024"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP"),
 D("Chỉ thị", "05", "CT/TU", "2025-01-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/1/2025")],
[prov("Bắc Giang"), com("Phong Vân"), com("Nham Biền")],
["Báo Bắc Giang điện tử", "Trang chủ - Kinh tế - Đầu tư - Xây dựng", "Toàn cảnh hội nghị.", "BGĐT", "Luật Đất đai năm 2024",
 "Việt Hàn", "Yên Lư", "Hòa Phú"],
["Thứ Sáu, 17/01/2025 - 09:15", "năm 2024", "năm 2025", "năm 2023"]))

PAGES.append(page("b3192-tuyenquang-mttq-giamsat-taidinhcu-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện xã hội
24/10/2025 - 08:50
Giám sát việc bố trí tái định cư dự án cao tốc Tuyên Quang - Hà Giang
Từ ngày 21 đến 22/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Hầu Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ và bố trí tái định cư dự án đường cao tốc Tuyên Quang - Hà Giang tại các xã Vị Xuyên, Thái Bình, Hàm Yên.
Đoàn giám sát làm việc với UBND xã Vị Xuyên.
Đây là cuộc giám sát đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 2/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Theo báo cáo, đoạn tuyến qua 3 xã có 1.384 hộ bị ảnh hưởng, trong đó 406 hộ đồng bào Tày, Dao, Mông; đã chi trả hơn 612 tỷ đồng, đạt 94,6%; 3 khu tái định cư đã hoàn thành với 182 lô, 137 hộ đã làm nhà.
Qua làm việc, ông Nông Văn Thức, Chủ tịch UBND xã Vị Xuyên, cho biết sau khi sắp xếp chính quyền hai cấp, xã đã kế thừa toàn bộ hồ sơ GPMB từ huyện cũ, thành lập 5 tổ công tác bám thôn. Tuy nhiên, còn 29 hộ chưa nhận tiền do vướng thủ tục thừa kế, 11 hộ đề nghị đổi vị trí lô tái định cư.
Tại khu tái định cư thôn Nà Pồng, bà Triệu Thị Xuân, người Dao, phản ánh nước sinh hoạt chưa ổn định; ông Vàng A Chứ, người Mông, đề nghị hỗ trợ giống cây, con để phát triển sản xuất. Ông Ma Văn Đoàn, Trưởng ban Công tác Mặt trận thôn Nà Pồng, cho biết thôn đã tổ chức 4 cuộc họp để bà con góp ý, bốc thăm lô đất công khai, không có ý kiến thắc mắc. Nhiều hộ đã dựng nhà sàn mới theo kiến trúc truyền thống ngay trên lô đất tái định cư.
Kết luận, bà Hầu Thị Mai ghi nhận UBND các xã đã thực hiện đúng Nghị định số 88/2024/NĐ-CP và Quyết định số 52/2025/QĐ-UBND ngày 15/8/2025 của UBND tỉnh; đồng thời kiến nghị hoàn thiện hệ thống cấp nước tại 2 khu tái định cư trong quý IV, hướng dẫn người dân làm thủ tục thừa kế, có chính sách hỗ trợ sinh kế ít nhất 12 tháng cho hộ tái định cư. Đoàn đề nghị Mặt trận cấp xã tiếp tục giám sát theo Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc.
Dự kiến, dự án hoàn thành bàn giao mặt bằng toàn tuyến trước ngày 31/12/2025, góp phần kết nối vùng cao phía Bắc của tỉnh với các tỉnh, thành phố miền xuôi.
Bích Ngọc
Lượt xem: 1.162
Tin liên quan
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ nhất (05/10/2025)
- Xã Thái Bình ra mắt Ban Công tác Mặt trận thôn (25/09/2025)
- Vận động ủng hộ đồng bào bị ảnh hưởng bão số 10 (30/09/2025)
""", "2025-10-24", "Giám sát việc bố trí tái định cư dự án cao tốc Tuyên Quang - Hà Giang",
E("giam_sat", "2025", "2025-10-21"),
[P("Hầu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Thức", "Chủ tịch UBND xã Vị Xuyên"),
 P("Triệu Thị Xuân"), P("Vàng A Chứ"),
 P("Ma Văn Đoàn", "Trưởng ban Công tác Mặt trận thôn Nà Pồng")],
[Q("1.384 hộ", 1384, "hộ"), Q("406 hộ đồng bào Tày, Dao, Mông", 406, "hộ đồng bào Tày, Dao, Mông"),
 Q("hơn 612 tỷ đồng", 612000000000, "đồng", "over"), Q("94,6%", 94.6, "%"), Q("3 khu tái định cư", 3, "khu tái định cư"),
 Q("182 lô", 182, "lô"), Q("137 hộ", 137, "hộ"), Q("5 tổ công tác", 5, "tổ công tác"), Q("29 hộ", 29, "hộ"),
 Q("11 hộ", 11, "hộ"), Q("2 khu tái định cư", 2, "khu tái định cư"), Q("3 xã", 3, "xã"), Q("4 cuộc họp", 4, "cuộc họp")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 2/10/2025"),
 D("Nghị định", "88", "2024/NĐ-CP", None, None, "Nghị định số 88/2024/NĐ-CP"),
 D("Quyết định", "52", "2025/QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 52/2025/QĐ-UBND ngày 15/8/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Vị Xuyên"), com("Thái Bình"), com("Hàm Yên")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Vị Xuyên.", "Lượt xem: 1.162", "Tuyên Quang - Hà Giang"],
["24/10/2025 - 08:50", "ít nhất 12 tháng", "quý IV", "Lượt xem: 1.162", "31/12/2025"]))

PAGES.append(page("b3193-vinhlong-doithoai-taidinhcu-2025", """
BÁO VĨNH LONG ONLINE
Trang chủ > Chính trị > Dân vận
05/12/2025 | 11:30
Người dân phường Trà Vinh đối thoại với lãnh đạo tỉnh về khu tái định cư
(VL) - Ngày 3/12/2025, UBND tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại năm 2025 với các hộ dân bị thu hồi đất thực hiện dự án cầu Đại Ngãi và đường dẫn tại phường Trà Vinh và xã Long Hữu. Chủ trì hội nghị có ông Thạch Sôl Ty, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; bà Kim Thị Sa Ráth, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ông Thạch Sôl Ty giải đáp ý kiến của người dân. Ảnh: Huỳnh Như
Đây là dự án chuyển tiếp từ tỉnh Trà Vinh cũ sau khi hợp nhất với tỉnh Vĩnh Long và tỉnh Bến Tre. Dự án có 654 hộ bị ảnh hưởng, trong đó 231 hộ đồng bào Khmer; đã chi trả hơn 318 tỷ đồng cho 587 hộ. Khu tái định cư Long Hữu rộng 6,4 ha với 210 nền đã hoàn thành, tuy nhiên mới có 96 hộ nhận nền.
Tại hội nghị có 16 ý kiến. Ông Kiên Sà Phoan, khóm 3, phường Trà Vinh, cho biết giá nền tái định cư 4,2 triệu đồng/m2 là quá cao so với tiền bồi thường đất của gia đình. Bà Thạch Thị Sa Kha đề nghị xem xét cho gia đình 3 thế hệ được nhận 2 nền. Ông Huỳnh Văn Chín, người dân xã Long Hữu, kiến nghị sớm xây trạm y tế, chợ trong khu tái định cư.
Giải đáp, ông Thạch Sôl Ty cho biết tỉnh đang áp dụng Quyết định số 48/2025/QĐ-UBND ngày 16/9/2025 của UBND tỉnh Vĩnh Long về bồi thường, hỗ trợ, tái định cư trên địa bàn tỉnh sau hợp nhất, cho phép hộ gia đình nhiều thế hệ đủ điều kiện tách hộ được giao thêm nền; người dân được trả dần tiền nền trong 5 năm. Tỉnh giao UBND phường Trà Vinh rà soát 38 hộ có hoàn cảnh khó khăn để đề xuất hỗ trợ từ ngân sách, mỗi hộ không quá 50 triệu đồng.
Bà Kim Thị Sa Ráth đề nghị Ủy ban MTTQ phường, xã tiếp tục giám sát việc bốc thăm, giao nền; phối hợp với sư cả các chùa Khmer vận động bà con. Đại đức Thạch Sa Rươn, trụ trì chùa Âng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết nhà chùa sẵn sàng cùng chính quyền giải thích chính sách cho Phật tử.
Cũng tại hội nghị, bà Nguyễn Thị Út Tám, Chủ tịch UBND phường Trà Vinh, thông tin phường đã tiếp nhận 24 đơn kiến nghị, giải quyết xong 19 đơn; số còn lại sẽ trả lời bằng văn bản trước ngày 31/12. Nhiều hộ dân sau khi nghe giải thích đã đồng ý đăng ký bốc thăm nền trong đợt tiếp theo, dự kiến vào giữa tháng 12.
Huỳnh Như
Lượt xem: 2.087
Tin cùng chuyên mục
- Vĩnh Long: hội nghị người có uy tín đồng bào Khmer (28/11/2025)
- Xã Long Hữu ra mắt Ban Công tác Mặt trận ấp (20/11/2025)
- Tuyên dương gương "Dân vận khéo" năm 2025 (14/11/2025)
""", "2025-12-05", "Người dân phường Trà Vinh đối thoại với lãnh đạo tỉnh về khu tái định cư",
E("doi_thoai", "2025", "2025-12-03"),
[P("Thạch Sôl Ty", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Thị Sa Ráth", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Sà Phoan"), P("Thạch Thị Sa Kha"), P("Huỳnh Văn Chín"),
 P("Thạch Sa Rươn", "Đại đức", "trụ trì chùa Âng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Nguyễn Thị Út Tám", "Chủ tịch UBND phường Trà Vinh")],
[Q("654 hộ", 654, "hộ"), Q("231 hộ đồng bào Khmer", 231, "hộ đồng bào Khmer"), Q("hơn 318 tỷ đồng", 318000000000, "đồng", "over"),
 Q("587 hộ", 587, "hộ"), Q("6,4 ha", 6.4, "ha"), Q("210 nền", 210, "nền"), Q("96 hộ", 96, "hộ"), Q("16 ý kiến", 16, "ý kiến"),
 Q("4,2 triệu đồng", 4200000, "đồng"), Q("2 nền", 2, "nền"), Q("38 hộ", 38, "hộ"),
 Q("không quá 50 triệu đồng", 50000000, "đồng"), Q("24 đơn kiến nghị", 24, "đơn kiến nghị"), Q("19 đơn", 19, "đơn")],
[D("Quyết định", "48", "2025/QĐ-UBND", "2025-09-16", "UBND tỉnh Vĩnh Long", "Quyết định số 48/2025/QĐ-UBND ngày 16/9/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Trà Vinh"), com("Long Hữu")],
["BÁO VĨNH LONG ONLINE", "Trang chủ > Chính trị > Dân vận", "(VL)", "Ông Thạch Sôl Ty giải đáp ý kiến của người dân. Ảnh: Huỳnh Như",
 "cầu Đại Ngãi", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 2.087"],
["05/12/2025 | 11:30", "năm 2025", "3 thế hệ", "5 năm", "khóm 3", "Lượt xem: 2.087"]))

PAGES.append(page("b3194-lamdong-giaoban-quy1-gpmb-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
You are here: Trang chủ > Dân vận > Dân vận chính quyền
Thứ Tư, 08/04/2026 - 10:20
Toàn cảnh buổi giao ban. Ảnh: Ngọc Hà
Tập trung vận động nhân dân bàn giao mặt bằng các dự án cao tốc
Sáng 6/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận quý I năm 2026 với các đảng ủy xã, phường có dự án trọng điểm. Đồng chí K'Mák, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; tham dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu Thị Hoa, Nguyễn Văn Bình, Pơ Liêng Ha Thu.
Theo báo cáo, trong quý I, khối dân vận các cấp đã phối hợp vận động 1.246 hộ bàn giao mặt bằng cho các dự án cao tốc Tân Phú - Bảo Lộc, Bảo Lộc - Liên Khương và Gia Nghĩa - Chơn Thành, nâng tổng số mặt bằng đã bàn giao lên 89%. Các xã Lộc An, Đinh Văn, phường Bắc Gia Nghĩa tổ chức 23 cuộc đối thoại, tiếp nhận 87 ý kiến, kiến nghị, trong đó 62 ý kiến đã được trả lời. Toàn tỉnh đã giao 412 nền tái định cư, chi trả khoảng 1.370 tỷ đồng.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 18-KH/TU ngày 20/1/2026 về công tác dân vận trong GPMB các dự án trọng điểm và thực hiện Hướng dẫn 05, 06-HD/BTGDVTU về nắm tình hình nhân dân vùng dự án. Ban cũng phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn các xã thực hiện Nghị định số 88/2024/NĐ-CP của Chính phủ.
Tại giao ban, đồng chí Ka Thị Nhung, Bí thư Đảng ủy xã Đinh Văn, cho biết xã đã phân công 48 đảng viên phụ trách 96 hộ đồng bào K'Ho chưa bàn giao; nhờ đó trong tháng 3 có 71 hộ đồng ý. Đồng chí Bố Xuân Hổ, Chủ tịch UBND xã Bắc Bình, đề nghị tỉnh sớm bố trí khoảng 120 tỷ đồng để xây dựng khu tái định cư cho người dân ở khu vực Bình Thuận cũ.
Ông Ya Tiong, người có uy tín bon Bu Đấp, xã Quảng Tín, cho biết nhiều hộ người Mnông lo lắng khi đất rẫy bị thu hồi một phần, đề nghị hỗ trợ vay vốn làm ăn. Theo ông, bà con tin cán bộ khi được nghe giải thích bằng tiếng dân tộc và thấy cán bộ giữ lời hứa.
Kết luận giao ban, đồng chí K'Mák yêu cầu quý II các xã, phường hoàn thành bàn giao ít nhất 95% mặt bằng; không để xảy ra khiếu kiện đông người; thực hiện nghiêm Quy chế dân chủ ở cơ sở; phối hợp với Ủy ban MTTQ các cấp giám sát việc chi trả, bố trí tái định cư. Tỉnh đặt mục tiêu 100% hộ tái định cư có nhà ở ổn định trước ngày 31/12/2026.
Quỳnh Anh
Lượt truy cập: 3.018.772
Tin liên quan
- Lâm Đồng: tập huấn kỹ năng dân vận cho cán bộ cấp xã (25/03/2026)
- Xã Lộc An đối thoại với hộ dân vùng dự án cao tốc (16/03/2026)
- Hội nghị người có uy tín đồng bào dân tộc thiểu số năm 2026 (05/03/2026)
""", "2026-04-08", "Tập trung vận động nhân dân bàn giao mặt bằng các dự án cao tốc",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("K'Mák", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pơ Liêng Ha Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thị Nhung", "Bí thư Đảng ủy xã Đinh Văn"),
 P("Bố Xuân Hổ", "Chủ tịch UBND xã Bắc Bình"),
 P("Ya Tiong", "người có uy tín bon Bu Đấp")],
[Q("1.246 hộ", 1246, "hộ"), Q("89%", 89, "%"), Q("23 cuộc đối thoại", 23, "cuộc đối thoại"),
 Q("87 ý kiến, kiến nghị", 87, "ý kiến, kiến nghị"), Q("62 ý kiến", 62, "ý kiến"), Q("412 nền tái định cư", 412, "nền tái định cư"),
 Q("khoảng 1.370 tỷ đồng", 1370000000000, "đồng", "approx"), Q("48 đảng viên", 48, "đảng viên"),
 Q("96 hộ đồng bào K'Ho", 96, "hộ đồng bào K'Ho"), Q("71 hộ", 71, "hộ"), Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx"),
 Q("ít nhất 95%", 95, "%", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "18", "KH/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 20/1/2026"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP")],
[prov("Lâm Đồng"), prov("Bình Thuận"), com("Lộc An"), com("Đinh Văn"), com("Bắc Gia Nghĩa"), com("Bắc Bình"), com("Quảng Tín")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "You are here: Trang chủ > Dân vận > Dân vận chính quyền",
 "Toàn cảnh buổi giao ban. Ảnh: Ngọc Hà", "Tân Phú - Bảo Lộc", "Bảo Lộc - Liên Khương", "Gia Nghĩa - Chơn Thành",
 "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 3.018.772"],
["Thứ Tư, 08/04/2026 - 10:20", "quý I năm 2026", "quý II", "tháng 3", "31/12/2026", "Lượt truy cập: 3.018.772"]))

PAGES.append(page("b3195-dongnai-tiepxuccutri-longthanh-2026", """
Báo Đồng Nai điện tử
Trang chủ » Chính trị » Hoạt động Quốc hội - HĐND
Thứ Sáu, 13/03/2026 - 18:40
Cử tri vùng dự án sân bay Long Thành kiến nghị về tái định cư, việc làm
(ĐN) - Ngày 11/3/2026, Đoàn đại biểu Quốc hội tỉnh Đồng Nai phối hợp với Ủy ban MTTQ Việt Nam xã Long Phước tổ chức hội nghị tiếp xúc cử tri năm 2026. Tham dự có bà Điểu Huỳnh Sang, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; ông Nguyễn Công Long, Phó Trưởng ban Pháp chế HĐND tỉnh và khoảng 220 cử tri của xã Long Phước, xã Bình An.
Bà Điểu Huỳnh Sang tiếp thu ý kiến cử tri.
Hội nghị có 15 lượt cử tri phát biểu, phần lớn liên quan đến khu tái định cư Lộc An - Bình Sơn và các dự án kết nối sân bay. Cử tri Lê Văn Hòa phản ánh nhiều hộ đã nhận nền tái định cư từ năm 2021 nhưng đến nay vẫn chưa được cấp giấy chứng nhận quyền sử dụng đất. Cử tri Thị Nhanh, người Chơ Ro, đề nghị tạo việc làm cho khoảng 300 thanh niên trong khu tái định cư. Cử tri Nguyễn Thị Kim Loan kiến nghị bố trí thêm 1 trường trung học cơ sở và tuyến xe buýt.
Thay mặt UBND tỉnh, ông Trần Văn Quang, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết khu tái định cư Lộc An - Bình Sơn rộng 282 ha, đã giao 4.286 nền cho các hộ dân; tỉnh đã cấp 3.119 giấy chứng nhận, đạt 72,8%; phấn đấu hoàn thành số còn lại trong năm 2026. Tỉnh đã tổ chức 54 lớp đào tạo nghề cho hơn 2.600 lao động, trong đó khoảng 900 người đã có việc làm ổn định tại sân bay và các khu công nghiệp.
Ông Nguyễn Công Long thông tin, HĐND tỉnh đã ban hành Nghị quyết số 09/2026/NQ-HĐND ngày 5/2/2026 về chính sách hỗ trợ đặc thù cho người dân vùng dự án, trong đó mỗi lao động được hỗ trợ học nghề tối đa 12 triệu đồng. Chính sách này thực hiện theo Nghị quyết số 94/2015/QH13 của Quốc hội về chủ trương đầu tư dự án Cảng hàng không quốc tế Long Thành.
Bà Điểu Huỳnh Sang ghi nhận các ý kiến, đề nghị Ủy ban MTTQ xã tiếp tục giám sát việc cấp giấy chứng nhận; các kiến nghị vượt thẩm quyền sẽ được Đoàn tổng hợp gửi Chính phủ, các bộ, ngành trước kỳ họp thứ nhất Quốc hội khóa XVI.
Ông Lâm Quang Hữu, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Phước, cho biết từ đầu năm, Mặt trận xã đã tiếp nhận 31 đơn kiến nghị, đã phối hợp giải quyết 26 đơn; Ban Thanh tra nhân dân xã đã giám sát 3 đợt chi trả bồi thường bổ sung với tổng số tiền hơn 41 tỷ đồng.
Minh Thành
Tin liên quan
- Đồng Nai: đối thoại với hộ dân vùng dự án đường Vành đai 4 (05/03/2026)
- Giám sát việc cấp giấy chứng nhận tại khu tái định cư (20/02/2026)
- Bình Phước cũ: đẩy nhanh GPMB cao tốc Gia Nghĩa - Chơn Thành (11/02/2026)
""", "2026-03-13", "Cử tri vùng dự án sân bay Long Thành kiến nghị về tái định cư, việc làm",
E("hoi_nghi", "2026", "2026-03-11"),
[P("Điểu Huỳnh Sang", "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Nguyễn Công Long", "Phó Trưởng ban Pháp chế HĐND tỉnh"),
 P("Lê Văn Hòa"), P("Thị Nhanh"), P("Nguyễn Thị Kim Loan"),
 P("Trần Văn Quang", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Lâm Quang Hữu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Phước")],
[Q("khoảng 220 cử tri", 220, "cử tri", "approx"), Q("15 lượt cử tri", 15, "lượt cử tri"),
 Q("khoảng 300 thanh niên", 300, "thanh niên", "approx"), Q("282 ha", 282, "ha"), Q("4.286 nền", 4286, "nền"),
 Q("3.119 giấy chứng nhận", 3119, "giấy chứng nhận"), Q("72,8%", 72.8, "%"), Q("54 lớp đào tạo nghề", 54, "lớp đào tạo nghề"),
 Q("hơn 2.600 lao động", 2600, "lao động", "over"), Q("khoảng 900 người", 900, "người", "approx"),
 Q("tối đa 12 triệu đồng", 12000000, "đồng"), Q("31 đơn kiến nghị", 31, "đơn kiến nghị"), Q("26 đơn", 26, "đơn"),
 Q("3 đợt chi trả bồi thường bổ sung", 3, "đợt chi trả bồi thường bổ sung"), Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over")],
[D("Nghị quyết", "09", "2026/NQ-HĐND", "2026-02-05", "HĐND tỉnh", "Nghị quyết số 09/2026/NQ-HĐND ngày 5/2/2026"),
 D("Nghị quyết", "94", "2015/QH13", None, "Quốc hội", "Nghị quyết số 94/2015/QH13")],
[prov("Đồng Nai"), com("Long Phước"), com("Bình An")],
["Báo Đồng Nai điện tử", "Trang chủ » Chính trị » Hoạt động Quốc hội - HĐND", "(ĐN)", "Bà Điểu Huỳnh Sang tiếp thu ý kiến cử tri.",
 "Lộc An - Bình Sơn", "Cảng hàng không quốc tế Long Thành"],
["Thứ Sáu, 13/03/2026 - 18:40", "năm 2026", "năm 2021", "1 trường trung học cơ sở", "kỳ họp thứ nhất", "khóa XVI"]))

PAGES.append(page("b3196-gialai-tongket-gpmb-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ | Thời sự | Kinh tế | Xã hội
Hôm nay: Thứ Ba, 27/01/2026
Cập nhật: 16:25, 23/01/2026
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Gia Lai triển khai nhiệm vụ bồi thường, giải phóng mặt bằng năm 2026
(GLO) - Chiều 22/1, UBND tỉnh Gia Lai tổ chức hội nghị trực tuyến tổng kết công tác bồi thường, hỗ trợ, tái định cư năm 2025 đến 135 điểm cầu xã, phường. Ông Nguyễn Tuấn Thanh, Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu tỉnh.
Năm 2025 là năm đầu tiên tỉnh Gia Lai mới (hợp nhất tỉnh Gia Lai và tỉnh Bình Định) vận hành chính quyền hai cấp. Toàn tỉnh đã GPMB hơn 3.150 ha cho 362 dự án; chi trả khoảng 3.960 tỷ đồng; bố trí tái định cư cho 2.874 hộ tại 41 khu tái định cư. Các dự án cao tốc Quy Nhơn - Pleiku, Hoài Nhơn - Quy Nhơn đã cơ bản bàn giao mặt bằng, đạt 97,3%.
Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 07, 08-CT/TU về lãnh đạo công tác GPMB sau hợp nhất và về phát huy vai trò người có uy tín trong vận động đồng bào dân tộc thiểu số. Ủy ban MTTQ Việt Nam tỉnh đã chủ trì 58 cuộc giám sát, tiếp nhận 214 đơn thư, kiến nghị, đã chuyển giải quyết 197 đơn.
Phát biểu tại điểm cầu phường Quy Nhơn Nam, ông Đặng Văn Hiếu, Chủ tịch UBND phường, cho biết phường đã vận động 312 hộ di dời, không phải cưỡng chế trường hợp nào. Tại điểm cầu xã Ia Hrú, ông Ksor Yin, Bí thư Đảng ủy xã, chia sẻ: nhờ già làng Rơ Lan Kpă đứng ra vận động, 86 hộ Jrai đã bàn giao 41 ha đất rẫy cho dự án cao tốc.
Bà Rah Lan H'Bla, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các xã tập trung giải quyết dứt điểm 17 vụ việc khiếu nại kéo dài, quan tâm sinh kế của đồng bào sau thu hồi đất. Theo bà, nơi nào cấp ủy, chính quyền gần dân, lắng nghe dân thì nơi đó mặt bằng được bàn giao nhanh, ít đơn thư; nơi nào làm chưa kỹ khâu kiểm đếm, áp giá thì phát sinh khiếu nại kéo dài, phải mất nhiều thời gian giải quyết.
Năm 2026, tỉnh đặt mục tiêu GPMB khoảng 4.000 ha, hoàn thành 12 khu tái định cư; thực hiện nghiêm Kế hoạch số 21/KH-UBND ngày 12/1/2026 của UBND tỉnh và Nghị định số 88/2024/NĐ-CP. Ông Nguyễn Tuấn Thanh yêu cầu người đứng đầu các xã, phường chịu trách nhiệm về tiến độ; mỗi dự án phải có khu tái định cư trước khi thu hồi đất; công khai minh bạch và đối thoại trực tiếp với người dân.
Dịp này, UBND tỉnh tặng Bằng khen cho 25 tập thể, 40 cá nhân.
Thanh Nhật
Tin liên quan
- Gia Lai: tổng kết công tác dân vận năm 2025 (20/01/2026)
- Phường Quy Nhơn Nam bàn giao mặt bằng đường ven biển (12/01/2026)
- Người có uy tín góp sức giải phóng mặt bằng cao tốc (05/01/2026)
""", "2026-01-23", "Gia Lai triển khai nhiệm vụ bồi thường, giải phóng mặt bằng năm 2026",
E("tong_ket", "2025", "2026-01-22"),
[P("Nguyễn Tuấn Thanh", "Phó Chủ tịch UBND tỉnh"),
 P("Đặng Văn Hiếu", "Chủ tịch UBND phường"),
 P("Ksor Yin", "Bí thư Đảng ủy xã"),
 P("Rơ Lan Kpă", "già làng"),
 P("Rah Lan H'Bla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("hơn 3.150 ha", 3150, "ha", "over"), Q("362 dự án", 362, "dự án"),
 Q("khoảng 3.960 tỷ đồng", 3960000000000, "đồng", "approx"), Q("2.874 hộ", 2874, "hộ"), Q("41 khu tái định cư", 41, "khu tái định cư"),
 Q("97,3%", 97.3, "%"), Q("58 cuộc giám sát", 58, "cuộc giám sát"), Q("214 đơn thư, kiến nghị", 214, "đơn thư, kiến nghị"),
 Q("197 đơn", 197, "đơn"), Q("312 hộ", 312, "hộ"), Q("86 hộ Jrai", 86, "hộ Jrai"), Q("41 ha", 41, "ha"),
 Q("17 vụ việc khiếu nại kéo dài", 17, "vụ việc khiếu nại kéo dài"), Q("khoảng 4.000 ha", 4000, "ha", "approx"),
 Q("12 khu tái định cư", 12, "khu tái định cư"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Kế hoạch", "21", "KH-UBND", "2026-01-12", "UBND tỉnh", "Kế hoạch số 21/KH-UBND ngày 12/1/2026"),
 D("Nghị định", "88", "2024/NĐ-CP", None, None, "Nghị định số 88/2024/NĐ-CP")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn Nam"), com("Ia Hrú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ | Thời sự | Kinh tế | Xã hội", "Hôm nay: Thứ Ba, 27/01/2026",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "(GLO)", "Quy Nhơn - Pleiku", "Hoài Nhơn - Quy Nhơn"],
["Hôm nay: Thứ Ba, 27/01/2026", "Cập nhật: 16:25, 23/01/2026", "năm 2025", "năm 2026"]))
