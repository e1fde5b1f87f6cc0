from lib import *
PAGES = []

PAGES.append(page("b4685-hanoi-mttqphuong-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HAI BÀ TRƯNG - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Thứ Tư, 28/12/2011 - 16:40
Toàn cảnh hội nghị tổng kết. Ảnh: Thu Hằng
Phường Bạch Đằng tổng kết công tác Mặt trận năm 2011
Chiều 26/12, Ủy ban MTTQ phường Bạch Đằng (quận Hai Bà Trưng, Hà Nội) tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai chương trình phối hợp và thống nhất hành động năm 2012. Dự hội nghị có đồng chí Nguyễn Thị Bích Ngọc, Phó Chủ tịch Ủy ban MTTQ quận Hai Bà Trưng; đồng chí Trần Quang Hưng, Bí thư Đảng ủy phường, cùng 54 đồng chí là trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố và đại diện các đoàn thể.
Báo cáo do đồng chí Phạm Văn Khải, Chủ tịch Ủy ban MTTQ phường trình bày nêu rõ: năm qua, 36 Ban công tác Mặt trận ở khu dân cư duy trì sinh hoạt đều đặn, bám sát địa bàn. Thực hiện Kế hoạch số 08, 09/KH-MT của Ban Thường trực Ủy ban MTTQ phường về cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và về giám sát xây dựng tuyến phố văn minh đô thị, toàn phường có 2.870 hộ đạt danh hiệu Gia đình văn hóa, đạt 92,4%; 31 tổ dân phố được công nhận Tổ dân phố văn hóa. Quỹ "Vì người nghèo" của phường vận động được hơn 86,5 triệu đồng, hỗ trợ 23 hộ nghèo và sửa chữa 2 căn nhà xuống cấp.
Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" tiếp tục được duy trì với 36 tổ an ninh tự quản gồm 212 thành viên; các tổ hòa giải ở cơ sở đã hòa giải thành 17/19 vụ việc, không để phát sinh đơn thư vượt cấp. Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở 36/36 khu dân cư theo Hướng dẫn số 12/HD-MTTQ ngày 15/3/2011 của Ban Thường trực Ủy ban MTTQ quận.
Tham luận tại hội nghị, bà Vũ Thị Lan, Tổ trưởng tổ dân phố số 14, chia sẻ cách vận động các hộ kinh doanh trên phố Lò Đúc không lấn chiếm vỉa hè; ông Ngô Đức Thịnh, Trưởng ban công tác Mặt trận tổ dân phố số 7, cho biết tổ đã vận động 46 hộ ký cam kết giữ gìn vệ sinh ngõ xóm, lắp thêm 12 bóng điện chiếu sáng ngõ.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ phường: Lê Thị Minh Thu, Đỗ Văn Hòa báo cáo kết quả công tác giám sát, phản biện xã hội và tiếp nhận 41 ý kiến, kiến nghị của cử tri chuyển đến Đảng ủy, UBND phường.
Phát biểu chỉ đạo, đồng chí Trần Quang Hưng ghi nhận những kết quả trên và đề nghị năm 2012 Mặt trận phường tiếp tục nâng cao chất lượng cuộc vận động, quan tâm củng cố đội ngũ tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận vì đây là lực lượng "gần dân, sát dân" nhất.
Dịp này, Ủy ban MTTQ phường tặng giấy khen cho 9 tập thể và 24 cá nhân tiêu biểu trong cuộc vận động.
Quang Minh
Số lượt xem: 1.215
Tin khác
- Phường Lê Đại Hành ra mắt mô hình "Tuyến phố văn minh đô thị" (20/12/2011)
- Hội nghị tiếp xúc cử tri sau kỳ họp thứ 2 HĐND quận (15/12/2011)
- Quận Hai Bà Trưng tổng kết Ngày hội Đại đoàn kết toàn dân tộc năm 2011 (30/11/2011)
""", "2011-12-28", "Phường Bạch Đằng tổng kết công tác Mặt trận năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ quận Hai Bà Trưng"),
 P("Trần Quang Hưng", "Bí thư Đảng ủy phường"),
 P("Phạm Văn Khải", "Chủ tịch Ủy ban MTTQ phường"),
 P("Vũ Thị Lan", "Tổ trưởng tổ dân phố số 14"),
 P("Ngô Đức Thịnh", "Trưởng ban công tác Mặt trận tổ dân phố số 7"),
 P("Lê Thị Minh Thu", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Đỗ Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ phường")],
[Q("54 đồng chí", 54, "đồng chí"), Q("36 Ban công tác Mặt trận", 36, "Ban công tác Mặt trận"),
 Q("2.870 hộ", 2870, "hộ"), Q("92,4%", 92.4, "%"), Q("31 tổ dân phố", 31, "tổ dân phố"),
 Q("hơn 86,5 triệu đồng", 86500000, "đồng", "over"), Q("23 hộ nghèo", 23, "hộ nghèo"), Q("2 căn nhà", 2, "căn nhà"),
 Q("36 tổ an ninh tự quản", 36, "tổ an ninh tự quản"), Q("212 thành viên", 212, "thành viên"),
 Q("17/19 vụ việc", 17, "vụ việc"), Q("36/36 khu dân cư", 36, "khu dân cư"), Q("46 hộ", 46, "hộ"),
 Q("12 bóng điện chiếu sáng", 12, "bóng điện chiếu sáng"), Q("41 ý kiến, kiến nghị", 41, "ý kiến, kiến nghị"),
 Q("9 tập thể", 9, "tập thể"), Q("24 cá nhân tiêu biểu", 24, "cá nhân tiêu biểu")],
[D("Kế hoạch", "08", "KH-MT", None, "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 08, 09/KH-MT"),
 D("Kế hoạch", "09", "KH-MT", None, "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 08, 09/KH-MT"),
 D("Hướng dẫn", "12", "HD-MTTQ", "2011-03-15", "Ban Thường trực Ủy ban MTTQ quận", "Hướng dẫn số 12/HD-MTTQ ngày 15/3/2011")],
[prov("Hà Nội"), com("Bạch Đằng")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HAI BÀ TRƯNG - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Thu Hằng", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Ngày hội Đại đoàn kết toàn dân tộc", "Gia đình văn hóa", "Tổ dân phố văn hóa",
 "gần dân, sát dân", "Số lượt xem: 1.215"],
["Thứ Tư, 28/12/2011 - 16:40", "54 đồng chí", "năm 2011", "năm 2012", "Số lượt xem: 1.215", "tổ dân phố số 14", "tổ dân phố số 7"]))

PAGES.append(page("b4686-haiphong-bancongtacmattran-soket-2012", """
Báo Hải Phòng điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 09:42, 18/07/2012 (GMT+7)
Phát huy vai trò Ban công tác Mặt trận ở khu dân cư
(Báo Hải Phòng) - Ngày 16/7, Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, tập trung đánh giá hoạt động của 1.245 Ban công tác Mặt trận ở khu dân cư trên địa bàn. Đồng chí Lê Văn Thuận, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Đồng chí Lê Văn Thuận phát biểu tại hội nghị.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp tập trung triển khai Chương trình phối hợp số 03/CTPH-MTTQ-CA giữa Ủy ban MTTQ Việt Nam thành phố và Công an thành phố về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu dân cư. Toàn thành phố đã củng cố 1.310 tổ an ninh nhân dân, tổ tự quản với khoảng 9.800 thành viên; 217 cụm dân cư được công nhận "Cụm dân cư an toàn về an ninh trật tự". Các Ban công tác Mặt trận đã vận động nhân dân hiến trên 3.200 m2 đất, đóng góp 14,6 tỷ đồng và 28.500 ngày công để cải tạo ngõ xóm, xây dựng nhà văn hóa tổ dân phố.
Tại phường Lạch Tray, ông Bùi Đức Long, Trưởng ban công tác Mặt trận tổ dân phố số 9, cùng tổ trưởng Hoàng Thị Nga đã vận động 100% hộ trong tổ đóng góp xây dựng hệ thống thoát nước ngõ; tại phường Máy Chai, tổ dân phố số 3 duy trì mô hình "Ngõ phố tự quản về an ninh trật tự" hơn 2 năm liền không có tội phạm.
Nhiều ý kiến tại hội nghị phản ánh chế độ phụ cấp cho trưởng ban công tác Mặt trận còn thấp, mới được 250.000 đồng/tháng; có nơi tổ trưởng tổ dân phố kiêm trưởng ban công tác Mặt trận nên hoạt động còn chồng chéo. Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ quận Lê Chân, đề nghị thành phố sớm sửa đổi quyết định số 1207/QĐ-UBND ngày 20/6/2011 của UBND thành phố về chế độ đối với cán bộ khu dân cư.
Đồng chí Phạm Thị Hồng Vân, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố cho biết, 6 tháng cuối năm, Mặt trận thành phố sẽ phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, chọn 15 khu dân cư làm điểm để lãnh đạo thành phố về dự; đồng thời tổ chức 4 lớp tập huấn cho khoảng 600 trưởng ban công tác Mặt trận mới được kiện toàn.
Kết luận hội nghị, đồng chí Lê Văn Thuận yêu cầu các cấp Mặt trận bám sát Nghị quyết số 09-NQ/TU của Ban Thường vụ Thành ủy về công tác dân vận trong tình hình mới; chú trọng xây dựng tổ dân phố, cụm dân cư văn minh, sạch đẹp, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Các đồng chí Ủy viên Thường trực Ủy ban MTTQ Việt Nam thành phố Trần Văn Quý, Đào Thị Lụa được phân công theo dõi, hướng dẫn các quận nội thành.
Hội nghị đã khen thưởng 18 Ban công tác Mặt trận tiêu biểu.
Minh Thu
Tin liên quan
- Quận Ngô Quyền ra mắt 12 tổ tự quản đường phố (10/07/2012)
- Mặt trận thành phố giám sát việc thu phí vệ sinh ở tổ dân phố (02/07/2012)
- Kiện toàn Ban công tác Mặt trận ở 40 khu dân cư mới (25/06/2012)
""", "2012-07-18", "Phát huy vai trò Ban công tác Mặt trận ở khu dân cư",
E("so_ket", "2012-H1", "2012-07-16"),
[P("Lê Văn Thuận", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bùi Đức Long", "Trưởng ban công tác Mặt trận tổ dân phố số 9"),
 P("Hoàng Thị Nga", "tổ trưởng"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ quận Lê Chân"),
 P("Phạm Thị Hồng Vân", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Quý", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Đào Thị Lụa", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam thành phố")],
[Q("1.245 Ban công tác Mặt trận", 1245, "Ban công tác Mặt trận"), Q("1.310 tổ an ninh nhân dân, tổ tự quản", 1310, "tổ an ninh nhân dân, tổ tự quản"),
 Q("khoảng 9.800 thành viên", 9800, "thành viên", "approx"), Q("217 cụm dân cư", 217, "cụm dân cư"),
 Q("trên 3.200 m2", 3200, "m2", "over"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("28.500 ngày công", 28500, "ngày công"),
 Q("100% hộ", 100, "%"), Q("250.000 đồng/tháng", 250000, "đồng"), Q("100% khu dân cư", 100, "%"),
 Q("15 khu dân cư", 15, "khu dân cư"), Q("4 lớp tập huấn", 4, "lớp tập huấn"),
 Q("khoảng 600 trưởng ban công tác Mặt trận", 600, "trưởng ban công tác Mặt trận", "approx"),
 Q("18 Ban công tác Mặt trận tiêu biểu", 18, "Ban công tác Mặt trận tiêu biểu")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-CA", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-CA"),
 D("Quyết định", "1207", "QĐ-UBND", "2011-06-20", "UBND thành phố", "quyết định số 1207/QĐ-UBND ngày 20/6/2011"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Thường vụ Thành ủy", "Nghị quyết số 09-NQ/TU")],
[prov("Hải Phòng"), com("Lạch Tray"), com("Máy Chai")],
["Báo Hải Phòng điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(Báo Hải Phòng)",
 "Đồng chí Lê Văn Thuận phát biểu tại hội nghị.", "Cụm dân cư an toàn về an ninh trật tự",
 "Ngõ phố tự quản về an ninh trật tự", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật: 09:42, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "hơn 2 năm liền", "tổ dân phố số 9", "tổ dân phố số 3"]))

PAGES.append(page("b4687-danang-todanpho-anninh-hoinghi-2013", """
UBND QUẬN THANH KHÊ - THÀNH PHỐ ĐÀ NẴNG
Bạn đang ở: Trang chủ / Tin tức / Hoạt động phường
08:15 | 21/10/2013
Tổ dân phố tự quản: "cánh tay nối dài" giữ bình yên khu dân cư
Sáng 19/10, Ủy ban MTTQ Việt Nam phường Thạc Gián phối hợp Công an phường tổ chức hội nghị nâng cao hiệu quả hoạt động của các tổ dân phố tự quản về an ninh trật tự năm 2013. Tham dự có ông Huỳnh Văn Thanh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; Thiếu tá Trương Công Định, Trưởng Công an phường, cùng 68 tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận và đại diện 5 đoàn thể chính trị - xã hội.
Quang cảnh hội nghị. Ảnh: Ngọc Hà
Báo cáo tại hội nghị cho biết, thực hiện Kế hoạch số 215/KH-UBND của UBND quận về xây dựng "Phường 5 không, 3 có", năm 2013 phường đã kiện toàn 34 tổ dân phố tự quản về an ninh trật tự, mỗi tổ có ít nhất 5 thành viên; lắp đặt 21 cụm loa phát thanh và 9 camera giám sát ở các kiệt, hẻm. Nhờ vậy, tình hình tội phạm giảm khoảng 30% so với cùng kỳ; nhân dân đã cung cấp 47 nguồn tin có giá trị giúp lực lượng công an triệt phá 6 ổ nhóm trộm cắp.
Bà Lê Thị Kim Oanh, Tổ trưởng tổ dân phố 27, kiêm Trưởng ban công tác Mặt trận khu dân cư số 5, cho biết: "Tổ có 112 hộ, phần lớn là người lao động tự do, nên chúng tôi chia thành 8 nhóm hộ liên kết, mỗi nhóm cử một người trực cùng dân phòng vào buổi tối". Ông Nguyễn Hữu Phước, Bí thư Chi bộ - Tổ trưởng tổ dân phố 41, đề nghị phường quan tâm hỗ trợ kinh phí mua sắm đèn pin, áo phản quang cho tổ tự quản.
Theo ông Đặng Văn Cường, Chủ tịch Ủy ban MTTQ Việt Nam phường, việc thực hiện Quy chế phối hợp số 02/QCPH giữa Ủy ban MTTQ Việt Nam phường và Công an phường đã tạo chuyển biến trong nhận thức của người dân; đến nay 96,5% hộ ký cam kết "không có người vi phạm pháp luật, tệ nạn xã hội". Phường cũng vận động được trên 45 triệu đồng để khen thưởng, động viên các tổ hoạt động tốt.
Phát biểu chỉ đạo, ông Huỳnh Văn Thanh đề nghị các tổ dân phố tiếp tục bám sát Chỉ thị 09-CT/TW của Ban Bí thư về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới, gắn với chương trình "Thành phố 5 không, 3 có" và "Năm văn minh đô thị" của thành phố.
Cũng tại hội nghị, các đại biểu thống nhất từ quý IV sẽ nhân rộng mô hình "Kiệt, hẻm không có tội phạm" ra toàn phường; mỗi tổ dân phố tự quản được giao theo dõi từ 15 hộ trở lên có người đi làm ăn xa, người mới đến tạm trú. Đây cũng là cách làm mà nhiều phường khác của Đà Nẵng đã áp dụng thành công.
Dịp này, UBND phường tặng giấy khen cho 7 tổ dân phố tự quản và 15 cá nhân có thành tích tốt.
Hoàng Minh
Lượt truy cập: 5.602
Các tin đã đưa
- Phường Thạc Gián ra quân làm sạch kiệt, hẻm (12/10/2013)
- Hội nghị tiếp xúc cử tri phường Xuân Hà (05/10/2013)
- Thanh Khê: tổng kết Ngày hội Đại đoàn kết ở 9 phường (28/09/2013)
""", "2013-10-21", "Tổ dân phố tự quản: \"cánh tay nối dài\" giữ bình yên khu dân cư",
E("hoi_nghi", "2013", "2013-10-19"),
[P("Huỳnh Văn Thanh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trương Công Định", "Thiếu tá", "Trưởng Công an phường"),
 P("Lê Thị Kim Oanh", "Tổ trưởng tổ dân phố 27", "Trưởng ban công tác Mặt trận khu dân cư số 5"),
 P("Nguyễn Hữu Phước", "Bí thư Chi bộ - Tổ trưởng tổ dân phố 41"),
 P("Đặng Văn Cường", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("68 tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận", 68, "tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận"),
 Q("5 đoàn thể chính trị - xã hội", 5, "đoàn thể chính trị - xã hội"), Q("34 tổ dân phố tự quản", 34, "tổ dân phố tự quản"),
 Q("ít nhất 5 thành viên", 5, "thành viên", "over"), Q("21 cụm loa phát thanh", 21, "cụm loa phát thanh"),
 Q("9 camera giám sát", 9, "camera giám sát"), Q("khoảng 30%", 30, "%", "approx"), Q("47 nguồn tin", 47, "nguồn tin"),
 Q("6 ổ nhóm trộm cắp", 6, "ổ nhóm trộm cắp"), Q("112 hộ", 112, "hộ"), Q("8 nhóm hộ liên kết", 8, "nhóm hộ liên kết"),
 Q("96,5% hộ", 96.5, "%"), Q("từ 15 hộ", 15, "hộ", "over"), Q("trên 45 triệu đồng", 45000000, "đồng", "over"),
 Q("7 tổ dân phố tự quản", 7, "tổ dân phố tự quản"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "215", "KH-UBND", None, "UBND quận", "Kế hoạch số 215/KH-UBND"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp số 02/QCPH"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW")],
[prov("Đà Nẵng"), com("Thạc Gián")],
["UBND QUẬN THANH KHÊ - THÀNH PHỐ ĐÀ NẴNG", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động phường", "Quang cảnh hội nghị. Ảnh: Ngọc Hà",
 "Phường 5 không, 3 có", "Thành phố 5 không, 3 có", "Năm văn minh đô thị", "cánh tay nối dài", "Kiệt, hẻm không có tội phạm", "Lượt truy cập: 5.602"],
["08:15 | 21/10/2013", "năm 2013", "quý IV", "5 không, 3 có", "tổ dân phố 27", "khu dân cư số 5", "tổ dân phố 41", "Lượt truy cập: 5.602"]))

PAGES.append(page("b4688-hcm-khupho-vanminh-tongket-2014", """
BAN DÂN VẬN QUẬN ỦY QUẬN 3 - TP HỒ CHÍ MINH
Trang chủ » Hoạt động dân vận » Dân vận chính quyền
Ngày đăng 30/12/2014 | 14:20
Quận 3 tổng kết 5 năm xây dựng khu phố văn hóa, phường văn minh đô thị
Sáng 27/12/2014, Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" quận 3 tổ chức hội nghị tổng kết công tác năm 2014 và 5 năm thực hiện cuộc vận động ở khu phố, tổ dân phố (2010 - 2014). Đồng chí Võ Thị Mỹ Dung, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận, Trưởng Ban Chỉ đạo chủ trì.
Ảnh: Các khu phố nhận giấy khen tại hội nghị.
Theo báo cáo, năm 2014 toàn quận có 52.430 hộ gia đình văn hóa, đạt 94,7%; 84/86 khu phố được công nhận "Khu phố văn hóa"; 7 phường đạt chuẩn "Phường văn minh đô thị" trong đó có phường 7, phường 9 và phường 12. Đội ngũ 86 Trưởng ban điều hành khu phố và 1.062 tổ trưởng tổ dân phố đã vận động xóa 143 điểm rác tự phát, lắp 650 bộ đèn chiếu sáng trong hẻm với tổng kinh phí xã hội hóa khoảng 2,1 tỷ đồng.
Thực hiện Chỉ thị số 17-CT/TU ngày 14/2/2013 của Ban Thường vụ Thành ủy và Kế hoạch số 42-KH/QU của Ban Thường vụ Quận ủy, các khu phố đã duy trì 258 tổ nhân dân tự quản; tổ chức 1.540 buổi sinh hoạt tổ dân phố với trên 38.000 lượt người tham dự. Công tác hòa giải ở cơ sở có nhiều tiến bộ: các tổ hòa giải tiếp nhận 96 vụ việc tranh chấp, hòa giải thành 81 vụ việc.
Tại hội nghị, ông Lâm Quốc Hùng, Trưởng ban điều hành khu phố 4, phường 7, chia sẻ cách làm "đi từng ngõ, gõ từng nhà" để vận động tiểu thương buôn bán không lấn chiếm lòng lề đường. Bà Tăng Thị Mỹ Lệ, người Hoa, Tổ trưởng tổ dân phố 58, khu phố 2, phường 9, kể về việc vận động 31 hộ người Hoa cùng đóng góp làm "hẻm xanh - sạch - đẹp".
Phát biểu chỉ đạo, đồng chí Trương Minh Đức, Phó Bí thư Thường trực Quận ủy, biểu dương các khu phố và đề nghị năm 2015 tập trung thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền, nâng chất các tiêu chí khu phố văn hóa gắn với nếp sống văn minh đô thị.
Theo đánh giá của Ban Chỉ đạo, sau 5 năm, diện mạo đô thị ở các khu phố của quận 3 - một trong những quận trung tâm của TP Hồ Chí Minh - đã thay đổi rõ nét; tuy vậy vẫn còn tình trạng buôn bán lấn chiếm vỉa hè, xả rác ra kênh Nhiêu Lộc, một số tổ dân phố sinh hoạt còn hình thức, tỷ lệ người dân tham dự thấp.
Dịp này, UBND quận khen thưởng 20 khu phố, 35 tổ dân phố và 42 cá nhân xuất sắc; mỗi khu phố nhận kèm 3 triệu đồng tiền thưởng.
Bài, ảnh: Thanh Nhã
Lượt xem: 2.341
Tin cùng chuyên mục
- Phường 11 ra mắt mô hình "Hẻm an toàn, văn minh" (19/12/2014)
- Quận 3 tổ chức Ngày hội Đại đoàn kết tại khu phố 5, phường 14 (16/11/2014)
- Đối thoại với tiểu thương chợ Bàn Cờ (02/11/2014)
""", "2014-12-30", "Quận 3 tổng kết 5 năm xây dựng khu phố văn hóa, phường văn minh đô thị",
E("tong_ket", "2014", "2014-12-27"),
[P("Võ Thị Mỹ Dung", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận", "Trưởng Ban Chỉ đạo"),
 P("Lâm Quốc Hùng", "Trưởng ban điều hành khu phố 4"),
 P("Tăng Thị Mỹ Lệ", "Tổ trưởng tổ dân phố 58"),
 P("Trương Minh Đức", "Phó Bí thư Thường trực Quận ủy")],
[Q("52.430 hộ gia đình văn hóa", 52430, "hộ gia đình văn hóa"), Q("94,7%", 94.7, "%"), Q("84/86 khu phố", 84, "khu phố"),
 Q("7 phường", 7, "phường"), Q("86 Trưởng ban điều hành khu phố", 86, "Trưởng ban điều hành khu phố"),
 Q("1.062 tổ trưởng tổ dân phố", 1062, "tổ trưởng tổ dân phố"), Q("143 điểm rác tự phát", 143, "điểm rác tự phát"),
 Q("650 bộ đèn chiếu sáng", 650, "bộ đèn chiếu sáng"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("258 tổ nhân dân tự quản", 258, "tổ nhân dân tự quản"), Q("1.540 buổi sinh hoạt tổ dân phố", 1540, "buổi sinh hoạt tổ dân phố"),
 Q("trên 38.000 lượt người", 38000, "lượt người", "over"), Q("96 vụ việc tranh chấp", 96, "vụ việc tranh chấp"),
 Q("81 vụ việc", 81, "vụ việc"), Q("31 hộ người Hoa", 31, "hộ người Hoa"), Q("20 khu phố", 20, "khu phố"),
 Q("35 tổ dân phố", 35, "tổ dân phố"), Q("42 cá nhân xuất sắc", 42, "cá nhân xuất sắc"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "17", "CT/TU", "2013-02-14", "Ban Thường vụ Thành ủy", "Chỉ thị số 17-CT/TU ngày 14/2/2013"),
 D("Kế hoạch", "42", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch số 42-KH/QU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Hồ Chí Minh"), com("phường 7"), com("phường 9"), com("phường 12")],
["BAN DÂN VẬN QUẬN ỦY QUẬN 3 - TP HỒ CHÍ MINH", "Trang chủ » Hoạt động dân vận » Dân vận chính quyền",
 "Ảnh: Các khu phố nhận giấy khen tại hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Khu phố văn hóa",
 "Phường văn minh đô thị", "đi từng ngõ, gõ từng nhà", "hẻm xanh - sạch - đẹp", "Lượt xem: 2.341"],
["Ngày đăng 30/12/2014 | 14:20", "5 năm", "năm 2014", "năm 2015", "(2010 - 2014)", "khu phố 4", "tổ dân phố 58", "khu phố 2", "Lượt xem: 2.341"]))

PAGES.append(page("b4689-hanoi-khoidanvan-giaoban-2015", """
Ban Dân vận Quận ủy Đống Đa
Cổng thông tin điện tử quận Đống Đa | Trang chủ >> Dân vận >> Tin hoạt động
12/10/2015 - 17:05
Đồng chí Nguyễn Thị Hải Yến chủ trì hội nghị. Ảnh: P.V
Đống Đa: nâng chất lượng sinh hoạt tổ dân phố, khu dân cư
Ngày 9/10, Ban Dân vận Quận ủy Đống Đa tổ chức giao ban công tác dân vận quý III năm 2015 với Ủy ban MTTQ, các đoàn thể quận và 21 phường của quận - địa bàn đông dân nhất Thủ đô Hà Nội. Đồng chí Nguyễn Thị Hải Yến, Quận ủy viên, Trưởng Ban Dân vận Quận ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Quận ủy: Lương Văn Toản, Đinh Thị Thu Thủy.
Báo cáo giao ban nêu rõ, trong quý III, khối dân vận các phường tập trung vận động nhân dân thực hiện Chỉ thị số 08-CT/QU của Ban Thường vụ Quận ủy về chỉnh trang ngõ, ngách; tuyên truyền Luật Mặt trận Tổ quốc Việt Nam năm 2015 tới 513 tổ dân phố. Nhân dân các phường Văn Chương, Khâm Thiên, Trung Phụng đã tự nguyện tháo dỡ 327 biển quảng cáo, mái che, mái vẩy lấn chiếm; 14 ngõ được cải tạo bằng nguồn đóng góp của nhân dân khoảng 1,35 tỷ đồng.
Các Ban công tác Mặt trận đã tổ chức 96 cuộc họp khu dân cư lấy ý kiến về dự thảo văn kiện Đại hội Đảng bộ thành phố lần thứ XVI, thu được 1.120 ý kiến góp ý. Quý III, khối dân vận tiếp nhận 38 đơn thư, phối hợp giải quyết 30 đơn; còn 8 đơn đang xác minh, chủ yếu liên quan tranh chấp lối đi chung trong các khu tập thể cũ.
Ông Phùng Văn Bảy, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 35, phường Quốc Tử Giám, đề nghị quận có hướng dẫn thống nhất việc thu, chi quỹ tổ dân phố; bà Trần Thị Hoa, Trưởng ban công tác Mặt trận khu dân cư số 6, phường Láng Thượng, phản ánh nhiều hộ thuê trọ chưa tham gia sinh hoạt tổ dân phố.
Kết luận giao ban, đồng chí Nguyễn Thị Hải Yến yêu cầu quý IV các phường chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; thực hiện Kế hoạch 27, 28-KH/BDV của Ban Dân vận Quận ủy về xây dựng mô hình "Dân vận khéo" trong lĩnh vực trật tự đô thị và về củng cố tổ dân vận ở tổ dân phố. Quận phấn đấu có ít nhất 30 tổ dân phố được công nhận "Tổ dân phố văn minh đô thị" cuối năm 2015.
Theo kế hoạch, từ tháng 11, Ban Dân vận Quận ủy sẽ cùng Ủy ban MTTQ quận tổ chức 3 đoàn kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại các phường Ô Chợ Dừa, Kim Liên, Phương Liên; mỗi đoàn làm việc với ít nhất 2 tổ dân phố.
Phương Thảo
Số lượt đọc: 734
Các tin khác
- Phường Văn Miếu ra mắt tổ dân vận ở 18 tổ dân phố (05/10/2015)
- Quận Đống Đa giao ban công tác dân vận quý II/2015 (10/07/2015)
- Đối thoại giữa Chủ tịch UBND phường với nhân dân phường Hàng Bột (24/06/2015)
""", "2015-10-12", "Đống Đa: nâng chất lượng sinh hoạt tổ dân phố, khu dân cư",
E("giao_ban", "2015-Q3", "2015-10-09"),
[P("Nguyễn Thị Hải Yến", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Lương Văn Toản", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Đinh Thị Thu Thủy", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Phùng Văn Bảy", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 35"),
 P("Trần Thị Hoa", "Trưởng ban công tác Mặt trận khu dân cư số 6")],
[Q("21 phường", 21, "phường"), Q("513 tổ dân phố", 513, "tổ dân phố"),
 Q("327 biển quảng cáo, mái che, mái vẩy", 327, "biển quảng cáo, mái che, mái vẩy"), Q("14 ngõ", 14, "ngõ"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("96 cuộc họp khu dân cư", 96, "cuộc họp khu dân cư"),
 Q("1.120 ý kiến góp ý", 1120, "ý kiến"), Q("38 đơn thư", 38, "đơn thư"), Q("30 đơn", 30, "đơn"), Q("8 đơn", 8, "đơn"),
 Q("100% khu dân cư", 100, "%"), Q("ít nhất 30 tổ dân phố", 30, "tổ dân phố", "over"), Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"),
 Q("ít nhất 2 tổ dân phố", 2, "tổ dân phố", "over")],
[D("Chỉ thị", "08", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 08-CT/QU"),
 D("Kế hoạch", "27", "KH/BDV", None, "Ban Dân vận Quận ủy", "Kế hoạch 27, 28-KH/BDV"),
 D("Kế hoạch", "28", "KH/BDV", None, "Ban Dân vận Quận ủy", "Kế hoạch 27, 28-KH/BDV")],
[prov("Hà Nội"), com("Văn Chương"), com("Khâm Thiên"), com("Trung Phụng"), com("Quốc Tử Giám"), com("Láng Thượng"),
 com("Ô Chợ Dừa"), com("Kim Liên"), com("Phương Liên")],
["Ban Dân vận Quận ủy Đống Đa", "Cổng thông tin điện tử quận Đống Đa | Trang chủ >> Dân vận >> Tin hoạt động",
 "Đồng chí Nguyễn Thị Hải Yến chủ trì hội nghị. Ảnh: P.V", "Luật Mặt trận Tổ quốc Việt Nam năm 2015",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo", "Tổ dân phố văn minh đô thị", "Số lượt đọc: 734"],
["12/10/2015 - 17:05", "quý III năm 2015", "quý IV", "lần thứ XVI", "tổ dân phố số 35", "khu dân cư số 6", "tháng 11", "Số lượt đọc: 734"]))

PAGES.append(page("b4690-haiphong-traoqua-tet-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN NGÔ QUYỀN
Trang chủ › Hoạt động Mặt trận › An sinh xã hội
Thứ Hai, 01/02/2016
Trao 850 suất quà Tết cho hộ nghèo, hộ cận nghèo ở các tổ dân phố
Sáng 30/1, Ủy ban MTTQ Việt Nam quận Ngô Quyền (Hải Phòng) phối hợp với Hội Chữ thập đỏ quận tổ chức trao 850 suất quà Tết Bính Thân 2016 cho hộ nghèo, hộ cận nghèo, gia đình chính sách có hoàn cảnh khó khăn ở 13 phường. Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và bánh kẹo, tổng trị giá gần 600 triệu đồng.
Lãnh đạo quận trao quà cho các hộ nghèo phường Đông Khê.
Đến trao quà tại nhà văn hóa tổ dân phố số 5, phường Đông Khê có các đồng chí: Phạm Văn Hiếu, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; Vũ Thị Thanh Tâm, Phó Chủ tịch UBND quận; Hoàng Văn Long, Bí thư Đảng ủy phường Đông Khê.
Nguồn quà được huy động từ Quỹ "Vì người nghèo" của quận và sự ủng hộ của 46 doanh nghiệp, nhà hảo tâm. Theo đồng chí Phạm Văn Hiếu, năm 2015 Quỹ "Vì người nghèo" quận đã tiếp nhận hơn 1,8 tỷ đồng; hỗ trợ xây mới, sửa chữa 19 nhà "Đại đoàn kết" cho hộ nghèo; 312 hộ thoát nghèo, tỷ lệ hộ nghèo toàn quận còn 0,87%. Việc bình xét hộ nghèo được thực hiện công khai tại hội nghị tổ dân phố theo Hướng dẫn số 07/HD-MTTQ-BTT ngày 21/12/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Cùng ngày, đoàn do đồng chí Vũ Thị Thanh Tâm dẫn đầu đã đến thăm, tặng quà 25 hộ gia đình có hoàn cảnh đặc biệt khó khăn ở phường Cầu Đất và phường Lạc Viên, mỗi suất quà trị giá 1 triệu đồng. Bà Nguyễn Thị Mận, 78 tuổi, ở tổ dân phố 12, phường Lạc Viên, xúc động: "Năm nào Tết đến Mặt trận và tổ dân phố cũng đến thăm, gia đình tôi thấy ấm lòng lắm".
Ông Đoàn Văn Chiến, Trưởng ban công tác Mặt trận tổ dân phố số 5, cho biết ngoài quà của quận, Ban công tác Mặt trận tổ còn vận động các hộ khá giả góp thêm 7,5 triệu đồng để tặng 15 hộ khó khăn trong tổ. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Lê Thị Hằng, Nguyễn Quang Vinh chia nhau đi các phường Máy Tơ, Vạn Mỹ trao quà cho người cao tuổi cô đơn.
Dịp Tết năm nay, thực hiện Chỉ thị số 40-CT/TU ngày 18/12/2015 của Ban Thường vụ Thành ủy về tổ chức Tết, quận phấn đấu 100% hộ nghèo, hộ cận nghèo đều được thăm hỏi, tặng quà, không để hộ nào không có Tết. Danh sách hộ được nhận quà do các tổ dân phố bình xét, niêm yết công khai tại nhà văn hóa khu dân cư trước khi trao.
Hải Yến
Lượt xem: 962
Tin cùng chuyên mục
- Phường Lạch Tray trao 120 suất quà cho người cao tuổi (28/01/2016)
- Mặt trận thành phố tổng kết năm 2015 (15/01/2016)
- Ra mắt mô hình "Tổ dân phố không có hộ nghèo" (08/01/2016)
""", "2016-02-01", "Trao 850 suất quà Tết cho hộ nghèo, hộ cận nghèo ở các tổ dân phố",
E("trao_qua", None, "2016-01-30"),
[P("Phạm Văn Hiếu", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Vũ Thị Thanh Tâm", "Phó Chủ tịch UBND quận"),
 P("Hoàng Văn Long", "Bí thư Đảng ủy phường Đông Khê"),
 P("Nguyễn Thị Mận"),
 P("Đoàn Văn Chiến", "Trưởng ban công tác Mặt trận tổ dân phố số 5"),
 P("Lê Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Nguyễn Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("850 suất quà Tết", 850, "suất quà"), Q("13 phường", 13, "phường"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 kg", 10, "kg"), Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("46 doanh nghiệp, nhà hảo tâm", 46, "doanh nghiệp, nhà hảo tâm"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("19 nhà \"Đại đoàn kết\"", 19, "nhà \"Đại đoàn kết\""),
 Q("312 hộ", 312, "hộ"), Q("0,87%", 0.87, "%"), Q("25 hộ gia đình có hoàn cảnh đặc biệt khó khăn", 25, "hộ gia đình"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("7,5 triệu đồng", 7500000, "đồng"), Q("15 hộ khó khăn", 15, "hộ khó khăn"),
 Q("100% hộ nghèo, hộ cận nghèo", 100, "%")],
[D("Hướng dẫn", "07", "HD-MTTQ-BTT", "2015-12-21", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 07/HD-MTTQ-BTT ngày 21/12/2015"),
 D("Chỉ thị", "40", "CT/TU", "2015-12-18", "Ban Thường vụ Thành ủy", "Chỉ thị số 40-CT/TU ngày 18/12/2015")],
[prov("Hải Phòng"), com("Đông Khê"), com("Cầu Đất"), com("Lạc Viên"), com("Máy Tơ"), com("Vạn Mỹ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN NGÔ QUYỀN", "Trang chủ › Hoạt động Mặt trận › An sinh xã hội",
 "Lãnh đạo quận trao quà cho các hộ nghèo phường Đông Khê.", "Vì người nghèo", "Lượt xem: 962"],
["Thứ Hai, 01/02/2016", "Tết Bính Thân 2016", "78 tuổi", "năm 2015", "tổ dân phố số 5", "tổ dân phố 12", "Lượt xem: 962"]))
