from lib import *
PAGES = []

PAGES.append(page("b8861-thaibinh-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Sáu, 30/12/2011 - 09:15
Ảnh: Quang cảnh hội nghị tổng kết.
Quỹ hỗ trợ nông dân tăng hơn 6,8 tỷ đồng trong năm 2011
Ngày 28/12/2011, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Bùi Văn Khiêm, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Hằng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Đỗ Thị Lan, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Báo cáo do ông Trần Văn Mạnh, Phó Chủ tịch Hội Nông dân tỉnh trình bày cho biết: năm 2011, các cấp Hội đã vận động cán bộ, hội viên đóng góp, tăng thêm hơn 6,8 tỷ đồng cho Quỹ hỗ trợ nông dân, nâng tổng nguồn quỹ toàn tỉnh lên 32,5 tỷ đồng, trong đó quỹ do Hội cấp tỉnh quản lý 9,2 tỷ đồng. Từ nguồn quỹ, các cấp Hội đã xây dựng 146 dự án cho 2.380 hộ vay vốn phát triển chăn nuôi lợn, nuôi ngao, trồng nấm rơm; mức cho vay bình quân 12 triệu đồng/hộ, tỷ lệ thu hồi vốn đúng hạn đạt 98,5%.
Hội đang quản lý dư nợ ủy thác của Ngân hàng Chính sách xã hội tỉnh 1.126 tỷ đồng thông qua 1.014 tổ tiết kiệm và vay vốn với 48.650 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,32%, thấp hơn bình quân chung của tỉnh. Trong năm, các cơ sở Hội kết nạp 3.250 hội viên mới.
Thực hiện Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn đến năm 2020 và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ, Hội đã phối hợp với các cơ sở dạy nghề mở 42 lớp dạy nghề ngắn hạn cho 1.470 lao động nông thôn; các nghề chủ yếu là trồng nấm, thú y, nuôi trồng thủy sản, mây tre đan xuất khẩu. Sau học nghề có khoảng 75% học viên có việc làm, thu nhập ổn định.
Tại hội nghị, ông Phạm Văn Đức, Chủ tịch Hội Nông dân xã Thụy Hà, chia sẻ: "Từ 50 triệu đồng vốn Quỹ hỗ trợ nông dân, xã đã giúp 10 hộ nuôi ngao, đến nay cả 10 hộ đều trả nợ đúng hạn". Bà Vũ Thị Nga, Chủ tịch Hội Nông dân huyện Kiến Xương đề nghị tỉnh bổ sung nguồn vốn cho các xã ven biển và mở thêm lớp dạy nghề gắn với nhu cầu của doanh nghiệp.
Phát biểu chỉ đạo, đồng chí Bùi Văn Khiêm đề nghị các cấp Hội tiếp tục quán triệt Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam" và Chương trình hành động số 12-CTr/TU của Tỉnh ủy; phấn đấu năm 2012 tăng Quỹ hỗ trợ nông dân thêm 7 tỷ đồng.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi.
Minh Hương
Lượt xem: 1.245
Tin liên quan
- Hội Nông dân huyện Vũ Thư tổng kết công tác Hội năm 2011 (27/12/2011)
- Mở 5 lớp dạy nghề trồng nấm cho nông dân Đông Hưng (15/12/2011)
- Quỹ hỗ trợ nông dân xã Thụy Hà: đồng vốn nhỏ, hiệu quả lớn (02/12/2011)
""", "2011-12-30", "Quỹ hỗ trợ nông dân tăng hơn 6,8 tỷ đồng trong năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Bùi Văn Khiêm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Hằng", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thị Lan", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Mạnh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Văn Đức", "Chủ tịch Hội Nông dân xã Thụy Hà"),
 P("Vũ Thị Nga", "Chủ tịch Hội Nông dân huyện Kiến Xương")],
[Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"), Q("32,5 tỷ đồng", 32500000000, "đồng"),
 Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("146 dự án", 146, "dự án"), Q("2.380 hộ", 2380, "hộ"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("98,5%", 98.5, "%"), Q("1.126 tỷ đồng", 1126000000000, "đồng"),
 Q("1.014 tổ tiết kiệm và vay vốn", 1014, "tổ tiết kiệm và vay vốn"), Q("48.650 hộ", 48650, "hộ"),
 Q("0,32%", 0.32, "%"), Q("3.250 hội viên mới", 3250, "hội viên mới"),
 Q("42 lớp dạy nghề ngắn hạn", 42, "lớp dạy nghề ngắn hạn"), Q("1.470 lao động nông thôn", 1470, "lao động nông thôn"),
 Q("khoảng 75%", 75, "%", "approx"), Q("50 triệu đồng", 50000000, "đồng"), Q("10 hộ", 10, "hộ"),
 Q("7 tỷ đồng", 7000000000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU")],
[prov("Thái Bình"), com("Thụy Hà")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Quỹ hỗ trợ nông dân", "Ngân hàng Chính sách xã hội tỉnh", "Lượt xem: 1.245",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"],
["Thứ Sáu, 30/12/2011 - 09:15", "năm 2011", "năm 2012", "năm 2020", "Lượt xem: 1.245", "1956/QĐ-TTg", "61-KL/TW", "12-CTr/TU"]))

PAGES.append(page("b8862-nghean-hnd-soket-2012", """
Báo Nghệ An điện tử
Chính trị - Xã hội | Nông nghiệp - Nông thôn
Cập nhật: 16:40, 14/07/2012 (GMT+7)
Hội Nông dân Nghệ An: Đẩy mạnh dạy nghề cho lao động nông thôn miền Tây
(Baonghean) - Sáng 13/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Đình Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị; đồng chí Phan Văn Tuấn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Đồng chí Phan Văn Tuấn phát biểu khai mạc hội nghị. Ảnh: Hải Yến
6 tháng đầu năm, các cấp Hội đã triển khai Nghị quyết 03, 04-NQ/HND của Ban Chấp hành Hội Nông dân tỉnh về nâng cao chất lượng hội viên và về phát triển Quỹ hỗ trợ nông dân; thực hiện Kế hoạch số 86-KH/HND ngày 15/2/2012 của Ban Thường vụ Hội Nông dân tỉnh về dạy nghề cho nông dân. Các cơ sở Hội đã vận động thêm 2,15 tỷ đồng cho Quỹ hỗ trợ nông dân, nâng tổng nguồn quỹ lên 28,4 tỷ đồng, giúp 1.150 hộ vay vốn phát triển sản xuất.
Hội phối hợp với Trung tâm dạy nghề các huyện mở 65 lớp dạy nghề cho 2.130 lao động nông thôn, trong đó có 720 học viên là đồng bào dân tộc thiểu số ở các huyện miền Tây như Kỳ Sơn, Tương Dương, Quế Phong. Mỗi học viên được hỗ trợ tiền ăn 15.000 đồng/ngày và tiền đi lại; các nghề được đào tạo gồm trồng rừng, chăn nuôi gia súc, dệt thổ cẩm, sửa chữa máy nông nghiệp.
Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 2.415 tỷ đồng, tăng 214 tỷ đồng so với đầu năm, với trên 98.300 hộ vay; Hội cũng bảo lãnh tín chấp cho hội viên vay vốn Ngân hàng Nông nghiệp và Phát triển nông thôn với tổng dư nợ gần 1.900 tỷ đồng.
Tại hội nghị, ông Lô Văn Thái, Chủ tịch Hội Nông dân xã Tam Quang, cho biết sau khóa học trồng và chăm sóc cây quế, 35 hộ trong xã đã mạnh dạn vay vốn mở rộng diện tích. Bà Lương Thị Pheo, Phó Chủ tịch Hội Nông dân huyện Quế Phong, đề nghị tăng thời lượng thực hành vì nhiều học viên chưa thông thạo tiếng Kinh. Ông Xồng Bá Giống, Bí thư Chi bộ bản Huồi Giảng, xã Nậm Cắn, kiến nghị mở lớp ngay tại bản để bà con không phải đi xa.
Phát biểu chỉ đạo, đồng chí Nguyễn Đình Lương yêu cầu các cấp Hội tiếp tục thực hiện Nghị quyết số 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; gắn dạy nghề với giải quyết việc làm, tránh dạy nghề tràn lan, hình thức. Phấn đấu cả năm dạy nghề cho 4.500 lao động nông thôn, tỷ lệ có việc làm sau học nghề đạt trên 70%.
Hải Yến
Tin khác
- Hội Nông dân Tương Dương ra mắt 3 tổ hợp tác trồng quế (05/07/2012)
- Kỳ Sơn: 120 hộ Mông được vay vốn nuôi bò (28/06/2012)
- Dạy nghề cho lao động nông thôn: cần gắn với đầu ra (20/06/2012)
""", "2012-07-14", "Hội Nông dân Nghệ An: Đẩy mạnh dạy nghề cho lao động nông thôn miền Tây",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Nguyễn Đình Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Tuấn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lô Văn Thái", "Chủ tịch Hội Nông dân xã Tam Quang"),
 P("Lương Thị Pheo", "Phó Chủ tịch Hội Nông dân huyện Quế Phong"),
 P("Xồng Bá Giống", "Bí thư Chi bộ bản Huồi Giảng")],
[Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("28,4 tỷ đồng", 28400000000, "đồng"), Q("1.150 hộ", 1150, "hộ"),
 Q("65 lớp dạy nghề", 65, "lớp dạy nghề"), Q("2.130 lao động nông thôn", 2130, "lao động nông thôn"),
 Q("720 học viên", 720, "học viên"), Q("15.000 đồng", 15000, "đồng"), Q("2.415 tỷ đồng", 2415000000000, "đồng"),
 Q("214 tỷ đồng", 214000000000, "đồng"), Q("trên 98.300 hộ", 98300, "hộ", "over"),
 Q("gần 1.900 tỷ đồng", 1900000000000, "đồng", "approx"), Q("35 hộ", 35, "hộ"),
 Q("4.500 lao động nông thôn", 4500, "lao động nông thôn"), Q("trên 70%", 70, "%", "over")],
[D("Nghị quyết", "03", "NQ/HND", None, "Ban Chấp hành Hội Nông dân tỉnh", "Nghị quyết 03, 04-NQ/HND"),
 D("Nghị quyết", "04", "NQ/HND", None, "Ban Chấp hành Hội Nông dân tỉnh", "Nghị quyết 03, 04-NQ/HND"),
 D("Kế hoạch", "86", "KH/HND", "2012-02-15", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 86-KH/HND ngày 15/2/2012"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW")],
[prov("Nghệ An"), com("Tam Quang"), com("Nậm Cắn")],
["Báo Nghệ An điện tử", "Chính trị - Xã hội | Nông nghiệp - Nông thôn", "(Baonghean)",
 "Đồng chí Phan Văn Tuấn phát biểu khai mạc hội nghị. Ảnh: Hải Yến", "Quỹ hỗ trợ nông dân",
 "Trung tâm dạy nghề", "Ngân hàng Nông nghiệp và Phát triển nông thôn"],
["Cập nhật: 16:40, 14/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "khóa X", "03, 04-NQ/HND"]))

PAGES.append(page("b8863-soctrang-hnd-giaoban-2013", """
HỘI NÔNG DÂN TỈNH SÓC TRĂNG
Trang chủ > Tin tức > Hoạt động ủy thác
08:15 | 08/10/2013
Giao ban công tác ủy thác cho vay vốn quý III
Chiều 7/10, Hội Nông dân tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sóc Trăng tổ chức giao ban đánh giá kết quả thực hiện công tác ủy thác cho vay vốn quý III năm 2013, triển khai nhiệm vụ quý IV. Chủ trì giao ban có ông Lâm Sa Ren, Chủ tịch Hội Nông dân tỉnh và ông Tăng Văn Mạnh, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Cùng dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lý Văn Hòa, Thạch Thị Sóc Kha và lãnh đạo Hội Nông dân 11 huyện, thị xã, thành phố.
Toàn cảnh buổi giao ban.
Theo báo cáo, đến ngày 30/9/2013, tổng dư nợ ủy thác qua Hội Nông dân các cấp đạt 1.876 tỷ đồng, chiếm 38,6% tổng dư nợ của Ngân hàng Chính sách xã hội tỉnh, thông qua 1.215 tổ tiết kiệm và vay vốn với 67.430 hộ còn dư nợ. Trong quý III, các tổ đã bình xét, giải ngân hơn 96 tỷ đồng cho 4.120 hộ, chủ yếu là hộ nghèo, hộ cận nghèo và học sinh, sinh viên. Tỷ lệ nợ quá hạn giảm còn 0,41%; có 8/11 huyện, thị xã, thành phố không phát sinh nợ quá hạn mới.
Thực hiện Nghị định số 78/2002/NĐ-CP của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác, Hội đã phối hợp kiểm tra 236 tổ tiết kiệm và vay vốn, kịp thời kiện toàn 41 tổ hoạt động yếu. Riêng nguồn vốn cho vay hộ đồng bào dân tộc Khmer theo Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ, các cấp Hội đã hướng dẫn 512 hộ Khmer lập hồ sơ vay với mức tối đa 15 triệu đồng/hộ để chuyển đổi nghề.
Tại buổi giao ban, bà Sơn Thị Sà Rinh, Chủ tịch Hội Nông dân huyện Trần Đề, nêu khó khăn khi một số hộ vay đi làm ăn xa không liên lạc được; ông Kim Ngọc Thái, Tổ trưởng Tổ tiết kiệm và vay vốn ấp Sóc Vồ, xã Tham Đôn, đề nghị tăng phí hoa hồng cho tổ trưởng. Ông Lý Văn Hòa cho biết Hội sẽ thực hiện Kế hoạch 17, 18-KH/HND của Ban Thường vụ Hội Nông dân tỉnh về củng cố tổ vay vốn và về thu hồi nợ quá hạn trong quý IV.
Kết luận giao ban, ông Tăng Văn Mạnh đề nghị Hội Nông dân các cấp tiếp tục chỉ đạo các tổ họp bình xét công khai, dân chủ; phấn đấu đến cuối năm tăng dư nợ ủy thác thêm 60 tỷ đồng và đưa tỷ lệ nợ quá hạn xuống còn 0,35%.
Được biết, 9 tháng đầu năm, Hội Nông dân các cấp đã phối hợp tổ chức 28 buổi tuyên truyền chính sách tín dụng bằng song ngữ Kinh - Khmer tại các chùa và điểm sinh hoạt cộng đồng, thu hút 2.350 lượt người dự. Nhiều hộ vay sau khi được hướng dẫn đã chuyển sang nuôi bò, trồng màu trên đất lúa, có thu nhập khá.
Thạch Phương
Tin cùng chuyên mục
- Hội Nông dân Mỹ Xuyên trao 20 con bò giống cho hộ Khmer nghèo (01/10/2013)
- Tập huấn nghiệp vụ cho 150 tổ trưởng tổ tiết kiệm và vay vốn (18/09/2013)
- Ngã Năm: vốn vay ưu đãi giúp nông dân nuôi tôm càng xanh (06/09/2013)
""", "2013-10-08", "Giao ban công tác ủy thác cho vay vốn quý III",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Lâm Sa Ren", "Chủ tịch Hội Nông dân tỉnh"),
 P("Tăng Văn Mạnh", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Lý Văn Hòa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Sóc Kha", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sơn Thị Sà Rinh", "Chủ tịch Hội Nông dân huyện Trần Đề"),
 P("Kim Ngọc Thái", "Tổ trưởng Tổ tiết kiệm và vay vốn ấp Sóc Vồ")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("1.876 tỷ đồng", 1876000000000, "đồng"),
 Q("38,6%", 38.6, "%"), Q("1.215 tổ tiết kiệm và vay vốn", 1215, "tổ tiết kiệm và vay vốn"), Q("67.430 hộ", 67430, "hộ"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("4.120 hộ", 4120, "hộ"), Q("0,41%", 0.41, "%"),
 Q("8/11 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("236 tổ tiết kiệm và vay vốn", 236, "tổ tiết kiệm và vay vốn"), Q("41 tổ", 41, "tổ"),
 Q("512 hộ Khmer", 512, "hộ Khmer"), Q("15 triệu đồng", 15000000, "đồng"), Q("60 tỷ đồng", 60000000000, "đồng"),
 Q("0,35%", 0.35, "%"), Q("28 buổi tuyên truyền", 28, "buổi tuyên truyền"),
 Q("2.350 lượt người", 2350, "lượt người")],
[D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định số 78/2002/NĐ-CP"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg"),
 D("Kế hoạch", "17", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 17, 18-KH/HND"),
 D("Kế hoạch", "18", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 17, 18-KH/HND")],
[prov("Sóc Trăng"), com("Tham Đôn")],
["HỘI NÔNG DÂN TỈNH SÓC TRĂNG", "Trang chủ > Tin tức > Hoạt động ủy thác", "Toàn cảnh buổi giao ban.",
 "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sóc Trăng"],
["08:15 | 08/10/2013", "quý III năm 2013", "quý IV", "30/9/2013", "78/2002/NĐ-CP", "29/2013/QĐ-TTg", "9 tháng đầu năm"]))

PAGES.append(page("b8864-laocai-hnd-taphuan-2014", """
Báo Lào Cai điện tử
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
22/05/2014 - 10:05
Nâng cao năng lực quản lý Quỹ hỗ trợ nông dân cho cán bộ Hội cơ sở
Trong 2 ngày 20 và 21/5, Hội Nông dân tỉnh Lào Cai tổ chức lớp tập huấn nghiệp vụ quản lý, sử dụng Quỹ hỗ trợ nông dân và kỹ năng xây dựng dự án vay vốn năm 2014 cho 120 học viên là chủ tịch, phó chủ tịch Hội Nông dân các xã, phường, thị trấn trên địa bàn tỉnh.
Học viên thực hành lập dự án vay vốn chăn nuôi lợn đen. Ảnh: Hoàng Thu
Phát biểu khai giảng, ông Sùng A Lử, Phó Chủ tịch Thường trực Hội Nông dân tỉnh cho biết: toàn tỉnh hiện có 164 xã, phường, thị trấn đã thành lập Quỹ hỗ trợ nông dân; tổng nguồn quỹ các cấp đạt 12,6 tỷ đồng, trong đó quỹ cấp tỉnh 5,3 tỷ đồng do Trung ương Hội ủy thác và ngân sách tỉnh cấp. Năm 2013, từ nguồn quỹ đã triển khai 85 dự án cho 1.240 hộ vay, phần lớn là hộ đồng bào Mông, Dao ở các huyện Bắc Hà, Si Ma Cai, Mường Khương.
Tại lớp tập huấn, các học viên được bà Vàng Thị Dua, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, truyền đạt Hướng dẫn số 21-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về quản lý, sử dụng Quỹ hỗ trợ nông dân; Quy chế số 02-QC/HND ngày 10/1/2014 của Ban Thường vụ Hội Nông dân tỉnh; nội dung Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ. Theo quy định, mỗi hộ được vay tối đa 30 triệu đồng, mỗi dự án từ 5 hộ trở lên, thời hạn vay không quá 36 tháng.
Ông Lù Văn Sài, Chánh Văn phòng Hội Nông dân tỉnh, hướng dẫn cách lập sổ sách, báo cáo quyết toán và đánh giá hiệu quả dự án. Học viên được chia thành 8 nhóm thực hành xây dựng dự án chăn nuôi lợn đen, trồng chè Shan tuyết, trồng thảo quả dưới tán rừng.
Anh Tẩn Láo Lở, Chủ tịch Hội Nông dân xã Bản Cầm, cho biết: "Trước đây xã mới có 45 triệu đồng vốn quỹ, chủ yếu cho vay nhỏ lẻ; sau lớp này chúng tôi sẽ xây dựng dự án nuôi lợn đen cho 12 hộ theo nhóm để dễ quản lý, dễ thu hồi vốn". Chị Lý Thị Mẩy, Phó Chủ tịch Hội Nông dân xã Bản Vược, mong muốn tỉnh tiếp tục mở lớp dạy nghề thú y cho hội viên người Dao.
Bế giảng lớp học, ông Sùng A Lử đề nghị các cơ sở Hội vận động hội viên đóng góp, phấn đấu năm 2014 tăng thêm ít nhất 1,5 tỷ đồng cho Quỹ; 100% dự án phải có phương án sản xuất và tổ giám sát.
Cũng trong năm 2014, Hội Nông dân tỉnh phối hợp Sở Lao động - Thương binh và Xã hội mở 26 lớp dạy nghề nông nghiệp cho 780 lao động nông thôn, ưu tiên hội viên các dự án vay vốn Quỹ để học xong có vốn áp dụng ngay.
Hoàng Thu
Tin liên quan
- Si Ma Cai: 30 hộ Mông vay vốn Quỹ hỗ trợ nông dân nuôi bò (12/05/2014)
- Hội Nông dân tỉnh sơ kết quý I/2014 (08/04/2014)
- Dạy nghề trồng thảo quả cho nông dân Bát Xát (25/03/2014)
""", "2014-05-22", "Nâng cao năng lực quản lý Quỹ hỗ trợ nông dân cho cán bộ Hội cơ sở",
E("tap_huan", "2014", "2014-05-20"),
[P("Sùng A Lử", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Vàng Thị Dua", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Lù Văn Sài", "Chánh Văn phòng Hội Nông dân tỉnh"),
 P("Tẩn Láo Lở", "Chủ tịch Hội Nông dân xã Bản Cầm"),
 P("Lý Thị Mẩy", "Phó Chủ tịch Hội Nông dân xã Bản Vược")],
[Q("120 học viên", 120, "học viên"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("5,3 tỷ đồng", 5300000000, "đồng"), Q("85 dự án", 85, "dự án"),
 Q("1.240 hộ", 1240, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("5 hộ", 5, "hộ", "over"),
 Q("8 nhóm", 8, "nhóm"), Q("45 triệu đồng", 45000000, "đồng"), Q("12 hộ", 12, "hộ"),
 Q("ít nhất 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("100% dự án", 100, "%"), Q("26 lớp dạy nghề nông nghiệp", 26, "lớp dạy nghề nông nghiệp"),
 Q("780 lao động nông thôn", 780, "lao động nông thôn")],
[D("Hướng dẫn", "21", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 21-HD/HNDTW"),
 D("Quy chế", "02", "QC/HND", "2014-01-10", "Ban Thường vụ Hội Nông dân tỉnh", "Quy chế số 02-QC/HND ngày 10/1/2014"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Cầm"), com("Bản Vược")],
["Báo Lào Cai điện tử", "Trang chủ / Kinh tế / Nông nghiệp - Nông thôn",
 "Học viên thực hành lập dự án vay vốn chăn nuôi lợn đen. Ảnh: Hoàng Thu", "Quỹ hỗ trợ nông dân"],
["22/05/2014 - 10:05", "2 ngày", "năm 2014", "36 tháng", "Năm 2013"]))

PAGES.append(page("b8865-quangnam-mttq-giamsat-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ › Giám sát, phản biện xã hội
Ngày đăng 18/09/2015 | 14:20
Giám sát đào tạo nghề cho lao động nông thôn tại Nam Giang
Ngày 16/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Nam do bà Trần Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn trên địa bàn huyện Nam Giang, theo Kế hoạch số 45/KH-MTTQ-BTT ngày 20/7/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chương trình giám sát năm 2015.
Tham gia đoàn có các ông, bà: Nguyễn Văn Dũng, Lê Thị Thu Sương - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Hội Nông dân tỉnh, Sở Lao động - Thương binh và Xã hội.
Báo cáo của UBND huyện Nam Giang do ông Zơrâm Ních, Phó Chủ tịch UBND huyện trình bày cho thấy, giai đoạn 2011 - 2015, huyện đã mở 68 lớp đào tạo nghề cho 1.924 lao động nông thôn, trong đó 1.610 người là đồng bào Cơ Tu, Gié Triêng; tổng kinh phí hơn 4,1 tỷ đồng. Các nghề chủ yếu là trồng và chăm sóc cây keo, chăn nuôi heo, dệt thổ cẩm, mộc dân dụng. Tỷ lệ học viên có việc làm sau học nghề đạt 62%, có 214 hộ vươn lên thoát nghèo.
Đoàn đã giám sát trực tiếp tại xã Tà Bhing và xã Chơ Chun. Ông Pơloong Ngói, Chủ tịch UBND xã Tà Bhing, cho biết xã có 9 lớp nghề được mở nhưng nhiều học viên bỏ học giữa chừng do phải đi làm rẫy; bà Alăng Thị Bươn, hội viên Hội Nông dân thôn Pà Ia, chia sẻ sau khi học nghề dệt, chị em trong thôn đã thành lập tổ dệt với 17 thành viên, mỗi tháng thu nhập thêm khoảng 1,2 triệu đồng/người.
Qua giám sát, đoàn ghi nhận việc đào tạo nghề đã góp phần chuyển dịch cơ cấu lao động; tuy nhiên một số nghề chưa phù hợp tập quán sản xuất, việc khảo sát nhu cầu học nghề còn hình thức, chưa gắn với hỗ trợ vốn vay sau học nghề. Ông A Lăng Văn Đệ, Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Giang, đề nghị gắn đào tạo nghề với cho vay vốn Ngân hàng Chính sách xã hội và vốn Quỹ hỗ trợ nông dân để học viên có điều kiện áp dụng.
Kết luận buổi giám sát, bà Trần Thị Kim Hoa đề nghị huyện thực hiện nghiêm Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, tạo điều kiện để Mặt trận và các đoàn thể tham gia giám sát ngay từ khâu chọn nghề; đồng thời kiến nghị tỉnh tăng mức hỗ trợ tiền ăn cho học viên người dân tộc thiểu số lên 30.000 đồng/ngày.
Nguyễn Hoa
Tin khác
- Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại Tây Giang (10/09/2015)
- Phản biện dự thảo Nghị quyết về chính sách khuyến nông (28/08/2015)
- Ban Thường trực Ủy ban MTTQ tỉnh làm việc với huyện Phước Sơn (14/08/2015)
""", "2015-09-18", "Giám sát đào tạo nghề cho lao động nông thôn tại Nam Giang",
E("giam_sat", "2015", "2015-09-16"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Nguyễn Văn Dũng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Sương", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơrâm Ních", "Phó Chủ tịch UBND huyện"),
 P("Pơloong Ngói", "Chủ tịch UBND xã Tà Bhing"),
 P("Alăng Thị Bươn", "hội viên Hội Nông dân thôn Pà Ia"),
 P("A Lăng Văn Đệ", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Giang")],
[Q("68 lớp đào tạo nghề", 68, "lớp đào tạo nghề"), Q("1.924 lao động nông thôn", 1924, "lao động nông thôn"),
 Q("1.610 người", 1610, "người"), Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("62%", 62, "%"),
 Q("214 hộ", 214, "hộ"), Q("9 lớp nghề", 9, "lớp nghề"), Q("17 thành viên", 17, "thành viên"),
 Q("khoảng 1,2 triệu đồng", 1200000, "đồng", "approx"), Q("30.000 đồng", 30000, "đồng")],
[D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2015-07-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/7/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Chơ Chun")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ › Giám sát, phản biện xã hội",
 "Sở Lao động - Thương binh và Xã hội", "Quỹ hỗ trợ nông dân", "Ngân hàng Chính sách xã hội"],
["Ngày đăng 18/09/2015 | 14:20", "năm 2015", "giai đoạn 2011 - 2015", "1956/QĐ-TTg"]))

PAGES.append(page("b8866-daklak-hnd-khac-2016", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế › Nông nghiệp - Nông thôn
Thứ Năm, 10/11/2016
Y Thuê Êban (bên phải) giới thiệu vườn cà phê tái canh với cán bộ Hội Nông dân xã.
Vươn lên thoát nghèo nhờ đồng vốn Quỹ hỗ trợ nông dân
Từ một hộ nghèo của buôn Kô Siêr, xã Ea Tu (TP. Buôn Ma Thuột), gia đình anh Y Thuê Êban nay đã có thu nhập ổn định, trở thành điển hình của phong trào nông dân thi đua sản xuất, kinh doanh giỏi.
Năm 2013, được Chi hội Nông dân buôn bình xét, anh Y Thuê được vay 30 triệu đồng từ Quỹ hỗ trợ nông dân để mua 2 con bò sinh sản và cải tạo 1,5 ha cà phê già cỗi. Cùng thời gian, anh tham gia lớp dạy nghề trồng, chăm sóc cà phê do Hội Nông dân thành phố phối hợp Trung tâm Khuyến nông tỉnh mở theo Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ. Áp dụng kỹ thuật tưới tiết kiệm, bón phân hữu cơ từ phân bò, vườn cà phê của gia đình cho năng suất gần 4 tấn nhân/ha.
"Trước kia nhà mình làm theo kinh nghiệm, năm được năm mất. Học nghề xong, có vốn trong tay mới dám làm lớn", anh Y Thuê chia sẻ. Đến nay đàn bò đã tăng lên 7 con, gia đình trồng xen 200 cây sầu riêng, mỗi năm thu hơn 150 triệu đồng sau khi trừ chi phí; anh đã trả hết nợ gốc và lãi cho Quỹ trước hạn.
Bà H'Loan Byă, Chi hội trưởng Chi hội Nông dân buôn Kô Siêr, xã Ea Tu, cho biết buôn có 126 hộ thì 41 hộ đã được vay vốn Quỹ hỗ trợ nông dân và vốn ủy thác Ngân hàng Chính sách xã hội; số hộ nghèo giảm từ 38 hộ năm 2012 xuống còn 9 hộ.
Ông Nguyễn Văn Bình, Chủ tịch Hội Nông dân xã Ea Tu, cho biết: Quỹ hỗ trợ nông dân của xã hiện có 520 triệu đồng, giúp 64 hộ hội viên vay; Hội còn quản lý dư nợ ủy thác hơn 7,2 tỷ đồng với 312 hộ vay. Thực hiện Kế hoạch số 112-KH/HND của Ban Thường vụ Hội Nông dân tỉnh, xã đã vận động hội viên đăng ký 3 tổ hợp tác chăn nuôi bò, trồng cà phê sạch.
Theo ông Y Kông Mlô, Phó Chủ tịch Hội Nông dân tỉnh Đắk Lắk, toàn tỉnh hiện có trên 2.100 hộ đồng bào dân tộc thiểu số được vay vốn Quỹ hỗ trợ nông dân với tổng số tiền khoảng 38 tỷ đồng; nhiều hộ như gia đình anh Y Thuê đã trở thành hộ khá, giúp đỡ lại bà con trong buôn. Năm 2016, Hội Nông dân tỉnh được giao bổ sung 3 tỷ đồng vốn Quỹ từ ngân sách để tiếp tục cho vay theo nhóm hộ, ưu tiên các buôn có đông hộ nghèo.
Ông Y Kông Mlô cho rằng, điều quan trọng là cán bộ Hội phải bám buôn, hướng dẫn bà con cách làm ăn, "cầm tay chỉ việc", chứ không chỉ đưa vốn xuống rồi để đó. Sắp tới, Hội sẽ phối hợp mở thêm các lớp dạy nghề trồng tiêu, cà phê, nuôi bò vỗ béo ngay tại buôn.
Khánh Linh
Tin cùng chuyên mục
- Krông Pắc: 500 nông dân được tập huấn kỹ thuật tái canh cà phê (04/11/2016)
- Hội Nông dân tỉnh giải ngân 2 tỷ đồng vốn Quỹ hỗ trợ nông dân (28/10/2016)
- Lắk: dạy nghề dệt thổ cẩm cho phụ nữ M'nông (21/10/2016)
""", "2016-11-10", "Vươn lên thoát nghèo nhờ đồng vốn Quỹ hỗ trợ nông dân",
E("khac", None, None),
[P("Y Thuê Êban"),
 P("H'Loan Byă", "Chi hội trưởng Chi hội Nông dân buôn Kô Siêr"),
 P("Nguyễn Văn Bình", "Chủ tịch Hội Nông dân xã Ea Tu"),
 P("Y Kông Mlô", "Phó Chủ tịch Hội Nông dân tỉnh Đắk Lắk")],
[Q("30 triệu đồng", 30000000, "đồng"), Q("2 con bò sinh sản", 2, "con bò sinh sản"), Q("1,5 ha", 1.5, "ha"),
 Q("gần 4 tấn", 4, "tấn", "approx"), Q("7 con", 7, "con"), Q("200 cây sầu riêng", 200, "cây sầu riêng"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("126 hộ", 126, "hộ"), Q("41 hộ", 41, "hộ"),
 Q("38 hộ", 38, "hộ"), Q("9 hộ", 9, "hộ"), Q("520 triệu đồng", 520000000, "đồng"), Q("64 hộ hội viên", 64, "hộ hội viên"),
 Q("hơn 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("3 tổ hợp tác", 3, "tổ hợp tác"),
 Q("trên 2.100 hộ đồng bào dân tộc thiểu số", 2100, "hộ đồng bào dân tộc thiểu số", "over"),
 Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("3 tỷ đồng", 3000000000, "đồng")],
[D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Kế hoạch", "112", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 112-KH/HND")],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Kinh tế › Nông nghiệp - Nông thôn",
 "Y Thuê Êban (bên phải) giới thiệu vườn cà phê tái canh với cán bộ Hội Nông dân xã.", "Quỹ hỗ trợ nông dân",
 "Trung tâm Khuyến nông tỉnh", "Chi hội Nông dân buôn"],
["Thứ Năm, 10/11/2016", "Năm 2013", "năm 2012", "Năm 2016", "1956/QĐ-TTg"]))
