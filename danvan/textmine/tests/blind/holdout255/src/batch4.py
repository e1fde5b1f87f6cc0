from lib import *
PAGES = []

PAGES.append(page("b6095-tuyenquang-xa-traoqua-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG
Trang chủ > Tin tức > Hoạt động của xã
Thứ Hai, 28/07/2025 - 07:50
Đồng chí Vàng Mí Chá trao quà cho thân nhân liệt sĩ.
Xã Yên Minh trao 215 suất quà và bàn giao 3 nhà tình nghĩa dịp 27/7
Ngày 26/7/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Yên Minh, tỉnh Tuyên Quang tổ chức thăm, tặng quà người có công và bàn giao nhà tình nghĩa nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025). Đây là hoạt động tri ân đầu tiên của xã sau khi sắp xếp đơn vị hành chính, hợp nhất từ thị trấn Yên Minh và các xã Đông Minh, Hữu Vinh cũ.
Tham dự có các đồng chí: Vàng Mí Chá, Bí thư Đảng ủy, Chủ tịch HĐND xã; Hoàng Văn Tỉnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Lý Thị Dua, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã; Giàng Thị Say, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo Kế hoạch số 12-KH/ĐU ngày 10/7/2025 của Đảng ủy xã, dịp này xã trao 215 suất quà cho thương binh, bệnh binh, thân nhân liệt sĩ, người hoạt động kháng chiến, mỗi suất trị giá 500.000 đồng, tổng trị giá 107,5 triệu đồng. Trong đó, 186 suất quà của Chủ tịch nước theo Quyết định số 1250/QĐ-CTN, còn lại do các doanh nghiệp, nhà hảo tâm ủng hộ.
Xã cũng bàn giao 3 căn nhà tình nghĩa cho gia đình các ông, bà: Sùng Mí Dế, thương binh 3/4; Ly Thị Mỷ, vợ liệt sĩ; Hầu Seo Phìn, con liệt sĩ. Mỗi căn có diện tích từ 50 m2 trở lên, được hỗ trợ 60 triệu đồng từ nguồn Quỹ "Đền ơn đáp nghĩa" tỉnh theo Nghị quyết số 07/2025/NQ-HĐND của HĐND tỉnh Tuyên Quang, cùng khoảng 300 ngày công của dòng họ, đoàn viên thanh niên và bộ đội Đồn Biên phòng.
Phát biểu tại buổi lễ, đồng chí Vàng Mí Chá cho biết, xã hiện có 642 người có công và thân nhân đang hưởng chế độ, trong đó hơn 70% là đồng bào Mông, Dao; 98,5% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức trung bình của người dân nơi cư trú. Đồng chí đề nghị các thôn tiếp tục thực hiện tốt Chỉ thị số 14-CT/TW của Ban Bí thư và Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy, không để người có công nào thiếu nhà ở, thiếu ăn.
Ông Sùng Mí Dế xúc động: "Được Đảng, Nhà nước và bà con làm cho căn nhà mới, tôi không còn lo mưa dột nữa". Bà Ly Thị Mỷ cho biết chồng bà hy sinh năm 1984 trên mặt trận Vị Xuyên, nhiều năm nay bà sống trong căn nhà gỗ tạm đã mục.
Cùng ngày, Đoàn Thanh niên xã tổ chức lễ thắp nến tri ân tại Nghĩa trang liệt sĩ Yên Minh với 450 đoàn viên, thanh niên tham gia.
Văn phòng Đảng ủy xã
Tin khác
- Xã Yên Minh ra mắt bộ máy mới (01/07/2025)
- Tuyên Quang: 124 xã, phường đi vào hoạt động (01/07/2025)
""", "2025-07-28", "Xã Yên Minh trao 215 suất quà và bàn giao 3 nhà tình nghĩa dịp 27/7",
E("trao_qua", None, "2025-07-26"),
[P("Vàng Mí Chá", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hoàng Văn Tỉnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Thị Dua", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Giàng Thị Say", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Mí Dế", "thương binh 3/4"),
 P("Ly Thị Mỷ", "vợ liệt sĩ"),
 P("Hầu Seo Phìn", "con liệt sĩ")],
[Q("215 suất quà", 215, "suất quà"), Q("3 nhà tình nghĩa", 3, "nhà tình nghĩa"), Q("500.000 đồng", 500000, "đồng"),
 Q("107,5 triệu đồng", 107500000, "đồng"), Q("186 suất quà", 186, "suất quà"), Q("từ 50 m2 trở lên", 50, "m2", "over"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("khoảng 300 ngày công", 300, "ngày công", "approx"), Q("642 người có công và thân nhân", 642, "người có công và thân nhân"),
 Q("hơn 70%", 70, "%", "over"), Q("98,5%", 98.5, "%"), Q("450 đoàn viên, thanh niên", 450, "đoàn viên, thanh niên")],
[D("Kế hoạch", "12", "KH/ĐU", "2025-07-10", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 10/7/2025"),
 D("Quyết định", "1250", "QĐ-CTN", None, None, "Quyết định số 1250/QĐ-CTN"),
 D("Nghị quyết", "07", "2025/NQ-HĐND", None, "HĐND tỉnh Tuyên Quang", "Nghị quyết số 07/2025/NQ-HĐND"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 14-CT/TW"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU")],
[prov("Tuyên Quang"), com("Yên Minh"), com("Đông Minh"), com("Hữu Vinh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức > Hoạt động của xã",
 "Đồng chí Vàng Mí Chá trao quà cho thân nhân liệt sĩ.", "Đền ơn đáp nghĩa", "Đồn Biên phòng", "Nghĩa trang liệt sĩ Yên Minh", "Văn phòng Đảng ủy xã"],
["Thứ Hai, 28/07/2025 - 07:50", "27/7", "78 năm", "27/7/1947 - 27/7/2025", "thương binh 3/4"]))

PAGES.append(page("b6096-vinhlong-mttq-soket-2025", """
Báo Vĩnh Long điện tử
Thời sự | Chính trị | Mặt trận
17/07/2025 - 10:05
Mặt trận tỉnh Vĩnh Long sơ kết 6 tháng: Chăm lo hơn 48.000 người có công
Ngày 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ủy ban MTTQ Việt Nam tỉnh sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Nguyễn Thị Minh Trang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Nguyễn Thị Minh Trang phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm 2025, các cấp Mặt trận của 3 tỉnh (cũ) đã vận động Quỹ "Đền ơn đáp nghĩa" được hơn 21,6 tỷ đồng; xây mới 214 căn nhà tình nghĩa, sửa chữa 98 căn, chung tay hoàn thành xóa nhà tạm, nhà dột nát cho người có công theo Nghị quyết số 57-NQ/TU ngày 20/02/2025 và Kế hoạch 118, 119-KH/MTTQ-BTT. Dịp Tết Nguyên đán Ất Tỵ, toàn tỉnh tặng 48.620 suất quà cho người có công với tổng trị giá khoảng 24,3 tỷ đồng.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sô Phia, Trần Văn Nhựt, Huỳnh Thanh Tâm lần lượt báo cáo kết quả thực hiện Quy chế phối hợp số 02/QCPH-MTTQ-LĐTBXH và Quyết định 217-QĐ/TW về giám sát việc thực hiện chính sách người có công. Qua giám sát 36 cuộc, Mặt trận các cấp đã kiến nghị điều chỉnh chế độ cho 19 trường hợp.
Tại hội nghị, ông Kim Sa Ra, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Đức, cho biết nhiều hộ người có công là đồng bào Khmer đã được hỗ trợ nhà ở; bà Võ Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Mỹ Trung, đề nghị thống nhất mức hỗ trợ xây nhà tình nghĩa giữa các địa phương sau hợp nhất, hiện còn chênh lệch từ 50 đến 80 triệu đồng/căn.
Phát biểu kết luận, đồng chí Nguyễn Thị Minh Trang đề nghị 6 tháng cuối năm 2025, các cấp Mặt trận tổ chức tốt các hoạt động kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ; kiện toàn Ban vận động Quỹ "Đền ơn đáp nghĩa" ở 124 xã, phường; thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Quy định 304-QĐ/TW; bảo đảm 100% người có công được chăm lo chu đáo.
Hội nghị cũng thẳng thắn chỉ ra những hạn chế: việc bàn giao hồ sơ, sổ sách Quỹ giữa các địa phương cũ còn chậm; một số xã, phường mới chưa kiện toàn xong bộ phận theo dõi chính sách; công tác nắm tình hình người có công ở các ấp, khóm xa trung tâm còn gặp khó khăn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 16 tập thể, 21 cá nhân tiêu biểu trong vận động Quỹ.
Hồng Phúc
Tin liên quan
- Vĩnh Long: Ra mắt Ủy ban MTTQ Việt Nam tỉnh (01/07/2025)
- Trà Vinh (cũ) bàn giao 60 căn nhà tình nghĩa cho đồng bào Khmer (25/06/2025)
- Bến Tre (cũ) hoàn thành xóa nhà tạm cho hộ người có công (18/06/2025)
""", "2025-07-17", "Mặt trận tỉnh Vĩnh Long sơ kết 6 tháng: Chăm lo hơn 48.000 người có công",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Nguyễn Thị Minh Trang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Nhựt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sa Ra", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Đức"),
 P("Võ Thị Ngọc Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Mỹ Trung")],
[Q("hơn 48.000 người có công", 48000, "người có công", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("214 căn nhà tình nghĩa", 214, "căn nhà tình nghĩa"), Q("sửa chữa 98 căn", 98, "căn"), Q("48.620 suất quà", 48620, "suất quà"),
 Q("khoảng 24,3 tỷ đồng", 24300000000, "đồng", "approx"), Q("36 cuộc", 36, "cuộc"), Q("19 trường hợp", 19, "trường hợp"),
 Q("50", 50000000, "đồng"), Q("80 triệu đồng/căn", 80000000, "đồng"), Q("124 xã, phường", 124, "xã, phường"), Q("100%", 100, "%"),
 Q("16 tập thể", 16, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu")],
[D("Nghị quyết", "57", "NQ/TU", "2025-02-20", None, "Nghị quyết số 57-NQ/TU ngày 20/02/2025"),
 D("Kế hoạch", "118", "KH/MTTQ-BTT", None, None, "Kế hoạch 118, 119-KH/MTTQ-BTT"),
 D("Kế hoạch", "119", "KH/MTTQ-BTT", None, None, "Kế hoạch 118, 119-KH/MTTQ-BTT"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-LĐTBXH", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-LĐTBXH"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, None, "Quy định 304-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Phước Mỹ Trung")],
["Báo Vĩnh Long điện tử", "Thời sự | Chính trị | Mặt trận", "Đồng chí Nguyễn Thị Minh Trang phát biểu kết luận hội nghị.", "Đền ơn đáp nghĩa"],
["17/07/2025 - 10:05", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "Tết Nguyên đán Ất Tỵ", "78 năm"]))

PAGES.append(page("b6097-lamdong-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ » Tin tức » Dân vận
Hôm nay: Thứ Hai, 06/04/2026
Ngày đăng 03/04/2026 | 16:20
Ảnh: Quang cảnh giao ban.
Khối dân vận tỉnh triển khai đợt cao điểm chăm lo nhà ở cho người có công
Ngày 02/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026. Đồng chí Ka Sô Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Hội nghị được kết nối trực tuyến đến 124 điểm cầu xã, phường, đặc khu.
Theo báo cáo, quý I/2026, khối dân vận đã phối hợp tổ chức thăm, tặng 31.450 suất quà Tết cho người có công với tổng trị giá hơn 15,7 tỷ đồng; vận động Quỹ "Đền ơn đáp nghĩa" được 5,2 tỷ đồng. Toàn tỉnh còn 162 hộ người có công có nhà ở xuống cấp, tập trung ở các xã vùng đồng bào Mnông, K'Ho, Chăm, Raglai. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU ngày 12/02/2026 về đợt cao điểm xây dựng, sửa chữa nhà ở cho người có công đến ngày 27/7/2026 và Hướng dẫn số 03-HD/BTGDVTU về thực hiện Quy chế dân chủ ở cơ sở trong công tác này.
Tại hội nghị, đồng chí Điểu K'Rông, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị các xã vùng cao lồng ghép nguồn lực theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Đồng chí Đàng Thị Mỹ Hương, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo kết quả khảo sát tại 18 xã. Ông Y Thoại Mlô, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Sơn, cho biết xã đã huy động gần 800 ngày công giúp 9 hộ thương binh người Mnông sửa nhà.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Bích Thủy, Bố Xuân Lộc, Lê Văn Hưng đã thông tin về việc triển khai Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận và đoàn thể sau sắp xếp. Bà Phạm Thị Thảo, Chủ tịch Ủy ban MTTQ Việt Nam phường Bảo Lộc 1, đề nghị có cơ chế hỗ trợ người có công ở đô thị thuê nhà.
Kết luận giao ban, đồng chí Ka Sô Hiền yêu cầu quý II năm 2026 các cấp hoàn thành ít nhất 120 căn nhà cho người có công; tổ chức giám sát việc hỗ trợ theo Quy định số 124-QĐ/TW; chuẩn bị tổ chức các hoạt động kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ. Đồng chí lưu ý việc tuyên truyền Nghị quyết Đại hội XIV của Đảng gắn với phong trào "Dân vận khéo" trong chăm lo người có công, kịp thời biểu dương những tấm gương tiêu biểu ở cơ sở.
Ngọc Ánh
Lượt truy cập: 3.512.640
Tin cùng chuyên mục
- Lâm Đồng: 150 xã, phường ra quân xây nhà cho người có công (28/03/2026)
- Gặp mặt người có uy tín vùng đồng bào Chăm (20/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 2 (02/03/2026)
""", "2026-04-03", "Khối dân vận tỉnh triển khai đợt cao điểm chăm lo nhà ở cho người có công",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Ka Sô Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Rông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hương", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thoại Mlô", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Sơn"),
 P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bố Xuân Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thảo", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bảo Lộc 1")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("31.450 suất quà", 31450, "suất quà"), Q("hơn 15,7 tỷ đồng", 15700000000, "đồng", "over"),
 Q("5,2 tỷ đồng", 5200000000, "đồng"), Q("162 hộ người có công", 162, "hộ người có công"), Q("18 xã", 18, "xã"),
 Q("gần 800 ngày công", 800, "ngày công", "approx"), Q("9 hộ thương binh", 9, "hộ thương binh"),
 Q("ít nhất 120 căn nhà", 120, "căn nhà", "over")],
