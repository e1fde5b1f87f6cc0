from lib import *
PAGES = []

PAGES.append(page("b9587-daklak-bdv-tongket-2017", """
Báo Đắk Lắk điện tử
Thời sự » Chính trị » Công tác dân vận
15/12/2017 - 09:30
Buôn Ma Thuột: hội nghị được tổ chức tại Hội trường 19-8.
Khen thưởng 62 tập thể, cá nhân làm tốt công tác dân vận năm 2017
Sáng 14/12, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Y Khuê Kbuôr, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. Đồng chí H'Bla Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2017, Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy ban hành Chỉ thị số 28-CT/TU ngày 15/5/2017 về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số và Kế hoạch số 96-KH/TU thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp. Khối dân vận đã tổ chức 48 đợt kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại 124 đơn vị.
Thông qua phong trào "Dân vận khéo", toàn tỉnh có 1.126 mô hình được công nhận; nhân dân hiến 176.000 m2 đất, đóng góp trên 92 tỷ đồng làm đường, kênh mương. Tỷ lệ hộ nghèo giảm còn 15,5%, trong đó hộ nghèo đồng bào dân tộc thiểu số tại chỗ giảm 2.318 hộ. Các cấp tiếp nhận 412 đơn thư, đã phối hợp giải quyết 389 đơn.
Báo cáo tham luận của đồng chí Y Wang Mlô, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk, nêu cách vận động 27 hộ trở về từ nước ngoài ổn định cuộc sống. Bà H'Ngơn Êban, người có uy tín buôn Kô Siêr, phường Tân Lợi, chia sẻ cách giữ gìn văn hóa cồng chiêng trong buôn giữa lòng thành phố. Ông Nguyễn Văn Thành, Bí thư Đảng ủy xã Ea Tiêu, cho biết xã vừa được công nhận đạt chuẩn nông thôn mới.
Các đại biểu cho rằng, bên cạnh kết quả, công tác nắm tình hình ở vùng sâu còn chậm; hoạt động lôi kéo, kích động của tổ chức "Nhà nước Đề Ga" vẫn tiềm ẩn; việc giải quyết tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp còn kéo dài. Một số cán bộ cơ sở chưa thật sự gần dân, chưa nói được tiếng dân tộc.
Phát biểu chỉ đạo, đồng chí Y Khuê Kbuôr yêu cầu năm 2018 các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI, đẩy mạnh dân vận chính quyền, giải quyết dứt điểm các vụ việc phức tạp từ cơ sở.
Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể, 15 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 21 cá nhân. Tổng cộng 62 tập thể, cá nhân được khen thưởng.
Hoàng Anh
Lượt đọc: 1.508
Tin liên quan
- Krông Pắc: 30 mô hình dân vận khéo được biểu dương (08/12/2017)
- Đối thoại với 200 người có uy tín vùng đồng bào (20/11/2017)
- Tập huấn nghiệp vụ dân vận năm 2017 (10/10/2017)
""", "2017-12-15", "Khen thưởng 62 tập thể, cá nhân làm tốt công tác dân vận năm 2017",
E("tong_ket", "2017", "2017-12-14"),
[P("Y Khuê Kbuôr", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("H'Bla Êban", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wang Mlô", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk"),
 P("H'Ngơn Êban", "người có uy tín buôn Kô Siêr"),
 P("Nguyễn Văn Thành", "Bí thư Đảng ủy xã Ea Tiêu")],
[Q("62 tập thể, cá nhân", 62, "tập thể, cá nhân"), Q("48 đợt kiểm tra, giám sát", 48, "đợt kiểm tra, giám sát"),
 Q("124 đơn vị", 124, "đơn vị"), Q("1.126 mô hình", 1126, "mô hình"), Q("176.000 m2", 176000, "m2"),
 Q("trên 92 tỷ đồng", 92000000000, "đồng", "over"), Q("15,5%", 15.5, "%"), Q("2.318 hộ", 2318, "hộ"),
 Q("412 đơn thư", 412, "đơn thư"), Q("389 đơn", 389, "đơn"), Q("27 hộ", 27, "hộ"),
 Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "28", "CT/TU", "2017-05-15", "Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 15/5/2017"),
 D("Kế hoạch", "96", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW của BCH Trung ương")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tiêu")],
["Báo Đắk Lắk điện tử", "Thời sự » Chính trị » Công tác dân vận", "Buôn Ma Thuột: hội nghị được tổ chức tại Hội trường 19-8.",
 "Dân vận khéo", "Nhà nước Đề Ga", "Quy chế dân chủ ở cơ sở", "Lượt đọc: 1.508"],
["15/12/2017 - 09:30", "năm 2017", "năm 2018", "khóa XI", "Hội trường 19-8", "Lượt đọc: 1.508"]))

