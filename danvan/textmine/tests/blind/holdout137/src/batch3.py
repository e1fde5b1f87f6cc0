from lib import *
PAGES = []

PAGES.append(page("b3257-cantho-mttq-phuong-phuloi-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin tức - Sự kiện >> Mặt trận và các đoàn thể
Thứ Ba, 07/10/2025 - 15:45
Phường Phú Lợi giao ban công tác Mặt trận và các đoàn thể quý III/2025
Ngày 6/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam phường Phú Lợi (thành phố Cần Thơ) tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý III năm 2025, đây là lần giao ban đầu tiên kể từ khi phường mới đi vào hoạt động. Dự có 52 đại biểu là thành viên Ủy ban, Trưởng Ban công tác Mặt trận 21 khóm và chi hội trưởng các hội.
Bà Sơn Thị Sóc Kha, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì; đồng chí Lý Thanh Sang, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Cựu chiến binh phường trình bày báo cáo.
Đồng chí Lý Thanh Sang trình bày báo cáo quý III. Ảnh: Sóc Kha
Theo báo cáo, trong quý, Mặt trận phường đã hoàn thành tiếp nhận hồ sơ, tài chính từ 3 phường cũ, gồm hơn 9.400 hồ sơ hội viên của 4 hội và 312 triệu đồng quỹ hội. Phường vận động quỹ "Vì người nghèo" được 425 triệu đồng, hỗ trợ xây mới 5 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng; trao 300 phần quà cho hộ nghèo đồng bào Khmer dịp lễ Sene Đolta.
Các Ban công tác Mặt trận khóm đã tiếp nhận 73 ý kiến của người dân, nhiều nhất là về ngập nước khi triều cường ở khóm 4, khóm 7 và tình trạng xả rác xuống kênh Maspéro. Đến nay 58 ý kiến đã được trả lời, giải quyết.
Tại hội nghị, bà Kim Thị Sà Rươl, Trưởng Ban công tác Mặt trận khóm 5, phản ánh các chi hội phụ nữ, nông dân nay sinh hoạt chung nên thời gian họp ngắn, "nói chưa hết chuyện của chị em". Ông Trần Văn Út, Chi hội trưởng Chi hội Cựu chiến binh khóm 2, đề nghị phường hướng dẫn thống nhất mức đóng hội phí sau hợp nhất.
Kết luận, bà Sơn Thị Sóc Kha đề nghị trong quý IV Mặt trận phường triển khai Chỉ thị 45, 46-CT/TU của Ban Thường vụ Thành ủy về tổ chức Ngày hội Đại đoàn kết toàn dân tộc và về công tác vận động quỹ "Vì người nghèo" năm 2026; 100% khóm tổ chức Ngày hội trước ngày 18/11; đồng thời rà soát, đề xuất thay thế 3 Trưởng Ban công tác Mặt trận khóm đã lớn tuổi.
Phường cũng giao mỗi Phó Chủ tịch phụ trách 7 khóm, định kỳ mỗi tháng dự sinh hoạt với Ban công tác Mặt trận ít nhất 1 lần.
Sóc Kha - Văn phòng Đảng ủy - HĐND - UBND phường
Lượt truy cập: 48.212
Tin khác
- Phường Phú Lợi trao 2 căn nhà Đại đoàn kết tại khóm 6 (25/9/2025)
- Hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam phường Phú Lợi (09/7/2025)
- Ra mắt bộ phận tiếp nhận ý kiến Nhân dân tại trụ sở phường (14/7/2025)
- Lễ Sene Đolta: Mặt trận phường thăm, chúc mừng các chùa Khmer (19/9/2025)
Bản quyền thuộc UBND phường Phú Lợi. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.
""", "2025-10-07", "Phường Phú Lợi giao ban công tác Mặt trận và các đoàn thể quý III/2025",
E("giao_ban", "2025-Q3", "2025-10-06"),
[P("Sơn Thị Sóc Kha", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lý Thanh Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Cựu chiến binh phường"),
 P("Kim Thị Sà Rươl", "Trưởng Ban công tác Mặt trận khóm 5"),
 P("Trần Văn Út", "Chi hội trưởng Chi hội Cựu chiến binh khóm 2")],
[Q("52 đại biểu", 52, "đại biểu"), Q("21 khóm", 21, "khóm"), Q("3 phường cũ", 3, "phường"),
 Q("hơn 9.400 hồ sơ hội viên", 9400, "hồ sơ hội viên", "over"), Q("4 hội", 4, "hội"), Q("312 triệu đồng", 312000000, "đồng"),
 Q("425 triệu đồng", 425000000, "đồng"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("300 phần quà", 300, "phần quà"), Q("73 ý kiến", 73, "ý kiến"), Q("58 ý kiến", 58, "ý kiến"), Q("100% khóm", 100, "%"),
 Q("3 Trưởng Ban công tác Mặt trận khóm", 3, "Trưởng Ban công tác Mặt trận khóm"), Q("7 khóm", 7, "khóm")],
[D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Chỉ thị", "46", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 45, 46-CT/TU")],
[prov("Cần Thơ"), com("Phú Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin tức - Sự kiện >> Mặt trận và các đoàn thể",
 "Đồng chí Lý Thanh Sang trình bày báo cáo quý III. Ảnh: Sóc Kha", "Vì người nghèo", "Sene Đolta", "Maspéro",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt truy cập: 48.212"],
["Thứ Ba, 07/10/2025 - 15:45", "quý III năm 2025", "quý IV", "khóm 4", "khóm 7", "ngày 18/11", "ít nhất 1 lần", "năm 2026",
 "Lượt truy cập: 48.212"]))

PAGES.append(page("b3258-khanhhoa-mttq-xa-phuocha-doithoai-2025", """
Báo Khánh Hòa điện tử
Chính trị - Mặt trận - Đoàn thể
Ngày đăng 20/11/2025 | 10:15
Xã Phước Hà: Người đứng đầu đối thoại với đồng bào Raglai
Chiều 18/11, Ủy ban MTTQ Việt Nam xã Phước Hà phối hợp với Đảng ủy, UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025, lần đầu tiên kể từ khi xã mới đi vào hoạt động. Hơn 200 người dân của 11 thôn, phần lớn là đồng bào Raglai, đã dự.
Quang cảnh buổi đối thoại tại nhà văn hóa thôn Tà Dương.
Xã Phước Hà mới được sắp xếp từ 3 xã Phước Hà, Nhị Hà và Phước Nam của huyện Thuận Nam cũ (tỉnh Ninh Thuận), nay thuộc tỉnh Khánh Hòa. Tham gia đối thoại có ông Katơr Văn Hiếu, Bí thư Đảng ủy xã; ông Đàng Năng Thọ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Pi Năng Thị Lới, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Tại buổi đối thoại, 26 lượt ý kiến đã được nêu. Ông Chamaléa Bảy, người có uy tín thôn Giá, phản ánh sau khi nhập xã, trụ sở mới cách thôn khoảng 25 km, người dân làm giấy tờ đi lại khó khăn; đề nghị xã bố trí cán bộ về thôn tiếp nhận hồ sơ định kỳ. Bà Katơr Thị Hiền, thôn Tà Dương, hỏi về việc hỗ trợ đất sản xuất cho khoảng 40 hộ chưa có đất theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Ông Đàng Năng Thọ cho biết, từ tháng 12, xã sẽ tổ chức tiếp nhận hồ sơ lưu động tại 3 điểm, mỗi tuần 1 buổi; về đất sản xuất, xã đã rà soát được 37 hộ đủ điều kiện, đề nghị tỉnh hỗ trợ khoảng 1,5 tỷ đồng để chuyển đổi nghề cho các hộ này trong năm 2026. Với đề nghị sửa chữa đập dâng Tà Dương, xã đã có văn bản gửi Sở Nông nghiệp và Môi trường.
Theo bà Pi Năng Thị Lới, Mặt trận xã sẽ tổng hợp 26 lượt ý kiến, theo dõi việc trả lời và thông báo lại cho người dân theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận. Sau hợp nhất, Ủy ban MTTQ xã có 4 Phó Chủ tịch, trong đó bà Chamaléa Thị Sinh, Phó Chủ tịch kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã được phân công theo dõi các kiến nghị về đời sống.
Kết thúc, ông Katơr Văn Hiếu yêu cầu các bộ phận trả lời bằng văn bản 9 ý kiến chưa giải quyết ngay tại hội nghị trong thời hạn 15 ngày.
Anh Thư
Tin liên quan
- Khánh Hòa: Mặt trận 65 xã, phường tổ chức đối thoại với Nhân dân (12/11/2025)
- Xã Ninh Phước lấy ý kiến người dân về việc đặt tên đường (05/11/2025)
- Phường Nha Trang trao 150 suất quà cho hộ bị ảnh hưởng mưa lũ (30/10/2025)
- Xã Cà Ná: ra mắt tổ hòa giải ở cơ sở sau sắp xếp (20/10/2025)
Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa. Ghi rõ nguồn khi phát hành lại thông tin.
Liên hệ quảng cáo: phòng Trị sự Báo Khánh Hòa. Tòa soạn: 08 Hàn Thuyên, phường Nha Trang, tỉnh Khánh Hòa.
""", "2025-11-20", "Xã Phước Hà: Người đứng đầu đối thoại với đồng bào Raglai",
E("doi_thoai", "2025", "2025-11-18"),
[P("Katơr Văn Hiếu", "Bí thư Đảng ủy xã"),
 P("Đàng Năng Thọ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Pi Năng Thị Lới", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Chamaléa Bảy", "người có uy tín thôn Giá"),
 P("Katơr Thị Hiền"),
 P("Chamaléa Thị Sinh", "Phó Chủ tịch kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("11 thôn", 11, "thôn"), Q("3 xã", 3, "xã"), Q("26 lượt ý kiến", 26, "lượt ý kiến"),
 Q("khoảng 25 km", 25, "km", "approx"), Q("khoảng 40 hộ", 40, "hộ", "approx"), Q("3 điểm", 3, "điểm"), Q("37 hộ", 37, "hộ"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("4 Phó Chủ tịch", 4, "Phó Chủ tịch"), Q("9 ý kiến", 9, "ý kiến")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà"), com("Nhị Hà"), com("Phước Nam")],
["Báo Khánh Hòa điện tử", "Chính trị - Mặt trận - Đoàn thể", "Quang cảnh buổi đối thoại tại nhà văn hóa thôn Tà Dương.",
 "Sở Nông nghiệp và Môi trường", "Tà Dương"],
["Ngày đăng 20/11/2025 | 10:15", "năm 2025", "từ tháng 12", "mỗi tuần 1 buổi", "năm 2026", "15 ngày"]))

PAGES.append(page("b3259-phutho-mttq-xa-maichau-soket-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Trang chủ › Hoạt động Mặt trận › Cơ sở
Thứ Sáu, 26/12/2025 - 08:20
Ảnh: Quang cảnh hội nghị sơ kết.
Mai Châu: 6 tháng Mặt trận xã "về chung một nhà"
Ngày 24/12, Ủy ban MTTQ Việt Nam xã Mai Châu tổ chức hội nghị sơ kết công tác Mặt trận và các đoàn thể chính trị - xã hội 6 tháng cuối năm 2025, đánh giá kết quả sau 6 tháng thực hiện mô hình chính quyền địa phương 2 cấp và hợp nhất các tổ chức chính trị - xã hội vào Mặt trận.
Dự hội nghị có đồng chí Hà Công Hợi, Tỉnh ủy viên, Bí thư Đảng ủy xã; đồng chí Xa Văn Khánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ. Chủ trì hội nghị là đồng chí Vì Thị Xiêm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Mai Châu khóa I.
Báo cáo cho biết, xã Mai Châu mới (hợp nhất thị trấn Mai Châu và 4 xã lân cận thuộc tỉnh Hòa Bình cũ) có 36 bản, hơn 6.900 hộ. Sau hợp nhất, Ủy ban MTTQ xã có 79 ủy viên, Ban Thường trực 5 người, quản lý khoảng 11.000 đoàn viên, hội viên. Trong 6 tháng, Mặt trận xã đã chủ trì 3 cuộc giám sát, phối hợp tổ chức 2 hội nghị đối thoại, vận động 1.250 lượt người hiến đất, góp công làm 4,6 km đường bê tông liên bản với tổng giá trị khoảng 3,2 tỷ đồng; xóa 14 nhà tạm, nhà dột nát cho đồng bào Thái, Mường.
Thực hiện Kết luận số 18-KL/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã, Mặt trận đã thành lập 36 tổ tiếp nhận ý kiến Nhân dân ở bản. Đến nay đã tiếp nhận 118 ý kiến, kiến nghị; đã chuyển xử lý 104 ý kiến, đạt 88,1%.
Thảo luận tại hội nghị, bà Bùi Thị Lan, Trưởng Ban công tác Mặt trận bản Lác, cho biết khách du lịch đến bản tăng, nhiều hộ làm homestay đề nghị được hỗ trợ vay vốn; ông Lò Văn Thỏa, người có uy tín bản Pom Coọng, kiến nghị giữ lại chi hội người cao tuổi riêng ở bản vì "các cụ quen sinh hoạt với nhau". Anh Hà Văn Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã, thông tin về 2 đội thanh niên tình nguyện hỗ trợ người dân làm dịch vụ công trực tuyến.
Phát biểu chỉ đạo, đồng chí Xa Văn Khánh đánh giá cao việc Mặt trận xã Mai Châu sớm ổn định, không để "khoảng trống" trong hoạt động của các hội; đề nghị năm 2026 tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam xã nhiệm kỳ 2026 - 2031 theo Chỉ thị số 52-CT/TW của Ban Bí thư và Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy Phú Thọ.
Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 9 tập thể, 15 cá nhân.
Đinh Hường
Tin liên quan
- Xã Tân Lạc: Mặt trận vận động xây 10 nhà Đại đoàn kết (19/12/2025)
- Phú Thọ: Mặt trận 148 xã, phường sơ kết 6 tháng hoạt động sau sắp xếp (17/12/2025)
- Phường Vĩnh Yên giám sát việc thu gom rác thải (10/12/2025)
""", "2025-12-26", "Mai Châu: 6 tháng Mặt trận xã \"về chung một nhà\"",
E("so_ket", "2025-H2", "2025-12-24"),
[P("Hà Công Hợi", "Tỉnh ủy viên", "Bí thư Đảng ủy xã"),
 P("Xa Văn Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"),
 P("Vì Thị Xiêm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mai Châu khóa I"),
 P("Bùi Thị Lan", "Trưởng Ban công tác Mặt trận bản Lác"),
 P("Lò Văn Thỏa", "người có uy tín bản Pom Coọng"),
 P("Hà Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã")],
[Q("4 xã", 4, "xã"), Q("36 bản", 36, "bản"), Q("hơn 6.900 hộ", 6900, "hộ", "over"), Q("79 ủy viên", 79, "ủy viên"),
 Q("5 người", 5, "người"), Q("khoảng 11.000 đoàn viên, hội viên", 11000, "đoàn viên, hội viên", "approx"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("1.250 lượt người", 1250, "lượt người"),
 Q("4,6 km", 4.6, "km"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("14 nhà tạm, nhà dột nát", 14, "nhà tạm, nhà dột nát"),
 Q("36 tổ tiếp nhận ý kiến Nhân dân", 36, "tổ tiếp nhận ý kiến Nhân dân"), Q("118 ý kiến, kiến nghị", 118, "ý kiến, kiến nghị"),
 Q("104 ý kiến", 104, "ý kiến"), Q("88,1%", 88.1, "%"), Q("2 đội thanh niên tình nguyện", 2, "đội thanh niên tình nguyện"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "18", "KL/ĐU", "2025-08-15", "Ban Chấp hành Đảng bộ xã", "Kết luận số 18-KL/ĐU ngày 15/8/2025"),
 D("Chỉ thị", "52", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 52-CT/TW"),
 D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy Phú Thọ", "Kế hoạch số 215-KH/TU")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mai Châu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ › Hoạt động Mặt trận › Cơ sở", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "về chung một nhà"],
["Thứ Sáu, 26/12/2025 - 08:20", "6 tháng cuối năm 2025", "6 tháng", "chính quyền địa phương 2 cấp", "khóa I", "năm 2026",
 "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b3260-dongnai-mttq-phuong-binhlong-baocao-2026", """
Báo Đồng Nai điện tử
Thời sự | Chính trị | Mặt trận
06/01/2026 - 11:05
Mặt trận phường Bình Long tổng hợp 64 ý kiến, kiến nghị của Nhân dân quý IV
(ĐN) - Ban Thường trực Ủy ban MTTQ Việt Nam phường Bình Long vừa ban hành Báo cáo số 27/BC-MTTQ-BTT ngày 5/1/2026 tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân quý IV năm 2025 gửi Đảng ủy, HĐND và UBND phường.
Theo báo cáo, trong quý IV/2025, thông qua 18 Ban công tác Mặt trận khu phố, tổ tiếp nhận ý kiến tại trụ sở và đường dây nóng, Mặt trận phường đã tổng hợp 64 ý kiến, kiến nghị. Trong đó, 21 ý kiến liên quan đến đất đai, cấp giấy chứng nhận; 15 ý kiến về hạ tầng giao thông, chiếu sáng; 9 ý kiến về chính sách an sinh; số còn lại về an ninh trật tự và thủ tục hành chính sau khi hợp nhất 3 phường An Lộc, Phú Thịnh, Phú Đức của thị xã Bình Long cũ (tỉnh Bình Phước).
Nhiều ý kiến của đồng bào S'tiêng ở khu phố Phú Nguyên phản ánh việc nhận trợ cấp cho người có công và người cao tuổi bị chậm khoảng 2 tháng do chuyển đổi dữ liệu. Ông Điểu Lâm, người có uy tín khu phố Phú Nguyên, đề nghị phường cử cán bộ đến tận nhà chi trả cho khoảng 30 người già yếu.
Báo cáo cũng nêu kết quả trả lời các kiến nghị của quý III: 47/52 ý kiến đã được giải quyết, đạt 90,4%; 5 ý kiến còn lại liên quan đến dự án mở rộng đường Trần Hưng Đạo đang chờ tỉnh phê duyệt phương án bồi thường cho 126 hộ.
Bà Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết sau hợp nhất, Mặt trận phường có 1 bộ phận chuyên theo dõi ý kiến Nhân dân với 3 cán bộ; mỗi ý kiến đều được vào sổ, có phiếu hẹn trả lời. "Người dân chỉ cần đến một nơi, kể cả muốn phản ánh việc của hội phụ nữ hay hội nông dân", bà nói.
Theo ông Nguyễn Hữu Phước, Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Long, việc tổng hợp ý kiến được thực hiện theo Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai. Mặt trận phường đề nghị UBND phường trả lời bằng văn bản trước ngày 31/1/2026 và sẽ công khai kết quả tại các buổi sinh hoạt khu phố.
Ông Điểu Thanh Tùng, Phó Chủ tịch UBND phường cho biết, việc chi trả trợ cấp đã được khắc phục từ cuối tháng 12, phường cũng giao 2 công chức lập danh sách chi trả tại nhà cho người già yếu.
Hà Anh
Tin liên quan
- Đồng Nai: hơn 95% xã, phường tổ chức Ngày hội Đại đoàn kết sau sắp xếp (20/11/2025)
- Phường Đồng Xoài tổ chức đối thoại với người dân về thủ tục đất đai (18/12/2025)
- Xã Lộc Ninh trao 500 suất quà Tết cho hộ nghèo (30/12/2025)
Báo Đồng Nai - Cơ quan của Đảng bộ tỉnh Đồng Nai. Tòa soạn: phường Trấn Biên, tỉnh Đồng Nai. Ghi rõ nguồn "Báo Đồng Nai" khi phát hành lại thông tin từ website này.
""", "2026-01-06", "Mặt trận phường Bình Long tổng hợp 64 ý kiến, kiến nghị của Nhân dân quý IV",
E("bao_cao", "2025-Q4", "2026-01-05"),
[P("Điểu Lâm", "người có uy tín khu phố Phú Nguyên"),
 P("Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Nguyễn Hữu Phước", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Long"),
 P("Điểu Thanh Tùng", "Phó Chủ tịch UBND phường")],
[Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"), Q("18 Ban công tác Mặt trận khu phố", 18, "Ban công tác Mặt trận khu phố"),
 Q("21 ý kiến", 21, "ý kiến"), Q("15 ý kiến", 15, "ý kiến"), Q("9 ý kiến", 9, "ý kiến"), Q("3 phường", 3, "phường"),
 Q("khoảng 30 người già yếu", 30, "người già yếu", "approx"), Q("47/52 ý kiến", 47, "ý kiến"), Q("90,4%", 90.4, "%"),
 Q("5 ý kiến", 5, "ý kiến"), Q("126 hộ", 126, "hộ"), Q("3 cán bộ", 3, "cán bộ"), Q("2 công chức", 2, "công chức")],
[D("Báo cáo", "27", "BC-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Bình Long", "Báo cáo số 27/BC-MTTQ-BTT ngày 5/1/2026"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2025-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/8/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("An Lộc"), com("Phú Thịnh"), com("Phú Đức")],
["Báo Đồng Nai điện tử", "Thời sự | Chính trị | Mặt trận", "(ĐN)", "Phú Nguyên"],
["06/01/2026 - 11:05", "quý IV năm 2025", "quý IV/2025", "khoảng 2 tháng", "quý III", "1 bộ phận", "trước ngày 31/1/2026", "cuối tháng 12"]))

PAGES.append(page("b3261-hochiminh-mttq-phuong-thudaumot-tiepxuccutri-2025", """
Báo Sài Gòn Giải Phóng
Chính trị › Quốc hội
12/12/2025 - 18:40
Đại biểu Quốc hội tiếp xúc cử tri phường Thủ Dầu Một
SGGP - Ngày 10/12, Ủy ban MTTQ Việt Nam phường Thủ Dầu Một (TPHCM) phối hợp với Tổ đại biểu Quốc hội đơn vị số 9 tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ 10, Quốc hội khóa XV. Hơn 180 cử tri của 24 khu phố tham dự.
Các đại biểu Quốc hội thông tin đến cử tri kết quả kỳ họp. Ảnh: MINH HẢI
Tham dự có đại biểu Quốc hội Trương Quốc Huy, Phó Trưởng Đoàn đại biểu Quốc hội TPHCM; đại biểu Quốc hội Lý Mỹ Phụng, Ủy viên Ủy ban Văn hóa và Xã hội của Quốc hội. Chủ trì hội nghị là ông Phạm Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một.
Tại kỳ họp thứ 10, Quốc hội đã thông qua 51 luật và 39 nghị quyết, trong đó có Nghị quyết số 265/2025/QH15 về một số cơ chế, chính sách đặc thù phát triển TPHCM. Cử tri phường quan tâm đến việc triển khai mô hình chính quyền 2 cấp sau gần 6 tháng vận hành.
Cử tri Nguyễn Thị Lệ (khu phố 3) phản ánh trụ sở phường mới đặt xa, "người già lên làm giấy tờ phải đi 2 lượt xe buýt"; đề nghị phường giữ lại điểm tiếp nhận hồ sơ ở trụ sở phường Phú Cường cũ. Cử tri Lâm Chí Cường, người Hoa ở khu phố 7, hỏi về việc sửa chữa khoảng 300 m đường bị ngập mỗi khi mưa lớn và việc hợp nhất hội người cao tuổi các phường cũ.
Cử tri Huỳnh Văn Đực, nguyên Chủ tịch Hội Cựu chiến binh phường Phú Cường, đề nghị Mặt trận phường quan tâm hơn đến 1.200 hội viên cựu chiến binh sau khi Hội được hợp nhất vào Mặt trận, "đừng để anh em cảm thấy bị bỏ quên".
Thay mặt Tổ đại biểu, ông Trương Quốc Huy tiếp thu 17 ý kiến của cử tri, giải trình các nội dung thuộc thẩm quyền của Quốc hội và cho biết sẽ chuyển các kiến nghị về hạ tầng đến UBND Thành phố. Ông Trần Đức Minh, Phó Chủ tịch UBND phường Thủ Dầu Một, cho biết phường đã duy trì 2 điểm tiếp nhận hồ sơ tại trụ sở cũ; kinh phí khoảng 4,5 tỷ đồng sửa chữa tuyến cống đã được bố trí trong năm 2026.
Ông Phạm Văn Tám cho biết Mặt trận phường đã tổ chức 6 tổ chuyên đề phụ trách các hội sau hợp nhất, trong đó có tổ cựu chiến binh, và sẽ ghi nhận đầy đủ, theo dõi việc trả lời ý kiến cử tri theo Nghị quyết liên tịch số 102/2023/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN.
Minh Hải
Tin cùng chuyên mục
- Tổ đại biểu Quốc hội đơn vị số 4 tiếp xúc cử tri phường Bà Rịa (11/12/2025)
- Cử tri phường Bình Dương kiến nghị giải quyết ngập nước (09/12/2025)
- Quốc hội bế mạc kỳ họp thứ 10 (10/12/2025)
- Mặt trận TPHCM lấy ý kiến Nhân dân về hoạt động của chính quyền 2 cấp (05/12/2025)
Báo Sài Gòn Giải Phóng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TPHCM. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2025-12-12", "Đại biểu Quốc hội tiếp xúc cử tri phường Thủ Dầu Một",
E("hoi_nghi", None, "2025-12-10"),
[P("Trương Quốc Huy", "đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội TPHCM"),
 P("Lý Mỹ Phụng", "đại biểu Quốc hội", "Ủy viên Ủy ban Văn hóa và Xã hội của Quốc hội"),
 P("Phạm Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một"),
 P("Nguyễn Thị Lệ"), P("Lâm Chí Cường"),
 P("Huỳnh Văn Đực", "nguyên Chủ tịch Hội Cựu chiến binh phường Phú Cường"),
 P("Trần Đức Minh", "Phó Chủ tịch UBND phường Thủ Dầu Một")],
[Q("Hơn 180 cử tri", 180, "cử tri", "over"), Q("24 khu phố", 24, "khu phố"), Q("51 luật", 51, "luật"), Q("39 nghị quyết", 39, "nghị quyết"),
 Q("khoảng 300 m", 300, "m", "approx"), Q("1.200 hội viên cựu chiến binh", 1200, "hội viên cựu chiến binh"), Q("17 ý kiến", 17, "ý kiến"),
 Q("2 điểm tiếp nhận hồ sơ", 2, "điểm tiếp nhận hồ sơ"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("6 tổ chuyên đề", 6, "tổ chuyên đề")],
[D("Nghị quyết", "265", "2025/QH15", None, "Quốc hội", "Nghị quyết số 265/2025/QH15"),
 D("Nghị quyết liên tịch", "102", "2023/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2023/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN")],
[prov("TPHCM"), com("Thủ Dầu Một"), com("Phú Cường")],
["Báo Sài Gòn Giải Phóng", "Chính trị › Quốc hội", "SGGP", "Các đại biểu Quốc hội thông tin đến cử tri kết quả kỳ họp. Ảnh: MINH HẢI",
 "Tổ đại biểu Quốc hội đơn vị số 9"],
["12/12/2025 - 18:40", "đơn vị số 9", "kỳ họp thứ 10", "khóa XV", "gần 6 tháng", "2 lượt xe buýt", "khu phố 3", "khu phố 7", "năm 2026"]))

PAGES.append(page("b3262-angiang-mttq-xa-triton-chandung-2026", """
BÁO AN GIANG ONLINE
Trang chủ - Xã hội - Gương sáng
Thứ Sáu, 16/01/2026, 07:30
Chị Néang Sa Vy (bên phải) trò chuyện với bà con phum Sóc Tức.
Néang Sa Vy - "người của hội" ở Mặt trận xã Tri Tôn
Gần 7 năm làm Chủ tịch Hội Nông dân xã Lương Phi, từ tháng 7/2025, chị Néang Sa Vy trở thành Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn (tỉnh An Giang) - xã mới được sắp xếp từ thị trấn Tri Tôn và 2 xã Lương Phi, Châu Lăng. Với nhiều bà con Khmer, chị vẫn là "người của hội" như trước.
Sinh năm 1986 trong một gia đình nông dân ở phum Sóc Tức, Néang Sa Vy là Ủy viên Ban Chấp hành Đảng bộ xã, hiện được phân công phụ trách công tác nông dân và các chi hội nông dân trong Ủy ban MTTQ xã. Địa bàn chị phụ trách nay rộng gấp 3 lần, với 27 ấp, hơn 4.800 hội viên nông dân, trong đó gần 60% là đồng bào Khmer.
"Trước đây hội nông dân có trụ sở riêng, bà con quen đến đó. Giờ về chung trụ sở Mặt trận, tôi phải đi ấp nhiều hơn để bà con biết chỗ tìm mình", chị kể. Mỗi tuần chị dành ít nhất 2 buổi đi cơ sở; tháng 11 vừa qua, chị cùng các chi hội vận động 46 hộ góp khoảng 95 triệu đồng làm 1,2 km đường đal vào phum Sóc Tức.
Năm 2025, chị đứng ra làm cầu nối để 112 hộ nông dân vay hơn 5,6 tỷ đồng từ Quỹ Hỗ trợ nông dân và Ngân hàng Chính sách xã hội, nuôi bò, trồng thốt nốt; 18 tổ hợp tác trồng lúa hữu cơ được hình thành theo Đề án số 06-ĐA/ĐU ngày 10/3/2024 của Ban Thường vụ Đảng ủy xã Lương Phi.
Ông Chau Sóc Khonl, người có uy tín phum Sóc Tức, nhận xét: "Cô Sa Vy nói tiếng Khmer với bà con, nghe chuyện gì cũng ghi vào sổ, hôm sau có câu trả lời".
Ông Nguyễn Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn, cho biết chị Néang Sa Vy được chọn làm Phó Chủ tịch vì hiểu việc hội và được bà con tin. Năm 2025, chị được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen theo Quyết định số 215/QĐ-MTTQ-BTT ngày 22/12/2025.
Chia sẻ về năm 2026, chị Sa Vy mong sẽ có thêm 5 tổ hợp tác và vận động thành lập lại chi hội nông dân ở 3 ấp còn yếu.
Bài, ảnh: Thanh Tiến
Tin liên quan
- Xã Ba Chúc: Mặt trận trao 30 căn nhà Đại đoàn kết cho hộ nghèo (12/01/2026)
- An Giang: hơn 1.000 cán bộ hội chuyển sang làm công tác Mặt trận (08/01/2026)
- Gương người có uy tín trong đồng bào Khmer ở xã Ô Lâm (30/12/2025)
- Mặt trận xã Tri Tôn thăm, chúc mừng các chùa Khmer dịp lễ Kathina (10/11/2025)
- Xã Châu Thành: ra mắt mô hình "Ấp không có người nghiện" (26/12/2025)
- Hợp nhất các hội vào Mặt trận: những cán bộ "một vai nhiều việc" (18/12/2025)
- Phường Rạch Giá tổ chức hội nghị Ủy ban MTTQ lần thứ hai (15/12/2025)
Báo An Giang - Cơ quan của Đảng bộ tỉnh An Giang. Tòa soạn: phường Long Xuyên, tỉnh An Giang. Ghi rõ nguồn "Báo An Giang" khi phát hành lại thông tin từ website này.
""", "2026-01-16", "Néang Sa Vy - \"người của hội\" ở Mặt trận xã Tri Tôn",
E("khac", None, None),
[P("Néang Sa Vy", "Chủ tịch Hội Nông dân xã Lương Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn",
   "Ủy viên Ban Chấp hành Đảng bộ xã", "Phó Chủ tịch"),
 P("Chau Sóc Khonl", "người có uy tín phum Sóc Tức"),
 P("Nguyễn Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn")],
[Q("2 xã", 2, "xã"), Q("27 ấp", 27, "ấp"), Q("hơn 4.800 hội viên nông dân", 4800, "hội viên nông dân", "over"), Q("gần 60%", 60, "%", "approx"),
 Q("46 hộ", 46, "hộ"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("1,2 km", 1.2, "km"), Q("112 hộ nông dân", 112, "hộ nông dân"),
 Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("18 tổ hợp tác trồng lúa hữu cơ", 18, "tổ hợp tác trồng lúa hữu cơ"),
 Q("5 tổ hợp tác", 5, "tổ hợp tác"), Q("3 ấp", 3, "ấp")],
[D("Đề án", "06", "ĐA/ĐU", "2024-03-10", "Ban Thường vụ Đảng ủy xã Lương Phi", "Đề án số 06-ĐA/ĐU ngày 10/3/2024"),
 D("Quyết định", "215", "QĐ-MTTQ-BTT", "2025-12-22", "Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 215/QĐ-MTTQ-BTT ngày 22/12/2025")],
[prov("An Giang"), com("Tri Tôn"), com("Lương Phi"), com("Châu Lăng")],
["BÁO AN GIANG ONLINE", "Trang chủ - Xã hội - Gương sáng", "Chị Néang Sa Vy (bên phải) trò chuyện với bà con phum Sóc Tức.",
 "người của hội", "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 16/01/2026, 07:30", "Gần 7 năm", "tháng 7/2025", "Sinh năm 1986", "3 lần", "ít nhất 2 buổi", "tháng 11", "Năm 2025", "năm 2026"]))
