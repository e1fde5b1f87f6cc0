from lib import *
PAGES = []

PAGES.append(page("b1157-phutho-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH PHÚ THỌ - Cổng thông tin điện tử
Trang chủ » Hoạt động Hội » Tin tức - Sự kiện
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Nông dân tỉnh Phú Thọ tổng kết công tác Hội và phong trào nông dân năm 2011
Ngày 27/12/2011, Ban Thường vụ Hội Nông dân tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Đỗ Quang Tuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bùi Thị Kim Oanh, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Trưởng ban Kinh tế Trung ương Hội. Đồng chí Hà Văn Khởi, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Năm 2011, các cấp Hội trong tỉnh tập trung triển khai Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020" và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Toàn tỉnh kết nạp mới 4.215 hội viên, nâng tổng số lên 178.600 hội viên, đạt 72,4% số hộ nông dân.
Phong trào thi đua sản xuất, kinh doanh giỏi có 61.320 hộ đăng ký, cuối năm có 38.954 hộ đạt danh hiệu hộ sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp tăng trưởng 1,8 tỷ đồng, tổng nguồn quỹ đạt 14,6 tỷ đồng. Hội phối hợp với Ngân hàng Chính sách xã hội tỉnh quản lý dư nợ ủy thác hơn 812 tỷ đồng, giúp 29.470 hộ có vốn phát triển sản xuất. Các cấp Hội mở 126 lớp tập huấn kỹ thuật cho trên 9.800 lượt hội viên; hội viên nông dân hiến trên 46.000 m2 đất, đóng góp 23.500 ngày công làm đường giao thông nông thôn.
Tại hội nghị, ông Nguyễn Hữu Lộc, Chủ tịch Hội Nông dân huyện Lâm Thao chia sẻ cách vận động hội viên dồn điền, đổi thửa; bà Hà Thị Nguyệt, Chủ tịch Hội Nông dân xã Thu Cúc, huyện Tân Sơn nêu khó khăn về nguồn vốn cho hộ đồng bào Mường vùng sâu. Một số ý kiến đề nghị Trung ương Hội sớm có hướng dẫn về tổ chức chi hội nghề nghiệp.
Phát biểu chỉ đạo, đồng chí Đỗ Quang Tuyến ghi nhận những kết quả Hội đạt được, đề nghị các cấp Hội tiếp tục quán triệt Nghị quyết 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; làm tốt vai trò nòng cốt trong phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững". Năm 2012, Hội phấn đấu kết nạp 3.500 hội viên mới, 80% cơ sở Hội đạt vững mạnh.
Dịp này, 14 tập thể và 23 cá nhân được Ban Chấp hành Hội Nông dân tỉnh tặng Bằng khen; đồng chí Bùi Thị Kim Oanh trao Bằng khen của Trung ương Hội cho 3 tập thể có thành tích xuất sắc.
Minh Tuấn
Lượt xem: 1.204
Tin liên quan
- Hội Nông dân huyện Cẩm Khê ra mắt câu lạc bộ trang trại (20/12/2011)
- Thanh Sơn: 120 hộ nông dân được hỗ trợ giống chè (12/12/2011)
- Phú Thọ tập huấn cho 45 cán bộ Hội cơ sở (02/12/2011)
- Hội thi "Nhà nông đua tài" cấp tỉnh năm 2011 (18/11/2011)
""", "2011-12-28", "Hội Nông dân tỉnh Phú Thọ tổng kết công tác Hội và phong trào nông dân năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Đỗ Quang Tuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Thị Kim Oanh", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Trưởng ban Kinh tế Trung ương Hội"),
 P("Hà Văn Khởi", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Hữu Lộc", "Chủ tịch Hội Nông dân huyện Lâm Thao"),
 P("Hà Thị Nguyệt", "Chủ tịch Hội Nông dân xã Thu Cúc")],
[Q("4.215 hội viên", 4215, "hội viên"), Q("178.600 hội viên", 178600, "hội viên"), Q("72,4%", 72.4, "%"),
 Q("61.320 hộ", 61320, "hộ"), Q("38.954 hộ", 38954, "hộ"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("hơn 812 tỷ đồng", 812000000000, "đồng", "over"),
 Q("29.470 hộ", 29470, "hộ"), Q("126 lớp tập huấn kỹ thuật", 126, "lớp tập huấn kỹ thuật"),
 Q("trên 9.800 lượt hội viên", 9800, "lượt hội viên", "over"), Q("trên 46.000 m2", 46000, "m2", "over"),
 Q("23.500 ngày công", 23500, "ngày công"), Q("3.500 hội viên mới", 3500, "hội viên mới"), Q("80%", 80, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân"), Q("3 tập thể", 3, "tập thể")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 03/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW")],
[prov("Phú Thọ"), com("Thu Cúc")],
["HỘI NÔNG DÂN TỈNH PHÚ THỌ - Cổng thông tin điện tử", "Trang chủ » Hoạt động Hội » Tin tức - Sự kiện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "giai đoạn 2010 - 2020", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b1158-langson-hlhpn-soket-2012", """
Báo Lạng Sơn điện tử
Trang chủ > Xã hội > Phụ nữ - Gia đình
Cập nhật: 08:40, 10/07/2012 (GMT+7)
Phụ nữ Lạng Sơn giúp nhau phát triển kinh tế hộ gia đình
(LSO) - Ngày 9/7, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012. Đồng chí Hoàng Thị Mai Hương, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; dự có đồng chí Lộc Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện một số sở, ngành.
Sáu tháng qua, các cấp Hội đã bám sát Chương trình hành động số 11-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, đồng thời triển khai Kế hoạch số 27/KH-HPN ngày 15/2/2012 của Ban Thường vụ Hội LHPN tỉnh về thực hiện cuộc vận động "Xây dựng gia đình 5 không 3 sạch". Toàn tỉnh kết nạp được 2.136 hội viên mới; có 1.840 hộ gia đình đăng ký đạt tiêu chí "5 không 3 sạch".
Hội phối hợp với Ngân hàng Chính sách xã hội quản lý 738 tổ tiết kiệm và vay vốn với tổng dư nợ 426,5 tỷ đồng. Từ nguồn vốn tự có, các cơ sở Hội giúp 312 chị em nghèo vay không lấy lãi, tổng số tiền gần 1,3 tỷ đồng. Nhân ngày Gia đình Việt Nam 28/6, Hội trao 45 suất quà cho phụ nữ nghèo đơn thân, mỗi suất 500.000 đồng.
Bà Lục Thị Sâm, Chủ tịch Hội LHPN huyện Cao Lộc cho biết huyện đã ra mắt 6 câu lạc bộ "Phụ nữ với pháp luật" ở các xã biên giới. Bà Nông Thị Lìn, Chủ tịch Hội LHPN xã Thụy Hùng (huyện Văn Lãng) chia sẻ mô hình nuôi lợn đen đem lại thu nhập ổn định cho 27 hộ hội viên là người Tày, Nùng. Theo bà, cái khó nhất là vốn và đầu ra cho sản phẩm.
Hội nghị cũng chỉ ra những hạn chế: hoạt động của một số chi hội còn đơn điệu; tỷ lệ hội viên tham gia sinh hoạt thường xuyên ở vùng cao mới đạt 64%; cán bộ Hội cơ sở thay đổi nhiều, kỹ năng vận động còn hạn chế.
Phát biểu tại hội nghị, đồng chí Lộc Văn Thắng đề nghị Hội tăng cường nắm bắt tâm tư, nguyện vọng của phụ nữ, phối hợp với các ngành giải quyết kịp thời kiến nghị chính đáng; chú trọng vận động chị em vùng biên không tham gia buôn bán hàng cấm, xuất cảnh trái phép. Đồng chí Hoàng Thị Mai Hương yêu cầu 6 tháng cuối năm các cấp Hội tổ chức tốt Đại hội điểm cấp cơ sở, chuẩn bị cho Đại hội Phụ nữ các cấp tiến tới Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI.
Thu Hằng
Tin khác
- Lễ ra mắt câu lạc bộ "Phụ nữ với pháp luật" xã Tân Thanh (03/07/2012)
- Hội LHPN tỉnh tập huấn kỹ năng tuyên truyền cho 80 cán bộ Hội (25/06/2012)
- Phụ nữ Đình Lập chung tay bảo vệ rừng (14/06/2012)
- Tọa đàm "Phụ nữ với gia đình hạnh phúc" (02/06/2012)
""", "2012-07-10", "Phụ nữ Lạng Sơn giúp nhau phát triển kinh tế hộ gia đình",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Hoàng Thị Mai Hương", "Chủ tịch Hội LHPN tỉnh"),
 P("Lộc Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Sâm", "Chủ tịch Hội LHPN huyện Cao Lộc"),
 P("Nông Thị Lìn", "Chủ tịch Hội LHPN xã Thụy Hùng")],
[Q("2.136 hội viên mới", 2136, "hội viên mới"), Q("1.840 hộ gia đình", 1840, "hộ gia đình"),
 Q("738 tổ tiết kiệm và vay vốn", 738, "tổ tiết kiệm và vay vốn"), Q("426,5 tỷ đồng", 426500000000, "đồng"),
 Q("312 chị em nghèo", 312, "chị em nghèo"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("45 suất quà", 45, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q("27 hộ hội viên", 27, "hộ hội viên"), Q("64%", 64, "%")],
[D("Chương trình hành động", "11", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 11-CTr/TU"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Kế hoạch", "27", "KH-HPN", "2012-02-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN ngày 15/2/2012")],
[prov("Lạng Sơn"), com("Thụy Hùng")],
["Báo Lạng Sơn điện tử", "Trang chủ > Xã hội > Phụ nữ - Gia đình", "(LSO)", "Xây dựng gia đình 5 không 3 sạch",
 "Phụ nữ với pháp luật", "Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI"],
["Cập nhật: 08:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2012", "5 không 3 sạch", "28/6", "lần thứ XVI"]))

PAGES.append(page("b1159-thaibinh-mttq-giaoban-q3-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Trang chủ :: Hoạt động Mặt trận :: Tin tức
08:15 | 08/10/2013
Mặt trận các cấp vận động ủng hộ Quỹ "Vì người nghèo" vượt kế hoạch
Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức giao ban công tác Mặt trận quý III, triển khai nhiệm vụ quý IV năm 2013 với Ủy ban MTTQ các huyện, thành phố. Đồng chí Lại Văn Hoàn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Tước, Vũ Thị Lan.
Báo cáo tại hội nghị cho biết, trong quý III, Mặt trận các cấp tập trung tuyên truyền, triển khai Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động nhân dân xây dựng nông thôn mới và về thực hiện nếp sống văn minh trong việc cưới, việc tang. Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 25/HD-MTTQ-BTT ngày 12/7/2013 về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở khu dân cư năm 2013.
Tính đến ngày 30/9, Quỹ "Vì người nghèo" các cấp tiếp nhận 6,47 tỷ đồng, đạt 108% kế hoạch năm. Từ nguồn quỹ, Mặt trận các cấp hỗ trợ xây mới 215 nhà Đại đoàn kết, sửa chữa 86 nhà cho hộ nghèo, mỗi nhà xây mới được hỗ trợ 20 triệu đồng. Toàn tỉnh có 1.892 khu dân cư đăng ký danh hiệu "Khu dân cư văn hóa". Mặt trận và các đoàn thể phối hợp hòa giải thành 364 vụ việc ở cơ sở.
Ý kiến tại giao ban nêu một số vướng mắc: việc lấy phiếu tín nhiệm đối với cán bộ chủ chốt xã ở một số nơi còn lúng túng; kinh phí hoạt động của Ban Công tác Mặt trận ở khu dân cư còn thấp. Ông Đặng Văn Tráng, Chủ tịch Ủy ban MTTQ huyện Thái Thụy, cho biết xã Thụy Trình đã vận động nhân dân hiến gần 3.000 m2 đất để mở rộng đường trục xã. Bà Phạm Thị Ngát, Chủ tịch Ủy ban MTTQ xã Vũ Tiến (huyện Vũ Thư), kiến nghị tăng phụ cấp cho trưởng ban công tác Mặt trận.
Kết luận giao ban, Chủ tịch Ủy ban MTTQ tỉnh Lại Văn Hoàn yêu cầu trong quý IV, Mặt trận các cấp tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc", tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; phối hợp tổ chức tiếp xúc cử tri trước kỳ họp cuối năm của HĐND các cấp, tổng hợp đầy đủ ý kiến, kiến nghị của nhân dân. Đồng chí cũng đề nghị các huyện đẩy nhanh tiến độ bàn giao nhà Đại đoàn kết trước Tết Nguyên đán Giáp Ngọ.
Đức Thịnh
Số lượt xem: 642
Tin khác
- Thái Bình: 5 huyện tổ chức điểm Ngày hội Đại đoàn kết (02/10/2013)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ đồng bào bị bão (24/09/2013)
- Hội nghị hiệp thương bổ sung ủy viên Ủy ban MTTQ tỉnh (10/09/2013)
- Kiến Xương trao 40 nhà Đại đoàn kết (28/08/2013)
""", "2013-10-08", "Mặt trận các cấp vận động ủng hộ Quỹ \"Vì người nghèo\" vượt kế hoạch",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Lại Văn Hoàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Văn Tước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Tráng", "Chủ tịch Ủy ban MTTQ huyện Thái Thụy"),
 P("Phạm Thị Ngát", "Chủ tịch Ủy ban MTTQ xã Vũ Tiến")],
[Q("6,47 tỷ đồng", 6470000000, "đồng"), Q("108%", 108, "%"), Q("215 nhà Đại đoàn kết", 215, "nhà Đại đoàn kết"),
 Q("86 nhà", 86, "nhà"), Q("20 triệu đồng", 20000000, "đồng"), Q("1.892 khu dân cư", 1892, "khu dân cư"),
 Q("364 vụ việc", 364, "vụ việc"), Q("gần 3.000 m2", 3000, "m2", "approx")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Hướng dẫn", "25", "HD-MTTQ-BTT", "2013-07-12", "Ủy ban MTTQ tỉnh", "Hướng dẫn số 25/HD-MTTQ-BTT ngày 12/7/2013")],
[prov("Thái Bình"), com("Thụy Trình"), com("Vũ Tiến")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ :: Hoạt động Mặt trận :: Tin tức", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Khu dân cư văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt xem: 642"],
["08:15 | 08/10/2013", "quý III", "quý IV năm 2013", "ngày 30/9", "quý IV", "Số lượt xem: 642"]))

