from lib import *
PAGES = []

PAGES.append(page("b6059-daklak-taphuan-congtac-conggiao-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ / Hoạt động / Công tác tôn giáo
Thứ Ba, 12/09/2017 - 14:30
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn công tác vận động đồng bào Công giáo cho cán bộ cơ sở
Từ ngày 11 đến 12/9/2017, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp Ban Tôn giáo Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác vận động đồng bào Công giáo năm 2017 cho 135 học viên là cán bộ dân vận, Mặt trận, công an xã ở 52 xã, thị trấn có đông giáo dân. Đồng chí H'Zơ Niê, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu khai mạc.
Các học viên được nghe ông Y Kông Mlô, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, quán triệt Luật Tín ngưỡng, tôn giáo năm 2016; bà Nguyễn Thị Kim Oanh, Phó Trưởng Ban Tôn giáo Sở Nội vụ, giới thiệu Nghị định số 92/2012/NĐ-CP của Chính phủ và Thông tư số 01/2013/TT-BNV của Bộ Nội vụ; Linh mục Giuse Đỗ Văn Thịnh, Chánh xứ giáo xứ Thanh Hà, Ủy viên Ủy ban Đoàn kết Công giáo tỉnh, trao đổi về tổ chức của Giáo phận Ban Mê Thuột và những ngày lễ lớn trong năm.
Theo báo cáo, Đắk Lắk có trên 320.000 giáo dân, trong đó khoảng 98.000 người là đồng bào dân tộc thiểu số Êđê, M'nông, Jrai, sinh hoạt tại 123 giáo xứ. Thực hiện Kết luận số 01-KL/TW ngày 4/4/2016 của Bộ Chính trị và Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp đã duy trì gặp gỡ, đối thoại định kỳ với linh mục; 9 tháng năm 2017 tiếp nhận 26 kiến nghị của các giáo xứ, đã giải quyết 21 kiến nghị.
Tại lớp tập huấn, các học viên trao đổi nhiều tình huống thực tế. Bà H'Bla Ênuôl, Chủ tịch Ủy ban MTTQ xã Ea Kao, kể việc phối hợp với linh mục quản xứ vận động 43 hộ giáo dân không theo "Tin lành Đê Ga"; ông Y Suân Byă, Phó Bí thư Đảng ủy xã Cư Suê, cho biết xã đã dùng loa của nhà thờ để phổ biến pháp luật đến 1.400 hộ. Ông Lê Quang Trung, HUV, Trưởng Ban Dân vận Huyện ủy Cư M'gar, đề nghị tỉnh biên soạn sổ tay hỏi - đáp về công tác tôn giáo cho cán bộ thôn, buôn.
Bế mạc lớp học, đồng chí H'Zơ Niê đề nghị học viên vận dụng phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"; mỗi xã xây dựng ít nhất 1 kế hoạch đối thoại với linh mục quản xứ trước ngày 30/11/2017. Ban Dân vận Tỉnh ủy cấp 135 bộ tài liệu và giấy chứng nhận cho học viên hoàn thành khóa học; kinh phí lớp học 86,4 triệu đồng từ nguồn kinh phí sự nghiệp của Ban.
H.Thanh
Lượt xem: 1.057
Tin liên quan
- Krông Ana: đối thoại với chức sắc tôn giáo năm 2017 (28/08/2017)
- Gặp mặt người có uy tín tiêu biểu năm 2017 (15/08/2017)
- Buôn Đôn tổng kết 5 năm mô hình "Buôn đoàn kết" (02/08/2017)
""", "2017-09-12", "Tập huấn công tác vận động đồng bào Công giáo cho cán bộ cơ sở",
E("tap_huan", "2017", "2017-09-11"),
[P("H'Zơ Niê", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Y Kông Mlô", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Oanh", "Phó Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Giuse Đỗ Văn Thịnh", "Linh mục", "Chánh xứ giáo xứ Thanh Hà", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"),
 P("H'Bla Ênuôl", "Chủ tịch Ủy ban MTTQ xã Ea Kao"),
 P("Y Suân Byă", "Phó Bí thư Đảng ủy xã Cư Suê"),
 P("Lê Quang Trung", "HUV", "Trưởng Ban Dân vận Huyện ủy Cư M'gar")],
[Q("135 học viên", 135, "học viên"), Q("52 xã, thị trấn", 52, "xã, thị trấn"),
 Q("trên 320.000 giáo dân", 320000, "giáo dân", "over"), Q("khoảng 98.000 người", 98000, "người", "approx"),
 Q("123 giáo xứ", 123, "giáo xứ"), Q("26 kiến nghị", 26, "kiến nghị"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("43 hộ giáo dân", 43, "hộ giáo dân"), Q("1.400 hộ", 1400, "hộ"),
 Q("ít nhất 1 kế hoạch đối thoại", 1, "kế hoạch đối thoại", "over"),
 Q("135 bộ tài liệu", 135, "bộ tài liệu"), Q("86,4 triệu đồng", 86400000, "đồng")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Thông tư", "01", "2013/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 01/2013/TT-BNV"),
 D("Kết luận", "01", "KL/TW", "2016-04-04", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 4/4/2016"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Cư Suê")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ / Hoạt động / Công tác tôn giáo", "Ảnh: Quang cảnh lớp tập huấn.",
 "Luật Tín ngưỡng, tôn giáo", "Tin lành Đê Ga", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân",
 "Lượt xem: 1.057", "Giáo phận Ban Mê Thuột"],
["Thứ Ba, 12/09/2017 - 14:30", "năm 2017", "9 tháng năm 2017", "30/11/2017", "Lượt xem: 1.057"]))

PAGES.append(page("b6060-ninhbinh-daihoi-uydoanket-conggiao-2018", """
Báo Ninh Bình điện tử
Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 26/10/2018
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Ủy ban Đoàn kết Công giáo tỉnh Ninh Bình lần thứ VI
Ngày 25/10, Ủy ban Đoàn kết Công giáo tỉnh Ninh Bình tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2018 - 2023 với sự tham dự của 150 đại biểu đại diện cho hơn 160.000 người Công giáo trong tỉnh. Dự Đại hội có đồng chí Đinh Quang Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lê Thị Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Linh mục Gioan Baotixita Phạm Văn Toản, Tổng Đại diện Giáo phận Phát Diệm.
Nhiệm kỳ 2013 - 2018, Ủy ban Đoàn kết Công giáo các cấp đã vận động giáo dân đóng góp trên 85 tỷ đồng và 126.000 ngày công xây dựng nông thôn mới; 97% gia đình Công giáo đạt danh hiệu gia đình văn hóa; 119 giáo xứ, giáo họ được công nhận "Xứ, họ đạo văn hóa". Ủy ban đã phối hợp với Ban Dân vận Tỉnh ủy triển khai Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về phát huy vai trò người có uy tín, và Kế hoạch số 24-KH/TU ngày 12/3/2018 của Tỉnh ủy thực hiện chỉ thị này.
Phát biểu chỉ đạo, đồng chí Đinh Quang Hưng ghi nhận đóng góp của các linh mục, tu sĩ và giáo dân, đề nghị Ủy ban tiếp tục là cầu nối giữa chính quyền với Giáo phận Phát Diệm, tham gia giám sát và phản biện xã hội theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; chủ động đối thoại để giải quyết từ cơ sở các vướng mắc về đất đai ở 6 giáo xứ vùng bãi ngang.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa VI. Linh mục Giuse Trần Văn Khải, Quản xứ giáo xứ Phúc Nhạc, được tín nhiệm giữ chức Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI; các Linh mục Phêrô Nguyễn Đức Hạnh, Đaminh Vũ Văn Lương và ông Phạm Xuân Tiến - Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI. Ông Bùi Văn Thuận, Trưởng ban Công tác Mặt trận khu phố Phúc Nhạc, phường Ninh Phong, được bầu làm đại biểu dự Đại hội toàn quốc.
Đại hội thông qua Chương trình hành động nhiệm kỳ 2018 - 2023 với 5 chỉ tiêu, trong đó phấn đấu 100% giáo xứ xây dựng ít nhất 1 công trình, phần việc tham gia xây dựng nông thôn mới; vận động 300 giáo dân tham gia hiến máu mỗi năm. Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho 8 tập thể, 14 cá nhân; riêng xã Kim Chính và xã Ân Hòa được biểu dương là 2 xã vùng giáo tiêu biểu.
Minh Đức
Tin cùng chuyên mục
- Kim Sơn gặp mặt chức sắc tôn giáo (15/10/2018)
- Hội Cựu chiến binh tỉnh tổng kết 9 tháng (08/10/2018)
- Đối thoại với giáo dân về giải phóng mặt bằng quốc lộ 10 (02/10/2018)
""", "2018-10-26", "Đại hội Ủy ban Đoàn kết Công giáo tỉnh Ninh Bình lần thứ VI",
E("dai_hoi", None, "2018-10-25"),
[P("Đinh Quang Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Gioan Baotixita Phạm Văn Toản", "Linh mục", "Tổng Đại diện Giáo phận Phát Diệm"),
 P("Giuse Trần Văn Khải", "Linh mục", "Quản xứ giáo xứ Phúc Nhạc", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI"),
 P("Phêrô Nguyễn Đức Hạnh", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI"),
 P("Đaminh Vũ Văn Lương", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI"),
 P("Phạm Xuân Tiến", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI"),
 P("Bùi Văn Thuận", "Trưởng ban Công tác Mặt trận khu phố Phúc Nhạc")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 160.000 người Công giáo", 160000, "người Công giáo", "over"),
 Q("trên 85 tỷ đồng", 85000000000, "đồng", "over"), Q("126.000 ngày công", 126000, "ngày công"), Q("97%", 97, "%"),
 Q("119 giáo xứ, giáo họ", 119, "giáo xứ, giáo họ"), Q("6 giáo xứ vùng bãi ngang", 6, "giáo xứ vùng bãi ngang"),
 Q("45 vị", 45, "vị"), Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("100% giáo xứ", 100, "%"),
 Q("ít nhất 1 công trình, phần việc", 1, "công trình, phần việc", "over"), Q("300 giáo dân", 300, "giáo dân"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("2 xã vùng giáo tiêu biểu", 2, "xã vùng giáo tiêu biểu")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "24", "KH/TU", "2018-03-12", "Tỉnh ủy", "Kế hoạch số 24-KH/TU ngày 12/3/2018"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Ninh Bình"), com("Ninh Phong"), com("Kim Chính"), com("Ân Hòa")],
["Báo Ninh Bình điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Xứ, họ đạo văn hóa", "Giáo phận Phát Diệm", "Chương trình hành động nhiệm kỳ 2018 - 2023"],
["Cập nhật lúc 17:20 ngày 26/10/2018", "lần thứ VI", "nhiệm kỳ 2018 - 2023", "Nhiệm kỳ 2013 - 2018", "khóa VI", "mỗi năm"]))

PAGES.append(page("b6061-quangbinh-mttq-giamsat-datdai-giaoxu-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội
15.08.2019 | 16:05
Thứ Năm, 15/08/2019
Giám sát việc giải quyết kiến nghị về đất đai của các giáo xứ tại Bố Trạch
Ngày 14/8/2019, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Trần Quang Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị, đơn thư liên quan đến đất đai của các giáo xứ tại huyện Bố Trạch, tỉnh Quảng Bình, theo chương trình giám sát năm 2019. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Tài nguyên và Môi trường, Ban Tôn giáo Sở Nội vụ và các ông Hoàng Đình Tư, Trương Văn Lợi - Ủy viên Ủy ban Đoàn kết Công giáo tỉnh.
Toàn cảnh buổi làm việc. Ảnh: Nhật Linh
Huyện Bố Trạch có 14 giáo xứ với khoảng 23.600 giáo dân thuộc Giáo phận Vinh và Tổng Giáo phận Huế. Báo cáo của ông Đặng Xuân Thủy, HUV, Phó Chủ tịch UBND huyện, cho biết từ năm 2016 đến tháng 6/2019, huyện đã tiếp nhận 37 đơn thư, kiến nghị của các giáo xứ, trong đó có 29 đơn liên quan đất đai; đã giải quyết 25 đơn, đạt 86,2%; đã cấp 11 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo với tổng diện tích 4,6 ha.
Thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị, Hướng dẫn số 18-HD/MTTW-BTT ngày 23/3/2018 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 116/KH-MTTQ-BTT ngày 2/7/2019 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc trực tiếp tại xã Cự Nẫm và xã Phúc Trạch. Linh mục Phanxicô Nguyễn Văn Triều, Quản xứ giáo xứ Cự Lạc, phản ánh còn 2 thửa đất của giáo xứ chưa được đo đạc; ông Lê Văn Sáu, Chủ tịch Hội đồng mục vụ giáo xứ Hướng Phương, đề nghị huyện trả lời bằng văn bản các đơn đã quá 60 ngày.
Ông Nguyễn Hữu Hoàn, Bí thư Đảng ủy, Chủ tịch HĐND xã Phúc Trạch, thừa nhận có 4 đơn chậm xử lý do hồ sơ gốc thất lạc. Bà Trần Thị Hồng Nhung, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị xã niêm yết công khai tiến độ từng đơn tại nhà văn hóa thôn.
Kết luận, ông Trần Quang Minh đánh giá huyện đã có nhiều cố gắng, song việc giải quyết một số vụ việc còn kéo dài; đề nghị UBND huyện hoàn thành giải quyết 12 đơn tồn đọng trước ngày 31/12/2019, tăng cường đối thoại với linh mục quản xứ và công khai kết quả. Đoàn sẽ tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh để kiến nghị với UBND tỉnh theo quy định.
Nhật Linh
Tin khác
- Lệ Thủy: Hội nghị phản biện dự thảo quy hoạch sử dụng đất (06/08/2019)
- Quảng Trạch: 42 khu dân cư vùng giáo ký cam kết không xả rác ra biển (29/07/2019)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (19/07/2019)
""", "2019-08-15", "Giám sát việc giải quyết kiến nghị về đất đai của các giáo xứ tại Bố Trạch",
E("giam_sat", "2019", "2019-08-14"),
[P("Trần Quang Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Đình Tư", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Trương Văn Lợi", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đặng Xuân Thủy", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Phanxicô Nguyễn Văn Triều", "Linh mục", "Quản xứ giáo xứ Cự Lạc"),
 P("Lê Văn Sáu", "Chủ tịch Hội đồng mục vụ giáo xứ Hướng Phương"),
 P("Nguyễn Hữu Hoàn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Phúc Trạch"),
 P("Trần Thị Hồng Nhung", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("14 giáo xứ", 14, "giáo xứ"), Q("khoảng 23.600 giáo dân", 23600, "giáo dân", "approx"),
 Q("37 đơn thư, kiến nghị", 37, "đơn thư, kiến nghị"), Q("29 đơn", 29, "đơn"), Q("25 đơn", 25, "đơn"), Q("86,2%", 86.2, "%"),
 Q("11 giấy chứng nhận quyền sử dụng đất", 11, "giấy chứng nhận quyền sử dụng đất"), Q("4,6 ha", 4.6, "ha"),
 Q("2 thửa đất", 2, "thửa đất"), Q("4 đơn", 4, "đơn"), Q("12 đơn tồn đọng", 12, "đơn tồn đọng")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "18", "HD/MTTW-BTT", "2018-03-23", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18-HD/MTTW-BTT ngày 23/3/2018"),
 D("Kế hoạch", "116", "KH-MTTQ-BTT", "2019-07-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 116/KH-MTTQ-BTT ngày 2/7/2019")],
[prov("Quảng Bình"), com("Cự Nẫm"), com("Phúc Trạch")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội",
 "Toàn cảnh buổi làm việc. Ảnh: Nhật Linh", "Giáo phận Vinh", "Tổng Giáo phận Huế"],
["15.08.2019 | 16:05", "Thứ Năm, 15/08/2019", "năm 2019", "60 ngày", "31/12/2019", "tháng 6/2019"]))

PAGES.append(page("b6062-hcm-phuong-doithoai-linhmuc-2020", """
Cổng thông tin điện tử Quận 3 - Thành phố Hồ Chí Minh
Tin tức > Hoạt động phường > Phường 4
11/11/2020 - 10:05
Hôm nay: Thứ Tư, 11/11/2020
Phường 4 đối thoại với linh mục chánh xứ và hội đồng mục vụ
Sáng 10/11/2020, Đảng ủy - UBND - Ủy ban MTTQ Việt Nam Phường 4, Quận 3 tổ chức hội nghị đối thoại năm 2020 giữa người đứng đầu cấp ủy, chính quyền phường với linh mục chánh xứ, hội đồng mục vụ 3 giáo xứ và đại diện 420 hộ giáo dân trên địa bàn. Đồng chí Võ Minh Khoa, Bí thư Đảng ủy phường chủ trì; cùng chủ trì có ông Lâm Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Phường 4 có hơn 5.200 giáo dân, chiếm 21,3% dân số. Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân, và Kế hoạch số 205-KH/QU ngày 6/4/2020 của Quận ủy Quận 3, năm 2020 phường đã tổ chức 4 cuộc đối thoại, tiếp nhận 63 ý kiến, đã giải quyết, trả lời 59 ý kiến.
Tại hội nghị, Linh mục Tôma Nguyễn Quang Vinh, Chánh xứ giáo xứ Tân Định, đề nghị phường phối hợp phân luồng giao thông trong các dịp lễ lớn khi có trên 10.000 lượt người về nhà thờ. Linh mục Phêrô Lê Minh Tuấn, Chánh xứ giáo xứ Bắc Hà, kiến nghị hỗ trợ 28 hộ giáo dân mất việc do dịch Covid-19. Ông Huỳnh Văn Đạt, Phó Chủ tịch Hội đồng mục vụ giáo xứ Tân Định, và bà Trần Thị Thu Cúc, Trưởng ban Caritas giáo xứ, đề nghị phường cho tổ chức bếp ăn từ thiện đúng quy định.
Trả lời, ông Lâm Quốc Huy cho biết phường đã chi 314 triệu đồng từ Quỹ "Vì người nghèo" hỗ trợ 628 lượt hộ khó khăn trong đợt giãn cách, trong đó có 112 hộ giáo dân; mỗi hộ nhận 500.000 đồng. Bà Nguyễn Thị Bích Trâm, Chủ tịch Ủy ban MTTQ Việt Nam phường, ghi nhận các giáo xứ đã đóng góp 1,85 tỷ đồng và 34 tấn gạo cho người dân khó khăn của phường.
Ông Phạm Quốc Bảo, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường, thông tin thêm: 3 giáo xứ đã phối hợp với phường chăm lo 46 người cao tuổi neo đơn, duy trì 2 lớp học tình thương cho 58 trẻ em; các tổ dân phố vùng giáo đã vận động 97,5% hộ gia đình ký cam kết không vi phạm trật tự đô thị.
Kết luận, đồng chí Võ Minh Khoa cảm ơn các linh mục, đề nghị tiếp tục vận động giáo dân chấp hành quy định phòng, chống dịch, tham gia cuộc vận động "Người dân Thành phố Hồ Chí Minh không xả rác ra đường và kênh rạch". Đảng ủy phường giao 2 đồng chí Phó Chủ tịch UBND phường là Đỗ Thanh Tùng, Mai Văn Hậu theo dõi, trả lời kiến nghị trong 15 ngày.
Phường 4
Xem thêm
- Quận 3 tổ chức hội nghị gặp mặt chức sắc tôn giáo (28/10/2020)
- Phường 4 ra mắt tổ tự quản "Khu phố giáo xứ văn minh" (15/10/2020)
""", "2020-11-11", "Phường 4 đối thoại với linh mục chánh xứ và hội đồng mục vụ",
E("doi_thoai", "2020", "2020-11-10"),
[P("Võ Minh Khoa", "Bí thư Đảng ủy phường"),
 P("Lâm Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Tôma Nguyễn Quang Vinh", "Linh mục", "Chánh xứ giáo xứ Tân Định"),
 P("Phêrô Lê Minh Tuấn", "Linh mục", "Chánh xứ giáo xứ Bắc Hà"),
 P("Huỳnh Văn Đạt", "Phó Chủ tịch Hội đồng mục vụ giáo xứ Tân Định"),
 P("Trần Thị Thu Cúc", "Trưởng ban Caritas giáo xứ"),
 P("Nguyễn Thị Bích Trâm", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đỗ Thanh Tùng", "Phó Chủ tịch UBND phường"),
 P("Mai Văn Hậu", "Phó Chủ tịch UBND phường"),
 P("Phạm Quốc Bảo", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường")],
[Q("3 giáo xứ", 3, "giáo xứ"), Q("420 hộ giáo dân", 420, "hộ giáo dân"), Q("hơn 5.200 giáo dân", 5200, "giáo dân", "over"),
 Q("21,3%", 21.3, "%"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("63 ý kiến", 63, "ý kiến"), Q("59 ý kiến", 59, "ý kiến"),
 Q("trên 10.000 lượt người", 10000, "lượt người", "over"), Q("28 hộ giáo dân", 28, "hộ giáo dân"),
 Q("314 triệu đồng", 314000000, "đồng"), Q("628 lượt hộ khó khăn", 628, "lượt hộ khó khăn"), Q("112 hộ giáo dân", 112, "hộ giáo dân"),
 Q("500.000 đồng", 500000, "đồng"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("34 tấn", 34, "tấn"),
 Q("2 đồng chí", 2, "đồng chí"), Q("46 người cao tuổi neo đơn", 46, "người cao tuổi neo đơn"),
 Q("2 lớp học tình thương", 2, "lớp học tình thương"), Q("58 trẻ em", 58, "trẻ em"), Q("97,5%", 97.5, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "205", "KH/QU", "2020-04-06", "Quận ủy Quận 3", "Kế hoạch số 205-KH/QU ngày 6/4/2020")],
[prov("Hồ Chí Minh"), com("Phường 4")],
["Cổng thông tin điện tử Quận 3 - Thành phố Hồ Chí Minh", "Tin tức > Hoạt động phường > Phường 4", "Vì người nghèo",
 "Người dân Thành phố Hồ Chí Minh không xả rác ra đường và kênh rạch", "Hôm nay: Thứ Tư, 11/11/2020"],
["11/11/2020 - 10:05", "năm 2020", "2 đồng chí", "15 ngày", "Covid-19"]))

PAGES.append(page("b6063-lamdong-bdv-baocao-conggiao-2021", """
LÂM ĐỒNG ONLINE
Chính trị | Dân vận - Tôn giáo
29/12/2021 - 08:30
Ban Dân vận Tỉnh ủy báo cáo Thường trực Tỉnh ủy về công tác vận động đồng bào Công giáo năm 2021
Ngày 28/12/2021, Ban Dân vận Tỉnh ủy Lâm Đồng đã báo cáo Thường trực Tỉnh ủy kết quả công tác vận động đồng bào Công giáo năm 2021. Đồng chí Trần Đức Hạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi làm việc; đồng chí K'Brăk, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Đồng chí K'Brăk trình bày báo cáo.
Theo báo cáo, Lâm Đồng có trên 430.000 giáo dân thuộc Giáo phận Đà Lạt, chiếm khoảng 33,5% dân số, trong đó hơn 120.000 người là đồng bào dân tộc thiểu số K'Ho, Mạ, Chu Ru. Năm 2021, các cấp đã triển khai Kết luận số 01-KL/TW của Bộ Chính trị, Nghị quyết số 43/NQ-CP của Chính phủ và Chỉ thị 20, 21-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo, về phòng, chống dịch Covid-19 tại các cơ sở tôn giáo. Giáo phận Đà Lạt đã đóng góp gần 12 tỷ đồng, 780 tấn nông sản cho các địa phương có dịch; 46 linh mục, tu sĩ tình nguyện vào các khu cách ly.
Trong năm, các cấp tổ chức 214 cuộc tiếp xúc, đối thoại với chức sắc, chức việc; giải quyết 38/42 kiến nghị của các giáo xứ, chủ yếu về đất đai và xây dựng cơ sở thờ tự. Mô hình "Giáo xứ phòng, chống dịch an toàn" được nhân rộng ra 128 giáo xứ, giáo họ. Tuy nhiên, vẫn còn 3 vụ việc tranh chấp đất đai kéo dài tại thành phố Bảo Lộc và huyện Đức Trọng.
Về công tác dân vận chính quyền, UBND tỉnh đã ban hành Quyết định số 1856/QĐ-UBND ngày 20/8/2021 về quy chế tiếp nhận, xử lý kiến nghị của tổ chức tôn giáo; 12/12 huyện, thành phố tổ chức gặp mặt linh mục quản xứ; cấp 25 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo.
Báo cáo cũng nêu ý kiến của các huyện: ông Ka Sô Liêng, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương, đề nghị hỗ trợ kinh phí cho 17 người có uy tín là chức việc Công giáo; bà Bon Niêng Ha Thủy, Chủ tịch Ủy ban MTTQ xã Đạ Chais, đề nghị duy trì đối thoại với Linh mục Giuse K'Brơi, Quản xứ giáo xứ Đạ Chais, mỗi quý 1 lần.
Kết luận, đồng chí Trần Đức Hạnh đánh giá cao báo cáo, giao Ban Dân vận Tỉnh ủy chủ trì tham mưu Kế hoạch số 72-KH/TU năm 2022 về gặp mặt chức sắc tôn giáo; giao các ông Đặng Minh Hậu, Ya Tuấn - Phó Chủ tịch UBND tỉnh chỉ đạo giải quyết dứt điểm 3 vụ việc trong quý I/2022. Đồng chí Lê Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy, được giao theo dõi, đôn đốc.
Khánh Phúc
Lượt đọc: 2.431
Tin liên quan
- Đức Trọng: gặp mặt chức sắc tôn giáo dịp Giáng sinh (22/12/2021)
- Di Linh tổng kết phong trào "Dân vận khéo" (15/12/2021)
""", "2021-12-29", "Ban Dân vận Tỉnh ủy báo cáo Thường trực Tỉnh ủy về công tác vận động đồng bào Công giáo năm 2021",
E("bao_cao", "2021", "2021-12-28"),
[P("Trần Đức Hạnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("K'Brăk", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Sô Liêng", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Bon Niêng Ha Thủy", "Chủ tịch Ủy ban MTTQ xã Đạ Chais"),
 P("Giuse K'Brơi", "Linh mục", "Quản xứ giáo xứ Đạ Chais"),
 P("Đặng Minh Hậu", "Phó Chủ tịch UBND tỉnh"),
 P("Ya Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("trên 430.000 giáo dân", 430000, "giáo dân", "over"), Q("khoảng 33,5%", 33.5, "%", "approx"),
 Q("hơn 120.000 người", 120000, "người", "over"), Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("780 tấn", 780, "tấn"), Q("46 linh mục, tu sĩ", 46, "linh mục, tu sĩ"),
 Q("214 cuộc tiếp xúc, đối thoại", 214, "cuộc tiếp xúc, đối thoại"), Q("38/42 kiến nghị", 38, "kiến nghị"),
 Q("128 giáo xứ, giáo họ", 128, "giáo xứ, giáo họ"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai"),
 Q("17 người có uy tín", 17, "người có uy tín"), Q("12/12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("25 giấy chứng nhận quyền sử dụng đất", 25, "giấy chứng nhận quyền sử dụng đất")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Nghị quyết", "43", "NQ-CP", None, "Chính phủ", "Nghị quyết số 43/NQ-CP"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Kế hoạch", "72", "KH/TU", None, None, "Kế hoạch số 72-KH/TU"),
 D("Quyết định", "1856", "QĐ-UBND", "2021-08-20", "UBND tỉnh", "Quyết định số 1856/QĐ-UBND ngày 20/8/2021")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["LÂM ĐỒNG ONLINE", "Chính trị | Dân vận - Tôn giáo", "Đồng chí K'Brăk trình bày báo cáo.", "Giáo xứ phòng, chống dịch an toàn",
 "Lượt đọc: 2.431", "Giáo phận Đà Lạt"],
["29/12/2021 - 08:30", "năm 2021", "mỗi quý 1 lần", "quý I/2022", "Lượt đọc: 2.431", "Covid-19", "năm 2022"]))

PAGES.append(page("b6064-bacninh-chandung-linhmuc-nongthonmoi-2022", """
BÁO BẮC NINH
Xã hội > Người tốt - việc tốt
Thứ Sáu, 24/06/2022
Vị linh mục "dân vận khéo" ở vùng giáo Yên Phong
Linh mục Giuse Nguyễn Văn Tài (giữa) cùng cán bộ xã kiểm tra tuyến đường mới. Ảnh: Thu Hằng
Gần 20 năm gắn bó với giáo xứ Đông Xuyên, Linh mục Giuse Nguyễn Văn Tài, Quản xứ giáo xứ Đông Xuyên, Ủy viên Ủy ban MTTQ Việt Nam huyện Yên Phong, được chính quyền và bà con lương, giáo xã Đông Tiến quý trọng vì luôn đồng hành trong các phong trào ở địa phương.
Xã Đông Tiến, huyện Yên Phong, tỉnh Bắc Ninh có 3 giáo họ với gần 2.900 giáo dân, chiếm khoảng 28% dân số. Theo ông Ngô Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã, trong 5 năm xây dựng nông thôn mới kiểu mẫu, nhờ linh mục vận động, bà con giáo dân đã hiến hơn 6.000 m2 đất, tháo dỡ 85 công trình, vật kiến trúc để mở rộng 4,7 km đường liên thôn; đóng góp trên 2,3 tỷ đồng xây nhà văn hóa và hệ thống chiếu sáng. Năm 2021, xã được công nhận đạt chuẩn nông thôn mới nâng cao.
Linh mục Giuse Nguyễn Văn Tài tâm sự: "Sống tốt đời, đẹp đạo là lời dạy của Hội Thánh, cũng là trách nhiệm của người công dân". Mỗi tháng 1 lần, linh mục cùng ông Nguyễn Hữu Thành, Chủ tịch UBND xã, và bà Nguyễn Thị Huyền, Chủ tịch Ủy ban MTTQ Việt Nam xã, ngồi lại trao đổi những vấn đề dân quan tâm. Nhờ vậy, 5 năm qua xã không có đơn thư vượt cấp liên quan đến tôn giáo.
Ông Nguyễn Đình Lợi, Trưởng Ban Dân vận Huyện ủy Yên Phong, cho biết huyện đã nhân rộng cách làm này theo Kế hoạch số 45-KH/HU ngày 10/3/2021 của Ban Thường vụ Huyện ủy về phát huy vai trò chức sắc tôn giáo trong xây dựng nông thôn mới, gắn với thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương và Kết luận số 114-KL/TW của Ban Bí thư. Đến nay toàn huyện có 12 giáo xứ, giáo họ đăng ký mô hình "Dân vận khéo", 9 mô hình được công nhận cấp huyện.
Trong đợt dịch Covid-19 năm 2021, giáo xứ Đông Xuyên đã trao 1.200 suất quà, mỗi suất trị giá 300.000 đồng, cho công nhân các khu công nghiệp lân cận và góp 150 triệu đồng vào Quỹ vắc-xin phòng Covid-19. Hội đồng mục vụ do ông Giuse Đỗ Văn Lực làm Chủ tịch đã vận động 96 thanh niên Công giáo tham gia đội tình nguyện hỗ trợ tiêm chủng.
Không chỉ ở Đông Tiến, cách làm ấy còn lan sang giáo họ Mẫn Xá ở xã Long Châu, nơi ông Nguyễn Văn Khoát, Trưởng thôn Mẫn Xá, cùng ban hành giáo vận động 37 hộ giáo dân di dời mồ mả để làm kênh tưới tiêu cho 45 ha lúa.
Năm 2022, Linh mục Giuse Nguyễn Văn Tài được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Thu Hằng
Tin cùng chuyên mục
- Người cựu binh hiến đất làm đường ở Thuận Thành (17/06/2022)
- Nữ Bí thư chi bộ thôn đảm đang ở Gia Bình (10/06/2022)
- Tổ hòa giải giỏi ở khu phố Đại Phúc (03/06/2022)
""", "2022-06-24", "Vị linh mục \"dân vận khéo\" ở vùng giáo Yên Phong",
E("khac", None, None),
[P("Giuse Nguyễn Văn Tài", "Linh mục", "Quản xứ giáo xứ Đông Xuyên", "Ủy viên Ủy ban MTTQ Việt Nam huyện Yên Phong"),
 P("Ngô Văn Hải", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Hữu Thành", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Huyền", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Đình Lợi", "Trưởng Ban Dân vận Huyện ủy Yên Phong"),
 P("Giuse Đỗ Văn Lực"),
 P("Nguyễn Văn Khoát", "Trưởng thôn Mẫn Xá")],
[Q("3 giáo họ", 3, "giáo họ"), Q("gần 2.900 giáo dân", 2900, "giáo dân", "approx"), Q("khoảng 28%", 28, "%", "approx"),
 Q("hơn 6.000 m2", 6000, "m2", "over"), Q("85 công trình, vật kiến trúc", 85, "công trình, vật kiến trúc"),
 Q("4,7 km", 4.7, "km"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("12 giáo xứ, giáo họ", 12, "giáo xứ, giáo họ"), Q("9 mô hình được công nhận cấp huyện", 9, "mô hình"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("96 thanh niên Công giáo", 96, "thanh niên Công giáo"),
 Q("37 hộ giáo dân", 37, "hộ giáo dân"), Q("45 ha", 45, "ha")],
[D("Kế hoạch", "45", "KH/HU", "2021-03-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 45-KH/HU ngày 10/3/2021"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Bắc Ninh"), com("Đông Tiến"), com("Long Châu")],
["BÁO BẮC NINH", "Xã hội > Người tốt - việc tốt",
 "Linh mục Giuse Nguyễn Văn Tài (giữa) cùng cán bộ xã kiểm tra tuyến đường mới. Ảnh: Thu Hằng", "Dân vận khéo",
 "Sống tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quỹ vắc-xin phòng Covid-19"],
["Thứ Sáu, 24/06/2022", "Gần 20 năm", "5 năm", "Mỗi tháng 1 lần", "Năm 2021", "Năm 2022", "Covid-19"]))
