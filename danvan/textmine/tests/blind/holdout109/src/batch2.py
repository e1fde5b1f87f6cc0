from lib import *
PAGES = []

PAGES.append(page("b2579-quangngai-bdv-tongket-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Hôm nay: Thứ Sáu, 29/12/2017
Trang chủ › Tin tức › Hoạt động của Ban
Ngày đăng: 28/12/2017
Đồng chí Đinh Thị Loan phát biểu tại hội nghị.
Vận động 2.300 hộ bàn giao mặt bằng tuyến cao tốc
Chiều 27/12, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Đinh Thị Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2017, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kết luận 35, 36-KL/TU về công tác dân vận trong giải phóng mặt bằng tuyến cao tốc Đà Nẵng - Quảng Ngãi và mở rộng Khu kinh tế Dung Quất. Nhờ vận động kiên trì, 2.300 hộ đã bàn giao 186,5 ha mặt bằng; tổng số tiền bồi thường, hỗ trợ đã chi trả là 1.120 tỷ đồng; 3 khu tái định cư với 640 lô đất được đưa vào sử dụng. Các cấp đã tiếp 1.054 lượt công dân, tiếp nhận 231 đơn thư, kiến nghị; giải quyết 204 đơn, đạt 88,3%.
Phong trào thi đua "Dân vận khéo" có 412 mô hình, trong đó 36 mô hình cấp tỉnh. Ở xã Bình Trị, người dân tự nguyện hiến 3.200 m2 đất mở đường vào khu tái định cư.
Tại hội nghị, đồng chí Đinh Văn Ý, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Tịnh, chia sẻ cách làm "4 không": không để dân thắc mắc, không để đơn thư tồn đọng, không để khiếu kiện đông người, không để chậm chi trả. Đồng chí Trương Thị Hồng Nhung, Phó Chủ tịch UBND xã Tịnh Phong, cho biết xã đã vận động 318 hộ di dời 1.047 ngôi mộ ra nghĩa trang tập trung.
Hội nghị đã công bố quyết định của Ban Thường vụ Tỉnh ủy về việc đồng chí Phạm Quang Hiển được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Phát biểu kết luận, đồng chí Đinh Thị Loan yêu cầu năm 2018 tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; nắm chắc tình hình ở các dự án trọng điểm, không để phát sinh điểm nóng; chủ động phối hợp giải quyết 27 đơn thư còn tồn đọng.
Dịp này, 18 tập thể, 25 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen; mỗi tập thể được thưởng 1 triệu đồng.
Các đại biểu cũng đề nghị tỉnh quan tâm bố trí kinh phí cho hoạt động của các tổ dân vận thôn, tổ dân phố; tăng cường tập huấn kỹ năng vận động quần chúng cho cán bộ cơ sở; kịp thời biểu dương những hộ gương mẫu bàn giao mặt bằng sớm.
Minh Châu
Tin liên quan
- Bình Sơn: đối thoại với người dân vùng dự án mở rộng Dung Quất (20/12/2017)
- Tư Nghĩa sơ kết 2 năm thực hiện mô hình "Dân vận khéo" (12/12/2017)
- Giao ban công tác dân vận khối chính quyền quý IV (05/12/2017)
""", "2017-12-28", "Vận động 2.300 hộ bàn giao mặt bằng tuyến cao tốc",
E("tong_ket", "2017", "2017-12-27"),
[P("Đinh Thị Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Ý", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Tịnh"),
 P("Trương Thị Hồng Nhung", "Phó Chủ tịch UBND xã Tịnh Phong"),
 P("Phạm Quang Hiển", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.300 hộ", 2300, "hộ"), Q("186,5 ha", 186.5, "ha"), Q("1.120 tỷ đồng", 1120000000000, "đồng"),
 Q("3 khu tái định cư", 3, "khu tái định cư"), Q("640 lô đất", 640, "lô đất"), Q("1.054 lượt công dân", 1054, "lượt công dân"),
 Q("231 đơn thư, kiến nghị", 231, "đơn thư, kiến nghị"), Q("204 đơn", 204, "đơn"), Q("88,3%", 88.3, "%"),
 Q("412 mô hình", 412, "mô hình"), Q("36 mô hình cấp tỉnh", 36, "mô hình cấp tỉnh"), Q("3.200 m2", 3200, "m2"),
 Q("318 hộ", 318, "hộ"), Q("1.047 ngôi mộ", 1047, "ngôi mộ"), Q("27 đơn thư", 27, "đơn thư"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "35", "KL/TU", None, "Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Quảng Ngãi"), com("Bình Trị"), com("Tịnh Phong")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Hôm nay: Thứ Sáu, 29/12/2017", "Trang chủ › Tin tức › Hoạt động của Ban",
 "Đồng chí Đinh Thị Loan phát biểu tại hội nghị.", "Dân vận khéo", "4 không", "Khu kinh tế Dung Quất"],
["Hôm nay: Thứ Sáu, 29/12/2017", "năm 2017", "năm 2018", "4 không"]))

PAGES.append(page("b2580-bariavungtau-mttq-taphuan-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ / Tin tức / Giám sát và phản biện xã hội
2018-06-14 16:40
Tập huấn kỹ năng giám sát bồi thường, tái định cư cho cán bộ Mặt trận
Trong 2 ngày 12 và 13/6/2018, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu tổ chức lớp tập huấn nghiệp vụ giám sát công tác bồi thường, hỗ trợ, tái định cư năm 2018 cho 120 học viên là cán bộ Mặt trận và các tổ chức chính trị - xã hội cấp huyện, cấp xã.
Học viên trao đổi tại lớp tập huấn. Ảnh: Ngọc Hà
Phát biểu khai mạc, bà Võ Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, toàn tỉnh đang triển khai 164 dự án có thu hồi đất với tổng diện tích 2.815 ha, ảnh hưởng đến 6.240 hộ, tập trung ở các khu công nghiệp Phú Mỹ 3, Cái Mép và tuyến đường liên cảng. Năm 2017, Mặt trận các cấp nhận 289 đơn thư liên quan đến đất đai, trong đó 61% là kiến nghị về giá bồi thường.
Các học viên được nghe ông Hồ Minh Triết, giảng viên Trường Chính trị tỉnh, giới thiệu Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; Nghị định số 01/2017/NĐ-CP của Chính phủ sửa đổi, bổ sung các nghị định hướng dẫn Luật Đất đai. Luật sư Trần Quốc Vinh, Phó Chủ nhiệm Đoàn Luật sư tỉnh, hướng dẫn cách đọc phương án bồi thường, phát hiện sai sót trong kiểm đếm.
Học viên đã thảo luận 3 tình huống thực tế: hộ có đất nông nghiệp xen kẽ trong khu dân cư; hộ bị thu hồi trên 70% diện tích đất sản xuất; và 15 trường hợp tự ý xây dựng sau khi có thông báo thu hồi đất. Bà Lê Thị Kim Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Tóc Tiên, chia sẻ kinh nghiệm: Mặt trận xã đã tham gia kiểm đếm tài sản của 430 hộ, phát hiện 27 trường hợp đo đạc thiếu diện tích, kiến nghị điều chỉnh tăng gần 1,6 tỷ đồng tiền bồi thường cho người dân.
Bế mạc lớp tập huấn, bà Võ Thị Ngọc Hân đề nghị học viên vận dụng Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của nhân dân trong phòng, chống tham nhũng, lãng phí; mỗi Ủy ban MTTQ cấp huyện trong năm 2018 tổ chức ít nhất 1 cuộc giám sát chuyên đề về bồi thường, tái định cư.
Trong năm 2018, Ủy ban MTTQ tỉnh dự kiến tổ chức thêm 2 lớp tập huấn cho cán bộ Mặt trận ở phường Phước Hòa và xã Châu Pha, nơi có nhiều dự án cảng và khu công nghiệp đang triển khai.
Ngọc Hà
Tin khác
- Phú Mỹ: Mặt trận giám sát khu tái định cư Phước Hòa (05/06/2018)
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh (28/05/2018)
- Châu Đức: trao 200 sổ tiết kiệm cho hộ nghèo (21/05/2018)
""", "2018-06-14", "Tập huấn kỹ năng giám sát bồi thường, tái định cư cho cán bộ Mặt trận",
E("tap_huan", "2018", "2018-06-12"),
[P("Võ Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Minh Triết", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Quốc Vinh", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Lê Thị Kim Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tóc Tiên")],
[Q("120 học viên", 120, "học viên"), Q("164 dự án", 164, "dự án"), Q("2.815 ha", 2815, "ha"),
 Q("6.240 hộ", 6240, "hộ"), Q("289 đơn thư", 289, "đơn thư"), Q("61%", 61, "%"), Q("3 tình huống thực tế", 3, "tình huống thực tế"),
 Q("trên 70%", 70, "%", "over"), Q("15 trường hợp", 15, "trường hợp"), Q("430 hộ", 430, "hộ"), Q("27 trường hợp", 27, "trường hợp"),
 Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("2 lớp tập huấn", 2, "lớp tập huấn")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-03-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017"),
 D("Luật", "75", "2015/QH13", None, None, "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
 D("Nghị định", "01", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 01/2017/NĐ-CP"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Bà Rịa - Vũng Tàu"), com("Tóc Tiên"), com("Phước Hòa"), com("Châu Pha")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU", "Trang chủ / Tin tức / Giám sát và phản biện xã hội",
 "Học viên trao đổi tại lớp tập huấn.", "Luật Đất đai", "Phú Mỹ 3"],
["2018-06-14 16:40", "2 ngày", "năm 2018", "Năm 2017", "1 cuộc giám sát chuyên đề"]))

PAGES.append(page("b2581-ninhbinh-bdv-giaoban-2019", """
Ban Dân vận Tỉnh ủy Ninh Bình - Cổng thông tin điện tử
Trang chủ | Tin hoạt động | Giao ban
05.11.2019 | 16:05
Giao ban công tác dân vận tháng 10/2019
Sáng 4/11, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10/2019 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận các sở, ngành. Đồng chí Đinh Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: Hải Yến
Trong tháng, khối dân vận tập trung phối hợp vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Cao Bồ - Mai Sơn và tuyến đường nối Khu công nghiệp Gián Khẩu. Đến ngày 31/10/2019, đã có 742/815 hộ nhận tiền bồi thường, bàn giao 93,4 ha, đạt 91%; tổng kinh phí chi trả hơn 287 tỷ đồng. Riêng xã Gia Trấn còn 38 hộ chưa nhận tiền vì chưa đồng thuận về đơn giá bồi thường cây ăn quả và việc di chuyển 214 ngôi mộ.
Ban Dân vận Tỉnh ủy đã ban hành Công văn số 312-CV/BDVTU đề nghị ban dân vận các huyện ủy Gia Viễn, Hoa Lư, Yên Mô cử cán bộ bám địa bàn; phối hợp với Ủy ban MTTQ tỉnh tổ chức 4 buổi đối thoại với 126 hộ dân. Trong tháng, các cơ quan tiếp nhận 34 đơn thư, giải quyết 29 đơn; không xảy ra khiếu kiện đông người.
Tại giao ban, đồng chí Bùi Văn Thường, HUV, Trưởng Ban Dân vận Huyện ủy Gia Viễn, đề nghị tỉnh sớm phê duyệt giá đất tái định cư tại khu Gia Trấn. Đồng chí Đinh Công Phán, Bí thư Đảng ủy xã Gia Trấn, báo cáo xã đã thành lập 6 tổ công tác, mỗi tổ gồm 5 thành viên, đến từng hộ giải thích chính sách.
Ý kiến tại giao ban cũng phản ánh, tại một số thôn có đối tượng xấu lợi dụng việc thu hồi đất để kích động, lôi kéo người dân không nhận tiền, gửi đơn vượt cấp; một số hộ đã nhận tiền nhưng chưa tháo dỡ công trình. Ban Dân vận Huyện ủy Hoa Lư đề nghị tăng cường nắm dư luận xã hội, kịp thời cung cấp thông tin chính thống cho người dân qua hệ thống loa truyền thanh và các buổi sinh hoạt chi hội.
Buổi giao ban đã chúc mừng đồng chí Nguyễn Thị Thanh Hằng vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Kết luận giao ban, đồng chí Đinh Thị Hương yêu cầu tháng 11 hoàn thành vận động 73 hộ còn lại, thực hiện nghiêm Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước; tiếp tục thực hiện Kế hoạch số 58-KH/TU của Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2020; chuẩn bị hội nghị tổng kết năm 2019.
Các đại biểu cũng thống nhất đề nghị UBND tỉnh chỉ đạo chủ đầu tư công khai tiến độ thi công khu tái định cư, bảo đảm người dân có nơi ở mới trước khi bàn giao nhà cũ, không để người dân phải đi thuê nhà quá 6 tháng.
Hải Yến
Các tin đã đưa
- Kim Sơn: Đối thoại với nhân dân về xây dựng nông thôn mới (28/10/2019)
- Giao ban công tác dân vận tháng 9/2019 (02/10/2019)
- Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2019 (20/09/2019)
""", "2019-11-05", "Giao ban công tác dân vận tháng 10/2019",
E("giao_ban", "2019-10", "2019-11-04"),
[P("Đinh Thị Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Thường", "HUV", "Trưởng Ban Dân vận Huyện ủy Gia Viễn"),
 P("Đinh Công Phán", "Bí thư Đảng ủy xã Gia Trấn"),
 P("Nguyễn Thị Thanh Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("742/815 hộ", 742, "hộ"), Q("93,4 ha", 93.4, "ha"), Q("91%", 91, "%"), Q("hơn 287 tỷ đồng", 287000000000, "đồng", "over"),
 Q("38 hộ", 38, "hộ"), Q("214 ngôi mộ", 214, "ngôi mộ"), Q("4 buổi đối thoại", 4, "buổi đối thoại"), Q("126 hộ dân", 126, "hộ dân"),
 Q("34 đơn thư", 34, "đơn thư"), Q("29 đơn", 29, "đơn"), Q("6 tổ công tác", 6, "tổ công tác"), Q("5 thành viên", 5, "thành viên"),
 Q("73 hộ", 73, "hộ")],
[D("Công văn", "312", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 312-CV/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "58", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 58-KH/TU")],
[prov("Ninh Bình"), com("Gia Trấn")],
["Ban Dân vận Tỉnh ủy Ninh Bình - Cổng thông tin điện tử", "Trang chủ | Tin hoạt động | Giao ban", "Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Khu công nghiệp Gián Khẩu"],
["05.11.2019 | 16:05", "tháng 10/2019", "31/10/2019", "tháng 11", "giai đoạn 2016 - 2020", "năm 2019", "6 tháng"]))

PAGES.append(page("b2582-nghean-xa-doithoai-caotoc-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ DIỄN PHÚC - HUYỆN DIỄN CHÂU
Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy
Ngày 16/11/2020 | 09:15
Đối thoại với Nhân dân về giải phóng mặt bằng đường cao tốc Bắc - Nam
Ngày 13/11/2020, Ban Thường vụ Đảng ủy, UBND xã Diễn Phúc tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2020, chuyên đề bồi thường, giải phóng mặt bằng dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn Diễn Châu - Bãi Vọt. Dự hội nghị có Phó Chủ tịch UBND huyện Diễn Châu Lê Minh Giang và hơn 150 cử tri đại diện các xóm.
Đồng chí Hoàng Văn Sơn phát biểu tại hội nghị đối thoại.
Chủ trì hội nghị có đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Cao Thị Huế, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Báo cáo tại hội nghị cho biết, thực hiện Nghị quyết số 52/2017/QH14 của Quốc hội và Quyết định số 41/2019/QĐ-UBND ngày 16/10/2019 của UBND tỉnh Nghệ An, tuyến cao tốc qua xã dài 3,8 km, thu hồi 14,6 ha đất của 218 hộ, phải di dời 52 ngôi mộ và 9 hộ có nhà ở. Tổng kinh phí bồi thường, hỗ trợ được phê duyệt là 46,2 tỷ đồng; đến nay đã chi trả cho 196 hộ với số tiền 41,5 tỷ đồng; còn 22 hộ chưa nhận tiền. Mỗi ngôi mộ được hỗ trợ di dời 7 triệu đồng; mỗi hộ phải di chuyển chỗ ở được hỗ trợ thuê nhà 3 triệu đồng/tháng.
Tại hội nghị, bà con đã nêu 19 ý kiến. Ông Nguyễn Văn Đạo ở xóm 5 đề nghị xem xét lại diện tích đất vườn bị đo thiếu; bà Trần Thị Thu, xóm 7, hỏi về thời gian giao đất tái định cư; ông Phan Đình Lộc, Chi hội trưởng Chi hội Cựu chiến binh xóm 3, đề nghị làm đường gom để người dân đi lại, sản xuất khi cao tốc chia cắt cánh đồng.
Trả lời ý kiến, đồng chí Lê Minh Giang cho biết huyện đã giao Ban Quản lý dự án kiểm tra lại 11 thửa đất có kiến nghị; khu tái định cư xóm 2 rộng 1,9 ha với 64 lô sẽ bàn giao trong tháng 12. Đồng chí Cao Thị Huế đề nghị các đoàn thể thực hiện Kế hoạch 125-KH/ĐU của Đảng ủy xã, mỗi đảng viên phụ trách vận động 2 hộ.
Kết luận hội nghị, đồng chí Hoàng Văn Sơn khẳng định Đảng ủy tiếp tục lãnh đạo thực hiện Nghị quyết 05, 06-NQ/ĐU của Ban Chấp hành Đảng bộ xã về giải phóng mặt bằng và xây dựng nông thôn mới nâng cao; phấn đấu trước ngày 31/12/2020 bàn giao toàn bộ mặt bằng; thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Sau hội nghị, 8 hộ đã ký biên bản đồng ý nhận tiền và cam kết bàn giao mặt bằng trước ngày 30/11/2020.
Văn phòng Đảng ủy xã
Tin khác
- Diễn Phúc ra quân vệ sinh môi trường (09/11/2020)
- Hội Nông dân xã trao 20 suất quà cho hội viên khó khăn (02/11/2020)
- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở xóm 4 (26/10/2020)
""", "2020-11-16", "Đối thoại với Nhân dân về giải phóng mặt bằng đường cao tốc Bắc - Nam",
E("doi_thoai", "2020", "2020-11-13"),
[P("Lê Minh Giang", "Phó Chủ tịch UBND huyện Diễn Châu"),
 P("Hoàng Văn Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Cao Thị Huế", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Đạo"), P("Trần Thị Thu"),
 P("Phan Đình Lộc", "Chi hội trưởng Chi hội Cựu chiến binh xóm 3")],
[Q("hơn 150 cử tri", 150, "cử tri", "over"), Q("3,8 km", 3.8, "km"), Q("14,6 ha", 14.6, "ha"), Q("218 hộ", 218, "hộ"),
 Q("52 ngôi mộ", 52, "ngôi mộ"), Q("9 hộ", 9, "hộ"), Q("46,2 tỷ đồng", 46200000000, "đồng"), Q("196 hộ", 196, "hộ"),
 Q("41,5 tỷ đồng", 41500000000, "đồng"), Q("22 hộ", 22, "hộ"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("19 ý kiến", 19, "ý kiến"), Q("11 thửa đất", 11, "thửa đất"),
 Q("1,9 ha", 1.9, "ha"), Q("64 lô", 64, "lô"), Q("2 hộ", 2, "hộ"), Q("8 hộ", 8, "hộ")],
[D("Nghị quyết", "52", "2017/QH14", None, "Quốc hội", "Nghị quyết số 52/2017/QH14"),
 D("Quyết định", "41", "2019/QĐ-UBND", "2019-10-16", "UBND tỉnh Nghệ An", "Quyết định số 41/2019/QĐ-UBND ngày 16/10/2019"),
 D("Kế hoạch", "125", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 125-KH/ĐU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 05, 06-NQ/ĐU")],
[prov("Nghệ An"), com("Diễn Phúc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ DIỄN PHÚC - HUYỆN DIỄN CHÂU", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy",
 "Đồng chí Hoàng Văn Sơn phát biểu tại hội nghị đối thoại.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Văn phòng Đảng ủy xã"],
["Ngày 16/11/2020 | 09:15", "năm 2020", "xóm 5", "xóm 7", "xóm 3", "xóm 2", "tháng 12", "31/12/2020", "30/11/2020"]))

PAGES.append(page("b2583-khanhhoa-bdv-traoqua-taidinhcu-2020", """
Ban Dân vận Tỉnh ủy Khánh Hòa
Trang chủ > Hoạt động > Công tác dân tộc, tôn giáo
30 tháng 12, 2020 | 17:45
Trao 350 phần quà Tết cho hộ tái định cư hồ chứa nước Suối Dầu 2
Ngày 29/12/2020, Ban Dân vận Tỉnh ủy Khánh Hòa phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh tổ chức trao 350 phần quà Tết cho các hộ đồng bào Raglai tái định cư thuộc dự án hồ chứa nước Suối Dầu 2 tại xã Sơn Thái, huyện Khánh Vĩnh.
Bà Bo Bo Thị Nga trao quà cho bà con. Ảnh: Minh Thư
Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt, 10 kg gạo và nhu yếu phẩm; tổng trị giá 175 triệu đồng do các doanh nghiệp và nhà hảo tâm ủng hộ.
Phát biểu tại buổi trao quà, bà Bo Bo Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy, ghi nhận sự đồng thuận của bà con: năm 2018, 186 hộ với 742 nhân khẩu đã di dời khỏi lòng hồ, bàn giao 312 ha đất cho dự án. Mỗi hộ được bố trí 400 m2 đất ở, 2.500 m2 đất sản xuất và nhận bình quân 265 triệu đồng tiền bồi thường, hỗ trợ. Đến nay, 92% số hộ đã có nhà kiên cố, 100% hộ có điện lưới, nước sạch.
Ông Pi Năng Thanh, Chủ tịch UBND xã Sơn Thái, cho biết địa phương đã phối hợp mở 4 lớp dạy nghề trồng keo, nuôi bò cho 136 lao động; tỷ lệ hộ nghèo ở khu tái định cư giảm từ 58,3% xuống còn 37,6%. Thay mặt bà con, các ông Cao Văn Bền, Mấu Văn Tình - người có uy tín trong đồng bào Raglai cảm ơn Đảng, Nhà nước và đề nghị sớm làm cầu qua suối Cà Dú để học sinh đi học an toàn.
Bà Bo Bo Thị Nga cho biết, trong năm 2021 Ban Dân vận Tỉnh ủy sẽ tiếp tục phối hợp thực hiện Nghị quyết 88/2019/QH14 của Quốc hội về đề án tổng thể phát triển vùng đồng bào dân tộc thiểu số và Kế hoạch số 36-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào vùng dự án ổn định sản xuất; đề nghị chủ đầu tư hoàn thành cầu treo và 2,7 km đường nội vùng trước mùa mưa năm 2021.
Cũng dịp này, Ban Dân vận Tỉnh ủy tặng 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh dân tộc thiểu số vượt khó học giỏi ở khu tái định cư, và tặng 15 chiếc xe đạp cho học sinh ở xa trường.
Theo phản ánh của bà con, sau gần 3 năm về nơi ở mới, đời sống đã dần ổn định nhưng đất sản xuất ở xa, nhiều đoạn đường vào khu sản xuất bị sạt lở trong mùa mưa; một số nhà tái định cư bị thấm dột, nứt tường. Đại diện chủ đầu tư ghi nhận, cam kết khảo sát, sửa chữa trong quý I năm 2021.
Bà con phấn khởi nhận quà, hứa hẹn tiếp tục yên tâm sản xuất, giữ gìn an ninh trật tự, không nghe theo kẻ xấu xúi giục quay về vùng lòng hồ canh tác.
Minh Thư
Tin liên quan
- Khánh Sơn: giao ban công tác dân vận quý IV (23/12/2020)
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2020 (10/12/2020)
- Cam Lâm vận động người dân bàn giao mặt bằng cao tốc (27/11/2020)
""", "2020-12-30", "Trao 350 phần quà Tết cho hộ tái định cư hồ chứa nước Suối Dầu 2",
E("trao_qua", None, "2020-12-29"),
[P("Bo Bo Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pi Năng Thanh", "Chủ tịch UBND xã Sơn Thái"),
 P("Cao Văn Bền", "người có uy tín trong đồng bào Raglai"),
 P("Mấu Văn Tình", "người có uy tín trong đồng bào Raglai")],
[Q("350 phần quà", 350, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("175 triệu đồng", 175000000, "đồng"),
 Q("186 hộ", 186, "hộ"), Q("742 nhân khẩu", 742, "nhân khẩu"), Q("312 ha", 312, "ha"), Q("400 m2", 400, "m2"),
 Q("2.500 m2", 2500, "m2"), Q("265 triệu đồng", 265000000, "đồng"), Q("92%", 92, "%"), Q("100%", 100, "%"),
 Q("4 lớp dạy nghề", 4, "lớp dạy nghề"), Q("136 lao động", 136, "lao động"), Q("58,3%", 58.3, "%"), Q("37,6%", 37.6, "%"),
 Q("2,7 km", 2.7, "km"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("15 chiếc xe đạp", 15, "chiếc xe đạp")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU")],
[prov("Khánh Hòa"), com("Sơn Thái")],
["Ban Dân vận Tỉnh ủy Khánh Hòa", "Trang chủ > Hoạt động > Công tác dân tộc, tôn giáo", "Bà Bo Bo Thị Nga trao quà cho bà con.",
 "hồ chứa nước Suối Dầu 2"],
["30 tháng 12, 2020 | 17:45", "năm 2018", "năm 2021", "gần 3 năm", "quý I năm 2021"]))

PAGES.append(page("b2584-kontum-bdv-hoinghi-uytin-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ / Tin tức / Công tác dân tộc
Thứ Sáu, 23/04/2021 - 07:30
Phát huy vai trò người có uy tín trong vận động giải phóng mặt bằng
Ngày 22/4/2021, Ban Dân vận Tỉnh ủy tổ chức hội nghị gặp mặt người có uy tín vùng dự án thủy điện và khu kinh tế năm 2021. Dự hội nghị có 95 già làng, trưởng thôn, người có uy tín tiêu biểu của 7 huyện có dự án thu hồi đất. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Các đại biểu dự hội nghị.
Theo báo cáo, giai đoạn 2016 - 2020, toàn tỉnh thu hồi 2.486 ha đất của 3.915 hộ để xây dựng 11 công trình thủy điện, Khu kinh tế cửa khẩu quốc tế Bờ Y và tuyến đường tránh thành phố Kon Tum. Người có uy tín đã tham gia vận động 1.270 hộ đồng bào dân tộc thiểu số bàn giao mặt bằng, hòa giải thành 84 vụ việc tranh chấp đất đai; phát hiện, báo cáo kịp thời 9 trường hợp truyền đạo trái pháp luật ở vùng tái định cư. Tổng kinh phí bồi thường, hỗ trợ đã chi trả khoảng 1.860 tỷ đồng.
Tại hội nghị, Già làng A Hmưn, thôn Kon Klor 2, kể việc thuyết phục 32 hộ trong thôn nhận tiền bồi thường, chuyển về khu tái định cư mới. Bà Y Thương, người có uy tín làng Đăk Rơ Wang, đề nghị chủ đầu tư thủy điện Đăk Re trả tiền hỗ trợ ổn định đời sống đúng hạn. Ông A Kiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Na, phản ánh 27 hộ ở xã chưa có đất sản xuất sau tái định cư.
Trả lời các ý kiến, ông Trần Văn Thắng, Phó Giám đốc Sở Tài nguyên và Môi trường, cho biết tỉnh đang rà soát quỹ đất, dự kiến cấp 54 ha đất sản xuất cho các hộ thiếu đất trong năm 2021.
Phát biểu kết luận, đồng chí Y Ngọc đề nghị người có uy tín tiếp tục tuyên truyền Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng dự án; thực hiện chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín. Mỗi người có uy tín được hỗ trợ 500.000 đồng/quý và cấp 1 tờ báo.
Nhiều ý kiến cũng cho rằng việc chi trả tiền bồi thường ở một số dự án còn chậm, chính sách hỗ trợ chuyển đổi nghề chưa phù hợp với tập quán sản xuất của đồng bào; khu tái định cư thiếu nước sinh hoạt, đất sản xuất xa nơi ở. Người có uy tín đề nghị cán bộ các cấp thường xuyên xuống thôn, làng lắng nghe ý kiến của bà con, giải thích rõ chính sách bằng tiếng dân tộc.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 người có uy tín tiêu biểu, mỗi người kèm 2 triệu đồng tiền thưởng.
Đinh Yến
Tin cùng chuyên mục
- Đăk Glei: đối thoại với người dân vùng thủy điện (14/04/2021)
- Giao ban công tác dân vận quý I năm 2021 (06/04/2021)
- Kon Rẫy ra mắt mô hình "Dân vận khéo" (25/03/2021)
""", "2021-04-23", "Phát huy vai trò người có uy tín trong vận động giải phóng mặt bằng",
E("hoi_nghi", "2021", "2021-04-22"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Hmưn", "Già làng"),
 P("Y Thương", "người có uy tín làng Đăk Rơ Wang"),
 P("A Kiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Na"),
 P("Trần Văn Thắng", "Phó Giám đốc Sở Tài nguyên và Môi trường")],
[Q("95 già làng, trưởng thôn, người có uy tín tiêu biểu", 95, "già làng, trưởng thôn, người có uy tín tiêu biểu"), Q("7 huyện", 7, "huyện"),
 Q("2.486 ha", 2486, "ha"), Q("3.915 hộ", 3915, "hộ"), Q("11 công trình thủy điện", 11, "công trình thủy điện"),
 Q("1.270 hộ đồng bào dân tộc thiểu số", 1270, "hộ đồng bào dân tộc thiểu số"), Q("84 vụ việc tranh chấp đất đai", 84, "vụ việc tranh chấp đất đai"),
 Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 1.860 tỷ đồng", 1860000000000, "đồng", "approx"), Q("32 hộ", 32, "hộ"),
 Q("27 hộ", 27, "hộ"), Q("54 ha", 54, "ha"), Q("500.000 đồng", 500000, "đồng"), Q("21 người có uy tín tiêu biểu", 21, "người có uy tín tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018")],
[prov("Kon Tum"), com("Đăk Na")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ / Tin tức / Công tác dân tộc", "Các đại biểu dự hội nghị.",
 "Khu kinh tế cửa khẩu quốc tế Bờ Y", "thủy điện Đăk Re", "thành phố Kon Tum"],
["Thứ Sáu, 23/04/2021 - 07:30", "năm 2021", "giai đoạn 2016 - 2020", "1 tờ báo"]))
