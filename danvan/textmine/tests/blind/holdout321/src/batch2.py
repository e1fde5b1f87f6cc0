from lib import *
PAGES = []

PAGES.append(page("b7667-binhdinh-kyhop-cuoinam-2017", """
BÁO BÌNH ĐỊNH ONLINE
Chính trị - Xã hội | Dân cử | Địa phương
22/12/2017 - 07:45
Cát Hanh: HĐND xã chất vấn trách nhiệm trả lời kiến nghị của cử tri
Từ ngày 19 đến 20/12, HĐND xã Cát Hanh (huyện Phù Cát, tỉnh Bình Định) khóa XI, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 5. Kỳ họp đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2017, quyết định dự toán ngân sách năm 2018 và dành nhiều thời gian xem xét việc giải quyết kiến nghị cử tri.
Ông Đặng Văn Tín, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc kỳ họp. Ảnh: N.Hạnh
Báo cáo tại kỳ họp cho thấy năm 2017, giá trị sản xuất các ngành kinh tế của xã tăng 9,8%; tổng thu ngân sách đạt 11,36 tỷ đồng; xã có thêm 2 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu. Thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ, đến nay Cát Hanh đạt 17/19 tiêu chí nông thôn mới. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW của Bộ Chính trị được gắn với giải quyết việc dân cần.
Tổng hợp từ 2 đợt tiếp xúc cử tri trong năm, Thường trực HĐND xã đã chuyển đến UBND xã 44 kiến nghị. Các Phó Chủ tịch UBND xã: Lê Văn Cường, Trần Thị Bích Thủy đã lần lượt báo cáo kết quả theo lĩnh vực phụ trách. Theo đó, 35 kiến nghị đã được giải quyết xong, 6 kiến nghị đang giải quyết, 3 kiến nghị được giải thích, trả lời rõ cho cử tri. Riêng việc nâng cấp tuyến kênh mương nội đồng ở thôn Hòa Dõng, xã đã bố trí 780 triệu đồng, thi công xong 1.250 m.
Tại phiên chất vấn, đại biểu Nguyễn Văn Bảy chất vấn về tình trạng khai thác cát trái phép trên sông La Tinh gây sạt lở đất sản xuất của khoảng 20 hộ. Ông Huỳnh Ngọc Tuấn, Chủ tịch UBND xã, thừa nhận trách nhiệm quản lý và cho biết xã đã phối hợp lực lượng chức năng của huyện xử lý 3 trường hợp, phạt hành chính 45 triệu đồng. Đại biểu Võ Thị Kim Oanh, Bí thư Đoàn xã, đề nghị xã quan tâm hơn đến việc làm cho thanh niên nông thôn.
Ông Đặng Văn Tín đánh giá việc giải quyết kiến nghị năm nay có tiến bộ, tỷ lệ giải quyết đạt 79,5%, song vẫn còn tình trạng trả lời chung chung, chưa đúng trọng tâm. Ông yêu cầu UBND xã thực hiện nghiêm Nghị quyết số 09/NQ-HĐND ngày 14/7/2017 của HĐND xã về nâng cao chất lượng tiếp xúc cử tri, mỗi kiến nghị phải có địa chỉ trả lời cụ thể, công khai trên hệ thống truyền thanh của xã.
Kỳ họp đã thông qua 7 nghị quyết, trong đó có nghị quyết về chương trình giám sát năm 2018 với trọng tâm là việc thực hiện các kiến nghị của cử tri và công tác quản lý đất đai.
Ngọc Hạnh
Bài viết liên quan
- Phù Cát: các xã, thị trấn hoàn thành kỳ họp cuối năm (21/12/2017)
- Tiếp xúc cử tri xã Cát Tân trước kỳ họp thứ 5 (05/12/2017)
- HĐND tỉnh tổ chức kỳ họp thứ 5 (12/12/2017)
""", "2017-12-22", "Cát Hanh: HĐND xã chất vấn trách nhiệm trả lời kiến nghị của cử tri",
E("hoi_nghi", "2017", "2017-12-19"),
[P("Đặng Văn Tín", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Cường", "Phó Chủ tịch UBND xã"),
 P("Trần Thị Bích Thủy", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Văn Bảy", "đại biểu"),
 P("Huỳnh Ngọc Tuấn", "Chủ tịch UBND xã"),
 P("Võ Thị Kim Oanh", "Đại biểu", "Bí thư Đoàn xã")],
[Q("9,8%", 9.8, "%"), Q("11,36 tỷ đồng", 11360000000, "đồng"), Q("2 thôn", 2, "thôn"), Q("17/19 tiêu chí", 17, "tiêu chí"),
 Q("2 đợt", 2, "đợt"), Q("44 kiến nghị", 44, "kiến nghị"), Q("35 kiến nghị", 35, "kiến nghị"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("780 triệu đồng", 780000000, "đồng"), Q("1.250 m", 1250, "m"),
 Q("khoảng 20 hộ", 20, "hộ", "approx"), Q("3 trường hợp", 3, "trường hợp"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("79,5%", 79.5, "%"), Q("7 nghị quyết", 7, "nghị quyết")],
[D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "09", "NQ-HĐND", "2017-07-14", "HĐND xã", "Nghị quyết số 09/NQ-HĐND ngày 14/7/2017")],
[prov("Bình Định"), com("Cát Hanh")],
["BÁO BÌNH ĐỊNH ONLINE", "Chính trị - Xã hội | Dân cử | Địa phương",
 "Ông Đặng Văn Tín, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc kỳ họp. Ảnh: N.Hạnh", "Hòa Dõng", "La Tinh"],
["22/12/2017 - 07:45", "khóa XI", "nhiệm kỳ 2016 - 2021", "kỳ họp thứ 5", "năm 2017", "năm 2018"]))

PAGES.append(page("b7668-kiengiang-traloi-kiennghi-2018", """
Báo Kiên Giang - Cơ quan của Đảng bộ tỉnh Kiên Giang
Trang chủ | Chính trị | Xây dựng Đảng - Chính quyền
Thứ Tư, 11/04/2018 - 08:50
Ở Vĩnh Phong, kiến nghị của cử tri không "ngủ quên"
(BKG) - Nhiều năm nay, xã Vĩnh Phong (huyện Vĩnh Thuận) là địa phương được huyện đánh giá cao về việc trả lời, giải quyết kiến nghị của cử tri. Cử tri ở các ấp đông đồng bào Khmer cho biết họ nói điều gì tại buổi tiếp xúc thì sau kỳ họp đều nhận được câu trả lời rõ ràng.
Cán bộ xã Vĩnh Phong ghi nhận ý kiến của người dân ấp Vĩnh Thạnh. Ảnh: Thanh Vân
Ông Danh Sóc, Phó Chủ tịch HĐND xã Vĩnh Phong, cho biết cách làm của xã rất đơn giản: mỗi kiến nghị được ghi vào sổ theo dõi, giao cho một lãnh đạo UBND xã phụ trách và hẹn thời gian trả lời. Sau mỗi kỳ họp, Thường trực HĐND xã rà soát lại, việc nào chậm thì đưa ra chất vấn. Năm 2017, qua 4 đợt tiếp xúc cử tri, xã tiếp nhận 52 kiến nghị, đã giải quyết 47 kiến nghị, đạt 90,4%; 5 kiến nghị còn lại liên quan đến đầu tư lộ giao thông nông thôn và đã được đưa vào kế hoạch năm 2018.
Trong năm 2017, từ kiến nghị của cử tri, xã đã vận động các mạnh thường quân và nhân dân góp hơn 1,6 tỷ đồng làm 9 cây cầu bê tông, nâng cấp gần 6 km lộ nông thôn. Các hộ đồng bào Khmer ở ấp Vĩnh Thạnh, Vĩnh Lộc được hỗ trợ đất ở, nhà ở theo Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ; 37 hộ đã được vay vốn ưu đãi, mỗi hộ tối đa 50 triệu đồng.
Bà Thị Ngọc Hân, người dân ấp Vĩnh Lộc, kể: trước đây đường vào nhà bà mùa mưa lầy lội, bà nêu tại buổi tiếp xúc cử tri cuối năm 2016, đến giữa năm 2017 con lộ đã được đổ bê tông. Ông Lâm Sa Phol, người có uy tín ấp Vĩnh Thạnh, nói bà con tin tưởng hơn vì "hỏi tới đâu, cán bộ trả lời tới đó".
Theo ông Nguyễn Văn Khởi, Bí thư Đảng ủy, Chủ tịch HĐND xã, Đảng ủy đã ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về nâng cao chất lượng tiếp xúc cử tri và giải quyết kiến nghị, đồng thời gắn với thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo. Người đứng đầu cấp ủy, chính quyền xã tiếp dân định kỳ vào thứ Năm hằng tuần.
Ông Danh Hùng, Trưởng ban Kinh tế - Xã hội HĐND xã, cho rằng khó khăn lớn nhất là nguồn lực. Có những kiến nghị chính đáng như nạo vét kênh Chống Mỹ, cần trên 3 tỷ đồng, vượt khả năng ngân sách xã, nên xã phải kiến nghị lên huyện, tỉnh.
Bài, ảnh: Thanh Vân
Tin liên quan
- Vĩnh Thuận: tiếp xúc cử tri trước kỳ họp thứ 6 HĐND huyện (05/04/2018)
- U Minh Thượng nâng chất hoạt động HĐND cấp xã (29/03/2018)
- Kiên Giang: 145/145 xã, phường, thị trấn hoàn thành kỳ họp cuối năm (25/12/2017)
""", "2018-04-11", "Ở Vĩnh Phong, kiến nghị của cử tri không \"ngủ quên\"",
E("khac", None, None),
[P("Danh Sóc", "Phó Chủ tịch HĐND xã Vĩnh Phong"),
 P("Thị Ngọc Hân", "người dân ấp Vĩnh Lộc"),
 P("Lâm Sa Phol", "người có uy tín ấp Vĩnh Thạnh"),
 P("Nguyễn Văn Khởi", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Danh Hùng", "Trưởng ban Kinh tế - Xã hội HĐND xã")],
[Q("4 đợt", 4, "đợt"), Q("52 kiến nghị", 52, "kiến nghị"), Q("47 kiến nghị", 47, "kiến nghị"), Q("90,4%", 90.4, "%"),
 Q("5 kiến nghị", 5, "kiến nghị"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("9 cây cầu bê tông", 9, "cây cầu bê tông"),
 Q("gần 6 km", 6, "km", "approx"), Q("37 hộ", 37, "hộ"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("trên 3 tỷ đồng", 3000000000, "đồng", "over")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg ngày 31/10/2016"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 03-NQ/ĐU"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014")],
[prov("Kiên Giang"), com("Vĩnh Phong")],
["Báo Kiên Giang - Cơ quan của Đảng bộ tỉnh Kiên Giang", "Trang chủ | Chính trị | Xây dựng Đảng - Chính quyền", "(BKG)",
 "Cán bộ xã Vĩnh Phong ghi nhận ý kiến của người dân ấp Vĩnh Thạnh. Ảnh: Thanh Vân", "kênh Chống Mỹ", "hỏi tới đâu, cán bộ trả lời tới đó"],
["Thứ Tư, 11/04/2018 - 08:50", "Năm 2017", "năm 2018", "năm 2016", "năm 2017", "thứ Năm"]))

PAGES.append(page("b7669-sonla-kyhop-giuanam-2019", """
BÁO SƠN LA
Thời sự › Chính trị › Hoạt động dân cử
18.07.2019 | 15:30
Hội đồng nhân dân xã Chiềng Mung tổ chức kỳ họp thứ 8
Ngày 15/7/2019, HĐND xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La khóa XX, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 8 để đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm 2019 và nhiệm vụ trọng tâm 6 tháng cuối năm. Ông Lò Văn Hặc, Bí thư Đảng ủy - Chủ tịch HĐND xã và bà Cầm Thị Ín, Phó Chủ tịch HĐND xã điều hành kỳ họp.
Theo báo cáo của UBND xã, 6 tháng qua toàn xã gieo trồng được 1.420 ha cây trồng các loại, trong đó có 385 ha cây ăn quả; sản lượng xoài, nhãn ước đạt khoảng 2.700 tấn. Xã đã làm mới 4,5 km đường bê tông nội bản với sự đóng góp của nhân dân bằng tiền và ngày công trị giá 1,15 tỷ đồng. Tổng thu ngân sách 6 tháng đạt 3,42 tỷ đồng, bằng 56% dự toán. Tỷ lệ hộ nghèo còn 8,9%; xã đã hoàn thành hỗ trợ làm nhà cho 12 hộ nghèo theo Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ.
Báo cáo kết quả giải quyết kiến nghị cử tri trước và sau kỳ họp thứ 7 cho biết, cử tri 22 bản trong xã đã gửi 31 ý kiến, kiến nghị. Đến nay đã có 26 ý kiến được giải quyết, trả lời; 5 ý kiến liên quan đến chuyển đổi đất trồng lúa kém hiệu quả sang trồng cây ăn quả đã chuyển UBND huyện Mai Sơn giải quyết theo thẩm quyền.
Thảo luận tại kỳ họp, đại biểu Quàng Văn Xôm, Trưởng bản Nà Hường, phản ánh việc thu gom, xử lý vỏ bao bì thuốc bảo vệ thực vật ở các vùng trồng cây ăn quả còn chưa tốt. Đại biểu Lường Thị Phương, Chủ tịch Hội LHPN xã, đề nghị UBND xã hướng dẫn các hộ trồng xoài liên kết với doanh nghiệp để tiêu thụ, tránh bị ép giá. Ông Lường Văn Tiến, Chủ tịch UBND xã đã giải trình và tiếp thu các ý kiến của đại biểu, cho biết xã sẽ xây thêm 20 bể chứa vỏ bao bì trong quý III.
Kỳ họp đã xem xét các tờ trình và thông qua 4 nghị quyết, trong đó có nghị quyết điều chỉnh kế hoạch đầu tư công năm 2019. Xã tiếp tục triển khai Nghị quyết số 04-NQ/HU ngày 08/3/2016 của Huyện ủy Mai Sơn về phát triển cây ăn quả giai đoạn 2016 - 2020 và Kế hoạch số 35/KH-UBND của UBND xã về thực hiện Chỉ thị 01/CT-TTg của Thủ tướng Chính phủ về phòng, chống bệnh dịch tả lợn châu Phi.
Kết luận kỳ họp, ông Lò Văn Hặc yêu cầu UBND xã tập trung phòng chống thiên tai mùa mưa lũ, rà soát 6 điểm có nguy cơ sạt lở gần khu dân cư; đồng thời chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.
Quàng Hương
Tin khác
- Mai Sơn: 22/22 xã, thị trấn tổ chức kỳ họp giữa năm (17/07/2019)
- Chiềng Mung vào mùa xoài (10/07/2019)
- Hát Lót tiếp xúc cử tri trước kỳ họp (01/07/2019)
""", "2019-07-18", "Hội đồng nhân dân xã Chiềng Mung tổ chức kỳ họp thứ 8",
E("hoi_nghi", "2019-H1", "2019-07-15"),
[P("Lò Văn Hặc", "Bí thư Đảng ủy - Chủ tịch HĐND xã"),
 P("Cầm Thị Ín", "Phó Chủ tịch HĐND xã"),
 P("Quàng Văn Xôm", "đại biểu", "Trưởng bản Nà Hường"),
 P("Lường Thị Phương", "Đại biểu", "Chủ tịch Hội LHPN xã"),
 P("Lường Văn Tiến", "Chủ tịch UBND xã")],
[Q("1.420 ha", 1420, "ha"), Q("385 ha", 385, "ha"), Q("khoảng 2.700 tấn", 2700, "tấn", "approx"), Q("4,5 km", 4.5, "km"),
 Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("3,42 tỷ đồng", 3420000000, "đồng"), Q("56%", 56, "%"), Q("8,9%", 8.9, "%"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("22 bản", 22, "bản"), Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"),
 Q("26 ý kiến", 26, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("20 bể chứa vỏ bao bì", 20, "bể chứa vỏ bao bì"),
 Q("4 nghị quyết", 4, "nghị quyết"), Q("6 điểm", 6, "điểm")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2015/QĐ-TTg"),
 D("Nghị quyết", "04", "NQ/HU", "2016-03-08", "Huyện ủy Mai Sơn", "Nghị quyết số 04-NQ/HU ngày 08/3/2016"),
 D("Kế hoạch", "35", "KH-UBND", None, "UBND xã", "Kế hoạch số 35/KH-UBND"),
 D("Chỉ thị", "01", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/CT-TTg")],
[prov("Sơn La"), com("Chiềng Mung")],
["BÁO SƠN LA", "Thời sự › Chính trị › Hoạt động dân cử", "Nà Hường", "Đại hội Đảng bộ xã"],
["18.07.2019 | 15:30", "khóa XX", "nhiệm kỳ 2016 - 2021", "kỳ họp thứ 8", "6 tháng đầu năm 2019", "6 tháng cuối năm",
 "kỳ họp thứ 7", "quý III", "năm 2019", "giai đoạn 2016 - 2020", "nhiệm kỳ 2020 - 2025", "6 tháng"]))

PAGES.append(page("b7670-tiengiang-chatvan-2019", """
ẤP BẮC - BÁO TIỀN GIANG
Trang nhất » Chính trị » Dân cử
Thứ Sáu, 27/12/2019, 14:05
Xã Tân Hòa Thành: Cử tri quan tâm nước sinh hoạt mùa khô
Chiều 25/12, tại kỳ họp thứ 11 HĐND xã Tân Hòa Thành (huyện Tân Phước, tỉnh Tiền Giang) khóa X, các đại biểu đã dành trọn buổi chiều cho phiên chất vấn và trả lời chất vấn, tập trung vào những kiến nghị của cử tri chưa được giải quyết dứt điểm trong năm 2019.
Đại biểu HĐND xã chất vấn tại kỳ họp. Ảnh: Hồng Nhung
Theo báo cáo của Thường trực HĐND xã, năm 2019, qua các buổi tiếp xúc cử tri, đại biểu đã tiếp nhận 29 kiến nghị. UBND xã đã giải quyết 21 kiến nghị, trả lời, giải thích 5 kiến nghị; còn 3 kiến nghị chưa giải quyết, chủ yếu liên quan nước sinh hoạt cho các ấp xa trung tâm. Mùa khô năm 2019, có khoảng 230 hộ ở ấp Tân Bình và ấp Tân Hòa thiếu nước ngọt; mỗi hộ phải mua nước với giá từ 80.000 đến 100.000 đồng/m3.
Trả lời chất vấn của đại biểu Trương Văn Lượm, Trưởng ấp Tân Bình, ông Võ Minh Triết, Chủ tịch UBND xã, cho biết xã đã đề xuất huyện đầu tư tuyến ống cấp nước dài 6,2 km với tổng mức khoảng 3,8 tỷ đồng; trước mắt xã đã phối hợp với Hội Chữ thập đỏ cấp miễn phí 150 bồn chứa nước loại 1.000 lít cho các hộ khó khăn. Đại biểu Lê Thị Thu Ba chất vấn về việc chậm cấp giấy chứng nhận quyền sử dụng đất cho 18 hộ dân; ông Triết nhận trách nhiệm và hứa hoàn thành hồ sơ trong quý I/2020.
Kỳ họp cũng nghe báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2019: tổng diện tích khóm trên 2.100 ha, sản lượng ước 52.000 tấn; thu nhập bình quân đầu người đạt 47,5 triệu đồng/năm; hộ nghèo giảm còn 2,6%. Việc thực hiện Chỉ thị 35-CT/TW ngày 26/5/2014 và Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân được Đảng ủy xã quan tâm; trong năm, Bí thư Đảng ủy xã tiếp dân 12 buổi.
Phát biểu bế mạc, bà Nguyễn Thị Mỹ Linh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, đề nghị UBND xã tập trung giải quyết dứt điểm 3 kiến nghị tồn đọng trước mùa khô 2020, công khai kết quả tại kỳ họp giữa năm. Kỳ họp biểu quyết thông qua 6 nghị quyết, trong đó có Nghị quyết về dự toán thu, chi ngân sách năm 2020 với tổng thu 9,7 tỷ đồng.
Nhiều cử tri theo dõi kỳ họp qua hệ thống truyền thanh của xã cho rằng phiên chất vấn năm nay thẳng thắn hơn, đại biểu hỏi đúng vào những việc người dân bức xúc, lãnh đạo xã trả lời có hẹn thời gian cụ thể.
Hồng Nhung
Tin cùng chuyên mục
- Tân Phước: HĐND huyện chất vấn về xâm nhập mặn (20/12/2019)
- Cai Lậy: 16 xã tổ chức kỳ họp cuối năm (19/12/2019)
- Tiền Giang: người dân vùng khóm chủ động trữ nước ngọt (15/12/2019)
- Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại Tân Phước (10/12/2019)
- Tập huấn kỹ năng chất vấn cho đại biểu HĐND cấp xã (02/12/2019)
""", "2019-12-27", "Xã Tân Hòa Thành: Cử tri quan tâm nước sinh hoạt mùa khô",
E("hoi_nghi", "2019", "2019-12-25"),
[P("Trương Văn Lượm", "đại biểu", "Trưởng ấp Tân Bình"),
 P("Võ Minh Triết", "Chủ tịch UBND xã"),
 P("Lê Thị Thu Ba", "Đại biểu"),
 P("Nguyễn Thị Mỹ Linh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã")],
[Q("29 kiến nghị", 29, "kiến nghị"), Q("21 kiến nghị", 21, "kiến nghị"), Q("5 kiến nghị", 5, "kiến nghị"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("khoảng 230 hộ", 230, "hộ", "approx"), Q("80.000", 80000, "đồng"),
 Q("100.000 đồng/m3", 100000, "đồng"), Q("6,2 km", 6.2, "km"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("150 bồn chứa nước", 150, "bồn chứa nước"), Q("1.000 lít", 1000, "lít"), Q("18 hộ dân", 18, "hộ dân"),
 Q("trên 2.100 ha", 2100, "ha", "over"), Q("52.000 tấn", 52000, "tấn"), Q("47,5 triệu đồng", 47500000, "đồng"),
 Q("2,6%", 2.6, "%"), Q("12 buổi", 12, "buổi"), Q("6 nghị quyết", 6, "nghị quyết"), Q("9,7 tỷ đồng", 9700000000, "đồng")],
[D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 26/5/2014"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019")],
[prov("Tiền Giang"), com("Tân Hòa Thành")],
["ẤP BẮC - BÁO TIỀN GIANG", "Trang nhất » Chính trị » Dân cử", "Đại biểu HĐND xã chất vấn tại kỳ họp. Ảnh: Hồng Nhung", "Hội Chữ thập đỏ"],
["Thứ Sáu, 27/12/2019, 14:05", "kỳ họp thứ 11", "khóa X", "năm 2019", "quý I/2020", "năm 2020", "mùa khô 2020"]))

PAGES.append(page("b7671-quangnam-doithoai-2020", """
BÁO QUẢNG NAM
Thời sự | Chính trị | Miền núi
Cập nhật: 14:30, 24/06/2020 (GMT+7)
Toàn cảnh buổi đối thoại. Ảnh: Alăng Ngước
A Tiêng: Chủ tịch UBND xã đối thoại với người dân về kiến nghị tồn đọng
(QNO) - Sáng 22/6, tại nhà văn hóa thôn A Réh, UBND xã A Tiêng (huyện Tây Giang, tỉnh Quảng Nam) phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại năm 2020 giữa người đứng đầu chính quyền xã với nhân dân. Buổi đối thoại tập trung vào những kiến nghị của cử tri còn tồn đọng sau các kỳ họp HĐND xã.
Chủ trì buổi đối thoại có ông Bhling Mia, Chủ tịch UBND xã A Tiêng và bà A Lăng Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có ông Zơ Râm Ngọc, Phó Chủ tịch HĐND xã cùng gần 120 người dân của 7 thôn.
Theo báo cáo của UBND xã, từ đầu nhiệm kỳ 2016 - 2021 đến nay, cử tri xã đã nêu 64 ý kiến, kiến nghị; đã giải quyết 55 kiến nghị, đạt 85,9%. Trong đó nhiều việc lớn đã hoàn thành như nâng cấp 3 công trình nước sinh hoạt tự chảy, làm đường vào khu sản xuất thôn Agrồng dài 2,3 km, hỗ trợ 46 hộ đồng bào Cơ Tu làm nhà ở theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.
Tại buổi đối thoại, người dân đã nêu 14 ý kiến. Ông Bríu Pố, già làng thôn Agrồng, đề nghị xã sớm giải quyết việc chi trả tiền bảo vệ rừng cho các hộ nhận khoán, vì năm 2019 còn chậm. Bà Pơloong Thị Hiền, người dân thôn A Réh, phản ánh đường điện vào khu tái định cư chưa được kéo đến 11 hộ. Ông Alăng Bưới hỏi việc hỗ trợ giống cây ba kích theo Nghị quyết số 12/NQ-HĐND của HĐND huyện Tây Giang.
Ông Bhling Mia đã trực tiếp trả lời từng ý kiến: tiền dịch vụ môi trường rừng năm 2019 với tổng số hơn 1,3 tỷ đồng đã được chi trả đủ cho 312 hộ vào tháng 5; việc kéo điện cho khu tái định cư đã được Điện lực Tây Giang đưa vào kế hoạch quý III. Về giống ba kích, xã đã cấp 15.000 cây giống cho các hộ đăng ký, sẽ tiếp tục đề xuất huyện hỗ trợ đợt 2. Những ý kiến vượt thẩm quyền được ghi nhận, báo cáo Thường trực HĐND xã và UBND huyện.
Bà A Lăng Thị Lan cho biết, theo Quyết định số 99-QĐ/TW của Ban Bí thư về phát huy vai trò của nhân dân trong đấu tranh phòng, chống tham nhũng, Mặt trận xã sẽ giám sát việc thực hiện các cam kết của UBND xã tại buổi đối thoại và thông báo lại kết quả cho người dân tại các buổi sinh hoạt thôn.
Buổi đối thoại diễn ra trong không khí cởi mở, dân chủ. Nhiều người dân cho biết đây là lần đầu tiên họ được trực tiếp hỏi và nghe Chủ tịch UBND xã trả lời bằng tiếng Cơ Tu.
Alăng Ngước
Tin liên quan
- Tây Giang: giải quyết 90% kiến nghị cử tri (15/06/2020)
- Nam Giang đối thoại với người dân về đất sản xuất (10/06/2020)
- HĐND tỉnh giám sát chính sách cho đồng bào miền núi (03/06/2020)
""", "2020-06-24", "A Tiêng: Chủ tịch UBND xã đối thoại với người dân về kiến nghị tồn đọng",
E("doi_thoai", "2020", "2020-06-22"),
[P("Bhling Mia", "Chủ tịch UBND xã A Tiêng"),
 P("A Lăng Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Zơ Râm Ngọc", "Phó Chủ tịch HĐND xã"),
 P("Bríu Pố", "già làng thôn Agrồng"),
 P("Pơloong Thị Hiền", "người dân thôn A Réh"),
 P("Alăng Bưới")],
[Q("gần 120 người dân", 120, "người dân", "approx"), Q("7 thôn", 7, "thôn"), Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
 Q("55 kiến nghị", 55, "kiến nghị"), Q("85,9%", 85.9, "%"), Q("3 công trình nước sinh hoạt tự chảy", 3, "công trình nước sinh hoạt tự chảy"),
 Q("2,3 km", 2.3, "km"), Q("46 hộ", 46, "hộ"), Q("14 ý kiến", 14, "ý kiến"), Q("11 hộ", 11, "hộ"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("15.000 cây giống", 15000, "cây giống")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ-HĐND", None, "HĐND huyện Tây Giang", "Nghị quyết số 12/NQ-HĐND"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW")],
[prov("Quảng Nam"), com("A Tiêng")],
["BÁO QUẢNG NAM", "Thời sự | Chính trị | Miền núi", "Toàn cảnh buổi đối thoại. Ảnh: Alăng Ngước", "(QNO)", "Điện lực Tây Giang"],
["Cập nhật: 14:30, 24/06/2020 (GMT+7)", "năm 2020", "nhiệm kỳ 2016 - 2021", "năm 2019", "tháng 5", "quý III", "đợt 2"]))

PAGES.append(page("b7672-daklak-kyhop-cuoinam-2020", """
Báo Đắk Lắk điện tử
Chính trị » Hoạt động HĐND - UBND
30/12/2020 - 16:12
Xã Ea Tul trả lời 100% kiến nghị cử tri trong năm 2020
Ngày 28/12, HĐND xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk khóa X, nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thứ 14, kỳ họp thường lệ cuối năm 2020. Ông Y Ngọc Niê, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và giá cà phê xuống thấp, kinh tế của xã vẫn duy trì tăng trưởng. Toàn xã có 3.860 ha cà phê và 420 ha hồ tiêu. Thu nhập bình quân đầu người đạt 36 triệu đồng. Tổng thu ngân sách xã đạt hơn 5,2 tỷ đồng. Xã đã hỗ trợ gần 1.700 người lao động bị ảnh hưởng bởi dịch theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, với tổng số tiền trên 1,1 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 9,3%, trong đó hộ nghèo đồng bào dân tộc thiểu số chiếm 71%.
Bà H'Nhi Ayun, Phó Chủ tịch HĐND xã, trình bày báo cáo kết quả giải quyết kiến nghị cử tri sau kỳ họp thứ 13. Theo đó, cử tri 19 thôn, buôn đã gửi 27 ý kiến, kiến nghị, tập trung vào điện, nước sinh hoạt, đường giao thông và đất đai. UBND xã đã xem xét, trả lời toàn bộ, đạt 100%; trong đó 20 kiến nghị đã được giải quyết dứt điểm, 7 kiến nghị được chuyển lên huyện.
Thảo luận tại kỳ họp, đại biểu Y Bhim Mlô, Trưởng buôn Ea Kpal, đề nghị xã ưu tiên nâng cấp đường vào buôn dài 1,6 km để người dân vận chuyển nông sản. Đại biểu Nguyễn Thị Thanh Huyền, Bí thư Đoàn xã, quan tâm tình trạng thanh niên bỏ học đi làm thuê. Ông Lê Quang Vinh, Chủ tịch UBND xã, giải trình: tuyến đường buôn Ea Kpal đã được phê duyệt với vốn 2,4 tỷ đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững, khởi công trong quý I/2021.
Kỳ họp đã thông qua 8 nghị quyết, trong đó có nghị quyết về dự toán ngân sách năm 2021 và kế hoạch đầu tư công trung hạn. Ông Y Ngọc Niê đề nghị các đại biểu tuyên truyền để cử tri tích cực tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, đồng thời tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử và Kế hoạch số 102-KH/HU của Ban Thường vụ Huyện ủy về tiếp xúc cử tri.
Trước đó, Thường trực HĐND xã đã phối hợp Ban Thường trực Ủy ban MTTQ xã tổ chức 2 cuộc giám sát về việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch và việc quản lý đất công. Qua giám sát, xã đã thu hồi 2,5 ha đất công bị lấn chiếm để giao cho 14 hộ thiếu đất sản xuất.
H'Nhi Ayun
Tin liên quan
- Cư M'gar: 17 xã, thị trấn tổ chức kỳ họp cuối năm (29/12/2020)
- Ea Tul ra mắt mô hình "Buôn không có ma túy" (18/12/2020)
- Tiếp xúc cử tri trước kỳ họp HĐND tỉnh (10/12/2020)
""", "2020-12-30", "Xã Ea Tul trả lời 100% kiến nghị cử tri trong năm 2020",
E("hoi_nghi", "2020", "2020-12-28"),
[P("Y Ngọc Niê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("H'Nhi Ayun", "Phó Chủ tịch HĐND xã"),
 P("Y Bhim Mlô", "đại biểu", "Trưởng buôn Ea Kpal"),
 P("Nguyễn Thị Thanh Huyền", "Đại biểu", "Bí thư Đoàn xã"),
 P("Lê Quang Vinh", "Chủ tịch UBND xã")],
[Q("3.860 ha", 3860, "ha"), Q("420 ha", 420, "ha"), Q("36 triệu đồng", 36000000, "đồng"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"),
 Q("gần 1.700 người lao động", 1700, "người lao động", "approx"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("9,3%", 9.3, "%"), Q("71%", 71, "%"), Q("19 thôn, buôn", 19, "thôn, buôn"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("100%", 100, "%"), Q("20 kiến nghị", 20, "kiến nghị"), Q("7 kiến nghị", 7, "kiến nghị"), Q("1,6 km", 1.6, "km"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("8 nghị quyết", 8, "nghị quyết"), Q("2 cuộc giám sát", 2, "cuộc giám sát"),
 Q("2,5 ha", 2.5, "ha"), Q("14 hộ", 14, "hộ")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Kế hoạch", "102", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 102-KH/HU")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Chính trị » Hoạt động HĐND - UBND", "Ea Kpal", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Buôn không có ma túy"],
["30/12/2020 - 16:12", "khóa X", "nhiệm kỳ 2016 - 2021", "kỳ họp thứ 14", "năm 2020", "kỳ họp thứ 13", "quý I/2021", "năm 2021",
 "khóa XV", "nhiệm kỳ 2021 - 2026", "Covid-19"]))
