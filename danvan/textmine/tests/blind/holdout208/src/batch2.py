from lib import *
PAGES = []

PAGES.append(page("b4955-laocai-mttq-giamsat-2017", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ - Chính trị - Mặt trận và đoàn thể
16/06/2017 - 10:05
Mặt trận giám sát xây dựng nông thôn mới ở vùng cao
Ngày 14/6, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Lào Cai do đồng chí Sùng A Páo, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các tiêu chí nông thôn mới năm 2017 tại xã Tả Phời và xã Cốc San.
Đoàn giám sát làm việc tại xã Tả Phời. Ảnh: Thu Hường
Cuộc giám sát được tiến hành theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát, phản biện xã hội của Mặt trận và các đoàn thể, và Kế hoạch số 41/KH-MTTQ-BTT ngày 5/5/2017 của Ban Thường trực Ủy ban MTTQ tỉnh. Nội dung tập trung vào việc sử dụng vốn theo Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ và việc công khai các khoản đóng góp của nhân dân.
Theo báo cáo của UBND xã Tả Phời, năm 2017 xã được đầu tư 14 hạng mục công trình với tổng vốn 27,4 tỷ đồng, trong đó ngân sách tỉnh 18 tỷ đồng; tỉnh cấp 1.200 tấn xi măng để nhân dân làm đường theo cơ chế "Nhà nước và nhân dân cùng làm". Xã đạt 13/19 tiêu chí, tỷ lệ hộ nghèo còn 23,5%. Ông Lý Seo Chứ, Chủ tịch UBND xã Tả Phời, cho biết xã đã hỗ trợ 65 hộ làm nhà tiêu hợp vệ sinh, vận động đồng bào Mông, Dao bỏ tập quán thả rông gia súc.
Tại xã Cốc San, bà Vàng Thị Mỷ, Chủ tịch Ủy ban MTTQ xã, báo cáo Ban giám sát đầu tư của cộng đồng đã theo dõi 9 công trình, phát hiện 3 công trình chậm tiến độ và kiến nghị nhà thầu khắc phục. Ông Tẩn Láo Lở, Trưởng thôn Cốc Chứ, phản ánh tuyến kênh nội đồng mới làm đã bị sạt một đoạn khoảng 40 m sau mưa lớn.
Qua giám sát, đoàn nhận thấy các xã đã quan tâm công khai dự toán, danh sách hộ được hỗ trợ tại nhà văn hóa thôn; phong trào hiến đất làm đường có sức lan tỏa. Tuy nhiên, hồ sơ nghiệm thu một số công trình chưa có chữ ký của đại diện ban giám sát cộng đồng; việc huy động đóng góp ở vài thôn chưa thật sự tự nguyện, có hộ phải góp tới 1,5 triệu đồng.
Đoàn đã đưa ra 11 kiến nghị, trong đó đề nghị UBND huyện Bát Xát rà soát việc thực hiện Quyết định số 1730/QĐ-UBND của UBND tỉnh về hỗ trợ xi măng. Đồng chí Sùng A Páo yêu cầu Mặt trận các xã phát huy vai trò giám sát của nhân dân, phối hợp với các ông Giàng A Dình, Sùng Seo Lử - người có uy tín trên địa bàn, để tuyên truyền đến từng hộ.
Tham gia đoàn giám sát còn có đồng chí Hoàng Thị Dung, Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh, đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh và Sở Nông nghiệp và Phát triển nông thôn. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và gửi UBND tỉnh để chỉ đạo khắc phục.
Thu Hường
Tin cùng chuyên mục
- Mặt trận Bảo Yên ra mắt 12 khu dân cư kiểu mẫu (09/06/2017)
- Bắc Hà: giám sát thực hiện chính sách hỗ trợ giống (02/06/2017)
- Sa Pa: hiệp thương cử hội thẩm nhân dân (26/05/2017)
""", "2017-06-16", "Mặt trận giám sát xây dựng nông thôn mới ở vùng cao",
E("giam_sat", "2017", "2017-06-14"),
[P("Sùng A Páo", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Seo Chứ", "Chủ tịch UBND xã Tả Phời"),
 P("Vàng Thị Mỷ", "Chủ tịch Ủy ban MTTQ xã"),
 P("Tẩn Láo Lở", "Trưởng thôn Cốc Chứ"),
 P("Giàng A Dình", "người có uy tín trên địa bàn"),
 P("Sùng Seo Lử", "người có uy tín trên địa bàn"),
 P("Hoàng Thị Dung", "Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("14 hạng mục công trình", 14, "hạng mục công trình"), Q("27,4 tỷ đồng", 27400000000, "đồng"),
 Q("18 tỷ đồng", 18000000000, "đồng"), Q("1.200 tấn", 1200, "tấn"), Q("13/19 tiêu chí", 13, "tiêu chí"),
 Q("23,5%", 23.5, "%"), Q("65 hộ", 65, "hộ"), Q("9 công trình", 9, "công trình"), Q("3 công trình", 3, "công trình"),
 Q("khoảng 40 m", 40, "m", "approx"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("11 kiến nghị", 11, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", "2017-05-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 5/5/2017"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016"),
 D("Quyết định", "1730", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1730/QĐ-UBND")],
[prov("Lào Cai"), com("Tả Phời"), com("Cốc San")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ - Chính trị - Mặt trận và đoàn thể", "Đoàn giám sát làm việc tại xã Tả Phời. Ảnh: Thu Hường",
 "Nhà nước và nhân dân cùng làm", "Sở Nông nghiệp và Phát triển nông thôn"],
["16/06/2017 - 10:05", "năm 2017"]))

PAGES.append(page("b4956-vinhlong-mttq-traoqua-2018", """
Báo Vĩnh Long Online
Trang chủ | Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 09/02/2018, 15:45
Trao 12 căn nhà Đại đoàn kết và 500 phần quà Tết cho hộ nghèo Tam Bình
(VL) - Ngày 7/2, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp Ủy ban MTTQ huyện Tam Bình tổ chức trao 12 căn nhà Đại đoàn kết và 500 phần quà Tết cho hộ nghèo, hộ cận nghèo tại các xã Hòa Hiệp, Tân Lộc - hai xã đang phấn đấu về đích nông thôn mới.
Đồng chí Lê Thị Ngọc Hà trao quyết định hỗ trợ nhà cho hộ nghèo xã Hòa Hiệp.
Đến dự và trao quà có đồng chí Lê Thị Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Liệt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Huỳnh Thanh Phong, Võ Thị Kim Yến - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tam Bình.
Mỗi căn nhà Đại đoàn kết trị giá 40 triệu đồng, được xây dựng từ Quỹ "Vì người nghèo" các cấp; mỗi phần quà trị giá 500.000 đồng gồm gạo, đường, nước mắm và tiền mặt. Cùng dịp, Hội Khuyến học huyện trao 70 suất học bổng cho học sinh nghèo vượt khó. Tổng trị giá hỗ trợ đợt này hơn 730 triệu đồng.
Theo ông Huỳnh Thanh Phong, năm 2017 Quỹ "Vì người nghèo" huyện vận động được 2,1 tỷ đồng; qua rà soát theo chuẩn nghèo tiếp cận đa chiều tại Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ, huyện còn 260 hộ nghèo, hộ cận nghèo cần hỗ trợ nhà ở, tỷ lệ hộ nghèo giảm còn 2,86%. Ban Thường trực Ủy ban MTTQ huyện đã ban hành Kế hoạch 03, 04/KH-MTTQ về vận động Quỹ và chăm lo Tết Mậu Tuất 2018.
Xúc động nhận chìa khóa căn nhà mới, ông Thạch Sam Bô, ấp Hòa Thạnh, xã Hòa Hiệp, chia sẻ gia đình 5 người đã sống hơn 10 năm trong căn nhà lá dột nát. Bà Trần Thị Út, hộ nghèo xã Tân Lộc, cho biết nhờ Mặt trận hỗ trợ thêm 2 con bò giống, gia đình có thêm sinh kế ổn định.
Theo Ban Thường trực Ủy ban MTTQ huyện, danh sách hộ được hỗ trợ đều do khu dân cư bình xét công khai, có sự giám sát của ban công tác Mặt trận ấp; việc xây nhà được người dân, bà con lối xóm góp công, giúp giảm chi phí.
Phát biểu tại buổi trao quà, đồng chí Lê Thị Ngọc Hà ghi nhận Mặt trận huyện Tam Bình đã thực hiện tốt Chỉ thị số 11-CT/TU ngày 8/9/2016 của Ban Thường vụ Tỉnh ủy về vận động nhân dân tham gia xây dựng nông thôn mới; đề nghị các xã tiếp tục phát huy tinh thần "tương thân tương ái", không để hộ nghèo nào không có Tết.
Ông Phạm Văn Sơn, Chủ tịch Ủy ban MTTQ xã Tân Lộc, cho biết nhờ sự chung tay của nhân dân và các mạnh thường quân, năm qua xã đã làm mới 2,6 km đường đal và 4 cây cầu giao thông nông thôn, nâng số tiêu chí đạt chuẩn lên 17/19.
Ngọc Trân
Tin liên quan
- Long Hồ: trao 200 phần quà cho người có công (07/02/2018)
- Mặt trận tỉnh vận động Quỹ "Vì người nghèo" đạt 22 tỷ đồng (01/02/2018)
- Trà Ôn: bàn giao 5 căn nhà Đại đoàn kết (25/01/2018)
""", "2018-02-09", "Trao 12 căn nhà Đại đoàn kết và 500 phần quà Tết cho hộ nghèo Tam Bình",
E("trao_qua", None, "2018-02-07"),
[P("Lê Thị Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Liệt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tam Bình"),
 P("Võ Thị Kim Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tam Bình"),
 P("Thạch Sam Bô"), P("Trần Thị Út"),
 P("Phạm Văn Sơn", "Chủ tịch Ủy ban MTTQ xã Tân Lộc")],
[Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("500 phần quà Tết", 500, "phần quà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("70 suất học bổng", 70, "suất học bổng"),
 Q("hơn 730 triệu đồng", 730000000, "đồng", "over"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("260 hộ nghèo, hộ cận nghèo", 260, "hộ nghèo, hộ cận nghèo"), Q("2,86%", 2.86, "%"), Q("5 người", 5, "người"),
 Q("2 con bò giống", 2, "con bò giống"), Q("2,6 km", 2.6, "km"), Q("4 cây cầu giao thông nông thôn", 4, "cây cầu giao thông nông thôn"),
 Q("17/19", 17, "tiêu chí")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg"),
 D("Kế hoạch", "03", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch 03, 04/KH-MTTQ"),
 D("Kế hoạch", "04", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch 03, 04/KH-MTTQ"),
 D("Chỉ thị", "11", "CT/TU", "2016-09-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 8/9/2016")],
[prov("Vĩnh Long"), com("Hòa Hiệp"), com("Tân Lộc")],
["Báo Vĩnh Long Online", "Trang chủ | Xã hội | Mặt trận - Đoàn thể", "(VL)",
 "Đồng chí Lê Thị Ngọc Hà trao quyết định hỗ trợ nhà cho hộ nghèo xã Hòa Hiệp.", "Vì người nghèo", "tương thân tương ái"],
["Thứ Sáu, 09/02/2018, 15:45", "năm 2017", "Tết Mậu Tuất 2018", "hơn 10 năm"]))

PAGES.append(page("b4957-gialai-bdvtu-tongket-2019", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ › Tin tức - Sự kiện
Cập nhật lúc 16:30 ngày 27/12/2019
Ảnh: Toàn cảnh hội nghị.
"Dân vận khéo" giúp 14 xã về đích nông thôn mới
Ngày 25/12/2019, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Năm qua, phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới góp phần để 14 xã của tỉnh được công nhận đạt chuẩn.
Dự hội nghị có đồng chí Nguyễn Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rơ Mah Bloi, Trần Thị Thu Hà; đồng chí Ksor Y Nhơn, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Nguyễn Thanh Sơn phát biểu chỉ đạo hội nghị.
Báo cáo của Ban cho thấy, năm 2019 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 62, 63-KL/TU về tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và về công tác vận động đồng bào các dân tộc thiểu số; đồng thời xây dựng Chương trình hành động số 14-CTr/TU và ký Quy chế phối hợp số 05-QC/BDVTU-UBND với UBND tỉnh về công tác dân vận chính quyền.
Toàn tỉnh có 1.250 mô hình "Dân vận khéo" được công nhận, trong đó 48 mô hình tiêu biểu cấp tỉnh; nhân dân hiến trên 62 ha đất, đóng góp 126 tỷ đồng và hàng chục nghìn ngày công làm đường, kênh mương. Số hộ nghèo giảm 4.800 hộ; 86 người có uy tín được biểu dương vì có đóng góp tích cực. Có 7 xã thoát khỏi danh sách xã đặc biệt khó khăn.
Tham luận tại hội nghị, bà Đinh Thị Hlinh, Bí thư Đảng ủy xã Ia Der, chia sẻ cách "cầm tay chỉ việc" giúp đồng bào Jrai trồng cà phê tái canh; ông Puih Đoan, Chủ tịch Hội Nông dân xã Ia Băng, giới thiệu mô hình tổ hợp tác trồng rau sạch với 35 thành viên; bà Siu H'Mai, người có uy tín làng Bông, xã Chư Á, kể việc vận động 16 hộ bỏ tục bỏ mả tốn kém.
Hội nghị cũng chỉ ra những hạn chế cần khắc phục: công tác nắm tình hình ở một số địa bàn còn chậm; việc đánh giá, công nhận mô hình "Dân vận khéo" ở vài nơi chạy theo số lượng; dân vận chính quyền trong giải quyết thủ tục hành chính về đất đai còn để người dân đi lại nhiều lần. Một số làng đồng bào sau khi thoát nghèo chưa bền vững, nguy cơ tái nghèo cao khi giá nông sản giảm.
Đồng chí Nguyễn Thanh Sơn đánh giá cao sự vào cuộc của cả hệ thống chính trị; yêu cầu năm 2020 tập trung thực hiện Chỉ thị số 18-CT/TU của Tỉnh ủy, chuẩn bị tốt cho đại hội đảng bộ các cấp, chú trọng nắm tình hình ở vùng đồng bào dân tộc thiểu số.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 22 tập thể, 31 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019; 14 xã đạt chuẩn nông thôn mới được nhận cờ thi đua.
Thanh Nhàn
Lượt xem: 2.031
Tin liên quan
- Chư Pưh ra mắt 20 mô hình dân vận khéo (19/12/2019)
- Hội nghị người có uy tín năm 2019 (12/12/2019)
- Ia Pa: trao 50 con bò cho hộ nghèo (05/12/2019)
""", "2019-12-27", "\"Dân vận khéo\" giúp 14 xã về đích nông thôn mới",
E("tong_ket", "2019", "2019-12-25"),
[P("Nguyễn Thanh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Bloi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Y Nhơn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hlinh", "Bí thư Đảng ủy xã Ia Der"),
 P("Puih Đoan", "Chủ tịch Hội Nông dân xã Ia Băng"),
 P("Siu H'Mai", "người có uy tín làng Bông")],
[Q("14 xã", 14, "xã"), Q("1.250 mô hình", 1250, "mô hình"), Q("48 mô hình tiêu biểu cấp tỉnh", 48, "mô hình tiêu biểu cấp tỉnh"),
 Q("trên 62 ha", 62, "ha", "over"), Q("126 tỷ đồng", 126000000000, "đồng"), Q("4.800 hộ", 4800, "hộ"),
 Q("86 người có uy tín", 86, "người có uy tín"), Q("7 xã", 7, "xã"), Q("35 thành viên", 35, "thành viên"),
 Q("16 hộ", 16, "hộ"), Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Chương trình hành động", "14", "CTr/TU", None, None, "Chương trình hành động số 14-CTr/TU"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 05-QC/BDVTU-UBND"),
 D("Chỉ thị", "18", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 18-CT/TU")],
[prov("Gia Lai"), com("Ia Der"), com("Ia Băng"), com("Chư Á")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ › Tin tức - Sự kiện", "Ảnh: Toàn cảnh hội nghị.",
 "Đồng chí Nguyễn Thanh Sơn phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "cầm tay chỉ việc", "Lượt xem: 2.031"],
["Cập nhật lúc 16:30 ngày 27/12/2019", "năm 2019", "năm 2020", "Lượt xem: 2.031"]))

PAGES.append(page("b4958-hanam-mttqhu-baocao-2020", """
Cổng thông tin điện tử huyện Lý Nhân - tỉnh Hà Nam
Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động
04.12.2020 | 10:12
Mặt trận huyện Lý Nhân báo cáo kết quả vận động nhân dân xây dựng nông thôn mới nâng cao năm 2020
Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lý Nhân vừa ban hành Báo cáo số 52/BC-MTTQ-BTT ngày 2/12/2020 về kết quả công tác vận động nhân dân tham gia xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu năm 2020. Báo cáo do đồng chí Trần Thị Thanh Hương, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện ký.
Theo báo cáo, thực hiện Nghị quyết số 07-NQ/HU ngày 15/3/2016 của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới nâng cao và Hướng dẫn 19, 20/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, năm 2020 Mặt trận các cấp đã vận động nhân dân đóng góp 37,8 tỷ đồng, hiến 8.600 m2 đất, trồng mới 12.500 cây xanh trên các tuyến đường. Toàn huyện có 22/22 xã đạt chuẩn nông thôn mới, trong đó 9 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu; 95,3% hộ gia đình đạt danh hiệu gia đình văn hóa.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai đến 213 khu dân cư; 168 khu dân cư được công nhận khu dân cư kiểu mẫu. Mặt trận các cấp đã phối hợp tổ chức 46 cuộc giám sát, 12 hội nghị phản biện xã hội đối với dự thảo đề án của UBND các xã. Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 1,9 tỷ đồng, hỗ trợ xây mới, sửa chữa 23 nhà Đại đoàn kết.
Báo cáo ghi nhận những cách làm sáng tạo: xã Nhân Chính với mô hình "Tuyến đường hoa phụ nữ", xã Nhân Mỹ với "Ngõ xóm sáng - xanh - sạch - đẹp"; các ông Trần Văn Dậu, Nguyễn Hữu Khang, Đỗ Văn Lượng - Trưởng ban công tác Mặt trận thôn, được đề nghị tặng Bằng khen của Ủy ban MTTQ tỉnh.
Bên cạnh kết quả đạt được, báo cáo chỉ ra một số hạn chế: việc phân loại rác thải tại nguồn mới đạt khoảng 40% số hộ; một số khu dân cư còn tình trạng đổ rác ven kênh; việc duy trì các tiêu chí sau khi đạt chuẩn ở một vài xã chưa bền vững.
Năm 2021, Mặt trận huyện đề ra mục tiêu phấn đấu thêm ít nhất 4 xã đạt chuẩn nông thôn mới nâng cao, tiếp tục thực hiện Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 88-KH/HU của Ban Thường vụ Huyện ủy.
Theo đồng chí Lê Văn Hiển, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, báo cáo đã được gửi Ban Thường vụ Huyện ủy và Ban Thường trực Ủy ban MTTQ tỉnh Hà Nam để làm căn cứ tổng kết 10 năm thực hiện cuộc vận động. Các xã sẽ lấy ý kiến của nhân dân về kết quả xây dựng nông thôn mới qua phiếu khảo sát sự hài lòng.
Văn Tùng
Tin khác
- Lý Nhân: hiệp thương giới thiệu người ứng cử (30/11/2020)
- Hội nghị phản biện dự thảo quy hoạch xã Nhân Thịnh (20/11/2020)
- Ngày hội Đại đoàn kết toàn dân tộc ở thôn Tiến Lực (18/11/2020)
""", "2020-12-04", "Mặt trận huyện Lý Nhân báo cáo kết quả vận động nhân dân xây dựng nông thôn mới nâng cao năm 2020",
E("bao_cao", "2020", "2020-12-02"),
[P("Trần Thị Thanh Hương", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Dậu", "Trưởng ban công tác Mặt trận thôn"),
 P("Nguyễn Hữu Khang", "Trưởng ban công tác Mặt trận thôn"),
 P("Đỗ Văn Lượng", "Trưởng ban công tác Mặt trận thôn"),
 P("Lê Văn Hiển", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("37,8 tỷ đồng", 37800000000, "đồng"), Q("8.600 m2", 8600, "m2"), Q("12.500 cây xanh", 12500, "cây xanh"),
 Q("22/22 xã", 22, "xã"), Q("9 xã", 9, "xã"), Q("2 xã", 2, "xã"), Q("95,3%", 95.3, "%"), Q("213 khu dân cư", 213, "khu dân cư"),
 Q("168 khu dân cư", 168, "khu dân cư"), Q("46 cuộc giám sát", 46, "cuộc giám sát"),
 Q("12 hội nghị phản biện xã hội", 12, "hội nghị phản biện xã hội"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("23 nhà Đại đoàn kết", 23, "nhà Đại đoàn kết"), Q("khoảng 40%", 40, "%", "approx"), Q("ít nhất 4 xã", 4, "xã", "over")],
[D("Báo cáo", "52", "BC-MTTQ-BTT", "2020-12-02", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lý Nhân", "Báo cáo số 52/BC-MTTQ-BTT ngày 2/12/2020"),
 D("Nghị quyết", "07", "NQ/HU", "2016-03-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU ngày 15/3/2016"),
 D("Hướng dẫn", "19", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 19, 20/HD-MTTQ-BTT"),
 D("Hướng dẫn", "20", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 19, 20/HD-MTTQ-BTT"),
 D("Quyết định", "1600", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg"),
 D("Kế hoạch", "88", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 88-KH/HU")],
[prov("Hà Nam"), com("Nhân Chính"), com("Nhân Mỹ")],
["Cổng thông tin điện tử huyện Lý Nhân - tỉnh Hà Nam", "Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Tuyến đường hoa phụ nữ",
 "Ngõ xóm sáng - xanh - sạch - đẹp"],
["04.12.2020 | 10:12", "năm 2020", "Năm 2021", "10 năm"]))

PAGES.append(page("b4959-kontum-bdvtu-soket-2021h1", """
BÁO KON TUM ĐIỆN TỬ
Chính trị › Xây dựng Đảng
09/07/2021 - 15:20
Khối dân vận vừa phòng, chống dịch vừa vận động đồng bào làm nông thôn mới
Sáng 7/7, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm với 11 điểm cầu, trong đó có 10 điểm cầu huyện, thành phố. Đồng chí A Đreo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Y Nga
Cùng dự có đồng chí Y Khuyên, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Thịnh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng qua khối dân vận các cấp triển khai Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới và về vận động đồng bào xây dựng nông thôn mới; Nghị quyết số 03-NQ/TU ngày 16/11/2020 của Tỉnh ủy về phát triển kinh tế vùng đồng bào dân tộc thiểu số. Trong phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, các đoàn thể đã vận động hơn 2.500 lượt người tham gia tổ tự quản, chốt kiểm soát ở thôn, làng.
Nhân dân đóng góp hơn 3.000 ngày công và 4,6 tỷ đồng làm đường, sửa nhà rông; 23 xã duy trì sinh hoạt tổ dân vận đều đặn. Toàn tỉnh có 5 xã vùng đồng bào dân tộc thiểu số được công nhận đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm 2,7%.
Tại điểm cầu huyện Kon Rẫy, ông A Thông, Bí thư Đảng ủy xã Đắk Ruồng, cho biết xã đã vận động 74 hộ đồng bào Xơ Đăng trồng 120 ha sâm dây và mắc ca. Bà Y Hồng Nhi, Phó Chủ tịch Hội LHPN huyện Đắk Glei, nêu cách đưa tuyên truyền phòng dịch vào sinh hoạt chi hội bằng tiếng Xơ Đăng. Ông A Nhiên, già làng làng Kon Klor, phường Thắng Lợi, đề nghị hỗ trợ kinh phí tu sửa nhà rông truyền thống.
Một số ý kiến nêu khó khăn: dịch bệnh kéo dài khiến nhiều cuộc họp dân phải hoãn; việc tiêu thụ nông sản của đồng bào gặp khó; một số lao động đi làm ăn xa trở về địa phương chưa có việc làm, tiềm ẩn nguy cơ vi phạm pháp luật.
Đồng chí Y Khuyên thông tin, Mặt trận các cấp đã phối hợp vận động cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đến từng thôn, làng; nhiều người có uy tín đi đầu hiến đất, góp công làm đường vào khu sản xuất. Tuy nhiên, việc sinh hoạt của tổ dân vận ở một số làng còn hình thức, nội dung chưa sát với đời sống đồng bào.
Kết luận hội nghị, đồng chí A Đreo yêu cầu 6 tháng cuối năm chú trọng dân vận chính quyền, vận động nhân dân tiêm vắc xin; mỗi cơ quan dân vận đăng ký ít nhất 1 mô hình "Dân vận khéo" gắn với nông thôn mới và tổng kết 3 năm thực hiện mô hình "Làng không có người vi phạm pháp luật".
Y Nga
Tin liên quan
- Đắk Hà: hội nghị người có uy tín năm 2021 (30/06/2021)
- Kon Plông ra mắt 6 mô hình dân vận khéo (22/06/2021)
- Tu Mơ Rông: trao 40 suất quà cho đồng bào (15/06/2021)
""", "2021-07-09", "Khối dân vận vừa phòng, chống dịch vừa vận động đồng bào làm nông thôn mới",
E("so_ket", "2021-H1", "2021-07-07"),
[P("A Đreo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khuyên", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thịnh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Thông", "Bí thư Đảng ủy xã Đắk Ruồng"),
 P("Y Hồng Nhi", "Phó Chủ tịch Hội LHPN huyện Đắk Glei"),
 P("A Nhiên", "già làng làng Kon Klor")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("hơn 2.500 lượt người", 2500, "lượt người", "over"), Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("23 xã", 23, "xã"), Q("5 xã vùng đồng bào dân tộc thiểu số", 5, "xã vùng đồng bào dân tộc thiểu số"),
 Q("2,7%", 2.7, "%"), Q("74 hộ đồng bào Xơ Đăng", 74, "hộ đồng bào Xơ Đăng"), Q("120 ha", 120, "ha"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị quyết", "03", "NQ/TU", "2020-11-16", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 16/11/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Kon Tum"), com("Đắk Ruồng"), com("Thắng Lợi")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Y Nga", "Dân vận khéo",
 "Làng không có người vi phạm pháp luật", "COVID-19",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["09/07/2021 - 15:20", "6 tháng đầu năm 2021", "6 tháng cuối năm", "3 năm", "COVID-19"]))

PAGES.append(page("b4960-bentre-bdvhu-giaoban-2022-05", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre
Xây dựng Đảng >> Dân vận
03/06/2022 08:30 GMT+7
Ảnh: Quang cảnh buổi giao ban.
Giồng Trôm: Giao ban khối dân vận, bàn cách giữ vững tiêu chí nông thôn mới
Chiều 1/6, Ban Dân vận Huyện ủy Giồng Trôm tổ chức giao ban khối dân vận tháng 5/2022. Đồng chí Lê Thị Bích Thủy, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ, các đoàn thể huyện và 21 đồng chí trưởng khối dân vận xã, thị trấn.
Trong tháng 5, khối dân vận tiếp tục quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05 và triển khai Kế hoạch số 27, 28-KH/HU của Huyện ủy về xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025 theo Quyết định 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ.
Kết quả, các đoàn thể vận động 37 hộ hiến 2.300 m2 đất mở rộng đường liên ấp ở xã Lương Hòa; tặng 550 cây dừa giống cho hộ nghèo; xây 15 nhà vệ sinh cho hộ khó khăn với tổng kinh phí khoảng 1,2 tỷ đồng. Hội Cựu chiến binh huyện ra mắt 3 tổ hợp tác nuôi dê; Huyện đoàn thực hiện 9 công trình thanh niên "Thắp sáng đường quê" dài 6,4 km.
Ông Nguyễn Văn Mến, Chủ tịch Ủy ban MTTQ xã Phong Nẫm, cho biết xã phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm nay, hiện còn 2 tiêu chí khó là thu nhập và môi trường. Bà Huỳnh Thị Kim Loan, Chủ tịch Hội LHPN xã Sơn Phú, nêu mô hình "Ấp 3 không" được 100% hộ dân đồng thuận. Ông Trần Quốc Nam, Trưởng ban công tác Mặt trận ấp 4, xã Lương Quới, đề nghị có cơ chế hỗ trợ hộ bị ảnh hưởng khi mở rộng đường.
Giao ban cũng phân tích nguyên nhân giá dừa giảm sâu khiến thu nhập nhiều hộ sụt giảm, ảnh hưởng tiêu chí thu nhập. Các đại biểu đề nghị phát triển hợp tác xã trồng dừa hữu cơ, liên kết doanh nghiệp bao tiêu sản phẩm.
Nhiều ý kiến cũng lưu ý việc tuyên truyền cho người dân hiểu rõ nông thôn mới nâng cao là để nâng chất lượng cuộc sống, không phải chạy theo thành tích, tránh huy động quá sức dân.
Kết luận giao ban, đồng chí Lê Thị Bích Thủy yêu cầu tháng 6 tập trung vận động nhân dân tham gia bảo vệ môi trường, phòng chống hạn mặn; khối dân vận các xã phân công cán bộ bám ấp, nắm tình hình tư tưởng nhân dân, kịp thời giải quyết kiến nghị ngay từ cơ sở, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Huyện ủy cũng thông tin kết quả sơ kết 1 năm thực hiện phong trào "Dân vận khéo" với 64 mô hình được đăng ký, trong đó 12 mô hình cấp huyện. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Võ Văn Hải, Đặng Thị Ngọc Hân phân công theo dõi từng cụm xã.
Hữu Hiệp
Các tin khác
- Mỏ Cày Nam: giao ban dân vận tháng 4/2022 (06/05/2022)
- Trao 10 căn nhà tình thương tại Châu Thành (28/04/2022)
- Ba Tri tổ chức đối thoại với nông dân (20/04/2022)
""", "2022-06-03", "Giồng Trôm: Giao ban khối dân vận, bàn cách giữ vững tiêu chí nông thôn mới",
E("giao_ban", "2022-05", "2022-06-01"),
[P("Lê Thị Bích Thủy", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Mến", "Chủ tịch Ủy ban MTTQ xã Phong Nẫm"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Hội LHPN xã Sơn Phú"),
 P("Trần Quốc Nam", "Trưởng ban công tác Mặt trận ấp 4"),
 P("Võ Văn Hải", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("21 đồng chí", 21, "đồng chí"), Q("37 hộ", 37, "hộ"), Q("2.300 m2", 2300, "m2"), Q("550 cây dừa giống", 550, "cây dừa giống"),
 Q("15 nhà vệ sinh", 15, "nhà vệ sinh"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("9 công trình thanh niên", 9, "công trình thanh niên"), Q("6,4 km", 6.4, "km"),
 Q("2 tiêu chí", 2, "tiêu chí"), Q("100% hộ dân", 100, "%"), Q("64 mô hình", 64, "mô hình"),
 Q("12 mô hình cấp huyện", 12, "mô hình cấp huyện")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", None, None, None, "Chỉ thị 05"),
 D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy", "Kế hoạch số 27, 28-KH/HU"),
 D("Kế hoạch", "28", "KH/HU", None, "Huyện ủy", "Kế hoạch số 27, 28-KH/HU"),
 D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định 263/QĐ-TTg ngày 22/2/2022")],
[prov("Bến Tre"), com("Lương Hòa"), com("Phong Nẫm"), com("Sơn Phú"), com("Lương Quới")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bến Tre", "Xây dựng Đảng >> Dân vận",
 "Ảnh: Quang cảnh buổi giao ban.", "Thắp sáng đường quê", "Ấp 3 không", "Dân vận khéo"],
["03/06/2022 08:30 GMT+7", "tháng 5/2022", "21 đồng chí", "2021 - 2025", "Ấp 3 không", "1 năm", "tháng 6"]))
