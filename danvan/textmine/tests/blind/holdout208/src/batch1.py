from lib import *
PAGES = []

PAGES.append(page("b4949-hatinh-mttq-hoinghi-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Bạn đang ở: Trang chủ > Tin tức > Hoạt động Mặt trận
Thứ Sáu, 18/11/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Hà Tĩnh: Đưa cuộc vận động về khu dân cư gắn với xây dựng nông thôn mới
Ngày 16/11/2011, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị triển khai cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới năm 2011. Đồng chí Nguyễn Đình Thảo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Thị Hoài, Phan Văn Cừ và 235 đại biểu đến từ 12 huyện, thị xã.
Đồng chí Nguyễn Đình Thảo phát biểu tại hội nghị.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ tỉnh, sau hơn 1 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới theo Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ, các cấp Mặt trận đã vận động nhân dân hiến trên 186.000 m2 đất, đóng góp hơn 42,5 tỷ đồng và 96.000 ngày công để làm 317 km đường giao thông nông thôn. Có 1.428 hộ gia đình tự nguyện tháo dỡ tường rào, công trình phụ để mở rộng đường thôn. Tỷ lệ hộ đạt danh hiệu gia đình văn hóa đạt 78,6%.
Thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 24/KH-MTTQ-BTT ngày 10/10/2011 và Hướng dẫn 05, 06/HD-MTTQ-BTT về đăng ký, bình xét khu dân cư văn hóa gắn với tiêu chí nông thôn mới.
Tại hội nghị, ông Trần Xuân Lộc, Bí thư Đảng ủy, Chủ tịch HĐND xã Thạch Đài, cho biết xã đã vận động 214 hộ hiến đất, không phải bồi thường đồng nào. Bà Hồ Thị Minh Nguyệt, Chủ tịch Ủy ban MTTQ xã Cẩm Bình, kiến nghị tỉnh sớm có cơ chế hỗ trợ xi măng cho thôn nghèo. Ông Đặng Văn Khôi, Trưởng ban công tác Mặt trận thôn Trung Hòa, xã Kỳ Phong, chia sẻ cách làm "việc làng, làng bàn" khiến nhiều hộ tự giác góp công.
Phát biểu chỉ đạo, đồng chí Trần Đức Hạnh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo xây dựng nông thôn mới tỉnh đề nghị các cấp Mặt trận lấy khu dân cư làm địa bàn chính, công khai mọi khoản đóng góp, không để dân bức xúc vì huy động quá sức.
Dịp này, Ủy ban MTTQ tỉnh và 5 tổ chức chính trị - xã hội ký kết Chương trình phối hợp số 03/CTrPH-MTTQ-BTT về vận động hội viên, đoàn viên tham gia xây dựng nông thôn mới; tặng Bằng khen cho 26 tập thể xuất sắc và 41 cá nhân tiêu biểu.
Minh Hà
Lượt xem: 1.204
Tin liên quan
- Cẩm Xuyên: 3 xã ra mắt mô hình khu dân cư tự quản (10/11/2011)
- Mặt trận xã Thạch Đài vận động hiến 5.000 m2 đất làm đường (02/11/2011)
- Tập huấn công tác Mặt trận cho 120 trưởng ban công tác Mặt trận (25/10/2011)
- Hương Khê: trao 40 nhà Đại đoàn kết (14/10/2011)
""", "2011-11-18", "Hà Tĩnh: Đưa cuộc vận động về khu dân cư gắn với xây dựng nông thôn mới",
E("hoi_nghi", "2011", "2011-11-16"),
[P("Nguyễn Đình Thảo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hoài", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Cừ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Xuân Lộc", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Thạch Đài"),
 P("Hồ Thị Minh Nguyệt", "Chủ tịch Ủy ban MTTQ xã Cẩm Bình"),
 P("Đặng Văn Khôi", "Trưởng ban công tác Mặt trận thôn Trung Hòa"),
 P("Trần Đức Hạnh", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo xây dựng nông thôn mới tỉnh")],
[Q("235 đại biểu", 235, "đại biểu"), Q("12 huyện, thị xã", 12, "huyện, thị xã"),
 Q("trên 186.000 m2", 186000, "m2", "over"), Q("hơn 42,5 tỷ đồng", 42500000000, "đồng", "over"),
 Q("96.000 ngày công", 96000, "ngày công"), Q("317 km", 317, "km"), Q("1.428 hộ gia đình", 1428, "hộ gia đình"),
 Q("78,6%", 78.6, "%"), Q("214 hộ", 214, "hộ"), Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội"),
 Q("26 tập thể xuất sắc", 26, "tập thể xuất sắc"), Q("41 cá nhân tiêu biểu", 41, "cá nhân tiêu biểu")],
[D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "24", "KH-MTTQ-BTT", "2011-10-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 24/KH-MTTQ-BTT ngày 10/10/2011"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 05, 06/HD-MTTQ-BTT"),
 D("Hướng dẫn", "06", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 05, 06/HD-MTTQ-BTT"),
 D("Chương trình phối hợp", "03", "CTrPH-MTTQ-BTT", None, None, "Chương trình phối hợp số 03/CTrPH-MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Thạch Đài"), com("Cẩm Bình"), com("Kỳ Phong")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động Mặt trận", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Nguyễn Đình Thảo phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "việc làng, làng bàn", "Lượt xem: 1.204"],
["Thứ Sáu, 18/11/2011 - 09:30", "năm 2011", "hơn 1 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b4950-bacgiang-bdvhu-soket-2012", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ › Xây dựng Đảng › Dân vận
Cập nhật: 14:05, 20/07/2012 (GMT+7)
Lục Nam: "Dân vận khéo" góp sức xây dựng nông thôn mới
(BGĐT) - Sáng 18/7, Ban Dân vận Huyện ủy Lục Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Ngô Thị Thanh Huyền, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang Thân Văn Khoa và 31 đồng chí là trưởng khối dân vận các xã, thị trấn.
Quang cảnh hội nghị sơ kết. Ảnh: Ngọc Lan
Theo báo cáo, 6 tháng qua khối dân vận huyện tập trung tuyên truyền Nghị quyết số 05-NQ/HU ngày 12/4/2011 của Huyện ủy về xây dựng nông thôn mới giai đoạn 2011 - 2015 và Kết luận 45, 46-KL/HU của Ban Thường vụ Huyện ủy về thực hiện Quy chế dân chủ ở cơ sở. Ban Dân vận Huyện ủy ban hành kế hoạch số 18-KH/BDVHU về xây dựng mô hình "Dân vận khéo" trong giao thông nông thôn.
Kết quả, toàn huyện đã vận động 3.260 hộ hiến 52.400 m2 đất, nhân dân góp 8,6 tỷ đồng xây dựng 14,2 km đường bê tông; 22/25 xã đã hoàn thành quy hoạch nông thôn mới. 86 tổ dân vận thôn, bản duy trì sinh hoạt đều; các đoàn thể tổ chức 1.150 lượt người tham gia dọn vệ sinh, trồng cây theo phong trào "3 sạch".
Các ông Hoàng Văn Tám, La Văn Sình, Trần Văn Kiểm - Bí thư chi bộ kiêm Trưởng thôn được hội nghị biểu dương vì đã vận động thôn mình hiến đất không lấy tiền đền bù. Ông Hoàng Văn Tám chia sẻ: "Cán bộ phải hiến trước thì dân mới theo".
Đồng chí Nguyễn Văn Quyết, Bí thư Đảng ủy xã Cương Sơn, cho biết xã còn 2 thôn vướng mắc vì một số hộ đòi bồi thường cây trồng. Bà Dương Thị Nhàn, Chủ tịch Hội LHPN xã Lục Sơn, nêu cách làm "mỗi hội viên vận động một gia đình" giúp xã về đích tiêu chí môi trường.
Phát biểu tại hội nghị, đồng chí Thân Văn Khoa đánh giá Lục Nam là một trong những huyện làm tốt công tác dân vận trong xây dựng nông thôn mới; đề nghị 6 tháng cuối năm tiếp tục nhân rộng mô hình ở xã Nghĩa Phương, chú trọng dân vận chính quyền, công khai các khoản huy động để dân bàn, dân làm, dân kiểm tra.
Kết luận hội nghị, đồng chí Ngô Thị Thanh Huyền giao các xã phấn đấu có ít nhất 1 mô hình "Dân vận khéo" mỗi xã và hoàn thành 100% kế hoạch kiểm tra trước ngày 30/11.
Nhiều ý kiến cũng chỉ ra hạn chế: một số nơi còn làm thay dân, chưa thật sự để người dân tham gia bàn bạc từ đầu; việc công khai thu, chi các khoản đóng góp ở vài thôn chưa kịp thời nên còn có ý kiến thắc mắc. Công tác nắm tình hình tư tưởng nhân dân ở các thôn vùng giáp ranh chưa thường xuyên.
Ngọc Lan
Tin khác
- Lạng Giang: 1.200 hộ ký cam kết giữ gìn vệ sinh môi trường (13/07/2012)
- Yên Thế sơ kết 2 năm thực hiện Quy chế dân vận (06/07/2012)
- Tân Yên: Hội Nông dân vận động hội viên làm đường nội đồng (29/06/2012)
""", "2012-07-20", "Lục Nam: \"Dân vận khéo\" góp sức xây dựng nông thôn mới",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Ngô Thị Thanh Huyền", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thân Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang"),
 P("Hoàng Văn Tám", "Bí thư chi bộ kiêm Trưởng thôn"),
 P("La Văn Sình", "Bí thư chi bộ kiêm Trưởng thôn"),
 P("Trần Văn Kiểm", "Bí thư chi bộ kiêm Trưởng thôn"),
 P("Nguyễn Văn Quyết", "Bí thư Đảng ủy xã Cương Sơn"),
 P("Dương Thị Nhàn", "Chủ tịch Hội LHPN xã Lục Sơn")],
