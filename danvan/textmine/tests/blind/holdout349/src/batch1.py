from lib import *
PAGES = []

PAGES.append(page("b8333-hatinh-hlhpn-daihoi-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Sáu, 17/06/2011 - 09:20
Ảnh: Đoàn Chủ tịch điều hành Đại hội.
Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XV thành công tốt đẹp
Trong hai ngày 15 và 16/6/2011, Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2011 - 2016. Về dự có 312 đại biểu chính thức, đại diện cho hơn 268.000 hội viên phụ nữ trong toàn tỉnh.
Dự Đại hội có đồng chí Trần Thị Kim Dừa, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; đồng chí Võ Văn Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Thị Thanh Bình, Phó Chủ tịch UBND tỉnh.
Báo cáo chính trị do đồng chí Nguyễn Thị Hoài Thương, Chủ tịch Hội LHPN tỉnh khóa XIV trình bày cho thấy: nhiệm kỳ 2006 - 2011, các cấp Hội đã vận động phụ nữ tham gia thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị 37, 38-CT/TU của Ban Thường vụ Tỉnh ủy. Các cấp Hội đã giúp 9.450 hộ phụ nữ nghèo vay vốn với tổng dư nợ hơn 312 tỷ đồng; có 6.218 hộ do phụ nữ làm chủ thoát nghèo; tỷ lệ hộ nghèo do phụ nữ làm chủ giảm từ 21,5% xuống còn 11,8%. Phong trào xây dựng "Mái ấm tình thương" đã trao 146 ngôi nhà cho hội viên nghèo, trị giá gần 4,9 tỷ đồng.
Công tác xây dựng tổ chức Hội được chú trọng, số hội viên tăng thêm 21.370 người; 100% cơ sở Hội xếp loại khá trở lên; giới thiệu 1.865 hội viên ưu tú cho Đảng xem xét kết nạp.
Phát biểu chỉ đạo, đồng chí Trần Thị Kim Dừa đề nghị Hội LHPN tỉnh tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", hướng về cơ sở, chú trọng phụ nữ vùng biển, vùng giáo.
Đại hội đã hiệp thương bầu 39 đồng chí vào Ban Chấp hành Hội LHPN tỉnh khóa XV. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu 11 đồng chí vào Ban Thường vụ. Đồng chí Nguyễn Thị Hoài Thương tái đắc cử Chủ tịch Hội LHPN tỉnh khóa XV; các đồng chí Đặng Thị Quỳnh Nga, Phan Thị Minh Lý được bầu giữ chức Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu 13 đại biểu đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI.
Đại hội đề ra 8 chỉ tiêu chủ yếu cho nhiệm kỳ 2011 - 2016, trong đó phấn đấu mỗi năm giúp ít nhất 1.500 hộ phụ nữ nghèo thoát nghèo và thu hút 80% trở lên phụ nữ trong độ tuổi vào Hội.
Thùy Dương
Tin liên quan
- Phụ nữ Cẩm Xuyên hướng về Đại hội (10/06/2011)
- Hội LHPN xã Thạch Kim tổ chức Đại hội điểm (12/04/2011)
- Trao 20 mái ấm tình thương cho hội viên nghèo (21/03/2011)
- Phụ nữ Kỳ Anh giúp nhau phát triển kinh tế gia đình (05/03/2011)
""", "2011-06-17", "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XV thành công tốt đẹp",
E("dai_hoi", None, "2011-06-15"),
[P("Trần Thị Kim Dừa", "Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
 P("Võ Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hoài Thương", "Chủ tịch Hội LHPN tỉnh khóa XIV", "Chủ tịch Hội LHPN tỉnh khóa XV"),
 P("Đặng Thị Quỳnh Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Minh Lý", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("312 đại biểu chính thức", 312, "đại biểu chính thức"), Q("hơn 268.000 hội viên phụ nữ", 268000, "hội viên phụ nữ", "over"),
 Q("9.450 hộ phụ nữ nghèo", 9450, "hộ phụ nữ nghèo"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
 Q("6.218 hộ", 6218, "hộ"), Q("21,5%", 21.5, "%"), Q("11,8%", 11.8, "%"),
 Q("146 ngôi nhà", 146, "ngôi nhà"), Q("gần 4,9 tỷ đồng", 4900000000, "đồng", "approx"),
 Q("21.370 người", 21370, "người"), Q("100%", 100, "%"), Q("1.865 hội viên ưu tú", 1865, "hội viên ưu tú"),
 Q("39 đồng chí", 39, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("13 đại biểu", 13, "đại biểu"),
 Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu"), Q("ít nhất 1.500 hộ phụ nữ nghèo", 1500, "hộ phụ nữ nghèo", "over"),
 Q("80% trở lên", 80, "%", "over")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Chỉ thị", "37", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 37, 38-CT/TU"),
 D("Chỉ thị", "38", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 37, 38-CT/TU")],
[prov("Hà Tĩnh")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Đoàn Chủ tịch điều hành Đại hội.",
 "Mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch"],
["Thứ Sáu, 17/06/2011 - 09:20", "lần thứ XV", "nhiệm kỳ 2011 - 2016", "nhiệm kỳ 2006 - 2011", "39 đồng chí", "11 đồng chí",
 "5 không, 3 sạch", "lần thứ XI"]))

PAGES.append(page("b8334-laocai-doan-daihoi-2012", """
Báo Lào Cai điện tử
Tin tức > Chính trị > Đoàn thể
Cập nhật: 16:45, 28/09/2012 (GMT+7)
Anh Lý Seo Chứ được bầu làm Bí thư Tỉnh đoàn khóa XIV
(BLC) - Chiều 27/9, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Lào Cai lần thứ XIV, nhiệm kỳ 2012 - 2017 đã bế mạc sau hai ngày làm việc khẩn trương. Đại hội đã bầu 35 đồng chí vào Ban Chấp hành Tỉnh đoàn khóa XIV.
Toàn cảnh phiên bế mạc Đại hội.
Tham dự Đại hội có 250 đại biểu chính thức thay mặt cho trên 42.000 đoàn viên thanh niên của 164 cơ sở đoàn trực thuộc các huyện, thành đoàn. Đồng chí Lê Quang Vịnh, Bí thư Thường trực Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam dự và phát biểu chỉ đạo.
Nhiệm kỳ 2007 - 2012, tổ chức Đoàn tỉnh Lào Cai đã thực hiện có hiệu quả Nghị quyết 25-NQ/TW ngày 25/7/2008 của BCH Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa. Các cơ sở Đoàn đã xây dựng 118 công trình thanh niên có tổng giá trị khoảng 6,4 tỷ đồng; hỗ trợ 2.300 đoàn viên thanh niên vay vốn phát triển kinh tế; tổ chức dạy nghề cho hơn 5.600 thanh niên nông thôn, trong đó có nhiều thanh niên người Mông, Dao, Hà Nhì. Tỉnh đoàn giới thiệu 3.120 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 2.748 đoàn viên đã được kết nạp.
Đại hội đã thông qua 6 chỉ tiêu và 3 chương trình đột phá của nhiệm kỳ 2012 - 2017, phấn đấu hằng năm có từ 70% đến 75% cơ sở đoàn đạt vững mạnh.
Tại phiên bế mạc, các đại biểu đã tiến hành bầu cử. Ban Chấp hành Tỉnh đoàn khóa XIV họp phiên thứ nhất, bầu 11 đồng chí vào Ban Thường vụ; anh Lý Seo Chứ được tín nhiệm giữ chức Bí thư Tỉnh đoàn khóa XIV; các anh Phàn Văn Tả, Hoàng Quốc Khánh và chị Vàng Thị Mai - Phó Bí thư Tỉnh đoàn. Ủy ban Kiểm tra Tỉnh đoàn gồm 7 đồng chí, do chị Lù Thị Dung, Ủy viên Ban Thường vụ Tỉnh đoàn làm Chủ nhiệm.
Đại hội cũng bầu đoàn đại biểu gồm 9 đồng chí đi dự Đại hội Đoàn toàn quốc lần thứ X. Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Giàng Seo Chải, Phó Bí thư Tỉnh ủy, trao tặng Đại hội bức trướng mang dòng chữ "Thanh niên Lào Cai xung kích, sáng tạo, tình nguyện vì cuộc sống cộng đồng".
Phát biểu nhận nhiệm vụ, Bí thư Tỉnh đoàn Lý Seo Chứ cam kết Ban Chấp hành khóa mới sẽ đoàn kết, đổi mới, triển khai ngay Kế hoạch số 12-KH/TĐTN về học tập, quán triệt Nghị quyết Đại hội tới 100% chi đoàn trong quý IV/2012.
Minh Hải
Các tin khác
- Sa Pa: 150 thanh niên tình nguyện ra quân làm đường (20/09/2012)
- Tỉnh đoàn tổ chức Đại hội điểm tại xã Bản Phố (15/06/2012)
- Thanh niên Bát Xát tham gia phòng chống lũ quét (02/08/2012)
""", "2012-09-28", "Anh Lý Seo Chứ được bầu làm Bí thư Tỉnh đoàn khóa XIV",
E("dai_hoi", None, "2012-09-26"),
[P("Lý Seo Chứ", "Bí thư Tỉnh đoàn khóa XIV"),
 P("Lê Quang Vịnh", "Bí thư Thường trực Trung ương Đoàn", "Chủ tịch Hội Sinh viên Việt Nam"),
 P("Phàn Văn Tả", "Phó Bí thư Tỉnh đoàn"), P("Hoàng Quốc Khánh", "Phó Bí thư Tỉnh đoàn"), P("Vàng Thị Mai", "Phó Bí thư Tỉnh đoàn"),
 P("Lù Thị Dung", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Chủ nhiệm"),
 P("Giàng Seo Chải", "Phó Bí thư Tỉnh ủy")],
[Q("35 đồng chí", 35, "đồng chí"), Q("250 đại biểu chính thức", 250, "đại biểu chính thức"),
 Q("trên 42.000 đoàn viên thanh niên", 42000, "đoàn viên thanh niên", "over"), Q("164 cơ sở đoàn trực thuộc", 164, "cơ sở đoàn trực thuộc"),
 Q("118 công trình thanh niên", 118, "công trình thanh niên"), Q("khoảng 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("2.300 đoàn viên thanh niên", 2300, "đoàn viên thanh niên"), Q("hơn 5.600 thanh niên nông thôn", 5600, "thanh niên nông thôn", "over"),
 Q("3.120 đoàn viên ưu tú", 3120, "đoàn viên ưu tú"), Q("2.748 đoàn viên", 2748, "đoàn viên"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("3 chương trình đột phá", 3, "chương trình đột phá"),
 Q("70%", 70, "%"), Q("75%", 75, "%"),
 Q("11 đồng chí", 11, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("100% chi đoàn", 100, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "BCH Trung ương", "Nghị quyết 25-NQ/TW ngày 25/7/2008"),
 D("Kế hoạch", "12", "KH/TĐTN", None, None, "Kế hoạch số 12-KH/TĐTN")],
[prov("Lào Cai")],
["Báo Lào Cai điện tử", "Tin tức > Chính trị > Đoàn thể", "(BLC)", "Toàn cảnh phiên bế mạc Đại hội.",
 "Thanh niên Lào Cai xung kích, sáng tạo, tình nguyện vì cuộc sống cộng đồng"],
["Cập nhật: 16:45, 28/09/2012 (GMT+7)", "lần thứ XIV", "nhiệm kỳ 2012 - 2017", "Nhiệm kỳ 2007 - 2012", "35 đồng chí", "11 đồng chí",
 "7 đồng chí", "9 đồng chí", "lần thứ X", "quý IV/2012", "hai ngày"]))

PAGES.append(page("b8335-soctrang-hnd-daihoi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và đoàn thể
20/06/2013 - 10:35
Đại hội đại biểu Hội Nông dân tỉnh Sóc Trăng lần thứ VIII, nhiệm kỳ 2013 - 2018
Sáng 19/6, tại Hội trường Tỉnh ủy, Hội Nông dân tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2013 - 2018 với sự tham dự của 286 đại biểu, thay mặt hơn 156.000 hội viên nông dân trong tỉnh, trong đó có 64 đại biểu là người dân tộc Khmer.
Đồng chí Thạch Sô Phanh trình bày báo cáo chính trị tại Đại hội.
Đến dự và chỉ đạo Đại hội có đồng chí Lưu Xuân Mạc, Ủy viên BCH Trung ương Đảng, Chủ tịch BCH Trung ương Hội Nông dân Việt Nam; về phía tỉnh có đồng chí Trần Văn Chuyên, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Theo báo cáo chính trị do đồng chí Thạch Sô Phanh, Phó Chủ tịch Thường trực Hội Nông dân tỉnh trình bày, trong nhiệm kỳ qua các cấp Hội đã tích cực triển khai Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Quỹ Hỗ trợ nông dân các cấp đạt hơn 18,5 tỷ đồng, giúp 3.420 lượt hộ vay; Hội đã phối hợp mở 412 lớp tập huấn chuyển giao khoa học kỹ thuật cho trên 21.000 lượt nông dân. Toàn tỉnh có 52.118 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, tăng 12% so với nhiệm kỳ trước. Nông dân đã đóng góp 27,6 tỷ đồng, hiến 186.000 m2 đất để xây dựng 240 cây cầu nông thôn và làm đường giao thông.
Ông Lý Sà Rươne, nông dân xã Vĩnh Hải, thị xã Vĩnh Châu, chia sẻ mô hình trồng hành tím kết hợp nuôi tôm cho thu nhập khoảng 350 triệu đồng mỗi năm. Bà Thạch Thị Sô Phol, Chủ tịch Hội Nông dân xã Lâm Tân, kiến nghị tăng nguồn vốn vay cho nông dân nghèo người Khmer.
Đại hội đã hiệp thương bầu 41 đồng chí vào Ban Chấp hành Hội Nông dân tỉnh khóa VIII. Hội nghị Ban Chấp hành lần thứ nhất đã bầu Ban Thường vụ gồm 9 đồng chí; ông Lâm Văn Mến được bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa VIII; các ông Thạch Sô Phanh, Trần Văn Tâm Em tiếp tục giữ chức Phó Chủ tịch. Đại hội chọn 8 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VI.
Đại hội thống nhất nhiệm kỳ 2013 - 2018 phấn đấu mỗi năm có từ 45% số hộ nông dân trở lên đạt danh hiệu sản xuất, kinh doanh giỏi; kết nạp mới 15.000 hội viên.
Hồng Phúc
Tin cùng chuyên mục
- Nông dân Mỹ Xuyên chung sức xây dựng nông thôn mới (14/06/2013)
- Hội Nông dân huyện Trần Đề đại hội nhiệm kỳ 2013 - 2018 (08/05/2013)
- Tập huấn kỹ thuật trồng lúa thơm cho 300 nông dân (22/04/2013)
""", "2013-06-20", "Đại hội đại biểu Hội Nông dân tỉnh Sóc Trăng lần thứ VIII, nhiệm kỳ 2013 - 2018",
E("dai_hoi", None, "2013-06-19"),
[P("Thạch Sô Phanh", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh", "Phó Chủ tịch"),
 P("Lưu Xuân Mạc", "Ủy viên BCH Trung ương Đảng", "Chủ tịch BCH Trung ương Hội Nông dân Việt Nam"),
 P("Trần Văn Chuyên", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Sà Rươne"),
 P("Thạch Thị Sô Phol", "Chủ tịch Hội Nông dân xã Lâm Tân"),
 P("Lâm Văn Mến", "Chủ tịch Hội Nông dân tỉnh khóa VIII"),
 P("Trần Văn Tâm Em", "Phó Chủ tịch")],
[Q("286 đại biểu", 286, "đại biểu"), Q("hơn 156.000 hội viên nông dân", 156000, "hội viên nông dân", "over"),
 Q("64 đại biểu", 64, "đại biểu"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("3.420 lượt hộ", 3420, "lượt hộ"),
 Q("412 lớp tập huấn", 412, "lớp tập huấn"), Q("trên 21.000 lượt nông dân", 21000, "lượt nông dân", "over"),
 Q("52.118 hộ", 52118, "hộ"), Q("12%", 12, "%"), Q("27,6 tỷ đồng", 27600000000, "đồng"), Q("186.000 m2", 186000, "m2"),
 Q("240 cây cầu nông thôn", 240, "cây cầu nông thôn"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"),
 Q("41 đồng chí", 41, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("8 đại biểu chính thức", 8, "đại biểu chính thức"),
 Q("từ 45% số hộ nông dân trở lên", 45, "%", "over"), Q("15.000 hội viên", 15000, "hội viên")],
[D("Nghị quyết", "26", "NQ/TW", None, None, "Nghị quyết số 26-NQ/TW"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lâm Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và đoàn thể",
 "Đồng chí Thạch Sô Phanh trình bày báo cáo chính trị tại Đại hội.", "Quỹ Hỗ trợ nông dân", "Hội trường Tỉnh ủy"],
["20/06/2013 - 10:35", "lần thứ VIII", "nhiệm kỳ 2013 - 2018", "41 đồng chí", "9 đồng chí", "lần thứ VI"]))

PAGES.append(page("b8336-gialai-hlhtn-daihoi-2014", """
Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai
Thời sự | Chính trị - Xã hội | Thanh niên
08:15 | 17/10/2014
Toàn cảnh Đại hội. Ảnh: Hà Duy
Đại hội Hội LHTN Việt Nam tỉnh Gia Lai lần thứ VI: Siu Hyơn tái đắc cử Chủ tịch
(GL) - Ngày 16/10/2014, Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2014 - 2019. Dự Đại hội có 300 đại biểu ưu tú đại diện cho hơn 118.000 hội viên, thanh niên thuộc 17 huyện, thị xã, thành phố, trong đó 96 đại biểu là người dân tộc thiểu số.
Tham dự có các đồng chí: Nguyễn Hải Long, Bí thư Trung ương Đoàn, Chủ tịch Trung ương Hội LHTN Việt Nam; Ksor Phước Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Nhiệm kỳ 2009 - 2014, các cấp Hội đã triển khai Chỉ thị 42, 43-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên vùng đồng bào dân tộc thiểu số và vùng có đạo. Các cơ sở Hội đã tổ chức 1.260 buổi sinh hoạt, giao lưu văn hóa cồng chiêng, thu hút khoảng 86.000 lượt thanh niên tham gia; xây dựng 74 "Làng thanh niên không có người vi phạm pháp luật"; phối hợp Ngân hàng Chính sách xã hội tỉnh giải ngân gần 95 tỷ đồng cho 2.870 hộ thanh niên vay vốn. Hội đã hỗ trợ 48 căn nhà "Mái ấm thanh niên", mỗi căn trị giá từ 30 đến 40 triệu đồng.
Tham luận tại Đại hội, anh Rah Lan Đức, Chủ tịch Hội LHTN xã Ia Dom, chia sẻ kinh nghiệm vận động thanh niên Jrai tham gia tổ tự quản đường biên. Chị H'Yim Kđoh, Phó Bí thư Đoàn xã Ia Băng, kiến nghị mở thêm lớp dạy nghề cho thanh niên bỏ học sớm.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban Hội LHTN Việt Nam tỉnh khóa VI. Phiên họp thứ nhất của Ủy ban Hội đã hiệp thương cử 15 vị vào Ban Thư ký; anh Siu Hyơn, TUV, Bí thư Tỉnh đoàn tái đắc cử Chủ tịch Hội LHTN Việt Nam tỉnh khóa VI. Các anh, chị: Đinh Văn Nhơn, Nguyễn Thị Thu Hằng, Kpă Thị Hiền được hiệp thương giữ chức Phó Chủ tịch Hội LHTN Việt Nam tỉnh.
Đại hội đề ra 5 nhóm chỉ tiêu, phấn đấu đến năm 2019 tập hợp 65% thanh niên trên địa bàn tham gia tổ chức Đoàn, Hội; mỗi năm giới thiệu không dưới 1.000 đoàn viên, hội viên ưu tú cho Đảng.
Phát biểu chỉ đạo, đồng chí Nguyễn Hải Long đề nghị Hội LHTN tỉnh chú trọng tập hợp thanh niên công giáo, thanh niên Tin lành; đổi mới nội dung sinh hoạt theo Kế hoạch số 31-KH/UBH, đồng thời nâng cao chất lượng "Ngày thứ Bảy tình nguyện".
Bên cạnh kết quả đạt được, Đại hội thẳng thắn chỉ ra hạn chế: một số cơ sở Hội ở vùng sâu sinh hoạt chưa đều, việc nắm bắt tâm tư của thanh niên đi làm ăn xa còn lúng túng; nội dung hoạt động chưa thật sự hấp dẫn thanh niên công nhân ở các nông, lâm trường.
Văn Ngọc
Tin liên quan
- Đắk Đoa: 200 thanh niên ra quân mùa hè tình nguyện (18/07/2014)
- Hội LHTN Chư Sê đại hội nhiệm kỳ 2014 - 2019 (04/09/2014)
- Thanh niên Ia Grai giúp dân thu hoạch cà phê (21/11/2013)
""", "2014-10-17", "Đại hội Hội LHTN Việt Nam tỉnh Gia Lai lần thứ VI: Siu Hyơn tái đắc cử Chủ tịch",
E("dai_hoi", None, "2014-10-16"),
[P("Nguyễn Hải Long", "Bí thư Trung ương Đoàn", "Chủ tịch Trung ương Hội LHTN Việt Nam"),
 P("Ksor Phước Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Đức", "Chủ tịch Hội LHTN xã Ia Dom"),
 P("H'Yim Kđoh", "Phó Bí thư Đoàn xã Ia Băng"),
 P("Siu Hyơn", "TUV", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh khóa VI", "Chủ tịch"),
 P("Đinh Văn Nhơn", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"), P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Kpă Thị Hiền", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh")],
[Q("300 đại biểu ưu tú", 300, "đại biểu ưu tú"), Q("hơn 118.000 hội viên, thanh niên", 118000, "hội viên, thanh niên", "over"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("96 đại biểu", 96, "đại biểu"),
 Q("1.260 buổi sinh hoạt, giao lưu văn hóa cồng chiêng", 1260, "buổi sinh hoạt, giao lưu văn hóa cồng chiêng"),
 Q("khoảng 86.000 lượt thanh niên", 86000, "lượt thanh niên", "approx"),
 Q("74 \"Làng thanh niên", 74, "Làng thanh niên không có người vi phạm pháp luật"),
 Q("gần 95 tỷ đồng", 95000000000, "đồng", "approx"), Q("2.870 hộ thanh niên", 2870, "hộ thanh niên"),
 Q("48 căn nhà", 48, "căn nhà"), Q("từ 30", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("45 vị", 45, "vị"), Q("15 vị", 15, "vị"), Q("5 nhóm chỉ tiêu", 5, "nhóm chỉ tiêu"), Q("65% thanh niên", 65, "%"),
 Q("không dưới 1.000 đoàn viên, hội viên ưu tú", 1000, "đoàn viên, hội viên ưu tú", "over")],
[D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Chỉ thị", "43", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Kế hoạch", "31", "KH/UBH", None, None, "Kế hoạch số 31-KH/UBH")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Băng")],
["Báo Gia Lai - Cơ quan của Đảng bộ tỉnh Gia Lai", "Thời sự | Chính trị - Xã hội | Thanh niên", "Toàn cảnh Đại hội. Ảnh: Hà Duy", "(GL)",
 "Mái ấm thanh niên", "Ngày thứ Bảy tình nguyện", "Ngân hàng Chính sách xã hội tỉnh"],
["08:15 | 17/10/2014", "lần thứ VI", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "năm 2019"]))

PAGES.append(page("b8337-namdinh-khuyenhoc-daihoi-2015", """
SỞ THÔNG TIN VÀ TRUYỀN THÔNG NAM ĐỊNH - TRANG TIN ĐIỆN TỬ TỔNG HỢP
Trang chủ >> Tin tức >> Giáo dục - Khuyến học
Ngày đăng 12/08/2015 | 15:40
Đại hội Hội Khuyến học tỉnh lần thứ IV, nhiệm kỳ 2015-2020
Ngày 11/8/2015, Hội Khuyến học tỉnh Nam Định tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2015-2020. Về dự Đại hội có 215 đại biểu thay mặt cho gần 480.000 hội viên khuyến học của 229 xã, phường, thị trấn trong tỉnh.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Dự Đại hội có GS.TS. Nguyễn Thị Đoan Trang, Chủ tịch Hội Khuyến học Việt Nam; đồng chí Đoàn Hồng Quân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và PGS.TS. Trần Văn Hòe, nguyên Phó Giám đốc Sở Giáo dục và Đào tạo.
Nhiệm kỳ 2010-2015, thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về đẩy mạnh công tác khuyến học, khuyến tài, xây dựng xã hội học tập và Quyết định số 281/QĐ-TTg ngày 20/2/2014 của Thủ tướng Chính phủ, các cấp Hội đã huy động quỹ khuyến học đạt trên 112 tỷ đồng, trao hơn 356.000 suất học bổng, phần thưởng cho học sinh, sinh viên nghèo vượt khó, học giỏi. Toàn tỉnh có 412.600 hộ đạt danh hiệu "Gia đình hiếu học", chiếm 78,3% tổng số hộ; 3.840 dòng họ được công nhận "Dòng họ hiếu học"; 198 trung tâm học tập cộng đồng hoạt động hiệu quả.
Ông Vũ Đình Thạc, Chủ tịch Hội Khuyến học xã Hải Đường, cho biết xã đã xây dựng quỹ khuyến học của 36 dòng họ với số tiền khoảng 1,2 tỷ đồng.
Phát biểu tại Đại hội, GS.TS. Nguyễn Thị Đoan Trang biểu dương thành tích của Hội Khuyến học Nam Định, đề nghị tiếp tục phối hợp thực hiện đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng".
Đại hội đã bầu 47 ông, bà vào Ban Chấp hành khóa IV. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu 13 ông, bà vào Ban Thường vụ; bà Trần Thị Bích Hường, nguyên Phó Chủ tịch HĐND tỉnh, được bầu làm Chủ tịch Hội Khuyến học tỉnh nhiệm kỳ 2015-2020; các ông Phạm Quang Lương, Đỗ Văn Tiến và bà Ngô Thị Lan Phương được bầu giữ chức Phó Chủ tịch.
Hội phấn đấu đến năm 2020 có từ 85% trở lên số hộ đạt "Gia đình hiếu học", 100% thôn, xóm, tổ dân phố có chi hội khuyến học; mỗi năm vận động quỹ khuyến học không dưới 25 tỷ đồng.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp khuyến học" cho 18 cá nhân.
Các ý kiến thảo luận tại Đại hội cũng thẳng thắn chỉ ra những hạn chế: hoạt động của một số chi hội ở vùng ven biển còn hình thức, việc xây dựng mô hình "Cộng đồng học tập" cấp xã chưa đồng đều; sự phối hợp giữa Hội với ngành giáo dục, các đoàn thể ở một số nơi chưa chặt chẽ.
Thanh Hương
Tin khác
- Xuân Trường trao 1.200 suất học bổng cho học sinh nghèo (25/07/2015)
- Hội Khuyến học thành phố Nam Định đại hội nhiệm kỳ mới (18/06/2015)
- Tôn vinh 150 "Gia đình hiếu học" tiêu biểu (02/06/2015)
""", "2015-08-12", "Đại hội Hội Khuyến học tỉnh lần thứ IV, nhiệm kỳ 2015-2020",
E("dai_hoi", None, "2015-08-11"),
[P("Nguyễn Thị Đoan Trang", "GS.TS.", "Chủ tịch Hội Khuyến học Việt Nam"),
 P("Đoàn Hồng Quân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Văn Hòe", "PGS.TS.", "nguyên Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Vũ Đình Thạc", "Chủ tịch Hội Khuyến học xã Hải Đường"),
 P("Trần Thị Bích Hường", "nguyên Phó Chủ tịch HĐND tỉnh", "Chủ tịch Hội Khuyến học tỉnh nhiệm kỳ 2015-2020"),
 P("Phạm Quang Lương", "Phó Chủ tịch"), P("Đỗ Văn Tiến", "Phó Chủ tịch"), P("Ngô Thị Lan Phương", "Phó Chủ tịch")],
[Q("215 đại biểu", 215, "đại biểu"), Q("gần 480.000 hội viên khuyến học", 480000, "hội viên khuyến học", "approx"),
 Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn"), Q("trên 112 tỷ đồng", 112000000000, "đồng", "over"),
 Q("hơn 356.000 suất học bổng, phần thưởng", 356000, "suất học bổng, phần thưởng", "over"),
 Q("412.600 hộ", 412600, "hộ"), Q("78,3%", 78.3, "%"), Q("3.840 dòng họ", 3840, "dòng họ"),
 Q("198 trung tâm học tập cộng đồng", 198, "trung tâm học tập cộng đồng"), Q("36 dòng họ", 36, "dòng họ"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("47 ông, bà", 47, "ông, bà"), Q("13 ông, bà", 13, "ông, bà"),
 Q("từ 85% trở lên", 85, "%", "over"), Q("100% thôn", 100, "%"), Q("không dưới 25 tỷ đồng", 25000000000, "đồng", "over"),
 Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/2/2014")],
[prov("Nam Định"), com("Hải Đường")],
["SỞ THÔNG TIN VÀ TRUYỀN THÔNG NAM ĐỊNH - TRANG TIN ĐIỆN TỬ TỔNG HỢP", "Trang chủ >> Tin tức >> Giáo dục - Khuyến học",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Gia đình hiếu học", "Dòng họ hiếu học", "Cộng đồng học tập",
 "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng", "Vì sự nghiệp khuyến học"],
["Ngày đăng 12/08/2015 | 15:40", "lần thứ IV", "nhiệm kỳ 2015-2020", "Nhiệm kỳ 2010-2015", "năm 2020"]))

PAGES.append(page("b8338-quangtri-chuthapdo-daihoi-2016", """
Báo Quảng Trị Online
Trang chủ › Xã hội › Nhân đạo - Từ thiện
Thứ Sáu, 24/06/2016, 07:30
Hội Chữ thập đỏ tỉnh tổ chức Đại hội đại biểu lần thứ VII
(QT) - Trong ngày 23/6, Hội Chữ thập đỏ tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2016 - 2021. Đến dự có đồng chí Trần Quốc Hiệp, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; đồng chí Nguyễn Văn Hưng, Phó Bí thư Tỉnh ủy.
Các đại biểu dự Đại hội hiến máu tình nguyện hưởng ứng "Hành trình Đỏ".
Đại hội có 180 đại biểu chính thức, thay mặt cho hơn 62.000 hội viên, tình nguyện viên, thanh niên chữ thập đỏ. Nhiệm kỳ 2011 - 2016, các cấp Hội đã vận động được tiền và hàng hóa trị giá 96,8 tỷ đồng để cứu trợ, giúp đỡ khoảng 410.000 lượt người nghèo, nạn nhân thiên tai; xây dựng 512 ngôi nhà Chữ thập đỏ; tổ chức cho 4.860 người khuyết tật, trẻ mồ côi được chăm sóc thường xuyên. Phong trào hiến máu tình nguyện tiếp nhận 38.250 đơn vị máu, vượt 27% chỉ tiêu. Sau lũ lịch sử năm 2013, Hội đã kịp thời phân phát 2.600 thùng mì, 18 tấn gạo cho bà con vùng bị cô lập.
Ông Hồ Văn Lai, Chủ tịch Hội Chữ thập đỏ xã A Ngo, trình bày tham luận về vận động đồng bào Pa Kô, Vân Kiều hiến máu và tham gia sơ cấp cứu. Ông cho biết năm 2015 xã có 126 người tham gia hiến máu, gấp 3 lần năm 2012.
Đại hội đã quán triệt Chỉ thị số 43-CT/TW ngày 14/5/2010 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam; Luật Hoạt động chữ thập đỏ và Kế hoạch 17-KH/TU của Tỉnh ủy Quảng Trị về thực hiện chỉ thị này.
Đại hội đã hiệp thương bầu Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa VII gồm 31 ủy viên; Ban Thường vụ gồm 9 đồng chí. Đồng chí Lê Thị Hương tái cử chức danh Chủ tịch Hội Chữ thập đỏ tỉnh khóa VII; các đồng chí Phan Văn Linh và Hồ Thị Mai Sương được bầu làm Phó Chủ tịch. Ban Kiểm tra Hội gồm 5 đồng chí. Đại hội bầu 6 đại biểu dự Đại hội toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ X.
Nhiệm kỳ 2016 - 2021, Hội phấn đấu hằng năm vận động ít nhất 15 tỷ đồng; mỗi năm tiếp nhận trên 9.000 đơn vị máu, trong đó 95% do người hiến máu tình nguyện.
Phát biểu chỉ đạo Đại hội, đồng chí Nguyễn Văn Hưng ghi nhận những đóng góp của đội ngũ cán bộ, hội viên chữ thập đỏ trong các đợt lũ lụt, nhất là tại các xã miền núi Hướng Hóa, Đakrông. Đồng chí đề nghị Hội tiếp tục đổi mới phương thức vận động, tăng cường kết nối các tổ chức, cá nhân hảo tâm trong và ngoài nước; công khai, minh bạch các nguồn lực nhân đạo; chú trọng công tác phòng ngừa, ứng phó thảm họa ở cộng đồng và xây dựng lực lượng tình nguyện viên ở cơ sở.
Thay mặt Ban Chấp hành khóa mới, đồng chí Lê Thị Hương cảm ơn sự tín nhiệm của đại biểu, hứa sẽ cùng tập thể lãnh đạo Hội phát huy truyền thống "Tất cả vì mục tiêu nhân đạo".
Thùy Linh
Tin liên quan
- Cam Lộ: Tiếp nhận 350 đơn vị máu trong ngày hội hiến máu (14/06/2016)
- Hội Chữ thập đỏ Vĩnh Linh trao 50 suất quà cho trẻ em khuyết tật (01/06/2016)
- Tập huấn sơ cấp cứu cho 80 tình nguyện viên (20/05/2016)
""", "2016-06-24", "Hội Chữ thập đỏ tỉnh tổ chức Đại hội đại biểu lần thứ VII",
E("dai_hoi", None, "2016-06-23"),
[P("Trần Quốc Hiệp", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Nguyễn Văn Hưng", "Phó Bí thư Tỉnh ủy"),
 P("Hồ Văn Lai", "Chủ tịch Hội Chữ thập đỏ xã A Ngo"),
 P("Lê Thị Hương", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa VII"),
 P("Phan Văn Linh", "Phó Chủ tịch"), P("Hồ Thị Mai Sương", "Phó Chủ tịch")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"),
 Q("hơn 62.000 hội viên, tình nguyện viên, thanh niên chữ thập đỏ", 62000, "hội viên, tình nguyện viên, thanh niên chữ thập đỏ", "over"),
 Q("96,8 tỷ đồng", 96800000000, "đồng"), Q("khoảng 410.000 lượt người nghèo, nạn nhân thiên tai", 410000, "lượt người nghèo, nạn nhân thiên tai", "approx"),
 Q("512 ngôi nhà Chữ thập đỏ", 512, "ngôi nhà Chữ thập đỏ"), Q("4.860 người khuyết tật, trẻ mồ côi", 4860, "người khuyết tật, trẻ mồ côi"),
 Q("38.250 đơn vị máu", 38250, "đơn vị máu"), Q("27%", 27, "%"), Q("2.600 thùng mì", 2600, "thùng mì"), Q("18 tấn gạo", 18, "tấn gạo"),
 Q("126 người", 126, "người"), Q("31 ủy viên", 31, "ủy viên"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"),
 Q("6 đại biểu", 6, "đại biểu"), Q("ít nhất 15 tỷ đồng", 15000000000, "đồng", "over"),
 Q("trên 9.000 đơn vị máu", 9000, "đơn vị máu", "over"), Q("95%", 95, "%")],
[D("Chỉ thị", "43", "CT/TW", "2010-05-14", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 14/5/2010"),
 D("Kế hoạch", "17", "KH/TU", None, "Tỉnh ủy Quảng Trị", "Kế hoạch 17-KH/TU")],
[prov("Quảng Trị"), com("A Ngo")],
["Báo Quảng Trị Online", "Trang chủ › Xã hội › Nhân đạo - Từ thiện", "(QT)", "Các đại biểu dự Đại hội hiến máu tình nguyện hưởng ứng \"Hành trình Đỏ\".",
 "Hành trình Đỏ", "Luật Hoạt động chữ thập đỏ", "Tất cả vì mục tiêu nhân đạo"],
["Thứ Sáu, 24/06/2016, 07:30", "lần thứ VII", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "năm 2013", "năm 2015", "gấp 3 lần", "năm 2012", "lần thứ X"]))

# a count of "đồng chí" is people, not money: list every such surface in not_money too (conventions)
for _pg in PAGES:
    for _q in _pg["quantities"]:
        if _q["unit"] == "đồng chí" and _q["surface"].endswith("đồng chí") and _q["surface"] not in _pg["not_money"]:
            _pg["not_money"].append(_q["surface"])
