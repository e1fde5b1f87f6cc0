from lib import *
PAGES = []

PAGES.append(page("b7343-binhduong-hnct-hoithao-2024", """
Báo Bình Dương Online
Trang chủ | Xã hội | An sinh
Thứ Sáu, 27/09/2024 - 11:25
Các đại biểu tham dự hội thảo.
Tìm cách giữ chân người trẻ trong câu lạc bộ liên thế hệ
(BDO) Ngày 26/9, tại TP.Thủ Dầu Một, Hội Người cao tuổi tỉnh Bình Dương tổ chức hội nghị chuyên đề năm 2024 về nâng cao chất lượng hoạt động của câu lạc bộ liên thế hệ tự giúp nhau ở khu vực đô thị, khu công nghiệp. Gần 120 đại biểu là lãnh đạo hội các cấp, ban chủ nhiệm các câu lạc bộ và đại diện một số doanh nghiệp tham dự.
Theo ông Trương Văn Ngọc, Chủ tịch Hội Người cao tuổi tỉnh, toàn tỉnh hiện có 74 câu lạc bộ liên thế hệ tự giúp nhau với 3.860 thành viên, nhưng chỉ khoảng 18% thành viên dưới 40 tuổi. Đặc thù của Bình Dương là hơn một nửa dân số là người nhập cư, công nhân làm ca kíp, ít thời gian sinh hoạt; nhiều câu lạc bộ ở phường Phú Cường, phường Chánh Nghĩa phải dời giờ họp sang tối Chủ nhật mới đủ người.
Tham luận tại hội nghị, bà Lê Thị Kim Loan, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố 3, phường Bình Chuẩn, cho biết câu lạc bộ đã kết nạp 27 công nhân nhà trọ làm thành viên, giúp 11 người vay vốn mở quầy hàng nhỏ với mức 10 triệu đồng mỗi người; đổi lại, các bạn trẻ nhận "đỡ đầu" các cụ neo đơn trong khu phố.
Ông Phan Minh Tâm, Giám đốc nhân sự Công ty TNHH may mặc Hòa Phát Bình Dương, chia sẻ doanh nghiệp đã hỗ trợ 150 triệu đồng cho 3 câu lạc bộ và bố trí cho công nhân tham gia hoạt động tình nguyện được tính như giờ làm việc.
Các đại biểu cũng thảo luận về việc ứng dụng nhóm Zalo để sinh hoạt trực tuyến, chuyển khoản góp quỹ; kinh nghiệm phối hợp với trạm y tế phường khám sức khỏe định kỳ. Bà Nguyễn Thị Bích Ngọc, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, thực hiện Kế hoạch số 6420/KH-UBND ngày 26/11/2021 của UBND tỉnh, ngân sách tỉnh hỗ trợ mỗi câu lạc bộ mới thành lập 30 triệu đồng, tổng cộng đã chi hơn 1,4 tỷ đồng.
Kết luận hội nghị, ông Trương Văn Ngọc đề nghị các cấp hội sớm tổng hợp các giải pháp thu hút người trẻ để báo cáo Trung ương Hội theo Công văn số 412/HNCT-TTr ngày 05/8/2024; phấn đấu đến năm 2025 có 100 câu lạc bộ, tỷ lệ thành viên dưới 40 tuổi đạt ít nhất 30%.
Nhiều ý kiến cho rằng cần đổi mới cách sinh hoạt cho phù hợp với nhịp sống đô thị: rút ngắn thời gian họp, tăng hoạt động thể thao, văn nghệ, kết nối qua mạng xã hội, để người trẻ thấy câu lạc bộ là nơi mình được học hỏi chứ không chỉ là nơi của người già.
Dịp này, Hội Người cao tuổi tỉnh tặng giấy khen cho 6 câu lạc bộ tiêu biểu và 9 tình nguyện viên xuất sắc.
Ngọc Thảo
Lượt xem: 932
Tin liên quan
- Thuận An: 5 câu lạc bộ liên thế hệ nhận hỗ trợ vốn (12/09/2024)
- Bàu Bàng ra mắt câu lạc bộ liên thế hệ đầu tiên (30/08/2024)
- Mừng thọ 1.600 cụ nhân Ngày Quốc tế Người cao tuổi (20/08/2024)
""", "2024-09-27", "Tìm cách giữ chân người trẻ trong câu lạc bộ liên thế hệ",
E("hoi_nghi", "2024", "2024-09-26"),
[P("Trương Văn Ngọc", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lê Thị Kim Loan", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố 3"),
 P("Phan Minh Tâm", "Giám đốc nhân sự Công ty TNHH may mặc Hòa Phát Bình Dương"),
 P("Nguyễn Thị Bích Ngọc", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("Gần 120 đại biểu", 120, "đại biểu", "approx"),
 Q("74 câu lạc bộ liên thế hệ tự giúp nhau", 74, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("3.860 thành viên", 3860, "thành viên"), Q("khoảng 18% thành viên", 18, "%", "approx"),
 Q("27 công nhân nhà trọ", 27, "công nhân nhà trọ"), Q("11 người", 11, "người"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("100 câu lạc bộ", 100, "câu lạc bộ"),
 Q("ít nhất 30%", 30, "%", "over"), Q("6 câu lạc bộ tiêu biểu", 6, "câu lạc bộ tiêu biểu"),
 Q("9 tình nguyện viên xuất sắc", 9, "tình nguyện viên xuất sắc")],
[D("Kế hoạch", "6420", "KH-UBND", "2021-11-26", "UBND tỉnh", "Kế hoạch số 6420/KH-UBND ngày 26/11/2021"),
 D("Công văn", "412", "HNCT-TTr", "2024-08-05", None, "Công văn số 412/HNCT-TTr ngày 05/8/2024")],
[prov("Bình Dương"), com("Phú Cường"), com("Chánh Nghĩa"), com("Bình Chuẩn")],
["Báo Bình Dương Online", "Trang chủ | Xã hội | An sinh", "Các đại biểu tham dự hội thảo.", "(BDO)",
 "Công ty TNHH may mặc Hòa Phát Bình Dương", "Zalo", "Sở Lao động - Thương binh và Xã hội", "Lượt xem: 932"],
["Thứ Sáu, 27/09/2024 - 11:25", "năm 2024", "dưới 40 tuổi", "hơn một nửa", "năm 2025", "Lượt xem: 932"]))

PAGES.append(page("b7344-tuyenquang-hnct-giaoban-2025", """
BÁO TUYÊN QUANG - Cơ quan của Đảng bộ tỉnh Tuyên Quang
Trang chủ » Xã hội » Người cao tuổi
02/10/2025 - 09:45
Giao ban công tác hội quý III: Câu lạc bộ liên thế hệ sau sáp nhập
Ngày 1/10, Hội Người cao tuổi tỉnh Tuyên Quang tổ chức giao ban công tác quý III/2025 theo hình thức trực tiếp kết hợp trực tuyến tới 124 xã, phường. Đây là kỳ giao ban đầu tiên kể từ khi hợp nhất Hội Người cao tuổi hai tỉnh Tuyên Quang và Hà Giang.
Ông Ma Văn Hòa, Chủ tịch Hội Người cao tuổi tỉnh chủ trì giao ban. Cùng dự có bà Hầu Thị Mỷ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo tại giao ban cho biết, sau hợp nhất, toàn tỉnh có khoảng 176.000 hội viên người cao tuổi và 291 câu lạc bộ liên thế hệ tự giúp nhau với 15.480 thành viên, tổng quỹ hơn 17 tỷ đồng. Trong quý III, các cấp hội đã kiện toàn ban chủ nhiệm 46 câu lạc bộ có thành viên bị thay đổi do sắp xếp thôn, tổ dân phố; chuyển giao sổ sách, nguồn vốn của các câu lạc bộ về chính quyền xã mới quản lý đúng quy định.
Các đồng chí Phó Chủ tịch Hội Người cao tuổi tỉnh: Nguyễn Văn Thạch, Vàng Thị Dính, Lương Đức Quang báo cáo kết quả theo từng khu vực phụ trách. Theo đó, 9 câu lạc bộ ở các xã vùng cao thuộc tỉnh Hà Giang cũ gặp khó khăn vì ban chủ nhiệm tuổi cao, sức yếu, nguồn vốn bị giảm sau đợt mưa lũ tháng 8.
Ông Sùng Mí Páo, Chủ tịch Hội Người cao tuổi xã Yên Minh, kiến nghị tỉnh sớm hướng dẫn việc sáp nhập các câu lạc bộ có địa bàn chồng lấn. Bà Nông Thị Lả, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Nà Khuổng, xã Hùng Lợi, đề nghị hỗ trợ khoảng 20 triệu đồng để khôi phục quỹ sau lũ.
Kết luận giao ban, ông Ma Văn Hòa yêu cầu các cấp hội thực hiện nghiêm Hướng dẫn số 16/HD-HNCT ngày 15/8/2025 của Trung ương Hội Người cao tuổi Việt Nam về kiện toàn tổ chức hội sau sắp xếp đơn vị hành chính và Kế hoạch số 27-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; tập trung tổ chức các hoạt động trong Tháng hành động vì người cao tuổi Việt Nam năm 2025; quý IV hoàn thành kiểm tra tài chính 100% câu lạc bộ.
Dịp này, Hội Người cao tuổi tỉnh trao 200 triệu đồng từ nguồn vận động hỗ trợ 10 câu lạc bộ bị thiệt hại do mưa lũ, mỗi câu lạc bộ 20 triệu đồng.
Phát biểu tại giao ban, bà Hầu Thị Mỷ ghi nhận Hội đã nhanh chóng ổn định tổ chức sau hợp nhất, không để gián đoạn hoạt động chăm sóc người cao tuổi; đề nghị Hội tiếp tục phát huy vai trò người cao tuổi trong vận động đồng bào các dân tộc giữ gìn an ninh trật tự ở thôn, bản.
Hoàng Anh
Các tin khác
- Hội Người cao tuổi tỉnh Tuyên Quang ra mắt sau hợp nhất (10/07/2025)
- Xã Đồng Văn: mừng thọ 68 cụ (25/08/2025)
- Người cao tuổi góp sức khắc phục hậu quả mưa lũ (20/08/2025)
""", "2025-10-02", "Giao ban công tác hội quý III: Câu lạc bộ liên thế hệ sau sáp nhập",
E("giao_ban", "2025-Q3", "2025-10-01"),
[P("Ma Văn Hòa", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Hầu Thị Mỷ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thạch", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Vàng Thị Dính", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lương Đức Quang", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Sùng Mí Páo", "Chủ tịch Hội Người cao tuổi xã Yên Minh"),
 P("Nông Thị Lả", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Nà Khuổng")],
[Q("124 xã, phường", 124, "xã, phường"), Q("khoảng 176.000 hội viên người cao tuổi", 176000, "hội viên người cao tuổi", "approx"),
 Q("291 câu lạc bộ liên thế hệ tự giúp nhau", 291, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("15.480 thành viên", 15480, "thành viên"), Q("hơn 17 tỷ đồng", 17000000000, "đồng", "over"),
 Q("46 câu lạc bộ", 46, "câu lạc bộ"), Q("9 câu lạc bộ", 9, "câu lạc bộ"),
 Q("khoảng 20 triệu đồng", 20000000, "đồng", "approx"), Q("100% câu lạc bộ", 100, "%"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("10 câu lạc bộ", 10, "câu lạc bộ"), Q("mỗi câu lạc bộ 20 triệu đồng", 20000000, "đồng")],
[D("Hướng dẫn", "16", "HD-HNCT", "2025-08-15", "Trung ương Hội Người cao tuổi Việt Nam", "Hướng dẫn số 16/HD-HNCT ngày 15/8/2025"),
 D("Kế hoạch", "27", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh"), com("Hùng Lợi")],
["BÁO TUYÊN QUANG - Cơ quan của Đảng bộ tỉnh Tuyên Quang", "Trang chủ » Xã hội » Người cao tuổi",
 "Tháng hành động vì người cao tuổi Việt Nam"],
["02/10/2025 - 09:45", "quý III/2025", "quý III", "tháng 8", "năm 2025", "quý IV"]))

PAGES.append(page("b7345-vinhlong-hnct-traoqua-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội › Chính sách - An sinh
Thứ Sáu, 19/12/2025, 15:10
Trao 400 phần quà cho thành viên câu lạc bộ liên thế hệ khó khăn
Ngày 18/12, Hội Người cao tuổi tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Quỹ Hỗ trợ người cao tuổi trao 400 phần quà cho người cao tuổi là thành viên các câu lạc bộ liên thế hệ tự giúp nhau có hoàn cảnh khó khăn tại phường Trà Vinh, xã Long Hữu và xã Tân Hào.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá gần 240 triệu đồng, từ nguồn vận động các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh. Dịp này, đoàn còn trao 5 căn nhà tình nghĩa, mỗi căn trị giá 60 triệu đồng, cho các cụ đang ở nhà tạm, nhà dột nát.
Người cao tuổi phường Trà Vinh nhận quà. Ảnh: Thảo Nguyên
Phát biểu tại buổi trao quà, ông Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long, cho biết sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, toàn tỉnh có 612 câu lạc bộ liên thế hệ tự giúp nhau, nhiều nhất cả nước. Các câu lạc bộ không chỉ giúp nhau làm kinh tế mà còn là chỗ dựa tinh thần cho hàng chục nghìn người cao tuổi, nhất là đồng bào Khmer.
Tại phường Trà Vinh, bà Thạch Thị Sa Quênh, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khóm 4, cảm ơn đoàn đã quan tâm. Câu lạc bộ có 55 thành viên, trong đó có 12 cụ trên 80 tuổi; năm nay, câu lạc bộ đã giúp 19 hộ vay vốn làm bánh tét, nuôi heo, 4 hộ thoát nghèo.
Ở xã Tân Hào, đoàn đến thăm cụ Nguyễn Văn Bảy, 87 tuổi, người tham gia câu lạc bộ từ ngày đầu thành lập. Ông Huỳnh Văn Út, Chủ tịch Hội Người cao tuổi xã Tân Hào, cho biết xã mới được sắp xếp từ 3 xã cũ, hiện có 4 câu lạc bộ với 230 thành viên, tổng quỹ khoảng 510 triệu đồng.
Bà Trần Thị Thanh Xuân, Phó Chủ tịch Hội Người cao tuổi tỉnh, cho biết, thực hiện Kế hoạch số 85/KH-HNCT ngày 10/11/2025 của Hội Người cao tuổi tỉnh về chăm lo Tết Bính Ngọ, từ nay đến Tết các cấp hội sẽ trao khoảng 12.000 phần quà cho người cao tuổi, phấn đấu không để cụ nào không có Tết.
Theo Hội Người cao tuổi tỉnh, điểm khó hiện nay là việc thống nhất sổ sách, mẫu biểu giữa các câu lạc bộ thuộc ba tỉnh cũ, vốn được thành lập theo những hướng dẫn khác nhau; Hội đang phối hợp với các xã, phường rà soát để chuẩn hóa ngay trong quý đầu năm tới.
Cùng ngày, đoàn cũng đến thăm, tặng quà cho 20 cụ là người có uy tín trong đồng bào Khmer tại xã Long Hữu, mỗi phần quà trị giá 1 triệu đồng. Các cụ bày tỏ vui mừng và hứa sẽ tiếp tục vận động con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Thảo Nguyên
Tin liên quan
- Vĩnh Long: hơn 3.000 cụ được khám bệnh miễn phí (05/12/2025)
- Câu lạc bộ liên thế hệ góp sức xây dựng nông thôn mới (25/11/2025)
- Hội Người cao tuổi tỉnh giao ban quý III/2025 (08/10/2025)
""", "2025-12-19", "Trao 400 phần quà cho thành viên câu lạc bộ liên thế hệ khó khăn",
E("trao_qua", None, "2025-12-18"),
[P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
 P("Thạch Thị Sa Quênh", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khóm 4"),
 P("Nguyễn Văn Bảy"),
 P("Huỳnh Văn Út", "Chủ tịch Hội Người cao tuổi xã Tân Hào"),
 P("Trần Thị Thanh Xuân", "Phó Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("400 phần quà", 400, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 240 triệu đồng", 240000000, "đồng", "approx"), Q("5 căn nhà tình nghĩa", 5, "căn nhà tình nghĩa"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("612 câu lạc bộ liên thế hệ tự giúp nhau", 612, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("55 thành viên", 55, "thành viên"), Q("12 cụ", 12, "cụ"), Q("19 hộ", 19, "hộ"), Q("4 hộ", 4, "hộ"),
 Q("4 câu lạc bộ", 4, "câu lạc bộ"), Q("230 thành viên", 230, "thành viên"),
 Q("khoảng 510 triệu đồng", 510000000, "đồng", "approx"), Q("khoảng 12.000 phần quà", 12000, "phần quà", "approx"),
 Q("20 cụ", 20, "cụ"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "85", "KH-HNCT", "2025-11-10", "Hội Người cao tuổi tỉnh", "Kế hoạch số 85/KH-HNCT ngày 10/11/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Long Hữu"), com("Tân Hào")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội › Chính sách - An sinh", "Quỹ Hỗ trợ người cao tuổi",
 "Người cao tuổi phường Trà Vinh nhận quà. Ảnh: Thảo Nguyên"],
["Thứ Sáu, 19/12/2025, 15:10", "trên 80 tuổi", "87 tuổi", "3 xã cũ", "Tết Bính Ngọ", "hàng chục nghìn", "năm nay"]))

PAGES.append(page("b7346-lamdong-hnct-tongket-2025", """
Báo Lâm Đồng
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ > Xã hội > Đoàn thể
Thứ Sáu, 09/01/2026 | 16:30
Ông Nguyễn Văn Hùng, Chủ tịch Hội Người cao tuổi tỉnh phát biểu.
Hội Người cao tuổi tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026
Chiều 8/1, Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác hội và phong trào người cao tuổi năm 2025 - năm đầu tiên hoạt động sau hợp nhất Hội Người cao tuổi ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Dự hội nghị có bà K'Hồng Nhung, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Hùng, Chủ tịch Hội Người cao tuổi tỉnh chủ trì.
Năm 2025, các cấp hội đã ổn định tổ chức ở 124 xã, phường, đặc khu; tổng số hội viên đạt 298.400 người. Toàn tỉnh có 237 câu lạc bộ liên thế hệ tự giúp nhau với 12.930 thành viên, tăng 31 câu lạc bộ so với năm 2024; tổng quỹ các câu lạc bộ khoảng 14,5 tỷ đồng, cho 2.760 lượt hộ vay vốn. Hoạt động chăm sóc tại nhà được duy trì với 1.870 tình nguyện viên, chăm sóc thường xuyên cho hơn 2.300 người cao tuổi cô đơn, khuyết tật.
Các cấp hội đã chúc thọ, mừng thọ cho 31.250 cụ; vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi được 21,6 tỷ đồng; khoảng 65% người cao tuổi được khám sức khỏe định kỳ và lập hồ sơ sức khỏe điện tử.
Tại hội nghị, ông Điểu Brê, Chủ tịch Hội Người cao tuổi xã Quảng Khê, chia sẻ kinh nghiệm xây dựng câu lạc bộ liên thế hệ trong đồng bào M'nông. Bà Nguyễn Thị Diệu, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố 7, phường Phan Thiết, nói về mô hình câu lạc bộ của các gia đình ngư dân ven biển. Ông Ka Sô Liễng, Phó Chủ tịch Hội Người cao tuổi xã Lạc Dương, đề nghị hỗ trợ phương tiện cho các câu lạc bộ vùng xa, nơi thôn cách trung tâm xã hơn 30 km.
Hội nghị cũng chỉ ra những hạn chế: việc chuyển giao hồ sơ, nguồn vốn của các câu lạc bộ sau sắp xếp đơn vị hành chính ở một số nơi còn chậm; một số ban chủ nhiệm chưa nắm vững quy định mới; hoạt động ở các xã vùng sâu của khu vực Đắk Nông cũ còn cầm chừng, chủ yếu dựa vào hỗ trợ từ bên ngoài.
Phát biểu chỉ đạo, bà K'Hồng Nhung đề nghị năm 2026 các cấp hội quán triệt Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới và về chăm lo người cao tuổi; thực hiện hiệu quả Quyết định số 1336/QĐ-TTg ngày 22/9/2020 của Thủ tướng Chính phủ; phấn đấu thành lập thêm ít nhất 40 câu lạc bộ liên thế hệ tự giúp nhau.
Dịp này, UBND tỉnh tặng bằng khen cho 7 tập thể, 12 cá nhân có thành tích xuất sắc trong công tác hội năm 2025.
Bảo Hân
Lượt đọc: 418
Tin cùng chuyên mục
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Đinh Văn Lâm Hà (26/12/2025)
- Người cao tuổi Lâm Đồng hưởng ứng Ngày Quốc tế Người cao tuổi (02/10/2025)
- Hội Người cao tuổi tỉnh ra mắt sau hợp nhất (15/07/2025)
""", "2026-01-09", "Hội Người cao tuổi tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("K'Hồng Nhung", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Điểu Brê", "Chủ tịch Hội Người cao tuổi xã Quảng Khê"),
 P("Nguyễn Thị Diệu", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố 7"),
 P("Ka Sô Liễng", "Phó Chủ tịch Hội Người cao tuổi xã Lạc Dương")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("298.400 người", 298400, "người"),
 Q("237 câu lạc bộ liên thế hệ tự giúp nhau", 237, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("12.930 thành viên", 12930, "thành viên"), Q("31 câu lạc bộ", 31, "câu lạc bộ"),
 Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("2.760 lượt hộ", 2760, "lượt hộ"),
 Q("1.870 tình nguyện viên", 1870, "tình nguyện viên"),
 Q("hơn 2.300 người cao tuổi cô đơn, khuyết tật", 2300, "người cao tuổi cô đơn, khuyết tật", "over"),
 Q("31.250 cụ", 31250, "cụ"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("khoảng 65%", 65, "%", "approx"),
 Q("hơn 30 km", 30, "km", "over"), Q("ít nhất 40 câu lạc bộ liên thế hệ tự giúp nhau", 40, "câu lạc bộ liên thế hệ tự giúp nhau", "over"),
 Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quyết định", "1336", "QĐ-TTg", "2020-09-22", "Thủ tướng Chính phủ", "Quyết định số 1336/QĐ-TTg ngày 22/9/2020")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Phan Thiết"), com("Lạc Dương")],
["Báo Lâm Đồng", "Trang chủ > Xã hội > Đoàn thể", "Ông Nguyễn Văn Hùng, Chủ tịch Hội Người cao tuổi tỉnh phát biểu.",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "Lượt đọc: 418"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 | 16:30", "năm 2026", "năm 2025", "năm 2024", "Lượt đọc: 418"]))

PAGES.append(page("b7347-dongnai-ubnd-doithoai-2026", """
Báo Đồng Nai điện tử
Chính trị › Dân vận
Ngày đăng 13/03/2026 | 17:05
Lãnh đạo phường đối thoại với hội viên người cao tuổi và thành viên câu lạc bộ liên thế hệ
Sáng 12/3, Đảng ủy, UBND phường Bình Phước phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại với người cao tuổi năm 2026. Ông Trần Quốc Việt, Bí thư Đảng ủy, Chủ tịch HĐND phường và bà Lê Thị Hồng Nhung, Chủ tịch UBND phường chủ trì.
Tham dự có gần 200 hội viên người cao tuổi, thành viên 6 câu lạc bộ liên thế hệ tự giúp nhau của phường. Đây là hội nghị đối thoại thứ hai kể từ khi phường Bình Phước, tỉnh Đồng Nai đi vào hoạt động theo mô hình chính quyền địa phương hai cấp.
Tại hội nghị, các cụ đã nêu 21 ý kiến, tập trung vào thủ tục hưởng trợ cấp xã hội, cấp đổi giấy tờ sau khi thay đổi địa giới hành chính, an toàn giao thông và nơi sinh hoạt của các câu lạc bộ. Ông Điểu Lên, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố Suối Đá, phản ánh sau sắp xếp, nhà văn hóa khu phố được dùng làm điểm trường tạm nên câu lạc bộ với 58 thành viên không còn chỗ sinh hoạt.
Bà Lê Thị Hồng Nhung cho biết phường đã bố trí 1 phòng tại trụ sở Ban công tác Mặt trận khu phố để câu lạc bộ sinh hoạt tạm; đồng thời giao Phòng Văn hóa - Xã hội phường rà soát, trình Đảng ủy phường bố trí vốn sửa chữa 3 nhà văn hóa trong năm 2026 với kinh phí khoảng 1,5 tỷ đồng.
Bà Phạm Thị Ngà, hội viên khu phố Phú Thanh, hỏi về việc cụ trên 75 tuổi được hưởng trợ cấp xã hội theo quy định mới. Ông Nguyễn Hữu Tình, Phó Chủ tịch UBND phường, giải thích theo Nghị định số 176/2025/NĐ-CP của Chính phủ về trợ cấp hưu trí xã hội, người từ đủ 75 tuổi trở lên không có lương hưu được hưởng 500.000 đồng/tháng; phường đã lập danh sách 412 người đủ điều kiện, chi trả từ tháng 7/2025.
Ông Hoàng Văn Sinh, Chủ tịch Hội Người cao tuổi phường, đề nghị phường tiếp tục hỗ trợ vốn cho các câu lạc bộ theo Kế hoạch số 14-KH/ĐU của Đảng ủy phường về phát huy vai trò người cao tuổi giai đoạn 2025 - 2030. Ông Trần Quốc Việt tiếp thu và giao UBND phường trích 120 triệu đồng hỗ trợ 6 câu lạc bộ, mỗi câu lạc bộ 20 triệu đồng, trong quý II/2026.
Nhiều cụ cũng bày tỏ đồng tình với cách làm của phường khi đưa cán bộ xuống tận khu phố hướng dẫn thủ tục, giúp người già không phải đi lại nhiều lần; đề nghị duy trì tổ hỗ trợ dịch vụ công trực tuyến do đoàn viên thanh niên phụ trách.
Kết thúc hội nghị, 16 ý kiến đã được trả lời trực tiếp; 5 ý kiến còn lại được giao các bộ phận chuyên môn trả lời bằng văn bản trước ngày 31/3.
Minh Châu
Tin khác
- Phường Đồng Xoài: ra mắt câu lạc bộ liên thế hệ thứ 4 (05/03/2026)
- Đồng Nai: 2.400 cụ được mừng thọ dịp Tết Bính Ngọ (20/02/2026)
- Xã Xuân Lộc tổng kết công tác hội người cao tuổi năm 2025 (10/01/2026)
""", "2026-03-13", "Lãnh đạo phường đối thoại với hội viên người cao tuổi và thành viên câu lạc bộ liên thế hệ",
E("doi_thoai", "2026", "2026-03-12"),
[P("Trần Quốc Việt", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Thị Hồng Nhung", "Chủ tịch UBND phường"),
 P("Điểu Lên", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau khu phố Suối Đá"),
 P("Phạm Thị Ngà", "hội viên khu phố Phú Thanh"),
 P("Nguyễn Hữu Tình", "Phó Chủ tịch UBND phường"),
 P("Hoàng Văn Sinh", "Chủ tịch Hội Người cao tuổi phường")],
[Q("gần 200 hội viên người cao tuổi", 200, "hội viên người cao tuổi", "approx"),
 Q("6 câu lạc bộ liên thế hệ tự giúp nhau", 6, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("21 ý kiến", 21, "ý kiến"), Q("58 thành viên", 58, "thành viên"), Q("3 nhà văn hóa", 3, "nhà văn hóa"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("412 người", 412, "người"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("16 ý kiến", 16, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Nghị định", "176", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 176/2025/NĐ-CP"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 14-KH/ĐU")],
[prov("Đồng Nai"), com("Bình Phước")],
["Báo Đồng Nai điện tử", "Chính trị › Dân vận", "Phòng Văn hóa - Xã hội"],
["Ngày đăng 13/03/2026 | 17:05", "năm 2026", "thứ hai", "1 phòng", "trên 75 tuổi", "đủ 75 tuổi trở lên", "tháng 7/2025",
 "giai đoạn 2025 - 2030", "quý II/2026", "31/3"]))

PAGES.append(page("b7348-gialai-hnct-taphuan-2026", """
GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ / Xã hội / Người cao tuổi
Thứ Sáu, 10/04/2026 - 07:55
Nâng cao năng lực cho ban chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau
Trong 2 ngày 8 - 9/4, tại phường Quy Nhơn, Hội Người cao tuổi tỉnh Gia Lai phối hợp với Trung tâm Hỗ trợ phát triển liên thế hệ tổ chức lớp tập huấn năm 2026 cho 75 học viên là chủ nhiệm, phó chủ nhiệm và kế toán các câu lạc bộ liên thế hệ tự giúp nhau ở khu vực phía Đông và phía Tây của tỉnh.
Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Vũ Thảo
Khai mạc lớp học, ông Đặng Văn Thành, Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh, cho biết sau hợp nhất Gia Lai và Bình Định, toàn tỉnh có 348 câu lạc bộ với hơn 18.600 thành viên, trong đó khoảng 42% thành viên là đồng bào Jrai, Bahnar. Năm 2026, Hội đặt mục tiêu thành lập mới 60 câu lạc bộ, tập trung ở các xã biên giới và vùng đồng bào dân tộc thiểu số.
Học viên được hướng dẫn quy trình thành lập câu lạc bộ, quản lý quỹ quay vòng, lập báo cáo tài chính hằng quý, tổ chức hoạt động chăm sóc tại nhà và ứng dụng phần mềm quản lý thành viên trên điện thoại. Các giảng viên cũng giới thiệu kinh nghiệm huy động nguồn lực từ doanh nghiệp và người con xa quê.
Bà Rơ Châm H'Phong, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau làng Plei Bông, xã Ia Hrú, chia sẻ: câu lạc bộ có 54 thành viên, đã cho 28 hộ vay, mỗi hộ 5 triệu đồng để nuôi bò, trồng cà phê xen cây ăn trái; "người già giữ luật làng, người trẻ giữ sổ sách, nhờ vậy chưa ai chậm trả". Ông Siu Thuấn, Chủ tịch Hội Người cao tuổi xã Ia Hrú, đề nghị tỉnh biên soạn tài liệu song ngữ Việt - Jrai.
Ông Huỳnh Tấn Lộc, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Chánh Thành, xã Tuy Phước, cho biết câu lạc bộ đã hoạt động 8 năm, quỹ đạt 310 triệu đồng và đang thí điểm dịch vụ chăm sóc tại nhà có thu phí thấp, mỗi giờ 30.000 đồng, cho gia đình khá giả, lấy tiền hỗ trợ các cụ nghèo.
Bế mạc lớp học, bà Nguyễn Thị Thanh Lịch, Phó Chủ tịch UBND tỉnh, đề nghị các câu lạc bộ thực hiện tốt Kế hoạch số 58/KH-UBND ngày 20/2/2026 của UBND tỉnh về nhân rộng mô hình giai đoạn 2026 - 2030 và Nghị quyết số 12-NQ/TU, 13-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; Sở Y tế phối hợp bảo đảm 100% câu lạc bộ có tình nguyện viên được tập huấn sơ cấp cứu.
Dịp này, Hội Người cao tuổi tỉnh trao tặng 20 bộ máy đo huyết áp cho các câu lạc bộ mới thành lập.
Vũ Thảo
Bài viết liên quan
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Ia Grai (28/03/2026)
- Hội Người cao tuổi tỉnh tổng kết năm 2025 (14/01/2026)
- Xã Tây Sơn mừng thọ 320 cụ (25/02/2026)
""", "2026-04-10", "Nâng cao năng lực cho ban chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau",
E("tap_huan", "2026", "2026-04-08"),
[P("Đặng Văn Thành", "Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh"),
 P("Rơ Châm H'Phong", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau làng Plei Bông"),
 P("Siu Thuấn", "Chủ tịch Hội Người cao tuổi xã Ia Hrú"),
 P("Huỳnh Tấn Lộc", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Chánh Thành"),
 P("Nguyễn Thị Thanh Lịch", "Phó Chủ tịch UBND tỉnh")],
[Q("75 học viên", 75, "học viên"), Q("348 câu lạc bộ", 348, "câu lạc bộ"),
 Q("hơn 18.600 thành viên", 18600, "thành viên", "over"), Q("khoảng 42% thành viên", 42, "%", "approx"),
 Q("60 câu lạc bộ", 60, "câu lạc bộ"), Q("54 thành viên", 54, "thành viên"), Q("28 hộ", 28, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("310 triệu đồng", 310000000, "đồng"), Q("30.000 đồng", 30000, "đồng"),
 Q("100% câu lạc bộ", 100, "%"), Q("20 bộ máy đo huyết áp", 20, "bộ máy đo huyết áp")],
[D("Kế hoạch", "58", "KH-UBND", "2026-02-20", "UBND tỉnh", "Kế hoạch số 58/KH-UBND ngày 20/2/2026"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Nghị quyết", "13", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "13-NQ/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Hrú"), com("Tuy Phước")],
["GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Xã hội / Người cao tuổi", "Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Vũ Thảo",
 "Trung tâm Hỗ trợ phát triển liên thế hệ"],
["Thứ Sáu, 10/04/2026 - 07:55", "2 ngày", "năm 2026", "8 năm", "giai đoạn 2026 - 2030"]))
