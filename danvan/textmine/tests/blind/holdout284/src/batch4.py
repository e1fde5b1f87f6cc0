from lib import *
PAGES = []

PAGES.append(page("b6791-tuyenquang-chandung-dangvien-dao-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ » Xã hội » Dân tộc - Miền núi
Thứ Sáu, 12/09/2025, 08:05
Anh Triệu Văn Hin (bên phải) kiểm tra đàn dê của gia đình.
Đảng viên người Dao "mở lối" thoát nghèo ở vùng cao Mậu Duệ
Ở thôn Lùng Thầu, xã Mậu Duệ (tỉnh Tuyên Quang), anh Triệu Văn Hin, 41 tuổi, Bí thư Chi bộ kiêm Trưởng thôn Lùng Thầu, được bà con người Dao gọi thân mật là "người mở lối". Từ một hộ nghèo của thôn, anh đã trở thành đảng viên làm kinh tế giỏi, giúp hàng chục hộ đồng bào cùng thoát nghèo.
Năm 2015, anh Hin vay 50 triệu đồng từ Ngân hàng Chính sách xã hội, mua 20 con dê giống về nuôi nhốt kết hợp chăn thả trên đồi đá. Thất bại lứa đầu vì dê bị bệnh, anh xuống xuôi học kỹ thuật làm chuồng sàn, trồng cỏ voi, ủ thức ăn. Đến nay, đàn dê của gia đình luôn duy trì khoảng 150 con, cùng 3 ha chè Shan tuyết và 2 ha ngô lai; mỗi năm thu nhập trên 400 triệu đồng.
Năm 2020, anh cùng 12 hộ trong thôn thành lập tổ hợp tác chăn nuôi dê; mỗi hộ nghèo tham gia được anh cho mượn 5 con dê cái, sau 2 năm trả lại đủ số dê. Tổ hợp tác nay có 27 thành viên, tổng đàn hơn 600 con. Nhờ đó, thôn Lùng Thầu từ 58 hộ nghèo năm 2020 nay chỉ còn 9 hộ.
Bà Bàn Thị Nhất, một thành viên tổ hợp tác, kể: "Nhà tôi trước làm nương ngô, năm nào cũng thiếu đói mấy tháng. Được anh Hin cho mượn dê, chỉ cách nuôi, giờ có 17 con dê, con cái được đi học đầy đủ".
Sau khi sắp xếp đơn vị hành chính theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, xã Mậu Duệ mới có diện tích rộng hơn, nhiều thôn đặc biệt khó khăn. Đồng chí Vàng Mí Lử, Bí thư Đảng ủy xã Mậu Duệ, cho biết Đảng ủy đang xây dựng Nghị quyết chuyên đề số 04-NQ/ĐU về phát triển chăn nuôi hàng hóa gắn với giảm nghèo nhiệm kỳ 2025 - 2030, trong đó lấy mô hình của anh Hin làm điểm để nhân rộng ra 15 thôn.
Đồng chí Hoàng Thị Thanh Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mậu Duệ, cho biết Mặt trận sẽ phối hợp với Chi bộ thôn Lùng Thầu vận động các đảng viên khá giả nhận đỡ đầu hộ nghèo, thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân ở vùng cao.
Anh Hin bảo dự định sắp tới là xây dựng thương hiệu "Thịt dê núi đá Mậu Duệ", liên kết với các nhà hàng ở Hà Giang cũ và thủ đô Hà Nội. "Bà con mình nuôi được thì phải bán được, bán được giá thì mới giữ được nghề", anh nói.
Bài, ảnh: Lý Thu
Tin liên quan
- Xã Đồng Văn: đảng viên trẻ làm du lịch cộng đồng (08/09/2025)
- Tuyên Quang ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/07/2025)
- Hỗ trợ sinh kế cho hộ nghèo vùng cao (25/08/2025)
""", "2025-09-12", "Đảng viên người Dao \"mở lối\" thoát nghèo ở vùng cao Mậu Duệ",
E("khac", None, None),
[P("Triệu Văn Hin", "Bí thư Chi bộ kiêm Trưởng thôn Lùng Thầu"),
 P("Bàn Thị Nhất", "thành viên tổ hợp tác"),
 P("Vàng Mí Lử", "Bí thư Đảng ủy xã Mậu Duệ"),
 P("Hoàng Thị Thanh Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mậu Duệ")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("20 con dê giống", 20, "con dê giống"), Q("khoảng 150 con", 150, "con", "approx"),
 Q("3 ha", 3, "ha"), Q("2 ha", 2, "ha"), Q("trên 400 triệu đồng", 400000000, "đồng", "over"), Q("12 hộ", 12, "hộ"),
 Q("5 con dê cái", 5, "con dê cái"), Q("27 thành viên", 27, "thành viên"), Q("hơn 600 con", 600, "con", "over"),
 Q("58 hộ nghèo", 58, "hộ nghèo"), Q("9 hộ", 9, "hộ"), Q("17 con dê", 17, "con dê"), Q("15 thôn", 15, "thôn")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 04-NQ/ĐU"),
 D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025")],
[prov("Tuyên Quang"), com("Mậu Duệ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ » Xã hội » Dân tộc - Miền núi",
 "Anh Triệu Văn Hin (bên phải) kiểm tra đàn dê của gia đình.", "Ngân hàng Chính sách xã hội", "Thịt dê núi đá Mậu Duệ",
 "Hà Giang cũ", "Hà Nội"],
["Thứ Sáu, 12/09/2025, 08:05", "41 tuổi", "Năm 2015", "Năm 2020", "2 năm", "năm 2020", "mấy tháng", "2025 - 2030"]))

PAGES.append(page("b6792-vinhlong-dangyxa-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Cơ sở
26-12-2025 09:40
Đồng chí Kim Thị Sa Ra trao giấy khen cho đảng viên tiêu biểu.
Xã Hòa Minh: 46 đảng viên giúp 93 hộ thoát nghèo trong năm
Ngày 24/12, Đảng ủy xã Hòa Minh (tỉnh Vĩnh Long) tổ chức hội nghị tổng kết phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" năm 2025 - năm đầu tiên xã vận hành mô hình chính quyền địa phương hai cấp. Đồng chí Kim Thị Sa Ra, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Xã Hòa Minh được thành lập từ tháng 7/2025 trên cơ sở sáp nhập 3 xã cũ, có 14 ấp với 5.612 hộ, trong đó gần 40% là đồng bào Khmer. Đảng bộ xã có 32 chi bộ với 968 đảng viên.
Năm 2025, thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị và Kế hoạch số 09-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã, có 46 đảng viên đăng ký nhận đỡ đầu hộ nghèo, hộ cận nghèo. Các đảng viên đã hỗ trợ 93 hộ thoát nghèo thông qua cho vay vốn không lãi 1,15 tỷ đồng, tặng 64 con bò, 2.300 con gà giống, hướng dẫn kỹ thuật trồng rau màu, nuôi cua, nuôi tôm. Tỷ lệ hộ nghèo của xã giảm còn 2,38%, hộ cận nghèo còn 3,1%.
Hội nghị đã nghe 4 tham luận. Ông Thạch Phone, Bí thư Chi bộ ấp Giồng Giếng, chủ cơ sở thu mua nông sản, cho biết đã ký hợp đồng bao tiêu khoai lang, đậu phộng cho 35 hộ Khmer, giá ổn định cao hơn thương lái 5 - 10%. Bà Huỳnh Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp phụ nữ xã, giới thiệu mô hình "Tổ tiết kiệm đảng viên giúp chị em nghèo" với 21 thành viên, mỗi tháng góp 200.000 đồng, cho hộ nghèo vay quay vòng.
Phát biểu kết luận, đồng chí Kim Thị Sa Ra đề nghị năm 2026 các chi bộ gắn phong trào với thực hiện Kết luận số 127-KL/TW, 128-KL/TW của Bộ Chính trị, Ban Bí thư; mỗi chi bộ ấp có ít nhất 2 đảng viên nhận đỡ đầu hộ nghèo; phấn đấu đến cuối năm 2026 giảm tỷ lệ hộ nghèo xuống dưới 1,5%. Ban Xây dựng Đảng Đảng ủy xã phối hợp Ủy ban MTTQ xã theo dõi, đánh giá thực chất, không để hộ thoát nghèo rồi tái nghèo.
Đồng chí Nguyễn Văn Tâm, Phó Bí thư Thường trực Đảng ủy xã, cho biết từ tháng 1/2026 xã sẽ triển khai phần mềm theo dõi hộ nghèo để mỗi đảng viên cập nhật kết quả giúp đỡ hằng quý.
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 15 đảng viên tiêu biểu và 3 chi bộ ấp có thành tích xuất sắc; mỗi đảng viên được thưởng 500.000 đồng.
Trúc Linh
Lượt xem: 642
Tin khác
- Phường Trà Vinh: biểu dương 30 gương "Dân vận khéo" (22/12/2025)
- Xã Mỏ Cày: đảng viên tiên phong trồng dừa hữu cơ (18/12/2025)
- Vĩnh Long tổng kết công tác dân vận năm 2025 (15/12/2025)
""", "2025-12-26", "Xã Hòa Minh: 46 đảng viên giúp 93 hộ thoát nghèo trong năm",
E("tong_ket", "2025", "2025-12-24"),
[P("Kim Thị Sa Ra", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Phone", "Bí thư Chi bộ ấp Giồng Giếng", "chủ cơ sở thu mua nông sản"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp phụ nữ xã"),
 P("Nguyễn Văn Tâm", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("46 đảng viên", 46, "đảng viên"), Q("93 hộ", 93, "hộ"), Q("3 xã", 3, "xã"), Q("14 ấp", 14, "ấp"),
 Q("5.612 hộ", 5612, "hộ"), Q("gần 40%", 40, "%", "approx"), Q("32 chi bộ", 32, "chi bộ"), Q("968 đảng viên", 968, "đảng viên"),
 Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("64 con bò", 64, "con bò"), Q("2.300 con gà giống", 2300, "con gà giống"),
 Q("2,38%", 2.38, "%"), Q("3,1%", 3.1, "%"), Q("4 tham luận", 4, "tham luận"), Q("35 hộ Khmer", 35, "hộ Khmer"),
 Q("5 - 10%", 5, "%"), Q("10%", 10, "%"), Q("21 thành viên", 21, "thành viên"), Q("200.000 đồng", 200000, "đồng"),
 Q("ít nhất 2 đảng viên", 2, "đảng viên", "over"), Q("dưới 1,5%", 1.5, "%"), Q("15 đảng viên tiêu biểu", 15, "đảng viên tiêu biểu"),
 Q("3 chi bộ ấp", 3, "chi bộ ấp"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW"),
 D("Kế hoạch", "09", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 15/7/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW")],
[prov("Vĩnh Long"), com("Hòa Minh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Cơ sở",
 "Đồng chí Kim Thị Sa Ra trao giấy khen cho đảng viên tiêu biểu.", "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo",
 "Tổ tiết kiệm đảng viên giúp chị em nghèo", "Ban Xây dựng Đảng Đảng ủy xã", "Lượt xem: 642"],
["26-12-2025 09:40", "năm 2025", "hai cấp", "tháng 7/2025", "năm 2026", "tháng 1/2026", "Lượt xem: 642"]))

PAGES.append(page("b6793-lamdong-hoinghi-dangvien-dtts-2025", """
Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng
Thời sự › Chính trị › Dân vận
20 tháng 11, 2025 | 17:45
Hội nghị biểu dương đảng viên người dân tộc thiểu số làm kinh tế giỏi
Sáng 19/11, tại xã Quảng Khê, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị biểu dương đảng viên người dân tộc thiểu số làm kinh tế giỏi, giúp nhau thoát nghèo năm 2025. Dự hội nghị có đồng chí Trần Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu K'Rơ, K'Brăk và 160 đảng viên, người có uy tín đến từ 48 xã, phường có đông đồng bào dân tộc thiểu số.
Toàn cảnh hội nghị biểu dương tại xã Quảng Khê.
Theo báo cáo, sau hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, toàn tỉnh có hơn 14.200 đảng viên là người dân tộc thiểu số, trong đó 3.875 đảng viên đạt tiêu chí làm kinh tế giỏi. Nhiều người có thu nhập từ 500 triệu đồng đến 2 tỷ đồng mỗi năm từ cà phê, sầu riêng, mắc ca, nuôi cá nước lạnh. Năm 2025, các đảng viên này đã giúp đỡ 2.140 hộ đồng bào nghèo, hỗ trợ trên 8.600 ngày công và 21,3 tỷ đồng tiền vốn, cây giống; góp phần giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số xuống còn 4,92%.
Tại hội nghị, 5 đảng viên tiêu biểu đã chia sẻ kinh nghiệm. Đồng chí Y Kren Bkrông, người M'nông, Bí thư Chi bộ bon Bu Nđơr, chủ 6 ha sầu riêng, cho biết anh đã cho 14 hộ nghèo mượn cây giống, cùng bà con chuyển đổi 30 ha cà phê già cỗi sang trồng xen sầu riêng. Chị Ka Thị Nhung, người K'Ho, Phó Bí thư Đoàn xã Đinh Trang Thượng, khởi nghiệp với cà phê đặc sản, liên kết với 42 hộ, trong đó 16 hộ nghèo, giá thu mua cao hơn thị trường 15%. Ông Đàng Văn Mười, người Chăm, Trưởng ban công tác Mặt trận thôn Bình Minh, xã Phan Hiệp, hướng dẫn 20 hộ trồng thanh long theo tiêu chuẩn VietGAP.
Phát biểu tại hội nghị, đồng chí Trần Thị Thu Hằng đề nghị các cấp ủy tiếp tục thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Nghị quyết số 68-NQ/TW của Bộ Chính trị; nghiên cứu ban hành quy chế phối hợp giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ngân hàng Chính sách xã hội tỉnh; mỗi đảng viên dân tộc thiểu số làm kinh tế giỏi nhận giúp ít nhất 2 hộ nghèo trong năm 2026.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 60 đảng viên người dân tộc thiểu số tiêu biểu; mỗi đảng viên được tặng 3 triệu đồng.
Nguyên Thi - K'Thống
Tin liên quan
- Phường Bảo Lộc: giao ban công tác dân vận quý III (15/10/2025)
- Xã Nhân Cơ hỗ trợ 50 hộ nghèo chuyển đổi cây trồng (08/10/2025)
- Lâm Đồng: 1.200 đảng viên được công nhận làm kinh tế giỏi (30/09/2025)
""", "2025-11-20", "Hội nghị biểu dương đảng viên người dân tộc thiểu số làm kinh tế giỏi",
E("hoi_nghi", "2025", "2025-11-19"),
[P("Trần Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rơ", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"), P("K'Brăk", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Kren Bkrông", "Bí thư Chi bộ bon Bu Nđơr", "chủ 6 ha sầu riêng"),
 P("Ka Thị Nhung", "Phó Bí thư Đoàn xã Đinh Trang Thượng"),
 P("Đàng Văn Mười", "Trưởng ban công tác Mặt trận thôn Bình Minh")],
[Q("160 đảng viên, người có uy tín", 160, "đảng viên, người có uy tín"), Q("48 xã, phường", 48, "xã, phường"),
 Q("3 tỉnh", 3, "tỉnh"), Q("hơn 14.200 đảng viên", 14200, "đảng viên", "over"), Q("3.875 đảng viên", 3875, "đảng viên"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("2.140 hộ đồng bào nghèo", 2140, "hộ đồng bào nghèo"), Q("trên 8.600 ngày công", 8600, "ngày công", "over"),
 Q("21,3 tỷ đồng", 21300000000, "đồng"), Q("4,92%", 4.92, "%"), Q("5 đảng viên tiêu biểu", 5, "đảng viên tiêu biểu"),
 Q("6 ha", 6, "ha"), Q("14 hộ nghèo", 14, "hộ nghèo"), Q("30 ha", 30, "ha"), Q("42 hộ", 42, "hộ"), Q("16 hộ nghèo", 16, "hộ nghèo"),
 Q("15%", 15, "%"), Q("20 hộ", 20, "hộ"), Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo", "over"),
 Q("60 đảng viên người dân tộc thiểu số tiêu biểu", 60, "đảng viên người dân tộc thiểu số tiêu biểu"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Đinh Trang Thượng"), com("Phan Hiệp")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng", "Thời sự › Chính trị › Dân vận",
 "Toàn cảnh hội nghị biểu dương tại xã Quảng Khê.", "VietGAP", "Ngân hàng Chính sách xã hội tỉnh"],
["20 tháng 11, 2025 | 17:45", "năm 2025", "năm 2026"]))

PAGES.append(page("b6794-dongnai-btgdv-giaoban-q1-2026", """
BÁO ĐỒNG NAI
Trang chủ / Chính trị / Dân vận
03/04/2026 - 15:10
Vị trí: Chính trị > Dân vận
Nâng chất phong trào đảng viên làm kinh tế giỏi ở vùng đồng bào S'tiêng
Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban khối dân vận quý I năm 2026 tại phường Bình Long, trong đó dành thời lượng lớn đánh giá phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" ở các xã phía bắc tỉnh (địa bàn tỉnh Bình Phước trước đây). Đồng chí Lê Thị Ánh Tuyết, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Thị Ánh Tuyết phát biểu kết luận giao ban.
Báo cáo cho biết, quý I, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 58-KH/TU về thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng trong lĩnh vực dân vận và Chỉ thị số 07-CT/TU ngày 20/1/2026 về tăng cường vai trò đảng viên trong giảm nghèo bền vững. 3 tháng đầu năm, toàn tỉnh có thêm 417 đảng viên đăng ký làm kinh tế giỏi; đảng viên đã hỗ trợ 628 hộ nghèo, hộ cận nghèo với tổng số tiền gần 5,4 tỷ đồng, trong đó 273 hộ là đồng bào S'tiêng, M'nông, Khmer.
Tại hội nghị, đồng chí Điểu Thị Hạnh, Phó Bí thư Đảng ủy xã Bù Gia Mập, cho biết các đảng viên trong xã đã nhận đỡ đầu 54 hộ nghèo, hướng dẫn trồng điều ghép năng suất cao và nuôi heo rừng lai. Đồng chí Thị Nghiêm, người S'tiêng, Trưởng ban công tác Mặt trận sóc Bom Bo, xã Bình Tân, đề nghị hỗ trợ thêm máy tách vỏ hạt điều cho tổ hợp tác có 19 hộ nghèo tham gia. Đồng chí Lâm Quang Vinh, Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Long, phản ánh một số hộ đã thoát nghèo vẫn muốn giữ "sổ hộ nghèo" để hưởng chính sách.
Kết luận giao ban, đồng chí Lê Thị Ánh Tuyết yêu cầu quý II tập trung thực hiện Quy định số 01-QĐi/TU, Quy chế phối hợp số 03-QC/BTGDV-MTTQ giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ủy ban MTTQ Việt Nam tỉnh; mỗi xã vùng đồng bào dân tộc thiểu số xây dựng ít nhất 1 mô hình "Dân vận khéo" về giảm nghèo do đảng viên làm nòng cốt; phấn đấu trong năm 2026 giảm 1.200 hộ nghèo. Đồng chí lưu ý tuyệt đối không để xảy ra tình trạng chạy theo chỉ tiêu, "thoát nghèo trên giấy".
Các đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Nguyễn Thành Nam, Điểu Lợi cũng thông tin về việc chuẩn bị tổ chức hội nghị biểu dương 100 đảng viên làm kinh tế giỏi tiêu biểu vào dịp kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh.
Hoàng Lộc
Lượt xem: 1.987
Tin cùng chuyên mục
- Phường Trấn Biên đối thoại với người dân về chỉnh trang đô thị (28/03/2026)
- Xã Phú Riềng: đảng viên trẻ khởi nghiệp từ cây điều (20/03/2026)
- Đồng Nai triển khai Nghị quyết Đại hội XIV (10/03/2026)
""", "2026-04-03", "Nâng chất phong trào đảng viên làm kinh tế giỏi ở vùng đồng bào S'tiêng",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Lê Thị Ánh Tuyết", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hạnh", "Phó Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Nghiêm", "Trưởng ban công tác Mặt trận sóc Bom Bo"),
 P("Lâm Quang Vinh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Long"),
 P("Nguyễn Thành Nam", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lợi", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("417 đảng viên", 417, "đảng viên"), Q("628 hộ nghèo, hộ cận nghèo", 628, "hộ nghèo, hộ cận nghèo"),
 Q("gần 5,4 tỷ đồng", 5400000000, "đồng", "approx"), Q("273 hộ", 273, "hộ"), Q("54 hộ nghèo", 54, "hộ nghèo"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("1.200 hộ nghèo", 1200, "hộ nghèo"),
 Q("100 đảng viên làm kinh tế giỏi tiêu biểu", 100, "đảng viên")],
[D("Kế hoạch", "58", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 58-KH/TU"),
 D("Chỉ thị", "07", "CT/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 20/1/2026"),
 D("Quy định", "01", "QĐi/TU", None, None, "Quy định số 01-QĐi/TU"),
 D("Quy chế phối hợp", "03", "QC/BTGDV-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BTGDV-MTTQ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("Bù Gia Mập"), com("Bình Tân")],
["BÁO ĐỒNG NAI", "Trang chủ / Chính trị / Dân vận", "Vị trí: Chính trị > Dân vận",
 "Đồng chí Lê Thị Ánh Tuyết phát biểu kết luận giao ban.", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
 "sổ hộ nghèo", "thoát nghèo trên giấy", "Dân vận khéo", "Lượt xem: 1.987"],
["03/04/2026 - 15:10", "quý I năm 2026", "lần thứ XIV", "3 tháng đầu năm", "quý II", "năm 2026", "136 năm", "Lượt xem: 1.987"]))

PAGES.append(page("b6795-phutho-dangvien-traoqua-tet-2026", """
Báo Phú Thọ điện tử
Trang chủ | Xã hội | Vì người nghèo
Thứ Hai, 09/02/2026
Tết ấm từ những đảng viên làm kinh tế giỏi ở xã Mường Bi
Trong 2 ngày 7 và 8/2, Câu lạc bộ Đảng viên làm kinh tế giỏi xã Mường Bi phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức trao 250 suất quà Tết Bính Ngọ 2026 cho hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn trên địa bàn. Mỗi suất quà gồm 20 kg gạo, bánh kẹo và 500.000 đồng tiền mặt, tổng trị giá 225 triệu đồng, do 38 đảng viên trong Câu lạc bộ đóng góp.
Đảng viên Câu lạc bộ trao quà Tết cho hộ nghèo xóm Chiềng.
Xã Mường Bi (tỉnh Phú Thọ) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã cũ thuộc vùng đồng bào Mường của tỉnh Hòa Bình trước đây. Toàn xã còn 186 hộ nghèo, chiếm 4,6%, và 241 hộ cận nghèo.
Tham dự buổi trao quà có đồng chí Bùi Văn Thượng, Bí thư Đảng ủy xã Mường Bi; đồng chí Quách Thị Liên, Phó Chủ tịch UBND xã, Chủ nhiệm Câu lạc bộ Đảng viên làm kinh tế giỏi xã.
Câu lạc bộ được thành lập năm 2023 theo Quyết định số 27-QĐ/ĐU của Đảng ủy xã Phong Phú cũ, đến nay các hội viên đều là chủ trang trại, hợp tác xã, cơ sở chế biến măng, mía tím, cam. Ngoài trao quà Tết, năm 2025 các hội viên đã nhận đỡ đầu 45 hộ nghèo, hỗ trợ 1.500 cây cam giống, 30 con lợn nái và nhận 62 lao động vào làm việc thường xuyên; 21 hộ đã thoát nghèo.
Đồng chí Bùi Văn Thượng cho biết: thực hiện Chỉ thị số 05-CT/TU ngày 10/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Đảng ủy xã đã vận động các tổ chức, cá nhân bảo đảm mọi người, mọi nhà đều có Tết. Riêng khối đảng viên làm kinh tế giỏi đóng góp gần 60% tổng nguồn lực chăm lo Tết của xã.
Ông Bùi Văn Khương, 72 tuổi, hộ nghèo ở xóm Chiềng, xúc động khi nhận quà: "Năm nào các anh chị đảng viên cũng đến tận nhà thăm, năm nay có thêm con lợn giống để nuôi, tôi mừng lắm".
Đồng chí Quách Thị Liên cho biết, năm 2026 Câu lạc bộ đặt mục tiêu giúp thêm 30 hộ thoát nghèo, xây mới 5 căn nhà cho hộ nghèo theo phong trào "Chung tay xóa nhà tạm, nhà dột nát" với mức hỗ trợ 60 triệu đồng/căn. Câu lạc bộ cũng sẽ phối hợp với Hội Nông dân xã mở 2 lớp hướng dẫn kỹ thuật trồng cam, chăn nuôi lợn bản địa cho các hộ nghèo có nhu cầu.
Theo lãnh đạo Đảng ủy xã, việc duy trì Câu lạc bộ sau sáp nhập không dễ dàng vì hội viên ở rải rác nhiều xóm cách xa nhau, có nơi đi lại hơn 20 km đường đồi. Tuy vậy, các buổi sinh hoạt định kỳ hằng quý vẫn được duy trì đều đặn; mỗi buổi sinh hoạt là dịp hội viên chia sẻ giống tốt, kinh nghiệm hay và cùng bàn cách giúp những hộ khó khăn nhất.
Đinh Vũ
Tin liên quan
- Phú Thọ: hơn 120.000 suất quà Tết đến với người nghèo (06/02/2026)
- Xã Tam Nông: đảng viên trẻ làm giàu từ bưởi (30/01/2026)
- Phường Vĩnh Yên trao quà cho gia đình chính sách (25/01/2026)
""", "2026-02-09", "Tết ấm từ những đảng viên làm kinh tế giỏi ở xã Mường Bi",
E("trao_qua", None, "2026-02-07"),
[P("Bùi Văn Thượng", "Bí thư Đảng ủy xã Mường Bi"),
 P("Quách Thị Liên", "Phó Chủ tịch UBND xã", "Chủ nhiệm Câu lạc bộ Đảng viên làm kinh tế giỏi xã"),
 P("Bùi Văn Khương")],
[Q("250 suất quà", 250, "suất quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("225 triệu đồng", 225000000, "đồng"), Q("38 đảng viên", 38, "đảng viên"), Q("186 hộ nghèo", 186, "hộ nghèo"),
 Q("4,6%", 4.6, "%"), Q("241 hộ cận nghèo", 241, "hộ cận nghèo"),
 Q("45 hộ nghèo", 45, "hộ nghèo"), Q("1.500 cây cam giống", 1500, "cây cam giống"), Q("30 con lợn nái", 30, "con lợn nái"),
 Q("62 lao động", 62, "lao động"), Q("21 hộ", 21, "hộ"), Q("gần 60%", 60, "%", "approx"), Q("30 hộ", 30, "hộ"),
 Q("5 căn nhà", 5, "căn nhà"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("2 lớp", 2, "lớp"),
 Q("hơn 20 km", 20, "km", "over")],
[D("Quyết định", "27", "QĐ/ĐU", None, "Đảng ủy xã Phong Phú cũ", "Quyết định số 27-QĐ/ĐU"),
 D("Chỉ thị", "05", "CT/TU", "2025-12-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/12/2025")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mường Bi"), com("Phong Phú")],
["Báo Phú Thọ điện tử", "Trang chủ | Xã hội | Vì người nghèo", "Đảng viên Câu lạc bộ trao quà Tết cho hộ nghèo xóm Chiềng.",
 "Câu lạc bộ Đảng viên làm kinh tế giỏi xã Mường Bi", "Chung tay xóa nhà tạm, nhà dột nát"],
["Thứ Hai, 09/02/2026", "2 ngày", "Bính Ngọ 2026", "1/7/2025", "năm 2023", "năm 2025", "năm 2026", "72 tuổi"]))

PAGES.append(page("b6796-cantho-dangyphuong-soket-2026", """
BÁO CẦN THƠ ONLINE
Chính trị » Xây dựng Đảng » Cơ sở
Cập nhật lúc 10:30, ngày 10/07/2026
Phường Ngã Bảy: Đảng viên "cõng" hộ nghèo lên chuỗi giá trị
Sáng 8/7, Đảng ủy phường Ngã Bảy (TP Cần Thơ) tổ chức hội nghị sơ kết 6 tháng đầu năm 2026 phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo", triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có các đồng chí Phó Bí thư Đảng ủy phường: Trương Minh Trí, Lý Thị Sa Quynh; đồng chí Võ Hoàng Phúc, Chủ tịch Ủy ban MTTQ Việt Nam phường cùng đại diện 23 chi bộ trực thuộc.
Quang cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng qua, Đảng ủy phường đã ban hành Kế hoạch số 21-KH/ĐU ngày 6/1/2026 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, gắn với Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân. Toàn phường có 287 đảng viên đăng ký làm kinh tế giỏi, 112 đảng viên là chủ cơ sở kinh doanh, hộ sản xuất có doanh thu từ 1 tỷ đồng/năm trở lên.
Các đảng viên đã giúp đỡ 74 hộ nghèo, cận nghèo bằng cách nhận vào làm việc, hướng dẫn bán hàng trên sàn thương mại điện tử, cho vay vốn không lãi với tổng số tiền khoảng 860 triệu đồng. Đến nay, 31 hộ đã có thu nhập vượt chuẩn cận nghèo; tỷ lệ hộ nghèo của phường còn 0,72%.
Điển hình như đồng chí Nguyễn Thanh Sang, Bí thư Chi bộ khu vực 4, chủ cơ sở sản xuất bánh pía, lạp xưởng, đã đưa 9 phụ nữ nghèo vào làm, mỗi người thu nhập 6,5 triệu đồng/tháng và hướng dẫn 5 hộ mở gian hàng trực tuyến. Đồng chí Thạch Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Đoàn phường, khởi nghiệp với khóm Cầu Đúc sấy dẻo, liên kết với 16 hộ trồng khóm, trong đó 6 hộ nghèo người Khmer.
Hội nghị cũng chỉ ra hạn chế: một số chi bộ khu vực chưa phân công cụ thể đảng viên giúp đỡ hộ nghèo; việc ứng dụng công nghệ số của hộ nghèo còn hạn chế do thiếu thiết bị, kỹ năng; 2 chi bộ chưa có mô hình.
Phát biểu kết luận, đồng chí Trương Minh Trí yêu cầu 6 tháng cuối năm mỗi chi bộ khu vực có ít nhất 1 đảng viên làm kinh tế giỏi nhận giúp hộ nghèo chuyển đổi số; phối hợp Ủy ban MTTQ phường tổ chức phiên chợ "Sản phẩm của đảng viên và hộ nghèo" vào tháng 9; phấn đấu đến cuối năm 2026 phường không còn hộ nghèo. Ban Xây dựng Đảng Đảng ủy phường theo dõi, đưa kết quả vào đánh giá, xếp loại chất lượng đảng viên cuối năm.
Dịp này, Đảng ủy phường khen thưởng 12 đảng viên tiêu biểu trong 6 tháng đầu năm, mỗi đảng viên được thưởng 700.000 đồng.
Kim Ngân
Lượt xem: 834
Tin liên quan
- Phường Sóc Trăng biểu dương đảng viên làm kinh tế giỏi người Khmer (05/07/2026)
- Xã Vị Thủy: 40 đảng viên nhận đỡ đầu hộ nghèo (30/06/2026)
- Cần Thơ giao ban khối dân vận quý II (25/06/2026)
""", "2026-07-10", "Phường Ngã Bảy: Đảng viên \"cõng\" hộ nghèo lên chuỗi giá trị",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Trương Minh Trí", "Phó Bí thư Đảng ủy phường"), P("Lý Thị Sa Quynh", "Phó Bí thư Đảng ủy phường"),
 P("Võ Hoàng Phúc", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Thanh Sang", "Bí thư Chi bộ khu vực 4", "chủ cơ sở sản xuất bánh pía, lạp xưởng"),
 P("Thạch Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Đoàn phường")],
[Q("23 chi bộ", 23, "chi bộ"), Q("287 đảng viên", 287, "đảng viên"), Q("112 đảng viên", 112, "đảng viên"),
 Q("từ 1 tỷ đồng/năm trở lên", 1000000000, "đồng", "over"), Q("74 hộ nghèo, cận nghèo", 74, "hộ nghèo, cận nghèo"),
 Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"), Q("31 hộ", 31, "hộ"), Q("0,72%", 0.72, "%"),
 Q("9 phụ nữ nghèo", 9, "phụ nữ nghèo"), Q("6,5 triệu đồng/tháng", 6500000, "đồng"), Q("5 hộ", 5, "hộ"),
 Q("16 hộ trồng khóm", 16, "hộ"), Q("6 hộ nghèo người Khmer", 6, "hộ nghèo người Khmer"), Q("2 chi bộ", 2, "chi bộ"),
 Q("ít nhất 1 đảng viên", 1, "đảng viên", "over"), Q("12 đảng viên tiêu biểu", 12, "đảng viên tiêu biểu"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Kế hoạch", "21", "KH/ĐU", "2026-01-06", "Đảng ủy phường", "Kế hoạch số 21-KH/ĐU ngày 6/1/2026"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Nghị quyết", "68", "NQ/TW", None, None, "Nghị quyết số 68-NQ/TW")],
[prov("Cần Thơ"), com("Ngã Bảy")],
["BÁO CẦN THƠ ONLINE", "Chính trị » Xây dựng Đảng » Cơ sở", "Quang cảnh hội nghị sơ kết.",
 "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo", "Sản phẩm của đảng viên và hộ nghèo", "khóm Cầu Đúc",
 "Ban Xây dựng Đảng Đảng ủy phường", "Lượt xem: 834"],
["Cập nhật lúc 10:30, ngày 10/07/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "khu vực 4", "tháng 9", "năm 2026",
 "Lượt xem: 834"]))
