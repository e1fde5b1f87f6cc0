from lib import *
PAGES = []

PAGES.append(page("b6167-tuyenquang-thuonglam-huonguoc-khac-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Xã hội > Dân tộc - Miền núi
Ngày 19/09/2025 | 06:30
Bà Lý Thị Mai (bên phải) trao đổi với người dân về hương ước mới.
Hương ước mới ở thôn Nà Va
Ba tháng sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội, xã Thượng Lâm vẫn giữ nếp họp thôn mỗi tháng. Ở thôn Nà Va, bản hương ước vừa được bà con người Tày, Dao sửa đổi theo Luật Thực hiện dân chủ ở cơ sở đang được dán ngay cửa nhà văn hóa.
Ông Hoàng Văn Thào, Bí thư Chi bộ, Trưởng thôn Nà Va, kể: thôn có 68 hộ với 312 nhân khẩu. Để sửa hương ước, thôn họp 4 buổi, lần nào cũng có trên 90% số hộ đến dự. Những điều cũ như phạt lợn, phạt rượu khi vi phạm được bỏ hẳn vì trái với Nghị định 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư; thay vào đó là quy định mỗi hộ nhận khoán bảo vệ rừng phải tham gia tuần tra ít nhất 2 lần mỗi tháng.
Bản hương ước mới cũng quy định việc bình xét hộ nghèo, hộ cận nghèo phải họp công khai; các khoản đóng góp trên 200.000 đồng/hộ phải đưa ra họp thôn biểu quyết. Năm nay, cả thôn thống nhất góp 45 triệu đồng, cùng 380 ngày công để bê tông 1,5 km đường vào khu sản xuất.
Bà Lý Thị Mai, người có uy tín thôn Khuổi Củng, người Dao, cho biết thôn bên cạnh cũng đang học cách làm của Nà Va. "Trước đây có việc gì bà con chỉ nghe trưởng thôn nói. Bây giờ điều gì cũng được bàn, ai không đồng ý thì giơ tay nói luôn", bà kể.
Theo ông Chẩu Văn Dương, Chủ tịch UBND xã Thượng Lâm, toàn xã có 14 thôn, đến nay 12 thôn đã được UBND xã công nhận hương ước sửa đổi theo Quyết định số 1180/QĐ-UBND ngày 15/8/2025 của UBND tỉnh Tuyên Quang về hướng dẫn rà soát hương ước sau sắp xếp đơn vị hành chính. Bà Bàn Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm, cho biết Mặt trận xã đã phân công cán bộ dự họp ở từng thôn, ghi lại 57 ý kiến của người dân để gửi UBND xã.
Cũng theo ông Dương, từ khi thực hiện hương ước mới, thôn Nà Va không có vụ việc phải đưa lên xã giải quyết; 100% hộ ký cam kết không phá rừng, không tổ chức đám cưới, đám ma kéo dài.
Nắng chiều trên thôn Nà Va, những ngôi nhà sàn nằm bên con đường bê tông mới. Trong câu chuyện của bà con, "dân biết, dân bàn" đã thành việc thường ngày. Những buổi họp thôn giờ có cả thanh niên, phụ nữ ngồi kín gian nhà văn hóa, ai cũng muốn góp một lời cho việc chung của thôn.
Bài và ảnh: Đức Hùng
Tin khác
- Sáp nhập xong, cán bộ xã về thôn nắm tình hình (12/09/2025)
- Hội nghị người có uy tín tỉnh Tuyên Quang năm 2025 (05/09/2025)
- Lâm Bình: Giữ gìn bản sắc văn hóa người Tày (28/08/2025)
""", "2025-09-19", "Hương ước mới ở thôn Nà Va",
E("khac", None, None),
[P("Hoàng Văn Thào", "Bí thư Chi bộ", "Trưởng thôn Nà Va"),
 P("Lý Thị Mai", "người có uy tín thôn Khuổi Củng"),
 P("Chẩu Văn Dương", "Chủ tịch UBND xã Thượng Lâm"),
 P("Bàn Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm")],
[Q("68 hộ", 68, "hộ"), Q("312 nhân khẩu", 312, "nhân khẩu"), Q("4 buổi", 4, "buổi"), Q("trên 90%", 90, "%", "over"),
 Q("200.000 đồng/hộ", 200000, "đồng"), Q("45 triệu đồng", 45000000, "đồng"), Q("380 ngày công", 380, "ngày công"),
 Q("1,5 km", 1.5, "km"), Q("14 thôn", 14, "thôn"), Q("12 thôn", 12, "thôn"), Q("57 ý kiến", 57, "ý kiến"), Q("100%", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 61/2023/NĐ-CP"),
 D("Quyết định", "1180", "QĐ-UBND", "2025-08-15", "UBND tỉnh Tuyên Quang", "Quyết định số 1180/QĐ-UBND ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Thượng Lâm")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Xã hội > Dân tộc - Miền núi",
 "Bà Lý Thị Mai (bên phải) trao đổi với người dân về hương ước mới.", "Luật Thực hiện dân chủ ở cơ sở", "dân biết, dân bàn",
 "Bài và ảnh: Đức Hùng"],
["Ngày 19/09/2025 | 06:30", "Ba tháng", "ít nhất 2 lần mỗi tháng", "Năm nay"]))

PAGES.append(page("b6168-vinhlong-longhiep-mttq-daihoi-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
26-09-2025 07:40
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội MTTQ Việt Nam xã Long Hiệp: Phát huy dân chủ, đoàn kết các dân tộc
Ngày 25/9, Ủy ban MTTQ Việt Nam xã Long Hiệp, tỉnh Vĩnh Long tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có bà Trần Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long; ông Thạch Ngọc Sang, Phó Bí thư Thường trực Đảng ủy xã cùng 150 đại biểu đại diện cho hơn 9.800 hộ dân, trong đó có 4.200 hộ đồng bào Khmer.
Xã Long Hiệp được thành lập từ 3 xã cũ của huyện Trà Cú (tỉnh Trà Vinh trước đây) khi tỉnh Vĩnh Long mới được hợp nhất từ các tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Báo cáo tại đại hội cho biết, nhiệm kỳ qua Mặt trận các xã cũ đã phối hợp thực hiện Luật Thực hiện dân chủ ở cơ sở, tổ chức 96 hội nghị nhân dân ở ấp; vận động xây dựng 126 căn nhà Đại đoàn kết trị giá hơn 6,3 tỷ đồng; hòa giải thành 35 vụ việc mâu thuẫn, đạt 97%. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng đã giám sát 42 công trình.
Tham luận tại đại hội, Đại đức Kim Phol, trụ trì chùa Ô Mịch, chia sẻ việc nhà chùa phối hợp với ấp tổ chức họp dân ngay tại sala để bà con Khmer bàn việc làm cầu bê tông, đóng góp 320 triệu đồng. Bà Lâm Thị Sa Vy, Trưởng ban công tác Mặt trận ấp Chông Bát, đề nghị duy trì hình thức niêm yết song ngữ Việt - Khmer.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Bà Sơn Thị Chanh Đa được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2025 - 2030; các ông Kiên Văn Sóc, Nguyễn Văn Út - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 12 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh.
Nhiệm kỳ 2025 - 2030, Mặt trận xã phấn đấu 100% ấp tổ chức hội nghị nhân dân ít nhất 2 lần mỗi năm theo Kế hoạch số 05-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; mỗi năm vận động xây dựng ít nhất 20 căn nhà Đại đoàn kết; giảm 1,5% hộ nghèo. Đại hội thống nhất thực hiện Nghị quyết số 01-NQ/ĐU của Đảng ủy xã về phát huy quyền làm chủ của nhân dân.
Phát biểu chỉ đạo, bà Trần Thị Mai Hương đề nghị Ủy ban MTTQ xã khóa mới tập trung giám sát việc công khai ở xã mới sau sắp xếp, nhất là đất đai, chính sách cho hộ nghèo, đồng bào Khmer; phối hợp với chùa, sư sãi vận động bà con tham gia đầy đủ các cuộc họp ấp.
Hữu Thành
Tin liên quan
- Đại hội MTTQ Việt Nam phường Trà Vinh lần thứ I (22/09/2025)
- Vĩnh Long: 100% xã, phường hoàn thành đại hội Mặt trận (18/09/2025)
- Tặng 50 căn nhà Đại đoàn kết cho hộ Khmer (10/09/2025)
""", "2025-09-26", "Đại hội MTTQ Việt Nam xã Long Hiệp: Phát huy dân chủ, đoàn kết các dân tộc",
E("dai_hoi", None, "2025-09-25"),
[P("Trần Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
 P("Thạch Ngọc Sang", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Kim Phol", "Đại đức", "trụ trì chùa Ô Mịch"),
 P("Lâm Thị Sa Vy", "Trưởng ban công tác Mặt trận ấp Chông Bát"),
 P("Sơn Thị Chanh Đa", "Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2025 - 2030"),
 P("Kiên Văn Sóc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 9.800 hộ dân", 9800, "hộ dân", "over"), Q("4.200 hộ đồng bào Khmer", 4200, "hộ đồng bào Khmer"),
 Q("3 xã cũ", 3, "xã cũ"), Q("96 hội nghị nhân dân", 96, "hội nghị nhân dân"), Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"),
 Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("35 vụ việc mâu thuẫn", 35, "vụ việc mâu thuẫn"), Q("97%", 97, "%"),
 Q("42 công trình", 42, "công trình"), Q("320 triệu đồng", 320000000, "đồng"), Q("41 vị", 41, "vị"), Q("12 đại biểu", 12, "đại biểu"),
 Q("100%", 100, "%"), Q("ít nhất 20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết", "over"), Q("1,5%", 1.5, "%")],
[D("Kế hoạch", "05", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 05-KH/MTTQ-BTT"),
 D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Luật Thực hiện dân chủ ở cơ sở", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng", "Đại đoàn kết"],
["26-09-2025 07:40", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I", "ít nhất 2 lần mỗi năm"]))

PAGES.append(page("b6169-lamdong-bcd-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Hôm nay: Thứ Hai, 22/12/2025
Trang chủ | Dân vận | Dân chủ ở cơ sở
Cập nhật: 19/12/2025 11:05
Toàn cảnh hội nghị tại điểm cầu chính.
Thực hiện dân chủ ở cơ sở gắn với vận hành chính quyền hai cấp
Ngày 18/12/2025, Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi tỉnh Lâm Đồng mới được hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Đồng chí Nguyễn Thái Hòa, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh chủ trì. Dự có đồng chí Thông Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu K'Rứ, Ya Tuất, Lê Hữu Phước.
Báo cáo cho biết, năm 2025 Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 12, 13-KH/TU về thực hiện dân chủ ở cơ sở và đối thoại của người đứng đầu; Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Quyết định số 08-QĐ/BTGDVTU kiện toàn tổ giúp việc. 124 xã, phường, đặc khu đã triển khai đầy đủ Luật số 10/2022/QH15 và Nghị định 59/2023/NĐ-CP. Các địa phương tổ chức hơn 6.000 cuộc họp cộng đồng dân cư, tiếp nhận 2.800 ý kiến của người dân về sắp xếp thôn, tổ dân phố, trụ sở dôi dư; 95,5% ý kiến đã được trả lời.
Phong trào "Dân vận khéo" có 41 mô hình cấp tỉnh gắn với dân chủ ở cơ sở; nhân dân đóng góp 15,4 tỷ đồng xây dựng 320 căn nhà cho hộ nghèo trong đợt xóa nhà tạm, nhà dột nát.
Tham luận tại hội nghị, bà Bố Thị Xuân Lan, Chủ tịch UBND xã Phan Hòa, người Chăm, cho biết xã mới có 18.500 nhân khẩu, đã niêm yết công khai dự toán tại 21 thôn. Ông K'Mák, Trưởng thôn Đạ Nghịt, xã Lạc Dương, người Cơ Ho, nêu việc thôn tự bàn, quyết định mức góp 150.000 đồng/hộ để sửa nhà văn hóa. Ông Touneh Hàn Rô, Bí thư Đảng ủy xã Đơn Dương, đề nghị tỉnh hướng dẫn cách tổ chức họp ở những thôn mới sáp nhập có trên 500 hộ.
Kết luận hội nghị, đồng chí Nguyễn Thái Hòa yêu cầu năm 2026 các cấp ủy thực hiện tốt dân chủ trong bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; hoàn thành rà soát hương ước, quy ước ở 100% thôn, tổ dân phố trong quý II; kịp thời đối thoại, không để phát sinh khiếu kiện đông người.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 30 tập thể và 45 cá nhân xuất sắc.
Phương Thảo
Tin liên quan
- Bảo Lộc: Đối thoại giữa Bí thư Đảng ủy phường với nhân dân (10/12/2025)
- Tuyên dương 120 người có uy tín tiêu biểu (02/12/2025)
- Gia Nghĩa ra mắt tổ dân phố dân chủ, văn minh (25/11/2025)
""", "2025-12-19", "Thực hiện dân chủ ở cơ sở gắn với vận hành chính quyền hai cấp",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Thái Hòa", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"),
 P("Thông Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rứ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ya Tuất", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hữu Phước", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bố Thị Xuân Lan", "Chủ tịch UBND xã Phan Hòa"),
 P("K'Mák", "Trưởng thôn Đạ Nghịt"),
 P("Touneh Hàn Rô", "Bí thư Đảng ủy xã Đơn Dương")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("hơn 6.000 cuộc họp cộng đồng dân cư", 6000, "cuộc họp cộng đồng dân cư", "over"),
 Q("2.800 ý kiến", 2800, "ý kiến"), Q("95,5%", 95.5, "%"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("15,4 tỷ đồng", 15400000000, "đồng"), Q("320 căn nhà", 320, "căn nhà"), Q("18.500 nhân khẩu", 18500, "nhân khẩu"),
 Q("21 thôn", 21, "thôn"), Q("150.000 đồng/hộ", 150000, "đồng"), Q("trên 500 hộ", 500, "hộ", "over"), Q("100%", 100, "%"),
 Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Quyết định", "08", "QĐ/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quyết định số 08-QĐ/BTGDVTU"),
 D("Luật", "10", "2022/QH15", None, None, "Luật số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định 59/2023/NĐ-CP")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Hòa"), com("Lạc Dương"), com("Đơn Dương")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Hôm nay: Thứ Hai, 22/12/2025", "Trang chủ | Dân vận | Dân chủ ở cơ sở",
 "Toàn cảnh hội nghị tại điểm cầu chính.", "Dân vận khéo"],
["Cập nhật: 19/12/2025 11:05", "năm 2025", "năm 2026", "3 tỉnh", "khóa XVI", "quý II"]))

PAGES.append(page("b6170-dongnai-btgdv-giaoban-thang3-2026", """
ĐỒNG NAI ĐIỆN TỬ
Chính trị - Xây dựng Đảng » Dân vận
03/04/2026 - 14:25
Đồng chí Điểu Thị Lan phát biểu kết luận giao ban.
Giao ban công tác dân vận, dân chủ ở cơ sở tháng 3
Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận và thực hiện dân chủ ở cơ sở tháng 3/2026. Đồng chí Điểu Thị Lan, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự giao ban có đồng chí Phạm Văn Thái, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện ban xây dựng đảng của 95 đảng ủy xã, phường.
Trong tháng, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 40-KH/TU, 41-KH/TU về lãnh đạo cuộc bầu cử và về bảo đảm dân chủ trong giới thiệu người ứng cử; Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 03-HD/BTGDVTU về đối thoại ở xã, phường sau sắp xếp. Các địa phương tổ chức 48 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tiếp nhận 315 ý kiến. Nhiều ý kiến đề nghị sớm ổn định tên gọi thôn, ấp sau sáp nhập và bố trí lại nơi sinh hoạt cộng đồng cho những khu dân cư ở xa trung tâm xã mới.
Tình hình nhân dân cơ bản ổn định. Tuy nhiên, tại khu vực phía Bắc của tỉnh (địa bàn tỉnh Bình Phước trước đây) xảy ra 2 vụ tụ tập đông người liên quan đến bồi thường dự án đường cao tốc; lực lượng chức năng đã đối thoại, giải quyết ổn thỏa. Trên địa bàn có 5 trường hợp tuyên truyền đạo trái pháp luật trong vùng đồng bào S'tiêng, đã được vận động chấm dứt.
Tại giao ban, bà Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, người S'tiêng, cho biết xã đã họp 16 thôn, sóc để bàn việc sắp xếp lại thôn theo Nghị quyết số 04/2026/NQ-HĐND của HĐND tỉnh, có 87% số hộ đồng ý. Ông Lê Văn Thanh, Bí thư Đảng ủy phường Đồng Xoài, đề nghị hướng dẫn cách niêm yết danh sách cử tri tại các khu phố có trên 1.000 hộ.
Đồng chí Điểu Thị Lan đề nghị trong tháng 4 các đảng ủy xã, phường theo dõi sát dư luận; thực hiện dân chủ trong hiệp thương, giới thiệu người ứng cử; phối hợp Mặt trận giám sát việc lập danh sách cử tri ở 100% khu phố, ấp. Ban sẽ kiểm tra việc thực hiện dân chủ ở cơ sở tại 6 xã, phường có nhiều đơn thư.
Cũng tại giao ban, các đại biểu thống nhất tiếp tục nhân rộng mô hình "Sóc dân chủ, đoàn kết" ở vùng đồng bào dân tộc thiểu số, gắn với việc phát huy vai trò già làng, người có uy tín trong hòa giải ở cơ sở.
Hoàng Bảo
Lượt xem: 1.087
Xem thêm
- Đồng Nai: 72 xã hoàn thành sắp xếp thôn, ấp (28/03/2026)
- Tập huấn nghiệp vụ công tác bầu cử cho cán bộ cơ sở (20/03/2026)
- Giao ban dân vận tháng 2/2026 (05/03/2026)
""", "2026-04-03", "Giao ban công tác dân vận, dân chủ ở cơ sở tháng 3",
E("giao_ban", "2026-03", "2026-04-02"),
[P("Điểu Thị Lan", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Thái", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lê Văn Thanh", "Bí thư Đảng ủy phường Đồng Xoài")],
[Q("95 đảng ủy xã, phường", 95, "đảng ủy xã, phường"), Q("48 cuộc đối thoại", 48, "cuộc đối thoại"), Q("315 ý kiến", 315, "ý kiến"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("5 trường hợp", 5, "trường hợp"), Q("16 thôn, sóc", 16, "thôn, sóc"),
 Q("87%", 87, "%"), Q("trên 1.000 hộ", 1000, "hộ", "over"), Q("100%", 100, "%"), Q("6 xã, phường", 6, "xã, phường")],
[D("Kế hoạch", "40", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 40-KH/TU"),
 D("Kế hoạch", "41", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "41-KH/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Nghị quyết", "04", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 04/2026/NQ-HĐND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đồng Xoài")],
["ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xây dựng Đảng » Dân vận", "Sóc dân chủ, đoàn kết", "Đồng chí Điểu Thị Lan phát biểu kết luận giao ban.", "Lượt xem: 1.087"],
["03/04/2026 - 14:25", "tháng 3/2026", "tháng 4", "Trong tháng", "Lượt xem: 1.087"]))

PAGES.append(page("b6171-cantho-mttq-giamsat-2026", """
Báo Cần Thơ Online
Trang chủ / Chính trị / Mặt trận
Ngày đăng: 14/05/2026 09:50
Giám sát việc thực hiện dân chủ ở cơ sở tại phường Sóc Trăng
CT - Trong 2 ngày 12 và 13/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ do bà Lâm Thị Sa Rết, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở năm 2026 tại phường Sóc Trăng và xã Vĩnh Hải. Đây là 2 trong 10 đơn vị được giám sát theo Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Đoàn giám sát làm việc tại UBND phường Sóc Trăng. Ảnh: Khánh Trung
Theo báo cáo, sau khi thành phố Cần Thơ mới được hợp nhất từ thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, phường Sóc Trăng có 28 khóm với 21.400 hộ. UBND phường đã công khai 14 nhóm nội dung theo Luật số 10/2022/QH15 và Nghị định 59/2023/NĐ-CP; tổ chức 56 hội nghị khóm để người dân bàn, biểu quyết; tiếp nhận 143 ý kiến, kiến nghị, đã giải quyết 131 ý kiến. Xã Vĩnh Hải có đông đồng bào Khmer, đã niêm yết song ngữ tại 14 ấp và 4 chùa Phật giáo Nam tông Khmer.
Qua giám sát, đoàn ghi nhận việc thực hiện Quy định 124-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và các tổ chức chính trị - xã hội được quan tâm. Tuy nhiên, còn 3 khóm chưa tổ chức hội nghị nhân dân đúng định kỳ; biên bản cuộc họp cộng đồng dân cư ở một số ấp chưa ghi đủ tỷ lệ biểu quyết; kinh phí cho Ban Thanh tra nhân dân xã Vĩnh Hải mới bố trí 8 triệu đồng/năm.
Tại buổi làm việc, ông Trần Quốc Bảo, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Sóc Trăng, tiếp thu ý kiến, cam kết hoàn thiện trong quý III. Ông Thạch Sóc Phanh, Trưởng ban Thanh tra nhân dân xã Vĩnh Hải, đề nghị tăng kinh phí lên tối thiểu 15 triệu đồng/năm. Hòa thượng Lý Hùng, trụ trì chùa Sà Lôn, đề nghị chính quyền tiếp tục tổ chức họp dân tại chùa để bà con dễ tham gia.
Các đồng chí Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố: Nguyễn Thị Kiều Oanh, Danh Minh Tâm đã trao đổi cụ thể về quy trình lấy ý kiến nhân dân.
Kết luận, bà Lâm Thị Sa Rết đề nghị các địa phương khắc phục hạn chế, báo cáo kết quả về Ban Thường trực trước ngày 30/6/2026; chú trọng dân chủ trong công tác cán bộ sau sắp xếp; Mặt trận các xã, phường chủ động lấy ý kiến nhân dân trước khi chính quyền quyết định các việc liên quan trực tiếp đến đời sống người dân.
Khánh Trung
Tin liên quan
- Phản biện dự thảo nghị quyết về chính sách hỗ trợ hộ nghèo (06/05/2026)
- Hội nghị đại biểu nhân dân phường Vị Thanh (28/04/2026)
- Đối thoại giữa Chủ tịch UBND thành phố với nông dân (17/04/2026)
""", "2026-05-14", "Giám sát việc thực hiện dân chủ ở cơ sở tại phường Sóc Trăng",
E("giam_sat", "2026", "2026-05-12"),
[P("Lâm Thị Sa Rết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Quốc Bảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Sóc Trăng"),
 P("Thạch Sóc Phanh", "Trưởng ban Thanh tra nhân dân xã Vĩnh Hải"),
 P("Lý Hùng", "Hòa thượng", "trụ trì chùa Sà Lôn"),
 P("Nguyễn Thị Kiều Oanh", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Minh Tâm", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố")],
[Q("10 đơn vị", 10, "đơn vị"), Q("28 khóm", 28, "khóm"), Q("21.400 hộ", 21400, "hộ"), Q("14 nhóm nội dung", 14, "nhóm nội dung"),
 Q("56 hội nghị khóm", 56, "hội nghị khóm"), Q("143 ý kiến, kiến nghị", 143, "ý kiến, kiến nghị"), Q("131 ý kiến", 131, "ý kiến"),
 Q("14 ấp", 14, "ấp"), Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"), Q("3 khóm", 3, "khóm"),
 Q("8 triệu đồng/năm", 8000000, "đồng"), Q("tối thiểu 15 triệu đồng/năm", 15000000, "đồng")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2026-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2026"),
 D("Luật", "10", "2022/QH15", None, None, "Luật số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định 59/2023/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Vĩnh Hải")],
["Báo Cần Thơ Online", "Trang chủ / Chính trị / Mặt trận", "Đoàn giám sát làm việc tại UBND phường Sóc Trăng. Ảnh: Khánh Trung",
 "Ban Thanh tra nhân dân"],
["Ngày đăng: 14/05/2026 09:50", "2 ngày", "năm 2026", "quý III", "30/6/2026"]))

PAGES.append(page("b6172-ninhbinh-xuantruong-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH
Thứ Hai, 22/06/2026
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy, UBND xã
Ngày 18/06/2026 | 15:45
Toàn cảnh hội nghị đối thoại.
Xã Xuân Trường đối thoại với nhân dân về thực hiện dân chủ ở cơ sở
Sáng 17/6/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Xuân Trường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026 về thực hiện dân chủ ở cơ sở. Chủ trì có ông Vũ Đức Minh, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Trần Văn Khang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Đỗ Thị Thanh Nga, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Xã Xuân Trường được thành lập từ 4 xã, thị trấn cũ của huyện Xuân Trường, tỉnh Nam Định trước đây, nay thuộc tỉnh Ninh Bình. Hội nghị có 180 đại biểu đại diện 32 thôn, xóm, trong đó có nhiều chức sắc, giáo dân của 6 giáo xứ.
Đối thoại được tổ chức theo Kế hoạch số 76/KH-UBND ngày 2/6/2026 của UBND xã, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy Ninh Bình về tăng cường đối thoại sau sắp xếp đơn vị hành chính.
Tại hội nghị, Linh mục Phêrô Trần Văn Bình, Quản xứ giáo xứ Hưng Nghĩa, đề nghị xã công khai quy hoạch khu trung tâm hành chính mới và việc sử dụng 3 trụ sở xã cũ. Ông Đoàn Văn Hải (xóm Hưng Nhân) phản ánh việc thu 150.000 đồng/hộ làm đường điện chiếu sáng chưa được họp dân bàn. Bà Phạm Thị Nụ (thôn Lạc Nghiệp) hỏi về chế độ cho 27 người hoạt động không chuyên trách ở thôn dôi dư sau sáp nhập.
Trả lời ý kiến, ông Trần Văn Khang cho biết quy hoạch khu trung tâm đã được niêm yết 30 ngày tại trụ sở và trên trang thông tin điện tử của xã; hai trong ba trụ sở cũ sẽ chuyển làm nhà văn hóa và điểm trường mầm non. Về khoản thu làm đường điện, ông Khang thừa nhận xóm Hưng Nhân chưa tổ chức họp cộng đồng dân cư đúng quy định của Luật số 10/2022/QH15, yêu cầu dừng thu và họp lại; số tiền đã thu khoảng 18 triệu đồng sẽ được công khai đầy đủ.
Ông Vũ Đức Minh cho biết, sau hội nghị, 24 ý kiến đã được trả lời trực tiếp; 6 ý kiến thuộc thẩm quyền cấp tỉnh sẽ được tổng hợp, báo cáo. Ông đề nghị các thôn, xóm mỗi quý tổ chức ít nhất 1 hội nghị nhân dân; Ban Thanh tra nhân dân xã giám sát việc thực hiện các cam kết tại hội nghị. Kết quả giải quyết sẽ được thông báo tại hội nghị nhân dân các thôn, xóm trong quý III.
Thanh Bình
Tin khác
- Xã Xuân Trường ra mắt Ban Thanh tra nhân dân khóa mới (10/06/2026)
- Hội nghị tiếp xúc cử tri sau kỳ họp HĐND tỉnh (29/05/2026)
- Lễ khánh thành nhà văn hóa thôn Lạc Nghiệp (15/05/2026)
""", "2026-06-18", "Xã Xuân Trường đối thoại với nhân dân về thực hiện dân chủ ở cơ sở",
E("doi_thoai", "2026", "2026-06-17"),
[P("Vũ Đức Minh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Khang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Thị Thanh Nga", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phêrô Trần Văn Bình", "Linh mục", "Quản xứ giáo xứ Hưng Nghĩa"),
 P("Đoàn Văn Hải"),
 P("Phạm Thị Nụ")],
[Q("4 xã, thị trấn cũ", 4, "xã, thị trấn cũ"), Q("180 đại biểu", 180, "đại biểu"), Q("32 thôn, xóm", 32, "thôn, xóm"),
 Q("6 giáo xứ", 6, "giáo xứ"), Q("3 trụ sở xã cũ", 3, "trụ sở xã cũ"), Q("150.000 đồng/hộ", 150000, "đồng"),
 Q("27 người hoạt động không chuyên trách", 27, "người hoạt động không chuyên trách"),
 Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"), Q("24 ý kiến", 24, "ý kiến"), Q("6 ý kiến", 6, "ý kiến")],
[D("Kế hoạch", "76", "KH-UBND", "2026-06-02", "UBND xã", "Kế hoạch số 76/KH-UBND ngày 2/6/2026"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Ninh Bình", "Chỉ thị số 05-CT/TU"),
 D("Luật", "10", "2022/QH15", None, None, "Luật số 10/2022/QH15")],
[prov("Ninh Bình"), prov("Nam Định"), com("Xuân Trường")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH", "Thứ Hai, 22/06/2026",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy, UBND xã", "Toàn cảnh hội nghị đối thoại.", "Ban Thanh tra nhân dân"],
["Ngày 18/06/2026 | 15:45", "năm 2026", "30 ngày", "ít nhất 1 hội nghị nhân dân"]))
