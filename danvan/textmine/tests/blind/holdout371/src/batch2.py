from lib import *
PAGES = []

PAGES.append(page("b8867-hatinh-hnd-tongket-2017", """
HỘI NÔNG DÂN TỈNH HÀ TĨNH
You are here: Trang chủ » Hoạt động Hội » Tin tức
27-12-2017 09:40
Đồng chí Trần Thị Mai Lan phát biểu tại hội nghị.
Hà Tĩnh: Quỹ hỗ trợ nông dân giúp hơn 3.100 hộ phát triển sản xuất
Sáng 26/12, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2017, triển khai nhiệm vụ năm 2018. Dự hội nghị có đồng chí Võ Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Chủ trì hội nghị có đồng chí Trần Thị Mai Lan, Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh và các ông Đặng Văn Tư, Hồ Sỹ Lâm - Phó Chủ tịch Hội Nông dân tỉnh.
Năm 2017, các cấp Hội đã vận động tăng trưởng Quỹ hỗ trợ nông dân thêm 4,6 tỷ đồng, nâng tổng nguồn quỹ lên 41,2 tỷ đồng; trong đó nguồn ngân sách tỉnh bổ sung theo Quyết định số 2158/QĐ-UBND ngày 25/7/2017 của UBND tỉnh là 2 tỷ đồng. Từ nguồn quỹ, các cấp Hội đã xây dựng 182 dự án, giúp hơn 3.100 hộ phát triển sản xuất, chủ yếu chăn nuôi bò, nuôi tôm thẻ chân trắng, trồng cam bưởi. Tỷ lệ thu hồi vốn đúng hạn đạt 99,2%.
Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội, Hội đang quản lý dư nợ ủy thác 2.860 tỷ đồng qua 1.458 tổ tiết kiệm và vay vốn với gần 71.000 hộ vay; tỷ lệ nợ quá hạn 0,12%. Hội cũng tín chấp cho 6.420 hội viên vay vốn ngân hàng thương mại với dư nợ 612 tỷ đồng.
Về đào tạo nghề, Hội phối hợp các cơ sở giáo dục nghề nghiệp tổ chức 54 lớp đào tạo nghề (trình độ sơ cấp và dưới 3 tháng) theo Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ cho 1.620 học viên là lao động nông thôn; 85,7% học viên có việc làm sau học nghề. Trong năm, các cơ sở Hội kết nạp 2.815 hội viên mới; toàn tỉnh có 42.360 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Tham luận tại hội nghị, ông Nguyễn Hữu Đạo, Chủ tịch Hội Nông dân xã Thạch Hạ, cho biết từ 200 triệu đồng vốn Quỹ, xã đã hình thành tổ hợp tác nuôi bò nhốt chuồng với 20 thành viên; bà Phan Thị Huyền, Phó Chủ tịch Hội Nông dân huyện Hương Khê, đề nghị nâng mức cho vay từ Quỹ lên 50 triệu đồng/hộ để phù hợp với chi phí sản xuất cam.
Phát biểu chỉ đạo, đồng chí Võ Hồng Hải ghi nhận Hội Nông dân tỉnh là một trong những đơn vị dẫn đầu khối dân vận về ủy thác vốn vay. Đồng chí đề nghị năm 2018 các cấp Hội bám sát Kết luận số 61-KL/TW của Ban Bí thư, gắn Quỹ hỗ trợ nông dân với xây dựng nông thôn mới, phấn đấu tăng trưởng Quỹ thêm trên 5 tỷ đồng và đào tạo nghề cho 2.000 lao động nông thôn.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 4 tập thể, 6 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 28 tập thể, 45 cá nhân xuất sắc.
Thu Hà
Bài viết liên quan
- Can Lộc: 300 hội viên được tập huấn nuôi bò 3B (18/12/2017)
- Hội Nông dân tỉnh giải ngân 1,5 tỷ đồng vốn Quỹ cho 40 hộ (05/12/2017)
- Đào tạo nghề cho lao động nông thôn: học đi đôi với hành (22/11/2017)
""", "2017-12-27", "Hà Tĩnh: Quỹ hỗ trợ nông dân giúp hơn 3.100 hộ phát triển sản xuất",
E("tong_ket", "2017", "2017-12-26"),
[P("Võ Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mai Lan", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Văn Tư", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Sỹ Lâm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Hữu Đạo", "Chủ tịch Hội Nông dân xã Thạch Hạ"),
 P("Phan Thị Huyền", "Phó Chủ tịch Hội Nông dân huyện Hương Khê")],
[Q("hơn 3.100 hộ", 3100, "hộ", "over"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("41,2 tỷ đồng", 41200000000, "đồng"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("182 dự án", 182, "dự án"), Q("99,2%", 99.2, "%"),
 Q("2.860 tỷ đồng", 2860000000000, "đồng"), Q("1.458 tổ tiết kiệm và vay vốn", 1458, "tổ tiết kiệm và vay vốn"),
 Q("gần 71.000 hộ", 71000, "hộ", "approx"), Q("0,12%", 0.12, "%"), Q("6.420 hội viên", 6420, "hội viên"),
 Q("612 tỷ đồng", 612000000000, "đồng"), Q("54 lớp đào tạo nghề", 54, "lớp đào tạo nghề"),
 Q("1.620 học viên", 1620, "học viên"), Q("85,7%", 85.7, "%"), Q("2.815 hội viên mới", 2815, "hội viên mới"),
 Q("42.360 hộ", 42360, "hộ"), Q("200 triệu đồng", 200000000, "đồng"), Q("20 thành viên", 20, "thành viên"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"),
 Q("2.000 lao động nông thôn", 2000, "lao động nông thôn"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Quyết định", "2158", "QĐ-UBND", "2017-07-25", "UBND tỉnh", "Quyết định số 2158/QĐ-UBND ngày 25/7/2017"),
 D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Quyết định", "46", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 46/2015/QĐ-TTg"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW")],
[prov("Hà Tĩnh"), com("Thạch Hạ")],
["HỘI NÔNG DÂN TỈNH HÀ TĨNH", "You are here: Trang chủ » Hoạt động Hội » Tin tức",
 "Đồng chí Trần Thị Mai Lan phát biểu tại hội nghị.", "Quỹ hỗ trợ nông dân"],
["27-12-2017 09:40", "năm 2017", "năm 2018", "dưới 3 tháng", "Năm 2017"]))

PAGES.append(page("b8868-bentre-hnd-daihoi-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN THẠNH - HUYỆN MỎ CÀY NAM
Trang chủ | Tin tức - Sự kiện | Đoàn thể
Ngày 20/03/2018 | 10:30
Đại hội đại biểu Hội Nông dân xã An Thạnh lần thứ X, nhiệm kỳ 2018 - 2023
Ngày 18/3, Hội Nông dân xã An Thạnh (huyện Mỏ Cày Nam, tỉnh Bến Tre) long trọng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Về dự có ông Nguyễn Văn Hùng, HUV, Chủ tịch Hội Nông dân huyện Mỏ Cày Nam; ông Trần Văn Sĩ, Bí thư Đảng ủy xã; ông Lê Minh Đức, Phó Bí thư, Chủ tịch UBND xã cùng 115 đại biểu đại diện cho 1.248 hội viên nông dân trong xã.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Báo cáo chính trị tại đại hội nêu rõ, nhiệm kỳ 2013 - 2018, Hội Nông dân xã đã vận động hội viên xây dựng Quỹ hỗ trợ nông dân từ 80 triệu đồng lên 650 triệu đồng, triển khai 7 dự án chăn nuôi dê, trồng bưởi da xanh, trồng dừa xiêm xanh cho 96 hộ vay. Hội quản lý dư nợ ủy thác Ngân hàng Chính sách xã hội 18,5 tỷ đồng qua 9 tổ tiết kiệm và vay vốn với 642 hộ vay, không có nợ quá hạn. Phối hợp Trung tâm Giáo dục nghề nghiệp huyện mở 6 lớp dạy nghề cho 210 lao động nông thôn, gồm các nghề chằm lá, đan giỏ cọng dừa, chăm sóc cây ăn trái; hơn 80% học viên có việc làm tại chỗ.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 412 hộ đạt danh hiệu các cấp; hội viên đóng góp trên 1,3 tỷ đồng và hiến 2.600 m2 đất làm đường giao thông nông thôn, góp phần đưa xã về đích nông thôn mới năm 2017.
Phát biểu chỉ đạo, ông Trần Văn Sĩ đề nghị Hội Nông dân xã thực hiện tốt Kế hoạch số 76-KH/ĐU ngày 5/1/2018 của Đảng ủy xã về nâng cao chất lượng hoạt động Hội và Chỉ thị 40-CT/TW của Ban Bí thư; phấn đấu đến năm 2023 Quỹ hỗ trợ nông dân của xã đạt 1 tỷ đồng, 100% chi hội có mô hình kinh tế tập thể.
Đại hội đã bầu Ban Chấp hành khóa X gồm 15 đồng chí. Ông Lê Văn Bảy được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã nhiệm kỳ 2018 - 2023; các ông, bà Nguyễn Thị Bé Tư, Huỳnh Văn Nhanh được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Hội Nông dân huyện Mỏ Cày Nam lần thứ X.
Phát biểu nhận nhiệm vụ, ông Lê Văn Bảy hứa sẽ cùng Ban Chấp hành phấn đấu mỗi năm kết nạp ít nhất 50 hội viên mới, giúp 20 hộ hội viên thoát nghèo bằng nguồn vốn vay và học nghề.
Dịp này, ông Nguyễn Văn Hùng thay mặt Ban Thường vụ Hội Nông dân huyện trao giấy khen cho 3 tập thể, 8 cá nhân có thành tích xuất sắc nhiệm kỳ 2013 - 2018.
Thanh Trúc
Tin liên quan
- Hội Nông dân xã Hương Mỹ tổ chức đại hội điểm (10/03/2018)
- An Thạnh: tập huấn kỹ thuật trồng bưởi da xanh cho 60 hội viên (25/02/2018)
- Trao 2 căn nhà Mái ấm nông dân cho hội viên nghèo (12/02/2018)
""", "2018-03-20", "Đại hội đại biểu Hội Nông dân xã An Thạnh lần thứ X, nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-03-18"),
[P("Nguyễn Văn Hùng", "HUV", "Chủ tịch Hội Nông dân huyện Mỏ Cày Nam"),
 P("Trần Văn Sĩ", "Bí thư Đảng ủy xã"),
 P("Lê Minh Đức", "Phó Bí thư", "Chủ tịch UBND xã"),
 P("Lê Văn Bảy", "Chủ tịch Hội Nông dân xã nhiệm kỳ 2018 - 2023"),
 P("Nguyễn Thị Bé Tư", "Phó Chủ tịch Hội Nông dân xã"),
 P("Huỳnh Văn Nhanh", "Phó Chủ tịch Hội Nông dân xã")],
[Q("115 đại biểu", 115, "đại biểu"), Q("1.248 hội viên nông dân", 1248, "hội viên nông dân"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("650 triệu đồng", 650000000, "đồng"), Q("7 dự án", 7, "dự án"),
 Q("96 hộ", 96, "hộ"), Q("18,5 tỷ đồng", 18500000000, "đồng"), Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"),
 Q("642 hộ", 642, "hộ"), Q("6 lớp dạy nghề", 6, "lớp dạy nghề"), Q("210 lao động nông thôn", 210, "lao động nông thôn"),
 Q("hơn 80%", 80, "%", "over"), Q("412 hộ", 412, "hộ"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("2.600 m2", 2600, "m2"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("100% chi hội", 100, "%"),
 Q("15 đồng chí", 15, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"), Q("ít nhất 50 hội viên mới", 50, "hội viên mới", "over"),
 Q("20 hộ hội viên", 20, "hộ hội viên"), Q("3 tập thể", 3, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Kế hoạch", "76", "KH/ĐU", "2018-01-05", "Đảng ủy xã", "Kế hoạch số 76-KH/ĐU ngày 5/1/2018"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị 40-CT/TW")],
[prov("Bến Tre"), com("An Thạnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN THẠNH - HUYỆN MỎ CÀY NAM", "Trang chủ | Tin tức - Sự kiện | Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình đại hội.", "Quỹ hỗ trợ nông dân", "Trung tâm Giáo dục nghề nghiệp huyện"],
["Ngày 20/03/2018 | 10:30", "lần thứ X", "nhiệm kỳ 2018 - 2023", "nhiệm kỳ 2013 - 2018", "khóa X", "15 đồng chí", "năm 2017", "năm 2023"]))

PAGES.append(page("b8869-gialai-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận
Cập nhật lúc 17:20 ngày 05/04/2019
Khối dân vận tỉnh giao ban, tập trung hỗ trợ nông dân vay vốn, học nghề
Chiều 4/4, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận quý I năm 2019 với Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh. Đồng chí Nguyễn Văn Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Siu Đoan, Rơ Châm H'Blưr, Lê Thị Ngọc Ánh.
Quang cảnh buổi giao ban. Ảnh: Minh Hiếu
Báo cáo của Ban Dân vận Tỉnh ủy cho thấy, trong quý I, khối dân vận các cấp đã triển khai Kế hoạch số 72-KH/BDVTU về công tác dân vận năm 2019 và các Nghị quyết 02, 03-NQ/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số và về phát triển nguồn nhân lực. Các đơn vị đã tổ chức 146 cuộc tuyên truyền với hơn 9.800 lượt người dự.
Bà Kpă Thị Nguyên, Phó Chủ tịch Hội Nông dân tỉnh, cho biết: quý I, Hội đã vận động tăng Quỹ hỗ trợ nông dân thêm 1,12 tỷ đồng, giải ngân 3,4 tỷ đồng cho 11 dự án với 156 hộ vay, trong đó 98 hộ là đồng bào Jrai, Bahnar. Hội phối hợp mở 12 lớp dạy nghề cho 385 lao động nông thôn, chủ yếu nghề trồng hồ tiêu, chăn nuôi bò, sửa chữa máy nông nghiệp. Dư nợ ủy thác qua Hội đạt 1.342 tỷ đồng.
Đồng chí Nay H'Lim, Phó Chủ tịch Hội LHPN tỉnh, thông tin Hội đã giúp 420 hội viên phụ nữ vay vốn với tổng số tiền 12,6 tỷ đồng; đồng chí Rơ Mah Tuấn, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn phối hợp tư vấn hướng nghiệp cho khoảng 1.500 đoàn viên thanh niên nông thôn. Ông Trần Quang Vinh, Phó Chủ tịch LĐLĐ tỉnh, đề nghị phối hợp đào tạo nghề cho lao động nông thôn để cung ứng cho các doanh nghiệp chế biến nông sản.
Phát biểu kết luận, đồng chí Nguyễn Văn Thọ yêu cầu các đơn vị tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; gắn công tác vận động nông dân với thực hiện Quyết định số 1956/QĐ-TTg. Đồng chí đề nghị Hội Nông dân tỉnh rà soát, đưa vốn Quỹ về các làng đặc biệt khó khăn, bảo đảm thu hồi vốn đúng hạn; hướng dẫn bà con tránh vay nặng lãi, tránh bán lúa non, cà phê non.
Trong quý II, khối dân vận tỉnh thống nhất tổ chức 2 đợt khảo sát tình hình đời sống nông dân ở 8 xã vùng sâu, vùng xa; phối hợp kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 4 huyện.
Ksor Hồng
Tin khác
- Chư Sê: 25 hộ Jrai được vay vốn nuôi bò sinh sản (28/03/2019)
- Ia Grai ra mắt mô hình "Dân vận khéo" trồng rau an toàn (15/03/2019)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (06/03/2019)
""", "2019-04-05", "Khối dân vận tỉnh giao ban, tập trung hỗ trợ nông dân vay vốn, học nghề",
E("giao_ban", "2019-Q1", "2019-04-04"),
[P("Nguyễn Văn Thọ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Đoan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Blưr", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Ánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Thị Nguyên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nay H'Lim", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Rơ Mah Tuấn", "Bí thư Tỉnh đoàn"),
 P("Trần Quang Vinh", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("146 cuộc tuyên truyền", 146, "cuộc tuyên truyền"), Q("hơn 9.800 lượt người", 9800, "lượt người", "over"),
 Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("11 dự án", 11, "dự án"),
 Q("156 hộ", 156, "hộ"), Q("98 hộ", 98, "hộ"), Q("12 lớp dạy nghề", 12, "lớp dạy nghề"),
 Q("385 lao động nông thôn", 385, "lao động nông thôn"), Q("1.342 tỷ đồng", 1342000000000, "đồng"),
 Q("420 hội viên phụ nữ", 420, "hội viên phụ nữ"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("khoảng 1.500 đoàn viên thanh niên nông thôn", 1500, "đoàn viên thanh niên nông thôn", "approx"),
 Q("2 đợt khảo sát", 2, "đợt khảo sát"), Q("8 xã vùng sâu, vùng xa", 8, "xã vùng sâu, vùng xa"), Q("4 huyện", 4, "huyện")],
[D("Kế hoạch", "72", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 72-KH/BDVTU"),
 D("Nghị quyết", "02", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 02, 03-NQ/TU"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 02, 03-NQ/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "1956", "QĐ-TTg", None, None, "Quyết định số 1956/QĐ-TTg")],
[prov("Gia Lai")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận",
 "Quang cảnh buổi giao ban. Ảnh: Minh Hiếu", "Quỹ hỗ trợ nông dân", "Quy chế dân chủ ở cơ sở", "Dân vận khéo"],
["Cập nhật lúc 17:20 ngày 05/04/2019", "quý I năm 2019", "quý I", "quý II", "năm 2019"]))

PAGES.append(page("b8870-thainguyen-hnd-hoinghi-2019", """
Báo Thái Nguyên điện tử
Kinh tế | Nông nghiệp
2019-10-15 16:40
Toàn cảnh hội nghị biểu dương.
Biểu dương 120 nông dân sản xuất, kinh doanh giỏi tiêu biểu
Ngày 14/10, Hội Nông dân tỉnh Thái Nguyên tổ chức Hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi tiêu biểu năm 2019 nhân kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam. Dự hội nghị có đồng chí Hoàng Thị Thúy, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Ma Văn Chung, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh.
Năm 2019, toàn tỉnh có 58.470 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 1.216 hộ có thu nhập từ 1 tỷ đồng/năm trở lên. Quỹ hỗ trợ nông dân các cấp đạt 36,7 tỷ đồng, tăng 3,2 tỷ đồng so với năm 2018; từ nguồn quỹ đã giúp 1.860 hộ vay phát triển chè, nuôi gà đồi, trồng rau an toàn. Thực hiện Chương trình phối hợp số 05/CTPH-HND-SLĐTBXH giữa Hội Nông dân tỉnh và Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2019 đã mở 37 lớp dạy nghề cho 1.110 lao động nông thôn.
Tại hội nghị, nhiều nông dân chia sẻ kinh nghiệm làm giàu. Ông Dương Văn Hòa ở xã Tân Cương cho biết gia đình có 3 ha chè đặc sản, liên kết với 25 hộ trong xóm, doanh thu mỗi năm khoảng 2,5 tỷ đồng. Bà Lương Thị Thu, xã La Bằng, Giám đốc Hợp tác xã chè La Bằng, chia sẻ từ khoản vay 50 triệu đồng của Quỹ hỗ trợ nông dân năm 2014, đến nay hợp tác xã đã có 32 thành viên, tạo việc làm cho 40 lao động.
Ông Nông Văn Lường, xã Phú Đình, người Tày, kể lại: sau khi học nghề chăn nuôi thú y do Hội Nông dân huyện Định Hóa tổ chức, ông được vay 40 triệu đồng nuôi gà thả đồi, nay mỗi năm xuất bán gần 10.000 con gà.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Thúy biểu dương những nỗ lực của các cấp Hội và nông dân trong tỉnh; đề nghị Hội tiếp tục thực hiện Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam trong việc giải quyết khiếu nại, tố cáo và hỗ trợ nông dân; tăng cường nguồn lực cho Quỹ hỗ trợ nông dân để nông dân có vốn áp dụng kiến thức sau học nghề.
Dịp này, UBND tỉnh tặng Bằng khen cho 20 nông dân tiêu biểu; Hội Nông dân tỉnh tặng giấy khen và phần thưởng trị giá 1 triệu đồng cho mỗi nông dân được biểu dương. Trong số 120 nông dân có các ông, bà: Dương Văn Hòa, Lương Thị Thu, Nông Văn Lường, Đào Xuân Trường (xã Úc Kỳ), Hà Thị Mến (xã Bình Yên), Triệu Văn Khé (xã Thần Sa).
Ngọc Thu
Các tin đã đưa
- Hội Nông dân Đại Từ tổ chức hội thi nhà nông đua tài (08/10/2019)
- Đồng Hỷ: 30 hộ được vay vốn Quỹ hỗ trợ nông dân nuôi gà (26/09/2019)
- Dạy nghề chế biến chè cho 35 lao động nông thôn xã Tân Cương (12/09/2019)
""", "2019-10-15", "Biểu dương 120 nông dân sản xuất, kinh doanh giỏi tiêu biểu",
E("hoi_nghi", "2019", "2019-10-14"),
[P("Hoàng Thị Thúy", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Ma Văn Chung", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Dương Văn Hòa"),
 P("Lương Thị Thu", "Giám đốc Hợp tác xã chè La Bằng"),
 P("Nông Văn Lường"),
 P("Đào Xuân Trường"), P("Hà Thị Mến"), P("Triệu Văn Khé")],
[Q("120 nông dân sản xuất, kinh doanh giỏi tiêu biểu", 120, "nông dân sản xuất, kinh doanh giỏi tiêu biểu"),
 Q("58.470 hộ", 58470, "hộ"), Q("1.216 hộ", 1216, "hộ"), Q("1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("36,7 tỷ đồng", 36700000000, "đồng"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("1.860 hộ", 1860, "hộ"),
 Q("37 lớp dạy nghề", 37, "lớp dạy nghề"), Q("1.110 lao động nông thôn", 1110, "lao động nông thôn"),
 Q("3 ha", 3, "ha"), Q("25 hộ", 25, "hộ"), Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("32 thành viên", 32, "thành viên"), Q("40 lao động", 40, "lao động"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("gần 10.000 con gà", 10000, "con gà", "approx"),
 Q("20 nông dân tiêu biểu", 20, "nông dân tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình phối hợp", "05", "CTPH-HND-SLĐTBXH", None, None, "Chương trình phối hợp số 05/CTPH-HND-SLĐTBXH"),
 D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014")],
[prov("Thái Nguyên"), com("Tân Cương"), com("La Bằng"), com("Phú Đình"), com("Úc Kỳ"), com("Bình Yên"), com("Thần Sa")],
["Báo Thái Nguyên điện tử", "Kinh tế | Nông nghiệp", "Toàn cảnh hội nghị biểu dương.", "Quỹ hỗ trợ nông dân",
 "Hợp tác xã chè La Bằng", "Sở Lao động - Thương binh và Xã hội", "Ngày thành lập Hội Nông dân Việt Nam"],
["2019-10-15 16:40", "89 năm", "năm 2019", "năm 2018", "năm 2014", "9 tháng năm 2019", "Năm 2019"]))

PAGES.append(page("b8871-longan-hnd-traoqua-2020", """
HỘI NÔNG DÂN TỈNH LONG AN
Trang chủ › Tin hoạt động › An sinh xã hội
Thứ Tư, 15/04/2020 - 08:30
Trao quà, hỗ trợ vốn cho nông dân bị ảnh hưởng hạn mặn và dịch Covid-19
Ngày 13/4, Hội Nông dân tỉnh Long An phối hợp với Công ty Cổ phần Phân bón Bình Điền trao 300 phần quà cho hội viên nông dân nghèo bị thiệt hại do hạn hán, xâm nhập mặn và ảnh hưởng của dịch Covid-19 tại các xã Tân Thành, Bình Hòa Bắc và thị trấn Cần Giuộc. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá 150 triệu đồng.
Ông Phạm Văn Chiến, Phó Chủ tịch Hội Nông dân tỉnh trao quà cho hội viên. Ảnh: Kim Ngân
Dự lễ trao quà có ông Nguyễn Văn Quí, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; ông Phạm Văn Chiến, Phó Chủ tịch Hội Nông dân tỉnh; bà Đỗ Thị Mỹ Hạnh, Trưởng phòng Kinh doanh Công ty Cổ phần Phân bón Bình Điền; lãnh đạo Hội Nông dân và UBND các xã.
Theo ông Nguyễn Văn Quí, mùa khô năm nay toàn tỉnh có hơn 10.000 ha lúa, rau màu bị ảnh hưởng do thiếu nước ngọt, trong đó khoảng 3.800 ha thiệt hại trên 70%. Cùng với việc trao quà, Hội đã giải ngân 1,2 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 40 hộ tại các xã vùng hạn mặn để chuyển sang trồng thanh long, chanh không hạt, nuôi bò; mỗi hộ được vay tối đa 50 triệu đồng, thời hạn 36 tháng.
Thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, Hội Nông dân các cấp đã rà soát, lập danh sách 1.420 hộ hội viên thuộc diện hỗ trợ; phối hợp Ngân hàng Chính sách xã hội tỉnh gia hạn nợ cho 312 hộ vay bị thiệt hại. Hội cũng tạm dừng tổ chức 18 lớp dạy nghề cho lao động nông thôn theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, sẽ mở lại khi dịch được kiểm soát.
Ông Lê Văn Sang, Chủ tịch Hội Nông dân xã Tân Thành, cho biết: "Cả xã có 126 hộ bị mất trắng vụ lúa Đông Xuân. Phần quà tuy không lớn nhưng giúp bà con bớt khó khăn trước mắt; nguồn vốn Quỹ thì giúp họ chuyển đổi cây trồng lâu dài". Bà Nguyễn Thị Lệ, hội viên ấp 3, xã Bình Hòa Bắc, xúc động khi nhận quà sau khi 2 công lúa của gia đình bị cháy khô.
Dịp này, Hội Nông dân tỉnh còn trao 2 bồn chứa nước loại 2.000 lít cho hộ nghèo và phát động hội viên đóng góp Quỹ hỗ trợ nông dân, phấn đấu năm 2020 tăng thêm 2,5 tỷ đồng.
Trước đó, Ban Thường vụ Hội Nông dân tỉnh đã chỉ đạo các cơ sở Hội thành lập 192 tổ tự quản, phối hợp chính quyền vận động nông dân trữ nước ngọt, xuống giống đúng lịch thời vụ; đồng thời giới thiệu cho hội viên vay vốn ưu đãi mua bồn, túi chứa nước.
Kim Ngân
Tin liên quan
- Hội Nông dân Cần Đước trao 200 phần quà cho nông dân nghèo (08/04/2020)
- Long An: hỗ trợ 500 bồn chứa nước ngọt cho vùng hạn mặn (30/03/2020)
- Tạm hoãn đại hội điểm các chi hội nông dân do dịch Covid-19 (20/03/2020)
""", "2020-04-15", "Trao quà, hỗ trợ vốn cho nông dân bị ảnh hưởng hạn mặn và dịch Covid-19",
E("trao_qua", None, "2020-04-13"),
[P("Phạm Văn Chiến", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Quí", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đỗ Thị Mỹ Hạnh", "Trưởng phòng Kinh doanh Công ty Cổ phần Phân bón Bình Điền"),
 P("Lê Văn Sang", "Chủ tịch Hội Nông dân xã Tân Thành"),
 P("Nguyễn Thị Lệ", "hội viên ấp 3")],
[Q("300 phần quà", 300, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("hơn 10.000 ha", 10000, "ha", "over"),
 Q("khoảng 3.800 ha", 3800, "ha", "approx"), Q("trên 70%", 70, "%", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("40 hộ", 40, "hộ"), Q("50 triệu đồng", 50000000, "đồng"), Q("1.420 hộ hội viên", 1420, "hộ hội viên"),
 Q("312 hộ", 312, "hộ"), Q("18 lớp dạy nghề", 18, "lớp dạy nghề"), Q("126 hộ", 126, "hộ"), Q("2 công", 2, "công"),
 Q("2 bồn chứa nước", 2, "bồn chứa nước"), Q("2.000 lít", 2000, "lít"), Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("192 tổ tự quản", 192, "tổ tự quản")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Long An"), com("Tân Thành"), com("Bình Hòa Bắc"), com("Cần Giuộc")],
["HỘI NÔNG DÂN TỈNH LONG AN", "Trang chủ › Tin hoạt động › An sinh xã hội",
 "Ông Phạm Văn Chiến, Phó Chủ tịch Hội Nông dân tỉnh trao quà cho hội viên. Ảnh: Kim Ngân",
 "Công ty Cổ phần Phân bón Bình Điền", "Quỹ hỗ trợ nông dân", "Covid-19"],
["Thứ Tư, 15/04/2020 - 08:30", "36 tháng", "năm 2020", "Covid-19"]))

PAGES.append(page("b8872-haugiang-ubnd-doithoai-2020", """
Báo Hậu Giang Online
Thời sự > Chính trị
30 tháng 11, 2020 | 17:45
Chủ tịch UBND tỉnh đối thoại với nông dân về vốn vay, học nghề
Ngày 27/11, UBND tỉnh Hậu Giang phối hợp với Hội Nông dân tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2020, theo Kế hoạch số 182/KH-UBND ngày 15/9/2020 của UBND tỉnh. Ông Lê Minh Trí, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có ông Trương Văn Kiệt, Chủ tịch Hội Nông dân tỉnh và hơn 200 hội viên nông dân tiêu biểu đến từ 8 huyện, thị xã, thành phố.
Hội nghị đã nhận được 36 ý kiến của nông dân, tập trung vào các vấn đề vốn vay, đào tạo nghề, tiêu thụ nông sản và chính sách bảo hiểm nông nghiệp.
Ông Nguyễn Văn Út, Chi hội trưởng Chi hội Nông dân ấp 5, xã Vị Đông, hỏi: gia đình muốn vay 100 triệu đồng để mở rộng nuôi lươn không bùn nhưng không có tài sản thế chấp thì có vay được không? Trả lời, bà Trần Thị Thanh Mai, Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh, cho biết theo Nghị định số 116/2018/NĐ-CP ngày 7/9/2018 của Chính phủ sửa đổi, bổ sung Nghị định số 55/2015/NĐ-CP, cá nhân, hộ gia đình cư trú ở địa bàn nông thôn được vay tối đa 100 triệu đồng không phải có tài sản bảo đảm; nếu tham gia liên kết sản xuất thì mức vay còn cao hơn.
Bà Lê Thị Bích, xã Long Thạnh, đề nghị mở lớp dạy nghề ngay tại xã vì phụ nữ khó đi học xa. Ông Huỳnh Văn Tâm, Giám đốc Sở Lao động - Thương binh và Xã hội, thông tin năm 2020 tỉnh đã đào tạo nghề cho 4.200 lao động nông thôn, trong đó 1.350 người học nghề nông nghiệp; mỗi học viên được hỗ trợ tối đa 4 triệu đồng/khóa theo Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ. Sở sẽ phối hợp Hội Nông dân mở lớp lưu động tại ấp khi có từ 20 học viên trở lên.
Ông Lâm Văn Hữu, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết tổng dư nợ của Chi nhánh đạt 3.100 tỷ đồng với khoảng 68.000 khách hàng; riêng dư nợ ủy thác qua Hội Nông dân 1.015 tỷ đồng. Ông Trương Văn Kiệt bổ sung: Quỹ hỗ trợ nông dân các cấp hiện có hơn 21 tỷ đồng, đang cho 1.640 hộ vay; Hội đề nghị tỉnh bố trí thêm 3 tỷ đồng từ ngân sách để nhân rộng mô hình nuôi lươn, trồng khóm.
Kết luận hội nghị, ông Lê Minh Trí ghi nhận 36 ý kiến đều xác đáng; giao Sở Lao động - Thương binh và Xã hội gắn đào tạo nghề với nhu cầu doanh nghiệp, giao Sở Tài chính tham mưu bổ sung vốn cho Quỹ hỗ trợ nông dân trong năm 2021. Những ý kiến chưa trả lời tại hội nghị sẽ được các sở, ngành trả lời bằng văn bản trước ngày 15/12/2020.
Ông Trương Văn Kiệt cho biết thêm, sau đối thoại Hội sẽ tổng hợp các kiến nghị, theo dõi việc giải quyết và thông tin lại cho hội viên qua sinh hoạt chi hội.
Hoàng Vũ
Xem thêm
- Hội Nông dân Vị Thủy ra mắt mô hình nuôi lươn không bùn (20/11/2020)
- Phụng Hiệp: 45 lao động nông thôn được học nghề may công nghiệp (12/11/2020)
- Hậu Giang giải ngân 5 tỷ đồng vốn Quỹ hỗ trợ nông dân (02/11/2020)
""", "2020-11-30", "Chủ tịch UBND tỉnh đối thoại với nông dân về vốn vay, học nghề",
E("doi_thoai", "2020", "2020-11-27"),
[P("Lê Minh Trí", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trương Văn Kiệt", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Út", "Chi hội trưởng Chi hội Nông dân ấp 5"),
 P("Trần Thị Thanh Mai", "Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh"),
 P("Lê Thị Bích"),
 P("Huỳnh Văn Tâm", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lâm Văn Hữu", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh")],
[Q("hơn 200 hội viên nông dân tiêu biểu", 200, "hội viên nông dân tiêu biểu", "over"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("36 ý kiến", 36, "ý kiến"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("4.200 lao động nông thôn", 4200, "lao động nông thôn"),
 Q("1.350 người", 1350, "người"), Q("4 triệu đồng", 4000000, "đồng"), Q("20 học viên", 20, "học viên", "over"),
 Q("3.100 tỷ đồng", 3100000000000, "đồng"), Q("khoảng 68.000 khách hàng", 68000, "khách hàng", "approx"),
 Q("1.015 tỷ đồng", 1015000000000, "đồng"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("1.640 hộ", 1640, "hộ"), Q("3 tỷ đồng", 3000000000, "đồng")],
[D("Kế hoạch", "182", "KH-UBND", "2020-09-15", "UBND tỉnh", "Kế hoạch số 182/KH-UBND ngày 15/9/2020"),
 D("Nghị định", "116", "2018/NĐ-CP", "2018-09-07", "Chính phủ", "Nghị định số 116/2018/NĐ-CP ngày 7/9/2018"),
 D("Nghị định", "55", "2015/NĐ-CP", None, None, "Nghị định số 55/2015/NĐ-CP"),
 D("Quyết định", "46", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 46/2015/QĐ-TTg")],
[prov("Hậu Giang"), com("Vị Đông"), com("Long Thạnh")],
["Báo Hậu Giang Online", "Thời sự > Chính trị", "Quỹ hỗ trợ nông dân", "Ngân hàng Nhà nước Chi nhánh tỉnh",
 "Sở Tài chính"],
["30 tháng 11, 2020 | 17:45", "năm 2020", "năm 2021", "15/12/2020"]))
