from lib import *
PAGES = []

PAGES.append(page("b2957-namdinh-giangsinh-2011", """
BÁO NAM ĐỊNH ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ > Chính trị > Dân tộc - Tôn giáo
Cập nhật lúc 09:30 ngày 23/12/2011
Đồng chí Trần Văn Khiêm tặng hoa chúc mừng Tòa Giám mục Bùi Chu.
Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh năm 2011
Ngày 22/12, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Nam Định do đồng chí Trần Văn Khiêm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Bùi Chu nhân dịp Lễ Giáng sinh năm 2011. Cùng đi có đồng chí Nguyễn Thị Thanh Hà, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Minh Cường, Trưởng Ban Tôn giáo Sở Nội vụ.
Tiếp đoàn có Đức cha Giuse Vũ Đình Khang, Giám mục Giáo phận Bùi Chu; Linh mục Phêrô Đoàn Văn Thịnh, Tổng Đại diện Giáo phận cùng các linh mục trong Tòa Giám mục.
Thay mặt lãnh đạo tỉnh, đồng chí Trần Văn Khiêm thông tin với Đức cha về tình hình kinh tế - xã hội của tỉnh năm 2011: tốc độ tăng trưởng đạt 11,2%; thu ngân sách trên địa bàn ước đạt hơn 2.100 tỷ đồng; tỷ lệ hộ nghèo giảm còn 7,9%. Đồng bào Công giáo toàn tỉnh với trên 310.000 giáo dân, sinh hoạt tại 214 giáo xứ, đã tích cực hưởng ứng phong trào thi đua "Sống tốt đời, đẹp đạo", đóng góp gần 46 tỷ đồng xây dựng đường giao thông nông thôn, trường học. Nhiều giáo xứ như giáo xứ Phú Nhai (xã Xuân Phương), giáo xứ Trung Linh (xã Xuân Ngọc) là điểm sáng trong xây dựng khu dân cư văn hóa.
Đồng chí mong muốn Tòa Giám mục tiếp tục động viên các linh mục, tu sĩ và giáo dân thực hiện tốt Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo và Kế hoạch số 112-KH/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào Công giáo giai đoạn 2011 - 2015; đồng hành cùng chính quyền trong xây dựng nông thôn mới.
Đức cha Giuse Vũ Đình Khang cảm ơn sự quan tâm của lãnh đạo tỉnh và khẳng định Giáo phận luôn khuyến khích giáo dân sống "kính Chúa, yêu nước", chấp hành tốt chính sách, pháp luật.
Cùng ngày, đồng chí Nguyễn Thị Thanh Hà dẫn đoàn đến thăm, tặng 120 suất quà Giáng sinh cho các gia đình giáo dân có hoàn cảnh khó khăn ở giáo xứ Phú Nhai, mỗi suất trị giá 300.000 đồng. Linh mục Antôn Bùi Văn Lục, Chánh xứ giáo xứ Phú Nhai, thay mặt bà con giáo dân cảm ơn đoàn.
Ngọc Lan
Lượt truy cập: 1.204.377
Tin liên quan
- Đoàn đại biểu Giáo phận Bùi Chu thăm Ủy ban MTTQ tỉnh (15/12/2011)
- Xuân Trường: 35 giáo họ đạt danh hiệu khu dân cư văn hóa (02/12/2011)
- Hội nghị tổng kết công tác tôn giáo năm 2011 (28/11/2011)
- Giáo dân Hải Hậu góp công làm đường liên xóm (10/11/2011)
""", "2011-12-23", "Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh năm 2011",
E("khac", None, None),
[P("Trần Văn Khiêm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Thanh Hà", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Cường", "Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Giuse Vũ Đình Khang", "Giám mục Giáo phận Bùi Chu"),
 P("Phêrô Đoàn Văn Thịnh", "Linh mục", "Tổng Đại diện Giáo phận"),
 P("Antôn Bùi Văn Lục", "Linh mục", "Chánh xứ giáo xứ Phú Nhai")],
[Q("11,2%", 11.2, "%"), Q("hơn 2.100 tỷ đồng", 2100000000000, "đồng", "over"), Q("7,9%", 7.9, "%"),
 Q("trên 310.000 giáo dân", 310000, "giáo dân", "over"), Q("214 giáo xứ", 214, "giáo xứ"),
 Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("120 suất quà Giáng sinh", 120, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU")],
[prov("Nam Định"), com("Xuân Phương"), com("Xuân Ngọc")],
["BÁO NAM ĐỊNH ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ > Chính trị > Dân tộc - Tôn giáo",
 "Đồng chí Trần Văn Khiêm tặng hoa chúc mừng Tòa Giám mục Bùi Chu.", "Sống tốt đời, đẹp đạo", "kính Chúa, yêu nước",
 "Tòa Giám mục Bùi Chu", "Lượt truy cập: 1.204.377"],
["Cập nhật lúc 09:30 ngày 23/12/2011", "năm 2011", "giai đoạn 2011 - 2015", "Lượt truy cập: 1.204.377"]))

PAGES.append(page("b2958-dongnai-bdv-tongket-congiao-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Đồng Nai
Trang chủ » Hoạt động » Công tác tôn giáo
Thứ Sáu, 28/12/2012 - 16:45
Quang cảnh hội nghị. Ảnh: Hữu Phước
Tổng kết công tác vận động đồng bào Công giáo năm 2012
Chiều 26/12/2012, Ban Dân vận Tỉnh ủy Đồng Nai phối hợp Ban Tôn giáo tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2012 và triển khai nhiệm vụ năm 2013. Dự và chỉ đạo có đồng chí Phan Văn Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Huỳnh Thị Mỹ Dung, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng Nai là địa bàn có đông đồng bào Công giáo nhất cả nước, với khoảng 1 triệu giáo dân, chiếm gần 38% dân số, sinh hoạt tại hơn 250 giáo xứ thuộc Giáo phận Xuân Lộc. Năm 2012, phong trào "Sống tốt đời, đẹp đạo" tiếp tục lan rộng: đồng bào Công giáo đóng góp hơn 86 tỷ đồng cho các công trình phúc lợi, xây 412 căn nhà tình thương; 96,5% gia đình giáo dân đạt gia đình văn hóa.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 21, 22-CT/TU về công tác Công giáo trong tình hình mới và về xây dựng giáo xứ tiêu biểu; ban hành hướng dẫn số 17-HD/BDVTU về xây dựng mô hình "Giáo xứ bình yên". Toàn tỉnh có 58 giáo xứ đăng ký mô hình, 41 giáo xứ được công nhận đạt chuẩn.
Tại hội nghị, Linh mục Giuse Phạm Quang Trung, Chánh xứ giáo xứ Thánh Tâm, phường Tân Biên, chia sẻ cách giáo xứ phối hợp với khu phố vận động 27 hộ giáo dân hiến đất mở hẻm. Ông Đỗ Văn Kiệt, Trưởng ban Hành giáo giáo xứ Bùi Chu, xã Bắc Sơn, nêu kinh nghiệm tổ chức bếp ăn cho bệnh nhân nghèo.
Đồng chí Bùi Thanh Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Thống Nhất, báo cáo huyện đã tổ chức 14 cuộc tiếp xúc, đối thoại với chức sắc, chức việc; không để phát sinh điểm nóng về đất đai liên quan cơ sở tôn giáo.
Phát biểu chỉ đạo, đồng chí Phan Văn Đạt đề nghị năm 2013 các cấp tiếp tục quán triệt và thực hiện đúng Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo; quan tâm chăm lo đời sống giáo dân vùng ven, nhất là công nhân các khu công nghiệp.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân tiêu biểu trong phong trào.
Hữu Phước
Tin liên quan
- Biên Hòa: gặp mặt linh mục chánh xứ nhân dịp Giáng sinh (24/12/2012)
- Xuân Lộc có thêm 6 giáo xứ đạt chuẩn "Giáo xứ bình yên" (30/11/2012)
- Vận động giáo dân tham gia bảo vệ môi trường (12/11/2012)
- Long Khánh: giáo xứ chung tay xây dựng đô thị văn minh (02/11/2012)
- Hội nghị chức sắc, chức việc các tôn giáo tỉnh Đồng Nai năm 2012 (18/10/2012)
""", "2012-12-28", "Tổng kết công tác vận động đồng bào Công giáo năm 2012",
E("tong_ket", "2012", "2012-12-26"),
[P("Phan Văn Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Phạm Quang Trung", "Linh mục", "Chánh xứ giáo xứ Thánh Tâm"),
 P("Đỗ Văn Kiệt", "Trưởng ban Hành giáo giáo xứ Bùi Chu"),
 P("Bùi Thanh Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Thống Nhất")],
[Q("khoảng 1 triệu giáo dân", 1000000, "giáo dân", "approx"), Q("gần 38%", 38, "%", "approx"),
 Q("hơn 250 giáo xứ", 250, "giáo xứ", "over"), Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("412 căn nhà tình thương", 412, "căn nhà tình thương"), Q("96,5%", 96.5, "%"),
 Q("58 giáo xứ", 58, "giáo xứ"), Q("41 giáo xứ", 41, "giáo xứ"), Q("27 hộ giáo dân", 27, "hộ giáo dân"),
 Q("14 cuộc tiếp xúc, đối thoại", 14, "cuộc tiếp xúc, đối thoại"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Hướng dẫn", "17", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 17-HD/BDVTU"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ")],
[prov("Đồng Nai"), com("Tân Biên"), com("Bắc Sơn")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Đồng Nai", "Trang chủ » Hoạt động » Công tác tôn giáo",
 "Quang cảnh hội nghị. Ảnh: Hữu Phước", "Sống tốt đời, đẹp đạo", "Giáo xứ bình yên", "Giáo phận Xuân Lộc",
 "Pháp lệnh tín ngưỡng, tôn giáo"],
["Thứ Sáu, 28/12/2012 - 16:45", "năm 2012", "năm 2013"]))

PAGES.append(page("b2959-gialai-tinlanh-hoinghi-2013", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
08:20 | 14/11/2013
Gặp mặt 230 chức sắc, chức việc đạo Tin lành
Đồng chí Ksor Phước phát biểu tại hội nghị.
Ngày 13/11/2013, tại Hội trường 2/9, Ban Dân vận Tỉnh ủy phối hợp Ban Tôn giáo tỉnh Gia Lai tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong đạo Tin lành năm 2013. Tham dự hội nghị có 230 mục sư, truyền đạo, chấp sự và ban trị sự các chi hội trên địa bàn tỉnh.
Đến dự có đồng chí Ksor Phước, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Rơ Mah Thị Blim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Hữu Tâm, Trưởng Ban Tôn giáo tỉnh. Về phía các hệ phái Tin lành có Mục sư Siu Y Kim, Trưởng Đại diện Tin lành Việt Nam (miền Nam) tại Gia Lai; Mục sư Rơ Châm Jơng, Quản nhiệm Chi hội Tin lành Plei Kơ Tu.
Theo báo cáo, toàn tỉnh hiện có hơn 118.000 tín đồ Tin lành, phần lớn là đồng bào Jrai, Bahnar, sinh hoạt tại 79 chi hội và khoảng 300 điểm nhóm. Năm 2013, UBND tỉnh đã công nhận thêm 12 chi hội, cấp đăng ký sinh hoạt cho 46 điểm nhóm theo Nghị định 92/2012/NĐ-CP. Các chi hội đã vận động tín đồ hiến 6,4 ha đất làm đường, góp 1,35 tỷ đồng và hơn 7.000 ngày công xây dựng nông thôn mới.
Tại hội nghị, Mục sư Rơ Châm Jơng cho biết chi hội đã cùng chính quyền xã Ia Phí vận động 35 hộ tín đồ không nghe theo số đối tượng xấu tuyên truyền "Tin lành Đê Ga". Truyền đạo Puih Hlin, Chi hội Tin lành Ia Kha, đề nghị hỗ trợ tín đồ nghèo vay vốn sản xuất.
Nhiều ý kiến cho rằng một số điểm nhóm ở vùng sâu chưa được hướng dẫn kịp thời thủ tục đăng ký, cán bộ cơ sở còn lúng túng khi giải quyết các yêu cầu chính đáng của tín đồ; việc nắm tình hình ở những buôn làng giáp biên giới có lúc chưa chặt chẽ.
Phát biểu tại hội nghị, đồng chí Ksor Phước ghi nhận những đóng góp của các chức sắc, chức việc, đề nghị tiếp tục thực hiện Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành, phát huy vai trò người có uy tín trong buôn làng, không để kẻ xấu lợi dụng tôn giáo gây mất ổn định.
Dịp này, Ban Dân vận Tỉnh ủy tặng 25 phần quà cho các mục sư, truyền đạo có nhiều đóng góp, mỗi phần trị giá 1 triệu đồng.
Trung Hiếu
Lượt xem: 2.311
Các tin khác
- Ia Grai: vận động tín đồ Tin lành tham gia xóa đói giảm nghèo (30/10/2013)
- Chư Prông gặp mặt người có uy tín trong đồng bào Jrai (15/10/2013)
- Hội nghị triển khai Nghị định 92/2012/NĐ-CP (27/9/2013)
- Ban Dân vận Tỉnh ủy làm việc với Ban Đại diện Tin lành tỉnh (11/9/2013)
- Đức Cơ: tín đồ Tin lành góp công làm cầu dân sinh (28/8/2013)
""", "2013-11-14", "Gặp mặt 230 chức sắc, chức việc đạo Tin lành",
E("hoi_nghi", "2013", "2013-11-13"),
[P("Ksor Phước", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Thị Blim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tâm", "Trưởng Ban Tôn giáo tỉnh"),
 P("Siu Y Kim", "Mục sư", "Trưởng Đại diện Tin lành Việt Nam (miền Nam) tại Gia Lai"),
 P("Rơ Châm Jơng", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Kơ Tu"),
 P("Puih Hlin", "Truyền đạo")],
[Q("230 chức sắc, chức việc", 230, "chức sắc, chức việc"),
 Q("hơn 118.000 tín đồ Tin lành", 118000, "tín đồ Tin lành", "over"), Q("79 chi hội", 79, "chi hội"),
 Q("khoảng 300 điểm nhóm", 300, "điểm nhóm", "approx"), Q("12 chi hội", 12, "chi hội"), Q("46 điểm nhóm", 46, "điểm nhóm"),
 Q("6,4 ha", 6.4, "ha"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("hơn 7.000 ngày công", 7000, "ngày công", "over"),
 Q("35 hộ tín đồ", 35, "hộ tín đồ"), Q("25 phần quà", 25, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Phí")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
 "Đồng chí Ksor Phước phát biểu tại hội nghị.", "Tin lành Đê Ga", "Hội trường 2/9", "Chi hội Tin lành Ia Kha", "Lượt xem: 2.311"],
["08:20 | 14/11/2013", "Hội trường 2/9", "năm 2013", "92/2012", "Lượt xem: 2.311"]))

PAGES.append(page("b2960-hatinh-bdv-soket-tongiao-2014", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự :: Chính trị
Thứ Sáu, 18/07/2014, 10:12 (GMT+7)
Đồng bào Công giáo góp sức xây dựng nông thôn mới
Sáng 17/7, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào có đạo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Trần Thị Lài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Trần Thị Lài (đứng) phát biểu chỉ đạo hội nghị. Ảnh: Phúc Quang
Hà Tĩnh có hơn 120.000 giáo dân thuộc Giáo phận Vinh, sinh hoạt tại 63 giáo xứ, 180 giáo họ. 6 tháng đầu năm, các cấp ủy đã chỉ đạo thực hiện Kế hoạch 56-KH/TU ngày 20/3/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Công giáo; Ban Dân vận Tỉnh ủy ban hành công văn số 214-CV/BDVTU hướng dẫn các huyện xây dựng mô hình "Giáo họ tự quản về an ninh trật tự". Nhìn chung, tình hình các giáo xứ ổn định; các linh mục quản xứ cơ bản đồng thuận với chủ trương của địa phương, tích cực vận động giáo dân tham gia các phong trào thi đua yêu nước.
Kết quả, 37 giáo họ đăng ký xây dựng khu dân cư kiểu mẫu; đồng bào giáo dân hiến hơn 21.000 m2 đất, đóng góp khoảng 14,6 tỷ đồng làm đường giao thông, kênh mương nội đồng. Các huyện đã giải quyết dứt điểm 9/11 vụ việc liên quan đất đai cơ sở tôn giáo.
Tại hội nghị, Linh mục Phaolô Nguyễn Đình Thục, Quản xứ giáo xứ Văn Hạnh, xã Sơn Trung, cho biết giáo xứ có 96% hộ giáo dân đạt gia đình văn hóa. Bà Phạm Thị Hồng Nhung, Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên, đề nghị tăng cường đối thoại để tránh tụ tập đông người. Ông Đặng Quốc Vinh, Bí thư Đảng ủy xã Kỳ Khang, nêu cách làm của xã phối hợp với hội đồng giáo xứ vận động giáo dân chuyển đổi nghề biển.
Kết luận hội nghị, đồng chí Trần Thị Lài yêu cầu 6 tháng cuối năm các địa phương tiếp tục thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương khóa IX, nắm chắc tình hình ở các giáo xứ vùng biển, xử lý kịp thời những vụ việc phức tạp ngay từ cơ sở, phát huy vai trò 2.400 đảng viên đang sinh hoạt ở các thôn có đồng bào Công giáo.
Phúc Quang
Tin cùng chuyên mục
- Vũ Quang: gặp mặt chức sắc tôn giáo trước mùa mưa bão (10/7/2014)
- Kỳ Anh: hòa giải thành công 12 vụ việc tại các giáo họ (02/7/2014)
- Lãnh đạo tỉnh chúc mừng Lễ Phục sinh tại Tòa Giám mục Xã Đoài (20/4/2014)
- Hương Sơn: ra mắt mô hình giáo họ tự quản (15/6/2014)
- Thạch Hà tập huấn nghiệp vụ công tác tôn giáo cho cán bộ cơ sở (05/6/2014)
- Nghi Xuân: giáo dân giúp ngư dân khắc phục hậu quả thiên tai (28/5/2014)
- Lộc Hà tuyên dương gia đình Công giáo tiêu biểu (19/5/2014)
""", "2014-07-18", "Đồng bào Công giáo góp sức xây dựng nông thôn mới",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Trần Thị Lài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Nguyễn Đình Thục", "Linh mục", "Quản xứ giáo xứ Văn Hạnh"),
 P("Phạm Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên"),
 P("Đặng Quốc Vinh", "Bí thư Đảng ủy xã Kỳ Khang")],
[Q("hơn 120.000 giáo dân", 120000, "giáo dân", "over"), Q("63 giáo xứ", 63, "giáo xứ"), Q("180 giáo họ", 180, "giáo họ"),
 Q("37 giáo họ", 37, "giáo họ"), Q("hơn 21.000 m2", 21000, "m2", "over"), Q("khoảng 14,6 tỷ đồng", 14600000000, "đồng", "approx"),
 Q("9/11 vụ việc", 9, "vụ việc"), Q("96%", 96, "%"), Q("2.400 đảng viên", 2400, "đảng viên")],
[D("Kế hoạch", "56", "KH/TU", "2014-03-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch 56-KH/TU ngày 20/3/2014 của Ban Thường vụ Tỉnh ủy"),
 D("Công văn", "214", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "công văn số 214-CV/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương khóa IX", "Nghị quyết số 25-NQ/TW của BCH Trung ương khóa IX")],
[prov("Hà Tĩnh"), com("Sơn Trung"), com("Kỳ Khang")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Thời sự :: Chính trị",
 "Đồng chí Trần Thị Lài (đứng) phát biểu chỉ đạo hội nghị. Ảnh: Phúc Quang", "Giáo họ tự quản về an ninh trật tự", "Giáo phận Vinh"],
["Thứ Sáu, 18/07/2014, 10:12 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2014", "khóa IX"]))

PAGES.append(page("b2961-daklak-taphuan-tinlanh-2015", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ › Tin tức › Hoạt động của Ban
09/10/2015 - 14:30
Bồi dưỡng nghiệp vụ công tác đạo Tin lành cho cán bộ cơ sở
Ngày 08 và 09/10/2015, tại thành phố Buôn Ma Thuột, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ban Tôn giáo Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác đạo Tin lành năm 2015 cho 150 học viên là trưởng, phó ban dân vận huyện ủy, cán bộ phụ trách tôn giáo của 15 huyện, thị xã, thành phố và các xã trọng điểm.
Phát biểu khai mạc, đồng chí H'Năm Byă, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Đắk Lắk hiện có hơn 196.000 tín đồ Tin lành, trong đó trên 80% là đồng bào dân tộc thiểu số tại chỗ và đồng bào phía Bắc di cư vào; toàn tỉnh có 156 chi hội đã được công nhận và nhiều điểm nhóm đang chờ đăng ký. Bên cạnh số đông tín đồ sống "tốt đời, đẹp đạo", vẫn còn một số đối tượng lợi dụng đạo Tin lành để lôi kéo đồng bào theo "Tin lành Đê Ga".
Các học viên được nghe ThS. Đỗ Quang Hưng, giảng viên Học viện Chính trị khu vực III, giới thiệu quan điểm của Đảng về tôn giáo; ông Y Bhin Mlô, Phó Trưởng Ban Tôn giáo Sở Nội vụ, hướng dẫn thủ tục đăng ký sinh hoạt tôn giáo tập trung theo Nghị định số 92/2012/NĐ-CP; đồng chí Lê Thị Thu Hà, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, quán triệt Chương trình hành động số 23-CTr/TU ngày 14/5/2015 của Tỉnh ủy về công tác tôn giáo và Hướng dẫn 42-HD/BDVTW của Ban Dân vận Trung ương.
Đặc biệt, lớp học có phần trao đổi với Mục sư Y Sơn Êban, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk. Mục sư chia sẻ, Chi hội Buôn Ky đã cùng chính quyền phường Ea Tam vận động 64 hộ tín đồ tham gia mô hình "Buôn làng không có tội phạm", góp hơn 300 triệu đồng bê tông hóa đường hẻm.
Nhiều học viên nêu khó khăn ở cơ sở: xã Ea Hu có 7 điểm nhóm sinh hoạt chưa đăng ký; cán bộ chuyên trách tôn giáo ở xã thường kiêm nhiệm, thay đổi liên tục. Đồng chí Y Khiêm Knul, HUV, Trưởng Ban Dân vận Huyện ủy Cư Kuin, đề nghị tỉnh sớm ban hành quy chế phối hợp giữa các lực lượng trong nắm tình hình tôn giáo.
Bế mạc lớp tập huấn, đồng chí H'Năm Byă yêu cầu học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ, giải quyết kịp thời nhu cầu sinh hoạt tôn giáo chính đáng của tín đồ, không để phát sinh điểm nóng.
H'Linh
Lượt xem: 1.958
Tin liên quan
- Krông Búk: gặp mặt chức sắc Tin lành nhân dịp Lễ Phục sinh (07/4/2015)
- Ea Kar vận động tín đồ tham gia giữ gìn an ninh buôn làng (20/3/2015)
- Buôn Đôn sơ kết 10 năm thực hiện Chỉ thị 01 (05/3/2015)
""", "2015-10-09", "Bồi dưỡng nghiệp vụ công tác đạo Tin lành cho cán bộ cơ sở",
E("tap_huan", "2015", "2015-10-08"),
[P("H'Năm Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Quang Hưng", "ThS.", "giảng viên Học viện Chính trị khu vực III"),
 P("Y Bhin Mlô", "Phó Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Lê Thị Thu Hà", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Sơn Êban", "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("Y Khiêm Knul", "HUV", "Trưởng Ban Dân vận Huyện ủy Cư Kuin")],
[Q("150 học viên", 150, "học viên"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("hơn 196.000 tín đồ Tin lành", 196000, "tín đồ Tin lành", "over"), Q("trên 80%", 80, "%", "over"),
 Q("156 chi hội", 156, "chi hội"), Q("64 hộ tín đồ", 64, "hộ tín đồ"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
 Q("7 điểm nhóm", 7, "điểm nhóm")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP"),
 D("Chương trình hành động", "23", "CTr/TU", "2015-05-14", "Tỉnh ủy", "Chương trình hành động số 23-CTr/TU ngày 14/5/2015 của Tỉnh ủy"),
 D("Hướng dẫn", "42", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn 42-HD/BDVTW của Ban Dân vận Trung ương"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ")],
[prov("Đắk Lắk"), com("Ea Tam"), com("Ea Hu")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ › Tin tức › Hoạt động của Ban", "tốt đời, đẹp đạo", "Tin lành Đê Ga",
 "Buôn làng không có tội phạm", "Chi hội Buôn Ky", "Lượt xem: 1.958"],
["09/10/2015 - 14:30", "Ngày 08 và 09/10/2015", "năm 2015", "khu vực III", "Lượt xem: 1.958"]))

PAGES.append(page("b2962-ninhbinh-phucsinh-2016", """
Cổng thông tin điện tử tỉnh Ninh Bình
Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Thứ Ba, 29/03/2016 | 07:50
Ảnh: Đồng chí Đinh Quốc Trị tặng hoa chúc mừng Đức cha Giuse Nguyễn Trọng Bình.
Chúc mừng Lễ Phục sinh năm 2016 tại Tòa Giám mục Phát Diệm
Nhân dịp Lễ Phục sinh năm 2016, ngày 26/3, đồng chí Đinh Quốc Trị, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh đã dẫn đầu đoàn công tác của tỉnh đến thăm, chúc mừng Tòa Giám mục Phát Diệm tại thị trấn Phát Diệm, huyện Kim Sơn. Cùng đi có đồng chí Vũ Thị Kim Oanh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Đình Lượng, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo tỉnh.
Tiếp đoàn có Đức cha Giuse Nguyễn Trọng Bình, Giám mục Giáo phận Phát Diệm; Linh mục Gioan Baotixita Phạm Văn Tuệ, Quản hạt Phát Diệm và đại diện các dòng tu.
Thay mặt lãnh đạo tỉnh, đồng chí Đinh Quốc Trị gửi lời chúc mừng tới Đức cha, các linh mục, tu sĩ và hơn 160.000 giáo dân trong tỉnh, chiếm khoảng 17% dân số. Đồng chí thông tin: năm 2015, kinh tế của tỉnh tăng trưởng 8,2%; toàn tỉnh có thêm 21 xã đạt chuẩn nông thôn mới, trong đó có nhiều xã vùng giáo như xã Kim Chính, xã Yên Mật. Đồng bào Công giáo đã ủng hộ Quỹ "Vì người nghèo" hơn 2,5 tỷ đồng, hiến trên 40.000 m2 đất làm đường.
Đồng chí đề nghị Tòa Giám mục tiếp tục động viên giáo dân thực hiện tốt Kế hoạch số 35, 36/KH-UBND của UBND tỉnh về xây dựng nông thôn mới và phòng chống thiên tai năm 2016, cùng chính quyền giữ gìn cảnh quan khu di tích Nhà thờ đá Phát Diệm.
Đức cha Giuse Nguyễn Trọng Bình bày tỏ vui mừng trước sự phát triển của tỉnh, mong các cấp chính quyền tiếp tục tạo điều kiện để các giáo xứ tổ chức Tuần Thánh và các lễ trọng theo đúng quy định của pháp luật.
Trong không khí thân mật, hai bên trao đổi về việc chuẩn bị chu đáo cho các thánh lễ, bảo đảm an toàn giao thông, phòng chống cháy nổ khi du khách và giáo dân các nơi về hành hương dịp lễ; cùng phối hợp vận động bà con giữ gìn vệ sinh môi trường quanh khu vực nhà thờ.
Cùng ngày, đồng chí Vũ Thị Kim Oanh dẫn đoàn đến chúc mừng Hội thánh Tin lành Ninh Bình. Mục sư Nguyễn Văn Dũng, Quản nhiệm Hội thánh, cho biết hội thánh hiện có khoảng 350 tín hữu, luôn vận động tín hữu sống "kính Chúa, yêu người", chấp hành pháp luật. Đoàn trao 30 suất quà Phục sinh cho tín hữu nghèo, mỗi suất 500.000 đồng.
Nguồn: Ban Tôn giáo tỉnh
Số lượt truy cập: 3.487.210
Các tin đã đưa
- Hội nghị tổng kết công tác tôn giáo năm 2015 (15/01/2016)
- Lãnh đạo tỉnh chúc mừng Giáng sinh tại Tòa Giám mục Phát Diệm (23/12/2015)
- Kim Sơn: 12 giáo xứ đạt danh hiệu giáo xứ văn hóa (10/12/2015)
""", "2016-03-29", "Chúc mừng Lễ Phục sinh năm 2016 tại Tòa Giám mục Phát Diệm",
E("khac", None, None),
[P("Đinh Quốc Trị", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đình Lượng", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo tỉnh"),
 P("Giuse Nguyễn Trọng Bình", "Giám mục Giáo phận Phát Diệm"),
 P("Gioan Baotixita Phạm Văn Tuệ", "Linh mục", "Quản hạt Phát Diệm"),
 P("Nguyễn Văn Dũng", "Mục sư", "Quản nhiệm Hội thánh")],
[Q("hơn 160.000 giáo dân", 160000, "giáo dân", "over"), Q("khoảng 17%", 17, "%", "approx"), Q("8,2%", 8.2, "%"),
 Q("21 xã", 21, "xã"), Q("hơn 2,5 tỷ đồng", 2500000000, "đồng", "over"), Q("trên 40.000 m2", 40000, "m2", "over"),
 Q("khoảng 350 tín hữu", 350, "tín hữu", "approx"), Q("30 suất quà Phục sinh", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "35", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 35, 36/KH-UBND của UBND tỉnh"),
 D("Kế hoạch", "36", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 35, 36/KH-UBND của UBND tỉnh")],
[prov("Ninh Bình"), com("Phát Diệm"), com("Kim Chính"), com("Yên Mật")],
["Cổng thông tin điện tử tỉnh Ninh Bình", "Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh",
 "Ảnh: Đồng chí Đinh Quốc Trị tặng hoa chúc mừng Đức cha Giuse Nguyễn Trọng Bình.", "Vì người nghèo", "kính Chúa, yêu người",
 "Nhà thờ đá Phát Diệm", "Số lượt truy cập: 3.487.210"],
["Thứ Ba, 29/03/2016 | 07:50", "năm 2016", "năm 2015", "Số lượt truy cập: 3.487.210"]))
