from lib import *
PAGES = []

PAGES.append(page("b5819-khanhhoa-bdv-tongket-2017", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Sáu, 12/1/2018, 08:30
Ảnh: Quang cảnh hội nghị.
Dân vận Khánh Hòa: năm của những nỗ lực sau cơn bão số 12
Ngày 11/1/2018, Ban Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Nguyễn Khắc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo tổng kết nêu rõ, cơn bão số 12 đổ bộ đầu tháng 11/2017 đã làm 44 người chết, hơn 27.000 ngôi nhà bị sập, tốc mái, hàng nghìn lồng bè nuôi trồng thủy sản ở vịnh Vân Phong, vịnh Nha Trang bị cuốn trôi. Ngay sau bão, khối dân vận đã huy động hơn 15.000 lượt đoàn viên, hội viên, chiến sĩ giúp dân dọn dẹp, lợp lại nhà; Ủy ban MTTQ tỉnh tiếp nhận gần 86 tỷ đồng ủng hộ, trong đó hơn 52 tỷ đồng đã được phân bổ trực tiếp đến 8 huyện, thị xã, thành phố.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong khắc phục hậu quả bão và về vận động nhân dân khôi phục sản xuất; hướng dẫn thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước. Cả năm, khối dân vận tiếp nhận 97 đơn thư, giải quyết 89 đơn; xây dựng 134 mô hình "Dân vận khéo", trong đó 26 mô hình tiêu biểu về phòng, chống thiên tai.
Tại hội nghị, bà Cao Thị Hoàng Yến, Phó Chủ tịch Hội LHPN tỉnh, cho biết các cấp hội đã trao 1.300 suất quà Tết cho phụ nữ nghèo bị thiệt hại. Ông Mấu Thanh Phong, người Raglai, Bí thư Đảng ủy xã Sơn Thái, huyện Khánh Vĩnh, kể lại việc vận động 37 hộ dân ở vùng sạt lở chuyển đến nơi an toàn chỉ vài giờ trước khi đồi đất sụt xuống. Ông Trương Văn Cường, Trưởng Ban Dân vận Thị ủy Ninh Hòa, đề nghị hỗ trợ ngư dân xã Ninh Ích, Ninh Vân vay vốn làm lại lồng bè.
Phát biểu kết luận, đồng chí Nguyễn Khắc Hà yêu cầu năm 2018 tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận; tập trung vận động nhân dân tái thiết sau bão, giám sát chặt chẽ việc phân bổ tiền, hàng cứu trợ; triển khai Kế hoạch số 02-KH/BDVTU về công tác dân vận năm 2018.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 23 cá nhân có thành tích xuất sắc trong khắc phục hậu quả bão số 12.
Phương Chi
Tin khác
- Cam Lâm: đối thoại với nông dân về khôi phục sản xuất sau bão (28/12/2017)
- Vạn Ninh trao 200 bồn nước cho hộ dân vùng bão (15/12/2017)
- Thanh niên Khánh Hòa giúp dân lợp lại nhà (10/11/2017)
- Mặt trận tỉnh kêu gọi ủng hộ đồng bào bị thiệt hại do bão số 12 (06/11/2017)
""", "2018-01-12", "Dân vận Khánh Hòa: năm của những nỗ lực sau cơn bão số 12",
E("tong_ket", "2017", "2018-01-11"),
[P("Nguyễn Khắc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Thị Hoàng Yến", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Mấu Thanh Phong", "Bí thư Đảng ủy xã Sơn Thái"),
 P("Trương Văn Cường", "Trưởng Ban Dân vận Thị ủy Ninh Hòa")],
[Q("44 người", 44, "người"), Q("hơn 27.000 ngôi nhà", 27000, "ngôi nhà", "over"),
 Q("hơn 15.000 lượt đoàn viên, hội viên, chiến sĩ", 15000, "lượt đoàn viên, hội viên, chiến sĩ", "over"),
 Q("gần 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("97 đơn thư", 97, "đơn thư"), Q("89 đơn", 89, "đơn"),
 Q("134 mô hình", 134, "mô hình"), Q("26 mô hình tiêu biểu", 26, "mô hình tiêu biểu"), Q("1.300 suất quà", 1300, "suất quà"),
 Q("37 hộ dân", 37, "hộ dân"), Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "02", "KH/BDVTU", None, None, "Kế hoạch số 02-KH/BDVTU")],
[prov("Khánh Hòa"), com("Sơn Thái"), com("Ninh Ích"), com("Ninh Vân")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ » Hoạt động » Tin trong tỉnh", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Quy chế công tác dân vận"],
["Thứ Sáu, 12/1/2018, 08:30", "bão số 12", "năm 2017", "năm 2018", "tháng 11/2017"]))

PAGES.append(page("b5820-laocai-mttq-giamsat-2014", """
Báo Lào Cai điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
20.08.2014 | 15:45
Giám sát việc hỗ trợ người dân Bát Xát khắc phục hậu quả lũ quét
Đoàn giám sát làm việc tại xã Y Tý. Ảnh: Hữu Thịnh
LCĐT - Từ ngày 18 đến 19/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai do bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, phân bổ và sử dụng nguồn hỗ trợ khắc phục hậu quả lũ quét, sạt lở đất tại huyện Bát Xát, theo Chương trình giám sát năm 2014.
Tham gia đoàn có các ông, bà: Lù Văn Pao, Hoàng Thị Thu, Vàng A Lử - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, cùng đại diện Hội Nông dân, Hội Cựu chiến binh và Sở Lao động - Thương binh và Xã hội.
Trận lũ quét đêm 3/8 đã làm 6 người chết và mất tích, 41 ngôi nhà bị cuốn trôi hoặc hư hỏng nặng, gần 120 ha ruộng bậc thang bị vùi lấp ở các xã Y Tý, A Lù, Ngải Thầu. UBND huyện đã chi hơn 1,8 tỷ đồng từ nguồn dự phòng, tiếp nhận 650 triệu đồng từ Quỹ cứu trợ tỉnh và 24 tấn gạo cứu đói theo Quyết định số 1182/QĐ-TTg của Thủ tướng Chính phủ.
Qua giám sát cho thấy việc bình xét đối tượng cơ bản công khai, dân chủ; 100% hộ có người chết, mất tích được hỗ trợ kịp thời. Tuy nhiên, tại xã A Lù còn 5 hộ di dời khẩn cấp chưa được bố trí đất làm nhà; việc thanh toán kinh phí di dân còn chậm so với Quyết định số 193/2006/QĐ-TTg về chương trình bố trí dân cư các vùng thiên tai. Ông Lý Láo Sài, trưởng thôn Choản Thèn, xã Y Tý, người Hà Nhì, phản ánh 12 hộ đang ở nhờ nhà người thân gần 3 tuần.
Đoàn cũng ghi nhận nhiều cách làm hay: Ủy ban MTTQ xã Ngải Thầu vận động 210 ngày công dựng nhà tạm cho bà con; các dòng họ người Dao, người Mông góp thóc, ngô giúp hộ bị mất nhà; Hội Phụ nữ xã Y Tý tổ chức nấu ăn cho lực lượng tìm kiếm người mất tích trong suốt 5 ngày. Một số hộ dân đề nghị được hỗ trợ giống lúa, giống ngô ngắn ngày để kịp gieo trồng lại trên diện tích ruộng có thể khôi phục.
Ông Chảo Văn Lìn, Phó Chủ tịch UBND huyện Bát Xát, tiếp thu và cho biết huyện đang đề nghị tỉnh bố trí khoảng 3,5 tỷ đồng để xây dựng khu tái định cư tập trung cho 35 hộ. Kết luận buổi giám sát, bà Giàng Thị Dung đề nghị huyện thực hiện đúng Thông tư liên tịch số 11/2011/TTLT-BTC-MTTQ về phân phối nguồn cứu trợ, công khai tại nhà văn hóa thôn; Ủy ban MTTQ các xã theo dõi, báo cáo kết quả trước ngày 15/9.
Hữu Thịnh
Tin cùng chuyên mục
- Mặt trận tỉnh kêu gọi ủng hộ đồng bào Bát Xát (06/08/2014)
- Hội Nông dân hỗ trợ giống ngô cho bà con vùng lũ (12/08/2014)
- Sa Pa: giám sát thực hiện chính sách với người có uy tín (30/07/2014)
""", "2014-08-20", "Giám sát việc hỗ trợ người dân Bát Xát khắc phục hậu quả lũ quét",
E("giam_sat", "2014", "2014-08-18"),
[P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Pao", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Thu", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Vàng A Lử", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Láo Sài", "trưởng thôn Choản Thèn"),
 P("Chảo Văn Lìn", "Phó Chủ tịch UBND huyện Bát Xát")],
[Q("6 người", 6, "người"), Q("41 ngôi nhà", 41, "ngôi nhà"), Q("gần 120 ha", 120, "ha", "approx"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("650 triệu đồng", 650000000, "đồng"), Q("24 tấn gạo", 24, "tấn"),
 Q("100%", 100, "%"), Q("5 hộ", 5, "hộ"), Q("12 hộ", 12, "hộ"), Q("210 ngày công", 210, "ngày công"), Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("35 hộ", 35, "hộ")],
[D("Quyết định", "1182", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1182/QĐ-TTg"),
 D("Quyết định", "193", "2006/QĐ-TTg", None, None, "Quyết định số 193/2006/QĐ-TTg"),
 D("Thông tư liên tịch", "11", "2011/TTLT-BTC-MTTQ", None, None, "Thông tư liên tịch số 11/2011/TTLT-BTC-MTTQ")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Ngải Thầu")],
["Báo Lào Cai điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Y Tý. Ảnh: Hữu Thịnh", "LCĐT",
 "Chương trình giám sát năm 2014", "Quỹ cứu trợ tỉnh"],
["20.08.2014 | 15:45", "năm 2014", "3 tuần", "đêm 3/8", "5 ngày"]))

PAGES.append(page("b5821-quangtri-mttq-traoqua-2020", """
BÁO QUẢNG TRỊ ONLINE
Trang chủ >> Xã hội >> Nhân ái
2020-10-28 16:40
Chủ tịch Ủy ban MTTQ tỉnh thăm, tặng quà người dân vùng lũ Hải Lăng
Đồng chí Hoàng Thị Minh Tâm trao quà cho bà con thôn Mỹ Chánh.
Ngày 27/10, đồng chí Hoàng Thị Minh Tâm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng đoàn công tác đã đến thăm, động viên và trao quà cho người dân bị thiệt hại do đợt lũ lịch sử tại huyện Hải Lăng và huyện Triệu Phong. Cùng đi có đồng chí Lê Quang Chiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh.
Đợt mưa lũ từ ngày 6 đến 20/10 đã làm hơn 69.000 ngôi nhà ở Quảng Trị bị ngập, có nơi ngập sâu hơn 3 m; 13 người chết, trong đó có 3 cán bộ, chiến sĩ hy sinh trong lúc cứu dân. Tại xã Hải Chánh, nước lũ lên nhanh trong đêm, hơn 1.400 hộ phải sơ tán lên các điểm cao, nhà cộng đồng.
Tại các điểm trao quà ở xã Hải Chánh, xã Triệu Độ, đoàn đã trao 700 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt, 20 kg gạo và nhu yếu phẩm, tổng trị giá khoảng 840 triệu đồng, từ nguồn ủng hộ của Ủy ban MTTQ thành phố Hồ Chí Minh và các nhà hảo tâm. Riêng 12 hộ có người thân mất trong lũ được hỗ trợ mỗi hộ 10 triệu đồng.
Đồng chí Hoàng Thị Minh Tâm cho biết, đến ngày 26/10, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 38 tỷ đồng và nhiều hàng hóa của gần 1.000 đoàn cứu trợ; việc phân bổ thực hiện theo Hướng dẫn số 183/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 45/KH-MTTQ-BTT ngày 12/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh; đề nghị Mặt trận các xã phối hợp với trưởng thôn công khai danh sách, ưu tiên hộ nghèo, gia đình chính sách, người già neo đơn.
Bà Nguyễn Thị Liên, thôn Mỹ Chánh, xã Hải Chánh, có nhà bị ngập hơn 2 m, nghẹn ngào: "Lũ cuốn hết lúa giống, heo gà; được bà con khắp nơi chia sẻ, gia đình có thêm động lực dựng lại cuộc sống". Ông Trần Văn Ngọ, Chủ tịch Ủy ban MTTQ xã Triệu Độ, cho biết xã đã nhận 38 tấn gạo, 2.100 thùng mì tôm và hơn 450 triệu đồng từ các đoàn, đều được phát trực tiếp đến hộ theo danh sách đã niêm yết.
Trước đó, đoàn đã đến thăm, tặng quà 2 gia đình cán bộ, chiến sĩ hy sinh trong lúc làm nhiệm vụ cứu dân tại huyện Hướng Hóa.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, sau khi nước rút, nhu cầu lớn nhất của người dân là giống cây trồng, con giống và vật liệu sửa nhà. Mặt trận tỉnh đã đề nghị các đoàn cứu trợ chuyển hướng hỗ trợ sinh kế, tránh dồn hàng về một địa điểm; đồng thời lập đường dây nóng tiếp nhận phản ánh của Nhân dân về việc phân phối.
Hà Linh
Tin liên quan
- Tổng đài 1407 tiếp nhận ủng hộ đồng bào miền Trung (24/10/2020)
- Quảng Trị: hàng chục nghìn ngôi nhà vẫn ngập sâu (19/10/2020)
- Thanh niên Vĩnh Linh vào Hải Lăng giúp dân dọn bùn (25/10/2020)
""", "2020-10-28", "Chủ tịch Ủy ban MTTQ tỉnh thăm, tặng quà người dân vùng lũ Hải Lăng",
E("trao_qua", None, "2020-10-27"),
[P("Hoàng Thị Minh Tâm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Nguyễn Thị Liên"),
 P("Trần Văn Ngọ", "Chủ tịch Ủy ban MTTQ xã Triệu Độ")],
[Q("hơn 69.000 ngôi nhà", 69000, "ngôi nhà", "over"), Q("hơn 3 m", 3, "m", "over"), Q("13 người", 13, "người"),
 Q("3 cán bộ, chiến sĩ", 3, "cán bộ, chiến sĩ"), Q("hơn 1.400 hộ", 1400, "hộ", "over"), Q("700 suất quà", 700, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg gạo", 20, "kg"), Q("khoảng 840 triệu đồng", 840000000, "đồng", "approx"),
 Q("12 hộ", 12, "hộ"), Q("10 triệu đồng", 10000000, "đồng"), Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("gần 1.000 đoàn cứu trợ", 1000, "đoàn cứu trợ", "approx"), Q("hơn 2 m", 2, "m", "over"), Q("38 tấn gạo", 38, "tấn"),
 Q("2.100 thùng mì tôm", 2100, "thùng mì tôm"), Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("2 gia đình", 2, "gia đình")],
[D("Hướng dẫn", "183", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 183/HD-MTTW-BTT"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2020-10-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 12/10/2020")],
[prov("Quảng Trị"), com("Hải Chánh"), com("Triệu Độ"), prov("Hồ Chí Minh")],
["BÁO QUẢNG TRỊ ONLINE", "Trang chủ >> Xã hội >> Nhân ái", "Đồng chí Hoàng Thị Minh Tâm trao quà cho bà con thôn Mỹ Chánh.", "Ban Vận động cứu trợ tỉnh"],
["2020-10-28 16:40", "Tổng đài 1407"]))

PAGES.append(page("b5822-kontum-bdv-giaoban-2020", """
Hôm nay: Thứ Năm, 26/11/2020
BAN DÂN VẬN TỈNH ỦY KON TUM
Tin tức › Hoạt động khối dân vận
Cập nhật lúc 17:20 ngày 25/11/2020
Đồng chí Y Ngọc chủ trì giao ban.
Giao ban khối dân vận tháng 11: tập trung giúp dân vùng bão số 9 ổn định đời sống
Chiều 24/11, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban khối dân vận tháng 11/2020. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí: A Pớt, Phó Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Văn Hòa, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; Y Thị Bích Hạnh, Chủ tịch Hội LHPN tỉnh.
Theo báo cáo, bão số 9 và mưa lũ sau bão đã làm 5 người chết, 1.700 ngôi nhà bị tốc mái, hư hỏng; nhiều tuyến đường vào các xã Đắk Na, Đắk Sao, Măng Bút bị sạt lở, chia cắt. Trong tháng, các cơ quan khối dân vận đã phối hợp vận động 2.300 lượt đoàn viên, hội viên giúp dân lợp nhà; Ủy ban MTTQ tỉnh phân bổ hơn 4,6 tỷ đồng ủng hộ theo Kế hoạch số 77/KH-MTTQ-BTT; Tỉnh đoàn tiếp nhận và chuyển 1.000 áo ấm cho học sinh vùng sâu.
Ban Dân vận Tỉnh ủy đã hướng dẫn thực hiện Chỉ thị số 11-CT/TU ngày 05/11/2020 của Ban Thường vụ Tỉnh ủy về tập trung khắc phục hậu quả bão số 9, trong đó giao khối dân vận vận động 146 hộ đồng bào Xơ Đăng ở vùng nguy cơ sạt lở di dời đến nơi ở mới. Đến nay đã có 98 hộ đồng ý di dời, đạt 67%.
Tại giao ban, bà Y Thị Bích Hạnh đề nghị các huyện quan tâm phụ nữ đơn thân có nhà bị sập. Ông A Pớt cho biết một số người có uy tín ở huyện Tu Mơ Rông như già làng A Dưm, thôn Long Láy 1, và ông A Hùng, Bí thư Chi bộ thôn Tu Thó, đã tự nguyện nhường đất vườn cho hộ bị mất nhà dựng tạm.
Các đại biểu cũng chỉ ra những hạn chế: việc nắm tình hình ở một số thôn xa trung tâm còn chậm do mất điện, mất sóng điện thoại nhiều ngày; một số hộ đã di dời lại quay về nhà cũ để chăm sóc rẫy cà phê, sâm dây. Hội Nông dân tỉnh kiến nghị có chính sách hỗ trợ giống, phân bón để bà con khôi phục sản xuất trên diện tích bị vùi lấp, giữ người dân ở lại nơi ở mới ổn định lâu dài.
Kết luận giao ban, đồng chí Y Ngọc yêu cầu tháng 12 khối dân vận bám sát các điểm tái định cư, kịp thời nắm tâm tư của Nhân dân; chuẩn bị nội dung tổng kết năm 2020 theo Hướng dẫn số 41-HD/BDVTW của Ban Dân vận Trung ương; phối hợp tổ chức Chương trình "Tết vì người nghèo" tại các xã bị thiệt hại nặng.
A Thuận
Các tin đã đưa
- Mặt trận tỉnh tiếp nhận ủng hộ của TP Hồ Chí Minh (18/11/2020)
- Giao ban khối dân vận tháng 10 năm 2020 (26/10/2020)
- Đắk Glei: người có uy tín vận động dân di dời khỏi vùng sạt lở (02/11/2020)
- Ngọc Hồi: đoàn viên thanh niên giúp dân lợp lại nhà sau bão (30/10/2020)
""", "2020-11-25", "Giao ban khối dân vận tháng 11: tập trung giúp dân vùng bão số 9 ổn định đời sống",
E("giao_ban", "2020-11", "2020-11-24"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Pớt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Bích Hạnh", "Chủ tịch Hội LHPN tỉnh"),
 P("A Dưm", "già làng"),
 P("A Hùng", "Bí thư Chi bộ thôn Tu Thó")],
[Q("5 người", 5, "người"), Q("1.700 ngôi nhà", 1700, "ngôi nhà"), Q("2.300 lượt đoàn viên, hội viên", 2300, "lượt đoàn viên, hội viên"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("1.000 áo ấm", 1000, "áo ấm"), Q("146 hộ", 146, "hộ"),
 Q("98 hộ", 98, "hộ"), Q("67%", 67, "%")],
[D("Kế hoạch", "77", "KH-MTTQ-BTT", None, None, "Kế hoạch số 77/KH-MTTQ-BTT"),
 D("Chỉ thị", "11", "CT/TU", "2020-11-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 05/11/2020"),
 D("Hướng dẫn", "41", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 41-HD/BDVTW")],
[prov("Kon Tum"), com("Đắk Na"), com("Đắk Sao"), com("Măng Bút")],
["Hôm nay: Thứ Năm, 26/11/2020", "BAN DÂN VẬN TỈNH ỦY KON TUM", "Tin tức › Hoạt động khối dân vận", "Đồng chí Y Ngọc chủ trì giao ban.", "Tết vì người nghèo"],
["Cập nhật lúc 17:20 ngày 25/11/2020", "tháng 11/2020", "bão số 9", "tháng 12", "năm 2020", "thôn Long Láy 1"]))

PAGES.append(page("b5823-thuathienhue-bdvhu-soket-2021", """
HUYỆN ỦY PHONG ĐIỀN - BAN DÂN VẬN
Trang chủ | Tin hoạt động | Dân vận
09/07/2021 - 10:15
Ảnh: Hội nghị sơ kết được tổ chức theo hình thức trực tuyến.
Phong Điền: vận động dân vùng trũng chủ động "sống chung với lũ"
Ngày 08/7, Ban Dân vận Huyện ủy Phong Điền (Thừa Thiên Huế) tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021 với 16 điểm cầu xã, thị trấn. Đồng chí Hồ Thị Diệu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Báo cáo cho biết, sau đợt lũ lịch sử tháng 10/2020, khối dân vận huyện đã vận động xây dựng 212 căn nhà có gác tránh lũ, hoàn thành sửa chữa 1.046 ngôi nhà bị hư hỏng; tổng kinh phí hơn 21 tỷ đồng, trong đó Nhân dân đóng góp khoảng 30%. Thực hiện Kế hoạch số 120-KH/HU của Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy phối hợp tổ chức 7 hội nghị đối thoại giữa người đứng đầu chính quyền với Nhân dân tại các xã Phong Chương, Phong Bình, Điền Hòa về phương án bố trí dân cư vùng ven biển bị sạt lở.
Trong 6 tháng, khối dân vận đã tiếp nhận 23 đơn thư, giải quyết dứt điểm 21 đơn; xây dựng mới 12 mô hình "Dân vận khéo" trong lĩnh vực phòng, chống thiên tai. Hội LHPN huyện duy trì 45 tổ phụ nữ "An toàn mùa lũ"; Huyện đoàn thành lập 18 đội hình thanh niên tình nguyện cứu hộ.
Tham luận tại hội nghị, bà Lê Thị Thanh Nhàn, Chủ tịch Ủy ban MTTQ xã Phong Chương, cho biết xã đã vận động 67 hộ đóng góp 1.200 ngày công đắp đê bao; ông Nguyễn Văn Tùng, Bí thư Chi bộ kiêm Trưởng thôn Đông Phú, xã Điền Hòa, đề nghị hỗ trợ thuyền nhôm cho tổ cứu hộ thôn.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm bắt tình hình tư tưởng của người dân ở các khu tái định cư có lúc chưa kịp thời; công tác dân vận chính quyền ở một vài xã còn hình thức, việc tiếp dân định kỳ chưa đều; nguồn lực hỗ trợ làm nhà chống lũ còn phụ thuộc nhiều vào các nhà tài trợ. Một số đại biểu đề nghị tăng thời lượng tuyên truyền trên hệ thống loa truyền thanh cơ sở trong mùa mưa.
Phát biểu kết luận, đồng chí Hồ Thị Diệu yêu cầu 6 tháng cuối năm tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chuẩn bị tốt phương án "4 tại chỗ" trước mùa mưa bão; vận động Nhân dân tuân thủ Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ trong phòng, chống dịch COVID-19 khi phải sơ tán tập trung.
Hội nghị đã thông qua Hướng dẫn số 09-HD/BDVHU về xây dựng mô hình "Khu dân cư an toàn trước thiên tai", phấn đấu đến cuối năm 2021 mỗi xã có ít nhất 2 mô hình.
Thủy Tiên
Lượt xem: 642
Tin khác
- Phong Điền trao 50 áo phao cho hộ nghèo vùng trũng (22/06/2021)
- Đối thoại với Nhân dân về bố trí dân cư ven biển (15/06/2021)
- Ra mắt mô hình "Khu dân cư an toàn trước thiên tai" (28/05/2021)
""", "2021-07-09", "Phong Điền: vận động dân vùng trũng chủ động \"sống chung với lũ\"",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Hồ Thị Diệu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Thanh Nhàn", "Chủ tịch Ủy ban MTTQ xã Phong Chương"),
 P("Nguyễn Văn Tùng", "Bí thư Chi bộ kiêm Trưởng thôn Đông Phú")],
[Q("16 điểm cầu xã, thị trấn", 16, "điểm cầu xã, thị trấn"), Q("212 căn nhà có gác tránh lũ", 212, "căn nhà có gác tránh lũ"),
 Q("1.046 ngôi nhà", 1046, "ngôi nhà"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("khoảng 30%", 30, "%", "approx"),
 Q("7 hội nghị đối thoại", 7, "hội nghị đối thoại"), Q("23 đơn thư", 23, "đơn thư"), Q("21 đơn", 21, "đơn"),
 Q("12 mô hình", 12, "mô hình"), Q("45 tổ phụ nữ", 45, "tổ phụ nữ"), Q("18 đội hình thanh niên tình nguyện cứu hộ", 18, "đội hình thanh niên tình nguyện cứu hộ"),
 Q("67 hộ", 67, "hộ"), Q("1.200 ngày công", 1200, "ngày công"), Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kế hoạch", "120", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 120-KH/HU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, None, "Hướng dẫn số 09-HD/BDVHU")],
[prov("Thừa Thiên Huế"), com("Phong Chương"), com("Phong Bình"), com("Điền Hòa")],
["HUYỆN ỦY PHONG ĐIỀN - BAN DÂN VẬN", "Trang chủ | Tin hoạt động | Dân vận", "Ảnh: Hội nghị sơ kết được tổ chức theo hình thức trực tuyến.",
 "Dân vận khéo", "An toàn mùa lũ", "4 tại chỗ", "Khu dân cư an toàn trước thiên tai", "Lượt xem: 642", "sống chung với lũ"],
["09/07/2021 - 10:15", "6 tháng đầu năm 2021", "tháng 10/2020", "6 tháng", "6 tháng cuối năm", "4 tại chỗ", "cuối năm 2021", "Lượt xem: 642"]))

PAGES.append(page("b5824-danang-chandung-2022", """
Báo Đà Nẵng điện tử
Chính trị - Xã hội › Gương sáng
14 tháng 10, 2022 | 17:45
Người "giữ lửa" khu dân cư trong những ngày bão số 4
Ông Phan Văn Lợi (bìa trái) kiểm tra nhà dân trước bão. Ảnh: Thanh Hà
Đã 12 năm làm Trưởng ban công tác Mặt trận khu dân cư số 7, phường Nại Hiên Đông, quận Sơn Trà, ông Phan Văn Lợi, 66 tuổi, cựu chiến binh, quen thuộc với từng con hẻm, từng mái nhà. Những ngày cuối tháng 9, khi bão số 4 (Noru) hướng vào Đà Nẵng, ông cùng Ban công tác Mặt trận đi gõ cửa 214 hộ, lập danh sách 31 hộ có nhà cấp 4 xuống cấp, người già neo đơn cần sơ tán.
"Mỗi lần có bão, tôi không ngủ được. Mình phải biết nhà nào có người bệnh, nhà nào chỉ có hai ông bà già thì mới lo cho kịp", ông Lợi nói. Trước bão một ngày, ông vận động được 45 thanh niên trong khu dân cư giúp chằng chống mái tôn, hạ pano, tỉa cành cây; bố trí 96 người đến trú tại Trường THCS Nguyễn Chí Thanh và nhà văn hóa khu dân cư.
Bà Trần Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Nại Hiên Đông, cho biết phường có 38 Ban công tác Mặt trận khu dân cư, nhưng khu dân cư số 7 luôn đi đầu trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Năm 2022, khu dân cư vận động được hơn 86 triệu đồng xây dựng Quỹ "Vì người nghèo", hỗ trợ 4 hộ nghèo sửa nhà chống bão.
Theo ông Nguyễn Đình Quý, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Sơn Trà, sau bão số 4, toàn quận có khoảng 1.150 ngôi nhà bị tốc mái, hư hỏng; Mặt trận quận đã trích 300 triệu đồng hỗ trợ các hộ khó khăn, trong đó khu dân cư số 7 có 9 hộ được hỗ trợ. Quận cũng thực hiện Quy chế phối hợp số 06/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND quận trong phòng, chống thiên tai và Kế hoạch số 214/KH-UBND của UBND thành phố về ứng phó bão, áp thấp nhiệt đới.
Sau bão, ông Lợi lại cùng các hội viên cựu chiến binh dọn cây đổ, khơi thông cống rãnh. Năm nay ông được Ủy ban MTTQ Việt Nam thành phố tặng bằng khen, là 1 trong 25 cá nhân tiêu biểu trong công tác Mặt trận ở cơ sở giai đoạn 2017 - 2022. "Có bà con tin mình, mình làm được hết", ông cười.
Bà Nguyễn Thị Tám, 82 tuổi, sống một mình trong căn nhà cấp 4 cạnh bờ sông Hàn, kể: đêm bão vào, ông Lợi cùng hai thanh niên đến tận nơi cõng bà lên xe đưa đi trú; sáng hôm sau, khi quay về, mái nhà đã được các cháu đoàn viên lợp lại. Những câu chuyện như thế ở khu dân cư số 7 nhiều đến mức người ta gọi vui Ban công tác Mặt trận là "đội phản ứng nhanh" của khu phố.
Thanh Hà
Tin liên quan
- Đà Nẵng: hơn 200.000 người dân được sơ tán an toàn trước bão Noru (27/09/2022)
- Phường Nại Hiên Đông ra mắt tổ xung kích phòng chống thiên tai (10/06/2022)
- Mặt trận quận Sơn Trà trao quà cho hộ bị thiệt hại do bão (02/10/2022)
""", "2022-10-14", "Người \"giữ lửa\" khu dân cư trong những ngày bão số 4",
E("khac", None, None),
[P("Phan Văn Lợi", "Trưởng ban công tác Mặt trận khu dân cư số 7"),
 P("Trần Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nại Hiên Đông"),
 P("Nguyễn Đình Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Sơn Trà"),
 P("Nguyễn Thị Tám")],
[Q("214 hộ", 214, "hộ"), Q("31 hộ", 31, "hộ"), Q("45 thanh niên", 45, "thanh niên"), Q("96 người", 96, "người"),
 Q("38 Ban công tác Mặt trận khu dân cư", 38, "Ban công tác Mặt trận khu dân cư"), Q("hơn 86 triệu đồng", 86000000, "đồng", "over"),
 Q("4 hộ nghèo", 4, "hộ nghèo"), Q("khoảng 1.150 ngôi nhà", 1150, "ngôi nhà", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("9 hộ", 9, "hộ"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Quy chế phối hợp", "06", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 06/QCPH-MTTQ-UBND"),
 D("Kế hoạch", "214", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 214/KH-UBND")],
[prov("Đà Nẵng"), com("Nại Hiên Đông")],
["Báo Đà Nẵng điện tử", "Chính trị - Xã hội › Gương sáng", "Ông Phan Văn Lợi (bìa trái) kiểm tra nhà dân trước bão. Ảnh: Thanh Hà",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Noru", "Trường THCS Nguyễn Chí Thanh"],
["14 tháng 10, 2022 | 17:45", "12 năm", "66 tuổi", "82 tuổi", "hai thanh niên", "bão số 4", "Năm 2022", "giai đoạn 2017 - 2022", "khu dân cư số 7", "1 trong 25", "hai ông bà"]))
