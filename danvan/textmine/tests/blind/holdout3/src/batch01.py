from lib import *
PAGES = []

# b61 Lai Châu 2012, Hội LHPN tổng kết năm
t = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAI CHÂU
Cổng thông tin điện tử
Trang chủ > Tin tức > Hoạt động Hội
Thứ Sáu, 21/12/2012 - 16:05

Hội LHPN tỉnh Lai Châu tổng kết công tác Hội và phong trào phụ nữ năm 2012

Ngày 20/12, Hội Liên hiệp Phụ nữ tỉnh Lai Châu tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có bà Tòng Thị Phóng, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; đồng chí Lò Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.

Năm 2012, các cấp Hội trong tỉnh tiếp tục triển khai Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, gắn với Cuộc vận động "Xây dựng gia đình 5 không 3 sạch". Toàn tỉnh kết nạp mới 2.146 hội viên, nâng tổng số hội viên lên 58.930 người, đạt 81,4% so với tổng số phụ nữ trong độ tuổi.

Theo báo cáo do đồng chí Giàng Thị Dua, Chủ tịch Hội LHPN tỉnh trình bày, các cấp Hội đã phối hợp với Ngân hàng Chính sách xã hội quản lý 412 tổ tiết kiệm và vay vốn với tổng dư nợ 186,5 tỷ đồng, giúp 9.870 hộ hội viên có vốn phát triển kinh tế. Hội vận động các hội viên đóng góp xây dựng 37 "Mái ấm tình thương" cho phụ nữ nghèo đơn thân, trị giá khoảng 1,1 tỷ đồng. Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm hơn 6% so với năm 2011.

Tại huyện Tam Đường, mô hình "Tổ phụ nữ nuôi gà đồi" ở xã Bản Bo thu hút 64 hộ tham gia. Chị Lò Thị Xiến, tổ trưởng tổ nuôi gà bản Nà Đon, chia sẻ: "Mỗi lứa gà nhà em bán được hơn 15 triệu đồng, chị em trong tổ đã có tiền cho con đi học".

Phát biểu chỉ đạo, đồng chí Lò Văn Chiến ghi nhận những kết quả Hội đạt được trong năm, đồng thời đề nghị Hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, chú trọng công tác vận động phụ nữ dân tộc thiểu số xóa bỏ tảo hôn, hôn nhân cận huyết thống. Trưởng Ban Dân vận Tỉnh ủy cũng lưu ý Hội cần tham mưu tốt cho cấp ủy trong công tác cán bộ nữ.

Bà Tòng Thị Phóng đánh giá cao sự nỗ lực của Hội LHPN Lai Châu trong điều kiện tỉnh còn nhiều khó khăn, đề nghị Hội tiếp tục thực hiện tốt Đề án hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015.

Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 5 tập thể; Hội LHPN tỉnh tặng Giấy khen cho 23 tập thể và 41 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào phụ nữ năm 2012.

Ảnh: Toàn cảnh hội nghị tổng kết công tác Hội năm 2012.
Ảnh: Lãnh đạo Tỉnh ủy trao Giấy khen cho các tập thể.

Thùy Dương
Lượt xem: 1.318

Tin liên quan
- Hội LHPN huyện Sìn Hồ ra mắt 3 tổ hợp tác phụ nữ (14/12/2012)
- Lai Châu: 120 phụ nữ được tập huấn kỹ năng làm kinh tế (05/12/2012)
- Trao 15 con bò giống cho hội viên nghèo xã Ma Quai (28/11/2012)
"""
lab = L("2012-12-21", "Hội LHPN tỉnh Lai Châu tổng kết công tác Hội và phong trào phụ nữ năm 2012", "tong_ket", "2012", "2012-12-20",
 [P("Tòng Thị Phóng", "Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
  P("Lò Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Giàng Thị Dua", "Chủ tịch Hội LHPN tỉnh"),
  P("Lò Thị Xiến", "tổ trưởng tổ nuôi gà bản Nà Đon")],
 [Q(2146, "hội viên"), Q(58930, "người"), Q(81.4, "%"), Q(412, "tổ tiết kiệm và vay vốn"), Q(186500000000, "đồng"),
  Q(9870, "hộ hội viên"), Q(37, "Mái ấm tình thương"), Q(1100000000, "đồng", "approx"), Q(6, "%", "over"), Q(64, "hộ"),
  Q(15000000, "đồng", "over"), Q(5, "tập thể"), Q(23, "tập thể"), Q(41, "cá nhân")],
 [D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị")],
 [PL("Lai Châu"), PL("Bản Bo", "commune")],
 ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAI CHÂU", "Lượt xem", "Toàn cảnh hội nghị tổng kết công tác Hội năm 2012", "Tổ phụ nữ nuôi gà đồi", "Xây dựng gia đình 5 không 3 sạch", "Tam Đường"],
 ["5 không 3 sạch", "2010 - 2015"])
PAGES.append(("b61-laichau-hlhpn-tongket-2012", t, lab))

# b62 Hà Tĩnh 2014 sơ kết 6 tháng Ban Dân vận
t = """BÁO ĐIỆN TỬ HÀ TĨNH
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật: 10:42 ngày 15/07/2014