PAGES.append(page("b9588-hatinh-dvk-tongket-2018", """
BÁO HÀ TĨNH
Trang chủ / Chính trị / Xây dựng Đảng
Cập nhật: 08:45, 21/12/2018 (GMT+7)
Hà Tĩnh tôn vinh 85 mô hình "Dân vận khéo" tiêu biểu
Chiều 20/12, Ban Dân vận Tỉnh ủy Hà Tĩnh tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2018, tôn vinh 85 mô hình tiêu biểu. Dự hội nghị có đồng chí Trần Thị Mỹ Hạnh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lê Đình Thục, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu tham quan gian trưng bày sản phẩm của các mô hình. Ảnh: Phan Trâm
Năm 2018, khối dân vận toàn tỉnh tập trung thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động nhân dân trong xây dựng nông thôn mới và về công tác dân vận với đồng bào có đạo. Từ các phong trào, nhân dân đóng góp 386 tỷ đồng, hiến 420.000 m2 đất, tháo dỡ 1.320 công trình để mở rộng đường giao thông. Toàn tỉnh có thêm 27 xã đạt chuẩn nông thôn mới, nâng tổng số lên 131 xã.
Phong trào "Dân vận khéo" được triển khai theo Hướng dẫn số 18-HD/BDVTW của Ban Dân vận Trung ương và Kế hoạch số 121-KH/BDVTU ngày 05/3/2018 của Ban Dân vận Tỉnh ủy. Sau 1 năm, các địa phương đăng ký 2.146 mô hình, trong đó 1.870 mô hình đạt kết quả tốt. Hội nghị đã lựa chọn 85 mô hình tiêu biểu để tôn vinh.
Tại hội nghị, Linh mục Phêrô Nguyễn Văn Hiền, Quản xứ giáo xứ Hòa Thắng, chia sẻ việc giáo dân cùng chính quyền xã Kỳ Ninh làm đường liên thôn. Bà Nguyễn Thị Hương, Chủ tịch Hội Liên hiệp Phụ nữ xã Thạch Hạ, nói về mô hình "5 không, 3 sạch" với 420 hội viên tham gia. Ông Đặng Văn Dũng, Bí thư Chi bộ thôn Trung Tiến, xã Sơn Kim 2, kể việc vận động 63 hộ tự nguyện hiến đất.
Hội nghị cũng chỉ rõ: việc phát hiện, bồi dưỡng điển hình ở một số địa phương chưa thường xuyên; một số mô hình sau khi được công nhận thiếu duy trì. Đồng chí Lê Đình Thục đề nghị các cấp chú trọng chất lượng hơn số lượng, gắn khen thưởng với kết quả thực chất ở cơ sở.
Phát biểu chỉ đạo, đồng chí Trần Thị Mỹ Hạnh biểu dương những cách làm sáng tạo, đề nghị năm 2019 các cấp ủy tiếp tục thực hiện Nghị quyết số 25-NQ/TW, lắng nghe, giải quyết kịp thời kiến nghị chính đáng của nhân dân, nhất là trong bồi thường, giải phóng mặt bằng các dự án lớn.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể và 25 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 40 mô hình, mỗi mô hình được thưởng 1,5 triệu đồng.
Phan Trâm
Lượt xem: 3.120
Tin cùng chuyên mục
- Cẩm Xuyên trao thưởng cho 12 mô hình dân vận khéo (14/12/2018)
- Ban Dân vận Tỉnh ủy giao ban quý IV (05/12/2018)
- Vũ Quang: vận động giáo dân xây dựng nông thôn mới (28/11/2018)
""", "2018-12-21", "Hà Tĩnh tôn vinh 85 mô hình \"Dân vận khéo\" tiêu biểu",
E("tong_ket", "2018", "2018-12-20"),
[P("Trần Thị Mỹ Hạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Đình Thục", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Nguyễn Văn Hiền", "Linh mục", "Quản xứ giáo xứ Hòa Thắng"),
 P("Nguyễn Thị Hương", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thạch Hạ"),
 P("Đặng Văn Dũng", "Bí thư Chi bộ thôn Trung Tiến")],
[Q("85 mô hình \"Dân vận khéo\" tiêu biểu", 85, "mô hình tiêu biểu"), Q("386 tỷ đồng", 386000000000, "đồng"),
 Q("420.000 m2", 420000, "m2"), Q("1.320 công trình", 1320, "công trình"), Q("27 xã", 27, "xã"), Q("131 xã", 131, "xã"),
 Q("2.146 mô hình", 2146, "mô hình"), Q("1.870 mô hình", 1870, "mô hình"), Q("420 hội viên", 420, "hội viên"),
 Q("63 hộ", 63, "hộ"), Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("40 mô hình", 40, "mô hình"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "18", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 18-HD/BDVTW của Ban Dân vận Trung ương"),
 D("Kế hoạch", "121", "KH/BDVTU", "2018-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 121-KH/BDVTU ngày 05/3/2018 của Ban Dân vận Tỉnh ủy"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Hà Tĩnh"), com("Kỳ Ninh"), com("Thạch Hạ"), com("Sơn Kim 2")],
["BÁO HÀ TĨNH", "Trang chủ / Chính trị / Xây dựng Đảng", "Các đại biểu tham quan gian trưng bày sản phẩm của các mô hình. Ảnh: Phan Trâm",
 "Dân vận khéo", "5 không, 3 sạch", "Lượt xem: 3.120"],
["Cập nhật: 08:45, 21/12/2018 (GMT+7)", "năm 2018", "năm 2019", "1 năm", "5 không, 3 sạch", "Lượt xem: 3.120"]))

PAGES.append(page("b9589-baclieu-cumthidua-tongket-2019", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU          Hôm nay: Thứ Hai, 30/12/2019
Trang chủ :: Hoạt động :: Thi đua - khen thưởng
27.12.2019 | 14:10
Cụm thi đua khối dân vận các huyện, thị xã, thành phố bình xét khen thưởng
Ngày 26/12/2019, tại huyện Hồng Dân, Cụm thi đua khối dân vận các huyện, thị xã, thành phố tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua năm 2019. Đồng chí Lý Thị Kim Liên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo. Đồng chí Danh Sên, HUV, Trưởng Ban Dân vận Huyện ủy Hồng Dân, Cụm trưởng năm 2019 chủ trì hội nghị.
Đồng chí Lý Thị Kim Liên phát biểu tại hội nghị. Ảnh: Thanh Hùng
Theo báo cáo, năm 2019 các đơn vị trong cụm đã tham mưu cấp ủy thực hiện Kết luận 09, 10-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận chính quyền và về vận động đồng bào Khmer, Hoa. Ban Dân vận 7 huyện, thị xã, thành phố đã chủ trì 35 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 186 kiến nghị, trong đó 171 kiến nghị được trả lời tại chỗ.
Toàn cụm có 642 mô hình "Dân vận khéo", 4.850 hộ được hỗ trợ thoát nghèo bằng sinh kế; nhân dân đóng góp 26,8 tỷ đồng xây dựng 112 cây cầu bê tông và 94 km lộ nông thôn. Đồng bào Khmer được vận động đón Tết Chôl Chnăm Thmây, lễ Sene Đôlta tiết kiệm, an toàn.
Trên cơ sở chấm điểm công khai, hội nghị thống nhất suy tôn Ban Dân vận Huyện ủy Phước Long và Ban Dân vận Thị ủy Giá Rai dẫn đầu cụm, đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen; đề nghị Ban Dân vận Tỉnh ủy tặng giấy khen cho 3 tập thể và 9 cá nhân.
Tại hội nghị, ông Thạch Sóc Phol, Phó Chủ tịch UBND xã Ninh Thạnh Lợi A, chia sẻ cách vận động 58 hộ đồng bào Khmer chuyển từ lúa một vụ sang mô hình tôm - lúa. Bà Tiêu Thị Ngọc Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường Hộ Phòng, thị xã Giá Rai, giới thiệu việc vận động 36 cơ sở kinh doanh cùng tham gia nấu cơm từ thiện cho bệnh nhân nghèo.
Hội nghị cũng chỉ ra những mặt còn hạn chế: việc đăng ký, đánh giá mô hình ở một số đơn vị còn chậm, hồ sơ đề nghị khen thưởng chưa đầy đủ; việc nắm tình hình nhân dân vùng ven biển có lúc chưa kịp thời.
Phát biểu chỉ đạo, đồng chí Lý Thị Kim Liên đề nghị các đơn vị trong cụm tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; chuẩn bị tốt cho đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025. Hội nghị bầu Ban Dân vận Thị ủy Giá Rai làm Cụm trưởng năm 2020.
Thanh Hùng
Lượt xem: 417
Tin liên quan
- Hội nghị Ban Dân vận Tỉnh ủy tổng kết năm 2019 (20/12/2019)
- Đông Hải giao ban công tác dân vận quý IV (10/12/2019)
- Trao 500 phần quà cho đồng bào Khmer nghèo (18/11/2019)
""", "2019-12-27", "Cụm thi đua khối dân vận các huyện, thị xã, thành phố bình xét khen thưởng",
E("tong_ket", "2019", "2019-12-26"),
[P("Lý Thị Kim Liên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Danh Sên", "HUV", "Trưởng Ban Dân vận Huyện ủy Hồng Dân", "Cụm trưởng năm 2019"),
 P("Thạch Sóc Phol", "Phó Chủ tịch UBND xã Ninh Thạnh Lợi A"),
 P("Tiêu Thị Ngọc Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hộ Phòng")],
[Q("7 huyện, thị xã, thành phố", 7, "huyện, thị xã, thành phố"), Q("35 cuộc đối thoại", 35, "cuộc đối thoại"),
 Q("186 kiến nghị", 186, "kiến nghị"), Q("171 kiến nghị", 171, "kiến nghị"), Q("642 mô hình", 642, "mô hình"),
 Q("4.850 hộ", 4850, "hộ"), Q("26,8 tỷ đồng", 26800000000, "đồng"), Q("112 cây cầu bê tông", 112, "cây cầu bê tông"),
 Q("94 km", 94, "km"), Q("3 tập thể", 3, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("58 hộ đồng bào Khmer", 58, "hộ đồng bào Khmer"),
 Q("36 cơ sở kinh doanh", 36, "cơ sở kinh doanh")],
[D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị")],
[prov("Bạc Liêu"), com("Ninh Thạnh Lợi A"), com("Hộ Phòng")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ :: Hoạt động :: Thi đua - khen thưởng",
 "Đồng chí Lý Thị Kim Liên phát biểu tại hội nghị. Ảnh: Thanh Hùng", "Dân vận khéo", "Chôl Chnăm Thmây", "Sene Đôlta", "Lượt xem: 417"],
["Hôm nay: Thứ Hai, 30/12/2019", "27.12.2019 | 14:10", "năm 2019", "năm 2020", "nhiệm kỳ 2020 - 2025", "Lượt xem: 417"]))

PAGES.append(page("b9590-quangnam-xa-talu-tongket-2020", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÀ LU
Huyện Đông Giang - Tỉnh Quảng Nam
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy
Ngày 12/01/2021 | 16:00
Đảng ủy xã Tà Lu triển khai nhiệm vụ công tác dân vận năm 2021
Ngày 11/01/2021, Đảng ủy xã Tà Lu tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Đồng chí Bhling Đức, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì. Dự hội nghị có đồng chí Alăng Thị Mai, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Đông Giang, cùng 46 đại biểu là bí thư chi bộ, trưởng thôn, già làng và người có uy tín.
Quang cảnh hội nghị tại hội trường UBND xã.
Năm 2020 là năm nhiều khó khăn: dịch Covid-19 và đợt mưa lũ lịch sử tháng 10, 11 đã làm sạt lở nhiều đoạn đường, hư hỏng 23 ngôi nhà. Khối dân vận xã đã vận động nhân dân góp 1.250 ngày công dọn dẹp, khắc phục hậu quả; tiếp nhận và phân phát 4,6 tấn gạo cứu trợ cho 312 hộ bị ảnh hưởng.
Theo báo cáo do đồng chí Zơrâm Bốp, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trình bày, khối dân vận đã triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ XIII và Kế hoạch số 24-KH/ĐU ngày 15/9/2020 của Ban Thường vụ Đảng ủy xã về thực hiện Quy chế dân vận. Xã tiếp tục thực hiện Nghị quyết số 11-NQ/HU của Huyện ủy về phát triển kinh tế rừng; đồng bào Cơ Tu trồng mới 86 ha rừng keo và 12 ha sâm Ngọc Linh dưới tán rừng. Tỷ lệ hộ nghèo giảm từ 48,2% xuống còn 41,7%.
Tại hội nghị, già làng Pơloong Plênh ở thôn Pơ Ning chia sẻ việc vận động con cháu không tảo hôn, không kết hôn cận huyết thống; trong năm cả thôn không có trường hợp tảo hôn nào. Chị A Rất Thị Xuân, Bí thư Đoàn xã, nói về đội thanh niên xung kích giúp 17 hộ dựng lại nhà sau lũ. Ông Ating Hùng, Trưởng thôn Ào, đề nghị xã sớm xây lại cầu tràn bị lũ cuốn.
Hội nghị thẳng thắn nêu hạn chế: một số chi bộ chưa chú trọng sinh hoạt chuyên đề về dân vận; công tác nắm tình hình nhân dân ở các nóc xa trung tâm có lúc chưa kịp thời; tập quán sản xuất nhỏ lẻ vẫn còn phổ biến.
Phát biểu chỉ đạo, đồng chí Alăng Thị Mai đề nghị năm 2021 xã đẩy mạnh phong trào thi đua "Dân vận khéo", tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026, tiếp tục vận động nhân dân tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 5 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2020; 2 già làng được Ban Dân vận Huyện ủy tặng giấy khen.
Văn phòng Đảng ủy xã
Lượt truy cập: 158
Tin liên quan
- Tà Lu: hỗ trợ 120 hộ khắc phục hậu quả lũ lụt (12/11/2020)
- Đại hội Đảng bộ xã Tà Lu lần thứ XIII (05/07/2020)
- Lễ hội Mừng lúa mới của đồng bào Cơ Tu (20/12/2020)
""", "2021-01-12", "Đảng ủy xã Tà Lu triển khai nhiệm vụ công tác dân vận năm 2021",
E("tong_ket", "2020", "2021-01-11"),
[P("Bhling Đức", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Alăng Thị Mai", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Đông Giang"),
 P("Zơrâm Bốp", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Pơloong Plênh", "già làng"),
 P("A Rất Thị Xuân", "Bí thư Đoàn xã"),
 P("Ating Hùng", "Trưởng thôn Ào")],
[Q("46 đại biểu", 46, "đại biểu"), Q("23 ngôi nhà", 23, "ngôi nhà"), Q("1.250 ngày công", 1250, "ngày công"),
 Q("4,6 tấn", 4.6, "tấn"), Q("312 hộ", 312, "hộ"), Q("86 ha", 86, "ha"), Q("12 ha", 12, "ha"),
 Q("48,2%", 48.2, "%"), Q("41,7%", 41.7, "%"), Q("17 hộ", 17, "hộ"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("2 già làng", 2, "già làng")],
[D("Kế hoạch", "24", "KH/ĐU", "2020-09-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 24-KH/ĐU ngày 15/9/2020 của Ban Thường vụ Đảng ủy xã"),
 D("Nghị quyết", "11", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 11-NQ/HU của Huyện ủy")],
[prov("Quảng Nam"), com("Tà Lu")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÀ LU", "Huyện Đông Giang - Tỉnh Quảng Nam", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy",
 "Quang cảnh hội nghị tại hội trường UBND xã.", "Dân vận khéo", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ XIII", "Lượt truy cập: 158"],
["Ngày 12/01/2021 | 16:00", "năm 2020", "năm 2021", "lần thứ XIII", "khóa XV", "nhiệm kỳ 2021 - 2026", "tháng 10, 11", "Lượt truy cập: 158"]))

PAGES.append(page("b9591-cantho-phuong-ankhanh-tongket-2021", """
Cổng thông tin điện tử phường An Khánh - quận Ninh Kiều - TP. Cần Thơ
Trang chủ / Tin hoạt động / Công tác dân vận
30 tháng 12, 2021 | 10:20
Đồng chí Trần Thị Xuân Mai phát biểu tại điểm cầu Đảng ủy phường.
Phường An Khánh: khen thưởng 8 tập thể, 16 cá nhân làm tốt công tác dân vận
Sáng 29/12, Đảng ủy phường An Khánh tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2021 với 9 điểm cầu tại các khu vực. Dự tại điểm cầu chính có đồng chí Huỳnh Thanh Tâm, Quận ủy viên, Phó Trưởng Ban Dân vận Quận ủy Ninh Kiều; đồng chí Trần Thị Xuân Mai, Bí thư Đảng ủy phường.
Năm 2021, dịch Covid-19 diễn biến phức tạp, phường phải thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ suốt nhiều tuần. Khối dân vận phường đã phối hợp Mặt trận, các đoàn thể vận động 214 mạnh thường quân, tiếp nhận hơn 3,2 tỷ đồng tiền mặt và 86 tấn hàng hóa, hỗ trợ 5.680 lượt hộ khó khăn. Có 38 "Tổ Covid cộng đồng" với 265 thành viên được thành lập, hoạt động hiệu quả.
Báo cáo do đồng chí Lâm Chí Vĩnh, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường trình bày cho biết, khối dân vận đã tham mưu Đảng ủy thực hiện Chỉ thị 05, 06-CT/QU của Ban Thường vụ Quận ủy về công tác dân vận trong phòng, chống dịch và về vận động người Hoa, người Khmer sinh sống trên địa bàn. Phường duy trì 4 mô hình "Dân vận khéo", trong đó mô hình "Bếp ăn yêu thương" đã nấu 12.400 suất cơm miễn phí.
Công tác dân vận chính quyền được chú trọng: UBND phường tổ chức 6 buổi đối thoại trực tuyến với nhân dân, trả lời 41 ý kiến góp ý. Phường hoàn thành vận động 100% người dân từ 18 tuổi trở lên tiêm đủ 2 mũi vắc xin.
Tại các điểm cầu, bà Sơn Thị Kim Thoa, Trưởng ban công tác Mặt trận khu vực 5, kể lại những ngày đi chợ hộ cho 320 hộ dân trong khu phong tỏa. Ông Lý Hữu Phước, Trưởng Ban Đại diện Hội người Hoa phường, cho biết bà con người Hoa đã góp 450 triệu đồng vào quỹ phòng, chống dịch.
Hội nghị nhận định, năm 2021 công tác dân vận được thực hiện linh hoạt, góp phần giữ vững ổn định; song vẫn còn hạn chế như: một số tổ dân vận khu vực hoạt động chưa đều, việc ứng dụng mạng xã hội trong nắm bắt dư luận còn lúng túng.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Tâm đề nghị năm 2022 Đảng ủy phường tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị, quan tâm chăm lo người lao động mất việc do dịch; chuẩn bị tốt các điều kiện phục hồi kinh tế.
Dịp này, Đảng ủy phường tặng giấy khen cho 8 tập thể, 16 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2021.
Ngọc Thảo
Lượt xem: 289
Các tin khác
- An Khánh trao 200 phần quà cho người lao động khó khăn (20/12/2021)
- Hội nghị giao ban khu vực quý IV/2021 (02/12/2021)
- Ra mắt mô hình "Bếp ăn yêu thương" (15/08/2021)
""", "2021-12-30", "Phường An Khánh: khen thưởng 8 tập thể, 16 cá nhân làm tốt công tác dân vận",
E("tong_ket", "2021", "2021-12-29"),
[P("Trần Thị Xuân Mai", "Bí thư Đảng ủy phường"),
 P("Huỳnh Thanh Tâm", "Quận ủy viên", "Phó Trưởng Ban Dân vận Quận ủy Ninh Kiều"),
 P("Lâm Chí Vĩnh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Sơn Thị Kim Thoa", "Trưởng ban công tác Mặt trận khu vực 5"),
 P("Lý Hữu Phước", "Trưởng Ban Đại diện Hội người Hoa phường")],
[Q("8 tập thể", 8, "tập thể"), Q("16 cá nhân", 16, "cá nhân"), Q("9 điểm cầu", 9, "điểm cầu"),
 Q("214 mạnh thường quân", 214, "mạnh thường quân"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("86 tấn", 86, "tấn"),
 Q("5.680 lượt hộ khó khăn", 5680, "lượt hộ khó khăn"), Q("38 \"Tổ Covid cộng đồng\"", 38, "Tổ Covid cộng đồng"),
 Q("265 thành viên", 265, "thành viên"), Q("4 mô hình", 4, "mô hình"), Q("12.400 suất cơm", 12400, "suất cơm"),
 Q("6 buổi đối thoại", 6, "buổi đối thoại"), Q("41 ý kiến", 41, "ý kiến"), Q("100%", 100, "%"),
 Q("320 hộ dân", 320, "hộ dân"), Q("450 triệu đồng", 450000000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "05", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị 05, 06-CT/QU"),
 D("Chỉ thị", "06", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị 05, 06-CT/QU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị")],
[prov("Cần Thơ"), com("An Khánh")],
["Cổng thông tin điện tử phường An Khánh - quận Ninh Kiều - TP. Cần Thơ", "Trang chủ / Tin hoạt động / Công tác dân vận",
 "Đồng chí Trần Thị Xuân Mai phát biểu tại điểm cầu Đảng ủy phường.", "Dân vận khéo", "Bếp ăn yêu thương", "Tổ Covid cộng đồng",
 "Hội người Hoa", "Lượt xem: 289"],
["30 tháng 12, 2021 | 10:20", "năm 2021", "năm 2022", "18 tuổi", "2 mũi", "khu vực 5", "Lượt xem: 289"]))

PAGES.append(page("b9592-langson-bdv-tongket-2022", """
BÁO LẠNG SƠN ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Dân vận
Thứ Ba, 27/12/2022, 15:30
Ban Dân vận Tỉnh ủy: 31 cá nhân nhận Kỷ niệm chương "Vì sự nghiệp Dân vận"
LSO - Sáng 26/12, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội năm 2022. Đồng chí Lộc Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Cùng dự có các đồng chí Hoàng Thị Luyến, Mã Văn Hùng - Phó Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị. Ảnh: Minh Châu
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kế hoạch 36, 37-KH/TU về thực hiện Kết luận số 43-KL/TW ngày 07/1/2019 của Ban Bí thư và về tăng cường công tác dân vận ở khu vực biên giới; chỉ đạo sơ kết 5 năm thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư. Khối dân vận tham gia vận động nhân dân ở 11 huyện, thành phố thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về chương trình phát triển vùng đồng bào dân tộc thiểu số.
Từ phong trào "Dân vận khéo", toàn tỉnh công nhận 1.364 mô hình, trong đó 218 mô hình cấp tỉnh; nhân dân hiến 37,2 ha đất, đóng góp 125 tỷ đồng xây dựng nông thôn mới. Mặt trận các cấp vận động "Quỹ Vì người nghèo" được 16,4 tỷ đồng, hỗ trợ làm mới 310 căn nhà đại đoàn kết.
Đồng chí Hà Văn Thuyên, HUV, Trưởng Ban Dân vận Huyện ủy Tràng Định, tham luận về vận động đồng bào Tày, Nùng ở các thôn giáp biên không vượt biên trái phép. Bà Lành Thị Nhung, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Minh, giới thiệu mô hình "Phụ nữ Nùng làm du lịch cộng đồng" đón 2.500 lượt khách. Ông Chu Văn Tỉnh, người có uy tín thôn Bản Rỵ, xã Mẫu Sơn, nói về vai trò của người có uy tín trong giải quyết mâu thuẫn ở thôn.
Hội nghị đánh giá, công tác dân vận năm 2022 có nhiều đổi mới; tuy vậy, việc nắm tình hình tư tưởng trên không gian mạng còn hạn chế; một số cấp ủy cơ sở chưa quan tâm đúng mức tới công tác thi đua, khen thưởng trong khối dân vận; còn 12 vụ khiếu kiện đông người về đất đai.
Phát biểu kết luận, đồng chí Lộc Thị Thoa yêu cầu năm 2023 tập trung thực hiện Kết luận số 23-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW khóa XI; kịp thời khen thưởng người tốt, việc tốt.
Tại hội nghị, 31 cá nhân được trao Kỷ niệm chương "Vì sự nghiệp Dân vận"; Ban Dân vận Tỉnh ủy tặng giấy khen cho 26 tập thể, 38 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 7 tập thể có thành tích xuất sắc.
Minh Châu
Lượt xem: 1.786
Tin liên quan
- Văn Lãng tổng kết công tác dân vận năm 2022 (21/12/2022)
- Ban Dân vận Tỉnh ủy giao ban quý IV/2022 (06/12/2022)
- Trao 300 suất quà cho người có uy tín (25/11/2022)
""", "2022-12-27", "Ban Dân vận Tỉnh ủy: 31 cá nhân nhận Kỷ niệm chương \"Vì sự nghiệp Dân vận\"",
E("tong_ket", "2022", "2022-12-26"),
[P("Lộc Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Luyến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mã Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Thuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Tràng Định"),
 P("Lành Thị Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Minh"),
 P("Chu Văn Tỉnh", "người có uy tín thôn Bản Rỵ")],
[Q("31 cá nhân", 31, "cá nhân"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("1.364 mô hình", 1364, "mô hình"),
 Q("218 mô hình cấp tỉnh", 218, "mô hình cấp tỉnh"), Q("37,2 ha", 37.2, "ha"), Q("125 tỷ đồng", 125000000000, "đồng"),
 Q("16,4 tỷ đồng", 16400000000, "đồng"), Q("310 căn nhà đại đoàn kết", 310, "căn nhà đại đoàn kết"),
 Q("2.500 lượt khách", 2500, "lượt khách"), Q("12 vụ khiếu kiện đông người", 12, "vụ khiếu kiện đông người"),
 Q("26 tập thể", 26, "tập thể"), Q("38 cá nhân", 38, "cá nhân"), Q("7 tập thể", 7, "tập thể")],
[D("Kế hoạch", "36", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Kế hoạch", "37", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/1/2019 của Ban Bí thư"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW của Ban Bí thư"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Kết luận", "23", "KL/TW", None, "Ban Bí thư", "Kết luận số 23-KL/TW của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Lạng Sơn"), com("Tân Minh"), com("Mẫu Sơn")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Dân vận", "Các đại biểu dự hội nghị. Ảnh: Minh Châu", "LSO",
 "Vì sự nghiệp Dân vận", "Dân vận khéo", "Quỹ Vì người nghèo", "Phụ nữ Nùng làm du lịch cộng đồng", "Lượt xem: 1.786"],
["Thứ Ba, 27/12/2022, 15:30", "năm 2022", "năm 2023", "5 năm", "khóa XI", "Lượt xem: 1.786"]))