PAGES.append(page("b1160-hagiang-tinhdoan-taphuan-2014", """
TỈNH ĐOÀN HÀ GIANG
Trang chủ / Tin tức / Hoạt động Đoàn
Ngày đăng 18/04/2014 | 15:30
Đồng chí Vàng Seo Cớ phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác Đoàn, Hội cho cán bộ cơ sở vùng cao
Trong 2 ngày 16 và 17/4/2014, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội năm 2014 cho 165 học viên là bí thư, phó bí thư đoàn xã, thị trấn và chủ tịch Hội Liên hiệp Thanh niên cơ sở của 11 huyện, thành phố. Đồng chí Vàng Seo Cớ, Bí thư Tỉnh đoàn phát biểu khai mạc.
Lớp tập huấn được tổ chức theo Kế hoạch số 42-KH/TĐTN ngày 20/3/2014 của Ban Thường vụ Tỉnh đoàn. Các học viên được nghe quán triệt Nghị quyết 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, và Chương trình hành động số 19-CTr/TU của Tỉnh ủy thực hiện nghị quyết này; được hướng dẫn kỹ năng tổ chức sinh hoạt chi đoàn, kỹ năng tuyên truyền phòng chống ma túy, mua bán người ở khu vực biên giới và kỹ năng nắm tình hình tư tưởng thanh niên.
Đồng chí Triệu Thị Mai, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh trực tiếp giới thiệu chuyên đề về công tác Hội và phong trào thanh niên. Theo đồng chí, năm 2013 toàn tỉnh có 1.260 công trình, phần việc thanh niên với tổng giá trị trên 4,1 tỷ đồng; đoàn viên thanh niên giúp đỡ 340 hộ nghèo làm nhà, chuyển đổi giống cây trồng; 23 câu lạc bộ "Thanh niên lập nghiệp" duy trì sinh hoạt đều.
Tại buổi trao đổi, anh Sùng A Páo, Bí thư Đoàn xã Lũng Cú, chia sẻ nhiều thanh niên người Mông đi làm ăn xa nên khó tập hợp sinh hoạt; chị Giàng Thị Mỷ, Bí thư Đoàn thị trấn Yên Minh, đề xuất mở thêm lớp học tiếng Kinh cho thanh niên bỏ học sớm. Anh Lò Văn Phìn, Phó Bí thư Đoàn xã Sủng Là, kể lại cách chi đoàn vận động thanh niên người Lô Lô bỏ tục tảo hôn.
Nhiều học viên cho biết, ở các xã vùng cao núi đá, cán bộ Đoàn phần lớn còn trẻ, mới được bầu, chưa qua đào tạo bài bản về nghiệp vụ; địa bàn rộng, đi lại khó khăn, nhất là vào mùa mưa, nên việc duy trì sinh hoạt chi đoàn ở các thôn xa trung tâm xã chưa thường xuyên.
Kết thúc lớp tập huấn, 158 học viên làm bài thu hoạch đạt yêu cầu. Đồng chí Vàng Seo Cớ đề nghị cán bộ Đoàn cơ sở vận dụng kiến thức vào thực tiễn, bám bản, bám thôn, gắn phong trào "Tuổi trẻ Hà Giang chung tay xây dựng nông thôn mới" với phát triển kinh tế hộ thanh niên.
Văn Thông
Lượt xem: 517
Tin liên quan
- Tỉnh đoàn tổ chức Lễ ra quân Tháng Thanh niên năm 2014 (05/03/2014)
- Đồng Văn: 300 đoàn viên tham gia làm đường liên thôn (21/02/2014)
- Mèo Vạc: Ra mắt mô hình "Thanh niên làm kinh tế giỏi" (10/01/2014)
""", "2014-04-18", "Tập huấn nghiệp vụ công tác Đoàn, Hội cho cán bộ cơ sở vùng cao",
E("tap_huan", "2014", "2014-04-16"),
[P("Vàng Seo Cớ", "Bí thư Tỉnh đoàn"),
 P("Triệu Thị Mai", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Sùng A Páo", "Bí thư Đoàn xã Lũng Cú"),
 P("Giàng Thị Mỷ", "Bí thư Đoàn thị trấn Yên Minh"),
 P("Lò Văn Phìn", "Phó Bí thư Đoàn xã Sủng Là")],
[Q("165 học viên", 165, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("1.260 công trình, phần việc thanh niên", 1260, "công trình, phần việc thanh niên"),
 Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("340 hộ nghèo", 340, "hộ nghèo"),
 Q("23 câu lạc bộ", 23, "câu lạc bộ"), Q("158 học viên", 158, "học viên")],
[D("Kế hoạch", "42", "KH/TĐTN", "2014-03-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 42-KH/TĐTN ngày 20/3/2014"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết 25-NQ/TW ngày 25/7/2008"),
 D("Chương trình hành động", "19", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 19-CTr/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Yên Minh"), com("Sủng Là")],
["TỈNH ĐOÀN HÀ GIANG", "Trang chủ / Tin tức / Hoạt động Đoàn", "Đồng chí Vàng Seo Cớ phát biểu khai mạc lớp tập huấn.",
 "Thanh niên lập nghiệp", "Tuổi trẻ Hà Giang chung tay xây dựng nông thôn mới", "Lượt xem: 517"],
["Ngày đăng 18/04/2014 | 15:30", "2 ngày", "năm 2014", "khóa X", "năm 2013", "Lượt xem: 517"]))

PAGES.append(page("b1161-quangninh-congdoan-traoqua-2014", """
Báo Quảng Ninh điện tử
Thời sự | Công đoàn - Lao động
Thứ Hai, 20/01/2014, 07:45
Trao 1.500 suất quà Tết cho công nhân lao động ngành Than
Ngày 19/1, Liên đoàn Lao động tỉnh Quảng Ninh phối hợp với Công đoàn Than - Khoáng sản Việt Nam tổ chức chương trình "Tết sum vầy - Xuân Giáp Ngọ 2014", trao 1.500 suất quà Tết cho công nhân lao động có hoàn cảnh khó khăn đang làm việc tại các mỏ than ở Hạ Long, Cẩm Phả, Uông Bí và Đông Triều.
Đồng chí Vũ Thị Thu Hằng, Phó Chủ tịch Liên đoàn Lao động tỉnh trao quà cho công nhân.
Tới dự và trao quà có các đồng chí: Phạm Xuân Đông, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam; Trần Văn Kiên, Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam; Nguyễn Thanh Lâm, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh.
Mỗi suất quà gồm 500.000 đồng tiền mặt và hiện vật trị giá 300.000 đồng. Tổng giá trị chương trình gần 1,2 tỷ đồng, được huy động từ nguồn Quỹ Xã hội của Công đoàn Than - Khoáng sản Việt Nam, Quỹ "Tấm lòng vàng" của Liên đoàn Lao động tỉnh và sự ủng hộ của các doanh nghiệp. Cũng trong dịp này, Liên đoàn Lao động tỉnh trao 8 Mái ấm Công đoàn cho đoàn viên không có nhà ở ổn định, mỗi căn được hỗ trợ 40 triệu đồng, và tổ chức "Chuyến xe nghĩa tình" đưa 450 công nhân quê ở các tỉnh Thanh Hóa, Nghệ An về quê đón Tết miễn phí.
Theo Kế hoạch số 112/KH-LĐLĐ ngày 26/12/2013 của Liên đoàn Lao động tỉnh về tổ chức chăm lo Tết cho đoàn viên, người lao động, dịp Tết Giáp Ngọ, các cấp công đoàn trong tỉnh dự kiến thăm, tặng quà cho khoảng 12.000 lượt đoàn viên, người lao động với tổng kinh phí trên 5 tỷ đồng. Hoạt động được triển khai theo Công văn số 1830/TLĐ ngày 5/12/2013 của Tổng Liên đoàn Lao động Việt Nam.
Phát biểu tại buổi trao quà, đồng chí Phạm Xuân Đông ghi nhận sự nỗ lực của công nhân ngành Than trong điều kiện sản xuất khó khăn, thị trường tiêu thụ giảm; đề nghị các cấp công đoàn tiếp tục đối thoại với người sử dụng lao động để bảo đảm việc làm, tiền lương, thưởng Tết đúng cam kết, không để công nhân nào không có Tết.
Anh Lường Văn Nghĩa, công nhân lò chợ Công ty Than Hà Tu, xúc động: "Năm nay vợ tôi ốm nặng, món quà của công đoàn giúp gia đình tôi có cái Tết đầy đủ hơn". Chị Hoàng Thị Huệ, tổ trưởng tổ sàng tuyển, ở phường Hà Tu, thì được nhận chìa khóa Mái ấm Công đoàn sau nhiều năm ở nhờ nhà người thân.
Thu Nguyệt
Tin liên quan
- Công đoàn Than - Khoáng sản đối thoại với 300 công nhân (15/01/2014)
- Cẩm Phả: 2.000 suất quà cho công nhân mỏ (10/01/2014)
- LĐLĐ tỉnh tổng kết công tác công đoàn năm 2013 (27/12/2013)
- Hội nghị người lao động Tập đoàn Than năm 2014 (20/12/2013)
""", "2014-01-20", "Trao 1.500 suất quà Tết cho công nhân lao động ngành Than",
E("trao_qua", None, "2014-01-19"),
[P("Vũ Thị Thu Hằng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Phạm Xuân Đông", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Trần Văn Kiên", "Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam"),
 P("Nguyễn Thanh Lâm", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lường Văn Nghĩa", "công nhân lò chợ Công ty Than Hà Tu"),
 P("Hoàng Thị Huệ", "tổ trưởng tổ sàng tuyển")],
[Q("1.500 suất quà Tết", 1500, "suất quà Tết"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("8 Mái ấm Công đoàn", 8, "Mái ấm Công đoàn"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("450 công nhân", 450, "công nhân"),
 Q("khoảng 12.000 lượt đoàn viên, người lao động", 12000, "lượt đoàn viên, người lao động", "approx"),
 Q("trên 5 tỷ đồng", 5000000000, "đồng", "over")],
[D("Kế hoạch", "112", "KH-LĐLĐ", "2013-12-26", "Liên đoàn Lao động tỉnh", "Kế hoạch số 112/KH-LĐLĐ ngày 26/12/2013"),
 D("Công văn", "1830", "TLĐ", "2013-12-05", "Tổng Liên đoàn Lao động Việt Nam", "Công văn số 1830/TLĐ ngày 5/12/2013")],
[prov("Quảng Ninh"), prov("Thanh Hóa"), prov("Nghệ An"), com("Hà Tu")],
["Báo Quảng Ninh điện tử", "Thời sự | Công đoàn - Lao động", "Tết sum vầy - Xuân Giáp Ngọ 2014",
 "Đồng chí Vũ Thị Thu Hằng, Phó Chủ tịch Liên đoàn Lao động tỉnh trao quà cho công nhân.", "Tấm lòng vàng", "Chuyến xe nghĩa tình"],
["Thứ Hai, 20/01/2014, 07:45", "Xuân Giáp Ngọ 2014", "Tết Giáp Ngọ"]))

PAGES.append(page("b1162-bacgiang-mttq-giamsat-bhyt-2015", """
BÁO BẮC GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang
Trang chủ › Chính trị › Mặt trận - Đoàn thể
25/08/2015 - 09:10
Đoàn giám sát làm việc với UBND huyện Lục Ngạn.
MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại Lục Ngạn
BBG - Ngày 24/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Ngô Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế (BHYT) cho người dân tộc thiểu số và người thuộc hộ cận nghèo tại huyện Lục Ngạn. Đây là một trong 3 cuộc giám sát chuyên đề năm 2015 của Mặt trận tỉnh.
Cuộc giám sát được thực hiện theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế về giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 86/KH-MTTQ-BTT ngày 10/6/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Tham gia đoàn có đại diện Hội Nông dân, Hội Cựu chiến binh, Hội LHPN tỉnh và Bảo hiểm xã hội tỉnh.
Báo cáo của UBND huyện cho thấy, đến hết tháng 7/2015, toàn huyện đã cấp 42.318 thẻ BHYT cho người dân tộc thiểu số và 9.260 thẻ cho người thuộc hộ cận nghèo; tỷ lệ bao phủ BHYT đạt 78,6% dân số. Ngân sách huyện hỗ trợ thêm 3,2 tỷ đồng để nâng mức hỗ trợ mua thẻ cho hộ cận nghèo từ 70% lên 100% theo Nghị định 105/2014/NĐ-CP ngày 15/11/2014 của Chính phủ.
Tuy nhiên, việc cấp thẻ ở một số xã còn chậm, sai sót thông tin; có 1.146 thẻ in sai họ tên, ngày sinh phải cấp lại. Ông Thân Văn Hòa, Phó Chủ tịch UBND huyện Lục Ngạn cho biết, nguyên nhân chủ yếu do danh sách hộ cận nghèo thay đổi nhiều trong năm, cán bộ lao động - thương binh và xã hội cấp xã kiêm nhiệm nhiều việc.
Trực tiếp giám sát tại xã Tân Sơn và xã Sa Lý, đoàn ghi nhận ý kiến của người dân về việc khám chữa bệnh tại trạm y tế còn thiếu thuốc, phải chuyển tuyến nhiều. Bà Lý Thị Pham, người Sán Chí ở thôn Khuôn Cầu, xã Sa Lý phản ánh gia đình có 5 người nhưng đến nay mới được cấp 3 thẻ.
Kết luận buổi giám sát, bà Ngô Thị Thanh Thủy đề nghị UBND huyện chỉ đạo rà soát, cấp thẻ kịp thời, đầy đủ; phối hợp với Ủy ban MTTQ các xã công khai danh sách đối tượng được hỗ trợ tại nhà văn hóa thôn, bản; tăng cường tuyên truyền để người dân hiểu quyền lợi khi tham gia BHYT. Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy và kiến nghị các cơ quan chức năng của tỉnh.
Ngọc Thành
Lượt đọc: 1.088
Tin khác
- Hội Cựu chiến binh tỉnh giám sát thực hiện quy chế dân chủ ở Yên Thế (19/08/2015)
- Hiệp thương cử Chủ tịch Ủy ban MTTQ huyện Lạng Giang (12/08/2015)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo Sơn Động (05/08/2015)
""", "2015-08-25", "MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại Lục Ngạn",
E("giam_sat", "2015", "2015-08-24"),
[P("Ngô Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thân Văn Hòa", "Phó Chủ tịch UBND huyện Lục Ngạn"),
 P("Lý Thị Pham")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("42.318 thẻ BHYT", 42318, "thẻ BHYT"),
 Q("9.260 thẻ", 9260, "thẻ"), Q("78,6%", 78.6, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("70%", 70, "%"), Q("100%", 100, "%"), Q("1.146 thẻ", 1146, "thẻ"), Q("5 người", 5, "người"), Q("3 thẻ", 3, "thẻ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", "2015-06-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 10/6/2015"),
 D("Nghị định", "105", "2014/NĐ-CP", "2014-11-15", "Chính phủ", "Nghị định 105/2014/NĐ-CP ngày 15/11/2014")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Sa Lý")],
["BÁO BẮC GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc với UBND huyện Lục Ngạn.", "BBG", "Lượt đọc: 1.088"],
["25/08/2015 - 09:10", "năm 2015", "tháng 7/2015", "Lượt đọc: 1.088"]))
