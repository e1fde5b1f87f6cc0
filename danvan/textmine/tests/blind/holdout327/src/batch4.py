from lib import *
PAGES = []

PAGES.append(page("b7823-tuyenquang-btgdv-hoinghi-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Dân vận - Dân tộc - Tôn giáo
Ngày đăng 19/09/2025 | 16:20
Tuyên Quang: Vận động đồng bào vùng cao biên giới không xuất cảnh trái phép
Ngày 18/9/2025, tại xã Mèo Vạc, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền, vận động đồng bào các dân tộc khu vực biên giới phòng, chống xuất nhập cảnh trái phép và lao động chui năm 2025. Đây là hội nghị đầu tiên về nội dung này kể từ khi tỉnh Tuyên Quang mới được hình thành trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang.
Quang cảnh hội nghị tại xã Mèo Vạc.
Dự hội nghị có các đồng chí: Ma Thị Thúy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; Giàng Thị Chá, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Hoàng Minh Trường, Chính ủy Bộ đội Biên phòng tỉnh; cùng 230 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín của 12 xã biên giới.
Theo báo cáo, tuyến biên giới của tỉnh dài hơn 277 km. Từ đầu năm 2025 đến nay, Bộ đội Biên phòng đã phát hiện, ngăn chặn 164 lượt người xuất nhập cảnh trái phép; tiếp nhận 71 công dân do phía Trung Quốc trao trả, trong đó 19 người là phụ nữ bị lừa bán. Các đối tượng xấu thường lợi dụng mạng xã hội, hứa hẹn việc làm thu nhập từ 8 đến 10 triệu đồng/tháng để dụ dỗ thanh niên vượt biên.
Tại hội nghị, các đại biểu đã nghe phổ biến Luật Biên phòng Việt Nam và Nghị định số 96/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều về quản lý khu vực biên giới. Ông Vàng Mí Chúng, người có uy tín thôn Lũng Pù, xã Mèo Vạc, chia sẻ: "Mình đi từng nhà, nói cho bà con biết đi chui sang bên kia bị bắt, bị phạt, có khi mất cả người". Bà Sùng Thị Pà, Chủ tịch Hội LHPN xã Sơn Vĩ, cho biết chi hội phụ nữ các thôn đã ký cam kết với 100% hộ có con em trong độ tuổi lao động.
Phát biểu kết luận, đồng chí Ma Thị Thúy đề nghị các xã thực hiện nghiêm Kế hoạch số 15-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận vùng biên giới trong giai đoạn vận hành chính quyền địa phương hai cấp; mỗi xã biên giới xây dựng ít nhất 1 mô hình "Thôn bình yên, không có người xuất cảnh trái phép"; gắn tuyên truyền với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Dịp này, Bộ đội Biên phòng tỉnh tặng 120 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ nghèo và người có uy tín tiêu biểu ở xã Mèo Vạc, xã Sơn Vĩ, xã Lũng Cú.
Lý Thu Hà
Tin liên quan
- Xã Đồng Văn ra mắt tổ tự quản phòng, chống mua bán người (11/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Yên Minh (05/09/2025)
- Gặp mặt người có uy tín tiêu biểu năm 2025 (28/08/2025)
""", "2025-09-19", "Tuyên Quang: Vận động đồng bào vùng cao biên giới không xuất cảnh trái phép",
E("hoi_nghi", "2025", "2025-09-18"),
[P("Ma Thị Thúy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Chá", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Minh Trường", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Vàng Mí Chúng", "người có uy tín thôn Lũng Pù"),
 P("Sùng Thị Pà", "Chủ tịch Hội LHPN xã Sơn Vĩ")],
[Q("230 đại biểu", 230, "đại biểu"), Q("12 xã biên giới", 12, "xã biên giới"), Q("hơn 277 km", 277, "km", "over"),
 Q("164 lượt người", 164, "lượt người"), Q("71 công dân", 71, "công dân"), Q("19 người", 19, "người"),
 Q("từ 8 đến 10 triệu đồng/tháng", 8000000, "đồng"), Q("từ 8 đến 10 triệu đồng/tháng", 10000000, "đồng"),
 Q("100% hộ", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "96", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 96/2025/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Lũng Cú")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Dân vận - Dân tộc - Tôn giáo", "Quang cảnh hội nghị tại xã Mèo Vạc.",
 "Luật Biên phòng Việt Nam", "Thôn bình yên, không có người xuất cảnh trái phép",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Ngày đăng 19/09/2025 | 16:20", "năm 2025", "hai cấp"]))

PAGES.append(page("b7824-vinhlong-tinhdoan-taphuan-2025", """
Báo Vĩnh Long điện tử
Trang chủ - Xã hội - Thanh niên
Thứ Sáu, 07/11/2025 - 10:05
Trang bị kỹ năng nhận diện thủ đoạn lừa đưa lao động ra nước ngoài
Trong 2 ngày 6 - 7/11/2025, Tỉnh đoàn Vĩnh Long phối hợp Sở Nội vụ và Công an tỉnh mở lớp tập huấn "Kỹ năng tuyên truyền phòng, chống xuất cảnh trái phép, mua bán người và lừa đảo việc làm ở nước ngoài" năm 2025 cho 150 cán bộ Đoàn, Hội cơ sở của 124 xã, phường.
Các học viên tham gia thảo luận nhóm.
Khai mạc lớp, đồng chí Thạch Thị Sô Phia, Ủy viên BCH Trung ương Đoàn, Phó Bí thư Thường trực Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh cho biết, sau hợp nhất Vĩnh Long, Bến Tre, Trà Vinh, tỉnh có hơn 1 triệu thanh niên; riêng 10 tháng năm 2025 đã có 137 thanh niên trong tỉnh được giải cứu, hỗ trợ trở về từ Campuchia, Myanmar sau khi bị lừa đi làm "việc nhẹ lương cao". Nhiều em mới 16, 17 tuổi, bị ép làm việc tại các khu lừa đảo trực tuyến.
Học viên được Trung tá Kim Hoàng Sang, Phó Trưởng phòng An ninh đối ngoại Công an tỉnh hướng dẫn nhận diện 7 thủ đoạn tuyển dụng lừa đảo phổ biến trên mạng xã hội; bà Nguyễn Thị Mỹ Xuân, Phó Trưởng phòng Lao động - Việc làm Sở Nội vụ giới thiệu các quy định của Luật số 69/2020/QH14 của Quốc hội về người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng và danh sách 460 doanh nghiệp được cấp phép.
Tại phần thảo luận, anh Sơn Minh Trí, Bí thư Đoàn xã Tập Sơn, chia sẻ xã đã lập nhóm "Cảnh báo việc làm" với trên 2.400 thành viên, gỡ 35 tin tuyển dụng có dấu hiệu lừa đảo. Chị Võ Ngọc Hân, Phó Bí thư Đoàn phường Long Đức, đề xuất phối hợp với nhà trường tổ chức tuyên truyền cho học sinh lớp 12 trước khi ra trường. Anh Huỳnh Văn Tùng, được tín nhiệm giữ chức Bí thư Đoàn xã Phước Long từ tháng 8, cho biết xã có 3 thanh niên vừa được đưa về từ Campuchia, nay đã có việc làm tại khu công nghiệp.
Theo kế hoạch, sau tập huấn, mỗi học viên tổ chức ít nhất 2 buổi tuyên truyền tại cơ sở trước ngày 31/12/2025. Tỉnh đoàn sẽ triển khai Kế hoạch số 214-KH/TĐTN ngày 15/10/2025 của Ban Thường vụ Tỉnh đoàn về đợt cao điểm tuyên truyền, đồng thời phối hợp Trung tâm Dịch vụ việc làm tỉnh giới thiệu 1.000 việc làm trong tỉnh cho thanh niên nông thôn, với mức lương từ 7 triệu đồng/tháng trở lên.
Kết thúc lớp, Ban Tổ chức cấp giấy chứng nhận cho 148 học viên hoàn thành chương trình, đạt 98,7%.
Ngọc Trâm
Tin liên quan
- Tỉnh đoàn ra quân Tháng Thanh niên năm 2025 (20/03/2025)
- Thanh niên Vĩnh Long chung tay phòng, chống tội phạm mạng (25/10/2025)
- Hội thi "Thanh niên với pháp luật" (14/10/2025)
- Đối thoại giữa lãnh đạo tỉnh với thanh niên (03/10/2025)
""", "2025-11-07", "Trang bị kỹ năng nhận diện thủ đoạn lừa đưa lao động ra nước ngoài",
E("tap_huan", "2025", "2025-11-06"),
[P("Thạch Thị Sô Phia", "Ủy viên BCH Trung ương Đoàn", "Phó Bí thư Thường trực Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Kim Hoàng Sang", "Trung tá", "Phó Trưởng phòng An ninh đối ngoại Công an tỉnh"),
 P("Nguyễn Thị Mỹ Xuân", "Phó Trưởng phòng Lao động - Việc làm Sở Nội vụ"),
 P("Sơn Minh Trí", "Bí thư Đoàn xã Tập Sơn"),
 P("Võ Ngọc Hân", "Phó Bí thư Đoàn phường Long Đức"),
 P("Huỳnh Văn Tùng", "Bí thư Đoàn xã Phước Long")],
[Q("150 cán bộ Đoàn, Hội cơ sở", 150, "cán bộ Đoàn, Hội cơ sở"), Q("124 xã, phường", 124, "xã, phường"),
 Q("hơn 1 triệu thanh niên", 1000000, "thanh niên", "over"), Q("137 thanh niên", 137, "thanh niên"),
 Q("7 thủ đoạn tuyển dụng lừa đảo", 7, "thủ đoạn tuyển dụng lừa đảo"), Q("460 doanh nghiệp", 460, "doanh nghiệp"),
 Q("trên 2.400 thành viên", 2400, "thành viên", "over"), Q("35 tin tuyển dụng", 35, "tin tuyển dụng"), Q("3 thanh niên", 3, "thanh niên"),
 Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over"), Q("1.000 việc làm", 1000, "việc làm"),
 Q("từ 7 triệu đồng/tháng trở lên", 7000000, "đồng", "over"), Q("148 học viên", 148, "học viên"), Q("98,7%", 98.7, "%")],
[D("Luật", "69", "2020/QH14", None, "Quốc hội", "Luật số 69/2020/QH14 của Quốc hội"),
 D("Kế hoạch", "214", "KH/TĐTN", "2025-10-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 214-KH/TĐTN ngày 15/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Long Đức"), com("Phước Long")],
["Báo Vĩnh Long điện tử", "Trang chủ - Xã hội - Thanh niên", "Các học viên tham gia thảo luận nhóm.",
 "Kỹ năng tuyên truyền phòng, chống xuất cảnh trái phép, mua bán người và lừa đảo việc làm ở nước ngoài", "Cảnh báo việc làm"],
["Thứ Sáu, 07/11/2025 - 10:05", "2 ngày", "năm 2025", "10 tháng năm 2025", "16, 17 tuổi", "lớp 12", "từ tháng 8", "31/12/2025"]))

PAGES.append(page("b7825-hue-bcd-tongket-2025", """
Báo Huế điện tử
Chính trị | Quốc phòng - An ninh
Thứ Sáu, 09/01/2026, 08:05
Ảnh: Các đại biểu dự hội nghị tổng kết.
Triển khai nhiệm vụ năm 2026: giữ vững địa bàn biên giới A Lưới
Sáng 8/1/2026, Ban Chỉ đạo phòng, chống tội phạm và xuất nhập cảnh trái phép thành phố Huế tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Hoàng Hải Minh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2025, thành phố Huế đã phát hiện, ngăn chặn 48 trường hợp xuất nhập cảnh trái phép qua tuyến biên giới Việt - Lào; tiếp nhận 33 công dân do phía Lào, Campuchia trao trả; điều tra, triệt phá 4 đường dây đưa người ra nước ngoài lao động trái phép, khởi tố 9 bị can. Toàn thành phố đưa được 1.260 lao động đi làm việc ở nước ngoài theo hợp đồng, vượt 26% kế hoạch.
Ban Chỉ đạo đã tham mưu Thành ủy quán triệt Kết luận 218, 219-KL/TW của Bộ Chính trị; UBND thành phố ban hành Kế hoạch số 402/KH-UBND ngày 25/8/2025 về phòng ngừa công dân bị dụ dỗ, lừa đảo ra nước ngoài lao động. Sau khi vận hành chính quyền địa phương hai cấp, các xã A Lưới 1, A Lưới 2, A Lưới 3, A Lưới 4, A Lưới 5 đã kiện toàn 5 tổ công tác liên ngành, duy trì 86 tổ tự quản an ninh trật tự ở các thôn giáp biên.
Tham luận tại hội nghị, đồng chí Hồ Văn Ngoan, Bí thư Đảng ủy xã A Lưới 3, cho biết xã đã vận động 100% thanh niên trong độ tuổi không đi làm thuê ở Lào khi chưa có giấy tờ hợp pháp. Bà Kăn Thị Lin, người có uy tín thôn A Đớt, kể về việc thuyết phục 2 gia đình người Pa Kô đón con em trở về. Đồng chí Trần Quang Huy, Phó Chủ tịch UBND phường Phú Bài, nêu thực trạng lao động tự do bị dụ sang Campuchia qua ứng dụng tuyển dụng trên điện thoại.
Ban Chỉ đạo cũng chỉ ra hạn chế: công tác quản lý cư trú, tạm vắng còn sơ hở, có 17 người rời địa phương trên 6 tháng không khai báo; việc hỗ trợ tái hòa nhập cộng đồng cho người trở về chưa đồng bộ.
Phát biểu kết luận, đồng chí Hoàng Hải Minh yêu cầu năm 2026 giảm ít nhất 20% số vụ việc xuất nhập cảnh trái phép; đưa 1.500 lao động đi làm việc ở nước ngoài theo hợp đồng; các xã biên giới dành tối thiểu 10% nguồn vốn chương trình mục tiêu quốc gia cho đào tạo nghề. Dịp này, UBND thành phố tặng bằng khen cho 8 tập thể, 14 cá nhân, mỗi tập thể được thưởng 3 triệu đồng.
Hải Triều
Tin khác
- Hội nghị tổng kết công tác dân vận năm 2025 (06/01/2026)
- A Lưới 1: Bàn giao nhà đại đoàn kết cho hộ nghèo (30/12/2025)
- Tuyên truyền phòng, chống mua bán người tại xã A Lưới 5 (22/12/2025)
- Đồn Biên phòng A Lưới trao học bổng cho học sinh nghèo (15/12/2025)
""", "2026-01-09", "Triển khai nhiệm vụ năm 2026: giữ vững địa bàn biên giới A Lưới",
E("tong_ket", "2025", "2026-01-08"),
[P("Hoàng Hải Minh", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Hồ Văn Ngoan", "Bí thư Đảng ủy xã A Lưới 3"),
 P("Kăn Thị Lin", "người có uy tín thôn A Đớt"),
 P("Trần Quang Huy", "Phó Chủ tịch UBND phường Phú Bài")],
[Q("48 trường hợp", 48, "trường hợp"), Q("33 công dân", 33, "công dân"), Q("4 đường dây", 4, "đường dây"),
 Q("9 bị can", 9, "bị can"), Q("1.260 lao động", 1260, "lao động"), Q("26%", 26, "%"),
 Q("5 tổ công tác liên ngành", 5, "tổ công tác liên ngành"), Q("86 tổ tự quản an ninh trật tự", 86, "tổ tự quản an ninh trật tự"),
 Q("100% thanh niên", 100, "%"), Q("2 gia đình", 2, "gia đình"), Q("17 người", 17, "người"),
 Q("ít nhất 20%", 20, "%", "over"), Q("1.500 lao động", 1500, "lao động"), Q("tối thiểu 10%", 10, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Kết luận", "218", "KL/TW", None, "Bộ Chính trị", "Kết luận 218, 219-KL/TW của Bộ Chính trị"),
 D("Kết luận", "219", "KL/TW", None, "Bộ Chính trị", "Kết luận 218, 219-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "402", "KH-UBND", "2025-08-25", "UBND thành phố", "Kế hoạch số 402/KH-UBND ngày 25/8/2025")],
[prov("Huế"), com("A Lưới 1"), com("A Lưới 2"), com("A Lưới 3"), com("A Lưới 4"), com("A Lưới 5"), com("Phú Bài")],
["Báo Huế điện tử", "Chính trị | Quốc phòng - An ninh", "Ảnh: Các đại biểu dự hội nghị tổng kết."],
["Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "hai cấp", "6 tháng"]))

PAGES.append(page("b7826-lamdong-danguyxa-doithoai-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Dân vận
13/03/2026 - 10:05
Bí thư Đảng ủy xã Quảng Trực đối thoại với nhân dân vùng biên
Ngày 12/3/2026, Đảng ủy xã Quảng Trực tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, tập trung vào vấn đề phòng, chống xuất nhập cảnh trái phép và tình trạng người dân sang Campuchia làm thuê không giấy tờ.
Ông Điểu Đăm nêu ý kiến tại buổi đối thoại.
Chủ trì đối thoại có đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã; đồng chí H'Ngọc Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Thiếu tá Y Thinh Byă, Đồn trưởng Đồn Biên phòng Bu Prăng. Tham dự có hơn 250 người dân của 16 thôn, bon, trong đó có nhiều hộ đồng bào Mnông, Mông, Tày.
Quảng Trực là xã biên giới của tỉnh Lâm Đồng, có đường biên dài 36 km, giáp tỉnh Mondulkiri (Campuchia). Theo báo cáo, năm 2025 xã có 47 lượt người sang Campuchia làm rẫy, phụ hồ theo lối mòn; Đồn Biên phòng Bu Prăng đã phát hiện, xử lý 12 trường hợp, phạt tổng cộng 42 triệu đồng. Có 2 thanh niên bị dụ sang làm việc cho công ty đánh bạc trực tuyến, gia đình phải nộp 90 triệu đồng mới được trả về.
Tại buổi đối thoại, bà con nêu 21 ý kiến. Ông Điểu Đăm, vừa được bầu làm Trưởng bon Bu Prăng, đề nghị xã hỗ trợ cây giống, bò giống để người dân có thu nhập, không phải sang bên kia làm thuê. Bà Hoàng Thị Mai, ở thôn 5, hỏi về thủ tục làm giấy thông hành để đi lại hợp pháp. Anh Thào A Chá, thôn Đăk Huýt, phản ánh có người lạ vào thôn rủ thanh niên đi làm ở Campuchia với tiền công 500.000 đồng/ngày.
Trả lời, đồng chí Nguyễn Văn Hùng cho biết xã đang triển khai Nghị quyết số 05-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã về phát triển kinh tế vùng biên gắn với giữ vững an ninh; năm 2026 dành 1,8 tỷ đồng hỗ trợ sinh kế cho 60 hộ nghèo và hộ cận nghèo. Thiếu tá Y Thinh Byă hướng dẫn thủ tục cấp giấy thông hành biên giới theo Thông tư số 68/2025/TT-BCA của Bộ Công an, đồng thời đề nghị bà con báo ngay khi có người lạ rủ rê.
Kết thúc đối thoại, 16 trưởng thôn, bon đã ký cam kết phối hợp quản lý nhân khẩu, không để người dân xuất cảnh trái phép. Đảng ủy xã giao Ủy ban MTTQ xã giám sát việc giải quyết các kiến nghị, báo cáo kết quả trong quý II/2026.
Theo đồng chí Nguyễn Văn Hùng, việc đối thoại trực tiếp giúp cấp ủy, chính quyền xã nắm bắt kịp thời tâm tư, nguyện vọng của bà con, nhất là các hộ mới đến định cư, đời sống còn nhiều khó khăn, dễ bị kẻ xấu lôi kéo.
Hồng Thắm
Tin liên quan
- Xã Thuận Hạnh ra mắt mô hình "Bon không có người vượt biên trái phép" (05/03/2026)
- Bộ đội Biên phòng tỉnh tặng 200 suất quà cho hộ nghèo biên giới (26/02/2026)
- Đắk Mil: Đối thoại về giải quyết tranh chấp đất đai (12/02/2026)
""", "2026-03-13", "Bí thư Đảng ủy xã Quảng Trực đối thoại với nhân dân vùng biên",
E("doi_thoai", "2026", "2026-03-12"),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy xã"),
 P("H'Ngọc Niê", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Thinh Byă", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Bu Prăng"),
 P("Điểu Đăm", "Trưởng bon Bu Prăng"), P("Hoàng Thị Mai"), P("Thào A Chá")],
[Q("hơn 250 người dân", 250, "người dân", "over"), Q("16 thôn, bon", 16, "thôn, bon"), Q("36 km", 36, "km"),
 Q("47 lượt người", 47, "lượt người"), Q("12 trường hợp", 12, "trường hợp"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("2 thanh niên", 2, "thanh niên"), Q("90 triệu đồng", 90000000, "đồng"), Q("21 ý kiến", 21, "ý kiến"),
 Q("500.000 đồng/ngày", 500000, "đồng"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("60 hộ nghèo và hộ cận nghèo", 60, "hộ nghèo và hộ cận nghèo"),
 Q("16 trưởng thôn, bon", 16, "trưởng thôn, bon")],
[D("Nghị quyết", "05", "NQ/ĐU", "2026-01-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/01/2026"),
 D("Thông tư", "68", "2025/TT-BCA", None, "Bộ Công an", "Thông tư số 68/2025/TT-BCA của Bộ Công an")],
[prov("Lâm Đồng"), com("Quảng Trực")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Dân vận", "Ông Điểu Đăm nêu ý kiến tại buổi đối thoại.", "Mondulkiri"],
["13/03/2026 - 10:05", "năm 2026", "năm 2025", "thôn 5", "quý II/2026"]))

PAGES.append(page("b7827-camau-congan-baocao-q1-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH CÀ MAU
Trang chủ :: Tin tức - Sự kiện :: Phòng ngừa tội phạm
17.04.2026 | 15:30
Quý I/2026: 52 công dân Cà Mau được giải cứu, trao trả từ nước ngoài
Ngày 15/4/2026, Công an tỉnh Cà Mau có Báo cáo số 118/BC-CAT-PV01 gửi Ban Thường vụ Tỉnh ủy, UBND tỉnh về kết quả quý I/2026 thực hiện công tác phòng ngừa, ngăn chặn công dân xuất cảnh trái phép, bị lừa đảo ra nước ngoài lao động.
Theo báo cáo, trong quý I/2026, toàn tỉnh có 52 công dân được giải cứu hoặc được phía Campuchia, Myanmar, Lào trao trả, giảm 18% so với cùng kỳ năm 2025; trong đó 31 người ở độ tuổi từ 18 đến 25, 6 người là người dân tộc Khmer. Phần lớn bị dụ dỗ qua mạng xã hội với lời hứa thu nhập 20 - 30 triệu đồng/tháng, được đưa qua biên giới bằng đường mòn ở các tỉnh giáp Campuchia.
Lực lượng Công an đã khởi tố 3 vụ án "tổ chức cho người khác trốn đi nước ngoài", bắt giữ 7 đối tượng; xác minh, xử lý 146 tài khoản mạng xã hội đăng tin tuyển dụng có dấu hiệu lừa đảo. Công an các xã, phường phối hợp Ủy ban MTTQ và các đoàn thể tổ chức 412 buổi tuyên truyền tại ấp, khóm với khoảng 26.000 lượt người dự; 100% công an xã, phường lập danh sách người vắng mặt dài ngày tại địa phương.
Báo cáo nêu điển hình phường An Xuyên và xã Khánh Bình đã phát hiện sớm 9 trường hợp có biểu hiện chuẩn bị đi theo "cò", kịp thời phối hợp gia đình ngăn chặn. Thượng tá Danh Hoàng Phong, Phó Trưởng phòng An ninh đối ngoại Công an tỉnh, cho biết đơn vị đã thực hiện Kế hoạch số 57/KH-CAT ngày 05/01/2026 của Công an tỉnh và Chỉ thị số 03-CT/TU của Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống mua bán người, xuất nhập cảnh trái phép trong tình hình mới.
Bên cạnh kết quả, báo cáo cũng chỉ rõ: việc phối hợp tiếp nhận, hỗ trợ người trở về giữa các xã còn lúng túng sau khi sắp xếp đơn vị hành chính; một số gia đình giấu thông tin vì sợ ảnh hưởng đến người thân đang ở nước ngoài.
Công an tỉnh kiến nghị UBND tỉnh bố trí khoảng 1,5 tỷ đồng hỗ trợ học nghề, vay vốn cho người trở về; đề nghị Sở Giáo dục và Đào tạo đưa nội dung cảnh giác "việc nhẹ lương cao" vào hoạt động ngoại khóa cho học sinh lớp 11, 12 ở tất cả các trường trung học phổ thông. Đại tá Lý Văn Tân, Phó Giám đốc Công an tỉnh, yêu cầu quý II tiếp tục mở đợt cao điểm, phấn đấu không để phát sinh đường dây đưa người trái phép trên địa bàn tỉnh.
Phòng Tham mưu
Tin liên quan
- Công an xã Khánh Bình tuyên truyền tại ấp Cơi 5 (10/04/2026)
- Trao trả 12 công dân qua Cửa khẩu Tịnh Biên (03/04/2026)
- Công an tỉnh ra quân đợt cao điểm tấn công trấn áp tội phạm (25/03/2026)
""", "2026-04-17", "Quý I/2026: 52 công dân Cà Mau được giải cứu, trao trả từ nước ngoài",
E("bao_cao", "2026-Q1", "2026-04-15"),
[P("Danh Hoàng Phong", "Thượng tá", "Phó Trưởng phòng An ninh đối ngoại Công an tỉnh"),
 P("Lý Văn Tân", "Đại tá", "Phó Giám đốc Công an tỉnh")],
[Q("52 công dân", 52, "công dân"), Q("18%", 18, "%"), Q("31 người", 31, "người"), Q("6 người", 6, "người"),
 Q("20 - 30 triệu đồng/tháng", 20000000, "đồng"), Q("20 - 30 triệu đồng/tháng", 30000000, "đồng"),
 Q("3 vụ án", 3, "vụ án"), Q("7 đối tượng", 7, "đối tượng"), Q("146 tài khoản mạng xã hội", 146, "tài khoản mạng xã hội"),
 Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"), Q("khoảng 26.000 lượt người", 26000, "lượt người", "approx"),
 Q("100% công an xã, phường", 100, "%"), Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx")],
[D("Báo cáo", "118", "BC-CAT-PV01", None, "Công an tỉnh Cà Mau", "Báo cáo số 118/BC-CAT-PV01"),
 D("Kế hoạch", "57", "KH-CAT", "2026-01-05", "Công an tỉnh", "Kế hoạch số 57/KH-CAT ngày 05/01/2026"),
 D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 03-CT/TU của Tỉnh ủy")],
[prov("Cà Mau"), com("An Xuyên"), com("Khánh Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH CÀ MAU", "Trang chủ :: Tin tức - Sự kiện :: Phòng ngừa tội phạm",
 "tổ chức cho người khác trốn đi nước ngoài"],
["17.04.2026 | 15:30", "quý I/2026", "năm 2025", "từ 18 đến 25", "lớp 11, 12", "quý II"]))

PAGES.append(page("b7828-gialai-btgdv-soket-2026", """
Báo Gia Lai điện tử
Trang chủ / Chính trị / Dân vận
Thứ Sáu, 10/07/2026
Sơ kết 6 tháng: vận động đồng bào không vượt biên, không đi lao động chui
(GLO) - Chiều 9/7, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Châm H'Nhí, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Rơ Châm H'Nhí phát biểu kết luận hội nghị. Ảnh: Đức Thụy
Báo cáo cho biết, 6 tháng qua, khối dân vận các cấp tập trung vận động đồng bào Jrai, Bahnar ở các xã biên giới Ia Dom, Ia O, Ia Chía không qua lại biên giới trái phép, không đi làm thuê cho các chủ rẫy bên Campuchia khi chưa có giấy tờ. Toàn tỉnh Gia Lai đã ngăn chặn 39 lượt người xuất cảnh trái phép, giảm 44% so với cùng kỳ; tiếp nhận 27 công dân bị lừa sang Campuchia làm việc tại các khu lừa đảo trở về, trong đó có 11 người ở các phường ven biển Quy Nhơn, Quy Nhơn Nam.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 12, 13-CT/TU về công tác dân vận vùng đồng bào dân tộc thiểu số, biên giới và về phòng, chống lừa đảo đưa người ra nước ngoài; phối hợp hướng dẫn thực hiện Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy xã trong tiếp xúc, đối thoại với nhân dân. Mặt trận và các đoàn thể tổ chức 528 buổi tuyên truyền bằng tiếng Jrai, Bahnar với trên 31.000 lượt người nghe.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Thảo, Siu H'Blê, Đinh Văn Hyông lần lượt báo cáo chuyên đề. Ông Ksor Như, ĐUV, Trưởng khối dân vận xã Ia Dom, cho biết xã đã giao 72 đảng viên theo dõi 540 hộ; 100% làng ký quy ước không để người dân vượt biên. Ông Rơ Mah Thơ, già làng làng Mook Trê Đăk, xã Ia O, kể làng từng có 15 thanh niên đi làm rẫy bên kia biên giới, nay chỉ còn 1 người chưa về.
Kết luận hội nghị, đồng chí Rơ Châm H'Nhí yêu cầu 6 tháng cuối năm tăng cường nắm tình hình, không để các đối tượng xấu lợi dụng; nhân rộng 34 mô hình "Dân vận khéo" cấp tỉnh gắn với giữ gìn an ninh biên giới; phấn đấu đến cuối năm 2026 giảm trên 50% số lượt người xuất cảnh trái phép so với năm 2025. Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy khen thưởng 6 tập thể, 10 cá nhân có thành tích xuất sắc, mỗi cá nhân được thưởng 1,5 triệu đồng.
Đức Thụy
Tin liên quan
- Xã Ia Chía ra mắt tổ tự quản đường biên, cột mốc (02/07/2026)
- Gặp mặt người có uy tín tiêu biểu năm 2026 (25/06/2026)
- Phường Quy Nhơn tuyên truyền cảnh giác với "việc nhẹ lương cao" (17/06/2026)
""", "2026-07-10", "Sơ kết 6 tháng: vận động đồng bào không vượt biên, không đi lao động chui",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Rơ Châm H'Nhí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Siu H'Blê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hyông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Như", "ĐUV", "Trưởng khối dân vận xã Ia Dom"),
 P("Rơ Mah Thơ", "già làng làng Mook Trê Đăk")],
[Q("39 lượt người", 39, "lượt người"), Q("44%", 44, "%"), Q("27 công dân", 27, "công dân"), Q("11 người", 11, "người"),
 Q("528 buổi tuyên truyền", 528, "buổi tuyên truyền"), Q("trên 31.000 lượt người", 31000, "lượt người", "over"),
 Q("72 đảng viên", 72, "đảng viên"), Q("540 hộ", 540, "hộ"), Q("100% làng", 100, "%"), Q("15 thanh niên", 15, "thanh niên"),
 Q("34 mô hình", 34, "mô hình \"Dân vận khéo\" cấp tỉnh"), Q("trên 50%", 50, "%", "over"), Q("6 tập thể", 6, "tập thể"),
 Q("10 cá nhân", 10, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐ/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia O"), com("Ia Chía"), com("Quy Nhơn"), com("Quy Nhơn Nam")],
["Báo Gia Lai điện tử", "Trang chủ / Chính trị / Dân vận", "(GLO)", "Đồng chí Rơ Châm H'Nhí phát biểu kết luận hội nghị. Ảnh: Đức Thụy",
 "Dân vận khéo"],
["Thứ Sáu, 10/07/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "cuối năm 2026", "năm 2025", "1 người"]))