[D("Kế hoạch", "45", "KH/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 12/02/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Bảo Lộc 1")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ » Tin tức » Dân vận", "Hôm nay: Thứ Hai, 06/04/2026", "Ảnh: Quang cảnh giao ban.",
 "Đền ơn đáp nghĩa", "Dân vận khéo", "Nghị quyết Đại hội XIV", "Lượt truy cập: 3.512.640"],
["Ngày đăng 03/04/2026 | 16:20", "quý I năm 2026", "quý I/2026", "27/7/2026", "quý II năm 2026", "79 năm", "Đại hội XIV", "Lượt truy cập: 3.512.640"]))

PAGES.append(page("b6098-dongnai-phuong-doithoai-2026", """
Báo Đồng Nai điện tử
Chính trị › Dân vận chính quyền
20/03/2026 - 10:05
Phường Đồng Xoài đối thoại với người có công về chính sách nhà ở
Sáng 19/3/2026, Đảng ủy, UBND phường Đồng Xoài, tỉnh Đồng Nai tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với người có công, thân nhân liệt sĩ và hội viên Hội CCB năm 2026. Đồng chí Trần Quốc Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường chủ trì; cùng dự có đồng chí Điểu Thị Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường và 180 đại biểu.
Đồng chí Trần Quốc Khánh phát biểu tại hội nghị đối thoại.
Hội nghị được tổ chức theo Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 28-KH/ĐU ngày 02/3/2026 của Ban Thường vụ Đảng ủy phường. Theo báo cáo, phường hiện có 1.126 người có công và thân nhân; năm 2025 đã chi trả trợ cấp khoảng 22,4 tỷ đồng, xây mới 11 nhà tình nghĩa, sửa chữa 6 căn; vận động Quỹ "Đền ơn đáp nghĩa" được 615 triệu đồng. Tuy nhiên, sau khi hợp nhất 3 phường cũ, còn 23 hồ sơ người có công chưa được chuyển đổi dữ liệu, 4 hộ đang ở nhà thuê.
Tại buổi đối thoại, có 15 ý kiến được nêu. Ông Nguyễn Văn Lực, thương binh 2/4, khu phố Phú Thanh, đề nghị sớm cấp lại thẻ bảo hiểm y tế cho người có công bị sai thông tin. Bà Thị Bưng, người S'tiêng, vợ liệt sĩ, khu phố Tiến Hưng 2, mong được hỗ trợ sửa căn nhà tình nghĩa xây từ năm 2008. Ông Lê Đình Tư, Chủ tịch Hội CCB phường, kiến nghị phường bố trí quỹ đất xây nhà cho 4 hộ nói trên. Một số ý kiến khác đề nghị công khai danh sách hộ được hỗ trợ tại nhà văn hóa khu phố.
Các ý kiến đã được đồng chí Điểu Thị Hạnh và các đồng chí Phó Chủ tịch UBND phường: Võ Minh Luân, Hoàng Thị Yến trả lời cụ thể. Phường cam kết trong quý II/2026 hoàn thành chuyển đổi 23 hồ sơ; hỗ trợ sửa nhà cho bà Thị Bưng với mức 40 triệu đồng từ Quỹ, theo Quyết định số 35/2025/QĐ-UBND của UBND tỉnh Đồng Nai.
Kết luận hội nghị, đồng chí Trần Quốc Khánh đề nghị các đoàn thể tiếp tục thực hiện Chỉ thị số 14-CT/TW của Ban Bí thư và Nghị quyết 05, 06-NQ/ĐU của Đảng ủy phường; giao Ủy ban MTTQ Việt Nam phường giám sát việc giải quyết các kiến nghị, báo cáo kết quả trước ngày 30/6/2026. Đồng chí khẳng định mỗi kiến nghị của người có công phải được trả lời bằng văn bản, không để kéo dài, tạo sự đồng thuận trong nhân dân. Trong năm 2026, phường phấn đấu không còn hộ người có công ở nhà thuê, nhà tạm.
Văn Giáp
Tin liên quan
- Đồng Nai: 95 xã, phường tổ chức đối thoại về người có công (15/03/2026)
- Phường Bình Phước trao 20 sổ tiết kiệm tình nghĩa (10/03/2026)
- Hội CCB tỉnh ra mắt sau hợp nhất (20/02/2026)
""", "2026-03-20", "Phường Đồng Xoài đối thoại với người có công về chính sách nhà ở",
E("doi_thoai", "2026", "2026-03-19"),
[P("Trần Quốc Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường"),
 P("Điểu Thị Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Văn Lực", "thương binh 2/4"),
 P("Thị Bưng", "vợ liệt sĩ"),
 P("Lê Đình Tư", "Chủ tịch Hội CCB phường"),
 P("Võ Minh Luân", "Phó Chủ tịch UBND phường"),
 P("Hoàng Thị Yến", "Phó Chủ tịch UBND phường")],
[Q("180 đại biểu", 180, "đại biểu"), Q("1.126 người có công và thân nhân", 1126, "người có công và thân nhân"),
 Q("khoảng 22,4 tỷ đồng", 22400000000, "đồng", "approx"), Q("11 nhà tình nghĩa", 11, "nhà tình nghĩa"), Q("sửa chữa 6 căn", 6, "căn"),
 Q("615 triệu đồng", 615000000, "đồng"), Q("3 phường cũ", 3, "phường"), Q("23 hồ sơ người có công", 23, "hồ sơ người có công"),
 Q("4 hộ", 4, "hộ"), Q("15 ý kiến", 15, "ý kiến"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Kế hoạch", "28", "KH/ĐU", "2026-03-02", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 28-KH/ĐU ngày 02/3/2026"),
 D("Quyết định", "35", "2025/QĐ-UBND", None, "UBND tỉnh Đồng Nai", "Quyết định số 35/2025/QĐ-UBND"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 14-CT/TW"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU")],
[prov("Đồng Nai"), com("Đồng Xoài")],
["Báo Đồng Nai điện tử", "Chính trị › Dân vận chính quyền", "Đồng chí Trần Quốc Khánh phát biểu tại hội nghị đối thoại.",
 "Luật Thực hiện dân chủ ở cơ sở", "Đền ơn đáp nghĩa", "Phú Thanh", "Tiến Hưng 2"],
["20/03/2026 - 10:05", "năm 2026", "năm 2025", "thương binh 2/4", "năm 2008", "quý II/2026"]))

