from lib import *
PAGES = []

PAGES.append(page("b1523-hungyen-bdv-soket-2017", """
BAN DÂN VẬN TỈNH ỦY HƯNG YÊN
Trang chủ › Tin tức › Hoạt động dân vận
14/07/2017 - 15:30
Toàn cảnh hội nghị. Ảnh: Thu Hằng
Đối thoại với dân: cần đi đến cùng từng kiến nghị
Sáng 12/7, Ban Dân vận Tỉnh ủy Hưng Yên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Đỗ Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, 6 tháng qua Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 45, 46-KL/TU về tăng cường công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và về tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về đẩy mạnh xây dựng, thực hiện quy chế dân chủ ở cơ sở. Ban cũng ban hành Kế hoạch số 62-KH/BDVTU kiểm tra việc đối thoại của người đứng đầu tại 4 huyện.
Nửa đầu năm, cấp ủy, chính quyền các cấp trong tỉnh đã tổ chức 1.236 cuộc đối thoại với nhân dân; tiếp 5.870 lượt công dân, tiếp nhận 1.412 đơn thư, đã giải quyết 1.185 đơn, đạt 83,9%. Việc vận động nhân dân bàn giao mặt bằng đường nối hai cao tốc Hà Nội - Hải Phòng và Cầu Giẽ - Ninh Bình được thực hiện công khai; đến nay có 2.317 hộ gia đình nhận tiền bồi thường, với tổng số tiền hơn 412 tỷ đồng.
Tại hội nghị, đồng chí Nguyễn Văn Quỳnh, HUV, Trưởng Ban Dân vận Huyện ủy Văn Giang, nêu kinh nghiệm giải quyết khiếu kiện đông người: Thường trực Huyện ủy chia tổ công tác về từng thôn, ngồi lại với từng hộ, không để dân phải lên huyện, lên tỉnh. Bà Đào Thị Mến, Chủ tịch Ủy ban MTTQ xã Xuân Quan, cho biết từ đầu năm xã đã tổ chức 3 cuộc đối thoại, giải quyết xong 17/21 kiến nghị của nhân dân về đất dịch vụ.
Đồng chí Trần Quốc Toản, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Hưng Yên, đề nghị Ban Dân vận Tỉnh ủy sớm có hướng dẫn về việc đưa kết quả đối thoại vào đánh giá cán bộ cuối năm.
Một số ý kiến cho rằng đối thoại ở vài nơi còn mang tính "trình diễn", người đứng đầu ủy quyền cho cấp phó; sau đối thoại thiếu theo dõi, đôn đốc nên cùng một nội dung người dân phải kiến nghị nhiều lần.
Kết luận hội nghị, đồng chí Nguyễn Thị Lan Hương yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện nghiêm Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; mỗi cuộc đối thoại phải có thông báo kết luận, giao trách nhiệm cụ thể; khối dân vận tăng cường nắm tình hình ở các địa bàn có dự án. Đồng chí cũng giao Văn phòng Ban chuẩn bị sơ kết 5 năm phong trào thi đua "Dân vận khéo".
Thu Hằng
Lượt xem: 812
Các tin khác
- Khoái Châu: tọa đàm về công tác dân vận chính quyền (06/07/2017)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (28/06/2017)
- 14 tập thể được biểu dương trong phong trào "Dân vận khéo" (16/06/2017)
""", "2017-07-14", "Đối thoại với dân: cần đi đến cùng từng kiến nghị",
E("so_ket", "2017-H1", "2017-07-12"),
[P("Nguyễn Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quỳnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Giang"),
 P("Đào Thị Mến", "Chủ tịch Ủy ban MTTQ xã Xuân Quan"),
 P("Trần Quốc Toản", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Hưng Yên")],
[Q("4 huyện", 4, "huyện"), Q("1.236 cuộc đối thoại", 1236, "cuộc đối thoại"), Q("5.870 lượt công dân", 5870, "lượt công dân"),
 Q("1.412 đơn thư", 1412, "đơn thư"), Q("1.185 đơn", 1185, "đơn"), Q("83,9%", 83.9, "%"),
 Q("2.317 hộ gia đình", 2317, "hộ gia đình"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("17/21 kiến nghị", 17, "kiến nghị")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Hưng Yên"), com("Xuân Quan")],
["BAN DÂN VẬN TỈNH ỦY HƯNG YÊN", "Trang chủ › Tin tức › Hoạt động dân vận", "Toàn cảnh hội nghị. Ảnh: Thu Hằng",
 "Dân vận khéo", "Hà Nội - Hải Phòng", "Cầu Giẽ - Ninh Bình", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 812"],
["14/07/2017 - 15:30", "6 tháng qua", "6 tháng đầu năm 2017", "6 tháng cuối năm", "Nửa đầu năm", "sơ kết 5 năm", "Lượt xem: 812"]))

PAGES.append(page("b1524-langson-mttq-phanbien-duthao-nq-2018", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Thứ Sáu, 12/10/2018 - 09:45
Phản biện dự thảo nghị quyết về hỗ trợ người hoạt động không chuyên trách ở thôn
(LSO) - Ngày 10/10/2018, Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn tổ chức hội nghị phản biện xã hội lần thứ hai năm 2018 đối với dự thảo Nghị quyết của HĐND tỉnh quy định chức danh, số lượng và mức phụ cấp đối với người hoạt động không chuyên trách ở xã và thôn, khối phố.
Ông Hoàng Văn Nghiệm phát biểu tại hội nghị.
Chủ trì hội nghị có ông Hoàng Văn Nghiệm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có đại diện Ban Pháp chế HĐND tỉnh, Sở Nội vụ, các tổ chức chính trị - xã hội và 12 chuyên gia, nhà khoa học thuộc Hội đồng tư vấn của Ủy ban MTTQ tỉnh.
Theo ông Lành Văn Khoa, Phó Giám đốc Sở Nội vụ, cơ quan soạn thảo, dự thảo được xây dựng trên cơ sở Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ và các văn bản hướng dẫn của Bộ Nội vụ. Theo dự thảo, mỗi xã loại 1 được bố trí 22 người hoạt động không chuyên trách, xã loại 2 là 20 người, xã loại 3 là 19 người; mức phụ cấp của Bí thư Chi bộ thôn, Trưởng thôn là 1,2 lần mức lương cơ sở. Tổng kinh phí thực hiện dự kiến khoảng 236 tỷ đồng mỗi năm, tăng 18,5% so với hiện nay.
Các đại biểu cơ bản nhất trí với sự cần thiết ban hành nghị quyết. Bà Lộc Thị Nhung, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị bổ sung chức danh Chi hội trưởng phụ nữ thôn vào đối tượng được hưởng phụ cấp, vì đây là lực lượng trực tiếp vận động hội viên. Ông Vy Văn Pằn, Trưởng ban Công tác Mặt trận thôn Nà Pàn, xã Hoàng Đồng, thành phố Lạng Sơn, cho rằng mức 300.000 đồng/tháng cho Trưởng ban Công tác Mặt trận là quá thấp so với khối lượng công việc.
Tiến sĩ Nông Đức Kiên, Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, lưu ý việc gộp thôn, khối phố theo Đề án 03 của tỉnh sẽ làm giảm khoảng 140 thôn, cần tính đến để dự thảo không phải sửa lại sau một năm.
Kết luận hội nghị, ông Hoàng Văn Nghiệm cho biết các ý kiến sẽ được tổng hợp thành văn bản phản biện gửi HĐND và UBND tỉnh trước kỳ họp cuối năm. Từ đầu năm đến nay, Ủy ban MTTQ tỉnh đã chủ trì 2 hội nghị phản biện và góp ý 9 dự thảo nghị quyết của HĐND tỉnh theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Minh Châu
Lượt xem: 1.126
Tin liên quan
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Bình Gia (05/10/2018)
- Hội nghị đại biểu nhân dân tiêu biểu các dân tộc tỉnh (28/09/2018)
- Tràng Định: 58 hộ thoát nghèo nhờ mô hình chăn nuôi (21/09/2018)
""", "2018-10-12", "Phản biện dự thảo nghị quyết về hỗ trợ người hoạt động không chuyên trách ở thôn",
E("hoi_nghi", "2018", "2018-10-10"),
[P("Hoàng Văn Nghiệm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lành Văn Khoa", "Phó Giám đốc Sở Nội vụ"),
 P("Lộc Thị Nhung", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Vy Văn Pằn", "Trưởng ban Công tác Mặt trận thôn Nà Pàn"),
 P("Nông Đức Kiên", "Tiến sĩ", "Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("12 chuyên gia, nhà khoa học", 12, "chuyên gia, nhà khoa học"), Q("22 người hoạt động không chuyên trách", 22, "người hoạt động không chuyên trách"),
 Q("20 người", 20, "người"), Q("19 người", 19, "người"), Q("khoảng 236 tỷ đồng", 236000000000, "đồng", "approx"),
 Q("18,5%", 18.5, "%"), Q("300.000 đồng/tháng", 300000, "đồng"), Q("khoảng 140 thôn", 140, "thôn", "approx"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("9 dự thảo nghị quyết", 9, "dự thảo nghị quyết")],
[D("Nghị định", "92", "2009/NĐ-CP", "2009-10-22", "Chính phủ", "Nghị định số 92/2009/NĐ-CP ngày 22/10/2009"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Ông Hoàng Văn Nghiệm phát biểu tại hội nghị.", "(LSO)",
 "Lượt xem: 1.126"],
["Thứ Sáu, 12/10/2018 - 09:45", "lần thứ hai năm 2018", "xã loại 1", "xã loại 2", "xã loại 3", "1,2 lần", "một năm", "Đề án 03", "Lượt xem: 1.126"]))

PAGES.append(page("b1525-binhthuan-giaoban-khoidanvan-q3-2019", """
Cổng Thông tin điện tử Đảng bộ tỉnh Bình Thuận
Vị trí: Trang chủ - Tin tức - Dân vận
04/10/2019 | 14:10
Giao ban khối dân vận quý III/2019: tập trung giải quyết kiến nghị của ngư dân
Chiều 2/10, Ban Dân vận Tỉnh ủy chủ trì hội nghị giao ban khối dân vận quý III/2019 với sự tham dự của lãnh đạo Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội, Văn phòng UBND tỉnh và Trưởng Ban Dân vận các huyện ủy, thị ủy, thành ủy.
Đồng chí Đặng Hồng Sỹ chủ trì giao ban. Ảnh: N.Lân
Đồng chí Đặng Hồng Sỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Theo báo cáo, trong quý, khối dân vận đã nắm và phản ánh 34 vụ việc phức tạp liên quan đến đất đai, môi trường, trong đó nổi lên là kiến nghị của ngư dân xã Phước Thể, huyện Tuy Phong về việc xả thải của nhà máy nhiệt điện và kiến nghị của người dân phường Phú Hài, thành phố Phan Thiết về giải tỏa khu dân cư ven biển.
Thực hiện Chỉ thị 10, 11-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức 86 cuộc đối thoại, giải quyết 147/172 kiến nghị. Mặt trận và các đoàn thể chủ trì 23 cuộc giám sát, tổ chức 5 hội nghị góp ý dự thảo Luật Lao động (sửa đổi) và dự thảo Luật Chứng khoán (sửa đổi) với 318 lượt ý kiến. Phong trào thi đua "Dân vận khéo" có thêm 41 mô hình được công nhận; nhân dân đóng góp trên 14,5 tỷ đồng làm đường giao thông nông thôn.
Tại hội nghị, đồng chí Lê Văn Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin đoàn giám sát của Mặt trận đã làm việc tại 3 xã ven biển huyện Tuy Phong, ghi nhận 212 hộ ngư dân phản ánh ô nhiễm tro bụi; đồng chí Trần Thị Mỹ Lệ, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị có chính sách hỗ trợ chuyển đổi nghề cho lao động nữ ở làng chài.
Đồng chí Mang Thanh Huy, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Bình, phản ánh một số hộ đồng bào Chăm, Raglai còn băn khoăn về việc thu hồi đất làm dự án năng lượng mặt trời; huyện đã phối hợp với chức sắc Bà-la-môn, Hồi giáo Bàni vận động được 63 hộ nhận tiền bồi thường.
Kết luận giao ban, đồng chí Đặng Hồng Sỹ yêu cầu quý IV tập trung vận động nhân dân thực hiện Kế hoạch số 58-KH/BDVTU ngày 15/8/2019 của Ban Dân vận Tỉnh ủy về công tác dân vận ở vùng dự án năng lượng; các cơ quan khối dân vận chủ động đề xuất UBND tỉnh tổ chức đối thoại với ngư dân Phước Thể trước ngày 30/10; chuẩn bị tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở.
N.Lân
Lượt xem: 936
Tin khác
- Hàm Thuận Nam: giao ban dân vận quý III (30/09/2019)
- Trao 150 suất học bổng cho học sinh dân tộc thiểu số (25/09/2019)
- Đức Linh sơ kết phong trào "Dân vận khéo" (18/09/2019)
""", "2019-10-04", "Giao ban khối dân vận quý III/2019: tập trung giải quyết kiến nghị của ngư dân",
E("giao_ban", "2019-Q3", "2019-10-02"),
[P("Đặng Hồng Sỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Mang Thanh Huy", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Bình")],
[Q("34 vụ việc phức tạp", 34, "vụ việc phức tạp"), Q("86 cuộc đối thoại", 86, "cuộc đối thoại"), Q("147/172 kiến nghị", 147, "kiến nghị"),
 Q("23 cuộc giám sát", 23, "cuộc giám sát"), Q("5 hội nghị góp ý", 5, "hội nghị góp ý"), Q("318 lượt ý kiến", 318, "lượt ý kiến"),
 Q("41 mô hình", 41, "mô hình"), Q("trên 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("3 xã ven biển", 3, "xã ven biển"),
 Q("212 hộ ngư dân", 212, "hộ ngư dân"), Q("63 hộ", 63, "hộ")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Kế hoạch", "58", "KH/BDVTU", "2019-08-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 58-KH/BDVTU ngày 15/8/2019")],
[prov("Bình Thuận"), com("Phước Thể"), com("Phú Hài")],
["Cổng Thông tin điện tử Đảng bộ tỉnh Bình Thuận", "Vị trí: Trang chủ - Tin tức - Dân vận", "Đồng chí Đặng Hồng Sỹ chủ trì giao ban. Ảnh: N.Lân",
 "Dân vận khéo", "Luật Lao động (sửa đổi)", "Luật Chứng khoán (sửa đổi)", "Quy chế dân chủ ở cơ sở", "Lượt xem: 936"],
["04/10/2019 | 14:10", "quý III/2019", "quý IV", "ngày 30/10", "20 năm", "Lượt xem: 936"]))

PAGES.append(page("b1526-sonla-thuanchau-daihoi-mttq-2019", """
BÁO SƠN LA
Trang chủ | Chính trị | Mặt trận
Cập nhật: 17:20, 21/06/2019 (GMT+7)
Đại hội đại biểu MTTQ Việt Nam huyện Thuận Châu lần thứ XIII
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Trong 2 ngày 19 và 20/6, Ủy ban MTTQ Việt Nam huyện Thuận Châu (tỉnh Sơn La) tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2019-2024. Dự đại hội có đồng chí Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Cầm Ngọc Minh, Tỉnh ủy viên, Bí thư Huyện ủy Thuận Châu cùng 250 đại biểu đại diện cho hơn 170.000 người thuộc các dân tộc Thái, Kinh, Mông, Khơ Mú, Kháng, La Ha trong huyện.
Nhiệm kỳ 2014-2019, Mặt trận huyện đã phối hợp vận động xây dựng, sửa chữa 1.306 nhà Đại đoàn kết, trị giá hơn 39 tỷ đồng; 29 xã tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Mặt trận các cấp chủ trì 418 cuộc giám sát, kiến nghị 126 nội dung; tổ chức 37 hội nghị góp ý, phản biện, trong đó có góp ý dự thảo Luật Đất đai và dự thảo các đề án của huyện về tái định cư thủy điện. Tỷ lệ hộ nghèo giảm từ 44,5% xuống còn 26,8%.
Phát biểu tại đại hội, đồng chí Lò Thị Luyến đề nghị Mặt trận huyện tiếp tục thực hiện tốt Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; chú trọng giám sát việc thực hiện chính sách đối với người dân vùng tái định cư; đổi mới cách tập hợp đồng bào ở các bản vùng cao, biên giới.
Đại hội đã nghe 8 tham luận. Bà Lò Thị Thiêm, Trưởng ban Công tác Mặt trận bản Bó Mười B, xã Bó Mười, chia sẻ cách vận động 45 hộ đồng bào Thái hiến đất mở rộng đường nội bản; ông Sồng A Lử, người có uy tín bản Pha Khuông, xã Phổng Lái, nêu kinh nghiệm giữ bản không có người nghiện ma túy.\nĐại hội đã hiệp thương cử 61 vị vào Ủy ban MTTQ Việt Nam huyện khóa XIII. Tại hội nghị lần thứ nhất, ông Quàng Văn Piến được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà: Lò Thị Hoa, Tòng Văn Inh được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng bầu 19 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIV.
Trong nhiệm kỳ mới, Mặt trận huyện phấn đấu mỗi năm vận động xây dựng ít nhất 100 nhà Đại đoàn kết, 95% khu dân cư đạt danh hiệu văn hóa, 100% bản tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Đại hội thông qua Nghị quyết và Chương trình hành động thực hiện Nghị quyết Đại hội.
Phát biểu nhận nhiệm vụ, ông Quàng Văn Piến cam kết cùng tập thể Ủy ban khóa mới phát huy vai trò đại diện, bảo vệ quyền và lợi ích hợp pháp của nhân dân, thực hiện tốt chức năng giám sát, phản biện xã hội.
Quàng Hương
Lượt xem: 1.487
Tin liên quan
- Mộc Châu: Đại hội đại biểu MTTQ huyện lần thứ XIV (14/06/2019)
- Sốp Cộp tổ chức đại hội điểm Mặt trận cấp xã (31/05/2019)
- Thuận Châu trao 50 nhà Đại đoàn kết cho hộ nghèo (10/05/2019)
""", "2019-06-21", "Đại hội đại biểu MTTQ Việt Nam huyện Thuận Châu lần thứ XIII",
E("dai_hoi", None, "2019-06-19"),
[P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Ngọc Minh", "Tỉnh ủy viên", "Bí thư Huyện ủy Thuận Châu"),
 P("Lò Thị Thiêm", "Trưởng ban Công tác Mặt trận bản Bó Mười B"),
 P("Sồng A Lử", "người có uy tín bản Pha Khuông"),
 P("Quàng Văn Piến", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lò Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Tòng Văn Inh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 170.000 người", 170000, "người", "over"), Q("1.306 nhà Đại đoàn kết", 1306, "nhà Đại đoàn kết"),
 Q("hơn 39 tỷ đồng", 39000000000, "đồng", "over"), Q("29 xã", 29, "xã"), Q("418 cuộc giám sát", 418, "cuộc giám sát"),
 Q("126 nội dung", 126, "nội dung"), Q("37 hội nghị góp ý, phản biện", 37, "hội nghị góp ý, phản biện"), Q("44,5%", 44.5, "%"),
 Q("26,8%", 26.8, "%"), Q("8 tham luận", 8, "tham luận"), Q("45 hộ đồng bào Thái", 45, "hộ đồng bào Thái"), Q("61 vị", 61, "vị"), Q("19 đại biểu", 19, "đại biểu"), Q("ít nhất 100 nhà Đại đoàn kết", 100, "nhà Đại đoàn kết", "over"),
 Q("95%", 95, "%"), Q("100%", 100, "%")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Sơn La"), com("Bó Mười"), com("Phổng Lái")],
["BÁO SƠN LA", "Trang chủ | Chính trị | Mặt trận", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Luật Đất đai",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.487"],
["Cập nhật: 17:20, 21/06/2019 (GMT+7)", "lần thứ XIII", "nhiệm kỳ 2019-2024", "Nhiệm kỳ 2014-2019", "khóa XIII", "hội nghị lần thứ nhất",
 "lần thứ XIV", "2 ngày", "Lượt xem: 1.487"]))

PAGES.append(page("b1527-hatinh-chutich-doithoai-nongdan-2020", """
BÁO HÀ TĨNH
Thời sự » Chính trị
Thứ Sáu, 14/08/2020, 10:12
Chủ tịch UBND tỉnh Hà Tĩnh đối thoại với nông dân năm 2020
Sáng 13/8, Chủ tịch UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức hội nghị đối thoại với nông dân năm 2020 với chủ đề "Nông dân tham gia xây dựng nông thôn mới và phát triển sản xuất trong bối cảnh dịch Covid-19". Hội nghị được tổ chức trực tuyến tới 13 điểm cầu huyện, thị xã, thành phố.
Đồng chí Đặng Quốc Vinh trả lời ý kiến của nông dân.
Dự và chủ trì có đồng chí Đặng Quốc Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Tú Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh.
Theo báo cáo của Hội Nông dân tỉnh, trước hội nghị, các cấp hội đã tổng hợp được 97 ý kiến, kiến nghị của hội viên, trong đó tập trung vào tiêu thụ nông sản, vốn vay, tích tụ ruộng đất, chính sách theo Nghị quyết số 123/2019/NQ-HĐND của HĐND tỉnh về chính sách khuyến khích phát triển nông nghiệp, xây dựng nông thôn mới. Các sở, ngành đã trả lời bằng văn bản 71 ý kiến.
Tại hội nghị, có 16 nông dân trực tiếp nêu ý kiến. Ông Nguyễn Văn Thanh, chủ trang trại lợn, xã Cẩm Quan, huyện Cẩm Xuyên, phản ánh thủ tục vay vốn ưu đãi để mở rộng chuồng trại còn rườm rà; bà Phan Thị Hà, Chủ nhiệm Hợp tác xã rau củ quả Hồng Lộc, xã Hồng Lộc, huyện Lộc Hà, đề nghị hỗ trợ chứng nhận VietGAP và kết nối tiêu thụ sản phẩm. Ông Võ Văn Sửu (xã Thạch Ngọc, huyện Thạch Hà) hỏi về việc chi trả hỗ trợ cho hộ chăn nuôi bị thiệt hại do dịch tả lợn châu Phi.
Trả lời các ý kiến, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Văn Việt cho biết toàn tỉnh đã chi hỗ trợ hơn 57 tỷ đồng cho 8.460 hộ chăn nuôi bị thiệt hại; số còn lại sẽ hoàn thành trong tháng 9. Về vốn vay, Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh cam kết rút ngắn thời gian thẩm định hồ sơ xuống còn 5 ngày làm việc.
Phát biểu kết luận, đồng chí Đặng Quốc Vinh ghi nhận các ý kiến thẳng thắn, tâm huyết. Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương giải quyết dứt điểm các kiến nghị trong thẩm quyền, trả lời công khai trên Báo Hà Tĩnh; đồng thời đề nghị Hội Nông dân các cấp thực hiện tốt Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về nâng cao vai trò của Hội Nông dân trong phát triển nông nghiệp, nông thôn, xây dựng giai cấp nông dân.
Năm 2020, toàn tỉnh phấn đấu có thêm 18 xã đạt chuẩn nông thôn mới, nâng tỷ lệ xã đạt chuẩn lên 85%.
Phan Trâm
Lượt xem: 2.205
Tin liên quan
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2020 (20/07/2020)
- Vận động nông dân tham gia bảo hiểm y tế hộ gia đình (09/07/2020)
- Kỳ Anh: 200 hội viên được tập huấn chăn nuôi an toàn sinh học (02/07/2020)
""", "2020-08-14", "Chủ tịch UBND tỉnh Hà Tĩnh đối thoại với nông dân năm 2020",
E("doi_thoai", "2020", "2020-08-13"),
[P("Đặng Quốc Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Tú Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thanh", "chủ trang trại lợn"),
 P("Phan Thị Hà", "Chủ nhiệm Hợp tác xã rau củ quả Hồng Lộc"),
 P("Võ Văn Sửu"),
 P("Nguyễn Văn Việt", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("13 điểm cầu huyện, thị xã, thành phố", 13, "điểm cầu huyện, thị xã, thành phố"), Q("97 ý kiến, kiến nghị", 97, "ý kiến, kiến nghị"),
 Q("71 ý kiến", 71, "ý kiến"), Q("16 nông dân", 16, "nông dân"), Q("hơn 57 tỷ đồng", 57000000000, "đồng", "over"),
 Q("8.460 hộ chăn nuôi", 8460, "hộ chăn nuôi"), Q("18 xã", 18, "xã"), Q("85%", 85, "%")],
[D("Nghị quyết", "123", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 123/2019/NQ-HĐND"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009")],
[prov("Hà Tĩnh"), com("Cẩm Quan"), com("Hồng Lộc"), com("Thạch Ngọc")],
["BÁO HÀ TĨNH", "Thời sự » Chính trị", "Đồng chí Đặng Quốc Vinh trả lời ý kiến của nông dân.",
 "Nông dân tham gia xây dựng nông thôn mới và phát triển sản xuất trong bối cảnh dịch Covid-19", "VietGAP", "Báo Hà Tĩnh", "Lượt xem: 2.205"],
["Thứ Sáu, 14/08/2020, 10:12", "năm 2020", "5 ngày làm việc", "tháng 9", "Lượt xem: 2.205"]))

PAGES.append(page("b1528-longan-mttq-baocao-hdnd-2020", """
BÁO LONG AN ONLINE
Trang chủ » Chính trị » Tin tức
Ngày 11/12/2020 | 16:50
Ủy ban MTTQ tỉnh thông báo ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh
Ảnh: Toàn cảnh kỳ họp.
Sáng 9/12, tại kỳ họp thứ 20 HĐND tỉnh khóa IX, bà Trần Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Long An, trình bày báo cáo tổng hợp ý kiến, kiến nghị của cử tri và nhân dân, kết quả giám sát, phản biện xã hội của Mặt trận năm 2020.
Theo báo cáo, qua các kênh tiếp xúc cử tri, hội nghị đối thoại và phản ánh của các tổ chức thành viên, Mặt trận các cấp tổng hợp được 1.286 ý kiến, kiến nghị. Cử tri quan tâm nhiều nhất đến tình hình hạn, mặn đầu năm làm thiệt hại khoảng 12.000 ha lúa và hoa màu; việc chi trả hỗ trợ cho người lao động gặp khó khăn do đại dịch Covid-19 theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ; giá bán thanh long, chanh không ổn định; ô nhiễm môi trường tại một số cụm công nghiệp ở huyện Đức Hòa, Bến Lức.
Năm 2020, Mặt trận các cấp chủ trì 247 cuộc giám sát. Riêng việc giám sát chi trả hỗ trợ theo Nghị quyết 42, Mặt trận đã phát hiện 1.032 trường hợp chưa đúng đối tượng, kiến nghị thu hồi hơn 1,4 tỷ đồng. Ủy ban MTTQ tỉnh tổ chức 3 hội nghị phản biện đối với dự thảo Nghị quyết HĐND tỉnh về bảng giá đất giai đoạn 2020-2024 và quy định mức chi hỗ trợ người có uy tín; đã có 14/17 ý kiến phản biện được cơ quan soạn thảo tiếp thu.
Cũng theo báo cáo, Quỹ "Vì người nghèo" các cấp đã vận động được hơn 62 tỷ đồng; xây dựng và sửa chữa 1.418 căn nhà Đại đoàn kết; hỗ trợ 37.600 phần quà cho hộ nghèo, hộ cận nghèo trong mùa dịch.
Thay mặt cử tri, bà Trần Thị Thu Hồng đề nghị UBND tỉnh chỉ đạo sớm hoàn thành các công trình trữ nước ngọt, xem xét nâng mức hỗ trợ theo Quyết định số 28/2019/QĐ-UBND của UBND tỉnh đối với người bị thu hồi đất nông nghiệp, công khai kết quả xử lý các cơ sở gây ô nhiễm. Bà cũng kiến nghị HĐND tỉnh tăng cường giám sát chuyên đề về giải quyết khiếu nại, tố cáo, nhất là 23 vụ việc kéo dài ở các huyện giáp ranh TP Hồ Chí Minh.
Thay mặt Ban Thường trực, bà cũng thông tin kết quả thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư: năm 2020, Mặt trận các cấp đã tổ chức 186 hội nghị để nhân dân góp ý cán bộ, đảng viên nơi cư trú, với hơn 9.300 lượt ý kiến; 42 ý kiến góp ý đã được các cấp ủy tiếp thu, chỉ đạo khắc phục.\nÔng Nguyễn Văn Được, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, cho biết UBND tỉnh tiếp thu và sẽ trả lời các kiến nghị trong phiên chất vấn chiều cùng ngày.
Hoài Thanh
Lượt xem: 1.078
Tin liên quan
- Tiếp xúc cử tri trước kỳ họp thứ 20 HĐND tỉnh (27/11/2020)
- Mặt trận tỉnh giám sát việc chi trả hỗ trợ người lao động (16/10/2020)
- Đức Huệ: 30 căn nhà Đại đoàn kết được bàn giao (05/10/2020)
""", "2020-12-11", "Ủy ban MTTQ tỉnh thông báo ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh",
E("bao_cao", "2020", "2020-12-09"),
[P("Trần Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Long An"),
 P("Nguyễn Văn Được", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh")],
[Q("1.286 ý kiến, kiến nghị", 1286, "ý kiến, kiến nghị"), Q("khoảng 12.000 ha", 12000, "ha", "approx"),
 Q("247 cuộc giám sát", 247, "cuộc giám sát"), Q("1.032 trường hợp", 1032, "trường hợp"), Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("3 hội nghị phản biện", 3, "hội nghị phản biện"), Q("14/17 ý kiến phản biện", 14, "ý kiến phản biện"),
 Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"), Q("1.418 căn nhà Đại đoàn kết", 1418, "căn nhà Đại đoàn kết"),
 Q("37.600 phần quà", 37600, "phần quà"), Q("23 vụ việc", 23, "vụ việc"), Q("186 hội nghị", 186, "hội nghị"),
 Q("hơn 9.300 lượt ý kiến", 9300, "lượt ý kiến", "over"), Q("42 ý kiến góp ý", 42, "ý kiến góp ý")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "28", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 28/2019/QĐ-UBND"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Long An"), prov("Hồ Chí Minh")],
["BÁO LONG AN ONLINE", "Trang chủ » Chính trị » Tin tức", "Ảnh: Toàn cảnh kỳ họp.", "Vì người nghèo", "Lượt xem: 1.078"],
["Ngày 11/12/2020 | 16:50", "kỳ họp thứ 20", "khóa IX", "năm 2020", "Nghị quyết 42", "giai đoạn 2020-2024", "Lượt xem: 1.078"]))
