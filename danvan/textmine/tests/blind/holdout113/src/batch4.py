from lib import *
PAGES = []

PAGES.append(page("b2687-gialai-quynhon-tongket-2025", """
ĐẢNG BỘ PHƯỜNG QUY NHƠN - TỈNH GIA LAI
Trang chủ › Tin hoạt động › Tuyên giáo - Dân vận
Hôm nay: Thứ Sáu, 09/01/2026
Ảnh: Các tập thể, cá nhân nhận giấy khen.
Phường Quy Nhơn: 46 mô hình "Dân vận khéo" được công nhận trong năm đầu sắp xếp
Ngày đăng 07/01/2026 | 15:05
Ngày 6/1/2026, Đảng ủy phường Quy Nhơn tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025, triển khai nhiệm vụ năm 2026. Chủ trì hội nghị có đồng chí Đặng Hữu Trí, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Dự có đồng chí Đinh Thị Hơi, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai.
Phường Quy Nhơn được thành lập từ 1/7/2025 trên cơ sở hợp nhất các phường Hải Cảng, Thị Nại, Lê Lợi, Trần Phú, Lý Thường Kiệt, Đống Đa và xã đảo Nhơn Châu của thành phố Quy Nhơn cũ (tỉnh Bình Định trước đây). Sau sắp xếp, phường có 52 tổ dân phố, thôn với hơn 31.000 hộ.
Năm 2025, toàn phường có 46 mô hình "Dân vận khéo" được công nhận, trong đó 4 mô hình cấp tỉnh, 15 mô hình cấp phường. Thực hiện Quyết định số 23-QĐ/TW, Kết luận số 120-KL/TW ngày 7/1/2025 của Bộ Chính trị và Kế hoạch số 05-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy phường, khối dân vận đã vận động nhân dân hiến hơn 2.400 m2 đất, đóng góp khoảng 3,8 tỷ đồng chỉnh trang 23 tuyến hẻm; hỗ trợ xóa 38 căn nhà tạm, nhà dột nát; 52/52 tổ dân phố, thôn duy trì tổ bảo vệ an ninh, trật tự ở cơ sở với 156 thành viên.
Các tổ dân phố đã hòa giải thành 67 vụ việc mâu thuẫn, đạt 91,8%; tiếp nhận 112 ý kiến góp ý của nhân dân vào dự thảo văn kiện Đại hội Đảng bộ phường lần thứ I.
Tại hội nghị, các đồng chí Bí thư Chi bộ tổ dân phố: Nguyễn Thị Thu Ba (tổ 14 khu vực 2), Đinh Văn Chiến (thôn Nhơn Châu), Trương Quốc Vinh (tổ 3 khu vực 5) trình bày tham luận. Ông Đinh Văn Chiến, người Ba Na, chia sẻ kinh nghiệm vận động ngư dân đảo không khai thác hải sản bằng chất nổ.
Phát biểu chỉ đạo, đồng chí Đinh Thị Hơi ghi nhận phường đã sớm ổn định tổ chức bộ máy dân vận sau hợp nhất; đề nghị năm 2026 tập trung vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, đạt trên 98% cử tri đi bầu.
Dịp này, Ban Thường vụ Đảng ủy phường tặng giấy khen cho 18 tập thể và 25 cá nhân; mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 800.000 đồng.
Ông Hồ Ngọc Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, công bố quyết định khen thưởng.
Minh Châu
Tin liên quan
- Phường Quy Nhơn Nam tổ chức Ngày hội Đại đoàn kết ở 20 thôn, tổ dân phố (18/11/2025)
- Gia Lai hoàn thành kiện toàn Ban Công tác Mặt trận sau sắp xếp (30/10/2025)
- Đảng ủy phường Quy Nhơn đối thoại với ngư dân Nhơn Châu (02/10/2025)
""", "2026-01-07", "Phường Quy Nhơn: 46 mô hình \"Dân vận khéo\" được công nhận trong năm đầu sắp xếp",
E("tong_ket", "2025", "2026-01-06"),
[P("Đặng Hữu Trí", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đinh Thị Hơi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai"),
 P("Nguyễn Thị Thu Ba", "Bí thư Chi bộ tổ dân phố"),
 P("Đinh Văn Chiến", "Bí thư Chi bộ tổ dân phố"),
 P("Trương Quốc Vinh", "Bí thư Chi bộ tổ dân phố"),
 P("Hồ Ngọc Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("46 mô hình", 46, "mô hình"), Q("52 tổ dân phố, thôn", 52, "tổ dân phố, thôn"), Q("hơn 31.000 hộ", 31000, "hộ", "over"),
 Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"), Q("15 mô hình cấp phường", 15, "mô hình cấp phường"),
 Q("hơn 2.400 m2", 2400, "m2", "over"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("23 tuyến hẻm", 23, "tuyến hẻm"),
 Q("38 căn nhà tạm, nhà dột nát", 38, "căn nhà tạm, nhà dột nát"), Q("52/52 tổ dân phố, thôn", 52, "tổ dân phố, thôn"),
 Q("156 thành viên", 156, "thành viên"), Q("67 vụ việc mâu thuẫn", 67, "vụ việc mâu thuẫn"), Q("91,8%", 91.8, "%"),
 Q("112 ý kiến", 112, "ý kiến"), Q("trên 98%", 98, "%", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("800.000 đồng", 800000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "120", "KL/TW", "2025-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2025"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 05-KH/ĐU ngày 15/7/2025")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Hải Cảng"), com("Thị Nại"), com("Lê Lợi"), com("Trần Phú"), com("Lý Thường Kiệt"),
 com("Đống Đa"), com("Nhơn Châu"), prov("Bình Định")],
["ĐẢNG BỘ PHƯỜNG QUY NHƠN - TỈNH GIA LAI", "Trang chủ › Tin hoạt động › Tuyên giáo - Dân vận", "Hôm nay: Thứ Sáu, 09/01/2026",
 "Ảnh: Các tập thể, cá nhân nhận giấy khen.", "Dân vận khéo", "thôn Nhơn Châu"],
["Hôm nay: Thứ Sáu, 09/01/2026", "năm 2025", "năm 2026", "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "tổ 14 khu vực 2",
 "tổ 3 khu vực 5"]))

PAGES.append(page("b2688-cantho-vithanh-doithoai-2026", """
Báo Cần Thơ
Thời sự › Chính trị › Cơ sở
Cập nhật: 17:40, 10/04/2026 (GMT+7)
Bí thư Đảng ủy phường Vị Thanh đối thoại với nhân dân
(CT) - Sáng 9-4, Đảng ủy, UBND phường Vị Thanh, TP Cần Thơ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Đồng chí Trần Ngọc Tuyết Mai, Bí thư Đảng ủy phường, cùng đồng chí Lê Thanh Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì.
Lãnh đạo phường Vị Thanh trả lời ý kiến của người dân.
Hội nghị có 135 đại biểu là tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận, người có uy tín và người dân của 27 khu vực. Đây là cuộc đối thoại thứ 2 kể từ khi phường mới được thành lập trên cơ sở các Phường I, Phường III, Phường IV, Phường V và Phường VII của thành phố Vị Thanh cũ (tỉnh Hậu Giang trước đây), thực hiện theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Tại hội nghị, 19 lượt ý kiến được nêu, tập trung vào các vấn đề: thủ tục hành chính sau khi chuyển về Trung tâm phục vụ hành chính công phường; ngập nước khu vực 4 mỗi khi triều cường; chậm bồi thường ở dự án đường Nguyễn Huệ nối dài. Bà Danh Thị Ngọc Hiền, khu vực 6, phản ánh người cao tuổi phải đi xa hơn để làm giấy tờ. Ông Lâm Quốc Khải, Trưởng ban Công tác Mặt trận khu vực 11, đề nghị sớm lắp đèn chiếu sáng tuyến hẻm 94 dài khoảng 400 m.
Trả lời ý kiến, đồng chí Lê Thanh Phong cho biết phường sẽ bố trí 2 điểm tiếp nhận hồ sơ lưu động mỗi tuần tại khu vực 6 và khu vực 9; năm 2026 dành hơn 2,6 tỷ đồng nâng cấp 5 tuyến cống thoát nước. Về dự án đường Nguyễn Huệ nối dài, có 43 hộ bị ảnh hưởng, đã chi trả cho 31 hộ; 12 hộ còn lại chờ phê duyệt phương án bổ sung, dự kiến chi trả trong quý II.
Đồng chí Trần Ngọc Tuyết Mai ghi nhận các ý kiến thẳng thắn của nhân dân, yêu cầu các bộ phận chuyên môn công khai tiến độ giải quyết trên nhóm Zalo của từng khu vực; giao Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện các nội dung đã hứa với dân. Đồng chí nhấn mạnh tinh thần Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 12-NQ/ĐU ngày 8/9/2025 của Đảng ủy phường về xây dựng chính quyền phường phục vụ nhân dân.
Kết thúc hội nghị, 16/19 ý kiến đã được trả lời trực tiếp; 3 ý kiến thuộc thẩm quyền thành phố được phường tổng hợp, kiến nghị.
Ông Danh Sà Rinh, người Khmer ở khu vực 2, cho biết: "Đây là lần đầu tôi được hỏi trực tiếp Bí thư, thấy được lắng nghe thì dân tin".
Nhật Linh
Tin cùng chuyên mục
- Phường Ninh Kiều ra mắt mô hình "Dân vận khéo - Chính quyền thân thiện" (06/04/2026)
- Phường Sóc Trăng giao ban khối dân vận quý I/2026 (02/04/2026)
- Cần Thơ tập huấn công tác Mặt trận cho 103 xã, phường (26/03/2026)
""", "2026-04-10", "Bí thư Đảng ủy phường Vị Thanh đối thoại với nhân dân",
E("doi_thoai", "2026", "2026-04-09"),
[P("Trần Ngọc Tuyết Mai", "Bí thư Đảng ủy phường"),
 P("Lê Thanh Phong", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Danh Thị Ngọc Hiền"),
 P("Lâm Quốc Khải", "Trưởng ban Công tác Mặt trận khu vực 11"),
 P("Danh Sà Rinh")],
[Q("135 đại biểu", 135, "đại biểu"), Q("27 khu vực", 27, "khu vực"), Q("19 lượt ý kiến", 19, "lượt ý kiến"),
 Q("khoảng 400 m", 400, "m", "approx"), Q("2 điểm tiếp nhận hồ sơ lưu động", 2, "điểm tiếp nhận hồ sơ lưu động"),
 Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("5 tuyến cống thoát nước", 5, "tuyến cống thoát nước"),
 Q("43 hộ", 43, "hộ"), Q("31 hộ", 31, "hộ"), Q("12 hộ", 12, "hộ"), Q("16/19 ý kiến", 16, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Nghị quyết", "12", "NQ/ĐU", "2025-09-08", "Đảng ủy phường", "Nghị quyết số 12-NQ/ĐU ngày 8/9/2025")],
[prov("Cần Thơ"), com("Vị Thanh"), com("Phường I"), com("Phường III"), com("Phường IV"), com("Phường V"), com("Phường VII"), prov("Hậu Giang")],
["Báo Cần Thơ", "Thời sự › Chính trị › Cơ sở", "(CT)", "Lãnh đạo phường Vị Thanh trả lời ý kiến của người dân.",
 "Trung tâm phục vụ hành chính công phường", "nhóm Zalo"],
["Cập nhật: 17:40, 10/04/2026 (GMT+7)", "Sáng 9-4", "năm 2026", "cuộc đối thoại thứ 2", "khu vực 4", "khu vực 6",
 "hẻm 94", "quý II", "khu vực 2", "mỗi tuần"]))

PAGES.append(page("b2689-laocai-yenbai-giaoban-2026", """
TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI
Trang chủ >> Dân vận - Mặt trận >> Cơ sở
Thứ Hai, 13/04/2026, 08:20
Đồng chí Hà Thị Thu Nguyệt kết luận buổi giao ban.
Giao ban công tác dân vận, Mặt trận quý I/2026 tại phường Yên Bái
Ngày 10/4/2026, Đảng ủy phường Yên Bái tổ chức hội nghị giao ban công tác dân vận, Mặt trận và các tổ chức chính trị - xã hội quý I, triển khai nhiệm vụ quý II năm 2026. Chủ trì hội nghị có đồng chí Hà Thị Thu Nguyệt, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Yên Bái; đồng chí Giàng A Chư, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai dự.
Quý I, khối dân vận phường tập trung tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026; tỷ lệ cử tri đi bầu đạt 99,6%. Dịp Tết Bính Ngọ, các đoàn thể trao 685 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá hơn 410 triệu đồng; tổ chức "Chợ Tết 0 đồng" tại 3 tổ dân phố.
Thực hiện Kế hoạch số 18-KH/ĐU ngày 6/1/2026 của Ban Thường vụ Đảng ủy phường về phong trào thi đua "Dân vận khéo" năm 2026, các chi bộ đã đăng ký 21 mô hình, trong đó 6 mô hình dân vận chính quyền gắn với chuyển đổi số. Các Ban Công tác Mặt trận 34 tổ dân phố tham gia hòa giải thành 8 vụ việc tranh chấp đất đai giữa các hộ, không có đơn thư vượt cấp.
Tổ bảo vệ an ninh, trật tự ở cơ sở của 34 tổ dân phố với 102 thành viên đã phối hợp Công an phường tổ chức 214 lượt tuần tra, phát hiện, nhắc nhở 19 trường hợp vi phạm trật tự đô thị. Ông Nông Văn Hải, người Tày, Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố Hồng Hà 4, được UBND tỉnh tặng bằng khen.
Tại hội nghị, các ý kiến của bà Bàn Thị Mây, Chủ tịch Hội Liên hiệp Phụ nữ phường, và ông Lý Văn Tiến, Bí thư Đoàn Thanh niên phường, đề nghị có cơ chế hỗ trợ kinh phí hoạt động cho các chi hội sau khi hợp nhất tổ dân phố.
Kết luận buổi giao ban, đồng chí Hà Thị Thu Nguyệt yêu cầu quý II tập trung thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy phường về chỉnh trang đô thị, vận động khoảng 120 hộ hiến đất mở rộng các tuyến ngõ; tổ chức Tháng hành động vì người cao tuổi; chuẩn bị hội nghị đối thoại của Bí thư Đảng ủy phường với nhân dân năm 2026.
Đồng chí Giàng A Chư đánh giá cao việc phường duy trì giao ban khối dân vận hằng quý ngay sau sắp xếp, đề nghị tiếp tục thực hiện tốt Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận.
Thanh Thủy
Lượt truy cập: 56.902
Tin liên quan
- Phường Cam Đường giao ban khối dân vận quý I/2026 (09/04/2026)
- Lào Cai: 1.200 mô hình "Dân vận khéo" được công nhận năm 2025 (03/04/2026)
- Phường Văn Phú tập huấn cho tổ bảo vệ an ninh, trật tự (27/03/2026)
""", "2026-04-13", "Giao ban công tác dân vận, Mặt trận quý I/2026 tại phường Yên Bái",
E("giao_ban", "2026-Q1", "2026-04-10"),
[P("Hà Thị Thu Nguyệt", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Yên Bái"),
 P("Giàng A Chư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai"),
 P("Nông Văn Hải", "Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố Hồng Hà 4"),
 P("Bàn Thị Mây", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Lý Văn Tiến", "Bí thư Đoàn Thanh niên phường")],
[Q("99,6%", 99.6, "%"), Q("685 suất quà", 685, "suất quà"), Q("hơn 410 triệu đồng", 410000000, "đồng", "over"),
 Q("3 tổ dân phố", 3, "tổ dân phố"), Q("21 mô hình", 21, "mô hình"), Q("6 mô hình dân vận chính quyền", 6, "mô hình dân vận chính quyền"),
 Q("34 tổ dân phố", 34, "tổ dân phố"), Q("8 vụ việc tranh chấp đất đai", 8, "vụ việc tranh chấp đất đai"),
 Q("102 thành viên", 102, "thành viên"), Q("214 lượt tuần tra", 214, "lượt tuần tra"), Q("19 trường hợp", 19, "trường hợp"),
 Q("khoảng 120 hộ", 120, "hộ", "approx")],
[D("Kế hoạch", "18", "KH/ĐU", "2026-01-06", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 18-KH/ĐU ngày 6/1/2026"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Lào Cai"), com("Yên Bái")],
["TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI", "Trang chủ >> Dân vận - Mặt trận >> Cơ sở",
 "Đồng chí Hà Thị Thu Nguyệt kết luận buổi giao ban.", "Chợ Tết 0 đồng", "Dân vận khéo", "Tháng hành động vì người cao tuổi",
 "Lượt truy cập: 56.902", "Hồng Hà 4"],
["Thứ Hai, 13/04/2026, 08:20", "quý I/2026", "quý II năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 15/3/2026",
 "Tết Bính Ngọ", "Chợ Tết 0 đồng", "năm 2026", "Lượt truy cập: 56.902"]))

PAGES.append(page("b2690-tuyenquang-hagiang1-baocao-2026", """
PHƯỜNG HÀ GIANG 1 - TỈNH TUYÊN QUANG
Trang chủ | Văn bản - Báo cáo | Công tác dân vận
Ngày 08/06/2026 | Lượt xem: 214
Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026
Ban biên tập đăng tải nội dung chính Báo cáo số 45-BC/ĐU ngày 05/6/2026 của Đảng ủy phường Hà Giang 1 về kết quả công tác dân vận 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026.
ĐẢNG BỘ TỈNH TUYÊN QUANG
ĐẢNG ỦY PHƯỜNG HÀ GIANG 1
Số 45-BC/ĐU
Hà Giang 1, ngày 05 tháng 6 năm 2026
I. Tình hình chung
Phường Hà Giang 1 có 36 tổ dân phố với 9.412 hộ, 33.870 nhân khẩu, gồm 17 dân tộc cùng sinh sống, đông nhất là Tày, Kinh, Dao, Mông, Nùng. Tình hình tư tưởng của cán bộ, đảng viên và nhân dân ổn định, tin tưởng vào chủ trương sắp xếp tổ chức bộ máy và đơn vị hành chính.
II. Kết quả thực hiện
1. Cấp ủy đã ban hành Kế hoạch số 21-KH/ĐU ngày 12/1/2026 thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận; chỉ đạo 36/36 chi bộ tổ dân phố đưa nội dung dân vận vào sinh hoạt thường kỳ.
2. Phong trào "Dân vận khéo": đăng ký 27 mô hình, trong đó 5 mô hình cấp tỉnh; nhân dân hiến khoảng 1.850 m2 đất, đóng góp hơn 2,1 tỷ đồng và 3.600 ngày công làm 14 tuyến ngõ.
3. Công tác Mặt trận: Ủy ban MTTQ Việt Nam phường tiếp nhận Quỹ "Vì người nghèo" hơn 318 triệu đồng; trao 540 phần quà Tết cho hộ nghèo; hỗ trợ làm mới 6 căn nhà Đại đoàn kết, mỗi căn 80 triệu đồng. Các Ban Công tác Mặt trận tổ dân phố tổ chức 36 hội nghị lấy ý kiến nhân dân về tiêu chí tổ dân phố văn minh.
4. Tổ bảo vệ an ninh, trật tự ở cơ sở: 36 tổ với 108 thành viên; phối hợp phát hiện 4 vụ việc truyền đạo trái pháp luật, vận động 11 hộ người Mông trở lại sinh hoạt tín ngưỡng truyền thống.
5. Tiếp dân, đối thoại: tiếp 63 lượt công dân, nhận 17 đơn thư, kiến nghị; đã giải quyết 15 đơn, đạt 88,2%.
III. Hạn chế: một số tổ dân phố sau hợp nhất còn lúng túng; kinh phí hoạt động của Ban Công tác Mặt trận còn khó khăn.
IV. Nhiệm vụ 6 tháng cuối năm: tổ chức hội nghị đối thoại của Bí thư Đảng ủy phường với nhân dân; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 36 tổ dân phố; thực hiện Chỉ thị số 04-CT/TU ngày 20/3/2026 của Ban Thường vụ Tỉnh ủy Tuyên Quang về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ THƯỜNG TRỰC
Vàng Thị Dợ
Nơi nhận: Ban Tuyên giáo và Dân vận Tỉnh ủy; lưu VP.
Tin khác
- Phường Hà Giang 2 ra mắt 28 tổ bảo vệ an ninh, trật tự (02/06/2026)
- Hội nghị nhân dân tổ dân phố 5 bầu tổ trưởng (26/05/2026)
- Tuyên Quang tổng kết 1 năm sắp xếp đơn vị hành chính (20/05/2026)
""", "2026-06-08", "Báo cáo kết quả công tác dân vận 6 tháng đầu năm 2026",
E("bao_cao", "2026-H1", "2026-06-05"),
[P("Vàng Thị Dợ", "PHÓ BÍ THƯ THƯỜNG TRỰC")],
[Q("36 tổ dân phố", 36, "tổ dân phố"), Q("9.412 hộ", 9412, "hộ"), Q("33.870 nhân khẩu", 33870, "nhân khẩu"), Q("17 dân tộc", 17, "dân tộc"),
 Q("36/36 chi bộ tổ dân phố", 36, "chi bộ tổ dân phố"), Q("27 mô hình", 27, "mô hình"), Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"),
 Q("khoảng 1.850 m2", 1850, "m2", "approx"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("3.600 ngày công", 3600, "ngày công"),
 Q("14 tuyến ngõ", 14, "tuyến ngõ"), Q("hơn 318 triệu đồng", 318000000, "đồng", "over"), Q("540 phần quà", 540, "phần quà"),
 Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"), Q("80 triệu đồng", 80000000, "đồng"), Q("36 hội nghị", 36, "hội nghị"),
 Q("36 tổ", 36, "tổ"), Q("108 thành viên", 108, "thành viên"), Q("4 vụ việc truyền đạo trái pháp luật", 4, "vụ việc truyền đạo trái pháp luật"),
 Q("11 hộ người Mông", 11, "hộ người Mông"), Q("63 lượt công dân", 63, "lượt công dân"), Q("17 đơn thư, kiến nghị", 17, "đơn thư, kiến nghị"),
 Q("15 đơn", 15, "đơn"), Q("88,2%", 88.2, "%")],
[D("Báo cáo", "45", "BC/ĐU", "2026-06-05", "Đảng ủy phường Hà Giang 1", "Báo cáo số 45-BC/ĐU ngày 05/6/2026"),
 D("Kế hoạch", "21", "KH/ĐU", "2026-01-12", None, "Kế hoạch số 21-KH/ĐU ngày 12/1/2026"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Chỉ thị", "04", "CT/TU", "2026-03-20", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị số 04-CT/TU ngày 20/3/2026")],
[prov("Tuyên Quang"), com("Hà Giang 1")],
["PHƯỜNG HÀ GIANG 1 - TỈNH TUYÊN QUANG", "Trang chủ | Văn bản - Báo cáo | Công tác dân vận", "Lượt xem: 214",
 "ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY PHƯỜNG HÀ GIANG 1", "T/M ĐẢNG ỦY", "Dân vận khéo", "Vì người nghèo",
 "Nơi nhận: Ban Tuyên giáo và Dân vận Tỉnh ủy; lưu VP."],
["Lượt xem: 214", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "Số 45-BC/ĐU", "ngày 05 tháng 6 năm 2026", "I. Tình hình chung",
 "II. Kết quả thực hiện", "3. Công tác Mặt trận"]))

PAGES.append(page("b2691-dongnai-dongxoai-taphuan-2026", """
Báo Đồng Nai điện tử
An ninh - Trật tự » Cơ sở
22/05/2026 - 14:10
Phường Đồng Xoài tập huấn kỹ năng cho tổ bảo vệ an ninh, trật tự
Ảnh: Thượng tá Điểu Văn Lâm hướng dẫn kỹ năng xử lý tình huống.
Ngày 20 và 21/5/2026, Công an phường Đồng Xoài phối hợp Ủy ban MTTQ Việt Nam phường tổ chức lớp tập huấn năm 2026 cho lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Tham gia lớp học có 147 học viên là tổ trưởng, tổ phó, tổ viên của 49 tổ bảo vệ an ninh, trật tự và trưởng ban công tác Mặt trận các khu phố.
Phường Đồng Xoài (tỉnh Đồng Nai) được thành lập từ 1/7/2025 trên cơ sở các phường Tân Phú, Tân Đồng, Tân Bình, Tân Xuân và xã Tiến Hưng của thành phố Đồng Xoài cũ, tỉnh Bình Phước. Trên địa bàn có khoảng 2.300 hộ đồng bào S'tiêng, Khmer, Tày, Nùng; nhiều khu phố có đông công nhân thuê trọ.
Giảng viên lớp học gồm: Thượng tá Điểu Văn Lâm, Phó Trưởng Công an phường; Trung tá Nguyễn Đức Tài, Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an phường; ThS. Hoàng Thị Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường. Các học viên được hướng dẫn Luật số 30/2023/QH15, Thông tư số 14/2024/TT-BCA của Bộ Công an; kỹ năng nắm tình hình, tuần tra, phòng cháy chữa cháy, sơ cứu ban đầu và phối hợp với Ban Công tác Mặt trận khu phố trong hòa giải mâu thuẫn.
Theo Thượng tá Điểu Văn Lâm, từ đầu năm đến nay, các tổ bảo vệ an ninh, trật tự đã thực hiện 1.176 lượt tuần tra, cung cấp 43 nguồn tin, phối hợp bắt quả tang 6 vụ trộm cắp tài sản; tham gia hòa giải thành 22 vụ việc mâu thuẫn. Lực lượng cũng hỗ trợ người dân cài đặt, kích hoạt định danh điện tử cho khoảng 1.500 trường hợp.
Bà Thị Hoa, người S'tiêng, tổ viên tổ bảo vệ an ninh, trật tự khu phố Phú Cường, chia sẻ: "Có buổi học thực hành mới biết cách khống chế đối tượng mà vẫn an toàn cho mình". Ông Điểu Sơn, Trưởng ban Công tác Mặt trận khu phố Suối Cam, đề nghị tăng thời lượng phần kỹ năng vận động quần chúng.
Phát biểu bế mạc, đồng chí Lê Quang Huy, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND phường, yêu cầu học viên vận dụng kiến thức vào thực tế, làm tốt vai trò "tai mắt" của lực lượng Công an ở khu dân cư; phường sẽ trích khoảng 210 triệu đồng trang bị thêm 49 bộ đàm và áo mưa cho các tổ trong năm 2026, thực hiện theo Nghị quyết số 08/2025/NQ-HĐND của HĐND tỉnh Đồng Nai.
Kết thúc lớp học, 100% học viên đạt yêu cầu; 12 học viên xuất sắc được tặng giấy khen.
Phương Hằng
Tin liên quan
- Phường Bình Phước ra mắt mô hình "Khu phố an toàn" (18/05/2026)
- Đồng Nai: hơn 3.100 tổ bảo vệ an ninh, trật tự hoạt động hiệu quả (12/05/2026)
- Phường Trấn Biên đối thoại với công nhân thuê trọ (06/05/2026)
""", "2026-05-22", "Phường Đồng Xoài tập huấn kỹ năng cho tổ bảo vệ an ninh, trật tự",
E("tap_huan", "2026", "2026-05-20"),
[P("Điểu Văn Lâm", "Thượng tá", "Phó Trưởng Công an phường"),
 P("Nguyễn Đức Tài", "Trung tá", "Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an phường"),
 P("Hoàng Thị Ngân", "ThS.", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thị Hoa", "tổ viên tổ bảo vệ an ninh, trật tự khu phố Phú Cường"),
 P("Điểu Sơn", "Trưởng ban Công tác Mặt trận khu phố Suối Cam"),
 P("Lê Quang Huy", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch UBND phường")],
[Q("147 học viên", 147, "học viên"), Q("49 tổ bảo vệ an ninh, trật tự", 49, "tổ bảo vệ an ninh, trật tự"),
 Q("khoảng 2.300 hộ đồng bào S'tiêng, Khmer, Tày, Nùng", 2300, "hộ đồng bào S'tiêng, Khmer, Tày, Nùng", "approx"),
 Q("1.176 lượt tuần tra", 1176, "lượt tuần tra"), Q("43 nguồn tin", 43, "nguồn tin"), Q("6 vụ trộm cắp tài sản", 6, "vụ trộm cắp tài sản"),
 Q("22 vụ việc mâu thuẫn", 22, "vụ việc mâu thuẫn"), Q("khoảng 1.500 trường hợp", 1500, "trường hợp", "approx"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("49 bộ đàm", 49, "bộ đàm"), Q("100%", 100, "%"),
 Q("12 học viên xuất sắc", 12, "học viên xuất sắc")],
[D("Luật", "30", "2023/QH15", None, None, "Luật số 30/2023/QH15"),
 D("Thông tư", "14", "2024/TT-BCA", None, "Bộ Công an", "Thông tư số 14/2024/TT-BCA"),
 D("Nghị quyết", "08", "2025/NQ-HĐND", None, "HĐND tỉnh Đồng Nai", "Nghị quyết số 08/2025/NQ-HĐND")],
[prov("Đồng Nai"), com("Đồng Xoài"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"), com("Tân Xuân"), com("Tiến Hưng"),
 prov("Bình Phước")],
["Báo Đồng Nai điện tử", "An ninh - Trật tự » Cơ sở", "Ảnh: Thượng tá Điểu Văn Lâm hướng dẫn kỹ năng xử lý tình huống.",
 "tai mắt", "Phú Cường", "Suối Cam"],
["22/05/2026 - 14:10", "năm 2026", "Ngày 20 và 21/5/2026"]))

PAGES.append(page("b2692-khanhhoa-phanrang-chandung-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội > Gương sáng
Thứ Sáu, 27/03/2026 - 06:45
Bà Đàng Thị Mỹ Hạnh trao quà cho hộ khó khăn trong tổ dân phố.
Người nữ tổ trưởng Chăm "giữ lửa" tổ dân phố Đạo Long
Hơn 12 năm làm tổ trưởng tổ dân phố, bà Đàng Thị Mỹ Hạnh (56 tuổi, người Chăm) ở phường Phan Rang, tỉnh Khánh Hòa được bà con trong khu phố quý mến gọi là "chị Hai của xóm".
Tổ dân phố Đạo Long hiện có 318 hộ, hơn 1.200 nhân khẩu, khoảng một nửa là đồng bào Chăm theo đạo Bà-la-môn và Hồi giáo Bani. Sau khi phường Phan Rang được thành lập trên cơ sở các phường Đạo Long, Phủ Hà, Thanh Sơn, Kinh Dinh và một số phường khác của thành phố Phan Rang - Tháp Chàm cũ (tỉnh Ninh Thuận trước đây), tổ dân phố được hợp nhất với tổ cũ bên cạnh, số hộ tăng gần gấp đôi. "Đông hơn thì phải đi nhiều hơn, nhà nào có chuyện là mình phải biết trước", bà Hạnh nói.
Những năm qua, bà đã vận động 27 hộ hiến đất mở rộng hẻm, đóng góp khoảng 260 triệu đồng bê tông hóa 3 con hẻm dài tổng cộng hơn 500 m. Bà cũng cùng Ban Công tác Mặt trận kêu gọi mạnh thường quân xây 2 căn nhà Đại đoàn kết, mỗi căn 70 triệu đồng, cho hộ nghèo người Chăm. Tổ dân phố của bà nhiều năm liền không có đơn thư vượt cấp, không có người nghiện ma túy.
Ông Quảng Văn Thuận, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Rang, cho biết: "Bà Hạnh là tổ trưởng có uy tín, nói dân nghe, làm dân tin. Những việc khó như vận động tiêm chủng, tháo dỡ công trình lấn chiếm, bà đều đi đầu". Năm 2025, bà được Chủ tịch UBND tỉnh Khánh Hòa tặng bằng khen vì thành tích xuất sắc trong phong trào "Dân vận khéo" theo Quyết định số 3120/QĐ-UBND ngày 18/12/2025.
Cả Sư Thập Văn Sáu, chức sắc Hội đồng Chức sắc Bà-la-môn tỉnh, chia sẻ rằng nhờ bà Hạnh mà các dịp lễ Katê, Ramưwan được tổ chức chu đáo, an toàn, bà con Kinh - Chăm thêm gắn bó.
Tổ dân phố Đạo Long là một trong 48 tổ dân phố của phường Phan Rang thực hiện mô hình "Tổ dân phố tự quản, đoàn kết các dân tộc" theo Kế hoạch số 14-KH/ĐU ngày 2/10/2025 của Đảng ủy phường. Mỗi năm, tổ tổ chức "Ngày hội Đại đoàn kết" với hàng trăm người tham dự, tặng khoảng 30 phần quà cho hộ nghèo, hộ cận nghèo.
Dù đã nhiều lần xin nghỉ, bà Hạnh vẫn được bà con tín nhiệm bầu lại làm tổ trưởng nhiệm kỳ mới. "Còn sức thì còn làm, miễn bà con mình đoàn kết, yên ổn", bà nói.
Bài, ảnh: Thanh Thủy
Tin liên quan
- Phường Bảo An ra mắt 35 tổ bảo vệ an ninh, trật tự (20/03/2026)
- Khánh Hòa: 120 gương điển hình "Dân vận khéo" được biểu dương (12/03/2026)
- Người có uy tín Raglai vận động bà con giữ rừng (05/03/2026)
""", "2026-03-27", "Người nữ tổ trưởng Chăm \"giữ lửa\" tổ dân phố Đạo Long",
E("khac", None, None),
[P("Đàng Thị Mỹ Hạnh", "tổ trưởng tổ dân phố"),
 P("Quảng Văn Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Rang"),
 P("Thập Văn Sáu", "Cả Sư", "chức sắc Hội đồng Chức sắc Bà-la-môn tỉnh")],
[Q("318 hộ", 318, "hộ"), Q("hơn 1.200 nhân khẩu", 1200, "nhân khẩu", "over"), Q("27 hộ", 27, "hộ"),
 Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"), Q("3 con hẻm", 3, "con hẻm"), Q("hơn 500 m", 500, "m", "over"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("70 triệu đồng", 70000000, "đồng"), Q("48 tổ dân phố", 48, "tổ dân phố"),
 Q("khoảng 30 phần quà", 30, "phần quà", "approx")],
[D("Quyết định", "3120", "QĐ-UBND", "2025-12-18", "Chủ tịch UBND tỉnh Khánh Hòa", "Quyết định số 3120/QĐ-UBND ngày 18/12/2025"),
 D("Kế hoạch", "14", "KH/ĐU", "2025-10-02", "Đảng ủy phường", "Kế hoạch số 14-KH/ĐU ngày 2/10/2025")],
[prov("Khánh Hòa"), com("Phan Rang"), com("Đạo Long"), com("Phủ Hà"), com("Thanh Sơn"), com("Kinh Dinh"), prov("Ninh Thuận")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội > Gương sáng", "Bà Đàng Thị Mỹ Hạnh trao quà cho hộ khó khăn trong tổ dân phố.",
 "chị Hai của xóm", "Dân vận khéo", "Tổ dân phố tự quản, đoàn kết các dân tộc", "Ngày hội Đại đoàn kết",
 "Hội đồng Chức sắc Bà-la-môn tỉnh", "nói dân nghe, làm dân tin"],
["Thứ Sáu, 27/03/2026 - 06:45", "Hơn 12 năm", "56 tuổi", "gần gấp đôi", "Năm 2025", "nhiều năm liền", "hàng trăm người",
 "Mỗi năm"]))
