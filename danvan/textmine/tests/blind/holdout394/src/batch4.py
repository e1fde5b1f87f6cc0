from lib import *
PAGES = []

PAGES.append(page("b9431-tuyenquang-btgdv-giaoban-thang7-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Xây dựng Đảng
Cập nhật: 17:05, 06/08/2025 (GMT+7)
Giao ban tháng 7/2025: tháng đầu tiên vận hành chính quyền địa phương hai cấp
Sáng 5/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban đánh giá kết quả công tác tuyên giáo, dân vận tháng 7 và triển khai nhiệm vụ tháng 8 năm 2025. Đồng chí Hoàng Thị Nguyệt Ánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vương Mí Sính, Lương Thị Thu Hiền.
Đồng chí Hoàng Thị Nguyệt Ánh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu kết luận giao ban.
Tháng 7 là tháng đầu tiên tỉnh Tuyên Quang mới (hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội) vận hành mô hình chính quyền địa phương hai cấp với 124 xã, phường. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định số 15-QĐ/TU ngày 01/7/2025 quy định chức năng, nhiệm vụ của Ban; ban hành Kế hoạch 08, 09-KH/BTGDVTU về nắm bắt dư luận xã hội sau sắp xếp và về kiện toàn khối dân vận cấp xã. Tình hình tư tưởng cán bộ, đảng viên và nhân dân cơ bản ổn định, đồng tình với chủ trương sắp xếp đơn vị hành chính.
Qua khảo sát tại 36 xã vùng cao, người dân đánh giá việc giải quyết thủ tục hành chính tại trung tâm phục vụ hành chính công cấp xã thuận tiện hơn; tuy nhiên, ở một số xã xa trung tâm, bà con vẫn phải đi quãng đường trên 30 km để làm thủ tục, đường truyền mạng còn chập chờn. Toàn tỉnh đã hoàn thành hỗ trợ xóa 2.460 căn nhà tạm, nhà dột nát với tổng kinh phí khoảng 132,8 tỷ đồng.
Tại giao ban, đồng chí Vừ Mí Dình, Bí thư Đảng ủy xã Lũng Cú, cho biết xã đã thành lập 23 tổ công tác hỗ trợ người dân làm thủ tục trực tuyến. Đồng chí Ma Thị Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái, nêu khó khăn khi tổ chức sinh hoạt Mặt trận ở thôn do địa bàn rộng. Đồng chí Hà Văn Sinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, đề nghị sớm hướng dẫn việc hợp nhất các chi hội ở thôn.
Ban cũng quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy; tổ chức 97 hội nghị thông tin thời sự cho trên 8.200 cán bộ, đảng viên cấp xã.
Kết luận giao ban, đồng chí Hoàng Thị Nguyệt Ánh yêu cầu tháng 8 tập trung tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9; nắm chắc tâm tư của cán bộ, công chức cấp xã sau sắp xếp; hướng dẫn các xã, phường kiện toàn tổ dân vận thôn, tổ dân phố; phối hợp với Ủy ban MTTQ tỉnh chuẩn bị Đại hội đại biểu Mặt trận Tổ quốc tỉnh.
Thu Hà
Lượt xem: 1.214
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (02/07/2025)
- Phường Hà Giang 1 tập huấn nghiệp vụ dân vận (29/07/2025)
- Tuyên Quang: hoàn thành xóa nhà tạm, nhà dột nát (20/07/2025)
""", "2025-08-06", "Giao ban tháng 7/2025: tháng đầu tiên vận hành chính quyền địa phương hai cấp",
E("giao_ban", "2025-07", "2025-08-05"),
[P("Hoàng Thị Nguyệt Ánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vương Mí Sính", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Thị Thu Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vừ Mí Dình", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Ma Thị Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái"),
 P("Hà Văn Sinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("36 xã vùng cao", 36, "xã vùng cao"), Q("trên 30 km", 30, "km", "over"),
 Q("2.460 căn nhà tạm, nhà dột nát", 2460, "căn nhà tạm, nhà dột nát"),
 Q("khoảng 132,8 tỷ đồng", 132800000000, "đồng", "approx"), Q("23 tổ công tác", 23, "tổ công tác"),
 Q("97 hội nghị thông tin thời sự", 97, "hội nghị thông tin thời sự"),
 Q("trên 8.200 cán bộ, đảng viên", 8200, "cán bộ, đảng viên", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "15", "QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", "Quyết định số 15-QĐ/TU ngày 01/7/2025"),
 D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hồng Thái")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Xây dựng Đảng",
 "Đồng chí Hoàng Thị Nguyệt Ánh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu kết luận giao ban.",
 "Cách mạng Tháng Tám", "Lượt xem: 1.214"],
["Cập nhật: 17:05, 06/08/2025 (GMT+7)", "tháng 8 năm 2025", "80 năm", "Quốc khánh 2/9", "Lượt xem: 1.214"]))

PAGES.append(page("b9432-vinhlong-btgdv-giaoban-quy3-2025", """
Báo Vĩnh Long điện tử
Chính trị | Xây dựng Đảng | Dân vận
Thứ Sáu, 10/10/2025, 09:12
Giao ban công tác tuyên giáo và dân vận quý III/2025
Ngày 9/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác tuyên giáo, dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Đồng chí Nguyễn Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng chủ trì có các đồng chí Thạch Thị Chanh Tha, Huỳnh Văn Tám, Lê Hoàng Phúc - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Quang cảnh hội nghị giao ban quý III. Ảnh: Thảo Ly
Quý III là quý đầu tiên tỉnh Vĩnh Long mới, hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, đi vào hoạt động. Ban đã tham mưu tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, bám sát Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; tổ chức 215 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với nhân dân; tổng hợp 1.046 ý kiến, kiến nghị của cử tri.
Công tác dân vận trong vùng đồng bào Khmer được chú trọng; dịp lễ Sene Dolta, Ban phối hợp thăm, chúc mừng 143 chùa Phật giáo Nam tông Khmer, trao 8.600 phần quà cho hộ nghèo, hộ cận nghèo với tổng trị giá trên 4,3 tỷ đồng. Ban và Ủy ban MTTQ Việt Nam tỉnh đã ký Quy chế phối hợp số 03-QC/BTGDVTU-MTTQ về thực hiện công tác dân vận trong tình hình mới. Ban cũng ban hành Kế hoạch 11, 12-KH/BTGDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030 và về công tác vận động chức sắc, chức việc các tôn giáo.
Tình trạng triều cường, sạt lở bờ sông tiếp tục diễn biến phức tạp; trong quý có 37 điểm sạt lở, khối dân vận đã vận động 112 hộ di dời đến nơi an toàn.
Tại hội nghị, Hòa thượng Thạch Sô Phách, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tiếp tục quan tâm dạy chữ Khmer hè cho con em đồng bào. Linh mục Phanxicô Trần Văn Lộc, Quản xứ giáo xứ Cái Mơn, chia sẻ mô hình "Giáo xứ xanh - sạch - đẹp". Đồng chí Kim Thị Sa Rên, Bí thư Đảng ủy xã Long Hiệp, cho biết xã có 67% dân số là đồng bào Khmer và đã xây dựng 5 mô hình "Dân vận khéo" cấp xã. Đồng chí Đoàn Văn Lực, Phó Bí thư Thường trực Đảng ủy phường Phú Khương, đề nghị bổ sung biên chế cán bộ khối dân vận cho phường.
Kết luận hội nghị, đồng chí Nguyễn Thị Minh Thư đề nghị quý IV tập trung tuyên truyền, đưa Nghị quyết Đại hội Đảng bộ tỉnh vào cuộc sống; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc; quan tâm đời sống nhân dân vùng sạt lở; phát huy vai trò người có uy tín, chức sắc tôn giáo trong vận động nhân dân.
Thanh Thủy
Lượt xem: 1.487
Tin liên quan
- Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh (06/10/2025)
- Trà Cú: trao quà cho hộ nghèo Khmer (20/09/2025)
- Bến Tre (cũ): 30 năm phong trào "Đồng khởi mới" (15/09/2025)
""", "2025-10-10", "Giao ban công tác tuyên giáo và dân vận quý III/2025",
E("giao_ban", "2025-Q3", "2025-10-09"),
[P("Nguyễn Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Chanh Tha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tám", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phách", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Phanxicô Trần Văn Lộc", "Linh mục", "Quản xứ giáo xứ Cái Mơn"),
 P("Kim Thị Sa Rên", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Đoàn Văn Lực", "Phó Bí thư Thường trực Đảng ủy phường Phú Khương")],
[Q("3 tỉnh", 3, "tỉnh"), Q("215 cuộc đối thoại", 215, "cuộc đối thoại"), Q("1.046 ý kiến, kiến nghị", 1046, "ý kiến, kiến nghị"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("8.600 phần quà", 8600, "phần quà"),
 Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("37 điểm sạt lở", 37, "điểm sạt lở"), Q("112 hộ", 112, "hộ"),
 Q("67%", 67, "%"), Q("5 mô hình", 5, "mô hình")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Quy chế phối hợp", "03", "QC/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BTGDVTU-MTTQ"),
 D("Kế hoạch", "11", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 11, 12-KH/BTGDVTU"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 11, 12-KH/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phú Khương")],
["Báo Vĩnh Long điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "Quang cảnh hội nghị giao ban quý III. Ảnh: Thảo Ly",
 "Sene Dolta", "Giáo xứ xanh - sạch - đẹp", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.487"],
["Thứ Sáu, 10/10/2025, 09:12", "quý IV năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "giai đoạn 2025 - 2030",
 "Lượt xem: 1.487"]))

PAGES.append(page("b9433-lamdong-btgdv-giaoban-thang10-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ » Chính trị » Tin tức
Ngày 06/11/2025 | 10:40
Lâm Đồng: triển khai nhiệm vụ tuyên giáo, dân vận tháng 11/2025
Chiều 5/11, tại phường Lâm Viên - Đà Lạt, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban đánh giá kết quả công tác tháng 10/2025, triển khai nhiệm vụ tháng 11. Đồng chí Nguyễn Thị Bích Ngọc, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự giao ban có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kơ Să Ha Kim, Bá Văn Sơn, Trần Đức Hải; lãnh đạo các phòng chuyên môn và đại diện Ủy ban MTTQ Việt Nam tỉnh.
Các đại biểu dự giao ban tháng 10. Ảnh: Đình Văn
Tháng 10, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU ngày 15/10/2025 thực hiện Nghị quyết 66, 68-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật và về phát triển kinh tế tư nhân; tổ chức 148 hội nghị đối thoại ở các xã, phường với sự tham gia của khoảng 9.600 lượt người dân. Toàn tỉnh đã biểu dương 30 mô hình tiêu biểu trong phong trào "Dân vận khéo" của ba tỉnh trước hợp nhất.
Mưa lớn kéo dài gây sạt lở tại nhiều tuyến đường đèo; khối dân vận đã vận động 45 hộ khó khăn ở vùng nguy cơ sạt lở di dời tạm; Ủy ban MTTQ tỉnh tiếp nhận 12,8 tỷ đồng ủng hộ đồng bào bị thiệt hại do thiên tai.
Tình hình tôn giáo trên địa bàn ổn định; đồng bào Chăm Bà-la-môn ở các xã ven biển đã tổ chức lễ hội Katê an toàn, tiết kiệm. Một số nhóm sinh hoạt tôn giáo chưa được công nhận vẫn hoạt động ở vùng đồng bào K'Ho, Mnông.
Tại giao ban, đồng chí Kơ Să Ha Kim cho biết Ban đã khảo sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại 12 xã; 98,7% thôn, tổ dân phố đã xây dựng hương ước, quy ước. Đồng chí Điểu Thị Nga, Bí thư Đảng ủy xã Quảng Trực, đề nghị có cơ chế giữ chân cán bộ người Mnông tại các xã biên giới. Đồng chí Đàng Văn Thiện, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa, chia sẻ kinh nghiệm vận động chức sắc Chăm tham gia giữ gìn an ninh trật tự.
Kết luận giao ban, đồng chí Nguyễn Thị Bích Ngọc yêu cầu tháng 11 tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam và Ngày hội Đại đoàn kết toàn dân tộc; tiếp tục vận động người dân vùng sạt lở chủ động phòng tránh; phát huy vai trò người có uy tín trong đồng bào các dân tộc thiểu số; chuẩn bị báo cáo tổng kết công tác năm 2025.
Đồng chí cũng lưu ý các đảng ủy xã, phường sớm kiện toàn khối dân vận, bảo đảm mỗi xã có cán bộ chuyên trách công tác dân vận.
Hoài Thu
Lượt đọc: 903
Tin cùng chuyên mục
- Phường Bảo Lộc 1 ra mắt mô hình "Dân vận khéo" (30/10/2025)
- Giao ban công tác tuyên giáo, dân vận tháng 9/2025 (07/10/2025)
- Lễ hội Katê năm 2025 diễn ra an toàn (24/10/2025)
""", "2025-11-06", "Lâm Đồng: triển khai nhiệm vụ tuyên giáo, dân vận tháng 11/2025",
E("giao_ban", "2025-10", "2025-11-05"),
[P("Nguyễn Thị Bích Ngọc", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kơ Să Ha Kim", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bá Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Đức Hải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Nga", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Đàng Văn Thiện", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa")],
[Q("148 hội nghị đối thoại", 148, "hội nghị đối thoại"), Q("khoảng 9.600 lượt người dân", 9600, "lượt người dân", "approx"),
 Q("30 mô hình tiêu biểu", 30, "mô hình tiêu biểu"), Q("45 hộ khó khăn", 45, "hộ khó khăn"),
 Q("12,8 tỷ đồng", 12800000000, "đồng"), Q("12 xã", 12, "xã"), Q("98,7%", 98.7, "%")],
[D("Kế hoạch", "27", "KH/TU", "2025-10-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 15/10/2025"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66, 68-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66, 68-NQ/TW")],
[prov("Lâm Đồng"), com("Lâm Viên - Đà Lạt"), com("Quảng Trực"), com("Phan Hòa")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ » Chính trị » Tin tức", "Các đại biểu dự giao ban tháng 10. Ảnh: Đình Văn",
 "Dân vận khéo", "Katê", "Luật Thực hiện dân chủ ở cơ sở", "Ngày truyền thống Mặt trận Tổ quốc Việt Nam",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt đọc: 903"],
["Ngày 06/11/2025 | 10:40", "tháng 10/2025", "tháng 11/2025", "95 năm", "năm 2025", "Lượt đọc: 903"]))

PAGES.append(page("b9434-dongnai-btgdv-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Bạn đang ở: Trang chủ > Chính trị > Dân vận
Thứ Tư, 08/04/2026 - 15:00
Khối dân vận giao ban quý I/2026
Ngày 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban khối dân vận quý I năm 2026. Đồng chí Lâm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Tham dự có 54 đồng chí là lãnh đạo Ban, Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội trực thuộc và đại diện đảng ủy các xã, phường.
Đồng chí Lâm Thị Thanh Thủy phát biểu chỉ đạo hội nghị.
Quý I, khối dân vận tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 diễn ra ngày 15/3/2026, bám sát Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử. Các cấp đã tổ chức 420 hội nghị tiếp xúc cử tri; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,52%. Ban đã ban hành Kế hoạch 21, 22-KH/BTGDVTU về tuyên truyền bầu cử trong vùng đồng bào dân tộc thiểu số, tôn giáo và trong công nhân lao động.
Dịp Tết Bính Ngọ, Ủy ban MTTQ và các tổ chức thành viên đã trao 36.800 phần quà Tết cho hộ nghèo, công nhân khó khăn, trị giá khoảng 22 tỷ đồng; tổ chức 6 chuyến xe miễn phí đưa hơn 2.000 công nhân về quê đón Tết.
Trong quý, có 3 cuộc ngừng việc tập thể tại các doanh nghiệp ở khu công nghiệp Nhơn Trạch, Amata; các cơ quan đã phối hợp đối thoại, giải quyết ổn định. Tình trạng tranh chấp đất giữa người dân với các công ty cao su ở vùng Bình Phước trước đây vẫn còn 14 vụ chưa giải quyết dứt điểm.
Tại hội nghị, đồng chí Điểu Thị Xuân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả khảo sát đời sống đồng bào S'tiêng, Chơ Ro. Đồng chí Phạm Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh, đề nghị quan tâm nhà ở xã hội cho công nhân. Đồng chí Điểu Lành, Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã đã vận động 76 hộ đồng bào S'tiêng chuyển đổi cây trồng. Bà Thị Bích Vân, người có uy tín ấp 4, xã Phú Lý, đề nghị hỗ trợ giữ gìn nghề dệt thổ cẩm của người Chơ Ro.
Kết luận hội nghị, đồng chí Lâm Thị Thanh Thủy đề nghị quý II tập trung tuyên truyền, triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; nắm chắc tình hình công nhân, lao động; phối hợp giải quyết dứt điểm các vụ tranh chấp đất đai; chỉ đạo các xã, phường tổ chức đối thoại định kỳ với nhân dân theo quy định.
Lê Nguyên
Lượt xem: 1.358
Tin liên quan
- Phường Đồng Xoài giao ban công tác dân vận quý I (03/04/2026)
- Đồng Nai: 99,52% cử tri đi bầu (17/03/2026)
- Trao 500 phần quà Tết cho công nhân (05/02/2026)
""", "2026-04-08", "Khối dân vận giao ban quý I/2026",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Lâm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Xuân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Điểu Lành", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Bích Vân", "người có uy tín ấp 4")],
[Q("54 đồng chí", 54, "đồng chí"), Q("420 hội nghị tiếp xúc cử tri", 420, "hội nghị tiếp xúc cử tri"),
 Q("99,52%", 99.52, "%"), Q("36.800 phần quà Tết", 36800, "phần quà"),
 Q("khoảng 22 tỷ đồng", 22000000000, "đồng", "approx"), Q("6 chuyến xe", 6, "chuyến xe"),
 Q("hơn 2.000 công nhân", 2000, "công nhân", "over"), Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"),
 Q("14 vụ", 14, "vụ"), Q("76 hộ đồng bào S'tiêng", 76, "hộ đồng bào S'tiêng")],
[D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 46-CT/TW"),
 D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BTGDVTU"),
 D("Kế hoạch", "22", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 21, 22-KH/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Phú Lý")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Bạn đang ở: Trang chủ > Chính trị > Dân vận",
 "Đồng chí Lâm Thị Thanh Thủy phát biểu chỉ đạo hội nghị.", "Nhơn Trạch", "Amata", "Lượt xem: 1.358"],
["Thứ Tư, 08/04/2026 - 15:00", "quý I năm 2026", "54 đồng chí", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 15/3/2026",
 "Tết Bính Ngọ", "ấp 4", "lần thứ XIV", "quý II", "Lượt xem: 1.358"]))

PAGES.append(page("b9435-gialai-btgdv-giaoban-thang2-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Chính trị › Tuyên giáo - Dân vận
Thứ Năm, 5/3/2026 08:50
Đồng chí Rah Lan Lâm phát biểu kết luận hội nghị.
Gia Lai: giao ban công tác tuyên giáo và dân vận tháng 2
(GLO) - Sáng 4/3, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác tuyên giáo, dân vận tháng 2/2026, triển khai nhiệm vụ tháng 3. Đồng chí Rah Lan Lâm, TUV, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị tại điểm cầu phường Pleiku, kết nối trực tuyến với điểm cầu phường Quy Nhơn và 135 điểm cầu xã, phường.
Tháng 2 trùng với dịp Tết Nguyên đán Bính Ngọ. Hệ thống Mặt trận và các tổ chức chính trị - xã hội đã trao 41.500 phần quà cho hộ nghèo, gia đình chính sách, người có uy tín, tổng trị giá trên 25 tỷ đồng; tổ chức 27 điểm "Chợ Tết 0 đồng" ở các xã vùng đồng bào Jrai, Ba Na và vùng biển. Tình hình an ninh nông thôn được giữ vững; không có vụ việc phức tạp liên quan đến tôn giáo.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành kết luận số 18-KL/TU về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định; ban hành Hướng dẫn 04, 05-HD/BTGDVTU về bình chọn người có uy tín và về kiện toàn tổ dân vận thôn, làng. Toàn tỉnh hiện có 1.320 người có uy tín được hưởng chính sách theo Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ.
Trong tháng, các cơ quan khối dân vận tiếp nhận 18 vụ việc tranh chấp đất đai, đã phối hợp hòa giải thành 11 vụ. Một số hộ dân tại xã Ia Dom vẫn tổ chức sinh hoạt "Tin lành Đấng Christ" trái phép.
Tại hội nghị, đồng chí Siu Hương và đồng chí Trần Thị Thu Thảo - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả nắm tình hình dư luận xã hội sau Tết. Ông Ksor Y Bleo, Già làng làng Plei Dơr, xã Ia Dom, cho biết làng có 146 hộ, bà con đã ký cam kết không nghe kẻ xấu xúi giục. Đồng chí Đinh Thị Hlúi, Bí thư Đảng ủy xã An Lão, đề nghị hỗ trợ cây giống cho đồng bào Ba Na trồng rừng gỗ lớn. Đồng chí Nguyễn Văn Thắng, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn, chia sẻ mô hình "Tổ dân phố không có người nghiện ma túy".
Kết luận hội nghị, đồng chí Rah Lan Lâm đề nghị tháng 3 tập trung tuyên truyền kết quả Đại hội XIV của Đảng và kết quả bầu cử; phối hợp tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh; theo dõi sát tình hình di cư tự do, tranh chấp đất đai; phát huy vai trò người có uy tín trong giữ gìn an ninh trật tự ở làng.
Lê Hòa
Lượt xem: 1.076
Tin liên quan
- Trao 300 phần quà Tết cho người có uy tín (10/02/2026)
- Chư Păh: ra mắt tổ dân vận làng (26/02/2026)
- Giao ban công tác tuyên giáo và dân vận tháng 1/2026 (06/02/2026)
""", "2026-03-05", "Gia Lai: giao ban công tác tuyên giáo và dân vận tháng 2",
E("giao_ban", "2026-02", "2026-03-04"),
[P("Rah Lan Lâm", "TUV", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Thảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Y Bleo", "Già làng làng Plei Dơr"),
 P("Đinh Thị Hlúi", "Bí thư Đảng ủy xã An Lão"),
 P("Nguyễn Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("41.500 phần quà", 41500, "phần quà"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("27 điểm", 27, "điểm"),
 Q("1.320 người có uy tín", 1320, "người có uy tín"), Q("18 vụ việc tranh chấp đất đai", 18, "vụ việc tranh chấp đất đai"),
 Q("11 vụ", 11, "vụ"), Q("146 hộ", 146, "hộ")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "kết luận số 18-KL/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 04, 05-HD/BTGDVTU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 04, 05-HD/BTGDVTU"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg")],
[prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Quy Nhơn"), com("Ia Dom"), com("An Lão")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Chính trị › Tuyên giáo - Dân vận",
 "Đồng chí Rah Lan Lâm phát biểu kết luận hội nghị.", "(GLO)", "Chợ Tết 0 đồng", "Tin lành Đấng Christ",
 "Tổ dân phố không có người nghiện ma túy", "Lượt xem: 1.076"],
["Thứ Năm, 5/3/2026 08:50", "tháng 2/2026", "Tết Nguyên đán Bính Ngọ", "Chợ Tết 0 đồng", "Đại hội XIV", "95 năm",
 "Lượt xem: 1.076"]))

PAGES.append(page("b9436-angiang-btgdv-giaoban-thang4-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Chủ Nhật, 10/05/2026
Trang chủ / Hoạt động / Dân vận
Ngày đăng: 08/05/2026 | 16:15
Tháng 4, khối dân vận vận động 2.300 hộ hiến đất mở rộng đường
Chiều 7/5, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức giao ban công tác dân vận tháng 4/2026, triển khai nhiệm vụ tháng 5. Đồng chí Trịnh Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì giao ban.
Quang cảnh giao ban công tác dân vận tháng 4.
Nổi bật trong tháng là phong trào hiến đất mở rộng đường giao thông nông thôn: khối dân vận các cấp đã vận động 2.300 hộ hiến trên 186.000 m2 đất, di dời 412 hàng rào, mái che; giá trị nhân dân đóng góp ước khoảng 97 tỷ đồng. Nhiều xã vùng Bảy Núi và vùng biên giới đã ra mắt mô hình "Tuyến đường dân vận khéo".
Dịp Tết Chôl Chnăm Thmây, tỉnh đã thăm, chúc Tết 123 chùa Phật giáo Nam tông Khmer và 3.150 hộ gia đình Khmer; Ban phối hợp với Ủy ban MTTQ tỉnh thăm các thánh đường Hồi giáo của đồng bào Chăm. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 10, 11-CT/TU về công tác dân vận trong vùng đồng bào Khmer, Chăm và về vận động nhân dân thực hiện dân chủ ở cơ sở; ban hành Kế hoạch số 35-KH/BTGDVTU ngày 20/4/2026 kiểm tra việc thực hiện Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở.
Tại giao ban, đồng chí Danh Thị Kim Loan, vừa được phân công giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo tình hình khiếu nại tại các dự án: trong tháng tiếp nhận 41 đơn thư, đã hòa giải, giải quyết 33 trường hợp. Đồng chí Chau Thanh Hùng, Bí thư Đảng ủy xã Tri Tôn, cho biết xã có 71% dân số là đồng bào Khmer, đã vận động 260 hộ hiến đất. Ông Mohamad Ly, Hakim thánh đường Mubarak, xã Châu Phong, bày tỏ phấn khởi khi con đường vào xóm Chăm được mở rộng. Bà Néang Sa Mây, người có uy tín phum Ô Lâm, xã Ô Lâm, đề nghị hỗ trợ học bổng cho học sinh Khmer.
Về tình hình đời sống nhân dân, giá lúa Hè Thu giảm làm nông dân lo lắng; tình trạng sạt lở bờ sông Hậu tại phường Long Xuyên có 2 điểm nguy hiểm.
Kết luận giao ban, đồng chí Trịnh Quốc Hưng đề nghị tháng 5 tiếp tục nhân rộng phong trào hiến đất làm đường; tổ chức tốt các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh; tăng cường đối thoại với nông dân về tiêu thụ lúa; chủ động nắm tình hình tại các khu vực có dự án, không để phát sinh khiếu kiện đông người.
Đồng chí cũng yêu cầu các đảng ủy xã, phường hoàn thành việc kiện toàn tổ dân vận ấp, khóm trước ngày 30/6/2026.
Ngọc Hân
Lượt xem: 1.162
Tin khác
- Phường Rạch Giá giao ban khối dân vận tháng 4 (05/05/2026)
- Thăm, chúc Tết Chôl Chnăm Thmây tại xã Tri Tôn (12/04/2026)
- Giao ban công tác dân vận tháng 3/2026 (07/04/2026)
""", "2026-05-08", "Tháng 4, khối dân vận vận động 2.300 hộ hiến đất mở rộng đường",
E("giao_ban", "2026-04", "2026-05-07"),
[P("Trịnh Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Thị Kim Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Thanh Hùng", "Bí thư Đảng ủy xã Tri Tôn"),
 P("Mohamad Ly", "Hakim thánh đường Mubarak"),
 P("Néang Sa Mây", "người có uy tín phum Ô Lâm")],
[Q("2.300 hộ", 2300, "hộ"), Q("trên 186.000 m2", 186000, "m2", "over"), Q("412 hàng rào, mái che", 412, "hàng rào, mái che"),
 Q("khoảng 97 tỷ đồng", 97000000000, "đồng", "approx"), Q("123 chùa Phật giáo Nam tông Khmer", 123, "chùa Phật giáo Nam tông Khmer"),
 Q("3.150 hộ gia đình Khmer", 3150, "hộ gia đình Khmer"), Q("41 đơn thư", 41, "đơn thư"), Q("33 trường hợp", 33, "trường hợp"),
 Q("71%", 71, "%"), Q("260 hộ", 260, "hộ"), Q("2 điểm nguy hiểm", 2, "điểm nguy hiểm")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Kế hoạch", "35", "KH/BTGDVTU", "2026-04-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 35-KH/BTGDVTU ngày 20/4/2026"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("An Giang"), com("Tri Tôn"), com("Châu Phong"), com("Ô Lâm"), com("Long Xuyên")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ / Hoạt động / Dân vận",
 "Quang cảnh giao ban công tác dân vận tháng 4.", "Tuyến đường dân vận khéo", "Chôl Chnăm Thmây", "Bảy Núi",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.162"],
["Chủ Nhật, 10/05/2026", "Ngày đăng: 08/05/2026 | 16:15", "tháng 4/2026", "136 năm", "ngày 30/6/2026", "Lượt xem: 1.162"]))
