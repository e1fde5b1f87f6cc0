from lib import *
PAGES = []

PAGES.append(page("b5027-dongthap-hoahao-traoqua-2017", """
Báo Đồng Tháp Online
Chính trị › Mặt trận - Đoàn thể
Thứ Hai, 16/01/2017
Lãnh đạo tỉnh thăm, chúc Tết Ban Trị sự Phật giáo Hòa Hảo và tặng quà hộ nghèo
Ảnh: Đồng chí Lê Minh Hoan trao quà cho hộ nghèo là tín đồ Hòa Hảo.
Ngày 14/1/2017, đoàn công tác của Tỉnh ủy Đồng Tháp do đồng chí Nguyễn Văn Dương, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, chúc Tết Ban Trị sự Phật giáo Hòa Hảo tỉnh và trao 400 phần quà Tết cho hộ nghèo, gia đình chính sách là tín đồ tại huyện Lấp Vò, Lai Vung.
Cùng đi có các đồng chí Tỉnh ủy viên: Phạm Thị Ngọc Hà, Trưởng Ban Dân vận Tỉnh ủy, và Võ Thành Công, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Minh Hoan, Phó Trưởng Ban Dân vận Tỉnh ủy.
Tiếp đoàn, ông Huỳnh Văn Bảy, Trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh, báo cáo năm 2016 các ban trị sự cơ sở đã vận động tín đồ đóng góp trên 18 tỷ đồng làm công tác từ thiện xã hội: xây 23 cây cầu giao thông nông thôn, 65 căn nhà Nhân ái, duy trì 14 phòng thuốc nam châm cứu miễn phí và 9 bếp ăn từ thiện tại bệnh viện. Tỉnh hiện có khoảng 310.000 tín đồ Phật giáo Hòa Hảo, sinh hoạt tại 143 ban trị sự xã, phường, thị trấn.
Phát biểu tại buổi thăm, đồng chí Nguyễn Văn Dương ghi nhận đóng góp của chức sắc, tín đồ theo tinh thần Chỉ thị số 18-CT/TW của Ban Bí thư; đề nghị Ban Trị sự tiếp tục phối hợp thực hiện Quy chế phối hợp số 06-QCPH/BDVTU-BTS giữa Ban Dân vận Tỉnh ủy với Ban Trị sự tỉnh, tuyên truyền tín đồ thực hiện Luật Tín ngưỡng, tôn giáo năm 2016 và hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Tại xã Tân Khánh Trung (huyện Lấp Vò), đoàn trao 200 phần quà, mỗi phần gồm 10 kg gạo, dầu ăn, nước mắm và 300.000 đồng tiền mặt. Tại xã Long Hậu (huyện Lai Vung), đoàn trao 200 phần quà còn lại và 5 căn nhà đại đoàn kết, mỗi căn trị giá 50 triệu đồng. Tổng giá trị quà tặng khoảng 410 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và đóng góp của các doanh nghiệp.
Ông Trần Văn Tám, tín đồ ấp Long Thạnh, xã Long Hậu, xúc động chia sẻ: gia đình ông có 4 người, nhờ căn nhà mới mà có chỗ ở ổn định đón Tết. Bà Nguyễn Thị Lượm, Chủ tịch Ủy ban MTTQ xã Long Hậu, cho biết xã còn 112 hộ nghèo, 87 hộ cận nghèo, trong đó 60% là tín đồ Hòa Hảo.
Cũng dịp này, Ban Dân vận Tỉnh ủy triển khai Kế hoạch số 76-KH/BDVTU ngày 5/1/2017 về thăm, chúc Tết chức sắc các tôn giáo và người có uy tín dịp Tết Đinh Dậu, với 58 đoàn đến thăm 320 cơ sở tôn giáo.
Hữu Nghĩa
Tin liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo năm 2016 (28/12/2016)
- Tín đồ Hòa Hảo Thanh Bình xây cầu nông thôn (10/12/2016)
- Hội nghị giao ban công tác dân vận quý IV (05/12/2016)
""", "2017-01-16", "Lãnh đạo tỉnh thăm, chúc Tết Ban Trị sự Phật giáo Hòa Hảo và tặng quà hộ nghèo",
E("trao_qua", None, "2017-01-14"),
[P("Nguyễn Văn Dương", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Ngọc Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thành Công", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Hoan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Bảy", "Trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh"),
 P("Trần Văn Tám"),
 P("Nguyễn Thị Lượm", "Chủ tịch Ủy ban MTTQ xã Long Hậu")],
[Q("400 phần quà Tết", 400, "phần quà"), Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("23 cây cầu giao thông nông thôn", 23, "cây cầu giao thông nông thôn"), Q("65 căn nhà Nhân ái", 65, "căn nhà Nhân ái"),
 Q("14 phòng thuốc nam châm cứu", 14, "phòng thuốc nam châm cứu"), Q("9 bếp ăn từ thiện", 9, "bếp ăn từ thiện"),
 Q("khoảng 310.000 tín đồ Phật giáo Hòa Hảo", 310000, "tín đồ Phật giáo Hòa Hảo", "approx"),
 Q("143 ban trị sự", 143, "ban trị sự"), Q("200 phần quà", 200, "phần quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("200 phần quà còn lại", 200, "phần quà"),
 Q("5 căn nhà đại đoàn kết", 5, "căn nhà đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("khoảng 410 triệu đồng", 410000000, "đồng", "approx"), Q("4 người", 4, "người"),
 Q("112 hộ nghèo", 112, "hộ nghèo"), Q("87 hộ cận nghèo", 87, "hộ cận nghèo"), Q("60%", 60, "%"),
 Q("58 đoàn", 58, "đoàn"), Q("320 cơ sở tôn giáo", 320, "cơ sở tôn giáo")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Quy chế phối hợp", "06", "QCPH/BDVTU-BTS", None, None, "Quy chế phối hợp số 06-QCPH/BDVTU-BTS"),
 D("Kế hoạch", "76", "KH/BDVTU", "2017-01-05", None, "Kế hoạch số 76-KH/BDVTU ngày 5/1/2017")],
[prov("Đồng Tháp"), com("Tân Khánh Trung"), com("Long Hậu")],
["Báo Đồng Tháp Online", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Đồng chí Lê Minh Hoan trao quà cho hộ nghèo là tín đồ Hòa Hảo.",
 "Luật Tín ngưỡng, tôn giáo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "Nhân ái"],
["Thứ Hai, 16/01/2017", "năm 2016", "Tết Đinh Dậu"]))

PAGES.append(page("b5028-hue-bdv-daomau-hoinghi-2018", """
Báo Thừa Thiên Huế điện tử
Trang chủ >> Chính trị - Xã hội >> Dân vận
Cập nhật lúc 17:20 ngày 27/03/2018
Vận động nhân dân tổ chức lễ hội Điện Huệ Nam văn minh, an toàn
Toàn cảnh hội nghị.
Sáng 26/3, tại phường Hương Hồ, Ban Dân vận Tỉnh ủy Thừa Thiên Huế phối hợp Sở Văn hóa và Thể thao tổ chức hội nghị gặp gỡ các thủ nhang, thanh đồng và đại diện các tín hữu Đạo Mẫu năm 2018 nhằm chuẩn bị cho Lễ hội Điện Huệ Nam tháng 3 âm lịch. Đồng chí Trần Thị Thanh Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.
Dự hội nghị có hơn 150 đại biểu, trong đó có 72 thủ nhang, thanh đồng đến từ các điện, tĩnh thờ Mẫu; đại diện Ban quản lý Điện Huệ Nam; lãnh đạo UBND thị xã Hương Trà và các phường Hương Hồ, Hương An. Theo báo cáo, toàn tỉnh có trên 500 điện, tĩnh, am thờ Mẫu với khoảng 12.000 tín hữu thường xuyên sinh hoạt; lễ hội năm 2017 thu hút khoảng 50.000 lượt người, tổ chức 4 phiên rước kiệu trên sông Hương.
Ông Nguyễn Văn Phước, Trưởng Ban quản lý Điện Huệ Nam, cho biết lễ hội năm nay sẽ thực hiện theo Quyết định số 679/QĐ-UBND ngày 28/3/2017 của UBND tỉnh về nếp sống văn minh trong lễ hội; bố trí 3 điểm trông giữ xe và 120 tình nguyện viên. Bà Lê Thị Mỹ Lệ, thủ nhang điện Bích Vân, đề nghị thống nhất khung giờ hầu đồng để tránh ồn ào ban đêm.
Đại diện chính quyền, đồng chí Hoàng Minh Tuấn, Phó Chủ tịch UBND thị xã Hương Trà, và đồng chí Hồ Thị Như, Chủ tịch UBND phường Hương Hồ, cam kết huy động lực lượng đảm bảo trật tự; không để xảy ra tình trạng đốt vàng mã tràn lan, buôn bán thần tượng, in sớ trái phép. Năm trước, địa phương đã nhắc nhở 16 trường hợp kinh doanh dịch vụ lễ hội lấn chiếm lòng đường.
Phát biểu kết luận, đồng chí Trần Thị Thanh Mai đề nghị các thủ nhang phát huy vai trò người có uy tín theo tinh thần Chỉ thị số 41-CT/TW của Ban Bí thư và Thông tư số 15/2015/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định về tổ chức lễ hội; gắn việc bảo tồn "Thực hành tín ngưỡng thờ Mẫu Tam phủ của người Việt" - di sản được UNESCO ghi danh - với phát triển du lịch. Ban Dân vận Tỉnh ủy sẽ thực hiện Kế hoạch 91, 92-KH/BDVTU về vận động nhân dân trong quản lý lễ hội và về tiếp xúc chức sắc, chức việc, người có uy tín năm 2018.
Tại hội nghị, Ban tổ chức đã tặng 30 suất quà cho các thủ nhang cao tuổi, mỗi suất 1 triệu đồng.
Minh Văn
Tin liên quan
- Khai mạc Festival Huế 2018 (25/03/2018)
- Hương Trà: hoàn thành trùng tu 2 đình làng (11/03/2018)
- Gặp mặt chức sắc các tôn giáo đầu xuân Mậu Tuất (24/02/2018)
- Phong Điền: vận động nhân dân bỏ tục đốt vàng mã tại lăng miếu (10/02/2018)
- Tập huấn nghiệp vụ dân vận cho cán bộ phường, xã (26/01/2018)
""", "2018-03-27", "Vận động nhân dân tổ chức lễ hội Điện Huệ Nam văn minh, an toàn",
E("hoi_nghi", "2018", "2018-03-26"),
[P("Trần Thị Thanh Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phước", "Trưởng Ban quản lý Điện Huệ Nam"),
 P("Lê Thị Mỹ Lệ", "thủ nhang điện Bích Vân"),
 P("Hoàng Minh Tuấn", "Phó Chủ tịch UBND thị xã Hương Trà"),
 P("Hồ Thị Như", "Chủ tịch UBND phường Hương Hồ")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("72 thủ nhang, thanh đồng", 72, "thủ nhang, thanh đồng"),
 Q("trên 500 điện, tĩnh, am thờ Mẫu", 500, "điện, tĩnh, am thờ Mẫu", "over"),
 Q("khoảng 12.000 tín hữu", 12000, "tín hữu", "approx"), Q("khoảng 50.000 lượt người", 50000, "lượt người", "approx"),
 Q("4 phiên rước kiệu", 4, "phiên rước kiệu"), Q("3 điểm trông giữ xe", 3, "điểm trông giữ xe"),
 Q("120 tình nguyện viên", 120, "tình nguyện viên"), Q("16 trường hợp", 16, "trường hợp"),
 Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "679", "QĐ-UBND", "2017-03-28", "UBND tỉnh", "Quyết định số 679/QĐ-UBND ngày 28/3/2017"),
 D("Chỉ thị", "41", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 41-CT/TW"),
 D("Thông tư", "15", "2015/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 15/2015/TT-BVHTTDL"),
 D("Kế hoạch", "91", "KH/BDVTU", None, None, "Kế hoạch 91, 92-KH/BDVTU"),
 D("Kế hoạch", "92", "KH/BDVTU", None, None, "Kế hoạch 91, 92-KH/BDVTU")],
[prov("Thừa Thiên Huế"), com("Hương Hồ"), com("Hương An")],
["Báo Thừa Thiên Huế điện tử", "Trang chủ >> Chính trị - Xã hội >> Dân vận", "Toàn cảnh hội nghị.", "Điện Huệ Nam",
 "Thực hành tín ngưỡng thờ Mẫu Tam phủ của người Việt", "UNESCO", "Festival Huế 2018"],
["Cập nhật lúc 17:20 ngày 27/03/2018", "năm 2018", "năm 2017", "tháng 3 âm lịch", "Năm trước"]))

PAGES.append(page("b5029-cantho-thoilai-mttq-daihoi-2019", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Tin tức / Mặt trận cơ sở
21.05.2019 | 16:05
Đại hội đại biểu MTTQ Việt Nam thị trấn Thới Lai lần thứ X, nhiệm kỳ 2019 - 2024
Ngày 20/5/2019, Ủy ban MTTQ Việt Nam thị trấn Thới Lai (huyện Thới Lai, thành phố Cần Thơ) long trọng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2019 - 2024. Dự đại hội có 118 đại biểu chính thức đại diện cho hơn 6.400 hộ dân, trong đó có 19 đại biểu là chức sắc, chức việc Phật giáo Hòa Hảo, Cao Đài và người hoạt động tín ngưỡng dân gian ở các đình, miếu Bà.
Đoàn Chủ tịch điều hành đại hội.
Dự và chỉ đạo đại hội có đồng chí Trương Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; các đồng chí HUV: Lâm Quốc Thái, Bí thư Đảng ủy thị trấn; Nguyễn Văn Tiền, Trưởng Ban Dân vận Huyện ủy Thới Lai.
Báo cáo nhiệm kỳ 2014 - 2019 cho thấy, Ủy ban MTTQ thị trấn đã phối hợp Ban Đại diện Phật giáo Hòa Hảo vận động nhân dân hiến 5.600 m2 đất, đóng góp khoảng 7,8 tỷ đồng xây dựng 11 cây cầu và 9,5 km đường; Quỹ "Vì người nghèo" vận động được 1,26 tỷ đồng, hỗ trợ xây 42 căn nhà đại đoàn kết. Toàn thị trấn có 96,3% hộ đạt gia đình văn hóa; 7/7 ấp giữ vững danh hiệu ấp văn hóa. Các ban thanh tra nhân dân, giám sát đầu tư của cộng đồng đã thực hiện 28 cuộc giám sát.
Ông Nguyễn Văn Lẹ, Phó Trưởng Ban Đại diện Phật giáo Hòa Hảo huyện Thới Lai, tham luận về mô hình "Bếp cơm từ thiện" phục vụ trên 30.000 suất cơm mỗi năm. Ông Trần Văn Sang, Chánh trị sự Thánh thất Cao Đài Thới Lai, và bà Võ Thị Đẹp, Trưởng ban quý tế Đình Thới Lai, tham luận về giữ gìn an ninh trật tự trong lễ Kỳ Yên.
Đại hội hiệp thương cử 39 vị vào Ủy ban MTTQ Việt Nam thị trấn khóa X. Tại phiên họp thứ nhất, ông Huỳnh Văn Nhỏ được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Thới Lai khóa X; bà Lê Thị Kim Hoàng, ông Ngô Văn Út - Phó Chủ tịch Ủy ban MTTQ Việt Nam thị trấn. Đại hội bầu 5 đại biểu đi dự Đại hội đại biểu MTTQ huyện.
Đại hội thống nhất chương trình hành động nhiệm kỳ mới, với các chỉ tiêu: mỗi năm vận động Quỹ "Vì người nghèo" đạt 250 triệu đồng trở lên; trên 97% hộ đạt gia đình văn hóa. Đại hội cũng quán triệt Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về đại hội MTTQ các cấp và Kế hoạch số 34-KH/HU của Ban Thường vụ Huyện ủy Thới Lai về chỉ đạo đại hội MTTQ cấp cơ sở.
Hồng Nhung
Tin khác
- Đại hội MTTQ xã Trường Xuân lần thứ X (17/05/2019)
- Thới Lai trao 20 căn nhà đại đoàn kết (02/05/2019)
- Lễ Kỳ Yên đình Thới Lai năm 2019 (10/04/2019)
- Ban Đại diện PGHH huyện Thới Lai tặng 300 phần quà (25/03/2019)
- Hội nghị hiệp thương lần thứ nhất chuẩn bị đại hội (08/03/2019)
""", "2019-05-21", "Đại hội đại biểu MTTQ Việt Nam thị trấn Thới Lai lần thứ X, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-05-20"),
[P("Trương Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Quốc Thái", "HUV", "Bí thư Đảng ủy thị trấn"),
 P("Nguyễn Văn Tiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Thới Lai"),
 P("Nguyễn Văn Lẹ", "Phó Trưởng Ban Đại diện Phật giáo Hòa Hảo huyện Thới Lai"),
 P("Trần Văn Sang", "Chánh trị sự Thánh thất Cao Đài Thới Lai"),
 P("Võ Thị Đẹp", "Trưởng ban quý tế Đình Thới Lai"),
 P("Huỳnh Văn Nhỏ", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Thới Lai khóa X"),
 P("Lê Thị Kim Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị trấn"),
 P("Ngô Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị trấn")],
[Q("118 đại biểu chính thức", 118, "đại biểu chính thức"), Q("hơn 6.400 hộ dân", 6400, "hộ dân", "over"),
 Q("19 đại biểu", 19, "đại biểu"), Q("5.600 m2", 5600, "m2"), Q("khoảng 7,8 tỷ đồng", 7800000000, "đồng", "approx"),
 Q("11 cây cầu", 11, "cây cầu"), Q("9,5 km", 9.5, "km"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("42 căn nhà đại đoàn kết", 42, "căn nhà đại đoàn kết"), Q("96,3%", 96.3, "%"), Q("7/7 ấp", 7, "ấp"),
 Q("28 cuộc giám sát", 28, "cuộc giám sát"), Q("trên 30.000 suất cơm", 30000, "suất cơm", "over"),
 Q("39 vị", 39, "vị"), Q("5 đại biểu", 5, "đại biểu"), Q("250 triệu đồng trở lên", 250000000, "đồng", "over"),
 Q("trên 97%", 97, "%", "over")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "34", "KH/HU", None, "Ban Thường vụ Huyện ủy Thới Lai", "Kế hoạch số 34-KH/HU")],
[prov("Cần Thơ"), com("Thới Lai")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Tin tức / Mặt trận cơ sở", "Đoàn Chủ tịch điều hành đại hội.",
 "Vì người nghèo", "Bếp cơm từ thiện", "Kỳ Yên", "Ban Đại diện Phật giáo Hòa Hảo"],
["21.05.2019 | 16:05", "lần thứ X", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "khóa X", "phiên họp thứ nhất"]))

PAGES.append(page("b5030-phutho-bdv-tinnguong-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Công tác tôn giáo, tín ngưỡng
Thứ Tư, 16/12/2020
Kết quả công tác vận động quần chúng trong hoạt động tín ngưỡng năm 2020
Ngày 15/12/2020, Ban Dân vận Tỉnh ủy Phú Thọ ban hành báo cáo kết quả công tác vận động quần chúng trong hoạt động tín ngưỡng, lễ hội năm 2020. Báo cáo do đồng chí Hoàng Công Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký, gửi Ban Dân vận Trung ương và Ban Thường vụ Tỉnh ủy.
Ảnh minh họa: Nghi lễ dâng hương tại Đền Hùng.
Theo báo cáo, toàn tỉnh có 1.372 di tích, trong đó có 326 đình, 214 đền, 198 miếu gắn với tín ngưỡng thờ cúng Hùng Vương; có 34 phường Xoan, Ghẹo được công nhận và 109 nghệ nhân được phong tặng danh hiệu. Do dịch Covid-19, năm 2020 tỉnh đã tạm dừng 312 lễ hội, Giỗ Tổ Hùng Vương chỉ tổ chức phần lễ theo Công văn số 1185/UBND-KGVX của UBND tỉnh; lượng khách về Đền Hùng giảm khoảng 70%.
Các cấp ủy đã thực hiện Kết luận số 52-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng nếp sống văn minh trong lễ hội và Kế hoạch số 128-KH/BDVTU ngày 6/2/2020 của Ban Dân vận Tỉnh ủy. Khối dân vận đã vận động 2.860 thủ từ, ban quý tế ký cam kết không tổ chức tụ tập đông người; trên 90% khu dân cư đưa nội dung thực hành tín ngưỡng văn minh vào hương ước, quy ước. Tiền công đức năm 2020 đạt khoảng 14,7 tỷ đồng, giảm 42% so với năm 2019; 100% di tích cấp tỉnh trở lên công khai thu chi.
Báo cáo nêu gương nhiều cá nhân tiêu biểu: nghệ nhân Nguyễn Thị Lịch, Trưởng phường Xoan An Thái; ông Đinh Văn Toản, thủ từ đình Hùng Lô, xã Hùng Lô; ông Hà Văn Sấm, người có uy tín xóm Mường Vàng, xã Văn Miếu - người dân tộc Mường đã vận động bà con bỏ tục cúng tế rườm rà trong tang lễ.
Về hạn chế, báo cáo chỉ ra vẫn còn 9 vụ việc lợi dụng tín ngưỡng để hành nghề mê tín dị đoan, 5 cơ sở thờ tự tự ý xây dựng, mở rộng khi chưa được phép; việc xử lý có lúc chưa kịp thời.
Năm 2021, Ban Dân vận Tỉnh ủy đề ra 6 nhóm giải pháp, trong đó tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 19, 20-CT/TU về bảo tồn và phát huy giá trị di sản "Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ" và về công tác vận động nhân dân trong quản lý di tích; phối hợp Ủy ban MTTQ tỉnh giám sát việc sử dụng tiền công đức theo Thông tư số 61/2018/TT-BTC của Bộ Tài chính. Đồng chí Cao Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy được giao theo dõi, đôn đốc.
Thu Hà
Tin liên quan
- Gặp mặt người có uy tín trong đồng bào dân tộc Mường (27/11/2020)
- Lâm Thao ra mắt 3 mô hình "Dân vận khéo" (05/11/2020)
- Hội nghị giao ban khối dân vận quý III (09/10/2020)
""", "2020-12-16", "Kết quả công tác vận động quần chúng trong hoạt động tín ngưỡng năm 2020",
E("bao_cao", "2020", "2020-12-15"),
[P("Hoàng Công Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lịch", "nghệ nhân", "Trưởng phường Xoan An Thái"),
 P("Đinh Văn Toản", "thủ từ đình Hùng Lô"),
 P("Hà Văn Sấm", "người có uy tín xóm Mường Vàng"),
 P("Cao Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.372 di tích", 1372, "di tích"), Q("326 đình", 326, "đình"), Q("214 đền", 214, "đền"), Q("198 miếu", 198, "miếu"),
 Q("34 phường Xoan, Ghẹo", 34, "phường Xoan, Ghẹo"), Q("109 nghệ nhân", 109, "nghệ nhân"), Q("312 lễ hội", 312, "lễ hội"),
 Q("khoảng 70%", 70, "%", "approx"), Q("2.860 thủ từ, ban quý tế", 2860, "thủ từ, ban quý tế"),
 Q("trên 90%", 90, "%", "over"), Q("khoảng 14,7 tỷ đồng", 14700000000, "đồng", "approx"), Q("42%", 42, "%"),
 Q("100%", 100, "%"), Q("9 vụ việc lợi dụng tín ngưỡng để hành nghề mê tín dị đoan", 9, "vụ việc lợi dụng tín ngưỡng để hành nghề mê tín dị đoan"),
 Q("5 cơ sở thờ tự", 5, "cơ sở thờ tự"), Q("6 nhóm giải pháp", 6, "nhóm giải pháp")],
[D("Công văn", "1185", "UBND-KGVX", None, "UBND tỉnh", "Công văn số 1185/UBND-KGVX"),
 D("Kết luận", "52", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 52-KL/TU"),
 D("Kế hoạch", "128", "KH/BDVTU", "2020-02-06", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 128-KH/BDVTU ngày 6/2/2020"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Thông tư", "61", "2018/TT-BTC", None, "Bộ Tài chính", "Thông tư số 61/2018/TT-BTC")],
[prov("Phú Thọ"), com("Hùng Lô"), com("Văn Miếu")],
["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ | Tin tức - Sự kiện | Công tác tôn giáo, tín ngưỡng",
 "Ảnh minh họa: Nghi lễ dâng hương tại Đền Hùng.", "Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ", "Giỗ Tổ Hùng Vương", "Covid-19"],
["Thứ Tư, 16/12/2020", "năm 2020", "năm 2019", "Năm 2021", "Covid-19"]))

PAGES.append(page("b5031-kiengiang-giongrieng-hdv-tongket-2021", """
Huyện ủy Giồng Riềng - Cổng thông tin điện tử
Trang chủ › Dân vận › Tin hoạt động
30 tháng 12, 2021 | 17:45
Hôm nay: Thứ Sáu, 31/12/2021
Chức sắc, tín đồ Cao Đài, Hòa Hảo chung tay phòng, chống dịch
Ảnh: Đồng chí Danh Út phát biểu tại hội nghị.
Ngày 29/12, Ban Dân vận Huyện ủy Giồng Riềng (Kiên Giang) tổ chức hội nghị tổng kết công tác dân vận năm 2021, trong đó đánh giá công tác vận động đồng bào các tôn giáo, triển khai nhiệm vụ năm 2022. Đồng chí Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, chức sắc, tín đồ Phật giáo Hòa Hảo, Cao Đài trên địa bàn đã tích cực thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, tạm dừng sinh hoạt tập trung tại 47 cơ sở thờ tự. Các ban trị sự, họ đạo đã vận động trên 3,2 tỷ đồng, 186 tấn gạo, rau củ hỗ trợ người dân khó khăn; 12 bếp ăn từ thiện phục vụ khoảng 95.000 suất ăn cho khu cách ly. Huyện có 57 tổ Covid cộng đồng có chức sắc, tín đồ tham gia.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 61-KH/HU về vận động đồng bào tôn giáo tham gia phòng, chống dịch và sơ kết 5 năm thực hiện Kết luận 07, 08-KL/HU về công tác dân vận đối với các tôn giáo. Trong năm, khối dân vận tiếp nhận 41 đơn thư, phối hợp giải quyết 38 đơn.
Tại hội nghị, ông Lê Văn Quang, Trưởng Ban Đại diện Phật giáo Hòa Hảo huyện Giồng Riềng, chia sẻ kinh nghiệm vận động 96% tín đồ đủ điều kiện tiêm vắc-xin mũi 2. Ông Phan Văn Ngoan, Đầu họ đạo Cao Đài Ngọc Hòa, đề nghị sớm cho phép các họ đạo sinh hoạt trở lại với quy mô dưới 20 người. Bà Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ xã Ngọc Chúc, và ông Danh Hiền, Bí thư Đảng ủy xã Thạnh Hưng, báo cáo về mô hình "Tín đồ tôn giáo chung tay chống dịch".
Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Nguyễn Thanh Nhàn, Lâm Thị Phol lần lượt báo cáo kết quả thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và phong trào thi đua "Dân vận khéo" với 36 mô hình đăng ký.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Lượng, Phó Bí thư Thường trực Huyện ủy, yêu cầu năm 2022 tiếp tục thực hiện Nghị quyết số 128/NQ-CP của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19; hướng dẫn các cơ sở tôn giáo tổ chức lễ Tết Nhâm Dần an toàn. Dịp này, 8 tập thể và 15 cá nhân được tặng giấy khen.
Quốc Khánh
Lượt xem: 428
Tin liên quan
- Giồng Riềng tặng 500 phần quà cho người dân khó khăn do dịch (15/10/2021)
- Ban Đại diện PGHH huyện tặng 20 tấn gạo (02/09/2021)
- Sơ kết công tác dân vận 6 tháng đầu năm 2021 (14/07/2021)
""", "2021-12-30", "Chức sắc, tín đồ Cao Đài, Hòa Hảo chung tay phòng, chống dịch",
E("tong_ket", "2021", "2021-12-29"),
[P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Văn Quang", "Trưởng Ban Đại diện Phật giáo Hòa Hảo huyện Giồng Riềng"),
 P("Phan Văn Ngoan", "Đầu họ đạo Cao Đài Ngọc Hòa"),
 P("Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ xã Ngọc Chúc"),
 P("Danh Hiền", "Bí thư Đảng ủy xã Thạnh Hưng"),
 P("Nguyễn Thanh Nhàn", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Thị Phol", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Lượng", "Phó Bí thư Thường trực Huyện ủy")],
[Q("47 cơ sở thờ tự", 47, "cơ sở thờ tự"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("186 tấn", 186, "tấn"),
 Q("12 bếp ăn từ thiện", 12, "bếp ăn từ thiện"), Q("khoảng 95.000 suất ăn", 95000, "suất ăn", "approx"),
 Q("57 tổ Covid cộng đồng", 57, "tổ Covid cộng đồng"), Q("41 đơn thư", 41, "đơn thư"), Q("38 đơn", 38, "đơn"),
 Q("96%", 96, "%"), Q("dưới 20 người", 20, "người"), Q("36 mô hình", 36, "mô hình"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kế hoạch", "61", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 61-KH/HU"),
 D("Kết luận", "07", "KL/HU", None, None, "Kết luận 07, 08-KL/HU"),
 D("Kết luận", "08", "KL/HU", None, None, "Kết luận 07, 08-KL/HU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Nghị quyết", "128", "NQ-CP", None, "Chính phủ", "Nghị quyết số 128/NQ-CP")],
[prov("Kiên Giang"), com("Ngọc Chúc"), com("Thạnh Hưng")],
["Huyện ủy Giồng Riềng - Cổng thông tin điện tử", "Trang chủ › Dân vận › Tin hoạt động", "Hôm nay: Thứ Sáu, 31/12/2021",
 "Ảnh: Đồng chí Danh Út phát biểu tại hội nghị.", "Tín đồ tôn giáo chung tay chống dịch", "Dân vận khéo", "Lượt xem: 428", "Covid-19"],
["30 tháng 12, 2021 | 17:45", "năm 2021", "năm 2022", "5 năm", "mũi 2", "Covid-19", "Tết Nhâm Dần", "Lượt xem: 428"]))

PAGES.append(page("b5032-gialai-bdv-tinnguong-taphuan-2022", """
Báo Gia Lai điện tử
Chính trị / Dân vận - Tôn giáo
2022-08-19 16:40
Vị trí: Trang chủ / Chính trị
Bồi dưỡng kiến thức về tín ngưỡng truyền thống và tôn giáo cho cán bộ cơ sở
(GLO) - Ngày 18/8, Ban Dân vận Tỉnh ủy Gia Lai khai mạc lớp tập huấn nghiệp vụ công tác dân tộc, tôn giáo năm 2022 cho 145 học viên là cán bộ dân vận, Mặt trận, công an xã và người có uy tín ở các huyện phía Tây của tỉnh. Đồng chí Rơ Châm H'Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Học viên tham dự lớp tập huấn. Ảnh: Minh Thư
Trong 3 ngày, học viên được các báo cáo viên truyền đạt chuyên đề về tín ngưỡng truyền thống của đồng bào Jrai, Bahnar như lễ bỏ mả, lễ cúng Yang, mừng lúa mới; về đạo Cao Đài, Phật giáo và các hiện tượng tôn giáo mới như "Hà Mòn", "Tin lành Đấng Christ". Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ksor Nhao, Trần Văn Mười trực tiếp giảng dạy; Thượng tá Nguyễn Đức Hòa, Phó Trưởng phòng An ninh nội địa Công an tỉnh, thông tin tình hình an ninh tôn giáo.
Theo báo cáo, Gia Lai có 6 tôn giáo với trên 500.000 tín đồ; đạo Cao Đài có 4 thánh thất và khoảng 3.900 tín đồ, chủ yếu ở thị xã An Khê và huyện Đak Pơ. Toàn tỉnh có 1.623 người có uy tín; năm 2021, những người có uy tín đã vận động 54 hộ từ bỏ "Hà Mòn", hòa giải thành 212 vụ việc mâu thuẫn trong buôn làng.
Học viên được quán triệt Luật Tín ngưỡng, tôn giáo, Nghị định số 162/2017/NĐ-CP, Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số theo tôn giáo và tín ngưỡng truyền thống.
Tại lớp học, già làng Siu Ngơr, người có uy tín làng Plei Ring, xã Ia Pếch, chia sẻ cách vận động bà con tổ chức lễ bỏ mả tiết kiệm, giảm số trâu, bò hiến tế từ 8 con xuống còn 1 con. Bà Đinh Thị Blưnh, Phó Chủ tịch Ủy ban MTTQ xã Kông Bơ La, kiến nghị tăng mức hỗ trợ người có uy tín lên 700.000 đồng/quý.
Bế mạc lớp học chiều 20/8, 100% học viên hoàn thành bài thu hoạch, 23 học viên đạt loại giỏi. Nhiều học viên đề nghị tổ chức thêm lớp ở các huyện phía Đông, tăng thời lượng thảo luận tình huống. Ban Dân vận Tỉnh ủy đề nghị các địa phương thực hiện tốt Hướng dẫn số 14-HD/BDVTU ngày 2/6/2022 về củng cố tổ dân vận ở làng đồng bào dân tộc thiểu số.
Hoàng Ngọc
Tin liên quan
- Gặp mặt người có uy tín tiêu biểu năm 2022 (29/07/2022)
- Mang Yang: đối thoại với người dân về đất đai (12/07/2022)
- Ia Grai phục dựng lễ mừng lúa mới (20/06/2022)
- An Khê: gặp mặt chức sắc, chức việc Cao Đài nhân lễ Vía Đức Chí Tôn (05/02/2022)
- Tập huấn kỹ năng hòa giải ở cơ sở cho tổ trưởng tổ hòa giải làng (18/01/2022)
""", "2022-08-19", "Bồi dưỡng kiến thức về tín ngưỡng truyền thống và tôn giáo cho cán bộ cơ sở",
E("tap_huan", "2022", "2022-08-18"),
[P("Rơ Châm H'Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nhao", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Mười", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Hòa", "Thượng tá", "Phó Trưởng phòng An ninh nội địa Công an tỉnh"),
 P("Siu Ngơr", "già làng", "người có uy tín làng Plei Ring"),
 P("Đinh Thị Blưnh", "Phó Chủ tịch Ủy ban MTTQ xã Kông Bơ La")],
[Q("145 học viên", 145, "học viên"), Q("6 tôn giáo", 6, "tôn giáo"), Q("trên 500.000 tín đồ", 500000, "tín đồ", "over"),
 Q("4 thánh thất", 4, "thánh thất"), Q("khoảng 3.900 tín đồ", 3900, "tín đồ", "approx"),
 Q("1.623 người có uy tín", 1623, "người có uy tín"), Q("54 hộ", 54, "hộ"),
 Q("212 vụ việc mâu thuẫn", 212, "vụ việc mâu thuẫn"), Q("8 con", 8, "con"), Q("1 con", 1, "con"),
 Q("700.000 đồng", 700000, "đồng"), Q("100%", 100, "%"), Q("23 học viên", 23, "học viên")],
[D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định số 162/2017/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", "2022-06-02", None, "Hướng dẫn số 14-HD/BDVTU ngày 2/6/2022")],
[prov("Gia Lai"), com("Ia Pếch"), com("Kông Bơ La")],
["Báo Gia Lai điện tử", "Chính trị / Dân vận - Tôn giáo", "Vị trí: Trang chủ / Chính trị", "(GLO)",
 "Học viên tham dự lớp tập huấn. Ảnh: Minh Thư", "Hà Mòn", "Tin lành Đấng Christ", "Luật Tín ngưỡng, tôn giáo", "Yang"],
["2022-08-19 16:40", "3 ngày", "năm 2022", "năm 2021"]))
