from lib import *
PAGES = []

PAGES.append(page("b5099-soctrang-bdv-traoqua-satlo-2017", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức :: Dân vận các cấp
29-08-2017 09:40
Thăm, tặng quà hộ dân bị sạt lở, vận động di dời đến nơi an toàn
Ngày 28/8/2017, đoàn công tác Ban Dân vận Tỉnh ủy Sóc Trăng do đồng chí Thạch Sô Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, trao quà cho các hộ dân bị ảnh hưởng sạt lở bờ sông ở xã An Thạnh Nhất và xã Đại Ân 1 (huyện Cù Lao Dung).
Đồng chí Thạch Sô Phal trao quà cho người dân xã An Thạnh Nhất.
Đợt sạt lở từ đầu tháng 8 đã làm 23 căn nhà bị sụp xuống sông, 41 căn nhà khác bị nứt, nguy hiểm; khoảng 1,8 km đường giao thông nông thôn bị hư hỏng. Thời gian đầu, một số hộ không đồng ý di dời vì lo không có đất sản xuất, có hộ tụ tập tại trụ sở xã yêu cầu bồi thường, nguy cơ hình thành điểm nóng.
Ban Dân vận Huyện ủy Cù Lao Dung đã phối hợp Ủy ban MTTQ huyện, các đoàn thể và sư sãi các chùa Phật giáo Nam tông Khmer đến từng nhà vận động. Đến nay đã có 58 hộ dân tái định cư đồng ý chuyển đến khu dân cư tập trung; 19 hộ còn lại đang được bố trí chỗ ở tạm. Đại đức Lý Sà Rươl, trụ trì chùa Sóc Mới, cho biết chùa đã mở cửa đón 12 hộ đồng bào Khmer đến ở tạm trong sala.
Tại buổi thăm, đoàn trao 120 phần quà, mỗi phần trị giá 1 triệu đồng gồm gạo, nhu yếu phẩm và tiền mặt, do các doanh nghiệp và Quỹ "Vì người nghèo" tỉnh vận động. Ủy ban MTTQ huyện cũng trao 35 suất hỗ trợ sửa nhà, mỗi suất 5 triệu đồng.
Bà Sơn Thị Sà Phiên, ngụ ấp An Ninh, xã An Thạnh Nhất, xúc động: "Nhà tôi mất hết, giờ có cán bộ về tận nơi giải thích, được cấp nền nhà mới nên tôi yên tâm dọn đi". Ông Kim Văn Thươl, Bí thư Chi bộ ấp An Ninh, cho biết chi bộ đã họp dân 4 lần, công khai danh sách hộ được hỗ trợ nên không còn ai khiếu nại.
Đồng chí Trần Thanh Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Cù Lao Dung, cho biết huyện đang triển khai Quyết định số 1897/QĐ-UBND ngày 10/8/2017 của UBND tỉnh về hỗ trợ khẩn cấp hộ dân vùng sạt lở, mức hỗ trợ tối đa 30 triệu đồng/hộ, và Kế hoạch số 61-KH/HU của Ban Thường vụ Huyện ủy về vận động nhân dân vùng sạt lở.
Phát biểu tại buổi thăm, đồng chí Thạch Sô Phal đề nghị cấp ủy, chính quyền địa phương công khai, minh bạch các chính sách hỗ trợ theo Quyết định số 01/2011/QĐ-TTg của Thủ tướng Chính phủ về bố trí, ổn định dân cư vùng thiên tai; phát huy vai trò người có uy tín trong đồng bào Khmer, không để kẻ xấu lợi dụng kích động; hoàn thành việc di dời trước mùa mưa bão.
Trương Minh Thư
Lượt xem: 645
Tin liên quan
- Trần Đề: ra mắt 7 tổ tự quản về an ninh trật tự (20/08/2017)
- Gặp mặt 180 chức sắc, chức việc Phật giáo Nam tông Khmer (10/08/2017)
- Mỹ Xuyên tổng kết công tác vận động đồng bào dân tộc (02/08/2017)
""", "2017-08-29", "Thăm, tặng quà hộ dân bị sạt lở, vận động di dời đến nơi an toàn",
E("trao_qua", None, "2017-08-28"),
[P("Thạch Sô Phal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sà Rươl", "Đại đức", "trụ trì chùa Sóc Mới"),
 P("Sơn Thị Sà Phiên"),
 P("Kim Văn Thươl", "Bí thư Chi bộ ấp An Ninh"),
 P("Trần Thanh Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Cù Lao Dung")],
[Q("23 căn nhà", 23, "căn nhà"), Q("41 căn nhà", 41, "căn nhà"), Q("khoảng 1,8 km", 1.8, "km", "approx"),
 Q("58 hộ dân tái định cư", 58, "hộ dân tái định cư"), Q("19 hộ", 19, "hộ"), Q("12 hộ đồng bào Khmer", 12, "hộ đồng bào Khmer"),
 Q("120 phần quà", 120, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("35 suất hỗ trợ sửa nhà", 35, "suất hỗ trợ sửa nhà"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("4 lần", 4, "lần"), Q("tối đa 30 triệu đồng/hộ", 30000000, "đồng")],
[D("Quyết định", "1897", "QĐ-UBND", "2017-08-10", "UBND tỉnh", "Quyết định số 1897/QĐ-UBND ngày 10/8/2017"),
 D("Kế hoạch", "61", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 61-KH/HU"),
 D("Quyết định", "01", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 01/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("An Thạnh Nhất"), com("Đại Ân 1")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức :: Dân vận các cấp",
 "Đồng chí Thạch Sô Phal trao quà cho người dân xã An Thạnh Nhất.", "Vì người nghèo", "Lượt xem: 645", "chùa Sóc Mới"],
["29-08-2017 09:40", "tháng 8", "Lượt xem: 645"]))

PAGES.append(page("b5100-quangninh-hoinghi-quychephoihop-tiepdan-2018", """
QUẢNG NINH PORTAL - Cổng thông tin điện tử tỉnh Quảng Ninh
Tin tức > Chính trị > Dân vận
Cập nhật lúc 08:30 ngày 12/04/2018
Ký kết quy chế phối hợp trong tiếp công dân, giải quyết khiếu nại đông người
Ngày 11/4, Ban Dân vận Tỉnh ủy, Ban Thường trực Ủy ban MTTQ tỉnh và Thanh tra tỉnh Quảng Ninh tổ chức hội nghị ký kết Quy chế phối hợp số 05-QCPH/BDVTU-MTTQ-TTr về công tác tiếp công dân, giải quyết khiếu nại, tố cáo đông người, phòng ngừa điểm nóng giai đoạn 2018 - 2020.
Quang cảnh hội nghị ký kết. Ảnh: Hoàng Quân
Dự hội nghị có đồng chí Đặng Thị Hương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Ngô Văn Tiến, Chánh Thanh tra tỉnh; đại diện lãnh đạo 14 huyện, thị xã, thành phố và 56 đại biểu là trưởng ban dân vận, chủ tịch Ủy ban MTTQ cấp huyện.
Theo báo cáo tại hội nghị, năm 2017 các cơ quan chức năng của tỉnh đã tiếp 3.027 lượt công dân với 2.156 vụ việc, trong đó 41 đoàn đông người; tiếp nhận 2.480 đơn thư các loại. Một số vụ việc phức tạp như tranh chấp đất rừng tại xã Đồng Văn (Bình Liêu), khiếu nại về bồi thường dự án cảng biển ở phường Cẩm Thạch kéo dài nhiều năm, có thời điểm tới 200 người tụ tập.
Theo quy chế, ba cơ quan phối hợp nắm tình hình dư luận xã hội, trao đổi thông tin hằng tháng; cùng tham gia đối thoại với người dân; Mặt trận và các đoàn thể giám sát việc giải quyết đơn thư sau khi có kết luận. Quy chế cụ thể hóa Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về công tác tiếp công dân và giải quyết khiếu nại, tố cáo; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy.
Thảo luận tại hội nghị, bà Hoàng Thị Slẩy, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu, cho biết huyện có 3 xã biên giới đông đồng bào Tày, Dao, Sán Chỉ; nhờ phát huy 112 người có uy tín nên đã hòa giải thành 27 vụ tranh chấp đất rừng ngay tại thôn. Ông Chíu Vằn Sáng, Chủ tịch Ủy ban MTTQ xã Đồng Văn, đề nghị mỗi thôn có ít nhất 1 tổ hòa giải được bồi dưỡng kỹ năng. Ông Lưu Đức Mạnh, Chủ tịch Ủy ban MTTQ phường Cẩm Thạch, kiến nghị công khai phương án bồi thường tại 6 khu phố để người dân giám sát.
Phát biểu chỉ đạo, đồng chí Đặng Thị Hương Lan yêu cầu các bên ký kết cụ thể hóa quy chế bằng kế hoạch hằng năm, phân công rõ người, rõ việc; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại khi có vụ việc đông người; Mặt trận các cấp phát huy vai trò giám sát, phản biện. Mục tiêu đến năm 2020, 100% vụ việc đông người được đối thoại ngay từ cơ sở, trên 90% đơn thư thuộc thẩm quyền được giải quyết đúng hạn.
Ngay sau hội nghị, đồng chí Ngô Văn Tiến và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lục Văn Hòa, Phạm Thị Ninh đã cùng đoàn công tác làm việc tại phường Cẩm Thạch.
Hoàng Quân
Các tin đã đưa
- Hạ Long: gặp mặt 300 người có uy tín trong đồng bào dân tộc thiểu số (05/04/2018)
- Tiên Yên ra mắt mô hình "Thôn không có đơn thư vượt cấp" (28/03/2018)
- Hội nghị giao ban khối dân vận quý I năm 2018 (22/03/2018)
""", "2018-04-12", "Ký kết quy chế phối hợp trong tiếp công dân, giải quyết khiếu nại đông người",
E("hoi_nghi", None, "2018-04-11"),
[P("Đặng Thị Hương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Văn Tiến", "Chánh Thanh tra tỉnh"),
 P("Hoàng Thị Slẩy", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Chíu Vằn Sáng", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Lưu Đức Mạnh", "Chủ tịch Ủy ban MTTQ phường Cẩm Thạch"),
 P("Lục Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Ninh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("14 huyện, thị xã, thành phố", 14, "huyện, thị xã, thành phố"), Q("56 đại biểu", 56, "đại biểu"),
 Q("3.027 lượt công dân", 3027, "lượt công dân"), Q("2.156 vụ việc", 2156, "vụ việc"), Q("41 đoàn đông người", 41, "đoàn đông người"),
 Q("2.480 đơn thư", 2480, "đơn thư"), Q("200 người", 200, "người"), Q("3 xã biên giới", 3, "xã biên giới"),
 Q("112 người có uy tín", 112, "người có uy tín"), Q("27 vụ tranh chấp đất rừng", 27, "vụ tranh chấp đất rừng"),
 Q("ít nhất 1 tổ hòa giải", 1, "tổ hòa giải", "over"), Q("6 khu phố", 6, "khu phố"), Q("100%", 100, "%"),
 Q("trên 90%", 90, "%", "over")],
[D("Quy chế phối hợp", "05", "QCPH/BDVTU-MTTQ-TTr", None, None, "Quy chế phối hợp số 05-QCPH/BDVTU-MTTQ-TTr"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None,
   "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Cẩm Thạch")],
["QUẢNG NINH PORTAL - Cổng thông tin điện tử tỉnh Quảng Ninh", "Tin tức > Chính trị > Dân vận",
 "Quang cảnh hội nghị ký kết. Ảnh: Hoàng Quân", "Thanh tra tỉnh"],
["Cập nhật lúc 08:30 ngày 12/04/2018", "giai đoạn 2018 - 2020", "năm 2017", "năm 2020"]))

PAGES.append(page("b5101-binhthuan-bdv-baocao-khieukien-2019", """
Báo Bình Thuận Online
Chính trị - Xã hội | Dân vận
2019-12-05 16:40
Toàn tỉnh còn 6 vụ việc khiếu kiện đông người phức tạp
Ban Dân vận Tỉnh ủy Bình Thuận vừa có báo cáo gửi Ban Thường vụ Tỉnh ủy về kết quả công tác dân vận trong giải quyết khiếu kiện đông người, phòng ngừa điểm nóng năm 2019. Báo cáo do đồng chí Nguyễn Thị Bích Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký ngày 3/12/2019.
Đồng chí Nguyễn Thị Bích Thủy làm việc với người dân xã Tân Phước. Ảnh: Ngọc Lân
Theo báo cáo, năm 2019 khối dân vận các cấp đã phối hợp tham gia giải quyết 38 vụ việc đông người, trong đó 21 vụ liên quan đến dự án điện gió, điện mặt trời, 9 vụ về ô nhiễm môi trường của các nhà máy chế biến hải sản, 8 vụ tranh chấp đất đai. Đã ổn định 32 vụ, còn 6 vụ việc phức tạp ở các xã Tân Phước, Vĩnh Tân và Phan Dũng. Có 14 lần người dân tụ tập, căng biểu ngữ, đông nhất khoảng 500 người tại khu vực nhà máy nhiệt điện.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 26-CT/TU ngày 15/4/2019 về tăng cường công tác dân vận ở vùng dự án năng lượng và Kế hoạch 78, 79-KH/TU về vận động đồng bào Chăm, Raglai tham gia giữ gìn an ninh trật tự. Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị, 100% bí thư cấp ủy cấp huyện đã tiếp dân định kỳ, tổng cộng 186 buổi với 1.430 lượt người.
Nhiều cách làm hiệu quả được ghi nhận. Ở xã Phan Dũng, Ban Dân vận Huyện ủy Tuy Phong phối hợp với già làng, người có uy tín vận động 73 hộ đồng bào Raglai tháo dỡ lều trại dựng trái phép trên đất dự án. Tại xã Phan Hòa, ông Thiên Sanh Cảnh, cả sư, Phó Ban đại diện Hội đồng Cả sư Bà-la-môn tỉnh, đã cùng chính quyền giải thích cho bà con người Chăm về phương án hỗ trợ chuyển đổi nghề. Bà Bố Thị Lành, Chủ tịch Ủy ban MTTQ xã Phan Dũng, đã tổ chức 5 hội nghị đối thoại tại thôn.
Theo báo cáo, các doanh nghiệp đã hỗ trợ địa phương hơn 12,5 tỷ đồng làm đường, trường học; 420 lao động địa phương được tuyển vào làm việc tại các dự án, chiếm khoảng 35% số lao động.
Hạn chế được chỉ ra là công tác nắm tình hình ở một số nơi còn chậm; việc công khai thông tin dự án chưa đầy đủ; phối hợp giữa chính quyền và doanh nghiệp trong đối thoại với dân chưa chặt chẽ, để vụ việc kéo dài.
Báo cáo kiến nghị năm 2020 tiếp tục thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương (khóa XI), rà soát toàn bộ dự án có nguy cơ phát sinh khiếu kiện; giải quyết dứt điểm ít nhất 4 trong 6 vụ việc còn tồn đọng trước Đại hội Đảng bộ tỉnh. Phó Trưởng Ban Dân vận Tỉnh ủy Lê Văn Trí được giao theo dõi trực tiếp các vụ việc này.
Ngọc Lân
Tin liên quan
- Tuy Phong: đối thoại với 150 hộ dân vùng dự án điện gió (20/11/2019)
- Tập huấn công tác dân vận cho 200 cán bộ cơ sở (08/11/2019)
- Hội nghị người có uy tín đồng bào Chăm năm 2019 (25/10/2019)
""", "2019-12-05", "Toàn tỉnh còn 6 vụ việc khiếu kiện đông người phức tạp",
E("bao_cao", "2019", "2019-12-03"),
[P("Nguyễn Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thiên Sanh Cảnh", "cả sư", "Phó Ban đại diện Hội đồng Cả sư Bà-la-môn tỉnh"),
 P("Bố Thị Lành", "Chủ tịch Ủy ban MTTQ xã Phan Dũng"),
 P("Lê Văn Trí", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("6 vụ việc khiếu kiện đông người phức tạp", 6, "vụ việc khiếu kiện đông người phức tạp"),
 Q("38 vụ việc đông người", 38, "vụ việc đông người"), Q("21 vụ", 21, "vụ"), Q("9 vụ", 9, "vụ"),
 Q("8 vụ tranh chấp đất đai", 8, "vụ tranh chấp đất đai"), Q("32 vụ", 32, "vụ"), Q("14 lần", 14, "lần"),
 Q("khoảng 500 người", 500, "người", "approx"), Q("100%", 100, "%"), Q("186 buổi", 186, "buổi"),
 Q("1.430 lượt người", 1430, "lượt người"), Q("73 hộ đồng bào Raglai", 73, "hộ đồng bào Raglai"),
 Q("5 hội nghị đối thoại", 5, "hội nghị đối thoại"), Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"),
 Q("420 lao động địa phương", 420, "lao động địa phương"), Q("khoảng 35%", 35, "%", "approx"),
 Q("ít nhất 4", 4, "vụ việc", "over")],
[D("Chỉ thị", "26", "CT/TU", "2019-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 15/4/2019"),
 D("Kế hoạch", "78", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 78, 79-KH/TU"),
 D("Kế hoạch", "79", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 78, 79-KH/TU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Bình Thuận"), com("Tân Phước"), com("Vĩnh Tân"), com("Phan Dũng"), com("Phan Hòa")],
["Báo Bình Thuận Online", "Chính trị - Xã hội | Dân vận",
 "Đồng chí Nguyễn Thị Bích Thủy làm việc với người dân xã Tân Phước. Ảnh: Ngọc Lân", "Đại hội Đảng bộ tỉnh"],
["2019-12-05 16:40", "năm 2020", "khóa XI"]))

PAGES.append(page("b5102-hanoi-xa-doithoai-gpmb-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI THỊNH - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI
Trang chủ › Tin tức sự kiện › Hoạt động của xã
Ngày 15/06/2020 | 09:15
Ảnh: Chủ tịch UBND xã trả lời kiến nghị của người dân.
Xã Đại Thịnh đối thoại với nhân dân về giải phóng mặt bằng dự án đường vành đai
Sáng 13/6/2020, tại hội trường UBND xã, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Đại Thịnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2020, tập trung vào việc bồi thường, giải phóng mặt bằng dự án đường vành đai đi qua địa bàn xã. Dự có khoảng 180 đại biểu là đại diện các hộ dân có đất bị thu hồi ở 4 thôn.
Chủ trì đối thoại có đồng chí Nguyễn Văn Khánh, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Đỗ Thị Nguyệt, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Kiều Văn Đông, Chủ tịch Ủy ban MTTQ xã. Đồng chí Trần Quang Huy, HUV, Trưởng Ban Dân vận Huyện ủy Mê Linh dự và phát biểu.
Theo báo cáo của UBND xã, dự án thu hồi 24,6 ha đất của 412 hộ; đến nay 356 hộ đã nhận tiền bồi thường với tổng số tiền trên 96 tỷ đồng, đạt 86,4%; còn 56 hộ chưa nhận vì thắc mắc về đơn giá và diện tích đất dịch vụ. Trong tháng 5, khoảng 40 người dân đã tụ tập tại công trường, ngăn cản thi công.
Tại hội nghị, 17 ý kiến của người dân đã được nêu lên. Ông Nguyễn Văn Tuấn, thôn Yên Thịnh, đề nghị làm rõ việc áp giá đất nông nghiệp theo Quyết định số 10/2017/QĐ-UBND của UBND thành phố Hà Nội. Bà Lê Thị Hoa, thôn Đại Bái, kiến nghị xem xét giao đất dịch vụ cho 23 hộ có trên 70% diện tích bị thu hồi. Ông Phùng Văn Lợi, Trưởng thôn Yên Thịnh, đề nghị xã tổ chức thêm buổi làm việc riêng với từng hộ.
Đồng chí Đỗ Thị Nguyệt đã trả lời trực tiếp 14 ý kiến; 3 ý kiến vượt thẩm quyền được ghi nhận, báo cáo huyện. Xã cam kết hoàn thành rà soát hồ sơ của 56 hộ trong 30 ngày, công khai kết quả tại nhà văn hóa thôn.
Kết luận hội nghị, đồng chí Nguyễn Văn Khánh đề nghị cán bộ, đảng viên gương mẫu bàn giao mặt bằng; thực hiện Quy chế dân chủ ở cơ sở theo Kế hoạch số 15-KH/ĐU ngày 2/3/2020 của Đảng ủy xã và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung để tiếp tục phát huy vai trò của nhân dân trong đấu tranh phòng, chống tham nhũng. Đồng chí Trần Quang Huy đề nghị Mặt trận xã giám sát việc thực hiện các cam kết sau đối thoại.
Ban Văn hóa - Thông tin xã
Lượt truy cập: 58.210
Tin khác
- Xã Đại Thịnh ra quân tổng vệ sinh môi trường (05/06/2020)
- Trao 50 suất quà cho hộ khó khăn do dịch Covid-19 (20/04/2020)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (10/04/2020)
- Mê Linh: 9 xã hoàn thành bàn giao mặt bằng dự án (02/04/2020)
""", "2020-06-15", "Xã Đại Thịnh đối thoại với nhân dân về giải phóng mặt bằng dự án đường vành đai",
E("doi_thoai", "2020", "2020-06-13"),
[P("Nguyễn Văn Khánh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đỗ Thị Nguyệt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Kiều Văn Đông", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Quang Huy", "HUV", "Trưởng Ban Dân vận Huyện ủy Mê Linh"),
 P("Nguyễn Văn Tuấn"), P("Lê Thị Hoa"),
 P("Phùng Văn Lợi", "Trưởng thôn Yên Thịnh")],
[Q("khoảng 180 đại biểu", 180, "đại biểu", "approx"), Q("4 thôn", 4, "thôn"), Q("24,6 ha", 24.6, "ha"),
 Q("412 hộ", 412, "hộ"), Q("356 hộ", 356, "hộ"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("86,4%", 86.4, "%"), Q("56 hộ", 56, "hộ"), Q("khoảng 40 người dân", 40, "người dân", "approx"),
 Q("17 ý kiến", 17, "ý kiến"), Q("23 hộ", 23, "hộ"), Q("trên 70%", 70, "%", "over"), Q("14 ý kiến", 14, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến")],
[D("Quyết định", "10", "2017/QĐ-UBND", None, "UBND thành phố Hà Nội", "Quyết định số 10/2017/QĐ-UBND"),
 D("Kế hoạch", "15", "KH/ĐU", "2020-03-02", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 2/3/2020"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Hà Nội"), com("Đại Thịnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI THỊNH - HUYỆN MÊ LINH - THÀNH PHỐ HÀ NỘI", "Trang chủ › Tin tức sự kiện › Hoạt động của xã",
 "Ảnh: Chủ tịch UBND xã trả lời kiến nghị của người dân.", "Ban Văn hóa - Thông tin xã", "Lượt truy cập: 58.210"],
["Ngày 15/06/2020 | 09:15", "năm 2020", "tháng 5", "30 ngày", "Lượt truy cập: 58.210"]))

PAGES.append(page("b5103-langson-bdv-giaoban-thang9-2021", """
BÁO LẠNG SƠN
Hôm nay: Thứ Hai, 11/10/2021
Trang chủ >> Chính trị >> Dân vận
Thứ Sáu, 08/10/2021 - 14:30
Giao ban công tác dân vận tháng 9: tập trung xử lý vụ việc tụ tập ở khu vực cửa khẩu
Ngày 7/10/2021, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức giao ban công tác dân vận tháng 9/2021 với ban dân vận các huyện ủy, thành ủy theo hình thức trực tuyến tại 12 điểm cầu. Đồng chí Hoàng Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban cho biết, trong tháng, tình hình tư tưởng của nhân dân cơ bản ổn định; tuy nhiên tại khu vực cửa khẩu Tân Thanh và Hữu Nghị có hơn 3.000 xe hàng nông sản ùn ứ do phòng, chống dịch Covid-19, dẫn đến 2 vụ tụ tập khoảng 150 lái xe, chủ hàng phản đối thời gian chờ thông quan. Khối dân vận đã phối hợp lực lượng biên phòng, Hội Nông dân, Đoàn Thanh niên tổ chức 26 tổ vận động, phát 1.200 suất cơm miễn phí, giải thích chủ trương nên tình hình được ổn định ngay trong ngày.
Tại xã Tân Thanh, 35 hộ dân có đất trong quy hoạch mở rộng bãi xe đã gửi đơn tập thể; Ban Dân vận Huyện ủy Văn Lãng phối hợp UBND huyện đối thoại 2 lần, 28 hộ đã đồng ý phương án. Tại thị trấn Đồng Đăng, 4 vụ việc tranh chấp ranh giới đất được tổ hòa giải giải quyết thành.
Tham luận tại giao ban, đồng chí Vi Thị Hảo, HUV, Trưởng Ban Dân vận Huyện ủy Văn Lãng, đề nghị tỉnh có cơ chế hỗ trợ lái xe ở lại khu vực cửa khẩu; đồng chí Lăng Văn Chiến, Bí thư Đảng ủy xã Tân Thanh, nêu khó khăn về kinh phí cho 17 tổ Covid cộng đồng. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc: Nông Thị Mến, Hoàng Văn Páo báo cáo việc vận động 64 hộ đồng bào Nùng ở xã Thụy Hùng ký cam kết không tiếp tay xuất nhập cảnh trái phép.
Kết luận giao ban, đồng chí Hoàng Thị Thoa yêu cầu các địa phương tiếp tục triển khai Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy, Kế hoạch số 21-KH/BDVTU về nắm tình hình nhân dân khu vực biên giới; nắm chắc tâm tư của lái xe, chủ hàng và người dân vùng cửa khẩu, không để hình thành điểm nóng; tháng 10 tập trung vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ ở những nơi có ca bệnh; báo cáo kết quả đối thoại với 7 hộ chưa đồng ý phương án ở xã Tân Thanh trước ngày 25/10.
Cùng dự có đồng chí Lương Văn Tuân, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh.
Minh Anh
Tin cùng chuyên mục
- Cao Lộc: 12 mô hình "Dân vận khéo" trong phòng, chống dịch (30/09/2021)
- Trao 500 suất quà cho lái xe tại cửa khẩu Hữu Nghị (21/09/2021)
- Hội nghị trực tuyến sơ kết 6 tháng công tác dân vận (15/07/2021)
""", "2021-10-08", "Giao ban công tác dân vận tháng 9: tập trung xử lý vụ việc tụ tập ở khu vực cửa khẩu",
E("giao_ban", "2021-09", "2021-10-07"),
[P("Hoàng Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Hảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Lãng"),
 P("Lăng Văn Chiến", "Bí thư Đảng ủy xã Tân Thanh"),
 P("Nông Thị Mến", "Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Hoàng Văn Páo", "Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Lương Văn Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Nông dân tỉnh")],
[Q("12 điểm cầu", 12, "điểm cầu"), Q("hơn 3.000 xe hàng nông sản", 3000, "xe hàng nông sản", "over"),
 Q("2 vụ tụ tập", 2, "vụ tụ tập"), Q("khoảng 150 lái xe, chủ hàng", 150, "lái xe, chủ hàng", "approx"),
 Q("26 tổ vận động", 26, "tổ vận động"), Q("1.200 suất cơm miễn phí", 1200, "suất cơm miễn phí"),
 Q("35 hộ dân", 35, "hộ dân"), Q("2 lần", 2, "lần"), Q("28 hộ", 28, "hộ"),
 Q("4 vụ việc tranh chấp ranh giới đất", 4, "vụ việc tranh chấp ranh giới đất"), Q("17 tổ Covid cộng đồng", 17, "tổ Covid cộng đồng"),
 Q("64 hộ đồng bào Nùng", 64, "hộ đồng bào Nùng"), Q("7 hộ", 7, "hộ")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Kế hoạch", "21", "KH/BDVTU", None, None, "Kế hoạch số 21-KH/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Đồng Đăng"), com("Thụy Hùng")],
["BÁO LẠNG SƠN", "Trang chủ >> Chính trị >> Dân vận", "Hôm nay: Thứ Hai, 11/10/2021", "cửa khẩu Tân Thanh", "Hữu Nghị"],
["Hôm nay: Thứ Hai, 11/10/2021", "Thứ Sáu, 08/10/2021 - 14:30", "tháng 9/2021", "tháng 10", "25/10", "Covid-19"]))

PAGES.append(page("b5104-kontum-bdv-tongket-diemnong-2022", """
Hôm nay: Thứ Hai, 26/12/2022
BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ
You are here: Trang chủ - Tin hoạt động - Dân vận chính quyền
Thứ Sáu, 23/12/2022, 08:05
Toàn cảnh hội nghị.
Kon Tum: Năm 2022 không để hình thành điểm nóng ở vùng đồng bào dân tộc thiểu số
Ngày 22/12/2022, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Y Ngọc Thơm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, năm 2022 khối dân vận các cấp đã phối hợp giải quyết 47 vụ việc phức tạp ở cơ sở, gồm 29 vụ tranh chấp đất đai, 11 vụ việc liên quan đến hoạt động tôn giáo trái pháp luật và 7 vụ tụ tập đông người phản đối khai thác cát. Đã hòa giải thành 41 vụ, đạt 87,2%. Các cơ quan dân vận tiếp 532 lượt công dân, nhận 96 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 88 đơn.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 412-KL/TU ngày 14/3/2022 về công tác vận động đồng bào Xơ Đăng, Ba Na, Giẻ Triêng giữ gìn an ninh trật tự; Hướng dẫn 07, 08-HD/BDVTU về xây dựng mô hình "Làng không có đơn thư vượt cấp". Cả tỉnh có 186 mô hình "Dân vận khéo" gắn với giữ gìn ổn định ở cơ sở, trong đó 42 mô hình cấp tỉnh.
Ở xã Đăk Tờ Kan (Tu Mơ Rông), nhờ vai trò của già làng A Bút, người có uy tín thôn Đăk Prông, hơn 70 hộ đã tự tháo dỡ chòi rẫy lấn chiếm đất rừng phòng hộ. Tại phường Ngô Mây, 12 hộ dân khiếu nại kéo dài hơn 10 năm về bồi thường dự án đường bao khu dân cư đã được giải quyết dứt điểm sau 3 lần đối thoại, với khoản hỗ trợ thêm khoảng 2,3 tỷ đồng.
Tham luận tại hội nghị, đồng chí Y Hơ Len, HUV, Trưởng Ban Dân vận Huyện ủy Sa Thầy, nêu kinh nghiệm phối hợp Đồn Biên phòng vận động đồng bào không nghe theo kẻ xấu; ông A Thiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tờ Kan, đề nghị tăng mức hỗ trợ người có uy tín. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Vương, Nguyễn Thị Thu Hằng, Y Ly trình bày chuyên đề về dân vận chính quyền và công tác tôn giáo.
Phát biểu chỉ đạo, đồng chí A Kơ Phương, Phó Bí thư Tỉnh ủy, đề nghị năm 2023 khối dân vận tiếp tục thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW; Chỉ thị số 49-CT/TW của Ban Bí thư; bám sát địa bàn, nắm chắc tình hình, giải quyết dứt điểm 6 vụ việc còn tồn đọng; phát huy vai trò 1.050 người có uy tín trong đồng bào dân tộc thiểu số.
Dịp này, 18 tập thể và 25 cá nhân được tặng giấy khen của Ban Dân vận Tỉnh ủy.
Diệu Linh
Các tin khác
- Đăk Hà: đối thoại với 40 hộ dân về dự án thủy lợi (16/12/2022)
- Gặp mặt 120 già làng, người có uy tín năm 2022 (09/12/2022)
- Ngọc Hồi tập huấn công tác dân vận cho cán bộ thôn (01/12/2022)
""", "2022-12-23", "Kon Tum: Năm 2022 không để hình thành điểm nóng ở vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2022", "2022-12-22"),
[P("Y Ngọc Thơm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Bút", "già làng", "người có uy tín thôn Đăk Prông"),
 P("Y Hơ Len", "HUV", "Trưởng Ban Dân vận Huyện ủy Sa Thầy"),
 P("A Thiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tờ Kan"),
 P("A Vương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Kơ Phương", "Phó Bí thư Tỉnh ủy")],
[Q("47 vụ việc phức tạp", 47, "vụ việc phức tạp"), Q("29 vụ tranh chấp đất đai", 29, "vụ tranh chấp đất đai"),
 Q("11 vụ việc liên quan đến hoạt động tôn giáo trái pháp luật", 11, "vụ việc liên quan đến hoạt động tôn giáo trái pháp luật"),
 Q("7 vụ tụ tập đông người phản đối khai thác cát", 7, "vụ tụ tập đông người phản đối khai thác cát"),
 Q("41 vụ", 41, "vụ"), Q("87,2%", 87.2, "%"), Q("532 lượt công dân", 532, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"),
 Q("88 đơn", 88, "đơn"), Q("186 mô hình", 186, "mô hình"), Q("42 mô hình cấp tỉnh", 42, "mô hình cấp tỉnh"),
 Q("hơn 70 hộ", 70, "hộ", "over"), Q("12 hộ dân", 12, "hộ dân"), Q("3 lần đối thoại", 3, "lần đối thoại"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("6 vụ việc", 6, "vụ việc"),
 Q("1.050 người có uy tín", 1050, "người có uy tín"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "412", "KL/TU", "2022-03-14", "Ban Thường vụ Tỉnh ủy", "Kết luận số 412-KL/TU ngày 14/3/2022"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, None, "Hướng dẫn 07, 08-HD/BDVTU"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, None, "Hướng dẫn 07, 08-HD/BDVTU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW")],
[prov("Kon Tum"), com("Đăk Tờ Kan"), com("Ngô Mây")],
["Hôm nay: Thứ Hai, 26/12/2022", "BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ",
 "You are here: Trang chủ - Tin hoạt động - Dân vận chính quyền", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Làng không có đơn thư vượt cấp", "Đồn Biên phòng"],
["Hôm nay: Thứ Hai, 26/12/2022", "Thứ Sáu, 23/12/2022, 08:05", "năm 2023", "hơn 10 năm"]))
