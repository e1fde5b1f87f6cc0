from lib import *
PAGES = []

PAGES.append(page("b8891-hue-lanhdao-giangsinh-2016", """
BÁO THỪA THIÊN HUẾ ONLINE
Hôm nay: Thứ Ba, 27/12/2016
Trang chủ › Chính trị › Thời sự
Thứ Bảy, 24/12/2016 - 06:30
Lãnh đạo tỉnh chúc mừng Giáng sinh Tòa Tổng Giám mục Huế
(TTH) - Chiều 23/12, đồng chí Hoàng Công Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng đoàn công tác của tỉnh đã đến thăm, chúc mừng Lễ Giáng sinh năm 2016 tại Tòa Tổng Giám mục Huế và Hội thánh Tin Lành Huế.
Đồng chí Hoàng Công Thắng chúc mừng Tổng Giám mục Phanxicô Xaviê Lê Văn Ánh. Ảnh: Phan Thành
Tham gia đoàn có đồng chí Nguyễn Thị Hải Lý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Ban Tôn giáo (Sở Nội vụ) và UBND thành phố Huế.
Tại Tòa Tổng Giám mục ở phường Phước Vĩnh, thay mặt lãnh đạo tỉnh, đồng chí Hoàng Công Thắng gửi lời chúc mừng Giáng sinh an lành đến Tổng Giám mục Phanxicô Xaviê Lê Văn Ánh cùng các linh mục, tu sĩ và hơn 67.000 giáo dân trong tỉnh Thừa Thiên Huế. Đồng chí cho biết năm 2016, dù chịu ảnh hưởng nặng nề của 2 đợt lũ lớn cuối năm, kinh tế của tỉnh vẫn tăng trưởng 8,2%; toàn tỉnh có 5 tôn giáo được Nhà nước công nhận hoạt động ổn định, đúng pháp luật.
Chủ tịch HĐND tỉnh ghi nhận Tổng Giáo phận Huế đã đồng hành cùng chính quyền trong cứu trợ đồng bào vùng lũ: trong các đợt lũ tháng 10 và tháng 11 vừa qua, các giáo xứ và các dòng tu đã hỗ trợ hơn 2.000 suất quà, trị giá khoảng 1,5 tỷ đồng cho người dân các xã vùng thấp như Quảng Thái, Phong Bình, Vinh Hà. Đồng chí mong Tổng Giáo phận tiếp tục động viên bà con giáo dân thực hiện tốt Luật Tín ngưỡng, tôn giáo vừa được Quốc hội thông qua, tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Tổng Giám mục Phanxicô Xaviê Lê Văn Ánh cảm ơn lãnh đạo tỉnh đã quan tâm tạo điều kiện để Giáo hội tổ chức các hoạt động mừng Chúa Giáng sinh; cho biết năm nay Tổng Giáo phận có thêm 12 linh mục mới và 3 giáo xứ được tách lập, đều được chính quyền các cấp hướng dẫn thủ tục kịp thời.
Cùng ngày, đoàn đến thăm, chúc mừng Mục sư Trương Công Thiện, Quản nhiệm Chi hội Tin Lành Huế. Mục sư Trương Công Thiện cho biết chi hội có khoảng 350 tín đồ, năm qua đã tổ chức 4 đợt khám bệnh, phát thuốc miễn phí cho người nghèo ở xã Phong Hòa.
Trước đó, các đoàn của Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh đã đến thăm, chúc mừng các giáo hạt Phú Vang, Quảng Điền và Dòng Chúa Cứu Thế Huế. Theo Kế hoạch số 215/KH-UBND ngày 12/12/2016 của UBND tỉnh, các huyện, thị xã, thành phố Huế chủ động thăm, chúc mừng các giáo xứ trên địa bàn; bảo đảm an ninh trật tự, an toàn giao thông tại 43 nhà thờ trong đêm Noel.
Phan Thành
Tin liên quan
- Ủy ban MTTQ tỉnh trao 500 suất quà cho người nghèo vùng lũ (20/12/2016)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 11 (16/12/2016)
- Dòng Thiên An hỗ trợ đồng bào vùng lũ (05/12/2016)
""", "2016-12-24", "Lãnh đạo tỉnh chúc mừng Giáng sinh Tòa Tổng Giám mục Huế",
E("khac", None, "2016-12-23"),
[P("Hoàng Công Thắng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phanxicô Xaviê Lê Văn Ánh", "Tổng Giám mục"),
 P("Nguyễn Thị Hải Lý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Công Thiện", "Mục sư", "Quản nhiệm Chi hội Tin Lành Huế")],
[Q("hơn 67.000 giáo dân", 67000, "giáo dân", "over"), Q("2 đợt lũ lớn", 2, "đợt lũ lớn"), Q("8,2%", 8.2, "%"),
 Q("5 tôn giáo", 5, "tôn giáo"), Q("hơn 2.000 suất quà", 2000, "suất quà", "over"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("12 linh mục mới", 12, "linh mục mới"),
 Q("3 giáo xứ", 3, "giáo xứ"), Q("khoảng 350 tín đồ", 350, "tín đồ", "approx"),
 Q("4 đợt khám bệnh", 4, "đợt khám bệnh"), Q("43 nhà thờ", 43, "nhà thờ")],
[D("Kế hoạch", "215", "KH-UBND", "2016-12-12", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 12/12/2016")],
[prov("Thừa Thiên Huế"), com("Phước Vĩnh"), com("Quảng Thái"), com("Phong Bình"), com("Vinh Hà"), com("Phong Hòa")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Hôm nay: Thứ Ba, 27/12/2016", "Trang chủ › Chính trị › Thời sự", "(TTH)",
 "Đồng chí Hoàng Công Thắng chúc mừng Tổng Giám mục Phanxicô Xaviê Lê Văn Ánh. Ảnh: Phan Thành",
 "Tòa Tổng Giám mục Huế", "Luật Tín ngưỡng, tôn giáo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Dòng Chúa Cứu Thế Huế"],
["Thứ Bảy, 24/12/2016 - 06:30", "Hôm nay: Thứ Ba, 27/12/2016", "Lễ Giáng sinh năm 2016", "tháng 10 và tháng 11"]))

PAGES.append(page("b8892-kontum-udkcg-daihoi-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ :: Tin tức - Sự kiện :: Dân tộc, tôn giáo
Ngày 29/09/2016 | 08:40
Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh Kon Tum lần thứ V
Ngày 28/9, Ủy ban Đoàn kết Công giáo tỉnh Kon Tum tổ chức Đại hội đại biểu người Công giáo xây dựng và bảo vệ Tổ quốc lần thứ V, nhiệm kỳ 2016 - 2021 với sự tham dự của 150 đại biểu là linh mục, tu sĩ, giáo dân tiêu biểu đại diện cho hơn 220.000 giáo dân trong tỉnh.
Dự Đại hội có ông Hồ Sĩ Khiêm, Phó Chủ tịch - Tổng Thư ký Ủy ban Đoàn kết Công giáo Việt Nam; đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Y Nhinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo nhiệm kỳ 2011 - 2016 cho thấy, đồng bào Công giáo trong tỉnh, phần đông là đồng bào Ba Na, Xơ Đăng, Gia Rai, đã tích cực hưởng ứng phong trào thi đua yêu nước "Sống Phúc âm giữa lòng dân tộc". Trong 5 năm, bà con đóng góp hơn 6,5 tỷ đồng, hiến 12.000 m2 đất làm đường, trường học; 74% hộ giáo dân đạt danh hiệu gia đình văn hóa; 97 giáo xứ, giáo họ xây dựng được tủ sách pháp luật. Các nhà nuôi do các dòng tu quản lý đã nuôi dạy gần 1.300 trẻ em mồ côi, khuyết tật người dân tộc thiểu số.
Ủy ban Đoàn kết Công giáo tỉnh đã thực hiện tốt Chương trình phối hợp số 03/CTPH-MTTQ-UBĐKCG ngày 15/4/2012 với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, tham gia giám sát 16 cuộc về thực hiện chính sách đối với đồng bào dân tộc thiểu số. Ở các xã Đăk Ui, Kon Đào, người Công giáo là lực lượng nòng cốt trong mô hình "Làng không có tội phạm".
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hòa, Chủ tịch HĐND tỉnh đề nghị Ủy ban Đoàn kết Công giáo khóa mới tiếp tục tuyên truyền Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV đến đồng bào Công giáo; không để kẻ xấu lợi dụng tôn giáo gây mất ổn định ở vùng biên giới.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa V. Tại phiên họp thứ nhất, Linh mục Giuse Nguyễn Văn Bình, Chánh xứ Phương Nghĩa, được bầu giữ chức Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa V; các vị A Phiu, Y Lan, A Nhăm - Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh. Bà Y Lan hiện là giáo viên trường tiểu học ở phường Thắng Lợi.
Đại hội cũng hiệp thương cử 9 đại biểu đi dự Đại hội đại biểu người Công giáo Việt Nam lần thứ VI. Theo Quyết định số 67/QĐ-MTTQ-BTT ngày 12/8/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, trong số các vị được hiệp thương cử vào Ủy ban Đoàn kết Công giáo tỉnh khóa V có 11 linh mục, 4 nữ tu và 14 người dân tộc thiểu số.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 3 tập thể, 7 cá nhân; UBND tỉnh tặng bằng khen cho 12 tập thể, 20 cá nhân có thành tích trong phong trào thi đua yêu nước nhiệm kỳ 2011 - 2016.
Đình Thi
Các tin khác
- Tọa đàm về công tác vận động đồng bào có đạo vùng biên giới (20/09/2016)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách tại xã Ngọc Linh (08/09/2016)
- Kon Plông: 25 hộ giáo dân thoát nghèo (25/08/2016)
""", "2016-09-29", "Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh Kon Tum lần thứ V",
E("dai_hoi", None, "2016-09-28"),
[P("Hồ Sĩ Khiêm", "Phó Chủ tịch - Tổng Thư ký Ủy ban Đoàn kết Công giáo Việt Nam"),
 P("Nguyễn Văn Hòa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Nhinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Nguyễn Văn Bình", "Linh mục", "Chánh xứ Phương Nghĩa", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa V"),
 P("A Phiu", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Y Lan", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("A Nhăm", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 220.000 giáo dân", 220000, "giáo dân", "over"),
 Q("hơn 6,5 tỷ đồng", 6500000000, "đồng", "over"), Q("12.000 m2", 12000, "m2"), Q("74%", 74, "%"),
 Q("97 giáo xứ, giáo họ", 97, "giáo xứ, giáo họ"), Q("gần 1.300 trẻ em mồ côi, khuyết tật", 1300, "trẻ em mồ côi, khuyết tật", "approx"),
 Q("16 cuộc", 16, "cuộc"), Q("35 vị", 35, "vị"), Q("9 đại biểu", 9, "đại biểu"),
 Q("11 linh mục", 11, "linh mục"), Q("4 nữ tu", 4, "nữ tu"), Q("14 người dân tộc thiểu số", 14, "người dân tộc thiểu số"),
 Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-UBĐKCG", "2012-04-15", None, "Chương trình phối hợp số 03/CTPH-MTTQ-UBĐKCG ngày 15/4/2012"),
 D("Quyết định", "67", "QĐ-MTTQ-BTT", "2016-08-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 67/QĐ-MTTQ-BTT ngày 12/8/2016")],
[prov("Kon Tum"), com("Đăk Ui"), com("Kon Đào"), com("Thắng Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ :: Tin tức - Sự kiện :: Dân tộc, tôn giáo",
 "Sống Phúc âm giữa lòng dân tộc", "Làng không có tội phạm", "Nghị quyết Đại hội XII của Đảng"],
["Ngày 29/09/2016 | 08:40", "lần thứ V", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "5 năm", "lần thứ XV", "lần thứ VI",
 "phiên họp thứ nhất", "Đại hội XII"]))

PAGES.append(page("b8893-quangbinh-mttq-giamsat-2017", """
Báo Quảng Bình điện tử
Thứ Năm, 09/11/2017
Chính trị > Mặt trận
Giám sát thực hiện chính sách, pháp luật về tôn giáo tại các giáo xứ huyện Bố Trạch
(QBĐT) - Ngày 7/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Phạm Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại huyện Bố Trạch theo chương trình giám sát năm 2017.
Đoàn giám sát làm việc tại UBND huyện Bố Trạch. Ảnh: Quang Tuấn
Tham gia đoàn giám sát có bà Lê Thị Thu, Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Ban Tôn giáo tỉnh và Ủy ban Đoàn kết Công giáo tỉnh.
Theo báo cáo của UBND huyện, Bố Trạch có 14 giáo xứ, 38 giáo họ với hơn 31.000 giáo dân. Thời gian qua, huyện đã cấp giấy chứng nhận quyền sử dụng đất cho 9 cơ sở thờ tự, giải quyết 12/15 đơn thư liên quan đến tôn giáo; tổ chức 26 hội nghị phổ biến Luật Tín ngưỡng, tôn giáo cho chức việc và cán bộ cơ sở. Sau sự cố môi trường biển, chính quyền đã chi trả bồi thường đầy đủ cho 5.840 hộ ngư dân, trong đó có hơn 2.100 hộ Công giáo.
Tuy nhiên, đoàn giám sát cũng chỉ ra một số hạn chế: còn 3 trường hợp xây dựng, cơi nới công trình tôn giáo khi chưa có giấy phép; việc nắm tình hình ở một số giáo xứ vùng biển chưa kịp thời, để xảy ra 2 vụ tụ tập đông người tại xã Đức Trạch trong năm 2016. Một bộ phận cán bộ xã còn ngại tiếp xúc với linh mục và Ban hành giáo.
Làm việc với đoàn tại xã Hải Trạch, Linh mục Phaolô Trần Văn Hải, Chánh xứ giáo xứ Cồn Sẻ, đề nghị chính quyền đẩy nhanh thủ tục giao đất xây dựng nhà giáo lý. Ông Hoàng Minh Đức, Phó Chủ tịch UBND huyện Bố Trạch, tiếp thu và cho biết năm 2017 huyện đã hỗ trợ 2,4 tỷ đồng làm đường vào các xóm đạo.
Kết luận buổi giám sát, ông Phạm Văn Hòa đề nghị UBND huyện thực hiện nghiêm Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ, chuẩn bị triển khai Luật Tín ngưỡng, tôn giáo có hiệu lực từ ngày 1/1/2018; các xã chủ động đối thoại với Ban hành giáo, giải quyết dứt điểm 3 đơn thư còn tồn đọng; tăng cường vai trò của Mặt trận trong tiếp xúc, vận động chức sắc.
Hoạt động giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 và Kế hoạch số 52/KH-MTTQ-BTT ngày 20/10/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Trong tháng 11, đoàn tiếp tục giám sát tại huyện Quảng Trạch và thị xã Ba Đồn.
Quang Tuấn
Tin liên quan
- Ủy ban MTTQ tỉnh tiếp xúc 120 chức sắc, chức việc các tôn giáo (30/10/2017)
- Quảng Trạch: 4 giáo xứ đạt chuẩn "Giáo xứ bình yên" (20/10/2017)
""", "2017-11-09", "Giám sát thực hiện chính sách, pháp luật về tôn giáo tại các giáo xứ huyện Bố Trạch",
E("giam_sat", "2017", "2017-11-07"),
[P("Phạm Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu", "Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phaolô Trần Văn Hải", "Linh mục", "Chánh xứ giáo xứ Cồn Sẻ"),
 P("Hoàng Minh Đức", "Phó Chủ tịch UBND huyện Bố Trạch")],
[Q("14 giáo xứ", 14, "giáo xứ"), Q("38 giáo họ", 38, "giáo họ"), Q("hơn 31.000 giáo dân", 31000, "giáo dân", "over"),
 Q("9 cơ sở thờ tự", 9, "cơ sở thờ tự"), Q("12/15 đơn thư", 12, "đơn thư"), Q("26 hội nghị", 26, "hội nghị"),
 Q("5.840 hộ ngư dân", 5840, "hộ ngư dân"), Q("hơn 2.100 hộ Công giáo", 2100, "hộ Công giáo", "over"),
 Q("3 trường hợp", 3, "trường hợp"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("3 đơn thư", 3, "đơn thư")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Kế hoạch", "52", "KH-MTTQ-BTT", "2017-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 20/10/2017")],
[prov("Quảng Bình"), com("Đức Trạch"), com("Hải Trạch")],
["Báo Quảng Bình điện tử", "Chính trị > Mặt trận", "(QBĐT)", "Đoàn giám sát làm việc tại UBND huyện Bố Trạch. Ảnh: Quang Tuấn",
 "Luật Tín ngưỡng, tôn giáo", "giáo xứ Cồn Sẻ", "Quy chế giám sát và phản biện xã hội"],
["Thứ Năm, 09/11/2017", "ngày 1/1/2018", "năm 2017", "năm 2016", "Trong tháng 11"]))

PAGES.append(page("b8894-laocai-simacai-doithoai-2018", """
BÁO LÀO CAI
Trang chủ » Xây dựng Đảng » Dân vận
21.06.2018 | 08:30
Si Ma Cai: Đối thoại với đồng bào theo đạo Tin Lành
Ngày 19/6, tại xã Sán Chải, Ban Thường vụ Huyện ủy Si Ma Cai tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đồng bào theo đạo Tin Lành năm 2018. Đồng chí Lý Seo Dìn, Bí thư Huyện ủy chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Hầu Seo Lử, Lù Văn Khánh.
Quang cảnh buổi đối thoại tại xã Sán Chải.
Tham gia đối thoại có 135 người là trưởng nhóm, phó nhóm, tín đồ Tin Lành tiêu biểu ở 3 xã Sán Chải, Nàn Sín, Cán Cấu và cán bộ chủ chốt các xã. Theo báo cáo của Ban Dân vận Huyện ủy, Si Ma Cai là huyện biên giới của tỉnh Lào Cai; toàn huyện hiện có 1.286 hộ với 7.430 khẩu theo đạo Tin Lành, chủ yếu là đồng bào Mông, sinh hoạt tại 29 điểm nhóm; trong đó 17 điểm nhóm đã được cấp đăng ký sinh hoạt tôn giáo tập trung thuộc Hội thánh Tin Lành Việt Nam (miền Bắc).
Tại buổi đối thoại, 17 ý kiến của bà con tập trung vào thủ tục đăng ký điểm nhóm, hỗ trợ đất làm nơi sinh hoạt, vay vốn phát triển chăn nuôi. Ông Giàng Seo Phử, Trưởng nhóm Tin Lành thôn Lao Chải, xã Sán Chải, hỏi: "Điểm nhóm của chúng tôi sinh hoạt ổn định đã 5 năm, bao giờ thì được công nhận?". Bà Thào Thị Mai, tín đồ thôn Sín Chải, đề nghị hỗ trợ giống ngô lai cho các hộ nghèo.
Trả lời các ý kiến, đồng chí Hầu Seo Lử, Phó Chủ tịch UBND huyện, cho biết: thực hiện Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ, huyện sẽ hướng dẫn 12 điểm nhóm còn lại hoàn thiện hồ sơ trong năm 2018; năm qua huyện đã hỗ trợ 46 hộ Tin Lành nghèo vay 1,3 tỷ đồng từ Ngân hàng Chính sách xã hội. Đồng chí Lù Văn Khánh giải đáp về chính sách hỗ trợ giống cây trồng, cho biết trong vụ hè thu huyện cấp 8,5 tấn ngô giống cho các xã vùng cao.
Phát biểu kết luận, đồng chí Lý Seo Dìn ghi nhận các điểm nhóm đã vận động bà con bỏ các tập tục lạc hậu trong ma chay, cưới hỏi, tham gia "Ngày thứ Bảy tình nguyện" làm đường liên thôn; yêu cầu các cơ quan giải quyết dứt điểm 9 ý kiến thuộc thẩm quyền của huyện trước ngày 30/7. Bí thư Huyện ủy nhấn mạnh việc thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư và Kế hoạch số 67-KH/HU ngày 4/5/2018 của Huyện ủy về công tác tôn giáo, đề nghị các nhóm trưởng tiếp tục cùng chính quyền vận động tín đồ không nghe theo kẻ xấu tuyên truyền "Vương quốc Mông", không di cư tự do.
Ông Ly Seo Chứ, Chủ tịch UBND xã Nàn Sín, cho biết đến nay xã không còn hộ bỏ đi nơi khác; 5 hộ trước đây di cư đã trở về được xã hỗ trợ làm nhà.
Thanh Thủy
Tin liên quan
- Bắc Hà: sơ kết công tác tôn giáo 6 tháng đầu năm (15/06/2018)
- Mường Khương: đối thoại với người có uy tín (08/06/2018)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý II (01/06/2018)
""", "2018-06-21", "Si Ma Cai: Đối thoại với đồng bào theo đạo Tin Lành",
E("doi_thoai", "2018", "2018-06-19"),
[P("Lý Seo Dìn", "Bí thư Huyện ủy"),
 P("Hầu Seo Lử", "Phó Chủ tịch UBND huyện"),
 P("Lù Văn Khánh", "Phó Chủ tịch UBND huyện"),
 P("Giàng Seo Phử", "Trưởng nhóm Tin Lành thôn Lao Chải"),
 P("Thào Thị Mai"),
 P("Ly Seo Chứ", "Chủ tịch UBND xã Nàn Sín")],
[Q("135 người", 135, "người"), Q("3 xã", 3, "xã"), Q("1.286 hộ", 1286, "hộ"), Q("7.430 khẩu", 7430, "khẩu"),
 Q("29 điểm nhóm", 29, "điểm nhóm"), Q("17 điểm nhóm", 17, "điểm nhóm"), Q("17 ý kiến", 17, "ý kiến"),
 Q("12 điểm nhóm", 12, "điểm nhóm"), Q("46 hộ Tin Lành nghèo", 46, "hộ Tin Lành nghèo"), Q("1,3 tỷ đồng", 1300000000, "đồng"),
 Q("8,5 tấn", 8.5, "tấn"), Q("9 ý kiến", 9, "ý kiến"), Q("5 hộ", 5, "hộ")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "67", "KH/HU", "2018-05-04", "Huyện ủy", "Kế hoạch số 67-KH/HU ngày 4/5/2018")],
[prov("Lào Cai"), com("Sán Chải"), com("Nàn Sín"), com("Cán Cấu")],
["BÁO LÀO CAI", "Trang chủ » Xây dựng Đảng » Dân vận", "Quang cảnh buổi đối thoại tại xã Sán Chải.",
 "Ngày thứ Bảy tình nguyện", "Vương quốc Mông", "Ngân hàng Chính sách xã hội"],
["21.06.2018 | 08:30", "năm 2018", "5 năm", "ngày 30/7", "Ngày thứ Bảy tình nguyện"]))

PAGES.append(page("b8895-hcm-mttq-giangsinh-2018", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Tin hoạt động > Tôn giáo
21/12/2018 - 10:15
Lãnh đạo Thành phố thăm, chúc mừng Giáng sinh Tòa Tổng Giám mục và Hội thánh Tin Lành
Chiều 20/12, đoàn lãnh đạo TP Hồ Chí Minh do đồng chí Nguyễn Thị Thu Cúc, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam Thành phố dẫn đầu đã đến thăm, chúc mừng Lễ Giáng sinh năm 2018 tại Tòa Tổng Giám mục TP Hồ Chí Minh và Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam).
Đồng chí Nguyễn Thị Thu Cúc (thứ ba từ trái sang) chúc mừng Tòa Tổng Giám mục. Ảnh: Thu Hương
Cùng đi có đồng chí Phạm Minh Trang, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam Thành phố; đồng chí Nguyễn Văn Minh, Phó Trưởng Ban Dân vận Thành ủy; lãnh đạo Ban Tôn giáo Thành phố.
Tiếp đoàn tại Tòa Tổng Giám mục, Tổng Giám mục Giuse Trịnh Văn Khôi cảm ơn sự quan tâm của lãnh đạo Thành phố. Ngài cho biết Tổng Giáo phận có khoảng 700.000 giáo dân, sinh hoạt tại 203 giáo xứ; năm 2018, các giáo xứ đã đóng góp hơn 45 tỷ đồng cho công tác từ thiện, xã hội, trao 2.300 suất học bổng cho học sinh nghèo không phân biệt tôn giáo.
Thay mặt đoàn, đồng chí Nguyễn Thị Thu Cúc chúc Tổng Giám mục, các linh mục, tu sĩ, giáo dân đón mừng Giáng sinh an lành, hạnh phúc. Chủ tịch Ủy ban MTTQ Việt Nam Thành phố thông tin năm 2018 Thành phố đạt tốc độ tăng trưởng 8,3%, thu nhập bình quân đầu người đạt 6.100 USD; đề nghị Tòa Tổng Giám mục tiếp tục động viên giáo dân tham gia cuộc vận động "Người dân Thành phố Hồ Chí Minh rèn luyện tác phong, nâng cao ý thức, xây dựng nếp sống văn minh đô thị" và chương trình giảm nghèo bền vững.
Tại trụ sở Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam), đoàn được Mục sư Phan Vĩnh Thạnh, Hội trưởng Tổng Liên hội và Mục sư Lưu Văn Hòa, Phó Tổng Thư ký Tổng Liên hội đón tiếp. Mục sư Phan Vĩnh Thạnh cho biết Hội thánh hiện có 1.100 hội thánh và chi hội trên cả nước; năm 2018 được phép tổ chức 2 lớp đào tạo mục sư với 96 học viên.
Trước đó, sáng cùng ngày, đồng chí Phạm Minh Trang dẫn đầu đoàn thăm, chúc mừng Nhà thờ Đức Bà tại phường Bến Nghé và một số giáo xứ ở quận Gò Vấp, nơi có đông đồng bào Công giáo. Theo Chỉ thị số 19-CT/TU ngày 3/8/2018 của Thành ủy về tăng cường công tác vận động đồng bào có đạo, từ ngày 18 đến 24/12, Ủy ban MTTQ Việt Nam các quận, huyện và phường, xã, thị trấn đồng loạt thăm, chúc mừng các cơ sở tôn giáo trên địa bàn. Toàn Thành phố có 12 tôn giáo với khoảng 100.000 tín đồ Tin Lành thuộc 11 hệ phái.
Linh mục Antôn Đỗ Minh Tâm, Chánh xứ Tân Định, nói: "Chúng tôi trân trọng những lần lãnh đạo Thành phố đến thăm, đó là dịp để Giáo hội và chính quyền hiểu nhau hơn".
Thu Hương
Bài viết liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo cuối năm 2018 (14/12/2018)
- Quận 3 trao 300 phần quà Giáng sinh cho hộ nghèo (12/12/2018)
""", "2018-12-21", "Lãnh đạo Thành phố thăm, chúc mừng Giáng sinh Tòa Tổng Giám mục và Hội thánh Tin Lành",
E("khac", None, "2018-12-20"),
[P("Nguyễn Thị Thu Cúc", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Phạm Minh Trang", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam Thành phố"),
 P("Nguyễn Văn Minh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Giuse Trịnh Văn Khôi", "Tổng Giám mục"),
 P("Phan Vĩnh Thạnh", "Mục sư", "Hội trưởng Tổng Liên hội"),
 P("Lưu Văn Hòa", "Mục sư", "Phó Tổng Thư ký Tổng Liên hội"),
 P("Antôn Đỗ Minh Tâm", "Linh mục", "Chánh xứ Tân Định")],
[Q("khoảng 700.000 giáo dân", 700000, "giáo dân", "approx"), Q("203 giáo xứ", 203, "giáo xứ"),
 Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"), Q("2.300 suất học bổng", 2300, "suất học bổng"),
 Q("8,3%", 8.3, "%"), Q("6.100 USD", 6100, "USD"), Q("1.100 hội thánh và chi hội", 1100, "hội thánh và chi hội"),
 Q("2 lớp đào tạo mục sư", 2, "lớp đào tạo mục sư"), Q("96 học viên", 96, "học viên"), Q("12 tôn giáo", 12, "tôn giáo"),
 Q("khoảng 100.000 tín đồ Tin Lành", 100000, "tín đồ Tin Lành", "approx"), Q("11 hệ phái", 11, "hệ phái")],
[D("Chỉ thị", "19", "CT/TU", "2018-08-03", "Thành ủy", "Chỉ thị số 19-CT/TU ngày 3/8/2018")],
[prov("Hồ Chí Minh"), com("Bến Nghé")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ > Tin hoạt động > Tôn giáo",
 "Đồng chí Nguyễn Thị Thu Cúc (thứ ba từ trái sang) chúc mừng Tòa Tổng Giám mục. Ảnh: Thu Hương", "Nhà thờ Đức Bà",
 "Người dân Thành phố Hồ Chí Minh rèn luyện tác phong, nâng cao ý thức, xây dựng nếp sống văn minh đô thị",
 "Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam)"],
["21/12/2018 - 10:15", "Lễ Giáng sinh năm 2018", "thứ ba từ trái sang", "từ ngày 18 đến 24/12"]))

PAGES.append(page("b8896-bariavungtau-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU
Vị trí: Trang chủ > Tin tức > Dân tộc - Tôn giáo
12/12/2019 - 14:30
Chủ động nắm tình hình, bảo đảm Giáng sinh an lành trong các giáo xứ
Ngày 11/12, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận khối Dân tộc - Tôn giáo quý IV năm 2019. Đồng chí Trần Thị Bảy, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì giao ban.
Tham dự có lãnh đạo Ban Tôn giáo tỉnh, Công an tỉnh, Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Trưởng Ban Dân vận huyện ủy: Nguyễn Văn Lực (Xuyên Mộc), Phạm Thị Kim Oanh (Châu Đức), Đặng Quốc Hưng (Long Điền).
Theo báo cáo, trong quý IV, tình hình các tôn giáo trên địa bàn tỉnh Bà Rịa - Vũng Tàu cơ bản ổn định. Toàn tỉnh có hơn 250.000 giáo dân thuộc Giáo phận Bà Rịa, sinh hoạt tại 94 giáo xứ; khoảng 12.000 tín đồ Tin Lành thuộc 9 hệ phái. Các giáo xứ đang chuẩn bị mừng Lễ Giáng sinh 2019 với 16 chương trình văn nghệ, hang đá lớn ở các xã Bình Giã, Phước Tỉnh và phường Long Toàn. Trong quý phát sinh 3 vụ việc tranh chấp đất đai liên quan đến cơ sở tôn giáo, đã hòa giải thành 2 vụ.
Công tác vận động chức sắc, chức việc được quan tâm; Ủy ban MTTQ các cấp đã tổ chức 28 cuộc tiếp xúc với linh mục, mục sư. Thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư và Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về vận động đồng bào Công giáo tham gia phát triển kinh tế biển, trong năm các giáo xứ đã đóng góp hơn 18,6 tỷ đồng cho các công trình dân sinh; 96,5% gia đình Công giáo đạt gia đình văn hóa.
Tại giao ban, đồng chí Phạm Thị Kim Oanh, HUV, Trưởng Ban Dân vận Huyện ủy Châu Đức, phản ánh tại xã Bình Giã còn 2 điểm nhóm Tin Lành chưa đăng ký sinh hoạt. Đại diện Ban Tôn giáo tỉnh, ông Lê Minh Trí - Phó Trưởng ban, cho biết sẽ hướng dẫn điểm nhóm hoàn thiện hồ sơ theo Nghị định 162/2017/NĐ-CP.
Kết luận giao ban, đồng chí Trần Thị Bảy đề nghị các địa phương thực hiện tốt Kế hoạch số 08-KH/BDVTU ngày 25/11/2019 của Ban Dân vận Tỉnh ủy về thăm, chúc mừng các cơ sở tôn giáo dịp Giáng sinh 2019 và Tết Canh Tý 2020. Theo kế hoạch, khối dân vận các cấp sẽ thăm, chúc mừng 112 cơ sở tôn giáo với kinh phí khoảng 340 triệu đồng; mỗi cơ sở được tặng lẵng hoa và quà trị giá 3 triệu đồng. Các lực lượng chủ động bảo đảm an ninh trật tự, an toàn giao thông tại các nhà thờ đêm 24/12.
Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy cũng lưu ý các huyện quan tâm 5 giáo xứ ven biển có đông ngư dân, không để kẻ xấu lợi dụng các vấn đề biển, đảo để kích động.
P.V
Tin cùng chuyên mục
- Xuyên Mộc: đối thoại với đồng bào Tin Lành (05/12/2019)
- Hội nghị người có uy tín tiêu biểu năm 2019 (28/11/2019)
- Ban Dân vận Tỉnh ủy giao ban quý III (25/09/2019)
""", "2019-12-12", "Chủ động nắm tình hình, bảo đảm Giáng sinh an lành trong các giáo xứ",
E("giao_ban", "2019-Q4", "2019-12-11"),
[P("Trần Thị Bảy", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lực", "Trưởng Ban Dân vận huyện ủy"),
 P("Phạm Thị Kim Oanh", "Trưởng Ban Dân vận huyện ủy", "HUV", "Trưởng Ban Dân vận Huyện ủy Châu Đức"),
 P("Đặng Quốc Hưng", "Trưởng Ban Dân vận huyện ủy"),
 P("Lê Minh Trí", "Phó Trưởng ban")],
[Q("hơn 250.000 giáo dân", 250000, "giáo dân", "over"), Q("94 giáo xứ", 94, "giáo xứ"),
 Q("khoảng 12.000 tín đồ Tin Lành", 12000, "tín đồ Tin Lành", "approx"), Q("9 hệ phái", 9, "hệ phái"),
 Q("16 chương trình văn nghệ", 16, "chương trình văn nghệ"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai"),
 Q("2 vụ", 2, "vụ"), Q("28 cuộc tiếp xúc", 28, "cuộc tiếp xúc"), Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"),
 Q("96,5%", 96.5, "%"), Q("2 điểm nhóm Tin Lành", 2, "điểm nhóm Tin Lành"), Q("112 cơ sở tôn giáo", 112, "cơ sở tôn giáo"),
 Q("khoảng 340 triệu đồng", 340000000, "đồng", "approx"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("5 giáo xứ ven biển", 5, "giáo xứ ven biển")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "08", "KH/BDVTU", "2019-11-25", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 08-KH/BDVTU ngày 25/11/2019")],
[prov("Bà Rịa - Vũng Tàu"), com("Bình Giã"), com("Phước Tỉnh"), com("Long Toàn")],
["BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Vị trí: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Giáo phận Bà Rịa", "P.V"],
["12/12/2019 - 14:30", "quý IV năm 2019", "Lễ Giáng sinh 2019", "Tết Canh Tý 2020", "đêm 24/12"]))
