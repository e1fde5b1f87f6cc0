from lib import *
PAGES = []

PAGES.append(page("b8885-namdinh-mttq-giangsinh-2011", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 23/12/2011 - 09:20
Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh tại Tòa Giám mục Bùi Chu và các giáo xứ
(NĐ) - Ngày 22/12, đoàn công tác của tỉnh do đồng chí Trần Văn Lượng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, chúc mừng Lễ Giáng sinh năm 2011 tại Tòa Giám mục Bùi Chu và tặng quà đồng bào Công giáo nghèo ở một số giáo xứ trên địa bàn tỉnh Nam Định. Cùng đi có đồng chí Vũ Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ban Tôn giáo tỉnh và huyện Xuân Trường.
Đồng chí Trần Văn Lượng chúc mừng Đức Giám mục Giáo phận Bùi Chu. Ảnh: Văn Đạt
Tiếp đoàn có Đức Giám mục Phaolô Đỗ Quang Thiệu, Giám mục Giáo phận Bùi Chu; Linh mục Giuse Phạm Văn Chư, Tổng Đại diện Giáo phận cùng các linh mục trong Tòa Giám mục.
Thay mặt lãnh đạo tỉnh, Chủ tịch UBND tỉnh Trần Văn Lượng gửi lời chúc mừng Giáng sinh an lành đến Đức Giám mục, các linh mục, tu sĩ và hơn 150 nghìn giáo dân trong giáo phận. Đồng chí thông báo năm 2011 kinh tế của tỉnh tăng trưởng 11,2%; tỷ lệ hộ nghèo giảm còn 6,8%; toàn tỉnh có 1.124 khu dân cư đạt danh hiệu khu dân cư văn hóa, trong đó có 286 khu dân cư có đông đồng bào Công giáo. Phong trào "Sống tốt đời, đẹp đạo" được đồng bào Công giáo hưởng ứng tích cực; trong năm, các giáo xứ đã vận động giáo dân hiến hơn 42.000 m2 đất, đóng góp trên 18 tỷ đồng làm đường giao thông nông thôn, xây dựng nhà văn hóa.
Đức Giám mục Phaolô Đỗ Quang Thiệu cảm ơn sự quan tâm của lãnh đạo tỉnh và cho biết Giáo phận luôn khuyến khích giáo dân thực hiện đường hướng "Sống Phúc âm giữa lòng dân tộc", chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, đóng góp vào sự phát triển của địa phương.
Cùng ngày, đoàn đã đến thăm, tặng quà giáo xứ Trung Linh và giáo xứ Phú Nhai. Tại mỗi giáo xứ, đoàn trao 50 suất quà cho các hộ giáo dân nghèo, mỗi suất trị giá 300.000 đồng, và trao tặng Ban hành giáo 10 triệu đồng để sửa chữa nhà văn hóa giáo họ. Linh mục Đaminh Vũ Văn Kiên - Chánh xứ Trung Linh bày tỏ: "Món quà tuy không lớn nhưng là tấm lòng của Đảng, chính quyền dành cho bà con giáo dân khó khăn, giúp bà con đón Giáng sinh ấm áp".
Ông Phạm Văn Bính, Trưởng Ban hành giáo giáo xứ Phú Nhai, cho biết năm qua giáo xứ có 97% gia đình đạt gia đình văn hóa, không có người vi phạm pháp luật. Bà Trần Thị Lan, Chủ tịch UBND xã Xuân Ngọc, đề nghị tỉnh tiếp tục hỗ trợ xã nâng cấp tuyến đê bao qua các xóm đạo.
Theo Kế hoạch số 86/KH-UBND ngày 12/12/2011 của UBND tỉnh, từ ngày 20 đến 24/12, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh chia nhau đi thăm, chúc mừng Tòa Giám mục, 10 giáo hạt và các cơ sở tôn giáo trên địa bàn; các huyện, thành phố tổ chức thăm 185 giáo xứ. Việc thăm hỏi được thực hiện theo tinh thần Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo.
Văn Đạt - Minh Thu
Tin liên quan
- Hải Hậu: 42 giáo họ đạt danh hiệu văn hóa (15/12/2011)
- Ủy ban MTTQ tỉnh gặp mặt chức sắc tôn giáo (08/12/2011)
- Nghĩa Hưng: đồng bào Công giáo góp 2 tỷ đồng làm đường (30/11/2011)
- Hội nghị Ủy ban Đoàn kết Công giáo tỉnh (22/11/2011)
""", "2011-12-23", "Lãnh đạo tỉnh thăm, chúc mừng Lễ Giáng sinh tại Tòa Giám mục Bùi Chu và các giáo xứ",
E("trao_qua", None, "2011-12-22"),
[P("Trần Văn Lượng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Vũ Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phaolô Đỗ Quang Thiệu", "Đức Giám mục", "Giám mục Giáo phận Bùi Chu"),
 P("Giuse Phạm Văn Chư", "Linh mục", "Tổng Đại diện Giáo phận"),
 P("Đaminh Vũ Văn Kiên", "Linh mục", "Chánh xứ Trung Linh"),
 P("Phạm Văn Bính", "Trưởng Ban hành giáo giáo xứ Phú Nhai"),
 P("Trần Thị Lan", "Chủ tịch UBND xã Xuân Ngọc")],
[Q("hơn 150 nghìn giáo dân", 150000, "giáo dân", "over"), Q("11,2%", 11.2, "%"), Q("6,8%", 6.8, "%"),
 Q("1.124 khu dân cư", 1124, "khu dân cư"), Q("286 khu dân cư", 286, "khu dân cư"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("97%", 97, "%"), Q("10 giáo hạt", 10, "giáo hạt"), Q("185 giáo xứ", 185, "giáo xứ")],
[D("Kế hoạch", "86", "KH-UBND", "2011-12-12", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 12/12/2011"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 12/3/2003")],
[prov("Nam Định"), com("Xuân Ngọc")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Trần Văn Lượng chúc mừng Đức Giám mục Giáo phận Bùi Chu. Ảnh: Văn Đạt", "Tòa Giám mục Bùi Chu",
 "Sống tốt đời, đẹp đạo", "Sống Phúc âm giữa lòng dân tộc", "giáo xứ Trung Linh", "giáo xứ Phú Nhai"],
["Thứ Sáu, 23/12/2011 - 09:20", "Lễ Giáng sinh năm 2011", "từ ngày 20 đến 24/12", "khóa IX"]))

PAGES.append(page("b8886-dongnai-udkcg-tongket-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ | Hoạt động Mặt trận | Dân tộc - Tôn giáo
Cập nhật: 15:42, 18/12/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị tổng kết.
Đồng Nai: 1.340 gia đình Công giáo được công nhận gia đình văn hóa tiêu biểu
Ngày 17/12, Ủy ban Đoàn kết Công giáo tỉnh Đồng Nai phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước trong đồng bào Công giáo năm 2012, triển khai chương trình hoạt động năm 2013. Dự hội nghị có ông Huỳnh Minh Lợi, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Ngọc Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 260 đại biểu là linh mục, tu sĩ, giáo dân tiêu biểu.
Báo cáo do Linh mục Phêrô Nguyễn Hữu Tân, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh trình bày cho biết: Đồng Nai hiện có hơn 900.000 giáo dân, chiếm khoảng 32% dân số, sinh hoạt tại 212 giáo xứ thuộc Giáo phận Xuân Lộc. Năm 2012, đồng bào Công giáo tích cực hưởng ứng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và chương trình xây dựng nông thôn mới; toàn tỉnh có 1.340 gia đình Công giáo được công nhận gia đình văn hóa tiêu biểu 3 năm liền.
Các giáo xứ đã đóng góp hơn 125 tỷ đồng làm đường, xây cầu, kéo điện; ủng hộ Quỹ "Vì người nghèo" 3,6 tỷ đồng; xây mới và sửa chữa 64 căn nhà tình thương cho hộ nghèo không phân biệt lương, giáo. Các cơ sở bảo trợ xã hội do tu sĩ quản lý đang nuôi dạy gần 2.500 trẻ mồ côi, người già neo đơn, người khuyết tật.
Theo Chương trình phối hợp số 09/CTPH-MTTQ-UBĐKCG ngày 20/3/2012 giữa Ủy ban MTTQ Việt Nam tỉnh và Ủy ban Đoàn kết Công giáo tỉnh, hai bên đã tổ chức 14 lớp bồi dưỡng chính sách, pháp luật cho 1.120 lượt chức sắc, chức việc. Việc thực hiện Chỉ thị số 18-CT/TU ngày 5/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Công giáo đạt nhiều kết quả; nhiều giáo xứ ở xã Gia Kiệm và phường Tân Biên trở thành điểm sáng về an ninh trật tự.
Tại hội nghị, các vị Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh: Linh mục Giuse Trần Văn Hòa, Linh mục Phaolô Lê Đình Khuê, ông Phạm Quang Hiếu đã tham luận về kinh nghiệm vận động giáo dân giữ gìn an ninh, trật tự và bài trừ tệ nạn ma túy ở giáo xứ. Ông Vũ Đình Thụy, Trưởng Ban hành giáo giáo xứ Thọ Lộc, kể lại việc bà con cùng góp 1,1 tỷ đồng bê tông hóa 3,5 km đường liên ấp.
Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Huỳnh Minh Lợi đánh giá cao đóng góp của đồng bào Công giáo và mong Ủy ban Đoàn kết Công giáo tỉnh tiếp tục là cầu nối giữa Giáo hội với chính quyền, đưa phong trào "Kính Chúa, yêu nước" đi vào chiều sâu.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 28 tập thể và 45 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2012.
Thanh Hải
Tin khác
- Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Xuân Lộc (14/12/2012)
- Xây 20 căn nhà Đại đoàn kết cho hộ nghèo huyện Thống Nhất (05/12/2012)
- Hội nghị tổng kết công tác Mặt trận năm 2012 (28/11/2012)
""", "2012-12-18", "Đồng Nai: 1.340 gia đình Công giáo được công nhận gia đình văn hóa tiêu biểu",
E("tong_ket", "2012", "2012-12-17"),
[P("Huỳnh Minh Lợi", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Nguyễn Hữu Tân", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Giuse Trần Văn Hòa", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh", "Linh mục"),
 P("Phaolô Lê Đình Khuê", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh", "Linh mục"),
 P("Phạm Quang Hiếu", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Vũ Đình Thụy", "Trưởng Ban hành giáo giáo xứ Thọ Lộc")],
[Q("1.340 gia đình Công giáo", 1340, "gia đình Công giáo"), Q("260 đại biểu", 260, "đại biểu"),
 Q("hơn 900.000 giáo dân", 900000, "giáo dân", "over"), Q("khoảng 32%", 32, "%", "approx"),
 Q("212 giáo xứ", 212, "giáo xứ"), Q("hơn 125 tỷ đồng", 125000000000, "đồng", "over"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("64 căn nhà tình thương", 64, "căn nhà tình thương"),
 Q("gần 2.500 trẻ mồ côi, người già neo đơn, người khuyết tật", 2500, "trẻ mồ côi, người già neo đơn, người khuyết tật", "approx"),
 Q("14 lớp bồi dưỡng", 14, "lớp bồi dưỡng"), Q("1.120 lượt chức sắc, chức việc", 1120, "lượt chức sắc, chức việc"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("3,5 km", 3.5, "km"),
 Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chương trình phối hợp", "09", "CTPH-MTTQ-UBĐKCG", "2012-03-20", None, "Chương trình phối hợp số 09/CTPH-MTTQ-UBĐKCG ngày 20/3/2012"),
 D("Chỉ thị", "18", "CT/TU", "2011-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 5/4/2011")],
[prov("Đồng Nai"), com("Gia Kiệm"), com("Tân Biên")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ | Hoạt động Mặt trận | Dân tộc - Tôn giáo",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Kính Chúa, yêu nước", "Giáo phận Xuân Lộc", "giáo xứ Thọ Lộc"],
["Cập nhật: 15:42, 18/12/2012 (GMT+7)", "3 năm liền", "năm 2012", "năm 2013"]))

PAGES.append(page("b8887-gialai-bdv-tinlanh-2013", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin hoạt động / Công tác tôn giáo
08:15 | 20/12/2013
Gặp mặt chức sắc, chức việc Tin Lành nhân dịp Giáng sinh năm 2013
Chiều 19/12, tại TP Pleiku, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc các chi hội Tin Lành trên địa bàn tỉnh năm 2013. Đồng chí Kpă Y Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có 210 đại biểu.
Đồng chí Kpă Y Lương phát biểu tại buổi gặp mặt.
Theo báo cáo của Ban Tôn giáo tỉnh, Gia Lai hiện có hơn 105.000 tín đồ Tin Lành, phần lớn là đồng bào Jrai, Bahnar, sinh hoạt tại 48 chi hội đã được công nhận và 132 điểm nhóm được đăng ký sinh hoạt tập trung; đội ngũ có 93 chức sắc, chức việc. Thực hiện Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005 của Thủ tướng Chính phủ về một số công tác đối với đạo Tin Lành và Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ, năm 2013 tỉnh đã công nhận thêm 6 chi hội, giao 15 ha đất cho 9 chi hội xây dựng nhà thờ.
Tuy nhiên, tại một số xã biên giới vẫn còn số ít đối tượng lôi kéo người dân theo "Tin Lành Đê Ga", gây mất đoàn kết trong buôn làng. Năm qua, các chi hội đã vận động được 37 hộ từ bỏ "Tin Lành Đê Ga" trở về sinh hoạt hợp pháp.
Tại buổi gặp mặt, Mục sư Rơ Châm Ngưm, Quản nhiệm Chi hội Tin Lành Plei Ốp, bày tỏ: "Tín đồ chúng tôi được tự do sinh hoạt tôn giáo, được chính quyền quan tâm giúp đỡ làm nhà thờ, nên càng phải sống tốt đời, đẹp đạo". Các ông Ksor Blưk, Kpuih Dơk, Siu Khâm - Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh đề nghị sớm giải quyết thủ tục đất đai cho chi hội ở thị trấn Ia Kha và xã Ia Dêr. Bà Puih H'Lim, Chủ tịch Hội Liên hiệp Phụ nữ xã Chư Á, kể về việc phối hợp với chi hội vận động chị em tín đồ xóa 2 hủ tục lạc hậu trong cưới xin.
Phát biểu kết luận, đồng chí Kpă Y Lương ghi nhận đóng góp của các chức sắc, chức việc Tin Lành trong vận động tín đồ tham gia 85 mô hình phát triển kinh tế và giữ gìn an ninh buôn làng; đề nghị các chi hội tiếp tục thực hiện đúng Hướng dẫn số 07-HD/BDVTU ngày 2/12/2013 của Ban Dân vận Tỉnh ủy về công tác vận động quần chúng dịp Giáng sinh và Tết Nguyên đán Giáp Ngọ 2014.
Ông Nguyễn Đình Trà, Phó Trưởng Ban Tôn giáo tỉnh, giải đáp 11 ý kiến của các chức sắc về thủ tục đăng ký hoạt động, bổ nhiệm chức việc. Theo ông Trà, từ nay đến Tết, các huyện sẽ tổ chức thăm, chúc mừng tất cả các chi hội và điểm nhóm; những điểm nhóm đủ điều kiện sẽ được hướng dẫn hoàn thiện hồ sơ để công nhận chi hội trong năm 2014.
Hồng Thi
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Kon Tum (18/12/2013)
- Chư Păh: tập huấn nghiệp vụ cho 80 cán bộ dân vận xã (04/12/2013)
- Ia Grai sơ kết 3 năm mô hình "Dân vận khéo" (22/11/2013)
""", "2013-12-20", "Gặp mặt chức sắc, chức việc Tin Lành nhân dịp Giáng sinh năm 2013",
E("hoi_nghi", "2013", "2013-12-19"),
[P("Kpă Y Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm Ngưm", "Mục sư", "Quản nhiệm Chi hội Tin Lành Plei Ốp"),
 P("Ksor Blưk", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("Kpuih Dơk", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("Siu Khâm", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("Puih H'Lim", "Chủ tịch Hội Liên hiệp Phụ nữ xã Chư Á"),
 P("Nguyễn Đình Trà", "Phó Trưởng Ban Tôn giáo tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("hơn 105.000 tín đồ Tin Lành", 105000, "tín đồ Tin Lành", "over"),
 Q("48 chi hội", 48, "chi hội"), Q("132 điểm nhóm", 132, "điểm nhóm"), Q("93 chức sắc, chức việc", 93, "chức sắc, chức việc"),
 Q("6 chi hội", 6, "chi hội"), Q("15 ha", 15, "ha"), Q("9 chi hội", 9, "chi hội"), Q("37 hộ", 37, "hộ"),
 Q("2 hủ tục lạc hậu", 2, "hủ tục lạc hậu"), Q("85 mô hình phát triển kinh tế", 85, "mô hình phát triển kinh tế"),
 Q("11 ý kiến", 11, "ý kiến")],
[D("Chỉ thị", "01", "2005/CT-TTg", "2005-02-04", "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Hướng dẫn", "07", "HD/BDVTU", "2013-12-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU ngày 2/12/2013")],
[prov("Gia Lai"), com("Ia Kha"), com("Ia Dêr"), com("Chư Á")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin hoạt động / Công tác tôn giáo",
 "Đồng chí Kpă Y Lương phát biểu tại buổi gặp mặt.", "Tin Lành Đê Ga", "Plei Ốp", "Dân vận khéo"],
["08:15 | 20/12/2013", "năm 2013", "năm 2014", "Tết Nguyên đán Giáp Ngọ 2014"]))

PAGES.append(page("b8888-ninhbinh-kimson-soket-2014", """
Báo Ninh Bình điện tử
Thời sự > Xây dựng Đảng
Thứ Năm, 10/07/2014 - 07:45
Kim Sơn: Sơ kết công tác vận động đồng bào Công giáo 6 tháng đầu năm
Ngày 8/7, Ban Dân vận Huyện ủy Kim Sơn tổ chức hội nghị sơ kết công tác dân vận và vận động đồng bào Công giáo 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Văn Thanh, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị. Dự có Phó Bí thư Thường trực Huyện ủy Phạm Quang Trung, Chủ tịch Ủy ban MTTQ huyện Lê Thị Hương.
Kim Sơn là huyện ven biển của tỉnh Ninh Bình, có hơn 58.000 giáo dân, chiếm 36% dân số, sinh hoạt tại 22 giáo xứ, 137 giáo họ thuộc Giáo phận Phát Diệm. 6 tháng qua, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/HU ngày 15/8/2011 của Ban Chấp hành Đảng bộ huyện về công tác tôn giáo; ban hành Kế hoạch 26, 27-KH/BDVHU về kiểm tra công tác vận động quần chúng ở các xã ven biển và về xây dựng "Giáo họ bình yên".
Phong trào thi đua yêu nước "Sống tốt đời, đẹp đạo" tiếp tục lan tỏa: đồng bào Công giáo đã đóng góp 4,2 tỷ đồng, hiến 7.300 m2 đất mở rộng đường giao thông nông thôn; 41/52 xóm, thôn có đông đồng bào Công giáo giữ vững danh hiệu làng văn hóa. Tuy vậy, vẫn còn 3 vụ việc tranh chấp đất đai liên quan đến cơ sở thờ tự chưa được giải quyết dứt điểm; một số giáo xứ tự ý sửa chữa, mở rộng công trình khi chưa được cấp phép.
Hội nghị nghe tham luận của ông Vũ Văn Sĩ, Trưởng Ban hành giáo giáo xứ Kim Đông, về cách vận động giáo dân tham gia nuôi trồng thủy sản, xóa đói giảm nghèo. Bà Nguyễn Thị Mến, Bí thư Chi bộ xóm 5, xã Kim Chính, chia sẻ: "Muốn bà con tin thì cán bộ phải đến tận nhà, nói ít làm nhiều, việc gì cũng bàn với Ban hành giáo trước". Đại diện thị trấn Phát Diệm báo cáo việc phối hợp bảo đảm an ninh trật tự trong các dịp lễ trọng của Giáo hội với hơn 20.000 lượt khách.
Cũng tại hội nghị, Ủy ban MTTQ huyện thông tin: 6 tháng qua, Mặt trận các xã đã phối hợp với Ban hành giáo các giáo xứ tổ chức 46 buổi tuyên truyền về Luật Đất đai năm 2013, Luật Hôn nhân và gia đình cho hơn 5.600 lượt giáo dân; vận động xây 12 nhà Đại đoàn kết cho hộ nghèo, trong đó có 8 hộ Công giáo. Nhiều linh mục đã nhắc nhở giáo dân trong các thánh lễ không nghe theo kẻ xấu, không tham gia khiếu kiện đông người.
Phát biểu chỉ đạo, đồng chí Phạm Quang Trung, Phó Bí thư Thường trực Huyện ủy yêu cầu 6 tháng cuối năm các cấp ủy tiếp tục làm tốt công tác nắm tình hình, giải quyết dứt điểm đơn thư ngay từ cơ sở; quan tâm bồi dưỡng 75 cốt cán trong vùng giáo; chuẩn bị chu đáo kế hoạch thăm, chúc mừng các giáo xứ dịp Lễ Giáng sinh năm 2014.
Phạm Minh
Tin cùng chuyên mục
- Yên Khánh: tuyên truyền Luật Đất đai năm 2013 cho nhân dân (07/07/2014)
- Hoa Lư: giao ban công tác dân vận quý II (03/07/2014)
- Đồng bào Công giáo Kim Sơn chung tay xây dựng nông thôn mới (25/06/2014)
""", "2014-07-10", "Kim Sơn: Sơ kết công tác vận động đồng bào Công giáo 6 tháng đầu năm",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Đinh Văn Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Quang Trung", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lê Thị Hương", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Vũ Văn Sĩ", "Trưởng Ban hành giáo giáo xứ Kim Đông"),
 P("Nguyễn Thị Mến", "Bí thư Chi bộ xóm 5")],
[Q("hơn 58.000 giáo dân", 58000, "giáo dân", "over"), Q("36%", 36, "%"), Q("22 giáo xứ", 22, "giáo xứ"),
 Q("137 giáo họ", 137, "giáo họ"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("7.300 m2", 7300, "m2"),
 Q("41/52 xóm, thôn", 41, "xóm, thôn"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai"),
 Q("hơn 20.000 lượt khách", 20000, "lượt khách", "over"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"),
 Q("hơn 5.600 lượt giáo dân", 5600, "lượt giáo dân", "over"), Q("12 nhà Đại đoàn kết", 12, "nhà Đại đoàn kết"),
 Q("8 hộ Công giáo", 8, "hộ Công giáo"), Q("75 cốt cán", 75, "cốt cán")],
[D("Nghị quyết", "12", "NQ/HU", "2011-08-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU ngày 15/8/2011"),
 D("Kế hoạch", "26", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch 26, 27-KH/BDVHU"),
 D("Kế hoạch", "27", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch 26, 27-KH/BDVHU")],
[prov("Ninh Bình"), com("Kim Chính"), com("Phát Diệm")],
["Báo Ninh Bình điện tử", "Thời sự > Xây dựng Đảng", "Giáo phận Phát Diệm", "Giáo họ bình yên", "Sống tốt đời, đẹp đạo",
 "giáo xứ Kim Đông"],
["Thứ Năm, 10/07/2014 - 07:45", "xóm 5", "6 tháng qua", "Luật Đất đai năm 2013", "6 tháng đầu năm 2014", "6 tháng cuối năm", "3 năm", "Lễ Giáng sinh năm 2014"]))

PAGES.append(page("b8889-daklak-bdv-taphuan-2014", """
Báo Đắk Lắk điện tử
Chính trị - Xây dựng Đảng
16/10/2014 - 10:05
Ảnh: Các học viên tham dự lớp tập huấn.
Tập huấn nghiệp vụ công tác vận động đồng bào theo đạo Tin Lành
Trong 2 ngày 14 và 15/10, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận, công tác tôn giáo năm 2014 cho 160 học viên là cán bộ dân vận, Mặt trận các huyện, thị xã, thành phố và các xã, phường có đông đồng bào theo đạo Tin Lành.
Phát biểu khai mạc, đồng chí Y Djhang Mlô, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: Đắk Lắk có trên 190.000 tín đồ Tin Lành, chiếm khoảng 10% dân số, phần lớn là đồng bào Êđê, Mnông, Gia Rai và đồng bào dân tộc thiểu số phía Bắc di cư vào; hiện có 125 chi hội đã được công nhận và hơn 400 điểm nhóm. Công tác vận động tín đồ Tin Lành vì vậy có ý nghĩa quan trọng đối với ổn định chính trị ở cơ sở.
Các học viên được nghe TS. Lê Đình Hoan, Phó Vụ trưởng Vụ Tin Lành thuộc Ban Tôn giáo Chính phủ, giới thiệu lịch sử đạo Tin Lành ở Tây Nguyên và quan điểm của Đảng trong Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo; ThS. Hoàng Minh Phúc, Phó Trưởng Ban Tôn giáo tỉnh, hướng dẫn thực hiện Nghị định số 92/2012/NĐ-CP của Chính phủ và Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác đối với đạo Tin Lành và về đấu tranh với hoạt động "Tin Lành Đêga".
Tại lớp học, nhiều cán bộ cơ sở chia sẻ kinh nghiệm. Bà H'Bliêm Niê, Chủ tịch Ủy ban MTTQ xã Ea Tiêu, cho biết xã đã phối hợp với chi hội Tin Lành buôn Kô Siêr vận động 1.250 hộ tham gia "Buôn làng tự quản về an ninh trật tự". Ông Y Nuen Êban, Trưởng ban Công tác Mặt trận buôn Tơng Jú, xã Ea Kao, kể lại việc thuyết phục 14 hộ bỏ tục chôn chung ("pơthi") gây ô nhiễm.
Ông Lương Văn Khiêm, Trưởng Ban Dân vận Huyện ủy Krông Bông, nêu khó khăn ở xã Cư Pui, nơi 62% dân số theo đạo Tin Lành, đội ngũ cán bộ cơ sở chỉ có 3 người biết tiếng Êđê thành thạo.
Nhiều ý kiến đề nghị cần có tài liệu hỏi - đáp ngắn gọn bằng tiếng Êđê, tiếng Mnông để cán bộ buôn, thôn dễ tuyên truyền; đồng thời tăng phụ cấp cho đội ngũ cốt cán ở vùng có đạo, nhất là các xã đặc biệt khó khăn.
Kết thúc lớp tập huấn, Ban Dân vận Tỉnh ủy phát cho học viên 160 bộ tài liệu và đề nghị các địa phương chuẩn bị kế hoạch thăm, chúc mừng các chi hội nhân dịp Lễ Giáng sinh 2014, không để các thế lực thù địch lợi dụng ngày lễ kích động người dân. Năm 2014, Ban Dân vận Tỉnh ủy dự kiến tổ chức 3 lớp tập huấn tương tự tại các huyện Ea Súp, M'Đrắk và Lắk.
Lê Hương
Tin liên quan
- Đối thoại với 120 người có uy tín tại huyện Ea H'leo (08/10/2014)
- Ban Dân vận Tỉnh ủy giao ban quý III (01/10/2014)
- Krông Ana: vận động tín đồ Tin Lành hiến 3.000 m2 đất (18/09/2014)
""", "2014-10-16", "Tập huấn nghiệp vụ công tác vận động đồng bào theo đạo Tin Lành",
E("tap_huan", "2014", "2014-10-14"),
[P("Y Djhang Mlô", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Hoan", "TS.", "Phó Vụ trưởng Vụ Tin Lành thuộc Ban Tôn giáo Chính phủ"),
 P("Hoàng Minh Phúc", "ThS.", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("H'Bliêm Niê", "Chủ tịch Ủy ban MTTQ xã Ea Tiêu"),
 P("Y Nuen Êban", "Trưởng ban Công tác Mặt trận buôn Tơng Jú"),
 P("Lương Văn Khiêm", "Trưởng Ban Dân vận Huyện ủy Krông Bông")],
[Q("160 học viên", 160, "học viên"), Q("trên 190.000 tín đồ Tin Lành", 190000, "tín đồ Tin Lành", "over"),
 Q("khoảng 10%", 10, "%", "approx"), Q("125 chi hội", 125, "chi hội"), Q("hơn 400 điểm nhóm", 400, "điểm nhóm", "over"),
 Q("1.250 hộ", 1250, "hộ"), Q("14 hộ", 14, "hộ"), Q("62%", 62, "%"), Q("3 người", 3, "người"),
 Q("160 bộ tài liệu", 160, "bộ tài liệu"), Q("3 lớp tập huấn", 3, "lớp tập huấn")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Ea Kao"), com("Cư Pui")],
["Báo Đắk Lắk điện tử", "Chính trị - Xây dựng Đảng", "Ảnh: Các học viên tham dự lớp tập huấn.", "Tin Lành Đêga",
 "Buôn làng tự quản về an ninh trật tự", "buôn Kô Siêr", "pơthi"],
["16/10/2014 - 10:05", "2 ngày 14 và 15/10", "năm 2014", "khóa IX", "Lễ Giáng sinh 2014"]))

PAGES.append(page("b8890-hatinh-bdv-traoqua-2015", """
Báo Hà Tĩnh
Chính trị » Dân vận
Ngày đăng 22/12/2015 | 16:20
Trao 300 suất quà cho giáo dân nghèo đón Giáng sinh
(Baohatinh.vn) - Ngày 21/12, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh Hà Tĩnh đến thăm, chúc mừng Giáng sinh và trao 300 suất quà cho giáo dân nghèo tại các giáo xứ thuộc giáo hạt Cẩm Xuyên và giáo hạt Kỳ Anh.
Đồng chí Trần Thị Lục trao quà cho giáo dân giáo xứ Tam Đa. Ảnh: Thu Hà
Tham gia đoàn có đồng chí Trần Thị Lục - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hồ Văn Kỳ - Phó Chủ tịch Ủy ban MTTQ tỉnh; đại diện Ban Tôn giáo (Sở Nội vụ) và Hội Chữ thập đỏ tỉnh.
Tại giáo xứ Tam Đa, đoàn đã đến thăm, chúc mừng Linh mục Phêrô Nguyễn Văn Đệ, Quản hạt Cẩm Xuyên, Chánh xứ Tam Đa. Đồng chí Trần Thị Lục thông tin: năm 2015, Hà Tĩnh có 156 giáo họ, 68 thôn, tổ dân phố có đông đồng bào Công giáo đạt danh hiệu văn hóa; đồng bào Công giáo đóng góp trên 27 tỷ đồng cho xây dựng nông thôn mới. Trưởng Ban Dân vận Tỉnh ủy mong các linh mục tiếp tục động viên giáo dân sống "tốt đời, đẹp đạo", đồng hành cùng chính quyền trong phát triển kinh tế vùng ven biển.
Đoàn đã trao 150 suất quà cho giáo dân nghèo của hai giáo xứ Tam Đa, Vĩnh Hòa; mỗi suất gồm 300.000 đồng tiền mặt và một số nhu yếu phẩm, tổng trị giá 75 triệu đồng. Tại thị xã Kỳ Anh, đoàn trao 150 suất quà còn lại cho giáo dân nghèo các giáo xứ Hướng Phương, Lạc Thiện và trao 3 ngôi nhà Đại đoàn kết cho hộ giáo dân nghèo ở xã Kỳ Lợi và phường Kỳ Phương, mỗi nhà hỗ trợ 40 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Bà Nguyễn Thị Hoa, giáo dân giáo họ Vĩnh Lộc, xúc động: "Năm nay nhà tôi được Mặt trận xây nhà, Giáng sinh lại được nhận quà, cả nhà đón lễ ấm áp lắm".
Ông Nguyễn Đình Lự, Chủ tịch UBND xã Cẩm Lĩnh cho biết, xã có 1.100 giáo dân; năm qua, giáo xứ đã vận động bà con hiến 2.400 m2 đất, góp 650 triệu đồng làm đường bê tông liên thôn.
Trước đó, ngày 18/12, đoàn của Ủy ban MTTQ tỉnh cũng đã đến thăm Hội thánh Tin Lành tại thành phố Hà Tĩnh. Năm 2015, Mặt trận các cấp đã phối hợp với các giáo xứ tổ chức 27 buổi gặp mặt chức sắc, chức việc; vận động đồng bào Công giáo ủng hộ Quỹ "Vì người nghèo" hơn 1,2 tỷ đồng. Nhiều giáo xứ ở vùng biển Kỳ Anh đã cùng chính quyền vận động 215 hộ di dời, bàn giao mặt bằng cho Khu kinh tế Vũng Áng đúng tiến độ.
Theo Công văn số 412-CV/BDVTU ngày 10/12/2015 của Ban Dân vận Tỉnh ủy, dịp này khối dân vận các cấp sẽ thăm, tặng quà 86 giáo xứ với tổng kinh phí khoảng 430 triệu đồng, hoàn thành trước ngày 24/12.
Thu Hà
Tin liên quan
- Lãnh đạo tỉnh chúc mừng Giáng sinh Tòa Giám mục Xã Đoài (18/12/2015)
- Kỳ Anh: 500 giáo dân tham gia ngày hội đại đoàn kết (10/12/2015)
- Hương Khê: tặng 40 suất quà cho hộ nghèo (01/12/2015)
""", "2015-12-22", "Trao 300 suất quà cho giáo dân nghèo đón Giáng sinh",
E("trao_qua", None, "2015-12-21"),
[P("Trần Thị Lục", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Kỳ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phêrô Nguyễn Văn Đệ", "Linh mục", "Quản hạt Cẩm Xuyên", "Chánh xứ Tam Đa"),
 P("Nguyễn Thị Hoa"),
 P("Nguyễn Đình Lự", "Chủ tịch UBND xã Cẩm Lĩnh")],
[Q("300 suất quà", 300, "suất quà"), Q("156 giáo họ", 156, "giáo họ"), Q("68 thôn, tổ dân phố", 68, "thôn, tổ dân phố"),
 Q("trên 27 tỷ đồng", 27000000000, "đồng", "over"), Q("150 suất quà", 150, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("150 suất quà còn lại", 150, "suất quà"),
 Q("3 ngôi nhà Đại đoàn kết", 3, "ngôi nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1.100 giáo dân", 1100, "giáo dân"), Q("2.400 m2", 2400, "m2"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("27 buổi gặp mặt", 27, "buổi gặp mặt"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("215 hộ", 215, "hộ"),
 Q("86 giáo xứ", 86, "giáo xứ"), Q("khoảng 430 triệu đồng", 430000000, "đồng", "approx")],
[D("Công văn", "412", "CV/BDVTU", "2015-12-10", "Ban Dân vận Tỉnh ủy", "Công văn số 412-CV/BDVTU ngày 10/12/2015")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Phương"), com("Cẩm Lĩnh")],
["Báo Hà Tĩnh", "Chính trị » Dân vận", "(Baohatinh.vn)", "Đồng chí Trần Thị Lục trao quà cho giáo dân giáo xứ Tam Đa. Ảnh: Thu Hà",
 "Vì người nghèo", "giáo xứ Tam Đa", "giáo họ Vĩnh Lộc", "Khu kinh tế Vũng Áng"],
["Ngày đăng 22/12/2015 | 16:20", "năm 2015", "ngày 24/12", "ngày 18/12"]))
