from lib import *
PAGES = []

PAGES.append(page("b5825-binhdinh-hnd-daihoi-2023", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 18/08/2023
Đồng chí Lê Văn Hưng trao hoa chúc mừng Ban Chấp hành khóa mới.
Đại hội Hội Nông dân xã Cát Khánh: quyết tâm xây dựng vùng quê ven biển an toàn trước thiên tai
(BĐ) - Ngày 17/8, Hội Nông dân xã Cát Khánh, huyện Phù Cát tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2023 - 2028. Dự đại hội có ông Lê Văn Hưng, Phó Chủ tịch Hội Nông dân tỉnh; ông Đặng Minh Trí, HUV, Chủ tịch Hội Nông dân huyện Phù Cát cùng 120 đại biểu đại diện cho hơn 2.600 hội viên trong toàn xã.
Là xã ven biển thường xuyên hứng chịu thiên tai của tỉnh Bình Định, trong nhiệm kỳ 2018 - 2023, Cát Khánh chịu ảnh hưởng trực tiếp của 5 cơn bão, trong đó bão số 9 năm 2020 làm 142 căn nhà bị tốc mái, hơn 300 ha hoa màu bị thiệt hại. Các cấp hội đã vận động hội viên giúp nhau 3.500 ngày công khắc phục hậu quả; phối hợp Ngân hàng Chính sách xã hội cho 186 hộ vay vốn với tổng dư nợ khoảng 7,4 tỷ đồng để làm lại chuồng trại, đóng mới 14 thuyền thúng. Hội đã xây dựng 6 tổ hội nghề nghiệp nuôi trồng thủy sản, 2 mô hình "Nông dân tự quản phòng, chống thiên tai"; kết nạp 215 hội viên mới, nâng tỷ lệ tập hợp lên 87,5% số hộ nông nghiệp.
Thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy xã về phát triển kinh tế biển gắn với phòng, chống thiên tai và Kế hoạch 31, 32-KH/HND của Ban Thường vụ Hội Nông dân huyện, phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 1.012 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân xã đạt hơn 650 triệu đồng.
Nhiệm kỳ 2023 - 2028, đại hội đề ra 12 chỉ tiêu, trong đó phấn đấu mỗi năm kết nạp từ 80 hội viên trở lên; 100% chi hội có tổ xung kích phòng, chống thiên tai; vận động xây mới ít nhất 20 căn nhà chống bão cho hội viên nghèo theo Quyết định số 48/2014/QĐ-TTg của Thủ tướng Chính phủ.
Đại hội đã bầu Ban Chấp hành khóa XII gồm 15 ủy viên. Bà Nguyễn Thị Thu Sương được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã Cát Khánh khóa XII; các ông Trần Văn Bảy, Võ Ngọc Hải được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 8 đại biểu đi dự Đại hội Hội Nông dân huyện Phù Cát lần thứ XI.
Phát biểu chỉ đạo, ông Lê Văn Hưng đề nghị hội tiếp tục vận động hội viên thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai.
Ngọc Nhuận
Tin cùng chuyên mục
- Phù Cát: 17/17 cơ sở hội nông dân hoàn thành đại hội (10/08/2023)
- Hội Nông dân tỉnh tập huấn nghiệp vụ công tác hội (02/08/2023)
- Cát Tiến ra mắt tổ hội nghề nghiệp khai thác hải sản (25/07/2023)
""", "2023-08-18", "Đại hội Hội Nông dân xã Cát Khánh: quyết tâm xây dựng vùng quê ven biển an toàn trước thiên tai",
E("dai_hoi", None, "2023-08-17"),
[P("Lê Văn Hưng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Minh Trí", "HUV", "Chủ tịch Hội Nông dân huyện Phù Cát"),
 P("Nguyễn Thị Thu Sương", "Chủ tịch Hội Nông dân xã Cát Khánh khóa XII"),
 P("Trần Văn Bảy", "Phó Chủ tịch Hội Nông dân xã"),
 P("Võ Ngọc Hải", "Phó Chủ tịch Hội Nông dân xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 2.600 hội viên", 2600, "hội viên", "over"), Q("5 cơn bão", 5, "cơn bão"),
 Q("142 căn nhà", 142, "căn nhà"), Q("hơn 300 ha", 300, "ha", "over"), Q("3.500 ngày công", 3500, "ngày công"),
 Q("186 hộ", 186, "hộ"), Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("14 thuyền thúng", 14, "thuyền thúng"),
 Q("6 tổ hội nghề nghiệp nuôi trồng thủy sản", 6, "tổ hội nghề nghiệp nuôi trồng thủy sản"), Q("2 mô hình", 2, "mô hình"),
 Q("215 hội viên mới", 215, "hội viên mới"), Q("87,5%", 87.5, "%"), Q("1.012 hộ", 1012, "hộ"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"), Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("từ 80 hội viên trở lên", 80, "hội viên", "over"),
 Q("100%", 100, "%"), Q("ít nhất 20 căn nhà chống bão", 20, "căn nhà chống bão", "over"), Q("15 ủy viên", 15, "ủy viên"), Q("8 đại biểu", 8, "đại biểu")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU"),
 D("Kế hoạch", "31", "KH/HND", None, "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch 31, 32-KH/HND"),
 D("Kế hoạch", "32", "KH/HND", None, "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch 31, 32-KH/HND"),
 D("Quyết định", "48", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2014/QĐ-TTg"),
 D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020")],
[prov("Bình Định"), com("Cát Khánh")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Đồng chí Lê Văn Hưng trao hoa chúc mừng Ban Chấp hành khóa mới.", "(BĐ)",
 "Nông dân tự quản phòng, chống thiên tai", "Ngân hàng Chính sách xã hội", "Quỹ Hỗ trợ nông dân"],
["Thứ Sáu, 18/08/2023", "lần thứ XII", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "bão số 9 năm 2020", "khóa XII", "lần thứ XI", "mỗi năm"]))

PAGES.append(page("b5826-camau-mttq-hoinghi-2020", """
Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau
Tin tức - Sự kiện / Hoạt động Mặt trận
Thứ Ba, 20/10/2020 - 07:10
Quang cảnh hội nghị phát động.
Cà Mau phát động ủng hộ đồng bào miền Trung khắc phục hậu quả lũ lụt
Chiều 19/10, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị phát động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do mưa lũ. Đồng chí Tô Minh Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Lâm Văn Bi, Phó Chủ tịch UBND tỉnh.
Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Công văn số 2131/MTTW-BTT ngày 13/10/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ủy ban MTTQ tỉnh kêu gọi mỗi cán bộ, công chức, viên chức, người lao động đóng góp ít nhất 1 ngày lương; các doanh nghiệp, nhà hảo tâm, đồng bào các tôn giáo trong tỉnh chung tay chia sẻ với miền Trung.
Ngay tại hội nghị, 47 tập thể, doanh nghiệp và cá nhân đã đăng ký ủng hộ hơn 5,2 tỷ đồng, trong đó Công ty Cổ phần Thủy sản Minh Phú ủng hộ 1 tỷ đồng, Hội Doanh nhân trẻ tỉnh 350 triệu đồng, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh 120 triệu đồng. Thượng tọa Thích Huệ Minh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Linh mục Giuse Trần Văn Lễ, Quản xứ giáo xứ Cà Mau cùng trao tiền ủng hộ. Ông Danh Sa Rên, người Khmer ở xã Khánh Bình Tây, góp 5 triệu đồng từ tiền bán lúa.
Đồng chí Tô Minh Khởi cho biết, năm 2019 Cà Mau cũng phải gánh chịu nhiều đợt sạt lở, triều cường, dông lốc làm hơn 2.700 căn nhà bị sập, tốc mái và đã nhận được sự chia sẻ của đồng bào cả nước. "Lá lành đùm lá rách là truyền thống của dân tộc; lúc này Cà Mau phải đáp lại nghĩa tình ấy", đồng chí nói.
Theo Kế hoạch số 89/KH-MTTQ-BTT ngày 16/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, đợt vận động kéo dài đến hết ngày 30/11; toàn bộ số tiền, hàng tiếp nhận được chuyển về Ban Vận động cứu trợ Trung ương hoặc trực tiếp đến Ủy ban MTTQ các tỉnh Quảng Trị, Thừa Thiên Huế, Quảng Nam theo địa chỉ của người ủng hộ, thực hiện đúng Nghị định số 93/2019/NĐ-CP và Thông tư số 41/2020/TT-BTC. Các huyện đã đăng ký chuyển thêm khoảng 40 tấn gạo, 15.000 thùng mì tôm và nước uống.
Bà Lữ Thị Thúy An, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị Mặt trận 9 huyện, thành phố công khai danh sách ủng hộ trên Báo Cà Mau, Đài Phát thanh - Truyền hình tỉnh; Ủy ban MTTQ các xã, phường, thị trấn mở sổ vàng tiếp nhận ngay trong tuần.
Quốc Vinh
Tin khác
- Cà Mau: gia cố khẩn cấp 3 điểm sạt lở bờ biển Tây (12/10/2020)
- Hỗ trợ 120 hộ dân bị ảnh hưởng do dông lốc ở Trần Văn Thời (05/10/2020)
- Mặt trận tỉnh giám sát việc sử dụng Quỹ "Vì người nghèo" (28/09/2020)
""", "2020-10-20", "Cà Mau phát động ủng hộ đồng bào miền Trung khắc phục hậu quả lũ lụt",
E("hoi_nghi", None, "2020-10-19"),
[P("Tô Minh Khởi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Huệ Minh", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trần Văn Lễ", "Linh mục", "Quản xứ giáo xứ Cà Mau"),
 P("Danh Sa Rên"),
 P("Lữ Thị Thúy An", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("ít nhất 1 ngày lương", 1, "ngày lương", "over"), Q("47 tập thể, doanh nghiệp và cá nhân", 47, "tập thể, doanh nghiệp và cá nhân"),
 Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("hơn 2.700 căn nhà", 2700, "căn nhà", "over"),
 Q("khoảng 40 tấn gạo", 40, "tấn", "approx"), Q("15.000 thùng mì tôm", 15000, "thùng mì tôm"), Q("9 huyện, thành phố", 9, "huyện, thành phố")],
[D("Công văn", "2131", "MTTW-BTT", "2020-10-13", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 2131/MTTW-BTT ngày 13/10/2020"),
 D("Kế hoạch", "89", "KH-MTTQ-BTT", "2020-10-16", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 89/KH-MTTQ-BTT ngày 16/10/2020"),
 D("Nghị định", "93", "2019/NĐ-CP", None, None, "Nghị định số 93/2019/NĐ-CP"),
 D("Thông tư", "41", "2020/TT-BTC", None, None, "Thông tư số 41/2020/TT-BTC")],
[prov("Cà Mau"), com("Khánh Bình Tây"), prov("Quảng Trị"), prov("Thừa Thiên Huế"), prov("Quảng Nam")],
["Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau", "Tin tức - Sự kiện / Hoạt động Mặt trận", "Quang cảnh hội nghị phát động.",
 "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Công ty Cổ phần Thủy sản Minh Phú", "Hội Doanh nhân trẻ tỉnh",
 "Lá lành đùm lá rách", "Ban Vận động cứu trợ Trung ương", "Báo Cà Mau"],
["Thứ Ba, 20/10/2020 - 07:10", "năm 2019", "ngày 30/11"]))

PAGES.append(page("b5827-yenbai-mttq-hoinghi-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ | Xã hội | Mặt trận
Ngày 04/10/2024 | 09:15
Ảnh: Các đại biểu dự hội nghị.
Phân bổ đợt 2 hơn 47 tỷ đồng hỗ trợ người dân khắc phục hậu quả bão số 3
YBĐT - Sáng 3/10, Ban Vận động cứu trợ tỉnh Yên Bái tổ chức hội nghị thống nhất phương án phân bổ đợt 2 nguồn ủng hộ khắc phục hậu quả bão số 3 và mưa lũ sau bão. Chủ trì hội nghị có đồng chí Giàng A Tông, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động cứu trợ tỉnh; đồng chí Đỗ Thị Thu Hà, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh.
Bão số 3 (Yagi) và hoàn lưu sau bão đã làm 54 người chết, mất tích; hơn 18.000 ngôi nhà bị hư hại, trong đó 1.142 nhà phải di dời khẩn cấp; nhiều xã như Phúc Khánh, Châu Quế Thượng, Mỏ Vàng bị cô lập nhiều ngày. Tính đến ngày 30/9, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 112 tỷ đồng; đợt 1 đã phân bổ khoảng 58 tỷ đồng cho 9 huyện, thị xã, thành phố.
Theo phương án được thống nhất, đợt 2 phân bổ hơn 47 tỷ đồng, trong đó hỗ trợ hộ có nhà bị sập đổ hoàn toàn, cuốn trôi 50 triệu đồng/hộ; hộ phải di dời khẩn cấp 30 triệu đồng/hộ; hộ có người chết, mất tích 20 triệu đồng/người. Riêng 276 hộ nghèo, hộ cận nghèo ở các thôn bị lũ quét được ưu tiên hỗ trợ làm nhà trước mùa đông. Việc phân bổ thực hiện theo Nghị định số 93/2021/NĐ-CP của Chính phủ và Hướng dẫn số 26/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tại hội nghị, ông Hà Văn Thẩm, Chủ tịch Ủy ban MTTQ huyện Văn Yên, đề nghị bổ sung nguồn cho 3 thôn ở xã Châu Quế Thượng phải tái định cư toàn bộ. Bà Lò Thị Pằng, Chủ tịch Ủy ban MTTQ xã Mỏ Vàng, người Dao, cho biết xã có 64 hộ đang ở nhờ, ở lán tạm. Ông Sùng A Chư, Bí thư Chi bộ thôn Khe Kìa, xin được hỗ trợ tôn lợp và xi măng thay vì tiền mặt để bà con dựng nhà nhanh hơn.
Đồng chí Giàng A Tông yêu cầu Ủy ban MTTQ các cấp thực hiện Kế hoạch số 162/KH-MTTQ-BTT ngày 15/9/2024 về giám sát việc phân phối; niêm yết công khai tại nhà văn hóa thôn ít nhất 5 ngày; không để trùng lặp, bỏ sót đối tượng; chuyển tiền qua tài khoản với hộ có tài khoản ngân hàng. Các khoản ủng hộ có địa chỉ được chuyển đúng nơi người ủng hộ chỉ định.
Sau hội nghị, Ban Vận động cứu trợ tỉnh tiếp tục tiếp nhận ủng hộ của đồng bào cả nước; dự kiến phân bổ đợt 3 trong tháng 11 để hỗ trợ khôi phục sản xuất, sửa chữa trường học, trạm y tế.
Thanh Ba
Tin liên quan
- Yên Bái: tiếp nhận ủng hộ của TP Hồ Chí Minh (25/09/2024)
- Mù Cang Chải: dựng lại nhà cho hộ bị sạt lở (20/09/2024)
- Trấn Yên: đoàn viên giúp dân dọn bùn sau lũ (15/09/2024)
- Lục Yên: tái định cư cho các hộ vùng sạt lở (12/09/2024)
- Đoàn công tác Trung ương thăm hỏi người dân vùng lũ (11/09/2024)
""", "2024-10-04", "Phân bổ đợt 2 hơn 47 tỷ đồng hỗ trợ người dân khắc phục hậu quả bão số 3",
E("hoi_nghi", None, "2024-10-03"),
[P("Giàng A Tông", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Đỗ Thị Thu Hà", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Hà Văn Thẩm", "Chủ tịch Ủy ban MTTQ huyện Văn Yên"),
 P("Lò Thị Pằng", "Chủ tịch Ủy ban MTTQ xã Mỏ Vàng"),
 P("Sùng A Chư", "Bí thư Chi bộ thôn Khe Kìa")],
[Q("hơn 47 tỷ đồng", 47000000000, "đồng", "over"), Q("54 người", 54, "người"), Q("hơn 18.000 ngôi nhà", 18000, "ngôi nhà", "over"),
 Q("1.142 nhà", 1142, "nhà"), Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"), Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("50 triệu đồng", 50000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("276 hộ nghèo, hộ cận nghèo", 276, "hộ nghèo, hộ cận nghèo"), Q("3 thôn", 3, "thôn"), Q("64 hộ", 64, "hộ")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "26", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 26/HD-MTTW-BTT"),
 D("Kế hoạch", "162", "KH-MTTQ-BTT", "2024-09-15", None, "Kế hoạch số 162/KH-MTTQ-BTT ngày 15/9/2024")],
[prov("Yên Bái"), com("Phúc Khánh"), com("Châu Quế Thượng"), com("Mỏ Vàng")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Trang chủ | Xã hội | Mặt trận", "Ảnh: Các đại biểu dự hội nghị.", "YBĐT", "Yagi", "Ban Vận động cứu trợ tỉnh"],
["Ngày 04/10/2024 | 09:15", "bão số 3", "đợt 2", "đợt 1", "đợt 3", "5 ngày", "tháng 11"]))

