from lib import *
PAGES = []

PAGES.append(page("b5921-lamdong-bdv-soket-h1-2022", """
Báo Lâm Đồng điện tử
Chính trị › Dân vận - Mặt trận
15 tháng 7, 2022 | 17:45
Quang cảnh hội nghị sơ kết. Ảnh: K'Giang
Lâm Đồng: Không để ngừng việc kéo dài tại doanh nghiệp chè, tơ tằm
Ngày 14/7, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022, trong đó đánh giá riêng việc vận động công nhân và giải quyết tranh chấp lao động tại các doanh nghiệp chè, ươm tơ ở thành phố Bảo Lộc và huyện Bảo Lâm. Đồng chí Ka Hồng Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo cho biết, 6 tháng đầu năm, tỉnh xảy ra 2 vụ ngừng việc tập thể tại Công ty cổ phần chè Lộc Phát và một cơ sở ươm tơ ở xã Lộc Quảng với khoảng 380 công nhân tham gia, trong đó khoảng 40% là đồng bào K'Ho, Mạ. Nguyên nhân do doanh nghiệp nợ lương 3 tháng và chưa đóng bảo hiểm xã hội gần 1,9 tỷ đồng. Ban Dân vận Thành ủy Bảo Lộc đã phối hợp Liên đoàn Lao động tỉnh, UBND phường Lộc Phát tổ chức 5 buổi đối thoại; doanh nghiệp cam kết trả 70% tiền lương nợ trong tháng 6, phần còn lại trả trước 30/9.
Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy ban hành Công văn số 1250-CV/TU về tăng cường lãnh đạo công tác dân vận trong doanh nghiệp ngoài nhà nước; phối hợp hướng dẫn thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư và Kết luận 82, 83-KL/TU của Ban Thường vụ Tỉnh ủy. Toàn tỉnh có 94 tổ hòa giải tại doanh nghiệp với 412 thành viên; 6 tháng qua đã hòa giải thành 31 vụ việc tranh chấp lao động cá nhân.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: K'Brăh, Nguyễn Văn Tùng, Trần Thị Lý đã trình bày các chuyên đề. Ông Ya Tôn, Chủ tịch Ủy ban MTTQ xã Lộc Quảng, kiến nghị có cơ chế ưu tiên lao động tại chỗ là người dân tộc thiểu số. Bà Ka Điệp, Phó Chủ tịch Công đoàn cơ sở Công ty cổ phần chè Lộc Phát, người K'Ho, chia sẻ nhiều công nhân lớn tuổi chưa được ký hợp đồng lao động.
Phát biểu kết luận, đồng chí Ka Hồng Lan yêu cầu 6 tháng cuối năm các cấp ủy chỉ đạo nắm chắc tình hình công nhân; mỗi huyện, thành phố có ít nhất 1 mô hình "Dân vận khéo" trong doanh nghiệp; phối hợp với Ủy ban MTTQ tỉnh giám sát việc trả nợ lương, nợ bảo hiểm tại 2 doanh nghiệp trên. Đồng chí cũng đề nghị Văn phòng Ban tham mưu sơ kết 3 năm thực hiện Quy chế phối hợp số 04-QC/BDVTU-LĐLĐ.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 6 tập thể, 9 cá nhân có thành tích trong công tác dân vận doanh nghiệp.
K'Giang
Tin liên quan
- Bảo Lộc: công nhân chè trở lại làm việc (02/06/2022)
- Tập huấn công tác dân vận trong doanh nghiệp (18/05/2022)
- Liên đoàn Lao động tỉnh ra quân Tháng Công nhân 2022 (01/05/2022)
""", "2022-07-15", "Lâm Đồng: Không để ngừng việc kéo dài tại doanh nghiệp chè, tơ tằm",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Ka Hồng Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("K'Brăh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Lý", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ya Tôn", "Chủ tịch Ủy ban MTTQ xã Lộc Quảng"),
 P("Ka Điệp", "Phó Chủ tịch Công đoàn cơ sở Công ty cổ phần chè Lộc Phát")],
[Q("2 vụ ngừng việc tập thể", 2, "vụ ngừng việc tập thể"), Q("khoảng 380 công nhân", 380, "công nhân", "approx"),
 Q("khoảng 40%", 40, "%", "approx"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("5 buổi đối thoại", 5, "buổi đối thoại"), Q("70%", 70, "%"), Q("94 tổ hòa giải", 94, "tổ hòa giải"),
 Q("412 thành viên", 412, "thành viên"), Q("31 vụ việc tranh chấp lao động cá nhân", 31, "vụ việc tranh chấp lao động cá nhân"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Công văn", "1250", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 1250-CV/TU"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 37-CT/TW"),
 D("Kết luận", "82", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 82, 83-KL/TU"),
 D("Kết luận", "83", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 82, 83-KL/TU"),
 D("Quy chế phối hợp", "04", "QC/BDVTU-LĐLĐ", None, None, "Quy chế phối hợp số 04-QC/BDVTU-LĐLĐ")],
[prov("Lâm Đồng"), com("Lộc Quảng"), com("Lộc Phát")],
["Báo Lâm Đồng điện tử", "Chính trị › Dân vận - Mặt trận", "Quang cảnh hội nghị sơ kết. Ảnh: K'Giang", "Dân vận khéo",
 "Công ty cổ phần chè Lộc Phát"],
["15 tháng 7, 2022 | 17:45", "6 tháng đầu năm 2022", "3 tháng", "tháng 6", "30/9", "6 tháng cuối năm", "3 năm"]))

PAGES.append(page("b5922-gialai-ldld-tongket-2022", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ | Xã hội | Lao động
2022-12-28 16:40
Liên đoàn Lao động tỉnh: Hòa giải thành 46 vụ tranh chấp, không để đình công
(GLO) - Chiều 27/12, Liên đoàn Lao động tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022 và triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Rơ Mah Thị Hlen, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Rơ Mah Thị Hlen phát biểu tại hội nghị.
Theo báo cáo do đồng chí Nguyễn Thị Thanh Lịch, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh trình bày, năm 2022 toàn tỉnh có 1.142 công đoàn cơ sở với 61.800 đoàn viên; kết nạp 4.250 đoàn viên mới, thành lập 27 công đoàn cơ sở mới. Công đoàn các cấp đã tham gia giải quyết 49 vụ tranh chấp lao động, hòa giải thành 46 vụ, 3 vụ chuyển Tòa án; không để xảy ra đình công. Riêng tháng 8/2022, tại Công ty cổ phần cao su Chư Păh Xanh, khoảng 210 công nhân nhận khoán là người Jrai, Ba Na tụ tập đề nghị điều chỉnh đơn giá mủ; sau 1 ngày đối thoại, công ty đồng ý tăng đơn giá 8%.
Các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Siu H'Nga, Đinh Văn Blưn chủ trì thảo luận. Ông Rah Lan Thơm, Chủ tịch Công đoàn Công ty cổ phần cao su Chư Păh Xanh, cho biết công đoàn đã phối hợp với già làng Ksor Hyul ở làng Bông và Ủy ban MTTQ xã Ia Nhin vận động công nhân giữ bình tĩnh. Bà Nay H'Lê, Chủ tịch Công đoàn ngành Nông nghiệp và Phát triển nông thôn, đề nghị nhân rộng cách làm này.
Năm 2022, các cấp công đoàn đã chăm lo cho trên 18.000 lượt đoàn viên với tổng kinh phí khoảng 9,4 tỷ đồng; xây dựng 12 "Mái ấm Công đoàn", mỗi căn hỗ trợ 50 triệu đồng. Tổ chức 135 cuộc đối thoại tại nơi làm việc, 92% doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể.
Phát biểu chỉ đạo, đồng chí Rơ Mah Thị Hlen đề nghị năm 2023 các cấp công đoàn tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, Kế hoạch số 65-KH/TU của Tỉnh ủy thực hiện Nghị quyết này; chủ động nắm tình hình, tham gia hòa giải từ cơ sở, phối hợp với khối dân vận vận động đồng bào dân tộc thiểu số trong các công ty cao su, cà phê.
Hội nghị đã khen thưởng 21 tập thể, 34 cá nhân; Liên đoàn Lao động tỉnh trao Quyết định số 812/QĐ-LĐLĐ công nhận 15 "Doanh nghiệp vì người lao động". Năm 2023, Liên đoàn Lao động tỉnh phấn đấu kết nạp thêm 3.500 đoàn viên, 100% công đoàn cơ sở được tập huấn nghiệp vụ hòa giải.
Lượt xem: 987
Hồng Thi
Tin liên quan
- Ia Grai: đối thoại với công nhân cao su (15/12/2022)
- Công đoàn cao su trao 700 suất quà cho công nhân (30/11/2022)
- Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn (10/11/2022)
""", "2022-12-28", "Liên đoàn Lao động tỉnh: Hòa giải thành 46 vụ tranh chấp, không để đình công",
E("tong_ket", "2022", "2022-12-27"),
[P("Rơ Mah Thị Hlen", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Lịch", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Siu H'Nga", "Phó Chủ tịch Liên đoàn Lao động tỉnh"), P("Đinh Văn Blưn", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Rah Lan Thơm", "Chủ tịch Công đoàn Công ty cổ phần cao su Chư Păh Xanh"),
 P("Ksor Hyul", "già làng"),
 P("Nay H'Lê", "Chủ tịch Công đoàn ngành Nông nghiệp và Phát triển nông thôn")],
[Q("1.142 công đoàn cơ sở", 1142, "công đoàn cơ sở"), Q("61.800 đoàn viên", 61800, "đoàn viên"),
 Q("4.250 đoàn viên mới", 4250, "đoàn viên mới"), Q("27 công đoàn cơ sở mới", 27, "công đoàn cơ sở mới"),
 Q("49 vụ tranh chấp lao động", 49, "vụ tranh chấp lao động"), Q("46 vụ", 46, "vụ tranh chấp"), Q("3 vụ", 3, "vụ"),
 Q("khoảng 210 công nhân nhận khoán", 210, "công nhân", "approx"), Q("8%", 8, "%"),
 Q("trên 18.000 lượt đoàn viên", 18000, "lượt đoàn viên", "over"), Q("khoảng 9,4 tỷ đồng", 9400000000, "đồng", "approx"),
 Q('12 "Mái ấm Công đoàn"', 12, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("135 cuộc đối thoại", 135, "cuộc đối thoại"), Q("92%", 92, "%"), Q("21 tập thể", 21, "tập thể"),
 Q("34 cá nhân", 34, "cá nhân"), Q('15 "Doanh nghiệp vì người lao động"', 15, "Doanh nghiệp vì người lao động"),
 Q("3.500 đoàn viên", 3500, "đoàn viên"), Q("100%", 100, "%")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Kế hoạch", "65", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 65-KH/TU"),
 D("Quyết định", "812", "QĐ-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Quyết định số 812/QĐ-LĐLĐ")],
[prov("Gia Lai"), com("Ia Nhin")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ | Xã hội | Lao động", "(GLO)", "Đồng chí Rơ Mah Thị Hlen phát biểu tại hội nghị.",
 "Lượt xem: 987", "Công ty cổ phần cao su Chư Păh Xanh", "làng Bông", "Doanh nghiệp vì người lao động", "Tòa án"],
["2022-12-28 16:40", "năm 2022", "năm 2023", "tháng 8/2022", "1 ngày", "Lượt xem: 987"]))

PAGES.append(page("b5923-cantho-hoinghi-tiepxuc-cutri-congnhan-2023", """
Báo Cần Thơ Online
Thời sự › Chính trị › Bầu cử - Cử tri
19/05/2023 - 10:05
Đại biểu Quốc hội tiếp xúc cử tri là công nhân lao động quận Ô Môn
Chiều 18/5, Đoàn đại biểu Quốc hội thành phố Cần Thơ phối hợp với Ủy ban MTTQ Việt Nam thành phố và Liên đoàn Lao động thành phố tổ chức Hội nghị tiếp xúc cử tri chuyên đề là công nhân, người lao động năm 2023, trước Kỳ họp thứ 5, Quốc hội khóa XV, tại Khu công nghiệp Trà Nóc 2.
Các đại biểu Quốc hội tại hội nghị tiếp xúc cử tri. Ảnh: Anh Dũng
Tham dự có các đại biểu Quốc hội: Trương Minh Khải, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội thành phố; Lê Thị Mỹ Tiên, Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động thành phố; cùng khoảng 250 cử tri là công nhân của 32 doanh nghiệp.
Cử tri đã nêu 19 ý kiến, kiến nghị. Chị Thạch Thị Sa Vy (người Khmer) phản ánh từ cuối năm 2022 nhiều doanh nghiệp thủy sản giảm đơn hàng, cắt giảm giờ làm, thu nhập bình quân chỉ còn khoảng 5,2 triệu đồng/tháng, giảm khoảng 30%. Anh Danh Tấn Lợi, Tổ trưởng công đoàn Công ty cổ phần thủy sản Sông Hậu Xanh, kiến nghị sửa quy định để người lao động được rút bảo hiểm xã hội một lần khi mất việc lâu dài, và đề nghị Quốc hội sớm ban hành Luật Công đoàn (sửa đổi).
Ông Huỳnh Văn Nhựt, Chủ tịch Công đoàn cơ sở Công ty TNHH chế biến gạo Tân Phú, cho biết tháng 2/2023 công ty xảy ra vụ ngừng việc của khoảng 320 công nhân vì công ty chậm trả thưởng Tết; nhờ Ban Dân vận Quận ủy Ô Môn, Liên đoàn Lao động thành phố và UBND phường Phước Thới vào cuộc kịp thời, sau 6 giờ đối thoại công ty đã trả đủ 870 triệu đồng.
Thay mặt đoàn, bà Lê Thị Mỹ Tiên tiếp thu và giải trình; cho biết năm 2023 Liên đoàn Lao động thành phố đã hỗ trợ 2.400 đoàn viên bị giảm giờ làm, mỗi người 1 triệu đồng, thực hiện theo Nghị quyết số 06/NQ-ĐCT ngày 24/12/2022 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam. Đồng chí Trương Minh Khải cho biết các kiến nghị về bảo hiểm xã hội sẽ được tổng hợp gửi đến Kỳ họp thứ 5, trong quá trình Quốc hội thảo luận dự án Luật Bảo hiểm xã hội (sửa đổi); các kiến nghị thuộc thẩm quyền địa phương được chuyển UBND thành phố theo Kế hoạch số 87/KH-ĐĐBQH của Đoàn đại biểu Quốc hội thành phố.
Bà Võ Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị các doanh nghiệp duy trì đối thoại định kỳ theo Nghị định số 145/2020/NĐ-CP của Chính phủ, không để phát sinh ngừng việc tập thể.
Anh Dũng
Tin khác
- Cần Thơ: 5.000 công nhân được hỗ trợ khi giảm giờ làm (10/05/2023)
- Ra mắt tổ hòa giải ở Khu công nghiệp Hưng Phú (26/04/2023)
- Tháng Công nhân năm 2023: nhiều hoạt động chăm lo đoàn viên (01/05/2023)
""", "2023-05-19", "Đại biểu Quốc hội tiếp xúc cử tri là công nhân lao động quận Ô Môn",
E("hoi_nghi", "2023", "2023-05-18"),
[P("Trương Minh Khải", "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội thành phố"),
 P("Lê Thị Mỹ Tiên", "Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Thạch Thị Sa Vy"),
 P("Danh Tấn Lợi", "Tổ trưởng công đoàn Công ty cổ phần thủy sản Sông Hậu Xanh"),
 P("Huỳnh Văn Nhựt", "Chủ tịch Công đoàn cơ sở Công ty TNHH chế biến gạo Tân Phú"),
 P("Võ Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("khoảng 250 cử tri", 250, "cử tri", "approx"), Q("32 doanh nghiệp", 32, "doanh nghiệp"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("khoảng 5,2 triệu đồng", 5200000, "đồng", "approx"),
 Q("khoảng 30%", 30, "%", "approx"), Q("khoảng 320 công nhân", 320, "công nhân", "approx"),
 Q("870 triệu đồng", 870000000, "đồng"), Q("2.400 đoàn viên", 2400, "đoàn viên"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "06", "NQ-ĐCT", "2022-12-24", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Nghị quyết số 06/NQ-ĐCT ngày 24/12/2022"),
 D("Kế hoạch", "87", "KH-ĐĐBQH", None, "Đoàn đại biểu Quốc hội thành phố", "Kế hoạch số 87/KH-ĐĐBQH"),
 D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP")],
[prov("Cần Thơ"), com("Phước Thới")],
["Báo Cần Thơ Online", "Thời sự › Chính trị › Bầu cử - Cử tri", "Các đại biểu Quốc hội tại hội nghị tiếp xúc cử tri. Ảnh: Anh Dũng",
 "Khu công nghiệp Trà Nóc 2", "Luật Công đoàn (sửa đổi)", "Luật Bảo hiểm xã hội (sửa đổi)"],
["19/05/2023 - 10:05", "năm 2023", "Kỳ họp thứ 5", "khóa XV", "năm 2022", "tháng 2/2023", "6 giờ"]))

PAGES.append(page("b5924-nghean-xa-taphuan-hoagiai-2023", """
Cổng thông tin điện tử xã Nghi Long - huyện Nghi Lộc - tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Dân vận
Cập nhật lúc 17:20 ngày 09/08/2023
Xã Nghi Long tập huấn kỹ năng nắm tình hình, hòa giải mâu thuẫn tại doanh nghiệp
Ngày 8/8/2023, Đảng ủy xã Nghi Long phối hợp với Ban Dân vận Huyện ủy Nghi Lộc tổ chức lớp tập huấn năm 2023 về kỹ năng nắm tình hình, hòa giải mâu thuẫn phát sinh giữa người lao động với doanh nghiệp trong Khu công nghiệp VSIP Nghệ An cho 85 học viên là cán bộ khối dân vận xã, tổ trưởng tổ dân vận, tổ hòa giải ở 12 xóm.
Học viên thảo luận nhóm tại lớp tập huấn.
Đồng chí Hồ Sỹ Lương, Bí thư Đảng ủy, Chủ tịch HĐND xã khai mạc lớp học. Theo đồng chí, hiện có khoảng 1.850 người dân xã đang làm việc tại các doanh nghiệp trong khu công nghiệp; năm 2022 có 2 lần công nhân ngừng việc tại một doanh nghiệp điện tử, trong đó có 140 người là con em của xã. Các tổ dân vận xóm đã kịp thời vận động gia đình giúp con em trở lại làm việc, không để kẻ xấu lôi kéo.
Báo cáo viên là bà Phan Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy Nghi Lộc, và ông Lô Văn Thái, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện, người Thái ở huyện Quế Phong, đã giới thiệu Bộ luật Lao động năm 2019, Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP của Chính phủ; hướng dẫn 5 bước nắm bắt tâm tư công nhân tại khu trọ và cách phối hợp với công đoàn cơ sở.
Tại lớp học, ông Nguyễn Văn Tứ, Trưởng Ban công tác Mặt trận xóm 5, chia sẻ kinh nghiệm giải quyết 3 vụ mâu thuẫn giữa công nhân thuê trọ với chủ nhà. Bà Trần Thị Hà, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết hội vừa ra mắt câu lạc bộ "Nữ công nhân với pháp luật" có 42 thành viên.
Lớp tập huấn thực hiện theo Kế hoạch số 36-KH/ĐU ngày 20/7/2023 của Đảng ủy xã và Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong các khu công nghiệp. Kinh phí tổ chức khoảng 18 triệu đồng từ ngân sách xã.
Đồng chí Đặng Thị Thu, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã, đề nghị các học viên sau tập huấn phải nắm được số người lao động của từng xóm, lập danh sách 100% hộ có người làm việc ở khu công nghiệp, phản ánh kịp thời những vụ việc phát sinh về Ban Chỉ đạo xã. Đồng chí cũng giao khối dân vận xã phối hợp với công đoàn các doanh nghiệp tổ chức ít nhất 2 buổi gặp mặt công nhân là người địa phương trong năm.
Ban Văn hóa - Xã hội xã
Tin liên quan
- Nghi Long tổng kết công tác dân vận 6 tháng đầu năm (10/07/2023)
- Ra mắt tổ dân vận xóm 7 (05/06/2023)
- Hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân (15/05/2023)
""", "2023-08-09", "Xã Nghi Long tập huấn kỹ năng nắm tình hình, hòa giải mâu thuẫn tại doanh nghiệp",
E("tap_huan", "2023", "2023-08-08"),
[P("Hồ Sỹ Lương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phan Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy Nghi Lộc"),
 P("Lô Văn Thái", "Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Nguyễn Văn Tứ", "Trưởng Ban công tác Mặt trận xóm 5"),
 P("Trần Thị Hà", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đặng Thị Thu", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã")],
[Q("85 học viên", 85, "học viên"), Q("12 xóm", 12, "xóm"), Q("khoảng 1.850 người dân", 1850, "người dân", "approx"),
 Q("140 người", 140, "người"), Q("3 vụ mâu thuẫn", 3, "vụ mâu thuẫn"), Q("42 thành viên", 42, "thành viên"),
 Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"), Q("100% hộ", 100, "%"),
 Q("ít nhất 2 buổi gặp mặt", 2, "buổi gặp mặt", "over")],
[D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Kế hoạch", "36", "KH/ĐU", "2023-07-20", "Đảng ủy xã", "Kế hoạch số 36-KH/ĐU ngày 20/7/2023"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU")],
[prov("Nghệ An"), com("Nghi Long")],
["Cổng thông tin điện tử xã Nghi Long - huyện Nghi Lộc - tỉnh Nghệ An", "Trang chủ > Tin tức - Sự kiện > Dân vận",
 "Học viên thảo luận nhóm tại lớp tập huấn.", "Khu công nghiệp VSIP Nghệ An", "Bộ luật Lao động năm 2019",
 "Luật Hòa giải ở cơ sở", "Nữ công nhân với pháp luật", "Ban Văn hóa - Xã hội xã"],
["Cập nhật lúc 17:20 ngày 09/08/2023", "năm 2023", "năm 2022", "2 lần", "5 bước", "xóm 5"]))

PAGES.append(page("b5925-bacgiang-bdv-giaoban-thang3-2024", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Hôm nay: Thứ Hai, 08/04/2024
You are here: Trang chủ - Hoạt động - Dân vận doanh nghiệp
Thứ Sáu, 05/04/2024, 08:05
Ảnh: Đồng chí Hoàng Thị Thu Trang chủ trì giao ban.
Giao ban công tác dân vận tháng 3: Tập trung xử lý việc nợ lương tại một số doanh nghiệp may
Ngày 4/4/2024, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức giao ban công tác dân vận tháng 3/2024 với ban dân vận các huyện ủy, thành ủy và Ban Dân vận Đảng ủy Khối doanh nghiệp tỉnh. Đồng chí Hoàng Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban nêu, trong tháng 3 trên địa bàn tỉnh xảy ra 2 vụ ngừng việc tập thể tại Công ty TNHH may Việt Yên Star và Công ty TNHH may Lục Ngạn với tổng số khoảng 1.650 người lao động, do doanh nghiệp thiếu đơn hàng, chậm trả lương tháng 2 với tổng số tiền trên 11 tỷ đồng. Ngay sau khi xảy ra vụ việc, Thường trực Tỉnh ủy đã có Công văn số 2845-CV/TU chỉ đạo; các lực lượng đã vận động công nhân trở lại làm việc sau 1,5 ngày.
Đồng chí Ngô Thị Huyền, HUV, Trưởng Ban Dân vận Huyện ủy Lục Ngạn, cho biết huyện đã lập tổ công tác gồm 7 thành viên, phối hợp với UBND xã Phượng Sơn đến từng khu trọ, gặp 230 hộ có con em làm việc tại công ty; công ty đã trả được 60% tiền lương nợ, số còn lại cam kết trả trước ngày 20/4. Ông Giáp Văn Hưng, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, cho biết công đoàn đã tạm ứng 200 triệu đồng từ quỹ trợ vốn để hỗ trợ 400 đoàn viên khó khăn, mỗi người 500.000 đồng.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lăng Văn Dương, Thân Thị Hoa đề nghị các huyện ủy quán triệt Kết luận số 61-KL/TW ngày 17/8/2023 của Ban Bí thư và Chỉ thị 28, 29-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới. Theo số liệu của Sở Lao động - Thương binh và Xã hội, quý I/2024 toàn tỉnh có 46 doanh nghiệp giảm giờ làm, ảnh hưởng khoảng 12.300 lao động; khoảng 85% trong số đó là lao động nữ.
Kết luận giao ban, đồng chí Hoàng Thị Thu Trang yêu cầu tháng 4 các cơ quan dân vận tập trung nắm tình hình tại các doanh nghiệp may, da giày; đôn đốc 2 doanh nghiệp trả hết nợ lương; phối hợp với Mặt trận, các đoàn thể và chính quyền xã Hồng Thái chuẩn bị hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân nhân Tháng Công nhân. Ban Dân vận Tỉnh ủy sẽ ban hành Hướng dẫn số 12-HD/BDVTU về nắm tình hình công nhân trong các doanh nghiệp khó khăn.
Vân Anh
Tin khác
- Ban Dân vận Tỉnh ủy giao ban tháng 2/2024 (06/03/2024)
- Việt Yên: vận động công nhân ổn định tư tưởng (22/03/2024)
- Tháng Công nhân năm 2024: nhiều hoạt động thiết thực (28/03/2024)
""", "2024-04-05", "Giao ban công tác dân vận tháng 3: Tập trung xử lý việc nợ lương tại một số doanh nghiệp may",
E("giao_ban", "2024-03", "2024-04-04"),
[P("Hoàng Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Huyền", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Ngạn"),
 P("Giáp Văn Hưng", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lăng Văn Dương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Thân Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2 vụ ngừng việc tập thể", 2, "vụ ngừng việc tập thể"), Q("khoảng 1.650 người lao động", 1650, "người lao động", "approx"),
 Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("7 thành viên", 7, "thành viên"), Q("230 hộ", 230, "hộ"),
 Q("60%", 60, "%"), Q("200 triệu đồng", 200000000, "đồng"), Q("400 đoàn viên khó khăn", 400, "đoàn viên khó khăn"),
 Q("500.000 đồng", 500000, "đồng"), Q("46 doanh nghiệp", 46, "doanh nghiệp"),
 Q("khoảng 12.300 lao động", 12300, "lao động", "approx"), Q("khoảng 85%", 85, "%", "approx"), Q("2 doanh nghiệp", 2, "doanh nghiệp")],
[D("Công văn", "2845", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 2845-CV/TU"),
 D("Kết luận", "61", "KL/TW", "2023-08-17", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 17/8/2023"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Bắc Giang"), com("Phượng Sơn"), com("Hồng Thái")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "You are here: Trang chủ - Hoạt động - Dân vận doanh nghiệp",
 "Ảnh: Đồng chí Hoàng Thị Thu Trang chủ trì giao ban.", "Công ty TNHH may Việt Yên Star", "Công ty TNHH may Lục Ngạn",
 "Tháng Công nhân"],
["Hôm nay: Thứ Hai, 08/04/2024", "Thứ Sáu, 05/04/2024, 08:05", "tháng 3/2024", "tháng 2", "1,5 ngày", "20/4", "quý I/2024", "tháng 4"]))

PAGES.append(page("b5926-soctrang-ldld-traoqua-congnhan-khmer-2024", """
Báo Sóc Trăng điện tử
Xã hội › Lao động
Thứ Sáu, 02/02/2024 - 15:30
Trao quà Tết cho công nhân người Khmer mất việc sau đợt ngừng việc ở Khu công nghiệp An Nghiệp
Ngày 1/2, đoàn công tác của Tỉnh ủy, Liên đoàn Lao động tỉnh Sóc Trăng do đồng chí Sơn Thị Ngọc Hân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, trao 300 phần quà Tết cho công nhân, người lao động có hoàn cảnh khó khăn tại xã An Hiệp, trong đó có 180 công nhân người Khmer.
Đồng chí Sơn Thị Ngọc Hân trao quà cho công nhân. Ảnh: Kim Ngân
Mỗi phần quà trị giá 1 triệu đồng, gồm 700.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá 300 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và Liên đoàn Lao động tỉnh. Cùng đi có đồng chí Thạch Sô Phên, Phó Chủ tịch Liên đoàn Lao động tỉnh, và Đại đức Lý Sóc Thươl, trụ trì chùa Bưng Tum, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Cuối tháng 11/2023, tại Công ty TNHH giày Mỹ Xuyên Phát trong Khu công nghiệp An Nghiệp xảy ra vụ ngừng việc của khoảng 1.100 công nhân do công ty cắt giảm 420 lao động mà chưa thông báo trước theo quy định. Ban Dân vận Tỉnh ủy đã chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Liên đoàn Lao động tỉnh tổ chức 4 buổi đối thoại; công ty đồng ý chi trả trợ cấp mất việc tổng cộng hơn 3,7 tỷ đồng và hỗ trợ thêm mỗi người 2 tháng lương.
Ông Kim Ta Ra, Chủ tịch UBND xã An Hiệp, cho biết xã đã phối hợp với các chùa Khmer vận động bà con bình tĩnh, không tụ tập; đã giới thiệu 156 lao động tìm được việc làm mới, 64 người tham gia lớp đào tạo nghề do Trung tâm Dịch vụ việc làm tỉnh mở. Chị Thạch Thị Sa Phiên, nguyên công nhân công ty, cho biết nhờ được tư vấn kịp thời, chị đã nhận đủ trợ cấp thất nghiệp.
Phát biểu tại buổi trao quà, đồng chí Sơn Thị Ngọc Hân đề nghị chính quyền xã, các chùa và các tổ dân vận tiếp tục phối hợp thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về công tác đối với đồng bào Khmer và Kế hoạch số 142-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp; theo dõi sát việc chi trả chế độ của công ty, kịp thời báo cáo Thường trực Tỉnh ủy những vướng mắc phát sinh, không để người lao động bị thiệt thòi.
Dịp Tết Giáp Thìn 2024, các cấp công đoàn tỉnh trao trên 9.000 suất quà cho đoàn viên với tổng kinh phí khoảng 5,4 tỷ đồng, thực hiện theo Kế hoạch số 245/KH-TLĐ của Tổng Liên đoàn Lao động Việt Nam về "Tết Sum vầy".
Kim Ngân
Tin liên quan
- Công nhân Khu công nghiệp An Nghiệp trở lại làm việc (02/12/2023)
- Ban Dân vận Tỉnh ủy tổng kết năm 2023 (26/12/2023)
- Trao 500 suất quà cho hộ nghèo Khmer dịp Tết (18/01/2024)
""", "2024-02-02", "Trao quà Tết cho công nhân người Khmer mất việc sau đợt ngừng việc ở Khu công nghiệp An Nghiệp",
E("trao_qua", None, "2024-02-01"),
[P("Sơn Thị Ngọc Hân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phên", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lý Sóc Thươl", "Đại đức", "trụ trì chùa Bưng Tum", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Ta Ra", "Chủ tịch UBND xã An Hiệp"),
 P("Thạch Thị Sa Phiên", "nguyên công nhân công ty")],
[Q("300 phần quà Tết", 300, "phần quà"), Q("180 công nhân người Khmer", 180, "công nhân người Khmer"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("700.000 đồng", 700000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("khoảng 1.100 công nhân", 1100, "công nhân", "approx"), Q("420 lao động", 420, "lao động"),
 Q("4 buổi đối thoại", 4, "buổi đối thoại"), Q("hơn 3,7 tỷ đồng", 3700000000, "đồng", "over"),
 Q("156 lao động", 156, "lao động"), Q("64 người", 64, "người"),
 Q("trên 9.000 suất quà", 9000, "suất quà", "over"), Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "142", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 142-KH/TU"),
 D("Kế hoạch", "245", "KH-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 245/KH-TLĐ")],
[prov("Sóc Trăng"), com("An Hiệp")],
["Báo Sóc Trăng điện tử", "Xã hội › Lao động", "Đồng chí Sơn Thị Ngọc Hân trao quà cho công nhân. Ảnh: Kim Ngân",
 "Vì người nghèo", "Tết Sum vầy", "Khu công nghiệp An Nghiệp", "Công ty TNHH giày Mỹ Xuyên Phát",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Trung tâm Dịch vụ việc làm tỉnh"],
["Thứ Sáu, 02/02/2024 - 15:30", "tháng 11/2023", "2 tháng lương", "Tết Giáp Thìn 2024"]))
