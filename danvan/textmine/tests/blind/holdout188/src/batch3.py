from lib import *
PAGES = []

PAGES.append(page("b4481-haiphong-khudancu-tongket-2021", """
Báo Hải Phòng điện tử
Thời sự | Chính trị | Xã hội
24.12.2021 | 15:30
Ảnh: Quang cảnh hội nghị tổng kết.
Gần 96% hộ gia đình thành phố đạt danh hiệu văn hóa
(BHP) - Chiều 22/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" thành phố Hải Phòng tổ chức hội nghị trực tuyến tổng kết phong trào năm 2021 tới 15 điểm cầu quận, huyện. Chủ trì hội nghị có đồng chí Lê Khắc Thành, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo và đồng chí Đào Trọng Nghĩa, Thành ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố, Phó Trưởng Ban Chỉ đạo.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, toàn thành phố có 575.208 hộ gia đình đạt danh hiệu "Gia đình văn hóa", chiếm 95,8%; 1.512/1.589 thôn, tổ dân phố đạt danh hiệu văn hóa; 2.071 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa. Các địa phương đã thực hiện nghiêm việc tổ chức đám cưới, đám tang theo quy định phòng, chống dịch; 1.106 lễ hội tạm dừng tổ chức phần hội, chỉ tổ chức phần lễ. Có 8.423 đám tang thực hiện hỏa táng, tăng 14% so với năm 2020.
Thực hiện Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 134/KH-UBND ngày 28/5/2019 của UBND thành phố, đã có 1.569 thôn, tổ dân phố hoàn thành rà soát, sửa đổi hương ước, quy ước; 212 bản hương ước được bổ sung nội dung phòng, chống dịch bệnh và bảo vệ môi trường. Nhân dân tự nguyện đóng góp khoảng 86 tỷ đồng, hiến 42.000 m2 đất xây dựng, cải tạo 97 nhà văn hóa thôn, tổ dân phố.
Tại hội nghị, bà Vũ Thị Nhàn, Chủ tịch Ủy ban MTTQ phường Đằng Lâm, chia sẻ mô hình "Khu dân cư không rác thải nhựa" ở 8 tổ dân phố; ông Phạm Văn Sự, trưởng thôn Đông, xã Đại Hợp, kể thôn có 12 năm liền không có đám cưới thách cưới, không có người vi phạm pháp luật.
Hội nghị chỉ ra hạn chế: một số nơi công nhận danh hiệu còn dễ dãi; còn 44 thôn, tổ dân phố văn hóa bị thu hồi danh hiệu do vi phạm tiêu chí về an ninh trật tự; tình trạng tổ chức đám cưới tập trung đông người trong thời gian giãn cách vẫn xảy ra ở 17 trường hợp bị xử phạt.
Kết luận hội nghị, đồng chí Lê Khắc Thành yêu cầu năm 2022 thực hiện hiệu quả Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng và Chỉ thị 16, 17-CT/TU của Ban Thường vụ Thành ủy; phấn đấu có trên 96% hộ gia đình văn hóa, không dưới 2 mô hình khu dân cư kiểu mẫu ở mỗi quận, huyện.
Dịp này, UBND thành phố tặng bằng khen cho 46 tập thể, 62 cá nhân tiêu biểu; các ông, bà: Nguyễn Văn Thuận, Lê Thị Huyền, Đỗ Văn Toản - trưởng ban công tác Mặt trận khu dân cư được tặng danh hiệu "Khu dân cư tiêu biểu" năm 2021.
Hoàng Linh
Lượt xem: 1.467
Tin liên quan
- Thủy Nguyên: 100% thôn có hương ước được công nhận (15/12/2021)
- Kiến An ra mắt 3 tuyến phố văn minh (08/12/2021)
- Ngày hội Đại đoàn kết toàn dân tộc năm 2021 tổ chức linh hoạt (18/11/2021)
""", "2021-12-24", "Gần 96% hộ gia đình thành phố đạt danh hiệu văn hóa",
E("tong_ket", "2021", "2021-12-22"),
[P("Lê Khắc Thành", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Đào Trọng Nghĩa", "Thành ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố", "Phó Trưởng Ban Chỉ đạo"),
 P("Vũ Thị Nhàn", "Chủ tịch Ủy ban MTTQ phường Đằng Lâm"),
 P("Phạm Văn Sự", "trưởng thôn Đông"),
 P("Nguyễn Văn Thuận", "trưởng ban công tác Mặt trận khu dân cư"),
 P("Lê Thị Huyền", "trưởng ban công tác Mặt trận khu dân cư"),
 P("Đỗ Văn Toản", "trưởng ban công tác Mặt trận khu dân cư")],
[Q("Gần 96%", 96, "%", "approx"), Q("15 điểm cầu quận, huyện", 15, "điểm cầu quận, huyện"), Q("575.208 hộ gia đình", 575208, "hộ gia đình"),
 Q("95,8%", 95.8, "%"), Q("1.512/1.589 thôn, tổ dân phố", 1512, "thôn, tổ dân phố"),
 Q("2.071 cơ quan, đơn vị, doanh nghiệp", 2071, "cơ quan, đơn vị, doanh nghiệp"), Q("1.106 lễ hội", 1106, "lễ hội"),
 Q("8.423 đám tang", 8423, "đám tang"), Q("14%", 14, "%"), Q("1.569 thôn, tổ dân phố", 1569, "thôn, tổ dân phố"),
 Q("212 bản hương ước", 212, "bản hương ước"), Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("42.000 m2", 42000, "m2"),
 Q("97 nhà văn hóa thôn, tổ dân phố", 97, "nhà văn hóa thôn, tổ dân phố"), Q("8 tổ dân phố", 8, "tổ dân phố"),
 Q("44 thôn, tổ dân phố văn hóa", 44, "thôn, tổ dân phố văn hóa"), Q("17 trường hợp", 17, "trường hợp"),
 Q("trên 96%", 96, "%", "over"), Q("không dưới 2 mô hình khu dân cư kiểu mẫu", 2, "mô hình khu dân cư kiểu mẫu", "over"),
 Q("46 tập thể", 46, "tập thể"), Q("62 cá nhân tiêu biểu", 62, "cá nhân tiêu biểu")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "134", "KH-UBND", "2019-05-28", "UBND thành phố", "Kế hoạch số 134/KH-UBND ngày 28/5/2019"),
 D("Nghị quyết", "45", "NQ/TW", "2019-01-24", "Bộ Chính trị", "Nghị quyết số 45-NQ/TW ngày 24/1/2019"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Thành ủy", "17-CT/TU của Ban Thường vụ Thành ủy")],
[prov("Hải Phòng"), com("Đằng Lâm"), com("Đại Hợp")],
["Báo Hải Phòng điện tử", "Thời sự | Chính trị | Xã hội", "Ảnh: Quang cảnh hội nghị tổng kết.", "(BHP)", "Gia đình văn hóa",
 "Khu dân cư không rác thải nhựa", "Khu dân cư tiêu biểu", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 1.467"],
["24.12.2021 | 15:30", "năm 2021", "Covid-19", "năm 2020", "12 năm", "năm 2022", "Lượt xem: 1.467"]))

PAGES.append(page("b4482-dienbien-hutuc-soket-2022", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
You are here: Trang chủ › Tin tức - Sự kiện › Dân vận các cấp
15 tháng 7, 2022 | 16:10
Điện Biên: 312 bản có quy ước mới về xóa bỏ hủ tục
Ngày 13/7/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022, trong đó trọng tâm là kết quả vận động đồng bào dân tộc thiểu số xóa bỏ phong tục, tập quán lạc hậu, xây dựng đời sống văn hóa ở bản. Đồng chí Lò Thị Thuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Lò Thị Thuyến phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, thực hiện Đề án số 03-ĐA/TU ngày 20/3/2021 của Ban Chấp hành Đảng bộ tỉnh về xóa bỏ phong tục, tập quán lạc hậu, toàn tỉnh có thêm 312 bản xây dựng quy ước mới, nâng tổng số lên 1.463/1.532 bản có quy ước, đạt 95,5%. Các địa phương đã vận động 2.186 đám tang của đồng bào Mông, Khơ Mú thực hiện không quá 48 giờ, 631 đám cưới không thách cưới bằng bạc trắng; số vụ tảo hôn giảm 37% so với cùng kỳ, còn 164 cặp.
Đồng bào đã tự nguyện xóa bỏ tục "ma Pựt", cúng bái chữa bệnh ở 96 bản; 54 thầy cúng cam kết không hành nghề mê tín dị đoan. Tổ vận động quần chúng ở các bản được thành lập theo Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy, hiện có 1.047 tổ với khoảng 5.200 thành viên.
Tại hội nghị, đồng chí Thào A Sùng, HUV, Trưởng Ban Dân vận Huyện ủy Tủa Chùa, cho biết huyện đã phát động mỗi dòng họ Mông xây dựng "Quy ước dòng họ", đến nay có 43 dòng họ ký cam kết. Ông Lầu A Dê, Bí thư Chi bộ, trưởng bản Huổi Lóng, xã Mường Đun, chia sẻ: bản quy định mỗi đám cưới chỉ mổ 1 con lợn, không uống rượu say, nhờ vậy 2 năm nay bản không có đám cưới kéo dài.
Đồng chí Quàng Văn Thưởng, Phó Trưởng Ban Dân vận Tỉnh ủy nêu những hạn chế: một số bản quy ước còn chung chung; tục "bắt vợ", cưới tảo hôn vẫn diễn ra ở vùng sâu; còn 11 điểm nhóm truyền đạo trái pháp luật lợi dụng việc xóa bỏ hủ tục để lôi kéo đồng bào.
Kết luận hội nghị, đồng chí Lò Thị Thuyến yêu cầu 6 tháng cuối năm các huyện, thị, thành ủy tập trung thực hiện Kết luận số 04-KL/TU, 05-KL/TU của Ban Thường vụ Tỉnh ủy; mỗi bản có ít nhất 1 mô hình "Dân vận khéo" về xây dựng nếp sống văn minh; gắn kết quả xóa bỏ hủ tục với bình xét gia đình văn hóa cuối năm.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho các đồng chí Trưởng Ban Dân vận Huyện ủy: Thào A Sùng, Lò Văn Hậu, Vàng Thị Cở vì có thành tích xuất sắc.
Minh Đức
Lượt xem: 807
Tin liên quan
- Mường Nhé: 20 bản ra mắt quy ước dòng họ (05/07/2022)
- Tuần Giáo: đối thoại với người có uy tín (28/06/2022)
- Nậm Pồ xóa bỏ tục cúng ma chữa bệnh (10/06/2022)
""", "2022-07-15", "Điện Biên: 312 bản có quy ước mới về xóa bỏ hủ tục",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Lò Thị Thuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thào A Sùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tủa Chùa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lầu A Dê", "Bí thư Chi bộ", "trưởng bản Huổi Lóng"),
 P("Quàng Văn Thưởng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hậu", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng Thị Cở", "Trưởng Ban Dân vận Huyện ủy")],
[Q("312 bản", 312, "bản"), Q("1.463/1.532 bản", 1463, "bản"), Q("95,5%", 95.5, "%"), Q("2.186 đám tang", 2186, "đám tang"),
 Q("631 đám cưới", 631, "đám cưới"), Q("37%", 37, "%"), Q("164 cặp", 164, "cặp"), Q("96 bản", 96, "bản"),
 Q("54 thầy cúng", 54, "thầy cúng"), Q("1.047 tổ", 1047, "tổ"), Q("khoảng 5.200 thành viên", 5200, "thành viên", "approx"),
 Q("43 dòng họ", 43, "dòng họ")],
[D("Đề án", "03", "ĐA/TU", "2021-03-20", "Ban Chấp hành Đảng bộ tỉnh", "Đề án số 03-ĐA/TU ngày 20/3/2021"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 04-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "05-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Điện Biên"), com("Mường Đun")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "You are here: Trang chủ › Tin tức - Sự kiện › Dân vận các cấp", "Đồng chí Lò Thị Thuyến phát biểu kết luận hội nghị.",
 "ma Pựt", "Quy ước dòng họ", "bắt vợ", "Dân vận khéo", "Lượt xem: 807"],
["15 tháng 7, 2022 | 16:10", "6 tháng đầu năm 2022", "48 giờ", "1 con lợn", "2 năm", "6 tháng cuối năm", "1 mô hình", "Lượt xem: 807"]))

PAGES.append(page("b4483-thuathienhue-viectang-hoinghi-2022", """
Báo Thừa Thiên Huế Online
Chính trị - Xã hội » Mặt trận - Đoàn thể
2022-11-04 08:20
Phát huy vai trò chức sắc, chức việc trong thực hiện nếp sống văn minh việc tang
(TTH.VN) - Ngày 2/11, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế phối hợp Sở Văn hóa và Thể thao tổ chức hội nghị chức sắc, chức việc các tôn giáo năm 2022 với chủ đề "Tôn giáo đồng hành cùng nếp sống văn minh trong việc cưới, việc tang và lễ hội". Tham dự có hơn 180 đại biểu là chức sắc Phật giáo, Công giáo, Tin lành, Cao Đài và người có uy tín ở khu dân cư.
Quang cảnh hội nghị. Ảnh: Phan Thành
Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Hải Yến, Trần Văn Phúc; đồng chí Phan Thanh Hà, Giám đốc Sở Văn hóa và Thể thao. Cùng dự có Hòa thượng Thích Quảng Tịnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Linh mục Phaolô Lê Văn Hòa, Quản xứ giáo xứ Phủ Cam.
Theo báo cáo của Sở Văn hóa và Thể thao, đến nay toàn tỉnh có 92% đám tang thực hiện đúng Quyết định số 39/2019/QĐ-UBND ngày 15/7/2019 của UBND tỉnh ban hành quy định thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; 1.264 đám tang không rải vàng mã, 715 đám tang thực hiện hỏa táng; 100% khu dân cư đưa nội dung không để người chết quá 36 giờ vào hương ước, quy ước. Việc tổ chức đám tang trên 600 hộ theo đạo Công giáo tại các giáo xứ đã được gọn nhẹ, tiết kiệm.
Hòa thượng Thích Quảng Tịnh cho biết Ban Trị sự đã có văn bản hướng dẫn 185 ngôi chùa, niệm Phật đường vận động phật tử không đốt vàng mã, hạn chế cúng bái linh đình; các gia đình phật tử có tang được Gia đình Phật tử hỗ trợ tổ chức lễ an táng giản tiện. Linh mục Phaolô Lê Văn Hòa chia sẻ: giáo xứ Phủ Cam có hội đoàn "Lòng Chúa Thương Xót" chuyên lo việc tang cho giáo dân, không thu tiền của gia đình.
Đại đức Thích Tâm Mẫn, trụ trì chùa Từ Hiếu, phường Thủy Xuân, đề nghị các địa phương quy hoạch nghĩa trang, đầu tư lò hỏa táng đủ công suất. Bà Lê Thị Mỹ Lệ, Trưởng ban công tác Mặt trận tổ dân phố 7, phường Vĩnh Ninh, kể tổ dân phố đã thành lập tổ "hiếu hỷ" 9 người giúp các gia đình có việc tang; từ năm 2020 đến nay hỗ trợ 47 đám tang, tiết kiệm bình quân 15 triệu đồng mỗi đám.
Phát biểu kết luận, đồng chí Nguyễn Thị Hải Yến đề nghị chức sắc, chức việc tiếp tục tuyên truyền Chỉ thị số 27-CT/TW của Bộ Chính trị và Kết luận số 51-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 27; vận động tín đồ thực hiện tốt Kế hoạch 113/KH-UBND của UBND tỉnh về chỉnh trang nghĩa trang nhân dân.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 14 tổ chức tôn giáo cơ sở và 21 chức sắc, chức việc.
Phan Thành
Lượt xem: 1.902
Tin liên quan
- Phú Vang: 100% làng có hương ước sửa đổi (25/10/2022)
- Huế tổ chức Lễ hội Điện Huệ Nam trang nghiêm, tiết kiệm (15/10/2022)
- A Lưới vận động đồng bào Tà Ôi, Pa Cô bỏ tục ma chay kéo dài (01/10/2022)
""", "2022-11-04", "Phát huy vai trò chức sắc, chức việc trong thực hiện nếp sống văn minh việc tang",
E("hoi_nghi", "2022", "2022-11-02"),
[P("Nguyễn Thị Hải Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thanh Hà", "Giám đốc Sở Văn hóa và Thể thao"),
 P("Thích Quảng Tịnh", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phaolô Lê Văn Hòa", "Linh mục", "Quản xứ giáo xứ Phủ Cam"),
 P("Thích Tâm Mẫn", "Đại đức", "trụ trì chùa Từ Hiếu"),
 P("Lê Thị Mỹ Lệ", "Trưởng ban công tác Mặt trận tổ dân phố 7")],
[Q("hơn 180 đại biểu", 180, "đại biểu", "over"), Q("92%", 92, "%"), Q("1.264 đám tang", 1264, "đám tang"), Q("715 đám tang", 715, "đám tang"),
 Q("100% khu dân cư", 100, "%"), Q("trên 600 hộ", 600, "hộ", "over"), Q("185 ngôi chùa, niệm Phật đường", 185, "ngôi chùa, niệm Phật đường"),
 Q("9 người", 9, "người"), Q("47 đám tang", 47, "đám tang"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("14 tổ chức tôn giáo cơ sở", 14, "tổ chức tôn giáo cơ sở"), Q("21 chức sắc, chức việc", 21, "chức sắc, chức việc")],
[D("Quyết định", "39", "2019/QĐ-UBND", "2019-07-15", "UBND tỉnh", "Quyết định số 39/2019/QĐ-UBND ngày 15/7/2019"),
 D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 27-CT/TW của Bộ Chính trị"),
 D("Kết luận", "51", "KL/TW", None, "Ban Bí thư", "Kết luận số 51-KL/TW của Ban Bí thư"),
 D("Kế hoạch", "113", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 113/KH-UBND của UBND tỉnh")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Vĩnh Ninh")],
["Báo Thừa Thiên Huế Online", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Phan Thành", "(TTH.VN)",
 "Tôn giáo đồng hành cùng nếp sống văn minh trong việc cưới, việc tang và lễ hội", "Lòng Chúa Thương Xót", "Gia đình Phật tử", "Lượt xem: 1.902"],
["2022-11-04 08:20", "năm 2022", "36 giờ", "năm 2020", "Chỉ thị 27", "Lượt xem: 1.902"]))

PAGES.append(page("b4484-gialai-langvanhoa-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Trang chủ / Hoạt động giám sát, phản biện xã hội
Ngày đăng 11/08/2023 | 10:15
Ảnh: Đoàn giám sát làm việc tại xã Ia Dom.
Giám sát việc thực hiện quy ước làng và bình xét "Làng văn hóa" tại huyện Đức Cơ
Từ ngày 8 đến 10/8/2023, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Gia Lai do ông Rơ Châm Lênh, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề việc thực hiện quy ước làng, bình xét, công nhận danh hiệu "Làng văn hóa", "Gia đình văn hóa" năm 2022 và 6 tháng đầu năm 2023 tại UBND huyện Đức Cơ và các xã Ia Dom, Ia Nan, Ia Pnôn.
Tham gia đoàn có bà Ksor H'Bơ Khăp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp và Ban Dân tộc tỉnh.
Theo báo cáo, huyện Đức Cơ có 67 làng đồng bào Jrai với 8.946 hộ; năm 2022 có 7.402 hộ được công nhận "Gia đình văn hóa", chiếm 82,7%; 52/67 làng đạt danh hiệu "Làng văn hóa". 100% làng có quy ước được UBND huyện công nhận theo Nghị định số 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư; trong đó 23 quy ước được sửa đổi, bổ sung nội dung bỏ tục "bỏ mả" kéo dài và tục cưới chồng ở rể.
Qua kiểm tra thực tế tại làng Ia Bang, xã Ia Dom, đoàn ghi nhận làng đã giảm thời gian lễ bỏ mả từ 5 ngày xuống còn 1 ngày, mỗi gia đình chỉ giết 1 con heo thay vì nhiều con trâu, bò như trước, tiết kiệm khoảng 30 triệu đồng mỗi lễ. Tuy nhiên, đoàn cũng chỉ ra: hồ sơ bình xét ở 5 làng thiếu biên bản họp dân; 214 hộ chưa đạt tiêu chí về vệ sinh môi trường nhưng vẫn được công nhận; việc tổ chức các buổi sinh hoạt cộng đồng theo Kế hoạch số 1572/KH-UBND của UBND tỉnh chưa đều.
Ông Siu Plik, già làng làng Ia Bang, cho biết: "Quy ước làng có 18 điều, ai cũng thuộc. Nhưng có nhà vì nghèo nên vẫn vay mượn để làm lễ bỏ mả to". Bà Rah Lan H'Lía, Chủ tịch Ủy ban MTTQ xã Ia Nan, kiến nghị tỉnh có chính sách hỗ trợ các hộ nghèo thực hiện nếp sống mới.
Tiếp thu ý kiến, ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện Đức Cơ, cho biết năm 2023 huyện đã bố trí 450 triệu đồng cho phong trào, trong đó hỗ trợ mỗi làng văn hóa 5 triệu đồng.
Kết luận, ông Rơ Châm Lênh đề nghị huyện thực hiện đúng Thông tư số 04/2020/TT-BVHTTDL và Nghị định số 122/2018/NĐ-CP quy định về tiêu chuẩn và trình tự, thủ tục xét tặng danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu"; không công nhận danh hiệu khi hồ sơ chưa đầy đủ.
Ngọc Sang
Lượt truy cập: 693
Tin liên quan
- Chư Prông: trao 60 phần quà cho người có uy tín (04/08/2023)
- Ia Grai tổ chức lễ cưới tập thể cho 12 cặp đôi (25/07/2023)
- Mang Yang: 90% làng có đội cồng chiêng (15/07/2023)
""", "2023-08-11", 'Giám sát việc thực hiện quy ước làng và bình xét "Làng văn hóa" tại huyện Đức Cơ',
E("giam_sat", None, "2023-08-08"),
[P("Rơ Châm Lênh", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Plik", "già làng làng Ia Bang"),
 P("Rah Lan H'Lía", "Chủ tịch Ủy ban MTTQ xã Ia Nan"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện Đức Cơ")],
[Q("67 làng đồng bào Jrai", 67, "làng đồng bào Jrai"), Q("8.946 hộ", 8946, "hộ"), Q("7.402 hộ", 7402, "hộ"), Q("82,7%", 82.7, "%"),
 Q("52/67 làng", 52, "làng"), Q("100% làng", 100, "%"), Q("23 quy ước", 23, "quy ước"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"), Q("5 làng", 5, "làng"), Q("214 hộ", 214, "hộ"), Q("18 điều", 18, "điều"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2023/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "1572", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1572/KH-UBND của UBND tỉnh"),
 D("Thông tư", "04", "2020/TT-BVHTTDL", None, None, "Thông tư số 04/2020/TT-BVHTTDL"),
 D("Nghị định", "122", "2018/NĐ-CP", None, None, "Nghị định số 122/2018/NĐ-CP")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan"), com("Ia Pnôn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Trang chủ / Hoạt động giám sát, phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại xã Ia Dom.",
 "Làng văn hóa", "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu", "Lượt truy cập: 693"],
["Ngày đăng 11/08/2023 | 10:15", "năm 2022", "6 tháng đầu năm 2023", "5 ngày", "1 ngày", "1 con heo", "năm 2023", "Lượt truy cập: 693"]))

PAGES.append(page("b4485-camau-giadinhvanhoa-taphuan-2023", """
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ - Xã hội - Đoàn thể
Thứ Sáu, 20/10/2023 - 14:25
Tập huấn nghiệp vụ bình xét gia đình văn hóa, ấp văn hóa cho 210 cán bộ cơ sở
Trong 2 ngày 18 và 19/10/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức lớp tập huấn nghiệp vụ năm 2023 về cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" cho 210 học viên là Chủ tịch Ủy ban MTTQ xã, phường, thị trấn và trưởng ban công tác Mặt trận ấp, khóm.
Bà Lữ Thị Hồng Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn.
Khai mạc lớp tập huấn, bà Lữ Thị Hồng Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết: năm 2022, toàn tỉnh có 283.540 hộ đạt chuẩn gia đình văn hóa, chiếm 93,5%; 859/877 ấp, khóm văn hóa; 82 xã đạt chuẩn nông thôn mới, trong đó 19 xã nông thôn mới nâng cao, 4 xã nông thôn mới kiểu mẫu. Đồng bào Khmer ở 36 ấp đã đưa nội dung tổ chức lễ Sene Dolta, Chôl Chnăm Thmây tiết kiệm vào quy ước ấp.
Các học viên được ông Đặng Văn Út, Trưởng phòng Nếp sống văn hóa và Gia đình, Sở Văn hóa, Thể thao và Du lịch hướng dẫn các tiêu chí bình xét danh hiệu văn hóa; trình tự, thủ tục rà soát hương ước, quy ước theo Quyết định số 22/2018/QĐ-TTg; cùng Hướng dẫn số 18/HD-MTTQ-BTT ngày 15/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về cách chấm điểm khu dân cư.
Bà Nguyễn Thị Diệu, Chủ tịch Ủy ban MTTQ xã Tân Hưng Đông, chia sẻ xã có 13/13 ấp văn hóa, mô hình "Tổ tự quản đám tiệc" ở ấp Tân Hiệp đã giúp 100% gia đình không mở nhạc quá 22 giờ, không ép uống rượu bia. Ông Danh Sơn, trưởng ban công tác Mặt trận ấp Tà Tết, xã Khánh Bình Tây Bắc, nêu khó khăn khi vận động 45 hộ đồng bào Khmer di cư tự do đăng ký gia đình văn hóa.
Lớp tập huấn dành nhiều thời gian cho thảo luận nhóm về những vướng mắc: mỗi khóm ở thành phố Cà Mau có từ 600 hộ trở lên nên việc họp dân bình xét khó tổ chức; một số ấp chỉ còn người già ở nhà do lao động trẻ đi làm ăn xa, việc sinh hoạt câu lạc bộ gia đình không duy trì được.
Phát biểu bế mạc, ông Trần Văn Tới, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Phong trào, đề nghị học viên về địa phương rà soát lại 100% hồ sơ bình xét năm 2023, bảo đảm thực chất; mỗi xã xây dựng ít nhất 1 khu dân cư kiểu mẫu.
Kinh phí tổ chức lớp học gần 96 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày.
Huỳnh Lâm
Lượt xem: 1.310
Tin liên quan
- U Minh: 40 hộ được trao nhà Đại đoàn kết (12/10/2023)
- Năm Căn ra mắt ấp văn hóa kiểu mẫu (02/10/2023)
- Trần Văn Thời: tuyên dương 120 gia đình văn hóa tiêu biểu (22/09/2023)
""", "2023-10-20", "Tập huấn nghiệp vụ bình xét gia đình văn hóa, ấp văn hóa cho 210 cán bộ cơ sở",
E("tap_huan", "2023", "2023-10-18"),
[P("Lữ Thị Hồng Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Út", "Trưởng phòng Nếp sống văn hóa và Gia đình"),
 P("Nguyễn Thị Diệu", "Chủ tịch Ủy ban MTTQ xã Tân Hưng Đông"),
 P("Danh Sơn", "trưởng ban công tác Mặt trận ấp Tà Tết"),
 P("Trần Văn Tới", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Phong trào")],
[Q("210 cán bộ cơ sở", 210, "cán bộ cơ sở"), Q("210 học viên", 210, "học viên"), Q("283.540 hộ", 283540, "hộ"), Q("93,5%", 93.5, "%"),
 Q("859/877 ấp, khóm văn hóa", 859, "ấp, khóm văn hóa"), Q("82 xã", 82, "xã"), Q("19 xã nông thôn mới nâng cao", 19, "xã nông thôn mới nâng cao"),
 Q("4 xã nông thôn mới kiểu mẫu", 4, "xã nông thôn mới kiểu mẫu"), Q("36 ấp", 36, "ấp"), Q("13/13 ấp văn hóa", 13, "ấp văn hóa"),
 Q("100% gia đình", 100, "%"), Q("45 hộ đồng bào Khmer di cư tự do", 45, "hộ đồng bào Khmer di cư tự do"),
 Q("từ 600 hộ trở lên", 600, "hộ", "over"), Q("100% hồ sơ", 100, "%"),
 Q("gần 96 triệu đồng", 96000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, None, "Quyết định số 22/2018/QĐ-TTg"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", "2023-03-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 18/HD-MTTQ-BTT ngày 15/3/2023")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây Bắc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Trang chủ - Xã hội - Đoàn thể", "Bà Lữ Thị Hồng Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tổ tự quản đám tiệc", "Lượt xem: 1.310"],
["Thứ Sáu, 20/10/2023 - 14:25", "2 ngày", "năm 2023", "năm 2022", "22 giờ", "1 khu dân cư kiểu mẫu", "Lượt xem: 1.310"]))

PAGES.append(page("b4486-bacgiang-quyuoc-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ | Tin tức | Hoạt động Ban Dân vận
08:15 | 08/10/2024
Hôm nay: Thứ Tư, 09/10/2024
Giao ban khối dân vận: đưa quy ước vào nếp sống khu dân cư
Ngày 7/10, Ban Dân vận Tỉnh ủy chủ trì giao ban khối dân vận quý III năm 2024 với các cơ quan Mặt trận, đoàn thể tỉnh và Ban Dân vận các huyện ủy, thành ủy. Đồng chí Hà Thị Thu Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Nguyễn Văn Hưng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Ảnh: Quang cảnh giao ban.
Báo cáo cho thấy trong quý III, các cấp đã triển khai Kế hoạch số 256-KH/BDVTU về đẩy mạnh thực hiện hương ước, quy ước gắn với xây dựng "Khu dân cư kiểu mẫu", "Thôn văn hóa kiểu mẫu". Toàn tỉnh Bắc Giang có 1.862/1.867 thôn, tổ dân phố có hương ước, quy ước được công nhận, đạt 99,7%; 214 bản được sửa đổi, bổ sung trong quý. Hội Nông dân, Hội LHPN vận động 3.150 hộ đăng ký "Gia đình nông dân văn hóa"; Đoàn Thanh niên tổ chức 27 lễ cưới tập thể theo nếp sống mới cho 92 cặp đôi thanh niên.
Riêng tại huyện Sơn Động, nơi có đông đồng bào Tày, Nùng, Dao, Sán Chay, đã có 68 thôn đưa vào quy ước nội dung không ép uống rượu trong đám cưới, đám tang; 34 dòng họ ký cam kết không tảo hôn.
Tại giao ban, bà Hoàng Thị Hải, Chủ tịch Hội LHPN tỉnh, đề nghị các cấp ủy chỉ đạo đưa tiêu chí bình đẳng giới vào quy ước. Ông Nông Văn Lường, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, cho biết huyện đang triển khai Nghị quyết số 142-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng nếp sống văn minh vùng đồng bào dân tộc thiểu số, phấn đấu đến hết năm 2025 có 90% thôn đạt danh hiệu văn hóa. Bà Lý Thị Vân, Bí thư Chi bộ thôn Khe Ràng, xã An Lạc, chia sẻ thôn đã xóa bỏ tục "cúng ma" kéo dài 3 ngày, giảm chi phí đám tang khoảng 40%.
Các đại biểu nêu hạn chế: một số thôn vẫn còn tình trạng đốt pháo, cỗ bàn trong đám cưới kéo dài 2 - 3 ngày; việc xử lý các trường hợp vi phạm quy ước chưa kiên quyết, 19 thôn văn hóa bị thu hồi danh hiệu.
Kết luận giao ban, đồng chí Hà Thị Thu Phương yêu cầu quý IV khối dân vận tập trung tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TU và Kết luận 64, 65-KL/TU của Ban Thường vụ Tỉnh ủy; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; kịp thời nhân rộng các mô hình "Dân vận khéo" về xây dựng nếp sống văn minh, hiện toàn tỉnh có trên 1.200 mô hình.
Thu Hương
Lượt xem: 543
Tin khác
- Lục Ngạn: ra mắt 8 thôn văn hóa kiểu mẫu (30/09/2024)
- Sơn Động: tổ chức lễ cưới tập thể cho 20 cặp đôi (21/09/2024)
- Yên Thế: đối thoại với người có uy tín năm 2024 (12/09/2024)
""", "2024-10-08", "Giao ban khối dân vận: đưa quy ước vào nếp sống khu dân cư",
E("giao_ban", "2024-Q3", "2024-10-07"),
[P("Hà Thị Thu Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hưng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Hải", "Chủ tịch Hội LHPN tỉnh"),
 P("Nông Văn Lường", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("Lý Thị Vân", "Bí thư Chi bộ thôn Khe Ràng")],
[Q("1.862/1.867 thôn, tổ dân phố", 1862, "thôn, tổ dân phố"), Q("99,7%", 99.7, "%"), Q("214 bản", 214, "bản"),
 Q("3.150 hộ", 3150, "hộ"), Q("27 lễ cưới tập thể", 27, "lễ cưới tập thể"), Q("92 cặp đôi thanh niên", 92, "cặp đôi thanh niên"),
 Q("68 thôn", 68, "thôn"), Q("34 dòng họ", 34, "dòng họ"), Q("90%", 90, "%"), Q("khoảng 40%", 40, "%", "approx"),
 Q("19 thôn văn hóa", 19, "thôn văn hóa"), Q("100% khu dân cư", 100, "%"), Q("trên 1.200 mô hình", 1200, "mô hình", "over")],
[D("Kế hoạch", "256", "KH/BDVTU", None, None, "Kế hoạch số 256-KH/BDVTU"),
 D("Nghị quyết", "142", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 142-NQ/HU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
 D("Kết luận", "64", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 64, 65-KL/TU"),
 D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "65-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bắc Giang"), com("An Lạc")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ | Tin tức | Hoạt động Ban Dân vận", "Ảnh: Quang cảnh giao ban.", "Khu dân cư kiểu mẫu", "Thôn văn hóa kiểu mẫu",
 "Gia đình nông dân văn hóa", "Dân vận khéo", "cúng ma", "Lượt xem: 543"],
["08:15 | 08/10/2024", "Hôm nay: Thứ Tư, 09/10/2024", "quý III năm 2024", "năm 2025", "3 ngày", "2 - 3 ngày", "quý IV", "10 năm", "Lượt xem: 543"]))
