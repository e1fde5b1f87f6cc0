from lib import *
PAGES = []

PAGES.append(page("b3965-thanhhoa-traothe-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ » Hoạt động Mặt trận » An sinh xã hội
Thứ Sáu, 24/06/2011 - 09:30
Ảnh: Trao thẻ BHYT cho người cận nghèo.
Trao 2.500 thẻ bảo hiểm y tế cho người cận nghèo huyện Như Xuân
Ngày 22/6/2011, Ủy ban MTTQ tỉnh Thanh Hóa phối hợp với Bảo hiểm xã hội tỉnh và Ban vận động Quỹ "Vì người nghèo" tỉnh tổ chức trao 2.500 thẻ bảo hiểm y tế (BHYT) cho người thuộc hộ cận nghèo ở 4 xã Xuân Bình, Bãi Trành, Thanh Quân và Hóa Quỳ, huyện Như Xuân. Đồng chí Lê Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh, Phó Trưởng Ban Thường trực Ban vận động Quỹ "Vì người nghèo" tỉnh và ông Nguyễn Đình Lưu, Phó Giám đốc Bảo hiểm xã hội tỉnh dự và trao thẻ.
Thực hiện Chỉ thị số 38-CT/TW ngày 07/9/2009 của Ban Bí thư về đẩy mạnh công tác bảo hiểm y tế trong tình hình mới và kế hoạch số 27/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, thời gian qua Mặt trận các cấp đã phối hợp với ngành bảo hiểm xã hội vận động người cận nghèo, học sinh, hộ nông dân tham gia BHYT. Theo Quyết định số 1026/QĐ-UBND ngày 30/3/2011 của UBND tỉnh, người thuộc hộ cận nghèo được ngân sách hỗ trợ 50% mức đóng; phần còn lại, Quỹ "Vì người nghèo" các cấp hỗ trợ thêm 30%, người dân chỉ phải đóng khoảng 20%.
Toàn tỉnh hiện có khoảng 312.000 người thuộc hộ cận nghèo nhưng mới có 18,6% tham gia BHYT. Nguyên nhân chủ yếu là thu nhập thấp, nhiều người chưa hiểu quyền lợi khi khám, chữa bệnh. Vì vậy, đợt này Ủy ban MTTQ tỉnh đã vận động 3 doanh nghiệp ủng hộ hơn 1,1 tỷ đồng để mua thẻ cho người cận nghèo các huyện miền núi. Mỗi thẻ có mệnh giá 446.940 đồng, có giá trị sử dụng 12 tháng.
Phát biểu tại buổi trao thẻ, đồng chí Lê Thị Hoa đề nghị Ủy ban MTTQ các huyện tiếp tục phối hợp với các đoàn thể rà soát danh sách, đến từng thôn, bản tuyên truyền để người cận nghèo tự nguyện tham gia; phấn đấu hết năm 2011 có thêm 25.000 người cận nghèo có thẻ BHYT.
Đồng chí Hà Văn Khiêm, HUV, Chủ tịch Ủy ban MTTQ huyện Như Xuân cho biết, huyện đã tổ chức 46 buổi tuyên truyền tại khu dân cư với trên 3.800 lượt người nghe; các chi hội phụ nữ, hội nông dân đã đến từng hộ vận động. Các đồng chí Lục Thị Xuân, Lò Văn Thắm - Chủ tịch Ủy ban MTTQ xã cho biết bà con rất phấn khởi vì lần đầu được cầm thẻ BHYT trên tay.
Bà Lò Thị Hiền (58 tuổi, thôn Đồng Mười, xã Xuân Bình) xúc động: "Nhà tôi có 5 người, năm nay được cấp thẻ cả, ốm đau không phải lo vay mượn nữa".
Đồng chí Lê Thị Hoa và đại diện Bảo hiểm xã hội tỉnh trao thẻ BHYT cho bà con.
Ngọc Huấn
Lượt xem: 1.214
Tin liên quan
- Quỹ "Vì người nghèo" tỉnh tiếp nhận 4,2 tỷ đồng ủng hộ (10/06/2011)
- Hội nghị triển khai Chỉ thị 38-CT/TW tại huyện Lang Chánh (27/05/2011)
- Mặt trận huyện Quan Sơn trao 300 thẻ BHYT (12/05/2011)
- Ra mắt tổ dân vận bản Khằm, xã Trung Hạ (29/04/2011)
""", "2011-06-24", "Trao 2.500 thẻ bảo hiểm y tế cho người cận nghèo huyện Như Xuân",
E("trao_qua", None, "2011-06-22"),
[P("Lê Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Phó Trưởng Ban Thường trực Ban vận động Quỹ \"Vì người nghèo\" tỉnh"),
 P("Nguyễn Đình Lưu", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Hà Văn Khiêm", "HUV", "Chủ tịch Ủy ban MTTQ huyện Như Xuân"),
 P("Lục Thị Xuân", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lò Văn Thắm", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lò Thị Hiền")],
[Q("2.500 thẻ bảo hiểm y tế", 2500, "thẻ bảo hiểm y tế"), Q("4 xã", 4, "xã"), Q("50%", 50, "%"), Q("30%", 30, "%"),
 Q("khoảng 20%", 20, "%", "approx"), Q("khoảng 312.000 người", 312000, "người", "approx"), Q("18,6%", 18.6, "%"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("446.940 đồng", 446940, "đồng"),
 Q("25.000 người cận nghèo", 25000, "người cận nghèo"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"),
 Q("trên 3.800 lượt người", 3800, "lượt người", "over"), Q("5 người", 5, "người")],
[D("Chỉ thị", "38", "CT/TW", "2009-09-07", "Ban Bí thư", "Chỉ thị số 38-CT/TW ngày 07/9/2009"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 27/KH-MTTQ-BTT"),
 D("Quyết định", "1026", "QĐ-UBND", "2011-03-30", "UBND tỉnh", "Quyết định số 1026/QĐ-UBND ngày 30/3/2011")],
[prov("Thanh Hóa"), com("Xuân Bình"), com("Bãi Trành"), com("Thanh Quân"), com("Hóa Quỳ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Hoạt động Mặt trận » An sinh xã hội",
 "Ảnh: Trao thẻ BHYT cho người cận nghèo.", "Vì người nghèo",
 "Đồng chí Lê Thị Hoa và đại diện Bảo hiểm xã hội tỉnh trao thẻ BHYT cho bà con.", "Lượt xem: 1.214"],
["Thứ Sáu, 24/06/2011 - 09:30", "58 tuổi", "12 tháng", "năm 2011", "Lượt xem: 1.214"]))

PAGES.append(page("b3966-nghean-hoinghi-bhxh-2012", """
Báo Nghệ An điện tử
Thời sự > Xã hội > Bảo hiểm
Cập nhật: 15:42, 28/09/2012 (GMT+7)
Nông dân được tuyên truyền về bảo hiểm xã hội tự nguyện
(Baonghean) - Sáng 27/9, Hội Nông dân tỉnh phối hợp với Bảo hiểm xã hội tỉnh tổ chức hội nghị ký kết chương trình phối hợp tuyên truyền, vận động hội viên nông dân tham gia bảo hiểm xã hội (BHXH) tự nguyện, BHYT giai đoạn 2012 - 2015. Dự hội nghị có 120 đại biểu là chủ tịch hội nông dân các huyện, thành, thị và cán bộ thu BHXH.
Quang cảnh hội nghị. Ảnh: Thanh Lê
Theo Bảo hiểm xã hội tỉnh, sau 4 năm triển khai chính sách BHXH tự nguyện theo Luật Bảo hiểm xã hội, toàn tỉnh mới có 6.214 người tham gia, chiếm chưa đến 0,5% lực lượng lao động thuộc diện tham gia; trong đó nông dân chỉ khoảng 2.900 người. Trong khi đó, số người tham gia BHYT tự nguyện theo hộ gia đình đạt 41.500 người, tỷ lệ bao phủ BHYT toàn tỉnh đạt 62,3%.
Ông Hồ Sỹ Hùng, Phó Giám đốc BHXH tỉnh cho rằng, nhiều nông dân còn ngại vì mức đóng hằng tháng thấp nhất là 154.000 đồng, thời gian đóng tối thiểu 20 năm mới được hưởng lương hưu, trong khi thu nhập không ổn định. Cán bộ hội ở cơ sở chưa nắm chắc chính sách nên khi tuyên truyền còn lúng túng.
Theo chương trình phối hợp số 05/CTPH-HND-BHXH, hai ngành sẽ mở 21 lớp tập huấn cho cán bộ hội cấp huyện, cấp xã; tổ chức 480 buổi tuyên truyền ở chi hội; xây dựng 10 mô hình "Chi hội nông dân vận động hội viên tham gia BHXH tự nguyện" tại các xã Nghi Phong, Diễn Kỷ, Quỳnh Lương. Mục tiêu đến năm 2015 có ít nhất 10.000 hội viên nông dân tham gia BHXH tự nguyện và 80% hộ hội viên tham gia BHYT.
Đồng chí Nguyễn Văn Chương, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh, đề nghị mỗi cán bộ hội phải là người tiên phong, mỗi chi hội vận động ít nhất 5 hội viên tham gia. Hội sẽ lồng ghép nội dung này với phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Tại hội nghị, ông Lô Văn Thuận, Chủ tịch Hội Nông dân huyện Quế Phong và bà Vi Thị Lan, Chủ tịch Hội Nông dân xã Châu Kim, chia sẻ cách làm: cán bộ hội đến từng nhà, nói chuyện bằng tiếng Thái cho bà con dễ hiểu; nhiều hộ dành tiền bán một con lợn để đóng cho cả năm.
Dịp này, BHXH tỉnh trao tặng 50 sổ BHXH tự nguyện cho hội viên nông dân nghèo, mỗi sổ trị giá 1.848.000 đồng (đóng 12 tháng) do cán bộ, viên chức ngành đóng góp.
Thanh Lê - Hồng Nhung
Tin khác
- Quỳnh Lưu: hơn 700 hộ được vay vốn hỗ trợ sản xuất (26/09/2012)
- Hội Nông dân tỉnh tổng kết mô hình cánh đồng mẫu lớn (20/09/2012)
- Nghi Lộc: vận động nhân dân hiến đất làm đường (14/09/2012)
- BHXH tỉnh đối thoại với doanh nghiệp nợ đọng (07/09/2012)
""", "2012-09-28", "Nông dân được tuyên truyền về bảo hiểm xã hội tự nguyện",
E("hoi_nghi", "2012", "2012-09-27"),
[P("Hồ Sỹ Hùng", "Phó Giám đốc BHXH tỉnh"),
 P("Nguyễn Văn Chương", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lô Văn Thuận", "Chủ tịch Hội Nông dân huyện Quế Phong"),
 P("Vi Thị Lan", "Chủ tịch Hội Nông dân xã Châu Kim")],
[Q("120 đại biểu", 120, "đại biểu"), Q("6.214 người", 6214, "người"), Q("chưa đến 0,5%", 0.5, "%", "approx"),
 Q("khoảng 2.900 người", 2900, "người", "approx"), Q("41.500 người", 41500, "người"), Q("62,3%", 62.3, "%"),
 Q("154.000 đồng", 154000, "đồng"), Q("21 lớp tập huấn", 21, "lớp tập huấn"), Q("480 buổi tuyên truyền", 480, "buổi tuyên truyền"),
 Q("10 mô hình", 10, "mô hình"), Q("ít nhất 10.000 hội viên nông dân", 10000, "hội viên nông dân", "over"), Q("80%", 80, "%"),
 Q("ít nhất 5 hội viên", 5, "hội viên", "over"), Q("50 sổ BHXH tự nguyện", 50, "sổ BHXH tự nguyện"), Q("1.848.000 đồng", 1848000, "đồng")],
[D("Chương trình phối hợp", "05", "CTPH-HND-BHXH", None, None, "chương trình phối hợp số 05/CTPH-HND-BHXH")],
[prov("Nghệ An"), com("Nghi Phong"), com("Diễn Kỷ"), com("Quỳnh Lương"), com("Châu Kim")],
["Báo Nghệ An điện tử", "Thời sự > Xã hội > Bảo hiểm", "Quang cảnh hội nghị. Ảnh: Thanh Lê", "(Baonghean)", "Luật Bảo hiểm xã hội",
 "Chi hội nông dân vận động hội viên tham gia BHXH tự nguyện",
 "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"],
["Cập nhật: 15:42, 28/09/2012 (GMT+7)", "2012 - 2015", "4 năm", "20 năm", "12 tháng", "năm 2015"]))

PAGES.append(page("b3967-daklak-bdv-soket-bhyt-2013", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
Thứ Sáu, 19/07/2013 - 16:20
Quang cảnh hội nghị sơ kết.
Khối dân vận vận động đồng bào Êđê, M'nông tham gia bảo hiểm y tế
Ngày 17/7/2013, Ban Dân vận Tỉnh ủy phối hợp với Bảo hiểm xã hội tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 công tác phối hợp tuyên truyền, vận động thực hiện chính sách BHYT, BHXH tự nguyện trong vùng đồng bào dân tộc thiểu số. Đồng chí H'Ngơn Byă, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và ông Trần Văn Nhân, Giám đốc Bảo hiểm xã hội tỉnh đồng chủ trì.
Báo cáo tại hội nghị cho biết, thực hiện Nghị quyết số 21-NQ/TW ngày 22/11/2012 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác BHXH, BHYT giai đoạn 2012 - 2020 và Kế hoạch số 18-KH/TU của Tỉnh ủy, khối dân vận các cấp đã tổ chức 312 hội nghị tuyên truyền với hơn 21.000 lượt người tham dự; phát 15.000 tờ rơi song ngữ Việt - Êđê. Đến ngày 30/6/2013, toàn tỉnh có 1.126.400 người tham gia BHYT, đạt tỷ lệ 65,8% dân số, tăng 3,1% so với cuối năm 2012.
Đáng chú ý, tỷ lệ học sinh, sinh viên tham gia BHYT đạt 91,4%; 100% người nghèo, người dân tộc thiểu số ở vùng kinh tế - xã hội đặc biệt khó khăn được cấp thẻ. Tuy nhiên, nhóm hộ cận nghèo mới có 9.870 người tham gia, đạt 24%; có 48 buôn có tỷ lệ tham gia BHYT dưới 40%.
Đồng chí Y Khuê Ayun, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông, cho biết huyện đã phân công 156 đảng viên phụ trách hộ, mỗi đảng viên vận động từ 3 hộ trở lên; nhờ vậy 6 tháng qua có 1.240 người cận nghèo được vận động tham gia. Ông Y Bhiết Niê, người có uy tín buôn Ea Rớt, xã Cư Pui, nói: bà con tin khi già làng, người có uy tín tham gia trước.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Thu Hà, Y Wem Mlô đề nghị đưa chỉ tiêu BHYT vào tiêu chí bình xét "Buôn văn hóa" và gia đình văn hóa.
Phát biểu kết luận, đồng chí H'Ngơn Byă yêu cầu 6 tháng cuối năm các cơ quan dân vận phối hợp với Ủy ban MTTQ, Hội Liên hiệp Phụ nữ, Hội Nông dân vận động thêm ít nhất 5.000 người cận nghèo tham gia BHYT; nghiên cứu xây dựng Quy chế phối hợp số 03 giữa Ban Dân vận Tỉnh ủy và BHXH tỉnh giai đoạn mới.
Đồng chí H'Ngơn Byă phát biểu kết luận hội nghị.
Theo số liệu của Bảo hiểm xã hội Đắk Lắk, 6 tháng qua quỹ BHYT đã chi trả cho 412.000 lượt khám, chữa bệnh của người dân tộc thiểu số với số tiền khoảng 96 tỷ đồng. Nhiều người bệnh nặng ở buôn xa được chuyển tuyến kịp thời, không phải bán bò, bán rẫy để chữa bệnh như trước.
Thu Hiền
Số lần xem: 642
Tin liên quan
- Krông Bông: ra mắt 12 tổ dân vận buôn (08/07/2013)
- Hội nghị giao ban khối dân vận quý II/2013 (28/06/2013)
- Vận động đồng bào không nghe theo kẻ xấu (14/06/2013)
""", "2013-07-19", "Khối dân vận vận động đồng bào Êđê, M'nông tham gia bảo hiểm y tế",
E("so_ket", "2013-H1", "2013-07-17"),
[P("H'Ngơn Byă", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Nhân", "Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Y Khuê Ayun", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("Y Bhiết Niê", "người có uy tín buôn Ea Rớt"),
 P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wem Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("312 hội nghị tuyên truyền", 312, "hội nghị tuyên truyền"), Q("hơn 21.000 lượt người", 21000, "lượt người", "over"),
 Q("15.000 tờ rơi song ngữ", 15000, "tờ rơi song ngữ"), Q("1.126.400 người", 1126400, "người"), Q("65,8%", 65.8, "%"),
 Q("3,1%", 3.1, "%"), Q("91,4%", 91.4, "%"), Q("100%", 100, "%"), Q("9.870 người", 9870, "người"), Q("24%", 24, "%"),
 Q("48 buôn", 48, "buôn"), Q("dưới 40%", 40, "%", "approx"), Q("156 đảng viên", 156, "đảng viên"), Q("từ 3 hộ trở lên", 3, "hộ", "over"),
 Q("1.240 người cận nghèo", 1240, "người cận nghèo"), Q("ít nhất 5.000 người cận nghèo", 5000, "người cận nghèo", "over"),
 Q("412.000 lượt khám, chữa bệnh", 412000, "lượt khám, chữa bệnh"), Q("khoảng 96 tỷ đồng", 96000000000, "đồng", "approx")],
[D("Nghị quyết", "21", "NQ/TW", "2012-11-22", "Bộ Chính trị", "Nghị quyết số 21-NQ/TW ngày 22/11/2012"),
 D("Kế hoạch", "18", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 18-KH/TU"),
 D("Quy chế phối hợp", "03", None, None, None, "Quy chế phối hợp số 03")],
[prov("Đắk Lắk"), com("Cư Pui")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền", "Quang cảnh hội nghị sơ kết.",
 "Buôn văn hóa", "Đồng chí H'Ngơn Byă phát biểu kết luận hội nghị.", "Số lần xem: 642"],
["Thứ Sáu, 19/07/2013 - 16:20", "6 tháng đầu năm 2013", "2012 - 2020", "30/6/2013", "năm 2012", "6 tháng cuối năm", "Số lần xem: 642"]))

PAGES.append(page("b3968-soctrang-mttq-tongket-bhyt-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Tin tức » Mặt trận - Đoàn thể
29-12-2014 10:15
Sóc Trăng: 91% người thuộc hộ cận nghèo có thẻ bảo hiểm y tế
Chiều 26/12, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, trong đó đánh giá kết quả cuộc vận động người dân tham gia bảo hiểm y tế. Đồng chí Thạch Hoàng Sơn, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; đồng chí Lâm Thị Sa Rai, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh trình bày báo cáo.
Năm 2014, thực hiện Quyết định số 538/QĐ-TTg ngày 29/3/2013 của Thủ tướng Chính phủ phê duyệt Đề án thực hiện lộ trình tiến tới BHYT toàn dân và Chương trình hành động số 22-CTr/TU của Tỉnh ủy, Mặt trận các cấp đã vận động được 6,35 tỷ đồng từ các nhà hảo tâm, chùa Khmer và doanh nghiệp để mua 14.820 thẻ BHYT tặng người cận nghèo, người cao tuổi neo đơn. Nhờ đó, tỷ lệ người thuộc hộ cận nghèo có thẻ đạt 91%, tăng gần 35% so với năm 2013; tỷ lệ bao phủ BHYT toàn tỉnh đạt 70,4%.
Ảnh: Đồng chí Thạch Hoàng Sơn phát biểu tại hội nghị.
Các sư sãi chùa Phật giáo Nam tông Khmer tham gia tích cực. Hòa thượng Lý Hên, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trụ trì chùa Sê Rây Tê Chô Sà Lôn, đã vận động phật tử đóng góp 420 triệu đồng mua 1.000 thẻ BHYT. Đại đức Thạch Sô Phon, trụ trì chùa Prếk Klot, xã Vĩnh Hải, vận động 200 hộ Khmer tham gia BHYT hộ gia đình.
Hội nghị nghe ông Kim Văn Chênh, Chủ tịch Ủy ban MTTQ xã Lai Hòa và bà Sơn Thị Kim Liên, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Mỹ Xuyên chia sẻ cách làm "mỗi tổ nhân dân tự quản một danh sách": tổ trưởng lập danh sách hộ chưa có thẻ, phân công hội viên đến nhà vận động 2 lần mỗi tháng.
Ban Thường trực Ủy ban MTTQ tỉnh nêu hạn chế: còn 28 xã có tỷ lệ bao phủ dưới 60%, chủ yếu ở vùng đồng bào Khmer; việc rà soát hộ cận nghèo còn chậm. Năm 2015, Mặt trận phấn đấu tỷ lệ bao phủ BHYT đạt trên 75%, vận động ít nhất 5 tỷ đồng cho Quỹ hỗ trợ mua thẻ.
Phát biểu chỉ đạo, đồng chí Trần Thành Nghiệp, Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị Mặt trận các cấp lồng ghép việc vận động mua thẻ BHYT với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; mỗi khu dân cư có ít nhất 1 "Tổ vận động BHYT" do trưởng ban công tác Mặt trận làm tổ trưởng, phối hợp với nhà chùa và người có uy tín trong đồng bào Khmer.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân tiêu biểu trong cuộc vận động.
Kim Hương
Lượt truy cập: 2.041
Các tin đã đưa
- Chủ tịch UBND tỉnh thăm, chúc mừng Ủy ban MTTQ tỉnh (24/12/2014)
- Vĩnh Châu trao 500 thẻ BHYT cho hộ cận nghèo (15/12/2014)
- Hội thảo về công tác vận động đồng bào Khmer (05/12/2014)
""", "2014-12-29", "Sóc Trăng: 91% người thuộc hộ cận nghèo có thẻ bảo hiểm y tế",
E("tong_ket", "2014", "2014-12-26"),
[P("Thạch Hoàng Sơn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sa Rai", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Hên", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Trụ trì chùa Sê Rây Tê Chô Sà Lôn"),
 P("Thạch Sô Phon", "Đại đức", "trụ trì chùa Prếk Klot"),
 P("Kim Văn Chênh", "Chủ tịch Ủy ban MTTQ xã Lai Hòa"),
 P("Sơn Thị Kim Liên", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Mỹ Xuyên"),
 P("Trần Thành Nghiệp", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("91%", 91, "%"), Q("6,35 tỷ đồng", 6350000000, "đồng"), Q("14.820 thẻ BHYT", 14820, "thẻ BHYT"),
 Q("gần 35%", 35, "%", "approx"), Q("70,4%", 70.4, "%"), Q("420 triệu đồng", 420000000, "đồng"), Q("1.000 thẻ BHYT", 1000, "thẻ BHYT"),
 Q("200 hộ Khmer", 200, "hộ Khmer"), Q("28 xã", 28, "xã"), Q("dưới 60%", 60, "%", "approx"), Q("trên 75%", 75, "%", "over"),
 Q("ít nhất 5 tỷ đồng", 5000000000, "đồng", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Quyết định", "538", "QĐ-TTg", "2013-03-29", "Thủ tướng Chính phủ", "Quyết định số 538/QĐ-TTg ngày 29/3/2013"),
 D("Chương trình hành động", "22", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 22-CTr/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa"), com("Mỹ Xuyên")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Tin tức » Mặt trận - Đoàn thể", "Ảnh: Đồng chí Thạch Hoàng Sơn phát biểu tại hội nghị.",
 "mỗi tổ nhân dân tự quản một danh sách", "Lượt truy cập: 2.041",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tổ vận động BHYT"],
["29-12-2014 10:15", "năm 2014", "năm 2013", "2 lần", "ít nhất 1",  "Năm 2015", "Lượt truy cập: 2.041"]))

PAGES.append(page("b3969-laocai-mttq-giamsat-bhyt-2015", """
Báo Lào Cai điện tử
Chính trị - Xã hội | Mặt trận
Thứ Sáu, 09/10/2015 - 14:05
Ảnh: Đoàn giám sát làm việc tại xã Bản Lầu.
Mặt trận giám sát thực hiện chính sách BHYT cho đồng bào dân tộc thiểu số
Từ ngày 5 - 7/10/2015, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Giàng Seo Phử, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế năm 2015 tại huyện Mường Khương và các xã Bản Lầu, Pha Long, Lùng Vai.
Đoàn giám sát kiểm tra việc cấp phát thẻ BHYT. Ảnh: Hải Yến
Theo Kế hoạch số 35/KH-MTTQ-BTT ngày 15/9/2015 và Chương trình phối hợp giám sát số 07/CTPH-MTTQ-BHXH, đoàn tập trung vào việc lập danh sách, cấp phát thẻ cho người dân tộc thiểu số, người nghèo, trẻ em dưới 6 tuổi; việc khám chữa bệnh tại trạm y tế xã và việc thực hiện Nghị định số 105/2014/NĐ-CP ngày 15/11/2014 của Chính phủ.
Báo cáo của UBND huyện cho thấy, toàn huyện có 54.612 người có thẻ BHYT, đạt 97,3% dân số; trong đó 47.305 thẻ do ngân sách nhà nước đóng 100%. 9 tháng qua, trạm y tế các xã đã khám, chữa bệnh BHYT cho 31.420 lượt người. Tuy nhiên, qua giám sát phát hiện 1.128 thẻ bị sai thông tin họ tên, ngày sinh; 236 thẻ cấp trùng; khoảng 400 thẻ phát chậm 2 tháng do cán bộ thôn chưa kịp nhận.
Ông Lù Văn Páo, Chủ tịch Ủy ban MTTQ xã Pha Long, phản ánh người dân ở 3 thôn xa như Sín Chải, Tả Lùng phải đi bộ hơn 10 km mới đến trạm y tế. Bà Vàng Thị Mai, Bí thư Chi bộ thôn Lao Chải, xã Lùng Vai kiến nghị in thẻ cả tên tiếng Mông cho dễ nhận biết.
Kết luận đợt giám sát, đồng chí Giàng Seo Phử đề nghị BHXH huyện phối hợp UBND các xã thu hồi, cấp đổi ngay 1.364 thẻ sai sót trước ngày 31/12/2015; Ủy ban MTTQ các xã phối hợp y tế thôn bản tuyên truyền bằng tiếng dân tộc về quyền lợi khám chữa bệnh. Ông Tráng A Chư, HUV, Chủ tịch Ủy ban MTTQ huyện Mường Khương tiếp thu, cam kết báo cáo kết quả khắc phục trong quý IV.
Trong buổi làm việc với đoàn, đồng chí Nông Văn Hùng, Phó Giám đốc Bảo hiểm xã hội tỉnh Lào Cai cho biết, năm 2015 ngân sách nhà nước đã chi khoảng 312 tỷ đồng mua thẻ BHYT cho đồng bào dân tộc thiểu số, người nghèo toàn tỉnh; ngành sẽ phối hợp với Bưu điện tỉnh cấp thẻ đến tận tay người dân qua 142 điểm bưu điện văn hóa xã, không phát qua trưởng thôn như trước.
Cùng tham gia đoàn có các đồng chí Hoàng Văn Tâm, Đặng Thị Phin - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh.
Hải Yến
Lượt đọc: 938
Tin liên quan
- Bảo Thắng: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (30/09/2015)
- Mặt trận tỉnh trao 200 thẻ BHYT cho hộ cận nghèo (22/09/2015)
- Bắc Hà ra mắt mô hình "Khu dân cư tự quản" (11/09/2015)
""", "2015-10-09", "Mặt trận giám sát thực hiện chính sách BHYT cho đồng bào dân tộc thiểu số",
E("giam_sat", "2015", "2015-10-05"),
[P("Giàng Seo Phử", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Páo", "Chủ tịch Ủy ban MTTQ xã Pha Long"),
 P("Vàng Thị Mai", "Bí thư Chi bộ thôn Lao Chải"),
 P("Tráng A Chư", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mường Khương"),
 P("Hoàng Văn Tâm", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Đặng Thị Phin", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Nông Văn Hùng", "Phó Giám đốc Bảo hiểm xã hội tỉnh Lào Cai")],
[Q("54.612 người", 54612, "người"), Q("97,3%", 97.3, "%"), Q("47.305 thẻ", 47305, "thẻ"), Q("100%", 100, "%"),
 Q("31.420 lượt người", 31420, "lượt người"), Q("1.128 thẻ", 1128, "thẻ"), Q("236 thẻ", 236, "thẻ"),
 Q("khoảng 400 thẻ", 400, "thẻ", "approx"), Q("3 thôn", 3, "thôn"), Q("hơn 10 km", 10, "km", "over"), Q("1.364 thẻ", 1364, "thẻ"),
 Q("khoảng 312 tỷ đồng", 312000000000, "đồng", "approx"), Q("142 điểm bưu điện văn hóa xã", 142, "điểm bưu điện văn hóa xã")],
[D("Kế hoạch", "35", "KH-MTTQ-BTT", "2015-09-15", None, "Kế hoạch số 35/KH-MTTQ-BTT ngày 15/9/2015"),
 D("Chương trình phối hợp giám sát", "07", "CTPH-MTTQ-BHXH", None, None, "Chương trình phối hợp giám sát số 07/CTPH-MTTQ-BHXH"),
 D("Nghị định", "105", "2014/NĐ-CP", "2014-11-15", "Chính phủ", "Nghị định số 105/2014/NĐ-CP ngày 15/11/2014")],
[prov("Lào Cai"), com("Bản Lầu"), com("Pha Long"), com("Lùng Vai")],
["Báo Lào Cai điện tử", "Chính trị - Xã hội | Mặt trận", "Ảnh: Đoàn giám sát làm việc tại xã Bản Lầu.",
 "Đoàn giám sát kiểm tra việc cấp phát thẻ BHYT. Ảnh: Hải Yến", "Lượt đọc: 938"],
["Thứ Sáu, 09/10/2015 - 14:05", "6 tuổi", "9 tháng", "2 tháng", "31/12/2015", "quý IV", "Lượt đọc: 938"]))

PAGES.append(page("b3970-binhdinh-buudien-taphuan-2016", """
BƯU ĐIỆN TỈNH BÌNH ĐỊNH
Trang chủ >> Tin hoạt động >> Dịch vụ hành chính công
Ngày đăng 24/06/2016 | 14:20
Tập huấn nghiệp vụ thu BHXH tự nguyện, BHYT hộ gia đình cho nhân viên bưu điện văn hóa xã
Trong 2 ngày 22 và 23/6/2016, Bưu điện tỉnh Bình Định phối hợp với Bảo hiểm xã hội tỉnh tổ chức lớp tập huấn nghiệp vụ thu BHXH tự nguyện, BHYT hộ gia đình năm 2016 cho 126 nhân viên điểm bưu điện văn hóa xã và đại lý thu trên địa bàn tỉnh.
Ông Đặng Văn Tuấn, Giám đốc Bưu điện tỉnh phát biểu khai mạc lớp tập huấn.
Thực hiện Hợp đồng số 12/HĐ-BHXH-BĐ ký giữa hai đơn vị và Công văn số 1436/BHXH-TST, từ tháng 7/2016 các điểm bưu điện văn hóa xã sẽ trực tiếp làm đại lý thu BHXH tự nguyện, BHYT hộ gia đình, thay cho đại lý là UBND xã trước đây. Tỉnh hiện có 159 xã, phường, thị trấn với 128 điểm bưu điện văn hóa xã.
Giảng viên của Bảo hiểm xã hội tỉnh đã phổ biến những điểm mới của Luật Bảo hiểm xã hội năm 2014 và Nghị định số 134/2015/NĐ-CP ngày 29/12/2015 của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội về BHXH tự nguyện; hướng dẫn cách tính mức đóng theo phương thức đóng hằng tháng, 3 tháng, 6 tháng, 12 tháng; cách lập danh sách hộ gia đình tham gia BHYT được giảm trừ mức đóng từ thành viên thứ hai.
Theo Bảo hiểm xã hội tỉnh, đến hết tháng 5/2016 toàn tỉnh có 5.482 người tham gia BHXH tự nguyện, chỉ bằng 0,8% lực lượng lao động; số người tham gia BHYT hộ gia đình là 187.600 người. Kế hoạch năm 2016 giao tăng thêm 1.500 người tham gia BHXH tự nguyện và đạt tỷ lệ bao phủ BHYT trên 80%. Mỗi nhân viên bưu điện xã được giao vận động tối thiểu 15 người tham gia BHXH tự nguyện trong năm; mức thù lao là 4% số tiền thu.
Bà Nguyễn Thị Bích Thủy, Phó Giám đốc Bảo hiểm xã hội tỉnh và ông Đặng Văn Tuấn, Giám đốc Bưu điện tỉnh đề nghị nhân viên phối hợp chặt chẽ với Ủy ban MTTQ, Hội Nông dân, Hội Liên hiệp Phụ nữ xã; đến từng hộ, từng chợ để tuyên truyền.
Chị Phan Thị Mỹ Dung, nhân viên điểm bưu điện văn hóa xã Cát Hanh, cho biết 6 tháng qua chị đã vận động được 23 người tham gia BHXH tự nguyện, chủ yếu là tiểu thương, nông dân trồng dừa. Anh Đinh Văn Hlong, nhân viên điểm bưu điện văn hóa xã An Toàn, huyện An Lão, chia sẻ cách làm với đồng bào Bahnar: nhờ già làng nói trước, cán bộ nói sau.
Kết thúc lớp tập huấn, 126 học viên đã làm bài kiểm tra, 100% đạt yêu cầu.
Bích Ngọc
Lượt xem: 511
Bài viết liên quan
- Bưu điện tỉnh ký hợp đồng đại lý thu với BHXH tỉnh (06/06/2016)
- Ra mắt điểm bưu điện văn hóa xã Nhơn Hậu (20/05/2016)
- Chi trả lương hưu qua bưu điện: thuận tiện cho người dân (12/05/2016)
""", "2016-06-24", "Tập huấn nghiệp vụ thu BHXH tự nguyện, BHYT hộ gia đình cho nhân viên bưu điện văn hóa xã",
E("tap_huan", "2016", "2016-06-22"),
[P("Đặng Văn Tuấn", "Giám đốc Bưu điện tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Phan Thị Mỹ Dung", "nhân viên điểm bưu điện văn hóa xã Cát Hanh"),
 P("Đinh Văn Hlong", "nhân viên điểm bưu điện văn hóa xã An Toàn")],
[Q("126 nhân viên", 126, "nhân viên"), Q("159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"),
 Q("128 điểm bưu điện văn hóa xã", 128, "điểm bưu điện văn hóa xã"), Q("5.482 người", 5482, "người"), Q("0,8%", 0.8, "%"),
 Q("187.600 người", 187600, "người"), Q("1.500 người", 1500, "người"), Q("trên 80%", 80, "%", "over"),
 Q("tối thiểu 15 người", 15, "người"), Q("4%", 4, "%"), Q("23 người", 23, "người"), Q("100%", 100, "%")],
[D("Hợp đồng", "12", "HĐ-BHXH-BĐ", None, None, "Hợp đồng số 12/HĐ-BHXH-BĐ"),
 D("Công văn", "1436", "BHXH-TST", None, None, "Công văn số 1436/BHXH-TST"),
 D("Nghị định", "134", "2015/NĐ-CP", "2015-12-29", "Chính phủ", "Nghị định số 134/2015/NĐ-CP ngày 29/12/2015")],
[prov("Bình Định"), com("Cát Hanh"), com("An Toàn")],
["BƯU ĐIỆN TỈNH BÌNH ĐỊNH", "Trang chủ >> Tin hoạt động >> Dịch vụ hành chính công",
 "Ông Đặng Văn Tuấn, Giám đốc Bưu điện tỉnh phát biểu khai mạc lớp tập huấn.", "Luật Bảo hiểm xã hội năm 2014", "Lượt xem: 511"],
["Ngày đăng 24/06/2016 | 14:20", "2 ngày", "tháng 7/2016", "3 tháng, 6 tháng, 12 tháng", "tháng 5/2016", "6 tháng", "năm 2016", "Lượt xem: 511"]))
