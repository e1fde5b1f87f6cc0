from lib import *
PAGES = []

PAGES.append(page("b5699-soctrang-trande-congbo-2017", """
ĐẢNG BỘ TỈNH SÓC TRĂNG - Trang thông tin điện tử
Bạn đang ở: Trang chủ › Tin hoạt động › Huyện, thị, thành ủy
17/03/2017 - 10:05
Trần Đề: Lễ công bố quyết định điều động Trưởng Ban Dân vận Huyện ủy
Sáng 16/3/2017, Huyện ủy Trần Đề tổ chức lễ công bố Quyết định số 389-QĐ/TU ngày 10/3/2017 của Ban Thường vụ Tỉnh ủy Sóc Trăng về việc điều động, chỉ định đồng chí Lâm Thị Sa Khel, Phó Trưởng Ban Dân vận Tỉnh ủy, tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Trưởng Ban Dân vận Huyện ủy Trần Đề nhiệm kỳ 2015 - 2020.
Đồng chí Sơn Thị Chanh Đa trao quyết định cho đồng chí Lâm Thị Sa Khel. Ảnh: Phước Lộc
Đến dự có đồng chí Sơn Thị Chanh Đa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Huỳnh Văn Kiệt, Phó Trưởng Ban Tổ chức Tỉnh ủy. Về phía huyện có đồng chí Kim Thanh Hùng, Bí thư Huyện ủy; các đồng chí Phó Bí thư Huyện ủy: Trương Văn Đức, Thạch Thị Ngọc Sen.
Cùng dịp, Ban Thường vụ Huyện ủy công bố Quyết định số 1124-QĐ/HU điều động đồng chí Dương Minh Tâm, HUV, nguyên Trưởng Ban Dân vận Huyện ủy, giữ chức Trưởng Ban Tổ chức Huyện ủy, và Quyết định số 1125-QĐ/HU bổ nhiệm đồng chí Danh Sà Rinh, Chánh Văn phòng Đảng ủy xã Lịch Hội Thượng, giữ chức Phó Trưởng Ban Dân vận Huyện ủy.
Phát biểu giao nhiệm vụ, đồng chí Sơn Thị Chanh Đa đánh giá, những năm qua Ban Dân vận Huyện ủy Trần Đề đã làm tốt công tác vận động đồng bào Khmer, nhất là ở 5 xã có đông đồng bào Khmer với khoảng 11.300 hộ; vận động 1.470 hộ hiến đất, cây trái làm 42 tuyến đường nông thôn; 17 chùa Phật giáo Nam tông Khmer tích cực tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Năm 2016 toàn huyện giảm 4,2% hộ nghèo.
Đồng chí đề nghị đồng chí Lâm Thị Sa Khel tập trung tham mưu thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước các cấp và Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Nhận nhiệm vụ, đồng chí Lâm Thị Sa Khel hứa sẽ phát huy kinh nghiệm 12 năm làm công tác dân vận, gần gũi các vị sư sãi, Hòa thượng Lý Hươl, trụ trì chùa Prếk Chrôi, và 146 người có uy tín trong đồng bào.
Đồng chí Kim Thanh Hùng thay mặt Huyện ủy chúc mừng và tặng hoa các đồng chí nhận nhiệm vụ mới.
Kim Hoàng
Lượt xem: 652
Tin khác
- Mỹ Xuyên: họp mặt chức sắc, sư sãi nhân Tết Chôl Chnăm Thmây (09/03/2017)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 2 (28/02/2017)
- Châu Thành trao 30 căn nhà Đại đoàn kết cho hộ nghèo (15/02/2017)
""", "2017-03-17", "Trần Đề: Lễ công bố quyết định điều động Trưởng Ban Dân vận Huyện ủy",
E("khac", None, "2017-03-16"),
[P("Lâm Thị Sa Khel", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Dân vận Huyện ủy Trần Đề nhiệm kỳ 2015 - 2020"),
 P("Sơn Thị Chanh Đa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Kiệt", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Kim Thanh Hùng", "Bí thư Huyện ủy"),
 P("Trương Văn Đức", "Phó Bí thư Huyện ủy"),
 P("Thạch Thị Ngọc Sen", "Phó Bí thư Huyện ủy"),
 P("Dương Minh Tâm", "HUV", "nguyên Trưởng Ban Dân vận Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Danh Sà Rinh", "Chánh Văn phòng Đảng ủy xã Lịch Hội Thượng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Hươl", "Hòa thượng", "trụ trì chùa Prếk Chrôi")],
[Q("5 xã", 5, "xã"), Q("khoảng 11.300 hộ", 11300, "hộ", "approx"), Q("1.470 hộ", 1470, "hộ"),
 Q("42 tuyến đường nông thôn", 42, "tuyến đường nông thôn"), Q("17 chùa Phật giáo Nam tông Khmer", 17, "chùa Phật giáo Nam tông Khmer"),
 Q("4,2%", 4.2, "%"), Q("146 người có uy tín", 146, "người có uy tín")],
[D("Quyết định", "389", "QĐ/TU", "2017-03-10", "Ban Thường vụ Tỉnh ủy Sóc Trăng", "Quyết định số 389-QĐ/TU ngày 10/3/2017"),
 D("Quyết định", "1124", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 1124-QĐ/HU"),
 D("Quyết định", "1125", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 1125-QĐ/HU"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["ĐẢNG BỘ TỈNH SÓC TRĂNG - Trang thông tin điện tử", "Bạn đang ở: Trang chủ › Tin hoạt động › Huyện, thị, thành ủy",
 "Đồng chí Sơn Thị Chanh Đa trao quyết định cho đồng chí Lâm Thị Sa Khel. Ảnh: Phước Lộc",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 652"],
["17/03/2017 - 10:05", "nhiệm kỳ 2015 - 2020", "Năm 2016", "12 năm", "Lượt xem: 652"]))

PAGES.append(page("b5700-hatinh-tinhdoan-taphuan-2018", """
Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh
Trang chủ - Tin tức - Công tác cán bộ
25-05-2018 08:40
Tỉnh đoàn tập huấn cho cán bộ Đoàn mới được điều động, bổ nhiệm
Ngày 24/5/2018, Ban Thường vụ Tỉnh đoàn Hà Tĩnh tổ chức lớp tập huấn nghiệp vụ công tác Đoàn năm 2018 cho 126 cán bộ Đoàn mới được điều động, bổ nhiệm, kiện toàn ở các huyện, thị, thành đoàn và 262 cơ sở Đoàn xã, phường, thị trấn. Khai mạc lớp tập huấn, đồng chí Võ Thị Hải Yến, Ủy viên Ban Thường vụ Trung ương Đoàn, Bí thư Tỉnh đoàn nhiệm kỳ 2017 - 2022, đã công bố các quyết định về công tác cán bộ.
Ảnh: Các đồng chí nhận quyết định chụp ảnh lưu niệm.
Theo Quyết định số 412-QĐ/TĐTN ngày 15/5/2018 của Ban Thường vụ Tỉnh đoàn, đồng chí Phan Đình Cường, Bí thư Huyện đoàn Hương Khê, được điều động giữ chức Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn; đồng chí Nguyễn Thị Hà My, Phó Bí thư Đoàn xã Sơn Kim 1, được bổ nhiệm làm Phó Chánh Văn phòng Tỉnh đoàn. Các đồng chí Lê Văn Hiếu, Trần Thị Tuyết - Ủy viên Ban Thường vụ Tỉnh đoàn được phân công theo dõi địa bàn miền núi.
Trong 2 ngày, các học viên được nghe đồng chí Đặng Quốc Toản, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương và Quyết định số 290-QĐ/TW của Bộ Chính trị; TS. Bùi Thị Lan, Phó Giám đốc Trường Chính trị Trần Phú, giới thiệu kỹ năng vận động thanh niên qua mạng xã hội. Các học viên cũng được hướng dẫn triển khai Kế hoạch số 58-KH/TĐTN và Hướng dẫn số 07-HD/TĐTN của Ban Thường vụ Tỉnh đoàn về xây dựng chi đoàn vững mạnh.
Theo báo cáo, năm 2017 toàn tỉnh có 138 cán bộ Đoàn được luân chuyển, trong đó 41 đồng chí về cơ sở; kết nạp 6.870 đoàn viên mới, giới thiệu 1.215 đoàn viên ưu tú cho Đảng xem xét kết nạp; 94,6% chi đoàn được đánh giá vững mạnh. Trên 3.000 đoàn viên tham gia tình nguyện hè, làm 85 km đường giao thông, 24 công trình thanh niên với tổng giá trị khoảng 6,2 tỷ đồng.
Bế mạc, đồng chí Võ Thị Hải Yến yêu cầu cán bộ Đoàn mới nhận nhiệm vụ trong 3 tháng phải nắm chắc tình hình đoàn viên, thanh niên địa bàn phụ trách, thực hiện tốt chương trình "Thanh niên Hà Tĩnh chung sức xây dựng nông thôn mới".
Đồng chí Phan Đình Cường phát biểu thay mặt các cán bộ nhận quyết định.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng 8 bộ tài liệu nghiệp vụ cho mỗi huyện đoàn và trao 10 suất hỗ trợ, mỗi suất 1 triệu đồng, cho bí thư đoàn xã có hoàn cảnh khó khăn.
Minh Đức
Các tin khác
- Tuổi trẻ Hương Sơn ra quân chiến dịch tình nguyện hè (20/05/2018)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 5 khóa XVIII (10/05/2018)
- Trao 15 suất học bổng cho học sinh nghèo vượt khó ở Vũ Quang (03/05/2018)
""", "2018-05-25", "Tỉnh đoàn tập huấn cho cán bộ Đoàn mới được điều động, bổ nhiệm",
E("tap_huan", "2018", "2018-05-24"),
[P("Võ Thị Hải Yến", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Bí thư Tỉnh đoàn nhiệm kỳ 2017 - 2022"),
 P("Phan Đình Cường", "Bí thư Huyện đoàn Hương Khê", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Nguyễn Thị Hà My", "Phó Bí thư Đoàn xã Sơn Kim 1", "Phó Chánh Văn phòng Tỉnh đoàn"),
 P("Lê Văn Hiếu", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Trần Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Đặng Quốc Toản", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Thị Lan", "TS.", "Phó Giám đốc Trường Chính trị Trần Phú")],
[Q("126 cán bộ Đoàn", 126, "cán bộ Đoàn"), Q("262 cơ sở Đoàn", 262, "cơ sở Đoàn"), Q("138 cán bộ Đoàn", 138, "cán bộ Đoàn"),
 Q("41 đồng chí", 41, "đồng chí"), Q("6.870 đoàn viên mới", 6870, "đoàn viên mới"), Q("1.215 đoàn viên ưu tú", 1215, "đoàn viên ưu tú"),
 Q("94,6%", 94.6, "%"), Q("Trên 3.000 đoàn viên", 3000, "đoàn viên", "over"), Q("85 km", 85, "km"),
 Q("24 công trình thanh niên", 24, "công trình thanh niên"), Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"),
 Q("8 bộ tài liệu nghiệp vụ", 8, "bộ tài liệu nghiệp vụ"), Q("10 suất hỗ trợ", 10, "suất hỗ trợ"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "412", "QĐ/TĐTN", "2018-05-15", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 412-QĐ/TĐTN ngày 15/5/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "58", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 58-KH/TĐTN"),
 D("Hướng dẫn", "07", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 07-HD/TĐTN")],
[prov("Hà Tĩnh"), com("Sơn Kim 1")],
["Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh", "Trang chủ - Tin tức - Công tác cán bộ",
 "Ảnh: Các đồng chí nhận quyết định chụp ảnh lưu niệm.", "Thanh niên Hà Tĩnh chung sức xây dựng nông thôn mới",
 "Đồng chí Phan Đình Cường phát biểu thay mặt các cán bộ nhận quyết định."],
["25-05-2018 08:40", "năm 2018", "nhiệm kỳ 2017 - 2022", "2 ngày", "năm 2017", "3 tháng", "41 đồng chí"]))

PAGES.append(page("b5701-daklak-mttq-giamsat-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện
Cập nhật lúc 15:30 ngày 06/09/2019
Ủy ban MTTQ tỉnh giám sát công tác cán bộ cơ sở tại huyện Krông Bông
Ngày 05/9/2019, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện quy trình điều động, bổ nhiệm cán bộ, công chức cấp xã tại huyện Krông Bông theo chương trình giám sát năm 2019.
Đoàn giám sát làm việc với UBND huyện Krông Bông. Ảnh: Y Thịnh
Đoàn được thành lập theo Quyết định số 76/QĐ-MTTQ-BTT ngày 20/8/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN. Thành viên đoàn gồm các đồng chí Y Khu Niê, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; Nay H'Rin, Phó Chủ tịch Hội LHPN tỉnh; Lê Văn Tuấn, Phó Trưởng phòng Xây dựng chính quyền Sở Nội vụ.
Báo cáo của UBND huyện do đồng chí Y Wơn Buôn Yă, Phó Chủ tịch UBND huyện trình bày cho biết, từ năm 2016 đến nay huyện đã điều động, luân chuyển 37 cán bộ, công chức cấp xã; bổ nhiệm 12 trưởng, phó phòng chuyên môn; tuyển dụng 46 công chức xã, trong đó 19 người là đồng bào dân tộc thiểu số tại chỗ, chiếm 41,3%. Toàn huyện có 14 xã, thị trấn với 201 cán bộ, công chức; 96% đạt chuẩn trình độ chuyên môn. Các quyết định đều thực hiện theo Nghị định số 112/2011/NĐ-CP của Chính phủ và Quyết định số 25/2014/QĐ-UBND của UBND tỉnh.
Qua giám sát thực tế tại xã Yang Mao và xã Cư Pui, đoàn ghi nhận việc công khai quyết định bổ nhiệm tại trụ sở và niêm yết ở 28 buôn được thực hiện đầy đủ; tuy nhiên còn 3 trường hợp bố trí chưa đúng chuyên ngành, 2 xã chưa có công chức văn hóa - xã hội là người Êđê. Ông Y Bhơ Mlô, người có uy tín buôn Cư Drăm, kiến nghị ưu tiên con em buôn làng đã tốt nghiệp đại học, hiện có khoảng 60 em chưa có việc làm.
Kết luận buổi giám sát, đồng chí H'Yim Kđoh đề nghị UBND huyện khắc phục các hạn chế trước ngày 31/12/2019, thực hiện nghiêm Kế hoạch số 18-KH/TU của Tỉnh ủy về tinh giản biên chế, đồng thời lấy ý kiến nhận xét của Mặt trận trước khi bổ nhiệm cán bộ theo Quy định số 124-QĐ/TW. Đoàn sẽ tổng hợp kết quả, kiến nghị với Ban Thường vụ Tỉnh ủy Đắk Lắk.
Trước đó, ngày 04/9, đoàn đã giám sát tại huyện Lắk với 6 kiến nghị được ghi nhận.
H'Nguyệt
Lượt truy cập: 3.417
Xem thêm
- Hội nghị phản biện dự thảo quy định về tiếp công dân (28/08/2019)
- MTTQ huyện Ea Kar trao 25 nhà Đại đoàn kết (22/08/2019)
- Buôn Đôn: đối thoại với người có uy tín (15/08/2019)
- Ngày hội Đại đoàn kết ở buôn Tơng Jú (08/08/2019)
""", "2019-09-06", "Ủy ban MTTQ tỉnh giám sát công tác cán bộ cơ sở tại huyện Krông Bông",
E("giam_sat", "2019", "2019-09-05"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Y Khu Niê", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Nay H'Rin", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Tuấn", "Phó Trưởng phòng Xây dựng chính quyền Sở Nội vụ"),
 P("Y Wơn Buôn Yă", "Phó Chủ tịch UBND huyện"),
 P("Y Bhơ Mlô", "người có uy tín buôn Cư Drăm")],
[Q("37 cán bộ, công chức cấp xã", 37, "cán bộ, công chức cấp xã"), Q("12 trưởng, phó phòng chuyên môn", 12, "trưởng, phó phòng chuyên môn"),
 Q("46 công chức xã", 46, "công chức xã"), Q("19 người", 19, "người"), Q("41,3%", 41.3, "%"), Q("14 xã, thị trấn", 14, "xã, thị trấn"),
 Q("201 cán bộ, công chức", 201, "cán bộ, công chức"), Q("96%", 96, "%"), Q("28 buôn", 28, "buôn"), Q("3 trường hợp", 3, "trường hợp"),
 Q("2 xã", 2, "xã"), Q("khoảng 60 em", 60, "em", "approx"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Quyết định", "76", "QĐ-MTTQ-BTT", "2019-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 76/QĐ-MTTQ-BTT ngày 20/8/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Nghị định", "112", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 112/2011/NĐ-CP"),
 D("Quyết định", "25", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 25/2014/QĐ-UBND"),
 D("Kế hoạch", "18", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 18-KH/TU"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện",
 "Đoàn giám sát làm việc với UBND huyện Krông Bông. Ảnh: Y Thịnh", "Lượt truy cập: 3.417"],
["Cập nhật lúc 15:30 ngày 06/09/2019", "năm 2019", "năm 2016", "Lượt truy cập: 3.417"]))

PAGES.append(page("b5702-bacninh-tinhdoan-hoinghi-2020", """
BÁO BẮC NINH
Chính trị - Xã hội / Đoàn thể
Thứ Sáu, 12/06/2020, 16:45
Tỉnh đoàn Bắc Ninh có tân Bí thư
Chiều 11/6, Ban Chấp hành Tỉnh đoàn Bắc Ninh khóa XIX, nhiệm kỳ 2017 - 2022 tổ chức hội nghị lần thứ 7 để công bố quyết định của Ban Thường vụ Tỉnh ủy và bầu bổ sung chức danh Bí thư Tỉnh đoàn. Dự hội nghị có đồng chí Nguyễn Ngọc Lương, Bí thư Ban Chấp hành Trung ương Đoàn, Trưởng ban Tổ chức Trung ương Đoàn; đồng chí Đào Quang Khải, Phó Bí thư Tỉnh ủy.
Đồng chí Đào Quang Khải tặng hoa chúc mừng tân Bí thư Tỉnh đoàn.
Tại hội nghị, đồng chí Nguyễn Thị Thùy Linh, Phó Trưởng Ban Tổ chức Tỉnh ủy, công bố Quyết định số 1027-QĐ/TU ngày 08/6/2020 của Ban Thường vụ Tỉnh ủy điều động đồng chí Ngô Đức Tuệ, Phó Bí thư Huyện ủy Gia Bình, về công tác tại Tỉnh đoàn và giới thiệu để bầu giữ chức Bí thư Tỉnh đoàn; Quyết định số 1028-QĐ/TU điều động đồng chí Lê Thị Hoa, Bí thư Tỉnh đoàn, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy.
Với 35/35 đại biểu có mặt bỏ phiếu tán thành, đạt 100%, đồng chí Ngô Đức Tuệ đã được bầu bổ sung vào Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh đoàn Bắc Ninh khóa XIX. Đồng chí Ngô Đức Tuệ sinh năm 1983, quê xã Đông Cứu, huyện Gia Bình, trình độ Thạc sĩ Luật, từng là Bí thư Huyện đoàn Gia Bình.
Phát biểu chỉ đạo, đồng chí Đào Quang Khải ghi nhận những đóng góp của đồng chí Lê Thị Hoa trong hơn 4 năm làm Bí thư Tỉnh đoàn: toàn tỉnh kết nạp 15.600 đoàn viên, 2.340 đoàn viên ưu tú được kết nạp Đảng; triển khai 420 công trình, phần việc thanh niên trị giá gần 18 tỷ đồng; 96% đoàn viên tham gia học tập Chỉ thị số 05-CT/TW của Bộ Chính trị. Đồng chí đề nghị tân Bí thư cùng Ban Thường vụ Tỉnh đoàn thực hiện tốt Kế hoạch số 226-KH/TU của Tỉnh ủy về chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XX, vận động đoàn viên tham gia phòng, chống dịch Covid-19 theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.
Hội nghị cũng bầu bổ sung 2 Ủy viên Ban Chấp hành Tỉnh đoàn là các đồng chí Nguyễn Văn Quyết, Bí thư Đoàn phường Vân Dương và Trần Thu Trang, Phó Bí thư Thành đoàn Bắc Ninh.
Nhận nhiệm vụ, đồng chí Ngô Đức Tuệ cam kết cùng tập thể Ban Chấp hành Tỉnh đoàn hướng về 126 cơ sở Đoàn xã, phường, thị trấn, chăm lo cho khoảng 280.000 thanh niên trong tỉnh, trong đó có hơn 90.000 thanh niên công nhân. Ngay sau hội nghị, tân Bí thư đã đến thăm, làm việc với Đoàn Khu công nghiệp VSIP, nơi có 47 chi đoàn doanh nghiệp.
Hải Yến
Tin liên quan
- Tuổi trẻ Bắc Ninh ra quân Chiến dịch Thanh niên tình nguyện hè 2020 (31/05/2020)
- Tiên Du: Đại hội Đoàn cơ sở điểm nhiệm kỳ 2020 - 2022 (20/05/2020)
- Trao 300 suất quà cho thanh niên công nhân khó khăn do dịch Covid-19 (05/05/2020)
""", "2020-06-12", "Tỉnh đoàn Bắc Ninh có tân Bí thư",
E("hoi_nghi", None, "2020-06-11"),
[P("Nguyễn Ngọc Lương", "Bí thư Ban Chấp hành Trung ương Đoàn", "Trưởng ban Tổ chức Trung ương Đoàn"),
 P("Đào Quang Khải", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Thùy Linh", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Ngô Đức Tuệ", "Phó Bí thư Huyện ủy Gia Bình", "Bí thư Tỉnh đoàn Bắc Ninh khóa XIX", "Bí thư Tỉnh đoàn", "Bí thư Huyện đoàn Gia Bình"),
 P("Lê Thị Hoa", "Bí thư Tỉnh đoàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quyết", "Bí thư Đoàn phường Vân Dương", "Ủy viên Ban Chấp hành Tỉnh đoàn"),
 P("Trần Thu Trang", "Phó Bí thư Thành đoàn Bắc Ninh", "Ủy viên Ban Chấp hành Tỉnh đoàn")],
[Q("35/35 đại biểu", 35, "đại biểu"), Q("100%", 100, "%"), Q("15.600 đoàn viên", 15600, "đoàn viên"),
 Q("2.340 đoàn viên ưu tú", 2340, "đoàn viên ưu tú"), Q("420 công trình, phần việc thanh niên", 420, "công trình, phần việc thanh niên"),
 Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("96%", 96, "%"), Q("2 Ủy viên Ban Chấp hành Tỉnh đoàn", 2, "Ủy viên Ban Chấp hành Tỉnh đoàn"),
 Q("126 cơ sở Đoàn", 126, "cơ sở Đoàn"), Q("khoảng 280.000 thanh niên", 280000, "thanh niên", "approx"),
 Q("hơn 90.000 thanh niên công nhân", 90000, "thanh niên công nhân", "over"), Q("47 chi đoàn doanh nghiệp", 47, "chi đoàn doanh nghiệp")],
[D("Quyết định", "1027", "QĐ/TU", "2020-06-08", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1027-QĐ/TU ngày 08/6/2020"),
 D("Quyết định", "1028", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1028-QĐ/TU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch", "226", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 226-KH/TU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Bắc Ninh"), com("Đông Cứu"), com("Vân Dương")],
["BÁO BẮC NINH", "Chính trị - Xã hội / Đoàn thể", "Đồng chí Đào Quang Khải tặng hoa chúc mừng tân Bí thư Tỉnh đoàn."],
["Thứ Sáu, 12/06/2020, 16:45", "khóa XIX", "nhiệm kỳ 2017 - 2022", "lần thứ 7", "sinh năm 1983", "hơn 4 năm", "lần thứ XX", "Covid-19"]))

PAGES.append(page("b5703-binhdinh-nhonbinh-giaoban-2021", """
ĐẢNG BỘ PHƯỜNG NHƠN BÌNH - THÀNH PHỐ QUY NHƠN
Trang chủ | Tin tức | Xây dựng Đảng
30.03.2021 | 17:10
Giao ban khối dân vận phường tháng 3: trao quyết định cho cán bộ mới
Chiều 29/3/2021, Đảng ủy phường Nhơn Bình, tỉnh Bình Định tổ chức giao ban khối dân vận tháng 3/2021. Đồng chí Trương Thị Mỹ Hạnh, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì. Tại buổi giao ban, Ban Thường vụ Đảng ủy đã công bố và trao các quyết định về công tác cán bộ.
Toàn cảnh buổi giao ban. Ảnh: Văn phòng Đảng ủy
Theo Quyết định số 86-QĐ/ĐU ngày 25/3/2021 của Ban Thường vụ Đảng ủy phường, đồng chí Võ Thị Thu Sương, Phó Chủ tịch Hội LHPN phường được chỉ định giữ chức Chủ tịch Hội LHPN phường nhiệm kỳ 2021 - 2026, thay đồng chí Lê Thị Bông nghỉ hưu từ ngày 01/4/2021. Quyết định số 87-QĐ/ĐU chuẩn y đồng chí Đặng Văn Nhơn, Trưởng khu vực 7, giữ chức Bí thư Chi bộ khu vực 7. Quyết định số 88-QĐ/ĐU phân công các đồng chí Đảng ủy viên: Huỳnh Tấn Lộc, Phan Thị Kim Oanh phụ trách khu vực 3 và khu vực 5.
Báo cáo tại giao ban cho biết, trong tháng 3 khối dân vận đã phối hợp tổ chức 5 hội nghị tiếp xúc cử tri chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026, với hơn 620 lượt cử tri tham dự; lập danh sách 14.386 cử tri ở 11 khu vực bỏ phiếu. Ủy ban MTTQ phường tiếp nhận 7 đơn thư, chuyển UBND phường giải quyết 6 đơn; Quỹ "Vì người nghèo" vận động được 85 triệu đồng, hỗ trợ 3 hộ nghèo sửa nhà, mỗi hộ 15 triệu đồng. Đoàn phường ra mắt 1 đội hình thanh niên tình nguyện với 30 đoàn viên.
Các đoàn thể đã tuyên truyền Luật Bầu cử và Nghị quyết số 1185/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội về dự kiến cơ cấu, thành phần người ứng cử; thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy phường và Hướng dẫn số 36-HD/BDVTU của Ban Dân vận Tỉnh ủy về khối dân vận cơ sở.
Kết luận giao ban, đồng chí Trương Thị Mỹ Hạnh chúc mừng các đồng chí nhận nhiệm vụ mới, đề nghị tháng 4 tập trung vận động cử tri đi bầu cử đạt trên 98%; phối hợp giải quyết dứt điểm vụ tranh chấp ranh giới đất tại khu vực 2; chuẩn bị tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở. Đồng chí Võ Thị Thu Sương phát biểu nhận nhiệm vụ, hứa sẽ phát triển thêm 80 hội viên mới trong năm 2021, nâng tỷ lệ tập hợp phụ nữ lên 85%.
Dịp này, Đảng ủy phường tặng giấy khen cho đồng chí Lê Thị Bông vì có 22 năm gắn bó với công tác Hội, trong đó 10 năm giữ chức Chủ tịch Hội LHPN phường.
Văn phòng Đảng ủy phường
Lượt truy cập: 18.942
Tin khác
- Phường Nhơn Bình ra quân làm sạch môi trường (20/03/2021)
- Hội nghị Ban Chấp hành Đảng bộ phường quý I (12/03/2021)
- Tuyên truyền bầu cử đại biểu Quốc hội và HĐND các cấp (02/03/2021)
""", "2021-03-30", "Giao ban khối dân vận phường tháng 3: trao quyết định cho cán bộ mới",
E("giao_ban", "2021-03", "2021-03-29"),
[P("Trương Thị Mỹ Hạnh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Võ Thị Thu Sương", "Phó Chủ tịch Hội LHPN phường", "Chủ tịch Hội LHPN phường nhiệm kỳ 2021 - 2026"),
 P("Lê Thị Bông", "Chủ tịch Hội LHPN phường"),
 P("Đặng Văn Nhơn", "Trưởng khu vực 7", "Bí thư Chi bộ khu vực 7"),
 P("Huỳnh Tấn Lộc", "Đảng ủy viên"),
 P("Phan Thị Kim Oanh", "Đảng ủy viên")],
[Q("5 hội nghị tiếp xúc cử tri", 5, "hội nghị tiếp xúc cử tri"), Q("hơn 620 lượt cử tri", 620, "lượt cử tri", "over"),
 Q("14.386 cử tri", 14386, "cử tri"), Q("11 khu vực bỏ phiếu", 11, "khu vực bỏ phiếu"), Q("7 đơn thư", 7, "đơn thư"), Q("6 đơn", 6, "đơn"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("3 hộ nghèo", 3, "hộ nghèo"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("1 đội hình thanh niên tình nguyện", 1, "đội hình thanh niên tình nguyện"), Q("30 đoàn viên", 30, "đoàn viên"),
 Q("trên 98%", 98, "%", "over"), Q("80 hội viên mới", 80, "hội viên mới"), Q("85%", 85, "%")],
[D("Quyết định", "86", "QĐ/ĐU", "2021-03-25", "Ban Thường vụ Đảng ủy phường", "Quyết định số 86-QĐ/ĐU ngày 25/3/2021"),
 D("Quyết định", "87", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Quyết định số 87-QĐ/ĐU"),
 D("Quyết định", "88", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Quyết định số 88-QĐ/ĐU"),
 D("Nghị quyết", "1185", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1185/NQ-UBTVQH14"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 15-KH/ĐU"),
 D("Hướng dẫn", "36", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 36-HD/BDVTU")],
[prov("Bình Định"), com("Nhơn Bình")],
["ĐẢNG BỘ PHƯỜNG NHƠN BÌNH - THÀNH PHỐ QUY NHƠN", "Trang chủ | Tin tức | Xây dựng Đảng",
 "Toàn cảnh buổi giao ban. Ảnh: Văn phòng Đảng ủy", "Vì người nghèo", "Luật Bầu cử", "Lượt truy cập: 18.942"],
["30.03.2021 | 17:10", "tháng 3/2021", "22 năm", "10 năm", "nhiệm kỳ 2021 - 2026", "khóa XV", "5 năm", "khu vực 7", "năm 2021", "Lượt truy cập: 18.942"]))

PAGES.append(page("b5704-kiengiang-giangthanh-doithoai-2022", """
Báo Kiên Giang Online
Chính trị - Xây dựng Đảng
19 tháng 8, 2022 | 09:00
Tân Bí thư Huyện ủy Giang Thành đối thoại với nhân dân
(BKG) - Ngày 18/8, Ban Thường vụ Huyện ủy Giang Thành tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2022 tại xã Vĩnh Điều. Đây là buổi đối thoại đầu tiên của đồng chí Danh Hoàng Sơn, Tỉnh ủy viên, Bí thư Huyện ủy Giang Thành, sau khi nhận Quyết định số 712-QĐ/TU ngày 01/8/2022 của Ban Thường vụ Tỉnh ủy Kiên Giang điều động từ chức vụ Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Đồng chí Danh Hoàng Sơn trả lời ý kiến của người dân. Ảnh: Thanh Nhã
Cùng đối thoại có đồng chí Thị Hoàng Oanh, Phó Bí thư Thường trực Huyện ủy; đồng chí Lý Văn Hên, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Trần Hữu Tài, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; lãnh đạo các phòng, ban và hơn 150 người dân 3 xã Vĩnh Điều, Vĩnh Phú, Tân Khánh Hòa.
Tại buổi đối thoại, người dân nêu 23 ý kiến góp ý, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho 312 hộ ở khu vực biên giới, nạo vét 9 tuyến kênh nội đồng, hỗ trợ con giống cho 40 hộ khó khăn và chính sách cho người có uy tín trong đồng bào Khmer. Ông Danh Sóc, người có uy tín ấp Rạch Giồng, đề nghị làm mới cây cầu dài khoảng 30 m cho học sinh đi học.
Trả lời các ý kiến, đồng chí Lý Văn Hên cho biết năm 2022 huyện bố trí 12,5 tỷ đồng cho giao thông nông thôn, trong đó có cầu Rạch Giồng; đã cấp 186 giấy chứng nhận, số còn lại hoàn thành trong quý IV. Nguồn vốn từ Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ sẽ hỗ trợ 1 con bò giống cho mỗi hộ khó khăn đồng bào Khmer.
Đồng chí Danh Hoàng Sơn khẳng định, đối thoại là cách thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân, và Kết luận số 01, 02-KL/HU của Ban Thường vụ Huyện ủy. Những việc đã hứa, huyện sẽ công khai tiến độ trên loa truyền thanh của 5 xã; cán bộ nào né tránh sẽ bị xem xét trách nhiệm theo Quy định số 69-QĐ/TW.
Kết thúc đối thoại, 19/23 ý kiến được trả lời trực tiếp, đạt 82,6%; 4 ý kiến giao các phòng chuyên môn trả lời bằng văn bản trong 15 ngày. Ban Dân vận Huyện ủy được giao theo dõi, đôn đốc việc thực hiện và báo cáo kết quả tại hội nghị Ban Thường vụ Huyện ủy tháng 10.
Ngọc Trâm
Tin cùng chuyên mục
- Kiên Lương: ra mắt mô hình "Dân vận khéo" trong cải cách hành chính (12/08/2022)
- Ban Thường vụ Tỉnh ủy công bố quyết định về công tác cán bộ (02/08/2022)
- Hòn Đất đối thoại với nông dân về chuyển đổi cây trồng (25/07/2022)
""", "2022-08-19", "Tân Bí thư Huyện ủy Giang Thành đối thoại với nhân dân",
E("doi_thoai", "2022", "2022-08-18"),
[P("Danh Hoàng Sơn", "Tỉnh ủy viên", "Bí thư Huyện ủy Giang Thành", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thị Hoàng Oanh", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lý Văn Hên", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Trần Hữu Tài", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Danh Sóc", "người có uy tín ấp Rạch Giồng")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("3 xã", 3, "xã"), Q("23 ý kiến góp ý", 23, "ý kiến"),
 Q("312 hộ", 312, "hộ"), Q("9 tuyến kênh nội đồng", 9, "tuyến kênh nội đồng"), Q("40 hộ khó khăn", 40, "hộ khó khăn"),
 Q("khoảng 30 m", 30, "m", "approx"), Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("186 giấy chứng nhận", 186, "giấy chứng nhận"),
 Q("5 xã", 5, "xã"), Q("19/23 ý kiến", 19, "ý kiến"), Q("82,6%", 82.6, "%"), Q("4 ý kiến", 4, "ý kiến")],
[D("Quyết định", "712", "QĐ/TU", "2022-08-01", "Ban Thường vụ Tỉnh ủy Kiên Giang", "Quyết định số 712-QĐ/TU ngày 01/8/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019"),
 D("Kết luận", "01", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 01, 02-KL/HU"),
 D("Kết luận", "02", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 01, 02-KL/HU"),
 D("Quy định", "69", "QĐ/TW", None, None, "Quy định số 69-QĐ/TW")],
[prov("Kiên Giang"), com("Vĩnh Điều"), com("Vĩnh Phú"), com("Tân Khánh Hòa")],
["Báo Kiên Giang Online", "Chính trị - Xây dựng Đảng", "(BKG)", "Đồng chí Danh Hoàng Sơn trả lời ý kiến của người dân. Ảnh: Thanh Nhã"],
["19 tháng 8, 2022 | 09:00", "năm 2022", "quý IV", "1 con bò giống", "15 ngày"]))
