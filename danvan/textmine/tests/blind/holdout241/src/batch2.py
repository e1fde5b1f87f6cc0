from lib import *
PAGES = []

PAGES.append(page("b5747-soctrang-gocnhin-traoqua-2017", """
SÓC TRĂNG ONLINE - Báo Sóc Trăng, cơ quan của Đảng bộ tỉnh Sóc Trăng
Trang chủ / Xã hội / Góc nhìn
Thứ Ba, 11/04/2017, 15:30
Món quà nhỏ, nghĩa tình lớn
Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2017, ngày 10/4, đoàn công tác của Tỉnh ủy do đồng chí Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các chùa Khmer, gia đình chính sách, hộ nghèo đồng bào Khmer tại thị xã Vĩnh Châu.
Đồng chí Lâm Văn Mẫn tặng quà chùa Serây Tê Chô. Ảnh: Trung Hiếu
Tại chùa Serây Tê Chô, phường Vĩnh Phước, đoàn đã thăm Hòa thượng Lý Hên, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Serây Tê Chô. Đoàn trao 14 phần quà cho 14 chùa Phật giáo Nam tông Khmer, mỗi phần quà trị giá 3 triệu đồng; tặng 250 phần quà Tết cho hộ nghèo, mỗi phần 500.000 đồng. Tổng kinh phí đợt thăm hỏi khoảng 167 triệu đồng từ nguồn xã hội hóa.
Cùng đi có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Sơn Thị Hồng Đào, Trần Văn Lực và ông Thạch Sô Phi, Phó Trưởng ban Dân tộc tỉnh. Tại phường Vĩnh Phước, ông Kim Sà Rinh, người có uy tín khóm Vĩnh Thành, phường Vĩnh Phước, bày tỏ phấn khởi vì 32 hộ trong khóm đã thoát nghèo nhờ mô hình nuôi tôm kết hợp trồng hành tím.
Góc nhìn
Những phần quà Tết không lớn. Nhưng với đồng bào Khmer ở Vĩnh Châu, nơi hộ nghèo vẫn chiếm khoảng 11,4%, sự có mặt của cán bộ trong ngày lễ là sự sẻ chia. Thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, và Kết luận số 28-KL/TU của Ban Thường vụ Tỉnh ủy, Sóc Trăng đã đưa việc thăm hỏi vào nền nếp.
Quà không thay được chính sách. Theo Ban Dân vận Tỉnh ủy, năm 2016 toàn tỉnh hỗ trợ 1.320 hộ Khmer nghèo vay vốn, cấp 45.000 thẻ bảo hiểm y tế cho người dân tộc thiểu số. Chương trình 135 giai đoạn 2016 - 2020 được triển khai tại 63 xã, 176 ấp đặc biệt khó khăn. Điều đồng bào cần nhất, như lời Hòa thượng Lý Hên, là "có việc làm để con cháu không phải đi xa".
Món quà nhỏ mang nghĩa tình lớn khi đi cùng những việc làm cụ thể: con đường vào sóc, lớp dạy chữ Khmer hè, một suất học bổng cho em học sinh nghèo. Đó mới là "dân vận" bằng trái tim.
Cùng ngày, đoàn của Ủy ban MTTQ Việt Nam tỉnh do bà Sơn Thị Hồng Đào dẫn đầu đến thăm xã Vĩnh Hải, trao 120 suất quà, mỗi suất gồm 10 kg gạo và 300.000 đồng tiền mặt, cho các hộ cận nghèo. Ông Trương Văn Khá, Chủ tịch UBND xã Vĩnh Hải, cho biết xã còn 215 hộ nghèo, chiếm 9,6% số hộ, phần lớn là hộ không có đất sản xuất, sống bằng nghề làm thuê.
Trung Hiếu
Tin liên quan
- Vĩnh Châu: 200 suất quà cho hộ Khmer nghèo (08/04/2017)
- Mỹ Xuyên tổ chức họp mặt mừng Tết Chôl Chnăm Thmây (07/04/2017)
- Trao 15 căn nhà Đại đoàn kết tại Trần Đề (30/03/2017)
""", "2017-04-11", "Món quà nhỏ, nghĩa tình lớn",
E("trao_qua", None, "2017-04-10"),
[P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hên", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Serây Tê Chô"),
 P("Sơn Thị Hồng Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phi", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Kim Sà Rinh", "người có uy tín khóm Vĩnh Thành"),
 P("Trương Văn Khá", "Chủ tịch UBND xã Vĩnh Hải")],
[Q("14 phần quà", 14, "phần quà"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("250 phần quà Tết", 250, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 167 triệu đồng", 167000000, "đồng", "approx"), Q("32 hộ", 32, "hộ"), Q("khoảng 11,4%", 11.4, "%", "approx"),
 Q("1.320 hộ Khmer nghèo", 1320, "hộ Khmer nghèo"), Q("45.000 thẻ bảo hiểm y tế", 45000, "thẻ bảo hiểm y tế"),
 Q("63 xã", 63, "xã"), Q("176 ấp đặc biệt khó khăn", 176, "ấp đặc biệt khó khăn"),
 Q("120 suất quà", 120, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("215 hộ nghèo", 215, "hộ nghèo"), Q("9,6%", 9.6, "%")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư"),
 D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 28-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Vĩnh Hải")],
["SÓC TRĂNG ONLINE - Báo Sóc Trăng, cơ quan của Đảng bộ tỉnh Sóc Trăng", "Trang chủ / Xã hội / Góc nhìn",
 "Đồng chí Lâm Văn Mẫn tặng quà chùa Serây Tê Chô. Ảnh: Trung Hiếu", "Góc nhìn", "Chương trình 135", "Chôl Chnăm Thmây",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Ba, 11/04/2017, 15:30", "năm 2017", "năm 2016", "giai đoạn 2016 - 2020", "Chương trình 135", "một suất học bổng"]))

PAGES.append(page("b5748-daklak-binhluan-taphuan-2018", """
Báo Đắk Lắk điện tử
Vị trí: Trang chủ › Chính trị › Bình luận - Phê phán
Cập nhật lúc 16:45 ngày 22/06/2018
Cán bộ dân vận cơ sở: cần "kỹ năng mềm"
Ngày 20 và 21/6, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 186 học viên là trưởng, phó khối dân vận xã, phường, thị trấn và cán bộ Mặt trận, đoàn thể cơ sở. Đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc.
Quang cảnh lớp tập huấn.
Trong 2 ngày, các học viên được nghe đồng chí Y Kông Niê, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI và Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư về thực hiện Quy chế công tác dân vận của hệ thống chính trị; ThS. Trương Thị Liên, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu kỹ năng nắm tình hình, xử lý các vụ việc phức tạp liên quan đến "Tin lành Đê Ga" và hoạt động lôi kéo vượt biên.
Theo số liệu của Ban Dân vận Tỉnh ủy, 5 tháng đầu năm 2018 toàn tỉnh xảy ra 6 vụ tụ tập đông người, 11 trường hợp tuyên truyền đạo trái phép; các cấp đã hòa giải thành 142 vụ việc mâu thuẫn trong nhân dân. Hiện có 1.026 người có uy tín trong đồng bào dân tộc thiểu số được cấp ủy phân công theo dõi, mỗi người được hỗ trợ 500.000 đồng/quý.
Chia sẻ tại lớp, bà H'Bla Êban, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tul, kể cách chị em vận động 24 hộ ở buôn Tul bỏ tục "nối dây". Ông Y Thịnh Byă, Chủ tịch Hội Nông dân xã Cư Pơng, giới thiệu mô hình tổ hợp tác cà phê có 38 hộ tham gia.
Bình luận
Cán bộ dân vận cơ sở vùng Tây Nguyên không thiếu nhiệt tình. Cái thiếu là kỹ năng: nói sao cho dân hiểu bằng tiếng của dân, ngồi ở đâu khi đến nhà già làng, nghe thế nào để dân dám nói hết. Tập huấn 2 ngày chưa đủ, nhưng là khởi đầu cần thiết.
Theo Kế hoạch số 37-KH/BDVTU ngày 5/3/2018 của Ban Dân vận Tỉnh ủy, năm nay sẽ mở thêm 4 lớp tại các huyện Krông Bông, Ea Súp, Lắk, M'Drắk, phấn đấu trên 90% cán bộ dân vận cơ sở được tập huấn. Nhưng hơn cả con số, cần có cơ chế để cán bộ giỏi tiếng đồng bào, gắn bó với buôn làng được giữ lại, được đãi ngộ.
Bế mạc lớp tập huấn, đồng chí H'Yim Kđoh yêu cầu mỗi học viên về cơ sở xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới; Văn phòng Ban Dân vận Tỉnh ủy biên soạn bộ tài liệu hỏi - đáp bằng tiếng Êđê, M'nông, in 2.000 cuốn phát cho các buôn. Kinh phí tập huấn năm 2018 là 320 triệu đồng, tăng khoảng 15% so với năm trước.
Y Ka
Lượt xem: 1.547
Tin liên quan
- Krông Pắc: 30 mô hình "Dân vận khéo" (12/06/2018)
- Gặp mặt người có uy tín năm 2018 (28/05/2018)
- Buôn Đôn đối thoại với nhân dân vùng biên (18/05/2018)
""", "2018-06-22", "Cán bộ dân vận cơ sở: cần \"kỹ năng mềm\"",
E("tap_huan", "2018", "2018-06-20"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kông Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Liên", "ThS.", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("H'Bla Êban", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tul"),
 P("Y Thịnh Byă", "Chủ tịch Hội Nông dân xã Cư Pơng")],
[Q("186 học viên", 186, "học viên"), Q("6 vụ tụ tập đông người", 6, "vụ tụ tập đông người"), Q("11 trường hợp", 11, "trường hợp"),
 Q("142 vụ việc mâu thuẫn", 142, "vụ việc mâu thuẫn"), Q("1.026 người có uy tín", 1026, "người có uy tín"),
 Q("500.000 đồng/quý", 500000, "đồng"), Q("24 hộ", 24, "hộ"), Q("38 hộ", 38, "hộ"), Q("4 lớp", 4, "lớp"),
 Q("trên 90%", 90, "%", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2.000 cuốn", 2000, "cuốn"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("khoảng 15%", 15, "%", "approx")],
[D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương khóa XI", "Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Bí thư", "Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư"),
 D("Kế hoạch", "37", "KH/BDVTU", "2018-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 5/3/2018")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pơng")],
["Báo Đắk Lắk điện tử", "Vị trí: Trang chủ › Chính trị › Bình luận - Phê phán", "Quang cảnh lớp tập huấn.", "Bình luận",
 "Tin lành Đê Ga", "Lượt xem: 1.547", "Quy chế công tác dân vận", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Cập nhật lúc 16:45 ngày 22/06/2018", "năm 2018", "2 ngày", "5 tháng đầu năm 2018", "Lượt xem: 1.547"]))

PAGES.append(page("b5749-hatinh-xaluan-hoinghi-2019", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự > Chính trị > Xã luận
Thứ Sáu, 05/07/2019 - 06:00
"Tốt đời, đẹp đạo" - sức mạnh từ lòng dân
Ngày 4/7, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc tôn giáo tiêu biểu năm 2019. Hơn 150 đại biểu là linh mục, nhà sư, chức việc các giáo họ, giáo xứ đã dự.
Các đại biểu dự hội nghị.
Đồng chí Trần Thị Nguyệt Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khẳng định: 5 năm qua, đồng bào Công giáo với trên 150.000 giáo dân ở 56 giáo xứ và tín đồ Phật giáo đã đóng góp hơn 67 tỷ đồng xây dựng nông thôn mới, hiến 23.400 m2 đất làm đường giao thông. Có 128 giáo họ được công nhận "Giáo họ văn hóa".
Linh mục Phêrô Trần Văn Khuê, Quản xứ giáo xứ Kẻ Gỗ, xã Cẩm Sơn, chia sẻ: giáo xứ có 1.200 giáo dân, năm 2018 góp 1,1 tỷ đồng và 3.000 ngày công làm đường. Đại đức Thích Minh Thuận, trụ trì chùa Hương Tích, đề nghị hỗ trợ trùng tu di tích. Ông Nguyễn Văn Bình, Trưởng ban công tác Mặt trận thôn Trung Hòa, xã Thạch Hạ, nêu mô hình "Khu dân cư lương - giáo đoàn kết".
Hội nghị đã quán triệt Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo, và Luật Tín ngưỡng, tôn giáo. Tỉnh ủy cũng đã có Kết luận 46, 47-KL/TU về công tác vận động đồng bào tôn giáo giai đoạn 2018 - 2020.
Xã luận
Hà Tĩnh từng có những "điểm nóng" liên quan đến đồng bào tôn giáo. Bài học rút ra là: lắng nghe sớm, đối thoại thẳng thắn, giải quyết có lý có tình. Những cuộc gặp mặt như hôm qua không chỉ để biểu dương mà để cấp ủy, chính quyền nghe được tâm tư của các vị chức sắc.
Tại hội nghị, UBND tỉnh đã tặng bằng khen cho 35 tập thể và 42 cá nhân tiêu biểu; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hải, Võ Hồng Phong trao giấy khen cho 20 chức việc.
Theo Quy chế phối hợp số 06-QCPH/BDVTU-MTTQ-BTG giữa Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và Ban Tôn giáo tỉnh, từ năm 2019 mỗi huyện sẽ tổ chức ít nhất 1 cuộc gặp mặt chức sắc hằng năm. Ông Lê Văn Thông, Trưởng Ban Tôn giáo tỉnh, thông tin 6 tháng đầu năm 2019 đã giải quyết xong 9/11 kiến nghị về đất đai cơ sở tôn giáo.
Tốt đời, đẹp đạo không chỉ là khẩu hiệu. Đó là những con đường bê tông, những ngôi nhà Đại đoàn kết mà giáo dân và lương dân cùng góp sức.
Thiên Vỹ
Tin liên quan
- Can Lộc: 30 giáo họ văn hóa (25/06/2019)
- Gặp mặt người có uy tín vùng biên giới (15/06/2019)
- Kỳ Anh: đối thoại với người dân vùng dự án (10/06/2019)
""", "2019-07-05", "\"Tốt đời, đẹp đạo\" - sức mạnh từ lòng dân",
E("hoi_nghi", "2019", "2019-07-04"),
[P("Trần Thị Nguyệt Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Trần Văn Khuê", "Linh mục", "Quản xứ giáo xứ Kẻ Gỗ"),
 P("Thích Minh Thuận", "Đại đức", "trụ trì chùa Hương Tích"),
 P("Nguyễn Văn Bình", "Trưởng ban công tác Mặt trận thôn Trung Hòa"),
 P("Nguyễn Thị Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hồng Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thông", "Trưởng Ban Tôn giáo tỉnh")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"), Q("trên 150.000 giáo dân", 150000, "giáo dân", "over"), Q("56 giáo xứ", 56, "giáo xứ"),
 Q("hơn 67 tỷ đồng", 67000000000, "đồng", "over"), Q("23.400 m2", 23400, "m2"), Q("128 giáo họ", 128, "giáo họ"),
 Q("1.200 giáo dân", 1200, "giáo dân"), Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("3.000 ngày công", 3000, "ngày công"),
 Q("35 tập thể", 35, "tập thể"), Q("42 cá nhân tiêu biểu", 42, "cá nhân tiêu biểu"), Q("20 chức việc", 20, "chức việc"), Q("ít nhất 1 cuộc gặp mặt chức sắc", 1, "cuộc gặp mặt chức sắc", "over"),
 Q("9/11 kiến nghị", 9, "kiến nghị")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa IX", "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX"),
 D("Kết luận", "46", "KL/TU", None, "Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Kết luận", "47", "KL/TU", None, "Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Quy chế phối hợp", "06", "QCPH/BDVTU-MTTQ-BTG", None, None, "Quy chế phối hợp số 06-QCPH/BDVTU-MTTQ-BTG")],
[prov("Hà Tĩnh"), com("Cẩm Sơn"), com("Thạch Hạ")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Thời sự > Chính trị > Xã luận", "Các đại biểu dự hội nghị.",
 "Xã luận", "Giáo họ văn hóa", "Khu dân cư lương - giáo đoàn kết", "Luật Tín ngưỡng, tôn giáo", "Tốt đời, đẹp đạo"],
["Thứ Sáu, 05/07/2019 - 06:00", "năm 2019", "5 năm", "năm 2018", "giai đoạn 2018 - 2020", "6 tháng đầu năm 2019"]))

PAGES.append(page("b5750-binhduong-binhluan-baocao-2019", """
Báo Bình Dương Online
Trang chủ | Chính trị | Bình luận
2019-12-10 14:20
Báo cáo dân vận: đừng "đẹp" hơn thực tế
Ngày 9/12, tại cuộc họp của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy đã trình báo cáo kết quả công tác dân vận năm 2019. Đồng chí Nguyễn Thị Kim Oanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo; đồng chí Trần Văn Nam, Phó Bí thư Thường trực Tỉnh ủy chủ trì cuộc họp.
Quang cảnh cuộc họp. Ảnh: Minh Duy
Báo cáo nêu, năm 2019 Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 14/3/2019 về công tác vận động công nhân, người lao động trong các khu công nghiệp và Kế hoạch số 112-KH/TU thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X) về xây dựng giai cấp công nhân.
Toàn tỉnh có trên 1,2 triệu công nhân, lao động, trong đó khoảng 82% là người nhập cư. Các cấp công đoàn đã tổ chức 346 cuộc đối thoại tại doanh nghiệp, hỗ trợ 1.780 công nhân khó khăn, xây dựng 8 Mái ấm Công đoàn với tổng kinh phí 4,2 tỷ đồng. Trong năm xảy ra 21 vụ ngừng việc tập thể, giảm 9 vụ so với năm 2018.
Ở cơ sở, phường Tân Định đã triển khai mô hình "Nhà trọ an toàn, văn minh" với 312 dãy nhà trọ tham gia. Ông Huỳnh Văn Tư, Bí thư Đảng ủy phường Tân Định, cho biết người lao động thuê trọ được mời dự họp khu phố, góp ý xây dựng chính quyền.
Tại cuộc họp, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Hiền, Mai Hùng Dũng đề nghị báo cáo làm rõ vì sao còn 17 doanh nghiệp nợ bảo hiểm xã hội kéo dài, ảnh hưởng quyền lợi 5.600 lao động.
Bình luận
Một bản báo cáo dân vận "đẹp" không khó viết: con số mô hình tăng, số cuộc đối thoại tăng. Cái khó là báo cáo thật: còn bao nhiêu công nhân chưa có nhà ở ổn định, bao nhiêu vụ tranh chấp lao động chưa được giải quyết dứt điểm, vì sao.
Quy chế công tác dân vận ban hành kèm theo Quyết định số 23-QĐ/TW của Ban Bí thư đòi hỏi người đứng đầu cấp ủy phải trực tiếp nắm tình hình nhân dân. Muốn vậy, báo cáo phải trung thực. Ý kiến của các đồng chí Ủy viên Ban Thường vụ tại cuộc họp là một lời nhắc cần thiết: con số 21 vụ ngừng việc ít hơn năm trước chưa phải là thành tích, khi quyền lợi của 5.600 lao động vẫn chưa được bảo đảm.
Kết luận cuộc họp, đồng chí Trần Văn Nam giao Ban Dân vận Tỉnh ủy phối hợp Liên đoàn Lao động tỉnh hoàn chỉnh báo cáo, gửi Ban Thường vụ trước ngày 20/12/2019, đồng thời đề xuất ít nhất 3 giải pháp về nhà ở cho công nhân trong năm 2020.
Minh Duy
Lượt xem: 984
Tin liên quan
- Thuận An: đối thoại với công nhân khu công nghiệp (02/12/2019)
- Dĩ An tổng kết mô hình "Nhà trọ an toàn" (25/11/2019)
- Trao 50 suất quà cho công nhân khó khăn (18/11/2019)
""", "2019-12-10", "Báo cáo dân vận: đừng \"đẹp\" hơn thực tế",
E("bao_cao", "2019", "2019-12-09"),
[P("Nguyễn Thị Kim Oanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Nam", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Văn Tư", "Bí thư Đảng ủy phường Tân Định"),
 P("Lê Văn Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Mai Hùng Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy")],
[Q("trên 1,2 triệu công nhân, lao động", 1200000, "công nhân, lao động", "over"), Q("khoảng 82%", 82, "%", "approx"),
 Q("346 cuộc đối thoại", 346, "cuộc đối thoại"), Q("1.780 công nhân khó khăn", 1780, "công nhân khó khăn"),
 Q("8 Mái ấm Công đoàn", 8, "Mái ấm Công đoàn"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("21 vụ ngừng việc tập thể", 21, "vụ ngừng việc tập thể"), Q("9 vụ", 9, "vụ"), Q("312 dãy nhà trọ", 312, "dãy nhà trọ"),
 Q("17 doanh nghiệp", 17, "doanh nghiệp"), Q("5.600 lao động", 5600, "lao động"), Q("ít nhất 3 giải pháp", 3, "giải pháp", "over")],
[D("Chỉ thị", "21", "CT/TU", "2019-03-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 14/3/2019"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 23-QĐ/TW của Ban Bí thư")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Trang chủ | Chính trị | Bình luận", "Quang cảnh cuộc họp. Ảnh: Minh Duy", "Bình luận",
 "Nhà trọ an toàn, văn minh", "Nghị quyết Trung ương 7 (khóa X)", "Quy chế công tác dân vận", "Lượt xem: 984"],
["2019-12-10 14:20", "năm 2019", "năm 2018", "năm 2020", "Lượt xem: 984", "Nghị quyết Trung ương 7"]))

PAGES.append(page("b5751-phuyen-gocnhin-soket-2020", """
BÁO PHÚ YÊN ONLINE
Chính trị - Xây dựng Đảng / Góc nhìn
30 tháng 6, 2020 | 17:45
Toàn cảnh hội nghị.
Mặt trận "chống dịch" bằng lòng dân
Sáng 29/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Bà Nguyễn Thị Thu Vân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Nửa đầu năm 2020 là quãng thời gian đặc biệt. Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Nghị quyết số 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, Mặt trận các cấp đã tiếp nhận hơn 18,5 tỷ đồng và hàng hóa ủng hộ phòng, chống dịch; trao 24.600 suất quà cho người lao động mất việc, hộ nghèo. Toàn tỉnh có 38 "ATM gạo" và 112 "gian hàng 0 đồng" do Mặt trận, đoàn thể vận động lập nên.
Tại hội nghị, ông Ma Văn Đông, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sơn Hòa, cho biết đồng bào Ba Na, Ê Đê trong huyện đã góp 1.450 ngày công dựng chốt kiểm soát. Bà Lê Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường 6, TP Tuy Hòa, kể việc 57 tổ Covid cộng đồng đến từng nhà tuyên truyền. Ông Nguyễn Hữu Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết việc thực hiện Kế hoạch số 85-KH/MTTQ-BTT ngày 2/4/2020 của Ban Thường trực về giám sát việc chi trả hỗ trợ đã phát hiện 63 trường hợp không đúng đối tượng, đề nghị thu hồi.
Mặt trận các cấp cũng chuẩn bị đại hội MTTQ cấp xã, phấn đấu 100% xã, phường, thị trấn hoàn thành đại hội trước ngày 15/8/2020. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tiếp tục được đẩy mạnh.
Góc nhìn
Đại dịch đã cho thấy sức mạnh thật sự của Mặt trận nằm ở lòng dân. Không có mệnh lệnh nào tạo ra được 38 "ATM gạo"; chỉ có sự tin tưởng. Nhưng cũng chính trong lúc khó khăn, 63 trường hợp nhận hỗ trợ sai đối tượng là lời cảnh báo: lòng tin của dân rất dễ tổn thương nếu sự công khai, minh bạch không được đặt lên hàng đầu.
Giám sát theo Quyết định số 217-QĐ/TW vì thế không phải thủ tục. Đó là cách Mặt trận giữ lòng tin ấy. 6 tháng cuối năm 2020, với đại hội Mặt trận các cấp và bầu cử sắp tới, đó càng là yêu cầu bức thiết.
Phát biểu chỉ đạo, bà Nguyễn Thị Thu Vân đề nghị các huyện rà soát lại toàn bộ danh sách hỗ trợ, công khai tại 100% thôn, khu phố; tiếp tục vận động Quỹ "Vì người nghèo" năm 2020 đạt trên 5 tỷ đồng.
Đào Lê
Tin khác
- Đông Hòa: hoàn thành đại hội MTTQ cấp xã (25/06/2020)
- Trao 500 suất quà cho người lao động mất việc (18/06/2020)
- Tây Hòa: 20 "ATM gạo" nghĩa tình (10/06/2020)
""", "2020-06-30", "Mặt trận \"chống dịch\" bằng lòng dân",
E("so_ket", "2020-H1", "2020-06-29"),
[P("Nguyễn Thị Thu Vân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Đông", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sơn Hòa"),
 P("Lê Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường 6"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("24.600 suất quà", 24600, "suất quà"), Q("38 \"ATM gạo\"", 38, "ATM gạo"),
 Q("112 \"gian hàng 0 đồng\"", 112, "gian hàng 0 đồng"), Q("1.450 ngày công", 1450, "ngày công"), Q("57 tổ Covid cộng đồng", 57, "tổ Covid cộng đồng"),
 Q("63 trường hợp", 63, "trường hợp"), Q("100% xã, phường, thị trấn", 100, "%"), Q("trên 5 tỷ đồng", 5000000000, "đồng", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP của Chính phủ"),
 D("Kế hoạch", "85", "KH/MTTQ-BTT", "2020-04-02", "Ban Thường trực", "Kế hoạch số 85-KH/MTTQ-BTT ngày 2/4/2020"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW")],
[prov("Phú Yên"), com("phường 6")],
["BÁO PHÚ YÊN ONLINE", "Chính trị - Xây dựng Đảng / Góc nhìn", "Toàn cảnh hội nghị.", "Góc nhìn",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "ATM gạo"],
["30 tháng 6, 2020 | 17:45", "6 tháng đầu năm", "6 tháng cuối năm 2020", "Nửa đầu năm 2020", "gian hàng 0 đồng", "năm 2020", "Covid-19"]))

PAGES.append(page("b5752-hoabinh-chuyenluan-khac-2021", """
Báo Hòa Bình điện tử - Cơ quan của Đảng bộ tỉnh Hòa Bình
Trang chủ > Xây dựng Đảng > Chuyên luận
Ngày 12/11/2021 | 09:15
Lượt xem: 3.105
"Dân vận khéo" - từ phong trào đến nếp nghĩ
Sau hơn 10 năm phát động, phong trào thi đua "Dân vận khéo" ở Hòa Bình đã đi qua giai đoạn "đăng ký cho có". Nhiều mô hình nay đã thành nếp nghĩ, nếp làm của cán bộ, đảng viên và nhân dân các dân tộc Mường, Dao, Thái, Tày.
Người dân xóm Mó Nẻ góp công làm đường. Ảnh: Bùi Minh
Theo số liệu của Ban Dân vận Tỉnh ủy, đến tháng 10/2021 toàn tỉnh có 2.418 mô hình "Dân vận khéo", trong đó 356 mô hình tiêu biểu đã được các cấp khen thưởng. Riêng năm 2021, nhân dân hiến trên 120.000 m2 đất, góp khoảng 86 tỷ đồng làm đường giao thông nông thôn. Tỷ lệ hộ nghèo giảm còn khoảng 9,2%; có 78 xã đạt chuẩn nông thôn mới.
Ở xã Đú Sáng, bà Bùi Thị Tuyết, Trưởng ban công tác Mặt trận xóm Mó Nẻ, vận động 64 hộ góp 1.200 ngày công mở rộng 3,5 km đường. "Cán bộ đến nhà nói chuyện như người trong nhà thì dân nghe", bà nói. Ông Xa Văn Thỏa, Bí thư Chi bộ kiêm Trưởng xóm Chiềng, xã Mai Hạ, kể chuyện xóm không còn đơn thư vượt cấp 5 năm liền.
Đồng chí Bùi Thị Thanh Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cho rằng, cái được lớn nhất của phong trào là cách nghĩ: dân vận không còn là "việc riêng" của khối dân vận. Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, các sở, ngành đã có 148 mô hình "dân vận chính quyền".
Nhưng cũng phải nói thẳng, vẫn còn nơi chạy theo số lượng. Đồng chí Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc, thừa nhận có 27 mô hình đăng ký nhưng không duy trì được sau 1 năm. Kế hoạch số 56-KH/BDVTU ngày 15/3/2021 của Ban Dân vận Tỉnh ủy đã yêu cầu rà soát, loại bỏ mô hình hình thức.
Chuyên luận
Phong trào chỉ sống khi nó trở thành nếp nghĩ. "Dân vận khéo" không nằm trong số lượng mô hình, mà nằm ở việc người cán bộ xã biết ngồi xuống bếp lửa nhà sàn, nghe người dân nói hết. Nghị quyết Đại hội XIII của Đảng tiếp tục khẳng định "dân là gốc"; phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" cần được cụ thể hóa bằng việc làm.
Với các xã vùng cao như Đú Sáng, Mai Hạ, khi người dân tự nguyện góp đất, góp công, đó là thước đo rõ nhất của niềm tin. Và niềm tin ấy, một khi đã có, phải được giữ bằng sự công khai, minh bạch trong từng đồng vốn, từng mét đường.
Bùi Minh
Tin liên quan
- Lạc Sơn: 40 mô hình dân vận khéo tiêu biểu (05/11/2021)
- Hội nghị giao ban khối dân vận quý III (08/10/2021)
- Kim Bôi vận động hiến đất làm đường (20/09/2021)
""", "2021-11-12", "\"Dân vận khéo\" - từ phong trào đến nếp nghĩ",
E("khac", None, None),
[P("Bùi Thị Tuyết", "Trưởng ban công tác Mặt trận xóm Mó Nẻ"),
 P("Xa Văn Thỏa", "Bí thư Chi bộ kiêm Trưởng xóm Chiềng"),
 P("Bùi Thị Thanh Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc")],
[Q("2.418 mô hình", 2418, "mô hình"), Q("356 mô hình tiêu biểu", 356, "mô hình tiêu biểu"), Q("trên 120.000 m2", 120000, "m2", "over"),
 Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("khoảng 9,2%", 9.2, "%", "approx"), Q("78 xã", 78, "xã"),
 Q("64 hộ", 64, "hộ"), Q("1.200 ngày công", 1200, "ngày công"), Q("3,5 km", 3.5, "km"), Q("148 mô hình", 148, "mô hình"),
 Q("27 mô hình", 27, "mô hình")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Bí thư", "Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Kế hoạch", "56", "KH/BDVTU", "2021-03-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU ngày 15/3/2021")],
[prov("Hòa Bình"), com("Đú Sáng"), com("Mai Hạ")],
["Báo Hòa Bình điện tử - Cơ quan của Đảng bộ tỉnh Hòa Bình", "Trang chủ > Xây dựng Đảng > Chuyên luận", "Lượt xem: 3.105",
 "Người dân xóm Mó Nẻ góp công làm đường. Ảnh: Bùi Minh", "Chuyên luận", "Dân vận khéo", "dân vận chính quyền",
 "Nghị quyết Đại hội XIII", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Ngày 12/11/2021 | 09:15", "Lượt xem: 3.105", "hơn 10 năm", "tháng 10/2021", "năm 2021", "5 năm liền", "1 năm", "Đại hội XIII"]))
