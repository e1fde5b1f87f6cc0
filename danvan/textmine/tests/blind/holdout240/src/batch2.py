from lib import *
PAGES = []

PAGES.append(page("b5723-daklak-mttq-eatul-giamsat-2017", """
Trang thông tin điện tử Ủy ban MTTQ Việt Nam huyện Cư M'gar
Trang chủ » Giám sát, phản biện xã hội
23/06/2017 - 09:45
MTTQ xã Ea Tul giám sát việc hỗ trợ đất sản xuất cho đồng bào DTTS
Ngày 21/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ xã Ea Tul do ông Y Khuê Niê, Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn đã giám sát tại UBND xã việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo, theo chương trình giám sát năm 2017 của Mặt trận xã.
Đoàn giám sát làm việc tại UBND xã Ea Tul
Tham gia đoàn có các đồng chí: H'Nga Êban, Phó Chủ tịch Ủy ban MTTQ xã; Y Pang Mlô, Chủ tịch Hội Nông dân xã; Nguyễn Thị Hằng, Chủ tịch Hội LHPN xã và đại diện Ban công tác Mặt trận 4 buôn. Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 08/KH-MTTQ-BTT ngày 5/6/2017 của Ban Thường trực Ủy ban MTTQ xã.
Theo báo cáo của UBND xã do ông Y Bhơ Byă, Phó Chủ tịch UBND xã trình bày, thực hiện Quyết định 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ, giai đoạn 2014 - 2016 xã có 186 hộ thuộc đối tượng thụ hưởng, đã hỗ trợ chuyển đổi nghề cho 142 hộ với tổng kinh phí 1,136 tỷ đồng (8 triệu đồng/hộ); hỗ trợ nước sinh hoạt phân tán cho 95 hộ, mỗi hộ 1,4 triệu đồng. Hiện vẫn còn 44 hộ chưa được hỗ trợ do thiếu vốn.
Qua giam sát thực tế tại buôn Kdun và buôn Ea Mđhar, đoàn ghi nhận phần lớn hộ dân sử dụng tiền hỗ trợ đúng mục đích, mua bò giống, máy bơm nước tưới cà phê. Tuy nhiên vẫn có 6 hộ sử dụng tiền hỗ trợ không đúng mục đích, 3 trường hợp bán bò giống sau khi nhận; việc bình xét đối tượng ở một vài buôn chưa công khai, có nơi chưa mời người có uy tín tham gia.
Ông Y Djơn Ktla, người có uy tín buôn Kdun, cho biết: "Bà con nghèo thì nhiều mà tiền hỗ trợ ít, nhà nào cũng muốn có đất làm rẫy chứ không muốn đổi nghề". Theo ông, cả buôn có khoảng 30 hộ không có hoặc thiếu đất sản xuất.
Kết thúc buổi giám sát, đoàn đã đưa ra 5 kiến nghị, đề nghị UBND xã rà soát lại danh sách hộ thụ hưởng, công khai tại nhà văn hóa các buôn; phối hợp Hội Nông dân, Hội LHPN hướng dẫn bà con cách chăm sóc bò, cà phê; kiến nghị cấp trên sớm bố trí vốn cho 44 hộ còn lại. Ông Y Khuê Niê đề nghị sau 30 ngày UBND xã phải có văn bản trả lời đoàn giám sát.
Được biết, năm 2017 Ủy ban MTTQ xã Ea Tul (huyện Cư M'gar, tỉnh Đắk Lắk) đã xây dựng chương trình giám sát với 3 nội dung chuyên đề; đây là cuộc giám sát thứ hai trong năm.
H'Xoan (CTV)
Tin liên quan
- Ea Kpam: giám sát việc thực hiện chính sách BHYT cho người nghèo (14/06/2017)
- MTTQ huyện Cư M'gar phản biện dự thảo quy hoạch nông thôn mới (30/05/2017)
- Hội nghị người có uy tín huyện Cư M'gar năm 2017 (12/05/2017)
""", "2017-06-23", "MTTQ xã Ea Tul giám sát việc hỗ trợ đất sản xuất cho đồng bào DTTS",
E("giam_sat", "2017", "2017-06-21"),
[P("Y Khuê Niê", "Chủ tịch Ủy ban MTTQ xã"),
 P("H'Nga Êban", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Y Pang Mlô", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Thị Hằng", "Chủ tịch Hội LHPN xã"),
 P("Y Bhơ Byă", "Phó Chủ tịch UBND xã"),
 P("Y Djơn Ktla", "người có uy tín buôn Kdun")],
[Q("4 buôn", 4, "buôn"), Q("186 hộ", 186, "hộ"), Q("142 hộ", 142, "hộ"), Q("1,136 tỷ đồng", 1136000000, "đồng"),
 Q("8 triệu đồng/hộ", 8000000, "đồng"), Q("95 hộ", 95, "hộ"), Q("1,4 triệu đồng", 1400000, "đồng"), Q("44 hộ", 44, "hộ"),
 Q("6 hộ", 6, "hộ"), Q("3 trường hợp", 3, "trường hợp"), Q("khoảng 30 hộ", 30, "hộ", "approx"), Q("5 kiến nghị", 5, "kiến nghị"),
 Q("3 nội dung chuyên đề", 3, "nội dung chuyên đề")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2017-06-05", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 08/KH-MTTQ-BTT ngày 5/6/2017"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg ngày 20/5/2013")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Trang thông tin điện tử Ủy ban MTTQ Việt Nam huyện Cư M'gar", "Trang chủ » Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Ea Tul"],
["23/06/2017 - 09:45", "năm 2017", "giai đoạn 2014 - 2016", "30 ngày", "cuộc giám sát thứ hai"]))

