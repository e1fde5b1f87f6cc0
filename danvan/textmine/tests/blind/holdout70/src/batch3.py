from lib import *
PAGES = []

PAGES.append(page("b1649-longan-hlphn-giamsat-939-2022", """
BÁO LONG AN ONLINE
Trang chủ | Xã hội | Phụ nữ
Thứ Sáu, 14/10/2022
Giám sát thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp tại huyện Đức Hòa
Đoàn giám sát làm việc với Hội LHPN huyện Đức Hòa. Ảnh: Ngọc Mai
(LA) - Ngày 12/10, Đoàn giám sát Hội LHPN tỉnh Long An do bà Trương Thị Bích Hạnh, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn giám sát việc thực hiện Quyết định số 939/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" tại huyện Đức Hòa. Đây là nội dung trong Kế hoạch số 12/KH-ĐCT ngày 15/3/2022 của Đoàn Chủ tịch Hội LHPN tỉnh về giám sát năm 2022.
Làm việc với đoàn có ông Nguyễn Văn Bảy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đức Hòa; bà Phạm Thị Thúy Kiều, Chủ tịch Hội LHPN huyện.
Theo báo cáo, giai đoạn 2018 - 2022, Hội LHPN huyện đã tổ chức 46 lớp tập huấn khởi sự kinh doanh cho 2.310 lượt hội viên; hỗ trợ 187 ý tưởng khởi nghiệp; thành lập 14 tổ hợp tác, 3 hợp tác xã do phụ nữ làm chủ. Tổng số vốn hỗ trợ phụ nữ khởi nghiệp thông qua các nguồn khoảng 23,5 tỷ đồng, trong đó vốn từ Ngân hàng Chính sách xã hội 17,2 tỷ đồng, vốn từ Quỹ Tấm lòng vàng 1,1 tỷ đồng. Có 4 sản phẩm của phụ nữ khởi nghiệp đạt chứng nhận OCOP 3 sao.
Đoàn đã khảo sát thực tế tại xã Đức Lập Hạ và thị trấn Hậu Nghĩa, thăm mô hình trồng nấm bào ngư của chị Lê Thị Ngọc Hân, hội viên ấp Lập Thành, xã Đức Lập Hạ, có doanh thu trên 400 triệu đồng/năm, giải quyết việc làm cho 8 lao động nữ.
Qua giám sát, đoàn ghi nhận việc triển khai Đề án được UBND huyện quan tâm, bố trí kinh phí 150 triệu đồng mỗi năm; tuy vậy, còn 5 ý tưởng chưa tiếp cận được vốn vay do thiếu tài sản thế chấp; một số tổ hợp tác hoạt động cầm chừng, chưa có đầu ra ổn định; việc theo dõi, đánh giá hiệu quả sau hỗ trợ ở một số cơ sở Hội chưa thường xuyên.
Bà Trương Thị Bích Hạnh đề nghị UBND huyện tiếp tục thực hiện Kế hoạch số 3512/KH-UBND của UBND tỉnh về hỗ trợ phụ nữ khởi nghiệp và Hướng dẫn số 09/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; quan tâm kết nối tiêu thụ sản phẩm cho hợp tác xã do phụ nữ làm chủ. Bà cũng lưu ý Hội LHPN huyện hoàn thiện hồ sơ của 12 tổ hợp tác để đề nghị nâng cấp thành hợp tác xã trong năm 2023.
Ông Nguyễn Văn Bảy tiếp thu và cho biết, huyện sẽ bổ sung thêm 1 tỷ đồng ủy thác qua Ngân hàng Chính sách xã hội cho vay khởi nghiệp.
Ngọc Mai
Lượt xem: 317
Tin liên quan
- Hội LHPN tỉnh trao vốn khởi nghiệp cho 20 phụ nữ (05/10/2022)
- Cần Giuộc: Phụ nữ làm giàu từ nghề làm bánh tét (26/09/2022)
- Tân Thạnh ra mắt mô hình "Phụ nữ với chuyển đổi số" (16/09/2022)
""", "2022-10-14", "Giám sát thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp tại huyện Đức Hòa",
E("giam_sat", "2022", "2022-10-12"),
[P("Trương Thị Bích Hạnh", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Bảy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Đức Hòa"),
 P("Phạm Thị Thúy Kiều", "Chủ tịch Hội LHPN huyện"),
 P("Lê Thị Ngọc Hân", "hội viên ấp Lập Thành")],
[Q("46 lớp tập huấn khởi sự kinh doanh", 46, "lớp tập huấn khởi sự kinh doanh"), Q("2.310 lượt hội viên", 2310, "lượt hội viên"),
 Q("187 ý tưởng khởi nghiệp", 187, "ý tưởng khởi nghiệp"), Q("14 tổ hợp tác", 14, "tổ hợp tác"), Q("3 hợp tác xã", 3, "hợp tác xã"),
 Q("khoảng 23,5 tỷ đồng", 23500000000, "đồng", "approx"), Q("17,2 tỷ đồng", 17200000000, "đồng"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("4 sản phẩm", 4, "sản phẩm"),
 Q("trên 400 triệu đồng", 400000000, "đồng", "over"), Q("8 lao động nữ", 8, "lao động nữ"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("5 ý tưởng", 5, "ý tưởng"), Q("12 tổ hợp tác", 12, "tổ hợp tác"),
 Q("1 tỷ đồng", 1000000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg"),
 D("Kế hoạch", "12", "KH-ĐCT", "2022-03-15", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 12/KH-ĐCT ngày 15/3/2022"),
 D("Kế hoạch", "3512", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3512/KH-UBND"),
 D("Hướng dẫn", "09", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 09/HD-ĐCT")],
[prov("Long An"), com("Đức Lập Hạ"), com("Hậu Nghĩa")],
["BÁO LONG AN ONLINE", "Trang chủ | Xã hội | Phụ nữ", "Đoàn giám sát làm việc với Hội LHPN huyện Đức Hòa. Ảnh: Ngọc Mai", "(LA)",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Quỹ Tấm lòng vàng", "OCOP", "Lượt xem: 317"],
["Thứ Sáu, 14/10/2022", "giai đoạn 2017 - 2025", "giai đoạn 2018 - 2022", "năm 2022", "năm 2023", "OCOP 3 sao", "Lượt xem: 317"]))

PAGES.append(page("b1650-quangtri-tinhdoan-tongket-2023", """
Tỉnh Đoàn Quảng Trị
Trang chủ / Tin tức / Tin hoạt động
22/12/2023 16:45
Tuổi trẻ Quảng Trị hoàn thành vượt mức 15 chỉ tiêu năm 2023
Ảnh: Đồng chí Nguyễn Chiến Thắng phát biểu chỉ đạo hội nghị.
Ngày 21/12, Ban Chấp hành Tỉnh đoàn Quảng Trị tổ chức hội nghị lần thứ 6 (khóa XVII) tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Nguyễn Chiến Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Thị Hương, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì hội nghị.
Năm 2023, các cấp bộ Đoàn đã bám sát Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên và về phát triển kinh tế trang trại, gia trại của thanh niên; Chương trình phối hợp số 05-CTr/BDVTU-TĐTN giữa Ban Dân vận Tỉnh ủy và Ban Thường vụ Tỉnh đoàn về thực hiện công tác dân vận trong thanh niên. Kết quả có 15/16 chỉ tiêu hoàn thành vượt mức.
Toàn tỉnh đã thực hiện 682 công trình, phần việc thanh niên với tổng trị giá 12,4 tỷ đồng; trồng mới 168 ha rừng thanh niên. Chương trình hỗ trợ thanh niên lập nghiệp giúp 721 thanh niên được vay vốn với tổng dư nợ 64,8 tỷ đồng qua 91 tổ tiết kiệm và vay vốn do Đoàn quản lý; thành lập mới 7 hợp tác xã, 12 tổ hợp tác thanh niên. Đặc biệt, Cuộc thi "Ý tưởng khởi nghiệp" lần thứ 5 thu hút 116 dự án tham gia, có 3 dự án được vào vòng chung kết toàn quốc.
Hoạt động tình nguyện được triển khai rộng khắp với 26.000 lượt đoàn viên tham gia; Tỉnh đoàn đã trao 8 "Ngôi nhà khăn quàng đỏ" trị giá 60 triệu đồng mỗi căn tại các huyện Hướng Hóa, Đakrông. Công tác xây dựng tổ chức Đoàn có nhiều chuyển biến với 5.214 đoàn viên mới được kết nạp; 1.182 đoàn viên ưu tú được giới thiệu cho Đảng, trong đó 917 đoàn viên đã được kết nạp.
Tại hội nghị, anh Hồ Văn Bảo, Bí thư Đoàn xã A Ngo, huyện Đakrông chia sẻ mô hình nuôi dê sinh sản của 15 đoàn viên người Pa Kô; chị Trần Thị Mai Linh, Phó Bí thư Thành đoàn Đông Hà kiến nghị hỗ trợ thanh niên khởi nghiệp trên nền tảng số.
Phát biểu chỉ đạo, đồng chí Nguyễn Chiến Thắng đề nghị năm 2024, Tỉnh đoàn tham mưu thực hiện hiệu quả Kết luận số 01-KL/TW của Bộ Chính trị và Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ về Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030. Dịp này, 12 tập thể, 25 cá nhân được Ban Thường vụ Tỉnh đoàn tặng bằng khen.
Minh Quân
Lượt xem: 866
Tin liên quan
- Thành đoàn Đông Hà ra mắt Câu lạc bộ khởi nghiệp (15/12/2023)
- Hải Lăng: Trao 2 ngôi nhà khăn quàng đỏ (04/12/2023)
- Hội nghị lần thứ 5 Ban Chấp hành Tỉnh đoàn khóa XVII (20/07/2023)
""", "2023-12-22", "Tuổi trẻ Quảng Trị hoàn thành vượt mức 15 chỉ tiêu năm 2023",
E("tong_ket", "2023", "2023-12-21"),
[P("Nguyễn Chiến Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Hồ Văn Bảo", "Bí thư Đoàn xã A Ngo"),
 P("Trần Thị Mai Linh", "Phó Bí thư Thành đoàn Đông Hà")],
[Q("15 chỉ tiêu", 15, "chỉ tiêu"), Q("682 công trình, phần việc thanh niên", 682, "công trình, phần việc thanh niên"),
 Q("12,4 tỷ đồng", 12400000000, "đồng"), Q("168 ha", 168, "ha"), Q("721 thanh niên", 721, "thanh niên"),
 Q("64,8 tỷ đồng", 64800000000, "đồng"), Q("91 tổ tiết kiệm và vay vốn", 91, "tổ tiết kiệm và vay vốn"),
 Q("7 hợp tác xã", 7, "hợp tác xã"), Q("12 tổ hợp tác thanh niên", 12, "tổ hợp tác thanh niên"), Q("116 dự án", 116, "dự án"),
 Q("3 dự án", 3, "dự án"), Q("26.000 lượt đoàn viên", 26000, "lượt đoàn viên"),
 Q('8 "Ngôi nhà khăn quàng đỏ"', 8, "Ngôi nhà khăn quàng đỏ"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("5.214 đoàn viên mới", 5214, "đoàn viên mới"), Q("1.182 đoàn viên ưu tú", 1182, "đoàn viên ưu tú"),
 Q("917 đoàn viên", 917, "đoàn viên"), Q("15 đoàn viên", 15, "đoàn viên"), Q("12 tập thể", 12, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chương trình phối hợp", "05", "CTr/BDVTU-TĐTN", None, None, "Chương trình phối hợp số 05-CTr/BDVTU-TĐTN"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg")],
[prov("Quảng Trị"), com("A Ngo")],
["Tỉnh Đoàn Quảng Trị", "Trang chủ / Tin tức / Tin hoạt động", "Ảnh: Đồng chí Nguyễn Chiến Thắng phát biểu chỉ đạo hội nghị.",
 "Ý tưởng khởi nghiệp", "Lượt xem: 866"],
["22/12/2023 16:45", "lần thứ 6", "khóa XVII", "năm 2023", "năm 2024", "lần thứ 5", "giai đoạn 2021 - 2030", "Lượt xem: 866"]))

PAGES.append(page("b1651-bacgiang-hlphn-taphuan-2023", """
Hội LHPN tỉnh Bắc Giang - Trang thông tin điện tử
Trang chủ >> Hoạt động >> Đào tạo, bồi dưỡng
2023-05-18 09:10
156 cán bộ Hội được tập huấn kỹ năng hỗ trợ phụ nữ khởi nghiệp
Ngày 17/5/2023, Hội LHPN tỉnh Bắc Giang tổ chức lớp tập huấn năm 2023 "Nâng cao năng lực hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể" cho 156 cán bộ Hội là chủ tịch, phó chủ tịch Hội LHPN các xã, phường, thị trấn và chủ nhiệm hợp tác xã do phụ nữ làm chủ.
Đến dự và phát biểu khai mạc có bà Ngô Thị Huyền, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh. Cùng dự có bà Lê Thị Thu Hồng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Bà Ngô Thị Huyền cho biết, triển khai Kế hoạch số 245/KH-UBND ngày 20/7/2018 của UBND tỉnh thực hiện Đề án 939 và Nghị quyết số 167-NQ/TU của Ban Thường vụ Tỉnh ủy về hỗ trợ phát triển kinh tế tập thể, đến nay các cấp Hội đã hỗ trợ thành lập 54 hợp tác xã, 128 tổ hợp tác do phụ nữ quản lý; 1.430 phụ nữ khởi nghiệp được vay vốn với tổng số tiền trên 96 tỷ đồng. Nhiều sản phẩm như vải thiều Lục Ngạn, gà đồi Yên Thế, mỳ Chũ đã có mặt trên các sàn thương mại điện tử nhờ các chị em khởi nghiệp.
Tại lớp tập huấn, các học viên được báo cáo viên Trung tâm Hỗ trợ phụ nữ phát triển kinh tế của Trung ương Hội hướng dẫn các chuyên đề: thủ tục thành lập hợp tác xã theo Luật Hợp tác xã năm 2023; xây dựng kế hoạch kinh doanh; kỹ năng bán hàng trực tuyến, livestream; quy trình tiếp cận vốn vay theo Nghị định số 28/2022/NĐ-CP của Chính phủ về chính sách tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Các học viên cũng tham quan thực tế Hợp tác xã Nông sản sạch Tân Sơn ở xã Tân Sơn, huyện Lục Ngạn do chị Hoàng Thị Nhàn, Chủ nhiệm hợp tác xã, người dân tộc Tày làm chủ. Hợp tác xã hiện có 27 thành viên, doanh thu năm 2022 đạt 3,6 tỷ đồng, tạo việc làm cho 40 lao động địa phương với mức thu nhập 6,5 triệu đồng/tháng.
Chị Nguyễn Thị Lụa, Chủ tịch Hội LHPN thị trấn Cầu Gồ, huyện Yên Thế chia sẻ: "Sau lớp học, tôi sẽ về hướng dẫn chị em trong 9 chi hội lập tài khoản bán hàng, đưa sản phẩm gà đồi lên mạng".
Phát biểu bế giảng, bà Lê Thị Thu Hồng đề nghị các cấp Hội vận dụng kiến thức vào thực tiễn, phấn đấu năm 2023 hỗ trợ thành lập mới ít nhất 10 hợp tác xã và 300 phụ nữ khởi nghiệp.
Thu Phương
Lượt xem: 492
Tin liên quan
- Phụ nữ Lạng Giang tham gia chuyển đổi số (10/05/2023)
- Trao 15 sinh kế cho phụ nữ nghèo Sơn Động (27/04/2023)
- Hội LHPN tỉnh giao ban quý I năm 2023 (05/04/2023)
""", "2023-05-18", "156 cán bộ Hội được tập huấn kỹ năng hỗ trợ phụ nữ khởi nghiệp",
E("tap_huan", "2023", "2023-05-17"),
[P("Ngô Thị Huyền", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Thu Hồng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nhàn", "Chủ nhiệm hợp tác xã"),
 P("Nguyễn Thị Lụa", "Chủ tịch Hội LHPN thị trấn Cầu Gồ")],
[Q("156 cán bộ Hội", 156, "cán bộ Hội"), Q("54 hợp tác xã", 54, "hợp tác xã"), Q("128 tổ hợp tác", 128, "tổ hợp tác"),
 Q("1.430 phụ nữ khởi nghiệp", 1430, "phụ nữ khởi nghiệp"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("27 thành viên", 27, "thành viên"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("40 lao động", 40, "lao động"),
 Q("6,5 triệu đồng", 6500000, "đồng"), Q("9 chi hội", 9, "chi hội"), Q("ít nhất 10 hợp tác xã", 10, "hợp tác xã", "over"),
 Q("300 phụ nữ khởi nghiệp", 300, "phụ nữ khởi nghiệp")],
[D("Kế hoạch", "245", "KH-UBND", "2018-07-20", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 20/7/2018"),
 D("Nghị quyết", "167", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 167-NQ/TU"),
 D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Cầu Gồ")],
["Hội LHPN tỉnh Bắc Giang - Trang thông tin điện tử", "Trang chủ >> Hoạt động >> Đào tạo, bồi dưỡng",
 "Nâng cao năng lực hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể", "Đề án 939", "Luật Hợp tác xã năm 2023",
 "Hợp tác xã Nông sản sạch Tân Sơn", "Lượt xem: 492"],
["2023-05-18 09:10", "năm 2023", "Đề án 939", "năm 2022", "Lượt xem: 492"]))

PAGES.append(page("b1652-gialai-tinhdoan-traonha-2024", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Đoàn - Hội
Ngày 04/06/2024 | 10:30
Trao 6 "Ngôi nhà khăn quàng đỏ" và 300 suất quà cho thiếu nhi huyện Ia Grai
(GLO) - Ngày 1/6, nhân Ngày Quốc tế Thiếu nhi, Tỉnh đoàn Gia Lai phối hợp với Huyện ủy Ia Grai tổ chức trao 6 "Ngôi nhà khăn quàng đỏ" và 300 suất quà cho thiếu nhi có hoàn cảnh khó khăn tại các xã Ia Chía, Ia O và Ia Krái. Mỗi căn nhà có diện tích 40 m2, trị giá 70 triệu đồng, do các doanh nghiệp, nhà hảo tâm tài trợ; mỗi suất quà trị giá 500.000 đồng gồm sách vở, đồ dùng học tập và tiền mặt.
Tham dự có đồng chí Rơ Mah Tuân, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí Siu Hương, Tỉnh ủy viên, Bí thư Huyện ủy Ia Grai; các đồng chí Phó Bí thư Tỉnh đoàn: Phạm Văn Hưng, Ksor H'Mai.
Em Rơ Châm Hiếu, học sinh lớp 5 Trường Tiểu học Ia Chía, bày tỏ niềm vui khi được chuyển về căn nhà mới sau nhiều năm ở nhờ nhà người thân. Bà Rơ Châm H'Lin, mẹ của em, cho biết gia đình là hộ nghèo, chồng mất sớm, nay có nhà kiên cố, chị yên tâm đi làm thuê.
Theo đồng chí Rơ Mah Tuân, thực hiện Chương trình hành động số 84-CTr/TU của Tỉnh ủy và Kế hoạch số 2214/KH-UBND ngày 15/9/2023 của UBND tỉnh về chăm lo cho thiếu nhi vùng đồng bào dân tộc thiểu số, từ năm 2022 đến nay, các cấp bộ Đoàn, Hội, Đội trong tỉnh đã vận động xây dựng 58 "Ngôi nhà khăn quàng đỏ" với tổng kinh phí hơn 3,6 tỷ đồng; trao 4.200 suất học bổng "Thắp sáng ước mơ" và 1.150 xe đạp cho học sinh nghèo. Riêng chương trình "Áo ấm cho em" mùa đông năm 2023 đã trao hơn 6.500 chiếc áo ấm.
Dịp này, Hội LHPN huyện Ia Grai cũng trao 10 con bò giống cho 10 phụ nữ dân tộc Jrai nghèo theo mô hình "Ngân hàng bò", mỗi con trị giá 15 triệu đồng. Bà Nay H'Bret, Chủ tịch Hội LHPN huyện Ia Grai cho biết, đến nay mô hình đã trao 124 con bò, giúp 67 hộ thoát nghèo.
Đồng chí Siu Hương đề nghị các xã tiếp tục quan tâm, tạo điều kiện cho các em được đến trường đầy đủ; giao Huyện đoàn rà soát, lập danh sách 14 hộ có thiếu nhi đang ở nhà tạm để vận động hỗ trợ trong năm 2024.
Trước đó, Tỉnh đoàn đã phối hợp với Bệnh viện Nhi tỉnh khám sàng lọc bệnh tim bẩm sinh miễn phí cho 520 trẻ em tại huyện.
Ia Grai là huyện biên giới có gần một nửa dân số là đồng bào Jrai; những năm qua, được sự quan tâm của các cấp, các ngành, đời sống của người dân từng bước được cải thiện, tỷ lệ trẻ em bỏ học giảm rõ rệt. Nhiều chi đoàn thôn, làng đã duy trì lớp học tình thương, tủ sách dùng chung cho thiếu nhi trong dịp hè.
Hồng Thi
Lượt xem: 1.037
Tin liên quan
- Đức Cơ: Khánh thành công trình thanh niên "Thắp sáng đường quê" (28/05/2024)
- Tỉnh đoàn phát động Tháng hành động vì trẻ em (20/05/2024)
- Tuyên dương 30 Bí thư Chi đoàn tiêu biểu (12/05/2024)
""", "2024-06-04", 'Trao 6 "Ngôi nhà khăn quàng đỏ" và 300 suất quà cho thiếu nhi huyện Ia Grai',
E("trao_qua", None, "2024-06-01"),
[P("Rơ Mah Tuân", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Siu Hương", "Tỉnh ủy viên", "Bí thư Huyện ủy Ia Grai"),
 P("Phạm Văn Hưng", "Phó Bí thư Tỉnh đoàn"),
 P("Ksor H'Mai", "Phó Bí thư Tỉnh đoàn"),
 P("Rơ Châm Hiếu", "học sinh lớp 5 Trường Tiểu học Ia Chía"),
 P("Rơ Châm H'Lin"),
 P("Nay H'Bret", "Chủ tịch Hội LHPN huyện Ia Grai")],
[Q('6 "Ngôi nhà khăn quàng đỏ"', 6, "Ngôi nhà khăn quàng đỏ"), Q("300 suất quà", 300, "suất quà"), Q("40 m2", 40, "m2"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q('58 "Ngôi nhà khăn quàng đỏ"', 58, "Ngôi nhà khăn quàng đỏ"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("4.200 suất học bổng", 4200, "suất học bổng"), Q("1.150 xe đạp", 1150, "xe đạp"),
 Q("hơn 6.500 chiếc áo ấm", 6500, "chiếc áo ấm", "over"), Q("10 con bò giống", 10, "con bò giống"),
 Q("10 phụ nữ dân tộc Jrai nghèo", 10, "phụ nữ dân tộc Jrai nghèo"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("124 con bò", 124, "con bò"), Q("67 hộ", 67, "hộ"), Q("14 hộ", 14, "hộ"), Q("520 trẻ em", 520, "trẻ em")],
[D("Chương trình hành động", "84", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 84-CTr/TU"),
 D("Kế hoạch", "2214", "KH-UBND", "2023-09-15", "UBND tỉnh", "Kế hoạch số 2214/KH-UBND ngày 15/9/2023")],
[prov("Gia Lai"), com("Ia Chía"), com("Ia O"), com("Ia Krái")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Đoàn - Hội", "(GLO)", "Ngày Quốc tế Thiếu nhi", "Thắp sáng ước mơ", "Áo ấm cho em",
 "Ngân hàng bò", "Trường Tiểu học Ia Chía", "Lượt xem: 1.037"],
["Ngày 04/06/2024 | 10:30", "lớp 5", "từ năm 2022", "năm 2023", "năm 2024", "Lượt xem: 1.037"]))

PAGES.append(page("b1653-bentre-hlphn-soket-2024", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 05/07/2024 - 15:00
Ảnh: Bà Huỳnh Thị Minh Thư phát biểu tại hội nghị.
Phụ nữ Bến Tre giúp 312 hộ thoát nghèo trong 6 tháng
Ngày 4/7/2024, Hội LHPN tỉnh Bến Tre tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Bà Huỳnh Thị Minh Thư, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì. Dự hội nghị có bà Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo cho biết, 6 tháng đầu năm các cấp Hội đã tập trung thực hiện Chỉ thị số 31-CT/TW ngày 5/4/2024 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng hoạt động của Hội LHPN Việt Nam trong tình hình mới và Kế hoạch số 47-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị này. Các cấp Hội đã vận động 2.946 hội viên mới; giúp 312 hộ nghèo, 478 hộ cận nghèo do phụ nữ làm chủ hộ thoát nghèo, cận nghèo. Tổng dư nợ ủy thác qua Hội đạt 1.486 tỷ đồng với 42.108 hộ vay, chiếm 39,2% dư nợ của Ngân hàng Chính sách xã hội tỉnh.
Trong bối cảnh hạn hán, xâm nhập mặn kéo dài đầu năm 2024, Hội đã vận động trao 1.620 bồn chứa nước, 86 bình lọc nước cho hội viên ở các huyện ven biển Ba Tri, Bình Đại, Thạnh Phú với tổng trị giá trên 4,1 tỷ đồng. Chương trình "Mái ấm tình thương" trao 23 căn nhà, trị giá 1,38 tỷ đồng.
Thực hiện Đề án 939, Hội hỗ trợ 72 ý tưởng khởi nghiệp, thành lập mới 3 hợp tác xã và 9 tổ hợp tác do phụ nữ làm chủ; 11 sản phẩm của hội viên đạt chuẩn OCOP, trong đó có kẹo dừa, bánh phồng, mắm tép. Ngoài ra, Hội phối hợp Sở Lao động - Thương binh và Xã hội mở 18 lớp dạy nghề cho 540 lao động nữ.
Tại hội nghị, bà Lê Thị Kim Thoa, Chủ tịch Hội LHPN xã An Thủy, huyện Ba Tri chia sẻ mô hình "Tổ phụ nữ tiết kiệm nước ngọt" với 64 thành viên; bà Trần Thị Diễm Kiều, Phó Chủ tịch Hội LHPN huyện Chợ Lách nêu cách vận động phụ nữ trồng hoa kiểng kết hợp du lịch sinh thái.
Phát biểu chỉ đạo, bà Nguyễn Thị Bé Mười đề nghị 6 tháng cuối năm các cấp Hội tích cực tham gia góp ý dự thảo văn kiện đại hội Đảng bộ các cấp, thực hiện tốt Quy chế phối hợp số 03-QCPH/BDVTU-HLHPN giữa Ban Dân vận Tỉnh ủy và Hội LHPN tỉnh; chăm lo cho phụ nữ bị ảnh hưởng bởi hạn mặn.
Dịp này, Hội LHPN tỉnh khen thưởng 8 tập thể, 15 cá nhân có thành tích xuất sắc trong thực hiện các phong trào thi đua 6 tháng đầu năm.
Hữu Hiệp
Lượt xem: 721
Tin liên quan
- Mỏ Cày Nam: Phụ nữ làm giàu từ nghề đan giỏ cọng dừa (28/06/2024)
- Trao 500 bồn chứa nước cho hội viên vùng hạn mặn (14/06/2024)
- Hội LHPN tỉnh giám sát thực hiện chính sách BHXH tự nguyện (31/05/2024)
""", "2024-07-05", "Phụ nữ Bến Tre giúp 312 hộ thoát nghèo trong 6 tháng",
E("so_ket", "2024-H1", "2024-07-04"),
[P("Huỳnh Thị Minh Thư", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Thoa", "Chủ tịch Hội LHPN xã An Thủy"),
 P("Trần Thị Diễm Kiều", "Phó Chủ tịch Hội LHPN huyện Chợ Lách")],
[Q("312 hộ nghèo", 312, "hộ nghèo"), Q("2.946 hội viên mới", 2946, "hội viên mới"), Q("478 hộ cận nghèo", 478, "hộ cận nghèo"),
 Q("1.486 tỷ đồng", 1486000000000, "đồng"), Q("42.108 hộ vay", 42108, "hộ vay"), Q("39,2%", 39.2, "%"),
 Q("1.620 bồn chứa nước", 1620, "bồn chứa nước"), Q("86 bình lọc nước", 86, "bình lọc nước"),
 Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("23 căn nhà", 23, "căn nhà"), Q("1,38 tỷ đồng", 1380000000, "đồng"),
 Q("72 ý tưởng khởi nghiệp", 72, "ý tưởng khởi nghiệp"), Q("3 hợp tác xã", 3, "hợp tác xã"), Q("9 tổ hợp tác", 9, "tổ hợp tác"),
 Q("11 sản phẩm", 11, "sản phẩm"), Q("18 lớp dạy nghề", 18, "lớp dạy nghề"), Q("540 lao động nữ", 540, "lao động nữ"),
 Q("64 thành viên", 64, "thành viên"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "31", "CT/TW", "2024-04-05", "Ban Bí thư", "Chỉ thị số 31-CT/TW ngày 5/4/2024"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 47-KH/TU"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-HLHPN", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-HLHPN")],
[prov("Bến Tre"), com("An Thủy")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre", "Chính trị › Mặt trận - Đoàn thể",
 "Ảnh: Bà Huỳnh Thị Minh Thư phát biểu tại hội nghị.", "Mái ấm tình thương", "Đề án 939", "OCOP",
 "Tổ phụ nữ tiết kiệm nước ngọt", "Lượt xem: 721"],
["Thứ Sáu, 05/07/2024 - 15:00", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng", "đầu năm 2024", "Đề án 939", "Lượt xem: 721"]))

PAGES.append(page("b1654-dienbien-phunu-dulich-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn
08:15 | 18/11/2024
Phụ nữ Thái bản Mển làm du lịch cộng đồng
Chị Lò Thị Ngoan (thứ hai từ trái) hướng dẫn du khách múa xòe.
Vài năm trở lại đây, bản Mển, xã Thanh Nưa, huyện Điện Biên trở thành điểm đến quen thuộc của du khách nhờ những ngôi nhà sàn homestay do chính chị em phụ nữ người Thái vận hành.
Người khởi xướng là chị Lò Thị Ngoan, Chi hội trưởng Chi hội Phụ nữ bản Mển. Năm 2019, từ khoản vay 50 triệu đồng của Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn do Hội phụ nữ xã quản lý, chị sửa sang nhà sàn, mua thêm chăn đệm để đón khách. Thấy hiệu quả, chị vận động 11 hộ khác cùng làm, lập ra Tổ hợp tác du lịch cộng đồng bản Mển.
Đến nay, tổ có 19 hộ thành viên, trong đó 17 chủ hộ là nữ; mỗi năm đón khoảng 8.000 lượt khách, doanh thu bình quân mỗi hộ khoảng 130 triệu đồng/năm. Đội văn nghệ xòe Thái của bản với 24 thành viên phục vụ khách vào mỗi tối cuối tuần. Nhiều chị em học thêm tiếng Anh giao tiếp, biết quảng bá dịch vụ trên mạng xã hội.
Bà Lường Thị Thu, Phó Chủ tịch Hội LHPN huyện Điện Biên cho biết, thực hiện Nghị quyết số 13-NQ/TU ngày 26/10/2021 của Tỉnh ủy về phát triển du lịch tỉnh Điện Biên giai đoạn 2021 - 2025, định hướng đến năm 2030 và Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Hội đã hỗ trợ tổ hợp tác 35 triệu đồng mua bàn ghế, dụng cụ nấu ăn và tổ chức 2 lớp tập huấn kỹ năng đón tiếp khách cho 46 học viên.
Theo bà Lò Thị Hương, Chủ tịch Hội LHPN tỉnh Điện Biên, toàn tỉnh hiện có 27 mô hình du lịch cộng đồng có phụ nữ làm chủ hoặc tham gia quản lý, tập trung ở các huyện Điện Biên, Mường Chà, Tuần Giáo. Trong năm 2024, Hội LHPN các cấp đã giải ngân 9,6 tỷ đồng từ nguồn vốn Dự án 8 và vốn ủy thác để hỗ trợ 412 phụ nữ dân tộc thiểu số phát triển sinh kế.
Anh Quàng Văn Thắng, Bí thư Đoàn xã Thanh Nưa cho biết thanh niên trong xã cũng tham gia làm hướng dẫn viên, chèo thuyền, chụp ảnh cho khách; Đoàn xã đã thành lập 1 tổ thanh niên tình nguyện hỗ trợ du khách với 15 đoàn viên.
"Khách đến bản mình giờ không chỉ ngủ nhà sàn mà còn học làm cơm lam, dệt thổ cẩm. Chị em có việc làm ngay tại nhà, không phải đi làm thuê xa nữa", chị Ngoan nói.
Bài, ảnh: Quỳnh Anh
Tin khác
- Tuần Giáo: Hội viên phụ nữ trồng mắc ca thoát nghèo (11/11/2024)
- Điện Biên Đông trao 30 con bò sinh sản cho hộ nghèo (04/11/2024)
- Mường Ảng: Phụ nữ làm giàu từ cà phê chè (28/10/2024)
""", "2024-11-18", "Phụ nữ Thái bản Mển làm du lịch cộng đồng",
E("khac", None, None),
[P("Lò Thị Ngoan", "Chi hội trưởng Chi hội Phụ nữ bản Mển"),
 P("Lường Thị Thu", "Phó Chủ tịch Hội LHPN huyện Điện Biên"),
 P("Lò Thị Hương", "Chủ tịch Hội LHPN tỉnh Điện Biên"),
 P("Quàng Văn Thắng", "Bí thư Đoàn xã Thanh Nưa")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("11 hộ", 11, "hộ"), Q("19 hộ thành viên", 19, "hộ thành viên"),
 Q("17 chủ hộ", 17, "chủ hộ"), Q("khoảng 8.000 lượt khách", 8000, "lượt khách", "approx"),
 Q("khoảng 130 triệu đồng", 130000000, "đồng", "approx"), Q("24 thành viên", 24, "thành viên"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("46 học viên", 46, "học viên"),
 Q("27 mô hình du lịch cộng đồng", 27, "mô hình du lịch cộng đồng"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("412 phụ nữ dân tộc thiểu số", 412, "phụ nữ dân tộc thiểu số"), Q("15 đoàn viên", 15, "đoàn viên")],
[D("Nghị quyết", "13", "NQ/TU", "2021-10-26", "Tỉnh ủy", "Nghị quyết số 13-NQ/TU ngày 26/10/2021"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Điện Biên"), com("Thanh Nưa")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Kinh tế | Nông nghiệp - Nông thôn", "Chị Lò Thị Ngoan (thứ hai từ trái) hướng dẫn du khách múa xòe.",
 "Tổ hợp tác du lịch cộng đồng bản Mển", "Dự án 8", "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
 "Chương trình mục tiêu quốc gia"],
["08:15 | 18/11/2024", "Năm 2019", "giai đoạn 2021 - 2025", "đến năm 2030", "Dự án 8", "năm 2024", "1 tổ thanh niên tình nguyện"]))
