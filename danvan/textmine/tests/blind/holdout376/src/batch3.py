from lib import *
PAGES = []

PAGES.append(page("b8993-lamdong-btgdv-giamsat-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ » Hoạt động » Dân vận chính quyền
Thứ Năm, 24/07/2025 - 15:30
Giám sát hoạt động Trung tâm phục vụ hành chính công tại các xã vùng Đắk Nông cũ
Ngày 22/7, đoàn giám sát của Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng do đồng chí Nguyễn Thị Thu Hà, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát chuyên đề năm 2025 về hoạt động của Trung tâm phục vụ hành chính công tại xã Quảng Sơn và xã Đắk Wil, hai xã mới thuộc địa bàn tỉnh Đắk Nông trước đây.
Đoàn giám sát làm việc tại xã Quảng Sơn. Ảnh: Y Khoa
Tham gia đoàn có các đồng chí Phó Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Lợi, Điểu K'Bơ và đại diện Sở Nội vụ, Ủy ban MTTQ Việt Nam tỉnh. Cuộc giám sát thực hiện theo Kế hoạch số 25-KH/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, nhằm cụ thể hóa Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy.
Báo cáo của xã Quảng Sơn cho thấy, sau 3 tuần vận hành, Trung tâm đã tiếp nhận 1.026 hồ sơ, giải quyết đúng hạn 94,5%; còn 57 hồ sơ đất đai chưa xử lý xong do phần mềm mới chưa liên thông với Văn phòng đăng ký đất đai. Xã có 14 bon, buôn đồng bào Mnông, M'Nông Nong sinh sống; Trung tâm mới có 5 công chức, 3 máy tính được chuyển từ huyện Đắk Glong cũ về.
Ông Y Thanh Niê, Chủ tịch UBND xã Quảng Sơn cho biết, ngày cao điểm có hơn 120 lượt người đến làm thủ tục, nhiều người già không biết chữ phổ thông phải nhờ đoàn viên viết hộ tờ khai. Bà H'Lan Byă, người có uy tín bon Bu Prăng đề nghị xã bố trí cán bộ biết tiếng Mnông và tổ chức nhận hồ sơ tại bon 1 buổi mỗi tuần.
Tại xã Đắk Wil, Trung tâm tiếp nhận 640 hồ sơ, trong đó 212 hồ sơ trực tuyến. Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND xã, Giám đốc Trung tâm phục vụ hành chính công xã Đắk Wil nêu khó khăn: đường truyền yếu, 4 trên 9 thôn chưa có sóng điện thoại ổn định.
Đại diện Ủy ban MTTQ Việt Nam tỉnh cho biết, qua hòm thư góp ý đặt tại 2 xã, Mặt trận đã nhận 19 ý kiến của người dân; đa số khen thái độ cán bộ niềm nở, nhưng phàn nàn việc phải chờ lâu vì máy lấy số chưa hoạt động. Ông Y Thanh Niê thừa nhận có những ngày cán bộ phải làm đến 19 giờ mới trả hết hồ sơ.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Thu Hà đề nghị các xã công khai số điện thoại đường dây nóng, niêm yết thủ tục bằng tiếng Mnông tại bon; người đứng đầu cấp ủy, chính quyền trực tiếp đối thoại với dân ít nhất 1 lần mỗi quý. Đoàn sẽ kiến nghị tỉnh bổ sung khoảng 2 tỷ đồng mua sắm thiết bị cho 20 xã vùng Đắk Nông cũ.
Y Khoa
Tin cùng chuyên mục
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy các xã, phường (08/07/2025)
- 124 xã, phường, đặc khu của Lâm Đồng chính thức vận hành (01/07/2025)
- Hội nghị quán triệt nhiệm vụ công tác dân vận 6 tháng cuối năm (26/06/2025)
""", "2025-07-24", "Giám sát hoạt động Trung tâm phục vụ hành chính công tại các xã vùng Đắk Nông cũ",
E("giam_sat", "2025", "2025-07-22"),
[P("Nguyễn Thị Thu Hà", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Lợi", "Phó Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Bơ", "Phó Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thanh Niê", "Chủ tịch UBND xã Quảng Sơn"),
 P("H'Lan Byă", "người có uy tín bon Bu Prăng"),
 P("Nguyễn Thị Hoa", "Phó Chủ tịch UBND xã", "Giám đốc Trung tâm phục vụ hành chính công xã Đắk Wil")],
[Q("1.026 hồ sơ", 1026, "hồ sơ"), Q("94,5%", 94.5, "%"), Q("57 hồ sơ đất đai", 57, "hồ sơ đất đai"),
 Q("14 bon, buôn", 14, "bon, buôn"), Q("5 công chức", 5, "công chức"), Q("3 máy tính", 3, "máy tính"),
 Q("hơn 120 lượt người", 120, "lượt người", "over"), Q("19 ý kiến", 19, "ý kiến"), Q("640 hồ sơ", 640, "hồ sơ"), Q("212 hồ sơ trực tuyến", 212, "hồ sơ trực tuyến"),
 Q("4 trên 9 thôn", 4, "thôn"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("20 xã", 20, "xã")],
[D("Kế hoạch", "25", "KH/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 25-KH/BTGDVTU ngày 15/7/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk Wil")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ » Hoạt động » Dân vận chính quyền",
 "Đoàn giám sát làm việc tại xã Quảng Sơn. Ảnh: Y Khoa", "Trung tâm phục vụ hành chính công"],
["Thứ Năm, 24/07/2025 - 15:30", "năm 2025", "3 tuần", "1 buổi mỗi tuần", "1 lần mỗi quý", "Ngày 22/7", "19 giờ"]))

PAGES.append(page("b8994-vinhlong-btgdv-giaoban-2025", """
Hôm nay: Thứ Năm, 14/08/2025
Báo Vĩnh Long điện tử
Chính trị - Xây dựng Đảng | Dân vận
Ngày 12/08/2025 16:45
Dân vận trong vận hành chính quyền 2 cấp: sát dân, nghe dân
Sáng 11/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác tuyên giáo và dân vận tháng 7/2025 bằng hình thức trực tuyến đến 124 điểm cầu xã, phường. Đồng chí Thạch Thị Sa Rươne, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Thạch Thị Sa Rươne, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu kết luận giao ban.
Báo cáo cho biết, tháng đầu tiên vận hành chính quyền địa phương 2 cấp, Trung tâm phục vụ hành chính công các xã, phường trong tỉnh đã tiếp nhận hơn 96.000 hồ sơ, tỷ lệ giải quyết đúng hạn 92,8%. Khối dân vận các cấp tổ chức 318 cuộc tiếp xúc, nắm tâm tư của người dân ở các ấp, khóm; ghi nhận 415 ý kiến, tập trung vào đường truyền chậm, phải khai lại thông tin, thiếu chỗ ngồi chờ tại trụ sở mới.
Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và Hướng dẫn 03, 04-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các xã đã thành lập 1.260 tổ công nghệ số cộng đồng; Đoàn Thanh niên duy trì 240 đội hình tình nguyện "Đồng hành cùng người dân làm dịch vụ công".
Ở vùng đồng bào Khmer thuộc tỉnh Trà Vinh cũ, Đảng ủy xã Tập Sơn bố trí 2 công chức người Khmer trực tại Trung tâm. Đồng chí Kim Thị Sa Phol, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn cho biết, xã phối hợp với 7 chùa Phật giáo Nam tông Khmer thông tin về thủ tục hành chính qua loa phát thanh chùa. Đồng chí Lê Văn Hùng, Trưởng Ban Xây dựng Đảng Đảng ủy phường Phú Khương phản ánh tình trạng một số công chức mới chuyển từ cấp huyện về còn lúng túng khi tiếp dân.
Tại các phường trung tâm, người dân phản ánh việc trụ sở mới ở xa, thiếu bãi giữ xe. Ban Tuyên giáo và Dân vận Đảng ủy phường Phú Khương đã vận động 12 hộ kinh doanh quanh trụ sở cho người dân gửi xe miễn phí và mở thêm 3 quầy hướng dẫn lưu động vào giờ cao điểm; một số xã bố trí xe đưa đón người cao tuổi ở các ấp xa đến làm thủ tục.
Phát biểu kết luận, đồng chí Thạch Thị Sa Rươne yêu cầu tháng 8 các xã, phường thực hiện Công văn số 152-CV/BTGDVTU về nắm bắt dư luận xã hội, giải đáp kịp thời thắc mắc của người dân, không để hình thành điểm nóng; mỗi tháng tổng hợp ý kiến người dân về chất lượng phục vụ gửi về Ban trước ngày 25.
Hội nghị cũng thông qua kế hoạch khảo sát mức độ hài lòng tại 30 xã, phường trong quý III, kinh phí khoảng 180 triệu đồng.
Hữu Thành
Tin liên quan
- Vĩnh Long: ra mắt 124 Trung tâm phục vụ hành chính công (01/07/2025)
- Tập huấn nghiệp vụ cho cán bộ dân vận xã, phường (25/07/2025)
- Gặp mặt chức sắc, người có uy tín (18/07/2025)
""", "2025-08-12", "Dân vận trong vận hành chính quyền 2 cấp: sát dân, nghe dân",
E("giao_ban", "2025-07", "2025-08-11"),
[P("Thạch Thị Sa Rươne", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Phol", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Lê Văn Hùng", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Phú Khương")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("hơn 96.000 hồ sơ", 96000, "hồ sơ", "over"),
 Q("92,8%", 92.8, "%"), Q("318 cuộc tiếp xúc", 318, "cuộc tiếp xúc"), Q("415 ý kiến", 415, "ý kiến"),
 Q("1.260 tổ công nghệ số cộng đồng", 1260, "tổ công nghệ số cộng đồng"), Q("240 đội hình tình nguyện", 240, "đội hình tình nguyện"),
 Q("2 công chức người Khmer", 2, "công chức người Khmer"), Q("7 chùa Phật giáo Nam tông Khmer", 7, "chùa Phật giáo Nam tông Khmer"),
 Q("12 hộ kinh doanh", 12, "hộ kinh doanh"), Q("3 quầy hướng dẫn lưu động", 3, "quầy hướng dẫn lưu động"), Q("30 xã, phường", 30, "xã, phường"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Công văn", "152", "CV/BTGDVTU", None, None, "Công văn số 152-CV/BTGDVTU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn"), com("Phú Khương")],
["Báo Vĩnh Long điện tử", "Chính trị - Xây dựng Đảng | Dân vận", "Hôm nay: Thứ Năm, 14/08/2025",
 "Đồng chí Thạch Thị Sa Rươne, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu kết luận giao ban.",
 "Đồng hành cùng người dân làm dịch vụ công"],
["Ngày 12/08/2025 16:45", "Hôm nay: Thứ Năm, 14/08/2025", "tháng 7/2025", "chính quyền 2 cấp", "tháng 8", "ngày 25", "quý III"]))

PAGES.append(page("b8995-gialai-xa-daihoi-2025", """
Báo Gia Lai điện tử
Chính trị > Đại hội Đảng các cấp
28/08/2025 07:50
Đại hội đại biểu Đảng bộ xã Vân Canh lần thứ I: xây dựng chính quyền gần dân, phục vụ dân
Trong 2 ngày 26 và 27/8, Đảng bộ xã Vân Canh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Lê Quang Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Gia Lai; 145 đại biểu đại diện cho 1.120 đảng viên của 38 tổ chức cơ sở đảng trong Đảng bộ.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Ngọc Minh
Xã Vân Canh được thành lập từ ngày 1/7/2025 trên cơ sở nhập thị trấn Vân Canh, xã Canh Hiển và xã Canh Hiệp thuộc tỉnh Bình Định trước đây; đồng bào Chăm H'roi, Ba Na chiếm hơn 40% dân số. Sau gần 2 tháng vận hành, Trung tâm phục vụ hành chính công xã đã tiếp nhận 2.350 hồ sơ, 99% được giải quyết đúng hạn; Đảng ủy chỉ đạo giữ 2 điểm tiếp nhận tại trụ sở xã Canh Hiển, Canh Hiệp cũ để người dân vùng cao không phải đi xa.
Đại hội thực hiện theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp và Quyết định số 1812-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy Gia Lai. Nghị quyết đại hội đề ra mục tiêu đến năm 2030 thu nhập bình quân đầu người đạt 75 triệu đồng/năm; tỷ lệ hộ nghèo giảm bình quân 2%/năm; trên 80% hồ sơ thủ tục hành chính được nộp trực tuyến; 100% thôn, làng có tổ công nghệ số cộng đồng.
Tham luận tại đại hội, già làng Đinh Văn Nhứt ở làng Kà Bưng mong cán bộ xã mới "về làng nhiều hơn, nói tiếng của dân"; đồng chí Nguyễn Thị Thanh, Chủ tịch Hội LHPN xã đề xuất mô hình "Phụ nữ đồng hành cùng dịch vụ công" với 25 tổ phụ nữ hướng dẫn bà con làm thủ tục trên điện thoại.
Góp ý vào báo cáo chính trị, nhiều đại biểu cho rằng sau sáp nhập, địa bàn xã rộng, có thôn cách trung tâm xã gần 35 km; vì vậy cần duy trì tổ nhận hồ sơ lưu động và sớm đầu tư đường truyền cho các làng vùng cao. Theo Ủy ban MTTQ xã, 2 tháng qua đã tiếp nhận 64 ý kiến của người dân về hoạt động của chính quyền mới, phần lớn ghi nhận thái độ phục vụ tận tình.
Phát biểu chỉ đạo, đồng chí Lê Quang Hưng đề nghị Đảng bộ xã đoàn kết, sớm ổn định tổ chức bộ máy, sắp xếp hợp lý 56 cán bộ, công chức; người đứng đầu phải đối thoại trực tiếp với nhân dân, giải quyết dứt điểm kiến nghị ngay từ cơ sở.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Đinh Văn Tiên được tín nhiệm giữ chức Bí thư Đảng ủy xã Vân Canh nhiệm kỳ 2025 - 2030; các đồng chí: Nguyễn Văn Hòa, Đinh Thị Hơn được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Ngọc Minh
Tin liên quan
- Đảng bộ phường Quy Nhơn Nam tổ chức đại hội điểm (15/08/2025)
- Gia Lai: 135 xã, phường chuẩn bị đại hội đảng bộ (02/08/2025)
- Ra mắt Trung tâm phục vụ hành chính công xã Vĩnh Thạnh (01/07/2025)
""", "2025-08-28", "Đại hội đại biểu Đảng bộ xã Vân Canh lần thứ I: xây dựng chính quyền gần dân, phục vụ dân",
E("dai_hoi", None, "2025-08-26"),
[P("Lê Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy Gia Lai"),
 P("Đinh Văn Nhứt", "già làng"),
 P("Nguyễn Thị Thanh", "Chủ tịch Hội LHPN xã"),
 P("Đinh Văn Tiên", "Bí thư Đảng ủy xã Vân Canh nhiệm kỳ 2025 - 2030"),
 P("Nguyễn Văn Hòa", "Phó Bí thư Đảng ủy xã"),
 P("Đinh Thị Hơn", "Phó Bí thư Đảng ủy xã")],
[Q("145 đại biểu", 145, "đại biểu"), Q("1.120 đảng viên", 1120, "đảng viên"), Q("38 tổ chức cơ sở đảng", 38, "tổ chức cơ sở đảng"),
 Q("hơn 40%", 40, "%", "over"), Q("2.350 hồ sơ", 2350, "hồ sơ"), Q("99%", 99, "%"), Q("2 điểm tiếp nhận", 2, "điểm tiếp nhận"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("2%", 2, "%"), Q("trên 80%", 80, "%", "over"), Q("100%", 100, "%"),
 Q("25 tổ phụ nữ", 25, "tổ phụ nữ"), Q("gần 35 km", 35, "km", "approx"), Q("64 ý kiến", 64, "ý kiến"), Q("56 cán bộ, công chức", 56, "cán bộ, công chức"), Q("31 đồng chí", 31, "đồng chí"),
 Q("9 đồng chí", 9, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "1812", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy Gia Lai", "Quyết định số 1812-QĐ/TU ngày 30/6/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Vân Canh"), com("Canh Hiển"), com("Canh Hiệp")],
["Báo Gia Lai điện tử", "Chính trị > Đại hội Đảng các cấp", "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Ngọc Minh",
 "Phụ nữ đồng hành cùng dịch vụ công", "Chăm H'roi"],
["28/08/2025 07:50", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "ngày 1/7/2025", "gần 2 tháng", "2 tháng qua", "năm 2030", "khóa I",
 "31 đồng chí", "9 đồng chí"]))

PAGES.append(page("b8996-dongnai-btgdv-taphuan-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ / Thời sự / Chính quyền cơ sở
19-09-2025 08:00
Nâng kỹ năng "dân vận khéo" cho công chức Trung tâm phục vụ hành chính công xã, phường
Ngày 17 và 18/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp với Sở Nội vụ tổ chức lớp tập huấn kỹ năng dân vận và nghiệp vụ một cửa năm 2025 cho 190 công chức đang làm việc tại Trung tâm phục vụ hành chính công của 95 xã, phường trong tỉnh.
Giảng viên trao đổi tình huống với học viên. Ảnh: Hải Quân
Các học viên được nghe các báo cáo viên: TS. Phạm Minh Châu, Phó Giám đốc Trường Chính trị tỉnh; bà Nguyễn Thị Ngọc Lan, Phó Giám đốc Sở Nội vụ; ông Điểu Brơm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy giới thiệu Nghị định số 118/2025/NĐ-CP ngày 9/6/2025 của Chính phủ, Quyết định số 2140/QĐ-UBND ngày 28/7/2025 của Chủ tịch UBND tỉnh công bố danh mục 1.139 thủ tục hành chính thuộc thẩm quyền cấp xã, cùng kỹ năng tiếp công dân, xử lý tình huống khi người dân bức xúc.
Theo Sở Nội vụ, sau hơn 2 tháng vận hành, các Trung tâm đã tiếp nhận gần 412.000 hồ sơ, khoảng 65% nộp trực tuyến; nhưng vẫn có hơn 3.100 hồ sơ trễ hạn, chủ yếu về đất đai và xây dựng. Nhiều công chức từ cấp huyện về xã chưa quen việc tiếp dân trực tiếp; 14 xã biên giới thuộc tỉnh Bình Phước cũ thiếu công chức biết tiếng S'tiêng, M'nông.
Lớp học dành một buổi thực hành với 30 tình huống do chính học viên đưa ra. Chị Thị Bích, công chức văn hóa - xã hội xã Bù Gia Mập kể: "Có cụ già đi hơn 20 km đến Trung tâm thì hệ thống lỗi, cụ giận bỏ về. Tôi phải chạy xe theo xin lỗi và hẹn ngày khác đến tận nhà lấy hồ sơ". Anh Lê Hoàng Phúc, công chức tư pháp - hộ tịch phường Trảng Dài đề nghị có quy trình xử lý khi phần mềm gặp sự cố.
Phát biểu bế mạc, ông Điểu Brơm yêu cầu học viên vận dụng phương châm "4 xin, 4 luôn" trong giao tiếp với dân, thực hiện Kế hoạch 98-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" tại Trung tâm phục vụ hành chính công. Ban sẽ khảo sát ý kiến người dân tại 20 Trung tâm trong quý IV để đánh giá hiệu quả lớp học.
Nhiều học viên mong được tập huấn thêm về phần mềm một cửa điện tử dùng chung của tỉnh và về kỹ năng hướng dẫn người cao tuổi sử dụng ứng dụng VNeID. Bà Nguyễn Thị Ngọc Lan cho biết, Sở Nội vụ sẽ mở tiếp 4 lớp theo cụm xã trong tháng 10, mỗi lớp khoảng 50 học viên, ưu tiên công chức mới chuyển từ huyện về và công chức các xã có tỷ lệ hồ sơ trễ hạn cao.
Lớp tập huấn có kinh phí 210 triệu đồng; 186 học viên được cấp giấy chứng nhận.
Hải Quân
Tin khác
- Đồng Nai: công bố đường dây nóng của 95 xã, phường (10/09/2025)
- Phường Trấn Biên ra mắt tổ công nghệ số cộng đồng (03/09/2025)
- Tiếp nhận 2.000 phản ánh của người dân qua Zalo (25/08/2025)
""", "2025-09-19", 'Nâng kỹ năng "dân vận khéo" cho công chức Trung tâm phục vụ hành chính công xã, phường',
E("tap_huan", "2025", "2025-09-17"),
[P("Phạm Minh Châu", "TS.", "Phó Giám đốc Trường Chính trị tỉnh"),
 P("Nguyễn Thị Ngọc Lan", "Phó Giám đốc Sở Nội vụ"),
 P("Điểu Brơm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bích", "công chức văn hóa - xã hội xã Bù Gia Mập"),
 P("Lê Hoàng Phúc", "công chức tư pháp - hộ tịch phường Trảng Dài")],
[Q("190 công chức", 190, "công chức"), Q("95 xã, phường", 95, "xã, phường"), Q("1.139 thủ tục hành chính", 1139, "thủ tục hành chính"),
 Q("gần 412.000 hồ sơ", 412000, "hồ sơ", "approx"), Q("khoảng 65%", 65, "%", "approx"), Q("hơn 3.100 hồ sơ", 3100, "hồ sơ", "over"),
 Q("14 xã biên giới", 14, "xã biên giới"), Q("30 tình huống", 30, "tình huống"), Q("hơn 20 km", 20, "km", "over"),
 Q("20 Trung tâm", 20, "Trung tâm"), Q("4 lớp", 4, "lớp"), Q("khoảng 50 học viên", 50, "học viên", "approx"), Q("210 triệu đồng", 210000000, "đồng"), Q("186 học viên", 186, "học viên")],
[D("Nghị định", "118", "2025/NĐ-CP", "2025-06-09", "Chính phủ", "Nghị định số 118/2025/NĐ-CP ngày 9/6/2025"),
 D("Quyết định", "2140", "QĐ-UBND", "2025-07-28", "Chủ tịch UBND tỉnh", "Quyết định số 2140/QĐ-UBND ngày 28/7/2025"),
 D("Kế hoạch", "98", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 98-KH/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trảng Dài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ / Thời sự / Chính quyền cơ sở", "Giảng viên trao đổi tình huống với học viên. Ảnh: Hải Quân",
 "Dân vận khéo", "4 xin, 4 luôn", "Trường Chính trị tỉnh"],
["19-09-2025 08:00", "năm 2025", "Ngày 17 và 18/9", "hơn 2 tháng", "một buổi", "4 xin, 4 luôn", "quý IV", "tháng 10"]
))

PAGES.append(page("b8997-phutho-xa-soket-2025", """
ĐẢNG BỘ XÃ MƯỜNG HOA - TỈNH PHÚ THỌ
Trang chủ | Tin tức | Hoạt động của Đảng ủy
Thứ Năm, 09/10/2025
Toàn cảnh hội nghị sơ kết.
Xã Mường Hoa: 3 tháng vận hành chính quyền 2 cấp thông suốt, người dân đồng thuận
Ngày 7/10, Đảng ủy xã Mường Hoa tổ chức hội nghị sơ kết công tác quý III/2025 và 3 tháng vận hành mô hình chính quyền địa phương 2 cấp, triển khai nhiệm vụ quý IV. Đồng chí Bùi Văn Thắng, Bí thư Đảng ủy xã chủ trì; dự có các đồng chí trong Ban Thường vụ Đảng ủy, trưởng các xóm và đại diện Ủy ban MTTQ, các đoàn thể xã.
Xã Mường Hoa được thành lập trên cơ sở nhập các xã Hợp Phong, Đồng Tâm, Mường Chiềng của tỉnh Hòa Bình cũ, nay thuộc tỉnh Phú Thọ, có 23 xóm, hơn 16.800 nhân khẩu, trong đó đồng bào Mường chiếm 87%. Thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ xã về xây dựng chính quyền phục vụ nhân dân và Kế hoạch số 12/KH-UBND của UBND xã, Trung tâm phục vụ hành chính công xã trong quý đã tiếp nhận 3.412 hồ sơ, giải quyết đúng hạn 98,7%; có 1.520 hồ sơ nộp trực tuyến.
Báo cáo do đồng chí Hà Thị Liên, ĐUV, Phó Chủ tịch UBND xã, Giám đốc Trung tâm phục vụ hành chính công trình bày cho biết, xã duy trì 2 điểm tiếp nhận hồ sơ tại trụ sở xã Hợp Phong, Mường Chiềng cũ vào thứ Ba, thứ Năm hằng tuần; 18 tổ công nghệ số cộng đồng đã hỗ trợ gần 900 lượt người dân. Thu ngân sách quý III đạt 4,6 tỷ đồng; nhân dân hiến 12.400 m2 đất làm đường liên xóm.
Tại hội nghị, ông Xa Văn Sơn, Trưởng xóm Mỗ phản ánh có người dân phải đi 2 lần mới làm xong thủ tục tách thửa vì thiếu bản đo vẽ. Bà Quách Thị Nga, Chủ tịch Hội Nông dân xã đề nghị Trung tâm in tờ hướng dẫn bằng hình ảnh và niêm yết ở nhà văn hóa các xóm. Đồng chí Đinh Thị Hương, Phó Bí thư Thường trực Đảng ủy xã cho rằng cán bộ phải "nói cho dân hiểu, làm cho dân tin", nhất là với những việc liên quan đất đai, đền bù.
Theo Ủy ban MTTQ xã, trong quý Mặt trận nhận 42 ý kiến, kiến nghị qua hòm thư và đường dây nóng, đã trả lời 39 ý kiến; kết quả lấy phiếu tại 6 xóm cho thấy 91% người dân hài lòng với thái độ phục vụ của cán bộ xã.
Kết luận hội nghị, đồng chí Bùi Văn Thắng yêu cầu quý IV tập trung giải quyết dứt điểm 17 hồ sơ đất đai tồn đọng từ huyện chuyển về; mỗi đảng ủy viên phụ trách một xóm, mỗi tháng dự sinh hoạt ít nhất 1 lần; hoàn thành đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân trước ngày 15/12.
Văn phòng Đảng ủy xã
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam xã Mường Hoa (05/07/2025)
- Xã Mường Hoa đón nhận quyết định thành lập (30/06/2025)
- Tập huấn phần mềm một cửa điện tử cho công chức xã (20/07/2025)
""", "2025-10-09", "Xã Mường Hoa: 3 tháng vận hành chính quyền 2 cấp thông suốt, người dân đồng thuận",
E("so_ket", "2025-Q3", "2025-10-07"),
[P("Bùi Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Hà Thị Liên", "ĐUV", "Phó Chủ tịch UBND xã", "Giám đốc Trung tâm phục vụ hành chính công"),
 P("Xa Văn Sơn", "Trưởng xóm Mỗ"),
 P("Quách Thị Nga", "Chủ tịch Hội Nông dân xã"),
 P("Đinh Thị Hương", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("23 xóm", 23, "xóm"), Q("hơn 16.800 nhân khẩu", 16800, "nhân khẩu", "over"), Q("87%", 87, "%"),
 Q("3.412 hồ sơ", 3412, "hồ sơ"), Q("98,7%", 98.7, "%"), Q("1.520 hồ sơ", 1520, "hồ sơ"),
 Q("2 điểm tiếp nhận hồ sơ", 2, "điểm tiếp nhận hồ sơ"), Q("18 tổ công nghệ số cộng đồng", 18, "tổ công nghệ số cộng đồng"),
 Q("gần 900 lượt người dân", 900, "lượt người dân", "approx"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("12.400 m2", 12400, "m2"), Q("42 ý kiến, kiến nghị", 42, "ý kiến, kiến nghị"), Q("39 ý kiến", 39, "ý kiến"),
 Q("6 xóm", 6, "xóm"), Q("91%", 91, "%"), Q("17 hồ sơ đất đai", 17, "hồ sơ đất đai")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-07-15", "Ban Chấp hành Đảng bộ xã", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 15/7/2025"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "Kế hoạch số 12/KH-UBND")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mường Hoa"), com("Hợp Phong"), com("Đồng Tâm"), com("Mường Chiềng")],
["ĐẢNG BỘ XÃ MƯỜNG HOA - TỈNH PHÚ THỌ", "Trang chủ | Tin tức | Hoạt động của Đảng ủy", "Toàn cảnh hội nghị sơ kết.",
 "Văn phòng Đảng ủy xã", "nói cho dân hiểu, làm cho dân tin"],
["Thứ Năm, 09/10/2025", "quý III/2025", "3 tháng", "chính quyền địa phương 2 cấp", "quý IV", "2 lần", "ít nhất 1 lần",
 "ngày 15/12", "Ngày 7/10"]))

PAGES.append(page("b8998-angiang-mttq-baocao-2025", """
Báo An Giang Online
Trang chủ » Mặt trận » Giám sát - Phản biện
23/10/2025 | 14:20
MTTQ tỉnh công bố báo cáo mức độ hài lòng của người dân với chính quyền xã, phường, đặc khu
(BAG) - Ngày 21/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang ban hành Báo cáo số 215/BC-MTTQ-BTT về kết quả khảo sát sự hài lòng của người dân đối với hoạt động của chính quyền cấp xã quý III/2025, quý đầu tiên vận hành mô hình chính quyền địa phương 2 cấp.
Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Rạch Giá. Ảnh: Hạnh Châu
Theo báo cáo, từ ngày 15/9 đến 10/10, Mặt trận các cấp phối hợp Sở Nội vụ phát 8.160 phiếu tại 102 xã, phường, đặc khu, thu về 7.934 phiếu. Chỉ số hài lòng chung đạt 86,4%; thái độ của công chức được đánh giá cao nhất với 91,2%, thấp nhất là thời gian giải quyết hồ sơ đất đai, 71,5%. Dẫn đầu là phường Rạch Giá, phường Long Xuyên và đặc khu Phú Quốc; 12 xã xếp cuối bảng đều thuộc vùng sâu, biên giới hoặc có đông đồng bào Khmer.
Khảo sát ghi nhận 1.346 ý kiến góp ý. Nhiều ý kiến phản ánh trụ sở mới ở xa, có nơi người dân phải đi hơn 25 km; phần mềm thường xuyên lỗi khiến hồ sơ phải nộp lại; ở một số xã từ tỉnh Kiên Giang cũ còn tình trạng hẹn trả kết quả nhiều lần. Ông Danh Út, người có uy tín ấp Xẻo Đước, xã Vĩnh Hòa Hưng đề nghị bố trí công chức biết tiếng Khmer tại Trung tâm; bà Thị Sa Ra, ấp Ba Núi, xã Tri Tôn mong có xe lưu động nhận hồ sơ ở các ấp xa.
Bà Nguyễn Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật cho biết, kết quả được gửi Ban Thường vụ Tỉnh ủy, UBND tỉnh và công khai trên Cổng thông tin điện tử tỉnh. Theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của MTTQ, những xã có chỉ số thấp 2 quý liên tiếp sẽ được Mặt trận giám sát chuyên đề.
So với kết quả khảo sát năm 2024 ở cấp huyện, chỉ số hài lòng về sự công khai, minh bạch tăng 3,8%, nhưng chỉ số về cơ sở vật chất giảm do nhiều trụ sở xã cũ chật hẹp, thiếu chỗ để xe, chưa có máy lấy số thứ tự. Mặt trận kiến nghị tỉnh ưu tiên nguồn vốn sửa chữa trụ sở, trang bị máy tính cho các Trung tâm có lượng hồ sơ lớn và tăng cường công chức cho các xã vùng biên giới.
Ông Thạch Sô Phia, Chủ tịch UBND xã Tri Tôn thừa nhận xã còn 36 hồ sơ trễ hạn trong quý III; xã đã xin lỗi người dân bằng văn bản và bố trí thêm 2 công chức địa chính.
Tổng kinh phí khảo sát quý III khoảng 320 triệu đồng. Từ quý IV, Mặt trận sẽ khảo sát bằng mã QR đặt tại 102 Trung tâm, kết hợp phiếu giấy cho người cao tuổi.
Hạnh Châu
Tin liên quan
- An Giang: 102 Trung tâm phục vụ hành chính công đi vào hoạt động (01/07/2025)
- MTTQ tỉnh lấy ý kiến người dân về chính quyền 2 cấp (05/09/2025)
- Đặc khu Phú Quốc ra mắt tổng đài hỗ trợ người dân (20/08/2025)
""", "2025-10-23", "MTTQ tỉnh công bố báo cáo mức độ hài lòng của người dân với chính quyền xã, phường, đặc khu",
E("bao_cao", "2025-Q3", "2025-10-21"),
[P("Danh Út", "người có uy tín ấp Xẻo Đước"),
 P("Thị Sa Ra"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Thạch Sô Phia", "Chủ tịch UBND xã Tri Tôn")],
[Q("8.160 phiếu", 8160, "phiếu"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("7.934 phiếu", 7934, "phiếu"),
 Q("86,4%", 86.4, "%"), Q("91,2%", 91.2, "%"), Q("71,5%", 71.5, "%"), Q("12 xã", 12, "xã"),
 Q("1.346 ý kiến", 1346, "ý kiến"), Q("3,8%", 3.8, "%"), Q("hơn 25 km", 25, "km", "over"), Q("36 hồ sơ", 36, "hồ sơ"),
 Q("2 công chức địa chính", 2, "công chức địa chính"), Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang", "Báo cáo số 215/BC-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Long Xuyên"), com("Phú Quốc"), com("Vĩnh Hòa Hưng"), com("Tri Tôn")],
["Báo An Giang Online", "Trang chủ » Mặt trận » Giám sát - Phản biện", "(BAG)",
 "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Rạch Giá. Ảnh: Hạnh Châu", "Cổng thông tin điện tử tỉnh"],
["23/10/2025 | 14:20", "quý III/2025", "chính quyền địa phương 2 cấp", "từ ngày 15/9 đến 10/10", "2 quý", "quý IV", "mã QR", "năm 2024"]
))
