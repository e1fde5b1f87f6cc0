from lib import *
PAGES = []

PAGES.append(page("b6179-thanhhoa-mttq-giaoban-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Vị trí: Trang chủ >> Tin hoạt động >> Bản tin Mặt trận
Hôm nay: Thứ Sáu, 07/04/2017
Ngày 05/04/2017 | 09:15
Giao ban công tác Mặt trận tháng 3/2017
Sáng 4/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức giao ban đánh giá kết quả công tác tháng 3/2017 với Mặt trận 27 huyện, thị xã, thành phố qua hình thức trực tuyến tại 28 điểm cầu. Đồng chí Lê Văn Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong tháng, các cấp Mặt trận triển khai Quyết định số 99-QĐ/TW của Ban Bí thư về phát huy vai trò của Mặt trận và nhân dân tham gia xây dựng Đảng, Kế hoạch 15, 16-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 07/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về lấy ý kiến nhân dân đối với cán bộ, đảng viên.
BẢNG SỐ LIỆU THÁNG 3/2017
Nội dung | Tháng 3 | Quý I
Quỹ "Vì người nghèo" | 1,46 tỷ đồng | 5,8 tỷ đồng
Nhà Đại đoàn kết hoàn thành | 37 căn | 96 căn
Ý kiến, kiến nghị cử tri tổng hợp | 214 ý kiến | 583 ý kiến
Hội nghị phản biện xã hội | 6 hội nghị | 15 hội nghị
Khu dân cư kiểu mẫu đăng ký | 48 khu dân cư | 121 khu dân cư
Báo cáo do đồng chí Phạm Thị Thanh Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, nguồn quỹ quý I đạt khoảng 29% kế hoạch năm; riêng huyện Mường Lát và Quan Sơn đã vận động hơn 1.200 ngày công giúp 58 hộ nghèo người Thái, người Mông dựng nhà.
Tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Nga, Nguyễn Văn Khoát báo cáo kết quả khảo sát tại 12 xã vùng cao. Đồng chí Hà Văn Ưởng, HUV, Chủ tịch Ủy ban MTTQ huyện Bá Thước, đề nghị sớm bố trí vốn cho 23 căn nhà Đại đoàn kết đang dở dang. Ông Lò Văn Pằn, Chủ tịch Ủy ban MTTQ xã Trung Lý, kiến nghị giải quyết dứt điểm 4 vụ tranh chấp đất rừng giữa các bản.
Kết luận giao ban, đồng chí Lê Văn Thọ yêu cầu trong tháng 4 hoàn thành giám sát việc chi trả chế độ cho người có công tại 100% xã, phường; chuẩn bị sơ kết 3 năm thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và không để phát sinh điểm nóng.
Văn Hùng
Lượt truy cập: 2.431.880
Tin khác
- Mặt trận tỉnh giao ban tháng 2/2017 (03/03/2017)
- Bá Thước: bàn giao 8 nhà Đại đoàn kết (25/03/2017)
- Quan Sơn tổ chức hội nghị người có uy tín (17/03/2017)
- Ra mắt 15 mô hình "Khu dân cư kiểu mẫu" (10/03/2017)
- Mường Lát: Mặt trận vận động đồng bào Mông định cư (06/03/2017)
- Tĩnh Gia: đối thoại với người dân vùng dự án Nghi Sơn (28/02/2017)
- Thọ Xuân tổng kết cuộc vận động xây dựng nông thôn mới (21/02/2017)
- Trao 200 suất quà cho hộ nghèo huyện Quan Hóa (14/02/2017)
""", "2017-04-05", "Giao ban công tác Mặt trận tháng 3/2017",
E("giao_ban", "2017-03", "2017-04-04"),
[P("Lê Văn Thọ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Khoát", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Ưởng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bá Thước"),
 P("Lò Văn Pằn", "Chủ tịch Ủy ban MTTQ xã Trung Lý")],
[Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("28 điểm cầu", 28, "điểm cầu"),
 Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("5,8 tỷ đồng", 5800000000, "đồng"),
 Q("37 căn", 37, "căn"), Q("96 căn", 96, "căn"), Q("214 ý kiến", 214, "ý kiến"), Q("583 ý kiến", 583, "ý kiến"),
 Q("6 hội nghị", 6, "hội nghị"), Q("15 hội nghị", 15, "hội nghị"), Q("48 khu dân cư", 48, "khu dân cư"), Q("121 khu dân cư", 121, "khu dân cư"),
 Q("khoảng 29%", 29, "%", "approx"), Q("hơn 1.200 ngày công", 1200, "ngày công", "over"), Q("58 hộ nghèo", 58, "hộ nghèo"),
 Q("12 xã vùng cao", 12, "xã vùng cao"), Q("23 căn nhà Đại đoàn kết", 23, "căn nhà Đại đoàn kết"),
 Q("4 vụ tranh chấp đất rừng", 4, "vụ tranh chấp đất rừng"), Q("100%", 100, "%")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT")],
[prov("Thanh Hóa"), com("Trung Lý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Vị trí: Trang chủ >> Tin hoạt động >> Bản tin Mặt trận",
 "Hôm nay: Thứ Sáu, 07/04/2017", "BẢNG SỐ LIỆU THÁNG 3/2017", "Vì người nghèo",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Lượt truy cập: 2.431.880"],
["Hôm nay: Thứ Sáu, 07/04/2017", "Ngày 05/04/2017 | 09:15", "tháng 3/2017", "Quý I", "3 năm", "Lượt truy cập: 2.431.880"]))

PAGES.append(page("b6180-gialai-mttq-doithoai-2018", """
Báo Gia Lai điện tử
Chính trị - Xã hội / Mặt trận
Cập nhật lúc 17:20 ngày 14/09/2018
Lãnh đạo tỉnh nghe dân nói về đất sản xuất
Quang cảnh buổi đối thoại. Ảnh: Đức Thụy
(GLO) - Ngày 13/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với UBND tỉnh tổ chức hội nghị đối thoại năm 2018 giữa người đứng đầu chính quyền với nhân dân về đất sản xuất cho đồng bào dân tộc thiểu số. Đồng chí Kpă Thuyên, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và ông Rơ Châm Long, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Buổi đối thoại thực hiện Quyết định số 218-QĐ/TW của Bộ Chính trị, Nghị định 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính và Kế hoạch số 38/KH-MTTQ-BTT ngày 2/8/2018 của Ban Thường trực Ủy ban MTTQ tỉnh. Có 146 đại biểu là người có uy tín, già làng, trưởng thôn, làng của 17 huyện, thị xã, thành phố dự.
Số liệu bản tin Mặt trận tháng 8/2018 được công bố tại hội nghị
Chỉ tiêu | Số lượng
Đơn thư về đất đai Mặt trận tiếp nhận | 87 đơn thư
Đã chuyển cơ quan có thẩm quyền | 79 đơn
Hộ đồng bào thiếu đất sản xuất | 3.214 hộ
Diện tích đã giao cho hộ thiếu đất | 1.052 ha
Vụ việc hòa giải thành | 41 vụ việc
Tại hội nghị, 19 ý kiến được nêu trực tiếp. Già làng Ksor Nhoi, người có uy tín làng Plei Ơi, xã Ia Hrú, phản ánh 27 hộ trong làng chưa được cấp giấy chứng nhận quyền sử dụng đất dù đã canh tác ổn định trên 20 năm. Bà Rơ Lan H'Bia, Chủ tịch Hội LHPN xã Ia Dom, kiến nghị ưu tiên giao khoảng 150 ha đất lâm trường trả về cho hộ nghèo. Ông Đinh Văn Hmưn, trưởng làng Kon Bông, xã Đak Rong, đề nghị làm rõ tiến độ cấp nước sinh hoạt cho 64 hộ.
Thay mặt UBND tỉnh, đồng chí Kpă Thuyên trả lời từng ý kiến; giao Sở Tài nguyên và Môi trường trước ngày 30/10 rà soát lại hồ sơ của 27 hộ làng Plei Ơi. Các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Đức Hoàng, Võ Ngọc Thành trả lời các nội dung về vốn vay và nước sinh hoạt; khẳng định năm 2018 tỉnh dành 12,5 tỷ đồng hỗ trợ đất sản xuất theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.
Phát biểu bế mạc, ông Rơ Châm Long cho biết Mặt trận sẽ giám sát việc thực hiện các cam kết tại hội nghị và đưa kết quả vào bản tin tháng 10.
Đức Thụy
Tin liên quan
- Đối thoại với nông dân huyện Chư Păh (30/08/2018)
- Mặt trận tỉnh giao ban tháng 8/2018 (28/08/2018)
- 350 người có uy tín được tập huấn kiến thức pháp luật (17/08/2018)
- Ia Grai: hòa giải thành 12 vụ tranh chấp đất (09/08/2018)
- Krông Pa: Mặt trận vận động đồng bào trồng lại rừng (02/08/2018)
- Chư Sê ra mắt 9 tổ hòa giải ở cơ sở (25/07/2018)
""", "2018-09-14", "Lãnh đạo tỉnh nghe dân nói về đất sản xuất",
E("doi_thoai", "2018", "2018-09-13"),
[P("Kpă Thuyên", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Rơ Châm Long", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nhoi", "Già làng", "người có uy tín làng Plei Ơi"),
 P("Rơ Lan H'Bia", "Chủ tịch Hội LHPN xã Ia Dom"),
 P("Đinh Văn Hmưn", "trưởng làng Kon Bông"),
 P("Nguyễn Đức Hoàng", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Ngọc Thành", "Phó Chủ tịch UBND tỉnh")],
[Q("146 đại biểu", 146, "đại biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("87 đơn thư", 87, "đơn thư"), Q("79 đơn", 79, "đơn"), Q("3.214 hộ", 3214, "hộ"), Q("1.052 ha", 1052, "ha"),
 Q("41 vụ việc", 41, "vụ việc"), Q("19 ý kiến", 19, "ý kiến"), Q("27 hộ", 27, "hộ"),
 Q("khoảng 150 ha", 150, "ha", "approx"), Q("64 hộ", 64, "hộ"), Q("12,5 tỷ đồng", 12500000000, "đồng")],
[D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 04/2015/NĐ-CP"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", "2018-08-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT ngày 2/8/2018"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Hrú"), com("Ia Dom"), com("Đak Rong")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội / Mặt trận", "Quang cảnh buổi đối thoại.", "(GLO)",
 "Số liệu bản tin Mặt trận tháng 8/2018 được công bố tại hội nghị", "Sở Tài nguyên và Môi trường", "Plei Ơi"],
["Cập nhật lúc 17:20 ngày 14/09/2018", "trên 20 năm", "ngày 30/10", "năm 2018", "tháng 8/2018", "bản tin tháng 10"]))

PAGES.append(page("b6181-camau-khanhbinhtay-mttq-tongket-2019", """
BÁO CÀ MAU
Thời sự » Mặt trận - Đoàn thể
20.12.2019 | 16:05
Ảnh: Ông Trần Văn Phước phát biểu tại hội nghị.
Khánh Bình Tây: Mặt trận xã vận động 2,1 tỷ đồng an sinh xã hội
(CMO) Chiều 19/12, Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, huyện Trần Văn Thời, tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp thống nhất hành động năm 2020. Ông Trần Văn Phước, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có ông Danh Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời.
Năm 2019, Mặt trận xã bám sát Nghị quyết 03-NQ/ĐU của Đảng ủy xã, Chương trình phối hợp số 01/CTrPH-MTTQ ngày 15/1/2019 giữa Ủy ban MTTQ xã với các đoàn thể và Kế hoạch số 112/KH-UBND của UBND tỉnh Cà Mau về xây dựng nông thôn mới. Trong năm, Mặt trận và các đoàn thể vận động được 2,1 tỷ đồng an sinh xã hội, trong đó có 640 triệu đồng xây, sửa 19 căn nhà Đại đoàn kết.
Bảng số liệu các tháng cuối năm 2019 (theo bản tin Mặt trận xã)
Tháng | Quỹ "Vì người nghèo" | Hộ được hỗ trợ sinh kế | Đơn thư hòa giải thành
Tháng 9 | 48 triệu đồng | 12 hộ | 3 vụ
Tháng 10 | 55 triệu đồng | 9 hộ | 2 vụ
Tháng 11 | 71 triệu đồng | 15 hộ | 4 vụ
Tổng năm 2019 | 512 triệu đồng | 126 hộ | 31 vụ
Tỷ lệ hộ nghèo của xã giảm từ 7,4% xuống còn 4,9%; có 2.418/2.600 hộ đạt gia đình văn hóa, đạt 93%. 11 ấp đều có tổ hòa giải và Ban Thanh tra nhân dân hoạt động đều.
Tại hội nghị, bà Thị Sa Rươne, Chủ tịch Hội LHPN xã, cho biết hội đã giúp 42 hội viên người Khmer vay vốn nuôi cua với tổng dư nợ khoảng 1,3 tỷ đồng. Ông Lâm Văn Út, Trưởng Ban công tác Mặt trận ấp Kinh Hòn, đề nghị tiếp tục hỗ trợ 7 hộ đồng bào dân tộc Khmer chưa có nhà vệ sinh. Các ông Nguyễn Văn Bé Tư, Huỳnh Chí Nguyện - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã báo cáo kết quả giám sát cấp phát thẻ bảo hiểm y tế cho 860 người.
Ông Danh Sơn đề nghị năm 2020 Mặt trận xã tập trung chuẩn bị Đại hội MTTQ xã nhiệm kỳ 2019 - 2024, phấn đấu không còn hộ nghèo ở diện chính sách. Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 8 tập thể, 15 cá nhân tiêu biểu.
Hồng Nhung
Tin liên quan
- Trần Văn Thời: tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (13/12/2019)
- Khánh Bình Tây Bắc trao 5 căn nhà Đại đoàn kết (06/12/2019)
- Mặt trận huyện giao ban tháng 11/2019 (28/11/2019)
- Sông Đốc: ra mắt mô hình "Ấp văn hóa, an toàn" (21/11/2019)
- Khánh Hải: Ngày hội Đại đoàn kết toàn dân tộc tại ấp Rạch Lùm (15/11/2019)
- Trao 300 suất học bổng cho học sinh nghèo huyện Trần Văn Thời (08/11/2019)
- Mặt trận tỉnh giám sát thực hiện chính sách bảo hiểm y tế (31/10/2019)
""", "2019-12-20", "Khánh Bình Tây: Mặt trận xã vận động 2,1 tỷ đồng an sinh xã hội",
E("tong_ket", "2019", "2019-12-19"),
[P("Trần Văn Phước", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Danh Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời"),
 P("Thị Sa Rươne", "Chủ tịch Hội LHPN xã"),
 P("Lâm Văn Út", "Trưởng Ban công tác Mặt trận ấp Kinh Hòn"),
 P("Nguyễn Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Huỳnh Chí Nguyện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("640 triệu đồng", 640000000, "đồng"), Q("19 căn nhà Đại đoàn kết", 19, "căn nhà Đại đoàn kết"),
 Q("48 triệu đồng", 48000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("3 vụ", 3, "vụ"),
 Q("55 triệu đồng", 55000000, "đồng"), Q("9 hộ", 9, "hộ"), Q("2 vụ", 2, "vụ"),
 Q("71 triệu đồng", 71000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("4 vụ", 4, "vụ"),
 Q("512 triệu đồng", 512000000, "đồng"), Q("126 hộ", 126, "hộ"), Q("31 vụ", 31, "vụ"),
 Q("7,4%", 7.4, "%"), Q("4,9%", 4.9, "%"), Q("2.418/2.600 hộ", 2418, "hộ"), Q("93%", 93, "%"), Q("11 ấp", 11, "ấp"),
 Q("42 hội viên người Khmer", 42, "hội viên người Khmer"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("7 hộ đồng bào dân tộc Khmer", 7, "hộ đồng bào dân tộc Khmer"), Q("860 người", 860, "người"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03-NQ/ĐU"),
 D("Chương trình phối hợp", "01", "CTrPH-MTTQ", "2019-01-15", None, "Chương trình phối hợp số 01/CTrPH-MTTQ ngày 15/1/2019"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh Cà Mau", "Kế hoạch số 112/KH-UBND")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BÁO CÀ MAU", "Thời sự » Mặt trận - Đoàn thể", "Ảnh: Ông Trần Văn Phước phát biểu tại hội nghị.", "(CMO)", "Vì người nghèo",
 "Bảng số liệu các tháng cuối năm 2019 (theo bản tin Mặt trận xã)"],
["20.12.2019 | 16:05", "năm 2019", "năm 2020", "nhiệm kỳ 2019 - 2024", "Tháng 9", "Tháng 10", "Tháng 11"]))

PAGES.append(page("b6182-thuathienhue-mttq-taphuan-2020", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ - Tin tức - Hoạt động Mặt trận
2020-08-12 16:40
Tập huấn nghiệp vụ cho 210 cán bộ Mặt trận cơ sở
Lớp tập huấn diễn ra trong 2 ngày.
Ngày 11/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế khai mạc lớp tập huấn nghiệp vụ công tác Mặt trận năm 2020 cho 210 cán bộ là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ cấp xã và Trưởng Ban công tác Mặt trận khu dân cư. Bà Nguyễn Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.
Các học viên được truyền đạt Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận, Quyết định 124-QĐ/TW của Ban Bí thư về giám sát, phản biện của Mặt trận và cách lập bảng số liệu cho bản tin Mặt trận hằng tháng. TS. Lê Văn Hòa, giảng viên Trường Chính trị Nguyễn Chí Thanh, hướng dẫn kỹ năng tổng hợp ý kiến, kiến nghị cử tri.
Bảng số liệu mẫu được dùng tại lớp (số liệu tháng 7/2020 toàn tỉnh)
Nội dung | Tháng 7/2020 | So với tháng 6
Ý kiến, kiến nghị của cử tri | 356 ý kiến | tăng 14%
Cuộc giám sát do Mặt trận chủ trì | 22 cuộc | giảm 3 cuộc
Hộ nghèo được hỗ trợ mùa dịch Covid-19 | 4.120 hộ nghèo | tăng 610 hộ
Tiền mặt hỗ trợ | 2,06 tỷ đồng | tăng 15%
Theo bà Phan Thị Minh Hòa, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, trong 7 tháng đầu năm Mặt trận các cấp đã tiếp nhận gần 18,4 tỷ đồng ủng hộ phòng, chống dịch và trao 43.500 phần quà cho người lao động mất việc. Việc công khai số liệu trên bản tin giúp nhân dân giám sát việc phân bổ.
Tại lớp học, ông Hồ Văn Ngoan, Chủ tịch Ủy ban MTTQ xã A Roàng, chia sẻ cách vận động đồng bào Tà Ôi, Cơ Tu chấp hành quy định phòng dịch; bà Kăn Thị Liên, Phó Chủ tịch Ủy ban MTTQ xã Hồng Hạ, đề nghị tăng thời lượng thực hành kỹ năng giám sát. Cán bộ Mặt trận phường Thủy Dương trình bày mô hình "Tổ dân phố không có người nhiễm ma túy".
Lớp tập huấn kéo dài đến ngày 12/8. Ông Trần Văn Thiện, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2020 Ủy ban MTTQ tỉnh mở 4 lớp cho khoảng 800 cán bộ Mặt trận cơ sở, kinh phí 320 triệu đồng từ nguồn theo Kế hoạch số 26/KH-MTTQ-BTT của Ban Thường trực.
Minh Hiền
Lượt xem: 612
Xem thêm
- Giao ban Mặt trận tháng 7/2020 (31/07/2020)
- A Lưới: 1.500 phần quà đến với đồng bào khó khăn (24/07/2020)
- Hướng dẫn tổ chức Đại hội MTTQ cấp xã nhiệm kỳ 2019 - 2024 (10/07/2020)
- Phú Vang: Mặt trận vận động xây 7 nhà Đại đoàn kết (03/07/2020)
- Phong Điền: tập huấn Ban Thanh tra nhân dân (26/06/2020)
""", "2020-08-12", "Tập huấn nghiệp vụ cho 210 cán bộ Mặt trận cơ sở",
E("tap_huan", "2020", "2020-08-11"),
[P("Nguyễn Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hòa", "TS.", "giảng viên Trường Chính trị Nguyễn Chí Thanh"),
 P("Phan Thị Minh Hòa", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngoan", "Chủ tịch Ủy ban MTTQ xã A Roàng"),
 P("Kăn Thị Liên", "Phó Chủ tịch Ủy ban MTTQ xã Hồng Hạ"),
 P("Trần Văn Thiện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("210 cán bộ", 210, "cán bộ"), Q("356 ý kiến", 356, "ý kiến"), Q("14%", 14, "%"), Q("22 cuộc", 22, "cuộc"), Q("3 cuộc", 3, "cuộc"),
 Q("4.120 hộ nghèo", 4120, "hộ nghèo"), Q("610 hộ", 610, "hộ"), Q("2,06 tỷ đồng", 2060000000, "đồng"), Q("15%", 15, "%"),
 Q("gần 18,4 tỷ đồng", 18400000000, "đồng", "approx"), Q("43.500 phần quà", 43500, "phần quà"),
 Q("4 lớp", 4, "lớp"), Q("khoảng 800 cán bộ Mặt trận cơ sở", 800, "cán bộ Mặt trận cơ sở", "approx"), Q("320 triệu đồng", 320000000, "đồng")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "124", "QĐ/TW", None, "Ban Bí thư", "Quyết định 124-QĐ/TW"),
 D("Kế hoạch", "26", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 26/KH-MTTQ-BTT")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Hạ"), com("Thủy Dương")],
["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Lớp tập huấn diễn ra trong 2 ngày.", "Tổ dân phố không có người nhiễm ma túy", "Trường Chính trị Nguyễn Chí Thanh",
 "Bảng số liệu mẫu được dùng tại lớp (số liệu tháng 7/2020 toàn tỉnh)", "Lượt xem: 612"],
["2020-08-12 16:40", "2 ngày", "năm 2020", "7 tháng đầu năm", "Covid-19", "ngày 12/8", "Lượt xem: 612"]))

PAGES.append(page("b6183-kontum-mttq-giaoban-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 08/10/2021, 08:05
Đồng chí A Pớt phát biểu tại buổi giao ban.
Mặt trận các cấp đồng hành cùng nhân dân vượt qua dịch bệnh
Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức giao ban công tác Mặt trận quý III/2021 với Ủy ban MTTQ 10 huyện, thành phố theo hình thức trực tuyến. Đồng chí A Pớt, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo do bà Y Ngọc, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày, quý III các cấp Mặt trận tập trung thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, Kế hoạch 33, 34-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống dịch Covid-19 và Hướng dẫn số 45/HD-MTTQ-BTT ngày 5/7/2021 của Ban Thường trực Ủy ban MTTQ tỉnh về tiếp nhận, phân bổ nguồn ủng hộ.
BẢNG SỐ LIỆU QUÝ III/2021 THEO THÁNG
Nội dung | Tháng 7 | Tháng 8 | Tháng 9
Tiền ủng hộ phòng, chống dịch | 1,8 tỷ đồng | 2,45 tỷ đồng | 960 triệu đồng
Phần quà trao cho người khó khăn | 2.300 phần quà | 4.150 phần quà | 1.870 phần quà
Lượt tình nguyện viên tham gia chốt kiểm soát | 640 lượt người | 1.120 lượt người | 780 lượt người
Tổng cộng quý III, Mặt trận các cấp tiếp nhận 5,21 tỷ đồng và 8.320 phần quà; đã phân bổ đạt khoảng 96%. Ngoài ra, nhân dân đóng góp hơn 120 tấn rau, củ, quả gửi các khu cách ly và hỗ trợ đồng bào tỉnh bạn.
Tại giao ban, các ông A Thiện, Y Hưng, Nguyễn Văn Đông - Chủ tịch Ủy ban MTTQ huyện, báo cáo khó khăn ở các huyện Đăk Glei, Ia H'Drai, Đăk Tô trong vận động người lao động từ vùng dịch trở về khai báo y tế. Ông A Vưu, Chủ tịch Ủy ban MTTQ xã Đăk Nên, cho biết xã có 96 lao động người Xơ Đăng trở về từ các tỉnh phía Nam, Mặt trận đã vận động 100% khai báo và cách ly tại nhà. Bà Y Phương, người có uy tín thôn Kon Rế, xã Đăk Rơ Wa, kể việc vận động bà con không tập trung đông người trong lễ mừng lúa mới.
Ông Hoàng Văn Bảo, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh thông tin về giám sát chi trả hỗ trợ theo Nghị quyết 68/NQ-CP của Chính phủ: 2.612 người lao động tự do được nhận hỗ trợ, với tổng số tiền trên 3,9 tỷ đồng.
Kết luận, đồng chí A Pớt yêu cầu quý IV tiếp tục công khai bảng số liệu tiếp nhận, phân bổ hằng tháng trên trang tin của Ủy ban MTTQ tỉnh; rà soát ít nhất 300 hộ nghèo để hỗ trợ làm nhà trước Tết.
Ngọc Tân
Lượt xem: 1.937
Tin liên quan
- Mặt trận tỉnh trao 2.000 phần quà cho công nhân (30/09/2021)
- Ngọc Hồi: vận động đồng bào tiêm vắc xin phòng Covid-19 (21/09/2021)
- Giao ban Mặt trận quý II/2021 (09/07/2021)
- Đăk Hà: ra mắt 4 tổ Covid cộng đồng (02/07/2021)
""", "2021-10-08", "Mặt trận các cấp đồng hành cùng nhân dân vượt qua dịch bệnh",
E("giao_ban", "2021-Q3", "2021-10-07"),
[P("A Pớt", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thiện", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Y Hưng", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Văn Đông", "Chủ tịch Ủy ban MTTQ huyện"),
 P("A Vưu", "Chủ tịch Ủy ban MTTQ xã Đăk Nên"),
 P("Y Phương", "người có uy tín thôn Kon Rế"),
 P("Hoàng Văn Bảo", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("2,45 tỷ đồng", 2450000000, "đồng"), Q("960 triệu đồng", 960000000, "đồng"),
 Q("2.300 phần quà", 2300, "phần quà"), Q("4.150 phần quà", 4150, "phần quà"), Q("1.870 phần quà", 1870, "phần quà"),
 Q("640 lượt người", 640, "lượt người"), Q("1.120 lượt người", 1120, "lượt người"), Q("780 lượt người", 780, "lượt người"),
 Q("5,21 tỷ đồng", 5210000000, "đồng"), Q("8.320 phần quà", 8320, "phần quà"), Q("khoảng 96%", 96, "%", "approx"),
 Q("hơn 120 tấn", 120, "tấn", "over"), Q("96 lao động người Xơ Đăng", 96, "lao động người Xơ Đăng"), Q("100%", 100, "%"),
 Q("2.612 người lao động tự do", 2612, "người lao động tự do"), Q("trên 3,9 tỷ đồng", 3900000000, "đồng", "over"),
 Q("ít nhất 300 hộ nghèo", 300, "hộ nghèo", "over")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kế hoạch", "33", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 33, 34-KH/TU"),
 D("Kế hoạch", "34", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 33, 34-KH/TU"),
 D("Hướng dẫn", "45", "HD-MTTQ-BTT", "2021-07-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 45/HD-MTTQ-BTT ngày 5/7/2021"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP")],
[prov("Kon Tum"), com("Đăk Nên"), com("Đăk Rơ Wa")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Đồng chí A Pớt phát biểu tại buổi giao ban.",
 "BẢNG SỐ LIỆU QUÝ III/2021 THEO THÁNG", "Lượt xem: 1.937"],
["Thứ Sáu, 08/10/2021, 08:05", "quý III/2021", "Tháng 7", "Tháng 8", "Tháng 9", "quý IV", "Covid-19", "Lượt xem: 1.937"]))

PAGES.append(page("b6184-cantho-ankhanh-mttq-hoinghi-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
You are here: Trang chủ > Tin tức > Mặt trận - Đoàn thể
18 tháng 11, 2022 | 17:45
Phường An Khánh lấy ý kiến nhân dân về chỉnh trang đô thị
Quang cảnh hội nghị. Ảnh: Ngọc Trâm
Ngày 17/11, Ban Thường trực Ủy ban MTTQ Việt Nam phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ tổ chức hội nghị lấy ý kiến nhân dân năm 2022 về dự thảo kế hoạch chỉnh trang 5 tuyến hẻm. Bà Lê Thị Kim Phượng, Bí thư Đảng ủy phường chủ trì; dự có ông Trần Quốc Hưng, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều và 138 đại biểu là trưởng khu vực, tổ trưởng tổ nhân dân tự quản.
Hội nghị thực hiện Kế hoạch số 142-KH/ĐU của Đảng ủy phường, Quyết định số 1289/QĐ-UBND ngày 3/10/2022 của UBND phường và Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND phường về tổ chức lấy ý kiến nhân dân.
Bảng số liệu kèm dự thảo (trích bản tin Mặt trận phường tháng 10/2022)
Tuyến hẻm | Chiều dài | Số hộ | Kinh phí dự kiến
Hẻm 91 Nguyễn Văn Cừ | 420 m | 86 hộ | 1,15 tỷ đồng
Hẻm 12 Trần Hoàng Na | 310 m | 64 hộ | 820 triệu đồng
Hẻm 3 khu vực 4 | 265 m | 51 hộ | 700 triệu đồng
Các hẻm còn lại | 590 m | 113 hộ | 1,6 tỷ đồng
Theo dự thảo, tổng kinh phí khoảng 4,27 tỷ đồng, trong đó nhân dân đóng góp 30%, ngân sách hỗ trợ 70%. Ông Nguyễn Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, trước hội nghị, Ban công tác Mặt trận 6 khu vực đã phát 314 phiếu lấy ý kiến, thu về 297 phiếu, trong đó 281 phiếu đồng ý chủ trương.
Tại hội nghị, 23 ý kiến góp ý tập trung vào mức đóng góp và thời gian thi công. Ông Thạch Sô Phênh, Trưởng khu vực 4, đề nghị miễn đóng góp cho 9 hộ nghèo và 14 hộ cận nghèo trong khu vực. Bà Trần Thị Mỹ Lệ, tổ trưởng tổ nhân dân tự quản số 12, đề nghị công khai bảng kê đóng góp từng hộ tại nhà văn hóa. Ông Lâm Hoàng Tuấn, Phó Chủ tịch UBND phường, tiếp thu và cam kết điều chỉnh dự thảo trước ngày 30/11.
Kết luận, bà Lê Thị Kim Phượng giao Ủy ban MTTQ phường giám sát suốt quá trình thi công, báo cáo kết quả trong bản tin Mặt trận hằng tháng; phấn đấu đạt trên 95% hộ đồng thuận trước khi khởi công vào quý I/2023.
Ngọc Trâm
Tin liên quan
- Ninh Kiều: giao ban Mặt trận tháng 10/2022 (31/10/2022)
- Phường Xuân Khánh ra mắt mô hình "Hẻm xanh - sạch - đẹp" (20/10/2022)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo quận Ninh Kiều (12/10/2022)
- Phường Tân An tổ chức đối thoại với người dân về giải tỏa bờ kè (05/10/2022)
- Mặt trận thành phố giám sát thực hiện chính sách an sinh xã hội (28/09/2022)
- Cái Khế: 120 hộ đăng ký xây dựng "Gia đình văn hóa" (21/09/2022)
""", "2022-11-18", "Phường An Khánh lấy ý kiến nhân dân về chỉnh trang đô thị",
E("hoi_nghi", "2022", "2022-11-17"),
[P("Lê Thị Kim Phượng", "Bí thư Đảng ủy phường"),
 P("Trần Quốc Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Nguyễn Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Sô Phênh", "Trưởng khu vực 4"),
 P("Trần Thị Mỹ Lệ", "tổ trưởng tổ nhân dân tự quản số 12"),
 P("Lâm Hoàng Tuấn", "Phó Chủ tịch UBND phường")],
[Q("5 tuyến hẻm", 5, "tuyến hẻm"), Q("138 đại biểu", 138, "đại biểu"),
 Q("420 m", 420, "m"), Q("86 hộ", 86, "hộ"), Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q("310 m", 310, "m"), Q("64 hộ", 64, "hộ"), Q("820 triệu đồng", 820000000, "đồng"),
 Q("265 m", 265, "m"), Q("51 hộ", 51, "hộ"), Q("700 triệu đồng", 700000000, "đồng"),
 Q("590 m", 590, "m"), Q("113 hộ", 113, "hộ"), Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("khoảng 4,27 tỷ đồng", 4270000000, "đồng", "approx"), Q("30%", 30, "%"), Q("70%", 70, "%"),
 Q("6 khu vực", 6, "khu vực"), Q("314 phiếu", 314, "phiếu"), Q("297 phiếu", 297, "phiếu"), Q("281 phiếu", 281, "phiếu"),
 Q("23 ý kiến góp ý", 23, "ý kiến"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("14 hộ cận nghèo", 14, "hộ cận nghèo"),
 Q("trên 95%", 95, "%", "over")],
[D("Kế hoạch", "142", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 142-KH/ĐU"),
 D("Quyết định", "1289", "QĐ-UBND", "2022-10-03", "UBND phường", "Quyết định số 1289/QĐ-UBND ngày 3/10/2022"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "You are here: Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị.", "Bảng số liệu kèm dự thảo (trích bản tin Mặt trận phường tháng 10/2022)", "Hẻm 91 Nguyễn Văn Cừ", "Hẻm 12 Trần Hoàng Na"],
["18 tháng 11, 2022 | 17:45", "năm 2022", "Hẻm 91", "Hẻm 12", "Hẻm 3", "khu vực 4", "số 12", "ngày 30/11", "quý I/2023"]))
