from lib import *
PAGES = []

PAGES.append(page("b3011-laocai-giaoban-q3-2017", """
MTTQ tỉnh Lào Cai - Cổng thông tin điện tử
Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở
Ngày đăng 05/10/2017 | 15:30
Toàn cảnh buổi giao ban.
Bắc Hà: 9 tháng, nhân dân hiến gần 5 ha đất xây dựng nông thôn mới
Ngày 3/10, Ủy ban MTTQ huyện Bắc Hà tổ chức giao ban công tác Mặt trận quý III năm 2017 với Mặt trận 21 xã, thị trấn. Ông Sùng A Páo, Huyện ủy viên, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Báo cáo tại giao ban cho thấy, trong quý III, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục có chuyển biến. Tính chung 9 tháng, nhân dân trong huyện đã hiến gần 5 ha đất, góp 26.000 ngày công, tự tháo dỡ 1.250 m tường rào để mở rộng đường liên thôn; 7 thôn đã ra mắt mô hình "Thôn không có người nghiện ma túy". Riêng quý III, Mặt trận các xã vận động làm mới 14 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 40 triệu đồng.
Tại xã Bản Phố, người Mông ở thôn Sín Chải đã góp 320 triệu đồng và hiến 6.000 m2 đất làm đường nội đồng. Ông Giàng Seo Phử, Trưởng ban Công tác Mặt trận thôn Sín Chải, cho biết: "Cán bộ đến từng nhà nói cho bà con hiểu, làm đường thì ngựa, xe máy chở hàng ra chợ được, bà con thấy lợi thì tự góp".
Bà Lù Thị Mai, người dân tộc Nùng, vừa được tín nhiệm giữ chức Phó Chủ tịch Ủy ban MTTQ xã Tà Chải, báo cáo xã đã vận động 43 hộ đăng ký thoát nghèo năm 2017. Đồng chí Vàng Văn Thào, Trưởng ban Công tác Mặt trận thôn Na Kim, nêu khó khăn trong vận động dân bỏ tục mổ trâu trong đám ma.
Kết luận giao ban, ông Sùng A Páo yêu cầu quý IV tập trung thực hiện Kế hoạch số 46-KH/HU của Huyện ủy về xây dựng nông thôn mới năm 2017; thực hiện Hướng dẫn số 19/HD-MTTQ-BTT ngày 20/4/2017 của Ban Thường trực Ủy ban MTTQ tỉnh về đánh giá kết quả cuộc vận động ở khu dân cư; chuẩn bị tổ chức Ngày hội Đại đoàn kết ở 100% thôn, tổ dân phố; phối hợp các đoàn thể vận động nhân dân không nghe theo kẻ xấu tuyên truyền thành lập "Vương quốc Mông".
Một số ý kiến tại giao ban cho rằng, việc tổ chức sinh hoạt của Ban Công tác Mặt trận ở nhiều thôn vùng cao còn khó khăn vì cán bộ kiêm nhiệm nhiều việc, trình độ hạn chế, bà con đi làm nương xa nhà dài ngày.
Ông cũng đề nghị Mặt trận xã chủ động giám sát việc thi công 6 công trình đường giao thông do dân đóng góp, kiên quyết không để xảy ra tình trạng công trình kém chất lượng; kịp thời nắm bắt, phản ánh tâm tư của bà con với cấp ủy, chính quyền.
Giàng Thị Dung
Lượt xem: 645
Tin cùng chuyên mục
- Si Ma Cai: Ngày hội Đại đoàn kết ở thôn Sín Chéng (18/09/2017)
- Bảo Thắng trao 25 nhà Đại đoàn kết cho hộ nghèo (11/09/2017)
- Mường Khương: vận động nhân dân hiến đất làm trường học (01/09/2017)
- Văn Bàn ra mắt mô hình khu dân cư tự quản về an ninh trật tự (25/08/2017)
- Bát Xát: Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (17/08/2017)
- Sa Pa vận động đồng bào giữ gìn cảnh quan du lịch (09/08/2017)
""", "2017-10-05", "Bắc Hà: 9 tháng, nhân dân hiến gần 5 ha đất xây dựng nông thôn mới",
E("giao_ban", "2017-Q3", "2017-10-03"),
[P("Sùng A Páo", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Giàng Seo Phử", "Trưởng ban Công tác Mặt trận thôn Sín Chải"),
 P("Lù Thị Mai", "Phó Chủ tịch Ủy ban MTTQ xã Tà Chải"),
 P("Vàng Văn Thào", "Trưởng ban Công tác Mặt trận thôn Na Kim")],
[Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("gần 5 ha", 5, "ha", "approx"), Q("26.000 ngày công", 26000, "ngày công"),
 Q("1.250 m tường rào", 1250, "m"), Q("7 thôn", 7, "thôn"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("320 triệu đồng", 320000000, "đồng"), Q("6.000 m2", 6000, "m2"),
 Q("43 hộ", 43, "hộ"), Q("100% thôn, tổ dân phố", 100, "%"), Q("6 công trình đường giao thông", 6, "công trình đường giao thông")],
[D("Kế hoạch", "46", "KH/HU", None, "Huyện ủy", "Kế hoạch số 46-KH/HU"),
 D("Hướng dẫn", "19", "HD-MTTQ-BTT", "2017-04-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 19/HD-MTTQ-BTT ngày 20/4/2017")],
[prov("Lào Cai"), com("Bản Phố"), com("Tà Chải")],
["MTTQ tỉnh Lào Cai - Cổng thông tin điện tử", "Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở", "Toàn cảnh buổi giao ban.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Thôn không có người nghiện ma túy", "Vương quốc Mông", "Lượt xem: 645"],
["Ngày đăng 05/10/2017 | 15:30", "quý III năm 2017", "9 tháng", "năm 2017", "quý IV", "Lượt xem: 645"]))

PAGES.append(page("b3012-hue-ngayhoi-phuong-2018", """
BÁO THỪA THIÊN HUẾ ONLINE
Trang chủ » Chính trị - Xã hội » Mặt trận
15/11/2018 - 16:05
Hôm nay: Thứ Năm, 15/11/2018
Đồng chí Nguyễn Hữu Dũng trao quà cho các hộ khó khăn tại ngày hội.
Phường Thủy Biều: Ngày hội Đại đoàn kết gắn với xây dựng đô thị văn minh
Chiều 13/11, tại tổ dân phố 5, phường Thủy Biều (TP Huế), Ban Công tác Mặt trận tổ dân phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018. Đến dự và chung vui với bà con có đồng chí Nguyễn Hữu Dũng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Lê Thị Mỹ Hạnh, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo cuộc vận động của tỉnh Thừa Thiên Huế.
Tổ dân phố 5 có 247 hộ với 1.038 nhân khẩu, nhiều hộ sống bằng nghề làm vườn, trồng thanh trà. Năm 2018, bà con đã đóng góp 180 triệu đồng, hiến 1.200 m2 đất để mở rộng 4 kiệt nội bộ, lắp đặt 62 bóng điện chiếu sáng; tổ dân phố duy trì mô hình "Tuyến đường xanh - sạch - đẹp" với 1,2 km hàng rào cây xanh. Tỷ lệ hộ gia đình văn hóa đạt 96%, không có hộ nghèo, còn 3 hộ cận nghèo.
Ông Hồ Văn Đức, Trưởng ban Công tác Mặt trận tổ dân phố 5, cho biết: thực hiện Kế hoạch số 86/KH-UBND ngày 12/4/2018 của UBND tỉnh về xây dựng đô thị văn minh, tổ dân phố đã vận động 100% hộ ký cam kết phân loại rác tại nguồn, không đốt vàng mã ngoài đường.
Phát biểu tại ngày hội, đồng chí Nguyễn Hữu Dũng biểu dương sự đồng thuận của nhân dân phường Thủy Biều; đề nghị Mặt trận phường tiếp tục phát huy vai trò nòng cốt, gắn cuộc vận động với việc thực hiện Chỉ thị số 40-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng "Huế - Kinh đô áo dài", giữ gìn nét văn hóa cố đô trong từng khu dân cư.
Dịp này, đồng chí Nguyễn Hữu Dũng trao tặng tổ dân phố 1 bộ loa, ti vi trị giá 20 triệu đồng; trao 15 suất quà cho hộ cận nghèo, gia đình chính sách. Bà Tôn Nữ Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Thủy Biều, tặng giấy khen cho 9 hộ gia đình tiêu biểu. Đồng chí Lê Thị Mỹ Hạnh trao 2 suất học bổng cho học sinh nghèo vượt khó, mỗi suất 2 triệu đồng.
Nhiều người dân cho biết, ngày hội năm nay vui hơn mọi năm vì kiệt xóm đã sáng đèn, sạch sẽ, bà con trong tổ dân phố gắn bó, giúp nhau lúc khó khăn, hoạn nạn. Các chi hội đoàn thể cũng ký giao ước thi đua giữ gìn trật tự, vệ sinh môi trường trong năm tới.
Sau phần lễ là bữa cơm đoàn kết, các trò chơi dân gian đập ấm, kéo co và hội thi nấu chè Huế giữa các hộ.
Theo Ủy ban MTTQ tỉnh, năm 2018 có 1.510 khu dân cư trong toàn tỉnh tổ chức Ngày hội, đạt 100%.
Thanh Hương
Lượt truy cập: 4.512.309
Tin liên quan
- Phú Vang: Người dân hiến đất làm đường liên thôn (12/11/2018)
- Quảng Điền trao 30 nhà Đại đoàn kết (08/11/2018)
- A Lưới: Ngày hội Đại đoàn kết ở thôn Căn Sâm (05/11/2018)
- Hương Trà: Ra mắt mô hình "Khu dân cư không rác thải nhựa" (30/10/2018)
- Phong Điền tổng kết 10 năm Ngày hội Đại đoàn kết (24/10/2018)
""", "2018-11-15", "Phường Thủy Biều: Ngày hội Đại đoàn kết gắn với xây dựng đô thị văn minh",
E("khac", None, "2018-11-13"),
[P("Nguyễn Hữu Dũng", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lê Thị Mỹ Hạnh", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo cuộc vận động của tỉnh Thừa Thiên Huế"),
 P("Hồ Văn Đức", "Trưởng ban Công tác Mặt trận tổ dân phố 5"),
 P("Tôn Nữ Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thủy Biều")],
[Q("247 hộ", 247, "hộ"), Q("1.038 nhân khẩu", 1038, "nhân khẩu"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("1.200 m2", 1200, "m2"), Q("4 kiệt nội bộ", 4, "kiệt nội bộ"), Q("62 bóng điện chiếu sáng", 62, "bóng điện chiếu sáng"),
 Q("1,2 km", 1.2, "km"), Q("96%", 96, "%"), Q("3 hộ cận nghèo", 3, "hộ cận nghèo"), Q("100% hộ", 100, "%"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("15 suất quà", 15, "suất quà"), Q("9 hộ gia đình tiêu biểu", 9, "hộ gia đình tiêu biểu"),
 Q("2 suất học bổng", 2, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("1.510 khu dân cư", 1510, "khu dân cư"),
 Q("đạt 100%", 100, "%")],
[D("Kế hoạch", "86", "KH-UBND", "2018-04-12", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 12/4/2018"),
 D("Chỉ thị", "40", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 40-CT/TU")],
[prov("Thừa Thiên Huế"), com("Thủy Biều")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Trang chủ » Chính trị - Xã hội » Mặt trận", "Hôm nay: Thứ Năm, 15/11/2018",
 "Đồng chí Nguyễn Hữu Dũng trao quà cho các hộ khó khăn tại ngày hội.", "Tuyến đường xanh - sạch - đẹp", "Huế - Kinh đô áo dài",
 "Lượt truy cập: 4.512.309"],
["15/11/2018 - 16:05", "năm 2018", "1 bộ loa", "Lượt truy cập: 4.512.309"]))

PAGES.append(page("b3013-gialai-giamsat-ntm-2019", """
Báo Gia Lai điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 12/09/2019
Giám sát thực hiện tiêu chí nông thôn mới tại xã Ia Dêr
Ngày 10/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Rơ Châm H'Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các tiêu chí xây dựng nông thôn mới và việc huy động đóng góp của nhân dân tại xã Ia Dêr (huyện Ia Grai), theo chương trình giám sát năm 2019.
Đoàn giám sát làm việc tại xã Ia Dêr. Ảnh: Hồng Thi
Theo báo cáo của UBND xã, Ia Dêr có 14 thôn, làng với 2.911 hộ, trong đó đồng bào Jrai chiếm 41%. Từ năm 2016 đến nay, xã đã huy động hơn 12,6 tỷ đồng cho xây dựng nông thôn mới, trong đó nhân dân đóng góp khoảng 3,1 tỷ đồng, hiến 4,2 ha đất và hơn 8.000 ngày công. Xã đã đạt 17/19 tiêu chí, còn 2 tiêu chí chưa đạt là thu nhập và hộ nghèo; tỷ lệ hộ nghèo còn 7,3%, chủ yếu là hộ đồng bào dân tộc thiểu số.
Ông Siu Thơm, ông Rơ Mah Bông - Phó Chủ tịch UBND xã Ia Dêr cho biết, việc vận động đóng góp đều được bàn bạc dân chủ tại các làng, công khai trên bảng tin nhà rông. Ở làng Kép, già làng Ksor Blêo đã đi đầu hiến 600 m2 đất rẫy cà phê để mở đường vào khu sản xuất, kéo theo 23 hộ khác cùng hiến đất.
Qua giám sát, đoàn ghi nhận xã đã thực hiện đúng Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ về bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020; các khoản đóng góp của nhân dân trên tinh thần tự nguyện. Tuy nhiên, đoàn cũng chỉ ra việc quyết toán 3 công trình đường bê tông còn chậm; một số làng chưa thành lập ban giám sát đầu tư của cộng đồng theo Nghị định số 84/2015/NĐ-CP của Chính phủ.
Phát biểu kết luận, bà Rơ Châm H'Mai đề nghị UBND xã khắc phục những tồn tại, công khai kết quả quyết toán để nhân dân biết; Ủy ban MTTQ xã phối hợp với các chi hội đoàn thể tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu đạt chuẩn nông thôn mới vào năm 2020. Đoàn sẽ tổng hợp kiến nghị gửi UBND huyện Ia Grai theo Kế hoạch số 15/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Cùng đi giám sát có ông Nguyễn Văn Phúc, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Văn phòng Điều phối nông thôn mới tỉnh. Bà Puih H'Nhiên, Chủ tịch Ủy ban MTTQ xã Ia Dêr, tiếp thu ý kiến của đoàn.
Trong chương trình năm nay, Ủy ban MTTQ tỉnh Gia Lai tiến hành giám sát tại 6 xã thuộc 5 huyện, thị xã.
Hồng Thi
Lượt xem: 1.036
Tin liên quan
- Chư Păh: Nhân dân hiến đất làm đường vào khu sản xuất (06/09/2019)
- Đức Cơ trao 20 căn nhà Đại đoàn kết (28/08/2019)
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (20/08/2019)
- Kbang: Ra mắt mô hình "Làng không có tội phạm" (12/08/2019)
""", "2019-09-12", "Giám sát thực hiện tiêu chí nông thôn mới tại xã Ia Dêr",
E("giam_sat", "2019", "2019-09-10"),
[P("Rơ Châm H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thơm", "Phó Chủ tịch UBND xã Ia Dêr"),
 P("Rơ Mah Bông", "Phó Chủ tịch UBND xã Ia Dêr"),
 P("Ksor Blêo", "già làng"),
 P("Nguyễn Văn Phúc", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Puih H'Nhiên", "Chủ tịch Ủy ban MTTQ xã Ia Dêr")],
[Q("14 thôn, làng", 14, "thôn, làng"), Q("2.911 hộ", 2911, "hộ"), Q("41%", 41, "%"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("khoảng 3,1 tỷ đồng", 3100000000, "đồng", "approx"), Q("4,2 ha", 4.2, "ha"), Q("hơn 8.000 ngày công", 8000, "ngày công", "over"),
 Q("17/19 tiêu chí", 17, "tiêu chí"), Q("2 tiêu chí", 2, "tiêu chí"), Q("7,3%", 7.3, "%"), Q("600 m2", 600, "m2"), Q("23 hộ", 23, "hộ"),
 Q("3 công trình đường bê tông", 3, "công trình đường bê tông"), Q("6 xã", 6, "xã"), Q("5 huyện, thị xã", 5, "huyện, thị xã")],
[D("Quyết định", "1980", "QĐ-TTg", "2016-10-17", "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg ngày 17/10/2016"),
 D("Nghị định", "84", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 84/2015/NĐ-CP"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Dêr")],
["Báo Gia Lai điện tử", "Chính trị > Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Ia Dêr. Ảnh: Hồng Thi",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Văn phòng Điều phối nông thôn mới tỉnh", "Lượt xem: 1.036", "làng Kép"],
["Thứ Năm, 12/09/2019", "năm 2019", "Từ năm 2016", "giai đoạn 2016 - 2020", "năm 2020", "Lượt xem: 1.036"]))

PAGES.append(page("b3014-cantho-tongket-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận
22/12/2020 - 14:00
Ảnh: Đại biểu dự hội nghị.
Năm 2020: Nhân dân Cần Thơ đóng góp hơn 215 tỷ đồng xây dựng nông thôn mới, đô thị văn minh
Ngày 21/12/2020, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, triển khai chương trình phối hợp và thống nhất hành động năm 2021. Bà Trương Thị Hồng Phúc, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng của dịch COVID-19 và hạn mặn, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" vẫn đạt nhiều kết quả. Nhân dân thành phố đã đóng góp hơn 215 tỷ đồng, hiến trên 36 ha đất, xây dựng 97 cây cầu và 186 km đường giao thông nông thôn. Mặt trận các cấp vận động xây dựng, sửa chữa 1.215 căn nhà Đại đoàn kết, tổng trị giá hơn 48 tỷ đồng. Toàn thành phố có 36/36 xã đạt chuẩn nông thôn mới, 10 xã đạt chuẩn nông thôn mới nâng cao.
Mặt trận đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường vai trò của Mặt trận trong xây dựng đô thị văn minh và trong phòng, chống dịch; tổ chức sơ kết Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể.
Tại hội nghị, ông Thạch Sa Phiên, Chủ tịch Ủy ban MTTQ huyện Thới Lai, chia sẻ kinh nghiệm vận động đồng bào Khmer ở xã Trường Xuân hiến đất làm đường; ông Danh Út, Trưởng ban Công tác Mặt trận ấp Trường Thọ, cho biết ấp có 27 hộ hiến đất với tổng diện tích 5.300 m2. Bà Lâm Thị Sa Rinh, Phó Chủ tịch Ủy ban MTTQ quận Ninh Kiều, báo cáo mô hình "Tuyến hẻm văn minh" với 124 tuyến hẻm được chỉnh trang.
Phát biểu chỉ đạo, đồng chí Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố, đề nghị Mặt trận các cấp tập trung tổ chức thành công bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; triển khai Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV; tiếp tục thực hiện Quyết định số 18/2020/QĐ-UBND ngày 15/10/2020 của UBND thành phố về tiêu chí khu dân cư văn minh.
Hội nghị đã trao cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam cho 2 tập thể; Ủy ban MTTQ thành phố tặng bằng khen cho 35 tập thể, 47 cá nhân.
Trong năm, các cấp Mặt trận cũng đã tiếp nhận hơn 92 tỷ đồng và nhiều hàng hóa ủng hộ phòng, chống dịch COVID-19, hỗ trợ người dân vùng hạn mặn.
Thanh Hà
Bài viết liên quan
- Phong Điền: Ngày hội Đại đoàn kết gắn với xây dựng nông thôn mới nâng cao (17/11/2020)
- Vĩnh Thạnh trao 40 căn nhà Đại đoàn kết (09/11/2020)
- Cờ Đỏ tổng kết 5 năm cuộc vận động (30/10/2020)
- Ô Môn ra mắt mô hình "Tuyến hẻm văn minh" (22/10/2020)
""", "2020-12-22", "Năm 2020: Nhân dân Cần Thơ đóng góp hơn 215 tỷ đồng xây dựng nông thôn mới, đô thị văn minh",
E("tong_ket", "2020", "2020-12-21"),
[P("Trương Thị Hồng Phúc", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Sa Phiên", "Chủ tịch Ủy ban MTTQ huyện Thới Lai"),
 P("Danh Út", "Trưởng ban Công tác Mặt trận ấp Trường Thọ"),
 P("Lâm Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ quận Ninh Kiều"),
 P("Phạm Văn Hiểu", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố")],
[Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("trên 36 ha", 36, "ha", "over"), Q("97 cây cầu", 97, "cây cầu"),
 Q("186 km", 186, "km"), Q("1.215 căn nhà Đại đoàn kết", 1215, "căn nhà Đại đoàn kết"), Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("36/36 xã", 36, "xã"), Q("10 xã", 10, "xã"), Q("27 hộ", 27, "hộ"), Q("5.300 m2", 5300, "m2"), Q("124 tuyến hẻm", 124, "tuyến hẻm"),
 Q("2 tập thể", 2, "tập thể"), Q("35 tập thể", 35, "tập thể"), Q("47 cá nhân", 47, "cá nhân"), Q("hơn 92 tỷ đồng", 92000000000, "đồng", "over")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Quyết định", "18", "2020/QĐ-UBND", "2020-10-15", "UBND thành phố", "Quyết định số 18/2020/QĐ-UBND ngày 15/10/2020")],
[prov("Cần Thơ"), com("Trường Xuân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận", "Ảnh: Đại biểu dự hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tuyến hẻm văn minh", "COVID-19"],
["22/12/2020 - 14:00", "năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "lần thứ XIV", "COVID-19"]))

PAGES.append(page("b3015-bacgiang-taphuan-2021", """
Ủy ban MTTQ Việt Nam tỉnh Bắc Giang
Vị trí: Trang chủ - Tin hoạt động - Tập huấn, bồi dưỡng
Thứ Tư, 19/5/2021 | 09:00
Tập huấn nghiệp vụ cho 420 Trưởng ban Công tác Mặt trận khu dân cư
Trong hai ngày 17 và 18/5/2021, Ủy ban MTTQ Việt Nam tỉnh Bắc Giang tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2021 cho 420 Trưởng ban Công tác Mặt trận thôn, bản, tổ dân phố của các huyện Lục Ngạn, Sơn Động, Lục Nam. Ông Hoàng Văn Khải, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Các học viên tại lớp tập huấn.
Lớp tập huấn được tổ chức theo Kế hoạch số 24/KH-MTTQ-BTT ngày 05/3/2021 của Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Chương trình hành động số 17-CTr/TU của Tỉnh ủy về xây dựng nông thôn mới giai đoạn 2021 - 2025. Do ảnh hưởng của dịch COVID-19, lớp học được chia thành 4 điểm, mỗi điểm khoảng 110 học viên, bảo đảm giãn cách và khai báo y tế.
Các học viên được ThS. Nguyễn Thị Thu Trang, Phó Trưởng khoa Dân vận Trường Chính trị tỉnh, truyền đạt chuyên đề về phương pháp vận động nhân dân tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; bà Lỷ Thị Hà, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, hướng dẫn quy trình bình xét khu dân cư văn hóa, khu dân cư kiểu mẫu và tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Ông Hoàng Văn Khải cho biết, năm 2020 toàn tỉnh có 1.956 khu dân cư, trong đó 88,6% đạt danh hiệu văn hóa; nhân dân hiến gần 52 ha đất, đóng góp hơn 127 tỷ đồng xây dựng hạ tầng nông thôn. Tuy vậy, nhiều Trưởng ban Công tác Mặt trận mới được bầu, chưa có kinh nghiệm; ở vùng đồng bào Tày, Nùng, Sán Dìu, một số nơi còn lúng túng khi vận động bà con hiến đất.
Tại lớp học, ông Lục Văn Toàn, Trưởng ban Công tác Mặt trận thôn Nà Hem, xã An Lạc (Sơn Động) chia sẻ: thôn đã vận động được 31 hộ hiến tổng cộng 4.700 m2 đất làm đường trục thôn, nhờ cán bộ "đi từng ngõ, gõ từng nhà". Bà Chu Thị Thoa, Trưởng ban Công tác Mặt trận tổ dân phố Thanh Hưng, thị trấn Chũ, nêu kinh nghiệm vận động người dân thực hiện tuyến phố văn minh.
Kết thúc lớp học, 100% học viên làm bài thu hoạch; Ban tổ chức cấp giấy chứng nhận và tặng mỗi học viên 1 bộ tài liệu nghiệp vụ. Đồng chí Hoàng Văn Khải đề nghị các học viên vận dụng kiến thức vào thực tiễn, đặc biệt trong chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026 ngày 23/5/2021.
Theo kế hoạch, trong tháng 6, Ủy ban MTTQ tỉnh tiếp tục mở 3 lớp cho các huyện còn lại với khoảng 650 học viên.
Hà Linh
Lượt truy cập: 318.224
Các tin đã đưa
- Yên Thế: Ngày hội Đại đoàn kết toàn dân tộc điểm (16/11/2020)
- Lạng Giang trao 25 nhà Đại đoàn kết (10/11/2020)
- Tân Yên: Nhân dân hiến 6 ha đất làm đường (02/11/2020)
""", "2021-05-19", "Tập huấn nghiệp vụ cho 420 Trưởng ban Công tác Mặt trận khu dân cư",
E("tap_huan", "2021", "2021-05-17"),
[P("Hoàng Văn Khải", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Trang", "ThS.", "Phó Trưởng khoa Dân vận Trường Chính trị tỉnh"),
 P("Lỷ Thị Hà", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Lục Văn Toàn", "Trưởng ban Công tác Mặt trận thôn Nà Hem"),
 P("Chu Thị Thoa", "Trưởng ban Công tác Mặt trận tổ dân phố Thanh Hưng")],
[Q("420 Trưởng ban Công tác Mặt trận", 420, "Trưởng ban Công tác Mặt trận"), Q("4 điểm", 4, "điểm"),
 Q("khoảng 110 học viên", 110, "học viên", "approx"), Q("1.956 khu dân cư", 1956, "khu dân cư"), Q("88,6%", 88.6, "%"),
 Q("gần 52 ha", 52, "ha", "approx"), Q("hơn 127 tỷ đồng", 127000000000, "đồng", "over"), Q("31 hộ", 31, "hộ"),
 Q("4.700 m2", 4700, "m2"), Q("100% học viên", 100, "%"), Q("3 lớp", 3, "lớp"), Q("khoảng 650 học viên", 650, "học viên", "approx")],
[D("Kế hoạch", "24", "KH-MTTQ-BTT", "2021-03-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 24/KH-MTTQ-BTT ngày 05/3/2021"),
 D("Chương trình hành động", "17", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU")],
[prov("Bắc Giang"), com("An Lạc"), com("Chũ")],
["Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "Vị trí: Trang chủ - Tin hoạt động - Tập huấn, bồi dưỡng", "Các học viên tại lớp tập huấn.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "đi từng ngõ, gõ từng nhà", "Trường Chính trị tỉnh", "Lượt truy cập: 318.224"],
["Thứ Tư, 19/5/2021 | 09:00", "hai ngày", "năm 2021", "giai đoạn 2021 - 2025", "1 bộ tài liệu", "khóa XV", "nhiệm kỳ 2021 - 2026", "tháng 6", "Lượt truy cập: 318.224"]))

PAGES.append(page("b3016-daklak-traoqua-buon-2022", """
Báo Đắk Lắk điện tử
Xã hội | Chính sách - An sinh
Cập nhật: 09:42, 24/01/2022 (GMT+7)
Ảnh: Trao nhà Đại đoàn kết cho gia đình bà H'Nguăn Mlô.
Trao nhà Đại đoàn kết và 300 suất quà Tết cho đồng bào buôn Ea Bông
Ngày 22/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Công ty Cổ phần Cà phê Thắng Lợi tổ chức trao nhà Đại đoàn kết và tặng quà Tết Nhâm Dần 2022 cho đồng bào Êđê ở buôn Ea Bông, xã Ea Tiêu (huyện Cư Kuin). Đoàn công tác gồm 14 đồng chí do bà H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu.
Tại buổi lễ, đoàn đã bàn giao 2 căn nhà Đại đoàn kết cho gia đình bà H'Nguăn Mlô và ông Y Blơ Byă, mỗi căn trị giá 60 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, phần còn lại do bà con trong buôn góp công, góp vật liệu. Đồng thời trao 300 suất quà, mỗi suất gồm 20 kg gạo, dầu ăn, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá khoảng 150 triệu đồng.
Ông Y Ngông Niê Kdăm, Trưởng buôn Ea Bông, cho biết buôn có 214 hộ, còn 37 hộ nghèo. Năm 2021, thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", bà con đã hiến 2.500 m2 đất, góp 540 ngày công làm 1,5 km đường bê tông vào khu rẫy; buôn được công nhận buôn văn hóa. Già làng Y Khu Mlô (Ama Hương) là người đầu tiên hiến 700 m2 đất trồng cà phê.
Phát biểu tại buổi lễ, bà H'Yim Kđoh ghi nhận nỗ lực của bà con trong giảm nghèo, giữ gìn bản sắc văn hóa; đề nghị chính quyền xã Ea Tiêu tiếp tục thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc thiểu số. Bà nhắc bà con đón Tết an toàn, thực hiện tốt các biện pháp phòng, chống dịch COVID-19 theo Nghị quyết 128/NQ-CP của Chính phủ.
Bà H'Nguăn Mlô xúc động: "Nhà cũ dột nát, mưa là cả nhà phải chạy sang nhà hàng xóm. Giờ có nhà mới, Tết này mẹ con tôi yên tâm rồi".
Dịp này, Ủy ban MTTQ huyện Cư Kuin cũng trao 50 suất quà cho người có uy tín và hộ khó khăn ở xã Ea Ning, mỗi suất 500.000 đồng. Đại diện Công ty Cà phê Thắng Lợi trao tặng Trường Tiểu học Ea Bông 100 bộ quần áo ấm cho học sinh.
Theo Ban Thường trực Ủy ban MTTQ tỉnh Đắk Lắk, dịp Tết Nguyên đán năm nay, Mặt trận các cấp trong tỉnh dự kiến trao khoảng 25.000 suất quà cho hộ nghèo, gia đình chính sách, người có uy tín trong đồng bào dân tộc thiểu số.
H'Xíu
Lượt xem: 1.762
Tin liên quan
- Buôn Đôn: Trao 40 nhà Đại đoàn kết cho hộ nghèo (18/01/2022)
- Krông Búk trao quà Tết cho người có uy tín (14/01/2022)
- Ea Súp: Người dân hiến đất làm đường liên buôn (07/01/2022)
- Lắk: Ngày hội Đại đoàn kết ở buôn Jun (20/11/2021)
""", "2022-01-24", "Trao nhà Đại đoàn kết và 300 suất quà Tết cho đồng bào buôn Ea Bông",
E("trao_qua", None, "2022-01-22"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Nguăn Mlô"), P("Y Blơ Byă"),
 P("Y Ngông Niê Kdăm", "Trưởng buôn Ea Bông"),
 P("Y Khu Mlô", "Già làng")],
[Q("14 đồng chí", 14, "đồng chí"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("300 suất quà", 300, "suất quà"), Q("20 kg", 20, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("214 hộ", 214, "hộ"), Q("37 hộ nghèo", 37, "hộ nghèo"),
 Q("2.500 m2", 2500, "m2"), Q("540 ngày công", 540, "ngày công"), Q("1,5 km", 1.5, "km"), Q("700 m2", 700, "m2"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("100 bộ quần áo ấm", 100, "bộ quần áo ấm"), Q("khoảng 25.000 suất quà", 25000, "suất quà", "approx")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU"),
 D("Nghị quyết", "128", "NQ-CP", None, "Chính phủ", "Nghị quyết 128/NQ-CP")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Ea Ning")],
["Báo Đắk Lắk điện tử", "Xã hội | Chính sách - An sinh", "Ảnh: Trao nhà Đại đoàn kết cho gia đình bà H'Nguăn Mlô.",
 "Công ty Cổ phần Cà phê Thắng Lợi", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Trường Tiểu học Ea Bông", "Lượt xem: 1.762", "COVID-19"],
["Cập nhật: 09:42, 24/01/2022 (GMT+7)", "14 đồng chí", "Nhâm Dần 2022", "Năm 2021", "giai đoạn 2021 - 2025", "Lượt xem: 1.762"]))
