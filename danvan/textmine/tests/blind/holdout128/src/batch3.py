from lib import *
PAGES = []

PAGES.append(page("b3041-kontum-giaoban-thang9-2022", """
HUYỆN ỦY ĐẮK GLEI - TỈNH KON TUM
Trang chủ / Hoạt động của Huyện ủy / Tin tức
Thứ Ba, 04/10/2022 - 14:05
Đồng chí A Vương chủ trì giao ban.
Huyện ủy Đắk Glei giao ban công tác xây dựng Đảng tháng 9
Sáng 3/10, Thường trực Huyện ủy Đắk Glei (tỉnh Kon Tum) tổ chức giao ban công tác xây dựng Đảng tháng 9/2022 với các đảng ủy xã, thị trấn. Đồng chí A Vương, Bí thư Huyện ủy chủ trì; dự có các đồng chí Phó Bí thư Huyện ủy: Y Thị Bích Thủy, Nguyễn Văn Quân.
Báo cáo cho thấy, trong tháng 9 toàn huyện kết nạp 21 đảng viên, lũy kế 9 tháng kết nạp 96 đảng viên, đạt 80% chỉ tiêu năm; trong đó 88 đảng viên là người Giẻ Triêng, Xơ Đăng. Các chi bộ thôn đã tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương với tỷ lệ đảng viên dự đạt khoảng 91%.
Huyện ủy đã ban hành Kế hoạch 86, 87-KH/HU về sơ kết Nghị quyết Trung ương 4 khóa XII và về kiểm tra việc thực hiện Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương. Trung tâm Chính trị huyện mở 1 lớp đảng viên mới cho 47 học viên, giảng viên là ThS. Đặng Thị Liên, Phó Giám đốc Trung tâm Chính trị huyện.
Tại giao ban, ông A Khiêm, Bí thư Đảng ủy xã Đắk Plô, cho biết xã đã hoàn thành chỉ tiêu kết nạp 12 đảng viên; ông Y Thông, Chủ tịch UBND kiêm Phó Bí thư Đảng ủy xã Đắk Man, đề nghị hỗ trợ xã khoảng 30 triệu đồng để sửa nhà sinh hoạt cộng đồng làm nơi sinh hoạt chi bộ. Bà Y Hằng, Bí thư Chi bộ thôn Đắk Bối, xã Đắk Pék, kể chi bộ vừa kết nạp 2 giáo viên mầm non người Giẻ Triêng.
Kết luận, đồng chí A Vương yêu cầu tháng 10 các đảng ủy tập trung chuẩn bị đại hội chi bộ nhiệm kỳ 2022 - 2025, hoàn thành chỉ tiêu kết nạp đảng viên năm 2022, quan tâm tạo nguồn ở 6 thôn còn dưới 5 đảng viên.
Văn phòng Huyện ủy
Đang truy cập: 14 | Tổng lượt truy cập: 380.115
Các tin khác
- Đắk Glei: tập huấn nghiệp vụ công tác tổ chức cho cấp ủy cơ sở (23/09/2022)
- Huyện ủy giao ban công tác xây dựng Đảng tháng 8/2022 (06/09/2022)
- Trao Huy hiệu Đảng đợt 2/9 cho 19 đảng viên (02/09/2022)
- Xã Mường Hoong kết nạp 4 đảng viên là giáo viên (25/08/2022)
- Sơ kết 6 tháng đầu năm công tác xây dựng Đảng (15/07/2022)
- Ra mắt chi bộ thôn Đắk Nai (28/06/2022)
- Hội nghị học tập chuyên đề năm 2022 về xây dựng Đảng thật sự trong sạch, vững mạnh (10/06/2022)
- Đắk Long: chi bộ thôn Đắk Ung kèm cặp thanh niên phấn đấu vào Đảng (26/05/2022)
- Khai giảng lớp bồi dưỡng nhận thức về Đảng khóa I năm 2022 (11/05/2022)
- Giao ban công tác xây dựng Đảng quý I năm 2022 (07/04/2022)
Cơ quan chủ quản: Huyện ủy Đắk Glei. Địa chỉ: thị trấn Đắk Glei, huyện Đắk Glei, tỉnh Kon Tum.
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2022-10-04", "Huyện ủy Đắk Glei giao ban công tác xây dựng Đảng tháng 9",
E("giao_ban", "2022-09", "2022-10-03"),
[P("A Vương", "Bí thư Huyện ủy"),
 P("Y Thị Bích Thủy", "Phó Bí thư Huyện ủy"),
 P("Nguyễn Văn Quân", "Phó Bí thư Huyện ủy"),
 P("Đặng Thị Liên", "ThS.", "Phó Giám đốc Trung tâm Chính trị huyện"),
 P("A Khiêm", "Bí thư Đảng ủy xã Đắk Plô"),
 P("Y Thông", "Chủ tịch UBND kiêm Phó Bí thư Đảng ủy xã Đắk Man"),
 P("Y Hằng", "Bí thư Chi bộ thôn Đắk Bối")],
[Q("21 đảng viên", 21, "đảng viên"), Q("96 đảng viên", 96, "đảng viên"), Q("80%", 80, "%"), Q("88 đảng viên", 88, "đảng viên"),
 Q("khoảng 91%", 91, "%", "approx"), Q("1 lớp đảng viên mới", 1, "lớp đảng viên mới"), Q("47 học viên", 47, "học viên"),
 Q("12 đảng viên", 12, "đảng viên"), Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("2 giáo viên mầm non", 2, "giáo viên mầm non"), Q("6 thôn", 6, "thôn")],
[D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW"),
 D("Kế hoạch", "86", "KH/HU", None, "Huyện ủy", "Kế hoạch 86, 87-KH/HU"),
 D("Kế hoạch", "87", "KH/HU", None, "Huyện ủy", "Kế hoạch 86, 87-KH/HU"),
 D("Quy định", "08", "QĐi/TW", None, "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW")],
[prov("Kon Tum"), com("Đắk Plô"), com("Đắk Man"), com("Đắk Pék")],
["HUYỆN ỦY ĐẮK GLEI - TỈNH KON TUM", "Trang chủ / Hoạt động của Huyện ủy / Tin tức", "Đồng chí A Vương chủ trì giao ban.",
 "Nghị quyết Trung ương 4 khóa XII", "Văn phòng Huyện ủy", "Đang truy cập: 14 | Tổng lượt truy cập: 380.115"],
["Thứ Ba, 04/10/2022 - 14:05", "tháng 9/2022", "9 tháng", "nhiệm kỳ 2022 - 2025", "5 đảng viên", "khóa XII",
 "Đang truy cập: 14 | Tổng lượt truy cập: 380.115"]))

PAGES.append(page("b3042-longan-baocao-chibo-dn-2022", """
Cổng Thông tin điện tử Đảng bộ tỉnh Long An
Tin tức > Xây dựng Đảng > Tổ chức - Cán bộ
27/12/2022 - 10:30
Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả xây dựng tổ chức đảng trong doanh nghiệp năm 2022
Ngày 26/12/2022, Ban Thường vụ Tỉnh ủy Long An họp nghe Ban Tổ chức Tỉnh ủy báo cáo kết quả xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước năm 2022. Đồng chí Nguyễn Thanh Hào, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.
Theo báo cáo do đồng chí Trần Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy trình bày, năm 2022 toàn tỉnh thành lập mới 14 tổ chức đảng trong doanh nghiệp ngoài nhà nước, nâng tổng số lên 162 tổ chức đảng với 1.948 đảng viên; kết nạp 213 đảng viên là công nhân, người lao động, vượt 6,5% kế hoạch. Ở 2 huyện Đức Hòa, Bến Lức tập trung nhiều khu công nghiệp, tỷ lệ doanh nghiệp có từ 30 đảng viên trở lên có tổ chức đảng đạt 87%.
Việc thực hiện Kết luận số 80-KL/TW của Ban Bí thư và Kế hoạch số 155-KH/TU ngày 8/3/2021 của Tỉnh ủy có chuyển biến; Đảng ủy Khối doanh nghiệp tỉnh đã mở 3 lớp nhận thức về Đảng ngay tại khu công nghiệp cho 244 công nhân, giảng viên là TS. Lê Văn Thuận và ThS. Huỳnh Ngọc Bích của Trường Chính trị Long An.
Tuy vậy, còn khoảng 40% chủ doanh nghiệp chưa quan tâm đến việc thành lập tổ chức đảng; nhiều đảng viên là công nhân di biến động, chưa chuyển sinh hoạt đảng về nơi làm việc. Ông Châu Văn Sáu, Bí thư Đảng ủy Khu công nghiệp Tân Đức, cho biết có trên 600 đảng viên làm việc trong các khu công nghiệp nhưng chưa sinh hoạt tại doanh nghiệp.
Kết luận, đồng chí Nguyễn Thanh Hào đề nghị năm 2023 mỗi huyện, thị, thành ủy thành lập ít nhất 2 tổ chức đảng ở doanh nghiệp ngoài nhà nước; hỗ trợ mỗi chi bộ mới thành lập 15 triệu đồng; phối hợp Liên đoàn Lao động tỉnh tạo nguồn kết nạp đảng viên từ công đoàn viên ưu tú.
Ngọc Mến
Tin liên quan
- Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại Khu công nghiệp Long Hậu (09/12/2022)
- Đức Hòa: ra mắt Chi bộ Công ty TNHH Sản xuất giày Chung Jye (23/11/2022)
- Tân An tổ chức lễ kết nạp đảng viên là công nhân (10/11/2022)
- Bến Lức: phát triển đảng viên trong doanh nghiệp có vốn FDI (27/10/2022)
- Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III năm 2022 (05/10/2022)
- Đảng ủy Khối doanh nghiệp tỉnh sơ kết 6 tháng đầu năm 2022 (14/07/2022)
- Cần Giuộc: công nhân ưu tú học lớp nhận thức về Đảng ngoài giờ làm việc (22/06/2022)
- Thủ Thừa thành lập Chi bộ Công ty cổ phần Đồng Tâm (31/05/2022)
Cơ quan chủ quản: Tỉnh ủy Long An. Địa chỉ: số 3 Song Hành, phường 1, thành phố Tân An, tỉnh Long An.
""", "2022-12-27", "Ban Thường vụ Tỉnh ủy nghe báo cáo kết quả xây dựng tổ chức đảng trong doanh nghiệp năm 2022",
E("bao_cao", "2022", "2022-12-26"),
[P("Nguyễn Thanh Hào", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Văn Thuận", "TS."),
 P("Huỳnh Ngọc Bích", "ThS."),
 P("Châu Văn Sáu", "Bí thư Đảng ủy Khu công nghiệp Tân Đức")],
[Q("14 tổ chức đảng", 14, "tổ chức đảng"), Q("162 tổ chức đảng", 162, "tổ chức đảng"), Q("1.948 đảng viên", 1948, "đảng viên"),
 Q("213 đảng viên", 213, "đảng viên"), Q("6,5%", 6.5, "%"), Q("2 huyện", 2, "huyện"), Q("87%", 87, "%"),
 Q("3 lớp nhận thức về Đảng", 3, "lớp nhận thức về Đảng"), Q("244 công nhân", 244, "công nhân"),
 Q("khoảng 40%", 40, "%", "approx"), Q("trên 600 đảng viên", 600, "đảng viên", "over"),
 Q("2 tổ chức đảng", 2, "tổ chức đảng"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Kế hoạch", "155", "KH/TU", "2021-03-08", "Tỉnh ủy", "Kế hoạch số 155-KH/TU ngày 8/3/2021")],
[prov("Long An")],
["Cổng Thông tin điện tử Đảng bộ tỉnh Long An", "Tin tức > Xây dựng Đảng > Tổ chức - Cán bộ", "Khu công nghiệp Tân Đức", "Trường Chính trị Long An"],
["27/12/2022 - 10:30", "năm 2022", "năm 2023", "30 đảng viên"]))

PAGES.append(page("b3043-ninhthuan-soket-tochuc-2023", """
BÁO NINH THUẬN ĐIỆN TỬ
Chính trị » Xây dựng Đảng
Cập nhật: 15:20, 19/07/2023 (GMT+7)
Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2023
Ảnh: Đồng chí Chamaléa Thị Thủy phát biểu tại hội nghị.
(NTO) Chiều 18/7, Ban Tổ chức Tỉnh ủy Ninh Thuận tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Đàng Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Chamaléa Thị Thủy, Phó Bí thư Huyện ủy Bác Ái.
6 tháng đầu năm, toàn Đảng bộ tỉnh kết nạp 486 đảng viên, đạt 54% kế hoạch năm; trong đó có 97 đảng viên là người Chăm, Raglai. Các cấp ủy đã xét tặng Huy hiệu Đảng cho 1.327 đảng viên; hoàn thành việc chuyển sinh hoạt đảng điện tử cho hơn 3.000 đảng viên. Ban Tổ chức Tỉnh ủy tham mưu ban hành Quy định 05, 06-QĐ/TU của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ và về chế độ sinh hoạt chi bộ thôn, khu phố.
Công tác bồi dưỡng lý luận chính trị được chú trọng: Trường Chính trị tỉnh mở 2 lớp trung cấp lý luận chính trị cho 186 học viên; các Trung tâm Chính trị cấp huyện mở 14 lớp nhận thức về Đảng và lớp đảng viên mới. PGS.TS. Trương Văn Phúc, nguyên Giám đốc Học viện Chính trị khu vực III, được mời giảng chuyên đề về công tác cán bộ cho cán bộ nguồn.
Tại hội nghị, ông Thành Văn Tám, Bí thư Đảng ủy xã Phước Hà (huyện Thuận Nam), cho biết xã đã xóa được 2 thôn chưa có chi bộ độc lập. Bà Chamaléa Thị Thủy nêu thực trạng ở Bác Ái: có đến 23% quần chúng ưu tú người Raglai chưa đủ trình độ học vấn, huyện đề nghị áp dụng linh hoạt theo Hướng dẫn số 02-HD/TW của Ban Bí thư.
Kết luận, đồng chí Đàng Văn Hải đề nghị 6 tháng cuối năm tập trung kết nạp thêm khoảng 420 đảng viên, rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030; hỗ trợ 5 triệu đồng cho mỗi chi bộ thôn đặc biệt khó khăn mua tài liệu sinh hoạt.
Hàm Linh
Bài viết liên quan
- Ninh Phước: khai giảng lớp trung cấp lý luận chính trị - hành chính (12/07/2023)
- Kết nạp đảng viên là chức sắc Bàni trẻ ở xã Phước Hậu (30/06/2023)
- Hội nghị giao ban công tác tổ chức quý I năm 2023 (06/04/2023)
- Thuận Bắc: 100% thôn có chi bộ (21/03/2023)
- Tổng kết công tác tổ chức xây dựng Đảng năm 2022 (29/12/2022)
- Bác Ái kết nạp đảng viên là người Raglai ở vùng cao (12/12/2022)
- Trao Huy hiệu 55 năm tuổi Đảng cho đảng viên cao tuổi (03/11/2022)
- Ninh Sơn: chi bộ thôn Gia Hoa sinh hoạt chuyên đề về phát triển kinh tế hộ (18/10/2022)
BÁO NINH THUẬN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận. Địa chỉ: 503 Thống Nhất, Phan Rang - Tháp Chàm.
""", "2023-07-19", "Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2023",
E("so_ket", "2023-H1", "2023-07-18"),
[P("Đàng Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Chamaléa Thị Thủy", "Phó Bí thư Huyện ủy Bác Ái"),
 P("Trương Văn Phúc", "PGS.TS.", "nguyên Giám đốc Học viện Chính trị khu vực III"),
 P("Thành Văn Tám", "Bí thư Đảng ủy xã Phước Hà")],
[Q("486 đảng viên", 486, "đảng viên"), Q("54%", 54, "%"), Q("97 đảng viên", 97, "đảng viên"),
 Q("1.327 đảng viên", 1327, "đảng viên"), Q("hơn 3.000 đảng viên", 3000, "đảng viên", "over"),
 Q("2 lớp trung cấp lý luận chính trị", 2, "lớp trung cấp lý luận chính trị"), Q("186 học viên", 186, "học viên"),
 Q("14 lớp nhận thức về Đảng và lớp đảng viên mới", 14, "lớp nhận thức về Đảng và lớp đảng viên mới"),
 Q("2 thôn", 2, "thôn"), Q("23%", 23, "%"), Q("khoảng 420 đảng viên", 420, "đảng viên", "approx"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 05, 06-QĐ/TU"),
 D("Quy định", "06", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 05, 06-QĐ/TU"),
 D("Hướng dẫn", "02", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 02-HD/TW")],
[prov("Ninh Thuận"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Ảnh: Đồng chí Chamaléa Thị Thủy phát biểu tại hội nghị.", "(NTO)", "Huy hiệu Đảng"],
["Cập nhật: 15:20, 19/07/2023 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2023", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b3044-thainguyen-lop-dangvienmoi-2023", """
TRUNG TÂM CHÍNH TRỊ HUYỆN ĐỊNH HÓA
Trang chủ - Tin tức - Hoạt động đào tạo, bồi dưỡng
Ngày 15/08/2023 | 09:15
Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa II năm 2023
Sáng ngày 14/8/2023, tại Hội trường Trung tâm Chính trị huyện Định Hóa (tỉnh Thái Nguyên), Trung tâm tổ chức khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa II năm 2023. Dự có đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy; đồng chí Hoàng Văn Páo, HUV, Giám đốc Trung tâm Chính trị huyện.
Lớp học có 72 học viên là đảng viên mới kết nạp của 24 tổ chức cơ sở đảng, trong đó 51 học viên là người Tày, Nùng, Dao, Sán Chay; học viên nhỏ tuổi nhất 18 tuổi. Trong 5 ngày, học viên được nghiên cứu 6 chuyên đề theo Hướng dẫn số 36-HD/BTGTW ngày 30/4/2020 của Ban Tuyên giáo Trung ương, gồm: chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh chính trị; Điều lệ Đảng; nhiệm vụ của đảng viên...
Giảng viên lớp học gồm các đồng chí: ThS. Nông Thị Huyền, Phó Giám đốc Trung tâm; TS. Lương Văn Tiến, giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh Thái Nguyên; cùng 4 giảng viên kiêm chức là lãnh đạo các ban xây dựng Đảng của Huyện ủy.
Phát biểu khai giảng, đồng chí Ma Thị Nguyệt nhấn mạnh Định Hóa là An toàn khu (ATK), đảng viên mới càng phải học tập truyền thống, gương mẫu trong sản xuất chè, phát triển kinh tế đồi rừng. Theo đồng chí, 7 tháng năm 2023 toàn huyện kết nạp 173 đảng viên, đạt 78,6% chỉ tiêu theo Nghị quyết số 05-NQ/HU của Huyện ủy; Trung tâm Chính trị đã mở 8 lớp với hơn 700 lượt học viên.
Thay mặt học viên, đảng viên Triệu Thị Mây, Phó Bí thư Chi đoàn thôn Bản Quyên, xã Phú Đình, hứa sẽ học tập nghiêm túc. Mỗi học viên được hỗ trợ 50.000 đồng/ngày tiền ăn; kinh phí mở lớp khoảng 45 triệu đồng.
Nông Huyền
Lượt xem: 96
Tin cùng chuyên mục
- Bế giảng lớp bồi dưỡng nhận thức về Đảng khóa II năm 2023 (28/07/2023)
- Xã Bảo Linh kết nạp 3 đảng viên là thanh niên người Tày (14/07/2023)
- Lớp bồi dưỡng kỹ năng cho bí thư chi bộ xóm (22/06/2023)
- Trung tâm Chính trị huyện sơ kết 6 tháng đầu năm 2023 (07/07/2023)
- Học tập chuyên đề năm 2023 về tấm gương đạo đức Hồ Chí Minh (20/04/2023)
- Khai giảng lớp trung cấp lý luận chính trị - hành chính hệ không tập trung (10/03/2023)
- Định Hóa: 100% xóm có chi bộ độc lập (02/03/2023)
- Hội nghị báo cáo viên tháng 2/2023 (15/02/2023)
- Trao Huy hiệu Đảng đợt 3/2 cho 86 đảng viên (03/02/2023)
- Tổng kết công tác giáo dục lý luận chính trị năm 2022 (27/12/2022)
- Xã Tân Dương: chi bộ xóm Khuổi Tát làm theo Bác (09/12/2022)
Điện thoại: 0208.38xxxxx. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
Trung tâm Chính trị huyện Định Hóa. Địa chỉ: thị trấn Chợ Chu, huyện Định Hóa, tỉnh Thái Nguyên.
""", "2023-08-15", "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa II năm 2023",
E("tap_huan", "2023", "2023-08-14"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Hoàng Văn Páo", "HUV", "Giám đốc Trung tâm Chính trị huyện"),
 P("Nông Thị Huyền", "ThS.", "Phó Giám đốc Trung tâm"),
 P("Lương Văn Tiến", "TS.", "giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh Thái Nguyên"),
 P("Triệu Thị Mây", "Phó Bí thư Chi đoàn thôn Bản Quyên")],
[Q("72 học viên", 72, "học viên"), Q("24 tổ chức cơ sở đảng", 24, "tổ chức cơ sở đảng"), Q("51 học viên", 51, "học viên"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("4 giảng viên kiêm chức", 4, "giảng viên kiêm chức"), Q("173 đảng viên", 173, "đảng viên"),
 Q("78,6%", 78.6, "%"), Q("8 lớp", 8, "lớp"), Q("hơn 700 lượt học viên", 700, "lượt học viên", "over"),
 Q("50.000 đồng", 50000, "đồng"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx")],
[D("Hướng dẫn", "36", "HD/BTGTW", "2020-04-30", "Ban Tuyên giáo Trung ương", "Hướng dẫn số 36-HD/BTGTW ngày 30/4/2020"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 05-NQ/HU")],
[prov("Thái Nguyên"), com("Phú Đình")],
["TRUNG TÂM CHÍNH TRỊ HUYỆN ĐỊNH HÓA", "Trang chủ - Tin tức - Hoạt động đào tạo, bồi dưỡng", "An toàn khu (ATK)",
 "Cương lĩnh chính trị", "Điều lệ Đảng", "Lượt xem: 96"],
["Ngày 15/08/2023 | 09:15", "khóa II năm 2023", "18 tuổi", "5 ngày", "7 tháng năm 2023", "Lượt xem: 96"]))

PAGES.append(page("b3045-dongnai-giaoban-kcn-quy1-2024", """
Đảng ủy các Khu công nghiệp tỉnh Đồng Nai
Trang chủ > Tin tức > Công tác Đảng
12/04/2024 - 08:20
Hôm nay: Thứ Bảy, 13/04/2024
Giao ban quý I/2024: tạo nguồn đảng viên từ công nhân ưu tú
Sáng 11/4, Đảng ủy các Khu công nghiệp tỉnh Đồng Nai tổ chức giao ban công tác xây dựng Đảng quý I/2024 với bí thư các tổ chức cơ sở đảng trực thuộc. Đồng chí Huỳnh Thị Thanh Tâm, Bí thư Đảng ủy các Khu công nghiệp chủ trì.
Quang cảnh giao ban.
Quý I/2024, Đảng ủy đã thành lập mới 3 chi bộ tại Công ty TNHH Changshin Việt Nam, Công ty TNHH Hwaseung Vina và Công ty cổ phần Tôn Đông Á, nâng tổng số lên 94 tổ chức cơ sở đảng với 2.715 đảng viên; kết nạp 58 đảng viên là công nhân, đạt 29% kế hoạch năm. Đảng ủy tổ chức 1 lớp bồi dưỡng nhận thức về Đảng cho 116 quần chúng ưu tú và 1 lớp đảng viên mới cho 92 học viên; ThS. Lê Thị Hồng Nhung, Trưởng khoa Lý luận cơ sở Trường Chính trị tỉnh và TS. Phan Đình Dũng trực tiếp giảng dạy.
Thực hiện Kết luận số 80-KL/TW của Ban Bí thư và Chỉ thị số 33-CT/TU ngày 9/1/2024 của Ban Thường vụ Tỉnh ủy, Đảng ủy đã phối hợp Công đoàn các Khu công nghiệp rà soát được khoảng 1.900 công nhân là đoàn viên ưu tú, trong đó có 420 người đủ điều kiện giới thiệu học lớp nhận thức về Đảng.
Tại giao ban, bà Điểu Thị Hồng Thắm, Bí thư Chi bộ Công ty TNHH Pouchen Việt Nam, cho biết chi bộ có 37 đảng viên trên tổng số hơn 40.000 công nhân, trong quý kết nạp 6 đảng viên, trong đó 1 đảng viên là người S'tiêng. Ông Kim Jae Hoon, Tổng Giám đốc Công ty TNHH Hwaseung Vina, bày tỏ ủng hộ việc thành lập chi bộ và hỗ trợ 20 triệu đồng mua sắm trang thiết bị.
Kết luận, đồng chí Huỳnh Thị Thanh Tâm yêu cầu quý II tập trung nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, chuẩn bị kết nạp tối thiểu 60 đảng viên; mỗi tổ chức cơ sở đảng phải có ít nhất 1 quần chúng ưu tú được giới thiệu học lớp nhận thức về Đảng.
Thanh Hải
Bài viết liên quan
- Kết nạp đảng viên là công nhân tại Khu công nghiệp Nhơn Trạch (28/03/2024)
- Lớp bồi dưỡng nghiệp vụ công tác đảng cho cấp ủy viên doanh nghiệp (14/03/2024)
- Đảng ủy các Khu công nghiệp tổng kết năm 2023 (27/12/2023)
- Ra mắt Chi bộ Công ty TNHH Shilla Bags (05/12/2023)
- Gặp mặt công nhân ưu tú được kết nạp Đảng năm 2023 (22/11/2023)
- Giao ban công tác Đảng quý III năm 2023 (10/10/2023)
- Học tập chuyên đề năm 2023 cho đảng viên là công nhân (18/09/2023)
- Chi bộ Công ty TNHH Taekwang Vina kết nạp 5 công nhân (30/08/2023)
- Sơ kết 6 tháng đầu năm 2023 công tác xây dựng Đảng (12/07/2023)
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
Đảng ủy các Khu công nghiệp tỉnh Đồng Nai. Địa chỉ: số 26, đường 2A, KCN Biên Hòa II, thành phố Biên Hòa.
""", "2024-04-12", "Giao ban quý I/2024: tạo nguồn đảng viên từ công nhân ưu tú",
E("giao_ban", "2024-Q1", "2024-04-11"),
[P("Huỳnh Thị Thanh Tâm", "Bí thư Đảng ủy các Khu công nghiệp"),
 P("Lê Thị Hồng Nhung", "ThS.", "Trưởng khoa Lý luận cơ sở Trường Chính trị tỉnh"),
 P("Phan Đình Dũng", "TS."),
 P("Điểu Thị Hồng Thắm", "Bí thư Chi bộ Công ty TNHH Pouchen Việt Nam"),
 P("Kim Jae Hoon", "Tổng Giám đốc Công ty TNHH Hwaseung Vina")],
[Q("3 chi bộ", 3, "chi bộ"), Q("94 tổ chức cơ sở đảng", 94, "tổ chức cơ sở đảng"), Q("2.715 đảng viên", 2715, "đảng viên"),
 Q("58 đảng viên", 58, "đảng viên"), Q("29%", 29, "%"),
 Q("1 lớp bồi dưỡng nhận thức về Đảng", 1, "lớp bồi dưỡng nhận thức về Đảng"), Q("116 quần chúng ưu tú", 116, "quần chúng ưu tú"),
 Q("1 lớp đảng viên mới", 1, "lớp đảng viên mới"), Q("92 học viên", 92, "học viên"),
 Q("khoảng 1.900 công nhân", 1900, "công nhân", "approx"), Q("420 người", 420, "người"),
 Q("37 đảng viên", 37, "đảng viên"), Q("hơn 40.000 công nhân", 40000, "công nhân", "over"), Q("6 đảng viên", 6, "đảng viên"),
 Q("1 đảng viên", 1, "đảng viên"), Q("20 triệu đồng", 20000000, "đồng"), Q("60 đảng viên", 60, "đảng viên")],
[D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Chỉ thị", "33", "CT/TU", "2024-01-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 33-CT/TU ngày 9/1/2024"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW")],
[prov("Đồng Nai")],
["Đảng ủy các Khu công nghiệp tỉnh Đồng Nai", "Trang chủ > Tin tức > Công tác Đảng", "Hôm nay: Thứ Bảy, 13/04/2024", "Quang cảnh giao ban.",
 "Công ty TNHH Changshin Việt Nam", "Công ty cổ phần Tôn Đông Á", "Công đoàn các Khu công nghiệp"],
["12/04/2024 - 08:20", "Hôm nay: Thứ Bảy, 13/04/2024", "Quý I/2024", "quý II", "1 quần chúng ưu tú"]))

PAGES.append(page("b3046-dienbien-tuangiao-tongket-2024", """
HUYỆN ỦY TUẦN GIÁO
Bạn đang ở: Trang chủ » Tin tức » Xây dựng Đảng
Thứ Năm, 26/12/2024 - 17:00
Ảnh: Đồng chí Lò Văn Chung trao giấy khen cho các tập thể.
Huyện ủy Tuần Giáo tổng kết công tác xây dựng Đảng năm 2024
Ngày 25/12/2024, Ban Chấp hành Đảng bộ huyện Tuần Giáo (tỉnh Điện Biên) tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lò Văn Chung, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì. Dự hội nghị có đồng chí Mùa A Vảng, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Năm 2024, Đảng bộ huyện kết nạp 327 đảng viên, đạt 109% chỉ tiêu, trong đó 231 đảng viên là người Thái, Mông, Khơ Mú; không còn bản chưa có đảng viên. Huyện ủy thành lập 6 chi bộ bản mới tách, đưa tổng số lên 248 chi bộ trực thuộc với 7.850 đảng viên. 96,8% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Công tác học tập nghị quyết được đổi mới: Trung tâm Chính trị huyện mở 13 lớp cho hơn 1.200 lượt học viên, trong đó có 4 lớp dạy bằng tiếng Thái và tiếng Mông; TS. Lò Thị Hương, Phó Hiệu trưởng Trường Chính trị tỉnh, được mời giảng các chuyên đề về Nghị quyết Trung ương 8 khóa XIII. Huyện ủy ban hành Nghị quyết số 17-NQ/HU về phát triển đảng viên ở bản vùng cao và Đề án số 04-ĐA/HU về nâng cao chất lượng đội ngũ bí thư chi bộ bản.
Phát biểu tham luận, ông Sùng A Chò, Bí thư Đảng ủy xã Mường Khong, cho biết xã đã xóa được bản "trắng" đảng viên cuối cùng là bản Phiêng Cải; bà Lường Thị Ọt, Bí thư Chi bộ kiêm Trưởng bản Hua Sát, xã Quài Tở, kể chi bộ vận động 3 thanh niên đi học về xin vào Đảng. Ông Quàng Văn Tính, Giám đốc Trung tâm Chính trị huyện, đề nghị bố trí thêm khoảng 200 triệu đồng để biên dịch tài liệu song ngữ.
Kết luận, đồng chí Lò Văn Chung yêu cầu năm 2025 các cấp ủy chuẩn bị tốt đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; thực hiện sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW.
Dịp này, 14 tập thể và 29 cá nhân được Ban Thường vụ Huyện ủy tặng giấy khen.
Quàng Hạnh
Lượt truy cập: 1.012.556
Các tin khác
- Quài Cang: kết nạp đảng viên là người Khơ Mú (10/12/2024)
- Khai giảng lớp trung cấp lý luận chính trị khóa 2024 - 2025 (25/11/2024)
- Ra mắt chi bộ bản Pú Xi 2 (04/11/2024)
- Học tập chuyên đề năm 2024 về tấm gương đạo đức Hồ Chí Minh (18/10/2024)
- Hội nghị giao ban công tác xây dựng Đảng quý III năm 2024 (08/10/2024)
- Tỏa Tình: chi bộ bản Háng Khúa sinh hoạt chuyên đề bằng tiếng Mông (20/09/2024)
- Trao Huy hiệu Đảng đợt 2/9 cho 41 đảng viên (02/09/2024)
- Bồi dưỡng kỹ năng cho bí thư chi bộ bản năm 2024 (15/08/2024)
Địa chỉ: khối Tân Giang, thị trấn Tuần Giáo. Điện thoại: 0215.38xxxxx.
Cơ quan chủ quản: Huyện ủy Tuần Giáo, tỉnh Điện Biên. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2024-12-26", "Huyện ủy Tuần Giáo tổng kết công tác xây dựng Đảng năm 2024",
E("tong_ket", "2024", "2024-12-25"),
[P("Lò Văn Chung", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Mùa A Vảng", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lò Thị Hương", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Sùng A Chò", "Bí thư Đảng ủy xã Mường Khong"),
 P("Lường Thị Ọt", "Bí thư Chi bộ kiêm Trưởng bản Hua Sát"),
 P("Quàng Văn Tính", "Giám đốc Trung tâm Chính trị huyện")],
[Q("327 đảng viên", 327, "đảng viên"), Q("109%", 109, "%"), Q("231 đảng viên", 231, "đảng viên"),
 Q("6 chi bộ bản mới tách", 6, "chi bộ bản mới tách"), Q("248 chi bộ trực thuộc", 248, "chi bộ trực thuộc"),
 Q("7.850 đảng viên", 7850, "đảng viên"), Q("96,8%", 96.8, "%"), Q("13 lớp", 13, "lớp"),
 Q("hơn 1.200 lượt học viên", 1200, "lượt học viên", "over"), Q("4 lớp", 4, "lớp"), Q("3 thanh niên", 3, "thanh niên"),
 Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"), Q("14 tập thể", 14, "tập thể"), Q("29 cá nhân", 29, "cá nhân")],
[D("Nghị quyết", "17", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 17-NQ/HU"),
 D("Đề án", "04", "ĐA/HU", None, "Huyện ủy", "Đề án số 04-ĐA/HU"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Điện Biên"), com("Mường Khong"), com("Quài Tở")],
["HUYỆN ỦY TUẦN GIÁO", "Bạn đang ở: Trang chủ » Tin tức » Xây dựng Đảng", "Ảnh: Đồng chí Lò Văn Chung trao giấy khen cho các tập thể.",
 "Nghị quyết Trung ương 8 khóa XIII", "Lượt truy cập: 1.012.556"],
["Thứ Năm, 26/12/2024 - 17:00", "năm 2024", "năm 2025", "khóa XIII", "Lượt truy cập: 1.012.556"]))
