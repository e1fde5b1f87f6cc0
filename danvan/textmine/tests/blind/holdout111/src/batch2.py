from lib import *
PAGES = []

PAGES.append(page("b2627-bentre-bdv-daihoi-caodai-2017", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ » Tin tức » Dân tộc - Tôn giáo
Thứ Hai, 06/11/2017 - 10:20
Các vị chức sắc Hội đồng Chưởng quản ra mắt đại hội.
Đại hội đại biểu Hội thánh Cao Đài Ban Chỉnh Đạo nhiệm kỳ 2017-2022
Ngày 5/11, tại Tòa Thánh Bến Tre, phường An Hội, Hội thánh Cao Đài Ban Chỉnh Đạo tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2017-2022. Dự đại hội có 320 đại biểu là chức sắc, chức việc, tín đồ đại diện cho 48 họ đạo trong và ngoài tỉnh. Về phía tỉnh có đồng chí Huỳnh Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Bảy, Phó Chủ tịch UBND tỉnh; đại diện Ban Tôn giáo Chính phủ.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua Hội thánh đã hướng dẫn chức sắc, tín đồ thực hiện đường hướng hành đạo "Nước vinh, đạo sáng"; các họ đạo đã vận động tín đồ đóng góp trên 9,2 tỷ đồng làm công tác từ thiện xã hội, xây dựng 64 căn nhà đại đoàn kết và 11 cây cầu giao thông nông thôn. Hiện Hội thánh có trên 120.000 tín đồ, sinh hoạt tại 7 tỉnh, thành phố.
Phát biểu tại đại hội, đồng chí Huỳnh Thị Kim Phượng ghi nhận những đóng góp của chức sắc, tín đồ Cao Đài vào phong trào "Đồng khởi mới" của tỉnh; đề nghị Hội thánh tiếp tục hướng dẫn các họ đạo thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo và chuẩn bị thực hiện Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 có hiệu lực từ ngày 01/01/2018.
Đại hội đã suy tôn Ngọc Đầu sư Ngọc Hòa Thanh làm Chưởng quản Hội thánh và bầu 25 vị vào Hội đồng Chưởng quản nhiệm kỳ mới. Phối sư Thái Minh Thanh được cử làm Trưởng ban Thường trực Hội đồng Chưởng quản; Hiền tài Lê Văn Thạnh, Trưởng ban Thế đạo, trình bày chương trình hành đạo với 5 nội dung trọng tâm.
Thay mặt Hội thánh, Ngọc Đầu sư Ngọc Hòa Thanh cảm ơn cấp ủy, chính quyền đã tạo điều kiện để đại hội thành công; khẳng định Hội thánh sẽ tiếp tục đồng hành cùng dân tộc, vận động tín đồ sống "tốt đời, đẹp đạo", tham gia xây dựng nông thôn mới, giữ gìn an ninh trật tự ở khu dân cư.
Dịp này, Ban Dân vận Tỉnh ủy tặng đại hội lẵng hoa và 50 triệu đồng cho quỹ từ thiện của Hội thánh. Trước đó, Ban đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức 3 đoàn thăm các vị chức sắc cao niên, tặng 42 phần quà.
Ngọc Hân
Lượt xem: 643
Tin liên quan
- Thăm, chúc mừng Đại lễ Đức Chí Tôn tại Tòa Thánh Bến Tre (27/02/2017)
- Bến Tre: gặp mặt chức sắc các tôn giáo năm 2017 (10/01/2017)
- Tín đồ Cao Đài Mỏ Cày Nam chung tay xây cầu nông thôn (05/12/2016)
- Giồng Trôm: đối thoại giữa người đứng đầu cấp ủy với nhân dân (18/11/2016)
""", "2017-11-06", "Đại hội đại biểu Hội thánh Cao Đài Ban Chỉnh Đạo nhiệm kỳ 2017-2022",
E("dai_hoi", None, "2017-11-05"),
[P("Huỳnh Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch UBND tỉnh"),
 P("Ngọc Hòa Thanh", "Ngọc Đầu sư", "Chưởng quản Hội thánh"),
 P("Thái Minh Thanh", "Phối sư", "Trưởng ban Thường trực Hội đồng Chưởng quản"),
 P("Lê Văn Thạnh", "Hiền tài", "Trưởng ban Thế đạo")],
[Q("320 đại biểu", 320, "đại biểu"), Q("48 họ đạo", 48, "họ đạo"), Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("64 căn nhà đại đoàn kết", 64, "căn nhà đại đoàn kết"), Q("11 cây cầu giao thông nông thôn", 11, "cây cầu giao thông nông thôn"),
 Q("trên 120.000 tín đồ", 120000, "tín đồ", "over"), Q("7 tỉnh, thành phố", 7, "tỉnh, thành phố"), Q("25 vị", 25, "vị"),
 Q("5 nội dung trọng tâm", 5, "nội dung trọng tâm"), Q("50 triệu đồng", 50000000, "đồng"), Q("3 đoàn", 3, "đoàn"),
 Q("42 phần quà", 42, "phần quà")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng"),
 D("Luật", "02", "2016/QH14", None, None, "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14")],
[prov("Bến Tre"), com("An Hội")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ » Tin tức » Dân tộc - Tôn giáo", "Các vị chức sắc Hội đồng Chưởng quản ra mắt đại hội.",
 "Nước vinh, đạo sáng", "Đồng khởi mới", "tốt đời, đẹp đạo", "Lượt xem: 643", "Tòa Thánh Bến Tre"],
["Thứ Hai, 06/11/2017 - 10:20", "nhiệm kỳ 2017-2022", "lần thứ IV", "khóa IX", "Lượt xem: 643"]))

PAGES.append(page("b2628-dongnai-mttq-giangsinh-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo
Thứ Bảy, 22/12/2018
Lãnh đạo tỉnh thăm, tặng quà Giáng sinh tại Giáo phận Xuân Lộc
Chiều 21/12, đoàn công tác của tỉnh do Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Minh Khoa làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Giáo phận Xuân Lộc nhân dịp Lễ Giáng sinh năm 2018. Cùng đi có đồng chí Bùi Thị Thanh Nga, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đặng Quốc Sĩ, Trưởng Ban Tôn giáo tỉnh.
Đoàn công tác chúc mừng Tòa Giám mục Xuân Lộc.
Tiếp đoàn, Đức cha Đaminh Nguyễn Văn Lộc, Giám mục Giáo phận Xuân Lộc cho biết Giáo phận hiện có 268 giáo xứ thuộc 14 giáo hạt, với trên 1 triệu giáo dân. Trong năm, các giáo xứ đã đóng góp 86 tỷ đồng cho công tác bác ái xã hội, hỗ trợ 1.450 học sinh nghèo và xây dựng 37 căn nhà tình thương.
Thay mặt lãnh đạo tỉnh, ông Trần Minh Khoa gửi lời chúc mừng Giáng sinh tới Đức cha, quý linh mục, tu sĩ và bà con giáo dân; đánh giá cao sự đồng hành của Giáo phận trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Ngày thứ bảy văn minh". Năm 2018, Đồng Nai có thêm 22 xã đạt chuẩn nông thôn mới, trở thành địa phương có 100% số xã đạt chuẩn, trong đó có đóng góp to lớn của đồng bào Công giáo.
Ông đề nghị Giáo phận tiếp tục hướng dẫn các giáo xứ thực hiện đúng Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; phối hợp với Mặt trận các cấp chăm lo cho người nghèo, người lao động ở các khu công nghiệp.
Cùng ngày, các đoàn của Ủy ban MTTQ Việt Nam tỉnh đã thăm 6 giáo hạt và Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh; trao 500 phần quà Giáng sinh cho giáo dân, tín đồ có hoàn cảnh khó khăn, mỗi phần trị giá 400.000 đồng. Tại giáo hạt Hố Nai, Linh mục Giuse Đinh Quang Thuận, Quản hạt Hố Nai, cảm ơn đoàn và cho biết giáo hạt sẽ tổ chức Lễ Giáng sinh trang trọng, bảo đảm trật tự giao thông trên Quốc lộ 1. Tại xã Bàu Hàm 2, Mục sư Điểu Văn Lân, Quản nhiệm Chi hội Tin Lành Bàu Hàm, cho biết chi hội có 210 tín đồ người Chơ Ro đều chấp hành tốt pháp luật.
Đồng Nai hiện có 8 tôn giáo được Nhà nước công nhận; đồng bào có đạo chiếm khoảng 70% dân số toàn tỉnh. Chương trình thăm, tặng quà được Ủy ban MTTQ Việt Nam tỉnh tổ chức hằng năm theo Kế hoạch số 78/KH-MTTQ-BTT của Ban Thường trực.
Hoàng Lộc
Tin khác
- Ủy ban MTTQ tỉnh gặp mặt chức sắc, chức việc các tôn giáo (15/12/2018)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 11 (05/12/2018)
- Long Khánh: 200 phần quà cho người nghèo (29/11/2018)
""", "2018-12-22", "Lãnh đạo tỉnh thăm, tặng quà Giáng sinh tại Giáo phận Xuân Lộc",
E("trao_qua", None, "2018-12-21"),
[P("Trần Minh Khoa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Thanh Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Quốc Sĩ", "Trưởng Ban Tôn giáo tỉnh"),
 P("Đaminh Nguyễn Văn Lộc", "Giám mục Giáo phận Xuân Lộc"),
 P("Giuse Đinh Quang Thuận", "Linh mục", "Quản hạt Hố Nai"),
 P("Điểu Văn Lân", "Mục sư", "Quản nhiệm Chi hội Tin Lành Bàu Hàm")],
[Q("268 giáo xứ", 268, "giáo xứ"), Q("14 giáo hạt", 14, "giáo hạt"), Q("trên 1 triệu giáo dân", 1000000, "giáo dân", "over"),
 Q("86 tỷ đồng", 86000000000, "đồng"), Q("1.450 học sinh nghèo", 1450, "học sinh nghèo"), Q("37 căn nhà tình thương", 37, "căn nhà tình thương"),
 Q("22 xã", 22, "xã"), Q("100%", 100, "%"), Q("6 giáo hạt", 6, "giáo hạt"), Q("500 phần quà", 500, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("210 tín đồ", 210, "tín đồ"), Q("8 tôn giáo", 8, "tôn giáo"), Q("khoảng 70%", 70, "%", "approx")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Kế hoạch", "78", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 78/KH-MTTQ-BTT của Ban Thường trực")],
[prov("Đồng Nai"), com("Bàu Hàm 2")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo",
 "Đoàn công tác chúc mừng Tòa Giám mục Xuân Lộc.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ngày thứ bảy văn minh", "Luật Tín ngưỡng, tôn giáo", "Quốc lộ 1"],
["Thứ Bảy, 22/12/2018", "năm 2018", "Quốc lộ 1", "lần thứ 11"]))

