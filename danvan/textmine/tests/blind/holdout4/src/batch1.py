from lib import *

PAGES = []

PAGES.append(page("b81-sonla-mttq-tongket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA
Trang chủ > Hoạt động Mặt trận > Tin tổng hợp
Thứ Sáu, 26/12/2014 - 15:40

Ủy ban MTTQ tỉnh Sơn La tổng kết công tác Mặt trận năm 2014

Chiều 25/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, triển khai nhiệm vụ năm 2015.

Dự hội nghị có đồng chí Lò Văn Puấn, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Cầm Thị Nhiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Quàng Văn Hặc, Trưởng Ban Dân vận Tỉnh ủy.

Năm 2014, Mặt trận các cấp tiếp tục triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, cùng các Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được lồng ghép ở 2.917 khu dân cư. Toàn tỉnh có 198.640 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 82,6% tổng số hộ.

Quỹ "Vì người nghèo" các cấp vận động được 8,45 tỷ đồng, xây mới 312 nhà Đại đoàn kết và sửa chữa 47 nhà cho hộ nghèo. Mặt trận phối hợp tổ chức 64 cuộc giám sát, tham gia góp ý 21 dự thảo văn bản của chính quyền. Nhân dân hiến hơn 36 ha đất để làm đường giao thông nông thôn.

Phát biểu chỉ đạo, đồng chí Lò Văn Puấn đề nghị Mặt trận chuẩn bị tốt Đại hội đại biểu MTTQ tỉnh lần thứ XIII, nhiệm kỳ 2014-2019, phát huy vai trò của 31 dòng họ tiêu biểu trong vận động con cháu chấp hành pháp luật và tiếp tục thực hiện phong trào "3 không" ở vùng cao. Sau 5 năm thực hiện cuộc vận động, bộ mặt nông thôn đã có nhiều khởi sắc.

Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 18 tập thể và 26 cá nhân có thành tích xuất sắc; ông Tòng Văn Khiêm, Trưởng bản Phiêng Ngần được biểu dương là người có uy tín tiêu biểu.

Ảnh: Đồng chí Cầm Thị Nhiên phát biểu tại hội nghị.

Minh Thu

Lượt xem: 1.284

Tin liên quan
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9, khóa XII (18/11/2014)
- Trao 50 nhà Đại đoàn kết tại huyện Sốp Cộp (02/10/2014)
""",
"2014-12-26",
"Ủy ban MTTQ tỉnh Sơn La tổng kết công tác Mặt trận năm 2014",
E("tong_ket", "2014", "2014-12-25"),
[P("Lò Văn Puấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Cầm Thị Nhiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hặc", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tòng Văn Khiêm", "Trưởng bản Phiêng Ngần")],
[Q("2.917 khu dân cư", 2917, "khu dân cư"),
 Q("198.640 hộ", 198640, "hộ"),
 Q("82,6%", 82.6, "%"),
 Q("8,45 tỷ đồng", 8450000000, "đồng"),
 Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"),
 Q("47 nhà", 47, "nhà"),
 Q("64 cuộc giám sát", 64, "cuộc giám sát"),
 Q("21 dự thảo văn bản", 21, "dự thảo văn bản"),
 Q("hơn 36 ha", 36, "ha", "over"),
 Q("31 dòng họ", 31, "dòng họ"),
 Q("18 tập thể", 18, "tập thể"),
 Q("26 cá nhân", 26, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Sơn La")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA", "Lượt xem", "Gia đình văn hóa",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Phiêng Ngần"],
["lần thứ XIII", "5 năm", "3 không", "31 dòng họ", "nhiệm kỳ 2014-2019"]))

PAGES.append(page("b82-hatinh-ccb-soket-2016", """
HỘI CỰU CHIẾN BINH TỈNH HÀ TĨNH
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Cập nhật ngày: 14-07-2016

HỘI CCB TỈNH SƠ KẾT CÔNG TÁC HỘI 6 THÁNG ĐẦU NĂM 2016

(CCB Hà Tĩnh) - Ngày 13 tháng 7 năm 2016, Thường trực Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào CCB 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016.

Chủ trì hội nghị có Đại tá Phan Đình Lũy, Chủ tịch Hội CCB tỉnh; Thượng tá Võ Xuân Thiêm, Phó Chủ tịch Hội CCB tỉnh. Tham dự có Đại tá Nguyễn Hữu Cảnh, Chính ủy Bộ Chỉ huy Quân sự tỉnh và đồng chí Lê Thị Mỹ Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy.

6 tháng qua, các cấp Hội đã quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tới 100% chi hội. Toàn tỉnh kết nạp mới 1.126 hội viên, nâng tổng số lên 52.380 hội viên. Hội viên CCB đóng góp 2 tỷ 740 triệu đồng và 9.600 ngày công làm đường, kênh mương; hỗ trợ xây 23 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn, mỗi nhà 40 triệu đồng.

Phong trào CCB giúp nhau giảm nghèo có 412 mô hình kinh tế, trong đó 37 doanh nghiệp và 96 trang trại do CCB làm chủ, giải quyết việc làm cho khoảng 5.200 lao động. Các cấp Hội tham gia hòa giải thành 188 vụ việc ở cơ sở.

Nhân dịp này, hội nghị biểu dương các đồng chí: Trần Văn Hòa, Nguyễn Bá Lộc, Đặng Quốc Việt, Chủ tịch Hội CCB cấp huyện, có nhiều sáng tạo trong triển khai Kế hoạch liên tịch số 08/KHLT-CCB-BCHQS giữa Hội CCB tỉnh và Bộ Chỉ huy Quân sự tỉnh.

Kết luận hội nghị, Đại tá Phan Đình Lũy yêu cầu các cấp Hội chuẩn bị tốt lễ kỷ niệm 27 năm Ngày truyền thống Hội CCB Việt Nam, tăng cường kiểm tra ở các xã ven Quốc lộ 8A và khu kinh tế Vũng Áng.

Hội nghị sơ kết 6 tháng đầu năm 2016 của Hội CCB tỉnh.

Quang Đức

Số lượt truy cập: 30.517

Các tin khác:
+ CCB huyện Hương Khê ra quân làm đường (05/07/2016)
+ Tập huấn nghiệp vụ công tác Hội năm 2016 (20/6/2016)
""",
"2016-07-14",
"HỘI CCB TỈNH SƠ KẾT CÔNG TÁC HỘI 6 THÁNG ĐẦU NĂM 2016",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Phan Đình Lũy", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Võ Xuân Thiêm", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Hữu Cảnh", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hòa", "Chủ tịch Hội CCB cấp huyện"),
 P("Nguyễn Bá Lộc", "Chủ tịch Hội CCB cấp huyện"),
 P("Đặng Quốc Việt", "Chủ tịch Hội CCB cấp huyện")],
[Q("100% chi hội", 100, "%"),
 Q("1.126 hội viên", 1126, "hội viên"),
 Q("52.380 hội viên", 52380, "hội viên"),
 Q("2 tỷ 740 triệu đồng", 2740000000, "đồng"),
 Q("9.600 ngày công", 9600, "ngày công"),
 Q("23 nhà", 23, "nhà"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("412 mô hình kinh tế", 412, "mô hình kinh tế"),
 Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("96 trang trại", 96, "trang trại"),
 Q("khoảng 5.200 lao động", 5200, "lao động", "approx"),
 Q("188 vụ việc", 188, "vụ việc")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch liên tịch", "08", "KHLT-CCB-BCHQS", None, None, "Kế hoạch liên tịch số 08/KHLT-CCB-BCHQS")],
[prov("Hà Tĩnh")],
["HỘI CỰU CHIẾN BINH TỈNH HÀ TĨNH", "Số lượt truy cập", "Nghĩa tình đồng đội",
 "Hội nghị sơ kết 6 tháng đầu năm 2016 của Hội CCB tỉnh", "Vũng Áng"],
["27 năm", "Quốc lộ 8A", "6 tháng đầu năm"]))

PAGES.append(page("b83-soctrang-mttq-traoqua-2015", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ / Tin hoạt động / Công tác dân tộc - tôn giáo
10/04/2015

Thăm, tặng quà các chùa Khmer nhân dịp Tết Chôl Chnăm Thmây 2015

Trong 2 ngày 08 và 09/4, đoàn công tác của tỉnh do đồng chí Trần Thị Kim Xuyến, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao quà tại 14 chùa Phật giáo Nam tông Khmer.

Tại chùa Som Rông, đoàn được Thượng tọa Lý Hùng Chanh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, Trụ trì chùa đón tiếp. Tại chùa Kh'Leang, Hòa thượng Thạch Sôl, Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, cảm ơn sự quan tâm của Tỉnh ủy, UBND tỉnh đối với đồng bào Khmer.

Thay mặt đoàn, đồng chí Trần Thị Kim Xuyến thông tin: thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào Khmer, trong năm 2014 toàn tỉnh đã đầu tư trên 126 tỷ đồng cho các xã vùng đồng bào dân tộc; tỷ lệ hộ nghèo người Khmer giảm còn 17,4%. Tổng kinh phí quà Tết năm nay là 1 tỷ 250 triệu đồng, gồm quà cho chùa, mỗi chùa 5 triệu đồng, và 1.830 phần quà cho hộ nghèo, mỗi phần 500.000đ kèm 10 kg gạo.

Cùng dịp, Ủy ban MTTQ Việt Nam tỉnh trao 6 căn nhà Đại đoàn kết cho hộ Khmer nghèo ở xã Tài Văn và xã Viên Bình, huyện Trần Đề; đồng chí Sơn Thị Phi La, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trao tượng trưng cho bà Thạch Thị Sa Ly.

Các vị sư cả, Ban quản trị chùa cùng 12 đồng chí là cán bộ cốt cán, người có uy tín trong đồng bào bày tỏ đồng thuận với chủ trương "4 an" (an dân, an cư, an sinh, an ninh) của địa phương.

Ảnh: Đoàn trao quà tại chùa Som Rông, thành phố Sóc Trăng.

Tác giả: Kim Ngân
Số lần xem: 842

Tin liên quan
• Họp mặt chức sắc, chức việc các tôn giáo năm 2015 (27/01/2015)
• Trao 120 suất học bổng cho học sinh Khmer (15/03/2015)
""",
"2015-04-10",
"Thăm, tặng quà các chùa Khmer nhân dịp Tết Chôl Chnăm Thmây 2015",
E("trao_qua", None, "2015-04-08"),
[P("Trần Thị Kim Xuyến", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng Chanh", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "Trụ trì chùa"),
 P("Thạch Sôl", "Hòa thượng", "Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"),
 P("Sơn Thị Phi La", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Ly")],
[Q("14 chùa", 14, "chùa"),
 Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"),
 Q("17,4%", 17.4, "%"),
 Q("1 tỷ 250 triệu đồng", 1250000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.830 phần quà", 1830, "phần quà"),
 Q("500.000đ", 500000, "đồng"),
 Q("10 kg gạo", 10, "kg gạo"),
 Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
 Q("12 đồng chí", 12, "đồng chí")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW")],
[prov("Sóc Trăng"), com("Tài Văn"), com("Viên Bình")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Số lần xem", "Ảnh: Đoàn trao quà tại chùa Som Rông, thành phố Sóc Trăng.",
 "Som Rông", "Kh'Leang"],
["4 an", "12 đồng chí", "2 ngày"]))

PAGES.append(page("b84-quangtri-doithoai-nongdan-2018", """
Báo điện tử Đảng bộ tỉnh Quảng Trị
Chính trị | Xây dựng Đảng
Cập nhật: 09:15 | 22/09/2018

Bí thư Tỉnh ủy đối thoại với nông dân năm 2018

Sáng 21/9, tại Hội trường UBND huyện Cam Lộ, Thường trực Tỉnh ủy phối hợp với Hội Nông dân tỉnh tổ chức hội nghị Bí thư Tỉnh ủy đối thoại với nông dân năm 2018 theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.

Chủ trì đối thoại có đồng chí Hoàng Đức Tường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Nguyễn Văn Khoa, Phó Chủ tịch UBND tỉnh; bà Lê Thị Hồng Vân, Chủ tịch Hội Nông dân tỉnh. Có 250 hội viên nông dân tiêu biểu đến từ các huyện, thị xã, thành phố tham dự.

Nông dân Hồ Văn Ba, người Vân Kiều ở xã Hướng Phùng, kiến nghị hỗ trợ giống cà phê chè thay thế diện tích già cỗi. Ông Hồ Văn Ba cho biết toàn xã có khoảng 420 ha cà phê cần tái canh. Đồng chí Hoàng Đức Tường giao Sở Nông nghiệp và Phát triển nông thôn nghiên cứu cơ chế theo Nghị quyết 12/2018/NQ-HĐND của HĐND tỉnh.

Ông Phạm Văn Tý, Giám đốc Hợp tác xã hồ tiêu Gio Linh, đề nghị tháo gỡ vướng mắc về vốn vay. Trả lời, đại diện Ngân hàng Chính sách xã hội tỉnh cho biết tổng dư nợ ủy thác qua Hội Nông dân đạt 1.047 tỷ đồng với 28.316 hộ vay; riêng năm 2018 giải ngân thêm 96,5 tỷ đồng.

Đã có 17 ý kiến được trình bày trực tiếp tại hội nghị, 34 ý kiến gửi bằng văn bản. Bí thư Tỉnh ủy yêu cầu các ngành trả lời bằng văn bản trong vòng 30 ngày, đồng thời khẳng định tỉnh tiếp tục khảo sát nâng cấp Quốc lộ 9 và tỉnh lộ 585 phục vụ vận chuyển nông sản.

Quang cảnh buổi đối thoại.

Hoài Nam
Lượt đọc: 2.031

TIN CÙNG CHUYÊN MỤC
- Hội Nông dân tỉnh trao 50 con bò giống (14/9/2018)
- Gặp mặt nông dân sản xuất kinh doanh giỏi (03/9/2018)
""",
"2018-09-22",
"Bí thư Tỉnh ủy đối thoại với nông dân năm 2018",
E("doi_thoai", "2018", "2018-09-21"),
[P("Hoàng Đức Tường", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Hồng Vân", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Văn Ba", "Nông dân"),
 P("Phạm Văn Tý", "Giám đốc Hợp tác xã hồ tiêu Gio Linh")],
[Q("250 hội viên nông dân", 250, "hội viên nông dân"),
 Q("khoảng 420 ha", 420, "ha", "approx"),
 Q("1.047 tỷ đồng", 1047000000000, "đồng"),
 Q("28.316 hộ", 28316, "hộ"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("17 ý kiến", 17, "ý kiến"),
 Q("34 ý kiến", 34, "ý kiến")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Nghị quyết", "12", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12/2018/NQ-HĐND")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo điện tử Đảng bộ tỉnh Quảng Trị", "Lượt đọc", "Quang cảnh buổi đối thoại.", "TIN CÙNG CHUYÊN MỤC",
 "Ngân hàng Chính sách xã hội tỉnh"],
["Quốc lộ 9", "tỉnh lộ 585", "30 ngày"]))
