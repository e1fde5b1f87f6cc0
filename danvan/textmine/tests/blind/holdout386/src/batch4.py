from lib import *
PAGES = []

PAGES.append(page("b9239-tuyenquang-mttq-xa-giamsat-hanhchinhcong-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Tư, 20/08/2025 - 16:05
Ảnh: Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Đồng Văn.
MTTQ xã Đồng Văn giám sát hoạt động của chính quyền địa phương hai cấp
Ngày 18/8, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đồng Văn (tỉnh Tuyên Quang) tổ chức giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã sau hơn 1 tháng vận hành mô hình chính quyền địa phương hai cấp.
Xã Đồng Văn mới được thành lập trên cơ sở hợp nhất thị trấn Đồng Văn và các xã Tả Lủng, Tả Phìn, Thài Phìn Tủng của tỉnh Hà Giang (cũ), có 38 thôn, tổ dân phố với hơn 23.000 nhân khẩu, trên 90% là đồng bào Mông. Từ ngày 1/7 đến 15/8/2025, Trung tâm đã tiếp nhận 1.126 hồ sơ, giải quyết đúng và trước hạn 1.082 hồ sơ, đạt 96,1%; còn 14 hồ sơ trễ hạn, chủ yếu về đất đai.
Ông Sùng Mí Chá, Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn, trưởng đoàn, cho biết việc giám sát được thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT ngày 5/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, bám sát Luật Tổ chức chính quyền địa phương số 72/2025/QH15. Trước khi giám sát, MTTQ xã đã lấy ý kiến của 210 người dân đến làm thủ tục; 87% hài lòng, nhưng nhiều người ở các thôn xa như Sảng Pả, Lũng Táo phải đi hơn 20 km mới đến được trung tâm.
Bà Vàng Thị Dính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị bố trí công chức biết tiếng Mông trực tại bộ phận một cửa; phát hiện một số hồ sơ của phụ nữ bị trả lại nhiều lần chỉ vì thiếu giấy tờ, trong khi cán bộ không hướng dẫn cụ thể. Ông Giàng Chứ Di, người có uy tín thôn Sảng Pả, kiến nghị tổ chức điểm tiếp nhận lưu động mỗi tuần một lần ở các thôn xa.
Tham gia đoàn, ông Thào Mí Lử, Ủy viên Ủy ban MTTQ Việt Nam xã, Trưởng ban Thanh tra nhân dân xã, nêu thực trạng đường truyền mạng ở trung tâm chập chờn, có ngày ngừng 2 lần, người dân phải chờ lâu; trung tâm mới có 2 máy tính phục vụ người dân tự tra cứu.
Tiếp thu, ông Nguyễn Hữu Thành, Phó Chủ tịch UBND xã Đồng Văn cho biết xã sẽ bố trí 2 công chức người Mông luân phiên trực một cửa, đề nghị cấp trên hỗ trợ nâng cấp đường truyền và từ tháng 9 sẽ thí điểm tiếp nhận hồ sơ lưu động tại 4 thôn xa.
Phát biểu tại buổi giám sát, bà Lò Thị Sinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang đề nghị MTTQ xã sau giám sát phải có văn bản kiến nghị cụ thể, theo dõi việc khắc phục và báo cáo kết quả lên tỉnh; đồng thời phát huy vai trò của 38 ban công tác Mặt trận thôn, tổ dân phố trong nắm bắt ý kiến của dân về bộ máy mới.
Mai Thông
Tin liên quan
- Tuyên Quang: 124 xã, phường ra mắt Ủy ban MTTQ Việt Nam sau hợp nhất (25/07/2025)
- MTTQ tỉnh hướng dẫn giám sát hoạt động của chính quyền cấp xã (30/07/2025)
- Mèo Vạc: người dân hài lòng với trung tâm hành chính công mới (11/08/2025)
""", "2025-08-20", "MTTQ xã Đồng Văn giám sát hoạt động của chính quyền địa phương hai cấp",
E("giam_sat", None, "2025-08-18"),
[P("Sùng Mí Chá", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn", "trưởng đoàn"),
 P("Vàng Thị Dính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Giàng Chứ Di", "người có uy tín thôn Sảng Pả"),
 P("Thào Mí Lử", "Ủy viên Ủy ban MTTQ Việt Nam xã", "Trưởng ban Thanh tra nhân dân xã"),
 P("Nguyễn Hữu Thành", "Phó Chủ tịch UBND xã Đồng Văn"),
 P("Lò Thị Sinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang")],
[Q("38 thôn, tổ dân phố", 38, "thôn, tổ dân phố"), Q("hơn 23.000 nhân khẩu", 23000, "nhân khẩu", "over"),
 Q("trên 90%", 90, "%", "over"), Q("1.126 hồ sơ", 1126, "hồ sơ"), Q("1.082 hồ sơ", 1082, "hồ sơ"), Q("96,1%", 96.1, "%"),
 Q("14 hồ sơ", 14, "hồ sơ"), Q("210 người dân", 210, "người dân"), Q("87%", 87, "%"), Q("hơn 20 km", 20, "km", "over"),
 Q("2 máy tính", 2, "máy tính"), Q("2 công chức người Mông", 2, "công chức người Mông"), Q("4 thôn", 4, "thôn"),
 Q("38 ban công tác Mặt trận thôn, tổ dân phố", 38, "ban công tác Mặt trận thôn, tổ dân phố")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 12/KH-MTTQ-BTT ngày 5/8/2025"),
 D("Luật", "72", "2025/QH15", None, None, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Tả Lủng"), com("Tả Phìn"), com("Thài Phìn Tủng")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Ảnh: Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Đồng Văn.", "Sảng Pả", "Lũng Táo"],
["Thứ Tư, 20/08/2025 - 16:05", "hơn 1 tháng", "hai cấp", "2 lần", "mỗi tuần một lần", "tháng 9"]))

PAGES.append(page("b9240-vinhlong-mttq-xa-doithoai-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thời sự › Chính trị › Mặt trận
14/10/2025 - 10:05
Bí thư Đảng ủy xã Long Hiệp Thạch Văn Phol trả lời ý kiến người dân.
Long Hiệp: Người đứng đầu cấp ủy, chính quyền xã đối thoại với nhân dân
(VLO) Sáng 11/10, Ủy ban MTTQ Việt Nam xã Long Hiệp (tỉnh Vĩnh Long) phối hợp với Đảng ủy, UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đây là lần đầu xã tổ chức đối thoại kể từ khi sắp xếp đơn vị hành chính, vận hành chính quyền địa phương hai cấp.
Xã Long Hiệp thuộc tỉnh Trà Vinh (cũ), hơn 62% dân số là đồng bào Khmer. Hội nghị thu hút 156 đại biểu là chức sắc, người có uy tín, trưởng ấp và người dân 14 ấp. Đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 08-KH/ĐU ngày 25/8/2025 của Đảng ủy xã.
Bà Kim Thị Sô Phia, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, thông tin: trước hội nghị, qua giám sát và sinh hoạt ở 14 ấp, MTTQ xã đã tổng hợp 29 ý kiến, kiến nghị của cử tri, tập trung vào việc sửa chữa các tuyến đường nông thôn bị sạt lở, nước sạch cho vùng nuôi tôm và thủ tục chuyển quyền sử dụng đất sau khi đổi tên địa giới.
Tại hội nghị, Hòa thượng Thạch Sok Xane, trụ trì chùa Ô Rung, đề nghị xã sớm sửa tuyến đường vào chùa dài 1,8 km vì mùa mưa người dân và sư sãi đi lại khó khăn. Ông Sơn Văn Đen, người có uy tín ấp Ô Rung, phản ánh 26 hộ ở cuối ấp chưa có nước máy. Bà Thạch Thị Hồng Nhung, ấp Bến Bạ, hỏi về thời hạn đổi giấy tờ mang địa chỉ cũ.
Trả lời trực tiếp, ông Thạch Văn Phol, Bí thư Đảng ủy xã Long Hiệp, khẳng định người dân không bắt buộc đổi giấy tờ chỉ vì thay đổi địa danh; xã sẽ hướng dẫn tại bộ phận một cửa. Ông Lê Hoàng Nghĩa, Chủ tịch UBND xã Long Hiệp, cam kết đưa tuyến đường vào chùa Ô Rung vào kế hoạch đầu tư công năm 2026 với kinh phí khoảng 3,5 tỷ đồng và phối hợp đơn vị cấp nước kéo đường ống cho 26 hộ trong quý I/2026.
Trong 3 giờ, 21 ý kiến được giải đáp tại chỗ, 8 ý kiến được ghi nhận để báo cáo cấp tỉnh. Bà Kim Thị Sô Phia cho biết MTTQ xã sẽ giám sát việc thực hiện các cam kết và thông tin lại cho người dân tại các buổi sinh hoạt ấp.
Dự hội nghị có ông Trần Quốc Bảo, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long. Ông đánh giá hội nghị dân chủ, cởi mở, đề nghị các xã tổ chức đối thoại định kỳ, gắn với thực hiện Luật Thực hiện dân chủ ở cơ sở.
Phương Nghi
Tin cùng chuyên mục
- Trà Cú: chức sắc Phật giáo Nam tông Khmer góp ý xây dựng chính quyền (07/10/2025)
- Phường Long Đức ra mắt mô hình "Tổ giám sát cộng đồng" (30/09/2025)
- Vĩnh Long: 124 xã, phường tổ chức Ngày hội Đại đoàn kết năm 2025 (22/09/2025)
""", "2025-10-14", "Long Hiệp: Người đứng đầu cấp ủy, chính quyền xã đối thoại với nhân dân",
E("doi_thoai", "2025", "2025-10-11"),
[P("Thạch Văn Phol", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Kim Thị Sô Phia", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
 P("Thạch Sok Xane", "Hòa thượng", "trụ trì chùa Ô Rung"),
 P("Sơn Văn Đen", "người có uy tín ấp Ô Rung"),
 P("Thạch Thị Hồng Nhung"),
 P("Lê Hoàng Nghĩa", "Chủ tịch UBND xã Long Hiệp"),
 P("Trần Quốc Bảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long")],
[Q("hơn 62%", 62, "%", "over"), Q("156 đại biểu", 156, "đại biểu"), Q("14 ấp", 14, "ấp"),
 Q("29 ý kiến, kiến nghị", 29, "ý kiến, kiến nghị"), Q("1,8 km", 1.8, "km"), Q("26 hộ", 26, "hộ"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("21 ý kiến", 21, "ý kiến"), Q("8 ý kiến", 8, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "08", "KH/ĐU", "2025-08-25", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 25/8/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Long Hiệp")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thời sự › Chính trị › Mặt trận",
 "Bí thư Đảng ủy xã Long Hiệp Thạch Văn Phol trả lời ý kiến người dân.", "(VLO)", "Luật Thực hiện dân chủ ở cơ sở", "Ô Rung", "Bến Bạ"],
["14/10/2025 - 10:05", "năm 2025", "hai cấp", "năm 2026", "quý I/2026", "3 giờ"]))

PAGES.append(page("b9241-lamdong-mttq-phuong-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở
Thứ Sáu, 19/12/2025, 08:05
Toàn cảnh hội nghị.
Nam Gia Nghĩa: MTTQ phường triển khai nhiệm vụ năm 2026
Ngày 17/12/2025, Ủy ban MTTQ Việt Nam phường Nam Gia Nghĩa tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là năm đầu tiên phường hoạt động theo mô hình mới sau khi sắp xếp, hợp nhất tỉnh Đắk Nông (cũ) vào tỉnh Lâm Đồng theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Phát biểu khai mạc, ông Điểu Đăm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Gia Nghĩa cho biết, từ tháng 7/2025, các tổ chức chính trị - xã hội được sắp xếp trực thuộc Ủy ban MTTQ phường; Ban Thường trực có 5 thành viên, trong đó các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: H'Bia, Trần Thị Lan Anh, Y Thịnh Niê đồng thời là người đứng đầu Hội Liên hiệp Phụ nữ, Hội Nông dân và Đoàn Thanh niên phường.
Năm 2025, MTTQ phường và các đoàn thể chủ trì 11 cuộc giám sát, tổ chức 3 hội nghị phản biện xã hội, trong đó có phản biện dự thảo phương án bố trí dân cư tự do ở bon Bu Sir; tổng hợp 74 ý kiến, kiến nghị của cử tri, đã được trả lời 69 ý kiến. Qua giám sát việc thực hiện Kết luận 03, 04-KL/ĐU của Ban Thường vụ Đảng ủy phường về chỉnh trang đô thị và về hỗ trợ hộ đồng bào dân tộc thiểu số tại chỗ, MTTQ đã kiến nghị điều chỉnh danh sách 12 hộ. Quỹ "Vì người nghèo" vận động được 412 triệu đồng, hỗ trợ xây mới 6 căn nhà cho hộ nghèo, mỗi căn 60 triệu đồng, góp phần thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Hạn chế được chỉ ra là một số ban công tác Mặt trận tổ dân phố, bon sau sắp xếp chưa ổn định nhân sự; việc theo dõi kiến nghị sau giám sát còn chậm.
Tham luận, bà Thị Lý, Trưởng ban công tác Mặt trận bon Bu Sir, kể cách vận động 28 hộ Mnông tham gia giám sát công trình đường nội bon; ông Phạm Văn Hòa, Trưởng ban Thanh tra nhân dân phường, đề nghị được tập huấn lại nghiệp vụ vì nhiều thành viên mới.
Phát biểu chỉ đạo, bà Ka Hồng Nhung, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng, ghi nhận kết quả của phường; đề nghị năm 2026 tập trung giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, việc thực hiện Luật số 97/2025/QH15 và hoạt động của bộ phận một cửa phường.
Hội nghị đã ký kết chương trình phối hợp năm 2026 giữa Ủy ban MTTQ phường với 7 tổ chức thành viên; khen thưởng 4 tập thể và 13 cá nhân tiêu biểu.
Ngọc Hà
Tin liên quan
- Phường Bắc Gia Nghĩa tổng kết công tác Mặt trận năm 2025 (16/12/2025)
- Xã Quảng Khê: hội nghị phản biện dự thảo quy hoạch khu tái định cư (10/12/2025)
- Lâm Đồng: 30.000 phần quà Tết cho hộ nghèo, gia đình chính sách (05/12/2025)
""", "2025-12-19", "Nam Gia Nghĩa: MTTQ phường triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2025-12-17"),
[P("Điểu Đăm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Gia Nghĩa"),
 P("H'Bia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Thị Lan Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Y Thịnh Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thị Lý", "Trưởng ban công tác Mặt trận bon Bu Sir"),
 P("Phạm Văn Hòa", "Trưởng ban Thanh tra nhân dân phường"),
 P("Ka Hồng Nhung", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng")],
[Q("5 thành viên", 5, "thành viên"), Q("11 cuộc giám sát", 11, "cuộc giám sát"),
 Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("74 ý kiến, kiến nghị", 74, "ý kiến, kiến nghị"),
 Q("69 ý kiến", 69, "ý kiến"), Q("12 hộ", 12, "hộ"), Q("412 triệu đồng", 412000000, "đồng"), Q("6 căn nhà", 6, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("28 hộ", 28, "hộ"), Q("7 tổ chức thành viên", 7, "tổ chức thành viên"),
 Q("4 tập thể", 4, "tập thể"), Q("13 cá nhân tiêu biểu", 13, "cá nhân tiêu biểu")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "03", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 03, 04-KL/ĐU"),
 D("Kết luận", "04", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 03, 04-KL/ĐU"),
 D("Luật", "97", "2025/QH15", None, None, "Luật số 97/2025/QH15")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Nam Gia Nghĩa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Bu Sir"],
["Thứ Sáu, 19/12/2025, 08:05", "năm 2025", "năm 2026", "tháng 7/2025", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b9242-angiang-mttq-xa-giamsat-tet-2026", """
BÁO AN GIANG ONLINE
Chính trị > Mặt trận - Đoàn thể
Ngày 23/01/2026 | 14:20
Thành viên đoàn giám sát kiểm tra danh sách nhận quà Tết tại ấp Phước Lợi.
Gò Quao: Giám sát để quà Tết đến đúng người
(AGO) - Ngày 21/1, Ban Thường trực Ủy ban MTTQ Việt Nam xã Gò Quao (tỉnh An Giang) chủ trì giám sát việc rà soát, lập danh sách và chuẩn bị quà Tết Nguyên đán Bính Ngọ năm 2026 cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có hoàn cảnh khó khăn trên địa bàn.
Xã Gò Quao được thành lập trên cơ sở thị trấn Gò Quao và các xã lân cận thuộc tỉnh Kiên Giang (cũ), có 19 ấp, khoảng 9.800 hộ; đồng bào Khmer chiếm gần 35%. Theo kế hoạch, dịp Tết năm nay xã sẽ trao 2.350 phần quà, mỗi phần trị giá từ 500.000 đồng trở lên, tổng kinh phí hơn 1,4 tỷ đồng, trong đó nguồn vận động xã hội hóa 860 triệu đồng.
Ông Danh Sóc, Chủ tịch Ủy ban MTTQ Việt Nam xã Gò Quao, trưởng đoàn giám sát cho biết, đoàn làm việc theo Kế hoạch số 03/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Công văn số 215/UBND-VX của UBND tỉnh về tổ chức Tết cho nhân dân. Đoàn đã kiểm tra danh sách ở 6 ấp, đối chiếu với 412 hộ nghèo, 538 hộ cận nghèo theo kết quả rà soát cuối năm 2025.
Kết quả giám sát cho thấy, 2 ấp còn để sót 9 hộ nghèo mới phát sinh do thiên tai; 3 trường hợp có tên trong 2 danh sách khác nhau. Một số ấp chưa niêm yết danh sách tại văn phòng ấp và chùa như hướng dẫn; việc bình xét ở vài nơi chỉ do ban nhân dân ấp quyết định, chưa mời đại diện chi hội và người có uy tín tham gia.
Bà Danh Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã đề nghị ưu tiên quà là tiền mặt kèm gạo, thay vì hàng hóa, để bà con chủ động mua sắm. Ông Lâm Văn Sen, Trưởng ấp Phước Lợi, phản ánh nhiều lao động đi làm xa chưa về nên khó xác minh hoàn cảnh. Thượng tọa Danh Sơn, trụ trì chùa Phước Lợi, cho biết chùa sẵn sàng làm điểm trao quà cho bà con Khmer ở 3 ấp lân cận.
Tiếp thu, ông Huỳnh Quốc Thái, Phó Chủ tịch UBND xã Gò Quao, cam kết bổ sung 9 hộ vào danh sách, loại 3 trường hợp trùng và hoàn thành việc trao quà trước ngày 10/2/2026. Xã cũng sẽ phối hợp với các chùa Khmer trao quà sớm cho bà con ở ấp xa. Danh sách cuối cùng sẽ được niêm yết tại 19 văn phòng ấp và đọc trên loa truyền thanh của xã.
Dịp này, đoàn giám sát cũng kiểm tra tiến độ 14 căn nhà Đại đoàn kết đang xây dựng; 11 căn đã hoàn thành, 3 căn dự kiến bàn giao trước Tết.
Bảo Trân
Lượt xem: 726
Tin liên quan
- Phường Rạch Giá: vận động hơn 5 tỷ đồng chăm lo Tết cho người nghèo (20/01/2026)
- MTTQ tỉnh giám sát công tác chuẩn bị Tết ở 102 xã, phường (16/01/2026)
- Xã Châu Thành trao 800 phần quà cho hộ khó khăn (12/01/2026)
""", "2026-01-23", "Gò Quao: Giám sát để quà Tết đến đúng người",
E("giam_sat", None, "2026-01-21"),
[P("Danh Sóc", "Chủ tịch Ủy ban MTTQ Việt Nam xã Gò Quao", "trưởng đoàn giám sát"),
 P("Danh Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Lâm Văn Sen", "Trưởng ấp Phước Lợi"),
 P("Danh Sơn", "Thượng tọa", "trụ trì chùa Phước Lợi"),
 P("Huỳnh Quốc Thái", "Phó Chủ tịch UBND xã Gò Quao")],
[Q("19 ấp", 19, "ấp"), Q("khoảng 9.800 hộ", 9800, "hộ", "approx"), Q("gần 35%", 35, "%", "approx"),
 Q("2.350 phần quà", 2350, "phần quà"), Q("từ 500.000 đồng trở lên", 500000, "đồng", "over"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("860 triệu đồng", 860000000, "đồng"), Q("6 ấp", 6, "ấp"),
 Q("412 hộ nghèo", 412, "hộ nghèo"), Q("538 hộ cận nghèo", 538, "hộ cận nghèo"), Q("2 ấp", 2, "ấp"),
 Q("9 hộ nghèo", 9, "hộ nghèo"), Q("3 trường hợp", 3, "trường hợp"), Q("2 danh sách", 2, "danh sách"), Q("3 ấp", 3, "ấp"),
 Q("19 văn phòng ấp", 19, "văn phòng ấp"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"),
 Q("11 căn", 11, "căn"), Q("3 căn", 3, "căn")],
[D("Kế hoạch", "03", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 03/KH-MTTQ-BTT ngày 5/1/2026"),
 D("Công văn", "215", "UBND-VX", None, "UBND tỉnh", "Công văn số 215/UBND-VX của UBND tỉnh")],
[prov("An Giang"), prov("Kiên Giang"), com("Gò Quao")],
["BÁO AN GIANG ONLINE", "Chính trị > Mặt trận - Đoàn thể",
 "Thành viên đoàn giám sát kiểm tra danh sách nhận quà Tết tại ấp Phước Lợi.", "(AGO)", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 726"],
["Ngày 23/01/2026 | 14:20", "năm 2026", "cuối năm 2025", "ngày 10/2/2026", "Lượt xem: 726"]))

PAGES.append(page("b9243-hue-mttq-phuong-giamsat-baucu-2026", """
Hôm nay: Thứ Ba, 10/03/2026
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ
You are here: Trang chủ / Giám sát - Phản biện / Bầu cử 2026
Thứ Hai, 09/03/2026 - 15:50
Đoàn giám sát kiểm tra việc niêm yết danh sách cử tri tại khu vực bỏ phiếu số 12.
Phường Thuận Hóa: Mặt trận giám sát công tác chuẩn bị bầu cử ở 34 khu vực bỏ phiếu
Chỉ còn ít ngày nữa là đến ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 (15/3/2026). Ngày 7/3, Ban Thường trực Ủy ban MTTQ Việt Nam phường Thuận Hóa (thành phố Huế) thành lập 5 tổ giám sát, đồng loạt kiểm tra công tác chuẩn bị tại 34 khu vực bỏ phiếu trên địa bàn.
Phường Thuận Hóa có 42.650 cử tri. Các tổ giám sát tập trung kiểm tra việc niêm yết danh sách cử tri, tiểu sử người ứng cử, việc bố trí phòng bỏ phiếu, hòm phiếu phụ cho cử tri ốm đau, người cao tuổi và việc giải quyết khiếu nại về danh sách cử tri.
Bà Tôn Nữ Minh Châu, Ủy viên Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Ủy ban MTTQ Việt Nam phường Thuận Hóa cho biết, việc giám sát được thực hiện theo Hướng dẫn số 36/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 09/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam phường, bám sát Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử.
Qua giám sát, cơ bản các khu vực bỏ phiếu đã niêm yết đúng thời hạn. Tuy nhiên, tại 3 khu vực bỏ phiếu, danh sách cử tri còn sai sót họ tên, năm sinh của 27 cử tri; 2 khu vực chưa bố trí lối đi cho người khuyết tật. Có 116 cử tri là sinh viên tạm trú đề nghị được bổ sung vào danh sách nơi đang học tập.
Ông Hồ Đắc Thuận, Tổ trưởng Tổ bầu cử số 12, tiếp thu, cho biết đã sửa toàn bộ sai sót ngay trong buổi chiều. Bà Lê Thị Diệu Hiền, Trưởng ban công tác Mặt trận tổ dân phố Phú Cát, đề nghị các tổ bầu cử phối hợp chặt với ban công tác Mặt trận để thông báo đến từng hộ.
Các ông Nguyễn Phước Bửu Hội, Trần Đình Vũ - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, phụ trách 2 tổ giám sát ở khu vực Phú Hậu và Kim Long cũ, ghi nhận việc chuẩn bị hòm phiếu phụ cho 58 cử tri cao tuổi, ốm đau không thể đến phòng bỏ phiếu.
Làm việc với đoàn, ông Phan Văn Quý, Phó Chủ tịch UBND phường Thuận Hóa, Phó Chủ tịch Ủy ban bầu cử phường, cam kết chỉ đạo khắc phục xong các tồn tại trước ngày 12/3/2026, hoàn thành việc bổ sung 116 sinh viên vào danh sách cử tri.
Ban Thường trực Ủy ban MTTQ Việt Nam phường sẽ tiếp tục giám sát trong ngày bầu cử và công tác kiểm phiếu, bảo đảm cuộc bầu cử thực sự là ngày hội của toàn dân.
Hoài Thương
Lượt truy cập: 2.187
Tin liên quan
- Phường Phú Xuân hoàn thành hội nghị cử tri nơi cư trú (02/03/2026)
- Ủy ban MTTQ thành phố tập huấn giám sát bầu cử cho 40 xã, phường (24/02/2026)
- Hiệp thương lần thứ ba: lập danh sách chính thức người ứng cử (13/02/2026)
""", "2026-03-09", "Phường Thuận Hóa: Mặt trận giám sát công tác chuẩn bị bầu cử ở 34 khu vực bỏ phiếu",
E("giam_sat", None, "2026-03-07"),
[P("Tôn Nữ Minh Châu", "Ủy viên Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thuận Hóa"),
 P("Hồ Đắc Thuận", "Tổ trưởng Tổ bầu cử số 12"),
 P("Lê Thị Diệu Hiền", "Trưởng ban công tác Mặt trận tổ dân phố Phú Cát"),
 P("Nguyễn Phước Bửu Hội", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Đình Vũ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phan Văn Quý", "Phó Chủ tịch UBND phường Thuận Hóa", "Phó Chủ tịch Ủy ban bầu cử phường")],
[Q("34 khu vực bỏ phiếu", 34, "khu vực bỏ phiếu"), Q("5 tổ giám sát", 5, "tổ giám sát"), Q("42.650 cử tri", 42650, "cử tri"),
 Q("3 khu vực bỏ phiếu", 3, "khu vực bỏ phiếu"), Q("27 cử tri", 27, "cử tri"), Q("2 khu vực", 2, "khu vực"),
 Q("116 cử tri", 116, "cử tri"), Q("2 tổ giám sát", 2, "tổ giám sát"), Q("58 cử tri cao tuổi, ốm đau", 58, "cử tri cao tuổi, ốm đau")],
[D("Hướng dẫn", "36", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 09/KH-MTTQ-BTT"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 46-CT/TW của Bộ Chính trị")],
[prov("Huế"), com("Thuận Hóa")],
["Hôm nay: Thứ Ba, 10/03/2026", "CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HUẾ",
 "You are here: Trang chủ / Giám sát - Phản biện / Bầu cử 2026",
 "Đoàn giám sát kiểm tra việc niêm yết danh sách cử tri tại khu vực bỏ phiếu số 12.", "Phú Hậu", "Kim Long", "Lượt truy cập: 2.187"],
["Thứ Hai, 09/03/2026 - 15:50", "khóa XVI", "nhiệm kỳ 2026 - 2031", "15/3/2026", "Tổ bầu cử số 12", "ngày 12/3/2026",
 "Lượt truy cập: 2.187"]))

PAGES.append(page("b9244-dongnai-mttq-xa-taphuan-2026", """
Báo Đồng Nai điện tử
Trang chủ › Chính trị › Mặt trận - Đoàn thể
17/04/2026 - 08:30
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Hồng Phúc
Tập huấn giám sát, phản biện xã hội cho cán bộ Mặt trận các xã vùng biên
Trong 2 ngày 15 và 16/4/2026, tại xã Bù Gia Mập, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2026 cho 128 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ Việt Nam và trưởng ban Thanh tra nhân dân của 16 xã khu vực phía bắc tỉnh, phần lớn thuộc tỉnh Bình Phước (cũ).
Sau sắp xếp, Ủy ban MTTQ Việt Nam cấp xã không còn cấp huyện ở giữa, trực tiếp chịu sự hướng dẫn của Ủy ban MTTQ tỉnh, trong khi các tổ chức chính trị - xã hội đã trực thuộc Mặt trận. Nhiều cán bộ mới được điều động từ các hội, đoàn thể, chưa từng chủ trì một cuộc giám sát.
Học viên được quán triệt Luật số 97/2025/QH15 sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở; Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành hướng dẫn khung thực hiện quy chế giám sát và phản biện xã hội; Hướng dẫn số 05/HD-MTTQ-BTT ngày 20/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chương trình giám sát năm 2026.
Báo cáo viên, ông Điểu Thanh Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai, nêu: năm 2026, MTTQ mỗi xã phải chủ trì ít nhất 4 cuộc giám sát và tổ chức không dưới 1 hội nghị phản biện; ưu tiên giám sát hoạt động của Trung tâm Phục vụ hành chính công xã, việc thực hiện các chương trình mục tiêu quốc gia ở vùng đồng bào S'tiêng, Mnông và việc tiếp thu ý kiến của dân sau bầu cử.
Bà Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, Chủ tịch Hội Liên hiệp Phụ nữ xã, chia sẻ: xã rộng hơn 300 km2, có 11 thôn, nhiều thôn cách trung tâm hơn 40 km; đi giám sát một thôn mất cả ngày. Ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đak Ơ, đề nghị tỉnh cho phép tổ chức giám sát trực tuyến một phần, tận dụng nhóm Zalo của các thôn.
Các học viên được chia thành 8 nhóm, thực hành xây dựng kế hoạch giám sát việc hỗ trợ đất sản xuất cho 35 hộ đồng bào dân tộc thiểu số thiếu đất và phản biện một dự thảo quy định mức thu tiền vệ sinh môi trường. Ông Lâm Quang Vinh, Trưởng ban Thanh tra nhân dân xã Phú Nghĩa, được ghi nhận có bài thu hoạch tốt nhất.
Kết thúc lớp học, ông Nguyễn Hoàng Long, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh, đề nghị các xã gửi kế hoạch giám sát quý II/2026 về tỉnh trước ngày 30/4/2026. Mỗi học viên được phát 1 bộ tài liệu gồm 6 mẫu biểu giám sát.
Hồng Phúc
Tin liên quan
- Đồng Nai: 95 xã, phường hoàn thành đại hội chi hội ở khu dân cư (10/04/2026)
- Xã Lộc Ninh đối thoại với người dân về giải phóng mặt bằng (03/04/2026)
- MTTQ tỉnh giám sát việc thực hiện chính sách người có uy tín (27/03/2026)
""", "2026-04-17", "Tập huấn giám sát, phản biện xã hội cho cán bộ Mặt trận các xã vùng biên",
E("tap_huan", "2026", "2026-04-15"),
[P("Điểu Thanh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đak Ơ"),
 P("Lâm Quang Vinh", "Trưởng ban Thanh tra nhân dân xã Phú Nghĩa"),
 P("Nguyễn Hoàng Long", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh")],
[Q("128 học viên", 128, "học viên"), Q("16 xã", 16, "xã"), Q("ít nhất 4 cuộc giám sát", 4, "cuộc giám sát", "over"),
 Q("không dưới 1 hội nghị phản biện", 1, "hội nghị phản biện", "over"), Q("hơn 300 km2", 300, "km2", "over"),
 Q("11 thôn", 11, "thôn"), Q("hơn 40 km", 40, "km", "over"), Q("8 nhóm", 8, "nhóm"),
 Q("35 hộ đồng bào dân tộc thiểu số thiếu đất", 35, "hộ đồng bào dân tộc thiểu số thiếu đất"), Q("6 mẫu biểu", 6, "mẫu biểu")],
[D("Luật", "97", "2025/QH15", None, None, "Luật số 97/2025/QH15"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2026-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 20/3/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Phú Nghĩa")],
["Báo Đồng Nai điện tử", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Hồng Phúc",
 "Luật Mặt trận Tổ quốc Việt Nam", "Luật Thực hiện dân chủ ở cơ sở", "Zalo"],
["17/04/2026 - 08:30", "2 ngày", "năm 2026", "quý II/2026", "ngày 30/4/2026", "1 bộ tài liệu"]))
