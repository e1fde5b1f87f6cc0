from lib import *
PAGES = []

PAGES.append(page("b7589-tiengiang-bdv-hoinghi-hanman-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ > Hoạt động dân vận > Tin tỉnh
Thứ Sáu, 25/03/2011 - 14:30
Triển khai vận động nhân dân chủ động phòng, chống hạn hán, xâm nhập mặn
Quang cảnh hội nghị tại hội trường Tỉnh ủy.
(TG) - Chiều 24/3, Ban Dân vận Tỉnh ủy Tiền Giang phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai công tác vận động nhân dân phòng, chống hạn hán, xâm nhập mặn mùa khô 2010 - 2011. Dự hội nghị có đồng chí Lê Thị Kim Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Hậu, Phó Chủ tịch UBND tỉnh cùng 85 đại biểu là lãnh đạo khối dân vận, Mặt trận và các đoàn thể của 4 huyện phía Đông.
Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu tháng 3 nước mặn đã xâm nhập sâu vào sông Tiền, độ mặn 4‰ lấn vào trên 40 km; các cống đầu mối của dự án ngọt hóa Gò Công phải đóng liên tục. Toàn tỉnh có khoảng 12.000 ha lúa Đông Xuân muộn và hơn 3.500 ha vườn cây ăn trái có nguy cơ bị ảnh hưởng; khoảng 9.700 hộ dân ở các xã ven biển thiếu nước ngọt sinh hoạt.
Báo cáo do ông Nguyễn Minh Trí, Phó Chánh Văn phòng Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh trình bày nêu rõ: thực hiện Chỉ thị số 05/CT-UBND ngày 14/01/2011 của UBND tỉnh về các biện pháp cấp bách phòng, chống hạn và xâm nhập mặn, các huyện Gò Công Đông, Gò Công Tây, Tân Phú Đông đã huy động nhân dân nạo vét 146 tuyến kênh nội đồng, đắp 27 đập tạm ngăn mặn. Tỉnh đã chi hơn 4,3 tỷ đồng hỗ trợ xăng dầu bơm tát và chở nước ngọt về các xã Tân Thới, Phú Tân, Gia Thuận.
Phát biểu chỉ đạo, bà Lê Thị Kim Loan đề nghị khối dân vận các cấp bám sát Kế hoạch số 17-KH/BDVTU của Ban Dân vận Tỉnh ủy, vận động bà con trữ nước trong lu, khạp, ao, bồn; không xuống giống lúa Hè Thu sớm khi chưa có nước ngọt; tiết kiệm nước, chia sẻ nước ngọt giữa các hộ trong ấp. "Mỗi cán bộ dân vận phải đến từng nhà, nói để dân hiểu vì sao phải lùi lịch thời vụ", bà nói.
Ông Trần Văn Hậu cho biết tỉnh sẽ lắp thêm 6 trạm cấp nước tạm, mỗi trạm công suất 20 m3/giờ, và cấp miễn phí nước cho hộ nghèo, hộ chính sách. Tại hội nghị, ông Võ Văn Sáu, Chủ tịch Hội Nông dân xã Tân Thới, kiến nghị hỗ trợ thêm máy bơm cho các tổ hợp tác; bà Phạm Thị Lành, Trưởng ấp Tân Hòa, xã Phú Tân, phản ánh nhiều hộ phải mua nước giá 80.000 đồng/m3.
Dịp này, Ủy ban MTTQ tỉnh phát động phong trào "Tiết kiệm nước ngọt, chung tay cùng bà con vùng mặn" trong cán bộ, đảng viên và nhân dân toàn tỉnh.
Minh Thuận
Số lượt xem: 1.204
Tin liên quan
- Gò Công Đông: 3 cống ngăn mặn vận hành liên tục (21/03/2011)
- Hội Nông dân tỉnh tập huấn kỹ thuật trữ nước cho 200 hội viên (15/03/2011)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2011 (08/03/2011)
""", "2011-03-25", "Triển khai vận động nhân dân chủ động phòng, chống hạn hán, xâm nhập mặn",
E("hoi_nghi", None, "2011-03-24"),
[P("Lê Thị Kim Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hậu", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Minh Trí", "Phó Chánh Văn phòng Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh"),
 P("Võ Văn Sáu", "Chủ tịch Hội Nông dân xã Tân Thới"),
 P("Phạm Thị Lành", "Trưởng ấp Tân Hòa")],
[Q("85 đại biểu", 85, "đại biểu"), Q("4 huyện phía Đông", 4, "huyện phía Đông"), Q("4‰", 4, "‰"),
 Q("trên 40 km", 40, "km", "over"), Q("khoảng 12.000 ha", 12000, "ha", "approx"), Q("hơn 3.500 ha", 3500, "ha", "over"),
 Q("khoảng 9.700 hộ dân", 9700, "hộ dân", "approx"), Q("146 tuyến kênh nội đồng", 146, "tuyến kênh nội đồng"),
 Q("27 đập tạm", 27, "đập tạm"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("6 trạm cấp nước tạm", 6, "trạm cấp nước tạm"), Q("20 m3/giờ", 20, "m3/giờ"), Q("80.000 đồng/m3", 80000, "đồng")],
[D("Chỉ thị", "05", "CT-UBND", "2011-01-14", "UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 14/01/2011"),
 D("Kế hoạch", "17", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BDVTU")],
[prov("Tiền Giang"), com("Tân Thới"), com("Phú Tân"), com("Gia Thuận")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ > Hoạt động dân vận > Tin tỉnh",
 "Quang cảnh hội nghị tại hội trường Tỉnh ủy.", "Tiết kiệm nước ngọt, chung tay cùng bà con vùng mặn", "Số lượt xem: 1.204",
 "Sở Nông nghiệp và Phát triển nông thôn"],
["Thứ Sáu, 25/03/2011 - 14:30", "mùa khô 2010 - 2011", "Số lượt xem: 1.204", "đầu tháng 3"]))

PAGES.append(page("b7590-soctrang-hnd-soket-2012", """
Báo Sóc Trăng Online
Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân
Cập nhật lúc 16:45 ngày 14/07/2012
Hội Nông dân tỉnh: 6 tháng vận động hơn 2.300 hộ chuyển đổi cây trồng vùng nhiễm mặn
Ngày 13/7, Hội Nông dân tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012. Chủ trì hội nghị có ông Lâm Văn Mẫn, Chủ tịch Hội Nông dân tỉnh, và ông Trần Quốc Tuấn, Phó Chủ tịch Hội Nông dân tỉnh. Đến dự có bà Hồ Thị Cẩm Đào, Phó Trưởng Ban Dân vận Tỉnh ủy.
Ông Lâm Văn Mẫn phát biểu tại hội nghị. Ảnh: Huỳnh Như
Mùa khô vừa qua, nước mặn vào sớm và sâu trên các sông Hậu, Mỹ Thanh, ảnh hưởng đến sản xuất của nhiều xã thuộc các huyện Long Phú, Trần Đề, Vĩnh Châu và Cù Lao Dung. Các cấp hội đã phối hợp ngành nông nghiệp vận động 2.318 hộ chuyển đổi gần 1.050 ha đất lúa kém hiệu quả sang trồng màu, nuôi tôm càng xanh và mô hình lúa - tôm; tổ chức 64 cuộc tập huấn, hội thảo cho 3.120 lượt hội viên về lịch thời vụ né mặn.
Hội đã giải ngân 18,6 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 412 hộ vay, trong đó 35% dành cho hộ ở vùng thường xuyên bị mặn. Thực hiện Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn giai đoạn 2011 - 2020, hội đã mở 9 lớp dạy nghề nông nghiệp cho lao động nông thôn.
Ở cơ sở, Hội Nông dân xã Vĩnh Hải vận động hội viên góp công, góp của đắp 3,2 km bờ bao ngăn mặn; Hội Nông dân xã An Thạnh Nam thành lập 7 tổ hợp tác dùng chung máy bơm, trữ nước ngọt. Bà Thạch Thị Sà Phương, Chủ tịch Hội Nông dân xã Lai Hòa, cho biết năm nay bà con người Khmer trong xã đã biết đào ao trữ nước, giảm thiệt hại so với các năm trước.
Phát biểu tại hội nghị, bà Hồ Thị Cẩm Đào đề nghị Hội Nông dân tiếp tục thực hiện tốt Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; phối hợp với Ban Dân vận các huyện ủy nắm tình hình tư tưởng nông dân ở vùng thiệt hại, không để phát sinh khiếu kiện đông người.
6 tháng cuối năm, Hội Nông dân tỉnh phấn đấu kết nạp mới 1.500 hội viên, xây dựng thêm ít nhất 20 tổ hợp tác sản xuất ở vùng mặn; đồng thời tham gia góp ý kế hoạch thủy lợi phục vụ sản xuất vụ Đông Xuân 2012 - 2013.
Thanh Hiếu
Tin cùng chuyên mục
- Vĩnh Châu: nông dân trồng hành tím vượt khó mùa mặn (09/07/2012)
- Sóc Trăng có 46 tổ hợp tác được công nhận đạt chuẩn (02/07/2012)
- Hội nghị tổng kết Chương trình phối hợp giữa Hội Nông dân và ngân hàng (20/06/2012)
""", "2012-07-14", "Hội Nông dân tỉnh: 6 tháng vận động hơn 2.300 hộ chuyển đổi cây trồng vùng nhiễm mặn",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Lâm Văn Mẫn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Quốc Tuấn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Thị Cẩm Đào", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sà Phương", "Chủ tịch Hội Nông dân xã Lai Hòa")],
[Q("2.318 hộ", 2318, "hộ"), Q("gần 1.050 ha", 1050, "ha", "approx"), Q("64 cuộc tập huấn, hội thảo", 64, "cuộc tập huấn, hội thảo"),
 Q("3.120 lượt hội viên", 3120, "lượt hội viên"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("412 hộ", 412, "hộ"),
 Q("35%", 35, "%"), Q("9 lớp dạy nghề nông nghiệp", 9, "lớp dạy nghề nông nghiệp"), Q("3,2 km", 3.2, "km"),
 Q("7 tổ hợp tác", 7, "tổ hợp tác"), Q("1.500 hội viên", 1500, "hội viên"),
 Q("ít nhất 20 tổ hợp tác sản xuất", 20, "tổ hợp tác sản xuất", "over")],
[D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("An Thạnh Nam"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân", "Ông Lâm Văn Mẫn phát biểu tại hội nghị. Ảnh: Huỳnh Như",
 "Quỹ Hỗ trợ nông dân"],
["Cập nhật lúc 16:45 ngày 14/07/2012", "6 tháng đầu năm", "6 tháng cuối năm 2012", "giai đoạn 2011 - 2020", "vụ Đông Xuân 2012 - 2013"]))

PAGES.append(page("b7591-baclieu-lhpn-taphuan-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU
Bạn đang ở: Trang chủ / Tin hoạt động / Hội cơ sở
18.04.2013 | 09:10
Ảnh: Học viên thực hành lắp bồn lọc nước tại lớp tập huấn.
Tập huấn kỹ năng trữ nước, ứng phó hạn mặn cho hội viên phụ nữ vùng ven biển
Trong hai ngày 16 và 17/4, Hội Liên hiệp Phụ nữ tỉnh Bạc Liêu phối hợp Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh mở lớp tập huấn năm 2013 về kỹ năng trữ nước ngọt và giữ vệ sinh nguồn nước trong mùa khô cho 120 chi hội trưởng phụ nữ ở huyện Hòa Bình và huyện Đông Hải.
Bà Ngô Thị Bích Thủy, Phó Chủ tịch Hội LHPN tỉnh, cho biết mùa khô năm nay nhiều ấp ven biển của các xã Vĩnh Hậu, Vĩnh Thịnh, Long Điền Tây bị thiếu nước ngọt kéo dài; giếng khoan của trên 600 hộ nhiễm mặn, chị em phải mua nước chở bằng ghe với giá 100.000 - 120.000 đồng/m3. Lớp học triển khai theo Kế hoạch số 22/KH-HLHPN ngày 25/02/2013 của Ban Thường vụ Hội LHPN tỉnh, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Các báo cáo viên đã hướng dẫn cách tính lượng nước một gia đình cần dùng trong mùa nắng, cách vệ sinh lu, khạp, cách dùng phèn, cloramin B để lắng lọc, và cách nhận biết nước nhiễm mặn bằng bút đo độ mặn. Mỗi học viên được phát một bộ tài liệu và 2 gói cloramin B.
Chị Lý Thị Xuân, Chi hội trưởng phụ nữ ấp Cây Gừa, xã Vĩnh Hậu, chia sẻ: "Trước đây nhà nào cũng chỉ có 2 - 3 cái lu, tới tháng 3 là cạn. Giờ về tôi sẽ vận động chị em mua thêm bồn nhựa, góp tiền xoay vòng để sắm dần". Theo chị, chi hội có 48 hội viên thì đã có 31 chị đăng ký tham gia tổ tiết kiệm mua bồn chứa nước.
Dịp này, Hội LHPN tỉnh trao tặng 40 bồn chứa nước loại 1.000 lít, mỗi bồn trị giá 1,7 triệu đồng, cho hội viên nghèo. Kinh phí do Hội Phụ nữ Thành phố Hồ Chí Minh và các nhà hảo tâm hỗ trợ, tổng cộng 68 triệu đồng.
Bà Trương Mỹ Hạnh, Chủ tịch Hội LHPN huyện Hòa Bình, đề nghị tổ chức thêm các lớp tương tự ở các xã Vĩnh Bình, Minh Diệu. Năm 2013, Hội LHPN tỉnh đặt chỉ tiêu vận động 70% hộ gia đình hội viên ở vùng ven biển có dụng cụ trữ nước hợp vệ sinh.
Phát biểu bế mạc lớp học, bà Ngô Thị Bích Thủy lưu ý các chi hội không chỉ hướng dẫn chị em trữ nước mà còn phải nắm tình hình đời sống, tâm tư của hội viên trong mùa hạn; hộ nào thiếu nước, thiếu dụng cụ chứa thì báo ngay về hội cơ sở để phối hợp chính quyền, Mặt trận hỗ trợ kịp thời, tránh để chị em phải dùng nước giếng nhiễm mặn cho ăn uống. Các chi hội cũng được đề nghị gắn nội dung này vào sinh hoạt định kỳ hằng tháng.
Diễm Kiều
Lượt đọc: 532
Bài viết liên quan
- Phụ nữ Đông Hải giúp nhau vượt mùa khô (08/04/2013)
- 25 mái ấm tình thương được trao cho hội viên nghèo (20/03/2013)
- Hội nghị giao ban Hội LHPN tỉnh quý I/2013 (28/03/2013)
""", "2013-04-18", "Tập huấn kỹ năng trữ nước, ứng phó hạn mặn cho hội viên phụ nữ vùng ven biển",
E("tap_huan", "2013", "2013-04-16"),
[P("Ngô Thị Bích Thủy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Xuân", "Chi hội trưởng phụ nữ ấp Cây Gừa"),
 P("Trương Mỹ Hạnh", "Chủ tịch Hội LHPN huyện Hòa Bình")],
[Q("120 chi hội trưởng phụ nữ", 120, "chi hội trưởng phụ nữ"), Q("trên 600 hộ", 600, "hộ", "over"),
 Q("100.000 - 120.000 đồng/m3", 100000, "đồng"), Q("120.000 đồng/m3", 120000, "đồng"),
 Q("2 gói cloramin B", 2, "gói cloramin B"),
 Q("48 hội viên", 48, "hội viên"), Q("31 chị", 31, "chị"), Q("40 bồn chứa nước", 40, "bồn chứa nước"),
 Q("1.000 lít", 1000, "lít"), Q("1,7 triệu đồng", 1700000, "đồng"), Q("68 triệu đồng", 68000000, "đồng"), Q("70%", 70, "%")],
[D("Kế hoạch", "22", "KH-HLHPN", "2013-02-25", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 22/KH-HLHPN ngày 25/02/2013")],
[prov("Bạc Liêu"), com("Vĩnh Hậu"), com("Vĩnh Thịnh"), com("Long Điền Tây"), com("Vĩnh Bình"), com("Minh Diệu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU", "Bạn đang ở: Trang chủ / Tin hoạt động / Hội cơ sở",
 "Ảnh: Học viên thực hành lắp bồn lọc nước tại lớp tập huấn.", "Xây dựng gia đình 5 không, 3 sạch", "Lượt đọc: 532",
 "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"],
["18.04.2013 | 09:10", "năm 2013", "5 không, 3 sạch", "2 - 3 cái lu", "tháng 3", "Lượt đọc: 532", "một bộ tài liệu"]))

PAGES.append(page("b7592-longan-mttq-giamsat-2014", """
Báo Long An điện tử
Chính trị - Xã hội >> Mặt trận
08:20 | 22/05/2014
Giám sát cấp nước sinh hoạt vùng hạn mặn: còn nơi dân phải mua nước giá cao
Sáng 21/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An do ông Nguyễn Thành Nhân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc cung cấp nước sinh hoạt cho người dân vùng bị ảnh hưởng hạn mặn tại huyện Cần Giuộc và huyện Cần Đước. Đây là nội dung thuộc chương trình giám sát năm 2014 của Mặt trận tỉnh, thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Theo báo cáo của UBND huyện Cần Đước, từ tháng 2 đến nay độ mặn trên sông Vàm Cỏ và các kênh nội đồng luôn ở mức 6 - 9 g/l; có 11/17 xã, thị trấn bị ảnh hưởng, trong đó 4.260 hộ thiếu nước sinh hoạt. Huyện đã phối hợp Trung tâm Nước sạch tỉnh đặt 14 bồn chứa nước công cộng, chở miễn phí khoảng 2.100 m3 nước ngọt cho người dân các xã Long Hựu Đông, Long Hựu Tây, Phước Vân.
Tại xã Tân Tập, huyện Cần Giuộc, đoàn ghi nhận nhà máy nước của xã mới cung cấp được cho khoảng 60% số hộ; các hộ còn lại phải mua nước từ ghe, xe bồn với giá từ 70.000 đồng đến 90.000 đồng/m3. Ông Huỳnh Văn Bé Tư, Chủ tịch UBND xã Tân Tập, cho biết xã đã đề xuất huyện đầu tư kéo thêm 8,5 km đường ống, kinh phí dự kiến 3,8 tỷ đồng, nhưng chưa được bố trí vốn.
Bà Đặng Thị Ngọc Hân, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, thành viên đoàn giám sát, đề nghị làm rõ việc một số trạm cấp nước do doanh nghiệp quản lý tăng giá bán trong mùa khô mà không niêm yết, gây bức xúc trong nhân dân. Ông Lê Văn Phát, Trưởng ban Công tác Mặt trận ấp 4, xã Long Hựu Tây, phản ánh có 37 hộ nghèo trong ấp chưa có dụng cụ chứa nước đạt chuẩn.
Kết luận buổi giám sát, ông Nguyễn Thành Nhân ghi nhận sự chủ động của hai huyện, đồng thời kiến nghị UBND tỉnh sớm bố trí vốn mở rộng mạng lưới cấp nước theo Quyết định số 2570/QĐ-BNN-TCTL ngày 22/10/2012 của Bộ Nông nghiệp và Phát triển nông thôn; chỉ đạo kiểm tra giá nước; ưu tiên hỗ trợ lu, bồn chứa nước cho hộ nghèo, hộ cận nghèo. Ủy ban MTTQ các huyện được đề nghị vận động các doanh nghiệp, nhà hảo tâm ủng hộ ít nhất 500 bồn chứa nước trước mùa khô năm sau.
Sau giám sát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp, gửi văn bản kiến nghị đến UBND tỉnh và các sở, ngành liên quan.
Hoàng Phúc
Tin khác
- Cần Đước: nông dân xuống giống lúa Hè Thu sau khi mặn rút (19/05/2014)
- Mặt trận tỉnh tổ chức hội nghị phản biện dự thảo quy hoạch thủy lợi (09/05/2014)
- Trao 200 lu chứa nước cho hộ nghèo Cần Giuộc (28/04/2014)
""", "2014-05-22", "Giám sát cấp nước sinh hoạt vùng hạn mặn: còn nơi dân phải mua nước giá cao",
E("giam_sat", "2014", "2014-05-21"),
[P("Nguyễn Thành Nhân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Bé Tư", "Chủ tịch UBND xã Tân Tập"),
 P("Đặng Thị Ngọc Hân", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "thành viên đoàn giám sát"),
 P("Lê Văn Phát", "Trưởng ban Công tác Mặt trận ấp 4")],
[Q("6 - 9 g/l", 6, "g/l"), Q("9 g/l", 9, "g/l"), Q("11/17 xã, thị trấn", 11, "xã, thị trấn"), Q("4.260 hộ", 4260, "hộ"),
 Q("14 bồn chứa nước công cộng", 14, "bồn chứa nước công cộng"), Q("khoảng 2.100 m3", 2100, "m3", "approx"),
 Q("khoảng 60%", 60, "%", "approx"), Q("70.000 đồng", 70000, "đồng"), Q("90.000 đồng/m3", 90000, "đồng"),
 Q("8,5 km", 8.5, "km"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("37 hộ nghèo", 37, "hộ nghèo"),
 Q("ít nhất 500 bồn chứa nước", 500, "bồn chứa nước", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "2570", "QĐ-BNN-TCTL", "2012-10-22", "Bộ Nông nghiệp và Phát triển nông thôn", "Quyết định số 2570/QĐ-BNN-TCTL ngày 22/10/2012")],
[prov("Long An"), com("Long Hựu Đông"), com("Long Hựu Tây"), com("Phước Vân"), com("Tân Tập")],
["Báo Long An điện tử", "Chính trị - Xã hội >> Mặt trận", "Trung tâm Nước sạch tỉnh"],
["08:20 | 22/05/2014", "năm 2014", "từ tháng 2 đến nay", "mùa khô năm sau"]))

PAGES.append(page("b7593-kiengiang-ubnd-doithoai-2015", """
KIÊN GIANG ONLINE - Cơ quan của Đảng bộ tỉnh Kiên Giang
Trang chủ › Kinh tế › Nông nghiệp
Thứ Sáu, 12/06/2015 - 07:40
Chủ tịch UBND tỉnh đối thoại với nông dân về chuyển đổi sản xuất vùng nhiễm mặn
Ngày 11-6, tại hội trường UBND huyện An Biên, ông Lê Hoàng Thi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kiên Giang đã chủ trì buổi đối thoại với nông dân năm 2015, tập trung vào chuyển đổi cơ cấu sản xuất ở vùng bị hạn hán, xâm nhập mặn. Buổi đối thoại do Hội Nông dân tỉnh phối hợp Ban Dân vận Tỉnh ủy tổ chức theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa Hội Nông dân Việt Nam các cấp với UBND cùng cấp trong việc thường xuyên tiếp, đối thoại với nông dân.
Cùng dự có ông Danh Út, Phó Chủ tịch Thường trực Hội Nông dân tỉnh; bà Lâm Thị Thu Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, và 230 nông dân đến từ các huyện An Biên, An Minh, U Minh Thượng, Vĩnh Thuận.
Mùa khô 2014 - 2015, mặn xâm nhập sớm khiến khoảng 8.400 ha lúa vụ 3 và lúa trên đất nuôi tôm của các huyện vùng U Minh Thượng bị thiệt hại trên 30%. Tỉnh đã hỗ trợ giống cho 5.130 hộ với tổng kinh phí gần 21 tỷ đồng theo Quyết định số 142/2009/QĐ-TTg ngày 31/12/2009 của Thủ tướng Chính phủ.
Ảnh: Ông Lê Hoàng Thi trả lời kiến nghị của nông dân.
Tại buổi đối thoại, có 17 lượt ý kiến phát biểu trực tiếp. Ông Danh Sang, nông dân ấp Xẻo Đước, xã Đông Thái, hỏi vì sao cống Xẻo Rô đóng trễ khiến nước mặn tràn vào ruộng lúa đang trổ. Bà Thị Mỹ Lài, xã Vân Khánh Đông, đề nghị tỉnh cho vay ưu đãi để chuyển sang mô hình tôm - lúa, mỗi hộ khoảng 50 triệu đồng. Ông Trần Văn Mười, Tổ trưởng Tổ hợp tác sản xuất lúa - tôm Thuận Hòa, xã Thuận Hòa, kiến nghị xây dựng thêm cống ngăn mặn và kênh dẫn ngọt.
Trả lời nông dân, ông Lê Hoàng Thi thừa nhận việc vận hành cống còn chậm so với diễn biến mặn, giao Sở Nông nghiệp và Phát triển nông thôn phối hợp UBND các huyện công bố lịch đóng, mở cống công khai đến từng ấp. Tỉnh đang triển khai Kế hoạch số 45/KH-UBND ngày 05/5/2015 của UBND tỉnh về chuyển đổi cơ cấu cây trồng giai đoạn 2015 - 2020, dự kiến chuyển khoảng 12.000 ha lúa kém hiệu quả sang mô hình tôm - lúa. Về vốn, Chủ tịch UBND tỉnh đề nghị Ngân hàng Chính sách xã hội và Agribank Kiên Giang ưu tiên cho vay hộ ở vùng mặn, mức cho vay tối đa 50 triệu đồng/hộ không cần thế chấp.
Ông Danh Út cho biết, sau đối thoại, Hội Nông dân tỉnh sẽ tổng hợp 9 nhóm kiến nghị chưa trả lời tại chỗ để chuyển các sở, ngành trả lời bằng văn bản trong vòng 30 ngày.
Hữu Nghĩa
Xem thêm
- An Minh: 1.200 ha lúa - tôm trúng mùa (05/06/2015)
- Hội Nông dân tỉnh sơ kết 5 năm thực hiện Quyết định 673 (27/05/2015)
- Xâm nhập mặn: chủ động đóng 19 cống ở vùng U Minh Thượng (21/05/2015)
""", "2015-06-12", "Chủ tịch UBND tỉnh đối thoại với nông dân về chuyển đổi sản xuất vùng nhiễm mặn",
E("doi_thoai", "2015", "2015-06-11"),
[P("Lê Hoàng Thi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Kiên Giang", "Chủ tịch UBND tỉnh"),
 P("Danh Út", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Lâm Thị Thu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sang", "nông dân ấp Xẻo Đước"),
 P("Thị Mỹ Lài"),
 P("Trần Văn Mười", "Tổ trưởng Tổ hợp tác sản xuất lúa - tôm Thuận Hòa")],
[Q("230 nông dân", 230, "nông dân"), Q("khoảng 8.400 ha", 8400, "ha", "approx"), Q("trên 30%", 30, "%", "over"),
 Q("5.130 hộ", 5130, "hộ"), Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("17 lượt ý kiến", 17, "lượt ý kiến"),
 Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx"), Q("khoảng 12.000 ha", 12000, "ha", "approx"),
 Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"), Q("9 nhóm kiến nghị", 9, "nhóm kiến nghị")],
[D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Quyết định", "142", "2009/QĐ-TTg", "2009-12-31", "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg ngày 31/12/2009"),
 D("Kế hoạch", "45", "KH-UBND", "2015-05-05", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 05/5/2015")],
[prov("Kiên Giang"), com("Đông Thái"), com("Vân Khánh Đông"), com("Thuận Hòa")],
["KIÊN GIANG ONLINE - Cơ quan của Đảng bộ tỉnh Kiên Giang", "Trang chủ › Kinh tế › Nông nghiệp",
 "Ảnh: Ông Lê Hoàng Thi trả lời kiến nghị của nông dân.", "Ngân hàng Chính sách xã hội", "Agribank Kiên Giang", "cống Xẻo Rô"],
["Thứ Sáu, 12/06/2015 - 07:40", "Mùa khô 2014 - 2015", "lúa vụ 3", "giai đoạn 2015 - 2020", "trong vòng 30 ngày", "năm 2015"]))

PAGES.append(page("b7594-bentre-mttq-traoqua-2016", """
BẾN TRE ONLINE
Xã hội | Mặt trận - Đoàn thể
Cập nhật: 15:05, 16/03/2016 (GMT+7)
Trao 300 bồn chứa nước và 150 m3 nước ngọt cho người dân vùng hạn mặn Thạnh Phú
(ĐBK) - Sáng 15-3, tại xã Thạnh Phong, huyện Thạnh Phú, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre phối hợp Báo Sài Gòn Giải Phóng và Công ty TNHH Nước giải khát Sao Việt trao 300 bồn chứa nước loại 500 lít cùng 150 m3 nước ngọt cho người dân các xã Thạnh Phong, Thạnh Hải và An Điền.
Tham dự buổi trao tặng có ông Võ Thành Hạo, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Huỳnh Thị Thanh Tuyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Giàu, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú.
Người dân xã Thạnh Phong nhận nước ngọt tại điểm trao.
Từ cuối tháng 12-2015 đến nay, độ mặn tại các cửa sông Hàm Luông, Cổ Chiên dao động 10 - 15‰, cao hơn cùng kỳ nhiều năm. Cả tỉnh đã có 8/9 huyện, thành phố bị ảnh hưởng; khoảng 150.000 hộ thiếu nước sinh hoạt, trong đó huyện Thạnh Phú có hơn 21.000 hộ. Ngày 17/2/2016, UBND tỉnh đã ban hành Quyết định số 379/QĐ-UBND công bố thiên tai hạn hán, xâm nhập mặn trên địa bàn tỉnh.
Mỗi bồn chứa nước trị giá 1,2 triệu đồng; tổng giá trị đợt trao tặng hơn 390 triệu đồng, gồm cả tiền vận chuyển nước bằng sà lan từ Thành phố Hồ Chí Minh. Danh sách 300 hộ nhận bồn được các ban công tác Mặt trận ấp bình xét công khai, ưu tiên hộ nghèo, hộ cận nghèo và gia đình chính sách.
Bà Nguyễn Thị Mến, ngụ ấp Thạnh Hòa, xã Thạnh Phong, năm nay 71 tuổi, cho biết mấy tuần nay gia đình phải mua nước 120.000 đồng/m3, có hôm xếp hàng cả buổi mới mua được 2 can. "Có cái bồn này, mỗi lần xe chở nước tới là chứa được đầy, đỡ lo lắm", bà nói.
Phát biểu tại buổi trao tặng, ông Võ Thành Hạo cho biết đến nay Ủy ban MTTQ các cấp trong tỉnh đã tiếp nhận trên 6,4 tỷ đồng ủng hộ người dân vùng hạn mặn, trong đó có 2.860 bồn chứa nước, gần 1.900 m3 nước ngọt và nhiều máy lọc nước. Ông đề nghị Mặt trận huyện Thạnh Phú công khai việc phân bổ, không để hộ nào nhận trùng, bỏ sót hộ khó khăn; đồng thời vận động nhân dân sử dụng nước tiết kiệm, nhà có giếng ngọt chia sẻ cho hàng xóm.
Theo ông Nguyễn Văn Giàu, huyện đang bố trí 12 điểm cấp nước ngọt miễn phí tại trụ sở ấp và trường học; các tổ dân vận, tổ tự quản ở ấp được giao theo dõi từng hộ, nhất là người già neo đơn, để chở nước tận nhà. Các chi hội Cựu chiến binh, Đoàn Thanh niên cũng lập đội xung kích hỗ trợ vận chuyển nước vào các ấp xa.
Dịp này, Báo Sài Gòn Giải Phóng còn trao 50 suất quà, mỗi suất 500.000 đồng, cho hộ nghèo xã Thạnh Hải.
Hữu Hiệp
Tin liên quan
- Thạnh Phú công bố thiên tai hạn mặn (18/02/2016)
- Ba Tri: 5 điểm cấp nước miễn phí cho người dân (10/03/2016)
- Hội Chữ thập đỏ tỉnh tiếp nhận 40 bồn chứa nước (04/03/2016)
""", "2016-03-16", "Trao 300 bồn chứa nước và 150 m3 nước ngọt cho người dân vùng hạn mặn Thạnh Phú",
E("trao_qua", None, "2016-03-15"),
[P("Võ Thành Hạo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Thanh Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Giàu", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú"),
 P("Nguyễn Thị Mến")],
[Q("300 bồn chứa nước", 300, "bồn chứa nước"), Q("150 m3", 150, "m3"), Q("500 lít", 500, "lít"),
 Q("10 - 15‰", 10, "‰"), Q("15‰", 15, "‰"), Q("8/9 huyện, thành phố", 8, "huyện, thành phố"),
 Q("khoảng 150.000 hộ", 150000, "hộ", "approx"), Q("hơn 21.000 hộ", 21000, "hộ", "over"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("hơn 390 triệu đồng", 390000000, "đồng", "over"), Q("300 hộ", 300, "hộ"),
 Q("120.000 đồng/m3", 120000, "đồng"), Q("2 can", 2, "can"), Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"),
 Q("2.860 bồn chứa nước", 2860, "bồn chứa nước"), Q("gần 1.900 m3", 1900, "m3", "approx"),
 Q("12 điểm cấp nước ngọt miễn phí", 12, "điểm cấp nước ngọt miễn phí"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "379", "QĐ-UBND", "2016-02-17", "UBND tỉnh", "Quyết định số 379/QĐ-UBND")],
[prov("Bến Tre"), prov("Thành phố Hồ Chí Minh"), com("Thạnh Phong"), com("Thạnh Hải"), com("An Điền")],
["BẾN TRE ONLINE", "Xã hội | Mặt trận - Đoàn thể", "(ĐBK)", "Người dân xã Thạnh Phong nhận nước ngọt tại điểm trao.",
 "Báo Sài Gòn Giải Phóng", "Công ty TNHH Nước giải khát Sao Việt"],
["Cập nhật: 15:05, 16/03/2016 (GMT+7)", "71 tuổi", "cuối tháng 12-2015", "mấy tuần nay"]))
