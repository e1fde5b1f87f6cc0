from lib import *
PAGES = []

PAGES.append(page("b1751-quangninh-mttq-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH
Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
Thứ Ba, 08/04/2025 - 16:00
Mặt trận tỉnh giao ban quý I, chuẩn bị sắp xếp tổ chức bộ máy
Ngày 7/4/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2025 với Ủy ban MTTQ 13 huyện, thị xã, thành phố. Đồng chí Triệu Thị Mùi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Triệu Thị Mùi chủ trì hội nghị giao ban.
Báo cáo tại hội nghị cho biết, quý I Mặt trận các cấp đã tổ chức 73 cuộc giám sát, chủ yếu về việc thu, chi ngân sách xã, việc thực hiện chính sách đối với người có công dịp Tết và việc sử dụng kinh phí hỗ trợ khắc phục hậu quả bão số 3. Qua giám sát, Mặt trận đưa ra 58 kiến nghị; Mặt trận tỉnh tổ chức 2 hội nghị phản biện xã hội đối với dự thảo nghị quyết của HĐND tỉnh về hỗ trợ ngư dân khôi phục sản xuất sau bão và về mức thu phí tham quan vịnh Hạ Long. Trong dịp Tết Nguyên đán Ất Tỵ, Mặt trận các cấp trao 15.600 suất quà Tết, tổng trị giá hơn 14,2 tỷ đồng.
Mặt trận các cấp đã quán triệt Kết luận 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 09/HD-MTTQ-BTT ngày 20/3/2025 về việc rà soát, chuẩn bị hồ sơ sắp xếp Ủy ban MTTQ cấp xã khi thực hiện chính quyền địa phương hai cấp.
Tại hội nghị, bà Bàn Thị Sinh, Chủ tịch Ủy ban MTTQ huyện Bình Liêu, cho biết qua giám sát tại xã Đồng Văn, Mặt trận kiến nghị điều chỉnh danh sách 14 hộ được hỗ trợ sửa chữa nhà sau bão. Ông Lý Văn Sềnh, Chủ tịch Ủy ban MTTQ xã Húc Động, phản ánh tâm tư của cán bộ Mặt trận xã trước việc sắp xếp, sáp nhập. Ông Hoàng Văn Nhàn, Trưởng ban công tác Mặt trận khu 5, phường Hà Khánh, đề nghị giữ ổn định các ban công tác Mặt trận ở khu dân cư trong quá trình sắp xếp.
Phát biểu kết luận, đồng chí Triệu Thị Mùi yêu cầu quý II Mặt trận các cấp giữ vững nề nếp hoạt động, không để gián đoạn công tác giám sát, tiếp nhận đơn thư trong thời gian sắp xếp bộ máy; tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương sáp nhập tỉnh, xã, không tổ chức cấp huyện; chủ động nắm tình hình dư luận xã hội và báo cáo kịp thời về Ban Thường trực. Đồng chí Đặng Văn Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông báo kế hoạch tổ chức 6 đoàn giám sát chuyên đề năm 2025.
Hải Yến
Lượt xem: 884
Tin liên quan
- Đại hội đại biểu MTTQ phường Hồng Hà nhiệm kỳ 2024 - 2029 (25/03/2025)
- Mặt trận tỉnh trao 100 suất quà cho ngư dân Cô Tô (12/03/2025)
- Tiên Yên: giám sát việc hỗ trợ khắc phục hậu quả bão (27/02/2025)
""", "2025-04-08", "Mặt trận tỉnh giao ban quý I, chuẩn bị sắp xếp tổ chức bộ máy",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Triệu Thị Mùi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Thị Sinh", "Chủ tịch Ủy ban MTTQ huyện Bình Liêu"),
 P("Lý Văn Sềnh", "Chủ tịch Ủy ban MTTQ xã Húc Động"),
 P("Hoàng Văn Nhàn", "Trưởng ban công tác Mặt trận khu 5"),
 P("Đặng Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"), Q("73 cuộc giám sát", 73, "cuộc giám sát"),
 Q("58 kiến nghị", 58, "kiến nghị"), Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
 Q("15.600 suất quà Tết", 15600, "suất quà"), Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"),
 Q("14 hộ", 14, "hộ"), Q("6 đoàn giám sát chuyên đề", 6, "đoàn giám sát chuyên đề")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW ngày 28/2/2025"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", "2025-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT ngày 20/3/2025")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Húc Động"), com("Hà Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH", "Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh",
 "Đồng chí Triệu Thị Mùi chủ trì hội nghị giao ban.", "Lượt xem: 884"],
["Thứ Ba, 08/04/2025 - 16:00", "quý I năm 2025", "bão số 3", "Tết Nguyên đán Ất Tỵ", "quý II", "hai cấp", "năm 2025", "Lượt xem: 884"]))

PAGES.append(page("b1752-tuyenquang-xakhauvai-giamsat-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ KHÂU VAI - TỈNH TUYÊN QUANG
Trang chủ › Tin tức › Mặt trận và các đoàn thể
Ngày 19/09/2025 | 08:50
Mặt trận xã Khâu Vai giám sát việc giải quyết thủ tục hành chính sau sắp xếp
Thực hiện chương trình giám sát năm 2025, ngày 16/9, Ban Thường trực Ủy ban MTTQ Việt Nam xã Khâu Vai tổ chức giám sát việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã từ khi vận hành chính quyền địa phương hai cấp. Đoàn giám sát do bà Thào Thị Dua, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn.
Đoàn giám sát kiểm tra hồ sơ tại Trung tâm Phục vụ hành chính công xã.
Xã Khâu Vai mới được thành lập trên cơ sở sáp nhập các xã Khâu Vai, Cán Chu Phìn và Lũng Pù của huyện Mèo Vạc, tỉnh Hà Giang cũ, từ ngày 1/7/2025 thuộc tỉnh Tuyên Quang. Cuộc giám sát thực hiện theo Kế hoạch số 05/KH-MTTQ-BTT ngày 2/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Nghị quyết số 02-NQ/ĐU của Đảng ủy xã về nâng cao chất lượng phục vụ người dân, doanh nghiệp.
Theo báo cáo, từ ngày 1/7 đến 15/9/2025, Trung tâm đã tiếp nhận 1.284 hồ sơ, giải quyết đúng hạn 1.236 hồ sơ, đạt 96,3%; còn 17 hồ sơ quá hạn, chủ yếu về đất đai. Tỷ lệ hồ sơ nộp trực tuyến mới đạt 38%, do nhiều người dân ở 27 thôn vùng cao chưa có điện thoại thông minh.
Tham gia đoàn giám sát, bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết chị em người Mông, người Lô Lô phải đi hơn 20 km để làm thủ tục chứng thực. Ông Giàng Mí Súa, người có uy tín thôn Sèo Lủng, đề nghị bố trí cán bộ biết tiếng Mông tại bộ phận một cửa. Ông Lục Văn Thượng, Trưởng ban công tác Mặt trận thôn Pắc Cạp, phản ánh một số hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất chậm vì chưa bàn giao đủ hồ sơ lưu trữ từ huyện cũ.
Trả lời đoàn giám sát, ông Vàng Mí Chá, Phó Chủ tịch UBND xã Khâu Vai, tiếp thu và cam kết tổ chức 4 đợt tiếp nhận hồ sơ lưu động tại các cụm thôn trước ngày 31/12/2025.
Kết thúc giám sát, bà Thào Thị Dua đưa ra 6 kiến nghị với UBND xã, đề nghị báo cáo kết quả tiếp thu bằng văn bản. Đây là cuộc giám sát thứ hai của Mặt trận xã kể từ khi chính quyền hai cấp đi vào hoạt động; trước đó Mặt trận đã giám sát việc chi trả trợ cấp xã hội cho 412 đối tượng trên địa bàn. Kết quả giám sát sẽ được thông báo tại kỳ họp cuối năm của HĐND xã.
Ngọc Ánh
Lượt truy cập: 12.906
Tin liên quan
- Khâu Vai tổ chức Ngày hội Đại đoàn kết toàn dân tộc (10/09/2025)
- Đảng ủy xã Khâu Vai triển khai nhiệm vụ quý IV (05/09/2025)
- Trao 50 suất quà cho học sinh nghèo đầu năm học mới (02/09/2025)
""", "2025-09-19", "Mặt trận xã Khâu Vai giám sát việc giải quyết thủ tục hành chính sau sắp xếp",
E("giam_sat", "2025", "2025-09-16"),
[P("Thào Thị Dua", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Giàng Mí Súa", "người có uy tín thôn Sèo Lủng"),
 P("Lục Văn Thượng", "Trưởng ban công tác Mặt trận thôn Pắc Cạp"),
 P("Vàng Mí Chá", "Phó Chủ tịch UBND xã Khâu Vai")],
[Q("1.284 hồ sơ", 1284, "hồ sơ"), Q("1.236 hồ sơ", 1236, "hồ sơ"), Q("96,3%", 96.3, "%"), Q("17 hồ sơ", 17, "hồ sơ"),
 Q("38%", 38, "%"), Q("27 thôn", 27, "thôn"), Q("hơn 20 km", 20, "km", "over"), Q("4 đợt", 4, "đợt"),
 Q("6 kiến nghị", 6, "kiến nghị"), Q("412 đối tượng", 412, "đối tượng")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2025-09-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ-BTT ngày 2/9/2025"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Khâu Vai"), com("Cán Chu Phìn"), com("Lũng Pù")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ KHÂU VAI - TỈNH TUYÊN QUANG", "Trang chủ › Tin tức › Mặt trận và các đoàn thể",
 "Đoàn giám sát kiểm tra hồ sơ tại Trung tâm Phục vụ hành chính công xã.", "Lượt truy cập: 12.906"],
["Ngày 19/09/2025 | 08:50", "năm 2025", "hai cấp", "ngày 1/7/2025", "ngày 31/12/2025", "cuộc giám sát thứ hai", "Lượt truy cập: 12.906"]))

