from lib import *
PAGES = []

PAGES.append(page("b9785-gialai-hhdn-traoqua-2020", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội » Nhịp sống
16/01/2020 | 08:50
Doanh nghiệp mang Tết đến với đồng bào biên giới
Đại diện doanh nghiệp trao quà Tết cho người dân xã Ia Pnôn.
Hiệp hội Doanh nghiệp tỉnh trao 1.000 phần quà Tết cho hộ nghèo biên giới
Ngày 15/1, Hiệp hội Doanh nghiệp tỉnh Gia Lai phối hợp Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân biên giới - Tết vì người nghèo" tại xã Ia Pnôn và xã Ia Dom, trao 1.000 phần quà cho hộ nghèo, hộ cận nghèo người Jrai. Mỗi phần quà trị giá 600.000 đồng, gồm gạo, dầu ăn, bánh kẹo và tiền mặt.
Tham dự có đồng chí Rơ Lan Thị Phim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Quốc Việt, Chủ tịch Hiệp hội Doanh nghiệp tỉnh và đại diện 22 doanh nghiệp hội viên.
Ông Nguyễn Quốc Việt cho biết, năm 2019, các doanh nghiệp hội viên đã đóng góp gần 9,6 tỷ đồng cho công tác an sinh xã hội: xây tặng 48 nhà đại đoàn kết, trao 2.300 suất học bổng, hỗ trợ 15 hợp tác xã nông nghiệp vùng đồng bào dân tộc thiểu số mua máy sấy, máy tưới. Riêng dịp Tết Canh Tý, hiệp hội vận động hội viên chăm lo 3.500 phần quà cho người nghèo trên địa bàn 11 xã biên giới.
Ông Siu Kly, người có uy tín làng Dăng, xã Ia Dom, cảm động: "Năm nào doanh nghiệp cũng nhớ đến bà con làng mình. Có quà Tết, bà con vui lắm, sẽ cố gắng làm ăn để thoát nghèo".
Bà Đinh Thị Hlai, người Bahnar, Giám đốc Hợp tác xã Nông nghiệp Ia Pnôn, chia sẻ: sau 2 năm liên kết với Công ty cổ phần Cà phê Ia Grai, hợp tác xã đã bao tiêu cà phê cho 96 hộ thành viên, giá cao hơn thị trường 1.000 đồng/kg.
Phát biểu tại buổi trao quà, đồng chí Rơ Lan Thị Phim ghi nhận tấm lòng của các doanh nghiệp, đề nghị tiếp tục hưởng ứng Chỉ thị số 03-CT/TU ngày 20/2/2017 của Ban Thường vụ Tỉnh ủy về vận động doanh nghiệp tham gia giảm nghèo vùng biên giới, gắn với thực hiện Quyết định số 900/QĐ-TTg ngày 20/6/2017 của Thủ tướng Chính phủ phê duyệt danh sách xã đặc biệt khó khăn, xã biên giới.
Theo Ủy ban MTTQ Việt Nam tỉnh, việc kết nối doanh nghiệp với các xã biên giới không chỉ dừng ở những phần quà dịp Tết. Nhiều doanh nghiệp đã nhận đỡ đầu hợp tác xã, hướng dẫn bà con kỹ thuật chăm sóc cà phê, hồ tiêu, cam kết thu mua sản phẩm; một số doanh nghiệp tuyển dụng thanh niên người Jrai vào làm việc tại nhà máy chế biến, giúp gia đình có thu nhập ổn định.
Cũng trong ngày, Bộ đội Biên phòng tỉnh trao 30 con bò giống cho hộ nghèo trong chương trình "Nâng bước em tới trường", "Con nuôi đồn Biên phòng".
Chương trình kết thúc với tiết mục cồng chiêng của đội văn nghệ làng Dăng và bữa cơm đoàn kết giữa doanh nghiệp, bộ đội và bà con.
Minh Nguyệt
Tin liên quan
- Đức Cơ: 200 suất quà cho học sinh nghèo (10/01/2020)
- Doanh nghiệp Gia Lai chung tay vì người nghèo (06/01/2020)
- Ia Grai ra mắt hợp tác xã nông nghiệp đầu tiên (28/12/2019)
""", "2020-01-16", "Hiệp hội Doanh nghiệp tỉnh trao 1.000 phần quà Tết cho hộ nghèo biên giới",
E("trao_qua", None, "2020-01-15"),
[P("Rơ Lan Thị Phim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quốc Việt", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Siu Kly", "người có uy tín làng Dăng"),
 P("Đinh Thị Hlai", "Giám đốc Hợp tác xã Nông nghiệp Ia Pnôn")],
[Q("1.000 phần quà", 1000, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("22 doanh nghiệp hội viên", 22, "doanh nghiệp hội viên"),
 Q("gần 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("48 nhà đại đoàn kết", 48, "nhà đại đoàn kết"), Q("2.300 suất học bổng", 2300, "suất học bổng"),
 Q("15 hợp tác xã nông nghiệp", 15, "hợp tác xã nông nghiệp"), Q("3.500 phần quà", 3500, "phần quà"), Q("11 xã biên giới", 11, "xã biên giới"),
 Q("96 hộ thành viên", 96, "hộ thành viên"), Q("1.000 đồng/kg", 1000, "đồng"), Q("30 con bò giống", 30, "con bò giống")],
[D("Chỉ thị", "03", "CT/TU", "2017-02-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/2/2017"),
 D("Quyết định", "900", "QĐ-TTg", "2017-06-20", "Thủ tướng Chính phủ", "Quyết định số 900/QĐ-TTg ngày 20/6/2017")],
[prov("Gia Lai"), com("Ia Pnôn"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội » Nhịp sống", "Đại diện doanh nghiệp trao quà Tết cho người dân xã Ia Pnôn.",
 "Xuân biên giới - Tết vì người nghèo", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Công ty cổ phần Cà phê Ia Grai"],
["16/01/2020 | 08:50", "năm 2019", "2 năm", "Tết Canh Tý"]))

PAGES.append(page("b9786-soctrang-lmhtx-tongket-2021", """
Cổng Thông tin điện tử tỉnh Sóc Trăng
Tin tức - Sự kiện > Kinh tế
Thứ Năm, 30/12/2021 - 16:00
Liên minh Hợp tác xã tỉnh triển khai nhiệm vụ năm 2022
Chiều 29/12, Liên minh Hợp tác xã tỉnh Sóc Trăng tổ chức hội nghị tổng kết hoạt động năm 2021. Dự hội nghị có đồng chí Vương Minh Quân, Phó Chủ tịch UBND tỉnh; đồng chí Thạch Thị Thu Hà, Chủ tịch Liên minh Hợp tác xã tỉnh chủ trì.
Quang cảnh hội nghị tổng kết. Ảnh: Khánh Linh
Năm 2021, dù chịu ảnh hưởng nặng nề của dịch COVID-19, khu vực kinh tế tập thể của tỉnh vẫn duy trì ổn định. Toàn tỉnh có 312 hợp tác xã với 28.460 thành viên, thành lập mới 27 hợp tác xã; doanh thu bình quân đạt 2,3 tỷ đồng/hợp tác xã, lợi nhuận bình quân khoảng 260 triệu đồng. Có 41 hợp tác xã liên kết tiêu thụ lúa đặc sản ST24, ST25 với doanh nghiệp trên diện tích 18.600 ha.
Trong thời gian giãn cách xã hội, nhiều hợp tác xã đã trích quỹ hỗ trợ thành viên khó khăn, tặng 4.200 phần quà và 62 tấn gạo, rau củ cho các khu cách ly, người lao động từ Thành phố Hồ Chí Minh, Bình Dương trở về. Hợp tác xã Nông nghiệp Hòa Tú ở xã Hòa Tú 1 hỗ trợ mỗi hộ thành viên nghèo 500.000 đồng.
Công tác xây dựng Đảng trong hợp tác xã có bước tiến: 38 hợp tác xã có chi bộ hoặc đảng viên; trong năm kết nạp 19 đảng viên là thành viên hợp tác xã. Tỉnh đã bố trí 45 lao động trẻ có trình độ cao đẳng, đại học về làm việc tại hợp tác xã theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ.
Ông Lý Sóc Khum, Giám đốc Hợp tác xã Nông nghiệp Vĩnh Hải, người Khmer, kiến nghị tỉnh tháo gỡ vướng mắc về đất xây dựng kho, sân phơi; bà Trần Thị Diễm, Giám đốc Hợp tác xã Thủy sản Phú Hữu, đề nghị hỗ trợ vốn vay ưu đãi cho hợp tác xã nuôi tôm.
Phát biểu chỉ đạo, đồng chí Vương Minh Quân đề nghị năm 2022 Liên minh Hợp tác xã tỉnh tham mưu thực hiện Kế hoạch số 87/KH-UBND của UBND tỉnh về phát triển kinh tế tập thể giai đoạn 2021 - 2025, phấn đấu thành lập mới ít nhất 30 hợp tác xã, 80% hợp tác xã hoạt động hiệu quả. Đồng chí lưu ý hợp tác xã phải đồng hành với thành viên, nhất là hộ nghèo đồng bào Khmer.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: nhiều hợp tác xã quy mô nhỏ, vốn ít, bộ máy quản lý chủ yếu là người lớn tuổi, chưa mạnh dạn ứng dụng công nghệ; một số hợp tác xã chuyển đổi theo Luật Hợp tác xã năm 2012 nhưng hoạt động cầm chừng, chưa mang lại lợi ích thiết thực cho thành viên. Liên kết giữa hợp tác xã với doanh nghiệp ở nhiều nơi vẫn chưa bền vững, còn tình trạng bẻ kèo khi giá lúa biến động.
Dịp này, UBND tỉnh tặng bằng khen cho 12 hợp tác xã, 9 cá nhân tiêu biểu.
Ngọc Trâm
Các tin khác
- Mỹ Xuyên: hợp tác xã tôm - lúa được mùa (20/12/2021)
- 120 lao động trẻ về làm việc tại hợp tác xã (15/12/2021)
- Hội thảo liên kết chuỗi giá trị lúa gạo (08/12/2021)
""", "2021-12-30", "Liên minh Hợp tác xã tỉnh triển khai nhiệm vụ năm 2022",
E("tong_ket", "2021", "2021-12-29"),
[P("Vương Minh Quân", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Thu Hà", "Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Lý Sóc Khum", "Giám đốc Hợp tác xã Nông nghiệp Vĩnh Hải"),
 P("Trần Thị Diễm", "Giám đốc Hợp tác xã Thủy sản Phú Hữu")],
[Q("312 hợp tác xã", 312, "hợp tác xã"), Q("28.460 thành viên", 28460, "thành viên"), Q("27 hợp tác xã", 27, "hợp tác xã"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"), Q("41 hợp tác xã", 41, "hợp tác xã"),
 Q("18.600 ha", 18600, "ha"), Q("4.200 phần quà", 4200, "phần quà"), Q("62 tấn", 62, "tấn"), Q("500.000 đồng", 500000, "đồng"),
 Q("38 hợp tác xã", 38, "hợp tác xã"), Q("19 đảng viên", 19, "đảng viên"), Q("45 lao động trẻ", 45, "lao động trẻ"),
 Q("ít nhất 30 hợp tác xã", 30, "hợp tác xã", "over"), Q("80%", 80, "%"), Q("12 hợp tác xã", 12, "hợp tác xã"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu")],
[D("Quyết định", "1804", "QĐ-TTg", "2020-11-13", "Thủ tướng Chính phủ", "Quyết định số 1804/QĐ-TTg ngày 13/11/2020"),
 D("Kế hoạch", "87", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 87/KH-UBND")],
[prov("Sóc Trăng"), com("Hòa Tú 1"), com("Vĩnh Hải"), prov("Hồ Chí Minh"), prov("Bình Dương")],
["Cổng Thông tin điện tử tỉnh Sóc Trăng", "Tin tức - Sự kiện > Kinh tế", "Quang cảnh hội nghị tổng kết. Ảnh: Khánh Linh",
 "COVID-19", "ST24", "ST25", "Hợp tác xã Nông nghiệp Hòa Tú", "Luật Hợp tác xã năm 2012"],
["Thứ Năm, 30/12/2021 - 16:00", "năm 2021", "năm 2022", "Năm 2021", "giai đoạn 2021 - 2025", "ST24", "ST25", "COVID-19"]))

PAGES.append(page("b9787-hatinh-tu-hoinghi-2022", """
BÁO HÀ TĨNH
Chính trị › Xây dựng Đảng
Ngày 11/08/2022 | 09:15
Kinh tế tập thể phải trở thành chỗ dựa của xã viên, người nghèo
(Baohatinh.vn) - Sáng 10/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới, kết nối tới 216 điểm cầu cấp huyện, cấp xã với hơn 12.000 cán bộ, đảng viên tham dự.
Hội nghị được kết nối trực tuyến đến 216 điểm cầu.
Đồng chí Trần Hữu Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Đồng chí Nguyễn Thế Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy trực tiếp truyền đạt chuyên đề.
Theo báo cáo, sau 20 năm thực hiện Nghị quyết Trung ương 5 (khóa IX), Hà Tĩnh hiện có 719 hợp tác xã, 1.365 tổ hợp tác và 2 liên hiệp hợp tác xã, thu hút hơn 92.000 thành viên. Doanh thu bình quân mỗi hợp tác xã đạt 3,2 tỷ đồng/năm; thu nhập bình quân của lao động thường xuyên 6,1 triệu đồng/tháng. Các hợp tác xã đã góp 31,5 tỷ đồng xây dựng nông thôn mới, hỗ trợ 870 hộ nghèo có việc làm. Toàn tỉnh có 124 hợp tác xã có chi bộ, tổ chức đảng.
Phát biểu chỉ đạo, đồng chí Trần Hữu Lâm nhấn mạnh: hợp tác xã phải là chỗ dựa của thành viên, nhất là hộ nghèo, hộ cận nghèo; không chạy theo số lượng, không để tình trạng "hợp tác xã trên giấy". Đồng chí yêu cầu các cấp ủy xây dựng chương trình hành động thực hiện Nghị quyết số 20-NQ/TW sát thực tế, gắn với Chương trình hành động số 1386-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; đến năm 2030 có ít nhất 80% hợp tác xã hoạt động hiệu quả, 50% hợp tác xã có tổ chức đảng.
Tại điểm cầu xã Thạch Hội, ông Phan Văn Bình, Chủ tịch Hội đồng quản trị, Giám đốc Hợp tác xã Nông nghiệp Thạch Hội, cho biết hợp tác xã đang liên kết với 3 doanh nghiệp để tiêu thụ rau củ quả sạch, tạo việc làm cho 57 lao động nữ. Còn bà Đặng Thị Liên, Chủ nhiệm Hợp tác xã Dệt may Kỳ Tân ở xã Kỳ Tân, mong muốn được hỗ trợ đào tạo nghề cho phụ nữ nông thôn.
Nhiều đại biểu cho rằng khó khăn lớn nhất của hợp tác xã hiện nay là thiếu vốn, thiếu đất làm mặt bằng sản xuất và thiếu cán bộ trẻ có năng lực; việc phát triển đảng viên trong hợp tác xã còn chậm vì lao động trẻ đi làm ăn xa.
Ngay sau hội nghị, Ban Thường vụ Tỉnh ủy giao Ban Kinh tế Tỉnh ủy chủ trì, phối hợp Liên minh Hợp tác xã tỉnh tham mưu xây dựng Chương trình hành động của Tỉnh ủy, hoàn thành trong quý III.
Phan Trâm
Tin cùng chuyên mục
- Học tập, quán triệt Nghị quyết Trung ương 5 khóa XIII (02/08/2022)
- Hợp tác xã Hòa Hải liên kết tiêu thụ lúa (25/07/2022)
- Kỳ Anh: kết nạp đảng viên là giám đốc hợp tác xã (18/07/2022)
""", "2022-08-11", "Kinh tế tập thể phải trở thành chỗ dựa của xã viên, người nghèo",
E("hoi_nghi", None, "2022-08-10"),
[P("Trần Hữu Lâm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thế Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Phan Văn Bình", "Chủ tịch Hội đồng quản trị", "Giám đốc Hợp tác xã Nông nghiệp Thạch Hội"),
 P("Đặng Thị Liên", "Chủ nhiệm Hợp tác xã Dệt may Kỳ Tân")],
[Q("216 điểm cầu cấp huyện, cấp xã", 216, "điểm cầu cấp huyện, cấp xã"), Q("hơn 12.000 cán bộ, đảng viên", 12000, "cán bộ, đảng viên", "over"),
 Q("719 hợp tác xã", 719, "hợp tác xã"), Q("1.365 tổ hợp tác", 1365, "tổ hợp tác"), Q("2 liên hiệp hợp tác xã", 2, "liên hiệp hợp tác xã"),
 Q("hơn 92.000 thành viên", 92000, "thành viên", "over"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("6,1 triệu đồng", 6100000, "đồng"),
 Q("31,5 tỷ đồng", 31500000000, "đồng"), Q("870 hộ nghèo", 870, "hộ nghèo"), Q("124 hợp tác xã", 124, "hợp tác xã"),
 Q("ít nhất 80%", 80, "%", "over"), Q("50%", 50, "%"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("57 lao động nữ", 57, "lao động nữ")],
[D("Nghị quyết", "20", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 20-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "1386", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 1386-CTr/TU")],
[prov("Hà Tĩnh"), com("Thạch Hội"), com("Kỳ Tân")],
["BÁO HÀ TĨNH", "Chính trị › Xây dựng Đảng", "(Baohatinh.vn)", "Hội nghị được kết nối trực tuyến đến 216 điểm cầu.",
 "Nghị quyết Trung ương 5 (khóa IX)", "hợp tác xã trên giấy", "Hợp tác xã Nông nghiệp Thạch Hội"],
["Ngày 11/08/2022 | 09:15", "khóa XIII", "20 năm", "khóa IX", "lần thứ XIX", "năm 2030", "quý III", "Nghị quyết Trung ương 5"]))

PAGES.append(page("b9788-quangninh-dukdn-giaoban-2023", """
Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ninh
Bạn đang ở: Trang chủ / Tin hoạt động / Các đảng bộ trực thuộc
06/09/2023 - 14:35
Đồng chí Chíu Thị Lan chủ trì giao ban.
Giao ban công tác xây dựng Đảng tháng 8 trong các doanh nghiệp
Ngày 5/9/2023, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức giao ban công tác tháng 8/2023, triển khai nhiệm vụ tháng 9. Đồng chí Chíu Thị Lan, Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh chủ trì, cùng các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối: Lý Văn Sểnh, Hoàng Thị Thu Trang, Bùi Đức Quang.
Trong tháng 8, Đảng ủy Khối đã hoàn thành việc kiểm tra, giám sát theo Chương trình số 12-CTr/ĐUK tại 7 tổ chức cơ sở đảng; chỉ đạo các chi, đảng bộ trong doanh nghiệp ngoài nhà nước tổ chức sinh hoạt chuyên đề về Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân; thành lập mới 1 chi bộ tại Công ty TNHH Than Hồng Quang. Tháng 8 kết nạp 14 đảng viên, lũy kế 8 tháng đạt 126 đảng viên, bằng 84% chỉ tiêu năm.
Về chăm lo đời sống người lao động, các doanh nghiệp trong Khối đã thăm hỏi, hỗ trợ 213 công nhân bị ốm đau, tai nạn với số tiền 640 triệu đồng; Công ty cổ phần Than Núi Béo và Công ty TNHH Cơ khí Hạ Long tặng 56 suất học bổng cho con công nhân người Dao, Sán Chỉ ở xã Quảng Sơn, xã Đồng Sơn trước năm học mới.
Báo cáo cũng nêu một số tồn tại: việc sinh hoạt chi bộ ở một số doanh nghiệp tư nhân còn phụ thuộc lịch sản xuất, nội dung sinh hoạt chưa phong phú; một số đảng viên chuyển công tác sang doanh nghiệp khác nhưng chậm chuyển sinh hoạt đảng; công tác nắm bắt tâm tư của người lao động ở các khu nhà trọ còn chưa thường xuyên.
Tại giao ban, đồng chí Lý Văn Sểnh đề nghị quan tâm hơn đến việc tạo nguồn đảng viên là công nhân người dân tộc thiểu số; đồng chí Bùi Đức Quang thông tin việc chuẩn bị Hội nghị sơ kết 5 năm thực hiện Chỉ thị 33-CT/TW của Ban Bí thư, dự kiến tổ chức trong tháng 10.
Kết luận giao ban, đồng chí Chíu Thị Lan yêu cầu trong tháng 9 các cấp ủy tập trung hoàn thành hồ sơ kết nạp đảng viên, phấn đấu đến hết năm kết nạp không dưới 150 đảng viên; kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 5 doanh nghiệp; vận động doanh nghiệp ủng hộ Quỹ "Vì người nghèo" nhân Ngày hội Đại đoàn kết toàn dân tộc 18/11.
Đồng chí cũng lưu ý các tổ chức đảng theo dõi sát diễn biến tư tưởng công nhân trước việc một số doanh nghiệp cắt giảm đơn hàng, giảm giờ làm; kịp thời phản ánh, không để phát sinh điểm nóng.
Thanh Huyền
Tin khác
- Đảng ủy Khối Doanh nghiệp giao ban tháng 7 (07/08/2023)
- Hội nghị tập huấn công tác kiểm tra, giám sát (25/07/2023)
- Công ty Than Hòn Gai kết nạp 9 đảng viên (10/07/2023)
- Doanh nghiệp đồng hành xây dựng nông thôn mới kiểu mẫu (03/07/2023)
""", "2023-09-06", "Giao ban công tác xây dựng Đảng tháng 8 trong các doanh nghiệp",
E("giao_ban", "2023-08", "2023-09-05"),
[P("Chíu Thị Lan", "Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Lý Văn Sểnh", "Ủy viên Ban Thường vụ Đảng ủy Khối"),
 P("Hoàng Thị Thu Trang", "Ủy viên Ban Thường vụ Đảng ủy Khối"),
 P("Bùi Đức Quang", "Ủy viên Ban Thường vụ Đảng ủy Khối")],
[Q("7 tổ chức cơ sở đảng", 7, "tổ chức cơ sở đảng"), Q("1 chi bộ", 1, "chi bộ"), Q("14 đảng viên", 14, "đảng viên"),
 Q("126 đảng viên", 126, "đảng viên"), Q("84%", 84, "%"), Q("213 công nhân", 213, "công nhân"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("56 suất học bổng", 56, "suất học bổng"), Q("không dưới 150 đảng viên", 150, "đảng viên", "over"), Q("5 doanh nghiệp", 5, "doanh nghiệp")],
[D("Chương trình", "12", "CTr/ĐUK", None, "Đảng ủy Khối", "Chương trình số 12-CTr/ĐUK"),
 D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011"),
 D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị 33-CT/TW của Ban Bí thư")],
[prov("Quảng Ninh"), com("Quảng Sơn"), com("Đồng Sơn")],
["Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ninh", "Bạn đang ở: Trang chủ / Tin hoạt động / Các đảng bộ trực thuộc",
 "Đồng chí Chíu Thị Lan chủ trì giao ban.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Quy chế dân chủ ở cơ sở",
 "Công ty TNHH Than Hồng Quang"],
["06/09/2023 - 14:35", "tháng 8/2023", "tháng 9", "8 tháng", "5 năm", "tháng 10", "18/11"]))

PAGES.append(page("b9789-kontum-tu-doithoai-2024", """
BÁO KON TUM ĐIỆN TỬ
Thời sự › Chính trị
Cập nhật: 20:10, 14/10/2024
Bí thư Tỉnh ủy gặp mặt, đối thoại với doanh nghiệp, hợp tác xã năm 2024
Ngày 12/10, Thường trực Tỉnh ủy tổ chức hội nghị gặp mặt, đối thoại với doanh nghiệp, doanh nhân, hợp tác xã năm 2024 nhân kỷ niệm 20 năm Ngày Doanh nhân Việt Nam. Đồng chí Lê Quang Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì; dự có các đồng chí Phó Bí thư Tỉnh ủy: A Pớt, Nguyễn Văn Hòa và hơn 250 đại biểu đại diện cộng đồng doanh nghiệp, hợp tác xã.
Các đại biểu tham dự hội nghị. Ảnh: Hồng Thắm
Theo báo cáo, đến nay toàn tỉnh Kon Tum có 3.120 doanh nghiệp và 236 hợp tác xã đang hoạt động, giải quyết việc làm cho khoảng 35.000 lao động. Thực hiện Kết luận số 14-KL/TU ngày 8/6/2022 của Ban Thường vụ Tỉnh ủy về phát triển tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước, tỉnh đã thành lập được 43 chi bộ trong doanh nghiệp, hợp tác xã với 468 đảng viên. Giai đoạn 2020 - 2024, doanh nghiệp, hợp tác xã đã đóng góp khoảng 186 tỷ đồng cho công tác an sinh xã hội, hỗ trợ xóa 1.247 căn nhà tạm, nhà dột nát cho hộ nghèo đồng bào Xơ Đăng, Ba Na, Gia Rai.
Tại hội nghị, 14 ý kiến đã được nêu trực tiếp. Ông Lê Văn Định, Giám đốc Công ty TNHH Sâm Ngọc Linh Tu Mơ Rông, kiến nghị tỉnh đẩy nhanh giao đất rừng để doanh nghiệp liên kết với người dân trồng sâm dưới tán rừng. Bà Y Ngọc, Giám đốc Hợp tác xã Nông nghiệp Đăk Ui, người Xơ Đăng, mong được hỗ trợ xây dựng thương hiệu cà phê xứ lạnh cho 82 hộ thành viên ở xã Đăk Ui. Ông A Hoan, Bí thư Chi bộ Hợp tác xã Dịch vụ nông nghiệp Ngọc Réo, đề nghị có cơ chế phụ cấp cho cán bộ làm công tác đảng trong hợp tác xã.
Trả lời kiến nghị, Giám đốc Sở Tài nguyên và Môi trường cho biết năm 2024 tỉnh đã giao 1.350 ha đất rừng cho 4 doanh nghiệp trồng dược liệu theo Nghị quyết số 88/2019/QH14 của Quốc hội.
Kết luận hội nghị, đồng chí Lê Quang Thịnh khẳng định Tỉnh ủy luôn lắng nghe, đồng hành với doanh nghiệp; yêu cầu các sở, ngành giải quyết dứt điểm kiến nghị trong quý IV, đồng thời đề nghị doanh nghiệp tiếp tục chăm lo đời sống người lao động, tạo điều kiện thành lập tổ chức đảng, công đoàn, đoàn thanh niên. Tỉnh phấn đấu đến năm 2025 có thêm ít nhất 10 chi bộ trong doanh nghiệp tư nhân.
Nhân dịp này, UBND tỉnh tặng bằng khen cho 20 doanh nghiệp, 6 hợp tác xã và 11 doanh nhân tiêu biểu. Sau hội nghị, lãnh đạo tỉnh cùng các doanh nghiệp trao 30 căn nhà đại đoàn kết cho hộ nghèo phường Duy Tân.
Ngọc Huyền
Tin liên quan
- Sâm Ngọc Linh - động lực thoát nghèo ở Tu Mơ Rông (10/10/2024)
- Hội nghị xúc tiến đầu tư năm 2024 (02/10/2024)
- Kon Rẫy thành lập chi bộ trong hợp tác xã (23/09/2024)
""", "2024-10-14", "Bí thư Tỉnh ủy gặp mặt, đối thoại với doanh nghiệp, hợp tác xã năm 2024",
E("doi_thoai", "2024", "2024-10-12"),
[P("Lê Quang Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("A Pớt", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Phó Bí thư Tỉnh ủy"),
 P("Lê Văn Định", "Giám đốc Công ty TNHH Sâm Ngọc Linh Tu Mơ Rông"),
 P("Y Ngọc", "Giám đốc Hợp tác xã Nông nghiệp Đăk Ui"),
 P("A Hoan", "Bí thư Chi bộ Hợp tác xã Dịch vụ nông nghiệp Ngọc Réo")],
[Q("hơn 250 đại biểu", 250, "đại biểu", "over"), Q("3.120 doanh nghiệp", 3120, "doanh nghiệp"), Q("236 hợp tác xã", 236, "hợp tác xã"),
 Q("khoảng 35.000 lao động", 35000, "lao động", "approx"), Q("43 chi bộ", 43, "chi bộ"), Q("468 đảng viên", 468, "đảng viên"),
 Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("1.247 căn nhà tạm, nhà dột nát", 1247, "căn nhà tạm, nhà dột nát"),
 Q("14 ý kiến", 14, "ý kiến"), Q("82 hộ thành viên", 82, "hộ thành viên"), Q("1.350 ha", 1350, "ha"), Q("4 doanh nghiệp", 4, "doanh nghiệp"),
 Q("ít nhất 10 chi bộ", 10, "chi bộ", "over"), Q("20 doanh nghiệp", 20, "doanh nghiệp"), Q("6 hợp tác xã", 6, "hợp tác xã"),
 Q("11 doanh nhân tiêu biểu", 11, "doanh nhân tiêu biểu"), Q("30 căn nhà đại đoàn kết", 30, "căn nhà đại đoàn kết")],
[D("Kết luận", "14", "KL/TU", "2022-06-08", "Ban Thường vụ Tỉnh ủy", "Kết luận số 14-KL/TU ngày 8/6/2022"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Kon Tum"), com("Đăk Ui"), com("Duy Tân")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự › Chính trị", "Các đại biểu tham dự hội nghị. Ảnh: Hồng Thắm", "Ngày Doanh nhân Việt Nam",
 "Công ty TNHH Sâm Ngọc Linh Tu Mơ Rông", "Hợp tác xã Dịch vụ nông nghiệp Ngọc Réo"],
["Cập nhật: 20:10, 14/10/2024", "năm 2024", "20 năm", "Giai đoạn 2020 - 2024", "quý IV", "năm 2025"]))

PAGES.append(page("b9790-travinh-lmhtx-taphuan-2025", """
Cổng thông tin điện tử tỉnh Trà Vinh
Trang chủ » Tin tức » Kinh tế - Xã hội
13.06.2025 | 07:55
Học viên lớp bồi dưỡng tham quan mô hình Hợp tác xã Nông nghiệp Hòa Lợi.
Nâng cao năng lực quản trị cho giám đốc hợp tác xã, chủ doanh nghiệp nhỏ
Từ ngày 11 đến 13/6/2025, Liên minh Hợp tác xã tỉnh phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp bồi dưỡng kiến thức quản trị và công tác đảng trong hợp tác xã, doanh nghiệp nhỏ năm 2025 cho 95 học viên là giám đốc, thành viên hội đồng quản trị hợp tác xã, chủ doanh nghiệp tư nhân và cán bộ phụ trách kinh tế tập thể của các xã, phường.
Phát biểu khai mạc, bà Thạch Thị Sô Phiếu, Phó Chủ tịch Liên minh Hợp tác xã tỉnh, cho biết lớp học nhằm triển khai Luật Hợp tác xã số 17/2023/QH15 và Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân. Đến nay toàn tỉnh có 196 hợp tác xã, 19 chi bộ trong hợp tác xã, doanh nghiệp; hơn 60% giám đốc hợp tác xã là người dân tộc Khmer hoặc phụ nữ.
Trong 3 ngày, học viên được truyền đạt 6 chuyên đề: quản trị tài chính, xây dựng phương án sản xuất kinh doanh, chuyển đổi số, tiếp cận vốn tín dụng chính sách, trách nhiệm xã hội của doanh nghiệp và kỹ năng vận động thành viên, người lao động tham gia tổ chức đảng, đoàn thể. Giảng viên là ThS. Kiên Thị Phượng, Trưởng phòng Dân vận chính quyền, kinh tế - xã hội Ban Tuyên giáo và Dân vận Tỉnh ủy và chuyên gia của Ngân hàng Chính sách xã hội tỉnh.
Học viên cũng tham quan mô hình Hợp tác xã Nông nghiệp Hòa Lợi ở xã Hòa Lợi - hợp tác xã có 412 thành viên, doanh thu năm 2024 đạt 18,7 tỷ đồng, mỗi năm trích 150 triệu đồng quỹ phúc lợi hỗ trợ thành viên nghèo. Ông Sơn Ngọc Hoàng, Bí thư Chi bộ, Giám đốc hợp tác xã, chia sẻ: "Chi bộ có 7 đảng viên, mỗi đảng viên phụ trách giúp 3 hộ thành viên khó khăn, nên bà con rất tin hợp tác xã".
Bà Nguyễn Thị Kim Loan, chủ cơ sở sản xuất bánh tét ở xã Long Hiệp, cho biết sau lớp học sẽ mạnh dạn chuyển từ hộ kinh doanh lên doanh nghiệp để mở rộng thị trường, giữ việc làm cho 25 lao động nữ.
Bế mạc lớp học, đồng chí Kim Thị Mỹ Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị học viên vận dụng kiến thức vào thực tiễn; các hợp tác xã phấn đấu đến cuối năm 2025 thành lập thêm ít nhất 5 chi bộ. 100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
Thực hiện chủ trương sắp xếp đơn vị hành chính, từ ngày 1/7/2025 tỉnh Trà Vinh hợp nhất với tỉnh Vĩnh Long, tỉnh Bến Tre; Liên minh Hợp tác xã tỉnh đang chuẩn bị các thủ tục để hợp nhất, bảo đảm hoạt động hỗ trợ hợp tác xã không bị gián đoạn.
Huỳnh Như
Tin khác
- Cầu Ngang: ra mắt hợp tác xã dừa hữu cơ (05/06/2025)
- Quán triệt Nghị quyết 68 về phát triển kinh tế tư nhân (22/05/2025)
- Doanh nghiệp Trà Vinh hỗ trợ xóa nhà tạm (12/05/2025)
""", "2025-06-13", "Nâng cao năng lực quản trị cho giám đốc hợp tác xã, chủ doanh nghiệp nhỏ",
E("tap_huan", "2025", "2025-06-11"),
[P("Thạch Thị Sô Phiếu", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Kiên Thị Phượng", "ThS.", "Trưởng phòng Dân vận chính quyền, kinh tế - xã hội Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Ngọc Hoàng", "Bí thư Chi bộ", "Giám đốc hợp tác xã"),
 P("Nguyễn Thị Kim Loan", "chủ cơ sở sản xuất bánh tét"),
 P("Kim Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("95 học viên", 95, "học viên"), Q("196 hợp tác xã", 196, "hợp tác xã"), Q("19 chi bộ", 19, "chi bộ"), Q("hơn 60%", 60, "%", "over"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("412 thành viên", 412, "thành viên"), Q("18,7 tỷ đồng", 18700000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("7 đảng viên", 7, "đảng viên"), Q("3 hộ thành viên khó khăn", 3, "hộ thành viên khó khăn"),
 Q("25 lao động nữ", 25, "lao động nữ"), Q("ít nhất 5 chi bộ", 5, "chi bộ", "over"), Q("100%", 100, "%")],
[D("Luật", "17", "2023/QH15", None, None, "Luật Hợp tác xã số 17/2023/QH15"),
 D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025")],
[prov("Trà Vinh"), com("Hòa Lợi"), com("Long Hiệp"), prov("Vĩnh Long"), prov("Bến Tre")],
["Cổng thông tin điện tử tỉnh Trà Vinh", "Trang chủ » Tin tức » Kinh tế - Xã hội",
 "Học viên lớp bồi dưỡng tham quan mô hình Hợp tác xã Nông nghiệp Hòa Lợi.", "Ngân hàng Chính sách xã hội tỉnh",
 "Hợp tác xã Nông nghiệp Hòa Lợi"],
["13.06.2025 | 07:55", "năm 2025", "Trong 3 ngày", "năm 2024", "1/7/2025"]))
