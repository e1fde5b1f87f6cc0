from lib import *
PAGES = []

PAGES.append(page("b8195-kontum-bana-chandung-2017", """
BÁO KON TUM ĐIỆN TỬ
Xã hội › Người tốt việc tốt
Thứ Sáu, 03/11/2017 - 07:30
Chị Y Blưm (bìa phải) hướng dẫn khách nước ngoài dệt thổ cẩm.
Người phụ nữ Ba Na giữ lửa homestay ở làng Kon Kơ Tu
BKT - Nằm bên dòng Đăk Bla, làng Kon Kơ Tu (xã Đăk Rơ Wa, thành phố Kon Tum) có 112 hộ đồng bào Ba Na sinh sống. Cách đây 5 năm, chị Y Blưm là người đầu tiên trong làng mạnh dạn sửa lại nhà sàn để đón khách nghỉ đêm; đến nay làng đã có 9 nhà sàn làm homestay.
Năm 2012, khi thấy nhiều đoàn khách Tây đạp xe qua làng chỉ chụp ảnh rồi đi, chị Y Blưm cùng chồng là anh A Thuận vay 30 triệu đồng, làm thêm nhà vệ sinh, mua 10 tấm nệm. Tháng đầu tiên chỉ có 2 đoàn khách, nhưng nhờ khách giới thiệu nhau, năm 2016 nhà chị đón khoảng 1.100 lượt khách, thu về hơn 150 triệu đồng.
Điều khiến người làng quý chị là cách chị chia khách. Mỗi khi nhà đã kín chỗ, chị gọi khách sang nhà hàng xóm; bữa cơm lam, gà nướng thì đặt các chị em trong tổ dệt nấu; buổi tối khách xem cồng chiêng thì mời đội chiêng của làng với 16 nghệ nhân. "Khách đến là khách của làng, mình không giữ một mình được", chị nói.
Già làng A Kôr kể, trước đây thanh niên trong làng bỏ đi làm thuê ở thành phố, nay có khoảng 20 người ở lại làm hướng dẫn, chèo thuyền độc mộc, bán hàng lưu niệm. Tổ dệt thổ cẩm do chị Y Blưm làm tổ trưởng có 25 thành viên, mỗi người có thêm từ 1,5 đến 2 triệu đồng/tháng.
Năm 2016, được chính quyền hỗ trợ, làng lập Tổ du lịch cộng đồng với quy ước mỗi hộ đón khách góp 20.000 đồng/khách vào quỹ chung để sửa nhà rông, làm đường bê tông ra bến thuyền. Quỹ đến nay có gần 40 triệu đồng, được công khai tại nhà rông vào mỗi dịp họp làng.
Ông A Nhiên, Phó Chủ tịch UBND xã Đăk Rơ Wa, cho biết xã đang hướng dẫn làng thực hiện Kế hoạch số 2213/KH-UBND ngày 25/8/2016 của UBND tỉnh Kon Tum về phát triển du lịch cộng đồng, trong đó Kon Kơ Tu được chọn là 1 trong 3 làng điểm của tỉnh. "Chị Y Blưm không chỉ làm giàu cho gia đình mà còn kéo cả làng cùng làm, đó là điều chúng tôi muốn nhân rộng", ông A Nhiên nói.
Năm 2017, chị Y Blưm được UBND tỉnh tặng bằng khen vì có thành tích trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Chị ấp ủ dự định mở thêm lớp dạy tiếng Anh giao tiếp cho thanh niên làng, để "người Ba Na tự kể chuyện làng mình cho khách nghe".
Nhìn những đoàn khách đạp xe qua cầu treo vào làng, chị cười: "Làng mình giờ đông vui như ngày hội".
Hồng Thắm
Tin cùng chuyên mục
- Thầy giáo trẻ dạy chữ cho học sinh người Xơ Đăng (27/10/2017)
- Già làng A Hmưu gương mẫu hiến đất làm đường (19/10/2017)
- Cô gái Giẻ Triêng làm giàu từ cây sâm dây (11/10/2017)
""", "2017-11-03", "Người phụ nữ Ba Na giữ lửa homestay ở làng Kon Kơ Tu",
E("khac", None, None),
[P("Y Blưm", "tổ trưởng"), P("A Thuận"), P("A Kôr", "Già làng"),
 P("A Nhiên", "Phó Chủ tịch UBND xã Đăk Rơ Wa")],
[Q("112 hộ đồng bào Ba Na", 112, "hộ đồng bào Ba Na"), Q("9 nhà sàn", 9, "nhà sàn"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("10 tấm nệm", 10, "tấm nệm"), Q("2 đoàn khách", 2, "đoàn khách"), Q("khoảng 1.100 lượt khách", 1100, "lượt khách", "approx"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("16 nghệ nhân", 16, "nghệ nhân"),
 Q("khoảng 20 người", 20, "người", "approx"), Q("25 thành viên", 25, "thành viên"),
 Q("từ 1,5 đến 2 triệu đồng", 1500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("20.000 đồng", 20000, "đồng"),
 Q("gần 40 triệu đồng", 40000000, "đồng", "approx"), Q("3 làng điểm", 3, "làng điểm")],
[D("Kế hoạch", "2213", "KH-UBND", "2016-08-25", "UBND tỉnh Kon Tum", "Kế hoạch số 2213/KH-UBND ngày 25/8/2016")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội › Người tốt việc tốt", "Chị Y Blưm (bìa phải) hướng dẫn khách nước ngoài dệt thổ cẩm.",
 "BKT", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tổ du lịch cộng đồng"],
["Thứ Sáu, 03/11/2017 - 07:30", "5 năm", "Năm 2012", "Tháng đầu tiên", "năm 2016", "Năm 2017", "1 trong 3"]))

PAGES.append(page("b8196-lamdong-kho-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Vị trí: Trang chủ :: Dân vận các cấp :: Huyện, thành ủy
Thứ Sáu, 05/10/2018
Ảnh: Quang cảnh hội nghị giao ban.
Lạc Dương: Khối dân vận bàn giải pháp để đồng bào K'Ho hưởng lợi từ du lịch
Ngày 03/10, Ban Dân vận Huyện ủy Lạc Dương tổ chức giao ban khối dân vận quý III năm 2018. Chủ trì hội nghị có đồng chí Liêng Hót Ha Năm, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Hội nghị dành phần lớn thời gian thảo luận chuyên đề phát triển du lịch cộng đồng ở xã Lát và xã Đạ Sar.
Báo cáo quý III cho thấy, các thôn Đơng K'Si, Bon Đưng 1, Bon Đưng 2 (xã Lát) đón khoảng 4.200 lượt khách tham quan, ở lại homestay, xem biểu diễn cồng chiêng; 14 hộ người K'Ho làm dịch vụ lưu trú. Tuy nhiên, phần lớn các điểm cồng chiêng do doanh nghiệp ở thành phố Đà Lạt khai thác, nghệ nhân chỉ được trả 100.000 - 150.000 đồng/buổi diễn; có 3 vụ việc tranh chấp đất ven đồi thông giữa hộ dân với doanh nghiệp làm khu cắm trại.
Tại hội nghị, các đồng chí Phó Chủ tịch UBND xã: Cil Ha Bia (xã Lát), Kră Jăn Ha Thuyên (xã Đạ Sar) kiến nghị huyện có quy định doanh nghiệp thuê nghệ nhân phải trả phần trăm trên vé cho quỹ buôn. Ông Rơ Ông Ha Biên, Bí thư Chi bộ thôn Đơng K'Si, cho biết chi bộ đã ra nghị quyết về giữ đất, không bán đất cho người ngoài; 27 hộ cam kết cùng làm du lịch.
Bà Đa Cát K'Hiên, Chủ tịch Hội LHPN huyện, thông tin Hội đã thành lập 2 tổ hợp tác dệt thổ cẩm với 38 chị em, doanh thu quý III khoảng 95 triệu đồng. Đồng chí Nguyễn Minh Tâm, Phó Trưởng Ban Dân vận Huyện ủy, đề nghị các đoàn thể đưa nội dung chia sẻ lợi ích vào hương ước thôn.
Kết luận hội nghị, đồng chí Liêng Hót Ha Năm yêu cầu các cơ quan khối dân vận tiếp tục thực hiện Kết luận 25, 26-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong đồng bào dân tộc thiểu số và về phát triển du lịch cộng đồng; tham mưu UBND huyện triển khai Quyết định số 1509/QĐ-UBND ngày 17/7/2018 của UBND tỉnh Lâm Đồng về đề án du lịch cộng đồng gắn với bảo tồn không gian văn hóa cồng chiêng. Quý IV, khối dân vận phối hợp tổ chức ít nhất 2 buổi đối thoại giữa chính quyền xã với doanh nghiệp và người dân; phấn đấu 100% thôn có đồng bào K'Ho làm du lịch xây dựng quy ước chia sẻ lợi ích.
Đồng chí cũng đề nghị Ủy ban MTTQ các xã tăng cường giám sát việc doanh nghiệp thực hiện cam kết với người dân, phát hiện sớm các mâu thuẫn về đất đai để hòa giải ngay từ cơ sở.
K'Thuận - Ban Dân vận Huyện ủy Lạc Dương
Tin khác
- Đam Rông: sơ kết mô hình dân vận khéo (28/09/2018)
- Di Linh: vận động đồng bào không phá rừng làm rẫy (20/09/2018)
- Hội nghị cung cấp thông tin cho người có uy tín (12/09/2018)
""", "2018-10-05", "Lạc Dương: Khối dân vận bàn giải pháp để đồng bào K'Ho hưởng lợi từ du lịch",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Liêng Hót Ha Năm", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cil Ha Bia", "Phó Chủ tịch UBND xã"), P("Kră Jăn Ha Thuyên", "Phó Chủ tịch UBND xã"),
 P("Rơ Ông Ha Biên", "Bí thư Chi bộ thôn Đơng K'Si"), P("Đa Cát K'Hiên", "Chủ tịch Hội LHPN huyện"),
 P("Nguyễn Minh Tâm", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("khoảng 4.200 lượt khách", 4200, "lượt khách", "approx"), Q("14 hộ người K'Ho", 14, "hộ người K'Ho"),
 Q("100.000 - 150.000 đồng", 100000, "đồng"), Q("150.000 đồng", 150000, "đồng"),
 Q("3 vụ việc tranh chấp đất", 3, "vụ việc tranh chấp đất"), Q("27 hộ", 27, "hộ"), Q("2 tổ hợp tác dệt thổ cẩm", 2, "tổ hợp tác dệt thổ cẩm"),
 Q("38 chị em", 38, "chị em"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("ít nhất 2 buổi đối thoại", 2, "buổi đối thoại", "over"), Q("100% thôn", 100, "%")],
[D("Kết luận", "25", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 25, 26-KL/HU"),
 D("Kết luận", "26", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 25, 26-KL/HU"),
 D("Quyết định", "1509", "QĐ-UBND", "2018-07-17", "UBND tỉnh Lâm Đồng", "Quyết định số 1509/QĐ-UBND ngày 17/7/2018")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Sar")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Vị trí: Trang chủ :: Dân vận các cấp :: Huyện, thành ủy", "Ảnh: Quang cảnh hội nghị giao ban."],
["Thứ Sáu, 05/10/2018", "quý III năm 2018", "Quý IV"]))

PAGES.append(page("b8197-daklak-htx-daihoi-2019", """
Cổng Thông tin điện tử tỉnh Đắk Lắk
Trang chủ | Tin tức sự kiện | Kinh tế
Cập nhật lúc 09:15 ngày 12/08/2019
Buôn Akô Dhông thành lập hợp tác xã du lịch cộng đồng
Sáng 10/8/2019, tại nhà dài của buôn Akô Dhông, phường Tân Lợi, thành phố Buôn Ma Thuột, Hợp tác xã Du lịch cộng đồng Akô Dhông tổ chức Đại hội thành lập, nhiệm kỳ 2019 - 2024. Dự đại hội có bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn Thể, Phó Chủ tịch UBND thành phố Buôn Ma Thuột; ông Trần Quốc Bảo, Giám đốc Liên minh Hợp tác xã tỉnh.
Các đại biểu bấm nút khai trương Hợp tác xã.
Hợp tác xã có 29 thành viên sáng lập, đều là người Êđê trong buôn, với vốn điều lệ 580 triệu đồng; mỗi thành viên góp từ 10 đến 30 triệu đồng. Hợp tác xã sẽ quản lý chung 6 nhà dài đón khách nghỉ đêm, đội cồng chiêng 18 người, tổ nấu ăn và tổ dệt thổ cẩm; khách đặt phòng qua hợp tác xã, không qua từng hộ.
Theo phương án được đại hội thông qua, lợi nhuận sau thuế được phân chia: 70% chia cho thành viên theo mức độ sử dụng dịch vụ, 20% lập quỹ đầu tư phát triển, 10% lập quỹ phúc lợi của buôn dùng để hỗ trợ hộ nghèo, học sinh và tổ chức lễ cúng bến nước. Những hộ trong buôn không góp vốn nhưng nhận khách về ăn uống, biểu diễn vẫn được trả công theo bảng giá chung.
Đại hội đã bầu Hội đồng quản trị gồm 5 thành viên; ông Y Wơn Niê, Trưởng buôn Akô Dhông, được tín nhiệm giữ chức Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã; bà H'Lim Byă được bầu làm Phó Giám đốc; ông Y Bhim Mlô được bầu làm Trưởng Ban kiểm soát.
Phát biểu tại đại hội, bà H'Yim Kđoh đánh giá Akô Dhông là buôn văn hóa nằm giữa lòng thành phố, năm 2018 đã đón trên 15.000 lượt khách. Việc người dân tự đứng ra thành lập hợp tác xã là cách làm phù hợp với Nghị quyết số 12-NQ/TU ngày 20/6/2017 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch và Kế hoạch số 8651/KH-UBND của UBND tỉnh. Bà đề nghị thành phố hỗ trợ hợp tác xã xây dựng thương hiệu, giữ nguyên kiến trúc nhà dài, không để bê tông hóa buôn.
Ông Y Wơn Niê hứa sẽ đưa thêm 12 hộ vào làm thành viên trong năm 2020, mở tour "Một ngày làm người Êđê" và trích 2% doanh thu để sưu tầm, phục dựng các nghi lễ truyền thống.
Nhiều người dân trong buôn cho biết họ mong hợp tác xã sẽ giúp giá dịch vụ ổn định, tránh cảnh mỗi nhà chào khách một giá như trước đây, và người già, người không có nhà dài vẫn được hưởng phần từ quỹ phúc lợi. Nhân dịp này, Liên minh Hợp tác xã tỉnh trao tặng hợp tác xã 1 bộ cồng chiêng trị giá 45 triệu đồng.
H'Xíu
Tin liên quan
- Lắk: du lịch hồ Lắk và buôn Jun thu hút khách (05/08/2019)
- Krông Ana: hội thảo bảo tồn nhà dài Êđê (26/07/2019)
- Tập huấn kỹ năng du lịch cho người dân buôn Tơng Jú (15/07/2019)
""", "2019-08-12", "Buôn Akô Dhông thành lập hợp tác xã du lịch cộng đồng",
E("dai_hoi", None, "2019-08-10"),
[P("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Văn Thể", "Phó Chủ tịch UBND thành phố Buôn Ma Thuột"),
 P("Trần Quốc Bảo", "Giám đốc Liên minh Hợp tác xã tỉnh"),
 P("Y Wơn Niê", "Trưởng buôn Akô Dhông", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã"),
 P("H'Lim Byă", "Phó Giám đốc"), P("Y Bhim Mlô", "Trưởng Ban kiểm soát")],
[Q("29 thành viên sáng lập", 29, "thành viên sáng lập"), Q("580 triệu đồng", 580000000, "đồng"),
 Q("từ 10 đến 30 triệu đồng", 10000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("6 nhà dài", 6, "nhà dài"),
 Q("18 người", 18, "người"), Q("70%", 70, "%"), Q("20%", 20, "%"), Q("10%", 10, "%"), Q("5 thành viên", 5, "thành viên"),
 Q("trên 15.000 lượt khách", 15000, "lượt khách", "over"), Q("12 hộ", 12, "hộ"), Q("2%", 2, "%"),
 Q("45 triệu đồng", 45000000, "đồng")],
[D("Nghị quyết", "12", "NQ/TU", "2017-06-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 20/6/2017"),
 D("Kế hoạch", "8651", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 8651/KH-UBND")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["Cổng Thông tin điện tử tỉnh Đắk Lắk", "Trang chủ | Tin tức sự kiện | Kinh tế", "Các đại biểu bấm nút khai trương Hợp tác xã.",
 "Hợp tác xã Du lịch cộng đồng Akô Dhông", "Một ngày làm người Êđê", "Liên minh Hợp tác xã tỉnh"],
["Cập nhật lúc 09:15 ngày 12/08/2019", "nhiệm kỳ 2019 - 2024", "năm 2018", "năm 2020", "1 bộ cồng chiêng"]))

PAGES.append(page("b8198-thuathienhue-taoi-traoqua-2020", """
BÁO THỪA THIÊN HUẾ
Trang chủ / Xã hội / Chung tay phòng, chống dịch COVID-19
17/04/2020 - 15:40
Trao quà hỗ trợ các hộ làm du lịch cộng đồng ở A Lưới bị ảnh hưởng dịch COVID-19
Ngày 16/4, Ủy ban MTTQ Việt Nam huyện A Lưới phối hợp Hiệp hội Du lịch tỉnh Thừa Thiên Huế trao 120 suất quà cho các hộ đồng bào Tà Ôi, Pa Kô làm du lịch cộng đồng ở xã A Roàng và xã Hương Nguyên đang gặp khó khăn do dịch COVID-19.
Đại diện Hiệp hội Du lịch tỉnh trao quà cho các hộ ở thôn A Ka.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và một số nhu yếu phẩm, tổng trị giá khoảng 90 triệu đồng. Trong số này có 35 suất quà dành cho các hộ là thành viên tổ dệt Dèng, 28 suất cho các nghệ nhân đội văn nghệ phục vụ khách.
Từ tháng 2/2020 đến nay, các điểm du lịch cộng đồng ở A Lưới hầu như không có khách. Theo ông Hồ Văn Ngưm, Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới, năm 2019 hai xã đón trên 6.000 lượt khách, trong đó 41 hộ homestay có thu nhập bình quân 45 - 50 triệu đồng/hộ/năm từ du lịch; quỹ chung của các thôn thu được hơn 70 triệu đồng. Nay nguồn thu gần như bằng không, nhiều hộ đã vay vốn làm nhà sàn, khu vệ sinh phải gánh lãi.
Bà Kăn Thị Sáu, Tổ trưởng tổ du lịch cộng đồng thôn A Ka, xã Hương Nguyên, xúc động cho biết: "Quỹ chung của thôn lúc đông khách mình dùng để làm đường, giờ bà con thống nhất chia lại cho các nhà khó khăn nhất, mỗi nhà 1 triệu đồng. Thêm suất quà này là đỡ được nửa tháng".
Ông Hồ Văn Ngưm cho biết, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, Mặt trận huyện đang tổng hợp danh sách lao động tự do trong lĩnh vực du lịch để đề nghị hỗ trợ theo quy định. Ông Nhâm Văn Lợi, Phó Chủ tịch UBND xã A Roàng, cho biết xã đã hướng dẫn 17 hộ chuyển sang trồng rau, nuôi cá trong thời gian chờ khách trở lại.
Đại diện Hiệp hội Du lịch tỉnh, ông Lê Hữu Phúc, Phó Chủ tịch Hiệp hội, thông tin khi dịch được kiểm soát, Hiệp hội sẽ phối hợp với 15 doanh nghiệp lữ hành mở lại tour "Về nguồn A Lưới" và ưu tiên đặt dịch vụ ăn, nghỉ tại nhà dân thay vì nhà nghỉ ở thị trấn.
Các hộ nhận quà đều cam kết thực hiện nghiêm việc giãn cách xã hội, không đón khách lạ vào bản khi chưa có hướng dẫn của chính quyền. Trước đó, Ủy ban MTTQ Việt Nam tỉnh đã kêu gọi các tổ chức, cá nhân ủng hộ hơn 2 tỷ đồng cho công tác phòng, chống dịch.
Hồ Thanh
Tin liên quan
- Phú Lộc: hỗ trợ ngư dân gặp khó vì dịch (14/04/2020)
- Cây "ATM gạo" đầu tiên ở Huế (12/04/2020)
- Nam Đông: trao 200 suất quà cho hộ nghèo (09/04/2020)
""", "2020-04-17", "Trao quà hỗ trợ các hộ làm du lịch cộng đồng ở A Lưới bị ảnh hưởng dịch COVID-19",
E("trao_qua", None, "2020-04-16"),
[P("Hồ Văn Ngưm", "Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới"),
 P("Kăn Thị Sáu", "Tổ trưởng tổ du lịch cộng đồng thôn A Ka"),
 P("Nhâm Văn Lợi", "Phó Chủ tịch UBND xã A Roàng"),
 P("Lê Hữu Phúc", "Phó Chủ tịch Hiệp hội")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("khoảng 90 triệu đồng", 90000000, "đồng", "approx"), Q("35 suất quà", 35, "suất quà"), Q("28 suất", 28, "suất"),
 Q("trên 6.000 lượt khách", 6000, "lượt khách", "over"), Q("41 hộ homestay", 41, "hộ homestay"),
 Q("45 - 50 triệu đồng", 45000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 70 triệu đồng", 70000000, "đồng", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("17 hộ", 17, "hộ"),
 Q("15 doanh nghiệp lữ hành", 15, "doanh nghiệp lữ hành"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hương Nguyên")],
["BÁO THỪA THIÊN HUẾ", "Trang chủ / Xã hội / Chung tay phòng, chống dịch COVID-19",
 "Đại diện Hiệp hội Du lịch tỉnh trao quà cho các hộ ở thôn A Ka.", "Về nguồn A Lưới", "Hiệp hội Du lịch tỉnh Thừa Thiên Huế"],
["17/04/2020 - 15:40", "tháng 2/2020", "năm 2019", "nửa tháng", "COVID-19"]))

PAGES.append(page("b8199-quangbinh-chut-baocao-2021", """
HUYỆN ỦY MINH HÓA - TỈNH QUẢNG BÌNH
Trang thông tin điện tử Đảng bộ huyện Minh Hóa
Trang chủ - Tin hoạt động - Kinh tế - xã hội
Thứ Sáu, 24/12/2021, 08:00
Ảnh minh họa: Khách tham quan bản Rục Làn, xã Thượng Hóa.
Du lịch cộng đồng ở Minh Hóa: người Chứt bắt đầu có thu nhập từ khách
Ban Thường vụ Huyện ủy Minh Hóa vừa ban hành Báo cáo số 245-BC/HU ngày 20/12/2021 về kết quả thực hiện nhiệm vụ phát triển du lịch cộng đồng năm 2021. Đây là năm thứ ba tỉnh Quảng Bình chọn Minh Hóa làm điểm về du lịch cộng đồng vùng đồng bào dân tộc thiểu số. Báo cáo cho thấy dù chịu ảnh hưởng nặng nề của dịch COVID-19, du lịch cộng đồng ở các xã Tân Hóa, Thượng Hóa, Hóa Sơn vẫn giữ được nhịp và người dân được hưởng lợi rõ hơn.
Theo báo cáo, năm 2021 toàn huyện đón khoảng 9.800 lượt khách đến các điểm du lịch cộng đồng, bằng 55% năm 2019; doanh thu ước đạt 4,6 tỷ đồng. Xã Tân Hóa có 22 hộ homestay nhà phao chống lũ, xã Thượng Hóa có 6 hộ người Chứt (nhóm Rục) lần đầu đón khách nghỉ tại bản. Hơn 150 lao động địa phương có việc làm thường xuyên, thu nhập từ 4 đến 6 triệu đồng/tháng.
Việc phân chia lợi ích được thực hiện theo Quy chế phối hợp số 03/QC-UBND giữa UBND huyện với các doanh nghiệp lữ hành: doanh nghiệp trả trực tiếp cho hộ dân tiền lưu trú, ăn uống, dẫn đường; 8% giá trị mỗi tour được chuyển vào quỹ cộng đồng của thôn, bản. Năm 2021, quỹ cộng đồng các thôn, bản nhận được khoảng 310 triệu đồng; riêng bản Rục Làn dùng 62 triệu đồng mua 40 con bò giống cấp cho hộ nghèo theo hình thức luân chuyển.
Báo cáo cũng chỉ ra hạn chế: hạ tầng giao thông đến bản Rục Làn còn khó khăn; 3 trên 6 hộ người Chứt chưa biết ghi chép thu chi; một số hộ ở Tân Hóa tự ý nâng giá dịch vụ mùa cao điểm. Bà Cao Thị Ven, Trưởng bản Rục Làn, phản ánh cán bộ hướng dẫn chưa thường xuyên lên bản.
Tại buổi công bố báo cáo, đồng chí Đinh Xuân Hòa, Phó Bí thư Thường trực Huyện ủy, đề nghị năm 2022 tiếp tục thực hiện Nghị quyết số 05-NQ/HU ngày 14/3/2021 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch gắn với xây dựng nông thôn mới; lồng ghép nguồn vốn theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ để đầu tư đường vào bản; mở lớp dạy nghề nấu ăn, hướng dẫn viên cho ít nhất 60 lao động người Chứt.
Đồng chí Trương Văn Lâm, Chủ tịch UBND xã Tân Hóa, cho biết xã sẽ thành lập Hợp tác xã du lịch cộng đồng Tân Hóa để quản lý giá và chất lượng dịch vụ.
Thanh Hải - Văn phòng Huyện ủy
Các tin đã đưa
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 7 (18/12/2021)
- Minh Hóa: ra quân trồng rừng sau lũ (10/12/2021)
- Khai trương tuyến du lịch hang Rục Mòn (26/11/2021)
""", "2021-12-24", "Du lịch cộng đồng ở Minh Hóa: người Chứt bắt đầu có thu nhập từ khách",
E("bao_cao", "2021", "2021-12-20"),
[P("Cao Thị Ven", "Trưởng bản Rục Làn"), P("Đinh Xuân Hòa", "Phó Bí thư Thường trực Huyện ủy"),
 P("Trương Văn Lâm", "Chủ tịch UBND xã Tân Hóa")],
[Q("khoảng 9.800 lượt khách", 9800, "lượt khách", "approx"), Q("55%", 55, "%"), Q("4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("22 hộ homestay nhà phao chống lũ", 22, "hộ homestay nhà phao chống lũ"), Q("6 hộ người Chứt", 6, "hộ người Chứt"),
 Q("Hơn 150 lao động địa phương", 150, "lao động địa phương", "over"), Q("từ 4 đến 6 triệu đồng", 4000000, "đồng"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("8%", 8, "%"), Q("khoảng 310 triệu đồng", 310000000, "đồng", "approx"),
 Q("62 triệu đồng", 62000000, "đồng"), Q("40 con bò giống", 40, "con bò giống"), Q("3 trên 6 hộ người Chứt", 3, "hộ người Chứt"),
 Q("ít nhất 60 lao động người Chứt", 60, "lao động người Chứt", "over")],
[D("Báo cáo", "245", "BC/HU", "2021-12-20", "Ban Thường vụ Huyện ủy Minh Hóa", "Báo cáo số 245-BC/HU ngày 20/12/2021"),
 D("Quy chế phối hợp", "03", "QC-UBND", None, "UBND huyện", "Quy chế phối hợp số 03/QC-UBND"),
 D("Nghị quyết", "05", "NQ/HU", "2021-03-14", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 14/3/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Quảng Bình"), com("Tân Hóa"), com("Thượng Hóa"), com("Hóa Sơn")],
["HUYỆN ỦY MINH HÓA - TỈNH QUẢNG BÌNH", "Trang thông tin điện tử Đảng bộ huyện Minh Hóa", "Trang chủ - Tin hoạt động - Kinh tế - xã hội",
 "Ảnh minh họa: Khách tham quan bản Rục Làn, xã Thượng Hóa.", "Hợp tác xã du lịch cộng đồng Tân Hóa"],
["Thứ Sáu, 24/12/2021, 08:00", "năm thứ ba", "năm 2021", "năm 2019", "năm 2022", "COVID-19"]))

PAGES.append(page("b8200-ninhthuan-cham-hoinghi-2022", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ » Kinh tế » Du lịch
10 tháng 11, 2022 | 17:45
Kết nối du lịch cộng đồng các làng nghề truyền thống của đồng bào Chăm
Chiều 9/11, tại làng gốm Bàu Trúc, thị trấn Phước Dân (Ninh Phước), Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận tổ chức hội nghị kết nối phát triển du lịch cộng đồng làng nghề truyền thống Chăm năm 2022. Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thuận Văn Kha; đồng chí Đổng Thị Liên, Phó Chủ tịch UBND tỉnh; cùng 42 doanh nghiệp lữ hành, 16 hộ kinh doanh homestay và các nghệ nhân làng nghề.
Đồng chí Đổng Thị Liên tham quan gian trưng bày gốm Bàu Trúc.
Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng năm 2022, làng gốm Bàu Trúc và làng dệt Mỹ Nghiệp đón khoảng 126.000 lượt khách, chiếm gần 40% lượng khách đến các điểm du lịch văn hóa của tỉnh. Làng gốm có 430 hộ với trên 700 lao động làm gốm, thu nhập bình quân 4,5 triệu đồng/người/tháng; làng dệt Mỹ Nghiệp có 280 khung dệt.
Dù vậy, các làng nghề vẫn chủ yếu đón khách tham quan trong ngày; chỉ 16 hộ có phòng nghỉ với tổng số 58 phòng. Khách mua gốm qua hướng dẫn viên, các hộ phải trả hoa hồng 20 - 30% nên nghệ nhân thiệt thòi.
Nghệ nhân Đàng Thị Phan, chủ cơ sở gốm tại Bàu Trúc, đề nghị có bảng giá niêm yết chung và điểm bán hàng của hợp tác xã để người làm gốm trực tiếp bán cho khách. Ông Phú Văn Thành, Trưởng khu phố Mỹ Nghiệp, thị trấn Phước Dân, cho biết khu phố đã họp dân, thống nhất thu 10.000 đồng/lượt khách vào quỹ chung để giữ vệ sinh đường làng, hỗ trợ các nghệ nhân cao tuổi truyền dạy nghề.
Tại hội nghị, 12 doanh nghiệp lữ hành đã ký biên bản ghi nhớ hợp tác với Hợp tác xã Gốm Bàu Trúc và Tổ hợp tác dệt thổ cẩm Mỹ Nghiệp, cam kết không thu hoa hồng quá 10% trên giá sản phẩm.
Phát biểu chỉ đạo, đồng chí Đổng Thị Liên yêu cầu các ngành triển khai hiệu quả Nghị quyết số 07-NQ/TU ngày 25/6/2021 của Tỉnh ủy về phát triển du lịch Ninh Thuận, Kế hoạch số 4125/KH-UBND ngày 18/8/2022 của UBND tỉnh và nội dung hỗ trợ phát triển du lịch cộng đồng theo Quyết định 1719/QĐ-TTg; phấn đấu đến năm 2025 có ít nhất 50 hộ homestay đạt chuẩn tại các làng Chăm.
Đồng chí Thuận Văn Kha đề nghị Mặt trận, các đoàn thể vận động chức sắc Bà-la-môn, Bàni tham gia giới thiệu lễ hội Katê, Ramưwan cho du khách một cách phù hợp với phong tục.
Quảng Hoa
Tin cùng chuyên mục
- Ninh Hải: khai trương tour trải nghiệm làng nho (04/11/2022)
- Thuận Bắc: phát triển du lịch sinh thái núi Chúa (28/10/2022)
- Hội thi ẩm thực Chăm năm 2022 (18/10/2022)
""", "2022-11-10", "Kết nối du lịch cộng đồng các làng nghề truyền thống của đồng bào Chăm",
E("hoi_nghi", "2022", "2022-11-09"),
[P("Thuận Văn Kha", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đổng Thị Liên", "Phó Chủ tịch UBND tỉnh"), P("Đàng Thị Phan", "Nghệ nhân", "chủ cơ sở gốm tại Bàu Trúc"),
 P("Phú Văn Thành", "Trưởng khu phố Mỹ Nghiệp")],
[Q("42 doanh nghiệp lữ hành", 42, "doanh nghiệp lữ hành"), Q("16 hộ kinh doanh homestay", 16, "hộ kinh doanh homestay"),
 Q("khoảng 126.000 lượt khách", 126000, "lượt khách", "approx"), Q("gần 40%", 40, "%", "approx"), Q("430 hộ", 430, "hộ"),
 Q("trên 700 lao động", 700, "lao động", "over"), Q("4,5 triệu đồng", 4500000, "đồng"), Q("280 khung dệt", 280, "khung dệt"),
 Q("16 hộ", 16, "hộ"), Q("58 phòng", 58, "phòng"), Q("20 - 30%", 20, "%"), Q("30%", 30, "%"), Q("10.000 đồng", 10000, "đồng"),
 Q("12 doanh nghiệp lữ hành", 12, "doanh nghiệp lữ hành"), Q("10%", 10, "%"),
 Q("ít nhất 50 hộ homestay đạt chuẩn", 50, "hộ homestay đạt chuẩn", "over")],
[D("Nghị quyết", "07", "NQ/TU", "2021-06-25", "Tỉnh ủy", "Nghị quyết số 07-NQ/TU ngày 25/6/2021"),
 D("Kế hoạch", "4125", "KH-UBND", "2022-08-18", "UBND tỉnh", "Kế hoạch số 4125/KH-UBND ngày 18/8/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Dân")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ » Kinh tế » Du lịch", "Đồng chí Đổng Thị Liên tham quan gian trưng bày gốm Bàu Trúc.",
 "Hợp tác xã Gốm Bàu Trúc", "Tổ hợp tác dệt thổ cẩm Mỹ Nghiệp", "Katê", "Ramưwan"],
["10 tháng 11, 2022 | 17:45", "10 tháng năm 2022", "năm 2022", "năm 2025"]))
