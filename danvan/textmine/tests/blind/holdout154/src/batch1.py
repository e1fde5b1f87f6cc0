from lib import *
PAGES = []

PAGES.append(page("b3653-quangtri-bdv-tongket-tongiao-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ > Hoạt động > Công tác tôn giáo
20/12/2011 - 09:30
Quảng Trị: Tổng kết công tác vận động đồng bào tôn giáo năm 2011
Ngày 19/12/2011, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Ban Tôn giáo tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào tôn giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Thị Hương Giang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đại biểu là lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy và cán bộ phụ trách công tác tôn giáo các địa phương.
Toàn cảnh hội nghị. Ảnh: Hoàng Lam
Theo báo cáo do đồng chí Hồ Sỹ Bằng, Phó Trưởng Ban Tôn giáo tỉnh trình bày, toàn tỉnh hiện có 4 tôn giáo được Nhà nước công nhận với khoảng 62.000 tín đồ; Công giáo có 28 giáo xứ, Phật giáo có 46 chùa, niệm Phật đường. Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác vận động đồng bào Công giáo và về quản lý hoạt động tôn giáo ở vùng đồng bào dân tộc thiểu số các huyện Hướng Hóa, Đakrông. Các cấp tiếp tục triển khai Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành và Nghị định số 22/2005/NĐ-CP của Chính phủ hướng dẫn thi hành Pháp lệnh tín ngưỡng, tôn giáo.
Nhân dịp lễ Giáng sinh, lễ Phật đản, các cấp đã tổ chức thăm hỏi 112 cơ sở tôn giáo; vận động các giáo xứ, nhà chùa đóng góp hơn 1,2 tỷ đồng xây dựng đường giao thông nông thôn và nhà tình thương. Ban Dân vận các cấp nắm và phối hợp giải quyết 14 vụ việc khiếu kiện về đất đai cơ sở tôn giáo, đến nay đã giải quyết dứt điểm 11 vụ. Phong trào "Sống tốt đời, đẹp đạo" được các giáo xứ hưởng ứng sôi nổi.
Tại hội nghị, Hòa thượng Thích Nhật Quang, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị, đề nghị chính quyền sớm giải quyết thủ tục đất đai cho một số chùa bị chiến tranh tàn phá. Ông Hồ Văn Lai, người có uy tín bản Xi Núc, xã Hướng Phùng, chia sẻ cách vận động bà con Vân Kiều không nghe theo kẻ xấu truyền đạo trái pháp luật. Cán bộ văn hóa xã Triệu Trạch phản ánh khó khăn khi trùng tu các di tích gắn với cơ sở thờ tự.
Phát biểu chỉ đạo, đồng chí Trần Quốc Vinh, Phó Chủ tịch UBND tỉnh, ghi nhận kết quả đạt được và yêu cầu năm 2012 các ngành tiếp tục thực hiện tốt chính sách tôn giáo của Đảng, Nhà nước; chủ động đối thoại, giải quyết kịp thời kiến nghị chính đáng của chức sắc, tín đồ, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích trong công tác vận động đồng bào tôn giáo.
Minh Hà
Lượt truy cập: 45.120
Tin liên quan
- Hướng Hóa: gặp mặt người có uy tín trong đồng bào Vân Kiều, Pa Kô (05/12/2011)
- Thăm, chúc mừng Tòa Tổng Giám mục nhân lễ Giáng sinh (28/11/2011)
- Cam Lộ ra mắt 3 mô hình "Dân vận khéo" (10/11/2011)
""", "2011-12-20", "Quảng Trị: Tổng kết công tác vận động đồng bào tôn giáo năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Lê Thị Hương Giang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Bằng", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Thích Nhật Quang", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị"),
 P("Hồ Văn Lai", "người có uy tín bản Xi Núc"),
 P("Trần Quốc Vinh", "Phó Chủ tịch UBND tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("4 tôn giáo", 4, "tôn giáo"), Q("khoảng 62.000 tín đồ", 62000, "tín đồ", "approx"),
 Q("28 giáo xứ", 28, "giáo xứ"), Q("46 chùa, niệm Phật đường", 46, "chùa, niệm Phật đường"), Q("112 cơ sở tôn giáo", 112, "cơ sở tôn giáo"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("14 vụ việc khiếu kiện về đất đai cơ sở tôn giáo", 14, "vụ việc khiếu kiện về đất đai cơ sở tôn giáo"),
 Q("11 vụ", 11, "vụ"), Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Triệu Trạch")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ > Hoạt động > Công tác tôn giáo", "Toàn cảnh hội nghị. Ảnh: Hoàng Lam",
 "Sống tốt đời, đẹp đạo", "Pháp lệnh tín ngưỡng, tôn giáo", "Lượt truy cập: 45.120"],
["20/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt truy cập: 45.120"]))

PAGES.append(page("b3654-thuathienhue-phatgiao-daihoi-2012", """
Cổng thông tin điện tử tỉnh Thừa Thiên Huế
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật: 14:05, 15/06/2012 (GMT+7)
Ảnh: Các đại biểu dâng hương tại chùa Từ Đàm.
Đại hội đại biểu Phật giáo tỉnh lần thứ VII thành công tốt đẹp
Trong hai ngày 13 và 14/6/2012, tại chùa Từ Đàm, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ VII, nhiệm kỳ 2012 - 2017. Về dự có 280 đại biểu là chư tôn đức tăng, ni và cư sĩ Phật tử tiêu biểu đến từ 9 huyện, thị xã, thành phố.
Về phía Trung ương Giáo hội có Hòa thượng Thích Thiện Duyên, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam. Về phía tỉnh có đồng chí Nguyễn Văn Thạch, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phan Thị Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch UBND tỉnh: Lê Trường Phúc, Đinh Khắc Tuân.
Báo cáo tổng kết nhiệm kỳ 2007 - 2012 cho biết, Phật giáo tỉnh hiện có 142 chùa, 176 niệm Phật đường và gần 1.200 tăng ni. Trong nhiệm kỳ, các cấp Giáo hội đã tổ chức 5 khóa an cư kiết hạ, mở 3 lớp Trung cấp Phật học; các chùa quyên góp được hơn 18 tỷ đồng làm từ thiện, xây 96 căn nhà tình thương cho người nghèo. Việc trùng tu các ngôi chùa cổ nằm trong vùng lõi di sản được thực hiện theo đúng Nghị định 98/2010/NĐ-CP của Chính phủ và Quyết định 1880/QĐ-UBND của UBND tỉnh về quản lý di tích.
Phát biểu tại đại hội, đồng chí Nguyễn Văn Thạch đánh giá cao những đóng góp của tăng ni, Phật tử trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đồng thời đề nghị Giáo hội tiếp tục hướng dẫn tín đồ sống "Tốt đời, đẹp đạo", giữ gìn cảnh quan Cố đô.
Đại hội đã suy cử 55 vị vào Ban Trị sự nhiệm kỳ mới. Hòa thượng Thích Chơn Đạo được suy cử làm Trưởng ban Trị sự; Thượng tọa Thích Hải Ấn, Thượng tọa Thích Đức Thiện giữ chức Phó Trưởng ban Trị sự; Đại đức Thích Phước Tịnh làm Chánh Thư ký.
Cũng tại đại hội, đại diện Ban Trị sự tiếp nhận 50 suất học bổng của Hội Khuyến học tỉnh trao cho tăng ni sinh có hoàn cảnh khó khăn, mỗi suất 1.000.000 đồng.
Trước đó, đại hội đã thông qua chương trình hành động nhiệm kỳ 2012 - 2017 với trọng tâm là nâng cao chất lượng đào tạo tăng tài, phát triển hoạt động từ thiện xã hội và phối hợp với chính quyền bảo vệ các ngôi chùa có giá trị lịch sử, văn hóa trong quần thể di tích Cố đô Huế.
Minh Nguyệt
Số lượt xem: 2.314
Tin khác
- Lễ Phật đản Phật lịch 2556 tại Huế trang nghiêm, an toàn (06/05/2012)
- UBND tỉnh làm việc với Tòa Tổng Giám mục Huế (20/04/2012)
- Khởi công trùng tu chùa Thánh Duyên (02/04/2012)
""", "2012-06-15", "Đại hội đại biểu Phật giáo tỉnh lần thứ VII thành công tốt đẹp",
E("dai_hoi", None, "2012-06-13"),
[P("Thích Thiện Duyên", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"),
 P("Nguyễn Văn Thạch", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phan Thị Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Trường Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Khắc Tuân", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Chơn Đạo", "Hòa thượng", "Trưởng ban Trị sự"),
 P("Thích Hải Ấn", "Thượng tọa", "Phó Trưởng ban Trị sự"),
 P("Thích Đức Thiện", "Thượng tọa", "Phó Trưởng ban Trị sự"),
 P("Thích Phước Tịnh", "Đại đức", "Chánh Thư ký")],
[Q("280 đại biểu", 280, "đại biểu"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("142 chùa", 142, "chùa"), Q("176 niệm Phật đường", 176, "niệm Phật đường"),
 Q("gần 1.200 tăng ni", 1200, "tăng ni", "approx"), Q("5 khóa an cư kiết hạ", 5, "khóa an cư kiết hạ"),
 Q("3 lớp Trung cấp Phật học", 3, "lớp Trung cấp Phật học"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("96 căn nhà tình thương", 96, "căn nhà tình thương"), Q("55 vị", 55, "vị"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("1.000.000 đồng", 1000000, "đồng")],
[D("Nghị định", "98", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 98/2010/NĐ-CP"),
 D("Quyết định", "1880", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1880/QĐ-UBND")],
[prov("Thừa Thiên Huế")],
["Cổng thông tin điện tử tỉnh Thừa Thiên Huế", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Ảnh: Các đại biểu dâng hương tại chùa Từ Đàm.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tốt đời, đẹp đạo",
 "chùa Từ Đàm", "Số lượt xem: 2.314"],
["Cập nhật: 14:05, 15/06/2012 (GMT+7)", "lần thứ VII", "nhiệm kỳ 2012 - 2017", "nhiệm kỳ 2007 - 2012", "Số lượt xem: 2.314"]))

PAGES.append(page("b3655-quangtri-lavang-traoqua-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Tin tức » Hoạt động Mặt trận » An sinh xã hội
08:15 | 04/02/2013
Linh mục Giuse Lê Văn Sáng trao quà cho người nghèo.
Hơn 600 suất quà Tết đến với người nghèo quanh Thánh địa La Vang
Sáng 2/2, Ủy ban MTTQ Việt Nam huyện Hải Lăng phối hợp với Trung tâm Hành hương Đức Mẹ La Vang tổ chức trao 620 suất quà Tết cho hộ nghèo, người già neo đơn, không phân biệt lương - giáo ở các xã Hải Phú, Hải Thượng, Hải Lâm. Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá khoảng 310 triệu đồng.
Đến dự có đồng chí Nguyễn Thị Thanh Nhàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Võ Văn Hưng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Lăng; Linh mục Giuse Lê Văn Sáng, Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang; Linh mục Phaolô Nguyễn Văn Trạch, Quản hạt Quảng Trị.
Phát biểu tại buổi trao quà, Linh mục Giuse Lê Văn Sáng cho biết nguồn quà do các ân nhân, khách hành hương trong và ngoài nước đóng góp. Trung tâm mong muốn chia sẻ với bà con nghèo, nhất là những gia đình vừa bị thiệt hại trong đợt lũ tháng 11/2012 làm 37 ngôi nhà bị tốc mái, hơn 120 ha lúa và hoa màu bị ngập úng.
Đồng chí Nguyễn Thị Thanh Nhàn ghi nhận sự đồng hành của đồng bào Công giáo trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và chương trình "Tết vì người nghèo". Năm 2012, các giáo xứ trong huyện Hải Lăng đã đóng góp gần 450 triệu đồng vào Quỹ "Vì người nghèo", tham gia làm mới 4,5 km đường bê tông liên thôn.
Cũng trong dịp này, Ủy ban MTTQ Việt Nam huyện trao 5 căn nhà Đại đoàn kết cho hộ nghèo xã Hải Phú, mỗi căn được hỗ trợ 30 triệu đồng theo Kế hoạch số 12/KH-MTTQ của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động xây dựng nhà Đại đoàn kết giai đoạn 2012 - 2015.
Bà Trần Thị Lượm, 82 tuổi, ở thôn Tích Tường, xúc động: "Năm nào các cha và Mặt trận cũng nhớ đến người già chúng tôi."
Theo Ủy ban MTTQ Việt Nam huyện Hải Lăng, trước Tết Quý Tỵ 2013, toàn huyện đã vận động được hơn 1 tỷ đồng và nhiều hiện vật để chăm lo Tết cho người nghèo, gia đình chính sách. Các giáo xứ, giáo họ trên địa bàn cũng tổ chức thăm hỏi người già, trẻ em mồ côi, bệnh nhân tại Trung tâm Y tế huyện. Ban Thường trực Ủy ban MTTQ Việt Nam huyện đề nghị các xã tiếp tục phối hợp với các hội đoàn Công giáo rà soát, không để hộ nghèo nào không có Tết.
Thanh Hải
Lượt xem: 1.086
Bài viết liên quan
- Trao 200 suất quà cho hộ nghèo huyện Đakrông (30/01/2013)
- Hải Lăng: Mặt trận vận động hơn 1 tỷ đồng ủng hộ Quỹ Vì người nghèo (15/01/2013)
- Thăm, chúc mừng Giáng sinh các giáo xứ ở Triệu Phong (22/12/2012)
""", "2013-02-04", "Hơn 600 suất quà Tết đến với người nghèo quanh Thánh địa La Vang",
E("trao_qua", None, "2013-02-02"),
[P("Giuse Lê Văn Sáng", "Linh mục", "Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang"),
 P("Nguyễn Thị Thanh Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Hưng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Lăng"),
 P("Phaolô Nguyễn Văn Trạch", "Linh mục", "Quản hạt Quảng Trị"),
 P("Trần Thị Lượm")],
[Q("620 suất quà", 620, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 310 triệu đồng", 310000000, "đồng", "approx"), Q("37 ngôi nhà", 37, "ngôi nhà"), Q("hơn 120 ha", 120, "ha", "over"),
 Q("gần 450 triệu đồng", 450000000, "đồng", "approx"), Q("4,5 km", 4.5, "km"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over")],
[D("Kế hoạch", "12", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ")],
[prov("Quảng Trị"), com("Hải Phú"), com("Hải Thượng"), com("Hải Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Tin tức » Hoạt động Mặt trận » An sinh xã hội",
 "Linh mục Giuse Lê Văn Sáng trao quà cho người nghèo.", "Trung tâm Hành hương Đức Mẹ La Vang",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tết vì người nghèo", "Vì người nghèo", "Lượt xem: 1.086"],
["08:15 | 04/02/2013", "tháng 11/2012", "82 tuổi", "giai đoạn 2012 - 2015", "Lượt xem: 1.086"]))

PAGES.append(page("b3656-thuathienhue-aluoi-doithoai-2014", """
Báo Thừa Thiên Huế Online
Chính trị › Dân vận
29-09-2014 16:40
Chủ tịch UBND huyện A Lưới đối thoại với đồng bào Tà Ôi, Cơ Tu
Ngày 26/9, UBND huyện A Lưới tổ chức buổi đối thoại giữa người đứng đầu chính quyền với nhân dân các xã Hồng Thượng, Phú Vinh và Hồng Thái năm 2014. Chủ trì đối thoại có đồng chí Hồ Văn Ngọc, HUV, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Kray Xuân Thành, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Quang cảnh buổi đối thoại. Ảnh: Hữu Phúc
Hơn 200 người dân, trong đó có 34 già làng, người có uy tín, đã nêu 27 ý kiến tập trung vào hỗ trợ đất sản xuất, đền bù thủy điện A Lưới, bảo tồn nhà Moong (nhà sàn truyền thống) và thủ tục sinh hoạt tôn giáo của các điểm nhóm Tin lành. Già làng Kăn Tơ ở thôn A Ka, xã Hồng Thượng đề nghị huyện sớm cấp đất cho 46 hộ đồng bào Tà Ôi tái định cư. Bà Alăng Thị Nhon, Chi hội trưởng Chi hội Phụ nữ thôn Pa Ring, phản ánh đường vào khu sản xuất bị sạt lở sau mưa lũ.
Trả lời các ý kiến, đồng chí Hồ Văn Ngọc cho biết huyện đang triển khai Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo; năm 2014 đã bố trí hơn 3,6 tỷ đồng để hỗ trợ 312 hộ. Đối với nhà Moong, huyện đã phục dựng được 6 ngôi nhà tại các thôn văn hóa và sẽ tiếp tục vận động con em đồng bào giữ gìn lễ hội Aza Koonh.
Về hoạt động tôn giáo, đồng chí Kray Xuân Thành nhấn mạnh các điểm nhóm phải đăng ký theo Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ; chính quyền xã có trách nhiệm hướng dẫn, không để kẻ xấu lợi dụng. Huyện cũng giao phòng Dân tộc phối hợp với các xã rà soát danh sách người có uy tín theo Quyết định số 18/2011/QĐ-TTg.
Kết thúc buổi đối thoại, 21/27 ý kiến được trả lời trực tiếp; các ý kiến còn lại được giao các phòng, ban chuyên môn trả lời bằng văn bản trước ngày 15/10/2014.
Bên lề buổi đối thoại, Ban Dân vận Huyện ủy tặng 40 suất quà cho các già làng, người có uy tín.
Theo Ban Dân vận Huyện ủy A Lưới, đây là năm thứ ba huyện tổ chức đối thoại định kỳ theo Quy chế dân chủ ở cơ sở. Qua các cuộc đối thoại, nhiều vướng mắc kéo dài về đất đai, chính sách được giải quyết dứt điểm, góp phần củng cố niềm tin của đồng bào Tà Ôi, Cơ Tu, Pa Cô đối với cấp ủy, chính quyền. Trong năm, toàn huyện không có đơn thư vượt cấp liên quan đến tôn giáo, an ninh nông thôn vùng biên giới được giữ vững.
Vinh Quang
Lượt đọc: 913
Tin cùng chuyên mục
- A Lưới: 12 tập thể được khen thưởng phong trào "Dân vận khéo" (18/09/2014)
- Nam Đông gặp mặt người có uy tín đồng bào Cơ Tu (05/09/2014)
- Phong Điền vận động giáo dân hiến đất làm đường (28/08/2014)
""", "2014-09-29", "Chủ tịch UBND huyện A Lưới đối thoại với đồng bào Tà Ôi, Cơ Tu",
E("doi_thoai", "2014", "2014-09-26"),
[P("Hồ Văn Ngọc", "HUV", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Kray Xuân Thành", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Kăn Tơ", "Già làng"),
 P("Alăng Thị Nhon", "Chi hội trưởng Chi hội Phụ nữ thôn Pa Ring")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("34 già làng, người có uy tín", 34, "già làng, người có uy tín"),
 Q("27 ý kiến", 27, "ý kiến"), Q("46 hộ đồng bào Tà Ôi tái định cư", 46, "hộ đồng bào Tà Ôi tái định cư"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("6 ngôi nhà", 6, "ngôi nhà"),
 Q("21/27 ý kiến", 21, "ý kiến"), Q("40 suất quà", 40, "suất quà")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, None, "Quyết định số 18/2011/QĐ-TTg")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Phú Vinh"), com("Hồng Thái")],
["Báo Thừa Thiên Huế Online", "Chính trị › Dân vận", "Quang cảnh buổi đối thoại. Ảnh: Hữu Phúc", "Aza Koonh", "Quy chế dân chủ ở cơ sở", "Lượt đọc: 913"],
["29-09-2014 16:40", "năm 2014", "năm thứ ba", "Lượt đọc: 913"]))

PAGES.append(page("b3657-quangtri-khoidanvan-giaoban-2015", """
Hôm nay: Thứ Năm, 09/07/2015
DÂN VẬN QUẢNG TRỊ - Trang thông tin điện tử Ban Dân vận Tỉnh ủy
Vị trí: Trang chủ :: Tin tức :: Hoạt động khối dân vận
Ngày đăng 03/07/2015 | 10:20
Phát huy vai trò đồng bào tôn giáo trong bảo vệ di tích lịch sử
Chiều 2/7, Ban Dân vận Tỉnh ủy chủ trì cuộc họp giao ban khối dân vận quý II năm 2015, đánh giá kết quả công tác 3 tháng qua và triển khai nhiệm vụ quý III. Đồng chí Trần Văn Tân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Bích Liên, Hồ Thị Pi và 45 đồng chí lãnh đạo các ban, ngành, đoàn thể tỉnh.
Đồng chí Trần Văn Tân phát biểu chỉ đạo cuộc giao ban.
Trong quý II, khối dân vận đã phối hợp tổ chức an toàn Đại lễ Đức Mẹ La Vang và lễ Phật đản Phật lịch 2559; vận động 1.350 lượt đoàn viên, hội viên tham gia dọn vệ sinh, trồng cây tại Thành cổ Quảng Trị, Địa đạo Vịnh Mốc và nghĩa trang liệt sĩ Trường Sơn. Ban Dân vận Tỉnh ủy đã hướng dẫn các huyện ủy sơ kết Chỉ thị 08-CT/TU ngày 12/4/2013 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong bảo tồn, phát huy giá trị di tích lịch sử, cách mạng; đồng thời ban hành hướng dẫn số 07-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong các giáo xứ, chùa.
Báo cáo của Hội Liên hiệp Phụ nữ tỉnh cho biết đã có 18 chi hội phụ nữ Công giáo và 11 chi hội phụ nữ Phật tử được thành lập, thu hút khoảng 2.400 hội viên. Ủy ban MTTQ tỉnh tiếp nhận 23 đơn thư, chuyển cơ quan chức năng giải quyết 19 đơn.
Tại cuộc giao ban, đồng chí Ăm Thị Lết, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị có chính sách hỗ trợ người dân vùng lõi di tích chuyển đổi sinh kế. Đồng chí Lê Quang Chiến, Tỉnh ủy viên, Bí thư Tỉnh Đoàn, thông tin kế hoạch ra quân chiến dịch Thanh niên tình nguyện hè với 60 công trình thanh niên.
Kết luận cuộc giao ban, đồng chí Trần Văn Tân yêu cầu quý III, khối dân vận tập trung thực hiện Kế hoạch số 63-KH/TU của Tỉnh ủy về tổ chức đại hội đảng bộ các cấp; chủ động nắm tình hình trong đồng bào tôn giáo, nhất là ở các xã Vĩnh Giang, Triệu Độ; chuẩn bị phương án phòng chống lụt bão, không để bị động khi thiên tai xảy ra.
Đức Việt
Lượt xem: 614
Tin khác
- Quảng Trị: 25 năm tái lập tỉnh và những mô hình dân vận hay (30/06/2015)
- Giao ban công tác dân vận chính quyền 6 tháng đầu năm (24/06/2015)
- Đoàn công tác Ban Dân vận Trung ương thăm Thánh địa La Vang (10/06/2015)
- Vĩnh Linh tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (02/06/2015)
- Hướng Hóa: vận động đồng bào Vân Kiều bỏ hủ tục trong việc cưới, việc tang (25/05/2015)
""", "2015-07-03", "Phát huy vai trò đồng bào tôn giáo trong bảo vệ di tích lịch sử",
E("giao_ban", "2015-Q2", "2015-07-02"),
[P("Trần Văn Tân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Pi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ăm Thị Lết", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Quang Chiến", "Tỉnh ủy viên", "Bí thư Tỉnh Đoàn")],
[Q("45 đồng chí", 45, "đồng chí"), Q("1.350 lượt đoàn viên, hội viên", 1350, "lượt đoàn viên, hội viên"),
 Q("18 chi hội phụ nữ Công giáo", 18, "chi hội phụ nữ Công giáo"), Q("11 chi hội phụ nữ Phật tử", 11, "chi hội phụ nữ Phật tử"),
 Q("khoảng 2.400 hội viên", 2400, "hội viên", "approx"), Q("23 đơn thư", 23, "đơn thư"), Q("19 đơn", 19, "đơn"),
 Q("60 công trình thanh niên", 60, "công trình thanh niên")],
[D("Chỉ thị", "08", "CT/TU", "2013-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08-CT/TU ngày 12/4/2013"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 07-HD/BDVTU"),
 D("Kế hoạch", "63", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 63-KH/TU")],
[prov("Quảng Trị"), com("Vĩnh Giang"), com("Triệu Độ")],
["Hôm nay: Thứ Năm, 09/07/2015", "DÂN VẬN QUẢNG TRỊ - Trang thông tin điện tử Ban Dân vận Tỉnh ủy",
 "Vị trí: Trang chủ :: Tin tức :: Hoạt động khối dân vận", "Đồng chí Trần Văn Tân phát biểu chỉ đạo cuộc giao ban.",
 "Dân vận khéo", "Thành cổ Quảng Trị", "Địa đạo Vịnh Mốc", "Thanh niên tình nguyện hè", "Lượt xem: 614"],
["Ngày đăng 03/07/2015 | 10:20", "quý II năm 2015", "3 tháng qua", "quý III", "45 đồng chí", "Phật lịch 2559", "Lượt xem: 614"]))

PAGES.append(page("b3658-thuathienhue-gapmat-chucsac-2016", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ | Tin hoạt động | Công tác tôn giáo
Thứ Ba, 12/01/2016 - 07:45
Toàn cảnh buổi gặp mặt. Ảnh: BDV
Lãnh đạo tỉnh gặp mặt chức sắc, chức việc các tôn giáo
Chiều 11/1, tại Trung tâm Festival Huế, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo năm 2016. Tham dự có khoảng 250 vị đại diện Phật giáo, Công giáo, Tin lành, Cao Đài, Phật giáo Hòa Hảo và Hồi giáo trên địa bàn.
Về phía các tôn giáo có Hòa thượng Thích Chơn Đạo, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Tổng Giám mục Giuse Trần Đình Khải, Tổng Giám mục Tổng Giáo phận Huế; Mục sư Lê Hoàng Phúc, Quản nhiệm Chi hội Tin lành Huế; Ni trưởng Thích Nữ Diệu Hạnh, Trụ trì chùa Diệu Viên. Về phía tỉnh có đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Dũng Tiến, Phó Chủ tịch Thường trực UBND tỉnh.
Báo cáo tại hội nghị nêu rõ, năm 2015 các tổ chức tôn giáo đã đóng góp hơn 32 tỷ đồng cho công tác từ thiện xã hội, cứu trợ đồng bào bị lũ lụt; Tổng Giáo phận Huế duy trì 14 lớp học tình thương và 3 phòng khám từ thiện. Giáo hội Phật giáo tỉnh tổ chức 2 đợt khám bệnh, cấp thuốc miễn phí cho hơn 3.000 lượt người ở huyện A Lưới, Nam Đông. Các chùa, nhà thờ có giá trị kiến trúc như chùa Thiên Mụ, nhà thờ Phủ Cam được bảo tồn theo Luật Di sản văn hóa và Quyết định số 2244/QĐ-UBND ngày 5/11/2014 của UBND tỉnh.
Phát biểu tại hội nghị, đồng chí Nguyễn Dũng Tiến ghi nhận sự đồng hành của các tôn giáo với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam". Đồng chí đề nghị chức sắc các tôn giáo tiếp tục vận động tín đồ tham gia bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 - 2021, thực hiện tốt Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới.
Thay mặt chức sắc, Tổng Giám mục Giuse Trần Đình Khải bày tỏ cảm ơn chính quyền đã tạo điều kiện cho các hoạt động mừng 400 năm Tin Mừng đến Huế và cam kết hướng dẫn giáo dân sống "Tốt đời, đẹp đạo".
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể, 20 cá nhân là chức sắc tôn giáo có nhiều đóng góp cho công tác an sinh xã hội.
Phương Anh
Đã xem: 1.402
Tin liên quan
- Thăm, chúc mừng Giáng sinh Tòa Tổng Giám mục Huế (23/12/2015)
- Phong Điền: đối thoại với giáo dân giáo xứ Phước Tích (10/12/2015)
- Hội nghị tổng kết công tác dân vận năm 2015 (04/12/2015)
- A Lưới: gặp mặt già làng, người có uy tín đồng bào Tà Ôi, Pa Cô (20/11/2015)
""", "2016-01-12", "Lãnh đạo tỉnh gặp mặt chức sắc, chức việc các tôn giáo",
E("hoi_nghi", "2016", "2016-01-11"),
[P("Thích Chơn Đạo", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trần Đình Khải", "Tổng Giám mục", "Tổng Giám mục Tổng Giáo phận Huế"),
 P("Lê Hoàng Phúc", "Mục sư", "Quản nhiệm Chi hội Tin lành Huế"),
 P("Thích Nữ Diệu Hạnh", "Ni trưởng", "Trụ trì chùa Diệu Viên"),
 P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Dũng Tiến", "Phó Chủ tịch Thường trực UBND tỉnh")],
[Q("khoảng 250 vị", 250, "vị", "approx"), Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"),
 Q("14 lớp học tình thương", 14, "lớp học tình thương"), Q("3 phòng khám từ thiện", 3, "phòng khám từ thiện"),
 Q("2 đợt khám bệnh", 2, "đợt khám bệnh"), Q("hơn 3.000 lượt người", 3000, "lượt người", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quyết định", "2244", "QĐ-UBND", "2014-11-05", "UBND tỉnh", "Quyết định số 2244/QĐ-UBND ngày 5/11/2014"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Thừa Thiên Huế")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ | Tin hoạt động | Công tác tôn giáo", "Toàn cảnh buổi gặp mặt. Ảnh: BDV",
 "Trung tâm Festival Huế", "Luật Di sản văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Tốt đời, đẹp đạo", "Đã xem: 1.402"],
["Thứ Ba, 12/01/2016 - 07:45", "năm 2016", "năm 2015", "khóa XIV", "nhiệm kỳ 2016 - 2021", "400 năm", "Đã xem: 1.402"]))
