from lib import *
PAGES = []

PAGES.append(page("b7067-binhduong-giaibaochi-mttq-dv-2017", """
BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử
Thứ Ba, 20-06-2017 09:12
Chính trị >> Tin tức - Sự kiện
Tổng kết, trao Giải báo chí về công tác Mặt trận và dân vận lần thứ III
Lãnh đạo tỉnh trao giải A cho các tác giả đoạt giải
(BDO) Chiều 19-6, nhân kỷ niệm 92 năm Ngày Báo chí cách mạng Việt Nam, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Hội Nhà báo tỉnh tổ chức lễ tổng kết, trao Giải báo chí về công tác Mặt trận và dân vận lần thứ III, năm 2017. Đến dự có ông Trần Thanh Liêm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tổng kết cho biết, sau 10 tháng phát động, Ban tổ chức nhận được 187 tác phẩm của 74 tác giả, nhóm tác giả, tăng 35 tác phẩm so với lần thứ II. Các tác phẩm tập trung phản ánh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", việc thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; công tác vận động công nhân ở các khu công nghiệp.
Hội đồng giám khảo, do ông Lê Văn Thảo, Chủ tịch Hội Nhà báo tỉnh làm Chủ tịch, đã chọn ra 24 tác phẩm trao giải: 3 giải A, 5 giải B, 6 giải C và 10 giải khuyến khích. Giải A được nhận 8 triệu đồng, giải B 5 triệu đồng, giải C 3 triệu đồng, giải khuyến khích 1,5 triệu đồng.
Ở thể loại báo in, giải A thuộc về loạt bài "Nhà trọ công nhân - nơi Mặt trận đến gần" của nhóm tác giả Báo Bình Dương; loạt bài phản ánh việc Ban công tác Mặt trận khu phố 3, phường Phú Hòa vận động 112 chủ nhà trọ giảm giá điện, nước cho công nhân. Ở thể loại truyền hình, phóng sự "Hiến đất mở đường ở Tân Định" của tác giả Phạm Thị Thu Trang, biên tập viên Đài Phát thanh và Truyền hình Bình Dương, đoạt giải A với những hình ảnh về 46 hộ dân xã Tân Định hiến hơn 21.000 m2 đất.
Phát biểu tại buổi lễ, ông Trần Thanh Liêm ghi nhận các cơ quan báo chí đã đồng hành cùng Mặt trận và các đoàn thể, góp phần đưa chủ trương của Đảng đến với người dân, nhất là khoảng 1 triệu công nhân lao động đang làm việc tại tỉnh. Ông đề nghị các phóng viên tiếp tục phản ánh những vấn đề người dân quan tâm, kể cả những hạn chế trong công tác dân vận chính quyền.
Thay mặt các tác giả đoạt giải, nhà báo Huỳnh Văn Thông, Trưởng ban Thời sự Báo Bình Dương, cho biết để có loạt bài, nhóm tác giả đã ở lại các khu nhà trọ nhiều đêm, ghi nhận tâm tư của người lao động xa quê.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 6 tập thể và 9 cá nhân có nhiều đóng góp trong tuyên truyền công tác Mặt trận giai đoạn 2015 - 2017.
Ngọc Thuận
Bài viết liên quan
- Phát động Giải báo chí về công tác Mặt trận và dân vận lần thứ III (15/08/2016)
- Gặp mặt cơ quan báo chí nhân Ngày Báo chí cách mạng Việt Nam (16/06/2017)
- Thủ Dầu Một: 500 căn nhà trọ đạt chuẩn "Nhà trọ văn minh" (02/06/2017)
""", "2017-06-20", "Tổng kết, trao Giải báo chí về công tác Mặt trận và dân vận lần thứ III",
E("tong_ket", "2017", "2017-06-19"),
[P("Trần Thanh Liêm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thảo", "Chủ tịch Hội Nhà báo tỉnh"),
 P("Phạm Thị Thu Trang", "biên tập viên Đài Phát thanh và Truyền hình Bình Dương"),
 P("Huỳnh Văn Thông", "Trưởng ban Thời sự Báo Bình Dương")],
[Q("187 tác phẩm", 187, "tác phẩm"), Q("74 tác giả", 74, "tác giả"), Q("35 tác phẩm", 35, "tác phẩm"),
 Q("24 tác phẩm", 24, "tác phẩm"), Q("3 giải A", 3, "giải A"), Q("5 giải B", 5, "giải B"), Q("6 giải C", 6, "giải C"),
 Q("10 giải khuyến khích", 10, "giải khuyến khích"), Q("8 triệu đồng", 8000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("112 chủ nhà trọ", 112, "chủ nhà trọ"),
 Q("46 hộ dân", 46, "hộ dân"), Q("hơn 21.000 m2", 21000, "m2", "over"),
 Q("khoảng 1 triệu công nhân lao động", 1000000, "công nhân lao động", "approx"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Bình Dương"), com("Phú Hòa"), com("Tân Định")],
["BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử", "Chính trị >> Tin tức - Sự kiện", "Lãnh đạo tỉnh trao giải A cho các tác giả đoạt giải",
 "(BDO)", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nhà trọ công nhân - nơi Mặt trận đến gần",
 "Hiến đất mở đường ở Tân Định"],
["Thứ Ba, 20-06-2017 09:12", "92 năm", "lần thứ III", "năm 2017", "10 tháng", "lần thứ II", "khu phố 3", "2015 - 2017"]))

PAGES.append(page("b7068-thanhhoa-hoithi-tuyentruyenvien-mttq-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ | Tin hoạt động | Tuyên truyền
Cập nhật: 05/10/2018 16:20
Hội thi tuyên truyền viên giỏi công tác Mặt trận tỉnh Thanh Hóa năm 2018
Ngày 4/10, tại thành phố Thanh Hóa, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức Hội thi tuyên truyền viên giỏi công tác Mặt trận năm 2018 với chủ đề "Mặt trận - nơi hội tụ sức mạnh khối đại đoàn kết". Tham gia hội thi có 27 đội thi của các huyện, thị xã, thành phố, mỗi đội 3 thí sinh là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ cấp xã và Trưởng ban công tác Mặt trận thôn, khu phố.
Dự và chỉ đạo hội thi có đồng chí Phạm Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Văn Huấn, Hà Thị Thùy.
Hội thi được tổ chức theo Kế hoạch số 145/KH-MTTQ-BTT ngày 15/6/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, nhằm tuyên truyền sâu rộng Luật Mặt trận Tổ quốc Việt Nam năm 2015, Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII và Chỉ thị 18-CT/TW ngày 10/1/2018 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận.
Qua các phần thi chào hỏi, kiến thức và xử lý tình huống, các thí sinh đã mang đến những câu chuyện sinh động. Đội huyện Quảng Xương giới thiệu việc Ban công tác Mặt trận thôn Trung Chính, xã Quảng Ninh vận động 312 hộ góp gần 1,2 tỷ đồng làm đường giao thông; đội huyện Bá Thước có tiết mục "Khua luống" của đồng bào Mường kể về cuộc vận động "Ngày vì người nghèo". Thí sinh Lò Thị Vân, Chủ tịch Ủy ban MTTQ xã Lũng Cao, người dân tộc Thái, gây ấn tượng với phần trả lời tình huống hòa giải mâu thuẫn giữa hai dòng họ.
Ban giám khảo gồm 7 thành viên, trong đó có nhà báo Lê Ngọc Sơn, Phó Tổng Biên tập Báo Thanh Hóa. Kết quả, giải Nhất thuộc về đội huyện Quảng Xương; 2 giải Nhì cho đội Bá Thước, Thọ Xuân; 3 giải Ba, 6 giải Khuyến khích và 3 giải phụ. Các đội đoạt giải được thưởng từ 2 đến 7 triệu đồng.
Phát biểu bế mạc, đồng chí Phạm Thị Hằng khẳng định, trong 2 năm qua các cấp Mặt trận đã tổ chức được 559 hội thi cấp xã với trên 18.000 lượt người tham gia; qua đó đội ngũ tuyên truyền viên ngày càng vững vàng. Bà đề nghị Mặt trận các huyện tiếp tục quan tâm bồi dưỡng kỹ năng cho cán bộ cơ sở, nhất là ở 11 huyện miền núi. Đội đoạt giải Nhất sẽ đại diện tỉnh tham gia hội thi do Ủy ban Trung ương MTTQ Việt Nam tổ chức vào đầu năm 2019.
Bảo Ngọc
Tin khác
- Ra mắt mô hình "Khu dân cư tự quản" tại thị xã Bỉm Sơn (28/09/2018)
- Mặt trận các cấp góp ý xây dựng chính quyền (20/09/2018)
- Trao 150 suất quà cho hộ nghèo huyện Mường Lát (10/09/2018)
""", "2018-10-05", "Hội thi tuyên truyền viên giỏi công tác Mặt trận tỉnh Thanh Hóa năm 2018",
E("khac", None, "2018-10-04"),
[P("Phạm Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Huấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Thị Thùy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Thị Vân", "Chủ tịch Ủy ban MTTQ xã Lũng Cao"),
 P("Lê Ngọc Sơn", "Phó Tổng Biên tập Báo Thanh Hóa")],
[Q("27 đội thi", 27, "đội thi"), Q("3 thí sinh", 3, "thí sinh"), Q("312 hộ", 312, "hộ"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("7 thành viên", 7, "thành viên"), Q("2 giải Nhì", 2, "giải Nhì"),
 Q("3 giải Ba", 3, "giải Ba"), Q("6 giải Khuyến khích", 6, "giải Khuyến khích"), Q("3 giải phụ", 3, "giải phụ"),
 Q("từ 2", 2000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"), Q("559 hội thi cấp xã", 559, "hội thi cấp xã"),
 Q("trên 18.000 lượt người", 18000, "lượt người", "over"), Q("11 huyện miền núi", 11, "huyện miền núi")],
[D("Kế hoạch", "145", "KH-MTTQ-BTT", "2018-06-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 145/KH-MTTQ-BTT ngày 15/6/2018"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 10/1/2018")],
[prov("Thanh Hóa"), com("Quảng Ninh"), com("Lũng Cao")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ | Tin hoạt động | Tuyên truyền",
 "Mặt trận - nơi hội tụ sức mạnh khối đại đoàn kết", "Luật Mặt trận Tổ quốc Việt Nam năm 2015", "Khua luống", "Ngày vì người nghèo"],
["Cập nhật: 05/10/2018 16:20", "năm 2018", "2 năm", "khóa XII"]))

PAGES.append(page("b7069-khanhhoa-giaoban-baochi-q3-2019", """
Báo Khánh Hòa điện tử
26/09/2019 - 10:45 AM
Thời sự › Chính trị
Giao ban báo chí quý III: Phát động giải báo chí về công tác dân vận
Ngày 25-9, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh tổ chức hội nghị giao ban công tác báo chí quý III-2019. Ông Hồ Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị giao ban.
Theo báo cáo, trong quý III, các cơ quan báo chí trên địa bàn đã đăng, phát hơn 4.600 tin, bài; trong đó khoảng 520 tin, bài về chủ đề xây dựng Đảng, công tác dân vận. Báo chí đã tập trung tuyên truyền kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, việc chuẩn bị đại hội chi bộ, đại hội đảng bộ cơ sở nhiệm kỳ 2020-2025 theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, cũng như công tác phòng, chống sạt lở bờ biển ở xã Ninh Hải. Tuy nhiên, vẫn còn 3 trường hợp thông tin chưa chính xác phải đính chính.
Tại hội nghị, bà Nguyễn Thị Phương Thảo, Phó Trưởng ban Dân vận Tỉnh ủy, công bố thể lệ Giải báo chí về công tác dân vận tỉnh Khánh Hòa lần thứ nhất, thực hiện theo Kế hoạch 52-KH/BDVTU của Ban Dân vận Tỉnh ủy. Giải dành cho tác phẩm đăng, phát từ 1-10-2019 đến 30-9-2020, với tổng giá trị giải thưởng hơn 150 triệu đồng; giải A mỗi loại hình trị giá 10 triệu đồng. Tác phẩm cần phản ánh việc thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp và phong trào thi đua "Dân vận khéo".
Ông Đinh Văn Tư, Trưởng Văn phòng đại diện Báo Tuổi Trẻ tại Nha Trang cho rằng, giải nên có tiêu chí riêng cho tác phẩm phát hiện vấn đề, vì "đề tài dân vận không chỉ có người tốt, việc tốt". Nhà báo Cao Thị Xuân Lan, Trưởng phòng Biên tập Đài Phát thanh - Truyền hình Khánh Hòa, đề xuất Ban tổ chức có cơ chế hỗ trợ phóng viên đi cơ sở ở 2 huyện miền núi Khánh Sơn, Khánh Vĩnh, nơi có đông đồng bào Raglai.
Kết luận hội nghị, ông Hồ Văn Mừng đề nghị trong quý IV các cơ quan báo chí tập trung tuyên truyền đại hội đảng các cấp, kỷ niệm 89 năm Ngày truyền thống công tác dân vận của Đảng; Ban Dân vận Tỉnh ủy sớm ban hành hướng dẫn cung cấp thông tin cho báo chí về các vụ việc khiếu kiện đông người. Hiện tỉnh có 12 cơ quan báo chí, trong đó có 8 văn phòng đại diện, phóng viên thường trú của báo chí Trung ương.
Hội nghị cũng thông tin tình hình dư luận xã hội quý III, ghi nhận khoảng 70% ý kiến quan tâm đến giá đất và giải phóng mặt bằng các dự án du lịch ven biển, trong đó có dự án tại phường Vĩnh Hòa.
Ngọc Diệp
Các tin đã đưa
- Giao ban báo chí quý II/2019 (26/06/2019)
- Khánh Hòa: tặng giấy khen 18 tác phẩm báo chí về biển đảo (21/06/2019)
- Đối thoại giữa lãnh đạo tỉnh với các nhà báo (14/05/2019)
""", "2019-09-26", "Giao ban báo chí quý III: Phát động giải báo chí về công tác dân vận",
E("giao_ban", "2019-Q3", "2019-09-25"),
[P("Hồ Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Phương Thảo", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Tư", "Trưởng Văn phòng đại diện Báo Tuổi Trẻ tại Nha Trang"),
 P("Cao Thị Xuân Lan", "Trưởng phòng Biên tập Đài Phát thanh - Truyền hình Khánh Hòa")],
[Q("hơn 4.600 tin, bài", 4600, "tin, bài", "over"), Q("khoảng 520 tin, bài", 520, "tin, bài", "approx"),
 Q("3 trường hợp", 3, "trường hợp"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("2 huyện miền núi", 2, "huyện miền núi"), Q("12 cơ quan báo chí", 12, "cơ quan báo chí"),
 Q("8 văn phòng đại diện, phóng viên thường trú", 8, "văn phòng đại diện, phóng viên thường trú"), Q("khoảng 70%", 70, "%", "approx")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 52-KH/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015")],
[prov("Khánh Hòa"), com("Ninh Hải"), com("Vĩnh Hòa")],
["Báo Khánh Hòa điện tử", "Thời sự › Chính trị", "Quang cảnh hội nghị giao ban.", "Dân vận khéo", "Báo Tuổi Trẻ"],
["26/09/2019 - 10:45 AM", "quý III-2019", "5 năm", "2020-2025", "lần thứ nhất", "1-10-2019", "30-9-2020", "89 năm", "quý IV"]))

PAGES.append(page("b7070-hungyen-traogiai-baochi-2020", """
BÁO HƯNG YÊN
Thứ Sáu, 19/06/2020 - 17:05
Trang chủ / Xây dựng Đảng
Trao Giải Báo chí tỉnh Hưng Yên lần thứ V
HY - Sáng 19.6, nhân kỷ niệm 95 năm Ngày Báo chí cách mạng Việt Nam, Hội Nhà báo tỉnh tổ chức lễ trao Giải Báo chí tỉnh Hưng Yên lần thứ V. Dự buổi lễ có các đồng chí: Đỗ Tiến Sỹ, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Văn Phóng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.
Đồng chí Đỗ Tiến Sỹ trao giải A cho các tác giả.
Giải Báo chí tỉnh lần này được tổ chức trong bối cảnh dịch bệnh Covid-19 diễn biến phức tạp; lễ trao giải được thu gọn, chỉ mời khoảng 80 đại biểu. Ban tổ chức đã nhận 256 tác phẩm của 119 tác giả, nhóm tác giả, trong đó có 68 tác phẩm viết về công tác xây dựng Đảng và 41 tác phẩm về công tác dân vận, tuyên truyền viên cơ sở.
Từ 62 tác phẩm vào vòng chung khảo, Hội đồng chấm giải chọn trao 30 giải gồm: 3 giải A, 6 giải B, 9 giải C và 12 giải Khuyến khích. Mỗi giải A được nhận 7 triệu đồng; tổng giá trị giải thưởng gần 110 triệu đồng, từ nguồn ngân sách tỉnh theo Quyết định số 1328/QĐ-UBND ngày 22/5/2020 của UBND tỉnh.
Nhiều tác phẩm bám sát các sự kiện chính trị lớn, như loạt bài "Đại hội cơ sở - bắt đầu từ chi bộ" về đại hội điểm tại xã Hồng Nam, hay loạt bài về tổ tuyên truyền viên thôn giúp xã Minh Châu đẩy lùi dịch tả lợn châu Phi. Tác giả Trịnh Thị Thanh Nga, Trưởng phòng Xây dựng Đảng Báo Hưng Yên, đoạt giải A với loạt bài về việc thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị. Tác giả Vũ Đức Cường, biên tập viên Đài Phát thanh và Truyền hình Hưng Yên, đoạt giải A với phóng sự "Người tuyên truyền viên trong khu cách ly".
Thay mặt Ban tổ chức, đồng chí Lương Văn Khuê, Chủ tịch Hội Nhà báo tỉnh, cho biết qua các lần tổ chức, giải đã thu hút tổng cộng trên 1.100 tác phẩm. Điểm mới của lần thứ V là có giải riêng cho cộng tác viên, tuyên truyền viên cơ sở; ông Đặng Văn Tuấn, tuyên truyền viên thôn Đông Kim, xã Minh Châu, là cộng tác viên đầu tiên đoạt giải C.
Phát biểu tại lễ trao giải, đồng chí Đỗ Tiến Sỹ biểu dương đội ngũ người làm báo đã "vừa chống dịch, vừa tác nghiệp", góp phần củng cố niềm tin của nhân dân. Đồng chí đề nghị các cơ quan báo chí chuẩn bị tốt kế hoạch tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025.
Ngay sau lễ trao giải, Hội Nhà báo tỉnh phát động Giải Báo chí tỉnh lần thứ VI, dự kiến nhận tác phẩm đến hết tháng 3/2021.
Thu Hà
Tin liên quan
- Gặp mặt các cơ quan báo chí nhân ngày 21.6 (18/06/2020)
- Hưng Yên: 120 tuyên truyền viên cơ sở được tập huấn kỹ năng (05/06/2020)
- Chấm chung khảo Giải Báo chí tỉnh lần thứ V (28/05/2020)
""", "2020-06-19", "Trao Giải Báo chí tỉnh Hưng Yên lần thứ V",
E("khac", None, "2020-06-19"),
[P("Đỗ Tiến Sỹ", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Phóng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trịnh Thị Thanh Nga", "Trưởng phòng Xây dựng Đảng Báo Hưng Yên"),
 P("Vũ Đức Cường", "biên tập viên Đài Phát thanh và Truyền hình Hưng Yên"),
 P("Lương Văn Khuê", "Chủ tịch Hội Nhà báo tỉnh"),
 P("Đặng Văn Tuấn", "tuyên truyền viên thôn Đông Kim")],
[Q("khoảng 80 đại biểu", 80, "đại biểu", "approx"), Q("256 tác phẩm", 256, "tác phẩm"), Q("119 tác giả", 119, "tác giả"),
 Q("68 tác phẩm", 68, "tác phẩm"), Q("41 tác phẩm", 41, "tác phẩm"), Q("62 tác phẩm", 62, "tác phẩm"), Q("30 giải", 30, "giải"),
 Q("3 giải A", 3, "giải A"), Q("6 giải B", 6, "giải B"), Q("9 giải C", 9, "giải C"), Q("12 giải Khuyến khích", 12, "giải Khuyến khích"),
 Q("7 triệu đồng", 7000000, "đồng"), Q("gần 110 triệu đồng", 110000000, "đồng", "approx"),
 Q("trên 1.100 tác phẩm", 1100, "tác phẩm", "over")],
[D("Quyết định", "1328", "QĐ-UBND", "2020-05-22", "UBND tỉnh", "Quyết định số 1328/QĐ-UBND ngày 22/5/2020"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW")],
[prov("Hưng Yên"), com("Hồng Nam"), com("Minh Châu")],
["BÁO HƯNG YÊN", "Trang chủ / Xây dựng Đảng", "Đồng chí Đỗ Tiến Sỹ trao giải A cho các tác giả.", "Đại hội cơ sở - bắt đầu từ chi bộ",
 "Người tuyên truyền viên trong khu cách ly", "vừa chống dịch, vừa tác nghiệp", "Covid-19"],
["Thứ Sáu, 19/06/2020 - 17:05", "lần thứ V", "95 năm", "19.6", "lần thứ XIX", "2020 - 2025", "lần thứ VI", "tháng 3/2021", "Covid-19"]))

PAGES.append(page("b7071-sonla-hoithi-tuyentruyenvien-baucu-2021", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
23/4/2021 | 08:30
Bầu cử ĐBQH và HĐND các cấp
Đảng ủy xã Chiềng Mung tổ chức Hội thi tuyên truyền viên giỏi về bầu cử
Thí sinh Cầm Thị Ngọc trong phần thi hùng biện.
Ngày 22/4, Đảng ủy xã Chiềng Mung (huyện Mai Sơn) tổ chức Hội thi tuyên truyền viên giỏi về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Tới dự có đồng chí Lò Văn Thương, HUV, Phó Trưởng Ban Tuyên giáo Huyện ủy Mai Sơn.
Hội thi có 14 đội đến từ 14 chi bộ bản, mỗi đội gồm 3 thành viên là bí thư chi bộ, trưởng bản, tuyên truyền viên bản. Các đội trải qua các phần thi kiến thức về bầu cử và hùng biện, tiểu phẩm tuyên truyền bằng tiếng Thái, tiếng Kinh. Để bảo đảm phòng, chống dịch Covid-19, khán giả mỗi bản chỉ được cử tối đa 20 người đến cổ vũ.
Theo đồng chí Quàng Văn Pản, Bí thư Đảng ủy, Chủ tịch HĐND xã Chiềng Mung, xã có 5.864 cử tri, với 16 khu vực bỏ phiếu; việc tuyên truyền để cử tri, nhất là đồng bào ở các bản xa, hiểu rõ quyền, nghĩa vụ và đi bầu đầy đủ là nhiệm vụ trọng tâm. Hội thi được tổ chức theo Kế hoạch số 86-KH/ĐU của Đảng ủy xã, cụ thể hóa Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử và Kế hoạch 221-KH/HU của Ban Thường vụ Huyện ủy.
Nhiều đội có cách tuyên truyền mới. Đội bản Nà Ban dựng tiểu phẩm "Bầu cử - ngày hội non sông" kể chuyện ông trưởng bản vận động bà cụ 90 tuổi đi bỏ phiếu; đội bản Phiêng Hỳ đưa vào điệu khắp Thái những quy định về cách gạch tên trên phiếu bầu. Thí sinh Cầm Thị Ngọc, Bí thư Chi đoàn bản Mé, nói vanh vách các nguyên tắc bầu cử, được khán giả vỗ tay không ngớt.
Bà Lường Thị Hương, Phó Chủ tịch Ủy ban MTTQ xã, Trưởng ban giám khảo, đánh giá hội thi là hình thức tuyên truyền trực quan, dễ hiểu, phù hợp với bà con. Sau hội thi, các thí sinh sẽ trở thành lực lượng nòng cốt đi từng nhà vận động cử tri.
Kết quả: giải Nhất thuộc về đội bản Nà Ban; giải Nhì đội bản Mé; giải Ba đội bản Phiêng Hỳ và bản Hưng Mai; 4 đội đạt giải Khuyến khích. Giải Nhất được thưởng 2 triệu đồng, giải Khuyến khích 500.000 đồng. Kinh phí tổ chức khoảng 15 triệu đồng do Đảng ủy xã và các doanh nghiệp, nhà hảo tâm trên địa bàn hỗ trợ.
Được biết, từ đầu tháng 3 đến nay, các bản trong xã đã tổ chức 98 buổi tuyên truyền với trên 4.200 lượt người nghe, đồng thời niêm yết danh sách cử tri đúng quy định. Mục tiêu của xã là có trên 99% cử tri đi bầu.
Lò Thị Thanh (Trung tâm VH-TT-TT huyện Mai Sơn)
Tin khác
- Thị trấn Hát Lót ra quân tuyên truyền bầu cử (20/04/2021)
- Mai Sơn: tập huấn nghiệp vụ cho tổ bầu cử (15/04/2021)
- Sơn La chuẩn bị 3.178 khu vực bỏ phiếu (09/04/2021)
""", "2021-04-23", "Đảng ủy xã Chiềng Mung tổ chức Hội thi tuyên truyền viên giỏi về bầu cử",
E("khac", None, "2021-04-22"),
[P("Cầm Thị Ngọc", "Bí thư Chi đoàn bản Mé"),
 P("Lò Văn Thương", "HUV", "Phó Trưởng Ban Tuyên giáo Huyện ủy Mai Sơn"),
 P("Quàng Văn Pản", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Chiềng Mung"),
 P("Lường Thị Hương", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban giám khảo")],
[Q("14 đội", 14, "đội"), Q("14 chi bộ bản", 14, "chi bộ bản"), Q("3 thành viên", 3, "thành viên"),
 Q("tối đa 20 người", 20, "người"), Q("5.864 cử tri", 5864, "cử tri"), Q("16 khu vực bỏ phiếu", 16, "khu vực bỏ phiếu"),
 Q("4 đội", 4, "đội"), Q("2 triệu đồng", 2000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("98 buổi tuyên truyền", 98, "buổi tuyên truyền"),
 Q("trên 4.200 lượt người nghe", 4200, "lượt người nghe", "over"), Q("trên 99%", 99, "%", "over")],
[D("Kế hoạch", "86", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 86-KH/ĐU"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 20/6/2020"),
 D("Kế hoạch", "221", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 221-KH/HU")],
[prov("Sơn La"), com("Chiềng Mung")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Bầu cử ĐBQH và HĐND các cấp",
 "Thí sinh Cầm Thị Ngọc trong phần thi hùng biện.", "Bầu cử - ngày hội non sông", "Covid-19"],
["23/4/2021 | 08:30", "khóa XV", "2021 - 2026", "90 tuổi", "tháng 3", "Covid-19"]))

PAGES.append(page("b7072-longan-soket-tuyengiao-giaibaochi-2022", """
BAOLONGAN.VN
Tin tức > Chính trị > Xây dựng Đảng
15/07/2022 - 06:45
Long An: Trao giải báo chí viết về xây dựng Đảng tại hội nghị sơ kết
Ảnh: Đồng chí Nguyễn Thanh Hải (thứ 2 từ trái sang) trao giải cho các tác giả.
(LA) - Chiều 14/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022 và trao Giải báo chí viết về xây dựng Đảng tỉnh Long An năm 2021 - 2022.
Chủ trì hội nghị có đồng chí Nguyễn Thanh Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy và đồng chí Trần Thị Mỹ Phương, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Báo cáo tại hội nghị nêu rõ, 6 tháng đầu năm 2022 ngành tuyên giáo đã tham mưu tổ chức học tập, quán triệt Nghị quyết Trung ương 4 khóa XIII cho trên 95% cán bộ, đảng viên; hướng dẫn triển khai Kết luận 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương và Quy định 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm. Hội nghị báo cáo viên được tổ chức định kỳ hằng tháng với 9 điểm cầu huyện, thị xã, thành phố. Toàn tỉnh đã tổ chức 2 đợt hội thi tuyên truyền viên giỏi cấp huyện tại Đức Hòa và Cần Đước.
Về Giải báo chí viết về xây dựng Đảng, thực hiện Kế hoạch số 118-KH/BTGTU và Kế hoạch số 119-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy, Ban tổ chức nhận được 94 tác phẩm. Hội đồng giám khảo chọn trao 1 giải A, 2 giải B, 4 giải C và 6 giải khuyến khích; giải A trị giá 10 triệu đồng. Ngoài ra, giải còn chọn 3 tác phẩm xuất sắc nhất gửi tham dự Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng) lần thứ VII.
Giải A được trao cho loạt bài "Chi bộ ấp và những việc không tên" của nhóm tác giả Báo Long An do nhà báo Lê Ngọc Minh, Phó Tổng Biên tập, làm trưởng nhóm. Loạt bài ghi lại hoạt động của chi bộ ấp Bình Hòa, xã Bình Hòa Nam, nơi 100% đảng viên nhận giúp đỡ ít nhất một hộ khó khăn. Giải B có phóng sự của tác giả Võ Thị Ngọc Hân, phóng viên Đài Phát thanh và Truyền hình Long An, về mô hình "Tổ tuyên truyền viên ấp" ở xã Long Thượng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Hải đề nghị 6 tháng cuối năm tập trung tuyên truyền kỷ niệm 92 năm Ngày truyền thống ngành Tuyên giáo; đấu tranh phản bác các quan điểm sai trái trên không gian mạng, nâng tổng số tài khoản mạng xã hội của lực lượng nòng cốt lên khoảng 1.500 tài khoản. Các huyện, thị xã, thành phố cần sớm tổ chức hội thi tuyên truyền viên giỏi cấp cơ sở trong quý III.
Hà Nhung
Tin cùng chuyên mục
- Giải Búa liềm vàng lần thứ VII nhận tác phẩm đến 30/9 (08/07/2022)
- Hội thi tuyên truyền viên giỏi huyện Cần Đước (24/06/2022)
- Long An có 56 cơ sở đảng được biểu dương (17/06/2022)
""", "2022-07-15", "Long An: Trao giải báo chí viết về xây dựng Đảng tại hội nghị sơ kết",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Nguyễn Thanh Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Thị Mỹ Phương", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lê Ngọc Minh", "Phó Tổng Biên tập"),
 P("Võ Thị Ngọc Hân", "phóng viên Đài Phát thanh và Truyền hình Long An")],
[Q("trên 95%", 95, "%", "over"), Q("9 điểm cầu", 9, "điểm cầu"), Q("2 đợt hội thi", 2, "đợt hội thi"), Q("94 tác phẩm", 94, "tác phẩm"),
 Q("1 giải A", 1, "giải A"), Q("2 giải B", 2, "giải B"), Q("4 giải C", 4, "giải C"), Q("6 giải khuyến khích", 6, "giải khuyến khích"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("3 tác phẩm xuất sắc", 3, "tác phẩm xuất sắc"), Q("100%", 100, "%"),
 Q("khoảng 1.500 tài khoản", 1500, "tài khoản", "approx")],
[D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Kết luận 21-KL/TW ngày 25/10/2021"),
 D("Quy định", "37", "QĐ/TW", "2021-10-25", None, "Quy định 37-QĐ/TW ngày 25/10/2021"),
 D("Kế hoạch", "118", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 118-KH/BTGTU"),
 D("Kế hoạch", "119", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 119-KH/BTGTU")],
[prov("Long An"), com("Bình Hòa Nam"), com("Long Thượng")],
["BAOLONGAN.VN", "Tin tức > Chính trị > Xây dựng Đảng", "Ảnh: Đồng chí Nguyễn Thanh Hải (thứ 2 từ trái sang) trao giải cho các tác giả.",
 "(LA)", "Chi bộ ấp và những việc không tên", "Tổ tuyên truyền viên ấp", "Giải Búa liềm vàng", "Nghị quyết Trung ương 4 khóa XIII"],
["15/07/2022 - 06:45", "6 tháng đầu năm", "6 tháng cuối năm 2022", "2021 - 2022", "lần thứ VII", "92 năm", "thứ 2", "khóa XIII", "quý III"]))
