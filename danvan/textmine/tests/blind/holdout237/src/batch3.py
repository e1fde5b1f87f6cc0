from lib import *
PAGES = []

PAGES.append(page("b5657-langson-bdv-hoidap-luatdanchu-2023", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ > Hỏi - đáp > Pháp luật về dân chủ cơ sở
Thứ Ba, 14/03/2023 - 09:00
Hỏi - đáp về Luật Thực hiện dân chủ ở cơ sở
Luật Thực hiện dân chủ ở cơ sở được Quốc hội thông qua ngày 10/11/2022, có hiệu lực từ ngày 1/7/2023. Để giúp cán bộ, đảng viên và nhân dân nắm rõ, chuyên mục mời đồng chí Hoàng Thị Vân Anh, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh, giải đáp một số câu hỏi của bạn đọc.
Hỏi: Ông Lành Văn Thắng, Trưởng thôn Khòn Pát, xã Tân Đoàn, hỏi: Luật có điểm gì mới so với Pháp lệnh trước đây?
Đáp: Luật số 10/2022/QH15 thay thế Pháp lệnh số 34/2007/PL-UBTVQH11, mở rộng phạm vi thực hiện dân chủ đến cơ quan, đơn vị, doanh nghiệp. Luật quy định những nội dung công dân được biết, được bàn và quyết định, được tham gia ý kiến, được kiểm tra, giám sát. Theo Kế hoạch số 145-KH/TU ngày 6/1/2023 của Ban Thường vụ Tỉnh ủy, tỉnh sẽ tổ chức 11 hội nghị quán triệt cấp huyện cho khoảng 4.500 cán bộ, đảng viên.
Hỏi: Bà Chu Thị Mai, Chi hội trưởng Chi hội Phụ nữ thôn Nà Lầm, xã Hồng Phong, hỏi: hội nghị thôn phải có bao nhiêu người dự thì hợp lệ?
Đáp: Hội nghị thôn, tổ dân phố hợp lệ khi có trên 50% số hộ gia đình tham dự. Nội dung do nhân dân bàn và quyết định được thông qua khi có trên 50% số hộ tán thành. Năm 2022, trong 1.642 thôn, khối phố của tỉnh Lạng Sơn có 1.618 thôn tổ chức hội nghị đạt yêu cầu, chiếm 98,5%.
Hỏi: Ông Vi Văn Khoa, Chủ tịch Ủy ban MTTQ xã Hữu Kiên, hỏi: Mặt trận cấp xã có trách nhiệm gì?
Đáp: Ủy ban MTTQ xã chủ trì, phối hợp tổ chức cho nhân dân giám sát; hướng dẫn Ban Thanh tra nhân dân hoạt động. Tỉnh có 200 Ban Thanh tra nhân dân, năm qua phát hiện 74 vụ việc, kiến nghị xử lý 61 vụ việc. Việc này cũng thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung để Mặt trận và các đoàn thể nhân dân tham gia góp ý xây dựng Đảng.
Hỏi: Bà Lộc Thị Hằng ở phường Chi Lăng hỏi: người dân có được giám sát việc thu, chi các khoản đóng góp tự nguyện?
Đáp: Có. Các khoản đóng góp phải công khai ít nhất 30 ngày. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 26, 27-CT/TU về thực hiện dân chủ ở cơ sở và về công khai tài chính ở thôn, khối phố. Tỉnh cũng in 20.000 tờ gấp song ngữ Việt - Tày, Việt - Nùng phát tới các thôn. Bạn đọc có thể gửi câu hỏi về Ban Dân vận Tỉnh ủy qua số điện thoại đường dây nóng hoặc hộp thư điện tử của chuyên mục.
Ban biên tập
Lượt xem: 812
Tin khác
- Hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở (02/03/2023)
- Cao Lộc: tổng kết phong trào "Dân vận khéo" năm 2022 (20/02/2023)
- Đình Lập gặp mặt người có uy tín (05/01/2023)
""", "2023-03-14", "Hỏi - đáp về Luật Thực hiện dân chủ ở cơ sở",
E("khac", None, None),
[P("Hoàng Thị Vân Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"),
 P("Lành Văn Thắng", "Trưởng thôn Khòn Pát"), P("Chu Thị Mai", "Chi hội trưởng Chi hội Phụ nữ thôn Nà Lầm"),
 P("Vi Văn Khoa", "Chủ tịch Ủy ban MTTQ xã Hữu Kiên"), P("Lộc Thị Hằng")],
[Q("11 hội nghị quán triệt cấp huyện", 11, "hội nghị quán triệt cấp huyện"), Q("khoảng 4.500 cán bộ, đảng viên", 4500, "cán bộ, đảng viên", "approx"),
 Q("trên 50% số hộ gia đình", 50, "%", "over"), Q("trên 50% số hộ tán thành", 50, "%", "over"),
 Q("1.642 thôn, khối phố", 1642, "thôn, khối phố"), Q("1.618 thôn", 1618, "thôn"), Q("98,5%", 98.5, "%"),
 Q("200 Ban Thanh tra nhân dân", 200, "Ban Thanh tra nhân dân"), Q("74 vụ việc", 74, "vụ việc"), Q("61 vụ việc", 61, "vụ việc"),
 Q("20.000 tờ gấp song ngữ", 20000, "tờ gấp song ngữ")],
[D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật số 10/2022/QH15"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "145", "KH/TU", "2023-01-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 145-KH/TU ngày 6/1/2023"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU")],
[prov("Lạng Sơn"), com("Tân Đoàn"), com("Hồng Phong"), com("Hữu Kiên"), com("Chi Lăng")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ > Hỏi - đáp > Pháp luật về dân chủ cơ sở", "Luật Thực hiện dân chủ ở cơ sở",
 "Hỏi:", "Đáp:", "Ban biên tập", "Lượt xem: 812"],
["Thứ Ba, 14/03/2023 - 09:00", "ngày 10/11/2022", "ngày 1/7/2023", "Năm 2022", "ít nhất 30 ngày", "Lượt xem: 812"]))

PAGES.append(page("b5658-kontum-mttq-phongvan-giamsat-2023", """
Báo Kon Tum điện tử
Chính trị - Xã hội » Mặt trận » Trao đổi
10/08/2023 - 15:40
Giám sát chính sách hỗ trợ nhà ở: "Đến tận nhà, hỏi tận người"
Từ ngày 7 đến 9/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại huyện Tu Mơ Rông và Kon Plông. Phóng viên đã trao đổi với bà Y Ngọc Lan, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát.
Đoàn giám sát kiểm tra nhà ở của người dân tại thôn Đăk Chum 1. Ảnh: T.Hà
PV: Vì sao Mặt trận chọn chính sách hỗ trợ nhà ở để giám sát, thưa bà?
Bà Y Ngọc Lan: Theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, mỗi hộ được hỗ trợ 40 triệu đồng để làm nhà. Năm 2022 - 2023, hai huyện được giao hỗ trợ 586 căn nhà, nhưng đến tháng 7 mới hoàn thành 312 căn, đạt 53,2%. Cử tri phản ánh nhiều về chậm giải ngân, nên Ban Thường trực ban hành Kế hoạch số 47/KH-MTTQ-BTT ngày 10/7/2023 để giám sát.
PV: Qua giám sát, đoàn phát hiện những gì?
Bà Y Ngọc Lan: Tại xã Đăk Hà và xã Măng Cành, đoàn đến tận 48 hộ. Có 19 hộ nhận tiền nhưng chưa khởi công vì giá vật liệu tăng; 7 hộ phải vay thêm khoảng 30 triệu đồng mỗi hộ. Ông A Blếch, Bí thư Chi bộ thôn Đăk Chum 1, xã Đăk Hà, cho biết có hộ đã bán bò để làm nhà. Ông A Đức, người có uy tín thôn Kon Chênh, xã Măng Cành, đề nghị cho đồng bào góp công thay vật liệu.
PV: Đoàn đã kiến nghị những gì?
Bà Y Ngọc Lan: Đoàn có 9 kiến nghị, trong đó đề nghị UBND tỉnh tăng mức hỗ trợ thêm tối đa 10 triệu đồng/hộ từ ngân sách tỉnh, đề nghị Ngân hàng Chính sách xã hội cho vay ưu đãi. Chúng tôi cũng đề nghị Ban Dân vận Tỉnh ủy chỉ đạo các đoàn thể giúp ngày công, đúng tinh thần Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào làm nhà và về giảm nghèo bền vững.
PV: Mặt trận sẽ theo dõi việc thực hiện kiến nghị ra sao?
Bà Y Ngọc Lan: Sau 3 tháng, đoàn sẽ phúc tra. Kết quả sẽ được báo cáo tại hội nghị phản biện xã hội cuối năm, đồng thời gửi tới các vị đại biểu HĐND tỉnh để chất vấn tại kỳ họp. Trước đó, Mặt trận các huyện đã vận động được 1.260 ngày công và gần 500 triệu đồng giúp các hộ khó khăn làm nhà. Cùng đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: A Hưng, Phạm Thị Thu Trang; bà Y Thị Bích, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Nguyễn Đình Tuấn, Phó Giám đốc Sở Xây dựng. Mặt trận các cấp năm 2023 đã chủ trì 187 cuộc giám sát.
PV: Xin cảm ơn bà!
Thu Hà
Tin liên quan
- Tu Mơ Rông bàn giao 25 căn nhà Đại đoàn kết (28/07/2023)
- Phản biện dự thảo nghị quyết về chính sách hỗ trợ nhà ở (12/07/2023)
- Kon Plông: Mặt trận vận động đồng bào giữ rừng (30/06/2023)
""", "2023-08-10", "Giám sát chính sách hỗ trợ nhà ở: \"Đến tận nhà, hỏi tận người\"",
E("giam_sat", None, "2023-08-07"),
[P("Y Ngọc Lan", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("A Blếch", "Bí thư Chi bộ thôn Đăk Chum 1"), P("A Đức", "người có uy tín thôn Kon Chênh"),
 P("A Hưng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"), P("Phạm Thị Thu Trang", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Bích", "Phó Trưởng Ban Dân tộc HĐND tỉnh"), P("Nguyễn Đình Tuấn", "Phó Giám đốc Sở Xây dựng")],
[Q("40 triệu đồng", 40000000, "đồng"), Q("586 căn nhà", 586, "căn nhà"), Q("312 căn", 312, "căn"), Q("53,2%", 53.2, "%"),
 Q("48 hộ", 48, "hộ"), Q("19 hộ", 19, "hộ"), Q("7 hộ", 7, "hộ"), Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("9 kiến nghị", 9, "kiến nghị"), Q("tối đa 10 triệu đồng", 10000000, "đồng"), Q("187 cuộc giám sát", 187, "cuộc giám sát"),
 Q("1.260 ngày công", 1260, "ngày công"), Q("gần 500 triệu đồng", 500000000, "đồng", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", "2023-07-10", "Ban Thường trực", "Kế hoạch số 47/KH-MTTQ-BTT ngày 10/7/2023"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU")],
[prov("Kon Tum"), com("Đăk Hà"), com("Măng Cành")],
["Báo Kon Tum điện tử", "Chính trị - Xã hội » Mặt trận » Trao đổi", "Đoàn giám sát kiểm tra nhà ở của người dân tại thôn Đăk Chum 1. Ảnh: T.Hà",
 "PV:", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Ngân hàng Chính sách xã hội"],
["10/08/2023 - 15:40", "Từ ngày 7 đến 9/8/2023", "Năm 2022 - 2023", "tháng 7", "Sau 3 tháng", "năm 2023", "Đăk Chum 1"]))

PAGES.append(page("b5659-bacninh-xa-mttq-phongvan-daihoi-2024", """
Trang thông tin điện tử xã Phù Chẩn - Thành phố Từ Sơn - Tỉnh Bắc Ninh
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng 16/04/2024 | 16:20
Đại hội MTTQ xã Phù Chẩn: "Mỗi khu dân cư là một pháo đài đoàn kết"
Ngày 13/4/2024, Ủy ban MTTQ Việt Nam xã Phù Chẩn tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2024 - 2029. Sau Đại hội, chúng tôi đã phỏng vấn ông Nguyễn Văn Tiến, Phó Bí thư Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã Phù Chẩn khóa XIV.
Ông Nguyễn Văn Tiến phát biểu tại Đại hội. Ảnh: Thu Hương
PV: Xin ông cho biết những kết quả nổi bật của nhiệm kỳ 2019 - 2024?
Ông Nguyễn Văn Tiến: Nhiệm kỳ qua, Mặt trận xã đã vận động nhân dân hiến hơn 3.200 m2 đất, đóng góp trên 14 tỷ đồng làm đường, nhà văn hóa; 100% khu phố đạt chuẩn văn minh đô thị. Quỹ "Vì người nghèo" vận động được 1,26 tỷ đồng, xây 9 căn nhà Đại đoàn kết, trao 1.850 suất quà cho hộ nghèo, hộ cận nghèo. Toàn xã hiện còn 12 hộ nghèo, chiếm 0,17%.
PV: Đại hội lần này có gì khác so với các kỳ trước?
Ông Nguyễn Văn Tiến: Đại hội có 150 đại biểu chính thức đại diện cho hơn 7.000 hộ của 8 khu phố. Thực hiện Hướng dẫn số 15-HD/BTGTW và Chỉ thị số 30-CT/TW ngày 23/2/2024 của Ban Bí thư về lãnh đạo Đại hội MTTQ Việt Nam các cấp, Đại hội hiệp thương cử 45 vị vào Ủy ban MTTQ xã khóa XIV, trong đó có 7 vị là doanh nhân, 4 vị là chức sắc tôn giáo. Tỷ lệ nữ đạt 35,6%, tăng 6% so với nhiệm kỳ trước.
PV: Các đồng chí lãnh đạo Ủy ban MTTQ xã khóa mới là ai?
Ông Nguyễn Văn Tiến: Đại hội hiệp thương cử bà Nguyễn Thị Thu Hà, ông Đỗ Văn Khải - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Nguyễn Hữu Thắng, Ủy viên Thường trực. Đồng chí Ngô Thị Hòa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Từ Sơn, đã dự và chỉ đạo Đại hội.
PV: Nhiệm kỳ 2024 - 2029, Mặt trận xã đặt những mục tiêu gì?
Ông Nguyễn Văn Tiến: Chúng tôi phấn đấu không còn hộ nghèo, vận động Quỹ đạt từ 300 triệu đồng/năm trở lên, 95% gia đình đạt danh hiệu "Gia đình văn hóa". Mặt trận sẽ thực hiện Nghị quyết số 35-NQ/ĐU của Đảng ủy xã về xây dựng đô thị văn minh và Kế hoạch số 21-KH/MTTQ, 22-KH/MTTQ về giám sát đầu tư công, phản biện quy hoạch khu dân cư.
PV: Ông có thể chia sẻ một cách làm hay ở khu dân cư?
Ông Nguyễn Văn Tiến: Khu phố Phù Lưu có mô hình "Tổ hòa giải 3 không" do ông Nguyễn Văn Cừ, Trưởng ban Công tác Mặt trận khu phố Phù Lưu, làm tổ trưởng; 5 năm qua hòa giải thành 43 vụ việc, không để xảy ra đơn thư vượt cấp. Mô hình này sẽ được nhân rộng ra cả 8 khu phố.
PV: Xin cảm ơn ông!
Thu Hương
Lượt truy cập: 185.230
Tin liên quan
- Đại hội MTTQ phường Đồng Nguyên nhiệm kỳ 2024 - 2029 (10/04/2024)
- Hội nghị hiệp thương lần thứ nhất (20/03/2024)
- Xã Phù Chẩn trao 120 suất quà Tết (05/02/2024)
""", "2024-04-16", "Đại hội MTTQ xã Phù Chẩn: \"Mỗi khu dân cư là một pháo đài đoàn kết\"",
E("dai_hoi", None, "2024-04-13"),
[P("Nguyễn Văn Tiến", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phù Chẩn khóa XIV"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Đỗ Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Hữu Thắng", "Ủy viên Thường trực"),
 P("Nguyễn Văn Cừ", "Trưởng ban Công tác Mặt trận khu phố Phù Lưu"),
 P("Ngô Thị Hòa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Từ Sơn")],
[Q("hơn 3.200 m2", 3200, "m2", "over"), Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("1.850 suất quà", 1850, "suất quà"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("0,17%", 0.17, "%"), Q("150 đại biểu chính thức", 150, "đại biểu chính thức"),
 Q("hơn 7.000 hộ", 7000, "hộ", "over"), Q("8 khu phố", 8, "khu phố"), Q("45 vị", 45, "vị"), Q("7 vị", 7, "vị"), Q("4 vị", 4, "vị"),
 Q("35,6%", 35.6, "%"), Q("43 vụ việc", 43, "vụ việc"), Q("6%", 6, "%"), Q("từ 300 triệu đồng", 300000000, "đồng", "over"), Q("95%", 95, "%")],
[D("Hướng dẫn", "15", "HD/BTGTW", None, None, "Hướng dẫn số 15-HD/BTGTW"),
 D("Chỉ thị", "30", "CT/TW", "2024-02-23", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 23/2/2024"),
 D("Nghị quyết", "35", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 35-NQ/ĐU"),
 D("Kế hoạch", "21", "KH/MTTQ", None, None, "Kế hoạch số 21-KH/MTTQ"),
 D("Kế hoạch", "22", "KH/MTTQ", None, None, "22-KH/MTTQ")],
[prov("Bắc Ninh"), com("Phù Chẩn")],
["Trang thông tin điện tử xã Phù Chẩn - Thành phố Từ Sơn - Tỉnh Bắc Ninh", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Ông Nguyễn Văn Tiến phát biểu tại Đại hội. Ảnh: Thu Hương", "PV:", "Vì người nghèo", "Gia đình văn hóa", "Lượt truy cập: 185.230", "Tổ hòa giải 3 không"],
["Ngày đăng 16/04/2024 | 16:20", "lần thứ XIV", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XIV", "Lượt truy cập: 185.230", "5 năm qua", "3 không"]))

PAGES.append(page("b5660-baclieu-bdv-phongvan-soket-2024", """
BÁO BẠC LIÊU
Chính trị | Xây dựng Đảng | Dân vận
Cập nhật: 14:05, 19/07/2024 (GMT+7)
Chuyện "dân vận khéo" ở vùng ven biển
(BL) - Tại hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024 diễn ra sáng 17/7, nhiều mô hình hay ở vùng ven biển được biểu dương. Phóng viên đã trao đổi với đồng chí Lý Thị Sa Quên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Bạc Liêu, về kết quả và nhiệm vụ 6 tháng cuối năm.
Đồng chí Lý Thị Sa Quên (thứ hai từ trái) tham quan mô hình nuôi tôm của người dân.
PV: Sáu tháng đầu năm, phong trào "Dân vận khéo" của tỉnh có gì nổi bật, thưa bà?
Bà Lý Thị Sa Quên: Toàn tỉnh công nhận mới 128 mô hình, nâng tổng số lên 1.736 mô hình, trong đó 54 mô hình cấp tỉnh. Ở vùng ven biển, mô hình "Tổ tự quản bảo vệ đê biển" tại xã Vĩnh Thịnh có 36 tổ viên, giúp giữ 4,5 km đê. Nhân dân hiến 22.000 m2 đất, đóng góp trên 31 tỷ đồng làm đường giao thông nông thôn.
PV: Công tác vận động đồng bào Khmer và Hoa được thực hiện thế nào?
Bà Lý Thị Sa Quên: Ban tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 58, 59-KL/TU về công tác dân tộc và tôn giáo; phối hợp tổ chức 3 đoàn thăm 24 chùa Khmer dịp Tết Chôl Chnăm Thmây. Ông Lâm Văn Xe, Trưởng ban Quản trị chùa Xiêm Cán, đã vận động phật tử góp 420 triệu đồng xây cầu. Bà Thạch Thị Sà Rươne, Phó Chủ tịch Hội Phụ nữ xã Hưng Hội, giúp 18 chị em người Khmer vay vốn.
PV: Việc tiếp dân, đối thoại với người dân có chuyển biến ra sao?
Bà Lý Thị Sa Quên: Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị, người đứng đầu cấp ủy các cấp đã tiếp 1.046 lượt công dân, đối thoại 58 cuộc. Các cơ quan dân vận tiếp nhận 211 đơn thư, đã giải quyết 196 đơn, đạt 92,9%. Ban Dân vận Tỉnh ủy cũng ban hành Hướng dẫn số 31-HD/BDVTU ngày 4/3/2024 về đối thoại định kỳ ở cơ sở.
PV: 6 tháng cuối năm, Ban tập trung vào nhiệm vụ gì?
Bà Lý Thị Sa Quên: Chúng tôi chuẩn bị tổng kết 10 năm Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương khóa XI; phấn đấu 100% xã có ít nhất 1 mô hình "Dân vận khéo" về chuyển đổi số. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Huỳnh Văn Chính, Trương Thị Ngọc Hân được phân công phụ trách các huyện ven biển.
PV: Công tác dân vận chính quyền được đánh giá thế nào?
Bà Lý Thị Sa Quên: Có tiến bộ. Qua khảo sát 480 người dân tại 12 xã, phường, có 87% hài lòng với thái độ phục vụ của cán bộ bộ phận một cửa. Ông Võ Minh Luân, Chủ tịch UBND xã Vĩnh Thịnh, đã mở 2 buổi "cà phê sáng với dân" mỗi tháng để nghe người dân góp ý.
PV: Xin cảm ơn bà!
Hội nghị có 120 đại biểu dự; 15 tập thể, 22 cá nhân được tặng giấy khen.
Hồng Nhung
Tin cùng chuyên mục
- Đông Hải: đối thoại với ngư dân về khai thác hải sản (10/07/2024)
- Hòa Bình tổng kết 5 năm mô hình "Dân vận khéo" (28/06/2024)
- Giao ban khối dân vận quý II năm 2024 (20/06/2024)
""", "2024-07-19", "Chuyện \"dân vận khéo\" ở vùng ven biển",
E("so_ket", "2024-H1", "2024-07-17"),
[P("Lý Thị Sa Quên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy Bạc Liêu"),
 P("Lâm Văn Xe", "Trưởng ban Quản trị chùa Xiêm Cán"), P("Thạch Thị Sà Rươne", "Phó Chủ tịch Hội Phụ nữ xã Hưng Hội"),
 P("Huỳnh Văn Chính", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trương Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Minh Luân", "Chủ tịch UBND xã Vĩnh Thịnh")],
[Q("128 mô hình", 128, "mô hình"), Q("1.736 mô hình", 1736, "mô hình"), Q("54 mô hình cấp tỉnh", 54, "mô hình cấp tỉnh"),
 Q("36 tổ viên", 36, "tổ viên"), Q("4,5 km", 4.5, "km"), Q("22.000 m2", 22000, "m2"), Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"),
 Q("3 đoàn", 3, "đoàn"), Q("24 chùa Khmer", 24, "chùa Khmer"), Q("420 triệu đồng", 420000000, "đồng"), Q("18 chị em", 18, "chị em"),
 Q("1.046 lượt công dân", 1046, "lượt công dân"), Q("58 cuộc", 58, "cuộc"), Q("211 đơn thư", 211, "đơn thư"), Q("196 đơn", 196, "đơn"),
 Q("92,9%", 92.9, "%"), Q("100%", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("120 đại biểu", 120, "đại biểu"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("480 người dân", 480, "người dân"), Q("12 xã, phường", 12, "xã, phường"), Q("87%", 87, "%"), Q("2 buổi", 2, "buổi")],
[D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Hướng dẫn", "31", "HD/BDVTU", "2024-03-04", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU ngày 4/3/2024"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Bạc Liêu"), com("Vĩnh Thịnh"), com("Hưng Hội")],
["BÁO BẠC LIÊU", "Chính trị | Xây dựng Đảng | Dân vận", "(BL)", "Đồng chí Lý Thị Sa Quên (thứ hai từ trái) tham quan mô hình nuôi tôm của người dân.",
 "PV:", "Dân vận khéo", "Tổ tự quản bảo vệ đê biển", "Chôl Chnăm Thmây", "cà phê sáng với dân"],
["Cập nhật: 14:05, 19/07/2024 (GMT+7)", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Sáu tháng đầu năm", "10 năm", "khóa XI"]))

PAGES.append(page("b5661-quangtri-bdv-phongvan-giaoban-2024", """
Báo Quảng Trị điện tử
Trang chủ › Chính trị › Phỏng vấn
Thứ Năm, 31/10/2024, 10:30
Ảnh: Quang cảnh giao ban.
Khắc phục hậu quả bão lũ: "Dân vận phải đi trước một bước"
QTO - Tại cuộc họp giao ban công tác dân vận tháng 10/2024 tổ chức chiều 29/10, Ban Dân vận Tỉnh ủy đã đánh giá công tác vận động nhân dân sau đợt mưa lũ. Phóng viên Báo Quảng Trị phỏng vấn đồng chí Hồ Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
PV: Thưa bà, trong tháng 10, khối dân vận đã làm gì để giúp người dân vùng lũ?
Bà Hồ Thị Thu Hằng: Ngay khi có dự báo bão số 6, khối dân vận đã phối hợp vận động 2.150 hộ ở vùng trũng sơ tán. Sau lũ, Mặt trận các cấp tiếp nhận hơn 9,3 tỷ đồng ủng hộ, đã trao 3.420 suất quà cho hộ bị thiệt hại, hỗ trợ sửa chữa 176 căn nhà bị tốc mái, mỗi căn 5 triệu đồng. Chúng tôi thực hiện Công văn số 412-CV/BDVTU ngày 20/10/2024 của Ban Dân vận Tỉnh ủy về huy động lực lượng giúp dân.
PV: Đồng bào Vân Kiều, Pa Kô ở miền núi bị ảnh hưởng ra sao?
Bà Hồ Thị Thu Hằng: Tại huyện Hướng Hóa và Đakrông có 14 điểm sạt lở, 87 hộ phải di dời khẩn cấp. Ông Hồ Văn Lâm, người có uy tín thôn A Vao, xã A Vao, đã vận động 23 hộ lên chỗ ở tạm an toàn. Các đồng chí Bí thư Đảng ủy xã: Hồ Văn Chuôi (xã Tà Long), Hồ Thị Pết (xã Ba Nang) trực tiếp cùng dân bám bản trong những ngày mưa lũ.
PV: Những việc cần làm ngay trong tháng 11 là gì?
Bà Hồ Thị Thu Hằng: Tiếp tục thực hiện Chỉ thị 31, 32-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai và về công tác dân vận vùng tái định cư; phối hợp triển khai Quyết định số 22/2023/QĐ-TTg của Thủ tướng Chính phủ về tín dụng cho vay nhà ở. Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 109/KH-MTTQ-BTT về phân bổ nguồn ủng hộ, bảo đảm công khai, đúng đối tượng.
PV: Việc thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" ở tỉnh hiện ra sao?
Bà Hồ Thị Thu Hằng: Tỉnh đặt mục tiêu xóa khoảng 1.480 căn nhà tạm, nhà dột nát trong năm 2025; đến nay đã khởi công 312 căn. Bà Lê Thị Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, được giao theo dõi tiến độ hằng tuần.
PV: Bà đánh giá thế nào về sự vào cuộc của các đoàn thể?
Bà Hồ Thị Thu Hằng: Rất kịp thời. Tỉnh đoàn huy động 1.200 đoàn viên, thanh niên dọn bùn đất ở 36 trường học; Hội Cựu chiến binh tỉnh có 45 tổ giúp dân dựng lại nhà. Ông Phan Văn Đông, Chủ tịch Hội Nông dân tỉnh, cho biết Hội đã cấp 8 tấn giống lúa cho hội viên vùng lũ.
PV: Xin cảm ơn bà!
Cuộc giao ban có lãnh đạo Ban Dân vận 9 huyện, thị xã, thành phố và 14 cơ quan khối dân vận tỉnh dự.
Lê Trường
Tin liên quan
- Gio Linh: trao 200 suất quà cho người dân vùng lũ (25/10/2024)
- Giao ban công tác dân vận tháng 9/2024 (27/09/2024)
- Hải Lăng vận động người dân sơ tán trước bão (18/09/2024)
""", "2024-10-31", "Khắc phục hậu quả bão lũ: \"Dân vận phải đi trước một bước\"",
E("giao_ban", "2024-10", "2024-10-29"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lâm", "người có uy tín thôn A Vao"),
 P("Hồ Văn Chuôi", "Bí thư Đảng ủy xã"), P("Hồ Thị Pết", "Bí thư Đảng ủy xã"),
 P("Lê Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Đông", "Chủ tịch Hội Nông dân tỉnh")],
[Q("2.150 hộ", 2150, "hộ"), Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("3.420 suất quà", 3420, "suất quà"),
 Q("176 căn nhà", 176, "căn nhà"), Q("5 triệu đồng", 5000000, "đồng"), Q("14 điểm sạt lở", 14, "điểm sạt lở"), Q("87 hộ", 87, "hộ"),
 Q("23 hộ", 23, "hộ"), Q("khoảng 1.480 căn nhà tạm, nhà dột nát", 1480, "căn nhà tạm, nhà dột nát", "approx"), Q("312 căn", 312, "căn"),
 Q("1.200 đoàn viên, thanh niên", 1200, "đoàn viên, thanh niên"), Q("36 trường học", 36, "trường học"),
 Q("45 tổ", 45, "tổ"), Q("8 tấn giống lúa", 8, "tấn giống lúa"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("14 cơ quan khối dân vận tỉnh", 14, "cơ quan khối dân vận tỉnh")],
[D("Công văn", "412", "CV/BDVTU", "2024-10-20", "Ban Dân vận Tỉnh ủy", "Công văn số 412-CV/BDVTU ngày 20/10/2024"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Quyết định", "22", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2023/QĐ-TTg"),
 D("Kế hoạch", "109", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 109/KH-MTTQ-BTT")],
[prov("Quảng Trị"), com("A Vao"), com("Tà Long"), com("Ba Nang")],
["Báo Quảng Trị điện tử", "Trang chủ › Chính trị › Phỏng vấn", "Ảnh: Quang cảnh giao ban.", "QTO -", "PV:",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Thứ Năm, 31/10/2024, 10:30", "tháng 10/2024", "tháng 10", "bão số 6", "tháng 11", "năm 2025"]))

PAGES.append(page("b5662-tuyenquang-xa-phongvan-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN - TỈNH TUYÊN QUANG
Bạn đang ở: Trang chủ » Tin hoạt động » Dân vận
Thứ Năm, 25/09/2025 - 08:10
Bí thư Đảng ủy xã Minh Tân: "Xã mới, cách làm mới, nhưng dân vẫn là gốc"
Ngày 23/9/2025, Đảng ủy xã Minh Tân tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025 - hội nghị đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. Phóng viên đã trao đổi với đồng chí Mua Mí Hồ, Bí thư Đảng ủy, Chủ tịch HĐND xã Minh Tân.
Đồng chí Mua Mí Hồ trả lời ý kiến người dân tại hội nghị. Ảnh: Vũ Linh
PV: Xin đồng chí cho biết vì sao xã tổ chức đối thoại ngay sau khi sắp xếp?
Đồng chí Mua Mí Hồ: Xã Minh Tân của tỉnh Tuyên Quang mới được hình thành trên cơ sở nhập 3 xã cũ thuộc huyện Vị Xuyên, tỉnh Hà Giang trước đây, rộng hơn 180 km2, có 24 thôn với 5.612 hộ, trên 27.000 nhân khẩu, 92% là đồng bào Mông, Dao, Tày. Nhiều thủ tục thay đổi, người dân phải đi xa hơn. Xã thực hiện theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Kế hoạch số 12-KH/ĐU ngày 28/7/2025 của Đảng ủy xã về tiếp dân, đối thoại.
PV: Người dân đã nêu những vấn đề gì?
Đồng chí Mua Mí Hồ: Có 186 người dự, nêu 34 ý kiến, trong đó 26 ý kiến được trả lời ngay tại hội nghị. Nhiều ý kiến về việc làm căn cước, chứng thực ở Trung tâm phục vụ hành chính công xã. Ông Giàng Mí Dính, người có uy tín thôn Lùng Thàng, đề nghị xã bố trí cán bộ biết tiếng Mông. Bà Triệu Thị Liên, Chi hội trưởng Chi hội Phụ nữ thôn Khâu Vai, phản ánh 40 hộ chưa có nước sạch.
PV: Xã đã giải quyết những kiến nghị đó thế nào?
Đồng chí Mua Mí Hồ: Xã bố trí 3 công chức người Mông trực tại bộ phận một cửa, triển khai dịch vụ công trực tuyến, đạt 68% hồ sơ nộp qua mạng. Về nước sạch, xã đề nghị tỉnh hỗ trợ khoảng 1,2 tỷ đồng làm 2 bể chứa; nhân dân góp 600 ngày công.
PV: Công tác dân vận xã mới được tổ chức lại ra sao?
Đồng chí Mua Mí Hồ: Khối dân vận xã có 11 thành viên. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Ma Thị Hường, Sùng Seo Páo phụ trách 24 tổ dân vận thôn. Đồng chí Hoàng Văn Thái, Phó Bí thư Thường trực Đảng ủy xã, Trưởng khối dân vận xã, được giao theo dõi việc trả lời ý kiến sau hội nghị.
PV: Sau hội nghị, xã sẽ làm gì để người dân tiếp tục tin tưởng?
Đồng chí Mua Mí Hồ: Những ý kiến chưa trả lời được, xã sẽ trả lời bằng văn bản trong 15 ngày và công khai tại nhà văn hóa thôn. Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU ngày 15/8/2025 về công tác dân vận trong giai đoạn đầu vận hành xã mới, phấn đấu tổ chức ít nhất 2 hội nghị đối thoại mỗi năm.
PV: Xin cảm ơn đồng chí!
Vũ Linh
Tin khác
- Xã Minh Tân ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
- Tuyên Quang tổ chức giao ban công tác dân vận quý III (15/09/2025)
- Hội nghị hiệp thương Ủy ban MTTQ xã sau sắp xếp (10/07/2025)
""", "2025-09-25", "Bí thư Đảng ủy xã Minh Tân: \"Xã mới, cách làm mới, nhưng dân vẫn là gốc\"",
E("doi_thoai", "2025", "2025-09-23"),
[P("Mua Mí Hồ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Minh Tân", "Bí thư Đảng ủy xã Minh Tân"),
 P("Giàng Mí Dính", "người có uy tín thôn Lùng Thàng"), P("Triệu Thị Liên", "Chi hội trưởng Chi hội Phụ nữ thôn Khâu Vai"),
 P("Ma Thị Hường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Sùng Seo Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Thái", "Phó Bí thư Thường trực Đảng ủy xã", "Trưởng khối dân vận xã")],
[Q("3 xã", 3, "xã"), Q("hơn 180 km2", 180, "km2", "over"), Q("24 thôn", 24, "thôn"), Q("5.612 hộ", 5612, "hộ"),
 Q("trên 27.000 nhân khẩu", 27000, "nhân khẩu", "over"), Q("92%", 92, "%"), Q("186 người", 186, "người"), Q("34 ý kiến", 34, "ý kiến"),
 Q("26 ý kiến", 26, "ý kiến"), Q("40 hộ", 40, "hộ"), Q("3 công chức", 3, "công chức"), Q("68%", 68, "%"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("2 bể chứa", 2, "bể chứa"), Q("600 ngày công", 600, "ngày công"),
 Q("11 thành viên", 11, "thành viên"), Q("ít nhất 2 hội nghị đối thoại", 2, "hội nghị đối thoại", "over"), Q("24 tổ dân vận thôn", 24, "tổ dân vận thôn")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-07-28", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 28/7/2025"),
 D("Nghị quyết", "05", "NQ/ĐU", "2025-08-15", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN - TỈNH TUYÊN QUANG", "Bạn đang ở: Trang chủ » Tin hoạt động » Dân vận",
 "Đồng chí Mua Mí Hồ trả lời ý kiến người dân tại hội nghị. Ảnh: Vũ Linh", "PV:", "Trung tâm phục vụ hành chính công"],
["Thứ Năm, 25/09/2025 - 08:10", "năm 2025", "hai cấp", "15 ngày"]))
