from lib import *
PAGES = []

PAGES.append(page("b2381-thaibinh-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Hai, 26/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Nông dân tỉnh Thái Bình tổng kết công tác Hội năm 2011
Ngày 24/12/2011, Ban Chấp hành Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Đỗ Quang Trường, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Đặng Thị Huề, Trưởng Ban Dân vận Tỉnh ủy; cùng 126 đại biểu là ủy viên Ban Chấp hành Hội Nông dân tỉnh, chủ tịch Hội Nông dân các huyện, thành phố.
Báo cáo do đồng chí Vũ Đình Khải, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh trình bày cho biết, năm 2011 các cấp Hội đã tập trung tuyên truyền Nghị quyết 26-NQ/TW ngày 5/8/2008 của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn và Chương trình hành động số 18-CTr/TU của Tỉnh ủy. Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch 46, 47-KH/HND về tham gia xây dựng nông thôn mới và về thực hiện Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ.
Trong năm, toàn tỉnh kết nạp 4.250 hội viên mới; hiện có 241.600 hội viên sinh hoạt tại 286 cơ sở Hội. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 98.400 hộ đăng ký, cuối năm bình xét được 61.230 hộ đạt danh hiệu các cấp, bằng 62,2% số hộ đăng ký. Nông dân đã dồn điền đổi thửa được 12.640 ha, hiến 86.000 m2 đất làm đường giao thông nội đồng, đào đắp 1,2 triệu m3 đất thủy lợi.
Quỹ Hỗ trợ nông dân các cấp đạt 21,6 tỷ đồng, tăng 3,4 tỷ đồng so với năm 2010. Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ 1.068 tỷ đồng với 52.300 hộ vay. Các cấp Hội tổ chức 2.150 lớp tập huấn kỹ thuật cho 174.000 lượt nông dân.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trần Thị Lựu, Bùi Quang Hợp điều hành phần thảo luận. Ông Nguyễn Văn Khơi, Chủ tịch Hội Nông dân xã Vũ Thắng, chia sẻ cách vận động hộ viên góp đất làm đường trục chính nội đồng. Ông Lại Văn Đoàn ở xã Đông Hoàng có trang trại 3,5 ha nuôi lợn, thả cá, mỗi năm thu nhập 800 triệu đồng, kể về việc liên kết với thương lái để bán sản phẩm.
Phát biểu chỉ đạo, đồng chí Đỗ Quang Trường ghi nhận những kết quả Hội đạt được và yêu cầu năm 2012 các cấp Hội tiếp tục thực hiện Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam; đẩy mạnh phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"; tham gia tích cực Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân; UBND tỉnh tặng bằng khen cho 20 tập thể và 34 cá nhân có thành tích xuất sắc trong công tác Hội năm 2011.
Minh Hà
Lượt xem: 1.204
Tin liên quan
- Vũ Thư: 2.000 hộ đăng ký thi đua sản xuất giỏi (12/12/2011)
- Hội Nông dân tỉnh tập huấn nghiệp vụ cho 300 cán bộ cơ sở (30/11/2011)
- Kiến Xương ra mắt 3 câu lạc bộ nông dân (18/11/2011)
- Giám sát thực hiện Quyết định 673 tại Quỳnh Phụ (04/11/2011)
""", "2011-12-26", "Hội Nông dân tỉnh Thái Bình tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-24"),
[P("Đỗ Quang Trường", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Đặng Thị Huề", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đình Khải", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Lựu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Bùi Quang Hợp", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Khơi", "Chủ tịch Hội Nông dân xã Vũ Thắng"),
 P("Lại Văn Đoàn")],
[Q("126 đại biểu", 126, "đại biểu"), Q("4.250 hội viên mới", 4250, "hội viên mới"), Q("241.600 hội viên", 241600, "hội viên"),
 Q("286 cơ sở Hội", 286, "cơ sở Hội"), Q("98.400 hộ", 98400, "hộ"), Q("61.230 hộ", 61230, "hộ"), Q("62,2%", 62.2, "%"),
 Q("12.640 ha", 12640, "ha"), Q("86.000 m2", 86000, "m2"), Q("1,2 triệu m3", 1200000, "m3"),
 Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("1.068 tỷ đồng", 1068000000000, "đồng"),
 Q("52.300 hộ", 52300, "hộ"), Q("2.150 lớp tập huấn kỹ thuật", 2150, "lớp tập huấn kỹ thuật"), Q("174.000 lượt nông dân", 174000, "lượt nông dân"),
 Q("3,5 ha", 3.5, "ha"), Q("800 triệu đồng", 800000000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("20 tập thể", 20, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết 26-NQ/TW ngày 5/8/2008"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kế hoạch", "46", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 46, 47-KH/HND"),
 D("Kế hoạch", "47", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 46, 47-KH/HND"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Thái Bình"), com("Vũ Thắng"), com("Đông Hoàng")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.204"],
["Thứ Hai, 26/12/2011 - 16:30", "năm 2011", "năm 2012", "năm 2010", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b2382-daklak-hnd-nongdangioi-2012", """
Hội Nông dân tỉnh Đắk Lắk
Bạn đang ở: Trang chủ > Phong trào nông dân > Sản xuất kinh doanh giỏi
Cập nhật: 09:40, 16/11/2012 (GMT+7)
Các đại biểu nhận bằng khen tại hội nghị. Ảnh: H.Yến
Đắk Lắk biểu dương 135 nông dân sản xuất, kinh doanh giỏi
Ngày 15/11, tại thành phố Buôn Ma Thuột, Hội Nông dân tỉnh Đắk Lắk tổ chức hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi năm 2012. Tới dự có đồng chí Lê Đình Trung, Phó Chủ tịch UBND tỉnh; đồng chí H'Lin Niê, Phó Trưởng Ban Dân vận Tỉnh ủy. Hội nghị đã biểu dương 135 nông dân sản xuất, kinh doanh giỏi tiêu biểu trong toàn tỉnh, trong đó có 41 người đồng bào dân tộc thiểu số.
Đồng chí Y Thơ Byă, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cho biết, năm 2012 toàn tỉnh có 38.560 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, tăng 2.140 hộ so với năm trước. Nhiều hộ có thu nhập trên 300 triệu đồng mỗi năm; nông dân đã chuyển đổi 2.650 ha cà phê già cỗi sang trồng tái canh và trồng xen hồ tiêu, sầu riêng. Các cấp Hội thực hiện Hướng dẫn số 12-HD/HND của Ban Thường vụ Hội Nông dân tỉnh và Quy chế phối hợp số 07-QCPH/HND-SNN giữa Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn về chuyển giao tiến bộ kỹ thuật.
Tại hội nghị, 6 nông dân đã trao đổi kinh nghiệm. Ông Y Bhin Mlô ở xã Ea Na trồng 4 ha cà phê và 1.200 trụ tiêu, năm nay thu 18 tấn cà phê nhân, lãi gần 650 triệu đồng. Bà H'Juel Êban, Giám đốc Hợp tác xã dịch vụ nông nghiệp Ea Tu, cho biết hợp tác xã có 86 xã viên, tạo việc làm thường xuyên cho 45 lao động, bao tiêu 1.500 tấn cà phê đạt chứng nhận 4C. Ông Vàng A Sáu, người Mông ở xã Cư Pui, từ 2 con bò được Hội cho vay vốn mua năm 2006 nay đã có đàn bò 32 con và 5 ha ngô lai.
Ông Trần Văn Lực, Chủ tịch Hội Nông dân xã Ea Kly, đề nghị tỉnh sớm có cơ chế cho vay tái canh cà phê với lãi suất ưu đãi, thời hạn 5 năm. Ông Y Kim Ayŭn, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh, giải trình về thủ tục vay vốn từ Quỹ Hỗ trợ nông dân.
Phát biểu tại hội nghị, đồng chí Lê Đình Trung đánh giá phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" đã trở thành động lực phát triển nông nghiệp của tỉnh, đề nghị Hội tiếp tục triển khai Quyết định số 52/2011/QĐ-UBND của UBND tỉnh về hỗ trợ tái canh cà phê và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ.
Dịp này, UBND tỉnh tặng bằng khen cho 135 nông dân; mỗi nông dân được tặng 1 bằng khen kèm 1 triệu đồng tiền thưởng. Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 24 tập thể có thành tích trong phong trào.
Hoàng Yến
Số lượt đọc: 2.315
Tin khác
- Krông Ana: hội nghị tập huấn kỹ thuật tái canh cà phê (08/11/2012)
- Hội Nông dân tỉnh giải ngân 1,5 tỷ đồng Quỹ Hỗ trợ nông dân (25/10/2012)
- Cư M'gar: 200 hộ tham gia mô hình cà phê bền vững (10/10/2012)
- Ea Súp vận động đồng bào Mông định canh (21/09/2012)
""", "2012-11-16", "Đắk Lắk biểu dương 135 nông dân sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2012", "2012-11-15"),
[P("Lê Đình Trung", "Phó Chủ tịch UBND tỉnh"),
 P("H'Lin Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thơ Byă", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Y Bhin Mlô"),
 P("H'Juel Êban", "Giám đốc Hợp tác xã dịch vụ nông nghiệp Ea Tu"),
 P("Vàng A Sáu"),
 P("Trần Văn Lực", "Chủ tịch Hội Nông dân xã Ea Kly"),
 P("Y Kim Ayŭn", "Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("135 nông dân", 135, "nông dân"), Q("41 người đồng bào dân tộc thiểu số", 41, "người đồng bào dân tộc thiểu số"),
 Q("38.560 hộ", 38560, "hộ"), Q("2.140 hộ", 2140, "hộ"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"),
 Q("2.650 ha", 2650, "ha"), Q("6 nông dân", 6, "nông dân"), Q("4 ha", 4, "ha"), Q("1.200 trụ tiêu", 1200, "trụ tiêu"),
 Q("18 tấn", 18, "tấn"), Q("gần 650 triệu đồng", 650000000, "đồng", "approx"), Q("86 xã viên", 86, "xã viên"),
 Q("45 lao động", 45, "lao động"), Q("1.500 tấn", 1500, "tấn"), Q("2 con bò", 2, "con bò"), Q("32 con", 32, "con"),
 Q("5 ha", 5, "ha"), Q("1 triệu đồng", 1000000, "đồng"), Q("24 tập thể", 24, "tập thể")],
[D("Hướng dẫn", "12", "HD/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 12-HD/HND"),
 D("Quy chế phối hợp", "07", "QCPH/HND-SNN", None, None, "Quy chế phối hợp số 07-QCPH/HND-SNN"),
 D("Quyết định", "52", "2011/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 52/2011/QĐ-UBND"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Na"), com("Cư Pui"), com("Ea Kly")],
["Hội Nông dân tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ > Phong trào nông dân > Sản xuất kinh doanh giỏi",
 "Các đại biểu nhận bằng khen tại hội nghị. Ảnh: H.Yến", "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Quỹ Hỗ trợ nông dân", "Buôn Ma Thuột", "Số lượt đọc: 2.315"],
["Cập nhật: 09:40, 16/11/2012 (GMT+7)", "năm 2012", "5 năm", "năm 2006", "1 bằng khen", "4C", "Số lượt đọc: 2.315"]))

PAGES.append(page("b2383-hagiang-bdv-giamsat-2013", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ | Hoạt động | Công tác giám sát
08:15 | 20/09/2013
Đoàn giám sát làm việc với xã Lùng Tám.
Giám sát việc thực hiện xây dựng nông thôn mới tại Quản Bạ
Từ ngày 17 đến 18/9/2013, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Chương trình xây dựng nông thôn mới tại huyện Quản Bạ, tỉnh Hà Giang theo Kế hoạch giám sát số 62-KH/BDVTU về chương trình giám sát năm 2013. Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Khánh, Lục Thị Thơm.
Báo cáo của đồng chí Nông Quốc Thịnh, HUV, Phó Chủ tịch UBND huyện Quản Bạ cho biết, thực hiện Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ và Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện, huyện đã chỉ đạo 13 xã, thị trấn lập quy hoạch và đề án xây dựng nông thôn mới. Đến nay bình quân mỗi xã đạt 5,2 tiêu chí; toàn huyện còn 1.186 hộ nghèo, chiếm 31,4% số hộ.
Hai năm qua, nhân dân đã hiến 23.500 m2 đất, đóng góp 18.600 ngày công, cùng Nhà nước làm 41,5 km đường bê tông nông thôn. Từ nguồn vốn Nghị quyết 30a/2008/NQ-CP của Chính phủ, huyện hỗ trợ 2.370 tấn xi măng và 214 con bò giống cho các hộ nghèo; nhân dân trồng mới 320 ha cỏ phục vụ chăn nuôi.
Làm việc với xã Lùng Tám, đoàn ghi nhận ông Sùng Mí Páo, Bí thư Đảng ủy xã Lùng Tám đã vận động 46 hộ người Mông di dời chuồng trại ra xa nhà ở; Hợp tác xã dệt lanh của xã thu hút 38 phụ nữ tham gia. Tại xã Thái An, ông Bàn Văn Chàn, Chủ tịch Hội Nông dân xã, phản ánh khó khăn về nước sinh hoạt, nhiều thôn phải dẫn nước bằng ống nhựa dài 3 km.
Kết luận giám sát, đồng chí Vàng Thị Mai đề nghị huyện phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong vận động nhân dân, lấy người dân làm chủ thể; tránh chạy theo tiêu chí, huy động quá sức dân. Đồng chí Lò Thị Vân, Chánh Văn phòng Ban Dân vận Tỉnh ủy, tổng hợp kiến nghị của cơ sở để báo cáo Ban Thường vụ Tỉnh ủy.
Đồng chí cũng yêu cầu huyện tiếp tục thực hiện phong trào "Cả nước chung sức xây dựng nông thôn mới", phấn đấu đến năm 2015 có 2 xã đạt 10 tiêu chí. Đồng chí đề nghị Ủy ban MTTQ và các đoàn thể huyện tăng cường giám sát việc sử dụng vốn hỗ trợ, công khai các khoản đóng góp để nhân dân biết, bàn và kiểm tra; không để xảy ra khiếu kiện trong xây dựng công trình ở thôn, bản.
Tin, ảnh: Lục Hà
Các tin đã đưa
- Yên Minh: hội nghị dân vận khéo năm 2013 (12/09/2013)
- Đồng Văn: nhân dân hiến 5.000 m2 đất làm đường (03/09/2013)
- Ban Dân vận Tỉnh ủy giám sát tại Mèo Vạc (26/08/2013)
- Xín Mần tập huấn công tác dân vận cho cán bộ cơ sở (15/08/2013)
""", "2013-09-20", "Giám sát việc thực hiện xây dựng nông thôn mới tại Quản Bạ",
E("giam_sat", "2013", "2013-09-17"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Thơm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Quốc Thịnh", "HUV", "Phó Chủ tịch UBND huyện Quản Bạ"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Lùng Tám"),
 P("Bàn Văn Chàn", "Chủ tịch Hội Nông dân xã"),
 P("Lò Thị Vân", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("5,2 tiêu chí", 5.2, "tiêu chí"), Q("1.186 hộ nghèo", 1186, "hộ nghèo"),
 Q("31,4%", 31.4, "%"), Q("23.500 m2", 23500, "m2"), Q("18.600 ngày công", 18600, "ngày công"), Q("41,5 km", 41.5, "km"),
 Q("2.370 tấn", 2370, "tấn"), Q("214 con bò giống", 214, "con bò giống"), Q("320 ha", 320, "ha"),
 Q("46 hộ người Mông", 46, "hộ người Mông"), Q("38 phụ nữ", 38, "phụ nữ"), Q("3 km", 3, "km"), Q("2 xã", 2, "xã"), Q("10 tiêu chí", 10, "tiêu chí")],
[D("Kế hoạch", "62", "KH/BDVTU", None, None, "Kế hoạch giám sát số 62-KH/BDVTU"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Hà Giang"), com("Lùng Tám"), com("Thái An")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ | Hoạt động | Công tác giám sát", "Đoàn giám sát làm việc với xã Lùng Tám.",
 "Cả nước chung sức xây dựng nông thôn mới", "Chương trình xây dựng nông thôn mới"],
["08:15 | 20/09/2013", "năm 2013", "Hai năm qua", "năm 2015"]))

PAGES.append(page("b2384-soctrang-hnd-giaoban-2014", """
HỘI NÔNG DÂN TỈNH SÓC TRĂNG
Tin tức » Hoạt động các cấp Hội
08/10/2014 - 14:20
Hội Nông dân tỉnh giao ban với các huyện, thị xã
Sáng 7/10, Hội Nông dân tỉnh Sóc Trăng tổ chức họp giao ban công tác Hội quý III và triển khai nhiệm vụ quý IV năm 2014. Đồng chí Lâm Văn Phương, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có các đồng chí Sơn Văn Thươl, Lý Thị Sóc Khê - Phó Chủ tịch Hội Nông dân tỉnh.
Đồng chí Lâm Văn Phương chủ trì buổi giao ban.
Theo báo cáo, trong quý III các cấp Hội kết nạp 1.315 hội viên mới, thành lập mới 9 tổ hợp tác và 12 câu lạc bộ nông dân. Quỹ Hỗ trợ nông dân các cấp giải ngân 2,85 tỷ đồng cho 112 hộ vay phát triển nuôi tôm, trồng màu. Hội phối hợp với các doanh nghiệp theo Quyết định 62/2013/QĐ-TTg của Thủ tướng Chính phủ về cánh đồng lớn, vận động nông dân sản xuất 4.150 ha lúa thơm theo hợp đồng, tiêu thụ khoảng 3.200 tấn lúa ST ngay tại ruộng với giá cao hơn thị trường 300 đồng/kg.
Các cấp Hội cũng tổ chức 64 buổi hội thảo đầu bờ, hướng dẫn nông dân thực hiện "1 phải, 5 giảm" và "3 giảm, 3 tăng"; 85% số hộ tham gia cánh đồng lớn đã giảm lượng giống gieo sạ. Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch số 38-KH/HNDT về triển khai Nghị định 210/2013/NĐ-CP của Chính phủ về khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn.
Tại buổi giao ban, ông Thạch Sôl, Chủ tịch Hội Nông dân xã Gia Hòa 1, cho biết xã đã vận động 27 hộ đồng bào Khmer liên kết nuôi tôm càng xanh trên ruộng lúa, mỗi hộ lãi từ 40 triệu đồng/vụ. Bà Trần Thị Kim Loan, Giám đốc Hợp tác xã nông nghiệp Phú Tâm, nêu khó khăn về vốn lưu động khi thu mua lúa của 230 thành viên. Hợp tác xã đóng tại xã Phú Tâm, năm nay liên kết với doanh nghiệp bao tiêu toàn bộ diện tích lúa của thành viên, nhưng phải ứng trước tiền phân bón, giống cho bà con nên thiếu vốn; bà đề nghị Hội giới thiệu hợp tác xã vay vốn ngân hàng theo chính sách tín dụng nông nghiệp.
Đồng chí Sơn Văn Thươl đề nghị các huyện đẩy nhanh thủ tục cho vay; đồng chí Lý Thị Sóc Khê lưu ý việc bình xét hộ sản xuất, kinh doanh giỏi cuối năm phải thực chất.
Kết luận, đồng chí Lâm Văn Phương yêu cầu quý IV tập trung tổ chức đại hội chi hội, tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi; phấn đấu cả năm kết nạp 4.500 hội viên, Quỹ Hỗ trợ nông dân tăng thêm 3 tỷ đồng. Đồng chí Huỳnh Minh Tâm, Trưởng Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh, hướng dẫn quy trình đại hội chi hội nhiệm kỳ mới.
Kim Ngân
Tin cùng chuyên mục
- Mỹ Xuyên: 50 hộ nhận vốn Quỹ Hỗ trợ nông dân (29/09/2014)
- Hội thảo cánh đồng lớn tại Thạnh Trị (17/09/2014)
- Trao 5 căn nhà Mái ấm nông dân ở Trần Đề (05/09/2014)
- Ngã Năm tập huấn nuôi tôm càng xanh (22/08/2014)
""", "2014-10-08", "Hội Nông dân tỉnh giao ban với các huyện, thị xã",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Văn Phương", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Sơn Văn Thươl", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Thị Sóc Khê", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sôl", "Chủ tịch Hội Nông dân xã Gia Hòa 1"),
 P("Trần Thị Kim Loan", "Giám đốc Hợp tác xã nông nghiệp Phú Tâm"),
 P("Huỳnh Minh Tâm", "Trưởng Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh")],
[Q("1.315 hội viên mới", 1315, "hội viên mới"), Q("9 tổ hợp tác", 9, "tổ hợp tác"), Q("12 câu lạc bộ nông dân", 12, "câu lạc bộ nông dân"),
 Q("2,85 tỷ đồng", 2850000000, "đồng"), Q("112 hộ", 112, "hộ"), Q("4.150 ha", 4150, "ha"),
 Q("khoảng 3.200 tấn", 3200, "tấn", "approx"), Q("300 đồng/kg", 300, "đồng"), Q("64 buổi hội thảo đầu bờ", 64, "buổi hội thảo đầu bờ"),
 Q("85%", 85, "%"), Q("27 hộ đồng bào Khmer", 27, "hộ đồng bào Khmer"), Q("40 triệu đồng/vụ", 40000000, "đồng"),
 Q("230 thành viên", 230, "thành viên"), Q("4.500 hội viên", 4500, "hội viên"), Q("3 tỷ đồng", 3000000000, "đồng")],
[D("Quyết định", "62", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62/2013/QĐ-TTg"),
 D("Kế hoạch", "38", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 38-KH/HNDT"),
 D("Nghị định", "210", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 210/2013/NĐ-CP")],
[prov("Sóc Trăng"), com("Gia Hòa 1"), com("Phú Tâm")],
["HỘI NÔNG DÂN TỈNH SÓC TRĂNG", "Tin tức » Hoạt động các cấp Hội", "Đồng chí Lâm Văn Phương chủ trì buổi giao ban.",
 "1 phải, 5 giảm", "3 giảm, 3 tăng", "Quỹ Hỗ trợ nông dân"],
["08/10/2014 - 14:20", "quý III", "quý IV năm 2014", "1 phải, 5 giảm", "3 giảm, 3 tăng", "lúa ST"]))

PAGES.append(page("b2385-nghean-mttq-soket-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ / Hoạt động Mặt trận / Cuộc vận động
Ngày 10/07/2015 | 15:20
Nghệ An: Thêm 16 xã đạt chuẩn nông thôn mới nhờ sức dân
Ngày 9/7, Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Hồ Thị Châu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết. Ảnh: Thu Huyền
Báo cáo do đồng chí Lô Văn Thiết, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, thực hiện Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ và Hướng dẫn số 18/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, 6 tháng qua nhân dân trong tỉnh đã hiến trên 145.000 m2 đất, đóng góp 27.400 ngày công, cùng Nhà nước làm mới 356 km đường giao thông nông thôn và kiên cố hóa 48 km kênh mương. Tổng nguồn lực nhân dân đóng góp ước đạt 312 tỷ đồng.
Quỹ "Vì người nghèo" các cấp đã hỗ trợ xây mới 462 nhà Đại đoàn kết, mỗi nhà 30 triệu đồng. Đến hết tháng 6, toàn tỉnh có thêm 16 xã đạt chuẩn nông thôn mới, nâng tổng số lên 87 xã, chiếm 20,1% số xã.
Tại hội nghị, bà Vi Thị Hương, Chủ tịch Ủy ban MTTQ xã Châu Hạnh, chia sẻ cách làm ở bản vùng cao: người Thái góp đất, góp cây luồng, người Khơ Mú góp công. Ông Moong Văn Khăm, Trưởng ban Công tác Mặt trận bản Huồi Pốc, xã Tri Lễ, kể việc vận động 35 hộ tháo dỡ hàng rào để mở rộng đường bản lên 5 m. Ông Thái Doãn Bình, Chủ tịch Ủy ban MTTQ xã Nghi Văn, đề nghị có cơ chế thưởng cho xã vượt tiến độ. Một số ý kiến cho rằng ở nhiều nơi, sau khi đạt chuẩn, phong trào có biểu hiện chững lại; tiêu chí thu nhập, môi trường còn khó giữ vững.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lương Thị Bảy, Xồng Bá Dế trả lời ý kiến của cơ sở về việc huy động đóng góp, nhấn mạnh không được ép dân đóng góp vượt khả năng; các khoản thu phải được nhân dân bàn bạc, thống nhất theo Pháp lệnh số 34/2007/PL-UBTVQH11.
Phát biểu kết luận, đồng chí Hồ Thị Châu đề nghị 6 tháng cuối năm các cấp Mặt trận tiếp tục thực hiện Chương trình phối hợp số 05/CTr-MTTQ-BTT với Sở Nông nghiệp và Phát triển nông thôn, đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", xây dựng 150 khu dân cư kiểu mẫu. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân.
Thu Huyền
Lượt xem: 657
Tin liên quan
- Quỳ Hợp: 1.200 hộ hiến đất làm đường (30/06/2015)
- Mặt trận huyện Nghi Lộc giám sát xây dựng nông thôn mới (18/06/2015)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo Tương Dương (05/06/2015)
""", "2015-07-10", "Nghệ An: Thêm 16 xã đạt chuẩn nông thôn mới nhờ sức dân",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Hồ Thị Châu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Văn Thiết", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hương", "Chủ tịch Ủy ban MTTQ xã Châu Hạnh"),
 P("Moong Văn Khăm", "Trưởng ban Công tác Mặt trận bản Huồi Pốc"),
 P("Thái Doãn Bình", "Chủ tịch Ủy ban MTTQ xã Nghi Văn"),
 P("Lương Thị Bảy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xồng Bá Dế", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("16 xã", 16, "xã"), Q("trên 145.000 m2", 145000, "m2", "over"), Q("27.400 ngày công", 27400, "ngày công"),
 Q("356 km", 356, "km"), Q("48 km", 48, "km"), Q("312 tỷ đồng", 312000000000, "đồng", "approx"),
 Q("462 nhà Đại đoàn kết", 462, "nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"), Q("87 xã", 87, "xã"),
 Q("20,1%", 20.1, "%"), Q("35 hộ", 35, "hộ"), Q("5 m", 5, "m"), Q("150 khu dân cư kiểu mẫu", 150, "khu dân cư kiểu mẫu"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "1620", "QĐ-TTg", "2011-09-20", "Thủ tướng Chính phủ", "Quyết định số 1620/QĐ-TTg ngày 20/9/2011"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 18/HD-MTTQ-BTT"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-BTT")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Tri Lễ"), com("Nghi Văn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ / Hoạt động Mặt trận / Cuộc vận động",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Thu Huyền", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 657"],
["Ngày 10/07/2015 | 15:20", "6 tháng đầu năm 2015", "6 tháng qua", "tháng 6", "6 tháng cuối năm", "Lượt xem: 657"]))

PAGES.append(page("b2386-bacgiang-lmhtx-taphuan-2016", """
Liên minh Hợp tác xã tỉnh Bắc Giang
Vị trí: Trang chủ › Tin hoạt động › Đào tạo, tập huấn
Thứ Sáu, 22/04/2016
Tập huấn nâng cao năng lực quản lý cho 120 cán bộ hợp tác xã
Trong 2 ngày 20 và 21/4/2016, Liên minh Hợp tác xã tỉnh Bắc Giang phối hợp với Hội Nông dân tỉnh tổ chức lớp tập huấn nâng cao năng lực quản lý, điều hành hợp tác xã năm 2016 cho 120 cán bộ hợp tác xã, là giám đốc, kế toán của 58 hợp tác xã nông nghiệp trên địa bàn các huyện Lục Ngạn, Lục Nam, Sơn Động và Yên Thế.
Học viên thảo luận tại lớp tập huấn.
Phát biểu khai mạc, bà Chu Thị Hạnh, Chủ tịch Liên minh Hợp tác xã tỉnh cho biết, toàn tỉnh hiện có 412 hợp tác xã, trong đó 296 hợp tác xã nông nghiệp; doanh thu bình quân mỗi hợp tác xã khoảng 1,3 tỷ đồng/năm. Việc chuyển đổi hợp tác xã theo Luật Hợp tác xã năm 2012 còn chậm, mới có 61% số hợp tác xã hoàn thành đăng ký lại.
Các học viên được ông Lăng Văn Tỉnh, Phó Chủ tịch Liên minh Hợp tác xã tỉnh, và bà Hoàng Thị Nhung, Trưởng phòng Kinh tế hợp tác Chi cục Phát triển nông thôn, giới thiệu Nghị định 193/2013/NĐ-CP của Chính phủ, Quyết định 2261/QĐ-TTg ngày 15/12/2014 của Thủ tướng Chính phủ về chương trình hỗ trợ phát triển hợp tác xã và Đề án số 15-ĐA/TU của Tỉnh ủy về phát triển kinh tế tập thể. Liên minh cũng phổ biến Kế hoạch số 55, 56/KH-LMHTX về hỗ trợ xây dựng thương hiệu và xúc tiến tiêu thụ nông sản.
Tại lớp học, ông Ninh Văn Sáu, Giám đốc Hợp tác xã vải thiều Phì Điền, chia sẻ: hợp tác xã có 150 thành viên với 210 ha vải sản xuất theo tiêu chuẩn VietGAP, năm 2015 xuất bán 1.800 tấn vải tươi, giá cao hơn vải thường 5.000 đồng/kg. Bà Diệp Thị Sáng, người Sán Dìu, Kế toán Hợp tác xã chè Hiệp Hòa, mong được hướng dẫn thêm về sổ sách kế toán điện tử.
Theo Hội Nông dân tỉnh, cả tỉnh có khoảng 32.000 ha vải, sản lượng vụ năm 2016 ước đạt 150.000 tấn, trong đó 12.500 ha được cấp chứng nhận VietGAP. Ông Thân Đức Hưởng, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị các hợp tác xã làm đầu mối liên kết, tránh để nông dân bị ép giá khi vào vụ thu hoạch.
Trong phần thảo luận, nhiều học viên phản ánh hợp tác xã khó tiếp cận vốn vay vì không có tài sản thế chấp, đất đai của thành viên manh mún; cán bộ quản lý phần lớn chưa qua đào tạo chuyên môn, việc ứng dụng thương mại điện tử còn hạn chế. Kết thúc khóa học, các học viên được cấp giấy chứng nhận. Năm 2016, Liên minh Hợp tác xã tỉnh dự kiến mở 8 lớp tập huấn cho khoảng 500 lượt cán bộ hợp tác xã.
Bảo Ngọc
Xem thêm
- Lục Ngạn chuẩn bị tiêu thụ vải thiều năm 2016 (15/04/2016)
- Thành lập 7 hợp tác xã mới trong quý I (05/04/2016)
- Hội Nông dân tỉnh giải ngân vốn vay cho hộ trồng vải (28/03/2016)
""", "2016-04-22", "Tập huấn nâng cao năng lực quản lý cho 120 cán bộ hợp tác xã",
E("tap_huan", "2016", "2016-04-20"),
[P("Chu Thị Hạnh", "Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Lăng Văn Tỉnh", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Hoàng Thị Nhung", "Trưởng phòng Kinh tế hợp tác Chi cục Phát triển nông thôn"),
 P("Ninh Văn Sáu", "Giám đốc Hợp tác xã vải thiều Phì Điền"),
 P("Diệp Thị Sáng", "Kế toán Hợp tác xã chè Hiệp Hòa"),
 P("Thân Đức Hưởng", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("120 cán bộ hợp tác xã", 120, "cán bộ hợp tác xã"), Q("58 hợp tác xã nông nghiệp", 58, "hợp tác xã nông nghiệp"),
 Q("412 hợp tác xã", 412, "hợp tác xã"), Q("296 hợp tác xã nông nghiệp", 296, "hợp tác xã nông nghiệp"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("61%", 61, "%"), Q("150 thành viên", 150, "thành viên"),
 Q("210 ha", 210, "ha"), Q("1.800 tấn", 1800, "tấn"), Q("5.000 đồng/kg", 5000, "đồng"),
 Q("khoảng 32.000 ha", 32000, "ha", "approx"), Q("150.000 tấn", 150000, "tấn", "approx"), Q("12.500 ha", 12500, "ha"),
 Q("8 lớp tập huấn", 8, "lớp tập huấn"), Q("khoảng 500 lượt cán bộ hợp tác xã", 500, "lượt cán bộ hợp tác xã", "approx")],
[D("Nghị định", "193", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 193/2013/NĐ-CP"),
 D("Quyết định", "2261", "QĐ-TTg", "2014-12-15", "Thủ tướng Chính phủ", "Quyết định 2261/QĐ-TTg ngày 15/12/2014"),
 D("Đề án", "15", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 15-ĐA/TU"),
 D("Kế hoạch", "55", "KH-LMHTX", None, None, "Kế hoạch số 55, 56/KH-LMHTX"),
 D("Kế hoạch", "56", "KH-LMHTX", None, None, "Kế hoạch số 55, 56/KH-LMHTX")],
[prov("Bắc Giang")],
["Liên minh Hợp tác xã tỉnh Bắc Giang", "Vị trí: Trang chủ › Tin hoạt động › Đào tạo, tập huấn",
 "Học viên thảo luận tại lớp tập huấn.", "Luật Hợp tác xã năm 2012", "VietGAP"],
["Thứ Sáu, 22/04/2016", "2 ngày", "năm 2016", "năm 2012", "năm 2015"]))