[Q("31 đồng chí", 31, "đồng chí"), Q("3.260 hộ", 3260, "hộ"), Q("52.400 m2", 52400, "m2"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("14,2 km", 14.2, "km"), Q("22/25 xã", 22, "xã"),
 Q("86 tổ dân vận", 86, "tổ dân vận"), Q("1.150 lượt người", 1150, "lượt người"), Q("2 thôn", 2, "thôn"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "05", "NQ/HU", "2011-04-12", "Huyện ủy", "Nghị quyết số 05-NQ/HU ngày 12/4/2011"),
 D("Kết luận", "45", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 45, 46-KL/HU"),
 D("Kết luận", "46", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 45, 46-KL/HU"),
 D("Kế hoạch", "18", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "kế hoạch số 18-KH/BDVHU")],
[prov("Bắc Giang"), com("Cương Sơn"), com("Lục Sơn"), com("Nghĩa Phương")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ › Xây dựng Đảng › Dân vận", "Quang cảnh hội nghị sơ kết. Ảnh: Ngọc Lan", "(BGĐT)",
 "Dân vận khéo", "3 sạch", "mỗi hội viên vận động một gia đình"],
["Cập nhật: 14:05, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "31 đồng chí", "2011 - 2015", "3 sạch", "ngày 30/11"]))

PAGES.append(page("b4951-daklak-bdvtu-giaoban-2013q3", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Hôm nay: Thứ Bảy, 12/10/2013
Trang chủ >> Hoạt động >> Tin trong tỉnh
Khối dân vận giao ban: tập trung vận động đồng bào buôn làm nông thôn mới
08:15 | 10/10/2013
Ngày 8/10, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban khối dân vận quý III năm 2013, triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Thị Hồng Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Y Brơm Niê, Trần Quang Vinh.
Toàn cảnh buổi giao ban. Ảnh: H.Ly
Báo cáo cho thấy, trong quý, các cơ quan khối dân vận đã phối hợp triển khai Chỉ thị 03, 04-CT/TU của Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số tại chỗ và về xây dựng buôn văn hóa gắn với nông thôn mới. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 112-KH/BDVTU ngày 2/7/2013 hướng dẫn các huyện chọn xã điểm theo Bộ tiêu chí quốc gia ban hành tại Quyết định số 491/QĐ-TTg ngày 16/4/2009 của Thủ tướng Chính phủ.
Đến nay toàn tỉnh có 467 buôn đồng bào dân tộc thiểu số đăng ký xây dựng buôn văn hóa; số hộ nghèo giảm 2.315 hộ so với đầu năm; 9 xã đạt từ 10 tiêu chí trở lên, xã Ea Kao cơ bản đạt 15 tiêu chí. Hội Nông dân tỉnh đã trao 120 con bò giống cho hộ nghèo ở các xã vùng sâu, trị giá 1,56 tỷ đồng. Việc giải ngân vốn hỗ trợ mới đạt 35% kế hoạch năm.
Ông Y Jut Mlô, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh, cho biết nhiều hộ ở buôn Ea Tul còn trông chờ, chưa mạnh dạn vay vốn. Bà H'Lim Byă, Phó Chủ tịch Hội LHPN tỉnh, đề nghị lồng ghép vận động phụ nữ với dạy nghề dệt thổ cẩm. Ông Phạm Ngọc Đức, TUV, Phó Chủ tịch UBND tỉnh, đề nghị các đoàn thể giúp xã Cư Suê giải quyết dứt điểm 6 vụ tranh chấp đất rẫy kéo dài.
Các ý kiến tại giao ban cũng nêu rõ, ở một số buôn việc vận động đồng bào làm chuồng trại xa nhà ở, xây dựng nhà vệ sinh hợp vệ sinh còn chậm do tập quán sinh hoạt lâu đời và điều kiện kinh tế khó khăn. Một số cán bộ cơ sở chưa nói được tiếng dân tộc nên việc tuyên truyền còn phải qua người phiên dịch, hiệu quả chưa cao. Đại diện Tỉnh đoàn đề nghị giao cho đoàn viên thanh niên người đồng bào làm nòng cốt ở từng buôn, kết hợp chiếu phim, văn nghệ để thu hút bà con.
Đồng chí Trần Quang Vinh thông tin thêm về tình hình an ninh nông thôn, đề nghị các cơ quan khối dân vận nắm chắc dư luận trong mùa thu hoạch cà phê, không để kẻ xấu lợi dụng tranh chấp đất đai kích động người dân.
Kết luận giao ban, đồng chí Nguyễn Thị Hồng Lan yêu cầu quý IV mỗi cơ quan khối dân vận nhận đỡ đầu ít nhất một buôn, phát huy vai trò già làng, người có uy tín; báo cáo kết quả về Ban trước ngày 15/12.
Hoài Ly
Tin cùng chuyên mục
- Krông Bông: Giao ban dân vận cụm xã (03/10/2013)
- Tuyên dương 58 người có uy tín tiêu biểu (20/09/2013)
- Ea H'leo ra mắt mô hình "Buôn không có tội phạm" (11/09/2013)
- Đối thoại với nông dân về giá cà phê (05/09/2013)
""", "2013-10-10", "Khối dân vận giao ban: tập trung vận động đồng bào buôn làm nông thôn mới",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Nguyễn Thị Hồng Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Brơm Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Jut Mlô", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("H'Lim Byă", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Ngọc Đức", "TUV", "Phó Chủ tịch UBND tỉnh")],
[Q("467 buôn đồng bào dân tộc thiểu số", 467, "buôn đồng bào dân tộc thiểu số"), Q("2.315 hộ", 2315, "hộ"),
 Q("9 xã", 9, "xã"), Q("từ 10 tiêu chí trở lên", 10, "tiêu chí", "over"), Q("15 tiêu chí", 15, "tiêu chí"),
 Q("120 con bò giống", 120, "con bò giống"), Q("1,56 tỷ đồng", 1560000000, "đồng"), Q("35%", 35, "%"),
 Q("6 vụ tranh chấp đất rẫy", 6, "vụ tranh chấp đất rẫy")],
[D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "112", "KH/BDVTU", "2013-07-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 2/7/2013"),
 D("Quyết định", "491", "QĐ-TTg", "2009-04-16", "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg ngày 16/4/2009")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Cư Suê")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Hoạt động >> Tin trong tỉnh", "Toàn cảnh buổi giao ban. Ảnh: H.Ly"],
["Hôm nay: Thứ Bảy, 12/10/2013", "08:15 | 10/10/2013", "quý III năm 2013", "quý IV", "ngày 15/12"]))

PAGES.append(page("b4952-soctrang-xadaian2-doithoai-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI ÂN 2 - HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Xây dựng nông thôn mới
Ngày đăng 26/09/2014 | 16:20
Đại Ân 2 đối thoại với nhân dân về làm đường, hiến đất xây dựng nông thôn mới
Chiều 24/9, Đảng ủy, UBND xã Đại Ân 2 tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2014, tập trung vào việc vận động hiến đất làm đường và chuyển đổi cơ cấu cây trồng trong xây dựng nông thôn mới. Đồng chí Thạch Sô Phal, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có hơn 150 đại biểu là người dân 7 ấp, trong đó có 64 hộ đồng bào Khmer.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Mở đầu, ông Lâm Văn Tài, Phó Chủ tịch UBND xã, báo cáo tiến độ: xã đạt 12/19 tiêu chí; năm 2014 phấn đấu có 80% trở lên số hộ dùng nước sạch. Xã đang triển khai Nghị quyết số 09-NQ/ĐU ngày 15/1/2014 của Đảng ủy xã và Quyết định 45, 46/QĐ-UBND của UBND huyện về đầu tư 2 tuyến đường liên ấp, tổng vốn 3,2 tỷ đồng, trong đó dân góp khoảng 600 triệu đồng.
Tại buổi đối thoại, 42 ý kiến được nêu. Ông Kim Sa Vết, người có uy tín ấp Sóc Lèo, hỏi về việc bồi thường cho 31 hộ ở ấp Sóc Lèo có đất nằm trong hành lang tuyến đường. Bà Lâm Thị Sa Phia, Chi hội trưởng Chi hội Phụ nữ ấp Giồng Chát, đề nghị xã hỗ trợ vay vốn nuôi bò theo Nghị định số 41/2010/NĐ-CP của Chính phủ. Ông Sơn Ngọc Tha, Trưởng ấp Thạnh Điền, phản ánh tình trạng rác thải ven kênh.
Trả lời các ý kiến, đồng chí Thạch Sô Phal cho biết tuyến đường dài trên 3,5 km được thiết kế theo nguyên tắc dân bàn, dân làm; hộ hiến đất được miễn góp tiền mặt. Xã sẽ phối hợp Ngân hàng Chính sách xã hội giải ngân 1,8 tỷ đồng cho 90 hộ vay nuôi bò trong quý IV.
Ông Danh Thươl, Chủ tịch Ủy ban MTTQ xã, đề nghị các ấp đưa nội dung "5 không, 3 sạch" vào hương ước. Kết thúc buổi đối thoại, nhiều hộ ký cam kết hiến đất ngay tại hội trường.
Trước đó, Ban Thường vụ Huyện ủy Trần Đề đã chọn Đại Ân 2 là một trong những xã điểm về xây dựng nông thôn mới của tỉnh Sóc Trăng. Theo ông Lâm Văn Tài, điều người dân quan tâm nhất là công khai, minh bạch: mọi khoản đóng góp đều được niêm yết tại nhà văn hóa ấp, ban giám sát đầu tư của cộng đồng do Mặt trận xã chủ trì theo dõi từng hạng mục.
Nhiều ý kiến khác xoay quanh giá lúa, đầu ra cho cây hành tím, việc nạo vét kênh nội đồng và xây dựng cầu giao thông nông thôn. Với những nội dung vượt thẩm quyền, xã ghi nhận để báo cáo huyện xem xét, trả lời bằng văn bản. Người dân cũng kiến nghị mở lớp dạy nghề cho thanh niên Khmer để giảm tình trạng đi làm ăn xa.
Thanh Nhã
Tin liên quan
- Xã Đại Ân 2 ra mắt tổ tự quản đường kênh (12/09/2014)
- Trần Đề tập huấn cho 70 cán bộ ấp (28/08/2014)
- Hội Nông dân xã trao 12 con bò giống (15/08/2014)
""", "2014-09-26", "Đại Ân 2 đối thoại với nhân dân về làm đường, hiến đất xây dựng nông thôn mới",
E("doi_thoai", "2014", "2014-09-24"),
[P("Thạch Sô Phal", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lâm Văn Tài", "Phó Chủ tịch UBND xã"),
 P("Kim Sa Vết", "người có uy tín ấp Sóc Lèo"),
 P("Lâm Thị Sa Phia", "Chi hội trưởng Chi hội Phụ nữ ấp Giồng Chát"),
 P("Sơn Ngọc Tha", "Trưởng ấp Thạnh Điền"),
 P("Danh Thươl", "Chủ tịch Ủy ban MTTQ xã")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("7 ấp", 7, "ấp"), Q("64 hộ đồng bào Khmer", 64, "hộ đồng bào Khmer"),
 Q("12/19 tiêu chí", 12, "tiêu chí"), Q("80% trở lên", 80, "%", "over"), Q("2 tuyến đường liên ấp", 2, "tuyến đường liên ấp"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("42 ý kiến", 42, "ý kiến"),
 Q("31 hộ", 31, "hộ"), Q("trên 3,5 km", 3.5, "km", "over"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("90 hộ", 90, "hộ")],
[D("Nghị quyết", "09", "NQ/ĐU", "2014-01-15", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 15/1/2014"),
 D("Quyết định", "45", "QĐ-UBND", None, "UBND huyện", "Quyết định 45, 46/QĐ-UBND"),
 D("Quyết định", "46", "QĐ-UBND", None, "UBND huyện", "Quyết định 45, 46/QĐ-UBND"),
 D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 41/2010/NĐ-CP")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI ÂN 2 - HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Xây dựng nông thôn mới",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "Ngân hàng Chính sách xã hội", "5 không, 3 sạch"],
["Ngày đăng 26/09/2014 | 16:20", "năm 2014", "5 không, 3 sạch", "quý IV"]))

PAGES.append(page("b4953-thanhhoa-xaquangphu-daihoi-2015", """
Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa
Thời sự » Chính trị » Đại hội Đảng các cấp
22-05-2015 10:40
Quảng Phú: Đại hội Đảng bộ xã đặt mục tiêu giữ vững chuẩn nông thôn mới
Ngày 20/5, Đảng bộ xã Quảng Phú (huyện Quảng Xương) long trọng tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Lê Văn Hùng, HUV, Phó Chủ tịch UBND huyện Quảng Xương cùng 150 đại biểu đại diện cho 412 đảng viên trong toàn Đảng bộ.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Xuân Minh
Nhiệm kỳ qua, Đảng bộ xã lãnh đạo thực hiện thắng lợi Nghị quyết số 03-NQ/ĐU về xây dựng nông thôn mới; xã được công nhận đạt chuẩn nông thôn mới năm 2014 với 19/19 tiêu chí. Thu nhập bình quân đầu người năm 2014 đạt 24,5 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 4,2%. Nhân dân đã đóng góp trên 11 tỷ đồng và hiến gần 20.000 m2 đất; 1.376 hộ được công nhận gia đình văn hóa.
Đại hội được tổ chức theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 09-KH/ĐU của Đảng ủy xã. Các tham luận tập trung vào vai trò của khối dân vận: bà Nguyễn Thị Lành, Chủ tịch Hội LHPN xã, nêu kinh nghiệm vận động 100% hội viên phân loại rác tại nguồn; ông Đỗ Văn Bảy, Bí thư Chi bộ thôn Phú Hòa, chia sẻ cách vận động 58 hộ hiến đất mở rộng đường trục thôn.
Đại hội cũng thẳng thắn chỉ ra những hạn chế: sản xuất nông nghiệp còn manh mún, liên kết tiêu thụ sản phẩm chưa bền vững; một số tiêu chí như môi trường, văn hóa tuy đạt nhưng chưa vững chắc; công tác vận động nhân dân ở một vài thôn còn hình thức, chưa phát huy hết vai trò của các đoàn thể. Phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng" được đại hội xác định là bài học xuyên suốt của nhiệm kỳ mới.
Phát biểu chỉ đạo, đồng chí Lê Văn Hùng đề nghị nhiệm kỳ 2015 - 2020 xã tập trung nâng chất các tiêu chí, hướng tới nông thôn mới nâng cao, phấn đấu thu nhập bình quân trên 40 triệu đồng/người/năm vào cuối nhiệm kỳ.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXV gồm 15 đồng chí và bầu 9 đại biểu dự Đại hội Đảng bộ huyện. Tại phiên họp thứ nhất, đồng chí Nguyễn Văn Tuấn được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã Quảng Phú khóa XXV, nhiệm kỳ 2015 - 2020; các đồng chí Hoàng Thị Mai, Lê Đình Sơn được bầu giữ chức Phó Bí thư Đảng ủy xã. Kết quả bầu cử được Ban Thường vụ Huyện ủy chuẩn y tại Quyết định 1130, 1131-QĐ/HU.
Xuân Minh
Lượt đọc: 642
Tin khác
- Quảng Xương: 100% tổ chức cơ sở đảng hoàn thành đại hội điểm (15/05/2015)
- Xã Quảng Tân vận động 300 hộ hiến đất (08/05/2015)
- Hội Nông dân huyện tổng kết 5 năm xây dựng nông thôn mới (29/04/2015)
""", "2015-05-22", "Quảng Phú: Đại hội Đảng bộ xã đặt mục tiêu giữ vững chuẩn nông thôn mới",
E("dai_hoi", None, "2015-05-20"),
[P("Lê Văn Hùng", "HUV", "Phó Chủ tịch UBND huyện Quảng Xương"),
 P("Nguyễn Thị Lành", "Chủ tịch Hội LHPN xã"),
 P("Đỗ Văn Bảy", "Bí thư Chi bộ thôn Phú Hòa"),
 P("Nguyễn Văn Tuấn", "Bí thư Đảng ủy xã Quảng Phú khóa XXV"),
 P("Hoàng Thị Mai", "Phó Bí thư Đảng ủy xã"),
 P("Lê Đình Sơn", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("412 đảng viên", 412, "đảng viên"), Q("19/19 tiêu chí", 19, "tiêu chí"),
 Q("24,5 triệu đồng/người/năm", 24500000, "đồng"), Q("4,2%", 4.2, "%"), Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"),
 Q("gần 20.000 m2", 20000, "m2", "approx"), Q("1.376 hộ", 1376, "hộ"), Q("100% hội viên", 100, "%"), Q("58 hộ", 58, "hộ"),
 Q("trên 40 triệu đồng/người/năm", 40000000, "đồng", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "03", "NQ/ĐU", None, None, "Nghị quyết số 03-NQ/ĐU"),
 D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU"),
 D("Quyết định", "1130", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định 1130, 1131-QĐ/HU"),
 D("Quyết định", "1131", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định 1130, 1131-QĐ/HU")],
[prov("Thanh Hóa"), com("Quảng Phú")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa", "Thời sự » Chính trị » Đại hội Đảng các cấp",
 "Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Xuân Minh", "Lượt đọc: 642"],
["22-05-2015 10:40", "lần thứ XXV", "2015 - 2020", "năm 2014", "15 đồng chí", "phiên họp thứ nhất", "khóa XXV", "Lượt đọc: 642"]))

PAGES.append(page("b4954-quangnam-bdvtu-taphuan-2016", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Nam
Vị trí: Trang chủ / Tin tức / Hoạt động của Ban
Thứ Sáu, 12/08/2016 | 07:45
Ảnh: Học viên tham dự lớp tập huấn.
Tập huấn kỹ năng vận động nhân dân xây dựng nông thôn mới cho cán bộ cơ sở
Trong 2 ngày 10 và 11/8/2016, tại thành phố Tam Kỳ, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức lớp tập huấn nghiệp vụ công tác dân vận trong xây dựng nông thôn mới năm 2016 cho 180 cán bộ là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã thuộc 9 huyện miền núi và trung du.
Đồng chí Bhling Mia, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Bhling Mia, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: toàn tỉnh mới có 37 xã đạt chuẩn nông thôn mới trên tổng số 204 xã; các xã miền núi còn nhiều tiêu chí khó như thu nhập, hộ nghèo, nên cán bộ cơ sở phải biết "nói dân hiểu, làm dân tin".
Học viên được TS. Nguyễn Văn Hậu, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương truyền đạt chuyên đề về Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Bà Alăng Thị Hồng, Trưởng phòng Dân vận chính quyền - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Hướng dẫn 11, 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về mô hình "Dân vận khéo" và Nghị quyết số 04-NQ/TU ngày 20/4/2016 của Tỉnh ủy về xây dựng nông thôn mới giai đoạn 2016 - 2020.
Tài liệu gồm 9 chuyên đề, kinh phí tổ chức 95 triệu đồng từ nguồn Chương trình mục tiêu quốc gia. Các học viên thảo luận tình huống vận động hộ đồng bào Cơ Tu hiến đất làm đường và sắp xếp lại 14 khu dân cư ven sông.
Ông Briu Quân, Bí thư Đảng ủy xã Lăng, chia sẻ: xã đã vận động 236 hộ chuyển đổi gần 48 ha đất rẫy sang trồng cây ba kích, sâm; ông A Rất Nơi, Chủ tịch Ủy ban MTTQ xã A Xan, cho biết 63 già làng, người có uy tín của xã đã đi đầu vận động.
Theo Ban tổ chức, điểm mới của lớp tập huấn năm nay là học viên được thực hành đóng vai trong các tình huống cụ thể: thuyết phục hộ dân chưa đồng thuận hiến đất, tổ chức họp thôn bàn việc làm đường, giải thích chính sách hỗ trợ sản xuất cho đồng bào. Giảng viên nhận xét nhiều học viên còn lúng túng khi xử lý ý kiến trái chiều, chưa biết lắng nghe trước khi giải thích.
Các học viên kiến nghị tỉnh tăng thời lượng thực hành, biên soạn tài liệu song ngữ Kinh - Cơ Tu và tổ chức cho cán bộ cơ sở đi học tập kinh nghiệm ở các địa phương làm tốt.
Bế mạc lớp học, 100% học viên đều đạt yêu cầu; 12 bài thu hoạch xuất sắc được Ban khen thưởng.
Hồng Vân
Xem thêm
- Đông Giang: 6 tháng xây dựng 22 mô hình dân vận khéo (05/08/2016)
- Hội nghị người có uy tín tiêu biểu năm 2016 (28/07/2016)
- Tây Giang: vận động dân bỏ tục chôn chung (15/07/2016)
""", "2016-08-12", "Tập huấn kỹ năng vận động nhân dân xây dựng nông thôn mới cho cán bộ cơ sở",
E("tap_huan", "2016", "2016-08-10"),
[P("Bhling Mia", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hậu", "TS.", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Alăng Thị Hồng", "Trưởng phòng Dân vận chính quyền - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Briu Quân", "Bí thư Đảng ủy xã Lăng"),
 P("A Rất Nơi", "Chủ tịch Ủy ban MTTQ xã A Xan")],
[Q("180 cán bộ", 180, "cán bộ"), Q("9 huyện miền núi và trung du", 9, "huyện miền núi và trung du"), Q("37 xã", 37, "xã"),
 Q("204 xã", 204, "xã"), Q("9 chuyên đề", 9, "chuyên đề"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("14 khu dân cư", 14, "khu dân cư"), Q("236 hộ", 236, "hộ"), Q("gần 48 ha", 48, "ha", "approx"),
 Q("63 già làng, người có uy tín", 63, "già làng, người có uy tín"), Q("100% học viên", 100, "%"),
 Q("12 bài thu hoạch xuất sắc", 12, "bài thu hoạch xuất sắc")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "11", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 11, 12-HD/BDVTU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 11, 12-HD/BDVTU"),
 D("Nghị quyết", "04", "NQ/TU", "2016-04-20", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 20/4/2016")],
[prov("Quảng Nam"), com("Lăng"), com("A Xan")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Nam", "Vị trí: Trang chủ / Tin tức / Hoạt động của Ban",
 "Ảnh: Học viên tham dự lớp tập huấn.",
 "Đồng chí Bhling Mia, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn.",
 "nói dân hiểu, làm dân tin", "Dân vận khéo", "Chương trình mục tiêu quốc gia"],
["Thứ Sáu, 12/08/2016 | 07:45", "2 ngày", "năm 2016", "2016 - 2020"]))
