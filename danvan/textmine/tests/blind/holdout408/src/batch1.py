from lib import *
PAGES = []

PAGES.append(page("b9749-namdinh-bdv-conggiao-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ > Dân vận các cấp > Công tác tôn giáo
Thứ Sáu, 30/12/2011 - 08:40
Ảnh: Quang cảnh hội nghị tổng kết.
Phong trào thi đua yêu nước trong đồng bào Công giáo tiếp tục lan tỏa
Chiều 28/12, Ban Dân vận Tỉnh ủy Nam Định phối hợp với Ủy ban Đoàn kết Công giáo tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước và công tác vận động đồng bào Công giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Linh mục Phêrô Đoàn Văn Cẩn, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh đồng chủ trì hội nghị.
Toàn tỉnh hiện có gần 420.000 đồng bào Công giáo, sinh hoạt tại 185 giáo xứ thuộc hai giáo phận Bùi Chu và Phát Diệm. Báo cáo tổng kết cho biết, thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX) về công tác tôn giáo và Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp ủy đã quan tâm chỉ đạo đưa phương châm "Sống Phúc âm giữa lòng dân tộc" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Năm 2011, có 96,5% hộ gia đình Công giáo đạt danh hiệu gia đình văn hóa; 142 giáo họ được công nhận khu dân cư văn hóa. Bà con giáo dân đã hiến 18.600 m2 đất, đóng góp trên 14,5 tỷ đồng và hơn 37.000 ngày công để làm đường, kiên cố hóa kênh mương nội đồng. Các giáo xứ duy trì 64 lớp học tình thương cho trẻ em nghèo.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đỗ Văn Tuyên, Lại Thị Nhung đã thông tin về tình hình thực hiện Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11 trên địa bàn. Nhiều giáo xứ đã có cách làm hay: giáo xứ Kiên Lao (xã Xuân Kiên) vận động 320 hộ giáo dân tham gia mô hình "Giáo xứ không có tội phạm và tệ nạn xã hội"; các giáo họ ở huyện Hải Hậu thành lập 28 tổ hòa giải, hòa giải thành 46 vụ việc mâu thuẫn trong khu dân cư. Ông Vũ Đình Khiêm, Trưởng ban Tôn giáo tỉnh, cho biết trong năm đã giải quyết dứt điểm 7 vụ việc liên quan đến đất đai cơ sở tôn giáo.
Tại hội nghị, Linh mục Giuse Nguyễn Đức Hiệp, Chánh xứ giáo xứ Quần Phương, chia sẻ kinh nghiệm vận động giáo dân xã Hải Hưng cùng làm đường bê tông liên xóm. Ông Phạm Văn Thược, Trùm trưởng giáo họ Phú Nhai, xã Xuân Phương, kiến nghị tỉnh sớm có kế hoạch nâng cấp tuyến đê sông Ninh Cơ.
Phát biểu kết luận, đồng chí Trần Thị Hạnh đề nghị năm 2012 các cấp ủy tiếp tục phát huy tinh thần "Kính Chúa, yêu nước", quan tâm giải quyết kịp thời nguyện vọng chính đáng của đồng bào, không để phát sinh điểm nóng.
Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 8 tập thể và 15 cá nhân tiêu biểu trong phong trào thi đua yêu nước của đồng bào Công giáo.
Hải Ninh
Lượt xem: 1.204
Tin liên quan
- Hải Hậu: gặp mặt linh mục, chức sắc nhân dịp Lễ Giáng sinh (22/12/2011)
- Giao Thủy: 21 giáo họ đạt danh hiệu khu dân cư văn hóa (05/12/2011)
- Hội nghị Ban Chấp hành Ủy ban Đoàn kết Công giáo tỉnh lần thứ 4 (18/11/2011)
""", "2011-12-30", "Phong trào thi đua yêu nước trong đồng bào Công giáo tiếp tục lan tỏa",
E("tong_ket", "2011", "2011-12-28"),
[P("Trần Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Đoàn Văn Cẩn", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đỗ Văn Tuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đình Khiêm", "Trưởng ban Tôn giáo tỉnh"),
 P("Giuse Nguyễn Đức Hiệp", "Linh mục", "Chánh xứ giáo xứ Quần Phương"),
 P("Phạm Văn Thược", "Trùm trưởng giáo họ Phú Nhai")],
[Q("gần 420.000 đồng bào Công giáo", 420000, "đồng bào Công giáo", "approx"), Q("185 giáo xứ", 185, "giáo xứ"),
 Q("96,5%", 96.5, "%"), Q("142 giáo họ", 142, "giáo họ"), Q("18.600 m2", 18600, "m2"),
 Q("trên 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("hơn 37.000 ngày công", 37000, "ngày công", "over"),
 Q("64 lớp học tình thương", 64, "lớp học tình thương"), Q("7 vụ việc", 7, "vụ việc"),
 Q("320 hộ giáo dân", 320, "hộ giáo dân"), Q("28 tổ hòa giải", 28, "tổ hòa giải"), Q("46 vụ việc mâu thuẫn", 46, "vụ việc mâu thuẫn"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11")],
[prov("Nam Định"), com("Xuân Kiên"), com("Hải Hưng"), com("Xuân Phương")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ > Dân vận các cấp > Công tác tôn giáo",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Sống Phúc âm giữa lòng dân tộc", "Giáo xứ không có tội phạm và tệ nạn xã hội",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Kính Chúa, yêu nước", "Lượt xem: 1.204"],
["Thứ Sáu, 30/12/2011 - 08:40", "năm 2011", "năm 2012", "(khóa IX)", "Lượt xem: 1.204"]))

PAGES.append(page("b9750-tayninh-bdv-caodai-giaoban-2012", """
BÁO TÂY NINH ONLINE
Bạn đang ở: Trang chủ / Chính trị / Dân vận
05/10/2012 - 14:35
Giao ban công tác vận động chức sắc, tín đồ Cao Đài quý III/2012
(BTNO) - Ngày 4/10, Ban Chỉ đạo công tác vận động đồng bào Cao Đài tỉnh tổ chức giao ban quý III/2012. Đồng chí Nguyễn Thị Bích Liên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì.
Tây Ninh là nơi đặt Tòa Thánh Tây Ninh, trung tâm của đạo Cao Đài, với hơn 560.000 tín đồ Cao Đài Tây Ninh sinh hoạt ở 96 họ đạo trong tỉnh. Trong quý III, các Ban Cai quản họ đạo đã tích cực hưởng ứng phong trào thi đua "Tốt đời, đẹp đạo", vận động chức sắc, chức việc và tín đồ đóng góp 3,2 tỷ đồng xây dựng 26 căn nhà tình thương, sửa chữa 14 cây cầu bê tông và trao 1.500 suất học bổng cho học sinh nghèo.
Theo báo cáo, tình hình tôn giáo cơ bản ổn định; các lễ hội lớn tại Tòa Thánh diễn ra an toàn, thu hút khoảng 120.000 lượt khách hành hương. Ban Tôn giáo tỉnh đã phối hợp các huyện hướng dẫn thực hiện Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo; rà soát 17 hồ sơ đất cơ sở thờ tự.
Ông Trần Văn Lành, ông Võ Minh Nhựt - Phó Trưởng ban Tôn giáo tỉnh, đề nghị các huyện, thị xã tiếp tục nắm tình hình ở một số điểm sinh hoạt tự phát, không để phát sinh khiếu kiện đông người.
Giáo hữu Thái Lộc Thanh, Đầu họ đạo Long Thành Trung, cho biết họ đạo duy trì 8 bếp ăn từ thiện phục vụ bệnh nhân nghèo, mỗi ngày phát hơn 900 suất cơm miễn phí. Ông Huỳnh Văn Mến, Chủ tịch UBND xã Long Thành Trung, ghi nhận vai trò của họ đạo trong xây dựng nông thôn mới.
Ban Dân vận các huyện, thị xã đã phối hợp tổ chức 38 buổi gặp gỡ, đối thoại với chức sắc, chức việc; tiếp nhận 24 ý kiến, chủ yếu đề nghị hỗ trợ thủ tục sửa chữa thánh thất, điện thờ. Ông Lê Hoàng Phúc, Phó Chủ tịch UBND huyện Dương Minh Châu, cho biết các họ đạo trong huyện đã vận động 210 hộ tín đồ hiến đất, góp công làm 6,5 km đường giao thông nông thôn, góp phần đưa xã Suối Đá về đích nông thôn mới.
Phát biểu kết luận, đồng chí Nguyễn Thị Bích Liên đề nghị các thành viên Ban Chỉ đạo quán triệt Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về xây dựng khối đại đoàn kết trong vùng đồng bào có đạo; tiếp tục thực hiện Quy chế phối hợp số 02-QC/BDVTU-BTG giữa Ban Dân vận Tỉnh ủy và Ban Tôn giáo tỉnh. Quý IV, cần chuẩn bị chu đáo cho Đại lễ kỷ niệm 86 năm Khai minh Đại đạo và tổ chức gặp mặt chức sắc cuối năm.
Thanh Liêm
Tin cùng chuyên mục
- Gò Dầu: 12 họ đạo đăng ký xây dựng "Họ đạo văn hóa" (28/09/2012)
- Tập huấn nghiệp vụ cho 45 cán bộ dân vận xã (17/09/2012)
- Hòa Thành sơ kết 3 năm cuộc vận động "Tốt đời, đẹp đạo" (06/09/2012)
""", "2012-10-05", "Giao ban công tác vận động chức sắc, tín đồ Cao Đài quý III/2012",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Nguyễn Thị Bích Liên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Trần Văn Lành", "Phó Trưởng ban Tôn giáo tỉnh"),
 P("Võ Minh Nhựt", "Phó Trưởng ban Tôn giáo tỉnh"),
 P("Thái Lộc Thanh", "Giáo hữu", "Đầu họ đạo Long Thành Trung"),
 P("Huỳnh Văn Mến", "Chủ tịch UBND xã Long Thành Trung"),
 P("Lê Hoàng Phúc", "Phó Chủ tịch UBND huyện Dương Minh Châu")],
[Q("hơn 560.000 tín đồ Cao Đài Tây Ninh", 560000, "tín đồ Cao Đài Tây Ninh", "over"), Q("96 họ đạo", 96, "họ đạo"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("26 căn nhà tình thương", 26, "căn nhà tình thương"),
 Q("14 cây cầu bê tông", 14, "cây cầu bê tông"), Q("1.500 suất học bổng", 1500, "suất học bổng"),
 Q("khoảng 120.000 lượt khách hành hương", 120000, "lượt khách hành hương", "approx"), Q("17 hồ sơ", 17, "hồ sơ"),
 Q("8 bếp ăn từ thiện", 8, "bếp ăn từ thiện"), Q("hơn 900 suất cơm", 900, "suất cơm", "over"),
 Q("38 buổi gặp gỡ, đối thoại", 38, "buổi gặp gỡ, đối thoại"), Q("24 ý kiến", 24, "ý kiến"), Q("210 hộ tín đồ", 210, "hộ tín đồ"),
 Q("6,5 km", 6.5, "km")],
[D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị số 1940/CT-TTg ngày 31/12/2008"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-BTG", None, None, "Quy chế phối hợp số 02-QC/BDVTU-BTG")],
[prov("Tây Ninh"), com("Long Thành Trung"), com("Suối Đá")],
["BÁO TÂY NINH ONLINE", "Bạn đang ở: Trang chủ / Chính trị / Dân vận", "(BTNO)", "Tòa Thánh Tây Ninh",
 "Tốt đời, đẹp đạo", "Đại lễ kỷ niệm 86 năm Khai minh Đại đạo"],
["05/10/2012 - 14:35", "quý III/2012", "Quý IV", "86 năm"]))

PAGES.append(page("b9751-gialai-chuse-tinlanh-doithoai-2013", """
Báo Gia Lai điện tử
Thời sự » Dân vận
Cập nhật: 16:10, 20/11/2013 (GMT+7)
Đồng chí Rơ Mah Thuấn phát biểu tại buổi đối thoại. Ảnh: Ngọc Sang
Chư Sê: Đối thoại với chức sắc, tín đồ Tin lành
(GLO) - Ngày 19/11, Huyện ủy Chư Sê tổ chức hội nghị đối thoại giữa lãnh đạo huyện với chức sắc, chức việc và tín đồ đạo Tin lành năm 2013. Đồng chí Rơ Mah Thuấn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì; tham dự có gần 140 đại biểu đến từ 15 xã, thị trấn.
Huyện Chư Sê hiện có hơn 21.000 tín đồ Tin lành, phần lớn là đồng bào Jrai, Ba Na, sinh hoạt tại 11 chi hội và 26 điểm nhóm. Những năm qua, bà con tín đồ tích cực hưởng ứng phong trào "Toàn dân bảo vệ an ninh Tổ quốc", nhiều chi hội vận động tín đồ hiến đất làm đường, tham gia xóa đói giảm nghèo. Tuy vậy, trên địa bàn vẫn còn 3 vụ việc truyền đạo trái pháp luật, chủ yếu liên quan đến nhóm "Tin lành Đê Ga".
Tại buổi đối thoại, các chức sắc, tín đồ đã nêu 17 ý kiến, kiến nghị về đăng ký sinh hoạt tôn giáo tập trung, đất xây dựng nhà thờ và việc cấp giấy chứng nhận quyền sử dụng đất. Mục sư Nhiệm chức Siu Klen, Quản nhiệm Chi hội Tin lành Plei Ơi, đề nghị huyện xem xét sớm giải quyết hồ sơ đăng ký của điểm nhóm ở làng Tơ Drăh, xã Ia Blang. Truyền đạo Kpă Djen ở xã Dun phản ánh tình trạng một số hộ tín đồ thiếu đất sản xuất.
Các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Văn Kiên, Ksor H'Lim đã trực tiếp giải đáp từng ý kiến, khẳng định huyện thực hiện nghiêm Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005 của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành và Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo. Những kiến nghị vượt thẩm quyền sẽ được tổng hợp báo cáo UBND tỉnh.
Đồng chí Đinh Văn Brơu, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết theo kế hoạch số 78-KH/HU của Huyện ủy, trong năm khối dân vận đã tổ chức 46 buổi tuyên truyền tại các buôn, làng có đông tín đồ, thu hút trên 3.200 lượt người tham dự.
Kết luận buổi đối thoại, đồng chí Rơ Mah Thuấn ghi nhận đóng góp của đồng bào theo đạo trong phát triển kinh tế - xã hội, đề nghị chức sắc tiếp tục hướng dẫn tín đồ "sống tốt đời, đẹp đạo", không nghe lời kẻ xấu; đồng thời giao các ngành rà soát, trả lời bằng văn bản trước ngày 31/12/2013 những ý kiến chưa trả lời trực tiếp.
Ngọc Sang
Lượt xem: 632
Tin liên quan
- Ia Grai: 5 điểm nhóm Tin lành được đăng ký sinh hoạt (12/11/2013)
- Gặp mặt 120 người có uy tín trong đồng bào dân tộc thiểu số (30/10/2013)
- Mang Yang: phát huy vai trò già làng trong vận động đồng bào (18/10/2013)
""", "2013-11-20", "Chư Sê: Đối thoại với chức sắc, tín đồ Tin lành",
E("doi_thoai", "2013", "2013-11-19"),
[P("Rơ Mah Thuấn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Siu Klen", "Mục sư Nhiệm chức", "Quản nhiệm Chi hội Tin lành Plei Ơi"),
 P("Kpă Djen", "Truyền đạo"),
 P("Nguyễn Văn Kiên", "Phó Chủ tịch UBND huyện"),
 P("Ksor H'Lim", "Phó Chủ tịch UBND huyện"),
 P("Đinh Văn Brơu", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("gần 140 đại biểu", 140, "đại biểu", "approx"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("hơn 21.000 tín đồ Tin lành", 21000, "tín đồ Tin lành", "over"), Q("11 chi hội", 11, "chi hội"),
 Q("26 điểm nhóm", 26, "điểm nhóm"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"),
 Q("trên 3.200 lượt người", 3200, "lượt người", "over")],
[D("Chỉ thị", "01", "2005/CT-TTg", "2005-02-04", "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg ngày 4/2/2005"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "78", "KH/HU", None, "Huyện ủy", "kế hoạch số 78-KH/HU")],
[prov("Gia Lai"), com("Ia Blang"), com("Dun")],
["Báo Gia Lai điện tử", "Thời sự » Dân vận", "Đồng chí Rơ Mah Thuấn phát biểu tại buổi đối thoại. Ảnh: Ngọc Sang",
 "(GLO)", "Toàn dân bảo vệ an ninh Tổ quốc", "Tin lành Đê Ga", "sống tốt đời, đẹp đạo", "Chi hội Tin lành Plei Ơi",
 "Lượt xem: 632"],
["Cập nhật: 16:10, 20/11/2013 (GMT+7)", "năm 2013", "31/12/2013", "Lượt xem: 632"]))

PAGES.append(page("b9752-soctrang-suai-daihoi-2014", """
Báo Sóc Trăng Online
Trang chủ :: Dân tộc - Tôn giáo
Thứ Hai, 18/08/2014 | 07:30
Đại hội đại biểu Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ VII
Ngày 16/8, Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2014 - 2019. Dự đại hội có 186 đại biểu là sư sãi, achar tiêu biểu đại diện cho hơn 2.500 sư sãi đang tu học tại 92 chùa Phật giáo Nam tông Khmer trong tỉnh.
Hòa thượng Kim Sóc Phon, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trình bày báo cáo tại đại hội. Ảnh: Lâm Trang
Nhiệm kỳ qua, Hội đã phối hợp với Ban Dân tộc tỉnh tổ chức 6 lớp bồi dưỡng kiến thức pháp luật cho 420 lượt sư sãi, achar; vận động 1.260 thanh niên Khmer lên đường thực hiện nghĩa vụ quân sự. Ông Sơn Hoàng Thọ, Trưởng ban Dân tộc tỉnh, đánh giá các vị sư sãi là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào Khmer trong phum sóc. Cũng trong nhiệm kỳ, Hội đã vận động sư sãi gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tham gia tích cực phong trào thi đua yêu nước "Chùa tiêu biểu văn hóa". Các chùa đã mở 180 lớp dạy chữ Khmer hè cho hơn 9.000 học sinh; vận động Phật tử và các nhà hảo tâm đóng góp hơn 23 tỷ đồng xây 64 căn nhà Đại đoàn kết, làm đường, cầu nông thôn và hỗ trợ hộ nghèo. Đến nay có 78% số chùa đạt chuẩn văn hóa.
Phát biểu chỉ đạo, đồng chí Lý Rêl, Phó Bí thư Tỉnh ủy, biểu dương những đóng góp của sư sãi, nhất là trong vận động đồng bào không nghe theo các luận điệu kích động chia rẽ. Đồng chí đề nghị Hội tiếp tục quán triệt Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Chỉ thị 10, 11-CT/TU của Tỉnh ủy; thực hiện tốt Quy chế phối hợp số 03-QC/BDVTU-HĐKSS giữa Ban Dân vận Tỉnh ủy và Hội.
Tham luận tại đại hội, Đại đức Lý Chanh Đa, trụ trì chùa Bưng Coóc, xã Đại Tâm, chia sẻ cách vận động bà con trong phum sóc giữ gìn an ninh trật tự; ông Lý Sà Rinh, Achar chùa Prêk Chrôy, xã Vĩnh Hải, nêu kinh nghiệm vận động 35 hộ thoát nghèo nhờ nuôi bò sinh sản.
Đại hội đã hiệp thương cử 35 vị vào Ban Chấp hành Hội khóa VII. Hòa thượng Kim Sóc Phon được tín nhiệm tiếp tục giữ chức Chủ tịch Hội; Thượng tọa Thạch Huôl, Đại đức Lý Chanh Đa được bầu giữ chức Phó Chủ tịch Hội. Đại hội cũng thông qua Chương trình hành động số 01-CTr/HĐKSS nhiệm kỳ mới với mục tiêu 100% chùa tham gia phong trào "Chùa tiêu biểu văn hóa".
Dịp này, bà Thạch Thị Ngọc Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, trao Bằng khen của UBND tỉnh cho 12 vị sư sãi và 9 achar có thành tích xuất sắc.
Lâm Trang
Tin liên quan
- Mỹ Xuyên: khai giảng 18 lớp dạy chữ Khmer hè năm 2014 (25/07/2014)
- Họp mặt sư sãi, achar nhân lễ Sene Đôn Ta (10/07/2014)
- Thăm, chúc mừng 40 chùa Khmer dịp Tết Chôl Chnăm Thmây (12/04/2014)
""", "2014-08-18", "Đại hội đại biểu Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ VII",
E("dai_hoi", None, "2014-08-16"),
[P("Kim Sóc Phon", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "Chủ tịch Hội"),
 P("Lý Rêl", "Phó Bí thư Tỉnh ủy"),
 P("Lý Chanh Đa", "Đại đức", "trụ trì chùa Bưng Coóc", "Phó Chủ tịch Hội"),
 P("Lý Sà Rinh", "Achar chùa Prêk Chrôy"),
 P("Thạch Huôl", "Thượng tọa", "Phó Chủ tịch Hội"),
 P("Thạch Thị Ngọc Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Hoàng Thọ", "Trưởng ban Dân tộc tỉnh")],
[Q("186 đại biểu", 186, "đại biểu"), Q("6 lớp bồi dưỡng kiến thức pháp luật", 6, "lớp bồi dưỡng kiến thức pháp luật"),
 Q("420 lượt sư sãi, achar", 420, "lượt sư sãi, achar"), Q("1.260 thanh niên Khmer", 1260, "thanh niên Khmer"), Q("hơn 2.500 sư sãi", 2500, "sư sãi", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("180 lớp dạy chữ Khmer hè", 180, "lớp dạy chữ Khmer hè"), Q("hơn 9.000 học sinh", 9000, "học sinh", "over"),
 Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"), Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"),
 Q("78%", 78, "%"), Q("35 hộ", 35, "hộ"), Q("35 vị", 35, "vị"), Q("100%", 100, "%"),
 Q("12 vị sư sãi", 12, "vị sư sãi"), Q("9 achar", 9, "achar")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Chỉ thị", "10", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-HĐKSS", None, None, "Quy chế phối hợp số 03-QC/BDVTU-HĐKSS"),
 D("Chương trình hành động", "01", "CTr/HĐKSS", None, None, "Chương trình hành động số 01-CTr/HĐKSS")],
[prov("Sóc Trăng"), com("Đại Tâm"), com("Vĩnh Hải")],
["Báo Sóc Trăng Online", "Trang chủ :: Dân tộc - Tôn giáo",
 "Hòa thượng Kim Sóc Phon, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trình bày báo cáo tại đại hội. Ảnh: Lâm Trang",
 "Chùa tiêu biểu văn hóa", "Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng"],
["Thứ Hai, 18/08/2014 | 07:30", "lần thứ VII", "nhiệm kỳ 2014 - 2019", "khóa VII"]))

PAGES.append(page("b9753-hue-phatgiao-taphuan-2015", """
THỪA THIÊN HUẾ ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thừa Thiên Huế
Vị trí: Trang chủ > Chính trị > Tôn giáo
Ngày đăng 12/06/2015 | 09:10
Ảnh: Các đại biểu tham dự lớp tập huấn.
Bồi dưỡng kiến thức pháp luật cho chức sắc Phật giáo
(TTH.VN) - Trong 2 ngày 10 và 11/6, Ban Dân vận Tỉnh ủy phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Ban Tôn giáo tỉnh tổ chức lớp tập huấn năm 2015 về chính sách, pháp luật về tín ngưỡng, tôn giáo cho hơn 150 chức sắc, tăng ni đến từ 9 huyện, thị xã, thành phố.
Đồng chí Hoàng Thị Xuân Mai, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn cho biết Thừa Thiên Huế là một trong những trung tâm Phật giáo lớn của cả nước, có 318 ngôi chùa, 96 niệm Phật đường và khoảng 250 đơn vị Gia đình Phật tử. Tăng ni, Phật tử luôn đồng hành cùng dân tộc theo phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", tích cực tham gia phong trào thi đua yêu nước và công tác từ thiện xã hội.
Tại lớp học, các học viên được TS. Nguyễn Hữu Phước, giảng viên Trường Chính trị Nguyễn Chí Thanh, truyền đạt 4 chuyên đề: quan điểm của Đảng về công tác tôn giáo theo Nghị quyết số 25-NQ/TW; những điểm mới của Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ và Thông tư 01/2013/TT-BNV ngày 25/3/2013 của Bộ Nội vụ; thủ tục đăng ký hoạt động tôn giáo; vai trò của chức sắc trong xây dựng khối đại đoàn kết toàn dân tộc.
Ông Lê Văn Tuấn, Trưởng ban Tôn giáo tỉnh, thông tin: năm 2014, Giáo hội Phật giáo tỉnh đã vận động đóng góp hơn 11,6 tỷ đồng cho hoạt động từ thiện, xây 27 nhà tình thương, trao 3.400 suất quà cho hộ nghèo; các tịnh xá, chùa tổ chức 12 bếp cơm chay miễn phí tại bệnh viện.
Thượng tọa Thích Hạnh Tuệ, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Ni sư Thích Nữ Diệu Thanh, Trưởng Phân ban Ni giới tỉnh, đề nghị tổ chức thường xuyên các lớp bồi dưỡng tương tự cho trụ trì các chùa ở vùng nông thôn, như chùa Thiên Phước ở xã Phong Thu và các chùa thuộc phường Thủy Xuân.
Bế mạc lớp học, đồng chí Hoàng Thị Xuân Mai đề nghị các vị chức sắc tiếp tục thực hiện Chương trình hành động số 27-CTr/TU của Tỉnh ủy về công tác tôn giáo và cụ thể hóa Quy chế phối hợp số 06-QC/BDVTU-BTS giữa Ban Dân vận Tỉnh ủy và Ban Trị sự, chuẩn bị tốt cho Đại hội Phật giáo tỉnh nhiệm kỳ 2017 - 2022.
Minh Hiền
Các tin khác
- Đại lễ Phật đản Phật lịch 2559 trang nghiêm, an toàn (02/06/2015)
- Gặp mặt 60 chức sắc tiêu biểu các tôn giáo (15/05/2015)
- Phú Vang ra mắt mô hình "Chùa xanh - sạch - đẹp" (22/04/2015)
""", "2015-06-12", "Bồi dưỡng kiến thức pháp luật cho chức sắc Phật giáo",
E("tap_huan", "2015", "2015-06-10"),
[P("Hoàng Thị Xuân Mai", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "TS.", "giảng viên Trường Chính trị Nguyễn Chí Thanh"),
 P("Lê Văn Tuấn", "Trưởng ban Tôn giáo tỉnh"),
 P("Thích Hạnh Tuệ", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thích Nữ Diệu Thanh", "Ni sư", "Trưởng Phân ban Ni giới tỉnh")],
[Q("hơn 150 chức sắc, tăng ni", 150, "chức sắc, tăng ni", "over"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("318 ngôi chùa", 318, "ngôi chùa"), Q("96 niệm Phật đường", 96, "niệm Phật đường"),
 Q("khoảng 250 đơn vị Gia đình Phật tử", 250, "đơn vị Gia đình Phật tử", "approx"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("hơn 11,6 tỷ đồng", 11600000000, "đồng", "over"), Q("27 nhà tình thương", 27, "nhà tình thương"),
 Q("3.400 suất quà", 3400, "suất quà"), Q("12 bếp cơm chay miễn phí", 12, "bếp cơm chay miễn phí")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Thông tư", "01", "2013/TT-BNV", "2013-03-25", "Bộ Nội vụ", "Thông tư 01/2013/TT-BNV ngày 25/3/2013"),
 D("Chương trình hành động", "27", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-BTS", None, None, "Quy chế phối hợp số 06-QC/BDVTU-BTS")],
[prov("Thừa Thiên Huế"), com("Phong Thu"), com("Thủy Xuân")],
["THỪA THIÊN HUẾ ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thừa Thiên Huế",
 "Vị trí: Trang chủ > Chính trị > Tôn giáo", "Ảnh: Các đại biểu tham dự lớp tập huấn.", "(TTH.VN)",
 "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "chùa Thiên Phước"],
["Ngày đăng 12/06/2015 | 09:10", "2 ngày", "năm 2015", "năm 2014", "nhiệm kỳ 2017 - 2022"]))

PAGES.append(page("b9754-dongnai-mttq-conggiao-giamsat-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện
23-09-2016 10:45
Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại huyện Thống Nhất
Ngày 22/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Nguyễn Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo và phong trào thi đua yêu nước trong đồng bào Công giáo tại huyện Thống Nhất.
Cùng tham gia đoàn có ông Trần Văn Thịnh, bà Lê Thị Kim Yến - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và đại diện Ủy ban Đoàn kết Công giáo tỉnh.
Cuộc giám sát được tiến hành theo Kế hoạch số 156/KH-MTTQ-BTT ngày 5/8/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Theo báo cáo của UBND huyện do ông Đào Minh Quang, Phó Chủ tịch UBND huyện Thống Nhất trình bày, toàn huyện có 32 giáo xứ với gần 112.000 giáo dân, chiếm khoảng 70% dân số. Phong trào "Xứ, họ đạo bình yên" được duy trì ở tất cả giáo xứ; 89% gia đình Công giáo đạt chuẩn gia đình văn hóa. Từ đầu năm, giáo dân đã đóng góp hơn 6,3 tỷ đồng làm 19 tuyến đường giao thông nông thôn và lắp 1.240 bóng đèn chiếu sáng.
Linh mục Phaolô Lê Văn Hoàng, Chủ tịch Ủy ban Đoàn kết Công giáo huyện, Chánh xứ giáo xứ Gia Yên, cho biết các giáo xứ ở xã Gia Tân 1 và xã Gia Kiệm đã thành lập 14 tổ tự quản về an ninh trật tự, góp phần giảm mạnh tệ nạn xã hội. Đoàn cũng khảo sát thực tế tại giáo xứ Thánh Mẫu, xã Gia Tân 3, nơi giáo dân duy trì 6 nhóm "Bác ái" chăm lo cho 85 hộ nghèo.
Qua giám sát, đoàn ghi nhận huyện đã tiếp nhận 11 đơn thư liên quan đến đất đai của cơ sở tôn giáo, đã giải quyết 9 đơn; tuy nhiên việc cấp giấy chứng nhận quyền sử dụng đất cho một số cơ sở thờ tự còn chậm. Ông Điểu Minh Sang, vừa được bổ nhiệm làm Phó Trưởng phòng Nội vụ huyện, kiến nghị tỉnh sớm hướng dẫn xử lý các trường hợp đất tôn giáo có nguồn gốc phức tạp ở thị trấn Dầu Giây và xã Xuân Thiện.
Kết luận buổi giám sát, bà Nguyễn Thị Thu Vân đề nghị UBND huyện công khai các thủ tục hành chính liên quan đến tôn giáo, phát huy vai trò Ban Thanh tra nhân dân và tiếp tục thực hiện Chỉ thị 14-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Công giáo. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kiến nghị gửi các cơ quan chức năng.
Hoàng Yến
Lượt truy cập: 58.317
Tin khác
- Biên Hòa: 15 giáo xứ ký kết giao ước thi đua (15/09/2016)
- Hội nghị phản biện dự thảo Quyết định về giá đất (07/09/2016)
- Trảng Bom tặng 200 phần quà cho học sinh nghèo (26/08/2016)
""", "2016-09-23", "Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại huyện Thống Nhất",
E("giam_sat", None, "2016-09-22"),
[P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Thịnh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Kim Yến", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đào Minh Quang", "Phó Chủ tịch UBND huyện Thống Nhất"),
 P("Phaolô Lê Văn Hoàng", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo huyện", "Chánh xứ giáo xứ Gia Yên"),
 P("Điểu Minh Sang", "Phó Trưởng phòng Nội vụ huyện")],
[Q("32 giáo xứ", 32, "giáo xứ"), Q("gần 112.000 giáo dân", 112000, "giáo dân", "approx"),
 Q("khoảng 70%", 70, "%", "approx"), Q("89%", 89, "%"), Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("19 tuyến đường giao thông nông thôn", 19, "tuyến đường giao thông nông thôn"),
 Q("1.240 bóng đèn chiếu sáng", 1240, "bóng đèn chiếu sáng"), Q("14 tổ tự quản", 14, "tổ tự quản"),
 Q("6 nhóm", 6, "nhóm"), Q("85 hộ nghèo", 85, "hộ nghèo"),
 Q("11 đơn thư", 11, "đơn thư"), Q("9 đơn", 9, "đơn")],
[D("Kế hoạch", "156", "KH-MTTQ-BTT", "2016-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 156/KH-MTTQ-BTT ngày 5/8/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14-CT/TU")],
[prov("Đồng Nai"), com("Gia Tân 1"), com("Gia Kiệm"), com("Gia Tân 3"), com("Dầu Giây"), com("Xuân Thiện")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI",
 "Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện", "Xứ, họ đạo bình yên", "Bác ái", "Ban Thanh tra nhân dân",
 "Lượt truy cập: 58.317"],
["23-09-2016 10:45", "Lượt truy cập: 58.317"]))
