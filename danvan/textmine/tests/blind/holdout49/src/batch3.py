from lib import *
PAGES = []

PAGES.append(page("b1145-quangnam-traoqua-baoso9-2020", """
BÁO QUẢNG NAM ONLINE
Trang chủ » Xã hội » Từ thiện
Thứ Sáu, 06/11/2020 - 18:40
Chia sẻ khó khăn với đồng bào vùng sạt lở Nam Trà My
(QNO) - Ngày 5/11, đoàn công tác của Ban Dân vận Trung ương do đồng chí Nguyễn Hữu Thanh, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã đến thăm, tặng quà người dân bị thiệt hại do bão số 9 và sạt lở đất tại xã Trà Leng và xã Trà Vân, huyện Nam Trà My.
Đồng chí Nguyễn Hữu Thanh trao quà cho người dân xã Trà Leng.
Cùng đi có đồng chí Lê Thị Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Quảng Nam; đồng chí Hồ Văn Nữa, HUV, Phó Chủ tịch UBND huyện Nam Trà My.
Theo báo cáo của UBND huyện, bão số 9 và mưa lũ kéo dài đã làm 22 người chết và mất tích, 65 căn nhà bị sập hoàn toàn, hơn 300 căn nhà bị hư hỏng; nhiều tuyến đường lên các xã vùng cao bị chia cắt. Tổng thiệt hại ước tính hơn 600 tỷ đồng. Ngay sau bão, huyện đã di dời khẩn cấp 1.156 hộ dân đến nơi an toàn.
Tại xã Trà Leng, đoàn đã trao 400 phần quà, mỗi phần gồm 1,5 triệu đồng tiền mặt và nhu yếu phẩm; trao 200 thùng mì tôm và 3 tấn gạo cho các điểm tập trung dân di dời. Đoàn cũng trao 100 triệu đồng hỗ trợ xây dựng khu tái định cư cho các hộ ở thôn 1.
Bày tỏ sự cảm thông với những mất mát của bà con, đồng chí Nguyễn Hữu Thanh đề nghị cấp ủy, chính quyền các cấp thực hiện nghiêm Hướng dẫn số 25/HD-MTTW-BTT ngày 15/10/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về vận động, tiếp nhận, phân phối nguồn đóng góp hỗ trợ khắc phục hậu quả thiên tai, bảo đảm công khai, minh bạch, đúng đối tượng.
Ông Hồ Văn Tiến, Chủ tịch UBND xã Trà Leng, cho biết theo Quyết định số 2936/QĐ-UBND ngày 30/10/2020 của UBND tỉnh, các hộ có người chết được hỗ trợ 10 triệu đồng/người; hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng. Huyện cũng đã thực hiện Công điện số 18/CĐ-UBND của UBND tỉnh về ứng phó sạt lở đất.
Bà Hồ Thị Nhung (thôn 1, xã Trà Leng) xúc động: "Nhà cửa mất hết, được Đảng, Nhà nước và bà con cả nước giúp đỡ, gia đình tôi yên tâm hơn nhiều".
Theo Ủy ban MTTQ Việt Nam tỉnh, đến ngày 4/11, Ban Vận động cứu trợ các cấp trong tỉnh đã tiếp nhận hơn 120 tỷ đồng tiền mặt và hàng hóa ủng hộ đồng bào bị thiệt hại; trong đó đã phân bổ đợt đầu 45 tỷ đồng cho 9 huyện miền núi bị thiệt hại nặng, ưu tiên các hộ có người chết, mất tích và nhà bị sập.
Trước đó, Ban Dân vận Tỉnh ủy đã phát động cán bộ, công chức, người lao động trong khối dân vận ủng hộ 1 ngày lương, kết quả được hơn 85 triệu đồng.
Quang Việt
Tin liên quan
- Mặt trận tỉnh tiếp nhận hơn 120 tỷ đồng ủng hộ đồng bào bị thiên tai (04/11/2020)
- Phước Sơn: khẩn trương tìm kiếm người mất tích ở Phước Lộc (02/11/2020)
- Thủ tướng thị sát vùng sạt lở Trà Leng (31/10/2020)
""", "2020-11-06", "Chia sẻ khó khăn với đồng bào vùng sạt lở Nam Trà My",
E("trao_qua", None, "2020-11-05"),
[P("Nguyễn Hữu Thanh", "Phó Trưởng Ban Dân vận Trung ương", "trưởng đoàn"),
 P("Lê Thị Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Quảng Nam"),
 P("Hồ Văn Nữa", "HUV", "Phó Chủ tịch UBND huyện Nam Trà My"),
 P("Hồ Văn Tiến", "Chủ tịch UBND xã Trà Leng"),
 P("Hồ Thị Nhung")],
[Q("22 người", 22, "người"), Q("65 căn nhà", 65, "căn nhà"), Q("hơn 300 căn nhà", 300, "căn nhà", "over"),
 Q("hơn 600 tỷ đồng", 600000000000, "đồng", "over"), Q("1.156 hộ dân", 1156, "hộ dân"), Q("400 phần quà", 400, "phần quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("200 thùng mì tôm", 200, "thùng mì tôm"), Q("3 tấn", 3, "tấn"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over"), Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"),
 Q("45 tỷ đồng", 45000000000, "đồng"), Q("9 huyện miền núi", 9, "huyện miền núi")],
[D("Hướng dẫn", "25", "HD-MTTW-BTT", "2020-10-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 25/HD-MTTW-BTT ngày 15/10/2020"),
 D("Quyết định", "2936", "QĐ-UBND", "2020-10-30", "UBND tỉnh", "Quyết định số 2936/QĐ-UBND ngày 30/10/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Vân")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ » Xã hội » Từ thiện", "(QNO)", "Đồng chí Nguyễn Hữu Thanh trao quà cho người dân xã Trà Leng.",
 "Công điện số 18/CĐ-UBND", "Ban Vận động cứu trợ"],
["Thứ Sáu, 06/11/2020 - 18:40", "bão số 9", "thôn 1", "1 ngày lương", "Công điện số 18", "ngày 4/11"]))

