from lib import *
PAGES = []

PAGES.append(page("b6683-quangtri-haian-tiepxuccutri-2016", """
Cổng thông tin điện tử huyện Hải Lăng - Quảng Trị
Trang chủ >> Xã, thị trấn >> Xã Hải An >> Truyền thanh
Thứ Năm, ngày 12/05/2016
Hải An: Cử tri vùng biển kiến nghị sớm làm rõ nguyên nhân hải sản chết bất thường
Đài truyền thanh xã Hải An - Bản tin thời sự tối
Kính thưa bà con cử tri! Chiều 10/5, tại hội trường thôn Mỹ Thủy, Ủy ban MTTQ Việt Nam xã Hải An phối hợp Ủy ban bầu cử xã tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu HĐND tỉnh khóa VII gặp gỡ cử tri, trình bày chương trình hành động. Có khoảng 260 cử tri của 4 thôn Mỹ Thủy, Thuận Đầu, Kim Long, Thâm Khê dự.
Chủ trì hội nghị là ông Văn Đình Phú, Chủ tịch Ủy ban MTTQ Việt Nam xã. Các ứng cử viên gồm: bà Hồ Thị Thu Hương, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Lê Quang Nhật, Trưởng phòng Tài nguyên và Môi trường huyện Hải Lăng; ông Nguyễn Văn Chất, Bí thư Đảng ủy xã Hải An.
Tại hội nghị, 17 ý kiến của cử tri tập trung vào tình trạng cá chết hàng loạt dọc bờ biển từ đầu tháng 4. Ông Trần Văn Lành, ngư dân thôn Thâm Khê, cho biết hơn 90 tàu thuyền của xã phải nằm bờ, thu nhập của khoảng 1.100 lao động nghề biển bị ảnh hưởng nặng. Cử tri đề nghị sớm công bố nguyên nhân, có chính sách hỗ trợ gạo, hỗ trợ chuyển đổi nghề cho ngư dân.
Thay mặt các ứng cử viên, ông Nguyễn Văn Chất tiếp thu ý kiến; cho biết xã đã lập danh sách 486 hộ bị ảnh hưởng để đề nghị cấp trên hỗ trợ theo Công văn số 1359/UBND-NN ngày 29/4/2016 của UBND tỉnh.
TIN VẮN
- Thực hiện Kế hoạch số 31-KH/ĐU của Đảng ủy xã về công tác bầu cử, đến nay xã đã niêm yết danh sách cử tri tại 5 khu vực bỏ phiếu với tổng số 4.215 cử tri. Bà Phan Thị Nga, Phó Chủ tịch UBND xã, Phó Chủ tịch Ủy ban bầu cử xã, đề nghị cử tri kiểm tra tên mình trong danh sách.
- Chi đoàn thôn Kim Long ra quân dọn vệ sinh bờ biển, thu gom gần 3 tấn rác và xác cá dạt vào bờ.
- UBND xã đã tiếp nhận 12 tấn gạo cứu trợ, cấp cho các hộ ngư dân bị ảnh hưởng, mỗi khẩu 15 kg. Ông Hoàng Văn Minh, Chủ tịch UBND xã, yêu cầu các thôn cấp phát công khai, đúng đối tượng, xong trước ngày 15/5.
- Trạm Y tế xã khuyến cáo người dân không ăn, không buôn bán hải sản chết trôi dạt.
Ngày bầu cử 22/5/2016 đang đến gần. Đề nghị mọi cử tri đi bầu đầy đủ, đúng giờ. Bản tin xin dừng tại đây.
Thu Hà (Đài TT xã Hải An)
Các tin đã đưa
- Hải An: Ra mắt tổ tuyên truyền bầu cử ở các thôn (28/04/2016)
- Ngư dân Hải An thiệt hại do cá chết (22/04/2016)
- Xã Hải An hiệp thương lần thứ ba (19/04/2016)
- Hội Liên hiệp Phụ nữ xã Hải An ra mắt câu lạc bộ phụ nữ làng biển (08/04/2016)
- Hải An: giao ban khối dân vận quý I (02/04/2016)
""", "2016-05-12", "Hải An: Cử tri vùng biển kiến nghị sớm làm rõ nguyên nhân hải sản chết bất thường",
E("hoi_nghi", None, "2016-05-10"),
[P("Văn Đình Phú", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Thị Thu Hương", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lê Quang Nhật", "Trưởng phòng Tài nguyên và Môi trường huyện Hải Lăng"),
 P("Nguyễn Văn Chất", "Bí thư Đảng ủy xã Hải An"),
 P("Trần Văn Lành", "ngư dân thôn Thâm Khê"),
 P("Phan Thị Nga", "Phó Chủ tịch UBND xã", "Phó Chủ tịch Ủy ban bầu cử xã"),
 P("Hoàng Văn Minh", "Chủ tịch UBND xã")],
[Q("khoảng 260 cử tri", 260, "cử tri", "approx"), Q("4 thôn", 4, "thôn"), Q("17 ý kiến", 17, "ý kiến"),
 Q("hơn 90 tàu thuyền", 90, "tàu thuyền", "over"), Q("khoảng 1.100 lao động nghề biển", 1100, "lao động nghề biển", "approx"),
 Q("486 hộ", 486, "hộ"), Q("5 khu vực bỏ phiếu", 5, "khu vực bỏ phiếu"), Q("4.215 cử tri", 4215, "cử tri"),
 Q("gần 3 tấn", 3, "tấn", "approx"), Q("12 tấn", 12, "tấn"), Q("15 kg", 15, "kg")],
[D("Công văn", "1359", "UBND-NN", "2016-04-29", "UBND tỉnh", "Công văn số 1359/UBND-NN ngày 29/4/2016"),
 D("Kế hoạch", "31", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 31-KH/ĐU")],
[prov("Quảng Trị"), com("Hải An")],
["Cổng thông tin điện tử huyện Hải Lăng - Quảng Trị", "Trang chủ >> Xã, thị trấn >> Xã Hải An >> Truyền thanh",
 "Đài truyền thanh xã Hải An - Bản tin thời sự tối", "TIN VẮN"],
["Thứ Năm, ngày 12/05/2016", "khóa VII", "tháng 4", "22/5/2016", "ngày 15/5"]))

PAGES.append(page("b6684-sonla-chiengmung-daihoi-2017", """
ĐÀI TRUYỀN THANH - TRUYỀN HÌNH MAI SƠN (SƠN LA)
Tin tức | Thời sự | Cơ sở | Phóng sự
23.11.2017 | 10:15
Chiềng Mung: Đại hội Hội Nông dân xã lần thứ VIII
Chương trình phát thanh của xã Chiềng Mung phát lại trên sóng huyện
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 21/11/2017, Hội Nông dân xã Chiềng Mung tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2018 - 2023. Dự đại hội có 120 đại biểu đại diện cho hơn 1.600 hội viên ở 14 chi hội. Đồng chí Lò Văn Pản, Chủ tịch Hội Nông dân huyện Mai Sơn, và đồng chí Cầm Thị Ơn, Phó Bí thư Thường trực Đảng ủy xã Chiềng Mung, dự và chỉ đạo đại hội.
Nhiệm kỳ qua, Hội đã vận động hội viên chuyển 350 ha đất trồng ngô trên đất dốc sang trồng cây ăn quả như xoài, nhãn, bưởi; phối hợp Ngân hàng Chính sách xã hội huyện cho 215 lượt hộ vay vốn với dư nợ 9,8 tỷ đồng. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 410 hộ đạt danh hiệu các cấp; có 3 hợp tác xã nông nghiệp do hội viên làm nòng cốt được thành lập. Tỷ lệ hộ nghèo giảm từ 18,3% xuống còn 9,6%.
Hội đã phối hợp tuyên truyền Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW của Ban Bí thư về đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020".
Đại hội đã bầu Ban Chấp hành khóa mới gồm 11 đồng chí. Đồng chí Quàng Văn Hặc được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã khóa VIII; các đồng chí Lường Thị Xoan, Lò Văn Tiến được bầu làm Phó Chủ tịch Hội Nông dân xã.
Phát biểu chỉ đạo, đồng chí Cầm Thị Ơn ghi nhận Hội đã làm tốt vai trò cầu nối giữa Đảng ủy, chính quyền với nông dân; đề nghị Ban Chấp hành khóa mới tập trung vận động hội viên tham gia chương trình trồng cây ăn quả trên đất dốc của tỉnh Sơn La, xây dựng thêm ít nhất 2 chi hội nghề nghiệp, không để hội viên bị lôi kéo vào các tổ chức bất hợp pháp.
Đại hội bầu 4 đại biểu đi dự Đại hội Hội Nông dân huyện lần thứ IX.
TIN ĐỊA PHƯƠNG
- Bản Nà Tân vừa hoàn thành 1,2 km đường bê tông nội bản; nhân dân góp 240 triệu đồng và hơn 900 ngày công, Nhà nước hỗ trợ xi măng theo cơ chế đặc thù. Ông Lò Văn Cương, Trưởng bản Nà Tân, cho biết có 6 hộ tự nguyện hiến đất làm đường.
- Trạm Y tế xã khám sàng lọc miễn phí cho khoảng 300 người cao tuổi.
Biên tập: Quốc Hùng - Tố Uyên
Tin khác
- Mai Sơn: hội thi hòa giải viên giỏi năm 2017 (15/11/2017)
- Chiềng Mung: ra quân thu hoạch cà phê (08/11/2017)
- Hội Nông dân xã Hát Lót tổ chức đại hội điểm (01/11/2017)
""", "2017-11-23", "Chiềng Mung: Đại hội Hội Nông dân xã lần thứ VIII",
E("dai_hoi", None, "2017-11-21"),
[P("Lò Văn Pản", "Chủ tịch Hội Nông dân huyện Mai Sơn"),
 P("Cầm Thị Ơn", "Phó Bí thư Thường trực Đảng ủy xã Chiềng Mung"),
 P("Quàng Văn Hặc", "Chủ tịch Hội Nông dân xã khóa VIII"),
 P("Lường Thị Xoan", "Phó Chủ tịch Hội Nông dân xã"),
 P("Lò Văn Tiến", "Phó Chủ tịch Hội Nông dân xã"),
 P("Lò Văn Cương", "Trưởng bản Nà Tân")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 1.600 hội viên", 1600, "hội viên", "over"), Q("14 chi hội", 14, "chi hội"),
 Q("350 ha", 350, "ha"), Q("215 lượt hộ", 215, "lượt hộ"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("410 hộ", 410, "hộ"),
 Q("3 hợp tác xã nông nghiệp", 3, "hợp tác xã nông nghiệp"), Q("18,3%", 18.3, "%"), Q("9,6%", 9.6, "%"),
 Q("11 đồng chí", 11, "đồng chí"), Q("ít nhất 2 chi hội nghề nghiệp", 2, "chi hội nghề nghiệp", "over"), Q("4 đại biểu", 4, "đại biểu"), Q("1,2 km", 1.2, "km"), Q("240 triệu đồng", 240000000, "đồng"),
 Q("hơn 900 ngày công", 900, "ngày công", "over"), Q("6 hộ", 6, "hộ"), Q("khoảng 300 người cao tuổi", 300, "người cao tuổi", "approx")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Sơn La"), com("Chiềng Mung")],
["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH MAI SƠN (SƠN LA)", "Tin tức | Thời sự | Cơ sở | Phóng sự",
 "Chương trình phát thanh của xã Chiềng Mung phát lại trên sóng huyện", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020",
 "TIN ĐỊA PHƯƠNG"],
["23.11.2017 | 10:15", "lần thứ VIII", "nhiệm kỳ 2018 - 2023", "11 đồng chí", "khóa VIII", "lần thứ IX", "giai đoạn 2010 - 2020"]))

PAGES.append(page("b6685-laocai-banlau-giamsat-2018", """
Trang thông tin điện tử xã Bản Lầu | Mường Khương - Lào Cai
Trang chủ / Tin tức - sự kiện / Phát thanh cơ sở
Đăng ngày: 21/9/2018 15:02
MẶT TRẬN XÃ GIÁM SÁT VIỆC HỖ TRỢ HỘ NGHÈO TẠI 4 THÔN
Nội dung bản tin phát thanh song ngữ Việt - Mông phát sóng 3 buổi/tuần
Từ ngày 17 đến 19/9/2018, Ban Thường trực Ủy ban MTTQ Việt Nam xã Bản Lầu thực hiện giám sát việc thực hiện chính sách hỗ trợ hộ nghèo theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ tại 4 thôn Na Lốc 1, Na Lốc 2, Cốc Phà, Lùng Cẩu. Đoàn giám sát do ông Giàng A Chính, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn; thành viên gồm đại diện Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh và Ban Thanh tra nhân dân xã.
Qua giám sát, 4 thôn có 97 hộ nghèo được hỗ trợ, trong đó 63 hộ được hỗ trợ con giống, 34 hộ được vay vốn tối đa 50 triệu đồng/hộ. Tổng kinh phí hỗ trợ trực tiếp là 1,37 tỷ đồng. Đoàn đánh giá việc bình xét hộ được hỗ trợ đã công khai tại các cuộc họp thôn; tuy nhiên còn 5 hộ sử dụng vốn vay chưa đúng mục đích, 12 con lợn giống bị chết do chăm sóc chưa tốt.
Đoàn giám sát kiến nghị UBND xã chỉ đạo cán bộ khuyến nông bám thôn, hướng dẫn bà con làm chuồng trại, tiêm phòng; các tổ tiết kiệm và vay vốn rà soát, đôn đốc hộ vay sử dụng vốn đúng mục đích. Ông Sùng A Páo, Phó Chủ tịch UBND xã, tiếp thu và cho biết xã sẽ trả lời bằng văn bản trước ngày 5/10.
Trong năm 2018, Ủy ban MTTQ xã đã tổ chức 3 cuộc giám sát theo Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận.
Điểm tin trong tuần
- Ngày 18/9, Đảng ủy xã tổ chức hội nghị học tập Nghị quyết Trung ương 7 (khóa XII) cho 58 đảng viên. Đồng chí Vàng Seo Lử, Bí thư Đảng ủy xã, quán triệt nội dung Nghị quyết.
- Hội Liên hiệp Phụ nữ xã vận động 25 hội viên người Mông tham gia lớp xóa mù chữ tại thôn Lùng Cẩu. Chị Lù Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ xã, mong các gia đình tạo điều kiện cho chị em đi học đều.
- Đồn Biên phòng Bản Lầu phối hợp Đoàn Thanh niên xã tặng 40 suất quà cho học sinh nghèo thôn Na Lốc 2 nhân dịp năm học mới, mỗi suất gồm cặp sách, vở viết trị giá 250.000 đồng.
- Thông báo: Mùa mưa lũ chưa kết thúc, bà con không làm nhà ở chân đồi, ven suối; khi có mưa lớn kéo dài phải di chuyển người, tài sản đến nơi an toàn.
Người viết: Thào Seo Sử - Cán bộ văn hóa xã
Tin cùng chuyên mục
- Bản Lầu: ra quân làm đường vào thôn Cốc Phà (10/09/2018)
- Hội nghị người có uy tín xã Bản Lầu năm 2018 (28/08/2018)
- Xã Bản Lầu khắc phục hậu quả mưa lũ (05/08/2018)
- Tuyên truyền phòng chống mua bán người ở khu vực biên giới (20/07/2018)
""", "2018-09-21", "MẶT TRẬN XÃ GIÁM SÁT VIỆC HỖ TRỢ HỘ NGHÈO TẠI 4 THÔN",
E("giam_sat", None, "2018-09-17"),
[P("Giàng A Chính", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng A Páo", "Phó Chủ tịch UBND xã"),
 P("Vàng Seo Lử", "Bí thư Đảng ủy xã"),
 P("Lù Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("4 thôn", 4, "thôn"), Q("97 hộ nghèo", 97, "hộ nghèo"), Q("63 hộ", 63, "hộ"), Q("34 hộ", 34, "hộ"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("1,37 tỷ đồng", 1370000000, "đồng"), Q("5 hộ", 5, "hộ"),
 Q("12 con lợn giống", 12, "con lợn giống"), Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("58 đảng viên", 58, "đảng viên"),
 Q("25 hội viên người Mông", 25, "hội viên người Mông"), Q("40 suất quà", 40, "suất quà"), Q("250.000 đồng", 250000, "đồng")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Lào Cai"), com("Bản Lầu")],
["Trang thông tin điện tử xã Bản Lầu | Mường Khương - Lào Cai", "Trang chủ / Tin tức - sự kiện / Phát thanh cơ sở",
 "Nội dung bản tin phát thanh song ngữ Việt - Mông phát sóng 3 buổi/tuần", "Điểm tin trong tuần", "Nghị quyết Trung ương 7 (khóa XII)"],
["Đăng ngày: 21/9/2018 15:02", "3 buổi/tuần", "Từ ngày 17 đến 19/9/2018", "Na Lốc 1", "Na Lốc 2", "ngày 5/10", "Trong năm 2018",
 "Nghị quyết Trung ương 7", "khóa XII"]))

PAGES.append(page("b6686-dongthap-tanthuandong-baocao-2019", """
Hôm nay: Thứ Sáu, 27/12/2019
ỦY BAN NHÂN DÂN XÃ TÂN THUẬN ĐÔNG - THÀNH PHỐ CAO LÃNH - ĐỒNG THÁP
Tin tức › Chính quyền › Bản tin phát thanh
Báo cáo kết quả công tác dân vận chính quyền năm 2019 trên hệ thống loa truyền thanh
26 Tháng 12, 2019 | Lượt đọc: 97
Thưa bà con cô bác! Thực hiện quy chế dân chủ ở cơ sở, Đài truyền thanh xã Tân Thuận Đông xin thông tin đến bà con tóm tắt Báo cáo số 215/BC-UBND ngày 23/12/2019 của UBND xã về kết quả công tác dân vận chính quyền năm 2019.
Theo báo cáo, năm 2019 UBND xã đã triển khai Kế hoạch số 12-KH/ĐU ngày 20/1/2019 của Đảng ủy xã về thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Bộ phận tiếp nhận và trả kết quả đã giải quyết 2.436 hồ sơ thủ tục hành chính, trong đó 2.401 hồ sơ đúng hạn và trước hạn, đạt 98,6%. Chủ tịch UBND xã tổ chức 2 cuộc đối thoại với nhân dân, tiếp 56 lượt công dân; nhận 18 đơn, đã giải quyết 17 đơn.
Xã tiếp tục phong trào thi đua "Dân vận khéo", có 6 mô hình được Ban Dân vận Thành ủy công nhận, tiêu biểu là mô hình "Tổ tự quản đường hoa" ở ấp 3 và "Cánh đồng sen liên kết" ở ấp 1. Đây là một trong những xã có nhiều mô hình dân vận khéo của tỉnh Đồng Tháp. Nhân dân góp hơn 2,3 tỷ đồng, hiến 4.800 m2 đất để xây dựng 5 cây cầu bê tông và nâng cấp 7,5 km đường giao thông nông thôn. Thu nhập bình quân đầu người đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo còn 1,8%.
Bên cạnh kết quả đạt được, báo cáo cũng nêu hạn chế: một số cán bộ, công chức có thái độ chưa đúng mực khi tiếp dân, việc trả lời kiến nghị của cử tri còn chậm ở 3 trường hợp.
Năm 2020, UBND xã đề ra 4 nhóm giải pháp trọng tâm, trong đó có việc công khai số điện thoại đường dây nóng của Chủ tịch UBND xã. Ông Đặng Văn Thanh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, mong bà con tiếp tục góp ý, phản ánh để chính quyền phục vụ nhân dân ngày càng tốt hơn.
Thông tin khác trong chương trình
Ngày 25/12, Hội Chữ thập đỏ xã trao 70 phần quà cho người khuyết tật, trẻ em mồ côi, mỗi phần trị giá 300.000 đồng. Bà Võ Thị Kim Phượng, Chủ tịch Hội Chữ thập đỏ xã, chủ trì buổi trao quà.
Ngày 24/12, Đoàn Thanh niên xã tổ chức cho 35 đoàn viên dọn vệ sinh, trồng hoa dọc tuyến đường ấp 2. Anh Phạm Minh Trí, Bí thư Đoàn xã, cho biết tuyến đường hoa dài 1,2 km sẽ được các chi đoàn nhận chăm sóc.
Thông báo: Từ ngày 2/1/2020, UBND xã nhận hồ sơ đăng ký cây giống sen cho vụ mới.
Ngọc Thư
Tin liên quan
- Tân Thuận Đông: đối thoại giữa Chủ tịch UBND xã với nông dân trồng sen (15/11/2019)
- Ra mắt tổ tự quản đường hoa ấp 3 (20/10/2019)
- Tân Thuận Đông đón đoàn kiểm tra nông thôn mới nâng cao (03/10/2019)
""", "2019-12-26", "Báo cáo kết quả công tác dân vận chính quyền năm 2019 trên hệ thống loa truyền thanh",
E("bao_cao", "2019", "2019-12-23"),
[P("Đặng Văn Thanh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Võ Thị Kim Phượng", "Chủ tịch Hội Chữ thập đỏ xã"),
 P("Phạm Minh Trí", "Bí thư Đoàn xã")],
[Q("2.436 hồ sơ thủ tục hành chính", 2436, "hồ sơ thủ tục hành chính"), Q("2.401 hồ sơ", 2401, "hồ sơ"), Q("98,6%", 98.6, "%"),
 Q("2 cuộc đối thoại", 2, "cuộc đối thoại"), Q("56 lượt công dân", 56, "lượt công dân"), Q("18 đơn", 18, "đơn"), Q("17 đơn", 17, "đơn"),
 Q("6 mô hình", 6, "mô hình"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("4.800 m2", 4800, "m2"),
 Q("5 cây cầu bê tông", 5, "cây cầu bê tông"), Q("7,5 km", 7.5, "km"), Q("52 triệu đồng/năm", 52000000, "đồng"), Q("1,8%", 1.8, "%"),
 Q("3 trường hợp", 3, "trường hợp"), Q("4 nhóm giải pháp trọng tâm", 4, "nhóm giải pháp trọng tâm"),
 Q("70 phần quà", 70, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("35 đoàn viên", 35, "đoàn viên"), Q("1,2 km", 1.2, "km")],
[D("Báo cáo", "215", "BC-UBND", "2019-12-23", "UBND xã", "Báo cáo số 215/BC-UBND ngày 23/12/2019"),
 D("Kế hoạch", "12", "KH/ĐU", "2019-01-20", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 20/1/2019"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Đồng Tháp"), com("Tân Thuận Đông")],
["Hôm nay: Thứ Sáu, 27/12/2019", "ỦY BAN NHÂN DÂN XÃ TÂN THUẬN ĐÔNG - THÀNH PHỐ CAO LÃNH - ĐỒNG THÁP", "Tin tức › Chính quyền › Bản tin phát thanh",
 "Lượt đọc: 97", "Dân vận khéo", "Tổ tự quản đường hoa", "Cánh đồng sen liên kết", "Thông tin khác trong chương trình"],
["Hôm nay: Thứ Sáu, 27/12/2019", "Lượt đọc: 97", "ấp 3", "ấp 1", "Năm 2020", "năm 2019", "ngày 2/1/2020", "ấp 2"]))

PAGES.append(page("b6687-quangnam-tamthanh-giaoban-2019", """
Đài Truyền thanh - Truyền hình Tam Kỳ
Trang chủ - Tin tức - Xã, phường
08:15 | 08/10/2019
Tam Thanh giao ban dân vận tháng 9: vận động 38 hộ di dời khỏi vùng sạt lở
Bản tin phát thanh xã Tam Thanh số 40, phát lúc 17 giờ các ngày thứ Hai, thứ Tư, thứ Sáu
Chiều 7/10, Ban Dân vận Đảng ủy xã Tam Thanh tổ chức giao ban công tác dân vận tháng 9/2019. Chủ trì giao ban là đồng chí Huỳnh Thị Mỹ Dung, Phó Bí thư Thường trực Đảng ủy - Trưởng Ban Dân vận Đảng ủy xã. Tham dự có lãnh đạo UBND xã, các đoàn thể chính trị - xã hội và trưởng 6 thôn.
Trong tháng, khối dân vận tập trung vận động nhân dân các thôn Hòa Trung, Hòa Bình chuẩn bị phòng, chống bão lũ. Đến nay đã vận động 38 hộ ở khu vực bờ biển bị sạt lở di dời đến khu tái định cư; khoảng 120 lồng bè nuôi trồng thủy sản trên sông Trường Giang được gia cố. Mặt trận và các đoàn thể tiếp tục thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy Quảng Nam về tăng cường công tác dân vận trong tình hình mới.
Ông Trương Công Sinh, Trưởng thôn Hòa Trung, kiến nghị hỗ trợ thêm kinh phí làm kè tạm; theo ông, mỗi mét kè rọ đá tốn khoảng 2,5 triệu đồng, đoạn bờ biển nguy hiểm dài gần 400 m. Bà Nguyễn Thị Kim Oanh, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị sớm tổ chức bữa ăn bán trú cho con em các hộ mới di dời.
Kết luận giao ban, đồng chí Huỳnh Thị Mỹ Dung giao nhiệm vụ tháng 10 cho từng đoàn thể, trong đó Đoàn Thanh niên thành lập 2 đội thanh niên xung kích ứng cứu; Hội Nông dân hướng dẫn thu hoạch lúa vụ hè thu trước mùa mưa bão.
Các thông tin khác
- Thực hiện Công văn số 356-CV/BDVTU của Ban Dân vận Tỉnh ủy, xã đã gửi 2 mô hình "Dân vận khéo" tham gia xét chọn cấp tỉnh năm 2019.
- Hội Cựu chiến binh xã phối hợp các nhà hảo tâm trao 15 chiếc xe đạp cho học sinh nghèo hiếu học; mỗi chiếc trị giá 1,8 triệu đồng.
- Làng bích họa Tam Thanh đón khoảng 4.500 lượt khách tham quan trong tháng 9. Đề nghị bà con giữ gìn vệ sinh, không chèo kéo khách.
- Ủy ban MTTQ Việt Nam xã Tam Thanh vừa hoàn thành bàn giao 2 căn nhà đại đoàn kết cho hộ nghèo ở thôn Hòa Bình, mỗi căn được hỗ trợ 50 triệu đồng từ Quỹ "Vì người nghèo" thành phố. Ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết năm nay xã phấn đấu xóa hết nhà tạm cho hộ nghèo, hộ cận nghèo.
- Trạm Y tế xã thông báo tiêm vắc xin sởi - rubella bổ sung cho trẻ từ 1 đến 5 tuổi vào ngày 12/10.
Phát thanh viên: Mỹ Lệ
Biên tập: Trần Ngọc
Tin khác
- Tam Kỳ: 13 xã, phường tổ chức Ngày hội Đại đoàn kết (05/10/2019)
- Tam Thanh diễn tập phòng chống thiên tai năm 2019 (25/09/2019)
- Đối thoại với ngư dân Tam Thanh về khai thác hải sản (18/09/2019)
""", "2019-10-08", "Tam Thanh giao ban dân vận tháng 9: vận động 38 hộ di dời khỏi vùng sạt lở",
E("giao_ban", "2019-09", "2019-10-07"),
[P("Huỳnh Thị Mỹ Dung", "Phó Bí thư Thường trực Đảng ủy - Trưởng Ban Dân vận Đảng ủy xã"),
 P("Trương Công Sinh", "Trưởng thôn Hòa Trung"),
 P("Nguyễn Thị Kim Oanh", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("38 hộ", 38, "hộ"), Q("6 thôn", 6, "thôn"), Q("khoảng 120 lồng bè", 120, "lồng bè", "approx"),
 Q("khoảng 2,5 triệu đồng", 2500000, "đồng", "approx"), Q("gần 400 m", 400, "m", "approx"),
 Q("2 đội thanh niên xung kích", 2, "đội thanh niên xung kích"), Q("2 mô hình", 2, "mô hình"),
 Q("15 chiếc xe đạp", 15, "chiếc xe đạp"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("khoảng 4.500 lượt khách", 4500, "lượt khách", "approx"), Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Quảng Nam", "Chỉ thị số 08-CT/TU"),
 D("Công văn", "356", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 356-CV/BDVTU")],
[prov("Quảng Nam"), com("Tam Thanh")],
["Đài Truyền thanh - Truyền hình Tam Kỳ", "Trang chủ - Tin tức - Xã, phường", "Dân vận khéo", "Làng bích họa Tam Thanh",
 "Các thông tin khác", "Vì người nghèo"],
["08:15 | 08/10/2019", "số 40", "17 giờ", "tháng 9/2019", "tháng 10", "năm 2019", "tháng 9", "từ 1 đến 5 tuổi", "ngày 12/10"]))

PAGES.append(page("b6688-camau-khanhbinhtay-covid-2020", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY
Huyện Trần Văn Thời - Tỉnh Cà Mau
2020-03-31 17:40
Bản tin truyền thanh đặc biệt: Thực hiện cách ly toàn xã hội từ 0 giờ ngày 1/4
Trang chủ / Phòng, chống dịch COVID-19
Loa truyền thanh sẽ phát bản tin này 3 lần trong ngày, vào lúc 6 giờ, 11 giờ và 17 giờ.
Kính thưa bà con! Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19, Ban Chỉ đạo phòng, chống dịch xã Khánh Bình Tây thông báo: từ 0 giờ ngày 1/4/2020, thực hiện cách ly toàn xã hội trong 15 ngày trên phạm vi toàn xã. Mỗi người dân ở tại nhà, chỉ ra ngoài trong trường hợp thật cần thiết như mua lương thực, thực phẩm, thuốc men, cấp cứu; không tụ tập quá 2 người ngoài phạm vi công sở, trường học, bệnh viện; giữ khoảng cách tối thiểu 2 mét khi giao tiếp.
Ông Lâm Văn Ngoan, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phòng, chống dịch xã cho biết, đến chiều nay, toàn xã có 46 người trở về từ TP Hồ Chí Minh, Bình Dương và các tỉnh có dịch đang được theo dõi sức khỏe tại nhà, chưa ghi nhận trường hợp nghi nhiễm. Xã đã thành lập 8 tổ COVID cộng đồng ở 8 ấp, mỗi tổ có 5 thành viên.
Kế hoạch số 27/KH-UBND của UBND xã yêu cầu tạm dừng các cơ sở kinh doanh dịch vụ không thiết yếu như quán cà phê, karaoke, tiệm hớt tóc; chợ Rạch Ráng chỉ bán lương thực, thực phẩm. Trường hợp vi phạm sẽ bị xử phạt theo Nghị định số 176/2013/NĐ-CP của Chính phủ.
Bà Trần Thị Bé Năm, Chủ tịch Ủy ban MTTQ Việt Nam xã, kêu gọi các nhà hảo tâm, bà con ở xa quê chung tay ủng hộ công tác phòng, chống dịch. Đến nay Mặt trận xã đã tiếp nhận 21,5 triệu đồng và 1.200 khẩu trang y tế.
TIN HẠN MẶN
Độ mặn trên kênh Rạch Ráng đo được 9‰, cao hơn mức thích hợp cho cây lúa. Hội Nông dân xã khuyến cáo bà con không lấy nước vào ruộng, trữ nước ngọt trong ao, lu, bồn. Hiện có khoảng 600 hộ thiếu nước sinh hoạt; xã đã đề nghị huyện hỗ trợ 10 bồn chứa nước loại 2 m3.
Ông Nguyễn Văn Dũng, Trưởng Công an xã, cho biết lực lượng công an, dân quân sẽ lập 2 chốt kiểm soát tại bến đò Rạch Ráng và cầu Kênh Tư, nhắc nhở người qua lại đeo khẩu trang, khai báo y tế.
Đề nghị bà con khi có biểu hiện sốt, ho, khó thở gọi ngay đường dây nóng của Trạm Y tế xã. Chúng ta hãy cùng nhau thực hiện: "Ai ở đâu thì ở đó"!
Ban biên tập Đài truyền thanh xã
Tin khác
- Khánh Bình Tây ra quân phun khử trùng nơi công cộng (27/03/2020)
- Thông báo tạm ngưng tiếp công dân trực tiếp (24/03/2020)
- Hỗ trợ nước ngọt cho hộ nghèo ấp Kênh Tư (18/03/2020)
- Đảng ủy xã Khánh Bình Tây học tập chuyên đề năm 2020 (10/03/2020)
""", "2020-03-31", "Bản tin truyền thanh đặc biệt: Thực hiện cách ly toàn xã hội từ 0 giờ ngày 1/4",
E("khac", None, None),
[P("Lâm Văn Ngoan", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phòng, chống dịch xã"),
 P("Trần Thị Bé Năm", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Dũng", "Trưởng Công an xã")],
[Q("46 người", 46, "người"), Q("8 tổ COVID cộng đồng", 8, "tổ COVID cộng đồng"), Q("8 ấp", 8, "ấp"),
 Q("5 thành viên", 5, "thành viên"), Q("21,5 triệu đồng", 21500000, "đồng"), Q("1.200 khẩu trang y tế", 1200, "khẩu trang y tế"),
 Q("khoảng 600 hộ", 600, "hộ", "approx"), Q("10 bồn chứa nước", 10, "bồn chứa nước"), Q("9‰", 9, "‰"),
 Q("tối thiểu 2 mét", 2, "mét"), Q("quá 2 người", 2, "người"), Q("2 chốt kiểm soát", 2, "chốt kiểm soát")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND xã", "Kế hoạch số 27/KH-UBND"),
 D("Nghị định", "176", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 176/2013/NĐ-CP")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY", "Huyện Trần Văn Thời - Tỉnh Cà Mau", "Trang chủ / Phòng, chống dịch COVID-19",
 "Loa truyền thanh sẽ phát bản tin này 3 lần trong ngày, vào lúc 6 giờ, 11 giờ và 17 giờ.", "TIN HẠN MẶN", "Ai ở đâu thì ở đó",
 "Ban biên tập Đài truyền thanh xã", "TP Hồ Chí Minh", "Bình Dương"],
["2020-03-31 17:40", "0 giờ ngày 1/4", "3 lần", "6 giờ", "11 giờ", "17 giờ", "trong 15 ngày", "COVID-19", "loại 2 m3"]))
