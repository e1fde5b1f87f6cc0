from lib import *
PAGES = []

PAGES.append(page("b9731-quangnam-bdv-taphuan-coTu-2017", """
BÁO QUẢNG NAM ONLINE
Thời sự » Chính trị » Xây dựng Đảng
Cập nhật lúc 16:35 ngày 22/09/2017
Học viên thảo luận nhóm về tình huống vận động đồng bào bỏ hủ tục. Ảnh: ALĂNG NGƯỚC
Cán bộ dân vận miền núi học cách "nói dân hiểu"
(QNO) - Trong 2 ngày 20 và 21/9, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2017 cho cán bộ làm công tác dân vận ở 9 huyện miền núi. Hơn 140 học viên là trưởng, phó ban dân vận huyện ủy, trưởng khối dân vận và chủ tịch Mặt trận các xã vùng đồng bào Cơ Tu, Ca Dong, Giẻ Triêng, Xơ Đăng tham gia.
Khác với các lớp trước, lớp tập huấn lần này dành phần lớn thời gian cho thực hành: học viên được chia thành 8 nhóm, đóng vai cán bộ xã vận động người dân hiến đất làm đường, bỏ tục chôn của cho người chết, hay thuyết phục gia đình không tảo hôn.
Báo cáo viên Alăng Thị Ngọc, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết: nhiều cán bộ có nhiệt tình nhưng nói quá dài, dùng nhiều từ ngữ hành chính, bà con nghe không hiểu. "Muốn dân nghe thì cán bộ phải biết tiếng, biết phong tục, nói bằng việc cụ thể của làng", bà Ngọc nói.
Học viên cũng được quán triệt Kế hoạch số 105-KH/TU ngày 6/4/2017 của Tỉnh ủy thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng, củng cố hệ thống chính trị ở cơ sở; kế hoạch 27-KH/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số giai đoạn 2017 - 2020.
Ông Bhling Mia, Chủ tịch Ủy ban MTTQ xã A Tiêng, huyện Tây Giang, chia sẻ kinh nghiệm vận động 64 hộ góp 1.800 ngày công, 2.300 m2 đất để làm tuyến đường bê tông vào thôn Agrồng. Ông Zơrâm Bốn, già làng thôn Ganil, xã Lăng, được mời đến lớp để cùng trao đổi cách phối hợp giữa cán bộ với người có uy tín.
Bà Pơloong Thị Sương, HUV, Trưởng Ban Dân vận Huyện ủy Đông Giang, cho rằng cần duy trì lớp tập huấn ngắn ngày tại cụm xã, vì cán bộ cơ sở ít có điều kiện về tỉnh học dài ngày.
Theo Ban Dân vận Tỉnh ủy, năm 2017 toàn tỉnh đã tổ chức 23 lớp tập huấn, bồi dưỡng cho 2.150 lượt cán bộ dân vận cơ sở; tổng kinh phí khoảng 420 triệu đồng, trong đó có nguồn hỗ trợ của Chương trình 135.
Đây là năm thứ ba liên tiếp tỉnh Quảng Nam mở lớp tập huấn riêng cho cán bộ dân vận miền núi.
Bế mạc lớp học, bà Alăng Thị Ngọc đề nghị các học viên trở về địa phương tổ chức tập huấn lại cho tổ dân vận thôn trước ngày 31/12/2017.
TRÀ MY
Lượt xem: 1.027
Tin liên quan
- Nam Giang: ra mắt tổ dân vận thôn điểm (12/09/2017)
- Phước Sơn tập huấn cho người có uy tín (30/08/2017)
- Hội nghị giao ban dân vận khu vực miền núi (15/08/2017)
- Tây Giang: vận động dân làm nhà chống lũ (03/08/2017)
""", "2017-09-22", "Cán bộ dân vận miền núi học cách \"nói dân hiểu\"",
E("tap_huan", "2017", "2017-09-20"),
[P("Alăng Thị Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "Chủ tịch Ủy ban MTTQ xã A Tiêng"),
 P("Zơrâm Bốn", "già làng thôn Ganil"),
 P("Pơloong Thị Sương", "HUV", "Trưởng Ban Dân vận Huyện ủy Đông Giang")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("Hơn 140 học viên", 140, "học viên", "over"), Q("8 nhóm", 8, "nhóm"),
 Q("64 hộ", 64, "hộ"), Q("1.800 ngày công", 1800, "ngày công"), Q("2.300 m2", 2300, "m2"),
 Q("23 lớp tập huấn", 23, "lớp tập huấn"), Q("2.150 lượt cán bộ dân vận cơ sở", 2150, "lượt cán bộ dân vận cơ sở"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx")],
[D("Kế hoạch", "105", "KH/TU", "2017-04-06", "Tỉnh ủy", "Kế hoạch số 105-KH/TU ngày 6/4/2017"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 27-KH/BDVTU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng")],
["BÁO QUẢNG NAM ONLINE", "Thời sự » Chính trị » Xây dựng Đảng",
 "Học viên thảo luận nhóm về tình huống vận động đồng bào bỏ hủ tục. Ảnh: ALĂNG NGƯỚC", "(QNO)", "Dân vận khéo",
 "Chương trình 135", "Lượt xem: 1.027"],
["Cập nhật lúc 16:35 ngày 22/09/2017", "2 ngày 20 và 21/9", "năm 2017", "giai đoạn 2017 - 2020", "Chương trình 135",
 "trước ngày 31/12/2017", "năm thứ ba", "Lượt xem: 1.027"]))

PAGES.append(page("b9732-kontum-bdv-taphuan-nguoiuytin-2018", """
Ban Dân vận Tỉnh ủy Kon Tum - Trang thông tin điện tử
Trang chủ › Tin hoạt động › Dân tộc - Tôn giáo
Thứ Sáu, 23/03/2018 - 14:05
Kon Tum: tập huấn kỹ năng cho cán bộ dân vận xã và người có uy tín
Ngày 21 và 22/3/2018, tại huyện Đăk Glei, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận, công tác dân tộc năm 2018 cho cán bộ dân vận các xã và người có uy tín trong đồng bào dân tộc thiểu số các huyện Đăk Glei, Tu Mơ Rông, Ngọc Hồi.
Người có uy tín làng Đăk Ung phát biểu tại lớp học.
Tham dự có 168 học viên, trong đó 97 người là già làng, người có uy tín. Đồng chí Y Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí A Pứt, Phó Trưởng ban Dân tộc tỉnh đồng chủ trì lớp học.
Học viên được nghe 4 chuyên đề: Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; kỹ năng phát hiện, tuyên truyền phòng chống hoạt động truyền đạo trái pháp luật, "Hà Mòn"; vận động nhân dân không di cư tự do, không phá rừng làm rẫy; cách phối hợp giữa tổ dân vận thôn với già làng trong hòa giải mâu thuẫn.
Đồng chí Y Ngọc cho biết năm 2017, cán bộ dân vận và người có uy tín đã phối hợp vận động 14 hộ theo đạo trái pháp luật quay về sinh hoạt tôn giáo bình thường, hòa giải thành 36 vụ tranh chấp đất rẫy, vận động 212 hộ đăng ký thoát nghèo.
Tại lớp học, già làng A Rớch, người có uy tín làng Đăk Ung, xã Đăk Pék, kiến nghị mỗi năm nên có ít nhất 1 lần tập huấn tại huyện để người có uy tín được cập nhật chính sách mới. Ông A Thuyên, Phó Chủ tịch Ủy ban MTTQ xã Văn Lem, đề nghị tài liệu nên in thêm tiếng Xơ Đăng. Bà Y Hiền, cán bộ dân vận xã Đăk Hà, huyện Tu Mơ Rông, đề xuất tăng phụ cấp cho tổ trưởng tổ dân vận thôn.
Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn, đi lại; người có uy tín được tặng quà trị giá 300.000 đồng. Tổng kinh phí lớp học hơn 120 triệu đồng từ nguồn chính sách dân tộc.
Trong buổi chiều ngày thứ hai, học viên đi thực tế tại làng Đăk Ung, nghe chi bộ và tổ dân vận làng giới thiệu cách tổ chức họp làng, lồng ghép tuyên truyền pháp luật vào sinh hoạt cộng đồng, lễ hội mừng lúa mới. Nhiều học viên cho biết đây là cách học dễ hiểu, dễ làm theo.
Kết thúc lớp học, Ban Dân vận Tỉnh ủy đề nghị các huyện đưa nội dung vận động đồng bào vào chương trình sinh hoạt định kỳ của chi bộ thôn, làng.
Y Thơm
Lượt truy cập: 46.802
Các tin khác
- Hội nghị giao ban dân vận quý I năm 2018 (16/03/2018)
- Sa Thầy: ra mắt mô hình "Làng không có đơn thư" (02/03/2018)
- Thăm, chúc Tết người có uy tín huyện Kon Plông (09/02/2018)
""", "2018-03-23", "Kon Tum: tập huấn kỹ năng cho cán bộ dân vận xã và người có uy tín",
E("tap_huan", "2018", "2018-03-21"),
[P("Y Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Pứt", "Phó Trưởng ban Dân tộc tỉnh"),
 P("A Rớch", "già làng", "người có uy tín làng Đăk Ung"),
 P("A Thuyên", "Phó Chủ tịch Ủy ban MTTQ xã Văn Lem"),
 P("Y Hiền", "cán bộ dân vận xã Đăk Hà")],
[Q("168 học viên", 168, "học viên"), Q("97 người", 97, "người"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("14 hộ", 14, "hộ"), Q("36 vụ tranh chấp đất rẫy", 36, "vụ tranh chấp đất rẫy"), Q("212 hộ", 212, "hộ"),
 Q("150.000 đồng", 150000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018")],
[prov("Kon Tum"), com("Đăk Pék"), com("Văn Lem"), com("Đăk Hà")],
["Ban Dân vận Tỉnh ủy Kon Tum - Trang thông tin điện tử", "Trang chủ › Tin hoạt động › Dân tộc - Tôn giáo",
 "Người có uy tín làng Đăk Ung phát biểu tại lớp học.", "Hà Mòn", "Lượt truy cập: 46.802"],
["Thứ Sáu, 23/03/2018 - 14:05", "Ngày 21 và 22/3/2018", "năm 2018", "năm 2017", "ít nhất 1 lần tập huấn", "Lượt truy cập: 46.802"]))

PAGES.append(page("b9733-hanoi-mttq-hoinghi-daotao-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Hoạt động Mặt trận
2019-08-14 10:20
Chủ tịch Ủy ban MTTQ Việt Nam thành phố phát biểu tại hội nghị.
Nâng chất lượng đào tạo, bồi dưỡng cán bộ Mặt trận cơ sở
Sáng 13/8, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội tổ chức hội nghị chuyên đề "Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ Mặt trận cơ sở năm 2019" với sự tham dự của 1.230 đồng chí là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ 584 xã, phường, thị trấn và 30 quận, huyện, thị xã.
Tham dự hội nghị có ông Đỗ Minh Tuấn, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; bà Nguyễn Lan Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố; ông Lê Quang Vinh, Phó Hiệu trưởng Trường Chính trị Tô Hiệu.
Báo cáo tại hội nghị cho thấy, giai đoạn 2015 - 2019, Mặt trận các cấp đã tổ chức 1.246 lớp tập huấn với khoảng 98.000 lượt cán bộ Mặt trận, trưởng ban công tác Mặt trận, thành viên Ban Thanh tra nhân dân tham gia. Nội dung tập trung vào Luật Mặt trận Tổ quốc Việt Nam, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư.
Tuy nhiên, theo bà Nguyễn Lan Hương, chất lượng bồi dưỡng chưa đồng đều: 27% cán bộ Mặt trận cấp xã mới đảm nhiệm chức vụ dưới 2 năm, nhiều nơi tập huấn còn nặng lý thuyết, thiếu kỹ năng xử lý tình huống khi tiếp nhận phản ánh của nhân dân.
Tại hội nghị, 11 ý kiến tham luận đề xuất nhiều giải pháp. Bà Trần Thị Thu Hằng, Chủ tịch Ủy ban MTTQ phường Cửa Nam, giới thiệu cách tổ chức "lớp học tại tổ dân phố" mỗi buổi tối thứ Năm. Ông Kiều Văn Hải, Chủ tịch Ủy ban MTTQ xã Ba Vì, huyện Ba Vì, kiến nghị biên soạn tài liệu riêng cho vùng đồng bào Mường, Dao.
Phát biểu kết luận, ông Đỗ Minh Tuấn yêu cầu từ năm 2020 mỗi cán bộ Mặt trận cấp xã được bồi dưỡng ít nhất 1 lần/năm; phối hợp với Trường Chính trị Tô Hiệu xây dựng chương trình khung 5 chuyên đề; phấn đấu 100% Chủ tịch Ủy ban MTTQ cấp xã có trình độ trung cấp lý luận chính trị trở lên.
Hội nghị cũng thống nhất sẽ thí điểm bồi dưỡng trực tuyến qua ứng dụng trên điện thoại cho cán bộ Mặt trận ở các quận nội thành.
Dịp này, Ủy ban MTTQ thành phố khen thưởng 20 tập thể, 35 cá nhân tiêu biểu trong công tác đào tạo, bồi dưỡng cán bộ Mặt trận.
Minh Châu
Lượt xem: 2.316
Tin khác
- Ra mắt "Tổ dân phố văn minh" tại phường Thượng Đình (09/08/2019)
- Mặt trận Hà Nội giám sát thực hiện Luật Đất đai (01/08/2019)
- Hội nghị giao ban Mặt trận quý II năm 2019 (19/07/2019)
""", "2019-08-14", "Nâng chất lượng đào tạo, bồi dưỡng cán bộ Mặt trận cơ sở",
E("hoi_nghi", "2019", "2019-08-13"),
[P("Đỗ Minh Tuấn", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Lan Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Quang Vinh", "Phó Hiệu trưởng Trường Chính trị Tô Hiệu"),
 P("Trần Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ phường Cửa Nam"),
 P("Kiều Văn Hải", "Chủ tịch Ủy ban MTTQ xã Ba Vì")],
[Q("1.230 đồng chí", 1230, "đồng chí"), Q("584 xã, phường, thị trấn", 584, "xã, phường, thị trấn"),
 Q("30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"), Q("1.246 lớp tập huấn", 1246, "lớp tập huấn"),
 Q("khoảng 98.000 lượt cán bộ Mặt trận", 98000, "lượt cán bộ Mặt trận", "approx"), Q("27%", 27, "%"),
 Q("11 ý kiến tham luận", 11, "ý kiến tham luận"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("100%", 100, "%"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-03-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Hà Nội"), com("Cửa Nam"), com("Ba Vì")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "Trang chủ | Tin tức | Hoạt động Mặt trận",
 "Chủ tịch Ủy ban MTTQ Việt Nam thành phố phát biểu tại hội nghị.", "Trường Chính trị Tô Hiệu",
 "Luật Mặt trận Tổ quốc Việt Nam", "lớp học tại tổ dân phố", "Lượt xem: 2.316"],
["2019-08-14 10:20", "1.230 đồng chí", "năm 2019", "giai đoạn 2015 - 2019", "dưới 2 năm", "từ năm 2020", "ít nhất 1 lần/năm", "Lượt xem: 2.316"]))

PAGES.append(page("b9734-binhdinh-bdv-taphuan-tructuyen-2020", """
BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Chính trị - Xây dựng Đảng - Dân vận
Thứ Tư, 16/09/2020
Tập huấn trực tuyến công tác dân vận đến 157 điểm cầu
Sáng 15/9, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị tập huấn trực tuyến nghiệp vụ công tác dân vận năm 2020 từ điểm cầu Tỉnh ủy đến 157 điểm cầu các huyện, thị xã, thành phố và xã, phường, thị trấn. Do ảnh hưởng của dịch Covid-19, đây là lần đầu tiên Ban tổ chức tập huấn theo hình thức trực tuyến.
Đồng chí Đinh Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Hơn 2.460 học viên là cán bộ khối dân vận các cấp, bí thư chi bộ, trưởng thôn và thành viên tổ dân vận thôn, khu phố đã tham gia. Các chuyên đề gồm: những điểm mới trong dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XX; công tác dân vận trong phòng, chống dịch Covid-19 theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; kỹ năng nắm bắt dư luận xã hội và xử lý thông tin xấu độc trên mạng xã hội; hướng dẫn thực hiện Quy định số 05-QĐi/TU ngày 18/2/2020 của Ban Thường vụ Tỉnh ủy về trách nhiệm tiếp xúc, đối thoại với nhân dân.
Theo báo cáo của Ban Dân vận Tỉnh ủy, 8 tháng đầu năm, cán bộ dân vận các cấp đã vận động nhân dân ủng hộ công tác phòng, chống dịch Covid-19 trên 14,2 tỷ đồng; 1.675 tổ dân vận thôn, khu phố tham gia giám sát cách ly tại nhà.
Đồng chí Đinh Văn Phương, Phó Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh, cho biết huyện có 82% dân số là đồng bào Bahnar, Chăm H'roi nên tổ dân vận phải dùng tiếng dân tộc khi tuyên truyền qua loa phát thanh. Bà Nguyễn Thị Mỹ Lệ, Trưởng khối dân vận phường Nhơn Bình, thành phố Quy Nhơn, giới thiệu cách lập nhóm Zalo "Dân vận khu phố" với hơn 300 thành viên.
Kết luận hội nghị, đồng chí Đinh Thị Lan đề nghị học viên áp dụng ngay kỹ năng được tập huấn vào việc lấy ý kiến nhân dân góp ý văn kiện đại hội; mỗi xã, phường, thị trấn xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với phòng, chống dịch.
Nhiều học viên đánh giá hình thức trực tuyến giúp tiết kiệm thời gian, chi phí đi lại, cán bộ thôn ở vùng cao An Lão, Vân Canh không phải xuống huyện; tuy vậy, đường truyền ở một số điểm cầu miền núi còn chập chờn, việc trao đổi, thảo luận chưa được nhiều. Ban Dân vận Tỉnh ủy cho biết sẽ rút kinh nghiệm, kết hợp cả trực tiếp và trực tuyến trong các đợt tập huấn tiếp theo.
Hội nghị kết thúc trong ngày; tài liệu được gửi bản điện tử tới các điểm cầu.
Hoài Thu
Lượt xem: 887
Bài viết liên quan
- Hoài Ân tập huấn cho tổ dân vận thôn (08/09/2020)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2020 (14/07/2020)
- An Lão: già làng vận động bà con phòng dịch (21/04/2020)
""", "2020-09-16", "Tập huấn trực tuyến công tác dân vận đến 157 điểm cầu",
E("tap_huan", "2020", "2020-09-15"),
[P("Đinh Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Phương", "Phó Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh"),
 P("Nguyễn Thị Mỹ Lệ", "Trưởng khối dân vận phường Nhơn Bình")],
[Q("157 điểm cầu", 157, "điểm cầu"), Q("Hơn 2.460 học viên", 2460, "học viên", "over"),
 Q("trên 14,2 tỷ đồng", 14200000000, "đồng", "over"), Q("1.675 tổ dân vận thôn, khu phố", 1675, "tổ dân vận thôn, khu phố"),
 Q("82%", 82, "%"), Q("hơn 300 thành viên", 300, "thành viên", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Quy định", "05", "QĐi/TU", "2020-02-18", "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐi/TU ngày 18/2/2020")],
[prov("Bình Định"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH", "Chính trị - Xây dựng Đảng - Dân vận",
 "Dân vận khéo", "Dân vận khu phố", "Lượt xem: 887"],
["Thứ Tư, 16/09/2020", "năm 2020", "lần đầu tiên", "lần thứ XX", "Covid-19", "8 tháng đầu năm", "Lượt xem: 887"]))

PAGES.append(page("b9735-daklak-mttq-taphuan-baucu-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ / Tin tức / Bầu cử đại biểu Quốc hội và HĐND các cấp
Ngày 05/03/2021 | 08:45
Tập huấn nghiệp vụ hiệp thương, bầu cử cho cán bộ Mặt trận cơ sở
Trong 2 ngày 3 và 4/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức tập huấn nghiệp vụ công tác Mặt trận tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 cho 214 cán bộ chủ chốt Mặt trận cấp huyện, cấp xã.
Bà H'Nhi Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, truyền đạt nội dung hiệp thương.
Lớp tập huấn do ông Y Wơn Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Các báo cáo viên là bà H'Nhi Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Trần Quốc Khánh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Học viên được hướng dẫn Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/1/2021 hướng dẫn quy trình hiệp thương, giới thiệu người ứng cử; Nghị quyết số 1185/NQ-UBTVQH14 ngày 11/1/2021 của Ủy ban Thường vụ Quốc hội; cách tổ chức hội nghị cử tri nơi cư trú lấy ý kiến về người ứng cử, xử lý các tình huống phát sinh như cử tri không đồng ý, đơn thư tố cáo người ứng cử.
Theo ông Y Wơn Niê, toàn tỉnh dự kiến có 2.286 khu vực bỏ phiếu; Mặt trận 184 xã, phường, thị trấn sẽ tổ chức khoảng 2.900 hội nghị cử tri nơi cư trú. Nhiều buôn ở vùng sâu, cán bộ Mặt trận phải dùng tiếng Êđê, Jrai, Mnông để giải thích cho cử tri.
Tham gia thảo luận, ông Ama Khiêm, Chủ tịch Ủy ban MTTQ xã Ea Tul, huyện Cư M'gar, đề nghị hướng dẫn cụ thể việc lập biên bản khi cử tri có ý kiến trái chiều. Bà Nay H'Rin, Phó Chủ tịch Ủy ban MTTQ thị trấn Ea Drăng, đề xuất in tờ rơi song ngữ Êđê - Việt về quyền và nghĩa vụ của cử tri.
Ông Y Wơn Niê yêu cầu Mặt trận các huyện tổ chức tập huấn lại cho ban công tác Mặt trận 2.212 thôn, buôn, tổ dân phố trước ngày 20/3/2021; bảo đảm hiệp thương dân chủ, đúng luật, đủ cơ cấu người dân tộc thiểu số, phụ nữ.
Trước đó, ngày 9/2/2021, Ủy ban MTTQ Việt Nam tỉnh đã tổ chức hội nghị hiệp thương lần thứ nhất, thỏa thuận cơ cấu, thành phần, số lượng người của các cơ quan, tổ chức, đơn vị ở địa phương được giới thiệu ứng cử đại biểu HĐND tỉnh. Theo kế hoạch, Mặt trận các cấp sẽ tiếp tục tổ chức hội nghị hiệp thương lần thứ hai, lần thứ ba theo đúng tiến độ của Hội đồng bầu cử quốc gia.
Học viên đánh giá tài liệu tập huấn ngắn gọn, có nhiều tình huống mẫu; một số ý kiến đề nghị Mặt trận tỉnh lập nhóm hỗ trợ trực tuyến để giải đáp kịp thời vướng mắc của cơ sở.
Ngày bầu cử được ấn định vào Chủ nhật, 23/5/2021.
Kim Oanh
Lượt truy cập: 9.418
Tin liên quan
- Hội nghị hiệp thương lần thứ nhất (09/02/2021)
- Buôn Ma Thuột: đón Tết vì người nghèo (05/02/2021)
- Trao 40 căn nhà Đại đoàn kết tại M'Drắk (21/01/2021)
""", "2021-03-05", "Tập huấn nghiệp vụ hiệp thương, bầu cử cho cán bộ Mặt trận cơ sở",
E("tap_huan", None, "2021-03-03"),
[P("H'Nhi Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Wơn Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Khánh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Ama Khiêm", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("Nay H'Rin", "Phó Chủ tịch Ủy ban MTTQ thị trấn Ea Drăng")],
[Q("214 cán bộ chủ chốt", 214, "cán bộ chủ chốt"), Q("2.286 khu vực bỏ phiếu", 2286, "khu vực bỏ phiếu"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("khoảng 2.900 hội nghị cử tri", 2900, "hội nghị cử tri", "approx"),
 Q("2.212 thôn, buôn, tổ dân phố", 2212, "thôn, buôn, tổ dân phố")],
[D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2021-01-15", None,
   "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/1/2021"),
 D("Nghị quyết", "1185", "NQ-UBTVQH14", "2021-01-11", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1185/NQ-UBTVQH14 ngày 11/1/2021")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Drăng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ / Tin tức / Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Bà H'Nhi Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, truyền đạt nội dung hiệp thương.", "Lượt truy cập: 9.418"],
["Ngày 05/03/2021 | 08:45", "2 ngày 3 và 4/3", "khóa XV", "nhiệm kỳ 2021 - 2026", "trước ngày 20/3/2021",
 "Chủ nhật, 23/5/2021", "ngày 9/2/2021", "lần thứ nhất", "lần thứ hai", "lần thứ ba", "Lượt truy cập: 9.418"]))

PAGES.append(page("b9736-thanhhoa-bdv-taphuan-qd23-2022", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ - Tin tức - Hoạt động của Ban
Thứ Ba, 12/07/2022 - 07:40
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn Quy chế công tác dân vận cho cán bộ dân vận 11 huyện miền núi
Ngày 8/7/2022, tại huyện Ngọc Lặc, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2022 cho 230 cán bộ làm công tác dân vận ở 11 huyện miền núi, trong đó có 96 học viên là người dân tộc Mường, Thái, Thổ, Dao, Mông.
Dự lớp tập huấn có đồng chí Lò Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Quý, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Hà Văn Ngọc, Tỉnh ủy viên, Bí thư Huyện ủy Ngọc Lặc.
Tại lớp tập huấn, các học viên được quán triệt những điểm mới của Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng; Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận; Kế hoạch số 68-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Quyết định 23; đồng thời được hướng dẫn kỹ năng xây dựng, đánh giá mô hình "Dân vận khéo" theo tiêu chí mới.
Đồng chí Phạm Văn Quý cho biết, sau hơn một năm triển khai Quy chế, toàn tỉnh đã có 4.128 mô hình "Dân vận khéo", trong đó 142 mô hình cấp tỉnh; nhân dân các huyện miền núi hiến 86.500 m2 đất, đóng góp trên 37 tỷ đồng xây dựng nông thôn mới. Tuy nhiên, số cán bộ dân vận cơ sở thay đổi sau Đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 còn lớn, nhiều đồng chí lần đầu làm công tác dân vận.
Các học viên đã trao đổi thẳng thắn. Ông Lương Văn Chung, Trưởng khối dân vận xã Trung Lý, huyện Mường Lát, chia sẻ kinh nghiệm cùng bộ đội biên phòng vận động 53 hộ người Mông không nghe theo kẻ xấu đi khỏi bản. Bà Phạm Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã Thạch Lâm, đề nghị tập huấn thêm kỹ năng tuyên truyền trên mạng xã hội.
Buổi chiều, học viên thảo luận theo 6 nhóm về những khó khăn khi triển khai Quy chế ở thôn, bản vùng cao, nơi nhiều cán bộ chưa thông thạo tiếng dân tộc.
Phát biểu kết luận, đồng chí Lò Thị Hương nhấn mạnh: mỗi cán bộ dân vận phải "sát dân, hiểu dân, trọng dân", tham mưu cấp ủy xử lý dứt điểm vụ việc ngay từ cơ sở; sau tập huấn, các huyện ủy tổ chức tập huấn lại cho 100% bí thư chi bộ, trưởng thôn.
Lê Hà
Lượt xem: 1.502
Tin liên quan
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2022 (01/07/2022)
- Quan Hóa: ra mắt mô hình "Bản không có người nghiện ma túy" (20/06/2022)
- Thường Xuân: vận động nhân dân hiến đất làm đường (09/06/2022)
""", "2022-07-12", "Tập huấn Quy chế công tác dân vận cho cán bộ dân vận 11 huyện miền núi",
E("tap_huan", "2022", "2022-07-08"),
[P("Lò Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Quý", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ngọc", "Tỉnh ủy viên", "Bí thư Huyện ủy Ngọc Lặc"),
 P("Lương Văn Chung", "Trưởng khối dân vận xã Trung Lý"),
 P("Phạm Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thạch Lâm")],
[Q("230 cán bộ", 230, "cán bộ"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("96 học viên", 96, "học viên"),
 Q("4.128 mô hình", 4128, "mô hình"), Q("142 mô hình cấp tỉnh", 142, "mô hình cấp tỉnh"), Q("86.500 m2", 86500, "m2"),
 Q("trên 37 tỷ đồng", 37000000000, "đồng", "over"), Q("53 hộ người Mông", 53, "hộ người Mông"), Q("6 nhóm", 6, "nhóm"), Q("100%", 100, "%")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Kế hoạch", "68", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 68-KH/TU")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thạch Lâm")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ - Tin tức - Hoạt động của Ban", "Ảnh: Quang cảnh lớp tập huấn.",
 "Dân vận khéo", "sát dân, hiểu dân, trọng dân", "Nghị quyết Trung ương 7 khóa XI", "Lượt xem: 1.502"],
["Thứ Ba, 12/07/2022 - 07:40", "năm 2022", "hơn một năm", "nhiệm kỳ 2020 - 2025", "Nghị quyết Trung ương 7", "khóa XI",
 "lần đầu", "Lượt xem: 1.502"]))
