from lib import *
PAGES = []

PAGES.append(page("b1943-tuyenquang-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ › Giám sát, phản biện › Tin hoạt động
Cập nhật: 09:42, 19/09/2025 (GMT+7)
Đoàn giám sát làm việc với UBND xã Kim Bình.
Giám sát công tác bồi thường, tái định cư dự án cao tốc
Từ ngày 16 đến 18/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Vàng Thị Dín, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc bồi thường, hỗ trợ, tái định cư dự án đường cao tốc tại xã Kim Bình, xã Bắc Quang và xã Vị Xuyên. Đây là cuộc giám sát chuyên đề năm 2025, lần đầu tiên được thực hiện sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, chính quyền địa phương tổ chức theo mô hình hai cấp.
Cùng tham gia đoàn có các đồng chí: Sùng Mí Páo, Lý Thị Sình - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Nông nghiệp và Môi trường.
Theo báo cáo của 3 xã, dự án thu hồi 286,5 ha đất của 1.642 hộ; đến nay đã chi trả 1.018,7 tỷ đồng cho 1.579 hộ, đạt 96,2%; đã bàn giao 214 lô đất tái định cư. Còn 63 hộ chưa nhận tiền, trong đó 27 hộ đề nghị được bồi thường thêm cây quế, cây chè trồng trên đất rừng. Tháng 7/2025, khoảng 50 người dân thôn Nậm Lương đã tập trung tại công trường phản đối việc thi công làm bồi lấp ruộng; đến nay chủ đầu tư đã hỗ trợ 312 triệu đồng cho 19 hộ bị thiệt hại.
Ông Nguyễn Hồng Sơn, Chủ tịch UBND xã Kim Bình, cho biết sau khi sắp xếp, xã tiếp nhận hồ sơ của 2 huyện cũ nên việc đối chiếu mất nhiều thời gian; xã đã tổ chức 16 cuộc họp thôn, 5 buổi đối thoại. Bà Hoàng Thị Dung, Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Quang, đề nghị sớm hướng dẫn áp dụng Nghị định số 88/2024/NĐ-CP của Chính phủ đối với các hồ sơ chuyển tiếp.
Đoàn cũng gặp gỡ các ông Giàng Seo Chứ, Lù Văn Páo, người có uy tín thôn Nậm Lương; ông Chứ cho biết đã cùng chi bộ thôn vận động 41 hộ người Mông nhận tiền, bàn giao mặt bằng.
Kết luận buổi giám sát, đồng chí Vàng Thị Dín đề nghị các xã công khai danh sách bồi thường tại nhà văn hóa thôn; giải quyết dứt điểm 63 hồ sơ trước ngày 31/10/2025; thực hiện nghiêm Quy định số 124-QĐ/TW của Ban Bí thư và Quyết định số 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh chỉ đạo các sở, ngành tháo gỡ vướng mắc về thủ tục chuyển tiếp, bảo đảm quyền lợi chính đáng của người dân có đất bị thu hồi.
Văn Long
Tin liên quan
- Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam tỉnh sau hợp nhất (05/07/2025)
- Mặt trận xã Vị Xuyên ra mắt tổ giám sát cộng đồng (20/08/2025)
- Trao 120 nhà Đại đoàn kết cho hộ nghèo (02/09/2025)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cấp xã (12/08/2025)
""", "2025-09-19", "Giám sát công tác bồi thường, tái định cư dự án cao tốc",
E("giam_sat", "2025", "2025-09-16"),
[P("Vàng Thị Dín", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Páo", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Sình", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hồng Sơn", "Chủ tịch UBND xã Kim Bình"),
 P("Hoàng Thị Dung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Quang"),
 P("Giàng Seo Chứ", "người có uy tín thôn Nậm Lương"),
 P("Lù Văn Páo", "người có uy tín thôn Nậm Lương")],
[Q("3 xã", 3, "xã"), Q("286,5 ha", 286.5, "ha"), Q("1.642 hộ", 1642, "hộ"), Q("1.018,7 tỷ đồng", 1018700000000, "đồng"),
 Q("1.579 hộ", 1579, "hộ"), Q("96,2%", 96.2, "%"), Q("214 lô đất tái định cư", 214, "lô đất tái định cư"),
 Q("63 hộ", 63, "hộ"), Q("27 hộ", 27, "hộ"), Q("khoảng 50 người dân", 50, "người dân", "approx"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("19 hộ", 19, "hộ"), Q("2 huyện cũ", 2, "huyện"),
 Q("16 cuộc họp thôn", 16, "cuộc họp thôn"), Q("5 buổi đối thoại", 5, "buổi đối thoại"),
 Q("41 hộ người Mông", 41, "hộ người Mông"), Q("63 hồ sơ", 63, "hồ sơ")],
[D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP của Chính phủ"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW của Bộ Chính trị")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Kim Bình"), com("Bắc Quang"), com("Vị Xuyên")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ › Giám sát, phản biện › Tin hoạt động",
 "Đoàn giám sát làm việc với UBND xã Kim Bình.", "Sở Nông nghiệp và Môi trường"],
["Cập nhật: 09:42, 19/09/2025 (GMT+7)", "Từ ngày 16 đến 18/9", "năm 2025", "lần đầu tiên", "hai cấp", "Tháng 7/2025",
 "ngày 31/10/2025"]))

PAGES.append(page("b1944-lamdong-xa-daihoi-2025", """
Trang thông tin điện tử xã Nam Dong - tỉnh Lâm Đồng
Trang chủ / Tin tức / Sự kiện chính trị
01/08/2025 - 17:30
Đại hội đại biểu Đảng bộ xã Nam Dong lần thứ I, nhiệm kỳ 2025 - 2030
Trong 2 ngày 30 và 31/7/2025, Đảng bộ xã Nam Dong tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Y Quang Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; 150 đại biểu đại diện cho 1.236 đảng viên của 42 chi bộ trực thuộc.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Xã Nam Dong được thành lập trên cơ sở sắp xếp 3 xã cũ, có 8.945 hộ với 34.610 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 27%. Nhiệm kỳ qua, địa phương từng là "điểm nóng" về tranh chấp đất đai giữa người dân với Công ty Lâm nghiệp, có thời điểm hơn 150 người tập trung phản đối việc giao đất. Cấp ủy đã chỉ đạo tổ chức 47 cuộc đối thoại, phát huy vai trò của 36 người có uy tín, vận động thu hồi, giao lại 318 ha đất cho 276 hộ thiếu đất sản xuất; đến nay không còn vụ việc phức tạp kéo dài.
Báo cáo chính trị cũng nêu: Đảng bộ đã thực hiện nghiêm Kết luận 05, 06-KL/ĐU của Ban Thường vụ Đảng ủy về giải quyết tranh chấp đất đai và công tác dân vận vùng đồng bào Mnông, Ê Đê; hưởng ứng Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Tham luận tại đại hội, đồng chí H'Nhi Byă, Bí thư Chi bộ bon Buôn Choáh, kể lại việc chi bộ vận động 64 hộ trả lại đất lấn chiếm rừng; đồng chí Điểu Xuân, Chủ tịch Ủy ban MTTQ Việt Nam xã, nêu kết quả 5 năm vận động nhân dân hiến 42.000 m2 đất làm đường, đóng góp 7,8 tỷ đồng xây dựng nông thôn mới.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 25 đồng chí; bầu 5 đại biểu đi dự Đại hội Đảng bộ tỉnh. Đồng chí Trần Minh Khoa tiếp tục được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Lê Thị Hoa, Y Thuận Mlô được bầu làm Phó Bí thư Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Y Quang Niê Kdăm đề nghị Đảng bộ xã tiếp tục thực hiện phương châm "lấy dân làm gốc", chủ động nắm tình hình, giải quyết từ sớm, từ xa các mâu thuẫn về đất đai; chăm lo cho đồng bào thiếu đất sản xuất.
Đại hội biểu quyết thông qua Nghị quyết với 18 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2030 giảm tỷ lệ hộ nghèo còn 1,5%.
Ban Biên tập
Tin khác
- Xã Nam Dong ra mắt bộ máy chính quyền mới (01/07/2025)
- Hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân (18/06/2025)
- Đại hội Chi bộ bon Buôn Choáh nhiệm kỳ 2025 - 2027 (10/05/2025)
- Vận động đồng bào trả lại đất lấn chiếm rừng (22/04/2025)
""", "2025-08-01", "Đại hội đại biểu Đảng bộ xã Nam Dong lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-07-30"),
[P("Y Quang Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("H'Nhi Byă", "Bí thư Chi bộ bon Buôn Choáh"),
 P("Điểu Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Minh Khoa", "Bí thư Đảng ủy xã"),
 P("Lê Thị Hoa", "Phó Bí thư Đảng ủy xã"),
 P("Y Thuận Mlô", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.236 đảng viên", 1236, "đảng viên"), Q("42 chi bộ trực thuộc", 42, "chi bộ trực thuộc"),
 Q("3 xã cũ", 3, "xã"), Q("8.945 hộ", 8945, "hộ"), Q("34.610 nhân khẩu", 34610, "nhân khẩu"), Q("27%", 27, "%"),
 Q("hơn 150 người", 150, "người", "over"), Q("47 cuộc đối thoại", 47, "cuộc đối thoại"),
 Q("36 người có uy tín", 36, "người có uy tín"), Q("318 ha", 318, "ha"), Q("276 hộ", 276, "hộ"), Q("64 hộ", 64, "hộ"),
 Q("42.000 m2", 42000, "m2"), Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("25 đồng chí", 25, "đồng chí"),
 Q("5 đại biểu", 5, "đại biểu"), Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"), Q("1,5%", 1.5, "%")],
[D("Kết luận", "05", "KL/ĐU", None, "Ban Thường vụ Đảng ủy", "Kết luận 05, 06-KL/ĐU của Ban Thường vụ Đảng ủy"),
 D("Kết luận", "06", "KL/ĐU", None, "Ban Thường vụ Đảng ủy", "Kết luận 05, 06-KL/ĐU của Ban Thường vụ Đảng ủy"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")],
[prov("Lâm Đồng"), com("Nam Dong")],
["Trang thông tin điện tử xã Nam Dong - tỉnh Lâm Đồng", "Trang chủ / Tin tức / Sự kiện chính trị",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "điểm nóng", "lấy dân làm gốc", "Công ty Lâm nghiệp"],
["01/08/2025 - 17:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "30 và 31/7/2025", "5 năm", "khóa I", "lần thứ XIV",
 "năm 2030", "25 đồng chí"]))

PAGES.append(page("b1945-vinhlong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Hoạt động » Công tác dân vận
Thứ Hai, 12/01/2026 - 14:45
Toàn cảnh hội nghị. Ảnh: Phương Nghi
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 09/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Sa Rươne, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới đi vào hoạt động trên cơ sở hợp nhất tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh theo Nghị quyết số 202/2025/QH15 của Quốc hội. Khối dân vận đã tập trung nắm tình hình tư tưởng cán bộ, nhân dân trong quá trình sắp xếp; vận động 2.863 hộ bàn giao mặt bằng các dự án cao tốc, đê biển với tổng kinh phí bồi thường 1.472 tỷ đồng. Toàn tỉnh phát sinh 14 vụ tập trung đông người, chủ yếu liên quan đến ô nhiễm từ các nhà máy chế biến thủy sản và giá bồi thường đất ven sông; đã đối thoại, giải quyết 13 vụ, còn 1 vụ ở xã Long Hữu đang xem xét.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU về công tác dân vận trong các dự án trọng điểm và về phát huy vai trò chức sắc, người có uy tín trong đồng bào Khmer. Ban Tuyên giáo và Dân vận Tỉnh ủy cũng ban hành Hướng dẫn số 12-HD/BTGDVTU về tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân ở cấp xã. Các xã, phường đã tổ chức 312 cuộc đối thoại với hơn 18.000 lượt người tham dự.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kim Thị Sô Phia, Nguyễn Văn Lợi, Đặng Thị Mỹ Hạnh trình bày các báo cáo chuyên đề. Hòa thượng Thạch Suông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết 146 chùa Phật giáo Nam tông Khmer đã tham gia vận động 420 hộ đồng bào nhường đất làm đường.
Phát biểu chỉ đạo, đồng chí Trần Văn Sang, Phó Bí thư Tỉnh ủy, yêu cầu năm 2026 thực hiện tốt Kết luận số 114-KL/TW của Ban Bí thư, chủ động nắm tình hình ở 124 xã, phường; phát huy vai trò của 1.375 người có uy tín; xử lý dứt điểm các điểm nóng về môi trường; không để phát sinh khiếu kiện đông người trong dịp Đại hội XIV của Đảng và bầu cử đại biểu Quốc hội khóa XVI.
Dịp này, 25 tập thể, 40 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Theo kế hoạch, trong quý I năm 2026, Ban sẽ tổ chức đoàn khảo sát tình hình nhân dân ở các xã ven biển chịu ảnh hưởng xâm nhập mặn, kịp thời tham mưu Thường trực Tỉnh ủy các giải pháp hỗ trợ người dân.
Phương Nghi
Tin liên quan
- Cầu Kè: đối thoại với hộ dân về ô nhiễm nhà máy thủy sản (28/12/2025)
- Hội nghị giao ban công tác dân vận quý IV (15/12/2025)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer dịp Chôl Chnăm Thmây (10/04/2025)
""", "2026-01-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-09"),
[P("Thạch Sa Rươne", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sô Phia", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lợi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Suông", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Trần Văn Sang", "Phó Bí thư Tỉnh ủy")],
[Q("2.863 hộ", 2863, "hộ"), Q("1.472 tỷ đồng", 1472000000000, "đồng"), Q("14 vụ", 14, "vụ"), Q("13 vụ", 13, "vụ"),
 Q("1 vụ", 1, "vụ"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("hơn 18.000 lượt người", 18000, "lượt người", "over"),
 Q("146 chùa Phật giáo Nam tông Khmer", 146, "chùa Phật giáo Nam tông Khmer"), Q("420 hộ đồng bào", 420, "hộ đồng bào"),
 Q("124 xã, phường", 124, "xã, phường"), Q("1.375 người có uy tín", 1375, "người có uy tín"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hữu")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Hoạt động » Công tác dân vận", "Toàn cảnh hội nghị. Ảnh: Phương Nghi",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Hai, 12/01/2026 - 14:45", "năm 2025", "năm 2026", "năm đầu tiên", "Đại hội XIV", "khóa XVI", "quý I năm 2026"]))

PAGES.append(page("b1946-dongnai-xa-doithoai-2026", """
Hôm nay: Thứ Tư, 25/03/2026
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LỢI - TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Xây dựng Đảng
Ngày đăng 23/03/2026 | 16:20
Bí thư Đảng ủy xã đối thoại với nhân dân về khu xử lý rác
Sáng 21/3, Đảng ủy, UBND xã Tân Lợi tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các ấp Bù Tam, Sóc Lớn về tình trạng ô nhiễm từ khu xử lý rác thải và việc bồi thường vùng đệm. Chủ trì hội nghị có đồng chí Điểu Minh Tuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Phạm Thị Thanh Hương, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Người dân ấp Bù Tam nêu ý kiến tại hội nghị.
Hội nghị có 215 người dân tham dự. Đây là nội dung được nhiều cử tri quan tâm từ khi xã mới được thành lập, sau khi tỉnh Bình Phước hợp nhất vào tỉnh Đồng Nai. Theo báo cáo, khu xử lý rác tiếp nhận khoảng 700 tấn rác mỗi ngày của 12 xã, phường; mùi hôi và nước rỉ rác ảnh hưởng đến 438 hộ. Tháng 12/2025, khoảng 90 người dân đã chặn xe chở rác trong 2 ngày. Sau đó, Đảng ủy xã ban hành Kế hoạch 15-KH/ĐU về vận động nhân dân và giám sát doanh nghiệp; UBND tỉnh chỉ đạo doanh nghiệp đầu tư 18,5 tỷ đồng nâng cấp hệ thống xử lý nước thải.
Dự án mở rộng vùng đệm thu hồi 34,2 ha của 97 hộ; đã chi trả cho 71 hộ với số tiền 83,6 tỷ đồng theo Quyết định số 26/2025/QĐ-UBND của UBND tỉnh. Còn 26 hộ chưa đồng ý, chủ yếu là hộ đồng bào S'tiêng, Khmer đề nghị được giao đất tái định cư gần nơi ở cũ.
Tại hội nghị có 29 lượt ý kiến. Bà Thị Lành, ấp Bù Tam, phản ánh nước giếng có mùi, con nhỏ bị ngứa. Ông Lâm Văn Sóc, người có uy tín ấp Sóc Lớn, đề nghị công khai kết quả quan trắc môi trường hằng tháng. Bà Điểu Thị Bích, Trưởng ấp Bù Tam, kiến nghị hỗ trợ nước sạch cho 120 hộ ở sát hàng rào khu xử lý.
Đồng chí Điểu Minh Tuấn tiếp thu, trả lời trực tiếp; xã sẽ lắp 3 trạm quan trắc tự động, công bố số liệu tại nhà văn hóa ấp; phối hợp doanh nghiệp khoan 4 giếng nước sạch; kiến nghị tỉnh xem xét áp dụng Nghị định số 05/2025/NĐ-CP của Chính phủ về xử phạt vi phạm môi trường.
Cũng tại hội nghị, bà Nguyễn Thị Kim Yến, vừa được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị người dân tham gia Ban Giám sát cộng đồng để cùng theo dõi việc khắc phục ô nhiễm.
Kết luận, đồng chí Điểu Minh Tuấn yêu cầu các ngành thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; mọi kiến nghị chưa trả lời được sẽ có văn bản trả lời trong 15 ngày.
Văn phòng Đảng ủy
Tin cùng chuyên mục
- Đảng ủy xã Tân Lợi triển khai nhiệm vụ năm 2026 (10/01/2026)
- Trao 150 phần quà Tết cho hộ nghèo, đồng bào dân tộc thiểu số (05/02/2026)
- Ra mắt mô hình "Ấp sáng, xanh, sạch, đẹp" (15/11/2025)
""", "2026-03-23", "Bí thư Đảng ủy xã đối thoại với nhân dân về khu xử lý rác",
E("doi_thoai", "2026", "2026-03-21"),
[P("Điểu Minh Tuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Thị Thanh Hương", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Lành"),
 P("Lâm Văn Sóc", "người có uy tín ấp Sóc Lớn"),
 P("Điểu Thị Bích", "Trưởng ấp Bù Tam"),
 P("Nguyễn Thị Kim Yến", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("215 người dân", 215, "người dân"), Q("khoảng 700 tấn", 700, "tấn", "approx"), Q("12 xã, phường", 12, "xã, phường"),
 Q("438 hộ", 438, "hộ"), Q("khoảng 90 người dân", 90, "người dân", "approx"), Q("18,5 tỷ đồng", 18500000000, "đồng"),
 Q("34,2 ha", 34.2, "ha"), Q("97 hộ", 97, "hộ"), Q("71 hộ", 71, "hộ"), Q("83,6 tỷ đồng", 83600000000, "đồng"),
 Q("26 hộ", 26, "hộ"), Q("29 lượt ý kiến", 29, "lượt ý kiến"), Q("120 hộ", 120, "hộ"),
 Q("3 trạm quan trắc tự động", 3, "trạm quan trắc tự động"), Q("4 giếng nước sạch", 4, "giếng nước sạch")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15-KH/ĐU"),
 D("Quyết định", "26", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 26/2025/QĐ-UBND của UBND tỉnh"),
 D("Nghị định", "05", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2025/NĐ-CP của Chính phủ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Tân Lợi")],
["Hôm nay: Thứ Tư, 25/03/2026", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LỢI - TỈNH ĐỒNG NAI", "Trang chủ > Tin tức > Xây dựng Đảng",
 "Người dân ấp Bù Tam nêu ý kiến tại hội nghị.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Ban Giám sát cộng đồng"],
["Hôm nay: Thứ Tư, 25/03/2026", "Ngày đăng 23/03/2026 | 16:20", "Sáng 21/3", "năm 2026", "mỗi ngày", "Tháng 12/2025",
 "trong 2 ngày", "hằng tháng", "trong 15 ngày"]))

PAGES.append(page("b1947-gialai-btgdv-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ | Tin tức | Dân vận
08:15 | 09/04/2026
Đồng chí Đinh Văn Hmưn phát biểu tại buổi giao ban.
Giao ban khối dân vận: không để phát sinh "điểm nóng" ở vùng dự án
Ngày 07/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận quý I/2026. Chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Văn Hmưn, Lê Thị Bích Trâm, Nguyễn Quốc Vinh.
Theo báo cáo, trong quý I, khối dân vận các cấp tập trung vận động nhân dân bàn giao mặt bằng các dự án cao tốc Quy Nhơn - Pleiku, khu công nghiệp Becamex và các mỏ khoáng sản ven biển. Toàn tỉnh đã tổ chức 187 cuộc họp dân, 42 cuộc đối thoại của người đứng đầu cấp ủy cấp xã; vận động 1.356 hộ nhận 912,4 tỷ đồng tiền bồi thường, bàn giao 486 ha đất. Có 5 vụ tập trung đông người, trong đó vụ lớn nhất ngày 12/2 tại xã Phù Mỹ Đông với khoảng 200 người dân phản đối việc khai thác titan gây cát bay, nhiễm mặn giếng nước.
Ở vụ việc Phù Mỹ Đông, Ban Thường vụ Đảng ủy xã đã mời 18 chức sắc, người có uy tín cùng đối thoại; UBND tỉnh tạm dừng hoạt động của 2 mỏ, yêu cầu doanh nghiệp hỗ trợ 3,6 tỷ đồng khoan giếng, trồng rừng phòng hộ. Đến cuối tháng 3, tình hình đã ổn định.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 18, 19-KL/TU về giải quyết các vụ việc phức tạp ở vùng dự án và về công tác dân vận vùng đồng bào Ba Na, Jrai; hướng dẫn thực hiện Kết luận 126-KL/TW của Bộ Chính trị, Ban Bí thư về vận hành chính quyền địa phương hai cấp.
Tại buổi giao ban, đồng chí Rơ Châm Blưn, Bí thư Đảng ủy xã Ia Grai, cho biết xã đã phối hợp với 27 già làng vận động 64 hộ trả lại đất lấn chiếm hành lang tuyến cao tốc. Bà Phan Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam, đề nghị sớm có hướng dẫn bố trí tái định cư cho 132 hộ ven đầm.
Phát biểu kết luận, đồng chí Đinh Văn Hmưn yêu cầu quý II tăng cường nắm tình hình, giải quyết dứt điểm 17 đơn thư còn tồn đọng; thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin"; không để phát sinh điểm nóng trước kỳ họp HĐND các cấp.
Các đại biểu cũng thống nhất việc tổ chức đợt khảo sát tình hình tư tưởng nhân dân ở các xã biên giới và vùng dự án, kết quả báo cáo Thường trực Tỉnh ủy. Ban Tuyên giáo và Dân vận Tỉnh ủy cũng sẽ phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức giám sát việc bồi thường, hỗ trợ ở các dự án chậm tiến độ, kịp thời phát hiện những sai sót, không để người dân bức xúc kéo dài.
Hồng Phúc
Tin liên quan
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (08/01/2026)
- Gặp mặt người có uy tín tiêu biểu năm 2026 (20/01/2026)
- Phù Mỹ Đông: đối thoại với người dân về khai thác titan (15/02/2026)
- Ia Grai ra mắt tổ dân vận ở các thôn, làng (05/03/2026)
""", "2026-04-09", 'Giao ban khối dân vận: không để phát sinh "điểm nóng" ở vùng dự án',
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Đinh Văn Hmưn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Bích Trâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Quốc Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Châm Blưn", "Bí thư Đảng ủy xã Ia Grai"),
 P("Phan Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam")],
[Q("187 cuộc họp dân", 187, "cuộc họp dân"), Q("42 cuộc đối thoại", 42, "cuộc đối thoại"), Q("1.356 hộ", 1356, "hộ"),
 Q("912,4 tỷ đồng", 912400000000, "đồng"), Q("486 ha", 486, "ha"), Q("5 vụ", 5, "vụ"),
 Q("khoảng 200 người dân", 200, "người dân", "approx"), Q("18 chức sắc, người có uy tín", 18, "chức sắc, người có uy tín"),
 Q("2 mỏ", 2, "mỏ"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("27 già làng", 27, "già làng"), Q("64 hộ", 64, "hộ"),
 Q("132 hộ", 132, "hộ"), Q("17 đơn thư", 17, "đơn thư")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126-KL/TW của Bộ Chính trị, Ban Bí thư")],
[prov("Gia Lai"), com("Phù Mỹ Đông"), com("Ia Grai"), com("Quy Nhơn Nam")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ | Tin tức | Dân vận",
 "Đồng chí Đinh Văn Hmưn phát biểu tại buổi giao ban.", "nghe dân nói, nói dân hiểu, làm dân tin",
 "khu công nghiệp Becamex", "điểm nóng"],
["08:15 | 09/04/2026", "quý I/2026", "quý I", "ngày 12/2", "cuối tháng 3", "quý II", "hai cấp"]))

PAGES.append(page("b1948-phutho-btgdv-baocao-2026", """
Báo Phú Thọ điện tử
Thời sự | Chính trị | Xây dựng Đảng
Thứ Sáu, 17/07/2026
Ảnh: Quang cảnh buổi làm việc.
Thường trực Tỉnh ủy nghe báo cáo công tác dân vận 6 tháng đầu năm
Chiều 15/7, Thường trực Tỉnh ủy Phú Thọ nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026 và tình hình giải quyết các vụ việc phức tạp ở cơ sở. Chủ trì buổi làm việc có đồng chí Hà Thị Thơm, Phó Bí thư Thường trực Tỉnh ủy.
Báo cáo do đồng chí Quách Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết: sau 1 năm vận hành mô hình tỉnh mới hợp nhất từ Phú Thọ, Vĩnh Phúc và Hòa Bình, tình hình nhân dân cơ bản ổn định. 6 tháng đầu năm, toàn tỉnh phát sinh 21 vụ việc tập trung đông người, giảm 8 vụ so với cùng kỳ; nổi lên là vụ gần 300 người dân xã Lương Sơn phản đối bụi, tiếng ồn từ nhà máy xi măng và vụ việc bồi thường dự án cao tốc tại phường Vĩnh Yên.
Khối dân vận đã phối hợp tổ chức 264 cuộc đối thoại, vận động 2.418 hộ bàn giao 731,5 ha mặt bằng; chi trả 2.156 tỷ đồng tiền bồi thường, hỗ trợ, đạt 91,3% kế hoạch. Nhà máy xi măng đã đầu tư 42 tỷ đồng lắp đặt hệ thống lọc bụi túi vải, hỗ trợ 1.150 hộ mỗi hộ 3 triệu đồng.
Ban đã tham mưu triển khai Kế hoạch 28, 29-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng và trong bảo vệ môi trường; Chỉ thị số 04-CT/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy về tiếp công dân, đối thoại; phối hợp giám sát việc thực hiện Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ tái định cư.
Ý kiến tại buổi làm việc, đồng chí Bùi Thị Khuyên, Bí thư Đảng ủy xã Lương Sơn, cho biết xã đã phát huy vai trò của 38 người có uy tín là người Mường, vận động nhân dân không tụ tập, cử 7 đại diện đối thoại với doanh nghiệp. Đồng chí Nguyễn Đức Thành, Chủ tịch UBND phường Vĩnh Yên, đề nghị tỉnh sớm điều chỉnh bảng giá đất để giải quyết 46 hồ sơ còn vướng.
Kết luận, đồng chí Hà Thị Thơm đề nghị 6 tháng cuối năm 2026 tiếp tục thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị; giải quyết dứt điểm các vụ việc tồn đọng; phát huy phong trào "Dân vận khéo" ở 148 xã, phường. Đồng chí yêu cầu Ban Tuyên giáo và Dân vận Tỉnh ủy chủ động phối hợp với Ủy ban MTTQ Việt Nam tỉnh và các sở, ngành nắm chắc tình hình dư luận xã hội, tham mưu kịp thời cho Thường trực Tỉnh ủy những vấn đề mới phát sinh, nhất là ở các dự án có nhiều hộ dân bị ảnh hưởng và các khu vực có nguy cơ ô nhiễm môi trường.
Văn Hùng
Tin khác
- Hội nghị người có uy tín tiêu biểu năm 2026 (25/06/2026)
- Lương Sơn: đối thoại với người dân về ô nhiễm bụi (10/06/2026)
- Giao ban công tác tuyên giáo và dân vận quý I (08/04/2026)
- Vĩnh Yên: vận động 300 hộ bàn giao mặt bằng cao tốc (20/03/2026)
""", "2026-07-17", "Thường trực Tỉnh ủy nghe báo cáo công tác dân vận 6 tháng đầu năm",
E("bao_cao", "2026-H1", "2026-07-15"),
[P("Hà Thị Thơm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Quách Văn Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Thị Khuyên", "Bí thư Đảng ủy xã Lương Sơn"),
 P("Nguyễn Đức Thành", "Chủ tịch UBND phường Vĩnh Yên")],
[Q("21 vụ việc tập trung đông người", 21, "vụ việc tập trung đông người"), Q("8 vụ", 8, "vụ"),
 Q("gần 300 người dân", 300, "người dân", "approx"), Q("264 cuộc đối thoại", 264, "cuộc đối thoại"),
 Q("2.418 hộ", 2418, "hộ"), Q("731,5 ha", 731.5, "ha"), Q("2.156 tỷ đồng", 2156000000000, "đồng"), Q("91,3%", 91.3, "%"),
 Q("42 tỷ đồng", 42000000000, "đồng"), Q("1.150 hộ", 1150, "hộ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("38 người có uy tín", 38, "người có uy tín"), Q("7 đại diện", 7, "đại diện"), Q("46 hồ sơ", 46, "hồ sơ"),
 Q("148 xã, phường", 148, "xã, phường")],
[D("Kế hoạch", "28", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 28, 29-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "29", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 28, 29-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "04", "CT/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Lương Sơn"), com("Vĩnh Yên")],
["Báo Phú Thọ điện tử", "Thời sự | Chính trị | Xây dựng Đảng", "Ảnh: Quang cảnh buổi làm việc.", "Dân vận khéo"],
["Thứ Sáu, 17/07/2026", "Chiều 15/7", "6 tháng đầu năm 2026", "6 tháng đầu năm", "1 năm", "6 tháng cuối năm 2026"]))
