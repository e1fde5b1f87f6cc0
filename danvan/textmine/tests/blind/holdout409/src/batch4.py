from lib import *
PAGES = []

PAGES.append(page("b9791-tuyenquang-hhdn-daihoi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Kinh tế > Doanh nghiệp - Doanh nhân
Thứ Năm, 28/08/2025
Đại hội biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Hiệp hội Doanh nghiệp tỉnh lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 27/8, Hiệp hội Doanh nghiệp tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất Hiệp hội Doanh nghiệp hai tỉnh Tuyên Quang và Hà Giang theo chủ trương sắp xếp đơn vị hành chính cấp tỉnh. Dự đại hội có đồng chí Hầu Văn Páo, Phó Bí thư Tỉnh ủy; đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng 210 đại biểu đại diện cho 1.186 hội viên.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, các doanh nghiệp hội viên đã tạo việc làm cho khoảng 42.000 lao động, đóng góp trên 1.500 tỷ đồng vào ngân sách mỗi năm. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", cộng đồng doanh nghiệp đã ủng hộ 96,4 tỷ đồng, giúp xóa 1.628 căn nhà tạm cho hộ nghèo người Mông, Dao, Tày ở các xã vùng cao như xã Mèo Vạc, xã Đồng Văn, xã Lâm Bình. Hiện có 57 doanh nghiệp hội viên đã thành lập chi bộ với 612 đảng viên.
Phát biểu chỉ đạo, đồng chí Hầu Văn Páo đề nghị Hiệp hội tập trung tuyên truyền, đưa Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 198/2025/QH15 của Quốc hội vào cuộc sống; làm cầu nối giữa chính quyền với doanh nghiệp, giúp doanh nghiệp thích ứng với mô hình chính quyền địa phương hai cấp. Đồng chí đề nghị các doanh nghiệp phối hợp với Đảng ủy UBND tỉnh và đảng ủy các xã, phường nơi doanh nghiệp hoạt động để phát triển tổ chức đảng, tổ chức công đoàn.
Bà Vàng Thị Dính, Giám đốc Hợp tác xã Dệt lanh Lùng Tám, chia sẻ câu chuyện đưa sản phẩm thổ cẩm của phụ nữ Mông ra thị trường châu Âu, tạo việc làm cho 73 chị em. Ông Sùng Mí Chứ, Giám đốc Công ty TNHH Du lịch Cao nguyên đá, cho biết công ty dành 2% doanh thu cho quỹ học bổng học sinh vùng cao.
Đại hội đã bầu Ban Chấp hành Hiệp hội nhiệm kỳ 2025 - 2030 gồm 35 ủy viên. Ông Phạm Văn Hưng, Chủ tịch Hội đồng quản trị Công ty cổ phần Khoáng sản An Phú, được bầu giữ chức Chủ tịch Hiệp hội; các ông, bà Triệu Thị Lưu, Nguyễn Đình Khoa, Hoàng Văn Thịnh - Phó Chủ tịch Hiệp hội.
Đại hội thống nhất mục tiêu đến năm 2030 phát triển thêm ít nhất 500 hội viên; vận động 100% doanh nghiệp hội viên thực hiện đầy đủ chính sách bảo hiểm xã hội cho người lao động; mỗi năm đóng góp không dưới 20 tỷ đồng cho công tác an sinh xã hội.
Phương Thanh
Tin liên quan
- Doanh nghiệp đồng hành cùng xã mới sau sắp xếp (20/08/2025)
- Tuyên Quang công bố Quyết định thành lập Đảng ủy UBND tỉnh (03/07/2025)
- Hợp tác xã chè Shan tuyết Bắc Mê xuất khẩu lô hàng đầu tiên (25/06/2025)
""", "2025-08-28", "Đại hội Hiệp hội Doanh nghiệp tỉnh lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-27"),
[P("Hầu Văn Páo", "Phó Bí thư Tỉnh ủy"),
 P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Dính", "Giám đốc Hợp tác xã Dệt lanh Lùng Tám"),
 P("Sùng Mí Chứ", "Giám đốc Công ty TNHH Du lịch Cao nguyên đá"),
 P("Phạm Văn Hưng", "Chủ tịch Hội đồng quản trị Công ty cổ phần Khoáng sản An Phú", "Chủ tịch Hiệp hội"),
 P("Triệu Thị Lưu", "Phó Chủ tịch Hiệp hội"),
 P("Nguyễn Đình Khoa", "Phó Chủ tịch Hiệp hội"),
 P("Hoàng Văn Thịnh", "Phó Chủ tịch Hiệp hội")],
[Q("210 đại biểu", 210, "đại biểu"), Q("1.186 hội viên", 1186, "hội viên"), Q("khoảng 42.000 lao động", 42000, "lao động", "approx"),
 Q("trên 1.500 tỷ đồng", 1500000000000, "đồng", "over"), Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("1.628 căn nhà tạm", 1628, "căn nhà tạm"),
 Q("57 doanh nghiệp hội viên", 57, "doanh nghiệp hội viên"), Q("612 đảng viên", 612, "đảng viên"), Q("73 chị em", 73, "chị em"),
 Q("2% doanh thu", 2, "%"), Q("35 ủy viên", 35, "ủy viên"), Q("ít nhất 500 hội viên", 500, "hội viên", "over"), Q("100% doanh nghiệp hội viên", 100, "%"),
 Q("không dưới 20 tỷ đồng", 20000000000, "đồng", "over")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Nghị quyết", "198", "2025/QH15", None, "Quốc hội", "Nghị quyết số 198/2025/QH15")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Đồng Văn"), com("Lâm Bình")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Kinh tế > Doanh nghiệp - Doanh nhân", "Đại hội biểu quyết thông qua Nghị quyết Đại hội.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Hợp tác xã Dệt lanh Lùng Tám", "Công ty TNHH Du lịch Cao nguyên đá"],
["Thứ Năm, 28/08/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2030", "hai cấp", "hai tỉnh"]))

PAGES.append(page("b9792-tayninh-mttq-traoqua-2025", """
BÁO TÂY NINH ONLINE
Xã hội / Vì cộng đồng
22/9/2025 10:40
Doanh nghiệp trao nhà và quà Trung thu cho hộ nghèo xã Hậu Nghĩa
Sáng 20/9, Ủy ban MTTQ Việt Nam xã Hậu Nghĩa phối hợp Công ty cổ phần Đầu tư Hải Sơn và Hợp tác xã Nông nghiệp Tân Mỹ tổ chức trao tặng 8 căn nhà đại đoàn kết và 400 phần quà Trung thu cho hộ nghèo, hộ cận nghèo và trẻ em có hoàn cảnh khó khăn trên địa bàn xã.
Đại diện Công ty cổ phần Đầu tư Hải Sơn trao bảng tượng trưng nhà đại đoàn kết. Ảnh: Bảo Ngọc
Mỗi căn nhà có diện tích 45 m2, trị giá 80 triệu đồng, do công ty hỗ trợ 60 triệu đồng, phần còn lại do Ủy ban MTTQ Việt Nam xã vận động và gia đình đối ứng. Mỗi phần quà Trung thu gồm bánh, sữa, lồng đèn và 200.000 đồng tiền mặt. Tổng kinh phí chương trình hơn 750 triệu đồng.
Tham dự có đồng chí Nguyễn Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh; đồng chí Lê Hoàng Phúc, Bí thư Đảng ủy xã Hậu Nghĩa; đồng chí Võ Thanh Tùng, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Ông Trịnh Văn Sang, Tổng Giám đốc công ty, cho biết từ đầu năm đến nay, công ty đã dành 2,6 tỷ đồng cho công tác an sinh xã hội tại các xã Hậu Nghĩa, Đức Hòa, Mỹ Hạnh. Công ty hiện có chi bộ 23 đảng viên; năm 2025 chi bộ giới thiệu 4 công nhân ưu tú để kết nạp vào Đảng. Hợp tác xã Nông nghiệp Tân Mỹ với 128 thành viên cũng góp 50 triệu đồng và nhận bao tiêu rau cho 15 hộ nghèo.
Nhận nhà mới, bà Phan Thị Út, 67 tuổi, ở ấp Tân Hòa, xúc động: "Cả đời tôi ở nhà lá, nay có căn nhà vững chắc, không còn lo mưa bão".
Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Mỹ Linh cho biết, sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh, tỉnh đang tập trung hoàn thành Chương trình xóa nhà tạm, nhà dột nát trước ngày 31/10/2025 theo Kế hoạch số 112-KH/TU của Ban Thường vụ Tỉnh ủy. Đến nay toàn tỉnh đã hoàn thành 2.964 căn, đạt 97,8%; còn 65 căn đang xây dựng. Đồng chí đề nghị cấp ủy, chính quyền các xã, phường tiếp tục vận động doanh nghiệp, hợp tác xã đồng hành với người nghèo, đồng thời quan tâm phát triển tổ chức đảng trong doanh nghiệp ở địa bàn.
Theo Đảng ủy xã Hậu Nghĩa, sau khi vận hành chính quyền địa phương hai cấp, xã đã thành lập Tổ công tác kết nối doanh nghiệp do một đồng chí Phó Bí thư Đảng ủy làm tổ trưởng, định kỳ gặp gỡ chủ doanh nghiệp, hợp tác xã để nắm bắt khó khăn, đồng thời vận động doanh nghiệp tham gia các phong trào an sinh xã hội trên địa bàn.
Dịp này, Ủy ban MTTQ Việt Nam xã trao thư cảm ơn cho 6 doanh nghiệp, hợp tác xã có nhiều đóng góp cho Quỹ "Vì người nghèo" xã.
Sau buổi lễ, đoàn đến thăm và tặng quà cho Mẹ Việt Nam Anh hùng Nguyễn Thị Bông ở ấp Tân Hòa.
Bảo Ngọc
Tin khác
- Phường Long An ra mắt mô hình "Doanh nghiệp đồng hành cùng khu phố" (16/09/2025)
- Ủy ban MTTQ tỉnh trao 200 suất học bổng (10/09/2025)
- Đức Hòa: hợp tác xã rau an toàn mở rộng liên kết (02/09/2025)
""", "2025-09-22", "Doanh nghiệp trao nhà và quà Trung thu cho hộ nghèo xã Hậu Nghĩa",
E("trao_qua", None, "2025-09-20"),
[P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"),
 P("Lê Hoàng Phúc", "Bí thư Đảng ủy xã Hậu Nghĩa"),
 P("Võ Thanh Tùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trịnh Văn Sang", "Tổng Giám đốc công ty"),
 P("Phan Thị Út"),
 P("Nguyễn Thị Bông", "Mẹ Việt Nam Anh hùng")],
[Q("8 căn nhà đại đoàn kết", 8, "căn nhà đại đoàn kết"), Q("400 phần quà", 400, "phần quà"), Q("45 m2", 45, "m2"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 750 triệu đồng", 750000000, "đồng", "over"), Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("23 đảng viên", 23, "đảng viên"),
 Q("4 công nhân ưu tú", 4, "công nhân ưu tú"), Q("128 thành viên", 128, "thành viên"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("15 hộ nghèo", 15, "hộ nghèo"), Q("2.964 căn", 2964, "căn"), Q("97,8%", 97.8, "%"), Q("65 căn", 65, "căn"),
 Q("6 doanh nghiệp, hợp tác xã", 6, "doanh nghiệp, hợp tác xã")],
[D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU")],
[prov("Tây Ninh"), com("Hậu Nghĩa"), com("Đức Hòa"), com("Mỹ Hạnh"), prov("Long An")],
["BÁO TÂY NINH ONLINE", "Xã hội / Vì cộng đồng", "Đại diện Công ty cổ phần Đầu tư Hải Sơn trao bảng tượng trưng nhà đại đoàn kết. Ảnh: Bảo Ngọc",
 "Vì người nghèo", "Chương trình xóa nhà tạm, nhà dột nát", "Hợp tác xã Nông nghiệp Tân Mỹ", "Công ty cổ phần Đầu tư Hải Sơn"],
["22/9/2025 10:40", "67 tuổi", "năm 2025", "31/10/2025"]))

PAGES.append(page("b9793-vinhlong-ubnd-hoinghi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ › Tin tức sự kiện › Hoạt động lãnh đạo
Ngày 14/10/2025 - 18:30
Lãnh đạo tỉnh phát biểu tại hội nghị.
Vĩnh Long: hơn 400 doanh nghiệp, hợp tác xã dự hội nghị gặp mặt nhân Ngày Doanh nhân Việt Nam
Chiều 13/10, tại phường Long Châu, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị gặp mặt doanh nghiệp, doanh nhân, hợp tác xã năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Trần Minh Khôi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; đồng chí Thạch Thị Sóc Khanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng dự.
Theo báo cáo, toàn tỉnh hiện có hơn 11.800 doanh nghiệp và 724 hợp tác xã. 9 tháng năm 2025, có 1.036 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.850 tỷ đồng. Cộng đồng doanh nghiệp đã đóng góp 312 tỷ đồng cho chương trình xóa nhà tạm, nhà dột nát, hỗ trợ xây dựng 4.120 căn nhà cho hộ nghèo, hộ chính sách; tặng hơn 25.000 phần quà cho người lao động khó khăn. Có 146 doanh nghiệp tư nhân có tổ chức đảng, tăng 18 tổ chức so với cuối năm 2024.
Tại hội nghị, bà Huỳnh Thị Ngọc Bích, Giám đốc Công ty TNHH Kẹo dừa Thanh Long ở phường An Hội, kiến nghị đơn giản thủ tục xác nhận vùng nguyên liệu dừa hữu cơ. Ông Kiên Sóc Ra, người Khmer, Giám đốc Hợp tác xã Nông nghiệp Long Hiệp ở xã Long Hiệp, cho biết hợp tác xã có 236 thành viên, mong được tiếp cận gói tín dụng 500 tỷ đồng cho hợp tác xã theo Nghị quyết số 68-NQ/TW. Ông Lê Văn Nghĩa, Chủ tịch Hội Doanh nhân trẻ tỉnh, đề nghị tỉnh tổ chức đối thoại định kỳ hằng quý.
Phát biểu kết luận, đồng chí Trần Minh Khôi cảm ơn doanh nghiệp đã chung tay vì người nghèo; cam kết giải quyết kiến nghị trong 30 ngày. Tỉnh sẽ triển khai Kế hoạch số 45/KH-UBND ngày 2/9/2025 của UBND tỉnh thực hiện Nghị quyết số 198/2025/QH15 của Quốc hội về một số cơ chế, chính sách đặc biệt phát triển kinh tế tư nhân; phấn đấu đến năm 2030 có 20.000 doanh nghiệp hoạt động.
Đồng chí Thạch Thị Sóc Khanh đề nghị các doanh nghiệp tiếp tục đồng hành với Mặt trận trong chăm lo Tết cho người nghèo, ưu tiên các xã có đông đồng bào Khmer như xã Tập Sơn, xã Long Hiệp; đồng thời mong các chủ doanh nghiệp tạo điều kiện để người lao động tham gia tổ chức đảng, công đoàn.
Dịp này, UBND tỉnh tặng bằng khen cho 50 doanh nghiệp, 10 hợp tác xã tiêu biểu.
Hoàng Vũ
Tin liên quan
- Vĩnh Long ra mắt Hiệp hội Doanh nghiệp tỉnh (30/09/2025)
- Hợp tác xã dừa sáp Cầu Kè mở rộng thị trường (22/09/2025)
- Doanh nghiệp ủng hộ 12 tỷ đồng xóa nhà tạm (15/09/2025)
""", "2025-10-14", "Vĩnh Long: hơn 400 doanh nghiệp, hợp tác xã dự hội nghị gặp mặt nhân Ngày Doanh nhân Việt Nam",
E("hoi_nghi", "2025", "2025-10-13"),
[P("Trần Minh Khôi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sóc Khanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Ngọc Bích", "Giám đốc Công ty TNHH Kẹo dừa Thanh Long"),
 P("Kiên Sóc Ra", "Giám đốc Hợp tác xã Nông nghiệp Long Hiệp"),
 P("Lê Văn Nghĩa", "Chủ tịch Hội Doanh nhân trẻ tỉnh")],
[Q("hơn 400 doanh nghiệp, hợp tác xã", 400, "doanh nghiệp, hợp tác xã", "over"), Q("hơn 11.800 doanh nghiệp", 11800, "doanh nghiệp", "over"),
 Q("724 hợp tác xã", 724, "hợp tác xã"), Q("1.036 doanh nghiệp", 1036, "doanh nghiệp"), Q("9.850 tỷ đồng", 9850000000000, "đồng"),
 Q("312 tỷ đồng", 312000000000, "đồng"), Q("4.120 căn nhà", 4120, "căn nhà"), Q("hơn 25.000 phần quà", 25000, "phần quà", "over"),
 Q("146 doanh nghiệp tư nhân", 146, "doanh nghiệp tư nhân"), Q("18 tổ chức", 18, "tổ chức"), Q("236 thành viên", 236, "thành viên"),
 Q("500 tỷ đồng", 500000000000, "đồng"), Q("20.000 doanh nghiệp", 20000, "doanh nghiệp"), Q("50 doanh nghiệp", 50, "doanh nghiệp"),
 Q("10 hợp tác xã tiêu biểu", 10, "hợp tác xã tiêu biểu")],
[D("Nghị quyết", "68", "NQ/TW", None, None, "Nghị quyết số 68-NQ/TW"),
 D("Kế hoạch", "45", "KH-UBND", "2025-09-02", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 2/9/2025"),
 D("Nghị quyết", "198", "2025/QH15", None, "Quốc hội", "Nghị quyết số 198/2025/QH15")],
[prov("Vĩnh Long"), com("Long Châu"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội"), com("Long Hiệp"), com("Tập Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG", "Trang chủ › Tin tức sự kiện › Hoạt động lãnh đạo", "Lãnh đạo tỉnh phát biểu tại hội nghị.",
 "Ngày Doanh nhân Việt Nam", "Công ty TNHH Kẹo dừa Thanh Long", "Hợp tác xã Nông nghiệp Long Hiệp"],
["Ngày 14/10/2025 - 18:30", "năm 2025", "9 tháng năm 2025", "năm 2024", "30 ngày", "năm 2030", "hằng quý"]))

PAGES.append(page("b9794-dongnai-btgdv-giamsat-2025", """
ĐẢNG BỘ TỈNH ĐỒNG NAI
Trang chủ | Tuyên giáo - Dân vận | Tin hoạt động
Ngày đăng 20/11/2025 | 16:20
Giám sát việc phát triển tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân tại phường Đồng Xoài
Ngày 19/11, Đoàn giám sát của Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai do đồng chí Điểu Thị Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn, đã giám sát việc thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư và Nghị quyết số 68-NQ/TW của Bộ Chính trị tại Đảng ủy phường Đồng Xoài và 3 doanh nghiệp tư nhân trên địa bàn.
Đoàn giám sát làm việc tại Công ty TNHH Chế biến hạt điều Phước Long. Ảnh: Hải Yến
Cuộc giám sát thực hiện theo Quyết định số 25-QĐ/BTGDVTU ngày 3/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy. Thành viên đoàn có đại diện Ban Tổ chức Tỉnh ủy, Đảng ủy UBND tỉnh, Liên đoàn Lao động tỉnh và Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của Đảng ủy phường Đồng Xoài cho biết, trên địa bàn phường có 1.264 doanh nghiệp, trong đó 9 doanh nghiệp có tổ chức đảng với 138 đảng viên, 41 doanh nghiệp có công đoàn cơ sở. Từ ngày 1/7/2025 đến nay, phường đã thành lập mới 2 chi bộ trong doanh nghiệp, kết nạp 11 đảng viên là công nhân. Các doanh nghiệp đóng góp 1,85 tỷ đồng xây dựng 22 căn nhà đại đoàn kết cho hộ nghèo người S'tiêng ở phường Đồng Xoài và xã Bù Đăng.
Tại Công ty TNHH Chế biến hạt điều Phước Long, ông Điểu Lên, Bí thư Chi bộ, Phó Giám đốc công ty, cho biết chi bộ có 14 đảng viên, mỗi quý tổ chức đối thoại với 1.150 công nhân; công ty đóng đầy đủ bảo hiểm xã hội, không nợ lương. Bà Trần Ngọc Diệp, Giám đốc Công ty cổ phần May mặc Trấn Biên, chi nhánh Đồng Xoài, cho biết do đơn hàng giảm, công ty phải giảm giờ làm đối với 320 lao động nhưng vẫn hỗ trợ mỗi người 500.000 đồng/tháng.
Qua giám sát, đoàn đánh giá Đảng ủy phường đã quan tâm lãnh đạo công tác xây dựng tổ chức đảng trong doanh nghiệp; tuy nhiên tỷ lệ doanh nghiệp có tổ chức đảng mới đạt 0,7%, một số chủ doanh nghiệp chưa thực sự ủng hộ; việc nắm tình hình tư tưởng công nhân ở các khu nhà trọ còn hạn chế. Còn 4 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền trên 2,3 tỷ đồng.
Kết luận buổi giám sát, đồng chí Điểu Thị Hạnh đề nghị Đảng ủy phường xây dựng kế hoạch cụ thể, phân công cấp ủy viên phụ trách từng doanh nghiệp có từ 50 lao động trở lên; phối hợp với Đảng ủy UBND tỉnh, Liên đoàn Lao động tỉnh vận động thành lập ít nhất 3 chi bộ trong năm 2026. Đồng chí Nguyễn Văn Lực, Bí thư Đảng ủy phường Đồng Xoài, tiếp thu và cam kết khắc phục những hạn chế đoàn giám sát chỉ ra.
Sau Đồng Xoài, đoàn sẽ giám sát tại phường Trấn Biên và xã Nhơn Trạch trong tháng 12.
Hải Yến
Các tin khác
- Hội nghị sơ kết công tác dân vận quý III (10/10/2025)
- Ra mắt Câu lạc bộ doanh nhân đồng hành cùng phường Bình Phước (29/09/2025)
- Đồng Nai: 60 doanh nghiệp ký cam kết đồng hành xây dựng xã mới (15/09/2025)
""", "2025-11-20", "Giám sát việc phát triển tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân tại phường Đồng Xoài",
E("giam_sat", None, "2025-11-19"),
[P("Điểu Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "Bí thư Chi bộ", "Phó Giám đốc công ty"),
 P("Trần Ngọc Diệp", "Giám đốc Công ty cổ phần May mặc Trấn Biên"),
 P("Nguyễn Văn Lực", "Bí thư Đảng ủy phường Đồng Xoài")],
[Q("3 doanh nghiệp tư nhân", 3, "doanh nghiệp tư nhân"), Q("1.264 doanh nghiệp", 1264, "doanh nghiệp"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("138 đảng viên", 138, "đảng viên"), Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("2 chi bộ", 2, "chi bộ"), Q("11 đảng viên", 11, "đảng viên"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("22 căn nhà đại đoàn kết", 22, "căn nhà đại đoàn kết"), Q("14 đảng viên", 14, "đảng viên"),
 Q("1.150 công nhân", 1150, "công nhân"), Q("320 lao động", 320, "lao động"), Q("500.000 đồng", 500000, "đồng"), Q("0,7%", 0.7, "%"),
 Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("từ 50 lao động trở lên", 50, "lao động", "over"), Q("ít nhất 3 chi bộ", 3, "chi bộ", "over")],
[D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 33-CT/TW của Ban Bí thư"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
 D("Quyết định", "25", "QĐ/BTGDVTU", "2025-11-03", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quyết định số 25-QĐ/BTGDVTU ngày 3/11/2025")],
[prov("Đồng Nai"), com("Đồng Xoài"), com("Bù Đăng"), com("Trấn Biên"), com("Nhơn Trạch")],
["ĐẢNG BỘ TỈNH ĐỒNG NAI", "Trang chủ | Tuyên giáo - Dân vận | Tin hoạt động",
 "Đoàn giám sát làm việc tại Công ty TNHH Chế biến hạt điều Phước Long. Ảnh: Hải Yến", "Công ty TNHH Chế biến hạt điều Phước Long",
 "Công ty cổ phần May mặc Trấn Biên"],
["Ngày đăng 20/11/2025 | 16:20", "1/7/2025", "mỗi quý", "năm 2026", "tháng 12", "500.000 đồng/tháng"]))

PAGES.append(page("b9795-lamdong-dangubnd-tongket-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị » Xây dựng Đảng
Thứ Sáu, 09/01/2026, 08:05
Toàn cảnh hội nghị.
Đảng bộ UBND tỉnh: nâng chất tổ chức đảng trong doanh nghiệp sau hợp nhất
Ngày 8/1/2026, Ban Thường vụ Đảng ủy UBND tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Hồ Văn Thái, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh chủ trì; cùng chủ trì có đồng chí K'Bền, Phó Bí thư Thường trực Đảng ủy UBND tỉnh.
Năm 2025 là năm đặc biệt khi ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận hợp nhất, Đảng ủy Khối Doanh nghiệp các tỉnh kết thúc hoạt động, các tổ chức đảng trong doanh nghiệp được chuyển về Đảng bộ UBND tỉnh và đảng bộ các xã, phường. Hiện Đảng bộ UBND tỉnh có 214 tổ chức cơ sở đảng, trong đó 68 tổ chức cơ sở đảng ở doanh nghiệp, với tổng số 9.870 đảng viên. Năm 2025, Đảng bộ kết nạp 386 đảng viên, trong đó 102 đảng viên là công nhân, người lao động trong doanh nghiệp ngoài nhà nước; 89,6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
Công tác an sinh xã hội được các doanh nghiệp hưởng ứng mạnh mẽ: đóng góp 154 tỷ đồng hỗ trợ xóa 2.380 căn nhà tạm, nhà dột nát; tặng 18.000 phần quà cho người lao động và hộ nghèo đồng bào K'Ho, Mnông, Chăm, Raglai. Công ty cổ phần Thủy điện Đồng Nai 3 tặng 500 suất học bổng cho học sinh ở xã Quảng Khê, xã Đắk Wil.
Tham luận tại hội nghị, ông Điểu K'Ré, Bí thư Chi bộ Hợp tác xã Cà phê Đắk Wil, chia sẻ mô hình "chi bộ gắn với thành viên" giúp 146 hộ đồng bào Mnông thoát nghèo; bà Thông Thị Ngọc Lan, người Chăm, Bí thư Đảng ủy Công ty TNHH Thủy sản Phan Thiết, đề xuất có hướng dẫn thống nhất về sinh hoạt đảng viên làm việc theo ca.
Phát biểu chỉ đạo, đồng chí Hồ Văn Thái yêu cầu năm 2026 tập trung thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết số 68-NQ/TW của Bộ Chính trị; triển khai Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát; thành lập ít nhất 15 tổ chức đảng trong doanh nghiệp tư nhân, kết nạp không dưới 400 đảng viên.
Dịp này, Đảng ủy UBND tỉnh tặng giấy khen cho 24 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ 5 năm liền và 37 đảng viên tiêu biểu.
Hội nghị cũng công bố quyết định chuẩn y các đồng chí Phó Bí thư Đảng ủy UBND tỉnh: Lê Thị Minh Hằng, Ka Sô Liễng.
Đức Thịnh
Tin liên quan
- Phường Xuân Hương - Đà Lạt thành lập chi bộ doanh nghiệp du lịch (26/12/2025)
- Đại hội Hiệp hội Doanh nghiệp tỉnh Lâm Đồng lần thứ I (19/12/2025)
- Doanh nghiệp Bình Thuận cũ chung tay xóa nhà tạm (08/12/2025)
""", "2026-01-09", "Đảng bộ UBND tỉnh: nâng chất tổ chức đảng trong doanh nghiệp sau hợp nhất",
E("tong_ket", "2025", "2026-01-08"),
[P("Hồ Văn Thái", "Phó Bí thư Tỉnh ủy", "Bí thư Đảng ủy UBND tỉnh", "Chủ tịch UBND tỉnh"),
 P("K'Bền", "Phó Bí thư Thường trực Đảng ủy UBND tỉnh"),
 P("Điểu K'Ré", "Bí thư Chi bộ Hợp tác xã Cà phê Đắk Wil"),
 P("Thông Thị Ngọc Lan", "Bí thư Đảng ủy Công ty TNHH Thủy sản Phan Thiết"),
 P("Lê Thị Minh Hằng", "Phó Bí thư Đảng ủy UBND tỉnh"),
 P("Ka Sô Liễng", "Phó Bí thư Đảng ủy UBND tỉnh")],
[Q("214 tổ chức cơ sở đảng", 214, "tổ chức cơ sở đảng"), Q("68 tổ chức cơ sở đảng", 68, "tổ chức cơ sở đảng"), Q("9.870 đảng viên", 9870, "đảng viên"),
 Q("386 đảng viên", 386, "đảng viên"), Q("102 đảng viên", 102, "đảng viên"), Q("89,6%", 89.6, "%"), Q("154 tỷ đồng", 154000000000, "đồng"),
 Q("2.380 căn nhà tạm, nhà dột nát", 2380, "căn nhà tạm, nhà dột nát"), Q("18.000 phần quà", 18000, "phần quà"), Q("500 suất học bổng", 500, "suất học bổng"),
 Q("146 hộ đồng bào Mnông", 146, "hộ đồng bào Mnông"), Q("ít nhất 15 tổ chức đảng", 15, "tổ chức đảng", "over"),
 Q("không dưới 400 đảng viên", 400, "đảng viên", "over"), Q("24 tổ chức cơ sở đảng", 24, "tổ chức cơ sở đảng"), Q("37 đảng viên tiêu biểu", 37, "đảng viên tiêu biểu")],
[D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW của Bộ Chính trị"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Đắk Wil")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Toàn cảnh hội nghị.", "chi bộ gắn với thành viên",
 "Công ty cổ phần Thủy điện Đồng Nai 3", "Hợp tác xã Cà phê Đắk Wil"],
["Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "Năm 2025", "lần thứ I", "5 năm liền", "Đồng Nai 3"]))

PAGES.append(page("b9796-cantho-lmhtx-giaoban-2026", """
Hôm nay: Thứ Sáu, 10/04/2026
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin hoạt động >> Kinh tế tập thể
08/04/2026 - 17:10
Hợp tác xã vùng Sóc Trăng, Hậu Giang cũ: liên kết để giữ chân thành viên
Ngày 7/4/2026, Liên minh Hợp tác xã thành phố Cần Thơ tổ chức hội nghị giao ban quý I năm 2026 với các hợp tác xã, tổ hợp tác tiêu biểu và cán bộ phụ trách kinh tế tập thể của 40 xã, phường. Ông Lâm Văn Sà Rết, Chủ tịch Liên minh Hợp tác xã thành phố chủ trì.
Ông Lâm Văn Sà Rết phát biểu tại hội nghị. Ảnh: Mỹ Tiên
Quý I, toàn thành phố thành lập mới 14 hợp tác xã, nâng tổng số lên 968 hợp tác xã với 61.230 thành viên. Các hợp tác xã đã tiêu thụ 86.500 tấn lúa qua hợp đồng liên kết, trong đó riêng các hợp tác xã ở phường Sóc Trăng, phường Vị Thanh và xã Phong Điền chiếm gần một nửa. Nhiều hợp tác xã tham gia chăm lo Tết Bính Ngọ, tặng 6.400 phần quà cho thành viên nghèo và người lao động.
Về xây dựng Đảng, thực hiện Kế hoạch 23, 24/KH-UBND của UBND thành phố về phát triển kinh tế tập thể và phát triển tổ chức đảng, đoàn thể trong hợp tác xã, quý I thành lập 3 chi bộ trong hợp tác xã, kết nạp 17 đảng viên là thành viên, lao động hợp tác xã.
Bà Sơn Thị Phol, Giám đốc Hợp tác xã Nông nghiệp Mỹ Xuyên, cho biết hợp tác xã đã ứng dụng truy xuất nguồn gốc cho 1.200 ha lúa thơm, giá bán cao hơn 300 đồng/kg. Ông Nguyễn Văn Tám, Giám đốc Hợp tác xã Khóm Hỏa Tiến, kiến nghị thành phố sớm ban hành cơ chế hỗ trợ hợp tác xã thuê đất công theo Luật Hợp tác xã năm 2023.
Tại hội nghị, nhiều ý kiến cho rằng sau khi sắp xếp đơn vị hành chính, cán bộ phụ trách kinh tế tập thể ở xã, phường phần lớn kiêm nhiệm nhiều việc, chưa nắm chắc tình hình hợp tác xã trên địa bàn. Các đại biểu đề nghị Liên minh sớm tổ chức tập huấn, xây dựng cơ sở dữ liệu hợp tác xã dùng chung giữa thành phố và các xã, phường để theo dõi, hỗ trợ kịp thời.
Theo Liên minh, khó khăn lớn nhất hiện nay là nhiều hợp tác xã ở vùng Sóc Trăng, Hậu Giang cũ còn nhỏ lẻ, thiếu cán bộ trẻ; 118 hợp tác xã chưa có trang thiết bị chế biến, bảo quản. Tình trạng thành viên bỏ hợp tác xã bán lúa cho thương lái khi giá cao vẫn còn xảy ra.
Kết luận hội nghị, ông Lâm Văn Sà Rết yêu cầu quý II tập trung triển khai Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương và Nghị quyết số 68-NQ/TW của Bộ Chính trị trong khu vực kinh tế tập thể; phấn đấu đến hết năm 2026 có ít nhất 85% hợp tác xã hoạt động hiệu quả, 30 hợp tác xã có chi bộ; phối hợp Ủy ban MTTQ Việt Nam thành phố vận động hợp tác xã tham gia Quỹ "Vì người nghèo".
Mỹ Tiên
Tin liên quan
- Cần Thơ tổng kết kinh tế tập thể năm 2025 (15/01/2026)
- Hợp tác xã đầu tiên của phường Ninh Kiều đạt chuẩn OCOP 4 sao (05/03/2026)
- Tập huấn chuyển đổi số cho 120 hợp tác xã (20/02/2026)
""", "2026-04-08", "Hợp tác xã vùng Sóc Trăng, Hậu Giang cũ: liên kết để giữ chân thành viên",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Lâm Văn Sà Rết", "Chủ tịch Liên minh Hợp tác xã thành phố"),
 P("Sơn Thị Phol", "Giám đốc Hợp tác xã Nông nghiệp Mỹ Xuyên"),
 P("Nguyễn Văn Tám", "Giám đốc Hợp tác xã Khóm Hỏa Tiến")],
[Q("40 xã, phường", 40, "xã, phường"), Q("14 hợp tác xã", 14, "hợp tác xã"), Q("968 hợp tác xã", 968, "hợp tác xã"),
 Q("61.230 thành viên", 61230, "thành viên"), Q("86.500 tấn", 86500, "tấn"), Q("6.400 phần quà", 6400, "phần quà"),
 Q("3 chi bộ", 3, "chi bộ"), Q("17 đảng viên", 17, "đảng viên"), Q("1.200 ha", 1200, "ha"), Q("300 đồng/kg", 300, "đồng"),
 Q("118 hợp tác xã", 118, "hợp tác xã"), Q("ít nhất 85%", 85, "%", "over"), Q("30 hợp tác xã", 30, "hợp tác xã")],
[D("Kế hoạch", "23", "KH-UBND", None, "UBND thành phố", "Kế hoạch 23, 24/KH-UBND"),
 D("Kế hoạch", "24", "KH-UBND", None, "UBND thành phố", "Kế hoạch 23, 24/KH-UBND"),
 D("Nghị quyết", "20", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Vị Thanh"), com("Phong Điền")],
["LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin hoạt động >> Kinh tế tập thể", "Hôm nay: Thứ Sáu, 10/04/2026",
 "Ông Lâm Văn Sà Rết phát biểu tại hội nghị. Ảnh: Mỹ Tiên", "Vì người nghèo", "Luật Hợp tác xã năm 2023", "Hợp tác xã Khóm Hỏa Tiến"],
["Hôm nay: Thứ Sáu, 10/04/2026", "08/04/2026 - 17:10", "quý I năm 2026", "Quý I", "quý II", "Tết Bính Ngọ", "năm 2026", "năm 2023", "gần một nửa"]))
