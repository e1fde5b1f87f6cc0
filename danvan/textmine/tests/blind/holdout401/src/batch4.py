from lib import *
PAGES = []

PAGES.append(page("b9599-tuyenquang-xa-lungcu-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Cơ sở
Thứ Năm, 17/07/2025 - 14:35
Xã Lũng Cú: khối Mặt trận, đoàn thể vào cuộc ngay sau sắp xếp
Ngày 16/7, Đảng ủy xã Lũng Cú (tỉnh Tuyên Quang) tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các đoàn thể 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của Đảng bộ xã sau khi xã Lũng Cú mới được thành lập trên cơ sở sáp nhập các xã Lũng Cú, Ma Lé, Lũng Táo và vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025.
Đồng chí Vàng Mí Sính, Bí thư Đảng ủy xã chủ trì. Dự hội nghị có đồng chí Nguyễn Thị Thu Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang; đồng chí Lầu Thị Dợ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Vàng Mí Sính phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận các xã cũ đã vận động nhân dân hiến 4.200 m2 đất, góp 1.860 ngày công làm 5,4 km đường bê tông; hỗ trợ xóa 127 căn nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát". Các thôn đã tổ chức 96 buổi tuyên truyền về sắp xếp đơn vị hành chính, đồng thuận của nhân dân đạt 98,6%.
Xã Lũng Cú mới có 38 thôn, 5.842 hộ, trong đó 92% là đồng bào Mông. Ủy ban MTTQ xã đã kiện toàn theo Kết luận số 163-KL/TW của Bộ Chính trị và Hướng dẫn số 04-HD/BTGDVTU ngày 02/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy; các tổ chức chính trị - xã hội trở thành tổ chức thành viên trực thuộc Mặt trận.
Tại hội nghị, ông Sùng Chúa Già, người có uy tín thôn Lô Lô Chải, cho biết bà con trong thôn đồng tình với việc sáp nhập, không ai tin lời kẻ xấu xuyên tạc. Bà Ly Thị Sai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, nêu kinh nghiệm giữ nếp sinh hoạt chi hội phụ nữ trong những ngày đầu sắp xếp. Ông Giàng Mí Chứ, Trưởng thôn Séo Lủng, đề nghị xã bố trí điểm tiếp dân ở cụm thôn xa trung tâm.
Hội nghị cũng chỉ ra khó khăn: địa bàn xã rộng, nhiều thôn cách trụ sở trên 20 km; đội ngũ cán bộ làm công tác dân vận vừa kiện toàn, còn lúng túng; trang thiết bị chưa đồng bộ.
Kết luận hội nghị, đồng chí Vàng Mí Sính yêu cầu 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; triển khai Quy chế phối hợp số 01-QC/ĐU-MTTQ giữa Đảng ủy và Ủy ban MTTQ xã; phấn đấu giảm ít nhất 6% hộ nghèo trong năm.
Dịp này, Đảng ủy xã biểu dương 4 tập thể, 7 cá nhân có thành tích trong vận động nhân dân thực hiện sắp xếp đơn vị hành chính.
Mai Thông
Lượt xem: 812
Tin liên quan
- Lũng Cú ra mắt chính quyền địa phương hai cấp (01/07/2025)
- Trao 200 suất quà cho học sinh nghèo vùng cao (10/06/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 7 (08/07/2025)
""", "2025-07-17", "Xã Lũng Cú: khối Mặt trận, đoàn thể vào cuộc ngay sau sắp xếp",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Vàng Mí Sính", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Lầu Thị Dợ", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Chúa Già", "người có uy tín thôn Lô Lô Chải"),
 P("Ly Thị Sai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Giàng Mí Chứ", "Trưởng thôn Séo Lủng")],
[Q("4.200 m2", 4200, "m2"), Q("1.860 ngày công", 1860, "ngày công"), Q("5,4 km", 5.4, "km"),
 Q("127 căn nhà tạm, nhà dột nát", 127, "căn nhà tạm, nhà dột nát"), Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"),
 Q("98,6%", 98.6, "%"), Q("38 thôn", 38, "thôn"), Q("5.842 hộ", 5842, "hộ"), Q("92%", 92, "%"), Q("trên 20 km", 20, "km", "over"),
 Q("ít nhất 6%", 6, "%", "over"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Kết luận", "163", "KL/TW", None, "Bộ Chính trị", "Kết luận số 163-KL/TW của Bộ Chính trị"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2025-07-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 02/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 D("Quy chế phối hợp", "01", "QC/ĐU-MTTQ", None, None, "Quy chế phối hợp số 01-QC/ĐU-MTTQ")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Ma Lé"), com("Lũng Táo")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Cơ sở", "Đồng chí Vàng Mí Sính phát biểu kết luận hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 812"],
["Thứ Năm, 17/07/2025 - 14:35", "6 tháng đầu năm 2025", "6 tháng cuối năm", "hai cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 812"]))

PAGES.append(page("b9600-lamdong-giamsat-xa-quangson-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÂM ĐỒNG
Trang chủ › Hoạt động › Kiểm tra - Giám sát
08:15 | 14/10/2025
Giám sát công tác dân vận và thi đua, khen thưởng tại Đảng ủy xã Quảng Sơn
Ngày 13/10/2025, Đoàn giám sát số 7 của Ban Thường vụ Tỉnh ủy Lâm Đồng do đồng chí K'Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn, đã giám sát Đảng ủy xã Quảng Sơn về việc lãnh đạo công tác dân vận, công tác thi đua, khen thưởng trong khối Mặt trận, đoàn thể.
Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Quảng Sơn.
Cuộc giám sát được thực hiện theo Quyết định số 215-QĐ/TU ngày 26/9/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 38-KH/TU về giám sát chuyên đề năm 2025. Tham gia đoàn có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Đạt, Ka Thị Hồng Nhung.
Báo cáo của Đảng ủy xã do đồng chí Điểu Thị Nhàn, Bí thư Đảng ủy xã Quảng Sơn trình bày cho biết, xã mới được thành lập trên cơ sở sáp nhập xã Quảng Sơn và xã Quảng Hòa (tỉnh Đắk Nông cũ), có 24 bon, thôn với 6.420 hộ, trong đó đồng bào M'nông chiếm 38%. Sau 3 tháng vận hành, Đảng ủy xã đã ban hành Nghị quyết số 06-NQ/ĐU về công tác dân vận và Quy chế phối hợp số 02-QC/ĐU-MTTQ với Ủy ban MTTQ Việt Nam xã.
Khối Mặt trận, đoàn thể xã đã vận động nhân dân đóng góp 1,16 tỷ đồng sửa chữa 9 nhà văn hóa bon; tiếp nhận 43 kiến nghị, đã giải quyết 39 kiến nghị. Trong 9 tháng năm 2025, các cấp đã khen thưởng 21 tập thể, 58 cá nhân; trong đó có 11 người có uy tín trong đồng bào dân tộc thiểu số.
Qua giám sát, đoàn đánh giá Đảng ủy xã đã quan tâm lãnh đạo công tác dân vận ngay sau sắp xếp; song một số nội dung còn hạn chế: việc bình xét khen thưởng ở một số bon chưa công khai; hồ sơ khen thưởng 6 trường hợp còn thiếu thủ tục; chưa xây dựng được quy chế khen thưởng riêng cho tổ dân vận bon.
Tại buổi làm việc, ông Y Đoan, người có uy tín bon Bu Dăr, kiến nghị duy trì phụ cấp cho già làng sau sáp nhập. Bà Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị bố trí kinh phí khen thưởng cho các chi hội.
Kết luận buổi giám sát, đồng chí K'Bình đề nghị Đảng ủy xã khắc phục ngay các hạn chế trước ngày 30/11/2025, thực hiện đúng Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; chú trọng khen thưởng người trực tiếp lao động, người dân tộc thiểu số.
K'Thành
Lượt xem: 467
Tin liên quan
- Giám sát Đảng ủy phường Bảo Lộc 1 (06/10/2025)
- Phan Thiết: biểu dương 30 mô hình dân vận khéo (29/09/2025)
- Đức Trọng: trao 150 phần quà cho hộ nghèo (15/09/2025)
""", "2025-10-14", "Giám sát công tác dân vận và thi đua, khen thưởng tại Đảng ủy xã Quảng Sơn",
E("giam_sat", None, "2025-10-13"),
[P("K'Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Nguyễn Văn Đạt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Nhàn", "Bí thư Đảng ủy xã Quảng Sơn"),
 P("Y Đoan", "người có uy tín bon Bu Dăr"),
 P("Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("24 bon, thôn", 24, "bon, thôn"), Q("6.420 hộ", 6420, "hộ"), Q("38%", 38, "%"), Q("1,16 tỷ đồng", 1160000000, "đồng"),
 Q("9 nhà văn hóa bon", 9, "nhà văn hóa bon"), Q("43 kiến nghị", 43, "kiến nghị"), Q("39 kiến nghị", 39, "kiến nghị"),
 Q("21 tập thể", 21, "tập thể"), Q("58 cá nhân", 58, "cá nhân"), Q("11 người có uy tín", 11, "người có uy tín"),
 Q("6 trường hợp", 6, "trường hợp")],
[D("Quyết định", "215", "QĐ/TU", "2025-09-26", "Ban Thường vụ Tỉnh ủy", "Quyết định số 215-QĐ/TU ngày 26/9/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "38", "KH/TU", None, None, "Kế hoạch số 38-KH/TU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 06-NQ/ĐU"),
 D("Quy chế phối hợp", "02", "QC/ĐU-MTTQ", None, "Đảng ủy xã", "Quy chế phối hợp số 02-QC/ĐU-MTTQ"),
 D("Nghị định", "98", "2023/NĐ-CP", "2023-12-31", "Chính phủ", "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Quảng Hòa"), prov("Đắk Nông")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÂM ĐỒNG", "Trang chủ › Hoạt động › Kiểm tra - Giám sát",
 "Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Quảng Sơn.", "Luật Thi đua, khen thưởng", "Lượt xem: 467"],
["08:15 | 14/10/2025", "Đoàn giám sát số 7", "3 tháng", "9 tháng năm 2025", "năm 2025", "năm 2022", "30/11/2025", "Lượt xem: 467"]))

PAGES.append(page("b9601-vinhlong-xa-tapson-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự > Chính trị > Cơ sở
19/12/2025 | 16:30
Xã Tập Sơn khen thưởng 40 tập thể, cá nhân tiêu biểu năm đầu vận hành chính quyền hai cấp
Sáng 18/12, Đảng ủy xã Tập Sơn, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và đoàn thể năm 2025. Dự hội nghị có đồng chí Thạch Thị Sa Phone, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Kim Văn Chanh, Bí thư Đảng ủy xã Tập Sơn; đồng chí Trương Thị Ngọc Hà, Phó Bí thư Thường trực Đảng ủy xã.
Đồng chí Thạch Thị Sa Phone trao giấy khen cho các tập thể.
Xã Tập Sơn mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Tập Sơn, Tân Sơn và Ngãi Xuyên (huyện Trà Cú, tỉnh Trà Vinh cũ), có 27 ấp với 10.460 hộ, đồng bào Khmer chiếm hơn 62% dân số. Sau 6 tháng vận hành chính quyền địa phương hai cấp, tình hình an ninh, trật tự ổn định, nhân dân đồng thuận.
Theo báo cáo do đồng chí Sơn Văn Sóc, Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày, năm 2025 khối dân vận đã vận động xây mới, sửa chữa 214 căn nhà cho hộ nghèo, hộ cận nghèo với tổng kinh phí 9,6 tỷ đồng; 22 chùa Phật giáo Nam tông Khmer tham gia vận động phật tử giữ gìn an ninh trật tự. Xã thực hiện Nghị quyết 01, 02-NQ/ĐU của Ban Chấp hành Đảng bộ xã về công tác dân vận và về xây dựng xã nông thôn mới nâng cao giai đoạn 2025 - 2030.
Đảng ủy xã đã tổ chức 4 cuộc đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân, tiếp nhận 57 ý kiến, kiến nghị; đã trả lời, giải quyết 52 ý kiến. Mô hình "Sóc Khmer văn minh, không có tội phạm" được nhân rộng ra 9 ấp; 120 hộ dân tộc Khmer thoát nghèo.
Tại hội nghị, Hòa thượng Thạch Sô Phal, trụ trì chùa Ô Chích, phát biểu về việc nhà chùa mở 12 lớp dạy chữ Khmer hè cho 340 học sinh. Bà Kim Thị Sóc Kha, Bí thư Chi bộ kiêm Trưởng ấp Đại Mong, chia sẻ cách vận động 18 hộ hiến đất làm đường.
Hội nghị cũng chỉ ra hạn chế: bộ phận tiếp nhận, xử lý kiến nghị của người dân còn thiếu người; sinh hoạt tổ dân vận ở một số ấp xa còn gián đoạn sau sáp nhập.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sa Phone đề nghị năm 2026 Đảng ủy xã tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Kết luận số 120-KL/TW ngày 07/1/2025 của Bộ Chính trị; phát huy vai trò người có uy tín, sư sãi, achar trong vận động đồng bào.
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 15 tập thể và 25 cá nhân tiêu biểu trong công tác dân vận năm 2025.
Hữu Thọ
Lượt xem: 538
Tin liên quan
- Tập Sơn ra mắt Ủy ban MTTQ Việt Nam xã (05/07/2025)
- Trao 300 suất quà Tết Chôl Chnăm Thmây (10/04/2025)
- Đại hội Đảng bộ xã Tập Sơn lần thứ I (20/08/2025)
""", "2025-12-19", "Xã Tập Sơn khen thưởng 40 tập thể, cá nhân tiêu biểu năm đầu vận hành chính quyền hai cấp",
E("tong_ket", "2025", "2025-12-18"),
[P("Thạch Thị Sa Phone", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Văn Chanh", "Bí thư Đảng ủy xã Tập Sơn"),
 P("Trương Thị Ngọc Hà", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Sơn Văn Sóc", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sô Phal", "Hòa thượng", "trụ trì chùa Ô Chích"),
 P("Kim Thị Sóc Kha", "Bí thư Chi bộ kiêm Trưởng ấp Đại Mong")],
[Q("40 tập thể, cá nhân tiêu biểu", 40, "tập thể, cá nhân tiêu biểu"), Q("27 ấp", 27, "ấp"), Q("10.460 hộ", 10460, "hộ"),
 Q("hơn 62%", 62, "%", "over"), Q("214 căn nhà", 214, "căn nhà"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("22 chùa Phật giáo Nam tông Khmer", 22, "chùa Phật giáo Nam tông Khmer"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
 Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("52 ý kiến", 52, "ý kiến"), Q("9 ấp", 9, "ấp"),
 Q("120 hộ dân tộc Khmer", 120, "hộ dân tộc Khmer"), Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"),
 Q("340 học sinh", 340, "học sinh"), Q("18 hộ", 18, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Nghị quyết", "01", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư"),
 D("Kết luận", "120", "KL/TW", "2025-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 07/1/2025 của Bộ Chính trị")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Tân Sơn"), com("Ngãi Xuyên"), prov("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự > Chính trị > Cơ sở", "Đồng chí Thạch Thị Sa Phone trao giấy khen cho các tập thể.",
 "Sóc Khmer văn minh, không có tội phạm", "Lượt xem: 538"],
["19/12/2025 | 16:30", "hai cấp", "6 tháng", "năm 2025", "năm 2026", "giai đoạn 2025 - 2030", "Lượt xem: 538"]))

PAGES.append(page("b9602-angiang-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ | Tin tức | Dân vận | Thi đua - Khen thưởng
Thứ Ba, 13/01/2026 - 10:05
Ảnh: Các cá nhân nhận Kỷ niệm chương "Vì sự nghiệp Dân vận".
Công tác dân vận An Giang triển khai nhiệm vụ năm 2026
Ngày 12/01/2026, tại phường Rạch Giá, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, năm đầu tiên sau hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Đồng chí Danh Út Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Hồ Văn Thừa, Phó Bí thư Tỉnh ủy.
Báo cáo do đồng chí Chau Thị Sóc Pha, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết, năm 2025 khối dân vận đã làm tốt công tác tư tưởng trong quá trình sắp xếp 102 xã, phường, đặc khu theo mô hình chính quyền hai cấp; tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 05-QĐi/TU ngày 20/8/2025 về chức năng, nhiệm vụ của Ban và Chỉ thị 09, 10-CT/TU về công tác dân vận ở đặc khu Phú Quốc và vùng đồng bào Khmer, Chăm.
Các cấp đã tổ chức 1.528 cuộc tiếp xúc, đối thoại; tiếp nhận 3.460 ý kiến, kiến nghị, giải quyết 3.112 ý kiến. Toàn tỉnh hoàn thành xóa 4.860 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, tổng kinh phí khoảng 290 tỷ đồng. Phong trào "Dân vận khéo" năm 2025 có 2.184 mô hình, 350 mô hình tiêu biểu cấp tỉnh được công nhận.
Tại hội nghị, đồng chí Néang Sa Thi, Bí thư Đảng ủy xã Tri Tôn, trình bày tham luận vận động đồng bào Khmer hiến 12 ha đất làm kênh thủy lợi. Ông Haji Mohamad Ly, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, chia sẻ việc vận động bà con Chăm xã Châu Phong phát triển du lịch làng nghề dệt. Bà Dương Thị Bé Năm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin kết quả vận động Quỹ "Vì người nghèo" được 168,5 tỷ đồng.
Hội nghị chỉ rõ hạn chế: công tác nắm tình hình ở đặc khu và các xã mới hợp nhất còn chưa đều; tổ chức bộ máy làm công tác dân vận ở cấp xã còn thiếu cán bộ có kinh nghiệm; công tác khen thưởng một số nơi chậm.
Phát biểu chỉ đạo, đồng chí Hồ Văn Thừa yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; thực hiện Quyết định số 304-QĐ/TW ngày 12/6/2025 của Ban Bí thư về Quy chế công tác dân vận của hệ thống chính trị; chủ động vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI.
Dịp này, 44 cá nhân được trao Kỷ niệm chương "Vì sự nghiệp Dân vận"; UBND tỉnh tặng Bằng khen cho 18 tập thể, 24 cá nhân; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 36 tập thể, 52 cá nhân.
Phương Lan
Lượt xem: 1.926
Tin liên quan
- Phú Quốc tổng kết công tác dân vận năm 2025 (08/01/2026)
- Trao 1.000 phần quà Tết cho đồng bào Khmer (06/01/2026)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang (01/07/2025)
""", "2026-01-13", "Công tác dân vận An Giang triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-12"),
[P("Danh Út Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Thừa", "Phó Bí thư Tỉnh ủy"),
 P("Chau Thị Sóc Pha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Néang Sa Thi", "Bí thư Đảng ủy xã Tri Tôn"),
 P("Haji Mohamad Ly", "Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Dương Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("1.528 cuộc tiếp xúc, đối thoại", 1528, "cuộc tiếp xúc, đối thoại"),
 Q("3.460 ý kiến, kiến nghị", 3460, "ý kiến, kiến nghị"), Q("3.112 ý kiến", 3112, "ý kiến"),
 Q("4.860 căn nhà tạm, nhà dột nát", 4860, "căn nhà tạm, nhà dột nát"), Q("khoảng 290 tỷ đồng", 290000000000, "đồng", "approx"),
 Q("2.184 mô hình", 2184, "mô hình"), Q("350 mô hình tiêu biểu cấp tỉnh", 350, "mô hình tiêu biểu cấp tỉnh"), Q("12 ha", 12, "ha"),
 Q("168,5 tỷ đồng", 168500000000, "đồng"), Q("44 cá nhân", 44, "cá nhân"), Q("18 tập thể", 18, "tập thể"), Q("24 cá nhân", 24, "cá nhân"),
 Q("36 tập thể", 36, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Quy định", "05", "QĐi/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐi/TU ngày 20/8/2025"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Quyết định", "304", "QĐ/TW", "2025-06-12", "Ban Bí thư", "Quyết định số 304-QĐ/TW ngày 12/6/2025 của Ban Bí thư")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Châu Phong")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ | Tin tức | Dân vận | Thi đua - Khen thưởng",
 "Ảnh: Các cá nhân nhận Kỷ niệm chương \"Vì sự nghiệp Dân vận\".", "Dân vận khéo", "Vì người nghèo", "Vì sự nghiệp Dân vận",
 "Nghị quyết Đại hội XIV của Đảng", "Lượt xem: 1.926"],
["Thứ Ba, 13/01/2026 - 10:05", "năm 2025", "năm 2026", "hai cấp", "31/8/2025", "lần thứ I", "khóa XVI", "Lượt xem: 1.926"]))

PAGES.append(page("b9603-dongnai-phuong-binhphuoc-bieuduong-2025", """
Cổng thông tin điện tử phường Bình Phước - tỉnh Đồng Nai
Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể
Ngày đăng 09/01/2026 | 15:10
Phường Bình Phước biểu dương 28 mô hình, điển hình "Dân vận khéo"
Chiều 08/01/2026, Đảng ủy phường Bình Phước tổ chức Hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2025. Dự hội nghị có đồng chí Nguyễn Thị Kim Loan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai; đồng chí Điểu Minh Tâm, Bí thư Đảng ủy phường; đồng chí Lê Quốc Việt, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Đồng chí Nguyễn Thị Kim Loan trao giấy khen cho các điển hình.
Phường Bình Phước được thành lập trên cơ sở sáp nhập các phường Tân Phú, Tân Đồng, Tân Bình và xã Tiến Hưng (thành phố Đồng Xoài, tỉnh Bình Phước cũ). Năm 2025, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch số 14-KH/ĐU ngày 15/8/2025 về phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030 và Hướng dẫn số 03-HD/ĐU về tiêu chí công nhận mô hình.
Theo báo cáo của đồng chí Trần Thị Mỹ Dung, Trưởng Ban Xây dựng Đảng Đảng ủy phường, sau 6 tháng phát động, toàn phường có 64 mô hình đăng ký, 41 mô hình được công nhận cấp phường. Từ các mô hình, nhân dân đóng góp trên 2,8 tỷ đồng chỉnh trang 18 tuyến hẻm, lắp 1.260 bóng đèn chiếu sáng; vận động 35 doanh nghiệp nhận đỡ đầu 72 học sinh nghèo, mỗi em 1 triệu đồng/tháng.
Các mô hình tiêu biểu được giới thiệu tại hội nghị gồm: "Khu phố không rác thải nhựa" của khu phố Tân Trà; "Camera an ninh - vì cộng đồng" của khu phố Phú Thanh với 86 camera; "Mái ấm cho người S'tiêng" của Chi hội phụ nữ ấp Bưng Đĩa. Bà Thị Rơi, người có uy tín ấp Bưng Đĩa, chia sẻ việc vận động 23 hộ đồng bào S'tiêng đưa con em trở lại trường.
Ông Phạm Văn Lâm, Trưởng khu phố Tân Trà, kể lại hành trình vận động 146 hộ dân cùng phân loại rác tại nguồn, giảm 40% lượng rác thải ra môi trường. Chị Điểu Thị Hường, Bí thư Đoàn phường, giới thiệu đội hình thanh niên tình nguyện hỗ trợ người dân làm thủ tục hành chính trực tuyến với 2.300 lượt người được hướng dẫn.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Kim Loan đánh giá cao phường Bình Phước dù mới thành lập đã sớm triển khai phong trào, đề nghị phường tiếp tục thực hiện Kết luận số 120-KL/TW của Bộ Chính trị, chú trọng nhân rộng mô hình gắn với phát triển đô thị văn minh.
Dịp này, Đảng ủy phường tặng giấy khen cho 28 mô hình, điển hình "Dân vận khéo" tiêu biểu năm 2025, mỗi mô hình kèm tiền thưởng 2 triệu đồng.
Bảo Ngọc
Lượt xem: 372
Tin liên quan
- Phường Bình Phước tổng kết công tác Mặt trận năm 2025 (05/01/2026)
- Trao 250 phần quà Tết cho hộ khó khăn (28/12/2025)
- Hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân (15/11/2025)
""", "2026-01-09", "Phường Bình Phước biểu dương 28 mô hình, điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2025", "2026-01-08"),
[P("Nguyễn Thị Kim Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Điểu Minh Tâm", "Bí thư Đảng ủy phường"),
 P("Lê Quốc Việt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Thị Mỹ Dung", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Thị Rơi", "người có uy tín ấp Bưng Đĩa"),
 P("Phạm Văn Lâm", "Trưởng khu phố Tân Trà"),
 P("Điểu Thị Hường", "Bí thư Đoàn phường")],
[Q("28 mô hình, điển hình", 28, "mô hình, điển hình"), Q("64 mô hình", 64, "mô hình"), Q("41 mô hình", 41, "mô hình"),
 Q("trên 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("18 tuyến hẻm", 18, "tuyến hẻm"), Q("1.260 bóng đèn chiếu sáng", 1260, "bóng đèn chiếu sáng"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("72 học sinh nghèo", 72, "học sinh nghèo"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("86 camera", 86, "camera"), Q("23 hộ đồng bào S'tiêng", 23, "hộ đồng bào S'tiêng"), Q("146 hộ dân", 146, "hộ dân"),
 Q("40%", 40, "%"), Q("2.300 lượt người", 2300, "lượt người"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "14", "KH/ĐU", "2025-08-15", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 14-KH/ĐU ngày 15/8/2025"),
 D("Hướng dẫn", "03", "HD/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Hướng dẫn số 03-HD/ĐU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW của Bộ Chính trị")],
[prov("Đồng Nai"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"), com("Tiến Hưng"), prov("Bình Phước")],
["Cổng thông tin điện tử phường Bình Phước - tỉnh Đồng Nai", "Tin tức - Sự kiện / Hoạt động Mặt trận, đoàn thể",
 "Đồng chí Nguyễn Thị Kim Loan trao giấy khen cho các điển hình.", "Dân vận khéo", "Khu phố không rác thải nhựa",
 "Camera an ninh - vì cộng đồng", "Mái ấm cho người S'tiêng", "Lượt xem: 372"],
["Ngày đăng 09/01/2026 | 15:10", "năm 2025", "giai đoạn 2025 - 2030", "6 tháng", "Lượt xem: 372"]))

PAGES.append(page("b9604-gialai-chandung-bithu-chibo-2026", """
BÁO GIA LAI ĐIỆN TỬ          Chủ Nhật, 08/03/2026
Trang chủ » Xã hội » Gương sáng
Ngày đăng: 06/03/2026 | 07:30
Chị Đinh Thị Hlía (bìa phải) trò chuyện với bà con làng Vố.
Người nữ Bí thư chi bộ "nói dân nghe, làm dân tin" ở làng Vố
(GLO) - Đầu năm 2026, chị Đinh Thị Hlía, Bí thư Chi bộ làng Vố, xã An Lão, tỉnh Gia Lai, là một trong 12 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác dân vận năm 2025. Với bà con người Bahnar trong làng, chị là "cái chìa khóa" mở mọi việc khó.
Làng Vố có 86 hộ với 372 nhân khẩu, hầu hết là đồng bào Bahnar. Gần 10 năm trước, làng còn 61% hộ nghèo, nhiều gia đình vẫn giữ tập tục làm nhà sát chuồng gia súc. Từ khi được bầu làm Bí thư Chi bộ năm 2017, chị Hlía đi từng nhà, ngồi bên bếp lửa trò chuyện, vận động bà con làm chuồng xa nhà, cho con đi học đầy đủ.
"Mình nói mà không làm thì dân không nghe. Mình làm trước, dân thấy được thì dân theo", chị Hlía kể. Chị là người đầu tiên trong làng trồng 2 ha keo và nuôi 10 con bò theo hướng bán chăn thả. Ba năm sau, 47 hộ trong làng làm theo. Đến cuối năm 2025, tỷ lệ hộ nghèo của làng chỉ còn 8,1%.
Năm 2025, khi xã An Lão mới được thành lập trên cơ sở sáp nhập thị trấn An Lão và các xã An Hòa, An Tân (huyện An Lão, tỉnh Bình Định cũ), chị Hlía được Đảng ủy xã giao thêm nhiệm vụ tổ trưởng tổ dân vận cụm làng. Chị cùng tổ vận động 32 hộ hiến hơn 6.000 m2 đất làm đường bê tông dài 1,8 km nối làng Vố với trung tâm xã; nhân dân góp thêm 420 ngày công.
Ông Đinh Văn Bi, già làng làng Vố, nhận xét: "Hlía còn trẻ nhưng bà con ai cũng quý. Việc gì khó, làng đều hỏi Hlía". Đồng chí Trần Ngọc Phương, Bí thư Đảng ủy xã An Lão, cho biết chi bộ làng Vố nhiều năm liền hoàn thành xuất sắc nhiệm vụ; mô hình "Chuồng trại xa nhà, làng sạch, nhà đẹp" của chi bộ được Ban Tuyên giáo và Dân vận Tỉnh ủy chọn biểu dương trong đợt tôn vinh 150 mô hình tiêu biểu "Dân vận khéo" của tỉnh.
Theo đồng chí Đinh Thị Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, phong trào thi đua của xã thực hiện theo Kế hoạch số 22-KH/ĐU ngày 05/9/2025 của Ban Thường vụ Đảng ủy xã; năm 2025 xã có 9 tập thể, 16 cá nhân được khen thưởng các cấp, trong đó người đồng bào dân tộc thiểu số chiếm 60%.
Chị Hlía chia sẻ mong muốn năm 2026 đưa làng Vố đạt chuẩn làng nông thôn mới, có thêm nhiều con em đồng bào học lên đại học.
Ngọc Minh
Lượt xem: 965
Tin liên quan
- Gia Lai tổng kết công tác dân vận năm 2025 (14/01/2026)
- An Lão trao 300 phần quà Tết cho đồng bào Bahnar (05/02/2026)
- Tôn vinh 150 mô hình "Dân vận khéo" tiêu biểu (15/01/2026)
""", "2026-03-06", "Người nữ Bí thư chi bộ \"nói dân nghe, làm dân tin\" ở làng Vố",
E("khac", None, None),
[P("Đinh Thị Hlía", "Bí thư Chi bộ làng Vố", "tổ trưởng tổ dân vận cụm làng"),
 P("Đinh Văn Bi", "già làng làng Vố"),
 P("Trần Ngọc Phương", "Bí thư Đảng ủy xã An Lão"),
 P("Đinh Thị Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão")],
[Q("12 cá nhân", 12, "cá nhân"), Q("86 hộ", 86, "hộ"), Q("372 nhân khẩu", 372, "nhân khẩu"), Q("61%", 61, "%"),
 Q("2 ha", 2, "ha"), Q("10 con bò", 10, "con bò"), Q("47 hộ", 47, "hộ"), Q("8,1%", 8.1, "%"), Q("32 hộ", 32, "hộ"),
 Q("hơn 6.000 m2", 6000, "m2", "over"), Q("1,8 km", 1.8, "km"), Q("420 ngày công", 420, "ngày công"),
 Q("150 mô hình tiêu biểu", 150, "mô hình tiêu biểu"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân"),
 Q("60%", 60, "%")],
[D("Kế hoạch", "22", "KH/ĐU", "2025-09-05", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 22-KH/ĐU ngày 05/9/2025 của Ban Thường vụ Đảng ủy xã")],
[prov("Gia Lai"), com("An Lão"), com("An Hòa"), com("An Tân"), prov("Bình Định")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ » Xã hội » Gương sáng", "Chị Đinh Thị Hlía (bìa phải) trò chuyện với bà con làng Vố.", "(GLO)",
 "nói dân nghe, làm dân tin", "Chuồng trại xa nhà, làng sạch, nhà đẹp", "Dân vận khéo", "Lượt xem: 965"],
["Chủ Nhật, 08/03/2026", "Ngày đăng: 06/03/2026 | 07:30", "năm 2025", "năm 2026", "năm 2017", "Gần 10 năm", "Ba năm", "Lượt xem: 965"]))
