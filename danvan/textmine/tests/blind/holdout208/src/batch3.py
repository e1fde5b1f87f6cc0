from lib import *
PAGES = []

PAGES.append(page("b4961-ninhbinh-ubmttq-hoinghi-2022", """
BÁO NINH BÌNH
Trang chủ / Chính trị / Mặt trận
Cập nhật: ngày 18 tháng 11 năm 2022
Biểu dương 120 tập thể, cá nhân tiêu biểu chung sức xây dựng nông thôn mới
Ngày 16/11, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức hội nghị biểu dương tập thể, cá nhân tiêu biểu trong phong trào thi đua "Ninh Bình chung sức xây dựng nông thôn mới" năm 2022. Đồng chí Đinh Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Các tập thể, cá nhân tiêu biểu nhận Bằng khen tại hội nghị. Ảnh: Minh Đường
Dự hội nghị có đồng chí Phạm Quang Huy, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh; đồng chí Vũ Thị Hạnh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; đồng chí Lã Văn Tiến, người vừa được bổ nhiệm làm Chánh Văn phòng Điều phối nông thôn mới tỉnh.
Báo cáo tại hội nghị cho biết, triển khai Nghị quyết số 19-NQ/TW ngày 16/6/2022 của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Quyết định 318, 319/QĐ-TTg ngày 8/3/2022 của Thủ tướng Chính phủ về bộ tiêu chí nông thôn mới giai đoạn 2021 - 2025, Mặt trận các cấp đã vận động nhân dân đóng góp trên 216 tỷ đồng, hiến gần 35 ha đất. Đến nay, 94/119 xã đạt chuẩn nông thôn mới, 38 xã đạt chuẩn nâng cao, 8 xã đạt chuẩn kiểu mẫu; thu nhập bình quân khu vực nông thôn đạt 58 triệu đồng/người/năm.
Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 112/KH-MTTQ-BTT ngày 4/4/2022 và Hướng dẫn số 09/HD-MTTQ-BTT hướng dẫn các khu dân cư tự đánh giá, chấm điểm. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai tại 1.617 khu dân cư ở 8 huyện, thành phố.
Phát biểu tại hội nghị, ông Phạm Văn Đông, nông dân xã Gia Trấn, kể việc ông góp 300 triệu đồng và vận động 17 hộ trong xóm cùng hiến đất để mở rộng đường trục xã. Bà Nguyễn Thị Lụa, Trưởng ban công tác Mặt trận thôn Phú Hậu, xã Khánh Phú, chia sẻ mô hình "Ngõ xanh, nhà sạch" với 100% hộ tham gia.
Các đồng chí Đinh Văn Hợp, Trần Thị Nga, Bùi Quang Thắng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh công bố quyết định và trao Bằng khen cho 45 tập thể tiêu biểu, 75 cá nhân tiêu biểu. Tổng kinh phí khen thưởng 180 triệu đồng.
Kết luận hội nghị, đồng chí Đinh Thị Thu Trang đề nghị Mặt trận các cấp nhân rộng các điển hình, gắn phong trào với Chương trình mục tiêu quốc gia xây dựng nông thôn mới, phấn đấu đến năm 2025 có ít nhất 60% số xã đạt chuẩn nông thôn mới nâng cao. Đồng chí lưu ý việc vận động phải bảo đảm tự nguyện, không gây áp lực cho người dân, công khai đầy đủ các khoản đóng góp.
Minh Đường
Tin liên quan
- Kim Sơn: 12 xã ra mắt khu dân cư kiểu mẫu (10/11/2022)
- Mặt trận tỉnh giám sát chương trình mục tiêu quốc gia (02/11/2022)
- Ngày hội Đại đoàn kết ở thôn Yên Thổ (28/10/2022)
""", "2022-11-18", "Biểu dương 120 tập thể, cá nhân tiêu biểu chung sức xây dựng nông thôn mới",
E("hoi_nghi", "2022", "2022-11-16"),
[P("Đinh Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Huy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh"),
 P("Vũ Thị Hạnh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Lã Văn Tiến", "Chánh Văn phòng Điều phối nông thôn mới tỉnh"),
 P("Phạm Văn Đông"),
 P("Nguyễn Thị Lụa", "Trưởng ban công tác Mặt trận thôn Phú Hậu"),
 P("Đinh Văn Hợp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Quang Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("120 tập thể, cá nhân tiêu biểu", 120, "tập thể, cá nhân tiêu biểu"), Q("trên 216 tỷ đồng", 216000000000, "đồng", "over"),
 Q("gần 35 ha", 35, "ha", "approx"), Q("94/119 xã", 94, "xã"), Q("38 xã", 38, "xã"), Q("8 xã", 8, "xã"),
 Q("58 triệu đồng/người/năm", 58000000, "đồng"), Q("1.617 khu dân cư", 1617, "khu dân cư"),
 Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("300 triệu đồng", 300000000, "đồng"), Q("17 hộ", 17, "hộ"),
 Q("100% hộ", 100, "%"), Q("45 tập thể tiêu biểu", 45, "tập thể tiêu biểu"), Q("75 cá nhân tiêu biểu", 75, "cá nhân tiêu biểu"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("ít nhất 60%", 60, "%", "over")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Quyết định", "318", "QĐ-TTg", "2022-03-08", "Thủ tướng Chính phủ", "Quyết định 318, 319/QĐ-TTg ngày 8/3/2022"),
 D("Quyết định", "319", "QĐ-TTg", "2022-03-08", "Thủ tướng Chính phủ", "Quyết định 318, 319/QĐ-TTg ngày 8/3/2022"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2022-04-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 4/4/2022"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Ninh Bình"), com("Gia Trấn"), com("Khánh Phú")],
["BÁO NINH BÌNH", "Trang chủ / Chính trị / Mặt trận", "Các tập thể, cá nhân tiêu biểu nhận Bằng khen tại hội nghị. Ảnh: Minh Đường",
 "Ninh Bình chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngõ xanh, nhà sạch",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Cập nhật: ngày 18 tháng 11 năm 2022", "năm 2022", "2021 - 2025", "năm 2025"]))

PAGES.append(page("b4962-caobang-hnd-doithoai-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ » Tin tức sự kiện » Tin hoạt động của lãnh đạo tỉnh
Thứ Sáu, 13/10/2023 - 16:40
Đồng chí Lục Văn Thắng phát biểu tại hội nghị đối thoại.
Chủ tịch UBND tỉnh đối thoại với nông dân về xây dựng nông thôn mới
Ngày 12/10, UBND tỉnh phối hợp Hội Nông dân tỉnh Cao Bằng tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên, nông dân năm 2023 với chủ đề "Nông dân chung sức xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số". Đồng chí Lục Văn Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Bế Thị Lan, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh đồng chủ trì.
Tham dự có hơn 200 hội viên nông dân tiêu biểu đến từ 10 huyện, thành phố; lãnh đạo các sở: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội.
Theo báo cáo của Hội Nông dân tỉnh, thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về vai trò của Hội Nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới và Đề án 04, 05-ĐA/TU của Tỉnh ủy, các cấp Hội đã vận động 1.500 hộ hội viên chuyển đổi cơ cấu cây trồng; có 3.462 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Tỷ lệ hộ nghèo toàn tỉnh còn 28,6%, riêng vùng đồng bào Mông còn 36,5%.
Tại hội nghị, 56 ý kiến được gửi tới lãnh đạo tỉnh. Ông Ma Seo Sình, Chi hội trưởng Chi hội Nông dân xóm Lũng Táo, xã Cần Yên, đề nghị hỗ trợ giống ngô năng suất cao cho vùng núi đá. Bà Triệu Thị Phấy, hội viên xã Phan Thanh, hỏi về chính sách hỗ trợ theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Ông Lương Văn Pả, Trưởng xóm Nà Mè, xã Quang Hán, phản ánh việc 7 km đường vào xóm xuống cấp sau mưa lũ.
Trả lời các ý kiến, đồng chí Lục Văn Thắng cho biết năm 2023 tỉnh bố trí trên 520 tỷ đồng vốn các chương trình mục tiêu quốc gia; giao Sở Nông nghiệp và Phát triển nông thôn hỗ trợ 45 tấn ngô giống cho các xã vùng cao trước vụ xuân. Đồng chí đề nghị các ông Sầm Văn Đức, Hoàng Văn Nhất - Phó Giám đốc Sở Giao thông vận tải, khảo sát ngay tuyến đường xóm Nà Mè trong tháng 10.
Đồng chí Bế Thị Lan cho biết Hội sẽ tổng hợp toàn bộ ý kiến, theo dõi việc trả lời đến cùng; đồng thời phối hợp Ngân hàng Chính sách xã hội giải ngân 12 tỷ đồng từ Quỹ Hỗ trợ nông dân cho khoảng 300 hộ.
Theo Ban tổ chức, đây là năm thứ 5 tỉnh duy trì đối thoại trực tiếp với nông dân. Những kiến nghị vượt thẩm quyền sẽ được tổng hợp, gửi các bộ, ngành Trung ương xem xét, trả lời bằng văn bản.
Hoàng Thoa
Lượt truy cập: 15.240
Tin khác
- Hội nghị giao ban công tác dân vận quý III/2023 (06/10/2023)
- Trùng Khánh: đối thoại với đồng bào Nùng về hiến đất (28/09/2023)
- Trao 30 con bò cho hộ nghèo xã Quang Trung (20/09/2023)
""", "2023-10-13", "Chủ tịch UBND tỉnh đối thoại với nông dân về xây dựng nông thôn mới",
E("doi_thoai", "2023", "2023-10-12"),
[P("Lục Văn Thắng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Bế Thị Lan", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Seo Sình", "Chi hội trưởng Chi hội Nông dân xóm Lũng Táo"),
 P("Triệu Thị Phấy"),
 P("Lương Văn Pả", "Trưởng xóm Nà Mè"),
 P("Sầm Văn Đức", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Hoàng Văn Nhất", "Phó Giám đốc Sở Giao thông vận tải")],
[Q("hơn 200 hội viên nông dân tiêu biểu", 200, "hội viên nông dân tiêu biểu", "over"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("1.500 hộ hội viên", 1500, "hộ hội viên"), Q("3.462 hộ", 3462, "hộ"), Q("28,6%", 28.6, "%"), Q("36,5%", 36.5, "%"),
 Q("56 ý kiến", 56, "ý kiến"), Q("7 km", 7, "km"), Q("trên 520 tỷ đồng", 520000000000, "đồng", "over"), Q("45 tấn", 45, "tấn"),
 Q("12 tỷ đồng", 12000000000, "đồng"), Q("khoảng 300 hộ", 300, "hộ", "approx")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Đề án", "04", "ĐA/TU", None, "Tỉnh ủy", "Đề án 04, 05-ĐA/TU"),
 D("Đề án", "05", "ĐA/TU", None, "Tỉnh ủy", "Đề án 04, 05-ĐA/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Cao Bằng"), com("Cần Yên"), com("Phan Thanh"), com("Quang Hán")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG", "Trang chủ » Tin tức sự kiện » Tin hoạt động của lãnh đạo tỉnh",
 "Đồng chí Lục Văn Thắng phát biểu tại hội nghị đối thoại.", "Nông dân chung sức xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số",
 "Ngân hàng Chính sách xã hội", "Quỹ Hỗ trợ nông dân", "Lượt truy cập: 15.240"],
["Thứ Sáu, 13/10/2023 - 16:40", "năm 2023", "năm thứ 5", "tháng 10", "Lượt truy cập: 15.240"]))

PAGES.append(page("b4963-longan-xamyyen-khac-2023", """
Báo Long An Online
Chuyên mục: Nông thôn mới | Gương sáng
19/05/2023 - 06:00
Mỹ Yên: Khi người dân là chủ thể xây dựng nông thôn mới kiểu mẫu
Nhắc đến xã Mỹ Yên, huyện Bến Lức, tỉnh Long An hôm nay, nhiều người nghĩ ngay đến những tuyến đường hoa rực rỡ, những hàng rào cây xanh thẳng tắp. Ít ai biết rằng, phía sau diện mạo ấy là cả một quá trình kiên trì vận động của cấp ủy, Mặt trận và các đoàn thể.
Tuyến đường hoa ấp 3, xã Mỹ Yên do người dân tự trồng, chăm sóc.
Ông Nguyễn Văn Lành, Bí thư Chi bộ ấp 3, nhớ lại: năm 2019, khi xã bắt đầu xây dựng nông thôn mới kiểu mẫu, để mở rộng tuyến đường dài 1,8 km qua ấp phải vận động 46 hộ hiến đất. "Có hộ ban đầu không đồng ý vì sợ mất đất vườn. Chúng tôi đến từng nhà, có khi 5, 6 lần, chi bộ họp bàn công khai, cán bộ, đảng viên hiến trước", ông Lành kể.
Kết quả, người dân ấp 3 hiến hơn 3.200 m2 đất, tự tháo dỡ 58 hàng rào và góp khoảng 450 triệu đồng. Tiếp nối thành công đó, Đảng ủy xã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU về xây dựng xã nông thôn mới kiểu mẫu; UBND xã triển khai Kế hoạch số 36/KH-UBND ngày 10/3/2020.
Bà Trần Thị Mỹ Hạnh, Chủ tịch Ủy ban MTTQ xã Mỹ Yên, cho biết Mặt trận chọn cách "lấy dân làm gốc": mọi công trình đều đưa ra họp ấp, dân bàn thì mới làm. Năm 2022, xã có 98,5% hộ dân đạt gia đình văn hóa; thu nhập bình quân đạt 75 triệu đồng/người/năm; 6 ấp đều có câu lạc bộ văn nghệ. Hội LHPN xã nhận chăm sóc 12 tuyến đường hoa với tổng chiều dài trên 9 km.
Chị Võ Thị Thu Trang, Bí thư Đoàn xã, kể về đội thanh niên tình nguyện thu gom rác mỗi chiều chủ nhật. Anh Phan Văn Tài, một nông dân trẻ ở ấp 1, mạnh dạn chuyển 2 ha lúa sang trồng rau theo chuẩn VietGAP, liên kết với 1 hợp tác xã, thu lãi gần 400 triệu đồng mỗi năm.
Không chỉ làm đường, người dân Mỹ Yên còn tự quản cả môi trường. Mỗi tổ tự quản phụ trách một đoạn đường, phân công nhau nhổ cỏ, tưới hoa, nhắc nhở hộ xả rác không đúng nơi quy định. Những việc tưởng nhỏ ấy dần thành nếp, thành hương ước của từng ấp, được bà con tự giác thực hiện mà không cần chính quyền nhắc nhở.
Theo ông Đặng Hoàng Nam, Phó Chủ tịch UBND huyện Bến Lức, huyện đã có 13/13 xã đạt chuẩn nông thôn mới và đang nhân rộng cách làm của Mỹ Yên, thực hiện Nghị quyết số 10-NQ/TU ngày 12/7/2021 của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới nâng cao, kiểu mẫu.
Đi trên những con đường sạch đẹp hôm nay, người dân Mỹ Yên tự hào nói với khách phương xa rằng mỗi cây hoa, mỗi mét đường đều có công sức của chính mình. Đó cũng là minh chứng sinh động cho phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Bài, ảnh: Thanh Hà
Xem thêm
- Cần Giuộc: 5 xã về đích nông thôn mới nâng cao (12/05/2023)
- Thạnh Hóa vận động hiến đất làm đường (05/05/2023)
- Đức Hòa: Mặt trận giám sát công trình nông thôn (28/04/2023)
""", "2023-05-19", "Mỹ Yên: Khi người dân là chủ thể xây dựng nông thôn mới kiểu mẫu",
E("khac", None, None),
[P("Nguyễn Văn Lành", "Bí thư Chi bộ ấp 3"),
 P("Trần Thị Mỹ Hạnh", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên"),
 P("Võ Thị Thu Trang", "Bí thư Đoàn xã"),
 P("Phan Văn Tài"),
 P("Đặng Hoàng Nam", "Phó Chủ tịch UBND huyện Bến Lức")],
[Q("1,8 km", 1.8, "km"), Q("46 hộ", 46, "hộ"), Q("hơn 3.200 m2", 3200, "m2", "over"), Q("58 hàng rào", 58, "hàng rào"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("98,5%", 98.5, "%"), Q("75 triệu đồng/người/năm", 75000000, "đồng"),
 Q("6 ấp", 6, "ấp"), Q("12 tuyến đường hoa", 12, "tuyến đường hoa"), Q("trên 9 km", 9, "km", "over"), Q("2 ha", 2, "ha"),
 Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("13/13 xã", 13, "xã")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 08-NQ/ĐU"),
 D("Kế hoạch", "36", "KH-UBND", "2020-03-10", "UBND xã", "Kế hoạch số 36/KH-UBND ngày 10/3/2020"),
 D("Nghị quyết", "10", "NQ/TU", "2021-07-12", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 10-NQ/TU ngày 12/7/2021")],
[prov("Long An"), com("Mỹ Yên")],
["Báo Long An Online", "Chuyên mục: Nông thôn mới | Gương sáng", "Tuyến đường hoa ấp 3, xã Mỹ Yên do người dân tự trồng, chăm sóc.",
 "lấy dân làm gốc", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "VietGAP"],
["19/05/2023 - 06:00", "năm 2019", "5, 6 lần", "Năm 2022", "1 hợp tác xã"]))

PAGES.append(page("b4964-binhdinh-bdvhu-tongket-2024", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Hôm nay: Thứ Hai, 23/12/2024
You are here: Trang chủ > Chính trị > Xây dựng Đảng
Ngày đăng: 20-12-2024
Hoài Ân: Dân vận khéo góp phần giảm nghèo vùng đồng bào Bana
Ngày 18/12, Ban Dân vận Huyện ủy Hoài Ân tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trương Thị Ngọc Diệp, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Toàn cảnh hội nghị tổng kết. Ảnh: Ngọc Nhuận
Dự hội nghị có đồng chí Nguyễn Văn Dũng, Phó Trưởng Ban Dân vận Tỉnh ủy Bình Định; đồng chí Đinh Văn Hữu, HUV, Trưởng phòng Dân tộc huyện.
Báo cáo cho thấy, năm 2024 khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 21, 22-CT/HU về tăng cường công tác dân vận trong xây dựng nông thôn mới nâng cao và về vận động đồng bào Bana định canh; phối hợp triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ tại 3 xã miền núi. Kế hoạch số 52-KH/BDVHU ngày 6/3/2024 của Ban Dân vận Huyện ủy được thực hiện đạt 100%.
Trong năm, nhân dân hiến 15.600 m2 đất, đóng góp 6,3 tỷ đồng và 21.000 ngày công làm 28 km đường giao thông nông thôn. Toàn huyện có 12/14 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nâng cao. Số hộ nghèo giảm 612 hộ, tỷ lệ hộ nghèo còn 4,18%; riêng 3 xã miền núi giảm bình quân trên 5%. 32 mô hình "Dân vận khéo" được công nhận, trong đó 6 mô hình cấp tỉnh.
Tham luận tại hội nghị, ông Đinh Văn Xay, Bí thư Đảng ủy xã Đak Mang, chia sẻ cách vận động 28 hộ đồng bào Bana chuyển sang trồng keo lai, bời lời. Bà Đinh Thị Ngọc, Chủ tịch Hội LHPN xã Bok Tới, giới thiệu tổ tiết kiệm với 40 thành viên, tổng số vốn 160 triệu đồng. Ông Lê Văn Thanh, Bí thư Chi bộ thôn Vạn Hội 2, xã Ân Tường Tây, nêu bài học "cán bộ đi trước, làng nước theo sau".
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số thôn, làng chưa kịp thời; sinh hoạt tổ dân vận ở vài nơi còn hình thức; tình trạng người dân khiếu nại về đất đai, đền bù khi mở đường vẫn còn xảy ra.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Dũng ghi nhận Hoài Ân là địa phương có nhiều mô hình dân vận gắn với giảm nghèo; đề nghị năm 2025 tập trung làm tốt công tác dân vận phục vụ sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương, nắm chắc tư tưởng cán bộ, đảng viên và nhân dân.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 15 tập thể, 24 cá nhân; các đồng chí Đinh Thị Kim Hoa, Lê Quang Vinh được bổ nhiệm làm Phó Trưởng Ban Dân vận Huyện ủy từ ngày 1/12/2024.
Ngọc Nhuận
Lượt xem: 903
Tin liên quan
- Phù Cát: giao ban khối dân vận quý IV (16/12/2024)
- Vân Canh trao 50 suất quà cho người có uy tín (10/12/2024)
- Hoài Nhơn: đối thoại với nhân dân về giải phóng mặt bằng (03/12/2024)
""", "2024-12-20", "Hoài Ân: Dân vận khéo góp phần giảm nghèo vùng đồng bào Bana",
E("tong_ket", "2024", "2024-12-18"),
[P("Trương Thị Ngọc Diệp", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy Bình Định"),
 P("Đinh Văn Hữu", "HUV", "Trưởng phòng Dân tộc huyện"),
 P("Đinh Văn Xay", "Bí thư Đảng ủy xã Đak Mang"),
 P("Đinh Thị Ngọc", "Chủ tịch Hội LHPN xã Bok Tới"),
 P("Lê Văn Thanh", "Bí thư Chi bộ thôn Vạn Hội 2"),
 P("Đinh Thị Kim Hoa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Quang Vinh", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("3 xã miền núi", 3, "xã miền núi"), Q("100%", 100, "%"), Q("15.600 m2", 15600, "m2"), Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("21.000 ngày công", 21000, "ngày công"), Q("28 km", 28, "km"), Q("12/14 xã", 12, "xã"), Q("4 xã", 4, "xã"),
 Q("612 hộ", 612, "hộ"), Q("4,18%", 4.18, "%"), Q("trên 5%", 5, "%", "over"), Q("32 mô hình", 32, "mô hình"),
 Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("28 hộ đồng bào Bana", 28, "hộ đồng bào Bana"), Q("40 thành viên", 40, "thành viên"),
 Q("160 triệu đồng", 160000000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21, 22-CT/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "52", "KH/BDVHU", "2024-03-06", "Ban Dân vận Huyện ủy", "Kế hoạch số 52-KH/BDVHU ngày 6/3/2024"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Bình Định"), com("Đak Mang"), com("Bok Tới"), com("Ân Tường Tây")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "You are here: Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết. Ảnh: Ngọc Nhuận",
 "Dân vận khéo", "cán bộ đi trước, làng nước theo sau", "Lượt xem: 903"],
["Hôm nay: Thứ Hai, 23/12/2024", "Ngày đăng: 20-12-2024", "năm 2024", "năm 2025", "ngày 1/12/2024", "Lượt xem: 903"]))

PAGES.append(page("b4965-haugiang-mttq-giamsat-2024", """
Báo Hậu Giang điện tử
Trang chủ :: Chính trị :: Mặt trận - Đoàn thể
Thứ Sáu, 16/8/2024 | 14:10
Giám sát việc huy động nguồn lực xây dựng nông thôn mới nâng cao
Ngày 14/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hậu Giang do đồng chí Trần Thị Thanh Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc huy động, sử dụng nguồn lực trong xây dựng nông thôn mới nâng cao năm 2024 tại xã Hỏa Tiến và xã Vị Bình.
Đoàn giám sát kiểm tra tuyến đường giao thông nông thôn ấp Thạnh Hòa. Ảnh: Kim Thoa
Cùng tham gia đoàn có ông Lý Văn Sang, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; bà Danh Thị Bé Tư, Phó Chủ tịch Hội Nông dân tỉnh, cùng đại diện Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn.
Cuộc giám sát thực hiện theo Kế hoạch số 63/KH-MTTQ-BTT ngày 2/7/2024 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội của Mặt trận và Quyết định 263/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.
Theo báo cáo của UBND xã Hỏa Tiến, từ đầu năm đến nay xã huy động được 9,7 tỷ đồng, trong đó nhân dân đóng góp 2,4 tỷ đồng, doanh nghiệp tài trợ khoảng 800 triệu đồng; làm mới 5 cây cầu bê tông và 4,5 km đường. Xã đạt 15/19 tiêu chí nông thôn mới nâng cao. Tại xã Vị Bình, ông Thạch Văn Sỹ, Chủ tịch UBND xã, cho biết có 42 hộ đồng bào Khmer được hỗ trợ chuyển đổi sang trồng khóm, thu nhập tăng khoảng 30%.
Ông Lâm Minh Triều, Trưởng ban công tác Mặt trận ấp Thạnh Hòa, phản ánh có 3 tuyến đường đã nghiệm thu nhưng chưa công khai quyết toán. Đoàn cũng ghi nhận 19 ý kiến của người dân, chủ yếu về chất lượng công trình và mức đóng góp.
Kết luận buổi giám sát, đồng chí Trần Thị Thanh Xuân đánh giá 2 xã đã công khai đầy đủ danh sách đóng góp; việc huy động bảo đảm tự nguyện, không có trường hợp ép buộc. Đoàn đưa ra 7 kiến nghị, đề nghị UBND thành phố Vị Thanh chỉ đạo công khai quyết toán các công trình trước ngày 30/9, phát huy vai trò Ban giám sát đầu tư của cộng đồng.
Người dân hai xã bày tỏ đồng tình với chủ trương làm đường, nhưng mong muốn được tham gia giám sát ngay từ khâu thiết kế, chọn nhà thầu.
Dịp này, đoàn cũng tặng 20 suất quà cho hộ nghèo xã Vị Bình, mỗi suất trị giá 500.000 đồng. Ban Thường trực Ủy ban MTTQ tỉnh cho biết, năm 2024 Mặt trận các cấp đã tổ chức 126 cuộc giám sát chuyên đề, trong đó 21 cuộc liên quan đến chương trình mục tiêu quốc gia.
Kim Thoa
Tin cùng chuyên mục
- Mặt trận Long Mỹ hiệp thương chuẩn bị đại hội (09/08/2024)
- Ngã Bảy trao 15 căn nhà Đại đoàn kết (02/08/2024)
- Châu Thành A phản biện dự thảo đề án nông thôn mới (26/07/2024)
""", "2024-08-16", "Giám sát việc huy động nguồn lực xây dựng nông thôn mới nâng cao",
E("giam_sat", "2024", "2024-08-14"),
[P("Trần Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Sang", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Bé Tư", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Văn Sỹ", "Chủ tịch UBND xã"),
 P("Lâm Minh Triều", "Trưởng ban công tác Mặt trận ấp Thạnh Hòa")],
[Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"),
 Q("5 cây cầu bê tông", 5, "cây cầu bê tông"), Q("4,5 km", 4.5, "km"), Q("15/19 tiêu chí", 15, "tiêu chí"),
 Q("42 hộ đồng bào Khmer", 42, "hộ đồng bào Khmer"), Q("khoảng 30%", 30, "%", "approx"), Q("3 tuyến đường", 3, "tuyến đường"),
 Q("19 ý kiến", 19, "ý kiến"), Q("2 xã", 2, "xã"), Q("7 kiến nghị", 7, "kiến nghị"), Q("20 suất quà", 20, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("126 cuộc giám sát chuyên đề", 126, "cuộc giám sát chuyên đề"), Q("21 cuộc", 21, "cuộc")],
[D("Kế hoạch", "63", "KH-MTTQ-BTT", "2024-07-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 63/KH-MTTQ-BTT ngày 2/7/2024"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "263", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 263/QĐ-TTg")],
[prov("Hậu Giang"), com("Hỏa Tiến"), com("Vị Bình")],
["Báo Hậu Giang điện tử", "Trang chủ :: Chính trị :: Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra tuyến đường giao thông nông thôn ấp Thạnh Hòa. Ảnh: Kim Thoa",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Sở Tài chính"],
["Thứ Sáu, 16/8/2024 | 14:10", "năm 2024", "2021 - 2025", "ngày 30/9"]))

PAGES.append(page("b4966-daknong-bdvtu-traoqua-2024", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ > Tin hoạt động > Hoạt động của Ban
02/02/2024 | 09:25
Ảnh: Đoàn công tác trao quà cho người có uy tín bon Bu Prăng.
Thăm, chúc Tết người có uy tín và hộ nghèo ở các bon nông thôn mới
Ngày 31/1, đoàn công tác của Ban Dân vận Tỉnh ủy Đắk Nông do đồng chí Điểu K'Ré, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao 180 suất quà Tết cho người có uy tín, hộ nghèo đồng bào Mnông tại xã Quảng Trực và xã Đắk Búk So.
Cùng đi có các đồng chí Trần Thị Bích Ngọc, Nguyễn Đình Phúc - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thị Hoa, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Mỗi suất quà trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm; riêng 42 người có uy tín mỗi người nhận thêm 1 triệu đồng. Tổng giá trị quà tặng hơn 168 triệu đồng do Ban Dân vận Tỉnh ủy phối hợp với các doanh nghiệp vận động. Dịp này, đoàn cũng trao 2 căn nhà Đại đoàn kết cho hộ nghèo bon Bu Prăng, mỗi căn trị giá 60 triệu đồng.
Thăm hỏi ông Điểu Dơn, người có uy tín bon Bu Prăng, xã Quảng Trực, đồng chí Điểu K'Ré ghi nhận ông đã vận động 35 hộ đồng bào hiến đất làm đường liên bon, góp phần giúp xã đạt 14/19 tiêu chí nông thôn mới. Ông Điểu Dơn cho biết năm 2023 bon có thêm 11 hộ thoát nghèo, không còn hộ đốt rẫy làm nương trái phép.
Tại xã Đắk Búk So, bà Thị Mai, Bí thư Chi bộ bon Bu Đắk, chia sẻ nhờ thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, 23 hộ đồng bào Mnông được hỗ trợ đất sản xuất, nước sinh hoạt. Ông Y Thuận Niê, Chủ tịch Ủy ban MTTQ xã, cho biết tỷ lệ hộ nghèo đồng bào dân tộc thiểu số của xã còn 9,4%.
Tại các điểm đến, đoàn công tác đã thăm hỏi tình hình sản xuất, đời sống của bà con; lắng nghe những khó khăn về giá cà phê, hồ tiêu giảm, thiếu nước tưới mùa khô và việc con em đồng bào đi làm ăn xa. Các ý kiến được đoàn ghi nhận để trao đổi với cấp ủy, chính quyền địa phương tìm hướng giải quyết. Không khí các buổi gặp mặt ấm áp, thân tình; nhiều già làng bày tỏ phấn khởi trước những đổi thay của buôn, bon sau những năm xây dựng nông thôn mới.
Đồng chí Điểu K'Ré đề nghị những người có uy tín tiếp tục đi đầu vận động bà con thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín và Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới vùng đồng bào, giữ gìn bản sắc văn hóa Mnông, không nghe theo kẻ xấu tuyên truyền đạo trái phép.
Trong dịp Tết Giáp Thìn 2024, Ban Dân vận các cấp trong tỉnh dự kiến tổ chức trên 40 đoàn thăm, tặng quà cho khoảng 1.600 người có uy tín, già làng, trưởng bon.
Hoàng Anh
Tin liên quan
- Đắk Song: tặng 300 suất quà Tết cho hộ nghèo (30/01/2024)
- Hội nghị người có uy tín tỉnh Đắk Nông năm 2023 (22/12/2023)
- Krông Nô ra mắt mô hình bon văn hóa (15/12/2023)
""", "2024-02-02", "Thăm, chúc Tết người có uy tín và hộ nghèo ở các bon nông thôn mới",
E("trao_qua", None, "2024-01-31"),
[P("Điểu K'Ré", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Bích Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Hoa", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Điểu Dơn", "người có uy tín bon Bu Prăng"),
 P("Thị Mai", "Bí thư Chi bộ bon Bu Đắk"),
 P("Y Thuận Niê", "Chủ tịch Ủy ban MTTQ xã")],
[Q("180 suất quà Tết", 180, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("42 người có uy tín", 42, "người có uy tín"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 168 triệu đồng", 168000000, "đồng", "over"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("35 hộ đồng bào", 35, "hộ đồng bào"),
 Q("14/19 tiêu chí", 14, "tiêu chí"), Q("11 hộ", 11, "hộ"), Q("23 hộ đồng bào Mnông", 23, "hộ đồng bào Mnông"), Q("9,4%", 9.4, "%"),
 Q("trên 40 đoàn", 40, "đoàn", "over"), Q("khoảng 1.600 người có uy tín, già làng, trưởng bon", 1600, "người có uy tín, già làng, trưởng bon", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Búk So")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ > Tin hoạt động > Hoạt động của Ban",
 "Ảnh: Đoàn công tác trao quà cho người có uy tín bon Bu Prăng."],
["02/02/2024 | 09:25", "năm 2023", "Tết Giáp Thìn 2024"]))
