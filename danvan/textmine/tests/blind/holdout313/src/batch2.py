from lib import *
PAGES = []

PAGES.append(page("b7475-bacgiang-mttq-huongdan-ngayhoi-2016", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang
Trang chủ › Tin tức › Hoạt động Mặt trận
Thứ Tư, 26/10/2016 | 15:20
Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016
Ngày 24/10/2016, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang ban hành Hướng dẫn số 45/HD-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2016, kỷ niệm 86 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2016).
Hướng dẫn được ban hành trên cơ sở Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 112-KH/TU ngày 05/10/2016 của Ban Thường vụ Tỉnh ủy. Theo đó, ngày hội được tổ chức tại tất cả 2.290 khu dân cư trong tỉnh, thời gian từ ngày 01/11 đến 15/11/2016; phần lễ ngắn gọn, trang trọng, phần hội tổ chức các hoạt động văn hóa, thể thao, trò chơi dân gian mang bản sắc các dân tộc Kinh, Tày, Nùng, Sán Dìu, Sán Chay.
Nội dung phần lễ gồm: ôn lại truyền thống Mặt trận, đánh giá kết quả thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; biểu dương gia đình văn hóa tiêu biểu, khen thưởng tập thể, cá nhân có nhiều đóng góp cho khu dân cư. Mỗi khu dân cư được ngân sách tỉnh hỗ trợ 3 triệu đồng; các huyện, thành phố hỗ trợ thêm tùy điều kiện.
Ban Thường trực chọn thôn Hả, xã Tân Trung (huyện Tân Yên) làm điểm tổ chức ngày hội cấp tỉnh, với sự tham dự của lãnh đạo tỉnh. Ngoài ra, mỗi huyện chọn 1 khu dân cư làm điểm để lãnh đạo huyện dự. Ở những thôn có đông đồng bào Công giáo như thôn Đồng Sim, xã Phồn Xương, ngày hội được bố trí tránh thời gian lễ của giáo xứ.
Theo bà Ngô Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, năm 2015 toàn tỉnh có 1.976 khu dân cư tổ chức ngày hội, đạt 86,3%; nhân dân đóng góp hơn 5,4 tỷ đồng làm đường, sửa nhà văn hóa. Năm nay tỉnh phấn đấu 100% khu dân cư tổ chức ngày hội. Ông Giáp Văn Tuyên, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, lưu ý Ban công tác Mặt trận các thôn không vận động đóng góp vượt quá khả năng của nhân dân, không phô trương, lãng phí.
Kết thúc ngày hội, Ủy ban MTTQ các xã, phường, thị trấn báo cáo kết quả về Ủy ban MTTQ huyện trước ngày 20/11/2016 để tổng hợp. Hướng dẫn do Phó Chủ tịch ký:
KT. CHỦ TỊCH
Phó Chủ tịch
Ngô Thị Thu Hà
Quang Tùng
Lượt xem: 2.318
Tin liên quan
- Lục Ngạn tổ chức điểm ngày hội tại thôn Kép 2 (20/10/2016)
- Mặt trận tỉnh tặng 60 suất quà cho hộ nghèo Sơn Động (14/10/2016)
- Hội nghị giao ban cụm thi đua Mặt trận các huyện miền núi (30/09/2016)
""", "2016-10-26", "Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016",
E("khac", None, None),
[P("Ngô Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch"),
 P("Giáp Văn Tuyên", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("2.290 khu dân cư", 2290, "khu dân cư"), Q("3 triệu đồng", 3000000, "đồng"), Q("1.976 khu dân cư", 1976, "khu dân cư"),
 Q("86,3%", 86.3, "%"), Q("hơn 5,4 tỷ đồng", 5400000000, "đồng", "over"), Q("100% khu dân cư", 100, "%")],
[D("Hướng dẫn", "45", "HD-MTTQ-BTT", "2016-10-24", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "Hướng dẫn số 45/HD-MTTQ-BTT"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT"),
 D("Kế hoạch", "112", "KH/TU", "2016-10-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 05/10/2016")],
[prov("Bắc Giang"), com("Tân Trung"), com("Phồn Xương")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang", "Trang chủ › Tin tức › Hoạt động Mặt trận", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "KT. CHỦ TỊCH", "Lượt xem: 2.318"],
["86 năm", "1 khu dân cư", "năm 2015", "Năm nay", "Lượt xem: 2.318"]))

PAGES.append(page("b7476-dongnai-mttq-baocao-kiennghi-cutri-2017", """
ĐỒNG NAI ONLINE
Chính trị >> Mặt trận - Đoàn thể
16/10/2017 - 10:30
Mặt trận tỉnh tổng hợp 146 ý kiến, kiến nghị cử tri gửi kỳ họp thứ 4
(ĐN) - Ngày 12/10/2017, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ký Báo cáo số 112/BC-MTTQ-BTT tổng hợp ý kiến, kiến nghị của cử tri và nhân dân tỉnh Đồng Nai gửi đến kỳ họp thứ 4, Quốc hội khóa XIV. Báo cáo được gửi Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Đoàn đại biểu Quốc hội tỉnh.
Theo báo cáo, trước kỳ họp, Ủy ban MTTQ tỉnh đã phối hợp tổ chức 38 hội nghị tiếp xúc cử tri với hơn 4.200 lượt cử tri tham dự. Qua tổng hợp, có 146 ý kiến, kiến nghị tập trung vào 5 nhóm vấn đề: thu hồi đất, bồi thường, tái định cư; ô nhiễm môi trường tại các khu công nghiệp; giá dịch vụ y tế; an toàn thực phẩm; an ninh trật tự ở khu dân cư đông công nhân.
Nổi bật là kiến nghị liên quan Dự án Cảng hàng không quốc tế Long Thành. Cử tri xã Long An, xã Bình Sơn (huyện Long Thành) đề nghị sớm hoàn thành khu tái định cư Lộc An - Bình Sơn theo Nghị quyết số 94/2015/QH13 của Quốc hội, công khai bảng giá bồi thường; khoảng 4.500 hộ dân bị ảnh hưởng bởi dự án với diện tích thu hồi hơn 5.000 ha. Cử tri phường Tam Hiệp (TP Biên Hòa) phản ánh tình trạng ngập nước mỗi khi mưa lớn, đề nghị Trung ương hỗ trợ nguồn vốn nạo vét suối.
Ông Phạm Văn Thành, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, cho biết so với kỳ họp trước, số kiến nghị về lĩnh vực đất đai giảm 12%, nhưng kiến nghị về môi trường tăng. Nhiều ý kiến đề nghị Quốc hội sớm sửa đổi Luật Đất đai, có cơ chế để Mặt trận tham gia giám sát việc bồi thường ngay từ khâu kiểm đếm.
Bà Nguyễn Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: Mặt trận sẽ tiếp tục theo dõi việc trả lời kiến nghị của các bộ, ngành, thông tin lại cho cử tri tại các buổi tiếp xúc sau kỳ họp. Ông Trần Văn Tư, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh, ghi nhận đầy đủ các ý kiến và sẽ chuyển đến các cơ quan có thẩm quyền.
Ngoài các kiến nghị gửi Quốc hội, báo cáo cũng tổng hợp những ý kiến thuộc thẩm quyền của địa phương để chuyển HĐND, UBND tỉnh xem xét, trả lời; trong đó có đề nghị sớm lắp đặt hệ thống quan trắc nước thải tự động, tăng cường kiểm tra cơ sở chăn nuôi gây ô nhiễm và bố trí thêm trường mầm non cho con công nhân.
Báo cáo được ký:
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Kim Dung
Nơi nhận: Đoàn Chủ tịch UBTW MTTQ Việt Nam; Đoàn ĐBQH tỉnh; Thường trực Tỉnh ủy; lưu VT.
Hải Quân
Tin khác
- Nhơn Trạch: đối thoại với 200 hộ dân vùng dự án (10/10/2017)
- Mặt trận Biên Hòa giám sát việc xử lý rác thải (05/10/2017)
- Trảng Bom ra mắt 15 tổ tự quản về môi trường (29/09/2017)
""", "2017-10-16", "Mặt trận tỉnh tổng hợp 146 ý kiến, kiến nghị cử tri gửi kỳ họp thứ 4",
E("bao_cao", None, "2017-10-12"),
[P("Phạm Văn Thành", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Tư", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Lê Thị Kim Dung", "PHÓ CHỦ TỊCH")],
[Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"), Q("38 hội nghị tiếp xúc cử tri", 38, "hội nghị tiếp xúc cử tri"),
 Q("hơn 4.200 lượt cử tri", 4200, "lượt cử tri", "over"), Q("5 nhóm vấn đề", 5, "nhóm vấn đề"),
 Q("khoảng 4.500 hộ dân", 4500, "hộ dân", "approx"), Q("hơn 5.000 ha", 5000, "ha", "over"), Q("12%", 12, "%")],
[D("Báo cáo", "112", "BC-MTTQ-BTT", "2017-10-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 112/BC-MTTQ-BTT"),
 D("Nghị quyết", "94", "2015/QH13", None, "Quốc hội", "Nghị quyết số 94/2015/QH13")],
[prov("Đồng Nai"), com("Long An"), com("Bình Sơn"), com("Tam Hiệp")],
["ĐỒNG NAI ONLINE", "Chính trị >> Mặt trận - Đoàn thể", "(ĐN)", "Luật Đất đai", "KT. CHỦ TỊCH", "Dự án Cảng hàng không quốc tế Long Thành"],
["kỳ họp thứ 4", "khóa XIV", "16/10/2017 - 10:30"]))

PAGES.append(page("b7477-sonla-mttq-doithoai-taidinhcu-2018", """
BÁO SƠN LA
Thời sự - Chính trị / Mặt trận
Cập nhật: 08:15, 23/08/2018 (GMT+7)
Công bố thông báo kết quả hội nghị đối thoại với người dân tái định cư
Ảnh: Các đại biểu dự hội nghị đối thoại tại huyện Mường La.
Ngày 21/8/2018, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo UBND tỉnh với người dân vùng tái định cư thủy điện năm 2018. Ông Lường Văn Tọng, Phó Chủ tịch UBND tỉnh và ông Cầm Văn Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì. Hội nghị có 150 đại biểu là người dân các bản tái định cư, người có uy tín và cán bộ cơ sở.
Ngày 22/8, Ban Thường trực ban hành Thông báo số 56/TB-MTTQ-BTT về kết quả hội nghị. Theo thông báo, tại hội nghị có 27 ý kiến phát biểu trực tiếp, tập trung vào đất sản xuất, nước sinh hoạt, chính sách hỗ trợ sau tái định cư. Toàn tỉnh hiện có khoảng 12.500 hộ tái định cư, trong đó 2.350 hộ ở các điểm thiếu đất sản xuất.
Ông Quàng Văn Hặc, người có uy tín bản Tạ Làng, xã Chiềng Ơn, phản ánh hệ thống nước tự chảy của bản đã hỏng hơn 2 năm nay. Bà Mùa Thị Dợ ở bản Huổi Hậu, xã Mường Giàng, đề nghị giao đất rừng cho hộ để trồng cây ăn quả. Anh Lò Văn Thiêm, Trưởng bản Nà Lốc, kiến nghị hỗ trợ con giống vì mô hình chăn nuôi trâu, bò của bản mới có 18 hộ tham gia.
Trả lời các ý kiến, ông Lường Văn Tọng cho biết tỉnh đã bố trí 1,2 tỷ đồng sửa chữa 6 công trình nước sinh hoạt, hoàn thành trong quý IV; giao Sở Nông nghiệp và Phát triển nông thôn rà soát quỹ đất để giao cho các hộ thiếu đất. Những nội dung vượt thẩm quyền sẽ được tổng hợp, báo cáo Thủ tướng Chính phủ.
Thông báo nêu rõ hội nghị được tổ chức theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; Mặt trận các cấp có trách nhiệm theo dõi, giám sát việc thực hiện các cam kết tại đối thoại, định kỳ 6 tháng báo cáo Ban Thường trực.
Ông Cầm Văn Ngọc đề nghị Ban công tác Mặt trận các bản tiếp tục vận động bà con đoàn kết, không nghe theo kẻ xấu kích động, không di cư tự do. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La sẽ phối hợp với các sở, ngành thông tin kết quả giải quyết đến từng bản qua hệ thống loa truyền thanh và các buổi sinh hoạt của Ban công tác Mặt trận khu dân cư.
Thông báo do ông ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Cầm Văn Ngọc
Bài, ảnh: Lò Thủy
Các tin đã đưa
- Mặt trận Thuận Châu giám sát việc chi trả dịch vụ môi trường rừng (15/08/2018)
- 45 người có uy tín được tập huấn pháp luật (09/08/2018)
- Mộc Châu: vận động 70 hộ hiến đất làm đường (02/08/2018)
""", "2018-08-23", "Công bố thông báo kết quả hội nghị đối thoại với người dân tái định cư",
E("doi_thoai", "2018", "2018-08-21"),
[P("Lường Văn Tọng", "Phó Chủ tịch UBND tỉnh"),
 P("Cầm Văn Ngọc", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Quàng Văn Hặc", "người có uy tín bản Tạ Làng"),
 P("Mùa Thị Dợ"),
 P("Lò Văn Thiêm", "Trưởng bản Nà Lốc")],
[Q("150 đại biểu", 150, "đại biểu"), Q("27 ý kiến", 27, "ý kiến"), Q("khoảng 12.500 hộ tái định cư", 12500, "hộ tái định cư", "approx"),
 Q("2.350 hộ", 2350, "hộ"), Q("18 hộ", 18, "hộ"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("6 công trình nước sinh hoạt", 6, "công trình nước sinh hoạt")],
[D("Thông báo", "56", "TB-MTTQ-BTT", None, "Ban Thường trực", "Thông báo số 56/TB-MTTQ-BTT"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015")],
[prov("Sơn La"), com("Chiềng Ơn"), com("Mường Giàng")],
["BÁO SƠN LA", "Thời sự - Chính trị / Mặt trận", "Ảnh: Các đại biểu dự hội nghị đối thoại tại huyện Mường La.", "TM. BAN THƯỜNG TRỰC"],
["Cập nhật: 08:15, 23/08/2018 (GMT+7)", "2 năm", "quý IV", "6 tháng", "năm 2018"]))

PAGES.append(page("b7478-longan-mttq-thongbao-taphuan-2019", """
Báo Long An Online
Trang chủ | Chính trị | Mặt trận - Đoàn thể
14/05/2019 | 09:15
Mở 2 lớp tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An vừa có Thông báo số 29/TB-MTTQ-BTT ngày 10/5/2019 về việc mở lớp tập huấn nghiệp vụ công tác Mặt trận năm 2019 cho Chủ tịch, Phó Chủ tịch Ủy ban MTTQ cấp xã và Trưởng ban công tác Mặt trận ấp, khu phố.
Theo thông báo, năm nay Mặt trận tỉnh tổ chức 2 lớp, mỗi lớp khoảng 190 học viên, thời gian 3 ngày. Lớp thứ nhất khai giảng ngày 20/5/2019 tại Trường Chính trị tỉnh dành cho các huyện phía Nam; lớp thứ hai từ ngày 27/5/2019 tại Trung tâm Bồi dưỡng chính trị huyện Thạnh Hóa, thị trấn Thạnh Hóa, dành cho các huyện vùng Đồng Tháp Mười. Học viên được hỗ trợ tiền ăn 150.000 đồng/người/ngày và tài liệu.
Nội dung tập huấn gồm: Luật Mặt trận Tổ quốc Việt Nam năm 2015; kỹ năng giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị; nghiệp vụ của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng; kỹ năng hòa giải ở cơ sở; cách tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Giảng viên là lãnh đạo các ban chuyên môn của Mặt trận tỉnh và ThS. Phạm Thị Mỹ Lệ, Phó Hiệu trưởng Trường Chính trị tỉnh.
Lớp tập huấn thực hiện theo Kế hoạch số 41/KH-MTTQ-BTT ngày 15/01/2019 về công tác đào tạo, bồi dưỡng cán bộ Mặt trận năm 2019. Hiện toàn tỉnh có 192 xã, phường, thị trấn và 1.031 ấp, khu phố; khoảng 35% Chủ tịch Ủy ban MTTQ cấp xã mới được bầu, chưa qua bồi dưỡng nghiệp vụ.
Ông Huỳnh Văn Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau mỗi lớp sẽ có bài thu hoạch, học viên đạt yêu cầu được cấp giấy chứng nhận. Ban Thường trực đề nghị Ủy ban MTTQ các huyện lập danh sách học viên gửi về Văn phòng trước ngày 16/5. Ông Trần Văn Bé Hai, Chủ tịch Ủy ban MTTQ xã Long Hựu Đông, nhiều năm làm trưởng ban công tác Mặt trận ấp, sẽ chia sẻ kinh nghiệm vận động đồng bào xây dựng cầu giao thông nông thôn.
Theo Ban Thường trực, học viên cần mang theo báo cáo tình hình hoạt động của Mặt trận cơ sở, những khó khăn, vướng mắc để trao đổi tại lớp; mỗi đơn vị chuẩn bị một cách làm hay trong vận động nhân dân tham gia xây dựng nông thôn mới, bảo đảm an ninh trật tự ở ấp, khu phố.
Thông báo do Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký:
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Quang
Thanh Hoa
Lượt xem: 905
Tin liên quan
- Mặt trận Cần Giuộc giám sát việc bình xét hộ nghèo (08/05/2019)
- Tân Thạnh: trao 100 suất quà cho người dân vùng lũ (02/05/2019)
- Hội nghị giao ban công tác Mặt trận quý I/2019 (12/04/2019)
""", "2019-05-14", "Mở 2 lớp tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở",
E("tap_huan", "2019", "2019-05-20"),
[P("Phạm Thị Mỹ Lệ", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Huỳnh Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "PHÓ CHỦ TỊCH"),
 P("Trần Văn Bé Hai", "Chủ tịch Ủy ban MTTQ xã Long Hựu Đông")],
[Q("2 lớp", 2, "lớp"), Q("khoảng 190 học viên", 190, "học viên", "approx"), Q("150.000 đồng/người/ngày", 150000, "đồng"),
 Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"), Q("1.031 ấp, khu phố", 1031, "ấp, khu phố"),
 Q("khoảng 35%", 35, "%", "approx")],
[D("Thông báo", "29", "TB-MTTQ-BTT", "2019-05-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An", "Thông báo số 29/TB-MTTQ-BTT ngày 10/5/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", "2019-01-15", None, "Kế hoạch số 41/KH-MTTQ-BTT ngày 15/01/2019")],
[prov("Long An"), com("Thạnh Hóa"), com("Long Hựu Đông")],
["Báo Long An Online", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Luật Mặt trận Tổ quốc Việt Nam năm 2015",
 "Ngày hội Đại đoàn kết toàn dân tộc", "KT. CHỦ TỊCH", "Lượt xem: 905"],
["3 ngày", "Lớp thứ nhất", "lớp thứ hai", "năm 2019", "14/05/2019 | 09:15"]))

PAGES.append(page("b7479-khanhhoa-mttq-tiepnhan-covid-2020", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội - Mặt trận
Cập nhật lúc 17:45 ngày 31/03/2020
Ủy ban MTTQ tỉnh thông báo tiếp nhận ủng hộ phòng, chống dịch COVID-19
Hưởng ứng Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam về toàn dân tham gia ủng hộ phòng, chống dịch COVID-19, ngày 30/3/2020 Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa ban hành Thông báo số 37/TB-MTTQ-BTT về việc tiếp nhận tiền, hàng ủng hộ của các tổ chức, cá nhân.
Theo thông báo, việc tiếp nhận được thực hiện theo Hướng dẫn số 36/HD-MTTW-BTT ngày 18/3/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, bảo đảm công khai, minh bạch, đúng mục đích. Các tổ chức, cá nhân có thể chuyển khoản vào tài khoản của Ủy ban MTTQ Việt Nam tỉnh hoặc ủng hộ trực tiếp tại trụ sở; hạn chế tập trung đông người theo tinh thần Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
Đến chiều 31/3, Mặt trận tỉnh đã tiếp nhận hơn 4,1 tỷ đồng cùng 25 tấn gạo, 12.000 khẩu trang y tế và 800 bộ đồ bảo hộ từ 56 tổ chức, cá nhân. Nhiều doanh nghiệp du lịch dù đang gặp khó khăn vẫn chung tay đóng góp; các chức sắc Phật giáo, Công giáo, Cao Đài trên địa bàn cũng vận động tín đồ ủng hộ.
Bà Trần Thị Lệ Hằng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết toàn bộ tiền, hàng sẽ được chuyển đến Ban Chỉ đạo phòng, chống dịch của tỉnh, các khu cách ly tập trung và lực lượng tuyến đầu; một phần hỗ trợ người lao động mất việc ở phường Vĩnh Phước (TP Nha Trang). Ông Cao Văn Tựu, Chủ tịch Ủy ban MTTQ huyện Khánh Sơn, cho biết đồng bào Raglai ở xã Sơn Bình đã góp gần 3 tấn rau, củ gửi các khu cách ly.
Danh sách tổ chức, cá nhân ủng hộ được công bố hằng ngày trên Cổng thông tin điện tử của Ủy ban MTTQ tỉnh và Báo Khánh Hòa. Ban Thường trực đề nghị Ủy ban MTTQ các huyện, thị xã, thành phố tiếp nhận tại chỗ, báo cáo số liệu về tỉnh vào 16 giờ hằng ngày.
Ban Thường trực cũng khuyến cáo người dân cảnh giác với các đối tượng lợi dụng danh nghĩa Mặt trận để kêu gọi quyên góp trên mạng xã hội; mọi khoản ủng hộ chỉ chuyển vào tài khoản chính thức đã được công bố. Việc phân bổ tiền, hàng do Ban Thường trực thống nhất với Ban Chỉ đạo phòng, chống dịch của tỉnh và được báo cáo công khai sau khi kết thúc đợt vận động.
Thông báo được ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Võ Thị Thu Ba
Mọi chi tiết liên hệ Văn phòng Ủy ban MTTQ Việt Nam tỉnh.
Bảo Ngọc
Tin liên quan
- Cam Ranh: hỗ trợ 200 suất quà cho người lao động mất việc (29/03/2020)
- Ninh Hòa tiếp nhận 10 tấn gạo ủng hộ phòng dịch (27/03/2020)
- Hội LHPN tỉnh may 5.000 khẩu trang vải (25/03/2020)
""", "2020-03-31", "Ủy ban MTTQ tỉnh thông báo tiếp nhận ủng hộ phòng, chống dịch COVID-19",
E("khac", None, None),
[P("Trần Thị Lệ Hằng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Văn Tựu", "Chủ tịch Ủy ban MTTQ huyện Khánh Sơn"),
 P("Võ Thị Thu Ba", "CHỦ TỊCH")],
[Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("25 tấn", 25, "tấn"), Q("12.000 khẩu trang y tế", 12000, "khẩu trang y tế"),
 Q("800 bộ đồ bảo hộ", 800, "bộ đồ bảo hộ"), Q("56 tổ chức, cá nhân", 56, "tổ chức, cá nhân"), Q("gần 3 tấn", 3, "tấn", "approx")],
[D("Thông báo", "37", "TB-MTTQ-BTT", "2020-03-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa", "Thông báo số 37/TB-MTTQ-BTT"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", "2020-03-18", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT ngày 18/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Khánh Hòa"), com("Vĩnh Phước"), com("Sơn Bình")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội - Mặt trận", "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "TM. BAN THƯỜNG TRỰC", "Báo Khánh Hòa"],
["COVID-19", "16 giờ", "Cập nhật lúc 17:45 ngày 31/03/2020"]))