PAGES.append(page("b6099-hue-ubnd-baocao-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Ba, 30/12/2025 - 14:10
Năm 2025: Huế hoàn thành hỗ trợ nhà ở cho 1.214 hộ người có công
UBND thành phố Huế vừa ban hành Báo cáo số 512/BC-UBND ngày 26/12/2025 về kết quả thực hiện chính sách ưu đãi người có công với cách mạng năm 2025 và nhiệm vụ năm 2026.
Theo báo cáo, toàn thành phố hiện có 58.320 người có công và thân nhân đang hưởng chế độ, trong đó 2.046 Mẹ Việt Nam anh hùng được phong tặng (còn 21 Mẹ còn sống). Năm 2025, thành phố chi trả trợ cấp ưu đãi khoảng 1.150 tỷ đồng; tặng 62.400 suất quà dịp Tết Nguyên đán và kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ với tổng trị giá trên 31 tỷ đồng.
Thực hiện Chỉ thị số 42-CT/TW ngày 08/11/2024 của Ban Bí thư và Kế hoạch 203, 204/KH-UBND của UBND thành phố, năm 2025 Huế đã hỗ trợ 1.214 hộ người có công, thân nhân liệt sĩ xây mới, sửa chữa nhà ở, gồm 587 hộ xây mới với mức 60 triệu đồng/hộ và 627 hộ sửa chữa với mức 30 triệu đồng/hộ. Ủy ban MTTQ Việt Nam các cấp vận động Quỹ "Đền ơn đáp nghĩa" được 12,8 tỷ đồng, xây 96 nhà tình nghĩa.
Từ ngày 01/3/2025, nhiệm vụ quản lý nhà nước về người có công được chuyển từ Sở Lao động - Thương binh và Xã hội sang Sở Nội vụ theo Nghị định số 25/2025/NĐ-CP của Chính phủ. Từ ngày 01/7/2025, khi tổ chức chính quyền địa phương 2 cấp, 40 phường, xã của thành phố đã tiếp nhận 100% hồ sơ người có công từ cấp huyện.
Báo cáo ghi nhận những cách làm hay: phường Phú Xuân với mô hình "Mỗi hội viên CCB kèm một gia đình chính sách" giúp 45 hộ; xã A Lưới 2 vận động đồng bào Tà Ôi, Cơ Tu đóng góp hơn 1.500 ngày công làm nhà cho 32 hộ người có công. Ông Hồ Văn Lai, Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2, và bà Kăn Thị Dung, Chủ tịch Hội LHPN xã, được đề nghị tặng bằng khen.
Bên cạnh đó, báo cáo chỉ ra còn 37 hộ người có công chưa được hỗ trợ do chưa có đất ở; khoảng 2.300 hồ sơ đề nghị xác nhận liệt sĩ, thương binh tồn đọng từ trước chưa giải quyết dứt điểm.
Năm 2026, thành phố đặt mục tiêu 100% hộ người có công có nhà ở kiên cố; giải quyết ít nhất 80% hồ sơ tồn đọng; thực hiện Nghị quyết số 18/2025/NQ-HĐND của HĐND thành phố về mức quà tặng người có công. Báo cáo do ông Nguyễn Văn Phương, Phó Chủ tịch UBND thành phố ký, gửi Bộ Nội vụ, Thường trực Thành ủy và Ủy ban MTTQ Việt Nam thành phố Huế.
Hải Yến
Lượt xem: 4.120
Tin khác
- Huế: Khánh thành nhà bia tưởng niệm liệt sĩ A Lưới (20/12/2025)
- Giám sát thực hiện chính sách người có công tại phường Thuận Hóa (05/12/2025)
- Huế trao 50 nhà tình nghĩa cho người có công (27/07/2025)
""", "2025-12-30", "Năm 2025: Huế hoàn thành hỗ trợ nhà ở cho 1.214 hộ người có công",
E("bao_cao", "2025", "2025-12-26"),
[P("Hồ Văn Lai", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2"),
 P("Kăn Thị Dung", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Phương", "Phó Chủ tịch UBND thành phố")],
[Q("1.214 hộ người có công", 1214, "hộ người có công"), Q("58.320 người có công và thân nhân", 58320, "người có công và thân nhân"),
 Q("2.046 Mẹ Việt Nam anh hùng", 2046, "Mẹ Việt Nam anh hùng"), Q("21 Mẹ", 21, "Mẹ"), Q("khoảng 1.150 tỷ đồng", 1150000000000, "đồng", "approx"),
 Q("62.400 suất quà", 62400, "suất quà"), Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"), Q("587 hộ", 587, "hộ"),
 Q("60 triệu đồng/hộ", 60000000, "đồng"), Q("627 hộ", 627, "hộ"), Q("30 triệu đồng/hộ", 30000000, "đồng"), Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("96 nhà tình nghĩa", 96, "nhà tình nghĩa"), Q("40 phường, xã", 40, "phường, xã"), Q("100% hồ sơ người có công", 100, "%"),
 Q("45 hộ", 45, "hộ"), Q("hơn 1.500 ngày công", 1500, "ngày công", "over"), Q("32 hộ người có công", 32, "hộ người có công"),
 Q("37 hộ người có công", 37, "hộ người có công"), Q("khoảng 2.300 hồ sơ", 2300, "hồ sơ", "approx"), Q("100% hộ", 100, "%"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Báo cáo", "512", "BC-UBND", "2025-12-26", "UBND thành phố Huế", "Báo cáo số 512/BC-UBND ngày 26/12/2025"),
 D("Chỉ thị", "42", "CT/TW", "2024-11-08", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 08/11/2024"),
 D("Kế hoạch", "203", "KH-UBND", None, "UBND thành phố", "Kế hoạch 203, 204/KH-UBND"),
 D("Kế hoạch", "204", "KH-UBND", None, "UBND thành phố", "Kế hoạch 203, 204/KH-UBND"),
 D("Nghị định", "25", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 25/2025/NĐ-CP"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 18/2025/NQ-HĐND")],
[prov("Huế"), com("Phú Xuân"), com("A Lưới 2")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ", "Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội", "Đền ơn đáp nghĩa",
 "Mỗi hội viên CCB kèm một gia đình chính sách", "Lượt xem: 4.120"],
["Thứ Ba, 30/12/2025 - 14:10", "Năm 2025", "năm 2026", "78 năm", "2 cấp", "Lượt xem: 4.120"]))

PAGES.append(page("b6100-cantho-nhabia-khanhthanh-2026", """
Báo Cần Thơ điện tử
Thời sự » Xã hội » Đền ơn đáp nghĩa
Thứ Sáu, 24/07/2026 - 06:30
Bà con Khmer xã Lịch Hội Thượng viếng nhà bia. Ảnh: Duy Khôi
Khánh thành nhà bia ghi danh 386 liệt sĩ ở xã Lịch Hội Thượng
Ngày 22/7/2026, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, thành phố Cần Thơ tổ chức lễ khánh thành nhà bia ghi danh liệt sĩ của xã, chào mừng kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ. Dự buổi lễ có đồng chí Thạch Chanh Đa Ra, Thành ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Lâm Thị Sóc Kha, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Tăng Văn Hồng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Công trình được xây dựng trên diện tích 1.200 m2, tổng kinh phí 4,6 tỷ đồng, trong đó ngân sách thành phố 3 tỷ đồng theo Quyết định số 1842/QĐ-UBND ngày 12/9/2025 của UBND thành phố Cần Thơ, phần còn lại do doanh nghiệp, con em xa quê và gần 2.000 lượt người dân, phật tử các chùa Phật giáo Nam tông Khmer đóng góp. Nhà bia ghi danh 386 liệt sĩ, trong đó khoảng 40% là người Khmer, và 14 Mẹ Việt Nam anh hùng của xã Lịch Hội Thượng và xã Trung Bình cũ (nay thuộc xã Lịch Hội Thượng).
Phát biểu tại buổi lễ, đồng chí Lâm Thị Sóc Kha cho biết, xã có 1.412 người có công và thân nhân; thực hiện Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã, đến nay 100% hộ người có công đã có nhà ở kiên cố, 27 căn nhà tình nghĩa được xây mới trong 2 năm qua. Đại đức Lý Sa Khon, trụ trì chùa Prêk Chru, cho biết các chùa Khmer trong xã đã vận động phật tử đóng góp hơn 350 triệu đồng và 600 ngày công cho công trình.
Đồng chí Thạch Chanh Đa Ra đánh giá cao tinh thần "uống nước nhớ nguồn" của cán bộ và nhân dân xã; đề nghị địa phương quản lý, chăm sóc tốt công trình; tiếp tục thực hiện Chỉ thị 14-CT/TW của Ban Bí thư và Kế hoạch số 96-KH/TU ngày 03/6/2026 của Ban Thường vụ Thành ủy về các hoạt động đền ơn đáp nghĩa; đẩy mạnh tuyên truyền truyền thống cách mạng cho thế hệ trẻ. Ông Sơn Hoàng, thương binh 2/4, ấp Khu 1, xúc động nói ông tìm thấy tên 4 đồng đội cũ trên bia.
Trước đây, tên các liệt sĩ của xã được khắc trên tấm bia nhỏ đặt tại trụ sở ấp, nhiều tên đã mờ, thiếu thông tin quê quán. Trong quá trình xây dựng, Hội CCB xã đã phối hợp Ban Chỉ huy Quân sự xã rà soát, đối chiếu danh sách với hồ sơ lưu trữ, bổ sung thông tin cho nhiều trường hợp.
Sau lễ khánh thành, các đại biểu dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ. Đoàn viên, thanh niên xã nhận chăm sóc công trình theo phong trào "Tuổi trẻ tri ân".
Duy Khôi
Tin liên quan
- Cần Thơ: Trao 500 sổ tiết kiệm tình nghĩa cho người có công (21/07/2026)
- Xã Lịch Hội Thượng bàn giao 5 nhà tình nghĩa (15/07/2026)
- Thành phố Cần Thơ thăm Mẹ Việt Nam anh hùng (10/07/2026)
""", "2026-07-24", "Khánh thành nhà bia ghi danh 386 liệt sĩ ở xã Lịch Hội Thượng",
E("khac", None, None),
[P("Thạch Chanh Đa Ra", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Thị Sóc Kha", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Tăng Văn Hồng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Sa Khon", "Đại đức", "trụ trì chùa Prêk Chru"),
 P("Sơn Hoàng", "thương binh 2/4")],
[Q("386 liệt sĩ", 386, "liệt sĩ"), Q("1.200 m2", 1200, "m2"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("3 tỷ đồng", 3000000000, "đồng"),
 Q("gần 2.000 lượt người dân", 2000, "lượt người dân", "approx"), Q("khoảng 40%", 40, "%", "approx"),
 Q("14 Mẹ Việt Nam anh hùng", 14, "Mẹ Việt Nam anh hùng"), Q("1.412 người có công và thân nhân", 1412, "người có công và thân nhân"),
 Q("100%", 100, "%"), Q("27 căn nhà tình nghĩa", 27, "căn nhà tình nghĩa"), Q("hơn 350 triệu đồng", 350000000, "đồng", "over"),
 Q("600 ngày công", 600, "ngày công"), Q("4 đồng đội", 4, "đồng đội")],
[D("Quyết định", "1842", "QĐ-UBND", "2025-09-12", "UBND thành phố Cần Thơ", "Quyết định số 1842/QĐ-UBND ngày 12/9/2025"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị 14-CT/TW"),
 D("Kế hoạch", "96", "KH/TU", "2026-06-03", "Ban Thường vụ Thành ủy", "Kế hoạch số 96-KH/TU ngày 03/6/2026")],
[prov("Cần Thơ"), com("Lịch Hội Thượng"), com("Trung Bình")],
["Báo Cần Thơ điện tử", "Thời sự » Xã hội » Đền ơn đáp nghĩa", "Bà con Khmer xã Lịch Hội Thượng viếng nhà bia. Ảnh: Duy Khôi",
 "uống nước nhớ nguồn", "Tuổi trẻ tri ân", "chùa Prêk Chru", "Khu 1"],
["Thứ Sáu, 24/07/2026 - 06:30", "79 năm", "2 năm", "thương binh 2/4"]))
