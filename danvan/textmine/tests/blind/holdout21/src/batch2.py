from lib import *
PAGES = []

PAGES.append(page("b467-daklak-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Tin tức > Công tác dân tộc, tôn giáo
Đăng lúc: 14:30 ngày 19/09/2017
Đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy, phát biểu tại hội nghị. Ảnh: H'Linh
Hội nghị biểu dương người có uy tín tiêu biểu năm 2017
Ngày 18/9, tại TP Buôn Ma Thuột, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2017.
Dự hội nghị có đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy; đồng chí H'Yim Kđoh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Ama Kông (Y Thuât Byă), Trưởng ban Dân tộc tỉnh, cùng 185 người có uy tín là người Ê Đê, M'nông, Gia Rai, Tày, Nùng, Mông.
Báo cáo tại hội nghị cho biết, toàn tỉnh có 2.012 người có uy tín. Từ năm 2012 đến nay, những người có uy tín đã vận động đồng bào hiến 36,5 ha đất xây trường học, nhà văn hóa; hòa giải thành 1.430 vụ việc; vận động 214 người bỏ đạo trái pháp luật "Tin lành Đê Ga" trở về sinh hoạt bình thường.
Thực hiện Quyết định 56/2013/QĐ-TTg và Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín, mỗi năm tỉnh chi khoảng 1,9 tỷ đồng thăm hỏi, tặng quà.
Phát biểu tại hội nghị, già làng Y Khu Niê Kdăm, buôn Ko Sứ, xã Ea Tu, và bà H'Nguyên Mlô, buôn Ea Bông, xã Dray Bhăng, chia sẻ cách vận động con cháu giữ gìn đoàn kết.
Dịp này, 60 người có uy tín tiêu biểu được UBND tỉnh tặng bằng khen, mỗi người kèm 1 triệu đồng.
H'Linh
Số lượt xem: 512
Bài viết liên quan
- Krông Pắc: Gặp mặt người có uy tín nhân dịp Tết Độc lập (30/08/2017)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2017 (14/07/2017)
""", "2017-09-19", "Hội nghị biểu dương người có uy tín tiêu biểu năm 2017",
E("hoi_nghi", "2017", "2017-09-18"),
[P("Y Biêr Niê", "Phó Bí thư Tỉnh ủy"), P("H'Yim Kđoh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thuât Byă", "Trưởng ban Dân tộc tỉnh"), P("Y Khu Niê Kdăm", "già làng"), P("H'Nguyên Mlô")],
[Q("185 người có uy tín", 185, "người có uy tín"), Q("2.012 người có uy tín", 2012, "người có uy tín"), Q("36,5 ha", 36.5, "ha"),
 Q("1.430 vụ việc", 1430, "vụ việc"), Q("214 người", 214, "người"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("60 người có uy tín", 60, "người có uy tín"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Dray Bhăng")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Tin tức > Công tác dân tộc, tôn giáo",
 "Đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy, phát biểu tại hội nghị. Ảnh: H'Linh", "Ama Kông", "Tin lành Đê Ga",
 "buôn Ko Sứ", "buôn Ea Bông", "Buôn Ma Thuột", "Số lượt xem: 512"],
["Đăng lúc: 14:30 ngày 19/09/2017", "năm 2017", "Từ năm 2012", "Số lượt xem: 512"]))

PAGES.append(page("b468-tayninh-mttq-tongket-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
Thứ Năm, 20/12/2018
Trang chủ :: Tin tức :: Hoạt động Mặt trận
Ngày 20/12/2018 | 14:05
Tổng kết công tác Mặt trận năm 2018
Toàn cảnh hội nghị tại Hội trường Ủy ban MTTQ tỉnh.
Sáng 19/12, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức hội nghị lần thứ 9 (mở rộng), khóa IX, tổng kết công tác Mặt trận năm 2018 và triển khai chương trình phối hợp thống nhất hành động năm 2019.
Chủ trì hội nghị có các đồng chí Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Chiến, Nguyễn Thị Xuân Hương; dự có đồng chí Lê Thị Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2018, Quỹ "Vì người nghèo" các cấp vận động được 21,7 tỷ đồng; xây dựng 532 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng; 95% khu dân cư đạt chuẩn văn hóa. Mặt trận các cấp đã giám sát 146 cuộc theo Quyết định 217-QĐ/TW và tổ chức 38 hội nghị phản biện theo Quyết định 218-QĐ/TW của Bộ Chính trị, tiếp nhận 2.310 ý kiến, kiến nghị của cử tri.
Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được triển khai tại 95 xã, phường, thị trấn. Chức sắc các tôn giáo, trong đó có Hòa thượng Thích Thiện Lập và Chánh phối sư Nguyễn Thành Tám, Hội thánh Cao Đài Tòa thánh Tây Ninh, tích cực vận động tín đồ tham gia.
Hội nghị đã hiệp thương cử bổ sung ông Võ Đức Trọng giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Nhân dịp này, 27 tập thể và 41 cá nhân được tặng bằng khen.
Thanh Nhàn
Lượt xem: 655
Tin liên quan
- Tân Châu: Ngày hội Đại đoàn kết toàn dân tộc (16/11/2018)
- Trao nhà Đại đoàn kết cho hộ nghèo xã Ninh Điền (01/11/2018)
""", "2018-12-20", "Tổng kết công tác Mặt trận năm 2018",
E("tong_ket", "2018", "2018-12-19"),
[P("Trần Văn Chiến", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Xuân Hương", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Thích Thiện Lập", "Hòa thượng"),
 P("Nguyễn Thành Tám", "Chánh phối sư"), P("Võ Đức Trọng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("21,7 tỷ đồng", 21700000000, "đồng"), Q("532 căn nhà", 532, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("95% khu dân cư", 95, "%"), Q("146 cuộc", 146, "cuộc"), Q("38 hội nghị phản biện", 38, "hội nghị phản biện"),
 Q("2.310 ý kiến, kiến nghị", 2310, "ý kiến, kiến nghị"), Q("95 xã, phường, thị trấn", 95, "xã, phường, thị trấn"),
 Q("27 tập thể", 27, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW của Bộ Chính trị")],
[prov("Tây Ninh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "Trang chủ :: Tin tức :: Hoạt động Mặt trận",
 "Toàn cảnh hội nghị tại Hội trường Ủy ban MTTQ tỉnh.", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Hội thánh Cao Đài Tòa thánh Tây Ninh", "Lượt xem: 655"],
["Thứ Năm, 20/12/2018", "Ngày 20/12/2018 | 14:05", "lần thứ 9", "khóa IX", "năm 2019", "Lượt xem: 655"]))

PAGES.append(page("b469-quangnam-lhpn-traoqua-2019", """
Hội Liên hiệp Phụ nữ tỉnh Quảng Nam
Trang chủ - Tin tức - Hoạt động các cấp Hội
28-08-2019 10:30
Trao 120 suất học bổng cho con em phụ nữ Cơ Tu
Bà Zơ Râm Thị Dung (bìa trái) trao học bổng cho học sinh xã A Vương. Ảnh: Thu Hằng
Ngày 27/8, Hội LHPN tỉnh Quảng Nam phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 120 suất học bổng "Tiếp sức đến trường" cho học sinh nghèo người Cơ Tu, Giẻ Triêng, Xơ Đăng tại các huyện Tây Giang, Đông Giang, Nam Giang.
Mỗi suất học bổng trị giá 1,5 triệu đồng, gồm tiền mặt và dụng cụ học tập; tổng trị giá 180 triệu đồng. Trao học bổng có bà Zơ Râm Thị Dung, Phó Chủ tịch Hội LHPN tỉnh; bà Bhling Thị Mai, Chủ tịch Hội LHPN huyện Tây Giang; bà Alăng Thị Hoa, Bí thư Đảng ủy xã A Vương.
Tại xã Lăng, đoàn đã thăm em Pơloong Thị Nhung, học sinh lớp 9 Trường PTDTBT THCS Lăng, có mẹ là hội viên bị bệnh hiểm nghèo.
Bà Zơ Râm Thị Dung cho biết, thực hiện Đề án 938 của Thủ tướng Chính phủ và Kế hoạch số 45-KH/HPN ngày 14/3/2019 của Đoàn Chủ tịch Hội LHPN tỉnh, từ đầu năm đến nay các cấp Hội đã trao 1.240 suất quà, học bổng cho phụ nữ, trẻ em miền núi với tổng kinh phí hơn 1,6 tỷ đồng; 120 suất lần này nâng tổng số lên 1.360 suất.
Thu Hằng
Lượt xem: 347
Tin khác
- Phụ nữ Nam Giang dệt thổ cẩm giữ nghề truyền thống (20/08/2019)
- Ra mắt mô hình "Tiếng kẻng phòng chống bạo lực gia đình" (12/08/2019)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2019 (10/07/2019)
- Tây Giang: Hội viên phụ nữ góp ngày công làm đường vào thôn (02/07/2019)
- Trao vốn hỗ trợ phụ nữ khởi nghiệp huyện Phước Sơn (25/06/2019)
""", "2019-08-28", "Trao 120 suất học bổng cho con em phụ nữ Cơ Tu",
E("trao_qua", None, "2019-08-27"),
[P("Zơ Râm Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"), P("Bhling Thị Mai", "Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Alăng Thị Hoa", "Bí thư Đảng ủy xã A Vương"), P("Pơloong Thị Nhung", "học sinh lớp 9 Trường PTDTBT THCS Lăng")],
[Q("120 suất học bổng", 120, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("1.240 suất quà, học bổng", 1240, "suất quà, học bổng"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("1.360 suất", 1360, "suất")],
[D("Đề án", "938", None, None, "Thủ tướng Chính phủ", "Đề án 938 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "45", "KH/HPN", "2019-03-14", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 45-KH/HPN ngày 14/3/2019")],
[prov("Quảng Nam"), com("A Vương"), com("Lăng")],
["Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", "Trang chủ - Tin tức - Hoạt động các cấp Hội",
 "Bà Zơ Râm Thị Dung (bìa trái) trao học bổng cho học sinh xã A Vương. Ảnh: Thu Hằng", "Tiếp sức đến trường",
 "Quỹ Bảo trợ trẻ em tỉnh", "Tây Giang", "Đông Giang", "Nam Giang", "Lượt xem: 347"],
["28-08-2019 10:30", "120 suất lần này", "lớp 9", "Lượt xem: 347"]))

PAGES.append(page("b470-angiang-hnd-soket-2020", """
HỘI NÔNG DÂN TỈNH AN GIANG
Tin tức > Hoạt động Hội > Sơ kết
Cập nhật lúc 16:45 ngày 10/07/2020
Hội Nông dân tỉnh: hơn 14.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi
Chiều 9/7, Hội Nông dân tỉnh An Giang tổ chức hội nghị trực tuyến sơ kết công tác Hội 6 tháng đầu năm 2020 với 11 điểm cầu huyện, thị xã, thành phố.
Ông Chau Sóc Khon phát biểu tại điểm cầu tỉnh.
Ông Phan Văn Lành, Chủ tịch Hội Nông dân tỉnh, chủ trì hội nghị. Cùng dự có ông Chau Sóc Khon, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, và bà Néang Sa Ly, Chủ tịch Hội Nông dân xã Ô Lâm.
6 tháng đầu năm, toàn tỉnh có hơn 14.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Hội đã hỗ trợ nông dân tiêu thụ khoảng 3.200 tấn nông sản bị ảnh hưởng dịch Covid-19. Quỹ hỗ trợ nông dân giải ngân 8,5 tỷ đồng cho 412 hộ vay; 23 tổ hợp tác và 6 hợp tác xã được thành lập mới.
Các cấp Hội đã quán triệt Kết luận 61-KL/TW của Ban Bí thư và Quyết định 81/QĐ-TTg về Quỹ hỗ trợ nông dân; tổ chức 215 cuộc tuyên truyền cho 8.640 lượt hội viên.
6 tháng cuối năm, Hội phấn đấu giới thiệu 1.500 lao động đi làm việc tại các khu công nghiệp; mỗi hộ khó khăn được hỗ trợ 2 triệu đồng từ nguồn vận động.
Phước Hậu
Lượt xem: 198
Tin liên quan
- Tri Tôn: Nông dân chuyển đổi cây trồng trên đất lúa (02/07/2020)
- Hội Nông dân Chợ Mới trao 100 phần quà cho hội viên nghèo (25/06/2020)
- Tập huấn kỹ năng bán hàng trực tuyến cho nông dân (18/06/2020)
- Thoại Sơn: Hội Nông dân vận động hội viên hiến đất làm đường (10/06/2020)
- Trao vốn Quỹ hỗ trợ nông dân cho hội viên Tịnh Biên (03/06/2020)
""", "2020-07-10", "Hội Nông dân tỉnh: hơn 14.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Phan Văn Lành", "Chủ tịch Hội Nông dân tỉnh"),
 P("Chau Sóc Khon", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Néang Sa Ly", "Chủ tịch Hội Nông dân xã Ô Lâm")],
[Q("hơn 14.000 hộ", 14000, "hộ", "over"), Q("11 điểm cầu", 11, "điểm cầu"), Q("khoảng 3.200 tấn", 3200, "tấn", "approx"),
 Q("8,5 tỷ đồng", 8500000000, "đồng"), Q("412 hộ", 412, "hộ"), Q("23 tổ hợp tác", 23, "tổ hợp tác"),
 Q("6 hợp tác xã", 6, "hợp tác xã"), Q("215 cuộc tuyên truyền", 215, "cuộc tuyên truyền"),
 Q("8.640 lượt hội viên", 8640, "lượt hội viên"), Q("1.500 lao động", 1500, "lao động"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "81", "QĐ-TTg", None, None, "Quyết định 81/QĐ-TTg")],
[prov("An Giang"), com("Ô Lâm")],
["HỘI NÔNG DÂN TỈNH AN GIANG", "Tin tức > Hoạt động Hội > Sơ kết", "Ông Chau Sóc Khon phát biểu tại điểm cầu tỉnh.",
 "Quỹ hỗ trợ nông dân", "Lượt xem: 198"],
["Cập nhật lúc 16:45 ngày 10/07/2020", "6 tháng đầu năm", "6 tháng cuối năm", "Covid-19", "Lượt xem: 198"]))

PAGES.append(page("b471-hue-bdv-giaoban-2021", """
Ban Dân vận Tỉnh ủy Thừa Thiên Huế
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Ba, 06/07/2021 - 07:45
Giao ban khối dân vận tháng 6
Đồng chí Phan Thị Hoài, Trưởng Ban Dân vận Tỉnh ủy, kết luận buổi giao ban.
Chiều 5/7, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức giao ban công tác dân vận tháng 6/2021 với các cơ quan khối dân vận và Ban Dân vận 9 huyện, thị xã, thành phố ủy.
Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Hồ Văn Ngưm, Lê Thị Mỹ Hạnh; ông Kê Văn Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Thị Kiều Oanh, HUV, Trưởng Ban Dân vận Huyện ủy A Lưới.
Trong tháng 6, khối dân vận đã vận động 4.800 đoàn viên, hội viên tham gia phòng, chống dịch Covid-19; trao 3.150 suất quà trị giá hơn 1,2 tỷ đồng cho người lao động mất việc theo Nghị quyết 68/NQ-CP của Chính phủ. Tại huyện A Lưới, đồng bào Tà Ôi, Pa Cô đã hiến 2.300 m2 đất làm đường; ông Căn Ngọc Hương ở xã Hồng Thượng hiến 800 m2.
Khối dân vận triển khai Kế hoạch 125-KH/BDVTU ngày 28/6/2021 về thực hiện Kết luận 114-KL/TW của Ban Bí thư; phấn đấu đến cuối năm xây dựng thêm 30 mô hình "Dân vận khéo".
Đồng chí Phan Thị Hoài đề nghị các đơn vị chú trọng tuyên truyền phòng, chống dịch theo phương châm "4 tại chỗ".
Thanh Tâm
Lượt xem: 301
Tin liên quan
- A Lưới: Ra mắt mô hình "Dân vận khéo" ở xã Hồng Kim (25/06/2021)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (18/06/2021)
- Giao ban khối dân vận tháng 5 (04/06/2021)
- Phong Điền: Vận động Nhân dân hiến đất mở rộng đường liên thôn (28/05/2021)
- Hội nghị cung cấp thông tin cho chức sắc tôn giáo (20/05/2021)
""", "2021-07-06", "Giao ban khối dân vận tháng 6",
E("giao_ban", "2021-06", "2021-07-05"),
[P("Phan Thị Hoài", "Trưởng Ban Dân vận Tỉnh ủy"), P("Hồ Văn Ngưm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Kê Văn Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Kiều Oanh", "HUV", "Trưởng Ban Dân vận Huyện ủy A Lưới"), P("Căn Ngọc Hương")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("4.800 đoàn viên, hội viên", 4800, "đoàn viên, hội viên"),
 Q("3.150 suất quà", 3150, "suất quà"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("2.300 m2", 2300, "m2"),
 Q("800 m2", 800, "m2"), Q("30 mô hình", 30, "mô hình")],
[D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP của Chính phủ"),
 D("Kế hoạch", "125", "KH/BDVTU", "2021-06-28", None, "Kế hoạch 125-KH/BDVTU ngày 28/6/2021"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng")],
["Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "Trang chủ » Hoạt động » Tin trong tỉnh",
 "Đồng chí Phan Thị Hoài, Trưởng Ban Dân vận Tỉnh ủy, kết luận buổi giao ban.", "Dân vận khéo", "4 tại chỗ", "A Lưới",
 "Lượt xem: 301"],
["Thứ Ba, 06/07/2021 - 07:45", "tháng 6/2021", "Trong tháng 6", "4 tại chỗ", "Covid-19", "Lượt xem: 301"]))

PAGES.append(page("b472-ninhthuan-mttq-doithoai-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện
15 tháng 9, 2022 | 08:20
Mặt trận tỉnh chủ trì đối thoại về đất sản xuất ở vùng đồng bào Chăm, Raglai
Quang cảnh buổi đối thoại tại xã Phước Hà.
Ngày 14/9, tại xã Phước Hà, huyện Thuận Nam, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận phối hợp với UBND tỉnh tổ chức hội nghị đối thoại với Nhân dân năm 2022 về tranh chấp đất sản xuất giữa đồng bào Chăm và Raglai.
Chủ trì có bà Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Quảng Đại Tuyên, Chủ tịch UBND huyện Thuận Nam; ông Pinăng Văn Trúc, Chủ tịch UBND xã Phước Hà.
Người dân đã nêu 19 ý kiến liên quan 27 hộ đang tranh chấp khoảng 42 ha đất. Ông Katơr Văn Sang ở thôn Giá và Cả sư Thành Văn Thiện, Hội đồng Cả sư Bàni, đề nghị đo đạc lại ranh giới theo Nghị định 43/2014/NĐ-CP.
Bà Đàng Thị Mỹ Hương kết luận đối thoại. Ảnh: Văn Nỷ
Qua đối thoại, 15/19 ý kiến được trả lời ngay tại hội nghị; UBND huyện cam kết hỗ trợ mỗi hộ 5 triệu đồng để chuyển đổi cây trồng. Thực hiện Quy định 124-QĐ/TW của Ban Bí thư và Chương trình phối hợp số 07/CTr-MTTQ-UBND, từ đầu năm đến nay Mặt trận các cấp đã tổ chức 12 cuộc đối thoại với 1.080 lượt người dân.
Văn Nỷ
Lượt xem: 274
Tin khác
- Phước Thắng: Ra mắt khu dân cư văn minh (05/09/2022)
- Mặt trận huyện Ninh Phước giám sát xây dựng nông thôn mới (28/08/2022)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo Ninh Sơn (15/08/2022)
- Bác Ái: Gặp mặt người có uy tín trong đồng bào Raglai (08/08/2022)
- Mặt trận tỉnh giám sát thực hiện chính sách đối với người có công (01/08/2022)
""", "2022-09-15", "Mặt trận tỉnh chủ trì đối thoại về đất sản xuất ở vùng đồng bào Chăm, Raglai",
E("doi_thoai", "2022", "2022-09-14"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Đại Tuyên", "Chủ tịch UBND huyện Thuận Nam"), P("Pinăng Văn Trúc", "Chủ tịch UBND xã Phước Hà"),
 P("Katơr Văn Sang"), P("Thành Văn Thiện", "Cả sư")],
[Q("19 ý kiến", 19, "ý kiến"), Q("27 hộ", 27, "hộ"), Q("khoảng 42 ha", 42, "ha", "approx"), Q("15/19 ý kiến", 15, "ý kiến"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("12 cuộc đối thoại", 12, "cuộc đối thoại"), Q("1.080 lượt người dân", 1080, "lượt người dân")],
[D("Nghị định", "43", "2014/NĐ-CP", None, None, "Nghị định 43/2014/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW của Ban Bí thư"),
 D("Chương trình phối hợp", "07", "CTr-MTTQ-UBND", None, None, "Chương trình phối hợp số 07/CTr-MTTQ-UBND")],
[prov("Ninh Thuận"), com("Phước Hà")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ > Tin tức - Sự kiện", "Quang cảnh buổi đối thoại tại xã Phước Hà.",
 "Bà Đàng Thị Mỹ Hương kết luận đối thoại. Ảnh: Văn Nỷ", "Hội đồng Cả sư Bàni", "thôn Giá", "Thuận Nam", "Lượt xem: 274"],
["15 tháng 9, 2022 | 08:20", "năm 2022", "Lượt xem: 274"]))