PAGES.append(page("b1146-binhduong-soket-kl114-2020", """
BÌNH DƯƠNG ONLINE - Cơ quan của Đảng bộ tỉnh Bình Dương
Chính trị > Xây dựng Đảng
25/09/2020 - 14:12
Sơ kết 5 năm thực hiện Kết luận 114-KL/TW về công tác dân vận chính quyền
(BDO) Chiều 24/9, Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Đồng chí Võ Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
Dự hội nghị có các đồng chí: Lê Thị Mỹ Hạnh, Đoàn Văn Đồng, Nguyễn Thành Nhân - Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị Diễm Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Võ Minh Tâm phát biểu chỉ đạo hội nghị. Ảnh: Quốc Chiến
Theo báo cáo, sau 5 năm, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 34-CTr/TU và Kế hoạch số 09-KH/TU để cụ thể hóa Kết luận 114; các sở, ngành, địa phương thực hiện nghiêm Nghị định số 04/2015/NĐ-CP ngày 9/1/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập.
Trong giai đoạn 2015 - 2020, thủ trưởng các cơ quan hành chính đã tiếp 18.640 lượt công dân; tổ chức 312 cuộc đối thoại với người dân và doanh nghiệp. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 98,6%. Phong trào thi đua "Dân vận khéo" trong khối chính quyền có 5.240 mô hình được công nhận.
Với đặc thù có hơn 1,2 triệu công nhân lao động, trong đó trên 60% là lao động ngoại tỉnh, công tác dân vận trong doanh nghiệp được chú trọng. 5 năm qua đã giảm được 37% số vụ ngừng việc tập thể so với giai đoạn trước. Liên đoàn Lao động tỉnh đã hỗ trợ xây dựng 1.500 phòng trọ "Mái ấm công đoàn" cho công nhân.
Tham luận tại hội nghị, đồng chí Phan Văn Hiếu, Bí thư Đảng ủy phường Hòa Lợi, chia sẻ cách làm "3 đến" của chính quyền phường: đến nhà trọ, đến doanh nghiệp, đến khu phố. Đồng chí Nguyễn Thị Tuyết Mai, Chủ tịch UBND xã Định Hiệp, cho biết xã đã vận động 96 hộ hiến đất mở rộng đường liên ấp mà không cần cưỡng chế.
Phát biểu kết luận, đồng chí Võ Minh Tâm yêu cầu các cấp ủy tiếp tục triển khai Kết luận 114 gắn với chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XI; người đứng đầu chính quyền phải trực tiếp đối thoại với nhân dân, không đùn đẩy trách nhiệm.
Dịp này, Ban Thường vụ Tỉnh ủy tặng giấy khen cho 22 tập thể, 28 cá nhân có thành tích xuất sắc.
Quốc Chiến
Tin cùng chuyên mục
- Khối dân vận giao ban quý III năm 2020 (18/09/2020)
- Bàu Bàng: ra mắt mô hình "Doanh nghiệp thân thiện" (10/09/2020)
- Gặp mặt chức sắc, chức việc tôn giáo trên địa bàn tỉnh (01/09/2020)
""", "2020-09-25", "Sơ kết 5 năm thực hiện Kết luận 114-KL/TW về công tác dân vận chính quyền",
E("so_ket", None, "2020-09-24"),
[P("Võ Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch UBND tỉnh"),
 P("Đoàn Văn Đồng", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thành Nhân", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Diễm Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Hiếu", "Bí thư Đảng ủy phường Hòa Lợi"),
 P("Nguyễn Thị Tuyết Mai", "Chủ tịch UBND xã Định Hiệp")],
[Q("18.640 lượt công dân", 18640, "lượt công dân"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("98,6%", 98.6, "%"),
 Q("5.240 mô hình", 5240, "mô hình"), Q("hơn 1,2 triệu công nhân lao động", 1200000, "công nhân lao động", "over"),
 Q("trên 60%", 60, "%", "over"), Q("37%", 37, "%"), Q("1.500 phòng trọ", 1500, "phòng trọ"), Q("96 hộ", 96, "hộ"),
 Q("22 tập thể", 22, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chương trình hành động", "34", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 34-CTr/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 9/1/2015")],
[prov("Bình Dương"), com("Hòa Lợi"), com("Định Hiệp")],
["BÌNH DƯƠNG ONLINE - Cơ quan của Đảng bộ tỉnh Bình Dương", "Chính trị > Xây dựng Đảng", "(BDO)",
 "Đồng chí Võ Minh Tâm phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Mái ấm công đoàn", "3 đến", "Liên đoàn Lao động tỉnh"],
["25/09/2020 - 14:12", "5 năm", "2015 - 2020", "3 đến", "lần thứ XI"]))

PAGES.append(page("b1147-langson-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ >> Tin tức >> Hoạt động của Ban
Thứ Ba, 28/12/2021 - 09:45
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Năm 2021: Khối dân vận đồng hành cùng nhân dân phòng, chống dịch COVID-19
Ngày 27/12/2021, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022, kết nối với 11 điểm cầu huyện, thành phố. Đồng chí Lương Thị Thoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2021, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Ban cũng ban hành Hướng dẫn số 07-HD/BDVTU về xây dựng mô hình "Dân vận khéo" giai đoạn 2021 - 2025.
Trước diễn biến của dịch COVID-19, khối dân vận các cấp đã vận động nhân dân ủng hộ Quỹ phòng, chống dịch COVID-19 hơn 68 tỷ đồng; trao 15.400 túi an sinh cho người lao động khó khăn, người dân ở khu cách ly. Tại các cửa khẩu, cán bộ dân vận phối hợp vận động hơn 3.000 lái xe chấp hành nghiêm quy định phòng dịch. Toàn tỉnh có 1.126 mô hình "Dân vận khéo", trong đó 214 mô hình mới trong năm.
Phát biểu tại hội nghị, đồng chí Nông Đức Khải, HUV, Trưởng Ban Dân vận Huyện ủy Văn Lãng cho biết huyện đã vận động 42 hộ ở thị trấn Na Sầm và xã Tân Thanh bàn giao mặt bằng dự án đường cao tốc. Đồng chí Vi Văn Pảo, Bí thư Đảng ủy thị trấn Đồng Đăng, chia sẻ kinh nghiệm tổ chức "Tổ COVID cộng đồng" với 21 đồng chí là đảng viên làm tổ trưởng. Ông Hoàng Văn Sùng, Trưởng thôn Nà Pàn, xã Tân Thanh, kiến nghị sớm sửa chữa tuyến đường vào thôn bị sạt lở sau mưa lũ.
Năm 2022, khối dân vận tiếp tục triển khai Kết luận 01-KL/TW; tổ chức sơ kết phong trào thi đua "Dân vận khéo" ở cấp cơ sở; tăng cường vận động đồng bào Tày, Nùng, Dao vùng biên giới phát triển kinh tế, giữ vững an ninh trật tự.
Kết luận hội nghị, đồng chí Lương Thị Thoan đề nghị các đơn vị nâng cao chất lượng nắm tình hình, chủ động tham mưu giải quyết những vấn đề bức xúc; đồng thời giao đồng chí Lộc Thị Thúy, Phó Trưởng Ban Dân vận Tỉnh ủy chỉ đạo hoàn thành báo cáo tổng kết trước ngày 31/12/2021.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 24 cá nhân.
Thu Hà
Lượt xem: 524
Tin liên quan
- Giao ban khối dân vận quý III năm 2021 (08/10/2021)
- Cao Lộc: vận động nhân dân tiêm vắc xin phòng COVID-19 (23/09/2021)
- Bình Gia: trao 50 suất quà cho hộ khó khăn (15/09/2021)
""", "2021-12-28", "Năm 2021: Khối dân vận đồng hành cùng nhân dân phòng, chống dịch COVID-19",
E("tong_ket", "2021", "2021-12-27"),
[P("Lương Thị Thoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Đức Khải", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Lãng"),
 P("Vi Văn Pảo", "Bí thư Đảng ủy thị trấn Đồng Đăng"),
 P("Lộc Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sùng", "Trưởng thôn Nà Pàn")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"),
 Q("15.400 túi an sinh", 15400, "túi an sinh"), Q("hơn 3.000 lái xe", 3000, "lái xe", "over"),
 Q("1.126 mô hình", 1126, "mô hình"), Q("214 mô hình", 214, "mô hình"), Q("42 hộ", 42, "hộ"),
 Q("21 đồng chí", 21, "đồng chí"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Lạng Sơn"), com("Na Sầm"), com("Tân Thanh"), com("Đồng Đăng")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ >> Tin tức >> Hoạt động của Ban", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Tổ COVID cộng đồng", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 524"],
["Thứ Ba, 28/12/2021 - 09:45", "năm 2021", "năm 2022", "2021 - 2025", "COVID-19", "21 đồng chí", "31/12/2021", "Lượt xem: 524"]))

PAGES.append(page("b1148-cantho-doithoai-thanhnien-2022", """
BÁO CẦN THƠ ONLINE
Thời sự - Chính trị | Thanh niên
12 tháng 8, 2022 | 16:45
Chủ tịch UBND thành phố đối thoại với thanh niên năm 2022
Chiều 11-8, UBND TP Cần Thơ phối hợp với Thành đoàn tổ chức chương trình "Chủ tịch UBND thành phố đối thoại với thanh niên" năm 2022 với chủ đề "Thanh niên Cần Thơ khởi nghiệp, lập nghiệp trong kỷ nguyên số". Đồng chí Phan Văn Tâm, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì đối thoại.
Đồng chí Phan Văn Tâm trả lời câu hỏi của đoàn viên, thanh niên.
Tham dự có hơn 300 đoàn viên, thanh niên tiêu biểu đến từ 9 quận, huyện; lãnh đạo các sở, ngành thành phố. Trước buổi đối thoại, Thành đoàn đã tổng hợp 46 câu hỏi, ý kiến gửi đến Chủ tịch UBND thành phố.
Báo cáo do đồng chí Lê Thị Mỹ Tiên, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Thành đoàn Cần Thơ trình bày cho biết: thực hiện Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ ban hành Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 và Kế hoạch số 178/KH-UBND của UBND thành phố, năm qua thành phố đã giải quyết việc làm cho 2.150 thanh niên; Quỹ hỗ trợ thanh niên khởi nghiệp có tổng nguồn vốn 5 tỷ đồng, đã hỗ trợ 64 dự án.
Tại buổi đối thoại, có 18 lượt đoàn viên, thanh niên phát biểu. Anh Trần Minh Khang, Giám đốc Hợp tác xã Nông nghiệp công nghệ cao Thới Hưng, kiến nghị thành phố có cơ chế hỗ trợ thanh niên tiếp cận đất sản xuất. Chị Nguyễn Ngọc Bích Trâm, Bí thư Đoàn phường An Khánh, nêu khó khăn trong tổ chức hoạt động cho thanh niên công nhân ở khu nhà trọ.
Trả lời, Giám đốc Sở Lao động - Thương binh và Xã hội Huỳnh Văn Lợi cho biết thanh niên có dự án khả thi được vay tối đa 100 triệu đồng từ nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội. Đồng chí Phan Văn Tâm khẳng định thành phố sẽ dành nguồn lực cho thanh niên khởi nghiệp, đặc biệt trong lĩnh vực chuyển đổi số và nông nghiệp công nghệ cao.
Kết thúc chương trình, đồng chí Chủ tịch UBND thành phố giao Sở Nội vụ chủ trì, phối hợp Thành đoàn tham mưu triển khai Luật Thanh niên năm 2020, xây dựng đề án đào tạo nghề cho thanh niên nông thôn; yêu cầu các sở, ngành trả lời bằng văn bản những câu hỏi chưa được giải đáp.
Dịp này, Chủ tịch UBND thành phố tặng Bằng khen cho 12 thanh niên tiêu biểu; trao 20 suất học bổng cho sinh viên nghèo vượt khó ở phường Long Hòa, mỗi suất 3 triệu đồng.
Hoàng Lan
Tin khác
- Tuổi trẻ Cần Thơ ra quân chiến dịch Thanh niên tình nguyện hè 2022 (10/07/2022)
- Đại hội Hội Liên hiệp Thanh niên Việt Nam TP Cần Thơ (22/06/2022)
- Ô Môn: đối thoại với công nhân khu công nghiệp Trà Nóc 2 (15/06/2022)
""", "2022-08-12", "Chủ tịch UBND thành phố đối thoại với thanh niên năm 2022",
E("doi_thoai", "2022", "2022-08-11"),
[P("Phan Văn Tâm", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Lê Thị Mỹ Tiên", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Thành đoàn Cần Thơ"),
 P("Trần Minh Khang", "Giám đốc Hợp tác xã Nông nghiệp công nghệ cao Thới Hưng"),
 P("Nguyễn Ngọc Bích Trâm", "Bí thư Đoàn phường An Khánh"),
 P("Huỳnh Văn Lợi", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("hơn 300 đoàn viên, thanh niên tiêu biểu", 300, "đoàn viên, thanh niên tiêu biểu", "over"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("46 câu hỏi, ý kiến", 46, "câu hỏi, ý kiến"), Q("2.150 thanh niên", 2150, "thanh niên"), Q("5 tỷ đồng", 5000000000, "đồng"),
 Q("64 dự án", 64, "dự án"), Q("18 lượt đoàn viên, thanh niên", 18, "lượt đoàn viên, thanh niên"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("12 thanh niên tiêu biểu", 12, "thanh niên tiêu biểu"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021"),
 D("Kế hoạch", "178", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 178/KH-UBND")],
[prov("Cần Thơ"), com("An Khánh"), com("Long Hòa")],
["BÁO CẦN THƠ ONLINE", "Thời sự - Chính trị | Thanh niên", "Đồng chí Phan Văn Tâm trả lời câu hỏi của đoàn viên, thanh niên.",
 "Chủ tịch UBND thành phố đối thoại với thanh niên", "Thanh niên Cần Thơ khởi nghiệp, lập nghiệp trong kỷ nguyên số",
 "Chiến lược phát triển thanh niên Việt Nam", "Luật Thanh niên năm 2020", "Ngân hàng Chính sách xã hội"],
["12 tháng 8, 2022 | 16:45", "năm 2022", "2021 - 2030", "Luật Thanh niên năm 2020"]))

PAGES.append(page("b1149-phutho-bdv-giamsat-2022", """
BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
Ngày đăng 19/10/2022 | 10:05
Giám sát thực hiện quy chế dân chủ ở cơ sở tại huyện Thanh Sơn
Thực hiện Chương trình kiểm tra, giám sát năm 2022, ngày 18/10, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Hà Thị Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện quy chế dân chủ ở cơ sở tại Đảng bộ huyện Thanh Sơn.
Đồng chí Hà Thị Liên phát biểu tại buổi làm việc với Ban Thường vụ Huyện ủy Thanh Sơn.
Cùng tham gia đoàn có đồng chí Nguyễn Mạnh Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy. Tiếp và làm việc với đoàn có đồng chí Đinh Công Sự, Phó Bí thư Thường trực Huyện ủy Thanh Sơn; đồng chí Hà Văn Bình, HUV, Phó Chủ tịch UBND huyện.
Thanh Sơn là huyện miền núi của tỉnh Phú Thọ, đồng bào dân tộc Mường, Dao chiếm 58% dân số. Báo cáo của Ban Thường vụ Huyện ủy cho biết, thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở và Kế hoạch số 26-KH/BDVTU của Ban Dân vận Tỉnh ủy, huyện đã kiện toàn ban chỉ đạo thực hiện quy chế dân chủ ở 23 xã, thị trấn. Trong 3 năm từ 2020 đến 2022, nhân dân trong huyện đã hiến hơn 46.000 m2 đất, đóng góp trên 18 tỷ đồng và 65.000 ngày công xây dựng nông thôn mới; 100% khu dân cư công khai các khoản đóng góp của nhân dân.
Tại xã Tân Lập, đồng chí Đinh Văn Thắng, ĐUV, Chủ tịch Hội Nông dân xã, cho biết Ban Thanh tra nhân dân xã đã giám sát 14 công trình, phát hiện 2 sai sót trong nghiệm thu và kiến nghị khắc phục kịp thời. Tại xã Thục Luyện, bà Hà Thị Nguyệt, Trưởng Ban công tác Mặt trận khu Đồng Mới, phản ánh việc một số khoản thu chưa được bàn bạc dân chủ trước khi thực hiện.
Đoàn giám sát chỉ ra một số hạn chế: hoạt động của Ban Giám sát đầu tư của cộng đồng ở một số xã còn hình thức; việc tiếp công dân định kỳ của Chủ tịch UBND xã chưa thường xuyên, còn 7 đơn thư kéo dài chưa được giải quyết dứt điểm.
Kết luận buổi giám sát, đồng chí Hà Thị Liên đề nghị Huyện ủy Thanh Sơn chuẩn bị tốt các điều kiện để triển khai Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023; tiếp tục thực hiện Quyết định số 99-QĐ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân.
Đỗ Tâm
Tin liên quan
- Giám sát công tác dân vận chính quyền tại thị xã Phú Thọ (07/10/2022)
- Tân Sơn: gặp mặt người có uy tín dân tộc Mường, Dao (29/09/2022)
- Khối dân vận giao ban quý III (23/09/2022)
- Đoan Hùng: hiệu quả mô hình "Dân vận khéo" trong chuyển đổi số (15/09/2022)
""", "2022-10-19", "Giám sát thực hiện quy chế dân chủ ở cơ sở tại huyện Thanh Sơn",
E("giam_sat", "2022", "2022-10-18"),
[P("Hà Thị Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Nguyễn Mạnh Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sự", "Phó Bí thư Thường trực Huyện ủy Thanh Sơn"),
 P("Hà Văn Bình", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Đinh Văn Thắng", "ĐUV", "Chủ tịch Hội Nông dân xã"),
 P("Hà Thị Nguyệt", "Trưởng Ban công tác Mặt trận khu Đồng Mới")],
[Q("58%", 58, "%"), Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("hơn 46.000 m2", 46000, "m2", "over"), Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("65.000 ngày công", 65000, "ngày công"), Q("100%", 100, "%"), Q("14 công trình", 14, "công trình"),
 Q("2 sai sót", 2, "sai sót"), Q("7 đơn thư", 7, "đơn thư")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Kế hoạch", "26", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 26-KH/BDVTU"),
 D("Quyết định", "99", "QĐ/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 99-QĐ/TU ngày 12/3/2021")],
[prov("Phú Thọ"), com("Tân Lập"), com("Thục Luyện")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Đồng chí Hà Thị Liên phát biểu tại buổi làm việc với Ban Thường vụ Huyện ủy Thanh Sơn.", "Chương trình kiểm tra, giám sát năm 2022",
 "Luật Thực hiện dân chủ ở cơ sở", "Ban Giám sát đầu tư của cộng đồng", "Ban Thanh tra nhân dân"],
["Ngày đăng 19/10/2022 | 10:05", "3 năm", "từ 2020 đến 2022", "1/7/2023"]))

PAGES.append(page("b1150-ninhbinh-danvanchinhquyen-2023", """
BÁO NINH BÌNH
Trang chủ › Xây dựng Đảng › Công tác dân vận
2023-05-22 07:30
Dân vận chính quyền: Từ "nói" đến "làm"
Những năm gần đây, công tác dân vận của chính quyền các cấp ở Ninh Bình đã có bước chuyển rõ nét. Nhiều cán bộ, công chức không còn "ngồi bàn giấy" mà chủ động xuống cơ sở, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của nhân dân.
Cán bộ xã Gia Sinh hướng dẫn người dân làm thủ tục hành chính.
Theo số liệu của Ban Dân vận Tỉnh ủy, năm 2022 thủ trưởng các cơ quan hành chính trong tỉnh đã tiếp 9.860 lượt công dân, tổ chức 284 cuộc đối thoại trực tiếp với người dân. Tỷ lệ giải quyết đơn thư khiếu nại, tố cáo đạt 94,2%. Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước tăng rõ rệt so với năm trước.
Bà Bùi Thị Hường, Chủ tịch UBND xã Gia Sinh, kể: trước đây người dân phản ánh nhiều về thái độ của một số công chức ở bộ phận một cửa. Xã đã công khai số điện thoại của Chủ tịch UBND xã, lập nhóm Zalo "Gia Sinh lắng nghe" với hơn 1.700 thành viên, mọi phản ánh được trả lời trong vòng 48 giờ. Năm 2022, xã không có đơn thư vượt cấp.
Ở phường Nam Thành, chính quyền và Ủy ban MTTQ phường duy trì "Ngày thứ Bảy cùng dân" để giải quyết những việc tồn đọng về đất đai, trật tự đô thị. Vùng giáo Kim Sơn có nhiều cách làm hay: xã Kim Đông vận động 312 hộ giáo dân hiến đất, góp 2,5 tỷ đồng làm đường ven đê; linh mục quản xứ tham gia cùng chính quyền tuyên truyền.
Đồng chí Đinh Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cho rằng kết quả trên có được là nhờ triển khai đồng bộ Kế hoạch số 131-KH/TU của Tỉnh ủy thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Chỉ thị số 16-CT/TU ngày 20/2/2023 của Ban Thường vụ Tỉnh ủy về tăng cường trách nhiệm người đứng đầu trong tiếp công dân. "Dân vận chính quyền phải đo bằng sự hài lòng của người dân, không phải bằng số lượng văn bản", đồng chí Đinh Văn Hùng nhấn mạnh.
Tuy nhiên, theo ông Trần Quốc Việt, Phó Chủ tịch Ủy ban MTTQ tỉnh, vẫn còn tình trạng "trên nóng, dưới lạnh" ở một số nơi; có cán bộ ngại tiếp xúc với dân, né tránh trách nhiệm. Vì vậy, cần đưa tiêu chí dân vận vào đánh giá, xếp loại cán bộ hằng năm.
Khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023, yêu cầu đối với chính quyền các cấp sẽ càng cao hơn. Và như nhiều người dân nói, dân vận chính quyền tốt nhất là "làm việc cho dân đến nơi đến chốn".
Minh Đường
Lượt xem: 1.128
Bài viết liên quan
- Yên Mô: đối thoại giữa Bí thư Huyện ủy với nhân dân (12/05/2023)
- Tổng kết phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2021 (04/05/2023)
- Hoa Lư: mô hình "Khu dân cư tự quản" (25/04/2023)
""", "2023-05-22", "Dân vận chính quyền: Từ \"nói\" đến \"làm\"",
E("khac", None, None),
[P("Bùi Thị Hường", "Chủ tịch UBND xã Gia Sinh"),
 P("Đinh Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("9.860 lượt công dân", 9860, "lượt công dân"), Q("284 cuộc đối thoại trực tiếp", 284, "cuộc đối thoại trực tiếp"), Q("94,2%", 94.2, "%"),
 Q("hơn 1.700 thành viên", 1700, "thành viên", "over"), Q("312 hộ giáo dân", 312, "hộ giáo dân"), Q("2,5 tỷ đồng", 2500000000, "đồng")],
[D("Kế hoạch", "131", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 131-KH/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "16", "CT/TU", "2023-02-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 20/2/2023")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Nam Thành"), com("Kim Đông")],
["BÁO NINH BÌNH", "Trang chủ › Xây dựng Đảng › Công tác dân vận", "Cán bộ xã Gia Sinh hướng dẫn người dân làm thủ tục hành chính.",
 "Gia Sinh lắng nghe", "Ngày thứ Bảy cùng dân", "trên nóng, dưới lạnh", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.128"],
["2023-05-22 07:30", "năm 2022", "48 giờ", "1/7/2023", "Lượt xem: 1.128"]))
