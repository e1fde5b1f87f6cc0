from lib import *
PAGES = []

PAGES.append(page("b3395-longan-mttq-giamsat-tongiao-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
Trang chủ >> Hoạt động >> Giám sát và phản biện xã hội
Thứ Năm, 14/09/2017 - 10:15
Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại huyện Đức Hòa
Ngày 13/9/2017, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Long An do ông Nguyễn Văn Bảy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo năm 2017 tại UBND huyện Đức Hòa. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Ban Tôn giáo Sở Nội vụ và ông Võ Văn Hiền, Ủy viên Ủy ban MTTQ tỉnh, Phó Trưởng ban Đại diện Cao Đài Tây Ninh tỉnh Long An.
Đoàn giám sát làm việc với UBND huyện Đức Hòa.
Theo báo cáo của UBND huyện, Đức Hòa có 6 tôn giáo, khoảng 41.500 tín đồ, 87 chức sắc và 312 chức việc, sinh hoạt tại 94 cơ sở thờ tự; đông nhất là Phật giáo và Cao Đài với 23 Thánh thất, Điện thờ. Thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 02/8/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn tập trung giám sát việc đăng ký sinh hoạt tôn giáo, xây dựng, sửa chữa cơ sở thờ tự và giải quyết khiếu nại.
Từ năm 2015 đến nay, huyện đã cấp giấy chứng nhận quyền sử dụng đất cho 61/94 cơ sở, đạt 64,9%; giải quyết 17 đơn thư liên quan tôn giáo, còn 2 đơn đang xác minh ở xã Đức Lập Thượng và thị trấn Hậu Nghĩa. Đoàn cũng ghi nhận 1 điểm nhóm Tin lành tại xã Mỹ Hạnh Nam sinh hoạt chưa đăng ký.
Tại buổi làm việc, ông Lê Minh Chánh, Phó Chủ tịch UBND huyện Đức Hòa, cho biết huyện đang chuẩn bị triển khai Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 có hiệu lực từ 01/01/2018; đã ban hành Kế hoạch 2051/KH-UBND tuyên truyền luật cho khoảng 3.000 cán bộ, chức sắc, chức việc.
Kết luận buổi giám sát, ông Nguyễn Văn Bảy đề nghị huyện rà soát, hoàn chỉnh hồ sơ đất đai của 33 cơ sở thờ tự còn lại; thực hiện đúng Nghị định 92/2012/NĐ-CP về đăng ký hoạt động tôn giáo; phát huy vai trò chức sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 30/9/2017.
Bích Tuyền
Tin liên quan
- Thủ Thừa: gặp mặt chức sắc tôn giáo tiêu biểu (06/09/2017)
- Hội nghị phản biện dự thảo quy hoạch cơ sở thờ tự (25/08/2017)
- Cần Giuộc: Mặt trận giám sát chính sách với người có công (11/08/2017)
- Ban Đại diện Cao Đài Tây Ninh tỉnh trao 300 phần quà (28/07/2017)
- Tân An: tuyên dương 40 gương "tốt đời, đẹp đạo" (14/07/2017)
- Bến Lức: hội nghị người có uy tín trong đồng bào tôn giáo năm 2017 (30/06/2017)
- Thạnh Hóa: Ban Trị sự Phật giáo Hòa Hảo huyện trao 25 căn nhà tình thương (16/06/2017)
Bản quyền thuộc Ủy ban MTTQ Việt Nam tỉnh Long An. Địa chỉ: số 02 Võ Văn Tần, Phường 1, TP. Tân An. Điện thoại: 0272.3826xxx. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2017-09-14", "Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại huyện Đức Hòa",
E("giam_sat", "2017", "2017-09-13"),
[P("Nguyễn Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Hiền", "Ủy viên Ủy ban MTTQ tỉnh", "Phó Trưởng ban Đại diện Cao Đài Tây Ninh tỉnh Long An"),
 P("Lê Minh Chánh", "Phó Chủ tịch UBND huyện Đức Hòa")],
[Q("6 tôn giáo", 6, "tôn giáo"), Q("khoảng 41.500 tín đồ", 41500, "tín đồ", "approx"), Q("87 chức sắc", 87, "chức sắc"),
 Q("312 chức việc", 312, "chức việc"), Q("94 cơ sở thờ tự", 94, "cơ sở thờ tự"), Q("23 Thánh thất, Điện thờ", 23, "Thánh thất, Điện thờ"),
 Q("61/94 cơ sở", 61, "cơ sở"), Q("64,9%", 64.9, "%"), Q("17 đơn thư", 17, "đơn thư"), Q("2 đơn", 2, "đơn"),
 Q("1 điểm nhóm Tin lành", 1, "điểm nhóm Tin lành"),
 Q("khoảng 3.000 cán bộ, chức sắc, chức việc", 3000, "cán bộ, chức sắc, chức việc", "approx"), Q("33 cơ sở thờ tự", 33, "cơ sở thờ tự")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2017-08-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 02/8/2017"),
 D("Luật", "02", "2016/QH14", None, None, "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
 D("Kế hoạch", "2051", "KH-UBND", None, None, "Kế hoạch 2051/KH-UBND"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP")],
[prov("Long An"), com("Đức Lập Thượng"), com("Hậu Nghĩa"), com("Mỹ Hạnh Nam")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN", "Trang chủ >> Hoạt động >> Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Đức Hòa.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Năm, 14/09/2017 - 10:15", "năm 2017", "Từ năm 2015 đến nay", "01/01/2018", "30/9/2017"]))

PAGES.append(page("b3396-tayninh-yendieutricung-2018", """
Báo Tây Ninh Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tây Ninh
Xã hội / Tôn giáo - Tín ngưỡng
25/09/2018 - 09:30
Đọc nhiều: Những con số ấn tượng của Đại lễ Hội Yến Diêu Trì Cung năm Mậu Tuất
Ảnh: Tín đồ Cao Đài dâng lễ tại Báo Ân Từ.
Lãnh đạo tỉnh chúc mừng Hội thánh Cao Đài Tòa thánh Tây Ninh nhân Đại lễ Hội Yến Diêu Trì Cung
(BTN) - Tối 23/9 (tức 14/8 năm Mậu Tuất), đồng chí Nguyễn Thanh Ngạn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng đoàn công tác đến chúc mừng Hội thánh Cao Đài Tòa thánh Tây Ninh nhân Đại lễ Hội Yến Diêu Trì Cung (rằm tháng 8 âm lịch).
Tiếp đoàn có Thượng Sanh Lê Tấn Đạt, Chưởng quản Hội thánh Cao Đài Tòa thánh Tây Ninh; Phối sư Thái Ninh Thanh, Phó Chưởng quản Hội thánh; Giáo sư Thượng Ngọc Thanh, Trưởng Ban Tổ chức đại lễ. Cùng đi với đoàn có các đồng chí Phó Chủ tịch UBND tỉnh: Trần Văn Chiến, Nguyễn Mạnh Hùng; ông Lê Văn Lộc, Trưởng Ban Tôn giáo Sở Nội vụ.
Báo cáo với đoàn, Phối sư Thái Ninh Thanh cho biết, năm nay Hội thánh dự kiến đón khoảng 250.000 lượt khách hành hương, trong đó có hơn 2.000 tín đồ từ nước ngoài về. Hội thánh huy động 3.500 đạo hữu tham gia phục vụ, bố trí 72 trại tạm để tín đồ các Tộc đạo nghỉ chân; Ban Cơm chay phục vụ miễn phí khoảng 45 tấn gạo.
Đồng chí Nguyễn Thanh Ngạn ghi nhận Hội thánh đã thực hiện tốt Luật Tín ngưỡng, tôn giáo, chủ động phối hợp với thị xã Hòa Thành và phường Long Hoa bảo đảm an ninh, vệ sinh môi trường, an toàn giao thông; mong chức sắc, chức việc tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", góp phần xây dựng quê hương.
Thay mặt Hội thánh, Thượng Sanh Lê Tấn Đạt cảm ơn sự quan tâm của lãnh đạo tỉnh và cho biết Hội thánh đã phối hợp Công an tỉnh lập 14 chốt giữ xe, 6 trạm y tế phục vụ miễn phí trong 3 ngày lễ.
Theo Công an tỉnh, lực lượng chức năng huy động khoảng 1.100 cán bộ, chiến sĩ làm nhiệm vụ; đến chiều 24/9 chưa ghi nhận vụ việc phức tạp nào.
Hoàng Yến
Số lượt xem: 3.458
Tin liên quan
- Hòa Thành: họp mặt chức sắc các tôn giáo nhân Tết Trung thu (20/09/2018)
- Chuẩn bị chu đáo cho Đại lễ Hội Yến Diêu Trì Cung (12/09/2018)
- Lãnh đạo tỉnh thăm Ban Đại diện Phật giáo Hòa Hảo tỉnh (30/06/2018)
- Lễ hội Núi Bà Đen thu hút hơn 2 triệu lượt khách (10/03/2018)
- Tân Biên: Mặt trận thăm các Thánh thất Cao Đài vùng biên giới (20/02/2018)
- Hội thánh Cao Đài Tòa thánh Tây Ninh tổng kết công tác từ thiện năm 2017 (08/01/2018)
- Dương Minh Châu: tuyên dương chức sắc, chức việc tiêu biểu (22/12/2017)
- Gò Dầu: gặp mặt người có uy tín trong đồng bào tôn giáo (15/12/2017)
Báo Tây Ninh Online. Giấy phép số 145/GP-BTTTT. Tổng Biên tập: Nguyễn Văn X. Địa chỉ: 35 Phạm Tung, Phường 3, TP Tây Ninh.
""", "2018-09-25", "Lãnh đạo tỉnh chúc mừng Hội thánh Cao Đài Tòa thánh Tây Ninh nhân Đại lễ Hội Yến Diêu Trì Cung",
E("khac", None, "2018-09-23"),
[P("Nguyễn Thanh Ngạn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Tấn Đạt", "Thượng Sanh", "Chưởng quản Hội thánh Cao Đài Tòa thánh Tây Ninh"),
 P("Thái Ninh Thanh", "Phối sư", "Phó Chưởng quản Hội thánh"),
 P("Thượng Ngọc Thanh", "Giáo sư", "Trưởng Ban Tổ chức đại lễ"),
 P("Trần Văn Chiến", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Mạnh Hùng", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Văn Lộc", "Trưởng Ban Tôn giáo Sở Nội vụ")],
[Q("khoảng 250.000 lượt khách hành hương", 250000, "lượt khách hành hương", "approx"),
 Q("hơn 2.000 tín đồ", 2000, "tín đồ", "over"), Q("3.500 đạo hữu", 3500, "đạo hữu"), Q("72 trại tạm", 72, "trại tạm"),
 Q("khoảng 45 tấn", 45, "tấn", "approx"), Q("14 chốt giữ xe", 14, "chốt giữ xe"), Q("6 trạm y tế", 6, "trạm y tế"),
 Q("khoảng 1.100 cán bộ, chiến sĩ", 1100, "cán bộ, chiến sĩ", "approx")],
[],
[prov("Tây Ninh"), com("Long Hoa")],
["Báo Tây Ninh Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tây Ninh", "Xã hội / Tôn giáo - Tín ngưỡng",
 "Đọc nhiều: Những con số ấn tượng của Đại lễ Hội Yến Diêu Trì Cung năm Mậu Tuất", "Ảnh: Tín đồ Cao Đài dâng lễ tại Báo Ân Từ.", "(BTN)",
 "Hội thánh Cao Đài Tòa thánh Tây Ninh", "Luật Tín ngưỡng, tôn giáo", "tốt đời, đẹp đạo", "Số lượt xem: 3.458"],
["25/09/2018 - 09:30", "14/8 năm Mậu Tuất", "rằm tháng 8 âm lịch", "3 ngày", "Số lượt xem: 3.458"]))

PAGES.append(page("b3397-soctrang-cholchnam-traoqua-2019", """
BAN DÂN TỘC TỈNH SÓC TRĂNG
Trang chủ › Tin tức › Hoạt động của Ban
08:15 | 09/04/2019
Tặng 650 phần quà cho đồng bào Khmer nhân dịp Tết Chôl Chnăm Thmây 2019
Ngày 8/4/2019, đoàn công tác của Tỉnh ủy, UBND tỉnh Sóc Trăng do đồng chí Lâm Văn Mến, Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây và tặng quà tại Hội Đoàn kết sư sãi yêu nước tỉnh cùng một số chùa Phật giáo Nam tông Khmer.
Tại chùa Som Rông (phường 5, thành phố Sóc Trăng), đoàn được Hòa thượng Thạch Sông, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cùng Đại đức Thạch Sô Phai, trụ trì chùa Som Rông, đón tiếp. Hòa thượng Thạch Sông cho biết, toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer với khoảng 2.300 sư sãi; năm 2018 các chùa đã mở 86 lớp dạy chữ Khmer hè cho hơn 7.000 học sinh.
Đồng chí Lâm Văn Mến trao quà chúc Tết tại chùa Som Rông.
Thay mặt lãnh đạo tỉnh, đồng chí Lâm Văn Mến chúc sư sãi, achar và đồng bào Khmer đón Tết vui tươi, an toàn; ghi nhận vai trò của các vị sư trong vận động đồng bào thực hiện Chương trình 135 và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số.
Dịp này, đoàn trao 650 phần quà cho hộ Khmer nghèo, mỗi phần trị giá 500.000 đồng; tặng Hội Đoàn kết sư sãi yêu nước tỉnh 20 triệu đồng và mỗi chùa 5 triệu đồng. Cùng ngày, đồng chí Kim Hoàng Sơn, Trưởng Ban Dân tộc tỉnh, dẫn đoàn thứ hai thăm 14 chùa ở thị xã Vĩnh Châu và huyện Trần Đề, trao 300 phần quà.
Ông Sơn Thươl, người có uy tín ấp Trà Quýt A, xã Thuận Hòa, bày tỏ: "Năm nay bà con được quan tâm nhiều, lúa trúng mùa, ai cũng phấn khởi đón năm mới".
Theo Ban Dân tộc tỉnh, tổng kinh phí thăm, tặng quà dịp Tết Chôl Chnăm Thmây năm 2019 khoảng 1,1 tỷ đồng, trích từ ngân sách tỉnh và nguồn vận động xã hội hóa.
Thạch Phươl
Tin liên quan
- Sóc Trăng: họp mặt người có uy tín trong đồng bào dân tộc thiểu số (28/03/2019)
- Hội Đoàn kết sư sãi yêu nước tỉnh tổng kết năm 2018 (15/01/2019)
- Mỹ Xuyên: vận động đồng bào Khmer tham gia bảo hiểm y tế (05/01/2019)
- Trần Đề: khánh thành sala chùa Khmer bằng nguồn xã hội hóa (20/12/2018)
- Vĩnh Châu: tập huấn kiến thức pháp luật cho sư sãi, achar (06/12/2018)
- Ngã Năm: hội nghị biểu dương người có uy tín tiêu biểu (22/11/2018)
- Lễ hội Oóc Om Bóc - đua ghe Ngo Sóc Trăng lần thứ XIV (21/11/2018)
- Kế Sách: trao 100 suất học bổng cho học sinh Khmer nghèo (02/11/2018)
Ban Dân tộc tỉnh Sóc Trăng - Số 18 Hùng Vương, Phường 6, TP. Sóc Trăng. ĐT: 0299.3821xxx
""", "2019-04-09", "Tặng 650 phần quà cho đồng bào Khmer nhân dịp Tết Chôl Chnăm Thmây 2019",
E("trao_qua", None, "2019-04-08"),
[P("Lâm Văn Mến", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sông", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Sô Phai", "Đại đức", "trụ trì chùa Som Rông"),
 P("Kim Hoàng Sơn", "Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Thươl", "người có uy tín ấp Trà Quýt A")],
[Q("650 phần quà", 650, "phần quà"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 2.300 sư sãi", 2300, "sư sãi", "approx"), Q("86 lớp dạy chữ Khmer hè", 86, "lớp dạy chữ Khmer hè"),
 Q("hơn 7.000 học sinh", 7000, "học sinh", "over"), Q("500.000 đồng", 500000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("14 chùa", 14, "chùa"), Q("300 phần quà", 300, "phần quà"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016")],
[prov("Sóc Trăng"), com("phường 5"), com("Thuận Hòa")],
["BAN DÂN TỘC TỈNH SÓC TRĂNG", "Trang chủ › Tin tức › Hoạt động của Ban", "Đồng chí Lâm Văn Mến trao quà chúc Tết tại chùa Som Rông.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chương trình 135", "Chôl Chnăm Thmây"],
["08:15 | 09/04/2019", "năm 2018", "năm 2019", "Chương trình 135"]))

PAGES.append(page("b3398-angiang-daihoi-phgh-2019", """
BÁO AN GIANG ĐIỆN TỬ
Chính trị » Tôn giáo
21.06.2019 | 16:05
Ảnh: Quang cảnh đại hội.
Đại hội đại biểu Phật giáo Hòa Hảo lần thứ VI, nhiệm kỳ 2019 - 2024
Ngày 20/6/2019, tại Tổ đình Phật giáo Hòa Hảo (thị trấn Phú Mỹ, huyện Phú Tân), Ban Trị sự Trung ương Phật giáo Hòa Hảo long trọng tổ chức Đại hội đại biểu Phật giáo Hòa Hảo lần thứ VI, nhiệm kỳ 2019 - 2024, với sự tham dự của 684 đại biểu chính thức đến từ 21 tỉnh, thành phố.
Dự đại hội có ông Nguyễn Lập Trung, Phó Trưởng Ban Tôn giáo Chính phủ; đồng chí Võ Thị Ánh Tuyết, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang; bà Trần Thị Mỹ Lệ, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.
Báo cáo tổng kết nhiệm kỳ 2014 - 2019 cho biết, Phật giáo Hòa Hảo hiện có gần 1,5 triệu tín đồ, sinh hoạt ở 295 Ban Trị sự cơ sở; trong 5 năm, tín đồ đóng góp hơn 1.200 tỷ đồng làm công tác từ thiện xã hội, cất 5.320 căn nhà Tình thương, xây 1.146 cây cầu, nấu 9,6 triệu suất cơm chay cho bệnh nhân nghèo. Ban Trị sự Trung ương đã ban hành Hướng dẫn số 12/HD-BTSTƯ về tổ chức các ngày lễ, nghiêm cấm mê tín dị đoan.
Đại hội đã hiệp thương suy cử 41 vị vào Ban Trị sự Trung ương khóa VI. Ông Nguyễn Hữu Điền tiếp tục được tín nhiệm giữ chức Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo; các ông Phan Văn Sang, Huỳnh Văn Lợi được suy cử làm Phó Trưởng ban Trị sự Trung ương; ông Nguyễn Văn Tài, Chánh Thư ký Ban Trị sự Trung ương.
Phát biểu chỉ đạo, ông Nguyễn Lập Trung đánh giá cao đóng góp của đồng đạo Phật giáo Hòa Hảo, đề nghị Ban Trị sự khóa VI tiếp tục thực hiện đúng Hiến chương Phật giáo Hòa Hảo, Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; kịp thời vận động số tín đồ sinh hoạt ngoài Giáo hội trở về đồng hành với Ban Trị sự.
Đại hội thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 với 8 nhóm chỉ tiêu, trong đó phấn đấu mỗi năm cất ít nhất 1.000 căn nhà Tình thương và vận động không dưới 95% hộ tín đồ đạt gia đình văn hóa.
Hữu Huệ - Đình Đức
Lượt xem: 5.012
Tin liên quan
- Ban Trị sự PGHH các cấp chuẩn bị đại hội (05/06/2019)
- Phú Tân: 150 tình nguyện viên phục vụ đại hội (30/05/2019)
- Chợ Mới: khánh thành 12 cây cầu do đồng đạo PGHH đóng góp (16/05/2019)
- Lãnh đạo tỉnh thăm Ban Trị sự Trung ương PGHH nhân đại lễ Khai đạo (20/06/2018)
- Tri Tôn: họp mặt chức sắc các tôn giáo (25/04/2019)
- Tịnh Biên: Ban Trị sự PGHH xã Nhơn Hưng trao 40 căn nhà (10/04/2019)
- Lễ Vía Bà Chúa Xứ núi Sam năm 2019 thu hút hơn 3 triệu lượt khách (02/04/2019)
- Thoại Sơn: hội nghị người có uy tín trong đồng bào tôn giáo (20/03/2019)
Báo An Giang điện tử - Giấy phép số 15/GP-BTTTT. Địa chỉ: Số 12 Lê Lợi, phường Mỹ Bình, TP. Long Xuyên, An Giang.
""", "2019-06-21", "Đại hội đại biểu Phật giáo Hòa Hảo lần thứ VI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-20"),
[P("Nguyễn Lập Trung", "Phó Trưởng Ban Tôn giáo Chính phủ"),
 P("Võ Thị Ánh Tuyết", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy An Giang"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Hữu Điền", "Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Phan Văn Sang", "Phó Trưởng ban Trị sự Trung ương"),
 P("Huỳnh Văn Lợi", "Phó Trưởng ban Trị sự Trung ương"),
 P("Nguyễn Văn Tài", "Chánh Thư ký Ban Trị sự Trung ương")],
[Q("684 đại biểu chính thức", 684, "đại biểu chính thức"), Q("21 tỉnh, thành phố", 21, "tỉnh, thành phố"),
 Q("gần 1,5 triệu tín đồ", 1500000, "tín đồ", "approx"), Q("295 Ban Trị sự cơ sở", 295, "Ban Trị sự cơ sở"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("5.320 căn nhà Tình thương", 5320, "căn nhà Tình thương"),
 Q("1.146 cây cầu", 1146, "cây cầu"), Q("9,6 triệu suất cơm chay", 9600000, "suất cơm chay"), Q("41 vị", 41, "vị"),
 Q("8 nhóm chỉ tiêu", 8, "nhóm chỉ tiêu"), Q("ít nhất 1.000 căn nhà Tình thương", 1000, "căn nhà Tình thương", "over"),
 Q("không dưới 95%", 95, "%", "over")],
[D("Hướng dẫn", "12", "HD-BTSTƯ", None, "Ban Trị sự Trung ương", "Hướng dẫn số 12/HD-BTSTƯ"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017")],
[prov("An Giang"), com("Phú Mỹ")],
["BÁO AN GIANG ĐIỆN TỬ", "Chính trị » Tôn giáo", "Ảnh: Quang cảnh đại hội.", "Tổ đình Phật giáo Hòa Hảo", "Hiến chương Phật giáo Hòa Hảo",
 "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 5.012"],
["21.06.2019 | 16:05", "lần thứ VI", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "5 năm", "khóa VI", "Lượt xem: 5.012"]))

PAGES.append(page("b3399-kiengiang-giaoban-q3-2020", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ - Tin hoạt động - Dân tộc, tôn giáo
Thứ Ba, 06/10/2020
Đồng chí Danh Minh Út chủ trì giao ban.
Khối dân vận giao ban công tác dân tộc, tôn giáo
Ngày 5/10, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức giao ban công tác dân vận quý III năm 2020, tập trung đánh giá công tác vận động đồng bào dân tộc, tôn giáo. Đồng chí Danh Minh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Trưởng Ban Dân vận 15 huyện ủy, thành ủy và đại diện Ban Tôn giáo Sở Nội vụ.
Báo cáo tại giao ban cho thấy, quý III các tôn giáo trên địa bàn tỉnh có khoảng 1,07 triệu tín đồ hoạt động ổn định, chấp hành tốt các biện pháp phòng, chống dịch COVID-19. Các chức sắc Phật giáo, Cao Đài, Phật giáo Hòa Hảo, Công giáo và các chùa Khmer đã ủng hộ hơn 4,3 tỷ đồng, 126 tấn gạo cho người dân khó khăn; 18 cơ sở thờ tự được mượn làm khu cách ly tập trung.
Đại lễ Vu lan và lễ Sene Dolta của đồng bào Khmer được tổ chức gọn nhẹ, đúng hướng dẫn tại Công văn số 1864/UBND-VX của UBND tỉnh. Khối dân vận đã phối hợp giải quyết 4 vụ việc liên quan tôn giáo, trong đó có 1 vụ tranh chấp đất giữa Thánh thất Cao Đài với hộ dân ở xã Vĩnh Hòa Hiệp.
Tại giao ban, đồng chí Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy Gò Quao, cho biết huyện đã vận động 32 vị sư sãi, achar tham gia tổ hòa giải; đồng chí Nguyễn Văn Hoàng, Trưởng Ban Dân vận Thành ủy Rạch Giá, đề nghị hướng dẫn thống nhất việc tiếp xúc với chức sắc dịp Đại lễ Kỷ niệm Khai đạo Cao Đài.
Kết luận giao ban, đồng chí Danh Minh Út yêu cầu quý IV tiếp tục thực hiện Kết luận số 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc, tôn giáo; chuẩn bị tốt hội nghị gặp mặt chức sắc, chức việc cuối năm và việc thăm các cơ sở tôn giáo dịp Giáng sinh.
Ánh Nguyệt
Lượt xem: 287
Tin liên quan
- Sơ kết 6 tháng công tác dân vận năm 2020 (10/07/2020)
- Giồng Riềng: trao 200 phần quà cho sư sãi chùa Khmer (20/05/2020)
- Phú Quốc: Ban Dân vận Huyện ủy thăm các cơ sở tôn giáo (14/04/2020)
- Hòn Đất: vận động đồng bào Khmer chung tay phòng, chống dịch (02/04/2020)
- Châu Thành: ra mắt mô hình "Chùa Khmer xanh - sạch - đẹp" (20/03/2020)
- An Biên: Ban Trị sự PGHH trao 500 phần quà cho hộ nghèo (05/03/2020)
- Giao ban công tác dân vận quý I năm 2020 (trực tuyến) (08/04/2020)
- Hà Tiên: thăm, chúc mừng các cơ sở tôn giáo nhân Tết Nguyên đán (20/01/2020)
- U Minh Thượng: gặp mặt người có uy tín trong đồng bào Khmer (10/01/2020)
Ban Dân vận Tỉnh ủy Kiên Giang. Địa chỉ: 06 Nguyễn Công Trứ, phường Vĩnh Thanh, TP. Rạch Giá. Ghi rõ nguồn khi phát hành lại.
""", "2020-10-06", "Khối dân vận giao ban công tác dân tộc, tôn giáo",
E("giao_ban", "2020-Q3", "2020-10-05"),
[P("Danh Minh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Thu Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Gò Quao"),
 P("Nguyễn Văn Hoàng", "Trưởng Ban Dân vận Thành ủy Rạch Giá")],
[Q("15 huyện ủy, thành ủy", 15, "huyện ủy, thành ủy"), Q("khoảng 1,07 triệu tín đồ", 1070000, "tín đồ", "approx"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("126 tấn", 126, "tấn"), Q("18 cơ sở thờ tự", 18, "cơ sở thờ tự"),
 Q("4 vụ việc liên quan tôn giáo", 4, "vụ việc liên quan tôn giáo"), Q("1 vụ tranh chấp đất", 1, "vụ tranh chấp đất"),
 Q("32 vị sư sãi, achar", 32, "vị sư sãi, achar")],
[D("Công văn", "1864", "UBND-VX", None, "UBND tỉnh", "Công văn số 1864/UBND-VX"),
 D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 57, 58-KL/TU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ - Tin hoạt động - Dân tộc, tôn giáo", "Đồng chí Danh Minh Út chủ trì giao ban.",
 "Sene Dolta", "Đại lễ Kỷ niệm Khai đạo Cao Đài", "Lượt xem: 287"],
["Thứ Ba, 06/10/2020", "quý III năm 2020", "quý IV", "COVID-19", "Lượt xem: 287"]))

PAGES.append(page("b3400-binhduong-baocao-tongiao-2021", """
SỞ NỘI VỤ TỈNH BÌNH DƯƠNG
Trang chủ | Tôn giáo | Báo cáo - Thống kê
Cập nhật lúc 17:20 ngày 28/12/2021
Báo cáo tình hình tôn giáo và công tác quản lý nhà nước về tôn giáo năm 2021
Ban Tôn giáo Sở Nội vụ vừa có Báo cáo số 415/BC-BTG ngày 27/12/2021 gửi UBND tỉnh về tình hình tôn giáo và công tác quản lý nhà nước về tôn giáo năm 2021. Sau đây là một số nội dung chính.
Về tình hình chung: Bình Dương có 10 tôn giáo với 35 tổ chức tôn giáo, khoảng 324.000 tín đồ, 1.362 chức sắc, 2.815 chức việc và 462 cơ sở thờ tự. Cao Đài có 7 hệ phái với 52 Thánh thất, Điện thờ, nhiều nhất ở thành phố Thủ Dầu Một và thị xã Tân Uyên; Phật giáo Hòa Hảo có 9 Ban Trị sự cơ sở.
Trong năm, do dịch COVID-19 diễn biến phức tạp, 100% cơ sở tôn giáo tạm dừng sinh hoạt tập trung từ tháng 6 đến tháng 10; các lễ lớn như Đại lễ Phật đản, Đại lễ Khai đạo Phật giáo Hòa Hảo, lễ Giáng sinh được tổ chức trực tuyến hoặc giới hạn dưới 10 người. Các tổ chức tôn giáo ủng hộ trên 68 tỷ đồng, hơn 2.400 tấn nhu yếu phẩm; 214 chức sắc, tu sĩ tình nguyện tham gia chăm sóc bệnh nhân COVID-19 tại các bệnh viện dã chiến.
Công tác quản lý nhà nước: Sở Nội vụ tham mưu UBND tỉnh ban hành Quyết định số 2781/QĐ-UBND ngày 05/10/2021 về việc cho phép các cơ sở tôn giáo hoạt động trở lại theo cấp độ dịch; giải quyết 137 hồ sơ thủ tục hành chính về tôn giáo, đúng hạn 100%. Toàn tỉnh còn 6 điểm nhóm Tin lành chưa đăng ký và 2 nhóm "Hội thánh Đức Chúa Trời Mẹ" hoạt động trái phép tại phường Hòa Phú và phường Tân Định.
Phương hướng năm 2022: tiếp tục triển khai Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP; phối hợp Ủy ban MTTQ tỉnh biểu dương khoảng 300 chức sắc, chức việc tiêu biểu; xây dựng kế hoạch tổng kết 5 năm thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về công tác tôn giáo.
Báo cáo do ông Trần Văn Thương, Trưởng Ban Tôn giáo Sở Nội vụ ký.
Phòng Tôn giáo
Tin liên quan
- Tôn giáo Bình Dương chung tay phòng, chống dịch COVID-19 (02/11/2021)
- Cho phép cơ sở tôn giáo sinh hoạt trở lại từ ngày 15/10 (06/10/2021)
- Hội thánh Cao Đài Tòa thánh Tây Ninh tại Bình Dương ủng hộ bếp ăn từ thiện (18/08/2021)
- Tập huấn nghiệp vụ công tác tôn giáo năm 2021 (trực tuyến) (20/05/2021)
- Ủy ban MTTQ tỉnh gặp mặt chức sắc tôn giáo đầu năm (26/02/2021)
- Thủ Dầu Một: thăm các cơ sở tôn giáo dịp Tết Tân Sửu (05/02/2021)
- Bến Cát: hội nghị tổng kết công tác tôn giáo năm 2020 (30/12/2020)
- Dĩ An: Hội thánh Tin lành tặng 300 phần quà Giáng sinh (22/12/2020)
Cổng thông tin điện tử Sở Nội vụ tỉnh Bình Dương. Địa chỉ: Tầng 9, tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một.
""", "2021-12-28", "Báo cáo tình hình tôn giáo và công tác quản lý nhà nước về tôn giáo năm 2021",
E("bao_cao", "2021", "2021-12-27"),
[P("Trần Văn Thương", "Trưởng Ban Tôn giáo Sở Nội vụ")],
[Q("10 tôn giáo", 10, "tôn giáo"), Q("35 tổ chức tôn giáo", 35, "tổ chức tôn giáo"),
 Q("khoảng 324.000 tín đồ", 324000, "tín đồ", "approx"), Q("1.362 chức sắc", 1362, "chức sắc"), Q("2.815 chức việc", 2815, "chức việc"),
 Q("462 cơ sở thờ tự", 462, "cơ sở thờ tự"), Q("7 hệ phái", 7, "hệ phái"), Q("52 Thánh thất, Điện thờ", 52, "Thánh thất, Điện thờ"),
 Q("9 Ban Trị sự cơ sở", 9, "Ban Trị sự cơ sở"), Q("100% cơ sở tôn giáo", 100, "%"), Q("dưới 10 người", 10, "người"),
 Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"), Q("hơn 2.400 tấn", 2400, "tấn", "over"),
 Q("214 chức sắc, tu sĩ", 214, "chức sắc, tu sĩ"), Q("137 hồ sơ thủ tục hành chính", 137, "hồ sơ thủ tục hành chính"),
 Q("đúng hạn 100%", 100, "%"), Q("6 điểm nhóm Tin lành", 6, "điểm nhóm Tin lành"), Q("2 nhóm", 2, "nhóm"),
 Q("khoảng 300 chức sắc, chức việc tiêu biểu", 300, "chức sắc, chức việc tiêu biểu", "approx")],
[D("Báo cáo", "415", "BC-BTG", "2021-12-27", "Ban Tôn giáo Sở Nội vụ", "Báo cáo số 415/BC-BTG ngày 27/12/2021"),
 D("Quyết định", "2781", "QĐ-UBND", "2021-10-05", "UBND tỉnh", "Quyết định số 2781/QĐ-UBND ngày 05/10/2021"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định số 162/2017/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2018")],
[prov("Bình Dương"), com("Hòa Phú"), com("Tân Định")],
["SỞ NỘI VỤ TỈNH BÌNH DƯƠNG", "Trang chủ | Tôn giáo | Báo cáo - Thống kê", "Hội thánh Đức Chúa Trời Mẹ", "Luật Tín ngưỡng, tôn giáo",
 "Phòng Tôn giáo"],
["Cập nhật lúc 17:20 ngày 28/12/2021", "năm 2021", "COVID-19", "từ tháng 6 đến tháng 10", "năm 2022", "5 năm"]))
