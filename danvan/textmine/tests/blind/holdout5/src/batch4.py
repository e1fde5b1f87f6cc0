from lib import *

PAGES = []

# b109 — district portal (pre-2025), 6-month review of supervision and social criticism, Thanh Hóa 2018
PAGES.append(page(
"b109-thanhhoa-hoanghoa-mttq-soket-giamsat-2018",
"""
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ | Tin tức - Sự kiện | Chính trị | Mặt trận - Đoàn thể | Thông báo
Mặt trận - Đoàn thể
Ngày đăng: 06/07/2018

Ủy ban MTTQ huyện sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2018

Ngày 5/7/2018, Ủy ban MTTQ Việt Nam huyện Hoằng Hóa (tỉnh Thanh Hóa) tổ chức hội nghị sơ kết công tác giám sát và phản biện xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Dự hội nghị có Lê Văn Cường - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Nguyễn Thị Hằng - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Lê Đình Toản - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng Chủ tịch Ủy ban MTTQ 43 xã, thị trấn.

Thực hiện Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên, cùng Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận, trong 6 tháng đầu năm Mặt trận các cấp trong huyện đã tổ chức 52 cuộc giám sát chuyên đề, trong đó cấp huyện 4 cuộc, cấp xã 48 cuộc. Nội dung giám sát tập trung vào việc thu, chi các khoản đóng góp của nhân dân, việc cấp giấy chứng nhận quyền sử dụng đất, thực hiện chính sách bảo hiểm y tế cho người cận nghèo.

Qua giám sát, Mặt trận đã đưa ra 163 kiến nghị, đến nay có 141 kiến nghị được tiếp thu, giải quyết, đạt 86,5%. Ban Thanh tra nhân dân 43 xã, thị trấn đã tiếp nhận 95 đơn thư, giải quyết 88 đơn; Ban giám sát đầu tư của cộng đồng giám sát 126 công trình với tổng vốn gần 210 tỷ đồng, phát hiện 7 công trình có dấu hiệu chậm tiến độ. Tại xã Hoằng Châu, qua giám sát đã kiến nghị hoàn trả cho 312 hộ số tiền 186 triệu đồng thu sai quy định.

Về phản biện xã hội, Ủy ban MTTQ huyện đã tổ chức 2 hội nghị phản biện đối với dự thảo Đề án xây dựng thị trấn Bút Sơn đạt chuẩn đô thị văn minh và dự thảo quy hoạch vùng nuôi trồng thủy sản 350 ha ven biển xã Hoằng Phụ, với 38 ý kiến phản biện được cơ quan soạn thảo tiếp thu.

Tại hội nghị, đồng chí Phạm Văn Tình, Chủ tịch Ủy ban MTTQ xã Hoằng Phụ, đề nghị cấp trên bồi dưỡng kỹ năng giám sát cho Ban Thanh tra nhân dân vì 60% thành viên mới tham gia lần đầu.

Phát biểu kết luận, Phó Bí thư Thường trực Huyện ủy Lê Văn Cường yêu cầu 6 tháng cuối năm tập trung giám sát việc thực hiện Quy định 124-QĐ/TW đối với người đứng đầu cấp ủy, chính quyền cấp xã, không để tình trạng "giám sát cho có".

Hồng Nhung - Trung tâm VH-TT huyện
Lượt xem: 458

Tin khác
- Hoằng Hóa: Hội nghị giao ban công tác dân vận quý II (28/6/2018)
- Trao 120 suất quà cho gia đình chính sách (25/6/2018)
""",
"2018-07-06",
"Ủy ban MTTQ huyện sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2018",
E("so_ket", "2018-H1", "2018-07-05"),
[P("Lê Văn Cường", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Nguyễn Thị Hằng", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Đình Toản", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Văn Tình", "Chủ tịch Ủy ban MTTQ xã Hoằng Phụ")],
[Q("43 xã, thị trấn", 43, "xã, thị trấn"),
 Q("52 cuộc giám sát chuyên đề", 52, "cuộc giám sát chuyên đề"),
 Q("4 cuộc", 4, "cuộc"),
 Q("48 cuộc", 48, "cuộc"),
 Q("163 kiến nghị", 163, "kiến nghị"),
 Q("141 kiến nghị", 141, "kiến nghị"),
 Q("86,5%", 86.5, "%"),
 Q("95 đơn thư", 95, "đơn thư"),
 Q("88 đơn", 88, "đơn"),
 Q("126 công trình", 126, "công trình"),
 Q("gần 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("7 công trình", 7, "công trình"),
 Q("312 hộ", 312, "hộ"),
 Q("186 triệu đồng", 186000000, "đồng"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"),
 Q("350 ha", 350, "ha"),
 Q("38 ý kiến phản biện", 38, "ý kiến phản biện"),
 Q("60%", 60, "%")],
[D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Thanh Hóa"), com("xã Hoằng Châu"), com("thị trấn Bút Sơn"), com("xã Hoằng Phụ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA - TỈNH THANH HÓA", "Lượt xem", "Ban Thanh tra nhân dân",
 "Ban giám sát đầu tư của cộng đồng", "huyện Hoằng Hóa", "Trung tâm VH-TT huyện"],
["6 tháng đầu năm", "6 tháng cuối năm 2018", "lần đầu"],
))

# b110 — Ban Dân vận Tỉnh ủy page, monthly briefing after the floods, Quảng Bình 2016
PAGES.append(page(
"b110-quangbinh-bdv-giaoban-thang11-2016",
"""
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Trang thông tin điện tử
Trang chủ » Tin hoạt động » Hoạt động của Ban
Thứ Năm, 01/12/2016 07:50

Giao ban công tác dân vận tháng 11: tập trung vận động nhân dân khắc phục hậu quả mưa lũ

Chiều 30/11/2016, Ban Dân vận Tỉnh ủy Quảng Bình chủ trì hội nghị giao ban công tác dân vận tháng 11 với Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh. Đồng chí Trần Thị Kim Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có các đồng chí: Hoàng Đình Thắng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Văn Lợi, Chủ tịch Hội Nông dân tỉnh; Lê Thị Tuyết, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Phan Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy.

Báo cáo tại hội nghị cho biết, sau hai trận lũ lịch sử đầu và giữa tháng 10/2016, toàn tỉnh có 25 người chết, hơn 125.000 ngôi nhà bị ngập, 2.150 ha lúa và hoa màu bị hư hại; tổng thiệt hại ước trên 5.000 tỷ đồng. Thực hiện Kế hoạch số 45-KH/BDVTU ngày 20/10/2016 của Ban Dân vận Tỉnh ủy về vận động nhân dân khắc phục hậu quả lũ lụt, khối dân vận các cấp đã huy động hơn 7.200 đoàn viên, hội viên, chiến sỹ giúp dân dọn dẹp nhà cửa, vệ sinh môi trường.

Đến ngày 25/11, Ban Vận động cứu trợ tỉnh đã tiếp nhận 186,4 tỷ đồng và 1.350 tấn hàng hóa. Theo Quyết định số 3456/QĐ-UBND ngày 25/10/2016 của UBND tỉnh, số tiền trên được phân bổ cho 8 huyện, thị xã, thành phố; trong đó hỗ trợ 5 triệu đồng cho mỗi hộ có nhà bị sập, trôi và 2 triệu đồng cho mỗi hộ có nhà bị ngập sâu trên 2 m. Hội Liên hiệp Phụ nữ tỉnh đã trao 3.100 suất quà; Hội Nông dân tỉnh phối hợp cung ứng 85 tấn lúa giống, 40 tấn phân bón cho 4.600 hộ nông dân tái sản xuất vụ Đông Xuân.

Tại xã Tân Hóa (huyện Minh Hóa), nơi bị ngập sâu nhất, Ban Dân vận Tỉnh ủy phối hợp vận động xây dựng 20 nhà phao cho các hộ thường xuyên bị ngập; tại xã Duy Ninh (huyện Quảng Ninh), Mặt trận xã đã công khai danh sách 412 hộ được nhận hỗ trợ, không để xảy ra khiếu kiện.

Một số ý kiến phản ánh việc phân phối hàng cứu trợ ở vài nơi chưa kịp thời, còn trùng lặp; một số đoàn từ thiện tự phát chưa phối hợp với chính quyền địa phương. Kết luận giao ban, Trưởng Ban Dân vận Tỉnh ủy Trần Thị Kim Vân đề nghị trong tháng 12 khối dân vận tiếp tục giám sát việc phân bổ tiền, hàng cứu trợ, bảo đảm công khai, đúng đối tượng; vận động nhân dân đón Tết Đinh Dậu 2017 an toàn, tiết kiệm.

P.V
Lượt xem: 634

Các tin đã đưa
- Ban Dân vận Tỉnh ủy trao 300 suất quà cho người dân vùng lũ Lệ Thủy (22/10/2016)
- Giao ban công tác dân vận tháng 10/2016 (28/10/2016)
""",
"2016-12-01",
"Giao ban công tác dân vận tháng 11: tập trung vận động nhân dân khắc phục hậu quả mưa lũ",
E("giao_ban", "2016-11", "2016-11-30"),
[P("Trần Thị Kim Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Đình Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Tuyết", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phan Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("25 người", 25, "người"),
 Q("hơn 125.000 ngôi nhà", 125000, "ngôi nhà", "over"),
 Q("2.150 ha", 2150, "ha"),
 Q("trên 5.000 tỷ đồng", 5000000000000, "đồng", "over"),
 Q("hơn 7.200 đoàn viên, hội viên, chiến sỹ", 7200, "đoàn viên, hội viên, chiến sỹ", "over"),
 Q("186,4 tỷ đồng", 186400000000, "đồng"),
 Q("1.350 tấn", 1350, "tấn"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("trên 2 m", 2, "m", "over"),
 Q("3.100 suất quà", 3100, "suất quà"),
 Q("85 tấn lúa giống", 85, "tấn lúa giống"),
 Q("40 tấn phân bón", 40, "tấn phân bón"),
 Q("4.600 hộ nông dân", 4600, "hộ nông dân"),
 Q("20 nhà phao", 20, "nhà phao"),
 Q("412 hộ", 412, "hộ")],
[D("Kế hoạch", "45", "KH/BDVTU", "2016-10-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BDVTU"),
 D("Quyết định", "3456", "QĐ-UBND", "2016-10-25", "UBND tỉnh", "Quyết định số 3456/QĐ-UBND")],
[prov("Quảng Bình"), com("xã Tân Hóa"), com("xã Duy Ninh")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Lượt xem", "Ban Vận động cứu trợ tỉnh", "huyện Quảng Ninh",
 "huyện Minh Hóa"],
["tháng 10/2016", "Tết Đinh Dậu 2017", "tháng 12", "hai trận lũ", "tháng 11"],
))

# b111 — Party committee portal, annual review of mass mobilisation, Trà Vinh 2014 (long page)
PAGES.append(page(
"b111-travinh-bdv-tongket-2014",
"""
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH TRÀ VINH
Trang chủ | Tin tức | Xây dựng Đảng | Dân vận | Tư liệu - Văn kiện | Hỏi đáp
Trang chủ > Dân vận > Tin hoạt động
Ngày 30/12/2014

Tổng kết công tác dân vận năm 2014: Khối dân vận góp phần giữ vững ổn định vùng đồng bào Khmer

Ngày 29/12/2014, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2014 và triển khai phương hướng, nhiệm vụ năm 2015. Dự hội nghị có các đồng chí: Sơn Thị Ánh Hồng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Thạch Dư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Văn Phúc, Phó Chủ tịch UBND tỉnh; Kim Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo các sở, ngành, đoàn thể tỉnh và Trưởng Ban Dân vận các huyện ủy, thị ủy, thành ủy.

Năm 2014, cấp ủy các cấp tiếp tục triển khai Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Tỉnh ủy đã ban hành Kế hoạch số 35-KH/TU ngày 12/9/2013 và Ban Dân vận Tỉnh ủy ký Chương trình phối hợp số 03/CTPH-BDVTU-BCSĐUBND ngày 14/2/2014 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh về công tác dân vận chính quyền.

Theo báo cáo, toàn tỉnh có hơn 1.030.000 dân, trong đó đồng bào Khmer chiếm 31,6% với 143 chùa Phật giáo Nam tông Khmer. Ban Dân vận Tỉnh ủy đã phối hợp tổ chức 4 đợt thăm, chúc mừng các lễ, Tết của đồng bào Khmer; vận động các chùa tham gia các phong trào ở địa phương. Các vị sư sãi, Achar đã đóng góp trên 2,3 tỷ đồng làm 18 cây cầu, sửa chữa 24 km đường nông thôn, cất 57 căn nhà cho hộ nghèo. Không có điểm nóng về tôn giáo, an ninh trật tự được giữ vững.

Đối với các tôn giáo khác, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo tỉnh gặp gỡ, trao đổi với chức sắc Công giáo, Cao Đài, Tin lành, Tịnh độ cư sĩ Phật hội Việt Nam nhân các ngày lễ lớn. Linh mục Phêrô Nguyễn Văn Hòa, Chánh xứ giáo xứ Mạc Bắc, và Giáo hữu Ngọc Sáu Thanh, Trưởng Ban Cai quản Họ đạo Cao Đài Trà Vinh, đã vận động giáo dân, tín đồ đóng góp 650 triệu đồng làm 7 cây cầu nông thôn và trao 1.200 phần quà cho hộ nghèo không phân biệt lương, giáo. Toàn tỉnh có 27 xứ, họ đạo đăng ký thực hiện mô hình "Xứ, họ đạo bình yên".

Phong trào thi đua "Dân vận khéo" có bước phát triển mới: năm 2014 có 326 mô hình, điển hình được công nhận, tăng 89 mô hình so với năm 2013. Nhiều mô hình tiêu biểu như "Chùa Khmer xanh - sạch - đẹp" ở xã Lương Hòa, "Tổ nhân dân tự quản không có tội phạm" ở phường 7, "Vận động hiến đất làm đường" ở xã Long Hiệp với 146 hộ hiến hơn 8,5 ha đất.

Khối dân vận và các tổ chức chính trị - xã hội đã vận động nhân dân tham gia xây dựng nông thôn mới, đóng góp 96,8 tỷ đồng, 38.000 ngày công; hiến trên 40 ha đất; xây dựng 312 căn nhà Đại đoàn kết. Hội Nông dân tỉnh giúp 1.650 hộ thoát nghèo; Hội Liên hiệp Phụ nữ tỉnh phối hợp giải ngân 245 tỷ đồng vốn vay ưu đãi cho 12.400 hộ; Tỉnh đoàn tổ chức 9 đợt tình nguyện với 5.200 lượt đoàn viên tham gia. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 12,4%, hộ nghèo Khmer giảm còn 19,8%.

Công tác dân vận chính quyền có nhiều chuyển biến. Trong năm, Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành tổ chức 63 buổi đối thoại với nhân dân, tiếp 1.245 lượt công dân; 91% đơn thư khiếu nại, tố cáo được giải quyết dứt điểm. Thực hiện Quy chế dân chủ ở cơ sở, 106 xã, phường, thị trấn đã công khai các khoản thu, chi và quy hoạch sử dụng đất.

Tại hội nghị, đại biểu tập trung thảo luận những hạn chế: công tác nắm tình hình nhân dân ở một số nơi chưa kịp thời; cán bộ làm công tác dân vận ở cơ sở còn thiếu kinh nghiệm với vùng đồng bào dân tộc; một số nơi vẫn còn tình trạng khiếu kiện đông người liên quan đến đền bù giải phóng mặt bằng dự án Trung tâm Điện lực Duyên Hải. Đồng chí Thạch Sô Phal, Trưởng Ban Dân vận Huyện ủy Trà Cú, đề nghị tăng cường bồi dưỡng tiếng Khmer cho cán bộ; đồng chí Lê Thị Mỹ, Chủ tịch Hội Liên hiệp Phụ nữ xã Đại An, chia sẻ cách vận động chị em không vay tín dụng đen.

Phát biểu chỉ đạo, đồng chí Sơn Thị Ánh Hồng, Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả khối dân vận đạt được trong năm 2014, đồng thời yêu cầu năm 2015 tập trung tuyên truyền, vận động nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015-2020; phát huy vai trò người có uy tín, sư sãi, Achar trong vùng đồng bào Khmer; đẩy mạnh phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới.

Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 25 tập thể và 40 cá nhân. Ban Dân vận Trung ương tặng Bằng khen cho các cá nhân: Thạch Thị Sa Ra, Kim Văn Bảy, Sơn Ngọc Thạch.

Đồng chí Thạch Dư trao Giấy khen cho các tập thể. Ảnh: Hữu Thọ

Hữu Thọ - Ban Dân vận Tỉnh ủy
Số lượt xem: 1.118

Tin liên quan
- Trà Vinh: Họp mặt chức sắc, chức việc các tôn giáo năm 2014 (20/12/2014)
- Ban Dân vận Tỉnh ủy giao ban quý IV (15/12/2014)
- Tổng kết 5 năm thực hiện Quyết định 290-QĐ/TW (28/11/2014)
""",
"2014-12-30",
"Tổng kết công tác dân vận năm 2014: Khối dân vận góp phần giữ vững ổn định vùng đồng bào Khmer",
E("tong_ket", "2014", "2014-12-29"),
[P("Sơn Thị Ánh Hồng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thạch Dư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phal", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Lê Thị Mỹ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đại An"),
 P("Phêrô Nguyễn Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Mạc Bắc"),
 P("Ngọc Sáu Thanh", "Giáo hữu", "Trưởng Ban Cai quản Họ đạo Cao Đài Trà Vinh"),
 P("Thạch Thị Sa Ra"),
 P("Kim Văn Bảy"),
 P("Sơn Ngọc Thạch")],
[Q("hơn 1.030.000 dân", 1030000, "dân", "over"),
 Q("31,6%", 31.6, "%"),
 Q("143 chùa", 143, "chùa"),
 Q("4 đợt", 4, "đợt"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("18 cây cầu", 18, "cây cầu"),
 Q("24 km", 24, "km"),
 Q("57 căn nhà", 57, "căn nhà"),
 Q("650 triệu đồng", 650000000, "đồng"),
 Q("7 cây cầu", 7, "cây cầu"),
 Q("1.200 phần quà", 1200, "phần quà"),
 Q("27 xứ, họ đạo", 27, "xứ, họ đạo"),
 Q("326 mô hình, điển hình", 326, "mô hình, điển hình"),
 Q("89 mô hình", 89, "mô hình"),
 Q("146 hộ", 146, "hộ"),
 Q("hơn 8,5 ha", 8.5, "ha", "over"),
 Q("96,8 tỷ đồng", 96800000000, "đồng"),
 Q("38.000 ngày công", 38000, "ngày công"),
 Q("trên 40 ha", 40, "ha", "over"),
 Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"),
 Q("1.650 hộ", 1650, "hộ"),
 Q("245 tỷ đồng", 245000000000, "đồng"),
 Q("12.400 hộ", 12400, "hộ"),
 Q("9 đợt", 9, "đợt"),
 Q("5.200 lượt đoàn viên", 5200, "lượt đoàn viên"),
 Q("12,4%", 12.4, "%"),
 Q("19,8%", 19.8, "%"),
 Q("63 buổi đối thoại", 63, "buổi đối thoại"),
 Q("1.245 lượt công dân", 1245, "lượt công dân"),
 Q("91%", 91, "%"),
 Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
 Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "35", "KH/TU", "2013-09-12", "Tỉnh ủy", "Kế hoạch số 35-KH/TU"),
 D("Chương trình phối hợp", "03", "CTPH-BDVTU-BCSĐUBND", "2014-02-14", None,
   "Chương trình phối hợp số 03/CTPH-BDVTU-BCSĐUBND")],
[prov("Trà Vinh"), com("xã Lương Hòa"), com("phường 7"), com("xã Long Hiệp"), com("xã Đại An")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH TRÀ VINH", "Số lượt xem", "Chùa Khmer xanh - sạch - đẹp",
 "Tổ nhân dân tự quản không có tội phạm", "Vận động hiến đất làm đường", "Trung tâm Điện lực Duyên Hải",
 "Dân vận khéo", "Xứ, họ đạo bình yên", "Đồng chí Thạch Dư trao Giấy khen cho các tập thể."],
["khóa XI", "lần thứ X", "nhiệm kỳ 2015-2020", "năm 2013"],
))

# b112 — ward website (pre-2025), consultation before the ward Front congress, Cần Thơ 2024
PAGES.append(page(
"b112-cantho-phuongankhanh-hiepthuong-2024",
"""
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN KHÁNH - QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Thứ sáu, 15/03/2024 - 09:12

Hiệp thương lần thứ nhất chuẩn bị Đại hội đại biểu MTTQ Việt Nam phường An Khánh lần thứ XI

Chiều ngày 14/3/2024, Ban Thường trực Ủy ban MTTQ Việt Nam phường An Khánh (quận Ninh Kiều, thành phố Cần Thơ) tổ chức Hội nghị hiệp thương lần thứ nhất để thống nhất cơ cấu, thành phần, số lượng Ủy ban MTTQ Việt Nam phường khóa XI, nhiệm kỳ 2024-2029 và số lượng đại biểu dự Đại hội.

Dự hội nghị có Huỳnh Thanh Tâm, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều; Võ Thị Ngọc Hân, Bí thư Đảng ủy phường; Trần Quốc Bảo, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường; Lý Minh Khoa, Chủ tịch UBND phường cùng 48 đại biểu là các vị Ủy viên Ủy ban MTTQ phường khóa X, Trưởng Ban công tác Mặt trận các khu vực.

Thực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về lãnh đạo Đại hội MTTQ Việt Nam các cấp và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X, nhiệm kỳ 2024-2029, Kế hoạch số 45/KH-MTTQ-BTT ngày 10/1/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Ninh Kiều, hội nghị đã thống nhất cơ cấu Ủy ban MTTQ Việt Nam phường khóa XI gồm 55 vị, tăng 4 vị so với nhiệm kỳ trước; trong đó 16 vị là người ngoài Đảng, 21 vị là nữ (38,2%), 9 vị dưới 40 tuổi, có 3 vị là chức sắc tôn giáo và 2 vị là người dân tộc Hoa, Khmer.

Đại hội dự kiến có 120 đại biểu chính thức, được phân bổ cho 9 khu vực và các tổ chức thành viên. Nhiệm kỳ 2019-2024, Mặt trận phường đã vận động Quỹ "Vì người nghèo" được hơn 1,45 tỷ đồng, hỗ trợ xây dựng và sửa chữa 23 căn nhà Đại đoàn kết, trao 2.860 phần quà cho hộ nghèo, hộ cận nghèo; đến nay phường không còn hộ nghèo theo chuẩn của thành phố.

Theo kế hoạch, phường An Khánh sẽ tổ chức hiệp thương lần thứ hai vào ngày 2/4/2024 và Đại hội vào ngày 26/4/2024. Bà Võ Thị Ngọc Hân đề nghị Ban Thường trực chuẩn bị chu đáo văn kiện, lựa chọn những người tiêu biểu, có uy tín trong các tầng lớp nhân dân để hiệp thương cử vào Ủy ban nhiệm kỳ mới.

Các đại biểu biểu quyết thông qua cơ cấu Ủy ban MTTQ phường khóa XI.
Khánh Duy
Lượt truy cập: 207

Tin khác
- Phường An Khánh ra mắt mô hình "Camera an ninh" (05/3/2024)
- Hội Cựu chiến binh phường tổ chức Đại hội điểm (28/02/2024)
""",
"2024-03-15",
"Hiệp thương lần thứ nhất chuẩn bị Đại hội đại biểu MTTQ Việt Nam phường An Khánh lần thứ XI",
E("hoi_nghi", None, "2024-03-14"),
[P("Huỳnh Thanh Tâm", "Ủy viên Ban Thường vụ Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Võ Thị Ngọc Hân", "Bí thư Đảng ủy phường"),
 P("Trần Quốc Bảo", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lý Minh Khoa", "Chủ tịch UBND phường")],
[Q("48 đại biểu", 48, "đại biểu"),
 Q("55 vị", 55, "vị"),
 Q("4 vị", 4, "vị"),
 Q("16 vị", 16, "vị"),
 Q("21 vị", 21, "vị"),
 Q("38,2%", 38.2, "%"),
 Q("9 vị", 9, "vị"),
 Q("3 vị là chức sắc tôn giáo", 3, "vị"),
 Q("2 vị", 2, "vị"),
 Q("120 đại biểu chính thức", 120, "đại biểu chính thức"),
 Q("9 khu vực", 9, "khu vực"),
 Q("hơn 1,45 tỷ đồng", 1450000000, "đồng", "over"),
 Q("23 căn nhà Đại đoàn kết", 23, "căn nhà Đại đoàn kết"),
 Q("2.860 phần quà", 2860, "phần quà")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2024-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Ninh Kiều",
   "Kế hoạch số 45/KH-MTTQ-BTT")],
[prov("Cần Thơ"), com("phường An Khánh")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG AN KHÁNH - QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Lượt truy cập",
 "Vì người nghèo", "quận Ninh Kiều", "Các đại biểu biểu quyết thông qua cơ cấu Ủy ban MTTQ phường khóa XI."],
["lần thứ XI", "lần thứ nhất", "khóa XI", "khóa X", "nhiệm kỳ 2024-2029", "Nhiệm kỳ 2019-2024", "40 tuổi",
 "lần thứ hai", "lần thứ X"],
))
