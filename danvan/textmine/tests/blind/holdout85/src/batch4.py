from lib import *
PAGES = []

PAGES.append(page("b2015-travinh-hnd-quatet-2024", """
Cổng thông tin Hội Nông dân tỉnh Trà Vinh
Trang chủ » Tin tức » Hoạt động Hội
Thứ Ba, 30/01/2024 - 14:10
Hội Nông dân tỉnh trao 800 phần quà Tết cho nông dân nghèo
Ông Thạch Chanh Đa Ra trao quà cho hội viên nghèo xã Long Hiệp.
Ngày 29/1, Hội Nông dân tỉnh Trà Vinh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh và các doanh nghiệp tổ chức trao 800 phần quà Tết Nguyên đán Giáp Thìn 2024 cho hội viên nông dân nghèo, cận nghèo, chủ yếu là đồng bào Khmer ở các xã Long Hiệp, Ngọc Biên và Hàm Giang, huyện Trà Cú. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500 nghìn đồng tiền mặt, trị giá 800.000 đồng; tổng kinh phí 640 triệu đồng.
Dự và trao quà có ông Thạch Chanh Đa Ra, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; bà Kiên Thị Ánh, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Trầm Văn Chiến, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Ông Thạch Chanh Đa Ra cho biết, Tết năm nay các cấp Hội trong tỉnh vận động được hơn 3,2 tỷ đồng để trao 5.160 phần quà và bàn giao 15 căn "Nhà nông dân nghĩa tình" cho hội viên khó khăn về nhà ở, mỗi căn hỗ trợ 50 triệu đồng. Năm 2023, dư nợ ủy thác qua Hội Nông dân đạt 1.126,04 tỷ đồng với 28.613 hộ vay; Quỹ Hỗ trợ nông dân tỉnh cho vay 118 dự án với tổng vốn 19,85 tỷ đồng, giúp 1.024 hộ phát triển trồng màu, nuôi bò. Tỷ lệ hộ nghèo trong đồng bào Khmer của tỉnh giảm còn 3,87% theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025.
Nhận phần quà từ Hội, ông Sơn Sà Phia, hội viên ấp Chông Bát, xã Long Hiệp, năm nay 67 tuổi, xúc động: "Năm ngoái tôi được Hội giới thiệu vay 50 triệu đồng nuôi 3 con bò, Tết này nhà có thêm 1 con bê, lại được Hội cho quà, vui lắm". Bà Sơn Thị Sa Vân, Chủ tịch Hội Nông dân xã Ngọc Biên, cho biết xã có 9 tổ tiết kiệm và vay vốn, dư nợ 26,3 tỷ đồng; năm 2023 có 64 hộ hội viên thoát nghèo.
Dịp này, Chi nhánh Ngân hàng Chính sách xã hội tỉnh trao thêm 100 suất quà, mỗi suất 1 triệu đồng, cho hội viên là tổ trưởng tổ tiết kiệm và vay vốn có hoàn cảnh khó khăn. Công ty cổ phần Thủy sản Trà Vinh tặng 50 phần quà trị giá 600.000đ/phần cho hộ nghèo ở xã Hàm Giang.
Theo kế hoạch số 214-KH/HNDT ngày 5/1/2024 của Ban Thường vụ Hội Nông dân tỉnh, từ nay đến Tết, các cấp Hội tiếp tục thăm hỏi, tặng quà gia đình chính sách, hội viên neo đơn, vận động nông dân đón Tết an toàn, tiết kiệm, không để người dân nào không có Tết. Bà Kiên Thị Ánh đề nghị Hội tiếp tục thực hiện tốt Kết luận số 06-KL/TW của Ban Bí thư về tín dụng chính sách xã hội và đẩy mạnh phong trào "Nông dân thi đua sản xuất kinh doanh giỏi".
Thanh Hòa
Các tin khác
- Hội Nông dân Cầu Kè trao 200 phần quà (26/01/2024)
- Tổng kết công tác Hội Nông dân năm 2023 (12/01/2024)
- Nông dân Trà Cú trúng mùa đậu phộng (05/01/2024)
""", "2024-01-30", "Hội Nông dân tỉnh trao 800 phần quà Tết cho nông dân nghèo",
E("trao_qua", None, "2024-01-29"),
[P("Thạch Chanh Đa Ra", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Kiên Thị Ánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trầm Văn Chiến", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Sơn Sà Phia", "hội viên ấp Chông Bát"),
 P("Sơn Thị Sa Vân", "Chủ tịch Hội Nông dân xã Ngọc Biên")],
[Q("800 phần quà", 800, "phần quà"), Q("10 kg", 10, "kg"), Q("500 nghìn đồng", 500000, "đồng"), Q("800.000 đồng", 800000, "đồng"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("5.160 phần quà", 5160, "phần quà"),
 Q("15 căn", 15, "căn"), Q("50 triệu đồng", 50000000, "đồng"), Q("1.126,04 tỷ đồng", 1126040000000, "đồng"),
 Q("28.613 hộ", 28613, "hộ"), Q("118 dự án", 118, "dự án"), Q("19,85 tỷ đồng", 19850000000, "đồng"), Q("1.024 hộ", 1024, "hộ"),
 Q("3,87%", 3.87, "%"), Q("3 con bò", 3, "con bò"), Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"),
 Q("26,3 tỷ đồng", 26300000000, "đồng"), Q("64 hộ hội viên", 64, "hộ hội viên"), Q("100 suất quà", 100, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("50 phần quà", 50, "phần quà"), Q("600.000đ", 600000, "đồng")],
[D("Kế hoạch", "214", "KH/HNDT", "2024-01-05", "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 214-KH/HNDT ngày 5/1/2024"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận số 06-KL/TW của Ban Bí thư")],
[prov("Trà Vinh"), com("Long Hiệp"), com("Ngọc Biên"), com("Hàm Giang")],
["Cổng thông tin Hội Nông dân tỉnh Trà Vinh", "Trang chủ » Tin tức » Hoạt động Hội",
 "Ông Thạch Chanh Đa Ra trao quà cho hội viên nghèo xã Long Hiệp.", "Nhà nông dân nghĩa tình", "Quỹ Hỗ trợ nông dân",
 "Nông dân thi đua sản xuất kinh doanh giỏi"],
["Thứ Ba, 30/01/2024 - 14:10", "Tết Nguyên đán Giáp Thìn 2024", "Năm 2023", "giai đoạn 2022 - 2025", "67 tuổi", "1 con bê", "năm 2023"]))

PAGES.append(page("b2016-lamdong-hnd-giaoban-2025", """
HỘI NÔNG DÂN TỈNH LÂM ĐỒNG
Trang chủ | Tin tức - Sự kiện | Hoạt động Hội
Thứ Hai, 06/10/2025 - 16:20
Toàn cảnh hội nghị giao ban.
Nông dân Lâm Đồng vay hơn 4.300 tỷ đồng vốn chính sách
Sáng 4/10, Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác Hội quý III/2025, hội nghị giao ban đầu tiên sau khi hợp nhất Hội Nông dân 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành chính quyền địa phương 2 cấp. Hội nghị được kết nối trực tuyến đến 124 xã, phường, đặc khu. Ông Nguyễn Văn Thịnh, Chủ tịch Hội Nông dân tỉnh chủ trì; bà Liêng Hót Ha Vin, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự.
Theo báo cáo, đến 30/9/2025, dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội Nông dân toàn tỉnh đạt hơn 4.300 tỷ đồng (4.318,6 tỷ đồng), với 2.685 tổ tiết kiệm và vay vốn và 102.540 hộ vay; nợ quá hạn 0,07%. Quỹ Hỗ trợ nông dân sau hợp nhất có tổng nguồn vốn 96,8 tỷ đồng, riêng quý III giải ngân 12,4 tỷ đồng cho 31 dự án. Hội đã kết nạp 2.140 hội viên mới; tổng số hội viên toàn tỉnh là 398.715 người, tổ chức tại 124 cơ sở Hội.
Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, Hội Nông dân tỉnh đã kiện toàn 8 ban chuyên môn, sắp xếp 216 cán bộ; hướng dẫn Hội Nông dân cấp xã tiếp nhận 1.312 tổ vay vốn từ Hội Nông dân cấp huyện trước đây, không để gián đoạn hoạt động giao dịch tại các điểm giao dịch xã.
Tại hội nghị, ông Điểu Văn Lanh, Chủ tịch Hội Nông dân xã Quảng Khê, phản ánh nhiều tổ trưởng người Mnông ở thôn xa cách trụ sở xã mới đến 40 km, đề nghị bố trí thêm điểm giao dịch lưu động. Bà K'Thị Brơi, Chủ tịch Hội Nông dân xã Lạc Dương, cho biết hội viên người K'Ho đã liên kết trồng 320 ha cà phê chè với doanh nghiệp, giá bán tăng 15% so với năm trước. Ông Lê Văn Hùng, Phó Chủ tịch Hội Nông dân xã Tuy Phong, kiến nghị hỗ trợ nông dân trồng thanh long chuyển đổi cây trồng sau đợt rớt giá.
Ông Nguyễn Văn Thịnh yêu cầu quý IV/2025 các cấp Hội tập trung thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong nông nghiệp; triển khai kế hoạch số 08-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về rà soát chất lượng tổ vay vốn; phấn đấu đến cuối năm tăng Quỹ Hỗ trợ nông dân thêm 5 tỷ đồng, nợ quá hạn dưới 0,1%.
Bà Liêng Hót Ha Vin đề nghị Hội phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy nắm tình hình tư tưởng nông dân sau sắp xếp đơn vị hành chính, giải quyết kịp thời kiến nghị ở cơ sở.
Văn phòng Hội Nông dân tỉnh
Tin liên quan
- Ra mắt Ban Chấp hành Hội Nông dân tỉnh Lâm Đồng (mới) (15/07/2025)
- Nông dân Đức Trọng liên kết trồng rau (20/08/2025)
- Trao 30 con bò cho hộ nghèo (02/09/2025)
""", "2025-10-06", "Nông dân Lâm Đồng vay hơn 4.300 tỷ đồng vốn chính sách",
E("giao_ban", "2025-Q3", "2025-10-04"),
[P("Nguyễn Văn Thịnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Liêng Hót Ha Vin", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Văn Lanh", "Chủ tịch Hội Nông dân xã Quảng Khê"),
 P("K'Thị Brơi", "Chủ tịch Hội Nông dân xã Lạc Dương"),
 P("Lê Văn Hùng", "Phó Chủ tịch Hội Nông dân xã Tuy Phong")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("4.318,6 tỷ đồng", 4318600000000, "đồng"),
 Q("2.685 tổ tiết kiệm và vay vốn", 2685, "tổ tiết kiệm và vay vốn"), Q("102.540 hộ", 102540, "hộ"), Q("0,07%", 0.07, "%"),
 Q("96,8 tỷ đồng", 96800000000, "đồng"), Q("12,4 tỷ đồng", 12400000000, "đồng"), Q("31 dự án", 31, "dự án"),
 Q("2.140 hội viên mới", 2140, "hội viên mới"), Q("398.715 người", 398715, "người"), Q("124 cơ sở Hội", 124, "cơ sở Hội"),
 Q("8 ban chuyên môn", 8, "ban chuyên môn"), Q("216 cán bộ", 216, "cán bộ"), Q("1.312 tổ vay vốn", 1312, "tổ vay vốn"),
 Q("40 km", 40, "km"), Q("320 ha", 320, "ha"), Q("15%", 15, "%"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("0,1%", 0.1, "%")],
[D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "08", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 08-KH/HNDT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Lạc Dương"), com("Tuy Phong")],
["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động Hội", "Toàn cảnh hội nghị giao ban.", "Quỹ Hỗ trợ nông dân"],
["Thứ Hai, 06/10/2025 - 16:20", "quý III/2025", "2 cấp", "30/9/2025", "quý III", "quý IV/2025", "năm trước"]))

PAGES.append(page("b2017-tuyenquang-phunu-chandung-2025", """
Báo Tuyên Quang điện tử
Xã hội › Phụ nữ › Gương sáng
08:15 | 20/10/2025
Chị Thào Thị Dợ bên vườn chè của gia đình. Ảnh: Hoàng Anh
"Thủ quỹ" của 40 chị em người Mông ở Phố Bảng
Nhân kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2025), chúng tôi tìm về xã Phố Bảng, vùng cao núi đá của tỉnh Tuyên Quang (mới), gặp chị Thào Thị Dợ, Tổ trưởng tổ tiết kiệm và vay vốn thôn Lũng Thầu, người được bà con gọi vui là "thủ quỹ của chị em".
Năm 2016, khi mới lập tổ, chỉ có 12 chị dám tham gia vì sợ vay rồi không trả được. Chị Dợ đi từng nhà, dùng tiếng Mông giải thích cách vay, cách trả lãi mỗi tháng. Đến nay tổ đã có 40 thành viên, dư nợ 2,65 tỷ đồng, 9 năm liền không có nợ quá hạn. Mỗi tháng, các chị còn góp 50 nghìn đồng vào quỹ tiết kiệm chung; số tiền tích lũy hiện là 118,4 triệu đồng, đã xoay vòng cho 33 lượt chị em vay không lãi mua giống ngô, lợn giống.
Nhờ vốn vay, gia đình chị Dợ trồng 1,5 ha chè Shan tuyết, nuôi 5 con bò và mở điểm bán hàng thổ cẩm cho khách du lịch, thu nhập mỗi năm khoảng 180 triệu đồng. Năm 2024, thôn Lũng Thầu có 14 hộ thoát nghèo, trong đó 11 hộ là thành viên của tổ. Tỷ lệ hộ nghèo của thôn giảm từ 62% năm 2016 xuống còn 19,5%.
Bà Giàng Thị Chúa, Chủ tịch Hội LHPN xã Phố Bảng, cho biết sau khi sắp xếp đơn vị hành chính, xã mới có 26 thôn, 41 tổ tiết kiệm và vay vốn với tổng dư nợ hơn 56 tỷ đồng, trong đó tổ của chị Dợ là một trong 5 tổ được Chi nhánh Ngân hàng Chính sách xã hội tỉnh xếp loại tốt liên tục. "Chị Dợ không biết nhiều chữ, nhưng ghi sổ rất cẩn thận, ai nộp lãi ngày nào chị nhớ hết", bà Chúa nói.
Năm 2025, chị Thào Thị Dợ được Trung ương Hội LHPN Việt Nam tặng bằng khen vì có thành tích xuất sắc trong thực hiện Đề án 938 về tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ. Chị cũng là 1 trong 20 phụ nữ tiêu biểu của tỉnh được biểu dương dịp 20/10 năm nay.
Ông Vương Văn Tiến, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tuyên Quang, cho biết sau hợp nhất, dư nợ ủy thác qua Hội LHPN toàn tỉnh đạt 5.842 tỷ đồng, chiếm 36,4% tổng dư nợ, với 3.108 tổ tiết kiệm và vay vốn; những tổ trưởng như chị Dợ là "cánh tay nối dài" đưa vốn chính sách đến tận thôn bản.
Chia tay chúng tôi, chị Dợ nói sẽ vận động thêm 10 chị em trong thôn vào tổ, để "không ai phải đi vay lãi nặng nữa".
Hoàng Anh
Tin liên quan
- Tuyên Quang biểu dương 20 phụ nữ tiêu biểu (18/10/2025)
- Phụ nữ vùng cao khởi nghiệp từ thổ cẩm (10/10/2025)
- Hội LHPN tỉnh ra mắt Ban Chấp hành mới (20/07/2025)
""", "2025-10-20", '"Thủ quỹ" của 40 chị em người Mông ở Phố Bảng',
E("khac", None, None),
[P("Thào Thị Dợ", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Lũng Thầu"),
 P("Giàng Thị Chúa", "Chủ tịch Hội LHPN xã Phố Bảng"),
 P("Vương Văn Tiến", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tuyên Quang")],
[Q("12 chị", 12, "chị"), Q("40 thành viên", 40, "thành viên"),
 Q("2,65 tỷ đồng", 2650000000, "đồng"), Q("50 nghìn đồng", 50000, "đồng"), Q("118,4 triệu đồng", 118400000, "đồng"),
 Q("33 lượt chị em", 33, "lượt chị em"), Q("1,5 ha", 1.5, "ha"), Q("5 con bò", 5, "con bò"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("14 hộ", 14, "hộ"), Q("11 hộ", 11, "hộ"), Q("62%", 62, "%"),
 Q("19,5%", 19.5, "%"), Q("26 thôn", 26, "thôn"), Q("41 tổ tiết kiệm và vay vốn", 41, "tổ tiết kiệm và vay vốn"),
 Q("hơn 56 tỷ đồng", 56000000000, "đồng", "over"), Q("5 tổ", 5, "tổ"), Q("20 phụ nữ tiêu biểu", 20, "phụ nữ tiêu biểu"),
 Q("5.842 tỷ đồng", 5842000000000, "đồng"), Q("36,4%", 36.4, "%"), Q("3.108 tổ tiết kiệm và vay vốn", 3108, "tổ tiết kiệm và vay vốn"),
 Q("10 chị em", 10, "chị em")],
[D("Đề án", "938", None, None, None, "Đề án 938")],
[prov("Tuyên Quang"), com("Phố Bảng")],
["Báo Tuyên Quang điện tử", "Xã hội › Phụ nữ › Gương sáng", "Chị Thào Thị Dợ bên vườn chè của gia đình. Ảnh: Hoàng Anh",
 "thủ quỹ của chị em", "cánh tay nối dài"],
["08:15 | 20/10/2025", "95 năm", "20/10/1930 - 20/10/2025", "Năm 2016", "9 năm", "Năm 2024", "năm 2016", "Năm 2025", "Đề án 938",
 "1 trong 20", "20/10 năm nay"]))

PAGES.append(page("b2018-dongnai-tinhdoan-tongket-2025", """
TỈNH ĐOÀN ĐỒNG NAI
You are here: Trang chủ > Tin tức > Hoạt động Đoàn
2025-12-24 16:40
Ảnh: Quang cảnh hội nghị tổng kết.
Tuổi trẻ Đồng Nai trao 2.480 suất học bổng, hỗ trợ 920 thanh niên vay vốn
Ngày 23/12/2025, Ban Chấp hành Tỉnh Đoàn Đồng Nai tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, năm đầu tiên hoạt động sau hợp nhất Tỉnh Đoàn Đồng Nai và Tỉnh Đoàn Bình Phước. Dự hội nghị có đồng chí Điểu Thị Ngọc Ánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Trần Quốc Bảo, Tỉnh ủy viên, Bí thư Tỉnh Đoàn chủ trì.
Năm 2025, các cấp bộ Đoàn trao 2.480 suất học bổng với tổng trị giá 3,72 tỷ đồng, trong đó Quỹ học bổng "Vừ A Dính" trao 160 suất cho học sinh dân tộc thiểu số người S'tiêng, M'nông, Khmer, mỗi suất 2.000.000 đồng. Đoàn phối hợp với Ngân hàng Chính sách xã hội hỗ trợ 920 thanh niên vay vốn tạo việc làm, khởi nghiệp với tổng số tiền 64,3 tỷ đồng; dư nợ ủy thác qua Đoàn đạt 1.018,5 tỷ đồng với 392 tổ tiết kiệm và vay vốn và 21.460 khách hàng, nợ quá hạn 0,03%. Chương trình "Mùa đông ấm" vận động được 1,15 tỷ đồng, xây 6 "Nhà nhân ái" cho đoàn viên khó khăn.
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư, Tỉnh Đoàn đã sắp xếp tổ chức cơ sở Đoàn theo mô hình chính quyền địa phương 2 cấp, hiện có 95 Đoàn xã, phường; kết nạp 14.265 đoàn viên mới, giới thiệu 3.120 đoàn viên ưu tú cho Đảng. Các công trình thanh niên có tổng giá trị 12,6 tỷ đồng.
Tại hội nghị, chị Thị Bích Thủy, Bí thư Đoàn xã Đắk Ơ, người S'tiêng, chia sẻ mô hình "Tổ vay vốn thanh niên" giúp 17 đoàn viên mua máy cắt cỏ, máy phun thuốc, nhận làm dịch vụ vườn điều, thu nhập 8 - 10 triệu đồng/tháng. Anh Nguyễn Đức Minh, Bí thư Đoàn phường Trấn Biên, cho biết Đoàn phường vận động doanh nghiệp đỡ đầu 45 học sinh mồ côi, mỗi em 1,2 triệu đồng mỗi tháng đến khi 18 tuổi.
Phát biểu chỉ đạo, đồng chí Điểu Thị Ngọc Ánh ghi nhận kết quả của tuổi trẻ tỉnh trong năm có nhiều biến động về tổ chức; đề nghị năm 2026 Tỉnh Đoàn quan tâm thanh niên vùng biên giới, đồng bào dân tộc thiểu số, thực hiện tốt Chương trình hành động số 15-CTr/TU của Tỉnh ủy và các kế hoạch số 22-KH/TU, 23-KH/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên và chuyển đổi số.
Dịp này, Trung ương Đoàn tặng bằng khen cho 4 tập thể, 6 cá nhân; Tỉnh Đoàn tặng bằng khen cho 32 tập thể, 58 cá nhân. Đồng chí Điểu Minh Hoàng, Phó Bí thư Thường trực Tỉnh Đoàn, thông qua chương trình công tác năm 2026 với 15 chỉ tiêu.
Quốc Thanh
Tin liên quan
- Ra mắt Câu lạc bộ thanh niên khởi nghiệp tỉnh (20/12/2025)
- Trao 100 suất quà cho thanh niên công nhân (10/12/2025)
- Hội thi Bí thư Chi đoàn giỏi năm 2025 (25/11/2025)
""", "2025-12-24", "Tuổi trẻ Đồng Nai trao 2.480 suất học bổng, hỗ trợ 920 thanh niên vay vốn",
E("tong_ket", "2025", "2025-12-23"),
[P("Điểu Thị Ngọc Ánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quốc Bảo", "Tỉnh ủy viên", "Bí thư Tỉnh Đoàn"),
 P("Thị Bích Thủy", "Bí thư Đoàn xã Đắk Ơ"),
 P("Nguyễn Đức Minh", "Bí thư Đoàn phường Trấn Biên"),
 P("Điểu Minh Hoàng", "Phó Bí thư Thường trực Tỉnh Đoàn")],
[Q("2.480 suất học bổng", 2480, "suất học bổng"), Q("3,72 tỷ đồng", 3720000000, "đồng"), Q("160 suất", 160, "suất"),
 Q("2.000.000 đồng", 2000000, "đồng"), Q("920 thanh niên", 920, "thanh niên"), Q("64,3 tỷ đồng", 64300000000, "đồng"),
 Q("1.018,5 tỷ đồng", 1018500000000, "đồng"), Q("392 tổ tiết kiệm và vay vốn", 392, "tổ tiết kiệm và vay vốn"),
 Q("21.460 khách hàng", 21460, "khách hàng"), Q("0,03%", 0.03, "%"), Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q('6 "Nhà nhân ái"', 6, "Nhà nhân ái"), Q("95 Đoàn xã, phường", 95, "Đoàn xã, phường"),
 Q("14.265 đoàn viên mới", 14265, "đoàn viên mới"), Q("3.120 đoàn viên ưu tú", 3120, "đoàn viên ưu tú"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("17 đoàn viên", 17, "đoàn viên"), Q("8 - 10 triệu đồng", 8000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("45 học sinh mồ côi", 45, "học sinh mồ côi"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("32 tập thể", 32, "tập thể"), Q("58 cá nhân", 58, "cá nhân"),
 Q("15 chỉ tiêu", 15, "chỉ tiêu")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Chương trình hành động", "15", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 15-CTr/TU của Tỉnh ủy"),
 D("Kế hoạch", "22", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 22-KH/TU, 23-KH/TU"),
 D("Kế hoạch", "23", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 22-KH/TU, 23-KH/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đắk Ơ"), com("Trấn Biên")],
["TỈNH ĐOÀN ĐỒNG NAI", "You are here: Trang chủ > Tin tức > Hoạt động Đoàn", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Vừ A Dính", "Mùa đông ấm", "Nhà nhân ái", "Tổ vay vốn thanh niên"],
["2025-12-24 16:40", "năm 2025", "2 cấp", "18 tuổi", "năm 2026"]))

PAGES.append(page("b2019-cantho-hlhpn-quatet-2026", """
HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ
Trang chủ › Tin tức › Chăm lo Tết
Thứ Bảy, 07/02/2026 | 09:10
Phụ nữ Cần Thơ chăm lo Tết Bính Ngọ cho hơn 12.000 hội viên khó khăn
Ngày 6/2, Hội LHPN thành phố Cần Thơ phối hợp với Chi nhánh Ngân hàng Chính sách xã hội thành phố tổ chức chương trình "Xuân yêu thương - Tết sum vầy" năm 2026, trao 1.500 phần quà Tết cho phụ nữ nghèo, phụ nữ đơn thân, người dân tộc Khmer tại phường Phú Lợi, xã Tài Văn và xã Vị Thủy. Mỗi phần quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng.
Bà Thạch Thị Chanh Thu trao quà cho hội viên phường Phú Lợi. Ảnh: Bảo Trân
Tham dự có bà Trương Thị Kim Ngân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; bà Thạch Thị Chanh Thu, Thành ủy viên, Chủ tịch Hội LHPN thành phố; bà Hồ Thị Bích Liên, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội thành phố Cần Thơ.
Theo bà Thạch Thị Chanh Thu, đây là dịp Tết đầu tiên sau khi hợp nhất Hội LHPN thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang. Các cấp Hội đã vận động hơn 9,6 tỷ đồng, chăm lo Tết cho hơn 12.000 hội viên khó khăn, trong đó 12.350 phần quà, 42 căn "Mái ấm tình thương" và 380 suất học bổng "Mẹ đỡ đầu". Đến cuối năm 2025, dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 4.912,7 tỷ đồng với 2.264 tổ tiết kiệm và vay vốn và 118.630 khách hàng; tiền gửi tiết kiệm của tổ viên đạt 214,5 tỷ đồng; nợ quá hạn 0,12%.
Bà Huỳnh Thị Sa Rết, Chủ tịch Hội LHPN xã Tài Văn, cho biết xã có 3.200 hộ đồng bào Khmer; Hội xã duy trì 18 nhóm "Phụ nữ tiết kiệm góp vốn xoay vòng", mỗi thành viên góp 200 nghìn đồng/tháng, năm qua xoay vòng được 1,08 tỷ đồng cho 96 chị. Bà Lý Thị Sóc Phia, ngụ ấp Tà Điếp, xã Tài Văn, nhận quà xúc động cho biết năm 2025 gia đình bà vay 60 triệu đồng nuôi heo, đến nay đã trả được 20% nợ gốc.
Bà Trương Thị Kim Ngân đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư về nâng cao hiệu quả của tín dụng chính sách xã hội trong giai đoạn mới, phối hợp chăm lo cho mọi nhà đều có Tết; sau Tết tập trung hỗ trợ phụ nữ vay vốn khởi nghiệp theo Kế hoạch số 02-KH/HPN ngày 5/1/2026 của Ban Thường vụ Hội LHPN thành phố.
Dịp này, Chi nhánh Ngân hàng Chính sách xã hội thành phố trao 60 suất quà, mỗi suất 1,5 triệu đồng, cho tổ trưởng tổ tiết kiệm và vay vốn có hoàn cảnh khó khăn. Các bà Phó Chủ tịch Hội LHPN thành phố: Lâm Thị Ngọc Diễm, Nguyễn Thị Thu Ba - Trưởng ban Gia đình xã hội cùng trao quà tại các điểm.
Bảo Trân
Tin khác
- Hội LHPN thành phố trao 300 phần quà Tết tại Sóc Trăng (04/02/2026)
- Ra mắt 20 tổ phụ nữ tiết kiệm ở Vị Thanh (20/01/2026)
- Tổng kết công tác Hội năm 2025 (09/01/2026)
""", "2026-02-07", "Phụ nữ Cần Thơ chăm lo Tết Bính Ngọ cho hơn 12.000 hội viên khó khăn",
E("trao_qua", None, "2026-02-06"),
[P("Trương Thị Kim Ngân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thạch Thị Chanh Thu", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Hồ Thị Bích Liên", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội thành phố Cần Thơ"),
 P("Huỳnh Thị Sa Rết", "Chủ tịch Hội LHPN xã Tài Văn"),
 P("Lý Thị Sóc Phia"),
 P("Lâm Thị Ngọc Diễm", "Phó Chủ tịch Hội LHPN thành phố"),
 P("Nguyễn Thị Thu Ba", "Phó Chủ tịch Hội LHPN thành phố", "Trưởng ban Gia đình xã hội")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("hơn 12.000 hội viên khó khăn", 12000, "hội viên khó khăn", "over"),
 Q("12.350 phần quà", 12350, "phần quà"), Q('42 căn "Mái ấm tình thương"', 42, "căn"), Q("380 suất học bổng", 380, "suất học bổng"),
 Q("4.912,7 tỷ đồng", 4912700000000, "đồng"), Q("2.264 tổ tiết kiệm và vay vốn", 2264, "tổ tiết kiệm và vay vốn"),
 Q("118.630 khách hàng", 118630, "khách hàng"), Q("214,5 tỷ đồng", 214500000000, "đồng"), Q("0,12%", 0.12, "%"),
 Q("3.200 hộ đồng bào Khmer", 3200, "hộ đồng bào Khmer"), Q("18 nhóm", 18, "nhóm"), Q("200 nghìn đồng", 200000, "đồng"),
 Q("1,08 tỷ đồng", 1080000000, "đồng"), Q("96 chị", 96, "chị"), Q("60 triệu đồng", 60000000, "đồng"), Q("20%", 20, "%"),
 Q("60 suất quà", 60, "suất quà"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "39", "CT/TW", "2024-10-30", "Ban Bí thư", "Chỉ thị số 39-CT/TW ngày 30/10/2024"),
 D("Kế hoạch", "02", "KH/HPN", "2026-01-05", "Ban Thường vụ Hội LHPN thành phố", "Kế hoạch số 02-KH/HPN ngày 5/1/2026")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi"), com("Tài Văn"), com("Vị Thủy")],
["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ", "Trang chủ › Tin tức › Chăm lo Tết",
 "Bà Thạch Thị Chanh Thu trao quà cho hội viên phường Phú Lợi. Ảnh: Bảo Trân", "Xuân yêu thương - Tết sum vầy",
 "Mái ấm tình thương", "Mẹ đỡ đầu", "Phụ nữ tiết kiệm góp vốn xoay vòng"],
["Thứ Bảy, 07/02/2026 | 09:10", "Tết Bính Ngọ", "năm 2026", "năm 2025", "năm qua"]))

PAGES.append(page("b2020-daklak-xa-hoinghi-vayvon-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA KNỐP - TỈNH ĐẮK LẮK
Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể
Ngày 09/03/2026 - 10:30
Lượt xem: 207
Xã Ea Knốp triển khai cho vay vốn chính sách năm 2026
Sáng 7/3, UBND xã Ea Knốp phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Ea Kar (Chi nhánh tỉnh Đắk Lắk) tổ chức hội nghị triển khai kế hoạch tín dụng chính sách xã hội năm 2026, gắn với kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3. Ông Y Thịnh Êban, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội xã chủ trì hội nghị.
Ông Y Thịnh Êban phát biểu tại hội nghị.
Năm 2025, tổng dư nợ các chương trình tín dụng chính sách trên địa bàn xã đạt 186,42 tỷ đồng, tăng 14,9 tỷ đồng so với năm 2024, với 4.105 hộ còn dư nợ, thông qua 64 tổ tiết kiệm và vay vốn do 4 tổ chức chính trị - xã hội nhận ủy thác. Riêng Hội LHPN xã quản lý 22 tổ với dư nợ 71,3 tỷ đồng; Hội Nông dân 19 tổ, 52,8 tỷ đồng; Hội Cựu chiến binh 13 tổ, 35,02 tỷ đồng; Đoàn Thanh niên 10 tổ, 27,3 tỷ đồng. Nợ quá hạn còn 0,21%. Cho vay theo Nghị định 28/2022/NĐ-CP của Chính phủ về tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đạt 9,6 tỷ đồng, giúp 187 hộ đồng bào Êđê, Jrai làm nhà, mua đất sản xuất.
Năm 2026, xã được giao kế hoạch tăng trưởng dư nợ 18 tỷ đồng, ưu tiên cho vay hộ nghèo, hộ cận nghèo với mức tối đa 100 triệu đồng/hộ và cho vay nhà ở xã hội. UBND xã đã ban hành Quyết định số 15/QĐ-UBND ngày 12/1/2026 kiện toàn Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội xã gồm 11 thành viên, và Kế hoạch số 27/KH-UBND triển khai Chỉ thị số 39-CT/TW của Ban Bí thư trên địa bàn.
Tại hội nghị, bà H'Luyến Byă, Chủ tịch Hội LHPN xã, cho biết Hội đã vận động 312 chị em tham gia 22 nhóm tiết kiệm "Góp vốn xoay vòng", số tiền tiết kiệm 486 triệu đồng; năm nay Hội phấn đấu giảm 5% số hộ nghèo do phụ nữ làm chủ. Bà Nay Thị Hạnh, Tổ trưởng tổ tiết kiệm và vay vốn buôn Ea Khal, xã Ea Knốp, kể từ khoản vay 50 triệu đồng gia đình bà trồng 800 cây sầu riêng xen cà phê. Ông Y Wang Niê, Bí thư Đoàn xã, đề nghị ngân hàng dành 2 tỷ đồng cho thanh niên vay khởi nghiệp.
Các ông Nguyễn Văn Lực, Y Ngông Mlô - cán bộ Tổ giao dịch xã, hướng dẫn quy trình vay vốn trên ứng dụng ngân hàng số. Bà H'Bia Mlô vừa được bổ nhiệm làm Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội, thay mặt UBND xã giao chỉ tiêu cho các thôn, buôn.
Dịp này, Hội LHPN xã trao 30 suất quà, mỗi suất 500 nghìn đồng, cho hội viên nghèo nhân ngày 8/3; Phòng giao dịch khen thưởng 6 tổ tiết kiệm và vay vốn xuất sắc năm 2025.
UBND xã Ea Knốp
Tin khác
- Xã Ea Knốp tổng kết công tác Mặt trận năm 2025 (20/01/2026)
- Hội Nông dân xã trao 10 con bò giống (10/01/2026)
- Ra mắt tổ phụ nữ tiết kiệm buôn Ea Sar (28/12/2025)
""", "2026-03-09", "Xã Ea Knốp triển khai cho vay vốn chính sách năm 2026",
E("hoi_nghi", "2026", "2026-03-07"),
[P("Y Thịnh Êban", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội xã"),
 P("H'Luyến Byă", "Chủ tịch Hội LHPN xã"),
 P("Nay Thị Hạnh", "Tổ trưởng tổ tiết kiệm và vay vốn buôn Ea Khal"),
 P("Y Wang Niê", "Bí thư Đoàn xã"),
 P("Nguyễn Văn Lực", "cán bộ Tổ giao dịch xã"),
 P("Y Ngông Mlô", "cán bộ Tổ giao dịch xã"),
 P("H'Bia Mlô", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội")],
[Q("186,42 tỷ đồng", 186420000000, "đồng"), Q("14,9 tỷ đồng", 14900000000, "đồng"), Q("4.105 hộ", 4105, "hộ"),
 Q("64 tổ tiết kiệm và vay vốn", 64, "tổ tiết kiệm và vay vốn"), Q("4 tổ chức chính trị - xã hội", 4, "tổ chức chính trị - xã hội"),
 Q("22 tổ", 22, "tổ"), Q("71,3 tỷ đồng", 71300000000, "đồng"), Q("19 tổ", 19, "tổ"), Q("52,8 tỷ đồng", 52800000000, "đồng"),
 Q("13 tổ", 13, "tổ"), Q("35,02 tỷ đồng", 35020000000, "đồng"), Q("10 tổ", 10, "tổ"), Q("27,3 tỷ đồng", 27300000000, "đồng"),
 Q("0,21%", 0.21, "%"), Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("187 hộ đồng bào Êđê, Jrai", 187, "hộ đồng bào Êđê, Jrai"),
 Q("18 tỷ đồng", 18000000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("11 thành viên", 11, "thành viên"),
 Q("312 chị em", 312, "chị em"), Q("22 nhóm tiết kiệm", 22, "nhóm tiết kiệm"), Q("486 triệu đồng", 486000000, "đồng"),
 Q("5%", 5, "%"), Q("50 triệu đồng", 50000000, "đồng"), Q("800 cây sầu riêng", 800, "cây sầu riêng"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("30 suất quà", 30, "suất quà"), Q("500 nghìn đồng", 500000, "đồng"), Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn")],
[D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 28/2022/NĐ-CP của Chính phủ"),
 D("Quyết định", "15", "QĐ-UBND", "2026-01-12", "UBND xã", "Quyết định số 15/QĐ-UBND ngày 12/1/2026"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND xã", "Kế hoạch số 27/KH-UBND"),
 D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 39-CT/TW của Ban Bí thư")],
[prov("Đắk Lắk"), com("Ea Knốp")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA KNỐP - TỈNH ĐẮK LẮK", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể", "Lượt xem: 207",
 "Ông Y Thịnh Êban phát biểu tại hội nghị.", "Góp vốn xoay vòng", "UBND xã Ea Knốp",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày 09/03/2026 - 10:30", "Lượt xem: 207", "năm 2026", "116 năm", "8/3", "Năm 2025", "năm 2024", "Năm 2026", "năm 2025"]))
