from lib import *

PAGES = []

# b118 — Ban Dân vận Tỉnh ủy Đắk Nông, giao ban quý 2/2016 (kind and period only in the lead)
PAGES.append(page(
"b118-daknong-bdv-giaoban-quy2-2016",
"""
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
Thứ Năm, 14/07/2016
Đẩy mạnh công tác dân vận ở vùng đồng bào dân tộc thiểu số
(DVĐN) - Ngày 13/7, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị giao ban công tác dân vận quý 2 năm 2016 với 8 cơ quan khối dân vận tỉnh. Chủ trì hội nghị có đồng chí Trương Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Dũng, Điểu K'Rứ. Dự hội nghị còn có đồng chí Nguyễn Văn Bình, Phó Trưởng Ban Nội chính Tỉnh ủy và đồng chí Y Thuyên Niê, Phó Trưởng Ban Dân tộc tỉnh.
Quang cảnh hội nghị giao ban.
Theo báo cáo, trong quý II, khối dân vận đã phối hợp giải quyết 3 vụ việc tranh chấp đất đai tại xã Quảng Sơn và xã Đắk R'Măng; vận động 1.346 hộ đồng bào Mnông, Mạ ký cam kết không phá rừng, không di cư tự do. Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy, 71/71 xã, phường, thị trấn đã kiện toàn tổ dân vận. Các ngành chức năng đã hỗ trợ trồng lại khoảng 2.560 ha rừng trên diện tích bị lấn chiếm.
Mô hình "Dân vận khéo" tiếp tục lan tỏa với 124 mô hình được công nhận, trong đó 37 mô hình ở vùng đồng bào dân tộc thiểu số. Già làng Điểu Mlung ở bon Bu Prăng được biểu dương vì đã vận động con cháu trả lại 12 ha đất lấn chiếm.
Tại hội nghị, đồng chí Trương Thị Hạnh công bố quyết định của Ban Thường vụ Tỉnh ủy: đồng chí Phạm Thị Thu Trang, Phó Chánh Văn phòng Tỉnh ủy được điều động, bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy từ ngày 15/7/2016.
Kết luận hội nghị, đồng chí Trương Thị Hạnh đề nghị các cơ quan bám sát Nghị quyết 20-NQ/TU về phát triển vùng đồng bào dân tộc thiểu số, chủ động nắm tình hình trước mùa mưa, không để xảy ra "điểm nóng".
Ý Nhi
Lượt xem: 734
Tin liên quan
- Giao ban khối dân vận quý I/2016 (12/04/2016)
- Ban Dân vận Tỉnh ủy tập huấn cho 120 cán bộ (25/03/2016)
""",
"2016-07-14",
"Đẩy mạnh công tác dân vận ở vùng đồng bào dân tộc thiểu số",
E("giao_ban", "2016-Q2", "2016-07-13"),
[
 P("Trương Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu K'Rứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bình", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Y Thuyên Niê", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Mlung", "Già làng"),
 P("Phạm Thị Thu Trang", "Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
],
[
 Q("8 cơ quan khối dân vận", 8, "cơ quan khối dân vận"),
 Q("3 vụ việc", 3, "vụ việc"),
 Q("1.346 hộ đồng bào Mnông, Mạ", 1346, "hộ đồng bào Mnông, Mạ"),
 Q("71/71 xã, phường, thị trấn", 71, "xã, phường, thị trấn"),
 Q("khoảng 2.560 ha", 2560, "ha", "approx"),
 Q("124 mô hình", 124, "mô hình"),
 Q("37 mô hình", 37, "mô hình"),
 Q("12 ha", 12, "ha"),
],
[
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Nghị quyết", "20", "NQ/TU", None, None, "Nghị quyết 20-NQ/TU"),
],
[prov("Đắk Nông"), com("xã Quảng Sơn"), com("xã Đắk R'Măng")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Quang cảnh hội nghị giao ban.", "Dân vận khéo", "bon Bu Prăng", "điểm nóng"],
["quý 2", "quý II", "Lượt xem: 734"],
))

# b119 — trang xã Gia Thủy (Ninh Bình), hội nghị lấy ý kiến về nông thôn mới; odd spacing as copied
PAGES.append(page(
"b119-ninhbinh-xagiathuy-hoinghi-ntm-2017",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIA THỦY - HUYỆN NHO QUAN - TỈNH NINH BÌNH
Trang chủ  |  Tin tức  |  Thủ tục hành chính  |  Hỏi đáp
Tin tức - Sự kiện
Ngày đăng 06/09/2017 | 16:20
Nhân dân góp ý kết quả xây dựng nông thôn mới
Ngày  5/9/2017, Ban Thường trực Ủy ban MTTQ xã Gia Thủy tổ chức hội nghị lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới . Dự hội nghị có ông Đinh Văn Thành, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Quách Văn Hưng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Bùi Thị Thu, Chủ tịch Ủy ban MTTQ xã cùng 96 đại biểu là trưởng thôn, chi hội trưởng các đoàn thể và người có uy tín.
Toàn cảnh hội nghị lấy ý kiến
Hội nghị được tổ chức theo Kế hoạch số 15/KH-MT ngày 10/8/2017 của Ban Thường trực Ủy ban MTTQ xã và hướng dẫn của cấp trên về việc lấy ý kiến Nhân dân trước khi đề nghị UBND tỉnh Ninh Bình công nhận xã đạt chuẩn, căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới.
Theo báo cáo, sau 6 năm thực hiện, xã đã đạt 19/19 tiêu chí ; 12/12 thôn có nhà văn hóa đạt chuẩn. Nhân dân đã đóng góp 3,7 tỷ đồng, hiến hơn 4.200 m2 đất để làm 18,5 km đường bê tông. Thu nhập bình quân đạt 29,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 4,8%.
Qua phiếu khảo sát 1.865 hộ, có 92,6% số hộ hài lòng với kết quả xây dựng nông thôn mới. Một số ý kiến đề nghị xã quan tâm xử lý rác thải ở 3 thôn vùng cao, nâng cấp tuyến đường từ thôn Đồng Chưa ra trung tâm xã.
Ông Đinh Văn Thành tiếp thu ý kiến của bà con và đề nghị MTTQ xã tiếp tục thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ban biên tập
Lượt truy cập: 15.382
Tin khác
- Xã Gia Thủy ra quân vệ sinh môi trường (28/08/2017)
- Hội nghị sơ kết 6 tháng của Đảng ủy xã (20/07/2017)
""",
"2017-09-06",
"Nhân dân góp ý kết quả xây dựng nông thôn mới",
E("hoi_nghi", None, "2017-09-05"),
[
 P("Đinh Văn Thành", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Quách Văn Hưng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Bùi Thị Thu", "Chủ tịch Ủy ban MTTQ xã"),
],
[
 Q("96 đại biểu", 96, "đại biểu"),
 Q("19/19 tiêu chí", 19, "tiêu chí"),
 Q("12/12 thôn", 12, "thôn"),
 Q("3,7 tỷ đồng", 3700000000, "đồng"),
 Q("hơn 4.200 m2", 4200, "m2", "over"),
 Q("18,5 km", 18.5, "km"),
 Q("29,5 triệu đồng/người/năm", 29500000, "đồng"),
 Q("4,8%", 4.8, "%"),
 Q("1.865 hộ", 1865, "hộ"),
 Q("92,6%", 92.6, "%"),
 Q("3 thôn", 3, "thôn"),
],
[
 D("Kế hoạch", "15", "KH-MT", "2017-08-10", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 15/KH-MT"),
 D("Quyết định", "1980", "QĐ-TTg", "2016-10-17", "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg"),
],
[prov("Ninh Bình"), com("xã Gia Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIA THỦY - HUYỆN NHO QUAN - TỈNH NINH BÌNH", "Toàn cảnh hội nghị lấy ý kiến",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "thôn Đồng Chưa"],
["6 năm", "Lượt truy cập: 15.382"],
))

# b120 — Tỉnh đoàn Bình Định, tập huấn cán bộ Đoàn năm 2018 (150 repeated in headline, lead, caption)
PAGES.append(page(
"b120-binhdinh-tinhdoan-taphuan-2018",
"""
TỈNH ĐOÀN BÌNH ĐỊNH
Tuổi trẻ Bình Định - Xung kích, sáng tạo
Trang chủ / Tin tức / Công tác Đoàn
26/03/2018 07:45
Hơn 150 cán bộ Đoàn được bồi dưỡng kỹ năng dân vận
Từ ngày 23 đến 25/3, Ban Thường vụ Tỉnh đoàn Bình Định tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và công tác thanh niên năm 2018 cho hơn 150 cán bộ Đoàn là bí thư, phó bí thư Đoàn các xã, phường, thị trấn trong tỉnh.
Hơn 150 cán bộ Đoàn tham gia lớp tập huấn tại Hội trường Tỉnh đoàn.
Phát biểu khai mạc, đồng chí Lê Thị Kim Chi, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn nhấn mạnh: lớp tập huấn là bước cụ thể hóa Kế hoạch số 78-KH/TĐTN-TCKT ngày 5/1/2018 của Ban Thường vụ Tỉnh đoàn về nâng cao năng lực đội ngũ cán bộ Đoàn cơ sở. Cùng dự có các đồng chí Phó Bí thư Tỉnh đoàn: Võ Văn Thành, Đặng Thị Hồng Nhung.
Trong 3 ngày, học viên được nghe ThS. Trần Quang Vinh, giảng viên Trường Chính trị tỉnh truyền đạt 4 chuyên đề: kỹ năng dân vận của cán bộ Đoàn, tổ chức đối thoại với thanh niên, xây dựng mô hình "Thanh niên dân vận khéo" và sử dụng mạng xã hội trong tuyên truyền. Các học viên được chia thành 6 nhóm thực hành tại phường Nhơn Bình.
Anh Nguyễn Minh Triết, 26 tuổi, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Cát Hanh, chia sẻ: "Xã em có 14 chi đoàn thôn, nhiều đoàn viên đi làm ăn xa. Những kỹ năng học được sẽ giúp em kết nối các bạn qua nhóm Zalo".
Năm 2017, các cơ sở Đoàn trong tỉnh đã vận động đoàn viên tham gia làm mới 235 km đường giao thông nông thôn, sửa chữa 42 nhà nhân ái với tổng kinh phí khoảng 3,1 tỷ đồng. Kinh phí mở lớp năm nay là 85 triệu, do Tỉnh đoàn và Trung ương Đoàn hỗ trợ. Tỉnh đoàn phát động phong trào "3 trách nhiệm" trong đoàn viên, thanh niên.
Bài, ảnh: Thanh Hà
Lượt xem: 1.208
Bài viết liên quan
- Ra mắt 12 đội hình thanh niên tình nguyện (18/03/2018)
- Tỉnh đoàn tổng kết công tác năm 2017 (29/12/2017)
""",
"2018-03-26",
"Hơn 150 cán bộ Đoàn được bồi dưỡng kỹ năng dân vận",
E("tap_huan", "2018", "2018-03-23"),
[
 P("Lê Thị Kim Chi", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Võ Văn Thành", "Phó Bí thư Tỉnh đoàn"),
 P("Đặng Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Quang Vinh", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Nguyễn Minh Triết", "Bí thư Đoàn xã Cát Hanh"),
],
[
 Q("hơn 150 cán bộ Đoàn", 150, "cán bộ Đoàn", "over"),
 Q("4 chuyên đề", 4, "chuyên đề"),
 Q("6 nhóm", 6, "nhóm"),
 Q("14 chi đoàn thôn", 14, "chi đoàn thôn"),
 Q("235 km", 235, "km"),
 Q("42 nhà nhân ái", 42, "nhà nhân ái"),
 Q("khoảng 3,1 tỷ đồng", 3100000000, "đồng", "approx"),
 Q("85 triệu", 85000000, "đồng"),
],
[
 D("Kế hoạch", "78", "KH/TĐTN-TCKT", "2018-01-05", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 78-KH/TĐTN-TCKT"),
],
[prov("Bình Định"), com("phường Nhơn Bình"), com("xã Cát Hanh")],
["TỈNH ĐOÀN BÌNH ĐỊNH", "Tuổi trẻ Bình Định - Xung kích, sáng tạo",
 "Hơn 150 cán bộ Đoàn tham gia lớp tập huấn tại Hội trường Tỉnh đoàn.", "Thanh niên dân vận khéo", "Zalo"],
["3 ngày", "26 tuổi", "3 trách nhiệm", "Lượt xem: 1.208"],
))

# b121 — Báo Cần Thơ, chân dung "Dân vận khéo" (no event)
PAGES.append(page(
"b121-cantho-bao-chandung-danvankheo-2019",
"""
BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TP CẦN THƠ
Thứ Tư, 17/04/2019
Bạn đang ở đây: Trang chủ > Chính trị > Xây dựng Đảng
Thứ Ba, 16/04/2019 - 08:31
Người "giữ lửa" dân vận ở khu vực 5
Gần 20 năm làm Trưởng khu vực 5, phường Thới An Đông, quận Bình Thủy, bà Nguyễn Thị Lành được bà con tin yêu gọi là "má Lành". Cách làm của bà đơn giản: đến từng nhà, nghe dân nói trước rồi mới nói với dân.
Bà Nguyễn Thị Lành (bìa phải) thăm hỏi hộ nghèo trong khu vực.
Năm 2017, khi thành phố triển khai nâng cấp tuyến hẻm 91, bà cùng chi bộ vận động 43 hộ hiến 1.200 m2 đất, tự tháo dỡ hàng rào mà không cần bồi thường. Tuyến đường dài 2,4 km hoàn thành, tổng kinh phí hơn 650 triệu đồng, trong đó Nhân dân đóng góp 410 triệu. Từ nguồn Quỹ "Vì người nghèo", khu vực đã xây mới 3 căn nhà đại đoàn kết, mỗi căn 40 triệu đồng, giúp 17 hộ nghèo vay vốn không lãi.
Theo ông Huỳnh Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam phường Thới An Đông, khu vực 5 có 612 hộ nhưng nhiều năm liền không có người vi phạm pháp luật; tỷ lệ hộ gia đình văn hóa đạt 97%. "Chị Lành làm theo đúng tinh thần Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội: cái gì dân bàn thì chị ghi lại đầy đủ, trình lên phường", ông Sáu nói.
Bà Lê Thị Thanh Hương, Phó Trưởng Ban Dân vận Quận ủy Bình Thủy cho biết mô hình "Khu vực 5 - 3 không" do bà Lành khởi xướng đang được nhân rộng ra 24 khu vực trong quận. Tháng 12/2018, bà Lành được UBND thành phố Cần Thơ tặng Bằng khen vì thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo".
Khi được hỏi bí quyết, bà cười: "Cứ thương dân thật lòng thì dân nghe mình thôi".
Bài, ảnh: Hoàng Lan
Lượt xem: 3.416
Xem thêm
- Ra mắt mô hình "Dân vận khéo" ở phường An Khánh (10/04/2019)
- Quận Bình Thủy: 52 mô hình dân vận khéo (02/04/2019)
""",
"2019-04-16",
"Người \"giữ lửa\" dân vận ở khu vực 5",
E(None, None, None),
[
 P("Nguyễn Thị Lành", "Trưởng khu vực 5"),
 P("Huỳnh Văn Sáu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thới An Đông"),
 P("Lê Thị Thanh Hương", "Phó Trưởng Ban Dân vận Quận ủy Bình Thủy"),
],
[
 Q("43 hộ", 43, "hộ"),
 Q("1.200 m2", 1200, "m2"),
 Q("2,4 km", 2.4, "km"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"),
 Q("410 triệu", 410000000, "đồng"),
 Q("3 căn nhà đại đoàn kết", 3, "căn nhà đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("17 hộ nghèo", 17, "hộ nghèo"),
 Q("612 hộ", 612, "hộ"),
 Q("97%", 97, "%"),
 Q("24 khu vực", 24, "khu vực"),
],
[
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
],
[prov("Cần Thơ"), com("phường Thới An Đông")],
["BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TP CẦN THƠ", "Bạn đang ở đây: Trang chủ > Chính trị > Xây dựng Đảng",
 "Bà Nguyễn Thị Lành (bìa phải) thăm hỏi hộ nghèo trong khu vực.", "má Lành", "Vì người nghèo", "quận Bình Thủy", "Dân vận khéo"],
["Gần 20 năm", "hẻm 91", "khu vực 5", "Khu vực 5 - 3 không", "Thứ Tư, 17/04/2019", "Lượt xem: 3.416"],
))

# b122 — MTTQ Nghệ An, tổng kết công tác Mặt trận năm 2020 (kind and period only in the lead); long page
PAGES.append(page(
"b122-nghean-mttq-tongket-2020",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh
Cập nhật lúc 10:12 29/12/2020
MTTQ tỉnh: Phát huy sức mạnh khối đại đoàn kết trong năm đại dịch
Chiều 28/12, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, triển khai chương trình phối hợp và thống nhất hành động năm 2021. Chủ trì hội nghị có đồng chí Nguyễn Thị Phương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Văn Đạt, Lang Thị Chiêm, Nguyễn Đức Tú.
Dự hội nghị có đồng chí Thái Văn Hùng, Phó Bí thư Tỉnh ủy; đồng chí Vi Văn Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; đồng chí Trần Quốc Khánh, Phó Trưởng Ban Kinh tế Tỉnh ủy; đồng chí Cao Thị Hiền, Trưởng Ban Đối ngoại Tỉnh ủy cùng 7 đồng chí là Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo Ủy ban MTTQ 21 huyện, thành phố, thị xã.
Đồng chí Nguyễn Thị Phương Lan phát biểu tại hội nghị. Ảnh: Hải Đăng
Năm 2020, dù chịu ảnh hưởng nặng nề của dịch Covid-19 và bão số 9, các cấp Mặt trận đã vận động Quỹ "Vì người nghèo" được hơn 210 tỷ đồng; xây mới, sửa chữa 1.250 căn nhà Đại đoàn kết với mức hỗ trợ 50 triệu đồng/căn. Riêng ủng hộ phòng, chống dịch Covid-19, Ủy ban MTTQ các cấp tiếp nhận 32,7 tỷ đồng và hàng hóa trị giá 9 tỷ 300 triệu đồng; ủng hộ đồng bào miền Trung bị lũ lụt hơn 18,5 tỉ đồng.
Thực hiện Thông tri số 18/TT-MTTW-BTT ngày 20/8/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận các cấp tổ chức 1.432 cuộc giám sát và 86 hội nghị phản biện xã hội. Chương trình phối hợp số 09/CTPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh được thực hiện nghiêm túc. Mặt trận tham mưu Tỉnh ủy sơ kết Chỉ thị 21, 22 của Ban Thường vụ Tỉnh ủy về công tác dân vận và về phát huy vai trò Nhân dân trong giám sát đầu tư công; tham gia xây dựng đề án số 07-ĐA/TU của Tỉnh ủy về xây dựng khối đại đoàn kết ở vùng đồng bào dân tộc thiểu số miền Tây.
Theo đồng chí Hồ Văn Đạt, trong "Tháng cao điểm vì người nghèo" từ ngày 17/10 đến 18/11/2020, các cấp Mặt trận tiếp nhận 52,4 tỷ đồng, trong đó cấp tỉnh tiếp nhận 17 tỷ 850 triệu đồng; các hộ nghèo sẽ được thăm hỏi, tặng quà dịp Tết Nguyên đán Tân Sửu 2021 với mức 500.000đ/hộ. Riêng ở huyện miền núi Quế Phong, Mặt trận phối hợp với Bộ đội Biên phòng tỉnh trao 240 con bò giống cho 240 hộ nghèo.
Sau bão số 9, Quỹ Cứu trợ tỉnh đã phân bổ 12,6 tỷ đồng cho 4 huyện bị thiệt hại nặng, hỗ trợ 2.118 hộ, với mức 3 triệu đồng/hộ có nhà bị sập và 1,5 triệu đồng/hộ có nhà bị tốc mái. Việc phân bổ được công khai tại nhà văn hóa các thôn, bản và trên loa truyền thanh xã.
Công tác tuyên truyền có nhiều đổi mới: Mặt trận các cấp tổ chức 2.730 buổi tuyên truyền với hơn 186.000 lượt người tham gia; trang thông tin điện tử của Ủy ban MTTQ tỉnh đăng 1.145 tin, bài. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục có chuyển biến: có 96,4% số hộ đạt danh hiệu gia đình văn hóa; 22 xã ở huyện Con Cuông, Tương Dương được hỗ trợ làm 146 km đường giao thông. Mô hình "5 có, 3 không" ở khu dân cư được nhân rộng.
Hội nghị đã nghe 9 ý kiến tham luận. Ông Lô Văn Thái, Chủ tịch Ủy ban MTTQ xã Tam Quang, kể về việc vận động 37 hộ đồng bào Thái di dời khỏi vùng sạt lở. Bà Nguyễn Thị Thu Hà, Trưởng ban Công tác Mặt trận khối 12, phường Hưng Bình, chia sẻ kinh nghiệm vận động 100% hộ dân phân loại rác tại nguồn; khối đã xây dựng quỹ "Tấm lòng vàng" với số dư 46.500.000 đồng.
Tại hội nghị, Ủy ban MTTQ Việt Nam tỉnh tiến hành hiệp thương cử bổ sung: đồng chí Hoàng Thị Mai, Chủ tịch Hội LHPN tỉnh được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2019-2024. Hội nghị cũng biểu quyết thống nhất chương trình phối hợp thống nhất hành động năm 2021 với 6 nội dung trọng tâm.
Phát biểu chỉ đạo, đồng chí Thái Văn Hùng ghi nhận những kết quả Mặt trận đạt được, đề nghị năm 2021 tập trung chuẩn bị tốt bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026; thực hiện hiệp thương giới thiệu người ứng cử đúng quy trình; tiếp tục thực hiện kế hoạch số 152/KH-MTTQ-BTT ngày 2/12/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát việc sử dụng Quỹ "Vì người nghèo".
Dịp này, 33 tập thể và 47 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen. Ông Lương Văn Tùng, Người có uy tín bản Xốp Mạt, xã Châu Khê được khen vì vận động bà con giao nộp 5 khẩu súng tự chế; 12 cá nhân được UBND tỉnh tặng Bằng khen vì có nhiều đóng góp cho Quỹ "Vì người nghèo". Trong số cá nhân được khen có các ông, bà: Vi Thị Hoa, Lữ Văn Quang, Moong Văn Chư ở các bản vùng biên huyện Kỳ Sơn.
Trần Hải
Lượt xem: 2.187
Tin liên quan
- Ủy ban MTTQ tỉnh trao 500 suất quà cho đồng bào vùng lũ (15/10/2020)
- Hội nghị hiệp thương lần thứ 9 (02/10/2020)
""",
"2020-12-29",
"MTTQ tỉnh: Phát huy sức mạnh khối đại đoàn kết trong năm đại dịch",
E("tong_ket", "2020", "2020-12-28"),
[
 P("Nguyễn Thị Phương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Đạt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lang Thị Chiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Tú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thái Văn Hùng", "Phó Bí thư Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Trần Quốc Khánh", "Phó Trưởng Ban Kinh tế Tỉnh ủy"),
 P("Cao Thị Hiền", "Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Lô Văn Thái", "Chủ tịch Ủy ban MTTQ xã Tam Quang"),
 P("Nguyễn Thị Thu Hà", "Trưởng ban Công tác Mặt trận khối 12"),
 P("Lương Văn Tùng", "Người có uy tín bản Xốp Mạt"),
 P("Hoàng Thị Mai", "Chủ tịch Hội LHPN tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hoa"),
 P("Lữ Văn Quang"),
 P("Moong Văn Chư"),
],
[
 Q("7 đồng chí", 7, "đồng chí"),
 Q("21 huyện, thành phố, thị xã", 21, "huyện, thành phố, thị xã"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"),
 Q("1.250 căn nhà Đại đoàn kết", 1250, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("32,7 tỷ đồng", 32700000000, "đồng"),
 Q("52,4 tỷ đồng", 52400000000, "đồng"),
 Q("17 tỷ 850 triệu đồng", 17850000000, "đồng"),
 Q("500.000đ/hộ", 500000, "đồng"),
 Q("240 con bò giống", 240, "con bò giống"),
 Q("240 hộ nghèo", 240, "hộ nghèo"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("4 huyện", 4, "huyện"),
 Q("2.118 hộ", 2118, "hộ"),
 Q("3 triệu đồng/hộ", 3000000, "đồng"),
 Q("1,5 triệu đồng/hộ", 1500000, "đồng"),
 Q("6 nội dung trọng tâm", 6, "nội dung trọng tâm"),
 Q("9 tỷ 300 triệu đồng", 9300000000, "đồng"),
 Q("hơn 18,5 tỉ đồng", 18500000000, "đồng", "over"),
 Q("1.432 cuộc giám sát", 1432, "cuộc giám sát"),
 Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("2.730 buổi tuyên truyền", 2730, "buổi tuyên truyền"),
 Q("hơn 186.000 lượt người", 186000, "lượt người", "over"),
 Q("1.145 tin, bài", 1145, "tin, bài"),
 Q("96,4%", 96.4, "%"),
 Q("22 xã", 22, "xã"),
 Q("146 km", 146, "km"),
 Q("9 ý kiến tham luận", 9, "ý kiến tham luận"),
 Q("37 hộ đồng bào Thái", 37, "hộ đồng bào Thái"),
 Q("100% hộ dân", 100, "%"),
 Q("46.500.000 đồng", 46500000, "đồng"),
 Q("33 tập thể", 33, "tập thể"),
 Q("47 cá nhân", 47, "cá nhân"),
 Q("5 khẩu súng tự chế", 5, "khẩu súng tự chế"),
 Q("12 cá nhân", 12, "cá nhân"),
],
[
 D("Thông tri", "18", "TT-MTTW-BTT", "2020-08-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 18/TT-MTTW-BTT"),
 D("Chương trình phối hợp", "09", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-UBND"),
 D("Chỉ thị", "21", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "22", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22 của Ban Thường vụ Tỉnh ủy"),
 D("Đề án", "07", "ĐA/TU", None, "Tỉnh ủy", "đề án số 07-ĐA/TU"),
 D("Kế hoạch", "152", "KH-MTTQ-BTT", "2020-12-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "kế hoạch số 152/KH-MTTQ-BTT"),
],
[prov("Nghệ An"), com("xã Tam Quang"), com("phường Hưng Bình"), com("xã Châu Khê")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh",
 "Đồng chí Nguyễn Thị Phương Lan phát biểu tại hội nghị.", "Vì người nghèo", "Tấm lòng vàng",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "huyện Con Cuông", "huyện Kỳ Sơn", "Quỹ Cứu trợ tỉnh", "Tháng cao điểm vì người nghèo", "huyện miền núi Quế Phong", "Bộ đội Biên phòng tỉnh"],
["Covid-19", "bão số 9", "5 có, 3 không", "khóa XV", "nhiệm kỳ 2021-2026", "nhiệm kỳ 2019-2024", "Tết Nguyên đán Tân Sửu 2021", "khối 12", "7 đồng chí", "Lượt xem: 2.187"],
))
