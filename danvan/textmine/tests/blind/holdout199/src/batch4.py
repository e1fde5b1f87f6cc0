from lib import *
PAGES = []

PAGES.append(page("b4751-lamdong-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ | Xã hội | Gia đình
Thứ Tư, 24/12/2025, 17:20
Toàn cảnh hội nghị tổng kết.
Hội LHPN tỉnh Lâm Đồng tổng kết năm đầu vận hành sau hợp nhất
Chiều 23/12, Ban Thường vụ Hội LHPN tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội LHPN tỉnh hoạt động sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Đồng chí Nguyễn Thị Hồng Hà, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo; đồng chí K'Điệp, Chủ tịch Hội LHPN tỉnh chủ trì.
Báo cáo tổng kết cho thấy, năm 2025 các cấp Hội trong toàn tỉnh đã duy trì 214 "Địa chỉ tin cậy", 1.126 câu lạc bộ "Gia đình hạnh phúc, phát triển bền vững" với hơn 26.000 thành viên; tiếp nhận, hỗ trợ 168 lượt nạn nhân bạo lực gia đình, hòa giải thành 392 vụ mâu thuẫn. Tại 49 xã có đông đồng bào K'Ho, Mạ, Mnông, Chu Ru, Chăm, Hội phối hợp thực hiện Dự án 8, thành lập 87 tổ truyền thông cộng đồng, 142 câu lạc bộ "Thủ lĩnh của sự thay đổi"; số cặp tảo hôn giảm còn 205 cặp, giảm khoảng 12% so với năm 2024.
Về phòng, chống mua bán người, Hội đã hỗ trợ 26 phụ nữ, trẻ em trở về từ Campuchia, Myanmar; kết nối việc làm cho 15 chị; giải ngân vốn vay ủy thác 2,35 tỷ đồng cho 64 hộ phụ nữ nghèo, phụ nữ dân tộc thiểu số. Các chi hội xây dựng 312 "Tổ phụ nữ tự quản" tham gia giữ gìn an ninh trật tự ở khu dân cư.
Tham luận, bà Ka Thu, Chủ tịch Hội LHPN xã Đam Rông 2, chia sẻ cách vận động các dòng họ K'Ho ký cam kết không tảo hôn; bà Thị Hoa, Chủ tịch Hội LHPN xã Quảng Sơn, nói về mô hình "Ngôi nhà an toàn" đặt tại nhà văn hóa bon; bà Lê Thị Thảo, Chủ tịch Hội LHPN phường Phan Thiết, giới thiệu "Tổ tư vấn cộng đồng" hỗ trợ lao động nữ ven biển.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Hà ghi nhận Hội đã nhanh chóng ổn định tổ chức bộ máy ở 124 xã, phường, đặc khu; đề nghị năm 2026 tổ chức thành công đại hội phụ nữ cấp xã nhiệm kỳ 2026 - 2031, tiếp tục thực hiện Kết luận 120, 121-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 12-NQ/TU ngày 18/9/2025 của Ban Chấp hành Đảng bộ tỉnh; phấn đấu 100% xã, phường có ít nhất 1 "Địa chỉ tin cậy" hoặc "Ngôi nhà an toàn".
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 36 tập thể, 52 cá nhân có thành tích xuất sắc; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: H'Lim, Nguyễn Thị Bích Thủy, Đỗ Thị Thu Hà trao khen thưởng.
Hải Yến
Lượt xem: 1.459
Tin liên quan
- Phường Bảo Lộc 1 ra mắt "Địa chỉ tin cậy" (18/12/2025)
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ nghèo (10/12/2025)
- Tọa đàm về bình đẳng giới tại đặc khu Phú Quý (02/12/2025)
""", "2025-12-24", "Hội LHPN tỉnh Lâm Đồng tổng kết năm đầu vận hành sau hợp nhất",
E("tong_ket", "2025", "2025-12-23"),
[P("Nguyễn Thị Hồng Hà", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Điệp", "Chủ tịch Hội LHPN tỉnh"),
 P("Ka Thu", "Chủ tịch Hội LHPN xã Đam Rông 2"),
 P("Thị Hoa", "Chủ tịch Hội LHPN xã Quảng Sơn"),
 P("Lê Thị Thảo", "Chủ tịch Hội LHPN phường Phan Thiết"),
 P("H'Lim", "Phó Chủ tịch Hội LHPN tỉnh"), P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Hội LHPN tỉnh"), P("Đỗ Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q('214 "Địa chỉ tin cậy"', 214, "Địa chỉ tin cậy"),
 Q('1.126 câu lạc bộ "Gia đình hạnh phúc, phát triển bền vững"', 1126, "câu lạc bộ"), Q("hơn 26.000 thành viên", 26000, "thành viên", "over"),
 Q("168 lượt nạn nhân bạo lực gia đình", 168, "lượt nạn nhân bạo lực gia đình"), Q("392 vụ mâu thuẫn", 392, "vụ mâu thuẫn"),
 Q("49 xã", 49, "xã"), Q("87 tổ truyền thông cộng đồng", 87, "tổ truyền thông cộng đồng"),
 Q('142 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 142, "câu lạc bộ"), Q("205 cặp", 205, "cặp"), Q("khoảng 12%", 12, "%", "approx"),
 Q("26 phụ nữ, trẻ em", 26, "phụ nữ, trẻ em"), Q("15 chị", 15, "chị"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("64 hộ phụ nữ nghèo, phụ nữ dân tộc thiểu số", 64, "hộ phụ nữ nghèo, phụ nữ dân tộc thiểu số"),
 Q('312 "Tổ phụ nữ tự quản"', 312, "Tổ phụ nữ tự quản"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("100%", 100, "%"),
 Q("36 tập thể", 36, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Nghị quyết", "12", "NQ/TU", "2025-09-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 18/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Quảng Sơn"), com("Phan Thiết")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ | Xã hội | Gia đình", "Toàn cảnh hội nghị tổng kết.", "Địa chỉ tin cậy",
 "Gia đình hạnh phúc, phát triển bền vững", "Thủ lĩnh của sự thay đổi", "Tổ phụ nữ tự quản", "Ngôi nhà an toàn", "Tổ tư vấn cộng đồng",
 "Lượt xem: 1.459"],
["Thứ Tư, 24/12/2025, 17:20", "năm 2025", "năm 2026", "năm 2024", "Dự án 8", "nhiệm kỳ 2026 - 2031", 'ít nhất 1 "Địa chỉ tin cậy"',
 "Lượt xem: 1.459"]))

PAGES.append(page("b4752-vinhlong-daihoi-2026", """
Cổng thông tin điện tử xã Hòa Minh - tỉnh Vĩnh Long
Trang chủ › Tin tức › Mặt trận - Đoàn thể
Thứ Sáu, 30/01/2026 - 14:00
Đại hội đại biểu Phụ nữ xã Hòa Minh lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 29/01/2026, Hội LHPN xã Hòa Minh long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội điểm cấp xã của tỉnh Vĩnh Long. Dự đại hội có bà Thạch Thị Ngọc Hân, Phó Chủ tịch Hội LHPN tỉnh; ông Kim Văn Sơn, Bí thư Đảng ủy xã; ông Trần Văn Thắng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 120 đại biểu chính thức đại diện cho 3.862 hội viên của 12 chi hội.
Đoàn Chủ tịch điều hành đại hội. Ảnh: Kim Ngân
Báo cáo tổng kết nhiệm kỳ cho thấy, thời gian qua Hội đã vận động 100% hội viên ký cam kết "5 không, 3 sạch"; xây dựng 6 câu lạc bộ "Gia đình hạnh phúc" với 184 thành viên, 2 "Địa chỉ tin cậy" đặt tại nhà chi hội trưởng ấp Hòa Lạc và ấp Giồng Lớn. Các địa chỉ đã tiếp nhận 19 trường hợp, phối hợp tổ hòa giải hòa giải thành 27 vụ mâu thuẫn vợ chồng. Hội hỗ trợ 4 phụ nữ trở về từ Campuchia sau khi bị lừa làm việc tại các cơ sở đánh bạc trực tuyến; vận động hơn 350 triệu đồng xây 7 "Mái ấm tình thương" cho hội viên nghèo, trong đó có 2 căn cho chị em là nạn nhân bạo lực gia đình. Đặc biệt, ở các ấp đông đồng bào Khmer, tình trạng kết hôn khi chưa đủ tuổi đã giảm, nhiệm kỳ qua chỉ còn 2 trường hợp.
Phát biểu chỉ đạo, bà Thạch Thị Ngọc Hân đề nghị Hội xã tiếp tục thực hiện Chỉ thị số 05-CT/TU ngày 12/11/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long về lãnh đạo đại hội phụ nữ các cấp và Hướng dẫn số 02/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; phấn đấu trong nhiệm kỳ mới thành lập thêm ít nhất 3 câu lạc bộ, 100% ấp có tổ tư vấn phòng, chống bạo lực gia đình.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 15 đồng chí. Tại phiên họp thứ nhất, bà Sơn Thị Sa Rươl được bầu giữ chức Chủ tịch Hội LHPN xã khóa I; các bà Lê Thị Bé Tư, Kiên Thị Mỹ Linh được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 3 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh Vĩnh Long lần thứ I.
Đại hội thông qua Nghị quyết với 5 chỉ tiêu chủ yếu, trong đó có chỉ tiêu hằng năm giới thiệu ít nhất 5 hội viên ưu tú cho Đảng xem xét kết nạp; 95% trở lên chi hội xếp loại vững mạnh.
Đây là nhiệm kỳ đầu tiên của Hội LHPN xã sau khi sắp xếp đơn vị hành chính, hợp nhất Hội của 3 xã cũ; bộ máy mới gọn hơn nhưng địa bàn rộng, đòi hỏi cán bộ chi hội phải sâu sát hơn với từng gia đình.
Kim Ngân
Lượt xem: 356
Tin khác
- Xã Hòa Minh ra mắt mô hình "Ấp không có bạo lực gia đình" (20/01/2026)
- Trao 50 phần quà Tết cho hội viên nghèo (15/01/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (08/01/2026)
""", "2026-01-30", "Đại hội đại biểu Phụ nữ xã Hòa Minh lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-01-29"),
[P("Thạch Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Kim Văn Sơn", "Bí thư Đảng ủy xã"),
 P("Trần Văn Thắng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Thị Sa Rươl", "Chủ tịch Hội LHPN xã khóa I"),
 P("Lê Thị Bé Tư", "Phó Chủ tịch Hội LHPN xã"), P("Kiên Thị Mỹ Linh", "Phó Chủ tịch Hội LHPN xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("3.862 hội viên", 3862, "hội viên"), Q("12 chi hội", 12, "chi hội"),
 Q("100%", 100, "%"), Q('6 câu lạc bộ "Gia đình hạnh phúc"', 6, "câu lạc bộ"), Q("184 thành viên", 184, "thành viên"),
 Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"), Q("19 trường hợp", 19, "trường hợp"),
 Q("27 vụ mâu thuẫn vợ chồng", 27, "vụ mâu thuẫn vợ chồng"), Q("4 phụ nữ", 4, "phụ nữ"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"), Q('7 "Mái ấm tình thương"', 7, "Mái ấm tình thương"), Q("2 căn", 2, "căn"),
 Q("2 trường hợp", 2, "trường hợp"), Q("ít nhất 3 câu lạc bộ", 3, "câu lạc bộ", "over"), Q("15 đồng chí", 15, "đồng chí"),
 Q("3 đại biểu", 3, "đại biểu"), Q("3 xã cũ", 3, "xã"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("ít nhất 5 hội viên ưu tú", 5, "hội viên ưu tú", "over"), Q("95% trở lên", 95, "%", "over")],
[D("Chỉ thị", "05", "CT/TU", "2025-11-12", "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Chỉ thị số 05-CT/TU ngày 12/11/2025"),
 D("Hướng dẫn", "02", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 02/HD-ĐCT")],
[prov("Vĩnh Long"), com("Hòa Minh")],
["Cổng thông tin điện tử xã Hòa Minh - tỉnh Vĩnh Long", "Trang chủ › Tin tức › Mặt trận - Đoàn thể", "Đoàn Chủ tịch điều hành đại hội.",
 "Gia đình hạnh phúc", "Địa chỉ tin cậy", "Mái ấm tình thương", "Lượt xem: 356"],
["Thứ Sáu, 30/01/2026 - 14:00", "lần thứ I", "nhiệm kỳ 2026 - 2031", "5 không, 3 sạch", "15 đồng chí", "khóa I", "phiên họp thứ nhất",
 "Lượt xem: 356"]))

PAGES.append(page("b4753-dongnai-traoqua-2026", """
Báo Đồng Nai điện tử
Xã hội > Phụ nữ - Gia đình
Ngày đăng 06/03/2026 | 16:35
Trao 80 phần quà và 12 sinh kế cho phụ nữ yếu thế nhân ngày 8/3
(ĐN) - Ngày 5/3, nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3, Hội LHPN tỉnh Đồng Nai phối hợp với UBND xã Bù Gia Mập tổ chức thăm, tặng quà cho phụ nữ là nạn nhân bạo lực gia đình, nạn nhân mua bán người trở về và phụ nữ dân tộc thiểu số có hoàn cảnh khó khăn. Tham dự có bà Điểu Thị Lan, Phó Chủ tịch Hội LHPN tỉnh; bà Nguyễn Thị Kim Liên, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; ông Điểu Lên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bù Gia Mập.
Đoàn trao 80 phần quà cho phụ nữ, mỗi phần trị giá 600.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt; trao 12 sinh kế (bò giống, máy may) với tổng trị giá 180 triệu đồng cho các chị người S'tiêng, Mnông ở xã Bù Gia Mập và xã Đăk Ơ, trong đó có 3 chị vừa trở về sau thời gian bị lừa sang Campuchia làm việc tại các cơ sở lừa đảo trực tuyến. Tổng kinh phí của chương trình khoảng 228 triệu đồng, do Quỹ "Vì phụ nữ nghèo" và các doanh nghiệp tài trợ.
Bà Điểu Thị Lan trao sinh kế cho hội viên. Ảnh: Thu Hiền
Theo bà Điểu Thị Lan, sau khi hợp nhất, toàn tỉnh Đồng Nai có 176 "Địa chỉ tin cậy", 94 "Nhà tạm lánh" và 523 câu lạc bộ phòng, chống bạo lực gia đình. Riêng tại các xã biên giới của tỉnh Bình Phước cũ, Hội đã hỗ trợ 31 phụ nữ, trẻ em trở về trong năm 2025, giới thiệu 18 chị vào làm việc ở các khu công nghiệp Đồng Xoài, Nhơn Trạch.
Chị Thị Lành, ở bon Bù Dốt, xã Bù Gia Mập, nghẹn ngào kể: "Bị rủ qua bên kia biên giới làm việc nhẹ, tôi bị giữ giấy tờ gần 1 năm trời. Về nhà, các chị Hội tới thăm, giờ có thêm con bò, tôi yên tâm làm ăn". Ông Điểu Lên cho biết xã đang thực hiện Kế hoạch số 14/KH-UBND của UBND xã về hỗ trợ nạn nhân mua bán người, gắn với Nghị quyết 02-NQ/ĐU của Đảng ủy xã về phát triển kinh tế vùng đồng bào dân tộc thiểu số.
Dịp này, Hội LHPN tỉnh ra mắt "Địa chỉ tin cậy" tại nhà già làng Điểu Bình ở bon Bù Dốt. Già làng Điểu Bình, người có uy tín bon Bù Dốt, hứa sẽ cùng Chi hội phụ nữ bon đến từng nhà vận động không để xảy ra bạo lực, không cho con gái lấy chồng sớm.
Chương trình được tổ chức theo Kế hoạch số 18/KH-BTV ngày 10/02/2026 của Ban Thường vụ Hội LHPN tỉnh thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư và Luật Phòng, chống mua bán người năm 2024, đồng thời hưởng ứng phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Thu Hiền
Lượt xem: 905
Tin liên quan
- Phường Trấn Biên: tọa đàm "Phụ nữ với gia đình" (04/03/2026)
- Hội LHPN tỉnh trao 100 suất học bổng cho học sinh nữ (28/02/2026)
- Ra mắt câu lạc bộ "Phụ nữ biên giới" ở xã Lộc Ninh (20/02/2026)
""", "2026-03-06", "Trao 80 phần quà và 12 sinh kế cho phụ nữ yếu thế nhân ngày 8/3",
E("trao_qua", None, "2026-03-05"),
[P("Điểu Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Kim Liên", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Điểu Lên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Bù Gia Mập"),
 P("Thị Lành"),
 P("Điểu Bình", "Già làng", "người có uy tín bon Bù Dốt")],
[Q("80 phần quà", 80, "phần quà"), Q("12 sinh kế", 12, "sinh kế"), Q("600.000 đồng", 600000, "đồng"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("3 chị", 3, "chị"), Q("khoảng 228 triệu đồng", 228000000, "đồng", "approx"),
 Q('176 "Địa chỉ tin cậy"', 176, "Địa chỉ tin cậy"), Q('94 "Nhà tạm lánh"', 94, "Nhà tạm lánh"),
 Q("523 câu lạc bộ phòng, chống bạo lực gia đình", 523, "câu lạc bộ phòng, chống bạo lực gia đình"),
 Q("31 phụ nữ, trẻ em", 31, "phụ nữ, trẻ em"), Q("18 chị", 18, "chị")],
[D("Kế hoạch", "14", "KH-UBND", None, "UBND xã", "Kế hoạch số 14/KH-UBND"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 02-NQ/ĐU"),
 D("Kế hoạch", "18", "KH-BTV", "2026-02-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18/KH-BTV ngày 10/02/2026"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["Báo Đồng Nai điện tử", "Xã hội > Phụ nữ - Gia đình", "Bà Điểu Thị Lan trao sinh kế cho hội viên.", "Vì phụ nữ nghèo", "Địa chỉ tin cậy",
 "Nhà tạm lánh", "Luật Phòng, chống mua bán người năm 2024",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Lượt xem: 905"],
["Ngày đăng 06/03/2026 | 16:35", "8/3", "116 năm", "năm 2025", "gần 1 năm", "Lượt xem: 905"]))

PAGES.append(page("b4754-laocai-giaoban-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Thời sự › Xã hội
Thứ Năm, 09/04/2026 - 08:30
Ảnh: Quang cảnh hội nghị giao ban.
Phòng, chống mua bán người, tảo hôn: nhiều chuyển biến ở các xã vùng cao
Ngày 8/4, Hội LHPN tỉnh Lào Cai tổ chức hội nghị giao ban trực tuyến công tác Hội quý I năm 2026 với 99 điểm cầu xã, phường. Đồng chí Giàng Thị Dung, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì; dự tại điểm cầu tỉnh có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Hoàng Thị Lan, Lý Thị Vinh, Hà Thị Nguyệt.
Theo báo cáo, quý I các cấp Hội đã tổ chức 412 buổi sinh hoạt chuyên đề về phòng, chống bạo lực gia đình, mua bán người với trên 21.000 lượt hội viên tham gia; tiếp nhận 13 phụ nữ trở về từ Trung Quốc, Lào, Campuchia; các "Địa chỉ tin cậy" tiếp nhận 24 lượt nạn nhân. Toàn tỉnh hiện có 247 "Địa chỉ tin cậy", 158 tổ truyền thông cộng đồng, 386 câu lạc bộ "Thủ lĩnh của sự thay đổi". Số cặp tảo hôn phát hiện trong quý là 58 cặp, giảm 21 cặp so với cùng kỳ; hôn nhân cận huyết thống 2 cặp, tập trung ở các xã Y Tý, Bát Xát, Mù Cang Chải.
Tại hội nghị, bà Lò Thị Thắm, Chủ tịch Hội LHPN xã Mù Cang Chải, cho biết Hội xã đã phối hợp các dòng họ Giàng, Sùng, Thào ký cam kết với 316 hộ không tổ chức tảo hôn; bà Chảo Thị Mẩy, Chủ tịch Hội LHPN xã Y Tý, kiến nghị hỗ trợ kinh phí cho thành viên tổ truyền thông ở các thôn cách trung tâm xã trên 20 km. Ông Thào A Tủa, Trưởng Công an xã Bát Xát, thông tin về thủ đoạn mới dụ dỗ phụ nữ qua mạng xã hội với lời hứa "kết hôn với người nước ngoài".
Kết luận giao ban, đồng chí Giàng Thị Dung yêu cầu quý II các cấp Hội triển khai Kế hoạch số 45/KH-HPN ngày 20/3/2026 của Ban Thường vụ Hội LHPN tỉnh về thực hiện Dự án 8 năm 2026, Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy Lào Cai; phối hợp tổ chức đại hội phụ nữ cấp xã bảo đảm đúng tiến độ; mỗi xã vùng cao có ít nhất 2 "Địa chỉ tin cậy" trước ngày 30/6/2026.
Đồng chí Hoàng Thị Lan cũng quán triệt Nghị quyết số 07-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng dân số vùng đồng bào dân tộc thiểu số, trong đó đặt mục tiêu đến năm 2030 giảm 50% số cặp tảo hôn so với năm 2025.
Hội LHPN tỉnh cũng thông báo kết quả quý I: đã giải ngân 6,2 tỷ đồng vốn vay ủy thác cho 143 hộ phụ nữ nghèo, cận nghèo; hỗ trợ 27 sinh kế cho phụ nữ trở về và phụ nữ khuyết tật.
Minh Thúy
Lượt xem: 1.287
Tin cùng chuyên mục
- Xã Sa Pa ra mắt tổ truyền thông cộng đồng (03/04/2026)
- Phường Yên Bái: 200 phụ nữ dự hội thi "Gia đình hạnh phúc" (28/03/2026)
- Hội LHPN tỉnh tập huấn Dự án 8 cho cán bộ Hội cấp xã (20/03/2026)
""", "2026-04-09", "Phòng, chống mua bán người, tảo hôn: nhiều chuyển biến ở các xã vùng cao",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Giàng Thị Dung", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"), P("Lý Thị Vinh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Hà Thị Nguyệt", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Thắm", "Chủ tịch Hội LHPN xã Mù Cang Chải"),
 P("Chảo Thị Mẩy", "Chủ tịch Hội LHPN xã Y Tý"),
 P("Thào A Tủa", "Trưởng Công an xã Bát Xát")],
[Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"), Q("412 buổi sinh hoạt chuyên đề", 412, "buổi sinh hoạt chuyên đề"),
 Q("trên 21.000 lượt hội viên", 21000, "lượt hội viên", "over"), Q("13 phụ nữ", 13, "phụ nữ"),
 Q("24 lượt nạn nhân", 24, "lượt nạn nhân"), Q('247 "Địa chỉ tin cậy"', 247, "Địa chỉ tin cậy"),
 Q("158 tổ truyền thông cộng đồng", 158, "tổ truyền thông cộng đồng"), Q('386 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 386, "câu lạc bộ"),
 Q("58 cặp", 58, "cặp"), Q("21 cặp", 21, "cặp"), Q("2 cặp", 2, "cặp"), Q("316 hộ", 316, "hộ"), Q("trên 20 km", 20, "km", "over"),
 Q('ít nhất 2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy", "over"), Q("50%", 50, "%"), Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("143 hộ phụ nữ nghèo, cận nghèo", 143, "hộ phụ nữ nghèo, cận nghèo"), Q("27 sinh kế", 27, "sinh kế")],
[D("Kế hoạch", "45", "KH-HPN", "2026-03-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 45/KH-HPN ngày 20/3/2026"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Lào Cai", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Lào Cai", "Chỉ thị 07, 08-CT/TU"),
 D("Nghị quyết", "07", "NQ/TU", "2026-01-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU ngày 15/01/2026")],
[prov("Lào Cai"), com("Y Tý"), com("Bát Xát"), com("Mù Cang Chải")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "Thời sự › Xã hội", "Ảnh: Quang cảnh hội nghị giao ban.", "Địa chỉ tin cậy",
 "Thủ lĩnh của sự thay đổi", "Lượt xem: 1.287"],
["Thứ Năm, 09/04/2026 - 08:30", "quý I năm 2026", "quý II", "Dự án 8", "năm 2026", "30/6/2026", "năm 2030", "năm 2025", "Lượt xem: 1.287"]))

PAGES.append(page("b4755-gialai-doithoai-2026", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Gia Lai
Trang chủ :: Hoạt động :: Các tổ chức chính trị - xã hội
26/06/2026 - 09:15
Người đứng đầu xã Ia Grai đối thoại với phụ nữ về bạo lực gia đình, tảo hôn
Trong khuôn khổ Tháng hành động quốc gia về phòng, chống bạo lực gia đình, ngày 25/6/2026, Đảng ủy, UBND xã Ia Grai (tỉnh Gia Lai) phối hợp Hội LHPN xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên, phụ nữ năm 2026. Chủ trì đối thoại có ông Rơ Mah Khiêm, Bí thư Đảng ủy xã; ông Nguyễn Văn Phước, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có bà Rơ Lan H'Trinh, Phó Chủ tịch Hội LHPN tỉnh và 180 hội viên, phụ nữ người Jrai, Kinh đến từ 14 thôn, làng.
Ông Rơ Mah Khiêm giải đáp ý kiến của hội viên. Ảnh: Đức Thụy
Mở đầu, bà Siu H'Nhi, Chủ tịch Hội LHPN xã, báo cáo: 6 tháng đầu năm 2026, trên địa bàn xã xảy ra 9 vụ bạo lực gia đình, 4 cặp tảo hôn; 2 "Địa chỉ tin cậy" tại làng Dăng và làng Yam đã tiếp nhận 6 lượt phụ nữ, trẻ em đến tạm lánh. Hội đã phối hợp với 3 tổ hòa giải giải quyết thành 11 vụ mâu thuẫn, vận động 7 gia đình hủy bỏ việc cưới hỏi khi con chưa đủ tuổi.
Tại đối thoại, 21 lượt ý kiến được nêu, nhiều ý kiến thẳng thắn. Chị Kpă H'Luyên, ở làng Dăng, hỏi về việc người chồng say rượu đánh vợ nhiều lần nhưng chỉ bị nhắc nhở. Bà Ksor H'Bla, người có uy tín làng Yam, đề nghị xã xử phạt nghiêm các gia đình cố tình tổ chức tảo hôn theo Nghị định số 144/2021/NĐ-CP và Nghị định 82/2020/NĐ-CP của Chính phủ. Chị Đinh Thị Hoa, ở làng Bông, mong được vay vốn để nuôi bò, tránh cảnh phải đi làm thuê xa nhà.
Trả lời, ông Nguyễn Văn Phước cho biết UBND xã đã ban hành Kế hoạch số 56/KH-UBND ngày 02/6/2026 về Tháng hành động; đã xử phạt hành chính 3 trường hợp bạo lực gia đình với tổng số tiền 15 triệu đồng; sẽ chỉ đạo Công an xã xử lý nghiêm hành vi tái phạm. Ông Rơ Mah Khiêm nhấn mạnh thực hiện Nghị quyết 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã, mỗi đảng viên phụ trách 10 hộ, phấn đấu không còn tảo hôn trong năm 2027.
Bà Rơ Lan H'Trinh thông tin, sau hợp nhất với tỉnh Bình Định, tỉnh Gia Lai hiện có 305 "Địa chỉ tin cậy"; Hội LHPN tỉnh sẽ hỗ trợ xã Ia Grai 50 triệu đồng từ Dự án 8 để mở lớp tập huấn và thêm 1 "Địa chỉ tin cậy". Kết thúc hội nghị, 16 ý kiến đã được giải đáp tại chỗ, 5 ý kiến được ghi nhận để giải quyết trong quý III.
Dịp này, Hội LHPN tỉnh trao 20 suất quà, mỗi suất 500.000 đồng cho phụ nữ là nạn nhân bạo lực gia đình.
Đức Thụy
Lượt truy cập: 2.774
Các tin khác
- Phường Quy Nhơn: ra mắt "Tổ phụ nữ tự quản" (20/06/2026)
- Hội LHPN tỉnh giám sát thực hiện Dự án 8 tại xã Kbang (12/06/2026)
- Xã Chư Păh tổ chức Ngày hội gia đình Việt Nam (18/06/2026)
""", "2026-06-26", "Người đứng đầu xã Ia Grai đối thoại với phụ nữ về bạo lực gia đình, tảo hôn",
E("doi_thoai", "2026", "2026-06-25"),
[P("Rơ Mah Khiêm", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Phước", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Rơ Lan H'Trinh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Siu H'Nhi", "Chủ tịch Hội LHPN xã"),
 P("Kpă H'Luyên"),
 P("Ksor H'Bla", "người có uy tín làng Yam"),
 P("Đinh Thị Hoa")],
[Q("180 hội viên, phụ nữ", 180, "hội viên, phụ nữ"), Q("14 thôn, làng", 14, "thôn, làng"), Q("9 vụ bạo lực gia đình", 9, "vụ bạo lực gia đình"),
 Q("4 cặp tảo hôn", 4, "cặp tảo hôn"), Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"), Q("6 lượt phụ nữ, trẻ em", 6, "lượt phụ nữ, trẻ em"),
 Q("3 tổ hòa giải", 3, "tổ hòa giải"), Q("11 vụ mâu thuẫn", 11, "vụ mâu thuẫn"), Q("7 gia đình", 7, "gia đình"),
 Q("21 lượt ý kiến", 21, "lượt ý kiến"), Q("3 trường hợp", 3, "trường hợp"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("10 hộ", 10, "hộ"), Q('305 "Địa chỉ tin cậy"', 305, "Địa chỉ tin cậy"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("16 ý kiến", 16, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "144", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 144/2021/NĐ-CP"),
 D("Nghị định", "82", "2020/NĐ-CP", None, "Chính phủ", "Nghị định 82/2020/NĐ-CP"),
 D("Kế hoạch", "56", "KH-UBND", "2026-06-02", "UBND xã", "Kế hoạch số 56/KH-UBND ngày 02/6/2026"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 05-NQ/ĐU")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "Trang chủ :: Hoạt động :: Các tổ chức chính trị - xã hội",
 "Ông Rơ Mah Khiêm giải đáp ý kiến của hội viên.", "Tháng hành động quốc gia về phòng, chống bạo lực gia đình", "Địa chỉ tin cậy",
 "Lượt truy cập: 2.774"],
["26/06/2026 - 09:15", "năm 2026", "6 tháng đầu năm 2026", "năm 2027", "Dự án 8", '1 "Địa chỉ tin cậy"', "quý III", "Lượt truy cập: 2.774"]))

PAGES.append(page("b4756-cantho-soket-2026", """
BÁO CẦN THƠ ONLINE
Xã hội | Phụ nữ
Thứ Sáu, 10/07/2026 | 15:20
Hội LHPN TP Cần Thơ: 6 tháng hỗ trợ 37 phụ nữ bị mua bán, lừa đảo trở về
Ngày 9/7, Hội LHPN thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026. Dự hội nghị có đồng chí Trần Thị Xuân Mai, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Lâm Thị Kim Xuyến, Thành ủy viên, Chủ tịch Hội LHPN thành phố chủ trì.
Đồng chí Trần Thị Xuân Mai phát biểu chỉ đạo hội nghị.
Báo cáo cho biết, 6 tháng đầu năm, Hội LHPN thành phố và 103 Hội LHPN xã, phường đã phối hợp tiếp nhận, hỗ trợ 37 phụ nữ bị mua bán, bị lừa đảo sang Campuchia, Myanmar trở về, trong đó 22 chị là người Khmer ở các xã thuộc tỉnh Sóc Trăng, Hậu Giang cũ. Mỗi chị được hỗ trợ ban đầu 3 triệu đồng, 16 chị được giới thiệu việc làm, 9 chị được vay vốn với tổng dư nợ 450 triệu đồng. Toàn thành phố duy trì 168 "Địa chỉ tin cậy", 742 câu lạc bộ "Gia đình 5 không, 3 sạch" và 96 "Nhà tạm lánh"; các địa chỉ tin cậy đã tiếp nhận 52 lượt nạn nhân bạo lực gia đình.
Tại hội nghị, bà Lý Thị Sa Quênh, Chủ tịch Hội LHPN phường Sóc Trăng, chia sẻ mô hình "Tổ tư vấn tại chùa" phối hợp với 4 chùa Phật giáo Nam tông Khmer; Đại đức Thạch Sóc Phin, trụ trì chùa Kh'Leang, cho biết nhà chùa mở 6 buổi thuyết giảng lồng ghép nội dung cảnh giác với lời mời đi làm việc ở nước ngoài. Bà Nguyễn Thị Thu Ba, Chủ tịch Hội LHPN xã Vị Thủy, kiến nghị tăng cường phối hợp với Công an xã trong xác minh, hỗ trợ nạn nhân.
Hội nghị đã dành thời gian bàn cách tiếp cận chị em trở về một cách tế nhị: nhiều chị mặc cảm, không muốn người trong ấp biết; có chị vẫn còn nợ môi giới. Hội đề xuất bố trí cán bộ chuyên trách theo dõi từng trường hợp ít nhất 6 tháng sau khi trở về.
Phát biểu chỉ đạo, đồng chí Trần Thị Xuân Mai đề nghị 6 tháng cuối năm Hội thực hiện tốt Chương trình hành động số 03-CTr/TU của Ban Thường vụ Thành ủy, Kế hoạch số 118/KH-UBND ngày 05/5/2026 của UBND thành phố về phòng, chống mua bán người giai đoạn 2026 - 2030; phối hợp Công an thành phố triển khai Quyết định số 193/QĐ-TTg của Thủ tướng Chính phủ về Chương trình phòng, chống mua bán người; phấn đấu 100% nạn nhân trở về được tiếp nhận, hỗ trợ kịp thời.
Dịp này, Hội LHPN thành phố tặng giấy khen cho 25 tập thể, 38 cá nhân tiêu biểu trong công tác phòng, chống bạo lực gia đình, mua bán người.
Ngọc Linh
Lượt xem: 1.612
Tin liên quan
- Phường Vị Thanh: ra mắt "Địa chỉ tin cậy" thứ 2 (03/07/2026)
- Hội LHPN thành phố tập huấn kỹ năng nhận diện lừa đảo trực tuyến (25/06/2026)
- Trao 50 suất quà cho phụ nữ Khmer khó khăn (18/06/2026)
""", "2026-07-10", "Hội LHPN TP Cần Thơ: 6 tháng hỗ trợ 37 phụ nữ bị mua bán, lừa đảo trở về",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Trần Thị Xuân Mai", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Thị Kim Xuyến", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Lý Thị Sa Quênh", "Chủ tịch Hội LHPN phường Sóc Trăng"),
 P("Thạch Sóc Phin", "Đại đức", "trụ trì chùa Kh'Leang"),
 P("Nguyễn Thị Thu Ba", "Chủ tịch Hội LHPN xã Vị Thủy")],
[Q("103 Hội LHPN xã, phường", 103, "Hội LHPN xã, phường"), Q("37 phụ nữ", 37, "phụ nữ"), Q("22 chị", 22, "chị"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("16 chị", 16, "chị"), Q("9 chị", 9, "chị"), Q("450 triệu đồng", 450000000, "đồng"),
 Q('168 "Địa chỉ tin cậy"', 168, "Địa chỉ tin cậy"), Q('742 câu lạc bộ "Gia đình 5 không, 3 sạch"', 742, "câu lạc bộ"),
 Q('96 "Nhà tạm lánh"', 96, "Nhà tạm lánh"), Q("52 lượt nạn nhân bạo lực gia đình", 52, "lượt nạn nhân bạo lực gia đình"),
 Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"), Q("6 buổi thuyết giảng", 6, "buổi thuyết giảng"),
 Q("100%", 100, "%"), Q("25 tập thể", 25, "tập thể"), Q("38 cá nhân tiêu biểu", 38, "cá nhân tiêu biểu")],
[D("Chương trình hành động", "03", "CTr/TU", None, "Ban Thường vụ Thành ủy", "Chương trình hành động số 03-CTr/TU"),
 D("Kế hoạch", "118", "KH-UBND", "2026-05-05", "UBND thành phố", "Kế hoạch số 118/KH-UBND ngày 05/5/2026"),
 D("Quyết định", "193", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 193/QĐ-TTg")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Vị Thủy")],
["BÁO CẦN THƠ ONLINE", "Xã hội | Phụ nữ", "Đồng chí Trần Thị Xuân Mai phát biểu chỉ đạo hội nghị.", "Địa chỉ tin cậy",
 "Gia đình 5 không, 3 sạch", "Nhà tạm lánh", "Tổ tư vấn tại chùa", "Lượt xem: 1.612"],
["Thứ Sáu, 10/07/2026 | 15:20", "6 tháng đầu năm 2026", "6 tháng cuối năm", "5 không, 3 sạch", "ít nhất 6 tháng", "giai đoạn 2026 - 2030",
 "Lượt xem: 1.612"]))
