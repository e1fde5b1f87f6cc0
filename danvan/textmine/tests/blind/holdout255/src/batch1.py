from lib import *
PAGES = []

PAGES.append(page("b6077-nghean-ccb-tongket-2011", """
HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN
Trang chủ » Hoạt động Hội » Tin tỉnh Hội
Thứ Sáu, 16/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011
Ngày 15/12/2011, Hội Cựu chiến binh (CCB) tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Đình Khoát, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Lê Văn Thiềng, Chủ tịch Hội CCB tỉnh.
Báo cáo do đồng chí Hồ Sỹ Lương, Phó Chủ tịch Hội CCB tỉnh trình bày cho biết, toàn tỉnh hiện có 486 cơ sở hội với 71.250 hội viên; trong năm kết nạp 1.830 hội viên mới. Các cấp Hội đã triển khai thực hiện Chỉ thị số 12-CT/TU ngày 08/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác CCB và Kế hoạch 35, 36-KH/CCB của Thường trực Hội CCB tỉnh về học tập chuyên đề và xây dựng cơ sở hội vững mạnh.
Hoạt động đền ơn đáp nghĩa được các cấp Hội quan tâm. Năm 2011, các cấp Hội vận động hội viên đóng góp trên 3,2 tỷ đồng xây dựng, sửa chữa 64 nhà tình nghĩa, nhà đồng đội cho hội viên là thương binh, gia đình liệt sĩ có hoàn cảnh khó khăn; tổ chức thăm hỏi, tặng 2.150 suất quà với tổng trị giá khoảng 860 triệu đồng. Quỹ hỗ trợ hội viên nghèo đạt 41,5 tỷ đồng, giúp 3.400 hộ hội viên vay vốn phát triển kinh tế; tỷ lệ hộ hội viên nghèo giảm còn 6,8%.
Các cấp Hội tích cực tham gia xác minh, tìm kiếm, quy tập hài cốt liệt sĩ, cung cấp thông tin về 112 trường hợp liệt sĩ còn thiếu thông tin; phối hợp ngành Lao động - Thương binh và Xã hội rà soát hồ sơ đề nghị công nhận người có công theo Nghị định số 54/2006/NĐ-CP của Chính phủ.
Tại hội nghị, ông Nguyễn Văn Thuần, Chủ tịch Hội CCB huyện Quỳnh Lưu, chia sẻ cách làm "Nhà đồng đội" bằng ngày công của hội viên; ông Lô Văn Hặc, Chủ tịch Hội CCB xã Châu Tiến, người Thái, đề nghị có chính sách hỗ trợ hội viên vùng cao làm nhà ở.
Phát biểu chỉ đạo, đồng chí Trần Đình Khoát ghi nhận những kết quả Hội đạt được, đề nghị năm 2012 các cấp Hội tiếp tục thực hiện cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", phong trào "CCB gương mẫu", phối hợp MTTQ làm tốt công tác đền ơn đáp nghĩa.
Dịp này, Hội CCB tỉnh tặng giấy khen cho 25 tập thể và 47 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2011.
Phan Thị Quỳnh
Lượt xem: 1.204
Tin liên quan
- Hội CCB huyện Nghi Lộc bàn giao 5 nhà đồng đội (30/11/2011)
- Gặp mặt 200 CCB tiêu biểu làm kinh tế giỏi (15/11/2011)
- Hội CCB Nghệ An kỷ niệm 22 năm Ngày truyền thống (06/12/2011)
""", "2011-12-16", "Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-15"),
[P("Trần Đình Khoát", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thiềng", "Chủ tịch Hội CCB tỉnh"),
 P("Hồ Sỹ Lương", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Văn Thuần", "Chủ tịch Hội CCB huyện Quỳnh Lưu"),
 P("Lô Văn Hặc", "Chủ tịch Hội CCB xã Châu Tiến")],
[Q("486 cơ sở hội", 486, "cơ sở hội"), Q("71.250 hội viên", 71250, "hội viên"), Q("1.830 hội viên mới", 1830, "hội viên mới"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("64 nhà tình nghĩa, nhà đồng đội", 64, "nhà tình nghĩa, nhà đồng đội"),
 Q("2.150 suất quà", 2150, "suất quà"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("41,5 tỷ đồng", 41500000000, "đồng"), Q("3.400 hộ hội viên", 3400, "hộ hội viên"), Q("6,8%", 6.8, "%"),
 Q("112 trường hợp", 112, "trường hợp"), Q("25 tập thể", 25, "tập thể"), Q("47 cá nhân", 47, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2011-04-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 08/4/2011"),
 D("Kế hoạch", "35", "KH/CCB", None, "Thường trực Hội CCB tỉnh", "Kế hoạch 35, 36-KH/CCB"),
 D("Kế hoạch", "36", "KH/CCB", None, "Thường trực Hội CCB tỉnh", "Kế hoạch 35, 36-KH/CCB"),
 D("Nghị định", "54", "2006/NĐ-CP", None, "Chính phủ", "Nghị định số 54/2006/NĐ-CP")],
[prov("Nghệ An"), com("Châu Tiến")],
["HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN", "Trang chủ » Hoạt động Hội » Tin tỉnh Hội", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "CCB gương mẫu", "Nhà đồng đội", "Lượt xem: 1.204"],
["Thứ Sáu, 16/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b6078-quangtri-xa-traoqua-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội
Cập nhật: 09:42, 27/07/2012 (GMT+7)
Bàn giao nhà tình nghĩa và trao quà cho gia đình chính sách xã Triệu Thành
Kỷ niệm 65 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2012), sáng 25/7, Ủy ban MTTQ Việt Nam xã Triệu Thành phối hợp với Đảng ủy, UBND xã tổ chức lễ bàn giao nhà tình nghĩa và thăm, tặng quà các gia đình chính sách trên địa bàn huyện Triệu Phong, tỉnh Quảng Trị.
Đồng chí Lê Quang Hiếu, Bí thư Đảng ủy xã Triệu Thành trao quyết định bàn giao nhà cho mẹ Trần Thị Lài.
Tham dự có các đồng chí: Nguyễn Văn Đạt, HUV, Trưởng Ban Dân vận Huyện ủy; Hoàng Thị Mến, Phó Chủ tịch UBND huyện; cùng đại diện các ban, ngành, đoàn thể của huyện và xã.
Ngôi nhà tình nghĩa được xây dựng cho mẹ Trần Thị Lài, 87 tuổi, có chồng và hai con là liệt sĩ, ở thôn Nại Cửu. Nhà có diện tích 48 m2, tổng kinh phí 65 triệu đồng, trong đó Quỹ Đền ơn đáp nghĩa huyện hỗ trợ 40 triệu đồng, con cháu và bà con lối xóm góp 25 triệu đồng cùng 120 ngày công. Công trình được khởi công theo Kế hoạch số 18/KH-UBND ngày 12/3/2012 của UBND xã về thực hiện công tác đền ơn đáp nghĩa năm 2012.
Phát biểu tại buổi lễ, ông Võ Văn Tường, Chủ tịch Ủy ban MTTQ xã cho biết, toàn xã hiện có 412 đối tượng chính sách, trong đó 11 Mẹ Việt Nam anh hùng, 96 thương binh, bệnh binh và 178 thân nhân liệt sĩ. Những năm qua, xã đã vận động xây mới 9 căn nhà tình nghĩa, sửa chữa 14 căn; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú, theo tinh thần Chỉ thị 14-CT/HU của Ban Thường vụ Huyện ủy.
Dịp này, lãnh đạo huyện và xã đã trao 150 suất quà cho các gia đình chính sách, mỗi suất trị giá 300.000 đồng, và 5 sổ tiết kiệm tình nghĩa, mỗi sổ 2 triệu đồng cho thân nhân liệt sĩ già yếu, cô đơn. Cùng ngày, Đoàn Thanh niên xã tổ chức lễ thắp nến tri ân tại Nghĩa trang liệt sĩ xã với sự tham gia của 300 đoàn viên, thanh niên.
Phát biểu chúc mừng, đồng chí Lê Quang Hiếu đề nghị các ban, ngành, đoàn thể xã tiếp tục làm tốt công tác "Đền ơn đáp nghĩa", rà soát những hộ người có công còn khó khăn về nhà ở để đề nghị huyện hỗ trợ trong năm 2013; vận động các doanh nghiệp, con em quê hương xa quê đóng góp xây dựng Quỹ. Ông cũng giao Ủy ban MTTQ xã chủ trì giám sát việc chi trả trợ cấp ưu đãi, bảo đảm đúng đối tượng, kịp thời.
Xúc động nhận nhà mới, mẹ Lài nói: "Mẹ cảm ơn Đảng, Nhà nước và bà con đã không quên những người có công".
Hồng Nhung
Tin khác
- Triệu Phong: 100% xã tổ chức viếng nghĩa trang liệt sĩ (26/07/2012)
- Hội CCB huyện trao 3 nhà đồng đội (20/07/2012)
- Tuổi trẻ Triệu Phong với hành trình "Đền ơn đáp nghĩa" (14/07/2012)
""", "2012-07-27", "Bàn giao nhà tình nghĩa và trao quà cho gia đình chính sách xã Triệu Thành",
E("trao_qua", None, "2012-07-25"),
[P("Lê Quang Hiếu", "Bí thư Đảng ủy xã Triệu Thành"),
 P("Trần Thị Lài"),
 P("Nguyễn Văn Đạt", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Mến", "Phó Chủ tịch UBND huyện"),
 P("Võ Văn Tường", "Chủ tịch Ủy ban MTTQ xã")],
[Q("48 m2", 48, "m2"), Q("65 triệu đồng", 65000000, "đồng"), Q("hỗ trợ 40 triệu đồng", 40000000, "đồng"),
 Q("góp 25 triệu đồng", 25000000, "đồng"), Q("120 ngày công", 120, "ngày công"), Q("412 đối tượng chính sách", 412, "đối tượng chính sách"),
 Q("11 Mẹ Việt Nam anh hùng", 11, "Mẹ Việt Nam anh hùng"), Q("96 thương binh, bệnh binh", 96, "thương binh, bệnh binh"),
 Q("178 thân nhân liệt sĩ", 178, "thân nhân liệt sĩ"), Q("9 căn nhà tình nghĩa", 9, "căn nhà tình nghĩa"), Q("sửa chữa 14 căn", 14, "căn"),
 Q("100%", 100, "%"), Q("150 suất quà", 150, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("5 sổ tiết kiệm tình nghĩa", 5, "sổ tiết kiệm tình nghĩa"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên")],
[D("Kế hoạch", "18", "KH-UBND", "2012-03-12", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 12/3/2012"),
 D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14-CT/HU")],
[prov("Quảng Trị"), com("Triệu Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội",
 "Đồng chí Lê Quang Hiếu, Bí thư Đảng ủy xã Triệu Thành trao quyết định bàn giao nhà cho mẹ Trần Thị Lài.",
 "Quỹ Đền ơn đáp nghĩa", "Nại Cửu", "Nghĩa trang liệt sĩ xã"],
["Cập nhật: 09:42, 27/07/2012 (GMT+7)", "65 năm", "27/7/1947 - 27/7/2012", "87 tuổi", "năm 2012", "năm 2013"]))

PAGES.append(page("b6079-gialai-mttq-soket-2013", """
Báo Gia Lai điện tử
Thời sự » Chính trị » Mặt trận - Đoàn thể
08:15 | 19/07/2013
Ảnh: Quang cảnh hội nghị.
Gia Lai: Xây mới 126 nhà tình nghĩa trong 6 tháng
(GLO) - Sáng 18/7, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013, tập trung đánh giá kết quả vận động Quỹ "Đền ơn đáp nghĩa" và xây dựng nhà tình nghĩa cho người có công. Đồng chí Rơ Châm H'Loan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, các cấp Mặt trận trong tỉnh đã vận động Quỹ "Đền ơn đáp nghĩa" được gần 7,4 tỷ đồng, đạt 92% kế hoạch năm; xây mới 126 nhà tình nghĩa, sửa chữa 58 nhà, tập trung ở các huyện vùng đồng bào Jrai, Bahnar. Công tác này được triển khai theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/01/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định 22/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở.
Toàn tỉnh hiện có 2.936 hộ người có công có khó khăn về nhà ở, trong đó 1.215 hộ cần xây mới. Các huyện Chư Sê, Đức Cơ, Ia Grai đã nhận phụng dưỡng 37 Mẹ Việt Nam anh hùng còn sống; 100% thương binh, bệnh binh nặng sống ở gia đình được chăm sóc chu đáo.
Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn trong việc huy động nguồn lực. Ông Ksor Yơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Ko, cho biết nhiều hộ đồng bào Jrai là gia đình liệt sĩ vẫn ở nhà tạm, xã đã vận động thanh niên góp hơn 400 ngày công giúp dựng nhà. Bà Siu H'Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Sê, kiến nghị sớm phân bổ kinh phí theo Quyết định 22 để các hộ làm nhà trước mùa mưa.
Phát biểu kết luận, đồng chí Rơ Châm H'Loan đề nghị 6 tháng cuối năm, các cấp Mặt trận phối hợp ngành Lao động - Thương binh và Xã hội thực hiện tốt Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác đền ơn đáp nghĩa và về chăm lo gia đình chính sách vùng đồng bào dân tộc thiểu số; phấn đấu đến cuối năm hoàn thành ít nhất 200 nhà tình nghĩa; tổ chức tốt hoạt động kỷ niệm 66 năm Ngày Thương binh - Liệt sĩ.
Hội nghị cũng nghe đồng chí Nguyễn Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, quán triệt Hướng dẫn số 09/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" trong 6 tháng cuối năm.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 18 tập thể, 26 cá nhân có thành tích trong vận động Quỹ.
Văn Ngọc
Tin liên quan
- Ia Grai: Bàn giao 12 nhà tình nghĩa cho gia đình chính sách (15/07/2013)
- Mặt trận tỉnh thăm Mẹ Việt Nam anh hùng (10/07/2013)
- Chư Sê: Tuổi trẻ chung tay đền ơn đáp nghĩa (02/07/2013)
""", "2013-07-19", "Gia Lai: Xây mới 126 nhà tình nghĩa trong 6 tháng",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Rơ Châm H'Loan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Yơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Ko"),
 P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Sê"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("126 nhà tình nghĩa", 126, "nhà tình nghĩa"), Q("gần 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("92%", 92, "%"),
 Q("sửa chữa 58 nhà", 58, "nhà"), Q("2.936 hộ người có công", 2936, "hộ người có công"), Q("1.215 hộ", 1215, "hộ"),
 Q("37 Mẹ Việt Nam anh hùng", 37, "Mẹ Việt Nam anh hùng"), Q("100%", 100, "%"), Q("hơn 400 ngày công", 400, "ngày công", "over"),
 Q("ít nhất 200 nhà tình nghĩa", 200, "nhà tình nghĩa", "over"), Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2013-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/01/2013"),
 D("Quyết định", "22", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 22/2013/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Hướng dẫn", "09", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 09/HD-MTTW-BTT")],
[prov("Gia Lai"), com("Ia Ko")],
["Báo Gia Lai điện tử", "Thời sự » Chính trị » Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị.", "(GLO)",
 "Đền ơn đáp nghĩa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["08:15 | 19/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "66 năm", "Quyết định 22"]))

PAGES.append(page("b6080-soctrang-bdv-hoinghi-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức | Hoạt động dân vận
Ngày đăng 22/08/2014 | 14:20
Đồng chí Lâm Quang Mỹ phát biểu tại hội nghị.
Hội nghị biểu dương người có công tiêu biểu là đồng bào Khmer năm 2014
Ngày 20/8/2014, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp Sở Lao động - Thương binh và Xã hội tổ chức Hội nghị biểu dương người có công với cách mạng tiêu biểu là đồng bào dân tộc Khmer năm 2014. Dự hội nghị có 215 đại biểu là thương binh, thân nhân liệt sĩ, Mẹ Việt Nam anh hùng, cựu chiến binh đến từ 11 huyện, thị xã, thành phố.
Về phía lãnh đạo tỉnh có đồng chí Lâm Quang Mỹ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Thị Bé Tư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Dư, Lý Thị Kim Hoàng.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 6.420 người có công là đồng bào Khmer, chiếm khoảng 18% tổng số người có công của tỉnh. Thực hiện Nghị quyết số 06-NQ/TU ngày 15/5/2012 của Tỉnh ủy và Đề án 124 của UBND tỉnh về chăm lo đời sống gia đình chính sách vùng đồng bào Khmer, giai đoạn 2012 - 2014 tỉnh đã xây dựng 318 căn nhà tình nghĩa, sửa chữa 97 căn với tổng kinh phí trên 12 tỷ đồng; trao 1.450 sổ tiết kiệm tình nghĩa; 100% Mẹ Việt Nam anh hùng còn sống được các cơ quan, đơn vị nhận phụng dưỡng suốt đời.
Tại hội nghị, 6 đại biểu tham luận. Ông Thạch Sên, thương binh 2/4, ấp Tâm Lộc, xã Lịch Hội Thượng, kể về việc vượt khó nuôi 5 con ăn học; bà Sơn Thị Sà Phia, thân nhân liệt sĩ, Chi hội trưởng Chi hội Phụ nữ ấp Sóc Mới, xã Viên Bình, chia sẻ cách làm tổ hùn vốn giúp 24 hộ gia đình chính sách thoát nghèo. Hòa thượng Lý Sương, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết các chùa Phật giáo Nam tông Khmer đã vận động bà con phật tử góp 680 triệu đồng vào Quỹ "Đền ơn đáp nghĩa".
Phát biểu tại hội nghị, đồng chí Lâm Quang Mỹ khẳng định chăm lo người có công là trách nhiệm của cả hệ thống chính trị; đề nghị các cấp ủy tiếp tục thực hiện tốt Chỉ thị số 14-CT/TW của Ban Bí thư và Pháp lệnh số 04/2012/UBTVQH13 của Ủy ban Thường vụ Quốc hội, không để hộ gia đình người có công nào thuộc diện hộ nghèo. Đồng chí đề nghị Mặt trận và các đoàn thể phát huy vai trò của sư sãi, người có uy tín trong vận động đồng bào Khmer tham gia phong trào "Đền ơn đáp nghĩa", nhân rộng các tổ hùn vốn, tổ tương trợ ở ấp, sóc.
Dịp này, Ban Dân vận Tỉnh ủy và Sở Lao động - Thương binh và Xã hội tặng giấy khen cho 45 người có công tiêu biểu, mỗi suất kèm 1 triệu đồng tiền thưởng.
Kim Hoa
Tin liên quan
- Mỹ Xuyên: Trao 30 căn nhà tình nghĩa cho đồng bào Khmer (11/08/2014)
- Hội CCB tỉnh gặp mặt cán bộ kháng chiến (01/08/2014)
- Vĩnh Châu chăm lo gia đình chính sách (25/07/2014)
""", "2014-08-22", "Hội nghị biểu dương người có công tiêu biểu là đồng bào Khmer năm 2014",
E("hoi_nghi", "2014", "2014-08-20"),
[P("Lâm Quang Mỹ", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Bé Tư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Dư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Kim Hoàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sên", "thương binh 2/4"),
 P("Sơn Thị Sà Phia", "thân nhân liệt sĩ", "Chi hội trưởng Chi hội Phụ nữ ấp Sóc Mới"),
 P("Lý Sương", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("6.420 người có công", 6420, "người có công"), Q("khoảng 18%", 18, "%", "approx"),
 Q("318 căn nhà tình nghĩa", 318, "căn nhà tình nghĩa"), Q("sửa chữa 97 căn", 97, "căn"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("1.450 sổ tiết kiệm tình nghĩa", 1450, "sổ tiết kiệm tình nghĩa"), Q("100%", 100, "%"), Q("6 đại biểu", 6, "đại biểu"),
 Q("5 con", 5, "con"), Q("24 hộ gia đình chính sách", 24, "hộ gia đình chính sách"), Q("680 triệu đồng", 680000000, "đồng"),
 Q("45 người có công tiêu biểu", 45, "người có công tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "06", "NQ/TU", "2012-05-15", "Tỉnh ủy", "Nghị quyết số 06-NQ/TU ngày 15/5/2012"),
 D("Đề án", "124", None, None, "UBND tỉnh", "Đề án 124 của UBND tỉnh"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 14-CT/TW"),
 D("Pháp lệnh", "04", "2012/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 04/2012/UBTVQH13")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên Bình")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức | Hoạt động dân vận", "Đồng chí Lâm Quang Mỹ phát biểu tại hội nghị.",
 "Đền ơn đáp nghĩa", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Tâm Lộc"],
["Ngày đăng 22/08/2014 | 14:20", "giai đoạn 2012 - 2014", "thương binh 2/4", "năm 2014"]))

PAGES.append(page("b6081-thaibinh-ccb-daihoi-2015", """
Báo Thái Bình điện tử
Chính trị » Xây dựng Đảng » Đoàn thể
14/05/2015 - 10:05
Đại hội thi đua yêu nước Hội Cựu chiến binh huyện Vũ Thư lần thứ IV
Ngày 13/5/2015, Hội Cựu chiến binh (CCB) huyện Vũ Thư tổ chức Đại hội thi đua yêu nước lần thứ IV, giai đoạn 2015 - 2020. Về dự đại hội có đồng chí Phạm Văn Kiên, Phó Chủ tịch Hội CCB tỉnh Thái Bình; đồng chí Bùi Đức Thịnh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện cùng 168 đại biểu là CCB tiêu biểu của 30 cơ sở hội.
Toàn cảnh đại hội. Ảnh: Đức Minh
Báo cáo tại đại hội cho biết, 5 năm qua (2010 - 2015), phong trào "CCB gương mẫu" được các cấp Hội triển khai gắn với thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Các cấp Hội đã vận động hội viên đóng góp 2,35 tỷ đồng cùng hơn 6.800 ngày công xây dựng, sửa chữa 87 nhà tình nghĩa, nhà đồng đội; 100% hội viên là thương binh, bệnh binh, gia đình liệt sĩ có nhà ở ổn định. Quỹ "Nghĩa tình đồng đội" của huyện đạt trên 1,1 tỷ đồng, trợ giúp 415 lượt hội viên ốm đau, hoạn nạn.
Hội CCB huyện còn tham gia xác minh, làm hồ sơ cho 236 trường hợp hưởng chế độ theo Quyết định số 62/2011/QĐ-TTg của Thủ tướng Chính phủ và Quyết định 290/2005/QĐ-TTg; hội viên làm kinh tế giỏi tạo việc làm cho hơn 1.200 lao động. Tỷ lệ hộ hội viên nghèo giảm từ 4,1% xuống còn 1,3%.
Tại đại hội, nhiều điển hình được giới thiệu. Ông Đặng Văn Khuông, thương binh 1/4, Chi hội trưởng Chi hội CCB thôn Phúc Châu, xã Tam Quang, nuôi 3.000 con gà và trồng 2 ha cam, tạo việc làm cho 12 lao động; ông Trần Quang Hài, Chủ tịch Hội CCB xã Minh Lãng, vận động hội viên hiến 1.500 m2 đất làm đường.
Phát biểu chỉ đạo, đồng chí Bùi Đức Thịnh đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết 04, 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế và xây dựng nông thôn mới; phát huy bản chất "Bộ đội Cụ Hồ", tham gia chăm lo gia đình chính sách, người có công.
Đại hội đã biểu dương 42 tập thể và 65 cá nhân tiêu biểu; bầu 19 đại biểu đi dự Đại hội thi đua yêu nước Hội CCB tỉnh. Đồng chí Nguyễn Hữu Lộc, Chủ tịch Hội CCB huyện, thay mặt Ban Thường vụ phát động thi đua giai đoạn mới với chỉ tiêu mỗi năm mỗi cơ sở hội giúp ít nhất 1 hộ hội viên thoát nghèo. Các đại biểu đã biểu quyết thông qua chương trình hành động giai đoạn 2015 - 2020 với tinh thần đoàn kết, nghĩa tình, gương mẫu.
Đức Minh
Các tin khác
- Hội CCB tỉnh sơ kết 5 năm thực hiện phong trào "CCB giúp nhau làm kinh tế giỏi" (08/05/2015)
- Kiến Xương: 18 nhà đồng đội được bàn giao (28/04/2015)
- Đông Hưng tổ chức đại hội thi đua yêu nước (20/04/2015)
""", "2015-05-14", "Đại hội thi đua yêu nước Hội Cựu chiến binh huyện Vũ Thư lần thứ IV",
E("dai_hoi", None, "2015-05-13"),
[P("Phạm Văn Kiên", "Phó Chủ tịch Hội CCB tỉnh Thái Bình"),
 P("Bùi Đức Thịnh", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Đặng Văn Khuông", "thương binh 1/4", "Chi hội trưởng Chi hội CCB thôn Phúc Châu"),
 P("Trần Quang Hài", "Chủ tịch Hội CCB xã Minh Lãng"),
 P("Nguyễn Hữu Lộc", "Chủ tịch Hội CCB huyện")],
[Q("168 đại biểu", 168, "đại biểu"), Q("30 cơ sở hội", 30, "cơ sở hội"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("hơn 6.800 ngày công", 6800, "ngày công", "over"), Q("87 nhà tình nghĩa, nhà đồng đội", 87, "nhà tình nghĩa, nhà đồng đội"),
 Q("100%", 100, "%"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("415 lượt hội viên", 415, "lượt hội viên"),
 Q("236 trường hợp", 236, "trường hợp"), Q("hơn 1.200 lao động", 1200, "lao động", "over"), Q("4,1%", 4.1, "%"), Q("1,3%", 1.3, "%"),
 Q("3.000 con gà", 3000, "con gà"), Q("2 ha", 2, "ha"), Q("12 lao động", 12, "lao động"), Q("1.500 m2", 1500, "m2"),
 Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân tiêu biểu", 65, "cá nhân tiêu biểu"), Q("19 đại biểu", 19, "đại biểu")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 62/2011/QĐ-TTg"),
 D("Quyết định", "290", "2005/QĐ-TTg", None, None, "Quyết định 290/2005/QĐ-TTg"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU")],
[prov("Thái Bình"), com("Tam Quang"), com("Minh Lãng")],
["Báo Thái Bình điện tử", "Chính trị » Xây dựng Đảng » Đoàn thể", "Toàn cảnh đại hội. Ảnh: Đức Minh", "CCB gương mẫu",
 "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ", "Phúc Châu"],
["14/05/2015 - 10:05", "lần thứ IV", "giai đoạn 2015 - 2020", "5 năm", "2010 - 2015", "thương binh 1/4", "1 hộ"]))

PAGES.append(page("b6082-bentre-mttq-giamsat-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE
Trang chủ / Hoạt động / Giám sát và phản biện xã hội
21.10.2016 | 16:05
Giám sát việc thực hiện chính sách nhà ở đối với người có công tại huyện Mỏ Cày Nam
Thực hiện chương trình giám sát năm 2016, ngày 19/10/2016, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bến Tre do đồng chí Huỳnh Thanh Bé, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở đối với người có công với cách mạng tại huyện Mỏ Cày Nam và các xã Định Thủy, An Thạnh.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thu Vân, Nguyễn Văn Mười; đại diện Hội CCB tỉnh, Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại UBND xã Định Thủy.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ và Kế hoạch số 1520/KH-UBND của UBND tỉnh, đến tháng 9/2016 huyện đã hỗ trợ 742 hộ người có công cải thiện nhà ở, gồm 315 hộ xây mới với mức 40 triệu đồng/hộ và 427 hộ sửa chữa với mức 20 triệu đồng/hộ, tổng kinh phí hơn 21,1 tỷ đồng. Ngoài ra, Ủy ban MTTQ các cấp vận động xây dựng thêm 46 căn nhà tình nghĩa từ Quỹ "Đền ơn đáp nghĩa" với số tiền 2,3 tỷ đồng. Đến nay còn 38 hộ chưa hoàn thành do thiếu vốn đối ứng.
Qua kiểm tra thực tế tại xã An Thạnh, đoàn ghi nhận các hộ được hỗ trợ đúng đối tượng, nhà xây đạt yêu cầu "3 cứng"; tuy nhiên có 5 trường hợp hồ sơ chậm thanh quyết toán, 2 hộ sử dụng sai mục đích. Ông Trần Văn Hai, thương binh 3/4, ấp An Định, cho biết gia đình được hỗ trợ 40 triệu đồng, con cháu góp thêm 35 triệu đồng để xây căn nhà 60 m2.
Đồng chí Võ Thành Nhơn, Huyện ủy viên, Phó Chủ tịch UBND huyện Mỏ Cày Nam, tiếp thu và cho biết huyện sẽ phối hợp Ngân hàng Chính sách xã hội hỗ trợ vay vốn cho các hộ còn khó khăn, phấn đấu hoàn thành trước 31/12/2016.
Kết luận buổi giám sát, đồng chí Huỳnh Thanh Bé đề nghị huyện tiếp tục thực hiện tốt Chỉ thị số 07-CT/TU ngày 02/6/2014 của Ban Thường vụ Tỉnh ủy về công tác đền ơn đáp nghĩa; công khai danh sách hộ được hỗ trợ tại ấp; giao Ủy ban MTTQ các xã giám sát việc thi công và giải ngân theo Quyết định 217-QĐ/TW của Bộ Chính trị. Đoàn sẽ tổng hợp kiến nghị, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 15/11/2016.
Thanh Hương
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát chi trả trợ cấp ưu đãi tại Ba Tri (05/10/2016)
- Bàn giao 20 căn nhà đại đoàn kết cho hộ nghèo (28/09/2016)
- Hội nghị phản biện dự thảo quy định về hỗ trợ nhà ở (12/09/2016)
""", "2016-10-21", "Giám sát việc thực hiện chính sách nhà ở đối với người có công tại huyện Mỏ Cày Nam",
E("giam_sat", "2016", "2016-10-19"),
[P("Huỳnh Thanh Bé", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Vân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Mười", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hai", "thương binh 3/4"),
 P("Võ Thành Nhơn", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Mỏ Cày Nam")],
[Q("742 hộ người có công", 742, "hộ người có công"), Q("315 hộ", 315, "hộ"), Q("40 triệu đồng/hộ", 40000000, "đồng"),
 Q("427 hộ", 427, "hộ"), Q("20 triệu đồng/hộ", 20000000, "đồng"), Q("hơn 21,1 tỷ đồng", 21100000000, "đồng", "over"),
 Q("46 căn nhà tình nghĩa", 46, "căn nhà tình nghĩa"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("38 hộ", 38, "hộ"),
 Q("5 trường hợp", 5, "trường hợp"), Q("2 hộ", 2, "hộ"), Q("được hỗ trợ 40 triệu đồng", 40000000, "đồng"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("60 m2", 60, "m2")],
[D("Quyết định", "22", "2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013"),
 D("Kế hoạch", "1520", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1520/KH-UBND"),
 D("Chỉ thị", "07", "CT/TU", "2014-06-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 02/6/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Bến Tre"), com("Định Thủy"), com("An Thạnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE", "Trang chủ / Hoạt động / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Định Thủy.", "Đền ơn đáp nghĩa", "3 cứng", "An Định"],
["21.10.2016 | 16:05", "năm 2016", "3 cứng", "thương binh 3/4", "tháng 9/2016"]))
