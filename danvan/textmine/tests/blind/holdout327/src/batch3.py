from lib import *
PAGES = []

PAGES.append(page("b7817-kiengiang-tinhdoan-doithoai-2022", """
TỈNH ĐOÀN KIÊN GIANG - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Kiên Giang
Trang chủ | Hoạt động Đoàn | Tin tức
16 tháng 9, 2022 | 10:30
Thanh niên đối thoại với lãnh đạo tỉnh về "việc nhẹ, lương cao" bên kia biên giới
Ngày 15/9/2022, Ban Thường vụ Tỉnh đoàn phối hợp với Công an tỉnh tổ chức chương trình "Thanh niên đối thoại với lãnh đạo tỉnh" năm 2022, chủ đề "Tỉnh táo trước lời mời việc nhẹ lương cao, không xuất cảnh trái phép". Chương trình được kết nối trực tuyến tới 15 điểm cầu huyện, thành phố với gần 1.300 đoàn viên, thanh niên tham dự.
Đồng chí Lâm Minh Thành trả lời câu hỏi của đoàn viên, thanh niên. Ảnh: Ngọc Hân
Tham gia đối thoại có đồng chí Lâm Minh Thành, Phó Chủ tịch UBND tỉnh; Đại tá Nguyễn Văn Hận, Phó Giám đốc Công an tỉnh; bà Danh Thị Ngọc Hà, Phó Giám đốc Sở Lao động - Thương binh và Xã hội; đồng chí Thị Sa Ry, Ủy viên Ban Thường vụ, Phó Bí thư Tỉnh đoàn điều phối chương trình.
Theo Công an tỉnh, từ đầu năm 2022 đến nay, đã có 246 công dân Kiên Giang được giải cứu hoặc tự trốn thoát về nước sau khi bị lừa sang Campuchia làm việc cho các công ty lừa đảo trực tuyến, sòng bạc; trong đó 71% là thanh niên từ 18 đến 30 tuổi. Nhiều trường hợp bị đánh đập, bị "bán" qua lại giữa các công ty, gia đình phải nộp từ 40 đến 120 triệu đồng "tiền chuộc".
Đoàn viên, thanh niên đã nêu 28 câu hỏi. Em Danh Út Em, ấp Tà Pang, xã Vĩnh Điều, hỏi làm sao biết tin tuyển dụng trên mạng là lừa đảo. Anh Trần Quốc Bảo, Bí thư Đoàn xã Mỹ Đức, kiến nghị có thêm lớp dạy nghề ngắn hạn cho thanh niên nông thôn. Chị Lý Thị Kim Hoa chia sẻ câu chuyện của người em họ bị giữ 4 tháng ở Campuchia.
Trả lời thanh niên, Đại tá Nguyễn Văn Hận chỉ ra những dấu hiệu nhận biết: hứa lương 1.000 - 1.500 USD/tháng không cần bằng cấp, được lo toàn bộ chi phí đi lại, đưa qua đường mòn không làm hộ chiếu. Đồng chí Lâm Minh Thành cho biết tỉnh đang triển khai Kế hoạch số 212/KH-UBND ngày 05/8/2022 của UBND tỉnh về phòng ngừa, ngăn chặn công dân xuất cảnh trái phép; năm 2022 sẽ hỗ trợ đào tạo nghề cho trên 2.000 lao động nông thôn và giới thiệu việc làm tại các khu công nghiệp trong tỉnh.
Bà Danh Thị Ngọc Hà thông tin, người lao động muốn đi làm việc ở nước ngoài cần tìm hiểu các doanh nghiệp được cấp phép theo Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng, tuyệt đối không giao giấy tờ tùy thân cho người lạ.
Sau chương trình, Tỉnh đoàn ra mắt 15 đội thanh niên tình nguyện tuyên truyền phòng, chống xuất cảnh trái phép ở các xã, phường biên giới.
Minh Khoa
Tin liên quan
- Hà Tiên: Ra quân tuyên truyền cảnh giác với "việc nhẹ lương cao" (08/09/2022)
- Tỉnh đoàn trao 50 suất học bổng cho học sinh vùng biên giới (30/08/2022)
- Giang Thành tiếp nhận 12 công dân được trao trả (19/08/2022)
""", "2022-09-16", "Thanh niên đối thoại với lãnh đạo tỉnh về \"việc nhẹ, lương cao\" bên kia biên giới",
E("doi_thoai", "2022", "2022-09-15"),
[P("Lâm Minh Thành", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Hận", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Danh Thị Ngọc Hà", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Thị Sa Ry", "Ủy viên Ban Thường vụ", "Phó Bí thư Tỉnh đoàn"),
 P("Danh Út Em"), P("Trần Quốc Bảo", "Bí thư Đoàn xã Mỹ Đức"), P("Lý Thị Kim Hoa")],
[Q("15 điểm cầu huyện, thành phố", 15, "điểm cầu huyện, thành phố"), Q("gần 1.300 đoàn viên, thanh niên", 1300, "đoàn viên, thanh niên", "approx"),
 Q("246 công dân", 246, "công dân"), Q("71%", 71, "%"), Q("từ 40 đến 120 triệu đồng", 40000000, "đồng"),
 Q("từ 40 đến 120 triệu đồng", 120000000, "đồng"), Q("28 câu hỏi", 28, "câu hỏi"), Q("1.000 - 1.500 USD/tháng", 1000, "USD"),
 Q("1.000 - 1.500 USD/tháng", 1500, "USD"), Q("trên 2.000 lao động nông thôn", 2000, "lao động nông thôn", "over"),
 Q("15 đội thanh niên tình nguyện", 15, "đội thanh niên tình nguyện")],
[D("Kế hoạch", "212", "KH-UBND", "2022-08-05", "UBND tỉnh", "Kế hoạch số 212/KH-UBND ngày 05/8/2022")],
[prov("Kiên Giang"), com("Vĩnh Điều"), com("Mỹ Đức")],
["TỈNH ĐOÀN KIÊN GIANG - Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Kiên Giang", "Trang chủ | Hoạt động Đoàn | Tin tức",
 "Đồng chí Lâm Minh Thành trả lời câu hỏi của đoàn viên, thanh niên. Ảnh: Ngọc Hân", "Thanh niên đối thoại với lãnh đạo tỉnh",
 "Tỉnh táo trước lời mời việc nhẹ lương cao, không xuất cảnh trái phép",
 "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"],
["16 tháng 9, 2022 | 10:30", "năm 2022", "từ 18 đến 30 tuổi", "4 tháng"]))

PAGES.append(page("b7818-bacgiang-bcd-soket-6thang-2023", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ > Xã hội > Lao động - Việc làm
2023-07-14 16:40
Ảnh: Toàn cảnh hội nghị sơ kết.
Giảm tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp ở nước ngoài
BGĐT - Ngày 13/7, Ban Chỉ đạo công tác đưa người lao động đi làm việc ở nước ngoài tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Mai Sơn, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
6 tháng đầu năm, toàn tỉnh Bắc Giang có 3.915 người đi làm việc ở nước ngoài theo hợp đồng, đạt 65,3% kế hoạch năm, chủ yếu sang Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc). Tuy nhiên, tỉnh vẫn có khoảng 1.420 lao động cư trú bất hợp pháp tại Hàn Quốc; 37 trường hợp bỏ trốn khỏi nơi làm việc tại Nhật Bản; lực lượng chức năng phát hiện 11 vụ tổ chức, môi giới đưa người đi làm việc ở nước ngoài trái phép, xử phạt hành chính 320 triệu đồng.
Các thành viên Ban Chỉ đạo đã tham mưu triển khai Nghị định số 12/2022/NĐ-CP của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực lao động; thực hiện Kế hoạch 89, 90/KH-UBND của UBND tỉnh về tuyên truyền lao động đi làm việc ở nước ngoài và phòng, chống xuất cảnh trái phép năm 2023. Các huyện Lục Ngạn, Lục Nam, Sơn Động, Yên Thế tổ chức 184 hội nghị tư vấn, tuyển chọn tại xã, thu hút hơn 9.000 lượt người dự.
Tại hội nghị, các đại biểu tập trung thảo luận giải pháp. Đồng chí Hoàng Văn Khởi, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, Phó Trưởng Ban Thường trực Ban Chỉ đạo cho biết, nhờ ký cam kết với gia đình và tăng mức ký quỹ, tỷ lệ lao động về nước đúng hạn năm nay đạt 87%. Đồng chí Chu Thị Lan, HUV, Phó Chủ tịch UBND huyện Lục Ngạn, đề nghị tỉnh tổ chức lớp dạy tiếng Hàn miễn phí cho 200 - 300 thanh niên dân tộc thiểu số. Bà Nông Thị Hảo, Chủ tịch Hội LHPN xã Phong Minh, cho biết xã có 46 lao động đang ở Hàn Quốc, trong đó 9 người quá hạn, Hội đã gặp từng gia đình vận động.
Kết luận hội nghị, đồng chí Mai Sơn yêu cầu các ngành, địa phương phấn đấu cả năm đưa 6.000 lao động đi làm việc ở nước ngoài theo hợp đồng; kiểm soát chặt các doanh nghiệp, cá nhân tuyển dụng trái phép trên mạng xã hội; UBND các xã có trên 10 lao động cư trú bất hợp pháp phải xây dựng kế hoạch vận động riêng. Ban Chỉ đạo thống nhất kiến nghị Bộ Lao động - Thương binh và Xã hội xem xét đưa các huyện có tỷ lệ giảm mạnh ra khỏi danh sách tạm dừng tuyển chọn lao động đi Hàn Quốc.
Sở Lao động - Thương binh và Xã hội được giao phối hợp Công an tỉnh rà soát toàn bộ các trang mạng xã hội đăng tin tuyển lao động đi nước ngoài không rõ nguồn gốc, xử lý nghiêm các vi phạm.
Thu Hằng
Các tin đã đưa
- Lục Ngạn: 120 lao động đăng ký đi làm việc tại Hàn Quốc mùa vụ (06/07/2023)
- Tuyên truyền phòng, chống mua bán người tại xã Tuấn Mậu (28/06/2023)
- Hơn 500 người dự phiên giao dịch việc làm tháng 6 (21/06/2023)
""", "2023-07-14", "Giảm tỷ lệ lao động bỏ trốn, cư trú bất hợp pháp ở nước ngoài",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Mai Sơn", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Hoàng Văn Khởi", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Chu Thị Lan", "HUV", "Phó Chủ tịch UBND huyện Lục Ngạn"),
 P("Nông Thị Hảo", "Chủ tịch Hội LHPN xã Phong Minh")],
[Q("3.915 người", 3915, "người"), Q("65,3%", 65.3, "%"), Q("khoảng 1.420 lao động", 1420, "lao động", "approx"),
 Q("37 trường hợp", 37, "trường hợp"), Q("11 vụ tổ chức, môi giới đưa người đi làm việc ở nước ngoài trái phép", 11, "vụ tổ chức, môi giới đưa người đi làm việc ở nước ngoài trái phép"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("184 hội nghị tư vấn, tuyển chọn", 184, "hội nghị tư vấn, tuyển chọn"),
 Q("hơn 9.000 lượt người", 9000, "lượt người", "over"), Q("87%", 87, "%"), Q("200 - 300 thanh niên dân tộc thiểu số", 200, "thanh niên dân tộc thiểu số"),
 Q("200 - 300 thanh niên dân tộc thiểu số", 300, "thanh niên dân tộc thiểu số"), Q("46 lao động", 46, "lao động"), Q("9 người", 9, "người"),
 Q("6.000 lao động", 6000, "lao động"), Q("trên 10 lao động", 10, "lao động", "over")],
[D("Nghị định", "12", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 12/2022/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "89", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 89, 90/KH-UBND của UBND tỉnh"),
 D("Kế hoạch", "90", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 89, 90/KH-UBND của UBND tỉnh")],
[prov("Bắc Giang"), com("Phong Minh")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ > Xã hội > Lao động - Việc làm", "Ảnh: Toàn cảnh hội nghị sơ kết.", "BGĐT"],
["2023-07-14 16:40", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng đầu năm", "năm 2023", "cả năm"]))

PAGES.append(page("b7819-tayninh-bdbp-traoqua-2023", """
BÁO TÂY NINH ONLINE
Chính trị - Xã hội / Biên giới
Thứ Sáu, 03/11/2023, 08:05
Hỗ trợ công dân bị lừa sang Campuchia trở về hòa nhập cộng đồng
TTO - Ngày 2/11, tại Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Hội Chữ thập đỏ tỉnh tổ chức trao quà, hỗ trợ 64 công dân vừa được phía Campuchia trao trả sau khi bị lừa sang làm việc tại các công ty lừa đảo trực tuyến.
Đại diện các đơn vị trao quà cho công dân được trao trả.
Các công dân đến từ 17 tỉnh, thành phố, trong đó có 9 người ở Tây Ninh; nhiều nhất là Đồng Tháp, An Giang, Nghệ An. Mỗi công dân được tặng 1 phần quà gồm quần áo, nhu yếu phẩm, điện thoại cũ đã được cài sẵn số của gia đình và 1 triệu đồng tiền mặt để làm lộ phí về quê. Tổng giá trị hỗ trợ hơn 150 triệu đồng, trong đó Hội Chữ thập đỏ tỉnh vận động được 85 triệu đồng từ các nhà hảo tâm.
Đến trao quà có đồng chí Trần Thị Bích Liên, Ủy viên Ban Thường vụ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Huỳnh Văn Xuân, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ đội Biên phòng tỉnh; bà Lê Thị Mỹ Duyên, Phó Chủ tịch Hội Chữ thập đỏ tỉnh.
Theo Đại tá Huỳnh Văn Xuân, từ đầu năm 2023 đến nay, Bộ đội Biên phòng tỉnh đã tiếp nhận 1.536 công dân Việt Nam do Campuchia trao trả qua các cửa khẩu Mộc Bài, Xa Mát, Chàng Riệc, tăng khoảng 25% so với cùng kỳ năm 2022; trong đó 312 người là nạn nhân bị lừa đảo, mua bán. Đơn vị đã phối hợp điều tra, làm rõ 6 đường dây đưa người xuất cảnh trái phép.
Anh Nguyễn Văn Tâm (quê xã Long Thuận, huyện Bến Cầu), một trong 64 công dân vừa trở về, kể: được người quen trên Facebook hứa việc làm lương 800 USD/tháng, anh đi theo đường mòn qua biên giới, nhưng sang bên kia bị thu giấy tờ, bị ép làm việc 14 tiếng mỗi ngày. Anh chị Ngô Thị Thu và Ngô Văn Lợi cùng quê xã Phước Chỉ, huyện Trảng Bàng thì gia đình phải nộp 3.000 USD mới được thả.
Bà Trần Thị Bích Liên đề nghị các công dân sau khi về địa phương cùng chia sẻ câu chuyện thật của mình để cảnh báo người thân, bạn bè; Mặt trận các cấp sẽ phối hợp giới thiệu việc làm cho những người có nhu cầu. Dịp này, Ủy ban MTTQ Việt Nam tỉnh trích Quỹ "Vì người nghèo" hỗ trợ thêm 5 triệu đồng cho mỗi công dân có hoàn cảnh khó khăn ở Tây Ninh.
Đồng thời, Bộ đội Biên phòng tỉnh tiếp tục phối hợp với chính quyền các xã biên giới tuyên truyền để người dân cảnh giác với các thủ đoạn tuyển dụng qua mạng xã hội.
Ánh Minh
Tin liên quan
- Bến Cầu: Tuyên truyền cảnh giác thủ đoạn tuyển dụng "việc nhẹ lương cao" (26/10/2023)
- Trao trả 48 công dân qua Cửa khẩu Xa Mát (19/10/2023)
- Hội nghị giao ban công tác phối hợp bảo vệ biên giới quý III (10/10/2023)
""", "2023-11-03", "Hỗ trợ công dân bị lừa sang Campuchia trở về hòa nhập cộng đồng",
E("trao_qua", None, "2023-11-02"),
[P("Trần Thị Bích Liên", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Xuân", "Đại tá", "Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ đội Biên phòng tỉnh"),
 P("Lê Thị Mỹ Duyên", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Văn Tâm"), P("Ngô Thị Thu"), P("Ngô Văn Lợi")],
[Q("64 công dân", 64, "công dân"), Q("17 tỉnh, thành phố", 17, "tỉnh, thành phố"), Q("9 người", 9, "người"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("1.536 công dân", 1536, "công dân"), Q("khoảng 25%", 25, "%", "approx"), Q("312 người", 312, "người"),
 Q("6 đường dây", 6, "đường dây"), Q("800 USD/tháng", 800, "USD"), Q("3.000 USD", 3000, "USD"), Q("5 triệu đồng", 5000000, "đồng")],
[],
[prov("Tây Ninh"), com("Long Thuận"), com("Phước Chỉ")],
["BÁO TÂY NINH ONLINE", "Chính trị - Xã hội / Biên giới", "TTO", "Đại diện các đơn vị trao quà cho công dân được trao trả.",
 "Vì người nghèo", "Cửa khẩu quốc tế Mộc Bài", "Facebook"],
["Thứ Sáu, 03/11/2023, 08:05", "năm 2023", "năm 2022", "1 phần quà", "14 tiếng mỗi ngày"]))

PAGES.append(page("b7820-sonla-sopcop-daihoi-dtts-2024", """
Báo Sơn La điện tử
Chính trị › Dân tộc - Tôn giáo
12/04/2024 06:00
Đại biểu các dân tộc thiểu số Sốp Cộp quyết tâm giữ bình yên vùng biên
Ngày 11/4/2024, huyện Sốp Cộp tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024 với sự tham dự của 200 đại biểu chính thức, đại diện cho hơn 50.000 đồng bào các dân tộc Thái, Mông, Khơ Mú, Lào trên địa bàn.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Dự đại hội có đồng chí Lò Văn Hặc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; ông Cầm Văn Ọn - Trưởng Ban Dân tộc tỉnh. Về phía huyện có các đồng chí Lường Văn Xôm, Quàng Thị Ún, Vì Văn Pọm - Phó Chủ tịch UBND huyện.
Báo cáo tại đại hội cho thấy, giai đoạn 2019 - 2024 tỷ lệ hộ nghèo của huyện giảm bình quân 4,2%/năm; 100% bản có đường ô tô đến trung tâm. Tuy nhiên, Sốp Cộp có 6 xã giáp Lào với đường biên dài gần 160 km nên tình trạng xuất nhập cảnh trái phép, người dân sang Lào làm thuê, kết hôn không giá thú vẫn còn. Trong 5 năm, lực lượng chức năng đã phát hiện, xử lý 213 lượt người xuất nhập cảnh trái phép, tiếp nhận 58 công dân do phía Lào trao trả; có 3 vụ mua bán người với 7 nạn nhân là phụ nữ người Mông.
Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, huyện đã đầu tư trên 210 tỷ đồng cho vùng đồng bào dân tộc thiểu số, hỗ trợ 1.245 hộ chuyển đổi nghề, tạo việc làm tại chỗ. Các xã Mường Lạn, Mường Lèo, Sốp Cộp đã thành lập 64 tổ tự quản đường biên, cột mốc.
Tham luận tại đại hội, ông Sồng A Lầu, người có uy tín bản Huổi Lè, xã Mường Lạn, chia sẻ cách vận động thanh niên không sang Lào làm thuê. Bà Lò Thị Phương, Bí thư Chi bộ bản Nà Khi, xã Mường Lèo, cho biết bản có 12 hộ từng có người đi làm chui, nay đã trở về làm ăn ổn định. Già bản Lường Văn Thoong đề nghị tiếp tục hỗ trợ giống cây, con cho đồng bào vùng biên.
Phát biểu chỉ đạo, đồng chí Lò Văn Hặc đề nghị huyện thực hiện hiệu quả Kết luận 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế - xã hội vùng biên giới và về công tác dân tộc; phát huy vai trò người có uy tín trong vận động đồng bào không xuất cảnh trái phép, không di cư tự do.
Đại hội đã biểu dương 45 tập thể, cá nhân tiêu biểu và bầu 36 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Sơn La lần thứ IV.
Hoàng Thị Lụa
Tin khác
- Mường La tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV (09/04/2024)
- Sốp Cộp: Trao trả 5 công dân cho phía Lào (02/04/2024)
- Tập huấn nghiệp vụ cho người có uy tín năm 2024 (26/03/2024)
- Quỳnh Nhai: Vận động đồng bào không di cư tự do (19/03/2024)
""", "2024-04-12", "Đại biểu các dân tộc thiểu số Sốp Cộp quyết tâm giữ bình yên vùng biên",
E("dai_hoi", "2024", "2024-04-11"),
[P("Lò Văn Hặc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Cầm Văn Ọn", "Trưởng Ban Dân tộc tỉnh"),
 P("Lường Văn Xôm", "Phó Chủ tịch UBND huyện"), P("Quàng Thị Ún", "Phó Chủ tịch UBND huyện"), P("Vì Văn Pọm", "Phó Chủ tịch UBND huyện"),
 P("Sồng A Lầu", "người có uy tín bản Huổi Lè"),
 P("Lò Thị Phương", "Bí thư Chi bộ bản Nà Khi"),
 P("Lường Văn Thoong", "Già bản")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("hơn 50.000 đồng bào", 50000, "đồng bào", "over"),
 Q("4,2%/năm", 4.2, "%"), Q("100% bản", 100, "%"), Q("6 xã giáp Lào", 6, "xã"), Q("gần 160 km", 160, "km", "approx"),
 Q("213 lượt người", 213, "lượt người"), Q("58 công dân", 58, "công dân"), Q("3 vụ mua bán người", 3, "vụ mua bán người"),
 Q("7 nạn nhân", 7, "nạn nhân"), Q("trên 210 tỷ đồng", 210000000000, "đồng", "over"), Q("1.245 hộ", 1245, "hộ"),
 Q("64 tổ tự quản đường biên, cột mốc", 64, "tổ tự quản đường biên, cột mốc"), Q("12 hộ", 12, "hộ"),
 Q("45 tập thể, cá nhân tiêu biểu", 45, "tập thể, cá nhân tiêu biểu"), Q("36 đại biểu", 36, "đại biểu")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "66", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sơn La"), com("Mường Lạn"), com("Mường Lèo"), com("Sốp Cộp")],
["Báo Sơn La điện tử", "Chính trị › Dân tộc - Tôn giáo", "Các đại biểu biểu quyết thông qua nghị quyết đại hội."],
["12/04/2024 06:00", "lần thứ IV", "năm 2024", "giai đoạn 2019 - 2024", "5 năm"]))

PAGES.append(page("b7821-laocai-hdnd-giamsat-2024", """
HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI
Trang chủ / Hoạt động giám sát / Tin tức
Thứ 6, 18/10/2024
Ban Dân tộc HĐND tỉnh giám sát công tác quản lý lao động đi làm việc ở nước ngoài
Trong 2 ngày 16 - 17/10/2024, Ban Dân tộc HĐND tỉnh do ông Vàng Seo Cở, TUV, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2024 về việc thực hiện chính sách hỗ trợ người lao động đi làm việc ở nước ngoài và công tác phòng, chống xuất cảnh trái phép tại các huyện Bát Xát, Mường Khương.
Đoàn giám sát làm việc tại huyện Mường Khương.
Cùng tham gia đoàn có bà Tẩn Thị Sai, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện Bát Xát, từ năm 2021 đến tháng 9/2024 huyện có 146 lao động đi làm việc ở nước ngoài theo hợp đồng, song vẫn có khoảng 380 lượt người, chủ yếu đồng bào Mông, Dao, Hà Nhì, sang Trung Quốc làm thuê theo mùa vụ không có giấy tờ. Bộ đội Biên phòng đã phát hiện, lập biên bản 57 trường hợp, phạt tiền trên 90 triệu đồng. Tại Mường Khương, 2 đường dây đưa phụ nữ sang biên giới đã bị triệt phá.
Đồng chí Phu Sé Lù, UVBCH Đảng bộ huyện, Phó Chủ tịch UBND huyện Bát Xát, cho biết huyện đã triển khai Nghị quyết số 10/2021/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh về hỗ trợ người lao động thuộc hộ nghèo, hộ đồng bào dân tộc thiểu số đi làm việc ở nước ngoài; mỗi lao động được hỗ trợ tối đa 15 triệu đồng chi phí học ngoại ngữ, bồi dưỡng kiến thức. Tuy nhiên, mới có 23 lao động được thụ hưởng, giải ngân đạt 31% kế hoạch.
Làm việc với xã Y Tý, ông Lý Seo Dìn, Chủ tịch UBND xã, cho biết nhiều thanh niên chỉ học hết lớp 9 nên khó đáp ứng điều kiện đi theo hợp đồng, trong khi bên kia biên giới trả 250.000 - 300.000 đồng/ngày công. Chị Chảo Mẩy Phin, Chi hội trưởng phụ nữ thôn Lao Chải, đề nghị có lớp dạy tiếng Trung cơ bản và hướng dẫn làm giấy thông hành để người dân đi làm thuê hợp pháp.
Kết luận giám sát, ông Vàng Seo Cở đánh giá các huyện đã quan tâm tuyên truyền, song việc nắm số người đi làm thuê chưa đầy đủ; thủ tục hỗ trợ còn rườm rà. Đoàn đề nghị UBND tỉnh sửa đổi Nghị quyết 10 theo hướng đơn giản hồ sơ; các huyện phấn đấu năm 2025 giảm ít nhất 30% số lượt người xuất cảnh trái phép so với năm 2024 và tổ chức tuyên truyền bằng tiếng Mông, Dao, Hà Nhì tại 100% thôn biên giới.
Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh Lào Cai.
Phạm Ngân
Tin liên quan
- Thường trực HĐND tỉnh giám sát việc thực hiện Chương trình MTQG giảm nghèo bền vững (10/10/2024)
- Ban Văn hóa - Xã hội HĐND tỉnh khảo sát công tác giáo dục nghề nghiệp (02/10/2024)
- Tiếp xúc cử tri xã Trịnh Tường, huyện Bát Xát (25/09/2024)
""", "2024-10-18", "Ban Dân tộc HĐND tỉnh giám sát công tác quản lý lao động đi làm việc ở nước ngoài",
E("giam_sat", "2024", "2024-10-16"),
[P("Vàng Seo Cở", "TUV", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Tẩn Thị Sai", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Phu Sé Lù", "UVBCH Đảng bộ huyện", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Lý Seo Dìn", "Chủ tịch UBND xã"),
 P("Chảo Mẩy Phin", "Chi hội trưởng phụ nữ thôn Lao Chải")],
[Q("146 lao động", 146, "lao động"), Q("khoảng 380 lượt người", 380, "lượt người", "approx"), Q("57 trường hợp", 57, "trường hợp"),
 Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("2 đường dây", 2, "đường dây"), Q("tối đa 15 triệu đồng", 15000000, "đồng"),
 Q("23 lao động", 23, "lao động"), Q("31%", 31, "%"), Q("250.000 - 300.000 đồng/ngày công", 250000, "đồng"),
 Q("250.000 - 300.000 đồng/ngày công", 300000, "đồng"), Q("ít nhất 30%", 30, "%", "over"), Q("100% thôn biên giới", 100, "%")],
[D("Nghị quyết", "10", "2021/NQ-HĐND", "2021-07-20", "HĐND tỉnh", "Nghị quyết số 10/2021/NQ-HĐND ngày 20/7/2021")],
[prov("Lào Cai"), com("Y Tý")],
["HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "Trang chủ / Hoạt động giám sát / Tin tức", "Đoàn giám sát làm việc tại huyện Mường Khương."],
["Thứ 6, 18/10/2024", "2 ngày", "năm 2024", "từ năm 2021", "tháng 9/2024", "lớp 9", "năm 2025", "Nghị quyết 10"]))

PAGES.append(page("b7822-quangninh-bdv-giaoban-q1-2025", """
Hôm nay: Thứ Tư, 09/04/2025
BAN DÂN VẬN TỈNH ỦY QUẢNG NINH
You are here: Trang chủ > Tin hoạt động > Khối dân vận
Đăng lúc: 08/04/2025 | 14:20
Đồng chí Chíu Thị Mai phát biểu tại giao ban.
Khối dân vận giao ban quý I: Nắm chắc tình hình lao động qua lại biên giới
Chiều 7/4/2025, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị giao ban khối dân vận quý I năm 2025. Chủ trì hội nghị có đồng chí Chíu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho thấy, quý I/2025, khối dân vận các cấp đã bám sát cơ sở, nắm tình hình tư tưởng nhân dân trong thời điểm sắp xếp tổ chức bộ máy. Tại các địa bàn biên giới Móng Cái, Hải Hà, Bình Liêu, vẫn có hiện tượng người dân qua lại đường mòn sang Trung Quốc làm thuê dịp sau Tết; Bộ đội Biên phòng tỉnh đã ngăn chặn 92 lượt người xuất cảnh trái phép, xử lý 5 vụ tổ chức, đưa đón người xuất nhập cảnh trái phép. Ngoài ra, 18 công dân của tỉnh được cơ quan chức năng tiếp nhận từ Campuchia, Myanmar.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 41, 42-CT/TU về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số, biên giới và về phòng ngừa người dân bị lừa ra nước ngoài lao động; ban hành Hướng dẫn số 09-HD/BDVTU ngày 20/02/2025 hướng dẫn đưa nội dung cảnh giác với "việc nhẹ lương cao" vào sinh hoạt 100% chi bộ thôn, khu. Mặt trận và các đoàn thể tổ chức 356 buổi tuyên truyền, phát hơn 20.000 tờ gấp song ngữ Việt - Dao, Việt - Sán Chỉ.
Tại hội nghị, các đại biểu trao đổi về cách làm mới. Bà Lỷ Thị Sen, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu, cho biết huyện giao mỗi đảng viên theo dõi 5 - 7 hộ, lập 24 nhóm Zalo thôn bản để kịp thời cảnh báo. Ông Chìu A Sáng, Chủ tịch Hội Nông dân xã Đồng Văn, huyện Bình Liêu, đề nghị có chính sách hỗ trợ trồng quế, hồi để người dân ở lại thôn làm ăn. Đồng chí Đặng Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Móng Cái, cho biết trong quý Mặt trận thành phố đã vận động 1,2 tỷ đồng hỗ trợ sinh kế cho 40 hộ nghèo ở các xã biên giới.
Kết luận hội nghị, đồng chí Chíu Thị Mai đề nghị quý II tập trung vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, không để kẻ xấu lợi dụng; duy trì hiệu quả mô hình "Thôn bản không có người xuất cảnh trái phép" tại 65 thôn biên giới; chuẩn bị sơ kết 5 năm thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Thu Trang
Tin cùng chuyên mục
- Bình Liêu: Ra mắt tổ tự quản đường biên, cột mốc tại thôn Pắc Pằng (02/04/2025)
- Hải Hà: Gặp mặt người có uy tín tiêu biểu năm 2025 (25/03/2025)
- Móng Cái tuyên truyền phòng, chống mua bán người (18/03/2025)
""", "2025-04-08", "Khối dân vận giao ban quý I: Nắm chắc tình hình lao động qua lại biên giới",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Chíu Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lỷ Thị Sen", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Chìu A Sáng", "Chủ tịch Hội Nông dân xã Đồng Văn"),
 P("Đặng Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Móng Cái")],
[Q("92 lượt người", 92, "lượt người"), Q("5 vụ tổ chức, đưa đón người xuất nhập cảnh trái phép", 5, "vụ tổ chức, đưa đón người xuất nhập cảnh trái phép"),
 Q("18 công dân", 18, "công dân"), Q("100% chi bộ thôn, khu", 100, "%"), Q("356 buổi tuyên truyền", 356, "buổi tuyên truyền"),
 Q("hơn 20.000 tờ gấp song ngữ", 20000, "tờ gấp song ngữ", "over"), Q("5 - 7 hộ", 5, "hộ"), Q("5 - 7 hộ", 7, "hộ"),
 Q("24 nhóm Zalo thôn bản", 24, "nhóm Zalo thôn bản"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("40 hộ nghèo", 40, "hộ nghèo"),
 Q("65 thôn biên giới", 65, "thôn biên giới")],
[D("Chỉ thị", "41", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 41, 42-CT/TU"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 41, 42-CT/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2025-02-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 20/02/2025")],
[prov("Quảng Ninh"), com("Đồng Văn")],
["Hôm nay: Thứ Tư, 09/04/2025", "BAN DÂN VẬN TỈNH ỦY QUẢNG NINH", "You are here: Trang chủ > Tin hoạt động > Khối dân vận",
 "Đồng chí Chíu Thị Mai phát biểu tại giao ban.", "Thôn bản không có người xuất cảnh trái phép", "Dân vận khéo", "Zalo"],
["Hôm nay: Thứ Tư, 09/04/2025", "Đăng lúc: 08/04/2025 | 14:20", "quý I năm 2025", "quý I/2025", "quý II", "5 năm", "giai đoạn 2021 - 2025"]))
