from lib import *
PAGES = []

PAGES.append(page("b6689-hoabinh-maihich-tongket-2020", """
Cổng TTĐT huyện Mai Châu
Tỉnh Hòa Bình
Vị trí: Trang chủ > Tin cơ sở > Tiếng nói xã, thị trấn
Cập nhật: 09:42, 18/12/2020 (GMT+7)
Toàn cảnh hội nghị.
Mai Hịch: Khối dân vận xã tổng kết công tác năm 2020
Chuyên mục "Tiếng nói cơ sở" tuần này được Đài truyền thanh xã Mai Hịch phát vào các buổi sáng thứ Sáu, thứ Bảy và Chủ nhật.
Ngày 16/12/2020, Đảng ủy xã Mai Hịch tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Hà Văn Khiêm, Bí thư Đảng ủy, Chủ tịch HĐND xã dự và chỉ đạo; đồng chí Lò Thị Nhung, ĐUV, Trưởng khối dân vận xã chủ trì hội nghị.
Năm 2020, khối dân vận đã tập trung tuyên truyền, vận động nhân dân các bản Chiềng Sại, Pom Coọng, Lác tham gia phát triển du lịch cộng đồng; đến nay có 42 hộ làm dịch vụ homestay, thu hút khoảng 18.000 lượt khách. Thực hiện Nghị quyết 03, 04-NQ/ĐU của Ban Chấp hành Đảng bộ xã về phát triển du lịch và về giữ gìn bản sắc văn hóa dân tộc Thái, xã đã thành lập 5 đội văn nghệ truyền thống ở các bản.
Các đoàn thể vận động hội viên hiến 1.100 m2 đất, đóng góp trên 630 triệu đồng và 3.200 ngày công để làm 2,6 km đường nội bản. Trong năm, 27 hộ thoát nghèo, tỷ lệ hộ nghèo giảm còn 4,1%. Tổ hòa giải các bản hòa giải thành 9 trên 10 vụ việc; không có đơn thư vượt cấp.
Phòng, chống dịch COVID-19 được triển khai nghiêm theo Chỉ thị số 15/CT-TTg và Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; thời gian giãn cách, các homestay tạm dừng đón khách, Mặt trận xã trao 150 suất quà cho hộ làm du lịch bị ảnh hưởng, mỗi suất 10 kg gạo và 200.000 đồng tiền mặt.
Tại hội nghị, ông Vì Văn Thanh, Trưởng bản Pom Coọng, cho rằng cần có quy ước về giá dịch vụ để tránh cạnh tranh không lành mạnh; bà Xa Thị Hoan, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị mở lớp dạy dệt thổ cẩm cho phụ nữ trẻ.
Phát biểu chỉ đạo, đồng chí Hà Văn Khiêm yêu cầu năm 2021 khối dân vận bám sát Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, làm tốt công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026.
Hội nghị đã khen thưởng 3 tập thể và 8 cá nhân tiêu biểu trong phong trào "Dân vận khéo" năm 2020.
Lò Hiền (Đài TT xã Mai Hịch)
Lượt xem: 1.205
Tin liên quan
- Mai Châu: trao 50 suất học bổng cho học sinh dân tộc (10/12/2020)
- Bản Lác đón đoàn khảo sát du lịch cộng đồng (30/11/2020)
- Mai Hịch: ra mắt mô hình "Bản không rác thải nhựa" (18/11/2020)
- Hội Nông dân xã Mai Hịch tập huấn trồng lúa nếp đặc sản (05/11/2020)
- Tuyên truyền phòng, chống cháy rừng mùa hanh khô (28/10/2020)
""", "2020-12-18", "Mai Hịch: Khối dân vận xã tổng kết công tác năm 2020",
E("tong_ket", "2020", "2020-12-16"),
[P("Hà Văn Khiêm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lò Thị Nhung", "ĐUV", "Trưởng khối dân vận xã"),
 P("Vì Văn Thanh", "Trưởng bản Pom Coọng"),
 P("Xa Thị Hoan", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("42 hộ", 42, "hộ"), Q("khoảng 18.000 lượt khách", 18000, "lượt khách", "approx"), Q("5 đội văn nghệ truyền thống", 5, "đội văn nghệ truyền thống"),
 Q("1.100 m2", 1100, "m2"), Q("trên 630 triệu đồng", 630000000, "đồng", "over"), Q("3.200 ngày công", 3200, "ngày công"),
 Q("2,6 km", 2.6, "km"), Q("27 hộ", 27, "hộ"), Q("4,1%", 4.1, "%"), Q("9 trên 10 vụ việc", 9, "vụ việc"),
 Q("150 suất quà", 150, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("3 tập thể", 3, "tập thể"), Q("8 cá nhân tiêu biểu", 8, "cá nhân tiêu biểu")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 15/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Hòa Bình"), com("Mai Hịch")],
["Cổng TTĐT huyện Mai Châu", "Vị trí: Trang chủ > Tin cơ sở > Tiếng nói xã, thị trấn", "Toàn cảnh hội nghị.", "Tiếng nói cơ sở",
 "Dân vận khéo", "Lượt xem: 1.205", "homestay"],
["Cập nhật: 09:42, 18/12/2020 (GMT+7)", "năm 2020", "năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "Lượt xem: 1.205", "COVID-19"]))

PAGES.append(page("b6690-binhduong-anson-soket-2021", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ AN SƠN
Thành phố Thuận An - Tỉnh Bình Dương
Trang chủ » Tin tức » Mặt trận - Đoàn thể
29/06/2021 - 10:05
Mặt trận xã An Sơn sơ kết 6 tháng: hơn 1,1 tỷ đồng chăm lo người dân khó khăn do dịch
Nội dung phát trên hệ thống truyền thanh thông minh của xã lúc 16 giờ 30.
Ngày 28/6, Ban Thường trực Ủy ban MTTQ Việt Nam xã An Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2021 theo hình thức trực tuyến và trực tiếp kết hợp, chỉ có 25 đại biểu dự tại hội trường để bảo đảm giãn cách. Ông Trần Văn Nghĩa, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Báo cáo sơ kết cho biết, 6 tháng qua Mặt trận xã cùng các đoàn thể vận động được hơn 1,1 tỷ đồng, 48 tấn gạo và nhiều nhu yếu phẩm để hỗ trợ công nhân nhà trọ, người lao động tự do và hộ khó khăn do dịch COVID-19; trao gần 3.500 phần quà, trong đó có khoảng 2.000 phần cho công nhân thuê trọ ở 4 ấp An Mỹ, An Quới, Phú Hội, An Hòa. Mô hình "ATM gạo" và "Tủ bánh mì 0 đồng" do chi hội phụ nữ vận hành đã phục vụ hơn 600 lượt người mỗi ngày.
Mặt trận đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp ngày 23/5 với tỷ lệ cử tri đi bầu đạt 99,47%. Thực hiện Kế hoạch số 104-KH/ĐU của Đảng ủy xã, Mặt trận và các đoàn thể lập 12 tổ COVID cộng đồng, huy động 96 thành viên tham gia.
Phát biểu tại hội nghị, bà Nguyễn Thị Ngọc Lan - Phó Chủ tịch UBND xã đề nghị Mặt trận tiếp tục nắm tình hình nhà trọ, phát hiện sớm người từ vùng dịch trở về. Ông Lê Văn Hai, chủ nhà trọ ấp An Mỹ, chia sẻ việc giảm 50% tiền thuê phòng trong 2 tháng cho 30 phòng trọ.
Kết luận hội nghị, ông Trần Văn Nghĩa đề nghị 6 tháng cuối năm thực hiện tốt Chỉ thị số 15/CT-UBND của UBND tỉnh Bình Dương và Công điện của Thủ tướng; không để công nhân khó khăn nào thiếu ăn. Ông cũng kêu gọi mạnh thường quân tiếp tục ủng hộ Quỹ vắc xin phòng COVID-19.
TIN TRONG NGÀY
• Đoàn Thanh niên xã ra quân phun khử khuẩn tại 9 khu nhà trọ. Anh Đỗ Minh Khoa, Bí thư Đoàn xã, cho biết mỗi tối có 20 đoàn viên trực chốt tình nguyện.
• Trạm Y tế xã thông báo: người dân không ra khỏi nhà sau 18 giờ nếu không thật cần thiết; khi có triệu chứng sốt, ho gọi tổ COVID cộng đồng của ấp.
Quang Vinh
Tin cùng chuyên mục
- An Sơn trao 500 phần quà cho công nhân nhà trọ (18/06/2021)
- Xã An Sơn tiếp nhận 10 tấn gạo từ nhà hảo tâm (09/06/2021)
- Ra mắt mô hình "Tủ bánh mì 0 đồng" (01/06/2021)
- Thuận An: công bố kết quả bầu cử đại biểu HĐND thành phố (28/05/2021)
- An Sơn: khánh thành cầu Ông Chín ở ấp Phú Hội (20/05/2021)
""", "2021-06-29", "Mặt trận xã An Sơn sơ kết 6 tháng: hơn 1,1 tỷ đồng chăm lo người dân khó khăn do dịch",
E("so_ket", "2021-H1", "2021-06-28"),
[P("Trần Văn Nghĩa", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Ngọc Lan", "Phó Chủ tịch UBND xã"),
 P("Lê Văn Hai", "chủ nhà trọ ấp An Mỹ"),
 P("Đỗ Minh Khoa", "Bí thư Đoàn xã")],
[Q("25 đại biểu", 25, "đại biểu"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("48 tấn", 48, "tấn"),
 Q("gần 3.500 phần quà", 3500, "phần quà", "approx"), Q("khoảng 2.000 phần", 2000, "phần", "approx"), Q("4 ấp", 4, "ấp"),
 Q("hơn 600 lượt người", 600, "lượt người", "over"), Q("99,47%", 99.47, "%"), Q("12 tổ COVID cộng đồng", 12, "tổ COVID cộng đồng"),
 Q("96 thành viên", 96, "thành viên"), Q("50%", 50, "%"), Q("30 phòng trọ", 30, "phòng trọ"),
 Q("9 khu nhà trọ", 9, "khu nhà trọ"), Q("20 đoàn viên", 20, "đoàn viên")],
[D("Kế hoạch", "104", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 104-KH/ĐU"),
 D("Chỉ thị", "15", "CT-UBND", None, "UBND tỉnh Bình Dương", "Chỉ thị số 15/CT-UBND")],
[prov("Bình Dương"), com("An Sơn")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ AN SƠN", "Thành phố Thuận An - Tỉnh Bình Dương", "Trang chủ » Tin tức » Mặt trận - Đoàn thể",
 "Nội dung phát trên hệ thống truyền thanh thông minh của xã lúc 16 giờ 30.", "ATM gạo", "Tủ bánh mì 0 đồng", "TIN TRONG NGÀY"],
["29/06/2021 - 10:05", "16 giờ 30", "6 tháng đầu năm 2021", "khóa XV", "ngày 23/5", "trong 2 tháng", "6 tháng cuối năm", "sau 18 giờ",
 "Tủ bánh mì 0 đồng", "COVID-19"]))

PAGES.append(page("b6691-haiphong-daihop-doithoai-2022", """
Đài Truyền thanh xã Đại Hợp - huyện Kiến Thụy - thành phố Hải Phòng
Giới thiệu | Tin tức | Chuyên mục | Thông báo | Lịch phát sóng
Thứ Ba, 16/08/2022
Bí thư, Chủ tịch xã Đại Hợp đối thoại với nhân dân về dự án đê biển và dồn điền đổi thửa
Kính thưa bà con! Mở đầu chương trình phát thanh hôm nay, mời bà con nghe tin về buổi đối thoại được nhiều người quan tâm.
Sáng 15/8, tại hội trường UBND xã, Đảng ủy, UBND xã Đại Hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2022. Chủ trì hội nghị là đồng chí Phạm Văn Tuyến, Bí thư Đảng ủy xã và đồng chí Vũ Đức Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Có 112 đại biểu là đại diện các hộ dân ở 9 thôn dự.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 58-KH/ĐU của Đảng ủy xã.
Tại buổi đối thoại, 14 lượt ý kiến đã được nêu. Ông Nguyễn Văn Sinh, thôn Tân Hòa, hỏi về việc bồi thường cho các hộ có đất nuôi trồng thủy sản nằm trong dự án nâng cấp đê biển; bà Đỗ Thị Nhài, thôn Quần Mục, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất sau dồn điền đổi thửa. Nhiều ý kiến phản ánh đường trục thôn xuống cấp, hệ thống thủy lợi nội đồng bồi lắng.
Trả lời các ý kiến, đồng chí Vũ Đức Thịnh cho biết xã đã hoàn thành dồn điền đổi thửa với 168,5 ha, giảm từ bình quân 6 thửa xuống còn 1,4 thửa mỗi hộ; đến nay đã cấp 1.037 giấy chứng nhận, phấn đấu hoàn thành số còn lại trong quý IV. Về dự án đê biển, 71 hộ đã nhận tiền bồi thường với tổng số 13,6 tỷ đồng; còn 6 hộ chưa đồng thuận về đơn giá, xã sẽ phối hợp Hội đồng bồi thường huyện tổ chức đối thoại riêng.
Đồng chí Phạm Văn Tuyến đề nghị bà con tiếp tục phát huy tinh thần đoàn kết, đồng thuận; cán bộ các thôn, chi hội đoàn thể phải bám dân, giải thích rõ chủ trương, chính sách để người dân hiểu và làm theo.
THÔNG TIN VẮN
- Hội Nông dân xã phối hợp Trung tâm Khuyến nông thành phố tổ chức hội thảo chuyển đổi 20 ha lúa kém hiệu quả sang nuôi trồng thủy sản; ông Bùi Văn Thiện, Chủ tịch Hội Nông dân xã, cho biết đã có 35 hộ đăng ký.
- Ủy ban MTTQ xã đã trao 2 nhà tình nghĩa cho gia đình chính sách, mỗi nhà được hỗ trợ 70 triệu đồng, chào mừng kỷ niệm 77 năm Cách mạng tháng Tám và Quốc khánh 2/9.
- Thông báo lịch tiếp công dân tháng 9: Bí thư Đảng ủy tiếp vào ngày 5, Chủ tịch UBND xã tiếp vào ngày 15 và 25.
Thu Huyền
Xem thêm
- Đại Hợp: ra quân làm sạch môi trường biển (10/08/2022)
- Đoàn Thanh niên xã tổ chức tiếp sức mùa thi (02/08/2022)
- Đại Hợp đón nhận Bằng công nhận xã nông thôn mới nâng cao (25/07/2022)
""", "2022-08-16", "Bí thư, Chủ tịch xã Đại Hợp đối thoại với nhân dân về dự án đê biển và dồn điền đổi thửa",
E("doi_thoai", "2022", "2022-08-15"),
[P("Phạm Văn Tuyến", "Bí thư Đảng ủy xã"),
 P("Vũ Đức Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Sinh"),
 P("Đỗ Thị Nhài"),
 P("Bùi Văn Thiện", "Chủ tịch Hội Nông dân xã")],
[Q("112 đại biểu", 112, "đại biểu"), Q("9 thôn", 9, "thôn"), Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("168,5 ha", 168.5, "ha"), Q("6 thửa", 6, "thửa"), Q("1,4 thửa", 1.4, "thửa"),
 Q("1.037 giấy chứng nhận", 1037, "giấy chứng nhận"), Q("71 hộ", 71, "hộ"), Q("13,6 tỷ đồng", 13600000000, "đồng"), Q("6 hộ", 6, "hộ"),
 Q("20 ha", 20, "ha"), Q("35 hộ", 35, "hộ"), Q("2 nhà tình nghĩa", 2, "nhà tình nghĩa"), Q("70 triệu đồng", 70000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "58", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 58-KH/ĐU")],
[prov("Hải Phòng"), com("Đại Hợp")],
["Đài Truyền thanh xã Đại Hợp - huyện Kiến Thụy - thành phố Hải Phòng", "Giới thiệu | Tin tức | Chuyên mục | Thông báo | Lịch phát sóng",
 "THÔNG TIN VẮN", "Cách mạng tháng Tám"],
["Thứ Ba, 16/08/2022", "năm 2022", "quý IV", "77 năm", "2/9", "tháng 9", "ngày 5", "ngày 15 và 25"]))

PAGES.append(page("b6692-khanhhoa-ninhphung-taphuan-2022", """
ĐÀI TRUYỀN THANH - TRUYỀN HÌNH THỊ XÃ NINH HÒA
Khánh Hòa
Trang chủ > Tin tức > Xã, phường > Ninh Phụng
Ngày 09/11/2022 | 14:30
Ninh Phụng: Bồi dưỡng kỹ năng cho 70 cán bộ Ban công tác Mặt trận thôn
Đây là tin chính trong bản tin truyền thanh xã Ninh Phụng chiều thứ Tư.
Ngày 8/11, Ủy ban MTTQ Việt Nam xã Ninh Phụng tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận cho 70 học viên là trưởng, phó Ban công tác Mặt trận và tổ trưởng tổ tự quản ở 11 thôn. Bà Lê Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Ninh Hòa, dự và phát biểu khai mạc.
Trong 1 ngày, các học viên được ThS. Trần Quang Vũ, giảng viên Trường Chính trị tỉnh Khánh Hòa, truyền đạt chuyên đề về Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc thực hiện cơ chế "Đảng lãnh đạo, Nhà nước quản lý, nhân dân làm chủ" và những điểm mới của dự thảo Luật Thực hiện dân chủ ở cơ sở đang được Quốc hội xem xét tại kỳ họp này.
Chuyên đề thứ hai do ông Nguyễn Xuân Phát, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã, hướng dẫn cách tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, cách lấy ý kiến nhân dân theo Quyết định số 99/QĐ-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội.
Theo báo cáo của Mặt trận xã, năm qua các Ban công tác Mặt trận thôn đã tổ chức 11 Ngày hội Đại đoàn kết, vận động xây 4 căn nhà "Đại đoàn kết" với tổng kinh phí 240 triệu đồng; 96,5% hộ đạt danh hiệu "Gia đình văn hóa". Ông Nguyễn Xuân Phát nhận định còn 3 Ban công tác Mặt trận hoạt động thiếu thường xuyên, biên bản họp chưa đầy đủ.
Học viên Huỳnh Thị Xuân, Trưởng Ban công tác Mặt trận thôn Phong Phú, cho biết lớp học rất bổ ích, nhất là phần thực hành xử lý tình huống khi nhân dân phản ánh về môi trường.
Điểm tin khác trong bản tin
- Trạm Y tế xã tiêm bổ sung vắc xin phòng COVID-19 mũi 4 cho 215 người.
- Ông Đặng Văn Hòa, Chủ tịch UBND xã Ninh Phụng, thông báo: bà con ở vùng trũng thấp dọc sông Dinh chủ động chằng chống nhà cửa, chuẩn bị phương án sơ tán khi có mưa lớn; hiện có 67 hộ nằm trong danh sách phải di dời khi có lũ.
Minh Tâm - Đài TT xã Ninh Phụng
Tin khác
- Ninh Hòa: tổng kết Ngày hội Đại đoàn kết năm 2022 (05/11/2022)
- Ninh Phụng trao 20 suất học bổng cho học sinh nghèo (28/10/2022)
- Xã Ninh Phụng diễn tập ứng phó lụt bão (12/10/2022)
- Hội Cựu chiến binh xã Ninh Phụng giúp nhau phát triển kinh tế (03/10/2022)
- Thôn Phong Phú ra mắt tổ tự quản bảo vệ môi trường (22/09/2022)
""", "2022-11-09", "Ninh Phụng: Bồi dưỡng kỹ năng cho 70 cán bộ Ban công tác Mặt trận thôn",
E("tap_huan", None, "2022-11-08"),
[P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Ninh Hòa"),
 P("Trần Quang Vũ", "ThS.", "giảng viên Trường Chính trị tỉnh Khánh Hòa"),
 P("Nguyễn Xuân Phát", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã"),
 P("Huỳnh Thị Xuân", "Trưởng Ban công tác Mặt trận thôn Phong Phú"),
 P("Đặng Văn Hòa", "Chủ tịch UBND xã Ninh Phụng")],
[Q("70 học viên", 70, "học viên"), Q("11 thôn", 11, "thôn"), Q("11 Ngày hội Đại đoàn kết", 11, "Ngày hội Đại đoàn kết"),
 Q("4 căn nhà", 4, "căn nhà"), Q("240 triệu đồng", 240000000, "đồng"), Q("96,5%", 96.5, "%"),
 Q("3 Ban công tác Mặt trận", 3, "Ban công tác Mặt trận"), Q("215 người", 215, "người"), Q("67 hộ", 67, "hộ")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Quyết định", "99", "QĐ-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 99/QĐ-MTTW-BTT"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Khánh Hòa"), com("Ninh Phụng")],
["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH THỊ XÃ NINH HÒA", "Trang chủ > Tin tức > Xã, phường > Ninh Phụng", "Đại đoàn kết", "Gia đình văn hóa",
 "Điểm tin khác trong bản tin", "Trường Chính trị tỉnh Khánh Hòa", "Đảng lãnh đạo, Nhà nước quản lý, nhân dân làm chủ", "Luật Thực hiện dân chủ ở cơ sở"],
["Ngày 09/11/2022 | 14:30", "Trong 1 ngày", "mũi 4", "COVID-19", "Chuyên đề thứ hai"]))

PAGES.append(page("b6693-dienbien-muongphang-uytin-2023", """
UBND HUYỆN ĐIỆN BIÊN - ĐÀI TRUYỀN THANH XÃ MƯỜNG PHĂNG
Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo
20/04/2023 16:05
Mường Phăng: 32 người có uy tín góp ý xây dựng bản làng bình yên
Bản tin phát thanh song ngữ Kinh - Thái - Mông phát vào 18 giờ hằng ngày
Ngày 19/4, Đảng ủy, UBND xã Mường Phăng, tỉnh Điện Biên tổ chức hội nghị người có uy tín năm 2023. Dự hội nghị có 32 người có uy tín là già làng, trưởng bản, trưởng dòng họ của 16 bản và đại diện các ban, ngành, đoàn thể xã. Chủ trì hội nghị gồm các đồng chí: Lò Văn Hom, Bí thư Đảng ủy xã; Giàng A Sử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Năm 2022, người có uy tín trên địa bàn xã đã tham gia vận động 14 hộ tháo dỡ nhà tạm để làm lại nhà kiên cố, vận động 9 thanh niên tự nguyện cai nghiện ma túy, hòa giải thành 6 vụ tranh chấp đất nương. Người có uy tín cũng tích cực tuyên truyền nhân dân không nghe theo kẻ xấu truyền đạo trái pháp luật, không tổ chức tảo hôn; toàn xã không để xảy ra trường hợp di cư tự do.
Theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ, mỗi người có uy tín được cấp 1 tờ báo, được thăm hỏi khi ốm đau, được tặng quà dịp Tết Nguyên đán, Tết của dân tộc. Năm 2022, xã đã thăm hỏi 5 người có uy tín bị ốm, mỗi suất 500.000 đồng.
Tại hội nghị, các ông Vừ A Dế, Lường Văn Mẳn, Sùng A Lử - người có uy tín tiêu biểu của xã - đề nghị xã hỗ trợ làm đường lên khu sản xuất, mở lớp dạy nghề dệt, thêu cho phụ nữ Mông. Bà Thào Thị Dợ, Chủ tịch Hội Liên hiệp Phụ nữ xã, mong người có uy tín vận động các gia đình cho con gái đi học đến hết THCS.
Đồng chí Giàng A Sử tiếp thu các ý kiến và cho biết năm 2023 xã sẽ làm 3,5 km đường nội đồng từ vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Kết luận hội nghị, đồng chí Lò Văn Hom đề nghị người có uy tín tiếp tục là "cầu nối" giữa cấp ủy, chính quyền với nhân dân, thực hiện tốt Chỉ thị 06, 07-CT/HU của Ban Thường vụ Huyện ủy về phát triển du lịch cộng đồng và về phòng, chống ma túy ở vùng đồng bào dân tộc thiểu số.
Dịp này, UBND xã tặng giấy khen cho 7 người có uy tín có nhiều đóng góp.
TIN KHÁC TRONG NGÀY
- Hơn 1.200 lượt khách đến di tích Sở chỉ huy chiến dịch Điện Biên Phủ ở Mường Phăng trong dịp nghỉ lễ 30/4, 1/5 được dự báo tăng cao; đề nghị các hộ kinh doanh niêm yết giá.
- Hội Nông dân xã hướng dẫn 40 hộ trồng cà phê chăm sóc cây sau thu hoạch.
Người thực hiện: Lò Thị Phương
Xem thêm
- Mường Phăng tổ chức Lễ hội Hoa Ban năm 2023 (28/03/2023)
- Ra mắt mô hình "Bản không có ma túy" tại bản Co Thửng (10/03/2023)
- Hội nghị người có uy tín huyện Điện Biên năm 2022 (15/12/2022)
""", "2023-04-20", "Mường Phăng: 32 người có uy tín góp ý xây dựng bản làng bình yên",
E("hoi_nghi", "2023", "2023-04-19"),
[P("Lò Văn Hom", "Bí thư Đảng ủy xã"),
 P("Giàng A Sử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vừ A Dế", "người có uy tín tiêu biểu của xã"),
 P("Lường Văn Mẳn", "người có uy tín tiêu biểu của xã"),
 P("Sùng A Lử", "người có uy tín tiêu biểu của xã"),
 P("Thào Thị Dợ", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("32 người có uy tín", 32, "người có uy tín"), Q("16 bản", 16, "bản"), Q("14 hộ", 14, "hộ"), Q("9 thanh niên", 9, "thanh niên"),
 Q("6 vụ tranh chấp đất nương", 6, "vụ tranh chấp đất nương"), Q("5 người có uy tín", 5, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("3,5 km", 3.5, "km"), Q("7 người có uy tín", 7, "người có uy tín"),
 Q("Hơn 1.200 lượt khách", 1200, "lượt khách", "over"), Q("40 hộ", 40, "hộ")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU")],
[prov("Điện Biên"), com("Mường Phăng")],
["UBND HUYỆN ĐIỆN BIÊN - ĐÀI TRUYỀN THANH XÃ MƯỜNG PHĂNG", "Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo",
 "Bản tin phát thanh song ngữ Kinh - Thái - Mông phát vào 18 giờ hằng ngày", "cầu nối",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "TIN KHÁC TRONG NGÀY",
 "Sở chỉ huy chiến dịch Điện Biên Phủ", "Người thực hiện: Lò Thị Phương"],
["20/04/2023 16:05", "18 giờ", "năm 2023", "Năm 2022", "1 tờ báo", "30/4, 1/5"]))

PAGES.append(page("b6694-tiengiang-tanthoi-giaoban-2023", """
Trang thông tin điện tử xã Tân Thới - Tân Phú Đông - Tiền Giang
TRANG CHỦ / TIN TỨC / HOẠT ĐỘNG ĐOÀN THỂ
Ngày đăng 05/07/2023 | 08:20
Ban Dân vận Đảng ủy xã giao ban khối dân vận
Trích nội dung chương trình phát thanh tuần 1 tháng 7 của Đài Truyền thanh xã Tân Thới.
Sáng 4/7, Ban Dân vận Đảng ủy xã Tân Thới tổ chức giao ban khối dân vận quý II năm 2023. Dự có đồng chí Trần Thị Bích Ngọc, Phó Trưởng Ban Dân vận Huyện ủy Tân Phú Đông; đồng chí Nguyễn Hữu Phước, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Đảng ủy xã chủ trì.
Quý II, khối dân vận tập trung vận động nhân dân ứng phó hạn hán, xâm nhập mặn. Mặt trận và các đoàn thể đã vận động 312 hộ trang bị lu, bồn trữ nước; phối hợp các mạnh thường quân cấp 1.450 m3 nước ngọt miễn phí cho hộ nghèo, hộ cận nghèo ở 5 ấp. Toàn xã có 86 ha dưa hấu, hành tím bị ảnh hưởng, thiệt hại khoảng 30%.
Thực hiện Chỉ thị số 07-CT/HU ngày 14/3/2023 của Ban Thường vụ Huyện ủy Tân Phú Đông về đẩy mạnh phong trào thi đua "Dân vận khéo", xã đã đăng ký 4 mô hình mới, trong đó mô hình "Tuyến đường cờ Tổ quốc" ở ấp Tân Thạnh có 178 hộ tham gia, treo 178 lá cờ. Công tác vận động hiến đất làm đường đal nông thôn tiếp tục có kết quả với 1.800 m2 đất được hiến.
Về tiếp công dân, quý II xã tiếp 21 lượt, nhận 9 đơn; đã giải quyết 7 đơn, 2 đơn đang xác minh.
Bà Lê Thị Thu Trang vừa được bầu giữ chức Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, báo cáo kết quả vận động hội viên tham gia bảo hiểm y tế hộ gia đình, đạt 92,8%. Ông Võ Văn Tài, Trưởng ấp Tân Hòa, kiến nghị sớm sửa chữa cống Rạch Gốc để ngăn mặn.
Phát biểu chỉ đạo, đồng chí Trần Thị Bích Ngọc đề nghị khối dân vận xã bám sát Công văn số 412-CV/BDVHU của Ban Dân vận Huyện ủy về tuyên truyền kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng; đồng thời tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong dịp lấy phiếu tín nhiệm giữa nhiệm kỳ.
Kết luận giao ban, đồng chí Nguyễn Hữu Phước giao các đoàn thể trong quý III hoàn thành việc rà soát hộ nghèo, vận động hộ có điều kiện không vay vốn ngoài chương trình; Đoàn Thanh niên tổ chức chiến dịch "Mùa hè xanh" với ít nhất 3 công trình thanh niên.
Tin vắn: Ngày 3/7, Hội Cựu chiến binh xã trao 12 suất học bổng, mỗi suất 1 triệu đồng cho con hội viên nghèo học giỏi. Ông Phạm Văn Lợi, Chủ tịch Hội Cựu chiến binh xã, kêu gọi hội viên góp quỹ khuyến học.
Văn phòng Đảng ủy xã
Tin liên quan
- Tân Thới: đối thoại với nông dân trồng dưa hấu (20/06/2023)
- Cấp nước ngọt miễn phí cho hộ nghèo ấp Tân Phú (12/05/2023)
- Xã Tân Thới sơ kết mô hình "Tuyến đường cờ Tổ quốc" (02/05/2023)
""", "2023-07-05", "Ban Dân vận Đảng ủy xã giao ban khối dân vận",
E("giao_ban", "2023-Q2", "2023-07-04"),
[P("Trần Thị Bích Ngọc", "Phó Trưởng Ban Dân vận Huyện ủy Tân Phú Đông"),
 P("Nguyễn Hữu Phước", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Đảng ủy xã"),
 P("Lê Thị Thu Trang", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Võ Văn Tài", "Trưởng ấp Tân Hòa"),
 P("Phạm Văn Lợi", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("312 hộ", 312, "hộ"), Q("1.450 m3", 1450, "m3"), Q("5 ấp", 5, "ấp"), Q("86 ha", 86, "ha"), Q("khoảng 30%", 30, "%", "approx"),
 Q("4 mô hình mới", 4, "mô hình mới"), Q("178 hộ", 178, "hộ"), Q("178 lá cờ", 178, "lá cờ"), Q("1.800 m2", 1800, "m2"),
 Q("21 lượt", 21, "lượt"), Q("9 đơn", 9, "đơn"), Q("7 đơn", 7, "đơn"), Q("2 đơn", 2, "đơn"), Q("92,8%", 92.8, "%"),
 Q("ít nhất 3 công trình thanh niên", 3, "công trình thanh niên", "over"), Q("12 suất học bổng", 12, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "07", "CT/HU", "2023-03-14", "Ban Thường vụ Huyện ủy Tân Phú Đông", "Chỉ thị số 07-CT/HU ngày 14/3/2023"),
 D("Công văn", "412", "CV/BDVHU", None, "Ban Dân vận Huyện ủy", "Công văn số 412-CV/BDVHU")],
[prov("Tiền Giang"), com("Tân Thới")],
["Trang thông tin điện tử xã Tân Thới - Tân Phú Đông - Tiền Giang", "TRANG CHỦ / TIN TỨC / HOẠT ĐỘNG ĐOÀN THỂ",
 "Trích nội dung chương trình phát thanh tuần 1 tháng 7 của Đài Truyền thanh xã Tân Thới.", "Dân vận khéo", "Tuyến đường cờ Tổ quốc",
 "Mùa hè xanh", "Văn phòng Đảng ủy xã"],
["Ngày đăng 05/07/2023 | 08:20", "tuần 1 tháng 7", "quý II năm 2023", "93 năm", "quý III", "Quý II"]))
