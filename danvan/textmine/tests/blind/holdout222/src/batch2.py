from lib import *
PAGES = []

PAGES.append(page("b5291-daklak-krongbuk-doithoai-atgt-2017", """
Báo Đắk Lắk điện tử
Chính trị > Dân vận
Cập nhật lúc 16:30 ngày 14/07/2017
Đối thoại với người dân về an toàn giao thông ở vùng đồng bào Êđê
Ngày 13/7, Ban Dân vận Huyện ủy Krông Búk phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017 về công tác bảo đảm trật tự an toàn giao thông tại xã Cư Né. Đồng chí Bùi Đức Thịnh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì; dự có Huyện ủy viên, Phó Chủ tịch UBND huyện - Trưởng Ban An toàn giao thông huyện H'Loan Byă cùng khoảng 120 người dân các buôn.
Quang cảnh buổi đối thoại tại hội trường UBND xã Cư Né. Ảnh: Ngọc Hân
Theo báo cáo của Ban An toàn giao thông huyện, 6 tháng đầu năm 2017 trên địa bàn huyện xảy ra 34 vụ tai nạn giao thông, làm chết 27 người, tăng 5 người so với cùng kỳ; gần 70% số vụ do người điều khiển xe máy sử dụng rượu bia, không có giấy phép lái xe. Thực hiện Kết luận 34, 35-KL/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 09-KH/BDVHU ngày 5/6/2017 của Ban Dân vận Huyện ủy, các đoàn thể đã tuyên truyền Nghị định số 46/2016/NĐ-CP của Chính phủ đến 18 buôn đồng bào dân tộc thiểu số.
Tại buổi đối thoại, đã có 21 ý kiến phát biểu, kiến nghị. Ông Y Bhin Ktla, người có uy tín buôn Kdruh, xã Cư Né đề nghị lắp đèn chiếu sáng đoạn Quốc lộ 14 qua buôn, vì đã có 3 người trong buôn chết do tai nạn ban đêm. Bà H'Mai Êban, Chi hội trưởng Phụ nữ buôn Ea Kung phản ánh tình trạng xe chở cà phê quá tải làm hư hỏng đường liên xã. Anh Y Sơn Niê ở buôn Drah đề nghị mở lớp học luật giao thông bằng tiếng Êđê cho thanh niên.
Thiếu tá Lê Văn Hùng, Đội trưởng Đội Cảnh sát giao thông - Trật tự Công an huyện giải thích các quy định xử phạt và cho biết 6 tháng qua Công an huyện đã xử lý 1.850 trường hợp, tạm giữ 312 xe mô tô; đồng chí Y Ngông Niê, HUV, Trưởng Ban Dân vận Huyện ủy trả lời các ý kiến về trách nhiệm của các đoàn thể.
Nhiều ý kiến cũng đề nghị chính quyền xã kiên quyết xử lý tình trạng họp chợ, buôn bán lấn ra đường và trâu bò thả rông trên quốc lộ vào mùa thu hoạch cà phê.
Kết luận hội nghị, đồng chí Bùi Đức Thịnh tiếp thu 15 ý kiến góp ý và giao UBND huyện lắp đặt 40 bóng đèn chiếu sáng trên đoạn đường dài 2,5 km trước ngày 2/9; đề nghị Huyện đoàn thành lập thêm 6 đội thanh niên xung kích; giao xã Cư Né và xã Ea Sin đưa nội dung an toàn giao thông vào hương ước buôn. Đồng chí khẳng định kinh phí khoảng 350 triệu đồng cho hạng mục chiếu sáng sẽ được bố trí từ ngân sách huyện.
H.Nguyên
Tin cùng chuyên mục
- Krông Búk tôn vinh 30 gương "Dân vận khéo" (03/07/2017)
- Đối thoại với nông dân về giá cà phê (22/06/2017)
- Cư M'gar trao 25 căn nhà Đại đoàn kết (10/06/2017)
""", "2017-07-14", "Đối thoại với người dân về an toàn giao thông ở vùng đồng bào Êđê",
E("doi_thoai", "2017", "2017-07-13"),
[P("Bùi Đức Thịnh", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("H'Loan Byă", "Huyện ủy viên", "Phó Chủ tịch UBND huyện - Trưởng Ban An toàn giao thông huyện"),
 P("Y Bhin Ktla", "người có uy tín buôn Kdruh"),
 P("H'Mai Êban", "Chi hội trưởng Phụ nữ buôn Ea Kung"),
 P("Y Sơn Niê"),
 P("Lê Văn Hùng", "Thiếu tá", "Đội trưởng Đội Cảnh sát giao thông - Trật tự Công an huyện"),
 P("Y Ngông Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("khoảng 120 người dân", 120, "người dân", "approx"), Q("34 vụ tai nạn giao thông", 34, "vụ tai nạn giao thông"),
 Q("27 người", 27, "người"), Q("5 người", 5, "người"), Q("gần 70%", 70, "%", "approx"),
 Q("18 buôn đồng bào dân tộc thiểu số", 18, "buôn đồng bào dân tộc thiểu số"), Q("21 ý kiến", 21, "ý kiến"),
 Q("3 người", 3, "người"), Q("1.850 trường hợp", 1850, "trường hợp"), Q("312 xe mô tô", 312, "xe mô tô"),
 Q("15 ý kiến góp ý", 15, "ý kiến"), Q("40 bóng đèn chiếu sáng", 40, "bóng đèn chiếu sáng"), Q("2,5 km", 2.5, "km"),
 Q("6 đội thanh niên xung kích", 6, "đội thanh niên xung kích"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx")],
[D("Kết luận", "34", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 34, 35-KL/HU"),
 D("Kết luận", "35", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 34, 35-KL/HU"),
 D("Kế hoạch", "09", "KH/BDVHU", "2017-06-05", "Ban Dân vận Huyện ủy", "Kế hoạch số 09-KH/BDVHU ngày 5/6/2017"),
 D("Nghị định", "46", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 46/2016/NĐ-CP của Chính phủ")],
[prov("Đắk Lắk"), com("Cư Né"), com("Ea Sin")],
["Báo Đắk Lắk điện tử", "Chính trị > Dân vận", "Quang cảnh buổi đối thoại tại hội trường UBND xã Cư Né. Ảnh: Ngọc Hân",
 "Quốc lộ 14"],
["Cập nhật lúc 16:30 ngày 14/07/2017", "năm 2017", "6 tháng đầu năm 2017", "6 tháng qua", "Quốc lộ 14", "ngày 2/9"]))

PAGES.append(page("b5292-haiphong-catbi-ccb-daihoi-2017", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Tin tức › Xã hội › Mặt trận - Đoàn thể
21.09.2017 | 10:20
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Hội Cựu chiến binh phường Cát Bi lần thứ VI
Ngày 20/9, Hội Cựu chiến binh phường Cát Bi (quận Hải An) tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Dự đại hội có đồng chí Đỗ Đức Lượng, Phó Chủ tịch Hội Cựu chiến binh quận Hải An; đồng chí Lê Văn Toản, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường cùng 112 đại biểu thay mặt cho 1.024 hội viên của 12 chi hội.
Nhiệm kỳ qua, Hội đã thực hiện Chỉ thị số 12-CT/TU ngày 8/3/2016 của Ban Thường vụ Thành ủy về tăng cường lãnh đạo bảo đảm trật tự an toàn giao thông và Hướng dẫn số 126-HD/CCB của Hội Cựu chiến binh thành phố. Mô hình "Cựu chiến binh tham gia giữ gìn trật tự an toàn giao thông" được duy trì trên 8 tuyến phố, thu hút hơn 2.300 lượt hội viên tham gia phân luồng giờ cao điểm trước cổng các trường học và khu vực sân bay Cát Bi. Hội viên đã vận động 97,5% gia đình hội viên ký cam kết chấp hành Luật Giao thông đường bộ, không để con em đi xe máy khi chưa đủ tuổi.
Bên cạnh đó, Hội phối hợp với Ủy ban MTTQ phường vận động ủng hộ 156 triệu đồng xây dựng quỹ "Vì người nghèo", giúp 14 hộ hội viên thoát nghèo; kết nạp 35 hội viên mới. Thực hiện Kế hoạch 45, 46/KH-UBND của UBND quận, các chi hội đã tham gia giải tỏa 210 điểm lấn chiếm vỉa hè, lòng đường và trồng 500 cây xanh trên các tuyến phố mới mở.
Theo Ban Chấp hành Hội, giao thông trên địa bàn phường rất phức tạp do có nhiều tuyến đường mới mở nối trung tâm thành phố Hải Phòng với sân bay, mật độ xe tải và xe khách lớn. Các tổ cựu chiến binh tự quản đã phối hợp với Công an phường nhắc nhở hàng trăm trường hợp dừng đỗ sai quy định, hướng dẫn người cao tuổi và học sinh qua đường an toàn. Hạn chế của nhiệm kỳ là một số chi hội sinh hoạt chưa đều, hội viên tuổi cao nên việc duy trì các tổ tự quản gặp khó khăn; công tác phối hợp với các đoàn thể có lúc chưa chặt chẽ.
Phát biểu chỉ đạo, đồng chí Lê Văn Toản đề nghị nhiệm kỳ 2017 - 2022, Hội tiếp tục phát huy bản chất "Bộ đội Cụ Hồ", là lực lượng nòng cốt trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và tuyên truyền an toàn giao thông ở khu dân cư. Đồng chí Đỗ Đức Lượng đánh giá mô hình của Cát Bi là một trong 3 mô hình tiêu biểu của quận.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 9 đồng chí. Đồng chí Vũ Văn Thắng được tín nhiệm bầu giữ chức Chủ tịch Hội Cựu chiến binh phường khóa VI; các đồng chí Nguyễn Đình Khoa, Trần Văn Quế được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Hội Cựu chiến binh quận.
Thu Hương
Xem thêm
- Hải An: ra quân lập lại trật tự vỉa hè (15/09/2017)
- Đại hội Hội Cựu chiến binh phường Đằng Lâm (12/09/2017)
- Cựu chiến binh quận Lê Chân giúp nhau làm kinh tế (30/08/2017)
""", "2017-09-21", "Đại hội Hội Cựu chiến binh phường Cát Bi lần thứ VI",
E("dai_hoi", None, "2017-09-20"),
[P("Đỗ Đức Lượng", "Phó Chủ tịch Hội Cựu chiến binh quận Hải An"),
 P("Lê Văn Toản", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Vũ Văn Thắng", "Chủ tịch Hội Cựu chiến binh phường khóa VI"),
 P("Nguyễn Đình Khoa", "Phó Chủ tịch Hội"),
 P("Trần Văn Quế", "Phó Chủ tịch Hội")],
[Q("112 đại biểu", 112, "đại biểu"), Q("1.024 hội viên", 1024, "hội viên"), Q("12 chi hội", 12, "chi hội"),
 Q("8 tuyến phố", 8, "tuyến phố"), Q("hơn 2.300 lượt hội viên", 2300, "lượt hội viên", "over"), Q("97,5%", 97.5, "%"),
 Q("156 triệu đồng", 156000000, "đồng"), Q("14 hộ hội viên", 14, "hộ hội viên"), Q("35 hội viên mới", 35, "hội viên mới"),
 Q("210 điểm lấn chiếm", 210, "điểm lấn chiếm"), Q("500 cây xanh", 500, "cây xanh"),
 Q("3 mô hình tiêu biểu", 3, "mô hình tiêu biểu"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "12", "CT/TU", "2016-03-08", "Ban Thường vụ Thành ủy", "Chỉ thị số 12-CT/TU ngày 8/3/2016 của Ban Thường vụ Thành ủy"),
 D("Hướng dẫn", "126", "HD/CCB", None, "Hội Cựu chiến binh thành phố", "Hướng dẫn số 126-HD/CCB của Hội Cựu chiến binh thành phố"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND quận", "Kế hoạch 45, 46/KH-UBND của UBND quận"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND quận", "Kế hoạch 45, 46/KH-UBND của UBND quận")],
[prov("Hải Phòng"), com("Cát Bi")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Tin tức › Xã hội › Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Cựu chiến binh tham gia giữ gìn trật tự an toàn giao thông", "Vì người nghèo", "Bộ đội Cụ Hồ",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Luật Giao thông đường bộ"],
["21.09.2017 | 10:20", "lần thứ VI", "nhiệm kỳ 2017 - 2022", "9 đồng chí", "khóa VI"]))

PAGES.append(page("b5293-binhduong-mttq-batgt-hoinghi-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh
2018-03-15 14:10
Các đại biểu ký kết chương trình phối hợp.
Mặt trận và Ban An toàn giao thông tỉnh ký kết phối hợp vận động nhân dân
Sáng 14/3, Ủy ban MTTQ Việt Nam tỉnh Bình Dương và Ban An toàn giao thông tỉnh tổ chức hội nghị ký kết chương trình phối hợp vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông năm 2018. Dự hội nghị có khoảng 260 đại biểu là lãnh đạo Ủy ban MTTQ, Ban An toàn giao thông của 9 huyện, thị xã, thành phố và 91 xã, phường, thị trấn.
Đồng chí Trương Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Đặng Minh Hưng, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh đã ký Chương trình phối hợp số 02/CTrPH-MTTQ-BATGT. Theo đó, hai bên thống nhất thực hiện Quyết định số 1586/QĐ-TTg ngày 24/10/2012 của Thủ tướng Chính phủ và Chỉ thị 03, 04/CT-UBND của UBND tỉnh; xây dựng mỗi khu phố, ấp ít nhất một tuyến đường tự quản về an toàn giao thông.
Năm 2017, Mặt trận các cấp đã phối hợp tổ chức 1.430 buổi tuyên truyền cho hơn 95.000 lượt công nhân, người lao động ở các khu công nghiệp; vận động 1.100 tuyến đường tự quản với 38.500 hộ tham gia; trao 12.000 mũ bảo hiểm cho học sinh. Tai nạn giao thông trong tỉnh giảm cả về số vụ, số người chết và số người bị thương; riêng số người chết giảm 11,6%.
Tại hội nghị, đại diện Ủy ban MTTQ các phường trình bày tham luận. Bà Lưu Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam phường An Phú cho biết phường có đông công nhân nhập cư, đã vận động 46 chủ nhà trọ ký cam kết nhắc nhở người thuê trọ chấp hành luật. Ông Ngô Văn Tám, Trưởng Ban công tác Mặt trận khu phố 3, phường Tân Định chia sẻ cách vận động tiểu thương không họp chợ tự phát trên đường ĐT743. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Mai Hoa, Nguyễn Văn Tấn đã giải đáp các ý kiến.
Các ý kiến tại hội nghị cũng chỉ ra hạn chế: việc tuyên truyền ở một số nơi còn hình thức, chưa đến được với lao động trẻ ở nhà trọ; nhiều tuyến đường tự quản chỉ hoạt động trong thời gian đầu; kinh phí cho các ban công tác Mặt trận ở khu phố, ấp còn ít. Tình trạng xe tải, xe container chạy vào giờ tan ca ở các tuyến đường gần khu công nghiệp Mỹ Phước vẫn tiềm ẩn nguy cơ tai nạn nghiêm trọng.
Phát biểu tại hội nghị, đồng chí Đặng Minh Hưng đề nghị Mặt trận phát huy vai trò giám sát, nhất là với các doanh nghiệp vận tải đưa đón công nhân; phấn đấu năm 2018 giảm từ 5% đến 10% số người chết do tai nạn giao thông. Ban An toàn giao thông tỉnh hỗ trợ 150 triệu đồng cho hoạt động tuyên truyền của Mặt trận.
Diệu Linh
Tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 7 (01/03/2018)
- Trao quà Tết cho 5.000 công nhân khó khăn (05/02/2018)
- Thủ Dầu Một: sơ kết cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (26/01/2018)
""", "2018-03-15", "Mặt trận và Ban An toàn giao thông tỉnh ký kết phối hợp vận động nhân dân",
E("hoi_nghi", "2018", "2018-03-14"),
[P("Trương Thị Bích Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Minh Hưng", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Lưu Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Phú"),
 P("Ngô Văn Tám", "Trưởng Ban công tác Mặt trận khu phố 3"),
 P("Lê Thị Mai Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 260 đại biểu", 260, "đại biểu", "approx"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"), Q("1.430 buổi tuyên truyền", 1430, "buổi tuyên truyền"),
 Q("hơn 95.000 lượt công nhân, người lao động", 95000, "lượt công nhân, người lao động", "over"),
 Q("1.100 tuyến đường tự quản", 1100, "tuyến đường tự quản"), Q("38.500 hộ", 38500, "hộ"),
 Q("12.000 mũ bảo hiểm", 12000, "mũ bảo hiểm"), Q("11,6%", 11.6, "%"), Q("46 chủ nhà trọ", 46, "chủ nhà trọ"),
 Q("5%", 5, "%"), Q("10%", 10, "%"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Chương trình phối hợp", "02", "CTrPH-MTTQ-BATGT", None, None, "Chương trình phối hợp số 02/CTrPH-MTTQ-BATGT"),
 D("Quyết định", "1586", "QĐ-TTg", "2012-10-24", "Thủ tướng Chính phủ", "Quyết định số 1586/QĐ-TTg ngày 24/10/2012 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "03", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 03, 04/CT-UBND của UBND tỉnh"),
 D("Chỉ thị", "04", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 03, 04/CT-UBND của UBND tỉnh")],
[prov("Bình Dương"), com("An Phú"), com("Tân Định")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ >> Hoạt động Mặt trận >> Tin tỉnh",
 "Các đại biểu ký kết chương trình phối hợp.", "ĐT743"],
["2018-03-15 14:10", "năm 2018", "Năm 2017", "khu phố 3", "ĐT743"]))

PAGES.append(page("b5294-hatinh-huongson-baocao-atgt-2019", """
Báo Hà Tĩnh
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Ba, 10/12/2019 - 07:45
Hương Sơn báo cáo kết quả vận động nhân dân giữ gìn an toàn giao thông
(Baohatinh.vn) - Ngày 9/12, Đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Hải Yến, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Hương Sơn, nghe báo cáo kết quả công tác dân vận tham gia bảo đảm trật tự an toàn giao thông năm 2019.
Đồng chí Nguyễn Thị Hải Yến phát biểu tại buổi làm việc.
Báo cáo do đồng chí Phan Đình Trọng, HUV, Trưởng Ban Dân vận Huyện ủy trình bày cho biết, thực hiện Kết luận số 45-KL/TW ngày 1/2/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị 18-CT/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 112-KH/HU và Chỉ thị số 08-CT/HU ngày 20/3/2019. Năm 2019, khối dân vận huyện đã tổ chức 186 hội nghị tuyên truyền với trên 14.000 lượt người nghe; 32 xã, thị trấn đều ra mắt mô hình "Khu dân cư an toàn giao thông".
Nhờ vận động, nhân dân đã hiến 21.300 m2 đất, tháo dỡ 1.460 m tường rào, cổng ngõ để mở rộng đường giao thông nông thôn; đóng góp trên 4,8 tỷ đồng và 9.500 ngày công. Trên Quốc lộ 8A đoạn qua các xã Sơn Tây, Sơn Kim 1, các tổ tự quản đã vận động 73 hộ kinh doanh không lấn chiếm lòng đường. Năm 2019, tai nạn giao thông trên địa bàn huyện giảm 4 vụ, số người chết giảm 3 người so với năm 2018.
Đồng chí Hồ Văn Dũng, Chủ tịch UBND xã Sơn Kim 1 cho biết khó khăn lớn nhất là xe chở gỗ, xe tải qua cửa khẩu Cầu Treo chạy tốc độ cao qua khu dân cư. Đồng chí Trần Thị Lý, Chủ tịch Hội LHPN huyện đề nghị tỉnh hỗ trợ kinh phí cho 15 tổ phụ nữ tham gia đưa đón học sinh.
Các thành viên đoàn công tác gồm các đồng chí Trưởng phòng Dân vận chính quyền và đoàn thể Ban Dân vận Tỉnh ủy Võ Tá Hùng và Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy Lê Thị Thanh Nga đã trao đổi, làm rõ thêm một số nội dung về cách đánh giá mô hình.
Những hạn chế được chỉ ra là một bộ phận thanh niên vẫn phóng nhanh, không đội mũ bảo hiểm; việc xây dựng hương ước có nội dung an toàn giao thông ở một số thôn còn chậm; kinh phí hỗ trợ các tổ tự quản chưa được bố trí thường xuyên.
Kết luận buổi làm việc, đồng chí Nguyễn Thị Hải Yến ghi nhận những kết quả của huyện, đề nghị Hương Sơn tiếp tục phát huy vai trò của người đứng đầu, đưa tiêu chí an toàn giao thông vào đánh giá danh hiệu "Khu dân cư văn hóa"; phấn đấu năm 2020 có trên 80% thôn, tổ dân phố đạt chuẩn khu dân cư an toàn giao thông.
Thu Hà
Tin liên quan
- Ban Dân vận Tỉnh ủy làm việc tại Đức Thọ (05/12/2019)
- Hội thi Dân vận khéo huyện Kỳ Anh (28/11/2019)
- Hương Khê: 500 hộ hiến đất làm đường (20/11/2019)
""", "2019-12-10", "Hương Sơn báo cáo kết quả vận động nhân dân giữ gìn an toàn giao thông",
E("bao_cao", "2019", "2019-12-09"),
[P("Nguyễn Thị Hải Yến", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phan Đình Trọng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Dũng", "Chủ tịch UBND xã Sơn Kim 1"),
 P("Trần Thị Lý", "Chủ tịch Hội LHPN huyện"),
 P("Võ Tá Hùng", "Trưởng phòng Dân vận chính quyền và đoàn thể Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Nga", "Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("186 hội nghị tuyên truyền", 186, "hội nghị tuyên truyền"), Q("trên 14.000 lượt người nghe", 14000, "lượt người nghe", "over"),
 Q("32 xã, thị trấn", 32, "xã, thị trấn"), Q("21.300 m2", 21300, "m2"), Q("1.460 m", 1460, "m"),
 Q("trên 4,8 tỷ đồng", 4800000000, "đồng", "over"), Q("9.500 ngày công", 9500, "ngày công"), Q("73 hộ kinh doanh", 73, "hộ kinh doanh"),
 Q("4 vụ", 4, "vụ"), Q("3 người", 3, "người"), Q("15 tổ phụ nữ", 15, "tổ phụ nữ"), Q("trên 80%", 80, "%", "over")],
[D("Kết luận", "45", "KL/TW", "2019-02-01", "Ban Bí thư", "Kết luận số 45-KL/TW ngày 1/2/2019 của Ban Bí thư"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị 18-CT/TW"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Chỉ thị", "08", "CT/HU", "2019-03-20", "Ban Thường vụ Huyện ủy", "Chỉ thị số 08-CT/HU ngày 20/3/2019")],
[prov("Hà Tĩnh"), com("Sơn Tây"), com("Sơn Kim 1")],
["Báo Hà Tĩnh", "Trang chủ › Chính trị › Xây dựng Đảng", "(Baohatinh.vn)", "Đồng chí Nguyễn Thị Hải Yến phát biểu tại buổi làm việc.",
 "Khu dân cư an toàn giao thông", "Khu dân cư văn hóa", "Quốc lộ 8A", "Cầu Treo"],
["Thứ Ba, 10/12/2019 - 07:45", "năm 2019", "Năm 2019", "năm 2018", "năm 2020", "Quốc lộ 8A", "Sơn Kim 1"]))

PAGES.append(page("b5295-kontum-mttq-atgt-tongket-2020", """
BÁO KON TUM ĐIỆN TỬ
Xã hội | Mặt trận - Đoàn thể
25-12-2020 08:45
Ảnh: Quang cảnh hội nghị tổng kết.
Vận động đồng bào dân tộc thiểu số chấp hành luật giao thông: nhiều chuyển biến
Ngày 24/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum phối hợp với Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông năm 2020. Đồng chí A Vương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Y Mửi, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và các cơn bão số 5, số 9, Mặt trận các cấp đã phối hợp tổ chức 642 buổi tuyên truyền bằng tiếng Xơ Đăng, Ba Na, Gia Rai cho khoảng 52.000 lượt người; vận động xây dựng 87 thôn, làng "an toàn giao thông". Thực hiện Nghị quyết số 12/NQ-CP ngày 19/2/2019 của Chính phủ và Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy, Ủy ban MTTQ tỉnh đã ban hành hướng dẫn số 05/HD-MTTQ-BTT, đưa nội dung chấp hành luật giao thông vào tiêu chí bình xét "gia đình văn hóa".
Tai nạn giao thông năm 2020 giảm trên cả ba mặt: xảy ra 58 vụ, làm chết 49 người, bị thương 31 người; so với năm 2019 giảm 9 vụ, giảm 6 người chết. Nhân dân đã hiến trên 35.000 m2 đất, đóng góp 2,1 tỷ đồng để làm đường vào khu sản xuất.
Già làng A Thuân, người có uy tín làng Kon Rơ Bàng 1, xã Vinh Quang chia sẻ: trước đây thanh niên trong làng hay uống rượu rồi chạy xe máy về khuya; từ khi làng đưa quy định vào hương ước, cả năm không có vụ tai nạn nào. Bà Y Thương, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Hring cho biết xã đã vận động 320 hộ dân ký cam kết không để con em dưới 18 tuổi điều khiển xe máy. Đồng chí A Khuê, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Glei đề nghị bố trí kinh phí cho các tổ tự quản trên Quốc lộ 40B.
Đại diện lãnh đạo Công an tỉnh, Thượng tá Nguyễn Văn Bình, Trưởng phòng Cảnh sát giao thông đánh giá cao vai trò của già làng, người có uy tín trong việc vận động đồng bào, đặc biệt tại các xã dọc tuyến Quốc lộ 14.
Phát biểu kết luận, đồng chí A Vương đề nghị năm 2021 Mặt trận các cấp tiếp tục nhân rộng mô hình thôn, làng "an toàn giao thông" lên ít nhất 120 thôn, làng; phấn đấu giảm từ 5% trở lên số người chết vì tai nạn giao thông.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 10 tập thể, 16 cá nhân; trong đó có 7 già làng, người có uy tín.
Thanh Thủy
Tin liên quan
- Đăk Hà ra mắt mô hình "Cổng trường an toàn giao thông" (10/12/2020)
- Trao 2.000 mũ bảo hiểm cho học sinh lớp 1 (02/11/2020)
- Hội nghị người có uy tín năm 2020 (20/10/2020)
""", "2020-12-25", "Vận động đồng bào dân tộc thiểu số chấp hành luật giao thông: nhiều chuyển biến",
E("tong_ket", "2020", "2020-12-24"),
[P("A Vương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Mửi", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("A Thuân", "Già làng", "người có uy tín làng Kon Rơ Bàng 1"),
 P("Y Thương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Hring"),
 P("A Khuê", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Glei"),
 P("Nguyễn Văn Bình", "Thượng tá", "Trưởng phòng Cảnh sát giao thông")],
[Q("642 buổi tuyên truyền", 642, "buổi tuyên truyền"), Q("khoảng 52.000 lượt người", 52000, "lượt người", "approx"),
 Q("87 thôn, làng", 87, "thôn, làng"), Q("58 vụ", 58, "vụ"), Q("49 người", 49, "người"), Q("31 người", 31, "người"),
 Q("9 vụ", 9, "vụ"), Q("6 người chết", 6, "người chết"), Q("trên 35.000 m2", 35000, "m2", "over"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("320 hộ dân", 320, "hộ dân"),
 Q("ít nhất 120 thôn, làng", 120, "thôn, làng", "over"), Q("5% trở lên", 5, "%", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân"), Q("7 già làng, người có uy tín", 7, "già làng, người có uy tín")],
[D("Nghị quyết", "12", "NQ-CP", "2019-02-19", "Chính phủ", "Nghị quyết số 12/NQ-CP ngày 19/2/2019 của Chính phủ"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "hướng dẫn số 05/HD-MTTQ-BTT")],
[prov("Kon Tum"), com("Vinh Quang"), com("Đăk Hring")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội | Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị tổng kết.", "an toàn giao thông",
 "gia đình văn hóa", "Quốc lộ 40B", "Quốc lộ 14", "Covid-19"],
["25-12-2020 08:45", "năm 2020", "Năm 2020", "năm 2019", "năm 2021", "bão số 5, số 9", "Covid-19", "dưới 18 tuổi", "Kon Rơ Bàng 1",
 "Quốc lộ 40B"]))

PAGES.append(page("b5296-cantho-ankhanh-soket-atgt-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ - Tin tức - Phường xã
30 tháng 6, 2021 | 17:45
Phường An Khánh: sơ kết mô hình "Tuyến hẻm an toàn giao thông"
Chiều 29/6, Ủy ban MTTQ Việt Nam phường An Khánh tổ chức sơ kết 6 tháng đầu năm 2021 thực hiện mô hình "Tuyến hẻm an toàn giao thông", triển khai nhiệm vụ 6 tháng cuối năm. Do dịch Covid-19, hội nghị được tổ chức trực tiếp kết hợp trực tuyến tại 8 điểm cầu khu vực, với 45 đại biểu dự tại điểm cầu chính.
Bà Phạm Thị Kim Loan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì. Dự có ông Huỳnh Văn Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều.
Các đại biểu dự hội nghị tại điểm cầu chính, thực hiện quy định 5K.
Thực hiện Kế hoạch số 27-KH/ĐU ngày 15/1/2021 của Đảng ủy phường và Công văn số 214/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam quận, 6 tháng qua phường đã duy trì 14 tuyến hẻm tự quản với 1.280 hộ dân tham gia. Ban công tác Mặt trận các khu vực đã vận động người dân tháo dỡ 96 mái che, bảng hiệu lấn chiếm, thu gọn 210 m2 vật dụng buôn bán trên vỉa hè; lắp 18 gương cầu lồi ở các đầu hẻm. Nhân dân đóng góp khoảng 64 triệu đồng để làm đèn chiếu sáng, sửa chữa mặt hẻm.
Trong 6 tháng, trên địa bàn phường không xảy ra tai nạn giao thông nghiêm trọng; 100% tuyến hẻm tự quản có tổ an ninh, tổ hòa giải hoạt động. Lực lượng Đoàn Thanh niên đã phối hợp hướng dẫn khoảng 3.000 lượt người dân tới điểm tiêm vắc xin bảo đảm trật tự.
Tại hội nghị, ông Lý Văn Sang, Trưởng Ban công tác Mặt trận khu vực 4 và các ông Trưởng khu vực: Thạch Minh Thuận, Danh Hoàng Phúc chia sẻ cách vận động các hộ kinh doanh ăn uống không để khách đậu xe dưới lòng đường. Bà Kim Thị Ngọc Hân, Chủ tịch Hội LHPN phường đề xuất nhân rộng mô hình "Cổng nhà tôi sạch, thông thoáng".
Theo đánh giá của Ủy ban MTTQ Việt Nam quận, An Khánh là một trong những phường có mật độ dân cư và phương tiện cao nhất thành phố Cần Thơ, nhiều nhà trọ sinh viên, nhiều hộ kinh doanh nhỏ nên việc giữ hẻm thông thoáng cần sự đồng thuận của từng gia đình.
Hạn chế là việc duy trì sinh hoạt tổ tự quản ở một số hẻm chưa đều do giãn cách; một số hộ vẫn để xe trên vỉa hè; kinh phí chủ yếu từ vận động.
Phát biểu chỉ đạo, ông Huỳnh Văn Lâm đề nghị phường chuẩn bị điều kiện để 6 tháng cuối năm phát triển thêm 4 tuyến hẻm, đưa tổng số lên 18 tuyến, đồng thời gắn mô hình với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Hội nghị đã khen thưởng 5 tập thể và 12 cá nhân.
Ngọc Trâm
Tin cùng chuyên mục
- Phường Xuân Khánh trao 300 phần quà cho người lao động (25/06/2021)
- An Khánh: ra quân vệ sinh kênh rạch (12/06/2021)
- Hội nghị Ủy ban MTTQ phường An Hòa (05/06/2021)
""", "2021-06-30", "Phường An Khánh: sơ kết mô hình \"Tuyến hẻm an toàn giao thông\"",
E("so_ket", "2021-H1", "2021-06-29"),
[P("Phạm Thị Kim Loan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Huỳnh Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Lý Văn Sang", "Trưởng Ban công tác Mặt trận khu vực 4"),
 P("Thạch Minh Thuận", "Trưởng khu vực"),
 P("Danh Hoàng Phúc", "Trưởng khu vực"),
 P("Kim Thị Ngọc Hân", "Chủ tịch Hội LHPN phường")],
[Q("8 điểm cầu khu vực", 8, "điểm cầu khu vực"), Q("45 đại biểu", 45, "đại biểu"), Q("14 tuyến hẻm tự quản", 14, "tuyến hẻm tự quản"),
 Q("1.280 hộ dân", 1280, "hộ dân"), Q("96 mái che, bảng hiệu", 96, "mái che, bảng hiệu"), Q("210 m2", 210, "m2"),
 Q("18 gương cầu lồi", 18, "gương cầu lồi"), Q("khoảng 64 triệu đồng", 64000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("khoảng 3.000 lượt người dân", 3000, "lượt người dân", "approx"), Q("4 tuyến hẻm", 4, "tuyến hẻm"),
 Q("18 tuyến", 18, "tuyến"), Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "27", "KH/ĐU", "2021-01-15", "Đảng ủy phường", "Kế hoạch số 27-KH/ĐU ngày 15/1/2021 của Đảng ủy phường"),
 D("Công văn", "214", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam quận", "Công văn số 214/MTTQ-BTT")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU", "Trang chủ - Tin tức - Phường xã", "Tuyến hẻm an toàn giao thông",
 "Các đại biểu dự hội nghị tại điểm cầu chính, thực hiện quy định 5K.", "Cổng nhà tôi sạch, thông thoáng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "5K"],
["30 tháng 6, 2021 | 17:45", "6 tháng đầu năm 2021", "6 tháng cuối năm", "6 tháng qua", "Trong 6 tháng", "khu vực 4", "5K"]))