PAGES.append(page("b1753-vinhlong-mttq-tongket-2025", """
Hôm nay: Thứ Bảy, 27/12/2025
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị - Mặt trận
Cập nhật: 10:12, 26/12/2025 (GMT+7)
Mặt trận tỉnh Vĩnh Long tổng kết năm đầu tiên sau hợp nhất
Ngày 24/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là lần đầu tiên Mặt trận tỉnh tổng kết sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Toàn cảnh hội nghị. Ảnh: Hoài Thanh
Chủ trì hội nghị có đồng chí Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Kim Ngân, Sơn Minh Thắng, Phan Thị Thúy Hằng.
Theo báo cáo, Mặt trận các cấp đã thực hiện Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương, hoàn thành sắp xếp Ủy ban MTTQ ở 124 xã, phường; Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về lãnh đạo công tác giám sát, phản biện xã hội của Mặt trận và về phát huy vai trò ban công tác Mặt trận ở ấp, khóm sau sắp xếp. Năm 2025, Mặt trận các cấp chủ trì 1.460 cuộc giám sát, đưa ra 1.872 kiến nghị; tổ chức 41 hội nghị phản biện xã hội, góp ý 312 dự thảo văn bản. Quỹ "Vì người nghèo" các cấp tiếp nhận trên 96,4 tỷ đồng; cùng chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 8.215 căn nhà cho hộ nghèo, hộ có công.
Tại hội nghị, bà Kim Thị Sa Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Mỹ, chia sẻ kinh nghiệm giám sát việc bàn giao hồ sơ, trụ sở khi sáp nhập xã. Ông Lê Hoàng Phong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết hội đã giám sát việc cung ứng vật tư nông nghiệp tại 18 xã vùng ven biển. Ông Thạch Sa Rinh, Trưởng ban công tác Mặt trận ấp Ô Đùng, xã Hưng Mỹ, đề nghị duy trì phụ cấp cho các thành viên ban công tác Mặt trận.
Phát biểu kết luận, đồng chí Nguyễn Văn Thắng đề nghị năm 2026 Mặt trận các cấp tập trung giám sát việc thực hiện chính sách đối với cán bộ nghỉ việc do sắp xếp, hoạt động của chính quyền cấp xã; tổ chức tốt hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể và 62 cá nhân có thành tích xuất sắc trong công tác Mặt trận và phong trào thi đua của Mặt trận.
Hoài Thanh
Tin cùng chuyên mục
- Mặt trận tỉnh phản biện dự thảo nghị quyết về học phí (17/12/2025)
- Trà Cú: trao 30 căn nhà Đại đoàn kết cho đồng bào Khmer (10/12/2025)
- Hiệp thương lần thứ nhất chuẩn bị bầu cử (04/12/2025)
""", "2025-12-26", "Mặt trận tỉnh Vĩnh Long tổng kết năm đầu tiên sau hợp nhất",
E("tong_ket", "2025", "2025-12-24"),
[P("Nguyễn Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Minh Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Sa Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hưng Mỹ"),
 P("Lê Hoàng Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sa Rinh", "Trưởng ban công tác Mặt trận ấp Ô Đùng")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường", 124, "xã, phường"), Q("1.460 cuộc giám sát", 1460, "cuộc giám sát"),
 Q("1.872 kiến nghị", 1872, "kiến nghị"), Q("41 hội nghị phản biện xã hội", 41, "hội nghị phản biện xã hội"),
 Q("312 dự thảo văn bản", 312, "dự thảo văn bản"), Q("trên 96,4 tỷ đồng", 96400000000, "đồng", "over"),
 Q("8.215 căn nhà", 8215, "căn nhà"), Q("18 xã vùng ven biển", 18, "xã vùng ven biển"),
 Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW ngày 12/4/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hưng Mỹ")],
["Hôm nay: Thứ Bảy, 27/12/2025", "BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị - Mặt trận", "Toàn cảnh hội nghị. Ảnh: Hoài Thanh",
 "Vì người nghèo", "xóa nhà tạm, nhà dột nát"],
["Cập nhật: 10:12, 26/12/2025 (GMT+7)", "Hôm nay: Thứ Bảy, 27/12/2025", "năm 2025", "năm 2026", "khóa XVI", "năm đầu tiên"]))

PAGES.append(page("b1754-lamdong-mttq-phanbien-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Tin tức | Giám sát, phản biện xã hội
Thứ Năm, 15/01/2026
Phản biện dự thảo nghị quyết về người hoạt động không chuyên trách ở thôn, tổ dân phố
Ngày 13/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chức danh, số lượng, mức phụ cấp đối với người hoạt động không chuyên trách ở thôn, tổ dân phố. Đây là hội nghị phản biện đầu tiên trong chương trình phản biện xã hội năm 2026 của Mặt trận tỉnh.
Quang cảnh hội nghị. Ảnh: K'Sáu
Chủ trì hội nghị có đồng chí Cil Múp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Hán Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh. Tham dự có 56 đại biểu, trong đó có thành viên các hội đồng tư vấn, chủ tịch Ủy ban MTTQ một số xã, phường thuộc địa bàn các tỉnh Lâm Đồng, Đắk Nông, Bình Thuận trước đây.
Theo dự thảo, sau khi sắp xếp toàn tỉnh có 124 xã, phường, đặc khu với 3.977 thôn, tổ dân phố; mỗi thôn, tổ dân phố bố trí 3 người hoạt động không chuyên trách, gồm Bí thư Chi bộ, Trưởng thôn hoặc Tổ trưởng tổ dân phố và Trưởng ban công tác Mặt trận. Mức phụ cấp đề xuất từ 1,8 đến 2,3 lần mức lương cơ sở; tổng kinh phí mỗi năm khoảng 512 tỷ đồng. Dự thảo căn cứ Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ và Thông tư số 05/2025/TT-BNV của Bộ Nội vụ.
Phản biện tại hội nghị, ông K'Bròn, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, cho rằng các thôn vùng sâu người K'Ho, Mạ sống phân tán, cần tính thêm hệ số theo địa bàn. Bà Điểu Thị Lý, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín, đề nghị bổ sung phụ cấp cho chi hội trưởng các đoàn thể ở thôn vì đây là lực lượng nòng cốt trong giám sát cộng đồng. Ông Nguyễn Đức Lâm, Trưởng ban công tác Mặt trận tổ dân phố 4, phường Xuân Hương - Đà Lạt, kiến nghị không cắt giảm đột ngột số người hưởng phụ cấp ở các tổ dân phố đông dân.
Kết luận hội nghị, đồng chí Cil Múp cho biết Ban Thường trực ghi nhận 21 ý kiến phản biện, sẽ hoàn thiện văn bản phản biện gửi UBND tỉnh và Thường trực HĐND tỉnh. Năm 2026, Mặt trận tỉnh dự kiến chủ trì phản biện 6 dự thảo nghị quyết, tập trung vào các chính sách sau sắp xếp đơn vị hành chính.
Đồng chí Hán Thị Dung cho biết Mặt trận các cấp sẽ tiếp tục lấy ý kiến người dân ở thôn, tổ dân phố về dự thảo trước khi HĐND tỉnh xem xét, thông qua tại kỳ họp chuyên đề.
K'Sáu - Minh Hiền
Lượt xem: 326
Tin liên quan
- Mặt trận tỉnh tổng kết công tác năm 2025 (30/12/2025)
- Đam Rông: giám sát việc chi trả chính sách cho cán bộ nghỉ việc (22/12/2025)
- Trao 200 suất quà Tết cho hộ nghèo đồng bào dân tộc thiểu số (16/12/2025)
""", "2026-01-15", "Phản biện dự thảo nghị quyết về người hoạt động không chuyên trách ở thôn, tổ dân phố",
E("hoi_nghi", "2026", "2026-01-13"),
[P("Cil Múp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hán Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("K'Bròn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Điểu Thị Lý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Nguyễn Đức Lâm", "Trưởng ban công tác Mặt trận tổ dân phố 4")],
[Q("56 đại biểu", 56, "đại biểu"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("3.977 thôn, tổ dân phố", 3977, "thôn, tổ dân phố"), Q("3 người hoạt động không chuyên trách", 3, "người hoạt động không chuyên trách"),
 Q("khoảng 512 tỷ đồng", 512000000000, "đồng", "approx"), Q("21 ý kiến phản biện", 21, "ý kiến phản biện"),
 Q("6 dự thảo nghị quyết", 6, "dự thảo nghị quyết")],
[D("Nghị định", "33", "2023/NĐ-CP", "2023-06-10", "Chính phủ", "Nghị định số 33/2023/NĐ-CP ngày 10/6/2023"),
 D("Thông tư", "05", "2025/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 05/2025/TT-BNV")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Tín"), com("Xuân Hương - Đà Lạt")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức | Giám sát, phản biện xã hội", "Quang cảnh hội nghị. Ảnh: K'Sáu",
 "Lượt xem: 326"],
["Thứ Năm, 15/01/2026", "năm 2026", "từ 1,8 đến 2,3 lần mức lương cơ sở", "mỗi năm", "Lượt xem: 326"]))

PAGES.append(page("b1755-gialai-xaanlao-chandung-2026", """
BÁO GIA LAI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH GIA LAI
Xã hội › Người tốt - Việc tốt
2026-03-06 11:20
Người nữ Chủ tịch Mặt trận "gõ cửa" từng nhà
Hơn 12 năm làm công tác Mặt trận ở vùng núi, bà Đinh Thị Hiếp, người Ba Na, nay là Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, được bà con gọi thân mật là "cán bộ gõ cửa", bởi mỗi cuộc giám sát bà đều bắt đầu bằng việc đến từng nhà nghe dân nói.
Bà Đinh Thị Hiếp (bìa phải) trò chuyện với người dân làng Xà Tang.
Xã An Lão mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn An Lão và các xã An Tân, An Hòa của huyện An Lão, tỉnh Bình Định trước đây, nay thuộc tỉnh Gia Lai. Xã có hơn 4.100 hộ, trong đó đồng bào Ba Na, Hrê chiếm gần 60%.
Nhớ lại những ngày đầu, bà Hiếp kể: năm 2014, khi được bầu làm Phó Chủ tịch Ủy ban MTTQ xã An Tân, bà chưa biết lập kế hoạch giám sát. "Có lần đi giám sát việc cấp bò giống, tôi chỉ xem sổ sách ở xã. Về sau già làng Đinh Văn Krôi nói nhỏ: phải đến chuồng bò mới biết con bò gầy hay béo", bà cười. Từ đó, mỗi cuộc giám sát, bà đều cùng các thành viên Ban Thanh tra nhân dân đến tận hộ dân.
Trong nhiệm kỳ 2019 - 2024, khi bà đứng đầu Mặt trận xã An Tân, Mặt trận xã đã tổ chức 18 cuộc giám sát, đưa ra 43 kiến nghị; phát hiện 9 hộ không đủ điều kiện nhưng vẫn nhận hỗ trợ nhà ở, kiến nghị thu hồi 360 triệu đồng. Bà cũng vận động 37 hộ hiến gần 6.000 m2 đất làm đường bê tông vào khu sản xuất.
Ông Đinh Văn Giáo, Trưởng thôn Xà Tang, cho biết nhờ Mặt trận giám sát mà 26 hộ trong thôn được cấp đúng giống keo, đúng thời vụ. Ông Nguyễn Văn Hùng, Chủ tịch UBND xã An Lão, nhận xét bà Hiếp "nói ít, làm nhiều, và nói gì cũng có sổ sách làm chứng".
Năm 2025, bà được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì thành tích xuất sắc trong thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị. Bà chia sẻ, sau sắp xếp, địa bàn rộng gấp ba, bà lập 4 tổ giám sát theo cụm thôn, mỗi tổ có người biết tiếng Ba Na, tiếng Hrê. Hiện Mặt trận xã đang giám sát việc chi trả chính sách cho 21 cán bộ nghỉ việc do sắp xếp theo Nghị định số 178/2024/NĐ-CP của Chính phủ.
Với bà, công việc Mặt trận "không có giờ hành chính". Điện thoại của bà luôn mở để bà con gọi bất cứ lúc nào, kể cả những đêm mưa lũ khi đường vào các làng bị chia cắt.
Bài và ảnh: Hồng Nhung
Lượt xem: 2.047
Tin liên quan
- Gương sáng người có uy tín ở vùng đồng bào dân tộc thiểu số (27/02/2026)
- An Lão: 100% thôn có ban công tác Mặt trận kiện toàn sau sắp xếp (18/02/2026)
- Người thầy mang chữ lên làng (10/02/2026)
""", "2026-03-06", 'Người nữ Chủ tịch Mặt trận "gõ cửa" từng nhà',
E("khac", None, None),
[P("Đinh Thị Hiếp", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão", "Phó Chủ tịch Ủy ban MTTQ xã An Tân"),
 P("Đinh Văn Krôi", "già làng"),
 P("Đinh Văn Giáo", "Trưởng thôn Xà Tang"),
 P("Nguyễn Văn Hùng", "Chủ tịch UBND xã An Lão")],
[Q("hơn 4.100 hộ", 4100, "hộ", "over"), Q("gần 60%", 60, "%", "approx"), Q("18 cuộc giám sát", 18, "cuộc giám sát"),
 Q("43 kiến nghị", 43, "kiến nghị"), Q("9 hộ", 9, "hộ"), Q("360 triệu đồng", 360000000, "đồng"), Q("37 hộ", 37, "hộ"),
 Q("gần 6.000 m2", 6000, "m2", "approx"), Q("26 hộ", 26, "hộ"), Q("4 tổ giám sát", 4, "tổ giám sát"),
 Q("21 cán bộ", 21, "cán bộ")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("An Tân"), com("An Hòa")],
["BÁO GIA LAI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH GIA LAI", "Xã hội › Người tốt - Việc tốt",
 "Bà Đinh Thị Hiếp (bìa phải) trò chuyện với người dân làng Xà Tang.", "cán bộ gõ cửa", "Lượt xem: 2.047"],
["2026-03-06 11:20", "Hơn 12 năm", "năm 2014", "nhiệm kỳ 2019 - 2024", "Năm 2025", "rộng gấp ba", "Lượt xem: 2.047"]))

PAGES.append(page("b1756-cantho-mttq-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin hoạt động >> Mặt trận thành phố
Thứ Sáu, 17/04/2026 - 09:05
Đồng chí Lâm Sa Phia phát biểu tại hội nghị.
Giao ban quý I/2026: Mặt trận các cấp đưa 327 kiến nghị sau giám sát
Ngày 14/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2026 với Ủy ban MTTQ 103 xã, phường. Chủ trì hội nghị có đồng chí Trần Thanh Bình, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố và đồng chí Lâm Sa Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Liên đoàn Lao động thành phố.
Báo cáo tại hội nghị cho biết, quý I, Mặt trận các cấp tập trung hiệp thương, giới thiệu người ứng cử và giám sát việc tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Mặt trận các cấp đã tổ chức 215 cuộc giám sát, đưa ra 327 kiến nghị, đến nay 164 kiến nghị đã được trả lời; tổ chức 7 hội nghị phản biện xã hội, trong đó cấp thành phố 2 hội nghị về dự thảo nghị quyết hỗ trợ học phí và về quy hoạch chợ. Dịp Tết Bính Ngọ, Mặt trận các cấp trao 48.500 suất quà cho hộ nghèo, hộ cận nghèo, tổng trị giá trên 39,6 tỷ đồng.
Ban Thường trực đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 27-KH/TU thực hiện Nghị quyết 43-NQ/TW ngày 24/11/2023 của BCH Trung ương trong tình hình mới; ban hành Hướng dẫn số 04/HD-MTTQ-BTT ngày 6/2/2026 về nội dung giám sát hoạt động của chính quyền cấp xã năm 2026.
Tại hội nghị, bà Thạch Thị Huyền, Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, cho biết qua giám sát, Mặt trận xã phát hiện 11 trường hợp hưởng sai chế độ bảo trợ xã hội. Ông Trần Lìu Cường, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Vị Thanh, phản ánh nhiều kiến nghị về sạt lở bờ sông chưa được trả lời. Ông Huỳnh Tấn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Kiều, đề nghị thành phố sớm có quy chế phối hợp giữa Mặt trận với chính quyền cấp xã sau sắp xếp.
Phát biểu kết luận, đồng chí Trần Thanh Bình yêu cầu quý II Mặt trận các cấp theo dõi việc trả lời 163 kiến nghị còn lại, tổ chức giám sát chuyên đề về an toàn thực phẩm trong trường học và phản biện dự thảo nghị quyết về chính sách thu hút nhân lực y tế. Thành phố Cần Thơ mới được hình thành từ thành phố Cần Thơ và các tỉnh Sóc Trăng, Hậu Giang; Mặt trận cần chú ý nắm tình hình tư tưởng của đồng bào Khmer, Hoa ở các xã, phường.
Thanh Trúc
Lượt xem: 541
Tin liên quan
- Mặt trận thành phố phản biện dự thảo nghị quyết hỗ trợ học phí (02/04/2026)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo (20/03/2026)
- Kết quả bầu cử đại biểu HĐND thành phố nhiệm kỳ 2026 - 2031 (18/03/2026)
""", "2026-04-17", "Giao ban quý I/2026: Mặt trận các cấp đưa 327 kiến nghị sau giám sát",
E("giao_ban", "2026-Q1", "2026-04-14"),
[P("Lâm Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Trần Thanh Bình", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Thị Huyền", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng"),
 P("Trần Lìu Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Vị Thanh"),
 P("Huỳnh Tấn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Kiều")],
[Q("327 kiến nghị", 327, "kiến nghị"), Q("103 xã, phường", 103, "xã, phường"), Q("215 cuộc giám sát", 215, "cuộc giám sát"),
 Q("164 kiến nghị", 164, "kiến nghị"), Q("7 hội nghị phản biện xã hội", 7, "hội nghị phản biện xã hội"),
 Q("2 hội nghị", 2, "hội nghị"), Q("48.500 suất quà", 48500, "suất quà"), Q("trên 39,6 tỷ đồng", 39600000000, "đồng", "over"),
 Q("11 trường hợp", 11, "trường hợp"), Q("163 kiến nghị", 163, "kiến nghị")],
[D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 27-KH/TU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết 43-NQ/TW ngày 24/11/2023"),
 D("Hướng dẫn", "04", "HD-MTTQ-BTT", "2026-02-06", "Ban Thường trực", "Hướng dẫn số 04/HD-MTTQ-BTT ngày 6/2/2026")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Vị Thanh"), com("Ninh Kiều")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin hoạt động >> Mặt trận thành phố",
 "Đồng chí Lâm Sa Phia phát biểu tại hội nghị.", "Lượt xem: 541"],
["Thứ Sáu, 17/04/2026 - 09:05", "quý I năm 2026", "quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Tết Bính Ngọ", "quý II", "năm 2026", "Lượt xem: 541"]))
