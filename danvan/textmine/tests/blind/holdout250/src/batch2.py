from lib import *
PAGES = []

PAGES.append(page("b5963-soctrang-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban
Thứ Sáu, 07/06/2019
Đồng chí Thạch Ni chủ trì giao ban.
Kết luận giao ban khối dân vận tháng 5
Sáng 5/6/2019, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban khối dân vận tháng 5/2019 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và Ban Dân vận 11 huyện, thị, thành ủy. Đồng chí Thạch Ni, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Văn phòng Ban Dân vận Tỉnh ủy ban hành Thông báo số 61-TB/BDVTU ngày 6/6/2019 truyền đạt ý kiến kết luận của đồng chí Trưởng ban như sau:
1. Tình hình tháng 5/2019
Tình hình vùng đồng bào Khmer ổn định; 14 chùa Phật giáo Nam tông Khmer mở lớp dạy chữ Khmer hè cho 1.350 học sinh. Khối dân vận tham mưu sơ kết 1 năm thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, và Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy. Trong tháng, các địa phương tiếp nhận 3 vụ tranh chấp đất đai giữa các hộ dân; xảy ra 2 trường hợp tuyên truyền đạo trái phép ở xã Lai Hòa, đã được vận động chấm dứt. Hội Nông dân tỉnh giải ngân 6,5 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 312 hộ; Tỉnh Đoàn tổ chức ra quân chiến dịch thanh niên tình nguyện hè với khoảng 4.000 đoàn viên tham gia.
2. Hạn chế
Báo cáo của một số huyện gửi chậm; 2 huyện chưa xây dựng kế hoạch thực hiện Kế hoạch số 52-KH/BDVTU ngày 8/4/2019 của Ban Dân vận Tỉnh ủy về khảo sát dư luận xã hội.
3. Nhiệm vụ tháng 6/2019
- Chuẩn bị lễ Sene Đôlta cuối năm: đồng chí Lý Sa Phal, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, phối hợp Hòa thượng Kim Som Bát, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, thăm 92 chùa Khmer.
- Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Sơn Thị Sa Rết, Trần Văn Hiếu tham dự đối thoại tại xã Tham Đôn và xã Lai Hòa, nơi có 47 hộ chưa đồng thuận bàn giao mặt bằng dự án đê bao.
- Đồng chí Danh Thị Kiều, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, tổng hợp kết quả khảo sát 6 tháng, báo cáo Thường trực Tỉnh ủy trước ngày 25/6.
- Ban Dân vận các huyện đăng ký ít nhất 1 mô hình "Dân vận khéo" cấp tỉnh mỗi quý.
Đồng chí Trưởng ban nhấn mạnh tinh thần "nghe dân nói, nói dân hiểu, làm dân tin", yêu cầu cán bộ dân vận bám địa bàn, không để phát sinh điểm nóng trong mùa mưa, khi nhiều hộ đồng bào Khmer đi làm ăn xa. Giao ban tháng 6 dự kiến tổ chức ngày 3/7/2019 tại huyện Trần Đề.
Ban Dân vận Tỉnh ủy
Bài viết liên quan
- Giao ban khối dân vận tháng 4/2019 (08/05/2019)
- Sóc Trăng họp mặt 180 người có uy tín (22/04/2019)
- Tập huấn nghiệp vụ dân vận cho 120 cán bộ cơ sở (15/03/2019)
""", "2019-06-07", "Kết luận giao ban khối dân vận tháng 5",
E("giao_ban", "2019-05", "2019-06-05"),
[P("Thạch Ni", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sa Phal", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Kim Som Bát", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Sa Rết", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Kiều", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thị, thành ủy", 11, "huyện, thị, thành ủy"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("1.350 học sinh", 1350, "học sinh"), Q("3 vụ tranh chấp đất đai", 3, "vụ tranh chấp đất đai"),
 Q("2 trường hợp", 2, "trường hợp"), Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("312 hộ", 312, "hộ"),
 Q("khoảng 4.000 đoàn viên", 4000, "đoàn viên", "approx"), Q("2 huyện", 2, "huyện"), Q("92 chùa Khmer", 92, "chùa Khmer"),
 Q("47 hộ", 47, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Thông báo", "61", "TB/BDVTU", "2019-06-06", None, "Thông báo số 61-TB/BDVTU ngày 6/6/2019"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kế hoạch", "52", "KH/BDVTU", "2019-04-08", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU ngày 8/4/2019")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Tham Đôn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban", "Đồng chí Thạch Ni chủ trì giao ban.",
 "Dân vận khéo", "nghe dân nói, nói dân hiểu, làm dân tin", "Sene Đôlta", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Sáu, 07/06/2019", "tháng 5/2019", "tháng 6/2019", "1 năm", "6 tháng", "mỗi quý"]))

PAGES.append(page("b5964-daklak-bdv-taphuan-2019", """
Báo Đắk Lắk điện tử
Chính trị > Xây dựng Đảng
2019-09-26 16:40
Học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: H'Xíu
Nâng cao kỹ năng vận động quần chúng cho cán bộ dân vận cơ sở
Trong 2 ngày 24 và 25/9/2019, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức tập huấn nghiệp vụ công tác dân vận năm 2019 cho 210 học viên là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng các buôn vùng đồng bào dân tộc thiểu số. Đây là lớp thứ 2 trong 4 lớp theo Kế hoạch số 112-KH/BDVTU ngày 2/8/2019 của Ban Dân vận Tỉnh ủy.
Các học viên được nghe đồng chí Y Bhim Êban, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề về kỹ năng đối thoại với nhân dân và thực hiện Nghị định 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; bà H'Lim Niê, Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn nắm tình hình tư tưởng nhân dân, nhận diện hoạt động của tổ chức bất hợp pháp "Tin lành Đấng Christ". Thạc sĩ Nguyễn Quốc Bảo, giảng viên Trường Chính trị tỉnh, giới thiệu cách xây dựng mô hình "Dân vận khéo".
Tại lớp học, 16 ý kiến góp ý, chia sẻ kinh nghiệm. Ông Y Jôn Byă, Trưởng buôn Ea Bar, xã Cư Pơng, kể việc vận động 35 hộ trong buôn hiến hơn 2.000 m2 đất làm đường bê tông; bà H'Nhuê Mlô, Chủ tịch Hội LHPN xã Ea Tul, giới thiệu mô hình tiết kiệm giúp 28 phụ nữ vay vốn không lãi, tổng số tiền khoảng 140 triệu đồng.
Bế mạc lớp tập huấn, đồng chí Y Bhim Êban kết luận: năm 2019 toàn tỉnh có 186 mô hình "Dân vận khéo" được công nhận, trong đó 41 mô hình cấp tỉnh; tuy vậy vẫn còn 12 xã đặc biệt khó khăn chưa có mô hình. Ban Dân vận Tỉnh ủy đề nghị các huyện ủy rà soát, bố trí kinh phí tối thiểu 20 triệu đồng/xã cho hoạt động dân vận ở buôn, thực hiện nghiêm Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với cán bộ, đảng viên ở khu dân cư và Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy.
Theo kế hoạch, từ nay đến cuối năm Ban Dân vận Tỉnh ủy sẽ mở thêm 2 lớp cho cán bộ các huyện phía Nam và phía Đông của tỉnh, dự kiến khoảng 200 học viên. Ban cũng đề nghị các đồng chí Phó Bí thư Thường trực Huyện ủy: Ama Khoa (Krông Bông), Nguyễn Đình Sơn (Lắk) trực tiếp theo dõi việc mở lớp cho cán bộ buôn. Đồng chí Đinh Thị Mai Lan, Chánh Văn phòng Ban Dân vận Tỉnh ủy, được giao tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy.
H'Xíu
Tin cùng chuyên mục
- Đắk Lắk: ra mắt 5 mô hình "Dân vận khéo" vùng đồng bào (12/09/2019)
- Biểu dương 90 người có uy tín tiêu biểu (28/08/2019)
- Đối thoại với người dân buôn Kô Siêr (15/08/2019)
""", "2019-09-26", "Nâng cao kỹ năng vận động quần chúng cho cán bộ dân vận cơ sở",
E("tap_huan", "2019", "2019-09-24"),
[P("Y Bhim Êban", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("H'Lim Niê", "Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quốc Bảo", "Thạc sĩ", "giảng viên Trường Chính trị tỉnh"),
 P("Y Jôn Byă", "Trưởng buôn Ea Bar"),
 P("H'Nhuê Mlô", "Chủ tịch Hội LHPN xã Ea Tul"),
 P("Ama Khoa", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Đình Sơn", "Phó Bí thư Thường trực Huyện ủy"),
 P("Đinh Thị Mai Lan", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("210 học viên", 210, "học viên"), Q("4 lớp", 4, "lớp"), Q("16 ý kiến", 16, "ý kiến"), Q("35 hộ", 35, "hộ"),
 Q("hơn 2.000 m2", 2000, "m2", "over"), Q("28 phụ nữ", 28, "phụ nữ"), Q("khoảng 140 triệu đồng", 140000000, "đồng", "approx"),
 Q("186 mô hình", 186, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("12 xã đặc biệt khó khăn", 12, "xã đặc biệt khó khăn"), Q("tối thiểu 20 triệu đồng", 20000000, "đồng"),
 Q("2 lớp", 2, "lớp"), Q("khoảng 200 học viên", 200, "học viên", "approx")],
[D("Kế hoạch", "112", "KH/BDVTU", "2019-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 2/8/2019"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 04/2015/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Chính trị > Xây dựng Đảng", "Học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: H'Xíu",
 "Tin lành Đấng Christ", "Dân vận khéo", "Trường Chính trị tỉnh"],
["2019-09-26 16:40", "2 ngày", "lớp thứ 2", "năm 2019"]))

PAGES.append(page("b5965-quangnam-tu-baocao-2020", """
Quảng Nam Online - Báo Quảng Nam
Thời sự » Chính trị
18/12/2020 | 15:30
Thường trực Tỉnh ủy nghe báo cáo tình hình nhân dân vùng miền núi sau bão lũ
(QNO) - Chiều 16/12, Thường trực Tỉnh ủy Quảng Nam họp nghe Ban Dân vận Tỉnh ủy báo cáo tình hình nhân dân và kết quả công tác dân vận năm 2020, nhất là ở 9 huyện miền núi bị thiệt hại nặng trong các cơn bão số 9, số 13. Đồng chí Lê Văn Thành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì. Văn phòng Tỉnh ủy đã có Thông báo kết luận số 1152-TB/TU ngày 17/12/2020 về nội dung cuộc họp.
Đồng chí Alăng Thị Hoa báo cáo tại cuộc họp.
Theo báo cáo do đồng chí Alăng Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, trình bày, trong đợt mưa lũ cuối tháng 10 và tháng 11/2020, toàn tỉnh có 2.946 hộ phải di dời khẩn cấp, 57 căn nhà bị sập hoàn toàn; sạt lở làm 21 người chết và mất tích. Khối dân vận và Mặt trận đã tiếp nhận hơn 52 tỷ đồng tiền ủng hộ, khoảng 180 tấn hàng hóa, phân bổ kịp thời cho người dân; vận động 1.600 lượt đoàn viên, hội viên giúp dân dọn dẹp. Đồng bào Cơ Tu, Xơ Đăng đồng tình với chủ trương tái định cư, đã có 312 hộ đăng ký di dời đến nơi ở mới.
Tham gia ý kiến, đồng chí Zơrâm Bhơ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị có cơ chế hỗ trợ mỗi hộ tái định cư 60 triệu đồng; đồng chí Pơloong Dũng, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết tại xã Lăng và xã A Xan vẫn còn 43 hộ sống trong vùng có nguy cơ sạt lở.
Kết luận cuộc họp, đồng chí Lê Văn Thành thống nhất với báo cáo và yêu cầu:
- Ban Dân vận Tỉnh ủy chủ trì, phối hợp Ban Cán sự đảng UBND tỉnh tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về công tác vận động nhân dân tái định cư; tiếp tục thực hiện Nghị quyết số 18-NQ/TU ngày 10/6/2019 của Tỉnh ủy về phát triển kinh tế - xã hội miền núi.
- Ủy ban MTTQ Việt Nam tỉnh phân bổ công khai nguồn ủng hộ theo Thông tư số 03/2013/TT-BTC của Bộ Tài chính; không để xảy ra khiếu kiện.
- Các huyện ủy miền núi chỉ đạo hoàn thành 57 căn nhà cho các hộ bị sập nhà trước Tết Nguyên đán Tân Sửu; phấn đấu ít nhất 90% hộ dân vùng sạt lở được bố trí chỗ ở an toàn trong năm 2021.
- Giao đồng chí A Lăng Văn Nhớ, Phó Trưởng Ban Dân vận Tỉnh ủy, theo dõi, báo cáo kết quả hằng tháng.
Thường trực Tỉnh ủy cũng biểu dương 25 tập thể, 40 cá nhân xuất sắc trong cứu hộ, cứu nạn, đề nghị UBND tỉnh khen thưởng. Cũng tại cuộc họp, Thường trực Tỉnh ủy thống nhất tổ chức các đoàn công tác thăm, tặng quà Tết cho 1.200 hộ dân vùng lũ tại 6 huyện miền núi.
Văn Sự
Tin liên quan
- Tây Giang: khẩn trương tìm đất tái định cư (10/12/2020)
- MTTQ tỉnh trao 3 tỷ đồng hỗ trợ người dân vùng lũ (20/11/2020)
- Nam Trà My: sạt lở vùi lấp 2 thôn (30/10/2020)
""", "2020-12-18", "Thường trực Tỉnh ủy nghe báo cáo tình hình nhân dân vùng miền núi sau bão lũ",
E("bao_cao", "2020", "2020-12-16"),
[P("Lê Văn Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Alăng Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Zơrâm Bhơ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pơloong Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("A Lăng Văn Nhớ", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("2.946 hộ", 2946, "hộ"), Q("57 căn nhà", 57, "căn nhà"),
 Q("21 người", 21, "người"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("khoảng 180 tấn", 180, "tấn", "approx"),
 Q("1.600 lượt đoàn viên, hội viên", 1600, "lượt đoàn viên, hội viên"), Q("312 hộ", 312, "hộ"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("43 hộ", 43, "hộ"), Q("ít nhất 90%", 90, "%", "over"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân xuất sắc", 40, "cá nhân xuất sắc"),
 Q("1.200 hộ dân", 1200, "hộ dân"), Q("6 huyện miền núi", 6, "huyện miền núi")],
[D("Thông báo", "1152", "TB/TU", "2020-12-17", None, "Thông báo kết luận số 1152-TB/TU ngày 17/12/2020"),
 D("Nghị quyết", "18", "NQ/TU", "2019-06-10", "Tỉnh ủy", "Nghị quyết số 18-NQ/TU ngày 10/6/2019"),
 D("Thông tư", "03", "2013/TT-BTC", None, "Bộ Tài chính", "Thông tư số 03/2013/TT-BTC")],
[prov("Quảng Nam"), com("Lăng"), com("A Xan")],
["Quảng Nam Online - Báo Quảng Nam", "Thời sự » Chính trị", "(QNO)", "Đồng chí Alăng Thị Hoa báo cáo tại cuộc họp.",
 "Tết Nguyên đán Tân Sửu"],
["18/12/2020 | 15:30", "bão số 9", "số 13", "năm 2020", "năm 2021", "tháng 11/2020"]))

PAGES.append(page("b5966-thainguyen-tu-traoqua-2021", """
THÁI NGUYÊN ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Trang chủ > Chính trị > Tin tức
Ngày 29/01/2021 | 09:15
Đồng chí Hoàng Văn Quý trao quà cho hộ nghèo xã Phương Giao.
Lãnh đạo tỉnh thăm, chúc Tết, tặng quà đồng bào xã Phương Giao và xã Bình Yên
Ngày 27/1, đoàn công tác của tỉnh do đồng chí Hoàng Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các gia đình chính sách, hộ nghèo tại xã Phương Giao, huyện Võ Nhai và xã Bình Yên, huyện Định Hóa nhân dịp Tết Nguyên đán Tân Sửu 2021. Cùng đi có đồng chí Nông Thị Lan, Phó Chủ tịch Ủy ban MTTQ tỉnh và đồng chí La Văn Thắm, Phó Chủ tịch Hội Cựu chiến binh tỉnh.
Tại xã Phương Giao, đoàn trao 150 suất quà Tết cho hộ nghèo, hộ cận nghèo, mỗi suất gồm 500.000 đồng tiền mặt và hàng hóa thiết yếu; tặng 20 suất học bổng cho học sinh có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng. Tại xã Bình Yên, đoàn thăm 6 gia đình thương binh, liệt sĩ và trao 100 suất quà do các doanh nghiệp tài trợ, tổng trị giá gần 90 triệu đồng.
Làm việc với Đảng ủy xã Phương Giao, đồng chí Triệu Thị Hồng, Bí thư Đảng ủy xã, báo cáo: năm 2020 xã có 1.126 hộ, trong đó 318 hộ nghèo, chiếm 28,2%; người dân đã hiến trên 6.000 m2 đất xây dựng 9 km đường bê tông liên xóm. Xã thực hiện tốt Chỉ thị 08, 09-CT/HU của Ban Thường vụ Huyện ủy Võ Nhai về vận động đồng bào Dao, Mông định canh định cư và Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số.
Kết luận buổi làm việc, đồng chí Hoàng Văn Quý ghi nhận sự cố gắng của xã; đề nghị Đảng ủy xã tiếp tục vận động nhân dân thực hiện Kế hoạch số 214-KH/TU ngày 12/10/2020 của Tỉnh ủy về xây dựng nông thôn mới vùng đặc biệt khó khăn; phấn đấu năm 2021 giảm ít nhất 5% hộ nghèo, không để người dân nào thiếu đói trong dịp Tết. Đồng chí cũng lưu ý thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19 khi tổ chức lễ hội đầu xuân.
Ông Đàm Văn Lợi, người có uy tín xóm Khe Rạc, thay mặt bà con cảm ơn đoàn và hứa vận động 48 hộ trong xóm giữ gìn an ninh trật tự, không nghe theo kẻ xấu truyền đạo trái phép.
Dịp này, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh trao tổng cộng 500 suất quà Tết cho hộ nghèo tại 5 xã vùng cao của tỉnh. Năm 2020, Ban Dân vận Tỉnh ủy đã phối hợp vận động các nhà hảo tâm ủng hộ trên 2,3 tỷ đồng xây dựng 45 nhà Đại đoàn kết.
Thu Hằng
Tin liên quan
- Trao 1.000 suất quà Tết cho công nhân lao động (25/01/2021)
- Định Hóa: vận động nhân dân hiến đất làm đường (12/01/2021)
- Võ Nhai đối thoại với người có uy tín (30/12/2020)
""", "2021-01-29", "Lãnh đạo tỉnh thăm, chúc Tết, tặng quà đồng bào xã Phương Giao và xã Bình Yên",
E("trao_qua", None, "2021-01-27"),
[P("Hoàng Văn Quý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("La Văn Thắm", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Triệu Thị Hồng", "Bí thư Đảng ủy xã"),
 P("Đàm Văn Lợi", "người có uy tín xóm Khe Rạc")],
[Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("6 gia đình thương binh, liệt sĩ", 6, "gia đình thương binh, liệt sĩ"),
 Q("100 suất quà", 100, "suất quà"), Q("gần 90 triệu đồng", 90000000, "đồng", "approx"), Q("1.126 hộ", 1126, "hộ"),
 Q("318 hộ nghèo", 318, "hộ nghèo"), Q("28,2%", 28.2, "%"), Q("trên 6.000 m2", 6000, "m2", "over"), Q("9 km", 9, "km"),
 Q("ít nhất 5%", 5, "%", "over"), Q("48 hộ", 48, "hộ"), Q("500 suất quà", 500, "suất quà"), Q("5 xã vùng cao", 5, "xã vùng cao"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("45 nhà Đại đoàn kết", 45, "nhà Đại đoàn kết")],
[D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy Võ Nhai", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy Võ Nhai", "Chỉ thị 08, 09-CT/HU"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Kế hoạch", "214", "KH/TU", "2020-10-12", "Tỉnh ủy", "Kế hoạch số 214-KH/TU ngày 12/10/2020")],
[prov("Thái Nguyên"), com("Phương Giao"), com("Bình Yên")],
["THÁI NGUYÊN ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên", "Trang chủ > Chính trị > Tin tức",
 "Đồng chí Hoàng Văn Quý trao quà cho hộ nghèo xã Phương Giao.", "Tết Nguyên đán Tân Sửu 2021", "Covid-19"],
["Ngày 29/01/2021 | 09:15", "năm 2020", "năm 2021", "Covid-19"]))

PAGES.append(page("b5967-kiengiang-bdv-hoinghi-2021", """
Báo Kiên Giang Online
Chính trị - Thời sự | Dân tộc - Tôn giáo
Cập nhật lúc 17:20 ngày 08/10/2021
Quang cảnh hội nghị tại điểm cầu tỉnh.
Thông báo kết luận Hội nghị gặp mặt người có uy tín, chức sắc tôn giáo Khmer năm 2021
Ngày 6/10/2021, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp Ban Dân tộc tỉnh tổ chức Hội nghị gặp mặt người có uy tín, chức sắc tôn giáo trong đồng bào Khmer năm 2021 theo hình thức trực tuyến tại 15 điểm cầu huyện, thành phố với 246 đại biểu. Đồng chí Danh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Ngày 7/10, Ban Dân vận Tỉnh ủy ban hành Thông báo số 88-TB/BDVTU ngày 7/10/2021 kết luận hội nghị.
Theo đánh giá, năm 2021 người có uy tín và sư sãi 76 chùa Khmer đã tích cực vận động bà con chấp hành các biện pháp phòng, chống dịch Covid-19; các chùa tiếp nhận, trao 12.400 phần quà cho hộ khó khăn do dịch, trị giá khoảng 3,1 tỷ đồng. Người có uy tín đã tham gia hòa giải thành 27 vụ việc mâu thuẫn trong cộng đồng; vận động 134 hộ đồng bào Khmer chuyển đổi cây trồng. Tỷ lệ hộ nghèo đồng bào Khmer giảm còn 4,7%.
Tại hội nghị, Hòa thượng Danh Lung, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, kiến nghị hỗ trợ sửa chữa 9 trường dạy chữ Khmer ở chùa; ông Danh Sóc Hoa, người có uy tín ấp Xẻo Cạn, xã Vĩnh Hòa Hiệp, đề nghị nạo vét kênh nội đồng; bà Thị Sà Phon, người có uy tín ấp Kinh Tư, xã Thạnh Lộc, phản ánh 18 hộ chưa có đất sản xuất.
Thay mặt UBND tỉnh, các đồng chí Giám đốc Sở Nông nghiệp và Phát triển nông thôn Trần Minh Luân, Trưởng Ban Dân tộc tỉnh Danh Thị Ngọc Hân trả lời trực tiếp 11 ý kiến. Đồng chí Danh Thị Ngọc Hân cho biết tỉnh đang triển khai Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, dự kiến hỗ trợ đất sản xuất cho trên 300 hộ.
Kết luận hội nghị, đồng chí Danh Út đề nghị người có uy tín tiếp tục tuyên truyền Chỉ thị 19-CT/TW của Ban Bí thư và Kế hoạch 95, 96-KH/TU của Ban Thường vụ Tỉnh ủy; giao đồng chí Lâm Thanh Trúc, Phó Trưởng Ban Dân vận Tỉnh ủy, phối hợp Ban Dân tộc tỉnh tổng hợp, chuyển các ý kiến chưa trả lời đến cơ quan chức năng trước ngày 30/10/2021.
Hội nghị đã khen thưởng 30 người có uy tín tiêu biểu; mỗi người được tặng giấy khen và 1 triệu đồng tiền thưởng. Năm 2021, toàn tỉnh có 2.150 người có uy tín trong đồng bào Khmer được hưởng chính sách theo quy định.
Thanh Ngân
Tin liên quan
- Gò Quao trao 200 phần quà cho đồng bào Khmer (28/09/2021)
- Kiên Giang hỗ trợ 5.000 túi an sinh vùng phong tỏa (15/08/2021)
- Hòn Đất: sư sãi chung tay phòng chống dịch (02/08/2021)
""", "2021-10-08", "Thông báo kết luận Hội nghị gặp mặt người có uy tín, chức sắc tôn giáo Khmer năm 2021",
E("hoi_nghi", "2021", "2021-10-06"),
[P("Danh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Lung", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Sóc Hoa", "người có uy tín ấp Xẻo Cạn"),
 P("Thị Sà Phon", "người có uy tín ấp Kinh Tư"),
 P("Trần Minh Luân", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Danh Thị Ngọc Hân", "Trưởng Ban Dân tộc tỉnh"),
 P("Lâm Thanh Trúc", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15 điểm cầu huyện, thành phố", 15, "điểm cầu huyện, thành phố"), Q("246 đại biểu", 246, "đại biểu"),
 Q("76 chùa Khmer", 76, "chùa Khmer"), Q("12.400 phần quà", 12400, "phần quà"),
 Q("khoảng 3,1 tỷ đồng", 3100000000, "đồng", "approx"), Q("27 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"),
 Q("134 hộ đồng bào Khmer", 134, "hộ đồng bào Khmer"), Q("4,7%", 4.7, "%"), Q("9 trường dạy chữ Khmer", 9, "trường dạy chữ Khmer"),
 Q("18 hộ", 18, "hộ"), Q("11 ý kiến", 11, "ý kiến"), Q("trên 300 hộ", 300, "hộ", "over"),
 Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("2.150 người có uy tín", 2150, "người có uy tín")],
[D("Thông báo", "88", "TB/BDVTU", "2021-10-07", None, "Thông báo số 88-TB/BDVTU ngày 7/10/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "95", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 95, 96-KH/TU"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 95, 96-KH/TU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp"), com("Thạnh Lộc")],
["Báo Kiên Giang Online", "Chính trị - Thời sự | Dân tộc - Tôn giáo", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Cập nhật lúc 17:20 ngày 08/10/2021", "năm 2021", "Covid-19"]))

PAGES.append(page("b5968-dienbien-mttq-tongket-2022", """
ĐIỆN BIÊN PHỦ ONLINE
Hôm nay: Thứ Sáu, 30/12/2022
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 23/12/2022 - 14:50
Toàn cảnh hội nghị. Ảnh: Quang Long
Điện Biên: Mặt trận triển khai nhiệm vụ năm 2023
(ĐBP) - Ngày 21/12/2022, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai chương trình phối hợp và thống nhất hành động năm 2023. Đồng chí Lò Thị Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì và kết luận hội nghị.
Năm 2022, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 14,2 tỷ đồng, hỗ trợ xây mới, sửa chữa 712 căn nhà cho hộ nghèo; phối hợp tổ chức 243 cuộc giám sát, 38 hội nghị phản biện xã hội. Toàn tỉnh có 1.615/1.643 khu dân cư đạt danh hiệu "Khu dân cư văn hóa", chiếm 98,3%. Trong năm, Ban Thường trực Ủy ban MTTQ tỉnh tiếp nhận 64 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 59 đơn. Mặt trận đã tham gia thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ và Chương trình hành động số 31-CTr/TU ngày 8/3/2022 của Tỉnh ủy về phát triển vùng đồng bào dân tộc thiểu số.
Tại hội nghị, các đại biểu đã nghe 7 tham luận. Ông Giàng A Chu, Chủ tịch Ủy ban MTTQ xã Na Sang, chia sẻ cách vận động 56 hộ đồng bào Mông thoát nghèo bền vững; bà Vàng Thị Dua, người có uy tín bản Huổi Lèng, xã Pa Thơm, kể việc vận động 3 hộ tái di cư tự do trở về bản.
Phát biểu kết luận, đồng chí Lò Thị Khiêm nêu rõ năm 2023 Mặt trận các cấp cần tập trung thực hiện Kết luận 68, 69-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động Mặt trận ở cơ sở và Nghị quyết 43-NQ/TW của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; phấn đấu hoàn thành 1.000 căn nhà Đại đoàn kết trong năm; mỗi huyện có ít nhất 2 mô hình "Dân vận khéo" gắn với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đồng chí đề nghị các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quàng Văn Ơn, Mùa A Sình phụ trách các huyện vùng cao biên giới; đồng chí Sùng A Páo, HUV, Chủ tịch Ủy ban MTTQ huyện Mường Nhé, phối hợp Bộ đội Biên phòng nắm tình hình các nhóm đạo lạ như "Giê Sù Pa Nhai".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 22 tập thể và 35 cá nhân; trao 50 suất quà cho hộ nghèo huyện Điện Biên Đông, mỗi suất 1 triệu đồng.
Quang Long
Lượt xem: 2.318
Tin liên quan
- Tuần Giáo: tổng kết công tác Mặt trận năm 2022 (20/12/2022)
- Mặt trận tỉnh khánh thành 15 căn nhà Đại đoàn kết (10/12/2022)
- Ngày hội Đại đoàn kết tại bản Phiêng Ban (18/11/2022)
""", "2022-12-23", "Điện Biên: Mặt trận triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2022-12-21"),
[P("Lò Thị Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Chu", "Chủ tịch Ủy ban MTTQ xã Na Sang"),
 P("Vàng Thị Dua", "người có uy tín bản Huổi Lèng"),
 P("Quàng Văn Ơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Mùa A Sình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Páo", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mường Nhé")],
[Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"), Q("712 căn nhà", 712, "căn nhà"), Q("243 cuộc giám sát", 243, "cuộc giám sát"),
 Q("38 hội nghị phản biện xã hội", 38, "hội nghị phản biện xã hội"), Q("1.615/1.643 khu dân cư", 1615, "khu dân cư"),
 Q("98,3%", 98.3, "%"), Q("64 đơn thư", 64, "đơn thư"), Q("59 đơn", 59, "đơn"), Q("7 tham luận", 7, "tham luận"), Q("56 hộ", 56, "hộ"), Q("3 hộ tái di cư tự do", 3, "hộ tái di cư tự do"),
 Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("22 tập thể", 22, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Chương trình hành động", "31", "CTr/TU", "2022-03-08", "Tỉnh ủy", "Chương trình hành động số 31-CTr/TU ngày 8/3/2022"),
 D("Kết luận", "68", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Kết luận", "69", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Nghị quyết", "43", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 43-NQ/TW")],
[prov("Điện Biên"), com("Na Sang"), com("Pa Thơm")],
["ĐIỆN BIÊN PHỦ ONLINE", "Hôm nay: Thứ Sáu, 30/12/2022", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị. Ảnh: Quang Long", "(ĐBP)", "Vì người nghèo", "Khu dân cư văn hóa", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Giê Sù Pa Nhai", "Lượt xem: 2.318"],
["Thứ Sáu, 23/12/2022 - 14:50", "Hôm nay: Thứ Sáu, 30/12/2022", "năm 2022", "năm 2023", "Lượt xem: 2.318"]))
