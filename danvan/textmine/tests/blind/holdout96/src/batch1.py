from lib import *
PAGES = []

PAGES.append(page("b2261-laocai-mttq-traoqua-tet-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI - Cổng thông tin điện tử
Trang chủ » Hoạt động Mặt trận » An sinh xã hội
Thứ Ba, 25/01/2011 - 16:20
Ảnh: Trao quà Tết cho hộ nghèo xã Y Tý.
Bát Xát: Trao 820 suất quà Tết cho hộ nghèo vùng cao
Ngày 24/1, Ủy ban MTTQ Việt Nam tỉnh Lào Cai phối hợp với Ủy ban MTTQ huyện Bát Xát trao 820 suất quà Tết Tân Mão cho hộ nghèo, gia đình chính sách và người cao tuổi cô đơn tại 4 xã vùng cao Dền Sáng, Y Tý, A Lù và Trịnh Tường. Tổng trị giá các suất quà 410 triệu đồng, trích từ Quỹ Vì người nghèo của tỉnh và nguồn vận động các doanh nghiệp.
Đến dự và trao quà có đồng chí Sùng Seo Chúng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Vàng A Tủa, HUV, Chủ tịch Ủy ban MTTQ huyện Bát Xát cùng đại diện các doanh nghiệp đóng trên địa bàn.
Mỗi suất quà gồm 20 kg gạo, 2 kg thịt lợn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá 500.000 đồng. Riêng tại xã Y Tý, đoàn tặng thêm 150 chiếc chăn ấm và 200 bộ quần áo ấm cho học sinh bán trú.
Phát biểu tại buổi trao quà, đồng chí Sùng Seo Chúng cho biết, năm 2010 Quỹ Vì người nghèo các cấp trong tỉnh vận động được hơn 6,3 tỷ đồng; đã hỗ trợ xây mới 312 căn nhà Đại đoàn kết, sửa chữa 96 nhà ở cho hộ nghèo theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ; tặng 1.450 suất học bổng cho học sinh nghèo vượt khó. Tỷ lệ hộ nghèo toàn tỉnh giảm 4,8% so với năm trước.
Thực hiện Hướng dẫn số 27/HD-MTTQ-BTT ngày 10/12/2010 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động "Tết vì người nghèo" năm 2011, Ủy ban MTTQ các huyện, thành phố đã tiếp nhận 2.300 suất quà từ các nhà hảo tâm và tổ chức trao tận tay hộ nghèo trước ngày 28 tháng Chạp, không để hộ nào không có Tết.
Bà Lý Thị Mẩy, người Dao ở thôn Trung Hồ, xã Y Tý, xúc động: "Nhà có 5 khẩu, năm nay ngô bị sương muối, có gạo, có chăn của Mặt trận thì cả nhà ăn Tết ấm no".
Dịp này, Công ty TNHH Khoáng sản Tân Hồng ủng hộ Quỹ Vì người nghèo huyện Bát Xát 50.000.000đ. Ông Phàn Văn Quẩy, Chủ tịch UBND xã A Lù, thay mặt cấp ủy, chính quyền địa phương cảm ơn sự quan tâm của các nhà hảo tâm và cam kết trao quà đúng đối tượng, công khai danh sách tại nhà văn hóa thôn.
Cũng trong tháng 1, Ủy ban MTTQ huyện Bát Xát đã phối hợp với Hội Chữ thập đỏ huyện trao 120 suất quà cho các hộ có người khuyết tật và trẻ em mồ côi, mỗi suất trị giá 400.000 đồng.
Thu Hà
Lượt xem: 1.245
Tin liên quan
- Sa Pa: Ra quân hưởng ứng Tết vì người nghèo (18/01/2011)
- Mường Khương tiếp nhận 300 suất quà từ doanh nghiệp (14/01/2011)
- Hội nghị tổng kết công tác Mặt trận năm 2010 (30/12/2010)
- Bảo Thắng: trao 15 nhà Đại đoàn kết (22/12/2010)
""", "2011-01-25", "Bát Xát: Trao 820 suất quà Tết cho hộ nghèo vùng cao",
E("trao_qua", None, "2011-01-24"),
[P("Sùng Seo Chúng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng A Tủa", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bát Xát"),
 P("Lý Thị Mẩy"),
 P("Phàn Văn Quẩy", "Chủ tịch UBND xã A Lù")],
[Q("820 suất quà", 820, "suất quà"), Q("4 xã", 4, "xã"), Q("410 triệu đồng", 410000000, "đồng"),
 Q("20 kg", 20, "kg"), Q("2 kg", 2, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("150 chiếc chăn ấm", 150, "chiếc chăn ấm"), Q("200 bộ quần áo ấm", 200, "bộ quần áo ấm"),
 Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"),
 Q("96 nhà ở", 96, "nhà ở"), Q("1.450 suất học bổng", 1450, "suất học bổng"), Q("4,8%", 4.8, "%"),
 Q("2.300 suất quà", 2300, "suất quà"), Q("5 khẩu", 5, "khẩu"), Q("50.000.000đ", 50000000, "đồng"),
 Q("120 suất quà", 120, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg"),
 D("Hướng dẫn", "27", "HD-MTTQ-BTT", "2010-12-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
   "Hướng dẫn số 27/HD-MTTQ-BTT ngày 10/12/2010")],
[prov("Lào Cai"), com("Dền Sáng"), com("Y Tý"), com("A Lù"), com("Trịnh Tường")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI - Cổng thông tin điện tử", "Trang chủ » Hoạt động Mặt trận » An sinh xã hội",
 "Ảnh: Trao quà Tết cho hộ nghèo xã Y Tý.", "Quỹ Vì người nghèo", "Tết vì người nghèo", "Công ty TNHH Khoáng sản Tân Hồng",
 "Hội Chữ thập đỏ", "Lượt xem: 1.245"],
["Thứ Ba, 25/01/2011 - 16:20", "Tết Tân Mão", "năm 2010", "năm 2011", "28 tháng Chạp", "Lượt xem: 1.245"]))

PAGES.append(page("b2262-quangbinh-mttq-cuutro-bao-2013", """
Báo Quảng Bình điện tử
Xã hội | Từ thiện - Nhân đạo
Cập nhật: 08:30, 04/10/2013 (GMT+7)
Hơn 2,1 tỷ đồng từ Quỹ Cứu trợ đến với người dân vùng bão
(QBĐT) - Chiều 3/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức trao hơn 2,1 tỷ đồng từ Quỹ Cứu trợ của tỉnh cho 5 huyện, thị xã bị thiệt hại nặng sau cơn bão số 10.
Bà Trần Thị Hương Lan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao tiền hỗ trợ cho đại diện các địa phương. Ảnh: Đức Thọ
Theo báo cáo nhanh của Ban Chỉ huy phòng chống lụt bão tỉnh, bão số 10 đổ bộ sáng 30/9 đã làm 2 người chết, hơn 8.500 ngôi nhà bị tốc mái, 46 ngôi nhà bị sập hoàn toàn; nhiều tuyến đường liên xã bị sạt lở, hàng nghìn ha hoa màu bị dập nát.
Ngay sau bão, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Công văn số 215/MTTQ-BTT ngày 1/10/2013 kêu gọi các cơ quan, đơn vị, doanh nghiệp và nhân dân trong, ngoài tỉnh ủng hộ đồng bào vùng bão. Đến chiều 3/10, Quỹ Cứu trợ tỉnh đã tiếp nhận 3,45 tỷ đồng và nhiều hàng hóa thiết yếu.
Thực hiện Nghị định 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, Ban Thường trực thống nhất mức hỗ trợ: hộ có nhà bị sập hoàn toàn 5 triệu đồng, hộ có nhà bị tốc mái trên 50% được 1 triệu đồng, gia đình có người chết 3 triệu đồng.
Tại buổi trao, ông Nguyễn Xuân Bình, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, đề nghị Ủy ban MTTQ các huyện, thị xã phân bổ kịp thời, đúng đối tượng, công khai tại khu dân cư, không để xảy ra tình trạng trùng lặp, bỏ sót.
Cùng ngày, Ngân hàng TMCP Công thương chi nhánh Quảng Bình trao 300 thùng mì tôm, 500 thùng nước uống và 2 tấn gạo; Công ty Xi măng Sông Gianh ủng hộ 200 tấm tôn lợp cho bà con xã Quảng Phú và thị trấn Quy Đạt.
Ông Hồ Văn Khiên, người Bru - Vân Kiều, Chủ tịch Ủy ban MTTQ xã Trọng Hóa, cho biết xã có 63 hộ bị tốc mái, trong đó 11 hộ mất trắng nhà cửa; bà con đang ở tạm nhà người thân. "Tiền của Quỹ Cứu trợ về đến bản, các hộ sẽ mua tôn lợp lại ngay", ông Khiên nói.
Bà Trần Thị Hương Lan cho biết Ủy ban MTTQ tỉnh sẽ tiếp tục tiếp nhận tiền, hàng ủng hộ tại trụ sở và qua tài khoản của Quỹ Cứu trợ tỉnh mở tại Kho bạc Nhà nước tỉnh đến hết ngày 31/10/2013; mọi khoản đóng góp được công khai trên Báo Quảng Bình và Đài Phát thanh - Truyền hình tỉnh.
Minh Phong
Tin khác
- Lệ Thủy: Hội Chữ thập đỏ cấp 1.000 suất cháo cho vùng ngập (02/10/2013)
- Bố Trạch huy động 800 người giúp dân dựng lại nhà (01/10/2013)
- Nhiều đơn vị ủng hộ đồng bào bị thiệt hại do bão (01/10/2013)
- Minh Hóa: khẩn trương khắc phục sạt lở đường liên xã (01/10/2013)
- Ủy ban MTTQ tỉnh kêu gọi ủng hộ đồng bào vùng bão (30/09/2013)
""", "2013-10-04", "Hơn 2,1 tỷ đồng từ Quỹ Cứu trợ đến với người dân vùng bão",
E("trao_qua", None, "2013-10-03"),
[P("Trần Thị Hương Lan", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Xuân Bình", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Khiên", "Chủ tịch Ủy ban MTTQ xã Trọng Hóa")],
[Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("5 huyện, thị xã", 5, "huyện, thị xã"),
 Q("2 người", 2, "người"), Q("hơn 8.500 ngôi nhà", 8500, "ngôi nhà", "over"), Q("46 ngôi nhà", 46, "ngôi nhà"),
 Q("3,45 tỷ đồng", 3450000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("trên 50%", 50, "%", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("300 thùng mì tôm", 300, "thùng mì tôm"), Q("500 thùng nước uống", 500, "thùng nước uống"), Q("2 tấn", 2, "tấn"),
 Q("200 tấm tôn lợp", 200, "tấm tôn lợp"), Q("63 hộ", 63, "hộ"), Q("11 hộ", 11, "hộ")],
[D("Công văn", "215", "MTTQ-BTT", "2013-10-01", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 1/10/2013"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định 64/2008/NĐ-CP")],
[prov("Quảng Bình"), com("Quảng Phú"), com("Quy Đạt"), com("Trọng Hóa")],
["Báo Quảng Bình điện tử", "Xã hội | Từ thiện - Nhân đạo", "(QBĐT)", "Quỹ Cứu trợ",
 "Bà Trần Thị Hương Lan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao tiền hỗ trợ cho đại diện các địa phương.",
 "Ngân hàng TMCP Công thương", "Công ty Xi măng Sông Gianh", "Bru - Vân Kiều", "Kho bạc Nhà nước"],
["Cập nhật: 08:30, 04/10/2013 (GMT+7)", "bão số 10", "hàng nghìn ha", "ngày 31/10/2013"]))

PAGES.append(page("b2263-soctrang-mttq-tongket-vnn-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Tin tức - Sự kiện > Mặt trận - Đoàn thể
08:15 | 26/12/2014
Quỹ Vì người nghèo tỉnh vượt 18% chỉ tiêu vận động
Ngày 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ Vì người nghèo năm 2014. Bà Kim Thị Sô Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị.
Năm 2014, thực hiện Chỉ thị số 11-CT/TU ngày 5/6/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác vận động Quỹ Vì người nghèo và Kế hoạch 06, 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Quỹ các cấp vận động được 23,6 tỷ đồng, vượt 18% chỉ tiêu. Từ nguồn quỹ, Mặt trận các cấp đã xây dựng 415 căn nhà Đại đoàn kết, mỗi căn trị giá 40 triệu đồng; sửa chữa 128 căn; hỗ trợ 3.620 lượt hộ nghèo vay vốn không lãi để chăn nuôi, trồng màu; trao 2.150 suất học bổng và cấp 6.400 thẻ bảo hiểm y tế cho người nghèo.
Cùng với nguồn lực của Nhà nước theo Nghị quyết 80/NQ-CP của Chính phủ về định hướng giảm nghèo bền vững, tỷ lệ hộ nghèo của tỉnh giảm từ 14,36% xuống còn 10,52%; riêng hộ nghèo đồng bào Khmer giảm 2.870 hộ.
Phát biểu tại hội nghị, ông Lý Rum, Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu, cho biết thị xã đã phối hợp với Hội Đoàn kết sư sãi yêu nước vận động các chùa Khmer ủng hộ hơn 1,1 tỷ đồng; riêng Đại đức Thạch Phol, trụ trì chùa Prêk Chôp, xã Lai Hòa, đã vận động phật tử góp 320 triệu đồng xây 8 căn nhà cho hộ nghèo trong phum, sóc.
Bà Danh Thị Kim Yến, Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề, nêu khó khăn: nhiều hộ thoát nghèo nhưng chưa bền vững, có 312 hộ tái nghèo do mất mùa tôm; đề nghị Quỹ ưu tiên hỗ trợ sinh kế thay cho cấp phát tiền mặt.
Kết luận hội nghị, bà Kim Thị Sô Phi yêu cầu năm 2015 các cấp Mặt trận tiếp tục đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu vận động Quỹ đạt 25 tỷ đồng; thực hiện nghiêm việc công khai thu, chi ở khu dân cư; hằng quý báo cáo kết quả về Ban Thường trực.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể và 60 cá nhân có thành tích trong vận động Quỹ Vì người nghèo. Ông Thạch Sô Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, công bố quyết định khen thưởng.
Ngọc Hân (Văn phòng UBMTTQ tỉnh)
Lượt truy cập: 2.318.406
Tin cùng chuyên mục
- Mỹ Xuyên: bàn giao 12 căn nhà Đại đoàn kết (19/12/2014)
- Vận động ủng hộ Quỹ Vì người nghèo năm 2015 (12/12/2014)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (05/12/2014)
- Ngã Năm: phát huy vai trò Ban công tác Mặt trận ở khu dân cư (28/11/2014)
- Trao học bổng cho sinh viên Khmer nghèo hiếu học (20/11/2014)
""", "2014-12-26", "Quỹ Vì người nghèo tỉnh vượt 18% chỉ tiêu vận động",
E("tong_ket", "2014", "2014-12-25"),
[P("Kim Thị Sô Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Rum", "Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu"),
 P("Thạch Phol", "Đại đức", "trụ trì chùa Prêk Chôp"),
 P("Danh Thị Kim Yến", "Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Thạch Sô Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("18%", 18, "%"), Q("23,6 tỷ đồng", 23600000000, "đồng"), Q("415 căn nhà Đại đoàn kết", 415, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("128 căn", 128, "căn"), Q("3.620 lượt hộ nghèo", 3620, "lượt hộ nghèo"),
 Q("2.150 suất học bổng", 2150, "suất học bổng"), Q("6.400 thẻ bảo hiểm y tế", 6400, "thẻ bảo hiểm y tế"),
 Q("14,36%", 14.36, "%"), Q("10,52%", 10.52, "%"), Q("2.870 hộ", 2870, "hộ"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("320 triệu đồng", 320000000, "đồng"), Q("8 căn nhà", 8, "căn nhà"),
 Q("312 hộ", 312, "hộ"), Q("25 tỷ đồng", 25000000000, "đồng"), Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân", 60, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2012-06-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 5/6/2012"),
 D("Kế hoạch", "06", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 06, 07/KH-MTTQ-BTT"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 06, 07/KH-MTTQ-BTT"),
 D("Nghị quyết", "80", "NQ-CP", None, "Chính phủ", "Nghị quyết 80/NQ-CP")],
[prov("Sóc Trăng"), com("Lai Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Tin tức - Sự kiện > Mặt trận - Đoàn thể", "Quang cảnh hội nghị.",
 "Quỹ Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lượt truy cập: 2.318.406"],
["08:15 | 26/12/2014", "năm 2014", "năm 2015", "hằng quý", "Lượt truy cập: 2.318.406"]))

PAGES.append(page("b2264-hatinh-mttq-giamsat-nhao-2016", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Trang chủ / Chính trị / Mặt trận
17/08/2016 - 10:05
Giám sát hỗ trợ nhà ở cho hộ nghèo tại Hương Khê
(Baohatinh.vn) - Ngày 16/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Phan Thị Thanh Hoài, Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã giám sát việc hỗ trợ xây dựng nhà ở cho hộ nghèo năm 2016 tại huyện Hương Khê.
Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Hương Liên.
Theo Kế hoạch số 146/KH-MTTQ ngày 2/8/2016 của Ban Thường trực, đoàn giám sát tập trung vào việc bình xét đối tượng, cấp phát kinh phí và chất lượng công trình theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ nhà ở đối với hộ nghèo và Nghị quyết số 90/2014/NQ-HĐND của HĐND tỉnh.
Báo cáo với đoàn, ông Lê Văn Thuận, Phó Chủ tịch UBND huyện Hương Khê cho biết, năm 2016 huyện được phân bổ 86 căn nhà; đến nay đã khởi công 71 căn, hoàn thành 54 căn, đạt 62,8%. Mỗi hộ được vay 25 triệu đồng từ Ngân hàng Chính sách xã hội, được Quỹ Vì người nghèo tỉnh hỗ trợ 10 triệu đồng và ngân sách huyện hỗ trợ 5 triệu đồng. Ủy ban MTTQ các xã đã vận động 1.250 ngày công, 38 tấn xi măng giúp các hộ dựng nhà. Còn 9 hộ chưa khởi công do chưa có đất ở ổn định.
Tại xã Hương Liên, đoàn đến thăm nhà bà Hồ Thị Lam, người dân tộc Chứt ở bản Rào Tre. Căn nhà 40 m2 của bà vừa được lợp mái, nhờ thanh niên trong bản góp công. Ông Nguyễn Đình Tứ, Chủ tịch Ủy ban MTTQ xã Hương Lâm, phản ánh giá vật liệu tăng, nhiều hộ phải vay thêm, có hộ nợ 12 triệu đồng tiền cát, sạn.
Kết luận buổi giám sát, bà Phan Thị Thanh Hoài đánh giá Hương Khê đã bình xét công khai, có sự tham gia của Ban công tác Mặt trận ở 100% thôn; tuy nhiên tiến độ còn chậm, hồ sơ thanh toán ở một số xã chưa đầy đủ. Bà đề nghị huyện hoàn thành 32 căn còn lại trước ngày 30/11, không để hộ nghèo nào phải đón mùa mưa bão trong nhà tạm; đồng thời kiến nghị tỉnh nâng mức hỗ trợ cho hộ dân tộc Chứt.
Đại diện Ngân hàng Chính sách xã hội huyện cho biết nguồn vốn vay làm nhà đã được giải ngân kịp thời, không để hộ nào phải chờ; các hộ được ân hạn 5 năm, trả dần trong 15 năm. Ủy ban MTTQ các xã được giao theo dõi, đôn đốc việc trả nợ gốc theo cam kết của từng hộ.
Dịp này, đoàn trao 5 suất quà, mỗi suất 1.000.000 đồng cho các hộ đặc biệt khó khăn.
Ngọc Mai
TIN CÙNG CHUYÊN MỤC
- Vũ Quang: giám sát thực hiện Quy chế dân chủ ở cơ sở (12/08/2016)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo Kỳ Anh (05/08/2016)
- Can Lộc ra mắt mô hình "Khu dân cư không có hộ nghèo" (28/07/2016)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa XVI (21/07/2016)
""", "2016-08-17", "Giám sát hỗ trợ nhà ở cho hộ nghèo tại Hương Khê",
E("giam_sat", "2016", "2016-08-16"),
[P("Phan Thị Thanh Hoài", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Thuận", "Phó Chủ tịch UBND huyện Hương Khê"),
 P("Hồ Thị Lam"),
 P("Nguyễn Đình Tứ", "Chủ tịch Ủy ban MTTQ xã Hương Lâm")],
[Q("86 căn nhà", 86, "căn nhà"), Q("71 căn", 71, "căn"), Q("54 căn", 54, "căn"), Q("62,8%", 62.8, "%"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.250 ngày công", 1250, "ngày công"), Q("38 tấn", 38, "tấn"), Q("9 hộ", 9, "hộ"), Q("40 m2", 40, "m2"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("100%", 100, "%"), Q("32 căn", 32, "căn"), Q("5 suất quà", 5, "suất quà"),
 Q("1.000.000 đồng", 1000000, "đồng")],
[D("Kế hoạch", "146", "KH-MTTQ", "2016-08-02", "Ban Thường trực", "Kế hoạch số 146/KH-MTTQ ngày 2/8/2016"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Nghị quyết", "90", "2014/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 90/2014/NQ-HĐND")],
[prov("Hà Tĩnh"), com("Hương Liên"), com("Hương Lâm")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Trang chủ / Chính trị / Mặt trận",
 "(Baohatinh.vn)", "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Hương Liên.", "Quỹ Vì người nghèo",
 "Ngân hàng Chính sách xã hội", "Chứt", "Rào Tre"],
["17/08/2016 - 10:05", "năm 2016", "ngày 30/11", "5 năm", "15 năm"]))

PAGES.append(page("b2265-kontum-mttq-hocbong-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Bạn đang ở: Trang chủ › Tin hoạt động › Vì người nghèo
Ngày đăng 06/09/2017 | 16:20
Trao 265 suất học bổng "Tiếp sức đến trường" cho học sinh dân tộc thiểu số
Sáng 5/9, tại Nhà văn hóa huyện Đắk Glei, Ủy ban MTTQ Việt Nam tỉnh Kon Tum phối hợp với Sở Giáo dục và Đào tạo trao 265 suất học bổng "Tiếp sức đến trường" cho học sinh nghèo vượt khó của các huyện Đắk Glei, Tu Mơ Rông và Kon Plông. Mỗi suất học bổng trị giá 1.500.000 đồng, tổng trị giá gần 400 triệu đồng.
Các em học sinh nhận học bổng tại buổi lễ. Ảnh: Y Hoa
Tham dự có ông A Pơl, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Y Nhơ, Phó Giám đốc Sở Giáo dục và Đào tạo; ông A Sang, Chủ tịch Ủy ban MTTQ huyện Đắk Glei.
Theo Kế hoạch số 42/KH-MTTQ-BTT ngày 10/8/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, nguồn học bổng năm học 2017 - 2018 được trích từ Quỹ Vì người nghèo tỉnh và vận động từ 17 doanh nghiệp, nhà hảo tâm. Cùng với học bổng, ban tổ chức tặng 15 chiếc xe đạp, 1.200 bộ sách giáo khoa và 3.500 quyển vở cho học sinh các trường bán trú ở xã Đăk Na, xã Ngọk Réo và thị trấn Đắk Glei.
Phát biểu tại buổi lễ, ông A Pơl cho biết, thực hiện Quy chế phối hợp số 03/QCPH-MTTQ-SGDĐT giữa hai ngành, 5 năm qua Mặt trận các cấp trong tỉnh đã trao hơn 4.800 suất học bổng với tổng kinh phí trên 5,2 tỷ đồng, giúp nhiều em người Xơ Đăng, Ba Na, Gié Triêng tiếp tục đến trường. Tỷ lệ học sinh bỏ học ở các huyện vùng sâu giảm từ 3,1% xuống còn 0,9%.
Em A Khoa, học sinh Trường THPT Dân tộc nội trú tỉnh, con một gia đình người Xơ Đăng ở thôn Đăk Ung, xúc động: "Bố em mất sớm, mẹ làm rẫy nuôi 4 anh em. Suất học bổng này giúp em mua sách vở, tiền xe về thăm nhà".
Bà Y Nhơ đề nghị các trường phối hợp với Ban công tác Mặt trận thôn theo dõi các em nhận học bổng, kịp thời báo cáo những em có nguy cơ bỏ học để có hỗ trợ tiếp. Dịp này, Bưu điện tỉnh trao thêm 30 suất quà, mỗi suất gồm cặp sách và 200.000 đồng.
Buổi lễ diễn ra trong không khí ấm cúng; nhiều phụ huynh đi bộ cả buổi sáng từ các làng xa để cùng con nhận học bổng. Các trường cam kết công khai danh sách học sinh được nhận tại bảng tin của trường và nhà rông của làng.
Ông A Sang cho biết huyện Đắk Glei còn 2.140 học sinh thuộc hộ nghèo, đề nghị tỉnh tiếp tục dành nguồn Quỹ Vì người nghèo cho học sinh vùng biên giới.
Y Hoa - A Tâm
Lượt xem: 962
Tin liên quan
- Kon Plông: 40 suất học bổng cho học sinh nghèo (28/08/2017)
- Ngọc Hồi trao 10 nhà Đại đoàn kết (15/08/2017)
- Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2017 (20/07/2017)
- Sa Thầy: vận động nhân dân giúp hộ nghèo làm nhà trước mùa mưa (11/07/2017)
- Tu Mơ Rông tặng quà học sinh bán trú nhân ngày khai giảng (05/07/2017)
""", "2017-09-06", "Trao 265 suất học bổng \"Tiếp sức đến trường\" cho học sinh dân tộc thiểu số",
E("trao_qua", None, "2017-09-05"),
[P("A Pơl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Nhơ", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("A Sang", "Chủ tịch Ủy ban MTTQ huyện Đắk Glei"),
 P("A Khoa", "học sinh Trường THPT Dân tộc nội trú tỉnh")],
[Q("265 suất học bổng", 265, "suất học bổng"), Q("1.500.000 đồng", 1500000, "đồng"),
 Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("17 doanh nghiệp, nhà hảo tâm", 17, "doanh nghiệp, nhà hảo tâm"),
 Q("15 chiếc xe đạp", 15, "chiếc xe đạp"), Q("1.200 bộ sách giáo khoa", 1200, "bộ sách giáo khoa"),
 Q("3.500 quyển vở", 3500, "quyển vở"), Q("hơn 4.800 suất học bổng", 4800, "suất học bổng", "over"),
 Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("3,1%", 3.1, "%"), Q("0,9%", 0.9, "%"),
 Q("4 anh em", 4, "anh em"), Q("30 suất quà", 30, "suất quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("2.140 học sinh", 2140, "học sinh")],
[D("Kế hoạch", "42", "KH-MTTQ-BTT", "2017-08-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 42/KH-MTTQ-BTT ngày 10/8/2017"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-SGDĐT", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-SGDĐT")],
[prov("Kon Tum"), com("Đăk Na"), com("Ngọk Réo"), com("Đắk Glei")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Bạn đang ở: Trang chủ › Tin hoạt động › Vì người nghèo",
 "Các em học sinh nhận học bổng tại buổi lễ. Ảnh: Y Hoa", "Tiếp sức đến trường", "Quỹ Vì người nghèo",
 "Sở Giáo dục và Đào tạo", "Bưu điện tỉnh", "Lượt xem: 962"],
["Ngày đăng 06/09/2017 | 16:20", "năm học 2017 - 2018", "5 năm", "Lượt xem: 962"]))

PAGES.append(page("b2266-thanhhoa-xathanhson-mttq-daihoi-2019", """
Cổng thông tin điện tử xã Thành Sơn - huyện Bá Thước - tỉnh Thanh Hóa
Trang chủ :: Tin tức - Sự kiện :: Hoạt động đoàn thể
2019-03-14 09:12
Đại hội đại biểu MTTQ Việt Nam xã Thành Sơn lần thứ XV, nhiệm kỳ 2019 - 2024
Ngày 13/3/2019, Ủy ban MTTQ Việt Nam xã Thành Sơn long trọng tổ chức Đại hội đại biểu MTTQ xã lần thứ XV, nhiệm kỳ 2019 - 2024. Về dự có 125 đại biểu đại diện cho hơn 4.600 nhân khẩu của 9 khu dân cư trong xã, gồm đồng bào Mường, Thái, Kinh.
Đại hội vinh dự đón tiếp ông Bùi Văn Khiêm, HUV, Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước; bà Hà Thị Nhung, Bí thư Đảng ủy xã, Chủ tịch HĐND xã.
Đoàn chủ tịch điều hành đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2014 - 2019, Ủy ban MTTQ xã đã vận động Quỹ Vì người nghèo được 368 triệu đồng, đạt 105% chỉ tiêu; phối hợp xây dựng 27 nhà Đại đoàn kết, sửa chữa 14 nhà cho hộ nghèo; vận động nhân dân hiến 6.200 m2 đất, đóng góp 2.850 ngày công làm 7,5 km đường giao thông nông thôn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với thực hiện tiêu chí "5 không, 3 sạch" được nhân dân hưởng ứng; 8/9 khu dân cư đạt danh hiệu khu dân cư văn hóa. Tỷ lệ hộ nghèo giảm từ 31,2% xuống còn 12,4%.
Đại hội đã thảo luận, góp ý vào dự thảo văn kiện trình Đại hội MTTQ huyện và thống nhất chương trình hành động nhiệm kỳ mới với 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm vận động Quỹ Vì người nghèo đạt từ 80 triệu đồng trở lên, giúp 15 hộ thoát nghèo.
Thực hiện Nghị quyết số 12-NQ/ĐU ngày 20/11/2018 của Đảng ủy xã về lãnh đạo đại hội Mặt trận các cấp, đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ xã khóa XV. Tại hội nghị lần thứ nhất, bà Lương Thị Đào được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ xã; các ông Quách Văn Tưởng, Trương Văn Lịch giữ chức Phó Chủ tịch. Đại hội cũng hiệp thương cử 3 đại biểu đi dự Đại hội MTTQ huyện.
Các đại biểu cũng chỉ ra những hạn chế: hoạt động của một số Ban công tác Mặt trận còn hình thức, việc nắm bắt tâm tư, nguyện vọng của nhân dân chưa kịp thời; công tác giám sát việc bình xét hộ nghèo ở một số khu dân cư còn lúng túng.
Phát biểu chỉ đạo, ông Bùi Văn Khiêm đề nghị Ủy ban MTTQ xã khóa mới phát huy vai trò của 9 Ban công tác Mặt trận, làm tốt công tác giám sát, phản biện xã hội và chăm lo cho hộ nghèo, hộ cận nghèo.
Ban Biên tập
Số lượt truy cập: 58.207
Các tin đã đưa
- Xã Thành Sơn ra quân làm đường giao thông (02/03/2019)
- Hội Liên hiệp Phụ nữ xã tổng kết năm 2018 (10/01/2019)
- Trao 2 nhà Đại đoàn kết cho hộ nghèo bản Kho Mường (25/12/2018)
- Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (12/12/2018)
""", "2019-03-14", "Đại hội đại biểu MTTQ Việt Nam xã Thành Sơn lần thứ XV, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-03-13"),
[P("Bùi Văn Khiêm", "HUV", "Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước"),
 P("Hà Thị Nhung", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
 P("Lương Thị Đào", "Chủ tịch Ủy ban MTTQ xã"),
 P("Quách Văn Tưởng", "Phó Chủ tịch"),
 P("Trương Văn Lịch", "Phó Chủ tịch")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 4.600 nhân khẩu", 4600, "nhân khẩu", "over"), Q("9 khu dân cư", 9, "khu dân cư"),
 Q("368 triệu đồng", 368000000, "đồng"), Q("105%", 105, "%"), Q("27 nhà Đại đoàn kết", 27, "nhà Đại đoàn kết"),
 Q("14 nhà", 14, "nhà"), Q("6.200 m2", 6200, "m2"), Q("2.850 ngày công", 2850, "ngày công"), Q("7,5 km", 7.5, "km"),
 Q("8/9 khu dân cư", 8, "khu dân cư"), Q("31,2%", 31.2, "%"), Q("12,4%", 12.4, "%"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("31 vị", 31, "vị"), Q("3 đại biểu", 3, "đại biểu"),
 Q("9 Ban công tác Mặt trận", 9, "Ban công tác Mặt trận")],
[D("Nghị quyết", "12", "NQ/ĐU", "2018-11-20", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 20/11/2018")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["Cổng thông tin điện tử xã Thành Sơn - huyện Bá Thước - tỉnh Thanh Hóa",
 "Trang chủ :: Tin tức - Sự kiện :: Hoạt động đoàn thể", "Đoàn chủ tịch điều hành đại hội.", "Quỹ Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "5 không, 3 sạch", "Ban Biên tập", "Số lượt truy cập: 58.207"],
["2019-03-14 09:12", "lần thứ XV", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "5 không, 3 sạch", "khóa XV",
 "lần thứ nhất", "mỗi năm", "Số lượt truy cập: 58.207"]))
