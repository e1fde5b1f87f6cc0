from lib import *
PAGES = []

PAGES.append(page("b2417-quangnam-bdv-giaoban-q1-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ / Tin hoạt động / Dân vận miền núi
06/04/2022 06:30
Đồng chí Alăng Thị Bé chủ trì buổi giao ban.
Phát huy già làng, trưởng bản giữ bình yên vùng biên
Ngày 5/4, tại huyện Tây Giang, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Bộ Chỉ huy Bộ đội Biên phòng và Công an tỉnh tổ chức giao ban công tác vận động quần chúng tham gia bảo vệ an ninh vùng biên giới quý I/2022. Đồng chí Alăng Thị Bé, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, chủ trì.
Theo báo cáo, quý I/2022, lực lượng biên phòng và công an các xã biên giới đã phối hợp tuần tra 126 lượt trên tuyến biên giới dài hơn 142 km; phát hiện, xử lý 9 vụ, 14 đối tượng xuất nhập cảnh trái phép, 2 vụ vận chuyển trái phép chất ma túy với 0,8 kg ma túy đá. 31 tổ tự quản đường biên, cột mốc với 318 thành viên duy trì sinh hoạt đều; 12 thôn có camera an ninh do người dân góp tiền lắp đặt.
Các đồng chí Phó Chủ tịch UBND huyện Tây Giang: Bh'riu Liếc, Zơ Râm Thị Hoa đề nghị tỉnh hỗ trợ kinh phí duy trì hoạt động của tổ tự quản, hiện mỗi thành viên được 200.000 đồng/tháng. Ông Hốih Pây, già làng thôn Pơning, xã A Xan, kể việc thôn vận động 6 thanh niên đi làm thuê bên kia biên giới trở về địa phương. Đồng chí Briu Quân, Bí thư Đảng ủy xã Ch'ơm, kiến nghị sớm giải quyết 3 vụ tranh chấp đất sản xuất giữa các hộ ở khu vực giáp ranh.
Thiếu tá Coor Tâm, Đồn trưởng Đồn Biên phòng A Nông, cho biết đồn đã nhận đỡ đầu 24 học sinh nghèo theo chương trình "Nâng bước em tới trường" và cử 7 cán bộ tăng cường cho các xã.
Kết luận giao ban, đồng chí Alăng Thị Bé đề nghị các lực lượng tiếp tục thực hiện Chương trình phối hợp số 08-CTr/BDVTU-BĐBP-CA về vận động quần chúng tham gia bảo vệ chủ quyền, an ninh biên giới; tham mưu tổng kết Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Cơ Tu, Ve, Tà Riềng và về phòng, chống ma túy vùng biên; chuẩn bị điều kiện tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại 3 xã biên giới.
Đồng chí cũng đề nghị các cơ quan báo chí, đài truyền thanh các huyện tăng cường tuyên truyền bằng tiếng Cơ Tu về Luật Biên phòng Việt Nam và cảnh giác với các thủ đoạn lôi kéo đồng bào qua biên giới làm ăn. Việc thực hiện các kiến nghị tại giao ban sẽ được rà soát ở buổi giao ban quý II.
Tiếp theo giao ban, đoàn công tác đã đến thăm, tặng quà tại Trạm Kiểm soát Biên phòng Dang.
Alăng Ngước
Lượt xem: 604
Tin liên quan
- Nam Giang: 5 tổ tự quản đường biên nhận giấy khen (28/03/2022)
- Đông Giang hội nghị người có uy tín năm 2022 (15/03/2022)
- Tây Giang triển khai công an chính quy về xã (02/03/2022)
""", "2022-04-06", "Phát huy già làng, trưởng bản giữ bình yên vùng biên",
E("giao_ban", "2022-Q1", "2022-04-05"),
[P("Alăng Thị Bé", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bh'riu Liếc", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Zơ Râm Thị Hoa", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Hốih Pây", "già làng thôn Pơning"),
 P("Briu Quân", "Bí thư Đảng ủy xã Ch'ơm"),
 P("Coor Tâm", "Thiếu tá", "Đồn trưởng Đồn Biên phòng A Nông")],
[Q("126 lượt", 126, "lượt"), Q("hơn 142 km", 142, "km", "over"), Q("9 vụ", 9, "vụ"), Q("14 đối tượng", 14, "đối tượng"),
 Q("2 vụ vận chuyển trái phép chất ma túy", 2, "vụ vận chuyển trái phép chất ma túy"), Q("0,8 kg", 0.8, "kg"),
 Q("31 tổ tự quản đường biên, cột mốc", 31, "tổ tự quản đường biên, cột mốc"), Q("318 thành viên", 318, "thành viên"),
 Q("12 thôn", 12, "thôn"), Q("200.000 đồng/tháng", 200000, "đồng"), Q("6 thanh niên", 6, "thanh niên"),
 Q("3 vụ tranh chấp đất sản xuất", 3, "vụ tranh chấp đất sản xuất"), Q("24 học sinh nghèo", 24, "học sinh nghèo"),
 Q("7 cán bộ", 7, "cán bộ"), Q("3 xã biên giới", 3, "xã biên giới")],
[D("Chương trình phối hợp", "08", "CTr/BDVTU-BĐBP-CA", None, None, "Chương trình phối hợp số 08-CTr/BDVTU-BĐBP-CA"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ / Tin hoạt động / Dân vận miền núi", "Đồng chí Alăng Thị Bé chủ trì buổi giao ban.",
 "Nâng bước em tới trường", "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc", "Luật Biên phòng Việt Nam", "Lượt xem: 604"],
["06/04/2022 06:30", "quý I/2022", "quý II", "Lượt xem: 604"]))

PAGES.append(page("b2418-haiduong-xa-doithoai-antt-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯNG ĐẠO - HUYỆN TỨ KỲ - TỈNH HẢI DƯƠNG
Trang chủ > Tin tức sự kiện > An ninh trật tự
Ngày 23/09/2022 | 09:15
Chủ tịch UBND xã đối thoại với nhân dân về an ninh, trật tự
Tối 21/9, tại nhà văn hóa thôn Đông, UBND xã Hưng Đạo (huyện Tứ Kỳ, tỉnh Hải Dương) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân về công tác bảo đảm an ninh, trật tự năm 2022. Đồng chí Vũ Văn Tuyến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; cùng dự có đồng chí Nguyễn Thị Lan Hương, Chủ tịch Ủy ban MTTQ xã và đồng chí Trần Quang Khải, Trưởng Công an xã. Hơn 180 cử tri của 6 thôn đã đến dự.
Quang cảnh buổi đối thoại tại nhà văn hóa thôn Đông.
Thông tin với bà con, Trung tá Trần Quang Khải cho biết 8 tháng đầu năm 2022, trên địa bàn xã xảy ra 4 vụ trộm cắp tài sản, 1 vụ cố ý gây thương tích, 2 vụ đánh bạc; phát hiện 5 người sử dụng trái phép chất ma túy và đã lập hồ sơ đưa 3 người đi cai nghiện bắt buộc. Công an xã đã thu hồi 27 khẩu súng tự chế, vật liệu nổ, công cụ hỗ trợ do người dân tự nguyện giao nộp; cấp 4.316 căn cước công dân gắn chíp và kích hoạt 2.870 tài khoản định danh điện tử theo Đề án 06 của Chính phủ.
Tại hội nghị, có 14 lượt ý kiến. Ông Phạm Văn Đức, thôn Đông, phản ánh tình trạng thanh niên đua xe trên đê ban đêm; bà Đoàn Thị Nhung, thôn Bắc, đề nghị lắp thêm đèn chiếu sáng ở các ngõ xóm. Ông Nguyễn Văn Sang, mới được tín nhiệm giữ chức Tổ trưởng tổ an ninh trật tự thôn Nam, hỏi về chế độ bồi dưỡng khi đi tuần đêm.
Trả lời ý kiến, đồng chí Vũ Văn Tuyến khẳng định UBND xã sẽ phối hợp Công an huyện lập chốt kiểm tra trên tuyến đê vào tối thứ Bảy và Chủ nhật; giao Ban Công tác Mặt trận các thôn vận động nhân dân đóng góp lắp 40 bóng đèn đường, dự kiến kinh phí khoảng 60 triệu đồng. Chế độ bồi dưỡng cho thành viên tổ an ninh trật tự được thực hiện theo Nghị quyết số 07/2021/NQ-HĐND ngày 9/7/2021 của HĐND tỉnh, mức 50.000 đồng/người/ca trực.
Đồng chí Nguyễn Thị Lan Hương đề nghị các thôn duy trì tốt 6 mô hình "Thôn tự quản về an ninh trật tự" và Quy chế phối hợp số 02/QCPH-CA-MTTQ giữa Công an xã và Ủy ban MTTQ xã; phát huy vai trò của 12 tổ hòa giải ở cơ sở.
Buổi đối thoại thực hiện Kế hoạch số 45-KH/ĐU ngày 10/8/2022 của Đảng ủy xã về đối thoại trực tiếp với nhân dân năm 2022, là lần đối thoại thứ hai trong năm của xã.
Ban Biên tập
Số người truy cập: 45.286
Tin khác
- Xã Hưng Đạo ra quân tổng vệ sinh môi trường (12/09/2022)
- Hội nghị sơ kết 6 tháng công tác Mặt trận (20/07/2022)
- Tập huấn nghiệp vụ cho 36 thành viên tổ an ninh trật tự (05/07/2022)
""", "2022-09-23", "Chủ tịch UBND xã đối thoại với nhân dân về an ninh, trật tự",
E("doi_thoai", "2022", "2022-09-21"),
[P("Vũ Văn Tuyến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Lan Hương", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Quang Khải", "Trưởng Công an xã", "Trung tá"),
 P("Phạm Văn Đức"), P("Đoàn Thị Nhung"),
 P("Nguyễn Văn Sang", "Tổ trưởng tổ an ninh trật tự thôn Nam")],
[Q("Hơn 180 cử tri", 180, "cử tri", "over"), Q("6 thôn", 6, "thôn"), Q("4 vụ trộm cắp tài sản", 4, "vụ trộm cắp tài sản"),
 Q("1 vụ cố ý gây thương tích", 1, "vụ cố ý gây thương tích"), Q("2 vụ đánh bạc", 2, "vụ đánh bạc"), Q("5 người", 5, "người"),
 Q("3 người", 3, "người"), Q("27 khẩu súng tự chế, vật liệu nổ, công cụ hỗ trợ", 27, "khẩu súng tự chế, vật liệu nổ, công cụ hỗ trợ"),
 Q("4.316 căn cước công dân gắn chíp", 4316, "căn cước công dân gắn chíp"), Q("2.870 tài khoản định danh điện tử", 2870, "tài khoản định danh điện tử"),
 Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("40 bóng đèn đường", 40, "bóng đèn đường"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("50.000 đồng/người/ca trực", 50000, "đồng"),
 Q("6 mô hình", 6, "mô hình"), Q("12 tổ hòa giải", 12, "tổ hòa giải")],
[D("Đề án", "06", None, None, "Chính phủ", "Đề án 06 của Chính phủ"),
 D("Nghị quyết", "07", "2021/NQ-HĐND", "2021-07-09", "HĐND tỉnh", "Nghị quyết số 07/2021/NQ-HĐND ngày 9/7/2021"),
 D("Quy chế phối hợp", "02", "QCPH-CA-MTTQ", None, None, "Quy chế phối hợp số 02/QCPH-CA-MTTQ"),
 D("Kế hoạch", "45", "KH/ĐU", "2022-08-10", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 10/8/2022")],
[prov("Hải Dương"), com("Hưng Đạo")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯNG ĐẠO - HUYỆN TỨ KỲ - TỈNH HẢI DƯƠNG", "Trang chủ > Tin tức sự kiện > An ninh trật tự",
 "Quang cảnh buổi đối thoại tại nhà văn hóa thôn Đông.", "Thôn tự quản về an ninh trật tự", "Số người truy cập: 45.286"],
["Ngày 23/09/2022 | 09:15", "năm 2022", "8 tháng đầu năm 2022", "lần đối thoại thứ hai", "Số người truy cập: 45.286"]))

PAGES.append(page("b2419-travinh-mttq-giamsat-caxachinhquy-2023", """
Ủy ban MTTQ Việt Nam tỉnh Trà Vinh
Trang chủ | Giám sát - Phản biện xã hội
Cập nhật: 07:50, 16/06/2023 (GMT+7)
Ảnh: Đoàn giám sát làm việc tại Công an xã Long Hiệp.
Nhân dân đánh giá cao công an xã chính quy
Ngày 14/6/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh do đồng chí Thạch Thị Sa Ra, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc tiếp nhận, giải quyết tin báo, tố giác tội phạm và thái độ phục vụ nhân dân của Công an xã Long Hiệp, huyện Trà Cú.
Báo cáo của Công an xã cho biết, xã có 9 cán bộ công an chính quy và 18 thành viên tổ bảo vệ an ninh, trật tự ở 9 ấp, trong đó 70% là đồng bào Khmer. Từ đầu năm 2022 đến tháng 5/2023, Công an xã đã tiếp nhận 61 tin báo, giải quyết 58 tin, đạt 95,1%; phối hợp điều tra làm rõ 11 vụ trộm cắp, 3 vụ tàng trữ trái phép chất ma túy; giải quyết 1.264 hồ sơ thủ tục hành chính về cư trú, căn cước. Xã có 7 tổ tự quản ở ấp, 4 mô hình "Ấp không có tội phạm".
Qua phiếu khảo sát 120 hộ dân, 112 hộ đánh giá hài lòng với thái độ phục vụ của cán bộ công an xã. Tuy nhiên, đoàn cũng ghi nhận một số tồn tại: trụ sở làm việc còn chật hẹp, phải mượn 2 phòng của UBND xã; một số cán bộ chưa biết tiếng Khmer nên việc tuyên truyền ở các phum, sóc còn hạn chế.
Tại buổi giám sát, ông Kim Sóc Phi, Chủ tịch Ủy ban MTTQ xã Long Hiệp, đề nghị công an xã phối hợp chặt chẽ hơn với Ban Công tác Mặt trận ấp. Hòa thượng Thạch Sóc Kha, trụ trì chùa Giồng Lức, cho biết nhà chùa sẵn sàng mở lớp dạy tiếng Khmer cho cán bộ công an. Ông Lâm Văn Rách, Trưởng ấp Giồng Lức, đề nghị tăng cường tuần tra vào ban đêm ở khu vực giáp ranh.
Đồng chí Thạch Thị Sa Ra đề nghị Công an huyện Trà Cú, UBND xã tiếp tục thực hiện Luật Thực hiện dân chủ ở cơ sở, Thông tư số 124/2021/TT-BCA của Bộ Công an về tiếp nhận, phân loại, xử lý tố giác, tin báo về tội phạm; đồng thời đề nghị tỉnh bố trí kinh phí xây dựng trụ sở theo Nghị quyết số 29/NQ-HĐND ngày 8/12/2022 của HĐND tỉnh.
Đây là cuộc giám sát thứ 2 trong số 4 cuộc giám sát chuyên đề về công an xã chính quy của Ủy ban MTTQ tỉnh năm 2023, thực hiện Kế hoạch số 11/KH-MTTQ-BTT ngày 20/2/2023.
Trước đó, Đoàn đã giám sát tại Công an xã Long Sơn, huyện Cầu Ngang. Kết quả giám sát ở 4 xã sẽ được tổng hợp, kiến nghị với Công an tỉnh và UBND tỉnh trong tháng 9/2023.
Sơn Thị Rươne
Lượt xem: 318
Tin liên quan
- Châu Thành: trao 50 phần quà cho tổ bảo vệ an ninh, trật tự (05/06/2023)
- Hội nghị phản biện dự thảo Nghị quyết về chế độ cho lực lượng tham gia bảo vệ an ninh, trật tự (26/05/2023)
- Cầu Kè: giao ban công tác Mặt trận tháng 5/2023 (24/05/2023)
""", "2023-06-16", "Nhân dân đánh giá cao công an xã chính quy",
E("giam_sat", "2023", "2023-06-14"),
[P("Thạch Thị Sa Ra", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Kim Sóc Phi", "Chủ tịch Ủy ban MTTQ xã Long Hiệp"),
 P("Thạch Sóc Kha", "Hòa thượng", "trụ trì chùa Giồng Lức"),
 P("Lâm Văn Rách", "Trưởng ấp Giồng Lức")],
[Q("9 cán bộ công an chính quy", 9, "cán bộ công an chính quy"), Q("18 thành viên tổ bảo vệ an ninh, trật tự", 18, "thành viên tổ bảo vệ an ninh, trật tự"),
 Q("9 ấp", 9, "ấp"), Q("70%", 70, "%"), Q("61 tin báo", 61, "tin báo"), Q("58 tin", 58, "tin"), Q("95,1%", 95.1, "%"),
 Q("11 vụ trộm cắp", 11, "vụ trộm cắp"), Q("3 vụ tàng trữ trái phép chất ma túy", 3, "vụ tàng trữ trái phép chất ma túy"),
 Q("1.264 hồ sơ thủ tục hành chính", 1264, "hồ sơ thủ tục hành chính"), Q("7 tổ tự quản", 7, "tổ tự quản"), Q("4 mô hình", 4, "mô hình"),
 Q("120 hộ dân", 120, "hộ dân"), Q("112 hộ", 112, "hộ"), Q("2 phòng", 2, "phòng"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("4 xã", 4, "xã")],
[D("Thông tư", "124", "2021/TT-BCA", None, "Bộ Công an", "Thông tư số 124/2021/TT-BCA của Bộ Công an"),
 D("Nghị quyết", "29", "NQ-HĐND", "2022-12-08", "HĐND tỉnh", "Nghị quyết số 29/NQ-HĐND ngày 8/12/2022"),
 D("Kế hoạch", "11", "KH-MTTQ-BTT", "2023-02-20", None, "Kế hoạch số 11/KH-MTTQ-BTT ngày 20/2/2023")],
[prov("Trà Vinh"), com("Long Hiệp"), com("Long Sơn")],
["Ủy ban MTTQ Việt Nam tỉnh Trà Vinh", "Trang chủ | Giám sát - Phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại Công an xã Long Hiệp.",
 "Ấp không có tội phạm", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 318"],
["Cập nhật: 07:50, 16/06/2023 (GMT+7)", "Từ đầu năm 2022 đến tháng 5/2023", "cuộc giám sát thứ 2", "năm 2023", "tháng 9/2023", "Lượt xem: 318"]))

PAGES.append(page("b2420-bacgiang-bdv-tongket-2023", """
Hôm nay: Thứ Sáu, 29/12/2023
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ ›› Tin tức ›› Dân vận với an ninh
Thứ Tư, 27/12/2023
Toàn cảnh hội nghị.
Bắc Giang: 1.120 tổ tự quản góp sức giữ bình yên khu dân cư
Ngày 26/12/2023, Ban Dân vận Tỉnh ủy và Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết Quy chế phối hợp về công tác dân vận trong bảo đảm an ninh, trật tự năm 2023. Đồng chí Hoàng Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, và Đại tá Hoàng Văn Chiến, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh, đồng chủ trì.
Năm 2023, toàn tỉnh có 1.120 tổ tự quản về an ninh, trật tự, 2.384 tổ liên gia tự quản, 468 mô hình "Dân vận khéo" trong lĩnh vực an ninh, trật tự, trong đó 36 mô hình cấp tỉnh. Quần chúng nhân dân cung cấp hơn 3.400 nguồn tin; lực lượng công an khám phá 97,3% số vụ án trọng án, triệt phá 58 ổ nhóm đánh bạc, cho vay nặng lãi, bắt 224 vụ, 391 đối tượng phạm tội về ma túy. Số vụ phạm tội về trật tự xã hội giảm 9,8% so với năm 2022.
Hai bên đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 05, 06-KL/TU về nâng cao chất lượng phong trào Toàn dân bảo vệ an ninh Tổ quốc và về phát huy vai trò người có uy tín vùng đồng bào Sán Dìu, Nùng, Tày; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 14-HD/BDVTU về xây dựng mô hình "Khu dân cư an toàn, không tội phạm".
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Diệp Văn Sình, Hoàng Thị Hảo đánh giá việc phối hợp đã đi vào chiều sâu. Ông Lý Văn Sơn, người có uy tín thôn Đồng Bây, xã Tân Sơn, cho biết thôn có 2 năm liền không có người vi phạm pháp luật. Thượng tá Ninh Văn Thắng, HUV, Trưởng Công an huyện Sơn Động, đề nghị phát huy các "Tổ Zalo an ninh" ở thôn; bà La Thị Mai, Phó Chủ tịch Hội LHPN tỉnh, chia sẻ mô hình "Mẹ đỡ đầu" giúp 87 thanh thiếu niên hư.
Phát biểu kết luận, đồng chí Hoàng Thị Thanh Vân đề nghị năm 2024 tiếp tục thực hiện Kết luận số 44-KL/TW của Ban Bí thư và Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng; chuẩn bị triển khai Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 24 cá nhân; Công an tỉnh tặng 40 triệu đồng cho các tổ tự quản tiêu biểu.
Theo kế hoạch, năm 2024 mỗi huyện, thành phố sẽ xây dựng ít nhất 1 mô hình điểm về dân vận trong bảo đảm an ninh, trật tự ở khu dân cư phức tạp; Ban Dân vận Tỉnh ủy và Công an tỉnh sẽ tổ chức kiểm tra chéo giữa các huyện vào quý III/2024.
Ngọc Thúy
Tin cùng chuyên mục
- Lục Ngạn: ra mắt 12 "Tổ Zalo an ninh" (18/12/2023)
- Trao 300 suất quà Tết cho người có uy tín (08/12/2023)
- Giao ban khối dân vận quý III năm 2023 (10/10/2023)
""", "2023-12-27", "Bắc Giang: 1.120 tổ tự quản góp sức giữ bình yên khu dân cư",
E("tong_ket", "2023", "2023-12-26"),
[P("Hoàng Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Chiến", "Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh"),
 P("Diệp Văn Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Hảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Sơn", "người có uy tín thôn Đồng Bây"),
 P("Ninh Văn Thắng", "Thượng tá", "HUV", "Trưởng Công an huyện Sơn Động"),
 P("La Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.120 tổ tự quản về an ninh, trật tự", 1120, "tổ tự quản về an ninh, trật tự"),
 Q("2.384 tổ liên gia tự quản", 2384, "tổ liên gia tự quản"), Q("468 mô hình", 468, "mô hình"),
 Q("36 mô hình cấp tỉnh", 36, "mô hình cấp tỉnh"), Q("hơn 3.400 nguồn tin", 3400, "nguồn tin", "over"),
 Q("97,3%", 97.3, "%"), Q("58 ổ nhóm đánh bạc, cho vay nặng lãi", 58, "ổ nhóm đánh bạc, cho vay nặng lãi"),
 Q("224 vụ", 224, "vụ"), Q("391 đối tượng", 391, "đối tượng"), Q("9,8%", 9.8, "%"),
 Q("87 thanh thiếu niên hư", 87, "thanh thiếu niên hư"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân"),
 Q("40 triệu đồng", 40000000, "đồng")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 14-HD/BDVTU"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận số 44-KL/TW của Ban Bí thư"),
 D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022")],
[prov("Bắc Giang"), com("Tân Sơn")],
["Hôm nay: Thứ Sáu, 29/12/2023", "BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ ›› Tin tức ›› Dân vận với an ninh", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Khu dân cư an toàn, không tội phạm", "Tổ Zalo an ninh", "Mẹ đỡ đầu",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"],
["Hôm nay: Thứ Sáu, 29/12/2023", "Thứ Tư, 27/12/2023", "năm 2023", "năm 2022", "2 năm liền", "năm 2024", "1 mô hình điểm", "quý III/2024"]))

PAGES.append(page("b2421-sonla-hoinghi-phongchongmatuy-2024", """
Báo Sơn La điện tử
You are here: Trang chủ » Xã hội » Phòng chống ma túy
08:15 | 26/06/2024
Ảnh: Đồng chí Cầm Thị Phong phát biểu tại hội nghị.
Thuận Châu: không để ma túy "len" vào từng bản
Hưởng ứng Tháng hành động phòng, chống ma túy, chiều 25/6, Ban Dân vận Huyện ủy, Công an huyện và Ủy ban MTTQ huyện Thuận Châu tổ chức hội nghị tuyên truyền, vận động đồng bào Mông, Thái tham gia phòng, chống ma túy năm 2024 với 240 đại biểu là bí thư chi bộ, trưởng bản, người có uy tín của 29 xã. Đồng chí Cầm Thị Phong, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Theo Công an huyện, 5 tháng đầu năm 2024 lực lượng chức năng đã bắt 86 vụ, 112 đối tượng mua bán, tàng trữ trái phép chất ma túy, thu giữ 14,5 bánh heroin, 23.600 viên ma túy tổng hợp, 2 khẩu súng quân dụng. Toàn huyện hiện có 764 người nghiện, 1.105 người sử dụng trái phép chất ma túy đang được quản lý; 9 bản đã được đưa ra khỏi danh sách bản trọng điểm về ma túy.
Tại hội nghị, Thiếu tá Sùng A Vàng, Phó Trưởng Công an huyện, thông tin về thủ đoạn mới của các đường dây vận chuyển ma túy qua khu vực giáp biên và cách nhận biết ma túy "núp bóng" thực phẩm, đồ uống. Ông Mùa A Chứ, người có uy tín bản Nong Luông, xã Co Mạ, chia sẻ dòng họ Mùa trong bản đã đưa vào quy ước việc không dung túng cho con cháu buôn bán ma túy. Bà Giàng Thị Mỷ, Bí thư Chi bộ bản Pá Hốc, xã Phỏng Lái, kể việc chi bộ phân công 24 đảng viên kèm cặp, giúp đỡ 15 người sau cai.
Ông Lò Văn Ẳm, Chủ tịch UBND xã Chiềng Pha, cho biết xã có 12 tổ tự quản về phòng, chống ma túy với 96 thành viên; từ đầu năm, tổ đã phát hiện, báo tin giúp công an xã bắt 4 vụ.
Phát biểu tại hội nghị, đồng chí Cầm Thị Phong đề nghị các xã tiếp tục thực hiện Nghị quyết số 14-NQ/TU ngày 22/3/2021 của Tỉnh ủy về tăng cường công tác phòng, chống và kiểm soát ma túy, Kế hoạch số 132/KH-UBND ngày 5/4/2024 của UBND huyện về cai nghiện ma túy năm 2024; phát huy vai trò dòng họ, người có uy tín trong giáo dục con em. Đồng chí yêu cầu mỗi bản xây dựng ít nhất 1 tổ tự quản, phấn đấu đến cuối năm có thêm 5 bản ra khỏi diện trọng điểm.
Kết thúc hội nghị, các đại biểu đã ký cam kết không tham gia, không để người thân tham gia vào tệ nạn ma túy; Ban tổ chức trao 50 suất quà cho người sau cai nghiện có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.
Lò Thanh
Lượt xem: 2.047
Các tin khác
- Mộc Châu: 200 học sinh được tuyên truyền về tác hại của ma túy (24/06/2024)
- Bắc Yên: triệt phá đường dây vận chuyển 6 bánh heroin (20/06/2024)
- Mai Sơn tổ chức đối thoại với người có uy tín (12/06/2024)
""", "2024-06-26", "Thuận Châu: không để ma túy \"len\" vào từng bản",
E("hoi_nghi", "2024", "2024-06-25"),
[P("Cầm Thị Phong", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Sùng A Vàng", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Mùa A Chứ", "người có uy tín bản Nong Luông"),
 P("Giàng Thị Mỷ", "Bí thư Chi bộ bản Pá Hốc"),
 P("Lò Văn Ẳm", "Chủ tịch UBND xã Chiềng Pha")],
[Q("240 đại biểu", 240, "đại biểu"), Q("29 xã", 29, "xã"), Q("86 vụ", 86, "vụ"), Q("112 đối tượng", 112, "đối tượng"),
 Q("14,5 bánh heroin", 14.5, "bánh heroin"), Q("23.600 viên ma túy tổng hợp", 23600, "viên ma túy tổng hợp"),
 Q("2 khẩu súng quân dụng", 2, "khẩu súng quân dụng"), Q("764 người nghiện", 764, "người nghiện"),
 Q("1.105 người", 1105, "người"), Q("9 bản", 9, "bản"), Q("24 đảng viên", 24, "đảng viên"),
 Q("15 người sau cai", 15, "người sau cai"), Q("12 tổ tự quản về phòng, chống ma túy", 12, "tổ tự quản về phòng, chống ma túy"),
 Q("96 thành viên", 96, "thành viên"), Q("4 vụ", 4, "vụ"), Q("5 bản", 5, "bản"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "14", "NQ/TU", "2021-03-22", "Tỉnh ủy", "Nghị quyết số 14-NQ/TU ngày 22/3/2021"),
 D("Kế hoạch", "132", "KH-UBND", "2024-04-05", "UBND huyện", "Kế hoạch số 132/KH-UBND ngày 5/4/2024")],
[prov("Sơn La"), com("Co Mạ"), com("Phỏng Lái"), com("Chiềng Pha")],
["Báo Sơn La điện tử", "You are here: Trang chủ » Xã hội » Phòng chống ma túy", "Ảnh: Đồng chí Cầm Thị Phong phát biểu tại hội nghị.",
 "Tháng hành động phòng, chống ma túy", "Lượt xem: 2.047"],
["08:15 | 26/06/2024", "năm 2024", "5 tháng đầu năm 2024", "1 tổ tự quản", "Lượt xem: 2.047"]))

PAGES.append(page("b2422-binhthuan-bdv-soket-h1-2024", """
BÁO BÌNH THUẬN ONLINE
Chính trị | Dân vận | An ninh trật tự
12/07/2024 - 15:45
Bắc Bình triển khai nhiệm vụ bảo đảm an ninh 6 tháng cuối năm 2024
(BTO) - Sáng 11/7, Ban Dân vận Huyện ủy Bắc Bình (tỉnh Bình Thuận) phối hợp Công an huyện tổ chức hội nghị sơ kết công tác dân vận tham gia bảo đảm an ninh, trật tự 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì.
Đại biểu dự hội nghị sơ kết. Ảnh: N.Lân
Báo cáo cho biết, 6 tháng đầu năm, huyện Bắc Bình có 218 tổ nhân dân tự quản, 52 tổ an ninh nhân dân, 6 mô hình "Thôn Chăm an toàn" hoạt động thường xuyên. Nhân dân đã cung cấp 134 nguồn tin, giúp công an phát hiện 27 vụ vi phạm pháp luật về trật tự xã hội, 5 vụ khai thác cát trái phép; hòa giải thành 41 vụ việc mâu thuẫn trong nhân dân, đạt 89,1%. Tình hình an ninh vùng đồng bào Chăm ổn định; không phát sinh điểm nóng. Tuy vậy, tình trạng thanh thiếu niên tụ tập đua xe, cá độ bóng đá qua mạng và trộm cắp vặt ở các xã ven quốc lộ vẫn diễn biến phức tạp.
Tại hội nghị, ông Thông Văn Lợi, Trưởng thôn Bình Minh, xã Phan Thanh, cho biết thôn có 97% hộ là người Chăm, đã vận động 15 thanh niên bỏ tụ tập uống rượu, gây rối; ông Quảng Đại Sen, chức sắc Hội đồng Phật giáo Bàlamôn, đề nghị tăng cường bảo vệ an ninh trong dịp lễ hội Katê. Đồng chí Thuận Văn Tiến, Phó Trưởng Công an huyện, và Thiếu tá Từ Công Bảy, Trưởng Công an xã Phan Hòa, phân tích thủ đoạn lừa đảo qua mạng xã hội nhắm vào người lớn tuổi.
Kết luận hội nghị, đồng chí Đàng Thị Mỹ Hương đề nghị 6 tháng cuối năm tiếp tục thực hiện Nghị quyết số 07-NQ/HU ngày 18/1/2024 của Ban Chấp hành Đảng bộ huyện về nâng cao hiệu quả phong trào Toàn dân bảo vệ an ninh Tổ quốc; chuẩn bị lực lượng để khi Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở có hiệu lực từ ngày 1/7/2024, mỗi thôn có 1 tổ bảo vệ an ninh, trật tự. Huyện dự kiến thành lập 68 tổ với 204 thành viên, tổng kinh phí bồi dưỡng khoảng 1,1 tỷ đồng/năm.
Dịp này, Ban Dân vận Huyện ủy đã trao giấy khen cho 7 tập thể, 10 cá nhân tiêu biểu trong phong trào "Dân vận khéo" lĩnh vực an ninh, trật tự 6 tháng đầu năm 2024. Trước đó, Công an huyện đã phối hợp Đoàn Thanh niên ra quân "Tháng thanh niên" với 300 đoàn viên tham gia tuần tra, tuyên truyền.
Theo Ban Dân vận Huyện ủy, hội nghị sơ kết được tổ chức theo kế hoạch số 23-KH/BDVHU ngày 1/7/2024; kết quả sẽ được báo cáo Ban Thường vụ Huyện ủy trong tháng 7.
Ngọc Lân
Tin liên quan
- Tuy Phong: giao ban công tác dân vận quý II (05/07/2024)
- Bắc Bình tập huấn cho 120 thành viên tổ tự quản (20/06/2024)
- Hàm Tân trao quà cho người có uy tín (15/06/2024)
""", "2024-07-12", "Bắc Bình triển khai nhiệm vụ bảo đảm an ninh 6 tháng cuối năm 2024",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thông Văn Lợi", "Trưởng thôn Bình Minh"),
 P("Quảng Đại Sen", "chức sắc Hội đồng Phật giáo Bàlamôn"),
 P("Thuận Văn Tiến", "Phó Trưởng Công an huyện"),
 P("Từ Công Bảy", "Thiếu tá", "Trưởng Công an xã Phan Hòa")],
[Q("218 tổ nhân dân tự quản", 218, "tổ nhân dân tự quản"), Q("52 tổ an ninh nhân dân", 52, "tổ an ninh nhân dân"),
 Q("6 mô hình", 6, "mô hình"), Q("134 nguồn tin", 134, "nguồn tin"),
 Q("27 vụ vi phạm pháp luật về trật tự xã hội", 27, "vụ vi phạm pháp luật về trật tự xã hội"),
 Q("5 vụ khai thác cát trái phép", 5, "vụ khai thác cát trái phép"), Q("41 vụ việc mâu thuẫn trong nhân dân", 41, "vụ việc mâu thuẫn trong nhân dân"),
 Q("89,1%", 89.1, "%"), Q("97% hộ", 97, "%"), Q("15 thanh niên", 15, "thanh niên"), Q("68 tổ", 68, "tổ"),
 Q("204 thành viên", 204, "thành viên"), Q("khoảng 1,1 tỷ đồng/năm", 1100000000, "đồng", "approx"),
 Q("7 tập thể", 7, "tập thể"), Q("10 cá nhân tiêu biểu", 10, "cá nhân tiêu biểu"), Q("300 đoàn viên", 300, "đoàn viên")],
[D("Nghị quyết", "07", "NQ/HU", "2024-01-18", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU ngày 18/1/2024"),
 D("Kế hoạch", "23", "KH/BDVHU", "2024-07-01", "Ban Dân vận Huyện ủy", "kế hoạch số 23-KH/BDVHU ngày 1/7/2024")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Hòa")],
["BÁO BÌNH THUẬN ONLINE", "Chính trị | Dân vận | An ninh trật tự", "(BTO)", "Đại biểu dự hội nghị sơ kết. Ảnh: N.Lân",
 "Thôn Chăm an toàn", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Dân vận khéo", "Tháng thanh niên"],
["12/07/2024 - 15:45", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024", "6 tháng đầu năm", "6 tháng cuối năm", "1 tổ bảo vệ an ninh, trật tự", "tháng 7"]))
