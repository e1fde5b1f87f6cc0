from lib import *
PAGES = []

PAGES.append(page("b9443-bentre-tinhdoan-giaoban-q1-2015", """
BÁO ĐỒNG KHỞI ONLINE - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre
Chính trị :: Đoàn thể
03.04.2015 | 15:30
Quang cảnh buổi giao ban.
Tháng Thanh niên 2015: hoàn thành 1.650 phần việc thanh niên
Ngày 2/4, Ban Thường vụ Tỉnh đoàn Bến Tre tổ chức giao ban công tác Đoàn quý I/2015 với các huyện, thành đoàn và đoàn trực thuộc, đánh giá kết quả Tháng Thanh niên năm 2015. Phó Bí thư Tỉnh đoàn Huỳnh Quang Triều chủ trì buổi giao ban.
Theo báo cáo, thực hiện Kế hoạch số 120-KH/TĐTN ngày 10/2/2015 của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn đã hoàn thành 1.650 phần việc thanh niên, tập trung vào ngày "Chủ nhật xanh", xây dựng nông thôn mới và chăm lo an sinh xã hội. Đoàn viên, thanh niên đã thu gom 85 tấn rác thải, trồng 12.000 cây xanh, nạo vét 26 km kênh mương; hiến 215 đơn vị máu; trao 6 căn nhà nhân ái, mỗi căn trị giá 40 triệu đồng, cho thanh niên nghèo ở các huyện biển.
Công tác phát triển đoàn viên có chuyển biến: trong quý, toàn tỉnh kết nạp 860 đoàn viên mới, trong đó có 112 đoàn viên là công nhân các khu công nghiệp Giao Long, An Hiệp. Các cấp bộ Đoàn phối hợp cấp ủy, chính quyền tổ chức 14 buổi đối thoại giữa lãnh đạo địa phương với thanh niên, tiếp nhận 96 ý kiến, chủ yếu về việc làm, vốn vay và xâm nhập mặn.
Tại buổi giao ban, Bí thư Huyện đoàn Ba Tri Lê Hoàng Nam cho biết huyện đoàn đã vận động 40 thanh niên ở xã An Thủy thành lập tổ hợp tác nuôi nghêu, được Ngân hàng Chính sách xã hội cho vay 500 triệu đồng. Đồng chí Trần Thị Kim Thoa, Bí thư Huyện đoàn Thạnh Phú, kiến nghị Tỉnh đoàn sớm hướng dẫn các đội hình tình nguyện hè hỗ trợ người dân xã Thạnh Phong trữ nước ngọt mùa khô.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bé Mười, Bí thư Tỉnh đoàn, đề nghị các cơ sở Đoàn tập trung quán triệt Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; chuẩn bị chu đáo Chiến dịch Thanh niên tình nguyện hè năm 2015 và các hoạt động "Tiếp sức mùa thi".
Quý II, Tỉnh đoàn giao các huyện đoàn xây dựng ít nhất 1 công trình thanh niên cấp huyện gắn với xây dựng nông thôn mới; Hội Liên hiệp Thanh niên Việt Nam tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức ngày hội việc làm cho thanh niên. Đồng chí Phan Văn Tuấn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh, thông tin dự kiến có 30 doanh nghiệp tham gia tuyển dụng với khoảng 2.000 chỉ tiêu.
Bảo Trân
Lượt đọc: 934
Tin cùng chuyên mục
- Thạnh Phú: ra mắt tổ hợp tác thanh niên nuôi tôm (28/03/2015)
- Tuyên dương 84 thanh niên tiêu biểu năm 2014 (25/03/2015)
- Ra quân ngày "Chủ nhật xanh" tại Giồng Trôm (15/03/2015)
- Hội thi tìm hiểu lịch sử Đoàn (10/03/2015)
""", "2015-04-03", "Tháng Thanh niên 2015: hoàn thành 1.650 phần việc thanh niên",
E("giao_ban", "2015-Q1", "2015-04-02"),
[P("Huỳnh Quang Triều", "Phó Bí thư Tỉnh đoàn"), P("Lê Hoàng Nam", "Bí thư Huyện đoàn Ba Tri"),
 P("Trần Thị Kim Thoa", "Bí thư Huyện đoàn Thạnh Phú"), P("Nguyễn Thị Bé Mười", "Bí thư Tỉnh đoàn"),
 P("Phan Văn Tuấn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh")],
[Q("1.650 phần việc thanh niên", 1650, "phần việc thanh niên"), Q("85 tấn", 85, "tấn"), Q("12.000 cây xanh", 12000, "cây xanh"),
 Q("26 km", 26, "km"), Q("215 đơn vị máu", 215, "đơn vị máu"), Q("6 căn nhà nhân ái", 6, "căn nhà nhân ái"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("860 đoàn viên mới", 860, "đoàn viên mới"), Q("112 đoàn viên", 112, "đoàn viên"),
 Q("14 buổi đối thoại", 14, "buổi đối thoại"), Q("96 ý kiến", 96, "ý kiến"), Q("40 thanh niên", 40, "thanh niên"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("30 doanh nghiệp", 30, "doanh nghiệp"),
 Q("khoảng 2.000 chỉ tiêu", 2000, "chỉ tiêu", "approx")],
[D("Kế hoạch", "120", "KH/TĐTN", "2015-02-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 120-KH/TĐTN ngày 10/2/2015"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Bến Tre"), com("An Thủy"), com("Thạnh Phong")],
["BÁO ĐỒNG KHỞI ONLINE - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre", "Chính trị :: Đoàn thể",
 "Quang cảnh buổi giao ban.", "Chủ nhật xanh", "Tiếp sức mùa thi", "Lượt đọc: 934"],
["03.04.2015 | 15:30", "quý I/2015", "năm 2015", "ít nhất 1 công trình", "Lượt đọc: 934"]))

PAGES.append(page("b9444-laocai-bithu-doithoai-thanhnien-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ / Tin tức - Sự kiện / Tin trong tỉnh
Ngày đăng 28/03/2016 | 14:20
Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp
Chiều 26/3, nhân kỷ niệm 85 năm Ngày thành lập Đoàn, Tỉnh đoàn Lào Cai tổ chức diễn đàn "Thanh niên Lào Cai với khởi nghiệp" - buổi đối thoại giữa đồng chí Bí thư Tỉnh ủy với đoàn viên, thanh niên năm 2016. Hơn 300 đoàn viên, thanh niên các dân tộc Mông, Dao, Giáy, Hà Nhì, Tày đến dự.
Đồng chí Lê Văn Thuận, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì đối thoại. Cùng tham gia trả lời có Phó Chủ tịch UBND tỉnh Giàng Seo Lử, Giám đốc Sở Kế hoạch và Đầu tư Vũ Minh Hải và lãnh đạo các sở Nông nghiệp và Phát triển nông thôn, Văn hóa, Thể thao và Du lịch.
Bí thư Tỉnh ủy Lê Văn Thuận trao đổi với thanh niên. Ảnh: Ngọc Bích
Theo đồng chí Hoàng Thị Hạnh Nguyên, Bí thư Tỉnh đoàn, năm 2015 các cấp bộ Đoàn đã hỗ trợ 127 dự án phát triển kinh tế của thanh niên, giúp 9 mô hình kinh tế tiêu biểu tiếp cận 3,5 tỷ đồng vốn vay; tuy nhiên nhiều thanh niên vùng cao còn thiếu kiến thức thị trường, ngại đi xa học nghề.
Tại diễn đàn, 36 câu hỏi đã được gửi tới lãnh đạo tỉnh. Anh Thào A Sáng, Bí thư Chi đoàn thôn Sín Chải, xã Tả Van, đề xuất tỉnh có cơ chế cho thanh niên làm du lịch cộng đồng được vay vốn cải tạo nhà ở thành nhà nghỉ homestay. Chị Tẩn Thị Mẩy, Giám đốc Hợp tác xã thổ cẩm Tả Phìn, mong được hỗ trợ đưa sản phẩm thêu của người Dao đỏ ra thị trường nước ngoài. Anh Chu Văn Xá, người Hà Nhì ở xã Y Tý, hỏi về chính sách hỗ trợ giống chè Shan tuyết và đường vào vùng nguyên liệu.
Trả lời các ý kiến, Phó Chủ tịch UBND tỉnh Giàng Seo Lử cho biết tỉnh đang xây dựng Đề án số 05-ĐA/TU của Tỉnh ủy về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới, trong đó ưu tiên 20 thôn, bản có tiềm năng. Giám đốc Sở Kế hoạch và Đầu tư Vũ Minh Hải thông tin từ năm 2016, tỉnh sẽ dành khoảng 2 tỷ đồng mỗi năm cho Quỹ hỗ trợ thanh niên khởi nghiệp, mức vay tối đa 100 triệu đồng/dự án.
Kết luận buổi đối thoại, Bí thư Tỉnh ủy Lê Văn Thuận ghi nhận những ý tưởng táo bạo của thanh niên; yêu cầu các sở, ngành trả lời bằng văn bản các câu hỏi còn lại trong 15 ngày; giao Tỉnh đoàn tham mưu Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết số 08-NQ/TU ngày 15/1/2016 của Tỉnh ủy về công tác thanh niên trong tình hình mới và triển khai Kế hoạch số 67-KH/TĐTN ngày 1/3/2016 của Ban Thường vụ Tỉnh đoàn về hỗ trợ thanh niên khởi nghiệp giai đoạn 2016 - 2020.
Dịp này, Tỉnh đoàn trao 10 suất vốn hỗ trợ, mỗi suất 20 triệu đồng cho các dự án khởi nghiệp của thanh niên dân tộc thiểu số.
Thu Hằng
Tin liên quan
- Bát Xát: ra quân Tháng Thanh niên năm 2016 (05/03/2016)
- Sa Pa: thanh niên làm du lịch cộng đồng (22/02/2016)
- Tỉnh đoàn tổng kết công tác năm 2015 (25/12/2015)
""", "2016-03-28", "Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp",
E("doi_thoai", "2016", "2016-03-26"),
[P("Lê Văn Thuận", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"), P("Giàng Seo Lử", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Minh Hải", "Giám đốc Sở Kế hoạch và Đầu tư"), P("Hoàng Thị Hạnh Nguyên", "Bí thư Tỉnh đoàn"),
 P("Thào A Sáng", "Bí thư Chi đoàn thôn Sín Chải"), P("Tẩn Thị Mẩy", "Giám đốc Hợp tác xã thổ cẩm Tả Phìn"),
 P("Chu Văn Xá")],
[Q("Hơn 300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên", "over"), Q("127 dự án", 127, "dự án"),
 Q("9 mô hình kinh tế tiêu biểu", 9, "mô hình kinh tế tiêu biểu"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("36 câu hỏi", 36, "câu hỏi"), Q("20 thôn, bản", 20, "thôn, bản"),
 Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("10 suất vốn hỗ trợ", 10, "suất vốn hỗ trợ"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Đề án", "05", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 05-ĐA/TU"),
 D("Nghị quyết", "08", "NQ/TU", "2016-01-15", "Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 15/1/2016"),
 D("Kế hoạch", "67", "KH/TĐTN", "2016-03-01", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 67-KH/TĐTN ngày 1/3/2016")],
[prov("Lào Cai"), com("Tả Van"), com("Tả Phìn"), com("Y Tý")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Trang chủ / Tin tức - Sự kiện / Tin trong tỉnh",
 "Bí thư Tỉnh ủy Lê Văn Thuận trao đổi với thanh niên. Ảnh: Ngọc Bích", "Thanh niên Lào Cai với khởi nghiệp",
 "Quỹ hỗ trợ thanh niên khởi nghiệp"],
["Ngày đăng 28/03/2016 | 14:20", "85 năm", "năm 2016", "năm 2015", "15 ngày", "giai đoạn 2016 - 2020"]))

PAGES.append(page("b9445-binhduong-tongket-muahexanh-2017", """
BÁO BÌNH DƯƠNG ONLINE
Xã hội › Đoàn - Hội
21/08/2017 - 17:05
Đồng chí Trương Thanh Tùng trao bằng khen cho các đội hình xuất sắc.
Mùa hè xanh 2017: để lại 86 công trình, phần việc cho địa phương
(BDO) Tối 19/8, tại Trung tâm Hội nghị tỉnh, Tỉnh đoàn phối hợp Hội Sinh viên Việt Nam tỉnh Bình Dương tổ chức lễ tổng kết Chiến dịch tình nguyện "Mùa hè xanh" năm 2017. Tham dự có đồng chí Trương Thanh Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Võ Thị Ngọc Yến, Bí thư Tỉnh đoàn.
Chiến dịch năm nay được triển khai theo Hướng dẫn số 73-HD/TWĐTN-PT của Ban Bí thư Trung ương Đoàn và Kế hoạch số 215-KH/TĐTN ngày 25/5/2017 của Ban Thường vụ Tỉnh đoàn. Trong gần 2 tháng, 37 đội hình với 1.850 chiến sĩ tình nguyện đến từ 9 trường đại học, cao đẳng đã hoạt động tại 24 xã, phường của 4 huyện Dầu Tiếng, Phú Giáo, Bắc Tân Uyên, Bàu Bàng.
Các chiến sĩ đã thực hiện 86 công trình, phần việc với tổng giá trị hơn 3,2 tỷ đồng, nổi bật là bê tông hóa 4,5 km đường giao thông nông thôn, sửa chữa 14 căn nhà tình thương, lắp 120 bóng đèn chiếu sáng đường quê. Các lớp học hè đã thu hút 1.200 lượt thiếu nhi; đội hình y tế khám bệnh, phát thuốc cho 2.400 lượt người dân. Đội hình "Tiếp sức mùa thi" hỗ trợ 6.300 thí sinh và người nhà trong kỳ thi THPT quốc gia.
Chia sẻ tại lễ tổng kết, anh Phạm Minh Khôi, Đội trưởng đội hình tình nguyện Trường Đại học Thủ Dầu Một, kể: ở xã Minh Thạnh, đội đã cùng người dân mở 1,2 km đường ra khu sản xuất; bà con góp công, góp đất, sinh viên góp sức. Bà Ngô Thị Liên, Phó Chủ tịch UBND xã Tân Định, cảm ơn các chiến sĩ đã giúp xã hoàn thành tiêu chí giao thông, tiến gần hơn tới đích nông thôn mới.
Phát biểu tại buổi lễ, đồng chí Trương Thanh Tùng đánh giá cao tinh thần tình nguyện của sinh viên; đề nghị Tỉnh đoàn duy trì sự gắn kết giữa các đội hình với địa phương sau chiến dịch, phát huy vai trò của sinh viên trong tuyên truyền Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Đồng chí Nguyễn Trường Giang, Chủ tịch Hội Sinh viên Việt Nam tỉnh, cho biết năm nay lần đầu tiên Hội thí điểm đội hình tình nguyện tại phường Chánh Phú Hòa với nội dung phổ cập kỹ năng sử dụng máy tính cho công nhân nhà trọ.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 20 tập thể và 45 cá nhân có thành tích xuất sắc trong chiến dịch.
Thanh Hương
Tin liên quan
- Sinh viên tình nguyện giúp dân Phú Giáo làm đường (02/08/2017)
- Trao 100 suất học bổng cho con công nhân (28/07/2017)
- Ra quân "Tiếp sức mùa thi" năm 2017 (20/06/2017)
""", "2017-08-21", "Mùa hè xanh 2017: để lại 86 công trình, phần việc cho địa phương",
E("tong_ket", "2017", "2017-08-19"),
[P("Trương Thanh Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Võ Thị Ngọc Yến", "Bí thư Tỉnh đoàn"),
 P("Phạm Minh Khôi", "Đội trưởng đội hình tình nguyện Trường Đại học Thủ Dầu Một"),
 P("Ngô Thị Liên", "Phó Chủ tịch UBND xã Tân Định"),
 P("Nguyễn Trường Giang", "Chủ tịch Hội Sinh viên Việt Nam tỉnh")],
[Q("86 công trình, phần việc", 86, "công trình, phần việc"), Q("37 đội hình", 37, "đội hình"),
 Q("1.850 chiến sĩ tình nguyện", 1850, "chiến sĩ tình nguyện"), Q("9 trường đại học, cao đẳng", 9, "trường đại học, cao đẳng"),
 Q("24 xã, phường", 24, "xã, phường"), Q("4 huyện", 4, "huyện"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("4,5 km", 4.5, "km"), Q("14 căn nhà tình thương", 14, "căn nhà tình thương"),
 Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"), Q("1.200 lượt thiếu nhi", 1200, "lượt thiếu nhi"),
 Q("2.400 lượt người dân", 2400, "lượt người dân"), Q("6.300 thí sinh", 6300, "thí sinh"), Q("1,2 km", 1.2, "km"),
 Q("20 tập thể", 20, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Hướng dẫn", "73", "HD/TWĐTN-PT", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 73-HD/TWĐTN-PT"),
 D("Kế hoạch", "215", "KH/TĐTN", "2017-05-25", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN ngày 25/5/2017"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Bình Dương"), com("Minh Thạnh"), com("Tân Định"), com("Chánh Phú Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Xã hội › Đoàn - Hội", "Đồng chí Trương Thanh Tùng trao bằng khen cho các đội hình xuất sắc.",
 "(BDO)", "Mùa hè xanh", "Tiếp sức mùa thi", "Trung tâm Hội nghị tỉnh"],
["21/08/2017 - 17:05", "năm 2017", "gần 2 tháng", "lần đầu tiên"]))

PAGES.append(page("b9446-thuathienhue-daihoi-doan-2017", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội » Đoàn thể
Thứ Bảy, 14/10/2017 - 07:45
Đại hội Đoàn tỉnh lần thứ XV thành công tốt đẹp
Sau 2 ngày làm việc (12 - 13/10), Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thừa Thiên Huế lần thứ XV, nhiệm kỳ 2017 - 2022 đã bế mạc. 280 đại biểu chính thức thay mặt cho hơn 68.000 đoàn viên trong toàn tỉnh về dự.
Ban Chấp hành Tỉnh đoàn khóa XV ra mắt đại hội. Ảnh: Đức Quang
Dự và chỉ đạo đại hội có đồng chí Đoàn Minh Quân, Bí thư Trung ương Đoàn; đồng chí Trần Hữu Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ 2012 - 2017, các cấp bộ Đoàn đã tổ chức hơn 2.300 đội hình thanh niên tình nguyện, thực hiện 645 công trình thanh niên với tổng trị giá trên 38 tỷ đồng; giới thiệu việc làm cho 14.500 thanh niên; kết nạp 36.800 đoàn viên mới. Các chiến dịch "Mùa hè xanh", "Xuân tình nguyện", "Hành quân xanh" được duy trì đều đặn, để lại dấu ấn ở các xã miền núi A Lưới, Nam Đông và vùng đầm phá.
Thảo luận tại đại hội, đồng chí Hồ Thị Thu Hiền, Bí thư Huyện đoàn A Lưới, chia sẻ cách làm của tuổi trẻ vùng cao trong vận động thanh niên Tà Ôi, Cơ Tu bỏ hủ tục, phát triển mô hình trồng cây dược liệu. Đại biểu Nguyễn Văn Lợi, Bí thư Đoàn phường Phú Hội, đề xuất đưa hoạt động tình nguyện gắn với bảo tồn di sản Cố đô.
Phát biểu chỉ đạo, đồng chí Đoàn Minh Quân đề nghị Tỉnh đoàn tiếp tục thực hiện hiệu quả Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư; lấy địa bàn dân cư làm trọng tâm, đổi mới nội dung, phương thức hoạt động để thu hút đoàn viên. Đồng chí Trần Hữu Nghĩa yêu cầu các cấp ủy quán triệt Chỉ thị số 21-CT/TU ngày 5/4/2017 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Đoàn các cấp, quan tâm tạo môi trường cho thanh niên lập nghiệp.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XV gồm 41 đồng chí; Ban Thường vụ gồm 13 đồng chí. Đồng chí Hoàng Thị Thúy Hằng được tín nhiệm bầu giữ chức Bí thư Tỉnh đoàn khóa XV; các đồng chí Lê Quang Minh, Trần Thị Thảo - Phó Bí thư Tỉnh đoàn. Đại hội cũng bầu 17 đại biểu chính thức dự Đại hội Đoàn toàn quốc lần thứ XI.
Nghị quyết đại hội đặt mục tiêu mỗi năm thực hiện ít nhất 150 công trình thanh niên; giới thiệu việc làm cho 15.000 thanh niên trong cả nhiệm kỳ; 100% xã, phường có đội hình thanh niên tình nguyện thường xuyên. Việc tổ chức đại hội được thực hiện theo Hướng dẫn số 27-HD/TWĐTN-TC của Ban Bí thư Trung ương Đoàn.
Thanh Thủy
Các tin khác
- Khai mạc Đại hội Đoàn tỉnh lần thứ XV (12/10/2017)
- Đoàn viên đóng góp ý kiến vào văn kiện đại hội (28/09/2017)
- Tuổi trẻ A Lưới làm đường vào thôn (15/09/2017)
""", "2017-10-14", "Đại hội Đoàn tỉnh lần thứ XV thành công tốt đẹp",
E("dai_hoi", None, "2017-10-12"),
[P("Đoàn Minh Quân", "Bí thư Trung ương Đoàn"),
 P("Trần Hữu Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hồ Thị Thu Hiền", "Bí thư Huyện đoàn A Lưới"), P("Nguyễn Văn Lợi", "Bí thư Đoàn phường Phú Hội"),
 P("Hoàng Thị Thúy Hằng", "Bí thư Tỉnh đoàn khóa XV"), P("Lê Quang Minh", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Thị Thảo", "Phó Bí thư Tỉnh đoàn")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("hơn 68.000 đoàn viên", 68000, "đoàn viên", "over"),
 Q("hơn 2.300 đội hình thanh niên tình nguyện", 2300, "đội hình thanh niên tình nguyện", "over"),
 Q("645 công trình thanh niên", 645, "công trình thanh niên"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("14.500 thanh niên", 14500, "thanh niên"), Q("36.800 đoàn viên mới", 36800, "đoàn viên mới"),
 Q("41 đồng chí", 41, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("17 đại biểu chính thức", 17, "đại biểu chính thức"),
 Q("ít nhất 150 công trình thanh niên", 150, "công trình thanh niên", "over"), Q("15.000 thanh niên", 15000, "thanh niên"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Chỉ thị", "21", "CT/TU", "2017-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 5/4/2017"),
 D("Hướng dẫn", "27", "HD/TWĐTN-TC", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 27-HD/TWĐTN-TC")],
[prov("Thừa Thiên Huế"), com("Phú Hội")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội » Đoàn thể", "Ban Chấp hành Tỉnh đoàn khóa XV ra mắt đại hội. Ảnh: Đức Quang",
 "Mùa hè xanh", "Xuân tình nguyện", "Hành quân xanh"],
["Thứ Bảy, 14/10/2017 - 07:45", "2 ngày", "lần thứ XV", "nhiệm kỳ 2017 - 2022", "nhiệm kỳ 2012 - 2017", "41 đồng chí",
 "13 đồng chí", "lần thứ XI", "khóa XV"]))

PAGES.append(page("b9447-kontum-tinhdoan-giamsat-2018", """
BÁO KON TUM ĐIỆN TỬ
Thời sự - Chính trị | Mặt trận - Đoàn thể
20/09/2018 16:00
Giám sát việc hỗ trợ thanh niên lập nghiệp tại Đăk Tô
Ngày 18/9, Đoàn giám sát của Ban Thường vụ Tỉnh đoàn Kon Tum do đồng chí Y Nhâm, Phó Bí thư Tỉnh đoàn làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ thanh niên học nghề, vay vốn lập nghiệp tại huyện Đăk Tô, theo chương trình giám sát năm 2018 của Tỉnh đoàn.
Đoàn giám sát làm việc tại UBND xã Văn Lem.
Việc giám sát được tiến hành theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, và Quyết định số 95-QĐ/TĐTN ngày 2/8/2018 của Ban Thường vụ Tỉnh đoàn. Đoàn đã làm việc với UBND huyện, Huyện đoàn Đăk Tô và trực tiếp kiểm tra tại xã Văn Lem, xã Đăk Trăm.
Theo báo cáo của Bí thư Huyện đoàn Đăk Tô A Kiên, giai đoạn 2016 - 2018, huyện có 214 thanh niên được vay vốn với tổng dư nợ 6,8 tỷ đồng thông qua 32 tổ tiết kiệm và vay vốn do Đoàn quản lý; tỷ lệ nợ quá hạn 0,8%. Đã có 58 thanh niên người Xơ Đăng được hỗ trợ học nghề sửa chữa máy nông nghiệp, may công nghiệp; hình thành 19 mô hình kinh tế do thanh niên làm chủ như trồng sâm dây, nuôi heo rừng lai.
Tại xã Văn Lem, ông A Thuấn, Chủ tịch UBND xã, cho biết nhiều thanh niên sau khi học nghề vẫn chưa có việc làm ổn định do xa doanh nghiệp; một số tổ vay vốn sinh hoạt chưa đều. Chị Y Liên, Bí thư Đoàn xã Đăk Trăm, phản ánh thanh niên muốn vay vốn trồng cà phê nhưng mức vay thấp, thời hạn ngắn.
Ông Nguyễn Văn Sinh, Phó Chủ tịch UBND huyện Đăk Tô, tiếp thu và cho biết huyện sẽ chỉ đạo Phòng Lao động - Thương binh và Xã hội rà soát nhu cầu học nghề gắn với đặt hàng của doanh nghiệp, dành khoảng 300 triệu đồng hỗ trợ thanh niên khởi nghiệp trong năm 2019.
Kết luận buổi giám sát, đồng chí Y Nhâm đề nghị UBND huyện chỉ đạo thực hiện đầy đủ Nghị định số 120/2007/NĐ-CP ngày 23/7/2007 của Chính phủ hướng dẫn thi hành Luật Thanh niên; Huyện đoàn củng cố các tổ tiết kiệm và vay vốn yếu kém, phấn đấu đến cuối năm giảm tỷ lệ nợ quá hạn xuống dưới 0,5%. Đoàn giám sát sẽ tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh đoàn và kiến nghị UBND tỉnh trong tháng 10.
Đi cùng đoàn có đồng chí A Hiệp, Trưởng ban Thanh niên nông thôn Tỉnh đoàn và đại diện Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
H.Nhung
Lượt xem: 512
Tin liên quan
- Tỉnh đoàn giám sát tại huyện Sa Thầy (12/09/2018)
- Kon Plông: ra mắt câu lạc bộ thanh niên làm du lịch (30/08/2018)
- Tổng kết Chiến dịch tình nguyện hè năm 2018 (24/08/2018)
""", "2018-09-20", "Giám sát việc hỗ trợ thanh niên lập nghiệp tại Đăk Tô",
E("giam_sat", "2018", "2018-09-18"),
[P("Y Nhâm", "Phó Bí thư Tỉnh đoàn"), P("A Kiên", "Bí thư Huyện đoàn Đăk Tô"), P("A Thuấn", "Chủ tịch UBND xã"),
 P("Y Liên", "Bí thư Đoàn xã Đăk Trăm"), P("Nguyễn Văn Sinh", "Phó Chủ tịch UBND huyện Đăk Tô"),
 P("A Hiệp", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn")],
[Q("214 thanh niên", 214, "thanh niên"), Q("6,8 tỷ đồng", 6800000000, "đồng"),
 Q("32 tổ tiết kiệm và vay vốn", 32, "tổ tiết kiệm và vay vốn"), Q("0,8%", 0.8, "%"), Q("58 thanh niên", 58, "thanh niên"),
 Q("19 mô hình kinh tế", 19, "mô hình kinh tế"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("dưới 0,5%", 0.5, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "95", "QĐ/TĐTN", "2018-08-02", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 95-QĐ/TĐTN ngày 2/8/2018"),
 D("Nghị định", "120", "2007/NĐ-CP", "2007-07-23", "Chính phủ", "Nghị định số 120/2007/NĐ-CP ngày 23/7/2007")],
[prov("Kon Tum"), com("Văn Lem"), com("Đăk Trăm")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự - Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND xã Văn Lem.",
 "Luật Thanh niên", "Quy chế giám sát và phản biện xã hội", "Lượt xem: 512"],
["20/09/2018 16:00", "năm 2018", "giai đoạn 2016 - 2018", "năm 2019", "tháng 10", "Lượt xem: 512"]))

PAGES.append(page("b9448-camau-tuyenduong-thanhnien-tinhnguyen-2019", """
Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Trang chủ - Chính trị - Đoàn thể
T2, 25/03/2019 | 10:30
Tuyên dương 50 gương thanh niên tình nguyện tiêu biểu
(CMO) Sáng 23/3, nhân kỷ niệm 88 năm Ngày thành lập Đoàn, Tỉnh đoàn Cà Mau tổ chức Hội nghị tuyên dương thanh niên tình nguyện tiêu biểu năm 2019, biểu dương 50 gương thanh niên tình nguyện tiêu biểu có nhiều đóng góp cho phong trào ở cơ sở.
Các gương thanh niên tình nguyện tiêu biểu nhận bằng khen. Ảnh: Minh Khoa
Dự hội nghị có đồng chí Trương Hoàng Phúc, Phó Chủ tịch UBND tỉnh; đồng chí Lê Thanh Triều, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; đại diện Bộ Chỉ huy Quân sự tỉnh và các sở, ngành.
Theo báo cáo của Phó Bí thư Tỉnh đoàn Danh Thị Mỹ Tiên, năm 2018 toàn tỉnh duy trì 1.420 đội hình thanh niên tình nguyện thường xuyên, huy động 8,5 tỷ đồng để xây dựng 37 cây cầu giao thông nông thôn, trao 24 căn nhà nhân ái và hơn 6.000 phần quà cho hộ nghèo, gia đình chính sách. Phong trào hiến máu tình nguyện tiếp nhận 1.600 đơn vị máu. Các đội hình ở vùng ven biển Ngọc Hiển, Năm Căn đã trồng 12 ha rừng phòng hộ.
Nhiều gương được tuyên dương là thanh niên ở ấp, khóm. Anh Kim Văn Sang, Đội trưởng Đội thanh niên tình nguyện ấp Tân Hiệp, xã Tân Hưng Đông, đã cùng đội vận động bà con đóng góp xây 5 cây cầu bê tông; chị Lý Thị Bích Ngọc, Bí thư Đoàn xã Khánh Bình Tây, duy trì lớp học tình thương cho 35 trẻ em nghèo trong suốt 4 năm.
Phát biểu tại hội nghị, đồng chí Trương Hoàng Phúc ghi nhận tinh thần tình nguyện của tuổi trẻ Cà Mau; đề nghị Tỉnh đoàn thực hiện tốt Chỉ thị số 26-CT/TU ngày 14/6/2018 của Tỉnh ủy về tăng cường công tác thanh niên, Kế hoạch số 66-KH/TĐTN ngày 20/2/2019 của Ban Thường vụ Tỉnh đoàn về Tháng Thanh niên năm 2019, và phối hợp với lực lượng vũ trang theo Quy chế phối hợp số 02-QCPH/TĐTN-BCHQS trong các hoạt động "Hành quân xanh".
Dịp này, UBND tỉnh tặng bằng khen cho 12 gương tiêu biểu nhất; Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 38 gương còn lại. Mỗi gương được tuyên dương nhận phần thưởng 1 triệu đồng.
Đại diện các gương thanh niên, anh Thạch Minh Hoàng, Bí thư Đoàn thị trấn Năm Căn, hứa sẽ tiếp tục xung kích trong các chiến dịch tình nguyện, nhất là vận động người dân sạt lở bờ biển di dời đến nơi an toàn.
Sau hội nghị, các đại biểu đã đến dâng hoa tại Tượng đài Bác Hồ ở Quảng trường Bác Hồ và tham gia trồng cây lưu niệm trong khuôn viên Nhà Văn hóa Thanh niên tỉnh.
Hồng Nhung
Lượt xem: 2.116
Tin khác
- Ra quân Tháng Thanh niên năm 2019 (04/03/2019)
- Thanh niên Đầm Dơi chung tay xây cầu nông thôn (26/02/2019)
- Trao 300 phần quà Tết cho hộ nghèo (25/01/2019)
""", "2019-03-25", "Tuyên dương 50 gương thanh niên tình nguyện tiêu biểu",
E("hoi_nghi", "2019", "2019-03-23"),
[P("Trương Hoàng Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thanh Triều", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Danh Thị Mỹ Tiên", "Phó Bí thư Tỉnh đoàn"),
 P("Kim Văn Sang", "Đội trưởng Đội thanh niên tình nguyện ấp Tân Hiệp"),
 P("Lý Thị Bích Ngọc", "Bí thư Đoàn xã Khánh Bình Tây"), P("Thạch Minh Hoàng", "Bí thư Đoàn thị trấn Năm Căn")],
[Q("50 gương thanh niên tình nguyện tiêu biểu", 50, "gương thanh niên tình nguyện tiêu biểu"),
 Q("1.420 đội hình thanh niên tình nguyện", 1420, "đội hình thanh niên tình nguyện"), Q("8,5 tỷ đồng", 8500000000, "đồng"),
 Q("37 cây cầu giao thông nông thôn", 37, "cây cầu giao thông nông thôn"), Q("24 căn nhà nhân ái", 24, "căn nhà nhân ái"),
 Q("hơn 6.000 phần quà", 6000, "phần quà", "over"), Q("1.600 đơn vị máu", 1600, "đơn vị máu"), Q("12 ha", 12, "ha"),
 Q("5 cây cầu bê tông", 5, "cây cầu bê tông"), Q("35 trẻ em nghèo", 35, "trẻ em nghèo"),
 Q("12 gương tiêu biểu", 12, "gương tiêu biểu"), Q("38 gương", 38, "gương"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "26", "CT/TU", "2018-06-14", "Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 14/6/2018"),
 D("Kế hoạch", "66", "KH/TĐTN", "2019-02-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 66-KH/TĐTN ngày 20/2/2019"),
 D("Quy chế phối hợp", "02", "QCPH/TĐTN-BCHQS", None, None, "Quy chế phối hợp số 02-QCPH/TĐTN-BCHQS")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây"), com("Năm Căn")],
["Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Trang chủ - Chính trị - Đoàn thể",
 "Các gương thanh niên tình nguyện tiêu biểu nhận bằng khen. Ảnh: Minh Khoa", "(CMO)", "Hành quân xanh", "Lượt xem: 2.116"],
["T2, 25/03/2019 | 10:30", "88 năm", "năm 2019", "năm 2018", "4 năm", "Lượt xem: 2.116"]))
