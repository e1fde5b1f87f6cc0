from lib import *
PAGES = []

PAGES.append(page("b9059-quangnam-mttq-ngayhoi-2017", """
Báo Quảng Nam
Thời sự › Chính trị
15/11/2017 - 06:30
Toàn cảnh ngày hội tại thôn Tân Phú. Ảnh: N.Đ
Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự Ngày hội Đại đoàn kết ở Duy Xuyên
(QNO) - Ngày 14.11, tại thôn Tân Phú, xã Duy Châu, huyện Duy Xuyên, Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2017. Tham dự có đồng chí Trương Thị Ngọc Liên, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Nguyễn Thị Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Huỳnh Thị Xuân, Lê Văn Bảy, Nguyễn Tấn Phát.
Thôn Tân Phú có 512 hộ với 2.016 khẩu. Năm 2017, dù bị ảnh hưởng nặng nề của bão số 12, nhân dân trong thôn vẫn đoàn kết khắc phục hậu quả, giúp nhau dựng lại 47 ngôi nhà bị tốc mái. Ban Công tác Mặt trận thôn vận động con em xa quê ủng hộ trên 315 triệu đồng, cùng Nhà nước làm 2,4 km đường bê tông và 1 nhà văn hóa thôn. Toàn thôn có 478 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 93,36%; hộ nghèo giảm còn 16 hộ.
Ông Võ Thành Châu, Bí thư Chi bộ kiêm Trưởng thôn Tân Phú cho biết, thôn đã xây dựng 3 mô hình "Camera an ninh", "Tuyến đường hoa", "Tổ phụ nữ tiết kiệm" theo Kế hoạch số 68/KH-MTTQ-BTT ngày 5/7/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Phát biểu tại ngày hội, Phó Chủ tịch Trương Thị Ngọc Liên chúc mừng thành tích của nhân dân thôn Tân Phú, đề nghị tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, phát huy tinh thần tương thân tương ái sau bão lũ.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng thôn 50 triệu đồng; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho Ban Công tác Mặt trận thôn Tân Phú; UBND huyện Duy Xuyên tặng Giấy khen cho 8 hộ gia đình văn hóa tiêu biểu. Các nhà hảo tâm trao 70 suất quà cho các hộ bị thiệt hại do bão, mỗi suất gồm 1 triệu đồng tiền mặt và 10 kg gạo; trao 5 xe đạp cho học sinh nghèo.
Bà Phan Thị Mười, một hộ có nhà bị sập trong bão, xúc động: "Nhờ bà con trong thôn góp công, góp của mà nhà tôi kịp dựng lại trước mùa mưa".
Theo Ủy ban MTTQ Việt Nam tỉnh, năm 2017 có 1.412 khu dân cư trong tỉnh tổ chức ngày hội; riêng huyện Duy Xuyên có 107 thôn, khối phố tổ chức, vận động được khoảng 1,6 tỷ đồng để tặng quà và sửa nhà cho hộ nghèo.
Buổi tối, đội văn nghệ thôn biểu diễn 12 tiết mục và tổ chức hát bài chòi phục vụ bà con.
Nguyễn Đoan
TIN CÙNG CHUYÊN MỤC
- Núi Thành: trao 30 nhà Đại đoàn kết (13.11.2017)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 9 (10.11.2017)
""", "2017-11-15", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự Ngày hội Đại đoàn kết ở Duy Xuyên",
E("khac", None, "2017-11-14"),
[P("Trương Thị Ngọc Liên", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Phó Chủ tịch"),
 P("Nguyễn Thị Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
 P("Huỳnh Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Tấn Phát", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thành Châu", "Bí thư Chi bộ kiêm Trưởng thôn Tân Phú"),
 P("Phan Thị Mười")],
[Q("512 hộ", 512, "hộ"), Q("2.016 khẩu", 2016, "khẩu"), Q("47 ngôi nhà", 47, "ngôi nhà"),
 Q("trên 315 triệu đồng", 315000000, "đồng", "over"), Q("2,4 km", 2.4, "km"), Q("478 hộ", 478, "hộ"),
 Q("93,36%", 93.36, "%"), Q("16 hộ", 16, "hộ"), Q("3 mô hình", 3, "mô hình"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("8 hộ gia đình văn hóa tiêu biểu", 8, "hộ gia đình văn hóa tiêu biểu"), Q("70 suất quà", 70, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("10 kg", 10, "kg"), Q("5 xe đạp", 5, "xe đạp"), Q("1.412 khu dân cư", 1412, "khu dân cư"),
 Q("107 thôn, khối phố", 107, "thôn, khối phố"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("12 tiết mục", 12, "tiết mục")],
[D("Kế hoạch", "68", "KH-MTTQ-BTT", "2017-07-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 68/KH-MTTQ-BTT ngày 5/7/2017"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Quảng Nam"), com("Duy Châu")],
["Báo Quảng Nam", "Thời sự › Chính trị", "Toàn cảnh ngày hội tại thôn Tân Phú. Ảnh: N.Đ", "(QNO)",
 "Camera an ninh", "Tuyến đường hoa", "Tổ phụ nữ tiết kiệm", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["15/11/2017 - 06:30", "Ngày 14.11", "bão số 12", "1 nhà văn hóa thôn", "năm 2017"]))

PAGES.append(page("b9060-camau-bdv-ngayhoi-2018", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ | Hoạt động | Dân vận cơ sở
Thứ Sáu, 16/11/2018 | 14:50
Ấp Kinh Tám vui Ngày hội Đại đoàn kết
Ngày 15/11/2018, ấp Kinh Tám, xã Khánh Bình Tây Bắc, huyện Trần Văn Thời, tỉnh Cà Mau tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018. Đồng chí Trần Hồng Quảng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chung vui cùng bà con. Cùng dự có đồng chí Lâm Văn Bi, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện và đồng chí Nguyễn Thị Hồng Nhung, Bí thư Đảng ủy, Chủ tịch HĐND xã Khánh Bình Tây Bắc.
Ấp Kinh Tám có 624 hộ, 2.480 nhân khẩu, sống bằng nghề nuôi tôm - trồng lúa và khai thác thủy sản ven biển. Năm 2018, ấp vận động nhân dân đóng góp trên 1,3 tỷ đồng và hơn 2.000 ngày công xây dựng 6 cây cầu giao thông nông thôn, nạo vét 3,5 km kênh thủy lợi; 581 hộ đạt gia đình văn hóa (93,1%). Tổ Nhân dân tự quản phối hợp công an xã hòa giải thành 14 vụ tranh chấp đất đai, không để phát sinh điểm nóng. Qua bình xét, ấp còn 19 hộ nghèo và 27 hộ cận nghèo.
Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Bí thư về thực hiện Quy chế dân vận trong hệ thống chính trị và Kế hoạch số 41-KH/BDVTU của Ban Dân vận Tỉnh ủy, ấp Kinh Tám được chọn xây dựng mô hình "Dân vận khéo" về vận động nhân dân hiến đất làm lộ giao thông; đến nay 72 hộ đã hiến trên 6.500 m2 đất.
Phát biểu tại ngày hội, đồng chí Trần Hồng Quảng đánh giá cao tinh thần tự lực, tự cường của bà con. "Ấp Kinh Tám là minh chứng cho thấy khi lòng dân đã thuận, việc khó mấy cũng thành", đồng chí nói và đề nghị cán bộ ấp tiếp tục nắm chắc tâm tư, nguyện vọng của nhân dân.
Nhân dịp này, UBND tỉnh tặng Bằng khen cho 2 tập thể và 3 cá nhân; UBND huyện tặng Giấy khen cho 7 hộ gia đình tiêu biểu. Ban Dân vận Tỉnh ủy trao 50 phần quà, mỗi phần trị giá 300.000 đồng và 1 căn nhà tình thương trị giá 40 triệu đồng cho hộ ông Danh Nhỏ, hộ nghèo người Khmer trong ấp. Các mạnh thường quân tặng thêm 100 phần quà gồm gạo, dầu ăn, tổng trị giá khoảng 25 triệu đồng.
Ông Danh Nhỏ rưng rưng: "Vợ chồng tôi ở nhà lá hơn 20 năm rồi, giờ có nhà mới mừng lắm".
Theo báo cáo của Ủy ban MTTQ Việt Nam tỉnh, năm 2018 toàn tỉnh Cà Mau có 878 ấp, khóm tổ chức ngày hội, đạt 100%. Trong đợt cao điểm từ ngày 1 đến 18/11, Mặt trận các cấp đã vận động trao 236 căn nhà Đại đoàn kết với tổng trị giá hơn 9,4 tỷ đồng, trao trên 12.000 phần quà cho hộ nghèo, gia đình chính sách.
Ngày hội kết thúc với các trò chơi dân gian: kéo co, chạy bao bố, đập nồi và bữa cơm chung của 300 hộ dân.
Minh Khang
Tin khác
- U Minh: 94 ấp, khóm tổ chức Ngày hội Đại đoàn kết (14/11/2018)
- Trao 15 căn nhà Đại đoàn kết cho hộ nghèo Năm Căn (09/11/2018)
- Hội nghị giao ban công tác dân vận quý III (05/10/2018)
""", "2018-11-16", "Ấp Kinh Tám vui Ngày hội Đại đoàn kết",
E("khac", None, "2018-11-15"),
[P("Trần Hồng Quảng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Bi", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Hồng Nhung", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Khánh Bình Tây Bắc"),
 P("Danh Nhỏ")],
[Q("624 hộ", 624, "hộ"), Q("2.480 nhân khẩu", 2480, "nhân khẩu"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("hơn 2.000 ngày công", 2000, "ngày công", "over"), Q("6 cây cầu giao thông nông thôn", 6, "cây cầu giao thông nông thôn"),
 Q("3,5 km", 3.5, "km"), Q("581 hộ", 581, "hộ"), Q("93,1%", 93.1, "%"), Q("14 vụ tranh chấp đất đai", 14, "vụ tranh chấp đất đai"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("27 hộ cận nghèo", 27, "hộ cận nghèo"), Q("72 hộ", 72, "hộ"),
 Q("trên 6.500 m2", 6500, "m2", "over"), Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"),
 Q("7 hộ gia đình tiêu biểu", 7, "hộ gia đình tiêu biểu"), Q("50 phần quà", 50, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("100 phần quà", 100, "phần quà"), Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"),
 Q("878 ấp, khóm", 878, "ấp, khóm"), Q("236 căn nhà Đại đoàn kết", 236, "căn nhà Đại đoàn kết"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("trên 12.000 phần quà", 12000, "phần quà", "over"), Q("300 hộ dân", 300, "hộ dân")],
[D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Bí thư", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Kế hoạch", "41", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 41-KH/BDVTU")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ | Hoạt động | Dân vận cơ sở", "Dân vận khéo", "Quy chế dân vận"],
["Thứ Sáu, 16/11/2018 | 14:50", "1 căn nhà tình thương", "hơn 20 năm", "năm 2018", "từ ngày 1 đến 18/11"]))

PAGES.append(page("b9061-laocai-mttq-ngayhoi-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
You are here: Trang chủ / Tin tức - Sự kiện
Cập nhật lúc 16:10 ngày 14/11/2019
Các đại biểu trao Bằng khen cho thôn Lùng Phình.
Bắc Hà: Ngày hội Đại đoàn kết ở thôn Lùng Phình
Ngày 13/11, Ban Công tác Mặt trận thôn Lùng Phình, xã Lùng Phình, huyện Bắc Hà tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019. Dự ngày hội có đồng chí Giàng Seo Phìn, Phó Chủ tịch HĐND tỉnh Lào Cai; đồng chí Hoàng Thị Dung, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sùng A Hồ, HUV, Chủ tịch UBND xã Lùng Phình.
Thôn Lùng Phình có 148 hộ, 716 khẩu, 100% là đồng bào Mông. Năm 2019, thôn có 121 hộ đạt gia đình văn hóa; tỷ lệ hộ nghèo giảm từ 41,2% xuống còn 29,7%. Thôn đã xóa bỏ tục lệ ma chay kéo dài, không còn tảo hôn; 100% trẻ em 6 tuổi vào lớp 1. Nhân dân góp 780 ngày công, hiến 1.600 m2 đất làm đường liên thôn; 35 hộ trồng mận tam hoa và chè cổ thụ với thu nhập từ 30 triệu đồng/hộ/năm trở lên.
Theo đồng chí Sùng A Hồ, thôn thực hiện tốt Nghị quyết số 10-NQ/TU ngày 12/4/2016 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và Hướng dẫn số 62/HD-MTTW-BTT ngày 22/8/2019 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2019.
Phát biểu tại ngày hội, đồng chí Giàng Seo Phìn biểu dương người có uy tín Thào Seo Sà đã đi đầu vận động 12 hộ bỏ tục thách cưới, vận động 2 hộ bỏ theo tà đạo "Giê Sùa" trở về với phong tục truyền thống. Đồng chí mong bà con tiếp tục đoàn kết, giữ gìn bản sắc văn hóa dân tộc Mông, bảo vệ rừng đầu nguồn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho thôn Lùng Phình; UBND huyện Bắc Hà tặng Giấy khen cho 6 cá nhân có thành tích trong phong trào xây dựng nông thôn mới. Các đại biểu trao tặng 40 chăn ấm, 40 suất quà cho hộ nghèo, mỗi suất trị giá 350.000 đồng và 20 bộ quần áo ấm cho học sinh bán trú. Tổng giá trị quà tặng hơn 30 triệu đồng.
Ông Thào Seo Sà, người có uy tín thôn Lùng Phình chia sẻ: "Trước đây cưới hỏi phải mổ trâu, mổ lợn, nợ nần nhiều năm. Bây giờ bà con làm gọn nhẹ, tiền để dành cho con đi học".
Cũng trong dịp này, các đồng chí lãnh đạo tỉnh được phân công dự ngày hội ở 9 huyện, thị xã, thành phố. Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2019 toàn tỉnh có 1.614 thôn, tổ dân phố tổ chức ngày hội; Mặt trận các cấp vận động được hơn 4,6 tỷ đồng ủng hộ Quỹ "Vì người nghèo".
Trong ngày hội, bà con tham gia thi thổi khèn, múa khèn, ném pao, đánh yến; các gian hàng giới thiệu mận, chè, rượu ngô của thôn.
Ngọc Bích
Tin liên quan
- Bảo Yên: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (12/11/2019)
- Lào Cai: trao 150 nhà Đại đoàn kết (08/11/2019)
""", "2019-11-14", "Bắc Hà: Ngày hội Đại đoàn kết ở thôn Lùng Phình",
E("khac", None, "2019-11-13"),
[P("Giàng Seo Phìn", "Phó Chủ tịch HĐND tỉnh Lào Cai"),
 P("Hoàng Thị Dung", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Hồ", "HUV", "Chủ tịch UBND xã Lùng Phình"),
 P("Thào Seo Sà", "người có uy tín", "người có uy tín thôn Lùng Phình")],
[Q("148 hộ", 148, "hộ"), Q("716 khẩu", 716, "khẩu"), Q("100%", 100, "%"), Q("121 hộ", 121, "hộ"),
 Q("41,2%", 41.2, "%"), Q("29,7%", 29.7, "%"), Q("780 ngày công", 780, "ngày công"), Q("1.600 m2", 1600, "m2"),
 Q("35 hộ", 35, "hộ"), Q("từ 30 triệu đồng/hộ/năm trở lên", 30000000, "đồng", "over"), Q("12 hộ", 12, "hộ"), Q("2 hộ", 2, "hộ"),
 Q("6 cá nhân", 6, "cá nhân"), Q("40 chăn ấm", 40, "chăn ấm"), Q("40 suất quà", 40, "suất quà"), Q("350.000 đồng", 350000, "đồng"),
 Q("20 bộ quần áo ấm", 20, "bộ quần áo ấm"), Q("hơn 30 triệu đồng", 30000000, "đồng", "over"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("1.614 thôn, tổ dân phố", 1614, "thôn, tổ dân phố"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over")],
[D("Nghị quyết", "10", "NQ/TU", "2016-04-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 12/4/2016"),
 D("Hướng dẫn", "62", "HD-MTTW-BTT", "2019-08-22", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 62/HD-MTTW-BTT ngày 22/8/2019")],
[prov("Lào Cai"), com("Lùng Phình")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "You are here: Trang chủ / Tin tức - Sự kiện",
 "Các đại biểu trao Bằng khen cho thôn Lùng Phình.", "Giê Sùa", "Vì người nghèo"],
["Cập nhật lúc 16:10 ngày 14/11/2019", "6 tuổi", "lớp 1", "năm 2019"]))

PAGES.append(page("b9062-bentre-mttq-ngayhoi-2019", """
Báo Đồng Khởi Online
Chính trị >> Mặt trận - Đoàn thể
Thứ Sáu, 15/11/2019, 17:20
Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự Ngày hội Đại đoàn kết ở ấp An Thạnh
ĐK - Sáng 15-11-2019, tại ấp An Thạnh, xã An Hiệp, huyện Châu Thành, tỉnh Bến Tre, Ban Công tác Mặt trận ấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019, chào mừng kỷ niệm 89 năm Ngày truyền thống MTTQ Việt Nam. Dự có bà Nguyễn Thị Thu Vinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Văn Hùng, Phó Bí thư Thường trực Huyện ủy Châu Thành; Linh mục Giuse Trần Văn Lộc, Chánh xứ giáo xứ An Hiệp và Hòa thượng Thích Minh Tâm, trụ trì chùa Long Phước.
Ấp An Thạnh có 487 hộ, 1.853 nhân khẩu, trong đó có 132 hộ đồng bào Công giáo và 64 hộ theo đạo Cao Đài. Năm qua, bà con các tôn giáo cùng chung tay xây dựng nông thôn mới nâng cao: đóng góp trên 540 triệu đồng láng nhựa 2,7 km đường ấp, lắp đặt 14 camera an ninh. Tỷ lệ hộ gia đình văn hóa đạt 95,28%; thu nhập bình quân 51 triệu đồng/người/năm; hộ nghèo còn 6 hộ, hộ cận nghèo 13 hộ. Ấp có 23 hộ sản xuất, kinh doanh giỏi các cấp với mô hình trồng bưởi da xanh, nuôi dê.
Ông Đoàn Văn Bé Tư, Trưởng ban Công tác Mặt trận ấp An Thạnh cho biết, thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy Bến Tre về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh và Kế hoạch số 57/KH-MTTQ-BTT ngày 10/9/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ấp đã chọn 3 tuyến đường "sáng - xanh - sạch - đẹp" làm công trình chào mừng ngày hội.
Phát biểu chúc mừng, bà Nguyễn Thị Thu Vinh đánh giá cao sự đồng hành của các chức sắc tôn giáo trong vận động nhân dân. "Ngày hội không chỉ là dịp vui mà còn là dịp để mỗi người dân nhìn lại, cùng bàn việc làng, việc nước", bà nói.
Tại ngày hội, UBND tỉnh tặng Bằng khen cho ấp An Thạnh vì thành tích xuất sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" giai đoạn 2015 - 2019; UBND huyện tặng Giấy khen cho 4 tập thể, 10 cá nhân. Ủy ban MTTQ Việt Nam tỉnh và các đơn vị tài trợ trao 60 phần quà, mỗi phần trị giá 500.000 đồng; trao 2 căn nhà Đại đoàn kết với tổng trị giá 80 triệu đồng cho hộ ông Nguyễn Văn Út và bà Võ Thị Bảy. Giáo xứ An Hiệp tặng thêm 30 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo hiếu học.
Ông Nguyễn Văn Út nói trong niềm vui: "Cả đời tôi mơ có căn nhà vững chãi, nay nhờ Mặt trận, nhờ bà con lối xóm mà có được".
Dịp này, huyện Châu Thành có 115 ấp, khu phố tổ chức ngày hội; tổng số tiền và hiện vật vận động được khoảng 2,3 tỷ đồng.
Hữu Hiệp
Tin liên quan
- Mỏ Cày Nam: trao 20 căn nhà Đại đoàn kết (13/11/2019)
- Bến Tre: họp mặt kỷ niệm 89 năm Ngày truyền thống MTTQ (12/11/2019)
""", "2019-11-15", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự Ngày hội Đại đoàn kết ở ấp An Thạnh",
E("khac", None, "2019-11-15"),
[P("Nguyễn Thị Thu Vinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hùng", "Phó Bí thư Thường trực Huyện ủy Châu Thành"),
 P("Giuse Trần Văn Lộc", "Linh mục", "Chánh xứ giáo xứ An Hiệp"),
 P("Thích Minh Tâm", "Hòa thượng", "trụ trì chùa Long Phước"),
 P("Đoàn Văn Bé Tư", "Trưởng ban Công tác Mặt trận ấp An Thạnh"),
 P("Nguyễn Văn Út"), P("Võ Thị Bảy")],
[Q("487 hộ", 487, "hộ"), Q("1.853 nhân khẩu", 1853, "nhân khẩu"), Q("132 hộ đồng bào Công giáo", 132, "hộ đồng bào Công giáo"),
 Q("64 hộ", 64, "hộ"), Q("trên 540 triệu đồng", 540000000, "đồng", "over"), Q("2,7 km", 2.7, "km"),
 Q("14 camera an ninh", 14, "camera an ninh"), Q("95,28%", 95.28, "%"), Q("51 triệu đồng", 51000000, "đồng"),
 Q("6 hộ", 6, "hộ"), Q("13 hộ", 13, "hộ"), Q("23 hộ sản xuất, kinh doanh giỏi", 23, "hộ sản xuất, kinh doanh giỏi"),
 Q("3 tuyến đường", 3, "tuyến đường"), Q("4 tập thể", 4, "tập thể"), Q("10 cá nhân", 10, "cá nhân"),
 Q("60 phần quà", 60, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("115 ấp, khu phố", 115, "ấp, khu phố"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy Bến Tre", "Chương trình hành động số 12-CTr/TU"),
 D("Kế hoạch", "57", "KH-MTTQ-BTT", "2019-09-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 57/KH-MTTQ-BTT ngày 10/9/2019")],
[prov("Bến Tre"), com("An Hiệp")],
["Báo Đồng Khởi Online", "Chính trị >> Mặt trận - Đoàn thể", "ĐK -", "sáng - xanh - sạch - đẹp",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Giáo xứ An Hiệp", "chùa Long Phước"],
["Thứ Sáu, 15/11/2019, 17:20", "89 năm", "giai đoạn 2015 - 2019", "năm 2019"]))

PAGES.append(page("b9063-gialai-bdv-ngayhoi-2020", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị | Xã hội
12/11/2020, 18:35
Già làng Rơ Châm Thuyn (thứ 2 từ trái sang) nhận Giấy khen.
Phó Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết tại làng Ia Gri
(GLO)- Chiều 12-11, tại làng Ia Gri, xã Ia Phí, huyện Chư Păh, đồng chí Ksor Phước Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Gia Lai đã dự Ngày hội Đại đoàn kết toàn dân tộc năm 2020 cùng bà con. Cùng dự có đồng chí Rah Lan Thơm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Siu Hương, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy.
Do ảnh hưởng của dịch Covid-19, ngày hội năm nay được tổ chức gọn nhẹ, bảo đảm an toàn theo Công văn số 1540/UBND-KGVX của UBND tỉnh về phòng, chống dịch. Làng Ia Gri có 203 hộ với 968 khẩu, trong đó đồng bào Jrai chiếm 97%. Năm 2020, làng giảm được 14 hộ nghèo, còn 22 hộ nghèo, chiếm 10,8%. Bà con đã hiến 3.400 m2 đất và đóng góp 156 ngày công để làm đường nội làng; 168 hộ đạt danh hiệu gia đình văn hóa. Làng đã duy trì 2 tổ hợp tác trồng cà phê, mì với 47 thành viên.
Theo già làng Rơ Châm Thuyn, nhờ thực hiện tốt Quy chế dân chủ ở cơ sở và Nghị quyết số 06-NQ/TU ngày 20/10/2016 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận vùng đồng bào dân tộc thiểu số, bà con trong làng hiểu rõ chủ trương, không nghe theo kẻ xấu lôi kéo vào "Tin lành Đê Ga" hay vượt biên trái phép.
Phát biểu tại ngày hội, đồng chí Ksor Phước Hiền ghi nhận những nỗ lực của làng Ia Gri, đặc biệt vai trò của người có uy tín; đề nghị bà con tích cực tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", cho con em đi học đầy đủ, không để xảy ra tảo hôn, hôn nhân cận huyết thống.
Nhân dịp này, UBND huyện Chư Păh tặng Giấy khen cho các ông: Rơ Châm Thuyn, Ksor Blếch, Rơ Mah Hyer - người có uy tín làng Ia Gri vì có thành tích trong vận động quần chúng. Ban Dân vận Tỉnh ủy trao tặng làng 1 bộ cồng chiêng trị giá 30 triệu đồng; đồng chí Ksor Phước Hiền trao 50 suất quà cho hộ nghèo, mỗi suất 400.000 đồng. Công ty TNHH MTV Cà phê Gia Lai tặng 100 chiếc áo ấm cho học sinh.
Bà H'Yên, một hộ thoát nghèo năm 2020 cho biết, nhờ vay 50 triệu đồng từ Ngân hàng Chính sách xã hội, gia đình trồng thêm 1 ha cà phê, nuôi 3 con bò.
Theo Ban Dân vận Tỉnh ủy, năm 2020 toàn tỉnh có 2.213 thôn, làng, tổ dân phố tổ chức ngày hội; các đồng chí Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy dự ở 17 huyện, thị xã, thành phố.
Kết thúc phần lễ, bà con cùng đánh chiêng, múa xoang, uống rượu cần và dự bữa cơm đoàn kết.
Đinh Yến
Tin khác
- Đak Đoa: 100% làng tổ chức Ngày hội Đại đoàn kết (11/11/2020)
- Gia Lai: trao 210 nhà Đại đoàn kết (05/11/2020)
""", "2020-11-12", "Phó Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết tại làng Ia Gri",
E("khac", None, "2020-11-12"),
[P("Ksor Phước Hiền", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Gia Lai"),
 P("Rah Lan Thơm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Hương", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm Thuyn", "già làng", "người có uy tín làng Ia Gri"),
 P("Ksor Blếch", "người có uy tín làng Ia Gri"),
 P("Rơ Mah Hyer", "người có uy tín làng Ia Gri"),
 P("H'Yên")],
[Q("203 hộ", 203, "hộ"), Q("968 khẩu", 968, "khẩu"), Q("97%", 97, "%"), Q("14 hộ nghèo", 14, "hộ nghèo"),
 Q("22 hộ nghèo", 22, "hộ nghèo"), Q("10,8%", 10.8, "%"), Q("3.400 m2", 3400, "m2"), Q("156 ngày công", 156, "ngày công"),
 Q("168 hộ", 168, "hộ"), Q("2 tổ hợp tác", 2, "tổ hợp tác"), Q("47 thành viên", 47, "thành viên"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("50 suất quà", 50, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("100 chiếc áo ấm", 100, "chiếc áo ấm"), Q("50 triệu đồng", 50000000, "đồng"), Q("1 ha", 1, "ha"), Q("3 con bò", 3, "con bò"),
 Q("2.213 thôn, làng, tổ dân phố", 2213, "thôn, làng, tổ dân phố"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố")],
[D("Công văn", "1540", "UBND-KGVX", None, "UBND tỉnh", "Công văn số 1540/UBND-KGVX"),
 D("Nghị quyết", "06", "NQ/TU", "2016-10-20", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 06-NQ/TU ngày 20/10/2016")],
[prov("Gia Lai"), com("Ia Phí")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị | Xã hội", "Già làng Rơ Châm Thuyn (thứ 2 từ trái sang) nhận Giấy khen.", "(GLO)",
 "Tin lành Đê Ga", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Quy chế dân chủ ở cơ sở", "Covid-19",
 "Công ty TNHH MTV Cà phê Gia Lai", "Ngân hàng Chính sách xã hội"],
["12/11/2020, 18:35", "thứ 2 từ trái sang", "Chiều 12-11", "1 bộ cồng chiêng", "năm 2020"]))

PAGES.append(page("b9064-thaibinh-mttq-ngayhoi-2020", """
Báo Thái Bình điện tử
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 18/11/2020 - 08:40
Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Cổ Dũng
Ngày 17/11, tại thôn Cổ Dũng, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình, Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 chào mừng 90 năm Ngày thành lập MTTQ Việt Nam. Dự ngày hội có đồng chí Ngô Đông Hòa, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Phạm Văn Xuyên - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Nguyễn Hồng Khiêm - Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Trần Đức Vượng, Bí thư Huyện ủy Vũ Thư.
Thôn Cổ Dũng có 425 hộ với 1.582 nhân khẩu. Năm 2020, mặc dù chịu ảnh hưởng của dịch bệnh, kinh tế của thôn vẫn tăng trưởng khá; thu nhập bình quân đạt 56 triệu đồng/người/năm. Nhân dân đã đóng góp 1,8 tỷ đồng, cùng với nguồn hỗ trợ của tỉnh, huyện, xã xây dựng thôn đạt chuẩn khu dân cư kiểu mẫu; 98,4% hộ đạt gia đình văn hóa; thôn không còn hộ nghèo, chỉ còn 5 hộ cận nghèo. Các chi hội trong thôn tổ chức 18 buổi ra quân vệ sinh môi trường, trồng 1.200 cây xanh, làm 3,2 km tuyến đường hoa.
Theo bà Bùi Thị Thơm, Bí thư Chi bộ thôn, thôn thực hiện tốt Nghị quyết số 03-NQ/TU ngày 22/7/2016 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới kiểu mẫu và Hướng dẫn số 21/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức ngày hội năm 2020.
Phát biểu tại ngày hội, đồng chí Ngô Đông Hòa chúc mừng và biểu dương những thành tích của cán bộ, nhân dân thôn Cổ Dũng. Đồng chí nhấn mạnh: "Sức mạnh của khối đại đoàn kết bắt đầu từ mỗi khu dân cư. Thôn Cổ Dũng cần giữ vững, phát huy danh hiệu khu dân cư kiểu mẫu, không để ai bị bỏ lại phía sau".
Nhân dịp này, Bí thư Tỉnh ủy tặng thôn Cổ Dũng 50 triệu đồng; UBND tỉnh tặng Bằng khen cho thôn; Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 10 hộ gia đình tiêu biểu. Ủy ban MTTQ Việt Nam tỉnh trao 30 suất quà cho gia đình chính sách, hộ cận nghèo, mỗi suất 500.000 đồng; Công ty Cổ phần Thái Hưng tặng 20 xuất học bổng, mỗi xuất 1,5 triệu đồng cho học sinh vượt khó học giỏi.
Cụ ông Phạm Văn Dư, 85 tuổi, người cao tuổi tiêu biểu của thôn chia sẻ niềm tự hào khi quê hương đổi thay. Bà Vũ Thị Nga, Chi hội trưởng Chi hội Phụ nữ thôn cho biết, chi hội vừa vận động 42 hội viên góp 210 triệu đồng giúp nhau phát triển kinh tế.
Theo Ủy ban MTTQ Việt Nam tỉnh, năm nay có 1.839 khu dân cư trong tỉnh tổ chức ngày hội, đạt 100%.
Thu Hiền
Tin liên quan
- Hưng Hà: trao 25 nhà Đại đoàn kết (16/11/2020)
- Kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam (13/11/2020)
""", "2020-11-18", "Bí thư Tỉnh ủy dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Cổ Dũng",
E("khac", None, "2020-11-17"),
[P("Ngô Đông Hòa", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("Phạm Văn Xuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hồng Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Đức Vượng", "Bí thư Huyện ủy Vũ Thư"),
 P("Bùi Thị Thơm", "Bí thư Chi bộ thôn"),
 P("Phạm Văn Dư", "người cao tuổi tiêu biểu của thôn"),
 P("Vũ Thị Nga", "Chi hội trưởng Chi hội Phụ nữ thôn")],
[Q("425 hộ", 425, "hộ"), Q("1.582 nhân khẩu", 1582, "nhân khẩu"), Q("56 triệu đồng", 56000000, "đồng"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("98,4%", 98.4, "%"), Q("5 hộ cận nghèo", 5, "hộ cận nghèo"),
 Q("18 buổi", 18, "buổi"), Q("1.200 cây xanh", 1200, "cây xanh"), Q("3,2 km", 3.2, "km"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("10 hộ gia đình tiêu biểu", 10, "hộ gia đình tiêu biểu"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("20 xuất học bổng", 20, "xuất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("42 hội viên", 42, "hội viên"),
 Q("210 triệu đồng", 210000000, "đồng"), Q("1.839 khu dân cư", 1839, "khu dân cư"), Q("100%", 100, "%")],
[D("Nghị quyết", "03", "NQ/TU", "2016-07-22", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 22/7/2016"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 21/HD-MTTQ-BTT")],
[prov("Thái Bình"), com("Vũ Hội")],
["Báo Thái Bình điện tử", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Công ty Cổ phần Thái Hưng"],
["Thứ Tư, 18/11/2020 - 08:40", "90 năm", "85 tuổi", "năm 2020"]))