PAGES.append(page("b2629-kontum-bdv-taphuan-2019", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum
Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo
15.08.2019 - 16:05
Đồng chí A Hmon phát biểu khai mạc lớp học.
Bồi dưỡng kiến thức pháp luật cho chức sắc, chức việc các tôn giáo
Trong 2 ngày 14 và 15/8, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức lớp bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo năm 2019 cho 120 học viên là chức sắc, chức việc Công giáo, Tin Lành, Phật giáo trên địa bàn tỉnh. Đồng chí A Hmon, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự, phát biểu khai mạc.
Theo Ban Tôn giáo, toàn tỉnh có khoảng 287.000 tín đồ các tôn giáo, chiếm 50,6% dân số; riêng Giáo phận Kon Tum có 42 giáo xứ trên địa bàn tỉnh, đạo Tin Lành có 19 chi hội và 86 điểm nhóm. Đa số chức việc ở cơ sở là người dân tộc thiểu số Xơ Đăng, Ba Na, Gia Rai, chưa được bồi dưỡng kiến thức pháp luật một cách hệ thống.
Trong 2 ngày, các học viên được nghe báo cáo viên của Ban Dân vận Tỉnh ủy và Sở Nội vụ truyền đạt 6 chuyên đề: quan điểm, chính sách của Đảng về tôn giáo theo Nghị quyết số 25-NQ/TW; những điểm mới của Luật Tín ngưỡng, tôn giáo số 02/2016/QH14; Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; trách nhiệm của chức việc trong đăng ký sinh hoạt tôn giáo tập trung, hoạt động từ thiện và giữ gìn an ninh trật tự ở vùng đồng bào dân tộc thiểu số.
Lớp học được tổ chức theo Kế hoạch số 112-KH/BDVTU ngày 02/7/2019 của Ban Dân vận Tỉnh ủy. Đây là lớp thứ 3 trong năm; 2 lớp trước đã bồi dưỡng cho 230 người có uy tín và trưởng thôn, làng.
Tại buổi trao đổi, Linh mục Antôn Lê Văn Hòa, Chánh xứ giáo xứ Kon Hring, phường Thắng Lợi, đề nghị có tài liệu bằng tiếng Xơ Đăng để chức việc dễ tuyên truyền cho bà con; Mục sư A Đoàn, Quản nhiệm Chi hội Tin Lành Kon Tum, mong muốn được hướng dẫn thêm thủ tục đề nghị sửa chữa nhà nguyện. Thầy giảng Y Hlen, Thành viên Ban hành giáo họ Kon Rbàng, chia sẻ cách vận động giáo dân bỏ tục ma lai và chữa bệnh bằng cúng bái.
Bế mạc lớp học, đồng chí Nguyễn Thị Hải Yến, Phó Trưởng Ban Dân vận Tỉnh ủy, trao giấy chứng nhận cho 118 học viên hoàn thành khóa học, đề nghị các chức sắc, chức việc tuyên truyền lại cho tín đồ, phát huy tinh thần "tốt đời, đẹp đạo", đồng hành cùng chính quyền trong xây dựng nông thôn mới và bảo vệ an ninh biên giới.
Y Khuyên
Xem thêm
- Kon Tum: gặp mặt người có uy tín năm 2019 (20/06/2019)
- Sơ kết 5 năm thực hiện Quy chế dân vận ở cơ sở (11/06/2019)
- Thăm, chúc mừng Lễ Phục sinh tại các giáo xứ (20/04/2019)
- Đăk Hà vận động đồng bào bỏ tục lệ lạc hậu (02/04/2019)
""", "2019-08-15", "Bồi dưỡng kiến thức pháp luật cho chức sắc, chức việc các tôn giáo",
E("tap_huan", "2019", "2019-08-14"),
[P("A Hmon", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Antôn Lê Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Kon Hring"),
 P("A Đoàn", "Mục sư", "Quản nhiệm Chi hội Tin Lành Kon Tum"),
 P("Y Hlen", "Thầy giảng", "Thành viên Ban hành giáo họ Kon Rbàng"),
 P("Nguyễn Thị Hải Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 học viên", 120, "học viên"), Q("khoảng 287.000 tín đồ", 287000, "tín đồ", "approx"), Q("50,6%", 50.6, "%"),
 Q("42 giáo xứ", 42, "giáo xứ"), Q("19 chi hội", 19, "chi hội"), Q("86 điểm nhóm", 86, "điểm nhóm"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("2 lớp", 2, "lớp"), Q("230 người có uy tín và trưởng thôn, làng", 230, "người có uy tín và trưởng thôn, làng"),
 Q("118 học viên", 118, "học viên")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Luật", "02", "2016/QH14", None, None, "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Kế hoạch", "112", "KH/BDVTU", "2019-07-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 02/7/2019 của Ban Dân vận Tỉnh ủy")],
[prov("Kon Tum"), com("Thắng Lợi")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum", "Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo",
 "Đồng chí A Hmon phát biểu khai mạc lớp học.", "tốt đời, đẹp đạo"],
["15.08.2019 - 16:05", "2 ngày", "năm 2019", "lớp thứ 3"]))

PAGES.append(page("b2630-cantho-mttq-giamsat-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Hoạt động | Giám sát, phản biện xã hội
30/10/2019 09:15
Giám sát thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại quận Ô Môn
Ngày 29/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ do bà Trần Thị Mỹ Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo năm 2019 tại UBND quận Ô Môn. Cuộc giám sát thực hiện theo Quyết định số 124/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Đoàn giám sát làm việc tại họ đạo Cao Đài Thới Long.
Theo báo cáo của UBND quận, trên địa bàn có 4 tôn giáo với 38 cơ sở thờ tự và khoảng 32.000 tín đồ, đông nhất là Phật giáo Hòa Hảo với 14 Ban Trị sự phường và Cao Đài với 9 họ đạo. Năm 2019, quận đã giải quyết 6 hồ sơ đề nghị sửa chữa, cải tạo cơ sở thờ tự; tổ chức 2 lớp phổ biến Luật Tín ngưỡng, tôn giáo cho 180 chức sắc, chức việc. Các tổ chức tôn giáo đã đóng góp gần 4,8 tỷ đồng cho công tác an sinh xã hội.
Đoàn đã khảo sát thực tế tại họ đạo Cao Đài Thới Long, phường Thới Long và Ban Trị sự Phật giáo Hòa Hảo phường Châu Văn Liêm. Chánh Trị sự Trần Văn Út, Chủ trưởng Ban Cai quản họ đạo Thới Long, cho biết họ đạo đã được cấp giấy chứng nhận quyền sử dụng đất cho thánh thất. Ông Lê Văn Kỉnh, Trưởng Ban Trị sự Phật giáo Hòa Hảo phường Châu Văn Liêm, phản ánh 3 tín đồ sinh hoạt theo nhóm Phật giáo Hòa Hảo "thuần túy" chưa chấp hành quy định về tụ tập.
Qua giám sát, đoàn ghi nhận quận đã triển khai kịp thời Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 và Nghị định số 162/2017/NĐ-CP; tuy nhiên việc cập nhật số liệu về cơ sở thờ tự còn chậm, 2 cơ sở chưa hoàn chỉnh hồ sơ đất đai. Đoàn đưa ra 5 kiến nghị, đề nghị UBND quận quan tâm bố trí cán bộ làm công tác tôn giáo ở phường.
Bà Trần Thị Mỹ Lệ đề nghị Ủy ban MTTQ Việt Nam quận tiếp tục thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về hình thức giám sát, phản biện xã hội của Mặt trận; phát huy vai trò chức sắc trong vận động tín đồ thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Nguyễn Hoàng Phúc, Chủ tịch Ủy ban MTTQ Việt Nam quận Ô Môn, tiếp thu các ý kiến của đoàn.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố trong tháng 11.
Bảo Ngọc
Tin cùng chuyên mục
- Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Thới Lai (22/10/2019)
- Hội nghị phản biện dự thảo quy hoạch đất đai (10/10/2019)
- Gặp mặt chức sắc Phật giáo Hòa Hảo nhân kỷ niệm 80 năm ngày khai đạo (18/06/2019)
""", "2019-10-30", "Giám sát thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại quận Ô Môn",
E("giam_sat", "2019", "2019-10-29"),
[P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Út", "Chánh Trị sự", "Chủ trưởng Ban Cai quản họ đạo Thới Long"),
 P("Lê Văn Kỉnh", "Trưởng Ban Trị sự Phật giáo Hòa Hảo phường Châu Văn Liêm"),
 P("Nguyễn Hoàng Phúc", "Chủ tịch Ủy ban MTTQ Việt Nam quận Ô Môn")],
[Q("4 tôn giáo", 4, "tôn giáo"), Q("38 cơ sở thờ tự", 38, "cơ sở thờ tự"), Q("khoảng 32.000 tín đồ", 32000, "tín đồ", "approx"),
 Q("14 Ban Trị sự phường", 14, "Ban Trị sự phường"), Q("9 họ đạo", 9, "họ đạo"), Q("6 hồ sơ", 6, "hồ sơ"), Q("2 lớp", 2, "lớp"),
 Q("180 chức sắc, chức việc", 180, "chức sắc, chức việc"), Q("gần 4,8 tỷ đồng", 4800000000, "đồng", "approx"),
 Q("3 tín đồ", 3, "tín đồ"), Q("2 cơ sở", 2, "cơ sở"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Quyết định", "124", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Quyết định số 124/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 D("Luật", "02", "2016/QH14", None, None, "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định số 162/2017/NĐ-CP"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Cần Thơ"), com("Thới Long"), com("Châu Văn Liêm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Hoạt động | Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại họ đạo Cao Đài Thới Long.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "thuần túy"],
["30/10/2019 09:15", "năm 2019", "tháng 11"]))

PAGES.append(page("b2631-dienbien-bdv-baocao-tinlanh-2020", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ › Tin tức - Sự kiện › Công tác dân tộc, tôn giáo
Thứ Sáu, 18/12/2020, 14:30
Điện Biên: Đồng bào Mông theo đạo Tin Lành yên tâm sinh hoạt, phát triển kinh tế
Theo Báo cáo số 245-BC/BDVTU ngày 14/12/2020 của Ban Dân vận Tỉnh ủy về kết quả công tác vận động đồng bào theo đạo Tin Lành năm 2020, tình hình hoạt động của đạo Tin Lành trên địa bàn tỉnh cơ bản ổn định, các chi hội, điểm nhóm sinh hoạt đúng nội dung đã đăng ký.
Tín đồ chi hội Tin Lành Huổi Lóng trong giờ sinh hoạt.
Toàn tỉnh hiện có 48 chi hội đã được công nhận, 173 điểm nhóm được cấp đăng ký sinh hoạt tôn giáo tập trung với trên 52.000 tín đồ, phần lớn là đồng bào Mông ở các huyện vùng cao. Trong năm, các cấp đã cấp đăng ký sinh hoạt tập trung cho 27 điểm nhóm; tổ chức 14 hội nghị tuyên truyền Luật Tín ngưỡng, tôn giáo với 2.300 lượt người tham dự. Báo cáo cũng nêu 4 vụ việc truyền đạo trái pháp luật ở vùng biên giới đã được vận động, giải quyết ổn định.
Thực hiện Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng cao và Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ, các chi hội đã vận động 1.260 hộ tín đồ tham gia xây dựng nông thôn mới, hiến 3,4 ha đất làm đường; 612 hộ thoát nghèo trong năm, tỷ lệ hộ nghèo ở các xã có đông tín đồ giảm 4,3%.
Báo cáo đánh giá cao vai trò của chức sắc: Mục sư Giàng A Dua, Quản nhiệm Chi hội Tin Lành Huổi Lóng, xã Mường Pồn, đã vận động tín đồ bỏ tục ma chay kéo dài; Truyền đạo Sùng A Páo, Chi hội phó Chi hội Tin Lành Pa Tần, xã Pa Tần, cùng Bí thư Chi bộ bản Thào A Tủa tuyên truyền bà con không di cư tự do. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Thị Hoa, Mùa A Sử đã trực tiếp làm việc với 9 chi hội ở vùng biên.
Bên cạnh kết quả đạt được, báo cáo chỉ ra một số hạn chế: việc nắm tình hình ở một số bản vùng sâu còn chậm; đội ngũ cán bộ làm công tác tôn giáo ở cơ sở thường xuyên thay đổi, ít người biết tiếng Mông; sự phối hợp giữa các lực lượng trong tuyên truyền, vận động có lúc thiếu chặt chẽ, chưa kịp thời phát hiện người từ nơi khác đến truyền đạo.
Đồng chí Lường Văn Chiến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết năm 2021 Ban sẽ tham mưu sơ kết Kế hoạch số 87-KH/TU của Tỉnh ủy về công tác tôn giáo; tiếp tục giải quyết nhu cầu sinh hoạt chính đáng của tín đồ, kiên quyết đấu tranh với hoạt động lợi dụng tôn giáo để chia rẽ khối đại đoàn kết.
Dịp Lễ Giáng sinh, Ban Dân vận Tỉnh ủy sẽ thăm, tặng quà 20 chi hội, mỗi chi hội 2 triệu đồng.
Thu Hằng
Lượt xem: 509
Tin liên quan
- Tủa Chùa: đối thoại với người có uy tín năm 2020 (02/12/2020)
- Hội nghị giao ban khối dân vận quý III năm 2020 (05/10/2020)
- Nậm Pồ: vận động đồng bào không di cư tự do (14/09/2020)
""", "2020-12-18", "Điện Biên: Đồng bào Mông theo đạo Tin Lành yên tâm sinh hoạt, phát triển kinh tế",
E("bao_cao", "2020", "2020-12-14"),
[P("Giàng A Dua", "Mục sư", "Quản nhiệm Chi hội Tin Lành Huổi Lóng"),
 P("Sùng A Páo", "Truyền đạo", "Chi hội phó Chi hội Tin Lành Pa Tần"),
 P("Thào A Tủa", "Bí thư Chi bộ bản"),
 P("Lò Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Sử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Chiến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("48 chi hội", 48, "chi hội"), Q("173 điểm nhóm", 173, "điểm nhóm"), Q("trên 52.000 tín đồ", 52000, "tín đồ", "over"),
 Q("27 điểm nhóm", 27, "điểm nhóm"), Q("14 hội nghị", 14, "hội nghị"), Q("2.300 lượt người", 2300, "lượt người"),
 Q("4 vụ việc truyền đạo trái pháp luật", 4, "vụ việc truyền đạo trái pháp luật"), Q("1.260 hộ tín đồ", 1260, "hộ tín đồ"),
 Q("3,4 ha", 3.4, "ha"), Q("612 hộ", 612, "hộ"), Q("4,3%", 4.3, "%"), Q("9 chi hội", 9, "chi hội"), Q("20 chi hội", 20, "chi hội"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Báo cáo", "245", "BC/BDVTU", "2020-12-14", "Ban Dân vận Tỉnh ủy", "Báo cáo số 245-BC/BDVTU ngày 14/12/2020 của Ban Dân vận Tỉnh ủy"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "87", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 87-KH/TU của Tỉnh ủy")],
[prov("Điện Biên"), com("Mường Pồn"), com("Pa Tần")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ › Tin tức - Sự kiện › Công tác dân tộc, tôn giáo",
 "Tín đồ chi hội Tin Lành Huổi Lóng trong giờ sinh hoạt.", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 509"],
["Thứ Sáu, 18/12/2020, 14:30", "năm 2020", "năm 2021", "Lượt xem: 509"]))