PAGES.append(page("b5724-hagiang-kdv-lungcu-giaoban-2018", """
Trang thông tin điện tử Ban Dân vận Huyện ủy Đồng Văn
Bạn đang ở: Trang chủ > Dân vận cơ sở
Cập nhật: 15:30, 05/10/2018 (GMT+7)
Ảnh: Quang cảnh buổi giao ban.
Lũng Cú giao ban khối dân vận
Ngày 3/10, Khối dân vận xã Lũng Cú, huyện Đồng Văn (Hà Giang) tổ chức giao ban công tác dân vận quý III năm 2018, triển khai nhiệm vụ quý IV. Đồng chí Sùng Mí Páo, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì. Dự có Bà Vàng Thị Sính, Chủ tịch Ủy ban MTTQ xã; ông Lò Văn Dũng, Phó Chủ tịch UBND xã; Thượng úy Hầu Mí Lử, cán bộ Đồn Biên phòng Lũng Cú cùng trưởng các đoàn thể và 9 bí thư chi bộ thôn.
Quý III, các đoàn thể đã phối hợp tổ chức 26 buổi tuyên truyền cho trên 1.800 lượt người về Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư, về phòng chống mua bán người và xuất cảnh trái phép. Nhân dân các thôn hiến 3.500 m2 đất, góp 620 ngày công làm 2,4 km đường bê tông liên thôn. Các đoàn thể vận động giúp 9 hộ nghèo xóa nhà tạm; Hội LHPN nhận ủy thác giải ngân 480 triệu đồng cho 16 hộ vay vốn nuôi bò. Tỷ lệ huy động trẻ 6 tuổi ra lớp 1 đạt 98,5%.
Theo báo cáo, tình hình an ninh trật tự cơ bản ổn định; đã hòa giải thành 4/5 vụ việc tranh chấp đất nương, còn 1 vụ đang tiếp tục vận động. Tuy nhiên trên địa bàn vẫn còn 7 hộ theo đạo Tin lành chưa được công nhận, sinh hoạt tập trung trái phép; 2 hộ với 11 nhân khẩu bỏ đi làm thuê bên kia biên giới chưa về.
Chủ tịch Hội Nông dân xã Giàng Mí Chá cho biết Hội đã vận động 120 hộ trồng ngô giống mới, năng suất tăng khoảng 15%. Bí thư Đoàn xã Ly Mí Sính đề xuất thành lập thêm 2 đội thanh niên tình nguyện giúp dân thu hoạch ngô ở các thôn xa.
Các đoàn thể tiếp tục triển khai Chỉ thị 19, 20-CT/HU của Ban Thường vụ Huyện ủy Đồng Văn về xây dựng thôn văn hóa và về phát triển du lịch cộng đồng gắn với Cột cờ Lũng Cú, cùng kế hoạch số 42-KH/ĐU của Đảng ủy xã về công tác dân vận năm 2018.
Kết luận giao ban, đồng chí Sùng Mí Páo đề nghị quý IV khối dân vận tập trung vận động bà con thu hoạch vụ mùa, chuẩn bị giống cho vụ đông xuân, tuyên truyền nhân dân không nghe kẻ xấu lôi kéo, phấn đấu cuối năm có thêm 2 thôn đạt chuẩn văn hóa. Các đồng chí bí thư chi bộ thôn phải bám dân, họp thôn đều đặn mỗi tháng 1 lần.
Buổi giao ban diễn ra trong không khí thẳng thắn, cởi mở. Nhiều ý kiến cho rằng cán bộ đoàn thể xã phải xuống thôn nhiều hơn, ăn cùng, ở cùng, làm cùng với bà con thì mới nắm được tâm tư, nguyện vọng của nhân dân, nhất là ở những thôn giáp biên giới, đường đi lại khó khăn.
Tin: Vàng Dũng (CTV)
Lượt đọc: 198
Tin cùng chuyên mục
- Sủng Là ra mắt mô hình "Dân vận khéo" trong làm đường (25/09/2018)
- Đồng Văn: 40 hộ hiến đất làm nhà văn hóa thôn (10/09/2018)
- Ma Lé tập huấn cho người có uy tín (28/08/2018)
""", "2018-10-05", "Lũng Cú giao ban khối dân vận",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Sùng Mí Páo", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Vàng Thị Sính", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lò Văn Dũng", "Phó Chủ tịch UBND xã"),
 P("Hầu Mí Lử", "Thượng úy", "cán bộ Đồn Biên phòng Lũng Cú"),
 P("Giàng Mí Chá", "Chủ tịch Hội Nông dân xã"),
 P("Ly Mí Sính", "Bí thư Đoàn xã")],
[Q("9 bí thư chi bộ thôn", 9, "bí thư chi bộ thôn"), Q("26 buổi tuyên truyền", 26, "buổi tuyên truyền"),
 Q("trên 1.800 lượt người", 1800, "lượt người", "over"), Q("3.500 m2", 3500, "m2"), Q("620 ngày công", 620, "ngày công"),
 Q("2,4 km", 2.4, "km"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("480 triệu đồng", 480000000, "đồng"), Q("16 hộ", 16, "hộ"),
 Q("98,5%", 98.5, "%"), Q("4/5 vụ việc tranh chấp đất nương", 4, "vụ việc tranh chấp đất nương"), Q("1 vụ", 1, "vụ"),
 Q("7 hộ", 7, "hộ"), Q("2 hộ", 2, "hộ"), Q("11 nhân khẩu", 11, "nhân khẩu"), Q("120 hộ", 120, "hộ"),
 Q("khoảng 15%", 15, "%", "approx"), Q("2 đội thanh niên tình nguyện", 2, "đội thanh niên tình nguyện"), Q("2 thôn", 2, "thôn")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Bí thư", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Chỉ thị", "19", "CT/HU", None, "Ban Thường vụ Huyện ủy Đồng Văn", "Chỉ thị 19, 20-CT/HU"),
 D("Chỉ thị", "20", "CT/HU", None, "Ban Thường vụ Huyện ủy Đồng Văn", "Chỉ thị 19, 20-CT/HU"),
 D("Kế hoạch", "42", "KH/ĐU", None, "Đảng ủy xã", "kế hoạch số 42-KH/ĐU")],
[prov("Hà Giang"), com("Lũng Cú")],
["Trang thông tin điện tử Ban Dân vận Huyện ủy Đồng Văn", "Bạn đang ở: Trang chủ > Dân vận cơ sở", "Ảnh: Quang cảnh buổi giao ban.",
 "Cột cờ Lũng Cú", "Lượt đọc: 198", "Tin lành"],
["Cập nhật: 15:30, 05/10/2018 (GMT+7)", "quý III năm 2018", "quý IV", "6 tuổi", "lớp 1", "mỗi tháng 1 lần", "Lượt đọc: 198"]))

