from lib import *
PAGES = []

PAGES.append(page("b5075-soctrang-xavinhhai-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU - TỈNH SÓC TRĂNG
Trang chủ > Tin tức > Hoạt động của Đảng ủy
Thứ Sáu, 15/09/2017
Đảng ủy xã Vĩnh Hải đối thoại với nhân dân năm 2017
Sáng 14/9, Đảng ủy xã Vĩnh Hải phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Lý Sô Phal, Bí thư Đảng ủy xã chủ trì; tham dự có 150 đại biểu là người có uy tín, chức sắc tôn giáo, cộng tác viên dư luận xã hội và nhân dân 12 ấp.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Buổi đối thoại được tổ chức theo Kế hoạch số 45-KH/ĐU ngày 10/8/2017 của Đảng ủy xã, thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn và Quyết định số 23-QĐ/ĐU về quy chế tiếp xúc, đối thoại với nhân dân. Trước buổi đối thoại, tổ cộng tác viên dư luận xã hội của xã đã đến từng ấp nghe ý kiến, tổng hợp được 14 ý kiến gửi tới Đảng ủy.
Bà Thạch Thị Sa Muôl, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, thông tin về tình hình kinh tế - xã hội 9 tháng; toàn xã hiện có 2.460 hộ, trong đó 1.126 hộ đồng bào Khmer, còn 28 hộ nghèo, chiếm 1,14%. Năm 2017, xã đã hỗ trợ 180 triệu đồng cho hộ nuôi tôm gặp rủi ro.
Tại buổi đối thoại, ông Tăng Văn Tốt ở ấp Hòa Giầu phản ánh có 12 hộ nuôi tôm bị thiệt hại do nguồn nước nhiễm mặn bất thường, đề nghị xã kiến nghị cấp trên hỗ trợ con giống. Bà Lâm Thị Chanh Thu, ấp Âu Thọ B, hỏi về tiến độ làm đường đal liên ấp; Đại đức Thạch Sóc Hênh, trụ trì chùa Prếk Chóp, đề nghị quan tâm hơn tới lớp dạy chữ Khmer hè cho con em đồng bào. Ông Sơn Ngọc Hên, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết có 3 trường hợp chuyển nhượng đất trái phép đang được xem xét.
Trả lời các ý kiến, đồng chí Kim Sóc Kha, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã đã đề nghị thị xã hỗ trợ 50% giá con giống cho các hộ bị thiệt hại; tuyến đường đal ấp Âu Thọ B dài 1,2 km sẽ khởi công trong tháng 11 với vốn nhân dân đóng góp khoảng 420 triệu đồng. Những ý kiến vượt thẩm quyền được xã ghi nhận, báo cáo Thị ủy Vĩnh Châu và Ban Dân vận Tỉnh ủy Sóc Trăng.
Kết luận buổi đối thoại, đồng chí Lý Sô Phal yêu cầu các ngành trả lời bằng văn bản các ý kiến còn lại trong 15 ngày; giao khối dân vận xã theo dõi dư luận sau đối thoại, báo cáo Ban Thường vụ Đảng ủy. Đồng chí nhấn mạnh phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" phải được thực hiện thực chất ở từng ấp.
Sơn Chanh Đa - Đài Truyền thanh xã
Lượt truy cập: 45.210
Tin khác
- Xã Vĩnh Hải ra quân làm đường giao thông nông thôn (05/09/2017)
- Hội nghị sơ kết công tác Mặt trận 9 tháng (28/08/2017)
- Trao 10 căn nhà Đại đoàn kết cho hộ nghèo Khmer (16/08/2017)
""", "2017-09-15", "Đảng ủy xã Vĩnh Hải đối thoại với nhân dân năm 2017",
E("doi_thoai", "2017", "2017-09-14"),
[P("Lý Sô Phal", "Bí thư Đảng ủy xã"),
 P("Thạch Thị Sa Muôl", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Tăng Văn Tốt"),
 P("Lâm Thị Chanh Thu"),
 P("Thạch Sóc Hênh", "Đại đức", "trụ trì chùa Prếk Chóp"),
 P("Sơn Ngọc Hên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kim Sóc Kha", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("12 ấp", 12, "ấp"), Q("14 ý kiến", 14, "ý kiến"), Q("2.460 hộ", 2460, "hộ"),
 Q("1.126 hộ đồng bào Khmer", 1126, "hộ đồng bào Khmer"), Q("28 hộ nghèo", 28, "hộ nghèo"), Q("1,14%", 1.14, "%"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("3 trường hợp", 3, "trường hợp"), Q("50%", 50, "%"),
 Q("1,2 km", 1.2, "km"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx")],
[D("Kế hoạch", "45", "KH/ĐU", "2017-08-10", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 10/8/2017"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Quyết định", "23", "QĐ/ĐU", None, None, "Quyết định số 23-QĐ/ĐU")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU - TỈNH SÓC TRĂNG", "Trang chủ > Tin tức > Hoạt động của Đảng ủy",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Lượt truy cập: 45.210", "Hòa Giầu", "Âu Thọ B"],
["Thứ Sáu, 15/09/2017", "năm 2017", "9 tháng", "15 ngày", "tháng 11", "Lượt truy cập: 45.210"]))

PAGES.append(page("b5076-hatinh-mttq-giamsat-kienn-2018", """
Báo Hà Tĩnh điện tử
Chính trị | Mặt trận - Đoàn thể
Cập nhật lúc 09:10 ngày 06/11/2018
MTTQ tỉnh giám sát việc giải quyết ý kiến, kiến nghị của nhân dân tại Kỳ Anh
(Baohatinh.vn) - Ngày 5/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh do bà Phan Thị Minh Hòa, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, giải quyết ý kiến, kiến nghị của cử tri và dư luận nhân dân năm 2018 tại UBND huyện Kỳ Anh.
Đoàn giám sát làm việc tại UBND huyện Kỳ Anh. Ảnh: Thu Hằng
Cuộc giám sát thực hiện Quyết định số 1245/QĐ-MTTQ-BTT ngày 20/9/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, Kế hoạch số 102/KH-MTTQ-BTT về giám sát năm 2018, căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Theo báo cáo của UBND huyện do ông Nguyễn Hữu Phước, Phó Chủ tịch UBND huyện Kỳ Anh trình bày, từ đầu năm đến nay huyện đã tiếp nhận 386 ý kiến, kiến nghị qua các kỳ tiếp xúc cử tri, đối thoại và qua mạng lưới cộng tác viên dư luận ở 21 xã; đã giải quyết 341 ý kiến, đạt 88,3%. Còn 45 ý kiến chưa được trả lời, chủ yếu liên quan đến bồi thường, tái định cư tại Khu kinh tế Vũng Áng và 17 vụ việc khiếu nại kéo dài. Huyện đã chi trả trên 12 tỷ đồng tiền hỗ trợ cho 1.620 hộ dân bị ảnh hưởng.
Các thành viên đoàn giám sát: ông Lê Đình Thông, bà Trần Thị Ngọc Ánh - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, đã trao đổi, làm rõ nguyên nhân chậm trả lời kiến nghị ở xã Kỳ Xuân và xã Kỳ Phú. Ông Võ Văn Kiên, Chánh Văn phòng HĐND - UBND huyện, cho biết có 6 trường hợp kiến nghị trùng lặp, gửi nhiều nơi, khiến việc tổng hợp mất thời gian.
Bà Hồ Thị Thanh Mai, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Anh, đề nghị UBND huyện công khai kết quả giải quyết tại nhà văn hóa các thôn để người dân theo dõi; Mặt trận huyện sẽ phối hợp tổ chức 3 cuộc đối thoại trong tháng 12.
Kết luận buổi giám sát, bà Phan Thị Minh Hòa ghi nhận những cố gắng của huyện, đồng thời đề nghị rà soát, phân loại 45 ý kiến còn tồn đọng, có lộ trình giải quyết và trả lời bằng văn bản; phát huy vai trò của 318 cộng tác viên dư luận xã hội cấp xã, không để vụ việc phức tạp, tụ tập đông người xảy ra. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và gửi UBND tỉnh.
Thu Hằng
Tin liên quan
- Cử tri Vũng Áng kiến nghị về môi trường (30/10/2018)
- MTTQ Hà Tĩnh phản biện dự thảo quy định về đất ở (18/10/2018)
- 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị (02/10/2018)
- Can Lộc: 1.500 hộ hiến đất làm đường (25/09/2018)
- Hương Sơn đối thoại với người dân về giá đất bồi thường (12/09/2018)
""", "2018-11-06", "MTTQ tỉnh giám sát việc giải quyết ý kiến, kiến nghị của nhân dân tại Kỳ Anh",
E("giam_sat", "2018", "2018-11-05"),
[P("Phan Thị Minh Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND huyện Kỳ Anh"),
 P("Lê Đình Thông", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Thị Ngọc Ánh", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Võ Văn Kiên", "Chánh Văn phòng HĐND - UBND huyện"),
 P("Hồ Thị Thanh Mai", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Anh")],
[Q("386 ý kiến, kiến nghị", 386, "ý kiến, kiến nghị"), Q("21 xã", 21, "xã"), Q("341 ý kiến", 341, "ý kiến"),
 Q("88,3%", 88.3, "%"), Q("45 ý kiến", 45, "ý kiến"), Q("17 vụ việc khiếu nại kéo dài", 17, "vụ việc khiếu nại kéo dài"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("1.620 hộ dân", 1620, "hộ dân"), Q("6 trường hợp", 6, "trường hợp"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("318 cộng tác viên dư luận xã hội cấp xã", 318, "cộng tác viên dư luận xã hội cấp xã")],
[D("Quyết định", "1245", "QĐ-MTTQ-BTT", "2018-09-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 1245/QĐ-MTTQ-BTT ngày 20/9/2018"),
 D("Kế hoạch", "102", "KH-MTTQ-BTT", None, None, "Kế hoạch số 102/KH-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Hà Tĩnh"), com("Kỳ Xuân"), com("Kỳ Phú")],
["Báo Hà Tĩnh điện tử", "Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND huyện Kỳ Anh. Ảnh: Thu Hằng",
 "(Baohatinh.vn)", "Khu kinh tế Vũng Áng"],
["Cập nhật lúc 09:10 ngày 06/11/2018", "năm 2018", "tháng 12"]))

PAGES.append(page("b5077-daklak-bdvtu-giaoban-t10-2019", """
Hôm nay: Thứ Ba, 05/11/2019
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ › Tin tức › Hoạt động Ban Dân vận
01.11.2019 | 07:50
Dư luận quan tâm giá cà phê và đất sản xuất của đồng bào
Chiều 31/10, Ban Dân vận Tỉnh ủy Đắk Lắk chủ trì giao ban khối dân vận và công tác dư luận xã hội tháng 10/2019. Đồng chí Y Bhin Mlô, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đại diện Ban Tuyên giáo Tỉnh ủy, Ban Dân tộc tỉnh, Ủy ban MTTQ tỉnh, các đoàn thể và ban dân vận 15 huyện, thị xã, thành phố.
Đồng chí Y Bhin Mlô kết luận buổi giao ban.
Theo báo cáo, trong tháng 10, mạng lưới 260 cộng tác viên dư luận xã hội ở 184 xã, phường, thị trấn đã gửi về 19 báo cáo. Dư luận quan tâm nhiều nhất là giá cà phê nhân xô xuống còn khoảng 33.000 đồng/kg, thấp nhất trong nhiều năm; tình trạng thiếu đất sản xuất của 42 hộ di cư tự do ở huyện Ea Súp và việc thu hồi đất nông, lâm trường. Trong tháng xảy ra 7 vụ tụ tập đông người, 3 vụ việc truyền đạo trái pháp luật và 2 vụ tranh chấp đất rẫy giữa hai buôn ở xã Ea Rốk, đều đã được vận động, giải quyết ổn định.
Đồng chí H'Ngia Êban, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin việc triển khai Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và vùng có đạo; Chương trình hành động số 14-CTr/TU về nâng cao hiệu quả nắm bắt tình hình nhân dân; Quyết định số 1173/QĐ-UBND ngày 12/6/2019 của UBND tỉnh về hỗ trợ đất sản xuất. Qua khảo sát nhanh, 85% ý kiến đồng tình với chủ trương sắp xếp lại dân di cư tự do.
Ông Y Thái Byă, Phó Trưởng Ban Dân tộc tỉnh, cho biết đã có 1.240 hộ đồng bào tại chỗ được giao đất sản xuất. Bà H'Luyên Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các đoàn thể phối hợp chặt chẽ hơn trong trao đổi thông tin, nhất là với người có uy tín trong các buôn. Ông Ama Kim, Trưởng buôn Tơng Jú, xã Ea Kao, phản ánh người dân lo lắng khi thương lái ép giá.
Kết luận, đồng chí Y Bhin Mlô đề nghị tháng 11 tập trung nắm dư luận về thu hoạch cà phê, phòng chống trộm cắp nông sản; các ban dân vận cấp huyện báo cáo ngay các vụ việc phát sinh, không để kéo dài; chuẩn bị tổng kết công tác dân vận năm 2019.
Cũng tại buổi giao ban, đại diện Ban Tuyên giáo Tỉnh ủy thông tin trong tháng đã phát hiện 26 tài khoản mạng xã hội đăng tải nội dung xuyên tạc về vấn đề dân tộc, tôn giáo; đề nghị các cộng tác viên không chia sẻ, bình luận, kịp thời báo cáo khi phát hiện.
Y Phương
Tin liên quan
- Giao ban dân vận tháng 9/2019 (02/10/2019)
- Krông Pắc: ra mắt mô hình "Dân vận khéo" ở buôn Ea Kmar (20/09/2019)
- Đắk Lắk tuyên dương 120 người có uy tín (12/09/2019)
- Buôn Đôn: đối thoại với đồng bào về đất sản xuất (05/09/2019)
""", "2019-11-01", "Dư luận quan tâm giá cà phê và đất sản xuất của đồng bào",
E("giao_ban", "2019-10", "2019-10-31"),
[P("Y Bhin Mlô", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Ngia Êban", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thái Byă", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("H'Luyên Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ama Kim", "Trưởng buôn Tơng Jú")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("260 cộng tác viên dư luận xã hội", 260, "cộng tác viên dư luận xã hội"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("19 báo cáo", 19, "báo cáo"),
 Q("khoảng 33.000 đồng", 33000, "đồng", "approx"), Q("42 hộ di cư tự do", 42, "hộ di cư tự do"),
 Q("7 vụ tụ tập đông người", 7, "vụ tụ tập đông người"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("2 vụ tranh chấp đất rẫy", 2, "vụ tranh chấp đất rẫy"), Q("85%", 85, "%"), Q("1.240 hộ đồng bào tại chỗ", 1240, "hộ đồng bào tại chỗ"),
 Q("26 tài khoản mạng xã hội", 26, "tài khoản mạng xã hội")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Chương trình hành động", "14", "CTr/TU", None, None, "Chương trình hành động số 14-CTr/TU"),
 D("Quyết định", "1173", "QĐ-UBND", "2019-06-12", "UBND tỉnh", "Quyết định số 1173/QĐ-UBND ngày 12/6/2019")],
[prov("Đắk Lắk"), com("Ea Rốk"), com("Ea Kao")],
["Hôm nay: Thứ Ba, 05/11/2019", "BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ › Tin tức › Hoạt động Ban Dân vận",
 "Đồng chí Y Bhin Mlô kết luận buổi giao ban."],
["Hôm nay: Thứ Ba, 05/11/2019", "01.11.2019 | 07:50", "tháng 10/2019", "tháng 11", "năm 2019"]))

PAGES.append(page("b5078-binhduong-phuongtandinh-daihoi-mttq-2019", """
Báo Bình Dương Online
Chính trị - Xã hội / Mặt trận
20/05/2019 | 16:30
Đại hội đại biểu MTTQ Việt Nam phường Tân Định lần thứ XII
(BDO) Ngày 18/5, Ủy ban MTTQ Việt Nam phường Tân Định, thị xã Bến Cát tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2019 - 2024. Về dự có bà Nguyễn Thị Bích Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương; ông Đặng Minh Trí, Bí thư Đảng ủy phường và 135 đại biểu đại diện cho các tầng lớp nhân dân.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Duy
Báo cáo tại đại hội cho biết, nhiệm kỳ qua Mặt trận phường đã phát huy vai trò nắm bắt tâm tư, nguyện vọng và dư luận của nhân dân, đặc biệt là công nhân trọ ở 9 khu phố. Qua các kỳ tiếp xúc cử tri, hội nghị đối thoại và tổ cộng tác viên dư luận, Mặt trận đã tổng hợp 1.245 ý kiến, kiến nghị gửi đến cấp ủy, chính quyền; 98,6% ý kiến đã được trả lời, giải quyết. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng; Quỹ "Vì người nghèo" vận động được 2,3 tỷ đồng, xây dựng và sửa chữa 126 căn nhà đại đoàn kết.
Đại hội đã quán triệt Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về lãnh đạo đại hội Mặt trận Tổ quốc các cấp, Kế hoạch số 56-KH/ĐU của Đảng ủy phường và Hướng dẫn số 10/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Nhiệm kỳ 2019 - 2024, đại hội đề ra mục tiêu phấn đấu có ít nhất 95% khu phố đạt danh hiệu văn hóa, tiếp nhận và phản ánh 100% ý kiến của nhân dân tới cấp có thẩm quyền.
Phát biểu chỉ đạo, bà Nguyễn Thị Bích Thủy đề nghị Mặt trận phường chú trọng lắng nghe dư luận trong khu nhà trọ, nơi có khoảng 18.000 công nhân lao động ngoại tỉnh sinh sống; phát huy vai trò của 72 tổ nhân dân tự quản và Ban công tác Mặt trận ở các khu phố.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam phường khóa XII. Ông Huỳnh Văn Sơn được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định khóa XII; bà Lê Thị Ngọc Hân, ông Trần Văn Bé - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường. Đại hội cũng bầu 4 đại biểu dự Đại hội đại biểu MTTQ Việt Nam thị xã Bến Cát.
Trong phần thảo luận, ông Phan Văn Út, Trưởng Ban công tác Mặt trận khu phố 3, cho biết mỗi quý khu phố tổ chức ít nhất 1 buổi lắng nghe ý kiến người dân và công nhân trọ; nhiều kiến nghị về an ninh trật tự, vệ sinh môi trường đã được phường giải quyết ngay. Bà Lê Thị Ngọc Hân kiến nghị có chế độ hỗ trợ cho 52 thành viên các Ban công tác Mặt trận.
Minh Duy
Bài viết liên quan
- Phường Mỹ Phước tổ chức đại hội Mặt trận điểm (10/05/2019)
- Bến Cát: 14 đơn vị hoàn thành đại hội Mặt trận cơ sở (05/05/2019)
- Mặt trận tỉnh tập huấn công tác đại hội (20/04/2019)
""", "2019-05-20", "Đại hội đại biểu MTTQ Việt Nam phường Tân Định lần thứ XII",
E("dai_hoi", None, "2019-05-18"),
[P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương"),
 P("Đặng Minh Trí", "Bí thư Đảng ủy phường"),
 P("Huỳnh Văn Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định khóa XII"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Văn Bé", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phan Văn Út", "Trưởng Ban công tác Mặt trận khu phố 3")],
[Q("135 đại biểu", 135, "đại biểu"), Q("9 khu phố", 9, "khu phố"), Q("1.245 ý kiến, kiến nghị", 1245, "ý kiến, kiến nghị"),
 Q("98,6%", 98.6, "%"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("126 căn nhà đại đoàn kết", 126, "căn nhà đại đoàn kết"),
 Q("ít nhất 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("khoảng 18.000 công nhân lao động ngoại tỉnh", 18000, "công nhân lao động ngoại tỉnh", "approx"),
 Q("72 tổ nhân dân tự quản", 72, "tổ nhân dân tự quản"), Q("31 vị", 31, "vị"), Q("4 đại biểu", 4, "đại biểu"),
 Q("ít nhất 1 buổi", 1, "buổi", "over"), Q("52 thành viên", 52, "thành viên")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "56", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 56-KH/ĐU"),
 D("Hướng dẫn", "10", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 10/HD-MTTW-BTT")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Chính trị - Xã hội / Mặt trận", "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Duy", "(BDO)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo"],
["20/05/2019 | 16:30", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "khóa XII"]))

PAGES.append(page("b5079-haiphong-btgthu-soket-covid-2020", """
BAN TUYÊN GIÁO THÀNH ỦY HẢI PHÒNG
Trang chủ >> Tin hoạt động >> Dư luận xã hội
Thứ Ba, 14/07/2020, 10:20
Dư luận đồng tình cao với các biện pháp phòng, chống dịch COVID-19
Ngày 13/7, Ban Tuyên giáo Thành ủy Hải Phòng tổ chức hội nghị sơ kết công tác dư luận xã hội 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đào Khánh Toàn, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Thành ủy chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng đầu năm, mạng lưới 350 cộng tác viên dư luận xã hội ở 15 quận, huyện và 217 xã, phường, thị trấn đã phản ánh kịp thời tâm trạng nhân dân trong thời gian thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch. Kết quả điều tra nhanh với 2.000 phiếu cho thấy 96,2% người được hỏi đồng tình với các biện pháp cách ly xã hội.
Dư luận cũng quan tâm việc thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch. Thành phố đã hỗ trợ hơn 210 tỷ đồng cho trên 48.000 hộ và người lao động; tuy nhiên có ý kiến phản ánh việc lập danh sách ở một số phường còn chậm, chưa công khai. Cơ quan chức năng đã xử lý 12 trường hợp đưa tin sai sự thật về dịch bệnh trên mạng xã hội.
Đồng chí Vũ Thị Minh Nguyệt, Trưởng phòng Tuyên truyền - Báo chí - Xuất bản Ban Tuyên giáo Thành ủy, cho biết Ban đã ban hành Kế hoạch 145, 146-KH/BTGTU về định hướng dư luận trong phòng, chống dịch và về tuyên truyền đại hội đảng bộ các cấp. Các đồng chí Phó Trưởng Ban Tuyên giáo Quận ủy Lê Chân: Nguyễn Văn Hậu, Bùi Thị Thanh Hương chia sẻ cách lập nhóm Zalo cộng tác viên ở 15 phường để trao đổi thông tin nhanh. Đồng chí Phạm Quang Thiều, Bí thư Đảng ủy phường Hàng Kênh, cho biết phường đã tổ chức 28 buổi sinh hoạt tổ dân phố để giải thích chính sách hỗ trợ.
Ông Lương Văn Dũng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị tiếp tục theo dõi dư luận về việc làm của công nhân các khu công nghiệp, nơi có khoảng 12.000 lao động tạm nghỉ việc. Ở xã Lập Lễ, huyện Thủy Nguyên, người dân kiến nghị sớm giải quyết việc nuôi trồng thủy sản bị ảnh hưởng bởi dự án cảng.
Kết luận, đồng chí Đào Khánh Toàn yêu cầu 6 tháng cuối năm tập trung nắm dư luận về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; không chủ quan trước diễn biến của dịch bệnh.
Hoàng Anh
Tin khác
- Hội nghị báo cáo viên Thành ủy tháng 6 (30/06/2020)
- Kiến Thụy tuyên truyền đại hội đảng bộ cơ sở (18/06/2020)
- Thủy Nguyên giao ban công tác dư luận xã hội quý II (10/06/2020)
""", "2020-07-14", "Dư luận đồng tình cao với các biện pháp phòng, chống dịch COVID-19",
E("so_ket", "2020-H1", "2020-07-13"),
[P("Đào Khánh Toàn", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Thành ủy"),
 P("Vũ Thị Minh Nguyệt", "Trưởng phòng Tuyên truyền - Báo chí - Xuất bản Ban Tuyên giáo Thành ủy"),
 P("Nguyễn Văn Hậu", "Phó Trưởng Ban Tuyên giáo Quận ủy Lê Chân"),
 P("Bùi Thị Thanh Hương", "Phó Trưởng Ban Tuyên giáo Quận ủy Lê Chân"),
 P("Phạm Quang Thiều", "Bí thư Đảng ủy phường Hàng Kênh"),
 P("Lương Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("350 cộng tác viên dư luận xã hội", 350, "cộng tác viên dư luận xã hội"), Q("15 quận, huyện", 15, "quận, huyện"),
 Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn"), Q("2.000 phiếu", 2000, "phiếu"), Q("96,2%", 96.2, "%"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("trên 48.000 hộ và người lao động", 48000, "hộ và người lao động", "over"),
 Q("12 trường hợp", 12, "trường hợp"), Q("15 phường", 15, "phường"), Q("28 buổi sinh hoạt tổ dân phố", 28, "buổi sinh hoạt tổ dân phố"),
 Q("khoảng 12.000 lao động", 12000, "lao động", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "145", "KH/BTGTU", None, None, "Kế hoạch 145, 146-KH/BTGTU"),
 D("Kế hoạch", "146", "KH/BTGTU", None, None, "Kế hoạch 145, 146-KH/BTGTU")],
[prov("Hải Phòng"), com("Hàng Kênh"), com("Lập Lễ")],
["BAN TUYÊN GIÁO THÀNH ỦY HẢI PHÒNG", "Trang chủ >> Tin hoạt động >> Dư luận xã hội", "Toàn cảnh hội nghị sơ kết.", "Zalo", "Đại hội XIII"],
["Thứ Ba, 14/07/2020, 10:20", "6 tháng đầu năm 2020", "6 tháng cuối năm", "COVID-19", "Đại hội XIII"]))

PAGES.append(page("b5080-kontum-mttq-tongket-2021", """
Hôm nay: Thứ Hai, 27/12/2021
BÁO KON TUM ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
24 tháng 12, 2021 | 15:00
Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh tặng giấy khen cho các cộng tác viên.
Tôn vinh 40 cộng tác viên dư luận xã hội tiêu biểu
Ngày 23/12, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị tổng kết công tác Mặt trận năm 2021, triển khai nhiệm vụ năm 2022 và tôn vinh 40 cộng tác viên dư luận xã hội tiêu biểu. Hội nghị được tổ chức trực tuyến tới 23 điểm cầu. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2021, Mặt trận các cấp đã tổng hợp 1.512 ý kiến, kiến nghị của cử tri và nhân dân gửi tới kỳ họp HĐND các cấp; qua mạng lưới cộng tác viên ở 102 xã, phường, thị trấn đã nắm và phản ánh kịp thời tâm trạng nhân dân trong thời gian giãn cách do dịch COVID-19. Quỹ "Vì người nghèo" các cấp vận động trên 4,6 tỷ đồng, hỗ trợ 376 hộ nghèo xây nhà, sửa nhà; 215 hộ thoát nghèo trong năm.
Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Thúy, Trần Văn Sơn, A Khoan lần lượt báo cáo kết quả thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò Mặt trận trong nắm bắt tình hình nhân dân và về vận động đồng bào Xơ Đăng, Ba Na giữ rừng; Kế hoạch số 112/KH-MTTQ-BTT về giám sát việc giải quyết kiến nghị cử tri; Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Tham luận tại hội nghị, bà Y Sương, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Na, cho biết tổ cộng tác viên của xã gồm 11 người, đều là người dân tộc Xơ Đăng, mỗi tháng họp 1 lần để tổng hợp ý kiến người dân. Ông A Rơng, người có uy tín làng Kon Bông, xã Đăk Na, kể lại việc vận động 17 hộ không nghe theo kẻ xấu đi theo "Hà Mòn". Đồng chí A Dũng vừa được bổ nhiệm làm Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, giới thiệu cách phân loại kiến nghị theo lĩnh vực.
Kết luận hội nghị, đồng chí A Pớt yêu cầu năm 2022 Mặt trận các cấp phấn đấu giải quyết 80% trở lên kiến nghị của cử tri ngay từ cơ sở; duy trì giao ban dư luận hằng quý. Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 40 cộng tác viên dư luận xã hội tiêu biểu và 8 tập thể xuất sắc, mỗi cộng tác viên kèm theo tiền thưởng 500.000 đồng.
Minh Hiền
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện chính sách hỗ trợ đất ở (15/12/2021)
- Ngọc Hồi: 300 phần quà cho hộ nghèo (08/12/2021)
- Đăk Hà tổng kết công tác Mặt trận năm 2021 (03/12/2021)
- Kon Plông: người có uy tín góp ý xây dựng Đảng, chính quyền (26/11/2021)
""", "2021-12-24", "Tôn vinh 40 cộng tác viên dư luận xã hội tiêu biểu",
E("tong_ket", "2021", "2021-12-23"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Sương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Na"),
 P("A Rơng", "người có uy tín làng Kon Bông"),
 P("A Dũng", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("40 cộng tác viên dư luận xã hội tiêu biểu", 40, "cộng tác viên dư luận xã hội tiêu biểu"), Q("23 điểm cầu", 23, "điểm cầu"),
 Q("1.512 ý kiến, kiến nghị", 1512, "ý kiến, kiến nghị"), Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("376 hộ nghèo", 376, "hộ nghèo"), Q("215 hộ", 215, "hộ"),
 Q("11 người", 11, "người"), Q("17 hộ", 17, "hộ"), Q("80% trở lên", 80, "%", "over"), Q("8 tập thể xuất sắc", 8, "tập thể xuất sắc"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, None, "Kế hoạch số 112/KH-MTTQ-BTT"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kon Tum"), com("Đăk Na")],
["Hôm nay: Thứ Hai, 27/12/2021", "BÁO KON TUM ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể",
 "Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh tặng giấy khen cho các cộng tác viên.", "Vì người nghèo", "Hà Mòn",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Hôm nay: Thứ Hai, 27/12/2021", "24 tháng 12, 2021 | 15:00", "năm 2021", "năm 2022", "1 lần", "COVID-19"]))
