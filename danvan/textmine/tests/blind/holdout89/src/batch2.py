from lib import *
PAGES = []

PAGES.append(page("b2099-quangnam-bdv-giaoban-thang8-2017", """
Ban Dân vận Tỉnh ủy Quảng Nam - Trang thông tin điện tử
Trang chủ >> Tin tức >> Hoạt động dân vận
05/09/2017 - 10:05
Ảnh: Đồng chí Bríu Quân chủ trì giao ban.
Tháng 8: tiếp nhận 37 đơn thư, xử lý dứt điểm 33 đơn
Sáng 4/9, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận tháng 8/2017, triển khai nhiệm vụ tháng 9. Đồng chí Bríu Quân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có ban dân vận 18 huyện, thị xã, thành phố qua 18 điểm cầu trực tuyến.
Báo cáo tại giao ban cho biết, trong tháng 8, tình hình nhân dân cơ bản ổn định, dư luận quan tâm việc chuẩn bị Tuần lễ Cấp cao APEC và giá thu mua keo giảm mạnh. Khối dân vận các cấp tiếp nhận 37 đơn thư, đã xử lý dứt điểm 33 đơn; tổ chức 14 buổi tiếp xúc, đối thoại với nhân dân. Xảy ra 3 vụ tụ tập đông người phản đối ô nhiễm của nhà máy chế biến tinh bột sắn ở xã Quế Cường và 2 vụ việc khai thác cát trái phép gây bức xúc ở ven sông Thu Bồn.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 12-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2017 - 2018; phối hợp triển khai Quyết định 1218, 1219/QĐ-UBND của UBND tỉnh về hỗ trợ đồng bào Cơ Tu phát triển sinh kế. Toàn tỉnh có 1.284 mô hình "Dân vận khéo", trong đó 126 mô hình cấp tỉnh; nhân dân đóng góp hơn 18 tỷ đồng và 42.000 ngày công xây dựng nông thôn mới.
Tại giao ban, bà A Lăng Thị Bốn, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện vận động 215 hộ đồng bào Cơ Tu trồng rừng gỗ lớn; ông Bhling Mia, Bí thư Đảng ủy xã A Tiêng, đề nghị sớm hoàn thành 6 công trình nước sinh hoạt tập trung. Bà Zơ Râm Thị Nhưng, Chủ tịch Hội LHPN xã Sông Kôn, chia sẻ về mô hình tổ phụ nữ tiết kiệm với 48 thành viên.
Phát biểu kết luận, đồng chí Bríu Quân yêu cầu tháng 9 các cấp theo dõi sát tình hình ở vùng dự án, chủ động đối thoại với người dân ở xã Quế Cường; tăng cường công tác dân vận phục vụ APEC 2017; chuẩn bị sơ kết 3 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước các cấp.
Một số ý kiến đề nghị cấp ủy các địa phương quan tâm hơn đến việc nắm bắt tâm tư người dân ở vùng sạt lở, nhất là trước mùa mưa bão.
Mai Lan
Lượt xem: 2.318
Tin liên quan
- Đông Giang: tuyên dương 20 điển hình "Dân vận khéo" (30/08/2017)
- Giao ban công tác dân vận tháng 7/2017 (04/08/2017)
- Hội An: đối thoại với tiểu thương chợ trung tâm (21/07/2017)
- Nam Giang: gặp mặt già làng, người có uy tín tiêu biểu (06/07/2017)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Phước Sơn (26/06/2017)
- Tiên Phước: hiến đất làm đường (16/06/2017)
""", "2017-09-05", "Tháng 8: tiếp nhận 37 đơn thư, xử lý dứt điểm 33 đơn",
E("giao_ban", "2017-08", "2017-09-04"),
[P("Bríu Quân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Lăng Thị Bốn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Bhling Mia", "Bí thư Đảng ủy xã A Tiêng"),
 P("Zơ Râm Thị Nhưng", "Chủ tịch Hội LHPN xã Sông Kôn")],
[Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("18 điểm cầu", 18, "điểm cầu"),
 Q("37 đơn thư", 37, "đơn thư"), Q("33 đơn", 33, "đơn"), Q("14 buổi tiếp xúc, đối thoại", 14, "buổi tiếp xúc, đối thoại"),
 Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("2 vụ việc khai thác cát trái phép", 2, "vụ việc khai thác cát trái phép"),
 Q("1.284 mô hình", 1284, "mô hình"), Q("126 mô hình cấp tỉnh", 126, "mô hình cấp tỉnh"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("42.000 ngày công", 42000, "ngày công"),
 Q("215 hộ đồng bào Cơ Tu", 215, "hộ đồng bào Cơ Tu"), Q("6 công trình nước sinh hoạt tập trung", 6, "công trình nước sinh hoạt tập trung"),
 Q("48 thành viên", 48, "thành viên")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Quyết định", "1218", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1218, 1219/QĐ-UBND"),
 D("Quyết định", "1219", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1218, 1219/QĐ-UBND"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Quảng Nam"), com("Quế Cường"), com("A Tiêng"), com("Sông Kôn")],
["Ban Dân vận Tỉnh ủy Quảng Nam - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Hoạt động dân vận",
 "Ảnh: Đồng chí Bríu Quân chủ trì giao ban.", "Dân vận khéo", "Tuần lễ Cấp cao APEC", "Lượt xem: 2.318"],
["05/09/2017 - 10:05", "tháng 8/2017", "tháng 9", "năm 2017 - 2018", "APEC 2017", "3 năm", "Lượt xem: 2.318"]))