PAGES.append(page("b5725-bentre-hdnd-anthuy-tiepxuc-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TRI
Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND
Thứ Ba, 02/07/2019 - 08:15
Đại biểu HĐND tỉnh tiếp xúc cử tri xã An Thủy
Chiều ngày 28/6, Tổ đại biểu HĐND tỉnh Bến Tre đơn vị bầu cử huyện Ba Tri phối hợp Ủy ban MTTQ Việt Nam xã An Thủy tổ chức hội nghị tiếp xúc cử tri trước kỳ họp giữa năm 2019 của HĐND tỉnh khóa IX. Dự có ông Huỳnh Văn Bé, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, đại biểu HĐND tỉnh; bà Lê Thị Mộng Tuyền, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh cùng khoảng 120 cử tri các ấp. Ông Trần Văn Út, Chủ tịch Ủy ban MTTQ xã An Thủy điều khiển hội nghị.
Ông Huỳnh Văn Bé trả lời ý kiến cử tri
Tại hội nghị, đại biểu đã thông tin đến cử tri kết quả kinh tế - xã hội 6 tháng đầu năm của tỉnh; nội dung Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu, Quyết định số 1131/QĐ-UBND ngày 23/5/2019 của UBND tỉnh về phòng chống hạn mặn và các Nghị quyết 07, 08/NQ-HĐND của HĐND tỉnh về hỗ trợ hộ nghèo và về xây dựng nông thôn mới.
Có 12 lượt cử tri phát biểu với 17 ý kiến, kiến nghị. Ông Phạm Văn Tám, ấp An Bình, phản ánh đợt hạn mặn năm 2016 làm thiệt hại trên 300 ha lúa của xã, đến nay nhiều hộ vẫn chưa trả được nợ ngân hàng, đề nghị tỉnh có chính sách giãn nợ. Bà Đoàn Thị Nhạn, Chi hội trưởng Chi hội Phụ nữ ấp An Khương, đề nghị sớm nâng cấp tuyến đê biển dài 6,5 km vì mùa mưa bão sắp tới. Cử tri ấp An Hòa kiến nghị đầu tư hệ thống nước sạch, vì hiện còn khoảng 40% số hộ phải mua nước ngọt với giá 80.000 đồng/m3.
Giải trình các ý kiến, ông Huỳnh Văn Bé cho biết năm 2019 tỉnh đã bố trí 15 tỷ đồng để gia cố đê biển Ba Tri, dự kiến thi công trong quý IV; về nước sạch, tỉnh sẽ hỗ trợ 50% kinh phí mua bồn chứa nước cho hộ nghèo, hộ cận nghèo. Những ý kiến thuộc thẩm quyền của Trung ương sẽ được tổng hợp gửi Đoàn đại biểu Quốc hội tỉnh.
Theo ông Nguyễn Văn Hoàng, Phó Chủ tịch UBND xã An Thủy, thu nhập bình quân đầu người của xã năm 2018 đạt 42 triệu đồng/người/năm; xã còn 136 hộ nghèo, chiếm 3,8%. Xã đang phấn đấu đạt chuẩn nông thôn mới vào năm 2020 nhưng còn thiếu 4 tiêu chí.
Cuối buổi, bà Lê Thị Mộng Tuyền ghi nhận toàn bộ ý kiến của cử tri, hứa sẽ phản ánh đầy đủ tại kỳ họp, đồng thời đề nghị chính quyền địa phương giải quyết ngay những kiến nghị thuộc thẩm quyền của xã.
CTV Kim Ngân
Tin khác
- Ba Tri: tiếp xúc cử tri trước kỳ họp thứ 7 Quốc hội khóa XIV (20/05/2019)
- Xã An Đức ra mắt tổ tự quản về an ninh trật tự (10/05/2019)
- Hội thi "Dân vận khéo" huyện Ba Tri năm 2019 (25/04/2019)
""", "2019-07-02", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã An Thủy",
E("hoi_nghi", "2019", "2019-06-28"),
[P("Huỳnh Văn Bé", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "đại biểu HĐND tỉnh"),
 P("Lê Thị Mộng Tuyền", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ xã An Thủy"),
 P("Phạm Văn Tám"),
 P("Đoàn Thị Nhạn", "Chi hội trưởng Chi hội Phụ nữ ấp An Khương"),
 P("Nguyễn Văn Hoàng", "Phó Chủ tịch UBND xã An Thủy")],
[Q("khoảng 120 cử tri", 120, "cử tri", "approx"), Q("12 lượt cử tri", 12, "lượt cử tri"), Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"),
 Q("trên 300 ha", 300, "ha", "over"), Q("6,5 km", 6.5, "km"), Q("khoảng 40% số hộ", 40, "%", "approx"),
 Q("80.000 đồng/m3", 80000, "đồng"), Q("15 tỷ đồng", 15000000000, "đồng"), Q("50% kinh phí", 50, "%"),
 Q("42 triệu đồng/người/năm", 42000000, "đồng"), Q("136 hộ nghèo", 136, "hộ nghèo"), Q("3,8%", 3.8, "%"), Q("4 tiêu chí", 4, "tiêu chí")],
[D("Nghị quyết", "120", "NQ-CP", "2017-11-17", "Chính phủ", "Nghị quyết số 120/NQ-CP ngày 17/11/2017"),
 D("Quyết định", "1131", "QĐ-UBND", "2019-05-23", "UBND tỉnh", "Quyết định số 1131/QĐ-UBND ngày 23/5/2019"),
 D("Nghị quyết", "07", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 07, 08/NQ-HĐND"),
 D("Nghị quyết", "08", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 07, 08/NQ-HĐND")],
[prov("Bến Tre"), com("An Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TRI", "Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND",
 "Ông Huỳnh Văn Bé trả lời ý kiến cử tri", "Đoàn đại biểu Quốc hội tỉnh"],
["Thứ Ba, 02/07/2019 - 08:15", "năm 2019", "khóa IX", "6 tháng đầu năm", "năm 2016", "quý IV", "năm 2018", "năm 2020"]))

PAGES.append(page("b5726-binhdinh-mttq-nhonbinh-traoqua-2020", """
Cổng thông tin điện tử phường Nhơn Bình - TP Quy Nhơn
Trang chủ / Tin tức / Mặt trận - Đoàn thể
Ngày 20/11/2020 | 16:40
Trao 350 phần quà hỗ trợ người dân bị ảnh hưởng lũ lụt
Sáng 18/11, Ủy ban MTTQ Việt Nam phường Nhơn Bình, thành phố Quy Nhơn (Bình Định) phối hợp với Hội Chữ thập đỏ phường và Chùa Long Khánh tổ chức trao 350 phần quà cho các hộ dân bị thiệt hại do bão số 9 và đợt mưa lũ lịch sử cuối tháng 10 vừa qua.
Đại diện Chùa Long Khánh trao quà cho bà con khu vực 5
Mỗi phần quà gồm 20 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, trị giá 600.000 đồng; tổng trị giá 210 triệu đồng. Dự buổi trao quà có Đại đức Thích Nhuận Pháp, Phó Trụ trì Chùa Long Khánh; ông Võ Ngọc Thành, Phó Bí thư Thường trực Đảng ủy phường; bà Đào Thị Thu Sương, Chủ tịch Ủy ban MTTQ Việt Nam phường và ông Nguyễn Văn Hai, Phó Chủ tịch UBND phường.
Theo thống kê của phường, mưa lũ làm 1.240 nhà dân bị ngập sâu từ 0,5 đến 1,2 m, 2 căn nhà bị sập hoàn toàn, hơn 45 ha lúa và hoa màu bị hư hại, nhiều tuyến đường khu vực bị sạt lở; ước thiệt hại khoảng 8,5 tỷ đồng. Ngay sau lũ, lực lượng dân quân, đoàn viên thanh niên đã huy động 320 lượt người giúp dân dọn dẹp bùn đất, vệ sinh trường học.
Thực hiện Công văn số 85/MTTQ-BTT ngày 30/10/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định về vận động ủng hộ đồng bào bị thiệt hại do bão lũ và Kế hoạch số 57/KH-UBND của UBND phường, đến nay Ủy ban MTTQ phường đã tiếp nhận 126 triệu đồng và 3,2 tấn gạo của 18 tập thể, cá nhân. Toàn bộ số tiền, hàng được phân bổ công khai theo Thông báo số 12/TB-MTTQ của Ban Thường trực Ủy ban MTTQ phường, có sự giám sát của Ban Thanh tra nhân dân.
Bà Trần Thị Lựu, 72 tuổi, ở khu vực 5, xúc động: "Nhà tui ngập tới nóc, lúa gạo trôi hết. Được bà con, nhà chùa giúp đỡ tui mừng lắm". Bà là một trong 46 người già neo đơn được phường ưu tiên hỗ trợ thêm 500.000 đồng.
Phát biểu tại buổi trao quà, bà Đào Thị Thu Sương cảm ơn nhà chùa và các nhà hảo tâm đã chung tay "lá lành đùm lá rách", đồng thời cho biết Mặt trận phường sẽ tiếp tục vận động để hỗ trợ sửa chữa 2 căn nhà bị sập trước Tết, mỗi căn dự kiến 30 triệu đồng.
Được biết, trong những ngày mưa lũ, Đảng ủy, UBND phường đã thành lập các tổ xung kích túc trực 24/24 giờ tại các khu vực trũng thấp, kịp thời di dời người già, trẻ em đến nơi an toàn, không để xảy ra thiệt hại về người. Nhiều hộ kinh doanh trên địa bàn cũng đã nấu cơm, phát nước uống miễn phí cho bà con vùng ngập.
Tin, ảnh: Phương Thảo - CTV
Bài viết liên quan
- Nhơn Bình ra quân tổng vệ sinh môi trường sau lũ (05/11/2020)
- Quy Nhơn: trên 1.000 phần quà đến với người dân vùng lũ (01/11/2020)
- Hội LHPN phường Nhơn Bình giúp hội viên khắc phục hậu quả bão số 9 (30/10/2020)
""", "2020-11-20", "Trao 350 phần quà hỗ trợ người dân bị ảnh hưởng lũ lụt",
E("trao_qua", None, "2020-11-18"),
[P("Thích Nhuận Pháp", "Đại đức", "Phó Trụ trì Chùa Long Khánh"),
 P("Võ Ngọc Thành", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Đào Thị Thu Sương", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Văn Hai", "Phó Chủ tịch UBND phường"),
 P("Trần Thị Lựu")],
[Q("350 phần quà", 350, "phần quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("210 triệu đồng", 210000000, "đồng"), Q("1.240 nhà dân", 1240, "nhà dân"), Q("0,5", 0.5, "m"), Q("1,2 m", 1.2, "m"),
 Q("2 căn nhà", 2, "căn nhà"), Q("hơn 45 ha", 45, "ha", "over"), Q("khoảng 8,5 tỷ đồng", 8500000000, "đồng", "approx"),
 Q("320 lượt người", 320, "lượt người"), Q("126 triệu đồng", 126000000, "đồng"), Q("3,2 tấn", 3.2, "tấn"),
 Q("18 tập thể, cá nhân", 18, "tập thể, cá nhân"), Q("46 người già neo đơn", 46, "người già neo đơn"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Công văn", "85", "MTTQ-BTT", "2020-10-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định", "Công văn số 85/MTTQ-BTT ngày 30/10/2020"),
 D("Kế hoạch", "57", "KH-UBND", None, "UBND phường", "Kế hoạch số 57/KH-UBND"),
 D("Thông báo", "12", "TB-MTTQ", None, "Ban Thường trực Ủy ban MTTQ phường", "Thông báo số 12/TB-MTTQ")],
[prov("Bình Định"), com("Nhơn Bình")],
["Cổng thông tin điện tử phường Nhơn Bình - TP Quy Nhơn", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Đại diện Chùa Long Khánh trao quà cho bà con khu vực 5", "lá lành đùm lá rách", "Chùa Long Khánh"],
["Ngày 20/11/2020 | 16:40", "24/24 giờ", "bão số 9", "tháng 10", "khu vực 5", "72 tuổi"]))

PAGES.append(page("b5727-kontum-du-dakrowa-baocao-2021", """
UBND XÃ ĐĂK RƠ WA - THÀNH PHỐ KON TUM
Trang chủ - Tin tức - Dân vận
15.12.2021 | 10:05
Kết quả thực hiện công tác dân vận năm 2021 trên địa bàn xã
Ngày 10/12/2021, Đảng ủy xã Đăk Rơ Wa (thành phố Kon Tum, tỉnh Kon Tum) ban hành Báo cáo số 78-BC/ĐU về kết quả công tác dân vận năm 2021 và phương hướng, nhiệm vụ năm 2022. Trang tin xin tóm tắt một số nội dung chính của báo cáo.
Già làng A Pêu tuyên truyền cho bà con làng Kon Klor 2
Năm 2021, dù ảnh hưởng dịch Covid-19, Đảng ủy xã đã lãnh đạo khối dân vận bám sát Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, các Kế hoạch 15, 16-KH/ĐU của Đảng ủy xã về năm "Dân vận chính quyền" và về công tác vận động đồng bào Ba Na. Đồng chí A Hyên, Bí thư Đảng ủy xã trực tiếp chỉ đạo; đồng chí Y Thu, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã là người đôn đốc hằng tháng.
Các đoàn thể đã tổ chức 34 buổi tuyên truyền cho 2.150 lượt người, chủ yếu bằng tiếng Ba Na qua loa phát thanh của các làng. Toàn xã xây dựng 12 mô hình "Dân vận khéo", trong đó 3 mô hình cấp thành phố. Nhân dân hiến 6.800 m2 đất, đóng góp 1.450 ngày công để bê tông hóa đường nội làng. Tỷ lệ hộ nghèo giảm từ 9,8% xuống còn 6,2%, tương ứng còn 124 hộ nghèo.
Công tác dân vận chính quyền có chuyển biến, UBND xã do ông A Quynh, Chủ tịch UBND xã đứng đầu đã tiếp 46 lượt công dân, tiếp nhận 14 đơn thư, giải quyết 12 đơn; tổ chức 2 buổi đối thoại với nhân dân. Xã đang triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi.
Về tình hình tôn giáo, báo cáo nêu có 5 trường hợp tuyên truyền đạo trái pháp luật ở làng Kon Rờ Bàng 1 và Kon Rờ Bàng 2, đã được cán bộ cơ sở cùng các già làng: A Pêu, A Jâm, Y Blưm vận động, giải thích. Công tác phòng chống dịch được bà con chấp hành tốt, 2 làng thực hiện cách ly y tế đều được nhân dân đồng tình.
Hạn chế: một số chi hội hoạt động còn hình thức, sinh hoạt không đều; cán bộ đoàn thể ở làng phần lớn kiêm nhiệm, trình độ còn hạn chế, có 8 cán bộ chưa qua đào tạo chuyên môn.
Phương hướng năm 2022, Đảng ủy xã đề ra chỉ tiêu giảm ít nhất 2% hộ nghèo, xây dựng thêm 4 mô hình "Dân vận khéo", 100% làng có tổ hòa giải hoạt động hiệu quả; phấn đấu thu hút khoảng 200 hộ tham gia hợp tác xã nông nghiệp Đăk Rơ Wa.
CTV: Y Nhung
Lượt xem: 421
Tin khác
- Đăk Rơ Wa trao 50 suất quà cho học sinh nghèo (08/12/2021)
- Thành phố Kon Tum tổng kết Ngày hội Đại đoàn kết toàn dân tộc (25/11/2021)
- Làng Kon Klor 2 được công nhận làng văn hóa (10/11/2021)
""", "2021-12-15", "Kết quả thực hiện công tác dân vận năm 2021 trên địa bàn xã",
E("bao_cao", "2021", "2021-12-10"),
[P("A Hyên", "Bí thư Đảng ủy xã"),
 P("Y Thu", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("A Quynh", "Chủ tịch UBND xã"),
 P("A Pêu", "già làng"), P("A Jâm", "già làng"), P("Y Blưm", "già làng")],
[Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"), Q("2.150 lượt người", 2150, "lượt người"), Q("12 mô hình", 12, "mô hình"),
 Q("3 mô hình cấp thành phố", 3, "mô hình cấp thành phố"), Q("6.800 m2", 6800, "m2"), Q("1.450 ngày công", 1450, "ngày công"),
 Q("9,8%", 9.8, "%"), Q("6,2%", 6.2, "%"), Q("124 hộ nghèo", 124, "hộ nghèo"), Q("46 lượt công dân", 46, "lượt công dân"),
 Q("14 đơn thư", 14, "đơn thư"), Q("12 đơn", 12, "đơn"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("5 trường hợp", 5, "trường hợp"), Q("2 làng", 2, "làng"), Q("8 cán bộ", 8, "cán bộ"),
 Q("ít nhất 2% hộ nghèo", 2, "%", "over"), Q("4 mô hình", 4, "mô hình"), Q("100% làng", 100, "%"),
 Q("khoảng 200 hộ", 200, "hộ", "approx")],
[D("Báo cáo", "78", "BC/ĐU", "2021-12-10", "Đảng ủy xã Đăk Rơ Wa", "Báo cáo số 78-BC/ĐU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["UBND XÃ ĐĂK RƠ WA - THÀNH PHỐ KON TUM", "Trang chủ - Tin tức - Dân vận",
 "Già làng A Pêu tuyên truyền cho bà con làng Kon Klor 2", "Dân vận chính quyền", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 421"],
["15.12.2021 | 10:05", "năm 2021", "năm 2022", "Covid-19", "Kon Klor 2", "Kon Rờ Bàng 1", "Lượt xem: 421"]))

PAGES.append(page("b5728-camau-kdv-khanhbinhtay-giaoban-2022", """
Cổng Thông tin điện tử huyện Trần Văn Thời
Trang chủ >> Tin tức >> Tin xã, thị trấn
2022-06-03 07:50
Khối dân vận xã Khánh Bình Tây giao ban tháng 5
Chiều ngày 1/6/2022, Khối dân vận xã Khánh Bình Tây, huyện Trần Văn Thời (Cà Mau) tổ chức họp giao ban đánh giá kết quả công tác dân vận tháng 5/2022 và triển khai nhiệm vụ tháng 6. Đồng chí Lê Hoàng Nhớ, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì cuộc hợp.
Dự giao ban có ông Thái Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Quách Thị Hồng, Chủ tịch Hội LHPN xã; bà Danh Thị Sa Rin, Phó Chủ tịch Hội Nông dân xã và các đồng chí Trưởng ấp: Nguyễn Văn Mười, Trần Văn Hai, Lý Văn Bảy.
Trong tháng, thực hiện Kế hoạch số 56-KH/ĐU ngày 4/5/2022 của Đảng ủy xã về năm "Dân vận chính quyền" 2022, khối dân vận đã vận động 12 hộ hiến đất mở rộng lộ giao thông nông thôn với tổng diện tích 1.350 m2; phối hợp bàn giao 2 căn nhà đại đoàn kết, mỗi căn 50 triệu đồng; tiếp nhận 3 đơn thư, đã giải quyết xong 2 đơn. Hội Nông dân vận động được 35 hộ chuyển đổi sang mô hình tôm - lúa; Đoàn xã ra quân trồng 500 cây xanh và nạo vét 1,2 km kênh nội đồng. Tỷ lệ người dân tham gia BHYT đạt 91,3%.
Các đoàn thể cũng tổ chức học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05 cho 186 đảng viên, hội viên nòng cốt.
Tại cuộc họp, ông Nguyễn Văn Mười, Trưởng ấp Đá Bạc B phản ảnh có 4 hộ nuôi tôm bị thiệt hại do nắng nóng, tôm chết hàng loạt, đề nghị Hội Nông dân liên hệ ngân hàng giãn nợ. Bà Quách Thị Hồng cho biết Hội LHPN đã giải ngân 320 triệu đồng nguồn vốn Ngân hàng CSXH cho 8 hội viên vay phát triển kinh tế, trong đó có 3 hội viên người Khmer.
Một số ý kiến cũng nêu tình trạng tụ tập uống rượu, gây mất trật tự ở khu vực chợ; hiện tượng một số người lạ đến ấp rủ rê tham gia "tín dụng đen" với lãi suất lên đến 30%/tháng.
Kết luận buổi giao ban, đồng chí Lê Hoàng Nhớ đề nghị tháng 6 các đoàn thể tập trung tuyên truyền phòng chống cháy rừng U Minh Hạ trong cao điểm mùa khô, vận động nhân dân không đốt ong, đốt rác gần rừng; tiếp tục thực hiện tốt phong trào "Ấp không có đơn thư khiếu nại vượt cấp", phấn đấu giải quyết dứt điểm đơn thư còn lại.
Cuộc họp cũng thống nhất từ tháng 6, mỗi đoàn thể phân công cán bộ phụ trách từng ấp, định kỳ dự sinh hoạt chi bộ ấp để kịp thời nắm bắt tình hình, phản ánh về khối dân vận.
Ngọc Diễm (CTV)
Số lần xem: 167
Các tin khác
- Khánh Bình Tây Bắc ra mắt mô hình "Tổ dân vận tự quản" (28/05/2022)
- Trần Văn Thời: sơ kết 5 năm thực hiện Chỉ thị 05 (20/05/2022)
- Hội Nông dân xã Khánh Lộc tập huấn nuôi tôm quảng canh (15/05/2022)
""", "2022-06-03", "Khối dân vận xã Khánh Bình Tây giao ban tháng 5",
E("giao_ban", "2022-05", "2022-06-01"),
[P("Lê Hoàng Nhớ", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Thái Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Quách Thị Hồng", "Chủ tịch Hội LHPN xã"),
 P("Danh Thị Sa Rin", "Phó Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Mười", "Trưởng ấp", "Trưởng ấp Đá Bạc B"),
 P("Trần Văn Hai", "Trưởng ấp"), P("Lý Văn Bảy", "Trưởng ấp")],
[Q("12 hộ", 12, "hộ"), Q("1.350 m2", 1350, "m2"), Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("3 đơn thư", 3, "đơn thư"), Q("2 đơn", 2, "đơn"), Q("35 hộ", 35, "hộ"),
 Q("500 cây xanh", 500, "cây xanh"), Q("1,2 km", 1.2, "km"), Q("91,3%", 91.3, "%"),
 Q("186 đảng viên, hội viên nòng cốt", 186, "đảng viên, hội viên nòng cốt"), Q("4 hộ", 4, "hộ"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("8 hội viên", 8, "hội viên"), Q("3 hội viên người Khmer", 3, "hội viên người Khmer"),
 Q("30%/tháng", 30, "%")],
[D("Kế hoạch", "56", "KH/ĐU", "2022-05-04", "Đảng ủy xã", "Kế hoạch số 56-KH/ĐU ngày 4/5/2022"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Cổng Thông tin điện tử huyện Trần Văn Thời", "Trang chủ >> Tin tức >> Tin xã, thị trấn", "Dân vận chính quyền",
 "Ấp không có đơn thư khiếu nại vượt cấp", "tín dụng đen", "U Minh Hạ", "Số lần xem: 167", "Ngân hàng CSXH"],
["2022-06-03 07:50", "tháng 5/2022", "tháng 6", "Chỉ thị 05", "Số lần xem: 167"]))
