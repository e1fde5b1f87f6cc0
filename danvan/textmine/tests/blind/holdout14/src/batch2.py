from lib import *
PAGES = []

PAGES.append(page("b299-quangngai-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Trang chủ > Hoạt động > Tin Ban Dân vận
Cập nhật lúc 16:20 12/10/2017
Học tập, nhân rộng điển hình "Dân vận khéo" vùng đồng bào Hrê, Cor
Ngày 10/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2017 với sự tham dự của 150 đại biểu tại 14 điểm cầu huyện, thành phố.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Hội nghị do đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phạm Văn Tường chủ trì. Dự hội nghị có các đồng chí Đinh Thị Rê, Đinh Văn Lết - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Quang Thịnh, Phó Trưởng Ban Nội chính Tỉnh ủy.
Thực hiện Kết luận 114-KL/TW của Ban Bí thư và Kế hoạch số 71-KH/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã xây dựng 1.268 mô hình "Dân vận khéo", trong đó 407 mô hình ở vùng đồng bào dân tộc thiểu số. Nhân dân đã hiến 52.300 m2 đất, đóng góp 27,4 tỷ đồng làm đường giao thông nông thôn.
Ông Đinh Văn Miếc, người có uy tín thôn Gò Ghềnh, xã Sơn Liên, chia sẻ cách vận động 31 hộ người Cor tháo dỡ chuồng trâu dưới gầm nhà sàn. Bà Hồ Thị Lành, Chủ tịch Hội LHPN xã Trà Xinh, kể việc vận động chị em người Cor vay vốn nuôi bò.
Hội nghị đã tặng giấy khen cho 25 tập thể và 40 cá nhân, kèm tiền thưởng 800.000 đồng/người. Có 6 đồng chí là bí thư chi bộ thôn được nêu gương.
Đồng chí Phạm Văn Tường đề nghị các cấp ủy tiếp tục thực hiện tốt phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", đưa phong trào đi vào chiều sâu, tránh hình thức, chạy theo số lượng. Các huyện miền núi của tỉnh Quảng Ngãi cần chú trọng phát hiện, bồi dưỡng điển hình là người đồng bào.
Hoài Nam
Lượt xem: 1.533
Tin liên quan
- Giao ban công tác dân vận quý III năm 2017
""", "2017-10-12", "Học tập, nhân rộng điển hình \"Dân vận khéo\" vùng đồng bào Hrê, Cor",
E("hoi_nghi", "2017", "2017-10-10"),
[P("Phạm Văn Tường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Rê", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Đinh Văn Lết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Thịnh", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Đinh Văn Miếc", "người có uy tín thôn Gò Ghềnh"),
 P("Hồ Thị Lành", "Chủ tịch Hội LHPN xã Trà Xinh")],
[Q("150 đại biểu", 150, "đại biểu"), Q("14 điểm cầu", 14, "điểm cầu"), Q("1.268 mô hình", 1268, "mô hình"),
 Q("407 mô hình", 407, "mô hình"), Q("52.300 m2", 52300, "m2"), Q("27,4 tỷ đồng", 27400000000, "đồng"),
 Q("31 hộ", 31, "hộ"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"),
 Q("800.000 đồng/người", 800000, "đồng"), Q("6 đồng chí", 6, "đồng chí")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "71", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 71-KH/TU")],
[prov("Quảng Ngãi"), com("Sơn Liên"), com("Trà Xinh")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ > Hoạt động > Tin Ban Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "thôn Gò Ghềnh", "Lượt xem: 1.533"],
["6 đồng chí", "năm 2017", "Ngày 10/10", "Lượt xem: 1.533"]))

PAGES.append(page("b300-angiang-xa-giaoban-2018", """
ĐẢNG ỦY - HĐND - UBND XÃ VĨNH TRUNG
Huyện Tịnh Biên - Tỉnh An Giang
Trang chủ / Tin tức - Sự kiện
06/06/2018 - 14:30
Khối dân vận xã giao ban tháng 5
Sáng 4/6, Khối dân vận xã Vĩnh Trung tổ chức giao ban đánh giá công tác dân vận tháng 5 năm 2018 và triển khai nhiệm vụ tháng 6.
Ông Chau Sóc Khonl (bìa trái) phát biểu tại buổi giao ban.
Chủ trì buổi giao ban có ông Chau Sóc Khonl, ĐUV, Trưởng khối Dân vận xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có ông Nguyễn Văn Hai, Phó Bí thư Thường trực Đảng ủy xã; bà Néang Sa Vênh, Chủ tịch Hội LHPN xã; ông Lê Văn Tám, Chủ tịch Hội CCB xã.
Trong tháng, các đoàn thể đã phối hợp hòa giải thành 3/4 vụ tranh chấp đất ruộng; vận động 12 hộ hiến 640 m2 đất mở rộng đường liên ấp; hỗ trợ 2 căn nhà Đại đoàn kết cho hộ người Khmer nghèo, mỗi căn 40 triệu đồng. Hội LHPN xã vận động 18 chị em tham gia tổ tiết kiệm, góp 250.000đ mỗi tháng.
Thực hiện Chỉ thị 04, 05-CT/ĐU của Đảng ủy xã, khối dân vận đã tổ chức 9 buổi tuyên truyền tại các ấp, phum sóc về phòng chống ma túy và cờ bạc, thu hút 860 lượt người.
Ông Chau Sóc Khonl đề nghị tháng 6 tập trung vận động bà con thực hiện phong trào "Ngày Chủ nhật xanh", gắn với giữ gìn vệ sinh môi trường quanh chùa, trường học. Các ấp cần kịp thời nắm tình hình, nhất là trong mùa thu hoạch lúa.
Đánh giá chung, các đoàn thể xã đã bám sát kế hoạch, chủ động nắm tình hình trong nhân dân, nhất là ở các phum sóc đồng bào Khmer; việc phối hợp với Ban quản trị chùa trong tuyên truyền được duy trì tốt. Tuy vậy, một số ấp báo cáo còn chậm, cần khắc phục ngay trong tháng tới.
Văn phòng Đảng ủy xã
Lượt xem: 412
Tin khác
- Xã Vĩnh Trung ra mắt tổ hòa giải ấp Sóc Tức
""", "2018-06-06", "Khối dân vận xã giao ban tháng 5",
E("giao_ban", "2018-05", "2018-06-04"),
[P("Chau Sóc Khonl", "ĐUV", "Trưởng khối Dân vận xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Hai", "Phó Bí thư Thường trực Đảng ủy xã"), P("Néang Sa Vênh", "Chủ tịch Hội LHPN xã"),
 P("Lê Văn Tám", "Chủ tịch Hội CCB xã")],
[Q("3/4 vụ tranh chấp đất ruộng", 3, "vụ tranh chấp đất ruộng"), Q("3/4 vụ tranh chấp đất ruộng", 4, "vụ tranh chấp đất ruộng"),
 Q("12 hộ", 12, "hộ"), Q("640 m2", 640, "m2"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("18 chị em", 18, "chị em"), Q("250.000đ", 250000, "đồng"),
 Q("9 buổi tuyên truyền", 9, "buổi tuyên truyền"), Q("860 lượt người", 860, "lượt người")],
[D("Chỉ thị", "04", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 04, 05-CT/ĐU"),
 D("Chỉ thị", "05", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 04, 05-CT/ĐU")],
[prov("An Giang"), com("Vĩnh Trung")],
["ĐẢNG ỦY - HĐND - UBND XÃ VĨNH TRUNG", "Huyện Tịnh Biên - Tỉnh An Giang", "Trang chủ / Tin tức - Sự kiện",
 "Ông Chau Sóc Khonl (bìa trái) phát biểu tại buổi giao ban.", "Ngày Chủ nhật xanh", "Văn phòng Đảng ủy xã", "Lượt xem: 412"],
["tháng 5 năm 2018", "tháng 6", "Lượt xem: 412", "Sáng 4/6"]))

PAGES.append(page("b301-phuyen-bao-chandung-2019", """
BÁO PHÚ YÊN ĐIỆN TỬ
Thứ Sáu, 22/11/2019
Trang chủ » Xã hội » Gương sáng
Thứ Tư, 20/11/2019 - 09:10
Già làng Ma Nhí và con đường 2,8 km
(BPY) - Hơn 70 tuổi, già làng Ma Nhí ở buôn Suối Mây vẫn cùng bà con mở đường, vận động từng hộ hiến đất để con đường bê tông dài 2,8 km về tới buôn.
Già làng Ma Nhí (giữa) cùng cán bộ xã kiểm tra con đường 2,8 km.
Ông Ma Nhí, người Chăm H'roi, là già làng buôn Suối Mây, xã Phú Mỡ, đồng thời là Trưởng ban công tác Mặt trận buôn. Năm 2018, ông được bà con tín nhiệm bầu làm Tổ trưởng tổ hòa giải buôn.
Để có con đường 2,8 km, ông đã đến từng nhà vận động 34 hộ hiến gần 4.100 m2 đất vườn, góp 1.260 ngày công. Nhà nước hỗ trợ xi măng, nhân dân tự lo cát, đá, tổng kinh phí khoảng 1 tỷ 870 triệu đồng.
Ông Lê Văn Quý, Chủ tịch UBND xã Phú Mỡ, cho biết: "Nhờ già Ma Nhí mà công trình xong sớm 4 tháng". Bà Kpă Hờ Nhung, Chủ tịch Hội LHPN xã, kể chính ông cũng vận động chị em trong buôn đưa con đến trường đúng tuổi.
Với những đóng góp đó, ông được Chủ tịch UBND tỉnh Phú Yên tặng Bằng khen theo Quyết định số 2316/QĐ-UBND ngày 14/10/2019. Ông cũng là hạt nhân của phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" ở địa phương.
Nói về dự định sắp tới, già Ma Nhí chỉ mong bà con giữ đường sạch, trồng thêm cây keo, cây điều để con cháu có cái ăn, cái mặc. Ông vẫn ngày ngày đi bộ quanh buôn, nhắc nhở từng nhà giữ vệ sinh, không thả bò ra đường.
Bà con trong buôn gọi ông là người giữ lửa.
Bài, ảnh: Ngọc Hân
Lượt đọc: 3.076
Tin khác
- Người có uy tín ở Sông Hinh giúp dân thoát nghèo
""", "2019-11-20", "Già làng Ma Nhí và con đường 2,8 km",
E(None, None, None),
[P("Ma Nhí", "già làng buôn Suối Mây", "Trưởng ban công tác Mặt trận buôn", "Tổ trưởng tổ hòa giải buôn"),
 P("Lê Văn Quý", "Chủ tịch UBND xã Phú Mỡ"), P("Kpă Hờ Nhung", "Chủ tịch Hội LHPN xã")],
[Q("2,8 km", 2.8, "km"), Q("34 hộ", 34, "hộ"), Q("gần 4.100 m2", 4100, "m2", "approx"), Q("1.260 ngày công", 1260, "ngày công"),
 Q("khoảng 1 tỷ 870 triệu đồng", 1870000000, "đồng", "approx")],
[D("Quyết định", "2316", "QĐ-UBND", "2019-10-14", "Chủ tịch UBND tỉnh Phú Yên", "Quyết định số 2316/QĐ-UBND")],
[prov("Phú Yên"), com("Phú Mỡ")],
["BÁO PHÚ YÊN ĐIỆN TỬ", "Trang chủ » Xã hội » Gương sáng", "Già làng Ma Nhí (giữa) cùng cán bộ xã kiểm tra con đường 2,8 km.",
 "buôn Suối Mây", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt đọc: 3.076"],
["Thứ Sáu, 22/11/2019", "Hơn 70 tuổi", "sớm 4 tháng", "Năm 2018", "Lượt đọc: 3.076"]))

PAGES.append(page("b302-kontum-hnd-tongket-2020", """
HỘI NÔNG DÂN TỈNH KON TUM
Trang thông tin điện tử
Trang chủ > Tin tức > Hoạt động Hội
17:05, 18/12/2020
Nông dân Kon Tum đóng góp 14.600 ngày công xây dựng nông thôn mới
Sáng 16/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2020, triển khai phương hướng năm 2021.
Toàn cảnh hội nghị.
Dự hội nghị có đồng chí Y Ba, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí A Pớt, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam... Đồng chí Nguyễn Thị Hương Giang, Chủ tịch Hội Nông dân tỉnh chủ trì; các đồng chí A Thoong, Y Niêm - Phó Chủ tịch Hội Nông dân tỉnh cùng điều hành.
Năm 2020, các cấp Hội đã vận động hội viên đóng góp 14.600 ngày công, hiến 21.500 m2 đất; 8.342 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân toàn tỉnh đạt 18,65 tỷ đồng, cho 612 hộ vay. Hội đã phối hợp Ngân hàng Chính sách xã hội giải ngân 374,2 tỷ đồng qua 215 tổ tiết kiệm và vay vốn.
Thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, Hội đã dạy nghề cho 1.180 lao động nông thôn; xây dựng 28 tổ hợp tác trồng sâm, cà phê.
Hội nghị tặng Bằng khen cho 11 tập thể, 19 cá nhân; riêng anh Y Đoan, hội viên thôn Kon Klor, xã Đăk Rơ Wa, được khen vì trồng 6 ha cà phê xen mắc ca cho thu nhập 620 triệu/năm.
Năm 2021, Hội đặt mục tiêu phát triển thêm 1.500 hội viên, giữ vững phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Thanh Tuyền
Lượt xem: 1.958
Tin liên quan
- Hội Nông dân huyện Đăk Hà sơ kết 6 tháng đầu năm 2020
""", "2020-12-18", "Nông dân Kon Tum đóng góp 14.600 ngày công xây dựng nông thôn mới",
E("tong_ket", "2020", "2020-12-16"),
[P("Y Ba", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("A Pớt", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Nguyễn Thị Hương Giang", "Chủ tịch Hội Nông dân tỉnh"), P("A Thoong", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Y Niêm", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Y Đoan", "hội viên thôn Kon Klor")],
[Q("14.600 ngày công", 14600, "ngày công"), Q("21.500 m2", 21500, "m2"), Q("8.342 hộ", 8342, "hộ"),
 Q("18,65 tỷ đồng", 18650000000, "đồng"), Q("612 hộ", 612, "hộ"), Q("374,2 tỷ đồng", 374200000000, "đồng"),
 Q("215 tổ tiết kiệm và vay vốn", 215, "tổ tiết kiệm và vay vốn"), Q("1.180 lao động nông thôn", 1180, "lao động nông thôn"),
 Q("28 tổ hợp tác", 28, "tổ hợp tác"), Q("11 tập thể", 11, "tập thể"), Q("19 cá nhân", 19, "cá nhân"), Q("6 ha", 6, "ha"),
 Q("620 triệu/năm", 620000000, "đồng"), Q("1.500 hội viên", 1500, "hội viên")],
[D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["HỘI NÔNG DÂN TỈNH KON TUM", "Trang thông tin điện tử", "Trang chủ > Tin tức > Hoạt động Hội", "Toàn cảnh hội nghị.",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "thôn Kon Klor", "Lượt xem: 1.958"],
["năm 2020", "năm 2021", "Năm 2021", "Sáng 16/12", "Lượt xem: 1.958"]))
