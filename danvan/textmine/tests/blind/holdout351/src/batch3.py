from lib import *
PAGES = []

PAGES.append(page("b8393-binhduong-bdv-giaoban-q2-2021", """
Ban Dân vận Tỉnh ủy Bình Dương
Trang chủ - Tin tức - Hoạt động dân vận
09/07/2021 - 10:20
Hôm nay: Thứ Hai, 12/07/2021
Khối dân vận chung tay cùng doanh nghiệp giữ vững sản xuất
Ngày 08/7, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị giao ban công tác dân vận quý II năm 2021 theo hình thức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Trần Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, quý II, khối dân vận các cấp đã phối hợp với 1.245 doanh nghiệp tuyên truyền, vận động công nhân thực hiện "3 tại chỗ", "1 cung đường 2 địa điểm"; gần 38.000 công nhân lưu trú tại doanh nghiệp. Mặt trận và các đoàn thể trao 46.200 túi an sinh, trị giá hơn 23 tỷ đồng, cho công nhân, người lao động khó khăn tại 185 khu nhà trọ bị phong tỏa. Có 14 "Siêu thị 0 đồng" và 31 điểm "ATM gạo" được thành lập trong quý.
Đồng chí Lý Thị Thúy Vân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày tham luận.
Công tác dân vận chính quyền: các cấp đã tiếp 1.386 lượt công dân, tiếp nhận 465 đơn, giải quyết 402 đơn, đạt 86,5%; tổ chức 22 cuộc đối thoại giữa người đứng đầu với nhân dân. Tranh chấp lao động giảm: trong quý xảy ra 9 vụ ngừng việc tập thể với khoảng 2.700 công nhân, giảm 6 vụ so với cùng kỳ năm 2020.
Trong cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026, khối dân vận đã vận động 99,8% cử tri đi bầu. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 04-CT/TU, 05-CT/TU ngày 21/5/2021 về tăng cường công tác dân vận trong doanh nghiệp ngoài nhà nước; phối hợp triển khai Nghị quyết số 68/NQ-CP của Chính phủ hỗ trợ người lao động gặp khó khăn do đại dịch.
Tại hội nghị, đồng chí Võ Minh Trí, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Thuận An, đề nghị có chính sách cho 12.000 lao động tạm ngừng việc. Đồng chí Nguyễn Văn Lộc, vừa được tín nhiệm giữ chức Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh khóa X, cho biết Mặt trận đã tiếp nhận 57,4 tỷ đồng ủng hộ phòng, chống dịch. Ông Phan Văn Bảy, Bí thư Chi bộ kiêm Trưởng khu phố Bình Đức 2, phường Bình Hòa, chia sẻ cách vận động 420 phòng trọ tự giác cách ly.
Đồng chí Lý Thị Thúy Vân cho biết, quý II có 1.870 đoàn viên công đoàn mới, 26 tổ chức cơ sở đảng trong doanh nghiệp tư nhân được thành lập.
Kết luận, đồng chí Trần Thị Hồng Nhung yêu cầu quý III tập trung vận động nhân dân tiêm vắc-xin; tổ chức "Tháng cao điểm dân vận khéo" tại 91 xã, phường, thị trấn.
Minh Duy
Các tin khác
- Thủ Dầu Một: trao 5.000 túi an sinh cho công nhân (05/07/2021)
- Dĩ An ra mắt "ATM gạo" thứ 5 (01/07/2021)
- Bến Cát giao ban dân vận quý II (28/06/2021)
""", "2021-07-09", "Khối dân vận chung tay cùng doanh nghiệp giữ vững sản xuất",
E("giao_ban", "2021-Q2", "2021-07-08"),
[P("Trần Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Thúy Vân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Võ Minh Trí", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Thuận An"),
 P("Nguyễn Văn Lộc", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Phan Văn Bảy", "Bí thư Chi bộ kiêm Trưởng khu phố Bình Đức 2")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("1.245 doanh nghiệp", 1245, "doanh nghiệp"),
 Q("gần 38.000 công nhân", 38000, "công nhân", "approx"), Q("46.200 túi an sinh", 46200, "túi an sinh"),
 Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"), Q("185 khu nhà trọ", 185, "khu nhà trọ"),
 Q("14 \"Siêu thị 0 đồng\"", 14, "Siêu thị 0 đồng"), Q("31 điểm", 31, "điểm"),
 Q("1.386 lượt công dân", 1386, "lượt công dân"), Q("465 đơn", 465, "đơn"), Q("402 đơn", 402, "đơn"), Q("86,5%", 86.5, "%"),
 Q("22 cuộc đối thoại", 22, "cuộc đối thoại"), Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"),
 Q("khoảng 2.700 công nhân", 2700, "công nhân", "approx"), Q("6 vụ", 6, "vụ"), Q("99,8% cử tri", 99.8, "%"),
 Q("12.000 lao động", 12000, "lao động"), Q("57,4 tỷ đồng", 57400000000, "đồng"), Q("420 phòng trọ", 420, "phòng trọ"),
 Q("1.870 đoàn viên công đoàn mới", 1870, "đoàn viên công đoàn mới"),
 Q("26 tổ chức cơ sở đảng trong doanh nghiệp tư nhân", 26, "tổ chức cơ sở đảng"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn")],
[D("Chỉ thị", "04", "CT/TU", "2021-05-21", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU, 05-CT/TU ngày 21/5/2021"),
 D("Chỉ thị", "05", "CT/TU", "2021-05-21", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU, 05-CT/TU ngày 21/5/2021"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP của Chính phủ")],
[prov("Bình Dương"), com("Bình Hòa")],
["Ban Dân vận Tỉnh ủy Bình Dương", "Trang chủ - Tin tức - Hoạt động dân vận", "Hôm nay: Thứ Hai, 12/07/2021",
 "Đồng chí Lý Thị Thúy Vân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày tham luận.",
 "3 tại chỗ", "1 cung đường 2 địa điểm", "Siêu thị 0 đồng", "ATM gạo", "Tháng cao điểm dân vận khéo"],
["09/07/2021 - 10:20", "Hôm nay: Thứ Hai, 12/07/2021", "quý II năm 2021", "3 tại chỗ", "1 cung đường 2 địa điểm",
 "Siêu thị 0 đồng", "khóa XV", "nhiệm kỳ 2021-2026", "cùng kỳ năm 2020", "khóa X"]))

PAGES.append(page("b8394-ninhbinh-bdv-giaoban-q1-2022", """
BAN DÂN VẬN TỈNH ỦY NINH BÌNH
Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Tư, 13/4/2022 - 09:12
Toàn cảnh hội nghị giao ban công tác dân vận quý I/2022.
Ninh Bình: Giao ban công tác dân vận quý I/2022
Chiều 12/4, Ban Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2022. Chủ trì hội nghị có các đồng chí: Đinh Văn Điền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Phạm Thị Hương Lan, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, trong quý I, khối dân vận các cấp đã tổ chức cho nhân dân đón Tết Nhâm Dần an toàn trong điều kiện dịch Covid-19; trao 9.860 suất quà cho hộ nghèo, cận nghèo, trị giá trên 4,9 tỷ đồng. Vận động 96,7% người dân từ 18 tuổi trở lên tiêm mũi 3 vắc-xin; thành lập 1.524 tổ Covid cộng đồng.
Công tác dân vận trong vùng đồng bào có đạo được chú trọng: khối dân vận đã nắm tình hình ở 112 giáo xứ, 36 chùa; phối hợp thăm, chúc mừng các chức sắc, chức việc nhân dịp lễ Phục sinh. Ban Dân vận Tỉnh ủy chủ trì khảo sát việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị tại 14 giáo xứ. Tại hội nghị, Linh mục Phêrô Trần Văn Khiêm, Chánh xứ giáo xứ Kim Đài, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đánh giá cao sự quan tâm của chính quyền đối với 8 công trình tôn giáo được cấp phép sửa chữa.
Về xây dựng nông thôn mới, nhân dân đã hiến 15.800 m2 đất, đóng góp 18,6 tỷ đồng; toàn tỉnh có thêm 3 xã đạt chuẩn nông thôn mới nâng cao. Các cấp tiếp 1.074 lượt công dân, tiếp nhận 338 đơn thư, giải quyết 296 đơn (87,6%); tổ chức 41 cuộc đối thoại.
Đồng chí Bùi Thị Nhàn, HUV, Trưởng Ban Dân vận Huyện ủy Nho Quan, cho biết huyện đã vận động 186 hộ đồng bào Mường xã Kỳ Phú, Phú Long chuyển đổi cây trồng; đồng chí Đinh Công Tuấn, Bí thư Đảng ủy xã Kỳ Phú, đề nghị hỗ trợ xây dựng 2 nhà văn hóa thôn.
Dịp này, các đồng chí Trương Văn Hưng, Lê Thị Mai - Trưởng phòng Ban Dân vận Tỉnh ủy báo cáo kết quả triển khai Kế hoạch 12, 13-KH/BDVTU về kiểm tra Quy chế dân vận. Đã có 58 cơ quan, đơn vị được kiểm tra; 5 đơn vị bị nhắc nhở.
Trong quý, Hội Nông dân tỉnh phối hợp tiêu thụ khoảng 1.300 tấn rau, củ cho nông dân; Tỉnh đoàn ra quân "Tháng Thanh niên" với 64 công trình, phần việc thanh niên.
Kết luận hội nghị, đồng chí Đinh Văn Điền yêu cầu quý II tập trung triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW; biểu dương 120 gương điển hình "Dân vận khéo".
Quang Tuấn
Tin liên quan
- Kim Sơn: giao ban khối dân vận quý I (07/04/2022)
- Yên Mô tổ chức hội nghị đối thoại với nông dân (01/04/2022)
- Thăm các giáo xứ dịp lễ Phục sinh (16/04/2022)
""", "2022-04-13", "Ninh Bình: Giao ban công tác dân vận quý I/2022",
E("giao_ban", "2022-Q1", "2022-04-12"),
[P("Đinh Văn Điền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hương Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Trần Văn Khiêm", "Linh mục", "Chánh xứ giáo xứ Kim Đài", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Bùi Thị Nhàn", "HUV", "Trưởng Ban Dân vận Huyện ủy Nho Quan"),
 P("Đinh Công Tuấn", "Bí thư Đảng ủy xã Kỳ Phú"),
 P("Trương Văn Hưng", "Trưởng phòng Ban Dân vận Tỉnh ủy"), P("Lê Thị Mai", "Trưởng phòng Ban Dân vận Tỉnh ủy")],
[Q("9.860 suất quà", 9860, "suất quà"), Q("trên 4,9 tỷ đồng", 4900000000, "đồng", "over"), Q("96,7% người dân", 96.7, "%"),
 Q("1.524 tổ Covid cộng đồng", 1524, "tổ Covid cộng đồng"), Q("112 giáo xứ", 112, "giáo xứ"), Q("36 chùa", 36, "chùa"),
 Q("14 giáo xứ", 14, "giáo xứ"), Q("8 công trình tôn giáo", 8, "công trình tôn giáo"), Q("15.800 m2", 15800, "m2"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("3 xã", 3, "xã"), Q("1.074 lượt công dân", 1074, "lượt công dân"),
 Q("338 đơn thư", 338, "đơn thư"), Q("296 đơn", 296, "đơn"), Q("87,6%", 87.6, "%"), Q("41 cuộc đối thoại", 41, "cuộc đối thoại"),
 Q("186 hộ đồng bào Mường", 186, "hộ đồng bào Mường"), Q("2 nhà văn hóa thôn", 2, "nhà văn hóa thôn"),
 Q("58 cơ quan, đơn vị", 58, "cơ quan, đơn vị"), Q("5 đơn vị", 5, "đơn vị"), Q("120 gương điển hình", 120, "gương điển hình"),
 Q("khoảng 1.300 tấn", 1300, "tấn", "approx"), Q("64 công trình, phần việc thanh niên", 64, "công trình, phần việc thanh niên")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Kế hoạch", "12", "KH/BDVTU", None, None, "Kế hoạch 12, 13-KH/BDVTU"),
 D("Kế hoạch", "13", "KH/BDVTU", None, None, "Kế hoạch 12, 13-KH/BDVTU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Ninh Bình"), com("Kỳ Phú"), com("Phú Long")],
["BAN DÂN VẬN TỈNH ỦY NINH BÌNH", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Toàn cảnh hội nghị giao ban công tác dân vận quý I/2022.", "Dân vận khéo", "Quy chế dân vận", "Ủy ban Đoàn kết Công giáo tỉnh",
 "Tết Nhâm Dần", "Tháng Thanh niên"],
["Thứ Tư, 13/4/2022 - 09:12", "quý II năm 2022", "18 tuổi", "mũi 3", "10 năm"]))

PAGES.append(page("b8395-kontum-bdv-giaoban-q3-2022", """
BÁO KON TUM ĐIỆN TỬ
Chính trị > Xây dựng Đảng
12/10/2022 15:30 GMT+7
Lượt đọc: 1.562
"Dân vận khéo" giúp hơn 1.300 hộ đồng bào thoát nghèo
BKT - Đó là thông tin tại hội nghị giao ban công tác dân vận quý III năm 2022 do Ban Dân vận Tỉnh ủy Kon Tum tổ chức sáng 11/10. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Y Ngọc phát biểu kết luận hội nghị. Ảnh: HL
Theo báo cáo, 9 tháng năm 2022, thông qua phong trào "Dân vận khéo", đã giúp 1.346 hộ đồng bào dân tộc thiểu số thoát nghèo; riêng quý III có 418 hộ. Toàn tỉnh hiện có 1.072 mô hình "Dân vận khéo", trong đó 84 mô hình cấp tỉnh. Khối dân vận đã tổ chức 168 buổi nói chuyện chuyên đề tại các làng đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng với trên 11.000 lượt người nghe.
Trong quý, Ủy ban MTTQ các cấp hỗ trợ xây dựng 142 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng; vận động 356 hộ ở các xã biên giới trồng sâm Ngọc Linh dưới tán rừng với diện tích khoảng 95 ha. Hội Nông dân giúp 2.034 hộ vay vốn, dư nợ 86,2 tỷ đồng. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số ước còn 19,3%.
Hội Liên hiệp Phụ nữ tỉnh duy trì 215 tổ tiết kiệm, tổ vay vốn với 4.870 thành viên; Tỉnh đoàn phối hợp đưa 36 đội hình tình nguyện về 18 xã vùng sâu, vùng xa giúp dân làm 5,6 km đường bê tông.
Các cấp đã tiếp 712 lượt công dân, tiếp nhận 189 đơn thư, giải quyết 172 đơn; phối hợp hòa giải thành 64 vụ việc mâu thuẫn trong nội bộ nhân dân. Khối dân vận nắm tình hình 23 điểm nhóm "Tin lành Đê Ga", vận động 15 hộ từ bỏ sinh hoạt trái phép.
Tham luận tại hội nghị, các đồng chí A Pớt, Y Thị Hơn - HUV, Trưởng Ban Dân vận Huyện ủy, lần lượt giới thiệu kinh nghiệm ở huyện Đăk Glei, Tu Mơ Rông. Đồng chí A Hiếu, Bí thư Đảng ủy xã Đăk Na, cho biết xã có 7 thôn xây dựng quy ước không tảo hôn. Già làng A Bru, người có uy tín thôn Kon Rế, xã Đăk Na, kể việc vận động 12 cặp vợ chồng đăng ký kết hôn đúng tuổi.
Đồng chí Nguyễn Thanh Hà, Phó Trưởng Ban Dân vận Tỉnh ủy thông tin, Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 42-CTr/TU thực hiện Kết luận số 43-KL/TW của Ban Bí thư; hướng dẫn thực hiện Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ ở 86 xã.
Kết luận hội nghị, đồng chí Y Ngọc yêu cầu quý IV tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, vận động nhân dân thu hoạch cà phê, phòng chống bão số 5.
Hoàng Lan
Tin cùng chuyên mục
- Sa Thầy giao ban công tác dân vận quý III (07/10/2022)
- Ngọc Hồi: 40 hộ hiến đất làm đường (29/09/2022)
- Đăk Hà ra mắt mô hình "Thôn không tảo hôn" (20/09/2022)
""", "2022-10-12", "\"Dân vận khéo\" giúp hơn 1.300 hộ đồng bào thoát nghèo",
E("giao_ban", "2022-Q3", "2022-10-11"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pớt", "HUV", "Trưởng Ban Dân vận Huyện ủy"), P("Y Thị Hơn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("A Hiếu", "Bí thư Đảng ủy xã Đăk Na"), P("A Bru", "Già làng", "người có uy tín thôn Kon Rế"),
 P("Nguyễn Thanh Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 1.300 hộ đồng bào", 1300, "hộ đồng bào", "over"), Q("1.346 hộ đồng bào dân tộc thiểu số", 1346, "hộ đồng bào dân tộc thiểu số"),
 Q("418 hộ", 418, "hộ"), Q("1.072 mô hình", 1072, "mô hình"), Q("84 mô hình cấp tỉnh", 84, "mô hình cấp tỉnh"),
 Q("168 buổi nói chuyện chuyên đề", 168, "buổi nói chuyện chuyên đề"),
 Q("trên 11.000 lượt người nghe", 11000, "lượt người nghe", "over"), Q("142 nhà Đại đoàn kết", 142, "nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("356 hộ", 356, "hộ"), Q("khoảng 95 ha", 95, "ha", "approx"),
 Q("2.034 hộ", 2034, "hộ"), Q("86,2 tỷ đồng", 86200000000, "đồng"), Q("19,3%", 19.3, "%"),
 Q("712 lượt công dân", 712, "lượt công dân"), Q("189 đơn thư", 189, "đơn thư"), Q("172 đơn", 172, "đơn"),
 Q("64 vụ việc mâu thuẫn", 64, "vụ việc mâu thuẫn"), Q("23 điểm nhóm", 23, "điểm nhóm"), Q("15 hộ", 15, "hộ"),
 Q("7 thôn", 7, "thôn"), Q("215 tổ tiết kiệm, tổ vay vốn", 215, "tổ tiết kiệm, tổ vay vốn"), Q("4.870 thành viên", 4870, "thành viên"),
 Q("36 đội hình tình nguyện", 36, "đội hình tình nguyện"), Q("18 xã vùng sâu, vùng xa", 18, "xã vùng sâu, vùng xa"), Q("5,6 km", 5.6, "km"), Q("12 cặp vợ chồng", 12, "cặp vợ chồng"), Q("86 xã", 86, "xã"), Q("100% khu dân cư", 100, "%")],
[D("Chương trình hành động", "42", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 42-CTr/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW của Ban Bí thư"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Kon Tum"), com("Đăk Na")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "Lượt đọc: 1.562", "BKT",
 "Đồng chí Y Ngọc phát biểu kết luận hội nghị. Ảnh: HL", "Dân vận khéo", "Tin lành Đê Ga", "Ngày hội Đại đoàn kết toàn dân tộc"],
["12/10/2022 15:30 GMT+7", "Lượt đọc: 1.562", "quý III năm 2022", "9 tháng năm 2022", "bão số 5"]))

PAGES.append(page("b8396-tiengiang-bdv-baocao-q2-2023", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ | Tin tức | Công tác dân vận
Ngày 11/07/2023 | 09:15
Báo cáo kết quả công tác dân vận quý II năm 2023: nhiều chỉ tiêu vượt kế hoạch
Ngày 07/7/2023, Ban Dân vận Tỉnh ủy Tiền Giang ban hành Báo cáo số 318-BC/BDVTU về kết quả công tác dân vận quý II, phương hướng nhiệm vụ quý III năm 2023. Báo cáo cho thấy nhiều chỉ tiêu đạt và vượt kế hoạch năm.
Nông dân xã Tân Phước Tây tham gia mô hình "Tổ hợp tác trồng sầu riêng". Ảnh: Bảo Trân
Về công tác nắm tình hình, khối dân vận đã thực hiện 46 chuyên đề dư luận xã hội, khảo sát 2.150 phiếu ý kiến người dân. Tình hình hạn mặn được kiểm soát; các cấp đã vận động 7.820 hộ trữ nước ngọt, hỗ trợ 312 bồn chứa cho hộ khó khăn ở 2 huyện ven biển Gò Công Đông, Tân Phú Đông.
Phong trào "Dân vận khéo" tiếp tục lan tỏa với 1.468 mô hình, tăng 96 mô hình so với quý I; có 74 mô hình tiêu biểu được khen thưởng. Nhân dân đóng góp 28,4 tỷ đồng, hiến 41.300 m2 đất làm 62 cây cầu, 37 km đường giao thông nông thôn. Mặt trận các cấp trao 215 căn nhà Đại đoàn kết, tổng kinh phí hơn 10,7 tỷ đồng.
Công tác dân vận chính quyền được nâng lên: 100% xã, phường, thị trấn tổ chức đối thoại với nhân dân, tổng cộng 172 cuộc; tiếp 1.615 lượt công dân, nhận 527 đơn thư, giải quyết 478 đơn, đạt 90,7%; số vụ khiếu kiện đông người giảm 11 vụ so với cùng kỳ. Ban Dân vận Tỉnh ủy chủ trì phối hợp thực hiện Quy chế phối hợp số 09-QC/BDVTU-UBND ngày 20/3/2023 giữa Ban Dân vận Tỉnh ủy với UBND tỉnh và Kết luận số 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy.
Hội Cựu chiến binh tỉnh hiện có 124 doanh nghiệp, trang trại của hội viên, giải quyết việc làm cho khoảng 1.900 lao động địa phương.
Về công tác tôn giáo, các cấp thăm, chúc mừng 64 cơ sở tôn giáo dịp Lễ Phật đản; Hòa thượng Thích Minh Hạnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, tiếp đoàn của Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Ngọc Hân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, làm trưởng đoàn.
Báo cáo nhận định, kết quả trên có vai trò chỉ đạo của đồng chí Lê Văn Hưởng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, và sự vào cuộc của các Ban Dân vận Huyện ủy. Tại Cái Bè, đồng chí Trần Thị Thanh Thảo, HUV, Trưởng Ban Dân vận Huyện ủy, đã chỉ đạo thí điểm "Tổ liên gia an toàn" ở xã Hậu Mỹ Bắc A với 138 tổ.
Quý III, Ban Dân vận Tỉnh ủy phấn đấu 100% ấp, khu phố có tổ dân vận hoạt động, kết nạp ít nhất 2.500 hội viên mới.
Thanh Trúc
Tin liên quan
- Cai Lậy: giao ban dân vận quý II (05/07/2023)
- Gò Công Tây ra mắt 3 mô hình "Dân vận khéo" (27/06/2023)
- Chợ Gạo: trao 20 căn nhà Đại đoàn kết (15/06/2023)
""", "2023-07-11", "Báo cáo kết quả công tác dân vận quý II năm 2023: nhiều chỉ tiêu vượt kế hoạch",
E("bao_cao", "2023-Q2", "2023-07-07"),
[P("Thích Minh Hạnh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Hân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hưởng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thanh Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("46 chuyên đề dư luận xã hội", 46, "chuyên đề dư luận xã hội"), Q("2.150 phiếu", 2150, "phiếu"),
 Q("7.820 hộ", 7820, "hộ"), Q("312 bồn chứa", 312, "bồn chứa"), Q("2 huyện ven biển", 2, "huyện ven biển"),
 Q("1.468 mô hình", 1468, "mô hình"), Q("96 mô hình", 96, "mô hình"), Q("74 mô hình tiêu biểu", 74, "mô hình tiêu biểu"),
 Q("28,4 tỷ đồng", 28400000000, "đồng"), Q("41.300 m2", 41300, "m2"), Q("62 cây cầu", 62, "cây cầu"), Q("37 km", 37, "km"),
 Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"), Q("hơn 10,7 tỷ đồng", 10700000000, "đồng", "over"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("172 cuộc", 172, "cuộc"), Q("1.615 lượt công dân", 1615, "lượt công dân"),
 Q("527 đơn thư", 527, "đơn thư"), Q("478 đơn", 478, "đơn"), Q("90,7%", 90.7, "%"), Q("11 vụ", 11, "vụ"),
 Q("64 cơ sở tôn giáo", 64, "cơ sở tôn giáo"), Q("138 tổ", 138, "tổ"), Q("124 doanh nghiệp, trang trại", 124, "doanh nghiệp, trang trại"),
 Q("khoảng 1.900 lao động", 1900, "lao động", "approx"), Q("100% ấp, khu phố", 100, "%"),
 Q("ít nhất 2.500 hội viên mới", 2500, "hội viên mới", "over")],
[D("Báo cáo", "318", "BC/BDVTU", "2023-07-07", "Ban Dân vận Tỉnh ủy", "Báo cáo số 318-BC/BDVTU"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-UBND", "2023-03-20", None, "Quy chế phối hợp số 09-QC/BDVTU-UBND ngày 20/3/2023"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Tiền Giang"), com("Tân Phước Tây"), com("Hậu Mỹ Bắc A")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ | Tin tức | Công tác dân vận",
 "Nông dân xã Tân Phước Tây tham gia mô hình \"Tổ hợp tác trồng sầu riêng\".", "Dân vận khéo", "Tổ liên gia an toàn",
 "Lễ Phật đản", "Giáo hội Phật giáo Việt Nam"],
["Ngày 11/07/2023 | 09:15", "quý III năm 2023", "quý I", "cùng kỳ"]))

PAGES.append(page("b8397-langson-bdv-giaoban-q3-2023", """
Báo Lạng Sơn
Thời sự / Chính trị / Dân vận
2023-10-10 16:40
You are here: Trang chủ / Chính trị
Khối dân vận giao ban quý III: vận động hiến hơn 4,2 ha đất làm đường
(BLS) - Ngày 9/10, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức giao ban khối dân vận quý III năm 2023. Dự có các đồng chí: Hoàng Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lương Văn Páo, Nông Thị Mến - Phó Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban MTTQ và các đoàn thể tỉnh.
Các đại biểu dự giao ban.
Báo cáo tại hội nghị cho biết, quý III, khối dân vận các cấp đã vận động nhân dân hiến hơn 4,2 ha đất, góp 9,6 tỷ đồng và 52.000 ngày công làm 86 km đường giao thông nông thôn; 4 xã được công nhận đạt chuẩn nông thôn mới. Mặt trận các cấp hỗ trợ xây mới 96 nhà Đại đoàn kết và sửa chữa 31 nhà cho hộ nghèo, tổng kinh phí khoảng 5,1 tỷ đồng.
Khối dân vận tổ chức 284 hội nghị tuyên truyền cho 19.600 lượt người; vận động 1.430 hộ đồng bào Tày, Nùng, Dao trồng 1.680 ha rừng; 87 hộ ở vùng có nguy cơ sạt lở đã di dời. Các cấp tiếp 905 lượt công dân, nhận 244 đơn thư, giải quyết 221 đơn, đạt 90,6%; tổ chức 39 cuộc đối thoại. Tình hình an ninh nông thôn ổn định; có 3 vụ việc truyền đạo trái phép ở xã biên giới được xử lý kịp thời.
Cũng trong quý, Hội Nông dân tỉnh giải ngân 3,4 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 96 hộ; Hội Liên hiệp Phụ nữ vận động 1.210 hội viên mới, thành lập 12 tổ hợp tác do phụ nữ làm chủ. Tỉnh đoàn tổ chức 18 đợt tình nguyện ở các xã biên giới dịp hè.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 28-CT/TU ngày 25/8/2023 về tăng cường công tác vận động đồng bào dân tộc thiểu số ở khu vực biên giới và phối hợp sơ kết 2 năm thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy.
Tham luận tại hội nghị, đồng chí Chu Văn Lìu, Tỉnh ủy viên, Bí thư Huyện ủy Cao Lộc, nêu cách làm trong vận động người dân góp đất mở rộng cửa khẩu; đồng chí Lăng Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Văn Quan, cho biết huyện có 128 mô hình "Dân vận khéo", trong đó 15 mô hình cấp tỉnh. Ông Hoàng Văn Nhì, người có uy tín thôn Nà Pàn, xã Tân Thành, đề nghị có thêm cán bộ hỗ trợ 62 hộ nghèo trong thôn.
Phát biểu kết luận, đồng chí Hoàng Thị Thu đề nghị quý IV tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 1.640 khu dân cư, chuẩn bị tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị.
Nguyễn Hằng
Tin liên quan
- Văn Lãng: giao ban khối dân vận quý III (05/10/2023)
- Đình Lập vận động người dân hiến đất làm đường (28/09/2023)
- Bình Gia ra mắt 5 mô hình "Dân vận khéo" (20/09/2023)
""", "2023-10-10", "Khối dân vận giao ban quý III: vận động hiến hơn 4,2 ha đất làm đường",
E("giao_ban", "2023-Q3", "2023-10-09"),
[P("Hoàng Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nông Thị Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Văn Lìu", "Tỉnh ủy viên", "Bí thư Huyện ủy Cao Lộc"),
 P("Lăng Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Quan"),
 P("Hoàng Văn Nhì", "người có uy tín thôn Nà Pàn")],
[Q("hơn 4,2 ha", 4.2, "ha", "over"), Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("52.000 ngày công", 52000, "ngày công"),
 Q("86 km", 86, "km"), Q("4 xã", 4, "xã"), Q("96 nhà Đại đoàn kết", 96, "nhà Đại đoàn kết"), Q("31 nhà", 31, "nhà"),
 Q("khoảng 5,1 tỷ đồng", 5100000000, "đồng", "approx"), Q("284 hội nghị tuyên truyền", 284, "hội nghị tuyên truyền"),
 Q("19.600 lượt người", 19600, "lượt người"), Q("1.430 hộ đồng bào Tày, Nùng, Dao", 1430, "hộ đồng bào Tày, Nùng, Dao"),
 Q("1.680 ha", 1680, "ha"), Q("87 hộ", 87, "hộ"), Q("905 lượt công dân", 905, "lượt công dân"), Q("244 đơn thư", 244, "đơn thư"),
 Q("221 đơn", 221, "đơn"), Q("90,6%", 90.6, "%"), Q("39 cuộc đối thoại", 39, "cuộc đối thoại"),
 Q("3 vụ việc truyền đạo trái phép", 3, "vụ việc truyền đạo trái phép"), Q("128 mô hình", 128, "mô hình"),
 Q("15 mô hình cấp tỉnh", 15, "mô hình cấp tỉnh"), Q("62 hộ nghèo", 62, "hộ nghèo"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("96 hộ", 96, "hộ"),
 Q("1.210 hội viên mới", 1210, "hội viên mới"), Q("12 tổ hợp tác", 12, "tổ hợp tác"), Q("18 đợt tình nguyện", 18, "đợt tình nguyện"), Q("1.640 khu dân cư", 1640, "khu dân cư")],
[D("Chỉ thị", "28", "CT/TU", "2023-08-25", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 25/8/2023"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị")],
[prov("Lạng Sơn"), com("Tân Thành")],
["Báo Lạng Sơn", "Thời sự / Chính trị / Dân vận", "You are here: Trang chủ / Chính trị", "(BLS)", "Các đại biểu dự giao ban.", "Quỹ hỗ trợ nông dân",
 "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["2023-10-10 16:40", "quý III năm 2023", "2 năm", "10 năm", "quý IV"]))

PAGES.append(page("b8398-phutho-bdv-giaoban-q1-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ » Tin tức » Hoạt động Ban Dân vận
Thứ Ba, 09/04/2024 - 10:05
Ảnh: Đồng chí Đinh Thị Thu Hằng phát biểu chỉ đạo.
Triển khai nhiệm vụ công tác dân vận quý II năm 2024
Sáng 08/4, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức giao ban công tác dân vận quý I năm 2024, triển khai nhiệm vụ quý II. Đồng chí Đinh Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 52 đại biểu là lãnh đạo ban dân vận các huyện, thành, thị ủy và các đoàn thể.
Báo cáo cho biết, quý I, khối dân vận đã tham gia tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024 an toàn với khoảng 7 triệu lượt du khách; vận động 1.120 hộ dân quanh khu di tích cam kết không chèo kéo, bán hàng rong. Mặt trận và các đoàn thể trao 15.640 suất quà Tết Giáp Thìn cho hộ nghèo, gia đình chính sách, tổng trị giá 8,3 tỷ đồng.
Về xây dựng nông thôn mới, trong quý nhân dân hiến 32.500 m2 đất, đóng góp 14,7 tỷ đồng; 6 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn kiểu mẫu. Các huyện miền núi Tân Sơn, Thanh Sơn, Yên Lập vận động 214 hộ đồng bào Mường, Dao đăng ký thoát nghèo. Mặt trận các cấp khởi công 126 nhà Đại đoàn kết, mỗi nhà được hỗ trợ từ 40 đến 60 triệu đồng.
Các cơ quan đã tiếp 1.254 lượt công dân, tiếp nhận 386 đơn thư, giải quyết 351 đơn, đạt 90,9%; tổ chức 58 cuộc đối thoại của người đứng đầu cấp ủy, chính quyền. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU ngày 12/1/2024 thực hiện Kết luận số 65-KL/TW ngày 30/10/2023 của Bộ Chính trị về công tác dân tộc; phối hợp triển khai Luật Thực hiện dân chủ ở cơ sở.
Tại giao ban, đồng chí Hà Văn Quế, Tỉnh ủy viên, Bí thư Huyện ủy Tân Sơn, cho biết huyện có 1.018 người có uy tín trong đồng bào dân tộc thiểu số; đồng chí Bùi Thị Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Thanh Sơn, nêu kết quả 47 mô hình "Dân vận khéo". Đồng chí Triệu Văn Sinh, Bí thư Đảng ủy xã Xuân Sơn, kiến nghị hỗ trợ 29 hộ đồng bào Dao ở xóm Dù.
Các đồng chí Nguyễn Văn Hải, Phùng Thị Nga - Phó Trưởng Ban Dân vận Tỉnh ủy đánh giá, dù kết quả khá, vẫn còn 4 vụ khiếu kiện đông người liên quan đất đai chưa giải quyết dứt điểm; tỷ lệ tập hợp hội viên ở một số đoàn thể còn thấp.
Kết luận, đồng chí Đinh Thị Thu Hằng yêu cầu quý II tập trung chuẩn bị đại hội Mặt trận các cấp nhiệm kỳ 2024-2029, phấn đấu 100% khu dân cư hoàn thành hội nghị ban công tác Mặt trận trước 30/4.
Phạm Hoa
Tin liên quan
- Cẩm Khê giao ban dân vận quý I (03/04/2024)
- Tân Sơn: ra mắt 3 mô hình "Dân vận khéo" (28/03/2024)
- Việt Trì hỗ trợ 20 nhà Đại đoàn kết (20/03/2024)
""", "2024-04-09", "Triển khai nhiệm vụ công tác dân vận quý II năm 2024",
E("giao_ban", "2024-Q1", "2024-04-08"),
[P("Đinh Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Quế", "Tỉnh ủy viên", "Bí thư Huyện ủy Tân Sơn"),
 P("Bùi Thị Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Thanh Sơn"),
 P("Triệu Văn Sinh", "Bí thư Đảng ủy xã Xuân Sơn"),
 P("Nguyễn Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Phùng Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("52 đại biểu", 52, "đại biểu"), Q("khoảng 7 triệu lượt du khách", 7000000, "lượt du khách", "approx"),
 Q("1.120 hộ dân", 1120, "hộ dân"), Q("15.640 suất quà", 15640, "suất quà"), Q("8,3 tỷ đồng", 8300000000, "đồng"),
 Q("32.500 m2", 32500, "m2"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("6 xã", 6, "xã"), Q("2 xã", 2, "xã"),
 Q("214 hộ đồng bào Mường, Dao", 214, "hộ đồng bào Mường, Dao"), Q("126 nhà Đại đoàn kết", 126, "nhà Đại đoàn kết"),
 Q("từ 40 đến 60 triệu đồng", 40000000, "đồng"), Q("từ 40 đến 60 triệu đồng", 60000000, "đồng"),
 Q("1.254 lượt công dân", 1254, "lượt công dân"), Q("386 đơn thư", 386, "đơn thư"), Q("351 đơn", 351, "đơn"),
 Q("90,9%", 90.9, "%"), Q("58 cuộc đối thoại", 58, "cuộc đối thoại"), Q("1.018 người có uy tín", 1018, "người có uy tín"),
 Q("47 mô hình", 47, "mô hình"), Q("29 hộ đồng bào Dao", 29, "hộ đồng bào Dao"),
 Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"), Q("100% khu dân cư", 100, "%")],
[D("Kế hoạch", "215", "KH/TU", "2024-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 12/1/2024"),
 D("Kết luận", "65", "KL/TW", "2023-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2023 của Bộ Chính trị")],
[prov("Phú Thọ"), com("Xuân Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ » Tin tức » Hoạt động Ban Dân vận",
 "Ảnh: Đồng chí Đinh Thị Thu Hằng phát biểu chỉ đạo.", "Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2024", "Dân vận khéo",
 "Luật Thực hiện dân chủ ở cơ sở", "Tết Giáp Thìn"],
["Thứ Ba, 09/04/2024 - 10:05", "quý II năm 2024", "nhiệm kỳ 2024-2029", "30/4"]))