Khối Dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2014

(Hà Tĩnh) - Chiều 14/7, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Trần Đình Ngưu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị.

Trong 6 tháng, công tác dân vận của hệ thống chính trị tập trung tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới theo Nghị quyết số 08-NQ/TU ngày 20/7/2011 của Ban Chấp hành Đảng bộ tỉnh và thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị. Đặc biệt, sau sự cố biểu tình gây rối tại khu kinh tế Vũng Áng tháng 5/2014, các cấp ủy, MTTQ và đoàn thể đã cử 214 tổ công tác về tận thôn xóm nắm tình hình, vận động 1.760 người lao động trở lại làm việc.

Theo báo cáo của Ban Dân vận Tỉnh ủy, nhân dân trong tỉnh đã hiến 318.000 m2 đất, đóng góp 47,6 tỷ đồng và hơn 92.000 ngày công làm đường giao thông nông thôn, kênh mương nội đồng. Phong trào thi đua "Dân vận khéo" có 1.204 mô hình được đăng ký, trong đó 86 mô hình được đánh giá tiêu biểu.

Bà Nguyễn Thị Cúc, Trưởng Ban Dân vận Tỉnh ủy cho biết, bên cạnh kết quả đạt được, một số nơi cấp ủy chưa thật sự quan tâm công tác dân vận chính quyền, việc tiếp dân, đối thoại với dân còn hình thức; tình trạng khiếu kiện đông người về đền bù giải phóng mặt bằng vẫn xảy ra ở 3 huyện.

Tham luận tại hội nghị, ông Phan Văn Tuấn, Chủ tịch UBMTTQ huyện Kỳ Anh chia sẻ kinh nghiệm "đi từng ngõ, gõ từng nhà" để vận động các hộ dân di dời, bàn giao mặt bằng. Bà Lê Thị Hồng Nhung, Bí thư Đảng ủy xã Thạch Đài nêu cách làm "3 cùng" với dân trong dồn điền đổi thửa.

Kết luận hội nghị, đồng chí Trần Đình Ngưu yêu cầu các cấp ủy, chính quyền tiếp tục quán triệt Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, chủ động nắm bắt tâm tư nguyện vọng của nhân dân, giải quyết kịp thời các vấn đề bức xúc ngay từ cơ sở, không để hình thành "điểm nóng". Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh 6 tháng cuối năm phải hoàn thành việc kiện toàn khối dân vận ở 100% xã, phường, thị trấn.

Ảnh: Đồng chí Trần Đình Ngưu phát biểu chỉ đạo hội nghị. (Ảnh: Thu Phương)

Nguyễn Hà
Số lượt đọc: 2.047

