from lib import *
PAGES = []

PAGES.append(page("b3767-phutho-vinhphuc-ngayhoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Thời sự › Chính trị › Mặt trận
Thứ Hai, 17/11/2025, 08:05
Các đại biểu dự Ngày hội tại khu dân cư Đồng Tâm.
Ngày hội Đại đoàn kết đầu tiên ở phường Vĩnh Phúc sau sắp xếp
Sáng 15/11, khu dân cư Đồng Tâm, phường Vĩnh Phúc, tỉnh Phú Thọ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Đây là Ngày hội đầu tiên của khu dân cư sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp.
Dự Ngày hội có đồng chí Đặng Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Thị Minh Phượng, Bí thư Đảng ủy phường Vĩnh Phúc; lãnh đạo Ủy ban MTTQ phường và các tổ chức chính trị - xã hội.
Khu dân cư Đồng Tâm được hợp nhất từ 2 tổ dân phố cũ, hiện có 1.124 hộ với 4.380 nhân khẩu. Năm qua, nhân dân đóng góp khoảng 1,35 tỷ đồng cải tạo nhà văn hóa, lắp 126 camera an ninh; 98,2% hộ được công nhận gia đình văn hóa. Chi hội Phụ nữ khu duy trì 3 tổ tiết kiệm với 92 thành viên, số dư gần 460 triệu đồng.
Ông Phùng Văn Khải, Trưởng Ban công tác Mặt trận khu dân cư Đồng Tâm, cho biết mô hình "Tuyến phố văn minh" và "Camera vì an ninh trật tự" giúp khu dân cư 2 năm liền không có tội phạm. Bà Nguyễn Thị Thoa, Tổ trưởng tổ tiết kiệm "Đồng Tâm 2", cho biết tổ đã giúp 14 chị em vay vốn kinh doanh nhỏ.
Phát biểu tại Ngày hội, đồng chí Đặng Xuân Trường chúc mừng thành tích của khu dân cư, đề nghị cấp ủy, chính quyền phường tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/1/2025 của Ban Bí thư về tiếp tục đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", chăm lo đời sống nhân dân trong giai đoạn vận hành bộ máy mới.
Dịp này, đồng chí Đặng Xuân Trường trao tặng khu dân cư 1 bộ loa kéo và 20 suất quà cho hộ nghèo, hộ cận nghèo, mỗi suất trị giá 1 triệu đồng; Ủy ban MTTQ phường Vĩnh Phúc trao kinh phí 80 triệu đồng hỗ trợ sửa chữa 2 căn nhà cho hộ khó khăn.
Theo Ủy ban MTTQ tỉnh, thực hiện Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, từ ngày 1 đến 18/11, toàn tỉnh có khoảng 3.900 khu dân cư tổ chức Ngày hội.
Sau phần lễ là phần hội với các trò chơi dân gian, văn nghệ quần chúng và liên hoan cộng đồng tại nhà văn hóa khu, thu hút đông đảo bà con nhân dân các thế hệ cùng tham gia.
Thanh Nga
Lượt xem: 1.472
Tin liên quan
- Phó Chủ tịch UBND tỉnh dự Ngày hội ở xã Tam Dương Bắc (16/11/2025)
- Ủy ban MTTQ tỉnh trao 300 nhà Đại đoàn kết (12/11/2025)
- Mít tinh kỷ niệm 95 năm Ngày truyền thống MTTQ Việt Nam (14/11/2025)
""", "2025-11-17", "Ngày hội Đại đoàn kết đầu tiên ở phường Vĩnh Phúc sau sắp xếp",
E("khac", None, "2025-11-15"),
[P("Đặng Xuân Trường", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Minh Phượng", "Bí thư Đảng ủy phường Vĩnh Phúc"),
 P("Phùng Văn Khải", "Trưởng Ban công tác Mặt trận khu dân cư Đồng Tâm"),
 P("Nguyễn Thị Thoa", "Tổ trưởng tổ tiết kiệm \"Đồng Tâm 2\"")],
[Q("2 tổ dân phố cũ", 2, "tổ dân phố"), Q("1.124 hộ", 1124, "hộ"), Q("4.380 nhân khẩu", 4380, "nhân khẩu"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("126 camera an ninh", 126, "camera an ninh"), Q("98,2%", 98.2, "%"),
 Q("3 tổ tiết kiệm", 3, "tổ tiết kiệm"), Q("92 thành viên", 92, "thành viên"), Q("gần 460 triệu đồng", 460000000, "đồng", "approx"),
 Q("14 chị em", 14, "chị em"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("2 căn nhà", 2, "căn nhà"), Q("khoảng 3.900 khu dân cư", 3900, "khu dân cư", "approx")],
[D("Kết luận", "120", "KL/TW", "2025-01-07", "Ban Bí thư", "Kết luận số 120-KL/TW ngày 7/1/2025"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT")],
[prov("Phú Thọ"), com("Vĩnh Phúc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Thời sự › Chính trị › Mặt trận", "Các đại biểu dự Ngày hội tại khu dân cư Đồng Tâm.",
 "Tuyến phố văn minh", "Camera vì an ninh trật tự", "Đồng Tâm 2", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lượt xem: 1.472"],
["Thứ Hai, 17/11/2025, 08:05", "năm 2025", "95 năm", "hai cấp", "2 năm liền", "1 bộ loa kéo", "từ ngày 1 đến 18/11", "Lượt xem: 1.472"]))

PAGES.append(page("b3768-phutho-maichau-daihoi-2025", """
Cổng thông tin điện tử xã Mai Châu - tỉnh Phú Thọ
Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng
08/08/2025 - 16:30
Ban Chấp hành Đảng bộ xã khóa I ra mắt Đại hội.
Đại hội đại biểu Đảng bộ xã Mai Châu lần thứ I, nhiệm kỳ 2025 - 2030
Trong 2 ngày 6 và 7/8/2025, Đảng bộ xã Mai Châu tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có đồng chí Bùi Đức Hinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy. Về dự có 150 đại biểu đại diện cho 1.046 đảng viên sinh hoạt tại 42 chi bộ trực thuộc.
Xã Mai Châu được thành lập trên cơ sở sắp xếp thị trấn Mai Châu và các xã Chiềng Châu, Nà Phòn, Tòng Đậu của huyện Mai Châu cũ, tỉnh Hòa Bình; có diện tích hơn 96 km2 với khoảng 17.800 nhân khẩu, đồng bào Thái chiếm trên 70%.
Nhiệm kỳ qua, tốc độ tăng trưởng kinh tế bình quân đạt 8,6%/năm; du lịch cộng đồng bản Lác, bản Poom Coọng đón hơn 210.000 lượt khách mỗi năm; tỷ lệ hộ nghèo giảm còn 4,1%. Các mô hình kinh tế như dệt thổ cẩm, trồng cam, nuôi cá lồng trên hồ thủy điện được duy trì. Phụ nữ người Thái có 27 tổ tiết kiệm gắn với nghề dệt, thu hút hơn 600 chị em tham gia.
Đại hội đã thảo luận 8 tham luận. Bà Lò Thị Nhung, Bí thư Chi bộ bản Lác, trình bày kinh nghiệm vận động bà con làm du lịch homestay; ông Hà Công Bình, Chủ nhiệm Hợp tác xã thổ cẩm Chiềng Châu, đề nghị hỗ trợ xây dựng thương hiệu sản phẩm.
Đại hội thực hiện theo Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV và Quyết định số 1520-QĐ/TU ngày 14/7/2025 của Ban Thường vụ Tỉnh ủy về chỉ định Ban Chấp hành lâm thời.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí. Đồng chí Vi Văn Hưởng tiếp tục được tín nhiệm giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030; các đồng chí Phó Bí thư Đảng ủy xã: Mạc Thị Lan, Xa Văn Thiệu. Đại hội cũng bầu 13 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I.
Phát biểu chỉ đạo, đồng chí Bùi Đức Hinh đề nghị Đảng bộ xã phát huy tiềm năng du lịch, văn hóa Thái, Mường; chăm lo công tác dân vận, giữ vững khối đại đoàn kết các dân tộc; phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 90 triệu đồng.
Các ý kiến tham luận cũng đề xuất đầu tư nâng cấp tuyến đường vào các bản vùng cao, hỗ trợ hộ nghèo người Mông ở các bản vùng cao chuyển đổi cây trồng, phát huy vai trò người có uy tín trong giữ gìn an ninh trật tự khu vực giáp ranh.
Đại hội thông qua Nghị quyết với 100% đại biểu tán thành.
Mạnh Hùng
Lượt truy cập: 9.815
Tin khác
- Xã Mai Châu ra mắt bộ máy sau sắp xếp (01/07/2025)
- Hội nghị đối thoại với người dân bản Văn (20/06/2025)
- Tập huấn nghiệp vụ cho cán bộ xóm, bản (12/06/2025)
""", "2025-08-08", "Đại hội đại biểu Đảng bộ xã Mai Châu lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-06"),
[P("Bùi Đức Hinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lò Thị Nhung", "Bí thư Chi bộ bản Lác"),
 P("Hà Công Bình", "Chủ nhiệm Hợp tác xã thổ cẩm Chiềng Châu"),
 P("Vi Văn Hưởng", "Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030"),
 P("Mạc Thị Lan", "Phó Bí thư Đảng ủy xã"), P("Xa Văn Thiệu", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.046 đảng viên", 1046, "đảng viên"), Q("42 chi bộ trực thuộc", 42, "chi bộ trực thuộc"),
 Q("hơn 96 km2", 96, "km2", "over"), Q("khoảng 17.800 nhân khẩu", 17800, "nhân khẩu", "approx"), Q("trên 70%", 70, "%", "over"),
 Q("8,6%/năm", 8.6, "%"), Q("hơn 210.000 lượt khách", 210000, "lượt khách", "over"), Q("4,1%", 4.1, "%"),
 Q("27 tổ tiết kiệm", 27, "tổ tiết kiệm"), Q("hơn 600 chị em", 600, "chị em", "over"), Q("8 tham luận", 8, "tham luận"), Q("33 đồng chí", 33, "đồng chí"),
 Q("13 đại biểu chính thức", 13, "đại biểu chính thức"), Q("90 triệu đồng", 90000000, "đồng"), Q("100%", 100, "%")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Quyết định", "1520", "QĐ/TU", "2025-07-14", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1520-QĐ/TU ngày 14/7/2025")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mai Châu"), com("Chiềng Châu"), com("Nà Phòn"), com("Tòng Đậu")],
["Cổng thông tin điện tử xã Mai Châu - tỉnh Phú Thọ", "Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng",
 "Ban Chấp hành Đảng bộ xã khóa I ra mắt Đại hội.", "bản Lác", "Poom Coọng", "Lượt truy cập: 9.815"],
["08/08/2025 - 16:30", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "lần thứ XIV", "33 đồng chí",
 "năm 2030", "Lượt truy cập: 9.815"]))

PAGES.append(page("b3769-phutho-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Trang chủ | Giám sát, phản biện xã hội
Ngày 03/10/2025 | 15:20
Đoàn giám sát kiểm tra căn nhà mới xây của hộ bà Triệu Thị Mây.
Giám sát việc xóa nhà tạm, nhà dột nát tại xã Đà Bắc
Ngày 2/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Phú Thọ do bà Quách Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chương trình xóa nhà tạm, nhà dột nát tại xã Đà Bắc, theo chương trình giám sát năm 2025.
Việc giám sát thực hiện theo Quy định số 124-QĐ/TW của Bộ Chính trị và Kế hoạch số 58/KH-MTTQ-BTT ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Nội dung tập trung vào việc bình xét đối tượng, cấp phát kinh phí, chất lượng công trình và việc công khai cho nhân dân biết.
Theo báo cáo của UBND xã, xã Đà Bắc có 3.615 hộ với khoảng 14.900 nhân khẩu, đồng bào Mường, Tày, Dao chiếm trên 90%. Năm 2025, xã được phân bổ hỗ trợ 312 căn nhà cho hộ nghèo, cận nghèo, trong đó xây mới 214 căn, sửa chữa 98 căn. Mỗi căn xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng từ nguồn Quỹ "Vì người nghèo" và Chương trình mục tiêu quốc gia thực hiện theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Đến nay, xã đã hoàn thành 100% số nhà, tổng kinh phí hơn 15,7 tỷ đồng.
Ngoài nguồn hỗ trợ, các đoàn thể vận động được 4.560 ngày công; Hội Phụ nữ xã huy động các tổ tiết kiệm cho 37 hộ vay thêm không lãi để hoàn thiện nhà.
Đoàn đã đến kiểm tra thực tế tại các xóm Tày Má, Mó Sách. Bà Triệu Thị Mây, người Dao ở xóm Mó Sách, cho biết gia đình được hỗ trợ 60 triệu đồng, cộng với tiền tiết kiệm và anh em góp công, nay đã có căn nhà kiên cố 56 m2. Ông Xa Văn Chính, Trưởng xóm Tày Má, đề nghị có thêm chính sách hỗ trợ nước sạch cho các hộ vừa làm nhà.
Qua giám sát, đoàn đánh giá xã đã công khai danh sách đối tượng ở các xóm, chưa phát hiện sai phạm. Tuy nhiên, việc lập hồ sơ thanh quyết toán ở một số xóm còn chậm; 6 căn nhà chưa được lắp đặt công trình phụ.
Ông Đinh Văn Tuấn, Chủ tịch UBND xã Đà Bắc, tiếp thu ý kiến và cho biết xã sẽ hoàn thiện hồ sơ trước ngày 31/10. Kết luận buổi giám sát, bà Quách Thị Hương đề nghị xã tiếp tục huy động nguồn lực xã hội hóa, kịp thời báo cáo kết quả khắc phục về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Bích Ngọc
Lượt xem: 406
Tin cùng chuyên mục
- Phản biện dự thảo nghị quyết của HĐND tỉnh về giá đất (25/09/2025)
- Giám sát thực hiện chính sách bảo hiểm y tế học sinh (18/09/2025)
- Hội nghị Ban Thường trực mở rộng tháng 9 (10/09/2025)
""", "2025-10-03", "Giám sát việc xóa nhà tạm, nhà dột nát tại xã Đà Bắc",
E("giam_sat", "2025", "2025-10-02"),
[P("Quách Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Triệu Thị Mây"),
 P("Xa Văn Chính", "Trưởng xóm Tày Má"),
 P("Đinh Văn Tuấn", "Chủ tịch UBND xã Đà Bắc")],
[Q("3.615 hộ", 3615, "hộ"), Q("khoảng 14.900 nhân khẩu", 14900, "nhân khẩu", "approx"), Q("trên 90%", 90, "%", "over"),
 Q("312 căn nhà", 312, "căn nhà"), Q("214 căn", 214, "căn"), Q("98 căn", 98, "căn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("100%", 100, "%"), Q("hơn 15,7 tỷ đồng", 15700000000, "đồng", "over"),
 Q("4.560 ngày công", 4560, "ngày công"), Q("37 hộ", 37, "hộ"), Q("56 m2", 56, "m2"), Q("6 căn nhà", 6, "căn nhà")],
[D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2025-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 58/KH-MTTQ-BTT ngày 20/8/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Phú Thọ"), com("Đà Bắc")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ | Giám sát, phản biện xã hội",
 "Đoàn giám sát kiểm tra căn nhà mới xây của hộ bà Triệu Thị Mây.", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia", "Lượt xem: 406"],
["Ngày 03/10/2025 | 15:20", "năm 2025", "Năm 2025", "Lượt xem: 406"]))

PAGES.append(page("b3770-phutho-hycuong-tongket-2026", """
ĐẢNG ỦY - HĐND - UBND XÃ HY CƯƠNG
Trang chủ » Tin tức » Tin trong xã
T6, 09/01/2026 - 10:15
Toàn cảnh hội nghị.
Hy Cương: năm 2026 phát triển du lịch gắn với Khu di tích lịch sử Đền Hùng
Ngày 8/1/2026, Đảng ủy xã Hy Cương, tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I. Đồng chí Nguyễn Tiến Dũng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Xã Hy Cương mới được thành lập từ ngày 1/7/2025 theo Nghị quyết số 1676/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, trên cơ sở sắp xếp các xã Hy Cương, Chu Hóa, Thanh Đình; có 21 khu dân cư với hơn 24.000 nhân khẩu. Sáu tháng vận hành chính quyền hai cấp, Trung tâm phục vụ hành chính công xã đã tiếp nhận 6.842 hồ sơ, giải quyết đúng hạn 99,1%.
Năm 2025, tổng giá trị sản xuất trên địa bàn ước đạt 2.180 tỷ đồng; Khu di tích lịch sử Đền Hùng và các điểm du lịch trên địa bàn đón khoảng 8 triệu lượt khách. Nhân dân đóng góp hơn 4,6 tỷ đồng chỉnh trang 12 tuyến đường; xã hỗ trợ xóa 9 căn nhà tạm, nhà dột nát. Hội Phụ nữ duy trì 18 tổ tiết kiệm với 540 thành viên; Hội Nông dân có 146 hộ sản xuất, kinh doanh giỏi.
Bà Trần Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã, báo cáo Ngày hội Đại đoàn kết được tổ chức ở 100% khu dân cư với nhiều hoạt động văn hóa, thể thao sôi nổi, gắn với trao nhà Đại đoàn kết và tặng quà hộ khó khăn. Ông Nguyễn Văn Bắc, Trưởng Ban Xây dựng Đảng Đảng ủy xã, cho biết Đảng bộ kết nạp 28 đảng viên mới, 5 chi bộ được bổ sung cấp ủy viên.
Ông Lê Xuân Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, trình bày phương hướng năm 2026 với 22 chỉ tiêu chủ yếu, trong đó thu ngân sách phấn đấu không dưới 38 tỷ đồng; tiếp tục thực hiện Nghị quyết số 01-NQ/ĐU ngày 20/8/2025 của Đảng ủy xã về phát triển dịch vụ, du lịch gắn với di sản thờ cúng Hùng Vương và hát Xoan.
Hội nghị cũng công bố quyết định bổ nhiệm bà Đỗ Thị Hạnh làm Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội.
Phát biểu kết luận, đồng chí Nguyễn Tiến Dũng yêu cầu năm 2026 làm tốt công tác bầu cử đại biểu Quốc hội và HĐND các cấp; chuẩn bị chu đáo phục vụ Giỗ Tổ Hùng Vương; phát huy vai trò các tổ tự quản, tổ tiết kiệm ở khu dân cư; giải quyết dứt điểm 4 vụ việc tranh chấp đất đai kéo dài.
Các đại biểu cũng thảo luận về việc sắp xếp trụ sở, bố trí cán bộ sau hợp nhất, bảo đảm người dân ở các xã cũ được phục vụ thuận tiện.
Dịp này, UBND xã tặng giấy khen cho 10 tập thể và 26 cá nhân có thành tích xuất sắc năm 2025.
Ban Biên tập
Lượt truy cập: 14.207
Tin cùng chuyên mục
- Hy Cương: tổng kết phong trào thi đua năm 2025 (30/12/2025)
- Ra mắt câu lạc bộ hát Xoan khu 4 (15/12/2025)
- Xã Hy Cương hoàn thành xóa nhà tạm (28/11/2025)
""", "2026-01-09", "Hy Cương: năm 2026 phát triển du lịch gắn với Khu di tích lịch sử Đền Hùng",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Tiến Dũng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Bắc", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Lê Xuân Phong", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Thị Hạnh", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội")],
[Q("21 khu dân cư", 21, "khu dân cư"), Q("hơn 24.000 nhân khẩu", 24000, "nhân khẩu", "over"),
 Q("6.842 hồ sơ", 6842, "hồ sơ"), Q("99,1%", 99.1, "%"), Q("100% khu dân cư", 100, "%"), Q("2.180 tỷ đồng", 2180000000000, "đồng"),
 Q("khoảng 8 triệu lượt khách", 8000000, "lượt khách", "approx"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("12 tuyến đường", 12, "tuyến đường"), Q("9 căn nhà tạm, nhà dột nát", 9, "căn nhà tạm, nhà dột nát"),
 Q("18 tổ tiết kiệm", 18, "tổ tiết kiệm"), Q("540 thành viên", 540, "thành viên"), Q("146 hộ", 146, "hộ"),
 Q("28 đảng viên mới", 28, "đảng viên mới"), Q("5 chi bộ", 5, "chi bộ"), Q("22 chỉ tiêu chủ yếu", 22, "chỉ tiêu chủ yếu"),
 Q("không dưới 38 tỷ đồng", 38000000000, "đồng", "over"), Q("4 vụ việc tranh chấp đất đai", 4, "vụ việc tranh chấp đất đai"),
 Q("10 tập thể", 10, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Nghị quyết", "1676", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1676/NQ-UBTVQH15"),
 D("Nghị quyết", "01", "NQ/ĐU", "2025-08-20", "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU ngày 20/8/2025")],
[prov("Phú Thọ"), com("Hy Cương"), com("Chu Hóa"), com("Thanh Đình")],
["ĐẢNG ỦY - HĐND - UBND XÃ HY CƯƠNG", "Trang chủ » Tin tức » Tin trong xã", "Toàn cảnh hội nghị.",
 "Khu di tích lịch sử Đền Hùng", "Trung tâm phục vụ hành chính công xã", "Ban Biên tập", "Lượt truy cập: 14.207"],
["T6, 09/01/2026 - 10:15", "năm 2025", "năm 2026", "lần thứ I", "1/7/2025", "Sáu tháng", "hai cấp",
 "Lượt truy cập: 14.207"]))

PAGES.append(page("b3771-phutho-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ > Hoạt động của Ban > Tin tức
03/04/2026 06:00
Quang cảnh giao ban tại điểm cầu tỉnh.
Khối tuyên giáo và dân vận bàn nhiệm vụ trọng tâm quý II
Chiều 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ tổ chức giao ban công tác tuyên giáo và dân vận quý I/2026 theo hình thức trực tuyến tới 148 điểm cầu xã, phường. Đồng chí Hoàng Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Công Sứ, Nguyễn Thị Lý, Phan Đăng Khoa.
Quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 18, 19-KL/TU về công tác dân vận trong vận hành chính quyền địa phương hai cấp và về phát huy vai trò người có uy tín vùng đồng bào dân tộc thiểu số; ban hành Hướng dẫn số 03-HD/BTGDVTU về tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tổ chức quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị cho 32 đồng chí là báo cáo viên cấp tỉnh.
Các cấp đã nắm tình hình tư tưởng qua 1.840 phiếu thăm dò dư luận xã hội; khoảng 86% ý kiến đồng tình với việc sắp xếp bộ máy. Phong trào "Dân vận khéo" có thêm 57 mô hình được công nhận; Hội LHPN tỉnh thành lập 63 tổ phụ nữ tiết kiệm ở các xã vùng cao. Các lễ hội đầu xuân, nhất là Lễ hội Đền Hùng, được tuyên truyền chu đáo.
Tại giao ban, đồng chí Bùi Văn Thắm, Bí thư Đảng ủy xã Tân Lạc, phản ánh một số bản vùng xa chưa có sóng điện thoại, khó tuyên truyền trực tuyến. Bà Vũ Thị Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phúc Yên, đề nghị có tài liệu hỏi - đáp về bầu cử bằng hình ảnh cho người cao tuổi. Ông Hà Văn Nghiệp, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin về 4 vụ việc khiếu kiện đông người về đất đai trong quý.
Kết luận giao ban, đồng chí Hoàng Thị Vân Anh yêu cầu quý II tập trung tuyên truyền Giỗ Tổ Hùng Vương năm 2026 và kết quả bầu cử; chủ động nắm tình hình nhân dân ở các địa bàn có dự án; tổ chức hội nghị người có uy tín cấp tỉnh với khoảng 400 đại biểu; hoàn thành sơ kết 1 năm vận hành chính quyền địa phương hai cấp trong tháng 6.
Đồng chí cũng đề nghị các đảng ủy xã, phường phân công cán bộ phụ trách công tác dân vận ở từng khu dân cư, thôn, bản; phát huy vai trò tổ trưởng tổ tiết kiệm, chi hội trưởng trong nắm bắt tâm tư nguyện vọng của nhân dân.
Minh Châu
Lượt xem: 733
Tin liên quan
- Hội nghị báo cáo viên tháng 3/2026 (27/03/2026)
- Tập huấn công tác dân vận cho cán bộ cấp xã (19/03/2026)
- Gặp mặt chức sắc tôn giáo nhân Lễ Phục sinh (30/03/2026)
""", "2026-04-03", "Khối tuyên giáo và dân vận bàn nhiệm vụ trọng tâm quý II",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Hoàng Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Đăng Khoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Văn Thắm", "Bí thư Đảng ủy xã Tân Lạc"),
 P("Vũ Thị Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phúc Yên"),
 P("Hà Văn Nghiệp", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("148 điểm cầu xã, phường", 148, "điểm cầu xã, phường"), Q("32 đồng chí", 32, "đồng chí"),
 Q("1.840 phiếu thăm dò dư luận xã hội", 1840, "phiếu thăm dò dư luận xã hội"), Q("khoảng 86%", 86, "%", "approx"),
 Q("57 mô hình", 57, "mô hình"), Q("63 tổ phụ nữ tiết kiệm", 63, "tổ phụ nữ tiết kiệm"),
 Q("4 vụ việc khiếu kiện đông người", 4, "vụ việc khiếu kiện đông người"), Q("khoảng 400 đại biểu", 400, "đại biểu", "approx")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW")],
[prov("Phú Thọ"), com("Tân Lạc"), com("Phúc Yên")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ > Hoạt động của Ban > Tin tức", "Quang cảnh giao ban tại điểm cầu tỉnh.",
 "Dân vận khéo", "Lễ hội Đền Hùng", "Lượt xem: 733"],
["03/04/2026 06:00", "quý I/2026", "Quý I", "quý II", "hai cấp", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2026", "1 năm",
 "32 đồng chí", "Lượt xem: 733"]))

PAGES.append(page("b3772-phutho-lhpn-taphuan-2026", """
Chủ Nhật, 10/05/2026
HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ THỌ
Trang chủ › Tin tức › Phụ nữ phát triển kinh tế
08/05/2026 | 09:00
ThS. Quách Thị Thảo hướng dẫn học viên lập sổ tổ tiết kiệm.
Phụ nữ vùng Mường học cách quản lý tổ tiết kiệm
Trong 2 ngày 6 và 7/5/2026, Hội LHPN tỉnh Phú Thọ phối hợp với Hội LHPN xã Lạc Sơn tổ chức lớp tập huấn "Nâng cao năng lực quản lý tổ tiết kiệm, tổ vay vốn" năm 2026 cho 85 học viên là chi hội trưởng phụ nữ và tổ trưởng tổ tiết kiệm các xã Lạc Sơn, Mường Vang, Nhân Nghĩa.
Dự khai giảng có bà Bùi Thị Nhung, Ủy viên Ban Thường vụ, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; bà Đinh Thị Huyền, Chủ tịch Hội LHPN xã Lạc Sơn. Giảng viên là ThS. Quách Thị Thảo, giảng viên Trường Chính trị tỉnh và ông Bạch Công Tuấn, Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Lạc Sơn.
Học viên được hướng dẫn quy trình thành lập tổ, quy chế hoạt động, cách ghi sổ góp, sổ vay quay vòng và công khai tài chính theo hướng dẫn số 07-HD/ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh; tìm hiểu chính sách vay vốn theo Nghị định số 28/2022/NĐ-CP của Chính phủ và Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của Ban Chấp hành Đảng bộ xã Lạc Sơn về giảm nghèo bền vững.
Theo bà Bùi Thị Nhung, toàn tỉnh hiện có hơn 3.600 tổ phụ nữ tiết kiệm với khoảng 92.000 thành viên, số dư trên 170 tỷ đồng. Riêng vùng Lạc Sơn cũ có 214 tổ, nhiều tổ duy trì trên 10 năm, góp từ 50.000 đồng mỗi tháng.
Chị Bàn Thị Hạnh, người Dao ở xóm Bai, xã Nhân Nghĩa, cho biết tổ tiết kiệm của xóm có 26 thành viên, năm qua cho 9 chị em vay quay vòng mua bò giống. Chị Bùi Thị Loan, Chi hội trưởng phụ nữ xóm Chiềng, đề nghị Hội cấp trên hỗ trợ tiêu thụ sản phẩm thổ cẩm, măng khô, gạo nếp của hội viên.
Kết thúc lớp học, học viên làm bài kiểm tra, 83 học viên đạt yêu cầu. Bà Bùi Thị Nhung đề nghị mỗi chi hội sau tập huấn rà soát, củng cố lại các tổ tiết kiệm; Hội LHPN xã Lạc Sơn phấn đấu trong năm 2026 thành lập thêm ít nhất 12 tổ, gắn với hỗ trợ phụ nữ người Mường, người Dao phát triển sinh kế và giữ gìn văn hóa truyền thống.
Trong giờ thực hành, các nhóm học viên được chia theo xóm, tự xây dựng quy chế tổ, tính lãi tiết kiệm và xử lý tình huống khi thành viên chậm góp, chậm trả; nhiều chị em mạnh dạn trao đổi bằng tiếng Mường để các thành viên lớn tuổi cùng hiểu.
Nhiều học viên cho biết, sau lớp học sẽ vận động thêm chị em trẻ tham gia tổ tiết kiệm, đưa nội dung tuyên truyền phòng chống bạo lực gia đình và mua bán người vào các buổi sinh hoạt tổ hằng tháng.
Thu Phương
Lượt xem: 252
Tin khác
- Trao 50 suất học bổng cho nữ sinh dân tộc thiểu số (28/04/2026)
- Hội LHPN tỉnh giao ban quý I năm 2026 (10/04/2026)
- Ra mắt mô hình "Phụ nữ Mường giữ nghề dệt" (02/04/2026)
""", "2026-05-08", "Phụ nữ vùng Mường học cách quản lý tổ tiết kiệm",
E("tap_huan", "2026", "2026-05-06"),
[P("Bùi Thị Nhung", "Ủy viên Ban Thường vụ", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Đinh Thị Huyền", "Chủ tịch Hội LHPN xã Lạc Sơn"),
 P("Quách Thị Thảo", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Bạch Công Tuấn", "Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Lạc Sơn"),
 P("Bàn Thị Hạnh"),
 P("Bùi Thị Loan", "Chi hội trưởng phụ nữ xóm Chiềng")],
[Q("85 học viên", 85, "học viên"), Q("hơn 3.600 tổ phụ nữ tiết kiệm", 3600, "tổ phụ nữ tiết kiệm", "over"),
 Q("khoảng 92.000 thành viên", 92000, "thành viên", "approx"), Q("trên 170 tỷ đồng", 170000000000, "đồng", "over"),
 Q("214 tổ", 214, "tổ"), Q("từ 50.000 đồng", 50000, "đồng", "over"), Q("26 thành viên", 26, "thành viên"),
 Q("9 chị em", 9, "chị em"), Q("83 học viên", 83, "học viên"), Q("ít nhất 12 tổ", 12, "tổ", "over")],
[D("Hướng dẫn", "07", "HD/ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "hướng dẫn số 07-HD/ĐCT"),
 D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP"),
 D("Nghị quyết", "05", "NQ/ĐU", "2025-10-10", "Ban Chấp hành Đảng bộ xã Lạc Sơn", "Nghị quyết số 05-NQ/ĐU ngày 10/10/2025")],
[prov("Phú Thọ"), com("Lạc Sơn"), com("Mường Vang"), com("Nhân Nghĩa")],
["Chủ Nhật, 10/05/2026", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ THỌ", "Trang chủ › Tin tức › Phụ nữ phát triển kinh tế",
 "ThS. Quách Thị Thảo hướng dẫn học viên lập sổ tổ tiết kiệm.", "Nâng cao năng lực quản lý tổ tiết kiệm, tổ vay vốn",
 "Lượt xem: 252"],
["Chủ Nhật, 10/05/2026", "08/05/2026 | 09:00", "2 ngày", "năm 2026", "trên 10 năm", "Lượt xem: 252"]))
