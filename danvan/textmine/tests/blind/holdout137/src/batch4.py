from lib import *
PAGES = []

PAGES.append(page("b3263-ninhbinh-mttq-phuong-namdinh-tongket-2025", """
BÁO NINH BÌNH ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
09.01.2026 | 08:10
Toàn cảnh hội nghị.
Mặt trận phường Nam Định triển khai nhiệm vụ năm 2026
Ngày 7/1, Ủy ban MTTQ Việt Nam phường Nam Định (tỉnh Ninh Bình) tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026.
Dự hội nghị có đồng chí Đoàn Minh Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường; đồng chí Vũ Thị Thanh Nga, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Ninh Bình; Linh mục Giuse Trần Văn Hiệp, Chánh xứ giáo xứ Khoái Đồng cùng 86 đại biểu.
Năm 2025 là năm đặc biệt khi phường Nam Định được thành lập từ 6 phường trung tâm thành phố Nam Định cũ, Mặt trận và 5 tổ chức chính trị - xã hội hợp nhất thành một đầu mối. Dù vậy, Mặt trận phường đã vận động quỹ "Vì người nghèo" được hơn 2,1 tỷ đồng, hỗ trợ xóa 12 nhà tạm, nhà dột nát, trao 1.560 suất quà Tết cho hộ nghèo, hộ có hoàn cảnh khó khăn; 38/38 tổ dân phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Tỷ lệ gia đình văn hóa đạt 94,7%.
Mặt trận phường đã chủ trì 7 cuộc giám sát, 2 hội nghị phản biện xã hội, trong đó có phản biện dự thảo phương án đặt tên 45 tuyến phố sau sáp nhập; tổng hợp 214 ý kiến, kiến nghị của cử tri và Nhân dân, đến nay đã có 189 ý kiến được trả lời. Bộ phận tiếp dân chung của Mặt trận và các đoàn thể tiếp 1.732 lượt người.
Tại hội nghị, ông Phạm Văn Thịnh, Trưởng Ban công tác Mặt trận tổ dân phố số 12, đề nghị giảm bớt các loại sổ sách, báo cáo; bà Trần Thị Mơ, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, nêu khó khăn khi một cán bộ phải theo dõi 3 - 4 lĩnh vực.
Phát biểu chỉ đạo, đồng chí Đoàn Minh Quang đề nghị năm 2026 Mặt trận phường thực hiện tốt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng, Quy định 304-QĐ/TW của Bộ Chính trị và Kế hoạch 02, 03-KH/ĐU của Ban Thường vụ Đảng ủy phường về tổ chức Đại hội đại biểu MTTQ Việt Nam phường và về vận động Nhân dân tham gia chỉnh trang đô thị.
Đồng chí Nguyễn Văn Hưng, Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Định, tiếp thu ý kiến và cho biết năm 2026 Mặt trận phấn đấu không còn hộ nghèo theo chuẩn của tỉnh. Dịp này, 10 tập thể và 21 cá nhân được tặng giấy khen.
Hải Yến
Tin liên quan
- Phường Thiên Trường: Mặt trận tổ chức hội nghị tổng kết năm 2025 (06/01/2026)
- Ninh Bình: hơn 3.000 suất quà Tết đến với hộ nghèo người Công giáo (04/01/2026)
- Xã Hải Hậu giám sát việc thực hiện chính sách bảo hiểm y tế (29/12/2025)
Báo Ninh Bình - Cơ quan của Đảng bộ tỉnh Ninh Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-01-09", "Mặt trận phường Nam Định triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Đoàn Minh Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường"),
 P("Vũ Thị Thanh Nga", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Ninh Bình"),
 P("Giuse Trần Văn Hiệp", "Linh mục", "Chánh xứ giáo xứ Khoái Đồng"),
 P("Phạm Văn Thịnh", "Trưởng Ban công tác Mặt trận tổ dân phố số 12"),
 P("Trần Thị Mơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Nguyễn Văn Hưng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nam Định")],
[Q("86 đại biểu", 86, "đại biểu"), Q("6 phường trung tâm", 6, "phường"), Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("12 nhà tạm, nhà dột nát", 12, "nhà tạm, nhà dột nát"),
 Q("1.560 suất quà", 1560, "suất quà"), Q("38/38 tổ dân phố", 38, "tổ dân phố"), Q("94,7%", 94.7, "%"), Q("7 cuộc giám sát", 7, "cuộc giám sát"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("45 tuyến phố", 45, "tuyến phố"),
 Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("189 ý kiến", 189, "ý kiến"), Q("1.732 lượt người", 1732, "lượt người"),
 Q("10 tập thể", 10, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định 304-QĐ/TW"),
 D("Kế hoạch", "02", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 02, 03-KH/ĐU"),
 D("Kế hoạch", "03", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 02, 03-KH/ĐU")],
[prov("Ninh Bình"), com("Nam Định")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "giáo xứ Khoái Đồng"],
["09.01.2026 | 08:10", "năm 2025", "năm 2026", "một đầu mối", "3 - 4 lĩnh vực", "tổ dân phố số 12"]))

PAGES.append(page("b3264-lamdong-mttq-xa-quangkhe-daihoi-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Bạn đang ở: Trang chủ / Tin tức / Đại hội Mặt trận các cấp
Thứ Năm, 12/03/2026
Ảnh: Ủy ban MTTQ Việt Nam xã Quảng Khê khóa I ra mắt đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Quảng Khê lần thứ I thành công tốt đẹp
Trong 2 ngày 10 và 11/3/2026, Ủy ban MTTQ Việt Nam xã Quảng Khê tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội điểm cấp xã của tỉnh Lâm Đồng. Tham dự có 150 đại biểu chính thức, đại diện cho hơn 21.000 người thuộc 14 dân tộc.
Dự đại hội có đồng chí Điểu Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trịnh Văn Hùng, Bí thư Đảng ủy xã. Xã Quảng Khê (trước đây thuộc huyện Đắk Glong, tỉnh Đắk Nông) được thành lập trên cơ sở nhập 2 xã Quảng Khê và Đắk Plao.
Báo cáo tại đại hội cho biết, từ khi hợp nhất tháng 7/2025, Mặt trận xã cùng các hội đã vận động xây dựng 23 căn nhà Đại đoàn kết với kinh phí hơn 1,4 tỷ đồng, hỗ trợ 96 hộ đồng bào Mông, Dao, Mnông có đất sản xuất; tổ chức 11 cuộc giám sát và tiếp nhận 87 ý kiến, kiến nghị của Nhân dân.
Đại hội đề ra 3 chương trình hành động, trong đó có chương trình "Mỗi bon, bản một mô hình tự quản" và phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm còn dưới 5%.
Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Hội nghị Ủy ban lần thứ nhất hiệp thương cử bà H'Ra Bon, Phó Bí thư Đảng ủy xã, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê khóa I; các ông, bà Triệu Văn Phin, Thào Thị Chá, Y Khiêm - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Trong đó, bà Thào Thị Chá đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ xã.
Đại hội cũng thông qua nghị quyết và bầu 12 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ I theo Kế hoạch số 118-KH/TU ngày 15/10/2025 của Ban Thường vụ Tỉnh ủy Lâm Đồng và Hướng dẫn số 62/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về đại hội Mặt trận các cấp nhiệm kỳ 2026 - 2031.
Phát biểu tại đại hội, già làng Điểu K'Rông, bon Ja Ráh, mong Mặt trận xã giữ nếp sinh hoạt ở bon, "cán bộ mới thì về bon nhiều hơn để bà con biết mặt".
Thúy Hằng
Xem thêm
- Lâm Đồng: 124 xã, phường hoàn thành đại hội Mặt trận trước tháng 5/2026 (05/03/2026)
- Đại hội điểm MTTQ Việt Nam phường Bảo Lộc (28/02/2026)
- Tập huấn công tác tổ chức đại hội Mặt trận cấp xã (10/02/2026)
- Xã Nam Dong ra mắt 5 tổ tự quản ở bon, bản (26/01/2026)
- Xã Đắk Song: Mặt trận vận động xây 8 nhà Đại đoàn kết (14/01/2026)
Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-03-12", "Đại hội đại biểu MTTQ Việt Nam xã Quảng Khê lần thứ I thành công tốt đẹp",
E("dai_hoi", None, "2026-03-10"),
[P("Điểu Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Văn Hùng", "Bí thư Đảng ủy xã"),
 P("H'Ra Bon", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê khóa I"),
 P("Triệu Văn Phin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Thị Chá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Y Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu K'Rông", "già làng")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 21.000 người", 21000, "người", "over"), Q("14 dân tộc", 14, "dân tộc"),
 Q("2 xã", 2, "xã"), Q("23 căn nhà Đại đoàn kết", 23, "căn nhà Đại đoàn kết"), Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("96 hộ đồng bào Mông, Dao, Mnông", 96, "hộ đồng bào Mông, Dao, Mnông"), Q("11 cuộc giám sát", 11, "cuộc giám sát"), Q("87 ý kiến, kiến nghị", 87, "ý kiến, kiến nghị"),
 Q("3 chương trình hành động", 3, "chương trình hành động"), Q("dưới 5%", 5, "%"), Q("55 vị", 55, "vị"), Q("12 đại biểu", 12, "đại biểu")],
[D("Kế hoạch", "118", "KH/TU", "2025-10-15", "Ban Thường vụ Tỉnh ủy Lâm Đồng", "Kế hoạch số 118-KH/TU ngày 15/10/2025"),
 D("Hướng dẫn", "62", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 62/HD-MTTW-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê"), com("Đắk Plao")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Bạn đang ở: Trang chủ / Tin tức / Đại hội Mặt trận các cấp",
 "Ảnh: Ủy ban MTTQ Việt Nam xã Quảng Khê khóa I ra mắt đại hội.", "Mỗi bon, bản một mô hình tự quản", "bon Ja Ráh"],
["Thứ Năm, 12/03/2026", "2 ngày", "lần thứ I", "nhiệm kỳ 2026 - 2031", "tháng 7/2025", "năm 2030", "khóa I"]))

PAGES.append(page("b3265-haiphong-mttq-phuong-haiduong-giaoban-2026", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng
Trang chủ > Mặt trận cơ sở > Phường, xã
Thứ Năm, 05/02/2026 - 16:20
Mặt trận phường Hải Dương giao ban tháng 1, bàn việc chăm lo Tết
Chiều 3/2/2026, Ban Thường trực Ủy ban MTTQ Việt Nam phường Hải Dương (thành phố Hải Phòng) tổ chức giao ban công tác tháng 1/2026 với các Phó Chủ tịch phụ trách đoàn thể và 32 Trưởng Ban công tác Mặt trận khu dân cư.
Đồng chí Bùi Thị Hạnh, Chủ tịch Ủy ban MTTQ phường (đứng) điều hành giao ban.
Đồng chí Bùi Thị Hạnh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì. Theo báo cáo, trong tháng 1, Mặt trận phường đã tiếp nhận hơn 680 triệu đồng và 2.400 kg gạo ủng hộ chương trình "Tết vì người nghèo"; rà soát được 412 hộ nghèo, cận nghèo, gia đình chính sách cần hỗ trợ dịp Tết Bính Ngọ 2026.
Bộ phận tiếp nhận ý kiến tại trụ sở đã ghi nhận 29 ý kiến, nhiều nhất là về việc cấp lại giấy tờ sau khi đổi địa chỉ hành chính và tình trạng đỗ xe trên vỉa hè đường Thống Nhất. Các Ban công tác Mặt trận khu dân cư đã hòa giải thành 6 vụ mâu thuẫn giữa các hộ.
Đồng chí Đào Văn Quý, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Nông dân phường, đề nghị dành 60 suất quà cho các hộ trồng rau ở khu Ngọc Uyên bị thiệt hại do rét đậm. Đồng chí Phạm Thị Ngọc Ánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường kiêm Bí thư Đoàn phường, thông tin về 5 đội thanh niên tình nguyện hỗ trợ viết câu đối, gói bánh chưng cho người già neo đơn.
Kết luận giao ban, đồng chí Bùi Thị Hạnh yêu cầu thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 12/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về tổ chức Tết vì người nghèo; bảo đảm mỗi hộ nghèo được tặng 1 suất quà trị giá 500.000 đồng, công khai danh sách ở 32 khu dân cư trước ngày 10/2. Mặt trận phường cũng triển khai lấy ý kiến Nhân dân về dự thảo Quy chế phối hợp số 01/QCPH giữa Ủy ban MTTQ phường với Công an phường.
Ông Lê Văn Tuấn, Trưởng Ban công tác Mặt trận khu dân cư Tuệ Tĩnh 2, đề nghị tăng phụ cấp cho cán bộ khu dân cư vì khối lượng việc tăng sau hợp nhất.
Minh Đức
Tin khác
- Phường Lê Thanh Nghị tổ chức hội nghị Ủy ban MTTQ lần thứ ba (30/01/2026)
- Hải Phòng: Mặt trận các cấp chăm lo Tết cho hơn 40.000 hộ khó khăn (27/01/2026)
- Xã An Hải lấy ý kiến người dân về việc đặt tên đường (20/01/2026)
- Phường Tân Hưng ra mắt mô hình "Khu dân cư không rác thải nhựa" (15/01/2026)
- Mặt trận phường Thạch Khôi giám sát việc thu phí vệ sinh môi trường (09/01/2026)
- Hội nghị Ủy ban MTTQ Việt Nam thành phố Hải Phòng lần thứ tư (06/01/2026)
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-02-05", "Mặt trận phường Hải Dương giao ban tháng 1, bàn việc chăm lo Tết",
E("giao_ban", "2026-01", "2026-02-03"),
[P("Bùi Thị Hạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đào Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường"),
 P("Phạm Thị Ngọc Ánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường kiêm Bí thư Đoàn phường"),
 P("Lê Văn Tuấn", "Trưởng Ban công tác Mặt trận khu dân cư Tuệ Tĩnh 2")],
[Q("32 Trưởng Ban công tác Mặt trận khu dân cư", 32, "Trưởng Ban công tác Mặt trận khu dân cư"),
 Q("hơn 680 triệu đồng", 680000000, "đồng", "over"), Q("2.400 kg", 2400, "kg"), Q("412 hộ nghèo, cận nghèo, gia đình chính sách", 412, "hộ nghèo, cận nghèo, gia đình chính sách"),
 Q("29 ý kiến", 29, "ý kiến"), Q("6 vụ mâu thuẫn", 6, "vụ mâu thuẫn"), Q("60 suất quà", 60, "suất quà"),
 Q("5 đội thanh niên tình nguyện", 5, "đội thanh niên tình nguyện"), Q("500.000 đồng", 500000, "đồng"), Q("32 khu dân cư", 32, "khu dân cư")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 09/KH-MTTQ-BTT ngày 12/1/2026"),
 D("Quy chế phối hợp", "01", "QCPH", None, None, "Quy chế phối hợp số 01/QCPH")],
[prov("Hải Phòng"), com("Hải Dương")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng", "Trang chủ > Mặt trận cơ sở > Phường, xã",
 "Đồng chí Bùi Thị Hạnh, Chủ tịch Ủy ban MTTQ phường (đứng) điều hành giao ban.", "Tết vì người nghèo", "Ngọc Uyên"],
["Thứ Năm, 05/02/2026 - 16:20", "tháng 1/2026", "Tết Bính Ngọ 2026", "1 suất quà", "trước ngày 10/2", "Tuệ Tĩnh 2"]))

PAGES.append(page("b3266-bacninh-mttq-xa-sondong-hoinghi-2026", """
BÁO BẮC NINH
Chính trị » Mặt trận » Cơ sở
09/04/2026 06:45
Xã Sơn Động: Hội nghị "Mặt trận lắng nghe Nhân dân" năm 2026
Ngày 7/4, Ủy ban MTTQ Việt Nam xã Sơn Động (tỉnh Bắc Ninh) tổ chức hội nghị "Mặt trận lắng nghe Nhân dân" năm 2026, thu hút hơn 170 người là đại diện các thôn, người có uy tín, chức sắc tôn giáo và hội viên các đoàn thể.
Đại biểu người Dao phát biểu ý kiến tại hội nghị.
Chủ trì hội nghị có bà Hoàng Thị Thoan, Chủ tịch Ủy ban MTTQ Việt Nam xã; ông La Văn Thắng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã. Xã Sơn Động mới (trước thuộc tỉnh Bắc Giang) được hình thành từ thị trấn An Châu và 3 xã, có 41 thôn với đồng bào Tày, Nùng, Dao, Sán Chay, Hoa cùng sinh sống.
Trong hội nghị, 31 ý kiến đã được nêu trực tiếp, ngoài ra Mặt trận xã nhận được 57 phiếu góp ý gửi trước qua hòm thư và nhóm Zalo. Ông Lý Văn Sình, người có uy tín thôn Nà Hin, phản ánh đường vào thôn còn 2 km đường đất, mùa mưa xe máy không đi được. Bà Đặng Thị Mai (người Dao, thôn Khe Rỗ) đề nghị hướng dẫn người dân đăng ký trồng rừng gỗ lớn theo Nghị định số 58/2024/NĐ-CP của Chính phủ. Ông Hà Văn Khuyên, thôn Đồng Bây, cho rằng từ khi các hội về chung Mặt trận, chi hội nông dân thôn "ít được tập huấn kỹ thuật hơn".
Ông Nông Quốc Huy, Phó Chủ tịch UBND xã, trả lời: xã đã đưa đường vào thôn Nà Hin vào danh mục đầu tư năm 2026 với kinh phí khoảng 3,8 tỷ đồng, nhân dân góp khoảng 15% bằng ngày công; đã tổ chức 4 lớp hướng dẫn trồng rừng gỗ lớn cho 260 hộ.
Bà Hoàng Thị Thoan cho biết, sau hợp nhất, Ủy ban MTTQ xã có 3 Phó Chủ tịch đồng thời phụ trách các hội; bà Chu Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã sẽ phối hợp với Trạm khuyến nông mở lại các lớp tập huấn ở thôn từ tháng 5. Các ý kiến được tổng hợp, theo dõi theo Quy định số 01-QĐ/ĐU ngày 20/1/2026 của Ban Thường vụ Đảng ủy xã về tiếp nhận, xử lý ý kiến Nhân dân.
Hội nghị là một trong 6 hội nghị lắng nghe Nhân dân mà Mặt trận xã tổ chức theo Kế hoạch số 11/KH-MTTQ-BTT năm 2026.
Ngọc Mai
Tin liên quan
- Xã Tuấn Đạo: Mặt trận giám sát việc bồi thường đường cao tốc (02/04/2026)
- Bắc Ninh: hơn 90% ý kiến Nhân dân gửi Mặt trận được trả lời (28/03/2026)
- Xã Dương Hưu tập huấn cho Ban công tác Mặt trận thôn (18/03/2026)
- Xã Lục Ngạn: người có uy tín vận động bà con hiến đất làm đường (12/03/2026)
- Phường Bắc Giang giao ban Ban công tác Mặt trận quý I (05/03/2026)
- Xã Yên Thế tổ chức Tết trồng cây xuân Bính Ngọ (26/02/2026)
Báo Bắc Ninh - Cơ quan của Đảng bộ tỉnh Bắc Ninh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-04-09", "Xã Sơn Động: Hội nghị \"Mặt trận lắng nghe Nhân dân\" năm 2026",
E("hoi_nghi", "2026", "2026-04-07"),
[P("Hoàng Thị Thoan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("La Văn Thắng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lý Văn Sình", "người có uy tín thôn Nà Hin"),
 P("Đặng Thị Mai"), P("Hà Văn Khuyên"),
 P("Nông Quốc Huy", "Phó Chủ tịch UBND xã"),
 P("Chu Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã")],
[Q("hơn 170 người", 170, "người", "over"), Q("3 xã", 3, "xã"), Q("41 thôn", 41, "thôn"), Q("31 ý kiến", 31, "ý kiến"),
 Q("57 phiếu góp ý", 57, "phiếu góp ý"), Q("2 km", 2, "km"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("khoảng 15%", 15, "%", "approx"), Q("4 lớp hướng dẫn trồng rừng gỗ lớn", 4, "lớp hướng dẫn trồng rừng gỗ lớn"), Q("260 hộ", 260, "hộ"),
 Q("3 Phó Chủ tịch", 3, "Phó Chủ tịch"), Q("6 hội nghị lắng nghe Nhân dân", 6, "hội nghị lắng nghe Nhân dân")],
[D("Nghị định", "58", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2024/NĐ-CP"),
 D("Quy định", "01", "QĐ/ĐU", "2026-01-20", "Ban Thường vụ Đảng ủy xã", "Quy định số 01-QĐ/ĐU ngày 20/1/2026"),
 D("Kế hoạch", "11", "KH-MTTQ-BTT", None, None, "Kế hoạch số 11/KH-MTTQ-BTT")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Sơn Động"), com("An Châu")],
["BÁO BẮC NINH", "Chính trị » Mặt trận » Cơ sở", "Đại biểu người Dao phát biểu ý kiến tại hội nghị.", "Mặt trận lắng nghe Nhân dân",
 "Trạm khuyến nông"],
["09/04/2026 06:45", "năm 2026", "từ tháng 5"]))

PAGES.append(page("b3267-camau-mttq-phuong-baclieu-giamsat-2026", """
Báo Cà Mau điện tử
Thời sự › Mặt trận - Đoàn thể
Ngày 21/05/2026 | 14:30
Mặt trận phường Bạc Liêu giám sát việc chi trả trợ cấp xã hội
(CMO) Ngày 19/5, Ban Thường trực Ủy ban MTTQ Việt Nam phường Bạc Liêu chủ trì, phối hợp với Ban Thanh tra nhân dân phường giám sát việc chi trả trợ cấp xã hội hằng tháng cho người cao tuổi, người khuyết tật và hộ nghèo trên địa bàn trong 4 tháng đầu năm 2026.
Đoàn giám sát làm việc với UBND phường Bạc Liêu.
Đoàn do ông Quách Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu làm trưởng đoàn; bà Lâm Thị Sa Ri, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường - Chủ tịch Hội Người cao tuổi phường làm phó đoàn. Đoàn đã làm việc với UBND phường và kiểm tra thực tế tại 5 khóm.
Theo báo cáo của UBND phường, hiện có 3.126 người hưởng trợ cấp xã hội hằng tháng, trong đó 2.418 người cao tuổi, 547 người khuyết tật. Từ tháng 1 đến tháng 4/2026, tổng kinh phí chi trả hơn 9,7 tỷ đồng; khoảng 72% đối tượng đã nhận qua tài khoản ngân hàng theo Quyết định số 1135/QĐ-UBND ngày 28/12/2025 của UBND tỉnh Cà Mau.
Qua giám sát, đoàn ghi nhận việc chi trả cơ bản đúng đối tượng, kịp thời; tuy nhiên còn 38 trường hợp chậm nhận tiền do chưa cập nhật thông tin sau khi đổi địa chỉ hành chính, 12 trường hợp người già không biết sử dụng tài khoản. Bà Trần Thị Út, 81 tuổi, khóm 2, cho biết bà phải nhờ hàng xóm rút tiền giùm.
Ông Danh Hiền, người có uy tín trong đồng bào Khmer khóm Nhà Mát, đề nghị phường bố trí điểm chi trả tiền mặt ở chùa Xiêm Cán cho bà con lớn tuổi.
Kết luận, ông Quách Văn Lực đề nghị UBND phường khắc phục 38 trường hợp chậm chi trả trước ngày 31/5; duy trì ít nhất 2 điểm chi trả tiền mặt; thực hiện đúng Nghị định số 20/2021/NĐ-CP của Chính phủ và Kế hoạch số 07/KH-MTTQ-BTT ngày 15/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam phường về giám sát năm 2026.
Ông Võ Hoàng Nam, Phó Chủ tịch UBND phường Bạc Liêu, tiếp thu và cho biết sẽ giao Phòng Văn hóa - Xã hội phường phối hợp với các khóm rà soát, hoàn thành trong tháng 6.
Được biết, đây là cuộc giám sát thứ 2 trong 5 cuộc giám sát năm 2026 của Mặt trận phường sau hợp nhất các tổ chức chính trị - xã hội.
Hồng Nhung
Tin liên quan
- Phường Vĩnh Trạch trao 30 suất học bổng cho học sinh nghèo (16/05/2026)
- Cà Mau: Mặt trận lấy ý kiến Nhân dân về dịch vụ công trực tuyến (09/05/2026)
- Xã Vĩnh Lợi tổ chức đối thoại với nông dân về giá lúa (30/04/2026)
- Phường Hiệp Thành giao ban công tác Mặt trận tháng 4 (24/04/2026)
- Bạc Liêu: Mặt trận vận động hỗ trợ ngư dân gặp nạn trên biển (18/04/2026)
Báo Cà Mau - Cơ quan của Đảng bộ tỉnh Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-05-21", "Mặt trận phường Bạc Liêu giám sát việc chi trả trợ cấp xã hội",
E("giam_sat", None, "2026-05-19"),
[P("Quách Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu"),
 P("Lâm Thị Sa Ri", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường - Chủ tịch Hội Người cao tuổi phường"),
 P("Trần Thị Út"),
 P("Danh Hiền", "người có uy tín trong đồng bào Khmer khóm Nhà Mát"),
 P("Võ Hoàng Nam", "Phó Chủ tịch UBND phường Bạc Liêu")],
[Q("5 khóm", 5, "khóm"), Q("3.126 người", 3126, "người"), Q("2.418 người cao tuổi", 2418, "người cao tuổi"),
 Q("547 người khuyết tật", 547, "người khuyết tật"), Q("hơn 9,7 tỷ đồng", 9700000000, "đồng", "over"), Q("khoảng 72%", 72, "%", "approx"),
 Q("38 trường hợp", 38, "trường hợp"), Q("12 trường hợp", 12, "trường hợp"), Q("ít nhất 2 điểm chi trả tiền mặt", 2, "điểm chi trả tiền mặt", "over"),
 Q("5 cuộc giám sát", 5, "cuộc giám sát")],
[D("Quyết định", "1135", "QĐ-UBND", "2025-12-28", "UBND tỉnh Cà Mau", "Quyết định số 1135/QĐ-UBND ngày 28/12/2025"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 07/KH-MTTQ-BTT ngày 15/1/2026")],
[prov("Cà Mau"), com("Bạc Liêu")],
["Báo Cà Mau điện tử", "Thời sự › Mặt trận - Đoàn thể", "(CMO)", "Đoàn giám sát làm việc với UBND phường Bạc Liêu.", "chùa Xiêm Cán",
 "Phòng Văn hóa - Xã hội phường"],
["Ngày 21/05/2026 | 14:30", "4 tháng đầu năm 2026", "tháng 4/2026", "81 tuổi", "khóm 2", "trước ngày 31/5", "tháng 6",
 "cuộc giám sát thứ 2", "năm 2026"]))

PAGES.append(page("b3268-thainguyen-mttq-xa-babe-zalo-2026", """
THÁI NGUYÊN ĐIỆN TỬ
Xã hội » Chuyện cơ sở
Thứ Năm, 11/06/2026 - 09:00
Chị Hoàng Thị Liên trả lời tin nhắn của người dân trong nhóm Zalo.
Nhóm Zalo "Mặt trận với dân" ở xã Ba Bể
Gần một năm sau khi Mặt trận và các đoàn thể cấp xã về chung một nhà, nhóm Zalo "Mặt trận với dân" của xã Ba Bể (tỉnh Thái Nguyên) đã trở thành nơi bà con các bản Tày, Dao gửi gắm đủ chuyện, từ con đường hỏng đến đàn trâu lạc.
Xã Ba Bể được lập từ thị trấn Chợ Rã và 3 xã Thượng Giáo, Địa Linh, Yến Dương của tỉnh Bắc Kạn cũ. Từ trụ sở xã tới bản xa nhất hơn 30 km, nên tháng 8/2025, Ủy ban MTTQ xã lập nhóm Zalo, mời Trưởng Ban công tác Mặt trận của 38 thôn, bản tham gia. Đến nay nhóm có hơn 2.600 thành viên.
Chị Hoàng Thị Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã, người quản trị nhóm, cho biết mỗi ngày nhận khoảng 20 tin nhắn. Trong 9 tháng, nhóm đã tiếp nhận 326 ý kiến, trong đó 291 ý kiến được trả lời, chuyển cơ quan chức năng xử lý. "Có ý kiến gửi lúc nửa đêm, sáng ra mình phải trả lời ngay, không thì bà con nghĩ Mặt trận không nghe", chị Liên nói.
Ông Triệu Tiến Phin, người có uy tín thôn Nà Làng, kể: tháng 3 vừa qua, ông chụp ảnh đoạn đường bị sạt gửi lên nhóm, chỉ 2 ngày sau xã đã cho người xuống khắc phục. Còn bà Nông Thị Mịn, thôn Cốc Tộc, thì vẫn muốn "gặp cán bộ nói chuyện trực tiếp", vì nhiều người già trong bản không dùng điện thoại thông minh.
Ông Ma Văn Thưởng, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể cho biết, để không bỏ sót người không dùng mạng, Mặt trận vẫn duy trì hòm thư góp ý ở 38 thôn, bản và lịch tiếp dân mỗi thứ Năm. Việc tiếp nhận ý kiến qua mạng được thực hiện theo Quy chế số 03-QC/MTTQ của Ủy ban MTTQ xã, thống nhất với Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên.
Theo ông Thưởng, từ nhóm Zalo, Mặt trận xã đã vận động được hơn 120 triệu đồng giúp 4 gia đình có người ốm nặng, và huy động 85 đoàn viên thanh niên giúp bà con thu hoạch lúa sau mưa đá.
Bài và ảnh: Thu Hằng
Tin liên quan
- Xã Chợ Đồn: Mặt trận lấy ý kiến người dân về chính quyền 2 cấp (04/06/2026)
- Thái Nguyên: 92 xã, phường hoàn thành đại hội Mặt trận nhiệm kỳ 2026 - 2031 (28/05/2026)
- Xã Nam Cường trao 6 nhà Đại đoàn kết (20/05/2026)
- Người có uy tín ở xã Phúc Lộc giữ gìn nghề dệt thổ cẩm (12/05/2026)
- Xã Bằng Thành tập huấn kỹ năng sử dụng mạng xã hội cho cán bộ Mặt trận (05/05/2026)
- Hội nghị người có uy tín tỉnh Thái Nguyên năm 2026 (28/04/2026)
Báo Thái Nguyên - Cơ quan của Đảng bộ tỉnh Thái Nguyên. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2026-06-11", "Nhóm Zalo \"Mặt trận với dân\" ở xã Ba Bể",
E("khac", None, None),
[P("Hoàng Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("Triệu Tiến Phin", "người có uy tín thôn Nà Làng"),
 P("Nông Thị Mịn"),
 P("Ma Văn Thưởng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể")],
[Q("3 xã", 3, "xã"), Q("hơn 30 km", 30, "km", "over"), Q("38 thôn, bản", 38, "thôn, bản"), Q("hơn 2.600 thành viên", 2600, "thành viên", "over"),
 Q("khoảng 20 tin nhắn", 20, "tin nhắn", "approx"), Q("326 ý kiến", 326, "ý kiến"), Q("291 ý kiến", 291, "ý kiến"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("4 gia đình", 4, "gia đình"), Q("85 đoàn viên thanh niên", 85, "đoàn viên thanh niên")],
[D("Quy chế", "03", "QC/MTTQ", None, "Ủy ban MTTQ xã", "Quy chế số 03-QC/MTTQ"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", "2025-07-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên", "Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/7/2025")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Chợ Rã"), com("Thượng Giáo"), com("Địa Linh"), com("Yến Dương")],
["THÁI NGUYÊN ĐIỆN TỬ", "Xã hội » Chuyện cơ sở", "Chị Hoàng Thị Liên trả lời tin nhắn của người dân trong nhóm Zalo.",
 "Mặt trận với dân", "Zalo"],
["Thứ Năm, 11/06/2026 - 09:00", "Gần một năm", "tháng 8/2025", "9 tháng", "nửa đêm", "tháng 3", "2 ngày"]))
