from lib import *
PAGES = []

PAGES.append(page("b3137-laocai-mttq-xa-daihoi-2019", """
Cổng Thông tin điện tử huyện Bát Xát - Lào Cai
Bạn đang ở: Trang chủ » Tin tức » Mặt trận - Đoàn thể
Thứ Sáu, 10/05/2019
Đại hội đại biểu MTTQ xã Y Tý lần thứ XII thành công tốt đẹp
Sáng ngày 08/5/2019, Ủy ban MTTQ Việt Nam xã Y Tý, huyện Bát Xát, tỉnh Lào Cai tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2019 - 2024. Dự và chỉ đạo đại hội có bà Hoàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Chẻo Lở Chải, HUV, Chủ tịch Ủy ban MTTQ huyện Bát Xát; ông Sùng Seo Dũng, Bí thư Đảng ủy xã; ông Phàn Văn Khoa, Chủ tịch UBND xã. Về dự đại hội có 90 đại biểu là người tiêu biểu của các dân tộc Hà Nhì, Mông, Dao trong 12 thôn.
Toàn cảnh Đại hội MTTQ xã Y Tý.
5 năm qua, Mặt trận xã đã phối hợp với các đoàn thể vận động nhân dân hiến hơn 6.500 m2 đất, góp 2.800 ngày công làm 14 km đường liên thôn; vận động Quỹ "Vì người nghèo" được 47,5 triệu đồng; xây mới, sửa chữa 38 căn nhà cho hộ nghèo, trong đó có 21 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 62,4% năm 2014 xuống còn 35,1% cuối năm 2018. Ban Thanh tra nhân dân và Ban Giám sát đầu tư cộng đồng giám sát 9 công trình; không có đơn thư vượt cấp. Xã có 10/12 thôn được công nhận khu dân cư văn hóa; các thôn Lao Chải, Mò Phú Chải duy trì hương ước, quy ước tiến bộ.
Đại hội đề ra mục tiêu: mỗi năm giảm từ 5% hộ nghèo trở lên; 100% thôn có tổ hòa giải hoạt động hiệu quả; vận động xây dựng 30 căn nhà Đại đoàn kết; phấn đấu có 11 thôn đạt danh hiệu khu dân cư văn hóa; vận động đồng bào xóa bỏ tục lệ lạc hậu trong việc cưới, việc tang theo Chỉ thị 27-CT/TW của Bộ Chính trị và Kế hoạch số 112-KH/HU ngày 06/3/2019 của Huyện ủy Bát Xát.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ xã khóa XII. Ủy ban khóa mới đã hiệp thương cử Ban Thường trực 3 vị: ông Chu Văn Sơn, ĐUV, Chủ tịch Ủy ban MTTQ xã; bà Lý Lở Mẩy, Phó Chủ tịch Ủy ban MTTQ xã; ông Ly Seo Chứ, Ủy viên Thường trực. Đại hội cử 5 đại biểu dự Đại hội MTTQ huyện Bát Xát lần thứ XIX.
Cũng tại đại hội, ông Phàn Văn Khoa, Chủ tịch UBND xã đã tiếp thu các ý kiến của đại biểu về hỗ trợ giống cây thảo quả, nâng cấp đường lên thôn Ngải Thầu. Bà Hoàng Thị Mai đề nghị Ủy ban khóa mới tiếp tục đổi mới phương thức hoạt động, lấy khu dân cư làm địa bàn, phát huy người có uy tín, trưởng dòng họ trong vận động đồng bào.
Đại hội cũng thông qua Chương trình hành động của Ủy ban MTTQ xã nhiệm kỳ 2019 - 2024 và ra Nghị quyết Đại hội với tỷ lệ nhất trí cao.
Thảo Vy (TTVH huyện)
Lượt xem: 1.090
Tin liên quan
- Đại hội điểm MTTQ xã Mường Hum (26/04/2019)
- Bát Xát: 22/22 xã, thị trấn hoàn thành đại hội MTTQ (31/05/2019)
- Trao 15 căn nhà Đại đoàn kết tại xã Trịnh Tường (10/04/2019)
""", "2019-05-10", "Đại hội đại biểu MTTQ xã Y Tý lần thứ XII thành công tốt đẹp",
E("dai_hoi", None, "2019-05-08"),
[P("Hoàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chẻo Lở Chải", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bát Xát"),
 P("Sùng Seo Dũng", "Bí thư Đảng ủy xã"),
 P("Phàn Văn Khoa", "Chủ tịch UBND xã"),
 P("Chu Văn Sơn", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lý Lở Mẩy", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Ly Seo Chứ", "Ủy viên Thường trực")],
[Q("90 đại biểu", 90, "đại biểu"), Q("12 thôn", 12, "thôn"), Q("hơn 6.500 m2", 6500, "m2", "over"), Q("2.800 ngày công", 2800, "ngày công"),
 Q("14 km", 14, "km"), Q("47,5 triệu đồng", 47500000, "đồng"), Q("38 căn nhà", 38, "căn nhà"),
 Q("21 căn nhà Đại đoàn kết", 21, "căn nhà Đại đoàn kết"), Q("62,4%", 62.4, "%"), Q("35,1%", 35.1, "%"), Q("9 công trình", 9, "công trình"),
 Q("10/12 thôn", 10, "thôn"), Q("từ 5% hộ nghèo trở lên", 5, "%", "over"), Q("100%", 100, "%"),
 Q("30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết"), Q("11 thôn", 11, "thôn"), Q("31 vị", 31, "vị"), Q("3 vị", 3, "vị"),
 Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 27-CT/TW"),
 D("Kế hoạch", "112", "KH/HU", "2019-03-06", "Huyện ủy Bát Xát", "Kế hoạch số 112-KH/HU ngày 06/3/2019")],
[prov("Lào Cai"), com("Y Tý")],
["Cổng Thông tin điện tử huyện Bát Xát - Lào Cai", "Bạn đang ở: Trang chủ » Tin tức » Mặt trận - Đoàn thể",
 "Toàn cảnh Đại hội MTTQ xã Y Tý.", "Vì người nghèo", "Ban Thanh tra nhân dân", "Lượt xem: 1.090"],
["Thứ Sáu, 10/05/2019", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "5 năm", "năm 2014", "năm 2018", "khóa XII", "lần thứ XIX",
 "Lượt xem: 1.090"]))

PAGES.append(page("b3138-hoabinh-lhpn-tinh-daihoi-2021", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
25/06/2021 | 10:00
Ảnh: Bà Bùi Thị Xuân được bầu làm Chủ tịch Hội LHPN tỉnh khóa XVI.
Phụ nữ Hòa Bình quyết tâm thực hiện thắng lợi Nghị quyết Đại hội lần thứ XVI
Ngày 24/6, Hội Liên hiệp Phụ nữ tỉnh Hòa Bình tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI, nhiệm kỳ 2021 - 2026. Do diễn biến dịch Covid-19, đại hội được tổ chức gọn trong một ngày, bảo đảm công tác phòng, chống dịch. Dự đại hội có bà Hà Thị Nguyệt, Ủy viên Trung ương Đảng, Chủ tịch Hội LHPN Việt Nam; ông Bùi Đức Hạnh, Phó Bí thư Thường trực Tỉnh ủy; cùng 200 đại biểu chính thức đại diện cho trên 175.000 hội viên phụ nữ các dân tộc Mường, Kinh, Thái, Tày, Dao, Mông trong tỉnh.
Nhiệm kỳ 2016 - 2021, các cấp hội đã hỗ trợ 13.580 phụ nữ nghèo, phụ nữ dân tộc thiểu số tiếp cận vốn vay với dư nợ ủy thác qua Ngân hàng Chính sách xã hội hơn 1.720 tỷ đồng; giúp 6.214 hộ do phụ nữ làm chủ thoát nghèo. Hội thực hiện hiệu quả Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, hỗ trợ 1.036 phụ nữ khởi nghiệp, thành lập 28 hợp tác xã do phụ nữ quản lý. 100% cơ sở hội triển khai Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"; có 412 địa chỉ tin cậy, nhà tạm lánh tại cộng đồng hỗ trợ phụ nữ, trẻ em bị bạo lực.
Đại hội đề ra 6 chỉ tiêu nhiệm kỳ 2021 - 2026: phấn đấu thu hút 90% phụ nữ tham gia tổ chức Hội; 100% cơ sở hội có mô hình tiết kiệm; hỗ trợ ít nhất 1.500 phụ nữ khởi nghiệp; ươm tạo 100 ý tưởng khởi nghiệp; mỗi năm hỗ trợ 1.000 hộ phụ nữ nghèo thoát nghèo; giới thiệu 3.000 hội viên ưu tú cho Đảng. Đại hội thảo luận các giải pháp thực hiện Kết luận số 72-KL/TW ngày 04/3/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư khóa X.
Đại hội bầu Ban Chấp hành Hội LHPN tỉnh khóa XVI gồm 35 chị, Ban Thường vụ 9 chị. Bà Bùi Thị Xuân, Tỉnh ủy viên, được bầu tái cử Chủ tịch Hội LHPN tỉnh. Các bà Quách Thị Hường, Đinh Thị Lan Anh được bầu làm Phó Chủ tịch Hội LHPN tỉnh. Đại hội bầu đoàn đại biểu gồm 11 đại biểu chính thức dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.
Phát biểu chỉ đạo, bà Hà Thị Nguyệt đề nghị phụ nữ Hòa Bình giữ gìn bản sắc văn hóa Mường, phát triển du lịch cộng đồng ở các xóm như Lác, Giang Mỗ; quan tâm hơn đến phụ nữ vùng lòng hồ. Ông Bùi Đức Hạnh tặng đại hội bức trướng mang dòng chữ "Đoàn kết - Sáng tạo - Bình đẳng - Phát triển".
Đại hội cũng biểu dương 25 tập thể, 40 cá nhân tiêu biểu trong phong trào thi đua của phụ nữ toàn tỉnh.
Mai Hoa
Tin khác
- Hội LHPN huyện Mai Châu đại hội nhiệm kỳ 2021 - 2026 (20/04/2021)
- Đại hội phụ nữ xã Tân Lạc (mới) lần thứ I (05/03/2021)
- Hội LHPN tỉnh phát động ủng hộ phòng, chống dịch (10/05/2021)
""", "2021-06-25", "Phụ nữ Hòa Bình quyết tâm thực hiện thắng lợi Nghị quyết Đại hội lần thứ XVI",
E("dai_hoi", None, "2021-06-24"),
[P("Hà Thị Nguyệt", "Ủy viên Trung ương Đảng", "Chủ tịch Hội LHPN Việt Nam"),
 P("Bùi Đức Hạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Bùi Thị Xuân", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Quách Thị Hường", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Lan Anh", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("trên 175.000 hội viên phụ nữ", 175000, "hội viên phụ nữ", "over"),
 Q("13.580 phụ nữ nghèo, phụ nữ dân tộc thiểu số", 13580, "phụ nữ nghèo, phụ nữ dân tộc thiểu số"),
 Q("hơn 1.720 tỷ đồng", 1720000000000, "đồng", "over"), Q("6.214 hộ", 6214, "hộ"), Q("1.036 phụ nữ", 1036, "phụ nữ"),
 Q("28 hợp tác xã", 28, "hợp tác xã"), Q("100%", 100, "%"), Q("412 địa chỉ tin cậy, nhà tạm lánh", 412, "địa chỉ tin cậy, nhà tạm lánh"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("90%", 90, "%"), Q("ít nhất 1.500 phụ nữ", 1500, "phụ nữ", "over"),
 Q("100 ý tưởng khởi nghiệp", 100, "ý tưởng khởi nghiệp"), Q("1.000 hộ phụ nữ nghèo", 1000, "hộ phụ nữ nghèo"),
 Q("3.000 hội viên ưu tú", 3000, "hội viên ưu tú"), Q("35 chị", 35, "chị"), Q("9 chị", 9, "chị"),
 Q("11 đại biểu chính thức", 11, "đại biểu chính thức"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kết luận", "72", "KL/TW", "2020-03-04", "Ban Bí thư", "Kết luận số 72-KL/TW ngày 04/3/2020"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Hòa Bình")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Ảnh: Bà Bùi Thị Xuân được bầu làm Chủ tịch Hội LHPN tỉnh khóa XVI.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Xây dựng gia đình 5 không, 3 sạch",
 "Đoàn kết - Sáng tạo - Bình đẳng - Phát triển", "Ngân hàng Chính sách xã hội"],
["25/06/2021 | 10:00", "lần thứ XVI", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "một ngày", "khóa XVI", "5 không, 3 sạch",
 "lần thứ XIII", "khóa X", "giai đoạn 2017 - 2025"]))

PAGES.append(page("b3139-kontum-doan-tinh-daihoi-2022", """
Báo Kon Tum điện tử
Trang chủ » Chính trị » Đoàn - Hội
Cập nhật: 19/08/2022 15:32
Đồng chí A Pưi được bầu giữ chức Bí thư Tỉnh đoàn khóa XV
Ảnh: Ban Chấp hành Tỉnh đoàn khóa XV ra mắt đại hội.
BKT - Trong 2 ngày (17 - 18/8), Tỉnh đoàn Kon Tum tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Nguyễn Minh Khải, Bí thư Trung ương Đoàn; đồng chí Dương Văn Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Y Hmưi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 250 đại biểu chính thức, đại diện cho hơn 38.700 đoàn viên trong toàn tỉnh.
Nhiệm kỳ 2017 - 2022, các cấp bộ Đoàn đã triển khai hơn 1.450 công trình, phần việc thanh niên với tổng giá trị trên 26 tỷ đồng; hỗ trợ 312 dự án khởi nghiệp của thanh niên tiếp cận vốn vay trên 18 tỷ đồng. Đoàn kết nạp 14.826 đoàn viên mới, giới thiệu 4.360 đoàn viên ưu tú cho Đảng, trong đó 3.112 đoàn viên được kết nạp Đảng. Các cấp bộ Đoàn phối hợp tổ chức 96 lớp dạy tiếng Xơ Đăng, Ba Na, Gia Rai cho cán bộ, đoàn viên; duy trì 41 đội cồng chiêng thanh thiếu niên.
Đại hội đề ra 10 chỉ tiêu chủ yếu nhiệm kỳ 2022 - 2027, như: 85% thanh niên được học tập, quán triệt nghị quyết của Đảng; giới thiệu ít nhất 4.500 đoàn viên ưu tú cho Đảng; mỗi năm hỗ trợ khoảng 100 thanh niên khởi nghiệp; phấn đấu tỷ lệ tập hợp thanh niên đạt từ 75% trở lên; mỗi cơ sở Đoàn có ít nhất 1 mô hình kinh tế thanh niên. Đại hội thảo luận việc thực hiện Kết luận số 80-KL/TW ngày 15/6/2020 của Ban Bí thư, Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng cho thế hệ trẻ, và Chương trình hành động số 08-CTr/TU của Tỉnh ủy Kon Tum.
Ngày 18/8, Đại hội đã hiệp thương bầu Ban Chấp hành Tỉnh đoàn khóa XV gồm 37 đồng chí; Ban Thường vụ gồm 11 đồng chí. Đồng chí A Pưi, Tỉnh ủy viên, được bầu giữ chức Bí thư Tỉnh đoàn khóa XV. Các đồng chí: Y Thu, Nguyễn Hữu Hoàng, Rơ Châm Đức - Phó Bí thư Tỉnh đoàn. Ủy ban Kiểm tra Tỉnh đoàn gồm 7 đồng chí, đồng chí Y Mai Hơi được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn. Đại hội bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 9 đồng chí.
Đồng chí Dương Văn Thịnh trao bức trướng cho đại hội.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Khải đề nghị Tỉnh đoàn tập trung đồng hành với thanh niên dân tộc thiểu số ở vùng đặc biệt khó khăn như các xã Đăk Nên, Măng Bút, Ia Tơi; phát huy vai trò của thanh niên trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030.
Phóng viên BKT
Tin liên quan
- Đoàn Khối các cơ quan tỉnh đại hội lần thứ V (02/07/2022)
- Tu Mơ Rông: Đại hội Đoàn huyện nhiệm kỳ 2022 - 2027 (14/06/2022)
- 100% cơ sở Đoàn hoàn thành đại hội (30/05/2022)
""", "2022-08-19", "Đồng chí A Pưi được bầu giữ chức Bí thư Tỉnh đoàn khóa XV",
E("dai_hoi", None, "2022-08-17"),
[P("Nguyễn Minh Khải", "Bí thư Trung ương Đoàn"),
 P("Dương Văn Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Y Hmưi", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("A Pưi", "Bí thư Tỉnh đoàn", "Tỉnh ủy viên"),
 P("Y Thu", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Hữu Hoàng", "Phó Bí thư Tỉnh đoàn"), P("Rơ Châm Đức", "Phó Bí thư Tỉnh đoàn"),
 P("Y Mai Hơi", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 38.700 đoàn viên", 38700, "đoàn viên", "over"),
 Q("hơn 1.450 công trình, phần việc thanh niên", 1450, "công trình, phần việc thanh niên", "over"),
 Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"), Q("312 dự án khởi nghiệp", 312, "dự án khởi nghiệp"),
 Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"), Q("14.826 đoàn viên mới", 14826, "đoàn viên mới"),
 Q("4.360 đoàn viên ưu tú", 4360, "đoàn viên ưu tú"), Q("3.112 đoàn viên", 3112, "đoàn viên"),
 Q("96 lớp dạy tiếng Xơ Đăng, Ba Na, Gia Rai", 96, "lớp dạy tiếng Xơ Đăng, Ba Na, Gia Rai"),
 Q("41 đội cồng chiêng thanh thiếu niên", 41, "đội cồng chiêng thanh thiếu niên"), Q("10 chỉ tiêu", 10, "chỉ tiêu"),
 Q("85%", 85, "%"), Q("ít nhất 4.500 đoàn viên ưu tú", 4500, "đoàn viên ưu tú", "over"),
 Q("khoảng 100 thanh niên", 100, "thanh niên", "approx"), Q("từ 75% trở lên", 75, "%", "over"),
 Q("37 đồng chí", 37, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("9 đồng chí", 9, "đồng chí")],
[D("Kết luận", "80", "KL/TW", "2020-06-15", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 15/6/2020"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Chương trình hành động", "08", "CTr/TU", None, "Tỉnh ủy Kon Tum", "Chương trình hành động số 08-CTr/TU")],
[prov("Kon Tum"), com("Đăk Nên"), com("Măng Bút"), com("Ia Tơi")],
["Báo Kon Tum điện tử", "Trang chủ » Chính trị » Đoàn - Hội", "Ảnh: Ban Chấp hành Tỉnh đoàn khóa XV ra mắt đại hội.", "BKT",
 "Đồng chí Dương Văn Thịnh trao bức trướng cho đại hội.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 19/08/2022 15:32", "2 ngày", "lần thứ XV", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "1 mô hình", "khóa XV",
 "lần thứ XII", "37 đồng chí", "11 đồng chí", "7 đồng chí", "9 đồng chí", "giai đoạn 2021 - 2030"]))

PAGES.append(page("b3140-angiang-ccb-xa-daihoi-2022", """
Trang thông tin điện tử xã Châu Phong - thị xã Tân Châu - tỉnh An Giang
Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể
Ngày 22/04/2022
Hội Cựu chiến binh xã Châu Phong tổ chức Đại hội lần thứ VII
Chiều 20/4/2022, Hội Cựu chiến binh xã Châu Phong tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có ông Nguyễn Văn Chín, Chủ tịch Hội CCB thị xã Tân Châu; ông Võ Thanh Phong, Bí thư Đảng ủy xã; ông Haji Sa Ly Man, Phó Chủ tịch Ủy ban MTTQ xã, Phó Ban đại diện cộng đồng Hồi giáo (Islam) tỉnh cùng 65 đại biểu đại diện cho 186 hội viên đang sinh hoạt ở 7 chi hội.
Ông Nguyễn Văn Chín, Chủ tịch Hội CCB thị xã Tân Châu, tặng hoa chúc mừng đại hội.
Nhiệm kỳ 2017 - 2022, dù hai năm ảnh hưởng dịch Covid-19, Hội đã duy trì sinh hoạt đều đặn; hội viên đóng góp hơn 52 triệu đồng xây dựng quỹ hội, vận động giúp nhau vốn không lãi 96 triệu đồng cho 14 hộ hội viên khó khăn. Hội phối hợp xây dựng 3 căn nhà "Nghĩa tình đồng đội", mỗi căn trị giá 50 triệu đồng. Trong các đợt cao điểm phòng dịch, 28 hội viên tham gia tổ Covid cộng đồng, trực chốt ở các tuyến giáp biên giới. Toàn xã có 23 hộ hội viên CCB đạt sản xuất, kinh doanh giỏi; không còn hộ hội viên nghèo, còn 2 hộ cận nghèo.
Đại hội thống nhất mục tiêu nhiệm kỳ 2022 - 2027: 100% chi hội đạt trong sạch, vững mạnh; tập hợp từ 98% cựu chiến binh trở lên vào Hội; xây dựng quỹ hội bình quân 500.000 đồng/hội viên; vận động xây thêm 2 căn nhà "Nghĩa tình đồng đội"; mỗi chi hội có ít nhất 1 mô hình "Chi hội CCB tự quản an ninh trật tự". Đại hội quán triệt Hướng dẫn số 12-HD/CCB của Hội CCB tỉnh về đại hội cấp cơ sở và Chỉ thị 08-CT/TU ngày 26/11/2021 của Ban Thường vụ Tỉnh ủy An Giang về lãnh đạo đại hội Hội CCB các cấp.
Đại hội bầu Ban Chấp hành Hội CCB xã khóa VII gồm 7 đồng chí. Ông Nguyễn Thành Nhơn được bầu giữ chức Chủ tịch Hội CCB xã; ông Mohamad Ka Sim được bầu giữ chức Phó Chủ tịch Hội CCB xã. Ông Mohamad Ka Sim là người Chăm, từng tham gia chiến đấu bảo vệ biên giới Tây Nam năm 1979. Đại hội cũng bầu 4 đại biểu dự Đại hội Hội CCB thị xã Tân Châu lần thứ VII.
Phát biểu chỉ đạo, ông Võ Thanh Phong đề nghị Hội tiếp tục phối hợp với Đồn Biên phòng Vĩnh Xương vận động bà con người Chăm, người Kinh ở các ấp Phũm Soài, Vĩnh Tường giữ gìn an ninh biên giới, phòng chống buôn lậu, xuất nhập cảnh trái phép. Hội CCB xã cần quan tâm thăm hỏi hội viên già yếu, neo đơn, nhất là dịp lễ Ramadan và Tết Nguyên đán.
Ban Biên tập
Xem thêm
- Đại hội Hội Nông dân xã Châu Phong nhiệm kỳ 2023 - 2028 (chuẩn bị) (15/04/2022)
- Trao 5 căn nhà Đại đoàn kết cho hộ nghèo người Chăm (02/03/2022)
- Châu Phong ra quân phòng, chống dịch Covid-19 (10/01/2022)
""", "2022-04-22", "Hội Cựu chiến binh xã Châu Phong tổ chức Đại hội lần thứ VII",
E("dai_hoi", None, "2022-04-20"),
[P("Nguyễn Văn Chín", "Chủ tịch Hội CCB thị xã Tân Châu"),
 P("Võ Thanh Phong", "Bí thư Đảng ủy xã"),
 P("Haji Sa Ly Man", "Phó Chủ tịch Ủy ban MTTQ xã", "Phó Ban đại diện cộng đồng Hồi giáo (Islam) tỉnh"),
 P("Nguyễn Thành Nhơn", "Chủ tịch Hội CCB xã"),
 P("Mohamad Ka Sim", "Phó Chủ tịch Hội CCB xã")],
[Q("65 đại biểu", 65, "đại biểu"), Q("186 hội viên", 186, "hội viên"), Q("7 chi hội", 7, "chi hội"),
 Q("hơn 52 triệu đồng", 52000000, "đồng", "over"), Q("96 triệu đồng", 96000000, "đồng"), Q("14 hộ hội viên", 14, "hộ hội viên"),
 Q("3 căn nhà", 3, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"), Q("28 hội viên", 28, "hội viên"), Q("23 hộ hội viên CCB", 23, "hộ hội viên CCB"),
 Q("2 hộ cận nghèo", 2, "hộ cận nghèo"), Q("100%", 100, "%"), Q("từ 98% cựu chiến binh trở lên", 98, "%", "over"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 căn nhà", 2, "căn nhà"), Q("7 đồng chí", 7, "đồng chí"), Q("4 đại biểu", 4, "đại biểu")],
[D("Hướng dẫn", "12", "HD/CCB", None, "Hội CCB tỉnh", "Hướng dẫn số 12-HD/CCB"),
 D("Chỉ thị", "08", "CT/TU", "2021-11-26", "Ban Thường vụ Tỉnh ủy An Giang", "Chỉ thị 08-CT/TU ngày 26/11/2021")],
[prov("An Giang"), com("Châu Phong")],
["Trang thông tin điện tử xã Châu Phong - thị xã Tân Châu - tỉnh An Giang", "Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể",
 "Ông Nguyễn Văn Chín, Chủ tịch Hội CCB thị xã Tân Châu, tặng hoa chúc mừng đại hội.", "Nghĩa tình đồng đội",
 "Chi hội CCB tự quản an ninh trật tự", "Đồn Biên phòng Vĩnh Xương", "Ramadan"],
["Ngày 22/04/2022", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "hai năm", "Covid-19",
 "1 mô hình", "khóa VII", "năm 1979", "7 đồng chí"]))

PAGES.append(page("b3141-caobang-hnd-tinh-daihoi-2023", """
BÁO CAO BẰNG
Chính trị - Xã hội › Nông nghiệp - Nông thôn
11/08/2023 - 09:05
Ảnh: Đồng chí Nông Văn Thắng phát biểu tại Đại hội.
Đại hội đại biểu Hội Nông dân tỉnh Cao Bằng lần thứ XI: Đoàn kết, đổi mới, sáng tạo
(CB) - Ngày 10/8/2023, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Bùi Thị Hảo, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Triệu Đình Khang, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hoàng Văn Lợi, Chủ tịch UBND tỉnh. Đại hội có 230 đại biểu chính thức, thay mặt cho gần 112.000 hội viên nông dân các dân tộc Tày, Nùng, Mông, Dao, Sán Chỉ, Lô Lô trong tỉnh.
Theo báo cáo chính trị, nhiệm kỳ 2018 - 2023, phong trào nông dân thi đua sản xuất, kinh doanh giỏi có khoảng 39.600 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 38,4 tỷ đồng, thực hiện 211 dự án cho 1.620 hộ vay. Các cấp hội đã hướng dẫn thành lập 64 hợp tác xã, 312 tổ hợp tác; hỗ trợ 86 sản phẩm OCOP đạt từ 3 sao trở lên. Nông dân hiến trên 124.000 m2 đất, đóng góp hơn 71 tỷ đồng xây dựng nông thôn mới. Hội tham gia thực hiện Kết luận số 61-KL/TW của Ban Bí thư, Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 và Chương trình hành động số 27-CTr/TU, 28-CTr/TU của Tỉnh ủy.
Đại hội đề ra 4 chỉ tiêu nhiệm kỳ 2023 - 2028: kết nạp 10.000 hội viên mới; phát triển Quỹ Hỗ trợ nông dân mỗi năm tăng 5% trở lên; mỗi năm hướng dẫn thành lập ít nhất 10 hợp tác xã, 20 tổ hợp tác; 80% cơ sở hội đạt vững mạnh.
Đại hội đã hiệp thương bầu Ban Chấp hành Hội Nông dân tỉnh khóa XI gồm 33 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Nông Văn Thắng, Tỉnh ủy viên, tái cử Chủ tịch Hội Nông dân tỉnh. Các đồng chí Hà Thị Lụa, Lục Văn Páo giữ chức Phó Chủ tịch Hội Nông dân tỉnh khóa XI. Ủy ban Kiểm tra có 5 đồng chí, đồng chí Sầm Thị Huyên, Chủ nhiệm. Đại hội bầu 12 đại biểu chính thức dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Phát biểu chỉ đạo, đồng chí Bùi Thị Hảo đề nghị Hội Nông dân tỉnh Cao Bằng tiếp tục đổi mới nội dung, phương thức hoạt động; đồng hành với nông dân các xã biên giới như Đàm Thủy, Ngọc Côn phát triển sản phẩm hạt dẻ, miến dong, du lịch cộng đồng gắn với Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng. Dịp này, Trung ương Hội Nông dân Việt Nam trao tặng 5 bức trướng, 10 bằng khen cho các tập thể, cá nhân.
Vân Thanh - Hoàng Hà
Tin cùng chuyên mục
- Thạch An: Đại hội Hội Nông dân huyện lần thứ XI (12/07/2023)
- Trùng Khánh: 100% cơ sở hội nông dân hoàn thành đại hội (30/06/2023)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2023 (25/07/2023)
""", "2023-08-11", "Đại hội đại biểu Hội Nông dân tỉnh Cao Bằng lần thứ XI: Đoàn kết, đổi mới, sáng tạo",
E("dai_hoi", None, "2023-08-10"),
[P("Bùi Thị Hảo", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Triệu Đình Khang", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hoàng Văn Lợi", "Chủ tịch UBND tỉnh"),
 P("Nông Văn Thắng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Thị Lụa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lục Văn Páo", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sầm Thị Huyên", "Chủ nhiệm")],
[Q("230 đại biểu chính thức", 230, "đại biểu chính thức"), Q("gần 112.000 hội viên nông dân", 112000, "hội viên nông dân", "approx"),
 Q("khoảng 39.600 hộ", 39600, "hộ", "approx"), Q("38,4 tỷ đồng", 38400000000, "đồng"), Q("211 dự án", 211, "dự án"),
 Q("1.620 hộ", 1620, "hộ"), Q("64 hợp tác xã", 64, "hợp tác xã"), Q("312 tổ hợp tác", 312, "tổ hợp tác"),
 Q("86 sản phẩm OCOP", 86, "sản phẩm OCOP"), Q("trên 124.000 m2", 124000, "m2", "over"), Q("hơn 71 tỷ đồng", 71000000000, "đồng", "over"),
 Q("4 chỉ tiêu", 4, "chỉ tiêu"), Q("10.000 hội viên mới", 10000, "hội viên mới"), Q("5% trở lên", 5, "%", "over"),
 Q("ít nhất 10 hợp tác xã", 10, "hợp tác xã", "over"), Q("20 tổ hợp tác", 20, "tổ hợp tác"), Q("80%", 80, "%"),
 Q("33 đồng chí", 33, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"),
 Q("12 đại biểu chính thức", 12, "đại biểu chính thức"), Q("5 bức trướng", 5, "bức trướng"), Q("10 bằng khen", 10, "bằng khen")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "27", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU, 28-CTr/TU"),
 D("Chương trình hành động", "28", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU, 28-CTr/TU")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Ngọc Côn")],
["BÁO CAO BẰNG", "Chính trị - Xã hội › Nông nghiệp - Nông thôn", "Ảnh: Đồng chí Nông Văn Thắng phát biểu tại Đại hội.", "(CB)",
 "Quỹ Hỗ trợ nông dân", "Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", "OCOP"],
["11/08/2023 - 09:05", "lần thứ XI", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "3 sao", "khóa XIII", "năm 2030", "năm 2045",
 "Trung ương 5", "khóa XI", "lần thứ VIII", "33 đồng chí", "9 đồng chí", "5 đồng chí"]))

PAGES.append(page("b3142-quangtri-mttq-hoinghi-daihoidiem-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Hôm nay: Thứ Hai, 10/06/2024
Trang chủ - Tin tức - Hoạt động Mặt trận
Ngày đăng 07/06/2024 | 16:20
Ảnh: Quang cảnh hội nghị.
Rút kinh nghiệm đại hội điểm Mặt trận cấp xã, chuẩn bị đại hội cấp huyện
Ngày 5/6/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị rút kinh nghiệm đại hội điểm MTTQ Việt Nam cấp xã nhiệm kỳ 2024 - 2029 và triển khai công tác chuẩn bị đại hội cấp huyện năm 2024. Bà Nguyễn Thị Bích Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Thị Lan, Lê Quang Hòa; đại diện Ban Tổ chức Tỉnh ủy và Thường trực Ủy ban MTTQ 10 huyện, thị xã, thành phố.
Theo báo cáo, đến nay toàn tỉnh đã có 125/125 xã, phường, thị trấn tổ chức xong đại hội; trong đó 10 đơn vị tổ chức đại hội điểm. Các đại hội đã hiệp thương cử 3.712 vị vào Ủy ban MTTQ cấp xã, tỷ lệ người ngoài Đảng chiếm 38,6%, phụ nữ chiếm 31,2%, người dân tộc thiểu số chiếm 12,4%. Có 96 vị Chủ tịch Ủy ban MTTQ cấp xã được hiệp thương lại. Công tác chuẩn bị nhân sự bám sát Chỉ thị số 33-CT/TW ngày 01/3/2024 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029, Kế hoạch số 195-KH/TU ngày 02/4/2024 của Ban Thường vụ Tỉnh ủy.
Tại đại hội điểm xã Hướng Phùng, huyện Hướng Hóa, ông Hồ Văn Ba, người dân tộc Vân Kiều, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ xã; tại xã A Bung, huyện Đakrông, bà Pả Kăn Thị Nhung, người Pa Kô, được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Đại hội điểm phường Đông Lễ, thành phố Đông Hà chỉ kéo dài một buổi, tiết kiệm nhưng đạt yêu cầu, được đánh giá cao.
Ông Hồ Văn Ba (thứ hai từ trái) cùng Ban Thường trực Ủy ban MTTQ xã Hướng Phùng ra mắt đại hội.
Hội nghị chỉ ra một số hạn chế: một số nơi chuẩn bị văn kiện còn dài, chưa nêu bật được kết quả thực hiện 5 chương trình hành động; 3 xã chưa bố trí đủ cơ cấu đại diện tôn giáo trong Ủy ban. Kết luận hội nghị, bà Nguyễn Thị Bích Hằng yêu cầu 10 huyện, thị xã, thành phố hoàn thành đại hội cấp huyện trước ngày 30/7/2024; mỗi Ủy ban MTTQ cấp huyện có ít nhất 15% ủy viên là người ngoài Đảng, phấn đấu 30% nữ; tiếp tục thực hiện tốt Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và hoàn thành hỗ trợ 1.200 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở theo Kế hoạch 45/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Thu Hà (Ban Tuyên giáo MTTQ tỉnh)
Lượt truy cập: 80.215
Tin khác
- Đại hội điểm MTTQ xã Hướng Phùng nhiệm kỳ 2024 - 2029 (21/05/2024)
- Quảng Trị hoàn thành đại hội MTTQ cấp xã (31/05/2024)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 14 (08/01/2024)
""", "2024-06-07", "Rút kinh nghiệm đại hội điểm Mặt trận cấp xã, chuẩn bị đại hội cấp huyện",
E("hoi_nghi", "2024", "2024-06-05"),
[P("Nguyễn Thị Bích Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ba", "Chủ tịch Ủy ban MTTQ xã"),
 P("Pả Kăn Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("125/125 xã, phường, thị trấn", 125, "xã, phường, thị trấn"),
 Q("10 đơn vị", 10, "đơn vị"), Q("3.712 vị", 3712, "vị"), Q("38,6%", 38.6, "%"), Q("31,2%", 31.2, "%"), Q("12,4%", 12.4, "%"),
 Q("96 vị", 96, "vị"), Q("5 chương trình hành động", 5, "chương trình hành động"), Q("3 xã", 3, "xã"),
 Q("ít nhất 15%", 15, "%", "over"), Q("30%", 30, "%"), Q("1.200 căn nhà", 1200, "căn nhà")],
[D("Chỉ thị", "33", "CT/TW", "2024-03-01", "Ban Bí thư", "Chỉ thị số 33-CT/TW ngày 01/3/2024"),
 D("Kế hoạch", "195", "KH/TU", "2024-04-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 195-KH/TU ngày 02/4/2024"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 45/KH-MTTQ-BTT")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Bung"), com("Đông Lễ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Hôm nay: Thứ Hai, 10/06/2024", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Ảnh: Quang cảnh hội nghị.", "Ông Hồ Văn Ba (thứ hai từ trái) cùng Ban Thường trực Ủy ban MTTQ xã Hướng Phùng ra mắt đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 80.215"],
["Hôm nay: Thứ Hai, 10/06/2024", "Ngày đăng 07/06/2024 | 16:20", "nhiệm kỳ 2024 - 2029", "năm 2024", "lần thứ X", "một buổi",
 "thứ hai", "30/7/2024", "Lượt truy cập: 80.215"]))
