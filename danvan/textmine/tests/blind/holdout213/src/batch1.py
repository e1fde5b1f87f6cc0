from lib import *
PAGES = []

PAGES.append(page("b5069-laocai-btg-tongket-dlxh-2011", """
BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI
Trang chủ » Hoạt động » Dư luận xã hội
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Tổng kết công tác nắm bắt dư luận xã hội năm 2011
Ngày 27/12/2011, Ban Tuyên giáo Tỉnh ủy Lào Cai phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác nghiên cứu, nắm bắt và định hướng dư luận xã hội năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vàng A Dế, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 45 đồng chí là lãnh đạo ban tuyên giáo, ban dân vận các huyện ủy, thành ủy và báo cáo viên cấp tỉnh.
Đồng chí Vàng A Dế phát biểu tại hội nghị.
Báo cáo do đồng chí Hoàng Thị Nhung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy trình bày cho biết, năm 2011 mạng lưới 312 cộng tác viên dư luận xã hội ở 9 huyện, thành phố đã hoạt động nền nếp theo Quyết định số 06-QĐ/TU ngày 14/3/2011 của Ban Thường vụ Tỉnh ủy về quy chế hoạt động của đội ngũ cộng tác viên. Ban đã thực hiện Kết luận số 100-KL/TW ngày 18/5/2011 của Ban Bí thư và Hướng dẫn số 09-HD/BTGTU về chế độ báo cáo định kỳ; tổ chức phát 1.146 phiếu thăm dò ý kiến, xây dựng 24 báo cáo chuyên đề gửi Thường trực Tỉnh ủy.
Kết quả thăm dò cho thấy 86,5% ý kiến tin tưởng vào chủ trương xây dựng nông thôn mới; nhân dân quan tâm nhiều tới giá vật tư nông nghiệp, bồi thường giải phóng mặt bằng đường cao tốc và việc làm cho thanh niên. Trong năm, cộng tác viên đã kịp thời phản ánh 37 vụ việc phức tạp ở vùng cao, trong đó có việc một số người dân xã Y Tý nghe theo lời kích động bỏ nhà đi nơi khác. Các huyện đã tổ chức trên 1.200 lượt người nghe nói chuyện thời sự; kinh phí cho hoạt động cộng tác viên năm 2011 là 180 triệu đồng.
Thực hiện phương châm "4 nắm" (nắm tình hình, nắm tư tưởng, nắm dư luận, nắm người có uy tín), các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Văn Tiến, Tẩn Láo Sử đã trực tiếp cùng cơ sở giải quyết những vấn đề dư luận quan tâm.
Tại hội nghị, đồng chí Ly Seo Dìn, Bí thư Đảng ủy xã Bản Khoang, nêu cách làm "đi từng ngõ, gõ từng nhà" để nghe ý kiến đồng bào Mông; đồng chí Phạm Đức Lương, HUV, Trưởng Ban Tuyên giáo Huyện ủy Bát Xát, đề nghị tỉnh bổ sung phụ cấp cho cộng tác viên ở thôn bản.
Phát biểu kết luận, đồng chí Vàng A Dế yêu cầu năm 2012 củng cố đội ngũ cộng tác viên, mỗi xã ít nhất 2 người; nâng chất lượng báo cáo nhanh, không để bị động trước những vụ việc nảy sinh. Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích trong công tác dư luận xã hội năm 2011.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Bát Xát nâng cao chất lượng đội ngũ báo cáo viên (12/12/2011)
- Sa Pa: hội nghị báo cáo viên tháng 11 (28/11/2011)
- Tập huấn nghiệp vụ cho 90 cộng tác viên dư luận xã hội (04/11/2011)
- Bảo Thắng đối thoại với nông dân về giá đất (20/10/2011)
""", "2011-12-28", "Lào Cai: Tổng kết công tác nắm bắt dư luận xã hội năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng A Dế", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lò Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Láo Sử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ly Seo Dìn", "Bí thư Đảng ủy xã Bản Khoang"),
 P("Phạm Đức Lương", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Bát Xát")],
[Q("45 đồng chí", 45, "đồng chí"), Q("312 cộng tác viên dư luận xã hội", 312, "cộng tác viên dư luận xã hội"),
 Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("1.146 phiếu thăm dò ý kiến", 1146, "phiếu thăm dò ý kiến"),
 Q("24 báo cáo chuyên đề", 24, "báo cáo chuyên đề"), Q("86,5%", 86.5, "%"), Q("37 vụ việc phức tạp", 37, "vụ việc phức tạp"),
 Q("trên 1.200 lượt người", 1200, "lượt người", "over"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("ít nhất 2 người", 2, "người", "over"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "06", "QĐ/TU", "2011-03-14", "Ban Thường vụ Tỉnh ủy", "Quyết định số 06-QĐ/TU ngày 14/3/2011"),
 D("Kết luận", "100", "KL/TW", "2011-05-18", "Ban Bí thư", "Kết luận số 100-KL/TW ngày 18/5/2011"),
 D("Hướng dẫn", "09", "HD/BTGTU", None, None, "Hướng dẫn số 09-HD/BTGTU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Khoang")],
["BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI", "Trang chủ » Hoạt động » Dư luận xã hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồng chí Vàng A Dế phát biểu tại hội nghị.", "4 nắm", "đi từng ngõ, gõ từng nhà", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "45 đồng chí", "năm 2011", "năm 2012", "4 nắm", "Lượt xem: 1.204"]))

PAGES.append(page("b5070-nghean-quynhluu-btghu-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN
Tin tức - Sự kiện | Xây dựng Đảng
Cập nhật: 16:05, 10/07/2012 (GMT+7)
Quỳnh Lưu: Nắm chắc tâm trạng nhân dân vùng biển
Ngày 9/7, Ban Tuyên giáo Huyện ủy Quỳnh Lưu (tỉnh Nghệ An) tổ chức hội nghị sơ kết công tác dư luận xã hội 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Văn Thành, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị; đồng chí Nguyễn Thị Lan Hương, Trưởng Ban Tuyên giáo Huyện ủy chủ trì.
Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Nghĩa
Theo báo cáo, 6 tháng qua đội ngũ 96 cộng tác viên dư luận xã hội ở 43 xã, thị trấn đã gửi về Ban 18 báo cáo nhanh, phản ánh đúng tâm tư của ngư dân vùng bãi ngang trước giá xăng dầu tăng. Ban đã thực hiện Kế hoạch số 28-KH/HU ngày 12/01/2012 của Ban Thường vụ Huyện ủy về củng cố mạng lưới cộng tác viên, Quy chế phối hợp số 03-QC/BTGHU với Ủy ban MTTQ huyện trong nắm bắt ý kiến nhân dân, và triển khai Hướng dẫn 15, 16-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về chế độ thông tin, báo cáo.
Qua tổng hợp, dư luận quan tâm nhiều tới việc hỗ trợ ngư dân đóng mới tàu vỏ thép, ô nhiễm môi trường tại các cơ sở chế biến hải sản và việc thu hồi đất làm khu công nghiệp. Có 5 vụ khiếu kiện đông người, 2 vụ việc mâu thuẫn trong nội bộ giáo xứ đã được các cấp ủy giải quyết từ cơ sở. Các xã ven biển đã tổ chức 1.350 lượt ngư dân nghe phổ biến chính sách; 62% ý kiến được hỏi cho rằng hoạt động đánh bắt xa bờ đã có lãi. Toàn huyện hiện có gần 400 tàu thuyền công suất lớn, 14 tàu bị hư hỏng sau đợt áp thấp nhiệt đới tháng 5, được hỗ trợ trên 3,5 tỷ đồng để sửa chữa.
Tại hội nghị, các đồng chí Lê Văn Khang, Trần Đình Quý, Hồ Sỹ Bình - báo cáo viên cấp huyện, trao đổi kinh nghiệm nắm dư luận qua các buổi sinh hoạt chi bộ. Đồng chí Phan Thị Hoài, Bí thư Đảng ủy xã Quỳnh Lập, cho biết xã đã lập tổ cộng tác viên ở 9 xóm ven biển; ông Hoàng Văn Tuấn, Chủ tịch Hội Nghề cá xã Quỳnh Thuận, đề nghị cơ quan chức năng sớm trả lời kiến nghị của ngư dân về vay vốn đóng tàu.
Đồng chí Hồ Văn Thành yêu cầu 6 tháng cuối năm các cấp ủy quan tâm hơn tới công tác dư luận xã hội, coi đây là kênh thông tin quan trọng để lãnh đạo, chỉ đạo; tập trung nắm tình hình ở xã Quỳnh Phương, nơi có dự án cảng biển.
Dịp này, Ban Tuyên giáo Huyện ủy khen thưởng 6 cộng tác viên tiêu biểu, mỗi người được thưởng 300.000 đồng.
Hữu Nghĩa - Thu Trang
Các tin khác
- Quỳnh Lưu tổ chức Hội nghị báo cáo viên tháng 6 (28/06/2012)
- Ra mắt câu lạc bộ ngư dân tự quản ở 4 xã ven biển (15/06/2012)
- Đoàn công tác Ban Tuyên giáo Tỉnh ủy làm việc tại Quỳnh Lưu (30/05/2012)
- Quỳnh Lưu tuyên dương 27 đảng viên trẻ tiêu biểu (19/05/2012)
""", "2012-07-10", "Quỳnh Lưu: Nắm chắc tâm trạng nhân dân vùng biển",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Hồ Văn Thành", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Thị Lan Hương", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Lê Văn Khang", "báo cáo viên cấp huyện"),
 P("Trần Đình Quý", "báo cáo viên cấp huyện"),
 P("Hồ Sỹ Bình", "báo cáo viên cấp huyện"),
 P("Phan Thị Hoài", "Bí thư Đảng ủy xã Quỳnh Lập"),
 P("Hoàng Văn Tuấn", "Chủ tịch Hội Nghề cá xã Quỳnh Thuận")],
[Q("96 cộng tác viên dư luận xã hội", 96, "cộng tác viên dư luận xã hội"), Q("43 xã, thị trấn", 43, "xã, thị trấn"),
 Q("18 báo cáo nhanh", 18, "báo cáo nhanh"), Q("5 vụ khiếu kiện đông người", 5, "vụ khiếu kiện đông người"),
 Q("2 vụ việc mâu thuẫn", 2, "vụ việc mâu thuẫn"), Q("1.350 lượt ngư dân", 1350, "lượt ngư dân"), Q("62%", 62, "%"),
 Q("gần 400 tàu thuyền công suất lớn", 400, "tàu thuyền công suất lớn", "approx"), Q("14 tàu", 14, "tàu"),
 Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("9 xóm ven biển", 9, "xóm ven biển"),
 Q("6 cộng tác viên tiêu biểu", 6, "cộng tác viên tiêu biểu"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "28", "KH/HU", "2012-01-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 28-KH/HU ngày 12/01/2012"),
 D("Quy chế phối hợp", "03", "QC/BTGHU", None, None, "Quy chế phối hợp số 03-QC/BTGHU"),
 D("Hướng dẫn", "15", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 15, 16-HD/BTGTU"),
 D("Hướng dẫn", "16", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 15, 16-HD/BTGTU")],
[prov("Nghệ An"), com("Quỳnh Lập"), com("Quỳnh Thuận"), com("Quỳnh Phương")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN", "Tin tức - Sự kiện | Xây dựng Đảng",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Nghĩa", "Hội Nghề cá"],
["Cập nhật: 16:05, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "tháng 5"]))

PAGES.append(page("b5071-gialai-btgtu-taphuan-ctv-2013", """
Báo Gia Lai điện tử
Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng
08:15 | 17/05/2013
Đồng chí Ksor H'Bla phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ cho 120 cộng tác viên dư luận xã hội
(GL) - Trong 2 ngày 15 và 16/5, Ban Tuyên giáo Tỉnh ủy Gia Lai tổ chức lớp tập huấn nghiệp vụ công tác dư luận xã hội năm 2013 cho 120 học viên là cộng tác viên dư luận xã hội của 17 huyện, thị xã, thành phố. Các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Ksor H'Bla, Trần Quốc Dũng đồng chủ trì lớp học.
Lớp tập huấn triển khai Kế hoạch số 54-KH/TU ngày 20/02/2013 của Tỉnh ủy về nâng cao chất lượng công tác nghiên cứu, dự báo và định hướng dư luận xã hội, và Quyết định số 79-QĐ/BTGTU ngày 02/4/2013 của Ban Tuyên giáo Tỉnh ủy về kiện toàn mạng lưới cộng tác viên. Các học viên được nghe 5 chuyên đề: kỹ năng thu thập thông tin, cách viết báo cáo nhanh, nhận diện luận điệu xuyên tạc về vấn đề dân tộc, tôn giáo, gắn với thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị.
ThS. Đỗ Thanh Hà, Trưởng phòng Lý luận chính trị - Lịch sử Đảng Ban Tuyên giáo Tỉnh ủy, hướng dẫn học viên lập phiếu trưng cầu ý kiến. Theo đồng chí, năm 2012 toàn tỉnh đã thu về 2.600 phiếu, trong đó khoảng 65% ý kiến quan tâm tới giá cà phê, hồ tiêu và đất sản xuất cho đồng bào Jrai, Bahnar.
Hiện mạng lưới có 214 cộng tác viên, trong đó 38 cộng tác viên là người dân tộc thiểu số. Các đồng chí Siu Đơk, Bí thư Đảng ủy xã Ia Pếch, và Rơ Mah Thị Hlim, Trưởng thôn Plei Ơi, xã Ia Phang, được mời chia sẻ cách nắm dư luận qua sinh hoạt làng. Ông Puih Hyơi, già làng Plei Ơi, cho biết nhờ nghe già làng giải thích, nhiều hộ đã không nghe theo lời kẻ xấu tham gia "Tin lành Đê Ga".
Phát biểu bế mạc, đồng chí Trần Quốc Dũng đề nghị mỗi học viên thực hiện "3 không" trong cung cấp thông tin: không chậm, không sai, không bỏ sót; mỗi tháng ít nhất 1 báo cáo gửi về Ban. Mỗi học viên được hỗ trợ 150.000 đồng/ngày trong thời gian học.
Theo kế hoạch, sau lớp học này Ban sẽ mở thêm 3 lớp cấp huyện cho khoảng 300 cộng tác viên ở thôn, làng; đồng thời phối hợp với Ủy ban MTTQ tỉnh tổ chức gặp mặt người có uy tín trước mùa rẫy. Ông Kpă Thuyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Pa, cho rằng cần ưu tiên chọn cộng tác viên là người Jrai biết chữ, am hiểu phong tục để thông tin thu về sát thực tế, tránh tình trạng báo cáo hình thức, sao chép từ tháng trước.
Văn Ngọc
Tin cùng chuyên mục
- Chư Sê: hội nghị báo cáo viên quý I (10/04/2013)
- Giao ban công tác tuyên giáo khu vực Tây Nguyên (02/04/2013)
- Đức Cơ đối thoại với người dân về đất rẫy (25/03/2013)
- Gia Lai tuyên dương 46 người có uy tín (18/03/2013)
""", "2013-05-17", "Tập huấn nghiệp vụ cho 120 cộng tác viên dư luận xã hội",
E("tap_huan", "2013", "2013-05-15"),
[P("Ksor H'Bla", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Quốc Dũng", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đỗ Thanh Hà", "ThS.", "Trưởng phòng Lý luận chính trị - Lịch sử Đảng Ban Tuyên giáo Tỉnh ủy"),
 P("Siu Đơk", "Bí thư Đảng ủy xã Ia Pếch"),
 P("Rơ Mah Thị Hlim", "Trưởng thôn Plei Ơi"),
 P("Puih Hyơi", "già làng Plei Ơi"),
 P("Kpă Thuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Pa")],
[Q("120 cộng tác viên dư luận xã hội", 120, "cộng tác viên dư luận xã hội"), Q("120 học viên", 120, "học viên"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("2.600 phiếu", 2600, "phiếu"), Q("khoảng 65%", 65, "%", "approx"), Q("214 cộng tác viên", 214, "cộng tác viên"),
 Q("38 cộng tác viên", 38, "cộng tác viên"), Q("ít nhất 1 báo cáo", 1, "báo cáo", "over"),
 Q("150.000 đồng", 150000, "đồng"), Q("3 lớp cấp huyện", 3, "lớp cấp huyện"),
 Q("khoảng 300 cộng tác viên", 300, "cộng tác viên", "approx")],
[D("Kế hoạch", "54", "KH/TU", "2013-02-20", "Tỉnh ủy", "Kế hoạch số 54-KH/TU ngày 20/02/2013"),
 D("Quyết định", "79", "QĐ/BTGTU", "2013-04-02", "Ban Tuyên giáo Tỉnh ủy", "Quyết định số 79-QĐ/BTGTU ngày 02/4/2013"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Phang")],
["Báo Gia Lai điện tử", "Bạn đang ở: Trang chủ > Chính trị > Xây dựng Đảng",
 "Đồng chí Ksor H'Bla phát biểu khai mạc lớp tập huấn.", "(GL)", "Tin lành Đê Ga", "3 không"],
["2 ngày", "năm 2013", "năm 2012", "3 không", "08:15 | 17/05/2013"]))

PAGES.append(page("b5072-cantho-btgthu-giaoban-q3-2014", """
BÁO CẦN THƠ ONLINE
Trang chủ :: Chính trị :: Xây dựng Đảng
08-10-2014 14:20
Giao ban công tác dư luận xã hội quý III/2014
Chiều 7/10, Ban Tuyên giáo Thành ủy Cần Thơ tổ chức giao ban công tác dư luận xã hội quý III/2014. Đồng chí Trương Minh Khôi, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy chủ trì; cùng dự có đồng chí Thạch Sô Phanh, Phó Trưởng Ban Tuyên giáo Thành ủy.
Quang cảnh buổi giao ban. Ảnh: Đăng Huỳnh
Quý III, mạng lưới 210 cộng tác viên dư luận xã hội ở 9 quận, huyện đã thực hiện 4 đợt điều tra nhanh với 1.800 phiếu điều tra, gửi về Ban 36 báo cáo. Dư luận tập trung vào vụ việc giàn khoan Hải Dương - 981, giá lúa hè thu và tình trạng sạt lở bờ sông; 78,6% ý kiến đồng tình với cách xử lý của các cấp chính quyền. Cộng tác viên cũng phản ánh 11 vụ việc tranh chấp đất đai kéo dài ở phường An Khánh, phường Cái Khế, và 6 trường hợp đăng tải thông tin sai sự thật lên mạng xã hội đã được cơ quan chức năng xử lý.
Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 80, 81-KL/TU về công tác nắm tình hình tư tưởng trong cán bộ, đảng viên và về định hướng thông tin trên mạng xã hội; gửi Công văn số 412-CV/BTGTU đề nghị các quận, huyện ủy báo cáo vụ việc đột xuất trong 24 giờ. Việc triển khai Quyết định số 1024-QĐ/TU ngày 03/6/2014 của Thành ủy về quy chế cung cấp thông tin cho báo chí được đánh giá có chuyển biến.
Tại buổi giao ban, các đồng chí Lâm Văn Tòng, Trịnh Thị Hồng Nhung, Phan Quốc Việt - Phó Trưởng Ban Tuyên giáo quận, huyện ủy, nêu khó khăn vì cộng tác viên phần lớn kiêm nhiệm, phụ cấp thấp. Đồng chí Huỳnh Văn Lễ, Quận ủy viên, Trưởng Ban Tuyên giáo Quận ủy Ninh Kiều, đề xuất lập nhóm cộng tác viên trên mạng xã hội; Ban đã nhận trên 20 ý kiến góp ý cho dự thảo quy chế mới.
Kết luận buổi giao ban, đồng chí Trương Minh Khôi yêu cầu quý IV tập trung nắm dư luận về thu hồi đất dự án khu đô thị, chuẩn bị đại hội đảng bộ cơ sở; các báo cáo phải nêu rõ nguồn, tránh chung chung.
Cũng tại buổi giao ban, Ban Tuyên giáo Thành ủy thông tin 9 tháng đầu năm đã tổ chức 312 buổi nói chuyện thời sự cho khoảng 25.000 lượt cán bộ, đảng viên và nhân dân. Bà Đoàn Thị Mỹ Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị tăng cường trao đổi thông tin giữa mạng lưới cộng tác viên của Mặt trận với mạng lưới của ngành tuyên giáo, để những vấn đề người dân bức xúc được phản ánh sớm tới cấp ủy.
Đăng Huỳnh
Lượt đọc: 532
TIN CÙNG CHUYÊN MỤC
- Ô Môn tổ chức đối thoại với nông dân (01/10/2014)
- Ninh Kiều: sơ kết 9 tháng công tác dân vận (25/09/2014)
- Tuyên truyền biển đảo cho 300 đoàn viên (15/09/2014)
""", "2014-10-08", "Giao ban công tác dư luận xã hội quý III/2014",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Trương Minh Khôi", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo Thành ủy"),
 P("Đoàn Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Tuyên giáo Thành ủy"),
 P("Lâm Văn Tòng", "Phó Trưởng Ban Tuyên giáo quận, huyện ủy"),
 P("Trịnh Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo quận, huyện ủy"),
 P("Phan Quốc Việt", "Phó Trưởng Ban Tuyên giáo quận, huyện ủy"),
 P("Huỳnh Văn Lễ", "Quận ủy viên", "Trưởng Ban Tuyên giáo Quận ủy Ninh Kiều")],
[Q("210 cộng tác viên dư luận xã hội", 210, "cộng tác viên dư luận xã hội"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("4 đợt điều tra nhanh", 4, "đợt điều tra nhanh"), Q("1.800 phiếu điều tra", 1800, "phiếu điều tra"),
 Q("36 báo cáo", 36, "báo cáo"), Q("78,6%", 78.6, "%"), Q("11 vụ việc tranh chấp đất đai kéo dài", 11, "vụ việc tranh chấp đất đai kéo dài"),
 Q("6 trường hợp", 6, "trường hợp"), Q("trên 20 ý kiến góp ý", 20, "ý kiến", "over"),
 Q("312 buổi nói chuyện thời sự", 312, "buổi nói chuyện thời sự"), Q("khoảng 25.000 lượt cán bộ, đảng viên và nhân dân", 25000, "lượt cán bộ, đảng viên và nhân dân", "approx")],
[D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 80, 81-KL/TU"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 80, 81-KL/TU"),
 D("Công văn", "412", "CV/BTGTU", None, None, "Công văn số 412-CV/BTGTU"),
 D("Quyết định", "1024", "QĐ/TU", "2014-06-03", "Thành ủy", "Quyết định số 1024-QĐ/TU ngày 03/6/2014")],
[prov("Cần Thơ"), com("An Khánh"), com("Cái Khế")],
["BÁO CẦN THƠ ONLINE", "Trang chủ :: Chính trị :: Xây dựng Đảng", "Quang cảnh buổi giao ban. Ảnh: Đăng Huỳnh",
 "Hải Dương - 981", "Lượt đọc: 532"],
["08-10-2014 14:20", "quý III/2014", "Hải Dương - 981", "24 giờ", "quý IV", "9 tháng đầu năm", "Lượt đọc: 532"]))

PAGES.append(page("b5073-quangnam-mttq-hoinghi-gopy-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Hoạt động Mặt trận / Tin tức
Ngày đăng 20/08/2015 | 10:40
Hội nghị tổng hợp ý kiến, dư luận nhân dân về dự thảo văn kiện
Ngày 19/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng hợp ý kiến, dư luận của nhân dân đóng góp vào dự thảo văn kiện Đại hội Đảng bộ tỉnh và dự thảo văn kiện Đại hội XII của Đảng năm 2015. Bà Nguyễn Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Bà Nguyễn Thị Thu Vân phát biểu tại hội nghị. Ảnh: N.Đ
Thực hiện Hướng dẫn số 21/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 37/KH-MTTQ-BTT ngày 05/6/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp ở 18 huyện, thành phố đã tổ chức 245 hội nghị lấy ý kiến với trên 14.500 lượt người tham dự; tổng hợp được 3.260 ý kiến góp ý, trong đó có 412 ý kiến phản biện. Việc lấy ý kiến gắn với thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Ông Bh'riu Lăng, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang, cho biết đồng bào Cơ Tu mong muốn văn kiện nói rõ hơn chính sách đất rừng và giữ gìn văn hóa; 126 người có uy tín trên địa bàn đã tham gia góp ý. Già làng Clâu Blúi, thôn Aur, xã A Tiêng, đề nghị bỏ bớt thủ tục khi người dân vay vốn. Ý kiến ở phường An Mỹ tập trung vào việc chống tham nhũng, lãng phí và chất lượng cán bộ cơ sở.
Theo bà Hồ Thị Minh Nguyệt, Trưởng Ban Tuyên giáo - Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, các ý kiến được xếp thành 9 nhóm vấn đề; khoảng 92% ý kiến đồng tình với đánh giá kết quả 5 năm qua. Các đồng chí Trần Văn Hải, Lê Thị Kim Loan - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, trình bày dự thảo báo cáo tổng hợp gửi Tỉnh ủy.
Kết luận hội nghị, bà Nguyễn Thị Thu Vân đề nghị Mặt trận cấp huyện hoàn thiện báo cáo trước ngày 30/8, phản ánh trung thực, đầy đủ ý kiến của nhân dân, kể cả ý kiến khác, không làm đẹp báo cáo; tiếp tục theo dõi dư luận trong thời gian tổ chức đại hội.
Cũng tại hội nghị, đại diện 7 tổ chức thành viên đã thông tin về kết quả lấy ý kiến đoàn viên, hội viên. Hội Liên hiệp Phụ nữ tỉnh tổng hợp được 540 ý kiến, chủ yếu về bình đẳng giới và chăm sóc trẻ em vùng cao.
Ngọc Đông
Tin liên quan
- Tây Giang: đồng bào Cơ Tu góp ý dự thảo văn kiện (10/08/2015)
- MTTQ tỉnh giám sát việc bình xét hộ nghèo (28/07/2015)
- Hội nghị hiệp thương giới thiệu người ứng cử (15/07/2015)
- Nam Giang: Mặt trận vận động 1.200 hộ đồng bào Cơ Tu giữ rừng (02/07/2015)
- Tổng kết 5 năm cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (20/06/2015)
""", "2015-08-20", "Hội nghị tổng hợp ý kiến, dư luận nhân dân về dự thảo văn kiện",
E("hoi_nghi", "2015", "2015-08-19"),
[P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Lăng", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang"),
 P("Clâu Blúi", "Già làng"),
 P("Hồ Thị Minh Nguyệt", "Trưởng Ban Tuyên giáo - Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hải", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Kim Loan", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("18 huyện, thành phố", 18, "huyện, thành phố"), Q("245 hội nghị lấy ý kiến", 245, "hội nghị lấy ý kiến"),
 Q("trên 14.500 lượt người", 14500, "lượt người", "over"), Q("3.260 ý kiến góp ý", 3260, "ý kiến"),
 Q("412 ý kiến phản biện", 412, "ý kiến phản biện"), Q("126 người có uy tín", 126, "người có uy tín"),
 Q("9 nhóm vấn đề", 9, "nhóm vấn đề"), Q("khoảng 92%", 92, "%", "approx"),
 Q("7 tổ chức thành viên", 7, "tổ chức thành viên"), Q("540 ý kiến", 540, "ý kiến")],
[D("Hướng dẫn", "21", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 21/HD-MTTW-BTT"),
 D("Kế hoạch", "37", "KH-MTTQ-BTT", "2015-06-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 37/KH-MTTQ-BTT ngày 05/6/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("A Tiêng"), com("An Mỹ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Hoạt động Mặt trận / Tin tức",
 "Bà Nguyễn Thị Thu Vân phát biểu tại hội nghị. Ảnh: N.Đ", "Đại hội XII"],
["Ngày đăng 20/08/2015 | 10:40", "Đại hội XII", "năm 2015", "5 năm qua", "ngày 30/8"]))

PAGES.append(page("b5074-thainguyen-btgtu-baocao-dlxh-2016", """
THÁI NGUYÊN ĐIỆN TỬ
Thời sự > Chính trị
22/07/2016 - 15:45
87,4% người được hỏi hài lòng với việc tiếp dân ở cơ sở
TN - Ngày 21/7, Ban Tuyên giáo Tỉnh ủy Thái Nguyên công bố Báo cáo số 118-BC/BTGTU ngày 21/7/2016 về kết quả điều tra dư luận xã hội 6 tháng đầu năm 2016. Theo báo cáo, 87,4% người được hỏi hài lòng với việc tiếp dân, đối thoại của chính quyền cơ sở, tăng so với cùng kỳ năm trước.
Cán bộ xã Phú Đình phát phiếu điều tra dư luận cho người dân. Ảnh: Đức Trung
Cuộc điều tra được tiến hành theo Đề án 06-ĐA/TU của Tỉnh ủy về nâng cao chất lượng công tác dư luận xã hội giai đoạn 2016 - 2020, với 1.500 phiếu phát ra tại 9 huyện, thành phố, thị xã; số phiếu hợp lệ thu về đạt 1.462 phiếu. Đây là một trong 27 cuộc điều tra Ban đã thực hiện kể từ khi triển khai Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kế hoạch 31-KH/TU của Ban Thường vụ Tỉnh ủy.
Kết quả cho thấy 4 nhóm vấn đề được quan tâm nhất là việc làm, ô nhiễm môi trường ở các khu khai thác khoáng sản, giá chè búp và thủ tục hành chính. Chỉ 12,3% ý kiến cho rằng cán bộ xã còn gây phiền hà; trên 70% ý kiến mong muốn được đối thoại trực tiếp với người đứng đầu. Tại 68 xã có kết quả thấp, Ban đề nghị cấp ủy chỉ đạo khắc phục trong quý III.
Theo đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy, báo cáo đã được gửi tới Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh để tham khảo. TS. Dương Văn Lượng, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, phụ trách nhóm nghiên cứu, cho biết kinh phí điều tra khoảng 95 triệu đồng, do ngân sách tỉnh cấp.
Đồng chí Hoàng Thị Lụa, Bí thư Đảng ủy xã Phú Đình, nói: "Kết quả điều tra giúp chúng tôi nhìn rõ những việc người dân chưa hài lòng". Ông La Văn Thắng, người có uy tín xóm Đồng Tâm, xã Phú Đình, kiến nghị công khai rộng rãi hơn kết quả giải quyết đơn thư của dân.
Báo cáo cũng nêu, trong 6 tháng, mạng lưới 186 cộng tác viên dư luận xã hội đã gửi về Ban 54 báo cáo nhanh, phản ánh 9 vụ việc khiếu kiện về đất đai và bồi thường tại các dự án khu công nghiệp. Ban đề nghị Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội phối hợp theo dõi, nắm chắc diễn biến tư tưởng của người lao động trong các doanh nghiệp có vốn đầu tư nước ngoài, nơi có khoảng 60.000 công nhân đang làm việc.
Thu Hà
Tin liên quan
- Đại Từ: 90% hộ dân đồng thuận làm đường giao thông nông thôn (15/07/2016)
- Giao ban dư luận xã hội quý II (05/07/2016)
- Định Hóa đối thoại với người dân về bồi thường đất (22/06/2016)
- Phổ Yên: nắm bắt tư tưởng công nhân các khu công nghiệp (10/06/2016)
- Võ Nhai tập huấn cho 85 cộng tác viên dư luận xã hội cấp xã (27/05/2016)
""", "2016-07-22", "87,4% người được hỏi hài lòng với việc tiếp dân ở cơ sở",
E("bao_cao", "2016-H1", "2016-07-21"),
[P("Ma Thị Nguyệt", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Dương Văn Lượng", "TS.", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hoàng Thị Lụa", "Bí thư Đảng ủy xã Phú Đình"),
 P("La Văn Thắng", "người có uy tín xóm Đồng Tâm")],
[Q("87,4%", 87.4, "%"), Q("1.500 phiếu", 1500, "phiếu"), Q("9 huyện, thành phố, thị xã", 9, "huyện, thành phố, thị xã"),
 Q("1.462 phiếu", 1462, "phiếu"), Q("27 cuộc điều tra", 27, "cuộc điều tra"), Q("4 nhóm vấn đề", 4, "nhóm vấn đề"),
 Q("12,3%", 12.3, "%"), Q("trên 70%", 70, "%", "over"), Q("68 xã", 68, "xã"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("186 cộng tác viên dư luận xã hội", 186, "cộng tác viên dư luận xã hội"), Q("54 báo cáo nhanh", 54, "báo cáo nhanh"),
 Q("9 vụ việc khiếu kiện về đất đai và bồi thường", 9, "vụ việc khiếu kiện về đất đai và bồi thường"),
 Q("khoảng 60.000 công nhân", 60000, "công nhân", "approx")],
[D("Báo cáo", "118", "BC/BTGTU", "2016-07-21", "Ban Tuyên giáo Tỉnh ủy", "Báo cáo số 118-BC/BTGTU ngày 21/7/2016"),
 D("Đề án", "06", "ĐA/TU", None, "Tỉnh ủy", "Đề án 06-ĐA/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "31", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 31-KH/TU")],
[prov("Thái Nguyên"), com("Phú Đình")],
["THÁI NGUYÊN ĐIỆN TỬ", "Thời sự > Chính trị", "Cán bộ xã Phú Đình phát phiếu điều tra dư luận cho người dân. Ảnh: Đức Trung", "TN -"],
["22/07/2016 - 15:45", "6 tháng đầu năm 2016", "6 tháng", "giai đoạn 2016 - 2020", "quý III"]))
