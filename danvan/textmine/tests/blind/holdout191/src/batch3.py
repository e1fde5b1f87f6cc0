from lib import *
PAGES = []

PAGES.append(page("b4553-binhdinh-ccb-daihoi-2022", """
BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 17/06/2022, 16:05
Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Ngọc Nhuận
Đại hội Hội CCB tỉnh lần thứ VII: Xây dựng Hội vững mạnh, phát huy bản chất "Bộ đội Cụ Hồ"
(BĐ) - Ngày 16/6, Hội Cựu chiến binh tỉnh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có Trung tướng Nguyễn Văn Đạo, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Lê Văn Toản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng 280 đại biểu đại diện cho hơn 43.000 hội viên CCB trong tỉnh.
Nhiệm kỳ 2017 - 2022, Hội CCB tỉnh kết nạp 6.142 hội viên mới; 159/159 cơ sở Hội được cấp ủy đánh giá hoàn thành tốt nhiệm vụ trở lên. Phong trào CCB giúp nhau phát triển kinh tế có bước phát triển mạnh: hội viên đã thành lập 91 doanh nghiệp, 64 hợp tác xã, tổ hợp tác và 1.320 trang trại, gia trại, tạo việc làm cho khoảng 5.600 lao động. Các cấp Hội xây dựng 213 nhà "Nghĩa tình đồng đội" với tổng trị giá 14,7 tỷ đồng; hộ nghèo trong hội viên giảm từ 4,1% xuống còn 0,9%.
Hội CCB các cấp tham gia tổ hòa giải, góp phần hòa giải thành 2.356 vụ việc; tham gia giám sát 318 cuộc theo Quyết định số 217-QĐ/TW của Bộ Chính trị; tham gia tìm kiếm, cung cấp thông tin giúp quy tập 64 hài cốt liệt sĩ tại các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh. Hội đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 47-CT/TU ngày 20/9/2021 về lãnh đạo đại hội Hội CCB các cấp và thực hiện Hướng dẫn 36, 37-HD/CCB của Ban Thường vụ Trung ương Hội CCB Việt Nam về công tác nhân sự.
Phát biểu chỉ đạo, Trung tướng Nguyễn Văn Đạo đề nghị Hội CCB tỉnh tiếp tục tham gia xây dựng Đảng, chính quyền vững mạnh, đấu tranh phản bác các quan điểm sai trái, thù địch; quan tâm phát triển hội viên là quân nhân xuất ngũ.
Tham luận tại đại hội, ông Đinh Văn Hlay, người Bahnar, Chủ tịch Hội CCB xã An Toàn, cho biết hội viên đã vận động đồng bào bỏ tập quán du canh, trồng 460 ha keo; bà Nguyễn Thị Hồng Vân, Chủ tịch Hội CCB phường Nhơn Bình, giới thiệu mô hình "Tổ CCB tự quản tuyến đường sáng - xanh - sạch - đẹp".
Đại hội đã bầu Ban Chấp hành khóa VII gồm 31 đồng chí, Ban Thường vụ 9 đồng chí. Đại tá Trần Văn Hùng tái đắc cử Chủ tịch Hội CCB tỉnh khóa VII; các đồng chí Phó Chủ tịch Hội CCB tỉnh khóa VII: Thượng tá Nguyễn Hữu Dũng, Trung tá Đinh Thị Lan. Đại hội bầu 14 đại biểu dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII.
Đại hội thông qua 7 chỉ tiêu chủ yếu cho nhiệm kỳ mới, trong đó phấn đấu 100% cơ sở Hội hoàn thành tốt nhiệm vụ, hằng năm xây dựng từ 30 nhà "Nghĩa tình đồng đội" trở lên, giảm 50% số hộ nghèo hiện có trong hội viên.
Ngọc Nhuận
Lượt xem: 1.582
Tin liên quan
- Hội CCB Hoài Nhơn đại hội nhiệm kỳ 2022 - 2027 (10/05/2022)
- Bàn giao 3 nhà "Nghĩa tình đồng đội" tại Phù Cát (22/04/2022)
- Hội CCB tỉnh hoàn thành đại hội cơ sở (30/03/2022)
- Tặng 120 suất quà cho CCB nhiễm chất độc da cam (10/03/2022)
""", "2022-06-17", "Đại hội Hội CCB tỉnh lần thứ VII: Xây dựng Hội vững mạnh, phát huy bản chất \"Bộ đội Cụ Hồ\"",
E("dai_hoi", None, "2022-06-16"),
[P("Nguyễn Văn Đạo", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Lê Văn Toản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hlay", "Chủ tịch Hội CCB xã An Toàn"),
 P("Nguyễn Thị Hồng Vân", "Chủ tịch Hội CCB phường Nhơn Bình"),
 P("Trần Văn Hùng", "Đại tá", "Chủ tịch Hội CCB tỉnh khóa VII"),
 P("Nguyễn Hữu Dũng", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh khóa VII"),
 P("Đinh Thị Lan", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh khóa VII")],
[Q("280 đại biểu", 280, "đại biểu"), Q("hơn 43.000 hội viên CCB", 43000, "hội viên CCB", "over"), Q("6.142 hội viên mới", 6142, "hội viên mới"),
 Q("159/159 cơ sở Hội", 159, "cơ sở Hội"), Q("91 doanh nghiệp", 91, "doanh nghiệp"), Q("64 hợp tác xã, tổ hợp tác", 64, "hợp tác xã, tổ hợp tác"),
 Q("1.320 trang trại, gia trại", 1320, "trang trại, gia trại"), Q("khoảng 5.600 lao động", 5600, "lao động", "approx"),
 Q("213 nhà", 213, "nhà"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("4,1%", 4.1, "%"), Q("0,9%", 0.9, "%"),
 Q("2.356 vụ việc", 2356, "vụ việc"), Q("318 cuộc", 318, "cuộc"), Q("64 hài cốt liệt sĩ", 64, "hài cốt liệt sĩ"), Q("460 ha", 460, "ha"),
 Q("31 đồng chí", 31, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("14 đại biểu", 14, "đại biểu"), Q("7 chỉ tiêu chủ yếu", 7, "chỉ tiêu chủ yếu"),
 Q("100%", 100, "%"), Q("từ 30 nhà", 30, "nhà", "over"), Q("50%", 50, "%")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Chỉ thị", "47", "CT/TU", "2021-09-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 47-CT/TU ngày 20/9/2021"),
 D("Hướng dẫn", "36", "HD/CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn 36, 37-HD/CCB"),
 D("Hướng dẫn", "37", "HD/CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn 36, 37-HD/CCB")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Chính trị » Mặt trận - Đoàn thể",
 "Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Ngọc Nhuận", "(BĐ)", "Bộ đội Cụ Hồ", "Nghĩa tình đồng đội",
 "Tổ CCB tự quản tuyến đường sáng - xanh - sạch - đẹp", "Lượt xem: 1.582"],
["Thứ Sáu, 17/06/2022, 16:05", "lần thứ VII", "2022 - 2027", "2017 - 2022", "khóa VII", "31 đồng chí", "9 đồng chí", "Lượt xem: 1.582"]))

PAGES.append(page("b4554-sonla-ccb-nhadongdoi-2023", """
Báo Sơn La điện tử
Trang chủ / Xã hội / Mặt trận - Đoàn thể
13/01/2023 - 16:40
Bàn giao 5 nhà "Nghĩa tình đồng đội" và tặng quà Tết hội viên Cựu chiến binh
Ngày 12/1, Hội Cựu chiến binh tỉnh Sơn La phối hợp Quỹ Nghĩa tình đồng đội Trung ương Hội CCB Việt Nam tổ chức bàn giao 5 nhà "Nghĩa tình đồng đội" và thăm, chúc Tết, tặng 200 suất quà cho hội viên CCB có hoàn cảnh khó khăn tại các huyện Thuận Châu, Mai Sơn, Sông Mã.
Thiếu tướng Nguyễn Quang Vinh trao tặng quà Tết cho hội viên.
Tham dự có Thiếu tướng Nguyễn Quang Vinh, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức - Chính sách Trung ương Hội CCB Việt Nam; đồng chí Cầm Thị Ánh, Phó Trưởng Ban Dân vận Tỉnh ủy; Đại tá Lò Văn Pánh, Chủ tịch Hội CCB tỉnh.
Mỗi ngôi nhà được Quỹ Nghĩa tình đồng đội hỗ trợ 60 triệu đồng, phần còn lại do gia đình, dòng họ và chi hội CCB đóng góp thêm từ 40 đến 90 triệu đồng cùng gần 300 ngày công. Riêng nhà của hội viên Quàng Văn Lả ở bản Nà Ngần, xã Chiềng Pằn được Hội CCB huyện Yên Châu vận động thêm 25 bao xi măng, 3 m3 cát. 200 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và 1 thùng hàng trị giá 300.000 đồng, được trao cho hội viên là thương binh, nạn nhân chất độc da cam, hộ nghèo.
Xúc động nhận nhà mới, ông Mùa A Sử, người Mông, hội viên Chi hội CCB bản Huổi Lốt, xã Chiềng Mung, chia sẻ: "Nhà cũ làm từ năm 1990, mái lợp tranh, mùa mưa dột khắp nơi. Nay được đồng đội giúp, Tết này gia đình tôi có nhà kiên cố".
Theo Đại tá Lò Văn Pánh, năm 2022 Hội CCB tỉnh đã vận động xây dựng, sửa chữa 46 nhà "Nghĩa tình đồng đội" với tổng kinh phí trên 3,2 tỷ đồng, thực hiện theo Kế hoạch số 05/KH-CCB ngày 15/2/2022 của Ban Thường vụ Hội CCB tỉnh và Chương trình "Nghĩa tình đồng đội" của Trung ương Hội. Hội cũng phối hợp thực hiện Quyết định số 2324/QĐ-UBND của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo, giai đoạn 2021 - 2025, phấn đấu đến năm 2025 không còn hội viên ở nhà tạm.
Cùng ngày, đoàn đến thăm, chúc Tết ông Hà Văn Ún, thương binh hạng 2/4, Chủ tịch Hội CCB xã Mường Bú, người có nhiều năm tham gia hòa giải ở bản; tặng quà 2 gia đình hội viên có con bị bệnh hiểm nghèo tại xã Chiềng Mung, mỗi suất 2 triệu đồng.
Tổng trị giá nhà và quà trong đợt này gần 450 triệu đồng. Thiếu tướng Nguyễn Quang Vinh đánh giá cao Hội CCB tỉnh đã làm tốt công tác chăm lo hội viên ở vùng đặc biệt khó khăn, đề nghị tiếp tục rà soát 112 hộ hội viên còn khó khăn về nhà ở để có kế hoạch hỗ trợ.
Tin, ảnh: Lò Thanh
Lượt đọc: 904
Tin cùng chuyên mục
- Hội CCB huyện Mộc Châu tổng kết công tác năm 2022 (05/01/2023)
- Gặp mặt kỷ niệm 33 năm Ngày thành lập Hội CCB Việt Nam (06/12/2022)
- Sốp Cộp: trao 2 nhà đồng đội cho hội viên nghèo (18/11/2022)
""", "2023-01-13", "Bàn giao 5 nhà \"Nghĩa tình đồng đội\" và tặng quà Tết hội viên Cựu chiến binh",
E("trao_qua", None, "2023-01-12"),
[P("Nguyễn Quang Vinh", "Thiếu tướng", "Ủy viên Ban Thường vụ", "Trưởng ban Tổ chức - Chính sách Trung ương Hội CCB Việt Nam"),
 P("Cầm Thị Ánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Pánh", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Quàng Văn Lả"),
 P("Mùa A Sử", "hội viên Chi hội CCB bản Huổi Lốt"),
 P("Hà Văn Ún", "thương binh hạng 2/4", "Chủ tịch Hội CCB xã Mường Bú")],
[Q("5 nhà", 5, "nhà"), Q("200 suất quà", 200, "suất quà"), Q("60 triệu đồng", 60000000, "đồng"), Q("40", 40000000, "đồng"),
 Q("90 triệu đồng", 90000000, "đồng"), Q("gần 300 ngày công", 300, "ngày công", "approx"), Q("25 bao xi măng", 25, "bao xi măng"),
 Q("3 m3", 3, "m3"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("46 nhà", 46, "nhà"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("2 gia đình hội viên", 2, "gia đình hội viên"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("gần 450 triệu đồng", 450000000, "đồng", "approx"), Q("112 hộ hội viên", 112, "hộ hội viên")],
[D("Kế hoạch", "05", "KH-CCB", "2022-02-15", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 05/KH-CCB ngày 15/2/2022"),
 D("Quyết định", "2324", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2324/QĐ-UBND")],
[prov("Sơn La"), com("Chiềng Pằn"), com("Chiềng Mung"), com("Mường Bú")],
["Báo Sơn La điện tử", "Trang chủ / Xã hội / Mặt trận - Đoàn thể", "Thiếu tướng Nguyễn Quang Vinh trao tặng quà Tết cho hội viên.",
 "Nghĩa tình đồng đội", "Quỹ Nghĩa tình đồng đội", "Lượt đọc: 904"],
["13/01/2023 - 16:40", "năm 1990", "năm 2022", "2021 - 2025", "năm 2025", "1 thùng hàng", "hạng 2/4", "Lượt đọc: 904"]))

PAGES.append(page("b4555-vinhlong-ccb-doithoai-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ :: Hoạt động Mặt trận :: Các tổ chức thành viên
22 tháng 9, 2023 | 10:10
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND tỉnh đối thoại với hội viên Cựu chiến binh năm 2023
Sáng 21/9/2023, Hội Cựu chiến binh tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu UBND tỉnh với cán bộ, hội viên CCB năm 2023. Đồng chí Lữ Văn Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Nguyễn Văn Thạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo 9 sở, ngành và 150 đại biểu CCB.
Hội nghị được tổ chức theo Quyết định số 218-QĐ/TW của Bộ Chính trị và Kế hoạch 44-KH/HCCB ngày 10/7/2023 của Ban Thường vụ Hội CCB tỉnh. Trước hội nghị, Hội đã tổng hợp 18 ý kiến, kiến nghị của hội viên, tập trung vào chế độ chính sách, đất đai, vốn vay và ô nhiễm môi trường.
Đại tá Nguyễn Văn Đạt, Chủ tịch Hội CCB tỉnh, cho biết toàn tỉnh có 21.460 hội viên; năm 2023 các cấp Hội đã tham gia hòa giải thành 187 vụ việc, vận động hội viên hiến 12.300 m2 đất làm đường. Tuy vậy, còn 46 CCB người dân tộc Khmer ở Trà Ôn, Tam Bình chưa được hưởng chế độ do thất lạc giấy tờ.
Tại hội nghị, ông Thạch Sô Phươl, Chi hội trưởng Chi hội CCB ấp Mỹ Thuận, xã Tân Mỹ, phản ánh tuyến đê bao dài 2,7 km xuống cấp, ảnh hưởng sản xuất của 120 hộ. Bà Kim Thị Sa Đene, hội viên xã Loan Mỹ, hỏi về việc vay vốn giải quyết việc làm với mức tối đa 100 triệu đồng/hộ. Ông Phan Văn Tư, Chủ tịch Hội CCB phường 8, thành phố Vĩnh Long, kiến nghị xử lý dứt điểm cơ sở chăn nuôi gây ô nhiễm; ông Trần Văn Rớt, Phó Chủ tịch Hội CCB huyện Long Hồ, đề nghị hỗ trợ CCB nghèo theo Nghị định 20/2021/NĐ-CP của Chính phủ.
Đồng chí Lữ Văn Ngọc và lãnh đạo các sở, ngành đã trả lời trực tiếp 12 ý kiến; 6 ý kiến còn lại được giao Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn trả lời bằng văn bản trước ngày 30/10/2023. Chủ tịch UBND tỉnh giao UBND huyện Trà Ôn phối hợp Ban Chỉ huy Quân sự huyện xác minh 46 trường hợp CCB thất lạc giấy tờ, hoàn thành trong quý IV.
Kết luận hội nghị, đồng chí Lữ Văn Ngọc đề nghị Hội CCB tiếp tục là "cầu nối" giữa chính quyền với nhân dân, phát huy vai trò giám sát, phản biện, tham gia giữ gìn an ninh trật tự ở cơ sở; cam kết mỗi năm đối thoại ít nhất 1 lần với hội viên CCB.
Ngọc Trâm
Lượt xem: 673
Tin liên quan
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2023 (12/07/2023)
- Tam Bình: CCB hiến đất làm đường nông thôn (28/06/2023)
- Trao 5 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn (15/06/2023)
""", "2023-09-22", "Chủ tịch UBND tỉnh đối thoại với hội viên Cựu chiến binh năm 2023",
E("doi_thoai", "2023", "2023-09-21"),
[P("Lữ Văn Ngọc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Thạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đạt", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Thạch Sô Phươl", "Chi hội trưởng Chi hội CCB ấp Mỹ Thuận"),
 P("Kim Thị Sa Đene", "hội viên xã Loan Mỹ"),
 P("Phan Văn Tư", "Chủ tịch Hội CCB phường 8"),
 P("Trần Văn Rớt", "Phó Chủ tịch Hội CCB huyện Long Hồ")],
[Q("9 sở, ngành", 9, "sở, ngành"), Q("150 đại biểu CCB", 150, "đại biểu CCB"), Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"),
 Q("21.460 hội viên", 21460, "hội viên"), Q("187 vụ việc", 187, "vụ việc"), Q("12.300 m2", 12300, "m2"),
 Q("46 CCB người dân tộc Khmer", 46, "CCB người dân tộc Khmer"), Q("2,7 km", 2.7, "km"), Q("120 hộ", 120, "hộ"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("12 ý kiến", 12, "ý kiến"), Q("6 ý kiến", 6, "ý kiến")],
[D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kế hoạch", "44", "KH/HCCB", "2023-07-10", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 44-KH/HCCB ngày 10/7/2023"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 20/2021/NĐ-CP")],
[prov("Vĩnh Long"), com("Tân Mỹ"), com("Loan Mỹ"), com("phường 8")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ :: Hoạt động Mặt trận :: Các tổ chức thành viên", "Ảnh: Quang cảnh buổi đối thoại.",
 "cầu nối", "Lượt xem: 673"],
["22 tháng 9, 2023 | 10:10", "năm 2023", "quý IV", "ít nhất 1 lần", "Lượt xem: 673"]))

PAGES.append(page("b4556-quangbinh-quytap-tongket-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Quốc phòng - An ninh » Tin tức
Cập nhật: 14:20, 03/05/2024 (GMT+7)
Quy tập 42 hài cốt liệt sĩ hy sinh tại Lào
(QBĐT) - Ngày 2/5, Ban Chỉ đạo 515 tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào mùa khô 2023 - 2024, triển khai nhiệm vụ mùa khô 2024 - 2025. Đại tá Trần Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh chủ trì.
Lễ truy điệu, an táng hài cốt liệt sĩ tại Nghĩa trang liệt sĩ Ba Dốc. Ảnh: Văn Thanh
Mùa khô 2023 - 2024, Đội K192 đã phối hợp các lực lượng chức năng 2 tỉnh Khăm Muộn, Bolikhămxay (Lào) khảo sát, tìm kiếm trên địa bàn 14 huyện với diện tích hơn 38.000 m2, quy tập được 42 hài cốt liệt sĩ, trong đó 3 hài cốt có tên tuổi, quê quán. Tổng kinh phí thực hiện khoảng 7,6 tỷ đồng.
Công tác tìm kiếm được thực hiện theo Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo, Quyết định số 150/QĐ-TTg ngày 3/2/2022 của Thủ tướng Chính phủ và Kế hoạch số 1620/KH-BCH của Bộ Chỉ huy Quân sự tỉnh.
Hội Cựu chiến binh tỉnh đã phát động hội viên cung cấp 56 nguồn tin về mộ liệt sĩ; 9 CCB trực tiếp sang Lào chỉ điểm. Ông Nguyễn Hữu Lộc, Chủ tịch Hội CCB tỉnh, cho biết trong số đó có CCB Hồ Văn Thiên, người dân tộc Bru - Vân Kiều ở xã Trường Sơn, đã 3 mùa khô liền đi cùng đội; ông Lê Văn Tiến, Chi hội trưởng Chi hội CCB thôn Tiến Hóa, xã Quảng Phú, cung cấp sơ đồ giúp quy tập 7 liệt sĩ.
Tại hội nghị, Trung tá Đinh Ngọc Quang, Đội trưởng Đội K192, nêu những khó khăn: địa hình chia cắt, nhân chứng tuổi cao, nhiều khu vực đã bị san ủi làm nương rẫy. Thượng tá Trương Xuân Hòa, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, đề nghị tiếp tục thu thập thông tin từ CCB, cựu TNXP từng chiến đấu tại Lào.
Ngày 30/4, tỉnh đã tổ chức lễ truy điệu, an táng 42 hài cốt liệt sĩ tại Nghĩa trang liệt sĩ Ba Dốc, thị trấn Hoàn Lão. Đến nay, từ năm 2001, Đội K192 đã tìm kiếm, quy tập được 1.384 hài cốt liệt sĩ hy sinh tại Lào.
Mùa khô 2024 - 2025, Đội K192 được giao tìm kiếm tại 9 huyện của tỉnh Khăm Muộn, phấn đấu quy tập từ 40 hài cốt liệt sĩ trở lên. Hội CCB tỉnh tiếp tục phối hợp Bộ Chỉ huy Quân sự tỉnh tổ chức 8 buổi gặp mặt nhân chứng là CCB, cựu TNXP tại các huyện Minh Hóa, Tuyên Hóa.
Dịp này, Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 5 tập thể, 17 cá nhân; Hội CCB tỉnh tặng Giấy khen cho 4 hội viên có thành tích trong cung cấp thông tin mộ liệt sĩ.
Văn Thanh
Lượt xem: 2.416
Tin khác
- Đón nhận 42 hài cốt liệt sĩ hy sinh tại Lào về nước (28/04/2024)
- Hội CCB Lệ Thủy trao 2 nhà "Nghĩa tình đồng đội" (16/04/2024)
- Gặp mặt cựu TNXP đường 20 Quyết Thắng (10/04/2024)
""", "2024-05-03", "Quy tập 42 hài cốt liệt sĩ hy sinh tại Lào",
E("tong_ket", None, "2024-05-02"),
[P("Trần Văn Thành", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh"),
 P("Nguyễn Hữu Lộc", "Chủ tịch Hội CCB tỉnh"),
 P("Hồ Văn Thiên"),
 P("Lê Văn Tiến", "Chi hội trưởng Chi hội CCB thôn Tiến Hóa"),
 P("Đinh Ngọc Quang", "Trung tá", "Đội trưởng Đội K192"),
 P("Trương Xuân Hòa", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh")],
[Q("42 hài cốt liệt sĩ", 42, "hài cốt liệt sĩ"), Q("2 tỉnh", 2, "tỉnh"), Q("14 huyện", 14, "huyện"),
 Q("hơn 38.000 m2", 38000, "m2", "over"), Q("3 hài cốt", 3, "hài cốt"), Q("khoảng 7,6 tỷ đồng", 7600000000, "đồng", "approx"),
 Q("56 nguồn tin", 56, "nguồn tin"), Q("9 CCB", 9, "CCB"), Q("7 liệt sĩ", 7, "liệt sĩ"), Q("9 huyện", 9, "huyện"),
 Q("từ 40 hài cốt liệt sĩ trở lên", 40, "hài cốt liệt sĩ", "over"), Q("8 buổi gặp mặt nhân chứng", 8, "buổi gặp mặt nhân chứng"),
 Q("1.384 hài cốt liệt sĩ", 1384, "hài cốt liệt sĩ"), Q("5 tập thể", 5, "tập thể"), Q("17 cá nhân", 17, "cá nhân"), Q("4 hội viên", 4, "hội viên")],
[D("Quyết định", "1237", "QĐ-TTg", "2013-07-27", "Thủ tướng Chính phủ", "Quyết định số 1237/QĐ-TTg ngày 27/7/2013"),
 D("Quyết định", "150", "QĐ-TTg", "2022-02-03", "Thủ tướng Chính phủ", "Quyết định số 150/QĐ-TTg ngày 3/2/2022"),
 D("Kế hoạch", "1620", "KH-BCH", None, "Bộ Chỉ huy Quân sự tỉnh", "Kế hoạch số 1620/KH-BCH")],
[prov("Quảng Bình"), com("Trường Sơn"), com("Quảng Phú"), com("Hoàn Lão")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Quốc phòng - An ninh » Tin tức", "(QBĐT)", "Lễ truy điệu, an táng hài cốt liệt sĩ tại Nghĩa trang liệt sĩ Ba Dốc. Ảnh: Văn Thanh",
 "Khăm Muộn", "Bolikhămxay", "Đội K192", "Nghĩa trang liệt sĩ Ba Dốc", "Lượt xem: 2.416"],
["Cập nhật: 14:20, 03/05/2024 (GMT+7)", "2023 - 2024", "2024 - 2025", "năm 2020", "năm 2001", "3 mùa khô", "Ban Chỉ đạo 515", "Lượt xem: 2.416"]))

PAGES.append(page("b4557-tuyenquang-ccb-hopnhat-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự > Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 15/08/2025 | 08:30
Hợp nhất Hội Cựu chiến binh tỉnh Tuyên Quang sau sắp xếp
Chiều 14/8, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị công bố quyết định hợp nhất Hội Cựu chiến binh tỉnh Tuyên Quang và Hội Cựu chiến binh tỉnh Hà Giang (trước sắp xếp) thành Hội Cựu chiến binh tỉnh Tuyên Quang, trực thuộc Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Vương Văn Hợi trao quyết định cho Ban Chấp hành Hội CCB tỉnh. Ảnh: Thu Phương
Dự hội nghị có đồng chí Vương Văn Hợi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trung tướng Trần Hữu Phúc, Phó Chủ tịch Trung ương Hội CCB Việt Nam.
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương, Nghị quyết số 202/2025/QH15 của Quốc hội và Kết luận 162, 163-KL/TW của Bộ Chính trị, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ban hành Quyết định số 58-QĐ/MTTQ-BTT ngày 1/8/2025 về việc hợp nhất Hội và chỉ định Ban Chấp hành Hội CCB tỉnh lâm thời nhiệm kỳ 2022 - 2027 gồm 45 đồng chí, Ban Thường vụ 13 đồng chí.
Đại tá Nguyễn Văn Cường được chỉ định giữ chức Chủ tịch Hội CCB tỉnh; các đồng chí Đại tá Hoàng Văn Quân, Thượng tá Ma Văn Hòa, Trung tá Sùng Mí Chứ - Phó Chủ tịch Hội CCB tỉnh. Đồng chí Nguyễn Văn Cường được giới thiệu tham gia Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh khóa XVIII.
Sau hợp nhất, Hội CCB tỉnh có 31.764 hội viên, sinh hoạt tại 124 Hội CCB xã, phường và 8 Hội CCB cơ sở khối cơ quan. Trước đó, Hội đã hoàn thành hợp nhất Hội CCB cấp xã, bảo đảm 100% xã, phường sau sắp xếp có tổ chức Hội và không có hội viên nào bị gián đoạn sinh hoạt.
Phát biểu tại hội nghị, đồng chí Vương Văn Hợi đề nghị Hội CCB tỉnh nhanh chóng ổn định tổ chức, kiện toàn các ban chuyên môn, phát huy bản chất "Bộ đội Cụ Hồ", tham gia tích cực vào phong trào thi đua "Tuyên Quang chung sức xây dựng nông thôn mới" và chương trình xóa nhà tạm, nhà dột nát; chú trọng công tác tham gia hòa giải ở các xã vùng cao biên giới như Lũng Cú, Sơn Vĩ, Mèo Vạc.
Đại tá Nguyễn Văn Cường cho biết, năm 2025 các cấp Hội đã vận động xây dựng 128 nhà "Nghĩa tình đồng đội" cho hội viên, tổng kinh phí hơn 6,4 tỷ đồng; hội viên tham gia 1.032 tổ hòa giải, hòa giải thành 214 vụ việc mâu thuẫn, tranh chấp ở cơ sở. Các hội viên ở phường Minh Xuân, phường Hà Giang 1 đã hiến 2.100 m2 đất làm đường, mở rộng ngõ xóm.
Tại hội nghị, ông Lù Văn Páo, Chủ tịch Hội CCB xã Lũng Cú, cam kết tiếp tục phối hợp đồn biên phòng giữ vững đường biên, mốc giới.
Thu Phương
Lượt xem: 1.218
Tin liên quan
- Ra mắt Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang sau hợp nhất (12/08/2025)
- Công bố quyết định hợp nhất Đoàn Thanh niên tỉnh (08/08/2025)
- Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang ra mắt sau hợp nhất (01/07/2025)
""", "2025-08-15", "Hợp nhất Hội Cựu chiến binh tỉnh Tuyên Quang sau sắp xếp",
E("hoi_nghi", None, "2025-08-14"),
[P("Vương Văn Hợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Phúc", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Nguyễn Văn Cường", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Văn Quân", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Ma Văn Hòa", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Sùng Mí Chứ", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lù Văn Páo", "Chủ tịch Hội CCB xã Lũng Cú")],
[Q("45 đồng chí", 45, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("31.764 hội viên", 31764, "hội viên"),
 Q("124 Hội CCB xã, phường", 124, "Hội CCB xã, phường"), Q("8 Hội CCB cơ sở khối cơ quan", 8, "Hội CCB cơ sở khối cơ quan"),
 Q("100%", 100, "%"), Q("128 nhà", 128, "nhà"), Q("hơn 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("1.032 tổ hòa giải", 1032, "tổ hòa giải"),
 Q("214 vụ việc mâu thuẫn, tranh chấp", 214, "vụ việc mâu thuẫn, tranh chấp"), Q("2.100 m2", 2100, "m2")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kết luận", "162", "KL/TW", None, "Bộ Chính trị", "Kết luận 162, 163-KL/TW"),
 D("Kết luận", "163", "KL/TW", None, "Bộ Chính trị", "Kết luận 162, 163-KL/TW"),
 D("Quyết định", "58", "QĐ/MTTQ-BTT", "2025-08-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 58-QĐ/MTTQ-BTT ngày 1/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Mèo Vạc"), com("Minh Xuân"), com("Hà Giang 1")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự > Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Vương Văn Hợi trao quyết định cho Ban Chấp hành Hội CCB tỉnh. Ảnh: Thu Phương", "Bộ đội Cụ Hồ",
 "Tuyên Quang chung sức xây dựng nông thôn mới", "Lượt xem: 1.218"],
["Thứ Sáu, 15/08/2025 | 08:30", "2022 - 2027", "45 đồng chí", "13 đồng chí", "khóa XVIII", "năm 2025", "Lượt xem: 1.218"]))

PAGES.append(page("b4558-dongnai-ccb-tongket-2025", """
HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI
Thứ Sáu, 09/01/2026
Trang chủ › Tin tức › Hoạt động Hội
08/01/2026 - 15:30
Hội CCB tỉnh Đồng Nai triển khai nhiệm vụ năm 2026
Ngày 7/1/2026, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025, năm đầu tiên hoạt động sau hợp nhất Hội CCB tỉnh Đồng Nai và Hội CCB tỉnh Bình Phước (cũ). Dự hội nghị có đồng chí Hồ Minh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thiếu tướng Phạm Văn Dũng, Ủy viên Ban Thường vụ Trung ương Hội CCB Việt Nam.
Đại tá Lê Văn Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh phát biểu tại hội nghị.
Năm 2025, toàn tỉnh có 58.916 hội viên sinh hoạt tại 95 Hội CCB xã, phường; kết nạp 1.874 hội viên mới. Các cấp Hội đã vận động xây dựng, sửa chữa 312 căn nhà cho hội viên và nhân dân trong chương trình xóa nhà tạm, nhà dột nát, tổng kinh phí gần 18 tỷ đồng. Phong trào CCB làm kinh tế có 6.240 hộ đạt sản xuất, kinh doanh giỏi; 127 doanh nghiệp, hợp tác xã của CCB tạo việc làm cho hơn 11.000 lao động. Hội quản lý 406 tổ tiết kiệm và vay vốn, dư nợ 1.286 tỷ đồng.
Hội viên CCB tham gia hòa giải thành 936 vụ việc, trong đó 211 vụ tranh chấp đất đai ở các xã biên giới. Tại xã Bù Gia Mập, ông Điểu Văn Sóc, người S'tiêng, Chủ tịch Hội CCB xã, cùng chi hội vận động 37 hộ đồng bào trả lại 14 ha đất lấn chiếm rừng. Hội cũng tham gia giám sát 126 cuộc theo Quyết định 217-QĐ/TW và góp ý 58 dự thảo văn bản.
Hội nghị thống nhất đánh giá Hội đã thực hiện tốt Kế hoạch số 09, 10-KH/CCB của Ban Thường vụ Hội CCB tỉnh về hợp nhất tổ chức, không để gián đoạn sinh hoạt. 100% Hội CCB xã, phường hoàn thành tốt nhiệm vụ, vượt 5 chỉ tiêu so với nghị quyết.
Phát biểu, các đồng chí Phó Chủ tịch Hội CCB tỉnh: Đại tá Nguyễn Văn Hiền, Thượng tá Điểu Thị Bích báo cáo kết quả kiểm tra tại phường Trấn Biên, phường Bình Phước, phường Đồng Xoài. Ông Trần Minh Khải, Chủ tịch Hội CCB phường Trấn Biên, đề nghị có cơ chế hỗ trợ hội viên chuyển đổi nghề khi bị thu hồi đất cho các dự án.
Phát biểu chỉ đạo, đồng chí Hồ Minh Sơn đề nghị năm 2026, Hội CCB tỉnh tham gia tích cực tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 3 tập thể, 7 cá nhân; Hội CCB tỉnh tặng Giấy khen cho 42 tập thể, 68 cá nhân.
Minh Hải
Tin khác
- Trao 20 căn nhà "Nghĩa tình đồng đội" tại phường Bình Phước (26/12/2025)
- Gặp mặt kỷ niệm 36 năm Ngày thành lập Hội CCB Việt Nam (06/12/2025)
- Hội CCB xã Bù Gia Mập giúp đồng bào thoát nghèo (20/11/2025)
""", "2026-01-08", "Hội CCB tỉnh Đồng Nai triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Hồ Minh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Dũng", "Thiếu tướng", "Ủy viên Ban Thường vụ Trung ương Hội CCB Việt Nam"),
 P("Lê Văn Phước", "Đại tá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Điểu Văn Sóc", "Chủ tịch Hội CCB xã"),
 P("Nguyễn Văn Hiền", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Điểu Thị Bích", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Trần Minh Khải", "Chủ tịch Hội CCB phường Trấn Biên")],
[Q("58.916 hội viên", 58916, "hội viên"), Q("95 Hội CCB xã, phường", 95, "Hội CCB xã, phường"), Q("1.874 hội viên mới", 1874, "hội viên mới"),
 Q("312 căn nhà", 312, "căn nhà"), Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("6.240 hộ", 6240, "hộ"),
 Q("127 doanh nghiệp, hợp tác xã", 127, "doanh nghiệp, hợp tác xã"), Q("hơn 11.000 lao động", 11000, "lao động", "over"),
 Q("406 tổ tiết kiệm và vay vốn", 406, "tổ tiết kiệm và vay vốn"), Q("1.286 tỷ đồng", 1286000000000, "đồng"),
 Q("936 vụ việc", 936, "vụ việc"), Q("211 vụ tranh chấp đất đai", 211, "vụ tranh chấp đất đai"), Q("37 hộ đồng bào", 37, "hộ đồng bào"),
 Q("14 ha", 14, "ha"), Q("126 cuộc", 126, "cuộc"), Q("58 dự thảo văn bản", 58, "dự thảo văn bản"), Q("100%", 100, "%"),
 Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("68 cá nhân", 68, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Kế hoạch", "09", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 09, 10-KH/CCB"),
 D("Kế hoạch", "10", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 09, 10-KH/CCB"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên"), com("Bình Phước"), com("Đồng Xoài")],
["HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI", "Trang chủ › Tin tức › Hoạt động Hội",
 "Đại tá Lê Văn Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh phát biểu tại hội nghị.", "Nghĩa tình đồng đội"],
["Thứ Sáu, 09/01/2026", "08/01/2026 - 15:30", "năm 2025", "năm 2026", "khóa XVI", "2026 - 2031"]))
