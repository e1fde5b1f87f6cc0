from lib import *
PAGES = []

PAGES.append(page("b4835-caobang-daihoichibo-2017", """
ĐẢNG BỘ TỈNH CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức >> Xây dựng Đảng >> Đại hội chi bộ
08:15 | 14/06/2017
Đại hội điểm Chi bộ xóm Lũng Rỳ nhiệm kỳ 2017 - 2020
Ngày 12/6/2017, Chi bộ xóm Lũng Rỳ, Đảng bộ xã Cần Yên tổ chức Đại hội điểm nhiệm kỳ 2017 - 2020 để rút kinh nghiệm chỉ đạo đại hội chi bộ trực thuộc đảng ủy cơ sở trong toàn tỉnh. Dự đại hội có đồng chí Nông Thị Thanh Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Hoàng Văn Lượng, Bí thư Huyện ủy Thông Nông; bà Lục Thị Nhung, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Cần Yên.
Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Bế Hằng
Xóm Lũng Rỳ có 78 hộ, 396 nhân khẩu, 100% là người Mông. Năm 2012 xóm chưa có đảng viên; nhờ Đảng ủy xã cử đảng viên về sinh hoạt ghép, kèm cặp quần chúng, đến năm 2014 chi bộ được thành lập với 3 đảng viên. Nay chi bộ có 11 đảng viên, trong đó 8 đảng viên là người Mông, 2 đảng viên nữ.
Nhiệm kỳ 2015 - 2017, chi bộ lãnh đạo nhân dân làm 2,6 km đường bê tông, hiến gần 1.800 m2 đất; thu nhập bình quân đạt 14 triệu đồng/người/năm; hộ nghèo giảm từ 61 hộ xuống còn 39 hộ. Chi bộ kết nạp 5 đảng viên mới, 2 năm liền được công nhận chi bộ trong sạch vững mạnh. Đảng viên nơi cư trú là giáo viên, cán bộ xã đã vận động 100% trẻ trong độ tuổi đến trường, 17 hộ bỏ tục tảo hôn, thách cưới.
Đại hội đã bầu chi ủy gồm 3 đồng chí; đồng chí Sùng Văn Dìa được bầu làm Bí thư Chi bộ, đồng thời là Trưởng xóm; đồng chí Giàng Thị Mỷ được bầu giữ chức Phó Bí thư Chi bộ. Đại hội đề ra mục tiêu đến năm 2020 kết nạp ít nhất 4 đảng viên, mỗi đảng viên giúp đỡ 2 hộ nghèo, giảm tỷ lệ hộ nghèo xuống còn 30%. Đại hội cũng lấy ý kiến của 26 hộ dân đóng góp vào báo cáo chính trị của chi bộ.
Phát biểu chỉ đạo, đồng chí Nông Thị Thanh Hà đánh giá đại hội được chuẩn bị chu đáo, đúng Kế hoạch số 95-KH/TU ngày 17/3/2017 của Ban Thường vụ Tỉnh ủy và hướng dẫn số 11-HD/BTCTU của Ban Tổ chức Tỉnh ủy; đề nghị chi bộ thực hiện tốt Nghị quyết số 03-NQ/TU ngày 21/4/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển đảng viên ở xóm chưa có đảng viên. Toàn tỉnh Cao Bằng hiện còn 94 xóm chưa có đảng viên; đại hội nhiệm kỳ 2017 - 2020 được tổ chức ở 2.611 chi bộ trực thuộc, hoàn thành trước ngày 30/9.
Dịp này, Đảng ủy xã tặng chi bộ 1 bộ loa phát thanh trị giá 6,5 triệu đồng; Huyện ủy Thông Nông tặng 20 suất quà cho đảng viên cao tuổi và hộ nghèo.
Bế Hằng
Lượt xem: 987
Tin liên quan
- Hà Quảng: đại hội điểm chi bộ thôn (09/06/2017)
- Bảo Lạc còn 11 xóm chưa có đảng viên (31/05/2017)
- Trùng Khánh kết nạp 42 đảng viên (22/05/2017)
""", "2017-06-14", "Đại hội điểm Chi bộ xóm Lũng Rỳ nhiệm kỳ 2017 - 2020",
E("dai_hoi", None, "2017-06-12"),
[P("Nông Thị Thanh Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Văn Lượng", "Bí thư Huyện ủy Thông Nông"),
 P("Lục Thị Nhung", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Cần Yên"),
 P("Sùng Văn Dìa", "Bí thư Chi bộ", "Trưởng xóm"),
 P("Giàng Thị Mỷ", "Phó Bí thư Chi bộ")],
[Q("78 hộ", 78, "hộ"), Q("396 nhân khẩu", 396, "nhân khẩu"), Q("100% là người Mông", 100, "%"),
 Q("3 đảng viên", 3, "đảng viên"), Q("11 đảng viên", 11, "đảng viên"), Q("8 đảng viên", 8, "đảng viên"),
 Q("2 đảng viên nữ", 2, "đảng viên nữ"), Q("2,6 km", 2.6, "km"), Q("gần 1.800 m2", 1800, "m2", "approx"),
 Q("14 triệu đồng", 14000000, "đồng"), Q("61 hộ", 61, "hộ"), Q("39 hộ", 39, "hộ"),
 Q("5 đảng viên mới", 5, "đảng viên mới"), Q("100% trẻ", 100, "%"), Q("17 hộ", 17, "hộ"),
 Q("3 đồng chí", 3, "đồng chí"), Q("ít nhất 4 đảng viên", 4, "đảng viên", "over"), Q("2 hộ nghèo", 2, "hộ nghèo"),
 Q("30%", 30, "%"), Q("26 hộ dân", 26, "hộ dân"), Q("94 xóm", 94, "xóm"), Q("2.611 chi bộ trực thuộc", 2611, "chi bộ trực thuộc"),
 Q("6,5 triệu đồng", 6500000, "đồng"), Q("20 suất quà", 20, "suất quà")],
[D("Kế hoạch", "95", "KH/TU", "2017-03-17", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 17/3/2017"),
 D("Hướng dẫn", "11", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "hướng dẫn số 11-HD/BTCTU"),
 D("Nghị quyết", "03", "NQ/TU", "2016-04-21", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 21/4/2016")],
[prov("Cao Bằng"), com("Cần Yên")],
["ĐẢNG BỘ TỈNH CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ", "Tin tức >> Xây dựng Đảng >> Đại hội chi bộ",
 "Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Bế Hằng", "Lượt xem: 987"],
["08:15 | 14/06/2017", "2017 - 2020", "2015 - 2017", "2 năm liền", "3 đồng chí", "1 bộ loa phát thanh", "Lượt xem: 987"]))

PAGES.append(page("b4836-nghean-taphuan-2018", """
BÁO NGHỆ AN
Thời sự › Chính trị › Xây dựng Đảng
Thứ Năm, 23/08/2018 - 11:20
Kỳ Sơn: Bồi dưỡng nghiệp vụ cho 186 bí thư, phó bí thư chi bộ bản
(Baonghean.vn) - Từ ngày 20 đến 22/8, Huyện ủy Kỳ Sơn phối hợp với Trường Chính trị tỉnh mở lớp tập huấn, bồi dưỡng nghiệp vụ công tác đảng năm 2018 cho 186 bí thư, phó bí thư chi bộ bản thuộc 21 đảng bộ xã, thị trấn.
Đồng chí Lữ Thị Hoa, Tỉnh ủy viên, Bí thư Huyện ủy Kỳ Sơn phát biểu khai giảng lớp học.
Khai giảng lớp học, đồng chí Lữ Thị Hoa, Tỉnh ủy viên, Bí thư Huyện ủy Kỳ Sơn nhấn mạnh: Kỳ Sơn có 193 bản của đồng bào Thái, Khơ Mú, Mông; đến nay 98 bản có bí thư chi bộ kiêm trưởng bản, chiếm 50,8%, nhưng năng lực của nhiều đồng chí còn hạn chế, có người chưa biết ghi sổ nghị quyết chi bộ. Huyện còn 6 bản chưa có đảng viên, 13 bản chưa có chi bộ riêng.
Trong 3 ngày, các học viên được các giảng viên: ThS. Lô Thị Kim, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh; TS. Moong Văn Toàn, Phó Hiệu trưởng Trường Chính trị tỉnh truyền đạt 5 chuyên đề: quy trình kết nạp đảng viên theo Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương và Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Bí thư; cách ra nghị quyết chi bộ; công tác dân vận ở bản; vai trò đảng viên sinh hoạt nơi cư trú; phòng, chống mua bán người, ma túy vùng biên giới.
Theo Ban Tổ chức Tỉnh ủy Nghệ An, toàn tỉnh hiện còn 21 bản chưa có đảng viên, tập trung ở 4 huyện biên giới Kỳ Sơn, Tương Dương, Quế Phong, Con Cuông; tỉnh phấn đấu đến năm 2020 không còn bản trắng đảng viên.
Đồng chí Vi Văn Sơn, Phó Trưởng Ban Tổ chức Tỉnh ủy cho biết, thực hiện nghị quyết chuyên đề số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển đảng viên ở bản và Kế hoạch số 112-KH/HU, 7 tháng năm 2018 huyện kết nạp 143 đảng viên mới, trong đó 127 đảng viên là người dân tộc thiểu số, 61 đảng viên nữ; có 318 quần chúng ưu tú đang được bồi dưỡng.
Ông Xồng Bá Dì, Bí thư Chi bộ kiêm Trưởng bản Huồi Pốc, xã Mường Lống, chia sẻ: "Chi bộ bản có 9 đảng viên, chỉ 2 người biết chữ thạo. Học xong tôi về sẽ hướng dẫn lại để chi bộ họp đúng, ghi sổ đúng". Bà Lo Thị Xăm, Phó Bí thư Chi bộ bản Xốp Phe, xã Na Ngoi, mong muốn được học thêm cách vận động thanh niên người Khơ Mú vào Đảng.
Kinh phí lớp học hơn 230 triệu đồng từ nguồn Chương trình 135, mỗi học viên được hỗ trợ 150.000 đồng/ngày. Kết thúc khóa học, 186 học viên làm bài thu hoạch, khoảng 92% đạt loại khá trở lên.
Hữu Vi
Tin liên quan
- Tương Dương xóa 4 bản trắng đảng viên (14/08/2018)
- Quế Phong: bí thư chi bộ kiêm trưởng bản, hiệu quả rõ (02/08/2018)
- Con Cuông kết nạp 35 đảng viên người Thái (25/07/2018)
""", "2018-08-23", "Kỳ Sơn: Bồi dưỡng nghiệp vụ cho 186 bí thư, phó bí thư chi bộ bản",
E("tap_huan", "2018", "2018-08-20"),
[P("Lữ Thị Hoa", "Tỉnh ủy viên", "Bí thư Huyện ủy Kỳ Sơn"),
 P("Lô Thị Kim", "ThS.", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Moong Văn Toàn", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Xồng Bá Dì", "Bí thư Chi bộ kiêm Trưởng bản Huồi Pốc"),
 P("Lo Thị Xăm", "Phó Bí thư Chi bộ bản Xốp Phe")],
[Q("186 bí thư, phó bí thư chi bộ bản", 186, "bí thư, phó bí thư chi bộ bản"), Q("21 đảng bộ xã, thị trấn", 21, "đảng bộ xã, thị trấn"),
 Q("193 bản", 193, "bản"), Q("98 bản", 98, "bản"), Q("50,8%", 50.8, "%"), Q("6 bản", 6, "bản"), Q("13 bản", 13, "bản"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("21 bản", 21, "bản"), Q("4 huyện biên giới", 4, "huyện biên giới"), Q("143 đảng viên mới", 143, "đảng viên mới"), Q("127 đảng viên", 127, "đảng viên"),
 Q("61 đảng viên nữ", 61, "đảng viên nữ"), Q("318 quần chúng ưu tú", 318, "quần chúng ưu tú"), Q("9 đảng viên", 9, "đảng viên"),
 Q("2 người", 2, "người"), Q("hơn 230 triệu đồng", 230000000, "đồng", "over"), Q("150.000 đồng", 150000, "đồng"),
 Q("186 học viên", 186, "học viên"), Q("khoảng 92%", 92, "%", "approx")],
[D("Quy định", "29", "QĐ/TW", "2016-07-25", "Ban Chấp hành Trung ương", "Quy định số 29-QĐ/TW ngày 25/7/2016"),
 D("Hướng dẫn", "01", "HD/TW", "2016-09-20", "Ban Bí thư", "Hướng dẫn số 01-HD/TW ngày 20/9/2016"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "nghị quyết chuyên đề số 09-NQ/HU"),
 D("Kế hoạch", "112", "KH/HU", None, None, "Kế hoạch số 112-KH/HU")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi")],
["BÁO NGHỆ AN", "Thời sự › Chính trị › Xây dựng Đảng", "(Baonghean.vn)",
 "Đồng chí Lữ Thị Hoa, Tỉnh ủy viên, Bí thư Huyện ủy Kỳ Sơn phát biểu khai giảng lớp học.", "Chương trình 135",
 "Trường Chính trị tỉnh"],
["Thứ Năm, 23/08/2018 - 11:20", "năm 2018", "3 ngày", "7 tháng năm 2018", "Chương trình 135", "năm 2020"]))

PAGES.append(page("b4837-quangnam-tongket-2019", """
Báo Quảng Nam Online
Trang chủ - Chính trị - Xây dựng Đảng
26-12-2019 10:40
Ảnh: Quang cảnh hội nghị.
Tây Giang: 100% thôn có chi bộ, 34 thôn có bí thư kiêm trưởng thôn
Ngày 24/12, Huyện ủy Tây Giang tổ chức hội nghị tổng kết công tác xây dựng Đảng, công tác dân vận năm 2019 và triển khai nhiệm vụ năm 2020. Đồng chí Bhríu Liếc, Tỉnh ủy viên, Bí thư Huyện ủy Tây Giang chủ trì; dự có đồng chí Phó Bí thư Thường trực Huyện ủy Clâu Nghiêm.
Năm 2019, Đảng bộ huyện kết nạp 118 đảng viên mới, vượt 18% chỉ tiêu Nghị quyết số 18-NQ/HU của Huyện ủy; 100% trong số đó là người Cơ Tu. Toàn huyện có 1.652 đảng viên sinh hoạt tại 79 chi bộ, 100% thôn có chi bộ; 34/47 thôn có bí thư chi bộ kiêm trưởng thôn, tăng 9 thôn so với năm 2018. Trong năm, 406 đảng viên đang công tác ở cơ quan, đơn vị đã sinh hoạt nơi cư trú, tham gia vận động 1.120 hộ không phát nương làm rẫy trái phép, bảo vệ rừng.
Theo đánh giá của Ban Tổ chức Tỉnh ủy Quảng Nam, Tây Giang là huyện miền núi đầu tiên của tỉnh có 100% thôn có chi bộ; toàn tỉnh còn 15 thôn chưa có chi bộ, 3 thôn chưa có đảng viên. Năm 2019, Tây Giang cử 52 cán bộ, đảng viên ở huyện về bám thôn, giúp 87 hộ thoát nghèo.
Bà A Lăng Thị Bên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết, thực hiện Chương trình hành động số 24-CTr/HU về thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, khối dân vận đã xây dựng 12 mô hình "Dân vận khéo", trong đó 5 mô hình cấp huyện. Phong trào "Tết trồng cây nhớ ơn Bác Hồ" thu hút khoảng 3.000 lượt người tham gia; nhân dân góp gần 1,3 tỷ đồng làm nhà Gươl, đường bê tông.
Ông Ating Tương, Bí thư Chi bộ kiêm Trưởng thôn Agrồng, xã A Tiêng, cho biết việc kiêm nhiệm giúp quyết định của chi bộ đi vào cuộc sống nhanh; chi bộ có 14 đảng viên, không có đảng viên vi phạm. Già làng Bríu Pố, người có uy tín xã Lăng, kiến nghị huyện quan tâm hỗ trợ sinh hoạt phí cho bí thư chi bộ kiêm trưởng thôn, hiện chỉ 1,49 triệu đồng/tháng.
Dịp này, Huyện ủy tặng giấy khen cho 8 chi bộ và 21 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền; trao Huy hiệu 30 năm tuổi Đảng cho các đồng chí: Alăng Ngước, Bling Hoa, Coor Thị Dầm.
Kết luận hội nghị, đồng chí Bhríu Liếc yêu cầu năm 2020 chuẩn bị tốt đại hội đảng bộ các xã, phấn đấu có thêm ít nhất 6 thôn có bí thư chi bộ kiêm trưởng thôn, không để xã Ch'ơm và xã Gari có chi bộ yếu kém.
Quốc Hải
Lượt đọc: 1.530
Tin khác
- Đông Giang kết nạp 96 đảng viên mới (20/12/2019)
- Nam Trà My: hội nghị người có uy tín (16/12/2019)
- Phước Sơn còn 2 thôn chưa có chi bộ (05/12/2019)
""", "2019-12-26", "Tây Giang: 100% thôn có chi bộ, 34 thôn có bí thư kiêm trưởng thôn",
E("tong_ket", "2019", "2019-12-24"),
[P("Bhríu Liếc", "Tỉnh ủy viên", "Bí thư Huyện ủy Tây Giang"),
 P("Clâu Nghiêm", "Phó Bí thư Thường trực Huyện ủy"),
 P("A Lăng Thị Bên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ating Tương", "Bí thư Chi bộ kiêm Trưởng thôn Agrồng"),
 P("Bríu Pố", "Già làng", "người có uy tín xã Lăng"),
 P("Alăng Ngước"), P("Bling Hoa"), P("Coor Thị Dầm")],
[Q("100% thôn", 100, "%"), Q("34/47 thôn", 34, "thôn"), Q("118 đảng viên mới", 118, "đảng viên mới"), Q("18%", 18, "%"),
 Q("100% trong số đó", 100, "%"), Q("1.652 đảng viên", 1652, "đảng viên"), Q("79 chi bộ", 79, "chi bộ"),
 Q("9 thôn", 9, "thôn"), Q("406 đảng viên", 406, "đảng viên"), Q("15 thôn", 15, "thôn"), Q("3 thôn", 3, "thôn"),
 Q("52 cán bộ, đảng viên", 52, "cán bộ, đảng viên"), Q("87 hộ", 87, "hộ"), Q("1.120 hộ", 1120, "hộ"),
 Q("12 mô hình", 12, "mô hình"), Q("5 mô hình cấp huyện", 5, "mô hình cấp huyện"),
 Q("khoảng 3.000 lượt người", 3000, "lượt người", "approx"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("14 đảng viên", 14, "đảng viên"), Q("1,49 triệu đồng", 1490000, "đồng"), Q("8 chi bộ", 8, "chi bộ"),
 Q("21 đảng viên", 21, "đảng viên"), Q("ít nhất 6 thôn", 6, "thôn", "over")],
[D("Nghị quyết", "18", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 18-NQ/HU"),
 D("Chương trình hành động", "24", "CTr/HU", None, None, "Chương trình hành động số 24-CTr/HU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Ch'ơm"), com("Gari")],
["Báo Quảng Nam Online", "Trang chủ - Chính trị - Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo",
 "Tết trồng cây nhớ ơn Bác Hồ", "Lượt đọc: 1.530"],
["26-12-2019 10:40", "năm 2019", "năm 2020", "năm 2018", "5 năm liền", "30 năm tuổi Đảng", "Lượt đọc: 1.530"]))

PAGES.append(page("b4838-daklak-soket-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ :: Tin tức - Sự kiện :: Dân vận các cấp
Cập nhật lúc 15:30 ngày 16/07/2020
Đảng viên ở buôn làng đi đầu phòng, chống dịch Covid-19
Sáng 14/7, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí H'Năm Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết. Ảnh: Thùy Dung
Theo báo cáo, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, các chi bộ buôn đã phân công 2.860 đảng viên phụ trách nhóm hộ, trực tiếp đến từng nhà tuyên truyền cho đồng bào Êđê, M'nông, Gia Rai giữ khoảng cách, không tụ tập uống rượu cần. Trong 6 tháng, các cấp ủy kết nạp 874 đảng viên mới, trong đó 312 đảng viên là người dân tộc thiểu số; toàn tỉnh còn 11 buôn chưa có chi bộ, 2 buôn chưa có đảng viên, chủ yếu ở huyện Ea Súp, M'Đrắk.
Ban Dân vận Tỉnh ủy đã tham mưu sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư; ban hành kế hoạch số 23, 24-KH/BDVTU về công tác dân vận ở vùng đồng bào dân tộc thiểu số và về vận động đồng bào di cư tự do. Toàn tỉnh có 597 buôn có bí thư chi bộ kiêm trưởng buôn, chiếm khoảng 46%. Theo số liệu của Ban Tổ chức Tỉnh ủy, Đảng bộ tỉnh hiện có 72.486 đảng viên, trong đó khoảng 12.900 đảng viên là người dân tộc thiểu số; 2.468 thôn, buôn, tổ dân phố đều đã có tổ dân vận.
Các đồng chí Trưởng Ban Dân vận Huyện ủy Krông Bông Y Thăm Mlô, Trưởng Ban Dân vận Huyện ủy Cư M'gar H'Lim Kđoh tham luận về mô hình "Đảng viên nhận đỡ đầu hộ nghèo", đã giúp 245 hộ thoát nghèo. Ông Y Kim Êban, Bí thư Chi bộ kiêm Trưởng buôn Ea Tul, xã Ea Tul, nói: "Có chi bộ đứng ra vận động, bà con nghe theo ngay, không ai ra rẫy tụ tập khi có lệnh giãn cách".
Phát biểu kết luận, đồng chí H'Năm Byă đề nghị 6 tháng cuối năm tập trung vận động nhân dân tham gia đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; tiếp tục thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị, phát huy vai trò đảng viên nơi cư trú; mỗi cơ quan khối dân vận giúp đỡ 1 buôn đặc biệt khó khăn. Dịp này, Ban Dân vận Tỉnh ủy trao 50 suất quà, mỗi suất gồm 10 kg gạo và 200.000 đồng cho hộ khó khăn ở xã Cư Pui.
Ý kiến thảo luận tại hội nghị nêu rõ, ở một số buôn đảng viên tuổi cao, tỷ lệ đảng viên nữ thấp, chưa đến 20%; việc kết nạp đảng viên là người có đạo Tin lành còn lúng túng.
Thùy Dung
Lượt xem: 742
Tin liên quan
- Krông Pắc ra mắt 6 mô hình "Dân vận khéo" (10/07/2020)
- Buôn Đôn: đối thoại với người dân di cư tự do (30/06/2020)
""", "2020-07-16", "Đảng viên ở buôn làng đi đầu phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-14"),
[P("H'Năm Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thăm Mlô", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("H'Lim Kđoh", "Trưởng Ban Dân vận Huyện ủy Cư M'gar"),
 P("Y Kim Êban", "Bí thư Chi bộ kiêm Trưởng buôn Ea Tul")],
[Q("2.860 đảng viên", 2860, "đảng viên"), Q("874 đảng viên mới", 874, "đảng viên mới"), Q("312 đảng viên", 312, "đảng viên"),
 Q("11 buôn", 11, "buôn"), Q("2 buôn", 2, "buôn"), Q("597 buôn", 597, "buôn"), Q("khoảng 46%", 46, "%", "approx"), Q("72.486 đảng viên", 72486, "đảng viên"),
 Q("khoảng 12.900 đảng viên", 12900, "đảng viên", "approx"), Q("2.468 thôn, buôn, tổ dân phố", 2468, "thôn, buôn, tổ dân phố"),
 Q("245 hộ", 245, "hộ"), Q("1 buôn đặc biệt khó khăn", 1, "buôn đặc biệt khó khăn"), Q("50 suất quà", 50, "suất quà"),
 Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"), Q("chưa đến 20%", 20, "%", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "23", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 23, 24-KH/BDVTU"),
 D("Kế hoạch", "24", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 23, 24-KH/BDVTU"),
 D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 213-QĐ/TW")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ :: Tin tức - Sự kiện :: Dân vận các cấp",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Thùy Dung", "Đảng viên nhận đỡ đầu hộ nghèo", "Lượt xem: 742"],
["Cập nhật lúc 15:30 ngày 16/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "5 năm", "2020 - 2025", "Lượt xem: 742"]))

PAGES.append(page("b4839-laocai-baocao-2021", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢN HỒ - THỊ XÃ SA PA - TỈNH LÀO CAI
Trang chủ > Hoạt động của Đảng ủy
Ngày 15/12/2021 | 09:10
Báo cáo kết quả công tác xây dựng Đảng, phát triển đảng viên năm 2021
Đảng ủy xã Bản Hồ vừa ban hành báo cáo kết quả công tác xây dựng Đảng, phát triển đảng viên năm 2021 và phương hướng, nhiệm vụ năm 2022. Báo cáo do đồng chí Tẩn Seo Chẳn, Bí thư Đảng ủy, Chủ tịch HĐND xã ký.
Bản Hồ là xã vùng cao của tỉnh Lào Cai, có 8 thôn với 1.027 hộ, 5.214 nhân khẩu. Theo báo cáo, Đảng bộ xã hiện có 10 chi bộ trực thuộc với 186 đảng viên, trong đó 172 đảng viên là người Mông, Dao, Tày, chiếm 92,5%; 43 đảng viên nữ. Năm 2021 Đảng bộ kết nạp 14 đảng viên mới, đạt 140% chỉ tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII; 100% thôn có chi bộ và có đảng viên; 7/8 thôn có bí thư chi bộ đồng thời là trưởng thôn.
Thực hiện Quy định số 213-QĐ/TW của Bộ Chính trị và Hướng dẫn số 09-HD/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy, 38 đảng viên đang công tác đã giới thiệu về sinh hoạt nơi cư trú tại các thôn, tham gia 152 buổi họp thôn, tuyên truyền bà con tiêm vắc xin phòng Covid-19 đạt trên 95%. Trong năm, Đảng ủy xã cử 15 đảng viên tham gia lớp bồi dưỡng lý luận chính trị; 3 quần chúng ưu tú được cử đi học lớp nhận thức về Đảng; 100% chi bộ sinh hoạt chuyên đề ít nhất 1 lần/quý.
Thôn Tả Trung Hồ có 64 hộ, 100% là đồng bào Dao đỏ; đồng chí Lồ Thị Dung, Bí thư Chi bộ kiêm Trưởng thôn Tả Trung Hồ, đã cùng chi bộ vận động 21 hộ làm homestay, mỗi hộ thu khoảng 80 triệu đồng mỗi năm. Chi bộ thôn Séo Trung Hồ do đồng chí Giàng A Sử, Bí thư Chi bộ, Trưởng thôn phụ trách vận động 100% hộ ký cam kết không di cư tự do, không theo tà đạo "Dương Văn Mình".
Công tác dân vận được quan tâm: Ban Thường vụ Đảng ủy đã chỉ đạo thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và kế hoạch số 36-KH/ĐU của Đảng ủy xã về nâng cao hiệu quả công tác dân vận; tổ chức 2 hội nghị đối thoại giữa Bí thư Đảng ủy với 126 người dân; giải quyết xong 9/9 đơn thư.
Tồn tại: một số đảng viên cao tuổi không tham gia sinh hoạt đầy đủ, 2 chi bộ xếp loại hoàn thành nhiệm vụ chưa cao; nguồn kết nạp ở thôn Bản Dền còn ít.
Năm 2022, Đảng bộ phấn đấu kết nạp từ 12 đảng viên trở lên, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, thôn Bản Dền có ít nhất 2 quần chúng được cử đi học lớp nhận thức về Đảng.
Văn phòng Đảng ủy xã
Lượt truy cập: 356
Tin khác
- Bản Hồ ra quân tiêm vắc xin cho người dân (02/12/2021)
- Ra mắt mô hình "Dân vận khéo" ở thôn Tả Van Dáy (12/11/2021)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (25/11/2021)
""", "2021-12-15", "Báo cáo kết quả công tác xây dựng Đảng, phát triển đảng viên năm 2021",
E("bao_cao", "2021", "2021-12-15"),
[P("Tẩn Seo Chẳn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lồ Thị Dung", "Bí thư Chi bộ kiêm Trưởng thôn Tả Trung Hồ"),
 P("Giàng A Sử", "Bí thư Chi bộ", "Trưởng thôn")],
[Q("10 chi bộ trực thuộc", 10, "chi bộ trực thuộc"), Q("186 đảng viên", 186, "đảng viên"), Q("172 đảng viên", 172, "đảng viên"),
 Q("92,5%", 92.5, "%"), Q("43 đảng viên nữ", 43, "đảng viên nữ"), Q("14 đảng viên mới", 14, "đảng viên mới"),
 Q("140%", 140, "%"), Q("100% thôn", 100, "%"), Q("7/8 thôn", 7, "thôn"), Q("38 đảng viên", 38, "đảng viên"),
 Q("152 buổi họp thôn", 152, "buổi họp thôn"), Q("trên 95%", 95, "%", "over"), Q("64 hộ", 64, "hộ"), Q("8 thôn", 8, "thôn"), Q("1.027 hộ", 1027, "hộ"), Q("5.214 nhân khẩu", 5214, "nhân khẩu"),
 Q("15 đảng viên", 15, "đảng viên"), Q("3 quần chúng ưu tú", 3, "quần chúng ưu tú"), Q("100% chi bộ", 100, "%"),
 Q("100% là đồng bào Dao đỏ", 100, "%"), Q("21 hộ", 21, "hộ"), Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"),
 Q("100% hộ", 100, "%"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("126 người dân", 126, "người dân"),
 Q("9/9 đơn thư", 9, "đơn thư"), Q("2 chi bộ", 2, "chi bộ"), Q("từ 12 đảng viên trở lên", 12, "đảng viên", "over"),
 Q("80% chi bộ", 80, "%", "over"), Q("ít nhất 2 quần chúng", 2, "quần chúng", "over")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 213-QĐ/TW"),
 D("Hướng dẫn", "09", "HD/TU", "2021-03-05", "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 09-HD/TU ngày 5/3/2021"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Kế hoạch", "36", "KH/ĐU", None, "Đảng ủy xã", "kế hoạch số 36-KH/ĐU")],
[prov("Lào Cai"), com("Bản Hồ")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢN HỒ - THỊ XÃ SA PA - TỈNH LÀO CAI", "Trang chủ > Hoạt động của Đảng ủy",
 "Văn phòng Đảng ủy xã", "Lượt truy cập: 356", "Dương Văn Mình"],
["Ngày 15/12/2021 | 09:10", "năm 2021", "năm 2022", "lần thứ XXIII", "Covid-19", "Lượt truy cập: 356", "ít nhất 1 lần/quý"]))

PAGES.append(page("b4840-travinh-doithoai-2022", """
Báo Trà Vinh điện tử
Chính trị - Xây dựng Đảng
Thứ Năm, 10/11/2022, 07:30
Bí thư Đảng ủy xã đối thoại với đảng viên, người dân ấp đồng bào Khmer
Chiều 8/11, Đảng ủy xã Hòa Tân phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đảng viên và nhân dân năm 2022 tại ấp Bà Tỷ, nơi có 86% dân số là đồng bào Khmer. Đồng chí Thạch Thị Sa Ry, Bí thư Đảng ủy xã Hòa Tân chủ trì buổi đối thoại.
Đồng chí Thạch Thị Sa Ry trả lời ý kiến của người dân ấp Bà Tỷ.
Dự có đồng chí Kim Thị Ngọc Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Cầu Kè; các đồng chí Phó Chủ tịch UBND xã Hòa Tân: Sơn Văn Lực, Trần Minh Tâm; cùng hơn 120 người gồm đảng viên, chức sắc chùa Khmer, người có uy tín và bà con trong ấp.
Tại buổi đối thoại, 17 lượt ý kiến được nêu lên, tập trung vào việc hỗ trợ nhà ở theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, cấp đất sản xuất, sửa chữa tuyến đường dal liên ấp dài 1,8 km và việc đảng viên nơi cư trú tham gia sinh hoạt ấp chưa đều. Ông Thạch Khol, người có uy tín ấp Bà Tỷ, phản ánh có đảng viên làm việc ở thị trấn nhiều tháng không về dự họp chi bộ.
Đồng chí Sơn Thị Rây, Bí thư Chi bộ kiêm Trưởng ấp Bà Tỷ cho biết, chi bộ có 23 đảng viên, trong đó 9 đảng viên sinh hoạt theo Quy định số 213-QĐ/TW; năm 2022 chi bộ kết nạp 2 đảng viên mới là người Khmer, vận động 35 hộ hiến 1.200 m2 đất mở rộng đường. Chùa Bà Tỷ ủng hộ 45 triệu đồng, các mạnh thường quân góp khoảng 60 triệu đồng xây 2 căn nhà đại đoàn kết.
Đại đức Kim Sóc Khone, trụ trì chùa Bà Tỷ, đề nghị chi bộ tiếp tục phối hợp với nhà chùa mở lớp dạy chữ Khmer hè cho khoảng 150 học sinh.
Trả lời ý kiến, đồng chí Thạch Thị Sa Ry tiếp thu và giao Ủy ban nhân dân xã giải quyết dứt điểm 12 ý kiến thuộc thẩm quyền trước ngày 31/12/2022; 5 ý kiến còn lại sẽ kiến nghị huyện. Đồng chí yêu cầu các chi bộ thực hiện nghiêm Kế hoạch số 15-KH/ĐU của Đảng ủy xã về đảng viên giữ mối liên hệ với nơi cư trú, hằng quý lấy nhận xét của chi bộ ấp.
Hòa Tân hiện có 8 ấp, 100% ấp có chi bộ, 6 ấp có bí thư chi bộ kiêm trưởng ấp. Theo Ban Dân vận Huyện ủy Cầu Kè (tỉnh Trà Vinh), toàn huyện có 1.936 đảng viên sinh hoạt nơi cư trú; 43/47 ấp có bí thư chi bộ kiêm trưởng ấp hoặc trưởng ban công tác Mặt trận. Năm 2022, huyện tổ chức 14 cuộc đối thoại ở cấp xã với trên 1.500 lượt người dự. Dịp này, Đảng ủy xã trao 30 phần quà, mỗi phần 500.000 đồng cho hộ nghèo người Khmer.
Thạch Hà
Tin liên quan
- Cầu Kè: tổng kết phong trào thi đua "Dân vận khéo" (03/11/2022)
- Trà Cú đối thoại với người dân năm 2022 (27/10/2022)
""", "2022-11-10", "Bí thư Đảng ủy xã đối thoại với đảng viên, người dân ấp đồng bào Khmer",
E("doi_thoai", "2022", "2022-11-08"),
[P("Thạch Thị Sa Ry", "Bí thư Đảng ủy xã Hòa Tân"),
 P("Kim Thị Ngọc Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Cầu Kè"),
 P("Sơn Văn Lực", "Phó Chủ tịch UBND xã Hòa Tân"),
 P("Trần Minh Tâm", "Phó Chủ tịch UBND xã Hòa Tân"),
 P("Thạch Khol", "người có uy tín ấp Bà Tỷ"),
 P("Sơn Thị Rây", "Bí thư Chi bộ kiêm Trưởng ấp Bà Tỷ"),
 P("Kim Sóc Khone", "Đại đức", "trụ trì chùa Bà Tỷ")],
[Q("86%", 86, "%"), Q("hơn 120 người", 120, "người", "over"),
 Q("17 lượt ý kiến", 17, "lượt ý kiến"), Q("1,8 km", 1.8, "km"), Q("23 đảng viên", 23, "đảng viên"),
 Q("9 đảng viên", 9, "đảng viên"), Q("2 đảng viên mới", 2, "đảng viên mới"), Q("35 hộ", 35, "hộ"), Q("1.200 m2", 1200, "m2"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"), Q("khoảng 150 học sinh", 150, "học sinh", "approx"),
 Q("12 ý kiến", 12, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("8 ấp", 8, "ấp"), Q("100% ấp", 100, "%"), Q("6 ấp", 6, "ấp"),
 Q("1.936 đảng viên", 1936, "đảng viên"), Q("43/47 ấp", 43, "ấp"), Q("14 cuộc đối thoại", 14, "cuộc đối thoại"),
 Q("trên 1.500 lượt người", 1500, "lượt người", "over"), Q("30 phần quà", 30, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định số 213-QĐ/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU")],
[prov("Trà Vinh"), com("Hòa Tân")],
["Báo Trà Vinh điện tử", "Chính trị - Xây dựng Đảng", "Đồng chí Thạch Thị Sa Ry trả lời ý kiến của người dân ấp Bà Tỷ.",
 "Chùa Bà Tỷ"],
["Thứ Năm, 10/11/2022, 07:30", "năm 2022", "nhiều tháng", "31/12/2022"]))
