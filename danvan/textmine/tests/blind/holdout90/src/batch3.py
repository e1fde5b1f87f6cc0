from lib import *
PAGES = []

PAGES.append(page("b2129-caobang-xa-ngayhoi-2025", """
BÁO CAO BẰNG ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể » Cơ sở
17 tháng 11, 2025 | 06:45
Xóm Bản Khuông đón nhận danh hiệu "Khu dân cư văn hóa" 10 năm liền
Đồng chí Triệu Thị Mai tặng quà các hộ nghèo xóm Bản Khuông.
Sáng 16/11, Ban Công tác Mặt trận xóm Bản Khuông, xã Quảng Uyên tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. Đồng chí Triệu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cao Bằng về dự và chung vui với bà con.
Cùng dự có đồng chí Lã Văn Khuyến, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Uyên; đồng chí Lục Văn Thạch, Bí thư Chi bộ xóm Bản Khuông cùng 86 hộ gia đình người Tày, Nùng trong xóm.
Ông Hoàng Văn Pẻn, Trưởng Ban Công tác Mặt trận xóm Bản Khuông, ôn lại truyền thống 95 năm Mặt trận Tổ quốc Việt Nam và báo cáo kết quả thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Năm 2025, xóm có 372 nhân khẩu, thu nhập bình quân 48 triệu đồng/người/năm; nhân dân hiến 2.100 m2 đất và góp 156 triệu đồng xây dựng nhà văn hóa xóm; 100% hộ tham gia bảo hiểm y tế. Xóm chỉ còn 3 hộ nghèo, giảm 5 hộ so với năm 2024.
Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc và Kế hoạch số 47-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ ngày 1 đến 18/11, tất cả xóm, tổ dân phố trong tỉnh đồng loạt tổ chức ngày hội. Riêng xã Quảng Uyên sau sắp xếp có 41 xóm, tổ dân phố.
Phát biểu tại ngày hội, đồng chí Triệu Thị Mai chúc mừng những thành tích xóm Bản Khuông đạt được, đề nghị Ban Công tác Mặt trận tiếp tục phát huy vai trò tự quản của cộng đồng, giữ gìn bản sắc văn hóa, tiếng nói, chữ viết, làn điệu then, sli, lượn của đồng bào Tày, Nùng; vận động con em không tảo hôn, không sử dụng ma túy.
Dịp này, đồng chí Triệu Thị Mai trao 50 suất quà cho hộ nghèo, hộ cận nghèo của xã, mỗi suất 400.000 đồng; Ủy ban MTTQ Việt Nam xã trao giấy khen cho 4 hộ gia đình văn hóa tiêu biểu. Bà Đàm Thị Nhung, đại diện các hộ được nhận quà, bày tỏ xúc động trước sự quan tâm của lãnh đạo tỉnh.
Phần hội có nhiều trò chơi dân gian như tung còn, đánh yến, kéo co; hội thi gói bánh coóc mò thu hút 8 đội tham gia. Bữa cơm đoàn kết với các món ăn truyền thống được bà con chuẩn bị từ sớm, diễn ra trong không khí ấm cúng.
Minh Duyên
Xem thêm
- Trùng Khánh: Ngày hội Đại đoàn kết ở xóm Lũng Rì (15/11/2025)
- Mặt trận tỉnh kỷ niệm 95 năm Ngày truyền thống (14/11/2025)
- Xã Hòa An trao nhà Đại đoàn kết cho hộ nghèo (10/11/2025)
""", "2025-11-17", "Xóm Bản Khuông đón nhận danh hiệu \"Khu dân cư văn hóa\" 10 năm liền",
E("khac", None, "2025-11-16"),
[P("Triệu Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Cao Bằng"),
 P("Lã Văn Khuyến", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Uyên"),
 P("Lục Văn Thạch", "Bí thư Chi bộ xóm Bản Khuông"),
 P("Hoàng Văn Pẻn", "Trưởng Ban Công tác Mặt trận xóm Bản Khuông"),
 P("Đàm Thị Nhung")],
[Q("86 hộ gia đình", 86, "hộ gia đình"), Q("372 nhân khẩu", 372, "nhân khẩu"), Q("48 triệu đồng/người/năm", 48000000, "đồng"),
 Q("2.100 m2", 2100, "m2"), Q("156 triệu đồng", 156000000, "đồng"), Q("100% hộ", 100, "%"), Q("3 hộ nghèo", 3, "hộ nghèo"),
 Q("giảm 5 hộ", 5, "hộ"), Q("41 xóm, tổ dân phố", 41, "xóm, tổ dân phố"), Q("50 suất quà", 50, "suất quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("4 hộ gia đình văn hóa tiêu biểu", 4, "hộ gia đình văn hóa tiêu biểu"), Q("8 đội", 8, "đội")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Kế hoạch", "47", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 47-KH/MTTQ-BTT")],
[prov("Cao Bằng"), com("Quảng Uyên")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể » Cơ sở", "Đồng chí Triệu Thị Mai tặng quà các hộ nghèo xóm Bản Khuông.",
 "Khu dân cư văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["17 tháng 11, 2025 | 06:45", "10 năm liền", "95 năm", "năm 2025", "năm 2024", "khóa XIII", "từ ngày 1 đến 18/11"]))

PAGES.append(page("b2130-cantho-phuong-traoqua-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức | Mặt trận - Đoàn thể
2026-01-30 16:40
Phường Phú Lợi trao 500 phần quà Tết cho hộ nghèo, hộ cận nghèo
Lãnh đạo phường trao quà Tết cho người dân khóm 3.
Ngày 29/01/2026, Ủy ban MTTQ Việt Nam phường Phú Lợi phối hợp Hội Chữ thập đỏ phường tổ chức chương trình "Tết Nhân ái - Xuân Bính Ngọ 2026", trao 500 phần quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có hoàn cảnh khó khăn trên địa bàn.
Đây là năm đầu tiên phường Phú Lợi tổ chức chương trình sau khi thành phố Cần Thơ mới được thành lập trên cơ sở hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Phường có 11 khóm, đông đồng bào Khmer và người Hoa sinh sống.
Dự và trao quà có đồng chí Trương Tấn Lộc, Bí thư Đảng ủy phường; đồng chí Thạch Thị Mỹ Xuyên, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi; Thượng tọa Kim Sóc Phone, trụ trì chùa Pô Thi Wong và đại diện các doanh nghiệp, mạnh thường quân.
Mỗi phần quà trị giá 700.000 đồng, gồm tiền mặt 300.000 đồng và các nhu yếu phẩm như gạo, dầu ăn, nước mắm, bánh kẹo; tổng trị giá 350 triệu đồng. Trong đó, 120 hộ nghèo và 380 hộ cận nghèo được nhận quà. Ngoài ra, chương trình còn trao 30 suất học bổng cho học sinh nghèo hiếu học, mỗi suất 1 triệu đồng, và 20 xe lăn cho người khuyết tật.
Theo bà Thạch Thị Mỹ Xuyên, thực hiện Kế hoạch số 03/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam phường và Công văn số 15-CV/ĐU của Đảng ủy phường về chăm lo Tết cho nhân dân, từ đầu tháng 1, Ban Công tác Mặt trận 11 khóm đã rà soát, lập danh sách bảo đảm công khai, đúng đối tượng, không trùng lặp. Dịp Tết năm nay, Mặt trận phường dự kiến vận động khoảng 1,2 tỷ đồng để chăm lo cho khoảng 1.500 hộ.
Bà Lý Thị Sa Mây, khóm 3, người nhận quà, chia sẻ: "Năm nay nhà tôi có thêm phần quà của Mặt trận, mấy mẹ con sẽ có cái Tết đầy đủ hơn". Ông Sơn Văn Út, Trưởng Ban Công tác Mặt trận khóm 3, cho biết khóm có 46 hộ được nhận quà đợt này.
Cùng ngày, Thượng tọa Kim Sóc Phone và Ban Quản trị chùa Pô Thi Wong cũng trao 100 phần quà cho bà con Khmer khó khăn ở các khóm lân cận.
Phát biểu tại chương trình, đồng chí Trương Tấn Lộc cảm ơn các nhà hảo tâm, đề nghị Mặt trận và Ban Công tác Mặt trận các khóm tiếp tục vận động, bảo đảm "không để ai bị bỏ lại phía sau", mọi người, mọi nhà đều được vui Xuân, đón Tết.
Ngọc Hân
Lượt truy cập: 402.118
Tin liên quan
- Phường Sóc Trăng tổ chức Hội chợ Tết 0 đồng (27/01/2026)
- Xã Vị Thủy trao 200 phần quà cho hộ nghèo (26/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (30/12/2025)
""", "2026-01-30", "Phường Phú Lợi trao 500 phần quà Tết cho hộ nghèo, hộ cận nghèo",
E("trao_qua", None, "2026-01-29"),
[P("Trương Tấn Lộc", "Bí thư Đảng ủy phường"),
 P("Thạch Thị Mỹ Xuyên", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi"),
 P("Kim Sóc Phone", "Thượng tọa", "trụ trì chùa Pô Thi Wong"),
 P("Lý Thị Sa Mây"),
 P("Sơn Văn Út", "Trưởng Ban Công tác Mặt trận khóm 3")],
[Q("500 phần quà", 500, "phần quà"), Q("11 khóm", 11, "khóm"), Q("700.000 đồng", 700000, "đồng"),
 Q("tiền mặt 300.000 đồng", 300000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"), Q("120 hộ nghèo", 120, "hộ nghèo"),
 Q("380 hộ cận nghèo", 380, "hộ cận nghèo"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 xe lăn", 20, "xe lăn"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("khoảng 1.500 hộ", 1500, "hộ", "approx"),
 Q("46 hộ", 46, "hộ"), Q("100 phần quà", 100, "phần quà")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "03", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 03/KH-MTTQ-BTT ngày 05/01/2026"),
 D("Công văn", "15", "CV/ĐU", None, "Đảng ủy phường", "Công văn số 15-CV/ĐU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ LỢI - THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Lãnh đạo phường trao quà Tết cho người dân khóm 3.", "Tết Nhân ái - Xuân Bính Ngọ 2026", "Hội Chữ thập đỏ phường",
 "không để ai bị bỏ lại phía sau", "Lượt truy cập: 402.118"],
["2026-01-30 16:40", "Xuân Bính Ngọ 2026", "năm đầu tiên", "tháng 1", "Lượt truy cập: 402.118"]))

PAGES.append(page("b2131-laocai-huyen-taphuan-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động > Mặt trận huyện, thị xã, thành phố
15-09-2021 14:20
Bắc Hà: Nâng cao kỹ năng cho trưởng ban công tác Mặt trận vùng cao
Trong 2 ngày 14 - 15/9/2021, Ủy ban MTTQ Việt Nam huyện Bắc Hà tổ chức tập huấn nghiệp vụ công tác Mặt trận năm 2021 cho 160 học viên là trưởng ban công tác Mặt trận các thôn, tổ dân phố và cán bộ Mặt trận 21 xã, thị trấn. Lớp học được chia làm 2 lớp, tổ chức tại Trung tâm Chính trị huyện, thực hiện nghiêm thông điệp "5K" phòng, chống dịch Covid-19.
Đồng chí Thào Seo Lử, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Hà phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Thào Seo Lử, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Hà cho biết: Bắc Hà là huyện vùng cao của tỉnh Lào Cai, có 13 dân tộc, trong đó đồng bào Mông chiếm trên 47% dân số. Nhiều trưởng ban công tác Mặt trận vừa được bầu sau Đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024, kinh nghiệm vận động quần chúng còn hạn chế, nhất là ở những thôn xa trung tâm.
Các học viên được nghe đồng chí La Thị Hường, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện và đồng chí Bàn Văn Tiến, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh truyền đạt 4 chuyên đề: những điểm mới của Hướng dẫn số 25/HD-MTTQ-BTT ngày 10/8/2021 của Ban Thường trực Ủy ban MTTQ tỉnh về hoạt động của ban công tác Mặt trận ở khu dân cư; Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội; kỹ năng hòa giải ở cơ sở; kỹ năng vận động đồng bào bỏ hủ tục trong việc cưới, việc tang.
Thông tin tại lớp học cho thấy, 6 tháng đầu năm, Mặt trận các cấp trong huyện đã phối hợp hòa giải thành 28 vụ việc, phát hiện và ngăn chặn 5 trường hợp tuyên truyền đạo trái pháp luật. Thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào Mông, Mặt trận huyện đã vận động 312 hộ tham gia trồng mận Tam Hoa theo hướng hữu cơ.
Tại buổi thảo luận, ông Giàng Seo Phử, trưởng ban công tác Mặt trận thôn Na Hối Tày, xã Na Hối, chia sẻ kinh nghiệm vận động 14 hộ người Mông không tổ chức ma chay kéo dài nhiều ngày. Bà Tẩn Thị Dua, Chủ tịch Ủy ban MTTQ xã Bản Phố, đề nghị tăng thời lượng thực hành kỹ năng giám sát cộng đồng.
Kinh phí tổ chức lớp tập huấn 42 triệu đồng từ nguồn ngân sách huyện. Kết thúc lớp học, 96% học viên đạt yêu cầu; Ủy ban MTTQ huyện phát cho mỗi thôn 1 bộ tài liệu hỏi - đáp về công tác Mặt trận.
Sùng Sành
Lượt xem: 318
Tin cùng chuyên mục
- Si Ma Cai: Mặt trận vận động ủng hộ phòng, chống dịch Covid-19 (10/09/2021)
- Mường Khương trao 8 nhà Đại đoàn kết (06/09/2021)
- Bảo Thắng: sơ kết 6 tháng công tác Mặt trận (20/07/2021)
""", "2021-09-15", "Bắc Hà: Nâng cao kỹ năng cho trưởng ban công tác Mặt trận vùng cao",
E("tap_huan", "2021", "2021-09-14"),
[P("Thào Seo Lử", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Hà"),
 P("La Thị Hường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bàn Văn Tiến", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Seo Phử", "trưởng ban công tác Mặt trận thôn Na Hối Tày"),
 P("Tẩn Thị Dua", "Chủ tịch Ủy ban MTTQ xã Bản Phố")],
[Q("160 học viên", 160, "học viên"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("2 lớp", 2, "lớp"),
 Q("13 dân tộc", 13, "dân tộc"), Q("trên 47%", 47, "%", "over"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("28 vụ việc", 28, "vụ việc"), Q("5 trường hợp", 5, "trường hợp"), Q("312 hộ", 312, "hộ"),
 Q("14 hộ người Mông", 14, "hộ người Mông"), Q("42 triệu đồng", 42000000, "đồng"), Q("96%", 96, "%")],
[D("Hướng dẫn", "25", "HD-MTTQ-BTT", "2021-08-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 25/HD-MTTQ-BTT ngày 10/8/2021"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU")],
[prov("Lào Cai"), com("Na Hối"), com("Bản Phố")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động > Mặt trận huyện, thị xã, thành phố",
 "Đồng chí Thào Seo Lử, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Hà phát biểu khai mạc lớp tập huấn.",
 "Trung tâm Chính trị huyện", "5K", "Covid-19", "Lượt xem: 318"],
["15-09-2021 14:20", "2 ngày", "14 - 15/9/2021", "năm 2021", "5K", "Covid-19", "nhiệm kỳ 2019 - 2024", "6 tháng đầu năm",
 "1 bộ tài liệu", "Lượt xem: 318"]))

PAGES.append(page("b2132-dongnai-xa-soket-2026", """
Báo Đồng Nai điện tử
Thứ Năm, 09/07/2026
Chính trị - Xây dựng Đảng | Mặt trận
Xã Bù Đăng: Triển khai nhiệm vụ 6 tháng cuối năm 2026
Chiều 8/7, Ủy ban MTTQ Việt Nam xã Bù Đăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Điểu Văn Kroh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng chủ trì.
Ảnh: Quang cảnh hội nghị sơ kết.
Xã Bù Đăng (thuộc tỉnh Bình Phước cũ) hiện có 24 thôn, sóc với hơn 5.800 hộ, trong đó 1.320 hộ đồng bào dân tộc thiểu số S'tiêng, M'nông, Tày, Nùng. Sau 1 năm vận hành chính quyền địa phương hai cấp, Ban Công tác Mặt trận các thôn, sóc cơ bản hoạt động ổn định.
Theo báo cáo, 6 tháng đầu năm, Mặt trận xã đã tiếp nhận 86 ý kiến, kiến nghị của cử tri trước kỳ họp HĐND xã, đã được giải quyết, trả lời 71 ý kiến. Quỹ "Vì người nghèo" xã vận động được 415 triệu đồng; hỗ trợ xây dựng 7 căn nhà Đại đoàn kết, sửa chữa 3 căn; trao 210 suất quà cho hộ nghèo, gia đình chính sách nhân dịp Tết Nguyên đán. Mặt trận chủ trì 3 cuộc giám sát, tổ chức 1 hội nghị phản biện xã hội đối với dự thảo đề án chỉnh trang trung tâm xã.
Ban Thường vụ Đảng ủy xã đã ban hành Kết luận 09, 10-KL/ĐU về nâng cao hiệu quả công tác dân vận ở vùng đồng bào dân tộc thiểu số và về phát huy vai trò Ban Công tác Mặt trận trong xây dựng nông thôn mới nâng cao. Ủy ban MTTQ xã cũng phối hợp triển khai Kế hoạch số 112/KH-UBND ngày 20/3/2026 của UBND tỉnh Đồng Nai về xóa nhà tạm, nhà dột nát giai đoạn 2.
Tại hội nghị, bà Thị Hạnh, Trưởng Ban Công tác Mặt trận sóc Bom Bo, cho biết sóc đã vận động 38 hộ hiến gần 3.000 m2 đất làm đường; bà Điểu Thị Lan, người có uy tín thôn Bù Cặp, đề nghị hỗ trợ con giống cho hộ nghèo. Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, thông tin về 2 mô hình "Tổ hợp tác điều trồng xen ca cao".
Phát biểu kết luận, đồng chí Điểu Văn Kroh đề nghị 6 tháng cuối năm, Ban Công tác Mặt trận các thôn, sóc chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2026; chú trọng vận động đồng bào giữ gìn văn hóa cồng chiêng, lễ hội Mừng lúa mới; giám sát chặt chẽ việc xây dựng nhà ở cho hộ nghèo, phấn đấu 100% hộ nghèo có nhà ở kiên cố trước ngày 30/9/2026.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 6 Ban Công tác Mặt trận thôn, sóc có thành tích xuất sắc.
Hội nghị cũng dành thời gian thảo luận về cách tổ chức sinh hoạt Ban Công tác Mặt trận ở những sóc xa trung tâm, nơi việc đi lại còn khó khăn vào mùa mưa.
Thanh Hải
Các tin khác
- Phường Đồng Xoài sơ kết công tác Mặt trận (07/07/2026)
- Xã Phước Sơn tổ chức đối thoại với người dân (03/07/2026)
- Đồng Nai: ra mắt 120 mô hình "Dân vận khéo" (30/06/2026)
""", "2026-07-09", "Xã Bù Đăng: Triển khai nhiệm vụ 6 tháng cuối năm 2026",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Điểu Văn Kroh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng"),
 P("Thị Hạnh", "Trưởng Ban Công tác Mặt trận sóc Bom Bo"),
 P("Điểu Thị Lan", "người có uy tín thôn Bù Cặp"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã")],
[Q("24 thôn, sóc", 24, "thôn, sóc"), Q("hơn 5.800 hộ", 5800, "hộ", "over"), Q("1.320 hộ đồng bào dân tộc thiểu số", 1320, "hộ đồng bào dân tộc thiểu số"),
 Q("86 ý kiến, kiến nghị", 86, "ý kiến, kiến nghị"), Q("71 ý kiến", 71, "ý kiến"), Q("415 triệu đồng", 415000000, "đồng"),
 Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("3 căn", 3, "căn"), Q("210 suất quà", 210, "suất quà"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("38 hộ", 38, "hộ"), Q("gần 3.000 m2", 3000, "m2", "approx"),
 Q("2 mô hình", 2, "mô hình"), Q("100% hộ nghèo", 100, "%"), Q("6 Ban Công tác Mặt trận thôn, sóc", 6, "Ban Công tác Mặt trận thôn, sóc")],
[D("Kết luận", "09", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 09, 10-KL/ĐU"),
 D("Kết luận", "10", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 09, 10-KL/ĐU"),
 D("Kế hoạch", "112", "KH-UBND", "2026-03-20", "UBND tỉnh Đồng Nai", "Kế hoạch số 112/KH-UBND ngày 20/3/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng")],
["Báo Đồng Nai điện tử", "Chính trị - Xây dựng Đảng | Mặt trận", "Ảnh: Quang cảnh hội nghị sơ kết.", "Vì người nghèo",
 "Tổ hợp tác điều trồng xen ca cao"],
["Thứ Năm, 09/07/2026", "6 tháng đầu năm 2026", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng cuối năm", "1 năm", "hai cấp",
 "1 hội nghị phản biện xã hội", "giai đoạn 2", "năm 2026", "ngày 30/9/2026"]))

PAGES.append(page("b2133-thanhhoa-phuong-hoinghi-2025", """
BÁO THANH HÓA
Trang chủ / Thời sự / Mặt trận - Đoàn thể
ngày 26 tháng 12 năm 2025 - 15:00
Phường Hạc Thành biểu dương 20 Ban Công tác Mặt trận tiêu biểu
Sáng 25/12, Ủy ban MTTQ Việt Nam phường Hạc Thành tổ chức hội nghị biểu dương Ban Công tác Mặt trận tiêu biểu năm 2025. Đây là lần đầu tiên phường tổ chức biểu dương sau khi phường Hạc Thành được thành lập trên cơ sở sắp xếp các phường Điện Biên, Ba Đình, Lam Sơn, Ngọc Trạo, Đông Thọ và một số phường khác của thành phố Thanh Hóa cũ.
Các đại biểu tặng hoa chúc mừng Ban Công tác Mặt trận tiêu biểu.
Dự hội nghị có đồng chí Lê Thị Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa; đồng chí Phạm Văn Thạo, Bí thư Đảng ủy phường Hạc Thành; đồng chí Hà Thị Nguyệt, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì hội nghị.
Theo báo cáo, phường hiện có 68 tổ dân phố. Năm 2025, Ban Công tác Mặt trận các tổ dân phố đã phối hợp vận động nhân dân đóng góp hơn 4,6 tỷ đồng chỉnh trang ngõ, phố, lắp đặt 1.250 bóng đèn chiếu sáng; hòa giải thành 52 vụ việc mâu thuẫn trong nhân dân; phát hiện, báo cáo kịp thời 7 vụ tụ tập đông người gây mất trật tự. Có 96,8% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; 64/68 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa".
Thực hiện Quyết định số 45/QĐ-MTTQ-BTT ngày 15/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, hội nghị biểu dương 20 Ban Công tác Mặt trận và 35 cá nhân là trưởng ban, phó ban tiêu biểu. Các tập thể được lựa chọn căn cứ kết quả chấm điểm theo Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, có tổng điểm từ 95 điểm trở lên.
Tại hội nghị, các đại biểu đã nghe 5 tham luận. Ông Cầm Bá Sướng, Trưởng Ban Công tác Mặt trận tổ dân phố Phú Thọ 2, chia sẻ cách vận động 47 hộ hiến đất mở rộng ngõ; bà Trịnh Thị Lan Hương, Trưởng Ban Công tác Mặt trận tổ dân phố Đông Sơn 5 kể về mô hình "Bữa cơm nghĩa tình" mỗi tháng hỗ trợ 30 suất cơm cho người già neo đơn. Ông Lò Văn Tiến, Bí thư Chi bộ, Tổ trưởng tổ dân phố Ngọc Trạo 3, đề xuất tăng mức hỗ trợ hoạt động cho Ban Công tác Mặt trận.
Phát biểu tại hội nghị, đồng chí Lê Thị Thanh Bình ghi nhận phường Hạc Thành là một trong những địa phương đi đầu trong thực hiện Nghị quyết số 05-NQ/TU ngày 12/9/2025 của Ban Chấp hành Đảng bộ tỉnh về xây dựng khu dân cư văn minh, nghĩa tình trong mô hình chính quyền địa phương hai cấp.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen và tiền thưởng 1,5 triệu đồng cho mỗi Ban Công tác Mặt trận tiêu biểu.
Thu Hà
Tin liên quan
- Phường Nguyệt Viên tổng kết công tác Mặt trận năm 2025 (24/12/2025)
- Mặt trận tỉnh Thanh Hóa biểu dương 95 điển hình (20/12/2025)
- Phường Quảng Phú trao nhà Đại đoàn kết (18/12/2025)
""", "2025-12-26", "Phường Hạc Thành biểu dương 20 Ban Công tác Mặt trận tiêu biểu",
E("hoi_nghi", "2025", "2025-12-25"),
[P("Lê Thị Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"),
 P("Phạm Văn Thạo", "Bí thư Đảng ủy phường Hạc Thành"),
 P("Hà Thị Nguyệt", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Cầm Bá Sướng", "Trưởng Ban Công tác Mặt trận tổ dân phố Phú Thọ 2"),
 P("Trịnh Thị Lan Hương", "Trưởng Ban Công tác Mặt trận tổ dân phố Đông Sơn 5"),
 P("Lò Văn Tiến", "Bí thư Chi bộ", "Tổ trưởng tổ dân phố Ngọc Trạo 3")],
[Q("68 tổ dân phố", 68, "tổ dân phố"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("1.250 bóng đèn chiếu sáng", 1250, "bóng đèn chiếu sáng"), Q("52 vụ việc mâu thuẫn", 52, "vụ việc mâu thuẫn"),
 Q("7 vụ tụ tập đông người", 7, "vụ tụ tập đông người"), Q("96,8%", 96.8, "%"), Q("64/68 tổ dân phố", 64, "tổ dân phố"),
 Q("20 Ban Công tác Mặt trận", 20, "Ban Công tác Mặt trận"), Q("35 cá nhân", 35, "cá nhân"),
 Q("từ 95 điểm trở lên", 95, "điểm", "over"), Q("5 tham luận", 5, "tham luận"), Q("47 hộ", 47, "hộ"),
 Q("30 suất cơm", 30, "suất cơm"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quyết định", "45", "QĐ-MTTQ-BTT", "2025-12-15", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Quyết định số 45/QĐ-MTTQ-BTT ngày 15/12/2025"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Nghị quyết", "05", "NQ/TU", "2025-09-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU ngày 12/9/2025")],
[prov("Thanh Hóa"), com("Hạc Thành"), com("Điện Biên"), com("Ba Đình"), com("Lam Sơn"), com("Ngọc Trạo"), com("Đông Thọ")],
["BÁO THANH HÓA", "Trang chủ / Thời sự / Mặt trận - Đoàn thể", "Các đại biểu tặng hoa chúc mừng Ban Công tác Mặt trận tiêu biểu.",
 "Gia đình văn hóa", "Tổ dân phố văn hóa", "Bữa cơm nghĩa tình"],
["ngày 26 tháng 12 năm 2025 - 15:00", "năm 2025", "lần đầu tiên", "hai cấp", "mỗi tháng"]))

PAGES.append(page("b2134-langson-huyen-giamsat-2022", """
Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn
Chính trị » Mặt trận - Đoàn thể
12/08/2022 - 14:05
Bình Gia: Giám sát thực hiện dân chủ ở cơ sở tại xã Hoàng Văn Thụ
LSO - Ngày 11/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bình Gia do đồng chí Hoàng Thị Lành, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở tại xã Hoàng Văn Thụ.
Đoàn giám sát làm việc tại UBND xã Hoàng Văn Thụ.
Cùng tham gia đoàn có các đồng chí: Vi Văn Đức, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; Lý Thị Thu, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam huyện; đại diện Ban Dân vận Huyện ủy, Phòng Nội vụ huyện.
Cuộc giám sát thực hiện theo Kế hoạch số 31/KH-MTTQ-BTT ngày 15/7/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn.
Báo cáo với đoàn, ông Nông Văn Thịnh, Chủ tịch UBND xã Hoàng Văn Thụ cho biết: xã có 12 thôn với 1.034 hộ, đồng bào Tày, Nùng chiếm 98%. Từ đầu năm 2022 đến nay, xã đã công khai 26 nội dung theo quy định để nhân dân biết; tổ chức lấy ý kiến nhân dân về 4 nội dung như quy hoạch sử dụng đất, dự án đường liên thôn. Nhân dân 12 thôn đã bàn và quyết định đóng góp 380 triệu đồng, hiến 6.500 m2 đất làm đường bê tông. Ban Thanh tra nhân dân xã đã tiến hành 3 cuộc giám sát; 12 Ban giám sát đầu tư của cộng đồng giám sát 9 công trình.
Qua giám sát, đoàn đánh giá xã đã thực hiện nghiêm túc các quy định về dân chủ ở cơ sở; hương ước, quy ước của 12 thôn được rà soát, bổ sung phù hợp. Tuy nhiên, việc niêm yết công khai ở một số nhà văn hóa thôn chưa đầy đủ; đoàn cũng ghi nhận 2 vụ tranh chấp đất rừng giữa các hộ ở thôn Nà Pàn chưa được hòa giải dứt điểm.
Tại buổi làm việc, ông Mông Văn Sình, Trưởng ban công tác Mặt trận thôn Nà Pàn, đề nghị huyện sớm đo đạc, cấp giấy chứng nhận quyền sử dụng đất rừng cho bà con. Xã Hồng Phong lân cận cũng đã cử cán bộ đến dự, học tập kinh nghiệm.
Kết luận buổi giám sát, đồng chí Hoàng Thị Lành đề nghị UBND xã tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng", kiện toàn Ban Thanh tra nhân dân, hoàn thành việc hòa giải các vụ tranh chấp trước ngày 30/9. Đoàn sẽ tổng hợp 6 kiến nghị gửi UBND huyện Bình Gia xem xét.
Hoàng Anh - Ủy ban MTTQ huyện Bình Gia
Tin khác
- Văn Quan: giám sát chính sách hỗ trợ người dân gặp khó khăn do dịch Covid-19 (09/08/2022)
- Bắc Sơn: trao 15 nhà Đại đoàn kết cho hộ nghèo (04/08/2022)
- Hội nghị phản biện dự thảo quy định về phí, lệ phí (28/07/2022)
""", "2022-08-12", "Bình Gia: Giám sát thực hiện dân chủ ở cơ sở tại xã Hoàng Văn Thụ",
E("giam_sat", None, "2022-08-11"),
[P("Hoàng Thị Lành", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Vi Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lý Thị Thu", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam huyện"),
 P("Nông Văn Thịnh", "Chủ tịch UBND xã Hoàng Văn Thụ"),
 P("Mông Văn Sình", "Trưởng ban công tác Mặt trận thôn Nà Pàn")],
[Q("12 thôn", 12, "thôn"), Q("1.034 hộ", 1034, "hộ"), Q("98%", 98, "%"), Q("26 nội dung", 26, "nội dung"),
 Q("4 nội dung", 4, "nội dung"), Q("380 triệu đồng", 380000000, "đồng"), Q("6.500 m2", 6500, "m2"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("12 Ban giám sát đầu tư của cộng đồng", 12, "Ban giám sát đầu tư của cộng đồng"),
 Q("9 công trình", 9, "công trình"), Q("2 vụ tranh chấp đất rừng", 2, "vụ tranh chấp đất rừng"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Kế hoạch", "31", "KH-MTTQ-BTT", "2022-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 31/KH-MTTQ-BTT ngày 15/7/2022"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Lạng Sơn"), com("Hoàng Văn Thụ"), com("Hồng Phong")],
["Báo Lạng Sơn điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lạng Sơn", "Chính trị » Mặt trận - Đoàn thể", "LSO",
 "Đoàn giám sát làm việc tại UBND xã Hoàng Văn Thụ.", "Hoàng Văn Thụ", "Ban Thanh tra nhân dân xã",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng"],
["12/08/2022 - 14:05", "năm 2022", "ngày 30/9"]))
