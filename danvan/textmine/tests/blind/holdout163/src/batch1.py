from lib import *
PAGES = []

PAGES.append(page("b3869-laocai-bdvhuyen-giaoban-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO THẮNG - TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng, đoàn thể
Ngày đăng 04/11/2011 | 08:40
Khối dân vận huyện giao ban tháng 10, triển khai nhiệm vụ tháng 11/2011
Chiều 02/11, Ban Dân vận Huyện ủy Bảo Thắng chủ trì hội nghị giao ban khối dân vận tháng 10/2011 với Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện. Đồng chí Lý Thị Vàng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Ảnh: Quang cảnh buổi giao ban.
1. Kết quả thực hiện nhiệm vụ tháng 10
Theo báo cáo của Ban Dân vận Huyện ủy, trong tháng các cơ quan khối dân vận đã tập trung quán triệt Chỉ thị số 21-CT/HU ngày 12/9/2011 của Ban Thường vụ Huyện ủy về tăng cường vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang; phối hợp tổ chức 46 buổi tuyên truyền tại thôn, bản với trên 3.200 lượt người nghe. Hội Liên hiệp Phụ nữ huyện kết nạp 138 hội viên mới, giải ngân vốn vay ủy thác cho 72 hộ nghèo với tổng số tiền 1,44 tỷ đồng. Hội Nông dân huyện phối hợp mở 9 lớp tập huấn kỹ thuật trồng chuối, chăn nuôi lợn cho 410 hội viên; Huyện đoàn ra mắt 3 đội thanh niên tình nguyện.
Ban Dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 58-KH/HU về sơ kết 3 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị và Kế hoạch 59-KH/HU về kiểm tra Quy chế dân chủ ở cơ sở tại các xã Phong Niên, Xuân Quang và thị trấn Phố Lu.
2. Tình hình nhân dân
Tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định. Tuy nhiên, tại thôn Cốc Sâm, xã Phong Niên còn 5 hộ đồng bào Mông chưa đồng thuận với phương án bồi thường giải phóng mặt bằng tuyến đường cao tốc Nội Bài - Lào Cai; có 2 vụ việc tranh chấp đất đai giữa các hộ đã được tổ hòa giải thôn giải quyết. Trong tháng, Ban Tiếp công dân huyện tiếp 27 lượt công dân, nhận 11 đơn thư, kiến nghị.
Phát biểu tại hội nghị, bà Sùng Thị Máy, Chủ tịch Hội Liên hiệp Phụ nữ huyện, đề nghị quan tâm hơn tới công tác vận động chị em phụ nữ người Mông không kết hôn với người nước ngoài trái phép. Ông Lù Văn Páo, Phó Chủ tịch Hội Nông dân huyện, phản ánh giá phân bón tăng cao làm ảnh hưởng sản xuất vụ đông.
3. Nhiệm vụ trọng tâm tháng 11/2011
Kết luận giao ban, đồng chí Lý Thị Vàng yêu cầu các cơ quan khối dân vận chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; phối hợp vận động nhân dân hiến đất làm đường giao thông nông thôn; tiếp tục triển khai cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; nắm chắc tình hình tại các điểm dự án, không để phát sinh điểm nóng. Ban Dân vận Huyện ủy giao đồng chí Hoàng Văn Thịnh, Phó Trưởng Ban Dân vận Huyện ủy, đôn đốc các xã hoàn thành báo cáo trước ngày 25/11.
Dự giao ban còn có đồng chí Đặng Văn Chiêu, Phó Chủ tịch UBND huyện và các đồng chí Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã Gia Phú, Sơn Hải.
Phạm Thu Hà
Số lượt xem: 312
Tin khác
- Gia Phú ra mắt mô hình "Thôn, bản văn hóa" (28/10/2011)
- Huyện đoàn Bảo Thắng tổ chức Ngày hội thanh niên (20/10/2011)
- Hội Nông dân huyện tổng kết 5 năm phong trào thi đua sản xuất giỏi (12/10/2011)
""", "2011-11-04", "Khối dân vận huyện giao ban tháng 10, triển khai nhiệm vụ tháng 11/2011",
E("giao_ban", "2011-10", "2011-11-02"),
[P("Lý Thị Vàng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Sùng Thị Máy", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Lù Văn Páo", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Hoàng Văn Thịnh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Văn Chiêu", "Phó Chủ tịch UBND huyện")],
[Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("trên 3.200 lượt người", 3200, "lượt người", "over"),
 Q("138 hội viên mới", 138, "hội viên mới"), Q("72 hộ nghèo", 72, "hộ nghèo"), Q("1,44 tỷ đồng", 1440000000, "đồng"),
 Q("9 lớp tập huấn", 9, "lớp tập huấn"), Q("410 hội viên", 410, "hội viên"), Q("3 đội thanh niên tình nguyện", 3, "đội thanh niên tình nguyện"),
 Q("5 hộ đồng bào Mông", 5, "hộ đồng bào Mông"), Q("2 vụ việc tranh chấp đất đai", 2, "vụ việc tranh chấp đất đai"),
 Q("27 lượt công dân", 27, "lượt công dân"), Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("100% khu dân cư", 100, "%")],
[D("Chỉ thị", "21", "CT/HU", "2011-09-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 21-CT/HU ngày 12/9/2011"),
 D("Kế hoạch", "58", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Kế hoạch", "59", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 59-KH/HU")],
[prov("Lào Cai"), com("Phong Niên"), com("Xuân Quang"), com("Phố Lu"), com("Gia Phú"), com("Sơn Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO THẮNG - TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng, đoàn thể",
 "Ảnh: Quang cảnh buổi giao ban.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt xem: 312",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 04/11/2011 | 08:40", "tháng 10/2011", "tháng 11/2011", "3 năm", "Số lượt xem: 312", "1. Kết quả", "2. Tình hình", "3. Nhiệm vụ"]))

PAGES.append(page("b3870-nghean-khoidanvan-giaoban-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị
Cập nhật: 16:25, 11/10/2012 (GMT+7)
Nghệ An: Giao ban khối dân vận quý III/2012
(Baonghean) - Sáng 10/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tỉnh quý III, triển khai nhiệm vụ quý IV năm 2012. Đồng chí Nguyễn Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Lương, Vi Văn Sơn.
Toàn cảnh giao ban khối dân vận quý III. Ảnh: Thanh Lê
Báo cáo tại giao ban cho thấy, trong quý III, khối dân vận các cấp đã tham mưu cấp ủy triển khai Nghị quyết Trung ương 4 (khóa XI) và Chỉ thị 03-CT/TW của Bộ Chính trị; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 12-HD/BDVTU về xây dựng mô hình "Dân vận khéo" ở các xã miền núi. Toàn tỉnh đã có 1.146 mô hình "Dân vận khéo" được đăng ký, trong đó 287 mô hình cấp huyện.
Ủy ban MTTQ tỉnh và các đoàn thể đã vận động Quỹ "Vì người nghèo" được trên 7,6 tỷ đồng, hỗ trợ xây dựng 214 nhà Đại đoàn kết; Hội Cựu chiến binh tỉnh giúp 1.320 hội viên thoát nghèo; Tỉnh đoàn tổ chức 36 đợt hiến máu tình nguyện với 4.850 đơn vị máu. Hội Nông dân tỉnh phối hợp với Ngân hàng Chính sách xã hội cho 5.640 hộ vay vốn với dư nợ gần 180 tỷ đồng.
Về tình hình nhân dân, quý III còn xảy ra 14 vụ tụ tập đông người, chủ yếu ở các huyện Quỳnh Lưu, Nghi Lộc liên quan đến đền bù, giải phóng mặt bằng và ô nhiễm môi trường. Tại xã Quỳnh Thọ, một số hộ dân còn khiếu kiện kéo dài về giá đất tái định cư. Tình hình tôn giáo cơ bản ổn định, tuy nhiên có 3 giáo xứ tổ chức sinh hoạt tôn giáo chưa đúng quy định.
Các đại biểu đã thảo luận, nêu nhiều kinh nghiệm hay. Đồng chí Lô Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ tỉnh, cho biết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" đã được gắn với phong trào xây dựng nông thôn mới. Đồng chí Moong Văn Tiến, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn, nêu vướng mắc trong vận động đồng bào Mông ở bản Huồi Giảng 1, xã Bảo Nam không di cư tự do.
Kết luận giao ban, đồng chí Nguyễn Thị Thu Hiền yêu cầu quý IV tập trung các nhiệm vụ: tham mưu tổng kết 15 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc 18/11; nắm chắc tình hình các vùng giáo; theo dõi việc giải quyết đơn thư ở Quỳnh Lưu.
Thanh Lê
Tin cùng chuyên mục
- Nghĩa Đàn: Ra mắt 12 mô hình dân vận khéo (05/10/2012)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 (28/09/2012)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách hỗ trợ hộ nghèo (21/09/2012)
""", "2012-10-11", "Nghệ An: Giao ban khối dân vận quý III/2012",
E("giao_ban", "2012-Q3", "2012-10-10"),
[P("Nguyễn Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Lương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Moong Văn Tiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn")],
[Q("1.146 mô hình", 1146, "mô hình"), Q("287 mô hình cấp huyện", 287, "mô hình cấp huyện"), Q("trên 7,6 tỷ đồng", 7600000000, "đồng", "over"),
 Q("214 nhà Đại đoàn kết", 214, "nhà Đại đoàn kết"), Q("1.320 hội viên", 1320, "hội viên"), Q("36 đợt hiến máu tình nguyện", 36, "đợt hiến máu tình nguyện"),
 Q("4.850 đơn vị máu", 4850, "đơn vị máu"), Q("5.640 hộ", 5640, "hộ"), Q("gần 180 tỷ đồng", 180000000000, "đồng", "approx"),
 Q("14 vụ tụ tập đông người", 14, "vụ tụ tập đông người"), Q("3 giáo xứ", 3, "giáo xứ")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 12-HD/BDVTU"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW")],
[prov("Nghệ An"), com("Quỳnh Thọ"), com("Bảo Nam")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị", "Toàn cảnh giao ban khối dân vận quý III. Ảnh: Thanh Lê", "(Baonghean)",
 "Dân vận khéo", "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Nghị quyết Trung ương 4 (khóa XI)"],
["Cập nhật: 16:25, 11/10/2012 (GMT+7)", "quý III", "quý IV năm 2012", "15 năm", "18/11", "Huồi Giảng 1"]))

