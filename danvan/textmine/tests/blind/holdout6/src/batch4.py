from lib import *

PAGES = []

# b128 — trang xã Tân Thủy, Vĩnh Long (after merger with Bến Tre, Trà Vinh), tập huấn hòa giải
PAGES.append(page(
"b128-vinhlong-xatanthuy-taphuan-hoagiai-2025",
"""
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN THỦY - TỈNH VĨNH LONG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Bạn đang ở đây: Trang chủ > Tin tức > Mặt trận - Đoàn thể
Ngày đăng: 12/08/2025 - 09:10
Nâng cao kỹ năng cho hòa giải viên ở cơ sở
Ngày 11/8, Ủy ban MTTQ Việt Nam xã Tân Thủy tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở cho 78 hòa giải viên của 26 tổ hòa giải trên địa bàn. Đây là lớp tập huấn đầu tiên kể từ khi xã Tân Thủy (mới) được thành lập trên cơ sở sáp nhập xã Tân Thủy và xã An Thủy (cũ) thuộc huyện Ba Tri, tỉnh Bến Tre trước đây.
Quang cảnh lớp tập huấn.
Phát biểu khai mạc, bà Trần Thị Diễm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết: năm 2024, các tổ hòa giải đã hòa giải thành 41/47 vụ việc, đạt 87,2%; phần lớn là tranh chấp ranh đất, lối đi và mâu thuẫn gia đình.
Lớp học được tổ chức theo Kế hoạch số 05/KH-MTTQ ngày 1/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Quyết định số 1758/QĐ-UBND của UBND tỉnh Vĩnh Long về kiện toàn tổ hòa giải sau sắp xếp đơn vị hành chính. Giảng viên là Luật sư Nguyễn Văn Tài, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh, giới thiệu những điểm mới của Luật Hòa giải ở cơ sở năm 2013 và kỹ năng lắng nghe, thuyết phục các bên.
Luật sư Nguyễn Văn Tài trao đổi với học viên.
Ông Lê Văn Bé, Tổ trưởng Tổ hòa giải ấp Thạnh Hòa chia sẻ: "Có vụ tranh chấp 1,5 m đất lối đi kéo dài 3 năm, tổ phải đến nhà 9 lần mới hòa giải xong". Bà Huỳnh Thị Mỹ, Tổ trưởng Tổ hòa giải ấp An Lợi, đề nghị xã sớm in tài liệu hỏi đáp pháp luật về đất đai để phát cho các tổ. Trước đó, Ủy ban MTTQ xã đã cử 4 hòa giải viên đi học tập kinh nghiệm tại một số xã thuộc tỉnh Trà Vinh cũ, nơi có nhiều tổ hòa giải song ngữ Việt - Khmer.
Mỗi học viên được hỗ trợ 100.000 đồng tiền ăn; tổng kinh phí lớp học 12,5 triệu đồng do Ủy ban MTTQ xã bố trí.
Ban Biên tập
Lượt xem: 236
Tin khác
- Ủy ban MTTQ xã ra mắt 18 tổ tự quản (05/08/2025)
- Đại hội đại biểu MTTQ xã lần thứ I (25/07/2025)
""",
"2025-08-12",
"Nâng cao kỹ năng cho hòa giải viên ở cơ sở",
E("tap_huan", None, "2025-08-11"),
[
 P("Trần Thị Diễm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Tài", "Luật sư", "Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
 P("Lê Văn Bé", "Tổ trưởng Tổ hòa giải ấp Thạnh Hòa"),
 P("Huỳnh Thị Mỹ", "Tổ trưởng Tổ hòa giải ấp An Lợi"),
],
[
 Q("78 hòa giải viên", 78, "hòa giải viên"),
 Q("26 tổ hòa giải", 26, "tổ hòa giải"),
 Q("41/47 vụ việc", 41, "vụ việc"),
 Q("41/47 vụ việc", 47, "vụ việc"),
 Q("87,2%", 87.2, "%"),
 Q("1,5 m", 1.5, "m"),
 Q("4 hòa giải viên", 4, "hòa giải viên"),
 Q("100.000 đồng", 100000, "đồng"),
 Q("12,5 triệu đồng", 12500000, "đồng"),
],
[
 D("Kế hoạch", "05", "KH-MTTQ", "2025-08-01", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 05/KH-MTTQ"),
 D("Quyết định", "1758", "QĐ-UBND", None, "UBND tỉnh Vĩnh Long", "Quyết định số 1758/QĐ-UBND"),
],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("xã Tân Thủy"), com("xã An Thủy")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN THỦY - TỈNH VĨNH LONG", "Bạn đang ở đây: Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Quang cảnh lớp tập huấn.", "Luật sư Nguyễn Văn Tài trao đổi với học viên.", "Luật Hòa giải ở cơ sở năm 2013",
 "huyện Ba Tri", "ấp Thạnh Hòa", "ấp An Lợi"],
["3 năm", "9 lần", "Lượt xem: 236"],
))

# b129 — Hội LHPN Đồng Nai (after merger with Bình Phước), trao quà Tết Bính Ngọ 2026
PAGES.append(page(
"b129-dongnai-hlhpn-traoqua-tet-2026",
"""
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI
Trang chủ » Tin tức » Hoạt động Hội
Thứ Ba, 03/02/2026 - 10:20
Trao 500 phần quà Tết cho phụ nữ, trẻ em có hoàn cảnh khó khăn
Ngày 2/2, Hội LHPN tỉnh  Đồng Nai tổ chức chương trình "Tết ấm cho phụ nữ, trẻ em nghèo" tại phường Đồng Xoài và xã Bù Gia Mập, khu vực tỉnh Bình Phước cũ. Tại hai điểm, Hội trao tổng cộng 500 phần quà, mỗi phần trị giá 800.000 đồng gồm 500.000 đồng tiền mặt và nhu yếu phẩm.
Lãnh đạo Hội LHPN tỉnh trao quà Tết cho phụ nữ xã Bù Gia Mập.
Tham dự có bà Lê Thị Ngọc Loan, Phó Chủ tịch Thường trực Hội LHPN tỉnh; bà Hoàng Thị Thu, bà Điểu Thị Nhàn - Phó Chủ tịch Hội LHPN tỉnh. Tiếp đoàn có Chủ tịch Hội LHPN xã Bù Gia Mập Điểu Thị Rinh và bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND phường Đồng Xoài.
Dịp này, Hội trao 2 "Mái ấm tình thương" với mức hỗ trợ 60 triệu đồng/căn cho chị Điểu Thị Bé (xã Bù Gia Mập) và chị Lê Thị Thanh (phường Đồng Xoài); trao 30 suất học bổng, mỗi suất 1tr cho học sinh nghèo vượt khó. Công ty TNHH Thực phẩm Phương Nam tài trợ 120.000.000 VNĐ để thực hiện chương trình.
Theo bà Lê Thị Ngọc Loan, Tết Bính Ngọ 2026 là cái Tết đầu tiên sau khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất. Các cấp Hội trong tỉnh đã vận động hơn 4,3 tỷ đồng, trao khoảng 6.800 phần quà cho hội viên, phụ nữ khó khăn; giúp 215 phụ nữ nghèo vay vốn từ Ngân hàng Chính sách xã hội với dư nợ 9,7 tỷ đồng.
Thực hiện Kế hoạch số 09/KH-HPN ngày 5/1/2026 của Ban Thường vụ Hội LHPN tỉnh, các cơ sở Hội tiếp tục tổ chức "Phiên chợ Tết yêu thương" đến hết ngày 12/2.
Ngọc Diệp
Lượt xem: 671
Tin liên quan
- Trao 100 phần quà cho phụ nữ dân tộc thiểu số Tân Phú (28/01/2026)
- Hội LHPN tỉnh tổng kết công tác năm 2025 (24/12/2025)
""",
"2026-02-03",
"Trao 500 phần quà Tết cho phụ nữ, trẻ em có hoàn cảnh khó khăn",
E("trao_qua", None, "2026-02-02"),
[
 P("Lê Thị Ngọc Loan", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Hoàng Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Thị Nhàn", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Thị Rinh", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND phường Đồng Xoài"),
 P("Điểu Thị Bé"),
 P("Lê Thị Thanh"),
],
[
 Q("500 phần quà", 500, "phần quà"),
 Q("800.000 đồng", 800000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("2 \"Mái ấm tình thương\"", 2, "\"Mái ấm tình thương\""),
 Q("60 triệu đồng/căn", 60000000, "đồng"),
 Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1tr", 1000000, "đồng"),
 Q("120.000.000 VNĐ", 120000000, "đồng"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("khoảng 6.800 phần quà", 6800, "phần quà", "approx"),
 Q("215 phụ nữ nghèo", 215, "phụ nữ nghèo"),
 Q("9,7 tỷ đồng", 9700000000, "đồng"),
],
[
 D("Kế hoạch", "09", "KH-HPN", "2026-01-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 09/KH-HPN"),
],
[prov("Đồng Nai"), prov("Bình Phước"), com("phường Đồng Xoài"), com("xã Bù Gia Mập")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG NAI", "Lãnh đạo Hội LHPN tỉnh trao quà Tết cho phụ nữ xã Bù Gia Mập.",
 "Tết ấm cho phụ nữ, trẻ em nghèo", "Mái ấm tình thương", "Công ty TNHH Thực phẩm Phương Nam",
 "Phiên chợ Tết yêu thương", "Ngân hàng Chính sách xã hội"],
["Tết Bính Ngọ 2026", "Lượt xem: 671"],
))

# b130 — MTTQ Lâm Đồng (after merger with Đắk Nông, Bình Thuận), tổng kết năm 2025; header date differs
PAGES.append(page(
"b130-lamdong-mttq-tongket-2025",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Thứ Bảy, 20/12/2025
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận
Thứ Sáu, 19/12/2025 | 17:05
Mặt trận Tổ quốc tỉnh hoàn thành vượt chỉ tiêu xóa nhà tạm, nhà dột nát
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Mặt trận tỉnh hoạt động theo mô hình mới sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Chủ trì hội nghị có đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ka H'Sương, Chủ tịch Hội LHPN tỉnh; K'Brơi, Chủ tịch Hội Nông dân tỉnh; Bố Thị Xuân Linh, Bí thư Tỉnh đoàn. Dự hội nghị còn có các đồng chí Nguyễn Văn Hùng, Lê Thị Phương Mai, K'Điệp - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Điểu K'Lưm, Ủy viên Ban Thường trực - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và đồng chí Ya Tuấn, Giám đốc Sở Dân tộc và Tôn giáo.
Toàn cảnh hội nghị tổng kết. Ảnh: Văn Báu
Năm 2025, các cấp Mặt trận đã huy động hơn 1.030 tỷ đồng, hoàn thành xóa 6.214 căn nhà tạm, nhà dột nát, vượt 12% so với kế hoạch. Mức hỗ trợ là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. Tại 124 xã, phường, đặc khu, Ban Thường trực Ủy ban MTTQ cấp xã đã được kiện toàn xong trước ngày 1/7.
Thực hiện Thông tri số 05/TT-MTTW-BTT ngày 14/8/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 26-KH/TU của Tỉnh ủy, Mặt trận các cấp tổ chức 318 cuộc giám sát, 44 hội nghị phản biện xã hội; tiếp nhận 1.192 ý kiến, kiến nghị của cử tri và Nhân dân; bộ phận tiếp dân của Mặt trận các cấp đã tiếp 2.460 lượt người đến phản ánh, kiến nghị.
Tham luận tại hội nghị, Hòa thượng Thích Minh Tánh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Linh mục Giuse Trần Văn Lộc, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, cho biết các cơ sở tôn giáo trên địa bàn đã đóng góp gần 48 tỷ đồng cho công tác an sinh xã hội, trong đó nhiều chùa, giáo xứ nhận hỗ trợ xây nhà cho 215 hộ nghèo. Bà Nguyễn Thị Hoa, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam phường B'Lao, chia sẻ cách làm "3 cùng" khi vận động đồng bào K'Ho giữ đất sản xuất.
Ông Nguyễn Văn Thương, Trưởng Ban công tác Mặt trận khu phố 4, phường Phan Thiết cho biết khu phố đã vận động 68 hộ ngư dân tham gia tổ đoàn kết trên biển. Bà Ma Thị Thanh ở xã Quảng Tín kể về việc vận động bà con người Mnông trồng lại 15 ha rừng.
Dịp này, 54 tập thể, 76 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen; 3 tập thể được đề nghị Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua.
Minh Ngọc
Lượt xem: 1.955
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc xóa 300 nhà tạm ở Đức Trọng (10/11/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I (02/10/2025)
""",
"2025-12-19",
"Mặt trận Tổ quốc tỉnh hoàn thành vượt chỉ tiêu xóa nhà tạm, nhà dột nát",
E("tong_ket", "2025", "2025-12-18"),
[
 P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka H'Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("K'Brơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Bố Thị Xuân Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Thương", "Trưởng Ban công tác Mặt trận khu phố 4"),
 P("Ma Thị Thanh"),
 P("Nguyễn Văn Hùng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Phương Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Điệp", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Lưm", "Ủy viên Ban Thường trực - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ya Tuấn", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Minh Tánh", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trần Văn Lộc", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Nguyễn Thị Hoa", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam phường B'Lao"),
],
[
 Q("hơn 1.030 tỷ đồng", 1030000000000, "đồng", "over"),
 Q("6.214 căn nhà tạm, nhà dột nát", 6214, "căn nhà tạm, nhà dột nát"),
 Q("12%", 12, "%"),
 Q("60 triệu đồng/căn", 60000000, "đồng"),
 Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("318 cuộc giám sát", 318, "cuộc giám sát"),
 Q("44 hội nghị phản biện xã hội", 44, "hội nghị phản biện xã hội"),
 Q("1.192 ý kiến, kiến nghị", 1192, "ý kiến, kiến nghị"),
 Q("2.460 lượt người", 2460, "lượt người"),
 Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("215 hộ nghèo", 215, "hộ nghèo"),
 Q("68 hộ ngư dân", 68, "hộ ngư dân"),
 Q("15 ha", 15, "ha"),
 Q("54 tập thể", 54, "tập thể"),
 Q("76 cá nhân", 76, "cá nhân"),
 Q("3 tập thể", 3, "tập thể"),
],
[
 D("Thông tri", "05", "TT-MTTW-BTT", "2025-08-14", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 05/TT-MTTW-BTT"),
 D("Kế hoạch", "26", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 26-KH/TU"),
],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("phường Phan Thiết"), com("xã Quảng Tín"), com("phường B'Lao")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Toàn cảnh hội nghị tổng kết.", "khu phố 4"],
["khu phố 4", "3 cùng", "Thứ Bảy, 20/12/2025", "Lượt xem: 1.955"],
))

# b131 — Hội CCB tỉnh Quảng Ninh, phóng sự: cựu chiến binh hiến đất (no event)
PAGES.append(page(
"b131-quangninh-ccb-phongsu-hiendat-2026",
"""
HỘI CỰU CHIẾN BINH TỈNH QUẢNG NINH
Trang chủ / Gương sáng Cựu chiến binh
17/03/2026 - 08:40
Những cựu chiến binh "mở đường" ở vùng cao Bình Liêu
Ở xã Bình Liêu, nhắc đến phong trào hiến đất làm đường, bà con người Tày, Dao, Sán Chỉ đều nhắc tới các cựu chiến binh. Chỉ riêng năm 2025, hội viên Cựu chiến binh trong xã đã hiến hơn 3.200 m2 đất, góp 410 ngày công để mở rộng 1,6 km đường vào thôn Khe Lánh và thôn Pắc Pò.
Ông Hoàng Văn Sềnh (giữa) bên đoạn đường bê tông vừa hoàn thành.
Ông Hoàng Văn Sềnh, 72 tuổi, từng là lính công binh, là người đầu tiên tháo dỡ tường rào, hiến 450 m2 đất vườn. "Mình là bộ đội Cụ Hồ, mình làm trước thì bà con mới làm theo", ông nói. Noi gương ông, 27 hộ trong thôn cũng tự nguyện hiến đất, không nhận tiền đền bù.
Theo Chủ tịch Hội CCB xã Bình Liêu Chíu Văn Thắng, Hội hiện có 312 hội viên sinh hoạt ở 14 chi hội. Thực hiện Nghị quyết 06, 07-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới nâng cao, Hội đăng ký mỗi chi hội có một công trình "Đường cựu chiến binh". Tổng giá trị đất và công sức hội viên đóng góp ước tính khoảng 2,3 tỷ đồng; ngân sách xã hỗ trợ xi măng trị giá 680 triệu.
Thượng tá Đàm Văn Cường, Phó Chủ tịch Hội CCB tỉnh, đánh giá đây là cách làm cụ thể hóa Chỉ thị số 16-CT/CCB của Ban Thường vụ Hội CCB tỉnh về phát huy vai trò cựu chiến binh trong công tác dân vận. Toàn tỉnh Quảng Ninh hiện có 1.128 cựu chiến binh là người có uy tín ở khu dân cư.
Ông Triệu Sinh Phẩy, Trưởng thôn Khe Lánh, nói vui: "Có các bác cựu chiến binh đi trước, thôn tôi làm đường nhanh gấp đôi". Năm nay, thôn tiếp tục vận động làm thêm 800 m đường nội đồng.
Bài, ảnh: Đức Hiếu
Lượt xem: 452
Tin liên quan
- Cựu chiến binh Tiên Yên giúp nhau thoát nghèo (05/03/2026)
- Trao 5 nhà "Nghĩa tình đồng đội" ở Ba Chẽ (20/02/2026)
""",
"2026-03-17",
"Những cựu chiến binh \"mở đường\" ở vùng cao Bình Liêu",
E(None, None, None),
[
 P("Hoàng Văn Sềnh"),
 P("Chíu Văn Thắng", "Chủ tịch Hội CCB xã Bình Liêu"),
 P("Đàm Văn Cường", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Triệu Sinh Phẩy", "Trưởng thôn Khe Lánh"),
],
[
 Q("hơn 3.200 m2", 3200, "m2", "over"),
 Q("410 ngày công", 410, "ngày công"),
 Q("1,6 km", 1.6, "km"),
 Q("450 m2", 450, "m2"),
 Q("27 hộ", 27, "hộ"),
 Q("312 hội viên", 312, "hội viên"),
 Q("14 chi hội", 14, "chi hội"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("680 triệu", 680000000, "đồng"),
 Q("1.128 cựu chiến binh", 1128, "cựu chiến binh"),
 Q("800 m", 800, "m"),
],
[
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 06, 07-NQ/ĐU"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 06, 07-NQ/ĐU"),
 D("Chỉ thị", "16", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị số 16-CT/CCB"),
],
[prov("Quảng Ninh"), com("xã Bình Liêu")],
["HỘI CỰU CHIẾN BINH TỈNH QUẢNG NINH", "Ông Hoàng Văn Sềnh (giữa) bên đoạn đường bê tông vừa hoàn thành.",
 "Đường cựu chiến binh", "thôn Khe Lánh", "thôn Pắc Pò", "Bình Liêu"],
["72 tuổi", "Lượt xem: 452"],
))

# b132 — Tỉnh đoàn Hà Giang (before the merger), Bí thư Tỉnh ủy đối thoại với thanh niên năm 2024
PAGES.append(page(
"b132-hagiang-tinhdoan-doithoai-2024",
"""
TỈNH ĐOÀN HÀ GIANG
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Hà Giang
Trang chủ > Tin hoạt động > Hoạt động Tỉnh đoàn
Cập nhật lúc: 25/03/2024 17:30
Thanh niên vùng cao "đặt hàng" lãnh đạo tỉnh
Chiều 25/3, nhân dịp kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Ban Thường vụ Tỉnh đoàn Hà Giang phối hợp với Văn phòng Tỉnh ủy tổ chức Hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với thanh niên năm 2024. Hội nghị kết nối trực tuyến với 11 điểm cầu huyện, thành phố, thu hút hơn 1.200 đoàn viên, thanh niên.
Quang cảnh hội nghị đối thoại tại điểm cầu tỉnh.
Chủ trì đối thoại có đồng chí Trần Đức Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Giàng A Dình, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh. Cùng dự có đồng chí Vàng Thị Súa, Phó Trưởng Ban Tuyên giáo Tỉnh ủy và các đồng chí Phó Bí thư Tỉnh đoàn: Lò Văn Páo, Nguyễn Thị Thu Hằng.
Tại hội nghị, 25 ý kiến của đoàn viên, thanh niên được gửi tới lãnh đạo tỉnh. Anh Sùng Mí Lử, Bí thư Đoàn xã Lũng Cú, đề nghị tỉnh hỗ trợ thanh niên làm du lịch cộng đồng; chị Hoàng Thị Lan, Giám đốc Hợp tác xã Chè Shan tuyết Phìn Hồ, xã Thông Nguyên, kiến nghị có cơ chế cho thanh niên vay vốn khởi nghiệp.
Trả lời, đồng chí Trần Đức Quý cho biết theo Nghị quyết số 45-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, mỗi dự án khởi nghiệp của thanh niên được vay 100 triệu đồng với lãi suất ưu đãi; năm 2023 đã có 63 dự án được hỗ trợ. Tỉnh sẽ dành 2,5 tỷ đồng để đào tạo 500 thanh niên làm hướng dẫn viên du lịch cộng đồng ở 4 huyện vùng cao núi đá.
Đồng chí đề nghị Tỉnh đoàn tiếp tục phát huy phong trào "Thanh niên tình nguyện" và tiêu chí "5 tốt" trong sinh viên, vận động thanh niên không nghe theo kẻ xấu, không tham gia đường dây mua bán người.
Thanh Tùng
Lượt xem: 1.784
Tin liên quan
- Tỉnh đoàn ra quân Tháng Thanh niên năm 2024 (02/03/2024)
- Trao 30 suất học bổng "Thắp sáng ước mơ" (15/02/2024)
""",
"2024-03-25",
"Thanh niên vùng cao \"đặt hàng\" lãnh đạo tỉnh",
E("doi_thoai", "2024", "2024-03-25"),
[
 P("Trần Đức Quý", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Giàng A Dình", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Vàng Thị Súa", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lò Văn Páo", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Thu Hằng", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng Mí Lử", "Bí thư Đoàn xã Lũng Cú"),
 P("Hoàng Thị Lan", "Giám đốc Hợp tác xã Chè Shan tuyết Phìn Hồ"),
],
[
 Q("11 điểm cầu", 11, "điểm cầu"),
 Q("hơn 1.200 đoàn viên, thanh niên", 1200, "đoàn viên, thanh niên", "over"),
 Q("25 ý kiến", 25, "ý kiến"),
 Q("100 triệu đồng", 100000000, "đồng"),
 Q("63 dự án", 63, "dự án"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("500 thanh niên", 500, "thanh niên"),
 Q("4 huyện", 4, "huyện"),
],
[
 D("Nghị quyết", "45", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 45-NQ/TU"),
],
[prov("Hà Giang"), com("xã Lũng Cú"), com("xã Thông Nguyên")],
["TỈNH ĐOÀN HÀ GIANG", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Hà Giang",
 "Quang cảnh hội nghị đối thoại tại điểm cầu tỉnh.", "Thanh niên tình nguyện", "Hợp tác xã Chè Shan tuyết Phìn Hồ"],
["93 năm", "5 tốt", "Lượt xem: 1.784"],
))
