from lib import *
PAGES = []

PAGES.append(page("b3827-hagiang-xaphinho-traoqua-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÌN HỒ - HUYỆN HOÀNG SU PHÌ - TỈNH HÀ GIANG
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
18/01/2017 - 08:50
Xã Phìn Hồ: trao 6 nhà Đại đoàn kết và 320 suất quà Tết cho hộ nghèo
Sáng 17/1/2017, Ủy ban MTTQ xã Phìn Hồ phối hợp với Đồn Biên phòng Bản Máy và Ngân hàng TMCP Công Thương chi nhánh Hà Giang tổ chức lễ bàn giao 6 nhà Đại đoàn kết và trao quà Tết Đinh Dậu cho hộ nghèo trên địa bàn xã.
Ảnh: Các đại biểu cắt băng bàn giao nhà cho gia đình ông Lý Sìn Chấn, thôn Tả Chải.
Dự buổi lễ có đồng chí Hoàng Văn Lập, Phó Chủ tịch Ủy ban MTTQ huyện Hoàng Su Phì; Thiếu tá Vàng Seo Dìn, Chính trị viên Đồn Biên phòng Bản Máy; ông Đặng Văn Lình, Bí thư Đảng ủy xã; ông Chảo Văn Khoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Phìn Hồ; các ông, bà Bí thư chi bộ, trưởng thôn của 7 thôn trong xã.
Các ngôi nhà được xây dựng trong 3 tháng, mỗi nhà diện tích 60 m2, tổng kinh phí 390 triệu đồng; trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 150 triệu đồng (25 triệu đồng/nhà), Ngân hàng TMCP Công Thương chi nhánh Hà Giang hỗ trợ 120 triệu đồng, Đồn Biên phòng Bản Máy góp 180 ngày công, số còn lại do các hộ tự lo và anh em dòng họ giúp đỡ. Nhân dân 7 thôn góp thêm 42 ngày công san nền, vận chuyển cát, xi măng.
Theo ông Phàn Văn Sài, Chủ tịch Ủy ban MTTQ xã, năm 2016 xã có 418 hộ nghèo, chiếm 61,3% số hộ toàn xã; 97 hộ cận nghèo. Đến nay đã có 23 hộ được hỗ trợ làm nhà theo Quyết định số 33/2015/QĐ-TTg và Nghị quyết số 209-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chương trình làm nhà cho hộ nghèo. Xã còn khoảng 80 hộ ở nhà tạm, nhà dột nát.
Cùng dịp, các đơn vị trao 320 suất quà Tết cho hộ nghèo, mỗi suất gồm 10 kg gạo, 1 chiếc chăn và 200.000 đồng tiền mặt, tổng trị giá trên 128 triệu đồng. Đồn Biên phòng Bản Máy tặng 35 bộ quần áo ấm cho học sinh nghèo Trường Tiểu học Phìn Hồ.
Xúc động khi nhận nhà mới, bà Lý Thị Mẩy, thôn Nậm Khòa, nói: "Cả đời ở nhà trình tường dột nát, nay có nhà mới đón Tết, gia đình tôi cảm ơn Đảng, Nhà nước, Mặt trận và bộ đội biên phòng".
Phát biểu tại buổi lễ, đồng chí Hoàng Văn Lập đề nghị các hộ được nhận nhà giữ gìn, sử dụng hiệu quả; Ban Công tác Mặt trận các thôn tiếp tục vận động đồng bào Dao, Nùng tích cực lao động sản xuất, sớm vươn lên thoát nghèo, thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Tin, ảnh: Ban Văn hóa xã
Lượt truy cập: 318
Tin khác
- Hội nghị tổng kết công tác Mặt trận năm 2016 (29/12/2016)
- Phìn Hồ ra mắt mô hình "Thôn không có ma túy" (12/12/2016)
- Tuyên truyền phòng chống cháy rừng mùa khô (05/12/2016)
""", "2017-01-18", "Xã Phìn Hồ: trao 6 nhà Đại đoàn kết và 320 suất quà Tết cho hộ nghèo",
E("trao_qua", None, "2017-01-17"),
[P("Hoàng Văn Lập", "Phó Chủ tịch Ủy ban MTTQ huyện Hoàng Su Phì"),
 P("Vàng Seo Dìn", "Thiếu tá", "Chính trị viên Đồn Biên phòng Bản Máy"),
 P("Đặng Văn Lình", "Bí thư Đảng ủy xã"),
 P("Chảo Văn Khoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Phìn Hồ"),
 P("Phàn Văn Sài", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lý Sìn Chấn"), P("Lý Thị Mẩy")],
[Q("6 nhà Đại đoàn kết", 6, "nhà Đại đoàn kết"), Q("320 suất quà", 320, "suất quà"), Q("7 thôn", 7, "thôn"),
 Q("60 m2", 60, "m2"), Q("390 triệu đồng", 390000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("25 triệu đồng/nhà", 25000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("180 ngày công", 180, "ngày công"), Q("42 ngày công", 42, "ngày công"),
 Q("418 hộ nghèo", 418, "hộ nghèo"), Q("61,3%", 61.3, "%"), Q("97 hộ cận nghèo", 97, "hộ cận nghèo"),
 Q("23 hộ", 23, "hộ"), Q("khoảng 80 hộ", 80, "hộ", "approx"), Q("10 kg", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"), Q("trên 128 triệu đồng", 128000000, "đồng", "over"),
 Q("35 bộ quần áo ấm", 35, "bộ quần áo ấm")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, None, "Quyết định số 33/2015/QĐ-TTg"),
 D("Nghị quyết", "209", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 209-NQ/TU")],
[prov("Hà Giang"), com("Phìn Hồ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÌN HỒ - HUYỆN HOÀNG SU PHÌ - TỈNH HÀ GIANG", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Ảnh: Các đại biểu cắt băng bàn giao nhà cho gia đình ông Lý Sìn Chấn, thôn Tả Chải.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tin, ảnh: Ban Văn hóa xã", "Lượt truy cập: 318",
 "Ngân hàng TMCP Công Thương chi nhánh Hà Giang", "Trường Tiểu học Phìn Hồ", "Tết Đinh Dậu"],
["18/01/2017 - 08:50", "3 tháng", "năm 2016", "1 chiếc chăn", "Tết Đinh Dậu", "Lượt truy cập: 318"]))

PAGES.append(page("b3828-quangnam-tongket-ansinh-2018", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Thời sự » Chính trị
Thứ Sáu, 28/12/2018, 17:05
Hôm nay: Thứ Hai, 31/12/2018
Mặt trận tỉnh: Năm 2018 xây mới, sửa chữa 1.352 nhà Đại đoàn kết
(QNO) - Chiều 27/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển khai chương trình phối hợp và thống nhất hành động năm 2019. Bí thư Tỉnh ủy Phan Việt Hưng dự và phát biểu chỉ đạo.
Bí thư Tỉnh ủy Phan Việt Hưng phát biểu tại hội nghị. Ảnh: N.Đ.H
Theo báo cáo, năm 2018, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 47,85 tỷ đồng; trong đó cấp tỉnh 18,6 tỷ đồng, cấp huyện 17,2 tỷ đồng, cấp xã 12,05 tỷ đồng. Từ nguồn Quỹ và nguồn xã hội hóa, Mặt trận các cấp đã xây mới 1.086 nhà Đại đoàn kết, sửa chữa 266 nhà, nâng tổng số lên 1.352 nhà với tổng kinh phí hơn 52 tỷ đồng; hỗ trợ 3.410 lượt hộ nghèo phát triển sản xuất, 2.175 lượt học sinh nghèo, 540 lượt bệnh nhân nghèo; tặng 41.600 suất quà Tết. Mức hỗ trợ xây mới 50 triệu đồng/nhà, riêng các huyện miền núi cao được hỗ trợ tối đa 60 triệu đồng/nhà theo Kế hoạch số 02/KH-MTTQ-BTT.
Thực hiện Nghị quyết số 12-NQ/TU ngày 25/4/2017 và Kết luận số 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy, tỷ lệ hộ nghèo toàn tỉnh giảm còn 6,52%, giảm 2,14% so với năm 2017; có 9.736 hộ thoát nghèo. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 1.204 khu dân cư đạt chuẩn văn hóa.
Ông Hồ Văn Mía, Chủ tịch Ủy ban MTTQ huyện Tây Giang, và bà Alăng Thị Bốn, Phó Chủ tịch Ủy ban MTTQ xã Ch'ơm, cho biết đồng bào Cơ Tu đã hiến 3,5 ha đất, góp 1.200 ngày công làm đường vào các thôn. Ông Zơrâm Bốn, già làng thôn Arầng, xã Lăng, kiến nghị hỗ trợ thêm cho 37 hộ nghèo đặc biệt khó khăn ở vùng sạt lở.
Phát biểu chỉ đạo, đồng chí Phan Việt Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, ghi nhận Mặt trận các cấp đã "đi từng ngõ, gõ từng nhà"; đề nghị năm 2019 tập trung hỗ trợ ít nhất 1.000 nhà cho hộ nghèo, hộ chính sách, phấn đấu không còn hộ nghèo ở nhà tạm ở 9 huyện miền núi vào năm 2020.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 8 tập thể, 12 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 45 tập thể, 60 cá nhân xuất sắc. Đồng chí Võ Xuân Cảnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Đinh Văn Thu, Trần Thị Kim Hoa trao khen thưởng.
Ngọc Hoàng
Lượt xem: 2.614
Tin liên quan
- Quế Sơn bàn giao 20 nhà Đại đoàn kết (20/12/2018)
- Hội nghị hiệp thương thống nhất chương trình phối hợp năm 2019 (14/12/2018)
- Nam Giang: 500 suất quà cho hộ nghèo (10/12/2018)
""", "2018-12-28", "Mặt trận tỉnh: Năm 2018 xây mới, sửa chữa 1.352 nhà Đại đoàn kết",
E("tong_ket", "2018", "2018-12-27"),
[P("Phan Việt Hưng", "Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng", "Chủ tịch HĐND tỉnh"),
 P("Hồ Văn Mía", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Alăng Thị Bốn", "Phó Chủ tịch Ủy ban MTTQ xã Ch'ơm"),
 P("Zơrâm Bốn", "già làng thôn Arầng"),
 P("Võ Xuân Cảnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Thu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.352 nhà Đại đoàn kết", 1352, "nhà Đại đoàn kết"),
 Q("47,85 tỷ đồng", 47850000000, "đồng"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("17,2 tỷ đồng", 17200000000, "đồng"),
 Q("12,05 tỷ đồng", 12050000000, "đồng"), Q("1.086 nhà Đại đoàn kết", 1086, "nhà Đại đoàn kết"), Q("266 nhà", 266, "nhà"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("3.410 lượt hộ nghèo", 3410, "lượt hộ nghèo"),
 Q("2.175 lượt học sinh nghèo", 2175, "lượt học sinh nghèo"), Q("540 lượt bệnh nhân nghèo", 540, "lượt bệnh nhân nghèo"),
 Q("41.600 suất quà", 41600, "suất quà"), Q("50 triệu đồng/nhà", 50000000, "đồng"),
 Q("tối đa 60 triệu đồng/nhà", 60000000, "đồng"), Q("6,52%", 6.52, "%"), Q("2,14%", 2.14, "%"),
 Q("9.736 hộ", 9736, "hộ"), Q("1.204 khu dân cư", 1204, "khu dân cư"), Q("3,5 ha", 3.5, "ha"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("37 hộ nghèo đặc biệt khó khăn", 37, "hộ nghèo đặc biệt khó khăn"),
 Q("ít nhất 1.000 nhà", 1000, "nhà", "over"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân xuất sắc", 60, "cá nhân xuất sắc")],
[D("Kế hoạch", "02", "KH-MTTQ-BTT", None, None, "Kế hoạch số 02/KH-MTTQ-BTT"),
 D("Nghị quyết", "12", "NQ/TU", "2017-04-25", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU ngày 25/4/2017"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35, 36-KL/TU")],
[prov("Quảng Nam"), com("Ch'ơm"), com("Lăng")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Thời sự » Chính trị", "(QNO)",
 "Bí thư Tỉnh ủy Phan Việt Hưng phát biểu tại hội nghị. Ảnh: N.Đ.H", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "đi từng ngõ, gõ từng nhà", "Lượt xem: 2.614", "Tây Giang"],
["Thứ Sáu, 28/12/2018, 17:05", "Hôm nay: Thứ Hai, 31/12/2018", "năm 2018", "năm 2019", "năm 2017", "năm 2020", "Lượt xem: 2.614"]))

PAGES.append(page("b3829-soctrang-daihoi-mttqxa-2019", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Tin tức › Mặt trận - Đoàn thể › Hoạt động cơ sở
Cập nhật lúc 16:45 ngày 19/06/2019
Đại hội đại biểu MTTQ Việt Nam xã Đại Ân 2 lần thứ XII, nhiệm kỳ 2019 - 2024
Ngày 18/6/2019, Ủy ban MTTQ Việt Nam xã Đại Ân 2 tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp xã của huyện Trần Đề và của tỉnh Sóc Trăng. Dự đại hội có ông Lâm Văn Mẫn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện; bà Thạch Thị Sa Quênh, Phó Chủ tịch Ủy ban MTTQ huyện cùng 120 đại biểu đại diện cho hơn 4.600 hộ dân trong xã.
Quang cảnh đại hội. Ảnh: Thanh Phong
Báo cáo của Ủy ban MTTQ xã khóa XI cho biết, nhiệm kỳ 2014 - 2019, Mặt trận xã đã vận động Quỹ "Vì người nghèo" được 1,86 tỷ đồng; phối hợp xây dựng 78 căn nhà Đại đoàn kết, sửa chữa 24 căn, trong đó 41 căn cho hộ đồng bào Khmer; vận động các chùa Khmer, các mạnh thường quân tặng 5.300 phần quà cho hộ nghèo, hộ cận nghèo với tổng trị giá gần 1,6 tỷ đồng. Mặt trận và các đoàn thể nhận giúp đỡ 210 hộ nghèo, đến nay có 162 hộ thoát nghèo. Tỷ lệ hộ nghèo của xã giảm từ 21,4% năm 2014 xuống còn 6,8% cuối năm 2018.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được hưởng ứng rộng rãi, nhân dân đóng góp trên 3,2 tỷ đồng và 14.000 ngày công làm 18 km đường giao thông nông thôn, 9 cây cầu bê tông; có 11/11 ấp đạt danh hiệu ấp văn hóa.
Đại hội đề ra mục tiêu nhiệm kỳ 2019 - 2024: mỗi năm vận động Quỹ "Vì người nghèo" đạt từ 350 triệu đồng trở lên; xây dựng ít nhất 50 căn nhà Đại đoàn kết; giảm tỷ lệ hộ nghèo bình quân 1,5%/năm; 100% khu dân cư thực hiện tốt Quy chế dân chủ ở cơ sở. Các chỉ tiêu bám sát Nghị quyết Đại hội Đảng bộ xã và Kế hoạch số 15-KH/ĐU của Đảng ủy xã Đại Ân 2.
Phát biểu chỉ đạo, ông Lâm Văn Mẫn đề nghị Mặt trận xã tiếp tục phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ thực hiện Chương trình phối hợp số 01/CTPH-MTTQ ngày 15/3/2017 về giảm nghèo bền vững; quan tâm hộ đồng bào Khmer thiếu đất sản xuất, thiếu vốn.
Đại hội đã hiệp thương dân chủ cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, ông Trần Văn Út được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ xã Đại Ân 2; ông Kim Sà Rinh và bà Lý Thị Cẩm Tú giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Đại hội cũng bầu 12 đại biểu đi dự Đại hội MTTQ Việt Nam huyện lần thứ XII.
Dịp này, Ủy ban MTTQ huyện trao 20 phần quà cho hộ nghèo, mỗi phần trị giá 500.000 đồng.
Phong Thạnh
Số lượt xem: 408
Tin liên quan
- Xã Liêu Tú tổ chức đại hội MTTQ nhiệm kỳ 2019 - 2024 (12/06/2019)
- Bàn giao 5 căn nhà Đại đoàn kết tại xã Trung Bình (03/06/2019)
- Ra quân hưởng ứng Tháng hành động vì trẻ em (28/05/2019)
""", "2019-06-19", "Đại hội đại biểu MTTQ Việt Nam xã Đại Ân 2 lần thứ XII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-18"),
[P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Thạch Thị Sa Quênh", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ xã Đại Ân 2"),
 P("Kim Sà Rinh", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Lý Thị Cẩm Tú", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 4.600 hộ dân", 4600, "hộ dân", "over"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("78 căn nhà Đại đoàn kết", 78, "căn nhà Đại đoàn kết"), Q("24 căn", 24, "căn"),
 Q("41 căn", 41, "căn"), Q("5.300 phần quà", 5300, "phần quà"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("210 hộ nghèo", 210, "hộ nghèo"), Q("162 hộ", 162, "hộ"), Q("21,4%", 21.4, "%"), Q("6,8%", 6.8, "%"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("14.000 ngày công", 14000, "ngày công"),
 Q("18 km", 18, "km"), Q("9 cây cầu bê tông", 9, "cây cầu bê tông"), Q("11/11 ấp", 11, "ấp"),
 Q("từ 350 triệu đồng trở lên", 350000000, "đồng", "over"), Q("ít nhất 50 căn nhà Đại đoàn kết", 50, "căn nhà Đại đoàn kết", "over"),
 Q("1,5%/năm", 1.5, "%"), Q("100% khu dân cư", 100, "%"), Q("35 vị", 35, "vị"), Q("12 đại biểu", 12, "đại biểu"),
 Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã Đại Ân 2", "Kế hoạch số 15-KH/ĐU"),
 D("Chương trình phối hợp", "01", "CTPH-MTTQ", "2017-03-15", None, "Chương trình phối hợp số 01/CTPH-MTTQ ngày 15/3/2017")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Tin tức › Mặt trận - Đoàn thể › Hoạt động cơ sở",
 "Quang cảnh đại hội. Ảnh: Thanh Phong", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Số lượt xem: 408", "Trần Đề", "Quy chế dân chủ ở cơ sở"],
["Cập nhật lúc 16:45 ngày 19/06/2019", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "2014 - 2019", "khóa XI", "khóa XII", "năm 2014", "lần thứ nhất", "Số lượt xem: 408"]))

PAGES.append(page("b3830-caobang-baocao-quyvnn-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG
Trang chủ >> Văn bản - Báo cáo >> Báo cáo
Thứ Năm, 24/12/2020
Cập nhật: 10:20, 24/12/2020
Báo cáo kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2020
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành Báo cáo số 168/BC-MTTQ-BTT ngày 22/12/2020 về kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" và an sinh xã hội năm 2020 trên địa bàn tỉnh Cao Bằng. Báo cáo do đồng chí Hoàng Thị Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động Quỹ "Vì người nghèo" tỉnh ký.
Theo báo cáo, năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và mưa lũ, Quỹ "Vì người nghèo" ba cấp vẫn vận động được 9,64 tỷ đồng, đạt 120,5% kế hoạch; trong đó cấp tỉnh 4,12 tỷ đồng, cấp huyện 3,38 tỷ đồng, cấp xã 2,14 tỷ đồng. Ngoài ra, Ủy ban MTTQ tỉnh tiếp nhận của Ủy ban Trung ương MTTQ Việt Nam và các tỉnh, thành phố kết nghĩa 6,5 tỷ đồng hỗ trợ làm nhà cho hộ nghèo.
Từ các nguồn trên, Mặt trận các cấp đã hỗ trợ xây mới 684 nhà Đại đoàn kết, sửa chữa 139 nhà, tổng kinh phí 26,4 tỷ đồng (mức hỗ trợ 40 triệu đồng/nhà xây mới, 20 triệu đồng/nhà sửa chữa); hỗ trợ 1.746 hộ nghèo phát triển sản xuất, 412 lượt bệnh nhân nghèo, 960 suất học bổng; tặng 23.518 suất quà Tết Canh Tý. Trong đợt dịch Covid-19, Mặt trận các cấp trao 8.402 suất quà cho người lao động tự do mất việc làm, người bán vé số, hộ cận nghèo.
Các huyện Bảo Lâm, Hà Quảng được hỗ trợ nhiều nhất với 312 nhà. Ủy ban MTTQ xã Lý Bôn hoàn thành 38 nhà cho hộ đồng bào Mông, Dao; xã Nội Thôn hoàn thành 25 nhà. Đến hết năm 2020, tỷ lệ hộ nghèo toàn tỉnh còn 22,66%, giảm 4,25%; còn khoảng 3.100 hộ nghèo có khó khăn về nhà ở.
Báo cáo nhận định việc thực hiện Quyết định số 1622/QĐ-TTg ngày 25/10/2017 của Thủ tướng Chính phủ về phát động phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" và Thông tư liên tịch số 24/2016/TTLT-BTC-MTTQ về quản lý Quỹ đã được các cấp thực hiện nghiêm; 100% các khoản thu, chi được công khai tại trụ sở Ủy ban MTTQ và khu dân cư.
Năm 2021, Ban Thường trực đề ra mục tiêu vận động Quỹ không dưới 9 tỷ đồng; xây mới, sửa chữa ít nhất 700 nhà Đại đoàn kết; phối hợp thực hiện Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững giai đoạn 2021 - 2025. Ông Nông Văn Thức, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, Phó Trưởng ban Thường trực Ban Vận động Quỹ, được giao theo dõi, tổng hợp và báo cáo định kỳ hằng quý.
Ban Phong trào
Lượt xem: 527
Tin khác
- Trùng Khánh trao 15 nhà Đại đoàn kết (18/12/2020)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 2, khóa XVI (10/12/2020)
- Hạ Lang ra quân xây nhà cho hộ nghèo (01/12/2020)
""", "2020-12-24", 'Báo cáo kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2020',
E("bao_cao", "2020", "2020-12-22"),
[P("Hoàng Thị Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", 'Trưởng Ban Vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Nông Văn Thức", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh", "Phó Trưởng ban Thường trực Ban Vận động Quỹ")],
[Q("9,64 tỷ đồng", 9640000000, "đồng"), Q("120,5%", 120.5, "%"), Q("4,12 tỷ đồng", 4120000000, "đồng"),
 Q("3,38 tỷ đồng", 3380000000, "đồng"), Q("2,14 tỷ đồng", 2140000000, "đồng"), Q("6,5 tỷ đồng", 6500000000, "đồng"),
 Q("684 nhà Đại đoàn kết", 684, "nhà Đại đoàn kết"), Q("139 nhà", 139, "nhà"), Q("26,4 tỷ đồng", 26400000000, "đồng"),
 Q("40 triệu đồng/nhà", 40000000, "đồng"), Q("20 triệu đồng/nhà", 20000000, "đồng"),
 Q("1.746 hộ nghèo", 1746, "hộ nghèo"), Q("412 lượt bệnh nhân nghèo", 412, "lượt bệnh nhân nghèo"),
 Q("960 suất học bổng", 960, "suất học bổng"), Q("23.518 suất quà", 23518, "suất quà"), Q("8.402 suất quà", 8402, "suất quà"),
 Q("312 nhà", 312, "nhà"), Q("38 nhà", 38, "nhà"), Q("25 nhà", 25, "nhà"), Q("22,66%", 22.66, "%"), Q("4,25%", 4.25, "%"),
 Q("khoảng 3.100 hộ nghèo", 3100, "hộ nghèo", "approx"), Q("100%", 100, "%"),
 Q("không dưới 9 tỷ đồng", 9000000000, "đồng", "over"), Q("ít nhất 700 nhà Đại đoàn kết", 700, "nhà Đại đoàn kết", "over")],
[D("Báo cáo", "168", "BC-MTTQ-BTT", "2020-12-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 168/BC-MTTQ-BTT ngày 22/12/2020"),
 D("Quyết định", "1622", "QĐ-TTg", "2017-10-25", "Thủ tướng Chính phủ", "Quyết định số 1622/QĐ-TTg ngày 25/10/2017"),
 D("Thông tư liên tịch", "24", "2016/TTLT-BTC-MTTQ", None, None, "Thông tư liên tịch số 24/2016/TTLT-BTC-MTTQ"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU")],
[prov("Cao Bằng"), com("Lý Bôn"), com("Nội Thôn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", "Trang chủ >> Văn bản - Báo cáo >> Báo cáo", "Vì người nghèo",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Ban Phong trào", "Lượt xem: 527", "Bảo Lâm", "Hà Quảng", "Covid-19"],
["Thứ Năm, 24/12/2020", "Cập nhật: 10:20, 24/12/2020", "năm 2020", "Tết Canh Tý", "Năm 2021", "2021 - 2025", "Covid-19", "Lượt xem: 527"]))

PAGES.append(page("b3831-kontum-doithoai-hongheo-2021", """
Báo Kon Tum điện tử
Chính trị › Mặt trận - Đoàn thể
20.10.2021 | 15:40
Ảnh: Toàn cảnh buổi đối thoại.
Kon Tum: Người nghèo nói, chính quyền và Mặt trận lắng nghe
Ngày 19/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND huyện Kon Plông tổ chức hội nghị đối thoại với hộ nghèo, hộ cận nghèo năm 2021 tại xã Măng Cành, nhân dịp phát động Tháng cao điểm "Vì người nghèo". Đây là lần đầu tiên Mặt trận tỉnh tổ chức đối thoại trực tiếp với người nghèo về chính sách giảm nghèo.
Tham dự có các đồng chí: A Pơng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Y Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh; Đinh Văn Hồ, Phó Chủ tịch UBND huyện Kon Plông cùng lãnh đạo Ngân hàng Chính sách xã hội, Sở Lao động - Thương binh và Xã hội và 135 người dân đại diện cho các hộ nghèo, hộ cận nghèo của 4 xã Măng Cành, Đắk Tăng, Hiếu, Măng Bút.
Theo báo cáo, đầu năm 2021 huyện Kon Plông còn 2.463 hộ nghèo, chiếm 36,5%, và 512 hộ cận nghèo; 92% hộ nghèo là đồng bào Xơ Đăng, H're. Năm 2021, Quỹ "Vì người nghèo" huyện tiếp nhận 865 triệu đồng, đã hỗ trợ làm mới 21 nhà Đại đoàn kết (mỗi nhà 50 triệu đồng), sửa chữa 9 nhà, hỗ trợ 180 con bò giống cho 90 hộ nghèo; Ngân hàng Chính sách xã hội cho 1.042 hộ vay với dư nợ 48,2 tỷ đồng.
Tại buổi đối thoại, 17 ý kiến của người dân tập trung vào việc vay vốn, đất sản xuất, nhà ở và việc làm. Ông A Thiên, thôn Kon Chênh, xã Măng Cành, hỏi vì sao gia đình đã làm đơn xin hỗ trợ nhà ở theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ nhưng 2 năm vẫn chưa được. Bà Y Ngọc, thôn Măng Buk, đề nghị hỗ trợ giống cây sâm dây cho bà con trồng dưới tán rừng. Ông A Dũi, người có uy tín làng Kon Tu Rằng, kiến nghị mở lớp dạy nghề cho thanh niên.
Các ý kiến đã được lãnh đạo UBND huyện và các sở, ngành giải đáp cụ thể. Đồng chí Đinh Văn Hồ cho biết huyện đã rà soát 146 hộ có nhu cầu nhà ở, sẽ ưu tiên bố trí vốn trong năm 2022 theo Nghị quyết số 11/2021/NQ-HĐND của HĐND tỉnh.
Kết luận hội nghị, đồng chí A Pơng yêu cầu Ủy ban MTTQ các cấp theo dõi việc giải quyết các kiến nghị; thực hiện tốt Kế hoạch số 09-KH/BDVTU, 10-KH/BDVTU của Ban Dân vận Tỉnh ủy; vận động hộ nghèo "tự lực vươn lên", không trông chờ, ỷ lại.
Dịp này, Ủy ban MTTQ tỉnh trao 135 suất quà, mỗi suất 500.000 đồng và 1 bình nước lọc, cho người dân dự đối thoại; trao hỗ trợ 2 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng, cho hộ ông A Thiên và hộ bà Y Bé.
H.Linh
Lượt xem: 733
Tin khác
- Ngọc Hồi: 300 suất quà cho hộ nghèo vùng biên giới (14/10/2021)
- Ra mắt mô hình "Dân vận khéo" giúp hộ nghèo ở Đắk Hà (08/10/2021)
- Hội nghị Ủy ban MTTQ tỉnh giữa nhiệm kỳ (30/09/2021)
""", "2021-10-20", "Kon Tum: Người nghèo nói, chính quyền và Mặt trận lắng nghe",
E("doi_thoai", "2021", "2021-10-19"),
[P("A Pơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Hồ", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("A Thiên"), P("Y Ngọc"),
 P("A Dũi", "người có uy tín làng Kon Tu Rằng"), P("Y Bé")],
[Q("135 người dân", 135, "người dân"), Q("4 xã", 4, "xã"), Q("2.463 hộ nghèo", 2463, "hộ nghèo"), Q("36,5%", 36.5, "%"),
 Q("512 hộ cận nghèo", 512, "hộ cận nghèo"), Q("92%", 92, "%"), Q("865 triệu đồng", 865000000, "đồng"),
 Q("21 nhà Đại đoàn kết", 21, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("9 nhà", 9, "nhà"),
 Q("180 con bò giống", 180, "con bò giống"), Q("90 hộ nghèo", 90, "hộ nghèo"), Q("1.042 hộ", 1042, "hộ"),
 Q("48,2 tỷ đồng", 48200000000, "đồng"), Q("17 ý kiến", 17, "ý kiến"), Q("146 hộ", 146, "hộ"),
 Q("135 suất quà", 135, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Nghị quyết", "11", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 11/2021/NQ-HĐND"),
 D("Kế hoạch", "09", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BDVTU"),
 D("Kế hoạch", "10", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "10-KH/BDVTU")],
[prov("Kon Tum"), com("Măng Cành"), com("Đắk Tăng"), com("Hiếu"), com("Măng Bút")],
["Báo Kon Tum điện tử", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh buổi đối thoại.", "Vì người nghèo",
 "tự lực vươn lên", "Lượt xem: 733", "Kon Plông", "Ngân hàng Chính sách xã hội"],
["20.10.2021 | 15:40", "năm 2021", "lần đầu tiên", "2 năm", "năm 2022", "1 bình nước lọc", "Lượt xem: 733"]))

PAGES.append(page("b3832-hatinh-soket-nhao-2022", """
BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Chính trị | Mặt trận
Thứ Sáu, 08/07/2022 - 09:25
Hà Tĩnh: 6 tháng đầu năm hỗ trợ 403 nhà ở cho hộ nghèo, hộ khó khăn
Sáng 7/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Trần Nhật Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Các đại biểu dự hội nghị sơ kết. Ảnh: Phan Trâm
6 tháng đầu năm 2022, Mặt trận các cấp tập trung triển khai Đề án số 06-ĐA/TU của Ban Thường vụ Tỉnh ủy về hỗ trợ nhà ở cho hộ nghèo, hộ gia đình có hoàn cảnh khó khăn. Đến ngày 30/6, toàn tỉnh đã hỗ trợ 403 nhà (xây mới 311 nhà, sửa chữa 92 nhà) với tổng kinh phí hơn 24,7 tỷ đồng; trong đó Quỹ "Vì người nghèo" tỉnh 8,1 tỷ đồng, ngân sách tỉnh 6,22 tỷ đồng, các doanh nghiệp, nhà hảo tâm 5,6 tỷ đồng, phần còn lại do gia đình, dòng họ và cộng đồng đóng góp. Mức hỗ trợ xây mới 60 triệu đồng/nhà, sửa chữa 30 triệu đồng/nhà theo Quyết định số 22/2022/QĐ-UBND của UBND tỉnh.
Cũng trong 6 tháng, Quỹ "Vì người nghèo" ba cấp tiếp nhận trên 17,3 tỷ đồng; trao 2.640 suất quà cho hộ nghèo, trẻ em mồ côi do Covid-19; hỗ trợ 215 hộ phát triển sinh kế; 1.320 hộ gia đình và 86 khu dân cư đăng ký "Khu dân cư kiểu mẫu". Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ là 4,67%, hộ cận nghèo 5,12%.
Thảo luận tại hội nghị, bà Võ Thị Hương, Chủ tịch Ủy ban MTTQ huyện Hương Khê, nêu khó khăn khi giá vật liệu xây dựng tăng khoảng 25%; ông Hồ Văn Quý, Chủ tịch Ủy ban MTTQ xã Hương Liên, cho biết xã có 36 hộ đồng bào Chứt ở bản Rào Tre cần sửa chữa nhà. Ông Nguyễn Trọng Hải, Trưởng ban Công tác Mặt trận thôn Trung Thượng, xã Sơn Tiến, chia sẻ cách vận động con em xa quê ủng hộ 320 triệu đồng làm 4 nhà cho hộ nghèo.
Phát biểu kết luận, đồng chí Trần Nhật Khang yêu cầu 6 tháng cuối năm phấn đấu hoàn thành ít nhất 600 nhà theo Đề án; mỗi cán bộ, công chức ủng hộ 1 ngày lương; các Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Thị Hồng Hoa, Phạm Lâm Tuấn phụ trách đôn đốc từng huyện. Hội nghị cũng quán triệt Kết luận số 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận.
Theo đánh giá của Ban Thường trực, nhiều địa phương đã làm tốt việc bình xét công khai, dân chủ tại thôn, tổ dân phố; các nhà được xây dựng đảm bảo "3 cứng", đúng thiết kế mẫu. Tuy nhiên, một số hộ già cả, neo đơn không có khả năng đối ứng, một số nơi chậm khởi công do vướng đất ở, cần các cấp ủy, chính quyền vào cuộc quyết liệt hơn.
Phan Trâm
Lượt xem: 1.870
Tin liên quan
- Kỳ Anh bàn giao 12 nhà cho hộ nghèo (02/07/2022)
- Hội nghị Ủy ban MTTQ tỉnh phát động ủng hộ làm nhà (24/06/2022)
- Lộc Hà: 100 triệu đồng hỗ trợ hộ khó khăn (15/06/2022)
""", "2022-07-08", "Hà Tĩnh: 6 tháng đầu năm hỗ trợ 403 nhà ở cho hộ nghèo, hộ khó khăn",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Trần Nhật Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Võ Thị Hương", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Hồ Văn Quý", "Chủ tịch Ủy ban MTTQ xã Hương Liên"),
 P("Nguyễn Trọng Hải", "Trưởng ban Công tác Mặt trận thôn Trung Thượng"),
 P("Nguyễn Thị Hồng Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Lâm Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("403 nhà", 403, "nhà"), Q("311 nhà", 311, "nhà"), Q("92 nhà", 92, "nhà"), Q("hơn 24,7 tỷ đồng", 24700000000, "đồng", "over"),
 Q("8,1 tỷ đồng", 8100000000, "đồng"), Q("6,22 tỷ đồng", 6220000000, "đồng"), Q("5,6 tỷ đồng", 5600000000, "đồng"),
 Q("60 triệu đồng/nhà", 60000000, "đồng"), Q("30 triệu đồng/nhà", 30000000, "đồng"),
 Q("trên 17,3 tỷ đồng", 17300000000, "đồng", "over"), Q("2.640 suất quà", 2640, "suất quà"), Q("215 hộ", 215, "hộ"),
 Q("1.320 hộ gia đình", 1320, "hộ gia đình"), Q("86 khu dân cư", 86, "khu dân cư"), Q("4,67%", 4.67, "%"), Q("5,12%", 5.12, "%"),
 Q("khoảng 25%", 25, "%", "approx"), Q("36 hộ đồng bào Chứt", 36, "hộ đồng bào Chứt"), Q("320 triệu đồng", 320000000, "đồng"), Q("4 nhà", 4, "nhà"),
 Q("ít nhất 600 nhà", 600, "nhà", "over")],
[D("Đề án", "06", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 06-ĐA/TU"),
 D("Quyết định", "22", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 22/2022/QĐ-UBND"),
 D("Nghị định", "07", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 07/2021/NĐ-CP"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU")],
[prov("Hà Tĩnh"), com("Hương Liên"), com("Sơn Tiến")],
["BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH", "Chính trị | Mặt trận",
 "Các đại biểu dự hội nghị sơ kết. Ảnh: Phan Trâm", "Vì người nghèo", "Khu dân cư kiểu mẫu", "Lượt xem: 1.870", "Hương Khê", "Covid-19"],
["Thứ Sáu, 08/07/2022 - 09:25", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022", "ngày 30/6", "2022 - 2025",
 "1 ngày lương", "3 cứng", "Lượt xem: 1.870"]))