PAGES.append(page("b7480-haiphong-mttq-hiepthuong-lan3-2021", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng
Trang chủ / Bầu cử đại biểu Quốc hội và HĐND các cấp
Thứ Ba, 20/04/2021 - 08:00
Toàn cảnh hội nghị hiệp thương lần thứ ba.
Hải Phòng: 15 ứng cử viên đại biểu Quốc hội khóa XV trong danh sách chính thức
Ngày 19/4/2021, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND thành phố nhiệm kỳ 2021 - 2026. Chủ trì hội nghị là đồng chí Đỗ Mạnh Hùng, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, cùng các đồng chí Nguyễn Thị Thu Trang, Vũ Đức Hạnh, Phạm Văn Lâm - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Kết quả hội nghị được công bố tại Thông báo số 74/TB-MTTQ-BTT. Theo đó, hội nghị thống nhất danh sách chính thức 15 ứng cử viên để bầu 9 đại biểu Quốc hội ở 3 đơn vị bầu cử; danh sách 103 ứng cử viên đại biểu HĐND thành phố để bầu 62 đại biểu ở 16 đơn vị bầu cử. Trong danh sách ứng cử HĐND thành phố, nữ chiếm 41,7%, người ngoài Đảng chiếm 9,7%, có 29 người tái cử.
Hội nghị được tiến hành theo đúng Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND, Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/01/2021 hướng dẫn quy trình hiệp thương, Nghị quyết số 1185/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội về dự kiến số lượng, cơ cấu, thành phần người được giới thiệu ứng cử, và Kế hoạch số 19/KH-MTTQ-BTT ngày 22/01/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Trước đó, việc lấy ý kiến cử tri nơi cư trú đối với người ứng cử được tổ chức tại 223 hội nghị cử tri; 100% người được giới thiệu đạt tỷ lệ tín nhiệm trên 50%. Tại tổ dân phố ở phường Máy Chai và thôn Đông, xã Đại Hợp, cử tri đã đóng góp nhiều ý kiến thẳng thắn về những người được giới thiệu.
Phát biểu tại hội nghị, đồng chí Lê Văn Thuấn, Phó Chủ tịch HĐND thành phố, Phó Chủ tịch Thường trực Ủy ban bầu cử thành phố đánh giá quy trình hiệp thương dân chủ, khách quan. Đồng chí Đỗ Mạnh Hùng đề nghị Ủy ban MTTQ các quận, huyện tiếp tục giám sát việc niêm yết danh sách, tổ chức tiếp xúc cử tri và tuyên truyền sâu rộng để ngày bầu cử 23/5/2021 thực sự là ngày hội của toàn dân.
Thông báo được gửi đến Ủy ban bầu cử thành phố và đăng tải công khai.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(đã ký)
Đỗ Mạnh Hùng
Hoàng Yến
Tin liên quan
- Hải Phòng: hội nghị hiệp thương lần thứ hai giới thiệu 170 người ứng cử (16/03/2021)
- Kiến Thụy lấy ý kiến cử tri nơi cư trú (30/03/2021)
- Mặt trận thành phố tập huấn nghiệp vụ bầu cử (10/02/2021)
""", "2021-04-20", "Hải Phòng: 15 ứng cử viên đại biểu Quốc hội khóa XV trong danh sách chính thức",
E("hoi_nghi", None, "2021-04-19"),
[P("Đỗ Mạnh Hùng", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "CHỦ TỊCH"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Đức Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Thuấn", "Phó Chủ tịch HĐND thành phố", "Phó Chủ tịch Thường trực Ủy ban bầu cử thành phố")],
[Q("15 ứng cử viên", 15, "ứng cử viên"), Q("9 đại biểu Quốc hội", 9, "đại biểu Quốc hội"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"),
 Q("103 ứng cử viên đại biểu HĐND thành phố", 103, "ứng cử viên đại biểu HĐND thành phố"), Q("62 đại biểu", 62, "đại biểu"),
 Q("16 đơn vị bầu cử", 16, "đơn vị bầu cử"), Q("41,7%", 41.7, "%"), Q("9,7%", 9.7, "%"), Q("29 người", 29, "người"),
 Q("223 hội nghị cử tri", 223, "hội nghị cử tri"), Q("100% người được giới thiệu", 100, "%"), Q("trên 50%", 50, "%", "over")],
[D("Thông báo", "74", "TB-MTTQ-BTT", None, None, "Thông báo số 74/TB-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2021-01-15", None,
   "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/01/2021"),
 D("Nghị quyết", "1185", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1185/NQ-UBTVQH14"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2021-01-22", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 19/KH-MTTQ-BTT ngày 22/01/2021")],
[prov("Hải Phòng"), com("Máy Chai"), com("Đại Hợp")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng", "Trang chủ / Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Toàn cảnh hội nghị hiệp thương lần thứ ba.", "TM. BAN THƯỜNG TRỰC", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"],
["lần thứ ba", "khóa XV", "nhiệm kỳ 2021 - 2026", "Thứ Ba, 20/04/2021 - 08:00"]))
