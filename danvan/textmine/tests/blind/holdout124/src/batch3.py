from lib import *
PAGES = []

PAGES.append(page("b2945-bacgiang-lucngan-giaoban-t5-2021", """
HUYỆN ỦY LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ > Tin tức > Hoạt động Ban Dân vận
Ngày 03/06/2021 | 09:15
Lục Ngạn: Khối dân vận vào cuộc tiêu thụ vải thiều, phòng chống dịch
Sáng 2/6, Ban Dân vận Huyện ủy Lục Ngạn tổ chức giao ban công tác dân vận tháng 5 năm 2021 theo hình thức trực tuyến. Đồng chí Lăng Văn Chiến, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; dự tại các điểm cầu có trưởng khối dân vận 30 xã, thị trấn.
Ảnh: Giao ban trực tuyến tại điểm cầu Huyện ủy.
Báo cáo cho biết, trong tháng 5, trước diễn biến phức tạp của dịch Covid-19, khối dân vận đã phối hợp thành lập 412 tổ Covid cộng đồng với 2.060 thành viên; vận động gần 1.300 người từ vùng dịch về địa phương khai báo y tế. Ủy ban MTTQ huyện tiếp nhận ủng hộ phòng chống dịch hơn 1,6 tỷ đồng, 38 tấn gạo và nhu yếu phẩm. Các đoàn thể hỗ trợ nhà vườn đăng ký 1.840 mã QR truy xuất nguồn gốc, kết nối tiêu thụ khoảng 2.500 tấn vải sớm - đặc sản của tỉnh Bắc Giang - qua sàn thương mại điện tử. Hội Nông dân huyện vận động 126 hội viên mới.
Khối dân vận tiếp nhận 17 đơn thư, kiến nghị, đã giải quyết 14 đơn; hòa giải thành 22 vụ việc. Nhân dân xã Kiên Thành, xã Phượng Sơn hiến 4.600 m2 đất mở đường vào vùng vải.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 196-KH/HU ngày 6/5/2021 thực hiện Chỉ thị số 05-CT/TU ngày 14/4/2021 của Ban Thường vụ Tỉnh ủy về công tác phòng chống dịch trong mùa thu hoạch vải, đồng thời hướng dẫn các xã triển khai Công điện số 11-CĐ/HU của Huyện ủy.
Tại giao ban, đồng chí Giáp Thị Hòa, Phó Trưởng Ban Dân vận Huyện ủy, đề nghị các xã cập nhật báo cáo nhanh hằng ngày; ông Diệp Văn Sinh, Chủ tịch Ủy ban MTTQ xã Tân Sơn, phản ánh 3 thôn giáp ranh còn thiếu nhân lực trực chốt. Bà La Thị Hiền, Phó Chủ tịch Hội LHPN huyện, cho biết các cấp hội đã trao 560 suất quà cho hội viên bị ảnh hưởng bởi dịch, mỗi suất trị giá 300.000 đồng.
Phát biểu kết luận, đồng chí Lăng Văn Chiến yêu cầu tháng 6: khối dân vận bám địa bàn, vận động nhân dân thực hiện nghiêm Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ tại các khu vực cách ly; hỗ trợ thương lái ngoại tỉnh theo "luồng xanh"; không để xảy ra mâu thuẫn giữa người trồng vải và thương lái; tổng hợp tâm tư, nguyện vọng nhân dân báo cáo Thường trực Huyện ủy trước ngày 25/6.
Hạn chế được chỉ ra là việc nắm tình hình người lao động từ khu công nghiệp trở về ở một số thôn còn chưa đầy đủ, có thôn báo cáo chậm 2 - 3 ngày.
Thu Hương
Lượt xem: 1.089
Tin liên quan
- Lục Ngạn: 30/30 xã, thị trấn ra mắt tổ Covid cộng đồng (20/05/2021)
- Giao ban công tác dân vận tháng 4 năm 2021 (05/05/2021)
- Hội Nông dân huyện kết nối tiêu thụ vải thiều (28/05/2021)
""", "2021-06-03", "Lục Ngạn: Khối dân vận vào cuộc tiêu thụ vải thiều, phòng chống dịch",
E("giao_ban", "2021-05", "2021-06-02"),
[P("Lăng Văn Chiến", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giáp Thị Hòa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Diệp Văn Sinh", "Chủ tịch Ủy ban MTTQ xã Tân Sơn"),
 P("La Thị Hiền", "Phó Chủ tịch Hội LHPN huyện")],
[Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("412 tổ Covid cộng đồng", 412, "tổ Covid cộng đồng"), Q("2.060 thành viên", 2060, "thành viên"),
 Q("gần 1.300 người", 1300, "người", "approx"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("38 tấn", 38, "tấn"),
 Q("1.840 mã QR", 1840, "mã QR"), Q("khoảng 2.500 tấn", 2500, "tấn", "approx"), Q("126 hội viên mới", 126, "hội viên mới"),
 Q("17 đơn thư, kiến nghị", 17, "đơn thư, kiến nghị"), Q("14 đơn", 14, "đơn"), Q("22 vụ việc", 22, "vụ việc"), Q("4.600 m2", 4600, "m2"),
 Q("3 thôn giáp ranh", 3, "thôn giáp ranh"), Q("560 suất quà", 560, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "196", "KH/HU", "2021-05-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 196-KH/HU ngày 6/5/2021"),
 D("Chỉ thị", "05", "CT/TU", "2021-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 14/4/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ")],
[prov("Bắc Giang"), com("Kiên Thành"), com("Phượng Sơn"), com("Tân Sơn")],
["HUYỆN ỦY LỤC NGẠN - TỈNH BẮC GIANG", "Trang chủ > Tin tức > Hoạt động Ban Dân vận", "Ảnh: Giao ban trực tuyến tại điểm cầu Huyện ủy.",
 "luồng xanh", "Công điện số 11-CĐ/HU", "Lượt xem: 1.089"],
["Ngày 03/06/2021 | 09:15", "tháng 5 năm 2021", "tháng 6", "Covid-19", "2 - 3 ngày", "ngày 25/6", "Lượt xem: 1.089"]))

PAGES.append(page("b2946-quangninh-binhlieu-giaoban-q3-2021", """
Cổng TTĐT huyện Bình Liêu
Trang chủ ›› Tin tức ›› Xây dựng Đảng
Thứ Hai, 11/10/2021 | 15:02
Bình Liêu giao ban công tác dân vận quý III
Ngày 8/10, Ban Dân vận Huyện ủy Bình Liêu (Quảng Ninh) tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2021. Đồng chí Hoàng Thị Lìu, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị; dự có lãnh đạo Ủy ban MTTQ, các đoàn thể huyện, Đồn Biên phòng Hoành Mô và trưởng khối dân vận 8 xã, thị trấn.
Quý III, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 58-KH/HU ngày 12/7/2021 về thực hiện Nghị quyết Đại hội XIII của Đảng trong khối dân vận, Kế hoạch số 61-KH/HU về vận động nhân dân các xã biên giới tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới. Khối dân vận tổ chức 68 buổi tuyên truyền tại 96 thôn, bản với khoảng 5.200 lượt người nghe bằng tiếng Tày, tiếng Dao, tiếng Sán Chỉ.
Huyện đã vận động 1.530 lượt người dân tham gia tự quản 48,2 km đường biên, 98 cột mốc; có 112 tổ tự quản và 386 hộ gia đình tự quản đường biên, cột mốc. Hưởng ứng chương trình "Sóng và máy tính cho em", các đoàn thể trao 74 máy tính bảng cho học sinh có hoàn cảnh khó khăn. Ủy ban MTTQ huyện tiếp nhận hơn 890 triệu đồng ủng hộ Quỹ phòng, chống dịch Covid-19. Khối dân vận tiếp nhận 6 đơn thư, đã giải quyết 6 đơn; hòa giải thành 12 vụ việc mâu thuẫn.
Tại hội nghị, đồng chí Tằng Văn Sinh, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo kết quả kiểm tra thực hiện Quyết định số 23-QĐ/TW tại xã Hoành Mô, xã Đồng Văn; ông Lỷ Seo Thìn, Trưởng thôn Khe Vằn, xã Đồng Tâm, kiến nghị sớm làm lại cầu treo bị hỏng sau mưa lũ; bà Chìu Thị Mai, Chủ tịch Hội LHPN xã Lục Hồn, cho biết hội đã có 35 hội viên mới là người Sán Chỉ.
Nhiệm vụ quý IV, đồng chí Hoàng Thị Lìu yêu cầu: tiếp tục vận động nhân dân không qua lại biên giới trái phép trong thời gian dịch bệnh; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% thôn, khu phố theo hình thức phù hợp; nắm tình hình người lao động tự do trở về; hoàn thành 8 mô hình "Dân vận khéo" đăng ký năm 2021; chuẩn bị tổng kết năm trước ngày 15/12.
Hội nghị chỉ ra hạn chế: tuyên truyền bằng tiếng dân tộc ở một số thôn xa còn ít; một số chi hội chưa phát huy vai trò trong vận động hội viên; việc phối hợp giữa khối dân vận xã với đồn biên phòng trong nắm tình hình có lúc chưa chặt chẽ, thông tin chưa kịp thời. Các ý kiến đề nghị huyện bố trí thêm kinh phí cho tổ tự quản đường biên, cột mốc.
Minh Thu
Lượt xem: 447
Các tin khác
- Bình Liêu: 112 tổ tự quản đường biên, cột mốc (30/09/2021)
- Xã Lục Hồn ra mắt mô hình "Dân vận khéo" (15/09/2021)
- Giao ban công tác dân vận quý II năm 2021 (09/07/2021)
""", "2021-10-11", "Bình Liêu giao ban công tác dân vận quý III",
E("giao_ban", "2021-Q3", "2021-10-08"),
[P("Hoàng Thị Lìu", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Tằng Văn Sinh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lỷ Seo Thìn", "Trưởng thôn Khe Vằn"),
 P("Chìu Thị Mai", "Chủ tịch Hội LHPN xã Lục Hồn")],
[Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("68 buổi tuyên truyền", 68, "buổi tuyên truyền"), Q("96 thôn, bản", 96, "thôn, bản"), Q("khoảng 5.200 lượt người nghe", 5200, "lượt người nghe", "approx"),
 Q("1.530 lượt người dân", 1530, "lượt người dân"), Q("48,2 km", 48.2, "km"), Q("98 cột mốc", 98, "cột mốc"), Q("112 tổ tự quản", 112, "tổ tự quản"),
 Q("386 hộ gia đình", 386, "hộ gia đình"), Q("74 máy tính bảng", 74, "máy tính bảng"), Q("hơn 890 triệu đồng", 890000000, "đồng", "over"),
 Q("6 đơn thư", 6, "đơn thư"), Q("6 đơn", 6, "đơn"), Q("12 vụ việc mâu thuẫn", 12, "vụ việc mâu thuẫn"), Q("35 hội viên mới", 35, "hội viên mới"),
 Q("100%", 100, "%"), Q("8 mô hình", 8, "mô hình")],
[D("Kế hoạch", "58", "KH/HU", "2021-07-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU ngày 12/7/2021"),
 D("Kế hoạch", "61", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 61-KH/HU"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định số 23-QĐ/TW")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Đồng Tâm"), com("Lục Hồn")],
["Cổng TTĐT huyện Bình Liêu", "Đồn Biên phòng Hoành Mô", "Trang chủ ›› Tin tức ›› Xây dựng Đảng", "Sóng và máy tính cho em", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Dân vận khéo", "Nghị quyết Đại hội XIII", "Lượt xem: 447"],
["Thứ Hai, 11/10/2021 | 15:02", "quý III", "quý IV năm 2021", "Đại hội XIII", "Covid-19", "năm 2021", "ngày 15/12", "Lượt xem: 447"]))

PAGES.append(page("b2947-laichau-sinho-giaoban-q1-2022", """
Báo Lai Châu điện tử
Chính trị / Dân vận
07.04.2022 08:00
Sìn Hồ: 9 tháng không phát sinh điểm nóng, khối dân vận giao ban quý I
Ngày 6/4/2022, Ban Dân vận Huyện ủy Sìn Hồ tổ chức hội nghị giao ban công tác dân vận quý I năm 2022. Đồng chí Vàng A Hồ, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Tao Văn Hòa và trưởng khối dân vận 22 xã, thị trấn.
Quang cảnh hội nghị. Ảnh: Hồng Nhung
Theo báo cáo, quý I khối dân vận đã phối hợp tuyên truyền 143 buổi với trên 11.000 lượt người nghe; vận động nhân dân chuyển đổi 210 ha ruộng nương kém hiệu quả sang trồng quế, mắc ca; góp 4.100 ngày công sửa chữa 52 km đường, kênh mương sau Tết. Các xã Pa Tần, Nậm Tăm, Tả Phìn có 326 hộ được vận động tiêm vắc xin phòng Covid-19 đầy đủ. Trên địa bàn còn 14 hộ với 71 khẩu theo "Bà Cô Dợ"; đã vận động 3 hộ từ bỏ. Khối dân vận tiếp nhận 10 đơn thư, kiến nghị, đã giải quyết 9 đơn, đạt 90%; hòa giải thành 15/17 vụ việc.
Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU ngày 18/1/2022 về công tác dân vận năm 2022 và phối hợp triển khai Nghị quyết số 06-NQ/TU ngày 12/11/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển cây quế, cây mắc ca. Huyện duy trì 57 mô hình "Dân vận khéo", trong đó 9 mô hình cấp huyện, 2 mô hình cấp tỉnh.
Tại hội nghị, đồng chí Lý Thị Dính, Phó Trưởng Ban Dân vận Huyện ủy, thông tin về việc kiện toàn 270 tổ dân vận bản; ông Pờ Lò Phà, người có uy tín bản Nậm Cuổi, xã Nậm Tăm, đề nghị hỗ trợ giống mắc ca cho 28 hộ Hà Nhì; bà Lò Thị Chum, Phó Chủ tịch Hội LHPN huyện, báo cáo 190 hội viên mới được kết nạp.
Kết luận hội nghị, đồng chí Vàng A Hồ giao nhiệm vụ quý II: tuyên truyền, vận động nhân dân phòng chống cháy rừng mùa khô; không để phát sinh điểm nóng, tiếp tục giữ ổn định như 9 tháng qua; rà soát, kiện toàn đội ngũ người có uy tín năm 2022; chỉ đạo các xã giao ban khối dân vận hằng tháng đúng thời gian; tổ chức sơ kết 6 tháng vào cuối tháng 6.
Hội nghị cũng đánh giá: việc xây dựng mô hình ở một số xã còn hình thức, chưa có sản phẩm cụ thể; báo cáo của khối dân vận xã gửi về huyện chưa đúng hạn; đội ngũ cán bộ dân vận cơ sở biết tiếng Hà Nhì, tiếng Mông còn thiếu. Ban Dân vận Huyện ủy sẽ phối hợp mở lớp bồi dưỡng nghiệp vụ trong quý II.
Vũ Linh
Các tin đã đưa
- Sìn Hồ: hội nghị người có uy tín năm 2022 (15/03/2022)
- Xã Pa Tần ra quân làm đường sau Tết (18/02/2022)
- Nậm Tăm: vận động đồng bào Hà Nhì trồng mắc ca (02/03/2022)
- Giao ban công tác dân vận quý IV năm 2021 (06/01/2022)
""", "2022-04-07", "Sìn Hồ: 9 tháng không phát sinh điểm nóng, khối dân vận giao ban quý I",
E("giao_ban", "2022-Q1", "2022-04-06"),
[P("Vàng A Hồ", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Tao Văn Hòa", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lý Thị Dính", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Pờ Lò Phà", "người có uy tín bản Nậm Cuổi"),
 P("Lò Thị Chum", "Phó Chủ tịch Hội LHPN huyện")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("143 buổi", 143, "buổi"), Q("trên 11.000 lượt người nghe", 11000, "lượt người nghe", "over"),
 Q("210 ha", 210, "ha"), Q("4.100 ngày công", 4100, "ngày công"), Q("52 km", 52, "km"), Q("326 hộ", 326, "hộ"), Q("14 hộ", 14, "hộ"),
 Q("71 khẩu", 71, "khẩu"), Q("3 hộ", 3, "hộ"), Q("10 đơn thư, kiến nghị", 10, "đơn thư, kiến nghị"), Q("9 đơn", 9, "đơn"), Q("90%", 90, "%"),
 Q("15/17 vụ việc", 15, "vụ việc"), Q("57 mô hình", 57, "mô hình"), Q("9 mô hình cấp huyện", 9, "mô hình cấp huyện"),
 Q("2 mô hình cấp tỉnh", 2, "mô hình cấp tỉnh"), Q("270 tổ dân vận bản", 270, "tổ dân vận bản"), Q("28 hộ Hà Nhì", 28, "hộ Hà Nhì"),
 Q("190 hội viên mới", 190, "hội viên mới")],
[D("Kế hoạch", "12", "KH/HU", "2022-01-18", "Ban Thường vụ Huyện ủy", "Kế hoạch số 12-KH/HU ngày 18/1/2022"),
 D("Nghị quyết", "06", "NQ/TU", "2021-11-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 12/11/2021 của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Lai Châu"), com("Pa Tần"), com("Nậm Tăm"), com("Tả Phìn")],
["Báo Lai Châu điện tử", "Chính trị / Dân vận", "Quang cảnh hội nghị. Ảnh: Hồng Nhung", "Bà Cô Dợ", "Dân vận khéo"],
["07.04.2022 08:00", "9 tháng", "quý I năm 2022", "quý II", "Covid-19", "6 tháng", "cuối tháng 6", "năm 2022"]))

PAGES.append(page("b2948-haiduong-xatanviet-giaoban-t6-2022", """
ỦY BAN NHÂN DÂN XÃ TÂN VIỆT - HUYỆN THANH HÀ
Trang chủ | Tin tức sự kiện | Hoạt động của Đảng ủy
05/07/2022 - 16:30
Khối dân vận xã Tân Việt giao ban tháng 6 năm 2022
Chiều ngày 5/7, Đảng ủy xã Tân Việt tổ chức hội nghị giao ban khối dân vận tháng 6, triển khai nhiệm vụ tháng 7 năm 2022. Đồng chí Nguyễn Thị Lan, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì; dự có đồng chí Phạm Văn Khải, Phó Trưởng Ban Dân vận Huyện ủy Thanh Hà.
Theo báo cáo, trong tháng 6 khối dân vận xã đã phối hợp vận động 312 hộ trồng vải tham gia liên kết tiêu thụ, tiêu thụ khoảng 1.150 tấn vải thiều với giá cao hơn năm trước khoảng 12%; hỗ trợ 46 hộ đăng ký mã số vùng trồng. Các chi hội ở 8/8 thôn tổ chức sinh hoạt định kỳ; Hội Phụ nữ kết nạp 23 hội viên mới, Đoàn Thanh niên ra quân trồng 1.000 cây xanh và 0,9 km đường hoa. Nhân dân thôn Văn Cẩm, thôn Vĩnh Trường đóng góp hơn 420 triệu đồng và 600 ngày công cứng hóa mương nội đồng.
Ban Thanh tra nhân dân xã tiếp nhận 4 kiến nghị, đã giải quyết 3 kiến nghị; tổ hòa giải thôn hòa giải thành 5 vụ việc. Ủy ban MTTQ xã phối hợp tổ chức lấy ý kiến của 187 hộ về phương án dồn điền, đổi thửa vùng bãi.
Khối dân vận đã quán triệt Kế hoạch số 104-KH/HU ngày 2/6/2022 của Ban Thường vụ Huyện ủy về thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW và triển khai Chương trình hành động số 07-CTr/ĐU của Đảng ủy xã về công tác dân vận năm 2022.
Tại hội nghị, ông Đỗ Văn Hùng, Chủ tịch Ủy ban MTTQ xã, đề nghị các thôn chủ động nắm dư luận về dự án đường tỉnh qua xã; bà Vũ Thị Mơ, Chủ tịch Hội Nông dân xã, báo cáo mô hình "Tổ nông dân tiêu thụ vải an toàn" có 36 thành viên.
Phát biểu chỉ đạo, đồng chí Phạm Văn Khải đề nghị khối dân vận xã Tân Việt tiếp tục phát huy vai trò nòng cốt, làm tốt công tác vận động nhân dân bàn giao mặt bằng dự án; đồng thời chuẩn bị tốt nội dung kiểm tra của Ban Dân vận Tỉnh ủy Hải Dương trong tháng 7.
Nhiệm vụ tháng 7: tổ chức các hoạt động kỷ niệm ngày Thương binh - Liệt sĩ, thăm, tặng 54 suất quà cho gia đình chính sách; tiếp tục vận động hoàn thành dồn điền, đổi thửa; rà soát hộ nghèo giữa kỳ; giao ban khối dân vận vào ngày 5 hằng tháng.
Hội nghị cũng nêu hạn chế: một số chi hội sinh hoạt còn đơn điệu, tỷ lệ hội viên trẻ tham gia thấp; việc nắm tình hình ở vùng bãi ven sông còn chậm.
Văn phòng Đảng ủy xã
Lượt truy cập: 12.406
Xem thêm
- Tân Việt: Đối thoại giữa Bí thư Đảng ủy với nhân dân năm 2022 (14/06/2022)
- Giao ban khối dân vận tháng 5 năm 2022 (06/06/2022)
- Hội Nông dân xã hỗ trợ tiêu thụ vải thiều (20/06/2022)
""", "2022-07-05", "Khối dân vận xã Tân Việt giao ban tháng 6 năm 2022",
E("giao_ban", "2022-06", "2022-07-05"),
[P("Nguyễn Thị Lan", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Phạm Văn Khải", "Phó Trưởng Ban Dân vận Huyện ủy Thanh Hà"),
 P("Đỗ Văn Hùng", "Chủ tịch Ủy ban MTTQ xã"),
 P("Vũ Thị Mơ", "Chủ tịch Hội Nông dân xã")],
[Q("312 hộ", 312, "hộ"), Q("khoảng 1.150 tấn", 1150, "tấn", "approx"), Q("khoảng 12%", 12, "%", "approx"), Q("46 hộ", 46, "hộ"), Q("8/8 thôn", 8, "thôn"),
 Q("23 hội viên mới", 23, "hội viên mới"), Q("1.000 cây xanh", 1000, "cây xanh"), Q("0,9 km", 0.9, "km"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("600 ngày công", 600, "ngày công"), Q("4 kiến nghị", 4, "kiến nghị"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("5 vụ việc", 5, "vụ việc"), Q("187 hộ", 187, "hộ"), Q("36 thành viên", 36, "thành viên"),
 Q("54 suất quà", 54, "suất quà")],
[D("Kế hoạch", "104", "KH/HU", "2022-06-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 104-KH/HU ngày 2/6/2022 của Ban Thường vụ Huyện ủy"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW"),
 D("Chương trình hành động", "07", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 07-CTr/ĐU của Đảng ủy xã")],
[prov("Hải Dương"), com("Tân Việt")],
["ỦY BAN NHÂN DÂN XÃ TÂN VIỆT - HUYỆN THANH HÀ", "Trang chủ | Tin tức sự kiện | Hoạt động của Đảng ủy", "Tổ nông dân tiêu thụ vải an toàn",
 "Văn phòng Đảng ủy xã", "Lượt truy cập: 12.406"],
["05/07/2022 - 16:30", "tháng 6", "tháng 7 năm 2022", "ngày 5 hằng tháng", "năm 2022", "Lượt truy cập: 12.406"]))

PAGES.append(page("b2949-backan-pacnam-giaoban-q2-2023", """
HUYỆN ỦY PÁC NẶM
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
2023-07-12 10:20
You are here: Trang chủ / Công tác dân vận
Pác Nặm: Khối dân vận góp phần giảm 312 hộ nghèo
Sáng 11/7, Ban Dân vận Huyện ủy Pác Nặm (Bắc Kạn) tổ chức hội nghị giao ban khối dân vận quý II và triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Ma Thị Duyên, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Báo cáo tại hội nghị nêu rõ, quý II khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 98, 99-KH/HU về vận động đồng bào Mông, Dao bỏ tục lệ lạc hậu trong việc cưới, việc tang và về xây dựng "Thôn không có người nghiện ma túy"; thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Trong quý, các đoàn thể tổ chức 76 buổi tuyên truyền với khoảng 4.300 lượt người; vận động 312 hộ nghèo đăng ký và thoát nghèo theo kế hoạch, vượt 12 hộ so với chỉ tiêu. Nhân dân 10 xã đóng góp 3.700 ngày công, hiến 8.600 m2 đất làm 5,3 km đường liên thôn; Hội Cựu chiến binh hỗ trợ 15 con bò giống cho hội viên nghèo, trị giá 225 triệu đồng. Khối dân vận tiếp nhận 9 đơn thư, kiến nghị, đã giải quyết 8 đơn; hòa giải thành 14 vụ việc mâu thuẫn đất đai.
Cũng trong quý II, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Lý Văn Dìn, Hoàng Thị Nhung đã dẫn 2 đoàn kiểm tra việc thực hiện Quy chế dân chủ tại xã Bộc Bố, xã Nghiên Loan. Các ông Hà Văn Pùng, Triệu Văn Hoan, Giàng A Chớ - người có uy tín trên địa bàn - được mời dự và đóng góp ý kiến tại hội nghị.
Ông Giàng A Chớ đề nghị tiếp tục hỗ trợ đồng bào Mông ở thôn Khuổi Khí chuyển đổi cây trồng; bà Nông Thị Hằng, Chủ tịch Hội LHPN huyện, thông tin hội đã vận động 67 hội viên mới và duy trì 21 tổ phụ nữ tiết kiệm.
Kết luận hội nghị, đồng chí Ma Thị Duyên yêu cầu 6 tháng cuối năm: tiếp tục thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư; tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân ở 100% xã; hoàn thành xây dựng 6 mô hình "Dân vận khéo" cấp huyện; nắm tình hình người dân vùng sạt lở trong mùa mưa bão.
Hạn chế được nêu: chất lượng sinh hoạt khối dân vận một số xã chưa cao; báo cáo quý của 2 xã nộp chậm; việc tuyên truyền bằng tiếng dân tộc ở các thôn vùng cao chưa thường xuyên, một số tổ dân vận thôn chưa họp định kỳ.
Nông Hưng
Lượt xem: 617
Tin liên quan
- Pác Nặm: Hội nghị người có uy tín năm 2023 (19/06/2023)
- Giao ban khối dân vận quý I năm 2023 (11/04/2023)
- Xã Bộc Bố ra mắt mô hình dân vận khéo (23/05/2023)
""", "2023-07-12", "Pác Nặm: Khối dân vận góp phần giảm 312 hộ nghèo",
E("giao_ban", "2023-Q2", "2023-07-11"),
[P("Ma Thị Duyên", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Văn Dìn", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Nhung", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Pùng", "người có uy tín"),
 P("Triệu Văn Hoan", "người có uy tín"),
 P("Giàng A Chớ", "người có uy tín"),
 P("Nông Thị Hằng", "Chủ tịch Hội LHPN huyện")],
[Q("76 buổi tuyên truyền", 76, "buổi tuyên truyền"), Q("khoảng 4.300 lượt người", 4300, "lượt người", "approx"),
 Q("312 hộ nghèo", 312, "hộ nghèo"), Q("12 hộ", 12, "hộ"), Q("10 xã", 10, "xã"), Q("3.700 ngày công", 3700, "ngày công"),
 Q("8.600 m2", 8600, "m2"), Q("5,3 km", 5.3, "km"), Q("15 con bò giống", 15, "con bò giống"), Q("225 triệu đồng", 225000000, "đồng"),
 Q("9 đơn thư, kiến nghị", 9, "đơn thư, kiến nghị"), Q("8 đơn", 8, "đơn"), Q("14 vụ việc mâu thuẫn đất đai", 14, "vụ việc mâu thuẫn đất đai"),
 Q("2 đoàn kiểm tra", 2, "đoàn kiểm tra"), Q("67 hội viên mới", 67, "hội viên mới"), Q("21 tổ phụ nữ tiết kiệm", 21, "tổ phụ nữ tiết kiệm"),
 Q("100%", 100, "%"), Q("6 mô hình", 6, "mô hình"), Q("2 xã", 2, "xã")],
[D("Kế hoạch", "98", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 98, 99-KH/HU"),
 D("Kế hoạch", "99", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 98, 99-KH/HU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư")],
[prov("Bắc Kạn"), com("Bộc Bố"), com("Nghiên Loan")],
["HUYỆN ỦY PÁC NẶM", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận", "You are here: Trang chủ / Công tác dân vận",
 "Thôn không có người nghiện ma túy", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Dân vận khéo", "Lượt xem: 617"],
["2023-07-12 10:20", "quý II", "6 tháng cuối năm 2023", "Lượt xem: 617"]))

PAGES.append(page("b2950-thainguyen-vonhai-giaoban-t9-2023", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ > Dân vận cơ sở > Tin huyện, thành, thị
Thứ Năm, 05/10/2023
Đồng chí Hoàng Văn Tiến, Trưởng Ban Dân vận Huyện ủy Võ Nhai phát biểu tại giao ban.
Võ Nhai triển khai nhiệm vụ công tác dân vận tháng 10
Ngày 4/10/2023, Ban Dân vận Huyện ủy Võ Nhai tổ chức giao ban đánh giá kết quả công tác dân vận tháng 9, triển khai nhiệm vụ tháng 10. Đồng chí Hoàng Văn Tiến, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Tháng 9, khối dân vận đã phối hợp tổ chức 32 hội nghị tuyên truyền cho trên 2.600 lượt người về Luật Thực hiện dân chủ ở cơ sở; vận động 1.920 hộ tham gia bảo hiểm y tế hộ gia đình, nâng tỷ lệ bao phủ lên 96,7%. Nhân dân xã Thần Sa, xã Sảng Mộc, xã Nghinh Tường hiến 7.300 m2 đất, góp 2.100 ngày công và 560 triệu đồng làm 4,6 km đường. Quỹ "Vì người nghèo" huyện đã tiếp nhận gần 1,2 tỷ đồng, hỗ trợ xây mới 17 căn nhà, sửa chữa 6 căn nhà cho hộ nghèo.
Khối dân vận tiếp nhận 13 đơn thư, kiến nghị; đã giải quyết 11 đơn, 2 đơn đang xem xét; hòa giải thành 18 vụ việc. Các đoàn thể kết nạp 104 hội viên mới.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 204-KH/HU ngày 11/9/2023 về tổ chức hoạt động kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng và 24 năm Ngày "Dân vận" của tỉnh Thái Nguyên; hướng dẫn thực hiện Kết luận số 56-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận chính quyền.
Tại giao ban, các đồng chí Triệu Thị Thu, La Văn Quý - Phó Trưởng Ban Dân vận Huyện ủy - báo cáo kết quả khảo sát 11 mô hình "Dân vận khéo" tại các xã; bà Mông Thị Sen, Bí thư Đảng ủy xã Thần Sa, cho biết xã có 4 thôn người Mông, Dao đã hoàn thành hương ước mới. Ông Lục Văn Đông, Trưởng xóm Kẹ, đề nghị hỗ trợ điện chiếu sáng cho 2,1 km đường xóm.
Kết luận giao ban, đồng chí Hoàng Văn Tiến yêu cầu tháng 10: tổ chức tốt Ngày hội Đại đoàn kết ở 100% xóm, tổ dân phố; chuẩn bị hội nghị biểu dương 30 điển hình "Dân vận khéo" giai đoạn 2021 - 2023; tăng cường nắm tình hình ở các xóm có dự án khai thác khoáng sản; gửi báo cáo tháng về huyện trước ngày 20.
Các ý kiến cũng nêu khó khăn: cán bộ dân vận xã thường xuyên thay đổi, một số xã chưa bố trí kinh phí cho tổ dân vận xóm; việc phát huy vai trò của người có uy tín còn hạn chế. Đồng chí Trưởng Ban Dân vận Huyện ủy đề nghị các xã khắc phục ngay, bảo đảm mỗi xóm có tổ dân vận hoạt động thực chất.
Nguyễn Hằng
Lượt xem: 293
Tin khác
- Võ Nhai: 11 mô hình dân vận khéo được khảo sát (27/09/2023)
- Giao ban công tác dân vận tháng 8 (06/09/2023)
- Xã Thần Sa tổ chức ngày hội văn hóa dân tộc Mông (15/09/2023)
""", "2023-10-05", "Võ Nhai triển khai nhiệm vụ công tác dân vận tháng 10",
E("giao_ban", "2023-09", "2023-10-04"),
[P("Hoàng Văn Tiến", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Triệu Thị Thu", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("La Văn Quý", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Mông Thị Sen", "Bí thư Đảng ủy xã Thần Sa"),
 P("Lục Văn Đông", "Trưởng xóm Kẹ")],
[Q("32 hội nghị tuyên truyền", 32, "hội nghị tuyên truyền"), Q("trên 2.600 lượt người", 2600, "lượt người", "over"), Q("1.920 hộ", 1920, "hộ"),
 Q("96,7%", 96.7, "%"), Q("7.300 m2", 7300, "m2"), Q("2.100 ngày công", 2100, "ngày công"), Q("560 triệu đồng", 560000000, "đồng"),
 Q("4,6 km", 4.6, "km"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("17 căn nhà", 17, "căn nhà"), Q("6 căn nhà", 6, "căn nhà"),
 Q("13 đơn thư, kiến nghị", 13, "đơn thư, kiến nghị"), Q("11 đơn", 11, "đơn"), Q("2 đơn", 2, "đơn"), Q("18 vụ việc", 18, "vụ việc"),
 Q("104 hội viên mới", 104, "hội viên mới"), Q("11 mô hình", 11, "mô hình"), Q("4 thôn người Mông, Dao", 4, "thôn người Mông, Dao"),
 Q("2,1 km", 2.1, "km"), Q("100%", 100, "%"), Q("30 điển hình", 30, "điển hình")],
[D("Kế hoạch", "204", "KH/HU", "2023-09-11", "Ban Thường vụ Huyện ủy", "Kế hoạch số 204-KH/HU ngày 11/9/2023"),
 D("Kết luận", "56", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 56-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Thái Nguyên"), com("Thần Sa"), com("Sảng Mộc"), com("Nghinh Tường")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ > Dân vận cơ sở > Tin huyện, thành, thị",
 "Đồng chí Hoàng Văn Tiến, Trưởng Ban Dân vận Huyện ủy Võ Nhai phát biểu tại giao ban.", "Luật Thực hiện dân chủ ở cơ sở",
 "Vì người nghèo", "Dân vận khéo", "Ngày hội Đại đoàn kết", "Lượt xem: 293"],
["Thứ Năm, 05/10/2023", "tháng 9", "tháng 10", "93 năm", "24 năm", "giai đoạn 2021 - 2023", "trước ngày 20", "Lượt xem: 293"]))
