from lib import *
PAGES = []

PAGES.append(page("b5021-tayninh-bdv-caodai-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ » Hoạt động » Công tác tôn giáo
Thứ Tư, 14/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tây Ninh: Tổng kết công tác vận động chức sắc, tín đồ Cao Đài năm 2011
Ngày 12/12/2011, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị tổng kết công tác vận động chức sắc, chức việc và tín đồ đạo Cao Đài năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Huỳnh Thị Kim Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 86 đại biểu là lãnh đạo ban dân vận, Ủy ban MTTQ các huyện, thị xã và 31 đồng chí làm công tác tôn giáo ở cơ sở.
Báo cáo do đồng chí Trương Văn Được, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, toàn tỉnh hiện có trên 420.000 tín đồ Cao Đài thuộc 9 hệ phái, sinh hoạt tại 116 thánh thất, điện thờ. Năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về tăng cường công tác vận động đồng bào có đạo và về phát huy vai trò chức sắc trong xây dựng khối đại đoàn kết; phối hợp Sở Nội vụ hướng dẫn thực hiện Nghị định số 92/2012/NĐ-CP của Chính phủ. Các cơ quan cũng quán triệt Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành theo hướng dẫn chung.
Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được chức sắc, tín đồ hưởng ứng; có 1.250 hộ tín đồ đạt danh hiệu "Gia đình văn hóa", đồng bào đóng góp gần 3,6 tỷ đồng làm đường giao thông nông thôn, cất 47 căn nhà tình thương. Tỷ lệ hộ nghèo trong tín đồ giảm còn 4,8%.
Tại hội nghị, ông Nguyễn Thành Tài, Chánh trị sự Họ đạo Trường Hòa, chia sẻ cách vận động tín đồ thực hiện nếp sống văn minh trong lễ hội. Bà Lê Thị Bích, HUV, Trưởng Ban Dân vận Huyện ủy Hòa Thành, đề nghị tỉnh mở thêm lớp bồi dưỡng kiến thức tôn giáo cho cán bộ xã. Ông Võ Văn Mười, Chủ tịch Ủy ban MTTQ xã Long Thành Bắc, phản ánh một số điểm nhóm tự xưng là hệ phái mới sinh hoạt chưa đăng ký.
Phát biểu kết luận, đồng chí Huỳnh Thị Kim Loan yêu cầu năm 2012 các cấp tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo; chủ động nắm tình hình trước các lễ lớn tại Tòa Thánh; thực hiện tốt Kế hoạch số 63-KH/BDVTU về gặp mặt chức sắc dịp Tết Nhâm Thìn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen 14 tập thể và 22 cá nhân. Đồng chí Phan Hữu Nghĩa, Chánh Văn phòng Ban Dân vận Tỉnh ủy công bố quyết định.
Minh Châu
Lượt xem: 1.204
Tin liên quan
- Gặp mặt chức sắc Cao Đài nhân dịp lễ Hội Yến Diêu Trì Cung (08/09/2011)
- Hòa Thành: sơ kết 3 năm thực hiện Quy chế dân vận (21/11/2011)
- Trao 30 căn nhà tình thương cho tín đồ nghèo (02/11/2011)
""", "2011-12-14", "Tây Ninh: Tổng kết công tác vận động chức sắc, tín đồ Cao Đài năm 2011",
E("tong_ket", "2011", "2011-12-12"),
[P("Huỳnh Thị Kim Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Được", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thành Tài", "Chánh trị sự Họ đạo Trường Hòa"),
 P("Lê Thị Bích", "HUV", "Trưởng Ban Dân vận Huyện ủy Hòa Thành"),
 P("Võ Văn Mười", "Chủ tịch Ủy ban MTTQ xã Long Thành Bắc"),
 P("Phan Hữu Nghĩa", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("86 đại biểu", 86, "đại biểu"), Q("31 đồng chí", 31, "đồng chí"),
 Q("trên 420.000 tín đồ Cao Đài", 420000, "tín đồ Cao Đài", "over"), Q("9 hệ phái", 9, "hệ phái"),
 Q("116 thánh thất, điện thờ", 116, "thánh thất, điện thờ"), Q("1.250 hộ tín đồ", 1250, "hộ tín đồ"),
 Q("gần 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("47 căn nhà tình thương", 47, "căn nhà tình thương"),
 Q("4,8%", 4.8, "%"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kế hoạch", "63", "KH/BDVTU", None, None, "Kế hoạch số 63-KH/BDVTU")],
[prov("Tây Ninh"), com("Long Thành Bắc")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ » Hoạt động » Công tác tôn giáo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Gia đình văn hóa", "Tòa Thánh", "Lượt xem: 1.204"],
["Thứ Tư, 14/12/2011 - 09:30", "31 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204", "Tết Nhâm Thìn"]))

PAGES.append(page("b5022-angiang-phutan-hoahao-soket-2012", """
Cổng thông tin điện tử Huyện ủy Phú Tân
Trang chủ > Tin tức > Dân vận - Mặt trận
Cập nhật: 08:40, 20/07/2012 (GMT+7)
Phát huy vai trò tín đồ Phật giáo Hòa Hảo trong xây dựng nông thôn mới
(PT) - Chiều 18/7, Ban Dân vận Huyện ủy Phú Tân (An Giang) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012 và công tác vận động đồng bào Phật giáo Hòa Hảo, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Hiếu, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì.
Đồng chí Trần Văn Hiếu phát biểu tại hội nghị.
Theo báo cáo, trên địa bàn huyện có khoảng 85% dân số là tín đồ Phật giáo Hòa Hảo. 6 tháng qua, Ban Trị sự các xã, thị trấn đã vận động tín đồ đóng góp trên 5,2 tỷ đồng xây 4 cây cầu bê tông, nâng cấp 12 km đường nông thôn; các tổ từ thiện nấu cơm miễn phí phục vụ 18.600 lượt bệnh nhân. Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành kế hoạch số 27-KH/HU về vận động tín đồ tham gia xây dựng nông thôn mới và hướng dẫn thực hiện Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy.
Các đại biểu đánh giá việc thực hiện Quy chế phối hợp số 03-QC/BDVHU-BTS giữa Ban Dân vận Huyện ủy với Ban Trị sự Phật giáo Hòa Hảo huyện đi vào nền nếp. Ông Nguyễn Văn Sáu, Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân, cho biết dịp Đại lễ kỷ niệm ngày khai đạo, ban đã hướng dẫn tín đồ tổ chức lễ an toàn, tiết kiệm.
Bà Đỗ Thị Thu, Chủ tịch Ủy ban MTTQ thị trấn Phú Mỹ, và ông Lâm Văn Quí, Bí thư Đảng ủy xã Phú Thành, đề nghị huyện sớm hỗ trợ 26 hộ nghèo là tín đồ sửa chữa nhà ở. Đồng chí Huỳnh Văn Dũng, Phó Chủ tịch UBND huyện, giải đáp thêm về chính sách đất đai.
Nhiều ý kiến cho rằng công tác nắm tình hình trong tín đồ ở một số xã còn chậm; việc phối hợp giữa chính quyền với Ban Trị sự trong giải quyết tranh chấp đất đai, khiếu nại còn lúng túng. Trong 6 tháng, các ngành đã tiếp nhận 34 đơn thư, giải quyết 29 đơn; tổ hòa giải ở các ấp hòa giải thành 17 vụ việc mâu thuẫn trong nội bộ nhân dân, không để phát sinh điểm nóng.
Phát biểu kết luận, đồng chí Trần Văn Hiếu yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy; chủ động nắm tình hình, không để phần tử xấu lợi dụng danh nghĩa "Phật giáo Hòa Hảo thuần túy" kích động tín đồ. Phấn đấu đến cuối năm có ít nhất 3 xã đạt chuẩn nông thôn mới.
Kim Ngân
Tin liên quan
- Hội nghị gặp mặt chức sắc, chức việc Phật giáo Hòa Hảo (11/06/2012)
- Tín đồ PGHH xã Phú Thọ hiến đất làm đường (25/05/2012)
- Phú Tân trao 50 suất học bổng cho học sinh nghèo (10/05/2012)
- Tập huấn công tác dân vận cho cán bộ cơ sở (18/04/2012)
- Ban Trị sự PGHH huyện tặng 200 phần quà cho hộ khó khăn (02/04/2012)
- Phú Tân: ra mắt mô hình "Ấp văn hóa, tín đồ gương mẫu" (15/03/2012)
""", "2012-07-20", "Phát huy vai trò tín đồ Phật giáo Hòa Hảo trong xây dựng nông thôn mới",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Trần Văn Hiếu", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Sáu", "Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân"),
 P("Đỗ Thị Thu", "Chủ tịch Ủy ban MTTQ thị trấn Phú Mỹ"),
 P("Lâm Văn Quí", "Bí thư Đảng ủy xã Phú Thành"),
 P("Huỳnh Văn Dũng", "Phó Chủ tịch UBND huyện")],
[Q("khoảng 85%", 85, "%", "approx"), Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"),
 Q("4 cây cầu bê tông", 4, "cây cầu bê tông"), Q("12 km", 12, "km"), Q("18.600 lượt bệnh nhân", 18600, "lượt bệnh nhân"),
 Q("26 hộ nghèo", 26, "hộ nghèo"), Q("34 đơn thư", 34, "đơn thư"), Q("29 đơn", 29, "đơn"),
 Q("17 vụ việc mâu thuẫn", 17, "vụ việc mâu thuẫn"), Q("ít nhất 3 xã", 3, "xã", "over")],
[D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "kế hoạch số 27-KH/HU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 12-KL/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVHU-BTS", None, None, "Quy chế phối hợp số 03-QC/BDVHU-BTS"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU")],
[prov("An Giang"), com("Phú Mỹ"), com("Phú Thành")],
["Cổng thông tin điện tử Huyện ủy Phú Tân", "Trang chủ > Tin tức > Dân vận - Mặt trận", "(PT)",
 "Đồng chí Trần Văn Hiếu phát biểu tại hội nghị.", "Phật giáo Hòa Hảo thuần túy", "Ban Trị sự Phật giáo Hòa Hảo"],
["Cập nhật: 08:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "Trong 6 tháng"]))

PAGES.append(page("b5023-namdinh-bdv-tinnguong-taphuan-2013", """
Báo Nam Định điện tử
Xã hội › Tôn giáo - Tín ngưỡng
08:15 | 12/03/2013
Lượt xem: 642
Tập huấn công tác quản lý hoạt động tín ngưỡng, lễ hội cho cán bộ cơ sở
Trong 2 ngày 10 và 11/3, Ban Dân vận Tỉnh ủy phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức lớp tập huấn nghiệp vụ công tác tín ngưỡng, lễ hội năm 2013 cho 210 học viên là cán bộ dân vận, văn hóa xã, trưởng ban quản lý di tích các đền, phủ thờ Mẫu trên địa bàn tỉnh.
Học viên nghe báo cáo viên truyền đạt chuyên đề.
Lớp tập huấn do đồng chí Đặng Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy khai mạc. Các báo cáo viên gồm các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vũ Văn Khanh, Trần Minh Nguyệt và TS. Đoàn Quang Huy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, đã truyền đạt chuyên đề về tín ngưỡng thờ Mẫu Tam phủ, nghi lễ hầu đồng và Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo.
Theo thống kê, toàn tỉnh có 1.870 cơ sở tín ngưỡng, trong đó 356 đền, phủ, miếu đã được xếp hạng di tích; mỗi năm diễn ra gần 100 lễ hội truyền thống, thu hút trên 2 triệu lượt khách. Lễ hội Phủ Dầy năm 2012 đón khoảng 400.000 lượt người, tiền công đức thu được trên 6,3 tỷ đồng.
Theo đánh giá của Ban Dân vận Tỉnh ủy, thời gian qua một số cơ sở tín ngưỡng còn để xảy ra tình trạng mê tín dị đoan, lợi dụng nghi lễ hầu đồng để trục lợi; việc quản lý tiền công đức ở 14 di tích chưa công khai. Năm 2012, các ngành chức năng đã nhắc nhở 23 trường hợp hành nghề bói toán, xem số và xử lý 5 vụ buôn bán vàng mã trái phép trong khu di tích.
Học viên cũng được quán triệt Chỉ thị số 41-CT/TW của Ban Bí thư về tăng cường lãnh đạo công tác quản lý lễ hội và Quyết định số 2317/QĐ-UBND ngày 24/12/2012 của UBND tỉnh về quy chế quản lý, sử dụng tiền công đức. Ông Phạm Văn Thuần, Trưởng Ban quản lý di tích Phủ Dầy, trao đổi kinh nghiệm vận động người dân không đốt vàng mã quá nhiều, không chen lấn cướp lộc.
Bà Trần Thị Hoa, Chủ tịch Ủy ban MTTQ xã Kim Thái, cho rằng cần phát huy vai trò các thủ nhang, đồng đền trong tuyên truyền nếp sống văn minh. Ông Lê Đình Thắng, Phó Chủ tịch UBND thị trấn Gôi, đề nghị tỉnh sớm ban hành hướng dẫn phân cấp quản lý di tích.
Kết thúc lớp học, 100% học viên đạt yêu cầu. Ban Dân vận Tỉnh ủy đề nghị các huyện triển khai Kế hoạch số 18-KH/BDVTU ngày 5/3/2013 về vận động nhân dân thực hiện nếp sống văn minh trong lễ hội.
Hà Linh
Tin liên quan
- Vụ Bản chuẩn bị Lễ hội Phủ Dầy năm 2013 (28/02/2013)
- Khai ấn Đền Trần: không để xảy ra chen lấn (15/02/2013)
- Gặp mặt người có uy tín trong cộng đồng (05/02/2013)
- Ý Yên: tu bổ đình làng bằng nguồn xã hội hóa (20/01/2013)
""", "2013-03-12", "Tập huấn công tác quản lý hoạt động tín ngưỡng, lễ hội cho cán bộ cơ sở",
E("tap_huan", "2013", "2013-03-10"),
[P("Đặng Thị Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Khanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Quang Huy", "TS.", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Phạm Văn Thuần", "Trưởng Ban quản lý di tích Phủ Dầy"),
 P("Trần Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Kim Thái"),
 P("Lê Đình Thắng", "Phó Chủ tịch UBND thị trấn Gôi")],
[Q("210 học viên", 210, "học viên"), Q("1.870 cơ sở tín ngưỡng", 1870, "cơ sở tín ngưỡng"),
 Q("356 đền, phủ, miếu", 356, "đền, phủ, miếu"), Q("gần 100 lễ hội truyền thống", 100, "lễ hội truyền thống", "approx"),
 Q("trên 2 triệu lượt khách", 2000000, "lượt khách", "over"), Q("khoảng 400.000 lượt người", 400000, "lượt người", "approx"),
 Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("100%", 100, "%"), Q("14 di tích", 14, "di tích"), Q("23 trường hợp", 23, "trường hợp"),
 Q("5 vụ buôn bán vàng mã trái phép", 5, "vụ buôn bán vàng mã trái phép")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Chỉ thị", "41", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 41-CT/TW"),
 D("Quyết định", "2317", "QĐ-UBND", "2012-12-24", "UBND tỉnh", "Quyết định số 2317/QĐ-UBND ngày 24/12/2012"),
 D("Kế hoạch", "18", "KH/BDVTU", "2013-03-05", None, "Kế hoạch số 18-KH/BDVTU ngày 5/3/2013")],
[prov("Nam Định"), com("Kim Thái"), com("Gôi")],
["Báo Nam Định điện tử", "Xã hội › Tôn giáo - Tín ngưỡng", "Lượt xem: 642", "Học viên nghe báo cáo viên truyền đạt chuyên đề.",
 "Mẫu Tam phủ", "Phủ Dầy", "Pháp lệnh tín ngưỡng, tôn giáo"],
["08:15 | 12/03/2013", "2 ngày", "năm 2013", "năm 2012", "Lượt xem: 642"]))

PAGES.append(page("b5024-bentre-phuocthanh-caodai-doithoai-2014", """
ĐẢNG ỦY XÃ PHƯỚC THẠNH - HUYỆN CHÂU THÀNH - TỈNH BẾN TRE
Trang chủ / Tin hoạt động / Dân vận
17/09/2014 - 10:05
Ảnh: Đồng chí Nguyễn Văn Hùng phát biểu tại buổi đối thoại.
Đối thoại với chức sắc, tín đồ Cao Đài về giải phóng mặt bằng tuyến đường ĐT.883
Sáng 15/9, Đảng ủy, UBND xã Phước Thạnh (huyện Châu Thành, tỉnh Bến Tre) tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với chức sắc, chức việc và tín đồ đạo Cao Đài năm 2014. Chủ trì có đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Trần Thị Diệu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có 126 đại biểu, trong đó có 48 chức sắc, chức việc thuộc Hội thánh Cao Đài Ban Chỉnh và Cao Đài Tiên Thiên.
Mở đầu buổi đối thoại, đồng chí Phạm Văn Lành, ĐUV, Trưởng khối dân vận xã thông tin: xã có 2.350 hộ thì 1.120 hộ theo đạo Cao Đài, sinh hoạt tại 5 thánh thất và 3 điện thờ Phật mẫu. Thực hiện Kế hoạch số 52-KH/HU của Huyện ủy và Quyết định số 1468/QĐ-UBND ngày 21/7/2014 của UBND tỉnh, dự án mở rộng tuyến đường đi qua xã ảnh hưởng 214 hộ, trong đó có 96 hộ tín đồ và khuôn viên Thánh thất Phước Thạnh.
Tại buổi đối thoại có 19 ý kiến. Ông Lê Văn Tư, Đầu họ đạo Thánh thất Phước Thạnh, đề nghị giữ nguyên cổng tam quan và được hỗ trợ di dời tường rào. Bà Huỳnh Thị Lệ, tín đồ ấp Phước Hòa, hỏi về mức bồi thường cây ăn trái. Ông Võ Minh Tâm, Phó Trưởng ấp Phước Lợi, phản ánh 7 hộ chưa nhận được thông báo thu hồi đất.
Trả lời các ý kiến, đồng chí Trần Thị Diệu cho biết mức hỗ trợ di dời công trình tôn giáo được áp dụng theo Quyết định số 20/2014/QĐ-UBND của UBND tỉnh; mỗi hộ phải di dời được hỗ trợ thêm 30 triệu đồng ổn định đời sống. Xã sẽ phối hợp Ban Quản lý dự án điều chỉnh thiết kế để giữ cổng tam quan. Đồng chí Đặng Văn Minh, Phó Chủ tịch UBND huyện Châu Thành, ghi nhận kiến nghị về giá đất và hứa trả lời bằng văn bản trong 15 ngày.
Kết thúc đối thoại, chức sắc Hội thánh đã cam kết vận động tín đồ bàn giao mặt bằng trước ngày 30/10. Đến nay đã có 168 hộ ký biên bản đồng thuận, đạt 78,5%. Nhiều tín đồ tự nguyện hiến tổng cộng hơn 1.200 m2 đất, tháo dỡ 36 hàng rào, mái che mà không nhận hỗ trợ.
Đồng chí Nguyễn Văn Hùng đề nghị các chi bộ ấp tiếp tục thực hiện tốt Chỉ thị 11, 12-CT/ĐU của Đảng ủy xã về công tác dân vận trong giải phóng mặt bằng và về xây dựng ấp văn hóa; Ủy ban MTTQ xã giám sát việc chi trả bồi thường công khai, đúng đối tượng, phát huy tinh thần "Nước vinh đạo sáng" của đồng bào Cao Đài.
Thanh Phong
Tin khác
- Phước Thạnh ra mắt Câu lạc bộ "Tín đồ Cao Đài làm kinh tế giỏi" (20/08/2014)
- Hội nghị sơ kết 6 tháng công tác dân vận xã (22/07/2014)
- Trao 12 căn nhà đại đoàn kết cho hộ nghèo (30/06/2014)
""", "2014-09-17", "Đối thoại với chức sắc, tín đồ Cao Đài về giải phóng mặt bằng tuyến đường ĐT.883",
E("doi_thoai", "2014", "2014-09-15"),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Thị Diệu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Phạm Văn Lành", "ĐUV", "Trưởng khối dân vận xã"),
 P("Lê Văn Tư", "Đầu họ đạo Thánh thất Phước Thạnh"),
 P("Huỳnh Thị Lệ"),
 P("Võ Minh Tâm", "Phó Trưởng ấp Phước Lợi"),
 P("Đặng Văn Minh", "Phó Chủ tịch UBND huyện Châu Thành")],
[Q("126 đại biểu", 126, "đại biểu"), Q("48 chức sắc, chức việc", 48, "chức sắc, chức việc"),
 Q("2.350 hộ", 2350, "hộ"), Q("1.120 hộ", 1120, "hộ"), Q("5 thánh thất", 5, "thánh thất"),
 Q("3 điện thờ Phật mẫu", 3, "điện thờ Phật mẫu"), Q("214 hộ", 214, "hộ"), Q("96 hộ tín đồ", 96, "hộ tín đồ"),
 Q("19 ý kiến", 19, "ý kiến"), Q("7 hộ", 7, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("168 hộ", 168, "hộ"), Q("78,5%", 78.5, "%"), Q("hơn 1.200 m2", 1200, "m2", "over"), Q("36 hàng rào, mái che", 36, "hàng rào, mái che")],
[D("Kế hoạch", "52", "KH/HU", None, "Huyện ủy", "Kế hoạch số 52-KH/HU"),
 D("Quyết định", "1468", "QĐ-UBND", "2014-07-21", "UBND tỉnh", "Quyết định số 1468/QĐ-UBND ngày 21/7/2014"),
 D("Quyết định", "20", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 20/2014/QĐ-UBND"),
 D("Chỉ thị", "11", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 11, 12-CT/ĐU"),
 D("Chỉ thị", "12", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 11, 12-CT/ĐU")],
[prov("Bến Tre"), com("Phước Thạnh")],
["ĐẢNG ỦY XÃ PHƯỚC THẠNH - HUYỆN CHÂU THÀNH - TỈNH BẾN TRE", "Trang chủ / Tin hoạt động / Dân vận",
 "Ảnh: Đồng chí Nguyễn Văn Hùng phát biểu tại buổi đối thoại.", "Nước vinh đạo sáng", "Hội thánh Cao Đài Ban Chỉnh",
 "Cao Đài Tiên Thiên", "Thánh thất Phước Thạnh"],
["17/09/2014 - 10:05", "15 ngày", "năm 2014", "ĐT.883", "30/10"]))

PAGES.append(page("b5025-quangnam-bdv-caodai-giaoban-2015", """
Báo Quảng Nam Online
Thời sự | Chính trị | Dân vận
Ngày đăng 06/10/2015 | 16:20
Bạn đang ở: Trang chủ > Chính trị > Dân vận
Khối dân vận bàn giải pháp vận động tín đồ Cao Đài Truyền giáo
(QNO) - Chiều 5/10, Ban Dân vận Tỉnh ủy Quảng Nam chủ trì giao ban công tác dân vận quý III năm 2015 với Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội. Đồng chí Lê Văn Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Toàn cảnh giao ban khối dân vận quý III.
Theo báo cáo, trong quý III, tình hình các tôn giáo trên địa bàn ổn định. Hội thánh Cao Đài Truyền giáo có 21 họ đạo với khoảng 14.500 tín đồ, tập trung ở Tam Kỳ, Điện Bàn, Duy Xuyên. Ban Dân vận Tỉnh ủy đã phối hợp Ban Tôn giáo tỉnh làm việc với 6 họ đạo về việc tổ chức Đại lễ Hạ nguơn, hướng dẫn thực hiện Kế hoạch số 112-KH/BDVTU ngày 14/7/2015 về vận động chức sắc tham gia phong trào xây dựng nông thôn mới.
Các đoàn thể đã vận động tín đồ tham gia 35 tổ tự quản về an ninh trật tự, đóng góp trên 1,4 tỷ đồng và 2.600 ngày công làm đường bê tông. Hội LHPN tỉnh phối hợp Ban Nữ giới các họ đạo tổ chức 9 buổi truyền thông về phòng, chống bạo lực gia đình với hơn 700 lượt chị em tham dự.
Tại giao ban, bà Nguyễn Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị chuẩn bị tốt việc hiệp thương giới thiệu chức sắc tham gia Ủy ban MTTQ các cấp nhiệm kỳ mới. Ông Trần Đình Quý, HUV, Trưởng Ban Dân vận Huyện ủy Duy Xuyên, báo cáo vụ việc tranh chấp ranh giới đất giữa Họ đạo Trà Kiệu với 4 hộ dân đã được hòa giải thành. Đồng chí Phan Thị Thanh, Bí thư Đảng ủy xã Điện Phương, cho biết xã đã công nhận 3 họ đạo đạt danh hiệu "Cơ sở thờ tự văn hóa".
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Văn Dũng, A Lăng Thị Bốn lần lượt báo cáo tình hình thực hiện Chỉ thị 23, 24-CT/TU của Ban Thường vụ Tỉnh ủy và công tác chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XXI.
Kết luận giao ban, đồng chí Lê Văn Trung yêu cầu quý IV các cơ quan tiếp tục quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo; thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội; sớm đánh giá 5 năm thực hiện phong trào thi đua "Dân vận khéo" gắn với đồng bào tôn giáo. Tỷ lệ hộ tín đồ đạt gia đình văn hóa phấn đấu đạt trên 90%.
Vĩnh Thanh
Lượt xem: 331
Tin liên quan
- Tam Kỳ: Gặp mặt chức sắc tôn giáo nhân Quốc khánh (01/09/2015)
- Duy Xuyên hòa giải thành tranh chấp đất tôn giáo (18/08/2015)
- Giao ban khối dân vận quý II năm 2015 (06/07/2015)
""", "2015-10-06", "Khối dân vận bàn giải pháp vận động tín đồ Cao Đài Truyền giáo",
E("giao_ban", "2015-Q3", "2015-10-05"),
[P("Lê Văn Trung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Quý", "HUV", "Trưởng Ban Dân vận Huyện ủy Duy Xuyên"),
 P("Phan Thị Thanh", "Bí thư Đảng ủy xã Điện Phương"),
 P("Hồ Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Lăng Thị Bốn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("21 họ đạo", 21, "họ đạo"), Q("khoảng 14.500 tín đồ", 14500, "tín đồ", "approx"), Q("6 họ đạo", 6, "họ đạo"),
 Q("35 tổ tự quản về an ninh trật tự", 35, "tổ tự quản về an ninh trật tự"), Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("2.600 ngày công", 2600, "ngày công"), Q("9 buổi truyền thông", 9, "buổi truyền thông"),
 Q("hơn 700 lượt chị em", 700, "lượt chị em", "over"), Q("4 hộ dân", 4, "hộ dân"), Q("3 họ đạo", 3, "họ đạo"),
 Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "112", "KH/BDVTU", "2015-07-14", None, "Kế hoạch số 112-KH/BDVTU ngày 14/7/2015"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa IX", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW")],
[prov("Quảng Nam"), com("Điện Phương")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Dân vận", "Bạn đang ở: Trang chủ > Chính trị > Dân vận", "(QNO)",
 "Toàn cảnh giao ban khối dân vận quý III.", "Dân vận khéo", "Cơ sở thờ tự văn hóa", "Lượt xem: 331", "Hội thánh Cao Đài Truyền giáo"],
["Ngày đăng 06/10/2015 | 16:20", "quý III năm 2015", "quý IV", "5 năm", "lần thứ XXI", "Lượt xem: 331"]))

PAGES.append(page("b5026-daklak-mttq-tinnguong-giamsat-2016", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Hoạt động Mặt trận :: Giám sát - phản biện
Thứ Sáu, 26/08/2016
Giám sát việc thực hiện chính sách tín ngưỡng, tôn giáo tại huyện Krông Búk
Trong 3 ngày, từ 23 đến 25/8/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do ông Y Djăp Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại UBND huyện Krông Búk và 3 xã Pơng Drang, Cư Né, Ea Sin.
Đoàn giám sát làm việc tại UBND xã Pơng Drang.
Cùng tham gia đoàn có bà H'Xuân Mlô, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Hữu Đạt, Phó Trưởng ban Tôn giáo Sở Nội vụ và đại diện Ban Dân vận Tỉnh ủy. Hoạt động giám sát thực hiện theo Kế hoạch số 45/KH-MTTQ-BTT ngày 2/8/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị.
Theo báo cáo của huyện, trên địa bàn có 6 tôn giáo, trong đó đạo Cao Đài có 2 thánh thất với 1.860 tín đồ, phần lớn là người từ Quảng Nam, Bình Định vào lập nghiệp. Đồng bào Êđê ở 27 buôn vẫn giữ tín ngưỡng thờ Yang và các lễ cúng bến nước, mừng lúa mới; 11 buôn đã phục dựng lễ cúng bến nước với kinh phí hỗ trợ 165 triệu đồng. Huyện đã giải quyết 9/12 hồ sơ đề nghị đăng ký sinh hoạt tôn giáo tập trung.
Tại buổi làm việc, ông Y Bhin Êban, Phó Chủ tịch UBND huyện Krông Búk, cho biết còn 3 điểm nhóm tự phát và một số đối tượng lợi dụng tín ngưỡng truyền thống để truyền bá "Tin lành Đê Ga". Già làng Ama H'Loan, người có uy tín buôn Ea Nguôi, đề nghị Nhà nước hỗ trợ thêm bộ chiêng và xây nhà sinh hoạt cộng đồng. Ông Phạm Văn Lực, Chánh trị sự Thánh thất Cao Đài Pơng Drang, kiến nghị cấp giấy chứng nhận quyền sử dụng đất cho thánh thất.
Đoàn giám sát đánh giá huyện đã triển khai nghiêm túc Pháp lệnh tín ngưỡng, tôn giáo và Nghị định số 92/2012/NĐ-CP; công tác tuyên truyền được thực hiện qua 146 buổi với trên 8.000 lượt người nghe. Tuy nhiên, việc quản lý đất đai cơ sở tôn giáo còn chậm, 4 cơ sở chưa được cấp giấy chứng nhận; cán bộ theo dõi tôn giáo cấp xã còn kiêm nhiệm.
Kết thúc giám sát, ông Y Djăp Niê đề nghị UBND huyện khẩn trương rà soát hồ sơ đất đai cơ sở tôn giáo trước ngày 31/12/2016, phối hợp Ban Dân vận Huyện ủy thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín, và tổ chức gặp mặt chức sắc, già làng ít nhất 2 lần mỗi năm.
Mai Sao
Các tin khác
- Hội nghị phản biện dự thảo quy định hỗ trợ người có uy tín (15/08/2016)
- MTTQ tỉnh gặp mặt chức sắc các tôn giáo (29/07/2016)
- Cư M'gar: phục dựng lễ cúng bến nước buôn Kroa (12/07/2016)
""", "2016-08-26", "Giám sát việc thực hiện chính sách tín ngưỡng, tôn giáo tại huyện Krông Búk",
E("giam_sat", None, "2016-08-23"),
[P("Y Djăp Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Xuân Mlô", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Đạt", "Phó Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Y Bhin Êban", "Phó Chủ tịch UBND huyện Krông Búk"),
 P("Ama H'Loan", "Già làng", "người có uy tín buôn Ea Nguôi"),
 P("Phạm Văn Lực", "Chánh trị sự Thánh thất Cao Đài Pơng Drang")],
[Q("6 tôn giáo", 6, "tôn giáo"), Q("2 thánh thất", 2, "thánh thất"), Q("1.860 tín đồ", 1860, "tín đồ"),
 Q("27 buôn", 27, "buôn"), Q("11 buôn", 11, "buôn"), Q("165 triệu đồng", 165000000, "đồng"),
 Q("9/12 hồ sơ", 9, "hồ sơ"), Q("3 điểm nhóm tự phát", 3, "điểm nhóm tự phát"), Q("146 buổi", 146, "buổi"),
 Q("trên 8.000 lượt người nghe", 8000, "lượt người nghe", "over"), Q("4 cơ sở", 4, "cơ sở")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", "2016-08-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 2/8/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Đắk Lắk"), com("Pơng Drang"), com("Cư Né"), com("Ea Sin")],
["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Hoạt động Mặt trận :: Giám sát - phản biện",
 "Đoàn giám sát làm việc tại UBND xã Pơng Drang.", "Tin lành Đê Ga", "Pháp lệnh tín ngưỡng, tôn giáo", "Yang"],
["Thứ Sáu, 26/08/2016", "3 ngày", "2 lần mỗi năm", "31/12/2016"]))
