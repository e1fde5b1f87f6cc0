from lib import *
PAGES = []

PAGES.append(page("b4169-sonla-mttq-giamsat-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ | Giám sát và phản biện xã hội
Ngày 16/11/2022 | 09:15
Giám sát việc hỗ trợ hợp tác xã, chủ thể sản phẩm OCOP tại Mộc Châu, Vân Hồ
Thực hiện chương trình giám sát năm 2022, từ ngày 14 đến 15/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lò Thị Minh Hằng, Tỉnh ủy viên, Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ phát triển hợp tác xã và Chương trình OCOP tại huyện Mộc Châu, huyện Vân Hồ. Tham gia đoàn có đại diện Hội Nông dân, Hội LHPN tỉnh, Liên minh Hợp tác xã tỉnh Sơn La.
Đoàn giám sát làm việc tại hợp tác xã chè Tân Lập. Ảnh: Lường Thủy
Theo báo cáo, huyện Mộc Châu hiện có 94 hợp tác xã, trong đó 38 hợp tác xã có sản phẩm OCOP; toàn huyện có 61 sản phẩm OCOP, gồm 1 sản phẩm 5 sao, 17 sản phẩm 4 sao. Huyện Vân Hồ có 52 hợp tác xã, 23 sản phẩm OCOP; 4 bản làm du lịch cộng đồng với 46 homestay của đồng bào Thái, Mông, Dao. Năm 2022, hai huyện đã hỗ trợ trên 3,2 tỷ đồng cho các chủ thể xây dựng nhãn hiệu, bao bì; doanh thu của các hợp tác xã nông nghiệp đạt bình quân khoảng 2,8 tỷ đồng.
Tại xã Tân Lập, ông Hà Văn Cương, Giám đốc hợp tác xã chè Tân Lập, cho biết hợp tác xã có 112 thành viên, 3 sản phẩm chè đạt OCOP 4 sao, liên kết với 260 hộ trồng chè. Tại bản Hua Tạt, xã Vân Hồ, bà Vì Thị Thanh, chủ homestay, cùng các hộ Thào A Chu, Thào A Dê - thành viên tổ hợp tác du lịch cộng đồng bản Hua Tạt phản ánh việc chậm giải ngân nguồn vốn hỗ trợ theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Qua giám sát, đoàn nhận thấy: nhiều hợp tác xã quy mô nhỏ, 27% hợp tác xã hoạt động chưa hiệu quả; một số sản phẩm OCOP sau khi được chứng nhận chưa duy trì chất lượng, có 5 sản phẩm hết hạn chứng nhận chưa đánh giá lại; việc thực hiện Nghị quyết số 12/2021/NQ-HĐND ngày 10/8/2021 của HĐND tỉnh về chính sách hỗ trợ hợp tác xã còn chậm.
Kết luận giám sát, đồng chí Lò Thị Minh Hằng đề nghị UBND hai huyện chỉ đạo giải ngân dứt điểm nguồn vốn còn tồn đọng khoảng 1,4 tỷ đồng trước ngày 31/12/2022; Hội Nông dân, Hội LHPN tỉnh tiếp tục thực hiện Kế hoạch số 168-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết 20-NQ/TW về kinh tế tập thể, hỗ trợ thành lập mới ít nhất 10 hợp tác xã do hội viên làm chủ trong năm 2023.
Lường Thủy
Lượt xem: 733
Tin khác
- Mặt trận tỉnh phản biện dự thảo Nghị quyết về hỗ trợ nông nghiệp (08/11/2022)
- Mộc Châu: Lễ hội hoa ban gắn với du lịch cộng đồng (20/10/2022)
- Ra mắt mô hình "Khu dân cư tự quản" tại bản Phách (05/10/2022)
""", "2022-11-16", "Giám sát việc hỗ trợ hợp tác xã, chủ thể sản phẩm OCOP tại Mộc Châu, Vân Hồ",
E("giam_sat", "2022", "2022-11-14"),
[P("Lò Thị Minh Hằng", "Tỉnh ủy viên", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Cương", "Giám đốc hợp tác xã chè Tân Lập"),
 P("Vì Thị Thanh", "chủ homestay"),
 P("Thào A Chu", "thành viên tổ hợp tác du lịch cộng đồng bản Hua Tạt"), P("Thào A Dê", "thành viên tổ hợp tác du lịch cộng đồng bản Hua Tạt")],
[Q("94 hợp tác xã", 94, "hợp tác xã"), Q("38 hợp tác xã", 38, "hợp tác xã"), Q("61 sản phẩm OCOP", 61, "sản phẩm OCOP"),
 Q("1 sản phẩm 5 sao", 1, "sản phẩm"), Q("17 sản phẩm", 17, "sản phẩm"), Q("52 hợp tác xã", 52, "hợp tác xã"), Q("23 sản phẩm OCOP", 23, "sản phẩm OCOP"),
 Q("4 bản", 4, "bản"), Q("46 homestay", 46, "homestay"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("112 thành viên", 112, "thành viên"), Q("3 sản phẩm chè", 3, "sản phẩm chè"),
 Q("260 hộ", 260, "hộ"), Q("27%", 27, "%"), Q("5 sản phẩm", 5, "sản phẩm"), Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("ít nhất 10 hợp tác xã", 10, "hợp tác xã", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "12", "2021/NQ-HĐND", "2021-08-10", "HĐND tỉnh", "Nghị quyết số 12/2021/NQ-HĐND ngày 10/8/2021"),
 D("Kế hoạch", "168", "KH/TU", "2022-09-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 168-KH/TU ngày 05/9/2022"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW")],
[prov("Sơn La"), com("Tân Lập"), com("Vân Hồ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại hợp tác xã chè Tân Lập.", "Lượt xem: 733"],
["Ngày 16/11/2022 | 09:15", "năm 2022", "5 sao", "4 sao", "OCOP 4 sao", "31/12/2022", "năm 2023", "Lượt xem: 733"]))

PAGES.append(page("b4170-nghean-hnd-daihoi-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN KHÊ
Tin tức - Sự kiện / Hoạt động đoàn thể
Thứ Năm, 13/04/2023 - 16:10
Ảnh: Đoàn đại biểu dự Đại hội.
Đại hội Hội Nông dân xã Yên Khê lần thứ IX, nhiệm kỳ 2023 - 2028
Ngày 12/4/2023, Hội Nông dân xã Yên Khê long trọng tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023 - 2028. Về dự có đồng chí Lữ Văn Hạnh, Phó Chủ tịch Hội Nông dân huyện Con Cuông; đồng chí Vi Văn Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 95 đại biểu đại diện cho 1.126 hội viên của 11 chi hội.
Báo cáo chính trị do đồng chí Lô Thị Hoa, Chủ tịch Hội Nông dân xã khóa VIII trình bày nêu rõ: nhiệm kỳ qua, Hội đã kết nạp 214 hội viên mới; hướng dẫn thành lập 1 hợp tác xã du lịch cộng đồng bản Nưa, 4 tổ hợp tác (dệt thổ cẩm, nuôi ong, trồng chè, dịch vụ thuyền đưa khách). Bản Nưa, bản Yên Thành hiện có 24 homestay, mỗi năm đón khoảng 15.000 lượt khách, doanh thu trên 6 tỷ đồng; 2 sản phẩm mật ong rừng và thổ cẩm Thái của hội viên đạt OCOP 3 sao. Quỹ hỗ trợ nông dân xã đạt 620 triệu đồng; Hội phối hợp Ngân hàng Chính sách xã hội quản lý 5 tổ tiết kiệm và vay vốn với dư nợ 18,6 tỷ đồng; 87 hộ thoát nghèo.
Nhà sàn đón khách tại bản Nưa. Ảnh: Lô Mai
Phát biểu chỉ đạo, đồng chí Lữ Văn Hạnh ghi nhận kết quả, đề nghị nhiệm kỳ tới Hội tập trung thực hiện Kết luận số 53-KL/TW ngày 5/6/2019 của Ban Bí thư và Chỉ thị 04, 05-CT/HU của Ban Thường vụ Huyện ủy về phát triển kinh tế tập thể, du lịch cộng đồng gắn với vùng đệm Vườn quốc gia Pù Mát. Theo đồng chí, bản Nưa đã trở thành điểm đến quen thuộc của du khách trong và ngoài tỉnh Nghệ An; Hội cần vận động hội viên giữ vệ sinh môi trường, không chặt phá rừng, không săn bắt động vật hoang dã, giữ gìn bản sắc văn hóa dân tộc Thái trong từng nếp nhà.
Đại hội đã bầu Ban Chấp hành khóa IX gồm 11 đồng chí. Đồng chí Lô Thị Hoa được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã khóa IX; các đồng chí Vi Văn Tình, Lương Thị Ngọc được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội bầu 4 đại biểu đi dự Đại hội Hội Nông dân huyện Con Cuông lần thứ X.
Đại hội thông qua chỉ tiêu: đến năm 2028 kết nạp ít nhất 150 hội viên mới, phát triển thêm 2 hợp tác xã và 5 tổ hợp tác, nâng Quỹ hỗ trợ nông dân lên 1 tỷ đồng, có thêm 3 sản phẩm OCOP; 90% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Tham luận tại đại hội, chị Ngân Thị Lan, chủ homestay bản Nưa, chia sẻ việc giữ nếp nhà sàn, luyện đội văn nghệ 18 người múa lăm, hát nhuôn phục vụ khách.
Lô Mai
Lượt xem: 512
Tin liên quan
- Đại hội Chi hội Nông dân bản Nưa nhiệm kỳ 2023 - 2028 (20/03/2023)
- Yên Khê ra mắt câu lạc bộ nuôi ong (02/03/2023)
- Lễ hội Hang Bua năm 2023 (10/02/2023)
""", "2023-04-13", "Đại hội Hội Nông dân xã Yên Khê lần thứ IX, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-04-12"),
[P("Lữ Văn Hạnh", "Phó Chủ tịch Hội Nông dân huyện Con Cuông"),
 P("Vi Văn Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lô Thị Hoa", "Chủ tịch Hội Nông dân xã khóa VIII", "Chủ tịch Hội Nông dân xã khóa IX"),
 P("Vi Văn Tình", "Phó Chủ tịch Hội Nông dân xã"), P("Lương Thị Ngọc", "Phó Chủ tịch Hội Nông dân xã"),
 P("Ngân Thị Lan", "chủ homestay bản Nưa")],
[Q("95 đại biểu", 95, "đại biểu"), Q("1 hợp tác xã du lịch cộng đồng", 1, "hợp tác xã du lịch cộng đồng"), Q("1.126 hội viên", 1126, "hội viên"), Q("11 chi hội", 11, "chi hội"), Q("214 hội viên mới", 214, "hội viên mới"),
 Q("4 tổ hợp tác", 4, "tổ hợp tác"), Q("24 homestay", 24, "homestay"), Q("khoảng 15.000 lượt khách", 15000, "lượt khách", "approx"),
 Q("trên 6 tỷ đồng", 6000000000, "đồng", "over"), Q("2 sản phẩm", 2, "sản phẩm"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("5 tổ tiết kiệm và vay vốn", 5, "tổ tiết kiệm và vay vốn"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("87 hộ", 87, "hộ"),
 Q("11 đồng chí", 11, "đồng chí"), Q("4 đại biểu", 4, "đại biểu"), Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over"),
 Q("2 hợp tác xã", 2, "hợp tác xã"), Q("5 tổ hợp tác", 5, "tổ hợp tác"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"),
 Q("90%", 90, "%"), Q("18 người", 18, "người")],
[D("Kết luận", "53", "KL/TW", "2019-06-05", "Ban Bí thư", "Kết luận số 53-KL/TW ngày 5/6/2019"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 04, 05-CT/HU"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 04, 05-CT/HU")],
[prov("Nghệ An"), com("Yên Khê")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN KHÊ", "Tin tức - Sự kiện / Hoạt động đoàn thể", "Ảnh: Đoàn đại biểu dự Đại hội.",
 "Nhà sàn đón khách tại bản Nưa.", "Vườn quốc gia Pù Mát", "Lượt xem: 512"],
["Thứ Năm, 13/04/2023 - 16:10", "lần thứ IX", "nhiệm kỳ 2023 - 2028", "khóa VIII", "khóa IX", "OCOP 3 sao", "lần thứ X", "năm 2028", "11 đồng chí", "Lượt xem: 512"]))

PAGES.append(page("b4171-quangbinh-xa-baocao-2023", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÓA - HUYỆN MINH HÓA - TỈNH QUẢNG BÌNH
Trang chủ / Tin tức / Kinh tế - Xã hội
Ngày 19/12/2023 | 15:30
Kết quả phát triển du lịch cộng đồng và kinh tế hợp tác năm 2023
Ngày 18/12/2023, UBND xã Tân Hóa ban hành Báo cáo số 215/BC-UBND về kết quả phát triển du lịch cộng đồng, kinh tế hợp tác và Chương trình OCOP trên địa bàn xã năm 2023. Báo cáo do đồng chí Đinh Xuân Tiến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã ký, gửi Thường trực Đảng ủy, HĐND xã và các đoàn thể.
Theo báo cáo, năm 2023 xã đón khoảng 21.000 lượt khách, tăng 40% so với năm 2022, trong đó hơn 6.500 lượt khách quốc tế; tổng doanh thu từ du lịch đạt 14,2 tỷ đồng. Hợp tác xã du lịch cộng đồng Tân Hóa hiện có 30 hộ thành viên làm homestay trong những ngôi nhà phao chống lũ, 2 đội chèo thuyền kayak, 1 đội văn nghệ; thu nhập bình quân của hộ thành viên khoảng 120 triệu đồng/năm. Xã có 3 sản phẩm OCOP 3 sao gồm mật ong, bánh đa vừng và rượu men lá của các chủ thể là hội viên phụ nữ, nông dân.
Du khách trải nghiệm chèo kayak tại Tân Hóa. Ảnh: Đinh Hoa
Hội LHPN xã do chị Đinh Thị Hằng, Chủ tịch Hội LHPN xã phụ trách đã duy trì tổ hợp tác chế biến món ăn địa phương với 22 chị em; Hội Nông dân xã hỗ trợ 15 hộ vay 450 triệu đồng từ Quỹ hỗ trợ nông dân để cải tạo nhà nghỉ, mua thuyền. Đoàn Thanh niên xã thành lập đội tình nguyện 25 đoàn viên hướng dẫn khách.
Xã đã triển khai Nghị quyết số 07-NQ/ĐU ngày 15/01/2023 của Đảng ủy xã về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới và Kế hoạch số 32/KH-UBND của UBND xã; tranh thủ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ làm 2,4 km đường vào bản Rào Con.
Báo cáo cũng chỉ ra hạn chế: mùa mưa lũ kéo dài 4 tháng nên khách giảm mạnh; 9 hộ làm homestay chưa đạt tiêu chuẩn; sản phẩm lưu niệm còn nghèo nàn. Năm 2024, xã phấn đấu đón trên 25.000 lượt khách, có thêm 5 hộ homestay đạt chuẩn, thêm ít nhất 1 sản phẩm OCOP 4 sao; ông Cao Văn Hoàng, Giám đốc hợp tác xã du lịch cộng đồng Tân Hóa được giao xây dựng thêm tour trải nghiệm hang động, bản làng.
Cũng theo báo cáo, Tân Hóa là một trong những điểm du lịch cộng đồng tiêu biểu của tỉnh Quảng Bình, từng được vinh danh là "Làng du lịch tốt nhất" của Tổ chức Du lịch Thế giới năm 2023. UBND xã kiến nghị huyện, tỉnh hỗ trợ kinh phí cắm biển chỉ dẫn, xây nhà vệ sinh công cộng và tiếp tục đào tạo kỹ năng ngoại ngữ cho các hộ làm homestay.
Ban biên tập
Lượt truy cập: 366
Tin khác
- Tân Hóa đón đoàn khảo sát du lịch của tỉnh (02/12/2023)
- Hội nghị đối thoại với nhân dân năm 2023 (20/11/2023)
- Trao 50 suất quà cho hộ nghèo vùng lũ (15/10/2023)
""", "2023-12-19", "Kết quả phát triển du lịch cộng đồng và kinh tế hợp tác năm 2023",
E("bao_cao", "2023", "2023-12-18"),
[P("Đinh Xuân Tiến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Thị Hằng", "Chủ tịch Hội LHPN xã"),
 P("Cao Văn Hoàng", "Giám đốc hợp tác xã du lịch cộng đồng Tân Hóa")],
[Q("khoảng 21.000 lượt khách", 21000, "lượt khách", "approx"), Q("40%", 40, "%"), Q("hơn 6.500 lượt khách quốc tế", 6500, "lượt khách quốc tế", "over"),
 Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("30 hộ thành viên", 30, "hộ thành viên"), Q("2 đội chèo thuyền kayak", 2, "đội chèo thuyền kayak"),
 Q("1 đội văn nghệ", 1, "đội văn nghệ"), Q("khoảng 120 triệu đồng/năm", 120000000, "đồng", "approx"), Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"),
 Q("22 chị em", 22, "chị em"), Q("15 hộ", 15, "hộ"), Q("450 triệu đồng", 450000000, "đồng"), Q("25 đoàn viên", 25, "đoàn viên"),
 Q("2,4 km", 2.4, "km"), Q("9 hộ", 9, "hộ"), Q("trên 25.000 lượt khách", 25000, "lượt khách", "over"), Q("5 hộ homestay", 5, "hộ homestay"),
 Q("ít nhất 1 sản phẩm OCOP", 1, "sản phẩm OCOP", "over")],
[D("Báo cáo", "215", "BC-UBND", "2023-12-18", "UBND xã Tân Hóa", "Báo cáo số 215/BC-UBND"),
 D("Nghị quyết", "07", "NQ/ĐU", "2023-01-15", "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU ngày 15/01/2023"),
 D("Kế hoạch", "32", "KH-UBND", None, "UBND xã", "Kế hoạch số 32/KH-UBND"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022")],
[prov("Quảng Bình"), com("Tân Hóa")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÓA - HUYỆN MINH HÓA - TỈNH QUẢNG BÌNH", "Trang chủ / Tin tức / Kinh tế - Xã hội",
 "Du khách trải nghiệm chèo kayak tại Tân Hóa.", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Làng du lịch tốt nhất", "Tổ chức Du lịch Thế giới", "Ban biên tập", "Lượt truy cập: 366"],
["Ngày 19/12/2023 | 15:30", "năm 2023", "năm 2022", "OCOP 3 sao", "4 tháng", "Năm 2024", "OCOP 4 sao", "Lượt truy cập: 366"]))

PAGES.append(page("b4172-angiang-ocop-hoicho-2024", """
BÁO AN GIANG ONLINE
Kinh tế › Thị trường › Xúc tiến thương mại
Thứ Bảy, 18/05/2024 - 07:20
Gần 200 gian hàng tham gia Phiên chợ sản phẩm OCOP và hàng nông sản An Giang
Tối 17/5, tại Quảng trường Trung tâm Văn hóa thị xã Tân Châu, Sở Công Thương phối hợp Hội Nông dân, Hội LHPN tỉnh An Giang khai mạc Phiên chợ sản phẩm OCOP, hàng nông sản và sản phẩm làng nghề năm 2024. Phiên chợ diễn ra đến hết ngày 21/5 với 196 gian hàng của 112 chủ thể OCOP, hợp tác xã, cơ sở sản xuất, trong đó 34 gian hàng của các tỉnh bạn Đồng Tháp, Kiên Giang, Cần Thơ.
Dự khai mạc có đồng chí Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; các đồng chí Chủ tịch Hội Nông dân tỉnh Nguyễn Thanh Xuân và Chủ tịch Hội LHPN tỉnh Néang Sa Phol.
Đại biểu tham quan gian hàng thổ cẩm của đồng bào Chăm. Ảnh: Hữu Huệ
Theo Sở Công Thương, đến nay toàn tỉnh có 257 sản phẩm OCOP của 146 chủ thể, trong đó 54 sản phẩm đạt 4 sao và 1 sản phẩm tiềm năng 5 sao; khoảng 38% chủ thể là hợp tác xã, tổ hợp tác. Năm 2023, doanh thu của các chủ thể OCOP đạt hơn 1.500 tỷ đồng. Hội Nông dân tỉnh đã hỗ trợ 68 chủ thể là hội viên nông dân, giải ngân 12,5 tỷ đồng từ Quỹ hỗ trợ nông dân.
Gian hàng của làng dệt thổ cẩm Chăm Châu Phong thu hút đông khách. Bà Sa Ly Ma, Tổ trưởng tổ hợp tác dệt thổ cẩm ấp Phũm Soài, xã Châu Phong, cho biết tổ có 36 thành viên, sản phẩm khăn choàng, xà rông đạt OCOP 3 sao, năm 2023 bán khoảng 6.000 sản phẩm cho du khách đến làng Chăm. Ông Chau Sóc Kha, Giám đốc hợp tác xã đường thốt nốt Tri Tôn, mang 2 tấn đường thốt nốt OCOP 4 sao đến phiên chợ; bà Néang Sóc Thi, chủ homestay, xã Núi Tô, giới thiệu tour trải nghiệm leo cây thốt nốt, nấu đường.
Trong dịp này, Ban tổ chức còn tổ chức hội thảo "Kết nối tiêu thụ sản phẩm OCOP gắn với du lịch cộng đồng" với sự tham gia của 60 doanh nghiệp lữ hành, siêu thị; ký kết 14 biên bản ghi nhớ tiêu thụ sản phẩm. Ban tổ chức dự kiến phiên chợ đón trên 50.000 lượt khách, doanh thu ước 7 tỷ đồng. Phiên chợ được tổ chức theo Kế hoạch số 245/KH-UBND ngày 12/3/2024 của UBND tỉnh về xúc tiến thương mại năm 2024 và Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí OCOP.
Đồng chí Lê Văn Phước đề nghị các chủ thể chú trọng chất lượng, truy xuất nguồn gốc; các hội, đoàn thể tiếp tục đồng hành cùng hợp tác xã, phấn đấu đến năm 2025 toàn tỉnh có trên 300 sản phẩm OCOP.
Hữu Huệ
Lượt đọc: 4.021
Tin liên quan
- An Giang có thêm 27 sản phẩm OCOP (10/05/2024)
- Tri Tôn phát triển du lịch cộng đồng gắn với cây thốt nốt (25/04/2024)
- Châu Phong giữ nghề dệt thổ cẩm (08/04/2024)
""", "2024-05-18", "Gần 200 gian hàng tham gia Phiên chợ sản phẩm OCOP và hàng nông sản An Giang",
E("khac", None, "2024-05-17"),
[P("Lê Văn Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thanh Xuân", "Chủ tịch Hội Nông dân tỉnh"), P("Néang Sa Phol", "Chủ tịch Hội LHPN tỉnh"),
 P("Sa Ly Ma", "Tổ trưởng tổ hợp tác dệt thổ cẩm ấp Phũm Soài"),
 P("Chau Sóc Kha", "Giám đốc hợp tác xã đường thốt nốt Tri Tôn"),
 P("Néang Sóc Thi", "chủ homestay")],
[Q("Gần 200 gian hàng", 200, "gian hàng", "approx"), Q("196 gian hàng", 196, "gian hàng"), Q("112 chủ thể OCOP, hợp tác xã, cơ sở sản xuất", 112, "chủ thể OCOP, hợp tác xã, cơ sở sản xuất"),
 Q("34 gian hàng", 34, "gian hàng"), Q("257 sản phẩm OCOP", 257, "sản phẩm OCOP"), Q("146 chủ thể", 146, "chủ thể"),
 Q("54 sản phẩm", 54, "sản phẩm"), Q("1 sản phẩm tiềm năng 5 sao", 1, "sản phẩm tiềm năng"), Q("khoảng 38%", 38, "%", "approx"),
 Q("hơn 1.500 tỷ đồng", 1500000000000, "đồng", "over"), Q("68 chủ thể", 68, "chủ thể"), Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("36 thành viên", 36, "thành viên"), Q("khoảng 6.000 sản phẩm", 6000, "sản phẩm", "approx"), Q("2 tấn", 2, "tấn"),
 Q("60 doanh nghiệp lữ hành, siêu thị", 60, "doanh nghiệp lữ hành, siêu thị"), Q("14 biên bản ghi nhớ", 14, "biên bản ghi nhớ"),
 Q("trên 50.000 lượt khách", 50000, "lượt khách", "over"), Q("ước 7 tỷ đồng", 7000000000, "đồng", "approx"),
 Q("trên 300 sản phẩm OCOP", 300, "sản phẩm OCOP", "over")],
[D("Kế hoạch", "245", "KH-UBND", "2024-03-12", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 12/3/2024"),
 D("Quyết định", "148", "QĐ-TTg", "2023-02-24", "Thủ tướng Chính phủ", "Quyết định số 148/QĐ-TTg ngày 24/02/2023")],
[prov("An Giang"), prov("Đồng Tháp"), prov("Kiên Giang"), prov("Cần Thơ"), com("Châu Phong"), com("Núi Tô")],
["BÁO AN GIANG ONLINE", "Kinh tế › Thị trường › Xúc tiến thương mại", "Đại biểu tham quan gian hàng thổ cẩm của đồng bào Chăm.",
 "Kết nối tiêu thụ sản phẩm OCOP gắn với du lịch cộng đồng", "Lượt đọc: 4.021"],
["Thứ Bảy, 18/05/2024 - 07:20", "năm 2024", "21/5", "4 sao", "5 sao", "Năm 2023", "OCOP 3 sao", "OCOP 4 sao", "năm 2025", "Lượt đọc: 4.021"]))

PAGES.append(page("b4173-thuathienhue-lhpn-tongket-2024", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ
Trang chủ » Tin hoạt động » Phụ nữ với kinh tế
20/12/2024 - 15:45
Toàn cảnh hội nghị.
Phụ nữ vùng cao A Lưới giữ nghề dệt Zèng, làm du lịch cộng đồng
Sáng 19/12/2024, Hội LHPN tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Nguyễn Thị Thanh Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phan Thị Thu Hà, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì.
Báo cáo do đồng chí Hồ Thị Thắm, Phó Chủ tịch - Trưởng ban Kinh tế Hội LHPN tỉnh trình bày cho biết, năm 2024 các cấp Hội đã hỗ trợ thành lập 7 hợp tác xã và 19 tổ hợp tác do phụ nữ quản lý, nâng tổng số lên 42 hợp tác xã, 156 tổ hợp tác; hỗ trợ 312 phụ nữ khởi nghiệp, 26 ý tưởng khởi nghiệp được đầu tư; 11 sản phẩm của chủ thể là phụ nữ đạt OCOP 3 sao, 2 sản phẩm đạt 4 sao. Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác 2.105 tỷ đồng với 41.260 hộ vay; Quỹ tín dụng vi mô của Hội cho 1.870 thành viên vay với dư nợ khoảng 46 tỷ đồng.
Ở huyện A Lưới, hợp tác xã dệt Zèng A Râu tại xã A Roàng có 28 thành viên là phụ nữ Tà Ôi, năm 2024 bán trên 3.500 sản phẩm, doanh thu hơn 2,1 tỷ đồng; 2 sản phẩm túi, khăn Zèng đạt OCOP 4 sao. Chị Kê Thị Hoa, Giám đốc hợp tác xã, cho biết hợp tác xã kết hợp đón khách tham quan khung dệt, trải nghiệm dệt Zèng, mỗi tháng đón khoảng 300 lượt khách. Chị Căn Thị Liên, chủ homestay thôn Pa Ring, xã Hồng Hạ, chia sẻ 4 homestay của chị em người Pa Cô đã liên kết thành tổ du lịch cộng đồng.
Nghệ nhân dệt Zèng giới thiệu sản phẩm với đại biểu. Ảnh: Minh Thư
Bà Hồ Thị Xuân, Chủ tịch Hội LHPN huyện A Lưới, và các đồng chí Lê Thị Mai, Trần Thị Bé - Phó Chủ tịch Hội LHPN huyện Phú Lộc tham luận về cách hỗ trợ chị em kết nối thị trường, livestream bán sản phẩm. Năm 2024, Hội đã tổ chức 3 phiên chợ "Sản phẩm phụ nữ Huế" với 85 gian hàng, doanh thu khoảng 1,2 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Hằng đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ, Nghị quyết 20-NQ/TW của BCH Trung ương về kinh tế tập thể và Kế hoạch số 205-KH/TU, 206-KH/TU của Ban Thường vụ Tỉnh ủy; chuẩn bị tốt cho việc tỉnh trở thành thành phố trực thuộc Trung ương. Năm 2025, Hội phấn đấu hỗ trợ ít nhất 300 phụ nữ khởi nghiệp, thành lập mới 5 hợp tác xã.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 2 tập thể, 3 cá nhân; Hội LHPN tỉnh tặng giấy khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc năm 2024.
Minh Thư
Lượt xem: 1.589
Tin cùng chuyên mục
- A Lưới: phụ nữ Tà Ôi giữ nghề dệt Zèng (05/12/2024)
- Hội LHPN tỉnh tổ chức phiên chợ sản phẩm phụ nữ (20/11/2024)
- Ra mắt hợp tác xã phụ nữ làm hương Thủy Xuân (08/11/2024)
""", "2024-12-20", "Phụ nữ vùng cao A Lưới giữ nghề dệt Zèng, làm du lịch cộng đồng",
E("tong_ket", "2024", "2024-12-19"),
[P("Nguyễn Thị Thanh Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Thu Hà", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Thị Thắm", "Phó Chủ tịch - Trưởng ban Kinh tế Hội LHPN tỉnh"),
 P("Kê Thị Hoa", "Giám đốc hợp tác xã"),
 P("Căn Thị Liên", "chủ homestay thôn Pa Ring"),
 P("Hồ Thị Xuân", "Chủ tịch Hội LHPN huyện A Lưới"),
 P("Lê Thị Mai", "Phó Chủ tịch Hội LHPN huyện Phú Lộc"),
 P("Trần Thị Bé", "Phó Chủ tịch Hội LHPN huyện Phú Lộc")],
[Q("7 hợp tác xã", 7, "hợp tác xã"), Q("19 tổ hợp tác", 19, "tổ hợp tác"), Q("42 hợp tác xã", 42, "hợp tác xã"), Q("156 tổ hợp tác", 156, "tổ hợp tác"),
 Q("312 phụ nữ khởi nghiệp", 312, "phụ nữ"), Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("11 sản phẩm", 11, "sản phẩm"),
 Q("2 sản phẩm đạt 4 sao", 2, "sản phẩm"), Q("2.105 tỷ đồng", 2105000000000, "đồng"), Q("41.260 hộ", 41260, "hộ"),
 Q("1.870 thành viên", 1870, "thành viên"), Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("28 thành viên", 28, "thành viên"),
 Q("trên 3.500 sản phẩm", 3500, "sản phẩm", "over"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("2 sản phẩm túi, khăn Zèng", 2, "sản phẩm túi, khăn Zèng"),
 Q("khoảng 300 lượt khách", 300, "lượt khách", "approx"), Q("4 homestay", 4, "homestay"), Q("3 phiên chợ", 3, "phiên chợ"),
 Q("85 gian hàng", 85, "gian hàng"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("ít nhất 300 phụ nữ khởi nghiệp", 300, "phụ nữ", "over"),
 Q("5 hợp tác xã", 5, "hợp tác xã"), Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"), Q("35 tập thể", 35, "tập thể"),
 Q("52 cá nhân có thành tích xuất sắc", 52, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
 D("Nghị quyết", "20", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 20-NQ/TW"),
 D("Kế hoạch", "205", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 205-KH/TU"),
 D("Kế hoạch", "206", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "206-KH/TU")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Hạ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ", "Trang chủ » Tin hoạt động » Phụ nữ với kinh tế", "Toàn cảnh hội nghị.",
 "Nghệ nhân dệt Zèng giới thiệu sản phẩm với đại biểu.", "Sản phẩm phụ nữ Huế", "Lượt xem: 1.589"],
["20/12/2024 - 15:45", "năm 2024", "năm 2025", "OCOP 3 sao", "OCOP 4 sao", "Năm 2025", "Lượt xem: 1.589"]))

PAGES.append(page("b4174-caobang-dulich-hoinghi-2024", """
BÁO CAO BẰNG ĐIỆN TỬ
You are here: Trang chủ > Văn hóa - Du lịch
Cập nhật lúc: 09:10 - 25/10/2024
Ảnh: Các đại biểu tham quan làng đá Khuổi Ky.
Hội Nông dân tỉnh bàn giải pháp phát triển du lịch cộng đồng gắn với sản phẩm OCOP
Ngày 24/10, tại xã Đàm Thủy, Hội Nông dân tỉnh Cao Bằng phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị "Nông dân tham gia phát triển du lịch cộng đồng gắn với sản phẩm OCOP" năm 2024. Chủ trì hội nghị có đồng chí Nông Thị Bích, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội Nông dân tỉnh và đồng chí Lục Văn Tằng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; dự có 130 đại biểu là chủ homestay, chủ thể OCOP, cán bộ Hội ở 10 xã có điểm du lịch.
Theo báo cáo, Cao Bằng hiện có 16 làng, xóm làm du lịch cộng đồng với 94 homestay, trong đó 61 homestay do hội viên nông dân làm chủ; 9 tháng năm 2024 các điểm du lịch cộng đồng đón trên 186.000 lượt khách, doanh thu ước 42 tỷ đồng. Toàn tỉnh có 134 sản phẩm OCOP, trong đó 21 sản phẩm 4 sao; 47 chủ thể là hợp tác xã. Hội Nông dân các cấp đã hỗ trợ 28 hộ vay vốn với tổng số 1,4 tỷ đồng để nâng cấp homestay.
Tại hội nghị, ông Hoàng Văn Thạch, Trưởng xóm Khuổi Ky, chủ homestay nhà sàn đá, cho biết xóm có 17 hộ người Tày làm homestay, năm 2023 đón 25.000 lượt khách; bà con bán hạt dẻ, miến dong, lạp sườn hun khói cho khách, thu thêm khoảng 800 triệu đồng. Bà Đàm Thị Thu, Giám đốc hợp tác xã nông nghiệp Phia Thắp, xã Quang Trung, giới thiệu sản phẩm hương Phia Thắp đạt OCOP 4 sao, mỗi năm bán khoảng 30 tấn hương cho khách du lịch và thương lái. Anh Nông Văn Sình, chủ homestay làng Nặm Trá, kiến nghị hỗ trợ biển chỉ dẫn và mạng Internet.
Ông Hoàng Văn Thạch giới thiệu nhà sàn đá với đại biểu. Ảnh: Ngọc Anh
Các ý kiến cũng chỉ ra khó khăn: hạ tầng giao thông đến một số xóm còn hạn chế; sản phẩm du lịch trùng lặp; 30% homestay chưa có giấy phép kinh doanh; chủ thể OCOP chưa liên kết với các công ty lữ hành. Nhiều đại biểu đề nghị Hội Nông dân tỉnh làm đầu mối kết nối tour "Non nước Cao Bằng".
Kết luận hội nghị, đồng chí Nông Thị Bích đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết số 06-NQ/TU ngày 21/9/2021 của Tỉnh ủy về phát triển du lịch, Đề án 09/ĐA-HND của Ban Thường vụ Hội Nông dân tỉnh; phấn đấu năm 2025 có thêm ít nhất 15 homestay do hội viên làm chủ, 10 sản phẩm OCOP gắn với du lịch. Hội Nông dân tỉnh sẽ dành 2 tỷ đồng từ Quỹ hỗ trợ nông dân cho các dự án du lịch cộng đồng.
Ngọc Anh
Lượt xem: 2.087
Tin khác
- Trùng Khánh: khai mạc Lễ hội hạt dẻ năm 2024 (15/10/2024)
- Cao Bằng có thêm 12 sản phẩm OCOP 3 sao (02/10/2024)
- Hà Quảng: nông dân làm du lịch ở làng Pác Rằng (20/09/2024)
""", "2024-10-25", "Hội Nông dân tỉnh bàn giải pháp phát triển du lịch cộng đồng gắn với sản phẩm OCOP",
E("hoi_nghi", "2024", "2024-10-24"),
[P("Nông Thị Bích", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lục Văn Tằng", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Hoàng Văn Thạch", "Trưởng xóm Khuổi Ky", "chủ homestay nhà sàn đá"),
 P("Đàm Thị Thu", "Giám đốc hợp tác xã nông nghiệp Phia Thắp"),
 P("Nông Văn Sình", "chủ homestay làng Nặm Trá")],
[Q("130 đại biểu", 130, "đại biểu"), Q("10 xã", 10, "xã"), Q("16 làng, xóm", 16, "làng, xóm"), Q("94 homestay", 94, "homestay"),
 Q("61 homestay", 61, "homestay"), Q("trên 186.000 lượt khách", 186000, "lượt khách", "over"), Q("ước 42 tỷ đồng", 42000000000, "đồng", "approx"),
 Q("134 sản phẩm OCOP", 134, "sản phẩm OCOP"), Q("21 sản phẩm", 21, "sản phẩm"), Q("47 chủ thể", 47, "chủ thể"), Q("28 hộ", 28, "hộ"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("17 hộ người Tày", 17, "hộ người Tày"), Q("25.000 lượt khách", 25000, "lượt khách"),
 Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("khoảng 30 tấn", 30, "tấn", "approx"), Q("30%", 30, "%"),
 Q("ít nhất 15 homestay", 15, "homestay", "over"), Q("10 sản phẩm OCOP", 10, "sản phẩm OCOP"), Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Nghị quyết", "06", "NQ/TU", "2021-09-21", "Tỉnh ủy", "Nghị quyết số 06-NQ/TU ngày 21/9/2021"),
 D("Đề án", "09", "ĐA-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Đề án 09/ĐA-HND")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Quang Trung")],
["BÁO CAO BẰNG ĐIỆN TỬ", "You are here: Trang chủ > Văn hóa - Du lịch", "Ảnh: Các đại biểu tham quan làng đá Khuổi Ky.",
 "Nông dân tham gia phát triển du lịch cộng đồng gắn với sản phẩm OCOP", "Ông Hoàng Văn Thạch giới thiệu nhà sàn đá với đại biểu.",
 "Non nước Cao Bằng", "Lượt xem: 2.087"],
["Cập nhật lúc: 09:10 - 25/10/2024", "năm 2024", "9 tháng năm 2024", "4 sao", "năm 2023", "OCOP 4 sao", "năm 2025", "Lượt xem: 2.087"]))