PAGES.append(page("b2100-camau-mttq-giamsat-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CÀ MAU
Trang chủ - Giám sát, phản biện xã hội
Thứ Ba, 20/11/2018 - 14:35
Giám sát việc giải quyết khiếu nại, tố cáo tại huyện Đầm Dơi
Ngày 19/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau do ông Trần Hồng Quân, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND huyện Đầm Dơi theo chương trình giám sát năm 2018.
Đoàn giám sát làm việc tại UBND huyện Đầm Dơi.
Theo báo cáo của UBND huyện, từ đầu năm 2018 đến ngày 31/10, huyện tiếp 276 lượt công dân, trong đó có 4 đoàn đông người; nhận 152 đơn khiếu nại, tố cáo, kiến nghị, phản ánh. Trong 41 đơn thuộc thẩm quyền, huyện đã giải quyết 36 đơn, đạt 87,8%; còn 5 vụ việc tồn đọng kéo dài, chủ yếu tranh chấp đất nuôi tôm giữa các hộ dân và bồi thường khi làm đường ven biển. Có 9 trường hợp khiếu nại vượt cấp lên tỉnh.
Ông Lý Minh Tân, Phó Chủ tịch UBND huyện Đầm Dơi, cho biết huyện đã thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường lãnh đạo công tác tiếp công dân và Luật Tiếp công dân; ban hành Kế hoạch 97/KH-UBND về rà soát các vụ việc khiếu nại phức tạp. Huyện đã chi 2,35 tỷ đồng hỗ trợ thêm cho 58 hộ bị ảnh hưởng bởi dự án.
Các thành viên đoàn giám sát, trong đó có bà Lâm Thị Phương Thảo, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, và ông Danh Út, Chủ tịch Ủy ban MTTQ xã Tân Thuận, nêu ý kiến: việc người đứng đầu tiếp dân định kỳ hằng tháng còn chưa đều; một số đơn chậm trả lời quá 30 ngày.
Kết luận buổi giám sát, ông Trần Hồng Quân đề nghị UBND huyện tổ chức đối thoại với các hộ còn khiếu nại ở xã Tân Thuận, xã Nguyễn Huân; phối hợp với Mặt trận thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị; công khai kết quả giải quyết đơn tại 16 xã, thị trấn. Đoàn sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy theo Quy chế giám sát và phản biện xã hội của Mặt trận.
Năm 2018, Ủy ban MTTQ tỉnh đã chủ trì 6 cuộc giám sát chuyên đề, phối hợp các tổ chức thành viên thực hiện 21 cuộc giám sát ở cấp huyện. Qua giám sát, nhiều kiến nghị của Mặt trận đã được các cơ quan tiếp thu, chấn chỉnh kịp thời; tuy nhiên vẫn còn nơi chậm trả lời kiến nghị, việc phối hợp giữa chính quyền với Mặt trận trong tiếp dân có lúc chưa chặt chẽ, nhất là ở các xã vùng sâu, vùng xa của tỉnh.
Hoàng Vũ
Tin cùng chuyên mục
- Phản biện dự thảo Nghị quyết về chính sách hỗ trợ ngư dân (12/11/2018)
- Giám sát thực hiện chính sách bảo hiểm y tế cho người cận nghèo (30/10/2018)
- Ngọc Hiển: Ban Thanh tra nhân dân phát huy vai trò (15/10/2018)
- Hội nghị giao ban Ban Thanh tra nhân dân quý III/2018 (04/10/2018)
""", "2018-11-20", "Giám sát việc giải quyết khiếu nại, tố cáo tại huyện Đầm Dơi",
E("giam_sat", "2018", "2018-11-19"),
[P("Trần Hồng Quân", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Lý Minh Tân", "Phó Chủ tịch UBND huyện Đầm Dơi"),
 P("Lâm Thị Phương Thảo", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ xã Tân Thuận")],
[Q("276 lượt công dân", 276, "lượt công dân"), Q("4 đoàn đông người", 4, "đoàn đông người"),
 Q("152 đơn khiếu nại, tố cáo, kiến nghị, phản ánh", 152, "đơn khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("41 đơn", 41, "đơn"), Q("36 đơn", 36, "đơn"), Q("87,8%", 87.8, "%"), Q("5 vụ việc tồn đọng kéo dài", 5, "vụ việc tồn đọng kéo dài"),
 Q("9 trường hợp", 9, "trường hợp"), Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("58 hộ", 58, "hộ"),
 Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("21 cuộc giám sát", 21, "cuộc giám sát")],
[D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Kế hoạch", "97", "KH-UBND", None, None, "Kế hoạch 97/KH-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Cà Mau"), com("Tân Thuận"), com("Nguyễn Huân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CÀ MAU", "Trang chủ - Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Đầm Dơi.", "Luật Tiếp công dân", "Quy chế giám sát và phản biện xã hội"],
["Thứ Ba, 20/11/2018 - 14:35", "năm 2018", "ngày 31/10", "30 ngày"]))

PAGES.append(page("b2101-hatinh-bdv-giaoban-quy2-2019", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ / Hoạt động / Tin dân vận
Thứ Sáu, 12/07/2019 - 08:20
Quang cảnh giao ban khối dân vận.
Dân vận chính quyền góp phần giải quyết các vụ việc phức tạp
Ngày 10/7, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức giao ban khối dân vận quý II và 6 tháng đầu năm 2019. Đồng chí Lê Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Võ Văn Kiên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Báo cáo cho thấy, trong quý II, tình hình tư tưởng nhân dân có chuyển biến tích cực; việc chi trả bồi thường cho ngư dân bị ảnh hưởng bởi sự cố môi trường biển cơ bản hoàn thành. Tuy vậy, trên địa bàn xảy ra 6 vụ tụ tập đông người, trong đó 4 vụ liên quan đến giải phóng mặt bằng dự án đường ven biển; 2 vụ việc tụ tập cản trở thi công tại xã Kỳ Lợi. Lực lượng chức năng phát hiện 8 trường hợp đăng tải thông tin sai sự thật trên mạng xã hội.
Các cơ quan khối dân vận tiếp 142 lượt công dân, nhận 58 đơn thư; tham gia giải quyết 51 vụ việc; hòa giải thành 167 vụ việc mâu thuẫn ở cơ sở. Ban Dân vận Tỉnh ủy phối hợp tổ chức 24 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Phong trào thi đua "Dân vận khéo" có thêm 312 mô hình, trong đó 47 mô hình cấp huyện.
Thực hiện Quyết định số 23-QĐ/TW của Ban Bí thư, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 132, 133-KH/TU về thực hiện Quy chế dân vận và về vận động nhân dân tham gia xây dựng nông thôn mới kiểu mẫu; hướng dẫn triển khai Chỉ thị số 16-CT/TU ngày 3/4/2019 của Ban Thường vụ Tỉnh ủy về công tác tiếp dân.
Tại giao ban, các đồng chí Trưởng Ban Dân vận Huyện ủy: Trần Đình Sơn (Kỳ Anh), Phan Thị Thủy (Cẩm Xuyên) đã chia sẻ kinh nghiệm vận động nhân dân hiến gần 35.000 m2 đất làm đường; ông Nguyễn Văn Tiệp, Bí thư Chi bộ thôn Tân Phúc, xã Kỳ Lợi, đề nghị các cơ quan sớm bố trí đất tái định cư cho 73 hộ dân.
Kết luận giao ban, đồng chí Lê Thị Thanh Xuân yêu cầu quý III tập trung nắm tình hình ở vùng dự án, đối thoại kịp thời, không để hình thành điểm nóng; chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; tiếp tục triển khai hiệu quả Chỉ thị số 16-CT/TU. Đồng chí lưu ý các huyện báo cáo kịp thời, trung thực mọi vụ việc, không để xảy ra tình trạng "trên nóng, dưới lạnh".
Văn Châu
Tin liên quan
- Ban Dân vận Tỉnh ủy sơ kết 5 năm thực hiện Quy chế dân vận (28/06/2019)
- Hương Khê: đối thoại với nhân dân về đất lâm nghiệp (14/06/2019)
- Giao ban khối dân vận quý I/2019 (09/04/2019)
- Lộc Hà: ra mắt 12 mô hình "Dân vận khéo" (22/03/2019)
""", "2019-07-12", "Dân vận chính quyền góp phần giải quyết các vụ việc phức tạp",
E("giao_ban", "2019-Q2", "2019-07-10"),
[P("Lê Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Kiên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Sơn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phan Thị Thủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Tiệp", "Bí thư Chi bộ thôn Tân Phúc")],
[Q("6 vụ tụ tập đông người", 6, "vụ tụ tập đông người"), Q("4 vụ", 4, "vụ"), Q("2 vụ việc tụ tập cản trở thi công", 2, "vụ việc tụ tập cản trở thi công"),
 Q("8 trường hợp", 8, "trường hợp"), Q("142 lượt công dân", 142, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"),
 Q("51 vụ việc", 51, "vụ việc"), Q("167 vụ việc mâu thuẫn", 167, "vụ việc mâu thuẫn"), Q("24 cuộc đối thoại", 24, "cuộc đối thoại"),
 Q("312 mô hình", 312, "mô hình"), Q("47 mô hình cấp huyện", 47, "mô hình cấp huyện"),
 Q("gần 35.000 m2", 35000, "m2", "approx"), Q("73 hộ dân", 73, "hộ dân")],
[D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "132", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 132, 133-KH/TU"),
 D("Kế hoạch", "133", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 132, 133-KH/TU"),
 D("Chỉ thị", "16", "CT/TU", "2019-04-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 3/4/2019")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ / Hoạt động / Tin dân vận", "Quang cảnh giao ban khối dân vận.",
 "Dân vận khéo", "trên nóng, dưới lạnh", "Quy chế dân vận"],
["Thứ Sáu, 12/07/2019 - 08:20", "quý II và 6 tháng đầu năm 2019", "quý III", "nhiệm kỳ 2020 - 2025"]))

PAGES.append(page("b2102-binhthuan-mttq-baocao-thang10-2019", """
Ủy ban MTTQ Việt Nam tỉnh Bình Thuận
Trang chủ | Tin tức | Tình hình nhân dân
Ngày 05/11/2019 | 09:15
Tháng 10/2019: nhân dân lo lắng về giá thanh long và xâm nhập mặn
Ngày 4/11/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận có Báo cáo số 215/BC-MTTQ-BTT về tình hình nhân dân tháng 10/2019 gửi Thường trực Tỉnh ủy và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Theo báo cáo, trong tháng, Mặt trận các cấp nắm tình hình thông qua 124 điểm nắm dư luận ở 127 xã, phường, thị trấn. Nhân dân phấn khởi trước kết quả xây dựng nông thôn mới, với 68 xã đạt chuẩn; song lo lắng khi giá thanh long xuống thấp, nhiều hộ chỉ bán được 5.000 đồng/kg, thấp hơn giá thành. Ở các xã ven biển, 1.350 hộ ngư dân gặp khó khăn do tàu thuyền nằm bờ; tình trạng xâm nhập mặn làm 420 ha lúa bị ảnh hưởng.
Về các vụ việc phức tạp, trong tháng xảy ra 2 vụ tụ tập đông người phản đối dự án điện mặt trời tại xã Hòa Thắng, 2 vụ tranh chấp đất giữa đồng bào Raglai và doanh nghiệp trồng rừng; phát hiện 3 trường hợp tuyên truyền, phát tán tài liệu trái phép. Ban Thanh tra nhân dân các cấp nhận 46 ý kiến góp ý về công khai thu chi, đã kiến nghị xử lý 39 ý kiến.
Nhân dân cũng bày tỏ lo ngại về tình trạng cho vay nặng lãi, tín dụng đen len lỏi vào các thôn vùng đồng bào dân tộc thiểu số; một số hộ phải bán đất sản xuất để trả nợ. Nhiều cử tri đề nghị các cấp chính quyền tăng cường kiểm tra, xử lý nghiêm các đối tượng, đồng thời mở rộng nguồn vốn vay ưu đãi qua Ngân hàng Chính sách xã hội để người dân không phải tìm đến tín dụng đen.
Báo cáo dẫn ý kiến ông Mang Văn Thới, người có uy tín thôn Tân Hòa, xã Phan Sơn, phản ánh việc cấp giấy chứng nhận quyền sử dụng đất còn chậm; ông Nguyễn Văn Ba, Chủ tịch Ủy ban MTTQ xã Hòa Thắng, đề nghị doanh nghiệp đối thoại trực tiếp với 56 hộ dân. Bà Bố Thị Xuân Linh, Phó Chủ tịch Ủy ban MTTQ tỉnh, nhấn mạnh Mặt trận sẽ giám sát việc thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội.
Trong tháng 11, Mặt trận các cấp tiếp tục triển khai Kế hoạch số 58/KH-MTTQ-BTT về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" tại 1.125 khu dân cư và vận động Quỹ "Vì người nghèo" với chỉ tiêu 12 tỷ đồng. Báo cáo kiến nghị tỉnh chỉ đạo thực hiện đúng Nghị định số 67/2014/NĐ-CP của Chính phủ về chính sách phát triển thủy sản để ngư dân tiếp cận vốn vay.
Minh Châu
Các tin đã đưa
- Hội nghị giao ban công tác Mặt trận quý III/2019 (08/10/2019)
- Bắc Bình: gặp mặt người có uy tín trong đồng bào Chăm (27/09/2019)
- Ủy ban MTTQ tỉnh trao 45 nhà Đại đoàn kết (12/09/2019)
- Tánh Linh: giám sát việc thực hiện chính sách hỗ trợ đất sản xuất (30/08/2019)
""", "2019-11-05", "Tháng 10/2019: nhân dân lo lắng về giá thanh long và xâm nhập mặn",
E("bao_cao", "2019-10", "2019-11-04"),
[P("Mang Văn Thới", "người có uy tín thôn Tân Hòa"),
 P("Nguyễn Văn Ba", "Chủ tịch Ủy ban MTTQ xã Hòa Thắng"),
 P("Bố Thị Xuân Linh", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("124 điểm nắm dư luận", 124, "điểm nắm dư luận"), Q("127 xã, phường, thị trấn", 127, "xã, phường, thị trấn"),
 Q("68 xã", 68, "xã"), Q("5.000 đồng", 5000, "đồng"), Q("1.350 hộ ngư dân", 1350, "hộ ngư dân"), Q("420 ha", 420, "ha"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("2 vụ tranh chấp đất", 2, "vụ tranh chấp đất"),
 Q("3 trường hợp", 3, "trường hợp"), Q("46 ý kiến", 46, "ý kiến"), Q("39 ý kiến", 39, "ý kiến"),
 Q("56 hộ dân", 56, "hộ dân"), Q("1.125 khu dân cư", 1125, "khu dân cư"), Q("12 tỷ đồng", 12000000000, "đồng")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", "2019-11-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận", "Báo cáo số 215/BC-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", None, None, "Kế hoạch số 58/KH-MTTQ-BTT"),
 D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2014/NĐ-CP")],
[prov("Bình Thuận"), com("Hòa Thắng"), com("Phan Sơn")],
["Ủy ban MTTQ Việt Nam tỉnh Bình Thuận", "Trang chủ | Tin tức | Tình hình nhân dân", "Ngày hội Đại đoàn kết toàn dân tộc", "Vì người nghèo"],
["Ngày 05/11/2019 | 09:15", "tháng 10/2019", "tháng 11"]))

PAGES.append(page("b2103-haiphong-bdv-giaoban-thang3-2020", """
Ban Dân vận Thành ủy Hải Phòng
Trang chủ » Tin tức » Hoạt động của Ban
Thứ Ba, 07/04/2020
Khối dân vận chung tay phòng, chống dịch Covid-19
Sáng 6/4, Ban Dân vận Thành ủy Hải Phòng tổ chức giao ban trực tuyến công tác dân vận tháng 3/2020 với ban dân vận 15 quận ủy, huyện ủy tại 16 điểm cầu. Đồng chí Đỗ Mạnh Hiến, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì.
Đồng chí Đỗ Mạnh Hiến phát biểu tại điểm cầu Thành ủy.
Báo cáo cho biết, tháng 3, trước diễn biến phức tạp của dịch Covid-19, khối dân vận các cấp đã vận động 5.420 lượt đoàn viên, hội viên tham gia tuyên truyền, phát 120.000 tờ rơi hướng dẫn phòng dịch; vận động nhân dân ủng hộ 8,6 tỷ đồng và 45 tấn gạo cho công tác phòng, chống dịch. Nhân dân đồng tình với các biện pháp cách ly xã hội theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.
Tuy nhiên, dư luận còn lo lắng về việc làm của khoảng 12.000 công nhân tạm nghỉ việc ở các khu công nghiệp. Trong tháng phát hiện 14 trường hợp đưa tin sai sự thật về dịch bệnh trên mạng xã hội, đã xử phạt hành chính 9 trường hợp; xảy ra 2 vụ tụ tập đông người tại khu cách ly tập trung do thiếu thông tin, đã được giải quyết ngay trong ngày.
Thực hiện Kết luận 70, 71-KL/TU của Ban Thường vụ Thành ủy, Ban Dân vận Thành ủy đã tham mưu ban hành Hướng dẫn số 31-HD/BDVTU về công tác dân vận trong phòng, chống dịch; chỉ đạo hoãn các hội nghị đông người, chuyển 26 cuộc tiếp xúc, đối thoại sang hình thức trực tuyến.
Tại giao ban, bà Phạm Thị Thu Hằng, Trưởng Ban Dân vận Quận ủy Lê Chân, cho biết quận đã vận động 250 hộ kinh doanh tạm đóng cửa; ông Vũ Văn Đoàn, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố, thông tin Ủy ban MTTQ thành phố đã tiếp nhận 3.800 khẩu trang y tế và 600 lít dung dịch sát khuẩn; ông Lương Văn Cừ, Bí thư Đảng ủy xã Tân Liên, đề nghị hỗ trợ 86 hộ nghèo bị ảnh hưởng bởi dịch.
Kết luận giao ban, đồng chí Đỗ Mạnh Hiến yêu cầu tháng 4 các cấp tiếp tục nắm chắc tâm trạng công nhân, người lao động mất việc; tuyên truyền để nhân dân thực hiện "5K"; phối hợp chi trả kịp thời gói hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ cho người dân gặp khó khăn do đại dịch. Đồng chí đề nghị các quận, huyện báo cáo hằng tuần về tình hình nhân dân và những vụ việc phát sinh.
Thùy Linh
Lượt xem: 3.120
Xem thêm
- Mặt trận các cấp tiếp nhận ủng hộ phòng, chống dịch Covid-19 (31/03/2020)
- Giao ban công tác dân vận tháng 2/2020 (05/03/2020)
- Thủy Nguyên: ra quân tuyên truyền phòng dịch (25/02/2020)
- Ban Dân vận Thành ủy tổng kết công tác năm 2019 (27/12/2019)
""", "2020-04-07", "Khối dân vận chung tay phòng, chống dịch Covid-19",
E("giao_ban", "2020-03", "2020-04-06"),
[P("Đỗ Mạnh Hiến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Thị Thu Hằng", "Trưởng Ban Dân vận Quận ủy Lê Chân"),
 P("Vũ Văn Đoàn", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Lương Văn Cừ", "Bí thư Đảng ủy xã Tân Liên")],
[Q("15 quận ủy, huyện ủy", 15, "quận ủy, huyện ủy"), Q("16 điểm cầu", 16, "điểm cầu"),
 Q("5.420 lượt đoàn viên, hội viên", 5420, "lượt đoàn viên, hội viên"), Q("120.000 tờ rơi", 120000, "tờ rơi"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("45 tấn", 45, "tấn"), Q("khoảng 12.000 công nhân", 12000, "công nhân", "approx"),
 Q("14 trường hợp", 14, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("26 cuộc tiếp xúc, đối thoại", 26, "cuộc tiếp xúc, đối thoại"), Q("250 hộ kinh doanh", 250, "hộ kinh doanh"),
 Q("3.800 khẩu trang y tế", 3800, "khẩu trang y tế"), Q("600 lít", 600, "lít"), Q("86 hộ nghèo", 86, "hộ nghèo")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kết luận", "70", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 70, 71-KL/TU"),
 D("Kết luận", "71", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 70, 71-KL/TU"),
 D("Hướng dẫn", "31", "HD/BDVTU", None, None, "Hướng dẫn số 31-HD/BDVTU"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Hải Phòng"), com("Tân Liên")],
["Ban Dân vận Thành ủy Hải Phòng", "Trang chủ » Tin tức » Hoạt động của Ban",
 "Đồng chí Đỗ Mạnh Hiến phát biểu tại điểm cầu Thành ủy.", "5K", "Lượt xem: 3.120"],
["Thứ Ba, 07/04/2020", "tháng 3/2020", "Covid-19", "tháng 4", "5K", "Lượt xem: 3.120"]))

PAGES.append(page("b2104-kontum-bdv-giaoban-quy3-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ - Tin hoạt động - Dân vận các cấp
15-10-2021 09:40
Ảnh: Quang cảnh giao ban tại điểm cầu tỉnh.
Kon Tum: 9 tháng hòa giải thành 214 vụ việc ở cơ sở
Ngày 13/10, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban khối dân vận quý III năm 2021 theo hình thức trực tuyến đến 10 huyện, thành phố. Đồng chí Y Ngọc Thương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo tại giao ban nêu, quý III, đồng bào các dân tộc chấp hành tốt các biện pháp phòng, chống dịch Covid-19; nhân dân hiến 12.600 m2 đất làm đường giao thông nông thôn. Trong 9 tháng, các tổ hòa giải ở cơ sở đã hòa giải thành 214 vụ việc, trong đó quý III là 68 vụ. Tuy nhiên, vẫn còn 4 vụ việc tranh chấp đất đai kéo dài giữa người dân với các công ty lâm nghiệp; phát hiện 6 trường hợp lôi kéo người dân theo "Hà Mòn" ở các làng thuộc huyện Đăk Hà.
Khối dân vận các cấp tiếp 71 lượt công dân, nhận 28 đơn thư, đã giải quyết 24 đơn. Mặt trận và các đoàn thể vận động được 3,2 tỷ đồng hỗ trợ người dân gặp khó khăn do dịch; trao 1.560 suất quà cho các hộ nghèo, mỗi suất 400.000 đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 45-KH/TU về thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Chỉ thị 05, 06-CT/TU về công tác dân vận trong tình hình mới và về vận động đồng bào các dân tộc giữ gìn bản sắc văn hóa.
Tại giao ban, bà Y Hà, HUV, Trưởng Ban Dân vận Huyện ủy Đăk Glei, cho biết huyện đã vận động 92 hộ đồng bào Xơ Đăng từ bỏ hủ tục; ông A Thiêm, Bí thư Đảng ủy xã Đăk Ui, đề nghị cấp kinh phí cho 5 tổ dân vận thôn. Ông A Hyên, già làng làng Kon Klor, phường Thắng Lợi, kể về cách giữ nghề đan lát truyền thống và vận động thanh niên làm kinh tế.
Kết luận giao ban, đồng chí Y Ngọc Thương yêu cầu quý IV các cấp tập trung nắm chắc tình hình ở vùng tranh chấp đất đai, phối hợp giải quyết dứt điểm; tuyên truyền để người dân tiêm vắc xin phòng Covid-19; chuẩn bị tổng kết công tác dân vận năm 2021 và tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" an toàn.
Nhiều ý kiến cho rằng cần tăng cường đội ngũ cán bộ biết tiếng dân tộc thiểu số để làm tốt công tác tuyên truyền, vận động ở các làng vùng sâu.
H.Nga
Các tin khác
- Sa Thầy: gặp mặt 42 người có uy tín (06/10/2021)
- Giao ban khối dân vận quý II/2021 (09/07/2021)
- Kon Plông: đối thoại với nhân dân về đất rừng (25/06/2021)
- Ngọc Hồi: ra mắt mô hình "Dân vận khéo" ở xã biên giới (11/06/2021)
- Tu Mơ Rông: vận động đồng bào trồng sâm dưới tán rừng (28/05/2021)
""", "2021-10-15", "Kon Tum: 9 tháng hòa giải thành 214 vụ việc ở cơ sở",
E("giao_ban", "2021-Q3", "2021-10-13"),
[P("Y Ngọc Thương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
 P("A Thiêm", "Bí thư Đảng ủy xã Đăk Ui"),
 P("A Hyên", "già làng làng Kon Klor")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("12.600 m2", 12600, "m2"), Q("214 vụ việc", 214, "vụ việc"),
 Q("68 vụ", 68, "vụ"), Q("4 vụ việc tranh chấp đất đai kéo dài", 4, "vụ việc tranh chấp đất đai kéo dài"),
 Q("6 trường hợp", 6, "trường hợp"), Q("71 lượt công dân", 71, "lượt công dân"), Q("28 đơn thư", 28, "đơn thư"),
 Q("24 đơn", 24, "đơn"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("1.560 suất quà", 1560, "suất quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("92 hộ đồng bào Xơ Đăng", 92, "hộ đồng bào Xơ Đăng"), Q("5 tổ dân vận thôn", 5, "tổ dân vận thôn")],
[D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 45-KH/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Kon Tum"), com("Đăk Ui"), com("Thắng Lợi")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ - Tin hoạt động - Dân vận các cấp", "Ảnh: Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Hà Mòn", "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo"],
["15-10-2021 09:40", "quý III năm 2021", "9 tháng", "quý III", "quý IV", "Covid-19", "năm 2021"]))