PAGES.append(page("b3871-thanhhoa-bdvhuyen-baocao-2013", """
Huyện ủy Như Xuân - Đảng bộ tỉnh Thanh Hóa
Bạn đang ở: Trang chủ / Văn bản - Báo cáo / Công tác dân vận
Cập nhật lúc 09:10 ngày 30/05/2013
Báo cáo kết quả công tác dân vận tháng 5, phương hướng nhiệm vụ tháng 6 năm 2013
Ban Dân vận Huyện ủy Như Xuân vừa có Báo cáo số 41-BC/BDVHU ngày 28/5/2013 đánh giá kết quả công tác dân vận, hoạt động của Mặt trận và các đoàn thể chính trị - xã hội tháng 5/2013, đề ra nhiệm vụ trọng tâm tháng 6. Báo cáo do đồng chí Lang Văn Thắm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy ký. Chúng tôi trích đăng những nội dung chính.
I. Kết quả thực hiện nhiệm vụ
1. Công tác tham mưu, hướng dẫn: Ban Dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 76-KH/HU về triển khai Chỉ thị số 18-CT/TU ngày 10/4/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số; hướng dẫn 17 xã, thị trấn xây dựng kế hoạch thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và các đoàn thể.
2. Hoạt động của Mặt trận, đoàn thể: Ủy ban MTTQ huyện và các đoàn thể tổ chức 64 buổi sinh hoạt chuyên đề, thu hút khoảng 5.100 lượt hội viên, đoàn viên; kết nạp mới 215 hội viên. Hội Liên hiệp Phụ nữ huyện trao 30 con bò giống trị giá 360 triệu đồng cho phụ nữ nghèo người Thái, người Mường; Hội Cựu chiến binh đóng góp 1.850 ngày công sửa chữa đường giao thông ở xã Xuân Bình, Thanh Quân.
3. Tình hình nhân dân: Tư tưởng nhân dân cơ bản ổn định, phấn khởi vì giá sắn, giá mía tăng. Tuy nhiên có 8 hộ dân ở thôn Làng Lụt, xã Thanh Quân tụ tập phản đối việc khai thác đá của doanh nghiệp; đã được đối thoại, giải thích. Trong tháng, các cơ quan tiếp 19 lượt công dân, tiếp nhận 6 đơn thư, giải quyết xong 4 đơn.
II. Hạn chế
Sinh hoạt của một số tổ dân vận bản còn hình thức, 3/17 xã chưa gửi báo cáo đúng hạn.
III. Nhiệm vụ tháng 6
Tập trung tuyên truyền kỷ niệm Ngày Quốc tế Thiếu nhi và Ngày Gia đình Việt Nam; đôn đốc các xã hoàn thành việc bình xét 1.200 hộ nghèo được hỗ trợ tiền điện; phối hợp Ủy ban MTTQ huyện tổ chức đoàn giám sát việc thực hiện Quyết định số 102/2009/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ trực tiếp cho người dân thuộc hộ nghèo ở vùng khó khăn.
Ông Lang Văn Thắm cho biết, tháng 6 Ban Dân vận sẽ cử đồng chí Quách Thị Loan, Phó Trưởng Ban Dân vận Huyện ủy, và đồng chí Lò Văn Toản, chuyên viên Ban Dân vận Huyện ủy, trực tiếp theo dõi địa bàn xã Bãi Trành, nơi đồng bào còn nhiều khó khăn.
Phát biểu tại buổi làm việc với Ban, đồng chí Vi Thị Hương, Phó Bí thư Thường trực Huyện ủy, đề nghị các đoàn thể "đi từng ngõ, gõ từng nhà", nắm chắc nguyện vọng của dân ngay từ cơ sở.
Văn phòng Huyện ủy
Lượt truy cập: 8.412
Các tin đã đưa
- Như Xuân: Hội nghị sơ kết công tác dân vận chính quyền (15/05/2013)
- Hội Nông dân huyện tập huấn chăn nuôi bò sinh sản (02/05/2013)
- Giao ban khối dân vận tháng 4 (26/04/2013)
""", "2013-05-30", "Báo cáo kết quả công tác dân vận tháng 5, phương hướng nhiệm vụ tháng 6 năm 2013",
E("bao_cao", "2013-05", "2013-05-28"),
[P("Lang Văn Thắm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Quách Thị Loan", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Toản", "chuyên viên Ban Dân vận Huyện ủy"),
 P("Vi Thị Hương", "Phó Bí thư Thường trực Huyện ủy")],
[Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("64 buổi sinh hoạt chuyên đề", 64, "buổi sinh hoạt chuyên đề"),
 Q("khoảng 5.100 lượt hội viên, đoàn viên", 5100, "lượt hội viên, đoàn viên", "approx"), Q("215 hội viên", 215, "hội viên"),
 Q("30 con bò giống", 30, "con bò giống"), Q("360 triệu đồng", 360000000, "đồng"), Q("1.850 ngày công", 1850, "ngày công"),
 Q("8 hộ dân", 8, "hộ dân"), Q("19 lượt công dân", 19, "lượt công dân"), Q("6 đơn thư", 6, "đơn thư"), Q("4 đơn", 4, "đơn"),
 Q("3/17 xã", 3, "xã"), Q("1.200 hộ nghèo", 1200, "hộ nghèo")],
[D("Báo cáo", "41", "BC/BDVHU", "2013-05-28", "Ban Dân vận Huyện ủy Như Xuân", "Báo cáo số 41-BC/BDVHU ngày 28/5/2013"),
 D("Kế hoạch", "76", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 76-KH/HU"),
 D("Chỉ thị", "18", "CT/TU", "2013-04-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 10/4/2013"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 102/2009/QĐ-TTg")],
[prov("Thanh Hóa"), com("Xuân Bình"), com("Thanh Quân"), com("Bãi Trành")],
["Huyện ủy Như Xuân - Đảng bộ tỉnh Thanh Hóa", "Bạn đang ở: Trang chủ / Văn bản - Báo cáo / Công tác dân vận",
 "Văn phòng Huyện ủy", "Lượt truy cập: 8.412", "đi từng ngõ, gõ từng nhà", "Ngày Gia đình Việt Nam"],
["Cập nhật lúc 09:10 ngày 30/05/2013", "tháng 5/2013", "tháng 6", "Lượt truy cập: 8.412", "I. Kết quả", "III. Nhiệm vụ tháng 6"]))

PAGES.append(page("b3872-gialai-khoidanvan-giaoban-2014", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ >> Tin tức >> Dân vận các cấp
08:15 | 03/04/2014
Vận động 1.250 hộ đồng bào Jrai, Bahnar chuyển đổi cây trồng
Chiều 01/4/2014, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban khối dân vận quý I năm 2014. Dự và chủ trì có đồng chí Rơ Châm Long, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ksor H'Bơ Khăp, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Rơ Châm Long phát biểu kết luận giao ban.
Theo báo cáo, trong quý I, các cơ quan khối dân vận đã vận động được 1.250 hộ đồng bào Jrai, Bahnar chuyển đổi từ lúa nương, mì sang trồng cà phê, hồ tiêu và cây ăn quả, vượt 25% kế hoạch. Ban Dân vận Tỉnh ủy phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức 4 lớp bồi dưỡng cho 312 người có uy tín trong đồng bào dân tộc thiểu số; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28-CT/TU về tăng cường lãnh đạo công tác vận động đồng bào theo đạo Tin lành và về ngăn chặn tình trạng xuất cảnh trái phép.
Các đoàn thể đã tổ chức 178 buổi tuyên truyền, đấu tranh với hoạt động của tà đạo "Hà Mòn" và "Tin lành Đê Ga"; vận động 96 người ra đầu thú, trở về địa phương. Hội Nông dân tỉnh tiếp nhận 2,1 tỷ đồng từ Quỹ Hỗ trợ nông dân, cho 140 hội viên vay. Tỉnh đoàn tổ chức "Tháng Thanh niên" với 22 công trình thanh niên trị giá khoảng 860 triệu đồng.
Tình hình nhân dân cơ bản ổn định. Tuy nhiên, tại làng Plei Ring, xã Ia Dêr còn 7 hộ bị kẻ xấu lôi kéo nghe đài phát thanh nước ngoài; tại xã Ia Pnôn có 2 vụ tranh chấp đất rẫy giữa các hộ dân tộc thiểu số, đã hòa giải xong 1 vụ.
Tại hội nghị, đồng chí Siu Hương, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, và đồng chí Đinh Văn Hyưn, Bí thư Đảng ủy xã Đak Trôi, kiến nghị tăng thời lượng phát sóng tiếng Bahnar trên Đài Phát thanh - Truyền hình tỉnh. Già làng Rơ Lan Blih, người có uy tín làng Đê Kôp, xã Đak Trôi, chia sẻ cách vận động con cháu không nghe theo kẻ xấu.
Phát biểu kết luận, đồng chí Rơ Châm Long đề nghị trong quý II, khối dân vận tiếp tục thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị; phối hợp với lực lượng công an, bộ đội biên phòng nắm chắc địa bàn; nhân rộng 37 mô hình "Dân vận khéo" trong sản xuất; tổ chức gặp mặt, tặng quà người có uy tín nhân dịp Tết Bunpimay của đồng bào Lào sinh sống ở huyện Đức Cơ. Ông Nguyễn Văn Bảy, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo lịch kiểm tra tại 6 huyện phía Tây.
Minh Thái
Lượt xem: 1.037
Tin liên quan
- Chư Păh: Ra mắt mô hình "Làng văn hóa không có tà đạo" (21/03/2014)
- Giao ban khối dân vận tháng 2 (27/02/2014)
- Hội nghị người có uy tín toàn tỉnh năm 2013 (18/12/2013)
""", "2014-04-03", "Vận động 1.250 hộ đồng bào Jrai, Bahnar chuyển đổi cây trồng",
E("giao_ban", "2014-Q1", "2014-04-01"),
[P("Rơ Châm Long", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Đinh Văn Hyưn", "Bí thư Đảng ủy xã Đak Trôi"),
 P("Rơ Lan Blih", "Già làng", "người có uy tín làng Đê Kôp"),
 P("Nguyễn Văn Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.250 hộ đồng bào Jrai, Bahnar", 1250, "hộ đồng bào Jrai, Bahnar"), Q("25%", 25, "%"), Q("4 lớp bồi dưỡng", 4, "lớp bồi dưỡng"),
 Q("312 người có uy tín", 312, "người có uy tín"), Q("178 buổi tuyên truyền", 178, "buổi tuyên truyền"), Q("96 người", 96, "người"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("140 hội viên", 140, "hội viên"), Q("22 công trình thanh niên", 22, "công trình thanh niên"),
 Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"), Q("7 hộ", 7, "hộ"), Q("2 vụ tranh chấp đất rẫy", 2, "vụ tranh chấp đất rẫy"),
 Q("1 vụ", 1, "vụ"), Q("37 mô hình", 37, "mô hình"), Q("6 huyện phía Tây", 6, "huyện")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 08/12/2009")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Pnôn"), com("Đak Trôi")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ >> Tin tức >> Dân vận các cấp", "Đồng chí Rơ Châm Long phát biểu kết luận giao ban.",
 "Hà Mòn", "Tin lành Đê Ga", "Tháng Thanh niên", "Dân vận khéo", "Lượt xem: 1.037", "Quỹ Hỗ trợ nông dân"],
["08:15 | 03/04/2014", "quý I năm 2014", "quý II", "Lượt xem: 1.037"]))

PAGES.append(page("b3873-soctrang-bdvhuyen-giaoban-2015", """
Cổng thông tin điện tử huyện Trần Đề
Trang chủ › Tin tức › Mặt trận - Đoàn thể
Thứ Sáu, 11/09/2015
Trần Đề: Khối dân vận giao ban tháng 8/2015
Sáng ngày 09/9, Ban Dân vận Huyện ủy Trần Đề, tỉnh Sóc Trăng tổ chức họp giao ban khối dân vận định kỳ, đánh giá kết quả công tác tháng 8 và triển khai nhiệm vụ tháng 9 năm 2015. Chủ trì cuộc họp có ông Thạch Sô Phên, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy; bà Lý Thị Sa Vi, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Ông Thạch Sô Phên, Trưởng Ban Dân vận Huyện ủy phát biểu chỉ đạo. Ảnh: Kim Hoa
Qua báo cáo của Ban Dân vận và các ngành, trong tháng 8 khối dân vận đã phối hợp tổ chức 32 cuộc họp dân tại các ấp, phum, sóc với khoảng 2.600 lượt người dự; vận động bà con đồng bào Khmer đóng góp hơn 415 triệu đồng, 1.900 ngày công làm 6 cây cầu bê tông nông thôn và 3,2 km đường đal. Mặt trận và các đoàn thể đã thăm, tặng 280 phần quà cho gia đình chính sách, hộ nghèo nhân kỷ niệm Ngày Thương binh - Liệt sĩ, tổng trị giá 84 triệu đồng; bàn giao 4 căn nhà Đại đoàn kết tại xã Lịch Hội Thượng, Đại Ân 2.
Ban Dân vận Huyện ủy đã hướng dẫn các chi, đảng bộ cơ sở triển khai Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về tăng cường công tác dân vận ở vùng đồng bào dân tộc Khmer, và Thông báo kết luận số 15-TB/HU của Thường trực Huyện ủy về công tác vận động sư sãi.
Về tình hình nhân dân: người dân phấn khởi vì lúa Hè Thu được mùa, giá ổn định; tuy nhiên giá hành tím giảm mạnh, có 45 hộ trồng hành ở thị trấn Lịch Hội Thượng gặp khó khăn. Ghi nhận 3 trường hợp tuyên truyền đạo trái phép tại ấp Giồng Giữa, xã Viên Bình, đã được địa phương vận động chấm dứt.
Tại cuộc họp, Đại đức Thạch Sa Oanh, trụ trì chùa Prêk Tóp, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, đề nghị tiếp tục hỗ trợ 14 lớp dạy chữ Khmer hè tại các chùa. Bà Lâm Thị Sà Ly, Chủ tịch Hội Liên hiệp Phụ nữ huyện, kiến nghị bổ sung vốn cho các tổ tiết kiệm, vay vốn.
Kết thúc giao ban, ông Thạch Sô Phên đề nghị tháng 9 các đơn vị tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam huyện lần thứ II, nhiệm kỳ 2015 - 2019; chuẩn bị tốt lễ Sene Dolta cho đồng bào Khmer; rà soát 100% hộ nghèo để có phương án hỗ trợ; phối hợp giải quyết 2 vụ việc khiếu nại kéo dài ở xã Trung Bình.
Kim Hoa
Lượt xem: 640
Tin cùng chuyên mục
- Trần Đề: Hội nghị tuyên dương gương người tốt, việc tốt (28/08/2015)
- Huyện đoàn ra quân chiến dịch Thanh niên tình nguyện hè (15/07/2015)
- Giao ban khối dân vận tháng 7 (07/08/2015)
""", "2015-09-11", "Trần Đề: Khối dân vận giao ban tháng 8/2015",
E("giao_ban", "2015-08", "2015-09-09"),
[P("Thạch Sô Phên", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Sa Vi", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thạch Sa Oanh", "Đại đức", "trụ trì chùa Prêk Tóp", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Lâm Thị Sà Ly", "Chủ tịch Hội Liên hiệp Phụ nữ huyện")],
[Q("32 cuộc họp dân", 32, "cuộc họp dân"), Q("khoảng 2.600 lượt người", 2600, "lượt người", "approx"),
 Q("hơn 415 triệu đồng", 415000000, "đồng", "over"), Q("1.900 ngày công", 1900, "ngày công"), Q("6 cây cầu bê tông nông thôn", 6, "cây cầu bê tông nông thôn"),
 Q("3,2 km", 3.2, "km"), Q("280 phần quà", 280, "phần quà"), Q("84 triệu đồng", 84000000, "đồng"),
 Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"), Q("45 hộ", 45, "hộ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè"), Q("100% hộ nghèo", 100, "%"), Q("2 vụ việc khiếu nại kéo dài", 2, "vụ việc khiếu nại kéo dài")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Thông báo kết luận", "15", "TB/HU", None, "Thường trực Huyện ủy", "Thông báo kết luận số 15-TB/HU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2"), com("Viên Bình"), com("Trung Bình")],
["Cổng thông tin điện tử huyện Trần Đề", "Trang chủ › Tin tức › Mặt trận - Đoàn thể",
 "Ông Thạch Sô Phên, Trưởng Ban Dân vận Huyện ủy phát biểu chỉ đạo. Ảnh: Kim Hoa", "Lượt xem: 640", "Sene Dolta"],
["Thứ Sáu, 11/09/2015", "tháng 8/2015", "tháng 9 năm 2015", "lần thứ II", "nhiệm kỳ 2015 - 2019", "Lượt xem: 640"]))

PAGES.append(page("b3874-hatinh-khoidanvan-giaoban-2016", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị › Xây dựng Đảng
07/07/2016 - 15:20
Ổn định tư tưởng nhân dân vùng biển sau sự cố môi trường
(Baohatinh.vn) - Sáng nay (7/7), Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý II/2016, tập trung đánh giá công tác vận động nhân dân 4 huyện, thị xã ven biển bị ảnh hưởng bởi sự cố môi trường biển. Đồng chí Trần Thị Phương Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong quý II, các cơ quan khối dân vận đã cử 146 đoàn công tác xuống 67 xã ven biển nắm tình hình; phối hợp tổ chức 312 cuộc đối thoại, tiếp xúc với trên 21.000 lượt người dân. Ủy ban MTTQ tỉnh tiếp nhận và phân bổ 1.350 tấn gạo hỗ trợ ngư dân, cùng gần 9,4 tỷ đồng ủng hộ từ các tổ chức, cá nhân. Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh hỗ trợ 520 hộ chuyển đổi nghề.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1120-CV/TU về tăng cường công tác dân vận ở vùng bị ảnh hưởng; phối hợp hướng dẫn thực hiện Quyết định số 12/2016/QĐ-TTg và Quyết định 1880/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ khẩn cấp. Toàn bộ 100% tàu thuyền bị ảnh hưởng đã được thống kê, kê khai thiệt hại công khai tại thôn.
Tình hình tư tưởng nhân dân vùng biển còn diễn biến phức tạp; trong quý xảy ra 9 vụ tụ tập đông người, chủ yếu tại thị xã Kỳ Anh và huyện Lộc Hà, một số giáo dân giáo xứ Phú Yên, xã Kỳ Xuân bị kích động. Các lực lượng đã kịp thời vận động, không để xảy ra điểm nóng.
Ảnh: Đồng chí Trần Thị Phương Thảo phát biểu kết luận.
Tham luận tại giao ban, Linh mục Phêrô Trần Đình Lai, chánh xứ giáo xứ Hòa Thắng, Ủy viên Ủy ban MTTQ tỉnh, khẳng định đa số giáo dân tin tưởng vào chủ trương của Đảng, Nhà nước. Các đồng chí Nguyễn Hữu Thông, Hồ Thị Luận - Phó Trưởng Ban Dân vận Tỉnh ủy cũng thông tin về kết quả kiểm tra tại 18 xã, phường.
Kết luận, đồng chí Trần Thị Phương Thảo yêu cầu quý III, khối dân vận tiếp tục bám cơ sở, phối hợp chi trả đúng, đủ tiền bồi thường cho người dân; quan tâm chính sách học phí cho khoảng 16.000 học sinh vùng biển; thực hiện Kết luận 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước. Đồng chí cũng đề nghị Ủy ban MTTQ tỉnh chủ trì giám sát việc chi trả bồi thường ở các xã Kỳ Lợi, Kỳ Nam, kịp thời phát hiện những trường hợp kê khai chưa đúng để xử lý, giữ vững niềm tin của nhân dân.
Hồng Linh
Lượt xem: 2.108
Tin liên quan
- Hà Tĩnh: Đối thoại với ngư dân 4 huyện ven biển (24/06/2016)
- Ủy ban MTTQ tỉnh phân bổ gạo hỗ trợ ngư dân (10/06/2016)
- Giao ban khối dân vận quý I/2016 (06/04/2016)
""", "2016-07-07", "Ổn định tư tưởng nhân dân vùng biển sau sự cố môi trường",
E("giao_ban", "2016-Q2", "2016-07-07"),
[P("Trần Thị Phương Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Trần Đình Lai", "Linh mục", "chánh xứ giáo xứ Hòa Thắng", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Thông", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hồ Thị Luận", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4 huyện, thị xã ven biển", 4, "huyện, thị xã ven biển"), Q("146 đoàn công tác", 146, "đoàn công tác"), Q("67 xã ven biển", 67, "xã ven biển"),
 Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("trên 21.000 lượt người dân", 21000, "lượt người dân", "over"),
 Q("1.350 tấn gạo", 1350, "tấn"), Q("gần 9,4 tỷ đồng", 9400000000, "đồng", "approx"), Q("520 hộ", 520, "hộ"),
 Q("100% tàu thuyền", 100, "%"), Q("9 vụ tụ tập đông người", 9, "vụ tụ tập đông người"), Q("18 xã, phường", 18, "xã, phường"),
 Q("khoảng 16.000 học sinh vùng biển", 16000, "học sinh", "approx")],
[D("Công văn", "1120", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 1120-CV/TU"),
 D("Quyết định", "12", "2016/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2016/QĐ-TTg"),
 D("Quyết định", "1880", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1880/QĐ-TTg"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Hà Tĩnh"), com("Kỳ Xuân"), com("Kỳ Lợi"), com("Kỳ Nam")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị › Xây dựng Đảng", "(Baohatinh.vn)",
 "Ảnh: Đồng chí Trần Thị Phương Thảo phát biểu kết luận.", "Lượt xem: 2.108"],
["07/07/2016 - 15:20", "Lượt xem: 2.108", "quý II/2016", "quý III"]))
