from lib import *
PAGES = []

PAGES.append(page("b5009-kontum-ctd-tongket-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ » Xã hội » Nhân đạo - Từ thiện
24/12/2021 06:00
Ảnh: Toàn cảnh hội nghị.
Vận động hơn 14 tỷ đồng cho hoạt động nhân đạo
Ngày 23/12, Hội Chữ thập đỏ tỉnh Kon Tum tổ chức hội nghị Ban Chấp hành lần thứ 6, tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí A Khâm, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì hội nghị.
Đồng chí Y Ngọc Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị.
Năm 2021, dù chịu tác động nặng nề của dịch COVID-19, các cấp Hội đã vận động được hơn 14 tỷ đồng tiền mặt và hàng hóa, trợ giúp khoảng 46.000 lượt người. Hội đã hỗ trợ xây mới 35 căn nhà nhân đạo cho hộ nghèo đồng bào Xơ Đăng, Ba Na, Giẻ Triêng, mỗi căn 50 triệu đồng; trao 7.800 suất quà Tết; thành lập 12 "Siêu thị 0 đồng" phục vụ người dân bị ảnh hưởng bởi dịch. Phong trào hiến máu tình nguyện tiếp nhận 4.916 đơn vị máu, đạt 98,3% kế hoạch.
Hội thực hiện Chỉ thị số 03-CT/TU ngày 8/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác Chữ thập đỏ, Kế hoạch số 2214/KH-UBND của UBND tỉnh và Nghị quyết 01, 02/NQ-BCH của Ban Chấp hành Hội Chữ thập đỏ tỉnh về phát triển hội viên và xây dựng quỹ Hội.
Toàn tỉnh hiện có 23.410 hội viên, 3.260 tình nguyện viên và 186 cơ sở Hội; năm 2021 kết nạp 1.920 hội viên mới. Có 92% cơ sở Hội xếp loại vững mạnh, khá.
Tại hội nghị, các đồng chí Phó Chủ tịch Hội Chữ thập đỏ tỉnh: Y Thu, Lê Thị Hồng Vân trình bày báo cáo chuyên đề về hoạt động ứng phó dịch và chăm sóc nạn nhân chất độc da cam. Ông A Hiêng, Chủ tịch Hội Chữ thập đỏ huyện Kon Plông, nêu kinh nghiệm vận động các doanh nghiệp du lịch đỡ đầu 40 học sinh nghèo. Bà Y Xuân, Chủ tịch Hội Chữ thập đỏ xã Đắk Rơ Nga, cho biết xã duy trì 5 tủ thuốc nhân đạo ở các thôn vùng sâu.
Phát biểu chỉ đạo, đồng chí Y Ngọc Hà đề nghị năm 2022 Hội phấn đấu vận động không dưới 15 tỷ đồng, xây dựng ít nhất 40 căn nhà nhân đạo, tiếp tục thực hiện Quyết định số 1028/QĐ-TTg của Thủ tướng Chính phủ về phê duyệt Đề án "Phát huy vai trò của Hội Chữ thập đỏ Việt Nam trong các hoạt động nhân đạo".
Dịp này, Trung ương Hội Chữ thập đỏ Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội Chữ thập đỏ tỉnh tặng giấy khen cho 21 tập thể, 37 cá nhân tiêu biểu trong phong trào năm 2021. Hội nghị đã hiệp thương cử bổ sung bà Y Blưm, Chủ tịch Hội Chữ thập đỏ huyện Tu Mơ Rông, vào Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa VIII.
Tuấn Anh
Tin liên quan
- Trao 200 suất quà cho người khuyết tật huyện Đắk Hà (03/12/2021)
- Ngày hội hiến máu "Giọt hồng Kon Tum" (20/11/2021)
- Hội Chữ thập đỏ trao 3 nhà nhân đạo tại Sa Thầy (05/11/2021)
""", "2021-12-24", "Vận động hơn 14 tỷ đồng cho hoạt động nhân đạo",
E("tong_ket", "2021", "2021-12-23"),
[P("A Khâm", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Y Ngọc Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thu", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("A Hiêng", "Chủ tịch Hội Chữ thập đỏ huyện Kon Plông"),
 P("Y Xuân", "Chủ tịch Hội Chữ thập đỏ xã Đắk Rơ Nga"),
 P("Y Blưm", "Chủ tịch Hội Chữ thập đỏ huyện Tu Mơ Rông")],
[Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"), Q("khoảng 46.000 lượt người", 46000, "lượt người", "approx"),
 Q("35 căn nhà nhân đạo", 35, "căn nhà nhân đạo"), Q("50 triệu đồng", 50000000, "đồng"), Q("7.800 suất quà", 7800, "suất quà"),
 Q('12 "Siêu thị 0 đồng"', 12, "Siêu thị 0 đồng"), Q("4.916 đơn vị máu", 4916, "đơn vị máu"), Q("98,3%", 98.3, "%"),
 Q("23.410 hội viên", 23410, "hội viên"), Q("3.260 tình nguyện viên", 3260, "tình nguyện viên"), Q("186 cơ sở Hội", 186, "cơ sở Hội"),
 Q("1.920 hội viên mới", 1920, "hội viên mới"), Q("92%", 92, "%"), Q("40 học sinh nghèo", 40, "học sinh nghèo"),
 Q("5 tủ thuốc nhân đạo", 5, "tủ thuốc nhân đạo"), Q("không dưới 15 tỷ đồng", 15000000000, "đồng", "over"),
 Q("ít nhất 40 căn nhà nhân đạo", 40, "căn nhà nhân đạo", "over"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("21 tập thể", 21, "tập thể"), Q("37 cá nhân tiêu biểu", 37, "cá nhân tiêu biểu")],
[D("Chỉ thị", "03", "CT/TU", "2021-03-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 8/3/2021"),
 D("Kế hoạch", "2214", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2214/KH-UBND"),
 D("Nghị quyết", "01", "NQ-BCH", None, "Ban Chấp hành Hội Chữ thập đỏ tỉnh", "Nghị quyết 01, 02/NQ-BCH"),
 D("Nghị quyết", "02", "NQ-BCH", None, "Ban Chấp hành Hội Chữ thập đỏ tỉnh", "Nghị quyết 01, 02/NQ-BCH"),
 D("Quyết định", "1028", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1028/QĐ-TTg")],
[prov("Kon Tum"), com("Đắk Rơ Nga")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ » Xã hội » Nhân đạo - Từ thiện", "Ảnh: Toàn cảnh hội nghị.",
 "Đồng chí Y Ngọc Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị.", "Siêu thị 0 đồng",
 "Phát huy vai trò của Hội Chữ thập đỏ Việt Nam trong các hoạt động nhân đạo"],
["24/12/2021 06:00", "COVID-19", "khóa VIII", "lần thứ 6", "năm 2021", "năm 2022", "0 đồng"]))

PAGES.append(page("b5010-haiphong-hienmau-soket-2022", """
Báo Hải Phòng điện tử
Xã hội | Y tế
Thứ Năm, 14/07/2022, 08:05
21.450 đơn vị máu trong 6 tháng
(HP) - Chiều 13/7, Ban chỉ đạo vận động hiến máu tình nguyện thành phố Hải Phòng tổ chức hội nghị sơ kết công tác vận động hiến máu tình nguyện 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Bùi Thị Thu Nga, Phó Chủ tịch UBND thành phố, Trưởng Ban chỉ đạo chủ trì.
Đồng chí Bùi Thị Thu Nga phát biểu kết luận hội nghị. Ảnh: Minh Khang
Theo báo cáo, 6 tháng đầu năm 2022, toàn thành phố tổ chức 86 đợt hiến máu, tiếp nhận 21.450 đơn vị máu, đạt 57% kế hoạch năm, tăng 12% so với cùng kỳ. Đợt cao điểm "Lễ hội Xuân hồng" và "Hành trình đỏ" tiếp nhận khoảng 6.800 đơn vị. Có 15/15 quận, huyện tổ chức ít nhất 2 đợt hiến máu; các trường đại học, cao đẳng đóng góp gần 30% lượng máu.
Ban chỉ đạo đã tham mưu UBND thành phố ban hành Kế hoạch số 37/KH-UBND ngày 9/2/2022 về vận động hiến máu tình nguyện năm 2022; triển khai Thông tư số 26/2013/TT-BYT của Bộ Y tế hướng dẫn hoạt động truyền máu và Quyết định 118, 119/QĐ-BCĐ của Ban chỉ đạo về kiện toàn tổ tư vấn hiến máu.
Đồng chí Phạm Văn Thuyên, Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố, Phó Trưởng Ban Thường trực Ban chỉ đạo, cho biết nguồn kinh phí hỗ trợ người hiến máu 6 tháng là 5,36 tỷ đồng; mỗi người hiến 1 đơn vị máu 350 ml được hỗ trợ 100.000 đồng tiền ăn nhẹ và 50.000 đồng tiền đi lại theo quy định. Có 1.240 người hiến máu nhắc lại từ 3 lần/năm.
Tại hội nghị, ông Vũ Đức Hạnh, Chủ tịch Hội Chữ thập đỏ huyện Thủy Nguyên, nêu khó khăn do lực lượng công nhân các khu công nghiệp làm ca. Bà Đào Thị Lan, Bí thư Đảng ủy xã Lập Lễ, đề nghị tổ chức điểm hiến máu lưu động ở xã đảo. Anh Hoàng Minh Đức, Phó Bí thư Thành đoàn, cho biết 3.500 đoàn viên đã đăng ký vào "Ngân hàng máu sống".
Kết luận hội nghị, đồng chí Bùi Thị Thu Nga yêu cầu 6 tháng cuối năm tiếp nhận không dưới 17.000 đơn vị máu để hoàn thành chỉ tiêu 38.000 đơn vị cả năm; đưa kết quả hiến máu vào tiêu chí bình xét thi đua của cơ quan, đơn vị; Sở Y tế bảo đảm đủ máu cho cấp cứu, điều trị, nhất là các ca sốt xuất huyết đang gia tăng; phấn đấu đến năm 2025 tỷ lệ người dân tham gia hiến máu đạt 2,5% dân số thành phố. Các đồng chí Ủy viên Ban chỉ đạo: Lê Văn Mạnh, Trần Thị Hoa, Nguyễn Đình Khiêm được phân công theo dõi các quận, huyện ven biển.
Hà Linh
Các tin đã đưa
- Hải Phòng: 500 đơn vị máu trong ngày hội "Giọt hồng tri ân" (05/07/2022)
- Hội Chữ thập đỏ thành phố trao 100 xe đạp cho học sinh (28/06/2022)
- Tập huấn sơ cấp cứu cho 200 công nhân khu công nghiệp (15/06/2022)
""", "2022-07-14", "21.450 đơn vị máu trong 6 tháng",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Bùi Thị Thu Nga", "Phó Chủ tịch UBND thành phố", "Trưởng Ban chỉ đạo"),
 P("Phạm Văn Thuyên", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố", "Phó Trưởng Ban Thường trực Ban chỉ đạo"),
 P("Vũ Đức Hạnh", "Chủ tịch Hội Chữ thập đỏ huyện Thủy Nguyên"),
 P("Đào Thị Lan", "Bí thư Đảng ủy xã Lập Lễ"),
 P("Hoàng Minh Đức", "Phó Bí thư Thành đoàn"),
 P("Lê Văn Mạnh", "Ủy viên Ban chỉ đạo"),
 P("Trần Thị Hoa", "Ủy viên Ban chỉ đạo"),
 P("Nguyễn Đình Khiêm", "Ủy viên Ban chỉ đạo")],
[Q("86 đợt hiến máu", 86, "đợt hiến máu"), Q("21.450 đơn vị máu", 21450, "đơn vị máu"), Q("57%", 57, "%"), Q("12%", 12, "%"),
 Q("khoảng 6.800 đơn vị", 6800, "đơn vị", "approx"), Q("15/15 quận, huyện", 15, "quận, huyện"),
 Q("ít nhất 2 đợt hiến máu", 2, "đợt hiến máu", "over"), Q("gần 30%", 30, "%", "approx"), Q("5,36 tỷ đồng", 5360000000, "đồng"),
 Q("350 ml", 350, "ml"), Q("100.000 đồng", 100000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("1.240 người", 1240, "người"),
 Q("3.500 đoàn viên", 3500, "đoàn viên"), Q("không dưới 17.000 đơn vị máu", 17000, "đơn vị máu", "over"),
 Q("38.000 đơn vị", 38000, "đơn vị"), Q("2,5%", 2.5, "%")],
[D("Kế hoạch", "37", "KH-UBND", "2022-02-09", "UBND thành phố", "Kế hoạch số 37/KH-UBND ngày 9/2/2022"),
 D("Thông tư", "26", "2013/TT-BYT", None, "Bộ Y tế", "Thông tư số 26/2013/TT-BYT"),
 D("Quyết định", "118", "QĐ-BCĐ", None, "Ban chỉ đạo", "Quyết định 118, 119/QĐ-BCĐ"),
 D("Quyết định", "119", "QĐ-BCĐ", None, "Ban chỉ đạo", "Quyết định 118, 119/QĐ-BCĐ")],
[prov("Hải Phòng"), com("Lập Lễ")],
["Báo Hải Phòng điện tử", "Xã hội | Y tế", "(HP)", "Đồng chí Bùi Thị Thu Nga phát biểu kết luận hội nghị. Ảnh: Minh Khang",
 "Lễ hội Xuân hồng", "Hành trình đỏ", "Ngân hàng máu sống"],
["Thứ Năm, 14/07/2022, 08:05", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "6 tháng cuối năm", "1 đơn vị máu", "3 lần/năm", "năm 2025"]))

PAGES.append(page("b5011-binhdinh-ctd-giaoban-2022", """
HỘI CHỮ THẬP ĐỎ TỈNH BÌNH ĐỊNH
Vị trí: Trang chủ - Tin tức - Hoạt động Hội
05/10/2022 - 14:30
Đồng chí Nguyễn Thị Thanh Bình chủ trì giao ban.
Giao ban công tác Hội tháng 9/2022
Chiều 4/10, Ban Thường vụ Hội Chữ thập đỏ tỉnh Bình Định tổ chức giao ban công tác Hội tháng 9 năm 2022, triển khai nhiệm vụ tháng 10 với lãnh đạo Hội Chữ thập đỏ 11 huyện, thị xã, thành phố. Đồng chí Nguyễn Thị Thanh Bình, Chủ tịch Hội Chữ thập đỏ tỉnh chủ trì.
Theo báo cáo, trong tháng 9 các cấp Hội đã vận động được khoảng 1,65 tỷ đồng; trao 38 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó nhân dịp khai giảng năm học mới; tổ chức 5 đợt hiến máu, tiếp nhận 1.184 đơn vị máu. Hội đã hoàn thành 6 căn nhà nhân đạo tại các huyện An Lão, Vĩnh Thạnh, Vân Canh cho hộ nghèo đồng bào Ba Na, Hrê, Chăm.
Hội triển khai Kế hoạch số 42/KH-HCTĐ ngày 5/9/2022 của Ban Thường vụ Hội về chủ động ứng phó bão, lũ năm 2022 và Công văn số 118/CV-HCTĐ hướng dẫn chuẩn bị hàng dự trữ; thực hiện Quyết định số 10/2022/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người dân gặp rủi ro do thiên tai. Hiện kho Hội dự trữ 1.500 bộ dụng cụ sinh hoạt gia đình, 800 thùng mì, 2 tấn gạo và 300 tấm bạt.
Tại giao ban, bà Đinh Thị Hoa, Chủ tịch Hội Chữ thập đỏ huyện An Lão, cho biết đồng bào Hrê ở xã An Toàn đã hiến đất để xây nhà văn hóa làm nơi tránh bão. Ông Trần Văn Lượng, Chủ tịch Hội Chữ thập đỏ thị xã Hoài Nhơn, báo cáo phường Tam Quan Bắc đã tổ chức diễn tập sơ cứu cho 120 ngư dân. Bà Nguyễn Thị Sương, Phó Chủ tịch Hội Chữ thập đỏ thành phố Quy Nhơn, đề nghị Hội tỉnh sớm cấp 200 áo phao cho các khu phố ven biển.
Đồng chí Nguyễn Thị Thanh Bình yêu cầu trong tháng 10 các cấp Hội rà soát danh sách khoảng 2.300 hộ sống ở vùng trũng thấp, hoàn thành kết nạp 540 hội viên mới còn lại của chỉ tiêu năm, chuẩn bị tổ chức Tuần lễ "Vì người nghèo" và đẩy mạnh vận động chương trình "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo". Đồng chí Phan Văn Trung, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, được giao theo dõi công tác ứng phó thiên tai; Văn phòng Hội tổng hợp báo cáo nhanh hằng ngày khi có bão.
Kết quả 9 tháng, các cấp Hội đã vận động được 16,2 tỷ đồng, đạt 81% kế hoạch năm; phát triển 2.460 hội viên mới, đạt 82% chỉ tiêu. Hội tỉnh cũng dành 120 triệu đồng hỗ trợ 24 tình nguyện viên là người khuyết tật có hoàn cảnh khó khăn.
Văn phòng Hội
Các tin khác
- Hội Chữ thập đỏ tỉnh trao 100 xe đạp cho học sinh nghèo (02/09/2022)
- Giao ban công tác Hội tháng 8/2022 (06/09/2022)
- Vân Canh: bàn giao nhà nhân đạo cho hộ nghèo (25/08/2022)
""", "2022-10-05", "Giao ban công tác Hội tháng 9/2022",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Nguyễn Thị Thanh Bình", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đinh Thị Hoa", "Chủ tịch Hội Chữ thập đỏ huyện An Lão"),
 P("Trần Văn Lượng", "Chủ tịch Hội Chữ thập đỏ thị xã Hoài Nhơn"),
 P("Nguyễn Thị Sương", "Phó Chủ tịch Hội Chữ thập đỏ thành phố Quy Nhơn"),
 P("Phan Văn Trung", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("khoảng 1,65 tỷ đồng", 1650000000, "đồng", "approx"),
 Q("38 suất học bổng", 38, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("5 đợt hiến máu", 5, "đợt hiến máu"),
 Q("1.184 đơn vị máu", 1184, "đơn vị máu"), Q("6 căn nhà nhân đạo", 6, "căn nhà nhân đạo"),
 Q("1.500 bộ dụng cụ sinh hoạt gia đình", 1500, "bộ dụng cụ sinh hoạt gia đình"), Q("800 thùng mì", 800, "thùng mì"),
 Q("2 tấn", 2, "tấn"), Q("300 tấm bạt", 300, "tấm bạt"), Q("120 ngư dân", 120, "ngư dân"), Q("200 áo phao", 200, "áo phao"),
 Q("khoảng 2.300 hộ", 2300, "hộ", "approx"), Q("540 hội viên mới", 540, "hội viên mới"), Q("16,2 tỷ đồng", 16200000000, "đồng"),
 Q("81%", 81, "%"), Q("2.460 hội viên mới", 2460, "hội viên mới"), Q("82%", 82, "%"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("24 tình nguyện viên", 24, "tình nguyện viên")],
[D("Kế hoạch", "42", "KH-HCTĐ", "2022-09-05", "Ban Thường vụ Hội", "Kế hoạch số 42/KH-HCTĐ ngày 5/9/2022"),
 D("Công văn", "118", "CV-HCTĐ", None, None, "Công văn số 118/CV-HCTĐ"),
 D("Quyết định", "10", "2022/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 10/2022/QĐ-TTg")],
[prov("Bình Định"), com("An Toàn"), com("Tam Quan Bắc")],
["HỘI CHỮ THẬP ĐỎ TỈNH BÌNH ĐỊNH", "Vị trí: Trang chủ - Tin tức - Hoạt động Hội", "Đồng chí Nguyễn Thị Thanh Bình chủ trì giao ban.",
 "Vì người nghèo", "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo"],
["05/10/2022 - 14:30", "tháng 9/2022", "tháng 9 năm 2022", "tháng 10", "năm 2022", "9 tháng"]))

PAGES.append(page("b5012-lamdong-ctd-traonha-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội › Nhân ái
Cập nhật: 15:10, 10/01/2023 (GMT+7)
Bàn giao 12 căn nhà nhân đạo cho hộ nghèo đồng bào K'Ho ở Lạc Dương
(LĐ online) - Ngày 9/1, Hội Chữ thập đỏ tỉnh Lâm Đồng phối hợp với Hội Chữ thập đỏ huyện Lạc Dương và Công ty TNHH Nông nghiệp Langbiang tổ chức bàn giao 12 căn nhà nhân đạo và trao 300 suất quà Tết cho hộ nghèo, hộ cận nghèo đồng bào K'Ho tại xã Đạ Sar và xã Đưng K'Nớ.
Đại biểu cắt băng bàn giao nhà cho gia đình bà Kơ Să Ha Lim. Ảnh: Khánh Phúc
Mỗi căn nhà có diện tích 45 m2, trị giá 70 triệu đồng, trong đó Hội Chữ thập đỏ hỗ trợ 50 triệu đồng, gia đình và người thân đóng góp ngày công và phần còn lại. Mỗi suất quà gồm gạo, dầu ăn, mì và 300.000 đồng tiền mặt, tổng giá trị các phần quà khoảng 180 triệu đồng. Tổng kinh phí chương trình là hơn 1 tỷ đồng.
Dự buổi bàn giao có các đồng chí: Ka Thị Hương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đặng Quang Minh, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh; Liêng Jrang K'Hoen, HUV, Phó Chủ tịch UBND huyện Lạc Dương; Cil Duyên, Bí thư Đảng ủy xã Đưng K'Nớ.
Chương trình được thực hiện theo Kế hoạch số 01/KH-HCTĐ ngày 3/1/2023 của Ban Thường vụ Hội Chữ thập đỏ tỉnh về tổ chức Tết Quý Mão và Kế hoạch số 156-KH/TU của Tỉnh ủy về thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; hưởng ứng chương trình "Tết Nhân ái - Xuân Quý Mão 2023".
Bà Kơ Să Ha Lim, hộ nghèo ở thôn Đưng K'Si, xúc động: "Gia đình 6 người ở trong căn nhà tạm 10 năm nay, mùa mưa dột khắp nơi. Nay có nhà mới, Tết này vui lắm". Ông Đa Gout Ha Brin, người có uy tín thôn Đạ Nghịt, xã Lát, cho biết trong thôn còn 27 hộ nghèo, phần lớn thiếu đất sản xuất.
Theo đồng chí Đặng Quang Minh, năm 2022 Hội Chữ thập đỏ tỉnh đã xây mới 96 căn nhà nhân đạo, sửa chữa 31 căn, trao 15.400 suất quà cho người nghèo, nạn nhân chất độc da cam với tổng trị giá trên 9,2 tỷ đồng. Dịp Tết Quý Mão 2023, toàn tỉnh phấn đấu trao không dưới 20.000 suất quà, bảo đảm 100% hộ nghèo được nhận quà.
Đồng chí Ka Thị Hương đề nghị chính quyền xã Đạ Sar, Đưng K'Nớ theo dõi, hỗ trợ các hộ nhận nhà ổn định cuộc sống, không để tái nghèo; các đoàn thể tiếp tục giới thiệu việc làm cho khoảng 150 lao động trẻ người K'Ho. Cùng ngày, đoàn công tác đến thăm, tặng quà 8 gia đình có nạn nhân chất độc da cam ở xã Lát, mỗi phần quà trị giá 1,5 triệu đồng, và khám bệnh, cấp thuốc miễn phí cho gần 200 người cao tuổi.
Khánh Phúc
Tin liên quan
- Đà Lạt: trao 500 phần quà Tết cho người lao động nghèo (08/01/2023)
- Hội Chữ thập đỏ tỉnh tổng kết năm 2022 (28/12/2022)
- Đam Rông: 50 xe đạp cho học sinh K'Ho (15/12/2022)
""", "2023-01-10", "Bàn giao 12 căn nhà nhân đạo cho hộ nghèo đồng bào K'Ho ở Lạc Dương",
E("trao_qua", None, "2023-01-09"),
[P("Ka Thị Hương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Quang Minh", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Liêng Jrang K'Hoen", "HUV", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("Cil Duyên", "Bí thư Đảng ủy xã Đưng K'Nớ"),
 P("Kơ Să Ha Lim"),
 P("Đa Gout Ha Brin", "người có uy tín thôn Đạ Nghịt")],
[Q("12 căn nhà nhân đạo", 12, "căn nhà nhân đạo"), Q("300 suất quà", 300, "suất quà"), Q("45 m2", 45, "m2"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("6 người", 6, "người"), Q("27 hộ nghèo", 27, "hộ nghèo"), Q("96 căn nhà nhân đạo", 96, "căn nhà nhân đạo"),
 Q("31 căn", 31, "căn"), Q("15.400 suất quà", 15400, "suất quà"), Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("không dưới 20.000 suất quà", 20000, "suất quà", "over"), Q("100%", 100, "%"),
 Q("khoảng 150 lao động trẻ người K'Ho", 150, "lao động trẻ người K'Ho", "approx"),
 Q("8 gia đình", 8, "gia đình"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("gần 200 người cao tuổi", 200, "người cao tuổi", "approx")],
[D("Kế hoạch", "01", "KH-HCTĐ", "2023-01-03", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 01/KH-HCTĐ ngày 3/1/2023"),
 D("Kế hoạch", "156", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 156-KH/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Đưng K'Nớ"), com("Lát")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Xã hội › Nhân ái", "(LĐ online)", "Đại biểu cắt băng bàn giao nhà cho gia đình bà Kơ Să Ha Lim. Ảnh: Khánh Phúc",
 "Tết Nhân ái - Xuân Quý Mão 2023", "Công ty TNHH Nông nghiệp Langbiang"],
["Cập nhật: 15:10, 10/01/2023 (GMT+7)", "Tết Quý Mão", "10 năm", "năm 2022", "Tết Quý Mão 2023"]))

PAGES.append(page("b5013-angiang-ctd-taphuan-2023", """
Báo An Giang Online
Trang chủ >> Xã hội >> Nhân đạo
08:30 | 22/08/2023
Ảnh: Học viên thực hành sơ cứu đuối nước.
Tập huấn ứng phó thảm họa cho 120 tình nguyện viên vùng biên giới
(AG) - Ngày 21/8/2023, Hội Chữ thập đỏ tỉnh An Giang phối hợp với Hội Chữ thập đỏ Việt Nam khai mạc lớp tập huấn kỹ năng ứng phó thảm họa, sơ cấp cứu dựa vào cộng đồng năm 2023 cho 120 học viên là cán bộ Hội, tình nguyện viên Chữ thập đỏ các xã biên giới của huyện An Phú, Tịnh Biên, Tri Tôn. Lớp học kéo dài 3 ngày.
Dự khai mạc có đồng chí Néang Sóc Kha, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh; đồng chí Tạ Hồng Quân, Phó Trưởng ban Công tác xã hội Trung ương Hội Chữ thập đỏ Việt Nam; đồng chí Mohamad Sa Ly, Phó Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang.
Lớp tập huấn được tổ chức theo Kế hoạch số 35/KH-HCTĐ ngày 14/7/2023 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, thực hiện Nghị định số 66/2021/NĐ-CP của Chính phủ hướng dẫn Luật Phòng, chống thiên tai và Quyết định số 379/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng, chống thiên tai. Kinh phí khoảng 210 triệu đồng do Hiệp hội Chữ thập đỏ Nhật Bản tài trợ.
Các học viên được ThS. Trần Thị Bích Ngọc, giảng viên Trường Cao đẳng Y tế An Giang, hướng dẫn 12 kỹ thuật sơ cứu cơ bản; được cán bộ Bộ Chỉ huy Quân sự tỉnh hướng dẫn cứu hộ đuối nước, sạt lở bờ sông. Mỗi xã được trang bị 1 bộ dụng cụ sơ cứu cơ bản, 30 áo phao và 2 xuồng cứu hộ.
Trong số học viên có 34 người dân tộc Chăm và 27 người dân tộc Khmer. Ông Sa Ri Mah, tình nguyện viên xã Quốc Thái, huyện An Phú, cho biết mùa nước nổi năm 2022 nhóm tình nguyện viên của xã đã sơ cứu kịp thời 5 trẻ em bị đuối nước. Bà Chau Thị Sa Rinh, Chủ tịch Hội Chữ thập đỏ xã Châu Lăng, huyện Tri Tôn, chia sẻ xã có 14 tổ tình nguyện viên hoạt động thường xuyên.
Theo đồng chí Néang Sóc Kha, An Giang có khoảng 1.300 km sông, rạch, hằng năm xảy ra hàng chục vụ sạt lở; năm 2022 toàn tỉnh có 43 trẻ em bị đuối nước, trong đó 17 em tử vong. Hội phấn đấu đến năm 2025 mỗi xã ven sông có một đội sơ cấp cứu với từ 15 thành viên trở lên và 80% trẻ em từ 6 đến 15 tuổi được học bơi an toàn.
Sau tập huấn, các học viên sẽ tổ chức 24 buổi diễn tập ứng phó thảm họa tại cộng đồng, trước mùa nước nổi năm 2023. Dịp này, Hội Chữ thập đỏ tỉnh trao 50 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh Chăm, Khmer nghèo hiếu học.
Hữu Huệ
Tin liên quan
- Tri Tôn: 200 suất quà cho hộ Khmer nghèo dịp Sene Dolta (18/08/2023)
- Dạy bơi miễn phí cho 500 trẻ em (02/08/2023)
- Hội Chữ thập đỏ tỉnh sơ kết 6 tháng đầu năm 2023 (20/07/2023)
""", "2023-08-22", "Tập huấn ứng phó thảm họa cho 120 tình nguyện viên vùng biên giới",
E("tap_huan", "2023", "2023-08-21"),
[P("Néang Sóc Kha", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Tạ Hồng Quân", "Phó Trưởng ban Công tác xã hội Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Mohamad Sa Ly", "Phó Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang"),
 P("Trần Thị Bích Ngọc", "ThS.", "giảng viên Trường Cao đẳng Y tế An Giang"),
 P("Sa Ri Mah", "tình nguyện viên xã Quốc Thái"),
 P("Chau Thị Sa Rinh", "Chủ tịch Hội Chữ thập đỏ xã Châu Lăng")],
[Q("120 học viên", 120, "học viên"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"),
 Q("12 kỹ thuật sơ cứu cơ bản", 12, "kỹ thuật sơ cứu cơ bản"), Q("30 áo phao", 30, "áo phao"), Q("2 xuồng cứu hộ", 2, "xuồng cứu hộ"),
 Q("34 người dân tộc Chăm", 34, "người dân tộc Chăm"), Q("27 người dân tộc Khmer", 27, "người dân tộc Khmer"),
 Q("5 trẻ em", 5, "trẻ em"), Q("14 tổ tình nguyện viên", 14, "tổ tình nguyện viên"), Q("khoảng 1.300 km", 1300, "km", "approx"),
 Q("43 trẻ em", 43, "trẻ em"), Q("17 em", 17, "em"), Q("từ 15 thành viên trở lên", 15, "thành viên", "over"), Q("80%", 80, "%"),
 Q("24 buổi diễn tập ứng phó thảm họa", 24, "buổi diễn tập ứng phó thảm họa"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "35", "KH-HCTĐ", "2023-07-14", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 35/KH-HCTĐ ngày 14/7/2023"),
 D("Nghị định", "66", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2021/NĐ-CP"),
 D("Quyết định", "379", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 379/QĐ-TTg")],
[prov("An Giang"), com("Quốc Thái"), com("Châu Lăng")],
["Báo An Giang Online", "Trang chủ >> Xã hội >> Nhân đạo", "Ảnh: Học viên thực hành sơ cứu đuối nước.", "(AG)",
 "Luật Phòng, chống thiên tai", "Hiệp hội Chữ thập đỏ Nhật Bản", "Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang"],
["08:30 | 22/08/2023", "năm 2023", "3 ngày", "1 bộ dụng cụ sơ cứu cơ bản", "năm 2022", "năm 2025", "một đội sơ cấp cứu",
 "từ 6 đến 15 tuổi"]))

PAGES.append(page("b5014-dienbien-mttq-giamsat-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị / Mặt trận - Đoàn thể
Ngày đăng 19/09/2024 | 10:20
Giám sát thực hiện chính sách hỗ trợ nạn nhân chất độc da cam tại Hội Chữ thập đỏ tỉnh
Ngày 18/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Điện Biên do đồng chí Lò Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách trợ giúp nạn nhân chất độc da cam và người khuyết tật giai đoạn 2022 - 2024 tại Hội Chữ thập đỏ tỉnh.
Đoàn giám sát làm việc với Hội Chữ thập đỏ tỉnh. Ảnh: Quỳnh Anh
Tham gia đoàn có đại diện Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, Hội Cựu chiến binh, Hội Nạn nhân chất độc da cam/dioxin tỉnh và Sở Lao động - Thương binh và Xã hội. Cuộc giám sát thực hiện theo Kế hoạch số 214/KH-MTTQ-BTT ngày 2/8/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; căn cứ Quyết định số 217-QĐ/TW, Quy định số 124-QĐ/TW và Nghị định số 20/2021/NĐ-CP của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội.
Báo cáo của Hội Chữ thập đỏ tỉnh do đồng chí Quàng Văn Thiêm, Phó Chủ tịch Thường trực trình bày cho thấy, giai đoạn 2022 - 2024 các cấp Hội đã vận động trên 18,5 tỷ đồng, trợ giúp 3.420 lượt nạn nhân chất độc da cam, người khuyết tật; xây mới 46 căn nhà, trao 210 xe lăn, 85 xe lắc. Toàn tỉnh hiện có 1.146 nạn nhân chất độc da cam, trong đó khoảng 70% là người dân tộc Thái, Mông, Khơ Mú.
Đoàn đã giám sát trực tiếp tại xã Mường Phăng và xã Pú Nhi. Ông Giàng A Dế, nạn nhân chất độc da cam ở bản Pú Nhi A, phản ánh nhà đang xuống cấp. Bà Lò Thị Ín, Chủ tịch Hội Chữ thập đỏ xã Mường Phăng, cho biết xã có 19 nạn nhân, 100% được nhận trợ cấp hằng tháng đúng quy định; tuy nhiên mức hỗ trợ từ quỹ Hội chỉ khoảng 200.000 đồng/người/quý.
Qua giám sát, đoàn đánh giá Hội đã thực hiện tốt Hướng dẫn số 08/HD-TWHCTĐ của Trung ương Hội Chữ thập đỏ Việt Nam; việc chi trả công khai, minh bạch. Tuy vậy, vẫn còn 12 hộ nạn nhân ở nhà tạm, việc cập nhật cơ sở dữ liệu nạn nhân chưa kịp thời, 9 hồ sơ còn sai lệch thông tin.
Kết luận buổi giám sát, đồng chí Lò Thị Hoa đề nghị Hội Chữ thập đỏ tỉnh phối hợp với UBND các huyện hoàn thành hỗ trợ nhà ở cho 12 hộ trước ngày 31/12/2024, mỗi hộ tối đa 60 triệu đồng; kiến nghị UBND tỉnh nâng mức trợ giúp từ nguồn ngân sách; phối hợp với Hội Nạn nhân chất độc da cam/dioxin tỉnh tổ chức khám sức khỏe định kỳ cho không dưới 500 nạn nhân.
Đồng chí Vàng A Chu, Chủ tịch Hội Chữ thập đỏ tỉnh, tiếp thu các kiến nghị và cho biết Hội sẽ dành 1,2 tỷ đồng trong năm 2025 cho chương trình sinh kế cho gia đình nạn nhân.
Quỳnh Anh
Tin khác
- Ủy ban MTTQ tỉnh giám sát thực hiện Chương trình mục tiêu quốc gia giảm nghèo (10/09/2024)
- Trao 100 suất quà cho nạn nhân chất độc da cam (10/08/2024)
- Tủa Chùa: bàn giao nhà Đại đoàn kết (28/07/2024)
""", "2024-09-19", "Giám sát thực hiện chính sách hỗ trợ nạn nhân chất độc da cam tại Hội Chữ thập đỏ tỉnh",
E("giam_sat", None, "2024-09-18"),
[P("Lò Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Thiêm", "Phó Chủ tịch Thường trực"),
 P("Giàng A Dế"),
 P("Lò Thị Ín", "Chủ tịch Hội Chữ thập đỏ xã Mường Phăng"),
 P("Vàng A Chu", "Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("trên 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("3.420 lượt nạn nhân chất độc da cam, người khuyết tật", 3420, "lượt nạn nhân chất độc da cam, người khuyết tật"),
 Q("46 căn nhà", 46, "căn nhà"), Q("210 xe lăn", 210, "xe lăn"), Q("85 xe lắc", 85, "xe lắc"),
 Q("1.146 nạn nhân chất độc da cam", 1146, "nạn nhân chất độc da cam"), Q("khoảng 70%", 70, "%", "approx"),
 Q("19 nạn nhân", 19, "nạn nhân"), Q("100%", 100, "%"), Q("khoảng 200.000 đồng", 200000, "đồng", "approx"),
 Q("12 hộ nạn nhân", 12, "hộ nạn nhân"), Q("9 hồ sơ", 9, "hồ sơ"), Q("tối đa 60 triệu đồng", 60000000, "đồng"),
 Q("không dưới 500 nạn nhân", 500, "nạn nhân", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Kế hoạch", "214", "KH-MTTQ-BTT", "2024-08-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 214/KH-MTTQ-BTT ngày 2/8/2024"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Hướng dẫn", "08", "HD-TWHCTĐ", None, "Trung ương Hội Chữ thập đỏ Việt Nam", "Hướng dẫn số 08/HD-TWHCTĐ")],
[prov("Điện Biên"), com("Mường Phăng"), com("Pú Nhi")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với Hội Chữ thập đỏ tỉnh. Ảnh: Quỳnh Anh",
 "Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"],
["Ngày đăng 19/09/2024 | 10:20", "giai đoạn 2022 - 2024", "ngày 31/12/2024", "năm 2025"]))
