from lib import *
PAGES = []

PAGES.append(page("b3905-binhthuan-bdv-khac-2021", """
BÁO BÌNH THUẬN ONLINE
Thời sự | Dân vận - Mặt trận
Thứ Tư, 21/04/2021 08:30
Hòa Thắng: "Điểm nóng" về đất đai ở dự án điện gió đã hạ nhiệt
Sau hơn 2 năm với nhiều lần người dân tụ tập, dựng lều chặn đường thi công, vụ tranh chấp đất đai giữa 73 hộ dân xã Hòa Thắng với chủ đầu tư dự án điện gió cơ bản đã được giải quyết nhờ cách làm kiên trì, "lấy dân làm gốc" của khối dân vận.
Đường vào khu vực dự án nay đã thông thoáng. Ảnh: N.Lân
Vụ việc bắt đầu từ giữa năm 2019, khi doanh nghiệp triển khai thi công trên diện tích khoảng 86 ha đất mà người dân cho rằng mình đã khai hoang, canh tác ổn định từ trước năm 1993. Có thời điểm hơn 200 người dân kéo ra công trường, 4 lần chặn xe chở thiết bị; 2 vụ xô xát đã xảy ra giữa người dân và lực lượng bảo vệ công trình.
Theo đồng chí Nguyễn Thị Hồng Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Bình Thuận, thực hiện Kết luận số 08-KL/TU ngày 5/6/2020 của Ban Thường vụ Tỉnh ủy, tỉnh đã lập tổ công tác do Ban Dân vận Tỉnh ủy chủ trì, gồm 11 thành viên của các sở, ngành và huyện Bắc Bình. Tổ đã rà soát hồ sơ của từng thửa đất, tổ chức 17 buổi đối thoại tại nhà văn hóa thôn, đến từng nhà vận động hơn 300 lượt.
Kết quả, 68 hộ đã đồng ý nhận tiền hỗ trợ với tổng số gần 24,5 tỷ đồng, mỗi hộ nhận từ 150 triệu đồng đến hơn 900 triệu đồng; 5 hộ còn lại được giải quyết theo hướng đo đạc lại, giao đất sản xuất tại khu vực khác. Doanh nghiệp cam kết ưu tiên tuyển 40 lao động địa phương và hỗ trợ 1,2 tỷ đồng làm đường liên thôn.
Ông Mang Văn Thơm, Bí thư Chi bộ thôn Hòa Thuận, người Chăm, kể: "Ban đầu bà con không tin, nghĩ doanh nghiệp lấy đất của mình. Cán bộ xuống ăn, ngủ tại thôn cả tháng, giải thích từng tờ bản đồ, bà con mới thông". Đồng chí Lê Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND xã Hòa Thắng, cho biết từ đầu năm 2021 đến nay, xã không còn đơn thư vượt cấp về dự án.
Bài học rút ra, theo đồng chí Nguyễn Thị Hồng Yến, là phải công khai, minh bạch, làm đúng Nghị định số 47/2014/NĐ-CP và Luật Đất đai năm 2013; người đứng đầu phải trực tiếp đối thoại; cán bộ dân vận phải "nghe dân nói, nói dân hiểu, làm dân tin". Hiện Ban Dân vận Tỉnh ủy đang tham mưu nhân rộng cách làm này tại 3 dự án năng lượng khác trên địa bàn tỉnh.
Hiện nay, trên khu đất trước đây từng là "điểm nóng", các trụ điện gió đã đi vào vận hành; nhiều hộ dùng tiền hỗ trợ đầu tư trồng thanh long, nuôi dê, cuộc sống dần ổn định. Chi bộ thôn Hòa Thuận cũng đưa nội dung nắm tình hình, giải quyết kiến nghị của bà con vào sinh hoạt định kỳ hằng tháng.
Bình minh
Lượt xem: 2.306
Tin liên quan
- Tuy Phong: vận động 45 hộ bàn giao mặt bằng (10/04/2021)
- Gặp mặt chức sắc Bà-la-môn giáo (29/03/2021)
- Ra mắt mô hình "Dân vận khéo" ở Phan Rí Cửa (15/03/2021)
""", "2021-04-21", "Hòa Thắng: \"Điểm nóng\" về đất đai ở dự án điện gió đã hạ nhiệt",
E("khac", None, None),
[P("Nguyễn Thị Hồng Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Bình Thuận"),
 P("Mang Văn Thơm", "Bí thư Chi bộ thôn Hòa Thuận"),
 P("Lê Văn Bình", "Bí thư Đảng ủy", "Chủ tịch UBND xã Hòa Thắng")],
[Q("73 hộ dân", 73, "hộ dân"), Q("khoảng 86 ha", 86, "ha", "approx"), Q("hơn 200 người dân", 200, "người dân", "over"),
 Q("2 vụ xô xát", 2, "vụ xô xát"), Q("11 thành viên", 11, "thành viên"), Q("17 buổi đối thoại", 17, "buổi đối thoại"),
 Q("hơn 300 lượt", 300, "lượt", "over"), Q("68 hộ", 68, "hộ"), Q("gần 24,5 tỷ đồng", 24500000000, "đồng", "approx"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("hơn 900 triệu đồng", 900000000, "đồng", "over"), Q("5 hộ", 5, "hộ"),
 Q("40 lao động địa phương", 40, "lao động địa phương"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("3 dự án năng lượng", 3, "dự án năng lượng")],
[D("Kết luận", "08", "KL/TU", "2020-06-05", "Ban Thường vụ Tỉnh ủy", "Kết luận số 08-KL/TU ngày 5/6/2020"),
 D("Nghị định", "47", "2014/NĐ-CP", None, None, "Nghị định số 47/2014/NĐ-CP")],
[prov("Bình Thuận"), com("Hòa Thắng")],
["BÁO BÌNH THUẬN ONLINE", "Thời sự | Dân vận - Mặt trận", "Đường vào khu vực dự án nay đã thông thoáng. Ảnh: N.Lân",
 "lấy dân làm gốc", "Luật Đất đai năm 2013", "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 2.306"],
["Thứ Tư, 21/04/2021 08:30", "hơn 2 năm", "năm 1993", "4 lần", "cả tháng", "năm 2021", "Lượt xem: 2.306"]))

PAGES.append(page("b3906-soctrang-bdv-taphuan-2021", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ › Hoạt động › Tập huấn - Bồi dưỡng
2021-11-18 14:20
Ảnh: Đồng chí Lâm Thị Sa Rên phát biểu khai mạc lớp tập huấn
Tập huấn kỹ năng nắm tình hình, vận động quần chúng ở địa bàn có "điểm nóng"
Ngày 17/11, Ban Dân vận Tỉnh ủy Sóc Trăng khai mạc lớp tập huấn nghiệp vụ công tác dân vận năm 2021 cho 135 học viên là trưởng, phó ban dân vận các huyện, thị, thành ủy, cán bộ dân vận xã, phường, thị trấn và người có uy tín trong đồng bào Khmer, Hoa. Lớp học diễn ra trong 2 ngày, tuân thủ các biện pháp phòng, chống dịch COVID-19.
Phát biểu khai mạc, đồng chí Lâm Thị Sa Rên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, thời gian qua trên địa bàn tỉnh đã xảy ra một số vụ việc phức tạp: 3 vụ tụ tập đông người phản đối việc xả thải của nhà máy chế biến thủy sản ven sông Maspero, thành phố Sóc Trăng; tranh chấp đất đai giữa chùa và người dân ở xã Lịch Hội Thượng; khiếu kiện về bồi thường khi xây dựng tuyến đê biển với 52 hộ liên quan. "Nếu cán bộ cơ sở nắm tình hình chậm, xử lý không khéo, một vụ việc nhỏ sẽ thành điểm nóng", đồng chí nói.
Các học viên được nghe đồng chí Trần Văn Lợi, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề về Quyết định số 23-QĐ/TW của Bộ Chính trị và Kết luận 22, 23-KL/TU của Ban Thường vụ Tỉnh ủy; thượng tá Danh Sươl, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, hướng dẫn kỹ năng nhận diện, xử lý tình huống khi có tụ tập đông người; đồng chí Thạch Thị Ngọc Bích, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu 5 tình huống mẫu về tranh chấp đất chùa.
Theo báo cáo tại lớp học, 10 tháng năm 2021, khối dân vận toàn tỉnh đã nắm và tham gia giải quyết 47 vụ việc phức tạp, trong đó 39 vụ việc được hòa giải thành; tiếp nhận 204 đơn thư, giải quyết 188 đơn, đạt 92,2%. Toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer, 2.180 người có uy tín, trong đó 418 sư sãi tham gia Ban Đoàn kết công tác Mặt trận ở các ấp, khóm.
Hòa thượng Lý Hùng, trụ trì chùa Som Rông, cho rằng sư sãi phải là "cầu nối" để đồng bào hiểu chính sách. Ông Sơn Thanh Liêm, người có uy tín ấp Tà Ân A, xã Tài Văn, chia sẻ cách vận động 6 hộ tự nguyện tháo dỡ hàng rào lấn chiếm kênh thủy lợi.
Lớp tập huấn được thực hiện theo Kế hoạch số 96-KH/BDVTU ngày 20/9/2021 của Ban Dân vận Tỉnh ủy. Kết thúc lớp học, 100% học viên đạt yêu cầu.
Sa Huỳnh
Lượt xem: 543
Tin cùng chuyên mục
- Bồi dưỡng nghiệp vụ cho cán bộ dân vận cơ sở (15/10/2021)
- Trần Đề: đối thoại với nông dân nuôi tôm (30/09/2021)
- Mỹ Xuyên ra mắt mô hình "Dân vận khéo" (10/09/2021)
""", "2021-11-18", "Tập huấn kỹ năng nắm tình hình, vận động quần chúng ở địa bàn có \"điểm nóng\"",
E("tap_huan", "2021", "2021-11-17"),
[P("Lâm Thị Sa Rên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sươl", "thượng tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
 P("Thạch Thị Ngọc Bích", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Hòa thượng", "trụ trì chùa Som Rông"),
 P("Sơn Thanh Liêm", "người có uy tín ấp Tà Ân A")],
[Q("135 học viên", 135, "học viên"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("52 hộ", 52, "hộ"),
 Q("5 tình huống mẫu", 5, "tình huống mẫu"), Q("47 vụ việc phức tạp", 47, "vụ việc phức tạp"), Q("39 vụ việc", 39, "vụ việc"),
 Q("204 đơn thư", 204, "đơn thư"), Q("188 đơn", 188, "đơn"), Q("92,2%", 92.2, "%"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("2.180 người có uy tín", 2180, "người có uy tín"),
 Q("418 sư sãi", 418, "sư sãi"), Q("6 hộ", 6, "hộ"), Q("100% học viên", 100, "%")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kế hoạch", "96", "KH/BDVTU", "2021-09-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 20/9/2021")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Tài Văn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ › Hoạt động › Tập huấn - Bồi dưỡng",
 "Ảnh: Đồng chí Lâm Thị Sa Rên phát biểu khai mạc lớp tập huấn", "COVID-19", "Lượt xem: 543"],
["2021-11-18 14:20", "năm 2021", "2 ngày", "10 tháng năm 2021", "COVID-19", "Lượt xem: 543"]))

PAGES.append(page("b3907-gialai-bdv-giaoban-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị - Xây dựng Đảng / Dân vận
08/04/2022 - 10:05
Khối dân vận giao ban quý I: vận động 19 hộ trả lại đất lấn chiếm của công ty cao su
(GLO)- Ngày 6/4, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban khối dân vận quý I năm 2022 theo hình thức trực tiếp kết hợp trực tuyến đến 17 điểm cầu. Đồng chí Rơ Mah Thị Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Rơ Mah Thị Huyền phát biểu kết luận giao ban. Ảnh: Hà Duy
Báo cáo tại hội nghị cho thấy, quý I, tình hình an ninh nông thôn vùng đồng bào dân tộc thiểu số cơ bản ổn định. Tuy vậy, vẫn còn 6 điểm tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp với diện tích khoảng 420 ha; trong quý xảy ra 2 vụ tụ tập đông người (khoảng 150 người) tại xã Ia Pếch và xã Ia Dom để phản đối việc công ty trồng lại cao su. Khối dân vận đã phối hợp chính quyền vận động 19 hộ trả lại 38 ha đất lấn chiếm, hỗ trợ mỗi hộ 15 triệu đồng tiền công chăm sóc cây trồng.
Lực lượng chức năng phát hiện 4 đối tượng tuyên truyền, lôi kéo người dân theo "Tin lành Đê Ga", vận động 9 hộ với 41 khẩu ở xã Chư Răng từ bỏ, trở về sinh hoạt tôn giáo hợp pháp. Khối dân vận tổ chức 28 cuộc tiếp xúc với 612 lượt già làng, người có uy tín.
Tại giao ban, các đồng chí Nay H'Dớp, Đinh Văn Glong - Phó Trưởng Ban Dân vận Tỉnh ủy đã báo cáo kết quả theo dõi việc thực hiện Kết luận 127, 128-KL/TU của Ban Thường vụ Tỉnh ủy về giải quyết tranh chấp đất đai vùng dự án. Đồng chí Ksor Nhiên, HUV, Trưởng Ban Dân vận Huyện ủy Ia Grai, kiến nghị tỉnh sớm chỉ đạo các công ty bàn giao đất không sử dụng về địa phương để giao cho 230 hộ đồng bào thiếu đất sản xuất. Ông Rơ Lan Bleo, già làng làng Ia Ptâu, xã Ia Pếch, bày tỏ: "Dân mình cần đất để làm ăn, cán bộ nói rõ thì dân nghe".
Trong quý I, toàn tỉnh tổ chức 46 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tiếp nhận 1.083 ý kiến, kiến nghị, đã trả lời, giải quyết 1.012 ý kiến, đạt 93,4%.
Kết luận hội nghị, đồng chí Rơ Mah Thị Huyền yêu cầu quý II tiếp tục thực hiện Chỉ thị số 05-CT/TU ngày 10/1/2022 của Ban Thường vụ Tỉnh ủy, triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; không để đối tượng xấu lợi dụng vấn đề đất đai, dân tộc, tôn giáo kích động người dân.
Phương Vi
Lượt xem: 1.462
Tin liên quan
- Chư Sê: gặp mặt già làng, người có uy tín (25/03/2022)
- Kbang ra mắt 4 mô hình "Dân vận khéo" (11/03/2022)
- Ia Grai: vận động người dân không di cư tự do (28/02/2022)
""", "2022-04-08", "Khối dân vận giao ban quý I: vận động 19 hộ trả lại đất lấn chiếm của công ty cao su",
E("giao_ban", "2022-Q1", "2022-04-06"),
[P("Rơ Mah Thị Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay H'Dớp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Glong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nhiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Ia Grai"),
 P("Rơ Lan Bleo", "già làng làng Ia Ptâu")],
[Q("19 hộ", 19, "hộ"), Q("17 điểm cầu", 17, "điểm cầu"), Q("6 điểm tranh chấp đất đai", 6, "điểm tranh chấp đất đai"),
 Q("khoảng 420 ha", 420, "ha", "approx"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("khoảng 150 người", 150, "người", "approx"), Q("38 ha", 38, "ha"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("4 đối tượng", 4, "đối tượng"), Q("9 hộ", 9, "hộ"), Q("41 khẩu", 41, "khẩu"), Q("28 cuộc tiếp xúc", 28, "cuộc tiếp xúc"),
 Q("612 lượt già làng, người có uy tín", 612, "lượt già làng, người có uy tín"), Q("230 hộ đồng bào thiếu đất sản xuất", 230, "hộ đồng bào thiếu đất sản xuất"),
 Q("46 hội nghị đối thoại", 46, "hội nghị đối thoại"), Q("1.083 ý kiến, kiến nghị", 1083, "ý kiến, kiến nghị"),
 Q("1.012 ý kiến", 1012, "ý kiến"), Q("93,4%", 93.4, "%")],
[D("Kết luận", "127", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 127, 128-KL/TU"),
 D("Kết luận", "128", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 127, 128-KL/TU"),
 D("Chỉ thị", "05", "CT/TU", "2022-01-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/1/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Dom"), com("Chư Răng")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị - Xây dựng Đảng / Dân vận", "Đồng chí Rơ Mah Thị Huyền phát biểu kết luận giao ban. Ảnh: Hà Duy",
 "(GLO)", "Tin lành Đê Ga", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 1.462"],
["08/04/2022 - 10:05", "quý I năm 2022", "quý II", "Lượt xem: 1.462"]))

PAGES.append(page("b3908-bariavungtau-bdv-soket-2022", """
Báo Bà Rịa - Vũng Tàu
Trang chủ > Chính trị > Dân vận
12 tháng 7, 2022 | 16:10
Xử lý dứt điểm 14/17 vụ việc phức tạp, phát sinh đông người
BR-VT - Ngày 11/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022. Đồng chí Nguyễn Thị Yến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự và chỉ đạo. Đồng chí Hồ Văn Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị. Ảnh: Minh Thoa
Theo báo cáo, 6 tháng đầu năm, trên địa bàn tỉnh phát sinh 17 vụ việc phức tạp, đông người, chủ yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng và ô nhiễm môi trường; đến nay đã xử lý dứt điểm 14 vụ việc. Nổi lên là vụ hơn 100 ngư dân xã Phước Hưng tập trung phản đối việc đổ thải nạo vét luồng ra vùng biển gần bờ, và vụ khiếu nại của 43 hộ dân phường Kim Dinh về giá bồi thường dự án đường vành đai.
Khối dân vận đã phối hợp tổ chức 65 buổi đối thoại, tiếp xúc với người dân; vận động 1.124 hộ bàn giao mặt bằng cho các dự án trọng điểm, trong đó có dự án đường cao tốc Biên Hòa - Vũng Tàu, đạt 96,7% tổng số hộ bị ảnh hưởng. Tổng số tiền bồi thường, hỗ trợ đã chi trả gần 2.150 tỷ đồng.
Đồng chí Trần Thị Hồng Loan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 85-KH/TU ngày 15/3/2022 thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; hướng dẫn các địa phương thực hiện Nghị quyết số 27/NQ-CP của Chính phủ. Đồng chí Lâm Văn Phúc, Bí thư Đảng ủy xã Phước Hưng, chia sẻ: xã đã mời đại diện 12 tổ đoàn kết tàu thuyền cùng giám sát việc đổ thải, nhờ vậy ngư dân yên tâm, không còn tụ tập. Theo đồng chí, điều quan trọng là chính quyền công khai thông tin sớm, trả lời dứt khoát những kiến nghị chính đáng, không để người dân phải chờ đợi, đi lại nhiều lần.
Các đại biểu cũng thảo luận về việc quản lý hoạt động của các nhóm "Pháp môn Diệu Âm", "Hội thánh của Đức Chúa Trời Mẹ" trên địa bàn; 6 tháng qua đã vận động 18 người từ bỏ sinh hoạt trái pháp luật.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Yến đề nghị khối dân vận 6 tháng cuối năm chú trọng nắm tình hình ở 7 dự án có nguy cơ phát sinh khiếu kiện đông người; cán bộ dân vận phải "có mặt trước, vận động trước", tuyệt đối không để hình thành điểm nóng mới.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 8 tập thể, 15 cá nhân có thành tích xuất sắc trong vận động nhân dân bàn giao mặt bằng.
Quang Vũ
Lượt xem: 1.027
Bài viết liên quan
- Long Điền: đối thoại với ngư dân về nạo vét luồng (30/06/2022)
- Châu Đức tập huấn công tác dân vận (17/06/2022)
- Gặp mặt người có uy tín vùng đồng bào Chơro (02/06/2022)
""", "2022-07-12", "Xử lý dứt điểm 14/17 vụ việc phức tạp, phát sinh đông người",
E("so_ket", "2022-H1", "2022-07-11"),
[P("Nguyễn Thị Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
 P("Hồ Văn Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Hồng Loan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Phúc", "Bí thư Đảng ủy xã Phước Hưng")],
[Q("17 vụ việc phức tạp, đông người", 17, "vụ việc phức tạp, đông người"), Q("14 vụ việc", 14, "vụ việc"),
 Q("hơn 100 ngư dân", 100, "ngư dân", "over"), Q("43 hộ dân", 43, "hộ dân"), Q("65 buổi đối thoại, tiếp xúc", 65, "buổi đối thoại, tiếp xúc"),
 Q("1.124 hộ", 1124, "hộ"), Q("96,7%", 96.7, "%"), Q("gần 2.150 tỷ đồng", 2150000000000, "đồng", "approx"),
 Q("12 tổ đoàn kết tàu thuyền", 12, "tổ đoàn kết tàu thuyền"), Q("18 người", 18, "người"), Q("7 dự án", 7, "dự án"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "85", "KH/TU", "2022-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 85-KH/TU ngày 15/3/2022"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Nghị quyết", "27", "NQ-CP", None, "Chính phủ", "Nghị quyết số 27/NQ-CP")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Hưng"), com("Kim Dinh")],
["Báo Bà Rịa - Vũng Tàu", "Trang chủ > Chính trị > Dân vận", "Toàn cảnh hội nghị. Ảnh: Minh Thoa", "BR-VT",
 "Pháp môn Diệu Âm", "Hội thánh của Đức Chúa Trời Mẹ", "có mặt trước, vận động trước", "Lượt xem: 1.027"],
["12 tháng 7, 2022 | 16:10", "6 tháng đầu năm 2022", "6 tháng cuối năm", "Lượt xem: 1.027"]))

PAGES.append(page("b3909-thanhhoa-mttq-giamsat-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ :: Giám sát - Phản biện xã hội
Cập nhật: 14:05, 26/09/2023
Giám sát việc bồi thường, tái định cư cho người dân vùng Khu kinh tế Nghi Sơn
Ngày 25/9, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lê Thị Thanh Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư tại thị xã Nghi Sơn, theo Chương trình giám sát năm 2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát khảo sát khu tái định cư. Ảnh: Minh Hằng
Tham gia đoàn có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn Hưng; đại diện Sở Tài nguyên và Môi trường, Sở Xây dựng. Làm việc với đoàn có đồng chí Lê Hồng Quân, Phó Chủ tịch UBND thị xã Nghi Sơn; đồng chí Hà Văn Ngoạn, Chủ tịch Ủy ban MTTQ thị xã và các ông Mai Xuân Bình, Lê Văn Tám - Phó Trưởng ban Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp.
Báo cáo của thị xã cho biết, từ năm 2016 đến nay, trên địa bàn có 214 dự án phải thu hồi đất, với khoảng 6.800 hộ bị ảnh hưởng; đã bố trí tái định cư cho 5.190 hộ, còn khoảng 1.600 hộ chưa được bố trí do chậm xây dựng hạ tầng khu tái định cư. Từ đầu năm 2023, thị xã nhận 89 đơn khiếu nại, kiến nghị liên quan đến bồi thường, giải quyết được 71 đơn; có 4 vụ khiếu kiện đông người, trong đó vụ 36 hộ dân xã Hải Hà chặn cổng nhà máy do mùi hôi từ khu xử lý nước thải kéo dài gần 1 tuần.
Qua khảo sát thực tế tại xã Hải Hà và phường Hải Thượng, đoàn ghi nhận 3 khu tái định cư chưa có hệ thống thoát nước hoàn chỉnh, 12 hộ đã nhận đất tái định cư nhưng chưa được cấp giấy chứng nhận. Ông Lê Văn Hợi, người dân thôn Bắc Hải, phản ánh: "Nhà tôi di dời từ năm 2019, đến nay vẫn phải ở nhờ, đi khiếu nại 5 lần rồi".
Kết luận buổi giám sát, đồng chí Lê Thị Thanh Mai đề nghị thị xã thực hiện nghiêm Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc MTTQ và đoàn thể tham gia góp ý xây dựng Đảng, xây dựng chính quyền; khẩn trương hoàn thiện hạ tầng 3 khu tái định cư, công khai phương án bồi thường tại nhà văn hóa thôn; người đứng đầu chính quyền phải trực tiếp đối thoại với các hộ có đơn kéo dài. Ủy ban MTTQ tỉnh sẽ tổng hợp, kiến nghị UBND tỉnh Thanh Hóa xem xét điều chỉnh Quyết định số 3895/QĐ-UBND ngày 20/10/2022 của UBND tỉnh về đơn giá bồi thường, hỗ trợ cho phù hợp thực tế.
Đợt giám sát được thực hiện theo Kế hoạch số 412/KH-MTTQ-BTT ngày 15/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, tại 2 địa phương là thị xã Nghi Sơn và huyện Tĩnh Gia cũ.
Minh Hằng
Lượt xem: 766
Tin liên quan
- Phản biện dự thảo quy định giá đất (12/09/2023)
- Giám sát việc thực hiện Quy chế dân chủ ở Như Thanh (28/08/2023)
- Hội nghị đối thoại với người dân vùng dự án (10/08/2023)
""", "2023-09-26", "Giám sát việc bồi thường, tái định cư cho người dân vùng Khu kinh tế Nghi Sơn",
E("giam_sat", "2023", "2023-09-25"),
[P("Lê Thị Thanh Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hồng Quân", "Phó Chủ tịch UBND thị xã Nghi Sơn"),
 P("Hà Văn Ngoạn", "Chủ tịch Ủy ban MTTQ thị xã"),
 P("Mai Xuân Bình", "Phó Trưởng ban Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
 P("Lê Văn Tám", "Phó Trưởng ban Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
 P("Lê Văn Hợi")],
[Q("214 dự án", 214, "dự án"), Q("khoảng 6.800 hộ", 6800, "hộ", "approx"), Q("5.190 hộ", 5190, "hộ"),
 Q("khoảng 1.600 hộ", 1600, "hộ", "approx"), Q("89 đơn khiếu nại, kiến nghị", 89, "đơn khiếu nại, kiến nghị"),
 Q("71 đơn", 71, "đơn"), Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"), Q("36 hộ dân", 36, "hộ dân"),
 Q("3 khu tái định cư", 3, "khu tái định cư"), Q("12 hộ", 12, "hộ"), Q("2 địa phương", 2, "địa phương")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "3895", "QĐ-UBND", "2022-10-20", "UBND tỉnh", "Quyết định số 3895/QĐ-UBND ngày 20/10/2022"),
 D("Kế hoạch", "412", "KH-MTTQ-BTT", "2023-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 412/KH-MTTQ-BTT ngày 15/8/2023")],
[prov("Thanh Hóa"), com("Hải Hà"), com("Hải Thượng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ :: Giám sát - Phản biện xã hội", "Đoàn giám sát khảo sát khu tái định cư. Ảnh: Minh Hằng",
 "Lượt xem: 766", "Chương trình giám sát năm 2023", "Khu kinh tế Nghi Sơn"],
["Cập nhật: 14:05, 26/09/2023", "năm 2023", "từ năm 2016", "gần 1 tuần", "năm 2019", "5 lần", "Lượt xem: 766"]))

PAGES.append(page("b3910-camau-bdv-tongket-2023", """
Hôm nay: Thứ Năm, 28/12/2023
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CÀ MAU
Tin tức > Hoạt động Ban Dân vận
Thứ Tư, 27/12/2023
Đồng chí Huỳnh Thị Kim Hoa trao giấy khen cho các tập thể. Ảnh: Kim Cúc
Triển khai nhiệm vụ công tác dân vận năm 2024
Ngày 26/12, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Huỳnh Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2023, khối dân vận đã tập trung nắm tình hình, tham gia giải quyết các vụ việc tranh chấp đất đai, khiếu kiện phức tạp. Toàn tỉnh phát sinh 9 vụ khiếu kiện đông người, tăng 2 vụ so với năm 2022, chủ yếu liên quan đến tranh chấp đất nuôi trồng thủy sản giữa người dân với các công ty lâm nghiệp, đất rừng phòng hộ ven biển. Đáng chú ý, tại xã Tân Ân, khoảng 80 hộ dân đã nhiều lần tập trung tại khu vực cống, ngăn không cho công ty đắp đập, có thời điểm trên 200 người tham gia.
Khối dân vận đã phối hợp tổ chức 54 cuộc đối thoại với 1.960 lượt người; vận động 47 hộ tự nguyện trả lại 312 ha đất lấn chiếm rừng phòng hộ; hòa giải thành 1.038/1.176 vụ việc mâu thuẫn ở cơ sở, đạt 88,3%. Qua đó, còn 3 vụ việc chưa giải quyết dứt điểm, được Ban Thường vụ Tỉnh ủy phân công các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Sử, Lâm Văn Bi trực tiếp chỉ đạo.
Đồng chí Trần Văn Út, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết Ban đã tham mưu ban hành Chỉ thị 28, 29-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải quyết tranh chấp đất đai và về công tác vận động đồng bào Khmer; thẩm định 3 đề án, 7 báo cáo về dư luận xã hội. Toàn tỉnh có 1.512 mô hình "Dân vận khéo", trong đó 215 mô hình tiêu biểu.
Tại hội nghị, đồng chí Danh Út, người có uy tín ấp Đá Bạc, xã Khánh Bình Tây, kể lại việc vận động 9 hộ đồng bào Khmer hòa giải tranh chấp ranh đất. Đồng chí Phan Thanh Quang, Bí thư Đảng ủy xã Nguyễn Huân, kiến nghị sớm đo đạc, cắm mốc ranh giới rừng phòng hộ để người dân yên tâm sản xuất.
Phát biểu kết luận, đồng chí Huỳnh Thị Kim Hoa yêu cầu năm 2024 khối dân vận tập trung thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 49-CT/TW về tiếp dân; Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; không để phát sinh điểm nóng trong năm 2024.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 26 cá nhân.
Kim Cúc
Lượt xem: 1.388
Tin khác
- Đầm Dơi: gặp mặt người có uy tín (20/12/2023)
- Hội thi "Dân vận khéo" cấp tỉnh năm 2023 (08/12/2023)
- Trần Văn Thời: đối thoại với người dân ven biển (01/12/2023)
""", "2023-12-27", "Triển khai nhiệm vụ công tác dân vận năm 2024",
E("tong_ket", "2023", "2023-12-26"),
[P("Huỳnh Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Sử", "Phó Chủ tịch UBND tỉnh"), P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Út", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "người có uy tín ấp Đá Bạc"),
 P("Phan Thanh Quang", "Bí thư Đảng ủy xã Nguyễn Huân")],
[Q("9 vụ khiếu kiện đông người", 9, "vụ khiếu kiện đông người"), Q("2 vụ", 2, "vụ"),
 Q("khoảng 80 hộ dân", 80, "hộ dân", "approx"), Q("trên 200 người", 200, "người", "over"),
 Q("54 cuộc đối thoại", 54, "cuộc đối thoại"), Q("1.960 lượt người", 1960, "lượt người"), Q("47 hộ", 47, "hộ"),
 Q("312 ha", 312, "ha"), Q("1.038/1.176 vụ việc mâu thuẫn", 1038, "vụ việc mâu thuẫn"), Q("88,3%", 88.3, "%"),
 Q("3 vụ việc", 3, "vụ việc"), Q("3 đề án", 3, "đề án"), Q("7 báo cáo", 7, "báo cáo"),
 Q("1.512 mô hình", 1512, "mô hình"), Q("215 mô hình tiêu biểu", 215, "mô hình tiêu biểu"),
 Q("9 hộ đồng bào Khmer", 9, "hộ đồng bào Khmer"), Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị số 49-CT/TW"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Cà Mau"), com("Tân Ân"), com("Khánh Bình Tây"), com("Nguyễn Huân")],
["Hôm nay: Thứ Năm, 28/12/2023", "CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Tin tức > Hoạt động Ban Dân vận",
 "Đồng chí Huỳnh Thị Kim Hoa trao giấy khen cho các tập thể. Ảnh: Kim Cúc", "Dân vận khéo", "Lượt xem: 1.388"],
["Hôm nay: Thứ Năm, 28/12/2023", "Thứ Tư, 27/12/2023", "năm 2023", "năm 2024", "năm 2022", "Lượt xem: 1.388"]))
