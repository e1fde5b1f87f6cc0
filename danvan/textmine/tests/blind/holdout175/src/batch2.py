from lib import *
PAGES = []

PAGES.append(page("b4163-hagiang-lhpn-khoinghiep-2017", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Vị trí: Trang chủ >> Tin tức >> Phụ nữ với phát triển kinh tế
Thứ Ba, 19/09/2017, 14:35
Phụ nữ vùng cao khởi nghiệp từ homestay và hợp tác xã
Ngày 18/9/2017, tại thành phố Hà Giang, Hội LHPN tỉnh tổ chức hội nghị triển khai Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" năm 2017. Đồng chí Sình Thị Mai, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh và 135 đại biểu là chủ tịch hội phụ nữ các huyện, xã biên giới.
Đồng chí Sình Thị Mai phát biểu tại hội nghị.
Theo đồng chí Lò Thị Dín, Phó Chủ tịch Hội LHPN tỉnh, thực hiện Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án, Ban Thường vụ Hội LHPN tỉnh đã ban hành kế hoạch số 85/KH-HPN ngày 25/7/2017, đặt mục tiêu mỗi năm hỗ trợ 300 phụ nữ khởi nghiệp, thành lập mới ít nhất 10 hợp tác xã, tổ hợp tác do phụ nữ quản lý. Bước đầu, các cấp Hội đã tiếp nhận 26 ý tưởng khởi nghiệp, trong đó 9 ý tưởng về du lịch cộng đồng, homestay.
Ở làng văn hóa du lịch Lô Lô Chải, xã Lũng Cú, chị Sình Thị Dợ đã mạnh dạn vay 50 triệu đồng từ Ngân hàng Chính sách xã hội, cùng gia đình cải tạo ngôi nhà trình tường thành homestay với 20 chỗ nghỉ; từ đầu năm đến nay đón hơn 1.100 lượt khách, thu khoảng 180 triệu đồng. Tại xã Thanh Vân, 24 chị em người Dao, Tày đã góp vốn lập hợp tác xã dệt lanh, may thổ cẩm, mỗi tháng bán trên 400 sản phẩm cho khách du lịch.
Hội viên hợp tác xã dệt lanh xã Thanh Vân giới thiệu sản phẩm. Ảnh: Hồng Nhung
Tại hội nghị, các đồng chí Chủ tịch Hội LHPN huyện: Vàng Thị Mỷ (Đồng Văn), Hầu Thị Chở (Mèo Vạc), Lý Thị Sinh (Quản Bạ) nêu khó khăn: trình độ của chị em còn hạn chế, 34% hội viên chưa biết đọc, viết tiếng phổ thông, sản phẩm làm ra chưa có bao bì, nhãn mác. Bà Giàng Thị Súa, chủ homestay thôn Lô Lô Chải, đề nghị mở lớp dạy tiếng Anh giao tiếp cho chị em.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Sơn đề nghị các sở, ngành phối hợp với Hội thực hiện Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch; UBND tỉnh sẽ hỗ trợ 1,2 tỷ đồng cho các mô hình khởi nghiệp tiêu biểu của phụ nữ năm 2018.
Dịp này, Hội LHPN tỉnh trao 15 suất hỗ trợ khởi nghiệp, mỗi suất 10 triệu đồng, cho chị em có ý tưởng khả thi. Các đại biểu cũng tham quan gian hàng trưng bày mật ong bạc hà, chè Shan tuyết, rượu ngô của các tổ hợp tác phụ nữ.
Hồng Nhung
Lượt truy cập: 978
Tin khác
- Quản Bạ: ra mắt câu lạc bộ phụ nữ khởi nghiệp (05/09/2017)
- Mèo Vạc: phụ nữ H'Mông giữ nghề dệt lanh (22/08/2017)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2017 (14/07/2017)
""", "2017-09-19", "Phụ nữ vùng cao khởi nghiệp từ homestay và hợp tác xã",
E("hoi_nghi", "2017", "2017-09-18"),
[P("Sình Thị Mai", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Sơn", "Phó Chủ tịch UBND tỉnh"),
 P("Lò Thị Dín", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sình Thị Dợ"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội LHPN huyện"), P("Hầu Thị Chở", "Chủ tịch Hội LHPN huyện"), P("Lý Thị Sinh", "Chủ tịch Hội LHPN huyện"),
 P("Giàng Thị Súa", "chủ homestay thôn Lô Lô Chải")],
[Q("135 đại biểu", 135, "đại biểu"), Q("300 phụ nữ khởi nghiệp", 300, "phụ nữ"), Q("ít nhất 10 hợp tác xã, tổ hợp tác", 10, "hợp tác xã, tổ hợp tác", "over"),
 Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("9 ý tưởng", 9, "ý tưởng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("20 chỗ nghỉ", 20, "chỗ nghỉ"), Q("hơn 1.100 lượt khách", 1100, "lượt khách", "over"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("24 chị em", 24, "chị em"), Q("trên 400 sản phẩm", 400, "sản phẩm", "over"), Q("34%", 34, "%"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("15 suất hỗ trợ khởi nghiệp", 15, "suất hỗ trợ khởi nghiệp"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "85", "KH-HPN", "2017-07-25", "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 85/KH-HPN ngày 25/7/2017"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Thanh Vân")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Vị trí: Trang chủ >> Tin tức >> Phụ nữ với phát triển kinh tế",
 "Đồng chí Sình Thị Mai phát biểu tại hội nghị.", "Hội viên hợp tác xã dệt lanh xã Thanh Vân giới thiệu sản phẩm.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Lô Lô Chải", "Lượt truy cập: 978"],
["Thứ Ba, 19/09/2017, 14:35", "năm 2017", "giai đoạn 2017 - 2025", "năm 2018", "Lượt truy cập: 978"]))

PAGES.append(page("b4164-quangninh-ocop-tongket-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ / Tin tức - Sự kiện / Kinh tế
2018-12-27 16:40
Quảng Ninh có thêm 58 sản phẩm OCOP đạt 4 sao
Ngày 26/12/2018, Ban Chỉ đạo Chương trình "Mỗi xã, phường một sản phẩm" (OCOP) tỉnh Quảng Ninh tổ chức hội nghị tổng kết Chương trình OCOP năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí Cao Tường Vân, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết. Ảnh: Thu Chung
Năm 2018 là năm đầu tỉnh triển khai Chương trình theo Quyết định số 490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018 - 2020, sau 5 năm tỉnh làm thí điểm. Đến nay, toàn tỉnh có 323 sản phẩm OCOP của 187 chủ thể sản phẩm, trong đó 58 sản phẩm OCOP đạt 4 sao, 177 sản phẩm đạt 3 sao; doanh thu từ các sản phẩm OCOP năm 2018 ước đạt 1.320 tỷ đồng, tăng 24% so với năm 2017. Các hợp tác xã chiếm 41% số chủ thể; Hội Nông dân và Hội LHPN các cấp đã hỗ trợ thành lập 22 hợp tác xã tham gia OCOP.
Tỉnh đã tổ chức 2 hội chợ OCOP quy mô tỉnh với 240 gian hàng, thu hút khoảng 300.000 lượt khách, doanh thu trên 36 tỷ đồng; duy trì 15 điểm giới thiệu và bán sản phẩm OCOP tại các khu du lịch Hạ Long, Yên Tử, Trà Cổ. Nhiều sản phẩm như ba kích Ba Chẽ, miến dong Bình Liêu, chả mực Hạ Long, trà hoa vàng đã vào hệ thống siêu thị tại Hà Nội và TP Hồ Chí Minh.
Tại hội nghị, bà Chíu Thị Sinh, Giám đốc hợp tác xã miến dong Bình Liêu, cho biết hợp tác xã có 30 xã viên người Tày, Dao, năm 2018 bán 120 tấn miến, thu nhập của thành viên khoảng 6 triệu đồng/tháng. Ông Lìu Văn Sáng, chủ thể sản phẩm ba kích tím, xã Thanh Sơn, kiến nghị hỗ trợ vùng nguyên liệu và chứng nhận hữu cơ. Bà Nguyễn Thị Vân Anh, Chủ tịch Hội LHPN tỉnh, thông tin Hội đã tư vấn cho 65 chủ thể là phụ nữ hoàn thiện bao bì, nhãn mác.
Phát biểu kết luận, đồng chí Cao Tường Vân yêu cầu năm 2019 các địa phương thực hiện tốt Nghị quyết số 19-NQ/TU ngày 28/11/2014 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 120/KH-UBND ngày 18/7/2018 của UBND tỉnh; phấn đấu có thêm ít nhất 50 sản phẩm đạt 3 sao trở lên, 2 sản phẩm đề nghị Trung ương đánh giá 5 sao; ưu tiên sản phẩm gắn với du lịch cộng đồng ở Bình Liêu, Cô Tô.
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong triển khai Chương trình OCOP năm 2018.
Thu Chung
Lượt xem: 4.502
Tin liên quan
- Hội chợ OCOP Quảng Ninh - Hè 2018 thu hút 150.000 lượt khách (10/07/2018)
- Bình Liêu: phát triển du lịch cộng đồng gắn với OCOP (22/06/2018)
- Ba Chẽ nâng cao chất lượng sản phẩm ba kích (05/06/2018)
""", "2018-12-27", "Quảng Ninh có thêm 58 sản phẩm OCOP đạt 4 sao",
E("tong_ket", "2018", "2018-12-26"),
[P("Cao Tường Vân", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Chíu Thị Sinh", "Giám đốc hợp tác xã miến dong Bình Liêu"),
 P("Lìu Văn Sáng", "chủ thể sản phẩm ba kích tím"),
 P("Nguyễn Thị Vân Anh", "Chủ tịch Hội LHPN tỉnh")],
[Q("323 sản phẩm OCOP", 323, "sản phẩm OCOP"), Q("187 chủ thể sản phẩm", 187, "chủ thể sản phẩm"),
 Q("58 sản phẩm OCOP", 58, "sản phẩm OCOP"), Q("177 sản phẩm", 177, "sản phẩm"),
 Q("ước đạt 1.320 tỷ đồng", 1320000000000, "đồng", "approx"), Q("24%", 24, "%"), Q("41%", 41, "%"),
 Q("22 hợp tác xã", 22, "hợp tác xã"), Q("2 hội chợ OCOP quy mô tỉnh", 2, "hội chợ OCOP quy mô tỉnh"), Q("240 gian hàng", 240, "gian hàng"),
 Q("khoảng 300.000 lượt khách", 300000, "lượt khách", "approx"), Q("trên 36 tỷ đồng", 36000000000, "đồng", "over"),
 Q("15 điểm giới thiệu và bán sản phẩm OCOP", 15, "điểm giới thiệu và bán sản phẩm OCOP"), Q("30 xã viên", 30, "xã viên"),
 Q("120 tấn", 120, "tấn"), Q("khoảng 6 triệu đồng/tháng", 6000000, "đồng", "approx"), Q("65 chủ thể", 65, "chủ thể"),
 Q("ít nhất 50 sản phẩm", 50, "sản phẩm", "over"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân có thành tích xuất sắc", 18, "cá nhân")],
[D("Quyết định", "490", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định số 490/QĐ-TTg ngày 07/5/2018"),
 D("Nghị quyết", "19", "NQ/TU", "2014-11-28", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 19-NQ/TU ngày 28/11/2014"),
 D("Kế hoạch", "120", "KH-UBND", "2018-07-18", "UBND tỉnh", "Kế hoạch số 120/KH-UBND ngày 18/7/2018")],
[prov("Quảng Ninh"), com("Thanh Sơn"), prov("Hà Nội"), prov("Hồ Chí Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH", "Trang chủ / Tin tức - Sự kiện / Kinh tế", "Toàn cảnh hội nghị tổng kết.",
 "Mỗi xã, phường một sản phẩm", "Lượt xem: 4.502"],
["2018-12-27 16:40", "4 sao", "3 sao", "5 sao", "năm 2018", "năm 2019", "giai đoạn 2018 - 2020", "5 năm", "Lượt xem: 4.502"]))

PAGES.append(page("b4165-thanhhoa-hnd-giaoban-2019", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị - Xã hội :: Hội Nông dân
08:30 | 03/10/2019
Nông dân Pù Luông làm du lịch cộng đồng
Ngày 2/10, tại xã Thành Lâm, Hội Nông dân tỉnh tổ chức giao ban công tác Hội quý III năm 2019 với các huyện miền núi phía Tây, kết hợp tham quan mô hình du lịch cộng đồng ở Khu bảo tồn thiên nhiên Pù Luông. Đồng chí Lê Văn Hùng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Phạm Thị Thu, Lò Văn Thiết.
Homestay của hội viên nông dân bản Đôn, xã Thành Lâm. Ảnh: Hà Phương
Báo cáo tại giao ban cho thấy, 9 tháng năm 2019, các cấp Hội trong tỉnh đã thành lập 38 chi hội nghề nghiệp, 45 tổ hội nghề nghiệp, hỗ trợ thành lập 11 hợp tác xã; Quỹ hỗ trợ nông dân toàn tỉnh đạt 61,4 tỷ đồng, cho 2.163 hộ vay. Riêng 11 huyện miền núi có 7 hợp tác xã mới về dịch vụ du lịch, dược liệu, mây tre đan; 16 sản phẩm của hội viên được đăng ký tham gia Chương trình OCOP của tỉnh.
Tại Pù Luông, từ 3 homestay đầu tiên năm 2014, đến nay xã Thành Lâm và xã Thành Sơn đã có 52 cơ sở lưu trú cộng đồng, trong đó 37 cơ sở do hội viên nông dân làm chủ; 9 tháng đón trên 62.000 lượt khách, khoảng 70% là khách quốc tế. Ông Hà Văn Thuận, chủ homestay bản Đôn, cho biết gia đình được Quỹ hỗ trợ nông dân cho vay 80 triệu đồng để làm 6 phòng nghỉ, mỗi năm thu lãi khoảng 300 triệu đồng. Bà Lò Thị Hiền, Chủ tịch Hội Nông dân xã Lũng Cao, cho biết xã đã có tổ hợp tác dệt thổ cẩm 27 thành viên phục vụ khách du lịch.
Các đại biểu cũng nêu hạn chế: một số hộ tự ý xây nhà bê tông, phá vỡ cảnh quan; nguồn nước sinh hoạt mùa khô thiếu; các hộ chưa liên kết với nhau, còn cạnh tranh giá. Nhiều ý kiến đề nghị thành lập hợp tác xã du lịch cộng đồng Pù Luông để quản lý chung.
Kết luận giao ban, đồng chí Lê Văn Hùng đề nghị các cấp Hội bám sát Kế hoạch số 141-KH/TU ngày 12/6/2019 của Ban Thường vụ Tỉnh ủy và Kế hoạch 45, 46/KH-HND của Ban Thường vụ Hội Nông dân tỉnh về hỗ trợ phát triển kinh tế tập thể và du lịch cộng đồng; quý IV hoàn thành việc thành lập thêm ít nhất 5 hợp tác xã, phấn đấu cả năm Quỹ hỗ trợ nông dân tăng trên 6 tỷ đồng. Hội Nông dân tỉnh sẽ mở 3 lớp tập huấn kỹ năng du lịch cho 150 hội viên các xã vùng đệm Pù Luông.
Cùng ngày, đoàn đã trao 20 suất quà, mỗi suất 500.000 đồng cho hội viên nông dân có hoàn cảnh khó khăn ở bản Kho Mường.
Hà Phương
Lượt xem: 1.377
Tin khác
- Bá Thước: hội viên nông dân trồng dược liệu dưới tán rừng (25/09/2019)
- Hội Nông dân tỉnh ký kết chương trình phối hợp với Ngân hàng NN&PTNT (18/09/2019)
- Quan Hóa: ra mắt hợp tác xã du lịch cộng đồng bản Hang (04/09/2019)
""", "2019-10-03", "Nông dân Pù Luông làm du lịch cộng đồng",
E("giao_ban", "2019-Q3", "2019-10-02"),
[P("Lê Văn Hùng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Thu", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Lò Văn Thiết", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Văn Thuận", "chủ homestay bản Đôn"),
 P("Lò Thị Hiền", "Chủ tịch Hội Nông dân xã Lũng Cao")],
[Q("38 chi hội nghề nghiệp", 38, "chi hội nghề nghiệp"), Q("45 tổ hội nghề nghiệp", 45, "tổ hội nghề nghiệp"),
 Q("11 hợp tác xã", 11, "hợp tác xã"), Q("61,4 tỷ đồng", 61400000000, "đồng"), Q("2.163 hộ", 2163, "hộ"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("7 hợp tác xã mới", 7, "hợp tác xã mới"), Q("16 sản phẩm", 16, "sản phẩm"),
 Q("3 homestay", 3, "homestay"), Q("52 cơ sở lưu trú cộng đồng", 52, "cơ sở lưu trú cộng đồng"), Q("37 cơ sở", 37, "cơ sở"),
 Q("trên 62.000 lượt khách", 62000, "lượt khách", "over"), Q("khoảng 70%", 70, "%", "approx"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("6 phòng nghỉ", 6, "phòng nghỉ"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("27 thành viên", 27, "thành viên"),
 Q("ít nhất 5 hợp tác xã", 5, "hợp tác xã", "over"), Q("trên 6 tỷ đồng", 6000000000, "đồng", "over"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("150 hội viên", 150, "hội viên"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "141", "KH/TU", "2019-06-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 141-KH/TU ngày 12/6/2019"),
 D("Kế hoạch", "45", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 45, 46/KH-HND"),
 D("Kế hoạch", "46", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 45, 46/KH-HND")],
[prov("Thanh Hóa"), com("Thành Lâm"), com("Thành Sơn"), com("Lũng Cao")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị - Xã hội :: Hội Nông dân",
 "Homestay của hội viên nông dân bản Đôn, xã Thành Lâm.", "Khu bảo tồn thiên nhiên Pù Luông", "Lượt xem: 1.377"],
["08:30 | 03/10/2019", "quý III năm 2019", "9 tháng năm 2019", "năm 2014", "quý IV", "Lượt xem: 1.377"]))

PAGES.append(page("b4166-soctrang-lhpn-soket-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Trang chủ » Hoạt động các cấp Hội » Tin tức
Cập nhật: 14:05, 16/07/2020 (GMT+7)
Ảnh: Đồng chí Lâm Thị Sa Phia phát biểu kết luận.
Vượt khó do dịch bệnh, phụ nữ Sóc Trăng có thêm 14 sản phẩm OCOP
Sáng 15/7/2020, Ban Thường vụ Hội LHPN tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2020 theo hình thức trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Lâm Thị Sa Phia, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, dù chịu ảnh hưởng của dịch Covid-19 và hạn mặn, các cấp Hội đã vận động 2.845 hội viên mới, hỗ trợ 14 sản phẩm của chủ thể là phụ nữ đạt chứng nhận OCOP 3 sao, nâng tổng số lên 21 sản phẩm; hỗ trợ thành lập 6 hợp tác xã và 23 tổ hợp tác do phụ nữ quản lý, với 412 thành viên. Hội đã giải ngân 6,3 tỷ đồng từ nguồn vốn ủy thác cho 218 hội viên vay, đồng thời vận động hơn 1,1 tỷ đồng hỗ trợ 3.600 hộ khó khăn do dịch.
Chị Thạch Thị Sa Rươne, Giám đốc hợp tác xã bánh pía Thuận Hòa, cho biết năm 2019 hợp tác xã có 15 thành viên, doanh thu khoảng 4,5 tỷ đồng; sản phẩm bánh pía sầu riêng trứng muối vừa đạt OCOP 3 sao. Bà Sơn Thị Kim Lệ, Chủ tịch Hội LHPN xã Viên Bình, trình bày mô hình tổ hợp tác làm mắm cá, trong 6 tháng bán 8 tấn sản phẩm. Đồng chí Trần Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN tỉnh cho biết Hội đã đưa 40 sản phẩm của chị em lên sàn thương mại điện tử.
Thành viên hợp tác xã làm bánh pía tại xã Thuận Hòa. Ảnh: Kim Ngọc
Hội nghị đã nghe các ý kiến của các đồng chí Chủ tịch Hội LHPN huyện Trần Đề, Mỹ Xuyên, Vĩnh Châu. Các đồng chí Thạch Thị Phương Lan, Kim Thị Sa Rên, Lâm Thị Ngọc Hân - Phó Chủ tịch Hội LHPN huyện nêu khó khăn về vốn, về mặt bằng sản xuất và tìm đầu ra khi các chợ tạm ngưng hoạt động. Ở thị xã Vĩnh Châu, tổ hợp tác phụ nữ Khmer làm bánh tét, bánh ít lá gai cho các điểm du lịch chùa Dơi, chùa Chén Kiểu phải tạm nghỉ gần 3 tháng vì vắng khách; nhiều chị em chuyển sang bán hàng qua mạng xã hội, giao hàng tận nhà.
Phát biểu kết luận, đồng chí Lâm Thị Sa Phia đề nghị các cấp Hội triển khai tốt Kế hoạch số 58-KH/TU ngày 10/3/2020 của Tỉnh ủy về phát triển kinh tế tập thể và Kế hoạch số 12/KH-ĐCT ngày 02/4/2020 của Đoàn Chủ tịch Hội LHPN tỉnh; 6 tháng cuối năm phấn đấu có thêm ít nhất 4 hợp tác xã, giới thiệu 10 sản phẩm tham gia đánh giá OCOP, tổ chức phiên chợ sản phẩm của phụ nữ dịp Tết Chôl Chnăm Thmây, Ok Om Bok.
Kim Ngọc
Lượt xem: 842
Tin liên quan
- Phụ nữ Mỹ Tú chung tay phòng chống Covid-19 (28/06/2020)
- Trao 200 phần quà cho phụ nữ nghèo bị ảnh hưởng hạn mặn (15/05/2020)
- Vĩnh Châu: ra mắt tổ hợp tác làm bánh truyền thống (20/04/2020)
""", "2020-07-16", "Vượt khó do dịch bệnh, phụ nữ Sóc Trăng có thêm 14 sản phẩm OCOP",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Lâm Thị Sa Phia", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Rươne", "Giám đốc hợp tác xã bánh pía Thuận Hòa"),
 P("Sơn Thị Kim Lệ", "Chủ tịch Hội LHPN xã Viên Bình"),
 P("Trần Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Phương Lan", "Phó Chủ tịch Hội LHPN huyện"), P("Kim Thị Sa Rên", "Phó Chủ tịch Hội LHPN huyện"),
 P("Lâm Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN huyện")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"), Q("2.845 hội viên mới", 2845, "hội viên mới"),
 Q("14 sản phẩm", 14, "sản phẩm"), Q("21 sản phẩm", 21, "sản phẩm"), Q("6 hợp tác xã", 6, "hợp tác xã"), Q("23 tổ hợp tác", 23, "tổ hợp tác"),
 Q("412 thành viên", 412, "thành viên"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("218 hội viên", 218, "hội viên"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("3.600 hộ khó khăn", 3600, "hộ khó khăn"), Q("15 thành viên", 15, "thành viên"),
 Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("8 tấn", 8, "tấn"), Q("40 sản phẩm", 40, "sản phẩm"),
 Q("ít nhất 4 hợp tác xã", 4, "hợp tác xã", "over"), Q("10 sản phẩm", 10, "sản phẩm")],
[D("Kế hoạch", "58", "KH/TU", "2020-03-10", "Tỉnh ủy", "Kế hoạch số 58-KH/TU ngày 10/3/2020"),
 D("Kế hoạch", "12", "KH-ĐCT", "2020-04-02", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 12/KH-ĐCT ngày 02/4/2020")],
[prov("Sóc Trăng"), com("Thuận Hòa"), com("Viên Bình")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Trang chủ » Hoạt động các cấp Hội » Tin tức",
 "Ảnh: Đồng chí Lâm Thị Sa Phia phát biểu kết luận.", "Thành viên hợp tác xã làm bánh pía tại xã Thuận Hòa.", "Lượt xem: 842"],
["Cập nhật: 14:05, 16/07/2020 (GMT+7)", "6 tháng đầu năm 2020", "Covid-19", "OCOP 3 sao", "năm 2019", "6 tháng", "6 tháng cuối năm", "gần 3 tháng", "Lượt xem: 842"]))

PAGES.append(page("b4167-kontum-hnd-doithoai-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ - Xã hội - Dân tộc - Miền núi
Thứ Sáu, 26/11/2021
Hôm nay: Thứ Hai, 29/11/2021
Chủ tịch UBND thành phố đối thoại với nông dân làm du lịch cộng đồng
Ngày 25/11, Hội Nông dân thành phố Kon Tum phối hợp với UBND thành phố tổ chức Hội nghị đối thoại giữa Chủ tịch UBND thành phố với hội viên, nông dân năm 2021, chủ đề "Phát triển du lịch cộng đồng và kinh tế hợp tác ở các làng đồng bào dân tộc thiểu số". Đồng chí Nguyễn Văn Lộc, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì; dự có đồng chí A Pớt, Phó Chủ tịch Hội Nông dân tỉnh và 120 hội viên nông dân đến từ 6 làng.
Ảnh: Quang cảnh buổi đối thoại.
Thành phố hiện có 3 làng được công nhận điểm du lịch cộng đồng là Kon Kơ Tu, Kon Klor và Kon Jơ Ri với 27 hộ đón khách lưu trú, 4 đội cồng chiêng, 2 tổ hợp tác dệt thổ cẩm. Năm 2021, do dịch Covid-19, lượng khách giảm còn khoảng 9.500 lượt, bằng 35% năm 2019; doanh thu chỉ đạt 1,6 tỷ đồng.
Tại buổi đối thoại, 14 ý kiến được nêu. Ông A Hmưn, người có uy tín làng Kon Kơ Tu, xã Đăk Rơ Wa, đề nghị hỗ trợ làm lại đường bê tông vào làng và bãi đỗ xe cho khách. Bà Y Blưng, Tổ trưởng tổ hợp tác dệt thổ cẩm làng Kon Klor, phường Thắng Lợi, kiến nghị được vay vốn không thế chấp để mua khung dệt, sợi màu. Anh A Dũng, chủ nhà sàn homestay, đề nghị tổ chức các lớp dạy tiếng Anh và kỹ năng quảng bá qua mạng xã hội.
Trả lời các ý kiến, đồng chí Nguyễn Văn Lộc cho biết: thực hiện Nghị quyết số 05-NQ/TU ngày 21/7/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, thành phố đã bố trí 2,3 tỷ đồng làm đường vào làng Kon Kơ Tu, khởi công trong quý I/2022; hỗ trợ mỗi hộ đón khách lưu trú tối đa 20 triệu đồng cải tạo nhà vệ sinh. Hội Nông dân thành phố sẽ phối hợp Ngân hàng Chính sách xã hội cho vay ưu đãi theo Nghị định 78/2002/NĐ-CP của Chính phủ, mỗi hộ tối đa 100 triệu đồng.
Đồng chí A Pớt đề nghị các chi hội nông dân ở làng phát huy vai trò vận động bà con giữ gìn nhà rông, không bán đất cho người ngoài; Hội Nông dân tỉnh hỗ trợ 50 triệu đồng từ Quỹ hỗ trợ nông dân cho tổ hợp tác dệt thổ cẩm làng Kon Klor. Các ông Y Kiêm, A Thuyên - Chi hội trưởng Chi hội Nông dân làng cam kết vận động hội viên thực hiện quy ước làng du lịch.
Nhà rông làng Kon Klor, điểm đến của du khách. Ảnh: Y Sương
Kết thúc buổi đối thoại, 100% ý kiến đã được trả lời trực tiếp, 3 ý kiến được giao phòng chuyên môn xem xét, trả lời bằng văn bản trước ngày 31/12/2021.
Y Sương
Lượt xem: 1.905
Tin liên quan
- Kon Tum: ra mắt hợp tác xã du lịch cộng đồng Măng Đen (10/11/2021)
- Hội Nông dân tỉnh sơ kết 9 tháng năm 2021 (05/10/2021)
- Làng Kon Kơ Tu đón khách trở lại (20/09/2021)
""", "2021-11-26", "Chủ tịch UBND thành phố đối thoại với nông dân làm du lịch cộng đồng",
E("doi_thoai", "2021", "2021-11-25"),
[P("Nguyễn Văn Lộc", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("A Pớt", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("A Hmưn", "người có uy tín làng Kon Kơ Tu"),
 P("Y Blưng", "Tổ trưởng tổ hợp tác dệt thổ cẩm làng Kon Klor"),
 P("A Dũng", "chủ nhà sàn homestay"),
 P("Y Kiêm", "Chi hội trưởng Chi hội Nông dân làng"), P("A Thuyên", "Chi hội trưởng Chi hội Nông dân làng")],
[Q("120 hội viên nông dân", 120, "hội viên nông dân"), Q("6 làng", 6, "làng"), Q("3 làng", 3, "làng"), Q("27 hộ", 27, "hộ"),
 Q("4 đội cồng chiêng", 4, "đội cồng chiêng"), Q("2 tổ hợp tác dệt thổ cẩm", 2, "tổ hợp tác dệt thổ cẩm"),
 Q("khoảng 9.500 lượt", 9500, "lượt", "approx"), Q("35%", 35, "%"), Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("14 ý kiến", 14, "ý kiến"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("tối đa 20 triệu đồng", 20000000, "đồng"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("100%", 100, "%"), Q("3 ý kiến", 3, "ý kiến")],
[D("Nghị quyết", "05", "NQ/TU", "2021-07-21", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU ngày 21/7/2021"),
 D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định 78/2002/NĐ-CP")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Thắng Lợi")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ - Xã hội - Dân tộc - Miền núi", "Hôm nay: Thứ Hai, 29/11/2021", "Ảnh: Quang cảnh buổi đối thoại.",
 "Phát triển du lịch cộng đồng và kinh tế hợp tác ở các làng đồng bào dân tộc thiểu số",
 "Nhà rông làng Kon Klor, điểm đến của du khách.", "Lượt xem: 1.905"],
["Thứ Sáu, 26/11/2021", "năm 2021", "Covid-19", "năm 2019", "quý I/2022", "31/12/2021", "Lượt xem: 1.905"]))

PAGES.append(page("b4168-dongthap-ocop-taphuan-2022", """
Báo Đồng Tháp Online
Kinh tế > Nông nghiệp > Kinh tế tập thể
30 tháng 8, 2022 | 10:45
Bồi dưỡng kiến thức cho 150 chủ thể sản phẩm OCOP, cán bộ hợp tác xã
Trong 2 ngày 29 và 30/8/2022, Liên minh Hợp tác xã tỉnh phối hợp với Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp tổ chức lớp tập huấn nâng cao năng lực quản trị cho chủ thể sản phẩm OCOP và cán bộ quản lý hợp tác xã năm 2022. Tham dự có 150 học viên là giám đốc hợp tác xã, tổ trưởng tổ hợp tác, chủ cơ sở sản xuất có sản phẩm OCOP.
Phát biểu khai giảng, đồng chí Lê Thị Kim Ngân, Phó Chủ tịch Liên minh Hợp tác xã tỉnh cho biết, sau 3 năm triển khai, Đồng Tháp có 198 sản phẩm OCOP, trong đó 4 sản phẩm 5 sao, 36 sản phẩm 4 sao; 92 chủ thể là hợp tác xã, tổ hợp tác. Toàn tỉnh có 229 hợp tác xã nông nghiệp với 27.300 thành viên, doanh thu bình quân 4,1 tỷ đồng/hợp tác xã/năm.
Học viên trao đổi tại lớp tập huấn. Ảnh: Hữu Nghĩa
Tại lớp học, các học viên được báo cáo viên quán triệt Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới; Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025; hướng dẫn xây dựng kế hoạch kinh doanh, truy xuất nguồn gốc, bán hàng trên sàn thương mại điện tử, kết nối du lịch nông nghiệp.
Bà Nguyễn Thị Ánh Tuyết, Giám đốc hợp tác xã sen Tháp Mười, xã Mỹ Hòa, chia sẻ: hợp tác xã có 47 thành viên, 5 sản phẩm OCOP 4 sao từ sen, kết hợp đón khách tham quan đồng sen, năm 2021 doanh thu hơn 8 tỷ đồng dù ảnh hưởng dịch. Ông Phan Văn Bé Ba, Chủ nhiệm hợp tác xã xoài Mỹ Xương, cho biết hợp tác xã liên kết xuất khẩu 1.200 tấn xoài mỗi năm. Chị Đặng Thị Mộng Thúy, chủ thể sản phẩm bánh phồng tôm xã Tân Khánh Đông, đề nghị hỗ trợ máy đóng gói và thiết kế bao bì.
Theo đồng chí Võ Văn Thành, Phó Chủ tịch Hội Nông dân tỉnh, thực hiện Kế hoạch số 114-KH/TU và Kế hoạch 115-KH/TU của Ban Thường vụ Tỉnh ủy, Hội đã giúp thành lập 31 tổ hợp tác, 8 hợp tác xã trong 2 năm qua; Quỹ hỗ trợ nông dân đang cho 136 dự án vay với tổng dư nợ 28,7 tỷ đồng. Năm 2022, Hội đặt mục tiêu mỗi huyện có từ 2 sản phẩm OCOP trở lên do hội viên nông dân làm chủ.
Kết thúc lớp học, Ban tổ chức cấp giấy chứng nhận cho 150 học viên; 12 hợp tác xã đăng ký tham gia Hội chợ OCOP tỉnh Đồng Tháp tháng 10/2022.
Hữu Nghĩa
Lượt xem: 2.246
Xem thêm
- Tháp Mười phát triển du lịch sinh thái đồng sen (21/08/2022)
- Đồng Tháp có thêm 23 sản phẩm OCOP 3 sao (10/08/2022)
- Hội LHPN tỉnh hỗ trợ phụ nữ khởi nghiệp (30/07/2022)
""", "2022-08-30", "Bồi dưỡng kiến thức cho 150 chủ thể sản phẩm OCOP, cán bộ hợp tác xã",
E("tap_huan", "2022", "2022-08-29"),
[P("Lê Thị Kim Ngân", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Nguyễn Thị Ánh Tuyết", "Giám đốc hợp tác xã sen Tháp Mười"),
 P("Phan Văn Bé Ba", "Chủ nhiệm hợp tác xã xoài Mỹ Xương"),
 P("Đặng Thị Mộng Thúy", "chủ thể sản phẩm bánh phồng tôm xã Tân Khánh Đông"),
 P("Võ Văn Thành", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("198 sản phẩm OCOP", 198, "sản phẩm OCOP"), Q("4 sản phẩm", 4, "sản phẩm"), Q("36 sản phẩm", 36, "sản phẩm"),
 Q("92 chủ thể", 92, "chủ thể"), Q("229 hợp tác xã nông nghiệp", 229, "hợp tác xã nông nghiệp"), Q("27.300 thành viên", 27300, "thành viên"),
 Q("4,1 tỷ đồng/hợp tác xã/năm", 4100000000, "đồng"), Q("47 thành viên", 47, "thành viên"), Q("5 sản phẩm OCOP", 5, "sản phẩm OCOP"),
 Q("hơn 8 tỷ đồng", 8000000000, "đồng", "over"), Q("1.200 tấn", 1200, "tấn"), Q("31 tổ hợp tác", 31, "tổ hợp tác"),
 Q("8 hợp tác xã", 8, "hợp tác xã"), Q("136 dự án", 136, "dự án"), Q("28,7 tỷ đồng", 28700000000, "đồng"),
 Q("từ 2 sản phẩm OCOP trở lên", 2, "sản phẩm OCOP", "over"), Q("12 hợp tác xã", 12, "hợp tác xã")],
[D("Nghị quyết", "20", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 20-NQ/TW ngày 16/6/2022"),
 D("Quyết định", "919", "QĐ-TTg", "2022-08-01", "Thủ tướng Chính phủ", "Quyết định số 919/QĐ-TTg ngày 01/8/2022"),
 D("Kế hoạch", "114", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 114-KH/TU"),
 D("Kế hoạch", "115", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 115-KH/TU")],
[prov("Đồng Tháp"), com("Mỹ Hòa"), com("Tân Khánh Đông")],
["Báo Đồng Tháp Online", "Kinh tế > Nông nghiệp > Kinh tế tập thể", "Học viên trao đổi tại lớp tập huấn.", "Lượt xem: 2.246"],
["30 tháng 8, 2022 | 10:45", "2 ngày", "năm 2022", "3 năm", "5 sao", "4 sao", "khóa XIII", "giai đoạn 2021 - 2025", "2 năm", "tháng 10/2022", "Lượt xem: 2.246"]))
