from lib import *
PAGES = []

PAGES.append(page("b4655-daknong-bdv-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ › Tin tức › Hoạt động của Ban
Ngày 12/04/2024 | 09:15
Ảnh: Quang cảnh giao ban.
Tập trung giải quyết tranh chấp đất ở các xã biên giới
Ngày 10/4/2024, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị giao ban công tác dân vận quý I năm 2024 với Ban Dân vận 8 huyện ủy, thành ủy và Mặt trận, các đoàn thể tỉnh. Đồng chí Điểu Thị Hường, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo giao ban cho biết, trong quý I, khối dân vận đã phối hợp tổ chức 86 hội nghị tuyên truyền với khoảng 6.200 lượt người; vận động 21 hộ với 96 khẩu ở xã Đắk Ngo, Quảng Trực từ bỏ "Tin lành Đê Ga". Sau vụ việc khủng bố tại Đắk Lắk tháng 6/2023, các lực lượng tiếp tục rà soát, vận động 9 đối tượng có liên quan ra trình diện, không để lôi kéo đồng bào M'nông, Mạ.
Về đất đai, toàn tỉnh còn 44 vụ tranh chấp giữa người dân với các công ty nông, lâm nghiệp, trong đó 17 vụ kéo dài trên 5 năm; quý I đã giải quyết 12 vụ, trả lại khoảng 210 ha đất cho 96 hộ. Tại xã Đắk Wil, huyện Cư Jút, 4 vụ tụ tập đông người đòi đất của Công ty TNHH MTV Nam Tây Nguyên đã được đối thoại, ổn định.
Thực hiện Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 214-KH/BDVTU ngày 15/01/2024 của Ban Dân vận Tỉnh ủy, các địa phương đã đăng ký 138 mô hình "Dân vận khéo" năm 2024, trong đó 26 mô hình cấp tỉnh; đồng thời triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, hỗ trợ đất ở cho 132 hộ đồng bào dân tộc thiểu số nghèo.
Cũng trong quý, Hội Nông dân, Hội LHPN tỉnh đã phối hợp tổ chức 18 lớp tập huấn kỹ thuật trồng cà phê, hồ tiêu cho hơn 1.100 hội viên đồng bào dân tộc thiểu số; Tỉnh đoàn ra quân 6 đội hình tình nguyện giúp các bon khó khăn.
Tại giao ban, đồng chí Y Thoại Ênuôl, HUV, Trưởng Ban Dân vận Huyện ủy Krông Nô, đề nghị tăng mức hỗ trợ người có uy tín lên 1 triệu đồng/quý; đồng chí Nguyễn Thị Hồng Nhung, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, báo cáo kết quả vận động xây dựng 57 căn nhà Đại đoàn kết với tổng kinh phí gần 3,4 tỷ đồng. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Hà, Thị Loan phân tích tình hình tư tưởng trong đồng bào có đạo tại 3 huyện biên giới.
Kết luận giao ban, đồng chí Điểu Thị Hường yêu cầu quý II tập trung tuyên truyền Luật Đất đai năm 2024; làm tốt công tác tiếp xúc, đối thoại với 450 người có uy tín; giải quyết dứt điểm ít nhất 10 vụ tranh chấp đất kéo dài trước ngày 30/6.
Thanh Hải
Lượt xem: 623
Tin liên quan
- Tuy Đức: ra mắt 3 tổ tự quản an ninh bon biên giới (05/04/2024)
- Đắk Glong gặp mặt chức sắc Tin lành (29/03/2024)
- Gia Nghĩa: sơ kết mô hình "Khu dân cư không có đơn thư" (22/03/2024)
""", "2024-04-12", "Tập trung giải quyết tranh chấp đất ở các xã biên giới",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Điểu Thị Hường", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Y Thoại Ênuôl", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Nô"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 huyện ủy, thành ủy", 8, "huyện ủy, thành ủy"), Q("86 hội nghị tuyên truyền", 86, "hội nghị tuyên truyền"),
 Q("khoảng 6.200 lượt người", 6200, "lượt người", "approx"), Q("21 hộ", 21, "hộ"), Q("96 khẩu", 96, "khẩu"),
 Q("9 đối tượng", 9, "đối tượng"), Q("44 vụ tranh chấp", 44, "vụ tranh chấp"), Q("17 vụ", 17, "vụ"), Q("12 vụ", 12, "vụ"),
 Q("khoảng 210 ha", 210, "ha", "approx"), Q("96 hộ", 96, "hộ"), Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"),
 Q("138 mô hình", 138, "mô hình"), Q("26 mô hình cấp tỉnh", 26, "mô hình cấp tỉnh"),
 Q("132 hộ đồng bào dân tộc thiểu số nghèo", 132, "hộ đồng bào dân tộc thiểu số nghèo"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("57 căn nhà Đại đoàn kết", 57, "căn nhà Đại đoàn kết"), Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("3 huyện biên giới", 3, "huyện biên giới"), Q("18 lớp tập huấn", 18, "lớp tập huấn"),
 Q("hơn 1.100 hội viên đồng bào dân tộc thiểu số", 1100, "hội viên đồng bào dân tộc thiểu số", "over"),
 Q("6 đội hình tình nguyện", 6, "đội hình tình nguyện"), Q("450 người có uy tín", 450, "người có uy tín"),
 Q("ít nhất 10 vụ tranh chấp đất kéo dài", 10, "vụ tranh chấp đất kéo dài", "over")],
[D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kế hoạch", "214", "KH/BDVTU", "2024-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 214-KH/BDVTU ngày 15/01/2024"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Đắk Nông"), prov("Đắk Lắk"), com("Đắk Ngo"), com("Quảng Trực"), com("Đắk Wil")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ › Tin tức › Hoạt động của Ban", "Ảnh: Quang cảnh giao ban.", "Tin lành Đê Ga",
 "Công ty TNHH MTV Nam Tây Nguyên", "Dân vận khéo", "Luật Đất đai năm 2024", "Lượt xem: 623"],
["Ngày 12/04/2024 | 09:15", "quý I năm 2024", "tháng 6/2023", "trên 5 năm", "năm 2024", "quý II", "30/6", "Lượt xem: 623"]))

PAGES.append(page("b4656-lamdong-bdv-tongket-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
Cập nhật lúc 15:30 ngày 20/12/2024
Đồng chí K'Đình phát biểu kết luận hội nghị. Ảnh: N.Ngà
Lâm Đồng: 100% người có uy tín được cung cấp thông tin định kỳ
(LĐ) - Sáng 19/12, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí K'Đình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có 78 đồng chí đại diện khối dân vận 12 huyện, thành phố.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 31, 32-CT/TU về công tác dân vận trong vùng đồng bào dân tộc thiểu số và vùng đồng bào có đạo; chủ trì tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Toàn tỉnh có 1.326 người có uy tín, 100% được cung cấp thông tin định kỳ; các cấp đã tổ chức 2.180 buổi sinh hoạt với chức sắc, chức việc các tôn giáo, thu hút trên 45.000 lượt người. Không còn nhóm "Tin lành Đê Ga" hoạt động công khai; 14 hộ đồng bào Mông tại xã Phi Liêng, Đạ K'Nàng đã từ bỏ đạo lạ, trở về sinh hoạt tại chi hội Tin lành được công nhận.
Phong trào thi đua "Dân vận khéo" có 986 mô hình, trong đó 112 mô hình điển hình cấp tỉnh. Nhân dân hiến trên 52.000 m2 đất, đóng góp khoảng 38,5 tỷ đồng xây dựng nông thôn mới; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 2,91%. Các cấp hòa giải thành 212/238 vụ việc mâu thuẫn ở cơ sở; 9 vụ tranh chấp đất giữa đồng bào với doanh nghiệp thuê rừng được giải quyết dứt điểm.
Tại hội nghị, đồng chí Ka Thị Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương; đồng chí Kơ Să Ha Rin, Bí thư Đảng ủy xã Lát; Linh mục Phêrô Trần Quang Vũ, Chánh xứ giáo xứ Đạ Nhar, trình bày tham luận về phát huy vai trò chức sắc trong xây dựng thôn "Sống tốt đời, đẹp đạo". Bà Ka Dơng, người có uy tín thôn K'Long Bong, xã Hiệp An, được tuyên dương là 1 trong 15 điển hình tiêu biểu.
Phát biểu kết luận, đồng chí K'Đình yêu cầu năm 2025 khối dân vận tập trung tuyên truyền chủ trương sắp xếp đơn vị hành chính theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương khóa XII, vận động nhân dân đồng thuận; nắm chắc tình hình ở 27 xã vùng đồng bào có đạo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 34 cá nhân xuất sắc; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ya Phôn, Trần Văn Hiệp trao khen thưởng.
N.Ngà
Lượt đọc: 1.147
Tin khác
- Đam Rông: 30 hộ đồng bào Mông được hỗ trợ đất sản xuất (12/12/2024)
- Gặp mặt chức sắc Công giáo nhân dịp Giáng sinh 2024 (10/12/2024)
- Di Linh: ra mắt 5 tổ dân vận thôn (28/11/2024)
""", "2024-12-20", "Lâm Đồng: 100% người có uy tín được cung cấp thông tin định kỳ",
E("tong_ket", "2024", "2024-12-19"),
[P("K'Đình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Thị Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Kơ Să Ha Rin", "Bí thư Đảng ủy xã Lát"),
 P("Phêrô Trần Quang Vũ", "Linh mục", "Chánh xứ giáo xứ Đạ Nhar"),
 P("Ka Dơng", "người có uy tín thôn K'Long Bong"),
 P("Ya Phôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hiệp", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("78 đồng chí", 78, "đồng chí"), Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("1.326 người có uy tín", 1326, "người có uy tín"),
 Q("100%", 100, "%"), Q("2.180 buổi sinh hoạt", 2180, "buổi sinh hoạt"), Q("trên 45.000 lượt người", 45000, "lượt người", "over"),
 Q("14 hộ đồng bào Mông", 14, "hộ đồng bào Mông"), Q("986 mô hình", 986, "mô hình"),
 Q("112 mô hình điển hình cấp tỉnh", 112, "mô hình điển hình cấp tỉnh"), Q("trên 52.000 m2", 52000, "m2", "over"),
 Q("khoảng 38,5 tỷ đồng", 38500000000, "đồng", "approx"), Q("2,91%", 2.91, "%"),
 Q("212/238 vụ việc mâu thuẫn", 212, "vụ việc mâu thuẫn"), Q("9 vụ tranh chấp đất", 9, "vụ tranh chấp đất"),
 Q("15 điển hình tiêu biểu", 15, "điển hình tiêu biểu"), Q("27 xã vùng đồng bào có đạo", 27, "xã vùng đồng bào có đạo"),
 Q("20 tập thể", 20, "tập thể"), Q("34 cá nhân xuất sắc", 34, "cá nhân xuất sắc")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Lâm Đồng"), com("Phi Liêng"), com("Đạ K'Nàng"), com("Lát"), com("Hiệp An")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Đồng chí K'Đình phát biểu kết luận hội nghị. Ảnh: N.Ngà", "(LĐ)",
 "Tin lành Đê Ga", "Dân vận khéo", "Sống tốt đời, đẹp đạo", "Lượt đọc: 1.147"],
["Cập nhật lúc 15:30 ngày 20/12/2024", "78 đồng chí", "năm 2024", "năm 2025", "10 năm", "khóa XI", "khóa XII", "Lượt đọc: 1.147"]))

PAGES.append(page("b4657-gialai-xa-daihoi-2025", """
ĐẢNG BỘ XÃ IA DOM - TỈNH GIA LAI
Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng
15/08/2025 - 10:05
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Đảng bộ xã Ia Dom lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Trong 2 ngày 13 - 14/8/2025, Đảng bộ xã Ia Dom, tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là xã biên giới được thành lập trên cơ sở sáp nhập các xã Ia Dom, Ia Nan, Ia Pnôn cũ, có 27,6 km đường biên giới giáp Campuchia. Dự đại hội có đồng chí Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; 150 đại biểu đại diện cho 586 đảng viên của 31 chi bộ trong Đảng bộ xã.
Báo cáo chính trị cho thấy, nhiệm kỳ qua, các chỉ tiêu chủ yếu đều đạt và vượt; tỷ lệ hộ nghèo giảm từ 14,2% xuống còn 3,8%; thu nhập bình quân đầu người đạt 46 triệu đồng/năm. Công tác dân vận được chú trọng: vận động 186 hộ với 812 khẩu từ bỏ "Tin lành Đê Ga", không để số đối tượng FULRO lưu vong móc nối; 100% làng có tổ tự quản an ninh, 14 làng đạt chuẩn "Làng văn hóa". Việc giải quyết tranh chấp đất giữa đồng bào Jrai với Công ty 74 và Công ty 75 (Binh đoàn 15) có chuyển biến, đã giao lại cho địa phương khoảng 380 ha.
Nhiệm kỳ qua, Mặt trận và các đoàn thể đã vận động xây dựng 48 căn nhà Đại đoàn kết, trị giá trên 2,4 tỷ đồng; Đảng bộ kết nạp 42 đảng viên mới, trong đó 35 đảng viên là người dân tộc Jrai.
Tham luận tại đại hội, ông Rơ Châm Bly, người có uy tín làng Mook Đen 1, và ông Siu Blơ, Bí thư Chi bộ kiêm Trưởng làng Tơ Đang, chia sẻ kinh nghiệm vận động thanh niên không vượt biên trái phép. Đồng chí Nguyễn Văn Đạt, Chính trị viên Đồn Biên phòng Ia Nan, thông tin kết quả phối hợp tuần tra 420 lượt trên tuyến biên giới.
Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch 12, 13-KH/ĐU của Ban Thường vụ Đảng ủy xã, đại hội đã thảo luận, góp ý dự thảo văn kiện; bầu Ban Chấp hành Đảng bộ xã khóa I gồm 23 đồng chí và 6 đại biểu đi dự Đại hội Đảng bộ tỉnh.
Tại phiên họp thứ nhất, đồng chí Ksor Nhiên được bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030; các đồng chí Phó Bí thư Đảng ủy xã: Rah Lan Thảo, Phạm Văn Trường. Phát biểu chỉ đạo, đồng chí Rơ Mah Tuân đề nghị Đảng bộ xã phấn đấu đến năm 2030 có ít nhất 50% làng đạt chuẩn nông thôn mới, giảm hộ nghèo bình quân 1,5%/năm.
Rah Lan H'Bới
Lượt xem: 956
Tin liên quan
- Đảng bộ xã Ia Púch tổ chức đại hội lần thứ I (12/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam xã Ia Dom (02/07/2025)
- Xã Ia Dom tiếp nhận bàn giao con dấu, trụ sở mới (30/06/2025)
""", "2025-08-15", "Đại hội Đảng bộ xã Ia Dom lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-08-13"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Châm Bly", "người có uy tín làng Mook Đen 1"),
 P("Siu Blơ", "Bí thư Chi bộ kiêm Trưởng làng Tơ Đang"),
 P("Nguyễn Văn Đạt", "Chính trị viên Đồn Biên phòng Ia Nan"),
 P("Ksor Nhiên", "Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030"),
 P("Rah Lan Thảo", "Phó Bí thư Đảng ủy xã"),
 P("Phạm Văn Trường", "Phó Bí thư Đảng ủy xã")],
[Q("27,6 km", 27.6, "km"), Q("150 đại biểu", 150, "đại biểu"), Q("586 đảng viên", 586, "đảng viên"), Q("31 chi bộ", 31, "chi bộ"),
 Q("14,2%", 14.2, "%"), Q("3,8%", 3.8, "%"), Q("46 triệu đồng", 46000000, "đồng"), Q("186 hộ", 186, "hộ"), Q("812 khẩu", 812, "khẩu"),
 Q("100%", 100, "%"), Q("14 làng", 14, "làng"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"),
 Q("42 đảng viên mới", 42, "đảng viên mới"), Q("35 đảng viên", 35, "đảng viên"), Q("khoảng 380 ha", 380, "ha", "approx"), Q("420 lượt", 420, "lượt"),
 Q("23 đồng chí", 23, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"), Q("ít nhất 50%", 50, "%", "over"), Q("1,5%", 1.5, "%")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan"), com("Ia Pnôn")],
["ĐẢNG BỘ XÃ IA DOM - TỈNH GIA LAI", "Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Tin lành Đê Ga", "FULRO", "Làng văn hóa", "Công ty 74 và Công ty 75 (Binh đoàn 15)", "Đồn Biên phòng Ia Nan", "Lượt xem: 956"],
["15/08/2025 - 10:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "23 đồng chí", "lần thứ XIV", "khóa I", "năm 2030", "Binh đoàn 15", "Lượt xem: 956"]))

PAGES.append(page("b4658-quangngai-xa-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BỜ Y - TỈNH QUẢNG NGÃI
Trang chủ | Tin tức | Dân vận - Mặt trận
Ngày đăng 12/12/2025 | 16:20
Bí thư Đảng ủy xã Bờ Y đối thoại với nhân dân năm 2025
Ngày 10/12/2025, Thường trực Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Bờ Y (tỉnh Quảng Ngãi) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Chủ trì đối thoại có đồng chí A Kông, Bí thư Đảng ủy xã; đồng chí Y Phương Thảo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí A Lâm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có 142 đại biểu là già làng, người có uy tín, chức sắc tôn giáo, trưởng thôn và người dân các thôn giáp biên giới Lào.
Quang cảnh buổi đối thoại tại hội trường xã. Ảnh: Minh Thư
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 08-KH/ĐU ngày 20/10/2025 của Đảng ủy xã. Xã Bờ Y được thành lập từ 1/7/2025 trên cơ sở sáp nhập xã Bờ Y, xã Đăk Xú và thị trấn Plei Kần cũ, có 9.870 nhân khẩu, trong đó đồng bào Gié Triêng, Xơ Đăng chiếm khoảng 68%.
Tại buổi đối thoại, có 16 ý kiến phản ánh, kiến nghị. Già làng A Khiêm, thôn Đăk Mế, đề nghị làm rõ ranh giới 72 ha đất rẫy giữa người dân với Công ty Cổ phần Cao su Ngọc Hồi; ông A Thuận, Trưởng nhóm Tin lành điểm nhóm Đăk Răng, kiến nghị sớm hướng dẫn thủ tục đăng ký sinh hoạt tôn giáo tập trung cho 34 tín đồ. Bà Y Xuân, Chi hội trưởng Chi hội Phụ nữ thôn Iệc, phản ánh 11 hộ chưa được hỗ trợ nước sinh hoạt theo Quyết định 1719/QĐ-TTg.
Trả lời các kiến nghị, đồng chí Y Phương Thảo cho biết xã đã lập tổ công tác phối hợp với công ty đo đạc, dự kiến giao lại khoảng 40 ha trong quý I/2026; các hộ chưa được hỗ trợ nước sẽ được bố trí trong kế hoạch năm 2026 với mức 3 triệu đồng/hộ. Về sinh hoạt tôn giáo, xã sẽ hướng dẫn điểm nhóm lập hồ sơ theo Nghị định số 95/2023/NĐ-CP.
Kết luận hội nghị, đồng chí A Kông đánh giá năm 2025 xã đã hoàn thành 17/19 chỉ tiêu; vận động 8 hộ từ bỏ tà đạo "Hà Mòn", không có người vượt biên trái phép. Đồng chí đề nghị bà con tiếp tục phối hợp với Đồn Biên phòng Cửa khẩu quốc tế Bờ Y giữ vững an ninh biên giới; cảnh giác với số đối tượng lợi dụng việc sáp nhập để xuyên tạc, kích động. Những kiến nghị vượt thẩm quyền, xã sẽ tổng hợp báo cáo UBND tỉnh trước ngày 31/12/2025.
Văn phòng Đảng ủy xã
Lượt truy cập: 3.415
Tin khác
- Xã Bờ Y ra mắt mô hình "Thôn biên giới bình yên" (28/11/2025)
- Hội Nông dân xã trao 20 con bò giống cho hộ nghèo (18/11/2025)
- Ủy ban MTTQ xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc (14/11/2025)
""", "2025-12-12", "Bí thư Đảng ủy xã Bờ Y đối thoại với nhân dân năm 2025",
E("doi_thoai", "2025", "2025-12-10"),
[P("A Kông", "Bí thư Đảng ủy xã"),
 P("Y Phương Thảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("A Lâm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("A Khiêm", "Già làng"),
 P("A Thuận", "Trưởng nhóm Tin lành điểm nhóm Đăk Răng"),
 P("Y Xuân", "Chi hội trưởng Chi hội Phụ nữ thôn Iệc")],
[Q("142 đại biểu", 142, "đại biểu"), Q("9.870 nhân khẩu", 9870, "nhân khẩu"), Q("khoảng 68%", 68, "%", "approx"),
 Q("16 ý kiến", 16, "ý kiến"), Q("72 ha", 72, "ha"), Q("34 tín đồ", 34, "tín đồ"), Q("11 hộ", 11, "hộ"),
 Q("khoảng 40 ha", 40, "ha", "approx"), Q("3 triệu đồng", 3000000, "đồng"), Q("17/19 chỉ tiêu", 17, "chỉ tiêu"), Q("8 hộ", 8, "hộ")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "08", "KH/ĐU", "2025-10-20", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 20/10/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP")],
[prov("Quảng Ngãi"), com("Bờ Y"), com("Đăk Xú"), com("Plei Kần")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BỜ Y - TỈNH QUẢNG NGÃI", "Trang chủ | Tin tức | Dân vận - Mặt trận",
 "Quang cảnh buổi đối thoại tại hội trường xã. Ảnh: Minh Thư", "Công ty Cổ phần Cao su Ngọc Hồi", "Hà Mòn",
 "Đồn Biên phòng Cửa khẩu quốc tế Bờ Y", "Văn phòng Đảng ủy xã", "Lượt truy cập: 3.415"],
["Ngày đăng 12/12/2025 | 16:20", "năm 2025", "1/7/2025", "quý I/2026", "năm 2026", "31/12/2025", "Lượt truy cập: 3.415"]))

PAGES.append(page("b4659-lamdong-btgdv-tongket-2025", """
Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Hôm nay: Chủ Nhật, 18/01/2026
Trang chủ » Dân vận » Tin hoạt động
Thứ Sáu, 16/01/2026, 08:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Chiều 14/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 đến 124 điểm cầu xã, phường, đặc khu. Đồng chí Ka Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) vận hành chính quyền địa phương hai cấp. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định 58, 59-QĐ/TU về quy chế làm việc của khối dân vận và về chức năng, nhiệm vụ Ban; Hướng dẫn số 05-HD/BTGDVTU ngày 12/9/2025 về công tác dân vận ở các xã vùng đồng bào dân tộc thiểu số, tôn giáo.
Tình hình an ninh vùng đồng bào cơ bản ổn định. Khối dân vận phối hợp vận động 47 hộ với 212 khẩu ở các xã Quảng Trực, Tuy Đức, Đắk Wil từ bỏ "Tin lành Đê Ga"; đấu tranh với 6 trang mạng xã hội do số đối tượng FULRO lưu vong lập. Toàn tỉnh có 2.486 người có uy tín; 100% được tặng quà dịp Tết với mức 1,5 triệu đồng/người.
Về đất đai, khối dân vận phối hợp giải quyết 58/71 vụ tranh chấp giữa người dân với các công ty nông, lâm nghiệp, trả lại khoảng 1.250 ha cho địa phương; còn 13 vụ kéo dài, tập trung ở khu vực Đắk Nông cũ. Phong trào "Dân vận khéo" có 1.960 mô hình, trong đó 245 mô hình tiêu biểu cấp tỉnh; nhân dân hiến hơn 120.000 m2 đất, góp trên 96 tỷ đồng làm đường, nhà văn hóa. Chương trình xóa nhà tạm, nhà dột nát hoàn thành 4.836 căn nhà, vượt 8% kế hoạch.
Tham luận tại hội nghị, đồng chí Điểu Thị Mai, Bí thư Đảng ủy xã Quảng Trực; đồng chí Kră Jăn Ha Nhi, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Lạc Dương; đồng chí Nguyễn Hữu Phúc, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, chia sẻ cách làm sau sắp xếp.
Phát biểu chỉ đạo, đồng chí Ka Bình yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; làm tốt công tác dân vận trong bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu giải quyết ít nhất 80% vụ tranh chấp đất còn tồn đọng.
Dịp này, Ban tặng giấy khen cho 32 tập thể, 45 cá nhân. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Y Quang B'Krông, Lê Thị Kim Oanh, Ka Thị Hồng trao khen thưởng.
Thanh Tâm
Lượt xem: 812
Tin liên quan
- Lâm Đồng: Tết ấm cho 3.000 người có uy tín (10/01/2026)
- Xã Tuy Đức đối thoại với nhân dân (05/01/2026)
- Gặp mặt chức sắc tôn giáo dịp Giáng sinh 2025 (22/12/2025)
""", "2026-01-16", "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Ka Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Mai", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Kră Jăn Ha Nhi", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Lạc Dương"),
 P("Nguyễn Hữu Phúc", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Quang B'Krông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Oanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("47 hộ", 47, "hộ"), Q("212 khẩu", 212, "khẩu"),
 Q("6 trang mạng xã hội", 6, "trang mạng xã hội"), Q("2.486 người có uy tín", 2486, "người có uy tín"), Q("100%", 100, "%"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("58/71 vụ tranh chấp", 58, "vụ tranh chấp"), Q("khoảng 1.250 ha", 1250, "ha", "approx"),
 Q("13 vụ", 13, "vụ"), Q("1.960 mô hình", 1960, "mô hình"), Q("245 mô hình tiêu biểu cấp tỉnh", 245, "mô hình tiêu biểu cấp tỉnh"),
 Q("hơn 120.000 m2", 120000, "m2", "over"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("4.836 căn nhà", 4836, "căn nhà"),
 Q("8%", 8, "%"), Q("ít nhất 80%", 80, "%", "over"), Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Quyết định", "58", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 58, 59-QĐ/TU"),
 D("Quyết định", "59", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 58, 59-QĐ/TU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2025-09-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU ngày 12/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Tuy Đức"), com("Đắk Wil"), com("Lạc Dương")],
["Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Hôm nay: Chủ Nhật, 18/01/2026", "Trang chủ » Dân vận » Tin hoạt động",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Tin lành Đê Ga", "FULRO", "Dân vận khéo", "Lượt xem: 812",
 "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"],
["Hôm nay: Chủ Nhật, 18/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "lần thứ XIV", "lần thứ I", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "Lượt xem: 812"]))

PAGES.append(page("b4660-daklak-mttq-taphuan-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ > Tin hoạt động > Mặt trận cơ sở
20/03/2026 | 08:30
Học viên trao đổi tại lớp tập huấn. Ảnh: H'Bia
Bồi dưỡng kỹ năng vận động đồng bào có đạo cho 210 cán bộ Mặt trận cơ sở
Trong 2 ngày 17 và 18/3/2026, Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho 210 cán bộ là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam các xã, phường vùng đồng bào dân tộc thiểu số và có đạo. Đồng chí H'Kim Ênuôl, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.
Theo đồng chí H'Kim Ênuôl, sau hợp nhất với Phú Yên, tỉnh Đắk Lắk có 102 xã, phường với hơn 3,3 triệu dân, trong đó khoảng 33% là đồng bào dân tộc thiểu số; có 7 tôn giáo với trên 870.000 tín đồ. Số đối tượng FULRO lưu vong vẫn lợi dụng mạng xã hội để kêu gọi phục hồi "Tin lành Đê Ga", xuyên tạc việc sắp xếp đơn vị hành chính, tranh chấp đất với các công ty.
Trong chương trình, học viên được đồng chí Y Wai Byă, Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Thị Thu Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và Thượng tá Y Jon Niê, Phó Trưởng phòng An ninh đối nội Công an tỉnh, truyền đạt các chuyên đề: Quy định số 304-QĐ/TW ngày 13/6/2025 của Ban Bí thư về chức năng, nhiệm vụ của Mặt trận Tổ quốc và các đoàn thể; Nghị định số 95/2023/NĐ-CP của Chính phủ; kỹ năng hòa giải tranh chấp đất đai và kỹ năng nắm tình hình trên không gian mạng.
Tại lớp học, bà H'Nhi Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Súp, chia sẻ kinh nghiệm phối hợp với 12 chi hội Tin lành vận động 26 hộ từ bỏ Đê Ga; ông Lê Văn Phong, Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa, giới thiệu mô hình "Khu dân cư tôn giáo đoàn kết". Ông Y Kluih Knul, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Búk, kiến nghị hướng dẫn quy trình giám sát việc giải quyết 9 vụ tranh chấp đất giữa đồng bào với Công ty Cà phê 15.
Theo Kế hoạch số 36/KH-MTTQ-BTT ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2026 Mặt trận tỉnh sẽ mở thêm 4 lớp cho khoảng 600 trưởng ban công tác Mặt trận thôn, buôn; kinh phí mỗi lớp khoảng 45 triệu đồng.
Bế mạc lớp tập huấn, đồng chí Trần Thị Thu Thảo đề nghị học viên vận dụng kiến thức vào thực tiễn, chuẩn bị tốt công tác hiệp thương, vận động cử tri tham gia bầu cử; phấn đấu 100% xã, phường có tổ công tác vận động đồng bào có đạo.
H'Bia
Lượt xem: 524
Tin khác
- Mặt trận tỉnh gặp mặt người có uy tín nhân dịp Tết Bính Ngọ (06/02/2026)
- Xã Ea Kiết ra mắt tổ hòa giải buôn Ea Kiết (28/01/2026)
- Hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (12/01/2026)
""", "2026-03-20", "Bồi dưỡng kỹ năng vận động đồng bào có đạo cho 210 cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-03-17"),
[P("H'Kim Ênuôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Wai Byă", "Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Jon Niê", "Thượng tá", "Phó Trưởng phòng An ninh đối nội Công an tỉnh"),
 P("H'Nhi Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Súp"),
 P("Lê Văn Phong", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa"),
 P("Y Kluih Knul", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Búk")],
[Q("210 cán bộ Mặt trận cơ sở", 210, "cán bộ Mặt trận cơ sở"), Q("102 xã, phường", 102, "xã, phường"),
 Q("hơn 3,3 triệu dân", 3300000, "dân", "over"), Q("khoảng 33%", 33, "%", "approx"), Q("7 tôn giáo", 7, "tôn giáo"),
 Q("trên 870.000 tín đồ", 870000, "tín đồ", "over"), Q("12 chi hội Tin lành", 12, "chi hội Tin lành"), Q("26 hộ", 26, "hộ"),
 Q("9 vụ tranh chấp đất", 9, "vụ tranh chấp đất"), Q("4 lớp", 4, "lớp"), Q("khoảng 600 trưởng ban công tác Mặt trận", 600, "trưởng ban công tác Mặt trận", "approx"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Quy định", "304", "QĐ/TW", "2025-06-13", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 13/6/2025"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 02/3/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Súp"), com("Tuy Hòa"), com("Krông Búk")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ > Tin hoạt động > Mặt trận cơ sở", "Học viên trao đổi tại lớp tập huấn. Ảnh: H'Bia",
 "FULRO", "Tin lành Đê Ga", "Khu dân cư tôn giáo đoàn kết", "Công ty Cà phê 15", "Lượt xem: 524"],
["20/03/2026 | 08:30", "2 ngày", "năm 2026", "Công ty Cà phê 15", "Lượt xem: 524"]))
