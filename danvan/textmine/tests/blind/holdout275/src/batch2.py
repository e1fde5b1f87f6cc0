from lib import *
PAGES = []

PAGES.append(page("b6563-laocai-traoqua-chay-cho-2016", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội >> Nhân ái
Ngày 12/02/2016 10:20 AM
Trao hỗ trợ 86 hộ tiểu thương bị thiệt hại trong vụ cháy chợ Kim Tân
Bà Hoàng Thị Dung trao tiền hỗ trợ cho tiểu thương.
Ngày 11/2 (tức mùng 4 Tết Bính Thân), Ủy ban MTTQ tỉnh Lào Cai phối hợp Ban Dân vận Tỉnh ủy và UBND thành phố Lào Cai đã đến thăm, trao hỗ trợ cho 86 hộ tiểu thương bị thiệt hại trong vụ cháy khu B chợ Kim Tân đêm 29 Tết. Tham dự có bà Hoàng Thị Dung, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh; ông Lù Văn Phía, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Văn Hưng, Phó Chủ tịch UBND thành phố Lào Cai.
Vụ cháy đã thiêu rụi 94 ki-ốt kinh doanh quần áo, giày dép và hàng tạp hóa, ước thiệt hại hơn 12 tỷ đồng. Ngay sau vụ việc, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Công văn số 145/MTTQ-BTT kêu gọi các tổ chức, cá nhân, doanh nghiệp ủng hộ tiểu thương; UBND tỉnh ban hành Quyết định số 268/QĐ-UBND ngày 3/2/2016 trích ngân sách hỗ trợ khẩn cấp.
Tại buổi trao quà, mỗi hộ được nhận 3 triệu đồng từ Quỹ "Vì người nghèo" tỉnh và 2 triệu đồng từ ngân sách thành phố, cùng 1 suất quà gồm gạo, dầu ăn, bánh chưng. Tổng giá trị hỗ trợ đợt này khoảng 450 triệu đồng. Trước đó, Hội Liên hiệp Phụ nữ tỉnh và Liên đoàn Lao động tỉnh đã trao 120 suất quà Tết cho các hộ.
Chia sẻ với đoàn, chị Giàng Thị Mỷ, tiểu thương ngành hàng thổ cẩm ở chợ Kim Tân, xúc động: "Hàng hóa nhập về bán Tết cháy hết, may có Nhà nước và bà con giúp đỡ nên gia đình vẫn có cái Tết ấm". Ông Lương Văn Khởi, Trưởng Ban đại diện tiểu thương chợ Kim Tân, cảm ơn sự quan tâm kịp thời và mong thành phố sớm bố trí khu kinh doanh tạm để bà con buôn bán trở lại.
Phát biểu tại buổi trao quà, bà Hoàng Thị Dung động viên tiểu thương vượt qua khó khăn, đồng thời đề nghị Ban Quản lý chợ và chính quyền phường Kim Tân, phường Cốc Lếu rà soát, lập danh sách đầy đủ các hộ bị thiệt hại để tiếp tục vận động hỗ trợ. Ông Nguyễn Văn Hưng thông tin, thành phố đã bố trí khu đất 1.800 m2 cạnh nhà văn hóa tổ 12 làm chợ tạm với 110 điểm kinh doanh, dự kiến hoạt động từ ngày 20/2; các hộ bị cháy được miễn phí thuê điểm kinh doanh trong thời gian sử dụng chợ tạm.
Ông Lù Văn Phía cho biết Ban Dân vận Tỉnh ủy sẽ chỉ đạo khối dân vận thành phố nắm chắc tâm tư, nguyện vọng của tiểu thương, phối hợp Ngân hàng Chính sách xã hội tạo điều kiện cho các hộ vay vốn ưu đãi để khôi phục kinh doanh, không để kẻ xấu lợi dụng kích động.
Vũ Linh
Tin liên quan
- Cháy lớn tại chợ Kim Tân đêm 29 Tết (08/02/2016)
- MTTQ tỉnh kêu gọi ủng hộ tiểu thương bị cháy chợ (09/02/2016)
- Doanh nghiệp chung tay giúp tiểu thương Kim Tân (10/02/2016)
""", "2016-02-12", "Trao hỗ trợ 86 hộ tiểu thương bị thiệt hại trong vụ cháy chợ Kim Tân",
E("trao_qua", None, "2016-02-11"),
[P("Hoàng Thị Dung", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lù Văn Phía", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch UBND thành phố Lào Cai"),
 P("Giàng Thị Mỷ", "tiểu thương ngành hàng thổ cẩm"),
 P("Lương Văn Khởi", "Trưởng Ban đại diện tiểu thương chợ Kim Tân")],
[Q("86 hộ tiểu thương", 86, "hộ tiểu thương"), Q("94 ki-ốt", 94, "ki-ốt"),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("3 triệu đồng", 3000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("120 suất quà", 120, "suất quà"),
 Q("1.800 m2", 1800, "m2"), Q("110 điểm kinh doanh", 110, "điểm kinh doanh")],
[D("Công văn", "145", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 145/MTTQ-BTT"),
 D("Quyết định", "268", "QĐ-UBND", "2016-02-03", "UBND tỉnh", "Quyết định số 268/QĐ-UBND ngày 3/2/2016")],
[prov("Lào Cai"), com("Kim Tân"), com("Cốc Lếu")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội >> Nhân ái", "Bà Hoàng Thị Dung trao tiền hỗ trợ cho tiểu thương.", "Vì người nghèo"],
["Ngày 12/02/2016 10:20 AM", "mùng 4 Tết Bính Thân", "1 suất quà", "tổ 12", "đêm 29 Tết", "ngày 20/2"]))

PAGES.append(page("b6564-quangnam-daihoi-hoitieuthuong-2017", """
Báo Quảng Nam Online
Trang chủ / Chính trị / Mặt trận - Đoàn thể
19/06/2017 - 07:55
Đại hội Hội Tiểu thương chợ Hội An lần thứ II
Quang cảnh đại hội. Ảnh: Q.T
(QNO) - Ngày 18/6, Hội Tiểu thương chợ Hội An tổ chức đại hội đại biểu lần thứ II, nhiệm kỳ 2017 - 2022. Dự đại hội có bà Trần Thị Kim Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Hội An; ông Nguyễn Văn Lanh, Phó Chủ tịch UBND thành phố cùng 125 đại biểu đại diện cho 412 hội viên.
Hội Tiểu thương chợ Hội An được thành lập năm 2012 theo Nghị định số 45/2010/NĐ-CP của Chính phủ quy định về tổ chức, hoạt động và quản lý hội. Nhiệm kỳ qua, Hội đã phối hợp Ban Quản lý chợ vận động hội viên thực hiện văn minh thương mại, niêm yết giá, không chèo kéo khách; tham gia cùng chính quyền vận động 68 hộ kinh doanh ven sông Hoài di dời vào khu chợ mới theo Quyết định số 1876/QĐ-UBND ngày 9/5/2015 của UBND tỉnh Quảng Nam. Quỹ hội đến nay đạt hơn 230 triệu đồng, đã cho 41 lượt hội viên vay không lãi để khôi phục buôn bán sau mùa lũ.
Đặc biệt, Hội đã cùng phường Minh An xây dựng mô hình "Tiểu thương thân thiện với du khách", mỗi năm tổ chức 2 lớp bồi dưỡng tiếng Anh giao tiếp cho khoảng 80 tiểu thương. Ông Võ Phước Thành, Chủ tịch Hội nhiệm kỳ 2012 - 2017, cho biết số phản ánh của du khách về tình trạng nói thách, ép giá đã giảm mạnh, trong 2 năm gần đây chỉ còn 3 trường hợp.
Phát biểu chỉ đạo, bà Trần Thị Kim Hoa ghi nhận vai trò cầu nối của Hội giữa tiểu thương với cấp ủy, chính quyền, nhất là trong vận động di dời, chỉnh trang chợ. Bà đề nghị nhiệm kỳ tới Hội thực hiện tốt Chỉ thị số 09-CT/TU của Ban Thường vụ Thành ủy về xây dựng Hội An thành phố văn hóa, văn minh; phát triển hội viên ở chợ phường Cẩm Phô và các chợ nông thôn, phấn đấu 90% tiểu thương tham gia hội.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2017 - 2022 gồm 15 ủy viên. Bà Huỳnh Thị Lệ Thu được tín nhiệm giữ chức Chủ tịch Hội Tiểu thương chợ Hội An; các Phó Chủ tịch Hội: Lê Văn Bảy, Trương Thị Mỹ Hạnh. Ông Võ Phước Thành được bầu làm Ủy viên Ban Chấp hành.
Đại hội cũng thông qua phương hướng với 5 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm vận động hội viên đóng góp xây dựng quỹ hội ít nhất 50 triệu đồng và không có hội viên vi phạm quy định về an toàn thực phẩm. Dịp này, UBND thành phố tặng giấy khen cho 7 tập thể và 12 cá nhân có thành tích trong hoạt động hội nhiệm kỳ qua.
Quốc Tuấn
Các tin khác
- Hội An: Tiểu thương chợ cá ký cam kết bảo vệ môi trường (10/06/2017)
- Điện Bàn: ra mắt chi hội tiểu thương chợ Vĩnh Điện (02/06/2017)
- Hội An tổ chức đối thoại với hộ kinh doanh phố cổ (25/05/2017)
""", "2017-06-19", "Đại hội Hội Tiểu thương chợ Hội An lần thứ II",
E("dai_hoi", None, "2017-06-18"),
[P("Trần Thị Kim Hoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Hội An"),
 P("Nguyễn Văn Lanh", "Phó Chủ tịch UBND thành phố"),
 P("Võ Phước Thành", "Chủ tịch Hội nhiệm kỳ 2012 - 2017", "Ủy viên Ban Chấp hành"),
 P("Huỳnh Thị Lệ Thu", "Chủ tịch Hội Tiểu thương chợ Hội An"),
 P("Lê Văn Bảy", "Phó Chủ tịch Hội"),
 P("Trương Thị Mỹ Hạnh", "Phó Chủ tịch Hội")],
[Q("125 đại biểu", 125, "đại biểu"), Q("412 hội viên", 412, "hội viên"), Q("68 hộ kinh doanh", 68, "hộ kinh doanh"),
 Q("hơn 230 triệu đồng", 230000000, "đồng", "over"), Q("41 lượt hội viên", 41, "lượt hội viên"),
 Q("2 lớp bồi dưỡng tiếng Anh giao tiếp", 2, "lớp bồi dưỡng tiếng Anh giao tiếp"), Q("khoảng 80 tiểu thương", 80, "tiểu thương", "approx"),
 Q("3 trường hợp", 3, "trường hợp"), Q("90%", 90, "%"), Q("15 ủy viên", 15, "ủy viên"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("ít nhất 50 triệu đồng", 50000000, "đồng", "over"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị định", "45", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2010/NĐ-CP"),
 D("Quyết định", "1876", "QĐ-UBND", "2015-05-09", "UBND tỉnh Quảng Nam", "Quyết định số 1876/QĐ-UBND ngày 9/5/2015"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 09-CT/TU")],
[prov("Quảng Nam"), com("Minh An"), com("Cẩm Phô")],
["Báo Quảng Nam Online", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Quang cảnh đại hội. Ảnh: Q.T", "(QNO)",
 "Tiểu thương thân thiện với du khách", "Hội Tiểu thương chợ Hội An"],
["19/06/2017 - 07:55", "lần thứ II", "nhiệm kỳ 2017 - 2022", "năm 2012", "2 năm", "mỗi năm"]))

PAGES.append(page("b6565-langson-baocao-chodongkinh-2018", """
THÀNH ỦY LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức » Hoạt động của Thành ủy
Thứ Sáu, 14-12-2018, 16:05
Thường trực Thành ủy nghe báo cáo kết quả vận động tiểu thương chợ Đông Kinh
Ngày 13/12, đồng chí Hoàng Văn Nghiệm, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Lạng Sơn chủ trì buổi làm việc nghe Ban Dân vận Thành ủy báo cáo kết quả công tác vận động tiểu thương, hộ kinh doanh chợ Đông Kinh năm 2018. Cùng dự có đồng chí Lộc Thị Hương, Phó Bí thư Thường trực Thành ủy và lãnh đạo các phường Chi Lăng, Đông Kinh.
Trình bày báo cáo, đồng chí Nông Thị Mai, Thành ủy viên, Trưởng Ban Dân vận Thành ủy cho biết: thực hiện Nghị quyết số 08-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển thương mại biên giới và Kế hoạch số 115/KH-UBND ngày 21/8/2018 của UBND tỉnh về cải tạo, nâng cấp chợ Đông Kinh, Ban đã chủ trì thành lập 12 tổ vận động, phân công 64 đảng viên phụ trách các dãy ki-ốt. Qua 4 đợt tuyên truyền, đến ngày 10/12 đã có 1.207 trên tổng số 1.318 hộ kinh doanh ký cam kết chấp hành phương án di chuyển hàng hóa sang khu chợ tạm, đạt 91,5%.
Theo báo cáo, khu chợ tạm rộng khoảng 2,3 ha tại xã Mai Pha đã hoàn thành với 1.350 điểm kinh doanh; mỗi hộ được hỗ trợ từ 5 đến 15 triệu đồng chi phí di chuyển tùy diện tích. Tổng mức đầu tư dự án cải tạo chợ hơn 700 tỷ đồng theo Quyết định số 2170/QĐ-UBND của UBND tỉnh. Khó khăn hiện nay là còn 111 hộ chưa ký cam kết, trong đó 29 hộ kinh doanh hàng thổ cẩm, dược liệu lo ngại vị trí mới xa khách du lịch.
Tại buổi làm việc, đồng chí Vi Văn Thành, Bí thư Đảng ủy phường Chi Lăng đề nghị thành phố có chính sách riêng cho tiểu thương là người dân tộc thiểu số bán hàng đặc sản. Bà Hà Thị Nguyệt, Trưởng Ban đại diện tiểu thương chợ Đông Kinh, phản ánh nhiều hộ đang còn dư nợ ngân hàng, mong được giãn nợ trong thời gian chuyển sang chợ tạm.
Kết luận buổi làm việc, đồng chí Hoàng Văn Nghiệm đánh giá cao cách làm bài bản, kiên trì của khối dân vận; yêu cầu tiếp tục đối thoại, giải thích cụ thể với từng hộ chưa đồng thuận, tuyệt đối không cưỡng chế khi chưa làm hết trách nhiệm vận động. Đồng chí giao Ban Dân vận Thành ủy tham mưu ban hành Hướng dẫn số 21-HD/BDVTU về phối hợp giữa khối dân vận với Ban Quản lý chợ trong quá trình thi công; UBND thành phố làm việc với các ngân hàng về đề nghị giãn nợ của tiểu thương.
Theo kế hoạch, chợ Đông Kinh sẽ tạm dừng hoạt động từ đầu quý I năm 2019 để thi công trong khoảng 24 tháng.
Minh Phương
Tin cùng chuyên mục
- Thành ủy Lạng Sơn sơ kết công tác dân vận năm 2018 (07/12/2018)
- Phường Đông Kinh đối thoại với tiểu thương (28/11/2018)
- Khởi công khu chợ tạm tại xã Mai Pha (15/10/2018)
""", "2018-12-14", "Thường trực Thành ủy nghe báo cáo kết quả vận động tiểu thương chợ Đông Kinh",
E("bao_cao", "2018", "2018-12-13"),
[P("Hoàng Văn Nghiệm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy Lạng Sơn"),
 P("Lộc Thị Hương", "Phó Bí thư Thường trực Thành ủy"),
 P("Nông Thị Mai", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Vi Văn Thành", "Bí thư Đảng ủy phường Chi Lăng"),
 P("Hà Thị Nguyệt", "Trưởng Ban đại diện tiểu thương chợ Đông Kinh")],
[Q("12 tổ vận động", 12, "tổ vận động"), Q("64 đảng viên", 64, "đảng viên"), Q("4 đợt tuyên truyền", 4, "đợt tuyên truyền"),
 Q("1.207", 1207, "hộ kinh doanh"), Q("1.318 hộ kinh doanh", 1318, "hộ kinh doanh"), Q("91,5%", 91.5, "%"),
 Q("khoảng 2,3 ha", 2.3, "ha", "approx"), Q("1.350 điểm kinh doanh", 1350, "điểm kinh doanh"),
 Q("từ 5 đến 15 triệu đồng", 5000000, "đồng", "approx"), Q("hơn 700 tỷ đồng", 700000000000, "đồng", "over"),
 Q("111 hộ", 111, "hộ"), Q("29 hộ", 29, "hộ")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 08-NQ/TU"),
 D("Kế hoạch", "115", "KH-UBND", "2018-08-21", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 21/8/2018"),
 D("Quyết định", "2170", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2170/QĐ-UBND"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 21-HD/BDVTU")],
[prov("Lạng Sơn"), com("Chi Lăng"), com("Đông Kinh"), com("Mai Pha")],
["THÀNH ỦY LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ", "Tin tức » Hoạt động của Thành ủy"],
["Thứ Sáu, 14-12-2018, 16:05", "năm 2018", "ngày 10/12", "khoảng 24 tháng", "quý I năm 2019"]))

PAGES.append(page("b6566-khanhhoa-giaoban-thang5-chodam-2019", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
07/06/2019 08:30 GMT+7
Nha Trang: Tập trung vận động tiểu thương chợ Đầm ổn định kinh doanh
Đồng chí Phạm Thị Xuân Trang phát biểu tại buổi giao ban.
Chiều 6/6, Ban Dân vận Thành ủy Nha Trang tổ chức giao ban công tác dân vận tháng 5/2019 với Ban Dân vận các Đảng ủy phường, xã và Ban Quản lý chợ Đầm. Đồng chí Phạm Thị Xuân Trang, UVBTV Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì.
Theo báo cáo, trong tháng 5, khối dân vận thành phố tập trung vận động tiểu thương khu nhà lồng chợ Đầm bị ảnh hưởng sau vụ cháy tháng 4 chuyển sang khu vực kinh doanh tạm. Đến nay đã có 2.164 tiểu thương ổn định kinh doanh tại các khu tạm; 16 ki-ốt còn tranh chấp được hòa giải thành. Thực hiện kế hoạch số 09-KH/BDVTU của Ban Dân vận Tỉnh ủy, thành phố đã phân công cán bộ trực tiếp tiếp nhận, ghi chép ý kiến tại chợ mỗi sáng thứ Hai và thứ Năm.
Phát biểu tại giao ban, bà Lê Thị Ngọc Bích, ĐUV, Chủ tịch Hội LHPN phường Xương Huân cho biết Hội đã vận động hơn 30 hộ kinh doanh lấn chiếm lối đi tự tháo dỡ mái che. Ông Trần Quốc Bảo, Phó Trưởng Ban Quản lý chợ Đầm thông tin, UBND thành phố đã chi khoảng 1,2 tỷ đồng làm mái che, lối thoát hiểm tạm thời theo Quyết định 3620/QĐ-UBND ngày 25/4/2019 của UBND thành phố Nha Trang. Đại diện phường Vạn Thạnh đề nghị tăng cường lực lượng giữ trật tự vào giờ cao điểm vì các điểm tạm nằm sát lòng đường.
Một số ý kiến phản ánh tiểu thương còn băn khoăn về phương án xây dựng lại chợ; nhiều hộ muốn tiếp tục kinh doanh tại vị trí cũ, lo ngại mức phí sử dụng ki-ốt sau khi sửa chữa tăng cao. Ban Quản lý chợ ghi nhận 47 ý kiến, kiến nghị của tiểu thương trong tháng, đã trả lời 39 ý kiến; số còn lại đang chờ thành phố xem xét.
Kết luận giao ban, đồng chí Phạm Thị Xuân Trang yêu cầu trong tháng 6 khối dân vận tiếp tục bám chợ, chủ động cung cấp thông tin chính thức về phương án cải tạo chợ Đầm cho tiểu thương; phối hợp Ủy ban MTTQ thành phố tổ chức đối thoại trước khi lấy ý kiến bằng phiếu; Đảng ủy phường Phương Sài và phường Xương Huân chỉ đạo các chi bộ khu dân cư nắm chắc tâm tư tiểu thương cư trú trên địa bàn. Đồng chí lưu ý thực hiện nghiêm Quy chế dân chủ ở cơ sở, công khai mọi khoản thu tại chợ.
Cũng tại buổi giao ban, Ban Dân vận Thành ủy thông tin kết quả khảo sát nhanh ý kiến tiểu thương do Ban Dân vận Tỉnh ủy Khánh Hòa chỉ đạo thực hiện, làm cơ sở để tham mưu cấp ủy trong quá trình lựa chọn phương án xây dựng chợ.
Trúc Linh
Lượt truy cập: 325.418
Tin khác
- Ban Dân vận Tỉnh ủy Khánh Hòa giao ban khối dân vận tháng 5 (05/06/2019)
- Hỗ trợ tiểu thương chợ Đầm sau vụ cháy (18/04/2019)
- Cam Ranh: vận động hộ kinh doanh ven biển giữ vệ sinh môi trường (02/04/2019)
""", "2019-06-07", "Nha Trang: Tập trung vận động tiểu thương chợ Đầm ổn định kinh doanh",
E("giao_ban", "2019-05", "2019-06-06"),
[P("Phạm Thị Xuân Trang", "UVBTV Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Thị Ngọc Bích", "ĐUV", "Chủ tịch Hội LHPN phường Xương Huân"),
 P("Trần Quốc Bảo", "Phó Trưởng Ban Quản lý chợ Đầm")],
[Q("2.164 tiểu thương", 2164, "tiểu thương"), Q("16 ki-ốt", 16, "ki-ốt"),
 Q("hơn 30 hộ kinh doanh", 30, "hộ kinh doanh", "over"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("39 ý kiến", 39, "ý kiến")],
[D("Kế hoạch", "09", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 09-KH/BDVTU"),
 D("Quyết định", "3620", "QĐ-UBND", "2019-04-25", "UBND thành phố Nha Trang", "Quyết định 3620/QĐ-UBND ngày 25/4/2019")],
[prov("Khánh Hòa"), com("Xương Huân"), com("Vạn Thạnh"), com("Phương Sài")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Đồng chí Phạm Thị Xuân Trang phát biểu tại buổi giao ban.", "Lượt truy cập: 325.418", "Quy chế dân chủ ở cơ sở"],
["07/06/2019 08:30 GMT+7", "tháng 5/2019", "tháng 4", "tháng 6", "Lượt truy cập: 325.418"]))

PAGES.append(page("b6567-angiang-guongdanvan-chomyxuyen-2019", """
Báo An Giang Online
Xã hội - Dân vận khéo
Cập nhật: 22/10/2019 06:10
Bà Nguyễn Thị Bé Ba bên sạp hàng ở chợ Mỹ Xuyên. Ảnh: KIM HÀ
Người "giữ lửa" ở chợ Mỹ Xuyên
Hơn 20 năm gắn bó với chợ Mỹ Xuyên (TP. Long Xuyên, An Giang), bà Nguyễn Thị Bé Ba, Chi hội trưởng Chi hội Phụ nữ tiểu thương chợ Mỹ Xuyên, được bạn hàng gọi thân mật là "chị Hai chợ". Không chỉ buôn bán giỏi, bà còn là người đi đầu vận động tiểu thương chấp hành chủ trương di dời, sắp xếp lại chợ.
Năm 2017, khi phường Mỹ Xuyên triển khai dự án cải tạo chợ theo Quyết định số 1255/QĐ-UBND ngày 6/6/2017 của UBND thành phố Long Xuyên, hơn 600 tiểu thương phải chuyển sang khu chợ tạm trên đường Hà Hoàng Hổ. Nhiều người lo mất khách, có hộ tính bỏ nghề. Bà Bé Ba cùng các chị trong chi hội đi từng sạp, vừa giải thích, vừa kể chuyện chợ tạm ở phường Mỹ Long trước đó "ban đầu vắng, sau vài tháng lại đông". Chỉ trong 2 tháng, 214 hộ thuộc chi hội đã dọn sang chợ tạm đúng hẹn.
"Mình cũng là tiểu thương nên hiểu bà con lo gì. Nói mà mình không làm trước thì không ai nghe", bà Bé Ba chia sẻ. Sạp vải của gia đình bà là sạp đầu tiên dọn sang chợ tạm. Bà còn đứng ra lập tổ tiết kiệm xoay vòng với 35 thành viên, mỗi tháng góp 500.000 đồng để giúp chị em khó khăn có vốn nhập hàng.
Theo ông Trần Văn Tư, Phó Bí thư Thường trực Đảng ủy phường Mỹ Xuyên, mô hình "Chợ Mỹ Xuyên văn minh, thân thiện" do chi hội đề xuất đã được Ban Dân vận Thành ủy công nhận là mô hình "Dân vận khéo" năm 2018, thực hiện theo Chỉ thị số 12-CT/TU của Tỉnh ủy. Bà Sa Ly Mah, tiểu thương người Chăm bán hàng thổ cẩm, cho biết nhờ bà Bé Ba hướng dẫn, bà đã làm thủ tục đăng ký hộ kinh doanh và được vay 30 triệu đồng từ Ngân hàng Chính sách xã hội.
Bà Võ Thị Thu Hà, Phó Trưởng Ban Dân vận Thành ủy Long Xuyên nhận xét: "Ở chợ, lời nói của người trong cuộc nhiều khi thuyết phục hơn văn bản. Bà Bé Ba là nhân tố để chúng tôi nhân rộng cách làm này ra 8 chợ còn lại của thành phố".
Năm 2019, bà Nguyễn Thị Bé Ba vinh dự là 1 trong 45 gương điển hình "Dân vận khéo" được UBND tỉnh An Giang tặng bằng khen. Nhận tin, bà chỉ cười: "Chợ mới xây xong, bà con trở về đông đủ là mừng rồi".
Ngoài việc buôn bán, bà Bé Ba còn tham gia tổ hòa giải của khóm, nhiều lần đứng ra dàn xếp những va chạm giữa các bạn hàng về lối đi, chỗ để hàng. Những năm qua, chi hội do bà phụ trách luôn được Hội Liên hiệp Phụ nữ phường đánh giá hoàn thành xuất sắc nhiệm vụ; không có hội viên vi phạm quy định về vệ sinh an toàn thực phẩm hay cân đo gian lận.
Kim Hà
Tin liên quan
- Long Xuyên tôn vinh gương điển hình "Dân vận khéo" (15/10/2019)
- Chợ Mỹ Xuyên hoạt động trở lại sau cải tạo (30/08/2019)
- Tiểu thương chợ Mỹ Long chung tay giữ vệ sinh (12/07/2019)
""", "2019-10-22", 'Người "giữ lửa" ở chợ Mỹ Xuyên',
E("khac", None, None),
[P("Nguyễn Thị Bé Ba", "Chi hội trưởng Chi hội Phụ nữ tiểu thương chợ Mỹ Xuyên"),
 P("Trần Văn Tư", "Phó Bí thư Thường trực Đảng ủy phường Mỹ Xuyên"),
 P("Sa Ly Mah", "tiểu thương người Chăm bán hàng thổ cẩm"),
 P("Võ Thị Thu Hà", "Phó Trưởng Ban Dân vận Thành ủy Long Xuyên")],
[Q("hơn 600 tiểu thương", 600, "tiểu thương", "over"), Q("214 hộ", 214, "hộ"), Q("35 thành viên", 35, "thành viên"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("8 chợ", 8, "chợ"),
 Q("45 gương điển hình", 45, "gương điển hình")],
[D("Quyết định", "1255", "QĐ-UBND", "2017-06-06", "UBND thành phố Long Xuyên", "Quyết định số 1255/QĐ-UBND ngày 6/6/2017"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 12-CT/TU")],
[prov("An Giang"), com("Mỹ Xuyên"), com("Mỹ Long")],
["Báo An Giang Online", "Xã hội - Dân vận khéo", "Bà Nguyễn Thị Bé Ba bên sạp hàng ở chợ Mỹ Xuyên. Ảnh: KIM HÀ",
 "chị Hai chợ", "Chợ Mỹ Xuyên văn minh, thân thiện", "Dân vận khéo"],
["Cập nhật: 22/10/2019 06:10", "Hơn 20 năm", "Năm 2017", "2 tháng", "Năm 2019", "năm 2018", "1 trong 45"]))

PAGES.append(page("b6568-hanoi-hoinghi-hotro-hkd-covid-2020", """
HÀ NỘI MỚI ĐIỆN TỬ
Thủ đô > Quận huyện
27/05/2020 14:52
Hoàn Kiếm: Tuyên truyền chính sách hỗ trợ hộ kinh doanh gặp khó khăn do dịch Covid-19
HNM - Sáng 26-5, Ban Dân vận Quận ủy Hoàn Kiếm phối hợp với Ủy ban MTTQ Việt Nam quận tổ chức hội nghị tuyên truyền chính sách hỗ trợ người dân, hộ kinh doanh gặp khó khăn do đại dịch Covid-19 năm 2020. Dự hội nghị có hơn 150 đại biểu là cán bộ các phường, đại diện tiểu thương các chợ Đồng Xuân, Hàng Da và hộ kinh doanh trên các tuyến phố cổ.
Hội nghị tuyên truyền chính sách hỗ trợ tại hội trường Quận ủy Hoàn Kiếm.
Tại hội nghị, ông Đào Văn Khiêm, Phó Chủ tịch UBND quận đã phổ biến Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ quy định việc thực hiện các chính sách hỗ trợ. Theo đó, hộ kinh doanh có doanh thu khai thuế dưới 100 triệu đồng/năm, tạm ngừng kinh doanh từ ngày 1/4/2020 được hỗ trợ 1 triệu đồng/hộ/tháng, tối đa không quá 3 tháng.
Theo báo cáo của UBND quận, thời gian thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg, trên địa bàn có khoảng 4.500 hộ kinh doanh phải tạm dừng hoạt động. Đến nay, quận đã tiếp nhận hồ sơ của 1.860 hộ kinh doanh, đã phê duyệt hỗ trợ cho 1.312 hộ với tổng kinh phí hơn 3,9 tỷ đồng. Số hộ còn lại chưa đủ điều kiện do không có tên trong danh sách nộp thuế khoán hoặc doanh thu vượt mức quy định.
Bà Trần Thị Hương Giang, Quận ủy viên, Trưởng Ban Dân vận Quận ủy đề nghị cán bộ phường, tổ dân phố hướng dẫn người dân kê khai đúng, đủ; công khai danh sách tại trụ sở phường và chợ; tuyệt đối không để trục lợi chính sách. Ông Nguyễn Đức Thắng, Chủ tịch UBND phường Đồng Xuân cho biết phường đã lập 4 tổ hỗ trợ làm hồ sơ ngay tại chợ Đồng Xuân vào buổi sáng.
Nhiều tiểu thương bày tỏ băn khoăn: hộ kinh doanh hàng may mặc ở chợ Đồng Xuân tuy không phải đóng cửa hoàn toàn nhưng doanh thu giảm tới 70 - 80%. Bà Lê Thị Thanh Thủy, tiểu thương chợ Hàng Da, kiến nghị có thêm chính sách giảm tiền thuê ki-ốt. Trả lời, ông Đào Văn Khiêm cho biết quận đã đề xuất thành phố giảm 50% phí sử dụng điểm kinh doanh tại các chợ trong quý II.
Dịp này, Ủy ban MTTQ phường Hàng Bạc và phường Hàng Đào trao 200 suất quà cho hộ kinh doanh nhỏ có hoàn cảnh khó khăn.
Theo Ban Dân vận Thành ủy Hà Nội, hội nghị ở Hoàn Kiếm là một trong những hội nghị tuyên truyền trực tiếp đầu tiên được tổ chức sau khi thành phố nới lỏng giãn cách.
Phương Anh
Tin liên quan
- Hà Nội: Giải ngân hỗ trợ người lao động tự do (20/05/2020)
- Chợ Đồng Xuân mở cửa trở lại (24/04/2020)
- Hoàn Kiếm trao 500 suất quà cho người khó khăn (15/04/2020)
""", "2020-05-27", "Hoàn Kiếm: Tuyên truyền chính sách hỗ trợ hộ kinh doanh gặp khó khăn do dịch Covid-19",
E("hoi_nghi", "2020", "2020-05-26"),
[P("Đào Văn Khiêm", "Phó Chủ tịch UBND quận"),
 P("Trần Thị Hương Giang", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Nguyễn Đức Thắng", "Chủ tịch UBND phường Đồng Xuân"),
 P("Lê Thị Thanh Thủy", "tiểu thương chợ Hàng Da")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("100 triệu đồng/năm", 100000000, "đồng"),
 Q("1 triệu đồng/hộ/tháng", 1000000, "đồng"), Q("khoảng 4.500 hộ kinh doanh", 4500, "hộ kinh doanh", "approx"),
 Q("1.860 hộ kinh doanh", 1860, "hộ kinh doanh"), Q("1.312 hộ", 1312, "hộ"), Q("hơn 3,9 tỷ đồng", 3900000000, "đồng", "over"),
 Q("4 tổ hỗ trợ", 4, "tổ hỗ trợ"), Q("70 - 80%", 70, "%", "approx"), Q("50%", 50, "%"), Q("200 suất quà", 200, "suất quà")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị số 16/CT-TTg")],
[prov("Hà Nội"), com("Đồng Xuân"), com("Hàng Bạc"), com("Hàng Đào")],
["HÀ NỘI MỚI ĐIỆN TỬ", "Thủ đô > Quận huyện", "HNM", "Hội nghị tuyên truyền chính sách hỗ trợ tại hội trường Quận ủy Hoàn Kiếm."],
["27/05/2020 14:52", "năm 2020", "3 tháng", "quý II", "ngày 1/4/2020"]))
