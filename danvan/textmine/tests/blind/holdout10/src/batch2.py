from lib import *

PAGES = []

# b203 — Sóc Trăng, Hội CCB, bàn giao nhà (Khmer), date "Thứ Năm, 27/07/2017 | 14:30"
PAGES.append(page("b203-soctrang-ccb-traoqua-2017", """
HỘI CỰU CHIẾN BINH TỈNH SÓC TRĂNG
Trang chủ >> Tin tức >> Hoạt động Hội
Thứ Năm, 27/07/2017 | 14:30
Bàn giao 18 căn nhà "Nghĩa tình đồng đội" cho hội viên người Khmer
Ngày 25/7, nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ, Hội Cựu chiến binh tỉnh Sóc Trăng bàn giao 18 căn nhà "Nghĩa tình đồng đội" cho hội viên nghèo ở thị xã Vĩnh Châu và huyện Trần Đề.
Lễ bàn giao 18 căn nhà "Nghĩa tình đồng đội" tại xã Lai Hòa.
Đến dự có Đại tá Lâm Văn Hoàng, Chủ tịch Hội CCB tỉnh; các ông Thạch Sà Quynh, Lý Chanh Đa, Trần Minh Luân - Phó Chủ tịch Hội CCB tỉnh; ông Lê Văn Tấn, Phó Chủ tịch UBND tỉnh.
Mỗi căn nhà có diện tích 48 m2, trị giá 45 triệu đồng, trong đó Hội hỗ trợ 32.000.000 đồng, gia đình và dòng họ góp phần còn lại. Tổng kinh phí xây 18 căn là 810 triệu đồng, do 42 đồng chí hội viên trực tiếp góp 1.260 ngày công.
Ông Thạch Sà Quynh cho biết, từ năm 2012 đến nay phong trào "CCB giúp nhau giảm nghèo" đã giúp 2.314 hộ hội viên thoát nghèo, hiện chỉ còn 3,1% hộ CCB nghèo. Toàn tỉnh có 96 mô hình kinh tế của CCB cho thu nhập từ 300 đến 500 triệu đồng/năm.
Nhận chìa khóa nhà mới, ông Sơn Kha, hội viên CCB ấp Prey Chóp, xã Lai Hòa rưng rưng: "Mấy chục năm ở nhà lá, giờ có nhà tường, tôi không biết nói gì hơn ngoài cảm ơn đồng đội".
Đại tá Lâm Văn Hoàng trao quyết định hỗ trợ cho hội viên.
Dịp này, Hội trao thêm 150 suất quà, mỗi suất 500.000 đồng cho hội viên là thương binh, gia đình liệt sĩ. Ông Danh Phước, 78 tuổi, ở xã Vĩnh Hải, là một trong 150 người nhận quà.
Ông Lê Văn Tấn đề nghị các cấp Hội tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", làm nòng cốt trong giữ gìn an ninh trật tự ở phum, sóc.
Kim Tuyền
Lượt xem: 1.118
Tin cùng chuyên mục
- Hội CCB Mỹ Xuyên ra mắt tổ hợp tác nuôi tôm
- Trao 10 căn nhà "Đồng đội" ở Ngã Năm
- Cựu chiến binh Khmer giữ gìn an ninh phum, sóc
""", "2017-07-27", "Bàn giao 18 căn nhà \"Nghĩa tình đồng đội\" cho hội viên người Khmer",
    E("trao_qua", None, "2017-07-25"),
    [P("Lâm Văn Hoàng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Thạch Sà Quynh", "Phó Chủ tịch Hội CCB tỉnh"), P("Lý Chanh Đa", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Trần Minh Luân", "Phó Chủ tịch Hội CCB tỉnh"), P("Lê Văn Tấn", "Phó Chủ tịch UBND tỉnh"),
     P("Sơn Kha", "hội viên CCB ấp Prey Chóp"), P("Danh Phước")],
    [Q("18 căn nhà \"Nghĩa tình đồng đội\"", 18, "căn nhà \"Nghĩa tình đồng đội\""),
     Q("48 m2", 48, "m2"), Q("45 triệu đồng", 45000000, "đồng"), Q("32.000.000 đồng", 32000000, "đồng"),
     Q("810 triệu đồng", 810000000, "đồng"), Q("42 đồng chí", 42, "đồng chí"),
     Q("1.260 ngày công", 1260, "ngày công"), Q("2.314 hộ", 2314, "hộ"), Q("3,1%", 3.1, "%"),
     Q("96 mô hình", 96, "mô hình"), Q("300 đến 500 triệu đồng/năm", 300000000, "đồng"),
     Q("500 triệu đồng/năm", 500000000, "đồng"), Q("150 suất quà", 150, "suất quà"),
     Q("500.000 đồng", 500000, "đồng")],
    [],
    [prov("Sóc Trăng"), com("Lai Hòa"), com("Vĩnh Hải")],
    ["HỘI CỰU CHIẾN BINH TỈNH SÓC TRĂNG", "Trang chủ >> Tin tức >> Hoạt động Hội",
     "Lễ bàn giao 18 căn nhà \"Nghĩa tình đồng đội\" tại xã Lai Hòa.",
     "Đại tá Lâm Văn Hoàng trao quyết định hỗ trợ cho hội viên.", "CCB giúp nhau giảm nghèo", "Bộ đội Cụ Hồ",
     "thị xã Vĩnh Châu", "Lượt xem: 1.118"],
    ["42 đồng chí", "70 năm", "78 tuổi", "Lượt xem: 1.118", "từ năm 2012"]))

# b204 — Sơn La, newspaper portrait (Thái), no event, header date before article date
PAGES.append(page("b204-sonla-bao-chandung-2018", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Thứ Tư, 24/10/2018
Trang chủ / Xã hội / Gương sáng
Cập nhật lúc 08:05 16/10/2018
Người phụ nữ Thái giữ lửa ở bản Phiêng Ngùa
Hơn 20 năm làm Chi hội trưởng phụ nữ, bà Lò Thị Ương ở bản Phiêng Ngùa, xã Chiềng Pằn, huyện Yên Châu, tỉnh Sơn La đã vận động 64 hộ trong bản bỏ tục thách cưới, cùng nhau trồng 27 ha xoài.
Bà Lò Thị Ương (thứ hai từ trái) hướng dẫn chị em chăm sóc xoài.
Bản Phiêng Ngùa có 112 hộ, 96% là người Thái. Năm 2005, khi bà Ương nhận việc, bản có tới 41 hộ nghèo. "Mình phải làm trước, chị em thấy có thu nhập thì sẽ theo", bà nói. Gia đình bà là hộ đầu tiên chuyển 1,2 ha đất ngô sang trồng xoài ghép, mỗi năm thu hơn 180 triệu đồng.
Bà còn đứng ra thành lập tổ phụ nữ tiết kiệm với 35 thành viên, mỗi tháng góp 100 nghìn đồng cho nhau vay không lãi. Đến nay bản chỉ còn 5 hộ nghèo.
Ông Cầm Văn Khiêm, Bí thư Chi bộ bản Phiêng Ngùa, nhận xét: "Chị em trong bản nghe bà Ương như nghe người nhà". Chị Quàng Thị Pọm, Chủ tịch Hội LHPN xã Chiềng Pằn cho biết, năm 2017 bà được Trung ương Hội LHPN Việt Nam tặng Bằng khen.
Bà Ương cùng các hội viên trong buổi sinh hoạt chi hội.
Năm 2018, bà tiếp tục vận động 18 hộ làm nhà tiêu hợp vệ sinh và cùng Đoàn Thanh niên xã làm 1,5 km đường bê tông vào bản. Ước mơ của bà là Phiêng Ngùa sớm đạt chuẩn bản văn hóa, để con cháu không phải rời bản đi làm thuê xa.
Bài, ảnh: Hoàng Nga
Lượt xem: 2.071
Tin liên quan
- Mường La: phụ nữ vùng cao thoát nghèo
- Chiềng Pằn xây dựng nông thôn mới
- Người có uy tín bản Nà Cài
""", "2018-10-16", "Người phụ nữ Thái giữ lửa ở bản Phiêng Ngùa",
    E(None, None, None),
    [P("Lò Thị Ương", "Chi hội trưởng phụ nữ"), P("Cầm Văn Khiêm", "Bí thư Chi bộ bản Phiêng Ngùa"),
     P("Quàng Thị Pọm", "Chủ tịch Hội LHPN xã Chiềng Pằn")],
    [Q("64 hộ", 64, "hộ"), Q("27 ha", 27, "ha"), Q("112 hộ", 112, "hộ"), Q("96%", 96, "%"),
     Q("41 hộ nghèo", 41, "hộ nghèo"), Q("1,2 ha", 1.2, "ha"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"),
     Q("35 thành viên", 35, "thành viên"), Q("100 nghìn đồng", 100000, "đồng"), Q("5 hộ nghèo", 5, "hộ nghèo"),
     Q("18 hộ", 18, "hộ"), Q("1,5 km", 1.5, "km")],
    [],
    [prov("Sơn La"), com("Chiềng Pằn")],
    ["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Trang chủ / Xã hội / Gương sáng",
     "Bà Lò Thị Ương (thứ hai từ trái) hướng dẫn chị em chăm sóc xoài.",
     "Bà Ương cùng các hội viên trong buổi sinh hoạt chi hội.", "Phiêng Ngùa", "huyện Yên Châu",
     "Bằng khen", "Lượt xem: 2.071"],
    ["Thứ Tư, 24/10/2018", "Hơn 20 năm", "Năm 2005", "Lượt xem: 2.071", "(thứ hai từ trái)"]))

# b205 — Yên Bái, commune site Chế Cu Nha, giao ban tháng 9 (held 1/10), ĐUV, "Chỉ thị 14, 15 của Đảng ủy xã"
PAGES.append(page("b205-yenbai-xa-giaoban-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHẾ CU NHA
Huyện Mù Cang Chải - Tỉnh Yên Bái
Trang chủ | Tin tức sự kiện | Hoạt động của Đảng ủy
Đăng ngày: 02/10/2019 | 09:30
Chế Cu Nha: 9 thôn cam kết không tảo hôn
Sáng 1/10, Đảng ủy xã Chế Cu Nha tổ chức giao ban công tác dân vận và Mặt trận, đoàn thể tháng 9 năm 2019, đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở.
Đồng chí Giàng A Sình phát biểu tại buổi giao ban.
Dự giao ban có đồng chí Giàng A Sình, Bí thư Đảng ủy xã; đồng chí Phó Bí thư Đảng ủy - Chủ tịch UBND xã Hờ A Chu; các trưởng thôn: Sùng A Vàng, Lý A Tủa, Vừ Thị Dua và các đồng chí ĐUV phụ trách thôn.
Đồng chí Thào Thị Mỷ, ĐUV, Chủ tịch Ủy ban MTTQ xã báo cáo: trong tháng, xã tiếp tục thực hiện Chỉ thị 14, 15 của Đảng ủy xã về phòng chống tảo hôn và bảo vệ rừng. Cả 9 thôn đã ký cam kết không tảo hôn, 1.046 hộ cam kết bảo vệ 3.920 ha rừng. Đoàn Thanh niên và Hội Phụ nữ tổ chức 14 buổi tuyên truyền với 870 lượt người nghe.
Trong tháng 9, nhân dân góp 640 ngày công sửa 4,5 km đường liên thôn; 26 hộ nghèo được hỗ trợ 52 con lợn giống, trị giá 78 triệu đồng từ nguồn vốn Chương trình 135. Xã phấn đấu thực hiện tốt phương châm "4 tại chỗ" trong mùa mưa lũ.
Già làng Mùa A Lử, thôn Háng Cuổn Rùa đề nghị xã sớm làm lại cầu treo bị lũ cuốn trôi.
Các trưởng thôn trao đổi tại buổi giao ban.
Kết luận, đồng chí Giàng A Sình giao UBND xã lập dự toán làm cầu treo, báo cáo huyện trong tháng 10.
Văn phòng Đảng ủy
Lượt truy cập: 15.803
Các tin đã đưa
- Giao ban tháng 8 năm 2019
- Chế Cu Nha ra quân trồng cây
""", "2019-10-02", "Chế Cu Nha: 9 thôn cam kết không tảo hôn",
    E("giao_ban", "2019-09", "2019-10-01"),
    [P("Giàng A Sình", "Bí thư Đảng ủy xã"), P("Hờ A Chu", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
     P("Sùng A Vàng", "trưởng thôn"), P("Lý A Tủa", "trưởng thôn"), P("Vừ Thị Dua", "trưởng thôn"),
     P("Thào Thị Mỷ", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"), P("Mùa A Lử", "Già làng")],
    [Q("9 thôn", 9, "thôn"), Q("1.046 hộ", 1046, "hộ"), Q("3.920 ha", 3920, "ha"),
     Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"), Q("870 lượt người", 870, "lượt người"),
     Q("640 ngày công", 640, "ngày công"), Q("4,5 km", 4.5, "km"), Q("26 hộ nghèo", 26, "hộ nghèo"),
     Q("52 con lợn giống", 52, "con lợn giống"), Q("78 triệu đồng", 78000000, "đồng")],
    [D("Chỉ thị", "14", None, issuer="Đảng ủy xã", surface="Chỉ thị 14, 15 của Đảng ủy xã"),
     D("Chỉ thị", "15", None, issuer="Đảng ủy xã", surface="Chỉ thị 14, 15 của Đảng ủy xã")],
    [prov("Yên Bái"), com("Chế Cu Nha")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHẾ CU NHA", "Huyện Mù Cang Chải - Tỉnh Yên Bái",
     "Trang chủ | Tin tức sự kiện | Hoạt động của Đảng ủy", "Đồng chí Giàng A Sình phát biểu tại buổi giao ban.",
     "Các trưởng thôn trao đổi tại buổi giao ban.", "Văn phòng Đảng ủy", "Chương trình 135", "Háng Cuổn Rùa"],
    ["tháng 9 năm 2019", "Trong tháng 9", "4 tại chỗ", "Chương trình 135", "tháng 10", "Lượt truy cập: 15.803"]))

# b206 — Kon Tum, MTTQ, hội nghị người có uy tín 2020 (Ba Na, Xơ Đăng), "Thứ Năm, 24/09/2020 - 16:05"
PAGES.append(page("b206-kontum-mttq-hoinghi-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ › Tin tức › Hoạt động Mặt trận
Thứ Năm, 24/09/2020 - 16:05
Gặp mặt 215 người có uy tín trong đồng bào dân tộc thiểu số
Ngày 23/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2020 với sự tham dự của 215 già làng, người có uy tín.
Toàn cảnh hội nghị gặp mặt người có uy tín năm 2020.
Chủ trì hội nghị có bà Y Rin, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông A Đam, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh. Dự hội nghị còn có ông A Kơ Nên, vừa được bổ nhiệm làm Phó Trưởng Ban Dân tộc tỉnh.
Năm qua, người có uy tín đã vận động đồng bào hiến 12,8 ha đất làm đường, tham gia hòa giải thành 47/52 vụ việc, tố giác 9 đối tượng buôn bán ma túy. Thực hiện Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã chi 1.075.000.000 đồng hỗ trợ người có uy tín, mỗi người nhận 600.000đ/quý.
Già làng A Hyưm, làng Kon Klor, phường Thắng Lợi, chia sẻ: "Làng tôi 6 năm liền không có người vi phạm pháp luật". Bà Y Bứa, người Xơ Đăng ở xã Đăk Na, kể đã thuyết phục 11 gia đình bỏ tục chôn chung.
Bà Y Rin tặng quà người có uy tín.
Dịp này, Ủy ban MTTQ tỉnh tặng Giấy khen cho 38 người có uy tín tiêu biểu và 215 suất quà, mỗi suất trị giá 400.000 đồng.
Bài và ảnh: Thanh Như
Lượt xem: 827
Tin liên quan
- Kon Plông đối thoại với người có uy tín
- MTTQ tỉnh giám sát chính sách dân tộc
- Đăk Hà: già làng giữ rừng
""", "2020-09-24", "Gặp mặt 215 người có uy tín trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2020", "2020-09-23"),
    [P("Y Rin", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("A Đam", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
     P("A Kơ Nên", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("A Hyưm", "Già làng"), P("Y Bứa")],
    [Q("215 người có uy tín", 215, "người có uy tín"), Q("12,8 ha", 12.8, "ha"),
     Q("47/52 vụ việc", 47, "vụ việc"), Q("52 vụ việc", 52, "vụ việc"), Q("9 đối tượng", 9, "đối tượng"),
     Q("1.075.000.000 đồng", 1075000000, "đồng"), Q("600.000đ/quý", 600000, "đồng"),
     Q("11 gia đình", 11, "gia đình"), Q("38 người có uy tín", 38, "người có uy tín"),
     Q("215 suất quà", 215, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
    [D("Quyết định", "12", "2018/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 12/2018/QĐ-TTg")],
    [prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Na")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ › Tin tức › Hoạt động Mặt trận",
     "Toàn cảnh hội nghị gặp mặt người có uy tín năm 2020.", "Bà Y Rin tặng quà người có uy tín.",
     "Kon Klor", "Giấy khen", "Lượt xem: 827"],
    ["6 năm", "Lượt xem: 827"]))

# b207 — Thanh Hóa, Ban Dân vận Tỉnh ủy, tổng kết 2021, điểm cầu; "29/12/2021 - 17:20"
PAGES.append(page("b207-thanhhoa-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
29/12/2021 - 17:20
Năm 2021: 2.846 mô hình "Dân vận khéo" được công nhận
Chiều 28/12, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2021 với 27 điểm cầu huyện, thị xã, thành phố, thu hút 1.350 đại biểu.
Đồng chí Lê Thị Thu Hường phát biểu tại điểm cầu tỉnh.
Chủ trì tại điểm cầu tỉnh có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Lê Thị Thu Hường; các đồng chí Phạm Văn Hải, Hà Văn Nguyệt, Cầm Bá Tuân - Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2021, các cấp triển khai Kết luận 43-KL/TW của Ban Bí thư và Đề án 05-ĐA/TU của Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền. Toàn tỉnh có 2.846 mô hình "Dân vận khéo" được công nhận, trong đó 611 mô hình ở vùng đồng bào Thái, Mường; nhân dân hiến 214.000 m2 đất, đóng góp 1.284 tỷ đồng xây dựng nông thôn mới. Trong phòng chống dịch Covid-19, các đoàn thể vận động được gần 46 tỷ đồng và 3.100 tấn hàng hóa.
Đồng chí Hà Văn Nguyệt cho biết, 98,6% khiếu nại được hòa giải thành ở cơ sở; có ít nhất 120 buổi đối thoại giữa người đứng đầu với nhân dân.
Phát biểu, ông Lò Văn Thiên, Bí thư Chi bộ bản Mười, xã Thanh Xuân, huyện Quan Sơn chia sẻ kinh nghiệm vận động 86 hộ di dời khỏi vùng sạt lở.
Các đại biểu dự hội nghị tại điểm cầu huyện Quan Sơn.
Hội nghị đã khen thưởng 32 tập thể, 45 cá nhân tiêu biểu; mỗi tập thể được thưởng 3,5 triệu đồng.
Quốc Hương
Lượt xem: 1.942
Tin khác
- Thường Xuân: dân vận khéo trong giải phóng mặt bằng
- Khối dân vận giao ban quý IV
""", "2021-12-29", "Năm 2021: 2.846 mô hình \"Dân vận khéo\" được công nhận",
    E("tong_ket", "2021", "2021-12-28"),
    [P("Lê Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Phạm Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hà Văn Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Cầm Bá Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lò Văn Thiên", "Bí thư Chi bộ bản Mười")],
    [Q("2.846 mô hình", 2846, "mô hình"), Q("27 điểm cầu", 27, "điểm cầu"), Q("1.350 đại biểu", 1350, "đại biểu"),
     Q("611 mô hình", 611, "mô hình"), Q("214.000 m2", 214000, "m2"), Q("1.284 tỷ đồng", 1284000000000, "đồng"),
     Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("3.100 tấn hàng hóa", 3100, "tấn hàng hóa"),
     Q("98,6%", 98.6, "%"), Q("ít nhất 120 buổi đối thoại", 120, "buổi đối thoại"), Q("86 hộ", 86, "hộ"),
     Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân"), Q("3,5 triệu đồng", 3500000, "đồng")],
    [D("Kết luận", "43", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 43-KL/TW"),
     D("Đề án", "05", "ĐA/TU", issuer="Tỉnh ủy", surface="Đề án 05-ĐA/TU")],
    [prov("Thanh Hóa"), com("Thanh Xuân")],
    ["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh", "Dân vận khéo",
     "Đồng chí Lê Thị Thu Hường phát biểu tại điểm cầu tỉnh.", "Các đại biểu dự hội nghị tại điểm cầu huyện Quan Sơn.",
     "huyện Quan Sơn", "Lượt xem: 1.942"],
    ["Covid-19", "Lượt xem: 1.942"]))

# b208 — Cao Bằng, Hội Nông dân, tập huấn 2022 (Tày, Nùng, Dao, Mông), "08:15 | 18/08/2022", lower-case "đề án"
PAGES.append(page("b208-caobang-hnd-taphuan-2022", """
HỘI NÔNG DÂN TỈNH CAO BẰNG
Bạn đang ở đây: Trang chủ » Tin tức » Hoạt động Hội
08:15 | 18/08/2022
Tập huấn chuyển đổi số cho 128 chi hội trưởng nông dân
Từ ngày 16 đến 17/8, Hội Nông dân tỉnh Cao Bằng tổ chức lớp tập huấn kỹ năng chuyển đổi số năm 2022 cho 128 chi hội trưởng nông dân ở các huyện Hà Quảng, Trùng Khánh và Bảo Lạc.
Học viên thực hành bán hàng trên sàn thương mại điện tử.
Khai mạc lớp học, bà Nông Thị Hoa, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh cho biết lớp tập huấn nằm trong đề án 08 "Nâng cao năng lực cán bộ Hội giai đoạn 2021 - 2025" và Kế hoạch 112-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Giảng viên là ThS. Hoàng Văn Khởi, Giám đốc Trung tâm Hỗ trợ nông dân tỉnh và kỹ sư Lương Thị Thúy, Trung tâm Khuyến nông tỉnh. Học viên được hướng dẫn mở gian hàng, quay video giới thiệu hạt dẻ Trùng Khánh, miến dong, lạp sườn hun khói.
Đến nay, toàn tỉnh có 1.860 hội viên bán hàng qua mạng, 214 sản phẩm được gắn mã QR, 23 sản phẩm đạt OCOP 3 sao. Doanh thu bán hàng trực tuyến của hội viên 6 tháng đạt khoảng 7,2 tỷ đồng.
Anh Lý Văn Chàn, người Dao, Chi hội trưởng nông dân xóm Khuổi Lòng, xã Ngọc Côn, cho biết mỗi tháng gia đình bán được 300 kg miến dong qua mạng. Chị Sùng Thị Mỉ, xã Cần Yên, lần đầu được học đăng bài bán hàng trên điện thoại.
Bà Nông Thị Hoa trao giấy chứng nhận cho học viên.
Kết thúc lớp, mỗi học viên được hỗ trợ 120.000đ/người/ngày; Hội trao 30 chiếc điện thoại thông minh cho chi hội trưởng vùng khó.
Mai Khanh
Lượt xem: 466
Tin liên quan
- Hội Nông dân Hòa An ra mắt hợp tác xã
- Cao Bằng: 300 nông dân dự hội thi
""", "2022-08-18", "Tập huấn chuyển đổi số cho 128 chi hội trưởng nông dân",
    E("tap_huan", "2022", "2022-08-16"),
    [P("Nông Thị Hoa", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
     P("Hoàng Văn Khởi", "ThS.", "Giám đốc Trung tâm Hỗ trợ nông dân tỉnh"),
     P("Lương Thị Thúy", "kỹ sư", "Trung tâm Khuyến nông tỉnh"),
     P("Lý Văn Chàn", "Chi hội trưởng nông dân xóm Khuổi Lòng"), P("Sùng Thị Mỉ")],
    [Q("128 chi hội trưởng", 128, "chi hội trưởng"), Q("1.860 hội viên", 1860, "hội viên"),
     Q("214 sản phẩm", 214, "sản phẩm"), Q("23 sản phẩm", 23, "sản phẩm"),
     Q("khoảng 7,2 tỷ đồng", 7200000000, "đồng", "approx"), Q("300 kg", 300, "kg"),
     Q("120.000đ/người/ngày", 120000, "đồng"), Q("30 chiếc điện thoại thông minh", 30, "chiếc điện thoại thông minh")],
    [D("Đề án", "08", None, surface="đề án 08"),
     D("Kế hoạch", "112", "KH/HNDT", issuer="Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 112-KH/HNDT")],
    [prov("Cao Bằng"), com("Ngọc Côn"), com("Cần Yên")],
    ["HỘI NÔNG DÂN TỈNH CAO BẰNG", "Bạn đang ở đây: Trang chủ » Tin tức » Hoạt động Hội",
     "Học viên thực hành bán hàng trên sàn thương mại điện tử.", "Bà Nông Thị Hoa trao giấy chứng nhận cho học viên.",
     "Nâng cao năng lực cán bộ Hội giai đoạn 2021 - 2025", "Khuổi Lòng", "Lượt xem: 466"],
    ["OCOP 3 sao", "6 tháng", "giai đoạn 2021 - 2025", "Lượt xem: 466"]))