PAGES.append(page("b5828-nghean-mttq-giamsat-2019", """
BÁO NGHỆ AN
Chính trị › Mặt trận - Đoàn thể
25/09/2019 - 14:30 | Lượt đọc: 1.377
Giám sát hỗ trợ hộ nghèo xây nhà phòng, tránh bão lụt ở Quỳnh Lưu
Đoàn giám sát kiểm tra một căn nhà chống lũ ở xã Quỳnh Thọ. Ảnh: Hoài Thu
(Baonghean.vn) - Ngày 24/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An do đồng chí Nguyễn Văn Huệ, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt năm 2019 tại huyện Quỳnh Lưu.
Cùng tham gia đoàn có các đồng chí: Lô Thị Kim Ngân, Vi Văn Sơn, Hoàng Văn Tám - Ủy viên Ủy ban MTTQ tỉnh; bà Lang Thị Hoài, Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 48/2014/QĐ-TTg ngày 28/8/2014 của Thủ tướng Chính phủ, giai đoạn 2015 - 2019 huyện có 318 hộ nghèo được hỗ trợ xây dựng nhà có sàn vượt lũ, mỗi hộ được vay tối đa 25 triệu đồng với lãi suất 3%/năm. Năm 2019 có 74 hộ đăng ký, đến nay 61 hộ đã hoàn thành, 13 hộ đang thi công; Ủy ban MTTQ các xã vận động thêm khoảng 520 triệu đồng và 1.600 ngày công giúp đỡ.
Qua kiểm tra thực tế tại xã Quỳnh Thọ, xã Sơn Hải, đoàn ghi nhận các căn nhà đều có diện tích sàn vượt lũ từ 10 m2 trở lên, bảo đảm kỹ thuật theo Hướng dẫn số 05/HD-SXD của Sở Xây dựng. Tuy nhiên, còn 7 hộ chưa giải ngân được phần vốn vay do thiếu hồ sơ đất; một số hộ nghèo là người cao tuổi, neo đơn không có khả năng đối ứng. Bà Hồ Thị Lựu, người Thổ, thôn 6 xã Quỳnh Thọ, cho biết nhờ được hội phụ nữ bảo lãnh vay vốn và bà con góp 40 ngày công, gia đình mới dựng được căn nhà 2 tầng tránh lũ.
Ông Trần Hữu Hạnh, Phó Chủ tịch UBND huyện Quỳnh Lưu, tiếp thu các kiến nghị và cho biết huyện sẽ rà soát để đề nghị Ngân hàng Chính sách xã hội gia hạn nợ cho 12 hộ gặp khó khăn. Đồng chí Nguyễn Văn Huệ đề nghị huyện thực hiện tốt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; công khai danh sách hộ được hỗ trợ tại khu dân cư, phối hợp với Mặt trận cơ sở tiếp tục vận động nguồn lực cho hộ chưa đủ khả năng đối ứng.
Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh theo Kế hoạch số 118/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Hoài Thu
Tin liên quan
- Quỳnh Lưu: ra quân phòng, chống bão số 4 (29/08/2019)
- Mặt trận huyện Diễn Châu trao nhà đại đoàn kết (20/08/2019)
- Nghệ An tập huấn giám sát cho cán bộ Mặt trận cơ sở (15/08/2019)
- Hoàng Mai: giám sát việc bình xét hộ nghèo năm 2019 (10/08/2019)
- Con Cuông: vận động đồng bào Đan Lai di dời khỏi vùng lũ (02/08/2019)
""", "2019-09-25", "Giám sát hỗ trợ hộ nghèo xây nhà phòng, tránh bão lụt ở Quỳnh Lưu",
E("giam_sat", "2019", "2019-09-24"),
[P("Nguyễn Văn Huệ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thị Kim Ngân", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Tám", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Lang Thị Hoài", "Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Hồ Thị Lựu"),
 P("Trần Hữu Hạnh", "Phó Chủ tịch UBND huyện Quỳnh Lưu")],
[Q("318 hộ nghèo", 318, "hộ nghèo"), Q("tối đa 25 triệu đồng", 25000000, "đồng"), Q("3%", 3, "%"), Q("74 hộ", 74, "hộ"),
 Q("61 hộ", 61, "hộ"), Q("13 hộ", 13, "hộ"), Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("từ 10 m2 trở lên", 10, "m2", "over"), Q("7 hộ", 7, "hộ"), Q("40 ngày công", 40, "ngày công"), Q("12 hộ", 12, "hộ")],
[D("Quyết định", "48", "2014/QĐ-TTg", "2014-08-28", "Thủ tướng Chính phủ", "Quyết định số 48/2014/QĐ-TTg ngày 28/8/2014"),
 D("Hướng dẫn", "05", "HD-SXD", None, "Sở Xây dựng", "Hướng dẫn số 05/HD-SXD"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "118", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 118/KH-MTTQ-BTT")],
[prov("Nghệ An"), com("Quỳnh Thọ"), com("Sơn Hải")],
["BÁO NGHỆ AN", "Chính trị › Mặt trận - Đoàn thể", "Lượt đọc: 1.377", "Đoàn giám sát kiểm tra một căn nhà chống lũ ở xã Quỳnh Thọ. Ảnh: Hoài Thu",
 "(Baonghean.vn)", "Ngân hàng Chính sách xã hội"],
["25/09/2019 - 14:30 | Lượt đọc: 1.377", "năm 2019", "giai đoạn 2015 - 2019", "Năm 2019", "thôn 6", "2 tầng"]))

PAGES.append(page("b5829-hatinh-bdv-tongket-2024", """
Hôm nay: Thứ Hai, 23/12/2024
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Bạn đang ở: Trang chủ › Tin hoạt động
Thứ Sáu, 20/12/2024 - 16:05
Hà Tĩnh: khối dân vận tổng kết một năm gắn bó với dân vùng thiên tai
Toàn cảnh hội nghị.
Ngày 19/12, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Thị Nữ Y, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Hải Yến, Nguyễn Hữu Ký.
Năm 2024, tỉnh chịu ảnh hưởng của bão số 3 và đợt mưa lũ lớn cuối tháng 10, làm hơn 4.100 ngôi nhà bị ngập, 3 người chết. Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 215, 216-KL/TU về công tác vận động Nhân dân khắc phục hậu quả thiên tai và về xóa nhà tạm, nhà dột nát; Ủy ban MTTQ các cấp tiếp nhận hơn 63 tỷ đồng ủng hộ, trong đó gần 14 tỷ đồng gửi đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3.
Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư và Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ, toàn tỉnh đã hỗ trợ xây mới, sửa chữa 1.512 căn nhà cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn, vượt 12% kế hoạch, trong đó 236 nhà có gác tránh lũ. Phong trào "Dân vận khéo" có 412 mô hình được công nhận cấp tỉnh, 41 mô hình cấp tỉnh về phòng, chống thiên tai. Cả năm, các cơ quan dân vận tiếp nhận 86 đơn thư, giải quyết 79 đơn, đạt 91,9%.
Tham luận tại hội nghị, đồng chí Phan Thị Diệu Thúy, HUV, Trưởng Ban Dân vận Huyện ủy Hương Khê, cho biết huyện đã vận động 1.250 hộ hiến hơn 42.000 m2 đất làm đường cứu hộ, cứu nạn. Ông Lê Văn Thành, Bí thư Đảng ủy xã Thạch Kim, nêu cách vận động ngư dân đưa 324 tàu cá vào nơi tránh trú an toàn trong mỗi cơn bão.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: công tác nắm tình hình ở một số địa bàn vùng giáo, vùng biển có lúc chưa sâu; việc giải quyết đơn thư liên quan đến đất đai, bồi thường ở một số dự án còn kéo dài; cán bộ dân vận cấp xã nhiều người kiêm nhiệm, ít được tập huấn kỹ năng vận động Nhân dân trong tình huống thiên tai.
Phát biểu kết luận, đồng chí Nguyễn Thị Nữ Y đề nghị năm 2025 khối dân vận tiếp tục thực hiện Nghị quyết số 43-NQ/TW của BCH Trung ương về phát huy sức mạnh đại đoàn kết toàn dân tộc; chủ động tham mưu việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW, nắm chắc tư tưởng cán bộ, đảng viên; hoàn thành xóa nhà tạm trước tháng 9/2025.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 28 tập thể và 45 cá nhân xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2024.
Thiên Vỹ
Lượt xem: 2.318
Tin liên quan
- Hà Tĩnh: xóa nhà tạm cho 650 hộ nghèo trong năm 2024 (10/12/2024)
- Giao ban khối dân vận quý III năm 2024 (04/10/2024)
- Hà Tĩnh chung tay ủng hộ đồng bào các tỉnh phía Bắc (15/09/2024)
""", "2024-12-20", "Hà Tĩnh: khối dân vận tổng kết một năm gắn bó với dân vùng thiên tai",
E("tong_ket", "2024", "2024-12-19"),
[P("Nguyễn Thị Nữ Y", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hải Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Ký", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Diệu Thúy", "HUV", "Trưởng Ban Dân vận Huyện ủy Hương Khê"),
 P("Lê Văn Thành", "Bí thư Đảng ủy xã Thạch Kim")],
[Q("hơn 4.100 ngôi nhà", 4100, "ngôi nhà", "over"), Q("3 người", 3, "người"), Q("hơn 63 tỷ đồng", 63000000000, "đồng", "over"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("1.512 căn nhà", 1512, "căn nhà"), Q("12%", 12, "%"),
 Q("236 nhà có gác tránh lũ", 236, "nhà có gác tránh lũ"), Q("412 mô hình", 412, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("86 đơn thư", 86, "đơn thư"), Q("79 đơn", 79, "đơn"), Q("91,9%", 91.9, "%"), Q("1.250 hộ", 1250, "hộ"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("324 tàu cá", 324, "tàu cá"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kết luận", "216", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Nghị quyết", "43", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 43-NQ/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["Hôm nay: Thứ Hai, 23/12/2024", "BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Bạn đang ở: Trang chủ › Tin hoạt động", "Toàn cảnh hội nghị.", "Dân vận khéo", "Lượt xem: 2.318"],
["Thứ Sáu, 20/12/2024 - 16:05", "năm 2024", "năm 2025", "bão số 3", "tháng 9/2025", "Lượt xem: 2.318"]))

PAGES.append(page("b5830-thanhhoa-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ / Dân vận / Tin hoạt động
11/07/2025 - 08:20
Khối dân vận Thanh Hóa: 6 tháng đầu năm xóa xong nhà tạm, chủ động trước mùa mưa bão
Đồng chí Đào Văn Hiếu phát biểu tại hội nghị. Ảnh: Lê Hợi
Ngày 10/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đào Văn Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Phạm Thị Thanh Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Cầm Bá Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, 6 tháng qua, khối dân vận đã tập trung tuyên truyền, vận động cán bộ, đảng viên và Nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện; toàn tỉnh từ 547 xã, phường, thị trấn sắp xếp còn 166 xã, phường. Thực hiện Chỉ thị số 22-CT/TW của Ban Bí thư và Kế hoạch số 67-KH/TU của Ban Thường vụ Tỉnh ủy, Thanh Hóa đã hoàn thành xóa 6.860 căn nhà tạm, nhà dột nát với tổng kinh phí khoảng 412 tỷ đồng; riêng ở 11 huyện miền núi có 3.917 căn, phần lớn của đồng bào Mường, Thái, Mông.
Trước mùa mưa bão, Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 04-HD/BTGDVTU về công tác dân vận trong phòng, chống thiên tai; các xã ven biển như Hải Bình, Quảng Nham, Nghi Sơn đã rà soát 1.380 hộ ở vùng nguy cơ ngập sâu, lập phương án sơ tán. Ủy ban MTTQ tỉnh vận động Quỹ Phòng, chống thiên tai được hơn 28 tỷ đồng.
Tại hội nghị, bà Hà Thị Hương, Trưởng ban Dân vận Đảng ủy xã Na Mèo, cho biết xã có 23 hộ đồng bào Thái, Mông vừa được vận động chuyển khỏi vùng sạt lở; ông Lò Văn Hặc, người có uy tín bản Son, xã Na Mèo, đã hiến 800 m2 đất vườn để làm điểm tái định cư. Ông Lê Văn Tú, Chủ tịch Ủy ban MTTQ phường Sầm Sơn, đề nghị có chính sách hỗ trợ ngư dân mua áo phao, thiết bị định vị.
Kết luận hội nghị, đồng chí Đào Văn Hiếu yêu cầu 6 tháng cuối năm 2025 khối dân vận tiếp tục thực hiện Kết luận số 126-KL/TW và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư; nắm chắc tình hình Nhân dân ở các xã mới; chuẩn bị tốt phương châm "4 tại chỗ" trong mùa mưa bão, không để người dân thiếu đói, màn trời chiếu đất.
Lê Hợi
Tin cùng chuyên mục
- Thanh Hóa: ra mắt 166 Ban công tác Mặt trận xã, phường mới (02/07/2025)
- Mường Lát vận động người dân di dời khỏi vùng sạt lở (20/06/2025)
- Hoàn thành xóa nhà tạm, nhà dột nát trước thời hạn (30/05/2025)
- Hội nghị giao ban công tác dân vận quý I năm 2025 (08/04/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy ra mắt sau hợp nhất (03/03/2025)
- Quan Sơn: người có uy tín tiên phong hiến đất làm nhà văn hóa (18/02/2025)
""", "2025-07-11", "Khối dân vận Thanh Hóa: 6 tháng đầu năm xóa xong nhà tạm, chủ động trước mùa mưa bão",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Đào Văn Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cầm Bá Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Thị Hương", "Trưởng ban Dân vận Đảng ủy xã Na Mèo"),
 P("Lò Văn Hặc", "người có uy tín bản Son"),
 P("Lê Văn Tú", "Chủ tịch Ủy ban MTTQ phường Sầm Sơn")],
[Q("547 xã, phường, thị trấn", 547, "xã, phường, thị trấn"), Q("166 xã, phường", 166, "xã, phường"),
 Q("6.860 căn nhà tạm, nhà dột nát", 6860, "căn nhà tạm, nhà dột nát"), Q("khoảng 412 tỷ đồng", 412000000000, "đồng", "approx"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("3.917 căn", 3917, "căn"), Q("1.380 hộ", 1380, "hộ"),
 Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"), Q("23 hộ", 23, "hộ"), Q("800 m2", 800, "m2")],
[D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 22-CT/TW"),
 D("Kế hoạch", "67", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 67-KH/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW")],
[prov("Thanh Hóa"), com("Hải Bình"), com("Quảng Nham"), com("Nghi Sơn"), com("Na Mèo"), com("Sầm Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ / Dân vận / Tin hoạt động", "Đồng chí Đào Văn Hiếu phát biểu tại hội nghị. Ảnh: Lê Hợi",
 "4 tại chỗ", "Quỹ Phòng, chống thiên tai"],
["11/07/2025 - 08:20", "6 tháng đầu năm 2025", "6 tháng cuối năm", "6 tháng qua", "6 tháng cuối năm 2025", "4 tại chỗ"]))
