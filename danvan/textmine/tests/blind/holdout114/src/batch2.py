from lib import *
PAGES = []

PAGES.append(page("b2699-vinhlong-traon-doithoai-susai-2017", """
HUYỆN ỦY TRÀ ÔN - TỈNH VĨNH LONG
Trang chủ | Tin tức | Dân vận - Mặt trận
22/09/2017 - 14:05
Trà Ôn: Lắng nghe ý kiến sư sãi, achar
Sáng 21/9, Ban Thường vụ Huyện ủy Trà Ôn tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với sư sãi, achar, ban quản trị các chùa Phật giáo Nam tông Khmer năm 2017. Đồng chí Nguyễn Hoàng Khải, Tỉnh ủy viên, Bí thư Huyện ủy, và đồng chí Huỳnh Văn Bé Tư, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại. Tham dự có 64 đại biểu đến từ 8 chùa Khmer và đại diện Ban Dân tộc tỉnh Vĩnh Long.
Đồng chí Nguyễn Hoàng Khải phát biểu tại buổi đối thoại.
Mở đầu, bà Thạch Thị Hồng Đào, HUV, Trưởng Ban Dân vận Huyện ủy thông tin: huyện có hơn 2.600 hộ đồng bào Khmer, sinh sống tập trung ở các xã Trà Côn, Hựu Thành, Thới Hòa; số hộ nghèo Khmer giảm từ 412 hộ năm 2014 còn 198 hộ. Huyện đã thực hiện Quyết định số 2356/QĐ-TTg ngày 04/12/2013 của Thủ tướng Chính phủ về Chương trình hành động thực hiện Chiến lược công tác dân tộc và Kế hoạch 45-KH/HU của Huyện ủy về nâng cao đời sống đồng bào Khmer giai đoạn 2016 - 2020.
Tại buổi đối thoại, 17 ý kiến đã được nêu lên. Đại đức Thạch Phương Sa Rây, trụ trì chùa Kandal, xã Trà Côn, đề nghị nâng cấp tuyến đường từ chùa ra tỉnh lộ 904 vì mùa mưa thường ngập, học sinh đi lại khó khăn. Achar Sơn Văn Kha, Phó Trưởng Ban Quản trị chùa Mới, xã Hựu Thành, kiến nghị hỗ trợ kinh phí sửa mái sala đã xuống cấp và cấp giấy chứng nhận quyền sử dụng 3.200 m2 đất chùa. Ông Kim Sa Phon, người có uy tín ấp Sóc Ruộng, phản ánh giá lúa thấp, đề nghị hỗ trợ giống mới.
Lãnh đạo UBND huyện và các phòng, ban đã trả lời trực tiếp 14 ý kiến; 3 kiến nghị vượt thẩm quyền được tổng hợp gửi UBND tỉnh. Đồng chí Huỳnh Văn Bé Tư cho biết, trong năm 2017 huyện bố trí khoảng 1,8 tỷ đồng nâng cấp tuyến đường vào chùa Kandal và hỗ trợ 50 triệu đồng sửa sala chùa Mới.
Kết luận buổi đối thoại, đồng chí Nguyễn Hoàng Khải ghi nhận các chùa đã vận động bà con hiến đất, góp công làm 7 cây cầu bê tông, giữ vững an ninh trật tự trong dịp lễ, Tết. Đồng chí giao Văn phòng Huyện ủy theo dõi, đôn đốc việc giải quyết, báo cáo kết quả trước ngày 30/11/2017; đề nghị sư sãi, achar tiếp tục làm "cầu nối" giữa cấp ủy, chính quyền với đồng bào.
Dịp này, Huyện ủy tặng 8 chùa mỗi chùa 2 triệu đồng nhân dịp lễ Sene Dolta sắp đến.
Phương Thảo
Lượt xem: 388
Tin khác
- Vũng Liêm: hội nghị người có uy tín trong đồng bào dân tộc năm 2017 (12/09/2017)
- Trà Ôn tổ chức lớp tiếng Khmer cho cán bộ, công chức (25/08/2017)
- Ban Dân vận Huyện ủy kiểm tra mô hình "Dân vận khéo" tại xã Thới Hòa (10/08/2017)
""", "2017-09-22", "Trà Ôn: Lắng nghe ý kiến sư sãi, achar",
E("doi_thoai", "2017", "2017-09-21"),
[P("Nguyễn Hoàng Khải", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Huỳnh Văn Bé Tư", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thạch Thị Hồng Đào", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thạch Phương Sa Rây", "Đại đức", "trụ trì chùa Kandal"),
 P("Sơn Văn Kha", "Achar", "Phó Trưởng Ban Quản trị chùa Mới"),
 P("Kim Sa Phon", "người có uy tín ấp Sóc Ruộng")],
[Q("64 đại biểu", 64, "đại biểu"), Q("8 chùa Khmer", 8, "chùa Khmer"), Q("hơn 2.600 hộ đồng bào Khmer", 2600, "hộ đồng bào Khmer", "over"),
 Q("412 hộ", 412, "hộ"), Q("198 hộ", 198, "hộ"), Q("17 ý kiến", 17, "ý kiến"), Q("3.200 m2", 3200, "m2"),
 Q("14 ý kiến", 14, "ý kiến"), Q("3 kiến nghị", 3, "kiến nghị"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("7 cây cầu bê tông", 7, "cây cầu bê tông"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "2356", "QĐ-TTg", "2013-12-04", "Thủ tướng Chính phủ", "Quyết định số 2356/QĐ-TTg ngày 04/12/2013 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "45", "KH/HU", None, "Huyện ủy", "Kế hoạch 45-KH/HU của Huyện ủy")],
[prov("Vĩnh Long"), com("Trà Côn"), com("Hựu Thành"), com("Thới Hòa")],
["HUYỆN ỦY TRÀ ÔN - TỈNH VĨNH LONG", "Trang chủ | Tin tức | Dân vận - Mặt trận",
 "Đồng chí Nguyễn Hoàng Khải phát biểu tại buổi đối thoại.", "cầu nối", "Sene Dolta", "Lượt xem: 388", "tỉnh lộ 904"],
["22/09/2017 - 14:05", "năm 2017", "năm 2014", "giai đoạn 2016 - 2020", "ngày 30/11/2017", "tỉnh lộ 904", "Lượt xem: 388"]))

PAGES.append(page("b2700-haugiang-chol-chnam-thmay-2018", """
Hôm nay: Thứ Tư, 11/04/2018
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
Tin tức - Sự kiện >> Văn hóa - Xã hội >> Dân tộc
Thứ Ba, 10/04/2018, 17:00
Vui Tết cổ truyền cùng đồng bào Khmer Hậu Giang
Chiều 9/4, đoàn công tác của tỉnh do đồng chí Trương Minh Khải, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, chúc Tết Chôl Chnăm Thmây tại chùa Som Rong ở xã Hỏa Lựu, thành phố Vị Thanh và chùa Xà Lôn ở xã Lương Tâm, huyện Long Mỹ.
Đoàn công tác tặng quà chùa Som Rong. Ảnh: N.Hân
Tiếp đoàn, Đại đức Danh Sóc Kha, Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Som Rong, bày tỏ vui mừng khi mỗi dịp lễ, Tết lãnh đạo tỉnh đều về thăm. Năm qua, chùa đã mở 4 lớp dạy chữ Khmer cho 126 học sinh, phối hợp với Hội Chữ thập đỏ phát 300 suất quà cho hộ nghèo trong phum sóc. Đại đức mong tỉnh tiếp tục quan tâm đầu tư nhà văn hóa ấp, nâng cấp tuyến đường dẫn vào chùa.
Đồng chí Trương Minh Khải gửi lời thăm hỏi đến chư tăng, achar và bà con Khmer; đánh giá cao đóng góp của sư sãi trong tuyên truyền, vận động đồng bào chấp hành chủ trương của Đảng, pháp luật của Nhà nước, nhất là trong thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Đồng chí đề nghị các chùa tổ chức Tết đúng phong tục, an toàn, tiết kiệm.
Tại chùa Xà Lôn, đoàn thăm hỏi Hòa thượng Lý Sến, trụ trì chùa, năm nay đã 84 tuổi, và achar Thị Kim Sa Ra, Trưởng Ban Quản trị chùa. Theo bà Thị Kim Sa Ra, bà con đã góp gần 400 triệu đồng cùng 1.200 ngày công để xây hàng rào, cổng chùa và nhà ăn cho sư sãi.
Trước đó, các đoàn do đồng chí Đỗ Văn Thạnh, Phó Chủ tịch UBND tỉnh và đồng chí Phạm Thị Mỹ Dung, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm các chùa tại huyện Châu Thành, Phụng Hiệp. Thực hiện Quyết định số 512/QĐ-UBND ngày 21/3/2018 của UBND tỉnh, toàn tỉnh đã chi hơn 280 triệu đồng thăm, tặng quà 8 chùa Phật giáo Nam tông Khmer, mỗi chùa 10 triệu đồng, cùng 1.050 phần quà Tết cho hộ đồng bào Khmer nghèo, cận nghèo; mỗi phần quà trị giá 250.000 đồng.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 12 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh Khmer nghèo học giỏi đang theo học chữ Khmer tại chùa Som Rong.\nTheo Ban Dân tộc tỉnh, Hậu Giang có khoảng 5.600 hộ đồng bào Khmer với hơn 24.000 người; tỷ lệ hộ nghèo Khmer còn 8,7%.
Ngọc Hân
Lượt xem: 1.562
Tin liên quan
- Ban Dân tộc tỉnh họp mặt người có uy tín năm 2018 (02/04/2018)
- Châu Thành: Hội thi văn nghệ mừng Tết Chôl Chnăm Thmây (30/03/2018)
- Tặng 200 suất quà cho đồng bào Khmer ở Phụng Hiệp (26/03/2018)
- Vị Thanh: trao 15 căn nhà đại đoàn kết cho hộ Khmer (14/03/2018)
""", "2018-04-10", "Vui Tết cổ truyền cùng đồng bào Khmer Hậu Giang",
E("trao_qua", None, "2018-04-09"),
[P("Trương Minh Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Danh Sóc Kha", "Đại đức", "Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Som Rong"),
 P("Lý Sến", "Hòa thượng", "trụ trì chùa"),
 P("Thị Kim Sa Ra", "achar", "Trưởng Ban Quản trị chùa"),
 P("Đỗ Văn Thạnh", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Thị Mỹ Dung", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4 lớp dạy chữ Khmer", 4, "lớp dạy chữ Khmer"), Q("126 học sinh", 126, "học sinh"), Q("300 suất quà", 300, "suất quà"),
 Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("1.200 ngày công", 1200, "ngày công"),
 Q("hơn 280 triệu đồng", 280000000, "đồng", "over"), Q("8 chùa Phật giáo Nam tông Khmer", 8, "chùa Phật giáo Nam tông Khmer"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("12 suất học bổng", 12, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("1.050 phần quà", 1050, "phần quà"), Q("250.000 đồng", 250000, "đồng"),
 Q("khoảng 5.600 hộ đồng bào Khmer", 5600, "hộ đồng bào Khmer", "approx"), Q("hơn 24.000 người", 24000, "người", "over"),
 Q("8,7%", 8.7, "%")],
[D("Quyết định", "512", "QĐ-UBND", "2018-03-21", "UBND tỉnh", "Quyết định số 512/QĐ-UBND ngày 21/3/2018 của UBND tỉnh")],
[prov("Hậu Giang"), com("Hỏa Lựu"), com("Lương Tâm")],
["Hôm nay: Thứ Tư, 11/04/2018", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG", "Tin tức - Sự kiện >> Văn hóa - Xã hội >> Dân tộc",
 "Đoàn công tác tặng quà chùa Som Rong. Ảnh: N.Hân", "Chôl Chnăm Thmây", "Hội Chữ thập đỏ",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 1.562"],
["Hôm nay: Thứ Tư, 11/04/2018", "Thứ Ba, 10/04/2018, 17:00", "Chiều 9/4", "84 tuổi", "Lượt xem: 1.562"]))

PAGES.append(page("b2701-cantho-hoinghi-tongiao-2019", """
Ban Tôn giáo thành phố Cần Thơ
Bạn đang ở: Trang chủ - Tin tức - Hoạt động tôn giáo
2019-03-29 16:10
Ảnh: Quang cảnh hội nghị.
Phổ biến chính sách tôn giáo cho chức sắc, chức việc Phật giáo Nam tông Khmer
Ngày 28/3/2019, tại quận Ô Môn, Ban Tôn giáo thành phố phối hợp Ban Dân tộc thành phố tổ chức hội nghị phổ biến chính sách, pháp luật về tín ngưỡng, tôn giáo năm 2019 cho chức sắc, chức việc Phật giáo Nam tông Khmer. Tham dự có 112 đại biểu là sư sãi, achar, thành viên ban quản trị của 8 chùa Khmer trên địa bàn thành phố Cần Thơ.
Ông Lê Thành Đông, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo thành phố, phát biểu khai mạc.
Tại hội nghị, bà Trần Thị Kim Loan, Phó Trưởng Ban Tôn giáo thành phố, quán triệt các nội dung cơ bản của Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật; ông Sơn Hữu Nghĩa, Phó Trưởng Ban Dân tộc thành phố, giới thiệu Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Theo Ban Tôn giáo thành phố, năm 2018 các chùa Khmer đã thực hiện đúng quy định về đăng ký hoạt động tôn giáo hằng năm; 100% chùa gửi danh sách người vào tu, 36 vị sư được tấn phong theo đúng thủ tục. Các chùa cũng đóng góp hơn 650 triệu đồng cho công tác từ thiện xã hội, tặng 1.400 phần quà cho người nghèo không phân biệt dân tộc, tôn giáo.
Trao đổi tại hội nghị, Đại đức Lý Sa Ráth, trụ trì chùa Pôthi Somrôn, phường Long Hưng, quận Ô Môn, đề nghị hướng dẫn cụ thể thủ tục xin phép sửa chữa sala, tăng xá; achar Trần Văn Sên, chùa Rạch Gòi Kinh Mới, xã Trường Thành, huyện Thới Lai, mong thành phố quan tâm hỗ trợ kinh phí cho lớp dạy chữ Khmer hè. Hòa thượng Đào Sa Mây, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, Trưởng Ban Phật giáo Nam tông Khmer thành phố, đề nghị chư tăng các chùa nghiêm túc thực hiện Hiến chương Giáo hội và pháp luật Nhà nước.
Kết luận, ông Lê Thành Đông cho biết thành phố sẽ triển khai Kế hoạch số 47/KH-UBND ngày 05/3/2019 của UBND thành phố về công tác tôn giáo năm 2019, trong đó dành khoảng 320 triệu đồng hỗ trợ các chùa Khmer sửa chữa cơ sở thờ tự và tổ chức lễ hội truyền thống. Các ý kiến chưa trả lời tại hội nghị sẽ được Ban Tôn giáo tổng hợp, trả lời bằng văn bản trong tháng 4.
Minh Huy
Lượt truy cập: 98.441
Tin khác
- Họp mặt chức sắc, chức việc các tôn giáo nhân dịp Tết Kỷ Hợi 2019 (25/01/2019)
- Thăm chùa Khmer nhân lễ Ok Om Bok tại quận Ô Môn (22/11/2018)
- Tổng kết công tác tôn giáo năm 2018 (20/12/2018)
""", "2019-03-29", "Phổ biến chính sách tôn giáo cho chức sắc, chức việc Phật giáo Nam tông Khmer",
E("hoi_nghi", "2019", "2019-03-28"),
[P("Lê Thành Đông", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo thành phố"),
 P("Trần Thị Kim Loan", "Phó Trưởng Ban Tôn giáo thành phố"),
 P("Sơn Hữu Nghĩa", "Phó Trưởng Ban Dân tộc thành phố"),
 P("Lý Sa Ráth", "Đại đức", "trụ trì chùa Pôthi Somrôn"),
 P("Trần Văn Sên", "achar"),
 P("Đào Sa Mây", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố", "Trưởng Ban Phật giáo Nam tông Khmer thành phố")],
[Q("112 đại biểu", 112, "đại biểu"), Q("8 chùa Khmer", 8, "chùa Khmer"), Q("100%", 100, "%"), Q("36 vị sư", 36, "vị sư"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"), Q("1.400 phần quà", 1400, "phần quà"),
 Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "47", "KH-UBND", "2019-03-05", "UBND thành phố", "Kế hoạch số 47/KH-UBND ngày 05/3/2019 của UBND thành phố")],
[prov("Cần Thơ"), com("Long Hưng"), com("Trường Thành")],
["Ban Tôn giáo thành phố Cần Thơ", "Bạn đang ở: Trang chủ - Tin tức - Hoạt động tôn giáo", "Ảnh: Quang cảnh hội nghị.",
 "Ông Lê Thành Đông, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo thành phố, phát biểu khai mạc.", "Luật Tín ngưỡng, tôn giáo",
 "Hiến chương Giáo hội", "Lượt truy cập: 98.441", "chùa Rạch Gòi Kinh Mới"],
["2019-03-29 16:10", "năm 2019", "năm 2018", "tháng 4", "Lượt truy cập: 98.441"]))

PAGES.append(page("b2702-soctrang-giamsat-chinhsach-susai-2019", """
Báo Sóc Trăng Online
Chính trị » Xây dựng Đảng
Cập nhật: 10:20, 16/10/2019 (GMT+7)
Giám sát việc thực hiện chính sách đối với sư sãi, chùa Khmer tại thị xã Vĩnh Châu
(STO) - Ngày 15/10, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Lâm Thị Sa Phon, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Thị ủy Vĩnh Châu về kết quả thực hiện chính sách đối với sư sãi, achar và chùa Phật giáo Nam tông Khmer năm 2019.
Đồng chí Lâm Thị Sa Phon phát biểu tại buổi giám sát. Ảnh: Thạch Thảo
Đoàn giám sát theo Kế hoạch số 14-KH/BDVTU ngày 02/8/2019 của Ban Dân vận Tỉnh ủy. Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Ngon, Thạch Sô Kha; đại diện Ban Dân tộc tỉnh, Ban Tôn giáo tỉnh.
Theo báo cáo của Thị ủy, thị xã có 31 chùa Phật giáo Nam tông Khmer với 1.064 vị sư sãi. Thực hiện Nghị quyết số 12/2017/NQ-HĐND của HĐND tỉnh, năm 2019 thị xã đã chi trả trợ cấp hằng tháng cho 31 vị sư cả và 62 vị achar, tổng kinh phí trên 690 triệu đồng; hỗ trợ 19 chùa sửa chữa, xây mới nhà học chữ Khmer với tổng kinh phí 1,35 tỷ đồng. Công tác cấp giấy chứng nhận quyền sử dụng đất cho chùa đạt 87%; còn 4 chùa vướng tranh chấp ranh đất với hộ dân.
Qua khảo sát thực tế tại chùa Prếk Kôm, phường Vĩnh Phước và chùa Sà Mo Rông, xã Lai Hòa, đoàn ghi nhận các chùa đã tổ chức 23 lớp dạy chữ Khmer hè, thu hút 1.120 học sinh. Hòa thượng Trần Sơn, trụ trì chùa Prếk Kôm, kiến nghị nâng mức hỗ trợ cho sư cả từ 1 triệu đồng lên 1,5 triệu đồng/tháng; achar Lý Thành Chính, chùa Sà Mo Rông, đề nghị sớm đo đạc, cấp giấy đất cho chùa.
Đoàn cũng làm việc với Đảng ủy phường Vĩnh Phước; qua trao đổi, nhiều sư sãi, achar cho biết chế độ trợ cấp được chi trả đầy đủ, đúng hạn, bà con trong phum sóc phấn khởi, tin tưởng vào chủ trương, chính sách của Đảng và Nhà nước.\nTiếp thu ý kiến, ông Huỳnh Châu Nhân, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã, cho biết thị xã sẽ phối hợp Sở Tài nguyên và Môi trường giải quyết dứt điểm việc cấp giấy cho 4 chùa trong quý I/2020.
Phát biểu kết luận, đồng chí Lâm Thị Sa Phon đánh giá Thị ủy Vĩnh Châu đã thực hiện tốt Chỉ thị 19-CT/TU và Chỉ thị 20-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và phát huy vai trò người có uy tín; đề nghị tiếp tục rà soát, chi trả chế độ đúng đối tượng, kịp thời, quan tâm đào tạo sư sãi trẻ, tăng cường đối thoại với ban quản trị các chùa.
Thạch Thảo
Lượt xem: 2.047
Tin liên quan
- Ban Dân vận Tỉnh ủy giám sát tại huyện Trần Đề (08/10/2019)
- Thị xã Vĩnh Châu tổ chức lễ hội Ok Om Bok - đua ghe Ngo (05/10/2019)
- Hội Đoàn kết sư sãi yêu nước tỉnh sơ kết 9 tháng (30/09/2019)
- Mỹ Tú: đối thoại với sư sãi, achar về xây dựng nông thôn mới (24/09/2019)
""", "2019-10-16", "Giám sát việc thực hiện chính sách đối với sư sãi, chùa Khmer tại thị xã Vĩnh Châu",
E("giam_sat", "2019", "2019-10-15"),
[P("Lâm Thị Sa Phon", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Ngon", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Sơn", "Hòa thượng", "trụ trì chùa Prếk Kôm"),
 P("Lý Thành Chính", "achar"),
 P("Huỳnh Châu Nhân", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã")],
[Q("31 chùa Phật giáo Nam tông Khmer", 31, "chùa Phật giáo Nam tông Khmer"), Q("1.064 vị sư sãi", 1064, "vị sư sãi"),
 Q("31 vị sư cả", 31, "vị sư cả"), Q("62 vị achar", 62, "vị achar"), Q("trên 690 triệu đồng", 690000000, "đồng", "over"),
 Q("19 chùa", 19, "chùa"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("87%", 87, "%"), Q("4 chùa", 4, "chùa"),
 Q("23 lớp dạy chữ Khmer hè", 23, "lớp dạy chữ Khmer hè"), Q("1.120 học sinh", 1120, "học sinh"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "14", "KH/BDVTU", "2019-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 14-KH/BDVTU ngày 02/8/2019 của Ban Dân vận Tỉnh ủy"),
 D("Nghị quyết", "12", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2017/NQ-HĐND của HĐND tỉnh"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "Chính trị » Xây dựng Đảng", "(STO)", "Đồng chí Lâm Thị Sa Phon phát biểu tại buổi giám sát. Ảnh: Thạch Thảo",
 "Ban Dân tộc tỉnh", "Ban Tôn giáo tỉnh", "Sở Tài nguyên và Môi trường", "Lượt xem: 2.047", "chùa Sà Mo Rông"],
["Cập nhật: 10:20, 16/10/2019 (GMT+7)", "năm 2019", "quý I/2020", "Lượt xem: 2.047"]))

PAGES.append(page("b2703-travinh-chol-chnam-thmay-covid-2020", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ > Xã hội > Dân tộc - Tôn giáo
Thứ Bảy, 11/04/2020
Chôl Chnăm Thmây năm nay: không tụ tập đông người, vẫn ấm tình chăm lo
Ngày 10/4, đồng chí Thạch Chanh Ri, Phó Bí thư Thường trực Tỉnh ủy, cùng lãnh đạo Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh đã đến thăm, tặng quà và hỗ trợ kinh phí cho các chùa Phật giáo Nam tông Khmer ở huyện Cầu Kè và huyện Trà Cú nhân dịp Tết cổ truyền Chôl Chnăm Thmây.
Do tình hình dịch bệnh Covid-19, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Công văn số 1052/UBND-KGVX ngày 01/4/2020 của UBND tỉnh, năm nay các chùa không tổ chức lễ hội, văn nghệ, thể thao đông người; nghi lễ tôn giáo trong chùa chỉ có sư sãi và ban quản trị tham gia. Đoàn chỉ tặng quà tại cổng chùa, giữ khoảng cách theo quy định.
Sư sãi chùa Kom Pong nhận quà của đoàn. Ảnh: Sơn Ý
Tại chùa Kom Pong, xã Hòa Ân, huyện Cầu Kè, Đại đức Thạch Huol, trụ trì chùa, Ủy viên Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết chùa đã thông báo đến từng hộ trong phum sóc ở nhà đón Tết, cúng ông bà tại gia; sư sãi của chùa cũng phát 150 phần quà gồm gạo, mì tôm cho bà con khó khăn do mất việc làm ở thành phố trở về.
Tại chùa Sóc Tro Dưới, xã Tập Sơn, huyện Trà Cú, đoàn tặng quà Hòa thượng Sơn Soms, trụ trì chùa, và achar Kiên Ol, Trưởng Ban Quản trị chùa. Achar Kiên Ol cho biết năm nay khoảng 230 thanh niên Khmer đi làm ở Bình Dương, TP Hồ Chí Minh đã về quê, đều được cách ly, theo dõi y tế theo quy định.
Thay mặt lãnh đạo tỉnh, đồng chí Thạch Chanh Ri cảm ơn chư tăng, achar và đồng bào Khmer đã chia sẻ khó khăn, đồng thuận với các biện pháp phòng, chống dịch. Đồng chí mong sư sãi tiếp tục tuyên truyền để bà con không tụ tập, thực hiện tốt khuyến cáo của ngành y tế.
Theo Ban Dân tộc tỉnh, dịp Tết năm nay tỉnh hỗ trợ 143 chùa Phật giáo Nam tông Khmer, mỗi chùa 3 triệu đồng; tặng 4.200 phần quà cho hộ nghèo, cận nghèo đồng bào Khmer, mỗi phần trị giá 400.000 đồng; tổng kinh phí hơn 2,1 tỷ đồng. Ngoài ra, các doanh nghiệp, nhà hảo tâm đã hỗ trợ khoảng 18 tấn gạo thông qua Ủy ban MTTQ Việt Nam các cấp.
Cùng ngày, đồng chí Thạch Thị Mỹ Dung, Trưởng Ban Dân vận Tỉnh ủy thăm, tặng quà chùa Ông Mẹt (thành phố Trà Vinh) và 10 gia đình người có uy tín.
Sơn Ý
Lượt xem: 3.118
Bài viết liên quan
- Trà Vinh: tạm dừng các lễ hội Chôl Chnăm Thmây để phòng dịch (03/04/2020)
- Hội Đoàn kết sư sãi yêu nước tỉnh kêu gọi sư sãi chung tay phòng, chống Covid-19 (28/03/2020)
- Trà Cú: hỗ trợ 500 phần quà cho người lao động mất việc (25/03/2020)
""", "2020-04-11", "Chôl Chnăm Thmây năm nay: không tụ tập đông người, vẫn ấm tình chăm lo",
E("trao_qua", None, "2020-04-10"),
[P("Thạch Chanh Ri", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thạch Huol", "Đại đức", "trụ trì chùa", "Ủy viên Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Soms", "Hòa thượng", "trụ trì chùa"),
 P("Kiên Ol", "achar", "Trưởng Ban Quản trị chùa"),
 P("Thạch Thị Mỹ Dung", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("150 phần quà", 150, "phần quà"), Q("khoảng 230 thanh niên Khmer", 230, "thanh niên Khmer", "approx"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("4.200 phần quà", 4200, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("khoảng 18 tấn", 18, "tấn", "approx"), Q("10 gia đình người có uy tín", 10, "gia đình người có uy tín")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
 D("Công văn", "1052", "UBND-KGVX", "2020-04-01", "UBND tỉnh", "Công văn số 1052/UBND-KGVX ngày 01/4/2020 của UBND tỉnh")],
[prov("Trà Vinh"), com("Hòa Ân"), com("Tập Sơn")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ > Xã hội > Dân tộc - Tôn giáo", "Sư sãi chùa Kom Pong nhận quà của đoàn. Ảnh: Sơn Ý",
 "Chôl Chnăm Thmây", "Covid-19", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Ông Mẹt", "Lượt xem: 3.118"],
["Thứ Bảy, 11/04/2020", "Ngày 10/4", "Covid-19", "Lượt xem: 3.118"]))

PAGES.append(page("b2704-angiang-triton-soket-2020", """
ĐẢNG BỘ HUYỆN TRI TÔN
Trang chủ / Tin tức - Sự kiện / Công tác dân vận
09/07/2020 08:00
Tri Tôn: sư sãi, achar chung tay phòng, chống dịch và giảm nghèo
Ngày 8/7, Ban Dân vận Huyện ủy Tri Tôn (tỉnh An Giang) tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào dân tộc Khmer 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Chau Sóc Thên, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Báo cáo cho biết, 6 tháng đầu năm, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 08, 09-CT/HU về công tác vận động sư sãi, achar và về phát huy vai trò người có uy tín trong đồng bào Khmer; phối hợp rà soát, đề nghị công nhận 74 người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Trong đợt dịch Covid-19, 42 chùa Khmer trên địa bàn huyện đã tạm dừng lễ hội Chôl Chnăm Thmây, vận động được hơn 1,1 tỷ đồng và 35 tấn gạo hỗ trợ 5.300 lượt hộ nghèo, người lao động mất việc; 6 chùa cho mượn sala làm điểm cách ly tạm thời. Nhờ sư sãi vận động, 100% hộ Khmer ở các xã Châu Lăng, Lương Phi, Ô Lâm tham gia khai báo y tế.
Cũng trong 6 tháng, Ban Dân vận Huyện ủy phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức 12 cuộc tiếp xúc, đối thoại với sư sãi, achar, tiếp nhận 27 ý kiến, kiến nghị, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất cho chùa và nạo vét kênh thủy lợi nội đồng; đến nay đã giải quyết 21 kiến nghị, số còn lại đang được các ngành chức năng xem xét.\nTại hội nghị, Thượng tọa Chau Hiền, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, trụ trì chùa Tà Pạ, xã Lương Phi, chia sẻ cách nhà chùa phối hợp với Ban ấp phát quà tận nhà, tránh tập trung đông người. Bà Néang Sóc Thi, Chủ tịch Hội Liên hiệp Phụ nữ xã Ô Lâm, đề nghị tiếp tục hỗ trợ vốn vay cho phụ nữ Khmer nghèo nuôi bò sinh sản.
Phát biểu chỉ đạo, đồng chí Lê Minh Chiến, Phó Bí thư Thường trực Huyện ủy, đề nghị 6 tháng cuối năm khối dân vận bám sát phum sóc, nắm chắc tư tưởng đồng bào, nhất là trước lễ Sene Dolta; vận động sư sãi, achar tham gia góp ý dự thảo văn kiện Đại hội Đảng bộ huyện lần thứ XI; tiếp tục nhân rộng mô hình "Chùa Khmer xanh - sạch - đẹp".
Dịp này, Ban Dân vận Huyện ủy trao giấy khen cho 9 tập thể và 14 cá nhân; đồng thời ra mắt 3 mô hình "Dân vận khéo" tại các chùa.
Vĩnh Phúc
Lượt xem: 511
Tin khác
- Tri Tôn: họp mặt người có uy tín năm 2020 (25/06/2020)
- Chùa Khmer cho mượn sala làm khu cách ly (15/04/2020)
- Ban Dân vận Huyện ủy thăm, tặng quà Chôl Chnăm Thmây (10/04/2020)
- Xã Châu Lăng ra mắt tổ hòa giải có achar tham gia (02/04/2020)
""", "2020-07-09", "Tri Tôn: sư sãi, achar chung tay phòng, chống dịch và giảm nghèo",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Chau Sóc Thên", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Chau Hiền", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện", "trụ trì chùa Tà Pạ"),
 P("Néang Sóc Thi", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ô Lâm"),
 P("Lê Minh Chiến", "Phó Bí thư Thường trực Huyện ủy")],
[Q("74 người có uy tín", 74, "người có uy tín"), Q("42 chùa Khmer", 42, "chùa Khmer"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("35 tấn", 35, "tấn"), Q("5.300 lượt hộ nghèo", 5300, "lượt hộ nghèo"), Q("6 chùa", 6, "chùa"), Q("100%", 100, "%"),
 Q("12 cuộc tiếp xúc, đối thoại", 12, "cuộc tiếp xúc, đối thoại"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("3 mô hình", 3, "mô hình")],
[D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("An Giang"), com("Châu Lăng"), com("Lương Phi"), com("Ô Lâm")],
["ĐẢNG BỘ HUYỆN TRI TÔN", "Trang chủ / Tin tức - Sự kiện / Công tác dân vận", "Covid-19", "Chôl Chnăm Thmây", "Sene Dolta",
 "Chùa Khmer xanh - sạch - đẹp", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước huyện", "Lượt xem: 511"],
["09/07/2020 08:00", "6 tháng đầu năm 2020", "6 tháng cuối năm", "lần thứ XI", "Lượt xem: 511"]))
