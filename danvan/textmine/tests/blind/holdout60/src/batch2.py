from lib import *
PAGES = []

PAGES.append(page("b1403-hanoi-giaoban-khoidanvan-quy2-2017", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận
Thứ Sáu, 14/07/2017 - 14:50
Toàn cảnh buổi giao ban.
Khối dân vận Thành phố giao ban quý II/2017
Ngày 13/7, Ban Dân vận Thành ủy Hà Nội tổ chức giao ban khối dân vận quý II năm 2017. Đồng chí Phạm Thị Tuyết Mai, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì giao ban.
Theo đánh giá, trong quý II tình hình nhân dân Thủ đô cơ bản ổn định, song đã xảy ra một số vụ việc phức tạp về đất đai, nhất là việc người dân giữ người, cản trở lực lượng chức năng ở một xã ngoại thành liên quan đến tranh chấp đất nông nghiệp; việc người dân phản đối dự án bãi rác, trạm xử lý nước thải ở một số quận, huyện. Khối dân vận các cấp đã chủ động phối hợp nắm tình hình, tham gia vận động 5 vụ việc đông người, không để lan rộng.
Quý II, các cơ quan trong khối đã tiếp 2.415 lượt công dân với 187 đoàn đông người; tiếp nhận 3.062 đơn thư, trong đó khoảng 70% liên quan đến đất đai, bồi thường, giải phóng mặt bằng. Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị số 10-CT/TU ngày 22/5/2017 về tăng cường trách nhiệm người đứng đầu trong tiếp công dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị của nhân dân.
Tại giao ban, đồng chí Đỗ Văn Bình, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Chương Mỹ, nêu kinh nghiệm thành lập tổ công tác dân vận gồm 12 đồng chí để rà soát nguồn gốc đất tại các dự án; bà Lê Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội, đề nghị công khai kết quả thanh tra đất đai để người dân giám sát. Trong quý, Ban Dân vận các quận, huyện đã phối hợp hòa giải thành 96 vụ việc mâu thuẫn trong nhân dân. Đại diện Đảng ủy xã Phú Nghĩa đề nghị thành phố có cơ chế hỗ trợ chuyển đổi nghề cho các hộ mất đất.
Kết luận giao ban, đồng chí Phạm Thị Tuyết Mai yêu cầu khối dân vận các cấp tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; triển khai Kế hoạch số 57-KH/BDVTU của Ban Dân vận Thành ủy về kiểm tra thực hiện Chỉ thị 10 tại 6 quận, huyện. Đồng chí nhấn mạnh: phải nắm chắc tình hình từ cơ sở, khi phát sinh vụ việc phải có mặt sớm, lắng nghe dân, không để bị động, bất ngờ.
Minh Nguyệt
Tin liên quan
- Hội nghị Ban Chỉ đạo Quy chế dân chủ ở cơ sở Thành phố (06/07/2017)
- Sóc Sơn: đối thoại với người dân vùng ảnh hưởng khu xử lý chất thải (27/06/2017)
- Tọa đàm dân vận khéo trong xây dựng nông thôn mới (16/06/2017)
- Giao ban khối dân vận quý I/2017 (12/04/2017)
""", "2017-07-14", "Khối dân vận Thành phố giao ban quý II/2017",
E("giao_ban", "2017-Q2", "2017-07-13"),
[P("Phạm Thị Tuyết Mai", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Đỗ Văn Bình", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Chương Mỹ"),
 P("Lê Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội")],
[Q("5 vụ việc đông người", 5, "vụ việc đông người"), Q("2.415 lượt công dân", 2415, "lượt công dân"), Q("187 đoàn đông người", 187, "đoàn đông người"),
 Q("3.062 đơn thư", 3062, "đơn thư"), Q("khoảng 70%", 70, "%", "approx"), Q("12 đồng chí", 12, "đồng chí"), Q("96 vụ việc mâu thuẫn", 96, "vụ việc mâu thuẫn"), Q("6 quận, huyện", 6, "quận, huyện")],
[D("Chỉ thị", "10", "CT/TU", "2017-05-22", "Ban Thường vụ Thành ủy", "Chỉ thị số 10-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "57", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch số 57-KH/BDVTU")],
[prov("Hà Nội"), com("Phú Nghĩa")],
["BAN DÂN VẬN THÀNH ỦY HÀ NỘI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động khối dân vận", "Toàn cảnh buổi giao ban."],
["Thứ Sáu, 14/07/2017 - 14:50", "quý II năm 2017", "quý II/2017", "Chỉ thị 10", "12 đồng chí"]))

PAGES.append(page("b1404-binhthuan-hoinghi-ondinh-tinhhinh-2018", """
Báo Bình Thuận Online
Thời sự > Chính trị
Cập nhật lúc 18:10 ngày 22/06/2018
Ổn định tình hình, củng cố niềm tin của nhân dân sau vụ gây rối
Chiều 21/6, Tỉnh ủy Bình Thuận tổ chức hội nghị đánh giá tình hình an ninh trật tự và công tác vận động nhân dân sau vụ tụ tập đông người, gây rối xảy ra ngày 10 và 11/6 tại huyện Tuy Phong và thành phố Phan Thiết. Đồng chí Dương Văn Tấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Ngọc Lân
Báo cáo tại hội nghị cho thấy, lợi dụng việc Quốc hội thảo luận dự án Luật Đơn vị hành chính - kinh tế đặc biệt, các đối tượng xấu đã kích động người dân tụ tập, đập phá trụ sở UBND huyện Tuy Phong, đốt 13 ô tô và nhiều tài sản của Nhà nước. Qua vận động, đến nay đã có 112 người đến cơ quan công an trình diện, tự thú; nhiều gia đình đã tự nguyện đưa con em đến khai báo.
Đồng chí Hồ Thị Lệ Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cho biết ngay sau vụ việc, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 120-KH/TU ngày 13/6/2018 về công tác dân vận ổn định tình hình. Ban Dân vận và Ủy ban MTTQ Việt Nam tỉnh phối hợp thành lập 22 tổ công tác xuống từng khu phố ở thị trấn Liên Hương, thị trấn Phan Rí Cửa và xã Phước Thể để gặp gỡ, đối thoại; tổ chức 86 buổi tuyên truyền với hơn 7.500 lượt người nghe.
Các chức sắc tôn giáo cũng góp phần ổn định tình hình. Đại đức Thích Minh Thiện, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tuy Phong, cho biết các chùa đã nhắc nhở Phật tử không tham gia tụ tập; Linh mục Phạm Văn Phúc, Chánh xứ giáo xứ Phan Rí Cửa, đã thông báo trong thánh lễ đề nghị giáo dân bình tĩnh, tuân thủ pháp luật.
Tại hội nghị, ông Trần Đức Long, Chủ tịch UBND thị trấn Phan Rí Cửa, thừa nhận công tác nắm tình hình ở cơ sở còn chủ quan; việc tuyên truyền chủ trương, chính sách mới tới người dân chưa kịp thời nên khi có thông tin sai lệch trên mạng xã hội, nhiều người, nhất là thanh niên, đã bị lôi kéo.
Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu cấp ủy, chính quyền các cấp thực hiện nghiêm Quyết định số 290-QĐ/TW của Ban Bí thư; khắc phục ngay các công trình bị hư hỏng, sớm ổn định hoạt động của các cơ quan tại huyện Tuy Phong; cán bộ, đảng viên phải bám dân, giải thích cho dân hiểu, không để các đối tượng xấu lợi dụng. Tỉnh hỗ trợ 2 tỷ đồng để sửa chữa trụ sở và trang thiết bị bị hư hỏng.
Anh Tuấn
Tin liên quan
- Tuy Phong: đời sống người dân trở lại bình thường (19/06/2018)
- Bình Thuận: đối thoại với ngư dân về khai thác hải sản (28/05/2018)
""", "2018-06-22", "Ổn định tình hình, củng cố niềm tin của nhân dân sau vụ gây rối",
E("hoi_nghi", None, "2018-06-21"),
[P("Dương Văn Tấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hồ Thị Lệ Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Minh Thiện", "Đại đức", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tuy Phong"),
 P("Phạm Văn Phúc", "Linh mục", "Chánh xứ giáo xứ Phan Rí Cửa"),
 P("Trần Đức Long", "Chủ tịch UBND thị trấn Phan Rí Cửa")],
[Q("13 ô tô", 13, "ô tô"), Q("112 người", 112, "người"), Q("22 tổ công tác", 22, "tổ công tác"), Q("86 buổi tuyên truyền", 86, "buổi tuyên truyền"),
 Q("hơn 7.500 lượt người nghe", 7500, "lượt người nghe", "over"), Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Kế hoạch", "120", "KH/TU", "2018-06-13", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 120-KH/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 290-QĐ/TW")],
[prov("Bình Thuận"), com("Liên Hương"), com("Phan Rí Cửa"), com("Phước Thể")],
["Báo Bình Thuận Online", "Thời sự > Chính trị", "Quang cảnh hội nghị. Ảnh: Ngọc Lân", "Luật Đơn vị hành chính - kinh tế đặc biệt",
 "Giáo hội Phật giáo Việt Nam"],
["Cập nhật lúc 18:10 ngày 22/06/2018", "ngày 10 và 11/6"]))

PAGES.append(page("b1405-dongnai-taidinhcu-longthanh-tongket-2019", """
ĐỒNG NAI - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Trang chủ » Dân vận chính quyền » Tin hoạt động
27/12/2019 | 15:30
Số lượt xem: 986
Dân vận trong thu hồi đất dự án sân bay Long Thành: 95% hộ dân đồng thuận
Ngày 26/12/2019, Ban Chỉ đạo công tác dân vận trong thực hiện dự án Cảng hàng không quốc tế Long Thành tổ chức hội nghị tổng kết công tác năm 2019. Dự và chỉ đạo có đồng chí Hồ Văn Sĩ, Phó Bí thư Tỉnh ủy; đồng chí Đặng Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Chỉ đạo.
Đồng chí Đặng Thị Kim Oanh phát biểu tại hội nghị.
Theo báo cáo, dự án thu hồi hơn 5.000 ha đất, ảnh hưởng đến 4.682 hộ dân thuộc 6 xã của huyện Long Thành, là dự án có số hộ phải di dời lớn nhất từ trước đến nay của tỉnh Đồng Nai. Nhiều hộ đã sinh sống qua ba, bốn thế hệ trên mảnh đất này nên tâm lý ban đầu chưa đồng thuận. Năm 2019, khối dân vận phối hợp tổ chức 312 cuộc vận động tại nhà dân, 48 buổi đối thoại; đến nay đã có 4.448 hộ nhận tiền bồi thường, đạt 95%, với tổng số tiền chi trả trên 13.500 tỷ đồng. Khu tái định cư Lộc An - Bình Sơn rộng 282 ha đã hoàn thành hạ tầng giai đoạn 1, bắt đầu giao 1.034 nền đất cho các hộ.
Bên cạnh kết quả đạt được, báo cáo chỉ ra nhiều người dân còn băn khoăn về giá đất bồi thường, về chất lượng trường học, chợ ở khu tái định cư; một số hộ thuộc diện thu hồi toàn bộ đất ở nhưng chưa đủ điều kiện nhận nền tái định cư. Trong năm có 176 đơn thư khiếu nại, kiến nghị, trong đó 9 đơn khiếu nại đông người; đã giải quyết 151 đơn.
Phát biểu tham luận, bà Trần Thị Tuyết Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Sơn, chia sẻ: “Khi cán bộ đến nhà lần thứ ba, thứ tư, bà con mới bắt đầu mở lòng. Có hộ mình phải ngồi nghe cả buổi chiều”. Ông Lê Văn Đức, Trưởng ấp 1 xã Suối Trầu, đề nghị sớm xây dựng nghĩa trang để cải táng mồ mả cho người dân.
Ghi nhận kết quả, đồng chí Hồ Văn Sĩ đề nghị Ban Chỉ đạo tiếp tục thực hiện Nghị quyết số 94/2015/QH13 của Quốc hội về chủ trương đầu tư dự án và Quyết định số 1487/QĐ-TTg ngày 6/11/2018 của Thủ tướng Chính phủ phê duyệt báo cáo nghiên cứu khả thi dự án thu hồi đất; khẩn trương hoàn thiện trường học, trạm y tế trong khu tái định cư; tuyệt đối không để người dân thiệt thòi, không để phát sinh điểm nóng. Năm 2020, phấn đấu bàn giao toàn bộ mặt bằng, bảo đảm 100% hộ đủ điều kiện được bố trí tái định cư.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 25 cá nhân tiêu biểu trong công tác vận động nhân dân.
Phương Hằng
Tin khác
- Ra mắt mô hình “Dân vận khéo” tại khu tái định cư (12/12/2019)
- Long Thành: đối thoại với người dân xã Long An (28/11/2019)
- Hội nghị giao ban khối dân vận quý III/2019 (10/10/2019)
""", "2019-12-27", "Dân vận trong thu hồi đất dự án sân bay Long Thành: 95% hộ dân đồng thuận",
E("tong_ket", "2019", "2019-12-26"),
[P("Hồ Văn Sĩ", "Phó Bí thư Tỉnh ủy"),
 P("Đặng Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban Chỉ đạo"),
 P("Trần Thị Tuyết Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Sơn"),
 P("Lê Văn Đức", "Trưởng ấp 1 xã Suối Trầu")],
[Q("hơn 5.000 ha", 5000, "ha", "over"), Q("4.682 hộ dân", 4682, "hộ dân"), Q("6 xã", 6, "xã"), Q("312 cuộc vận động", 312, "cuộc vận động"),
 Q("48 buổi đối thoại", 48, "buổi đối thoại"), Q("4.448 hộ", 4448, "hộ"), Q("95%", 95, "%"), Q("trên 13.500 tỷ đồng", 13500000000000, "đồng", "over"),
 Q("282 ha", 282, "ha"), Q("1.034 nền đất", 1034, "nền đất"), Q("176 đơn thư khiếu nại, kiến nghị", 176, "đơn thư khiếu nại, kiến nghị"),
 Q("9 đơn khiếu nại đông người", 9, "đơn khiếu nại đông người"), Q("151 đơn", 151, "đơn"), Q("100% hộ", 100, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Nghị quyết", "94", "2015/QH13", None, "Quốc hội", "Nghị quyết số 94/2015/QH13"),
 D("Quyết định", "1487", "QĐ-TTg", "2018-11-06", "Thủ tướng Chính phủ", "Quyết định số 1487/QĐ-TTg")],
[prov("Đồng Nai"), com("Bình Sơn"), com("Suối Trầu")],
["ĐỒNG NAI - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Trang chủ » Dân vận chính quyền » Tin hoạt động", "Số lượt xem: 986",
 "Đồng chí Đặng Thị Kim Oanh phát biểu tại hội nghị.", "Ban Chỉ đạo công tác dân vận trong thực hiện dự án Cảng hàng không quốc tế Long Thành",
 "Lộc An - Bình Sơn"],
["27/12/2019 | 15:30", "Số lượt xem: 986", "giai đoạn 1", "lần thứ ba, thứ tư", "ba, bốn thế hệ", "ấp 1", "Năm 2020"]))

PAGES.append(page("b1406-sonla-taphuan-hoagiai-2020", """
Ban Dân vận Tỉnh ủy Sơn La
Tin tức :: Nghiệp vụ dân vận
Ngày đăng 19/08/2020 | 09:20
Lượt đọc: 642
Bồi dưỡng kỹ năng nắm tình hình nhân dân, hòa giải ở cơ sở cho cán bộ vùng tái định cư
Trong hai ngày 17 và 18/8/2020, tại huyện Mường La, Ban Dân vận Tỉnh ủy phối hợp với Sở Tư pháp tổ chức lớp tập huấn kỹ năng nắm tình hình nhân dân, hòa giải mâu thuẫn, tranh chấp đất đai ở cơ sở năm 2020 cho 135 học viên là cán bộ dân vận, trưởng bản, tổ trưởng tổ hòa giải các bản tái định cư thủy điện Sơn La.
Đồng chí Cầm Thị Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Cầm Thị Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết: toàn tỉnh có 12.584 hộ tái định cư thủy điện Sơn La, sinh sống tại 262 điểm tái định cư. Sau hơn 10 năm, đời sống phần lớn các hộ đã ổn định, nhưng tranh chấp ranh giới đất sản xuất giữa hộ tái định cư với hộ sở tại, giữa các dòng họ vẫn phát sinh; có vụ việc người dân kéo nhau lên rẫy, xô xát. Năm 2019, các tổ hòa giải toàn tỉnh đã nhận 1.127 vụ việc, hòa giải thành 964 vụ việc, đạt 85,5%.
Tại lớp tập huấn, các học viên được nghe bà Lò Thị Xuân, Phó Giám đốc Sở Tư pháp, giới thiệu Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; ông Quàng Văn Piến, Phó Trưởng Ban Dân vận Tỉnh ủy, hướng dẫn nắm bắt, tổng hợp, báo cáo tình hình nhân dân theo Hướng dẫn số 12-HD/BDVTU ngày 3/3/2020 của Ban Dân vận Tỉnh ủy. Các học viên cũng được trao đổi những tình huống cụ thể về tranh chấp đất, việc người dân tự ý quay về lòng hồ canh tác, việc truyền đạo trái pháp luật ở một số bản vùng cao.
Ông Lường Văn Sẻn, Trưởng bản Hua Nà, xã Chiềng Lao, chia sẻ: “Trước đây gặp vụ việc là mình lúng túng, cứ báo lên xã. Sau lớp học này mình biết cách ngồi lại với hai bên, lấy ý kiến người cao tuổi trong bản, hòa giải ngay từ đầu”. Bà Mùa Thị Dua, Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Trai, đề nghị mở thêm lớp có phiên dịch tiếng Mông, tiếng Thái cho tổ viên tổ hòa giải.
Kết thúc lớp học, mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ 200.000 đồng tiền ăn. Theo kế hoạch, năm 2020 Ban Dân vận Tỉnh ủy tổ chức 4 lớp tại các huyện Mường La, Quỳnh Nhai, Thuận Châu với tổng số 520 học viên, thực hiện Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng tái định cư giai đoạn 2020 - 2025.
Hoàng Lan
Tin liên quan
- Quỳnh Nhai: đối thoại với người dân tái định cư (05/08/2020)
- Sơn La: 52 mô hình dân vận khéo vùng đồng bào dân tộc thiểu số (24/07/2020)
- Sơ kết công tác dân vận 6 tháng đầu năm 2020 (10/07/2020)
""", "2020-08-19", "Bồi dưỡng kỹ năng nắm tình hình nhân dân, hòa giải ở cơ sở cho cán bộ vùng tái định cư",
E("tap_huan", "2020", "2020-08-17"),
[P("Cầm Thị Phương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Xuân", "Phó Giám đốc Sở Tư pháp"),
 P("Quàng Văn Piến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Sẻn", "Trưởng bản Hua Nà"),
 P("Mùa Thị Dua", "Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Trai")],
[Q("135 học viên", 135, "học viên"), Q("12.584 hộ tái định cư", 12584, "hộ tái định cư"), Q("262 điểm tái định cư", 262, "điểm tái định cư"),
 Q("1.127 vụ việc", 1127, "vụ việc"), Q("964 vụ việc", 964, "vụ việc"), Q("85,5%", 85.5, "%"), Q("200.000 đồng", 200000, "đồng"),
 Q("4 lớp", 4, "lớp"), Q("520 học viên", 520, "học viên")],
[D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2020-03-03", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Sơn La"), com("Chiềng Lao"), com("Mường Trai")],
["Ban Dân vận Tỉnh ủy Sơn La", "Tin tức :: Nghiệp vụ dân vận", "Lượt đọc: 642",
 "Đồng chí Cầm Thị Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.", "Luật Hòa giải ở cơ sở"],
["Ngày đăng 19/08/2020 | 09:20", "Lượt đọc: 642", "hai ngày 17 và 18/8/2020", "hơn 10 năm", "Năm 2019", "1 bộ tài liệu", "giai đoạn 2020 - 2025"]))

PAGES.append(page("b1407-hue-traoqua-hodan-dididoi-kinhthanh-2020", """
THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội | Dân vận
Thứ Tư, 30/12/2020
Ấm lòng người dân rời Kinh thành về nơi ở mới
Ngày 29/12, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế trao 300 suất quà cho các hộ dân di dời khỏi khu vực I di tích Kinh thành Huế đến các khu tái định cư ở phường Hương Sơ và phường An Hòa, thành phố Huế.
Trao quà cho người dân tại khu tái định cư Hương Sơ.
Mỗi suất quà gồm tiền mặt 1 triệu đồng và nhu yếu phẩm trị giá 300.000 đồng, tổng trị giá 390 triệu đồng, từ nguồn vận động của Quỹ “Vì người nghèo” tỉnh và các doanh nghiệp. Tham dự có đồng chí Trần Thị Ái Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phan Quý Định, Phó Chủ tịch UBND tỉnh; đồng chí Võ Lê Nhật Minh, Bí thư Thành ủy Huế.
Theo Đề án di dời dân cư, giải phóng mặt bằng khu vực I di tích Kinh thành Huế, giai đoạn 2019 - 2023 có khoảng 4.200 hộ phải di dời, đa số là các hộ lấn chiếm di tích Thượng thành, Hộ thành hào từ nhiều năm trước, đời sống khó khăn. Đến nay đã có 1.146 hộ nhận tiền bồi thường, hỗ trợ, bàn giao mặt bằng; 862 hộ đã bốc thăm, nhận đất tái định cư. Quá trình thực hiện, có thời điểm một số hộ chưa đồng tình vì lo ngại sinh kế khi chuyển đến nơi ở mới cách xa chợ, trường học; khối dân vận thành phố đã tổ chức 57 buổi gặp gỡ, đối thoại, giải thích cho người dân.
Bà Trần Thị Mai, một trong những hộ dân đầu tiên chuyển về khu tái định cư Hương Sơ, chia sẻ: “Cả đời ở trong căn chòi trên thành, giờ có nhà kiên cố, con cháu có chỗ học hành, tôi mừng lắm”. Ông Lê Văn Hòa, Chủ tịch UBND phường Hương Sơ, cho biết phường đã thành lập tổ hỗ trợ người dân mới đến làm thủ tục nhập hộ khẩu, chuyển trường cho 214 học sinh. Cũng theo ông Hòa, một số hộ lớn tuổi chưa quen nếp sống mới, còn muốn quay lại buôn bán ở khu vực chợ Đông Ba; phường đã phối hợp mở 2 lớp dạy nghề ngắn hạn, giới thiệu việc làm cho 45 lao động.
Phát biểu tại buổi trao quà, đồng chí Trần Thị Ái Liên đề nghị các cấp ủy, chính quyền tiếp tục thực hiện tốt Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về xây dựng và phát triển tỉnh Thừa Thiên Huế, quan tâm tạo việc làm cho các hộ tái định cư; Mặt trận và các đoàn thể tiếp tục đồng hành, lắng nghe ý kiến người dân, kịp thời phản ánh những khó khăn để giải quyết.
Nhân dịp này, Ban Dân vận Tỉnh ủy trao tặng 10 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo vượt khó tại khu tái định cư.
Minh Văn
Tin khác
- Huế: đối thoại với các hộ dân di dời khỏi Kinh thành (15/12/2020)
- Trao 500 suất quà cho người dân bị ảnh hưởng lũ lụt (20/11/2020)
- Hội nghị biểu dương điển hình dân vận khéo (30/10/2020)
""", "2020-12-30", "Ấm lòng người dân rời Kinh thành về nơi ở mới",
E("trao_qua", None, "2020-12-29"),
[P("Trần Thị Ái Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Quý Định", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Lê Nhật Minh", "Bí thư Thành ủy Huế"),
 P("Trần Thị Mai"),
 P("Lê Văn Hòa", "Chủ tịch UBND phường Hương Sơ")],
[Q("300 suất quà", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("390 triệu đồng", 390000000, "đồng"),
 Q("khoảng 4.200 hộ", 4200, "hộ", "approx"), Q("1.146 hộ", 1146, "hộ"), Q("862 hộ", 862, "hộ"), Q("57 buổi gặp gỡ, đối thoại", 57, "buổi gặp gỡ, đối thoại"),
 Q("214 học sinh", 214, "học sinh"), Q("2 lớp dạy nghề ngắn hạn", 2, "lớp dạy nghề ngắn hạn"), Q("45 lao động", 45, "lao động"), Q("10 suất học bổng", 10, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "54", "NQ/TW", "2019-12-10", "Bộ Chính trị", "Nghị quyết số 54-NQ/TW")],
[prov("Thừa Thiên Huế"), com("Hương Sơ"), com("An Hòa")],
["THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội | Dân vận", "Trao quà cho người dân tại khu tái định cư Hương Sơ.", "Vì người nghèo",
 "Đề án di dời dân cư, giải phóng mặt bằng khu vực I di tích Kinh thành Huế"],
["Thứ Tư, 30/12/2020", "khu vực I", "giai đoạn 2019 - 2023"]))

PAGES.append(page("b1408-camau-mttq-giamsat-khieunai-datdai-2021", """
Báo Cà Mau điện tử
Trang chủ / Chính trị / Mặt trận - Đoàn thể
07.10.2021 | 16:05
Giám sát việc giải quyết khiếu nại, tranh chấp đất đai tại huyện Ngọc Hiển
(CMO) Ngày 6/10, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Cà Mau do bà Lâm Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo, tranh chấp đất đai năm 2021 tại UBND huyện Ngọc Hiển.
Bà Lâm Thị Thu Hà phát biểu tại buổi giám sát. Ảnh: Hữu Nghĩa
Theo báo cáo của UBND huyện, từ đầu năm 2021 đến nay, huyện tiếp 318 lượt công dân, nhận 146 đơn, trong đó 112 đơn thuộc thẩm quyền; đã giải quyết 98 đơn, đạt 87,5%. Phần lớn vụ việc là tranh chấp đất rừng phòng hộ ven biển, đất nuôi trồng thủy sản giữa các hộ dân với Ban Quản lý rừng phòng hộ, và khiếu nại về bồi thường khi thu hồi đất làm tuyến đê biển Tây, khu tái định cư Khai Long. Một số vụ việc kéo dài hơn 10 năm, người dân nhiều lần tập trung đông người tại trụ sở UBND tỉnh.
Làm việc trực tiếp với người dân xã Đất Mũi và xã Tân Ân, đoàn ghi nhận nhiều ý kiến bức xúc. Ông Danh Thạch, ấp Xóm Mũi, cho biết gia đình khiếu nại từ năm 2014 về việc bị thu hồi 2,4 ha đất nuôi tôm nhưng chưa được trả lời thỏa đáng. Bà Thạch Thị Sa Ry, ấp Rạch Tàu, đề nghị công khai danh sách 87 hộ được giao khoán đất rừng. Nhiều ý kiến cho rằng việc tiếp dân ở cấp xã còn hình thức, có nơi cán bộ tiếp dân chỉ nhận đơn rồi chuyển lên huyện, không giải thích cho người dân hiểu thẩm quyền, quy trình giải quyết, khiến người dân mất lòng tin và gửi đơn vượt cấp.
Ông Huỳnh Chí Nhân, Phó Chủ tịch UBND huyện Ngọc Hiển, giải trình: huyện đã rà soát 23 vụ việc khiếu nại kéo dài theo Kế hoạch số 363/KH-TTCP của Thanh tra Chính phủ, giải quyết dứt điểm 17 vụ; với các trường hợp còn lại sẽ tổ chức đối thoại trong quý IV.
Kết luận giám sát, bà Lâm Thị Thu Hà đề nghị UBND huyện thực hiện nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo và Quyết định số 18/2019/QĐ-UBND của UBND tỉnh về quy chế tiếp công dân; người đứng đầu phải trực tiếp đối thoại; công khai quy hoạch, kế hoạch sử dụng đất để người dân biết, giám sát. Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kiến nghị, gửi UBND tỉnh xem xét.
Cùng dự có đại diện Ban Dân vận Tỉnh ủy, Thanh tra tỉnh, Sở Tài nguyên và Môi trường, Hội Nông dân tỉnh và ông Lê Văn Thắng, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hiển.
Hồng Nhung
Tin liên quan
- Cà Mau: đối thoại với người dân vùng sạt lở bờ biển (24/09/2021)
- Phản biện xã hội dự thảo bảng giá đất (16/09/2021)
- Hội nghị sơ kết Quy chế phối hợp 6 tháng đầu năm 2021 (21/07/2021)
""", "2021-10-07", "Giám sát việc giải quyết khiếu nại, tranh chấp đất đai tại huyện Ngọc Hiển",
E("giam_sat", "2021", "2021-10-06"),
[P("Lâm Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thạch"),
 P("Thạch Thị Sa Ry"),
 P("Huỳnh Chí Nhân", "Phó Chủ tịch UBND huyện Ngọc Hiển"),
 P("Lê Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hiển")],
[Q("318 lượt công dân", 318, "lượt công dân"), Q("146 đơn", 146, "đơn"), Q("112 đơn", 112, "đơn"), Q("98 đơn", 98, "đơn"), Q("87,5%", 87.5, "%"),
 Q("2,4 ha", 2.4, "ha"), Q("87 hộ", 87, "hộ"), Q("23 vụ việc khiếu nại", 23, "vụ việc khiếu nại"), Q("17 vụ", 17, "vụ")],
[D("Kế hoạch", "363", "KH-TTCP", None, "Thanh tra Chính phủ", "Kế hoạch số 363/KH-TTCP"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quyết định", "18", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 18/2019/QĐ-UBND")],
[prov("Cà Mau"), com("Đất Mũi"), com("Tân Ân")],
["Báo Cà Mau điện tử", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "(CMO)", "Bà Lâm Thị Thu Hà phát biểu tại buổi giám sát. Ảnh: Hữu Nghĩa"],
["07.10.2021 | 16:05", "từ đầu năm 2021", "hơn 10 năm", "năm 2014", "quý IV"]))
