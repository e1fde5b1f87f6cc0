from lib import *
PAGES = []

PAGES.append(page("b461-quangbinh-lhpn-soket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH
Trang chủ >> Hoạt động Hội >> Tin tức
Thứ Năm, 14/07/2011 - 09:10
Hội LHPN tỉnh sơ kết công tác Hội 6 tháng đầu năm 2011
Ngày 12/7, Hội Liên hiệp Phụ nữ tỉnh Quảng Bình tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2011.
Toàn cảnh hội nghị sơ kết.
Dự hội nghị có đồng chí Trần Thị Lan Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; bà Đinh Thị Mai - Chủ tịch Hội LHPN tỉnh chủ trì hội nghị. Cùng dự có các bà Phạm Thị Thu, Hồ Thị Chiên, Cao Thị Lý - Phó Chủ tịch Hội LHPN tỉnh.
Trong 6 tháng, các cấp Hội đã vận động 1.284 hội viên phụ nữ tham gia cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"; giúp 215 hộ phụ nữ nghèo vay vốn với tổng dư nợ hơn 3,6 tỷ đồng thông qua 142 tổ tiết kiệm và vay vốn. Các cơ sở Hội đã tổ chức 86 buổi tuyên truyền Chỉ thị 03-CT/TW của Bộ Chính trị và Nghị quyết 11-NQ/TW về công tác phụ nữ, thu hút 9.750 lượt hội viên tham dự.
Hội đã phối hợp với Bộ đội Biên phòng tỉnh thăm, tặng 60 suất quà, mỗi suất 300.000 đồng cho phụ nữ người Bru - Vân Kiều ở các xã Thượng Trạch và Dân Hóa. Chị Hồ Thị Xoan, hội viên bản Cà Roòng, chia sẻ kinh nghiệm nuôi bò sinh sản.
Bà Đinh Thị Mai phát biểu kết luận hội nghị. Ảnh: Thu Hà
Phát biểu chỉ đạo, đồng chí Trần Thị Lan Hương đề nghị các cấp Hội thực hiện tốt Kế hoạch 27-KH/HPN ngày 05/01/2011 của Ban Thường vụ Hội LHPN tỉnh, phấn đấu cuối năm giảm thêm 4% hộ nghèo do phụ nữ làm chủ.
Dịp này, 12 tập thể và 25 cá nhân được tặng giấy khen.
Thu Hà
Lượt xem: 418
Tin liên quan
- Hội LHPN huyện Minh Hóa ra mắt 5 tổ hợp tác (02/07/2011)
- Phụ nữ Quảng Bình hưởng ứng Ngày Gia đình Việt Nam (28/06/2011)
""", "2011-07-14", "Hội LHPN tỉnh sơ kết công tác Hội 6 tháng đầu năm 2011",
E("so_ket", "2011-H1", "2011-07-12"),
[P("Trần Thị Lan Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Mai", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"), P("Hồ Thị Chiên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Cao Thị Lý", "Phó Chủ tịch Hội LHPN tỉnh"), P("Hồ Thị Xoan", "hội viên bản Cà Roòng")],
[Q("1.284 hội viên phụ nữ", 1284, "hội viên phụ nữ"), Q("215 hộ phụ nữ nghèo", 215, "hộ phụ nữ nghèo"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("142 tổ tiết kiệm và vay vốn", 142, "tổ tiết kiệm và vay vốn"),
 Q("86 buổi", 86, "buổi"), Q("9.750 lượt hội viên", 9750, "lượt hội viên"), Q("60 suất quà", 60, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("4% hộ nghèo", 4, "%"), Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "11", "NQ/TW", None, None, "Nghị quyết 11-NQ/TW"),
 D("Kế hoạch", "27", "KH/HPN", "2011-01-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 27-KH/HPN ngày 05/01/2011")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Dân Hóa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH", "Trang chủ >> Hoạt động Hội >> Tin tức", "Toàn cảnh hội nghị sơ kết.",
 "Bà Đinh Thị Mai phát biểu kết luận hội nghị. Ảnh: Thu Hà", "Xây dựng gia đình 5 không, 3 sạch", "Bộ đội Biên phòng tỉnh",
 "bản Cà Roòng", "Lượt xem: 418"],
["Thứ Năm, 14/07/2011 - 09:10", "5 không, 3 sạch", "6 tháng đầu năm", "6 tháng cuối năm 2011", "Lượt xem: 418"]))

PAGES.append(page("b462-kontum-bdv-tongket-2011", """
Cổng thông tin Ban Dân vận Tỉnh ủy Kon Tum
Hôm nay: 16/01/2012
Trang chủ | Tin hoạt động | Dân vận chính quyền
Toàn cảnh hội nghị.
Cập nhật: 10:20, 11/01/2012 (GMT+7)
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2012
Sáng 10/1, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012.
Đồng chí A Pớt, Phó Bí thư Thường trực Tỉnh ủy, dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Y Thị Bích Hạnh - TUV, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Jar, Nguyễn Văn Thắm.
Năm 2011, công tác dân vận trên địa bàn tỉnh có nhiều chuyển biến. Toàn tỉnh có 102 xã, phường, thị trấn triển khai phong trào "Dân vận khéo", xây dựng 436 mô hình. Nhân dân đã hiến 27.600 m2 đất, đóng góp 15.200 ngày công và khoảng 2,4 tỷ đồng làm đường giao thông nông thôn. Các cấp ủy đã tổ chức 68 cuộc đối thoại với 5.310 lượt người dân tham gia.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 14-CT/TU và Kế hoạch 32-KH/TU về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số; phối hợp thực hiện Quyết định 290-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị.
Đồng chí A Pớt phát biểu chỉ đạo hội nghị.
Ông A Thương, người có uy tín làng Kon Rờ Bàng, xã Vinh Quang, được biểu dương vì vận động 43 hộ bỏ tập tục lạc hậu.
Dịp này, 9 tập thể và 14 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Hồng Thái
Số lượt xem: 276
Tin khác
- Đăk Tô học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (05/01/2012)
- Gặp mặt người có uy tín năm 2011 (30/12/2011)
""", "2012-01-11", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2012",
E("tong_ket", "2011", "2012-01-10"),
[P("A Pớt", "Phó Bí thư Thường trực Tỉnh ủy"), P("Y Thị Bích Hạnh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Jar", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Thắm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thương", "người có uy tín làng Kon Rờ Bàng")],
[Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("436 mô hình", 436, "mô hình"),
 Q("27.600 m2", 27600, "m2"), Q("15.200 ngày công", 15200, "ngày công"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("68 cuộc đối thoại", 68, "cuộc đối thoại"), Q("5.310 lượt người dân", 5310, "lượt người dân"), Q("43 hộ", 43, "hộ"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14-CT/TU"),
 D("Kế hoạch", "32", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 32-KH/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 290-QĐ/TW của Ban Chấp hành Trung ương")],
[prov("Kon Tum"), com("Vinh Quang")],
["Cổng thông tin Ban Dân vận Tỉnh ủy Kon Tum", "Trang chủ | Tin hoạt động | Dân vận chính quyền", "Toàn cảnh hội nghị.",
 "Đồng chí A Pớt phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "làng Kon Rờ Bàng", "Số lượt xem: 276"],
["Hôm nay: 16/01/2012", "Cập nhật: 10:20, 11/01/2012 (GMT+7)", "năm 2011", "năm 2012", "Số lượt xem: 276"]))

PAGES.append(page("b463-soctrang-mttq-traoqua-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ » Hoạt động Mặt trận » Vì người nghèo
08:15 | 04/02/2013
Trao 1.500 phần quà Tết cho hộ nghèo đồng bào Khmer
Ông Lâm Văn Mẫn trao quà cho hộ nghèo xã Lâm Tân. Ảnh: Kim Ngân
Từ ngày 1 đến 3/2, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp với các nhà hảo tâm trao 1.500 phần quà Tết Quý Tỵ 2013 cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại 3 huyện Thạnh Trị, Trần Đề, Vĩnh Châu.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 200.000 đồng tiền mặt, tổng trị giá khoảng 750 triệu đồng. Đoàn do ông Lâm Văn Mẫn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn; cùng đi có Hòa thượng Danh Đổng, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, và ông Thạch Sô Phal, Trưởng ban Dân tộc tỉnh.
Tại xã Lâm Tân, đoàn thăm gia đình bà Sơn Thị Sà Rinh, 72 tuổi, neo đơn. Tại phường Vĩnh Phước, đoàn trao 5 căn nhà "Đại đoàn kết", mỗi căn trị giá 40 triệu đồng, từ Quỹ "Vì người nghèo" tỉnh.
Ông Lâm Văn Mẫn cho biết, năm 2012, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 18 tỷ đồng, xây mới và sửa chữa 1.126 căn nhà, thực hiện theo Quyết định 1150/QĐ-UBND của UBND tỉnh và Kế hoạch liên tịch 05/KHLT-MTTQ-UBND.
Dự kiến trước Tết, Mặt trận các cấp sẽ trao thêm 3.200 suất quà cho hộ nghèo trong toàn tỉnh.
Kim Ngân
Lượt xem: 1.033
Tin liên quan
- Sóc Trăng: Ra quân "Tết vì người nghèo" (25/01/2013)
- Mặt trận huyện Mỹ Xuyên trao 200 suất quà (20/01/2013)
- Vĩnh Châu: Bàn giao nhà Đại đoàn kết cho hộ nghèo Khmer (15/01/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa VIII (10/01/2013)
""", "2013-02-04", "Trao 1.500 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2013-02-01"),
[P("Lâm Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Đổng", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Sô Phal", "Trưởng ban Dân tộc tỉnh")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("3 huyện", 3, "huyện"), Q("10 kg gạo", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 750 triệu đồng", 750000000, "đồng", "approx"), Q("5 căn nhà", 5, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("1.126 căn nhà", 1126, "căn nhà"), Q("3.200 suất quà", 3200, "suất quà")],
[D("Quyết định", "1150", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1150/QĐ-UBND của UBND tỉnh"),
 D("Kế hoạch liên tịch", "05", "KHLT-MTTQ-UBND", None, None, "Kế hoạch liên tịch 05/KHLT-MTTQ-UBND")],
[prov("Sóc Trăng"), com("Lâm Tân"), com("Vĩnh Phước")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ » Hoạt động Mặt trận » Vì người nghèo",
 "Ông Lâm Văn Mẫn trao quà cho hộ nghèo xã Lâm Tân. Ảnh: Kim Ngân", "Vì người nghèo", "Đại đoàn kết", "Sơn Thị Sà Rinh",
 "Thạnh Trị", "Trần Đề", "Lượt xem: 1.033"],
["08:15 | 04/02/2013", "72 tuổi", "Tết Quý Tỵ 2013", "năm 2012", "Lượt xem: 1.033"]))

PAGES.append(page("b464-gialai-hnd-doithoai-2014", """
HỘI NÔNG DÂN TỈNH GIA LAI
Giới thiệu | Tin tức - Sự kiện | Phong trào nông dân
17/05/2014 - 10:05
Chủ tịch UBND tỉnh đối thoại với hơn 400 nông dân
Quang cảnh buổi đối thoại. Ảnh: Hoàng Ngọc
Ngày 16/5, tại Pleiku, Hội Nông dân tỉnh phối hợp với UBND tỉnh Gia Lai tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2014. Hơn 400 nông dân là người Jrai, Bahnar và người Kinh đến từ 17 huyện, thị xã, thành phố tham dự.
Chủ trì đối thoại có ông Phạm Thế Dũng, Chủ tịch UBND tỉnh; ông Ksor Phước, Tỉnh ủy viên - Chủ tịch Hội Nông dân tỉnh. Cùng dự có các ông: Rơ Châm Long, Siu Thanh, Trần Quang Khải - Phó Chủ tịch Hội Nông dân tỉnh; ông Nguyễn Đức Hoàng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Nông dân đã nêu 37 ý kiến, kiến nghị, tập trung vào giá cà phê giảm từ 42.000 đồng/kg xuống còn 38.500 đồng/kg, vốn vay tái canh và đất sản xuất. Ông Rahlan Ngơn ở xã Ia Dom đề nghị tăng mức cho vay từ Quỹ hỗ trợ nông dân lên 50 triệu đồng/hộ.
Ông Ksor Phước trả lời ý kiến của nông dân.
Ông Phạm Thế Dũng cho biết tỉnh đang thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án; đồng thời chỉ đạo thực hiện đề án 21 "Tái canh cà phê" của UBND tỉnh, dự kiến tái canh 4.500 ha trong năm 2014.
Năm 2013, Quỹ hỗ trợ nông dân các cấp trong tỉnh đạt khoảng 26 tỷ đồng, giúp 2.140 hộ vay vốn.
Hoàng Ngọc
Lượt truy cập: 3.254
Các tin khác
- Ia Grai: Tập huấn kỹ thuật trồng hồ tiêu (10/05/2014)
- Nông dân Chư Sê thi đua sản xuất giỏi (02/05/2014)
""", "2014-05-17", "Chủ tịch UBND tỉnh đối thoại với hơn 400 nông dân",
E("doi_thoai", "2014", "2014-05-16"),
[P("Phạm Thế Dũng", "Chủ tịch UBND tỉnh"), P("Ksor Phước", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Rơ Châm Long", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Siu Thanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Quang Khải", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Đức Hoàng", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"), P("Rahlan Ngơn")],
[Q("hơn 400 nông dân", 400, "nông dân", "over"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("42.000 đồng/kg", 42000, "đồng"), Q("38.500 đồng/kg", 38500, "đồng"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("4.500 ha", 4500, "ha"), Q("khoảng 26 tỷ đồng", 26000000000, "đồng", "approx"),
 Q("2.140 hộ", 2140, "hộ")],
[D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Đề án", "21", None, None, "UBND tỉnh", "đề án 21 \"Tái canh cà phê\" của UBND tỉnh")],
[prov("Gia Lai"), com("Ia Dom")],
["HỘI NÔNG DÂN TỈNH GIA LAI", "Giới thiệu | Tin tức - Sự kiện | Phong trào nông dân", "Quang cảnh buổi đối thoại. Ảnh: Hoàng Ngọc",
 "Ông Ksor Phước trả lời ý kiến của nông dân.", "Tái canh cà phê", "Pleiku", "Quỹ hỗ trợ nông dân", "Lượt truy cập: 3.254"],
["17/05/2014 - 10:05", "năm 2014", "Năm 2013", "Lượt truy cập: 3.254"]))

PAGES.append(page("b465-binhdinh-tinhdoan-taphuan-2015", """
TỈNH ĐOÀN BÌNH ĐỊNH - Cổng thông tin tuổi trẻ
Bạn đang ở: Trang chủ › Công tác Đoàn › Tin hoạt động
Ngày đăng 24/03/2015 | 16:20
Tập huấn nghiệp vụ cho 210 Bí thư Đoàn cơ sở
Trong 2 ngày 23 và 24/3, Ban Thường vụ Tỉnh đoàn Bình Định tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội, Đội năm 2015 cho 210 Bí thư, Phó Bí thư Đoàn xã, phường, thị trấn trong tỉnh.
Anh Lê Văn Tùng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, phát biểu khai mạc lớp tập huấn. Ảnh: Minh Quân
Các học viên được nghe anh Lê Văn Tùng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, quán triệt Chỉ thị 42-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng cho thế hệ trẻ; chị Đinh Thị Hà, Phó Bí thư Tỉnh đoàn, hướng dẫn triển khai Kế hoạch 08, 09-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về chiến dịch "Thanh niên tình nguyện hè" năm 2015.
Ngoài ra, các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn: Võ Minh Trí, Đinh Văn Pho, Nguyễn Thị Kim Oanh hướng dẫn kỹ năng tổ chức hoạt động và công tác đoàn viên. Anh Đinh Văn Pho là người Bana ở xã An Toàn.
Năm 2014, các cơ sở Đoàn trong tỉnh đã kết nạp 6.820 đoàn viên mới, tổ chức 1.350 lượt hoạt động tình nguyện, làm mới 48 km đường bê tông nông thôn với kinh phí hơn 1,1 tỷ đồng. Phong trào "3 trách nhiệm" và "5 xung kích" tiếp tục được đẩy mạnh.
Kết thúc lớp tập huấn, 210 học viên đều đạt yêu cầu.
Thanh Phong
Lượt xem: 389
Tin liên quan
- Tuổi trẻ Bình Định ra quân Tháng Thanh niên 2015 (04/03/2015)
- Hoài Nhơn: Đại hội Hội LHTN Việt Nam huyện (01/03/2015)
""", "2015-03-24", "Tập huấn nghiệp vụ cho 210 Bí thư Đoàn cơ sở",
E("tap_huan", "2015", "2015-03-23"),
[P("Lê Văn Tùng", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"), P("Đinh Thị Hà", "Phó Bí thư Tỉnh đoàn"),
 P("Võ Minh Trí", "Ủy viên Ban Thường vụ Tỉnh đoàn"), P("Đinh Văn Pho", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh đoàn")],
[Q("210 Bí thư", 210, "Bí thư"), Q("6.820 đoàn viên mới", 6820, "đoàn viên mới"),
 Q("1.350 lượt hoạt động tình nguyện", 1350, "lượt hoạt động tình nguyện"), Q("48 km", 48, "km"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "08", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 08, 09-KH/TĐTN"),
 D("Kế hoạch", "09", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 08, 09-KH/TĐTN")],
[prov("Bình Định"), com("An Toàn")],
["TỈNH ĐOÀN BÌNH ĐỊNH - Cổng thông tin tuổi trẻ", "Bạn đang ở: Trang chủ › Công tác Đoàn › Tin hoạt động",
 "Anh Lê Văn Tùng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, phát biểu khai mạc lớp tập huấn. Ảnh: Minh Quân",
 "Thanh niên tình nguyện hè", "3 trách nhiệm", "5 xung kích", "Lượt xem: 389"],
["Ngày đăng 24/03/2015 | 16:20", "2 ngày 23 và 24/3", "năm 2015", "Năm 2014", "3 trách nhiệm", "5 xung kích", "Lượt xem: 389"]))

PAGES.append(page("b466-camau-ccb-giaoban-2016", """
HỘI CỰU CHIẾN BINH TỈNH CÀ MAU
Trang chủ / Tin tức / Hoạt động Hội
Thứ Sáu, 08/07/2016
Giao ban công tác Hội quý II
Ngày 7/7, Thường trực Hội Cựu chiến binh tỉnh Cà Mau tổ chức giao ban công tác Hội quý II năm 2016 với 9 huyện, thành phố.
Đại tá Trần Văn Hiếu, Chủ tịch Hội CCB tỉnh, chủ trì giao ban. Ảnh: Út Tâm
Chủ trì giao ban có Đại tá Trần Văn Hiếu, Chủ tịch Hội CCB tỉnh; Thượng tá Dương Văn Bé và ông Lý Văn Sĩ, Phó Chủ tịch Hội CCB tỉnh. Đồng chí Huỳnh Thị Nga, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, dự và phát biểu.
Trong quý II, các cấp Hội kết nạp 312 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 21.460 người. Hội đã giúp 58 hộ CCB nghèo thoát nghèo, hỗ trợ xây 14 căn nhà "Nghĩa tình đồng đội" với tổng kinh phí 560 triệu đồng. 31 đồng chí được Hội giới thiệu để cấp ủy xem xét kết nạp Đảng và bố trí công tác ở ấp, khóm.
Các cơ sở Hội đã tuyên truyền Chỉ thị 05-CT/TW của Bộ Chính trị và Hướng dẫn 12/HD-CCB của Thường trực Hội CCB tỉnh về phong trào "Cựu chiến binh gương mẫu" cho 9.100 lượt hội viên.
Quý III, Hội tập trung thực hiện Chương trình phối hợp 03/CTrPH-CCB-NHCSXH với Ngân hàng Chính sách xã hội tỉnh, phấn đấu dư nợ ủy thác đạt 95 tỷ đồng.
Út Tâm
Lượt xem: 207
Tin khác
- CCB xã Khánh Bình Tây phát triển kinh tế (28/06/2016)
- Hội CCB Năm Căn họp mặt truyền thống (15/06/2016)
- Cựu chiến binh Đầm Dơi chung tay xây dựng nông thôn mới (09/06/2016)
- Thường trực Hội CCB tỉnh làm việc với Hội CCB huyện U Minh (01/06/2016)
- Tập huấn nghiệp vụ công tác Hội năm 2016 cho chủ tịch Hội cơ sở (20/05/2016)
""", "2016-07-08", "Giao ban công tác Hội quý II",
E("giao_ban", "2016-Q2", "2016-07-07"),
[P("Trần Văn Hiếu", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Dương Văn Bé", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lý Văn Sĩ", "Phó Chủ tịch Hội CCB tỉnh"), P("Huỳnh Thị Nga", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("312 hội viên mới", 312, "hội viên mới"), Q("21.460 người", 21460, "người"),
 Q("58 hộ CCB nghèo", 58, "hộ CCB nghèo"), Q("14 căn nhà", 14, "căn nhà"), Q("560 triệu đồng", 560000000, "đồng"),
 Q("31 đồng chí", 31, "đồng chí"), Q("9.100 lượt hội viên", 9100, "lượt hội viên"), Q("95 tỷ đồng", 95000000000, "đồng")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Hướng dẫn", "12", "HD-CCB", None, "Thường trực Hội CCB tỉnh", "Hướng dẫn 12/HD-CCB của Thường trực Hội CCB tỉnh"),
 D("Chương trình phối hợp", "03", "CTrPH-CCB-NHCSXH", None, None, "Chương trình phối hợp 03/CTrPH-CCB-NHCSXH")],
[prov("Cà Mau")],
["HỘI CỰU CHIẾN BINH TỈNH CÀ MAU", "Trang chủ / Tin tức / Hoạt động Hội",
 "Đại tá Trần Văn Hiếu, Chủ tịch Hội CCB tỉnh, chủ trì giao ban. Ảnh: Út Tâm", "Nghĩa tình đồng đội",
 "Cựu chiến binh gương mẫu", "Trần Văn Thời", "Lượt xem: 207"],
["Thứ Sáu, 08/07/2016", "quý II năm 2016", "31 đồng chí", "Quý III", "Lượt xem: 207"]))
