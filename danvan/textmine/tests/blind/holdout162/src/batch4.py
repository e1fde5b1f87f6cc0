from lib import *
PAGES = []

PAGES.append(page("b3863-tuyenquang-hnd-soket-2025", """
HỘI NÔNG DÂN TỈNH TUYÊN QUANG
Trang chủ › Tin tức › Hoạt động các cấp Hội
Thứ Ba, 22/07/2025 - 09:30
Ảnh: Toàn cảnh hội nghị sơ kết.
Hội Nông dân tỉnh sơ kết 6 tháng: dư nợ ủy thác hơn 4.100 tỷ đồng
Ngày 21/7/2025, Ban Thường vụ Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2025 - hội nghị đầu tiên sau khi hợp nhất Hội Nông dân hai tỉnh Tuyên Quang và Hà Giang. Đồng chí Hầu Văn Lềnh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Ma Thế Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lục Thị Thanh, Vàng Mí Sính, Nguyễn Văn Khải.
Báo cáo cho biết, sau sắp xếp, toàn tỉnh có 124 cơ sở Hội cấp xã, phường với 286.540 hội viên. Đến 30/6/2025, Hội Nông dân các cấp quản lý 2.968 tổ tiết kiệm và vay vốn với 118.306 hộ vay, dư nợ ủy thác 4.127,5 tỷ đồng, tăng 143,8 tỷ đồng so với đầu năm; nợ quá hạn 0,11%. Con số dư nợ hơn 4.100 tỷ đồng chiếm 38,6% tổng dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Nguồn vốn giúp 2.134 hộ thoát nghèo, trong đó 1.526 hộ là đồng bào Mông, Dao, Tày ở vùng cao núi đá.
Quỹ Hỗ trợ nông dân các cấp đạt 112,4 tỷ đồng; 6 tháng giải ngân 58 dự án cho 734 hộ vay với 19,6 tỷ đồng. Các cấp Hội đã bàn giao nguyên trạng hồ sơ quỹ và hồ sơ ủy thác khi sắp xếp đơn vị hành chính, không để thất thoát, gián đoạn.
Tại hội nghị, ông Sùng Mí Chá, Chủ tịch Hội Nông dân xã Lũng Cú, chia sẻ: xã mới có 21 tổ vay vốn với 846 hộ, nhiều thôn cách trung tâm trên 30 km nên điểm giao dịch xã rất cần được duy trì. Bà Hoàng Thị Dung, Chủ tịch Hội Nông dân xã Minh Quang, đề nghị sớm kiện toàn tổ trưởng ở 7 thôn mới sáp nhập.
Kết luận hội nghị, đồng chí Hầu Văn Lềnh yêu cầu 6 tháng cuối năm các cấp Hội quán triệt Nghị quyết số 60-NQ/TW của Ban Chấp hành Trung ương, Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư; thực hiện Hướng dẫn số 15-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về củng cố tổ tiết kiệm và vay vốn sau sắp xếp; phấn đấu tăng dư nợ thêm khoảng 150 tỷ đồng, giữ nợ quá hạn dưới 0,15%, mỗi xã có ít nhất 1 tổ hợp tác nông nghiệp.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 12 tập thể, 18 cá nhân; hỗ trợ 10 hộ hội viên nghèo xã Lũng Cú mỗi hộ 1 con bò giống trị giá 15 triệu đồng.
Thu Hà
Lượt xem: 1.876
Tin liên quan
- Hội Nông dân tỉnh Tuyên Quang (mới) ra mắt Ban Chấp hành (03/07/2025)
- Bàn giao hồ sơ ủy thác sau sắp xếp xã (25/06/2025)
- Nông dân Hà Giang với cây chè Shan tuyết (10/06/2025)
""", "2025-07-22", "Hội Nông dân tỉnh sơ kết 6 tháng: dư nợ ủy thác hơn 4.100 tỷ đồng",
E("so_ket", "2025-H1", "2025-07-21"),
[P("Hầu Văn Lềnh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Thế Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Thị Thanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vàng Mí Sính", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Khải", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng Mí Chá", "Chủ tịch Hội Nông dân xã Lũng Cú"),
 P("Hoàng Thị Dung", "Chủ tịch Hội Nông dân xã Minh Quang")],
[Q("hơn 4.100 tỷ đồng", 4100000000000, "đồng", "over"), Q("124 cơ sở Hội cấp xã, phường", 124, "cơ sở Hội cấp xã, phường"),
 Q("286.540 hội viên", 286540, "hội viên"), Q("2.968 tổ tiết kiệm và vay vốn", 2968, "tổ tiết kiệm và vay vốn"),
 Q("118.306 hộ", 118306, "hộ"), Q("4.127,5 tỷ đồng", 4127500000000, "đồng"), Q("143,8 tỷ đồng", 143800000000, "đồng"), Q("0,11%", 0.11, "%"),
 Q("38,6%", 38.6, "%"), Q("2.134 hộ", 2134, "hộ"), Q("1.526 hộ", 1526, "hộ"), Q("112,4 tỷ đồng", 112400000000, "đồng"),
 Q("58 dự án", 58, "dự án"), Q("734 hộ", 734, "hộ"), Q("19,6 tỷ đồng", 19600000000, "đồng"), Q("21 tổ vay vốn", 21, "tổ vay vốn"),
 Q("846 hộ", 846, "hộ"), Q("trên 30 km", 30, "km", "over"), Q("7 thôn", 7, "thôn"), Q("khoảng 150 tỷ đồng", 150000000000, "đồng", "approx"),
 Q("dưới 0,15%", 0.15, "%"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân"), Q("10 hộ hội viên nghèo", 10, "hộ hội viên nghèo"),
 Q("15 triệu đồng", 15000000, "đồng")],
[D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Hướng dẫn", "15", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 15-HD/HNDT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Quang")],
["HỘI NÔNG DÂN TỈNH TUYÊN QUANG", "Trang chủ › Tin tức › Hoạt động các cấp Hội", "Ảnh: Toàn cảnh hội nghị sơ kết.", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.876"],
["Thứ Ba, 22/07/2025 - 09:30", "6 tháng đầu năm 2025", "6 tháng cuối năm", "1 tổ hợp tác", "1 con bò giống", "Lượt xem: 1.876", "30/6/2025"]))

PAGES.append(page("b3864-vinhlong-phunu-giaoban-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Xã hội | Phụ nữ - Gia đình
09/10/2025 - 15:20
Giao ban quý III, Hội LHPN tỉnh Vĩnh Long: 9 tháng giúp 1.340 hộ phụ nữ thoát nghèo
Ngày 8/10/2025, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long tổ chức giao ban công tác Hội quý III năm 2025 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường. Chủ trì giao ban có bà Nguyễn Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Sơn Thị Sa Rinh, Phó Chủ tịch Thường trực Hội LHPN tỉnh; các bà Phó Chủ tịch Hội LHPN tỉnh: Võ Thị Ngọc Hân, Thạch Thị Sô Phi.
Giao ban trực tuyến tại điểm cầu Hội LHPN tỉnh.
Báo cáo tại giao ban cho thấy, 9 tháng năm 2025, sau hợp nhất Hội LHPN ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, các cấp hội đang quản lý 3.486 tổ tiết kiệm và vay vốn với 146.218 thành viên, dư nợ ủy thác 5.372,8 tỷ đồng, chiếm 35,2% dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh; nợ quá hạn 0,06%. Điểm cầu phường Long Đức có 86 đại biểu tham dự. Riêng quý III, các tổ đã bình xét cho 6.112 lượt hộ vay mới với tổng số tiền 412,6 tỷ đồng. Trong 9 tháng, nguồn vốn đã giúp 1.340 hộ phụ nữ thoát nghèo, trong đó khoảng 45% là hộ đồng bào Khmer.
Hội LHPN tỉnh đã phối hợp triển khai Nghị định 74/2023/NĐ-CP và Quyết định số 05/2025/QĐ-UBND của UBND tỉnh về cho vay từ nguồn vốn ngân sách địa phương ủy thác, với mức cho vay tối đa 100 triệu đồng/hộ. Hội cũng thực hiện Kế hoạch số 19/KH-ĐCT ngày 15/8/2025 của Đoàn Chủ tịch Hội LHPN tỉnh về kiện toàn 312 tổ bị ảnh hưởng do sắp xếp địa giới hành chính.
Tại giao ban, bà Thạch Thị Sa Quyên, Chủ tịch Hội LHPN xã Tập Sơn, cho biết xã có 28 tổ với 1.160 thành viên, 100% tổ được xếp loại tốt; bà Lê Thị Kim Phượng, Chủ tịch Hội LHPN xã Thạnh Phú, phản ánh tình trạng một số tổ viên đi làm công nhân ở Bình Dương cũ, tổ khó liên lạc thu lãi.
Kết luận giao ban, bà Sơn Thị Sa Rinh đề nghị quý IV các cấp hội tiếp tục thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư về nâng cao hiệu quả tín dụng chính sách xã hội trong giai đoạn mới; hoàn thành kiện toàn tổ trước ngày 30/11; phấn đấu cả năm giúp ít nhất 1.800 hộ thoát nghèo, thu tiết kiệm bình quân từ 1 triệu đồng/thành viên trở lên.
Dịp này, Hội LHPN tỉnh tặng 50 sổ tiết kiệm, mỗi sổ 2 triệu đồng cho hội viên nghèo vượt khó.
Ngọc Trân
Lượt xem: 964
Tin liên quan
- Hội LHPN tỉnh Vĩnh Long ra mắt sau hợp nhất (02/07/2025)
- Phụ nữ Khmer Cầu Ngang làm giàu từ nghề dệt chiếu (18/09/2025)
- Trao 100 mái ấm tình thương (05/09/2025)
- Hội LHPN phường Long Châu giao ban quý III (01/10/2025)
""", "2025-10-09", "Giao ban quý III, Hội LHPN tỉnh Vĩnh Long: 9 tháng giúp 1.340 hộ phụ nữ thoát nghèo",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Nguyễn Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Sa Rinh", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Võ Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sô Phi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Quyên", "Chủ tịch Hội LHPN xã Tập Sơn"),
 P("Lê Thị Kim Phượng", "Chủ tịch Hội LHPN xã Thạnh Phú")],
[Q("1.340 hộ phụ nữ", 1340, "hộ phụ nữ"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"),
 Q("3.486 tổ tiết kiệm và vay vốn", 3486, "tổ tiết kiệm và vay vốn"), Q("146.218 thành viên", 146218, "thành viên"),
 Q("5.372,8 tỷ đồng", 5372800000000, "đồng"), Q("35,2%", 35.2, "%"), Q("0,06%", 0.06, "%"), Q("6.112 lượt hộ", 6112, "lượt hộ"),
 Q("412,6 tỷ đồng", 412600000000, "đồng"), Q("khoảng 45%", 45, "%", "approx"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("312 tổ", 312, "tổ"), Q("28 tổ", 28, "tổ"), Q("1.160 thành viên", 1160, "thành viên"), Q("100%", 100, "%"),
 Q("ít nhất 1.800 hộ", 1800, "hộ", "over"), Q("từ 1 triệu đồng/thành viên trở lên", 1000000, "đồng", "over"),
 Q("50 sổ tiết kiệm", 50, "sổ tiết kiệm"), Q("2 triệu đồng", 2000000, "đồng"), Q("86 đại biểu", 86, "đại biểu")],
[D("Nghị định", "74", "2023/NĐ-CP", None, None, "Nghị định 74/2023/NĐ-CP"),
 D("Quyết định", "05", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 05/2025/QĐ-UBND"),
 D("Kế hoạch", "19", "KH-ĐCT", "2025-08-15", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 19/KH-ĐCT ngày 15/8/2025"),
 D("Chỉ thị", "39", "CT/TW", "2024-10-30", "Ban Bí thư", "Chỉ thị số 39-CT/TW ngày 30/10/2024")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), prov("Bình Dương"), com("Long Đức"), com("Tập Sơn"), com("Thạnh Phú")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Xã hội | Phụ nữ - Gia đình", "Giao ban trực tuyến tại điểm cầu Hội LHPN tỉnh.", "Lượt xem: 964"],
["09/10/2025 - 15:20", "quý III năm 2025", "9 tháng năm 2025", "quý III", "quý IV", "30/11", "Lượt xem: 964"]))

PAGES.append(page("b3865-lamdong-hnd-tongket-2025", """
Báo Lâm Đồng điện tử
Trang chủ » Kinh tế » Tam nông
Hôm nay: Thứ Tư, 31/12/2025
Cập nhật: 17:05, 30/12/2025 (GMT+7)
Nông dân Lâm Đồng vay 6.280 tỷ đồng vốn chính sách qua kênh Hội
Chiều 29/12, tại phường Xuân Hương - Đà Lạt, Hội Nông dân tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội Nông dân tỉnh hoạt động sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự hội nghị có đồng chí K'Bròng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Phúc, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Điểu Thị Hương, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh.
Đồng chí K'Bròng phát biểu chỉ đạo hội nghị. Ảnh: Hải Yến
Năm 2025, Hội Nông dân các cấp quản lý 4.215 tổ tiết kiệm và vay vốn với 163.842 hộ vay, dư nợ ủy thác đạt 6.280 tỷ đồng, tăng 412,7 tỷ đồng, chiếm 37,4% tổng dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Nợ quá hạn 0,09%, nợ khoanh 0,04%. Nguồn vốn đã giúp 3.918 hộ thoát nghèo, trong đó 1.264 hộ là đồng bào K'Ho, Mạ, Chu Ru, M'nông, Chăm, Raglai; 5.730 lao động có việc làm; 2.140 hộ di cư tự do được vay làm nhà ở.
Quỹ Hỗ trợ nông dân toàn tỉnh đạt 186,3 tỷ đồng, trong đó nguồn Trung ương Hội ủy thác 42 tỷ đồng, ngân sách địa phương 97,5 tỷ đồng, vận động hội viên 46,8 tỷ đồng; đang cho 4.026 hộ vay thông qua 318 dự án. Hội đã hỗ trợ thành lập 56 hợp tác xã, 124 tổ hợp tác; 36 sản phẩm OCOP của hội viên được công nhận 3 sao trở lên.
Tham luận tại hội nghị, ông Ya Tuấn, Chủ tịch Hội Nông dân xã Đam Rông 2, chia sẻ kinh nghiệm vận động đồng bào Cơ Ho trả nợ đúng hạn; ông Điểu Kré, Tổ trưởng tổ tiết kiệm và vay vốn bon Bu Prăng, xã Quảng Trực, cho biết 38 hộ trong tổ đều là người M'nông, 3 năm liền không có nợ quá hạn; bà Đàng Thị Mỹ Hạnh, Chủ tịch Hội Nông dân xã Phan Rí Cửa, đề nghị mở rộng cho vay chuyển đổi nghề cho ngư dân.
Phát biểu chỉ đạo, đồng chí K'Bròng đề nghị năm 2026 Hội Nông dân tỉnh bám sát Chỉ thị số 39-CT/TW của Ban Bí thư, Nghị quyết 57-NQ/TW, 68-NQ/TW của Bộ Chính trị; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 61-KL/TW của Ban Bí thư trong tình hình mới. Đồng chí Điểu Thị Hương yêu cầu năm 2026 tăng dư nợ ủy thác từ 7% trở lên, bổ sung Quỹ Hỗ trợ nông dân khoảng 20 tỷ đồng, 100% xã, phường có tổ hợp tác hoặc hợp tác xã do Hội hỗ trợ thành lập.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Hội Nông dân tỉnh tặng Giấy khen cho 40 tập thể và 62 cá nhân; trao 30 suất học bổng, mỗi suất 3 triệu đồng cho con hội viên nghèo.
Hải Yến - Ka Linh
Lượt xem: 2.215
Tin liên quan
- Đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2025 (18/12/2025)
- Nông dân Bảo Lộc liên kết sản xuất chè hữu cơ (10/12/2025)
- Trao 40 con bò giống cho hộ nghèo xã Đắk Song (02/12/2025)
""", "2025-12-30", "Nông dân Lâm Đồng vay 6.280 tỷ đồng vốn chính sách qua kênh Hội",
E("tong_ket", "2025", "2025-12-29"),
[P("K'Bròng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phúc", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Điểu Thị Hương", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ya Tuấn", "Chủ tịch Hội Nông dân xã Đam Rông 2"),
 P("Điểu Kré", "Tổ trưởng tổ tiết kiệm và vay vốn bon Bu Prăng"),
 P("Đàng Thị Mỹ Hạnh", "Chủ tịch Hội Nông dân xã Phan Rí Cửa")],
[Q("6.280 tỷ đồng", 6280000000000, "đồng"), Q("4.215 tổ tiết kiệm và vay vốn", 4215, "tổ tiết kiệm và vay vốn"),
 Q("163.842 hộ", 163842, "hộ"), Q("412,7 tỷ đồng", 412700000000, "đồng"), Q("37,4%", 37.4, "%"), Q("0,09%", 0.09, "%"), Q("0,04%", 0.04, "%"),
 Q("3.918 hộ", 3918, "hộ"), Q("1.264 hộ", 1264, "hộ"), Q("5.730 lao động", 5730, "lao động"), Q("2.140 hộ di cư tự do", 2140, "hộ di cư tự do"),
 Q("186,3 tỷ đồng", 186300000000, "đồng"), Q("42 tỷ đồng", 42000000000, "đồng"), Q("97,5 tỷ đồng", 97500000000, "đồng"),
 Q("46,8 tỷ đồng", 46800000000, "đồng"), Q("4.026 hộ", 4026, "hộ"), Q("318 dự án", 318, "dự án"), Q("56 hợp tác xã", 56, "hợp tác xã"),
 Q("124 tổ hợp tác", 124, "tổ hợp tác"), Q("36 sản phẩm OCOP", 36, "sản phẩm OCOP"), Q("38 hộ", 38, "hộ"),
 Q("từ 7% trở lên", 7, "%", "over"), Q("khoảng 20 tỷ đồng", 20000000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("40 tập thể", 40, "tập thể"), Q("62 cá nhân", 62, "cá nhân"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 39-CT/TW"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW, 68-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW, 68-NQ/TW"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Đam Rông 2"), com("Quảng Trực"), com("Phan Rí Cửa")],
["Báo Lâm Đồng điện tử", "Trang chủ » Kinh tế » Tam nông", "Hôm nay: Thứ Tư, 31/12/2025", "Đồng chí K'Bròng phát biểu chỉ đạo hội nghị. Ảnh: Hải Yến",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 2.215"],
["Cập nhật: 17:05, 30/12/2025 (GMT+7)", "năm 2025", "năm 2026", "3 sao", "3 năm", "Lượt xem: 2.215"]))

PAGES.append(page("b3866-dongnai-phunu-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI
Trang chủ / Tin tức / Mặt trận - Đoàn thể
Ngày đăng: 15/01/2026 | 10:45
Xã Bù Đăng: Bí thư Đảng ủy đối thoại với phụ nữ về vốn vay chính sách
Sáng 14/1/2026, Hội LHPN xã Bù Đăng phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với hội viên, phụ nữ năm 2026 với chủ đề "Vốn chính sách - đòn bẩy giúp phụ nữ thoát nghèo bền vững". Tham dự có gần 180 hội viên, tổ viên tổ tiết kiệm và vay vốn, trong đó có nhiều chị em người S'tiêng, M'nông, Tày, Nùng.
Chủ trì đối thoại có đồng chí Trần Văn Lực, Bí thư Đảng ủy xã; đồng chí Điểu Thị Bình, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Thị Hiên, Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có bà Lê Thị Ánh Tuyết, Phó Chủ tịch Hội LHPN tỉnh Đồng Nai.
Quang cảnh buổi đối thoại tại Hội trường Đảng ủy xã.
Theo báo cáo của bà Nông Thị Lan, Chủ tịch Hội LHPN xã, sau khi hợp nhất 3 xã cũ, Hội đang quản lý 24 tổ tiết kiệm và vay vốn với 1.036 thành viên, dư nợ 58,7 tỷ đồng; nợ quá hạn 0,28%, cao hơn mức bình quân của tỉnh Đồng Nai. Năm 2025, vốn vay qua Hội đã giúp 76 hộ thoát nghèo, 41 hộ vay làm nhà ở; 19 chị em vay vốn khởi nghiệp kinh doanh nhỏ.
Tại buổi đối thoại, 16 ý kiến được nêu trực tiếp. Chị Thị Nơ, bon Bu Nơr, hỏi về việc vay vốn trồng sầu riêng khi chưa có giấy chứng nhận quyền sử dụng đất; chị Hoàng Thị Mến, thôn 6, kiến nghị nâng mức cho vay hộ cận nghèo lên 120 triệu đồng/hộ; một số chị em phản ánh thời gian bình xét kéo dài gần 1 tháng.
Trả lời, đại diện ngân hàng cho biết mức vay tối đa hiện hành là 100 triệu đồng/hộ theo Nghị định 74/2023/NĐ-CP; hộ chưa có giấy chứng nhận có thể được UBND xã xác nhận để vay. Đồng chí Trần Văn Lực giao UBND xã trong quý I giải quyết dứt điểm 12 hồ sơ tồn đọng, đồng thời giao Hội LHPN xã phối hợp tổ chức thêm 4 điểm giao dịch lưu động tại các bon xa.
Kết luận, đồng chí Trần Văn Lực đề nghị các tổ thực hiện đúng Kế hoạch số 03-KH/ĐU ngày 06/01/2026 của Ban Thường vụ Đảng ủy xã về nâng cao chất lượng tín dụng chính sách, phấn đấu năm 2026 giảm nợ quá hạn xuống dưới 0,15%, giúp ít nhất 60 hộ thoát nghèo. Dịp này, Hội LHPN tỉnh trao 20 suất quà, mỗi suất 600.000 đồng cho hội viên nghèo.
Thanh Tâm
Lượt xem: 412
Tin khác
- Đảng ủy xã Bù Đăng tổng kết công tác năm 2025 (08/01/2026)
- Trao 5 căn nhà "Mái ấm tình thương" cho phụ nữ nghèo (30/12/2025)
- Ra mắt tổ tiết kiệm và vay vốn bon Đăk Xuyên (22/12/2025)
- Phụ nữ S'tiêng vay vốn trồng điều ghép (12/12/2025)
""", "2026-01-15", "Xã Bù Đăng: Bí thư Đảng ủy đối thoại với phụ nữ về vốn vay chính sách",
E("doi_thoai", "2026", "2026-01-14"),
[P("Trần Văn Lực", "Bí thư Đảng ủy xã"),
 P("Điểu Thị Bình", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Hiên", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Ánh Tuyết", "Phó Chủ tịch Hội LHPN tỉnh Đồng Nai"),
 P("Nông Thị Lan", "Chủ tịch Hội LHPN xã"),
 P("Thị Nơ"),
 P("Hoàng Thị Mến")],
[Q("gần 180 hội viên, tổ viên", 180, "hội viên, tổ viên", "approx"), Q("3 xã cũ", 3, "xã cũ"),
 Q("24 tổ tiết kiệm và vay vốn", 24, "tổ tiết kiệm và vay vốn"), Q("1.036 thành viên", 1036, "thành viên"), Q("58,7 tỷ đồng", 58700000000, "đồng"),
 Q("0,28%", 0.28, "%"), Q("76 hộ", 76, "hộ"), Q("41 hộ", 41, "hộ"), Q("19 chị em", 19, "chị em"), Q("16 ý kiến", 16, "ý kiến"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("12 hồ sơ tồn đọng", 12, "hồ sơ tồn đọng"),
 Q("4 điểm giao dịch lưu động", 4, "điểm giao dịch lưu động"), Q("dưới 0,15%", 0.15, "%"), Q("ít nhất 60 hộ", 60, "hộ", "over"),
 Q("20 suất quà", 20, "suất quà"), Q("600.000 đồng", 600000, "đồng")],
[D("Nghị định", "74", "2023/NĐ-CP", None, None, "Nghị định 74/2023/NĐ-CP"),
 D("Kế hoạch", "03", "KH/ĐU", "2026-01-06", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 03-KH/ĐU ngày 06/01/2026")],
[prov("Đồng Nai"), com("Bù Đăng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Quang cảnh buổi đối thoại tại Hội trường Đảng ủy xã.", "Vốn chính sách - đòn bẩy giúp phụ nữ thoát nghèo bền vững", "Lượt xem: 412"],
["Ngày đăng: 15/01/2026 | 10:45", "năm 2026", "Năm 2025", "thôn 6", "gần 1 tháng", "quý I", "Lượt xem: 412"]))

PAGES.append(page("b3867-caobang-hnd-traoqua-2026", """
HỘI NÔNG DÂN TỈNH CAO BẰNG
Trang chủ >> Tin tức >> Hoạt động Hội
Thứ Sáu, 06/02/2026 - 16:40
Trao 2,4 tỷ đồng vốn Quỹ Hỗ trợ nông dân và 300 suất quà Tết cho hội viên
Ngày 5/2/2026, Hội Nông dân tỉnh Cao Bằng tổ chức trao vốn Quỹ Hỗ trợ nông dân và quà Tết Nguyên đán Bính Ngọ 2026 cho hội viên nông dân có hoàn cảnh khó khăn tại xã Hà Quảng và xã Bảo Lâm. Đoàn do đồng chí Hoàng Văn Thạch, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn; cùng đi có đồng chí Nông Thị Hằng, Phó Chủ tịch Hội Nông dân tỉnh và đồng chí Lương Văn Tú, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Đồng chí Hoàng Văn Thạch trao vốn cho tổ hợp tác chăn nuôi bò xã Hà Quảng.
Tại xã Hà Quảng, đoàn trao 1,5 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 3 dự án chăn nuôi bò vỗ béo và trồng thạch đen với 30 hộ tham gia, mỗi hộ được vay 50 triệu đồng trong thời hạn 3 năm. Tại xã Bảo Lâm, đoàn trao 900 triệu đồng cho 2 tổ hợp tác nuôi dê, trồng mía với 18 hộ, trong đó 12 hộ là người Mông, Dao. Tổng số vốn Quỹ trao trong đợt này là 2,4 tỷ đồng.
Cùng với trao vốn, đoàn trao 300 suất quà Tết, mỗi suất trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm, cho hội viên thuộc hộ nghèo, hộ cận nghèo là tổ viên tổ tiết kiệm và vay vốn; tặng 2 con bò giống cho 2 hộ nghèo xã Bảo Lâm. Tổng trị giá quà Tết của Hội Nông dân tỉnh năm nay khoảng 225 triệu đồng, do các doanh nghiệp và hội viên sản xuất, kinh doanh giỏi đóng góp.
Phát biểu tại buổi trao vốn, đồng chí Hoàng Văn Thạch cho biết, đến hết năm 2025, Quỹ Hỗ trợ nông dân toàn tỉnh đạt 58,6 tỷ đồng, đang cho 1.480 hộ vay; Hội Nông dân các cấp quản lý 1.146 tổ tiết kiệm và vay vốn, dư nợ 2.315,4 tỷ đồng; nợ quá hạn 0,18%. Năm 2025, nguồn vốn đã giúp 1.032 hộ thoát nghèo. Đồng chí đề nghị các hộ sử dụng vốn đúng mục đích, thực hiện nghiêm Quyết định số 23/QĐ-HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về quản lý, sử dụng Quỹ.
Ông Lý Văn Sình, Tổ trưởng tổ hợp tác chăn nuôi bò xã Hà Quảng, bày tỏ: "Có vốn, bà con yên tâm mua thêm 60 con bò về vỗ béo bán dịp Tết và đầu xuân". Bà Hoàng Thị Hoa, Chủ tịch Hội Nông dân xã Bảo Lâm, cho biết xã hiện có 14 tổ tiết kiệm và vay vốn với 632 hộ vay, năm 2026 phấn đấu giúp ít nhất 80 hộ thoát nghèo.
Đồng chí Lương Văn Tú thông tin thêm, thực hiện Chỉ thị số 39-CT/TW của Ban Bí thư, UBND tỉnh đã bổ sung 30 tỷ đồng ngân sách ủy thác qua NHCSXH để cho vay, ưu tiên các xã vùng cao biên giới.
Bế Thu
Lượt xem: 856
Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác năm 2025 (22/01/2026)
- Trao 100 suất quà cho nông dân vùng biên (15/01/2026)
- Thạch đen Thạch An vào mùa thu hoạch (05/01/2026)
""", "2026-02-06", "Trao 2,4 tỷ đồng vốn Quỹ Hỗ trợ nông dân và 300 suất quà Tết cho hội viên",
E("trao_qua", None, "2026-02-05"),
[P("Hoàng Văn Thạch", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Thị Hằng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lương Văn Tú", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Lý Văn Sình", "Tổ trưởng tổ hợp tác chăn nuôi bò xã Hà Quảng"),
 P("Hoàng Thị Hoa", "Chủ tịch Hội Nông dân xã Bảo Lâm")],
[Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("300 suất quà", 300, "suất quà"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("3 dự án chăn nuôi bò vỗ béo và trồng thạch đen", 3, "dự án chăn nuôi bò vỗ béo và trồng thạch đen"), Q("30 hộ", 30, "hộ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("900 triệu đồng", 900000000, "đồng"), Q("2 tổ hợp tác nuôi dê, trồng mía", 2, "tổ hợp tác nuôi dê, trồng mía"),
 Q("18 hộ", 18, "hộ"), Q("12 hộ", 12, "hộ"), Q("700.000 đồng", 700000, "đồng"), Q("2 con bò giống", 2, "con bò giống"), Q("2 hộ nghèo", 2, "hộ nghèo"),
 Q("khoảng 225 triệu đồng", 225000000, "đồng", "approx"), Q("58,6 tỷ đồng", 58600000000, "đồng"), Q("1.480 hộ", 1480, "hộ"),
 Q("1.146 tổ tiết kiệm và vay vốn", 1146, "tổ tiết kiệm và vay vốn"), Q("2.315,4 tỷ đồng", 2315400000000, "đồng"), Q("0,18%", 0.18, "%"),
 Q("1.032 hộ", 1032, "hộ"), Q("60 con bò", 60, "con bò"), Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"),
 Q("632 hộ", 632, "hộ"), Q("ít nhất 80 hộ", 80, "hộ", "over"), Q("30 tỷ đồng", 30000000000, "đồng")],
[D("Quyết định", "23", "QĐ-HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Quyết định số 23/QĐ-HNDTW"),
 D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 39-CT/TW")],
[prov("Cao Bằng"), com("Hà Quảng"), com("Bảo Lâm")],
["HỘI NÔNG DÂN TỈNH CAO BẰNG", "Trang chủ >> Tin tức >> Hoạt động Hội", "Đồng chí Hoàng Văn Thạch trao vốn cho tổ hợp tác chăn nuôi bò xã Hà Quảng.",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 856"],
["Thứ Sáu, 06/02/2026 - 16:40", "Bính Ngọ 2026", "3 năm", "năm 2025", "năm 2026", "Lượt xem: 856"]))

PAGES.append(page("b3868-angiang-phunu-giaoban-2026", """
Báo và Phát thanh, Truyền hình An Giang
Xã hội › Phụ nữ
Thứ Sáu, 10/04/2026, 08:15
Vị trí: Trang chủ » Xã hội » Phụ nữ
Ảnh: Quang cảnh giao ban quý I.
Dư nợ ủy thác qua Hội Phụ nữ An Giang tăng 96,4 tỷ đồng trong quý I
Ngày 9/4/2026, tại phường Rạch Giá, Ban Thường vụ Hội LHPN tỉnh An Giang tổ chức giao ban công tác Hội quý I, triển khai nhiệm vụ quý II năm 2026. Bà Trần Thị Mộng Tuyền, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì; dự có bà Chau Thị Sóc Ny, Phó Chủ tịch Hội LHPN tỉnh, ông Phan Văn Hậu, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Theo báo cáo, quý I/2026, dư nợ ủy thác qua Hội LHPN tỉnh đạt 4.618,2 tỷ đồng, tăng 96,4 tỷ đồng so với cuối năm 2025, với 3.204 tổ tiết kiệm và vay vốn, 131.570 thành viên; nợ quá hạn 0,07%. Trong quý, các cấp hội đã bình xét cho 4.372 lượt hộ vay mới, trong đó 1.118 hộ đồng bào Khmer, Chăm; phối hợp rà soát 2.064 hộ nghèo, hộ cận nghèo theo chuẩn nghèo mới để giới thiệu vay vốn. Tỷ lệ tổ xếp loại tốt đạt 96,8%; còn 9 tổ xếp loại yếu ở các xã vùng biên giới.
Hội LHPN tỉnh đã ban hành Kế hoạch số 12/KH-ĐCT, 13/KH-ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh về thực hiện Chỉ thị số 39-CT/TW của Ban Bí thư và Nghị quyết 22/NQ-CP của Chính phủ năm 2026; phối hợp tổ chức 156 buổi sinh hoạt tổ lồng ghép tuyên truyền phòng chống "tín dụng đen" cho trên 8.700 lượt hội viên.
Ông Phan Văn Hậu cho biết, sau hợp nhất hai tỉnh An Giang và Kiên Giang, Chi nhánh đang triển khai 18 chương trình tín dụng với tổng dư nợ 13.250 tỷ đồng; vốn ủy thác qua Hội LHPN chiếm 34,9%. Trong quý I, ngân sách tỉnh đã chuyển thêm 50 tỷ đồng sang NHCSXH để cho vay giải quyết việc làm, mức cho vay tối đa 100 triệu đồng/lao động.
Tại giao ban, bà Néang Sa Rết, Chủ tịch Hội LHPN xã Tri Tôn, cho biết xã đã giải ngân 6,3 tỷ đồng cho 142 hộ Khmer vay chăn nuôi bò; bà Mã Thị Ma Ri Ya, Tổ trưởng tổ tiết kiệm và vay vốn ấp Vĩnh Hòa, xã Vĩnh Trường, đề nghị hỗ trợ kinh phí in sổ sách song ngữ Việt - Chăm. Bà Lê Thị Ngọc Giàu, Chủ tịch Hội LHPN xã Vĩnh Thuận, phản ánh 23 hộ có tổ viên đi lao động ở TP Hồ Chí Minh chậm trả lãi.
Kết luận giao ban, bà Trần Thị Mộng Tuyền yêu cầu quý II các cấp hội hoàn thành củng cố 9 tổ yếu; phấn đấu 6 tháng đầu năm tăng dư nợ khoảng 180 tỷ đồng, giúp ít nhất 700 hộ phụ nữ thoát nghèo; chuẩn bị tổng kết 5 năm thực hiện Đề án 939 giai đoạn 2021 - 2025.
Thảo Vy
Lượt xem: 638
Tin liên quan
- Hội LHPN tỉnh tổng kết công tác năm 2025 (14/01/2026)
- Phụ nữ Chăm An Phú giữ nghề dệt thổ cẩm (20/03/2026)
- Tổ tiết kiệm và vay vốn giúp chị em Phú Quốc làm du lịch (11/03/2026)
""", "2026-04-10", "Dư nợ ủy thác qua Hội Phụ nữ An Giang tăng 96,4 tỷ đồng trong quý I",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Trần Thị Mộng Tuyền", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Chau Thị Sóc Ny", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Văn Hậu", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Néang Sa Rết", "Chủ tịch Hội LHPN xã Tri Tôn"),
 P("Mã Thị Ma Ri Ya", "Tổ trưởng tổ tiết kiệm và vay vốn ấp Vĩnh Hòa"),
 P("Lê Thị Ngọc Giàu", "Chủ tịch Hội LHPN xã Vĩnh Thuận")],
[Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("4.618,2 tỷ đồng", 4618200000000, "đồng"), Q("3.204 tổ tiết kiệm và vay vốn", 3204, "tổ tiết kiệm và vay vốn"),
 Q("131.570 thành viên", 131570, "thành viên"), Q("0,07%", 0.07, "%"), Q("4.372 lượt hộ", 4372, "lượt hộ"), Q("1.118 hộ", 1118, "hộ"),
 Q("2.064 hộ nghèo, hộ cận nghèo", 2064, "hộ nghèo, hộ cận nghèo"), Q("96,8%", 96.8, "%"), Q("9 tổ", 9, "tổ"),
 Q("156 buổi sinh hoạt tổ", 156, "buổi sinh hoạt tổ"), Q("trên 8.700 lượt hội viên", 8700, "lượt hội viên", "over"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("142 hộ Khmer", 142, "hộ Khmer"), Q("23 hộ", 23, "hộ"),
 Q("khoảng 180 tỷ đồng", 180000000000, "đồng", "approx"), Q("ít nhất 700 hộ phụ nữ", 700, "hộ phụ nữ", "over"),
 Q("18 chương trình tín dụng", 18, "chương trình tín dụng"), Q("13.250 tỷ đồng", 13250000000000, "đồng"), Q("34,9%", 34.9, "%"),
 Q("50 tỷ đồng", 50000000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng")],
[D("Kế hoạch", "12", "KH-ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 12/KH-ĐCT, 13/KH-ĐCT"),
 D("Kế hoạch", "13", "KH-ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 12/KH-ĐCT, 13/KH-ĐCT"),
 D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 39-CT/TW"),
 D("Nghị quyết", "22", "NQ-CP", None, "Chính phủ", "Nghị quyết 22/NQ-CP"),
 D("Đề án", "939", None, None, None, "Đề án 939")],
[prov("An Giang"), prov("Kiên Giang"), prov("Hồ Chí Minh"), com("Rạch Giá"), com("Tri Tôn"), com("Vĩnh Trường"), com("Vĩnh Thuận")],
["Báo và Phát thanh, Truyền hình An Giang", "Xã hội › Phụ nữ", "Vị trí: Trang chủ » Xã hội » Phụ nữ", "Ảnh: Quang cảnh giao ban quý I.",
 "tín dụng đen", "Lượt xem: 638"],
["Thứ Sáu, 10/04/2026, 08:15", "quý I/2026", "quý II năm 2026", "năm 2025", "năm 2026", "6 tháng đầu năm", "5 năm", "giai đoạn 2021 - 2025", "Lượt xem: 638"]))
