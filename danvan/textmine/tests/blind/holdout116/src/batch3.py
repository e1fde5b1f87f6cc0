from lib import *
PAGES = []

PAGES.append(page("b2753-bacgiang-bithu-doithoai-thanhnien-2021", """
Báo Bắc Giang
Chính trị | Tuổi trẻ | Đối thoại
25 tháng 3, 2021 | 17:45
Bí thư Tỉnh ủy đối thoại với thanh niên: "Các bạn cứ mạnh dạn khởi nghiệp, tỉnh sẽ đồng hành"
BGĐT - Chiều 24/3, nhân kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh đoàn Bắc Giang tổ chức chương trình "Bí thư Tỉnh ủy đối thoại với thanh niên" năm 2021. Đồng chí Dương Văn Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh cùng các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ngành đã trả lời câu hỏi của hơn 400 đoàn viên, thanh niên.
Toàn cảnh buổi đối thoại.
Trước buổi đối thoại, Tỉnh đoàn đã tổng hợp 186 câu hỏi gửi qua trang fanpage và 53 ý kiến bằng văn bản từ 10 huyện, thành đoàn. Tại chương trình, 21 đoàn viên đặt câu hỏi trực tiếp về chính sách hỗ trợ khởi nghiệp, đất đai cho thanh niên làm trang trại, việc làm cho thanh niên hoàn thành nghĩa vụ quân sự.
Anh Hoàng Văn Thắng, Giám đốc Hợp tác xã Nông nghiệp sạch Lục Ngạn, hỏi về thủ tục thuê đất trồng vải thiều theo tiêu chuẩn VietGAP. Chị La Thị Thảo, đoàn viên Chi đoàn thôn Khuôn Thần, xã Phong Minh (người Sán Chí), mong tỉnh hỗ trợ đưa sản phẩm miến dong lên sàn thương mại điện tử. Anh Lâm Văn Dự, chủ trang trại gà đồi xã Đông Hưng (người Nùng), kiến nghị mức vay không cần tài sản bảo đảm được nâng lên 100 triệu đồng.
Trả lời các ý kiến, đồng chí Dương Văn Tuấn cho biết tỉnh đang triển khai Nghị quyết số 111-NQ/TU ngày 4/1/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực; Quỹ Hỗ trợ thanh niên khởi nghiệp của tỉnh đã cho 320 dự án vay với tổng số vốn khoảng 24 tỷ đồng. Đồng chí Ngô Đức Khải, Phó Chủ tịch UBND tỉnh, thông tin năm 2020 các khu công nghiệp thu hút hơn 31.000 lao động, khoảng 65% là thanh niên.
Đồng chí Bí thư Tỉnh ủy giao Tỉnh đoàn chủ trì, phối hợp Sở Kế hoạch và Đầu tư xây dựng đề án hỗ trợ thanh niên khởi nghiệp giai đoạn 2021 - 2025, trình UBND tỉnh trong quý II; đồng ý nâng mức cho vay từ nguồn vốn ủy thác qua Đoàn lên tối đa 100 triệu đồng/dự án. Các ý kiến chưa trả lời tại buổi đối thoại sẽ được các sở, ngành trả lời bằng văn bản trước ngày 15/4/2021.
Phát biểu kết thúc chương trình, đồng chí Nguyễn Thị Hương, Bí thư Tỉnh đoàn, cam kết tuổi trẻ Bắc Giang sẽ thực hiện 90 công trình thanh niên chào mừng Đại hội Đoàn toàn quốc và bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Tỉnh đoàn cũng thực hiện Kế hoạch số 201-KH/TĐTN về "Tháng Thanh niên" năm 2021 với chủ đề "Thanh niên tiên phong trong xây dựng nông thôn mới, đô thị văn minh".
Dịp này, 10 thanh niên khởi nghiệp tiêu biểu được tặng Bằng khen của Ban Thường vụ Tỉnh đoàn.
Thu Hà
Tin liên quan
- Ra mắt 15 câu lạc bộ khởi nghiệp thanh niên (20/03/2021)
- Tuổi trẻ Yên Thế ra quân Tháng Thanh niên (01/03/2021)
- Bắc Giang kết nạp 1.200 đoàn viên lứa 90 năm thành lập Đoàn (26/02/2021)
""", "2021-03-25", "Bí thư Tỉnh ủy đối thoại với thanh niên: \"Các bạn cứ mạnh dạn khởi nghiệp, tỉnh sẽ đồng hành\"",
E("doi_thoai", "2021", "2021-03-24"),
[P("Dương Văn Tuấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("Hoàng Văn Thắng", "Giám đốc Hợp tác xã Nông nghiệp sạch Lục Ngạn"),
 P("La Thị Thảo", "đoàn viên Chi đoàn thôn Khuôn Thần"),
 P("Lâm Văn Dự", "chủ trang trại gà đồi xã Đông Hưng"),
 P("Ngô Đức Khải", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hương", "Bí thư Tỉnh đoàn")],
[Q("hơn 400 đoàn viên, thanh niên", 400, "đoàn viên, thanh niên", "over"), Q("186 câu hỏi", 186, "câu hỏi"),
 Q("53 ý kiến", 53, "ý kiến"), Q("10 huyện, thành đoàn", 10, "huyện, thành đoàn"), Q("21 đoàn viên", 21, "đoàn viên"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("320 dự án", 320, "dự án"), Q("khoảng 24 tỷ đồng", 24000000000, "đồng", "approx"),
 Q("hơn 31.000 lao động", 31000, "lao động", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("90 công trình thanh niên", 90, "công trình thanh niên"), Q("10 thanh niên khởi nghiệp tiêu biểu", 10, "thanh niên khởi nghiệp tiêu biểu")],
[D("Nghị quyết", "111", "NQ/TU", "2021-01-04", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 111-NQ/TU ngày 4/1/2021"),
 D("Kế hoạch", "201", "KH/TĐTN", None, None, "Kế hoạch số 201-KH/TĐTN")],
[prov("Bắc Giang"), com("Phong Minh"), com("Đông Hưng")],
["Báo Bắc Giang", "Chính trị | Tuổi trẻ | Đối thoại", "BGĐT", "Toàn cảnh buổi đối thoại.", "Bí thư Tỉnh ủy đối thoại với thanh niên",
 "Quỹ Hỗ trợ thanh niên khởi nghiệp", "Thanh niên tiên phong trong xây dựng nông thôn mới, đô thị văn minh", "VietGAP"],
["25 tháng 3, 2021 | 17:45", "90 năm", "năm 2021", "năm 2020", "giai đoạn 2021 - 2025", "quý II", "khóa XV",
 "nhiệm kỳ 2021 - 2026"]))

PAGES.append(page("b2754-quangnam-tongket-tinhnguyen-he-2021", """
BÁO QUẢNG NAM ONLINE
Xã hội » Đoàn - Hội
Thứ Sáu, 27/08/2021, 08:05
Ảnh: Các đội hình tình nguyện hỗ trợ khu cách ly tập trung.
Tuổi trẻ Quảng Nam: hè tình nguyện gắn với tuyến đầu chống dịch
Sáng 26/8, Tỉnh đoàn Quảng Nam tổ chức hội nghị trực tuyến tổng kết Chiến dịch thanh niên tình nguyện hè năm 2021 tại 18 điểm cầu huyện, thị xã, thành phố. Chủ trì tại điểm cầu tỉnh có đồng chí Nguyễn Thị Thu Lan, Phó Bí thư Tỉnh ủy; đồng chí Phan Xuân Hòa, Bí thư Tỉnh đoàn.
Trong bối cảnh dịch Covid-19 diễn biến phức tạp, chiến dịch năm nay được điều chỉnh linh hoạt, chuyển trọng tâm sang hỗ trợ tuyến đầu chống dịch, bảo đảm an toàn cho tình nguyện viên và người dân. Toàn tỉnh có 12.680 đoàn viên, thanh niên tham gia; thành lập 214 đội hình "Thanh niên tình nguyện phòng, chống dịch" hỗ trợ 126 chốt kiểm soát và 38 khu cách ly tập trung. Các cơ sở Đoàn vận động được 185 tấn nông sản, trao 14.500 suất quà cho người dân khó khăn do dịch; tổng giá trị hỗ trợ hơn 6,8 tỷ đồng. Ngoài ra, tuổi trẻ toàn tỉnh đã làm mới 21 km đường giao thông nông thôn, sửa chữa 16 nhà nhân ái, trồng 31.000 cây xanh.
"Tiếp sức mùa thi" năm nay với 1.640 tình nguyện viên, hỗ trợ 14.200 thí sinh dự thi tốt nghiệp THPT đợt 1 tại 41 điểm thi. Hoạt động "Mùa hè xanh" của sinh viên được chuyển sang hình thức tại chỗ, hỗ trợ học trực tuyến cho 2.300 học sinh miền núi.
Tại hội nghị, anh Bh'riu Quân, Bí thư Huyện đoàn Tây Giang, báo cáo đội hình thanh niên người Cơ Tu đã cùng bộ đội biên phòng tuần tra 120 km đường biên giới, phòng chống xuất nhập cảnh trái phép. Chị Zơrâm Thị Nhung, Bí thư Đoàn xã A Tiêng, chia sẻ việc đoàn viên cõng gạo vào các thôn cách ly. Anh Hồ Văn Rết, người Xê Đăng, Phó Bí thư Huyện đoàn Nam Trà My, cho biết huyện đoàn hỗ trợ 4.600 kg sâm dây, măng khô tiêu thụ qua mạng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Lan ghi nhận sự xung kích của tuổi trẻ; đề nghị Tỉnh đoàn tiếp tục thực hiện Công văn số 4850/UBND-KGVX của UBND tỉnh về huy động lực lượng thanh niên hỗ trợ phòng, chống dịch và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII. Đồng chí Phan Xuân Hòa cho biết Tỉnh đoàn sẽ duy trì "Đội hình thanh niên tình nguyện phòng, chống dịch" đến hết năm 2021.
Dịp này, Trung ương Đoàn tặng Bằng khen cho 3 tập thể, 5 cá nhân; Ban Thường vụ Tỉnh đoàn khen thưởng 42 tập thể, 86 cá nhân.
Việt Nguyễn
Lượt xem: 3.051
Tin liên quan
- Thanh niên Hội An chung tay tiếp tế lương thực (15/08/2021)
- 300 tình nguyện viên "Tiếp sức mùa thi" đợt 2 (30/07/2021)
- Tuổi trẻ Núi Thành lắp camera an ninh (10/07/2021)
""", "2021-08-27", "Tuổi trẻ Quảng Nam: hè tình nguyện gắn với tuyến đầu chống dịch",
E("tong_ket", "2021", "2021-08-26"),
[P("Nguyễn Thị Thu Lan", "Phó Bí thư Tỉnh ủy"),
 P("Phan Xuân Hòa", "Bí thư Tỉnh đoàn"),
 P("Bh'riu Quân", "Bí thư Huyện đoàn Tây Giang"),
 P("Zơrâm Thị Nhung", "Bí thư Đoàn xã A Tiêng"),
 P("Hồ Văn Rết", "Phó Bí thư Huyện đoàn Nam Trà My")],
[Q("18 điểm cầu huyện, thị xã, thành phố", 18, "điểm cầu huyện, thị xã, thành phố"),
 Q("12.680 đoàn viên, thanh niên", 12680, "đoàn viên, thanh niên"), Q("214 đội hình", 214, "đội hình"),
 Q("126 chốt kiểm soát", 126, "chốt kiểm soát"), Q("38 khu cách ly tập trung", 38, "khu cách ly tập trung"),
 Q("185 tấn", 185, "tấn"), Q("14.500 suất quà", 14500, "suất quà"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("21 km", 21, "km"), Q("16 nhà nhân ái", 16, "nhà nhân ái"), Q("31.000 cây xanh", 31000, "cây xanh"),
 Q("1.640 tình nguyện viên", 1640, "tình nguyện viên"), Q("14.200 thí sinh", 14200, "thí sinh"), Q("41 điểm thi", 41, "điểm thi"),
 Q("2.300 học sinh miền núi", 2300, "học sinh miền núi"), Q("120 km", 120, "km"), Q("4.600 kg", 4600, "kg"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("86 cá nhân", 86, "cá nhân")],
[D("Công văn", "4850", "UBND-KGVX", None, "UBND tỉnh", "Công văn số 4850/UBND-KGVX")],
[prov("Quảng Nam"), com("A Tiêng")],
["BÁO QUẢNG NAM ONLINE", "Xã hội » Đoàn - Hội", "Ảnh: Các đội hình tình nguyện hỗ trợ khu cách ly tập trung.",
 "Thanh niên tình nguyện phòng, chống dịch", "Tiếp sức mùa thi", "Mùa hè xanh", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII", "Lượt xem: 3.051"],
["Thứ Sáu, 27/08/2021, 08:05", "năm 2021", "đợt 1", "Covid-19", "lần thứ XXII", "Lượt xem: 3.051"]))

PAGES.append(page("b2755-dienbien-daihoi-doan-tinh-2022", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Hôm nay: Thứ Sáu, 23/09/2022
Trang chủ > Chính trị > Tin tức
21/09/2022 07:45
Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên lần thứ XV
Đồng chí Lò Văn Thuận tặng hoa chúc mừng Ban Chấp hành Tỉnh đoàn khóa XV.
Sau 2 ngày làm việc khẩn trương (19 - 20/9/2022), Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2022 - 2027 đã bế mạc. Dự phiên bế mạc có đồng chí Lò Văn Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Tường Khanh, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam. Đại hội có 250 đại biểu chính thức, đại diện cho hơn 46.000 đoàn viên trong toàn tỉnh.
Nhiệm kỳ 2017 - 2022, các cấp bộ Đoàn đã thực hiện 2.312 công trình, phần việc thanh niên, tổng trị giá trên 68,5 tỷ đồng; hỗ trợ 1.150 thanh niên vay vốn phát triển kinh tế; kết nạp 21.840 đoàn viên mới, giới thiệu 3.026 đoàn viên ưu tú cho Đảng, trong đó 2.110 đồng chí đã được kết nạp. Phong trào "Thanh niên tình nguyện" có dấu ấn qua các chiến dịch hè ở 10 huyện, thị xã, thành phố với hơn 60.000 lượt đoàn viên tham gia.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XV gồm 35 đồng chí; Ban Thường vụ gồm 11 đồng chí. Đồng chí Lò Thị Hải, người Thái, tái đắc cử Bí thư Tỉnh đoàn; các Phó Bí thư: Giàng A Chu, Quàng Văn Dương, Vì Thị Hồng Nhung. Đồng chí Lò Thị Hải cũng được bầu làm Trưởng đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII. Đoàn đại biểu gồm 10 đồng chí.
Đại hội thông qua 6 chỉ tiêu và 3 khâu đột phá, trong đó phấn đấu 100% cơ sở Đoàn xã có ít nhất 1 mô hình thanh niên phát triển kinh tế, mỗi năm thực hiện ít nhất 300 công trình, phần việc thanh niên cấp cơ sở, giúp đỡ 500 thanh niên người dân tộc thiểu số có việc làm ổn định.
Tham luận tại Đại hội, anh Sùng A Páo, Bí thư Đoàn xã Mường Nhé, chia sẻ mô hình trồng sa nhân tím dưới tán rừng với 27 hộ thanh niên người Mông tham gia. Chị Cà Thị Ngọc, Bí thư Đoàn phường Mường Thanh, nêu cách đưa sản phẩm du lịch cộng đồng lên nền tảng số.
Phát biểu chỉ đạo, đồng chí Lò Văn Thuận đề nghị Ban Chấp hành Tỉnh đoàn khóa mới cụ thể hóa Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên giai đoạn 2021 - 2025, quan tâm tuyên truyền, đấu tranh với các tổ chức phản động lợi dụng tôn giáo lôi kéo thanh niên vùng cao.
Đại hội đã thông qua Nghị quyết Đại hội với tinh thần "Tuổi trẻ Điện Biên: Bản lĩnh - Khát vọng - Tiên phong - Sáng tạo".
Quang Hưng
Bài viết liên quan
- Khai mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV (20/09/2022)
- Tuổi trẻ Điện Biên thực hiện 45 công trình chào mừng Đại hội (12/09/2022)
- Đại hội Đoàn thành phố Điện Biên Phủ lần thứ VI (25/07/2022)
""", "2022-09-21", "Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Điện Biên lần thứ XV",
E("dai_hoi", None, "2022-09-19"),
[P("Lò Văn Thuận", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Tường Khanh", "Bí thư Trung ương Đoàn", "Chủ tịch Hội Sinh viên Việt Nam"),
 P("Lò Thị Hải", "Bí thư Tỉnh đoàn", "Trưởng đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII"),
 P("Giàng A Chu", "Phó Bí thư"), P("Quàng Văn Dương", "Phó Bí thư"), P("Vì Thị Hồng Nhung", "Phó Bí thư"),
 P("Sùng A Páo", "Bí thư Đoàn xã Mường Nhé"),
 P("Cà Thị Ngọc", "Bí thư Đoàn phường Mường Thanh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 46.000 đoàn viên", 46000, "đoàn viên", "over"),
 Q("2.312 công trình, phần việc thanh niên", 2312, "công trình, phần việc thanh niên"), Q("trên 68,5 tỷ đồng", 68500000000, "đồng", "over"),
 Q("1.150 thanh niên", 1150, "thanh niên"), Q("21.840 đoàn viên mới", 21840, "đoàn viên mới"), Q("3.026 đoàn viên ưu tú", 3026, "đoàn viên ưu tú"),
 Q("2.110 đồng chí", 2110, "đồng chí"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("hơn 60.000 lượt đoàn viên", 60000, "lượt đoàn viên", "over"), Q("35 đồng chí", 35, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"),
 Q("10 đồng chí", 10, "đồng chí"), Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("100%", 100, "%"),
 Q("300 công trình, phần việc thanh niên cấp cơ sở", 300, "công trình, phần việc thanh niên cấp cơ sở"),
 Q("500 thanh niên người dân tộc thiểu số", 500, "thanh niên người dân tộc thiểu số"), Q("27 hộ thanh niên người Mông", 27, "hộ thanh niên người Mông")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Mường Thanh")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ > Chính trị > Tin tức", "Đồng chí Lò Văn Thuận tặng hoa chúc mừng Ban Chấp hành Tỉnh đoàn khóa XV.",
 "Thanh niên tình nguyện", "Tuổi trẻ Điện Biên: Bản lĩnh - Khát vọng - Tiên phong - Sáng tạo", "Nghị quyết Đại hội"],
["Hôm nay: Thứ Sáu, 23/09/2022", "2 ngày", "lần thứ XV", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "2.110 đồng chí", "35 đồng chí",
 "11 đồng chí", "10 đồng chí", "lần thứ XII", "1 mô hình", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b2756-bentre-tinhdoan-soket-2022", """
Đồng Khởi Online
Tin tức | Chính trị | Đoàn thể
14/07/2022 - 10:05
Tỉnh đoàn sơ kết công tác Đoàn 6 tháng đầu năm
ĐK- Ngày 13-7-2022, Ban Chấp hành Tỉnh đoàn Bến Tre khóa X tổ chức hội nghị lần thứ 8 sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2022, triển khai phương hướng nhiệm vụ 6 tháng cuối năm. Bí thư Tỉnh đoàn Võ Thị Kim Yến chủ trì hội nghị; Phó Trưởng ban Dân vận Tỉnh ủy Lê Văn Mười dự.
Bí thư Tỉnh đoàn Võ Thị Kim Yến phát biểu kết luận hội nghị. Ảnh: Hữu Hiệp
6 tháng đầu năm, toàn tỉnh thực hiện 412 công trình, phần việc thanh niên với tổng trị giá hơn 12 tỷ đồng, trong đó có 86 cây cầu giao thông nông thôn, 57 km đường bê tông, 1.240 bồn chứa nước ngọt trao cho hộ dân vùng hạn mặn. Công trình cấp tỉnh "Tuyến đường hoa thanh niên" dài 3,2 km tại xã Phú Túc được khánh thành dịp Tháng Thanh niên. Các cấp bộ Đoàn đã kết nạp 3.650 đoàn viên mới, đạt 73% chỉ tiêu năm; giới thiệu 890 đoàn viên ưu tú cho Đảng.
Chương trình "Tiếp sức mùa thi" năm 2022 đã được triển khai với 1.120 tình nguyện viên tại 31 điểm thi; Chiến dịch thanh niên tình nguyện hè ra quân ngày 5-6 với chỉ tiêu 200 công trình, phần việc. Ban Thường vụ Tỉnh đoàn đã ban hành Kế hoạch số 145-KH/TĐTN ngày 20/5/2022 về chiến dịch và Kế hoạch số 152-KH/TĐTN về tổ chức "Ngày hội việc làm thanh niên" lần thứ II.
Tại hội nghị, các đại biểu thảo luận nhiều giải pháp. Anh Nguyễn Hoàng Phúc, Bí thư Huyện đoàn Thạnh Phú, chia sẻ mô hình "Thanh niên góp cá, nuôi heo đất" giúp 34 đoàn viên khó khăn khởi nghiệp. Chị Trần Thị Mỹ Tiên, Bí thư Đoàn xã An Thạnh, kiến nghị quan tâm chính sách cho cán bộ Đoàn ấp sau khi sắp xếp ấp. Anh Phan Quốc Việt, Bí thư Đoàn Khối cơ quan và doanh nghiệp tỉnh, đề xuất tổ chức diễn đàn đối thoại giữa lãnh đạo tỉnh với thanh niên công nhân.
Phát biểu chỉ đạo, Phó Trưởng ban Dân vận Tỉnh ủy Lê Văn Mười đề nghị Tỉnh đoàn bám sát Chỉ thị số 14-CT/TU, Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên và xây dựng nông thôn mới kiểu mẫu; làm tốt công tác nắm tình hình tư tưởng thanh niên trên không gian mạng.
Kết luận hội nghị, Bí thư Tỉnh đoàn Võ Thị Kim Yến yêu cầu 6 tháng cuối năm phấn đấu hoàn thành 100% chỉ tiêu Nghị quyết Đại hội Đoàn tỉnh; chuẩn bị chu đáo Đại hội Đoàn cơ sở nhiệm kỳ mới.
Hội nghị cũng đã kiện toàn Ban Chấp hành Tỉnh đoàn khóa X: hiệp y cho thôi tham gia Ban Chấp hành đối với 2 đồng chí do chuyển công tác; bầu bổ sung 3 đồng chí vào Ban Chấp hành, trong đó có đồng chí Đặng Minh Khoa, Bí thư Huyện đoàn Chợ Lách.
Hữu Hiệp
Các tin đã đưa
- Tuổi trẻ Bến Tre ra quân hè tình nguyện 2022 (06/06/2022)
- Trao 50 bồn chứa nước cho hộ nghèo Bình Đại (25/04/2022)
- Ngày hội "Thanh niên với biển đảo quê hương" (12/03/2022)
""", "2022-07-14", "Tỉnh đoàn sơ kết công tác Đoàn 6 tháng đầu năm",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Võ Thị Kim Yến", "Bí thư Tỉnh đoàn"),
 P("Lê Văn Mười", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Phúc", "Bí thư Huyện đoàn Thạnh Phú"),
 P("Trần Thị Mỹ Tiên", "Bí thư Đoàn xã An Thạnh"),
 P("Phan Quốc Việt", "Bí thư Đoàn Khối cơ quan và doanh nghiệp tỉnh"),
 P("Đặng Minh Khoa", "Bí thư Huyện đoàn Chợ Lách")],
[Q("412 công trình, phần việc thanh niên", 412, "công trình, phần việc thanh niên"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("86 cây cầu giao thông nông thôn", 86, "cây cầu giao thông nông thôn"), Q("57 km", 57, "km"),
 Q("1.240 bồn chứa nước ngọt", 1240, "bồn chứa nước ngọt"), Q("3,2 km", 3.2, "km"), Q("3.650 đoàn viên mới", 3650, "đoàn viên mới"),
 Q("73%", 73, "%"), Q("890 đoàn viên ưu tú", 890, "đoàn viên ưu tú"), Q("1.120 tình nguyện viên", 1120, "tình nguyện viên"),
 Q("31 điểm thi", 31, "điểm thi"), Q("200 công trình, phần việc", 200, "công trình, phần việc"), Q("34 đoàn viên", 34, "đoàn viên"),
 Q("100%", 100, "%"), Q("2 đồng chí", 2, "đồng chí"), Q("3 đồng chí", 3, "đồng chí")],
[D("Kế hoạch", "145", "KH/TĐTN", "2022-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 145-KH/TĐTN ngày 20/5/2022"),
 D("Kế hoạch", "152", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 152-KH/TĐTN"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU")],
[prov("Bến Tre"), com("Phú Túc"), com("An Thạnh")],
["Đồng Khởi Online", "Tin tức | Chính trị | Đoàn thể", "ĐK-", "Bí thư Tỉnh đoàn Võ Thị Kim Yến phát biểu kết luận hội nghị. Ảnh: Hữu Hiệp",
 "Tuyến đường hoa thanh niên", "Tiếp sức mùa thi", "Ngày hội việc làm thanh niên", "Thanh niên góp cá, nuôi heo đất", "Tháng Thanh niên"],
["14/07/2022 - 10:05", "13-7-2022", "lần thứ 8", "6 tháng đầu năm 2022", "6 tháng cuối năm", "5-6", "lần thứ II", "khóa X",
 "2 đồng chí", "3 đồng chí"]))

PAGES.append(page("b2757-ninhthuan-hdnd-giamsat-thanhnien-2023", """
HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN
Trang chủ | Hoạt động giám sát | Tin tức
09/11/2023 14:00
Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách đối với thanh niên
Ban Văn hóa - Xã hội HĐND tỉnh làm việc với Tỉnh đoàn.
Ngày 8/11/2023, Đoàn giám sát Ban Văn hóa - Xã hội HĐND tỉnh do bà Thập Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Luật Thanh niên năm 2020 và Nghị quyết số 12/2021/NQ-HĐND ngày 16/7/2021 của HĐND tỉnh về một số chính sách hỗ trợ thanh niên khởi nghiệp giai đoạn 2021 - 2025 tại Tỉnh đoàn và Sở Nội vụ tỉnh Ninh Thuận.
Báo cáo của Tỉnh đoàn cho thấy, toàn tỉnh có khoảng 142.000 thanh niên, trong đó thanh niên người Chăm, Raglai chiếm gần 28%. Từ năm 2021 đến nay, Tỉnh đoàn đã phối hợp tổ chức 34 lớp đào tạo nghề cho 1.020 thanh niên nông thôn; hỗ trợ 96 dự án khởi nghiệp được vay vốn ưu đãi với tổng số tiền 7,6 tỷ đồng; 212 thanh niên được giới thiệu đi làm việc ở nước ngoài theo hợp đồng. Hằng năm, Chiến dịch thanh niên tình nguyện hè thực hiện bình quân 180 công trình, phần việc, giá trị khoảng 3,5 tỷ đồng; chương trình "Tiếp sức mùa thi" huy động khoảng 900 tình nguyện viên mỗi năm.
Ông Châu Văn Đức, Giám đốc Sở Nội vụ, cho biết tỉnh đã ban hành Kế hoạch số 4420/KH-UBND ngày 28/9/2021 thực hiện Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 theo Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ. Tuy nhiên, theo ông Đức, nguồn kinh phí cho chính sách khởi nghiệp mới giải ngân được 61% do nhiều dự án chưa đủ điều kiện.
Tại buổi giám sát, đại biểu Chamaléa Thị Thủy, Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh, đề nghị làm rõ vì sao số thanh niên người Raglai được hỗ trợ còn ít, chỉ 11 dự án. Đại biểu Đàng Văn Hải, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh, lưu ý tình trạng thanh niên sử dụng trái phép chất ma túy ở một số thôn ven biển. Anh Quảng Đại Tuấn, Bí thư Tỉnh đoàn, giải trình: việc thẩm định dự án đòi hỏi tài sản bảo đảm trên 50 triệu đồng khiến thanh niên vùng khó khăn khó tiếp cận.
Kết luận buổi giám sát, bà Thập Thị Kim Liên đề nghị UBND tỉnh xem xét sửa đổi Nghị quyết số 12/2021/NQ-HĐND theo hướng đơn giản thủ tục; Tỉnh đoàn tăng cường phối hợp với Ngân hàng Chính sách xã hội và các xã Phước Hà, Phước Bình trong việc hướng dẫn thanh niên người Raglai lập dự án. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 15 HĐND tỉnh khóa XI, dự kiến vào tháng 12/2023.
Trước đó, đoàn đã giám sát thực tế tại xã Phước Hà (huyện Thuận Nam), gặp gỡ 15 thanh niên đang vay vốn nuôi dê, trồng măng tây.
Minh Ngọc
Tin cùng chuyên mục
- Thường trực HĐND tỉnh giám sát công tác giảm nghèo (25/10/2023)
- Tiếp xúc cử tri trước kỳ họp thứ 15 (18/10/2023)
- Giám sát việc thực hiện chính sách đối với người có uy tín (05/10/2023)
""", "2023-11-09", "Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách đối với thanh niên",
E("giam_sat", None, "2023-11-08"),
[P("Thập Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Châu Văn Đức", "Giám đốc Sở Nội vụ"),
 P("Chamaléa Thị Thủy", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đàng Văn Hải", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Quảng Đại Tuấn", "Bí thư Tỉnh đoàn")],
[Q("khoảng 142.000 thanh niên", 142000, "thanh niên", "approx"), Q("gần 28%", 28, "%", "approx"),
 Q("34 lớp đào tạo nghề", 34, "lớp đào tạo nghề"), Q("1.020 thanh niên nông thôn", 1020, "thanh niên nông thôn"),
 Q("96 dự án khởi nghiệp", 96, "dự án khởi nghiệp"), Q("7,6 tỷ đồng", 7600000000, "đồng"), Q("212 thanh niên", 212, "thanh niên"),
 Q("180 công trình, phần việc", 180, "công trình, phần việc"), Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"),
 Q("khoảng 900 tình nguyện viên", 900, "tình nguyện viên", "approx"), Q("61%", 61, "%"), Q("11 dự án", 11, "dự án"),
 Q("trên 50 triệu đồng", 50000000, "đồng", "over"), Q("15 thanh niên", 15, "thanh niên")],
[D("Nghị quyết", "12", "2021/NQ-HĐND", "2021-07-16", "HĐND tỉnh", "Nghị quyết số 12/2021/NQ-HĐND ngày 16/7/2021"),
 D("Kế hoạch", "4420", "KH-UBND", "2021-09-28", None, "Kế hoạch số 4420/KH-UBND ngày 28/9/2021"),
 D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Bình")],
["HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN", "Trang chủ | Hoạt động giám sát | Tin tức", "Ban Văn hóa - Xã hội HĐND tỉnh làm việc với Tỉnh đoàn.",
 "Luật Thanh niên năm 2020", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030", "Tiếp sức mùa thi"],
["09/11/2023 14:00", "giai đoạn 2021 - 2025", "giai đoạn 2021 - 2030", "kỳ họp thứ 15", "khóa XI", "tháng 12/2023"]))

PAGES.append(page("b2758-lamdong-chandung-thanhnien-2023", """
Báo Lâm Đồng điện tử
Đời sống » Gương sáng
Cập nhật: 30/06/2023 06:00
Anh K'Thuận cùng đoàn viên thôn Đạ Nghịch làm đường bê tông. Ảnh: N.H
K'Thuận - "thủ lĩnh" tình nguyện của thanh niên người Cơ Ho
Mùa hè nào cũng vậy, khi các đội hình tình nguyện về thôn, người đầu tiên ra đón là K'Thuận. Năm nay 31 tuổi, anh đã có 9 năm làm Bí thư Chi đoàn thôn Đạ Nghịch, xã Lộc Bảo (huyện Bảo Lâm), nơi hơn 90% dân số là đồng bào Cơ Ho, Mạ.
Năm 2014, sau khi tốt nghiệp trung cấp nông nghiệp, K'Thuận trở về thôn. Lúc ấy chi đoàn chỉ có 12 đoàn viên, sinh hoạt không đều. Anh đi từng nhà vận động, lập tổ "Thanh niên giúp nhau làm kinh tế" gồm 18 hộ trồng cà phê, sầu riêng xen canh. Đến nay, chi đoàn đã có 46 đoàn viên; tổ hợp tác mở rộng thành 35 hộ với tổng diện tích hơn 60 ha, thu nhập bình quân mỗi hộ khoảng 180 triệu đồng/năm.
Mỗi mùa hè, anh là cầu nối để đội hình sinh viên tình nguyện Trường Đại học Đà Lạt về thôn. Trong 5 năm qua, chi đoàn và sinh viên đã làm 4,2 km đường bê tông, 2 cây cầu treo qua suối, sửa chữa 7 căn nhà cho hộ nghèo và mở lớp học hè cho khoảng 120 em nhỏ. Giá trị các công trình được Huyện đoàn Bảo Lâm tính toán khoảng 1,4 tỷ đồng, trong đó nhân dân đóng góp 3.500 ngày công và hiến gần 4.000 m2 đất.
"Người Cơ Ho mình nói là làm. Mình làm trước thì bà con làm theo", K'Thuận nói. Già làng K'Briu, người có uy tín thôn Đạ Nghịch, kể lại: năm 2020 khi làm con đường vào khu sản xuất, chính K'Thuận đã hiến 300 m2 đất vườn của gia đình.
Chị Ka Hồng, Bí thư Đoàn xã Lộc Bảo, cho biết mô hình của Chi đoàn Đạ Nghịch đã được nhân rộng ra 5 thôn trong xã. Năm 2022, K'Thuận được Trung ương Đoàn trao Giải thưởng Lý Tự Trọng và tặng Bằng khen "Thanh niên tiêu biểu dân tộc thiểu số"; được Ban Thường vụ Tỉnh đoàn tuyên dương trong chương trình "Gương sáng thanh niên Lâm Đồng" lần thứ III.
Anh Đặng Trí Dũng, Phó Bí thư Huyện đoàn Bảo Lâm, đánh giá: "K'Thuận là hạt nhân để Huyện đoàn triển khai Kế hoạch số 21-KH/HĐTN về Chiến dịch tình nguyện hè ở vùng đồng bào". Hè 2023, thôn tiếp tục đón 40 sinh viên về tình nguyện, dự kiến làm thêm 1,5 km đường và một sân chơi cho thiếu nhi.
Nói về dự định, K'Thuận cười hiền: anh muốn đưa sản phẩm cà phê của tổ hợp tác đạt chứng nhận OCOP 3 sao, để thanh niên trong thôn không phải bỏ làng đi làm thuê. "Còn sức thì còn làm, còn thanh niên thì thôn còn đi lên", anh nói.
Nguyễn Hà
Tin khác
- Tuổi trẻ Đà Lạt ra quân Chiến dịch tình nguyện hè 2023 (25/06/2023)
- Tuyên dương 30 gương thanh niên làm kinh tế giỏi (12/06/2023)
- Lạc Dương: trao 100 suất quà cho thiếu nhi (01/06/2023)
""", "2023-06-30", "K'Thuận - \"thủ lĩnh\" tình nguyện của thanh niên người Cơ Ho",
E("khac", None, None),
[P("K'Thuận", "Bí thư Chi đoàn thôn Đạ Nghịch"),
 P("K'Briu", "Già làng", "người có uy tín thôn Đạ Nghịch"),
 P("Ka Hồng", "Bí thư Đoàn xã Lộc Bảo"),
 P("Đặng Trí Dũng", "Phó Bí thư Huyện đoàn Bảo Lâm")],
[Q("hơn 90%", 90, "%", "over"), Q("12 đoàn viên", 12, "đoàn viên"), Q("18 hộ", 18, "hộ"), Q("46 đoàn viên", 46, "đoàn viên"),
 Q("35 hộ", 35, "hộ"), Q("hơn 60 ha", 60, "ha", "over"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("4,2 km", 4.2, "km"), Q("2 cây cầu treo", 2, "cây cầu treo"), Q("7 căn nhà", 7, "căn nhà"), Q("khoảng 120 em nhỏ", 120, "em nhỏ", "approx"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("3.500 ngày công", 3500, "ngày công"), Q("gần 4.000 m2", 4000, "m2", "approx"),
 Q("300 m2", 300, "m2"), Q("5 thôn", 5, "thôn"), Q("40 sinh viên", 40, "sinh viên"), Q("1,5 km", 1.5, "km")],
[D("Kế hoạch", "21", "KH/HĐTN", None, None, "Kế hoạch số 21-KH/HĐTN")],
[prov("Lâm Đồng"), com("Lộc Bảo")],
["Báo Lâm Đồng điện tử", "Đời sống » Gương sáng", "Anh K'Thuận cùng đoàn viên thôn Đạ Nghịch làm đường bê tông. Ảnh: N.H",
 "Thanh niên giúp nhau làm kinh tế", "Giải thưởng Lý Tự Trọng", "Thanh niên tiêu biểu dân tộc thiểu số", "Gương sáng thanh niên Lâm Đồng", "OCOP"],
["Cập nhật: 30/06/2023 06:00", "31 tuổi", "9 năm", "5 năm", "Năm 2014", "lần thứ III", "OCOP 3 sao"]))
