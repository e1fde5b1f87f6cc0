"""holdout47 batch 2: b1091-b1096 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1091 Hà Nội 2017, Ủy ban MTTQ thành phố, giám sát
PAGES.append(page(
"b1091-hanoi-mttq-giamsat-2017",
"""
ĐẠI ĐOÀN KẾT - Cơ quan Trung ương của Ủy ban Trung ương MTTQ Việt Nam
Trang chủ > Mặt trận > Giám sát - Phản biện
11/08/2017 15:45 GMT+7
Hà Nội: Phát hiện 37 trường hợp hưởng sai chế độ người có công
(ĐĐK) - Ngày 10/8, Ban Thường trực Ủy ban MTTQ Việt Nam TP Hà Nội tổ chức hội nghị thông báo kết quả giám sát năm 2017 về việc thực hiện chính sách ưu đãi đối với người có công với cách mạng. Đồng chí Đỗ Thị Minh Nguyệt, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 12/KH-MTTQ-BTT ngày 6/3/2017 của Ban Thường trực, từ tháng 4 đến tháng 7, các đoàn giám sát đã làm việc tại 6 quận, huyện và 18 xã, phường, thị trấn; rà soát 2.346 hồ sơ. Nội dung giám sát tập trung vào việc thực hiện Pháp lệnh số 04/2012/UBTVQH13 của Ủy ban Thường vụ Quốc hội sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng, Nghị định 31/2013/NĐ-CP của Chính phủ và Quyết định 22/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở.
Theo báo cáo do đồng chí Phạm Anh Tuấn, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố trình bày, Hà Nội hiện có hơn 206.000 người có công, trong đó có 312 thương binh hạng 1/4. Năm 2016, thành phố chi trả trợ cấp đúng hạn cho 99,2% đối tượng; hỗ trợ 1.120 hộ người có công xây mới, sửa chữa nhà ở với tổng kinh phí hơn 38 tỷ đồng, mức hỗ trợ 40 triệu đồng/nhà xây mới và 20 triệu đồng/nhà sửa chữa.
Qua giám sát, đoàn đã phát hiện 37 trường hợp hưởng sai chế độ, kiến nghị thu hồi 1,26 tỷ đồng nộp ngân sách; 14 hồ sơ tồn đọng nhiều năm chưa được xem xét. Một số nơi niêm yết công khai danh sách chưa đầy đủ, việc lấy ý kiến nhân dân ở khu dân cư còn hình thức.
Tiếp thu ý kiến, bà Lê Thị Thu Trang, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết Sở đã chỉ đạo rà soát lại toàn bộ 14 hồ sơ tồn đọng, phấn đấu giải quyết xong trong quý IV. Ông Trần Văn Khải, Chủ tịch Ủy ban MTTQ phường Khương Đình (quận Thanh Xuân), chia sẻ Ban Thanh tra nhân dân phường đã kịp thời phát hiện 3 trường hợp khai man hồ sơ nhờ bám sát tổ dân phố.
Kết luận hội nghị, đồng chí Đỗ Thị Minh Nguyệt đề nghị UBND thành phố chỉ đạo xử lý dứt điểm các sai phạm, công khai kết quả để nhân dân giám sát. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Nguyễn Văn Hòa, Trần Thị Phương Hoa được giao theo dõi việc thực hiện kiến nghị sau giám sát; dự kiến Ủy ban MTTQ thành phố sẽ tái giám sát tại 3 quận, huyện có nhiều sai sót.
Hà Anh
TIN CÙNG CHUYÊN MỤC
- Phản biện dự thảo quy định về thu phí vỉa hè (09/08/2017)
- MTTQ quận Hoàng Mai giám sát 12 dự án đầu tư công (04/08/2017)
- Gặp mặt 500 thương binh, bệnh binh tiêu biểu (27/07/2017)
""",
"2017-08-11",
"Hà Nội: Phát hiện 37 trường hợp hưởng sai chế độ người có công",
E("giam_sat", "2017", "2017-08-10"),
[
    P("Đỗ Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Phạm Anh Tuấn", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
    P("Lê Thị Thu Trang", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
    P("Trần Văn Khải", "Chủ tịch Ủy ban MTTQ phường Khương Đình"),
    P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Trần Thị Phương Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
],
[
    Q("37 trường hợp hưởng sai chế độ", 37, "trường hợp hưởng sai chế độ"),
    Q("6 quận, huyện", 6, "quận, huyện"),
    Q("18 xã, phường, thị trấn", 18, "xã, phường, thị trấn"),
    Q("2.346 hồ sơ", 2346, "hồ sơ"),
    Q("hơn 206.000 người có công", 206000, "người có công", "over"),
    Q("312 thương binh", 312, "thương binh"),
    Q("99,2%", 99.2, "%"),
    Q("1.120 hộ người có công", 1120, "hộ người có công"),
    Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
    Q("40 triệu đồng", 40000000, "đồng"),
    Q("20 triệu đồng", 20000000, "đồng"),
    Q("1,26 tỷ đồng", 1260000000, "đồng"),
    Q("14 hồ sơ tồn đọng", 14, "hồ sơ tồn đọng"),
    Q("3 trường hợp", 3, "trường hợp"),
    Q("3 quận, huyện", 3, "quận, huyện"),
],
[
    D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
    D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
    D("Kế hoạch", "12", "KH-MTTQ-BTT", "2017-03-06", "Ban Thường trực", surface="Kế hoạch số 12/KH-MTTQ-BTT ngày 6/3/2017 của Ban Thường trực"),
    D("Pháp lệnh", "04", "2012/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", surface="Pháp lệnh số 04/2012/UBTVQH13 của Ủy ban Thường vụ Quốc hội"),
    D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", surface="Nghị định 31/2013/NĐ-CP của Chính phủ"),
    D("Quyết định", "22", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 22/2013/QĐ-TTg của Thủ tướng Chính phủ"),
],
[prov("Hà Nội"), com("Khương Đình")],
["ĐẠI ĐOÀN KẾT - Cơ quan Trung ương của Ủy ban Trung ương MTTQ Việt Nam", "Trang chủ > Mặt trận > Giám sát - Phản biện",
 "(ĐĐK)", "Pháp lệnh Ưu đãi người có công với cách mạng", "Ban Thanh tra nhân dân"],
["11/08/2017 15:45 GMT+7", "hạng 1/4", "quý IV", "từ tháng 4 đến tháng 7", "Năm 2016"],
))

# ---------------------------------------------------------------- b1092 Đà Nẵng 2018, Ban Dân vận Thành ủy, tổng kết
PAGES.append(page(
"b1092-danang-bdv-tongket-2018",
"""
Báo Đà Nẵng điện tử
Hôm nay: Thứ Hai, 31/12/2018
Chính trị - Xã hội › Xây dựng Đảng
Thứ Bảy, 29/12/2018, 17:10 (GMT+7)
Đồng chí Lê Văn Trung (thứ 3, từ trái sang) trao Bằng khen cho các tập thể có thành tích xuất sắc.
Dân vận chính quyền tạo chuyển biến rõ nét
ĐNĐT - Chiều 28/12, Ban Dân vận Thành ủy Đà Nẵng tổ chức hội nghị tổng kết công tác dân vận năm 2018 và triển khai nhiệm vụ năm 2019. Đồng chí Lê Văn Trung, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì. Dự hội nghị có đồng chí Trần Đình Nam, Phó Bí thư Thường trực Thành ủy; đồng chí Huỳnh Văn Hưng, Thành ủy viên, Trưởng Ban Nội chính Thành ủy.
Năm 2018, Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 16, 17-CT/TU về tăng cường công tác dân vận trong giải phóng mặt bằng và trong thực hiện chủ đề "Năm văn minh đô thị"; sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; triển khai Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư.
Toàn thành phố có 126 mô hình "Dân vận khéo" được công nhận, trong đó 42 mô hình cấp thành phố. Khối dân vận các cấp đã vận động 1.048 hộ dân bàn giao mặt bằng cho 35 dự án trọng điểm; Quỹ "Vì người nghèo" các cấp vận động được hơn 42 tỷ đồng, xây mới và sửa chữa 316 nhà Đại đoàn kết. Lãnh đạo thành phố và các quận, huyện đã tổ chức 27 cuộc đối thoại với hơn 3.500 lượt người dân; tỷ lệ hài lòng của người dân đối với dịch vụ hành chính công đạt 82,5%.
Tại hội nghị, bà Pơloong Thị Mai, người có uy tín thôn Tà Lang, xã Hòa Bắc (huyện Hòa Vang), chia sẻ việc vận động đồng bào Cơ Tu giữ rừng đầu nguồn, làm du lịch cộng đồng; đồng chí Bh'ling Mia, Bí thư Chi bộ thôn Giàn Bí, kiến nghị thành phố hỗ trợ đồng bào làm đường vào khu sản xuất. Đồng chí Nguyễn Thị Anh Thi, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Thành ủy, báo cáo kết quả khảo sát sự hài lòng của người dân tại 56 xã, phường.
Phát biểu chỉ đạo, đồng chí Trần Đình Nam đề nghị năm 2019 các cấp ủy, chính quyền tiếp tục thực hiện nghiêm Quy chế dân chủ ở cơ sở, nâng cao chất lượng tiếp xúc, đối thoại với nhân dân; khối dân vận bám sát địa bàn, nắm chắc tâm tư của người dân trong các dự án giải tỏa, không để phát sinh khiếu kiện đông người.
Dịp này, 15 tập thể và 21 cá nhân được UBND thành phố tặng Bằng khen; 18 đồng chí được Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Thanh Nhàn
Tin khác
- Hòa Vang: Đối thoại với người dân vùng dự án (24/12/2018)
- Phát huy vai trò người có uy tín trong đồng bào Cơ Tu (14/12/2018)
- Ra mắt mô hình "Khu dân cư không rác thải nhựa" (07/12/2018)
""",
"2018-12-29",
"Dân vận chính quyền tạo chuyển biến rõ nét",
E("tong_ket", "2018", "2018-12-28"),
[
    P("Lê Văn Trung", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Trần Đình Nam", "Phó Bí thư Thường trực Thành ủy"),
    P("Huỳnh Văn Hưng", "Thành ủy viên", "Trưởng Ban Nội chính Thành ủy"),
    P("Pơloong Thị Mai", "người có uy tín thôn Tà Lang"),
    P("Bh'ling Mia", "Bí thư Chi bộ thôn Giàn Bí"),
    P("Nguyễn Thị Anh Thi", "Phó Trưởng Ban Dân vận Thành ủy"),
],
[
    Q("126 mô hình", 126, "mô hình"),
    Q("42 mô hình", 42, "mô hình"),
    Q("1.048 hộ dân", 1048, "hộ dân"),
    Q("35 dự án trọng điểm", 35, "dự án trọng điểm"),
    Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
    Q("316 nhà Đại đoàn kết", 316, "nhà Đại đoàn kết"),
    Q("27 cuộc đối thoại", 27, "cuộc đối thoại"),
    Q("hơn 3.500 lượt người dân", 3500, "lượt người dân", "over"),
    Q("82,5%", 82.5, "%"),
    Q("56 xã, phường", 56, "xã, phường"),
    Q("15 tập thể", 15, "tập thể"),
    Q("21 cá nhân", 21, "cá nhân"),
    Q("18 đồng chí", 18, "đồng chí"),
],
[
    D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Thành ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Thành ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị 05-CT/TW của Bộ Chính trị"),
    D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", surface="Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư"),
],
[prov("Đà Nẵng"), com("Hòa Bắc")],
["Báo Đà Nẵng điện tử", "Chính trị - Xã hội › Xây dựng Đảng",
 "Đồng chí Lê Văn Trung (thứ 3, từ trái sang) trao Bằng khen cho các tập thể có thành tích xuất sắc.", "ĐNĐT",
 "Năm văn minh đô thị", "Dân vận khéo", "Vì người nghèo", "Vì sự nghiệp Dân vận", "Hồ Chí Minh", "Quy chế dân chủ ở cơ sở"],
["Hôm nay: Thứ Hai, 31/12/2018", "Thứ Bảy, 29/12/2018, 17:10 (GMT+7)", "thứ 3", "2 năm", "18 đồng chí", "năm 2019"],
))

# ---------------------------------------------------------------- b1093 Thừa Thiên Huế 2019, Ban Dân vận Tỉnh ủy, gặp mặt chức sắc
PAGES.append(page(
"b1093-thuathienhue-bdv-hoinghi-2019",
"""
CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ
Thứ Sáu, 13/09/2019
Trang chủ  >  Tin tức  >  Tin hoạt động
12/09/2019 4:05:00 PM
Chức sắc các tôn giáo đồng hành cùng chính quyền trong công tác an sinh
Chiều 11/9, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo năm 2019. Hơn 200 đại biểu là chức sắc, chức việc tiêu biểu của Phật giáo, Công giáo, Tin lành, Cao Đài, Phật giáo Hòa Hảo và Tịnh độ cư sĩ Phật hội Việt Nam đã tham dự.
Đồng chí Hoàng Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Hữu Thuận, Phó Chủ tịch UBND tỉnh và đồng chí Phan Thị Hồng Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo của đồng chí Lê Văn Toàn, Trưởng Ban Tôn giáo tỉnh, toàn tỉnh hiện có 6 tôn giáo được Nhà nước công nhận với hơn 440.000 tín đồ, chiếm khoảng 38% dân số, cùng 352 cơ sở thờ tự. Việc triển khai Chỉ thị 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác đối với đồng bào Công giáo trong tình hình mới và 15 năm thực hiện Nghị quyết 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo đã góp phần củng cố khối đại đoàn kết toàn dân. Từ đầu năm 2019, các tổ chức tôn giáo đã đóng góp hơn 12 tỷ đồng cho hoạt động từ thiện, trao 3.600 suất học bổng, khám bệnh, cấp thuốc miễn phí cho 15.000 lượt người.
Phát biểu tại hội nghị, Hòa thượng Thích Minh Tánh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các chùa sẽ tiếp tục mở lớp học tình thương, nấu cơm miễn phí cho bệnh nhân nghèo tại Bệnh viện Trung ương Huế. Linh mục Phanxicô Lê Văn Thư, Quản xứ giáo xứ Kim Long, đề nghị chính quyền tạo điều kiện để giáo xứ mở nhóm trẻ cho con em người lao động. Mục sư Hồ Văn Hiển, Quản nhiệm Hội thánh Tin Lành chi hội Huế, và Chánh trị sự Nguyễn Văn Tốt, Trưởng Ban Đại diện Cao Đài Tây Ninh tại Thừa Thiên Huế, bày tỏ đồng thuận với các chủ trương về bảo vệ môi trường, xây dựng nông thôn mới.
Đồng chí Hoàng Thị Ngọc Bích ghi nhận những đóng góp của chức sắc, tín đồ các tôn giáo; đề nghị các tổ chức tôn giáo tiếp tục hướng dẫn tín đồ "sống tốt đời, đẹp đạo", chấp hành Luật Tín ngưỡng, tôn giáo; cấp ủy, chính quyền các cấp thường xuyên gặp gỡ, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của chức sắc, tín đồ.
Dịp này, Ban tổ chức trao tặng 45 suất quà cho các cơ sở tôn giáo có hoạt động từ thiện tiêu biểu, mỗi suất trị giá 2 triệu đồng.
Minh Văn
Các tin khác
- Thượng tọa Thích Quảng Tường trao 300 suất quà cho người nghèo (05/09/2019)
- Tổng kết 10 năm phong trào "Dân vận khéo" (28/08/2019)
- Tọa đàm về công tác dân vận vùng giáo (16/08/2019)
""",
"2019-09-12",
"Chức sắc các tôn giáo đồng hành cùng chính quyền trong công tác an sinh",
E("hoi_nghi", "2019", "2019-09-11"),
[
    P("Hoàng Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trần Hữu Thuận", "Phó Chủ tịch UBND tỉnh"),
    P("Phan Thị Hồng Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lê Văn Toàn", "Trưởng Ban Tôn giáo tỉnh"),
    P("Thích Minh Tánh", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Phanxicô Lê Văn Thư", "Linh mục", "Quản xứ giáo xứ Kim Long"),
    P("Hồ Văn Hiển", "Mục sư", "Quản nhiệm Hội thánh Tin Lành chi hội Huế"),
    P("Nguyễn Văn Tốt", "Chánh trị sự", "Trưởng Ban Đại diện Cao Đài Tây Ninh tại Thừa Thiên Huế"),
],
[
    Q("Hơn 200 đại biểu", 200, "đại biểu", "over"),
    Q("6 tôn giáo", 6, "tôn giáo"),
    Q("hơn 440.000 tín đồ", 440000, "tín đồ", "over"),
    Q("khoảng 38%", 38, "%", "approx"),
    Q("352 cơ sở thờ tự", 352, "cơ sở thờ tự"),
    Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"),
    Q("3.600 suất học bổng", 3600, "suất học bổng"),
    Q("15.000 lượt người", 15000, "lượt người"),
    Q("45 suất quà", 45, "suất quà"),
    Q("2 triệu đồng", 2000000, "đồng"),
],
[
    D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", surface="Chỉ thị 18-CT/TW ngày 10/1/2018 của Ban Bí thư"),
    D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", surface="Nghị quyết 25-NQ/TW ngày 12/3/2003 của BCH Trung ương"),
],
[prov("Thừa Thiên Huế")],
["CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ", "Trang chủ  >  Tin tức  >  Tin hoạt động", "Cao Đài Tây Ninh",
 "Tịnh độ cư sĩ Phật hội Việt Nam", "Phật giáo Hòa Hảo", "Bệnh viện Trung ương Huế", "sống tốt đời, đẹp đạo",
 "Luật Tín ngưỡng, tôn giáo"],
["Thứ Sáu, 13/09/2019", "12/09/2019 4:05:00 PM", "15 năm", "Từ đầu năm 2019"],
))

# ---------------------------------------------------------------- b1094 Nghệ An 2019, xã Châu Kim (cổng xã), đại hội MTTQ xã
PAGES.append(page(
"b1094-nghean-xachaukim-daihoi-2019",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÂU KIM
HUYỆN QUẾ PHONG - TỈNH NGHỆ AN
Trang chủ >> Tin tức - Sự kiện >> Mặt trận - Đoàn thể
Đăng ngày: 05-06-2019 | Lượt xem: 186
Đại hội đại biểu MTTQ Việt Nam xã Châu Kim lần thứ XVI, nhiệm kỳ 2019 - 2024
Ngày 4/6/2019, Ủy ban MTTQ Việt Nam xã Châu Kim tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XVI, nhiệm kỳ 2019 - 2024. Dự đại hội có đồng chí Vi Văn Hùng, HUV, Chủ tịch Ủy ban MTTQ huyện Quế Phong; đồng chí Lô Văn Thành, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 98 đại biểu chính thức đại diện cho hơn 4.200 nhân khẩu của các bản trong xã.
Đại hội được tổ chức theo Chỉ thị số 30-CT/TW của Ban Bí thư về lãnh đạo đại hội đại biểu MTTQ Việt Nam các cấp, Hướng dẫn số 09/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 146-KH/HU của Ban Thường vụ Huyện ủy Quế Phong, là đại hội điểm của huyện.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ 2014 - 2019, Ủy ban MTTQ xã đã phối hợp các đoàn thể vận động nhân dân đồng bào Thái, Khơ Mú thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Quỹ "Vì người nghèo" vận động được 326 triệu đồng, xây mới 24 nhà Đại đoàn kết, sửa chữa 11 nhà cho hộ nghèo; 10/12 bản đạt danh hiệu "Bản văn hóa"; tỷ lệ hộ nghèo giảm từ 38,6% xuống còn 19,2%. Nhân dân đã hiến 4.500 m2 đất, đóng góp 1.260 ngày công làm đường bê tông liên bản.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XVI và cử 9 đại biểu đi dự Đại hội đại biểu MTTQ huyện Quế Phong lần thứ X. Ông Vi Văn Tình, nguyên Chủ tịch Ủy ban MTTQ xã, không tái cử do đủ tuổi nghỉ hưu.
Tại hội nghị lần thứ nhất Ủy ban MTTQ xã khóa XVI, bà Lương Thị Hoa được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Kim; các ông Moong Văn Tiến, Sầm Văn Bình được hiệp thương giữ chức Phó Chủ tịch. Ban Thường trực Ủy ban MTTQ xã gồm 5 vị.
Phát biểu chỉ đạo, đồng chí Vi Văn Hùng đề nghị Ủy ban MTTQ xã khóa mới tiếp tục phát huy vai trò người có uy tín trong các bản, làm tốt công tác giám sát, phản biện xã hội, vận động bà con không di cư tự do, không nghe theo kẻ xấu. Đại hội đã thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 với phương châm "Đoàn kết - Dân chủ - Đổi mới - Phát triển".
Dịp này, Ủy ban MTTQ tỉnh Nghệ An trao 10 suất quà cho hộ nghèo của xã, mỗi suất trị giá 300.000 đồng.
Lữ Thị Thơm (Văn phòng Đảng ủy - HĐND - UBND xã)
Tin khác
- Hội Nông dân xã Châu Kim đại hội nhiệm kỳ 2018 - 2023 (12/05/2018)
- Ra quân làm đường giao thông nông thôn bản Na Ca (20/04/2019)
- Xã Châu Kim trao 15 con bò cho hộ nghèo (02/03/2019)
""",
"2019-06-05",
"Đại hội đại biểu MTTQ Việt Nam xã Châu Kim lần thứ XVI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-04"),
[
    P("Vi Văn Hùng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
    P("Lô Văn Thành", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
    P("Vi Văn Tình", "nguyên Chủ tịch Ủy ban MTTQ xã"),
    P("Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Kim"),
    P("Moong Văn Tiến", "Phó Chủ tịch"),
    P("Sầm Văn Bình", "Phó Chủ tịch"),
],
[
    Q("98 đại biểu chính thức", 98, "đại biểu chính thức"),
    Q("hơn 4.200 nhân khẩu", 4200, "nhân khẩu", "over"),
    Q("326 triệu đồng", 326000000, "đồng"),
    Q("24 nhà Đại đoàn kết", 24, "nhà Đại đoàn kết"),
    Q("11 nhà", 11, "nhà"),
    Q("10/12 bản", 10, "bản"),
    Q("38,6%", 38.6, "%"),
    Q("19,2%", 19.2, "%"),
    Q("4.500 m2", 4500, "m2"),
    Q("1.260 ngày công", 1260, "ngày công"),
    Q("37 vị", 37, "vị"),
    Q("9 đại biểu", 9, "đại biểu"),
    Q("5 vị", 5, "vị"),
    Q("10 suất quà", 10, "suất quà"),
    Q("300.000 đồng", 300000, "đồng"),
],
[
    D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 30-CT/TW của Ban Bí thư"),
    D("Hướng dẫn", "09", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Hướng dẫn số 09/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
    D("Kế hoạch", "146", "KH/HU", None, "Ban Thường vụ Huyện ủy Quế Phong", surface="Kế hoạch số 146-KH/HU của Ban Thường vụ Huyện ủy Quế Phong"),
],
[prov("Nghệ An"), com("Châu Kim")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÂU KIM", "HUYỆN QUẾ PHONG - TỈNH NGHỆ AN", "Trang chủ >> Tin tức - Sự kiện >> Mặt trận - Đoàn thể",
 "Lượt xem: 186", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Bản văn hóa",
 "Đoàn kết - Dân chủ - Đổi mới - Phát triển", "Văn phòng Đảng ủy - HĐND - UBND xã"],
["Đăng ngày: 05-06-2019 | Lượt xem: 186", "lần thứ XVI", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "khóa XVI",
 "lần thứ X", "hội nghị lần thứ nhất"],
))

# ---------------------------------------------------------------- b1095 Hải Phòng 2020, Liên đoàn Lao động thành phố, Tết Sum vầy
PAGES.append(page(
"b1095-haiphong-ldld-traoqua-2020",
"""
BÁO HẢI PHÒNG ĐIỆN TỬ
Vị trí: Trang chủ :: Xã hội :: Công đoàn
Thứ Ba, 14/01/2020 - 10:22
Chương trình "Tết Sum vầy" năm 2020: Trao 5.200 suất quà cho công nhân lao động
Các đại biểu trao quà Tết cho công nhân có hoàn cảnh khó khăn.
(HPĐT) - Ngày 13/1, tại Nhà văn hóa công nhân phường Đông Hải 2 (quận Hải An), Liên đoàn Lao động thành phố Hải Phòng tổ chức chương trình "Tết Sum vầy" năm 2020, trao 5.200 suất quà Tết cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn, mỗi suất trị giá 800.000 đồng, tổng trị giá hơn 4,1 tỷ đồng.
Dự chương trình có đồng chí Trần Thị Lan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Hoàng Văn Quý, Thành ủy viên, Chủ tịch Liên đoàn Lao động thành phố; các đồng chí Phó Chủ tịch Liên đoàn Lao động thành phố: Phạm Văn Thịnh, Vũ Thị Thu Hương cùng đại diện lãnh đạo các doanh nghiệp trong Khu kinh tế Hải Phòng.
Thực hiện Chỉ thị số 39/CT-TTg ngày 6/12/2019 của Thủ tướng Chính phủ về việc tổ chức Tết Canh Tý năm 2020, Chỉ thị 36-CT/TU của Ban Thường vụ Thành ủy và Kế hoạch số 178/KH-LĐLĐ của Liên đoàn Lao động thành phố, năm nay các cấp Công đoàn thành phố dành hơn 15 tỷ đồng chăm lo Tết cho đoàn viên. Tại chương trình, Ban tổ chức còn trao 20 Mái ấm Công đoàn, mỗi nhà hỗ trợ 50 triệu đồng, và tặng 1.500 vé xe, tàu cho công nhân về quê đón Tết. Phiên chợ Tết Công đoàn với 40 gian hàng bán hàng bình ổn giá đã thu hút đông đảo công nhân tham gia.
Theo Liên đoàn Lao động thành phố, toàn thành phố có khoảng 320.000 công nhân lao động làm việc tại hơn 9.000 doanh nghiệp. Đến ngày 10/1, 97% doanh nghiệp đã có kế hoạch thưởng Tết; mức thưởng bình quân 6,8 triệu đồng/người, mức cao nhất 350 triệu đồng thuộc về một doanh nghiệp vốn đầu tư nước ngoài.
Xúc động khi nhận quà, chị Nguyễn Thị Mến, công nhân Công ty TNHH Giày Hải Tiến, quê ở tỉnh Thanh Hóa, chia sẻ: "Năm nay hai vợ chồng đều được Công đoàn tặng vé xe nên có thể đưa con về quê ăn Tết sớm".
Phát biểu tại chương trình, đồng chí Trần Thị Lan đề nghị các cấp Công đoàn tiếp tục làm tốt vai trò đại diện, bảo vệ quyền lợi hợp pháp của người lao động; phối hợp với người sử dụng lao động bảo đảm 100% công nhân đều có Tết, không để công nhân bị nợ lương, nợ thưởng. Đồng chí cũng đề nghị các doanh nghiệp quan tâm hơn đến nhà ở, nhà trẻ cho con công nhân.
Ngọc Hà
Tin cùng chuyên mục
- Công đoàn Khu kinh tế trao 700 suất quà Tết (10/01/2020)
- Đối thoại giữa doanh nghiệp và người lao động tại An Dương (06/01/2020)
- Hơn 300 công nhân được tặng vé tàu về quê (03/01/2020)
""",
"2020-01-14",
"Chương trình \"Tết Sum vầy\" năm 2020: Trao 5.200 suất quà cho công nhân lao động",
E("trao_qua", None, "2020-01-13"),
[
    P("Trần Thị Lan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
    P("Hoàng Văn Quý", "Thành ủy viên", "Chủ tịch Liên đoàn Lao động thành phố"),
    P("Phạm Văn Thịnh", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
    P("Vũ Thị Thu Hương", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
    P("Nguyễn Thị Mến", "công nhân Công ty TNHH Giày Hải Tiến"),
],
[
    Q("5.200 suất quà", 5200, "suất quà"),
    Q("800.000 đồng", 800000, "đồng"),
    Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"),
    Q("hơn 15 tỷ đồng", 15000000000, "đồng", "over"),
    Q("20 Mái ấm Công đoàn", 20, "Mái ấm Công đoàn"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("1.500 vé xe, tàu", 1500, "vé xe, tàu"),
    Q("40 gian hàng", 40, "gian hàng"),
    Q("khoảng 320.000 công nhân lao động", 320000, "công nhân lao động", "approx"),
    Q("hơn 9.000 doanh nghiệp", 9000, "doanh nghiệp", "over"),
    Q("97%", 97, "%"),
    Q("6,8 triệu đồng", 6800000, "đồng"),
    Q("350 triệu đồng", 350000000, "đồng"),
    Q("100% công nhân", 100, "%"),
],
[
    D("Chỉ thị", "39", "CT-TTg", "2019-12-06", "Thủ tướng Chính phủ", surface="Chỉ thị số 39/CT-TTg ngày 6/12/2019 của Thủ tướng Chính phủ"),
    D("Chỉ thị", "36", "CT/TU", None, "Ban Thường vụ Thành ủy", surface="Chỉ thị 36-CT/TU của Ban Thường vụ Thành ủy"),
    D("Kế hoạch", "178", "KH-LĐLĐ", None, "Liên đoàn Lao động thành phố", surface="Kế hoạch số 178/KH-LĐLĐ của Liên đoàn Lao động thành phố"),
],
[prov("Hải Phòng"), com("Đông Hải 2"), prov("Thanh Hóa")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Vị trí: Trang chủ :: Xã hội :: Công đoàn", "Tết Sum vầy",
 "Các đại biểu trao quà Tết cho công nhân có hoàn cảnh khó khăn.", "(HPĐT)", "Công ty TNHH Giày Hải Tiến", "Khu kinh tế Hải Phòng"],
["Thứ Ba, 14/01/2020 - 10:22", "Đông Hải 2", "Tết Canh Tý năm 2020", "Đến ngày 10/1", "hai vợ chồng"],
))

# ---------------------------------------------------------------- b1096 Gia Lai 2020, Ban Dân vận Tỉnh ủy, sơ kết 6 tháng
PAGES.append(page(
"b1096-gialai-bdv-soket-2020",
"""
BÁO GIA LAI ĐIỆN TỬ
Gia Lai, Thứ Sáu, 10/07/2020
Thời sự | Chính trị | Xây dựng Đảng
Cập nhật: 09:42, 09/07/2020 (GMT+7)
Vượt khó, giữ vững niềm tin của đồng bào trong mùa dịch
(GLO)- Sáng 8/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Rơ Châm Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đỗ Văn Thành, Ksor Y Blơm, Nguyễn Thị Mai.
6 tháng qua, khối dân vận các cấp đã tuyên truyền, vận động nhân dân thực hiện nghiêm Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về các biện pháp cấp bách phòng, chống dịch Covid-19; vận động ủng hộ công tác phòng, chống dịch hơn 27 tỷ đồng và 560 tấn gạo. Việc hỗ trợ người dân gặp khó khăn theo Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ đã đến với 112.000 lượt người, bảo đảm công khai, đúng đối tượng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, 13-CT/TU về công tác vận động đồng bào dân tộc thiểu số vùng có đạo và về xây dựng làng văn hóa; xây dựng đề án số 03-ĐA/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của người có uy tín. Khối dân vận đã vận động 48 hộ với 211 khẩu từ bỏ hoạt động "Hà Mòn", trở về sinh hoạt tôn giáo bình thường; phối hợp tổ chức 14 đợt tuyên truyền lưu động ở các xã biên giới. Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 11,4%.
Tại hội nghị, đồng chí A Sanh, HUV, Trưởng Ban Dân vận Huyện ủy Kbang, cho biết huyện đã giao đất, giao rừng cho 326 hộ đồng bào Bahnar; ông Puih Bông, người có uy tín làng Ia Lang, xã Ia Pnôn, kể chuyện vận động con cháu không nghe kẻ xấu xúi giục vượt biên. Bà Siu H'Mai, Bí thư Chi bộ làng Mook Trê, xã Ia Dơk, đề nghị tiếp tục hỗ trợ giống bò, giống cà phê cho hộ nghèo. Trung tá Rcom Klăk, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin về mô hình "Mỗi đồn biên phòng giúp đỡ 1 làng đặc biệt khó khăn".
Kết luận hội nghị, đồng chí Rơ Châm Hiếu đề nghị 6 tháng cuối năm khối dân vận tập trung vận động nhân dân góp ý dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI; tiếp tục thực hiện Kế hoạch số 284-KH/TU của Tỉnh ủy về tiếp xúc, đối thoại với nhân dân; chủ động nắm tình hình, không để phát sinh điểm nóng trong mùa mưa.
Hồng Thi
Bài viết liên quan
- Chư Prông: Đối thoại với nông dân về giá cà phê (02/07/2020)
- Người có uy tín góp sức phòng, chống dịch Covid-19 (24/06/2020)
- Tặng 1.000 suất quà cho hộ nghèo bị ảnh hưởng dịch bệnh (15/06/2020)
""",
"2020-07-09",
"Vượt khó, giữ vững niềm tin của đồng bào trong mùa dịch",
E("so_ket", "2020-H1", "2020-07-08"),
[
    P("Rơ Châm Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Đỗ Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Ksor Y Blơm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("A Sanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Kbang"),
    P("Puih Bông", "người có uy tín làng Ia Lang"),
    P("Siu H'Mai", "Bí thư Chi bộ làng Mook Trê"),
    P("Rcom Klăk", "Trung tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
],
[
    Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"),
    Q("560 tấn gạo", 560, "tấn"),
    Q("112.000 lượt người", 112000, "lượt người"),
    Q("48 hộ", 48, "hộ"),
    Q("211 khẩu", 211, "khẩu"),
    Q("14 đợt tuyên truyền lưu động", 14, "đợt tuyên truyền lưu động"),
    Q("11,4%", 11.4, "%"),
    Q("326 hộ đồng bào Bahnar", 326, "hộ đồng bào Bahnar"),
],
[
    D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"),
    D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 12, 13-CT/TU"),
    D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 12, 13-CT/TU"),
    D("Đề án", "03", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", surface="đề án số 03-ĐA/TU của Ban Thường vụ Tỉnh ủy"),
    D("Kế hoạch", "284", "KH/TU", None, "Tỉnh ủy", surface="Kế hoạch số 284-KH/TU của Tỉnh ủy"),
],
[prov("Gia Lai"), com("Ia Pnôn"), com("Ia Dơk")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Xây dựng Đảng", "(GLO)", "Hà Mòn",
 "Mỗi đồn biên phòng giúp đỡ 1 làng đặc biệt khó khăn", "Covid-19"],
["Gia Lai, Thứ Sáu, 10/07/2020", "Cập nhật: 09:42, 09/07/2020 (GMT+7)", "Covid-19", "6 tháng đầu năm",
 "6 tháng cuối năm 2020", "lần thứ XVI", "1 làng"],
))
