from lib import *
PAGES = []

PAGES.append(page("b2195-baclieu-bdv-senedolta-2017", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU - Trang thông tin điện tử
Trang chủ » Dân vận các cấp » Vĩnh Lợi
15/09/2017 - 10:05
Hòa thượng Lý Văn Khol tiếp đoàn tại chùa Xiêm Cán. Ảnh: Thu Hà
Ấm áp Lễ Sene Dolta ở các phum sóc
Trong 2 ngày 13 và 14/9/2017, đoàn công tác của Ban Dân vận Tỉnh ủy Bạc Liêu do đồng chí Tăng Thị Ngọc Mỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc mừng Lễ Sene Dolta năm 2017 tại 9 chùa Phật giáo Nam tông Khmer và Hội Đoàn kết sư sãi yêu nước tỉnh.
Tại chùa Xiêm Cán, phường Nhà Mát, Hòa thượng Lý Văn Khol, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Xiêm Cán, cho biết năm nay nhà chùa tổ chức lễ trong 3 ngày theo đúng nghi thức truyền thống, có khoảng 5.000 lượt phật tử về dâng cơm, cúng ông bà. Nhà chùa đã phối hợp với Công an phường bố trí 40 đoàn viên thanh niên giữ xe, giữ trật tự, không để xảy ra cờ bạc, uống rượu gây rối.
Đồng chí Tăng Thị Ngọc Mỹ chúc chư tăng và đồng bào vui lễ, đón Sene Dolta đầm ấm; cảm ơn sư sãi, Achar đã đồng hành cùng chính quyền trong các phong trào ở địa phương. Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 89 sóc với hơn 16.000 hộ đồng bào Khmer, 14 chùa Phật giáo Nam tông Khmer; từ đầu năm đến nay tỉnh đã hỗ trợ xây dựng 312 căn nhà đại đoàn kết cho hộ nghèo, trong đó có 146 căn nhà cho hộ Khmer.
Tại chùa Cô Tháp, xã Hưng Thành, đoàn được Đại đức Thạch Kim Sơn, trụ trì chùa Cô Tháp, và ông Lâm Văn Rết, Achar cả của chùa, đón tiếp. Ông Lâm Văn Rết chia sẻ: "Bà con trong sóc năm nay trúng mùa lúa - tôm, nhiều nhà đã sửa lại nhà cửa. Dịp lễ, Ban quản trị chùa vận động mỗi gia đình góp một ít để giúp 21 hộ còn khó khăn".
Dịp này, đoàn tặng mỗi chùa 3 triệu đồng và trao 180 phần quà Sene Dolta cho hộ Khmer nghèo, mỗi phần gồm 10 kg gạo, nước mắm, đường, sữa và 200.000 đồng tiền mặt. Tổng giá trị quà tặng khoảng 90 triệu đồng, do Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và các nhà hảo tâm vận động.
Trước đó, thực hiện Hướng dẫn số 12-HD/BDVTU ngày 30/8/2017 của Ban Dân vận Tỉnh ủy về tổ chức thăm, chúc mừng các lễ, tết của đồng bào Khmer, các huyện, thị xã, thành phố đã thành lập 7 đoàn đến thăm, tặng quà các chùa và gia đình chính sách người Khmer. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Huỳnh Sa Rết, Trần Thị Thu Vân dẫn đầu các đoàn ở huyện Hồng Dân và Phước Long.
Ông Sơn Ngọc Thạch, Phó Chủ tịch UBND xã Hưng Thành, cho biết xã có 52% dân số là người Khmer; trong năm đã huy động hơn 1,1 tỷ đồng làm 3 tuyến đường bê tông vào sóc theo phương châm "Nhà nước và nhân dân cùng làm".
Thu Hà
Lượt xem: 642
Tin liên quan
- Họp mặt 250 sư sãi, Achar nhân Tết Chôl Chnăm Thmây (11/04/2017)
- Vĩnh Lợi: trao 30 căn nhà đại đoàn kết (25/03/2017)
- Hội thi "Dân vận khéo" vùng đồng bào Khmer (17/02/2017)
""", "2017-09-15", "Ấm áp Lễ Sene Dolta ở các phum sóc",
E("trao_qua", None, "2017-09-13"),
[P("Tăng Thị Ngọc Mỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Khol", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Xiêm Cán"),
 P("Thạch Kim Sơn", "Đại đức", "trụ trì chùa Cô Tháp"),
 P("Lâm Văn Rết", "Achar cả của chùa"),
 P("Huỳnh Sa Rết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Ngọc Thạch", "Phó Chủ tịch UBND xã Hưng Thành")],
[Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 5.000 lượt phật tử", 5000, "lượt phật tử", "approx"),
 Q("40 đoàn viên thanh niên", 40, "đoàn viên thanh niên"),
 Q("89 sóc", 89, "sóc"),
 Q("hơn 16.000 hộ đồng bào Khmer", 16000, "hộ đồng bào Khmer", "over"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("312 căn nhà đại đoàn kết", 312, "căn nhà đại đoàn kết"),
 Q("146 căn nhà", 146, "căn nhà"),
 Q("21 hộ", 21, "hộ"),
 Q("3 triệu đồng", 3000000, "đồng"),
 Q("180 phần quà", 180, "phần quà"),
 Q("10 kg", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 90 triệu đồng", 90000000, "đồng", "approx"),
 Q("7 đoàn", 7, "đoàn"),
 Q("52%", 52, "%"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("3 tuyến đường bê tông", 3, "tuyến đường bê tông")],
[D("Hướng dẫn", "12", "HD/BDVTU", "2017-08-30", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 30/8/2017")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Hưng Thành")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU - Trang thông tin điện tử", "Trang chủ » Dân vận các cấp » Vĩnh Lợi",
 "Hòa thượng Lý Văn Khol tiếp đoàn tại chùa Xiêm Cán. Ảnh: Thu Hà", "Sene Dolta", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Nhà nước và nhân dân cùng làm", "Lượt xem: 642"],
["15/09/2017 - 10:05", "năm 2017", "3 ngày", "Lượt xem: 642"]))

PAGES.append(page("b2196-camau-bdv-taphuan-achar-2018", """
Ban Dân vận Tỉnh ủy Cà Mau
Trang chủ / Hoạt động / Tập huấn - Bồi dưỡng
Cập nhật lúc 14:30 ngày 24/08/2018
Bồi dưỡng kiến thức cho Achar, Ban quản trị chùa Khmer
Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.
Ngày 22/8/2018, Ban Dân vận Tỉnh ủy Cà Mau phối hợp với Ban Dân tộc tỉnh khai giảng lớp tập huấn kiến thức pháp luật và kỹ năng vận động quần chúng năm 2018 cho 96 học viên là Achar, thành viên Ban quản trị chùa và người có uy tín trong đồng bào Khmer. Lớp học kéo dài 3 ngày, đến hết ngày 24/8.
Phát biểu khai giảng, đồng chí Lý Thị Sa Phol, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, nhấn mạnh Achar là những người am hiểu phong tục, lễ nghi, có tiếng nói trong phum sóc; mỗi Achar cần là một "tuyên truyền viên" của Đảng, Nhà nước ở cơ sở.
Các học viên được nghe đồng chí Trương Văn Khiêm, Phó Trưởng Ban Dân tộc tỉnh, quán triệt Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới; nghe báo cáo viên của Công an tỉnh giới thiệu Luật Tín ngưỡng, tôn giáo và âm mưu lợi dụng vấn đề dân tộc, tôn giáo của các thế lực thù địch. Đồng chí Danh Thị Ngọc Hân, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình, hòa giải ở cơ sở.
Theo Ban Dân vận Tỉnh ủy, Cà Mau có hơn 7.000 hộ đồng bào Khmer với trên 29.000 người, 8 chùa Phật giáo Nam tông Khmer. Thực hiện Kế hoạch số 54-KH/TU ngày 3/5/2018 của Tỉnh ủy triển khai Chỉ thị 19, năm 2018 tỉnh đã hỗ trợ 210 hộ Khmer thiếu đất sản xuất chuyển đổi nghề, xây dựng 85 căn nhà cho hộ Khmer nghèo với kinh phí 3,4 tỷ đồng, trao 400 suất học bổng cho học sinh, sinh viên Khmer.
Tham gia trao đổi tại lớp, ông Thạch Phi Rum, Achar chùa Cao Dân, xã Tân Lộc, cho biết Achar trong chùa đã cùng cán bộ ấp vận động 12 hộ đưa con bỏ học trở lại lớp. Bà Thị Hồng Đào, người có uy tín ấp Cây Khô, xã Khánh Bình Tây, kiến nghị tổ chức thêm lớp tiếng Khmer cho cán bộ ấp. Ông Kim Sa Vân, Phó Ban quản trị chùa Cao Dân, đề nghị được cung cấp tài liệu pháp luật song ngữ Việt - Khmer.
Bế giảng lớp học, 100% học viên đạt yêu cầu. Ban tổ chức trao giấy chứng nhận và hỗ trợ mỗi học viên 150.000 đồng/ngày tiền ăn, đi lại. Đồng chí Lý Thị Sa Phol đề nghị các học viên về địa phương tuyên truyền sâu rộng những nội dung đã học, phối hợp với chi bộ, Ban Nhân dân ấp trong việc vận động đồng bào thực hiện tốt các phong trào, góp phần xây dựng nông thôn mới ở các ấp có đông đồng bào Khmer sinh sống.
Theo kế hoạch, trong quý IV/2018, Ban Dân vận Tỉnh ủy sẽ tổ chức thêm 2 lớp tập huấn tại các huyện Thới Bình và Trần Văn Thời cho khoảng 150 cán bộ ấp, khóm vùng đồng bào Khmer.
Minh Tâm
Lượt truy cập: 1.037.225
Tin khác
- Cà Mau: gặp mặt sư sãi, Achar nhân Tết Chôl Chnăm Thmây (12/04/2018)
- Hội nghị người có uy tín năm 2018 (26/01/2018)
- Trao 50 căn nhà đại đoàn kết cho đồng bào Khmer (15/12/2017)
""", "2018-08-24", "Bồi dưỡng kiến thức cho Achar, Ban quản trị chùa Khmer",
E("tap_huan", "2018", "2018-08-22"),
[P("Lý Thị Sa Phol", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Khiêm", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Danh Thị Ngọc Hân", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Thạch Phi Rum", "Achar chùa Cao Dân"),
 P("Thị Hồng Đào", "người có uy tín ấp Cây Khô"),
 P("Kim Sa Vân", "Phó Ban quản trị chùa Cao Dân")],
[Q("96 học viên", 96, "học viên"),
 Q("hơn 7.000 hộ đồng bào Khmer", 7000, "hộ đồng bào Khmer", "over"),
 Q("trên 29.000 người", 29000, "người", "over"),
 Q("8 chùa Phật giáo Nam tông Khmer", 8, "chùa Phật giáo Nam tông Khmer"),
 Q("210 hộ Khmer thiếu đất sản xuất", 210, "hộ Khmer thiếu đất sản xuất"),
 Q("85 căn nhà", 85, "căn nhà"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"),
 Q("400 suất học bổng", 400, "suất học bổng"),
 Q("12 hộ", 12, "hộ"),
 Q("100%", 100, "%"),
 Q("150.000 đồng", 150000, "đồng"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"),
 Q("khoảng 150 cán bộ ấp, khóm", 150, "cán bộ ấp, khóm", "approx")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "54", "KH/TU", "2018-05-03", "Tỉnh ủy", "Kế hoạch số 54-KH/TU ngày 3/5/2018")],
[prov("Cà Mau"), com("Tân Lộc"), com("Khánh Bình Tây")],
["Ban Dân vận Tỉnh ủy Cà Mau", "Trang chủ / Hoạt động / Tập huấn - Bồi dưỡng", "Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.",
 "tuyên truyền viên", "Luật Tín ngưỡng, tôn giáo", "Lượt truy cập: 1.037.225", "Chỉ thị 19"],
["Cập nhật lúc 14:30 ngày 24/08/2018", "năm 2018", "3 ngày", "quý IV/2018", "Lượt truy cập: 1.037.225"]))

PAGES.append(page("b2197-tayninh-bdv-giaoban-q1-2019", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban
Ngày 05/04/2019 | 08:40
Toàn cảnh buổi giao ban.
Nắm chắc tình hình đồng bào Chăm, người Hoa ở khu vực biên giới
Ngày 3/4/2019, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức giao ban khối dân vận quý I năm 2019. Đồng chí Nguyễn Thị Xuân Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Trưởng Ban Dân vận Huyện ủy Tân Châu, Châu Thành, Bến Cầu và đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh.
Báo cáo quý I cho thấy, tình hình tư tưởng của đồng bào các dân tộc, tôn giáo trên địa bàn cơ bản ổn định. Đồng bào Chăm ở 2 xã Tân Hưng, Suối Dây (huyện Tân Châu) với 412 hộ, 1.856 người đã tổ chức tháng chay Ramadan an toàn; đồng bào người Hoa với hơn 1.900 hộ tập trung ở thành phố Tây Ninh, huyện Hòa Thành vui Tết Nguyên đán, Tết Nguyên tiêu đầm ấm. Khối dân vận các cấp đã thăm, tặng 1.560 phần quà Tết cho hộ nghèo, hộ dân tộc thiểu số với tổng trị giá trên 780 triệu đồng.
Các cơ quan dân vận tiếp nhận 46 đơn thư, đã phối hợp giải quyết 39 đơn thư; tổ chức 11 cuộc đối thoại với nhân dân về bồi thường giải phóng mặt bằng. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 16-QĐ/TU ngày 8/2/2019 về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân và Kế hoạch số 71, 72-KH/TU của Tỉnh ủy.
Tại buổi giao ban, ông Mohamad Sa Li, Trưởng ban Quản trị thánh đường Hồi giáo Tân Hưng, được mời dự và thông tin về việc đóng góp tiền, công xây dựng nhà tắm cho thánh đường. Ông Mã Ngọc Lâm, Trưởng ban Liên lạc người Hoa thành phố Tây Ninh, đề nghị sớm hoàn tất thủ tục công nhận hội quán Quảng Đông là di tích lịch sử - văn hóa cấp tỉnh. Đồng chí Nguyễn Văn Bé, HUV, Trưởng Ban Dân vận Huyện ủy Tân Châu, báo cáo việc xử lý 2 trường hợp xuất cảnh trái phép sang nước ngoài làm thuê.
Kết luận giao ban, đồng chí Nguyễn Thị Xuân Lan yêu cầu trong quý II, khối dân vận tăng cường nắm tình hình ở các xã biên giới, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh vận động nhân dân không vượt biên, không tiếp tay buôn lậu; tiếp tục thực hiện phong trào thi đua "Dân vận khéo" năm 2019 với chỉ tiêu mỗi xã, phường, thị trấn có ít nhất 2 mô hình. Đồng chí cũng giao Văn phòng Ban tổng hợp các kiến nghị của đồng bào Chăm, người Hoa để báo cáo Thường trực Tỉnh ủy trong tháng 4.
Trước đó, trong quý I, Ban Dân vận Tỉnh ủy đã phối hợp với Ban Dân tộc tỉnh tổ chức 2 đoàn thăm các gia đình người có uy tín trong đồng bào Chăm, Khmer ở các huyện biên giới; qua đó kịp thời nắm bắt 8 kiến nghị về đất sản xuất, nước sinh hoạt và học bổng cho học sinh.
Bảo Anh
Các tin đã đưa
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2019 (22/03/2019)
- Thăm, chúc Tết người Hoa tại Hòa Thành (01/02/2019)
- Tân Châu: trao 25 phần quà cho đồng bào Chăm (15/01/2019)
""", "2019-04-05", "Nắm chắc tình hình đồng bào Chăm, người Hoa ở khu vực biên giới",
E("giao_ban", "2019-Q1", "2019-04-03"),
[P("Nguyễn Thị Xuân Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mohamad Sa Li", "Trưởng ban Quản trị thánh đường Hồi giáo Tân Hưng"),
 P("Mã Ngọc Lâm", "Trưởng ban Liên lạc người Hoa thành phố Tây Ninh"),
 P("Nguyễn Văn Bé", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Châu")],
[Q("412 hộ", 412, "hộ"),
 Q("1.856 người", 1856, "người"),
 Q("hơn 1.900 hộ", 1900, "hộ", "over"),
 Q("1.560 phần quà", 1560, "phần quà"),
 Q("trên 780 triệu đồng", 780000000, "đồng", "over"),
 Q("46 đơn thư", 46, "đơn thư"),
 Q("39 đơn thư", 39, "đơn thư"),
 Q("11 cuộc đối thoại", 11, "cuộc đối thoại"),
 Q("2 trường hợp", 2, "trường hợp"),
 Q("2 mô hình", 2, "mô hình"),
 Q("2 đoàn", 2, "đoàn"),
 Q("8 kiến nghị", 8, "kiến nghị")],
[D("Quy định", "16", "QĐ/TU", "2019-02-08", "Ban Thường vụ Tỉnh ủy", "Quy định số 16-QĐ/TU ngày 8/2/2019"),
 D("Kế hoạch", "71", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 71, 72-KH/TU"),
 D("Kế hoạch", "72", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 71, 72-KH/TU")],
[prov("Tây Ninh"), com("Tân Hưng"), com("Suối Dây")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban", "Toàn cảnh buổi giao ban.",
 "Ramadan", "Tết Nguyên tiêu", "hội quán Quảng Đông", "Dân vận khéo"],
["Ngày 05/04/2019 | 08:40", "quý I năm 2019", "quý II", "năm 2019", "tháng 4"]))

PAGES.append(page("b2198-binhthuan-daihoi-dtts-2019", """
Cổng thông tin điện tử tỉnh Bình Thuận
Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội
2019-10-25 15:20
Đại biểu dâng hoa trước tượng đài Bác Hồ. Ảnh: N.Lân
Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Thuận lần thứ III
Trong 2 ngày 24 và 25/10, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Bình Thuận tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Thuận lần thứ III - năm 2019 với chủ đề "Các dân tộc tỉnh Bình Thuận đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, phát triển bền vững và hội nhập". Về dự có 250 đại biểu chính thức thuộc 31 dân tộc, trong đó đồng bào Chăm có 92 đại biểu, Raglai 54, K'Ho 38, Hoa 29 đại biểu.
Dự và chỉ đạo đại hội có đồng chí Rơ Lan Thuận, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội; đồng chí Lê Thị Bích Thủy, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Dương Văn Chúc, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo đại hội.
Báo cáo tại đại hội cho biết, sau 5 năm, đời sống đồng bào dân tộc thiểu số trong tỉnh có bước tiến rõ rệt: tỷ lệ hộ nghèo giảm từ 16,8% năm 2014 xuống còn 4,35% năm 2019; 100% xã vùng đồng bào có đường ô tô đến trung tâm; 98% hộ được dùng điện lưới quốc gia. Tỉnh đã triển khai Chương trình 135 và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, hỗ trợ đất sản xuất, nước sinh hoạt cho 3.120 hộ với tổng vốn hơn 92 tỷ đồng.
Tham luận tại đại hội, ông Thông Minh Tư, Phó Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh, Imam thôn Lạc Trị, xã Phan Hiệp, chia sẻ việc vận động đồng bào bỏ tục cúng tế tốn kém. Cả sư Quảng Văn Nhật, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, nói về việc gìn giữ lễ hội Katê gắn với du lịch. Ông Bo Bo Thanh, già làng thôn Đá Bàn, xã Phan Sơn, kể cách vận động bà con Raglai định canh, định cư. Bà Châu Lệ Xuân, người có uy tín trong cộng đồng người Hoa thị xã La Gi, giới thiệu mô hình hội quán Hải Nam giúp học sinh nghèo.
Đại hội đã biểu dương 60 tập thể, 95 cá nhân tiêu biểu trong thực hiện chính sách dân tộc giai đoạn 2014 - 2019, mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng; bầu 84 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II, trong đó có 21 đại biểu người Chăm.
Phát biểu chỉ đạo, đồng chí Lê Thị Bích Thủy đề nghị các cấp tiếp tục thực hiện tốt Nghị quyết số 10-NQ/TU ngày 23/7/2018 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; phát huy vai trò người có uy tín, chức sắc tôn giáo trong việc xây dựng khối đại đoàn kết.
Nguyễn Lân
Tin cùng chuyên mục
- Bắc Bình: đại hội đại biểu các dân tộc thiểu số huyện lần thứ III (28/05/2019)
- Tánh Linh: trao 40 con bò giống cho hộ K'Ho nghèo (12/04/2019)
- Lễ hội Katê năm 2019 tại đền Pô Sah Inư (01/10/2019)
""", "2019-10-25", "Đại hội đại biểu các dân tộc thiểu số tỉnh Bình Thuận lần thứ III",
E("dai_hoi", "2019", "2019-10-24"),
[P("Rơ Lan Thuận", "Phó Chủ tịch Hội đồng Dân tộc của Quốc hội"),
 P("Lê Thị Bích Thủy", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Dương Văn Chúc", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo đại hội"),
 P("Thông Minh Tư", "Phó Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh", "Imam thôn Lạc Trị"),
 P("Quảng Văn Nhật", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Bo Bo Thanh", "già làng thôn Đá Bàn"),
 P("Châu Lệ Xuân", "người có uy tín trong cộng đồng người Hoa thị xã La Gi")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"),
 Q("31 dân tộc", 31, "dân tộc"),
 Q("92 đại biểu", 92, "đại biểu"),
 Q("Raglai 54", 54, "đại biểu"),
 Q("K'Ho 38", 38, "đại biểu"),
 Q("Hoa 29 đại biểu", 29, "đại biểu"),
 Q("16,8%", 16.8, "%"),
 Q("4,35%", 4.35, "%"),
 Q("100% xã", 100, "%"),
 Q("98% hộ", 98, "%"),
 Q("3.120 hộ", 3120, "hộ"),
 Q("hơn 92 tỷ đồng", 92000000000, "đồng", "over"),
 Q("60 tập thể", 60, "tập thể"),
 Q("95 cá nhân tiêu biểu", 95, "cá nhân tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("84 đại biểu", 84, "đại biểu"),
 Q("21 đại biểu người Chăm", 21, "đại biểu người Chăm")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Nghị quyết", "10", "NQ/TU", "2018-07-23", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 23/7/2018")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Sơn")],
["Cổng thông tin điện tử tỉnh Bình Thuận", "Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội",
 "Đại biểu dâng hoa trước tượng đài Bác Hồ. Ảnh: N.Lân",
 "Các dân tộc tỉnh Bình Thuận đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, phát triển bền vững và hội nhập",
 "Chương trình 135", "lễ hội Katê", "hội quán Hải Nam", "Hội đồng Dân tộc của Quốc hội"],
["2019-10-25 15:20", "lần thứ III", "lần thứ II", "5 năm", "năm 2014", "năm 2019", "giai đoạn 2014 - 2019", "Chương trình 135"]))

PAGES.append(page("b2199-dongnai-mttq-giamsat-hoa-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Hoạt động › Giám sát và phản biện xã hội
Thứ Ba, 14/7/2020 - 09:20
Đoàn giám sát làm việc tại phường Thanh Bình.
Giám sát thực hiện chính sách đối với đồng bào người Hoa tại Biên Hòa
Ngày 10/7/2020, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Huỳnh Thị Mỹ Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với đồng bào người Hoa năm 2020 tại UBND thành phố Biên Hòa và 2 phường Thanh Bình, Quyết Thắng.
Thành viên đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Lục Thị Kim Phượng, K'Hoan, cùng đại diện Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh.
Báo cáo của thành phố cho biết, Biên Hòa có gần 36.000 người Hoa, sinh sống đông ở 9 phường. Thực hiện Kế hoạch số 105-KH/MTTQ-BTT ngày 2/3/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chỉ thị số 62-CT/TW của Bộ Chính trị (khóa VII) về tăng cường công tác người Hoa trong tình hình mới, thành phố đã hỗ trợ 518 hộ người Hoa bị ảnh hưởng dịch Covid-19, mỗi hộ 1 triệu đồng; trao 230 suất học bổng, mỗi suất 1,5 triệu đồng; vận động các hội quán đóng góp 2,6 tỷ đồng cho Quỹ "Vì người nghèo".
Tại phường Thanh Bình, bà Diệp Huệ Quyên, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết phường có 1.240 hộ người Hoa, chiếm 41% số hộ; các Ban Quản trị Thất Phủ cổ miếu, chùa Ông, miếu Thiên Hậu tham gia tốt phong trào "Toàn dân bảo vệ an ninh Tổ quốc". Ông Lưu Chấn Cường, Trưởng ban Quản trị Thất Phủ cổ miếu, kiến nghị hướng dẫn việc tổ chức lễ hội chùa Ông năm 2020 phù hợp với quy định phòng, chống dịch, và đề nghị hỗ trợ trùng tu 3 hạng mục đã xuống cấp.
Tại phường Quyết Thắng, ông Hà Văn Kiệt, Phó Chủ tịch UBND phường, báo cáo phường đã cấp 16 giấy chứng nhận quyền sử dụng đất còn tồn đọng cho hộ người Hoa; còn 4 hồ sơ chưa giải quyết do vướng quy hoạch.
Qua giám sát, đoàn ghi nhận thành phố đã quan tâm thực hiện chính sách đối với đồng bào người Hoa; tuy nhiên việc phổ biến Luật Tín ngưỡng, tôn giáo đến các ban quản trị cơ sở tín ngưỡng còn chưa thường xuyên, một số chế độ hỗ trợ người có uy tín chậm chi trả. Đồng chí Huỳnh Thị Mỹ Lan đề nghị UBND thành phố trong quý III/2020 giải quyết dứt điểm 4 hồ sơ đất còn tồn đọng, bố trí kinh phí tu bổ cơ sở tín ngưỡng theo quy định và báo cáo kết quả bằng văn bản về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy và kiến nghị UBND tỉnh xem xét trong kỳ họp cuối năm.
Kim Thoa
Lượt xem: 215
Bài viết liên quan
- Ủy ban MTTQ tỉnh trao 500 phần quà cho người Hoa khó khăn (05/05/2020)
- Hội nghị phản biện dự thảo chính sách hỗ trợ người có uy tín (16/04/2020)
- Thăm, chúc Tết Nguyên đán các hội quán người Hoa (20/01/2020)
""", "2020-07-14", "Giám sát thực hiện chính sách đối với đồng bào người Hoa tại Biên Hòa",
E("giam_sat", "2020", "2020-07-10"),
[P("Huỳnh Thị Mỹ Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Thị Kim Phượng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Hoan", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Diệp Huệ Quyên", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lưu Chấn Cường", "Trưởng ban Quản trị Thất Phủ cổ miếu"),
 P("Hà Văn Kiệt", "Phó Chủ tịch UBND phường")],
[Q("2 phường", 2, "phường"),
 Q("gần 36.000 người Hoa", 36000, "người Hoa", "approx"),
 Q("9 phường", 9, "phường"),
 Q("518 hộ người Hoa", 518, "hộ người Hoa"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("230 suất học bổng", 230, "suất học bổng"),
 Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("2,6 tỷ đồng", 2600000000, "đồng"),
 Q("1.240 hộ người Hoa", 1240, "hộ người Hoa"),
 Q("41%", 41, "%"),
 Q("3 hạng mục", 3, "hạng mục"),
 Q("16 giấy chứng nhận quyền sử dụng đất", 16, "giấy chứng nhận quyền sử dụng đất"),
 Q("4 hồ sơ", 4, "hồ sơ")],
[D("Kế hoạch", "105", "KH/MTTQ-BTT", "2020-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 105-KH/MTTQ-BTT ngày 2/3/2020"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 62-CT/TW")],
[prov("Đồng Nai"), com("Thanh Bình"), com("Quyết Thắng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ › Hoạt động › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại phường Thanh Bình.", "Vì người nghèo", "Toàn dân bảo vệ an ninh Tổ quốc",
 "Thất Phủ cổ miếu", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 215"],
["Thứ Ba, 14/7/2020 - 09:20", "năm 2020", "khóa VII", "quý III/2020", "Covid-19", "Lượt xem: 215"]))

PAGES.append(page("b2200-soctrang-chandung-achar-2020", """
Báo Sóc Trăng Online
Xã hội » Dân tộc - Tôn giáo
Thứ Ba, 03/11/2020 - 07:45
Achar Lâm Hoàng Sơn (bìa trái) trao đổi với bà con trong phum. Ảnh: Thạch Đa
Achar Lâm Hoàng Sơn - người "giữ lửa" ở phum sóc Khmer
Hơn 20 năm làm Achar chùa Bốn Mặt ở xã Hòa Đông, ông Lâm Hoàng Sơn (61 tuổi) đã trở thành chỗ dựa tinh thần của bà con Khmer trong vùng. Không chỉ hướng dẫn nghi lễ trong các dịp Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok, ông còn là người đi đầu trong vận động bà con làm đường, xóa nhà tạm.
Ông Sơn kể, năm 2015 con đường đất vào ấp Phước Bình lầy lội mỗi mùa mưa. Ông cùng Ban quản trị chùa đến từng nhà vận động; sau 3 tháng, 64 hộ đồng ý hiến gần 3.800 m2 đất, góp hơn 420 triệu đồng cùng với vốn Nhà nước làm con đường bê tông dài 2,4 km. Từ năm 2016 đến nay, ông vận động các nhà hảo tâm giúp 27 căn nhà cho hộ Khmer nghèo, mỗi căn 40 triệu đồng, và trao 350 suất học bổng cho học sinh nghèo hiếu học.
Hòa thượng Thạch Sóc Phước, trụ trì chùa Bốn Mặt, Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng, nhận xét: "Achar Sơn là người cẩn thận, hiểu lễ nghi, nói chuyện bà con nghe theo. Nhà chùa có việc gì cũng bàn với ông trước".
Bà Trần Thị Sa Nết, Bí thư Đảng ủy xã Hòa Đông, cho biết xã có 68% dân số là đồng bào Khmer; nhờ những người có uy tín như ông Sơn, nhiều năm liền xã không có đơn thư vượt cấp, tỷ lệ hộ nghèo giảm còn 3,9%. Năm 2019, ông được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer.
Ông Kim Ngọc Thái, Phó Trưởng Ban Dân tộc tỉnh, cho biết toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer, hơn 400 Achar; tỉnh đang thực hiện Đề án 127/ĐA-UBND về phát huy vai trò của Achar, Ban quản trị chùa trong xây dựng khối đại đoàn kết.
Trong những ngày dịch Covid-19, ông Sơn cùng nhà chùa vận động 2 tấn gạo, 500 thùng mì để chia cho bà con khó khăn. Dịp lễ Sene Dolta vừa qua, ông nhắc nhở bà con thực hiện "5K", không tụ tập đông người. Ông chia sẻ: "Mình sống ở phum sóc, được bà con tin thì phải làm gương. Còn sức ngày nào, tôi còn đi vận động ngày đó".
Ông Lâm Hoàng Sơn là một trong 12 người có uy tín tiêu biểu của tỉnh được mời dự Hội nghị biểu dương người có uy tín khu vực Tây Nam Bộ sắp tới tại Cần Thơ. Con cháu ông nay đều học hành đến nơi đến chốn, hai người con trai đang công tác tại UBND xã.
Thạch Đa
Lượt xem: 3.114
Tin cùng chuyên mục
- Mỹ Tú: hỗ trợ 45 căn nhà cho hộ Khmer nghèo (27/10/2020)
- Lễ hội Ok Om Bok năm 2020 tổ chức quy mô nhỏ (20/10/2020)
- Châu Thành: tập huấn cho 60 Achar (02/10/2020)
""", "2020-11-03", "Achar Lâm Hoàng Sơn - người \"giữ lửa\" ở phum sóc Khmer",
E("khac", None, None),
[P("Lâm Hoàng Sơn", "Achar chùa Bốn Mặt", "Achar"),
 P("Thạch Sóc Phước", "Hòa thượng", "trụ trì chùa Bốn Mặt", "Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng"),
 P("Trần Thị Sa Nết", "Bí thư Đảng ủy xã Hòa Đông"),
 P("Kim Ngọc Thái", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("64 hộ", 64, "hộ"),
 Q("gần 3.800 m2", 3800, "m2", "approx"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("2,4 km", 2.4, "km"),
 Q("27 căn nhà", 27, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("350 suất học bổng", 350, "suất học bổng"),
 Q("68%", 68, "%"),
 Q("3,9%", 3.9, "%"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 400 Achar", 400, "Achar", "over"),
 Q("2 tấn", 2, "tấn"),
 Q("500 thùng mì", 500, "thùng mì"),
 Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Đề án", "127", "ĐA-UBND", None, None, "Đề án 127/ĐA-UBND")],
[prov("Sóc Trăng"), com("Hòa Đông"), prov("Cần Thơ")],
["Báo Sóc Trăng Online", "Xã hội » Dân tộc - Tôn giáo",
 "Achar Lâm Hoàng Sơn (bìa trái) trao đổi với bà con trong phum. Ảnh: Thạch Đa", "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok",
 "5K", "Lượt xem: 3.114"],
["Thứ Ba, 03/11/2020 - 07:45", "Hơn 20 năm", "61 tuổi", "năm 2015", "3 tháng", "Từ năm 2016", "Năm 2019", "5K", "Covid-19", "Lượt xem: 3.114"]))
