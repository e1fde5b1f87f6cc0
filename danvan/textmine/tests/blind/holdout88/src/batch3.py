from lib import *
PAGES = []

PAGES.append(page("b2081-binhthuan-bdv-baocao-15nam-dvk-2024", """
BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN - Cổng thông tin điện tử
Trang chủ › Tin hoạt động › Dân vận khéo
Đăng lúc: 14:32 - 22/08/2024
Bình Thuận báo cáo Đoàn công tác Ban Dân vận Trung ương kết quả 15 năm "Dân vận khéo"
Chiều 21/8/2024, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Hà Quang Vinh, Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bình Thuận về kết quả 15 năm thực hiện phong trào thi đua "Dân vận khéo" (2009 - 2024). Tiếp và làm việc với đoàn có đồng chí Thông Thị Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Hà Quang Vinh phát biểu tại buổi làm việc.
Báo cáo của Ban Thường vụ Tỉnh ủy do đồng chí Bá Văn Thìn, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, phong trào được triển khai theo Hướng dẫn 12, 13-HD/BDVTU của Ban Dân vận Tỉnh ủy, gắn với Kết luận 114-KL/TW của Ban Bí thư và Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị. Sau 15 năm, toàn tỉnh có 5.318 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó cấp tỉnh 412 mô hình; tổng giá trị nhân dân đóng góp khoảng 2.760 tỷ đồng, hiến hơn 860.000 m2 đất.
Trong vùng đồng bào Chăm, Raglai, K'Ho, các cấp đã vận động 1.340 hộ chuyển đổi cây trồng, xóa 2.116 căn nhà tạm, nhà dột nát; 98% thôn có người có uy tín tham gia hòa giải. Thực hiện Chỉ thị 18-CT/TW ngày 26/10/2022 của Ban Bí thư, tỉnh đã tôn vinh 146 người có uy tín tiêu biểu.
Tại buổi làm việc, bà Lưu Thị Hồng, Chủ tịch Hội LHPN xã Phan Thanh (huyện Bắc Bình) giới thiệu mô hình "Phụ nữ Chăm giữ nghề dệt thổ cẩm" với 64 hội viên; ông Mang Văn Chớ, già làng thôn Ma Ó, xã Phan Sơn, kể chuyện vận động người Raglai bỏ phát rẫy làm nương.
Đoàn công tác đã đi thực tế một số mô hình ở vùng đồng bào Chăm, trao đổi với cán bộ thôn, người có uy tín về cách làm, những khó khăn khi nhân rộng mô hình và việc huy động nguồn lực xã hội hóa cho phong trào.
Báo cáo cũng nêu hạn chế: một số mô hình công nhận xong không duy trì được; việc tổng kết, nhân rộng ở cơ sở còn chậm; kinh phí khen thưởng ít.
Phát biểu, đồng chí Hà Quang Vinh đánh giá cao cách làm của Bình Thuận, đề nghị tỉnh sớm gửi báo cáo tổng kết để Ban Dân vận Trung ương tổng hợp, chuẩn bị hội nghị toàn quốc. Tháp tùng đoàn có đồng chí Y Hạnh Niê, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương.
Dịp này, đồng chí Thông Thị Nga trao Giấy khen của Ban Dân vận Tỉnh ủy cho 10 tập thể, 14 cá nhân có mô hình tiêu biểu; mỗi tập thể được thưởng 2 triệu đồng.
Ngọc Lan
Lượt xem: 688
Tin khác
- Tuy Phong: tuyên dương 40 mô hình "Dân vận khéo" (12/08/2024)
- Giao ban công tác dân vận quý II năm 2024 (25/07/2024)
- Bắc Bình: hội nghị người có uy tín trong đồng bào Chăm năm 2024 (05/07/2024)
""", "2024-08-22", 'Bình Thuận báo cáo Đoàn công tác Ban Dân vận Trung ương kết quả 15 năm "Dân vận khéo"',
E("bao_cao", None, "2024-08-21"),
[P("Hà Quang Vinh", "Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương", "trưởng đoàn"),
 P("Thông Thị Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bá Văn Thìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Thị Hồng", "Chủ tịch Hội LHPN xã Phan Thanh"),
 P("Mang Văn Chớ", "già làng thôn Ma Ó"),
 P("Y Hạnh Niê", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương")],
[Q("5.318 mô hình, điển hình", 5318, "mô hình, điển hình"), Q("412 mô hình", 412, "mô hình"),
 Q("khoảng 2.760 tỷ đồng", 2760000000000, "đồng", "approx"), Q("hơn 860.000 m2", 860000, "m2", "over"),
 Q("1.340 hộ", 1340, "hộ"), Q("2.116 căn nhà tạm, nhà dột nát", 2116, "căn nhà tạm, nhà dột nát"), Q("98%", 98, "%"),
 Q("146 người có uy tín tiêu biểu", 146, "người có uy tín tiêu biểu"), Q("64 hội viên", 64, "hội viên"),
 Q("10 tập thể", 10, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 12, 13-HD/BDVTU"),
 D("Hướng dẫn", "13", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 12, 13-HD/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 26/10/2022")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Sơn")],
["BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN - Cổng thông tin điện tử", "Trang chủ › Tin hoạt động › Dân vận khéo",
 "Đồng chí Hà Quang Vinh phát biểu tại buổi làm việc.", "Dân vận khéo", "Phụ nữ Chăm giữ nghề dệt thổ cẩm", "Lượt xem: 688"],
["Đăng lúc: 14:32 - 22/08/2024", "15 năm", "2009 - 2024", "Lượt xem: 688"]))

PAGES.append(page("b2082-hue-bdv-giaoban-q3-2014", """
Ban Dân vận Tỉnh ủy Thừa Thiên Huế
Vị trí: Trang chủ / Tin tức / Tin hoạt động
Thứ Ba, 07/10/2014 - 16:25
Tặng Giấy khen 16 mô hình "Dân vận khéo" tiêu biểu
Ngày 6/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2014 với ban dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc. Đồng chí Lê Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Thị Thanh Tâm trao Giấy khen cho đại diện các mô hình.
Trong quý III, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 46-CTr/TU thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI); ban hành Kế hoạch số 24-KH/BDVTU về sơ kết 5 năm phong trào "Dân vận khéo" và Công văn số 312-CV/BDVTU hướng dẫn tổ chức Ngày hội Đại đoàn kết. Khối dân vận các cấp đã nắm tình hình ở 152 xã, phường, thị trấn; phối hợp giải quyết 41 vụ việc tồn đọng liên quan đến đất đai, đền bù.
Các cấp đã vận động nhân dân hiến 15.600 m2 đất, đóng góp gần 4,5 tỷ đồng và 8.200 ngày công làm đường kiệt, hẻm; hỗ trợ 78 hộ ngư dân đóng mới tàu cá. Ở huyện A Lưới, đồng bào Tà Ôi, Cơ Tu, Pa Cô đã trồng mới 320 ha rừng, 92% hộ có nhà tiêu hợp vệ sinh.
Tại giao ban, ông Kăn Đức, HUV, Trưởng Ban Dân vận Huyện ủy A Lưới, đề nghị Ban Dân vận Tỉnh ủy quan tâm tập huấn cho cán bộ dân vận xã vùng cao. Bà Hồ Thị Pun, Chủ tịch Ủy ban MTTQ xã Hồng Hạ, chia sẻ mô hình "Bếp ăn tình thương" cho học sinh bán trú. Linh mục Phêrô Trần Văn Khiêm, Quản xứ giáo xứ Kim Long, góp ý về việc vận động giáo dân tham gia giữ gìn vệ sinh môi trường.
Các ý kiến tại giao ban cũng cho rằng việc nắm tình hình tư tưởng nhân dân ở vùng giải tỏa, tái định cư còn chậm; có nơi chưa phối hợp tốt giữa chính quyền với Mặt trận, đoàn thể trong vận động người dân; cán bộ dân vận ở nhiều xã còn kiêm nhiệm, ít được tập huấn.
Kết luận giao ban, đồng chí Lê Thị Thanh Tâm yêu cầu quý IV tập trung tổng kết năm, chuẩn bị Đại hội Đảng bộ các cấp; tiếp tục thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 16 mô hình "Dân vận khéo" tiêu biểu; đồng chí A Viết Thảo, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định. Mô hình "Tổ tự quản đường kiệt" của phường Thuận Hòa được chọn đề nghị Ban Dân vận Trung ương biểu dương.
Minh Hiền
Lượt truy cập: 356.210
Tin cùng chuyên mục
- Phú Vang: vận động ngư dân bám biển (26/09/2014)
- Hội nghị chức sắc tôn giáo năm 2014 (15/09/2014)
- Phong Điền: sơ kết Quy chế dân vận (03/09/2014)
""", "2014-10-07", 'Tặng Giấy khen 16 mô hình "Dân vận khéo" tiêu biểu',
E("giao_ban", "2014-Q3", "2014-10-06"),
[P("Lê Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Đức", "HUV", "Trưởng Ban Dân vận Huyện ủy A Lưới"),
 P("Hồ Thị Pun", "Chủ tịch Ủy ban MTTQ xã Hồng Hạ"),
 P("Phêrô Trần Văn Khiêm", "Linh mục", "Quản xứ giáo xứ Kim Long"),
 P("A Viết Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("16 mô hình", 16, "mô hình"), Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn"),
 Q("41 vụ việc tồn đọng", 41, "vụ việc tồn đọng"), Q("15.600 m2", 15600, "m2"),
 Q("gần 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("8.200 ngày công", 8200, "ngày công"),
 Q("78 hộ ngư dân", 78, "hộ ngư dân"), Q("320 ha", 320, "ha"), Q("92%", 92, "%")],
[D("Chương trình hành động", "46", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 46-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "24", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 24-KH/BDVTU"),
 D("Công văn", "312", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 312-CV/BDVTU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Thuận Hòa")],
["Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "Vị trí: Trang chủ / Tin tức / Tin hoạt động",
 "Đồng chí Lê Thị Thanh Tâm trao Giấy khen cho đại diện các mô hình.", "Dân vận khéo", "Bếp ăn tình thương",
 "Tổ tự quản đường kiệt", "Ngày hội Đại đoàn kết", "Lượt truy cập: 356.210"],
["Thứ Ba, 07/10/2014 - 16:25", "quý III năm 2014", "khóa XI", "5 năm", "quý IV", "Lượt truy cập: 356.210"]))

PAGES.append(page("b2083-soctrang-mttq-traoqua-quy-vnn-2024", """
Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng
Trang chủ » Hoạt động » An sinh xã hội
Ngày 05/04/2024 | 10:20
Trao 500 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo Khmer
Sáng 4/4/2024, tại chùa Som Rông (phường 5, thành phố Sóc Trăng), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trao 500 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo, hộ cận nghèo đồng bào Khmer. Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá 300 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Hòa thượng Lâm Em, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trao quà cho bà con.
Dự buổi trao quà có Hòa thượng Lâm Em, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; đồng chí Lý Thị Sô Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Thạch Chanh Đa, Phó Chủ tịch UBND tỉnh. Đồng chí Lý Thị Sô Phi cho biết, nhân kỷ niệm 20 năm thành lập Quỹ "Vì người nghèo" tỉnh (2004 - 2024), Mặt trận các cấp đã vận động được hơn 1.320 tỷ đồng, xây dựng và sửa chữa 24.650 căn nhà đại đoàn kết, hỗ trợ 3.100 học sinh nghèo hiếu học. Tỷ lệ hộ nghèo toàn tỉnh năm 2023 còn 3,05%, trong đó hộ nghèo Khmer còn 4,9%.
Thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 15/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động ủng hộ Quỹ "Vì người nghèo" năm 2024 và Quyết định 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ, tỉnh phấn đấu trong năm 2024 xóa thêm 350 căn nhà tạm. Dịp này, 6 doanh nghiệp đã trao bảng tượng trưng ủng hộ Quỹ với tổng số tiền 1,8 tỷ đồng.
Đại đức Danh Hùng, Trụ trì chùa Som Rông, bày tỏ: "Nhà chùa luôn đồng hành với Mặt trận, để bà con nghèo được đón Tết cổ truyền vui vẻ". Bà Thị Sa Rương, ngụ khóm 3, phường 5, xúc động nhận quà: "Năm nay có gạo, có tiền, nhà tôi được ăn Tết đầy đủ".
Cùng ngày, đoàn đến thăm, tặng quà 12 vị sư cả, trụ trì các chùa Khmer tại thị xã Vĩnh Châu và huyện Trần Đề; mỗi chùa nhận 2 triệu đồng. Ông Sơn Ngọc Tha, Trưởng ban Quản trị chùa Kh'Leang, cảm ơn sự quan tâm của Mặt trận.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, việc vận động, phân bổ Quỹ được thực hiện công khai, có sự giám sát của Ban Thanh tra nhân dân và ban công tác mặt trận ở ấp, khóm; danh sách hộ được nhận quà, nhận nhà do cộng đồng bình xét, niêm yết tại nhà văn hóa và chùa.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 8 tập thể, 11 cá nhân có thành tích xuất sắc trong 20 năm vận động Quỹ "Vì người nghèo".
Thạch Thúy
Tin liên quan
- Vĩnh Châu: trao 150 căn nhà đại đoàn kết (28/03/2024)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4 (15/03/2024)
- Thăm, chúc Tết các chùa Khmer (02/04/2024)
""", "2024-04-05", "Trao 500 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo Khmer",
E("trao_qua", None, "2024-04-04"),
[P("Lâm Em", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Lý Thị Sô Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Chanh Đa", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Hùng", "Đại đức", "Trụ trì chùa Som Rông"),
 P("Thị Sa Rương"),
 P("Sơn Ngọc Tha", "Trưởng ban Quản trị chùa Kh'Leang")],
[Q("500 phần quà", 500, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("hơn 1.320 tỷ đồng", 1320000000000, "đồng", "over"), Q("24.650 căn nhà đại đoàn kết", 24650, "căn nhà đại đoàn kết"),
 Q("3.100 học sinh nghèo hiếu học", 3100, "học sinh nghèo hiếu học"), Q("3,05%", 3.05, "%"), Q("4,9%", 4.9, "%"),
 Q("350 căn nhà tạm", 350, "căn nhà tạm"), Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("12 vị sư cả, trụ trì", 12, "vị sư cả, trụ trì"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2024-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 15/01/2024"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định 90/QĐ-TTg ngày 18/01/2022")],
[prov("Sóc Trăng"), com("phường 5")],
["Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "Trang chủ » Hoạt động » An sinh xã hội",
 "Hòa thượng Lâm Em, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trao quà cho bà con.",
 "Vì người nghèo", "Chôl Chnăm Thmây", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"],
["Ngày 05/04/2024 | 10:20", "20 năm", "2004 - 2024", "năm 2023", "năm 2024", "Chôl Chnăm Thmây"]))

PAGES.append(page("b2084-hagiang-bdt-bieuduong-nguoiuytin-2024", """
BÁO HÀ GIANG ĐIỆN TỬ
Hôm nay: Thứ Sáu, 22/11/2024
Thời sự | Chính trị | Dân tộc - Tôn giáo
Thứ Tư, 20/11/2024
Hà Giang biểu dương 150 người có uy tín tiêu biểu năm 2024
BHG - Ngày 19/11/2024, UBND tỉnh tổ chức hội nghị biểu dương, khen thưởng người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2024. Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Hầu Mí Dìn, Sình Thị Dũng; đồng chí Cháng Thị Sùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Các đại biểu chụp ảnh lưu niệm với người có uy tín.
Toàn tỉnh hiện có 2.115 người có uy tín, thuộc 19 dân tộc, trong đó người Mông chiếm 48%. Năm 2024, người có uy tín đã tham gia hòa giải thành 436 vụ việc; vận động 1.018 hộ hiến đất, dỡ hàng rào làm đường; phát hiện, tố giác 27 vụ việc liên quan đến mua bán người, ma túy; vận động 340 người bỏ tà đạo "Dương Văn Mình". Nhiều người có uy tín tích cực tham gia phong trào thi đua "Hà Giang chung tay xóa nhà tạm, nhà dột nát", góp công xây 2.750 căn nhà.
Theo Quyết định số 1592/QĐ-UBND ngày 14/11/2024 của UBND tỉnh, 150 người có uy tín được biểu dương lần này gồm người Mông, Dao, Tày, Nùng, Lô Lô, Pà Thẻn, Bố Y, Pu Péo. Chính sách đối với người có uy tín được thực hiện theo Quyết định 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ; năm 2024 tỉnh chi khoảng 5,6 tỷ đồng.
Tại hội nghị, ông Vừ Mí Kía, người có uy tín thôn Lũng Cú, xã Lũng Cú (huyện Đồng Văn) chia sẻ cách vận động thanh niên không tảo hôn. Bà Lò Thị Gấm, người Lô Lô ở thôn Mã Là, xã Lũng Cú, kể về việc giữ tiếng nói, trang phục. Ông Sùng Mí Vàng, ĐUV, Trưởng thôn Sảng Pả A, thị trấn Mèo Vạc, đề nghị tiếp tục hỗ trợ phát triển du lịch cộng đồng.
Nhiều đại biểu cho rằng, chế độ cho người có uy tín vẫn còn thấp so với công sức bỏ ra; việc cung cấp thông tin, tài liệu bằng tiếng dân tộc chưa kịp thời; một số người có uy tín cao tuổi, sức khỏe yếu nhưng chưa có người kế cận phù hợp để thay thế.
Phát biểu, đồng chí Hầu Mí Dìn nhấn mạnh người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền, đề nghị các ngành thực hiện tốt Chỉ thị 18-CT/TW của Ban Bí thư và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 150 người có uy tín tiêu biểu, mỗi người được thưởng 1 triệu đồng; Ban Dân tộc tỉnh tặng Giấy khen cho 20 tập thể.
Vương Linh
Tin liên quan
- Đồng Văn: đối thoại với người có uy tín (10/11/2024)
- Trao 300 suất quà cho người có uy tín (25/10/2024)
- Quản Bạ: biểu dương 45 người có uy tín (16/10/2024)
""", "2024-11-20", "Hà Giang biểu dương 150 người có uy tín tiêu biểu năm 2024",
E("hoi_nghi", "2024", "2024-11-19"),
[P("Hầu Mí Dìn", "Phó Chủ tịch UBND tỉnh"),
 P("Sình Thị Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Cháng Thị Sùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vừ Mí Kía", "người có uy tín thôn Lũng Cú"),
 P("Lò Thị Gấm"),
 P("Sùng Mí Vàng", "ĐUV", "Trưởng thôn Sảng Pả A")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("2.115 người có uy tín", 2115, "người có uy tín"),
 Q("19 dân tộc", 19, "dân tộc"), Q("48%", 48, "%"), Q("436 vụ việc", 436, "vụ việc"), Q("1.018 hộ", 1018, "hộ"),
 Q("27 vụ việc", 27, "vụ việc"), Q("340 người", 340, "người"),
 Q("2.750 căn nhà", 2750, "căn nhà"), Q("khoảng 5,6 tỷ đồng", 5600000000, "đồng", "approx"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("20 tập thể", 20, "tập thể")],
[D("Quyết định", "1592", "QĐ-UBND", "2024-11-14", "UBND tỉnh", "Quyết định số 1592/QĐ-UBND ngày 14/11/2024"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Hôm nay: Thứ Sáu, 22/11/2024", "BHG",
 "Các đại biểu chụp ảnh lưu niệm với người có uy tín.", "Dương Văn Mình", "Hà Giang chung tay xóa nhà tạm, nhà dột nát",
 "cánh tay nối dài", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Thứ Tư, 20/11/2024", "Hôm nay: Thứ Sáu, 22/11/2024", "năm 2024", "Năm 2024"]))

PAGES.append(page("b2085-phuyen-btgdv-10nam-kl114-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ YÊN
Trang chủ :: Dân vận :: Dân vận chính quyền
Cập nhật: 09:42, 21/03/2025 (GMT+7)
Ảnh: Đồng chí Nay Y Blơ trao Bằng khen cho các tập thể.
Phú Yên tổng kết 10 năm thực hiện Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước
Ngày 20/3/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI) về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Đồng chí Nay Y Blơ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Hồ Thị Ngọc Sương, Phó Chủ tịch UBND tỉnh.
Báo cáo tổng kết cho biết, 10 năm qua, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 27, 28-CT/TU và Kế hoạch số 112-KH/TU ngày 9/10/2015 để cụ thể hóa Kết luận; UBND tỉnh ban hành Quyết định số 2168/QĐ-UBND ngày 25/12/2015 về Quy chế phối hợp giữa chính quyền với Mặt trận và các đoàn thể. Thủ tục hành chính được cắt giảm, 98,6% hồ sơ giải quyết đúng hạn; chỉ số hài lòng của người dân đạt 85,4%.
Trong 10 năm, người đứng đầu cấp ủy, chính quyền các cấp tổ chức 1.864 cuộc đối thoại trực tiếp với nhân dân; tiếp 42.300 lượt công dân; giải quyết dứt điểm 5.912 đơn thư, khiếu nại, tố cáo. Nhân dân đã hiến 1,9 triệu m2 đất, đóng góp trên 1.100 tỷ đồng xây dựng nông thôn mới; 57 xã đạt chuẩn.
Tại hội nghị, bà La Ơ Y Tuyết, Chủ tịch UBND xã Phú Mỡ (huyện Đồng Xuân) chia sẻ kinh nghiệm "cà phê sáng với dân" của đồng bào Chăm H'roi; ông Ksor Y Phun, Bí thư Đảng ủy xã Ea Lâm (huyện Sông Hinh) nêu cách vận động đồng bào Ê Đê hiến đất làm trường học; ông Trần Văn Tịnh, Phó Trưởng ban Thường trực Ban Tiếp công dân tỉnh, phân tích nguyên nhân đơn thư vượt cấp.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một bộ phận cán bộ, công chức còn có biểu hiện quan liêu, gây phiền hà cho dân; việc tiếp công dân định kỳ của người đứng đầu ở một số nơi chưa nghiêm; đơn thư đông người liên quan đến đất đai còn kéo dài.
Phát biểu kết luận, đồng chí Nay Y Blơ đề nghị tiếp tục thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị; trong quá trình sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW, chú trọng công tác dân vận, giữ ổn định tư tưởng cán bộ, đảng viên và nhân dân.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 22 tập thể, 30 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 15 tập thể có thành tích xuất sắc trong 10 năm thực hiện Kết luận 114-KL/TW.
Kim Oanh
Lượt xem: 1.147
Tin liên quan
- Sông Hinh: 10 năm "Dân vận khéo" gắn với dân vận chính quyền (12/03/2025)
- Hội nghị công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (20/02/2025)
- Tuy An: đối thoại với nhân dân năm 2025 (06/02/2025)
""", "2025-03-21", "Phú Yên tổng kết 10 năm thực hiện Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước",
E("tong_ket", None, "2025-03-20"),
[P("Nay Y Blơ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Ngọc Sương", "Phó Chủ tịch UBND tỉnh"),
 P("La Ơ Y Tuyết", "Chủ tịch UBND xã Phú Mỡ"),
 P("Ksor Y Phun", "Bí thư Đảng ủy xã Ea Lâm"),
 P("Trần Văn Tịnh", "Phó Trưởng ban Thường trực Ban Tiếp công dân tỉnh")],
[Q("98,6%", 98.6, "%"), Q("85,4%", 85.4, "%"), Q("1.864 cuộc đối thoại", 1864, "cuộc đối thoại"),
 Q("42.300 lượt công dân", 42300, "lượt công dân"), Q("5.912 đơn thư, khiếu nại, tố cáo", 5912, "đơn thư, khiếu nại, tố cáo"),
 Q("1,9 triệu m2", 1900000, "m2"), Q("trên 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("57 xã", 57, "xã"),
 Q("22 tập thể", 22, "tập thể"), Q("30 cá nhân", 30, "cá nhân"), Q("15 tập thể", 15, "tập thể")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Kế hoạch", "112", "KH/TU", "2015-10-09", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 9/10/2015"),
 D("Quyết định", "2168", "QĐ-UBND", "2015-12-25", "UBND tỉnh", "Quyết định số 2168/QĐ-UBND ngày 25/12/2015"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Phú Yên"), com("Phú Mỡ"), com("Ea Lâm")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ YÊN", "Trang chủ :: Dân vận :: Dân vận chính quyền",
 "Ảnh: Đồng chí Nay Y Blơ trao Bằng khen cho các tập thể.", "cà phê sáng với dân", "Lượt xem: 1.147"],
["Cập nhật: 09:42, 21/03/2025 (GMT+7)", "10 năm", "khóa XI", "Lượt xem: 1.147"]))

PAGES.append(page("b2086-tuyenquang-xa-lambinh-bieuduong-dvk-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LÂM BÌNH - TỈNH TUYÊN QUANG
Trang chủ > Tin tức > Hoạt động của Đảng ủy
08/09/2025 - 15:30
Đồng chí Ma Văn Nghĩa, Bí thư Đảng ủy xã trao Giấy khen cho các điển hình.
Xã Lâm Bình biểu dương 35 điển hình "Dân vận khéo" giai đoạn 2020 - 2025
Ngày 6/9/2025, Đảng ủy xã Lâm Bình tổ chức hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2020 - 2025. Đây là hội nghị biểu dương đầu tiên của xã sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp. Đồng chí Ma Văn Nghĩa, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí Quan Thị Lả, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã và đồng chí Lý Văn Thắng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang.
Xã Lâm Bình được thành lập trên cơ sở sáp nhập thị trấn Lăng Can và các xã Thổ Bình, Phúc Yên theo Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, có 38 thôn, hơn 4.200 hộ với 6 dân tộc cùng sinh sống, đông nhất là người Tày, Dao, Mông, Pà Thẻn. Thực hiện Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng và Kế hoạch số 05-KH/ĐU ngày 15/7/2025 của Đảng ủy xã, khối dân vận đã ổn định tổ chức, giữ vững tình hình cơ sở.
Giai đoạn 2020 - 2025, các thôn trên địa bàn đã xây dựng 126 mô hình "Dân vận khéo"; nhân dân hiến 28.500 m2 đất, đóng góp khoảng 3,2 tỷ đồng và 9.400 ngày công làm 17 km đường bê tông. Có 210 hộ thoát nghèo, 95 căn nhà tạm được xóa. Mô hình "Homestay người Tày bản Khuổi Củng" của chị Hoàng Thị Thài đón hơn 2.000 lượt khách mỗi năm.
Tại hội nghị, ông Bàn Văn Hoan, người có uy tín thôn Nà Thuôm, chia sẻ việc vận động 14 hộ người Dao bỏ tục cúng ma tốn kém; anh Chẩu Văn Páo, Bí thư Đoàn xã, giới thiệu đội thanh niên tình nguyện giúp người già làm nhà.
Theo đồng chí Quan Thị Lả, khó khăn lớn nhất hiện nay là địa bàn xã rộng, nhiều thôn ở rất xa trung tâm, đường đi lại khó khăn; cán bộ mới về từ các xã cũ chưa nắm hết phong tục, tập quán của từng thôn; một số mô hình của đơn vị cũ cần được rà soát, đánh giá lại.
Phát biểu, đồng chí Lý Văn Thắng ghi nhận kết quả của xã; đề nghị tiếp tục thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, bám dân, sát dân trong vận hành chính quyền địa phương hai cấp.
Dịp này, Đảng ủy xã tặng Giấy khen cho 12 tập thể, 23 cá nhân; UBND xã thưởng mỗi điển hình 500.000 đồng.
Văn Hiệp (Văn phòng Đảng ủy xã)
Lượt truy cập: 12.480
Tin khác
- Ra mắt Ủy ban MTTQ Việt Nam xã Lâm Bình (05/07/2025)
- Đảng ủy xã triển khai nhiệm vụ 6 tháng cuối năm 2025 (14/07/2025)
- Xã Lâm Bình tiếp nhận 50 suất quà cho học sinh nghèo (20/08/2025)
""", "2025-09-08", 'Xã Lâm Bình biểu dương 35 điển hình "Dân vận khéo" giai đoạn 2020 - 2025',
E("hoi_nghi", None, "2025-09-06"),
[P("Ma Văn Nghĩa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Quan Thị Lả", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Lý Văn Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Hoàng Thị Thài"),
 P("Bàn Văn Hoan", "người có uy tín thôn Nà Thuôm"),
 P("Chẩu Văn Páo", "Bí thư Đoàn xã")],
[Q("35 điển hình", 35, "điển hình"), Q("38 thôn", 38, "thôn"), Q("hơn 4.200 hộ", 4200, "hộ", "over"), Q("6 dân tộc", 6, "dân tộc"),
 Q("126 mô hình", 126, "mô hình"), Q("28.500 m2", 28500, "m2"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("9.400 ngày công", 9400, "ngày công"), Q("17 km", 17, "km"), Q("210 hộ", 210, "hộ"), Q("95 căn nhà tạm", 95, "căn nhà tạm"),
 Q("hơn 2.000 lượt khách", 2000, "lượt khách", "over"), Q("14 hộ người Dao", 14, "hộ người Dao"),
 Q("12 tập thể", 12, "tập thể"), Q("23 cá nhân", 23, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-15", "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 15/7/2025"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021")],
[prov("Tuyên Quang"), com("Lâm Bình"), com("Lăng Can"), com("Thổ Bình"), com("Phúc Yên")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LÂM BÌNH - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức > Hoạt động của Đảng ủy",
 "Đồng chí Ma Văn Nghĩa, Bí thư Đảng ủy xã trao Giấy khen cho các điển hình.", "Dân vận khéo",
 "Homestay người Tày bản Khuổi Củng", "Lượt truy cập: 12.480"],
["08/09/2025 - 15:30", "2020 - 2025", "Giai đoạn 2020 - 2025", "hai cấp", "Lượt truy cập: 12.480"]))
