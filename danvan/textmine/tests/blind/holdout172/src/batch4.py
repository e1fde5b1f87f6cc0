from lib import *
PAGES = []

PAGES.append(page("b4103-camau-mttq-giaoban-2026", """
BÁO CÀ MAU ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận
Thứ Sáu, 06/02/2026 - 15:30
Chuẩn bị 12.600 phần quà Tết cho hộ khó khăn ở 64 xã, phường
(CMO) Ngày 5/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức giao ban công tác tháng 1/2026 với Ban Thường trực Ủy ban MTTQ 64 xã, phường. Bà Lâm Thị Sa Ri, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì; ông Huỳnh Quốc Việt, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội Nông dân tỉnh cùng dự.
Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.
Theo báo cáo, tháng 1/2026 Mặt trận và các tổ chức chính trị - xã hội trong tỉnh (hợp nhất Cà Mau và Bạc Liêu) đã vận động trên 31,8 tỷ đồng, chuẩn bị 12.600 phần quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, hộ đồng bào Khmer khó khăn, mỗi phần trị giá từ 500.000 đến 1 triệu đồng. Đến ngày 31/1, đã trao 7.420 phần quà, đạt 58,9%.
Cũng trong tháng, Mặt trận tỉnh tổ chức hội nghị phản biện dự thảo Quyết định của UBND tỉnh về hỗ trợ người hoạt động không chuyên trách ở ấp, khóm dôi dư sau sắp xếp; tổng hợp 34 ý kiến góp ý dự thảo Kế hoạch số 09/KH-UBND. Ban Thường trực ban hành Kế hoạch số 02/KH-MTTQ-BTT, 03/KH-MTTQ-BTT về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tổ chức 64 hội nghị hiệp thương lần thứ nhất ở cấp xã.
Tại giao ban, ông Thạch Sô Phên, Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Trạch, cho biết phường có 1.240 hộ đồng bào Khmer, 3 chùa Phật giáo Nam tông Khmer; đã phối hợp các sư sãi trao 320 phần quà. Bà Trần Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ xã Đất Mũi, Chủ tịch Hội LHPN xã, kiến nghị sớm bố trí kinh phí cho 18 Ban công tác Mặt trận ấp mới sáp nhập.
Ông Lý Hoàng Phương, người có uy tín ấp Cù Lao, xã Hồng Dân, phản ánh nhiều hộ chưa biết làm thủ tục nhận trợ cấp Tết trên ứng dụng VNeID; đề nghị Tổ công nghệ số cộng đồng xuống từng ấp.
Kết luận, bà Lâm Thị Sa Ri yêu cầu các xã, phường hoàn thành trao quà trước ngày 13/2 (26 tháng Chạp), "không để hộ nào không có Tết"; báo cáo kết quả về Ban Thường trực trước ngày 25/2. Tháng 2, Mặt trận tỉnh phấn đấu vận động thêm khoảng 10 tỷ đồng cho Quỹ "Vì người nghèo" và hoàn thành hiệp thương lần thứ hai.
Ông Nguyễn Thanh Tùng, Trưởng ban Phong trào và bà Danh Thị Mỹ Hạnh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh báo cáo tiến độ hiệp thương, dự kiến cơ cấu 1.120 người ứng cử đại biểu HĐND cấp xã.
Minh Trí
Lượt xem: 1.102
Tin liên quan
- Xã Hồng Dân trao 450 phần quà cho đồng bào Khmer (03/02/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (16/01/2026)
- Phường Bạc Liêu ra mắt Tổ công nghệ số cộng đồng (09/01/2026)
""", "2026-02-06", "Chuẩn bị 12.600 phần quà Tết cho hộ khó khăn ở 64 xã, phường",
E("giao_ban", "2026-01", "2026-02-05"),
[P("Lâm Thị Sa Ri", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phên", "Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Trạch"),
 P("Trần Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ xã Đất Mũi", "Chủ tịch Hội LHPN xã"),
 P("Lý Hoàng Phương", "người có uy tín ấp Cù Lao"),
 P("Nguyễn Thanh Tùng", "Trưởng ban Phong trào"), P("Danh Thị Mỹ Hạnh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("64 xã, phường", 64, "xã, phường"), Q("trên 31,8 tỷ đồng", 31800000000, "đồng", "over"),
 Q("12.600 phần quà", 12600, "phần quà"), Q("500.000", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("7.420 phần quà", 7420, "phần quà"),
 Q("58,9%", 58.9, "%"), Q("34 ý kiến", 34, "ý kiến"), Q("64 hội nghị hiệp thương", 64, "hội nghị hiệp thương"),
 Q("1.240 hộ đồng bào Khmer", 1240, "hộ đồng bào Khmer"), Q("3 chùa Phật giáo Nam tông Khmer", 3, "chùa Phật giáo Nam tông Khmer"),
 Q("320 phần quà", 320, "phần quà"), Q("18 Ban công tác Mặt trận ấp", 18, "Ban công tác Mặt trận ấp"),
 Q("khoảng 10 tỷ đồng", 10000000000, "đồng", "approx"), Q("1.120 người", 1120, "người")],
[D("Kế hoạch", "09", "KH-UBND", None, None, "Kế hoạch số 09/KH-UBND"),
 D("Kế hoạch", "02", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 02/KH-MTTQ-BTT"),
 D("Kế hoạch", "03", "KH-MTTQ-BTT", None, "Ban Thường trực", "03/KH-MTTQ-BTT")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Trạch"), com("Đất Mũi"), com("Hồng Dân")],
["BÁO CÀ MAU ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận", "(CMO)", "Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.", "Tết Bính Ngọ",
 "không để hộ nào không có Tết", "Vì người nghèo", "VNeID", "Lượt xem: 1.102"],
["Thứ Sáu, 06/02/2026 - 15:30", "tháng 1/2026", "ngày 31/1", "khóa XVI", "2026 - 2031", "lần thứ nhất", "ngày 13/2", "26 tháng Chạp",
 "ngày 25/2", "Tháng 2", "lần thứ hai", "Lượt xem: 1.102"]))

PAGES.append(page("b4104-khanhhoa-chandung-2026", """
BÁO KHÁNH HÒA
Trang chủ / Xã hội / Gương sáng
Thứ Sáu, 09/01/2026 | 07:20
Ảnh: Bà Pi Năng Thị Hạnh (bìa phải) thăm hộ dân thôn Ma Oai.
Nữ Chủ tịch Mặt trận xã vùng cao "nói để bà con hiểu"
Sau ngày 1/7/2025, khi xã Khánh Sơn (tỉnh Khánh Hòa) được thành lập trên cơ sở sáp nhập 3 xã Sơn Bình, Sơn Hiệp, Sơn Trung, bà Pi Năng Thị Hạnh, người Raglai, được tín nhiệm giữ chức Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Trước đó, bà là Chủ tịch Hội LHPN huyện Khánh Sơn.
Xã mới rộng hơn 160 km2, có 19 thôn với 3.920 hộ, trên 70% là đồng bào Raglai. Nhiều thôn cách trung tâm xã trên 15 km. "Ngày đầu về xã mới, có người hỏi làm giấy tờ giờ phải đi đâu, con dấu ai giữ, trợ cấp có bị cắt không", bà Hạnh kể. Ủy ban MTTQ xã khi ấy cùng 19 Ban công tác Mặt trận thôn xuống tận nóc, mở 42 buổi sinh hoạt, nói bằng tiếng Raglai về chính quyền 2 cấp.
6 tháng qua, bà cùng các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Mấu Thị Phượng, Cao Văn Lẻ vận động bà con hiến 4.600 m2 đất làm đường vào khu sản xuất; xóa 86 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng; giúp 214 hộ nghèo vay vốn trồng sầu riêng, mít. Quỹ "Vì người nghèo" xã vận động được 312 triệu đồng, gấp đôi năm trước.
Ông Bo Bo Văn Tám, già làng thôn Ma Oai, nói: "Cô Hạnh đến nhà, nói cái gì bà con cũng hiểu, vì cô nói tiếng mình". Theo ông, cả thôn đã có 47 hộ được cấp lại giấy tờ đất đai theo địa chỉ mới mà không phải đi xa.
Đánh giá về bà Hạnh, đồng chí Nguyễn Văn Khởi, Bí thư Đảng ủy xã Khánh Sơn cho biết: Mặt trận xã đã tổng hợp 128 ý kiến, kiến nghị của cử tri, phối hợp giải quyết xong 117 ý kiến. Năm 2025, bà được Ủy ban MTTQ tỉnh tặng Bằng khen vì thành tích thực hiện Kết luận số 126-KL/TW và Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy.
Đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa (tỉnh mới hợp nhất Khánh Hòa và Ninh Thuận) nhận xét: trong số 65 Chủ tịch Ủy ban MTTQ xã, phường, đặc khu của tỉnh, có 14 người là đồng bào dân tộc thiểu số; những cán bộ nói được tiếng đồng bào như bà Hạnh là "vốn quý" của Mặt trận ở cơ sở. Tỉnh dự kiến mở 2 lớp dạy tiếng Raglai, Chăm cho cán bộ Mặt trận người Kinh trong quý I/2026.
Bà Hạnh tâm sự, dự định năm 2026 xã sẽ xây dựng ít nhất 3 mô hình "Thôn Raglai không có trẻ tảo hôn", đưa 100% hộ dân vào nhóm Zalo của thôn.
Bài, ảnh: Hoàng Nhi
Lượt xem: 2.765
Tin khác
- Cam Lâm: người có uy tín góp sức giữ bình yên thôn xóm (06/01/2026)
- Gương sáng cựu chiến binh làm kinh tế ở Ninh Phước (30/12/2025)
- Khánh Vĩnh: già làng vận động hiến đất làm đường (22/12/2025)
- Nữ bí thư chi bộ người Chăm ở Phước Hậu (15/12/2025)
""", "2026-01-09", "Nữ Chủ tịch Mặt trận xã vùng cao \"nói để bà con hiểu\"",
E("khac", None, None),
[P("Pi Năng Thị Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN huyện Khánh Sơn"),
 P("Mấu Thị Phượng", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Cao Văn Lẻ", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Bo Bo Văn Tám", "già làng thôn Ma Oai"),
 P("Nguyễn Văn Khởi", "Bí thư Đảng ủy xã Khánh Sơn"),
 P("Lê Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa")],
[Q("3 xã", 3, "xã"), Q("hơn 160 km2", 160, "km2", "over"), Q("19 thôn", 19, "thôn"), Q("3.920 hộ", 3920, "hộ"), Q("trên 70%", 70, "%", "over"),
 Q("trên 15 km", 15, "km", "over"), Q("19 Ban công tác Mặt trận thôn", 19, "Ban công tác Mặt trận thôn"), Q("42 buổi sinh hoạt", 42, "buổi sinh hoạt"),
 Q("4.600 m2", 4600, "m2"), Q("86 căn nhà tạm, nhà dột nát", 86, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("214 hộ nghèo", 214, "hộ nghèo"), Q("312 triệu đồng", 312000000, "đồng"), Q("47 hộ", 47, "hộ"), Q("128 ý kiến, kiến nghị", 128, "ý kiến, kiến nghị"),
 Q("117 ý kiến", 117, "ý kiến"), Q("65 Chủ tịch Ủy ban MTTQ xã, phường, đặc khu", 65, "Chủ tịch Ủy ban MTTQ xã, phường, đặc khu"), Q("14 người", 14, "người"), Q("2 lớp", 2, "lớp"), Q("ít nhất 3 mô hình", 3, "mô hình \"Thôn Raglai không có trẻ tảo hôn\"", "over"), Q("100% hộ dân", 100, "%")],
[D("Kết luận", "126", "KL/TW", None, None, "Kết luận số 126-KL/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Sơn Bình"), com("Sơn Hiệp"), com("Sơn Trung")],
["BÁO KHÁNH HÒA", "Trang chủ / Xã hội / Gương sáng", "Ảnh: Bà Pi Năng Thị Hạnh (bìa phải) thăm hộ dân thôn Ma Oai.", "nói để bà con hiểu",
 "Vì người nghèo", "Thôn Raglai không có trẻ tảo hôn", "Zalo", "vốn quý", "Lượt xem: 2.765"],
["Thứ Sáu, 09/01/2026 | 07:20", "ngày 1/7/2025", "2 cấp", "6 tháng qua", "Năm 2025", "năm 2026", "quý I/2026", "Lượt xem: 2.765"]))

PAGES.append(page("b4105-daklak-doithoai-2026", """
ĐẢNG BỘ PHƯỜNG BUÔN MA THUỘT - TỈNH ĐẮK LẮK
Trang chủ > Tin tức > Dân vận - Mặt trận
Ngày đăng: 13/03/2026 - 16:10
Hôm nay: Chủ Nhật, 15/03/2026
Bí thư Đảng ủy phường đối thoại với đồng bào Êđê các buôn nội thị
Chiều 12/3, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Buôn Ma Thuột tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với đồng bào dân tộc thiểu số năm 2026 tại nhà văn hóa buôn Ko Tam. Đồng chí H'Yim Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường chủ trì; cùng dự có đồng chí Y Khoa Ayun, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Ảnh: Đồng chí H'Yim Niê trả lời ý kiến của người dân.
Hội nghị có sự tham gia của khoảng 250 người dân, già làng, trưởng buôn, người có uy tín của 17 buôn. Phường Buôn Ma Thuột (mới), tỉnh Đắk Lắk (hợp nhất Đắk Lắk và Phú Yên) được thành lập từ 6 phường Tân Lập, Tân Hòa, Tân An, Thắng Lợi, Thống Nhất, Thành Công và xã Hòa Thuận, có 118 tổ dân phố, buôn với hơn 152.000 nhân khẩu, trong đó trên 11.000 người Êđê, Jrai, M'nông.
Trước hội nghị, Ủy ban MTTQ phường đã tổng hợp 39 ý kiến, kiến nghị. Ông Y Bhiết Mlô, già làng buôn Ko Tam, phản ánh 26 hộ trong buôn chưa được cấp giấy chứng nhận quyền sử dụng đất vì nằm trong quy hoạch treo. Bà H'Lên Byă, Trưởng buôn Alê A, đề nghị phường giữ nhà dài truyền thống làm nơi sinh hoạt cộng đồng, không sáp nhập vào nhà văn hóa tổ dân phố. Ông Y Dhăm Êban, người có uy tín buôn Akŏ Dhông, đề nghị hỗ trợ 12 học sinh có hoàn cảnh khó khăn tiếp tục đi học.
Trả lời, đồng chí Y Khoa Ayun cho biết phường đã rà soát 3 dự án quy hoạch treo, đề nghị UBND tỉnh điều chỉnh theo Nghị quyết số 66/2025/QH15; cam kết hoàn thành cấp giấy cho 26 hộ buôn Ko Tam trong quý II/2026. Đồng chí H'Yim Niê giao Ủy ban MTTQ phường chủ trì giám sát; khẳng định 7 nhà dài truyền thống trên địa bàn sẽ được giữ nguyên, mỗi nhà được hỗ trợ 30 triệu đồng tu sửa.
Bà H'Nga Kbuôr, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết các kiến nghị được ghi biên bản, gửi các cơ quan có trách nhiệm trả lời trong 30 ngày; kết quả được thông báo trên loa phát thanh của 17 buôn.
Theo Quy chế phối hợp số 02-QC/ĐU giữa Thường trực Đảng ủy với Ban Thường trực Ủy ban MTTQ phường, năm 2026 phường tổ chức ít nhất 4 hội nghị đối thoại chuyên đề, mỗi quý một lần.
Khánh Hưng
Lượt xem: 684
Tin liên quan
- Phường Buôn Ma Thuột ra mắt mô hình "Buôn văn hóa, an toàn" (05/03/2026)
- Già làng Y Bhiết Mlô với tiếng chiêng buôn Ko Tam (20/02/2026)
- Đại hội Ủy ban MTTQ phường lần thứ I (16/01/2026)
- Phường Tuy Hòa trao 300 suất quà Tết cho hộ nghèo (10/02/2026)
""", "2026-03-13", "Bí thư Đảng ủy phường đối thoại với đồng bào Êđê các buôn nội thị",
E("doi_thoai", "2026", "2026-03-12"),
[P("H'Yim Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường"),
 P("Y Khoa Ayun", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Y Bhiết Mlô", "già làng buôn Ko Tam"),
 P("H'Lên Byă", "Trưởng buôn Alê A"),
 P("Y Dhăm Êban", "người có uy tín buôn Akŏ Dhông"),
 P("H'Nga Kbuôr", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("khoảng 250 người dân", 250, "người dân", "approx"), Q("17 buôn", 17, "buôn"), Q("6 phường", 6, "phường"),
 Q("118 tổ dân phố, buôn", 118, "tổ dân phố, buôn"), Q("hơn 152.000 nhân khẩu", 152000, "nhân khẩu", "over"),
 Q("trên 11.000 người Êđê, Jrai, M'nông", 11000, "người Êđê, Jrai, M'nông", "over"), Q("39 ý kiến, kiến nghị", 39, "ý kiến, kiến nghị"),
 Q("26 hộ", 26, "hộ"), Q("12 học sinh", 12, "học sinh"), Q("3 dự án quy hoạch treo", 3, "dự án quy hoạch treo"), Q("7 nhà dài truyền thống", 7, "nhà dài truyền thống"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("ít nhất 4 hội nghị đối thoại chuyên đề", 4, "hội nghị đối thoại chuyên đề", "over")],
[D("Nghị quyết", "66", "2025/QH15", None, None, "Nghị quyết số 66/2025/QH15"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Thường trực Đảng ủy", "Quy chế phối hợp số 02-QC/ĐU")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Buôn Ma Thuột"), com("Tân Lập"), com("Tân Hòa"), com("Tân An"), com("Thắng Lợi"), com("Thống Nhất"), com("Thành Công"), com("Hòa Thuận")],
["ĐẢNG BỘ PHƯỜNG BUÔN MA THUỘT - TỈNH ĐẮK LẮK", "Trang chủ > Tin tức > Dân vận - Mặt trận", "Hôm nay: Chủ Nhật, 15/03/2026",
 "Ảnh: Đồng chí H'Yim Niê trả lời ý kiến của người dân.", "Lượt xem: 684"],
["Ngày đăng: 13/03/2026 - 16:10", "năm 2026", "quý II/2026", "30 ngày", "mỗi quý một lần", "Lượt xem: 684"]))

PAGES.append(page("b4106-cantho-traoqua-tet-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Tin hoạt động | An sinh xã hội
Thứ Ba, 10/02/2026 - 10:20
Ảnh: Đồng chí Huỳnh Văn Lợi (thứ 3 từ trái) trao quà cho hộ nghèo xã Lịch Hội Thượng.
Thăm, chúc Tết và trao 1.500 phần quà cho đồng bào Khmer, hộ nghèo
Ngày 8 - 9/2, đoàn công tác của Ủy ban MTTQ Việt Nam thành phố Cần Thơ do đồng chí Huỳnh Văn Lợi, Thành ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã đến thăm, chúc Tết Bính Ngọ năm 2026 và trao 1.500 phần quà cho hộ nghèo, hộ đồng bào Khmer khó khăn tại các xã Lịch Hội Thượng, Trần Đề, Long Phú và phường Vị Thanh. Mỗi phần quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng; tổng trị giá 1,2 tỷ đồng.
Thành phố Cần Thơ (mới) hợp nhất từ thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, có 103 xã, phường với trên 4,1 triệu dân, trong đó hơn 400.000 người Khmer. Thực hiện Kế hoạch số 145/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố và Chỉ thị số 03-CT/TU của Ban Thường vụ Thành ủy về tổ chức Tết, Tết năm nay, Mặt trận các cấp thành phố đã vận động trên 86 tỷ đồng, chăm lo 172.000 phần quà cho người nghèo, người có công, công nhân khó khăn.
Tại xã Lịch Hội Thượng, đoàn đã đến thăm chùa Bưng Cốc, chúc Tết Hòa thượng Lý Sa Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố; tặng 20 phần quà cho các vị sư sãi và 2 suất học bổng cho học sinh trường Pali Trung cấp Nam Bộ, mỗi suất 5 triệu đồng.
Ông Thạch Sô Đa, Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng cho biết xã có 5.612 hộ, 61% là đồng bào Khmer; còn 128 hộ nghèo, 214 hộ cận nghèo. Sau sáp nhập 3 đơn vị cũ, Mặt trận xã đã vận động xây 9 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Bà Kim Thị Sà Rết, người có uy tín ấp Tắc Gồng, thay mặt bà con cảm ơn sự quan tâm của thành phố.
Tại phường Vị Thanh, đồng chí Huỳnh Văn Lợi và ông Nguyễn Văn Sáu, Bí thư Đảng ủy phường, trao 200 phần quà cho công nhân, người lao động khó khăn; 30 phần quà cho gia đình chính sách. Đồng chí đề nghị cấp ủy, chính quyền cơ sở bảo đảm 100% hộ nghèo, hộ chính sách đều có quà Tết, "không để ai bị bỏ lại phía sau".
Dịp này, Công ty TNHH Minh Phát trao tặng Quỹ "Vì người nghèo" thành phố 300 triệu đồng.
Ngọc Hân
Lượt truy cập: 956
Tin liên quan
- Phường Sóc Trăng trao 800 phần quà Tết (06/02/2026)
- Mặt trận thành phố giao ban tháng 1/2026 (03/02/2026)
- Xã Long Mỹ ra mắt Tổ tự quản an ninh trật tự (28/01/2026)
- Hội nghị đại biểu nhân dân ấp Tắc Gồng (20/01/2026)
- Mặt trận xã Trần Đề vận động xây 5 căn nhà Đại đoàn kết (14/01/2026)
""", "2026-02-10", "Thăm, chúc Tết và trao 1.500 phần quà cho đồng bào Khmer, hộ nghèo",
E("trao_qua", None, "2026-02-08"),
[P("Huỳnh Văn Lợi", "Thành ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Lý Sa Vân", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Thạch Sô Đa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng"),
 P("Kim Thị Sà Rết", "người có uy tín ấp Tắc Gồng"),
 P("Nguyễn Văn Sáu", "Bí thư Đảng ủy phường")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("103 xã, phường", 103, "xã, phường"), Q("trên 4,1 triệu dân", 4100000, "dân", "over"), Q("hơn 400.000 người Khmer", 400000, "người Khmer", "over"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("172.000 phần quà", 172000, "phần quà"), Q("20 phần quà", 20, "phần quà"),
 Q("2 suất học bổng", 2, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng"), Q("5.612 hộ", 5612, "hộ"), Q("61%", 61, "%"),
 Q("128 hộ nghèo", 128, "hộ nghèo"), Q("214 hộ cận nghèo", 214, "hộ cận nghèo"), Q("3 đơn vị cũ", 3, "đơn vị cũ"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("200 phần quà", 200, "phần quà"),
 Q("30 phần quà", 30, "phần quà"), Q("100% hộ nghèo, hộ chính sách", 100, "%"), Q("300 triệu đồng", 300000000, "đồng")],
[D("Kế hoạch", "145", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 145/KH-MTTQ-BTT ngày 05/01/2026"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 03-CT/TU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Trần Đề"), com("Long Phú"), com("Vị Thanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin hoạt động | An sinh xã hội",
 "Ảnh: Đồng chí Huỳnh Văn Lợi (thứ 3 từ trái) trao quà cho hộ nghèo xã Lịch Hội Thượng.", "Tết Bính Ngọ", "chùa Bưng Cốc",
 "trường Pali Trung cấp Nam Bộ", "không để ai bị bỏ lại phía sau", "Vì người nghèo", "Công ty TNHH Minh Phát", "Lượt truy cập: 956"],
["Thứ Ba, 10/02/2026 - 10:20", "năm 2026", "thứ 3", "Lượt truy cập: 956"]))

PAGES.append(page("b4107-hungyen-bdv-tongket-2024", """
BÁO HƯNG YÊN ĐIỆN TỬ
Chính trị » Xây dựng Đảng
Cập nhật lúc 16:45 ngày 27/12/2024
Khối dân vận góp phần hoàn thành sắp xếp 24 xã, phường, thị trấn
Ngày 26/12, Ban Dân vận Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết công tác dân vận và hoạt động của MTTQ, các đoàn thể chính trị - xã hội năm 2024. Đồng chí Trần Quốc Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Ảnh: Các đại biểu dự hội nghị tổng kết.
Năm 2024, khối dân vận tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo thực hiện Nghị quyết số 1251/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Hưng Yên giai đoạn 2023 - 2025: sắp xếp 24 xã, phường, thị trấn để thành lập 11 đơn vị mới, giảm 13 đơn vị; sáp nhập 286 thôn, tổ dân phố thành 131 thôn, tổ dân phố. Tỷ lệ cử tri đồng ý đạt 98,92%.
Ban Dân vận Tỉnh ủy ban hành Hướng dẫn 47, 48-HD/BDVTU về công tác dân vận trong sắp xếp và kiện toàn tổ chức Mặt trận, đoàn thể ở các xã, phường mới. Các cấp đã tổ chức 1.184 hội nghị đối thoại, tiếp xúc; tiếp nhận 265 đơn thư, kiến nghị, giải quyết 248 đơn. Nhân dân hiến trên 42.000 m2 đất, đóng góp gần 97 tỷ đồng xây dựng nông thôn mới kiểu mẫu; 1.326 mô hình "Dân vận khéo" được công nhận, trong đó 64 mô hình cấp tỉnh.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Nguyễn Thị Thu (Khoái Châu), Đỗ Văn Bình (Văn Giang) chia sẻ kinh nghiệm "đi trước, về sau" khi vận động; ông Vũ Đức Hạnh, Bí thư Đảng ủy xã Nghĩa Trụ nêu việc bố trí 19 cán bộ dôi dư sau khi hợp nhất 2 xã Nghĩa Trụ và Long Hưng.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Đức, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy yêu cầu năm 2025 khối dân vận vào cuộc ngay với chủ trương tinh gọn bộ máy theo Nghị quyết số 18-NQ/TW của BCH Trung ương; làm tốt công tác tư tưởng cho 1.640 cán bộ, công chức, viên chức thuộc diện sắp xếp; chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030.
Nhiều ý kiến cũng chỉ ra hạn chế: việc nắm tình hình ở một số xã mới còn chậm, có nơi để phát sinh 3 vụ việc khiếu kiện đông người liên quan đến trụ sở, nhà văn hóa thôn cũ; sinh hoạt của tổ dân vận ở nhiều thôn sau sáp nhập chưa đều.
Hội nghị đã trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 15 tập thể và 24 cá nhân; đồng chí Lê Thị Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Quang Vinh
Lượt xem: 1.522
Tin khác
- Hưng Yên: ra mắt 11 xã, phường mới (30/11/2024)
- Khoái Châu giao ban khối dân vận quý IV (18/12/2024)
- Mặt trận huyện Văn Lâm trao 250 suất quà cho hộ nghèo (12/12/2024)
- Văn Giang: hội nghị người có uy tín năm 2024 (05/12/2024)
- Tiên Lữ lấy ý kiến nhân dân về tên gọi xã mới (20/09/2024)
""", "2024-12-27", "Khối dân vận góp phần hoàn thành sắp xếp 24 xã, phường, thị trấn",
E("tong_ket", "2024", "2024-12-26"),
[P("Trần Quốc Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu", "Trưởng Ban Dân vận Huyện ủy"), P("Đỗ Văn Bình", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vũ Đức Hạnh", "Bí thư Đảng ủy xã Nghĩa Trụ"),
 P("Nguyễn Hữu Đức", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lê Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("24 xã, phường, thị trấn", 24, "xã, phường, thị trấn"), Q("11 đơn vị mới", 11, "đơn vị mới"), Q("13 đơn vị", 13, "đơn vị"),
 Q("286 thôn, tổ dân phố", 286, "thôn, tổ dân phố"), Q("131 thôn, tổ dân phố", 131, "thôn, tổ dân phố"), Q("98,92%", 98.92, "%"),
 Q("1.184 hội nghị đối thoại, tiếp xúc", 1184, "hội nghị đối thoại, tiếp xúc"), Q("265 đơn thư, kiến nghị", 265, "đơn thư, kiến nghị"),
 Q("248 đơn", 248, "đơn"), Q("trên 42.000 m2", 42000, "m2", "over"), Q("gần 97 tỷ đồng", 97000000000, "đồng", "approx"),
 Q("1.326 mô hình", 1326, "mô hình \"Dân vận khéo\""), Q("64 mô hình cấp tỉnh", 64, "mô hình cấp tỉnh"), Q("19 cán bộ dôi dư", 19, "cán bộ dôi dư"),
 Q("2 xã", 2, "xã"), Q("3 vụ việc khiếu kiện đông người", 3, "vụ việc khiếu kiện đông người"), Q("1.640 cán bộ, công chức, viên chức", 1640, "cán bộ, công chức, viên chức"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Nghị quyết", "1251", "NQ-UBTVQH15", "2024-10-24", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1251/NQ-UBTVQH15 ngày 24/10/2024"),
 D("Hướng dẫn", "47", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 47, 48-HD/BDVTU"),
 D("Hướng dẫn", "48", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 47, 48-HD/BDVTU"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Hưng Yên"), com("Nghĩa Trụ"), com("Long Hưng")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Ảnh: Các đại biểu dự hội nghị tổng kết.", "Dân vận khéo", "đi trước, về sau", "Lượt xem: 1.522"],
["Cập nhật lúc 16:45 ngày 27/12/2024", "năm 2024", "2023 - 2025", "năm 2025", "2025 - 2030", "Lượt xem: 1.522"]))

PAGES.append(page("b4108-thainguyen-mttq-daihoi-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ › Đại hội MTTQ các cấp › Cấp xã
Thứ Sáu, 17/04/2026 - 10:05
Toàn cảnh Đại hội. Ảnh: Nông Thùy
Đại hội điểm MTTQ Việt Nam xã Ba Bể lần thứ I, nhiệm kỳ 2026 - 2031
Trong 2 ngày 14 và 15/4/2026, Ủy ban MTTQ Việt Nam xã Ba Bể tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội điểm cấp xã của tỉnh Thái Nguyên (hợp nhất Thái Nguyên và Bắc Kạn). Dự đại hội có đồng chí Hà Văn Thắng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Thị Nguyệt, Bí thư Đảng ủy xã Ba Bể cùng 145 đại biểu đại diện cho hơn 17.300 nhân dân các dân tộc Tày, Dao, Mông, Kinh trong xã.
Xã Ba Bể được thành lập trên cơ sở hợp nhất 3 xã Nam Mẫu, Khang Ninh, Quảng Khê. Từ năm 2024 đến nay, Mặt trận 3 xã cũ vận động xây 138 nhà Đại đoàn kết, tổng trị giá trên 8,2 tỷ đồng; hỗ trợ 460 hộ nghèo vay vốn phát triển du lịch cộng đồng; 36/36 thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc hằng năm.
Đại hội đã hiệp thương cử 51 vị vào Ủy ban MTTQ Việt Nam xã khóa I; Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị. Bà Triệu Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I; các Phó Chủ tịch Ủy ban MTTQ xã: Ma Văn Khuyên, Lý Thị Slao, Nông Văn Tường, trong đó ông Nông Văn Tường kiêm Chủ tịch Hội Nông dân xã. Đại hội bầu 4 đại biểu dự Đại hội MTTQ Việt Nam tỉnh lần thứ I.
Đại hội được tổ chức theo Chỉ thị số 52-CT/TW của Ban Bí thư và Hướng dẫn số 40/HD-MTTW-BTT, 41/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; Kế hoạch số 12-KH/ĐU của Đảng ủy xã. Đại hội thông qua Nghị quyết với 12 chỉ tiêu, phấn đấu mỗi năm vận động Quỹ "Vì người nghèo" từ 300 triệu đồng trở lên, 80% khu dân cư trở lên đạt "Khu dân cư kiểu mẫu".
Phát biểu chỉ đạo, đồng chí Hà Văn Thắng đánh giá cao sự chuẩn bị chu đáo, đề nghị Mặt trận xã phát huy vai trò 64 người có uy tín, già làng, trưởng bản trong giữ gìn bản sắc văn hóa Tày, Dao ven hồ Ba Bể; rút kinh nghiệm để tổ chức đại hội ở 92 xã, phường còn lại trước ngày 30/6.
Ông Hoàng Văn Pắc, Trưởng thôn Pác Ngòi, phát biểu thay mặt nhân dân, mong Mặt trận xã tiếp tục "sát dân, gần dân" như khi còn 3 xã.
Nông Thùy
Lượt xem: 1.018
Tin liên quan
- Hội nghị rút kinh nghiệm đại hội điểm MTTQ cấp xã (10/04/2026)
- Phường Phan Đình Phùng chuẩn bị đại hội Mặt trận (02/04/2026)
- Mặt trận tỉnh giao ban quý I năm 2026 (27/03/2026)
- Xã Chợ Đồn hiệp thương dự kiến nhân sự Ủy ban MTTQ khóa I (20/03/2026)
- Ba Bể: người có uy tín vận động bà con giữ rừng đầu nguồn (11/03/2026)
""", "2026-04-17", "Đại hội điểm MTTQ Việt Nam xã Ba Bể lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-04-14"),
[P("Hà Văn Thắng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Nguyệt", "Bí thư Đảng ủy xã Ba Bể"),
 P("Triệu Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I"),
 P("Ma Văn Khuyên", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Lý Thị Slao", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Nông Văn Tường", "Phó Chủ tịch Ủy ban MTTQ xã", "Chủ tịch Hội Nông dân xã"),
 P("Hoàng Văn Pắc", "Trưởng thôn Pác Ngòi")],
[Q("145 đại biểu", 145, "đại biểu"), Q("hơn 17.300 nhân dân", 17300, "nhân dân", "over"), Q("3 xã", 3, "xã"),
 Q("138 nhà Đại đoàn kết", 138, "nhà Đại đoàn kết"), Q("trên 8,2 tỷ đồng", 8200000000, "đồng", "over"), Q("460 hộ nghèo", 460, "hộ nghèo"),
 Q("36/36 thôn", 36, "thôn"), Q("51 vị", 51, "vị"), Q("5 vị", 5, "vị"), Q("4 đại biểu", 4, "đại biểu"), Q("12 chỉ tiêu", 12, "chỉ tiêu"),
 Q("từ 300 triệu đồng trở lên", 300000000, "đồng", "over"), Q("80% khu dân cư trở lên", 80, "%", "over"),
 Q("64 người có uy tín, già làng, trưởng bản", 64, "người có uy tín, già làng, trưởng bản"), Q("92 xã, phường", 92, "xã, phường")],
[D("Chỉ thị", "52", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 52-CT/TW"),
 D("Hướng dẫn", "40", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 40/HD-MTTW-BTT"),
 D("Hướng dẫn", "41", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "41/HD-MTTW-BTT"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Nam Mẫu"), com("Khang Ninh"), com("Quảng Khê")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ › Đại hội MTTQ các cấp › Cấp xã", "Toàn cảnh Đại hội. Ảnh: Nông Thùy",
 "Vì người nghèo", "Khu dân cư kiểu mẫu", "sát dân, gần dân", "hồ Ba Bể", "Lượt xem: 1.018"],
["Thứ Sáu, 17/04/2026 - 10:05", "lần thứ I", "2026 - 2031", "Trong 2 ngày", "năm 2024", "khóa I", "Hội nghị lần thứ nhất", "ngày 30/6",
 "Lượt xem: 1.018"]))
