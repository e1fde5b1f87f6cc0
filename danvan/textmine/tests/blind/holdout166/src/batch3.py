from lib import *
PAGES = []

PAGES.append(page("b3953-travinh-bdv-tongket-2022", """
Hôm nay: Thứ Ba, 27/12/2022
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ :: Tin tức :: Hoạt động dân vận
Ngày đăng: 26/12/2022 | 15:40
Đồng chí Kim Ngọc Thanh phát biểu tại hội nghị.
Khen thưởng 30 mô hình tiêu biểu, 45 cá nhân xuất sắc trong phong trào "Dân vận khéo"
Sáng 23/12, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2022 và phong trào thi đua "Dân vận khéo", triển khai nhiệm vụ năm 2023. Đồng chí Kim Ngọc Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Thạch Phước Bảo, Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và Hòa thượng Thạch Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Năm 2022, toàn tỉnh xây dựng 1.138 mô hình "Dân vận khéo", trong đó 214 mô hình được công nhận cấp huyện, 30 mô hình tiêu biểu được đề nghị khen thưởng cấp tỉnh. Thông qua phong trào, nhân dân hiến trên 96.000 m2 đất, đóng góp 24.600 ngày công và gần 39,4 tỷ đồng xây dựng 187 km đường, 46 cây cầu; vận động sửa chữa, xây mới 512 căn nhà cho hộ nghèo, hộ cận nghèo. Có 142 chùa Phật giáo Nam tông Khmer tham gia mô hình "Chùa xanh - sạch - đẹp".
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác dân vận trong vùng đồng bào Khmer và công tác dân vận chính quyền; Ban hướng dẫn thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Ban cũng phối hợp triển khai Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh.
Tại hội nghị, bà Thạch Thị Sà Ra, Bí thư Chi bộ ấp Sóc Cụt, xã Đa Lộc, kể cách vận động 27 hộ Khmer hiến 3.400 m2 đất; ông Sơn Chanh Đa, người có uy tín ấp Ba Se A, xã Lương Hòa, đã cùng bà con góp 120 triệu đồng làm cầu. Đại đức Kim Sóc Khem, trụ trì chùa Bà Sết, xã Lương Hòa, cho biết chùa mở 6 lớp dạy chữ Khmer cho 210 em.
Hội nghị chỉ ra một số hạn chế: một số mô hình đăng ký nhiều nhưng chất lượng chưa cao; việc sơ kết, nhân rộng ở cấp xã chưa thường xuyên; nắm tình hình ở vùng giáp ranh còn có lúc bị động.
Phát biểu chỉ đạo, đồng chí Thạch Phước Bảo yêu cầu năm 2023 mỗi chi bộ ấp, khóm có ít nhất 1 mô hình "Dân vận khéo"; Ban Dân vận Tỉnh ủy tham mưu sơ kết 5 năm thực hiện Kết luận 43-KL/TW của Ban Bí thư.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 mô hình tiêu biểu; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 45 cá nhân xuất sắc, gồm các đồng chí Bí thư chi bộ ấp: Thạch Sa Rương, Kiên Thị Sa Vên, Lâm Văn Bảy cùng nhiều đoàn viên, hội viên.
Phương Thảo
Lượt truy cập: 1.260.774
Tin khác
- Cầu Kè: tuyên dương 20 mô hình dân vận khéo (15/12/2022)
- Trao 300 phần quà Tết Chôl Chnăm Thmây (10/04/2022)
- Trà Cú: 5 năm thực hiện Quy chế dân chủ (28/11/2022)
""", "2022-12-26", 'Khen thưởng 30 mô hình tiêu biểu, 45 cá nhân xuất sắc trong phong trào "Dân vận khéo"',
E("tong_ket", "2022", "2022-12-23"),
[P("Kim Ngọc Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Phước Bảo", "Ủy viên Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thạch Sóc Kha", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Thị Sà Ra", "Bí thư Chi bộ ấp Sóc Cụt"),
 P("Sơn Chanh Đa", "người có uy tín ấp Ba Se A"),
 P("Kim Sóc Khem", "Đại đức", "trụ trì chùa Bà Sết"),
 P("Thạch Sa Rương", "Bí thư chi bộ ấp"), P("Kiên Thị Sa Vên", "Bí thư chi bộ ấp"), P("Lâm Văn Bảy", "Bí thư chi bộ ấp")],
[Q("30 mô hình tiêu biểu", 30, "mô hình tiêu biểu"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc"), Q("1.138 mô hình", 1138, "mô hình"),
 Q("214 mô hình", 214, "mô hình"),
 Q("trên 96.000 m2", 96000, "m2", "over"), Q("24.600 ngày công", 24600, "ngày công"),
 Q("gần 39,4 tỷ đồng", 39400000000, "đồng", "approx"), Q("187 km", 187, "km"), Q("46 cây cầu", 46, "cây cầu"),
 Q("512 căn nhà", 512, "căn nhà"), Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"),
 Q("27 hộ Khmer", 27, "hộ Khmer"), Q("3.400 m2", 3400, "m2"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"), Q("210 em", 210, "em"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-BCSĐUBND", None, None, "Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW")],
[prov("Trà Vinh"), com("Đa Lộc"), com("Lương Hòa")],
["Hôm nay: Thứ Ba, 27/12/2022", "BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ :: Tin tức :: Hoạt động dân vận",
 "Đồng chí Kim Ngọc Thanh phát biểu tại hội nghị.", "Dân vận khéo", "Chùa xanh - sạch - đẹp", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Lượt truy cập: 1.260.774"],
["Ngày đăng: 26/12/2022 | 15:40", "năm 2022", "năm 2023", "5 năm", "Lượt truy cập: 1.260.774"]))

PAGES.append(page("b3954-binhduong-phuong-traokhen-2022", """
PHƯỜNG PHÚ HÒA - THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > Hoạt động Mặt trận - Đoàn thể
09/09/2022 | 16:45
Trao Giấy khen cho 18 tập thể, 26 cá nhân điển hình "Dân vận khéo"
Tối 8/9, tại Hội trường khu phố 3, Đảng ủy phường Phú Hòa (thành phố Thủ Dầu Một, tỉnh Bình Dương) long trọng tổ chức lễ trao Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo" và thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.
Ảnh: Lãnh đạo phường trao Giấy khen cho các khu phố.
Đến dự có bà Nguyễn Thị Thu Ba, Phó Trưởng Ban Dân vận Thành ủy Thủ Dầu Một; ông Lê Thanh Hà, Thành ủy viên, Bí thư Đảng ủy phường; ông Đặng Văn Phúc, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; bà Trương Ngọc Diễm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Theo báo cáo, thực hiện Kế hoạch số 84-KH/ĐU ngày 15/02/2022 của Ban Thường vụ Đảng ủy phường, các chi bộ, đoàn thể đã đăng ký 42 mô hình "Dân vận khéo", trong đó 12 mô hình "Dân vận khéo" trong lĩnh vực dân vận chính quyền. Từ đầu năm đến nay, các khu phố đã vận động nhân dân đóng góp hơn 1,86 tỷ đồng nâng cấp 14 tuyến hẻm, lắp đặt 320 bóng đèn chiếu sáng "Thắp sáng đường quê"; duy trì 11 tổ nhân dân tự quản với 186 hộ tham gia; trao 650 phần quà Tết cho công nhân lao động nhà trọ khó khăn.
Trong đại dịch Covid-19, các mô hình "Bếp ăn 0 đồng", "ATM gạo" đã huy động khoảng 24 tấn gạo, 9.800 suất ăn hỗ trợ người lao động. Tỷ lệ hài lòng của người dân đối với giải quyết thủ tục hành chính tại phường đạt 98,6%.
Phát biểu tại buổi lễ, ông Lê Thanh Hà đánh giá cao các tập thể, cá nhân được khen; đề nghị các chi bộ tiếp tục thực hiện Quy định số 99-QĐ/TU của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại với nhân dân, mỗi chi bộ khu phố xây dựng từ 1 mô hình trở lên trong năm 2023.
Dịp này, UBND phường tặng Giấy khen cho 18 tập thể và 26 cá nhân theo Quyết định số 245/QĐ-UBND ngày 05/9/2022 của Chủ tịch UBND phường; mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân 300.000 đồng. Trong số cá nhân được khen có các Trưởng khu phố: Nguyễn Văn Tám, Huỳnh Thị Lệ, cùng ông Trần Văn Đực, Tổ trưởng tổ nhân dân tự quản số 7, khu phố 4, người đã hiến 160 m2 đất mở hẻm.
Ông Trần Văn Đực bày tỏ: "Tôi thấy đường hẻm rộng ra thì cả xóm cùng vui, đâu cần phải đền bù".
Buổi lễ cũng là dịp để các khu phố trao đổi kinh nghiệm vận động nhân dân, nhất là vận động người lao động ngoại tỉnh thuê trọ tham gia giữ gìn an ninh trật tự, vệ sinh môi trường.
Minh Duy (Đài truyền thanh phường)
Lượt xem: 367
Tin liên quan
- Phú Hòa ra mắt mô hình "Khu phố không rác" (22/08/2022)
- Đại hội Chi bộ khu phố 5 nhiệm kỳ 2022 - 2025 (12/07/2022)
- Trao 100 suất quà cho người lao động (30/06/2022)
""", "2022-09-09", 'Trao Giấy khen cho 18 tập thể, 26 cá nhân điển hình "Dân vận khéo"',
E("khac", None, "2022-09-08"),
[P("Nguyễn Thị Thu Ba", "Phó Trưởng Ban Dân vận Thành ủy Thủ Dầu Một"),
 P("Lê Thanh Hà", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Đặng Văn Phúc", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trương Ngọc Diễm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Văn Tám", "Trưởng khu phố"), P("Huỳnh Thị Lệ", "Trưởng khu phố"),
 P("Trần Văn Đực", "Tổ trưởng tổ nhân dân tự quản số 7")],
[Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân"), Q("42 mô hình", 42, "mô hình"), Q("12 mô hình", 12, "mô hình"),
 Q("hơn 1,86 tỷ đồng", 1860000000, "đồng", "over"), Q("14 tuyến hẻm", 14, "tuyến hẻm"), Q("320 bóng đèn chiếu sáng", 320, "bóng đèn chiếu sáng"),
 Q("11 tổ nhân dân tự quản", 11, "tổ nhân dân tự quản"), Q("186 hộ", 186, "hộ"), Q("650 phần quà", 650, "phần quà"),
 Q("khoảng 24 tấn", 24, "tấn", "approx"), Q("9.800 suất ăn", 9800, "suất ăn"), Q("98,6%", 98.6, "%"),
 Q("từ 1 mô hình trở lên", 1, "mô hình", "over"), Q("600.000 đồng", 600000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("160 m2", 160, "m2")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "84", "KH/ĐU", "2022-02-15", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 84-KH/ĐU ngày 15/02/2022"),
 D("Quy định", "99", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 99-QĐ/TU"),
 D("Quyết định", "245", "QĐ-UBND", "2022-09-05", "Chủ tịch UBND phường", "Quyết định số 245/QĐ-UBND ngày 05/9/2022")],
[prov("Bình Dương"), com("Phú Hòa")],
["PHƯỜNG PHÚ HÒA - THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG", "Trang chủ > Tin tức > Hoạt động Mặt trận - Đoàn thể",
 "Ảnh: Lãnh đạo phường trao Giấy khen cho các khu phố.", "Dân vận khéo", "Thắp sáng đường quê", "Bếp ăn 0 đồng", "ATM gạo",
 "Lượt xem: 367"],
["09/09/2022 | 16:45", "năm 2023", "khu phố 3", "khu phố 4", "số 7", "Bếp ăn 0 đồng", "Covid-19", "Lượt xem: 367"]))

PAGES.append(page("b3955-camau-mttq-tongket-2023", """
Báo Cà Mau điện tử
Thời sự » Mặt trận
Thứ Sáu, 22/12/2023 - 06:20
Ảnh: Các tập thể nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam.
Tôn vinh 64 tập thể, cá nhân tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
(CMO) Chiều 21/12, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2023.
Dự hội nghị có đồng chí Nguyễn Tiến Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Nguyễn Hữu Dương, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Đồng chí Tô Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2023, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được trên 62,5 tỷ đồng, hỗ trợ xây mới 1.024 căn nhà đại đoàn kết, sửa chữa 318 căn; vận động nhân dân hiến 128.000 m2 đất, đóng góp 37.500 ngày công xây dựng 216 km đường và 58 cây cầu nông thôn. Toàn tỉnh có 96,4% hộ gia đình đạt chuẩn văn hóa, 874/918 ấp, khóm đạt chuẩn văn hóa; 2 xã đạt chuẩn nông thôn mới nâng cao.
Thực hiện Chương trình phối hợp số 21/CTPH-MTTQ-UBND và Kế hoạch 46-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, các cấp đã xây dựng 162 mô hình "Dân vận khéo", 37 mô hình tự quản ở khu dân cư. Ủy ban MTTQ các cấp đã tổ chức 412 cuộc giám sát, tiếp nhận 1.036 ý kiến, kiến nghị của cử tri.
Tại hội nghị, ông Lâm Văn Nhỏ, Trưởng ban công tác Mặt trận ấp Kênh Tắc, xã Tân Hưng Đông, kể việc vận động 52 hộ góp 780 triệu đồng làm lộ bê tông; bà Huỳnh Thị Cúc, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây Bắc, cho biết xã đã hoàn thành 46 căn nhà đại đoàn kết theo Quyết định số 1719/QĐ-TTg.
Phát biểu chỉ đạo, đồng chí Nguyễn Tiến Hòa đề nghị năm 2024 Mặt trận các cấp tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị, chú trọng vận động "Ngày vì người nghèo", chăm lo cho người dân vùng sạt lở ven biển.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 6 tập thể, 8 cá nhân; UBND tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân; các đồng chí Chủ tịch Ủy ban MTTQ huyện: Trần Văn Nhàn, Lý Thị Thúy được nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: việc vận động ở một số khu đô thị còn chậm; hoạt động giám sát, phản biện xã hội của Mặt trận cơ sở có nơi chưa hiệu quả; một số Ban công tác Mặt trận ấp, khóm còn lúng túng khi nắm bắt dư luận nhân dân.
Hoàng Vũ
Lượt xem: 1.580
Tin liên quan
- Mặt trận tỉnh trao 100 căn nhà đại đoàn kết (15/12/2023)
- Năm Căn: tổng kết cuộc vận động năm 2023 (12/12/2023)
- Hội nghị giao ban công tác Mặt trận quý IV (30/11/2023)
""", "2023-12-22", 'Tôn vinh 64 tập thể, cá nhân tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
E("tong_ket", "2023", "2023-12-21"),
[P("Nguyễn Tiến Hòa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Hữu Dương", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Tô Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Nhỏ", "Trưởng ban công tác Mặt trận ấp Kênh Tắc"),
 P("Huỳnh Thị Cúc", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây Bắc"),
 P("Trần Văn Nhàn", "Chủ tịch Ủy ban MTTQ huyện"), P("Lý Thị Thúy", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("64 tập thể, cá nhân tiêu biểu", 64, "tập thể, cá nhân tiêu biểu"), Q("trên 62,5 tỷ đồng", 62500000000, "đồng", "over"),
 Q("1.024 căn nhà đại đoàn kết", 1024, "căn nhà đại đoàn kết"), Q("318 căn", 318, "căn"), Q("128.000 m2", 128000, "m2"),
 Q("37.500 ngày công", 37500, "ngày công"), Q("216 km", 216, "km"), Q("58 cây cầu nông thôn", 58, "cây cầu nông thôn"),
 Q("96,4%", 96.4, "%"), Q("874/918 ấp, khóm", 874, "ấp, khóm"), Q("2 xã", 2, "xã"), Q("162 mô hình", 162, "mô hình"),
 Q("37 mô hình tự quản", 37, "mô hình tự quản"), Q("412 cuộc giám sát", 412, "cuộc giám sát"),
 Q("1.036 ý kiến, kiến nghị", 1036, "ý kiến, kiến nghị"), Q("52 hộ", 52, "hộ"), Q("780 triệu đồng", 780000000, "đồng"),
 Q("46 căn nhà đại đoàn kết", 46, "căn nhà đại đoàn kết"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("20 tập thể", 20, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chương trình phối hợp", "21", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 21/CTPH-MTTQ-UBND"),
 D("Kế hoạch", "46", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 46-KH/MTTQ-BTT"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây Bắc")],
["Báo Cà Mau điện tử", "Thời sự » Mặt trận", "Ảnh: Các tập thể nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam.", "(CMO)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Dân vận khéo", "Ngày vì người nghèo", "Lượt xem: 1.580"],
["Thứ Sáu, 22/12/2023 - 06:20", "năm 2023", "năm 2024", "Lượt xem: 1.580"]))

PAGES.append(page("b3956-dienbien-muongang-daihoi-2024", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG - TỈNH ĐIỆN BIÊN
Trang chủ / Tin tức - Sự kiện / Thi đua - Khen thưởng
Ngày 16/08/2024 - 10:15
Ảnh: Quang cảnh Đại hội.
Mường Ảng: 120 đại biểu dự Đại hội Thi đua yêu nước lần thứ V
Ngày 14/8/2024, huyện Mường Ảng long trọng tổ chức Đại hội Thi đua yêu nước lần thứ V, giai đoạn 2020 - 2025. Dự Đại hội có 120 đại biểu là các tập thể, cá nhân điển hình tiên tiến trên các lĩnh vực, trong đó có 34 đại biểu là người dân tộc Thái, Mông, Khơ Mú.
Dự và chỉ đạo Đại hội có đồng chí Lò Văn Cường, Phó Chủ tịch UBND tỉnh; đồng chí Vừ A Bầu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lò Thị Minh, Tỉnh ủy viên, Bí thư Huyện ủy Mường Ảng.
Báo cáo tại Đại hội cho biết, giai đoạn 2020 - 2025, các phong trào thi đua gắn với phong trào "Dân vận khéo" đã huy động nhân dân hiến trên 42.000 m2 đất, đóng góp 86.000 ngày công và khoảng 31,6 tỷ đồng xây dựng nông thôn mới; xây dựng 312 mô hình "Dân vận khéo", trong đó 48 mô hình tiêu biểu; hỗ trợ 624 căn nhà cho hộ nghèo theo Đề án 09-ĐA/TU ngày 15/4/2021 của Tỉnh ủy về xóa nhà tạm. Tỷ lệ hộ nghèo giảm từ 38,5% xuống còn 19,7%; 3 xã đạt chuẩn nông thôn mới.
Thực hiện Luật Thi đua, khen thưởng và Nghị định 98/2023/NĐ-CP của Chính phủ, trong 5 năm qua huyện đã khen thưởng 1.426 lượt tập thể, cá nhân; 9 tập thể, 14 cá nhân được Thủ tướng Chính phủ, các bộ, ngành trung ương tặng Bằng khen.
Tại Đại hội, ông Giàng A Dê, Bí thư Chi bộ bản Pú Súa, xã Ẳng Nưa, chia sẻ cách vận động 47 hộ người Mông bỏ cây thuốc phiện, chuyển sang trồng 60 ha cà phê; bà Quàng Thị Thoa, Chủ tịch Hội LHPN xã Búng Lao, giới thiệu mô hình "Phụ nữ Thái giữ nghề dệt thổ cẩm" với 35 thành viên. Già làng Lò Văn Ún, người có uy tín bản Co Lỳ, xã Ẳng Tở, đã hiến 1.200 m2 đất xây nhà văn hóa bản.
Phát biểu tại Đại hội, đồng chí Lò Văn Cường đề nghị huyện tiếp tục đổi mới công tác thi đua, khen thưởng theo Chỉ thị 34-CT/TW của Bộ Chính trị; chú trọng phát hiện, nhân rộng điển hình là người lao động trực tiếp, đồng bào dân tộc thiểu số.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc. Đại hội đã bầu 7 đại biểu đi dự Đại hội Thi đua yêu nước tỉnh Điện Biên lần thứ V.
Lò Hương
Lượt truy cập: 58.320
Tin khác
- Mường Ảng trao 50 suất quà cho học sinh nghèo (05/08/2024)
- Hội nghị báo cáo viên tháng 7/2024 (25/07/2024)
- Xã Búng Lao ra mắt mô hình "Dân vận khéo" (10/07/2024)
""", "2024-08-16", "Mường Ảng: 120 đại biểu dự Đại hội Thi đua yêu nước lần thứ V",
E("dai_hoi", None, "2024-08-14"),
[P("Lò Văn Cường", "Phó Chủ tịch UBND tỉnh"),
 P("Vừ A Bầu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Minh", "Tỉnh ủy viên", "Bí thư Huyện ủy Mường Ảng"),
 P("Giàng A Dê", "Bí thư Chi bộ bản Pú Súa"),
 P("Quàng Thị Thoa", "Chủ tịch Hội LHPN xã Búng Lao"),
 P("Lò Văn Ún", "Già làng", "người có uy tín bản Co Lỳ")],
[Q("120 đại biểu", 120, "đại biểu"), Q("34 đại biểu", 34, "đại biểu"), Q("trên 42.000 m2", 42000, "m2", "over"),
 Q("86.000 ngày công", 86000, "ngày công"), Q("khoảng 31,6 tỷ đồng", 31600000000, "đồng", "approx"),
 Q("312 mô hình", 312, "mô hình"), Q("48 mô hình tiêu biểu", 48, "mô hình tiêu biểu"), Q("624 căn nhà", 624, "căn nhà"),
 Q("38,5%", 38.5, "%"), Q("19,7%", 19.7, "%"), Q("3 xã", 3, "xã"), Q("1.426 lượt tập thể, cá nhân", 1426, "lượt tập thể, cá nhân"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("47 hộ người Mông", 47, "hộ người Mông"), Q("60 ha", 60, "ha"),
 Q("35 thành viên", 35, "thành viên"), Q("1.200 m2", 1200, "m2"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("7 đại biểu", 7, "đại biểu")],
[D("Đề án", "09", "ĐA/TU", "2021-04-15", "Tỉnh ủy", "Đề án 09-ĐA/TU ngày 15/4/2021"),
 D("Nghị định", "98", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 98/2023/NĐ-CP"),
 D("Chỉ thị", "34", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 34-CT/TW")],
[prov("Điện Biên"), com("Ẳng Nưa"), com("Búng Lao"), com("Ẳng Tở")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG ẢNG - TỈNH ĐIỆN BIÊN", "Trang chủ / Tin tức - Sự kiện / Thi đua - Khen thưởng",
 "Ảnh: Quang cảnh Đại hội.", "Dân vận khéo", "Phụ nữ Thái giữ nghề dệt thổ cẩm", "Luật Thi đua, khen thưởng", "Lượt truy cập: 58.320"],
["Ngày 16/08/2024 - 10:15", "lần thứ V", "giai đoạn 2020 - 2025", "5 năm", "Lượt truy cập: 58.320"]))

PAGES.append(page("b3957-haugiang-bdv-giaoban-2024", """
BÁO HẬU GIANG ONLINE
Chính trị - Xây dựng Đảng | Dân vận
Thứ Năm, 28/03/2024, 14:10 (GMT+7)
Khối dân vận giao ban, biểu dương 22 mô hình "Dân vận khéo"
(HG) - Sáng 27/3, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị giao ban khối dân vận quý I năm 2024 với Ban Dân vận các huyện, thị, thành ủy, đảng ủy trực thuộc.
Đồng chí Trần Thị Thu Thảo (bìa phải) trao Giấy khen cho các tập thể. Ảnh: Thanh Hiền
Đồng chí Trần Thị Thu Thảo, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có đồng chí Lê Hoàng Nhân, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Trưởng Ban Dân vận Huyện ủy: Phạm Văn Út (Long Mỹ), Nguyễn Thị Kiều (Châu Thành A).
Quý I/2024, Ban Dân vận các cấp đã tham mưu tổ chức 36 cuộc tiếp xúc, đối thoại; phối hợp giải quyết 27/31 vụ việc khiếu nại, đạt 87,1%. Toàn tỉnh có thêm 64 mô hình "Dân vận khéo" mới, nâng tổng số lên 1.542 mô hình; trong đó 22 mô hình được biểu dương tại hội nghị. Nhân dân đã hiến 15.300 m2 đất, đóng góp 4.600 ngày công và gần 9,2 tỷ đồng làm 38 km lộ nông thôn, 12 cây cầu; vận động 1.125 phần quà Tết trị giá hơn 560 triệu đồng.
Theo Hướng dẫn số 19-HD/BDVTU của Ban Dân vận Tỉnh ủy và Kế hoạch số 220-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận 114-KL/TW, 120-KL/TW của Ban Bí thư, các cấp đã rà soát, công nhận lại 318 mô hình đạt tiêu chí. Ban Dân vận Tỉnh ủy phối hợp kiểm tra việc thực hiện Quy chế phối hợp số 11-QC/BDVTU-BCSĐ tại 5 huyện.
Ông Danh Sa Rinh, người có uy tín ấp Mỹ Hiệp, xã Hỏa Lựu, được biểu dương vì vận động 16 hộ Khmer hiến đất, góp 95 triệu đồng làm cầu; chị Trần Thị Mỹ Duyên, Bí thư Đoàn xã Vĩnh Viễn A, với mô hình "Thắp sáng đường quê" lắp 240 bóng đèn.
Hội nghị chỉ ra hạn chế: một số mô hình đăng ký chưa có hồ sơ theo dõi, tiêu chí; việc cập nhật phần mềm quản lý mô hình chậm; đơn thư liên quan bồi thường dự án cao tốc Cần Thơ - Cà Mau còn phát sinh.
Nhiều ý kiến tại hội nghị đề nghị tỉnh sớm ban hành tiêu chí thống nhất về công nhận mô hình "Dân vận khéo" cấp xã, có cơ chế hỗ trợ kinh phí duy trì và khen thưởng kịp thời những cá nhân trực tiếp vận động ở ấp, khu vực.
Kết luận hội nghị, đồng chí Trần Thị Thu Thảo đề nghị quý II tập trung vận động nhân dân phòng, chống hạn mặn, hoàn thành giải phóng mặt bằng các công trình trọng điểm; chuẩn bị sơ kết 6 tháng phong trào thi đua.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho các tập thể có mô hình tiêu biểu, kèm 2 triệu đồng mỗi mô hình.
Thanh Hiền
Lượt xem: 905
Tin liên quan
- Phụng Hiệp: ra mắt 10 mô hình dân vận khéo (20/03/2024)
- Hội nghị báo cáo viên tháng 3/2024 (15/03/2024)
- Ngã Bảy biểu dương gương người tốt, việc tốt (05/03/2024)
""", "2024-03-28", 'Khối dân vận giao ban, biểu dương 22 mô hình "Dân vận khéo"',
E("giao_ban", "2024-Q1", "2024-03-27"),
[P("Trần Thị Thu Thảo", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Hoàng Nhân", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Út", "Trưởng Ban Dân vận Huyện ủy"), P("Nguyễn Thị Kiều", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Sa Rinh", "người có uy tín ấp Mỹ Hiệp"),
 P("Trần Thị Mỹ Duyên", "Bí thư Đoàn xã Vĩnh Viễn A")],
[Q("22 mô hình", 22, "mô hình"), Q("36 cuộc tiếp xúc, đối thoại", 36, "cuộc tiếp xúc, đối thoại"),
 Q("27/31 vụ việc khiếu nại", 27, "vụ việc khiếu nại"), Q("87,1%", 87.1, "%"), Q("64 mô hình", 64, "mô hình"),
 Q("1.542 mô hình", 1542, "mô hình"), Q("15.300 m2", 15300, "m2"), Q("4.600 ngày công", 4600, "ngày công"),
 Q("gần 9,2 tỷ đồng", 9200000000, "đồng", "approx"), Q("38 km", 38, "km"), Q("12 cây cầu", 12, "cây cầu"),
 Q("1.125 phần quà", 1125, "phần quà"), Q("hơn 560 triệu đồng", 560000000, "đồng", "over"), Q("318 mô hình", 318, "mô hình"),
 Q("5 huyện", 5, "huyện"), Q("16 hộ Khmer", 16, "hộ Khmer"), Q("95 triệu đồng", 95000000, "đồng"), Q("240 bóng đèn", 240, "bóng đèn"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 19-HD/BDVTU"),
 D("Kế hoạch", "220", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 220-KH/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "120-KL/TW"),
 D("Quy chế phối hợp", "11", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 11-QC/BDVTU-BCSĐ")],
[prov("Hậu Giang"), com("Hỏa Lựu"), com("Vĩnh Viễn A")],
["BÁO HẬU GIANG ONLINE", "Chính trị - Xây dựng Đảng | Dân vận", "(HG)",
 "Đồng chí Trần Thị Thu Thảo (bìa phải) trao Giấy khen cho các tập thể. Ảnh: Thanh Hiền", "Dân vận khéo", "Thắp sáng đường quê",
 "Lượt xem: 905"],
["Thứ Năm, 28/03/2024, 14:10 (GMT+7)", "quý I năm 2024", "Quý I/2024", "quý II", "6 tháng", "Lượt xem: 905"]))

PAGES.append(page("b3958-laichau-bdv-nguoiuytin-2024", """
Báo Lai Châu điện tử
Trang chủ › Chính trị › Dân tộc - Tôn giáo
Cập nhật: 09:30, 11/10/2024 (GMT+7)
Lai Châu: 150 người có uy tín tiêu biểu được biểu dương
Sáng 10/10, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức Hội nghị gặp mặt, biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2024, gắn với tổng kết phong trào "Dân vận khéo" trong người có uy tín.
Các đại biểu dự hội nghị. Ảnh: Thu Hà
Dự hội nghị có các đồng chí: Giàng A Chu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Tẩn Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lò Văn Hặc, Phó Trưởng Ban Dân tộc tỉnh, cùng 150 người có uy tín tiêu biểu là già làng, trưởng bản, trưởng dòng họ người Mông, Dao, Hà Nhì, Lự, Cống, Mảng.
Báo cáo cho biết, toàn tỉnh hiện có 1.072 người có uy tín. Năm 2024, người có uy tín đã vận động nhân dân hiến trên 38.000 m2 đất, đóng góp 21.400 ngày công làm 64 km đường nội bản; tham gia hòa giải thành 89 vụ việc mâu thuẫn; vận động 127 người bỏ tập tục tảo hôn, 46 trường hợp không tin theo tà đạo "Giê Sùa". Tỷ lệ hộ nghèo vùng đồng bào giảm 4,2%.
Thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 75-KH/BDVTU ngày 05/01/2024 của Ban Dân vận Tỉnh ủy, các cấp đã tổ chức 2.144 lượt thăm hỏi, cấp 4.500 tờ báo, tặng 1.072 phần quà trị giá 500.000 đồng mỗi phần cho người có uy tín.
Tại hội nghị, ông Chảo Láo Lở, người có uy tín bản Sin Chải, xã Sin Suối Hồ, kể cách vận động 32 hộ người Dao làm homestay; ông Pờ Gó Chừ, trưởng bản Lả Sử, xã Tà Tổng, vận động bà con người Hà Nhì trồng 80 ha thảo quả. Bà Lò Thị Pảnh, người có uy tín bản Nậm Ngập, xã Mường Than, đề nghị tỉnh tăng mức hỗ trợ cho người có uy tín.
Phát biểu tại hội nghị, đồng chí Giàng A Chu ghi nhận đóng góp của người có uy tín, đề nghị tiếp tục thực hiện Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và vận động đồng bào giữ gìn an ninh biên giới.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 110 người, mỗi người được tặng 1 phần quà.
Nhiều ý kiến cho rằng cần quan tâm hơn nữa việc bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho người có uy tín ở các bản vùng biên.
Trong các năm tiếp theo, tỉnh sẽ tiếp tục rà soát, bầu chọn lại người có uy tín, bảo đảm đúng tiêu chí, đúng quy trình, chú trọng người trẻ có trình độ, nhiệt tình với công việc của bản.
Thu Hà
Lượt xem: 1.147
Tin khác
- Sìn Hồ: trao 60 suất quà người có uy tín (02/10/2024)
- Hội nghị báo cáo viên tháng 9/2024 (25/09/2024)
- Mường Tè: tuyên truyền phòng chống tảo hôn (18/09/2024)
""", "2024-10-11", "Lai Châu: 150 người có uy tín tiêu biểu được biểu dương",
E("hoi_nghi", "2024", "2024-10-10"),
[P("Giàng A Chu", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Tẩn Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hặc", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Chảo Láo Lở", "người có uy tín bản Sin Chải"),
 P("Pờ Gó Chừ", "trưởng bản Lả Sử"),
 P("Lò Thị Pảnh", "người có uy tín bản Nậm Ngập")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("1.072 người có uy tín", 1072, "người có uy tín"),
 Q("trên 38.000 m2", 38000, "m2", "over"), Q("21.400 ngày công", 21400, "ngày công"), Q("64 km", 64, "km"),
 Q("89 vụ việc mâu thuẫn", 89, "vụ việc mâu thuẫn"), Q("127 người", 127, "người"), Q("46 trường hợp", 46, "trường hợp"),
 Q("4,2%", 4.2, "%"), Q("2.144 lượt thăm hỏi", 2144, "lượt thăm hỏi"), Q("4.500 tờ báo", 4500, "tờ báo"),
 Q("1.072 phần quà", 1072, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("32 hộ người Dao", 32, "hộ người Dao"),
 Q("80 ha", 80, "ha"), Q("40 người có uy tín tiêu biểu", 40, "người có uy tín tiêu biểu"), Q("110 người", 110, "người")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "75", "KH/BDVTU", "2024-01-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch 75-KH/BDVTU ngày 05/01/2024"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Lai Châu"), com("Sin Suối Hồ"), com("Tà Tổng"), com("Mường Than")],
["Báo Lai Châu điện tử", "Trang chủ › Chính trị › Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị. Ảnh: Thu Hà", "Dân vận khéo",
 "Giê Sùa", "Lượt xem: 1.147"],
["Cập nhật: 09:30, 11/10/2024 (GMT+7)", "năm 2024", "1 phần quà", "Lượt xem: 1.147"]))
