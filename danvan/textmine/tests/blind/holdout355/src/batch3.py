from lib import *
PAGES = []

PAGES.append(page("b8489-khanhhoa-bdv-tongket-2021", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
29/12/2021 06:00
Toàn cảnh hội nghị. Ảnh: Văn Giang
Khánh Hòa: Bàn giao mặt bằng 2 dự án cao tốc đạt trên 99%
Ngày 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Trần Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Hồ Xuân Hải, Phạm Văn Chinh - Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận các cấp đã tập trung vận động nhân dân bàn giao mặt bằng 2 dự án cao tốc Nha Trang - Cam Lâm và Vân Phong - Nha Trang. Đến nay, tỉnh đã bàn giao trên 99% mặt bằng; tổng số hộ bị ảnh hưởng là 3.216 hộ, đã chi trả hơn 1.785 tỷ đồng, xây dựng 5 khu tái định cư với 860 lô đất.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 09, 10-CT/TU về tăng cường công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và về vận động đồng bào dân tộc thiểu số vùng dự án; triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy. Việc bồi thường được thực hiện theo Nghị quyết số 52/2017/QH14 của Quốc hội.
Khối dân vận đã tổ chức 418 cuộc tiếp xúc, đối thoại với hơn 9.600 lượt người; tiếp nhận 156 đơn thư, kiến nghị, đã giải quyết 149 đơn. Phong trào thi đua "Dân vận khéo" có 312 mô hình được công nhận, trong đó 24 mô hình về vận động giải phóng mặt bằng.
Tham luận tại hội nghị, ông Cao Văn Thơ, Bí thư Đảng ủy xã Sơn Tân (huyện Cam Lâm) cho biết xã có 97 hộ đồng bào Raglai có đất trong dự án cao tốc. "Chúng tôi mời già làng, người có uy tín cùng đi vận động, họp dân bằng tiếng Raglai nên bà con hiểu, không có hộ nào bị cưỡng chế", ông nói. Bà Mấu Thị Hương, Chủ tịch Hội LHPN xã Cam Hòa, chia sẻ mô hình "Phụ nữ đồng hành cùng hộ tái định cư".
Đại diện xã Vạn Hưng, xã Vạn Lương (huyện Vạn Ninh) và xã Ninh An (thị xã Ninh Hòa) kiến nghị sớm hoàn thiện đường gom, hệ thống thoát nước dọc tuyến; khu tái định cư xã Diên Thọ còn thiếu điện chiếu sáng.
Phát biểu chỉ đạo, ông Nguyễn Văn Lộc, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh đề nghị Mặt trận các cấp tiếp tục giám sát việc chi trả, kịp thời phản ánh bức xúc của người dân. Kết luận, đồng chí Trần Thị Ngọc Lan yêu cầu năm 2022 khối dân vận tập trung chuẩn bị cho dự án cao tốc Khánh Hòa - Buôn Ma Thuột, bảo đảm người dân có chỗ ở mới bằng hoặc tốt hơn nơi ở cũ.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 26 cá nhân xuất sắc.
Hải Lăng
Tin liên quan
- Cam Lâm: bàn giao mặt bằng cao tốc đúng hẹn (10/12/2021)
- Vạn Ninh đối thoại với hộ dân xã Vạn Phước (25/11/2021)
- Mặt trận tỉnh giám sát chi trả bồi thường (12/11/2021)
""", "2021-12-29", "Khánh Hòa: Bàn giao mặt bằng 2 dự án cao tốc đạt trên 99%",
E("tong_ket", "2021", "2021-12-28"),
[P("Trần Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Xuân Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Chinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Văn Thơ", "Bí thư Đảng ủy xã Sơn Tân"),
 P("Mấu Thị Hương", "Chủ tịch Hội LHPN xã Cam Hòa"),
 P("Nguyễn Văn Lộc", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2 dự án cao tốc", 2, "dự án cao tốc"), Q("trên 99%", 99, "%", "over"), Q("3.216 hộ", 3216, "hộ"),
 Q("hơn 1.785 tỷ đồng", 1785000000000, "đồng", "over"), Q("5 khu tái định cư", 5, "khu tái định cư"), Q("860 lô đất", 860, "lô đất"),
 Q("418 cuộc tiếp xúc, đối thoại", 418, "cuộc tiếp xúc, đối thoại"), Q("hơn 9.600 lượt người", 9600, "lượt người", "over"),
 Q("156 đơn thư, kiến nghị", 156, "đơn thư, kiến nghị"), Q("149 đơn", 149, "đơn"), Q("312 mô hình", 312, "mô hình"),
 Q("24 mô hình", 24, "mô hình"), Q("97 hộ đồng bào Raglai", 97, "hộ đồng bào Raglai"), Q("14 tập thể", 14, "tập thể"),
 Q("26 cá nhân xuất sắc", 26, "cá nhân xuất sắc")],
[D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Nghị quyết", "52", "2017/QH14", None, "Quốc hội", "Nghị quyết số 52/2017/QH14 của Quốc hội")],
[prov("Khánh Hòa"), com("Sơn Tân"), com("Cam Hòa"), com("Vạn Hưng"), com("Vạn Lương"), com("Ninh An"), com("Diên Thọ")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Văn Giang", "Dân vận khéo",
 "Nha Trang - Cam Lâm", "Vân Phong - Nha Trang", "Khánh Hòa - Buôn Ma Thuột", "Phụ nữ đồng hành cùng hộ tái định cư",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["29/12/2021 06:00", "năm 2021", "năm 2022", "Covid-19"]))

PAGES.append(page("b8490-vinhlong-hdnd-tiepxuccutri-2021", """
Báo Vĩnh Long Online
Thời sự | Chính trị | Bầu cử - Tiếp xúc cử tri
Thứ Tư, 24/11/2021, 14:35
Cử tri Bình Minh kiến nghị về bồi thường dự án cao tốc Mỹ Thuận - Cần Thơ
Ngày 23/11, Tổ đại biểu HĐND tỉnh đơn vị thị xã Bình Minh tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 3 HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 tại xã Mỹ Hòa. Tham dự có ông Nguyễn Văn Sáu, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh và bà Đặng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Cử tri xã Mỹ Hòa phát biểu tại buổi tiếp xúc.
Phần lớn trong 24 ý kiến của cử tri tập trung vào việc bồi thường, hỗ trợ dự án đường cao tốc Mỹ Thuận - Cần Thơ. Ông Trần Văn Năm (ấp Mỹ Thuận, xã Mỹ Hòa) cho rằng giá bồi thường đất trồng cây lâu năm 280.000 đồng/m2 còn thấp so với giá chuyển nhượng thực tế; bà Lê Thị Bảy (xã Đông Thạnh) đề nghị làm rõ vì sao phần đất còn lại sau thu hồi chỉ khoảng 30 m2 mà không được thu hồi luôn. Ông Thạch Sang, người Khmer ở xã Đông Bình, hỏi về thời gian bố trí nền tái định cư cho 17 hộ trong ấp.
Trả lời cử tri, ông Võ Thành Tâm, Phó Chủ tịch UBND thị xã Bình Minh cho biết đoạn tuyến qua thị xã dài khoảng 8,5 km, ảnh hưởng 326 hộ. Đến nay, thị xã đã chi trả hơn 162 tỷ đồng cho 301 hộ, đạt 92,3%; giá bồi thường được áp dụng theo Quyết định số 2395/QĐ-UBND ngày 28/9/2021 của UBND tỉnh về giá đất cụ thể, cao hơn khoảng 1,5 lần bảng giá đất theo Quyết định số 37/2019/QĐ-UBND. Các trường hợp đất còn lại nhỏ hẹp, không đủ điều kiện để ở, sẽ được xem xét thu hồi theo đề nghị của hộ dân.
Ông Võ Thành Tâm cho biết thêm, khu tái định cư Đông Thạnh có 120 nền, dự kiến bàn giao trong quý I/2022. UBND thị xã đã ban hành kế hoạch số 86/KH-UBND về hỗ trợ chuyển đổi nghề, giải quyết việc làm cho người có đất bị thu hồi, với mức hỗ trợ học nghề tối đa 6 triệu đồng/người.
Bà Đặng Thị Mỹ Hương đề nghị Ủy ban MTTQ thị xã và các xã tiếp tục giám sát, bảo đảm chi trả đúng, đủ; đồng thời vận động 25 hộ còn lại sớm nhận tiền, bàn giao mặt bằng để kịp tiến độ thông xe vào năm 2023.
Cũng tại buổi tiếp xúc, cử tri xã Đông Thạnh phản ánh xe chở vật liệu phục vụ thi công làm hư hỏng đường giao thông nông thôn, bụi bặm ảnh hưởng sinh hoạt; đề nghị chủ đầu tư sửa chữa, tưới nước thường xuyên. Đại diện Ban Quản lý dự án tiếp thu và cam kết khắc phục ngay trong tháng.
Các ý kiến thuộc thẩm quyền của tỉnh được Tổ đại biểu tổng hợp báo cáo tại kỳ họp, trong đó có việc xem xét điều chỉnh Nghị quyết số 27/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ đặc thù cho người dân vùng dự án.
Phương Thảo
Tin khác
- Long Hồ: cử tri kiến nghị làm đường gom dọc cao tốc (22/11/2021)
- Mặt trận tỉnh giám sát việc hỗ trợ người dân gặp khó khăn do dịch (15/11/2021)
- Bình Tân trao 50 căn nhà Đại đoàn kết (08/11/2021)
""", "2021-11-24", "Cử tri Bình Minh kiến nghị về bồi thường dự án cao tốc Mỹ Thuận - Cần Thơ",
E("hoi_nghi", None, "2021-11-23"),
[P("Nguyễn Văn Sáu", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Đặng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Năm"), P("Lê Thị Bảy"), P("Thạch Sang"),
 P("Võ Thành Tâm", "Phó Chủ tịch UBND thị xã Bình Minh")],
[Q("24 ý kiến", 24, "ý kiến"), Q("280.000 đồng/m2", 280000, "đồng"), Q("khoảng 30 m2", 30, "m2", "approx"),
 Q("17 hộ", 17, "hộ"), Q("khoảng 8,5 km", 8.5, "km", "approx"), Q("326 hộ", 326, "hộ"),
 Q("hơn 162 tỷ đồng", 162000000000, "đồng", "over"), Q("301 hộ", 301, "hộ"), Q("92,3%", 92.3, "%"),
 Q("120 nền", 120, "nền"), Q("tối đa 6 triệu đồng/người", 6000000, "đồng"), Q("25 hộ", 25, "hộ")],
[D("Quyết định", "2395", "QĐ-UBND", "2021-09-28", "UBND tỉnh", "Quyết định số 2395/QĐ-UBND ngày 28/9/2021 của UBND tỉnh"),
 D("Quyết định", "37", "2019/QĐ-UBND", None, None, "Quyết định số 37/2019/QĐ-UBND"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND thị xã", "kế hoạch số 86/KH-UBND"),
 D("Nghị quyết", "27", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 27/NQ-HĐND của HĐND tỉnh")],
[prov("Vĩnh Long"), com("Mỹ Hòa"), com("Đông Thạnh"), com("Đông Bình")],
["Báo Vĩnh Long Online", "Thời sự | Chính trị | Bầu cử - Tiếp xúc cử tri", "Cử tri xã Mỹ Hòa phát biểu tại buổi tiếp xúc.",
 "Mỹ Thuận - Cần Thơ", "khu tái định cư Đông Thạnh"],
["Thứ Tư, 24/11/2021, 14:35", "kỳ họp thứ 3", "khóa X", "nhiệm kỳ 2021 - 2026", "quý I/2022", "1,5 lần", "năm 2023"]))

PAGES.append(page("b8491-hungyen-btvtu-hoinghi-2022", """
BÁO HƯNG YÊN ĐIỆN TỬ
Vị trí: Trang chủ >> Chính trị >> Tin tức
Cập nhật: 15:20, 30/08/2022 (GMT+7)
Hưng Yên triển khai công tác dân vận phục vụ giải phóng mặt bằng đường Vành đai 4 - Vùng Thủ đô
Ngày 29/8, Ban Thường vụ Tỉnh ủy Hưng Yên tổ chức hội nghị triển khai kế hoạch công tác dân vận phục vụ giải phóng mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô đoạn qua tỉnh. Đồng chí Phạm Quang Thiều, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.
Đồng chí Phạm Quang Thiều phát biểu chỉ đạo. Ảnh: Thu Trang
Dự án được Quốc hội quyết định chủ trương đầu tư tại Nghị quyết số 56/2022/QH15 của Quốc hội. Đoạn qua tỉnh dài 19,3 km, đi qua các huyện Văn Giang, Văn Lâm, Yên Mỹ với 9 xã, thị trấn; dự kiến thu hồi khoảng 178 ha đất, ảnh hưởng khoảng 4.000 hộ, phải xây dựng 3 khu tái định cư. Tổng kinh phí bồi thường, hỗ trợ, tái định cư dự kiến hơn 2.700 tỷ đồng.
Quán triệt Kế hoạch số 175-KH/TU của Ban Thường vụ Tỉnh ủy, đồng chí Đào Thị Nguyệt Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cho biết, tỉnh thành lập 12 tổ công tác dân vận ở các xã có dự án đi qua, mỗi tổ do Phó Bí thư Đảng ủy xã làm tổ trưởng. Ban Dân vận Tỉnh ủy đã ban hành kế hoạch số 62-KH/BDVTU hướng dẫn các huyện ủy lập danh sách từng hộ, phân công đảng viên phụ trách, nắm tình hình tư tưởng.
Theo Quyết định số 1945/QĐ-UBND ngày 19/8/2022 của UBND tỉnh, Ban Chỉ đạo giải phóng mặt bằng dự án do Chủ tịch UBND tỉnh làm Trưởng ban. Đồng chí Vũ Xuân Trường, Giám đốc Sở Tài nguyên và Môi trường, được phân công làm Tổ trưởng Tổ công tác đặc biệt về giá đất, cho biết tỉnh đang khẩn trương xây dựng đơn giá bồi thường, phấn đấu công khai phương án tới từng hộ trong quý IV.
Tại hội nghị, bà Nguyễn Thị Luyến, Bí thư Đảng ủy xã Tân Tiến (huyện Văn Giang) bày tỏ lo lắng: trên địa bàn xã có khoảng 600 hộ trồng cây cảnh, hoa, nhiều hộ có thu nhập trên 300 triệu đồng mỗi năm nên việc vận động sẽ rất khó khăn. Ông Lê Văn Khải, Chủ tịch UBND xã Chỉ Đạo (huyện Văn Lâm) đề nghị sớm xác định vị trí khu tái định cư để người dân yên tâm. Đại diện xã Nghĩa Trụ, xã Vĩnh Khúc kiến nghị có chính sách hỗ trợ đào tạo nghề cho lao động nông nghiệp.
Kết luận hội nghị, đồng chí Phạm Quang Thiều yêu cầu các cấp ủy, chính quyền thực hiện phương châm "dân vận đi trước một bước"; cán bộ, đảng viên có đất bị thu hồi phải gương mẫu; phấn đấu bàn giao 70% mặt bằng trước ngày 30/6/2023 và hoàn thành toàn bộ trong năm 2023. Ủy ban MTTQ tỉnh được giao giám sát toàn bộ quá trình kiểm đếm, áp giá, chi trả.
Thu Trang
Xem thêm
- Văn Giang tuyên truyền về dự án Vành đai 4 (25/08/2022)
- Hội nghị giao ban khối dân vận quý III năm 2022 (18/08/2022)
- Mặt trận tỉnh triển khai nhiệm vụ giám sát năm 2022 (10/08/2022)
""", "2022-08-30", "Hưng Yên triển khai công tác dân vận phục vụ giải phóng mặt bằng đường Vành đai 4 - Vùng Thủ đô",
E("hoi_nghi", None, "2022-08-29"),
[P("Phạm Quang Thiều", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đào Thị Nguyệt Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Xuân Trường", "Giám đốc Sở Tài nguyên và Môi trường", "Tổ trưởng Tổ công tác đặc biệt về giá đất"),
 P("Nguyễn Thị Luyến", "Bí thư Đảng ủy xã Tân Tiến"),
 P("Lê Văn Khải", "Chủ tịch UBND xã Chỉ Đạo")],
[Q("19,3 km", 19.3, "km"), Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("khoảng 178 ha", 178, "ha", "approx"),
 Q("khoảng 4.000 hộ", 4000, "hộ", "approx"), Q("3 khu tái định cư", 3, "khu tái định cư"),
 Q("hơn 2.700 tỷ đồng", 2700000000000, "đồng", "over"), Q("12 tổ công tác dân vận", 12, "tổ công tác dân vận"),
 Q("khoảng 600 hộ", 600, "hộ", "approx"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("70% mặt bằng", 70, "%")],
[D("Nghị quyết", "56", "2022/QH15", None, "Quốc hội", "Nghị quyết số 56/2022/QH15 của Quốc hội"),
 D("Kế hoạch", "175", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 175-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 62-KH/BDVTU"),
 D("Quyết định", "1945", "QĐ-UBND", "2022-08-19", "UBND tỉnh", "Quyết định số 1945/QĐ-UBND ngày 19/8/2022 của UBND tỉnh")],
[prov("Hưng Yên"), com("Tân Tiến"), com("Chỉ Đạo"), com("Nghĩa Trụ"), com("Vĩnh Khúc")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Vị trí: Trang chủ >> Chính trị >> Tin tức", "Đồng chí Phạm Quang Thiều phát biểu chỉ đạo. Ảnh: Thu Trang",
 "Vành đai 4 - Vùng Thủ đô", "dân vận đi trước một bước", "Ban Chỉ đạo giải phóng mặt bằng dự án"],
["Cập nhật: 15:20, 30/08/2022 (GMT+7)", "quý IV", "ngày 30/6/2023", "năm 2023", "mỗi năm"]))

PAGES.append(page("b8492-binhdinh-bdv-giaoban-2022", """
BÁO BÌNH ĐỊNH
Trang chủ › Chính trị › Dân vận
Thứ Ba, 27/12/2022 | 10:05
Giao ban khối dân vận quý IV: dồn sức bàn giao mặt bằng cao tốc Bắc - Nam
(BĐ) - Ngày 26/12, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý IV năm 2022, đánh giá công tác vận động nhân dân bàn giao mặt bằng 2 dự án thành phần đường bộ cao tốc Bắc - Nam phía Đông đoạn Quảng Ngãi - Hoài Nhơn và Hoài Nhơn - Quy Nhơn. Đồng chí Lê Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban.
Hai dự án đi qua tỉnh Bình Định dài khoảng 118 km, qua 6 huyện, thị xã với 3.890 hộ bị ảnh hưởng. Sau hơn 5 tháng triển khai, đến ngày 20/12 đã có 3.765 hộ nhận tiền, bàn giao 96,8% diện tích với tổng số tiền hơn 1.950 tỷ đồng; các địa phương đang xây dựng 21 khu tái định cư với khoảng 1.460 lô đất và đã di dời hơn 5.300 ngôi mộ. Trong quý, khối dân vận tổ chức hơn 140 cuộc họp dân, đối thoại.
Dự án được triển khai theo Nghị quyết số 44/2022/QH15 ngày 11/1/2022 của Quốc hội. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 05-HD/BDVTU về vai trò của khối dân vận trong giải phóng mặt bằng và tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 15/7/2022. UBND tỉnh ban hành Quyết định số 4215/QĐ-UBND về chính sách hỗ trợ bổ sung, theo đó hộ tự tháo dỡ, bàn giao mặt bằng trước thời hạn được thưởng 10 triệu đồng/hộ.
Các đồng chí Tạ Văn Hùng, Nguyễn Thị Phương - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận các cấp đã giám sát 63 cuộc kiểm đếm, chi trả; tiếp nhận 47 kiến nghị, phối hợp giải quyết 41 trường hợp.
Ông Huỳnh Văn Kỳ, Bí thư Đảng ủy phường Hoài Đức (thị xã Hoài Nhơn) cho biết phường còn 9 hộ chưa bàn giao do vướng đất ở chưa đủ điều kiện bố trí tái định cư. Bà Đinh Thị Nhâm, Chủ tịch Ủy ban MTTQ xã Ân Hữu (huyện Hoài Ân), người dân tộc Bana, kể cán bộ Mặt trận phải đến nhà từng hộ nhiều lần, nói chuyện bằng tiếng Bana để bà con đồng thuận. Xã Mỹ Hiệp, xã Cát Lâm, xã Phước An đề nghị sớm hoàn thành hạ tầng khu tái định cư trước Tết Nguyên đán.
Kết luận, đồng chí Lê Thị Thu Hà đề nghị quý I/2023 các địa phương giải quyết dứt điểm 125 hộ còn lại; chú trọng ổn định đời sống, đào tạo nghề cho người dân sau tái định cư; không để xảy ra khiếu kiện đông người. Đồng chí cũng giao Văn phòng Ban phối hợp với Ủy ban MTTQ tỉnh chuẩn bị sơ kết công tác dân vận phục vụ giải phóng mặt bằng, biểu dương những tập thể, cá nhân, người có uy tín tiêu biểu trong vận động nhân dân.
Hoài Thu
Tin liên quan
- Phù Cát: vận động 100% hộ dân bàn giao mặt bằng (20/12/2022)
- Hoài Nhơn đối thoại với hộ dân vùng cao tốc (12/12/2022)
- Mặt trận tỉnh trao 300 suất quà cho hộ tái định cư (05/12/2022)
""", "2022-12-27", "Giao ban khối dân vận quý IV: dồn sức bàn giao mặt bằng cao tốc Bắc - Nam",
E("giao_ban", "2022-Q4", "2022-12-26"),
[P("Lê Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tạ Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Kỳ", "Bí thư Đảng ủy phường Hoài Đức"),
 P("Đinh Thị Nhâm", "Chủ tịch Ủy ban MTTQ xã Ân Hữu")],
[Q("2 dự án thành phần", 2, "dự án thành phần"), Q("khoảng 118 km", 118, "km", "approx"), Q("6 huyện, thị xã", 6, "huyện, thị xã"),
 Q("3.890 hộ", 3890, "hộ"), Q("3.765 hộ", 3765, "hộ"), Q("96,8% diện tích", 96.8, "%"),
 Q("hơn 1.950 tỷ đồng", 1950000000000, "đồng", "over"), Q("21 khu tái định cư", 21, "khu tái định cư"),
 Q("khoảng 1.460 lô đất", 1460, "lô đất", "approx"), Q("hơn 5.300 ngôi mộ", 5300, "ngôi mộ", "over"),
 Q("hơn 140 cuộc họp dân, đối thoại", 140, "cuộc họp dân, đối thoại", "over"), Q("10 triệu đồng/hộ", 10000000, "đồng"),
 Q("63 cuộc kiểm đếm, chi trả", 63, "cuộc kiểm đếm, chi trả"), Q("47 kiến nghị", 47, "kiến nghị"), Q("41 trường hợp", 41, "trường hợp"),
 Q("9 hộ", 9, "hộ"), Q("125 hộ", 125, "hộ")],
[D("Nghị quyết", "44", "2022/QH15", "2022-01-11", "Quốc hội", "Nghị quyết số 44/2022/QH15 ngày 11/1/2022 của Quốc hội"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU"),
 D("Chỉ thị", "12", "CT/TU", "2022-07-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 15/7/2022"),
 D("Quyết định", "4215", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 4215/QĐ-UBND")],
[prov("Bình Định"), com("Hoài Đức"), com("Ân Hữu"), com("Mỹ Hiệp"), com("Cát Lâm"), com("Phước An")],
["BÁO BÌNH ĐỊNH", "Trang chủ › Chính trị › Dân vận", "(BĐ)", "Quang cảnh buổi giao ban.", "Bắc - Nam phía Đông",
 "Quảng Ngãi - Hoài Nhơn", "Hoài Nhơn - Quy Nhơn"],
["Thứ Ba, 27/12/2022 | 10:05", "quý IV năm 2022", "hơn 5 tháng", "ngày 20/12", "quý I/2023"]))

PAGES.append(page("b8493-daklak-huyenuy-doithoai-2023", """
Báo Đắk Lắk điện tử
Chính trị > Xây dựng Đảng
08:40 | 11/05/2023
M'Drắk: Người đứng đầu đối thoại với nhân dân vùng dự án cao tốc Khánh Hòa - Buôn Ma Thuột
Ngày 10/5, Ban Thường vụ Huyện ủy M'Drắk tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023 tại xã Ea Riêng, tập trung vào công tác bồi thường, hỗ trợ, tái định cư dự án đường bộ cao tốc Khánh Hòa - Buôn Ma Thuột.
Người dân xã Ea Riêng nêu ý kiến tại hội nghị. Ảnh: H.Gia
Chủ trì hội nghị có đồng chí Nguyễn Thanh Bình, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Y Rim Êban, người vừa được bầu giữ chức Chủ tịch UBND huyện. Dự có đồng chí H'Linh Niê, HUV, Trưởng Ban Dân vận Huyện ủy, cùng hơn 200 người dân các xã Ea Riêng, Cư Prao, Krông Jing, Ea Pil và thị trấn M'Drắk.
Hội nghị được tổ chức theo Quy định 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 98-KH/HU của Ban Thường vụ Huyện ủy. Theo báo cáo, đoạn tuyến qua huyện dài khoảng 36 km, thu hồi hơn 412 ha đất của 1.128 hộ, trong đó 46% là hộ đồng bào dân tộc thiểu số. Đến nay huyện đã chi trả 186 tỷ đồng, bàn giao 81% mặt bằng.
Tại hội nghị, 32 ý kiến được nêu. Ông Y Blô Kbuôr, người có uy tín buôn M'Ghi, xã Ea Riêng, đề nghị hỗ trợ thêm cho hộ mất hết đất rẫy. Bà H'Nga Byă, Chủ tịch Hội LHPN xã Cư Prao, phản ánh có hộ đã nhận tiền nhưng chưa có đất tái định cư, phải ở nhờ người thân. Ông Nguyễn Văn Hải (thôn 7, xã Krông Jing) cho rằng mức bồi thường cây cà phê đang kinh doanh 650.000 đồng/cây chưa sát giá thị trường.
Trả lời các ý kiến, Chủ tịch UBND huyện Y Rim Êban cho biết đơn giá bồi thường thực hiện theo Quyết định số 1097/QĐ-UBND ngày 5/5/2023 của UBND tỉnh phê duyệt giá đất cụ thể và Nghị định số 06/2020/NĐ-CP của Chính phủ. Hộ mất trên 30% đất sản xuất được hỗ trợ ổn định đời sống và chuyển đổi nghề; huyện đang xây dựng 2 khu tái định cư ở xã Ea Riêng và thị trấn M'Drắk với 215 lô đất, dự kiến bàn giao trong tháng 8.
Đồng chí Nguyễn Thanh Bình ghi nhận sự đồng thuận của bà con, nhất là các buôn đồng bào Êđê đã chủ động bàn giao đất trước thời hạn. Đồng chí yêu cầu các xã phân công đảng viên theo dõi từng hộ; những kiến nghị vượt thẩm quyền được tổng hợp gửi UBND tỉnh trước ngày 20/5; Ủy ban MTTQ huyện giám sát việc chi trả, bảo đảm công khai, đúng đối tượng.
Sau hội nghị, 14 hộ ở xã Cư Prao đã ký biên bản bàn giao mặt bằng.
Hoàng Gia
Tin liên quan
- Krông Pắc: vận động hơn 300 hộ bàn giao mặt bằng cao tốc (04/05/2023)
- Ea Kar công khai phương án bồi thường (26/04/2023)
- Mặt trận tỉnh giám sát việc chi trả tiền bồi thường (18/04/2023)
""", "2023-05-11", "M'Drắk: Người đứng đầu đối thoại với nhân dân vùng dự án cao tốc Khánh Hòa - Buôn Ma Thuột",
E("doi_thoai", "2023", "2023-05-10"),
[P("Nguyễn Thanh Bình", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Y Rim Êban", "Chủ tịch UBND huyện"),
 P("H'Linh Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Blô Kbuôr", "người có uy tín buôn M'Ghi"),
 P("H'Nga Byă", "Chủ tịch Hội LHPN xã Cư Prao"),
 P("Nguyễn Văn Hải")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("khoảng 36 km", 36, "km", "approx"), Q("hơn 412 ha", 412, "ha", "over"),
 Q("1.128 hộ", 1128, "hộ"), Q("46%", 46, "%"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("81% mặt bằng", 81, "%"),
 Q("32 ý kiến", 32, "ý kiến"), Q("650.000 đồng/cây", 650000, "đồng"), Q("trên 30%", 30, "%", "over"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("215 lô đất", 215, "lô đất"), Q("14 hộ", 14, "hộ")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW của Bộ Chính trị"),
 D("Kế hoạch", "98", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 98-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "1097", "QĐ-UBND", "2023-05-05", "UBND tỉnh", "Quyết định số 1097/QĐ-UBND ngày 5/5/2023 của UBND tỉnh"),
 D("Nghị định", "06", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 06/2020/NĐ-CP của Chính phủ")],
[prov("Đắk Lắk"), com("Ea Riêng"), com("Cư Prao"), com("Krông Jing"), com("Ea Pil"), com("M'Drắk")],
["Báo Đắk Lắk điện tử", "Chính trị > Xây dựng Đảng", "Người dân xã Ea Riêng nêu ý kiến tại hội nghị. Ảnh: H.Gia",
 "Khánh Hòa - Buôn Ma Thuột"],
["08:40 | 11/05/2023", "năm 2023", "thôn 7", "tháng 8", "ngày 20/5"]))

PAGES.append(page("b8494-hochiminh-mttq-giamsat-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP. HỒ CHÍ MINH
Trang chủ | Hoạt động | Giám sát - Phản biện xã hội
Ngày đăng 14/09/2023 | 17:10
Giám sát công tác bồi thường, tái định cư dự án đường Vành đai 3 tại TP Thủ Đức
Ngày 13/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam TP. Hồ Chí Minh do bà Nguyễn Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố làm trưởng đoàn, đã giám sát công tác bồi thường, hỗ trợ, tái định cư dự án đường Vành đai 3 đoạn qua TP Thủ Đức, theo kế hoạch giám sát chuyên đề năm 2023.
Đoàn giám sát khảo sát thực tế tại phường Long Phước.
Cuộc giám sát thực hiện theo Kế hoạch số 1286/KH-MTTQ-BTT ngày 28/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam Thành phố. Dự án được Quốc hội quyết định chủ trương đầu tư tại Nghị quyết số 57/2022/QH15; Thành phố đang áp dụng một số cơ chế đặc thù theo Nghị quyết số 98/2023/QH15 của Quốc hội.
Báo cáo với đoàn, ông Trần Hữu Phước, Phó Chủ tịch UBND TP Thủ Đức cho biết, đoạn tuyến qua địa bàn dài 6,8 km, đi qua 4 phường Long Phước, Long Trường, Trường Thạnh, Phú Hữu, ảnh hưởng 1.083 hồ sơ, trong đó 748 hồ sơ là hộ gia đình, cá nhân. Đến nay, TP Thủ Đức đã chi trả hơn 2.380 tỷ đồng, bàn giao 96% mặt bằng. Giá bồi thường đất nông nghiệp trung bình khoảng 4,5 triệu đồng/m2, theo Quyết định số 28/2023/QĐ-UBND của UBND Thành phố. Có 236 căn hộ chung cư tái định cư được bố trí cho các hộ phải di dời, bên cạnh 2 khu tái định cư đang xây dựng.
Tại phường Long Phước, đoàn gặp gỡ 15 hộ dân. Bà Nguyễn Thị Mười (khu phố Phước Hiệp) phản ánh căn hộ tái định cư ở xa nơi ở cũ, con cái đi học bất tiện. Ông Lê Văn Sang, Chủ tịch UBND phường Long Phước, cho biết phường đã tổ chức 38 buổi đối thoại, vận động 100% hộ bàn giao mặt bằng trước thời hạn; trong đó nhiều hộ là bà con Công giáo giáo xứ Phước Hiệp.
Qua giám sát, đoàn ghi nhận TP Thủ Đức đã công khai phương án, chi trả kịp thời; song vẫn còn 27 trường hợp chưa được xác định nguồn gốc đất, 6 hộ chưa nhận tiền do tranh chấp thừa kế. Bà Nguyễn Thị Thu Vân đề nghị UBND TP Thủ Đức phối hợp các sở, ngành sớm có phương án tái định cư tại chỗ, hỗ trợ thuê nhà tối thiểu 6 triệu đồng/hộ/tháng cho các hộ chờ tái định cư, đồng thời quan tâm giải quyết việc làm cho khoảng 420 lao động bị ảnh hưởng.
Đoàn sẽ tổng hợp kết quả, kiến nghị UBND Thành phố trong tháng 10/2023.
Minh Thư
Các tin đã đưa
- Củ Chi: Mặt trận vận động hộ dân bàn giao mặt bằng Vành đai 3 (06/09/2023)
- Bình Chánh giám sát việc chi trả bồi thường (30/08/2023)
- Hội nghị phản biện dự thảo quy định hỗ trợ tái định cư (18/08/2023)
""", "2023-09-14", "Giám sát công tác bồi thường, tái định cư dự án đường Vành đai 3 tại TP Thủ Đức",
E("giam_sat", "2023", "2023-09-13"),
[P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Trần Hữu Phước", "Phó Chủ tịch UBND TP Thủ Đức"),
 P("Nguyễn Thị Mười"),
 P("Lê Văn Sang", "Chủ tịch UBND phường Long Phước")],
[Q("6,8 km", 6.8, "km"), Q("4 phường", 4, "phường"), Q("1.083 hồ sơ", 1083, "hồ sơ"), Q("748 hồ sơ", 748, "hồ sơ"),
 Q("hơn 2.380 tỷ đồng", 2380000000000, "đồng", "over"), Q("96% mặt bằng", 96, "%"),
 Q("khoảng 4,5 triệu đồng/m2", 4500000, "đồng", "approx"), Q("236 căn hộ chung cư tái định cư", 236, "căn hộ chung cư tái định cư"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("15 hộ dân", 15, "hộ dân"), Q("38 buổi đối thoại", 38, "buổi đối thoại"),
 Q("100% hộ", 100, "%"), Q("27 trường hợp", 27, "trường hợp"), Q("6 hộ", 6, "hộ"),
 Q("tối thiểu 6 triệu đồng/hộ/tháng", 6000000, "đồng"), Q("khoảng 420 lao động", 420, "lao động", "approx")],
[D("Kế hoạch", "1286", "KH-MTTQ-BTT", "2023-08-28", "Ban Thường trực Ủy ban MTTQ Việt Nam Thành phố",
   "Kế hoạch số 1286/KH-MTTQ-BTT ngày 28/8/2023"),
 D("Nghị quyết", "57", "2022/QH15", None, "Quốc hội", "Nghị quyết số 57/2022/QH15"),
 D("Nghị quyết", "98", "2023/QH15", None, "Quốc hội", "Nghị quyết số 98/2023/QH15 của Quốc hội"),
 D("Quyết định", "28", "2023/QĐ-UBND", None, "UBND Thành phố", "Quyết định số 28/2023/QĐ-UBND của UBND Thành phố")],
[prov("Hồ Chí Minh"), com("Long Phước"), com("Long Trường"), com("Trường Thạnh"), com("Phú Hữu")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP. HỒ CHÍ MINH", "Trang chủ | Hoạt động | Giám sát - Phản biện xã hội",
 "Đoàn giám sát khảo sát thực tế tại phường Long Phước.", "Vành đai 3", "giáo xứ Phước Hiệp"],
["Ngày đăng 14/09/2023 | 17:10", "năm 2023", "tháng 10/2023"]))
