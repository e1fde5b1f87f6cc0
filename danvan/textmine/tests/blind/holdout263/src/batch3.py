from lib import *
PAGES = []

PAGES.append(page("b6281-vinhphuc-bdv-giaoban-thang3-2023", """
Báo Vĩnh Phúc điện tử
Trang chủ - Chính trị - Dân vận
2023-03-31 16:40
Ảnh: Quang cảnh giao ban.
Khối dân vận giao ban tháng 3: chú trọng nhà ở cho công nhân
Ngày 30/3/2023, Ban Dân vận Tỉnh ủy Vĩnh Phúc tổ chức giao ban khối dân vận tháng 3/2023. Đồng chí Trần Thị Thanh Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo Ủy ban MTTQ tỉnh, LĐLĐ tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh và trưởng ban dân vận 9 huyện, thành ủy.
Theo báo cáo, trong tháng 3, khối dân vận đã phối hợp rà soát nhu cầu nhà ở của công nhân tại 18 khu công nghiệp; kết quả có khoảng 47.000 công nhân thuê trọ, trong đó 12.600 người có nhu cầu thuê nhà ở xã hội. Thực hiện Kế hoạch số 2314/KH-UBND ngày 15/3/2023 của UBND tỉnh về phát triển nhà ở xã hội và đón đầu Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030" đang được Bộ Xây dựng hoàn thiện, Ban Dân vận đã tham mưu dự thảo Kế hoạch 24, 25-KH/TU của Ban Thường vụ Tỉnh ủy về vận động nhân dân bàn giao mặt bằng dự án nhà ở xã hội và về chăm lo thiết chế văn hóa cho công nhân.
Các đoàn thể đã trao 3 Mái ấm Công đoàn trị giá 150 triệu đồng; Hội Liên hiệp Phụ nữ tỉnh vận động 26 chủ nhà trọ tại xã Kim Long và phường Phúc Thắng ký cam kết giữ giá phòng; Tỉnh đoàn ra mắt 4 "Câu lạc bộ thanh niên công nhân khu trọ" với 230 hội viên. Khối dân vận tiếp nhận 19 đơn thư, 7 kiến nghị về nhà ở xã hội; đã trả lời 17 đơn thư.
Đồng chí Lê Văn Hùng, Phó Chủ tịch Thường trực LĐLĐ tỉnh, cho biết đã có 1.150 công nhân đăng ký mua, thuê 2 dự án nhà ở xã hội tại phường Khai Quang. Bà Đỗ Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các huyện phân công 1 cán bộ theo dõi mỗi khu trọ lớn.
Các đồng chí Nguyễn Quang Dũng, Hà Thị Thu Trang - Phó Trưởng Ban Dân vận Huyện ủy Bình Xuyên phản ánh tình trạng nhà trọ xây dựng tự phát, thiếu lối thoát hiểm; đến nay có 312 dãy trọ chưa đảm bảo phòng cháy.
Kết luận, đồng chí Trần Thị Thanh Mai yêu cầu trong tháng 4 tập trung tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; phối hợp chính quyền tổ chức đối thoại với công nhân về nhà ở; hoàn thiện dự thảo kế hoạch trình Ban Thường vụ Tỉnh ủy trong tháng 4.
Thu Hương
Lượt xem: 2.019
Tin liên quan
- Bình Xuyên: 150 công nhân được tư vấn mua nhà ở xã hội (22/03/2023)
- Giao ban khối dân vận tháng 2/2023 (28/02/2023)
- Phúc Yên ra mắt mô hình "Khu trọ an toàn" (14/02/2023)
""", "2023-03-31", "Khối dân vận giao ban tháng 3: chú trọng nhà ở cho công nhân",
E("giao_ban", "2023-03", "2023-03-30"),
[P("Trần Thị Thanh Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hùng", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Đỗ Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Dũng", "Phó Trưởng Ban Dân vận Huyện ủy Bình Xuyên"),
 P("Hà Thị Thu Trang", "Phó Trưởng Ban Dân vận Huyện ủy Bình Xuyên")],
[Q("9 huyện, thành ủy", 9, "huyện, thành ủy"), Q("18 khu công nghiệp", 18, "khu công nghiệp"),
 Q("khoảng 47.000 công nhân", 47000, "công nhân", "approx"), Q("12.600 người", 12600, "người"),
 Q("3 Mái ấm Công đoàn", 3, "Mái ấm Công đoàn"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("26 chủ nhà trọ", 26, "chủ nhà trọ"), Q('4 "Câu lạc bộ thanh niên công nhân khu trọ"', 4, "Câu lạc bộ thanh niên công nhân khu trọ"),
 Q("230 hội viên", 230, "hội viên"), Q("19 đơn thư", 19, "đơn thư"), Q("7 kiến nghị", 7, "kiến nghị"), Q("17 đơn thư", 17, "đơn thư"),
 Q("1.150 công nhân", 1150, "công nhân"), Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"), Q("312 dãy trọ", 312, "dãy trọ")],
[D("Kế hoạch", "2314", "KH-UBND", "2023-03-15", "UBND tỉnh", "Kế hoạch số 2314/KH-UBND ngày 15/3/2023"),
 D("Kế hoạch", "24", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 24, 25-KH/TU"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 24, 25-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013")],
[prov("Vĩnh Phúc"), com("Kim Long"), com("Phúc Thắng"), com("Khai Quang")],
["Báo Vĩnh Phúc điện tử", "Trang chủ - Chính trị - Dân vận", "Ảnh: Quang cảnh giao ban.",
 "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030",
 "Lượt xem: 2.019"],
["2023-03-31 16:40", "tháng 3/2023", "trong tháng 3", "tháng 4", "10 năm", "ít nhất 1 triệu căn hộ", "1 cán bộ", "khóa XI", "Lượt xem: 2.019"]))

PAGES.append(page("b6282-lamdong-ductrong-soket-nhaocn-2023", """
BAN DÂN VẬN HUYỆN ỦY ĐỨC TRỌNG
Trang chủ › Hoạt động dân vận
08:15 | 14/07/2023
Đức Trọng: Vận động xây nhà lưu trú cho công nhân Khu công nghiệp Phú Hội
Sáng 13/7, Ban Dân vận Huyện ủy Đức Trọng (tỉnh Lâm Đồng) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đồng chí K'Brỏi, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị; đồng chí Ka Hồng Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy Lâm Đồng dự.
Đồng chí K'Brỏi phát biểu khai mạc hội nghị.
Sáu tháng qua, khối dân vận huyện tập trung vận động nhân dân thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy về phát triển công nghiệp gắn với nhà ở công nhân. Đã vận động 64 hộ đồng bào K'Ho ở xã Phú Hội và xã Tân Hội bàn giao 11,5 ha mặt bằng cho dự án nhà lưu trú công nhân quy mô 600 phòng, tổng vốn 182 tỷ đồng. Các doanh nghiệp trong Khu công nghiệp Phú Hội hiện có 6.240 lao động, trong đó 38% là người đồng bào dân tộc thiểu số.
Khối dân vận phối hợp Ngân hàng Chính sách xã hội cho 57 hộ công nhân vay vốn sửa nhà với tổng số tiền 2,85 tỷ đồng, mỗi hộ tối đa 50 triệu đồng theo Nghị định số 100/2015/NĐ-CP và Nghị định 49/2021/NĐ-CP của Chính phủ. Tiếp nhận 21 đơn thư, kiến nghị, đã giải quyết 18 đơn thư, kiến nghị; tổ chức 4 hội nghị đối thoại tại xã với 530 lượt người tham dự.
Tại hội nghị, các đồng chí Chủ tịch Ủy ban MTTQ xã: Cil Múp (Đà Loan), Bon Niêng Ha Thuyên (Tà Năng) trình bày cách làm trong vận động người có uy tín tham gia giải phóng mặt bằng. Già làng K'Tiếu, người có uy tín thôn Bắc Hội, chia sẻ: "Khi con em mình đi làm ở khu công nghiệp có chỗ ở gần, bà con đồng thuận". Đồng chí Nguyễn Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND thị trấn Liên Nghĩa, kiến nghị huyện có cơ chế khuyến khích hộ dân xây phòng trọ đạt chuẩn.
Báo cáo cũng nêu, khối dân vận đã phối hợp Đoàn Thanh niên huyện ra mắt 2 đội hình "Thanh niên công nhân tình nguyện" với 48 thành viên, hỗ trợ sửa chữa 15 căn nhà cho công nhân nghèo; Hội Nông dân huyện vận động 120 hội viên góp trên 360 ngày công san lấp mặt bằng khu nhà lưu trú.
Phát biểu kết luận, đồng chí K'Brỏi yêu cầu 6 tháng cuối năm thực hiện Kế hoạch số 12-KH/BDVHU ngày 05/01/2023 của Ban Dân vận Huyện ủy, rà soát 100% hộ có đất trong quy hoạch, không để phát sinh khiếu kiện đông người; đồng thời triển khai Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong phong trào "Dân vận khéo" 6 tháng đầu năm.
K'Hương
Tin liên quan
- Lâm Hà tổ chức hội nghị người có uy tín năm 2023 (05/07/2023)
- Đức Trọng: 300 suất quà cho công nhân khó khăn (28/04/2023)
- Hội nghị giao ban khối dân vận quý I năm 2023 (06/04/2023)
""", "2023-07-14", "Đức Trọng: Vận động xây nhà lưu trú cho công nhân Khu công nghiệp Phú Hội",
E("so_ket", "2023-H1", "2023-07-13"),
[P("K'Brỏi", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ka Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy Lâm Đồng"),
 P("Cil Múp", "Chủ tịch Ủy ban MTTQ xã"),
 P("Bon Niêng Ha Thuyên", "Chủ tịch Ủy ban MTTQ xã"),
 P("K'Tiếu", "Già làng", "người có uy tín thôn Bắc Hội"),
 P("Nguyễn Văn Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND thị trấn Liên Nghĩa")],
[Q("64 hộ đồng bào K'Ho", 64, "hộ đồng bào K'Ho"), Q("11,5 ha", 11.5, "ha"), Q("600 phòng", 600, "phòng"),
 Q("182 tỷ đồng", 182000000000, "đồng"), Q("6.240 lao động", 6240, "lao động"), Q("38%", 38, "%"),
 Q("57 hộ công nhân", 57, "hộ công nhân"), Q("2,85 tỷ đồng", 2850000000, "đồng"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("21 đơn thư, kiến nghị", 21, "đơn thư, kiến nghị"), Q("18 đơn thư, kiến nghị", 18, "đơn thư, kiến nghị"),
 Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"), Q("530 lượt người", 530, "lượt người"), Q("100%", 100, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q('2 đội hình "Thanh niên công nhân tình nguyện"', 2, "đội hình"), Q("48 thành viên", 48, "thành viên"), Q("15 căn nhà", 15, "căn nhà"),
 Q("120 hội viên", 120, "hội viên"), Q("trên 360 ngày công", 360, "ngày công", "over")],
[D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 09-NQ/HU"),
 D("Nghị định", "100", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2015/NĐ-CP"),
 D("Nghị định", "49", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 49/2021/NĐ-CP"),
 D("Kế hoạch", "12", "KH/BDVHU", "2023-01-05", "Ban Dân vận Huyện ủy", "Kế hoạch số 12-KH/BDVHU ngày 05/01/2023"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Lâm Đồng"), com("Phú Hội"), com("Tân Hội"), com("Đà Loan"), com("Tà Năng"), com("Liên Nghĩa")],
["BAN DÂN VẬN HUYỆN ỦY ĐỨC TRỌNG", "Trang chủ › Hoạt động dân vận", "Đồng chí K'Brỏi phát biểu khai mạc hội nghị.",
 "Khu công nghiệp Phú Hội", "Ngân hàng Chính sách xã hội", "Dân vận khéo", "K'Ho", "Thanh niên công nhân tình nguyện"],
["08:15 | 14/07/2023", "6 tháng đầu năm 2023", "Sáu tháng qua", "6 tháng cuối năm", "6 tháng đầu năm"]))

PAGES.append(page("b6283-quangnam-ldld-doithoai-nhaoxh-2023", """
QUẢNG NAM ONLINE - BÁO QUẢNG NAM
Xã hội | Lao động
30 tháng 10, 2023 | 17:45
Đồng chí Lê Văn Dũng trả lời câu hỏi của công nhân.
Đối thoại với công nhân về nhà ở xã hội năm 2023
Chiều 29/10, tại Khu công nghiệp Điện Nam - Điện Ngọc, UBND tỉnh Quảng Nam phối hợp LĐLĐ tỉnh tổ chức hội nghị đối thoại với công nhân lao động năm 2023 về chủ đề nhà ở xã hội và thiết chế công đoàn. Đồng chí Lê Văn Dũng, Phó Chủ tịch UBND tỉnh và đồng chí Phan Thị Thanh Hương, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh đồng chủ trì. Hơn 400 công nhân đến từ 52 doanh nghiệp tham dự.
Theo LĐLĐ tỉnh, Quảng Nam có khoảng 115.000 công nhân tại 8 khu công nghiệp và 45 cụm công nghiệp; khảo sát của công đoàn cho thấy 61% công nhân chưa có nhà ở ổn định. Tỉnh đã giới thiệu 4 dự án nhà ở xã hội với khoảng 3.200 căn, dự án thiết chế công đoàn tại thị xã Điện Bàn quy mô 2.500 chỗ ở. Việc triển khai thực hiện Nghị quyết số 33/NQ-CP ngày 11/3/2023 của Chính phủ với gói tín dụng 120.000 tỷ đồng cho nhà ở xã hội được nhiều công nhân quan tâm.
Tại buổi đối thoại, công nhân nêu 23 ý kiến. Anh Alăng Văn Nhân, công nhân Công ty TNHH Panko Tam Thăng, người dân tộc Cơ Tu, hỏi về thủ tục chứng minh thu nhập để mua nhà ở xã hội. Chị Bríu Thị Hoa, tổ trưởng tổ công đoàn Công ty CP Dệt may Điện Nam, phản ánh giá thuê trọ tăng 15% so với năm trước. Chị Trần Thị Mỹ Hạnh đề nghị dành quỹ đất cho nhà trẻ công nhân tại phường Điện Nam Bắc.
Ông Huỳnh Tấn Lợi, Giám đốc Sở Xây dựng, trả lời: theo Luật Nhà ở năm 2014 và Nghị định số 100/2015/NĐ-CP, công nhân có thu nhập chưa đến mức phải nộp thuế thu nhập cá nhân thường xuyên, khoảng 11 triệu đồng/tháng, thuộc đối tượng được mua; tỉnh sẽ mở 1 điểm tiếp nhận hồ sơ tại Khu công nghiệp. Đại diện Ngân hàng Nhà nước chi nhánh tỉnh cho biết lãi suất vay mua nhà ở xã hội hiện khoảng 8,2%/năm.
Các ông Nguyễn Minh Tâm, Võ Văn Lực - Phó Chủ tịch LĐLĐ tỉnh cam kết công đoàn sẽ tổng hợp danh sách 1.870 công nhân có nhu cầu, gửi chủ đầu tư trong tháng 11. Bà A Rất Thị Lợi, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy chỉ đạo công khai danh sách xét duyệt theo Quy chế dân chủ ở cơ sở, thực hiện Kế hoạch số 215-KH/TU của Tỉnh ủy.
Kết luận, đồng chí Lê Văn Dũng giao Sở Xây dựng, UBND thị xã Điện Bàn và xã Tam Thăng giải quyết dứt điểm 17 ý kiến thuộc thẩm quyền trong quý IV/2023; 6 ý kiến còn lại sẽ kiến nghị lên bộ, ngành Trung ương. Kết thúc đối thoại, LĐLĐ tỉnh trao 100 suất quà, mỗi suất 1 triệu đồng cho công nhân khó khăn về nhà ở.
Minh Tâm
Tin liên quan
- Núi Thành: 200 công nhân được hỗ trợ tiền thuê trọ (18/10/2023)
- Tam Kỳ khởi công dự án nhà ở xã hội 500 căn (02/10/2023)
- LĐLĐ tỉnh giao ban quý III (29/09/2023)
""", "2023-10-30", "Đối thoại với công nhân về nhà ở xã hội năm 2023",
E("doi_thoai", "2023", "2023-10-29"),
[P("Lê Văn Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Thanh Hương", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Alăng Văn Nhân", "công nhân Công ty TNHH Panko Tam Thăng"),
 P("Bríu Thị Hoa", "tổ trưởng tổ công đoàn Công ty CP Dệt may Điện Nam"),
 P("Trần Thị Mỹ Hạnh"),
 P("Huỳnh Tấn Lợi", "Giám đốc Sở Xây dựng"),
 P("Nguyễn Minh Tâm", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Võ Văn Lực", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("A Rất Thị Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Hơn 400 công nhân", 400, "công nhân", "over"), Q("52 doanh nghiệp", 52, "doanh nghiệp"),
 Q("khoảng 115.000 công nhân", 115000, "công nhân", "approx"), Q("8 khu công nghiệp", 8, "khu công nghiệp"),
 Q("45 cụm công nghiệp", 45, "cụm công nghiệp"), Q("61%", 61, "%"), Q("4 dự án nhà ở xã hội", 4, "dự án nhà ở xã hội"),
 Q("khoảng 3.200 căn", 3200, "căn", "approx"), Q("2.500 chỗ ở", 2500, "chỗ ở"), Q("120.000 tỷ đồng", 120000000000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"), Q("15%", 15, "%"), Q("khoảng 11 triệu đồng", 11000000, "đồng", "approx"), Q("khoảng 8,2%", 8.2, "%", "approx"),
 Q("1.870 công nhân", 1870, "công nhân"), Q("17 ý kiến", 17, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "33", "NQ-CP", "2023-03-11", "Chính phủ", "Nghị quyết số 33/NQ-CP ngày 11/3/2023"),
 D("Nghị định", "100", "2015/NĐ-CP", None, None, "Nghị định số 100/2015/NĐ-CP"),
 D("Kế hoạch", "215", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 215-KH/TU")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Tam Thăng")],
["QUẢNG NAM ONLINE - BÁO QUẢNG NAM", "Xã hội | Lao động", "Đồng chí Lê Văn Dũng trả lời câu hỏi của công nhân.",
 "Khu công nghiệp Điện Nam - Điện Ngọc", "Luật Nhà ở năm 2014", "Quy chế dân chủ ở cơ sở", "Cơ Tu"],
["30 tháng 10, 2023 | 17:45", "năm 2023", "quý IV/2023", "tháng 11", "1 điểm", "Luật Nhà ở năm 2014"]))

PAGES.append(page("b6284-hcm-phuonglinhtrung-traoqua-2024", """
Trang thông tin điện tử phường Linh Trung - thành phố Thủ Đức
Tin tức > Hoạt động Mặt trận - Đoàn thể
Thứ Tư, 31/01/2024
Trao 200 phần quà Tết và hỗ trợ tiền thuê trọ cho công nhân khu chế xuất
Chiều 30/1, Ủy ban MTTQ Việt Nam phường Linh Trung phối hợp Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh (HEPZA) tổ chức chương trình "Xuân yêu thương - Tết nghĩa tình", trao 200 phần quà Tết và hỗ trợ tiền thuê phòng trọ cho công nhân có hoàn cảnh khó khăn đang thuê trọ trên địa bàn.
Bà Nguyễn Thị Tuyết Mai (thứ hai từ trái) trao quà cho công nhân. Ảnh: Hoài Nam
Dự chương trình có bà Nguyễn Thị Tuyết Mai, Bí thư Đảng ủy phường Linh Trung; ông Phạm Đình Quý, Phó Chủ tịch Thường trực Công đoàn HEPZA; ông Trương Văn Lộc, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố Thủ Đức.
Mỗi phần quà gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 400.000 đồng. Ngoài ra, 85 công nhân có con nhỏ được hỗ trợ 2 tháng tiền thuê phòng, mỗi tháng 1,5 triệu đồng. Tổng kinh phí chương trình hơn 535 triệu đồng, do 14 doanh nghiệp và nhà hảo tâm đóng góp, thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 05/01/2024 của Ban Thường trực Ủy ban MTTQ phường và Hướng dẫn 01, 02/HD-CĐKCX của Công đoàn HEPZA.
Theo bà Lê Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường, Linh Trung hiện có khoảng 1.300 nhà trọ với trên 42.000 công nhân, người lao động thuê ở, trong đó có khoảng 8.500 người đồng bào dân tộc thiểu số. Năm 2023, phường vận động 640 chủ nhà trọ ký cam kết không tăng giá thuê trong dịp Tết, 72 chủ nhà trọ giảm từ 200.000 đến 500.000 đồng/phòng.
Chị Sơn Thị Sa Rine, công nhân Công ty TNHH Nissei Electric, người Khmer quê Trà Vinh, cùng chồng và 2 con thuê căn phòng 15 m2; chị chia sẻ món quà giúp gia đình có thêm tiền vé xe về quê ăn Tết. Anh Giàng A Chu, người Mông quê Lào Cai, cũng là 1 trong 85 công nhân được hỗ trợ tiền thuê phòng.
Ông Phạm Đình Quý cho biết, năm 2023 Công đoàn HEPZA đã vận động xây dựng, sửa chữa 46 Mái ấm Công đoàn với tổng kinh phí gần 2,3 tỷ đồng và hỗ trợ tiền thuê nhà cho 3.120 đoàn viên bị giảm giờ làm. Dự án nhà lưu trú công nhân tại Khu chế xuất Linh Trung 2 với 1.200 chỗ ở dự kiến khởi công trong quý II/2024.
Dịp này, Đoàn Thanh niên phường trao 50 vé xe miễn phí, Hội Liên hiệp Phụ nữ phường trao 30 suất quà Tết cho nữ công nhân đơn thân. Bà Nguyễn Thị Tuyết Mai đề nghị các chủ nhà trọ tiếp tục đồng hành, xây dựng khu trọ "Sạch - An toàn - Văn minh", thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Thành ủy về chăm lo đời sống công nhân.
Hoài Nam
Tin khác
- Linh Trung: tổng kết công tác Mặt trận năm 2023 (25/12/2023)
- Phường Linh Xuân trao 150 phần quà cho công nhân (29/01/2024)
- Thủ Đức khánh thành nhà lưu trú công nhân (10/01/2024)
""", "2024-01-31", "Trao 200 phần quà Tết và hỗ trợ tiền thuê trọ cho công nhân khu chế xuất",
E("trao_qua", None, "2024-01-30"),
[P("Nguyễn Thị Tuyết Mai", "Bí thư Đảng ủy phường Linh Trung"),
 P("Phạm Đình Quý", "Phó Chủ tịch Thường trực Công đoàn HEPZA"),
 P("Trương Văn Lộc", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố Thủ Đức"),
 P("Lê Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Sơn Thị Sa Rine", "công nhân Công ty TNHH Nissei Electric"),
 P("Giàng A Chu")],
[Q("200 phần quà Tết", 200, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("400.000 đồng", 400000, "đồng"),
 Q("85 công nhân", 85, "công nhân"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 535 triệu đồng", 535000000, "đồng", "over"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("khoảng 1.300 nhà trọ", 1300, "nhà trọ", "approx"),
 Q("trên 42.000 công nhân, người lao động", 42000, "công nhân, người lao động", "over"),
 Q("khoảng 8.500 người đồng bào dân tộc thiểu số", 8500, "người đồng bào dân tộc thiểu số", "approx"),
 Q("640 chủ nhà trọ", 640, "chủ nhà trọ"), Q("72 chủ nhà trọ", 72, "chủ nhà trọ"), Q("200.000", 200000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 con", 2, "con"), Q("15 m2", 15, "m2"), Q("50 vé xe", 50, "vé xe"),
 Q("30 suất quà Tết", 30, "suất quà"),
 Q("46 Mái ấm Công đoàn", 46, "Mái ấm Công đoàn"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("3.120 đoàn viên", 3120, "đoàn viên"),
 Q("1.200 chỗ ở", 1200, "chỗ ở")],
[D("Kế hoạch", "08", "KH-MTTQ-BTT", "2024-01-05", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 08/KH-MTTQ-BTT ngày 05/01/2024"),
 D("Hướng dẫn", "01", "HD-CĐKCX", None, "Công đoàn HEPZA", "Hướng dẫn 01, 02/HD-CĐKCX"),
 D("Hướng dẫn", "02", "HD-CĐKCX", None, "Công đoàn HEPZA", "Hướng dẫn 01, 02/HD-CĐKCX"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 17-CT/TU")],
[prov("Hồ Chí Minh"), com("Linh Trung"), prov("Trà Vinh"), prov("Lào Cai")],
["Trang thông tin điện tử phường Linh Trung - thành phố Thủ Đức", "Tin tức > Hoạt động Mặt trận - Đoàn thể",
 "Bà Nguyễn Thị Tuyết Mai (thứ hai từ trái) trao quà cho công nhân. Ảnh: Hoài Nam", "Xuân yêu thương - Tết nghĩa tình",
 "Sạch - An toàn - Văn minh", "HEPZA", "Trà Vinh", "Lào Cai"],
["Thứ Tư, 31/01/2024", "2 tháng", "Năm 2023", "năm 2023", "1 trong 85", "quý II/2024", "Linh Trung 2"]))

PAGES.append(page("b6285-nghean-mttq-giamsat-thietchecd-2024", """
Báo Nghệ An điện tử
Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 10/10/2024 - 07:45
Mặt trận tỉnh giám sát thực hiện chính sách nhà ở cho công nhân tại Khu kinh tế Đông Nam
Trong 2 ngày 8 và 9/10/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An do đồng chí Lô Thị Hoa, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách phát triển nhà ở xã hội và nhà lưu trú cho công nhân tại Khu kinh tế Đông Nam. Đây là 1 trong 3 cuộc giám sát chuyên đề năm 2024 theo Chương trình phối hợp số 05/CTr-MTTQ-BTT của Ban Thường trực.
Đoàn giám sát khảo sát khu nhà lưu trú tại xã Nghi Long. Ảnh: Thành Duy
Tham gia đoàn có các đồng chí Vi Văn Sơn, Lương Văn Tạo - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Thị Minh, Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện LĐLĐ tỉnh, Hội Luật gia, Sở Xây dựng.
Theo báo cáo của Ban Quản lý Khu kinh tế Đông Nam, đến tháng 9/2024 các khu công nghiệp VSIP, WHA, Hoàng Mai có trên 47.000 lao động, trong đó khoảng 31.000 người ở trọ; nhu cầu nhà ở xã hội khoảng 14.000 căn. Hiện mới có 2 dự án nhà ở xã hội hoàn thành với 728 căn và 1 dự án thiết chế công đoàn đang triển khai tại xã Nghi Long với 680 căn, tổng vốn 1.095 tỷ đồng, theo Quyết định số 655/QĐ-TTg của Thủ tướng Chính phủ.
Qua khảo sát thực tế tại xã Nghi Long, xã Nghi Xá và thị trấn Quán Hành, đoàn ghi nhận 96% công nhân hài lòng với chất lượng nhà lưu trú, nhưng 3 dãy nhà thiếu hệ thống phòng cháy; 14 trường hợp thuê lại căn hộ không đúng đối tượng. Công nhân kiến nghị 28 nội dung, chủ yếu về chi phí điện nước, nhà trẻ và xe đưa đón.
Đồng chí Nguyễn Xuân Hòa, Phó Trưởng ban Quản lý Khu kinh tế Đông Nam, tiếp thu ý kiến và cho biết Ban đang phối hợp UBND huyện Nghi Lộc thu hồi 14 căn sai đối tượng, hoàn thiện hệ thống phòng cháy trước ngày 31/12/2024. Chị Lương Thị Hà, công nhân Công ty TNHH Luxshare-ICT, người Thái quê Quế Phong, đề nghị giảm giá thuê căn hộ 40 m2 hiện ở mức 2,4 triệu đồng/tháng.
Kết luận, đồng chí Lô Thị Hoa đề nghị tỉnh thực hiện nghiêm Luật Nhà ở năm 2023 có hiệu lực từ ngày 1/8/2024, Nghị định số 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ quy định chi tiết về phát triển và quản lý nhà ở xã hội; dành không dưới 20% quỹ đất các dự án nhà ở thương mại cho nhà ở xã hội; công khai danh sách đối tượng theo Quy định 124-QĐ/TW của Bộ Chính trị. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy theo Kế hoạch số 32-KH/TU ngày 14/3/2024 của Tỉnh ủy.
Thành Duy
Tin liên quan
- Nghi Lộc: 500 công nhân được tư vấn về nhà ở xã hội (02/10/2024)
- Mặt trận tỉnh phản biện dự thảo nghị quyết về nhà ở xã hội (19/09/2024)
- Hội nghị giao ban công tác Mặt trận quý III năm 2024 (05/09/2024)
""", "2024-10-10", "Mặt trận tỉnh giám sát thực hiện chính sách nhà ở cho công nhân tại Khu kinh tế Đông Nam",
E("giam_sat", "2024", "2024-10-08"),
[P("Lô Thị Hoa", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Sơn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Tạo", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Xuân Hòa", "Phó Trưởng ban Quản lý Khu kinh tế Đông Nam"),
 P("Lương Thị Hà", "công nhân Công ty TNHH Luxshare-ICT")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("trên 47.000 lao động", 47000, "lao động", "over"),
 Q("khoảng 31.000 người", 31000, "người", "approx"), Q("khoảng 14.000 căn", 14000, "căn", "approx"),
 Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"), Q("728 căn", 728, "căn"), Q("1 dự án thiết chế công đoàn", 1, "dự án thiết chế công đoàn"),
 Q("680 căn", 680, "căn"), Q("1.095 tỷ đồng", 1095000000000, "đồng"), Q("96%", 96, "%"), Q("3 dãy nhà", 3, "dãy nhà"),
 Q("14 trường hợp", 14, "trường hợp"), Q("28 nội dung", 28, "nội dung"), Q("14 căn", 14, "căn"), Q("40 m2", 40, "m2"),
 Q("2,4 triệu đồng", 2400000, "đồng"), Q("không dưới 20%", 20, "%", "over")],
[D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, "Ban Thường trực", "Chương trình phối hợp số 05/CTr-MTTQ-BTT"),
 D("Quyết định", "655", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 655/QĐ-TTg"),
 D("Nghị định", "100", "2024/NĐ-CP", "2024-07-26", "Chính phủ", "Nghị định số 100/2024/NĐ-CP ngày 26/7/2024"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Kế hoạch", "32", "KH/TU", "2024-03-14", "Tỉnh ủy", "Kế hoạch số 32-KH/TU ngày 14/3/2024")],
[prov("Nghệ An"), com("Nghi Long"), com("Nghi Xá"), com("Quán Hành")],
["Báo Nghệ An điện tử", "Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát khảo sát khu nhà lưu trú tại xã Nghi Long. Ảnh: Thành Duy",
 "Khu kinh tế Đông Nam", "Luật Nhà ở năm 2023", "Quế Phong"],
["Thứ Năm, 10/10/2024 - 07:45", "2 ngày", "năm 2024", "1 trong 3", "tháng 9/2024", "Luật Nhà ở năm 2023"]))

PAGES.append(page("b6286-gialai-hoinghi-cutri-congnhan-2024", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị
16/05/2024 - 10:05
Đại biểu Quốc hội tiếp xúc cử tri là công nhân Khu công nghiệp Trà Đa
Chiều 15/5, Đoàn đại biểu Quốc hội tỉnh Gia Lai phối hợp Ủy ban MTTQ Việt Nam tỉnh và LĐLĐ tỉnh tổ chức hội nghị tiếp xúc cử tri là công nhân lao động tại Khu công nghiệp Trà Đa (thành phố Pleiku) trước Kỳ họp thứ 7, Quốc hội khóa XV. Hơn 250 cử tri là công nhân của 32 doanh nghiệp tham dự.
Quang cảnh hội nghị tiếp xúc cử tri.
Tham dự có các đại biểu Quốc hội: Ksor H'Bơ Khăp, Rơ Châm Thuyên; bà Siu Thị Hlin, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Đinh Văn Thịnh, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh Gia Lai.
Đại biểu Rơ Châm Thuyên thông tin về dự kiến nội dung kỳ họp, trong đó có việc xem xét dự án Luật Công đoàn (sửa đổi) và giám sát chuyên đề về thực hiện Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi và phát triển kinh tế - xã hội, trong đó có gói hỗ trợ nhà ở cho công nhân.
Cử tri nêu 19 ý kiến. Chị Nguyễn Thị Kim Thoa, công nhân Công ty CP Chế biến gỗ Đức Long, cho biết khu trọ ở phường Trà Bá có khoảng 600 công nhân, nhiều phòng chỉ 9 m2 cho 3 người ở. Anh Puih Đel, người Jrai ở làng Ia Nueng, xã Biển Hồ, hiện là công nhân Nhà máy tinh bột sắn, đề nghị có chính sách nhà ở xã hội cho lao động đồng bào dân tộc thiểu số làm việc gần buôn làng. Ông Trần Văn Long, Chủ tịch Công đoàn cơ sở Công ty TNHH Hoàng Anh Gia Lai, kiến nghị Trung ương sớm sửa quy định để Tổng Liên đoàn được đầu tư nhà ở xã hội cho đoàn viên.
Thay mặt Đoàn, bà Ksor H'Bơ Khăp, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh, tiếp thu và làm rõ: tỉnh đã phê duyệt chủ trương 3 dự án nhà ở xã hội với khoảng 1.560 căn tại Pleiku theo Kế hoạch số 1245/KH-UBND ngày 18/5/2023 của UBND tỉnh; dự án đầu tiên 420 căn dự kiến khởi công quý III/2024. LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa 128 Mái ấm Công đoàn trong giai đoạn 2019 - 2023, tổng trị giá 5,12 tỷ đồng.
Ông Đinh Văn Thịnh cho biết, thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam, công đoàn tỉnh sẽ đề xuất dành quỹ đất khoảng 2 ha tại Khu công nghiệp Trà Đa xây thiết chế công đoàn. Các ý kiến thuộc thẩm quyền Trung ương sẽ được tổng hợp gửi Ban Dân nguyện của Quốc hội; 7 ý kiến thuộc thẩm quyền của tỉnh được chuyển UBND tỉnh trả lời trước ngày 30/6.
Bà Siu Thị Hlin đề nghị Ủy ban MTTQ các xã, phường có khu trọ công nhân phối hợp công đoàn tổ chức tuyên truyền các chính sách nhà ở, hướng dẫn thủ tục để công nhân đủ điều kiện tiếp cận gói vay 120.000 tỷ đồng.
Hoàng Ngọc
Tin liên quan
- Pleiku: 100 suất quà cho công nhân nhân Tháng Công nhân (10/05/2024)
- Mặt trận tỉnh giám sát nhà ở xã hội tại Chư Sê (24/04/2024)
- Gia Lai tổng kết 5 năm phong trào "Dân vận khéo" (16/04/2024)
""", "2024-05-16", "Đại biểu Quốc hội tiếp xúc cử tri là công nhân Khu công nghiệp Trà Đa",
E("hoi_nghi", None, "2024-05-15"),
[P("Ksor H'Bơ Khăp", "đại biểu Quốc hội", "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Rơ Châm Thuyên", "đại biểu Quốc hội"),
 P("Siu Thị Hlin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thịnh", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh Gia Lai"),
 P("Nguyễn Thị Kim Thoa", "công nhân Công ty CP Chế biến gỗ Đức Long"),
 P("Puih Đel", "công nhân Nhà máy tinh bột sắn"),
 P("Trần Văn Long", "Chủ tịch Công đoàn cơ sở Công ty TNHH Hoàng Anh Gia Lai")],
[Q("Hơn 250 cử tri", 250, "cử tri", "over"), Q("32 doanh nghiệp", 32, "doanh nghiệp"), Q("19 ý kiến", 19, "ý kiến"),
 Q("khoảng 600 công nhân", 600, "công nhân", "approx"), Q("9 m2", 9, "m2"), Q("3 người", 3, "người"),
 Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"), Q("khoảng 1.560 căn", 1560, "căn", "approx"), Q("420 căn", 420, "căn"),
 Q("128 Mái ấm Công đoàn", 128, "Mái ấm Công đoàn"), Q("5,12 tỷ đồng", 5120000000, "đồng"), Q("khoảng 2 ha", 2, "ha", "approx"),
 Q("7 ý kiến", 7, "ý kiến"), Q("120.000 tỷ đồng", 120000000000000, "đồng")],
[D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", "Nghị quyết số 43/2022/QH15"),
 D("Kế hoạch", "1245", "KH-UBND", "2023-05-18", "UBND tỉnh", "Kế hoạch số 1245/KH-UBND ngày 18/5/2023"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Gia Lai"), com("Trà Bá"), com("Biển Hồ")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị", "Quang cảnh hội nghị tiếp xúc cử tri.", "Khu công nghiệp Trà Đa",
 "Luật Công đoàn (sửa đổi)", "Ban Dân nguyện", "Jrai"],
["16/05/2024 - 10:05", "Kỳ họp thứ 7", "khóa XV", "quý III/2024", "giai đoạn 2019 - 2023"]))
