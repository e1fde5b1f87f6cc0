from lib import *
PAGES = []

PAGES.append(page("b2621-namdinh-bdv-giangsinh-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ › Hoạt động dân vận › Công tác tôn giáo
Thứ Bảy, 24/12/2011 - 08:40
Đồng chí Trần Văn Lực trao quà chúc mừng Tòa Giám mục.
Lãnh đạo tỉnh thăm, chúc mừng Giáo phận Bùi Chu nhân Lễ Giáng sinh 2011
Ngày 23/12/2011, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Nam Định do đồng chí Trần Văn Lực, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, tặng quà, chúc mừng Tòa Giám mục Giáo phận Bùi Chu nhân dịp Lễ Giáng sinh năm 2011. Cùng đi có đồng chí Vũ Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Quang Vịnh, Phó Chủ tịch UBND tỉnh.
Tiếp đoàn có Đức cha Phêrô Đoàn Văn Khiêm, Giám mục Giáo phận Bùi Chu; Linh mục Đaminh Vũ Đình Thái, Tổng Đại diện Giáo phận cùng 12 linh mục đang phục vụ tại Tòa Giám mục.
Thay mặt đoàn, đồng chí Trần Văn Lực gửi tới Đức cha, các linh mục, tu sĩ và gần 400.000 giáo dân trong Giáo phận lời chúc mừng Giáng sinh an lành. Đồng chí thông tin: năm 2011 kinh tế của tỉnh tăng trưởng 11,2%; toàn tỉnh có thêm 53 xã đạt chuẩn văn hóa, tỷ lệ hộ nghèo giảm còn 6,8%. Trong những kết quả đó có sự đóng góp không nhỏ của đồng bào Công giáo, nhất là trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và phong trào xây dựng giáo xứ "tốt đời, đẹp đạo".
Đồng chí đề nghị Tòa Giám mục tiếp tục hướng dẫn các giáo xứ thực hiện tốt Chỉ thị số 18-CT/TW ngày 10/01/2008 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW về công tác tôn giáo, Pháp lệnh tín ngưỡng, tôn giáo và Nghị định số 22/2005/NĐ-CP của Chính phủ; quan tâm vận động giáo dân tham gia xây dựng nông thôn mới, giữ gìn an ninh trật tự ở các xã ven biển.
Đồng chí Vũ Thị Thoa thăm hỏi các nữ tu Dòng Mến Thánh Giá.
Đức cha Phêrô Đoàn Văn Khiêm cảm ơn sự quan tâm của lãnh đạo tỉnh, cho biết năm qua 168 giáo xứ thuộc 17 giáo hạt đã tổ chức các hoạt động mục vụ theo đúng quy định của pháp luật; các giáo xứ vận động giáo dân đóng góp trên 3,5 tỷ đồng làm đường giao thông nông thôn và ủng hộ Quỹ "Vì người nghèo". Giáo phận sẽ tiếp tục khuyến khích giáo dân sống Phúc âm giữa lòng dân tộc, làm tròn bổn phận công dân.
Cùng ngày, các đoàn của Ban Dân vận Tỉnh ủy đã thăm, tặng quà 45 giáo xứ tiêu biểu, mỗi suất quà trị giá 2 triệu đồng. Tại giáo xứ Trung Linh, xã Xuân Ngọc, Linh mục Giuse Phạm Văn Hiển, Chánh xứ, bày tỏ vui mừng khi con đường vào nhà thờ đã được bê tông hóa nhờ nguồn vốn Nhà nước và đóng góp của 820 hộ giáo dân.
Minh Khôi
Lượt xem: 1.204
Tin liên quan
- Hội nghị tổng kết công tác dân vận năm 2011 (20/12/2011)
- Xuân Trường: 30 giáo họ đăng ký xây dựng khu dân cư văn hóa (02/12/2011)
- Gặp mặt chức sắc các tôn giáo nhân dịp cuối năm (25/11/2011)
""", "2011-12-24", "Lãnh đạo tỉnh thăm, chúc mừng Giáo phận Bùi Chu nhân Lễ Giáng sinh 2011",
E("trao_qua", None, "2011-12-23"),
[P("Trần Văn Lực", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vũ Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Vịnh", "Phó Chủ tịch UBND tỉnh"),
 P("Phêrô Đoàn Văn Khiêm", "Giám mục Giáo phận Bùi Chu"),
 P("Đaminh Vũ Đình Thái", "Linh mục", "Tổng Đại diện Giáo phận"),
 P("Giuse Phạm Văn Hiển", "Linh mục", "Chánh xứ")],
[Q("12 linh mục", 12, "linh mục"), Q("gần 400.000 giáo dân", 400000, "giáo dân", "approx"), Q("11,2%", 11.2, "%"),
 Q("53 xã", 53, "xã"), Q("6,8%", 6.8, "%"), Q("168 giáo xứ", 168, "giáo xứ"), Q("17 giáo hạt", 17, "giáo hạt"),
 Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("45 giáo xứ tiêu biểu", 45, "giáo xứ tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("820 hộ giáo dân", 820, "hộ giáo dân")],
[D("Chỉ thị", "18", "CT/TW", "2008-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2008 của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP của Chính phủ")],
[prov("Nam Định"), com("Xuân Ngọc")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ › Hoạt động dân vận › Công tác tôn giáo",
 "Đồng chí Trần Văn Lực trao quà chúc mừng Tòa Giám mục.", "Đồng chí Vũ Thị Thoa thăm hỏi các nữ tu Dòng Mến Thánh Giá.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "tốt đời, đẹp đạo", "Pháp lệnh tín ngưỡng, tôn giáo",
 "Vì người nghèo", "sống Phúc âm giữa lòng dân tộc", "Lượt xem: 1.204"],
["Thứ Bảy, 24/12/2011 - 08:40", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b2622-daklak-bdv-tinlanh-gapmat-2012", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo
Cập nhật: 14:05, 16/03/2012 (GMT+7)
Mục sư Y Djuan Êban phát biểu tại hội nghị.
Gặp mặt chức sắc, chức việc các hệ phái Tin Lành năm 2012
Sáng 15/3, tại TP Buôn Ma Thuột, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc các hệ phái Tin Lành năm 2012. Dự hội nghị có 186 chức sắc, chức việc đến từ 15 huyện, thị xã, thành phố. Đồng chí Y Wang Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo của Ban Tôn giáo tỉnh, đến nay toàn tỉnh có 146 chi hội Tin Lành đã được công nhận về mặt tổ chức và 58 điểm nhóm được đăng ký sinh hoạt tôn giáo tập trung, với trên 170.000 tín đồ, phần lớn là đồng bào Êđê, Mnông, Jrai. Năm 2011, Hội thánh đã tấn phong 12 mục sư, công nhận 27 truyền đạo; chính quyền các cấp đã xem xét, giải quyết 9 trường hợp đề nghị xây dựng, sửa chữa nhà thờ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 36-KH/TU về tiếp tục thực hiện Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin Lành, đồng thời sơ kết Chỉ thị 11, 12-CT/TU của Tỉnh ủy về công tác vận động đồng bào có đạo ở vùng sâu, vùng xa.
Tại hội nghị, Mục sư Y Djuan Êban, Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Đắk Lắk, đánh giá chính quyền các cấp đã tạo điều kiện để các chi hội sinh hoạt bình thường; đề nghị sớm giải quyết đất xây dựng nhà thờ cho một số chi hội mới. Truyền đạo Y Thuôn Kbuôr, Quản nhiệm Chi hội Tin Lành buôn Kô Siêr, phường Ea Tam, cho biết chi hội đã vận động 64 hộ tín đồ xóa bỏ tập tục cúng bái, chuyển sang trồng cà phê, hồ tiêu. Mục sư nhiệm chức Nguyễn Hữu Tín, Quản nhiệm Chi hội Tin Lành Ea Kar, kiến nghị mở thêm lớp bồi dưỡng thần học cho truyền đạo người dân tộc thiểu số.
Phát biểu kết luận, đồng chí Y Wang Mlô ghi nhận sự đóng góp của các chức sắc, chức việc Tin Lành trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc"; đề nghị các chi hội tiếp tục hướng dẫn tín đồ "kính Chúa, yêu nước", không nghe kẻ xấu xúi giục, sinh hoạt đúng nơi đã đăng ký. Đồng chí giao Ban Tôn giáo tỉnh giải quyết dứt điểm các kiến nghị về đất đai trong quý II.
Dịp này, Ban Dân vận Tỉnh ủy tặng 186 phần quà cho các đại biểu, mỗi phần quà trị giá 300.000 đồng.
H'Linh
Tin cùng chuyên mục
- Krông Pắc: đối thoại với người có uy tín trong đồng bào dân tộc thiểu số (09/03/2012)
- Hội nghị giao ban khối dân vận quý IV năm 2011 (28/12/2011)
- Ban Dân vận Tỉnh ủy thăm, chúc mừng Lễ Giáng sinh tại các chi hội (23/12/2011)
""", "2012-03-16", "Gặp mặt chức sắc, chức việc các hệ phái Tin Lành năm 2012",
E("hoi_nghi", "2012", "2012-03-15"),
[P("Y Wang Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Djuan Êban", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("Y Thuôn Kbuôr", "Truyền đạo", "Quản nhiệm Chi hội Tin Lành buôn Kô Siêr"),
 P("Nguyễn Hữu Tín", "Mục sư nhiệm chức", "Quản nhiệm Chi hội Tin Lành Ea Kar")],
[Q("186 chức sắc, chức việc", 186, "chức sắc, chức việc"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("146 chi hội Tin Lành", 146, "chi hội Tin Lành"), Q("58 điểm nhóm", 58, "điểm nhóm"),
 Q("trên 170.000 tín đồ", 170000, "tín đồ", "over"), Q("12 mục sư", 12, "mục sư"), Q("27 truyền đạo", 27, "truyền đạo"),
 Q("9 trường hợp", 9, "trường hợp"), Q("64 hộ tín đồ", 64, "hộ tín đồ"), Q("186 phần quà", 186, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "11", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU của Tỉnh ủy"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU của Tỉnh ủy")],
[prov("Đắk Lắk"), com("Ea Tam")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo",
 "Mục sư Y Djuan Êban phát biểu tại hội nghị.", "Toàn dân bảo vệ an ninh Tổ quốc", "kính Chúa, yêu nước"],
["Cập nhật: 14:05, 16/03/2012 (GMT+7)", "năm 2012", "Năm 2011", "quý II"]))

PAGES.append(page("b2623-angiang-bdv-soket-hoahao-2013", """
Ban Dân vận Tỉnh ủy An Giang
Trang chủ >> Tin tức >> Dân vận - Tôn giáo
08:20 | 11/07/2013
Phát huy vai trò chức sắc Phật giáo Hòa Hảo trong xây dựng nông thôn mới
Chiều 10/7, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, trong đó tập trung đánh giá công tác vận động đồng bào theo đạo Phật giáo Hòa Hảo. Đồng chí Nguyễn Thị Kim Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có ông Huỳnh Văn Sáu, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo.
Quang cảnh hội nghị. Ảnh: Thanh Tùng
Theo báo cáo, toàn tỉnh hiện có trên 900.000 tín đồ Phật giáo Hòa Hảo, sinh hoạt tại 11 Ban Trị sự cấp huyện và 142 Ban Trị sự cấp xã. Sáu tháng qua, Ban Trị sự các cấp đã vận động tín đồ đóng góp 48,6 tỷ đồng xây dựng 37 cây cầu nông thôn, 126 căn nhà tình thương và duy trì 42 bếp ăn từ thiện tại các bệnh viện. Phong trào xây dựng gia đình "4 tốt" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được tín đồ hưởng ứng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 07, 08-KL/TU về công tác dân vận vùng đồng bào có đạo và về tổ chức lễ kỷ niệm 74 năm Ngày khai đạo Phật giáo Hòa Hảo; phối hợp triển khai Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo; ban hành Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về nắm tình hình tư tưởng trong tín đồ. Các cơ quan dân vận đã tiếp nhận 64 đơn thư, giải quyết 59 đơn, đạt 92,2%.
Tại hội nghị, các Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Hậu, Lê Minh Trí đã báo cáo chuyên đề về tình hình tôn giáo và kết quả thực hiện Quy chế dân chủ ở cơ sở. Ông Chau Ny, HUV, Trưởng Ban Dân vận Huyện ủy Tri Tôn, nêu kinh nghiệm phối hợp với sư sãi và Ban Trị sự Phật giáo Hòa Hảo trong vận động đồng bào Khmer. Bà Võ Thị Bé Tư, Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Hòa Bình, cho biết 1.340 hộ tín đồ trong xã đã hiến đất, tháo dỡ vật kiến trúc để mở rộng lộ nông thôn.
Kết luận hội nghị, đồng chí Nguyễn Thị Kim Loan đề nghị 6 tháng cuối năm tiếp tục phát huy vai trò chức sắc, chức việc, tín đồ Phật giáo Hòa Hảo tham gia phong trào "Dân vận khéo"; chủ động nắm tình hình, không để phần tử xấu lợi dụng dịp đại lễ để gây mất trật tự.
Thanh Tùng
Tin khác
- Chợ Mới: 18 cây cầu nông thôn từ nguồn vận động (03/07/2013)
- Gặp mặt chức sắc, chức việc Phật giáo Hòa Hảo nhân dịp đại lễ (25/06/2013)
- Hội nghị giao ban khối dân vận quý I năm 2013 (12/04/2013)
- Tri Tôn ra mắt mô hình dân vận khéo trong đồng bào Khmer (28/03/2013)
""", "2013-07-11", "Phát huy vai trò chức sắc Phật giáo Hòa Hảo trong xây dựng nông thôn mới",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Nguyễn Thị Kim Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Sáu", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Trần Văn Hậu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Trí", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Ny", "HUV", "Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Võ Thị Bé Tư", "Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Hòa Bình")],
[Q("trên 900.000 tín đồ Phật giáo Hòa Hảo", 900000, "tín đồ Phật giáo Hòa Hảo", "over"),
 Q("11 Ban Trị sự cấp huyện", 11, "Ban Trị sự cấp huyện"), Q("142 Ban Trị sự cấp xã", 142, "Ban Trị sự cấp xã"),
 Q("48,6 tỷ đồng", 48600000000, "đồng"), Q("37 cây cầu nông thôn", 37, "cây cầu nông thôn"),
 Q("126 căn nhà tình thương", 126, "căn nhà tình thương"), Q("42 bếp ăn từ thiện", 42, "bếp ăn từ thiện"),
 Q("64 đơn thư", 64, "đơn thư"), Q("59 đơn", 59, "đơn"), Q("92,2%", 92.2, "%"), Q("1.340 hộ tín đồ", 1340, "hộ tín đồ")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("An Giang"), com("Hòa Bình")],
["Ban Dân vận Tỉnh ủy An Giang", "Trang chủ >> Tin tức >> Dân vận - Tôn giáo", "Quang cảnh hội nghị. Ảnh: Thanh Tùng",
 "4 tốt", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Pháp lệnh tín ngưỡng, tôn giáo", "Dân vận khéo"],
["08:20 | 11/07/2013", "6 tháng đầu năm 2013", "4 tốt", "74 năm", "Sáu tháng qua", "6 tháng cuối năm"]))

PAGES.append(page("b2624-tayninh-bdv-giaoban-q1-2014", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ / Hoạt động / Tin dân vận
08/04/2014 - 15:30
Quang cảnh buổi giao ban.
Giao ban khối dân vận: tập trung vận động chức sắc, tín đồ Cao Đài
Sáng 7/4, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức giao ban khối dân vận quý I năm 2014. Đồng chí Lâm Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Đoàn Thị Bích Vân, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, cùng lãnh đạo các đoàn thể chính trị - xã hội tỉnh.
Báo cáo cho biết, trong quý, Hội thánh Cao Đài Tây Ninh đã tổ chức Đại lễ Đức Chí Tôn tại Tòa Thánh, xã Long Thành Bắc, với khoảng 100.000 lượt chức sắc, chức việc, tín đồ trong và ngoài nước về dự; các lực lượng đã phối hợp bảo đảm an ninh, không để xảy ra vụ việc phức tạp. Toàn tỉnh hiện có 6 hệ phái Cao Đài với 94 họ đạo và trên 410.000 tín đồ, chiếm gần 38% dân số.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận; Ban Dân vận Tỉnh ủy và Ban Tôn giáo tỉnh ký Quy chế phối hợp số 03/QCPH-BDV-BTG trong công tác tôn giáo. Trong quý, các ngành đã tiếp 71 lượt công dân, hòa giải thành 18/22 vụ việc mâu thuẫn trong nhân dân; Hội Liên hiệp Phụ nữ tỉnh giúp 230 hội viên nghèo vay vốn với tổng số tiền 4,6 tỷ đồng.
Các đồng chí Nguyễn Văn Tâm, Đỗ Thành Nhân - Phó Trưởng Ban Dân vận Tỉnh ủy lần lượt thông tin về tình hình tranh chấp đất đai liên quan cơ sở thờ tự của một số họ đạo và kết quả khảo sát 12 điểm sinh hoạt tôn giáo tập trung chưa đăng ký. Giáo hữu Thượng Thành Thanh, Đầu họ đạo Hòa Thành, được mời dự giao ban, đề nghị các cấp tiếp tục tạo điều kiện cho tín đồ tổ chức lễ vía theo giáo luật.
Nhiều ý kiến cho rằng việc nắm tình hình ở một số họ đạo còn chậm; sự phối hợp giữa Mặt trận, các đoàn thể với Ban Tôn giáo trong giải quyết kiến nghị của chức sắc có lúc chưa chặt chẽ. Một số nơi còn lúng túng khi hướng dẫn các hệ phái làm thủ tục đăng ký hoạt động, sửa chữa cơ sở thờ tự; công tác tuyên truyền pháp luật về tín ngưỡng, tôn giáo cho chức việc cơ sở chưa thường xuyên, nội dung chưa phong phú.
Phát biểu kết luận, đồng chí Lâm Văn Đức đề nghị khối dân vận quý II tập trung vận động chức sắc, tín đồ Cao Đài thực hiện tốt phương châm "Nước vinh, đạo sáng"; phối hợp tổ chức gặp mặt chức sắc các tôn giáo; phấn đấu 100% xã, phường, thị trấn có mô hình "Dân vận khéo".
Minh Hiếu
Bài viết liên quan
- Tòa Thánh Tây Ninh: chuẩn bị Đại lễ Đức Chí Tôn năm 2014 (20/01/2014)
- Giao ban khối dân vận quý IV năm 2013 (30/12/2013)
- Hòa Thành vận động tín đồ hiến đất làm đường (15/12/2013)
""", "2014-04-08", "Giao ban khối dân vận: tập trung vận động chức sắc, tín đồ Cao Đài",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Lâm Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Thị Bích Vân", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thành Nhân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thượng Thành Thanh", "Giáo hữu", "Đầu họ đạo Hòa Thành")],
[Q("khoảng 100.000 lượt chức sắc, chức việc, tín đồ", 100000, "lượt chức sắc, chức việc, tín đồ", "approx"),
 Q("6 hệ phái Cao Đài", 6, "hệ phái Cao Đài"), Q("94 họ đạo", 94, "họ đạo"), Q("trên 410.000 tín đồ", 410000, "tín đồ", "over"),
 Q("gần 38%", 38, "%", "approx"), Q("71 lượt công dân", 71, "lượt công dân"), Q("18/22 vụ việc mâu thuẫn", 18, "vụ việc mâu thuẫn"),
 Q("230 hội viên nghèo", 230, "hội viên nghèo"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("12 điểm sinh hoạt tôn giáo tập trung", 12, "điểm sinh hoạt tôn giáo tập trung"), Q("100%", 100, "%")],
[D("Chương trình hành động", "21", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Quy chế phối hợp", "03", "QCPH-BDV-BTG", None, None, "Quy chế phối hợp số 03/QCPH-BDV-BTG")],
[prov("Tây Ninh"), com("Long Thành Bắc")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ / Hoạt động / Tin dân vận", "Quang cảnh buổi giao ban.",
 "Nghị quyết Trung ương 7 (khóa XI)", "Nước vinh, đạo sáng", "Dân vận khéo", "Đại lễ Đức Chí Tôn"],
["08/04/2014 - 15:30", "quý I năm 2014", "Nghị quyết Trung ương 7", "khóa XI", "quý II"]))

PAGES.append(page("b2625-gialai-iader-doithoai-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA DÊR - HUYỆN IA GRAI - TỈNH GIA LAI
Trang chủ - Tin tức - Hoạt động của Đảng ủy
Ngày đăng 25/09/2015 | 10:15
Đảng ủy xã Ia Dêr đối thoại với đồng bào theo đạo Tin Lành
Ngày 23/9, Đảng ủy, UBND xã Ia Dêr tổ chức hội nghị đối thoại trực tiếp năm 2015 giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tập trung vào đồng bào Jrai theo đạo Tin Lành. Có 230 người dân ở 9 làng dự. Đồng chí Kpă Ju, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Rơ Lan Thuyên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Xã Ia Dêr có 1.214 hộ với 5.860 khẩu, trong đó 68% là đồng bào Jrai; có 2.140 tín đồ Tin Lành sinh hoạt tại 2 chi hội và 4 điểm nhóm. Thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 09-KH/ĐU của Đảng ủy xã, năm nay xã tổ chức đối thoại theo chuyên đề, mời cả chức việc các chi hội cùng tham gia.
Tại buổi đối thoại, bà con đã nêu 17 ý kiến, kiến nghị về cấp giấy chứng nhận quyền sử dụng đất, vay vốn, nước sinh hoạt và đất xây dựng nhà thờ. Ông Ksor Hyul ở làng Bàng hỏi về việc làng chưa có điểm sinh hoạt tôn giáo được đăng ký; Truyền đạo Siu Blơ, Quản nhiệm điểm nhóm Tin Lành làng Ia Pết, đề nghị xã sớm hướng dẫn thủ tục theo Nghị định số 92/2012/NĐ-CP. Bà Rơ Châm H'Nga, Chi hội trưởng Chi hội Phụ nữ làng Ia Pết, mong được hỗ trợ giống bò cho hộ nghèo.
Lãnh đạo xã đã trả lời trực tiếp 14 ý kiến; 3 ý kiến còn lại vượt thẩm quyền được tổng hợp báo cáo UBND huyện. Đồng chí Rơ Lan Thuyên cho biết năm 2015 xã đã hỗ trợ 35 con bò giống cho hộ nghèo, mỗi hộ nghèo được vay 30 triệu đồng từ Ngân hàng Chính sách xã hội; tỷ lệ hộ nghèo giảm còn 14,6%.
Trong những năm qua, cấp ủy, chính quyền xã luôn quán triệt chủ trương của Tỉnh ủy Gia Lai về công tác vận động đồng bào có đạo; cán bộ xã thường xuyên xuống làng, ăn ở cùng dân, nắm tình hình sinh hoạt của các điểm nhóm. Nhờ vậy, tình hình an ninh trật tự trên địa bàn ổn định, bà con yên tâm sản xuất, tin tưởng vào sự lãnh đạo của Đảng và chính quyền.
Kết thúc buổi đối thoại, đồng chí Kpă Ju đề nghị bà con theo đạo Tin Lành tiếp tục thực hiện tốt "sống tốt đời, đẹp đạo", không nghe theo kẻ xấu tuyên truyền, tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Văn phòng Đảng ủy xã
Số lượt truy cập: 20.418
Các tin đã đưa
- Ia Dêr ra quân làm đường giao thông nông thôn (10/09/2015)
- Đại hội Đảng bộ xã Ia Dêr nhiệm kỳ 2015-2020 (12/06/2015)
- Hội nghị sơ kết 6 tháng đầu năm 2015 (15/07/2015)
""", "2015-09-25", "Đảng ủy xã Ia Dêr đối thoại với đồng bào theo đạo Tin Lành",
E("doi_thoai", "2015", "2015-09-23"),
[P("Kpă Ju", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Rơ Lan Thuyên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Ksor Hyul"),
 P("Siu Blơ", "Truyền đạo", "Quản nhiệm điểm nhóm Tin Lành làng Ia Pết"),
 P("Rơ Châm H'Nga", "Chi hội trưởng Chi hội Phụ nữ làng Ia Pết")],
[Q("230 người dân", 230, "người dân"), Q("9 làng", 9, "làng"), Q("1.214 hộ", 1214, "hộ"), Q("5.860 khẩu", 5860, "khẩu"),
 Q("68%", 68, "%"), Q("2.140 tín đồ Tin Lành", 2140, "tín đồ Tin Lành"), Q("2 chi hội", 2, "chi hội"), Q("4 điểm nhóm", 4, "điểm nhóm"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("14 ý kiến", 14, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("35 con bò giống", 35, "con bò giống"), Q("30 triệu đồng", 30000000, "đồng"), Q("14,6%", 14.6, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU của Đảng ủy xã"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP")],
[prov("Gia Lai"), com("Ia Dêr")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA DÊR - HUYỆN IA GRAI - TỈNH GIA LAI", "Trang chủ - Tin tức - Hoạt động của Đảng ủy",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "sống tốt đời, đẹp đạo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Số lượt truy cập: 20.418"],
["Ngày đăng 25/09/2015 | 10:15", "năm 2015", "Số lượt truy cập: 20.418"]))

PAGES.append(page("b2626-nghean-yenthanh-tongket-2016", """
Ban Dân vận Huyện ủy Yên Thành - Nghệ An
Trang chủ :: Tin hoạt động :: Dân vận vùng giáo
28-12-2016 16:45
Yên Thành: Xây dựng 27 giáo họ, giáo xứ "tốt đời, đẹp đạo"
Ngày 27/12, Ban Dân vận Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác dân vận năm 2016, triển khai nhiệm vụ năm 2017. Đồng chí Hoàng Văn Nghĩa, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo; đồng chí Phan Thị Hà, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Phan Thị Hà trình bày báo cáo tổng kết.
Yên Thành hiện có 9 giáo xứ, 36 giáo họ với 27.400 giáo dân sống xen kẽ ở 21 xã. Năm 2016, khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết số 07-NQ/HU ngày 15/5/2016 về công tác vận động đồng bào Công giáo giai đoạn 2016-2020 và đề án số 05-ĐA/HU về xây dựng giáo họ, giáo xứ "tốt đời, đẹp đạo"; phối hợp sơ kết Chỉ thị số 03-CT/HU của Ban Thường vụ Huyện ủy về giải quyết đơn thư ở vùng giáo.
Kết quả, đã có 27 giáo họ, giáo xứ được công nhận đạt tiêu chí "tốt đời, đẹp đạo"; 85,2% hộ giáo dân đạt danh hiệu gia đình văn hóa. Giáo dân đã hiến 12.600 m2 đất, đóng góp 7,3 tỷ đồng và 9.800 ngày công làm đường, xây nhà văn hóa xóm. Các cơ quan tiếp nhận 19 đơn thư, giải quyết dứt điểm 17 đơn; không để xảy ra điểm nóng.
Tại hội nghị, đồng chí Lê Văn Tuấn, Bí thư Đảng ủy xã Sơn Thành, chia sẻ cách làm "đi từng ngõ, gõ từng nhà" để vận động giáo dân tham gia dồn điền đổi thửa. Ông Hồ Sỹ Lịch, Chủ tịch Hội đồng giáo xứ Xuân Sơn, xã Đức Thành, cho biết giáo xứ đã cùng chính quyền vận động 112 hộ giáo dân ký cam kết không tham gia tụ tập đông người trái pháp luật. Linh mục Phaolô Trần Đình Khang, Chánh xứ giáo xứ Xuân Sơn, đã gửi thư chúc mừng hội nghị.
Hội nghị cũng chỉ ra những hạn chế: một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác dân vận vùng giáo; việc nắm tình hình tư tưởng giáo dân ở nơi có đông người đi làm ăn xa còn khó khăn; sự phối hợp giữa chính quyền với ban hành giáo trong tổ chức các lễ trọng có lúc chưa nhịp nhàng, để phát sinh những việc đáng tiếc.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghĩa yêu cầu năm 2017 tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; tăng cường tiếp xúc, đối thoại với chức sắc, chức việc, giải quyết kịp thời những kiến nghị chính đáng của giáo dân.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 14 tập thể và 23 cá nhân tiêu biểu.
Thu Hiền
Tin khác
- Giáo xứ Xuân Sơn khánh thành nhà văn hóa giáo họ (18/12/2016)
- Hội nghị giao ban khối dân vận quý III (28/09/2016)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (14/08/2016)
""", "2016-12-28", 'Yên Thành: Xây dựng 27 giáo họ, giáo xứ "tốt đời, đẹp đạo"',
E("tong_ket", "2016", "2016-12-27"),
[P("Hoàng Văn Nghĩa", "Phó Bí thư Thường trực Huyện ủy"),
 P("Phan Thị Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Văn Tuấn", "Bí thư Đảng ủy xã Sơn Thành"),
 P("Hồ Sỹ Lịch", "Chủ tịch Hội đồng giáo xứ Xuân Sơn"),
 P("Phaolô Trần Đình Khang", "Linh mục", "Chánh xứ giáo xứ Xuân Sơn")],
[Q("9 giáo xứ", 9, "giáo xứ"), Q("36 giáo họ", 36, "giáo họ"), Q("27.400 giáo dân", 27400, "giáo dân"), Q("21 xã", 21, "xã"),
 Q("27 giáo họ, giáo xứ", 27, "giáo họ, giáo xứ"), Q("85,2%", 85.2, "%"), Q("12.600 m2", 12600, "m2"),
 Q("7,3 tỷ đồng", 7300000000, "đồng"), Q("9.800 ngày công", 9800, "ngày công"), Q("19 đơn thư", 19, "đơn thư"),
 Q("17 đơn", 17, "đơn"), Q("112 hộ giáo dân", 112, "hộ giáo dân"), Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân tiêu biểu", 23, "cá nhân tiêu biểu")],
[D("Nghị quyết", "07", "NQ/HU", "2016-05-15", "Ban Thường vụ Huyện ủy", "Nghị quyết số 07-NQ/HU ngày 15/5/2016"),
 D("Đề án", "05", "ĐA/HU", None, "Ban Thường vụ Huyện ủy", "đề án số 05-ĐA/HU"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 03-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị")],
[prov("Nghệ An"), com("Sơn Thành"), com("Đức Thành")],
["Ban Dân vận Huyện ủy Yên Thành - Nghệ An", "Trang chủ :: Tin hoạt động :: Dân vận vùng giáo",
 "Đồng chí Phan Thị Hà trình bày báo cáo tổng kết.", "tốt đời, đẹp đạo", "đi từng ngõ, gõ từng nhà", "Quy chế công tác dân vận của hệ thống chính trị"],
["28-12-2016 16:45", "năm 2016", "năm 2017", "giai đoạn 2016-2020"]))