Tin liên quan
- Kỳ Anh: Đối thoại với 150 hộ dân vùng dự án (02/07/2014)
- Hà Tĩnh: Tổng kết 15 năm thực hiện Quy chế dân chủ ở cơ sở (20/06/2014)
"""
lab = L("2014-07-15", "Khối Dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2014", "so_ket", "2014-H1", "2014-07-14",
 [P("Trần Đình Ngưu", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Nguyễn Thị Cúc", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Phan Văn Tuấn", "Chủ tịch UBMTTQ huyện Kỳ Anh"),
  P("Lê Thị Hồng Nhung", "Bí thư Đảng ủy xã Thạch Đài")],
 [Q(214, "tổ công tác"), Q(1760, "người lao động"), Q(318000, "m2"), Q(47600000000, "đồng"), Q(92000, "ngày công", "over"),
  Q(1204, "mô hình"), Q(86, "mô hình"), Q(3, "huyện"), Q(100, "%")],
 [D("Nghị quyết", "08", "NQ/TU", "2011-07-20", "Ban Chấp hành Đảng bộ tỉnh"),
  D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Ban Chấp hành Trung ương")],
 [PL("Hà Tĩnh"), PL("Thạch Đài", "commune")],
 ["BÁO ĐIỆN TỬ HÀ TĨNH", "Số lượt đọc", "Dân vận khéo", "Vũng Áng", "Đồng chí Trần Đình Ngưu phát biểu chỉ đạo hội nghị"],
 ["6 tháng", "3 cùng", "tháng 5/2014", "Trung ương 7 khóa XI"])
PAGES.append(("b62-hatinh-dv-soket-2014", t, lab))

# b63 Kon Tum 2015 giao ban quý III MTTQ
t = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận
Ngày đăng: 06/10/2015 | 08:15

Mặt trận tỉnh giao ban công tác quý III/2015

Sáng 5/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức giao ban công tác Mặt trận quý III và triển khai nhiệm vụ quý IV năm 2015. Ông A Pớt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì giao ban. Cùng dự có Ông Y Đạo, Phó Trưởng Ban Dân vận Tỉnh ủy.

Báo cáo tại giao ban cho thấy, trong quý III, Mặt trận các cấp tập trung thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh Kon Tum lần thứ XI, nhiệm kỳ 2014 - 2019, đồng thời tham gia góp ý văn kiện Đại hội Đảng bộ các cấp. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai sâu rộng ở 102 xã, phường, thị trấn.

Quỹ "Vì người nghèo" các cấp trong quý vận động được 1 tỷ 270 triệu đồng; từ nguồn quỹ đã hỗ trợ xây mới 48 căn nhà Đại đoàn kết, sửa chữa 19 căn cho hộ nghèo đồng bào dân tộc thiểu số, mỗi căn được hỗ trợ 30 triệu đồng. Mặt trận các huyện Đăk Hà, Ngọc Hồi phối hợp tổ chức 27 cuộc giám sát việc thực hiện chính sách hỗ trợ theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo.

Ông A Pớt cho biết, qua giám sát phát hiện một số nơi chậm giải ngân, có 146 hộ chưa nhận được hỗ trợ nước sinh hoạt. Ban Thường trực đã kiến nghị UBND tỉnh chỉ đạo khắc phục.

Phát biểu tại giao ban, Ông Y Đạo đề nghị Mặt trận các cấp tiếp tục bám sát Chỉ thị số 18-CT/TW ngày 10/9/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với MTTQ Việt Nam, chủ động tham gia xây dựng Đảng, xây dựng chính quyền, nhất là góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XV. Ông cũng lưu ý việc vận động đồng bào ở các làng vùng biên giới không nghe theo kẻ xấu, không vượt biên trái phép.

Ông Nguyễn Hữu Hải, Trưởng Ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh báo cáo kết quả tuyên truyền, cho biết khoảng 3.500 lượt người đã tham gia các buổi sinh hoạt tại khu dân cư. Bà Y Lim, Chủ tịch Ủy ban MTTQ xã Đăk Blà phản ánh nhiều làng còn thiếu nhà văn hóa cộng đồng.

Ảnh: Quang cảnh buổi giao ban quý III.

Minh Tâm
Lượt truy cập: 864

Tin liên quan
- Kon Tum: Trao 20 nhà Đại đoàn kết tại huyện Sa Thầy (29/9/2015)
- MTTQ tỉnh góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh (21/9/2015)
- Ra mắt mô hình "Khu dân cư tự quản" tại làng Kon Rơ Bàng 1 (14/9/2015)
"""
lab = L("2015-10-06", "Mặt trận tỉnh giao ban công tác quý III/2015", "giao_ban", "2015-Q3", "2015-10-05",
 [P("A Pớt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
  P("Y Đạo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Nguyễn Hữu Hải", "Trưởng Ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
  P("Y Lim", "Chủ tịch Ủy ban MTTQ xã Đăk Blà")],
 [Q(102, "xã, phường, thị trấn"), Q(1270000000, "đồng"), Q(48, "căn nhà Đại đoàn kết"), Q(19, "căn"), Q(30000000, "đồng"),
  Q(27, "cuộc giám sát"), Q(146, "hộ"), Q(3500, "lượt người", "approx")],
 [D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ"),
  D("Chỉ thị", "18", "CT/TW", "2007-09-10", "Bộ Chính trị")],
 [PL("Kon Tum"), PL("Đăk Blà", "commune")],
 ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Lượt truy cập", "Quang cảnh buổi giao ban quý III", "Vì người nghèo",
  "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngọc Hồi"],
 ["lần thứ XI", "2014 - 2019", "lần thứ XV", "quý IV"])
PAGES.append(("b63-kontum-mttq-giaoban-2015", t, lab))

# b64 Ninh Thuận 2016 đối thoại
t = """BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ > Thời sự > Trong tỉnh
Thứ Năm, 08/09/2016, 17:20 (GMT+7)

Bí thư Tỉnh ủy đối thoại với nông dân năm 2016

Ngày 7/9, tại Hội trường UBND huyện Ninh Phước, đồng chí Nguyễn Đức Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Ninh Thuận có buổi đối thoại với nông dân năm 2016. Cùng dự có đồng chí Lưu Xuân Vĩnh, Phó Chủ tịch UBND tỉnh; đồng chí Đặng Thị Tuyết Lan, Chủ tịch Hội Nông dân tỉnh.

Buổi đối thoại được tổ chức theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, và Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam trong việc tổ chức đối thoại với nông dân.

Có 168 hội viên nông dân đại diện cho các huyện, thành phố tham dự; 23 ý kiến được nêu trực tiếp tại buổi đối thoại, tập trung vào tình trạng hạn hán kéo dài, chính sách hỗ trợ chuyển đổi cây trồng, giá bán nho, táo và chăn nuôi dê, cừu.

Ông Châu Văn Lành, nông dân thôn Hiếu Thiện (xã Phước Hậu) phản ánh: đợt hạn vừa qua gia đình ông cùng hơn 400 hộ trong thôn thiếu nước tưới, nhiều diện tích lúa phải bỏ. Bà Thông Thị Mẫn, hội viên Chi hội nông dân thôn Phước Đồng kiến nghị nâng mức hỗ trợ cho hộ chăn nuôi bị thiệt hại do hạn.

Trả lời các ý kiến, đồng chí Lưu Xuân Vĩnh cho biết, năm 2016 toàn tỉnh đã chi 62,3 tỷ đồng hỗ trợ khắc phục hạn hán; trong đó hỗ trợ 8.540 hộ chăn nuôi với mức 500.000 đồng/con bò. Tỉnh đang đầu tư hệ thống kênh cấp 1, cấp 2 thuộc công trình hồ Sông Biêu với chiều dài khoảng 17 km.

Phát biểu kết luận, Bí thư Tỉnh ủy Nguyễn Đức Thanh ghi nhận, biểu dương tinh thần vượt khó của nông dân trong tỉnh, đồng thời yêu cầu các sở, ngành nghiên cứu tiếp thu, giải quyết dứt điểm các kiến nghị chính đáng, trả lời bằng văn bản trước ngày 30/9. Đồng chí đề nghị Hội Nông dân tỉnh tiếp tục phát huy vai trò nòng cốt trong phong trào "Nông dân thi đua sản xuất kinh doanh giỏi", đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.

Ảnh: Bí thư Tỉnh ủy Nguyễn Đức Thanh phát biểu tại buổi đối thoại. Ảnh: Văn Nỷ

Văn Miên
Lượt xem: 3.102

Tin liên quan
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2016 (15/7/2016)
- Ninh Phước: Hỗ trợ 1.200 con dê giống cho hộ nghèo (22/8/2016)
"""
lab = L("2016-09-08", "Bí thư Tỉnh ủy đối thoại với nông dân năm 2016", "doi_thoai", "2016", "2016-09-07",
 [P("Nguyễn Đức Thanh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Ninh Thuận"),
  P("Lưu Xuân Vĩnh", "Phó Chủ tịch UBND tỉnh"),
  P("Đặng Thị Tuyết Lan", "Chủ tịch Hội Nông dân tỉnh"),
  P("Châu Văn Lành", "nông dân thôn Hiếu Thiện"),
  P("Thông Thị Mẫn", "hội viên Chi hội nông dân thôn Phước Đồng")],
 [Q(168, "hội viên nông dân"), Q(23, "ý kiến"), Q(400, "hộ", "over"), Q(62300000000, "đồng"), Q(8540, "hộ chăn nuôi"),
  Q(500000, "đồng"), Q(17, "km", "approx")],
 [D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị"),
  D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ")],
 [PL("Ninh Thuận"), PL("Phước Hậu", "commune")],
 ["BÁO NINH THUẬN ĐIỆN TỬ", "Lượt xem", "Nông dân thi đua sản xuất kinh doanh giỏi", "Sông Biêu", "Ninh Phước",
  "Bí thư Tỉnh ủy Nguyễn Đức Thanh phát biểu tại buổi đối thoại"],
 ["cấp 1, cấp 2", "ngày 30/9"])
PAGES.append(("b64-ninhthuan-btu-doithoai-2016", t, lab))
