from lib import *
PAGES = []

PAGES.append(page("b3023-lamdong-ngayhoi-bon-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Tư, 19/11/2025 | 08:30
Người dân bon Đưng múa cồng chiêng tại ngày hội.
Ngày hội Đại đoàn kết đầu tiên ở xã Lạc Dương sau sắp xếp
Ngày 17/11, Ban Công tác Mặt trận thôn Bon Đưng, xã Lạc Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 - ngày hội đầu tiên kể từ khi tỉnh Lâm Đồng hợp nhất với Đắk Nông và Bình Thuận, xã Lạc Dương được thành lập trên cơ sở sáp nhập thị trấn Lạc Dương và 2 xã. Dự ngày hội có bà K'Bích Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kră Jăn Ha Đăk, Bí thư Đảng ủy xã Lạc Dương.
Thôn Bon Đưng có 318 hộ, 1.426 khẩu, trong đó 92% là đồng bào K'Ho. Năm 2025, bà con đã hiến 4.100 m2 đất, góp 650 ngày công và khoảng 230 triệu đồng làm 2,3 km đường bê tông vào khu sản xuất cà phê, rau; có 296 hộ đạt gia đình văn hóa. Ông Cil Ha Krông, Trưởng ban Công tác Mặt trận thôn Bon Đưng, cho biết thôn không còn hộ nghèo, chỉ còn 5 hộ cận nghèo; thu nhập bình quân đạt khoảng 72 triệu đồng/người/năm.
Ông Cil Ha Krông cũng nhắc đến người có uy tín Liêng Jrang K'Ré, 74 tuổi, người đã cùng con cháu hiến 1.200 m2 đất làm đường và sân bóng của thôn. "Đường rộng thì xe chở rau ra chợ Đà Lạt nhanh, con cháu mình đi học cũng an toàn", ông K'Ré nói.
Phát biểu tại ngày hội, bà K'Bích Thủy ghi nhận sự đoàn kết của đồng bào K'Ho, Kinh, Tày, Nùng trong thôn; đề nghị Mặt trận xã tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Kế hoạch số 05-KH/ĐU của Đảng ủy xã Lạc Dương về phát triển du lịch cộng đồng; thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, chuyển đổi số, hướng dẫn bà con dùng điện thoại thông minh bán nông sản.
Dịp này, Ủy ban MTTQ tỉnh trao tặng thôn 1 bộ âm thanh trị giá 25 triệu đồng và 30 suất quà cho hộ cận nghèo, người cao tuổi, mỗi suất 1 triệu đồng. Bà Đa Cát Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, trao giấy khen cho 7 gia đình tiêu biểu trong phong trào hiến đất.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, từ ngày 1 đến 18/11/2025, toàn tỉnh có khoảng 3.900 khu dân cư tổ chức Ngày hội Đại đoàn kết, nhiều nơi gắn với khánh thành đường giao thông, nhà văn hóa do dân góp công, góp của.
Phần hội có biểu diễn cồng chiêng, thi giã gạo, nấu cơm lam và các trò chơi dân gian của đồng bào K'Ho.
K'Hiếu
Lượt xem: 1.288
Tin liên quan
- Phường Bắc Gia Nghĩa: Ngày hội Đại đoàn kết ở tổ dân phố 3 (16/11/2025)
- Xã Tuy Phong trao 20 nhà Đại đoàn kết (12/11/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I (30/10/2025)
""", "2025-11-19", "Ngày hội Đại đoàn kết đầu tiên ở xã Lạc Dương sau sắp xếp",
E("khac", None, "2025-11-17"),
[P("K'Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kră Jăn Ha Đăk", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Cil Ha Krông", "Trưởng ban Công tác Mặt trận thôn Bon Đưng"),
 P("Liêng Jrang K'Ré", "người có uy tín"),
 P("Đa Cát Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương")],
[Q("2 xã", 2, "xã"), Q("318 hộ", 318, "hộ"), Q("1.426 khẩu", 1426, "khẩu"), Q("92%", 92, "%"), Q("4.100 m2", 4100, "m2"),
 Q("650 ngày công", 650, "ngày công"), Q("khoảng 230 triệu đồng", 230000000, "đồng", "approx"), Q("2,3 km", 2.3, "km"),
 Q("296 hộ", 296, "hộ"), Q("5 hộ cận nghèo", 5, "hộ cận nghèo"), Q("khoảng 72 triệu đồng", 72000000, "đồng", "approx"),
 Q("1.200 m2", 1200, "m2"), Q("25 triệu đồng", 25000000, "đồng"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("7 gia đình tiêu biểu", 7, "gia đình tiêu biểu"), Q("khoảng 3.900 khu dân cư", 3900, "khu dân cư", "approx")],
[D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã Lạc Dương", "Kế hoạch số 05-KH/ĐU"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Người dân bon Đưng múa cồng chiêng tại ngày hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bon Đưng", "Lượt xem: 1.288"],
["Thứ Tư, 19/11/2025 | 08:30", "năm 2025", "74 tuổi", "1 bộ âm thanh", "từ ngày 1 đến 18/11/2025", "Lượt xem: 1.288"]))

PAGES.append(page("b3024-tuyenquang-traoqua-tet-2026", """
Báo Tuyên Quang điện tử
Xã hội > An sinh xã hội
Cập nhật: 14:10, 26/01/2026 (GMT+7)
Ảnh: Ông Vàng Seo Dìn trao quà Tết cho người dân xã Sơn Vĩ.
Mang Tết ấm đến với đồng bào vùng cao Mèo Vạc
Ngày 24/1, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do ông Vàng Seo Dìn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, tặng quà Tết Bính Ngọ 2026 cho hộ nghèo, người có uy tín tại xã Mèo Vạc và xã Sơn Vĩ - hai xã biên giới thuộc tỉnh Hà Giang (cũ).
Tại hai xã, đoàn đã trao 400 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt, 10 kg gạo và chăn ấm; tổng trị giá hơn 500 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm hỗ trợ. Đoàn cũng trao 3 căn nhà Đại đoàn kết, mỗi căn 80 triệu đồng, cho các hộ người Mông ở thôn Sủng Pờ.
Ông Sùng Mí Chơ, Chủ tịch UBND xã Sơn Vĩ, cho biết năm 2025, bà con trong xã đã hiến hơn 6.000 m2 đất, góp khoảng 2.000 ngày công mở rộng 4,5 km đường lên thôn; xã đã xóa xong 118 căn nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát". Tuy vậy, tỷ lệ hộ nghèo của xã vẫn còn 31,4%.
Ông Giàng Mí Súa, người có uy tín thôn Sủng Pờ, nói: "Năm nay đường bê tông lên tận thôn, bà con mang ngô, mang bò xuống chợ dễ hơn. Tết này nhà nào cũng có quà của Đảng, Nhà nước, Mặt trận".
Thay mặt đoàn, ông Vàng Seo Dìn chúc bà con đón Tết vui tươi, an toàn, không nghe kẻ xấu xúi giục xuất cảnh trái phép; đề nghị chính quyền xã thực hiện tốt Nghị quyết số 66/NQ-CP của Chính phủ và Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động, chăm lo Tết cho người nghèo, bảo đảm "không ai không có Tết".
Những ngày giáp Tết, trời rét đậm, rét hại kéo dài, sương muối phủ trắng nhiều thôn vùng cao. Cán bộ Mặt trận xã đã đến từng nhà để rà soát danh sách, ưu tiên người già neo đơn, trẻ em mồ côi, hộ có người khuyết tật, bảo đảm quà đến đúng người, không để sót hộ nào. Nhiều thôn còn tổ chức cho thanh niên giúp các hộ nghèo gia cố mái nhà, chằng chống trước đợt rét.
Cùng ngày, bà Hầu Thị Dở, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng một đoàn công tác khác trao 200 suất quà cho hộ nghèo ở xã Minh Quang, mỗi suất 700.000 đồng.
Theo Ủy ban MTTQ tỉnh, dịp Tết Bính Ngọ năm 2026, Mặt trận các cấp trong tỉnh dự kiến trao hơn 42.000 suất quà với tổng trị giá khoảng 31 tỷ đồng cho hộ nghèo, gia đình chính sách, người có uy tín trên địa bàn 124 xã, phường.
Giang Lam
Lượt đọc: 2.077
Tin liên quan
- Hàm Yên: Trao 120 suất quà Tết cho hộ nghèo (22/01/2026)
- Xã Đồng Văn: Ngày hội Đại đoàn kết gắn với khánh thành nhà văn hóa thôn (18/11/2025)
- Tổng kết công tác Mặt trận năm 2025 (15/01/2026)
- Tuyên Quang hoàn thành xóa nhà tạm trên toàn tỉnh (28/08/2025)
- Xã Yên Minh: Người dân hiến đất mở đường lên thôn (04/12/2025)
""", "2026-01-26", "Mang Tết ấm đến với đồng bào vùng cao Mèo Vạc",
E("trao_qua", None, "2026-01-24"),
[P("Vàng Seo Dìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Chơ", "Chủ tịch UBND xã Sơn Vĩ"),
 P("Giàng Mí Súa", "người có uy tín thôn Sủng Pờ"),
 P("Hầu Thị Dở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("400 suất quà", 400, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 500 triệu đồng", 500000000, "đồng", "over"), Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("hơn 6.000 m2", 6000, "m2", "over"), Q("khoảng 2.000 ngày công", 2000, "ngày công", "approx"), Q("4,5 km", 4.5, "km"),
 Q("118 căn nhà tạm, nhà dột nát", 118, "căn nhà tạm, nhà dột nát"), Q("31,4%", 31.4, "%"), Q("200 suất quà", 200, "suất quà"),
 Q("700.000 đồng", 700000, "đồng"), Q("hơn 42.000 suất quà", 42000, "suất quà", "over"), Q("khoảng 31 tỷ đồng", 31000000000, "đồng", "approx"),
 Q("124 xã, phường", 124, "xã, phường")],
[D("Nghị quyết", "66", "NQ-CP", None, "Chính phủ", "Nghị quyết số 66/NQ-CP"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2026")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Minh Quang")],
["Báo Tuyên Quang điện tử", "Xã hội > An sinh xã hội", "Ảnh: Ông Vàng Seo Dìn trao quà Tết cho người dân xã Sơn Vĩ.",
 "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "không ai không có Tết", "Lượt đọc: 2.077"],
["Cập nhật: 14:10, 26/01/2026 (GMT+7)", "Bính Ngọ 2026", "hai xã", "năm 2025", "Tết Bính Ngọ năm 2026", "Lượt đọc: 2.077"]))

PAGES.append(page("b3025-dongnai-tongket-2025", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai
You are here: Trang chủ » Tin tức » Hoạt động Mặt trận tỉnh
15/01/2026 - 16:45
Ảnh: Đồng chí Điểu Thị Hà phát biểu tại hội nghị.
Mặt trận tỉnh Đồng Nai triển khai nhiệm vụ năm 2026
Ngày 14/1/2026, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là năm đầu tiên Mặt trận tỉnh hoạt động theo mô hình mới sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước. Đồng chí Điểu Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2025, cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai ở 95 xã, phường. Nhân dân trong tỉnh đã hiến hơn 63 ha đất, đóng góp khoảng 415 tỷ đồng để làm đường, thắp sáng đường quê, xây nhà văn hóa ấp, khu phố. Mặt trận các cấp đã vận động xây dựng, sửa chữa 2.846 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, trong đó 1.312 căn ở khu vực Bình Phước (cũ), nơi có đông đồng bào S'tiêng, M'nông.
Đồng chí Điểu Thị Hà cho biết, Ban Thường trực Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 14, 15-KL/TU về công tác dân tộc và về xây dựng khu dân cư văn minh; phối hợp UBND tỉnh ban hành Quy chế phối hợp số 03/QCPH-UBND-MTTQ ngày 02/9/2025. Mặt trận đã tổ chức 14 cuộc giám sát, 6 hội nghị phản biện xã hội; tiếp nhận 1.260 ý kiến, kiến nghị cử tri.
Tại hội nghị, các đồng chí: Lâm Văn Thái, Điểu Brơi - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày dự thảo chương trình phối hợp năm 2026. Bà Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, chia sẻ kinh nghiệm vận động đồng bào S'tiêng ở sóc Bom Bo hiến 1,6 ha đất làm đường, đưa 37 hộ ra khỏi diện nghèo. Ông Nguyễn Văn Hưng, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, báo cáo mô hình "Khu phố không rác thải nhựa" ở 12 khu phố.
Phát biểu chỉ đạo, đồng chí Vũ Hồng Văn, Phó Bí thư Tỉnh ủy, đánh giá cao vai trò của Mặt trận trong thời gian sắp xếp bộ máy; đề nghị năm 2026 tập trung tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, thực hiện tốt Luật Mặt trận Tổ quốc Việt Nam (sửa đổi).
Hội nghị đã khen thưởng 26 tập thể và 40 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
Minh Hạnh
Lượt truy cập: 2.401.998
Tin cùng chuyên mục
- Xã Lộc Ninh: Trao 30 căn nhà Đại đoàn kết trước Tết (10/01/2026)
- Đồng Nai hoàn thành chương trình xóa nhà tạm, nhà dột nát (28/12/2025)
- Ngày hội Đại đoàn kết ở khu phố 5, phường Biên Hòa (17/11/2025)
- Phường Bình Phước: Nhân dân hiến đất mở rộng hẻm (05/11/2025)
""", "2026-01-15", "Mặt trận tỉnh Đồng Nai triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Brơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Nguyễn Văn Hưng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên"),
 P("Vũ Hồng Văn", "Phó Bí thư Tỉnh ủy")],
[Q("95 xã, phường", 95, "xã, phường"), Q("hơn 63 ha", 63, "ha", "over"), Q("khoảng 415 tỷ đồng", 415000000000, "đồng", "approx"),
 Q("2.846 căn nhà", 2846, "căn nhà"), Q("1.312 căn", 1312, "căn"), Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"), Q("1.260 ý kiến, kiến nghị cử tri", 1260, "ý kiến, kiến nghị cử tri"),
 Q("1,6 ha", 1.6, "ha"), Q("37 hộ", 37, "hộ"), Q("12 khu phố", 12, "khu phố"), Q("26 tập thể", 26, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Quy chế phối hợp", "03", "QCPH-UBND-MTTQ", "2025-09-02", None, "Quy chế phối hợp số 03/QCPH-UBND-MTTQ ngày 02/9/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "You are here: Trang chủ » Tin tức » Hoạt động Mặt trận tỉnh",
 "Ảnh: Đồng chí Điểu Thị Hà phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Khu phố không rác thải nhựa", "Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)", "sóc Bom Bo", "Lượt truy cập: 2.401.998"],
["15/01/2026 - 16:45", "năm 2026", "năm 2025", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 2.401.998"]))

PAGES.append(page("b3026-angiang-hoinghi-cvd-2026", """
BÁO AN GIANG ĐIỆN TỬ
Chính trị :: Mặt trận :: Tin tức
Thứ Tư, 04/03/2026
Hôm nay: Thứ Bảy, 07/03/2026
Triển khai cuộc vận động xây dựng nông thôn mới, đô thị văn minh giai đoạn mới
Ngày 3/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026 và giai đoạn 2026 - 2030. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 102 xã, phường, đặc khu với hơn 1.500 đại biểu tham dự.
Đồng chí Chau Sóc Khonl phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Nguyễn Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Chau Sóc Khonl, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo.
Theo đánh giá, giai đoạn 2021 - 2025, nhân dân hai tỉnh An Giang và Kiên Giang (trước hợp nhất) đã đóng góp hơn 1.240 tỷ đồng, hiến trên 180 ha đất; xây dựng hơn 700 cây cầu nông thôn, gần 2.100 km đường giao thông. Đến cuối năm 2025, toàn tỉnh có 168 xã (cũ) đạt chuẩn nông thôn mới, 62 xã đạt chuẩn nâng cao và 21 xã đạt chuẩn kiểu mẫu; tỷ lệ hộ nghèo giảm còn 1,19%.
Giai đoạn mới, cuộc vận động thực hiện theo Nghị quyết số 09/NQ-MTTW-ĐCT ngày 20/1/2026 của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 08-KH/TU của Tỉnh ủy. Tỉnh đặt mục tiêu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới, 50% xã đạt chuẩn nông thôn mới nâng cao, 95% khu dân cư đạt chuẩn văn hóa.
Tham luận tại hội nghị, bà Néang Sa Phia, Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn, cho biết đồng bào Khmer trong xã đã hiến 5,2 ha đất trong 5 năm qua; các chùa Phật giáo Nam tông Khmer vận động được 1,3 tỷ đồng xây cầu, lộ nông thôn. Ông Haji Ly Sa Ly, người có uy tín trong đồng bào Chăm xã Châu Phong, chia sẻ cách vận động bà con Chăm giữ gìn vệ sinh môi trường ở các tiểu thánh đường. Đại đức Danh Sóc, trụ trì chùa Láng Cát, phường Rạch Giá, đề nghị quan tâm hỗ trợ lớp học chữ Khmer hè.
Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Nhàn yêu cầu Mặt trận các cấp xây dựng kế hoạch cụ thể, mỗi khu dân cư đăng ký ít nhất 1 công trình, phần việc; tăng cường giám sát việc huy động nguồn lực trong nhân dân, bảo đảm công khai, dân chủ.
Dịp này, Ủy ban MTTQ tỉnh phát động ủng hộ Quỹ "Vì người nghèo" năm 2026; các doanh nghiệp đã đăng ký ủng hộ 18,5 tỷ đồng.
Thanh Tiến
Lượt xem: 1.733
Tin liên quan
- Đặc khu Phú Quốc: Ngày hội Đại đoàn kết ở khu phố 7 (18/11/2025)
- Xã Thoại Sơn trao 25 căn nhà Đại đoàn kết (10/02/2026)
- Tổng kết công tác Mặt trận tỉnh năm 2025 (09/01/2026)
""", "2026-03-04", "Triển khai cuộc vận động xây dựng nông thôn mới, đô thị văn minh giai đoạn mới",
E("hoi_nghi", "2026", "2026-03-03"),
[P("Nguyễn Thanh Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Khonl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Néang Sa Phia", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn"),
 P("Haji Ly Sa Ly", "người có uy tín trong đồng bào Chăm xã Châu Phong"),
 P("Danh Sóc", "Đại đức", "trụ trì chùa Láng Cát")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("hơn 1.500 đại biểu", 1500, "đại biểu", "over"),
 Q("hơn 1.240 tỷ đồng", 1240000000000, "đồng", "over"), Q("trên 180 ha", 180, "ha", "over"), Q("hơn 700 cây cầu nông thôn", 700, "cây cầu nông thôn", "over"),
 Q("gần 2.100 km", 2100, "km", "approx"), Q("168 xã", 168, "xã"), Q("62 xã", 62, "xã"), Q("21 xã", 21, "xã"), Q("1,19%", 1.19, "%"),
 Q("100% xã", 100, "%"), Q("50% xã", 50, "%"), Q("95% khu dân cư", 95, "%"), Q("5,2 ha", 5.2, "ha"), Q("1,3 tỷ đồng", 1300000000, "đồng"),
 Q("18,5 tỷ đồng", 18500000000, "đồng")],
[D("Nghị quyết", "09", "NQ-MTTW-ĐCT", "2026-01-20", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết số 09/NQ-MTTW-ĐCT ngày 20/1/2026"),
 D("Kế hoạch", "08", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 08-KH/TU")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Châu Phong"), com("Rạch Giá")],
["BÁO AN GIANG ĐIỆN TỬ", "Chính trị :: Mặt trận :: Tin tức", "Hôm nay: Thứ Bảy, 07/03/2026", "Đồng chí Chau Sóc Khonl phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "chùa Láng Cát", "Lượt xem: 1.733"],
["Thứ Tư, 04/03/2026", "năm 2026", "giai đoạn 2026 - 2030", "giai đoạn 2021 - 2025", "cuối năm 2025", "năm 2030", "5 năm qua", "ít nhất 1 công trình", "Lượt xem: 1.733"]))

PAGES.append(page("b3027-thanhhoa-guongsang-hiendat-2013", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Trang chủ > Xã hội > Gương sáng
21/06/2013 | 09:12
Ông Bùi Văn Thơm bên con đường bê tông mà gia đình ông góp đất.
Người cựu chiến binh hiến đất mở đường ở bản Mường
Ở xã Thành Lâm (huyện Bá Thước), nhắc đến ông Bùi Văn Thơm, người dân tộc Mường, bà con trong bản Đồng Tâm ai cũng quý mến. Năm 2012, khi xã phát động làm đường giao thông nông thôn, ông Thơm, Chi hội trưởng Chi hội Cựu chiến binh bản Đồng Tâm, là người đầu tiên tự nguyện hiến 850 m2 đất vườn, chặt bỏ 120 cây luồng để mở đường.
Năm nay đã 68 tuổi, ông Thơm kể: "Trước đây đường vào bản chỉ rộng hơn 1 m, mùa mưa trơn trượt, luồng, keo khai thác xong không chở ra được. Mình là đảng viên, là cựu chiến binh, mình không làm trước thì ai làm". Thấy ông làm, 34 hộ khác trong bản cùng hiến đất, tổng cộng hơn 4.600 m2; bà con góp thêm 1.100 ngày công và khoảng 180 triệu đồng, cùng với xi măng được hỗ trợ theo Quyết định số 1210/2012/QĐ-UBND của UBND tỉnh, làm xong 2,4 km đường bê tông rộng 3,5 m.
Không chỉ hiến đất, ông Thơm còn vận động các hộ trong bản bỏ tục mời rượu kéo dài trong đám cưới, đám tang, thực hiện tốt Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy về cưới, tang văn minh. Bản Đồng Tâm có 156 hộ thì 141 hộ đạt gia đình văn hóa; năm 2012 bản được công nhận là bản văn hóa cấp huyện.
Bà Hà Thị Nhạn, Chủ tịch Ủy ban MTTQ xã Thành Lâm, cho biết: từ tấm gương ông Thơm, xã đã nhân rộng cách làm "cán bộ, đảng viên đi trước", đến nay cả xã có 287 hộ hiến hơn 1,3 ha đất. Xã đặt mục tiêu đạt 12/19 tiêu chí nông thôn mới vào cuối năm 2013, theo Nghị quyết số 04-NQ/ĐU của Đảng ủy xã.
Ông Phạm Bá Lộc, Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước, nhận xét: cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" ở vùng cao chỉ thành công khi có những người như ông Thơm - nói ít, làm nhiều, được bà con tin. Năm 2012, ông Thơm được Ủy ban MTTQ tỉnh Thanh Hóa tặng bằng khen.
Con đường mới giờ đã có xe tải vào tận bản thu mua luồng, keo; nhiều gia đình làm thêm nghề đan lát, mở quán tạp hóa. Hỏi ông có tiếc mảnh vườn không, ông cười: "Đất còn thì còn làm ăn, đường có thì con cháu mới đi xa được".
Buổi chiều, trẻ em trong bản đạp xe đến trường trên con đường bê tông phẳng phiu mà ngày trước chỉ là lối mòn.
Lê Hà
Lượt xem: 958
Tin cùng chuyên mục
- Nông Cống: Người phụ nữ vận động cả thôn hiến đất (14/06/2013)
- Cẩm Thủy: Già làng hiến đất xây trường học (07/06/2013)
- Như Xuân: Tấm gương người có uy tín bản Thái (30/05/2013)
- Ngọc Lặc: Chàng trai Mường làm giàu từ rừng luồng (23/05/2013)
- Quan Hóa: Bản Thái ra mắt tổ hòa giải tự quản (16/05/2013)
- Lang Chánh: Hội nghị đối thoại về xây dựng nông thôn mới (09/05/2013)
""", "2013-06-21", "Người cựu chiến binh hiến đất mở đường ở bản Mường",
E("khac", None, None),
[P("Bùi Văn Thơm", "Chi hội trưởng Chi hội Cựu chiến binh bản Đồng Tâm"),
 P("Hà Thị Nhạn", "Chủ tịch Ủy ban MTTQ xã Thành Lâm"),
 P("Phạm Bá Lộc", "Phó Chủ tịch Ủy ban MTTQ huyện Bá Thước")],
[Q("850 m2", 850, "m2"), Q("120 cây luồng", 120, "cây luồng"), Q("hơn 1 m", 1, "m", "over"), Q("34 hộ", 34, "hộ"),
 Q("hơn 4.600 m2", 4600, "m2", "over"), Q("1.100 ngày công", 1100, "ngày công"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("2,4 km", 2.4, "km"), Q("3,5 m", 3.5, "m"), Q("156 hộ", 156, "hộ"), Q("141 hộ", 141, "hộ"), Q("287 hộ", 287, "hộ"),
 Q("hơn 1,3 ha", 1.3, "ha", "over"), Q("12/19 tiêu chí", 12, "tiêu chí nông thôn mới")],
[D("Quyết định", "1210", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1210/2012/QĐ-UBND"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU")],
[prov("Thanh Hóa"), com("Thành Lâm")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Trang chủ > Xã hội > Gương sáng",
 "Ông Bùi Văn Thơm bên con đường bê tông mà gia đình ông góp đất.", "cán bộ, đảng viên đi trước",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đồng Tâm", "Lượt xem: 958"],
["21/06/2013 | 09:12", "Năm 2012", "68 tuổi", "cuối năm 2013", "Lượt xem: 958"]))

PAGES.append(page("b3028-quangngai-giaoban-q1-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận
Ngày đăng 09/04/2026 | 07:50
Bạn đang ở: Tin hoạt động
Quang cảnh giao ban quý I tại điểm cầu tỉnh.
Quảng Ngãi: Quý I, nhân dân hiến hơn 7,8 ha đất xây dựng nông thôn mới
Chiều 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi tổ chức giao ban công tác Mặt trận quý I/2026 bằng hình thức trực tuyến với 96 xã, phường, đặc khu. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo cho thấy, trong quý I, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ngày 15/3/2026 với tỷ lệ cử tri đi bầu đạt 99,6%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai; nhân dân hiến hơn 7,8 ha đất, đóng góp khoảng 26 tỷ đồng làm đường giao thông và 11 nhà văn hóa thôn. Ở khu vực Kon Tum (cũ), đồng bào Xơ Đăng, Ba Na, Gia Rai đã góp gần 9.000 ngày công làm đường vào khu sản xuất.
Tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: A Pỏ, Y Thị Bích Thọ, Đinh Thị Lúy lần lượt trình bày nhiệm vụ trọng tâm quý II. Ông A Hùng, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô Kan, cho biết xã có 26 hộ hiến 3.500 m2 đất làm đường, nhưng còn 19 hộ chưa đồng thuận do vướng đất sản xuất. Bà Đinh Thị Hương, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Tơ, kiến nghị sớm có hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn mới sáp nhập.
Kết luận giao ban, đồng chí Y Ngọc đề nghị quý II tập trung thực hiện Kế hoạch số 22/KH-MTTQ-BTT ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ tỉnh về triển khai cuộc vận động giai đoạn 2026 - 2030; thực hiện Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới gắn với phát triển du lịch cộng đồng; chuẩn bị tổng kết 10 năm thực hiện cuộc vận động. Đồng chí nhấn mạnh, việc vận động hiến đất phải trên tinh thần tự nguyện, không gò ép; các khoản đóng góp phải công khai tại nhà rông, nhà văn hóa thôn.
Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh trao hỗ trợ 8 căn nhà Đại đoàn kết cho hộ nghèo ở xã Đăk Tô Kan, mỗi căn 60 triệu đồng.
Theo kế hoạch, trong quý II, tỉnh chọn 6 khu dân cư làm điểm Ngày hội Đại đoàn kết gắn với mừng công trình do dân góp công, góp của.
Như Đồng
Lượt xem: 604
Tin liên quan
- Xã Sa Thầy: Đối thoại với nhân dân về thu hồi đất (02/04/2026)
- Phường Cẩm Thành ra mắt mô hình "Phố đi bộ văn minh" (27/03/2026)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo vùng biên giới (20/03/2026)
""", "2026-04-09", "Quảng Ngãi: Quý I, nhân dân hiến hơn 7,8 ha đất xây dựng nông thôn mới",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pỏ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Bích Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Lúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô Kan"),
 P("Đinh Thị Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Tơ")],
[Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"), Q("99,6%", 99.6, "%"), Q("hơn 7,8 ha", 7.8, "ha", "over"),
 Q("khoảng 26 tỷ đồng", 26000000000, "đồng", "approx"), Q("11 nhà văn hóa thôn", 11, "nhà văn hóa thôn"),
 Q("gần 9.000 ngày công", 9000, "ngày công", "approx"), Q("26 hộ", 26, "hộ"), Q("3.500 m2", 3500, "m2"), Q("19 hộ", 19, "hộ"),
 Q("8 căn nhà Đại đoàn kết", 8, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("6 khu dân cư", 6, "khu dân cư")],
[D("Kế hoạch", "22", "KH-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 22/KH-MTTQ-BTT ngày 02/3/2026"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô Kan"), com("Ba Tơ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận", "Bạn đang ở: Tin hoạt động",
 "Quang cảnh giao ban quý I tại điểm cầu tỉnh.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 604"],
["Ngày đăng 09/04/2026 | 07:50", "quý I/2026", "khóa XVI", "ngày 15/3/2026", "quý II", "giai đoạn 2026 - 2030", "10 năm", "Lượt xem: 604"]))
