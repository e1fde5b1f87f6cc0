from lib import *
PAGES = []

PAGES.append(page("b8183-vinhlong-mttq-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 26/12/2025 - 19:30
Toàn cảnh hội nghị tổng kết. Ảnh: Thảo Ly
Mặt trận tỉnh Vĩnh Long khen thưởng 236 tập thể, cá nhân năm 2025
Chiều 26/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Lê Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có đồng chí Nguyễn Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025 là năm đầu tiên Mặt trận tỉnh hoạt động theo mô hình mới sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Ủy ban MTTQ Việt Nam tỉnh đã kiện toàn 124/124 xã, phường; ban hành Hướng dẫn số 31, 32/HD-MTTQ-BTT về tổ chức hoạt động của Ban công tác Mặt trận ở ấp, khóm sau sắp xếp. Quỹ "Vì người nghèo" các cấp vận động được 186,4 tỷ đồng; hoàn thành xóa 5.312 căn nhà tạm, nhà dột nát, trong đó 1.268 căn của hộ đồng bào Khmer. Chương trình "Tết Nhân ái" trao 48.000 phần quà với tổng trị giá khoảng 25 tỷ đồng.
Mặt trận các cấp chủ trì 842 cuộc giám sát, 64 hội nghị phản biện xã hội; phối hợp hòa giải thành 1.930 vụ việc mâu thuẫn, tranh chấp ở khu dân cư. Có 96,2% hộ gia đình đạt danh hiệu gia đình văn hóa.
Tại hội nghị, bà Kiên Thị Sa Phia, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Minh, chia sẻ việc vận động 26 chùa Khmer tham gia xây nhà cho hộ nghèo. Ông Sơn Văn Sóc, bà Thạch Thị Ngọc Sà Rinh - người có uy tín trong đồng bào Khmer được mời lên nhận hoa tri ân vì đã góp nhiều công sức trong vận động hiến đất làm đường.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Dũng đề nghị năm 2026 Mặt trận các cấp tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2026 - 2031 và phối hợp tổ chức bầu cử đại biểu Quốc hội khóa XVI.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 6 tập thể, 10 cá nhân. Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 92 tập thể, 128 cá nhân; tổng số tiền thưởng hơn 380 triệu đồng. Các tập thể tiêu biểu: Ủy ban MTTQ Việt Nam phường Long Châu, xã Hòa Minh, phường Trà Vinh, xã Long Hiệp, Hội Nông dân tỉnh. Các cá nhân tiêu biểu: đồng chí Huỳnh Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn; đồng chí Trần Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu; Thượng tọa Thạch Sóc Xa Rin, trụ trì chùa Ông Mẹt, phường Trà Vinh.
Hội nghị cũng chỉ ra hạn chế: đội ngũ cán bộ Mặt trận cấp xã sau sắp xếp còn thiếu kinh nghiệm, địa bàn rộng nên việc nắm tình hình ở ấp, khóm có lúc chưa kịp thời.
Thảo Ly
Tin khác
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (01/07/2025)
- Trà Cú: bàn giao 40 căn nhà cho hộ nghèo Khmer (12/12/2025)
- Mặt trận tỉnh phát động Tết Nhân ái năm 2026 (20/12/2025)
""", "2025-12-26", "Mặt trận tỉnh Vĩnh Long khen thưởng 236 tập thể, cá nhân năm 2025",
E("tong_ket", "2025", "2025-12-26"),
[P("Lê Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kiên Thị Sa Phia", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Minh"),
 P("Sơn Văn Sóc", "người có uy tín trong đồng bào Khmer"),
 P("Thạch Thị Ngọc Sà Rinh", "người có uy tín trong đồng bào Khmer"),
 P("Huỳnh Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu"),
 P("Thạch Sóc Xa Rin", "Thượng tọa", "trụ trì chùa Ông Mẹt")],
[Q("236 tập thể, cá nhân", 236, "tập thể, cá nhân"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("186,4 tỷ đồng", 186400000000, "đồng"), Q("5.312 căn nhà tạm, nhà dột nát", 5312, "căn nhà tạm, nhà dột nát"),
 Q("1.268 căn", 1268, "căn"), Q("48.000 phần quà", 48000, "phần quà"), Q("khoảng 25 tỷ đồng", 25000000000, "đồng", "approx"),
 Q("842 cuộc giám sát", 842, "cuộc giám sát"), Q("64 hội nghị phản biện xã hội", 64, "hội nghị phản biện xã hội"),
 Q("1.930 vụ việc mâu thuẫn, tranh chấp", 1930, "vụ việc mâu thuẫn, tranh chấp"), Q("96,2%", 96.2, "%"),
 Q("26 chùa Khmer", 26, "chùa Khmer"), Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân"),
 Q("92 tập thể", 92, "tập thể"), Q("128 cá nhân", 128, "cá nhân"), Q("hơn 380 triệu đồng", 380000000, "đồng", "over")],
[D("Hướng dẫn", "31", "HD-MTTQ-BTT", None, "Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 31, 32/HD-MTTQ-BTT"),
 D("Hướng dẫn", "32", "HD-MTTQ-BTT", None, "Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 31, 32/HD-MTTQ-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Châu"), com("Trà Vinh"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết. Ảnh: Thảo Ly",
 "Vì người nghèo", "Tết Nhân ái", "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I", "Hội Nông dân tỉnh"],
["Thứ Sáu, 26/12/2025 - 19:30", "năm 2025", "năm 2026", "lần thứ I", "nhiệm kỳ 2026 - 2031", "khóa XVI"]))

PAGES.append(page("b8184-lamdong-mttq-tongket-2025", """
Báo Lâm Đồng điện tử
Thời sự » Chính trị » Mặt trận
08:15 | 09/01/2026
Biểu dương 215 tập thể, cá nhân trong công tác Mặt trận và các đoàn thể
(LĐO) - Ngày 8/1/2026, tại phường Xuân Hương - Đà Lạt, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ka Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Khim, Thông Thị Hoa, Nguyễn Đình Phong.
Đồng chí Ka Thị Hương trao Bằng khen cho các tập thể.
Sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, Mặt trận tỉnh có 124 xã, phường, đặc khu với hơn 3.000 Ban công tác Mặt trận ở thôn, tổ dân phố. Năm 2025, Quỹ "Vì người nghèo" các cấp vận động được 142 tỷ đồng; hoàn thành xóa 4.125 căn nhà tạm, nhà dột nát, vượt 5% chỉ tiêu. Mặt trận phối hợp trao 36.700 suất quà Tết cho hộ nghèo, hộ cận nghèo, mỗi suất từ 500.000 đồng trở lên.
Mặt trận các cấp chủ trì 610 cuộc giám sát; tổ chức 48 hội nghị phản biện xã hội; tiếp nhận 1.275 ý kiến, kiến nghị của cử tri. Toàn tỉnh có 1.950 người có uy tín trong đồng bào dân tộc thiểu số được phát huy vai trò.
Tại hội nghị, ông K'Bròn, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, chia sẻ việc vận động đồng bào K'Ho giữ rừng, không phá rừng lấy đất sản xuất. Bà Thị Ngân (dân tộc Mnông), Trưởng ban công tác Mặt trận bon Bu Prăng, xã Quảng Trực, cho biết bon đã có 32 hộ thoát nghèo. Ông Điểu Sóc, già làng bon Bu Dăr, nói về cách vận động con cháu học chữ. Ông Trần Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, nêu kinh nghiệm hỗ trợ ngư dân gặp rủi ro trên biển.
Phát biểu chỉ đạo, đồng chí Phạm Thị Phúc, Phó Bí thư Tỉnh ủy, đề nghị Mặt trận các cấp thực hiện tốt Kế hoạch số 09, 10-KH/TU của Ban Thường vụ Tỉnh ủy về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Nhân dịp này, theo Quyết định số 05/QĐ-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, 95 tập thể và 120 cá nhân được tặng Bằng khen, kèm tiền thưởng tổng cộng khoảng 330 triệu đồng. Trong đó có Ủy ban MTTQ Việt Nam xã Lạc Dương, xã Quảng Trực, phường Bắc Gia Nghĩa, phường Phan Thiết, xã Quảng Sơn; các cá nhân K'Bròn, Thị Ngân, Trần Văn Hải và bà Bùi Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa.
Hội nghị nhận định, địa bàn rộng, giao thông cách trở là khó khăn lớn cho việc nắm tình hình ở thôn, bon; kinh phí hoạt động của Ban công tác Mặt trận khu dân cư còn thấp.
K'Lin - Hoàng Yến
Tin liên quan
- Trao 50 căn nhà đại đoàn kết tại Đam Rông (25/12/2025)
- Mặt trận tỉnh tiếp xúc người có uy tín dịp cuối năm (18/12/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng (01/07/2025)
""", "2026-01-09", "Biểu dương 215 tập thể, cá nhân trong công tác Mặt trận và các đoàn thể",
E("tong_ket", "2025", "2026-01-08"),
[P("Ka Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Khim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Thông Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Bròn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Thị Ngân", "Trưởng ban công tác Mặt trận bon Bu Prăng"),
 P("Điểu Sóc", "già làng bon Bu Dăr"),
 P("Trần Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết"),
 P("Phạm Thị Phúc", "Phó Bí thư Tỉnh ủy"),
 P("Bùi Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa")],
[Q("215 tập thể, cá nhân", 215, "tập thể, cá nhân"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 3.000 Ban công tác Mặt trận", 3000, "Ban công tác Mặt trận", "over"), Q("142 tỷ đồng", 142000000000, "đồng"),
 Q("4.125 căn nhà tạm, nhà dột nát", 4125, "căn nhà tạm, nhà dột nát"), Q("5%", 5, "%"), Q("36.700 suất quà", 36700, "suất quà"),
 Q("từ 500.000 đồng trở lên", 500000, "đồng", "over"), Q("610 cuộc giám sát", 610, "cuộc giám sát"),
 Q("48 hội nghị phản biện xã hội", 48, "hội nghị phản biện xã hội"), Q("1.275 ý kiến, kiến nghị", 1275, "ý kiến, kiến nghị"),
 Q("1.950 người có uy tín", 1950, "người có uy tín"), Q("32 hộ", 32, "hộ"), Q("95 tập thể", 95, "tập thể"),
 Q("120 cá nhân", 120, "cá nhân"), Q("khoảng 330 triệu đồng", 330000000, "đồng", "approx")],
[D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09, 10-KH/TU"),
 D("Kế hoạch", "10", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09, 10-KH/TU"),
 D("Quyết định", "05", "QĐ-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 05/QĐ-MTTQ-BTT ngày 05/01/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lạc Dương"), com("Quảng Trực"),
 com("Phan Thiết"), com("Bắc Gia Nghĩa"), com("Quảng Sơn")],
["Báo Lâm Đồng điện tử", "Thời sự » Chính trị » Mặt trận", "(LĐO)", "Đồng chí Ka Thị Hương trao Bằng khen cho các tập thể.", "Vì người nghèo"],
["08:15 | 09/01/2026", "năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b8185-tuyenquang-mttq-khenthuong-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ | Tin tức | Thi đua - Khen thưởng
15/01/2026 - 14:40
Khen thưởng 146 tập thể, cá nhân ủng hộ đồng bào bị thiệt hại do thiên tai
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang vừa ban hành Quyết định số 12/QĐ-MTTQ-BTT và Quyết định số 13/QĐ-MTTQ-BTT ngày 12/01/2026 tặng Bằng khen cho 58 tập thể, 88 cá nhân có thành tích xuất sắc trong vận động, ủng hộ đồng bào bị thiệt hại do bão số 10 và mưa lũ năm 2025.
Ảnh minh họa: Cán bộ Mặt trận trao tiền hỗ trợ cho hộ bị sạt lở nhà ở xã Đồng Văn.
Trong đợt thiên tai tháng 9 và tháng 10/2025, Mặt trận các cấp trong tỉnh đã tiếp nhận 63,8 tỷ đồng và hàng hóa trị giá khoảng 9 tỷ đồng; hỗ trợ 2.740 hộ có nhà bị sập, hư hỏng, mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 50 triệu đồng. Có 17 xã vùng cao của khu vực Hà Giang cũ bị chia cắt nhiều ngày, Mặt trận tỉnh đã cử 6 đoàn công tác mang hàng cứu trợ tới tận thôn, bản.
Theo quyết định, mỗi tập thể được thưởng 2.106.000 đồng, mỗi cá nhân 1.053.000 đồng, tổng tiền thưởng trên 214 triệu đồng. Các tập thể được khen gồm: Ủy ban MTTQ Việt Nam xã Lâm Bình, xã Đồng Văn, xã Mèo Vạc, phường Minh Xuân, phường Hà Giang 1; Hội Liên hiệp Phụ nữ tỉnh; Công ty cổ phần Xi măng Tân Quang; Chi nhánh Ngân hàng Chính sách xã hội tỉnh... Các cá nhân tiêu biểu có: ông Ma Văn Thiệu, Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình; bà Sùng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc; ông Triệu Tiến Dần, người có uy tín thôn Khuổi Củng; ông Lục Văn Phong, Giám đốc Công ty cổ phần Xi măng Tân Quang; bà Nguyễn Thị Hoa, hộ kinh doanh ở phường Minh Xuân đã ủng hộ 200 tấn gạo.
Trước đó, ngày 30/12/2025, Ủy ban Trung ương MTTQ Việt Nam đã tặng Bằng khen cho 5 tập thể, 7 cá nhân của tỉnh theo Quyết định số 2896/QĐ-MTTW-BTT.
Theo đồng chí Hoàng Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, việc khen thưởng kịp thời nhằm động viên tinh thần "tương thân tương ái", "lá lành đùm lá rách" của cán bộ, nhân dân. Bằng khen sẽ được trao tại các xã, phường trong dịp gặp mặt đầu xuân, không tổ chức hội nghị riêng để tiết kiệm chi phí.
Cũng trong tháng 1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã phân bổ tiếp 4,2 tỷ đồng còn lại của Quỹ cứu trợ cho 96 hộ phải di dời khỏi vùng có nguy cơ sạt lở cao, mỗi hộ được hỗ trợ từ 40 triệu đồng trở lên để làm nhà ở nơi ở mới. Việc phân bổ được công khai trên Cổng thông tin điện tử của Ủy ban MTTQ Việt Nam tỉnh và niêm yết tại nhà văn hóa thôn.
Ban Thi đua - Khen thưởng Ủy ban MTTQ tỉnh
Lượt xem: 1.536
Tin liên quan
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (05/10/2025)
- Trao tiền hỗ trợ 40 hộ có nhà bị sập ở Xín Mần (20/10/2025)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (26/12/2025)
""", "2026-01-15", "Khen thưởng 146 tập thể, cá nhân ủng hộ đồng bào bị thiệt hại do thiên tai",
E("khac", None, None),
[P("Ma Văn Thiệu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Triệu Tiến Dần", "người có uy tín thôn Khuổi Củng"),
 P("Lục Văn Phong", "Giám đốc Công ty cổ phần Xi măng Tân Quang"),
 P("Nguyễn Thị Hoa"),
 P("Hoàng Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("146 tập thể, cá nhân", 146, "tập thể, cá nhân"), Q("58 tập thể", 58, "tập thể"), Q("88 cá nhân", 88, "cá nhân"),
 Q("63,8 tỷ đồng", 63800000000, "đồng"), Q("khoảng 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("2.740 hộ", 2740, "hộ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("17 xã vùng cao", 17, "xã vùng cao"), Q("6 đoàn công tác", 6, "đoàn công tác"),
 Q("2.106.000 đồng", 2106000, "đồng"), Q("1.053.000 đồng", 1053000, "đồng"), Q("trên 214 triệu đồng", 214000000, "đồng", "over"),
 Q("200 tấn gạo", 200, "tấn"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("96 hộ", 96, "hộ"), Q("từ 40 triệu đồng trở lên", 40000000, "đồng", "over")],
[D("Quyết định", "12", "QĐ-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Quyết định số 12/QĐ-MTTQ-BTT"),
 D("Quyết định", "13", "QĐ-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Quyết định số 13/QĐ-MTTQ-BTT ngày 12/01/2026"),
 D("Quyết định", "2896", "QĐ-MTTW-BTT", None, "Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 2896/QĐ-MTTW-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lâm Bình"), com("Mèo Vạc"), com("Minh Xuân"), com("Hà Giang 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ | Tin tức | Thi đua - Khen thưởng",
 "Ảnh minh họa: Cán bộ Mặt trận trao tiền hỗ trợ cho hộ bị sạt lở nhà ở xã Đồng Văn.", "tương thân tương ái", "lá lành đùm lá rách",
 "Hội Liên hiệp Phụ nữ tỉnh", "Công ty cổ phần Xi măng Tân Quang", "Ban Thi đua - Khen thưởng Ủy ban MTTQ tỉnh", "Lượt xem: 1.536"],
["15/01/2026 - 14:40", "bão số 10", "năm 2025", "tháng 9", "tháng 10/2025", "30/12/2025", "tháng 1/2026", "Lượt xem: 1.536", "Hà Giang 1"]))

PAGES.append(page("b8186-dongnai-mttq-soket-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
17/07/2026 - 10:05
Các đại biểu dự hội nghị sơ kết.
Mặt trận tỉnh Đồng Nai biểu dương 84 tập thể, cá nhân trong công tác bầu cử
Sáng 16-7, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Đặng Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Điểu Ré, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Sáu tháng đầu năm, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tỷ lệ cử tri đi bầu đạt 99,4%. Mặt trận đã tổ chức 3 vòng hiệp thương, giới thiệu 27 người ứng cử đại biểu Quốc hội và 126 người ứng cử đại biểu HĐND tỉnh; tổ chức 1.960 hội nghị lấy ý kiến cử tri nơi cư trú.
Quỹ "Vì người nghèo" các cấp tiếp nhận 54,6 tỷ đồng, hỗ trợ xây mới 312 căn nhà đại đoàn kết cho hộ nghèo, mỗi căn 70 triệu đồng; trao 840 suất học bổng cho học sinh dân tộc S'tiêng, Mnông, Khmer ở các xã biên giới. Mặt trận các cấp chủ trì 178 cuộc giám sát, nổi bật là giám sát việc thực hiện chính sách đối với người lao động mất việc ở các khu công nghiệp.
Tại hội nghị, bà Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, chia sẻ cách vận động 100% cử tri đồng bào S'tiêng đi bầu cử; bà Điểu Thị Lành, Trưởng ban công tác Mặt trận ấp Bù Lư, xã Phú Lý, nêu cách tổ chức "Tổ tự quản an ninh trật tự" ở vùng đồng bào dân tộc.
Phát biểu kết luận, đồng chí Đặng Thị Minh Nguyệt đề nghị 6 tháng cuối năm tiếp tục triển khai Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I; thực hiện hiệu quả Chương trình phối hợp số 03/CTPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 36 tập thể, 48 cá nhân có thành tích xuất sắc trong công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, mỗi Bằng khen kèm tiền thưởng từ 1,1 triệu đồng đến 2,2 triệu đồng. Tập thể được khen có: Ủy ban MTTQ Việt Nam phường Trấn Biên, phường Bình Phước, xã Bù Gia Mập, xã Phú Lý; Ban Tổ chức - Kiểm tra Ủy ban MTTQ Việt Nam tỉnh. Cá nhân có các đồng chí Trưởng ban công tác Mặt trận khu phố: Lê Văn Chín, Phạm Thị Thủy, Nguyễn Hoàng Long và bà Thị Bích.
Hội nghị cũng thừa nhận: việc lấy ý kiến cử tri ở các khu nhà trọ công nhân còn khó khăn, nhiều cử tri tạm trú chưa được cập nhật kịp thời.
Hoàng Lộc
Tin liên quan
- Công bố kết quả bầu cử đại biểu HĐND tỉnh khóa I (30/05/2026)
- Mặt trận tỉnh trao 60 căn nhà đại đoàn kết ở Bù Đăng (15/06/2026)
- Hội nghị hiệp thương lần thứ ba (20/04/2026)
""", "2026-07-17", "Mặt trận tỉnh Đồng Nai biểu dương 84 tập thể, cá nhân trong công tác bầu cử",
E("so_ket", "2026-H1", "2026-07-16"),
[P("Đặng Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Ré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Điểu Thị Lành", "Trưởng ban công tác Mặt trận ấp Bù Lư"),
 P("Lê Văn Chín", "Trưởng ban công tác Mặt trận khu phố"), P("Phạm Thị Thủy", "Trưởng ban công tác Mặt trận khu phố"),
 P("Nguyễn Hoàng Long", "Trưởng ban công tác Mặt trận khu phố")],
[Q("84 tập thể, cá nhân", 84, "tập thể, cá nhân"), Q("99,4%", 99.4, "%"), Q("3 vòng hiệp thương", 3, "vòng hiệp thương"),
 Q("27 người", 27, "người"), Q("126 người", 126, "người"), Q("1.960 hội nghị", 1960, "hội nghị"),
 Q("54,6 tỷ đồng", 54600000000, "đồng"), Q("312 căn nhà đại đoàn kết", 312, "căn nhà đại đoàn kết"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("840 suất học bổng", 840, "suất học bổng"), Q("178 cuộc giám sát", 178, "cuộc giám sát"), Q("100%", 100, "%"),
 Q("36 tập thể", 36, "tập thể"), Q("48 cá nhân", 48, "cá nhân"), Q("từ 1,1 triệu đồng", 1100000, "đồng"), Q("2,2 triệu đồng", 2200000, "đồng")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-UBND")],
[prov("Đồng Nai"), com("Bù Gia Mập"), com("Phú Lý"), com("Trấn Biên"), com("Bình Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Các đại biểu dự hội nghị sơ kết.", "Vì người nghèo",
 "Tổ tự quản an ninh trật tự", "Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I", "Bình Phước"],
["17/07/2026 - 10:05", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sáu tháng đầu năm", "khóa XVI", "nhiệm kỳ 2026 - 2031", "lần thứ I", "Sáng 16-7"]))

PAGES.append(page("b8187-hue-mttq-tongket-2026", """
BÁO HUẾ ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 03/12/2026 - 16:45
Mặt trận thành phố Huế tổng kết năm 2026: Hơn 300 tập thể, cá nhân được khen thưởng
Sáng 3/12, Ủy ban MTTQ Việt Nam thành phố Huế tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2026, triển khai nhiệm vụ năm 2027. Đồng chí Lê Trường Lưu, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì. Dự có đồng chí Hoàng Hải Minh, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố.
Đồng chí Hoàng Hải Minh phát biểu tại hội nghị.
Năm 2026, Mặt trận các cấp phối hợp tổ chức thành công Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ I, nhiệm kỳ 2026 - 2031 và đại hội ở 40/40 xã, phường. Quỹ "Vì người nghèo" các cấp vận động được 68,2 tỷ đồng; hỗ trợ xây mới 410 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn, mức hỗ trợ 80 triệu đồng/căn; trao 18.500 suất quà, trị giá khoảng 9,3 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 98,6% hộ gia đình đăng ký.
Mặt trận chủ trì 215 cuộc giám sát, 34 hội nghị phản biện xã hội; tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tại hội nghị, Hòa thượng Thích Chơn Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, nói về các hoạt động từ thiện của Phật giáo với tổng trị giá gần 40 tỷ đồng. Ông Hồ Văn Ngoan, Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2, chia sẻ cách vận động đồng bào Tà Ôi, Cơ Tu giữ rừng; bà Kăn Thị Hoa, người có uy tín thôn A Sáp, xã A Lưới 2, cho biết thôn đã có 17 hộ thoát nghèo trong năm.
Phát biểu chỉ đạo, đồng chí Hoàng Hải Minh đề nghị năm 2027 Mặt trận thành phố triển khai Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Thành ủy về tăng cường khối đại đoàn kết toàn dân tộc và công tác tôn giáo.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 2 tập thể và Bằng khen cho 7 tập thể, 12 cá nhân. Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 128 tập thể, 166 cá nhân theo Quyết định số 214/QĐ-MTTQ-BTT ngày 25/11/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, tổng tiền thưởng gần 450 triệu đồng. Các tập thể nhận Cờ thi đua: Ủy ban MTTQ Việt Nam phường Thuận Hóa, Ủy ban MTTQ Việt Nam phường Phú Xuân. Các cá nhân: Hồ Văn Ngoan; Kăn Thị Hoa; Nguyễn Thị Lài, Trưởng ban công tác Mặt trận tổ dân phố 7, phường Phong Điền; Linh mục Phaolô Trần Văn Lộc, Quản xứ giáo xứ Phủ Cam.
Hội nghị cũng nhận diện một số hạn chế: mối liên hệ giữa Mặt trận cấp xã với Ban công tác Mặt trận ở thôn, tổ dân phố sau sắp xếp chưa chặt chẽ; việc nắm bắt dư luận trên không gian mạng còn chậm.
Minh Hiền
Tin liên quan
- Huế tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 (18/11/2026)
- Bàn giao 30 căn nhà cho hộ nghèo ở A Lưới (25/10/2026)
- Mặt trận thành phố giám sát công tác bồi thường, tái định cư (10/09/2026)
""", "2026-12-03", "Mặt trận thành phố Huế tổng kết năm 2026: Hơn 300 tập thể, cá nhân được khen thưởng",
E("tong_ket", "2026", "2026-12-03"),
[P("Lê Trường Lưu", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Hoàng Hải Minh", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Thích Chơn Tâm", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
 P("Hồ Văn Ngoan", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2"),
 P("Kăn Thị Hoa", "người có uy tín thôn A Sáp"),
 P("Nguyễn Thị Lài", "Trưởng ban công tác Mặt trận tổ dân phố 7"),
 P("Phaolô Trần Văn Lộc", "Linh mục", "Quản xứ giáo xứ Phủ Cam")],
[Q("Hơn 300 tập thể, cá nhân", 300, "tập thể, cá nhân", "over"), Q("40/40 xã, phường", 40, "xã, phường"),
 Q("68,2 tỷ đồng", 68200000000, "đồng"), Q("410 căn nhà", 410, "căn nhà"), Q("80 triệu đồng/căn", 80000000, "đồng"),
 Q("18.500 suất quà", 18500, "suất quà"), Q("khoảng 9,3 tỷ đồng", 9300000000, "đồng", "approx"), Q("98,6%", 98.6, "%"),
 Q("215 cuộc giám sát", 215, "cuộc giám sát"), Q("34 hội nghị phản biện xã hội", 34, "hội nghị phản biện xã hội"),
 Q("12 hội nghị đối thoại", 12, "hội nghị đối thoại"), Q("gần 40 tỷ đồng", 40000000000, "đồng", "approx"), Q("17 hộ", 17, "hộ"),
 Q("2 tập thể", 2, "tập thể"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("128 tập thể", 128, "tập thể"),
 Q("166 cá nhân", 166, "cá nhân"), Q("gần 450 triệu đồng", 450000000, "đồng", "approx")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Quyết định", "214", "QĐ-MTTQ-BTT", "2026-11-25", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Quyết định số 214/QĐ-MTTQ-BTT ngày 25/11/2026")],
[prov("Huế"), com("A Lưới 2"), com("Thuận Hóa"), com("Phú Xuân"), com("Phong Điền")],
["BÁO HUẾ ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Đồng chí Hoàng Hải Minh phát biểu tại hội nghị.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ I"],
["Thứ Năm, 03/12/2026 - 16:45", "năm 2026", "năm 2027", "lần thứ I", "nhiệm kỳ 2026 - 2031", "A Lưới 2", "tổ dân phố 7"]))

PAGES.append(page("b8188-dienbien-mttq-tongket-2014", """
ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Hai, 29/12/2014 - 07:50
Ảnh: Các tập thể nhận Bằng khen của Ủy ban MTTQ tỉnh.
Tổng kết công tác Mặt trận năm 2014: Điện Biên trao thưởng 71 tập thể, cá nhân
ĐBP - Ngày 27/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2014 và triển khai chương trình phối hợp thống nhất hành động năm 2015. Chủ trì hội nghị có đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Quàng Thị Phương, Mùa A Sử.
Năm 2014, Mặt trận các cấp phối hợp tổ chức các hoạt động kỷ niệm 60 năm Chiến thắng Điện Biên Phủ; vận động Quỹ "Vì người nghèo" được 5,2 tỷ đồng, hỗ trợ làm mới 286 nhà đại đoàn kết theo Quyết định số 33/2013/QĐ-TTg của Thủ tướng Chính phủ và Chương trình phối hợp số 09/CTPH-MTTQ-BTT. Mỗi căn nhà được hỗ trợ từ 25 đến 30 triệu đồng. Mặt trận cũng vận động 1.140 hộ đồng bào Mông ở các xã vùng cao ký cam kết không di cư tự do, không nghe theo kẻ xấu tuyên truyền "xưng vua".
Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới được triển khai ở 1.628 thôn, bản, tổ dân phố; 1.012 thôn, bản đạt danh hiệu văn hóa, chiếm 62,2%. Ủy ban MTTQ các cấp chủ trì 118 cuộc giám sát, tiếp nhận 94 đơn thư, kiến nghị.
Tại hội nghị, ông Cà Văn Pọm, Chủ tịch Ủy ban MTTQ xã Mường Phăng, chia sẻ cách vận động bà con người Thái làm du lịch cộng đồng; ông Thào A Dính, người có uy tín bản Huổi Chan 1, xã Mường Lói, nêu kinh nghiệm hòa giải mâu thuẫn trong dòng họ. Bà Lường Thị Ngoan, Phó Chủ tịch Ủy ban MTTQ thị trấn Tuần Giáo, đề nghị bố trí kinh phí cho Ban công tác Mặt trận ở tổ dân phố.
Phát biểu chỉ đạo, đồng chí Lò Văn Muôn đề nghị năm 2015 Mặt trận các cấp tổ chức tốt đại hội nhiệm kỳ 2014 - 2019 ở cơ sở; tiếp tục thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 29 tập thể, 42 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân 300.000 đồng. Tập thể: Ủy ban MTTQ xã Mường Phăng, xã Mường Lói, phường Him Lam, Ban công tác Mặt trận bản Co Mận. Cá nhân: Cà Văn Pọm, Thào A Dính, Lường Thị Ngoan, Quàng Văn Tỉnh - Trưởng ban công tác Mặt trận tổ dân phố 5, phường Him Lam.
Hội nghị cũng chỉ ra những hạn chế như cán bộ Mặt trận ở cơ sở còn kiêm nhiệm nhiều việc, trình độ không đồng đều, nhiều người chưa thông thạo tiếng dân tộc.
Quàng Hương
Tin khác
- Trao 30 nhà đại đoàn kết cho hộ nghèo huyện Mường Nhé (20/12/2014)
- Ngày hội Đại đoàn kết ở bản Noong Bua (18/11/2014)
- Mặt trận tỉnh giám sát việc thực hiện Quyết định 33 ở Điện Biên Đông (15/10/2014)
""", "2014-12-29", "Tổng kết công tác Mặt trận năm 2014: Điện Biên trao thưởng 71 tập thể, cá nhân",
E("tong_ket", "2014", "2014-12-27"),
[P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quàng Thị Phương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Mùa A Sử", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Cà Văn Pọm", "Chủ tịch Ủy ban MTTQ xã Mường Phăng"),
 P("Thào A Dính", "người có uy tín bản Huổi Chan 1"),
 P("Lường Thị Ngoan", "Phó Chủ tịch Ủy ban MTTQ thị trấn Tuần Giáo"),
 P("Quàng Văn Tỉnh", "Trưởng ban công tác Mặt trận tổ dân phố 5")],
[Q("71 tập thể, cá nhân", 71, "tập thể, cá nhân"), Q("5,2 tỷ đồng", 5200000000, "đồng"), Q("286 nhà đại đoàn kết", 286, "nhà đại đoàn kết"),
 Q("từ 25", 25000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("1.140 hộ", 1140, "hộ"),
 Q("1.628 thôn, bản, tổ dân phố", 1628, "thôn, bản, tổ dân phố"), Q("1.012 thôn, bản", 1012, "thôn, bản"), Q("62,2%", 62.2, "%"),
 Q("118 cuộc giám sát", 118, "cuộc giám sát"), Q("94 đơn thư, kiến nghị", 94, "đơn thư, kiến nghị"),
 Q("29 tập thể", 29, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("600.000 đồng", 600000, "đồng"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "33", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2013/QĐ-TTg"),
 D("Chương trình phối hợp", "09", "CTPH-MTTQ-BTT", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Điện Biên"), com("Mường Phăng"), com("Mường Lói"), com("Tuần Giáo"), com("Him Lam")],
["ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Ảnh: Các tập thể nhận Bằng khen của Ủy ban MTTQ tỉnh.", "ĐBP", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chiến thắng Điện Biên Phủ"],
["Thứ Hai, 29/12/2014 - 07:50", "năm 2014", "năm 2015", "60 năm", "nhiệm kỳ 2014 - 2019", "bản Huổi Chan 1", "tổ dân phố 5"]))
