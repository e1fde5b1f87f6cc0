from lib import *
PAGES = []

PAGES.append(page("b7433-travinh-tongket-ngayhoi-khmer-2022", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ | Tin tức | Dân tộc - Tôn giáo
12/12/2022 - 14:30
Toàn cảnh hội nghị tổng kết.
Tổng kết Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh năm 2022
Ngày 9/12/2022, Ban Tổ chức Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh Trà Vinh lần thứ V tổ chức hội nghị tổng kết. Đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban tổ chức chủ trì; cùng dự có đồng chí Thạch Thị Sa Rươl, Phó Trưởng ban Dân tộc tỉnh và đại diện các sở, ngành, huyện, thị xã, thành phố.
Theo báo cáo, ngày hội diễn ra từ ngày 7 đến 10/11/2022 tại thành phố Trà Vinh, gắn với Lễ hội Ok Om Bok, thu hút 9 đoàn với 1.150 vận động viên, diễn viên, nghệ nhân. Các đoàn thi 12 nội dung gồm đua ghe ngo, kéo co, đẩy gậy, đấu võ Kun Khmer, bóng chuyền nam, thi trang phục và các loại hình nghệ thuật Dù kê, Rô băm. Có khoảng 95.000 lượt người dân và du khách tham gia, cổ vũ, tăng gần 20% so với lần tổ chức trước.
Ngày hội được tổ chức theo Kế hoạch số 102/KH-UBND ngày 15/8/2022 của UBND tỉnh và thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới. Tổng kinh phí thực hiện 3,8 tỷ đồng, trong đó xã hội hóa trên 1,1 tỷ đồng.
Ở nội dung đua ghe ngo, 24 chiếc ghe của các chùa Khmer trong tỉnh tranh tài trên sông Long Bình. Ghe ngo chùa Ba Si (xã Hiếu Trung, huyện Tiểu Cần) về nhất nội dung nam, ghe chùa Kompong Chrây (xã Ngũ Lạc, huyện Duyên Hải) về nhất nội dung nữ. Ban tổ chức đã trao 64 giải cho các tập thể, cá nhân với tổng giá trị 420 triệu đồng.
Đánh giá tại hội nghị, đồng chí Kim Ngọc Thái cho rằng ngày hội đã thành công tốt đẹp, an toàn, tiết kiệm; không xảy ra vụ việc phức tạp về an ninh trật tự. Công tác vận động các chùa Khmer, sư sãi và người có uy tín được thực hiện tốt; 141/143 chùa Phật giáo Nam tông Khmer trong tỉnh đã hưởng ứng, cử người tham gia.
Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Ba Si, đề nghị tỉnh tiếp tục hỗ trợ các chùa sửa chữa ghe ngo, vì nhiều chiếc đã xuống cấp. Ông Sơn Văn Hiếu, Chủ tịch UBND xã Ngũ Lạc, kiến nghị có chính sách hỗ trợ tiền ăn cho tay bơi trong thời gian tập luyện.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 26 cá nhân có thành tích xuất sắc trong tổ chức ngày hội năm 2022.
Hữu Thời
Tin liên quan
- Trà Vinh: Khai mạc Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer lần thứ V (08/11/2022)
- Thăm, chúc mừng Lễ Sene Dolta tại các chùa Khmer (22/09/2022)
- Cầu Ngang: 20 tay bơi nữ tập luyện đua ghe ngo (15/09/2022)
""", "2022-12-12", "Tổng kết Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh năm 2022",
E("tong_ket", "2022", "2022-12-09"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban tổ chức"),
 P("Thạch Thị Sa Rươl", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Ba Si"),
 P("Sơn Văn Hiếu", "Chủ tịch UBND xã Ngũ Lạc")],
[Q("9 đoàn", 9, "đoàn"), Q("1.150 vận động viên, diễn viên, nghệ nhân", 1150, "vận động viên, diễn viên, nghệ nhân"), Q("12 nội dung", 12, "nội dung"),
 Q("khoảng 95.000 lượt người dân và du khách", 95000, "lượt người dân và du khách", "approx"), Q("gần 20%", 20, "%", "approx"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("24 chiếc ghe", 24, "chiếc ghe"),
 Q("64 giải", 64, "giải"), Q("420 triệu đồng", 420000000, "đồng"), Q("141/143 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
 Q("15 tập thể", 15, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "102", "KH-UBND", "2022-08-15", "UBND tỉnh", "Kế hoạch số 102/KH-UBND ngày 15/8/2022"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018")],
[prov("Trà Vinh"), com("Hiếu Trung"), com("Ngũ Lạc")],
["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ | Tin tức | Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tổng kết.", "Ok Om Bok", "Kun Khmer", "Dù kê", "Rô băm",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["12/12/2022 - 14:30", "lần thứ V", "năm 2022", "lần tổ chức trước", "về nhất"]))

PAGES.append(page("b7434-soctrang-duaghe-ngo-2022", """
Báo Sóc Trăng Online
Thể thao » Phong trào
08/11/2022 06:00
Sôi động Giải đua ghe ngo truyền thống tỉnh Sóc Trăng năm 2022
Sau 2 năm tạm dừng vì dịch Covid-19, chiều 7/11, trên sông Maspero (phường 2, thành phố Sóc Trăng), Giải đua ghe ngo truyền thống tỉnh Sóc Trăng năm 2022 - Cúp Truyền hình Sóc Trăng chính thức khép lại sau 2 ngày tranh tài trong khuôn khổ Lễ hội Oóc Om Bóc - Đua ghe ngo lần thứ IX.
Ghe ngo chùa Som Rông về đích trong nội dung ghe ngo nam. Ảnh: Trung Hiếu
Giải năm nay có 52 ghe ngo tham gia, trong đó 44 ghe nam và 8 ghe nữ, với gần 3.000 tay bơi là thanh niên, sư sãi người Khmer đến từ các chùa trong tỉnh và các tỉnh bạn như Trà Vinh, Bạc Liêu, Cà Mau. Mỗi chiếc ghe dài khoảng 28 m, có từ 50 tay bơi trở lên. Hàng trăm nghìn người dân và du khách đã đứng kín hai bên bờ sông để cổ vũ.
Dự lễ bế mạc và trao giải có ông Lâm Văn Mẫn, Phó Bí thư Thường trực Tỉnh ủy; bà Huỳnh Thị Diễm Ngọc, Phó Chủ tịch UBND tỉnh; Đại đức Lý Chanh Đa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Theo Ban tổ chức, giải được tổ chức theo Kế hoạch số 156/KH-UBND ngày 26/9/2022 của UBND tỉnh. Tổng giá trị giải thưởng hơn 700 triệu đồng; ghe về nhất nội dung nam được thưởng 60 triệu đồng, ghe về nhất nội dung nữ 40 triệu đồng. Ngoài ra, UBND tỉnh hỗ trợ mỗi ghe tham gia 25 triệu đồng chi phí tập luyện, đi lại.
Kết quả, ghe ngo chùa Som Rông (phường 5, thành phố Sóc Trăng) đoạt giải nhất nội dung nam với thời gian 9 phút 12 giây trên cự ly 1.200 m; ghe chùa Prếk Chắc (xã Tân Hưng, huyện Long Phú) đoạt giải nhất nội dung nữ. Đây là năm thứ 3 liên tiếp ghe chùa Som Rông về nhất.
Ông Danh Út, người cầm chịch (giữ nhịp) của ghe chùa Som Rông, cho biết đội đã tập luyện trên 2 tháng, mỗi ngày 2 buổi. "Thắng hay thua không quan trọng bằng việc bà con Khmer được sum họp, chùa nào cũng có ghe, có người bơi", ông nói.
Bà Huỳnh Thị Diễm Ngọc đánh giá giải diễn ra an toàn, đúng luật; đề nghị các địa phương tiếp tục vận động đồng bào Khmer gìn giữ môn thể thao truyền thống này. Bên cạnh đua ghe ngo, lễ hội còn có 8 hoạt động văn hóa, thể thao khác như thi thả đèn nước, đua thuyền rồng, kéo co và hội chợ thương mại với 350 gian hàng.
Được biết, toàn tỉnh hiện có 92 chiếc ghe ngo của các chùa Khmer; năm 2022, tỉnh đã hỗ trợ đóng mới 4 chiếc với kinh phí mỗi chiếc khoảng 400 triệu đồng.
Trung Hiếu - Thạch Nhân
Tin khác
- Ngã Năm: Hơn 500 vận động viên dự Hội thao các dân tộc (03/11/2022)
- Vĩnh Châu tổ chức Liên hoan văn nghệ Khmer (28/10/2022)
- Trần Đề: Trao 150 phần quà cho đồng bào Khmer nghèo (20/10/2022)
""", "2022-11-08", "Sôi động Giải đua ghe ngo truyền thống tỉnh Sóc Trăng năm 2022",
E("khac", None, "2022-11-07"),
[P("Lâm Văn Mẫn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Chanh Đa", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Út", "người cầm chịch (giữ nhịp) của ghe chùa Som Rông")],
[Q("52 ghe ngo", 52, "ghe ngo"), Q("44 ghe nam", 44, "ghe nam"), Q("8 ghe nữ", 8, "ghe nữ"),
 Q("gần 3.000 tay bơi", 3000, "tay bơi", "approx"), Q("khoảng 28 m", 28, "m", "approx"), Q("từ 50 tay bơi trở lên", 50, "tay bơi", "over"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("60 triệu đồng", 60000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("1.200 m", 1200, "m"), Q("8 hoạt động văn hóa, thể thao", 8, "hoạt động văn hóa, thể thao"),
 Q("350 gian hàng", 350, "gian hàng"), Q("92 chiếc ghe ngo", 92, "chiếc ghe ngo"), Q("4 chiếc", 4, "chiếc"),
 Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx")],
[D("Kế hoạch", "156", "KH-UBND", "2022-09-26", "UBND tỉnh", "Kế hoạch số 156/KH-UBND ngày 26/9/2022")],
[prov("Sóc Trăng"), prov("Trà Vinh"), prov("Bạc Liêu"), prov("Cà Mau"), com("phường 2"), com("phường 5"), com("Tân Hưng")],
["Báo Sóc Trăng Online", "Thể thao » Phong trào", "Ghe ngo chùa Som Rông về đích trong nội dung ghe ngo nam. Ảnh: Trung Hiếu",
 "Cúp Truyền hình Sóc Trăng", "Lễ hội Oóc Om Bóc - Đua ghe ngo"],
["08/11/2022 06:00", "2 năm", "Covid-19", "2 ngày", "lần thứ IX", "9 phút 12 giây", "năm thứ 3", "trên 2 tháng", "mỗi ngày 2 buổi", "Hàng trăm nghìn người dân"]))

PAGES.append(page("b7435-ninhthuan-hoithao-bacai-2023", """
Báo Ninh Thuận điện tử
Văn hóa - Thể thao
Cập nhật: 08:20, 23/05/2023 (GMT+7)
Bác Ái: Hội thao các dân tộc thiểu số lần thứ VI năm 2023
Ngày 20 và 21/5, tại Trung tâm Văn hóa - Thể thao huyện Bác Ái, UBND huyện tổ chức Hội thao các dân tộc thiểu số huyện lần thứ VI năm 2023, chào mừng 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.
Bà Pinăng Thị Mận (giữa), Phó Chủ tịch UBND huyện trao cờ lưu niệm cho các đoàn.
Hội thao thu hút 9 đoàn đến từ 9 xã trong huyện với 286 vận động viên là người Raglai, Chăm, Kinh. Các vận động viên tranh tài 5 môn: bắn nỏ, đẩy gậy, kéo co, chạy việt dã và đi cà kheo. Theo ban tổ chức, số vận động viên nữ năm nay chiếm hơn một phần ba, là tỷ lệ cao nhất từ trước đến nay.
Phát biểu khai mạc, bà Pinăng Thị Mận, Phó Chủ tịch UBND huyện, Trưởng ban tổ chức hội thao cho biết, Bác Ái là huyện miền núi có trên 93% dân số là đồng bào Raglai. Thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện đã đầu tư 6 sân thể thao xã, cấp dụng cụ thể thao cho 31 thôn. Kinh phí tổ chức hội thao khoảng 120 triệu đồng.
Dự khai mạc có bà Chamaléa Thị Hòa, Trưởng Ban Dân vận Huyện ủy; ông Katơr Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện và các đồng chí trong Ban Thường vụ Huyện ủy.
Môn bắn nỏ là thế mạnh của người Raglai. Ông Pi Năng Bé, 68 tuổi, người có uy tín thôn Suối Rua, xã Phước Thành, năm nay vẫn dự thi và giành huy chương vàng bắn nỏ nam lão tướng. "Hồi trước người Raglai mình bắn nỏ để săn thú, giữ rẫy; giờ bắn nỏ để giữ văn hóa", ông Bé chia sẻ.
Ở môn kéo co nữ, đội xã Phước Bình gồm 10 chị em vừa đi rẫy về đã nhanh chóng khởi động, giành chiến thắng trước đội xã Phước Tân với tỷ số 2-0. Chị Mang Thị Huyền, đội trưởng, cho biết các chị tập kéo co vào buổi tối tại sân nhà văn hóa thôn suốt 3 tuần qua.
Bà Chamaléa Thị Hòa cho biết Ban Dân vận Huyện ủy đã phối hợp Huyện đoàn, Hội Liên hiệp Phụ nữ huyện vận động gần 100 đoàn viên, hội viên tham gia phục vụ hội thao; vận động 12 doanh nghiệp, cơ sở kinh doanh tài trợ nước uống, áo thi đấu cho các đoàn với tổng giá trị 35 triệu đồng.
Kết quả, xã Phước Bình giành giải nhất toàn đoàn, xã Phước Thành giải nhì, xã Phước Đại giải ba. Ban tổ chức đã trao 15 huy chương vàng, 15 huy chương bạc, 20 huy chương đồng cho các vận động viên.
Phú Lâm
Tin liên quan
- Ninh Phước: Hội thi trò chơi dân gian đồng bào Chăm (15/05/2023)
- Thuận Bắc tổ chức Đại hội TDTT huyện lần thứ IX (05/05/2023)
- Bác Ái trao 60 phần quà cho học sinh Raglai nghèo (20/04/2023)
""", "2023-05-23", "Bác Ái: Hội thao các dân tộc thiểu số lần thứ VI năm 2023",
E("khac", None, "2023-05-20"),
[P("Pinăng Thị Mận", "Phó Chủ tịch UBND huyện", "Trưởng ban tổ chức hội thao"),
 P("Chamaléa Thị Hòa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Katơr Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Pi Năng Bé", "người có uy tín thôn Suối Rua"),
 P("Mang Thị Huyền", "đội trưởng")],
[Q("9 đoàn", 9, "đoàn"), Q("9 xã", 9, "xã"), Q("286 vận động viên", 286, "vận động viên"), Q("5 môn", 5, "môn"),
 Q("trên 93%", 93, "%", "over"), Q("6 sân thể thao xã", 6, "sân thể thao xã"), Q("31 thôn", 31, "thôn"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("10 chị em", 10, "chị em"), Q("gần 100 đoàn viên, hội viên", 100, "đoàn viên, hội viên", "approx"),
 Q("12 doanh nghiệp, cơ sở kinh doanh", 12, "doanh nghiệp, cơ sở kinh doanh"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("15 huy chương vàng", 15, "huy chương vàng"), Q("15 huy chương bạc", 15, "huy chương bạc"), Q("20 huy chương đồng", 20, "huy chương đồng")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Thành"), com("Phước Bình"), com("Phước Tân"), com("Phước Đại")],
["Báo Ninh Thuận điện tử", "Văn hóa - Thể thao", "Bà Pinăng Thị Mận (giữa), Phó Chủ tịch UBND huyện trao cờ lưu niệm cho các đoàn.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 08:20, 23/05/2023 (GMT+7)", "lần thứ VI", "năm 2023", "133 năm", "một phần ba", "68 tuổi", "2-0", "3 tuần"]))

PAGES.append(page("b7436-binhphuoc-traoqua-vdv-2023", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ / Hoạt động / Công tác dân tộc
Thứ Sáu, 15/09/2023 - 16:05
Trao 200 suất quà cho vận động viên đồng bào dân tộc thiểu số dự Ngày hội văn hóa, thể thao
Chiều 14/9, tại xã Bình Minh, huyện Bù Đăng, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh và Công ty TNHH Cao su Phú Riềng tổ chức trao 200 suất quà cho vận động viên, nghệ nhân người S'tiêng, M'nông có hoàn cảnh khó khăn tham gia Ngày hội văn hóa, thể thao và du lịch các dân tộc thiểu số tỉnh Bình Phước lần thứ IV năm 2023.
Đồng chí Điểu Thị Lành trao quà cho các vận động viên.
Tham dự và trao quà có đồng chí Điểu Thị Lành, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Tâm, Phó Trưởng Ban Dân tộc tỉnh; đồng chí Điểu Mai, Huyện ủy viên, Phó Chủ tịch UBND huyện Bù Đăng.
Mỗi suất quà gồm 1 bộ trang phục thể thao, 10 kg gạo và 500.000 đồng tiền mặt, tổng trị giá khoảng 1 triệu đồng; tổng giá trị đợt trao quà gần 200 triệu đồng, trong đó công ty cao su đóng góp 120 triệu đồng. Đây là năm thứ hai Ban Dân vận Tỉnh ủy vận động doanh nghiệp đồng hành cùng vận động viên đồng bào dân tộc tham gia ngày hội.
Phát biểu tại buổi trao quà, đồng chí Điểu Thị Lành cho biết, ngày hội năm nay diễn ra từ ngày 15 đến 17/9/2023 với 11 đoàn, hơn 800 vận động viên, nghệ nhân của 11 huyện, thị xã, thành phố. Ngoài các môn thể thao dân tộc như bắn nỏ, đẩy gậy, kéo co, giã gạo, ngày hội còn có trình diễn cồng chiêng, tái hiện lễ hội mừng lúa mới của đồng bào S'tiêng. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 215-CV/BDVTU ngày 20/8/2023 đề nghị các huyện ủy chỉ đạo vận động người có uy tín, già làng tham gia các đoàn.
Đồng chí Điểu Thị Lành mong các vận động viên thi đấu trung thực, đoàn kết, phát huy tinh thần thượng võ; đồng thời tiếp tục là những người tuyên truyền, vận động bà con trong sóc, bon giữ gìn bản sắc văn hóa, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Nhận quà, bà Thị Bưng, 58 tuổi, nghệ nhân đánh chiêng ở sóc Bom Bo, xã Bình Minh, bày tỏ: "Được tặng quà, được đi hội là niềm vui lớn của bà con. Tôi sẽ cố gắng cùng đội cồng chiêng của xã đạt giải cao".
Cũng dịp này, đoàn đã đến thăm, tặng 3 căn nhà đại đoàn kết cho 3 hộ đồng bào S'tiêng nghèo tại xã Đồng Nai, mỗi căn trị giá 60 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động từ Quỹ "Vì người nghèo". Ông Điểu Lên, Chủ tịch UBND xã Đồng Nai, cho biết toàn xã hiện còn 37 hộ nghèo, chủ yếu là đồng bào S'tiêng.
Ngọc Bích
Tin khác
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý III/2023 (08/09/2023)
- Bù Gia Mập: Tuyên dương 45 người có uy tín tiêu biểu (28/08/2023)
- Lộc Ninh: Đối thoại với đồng bào dân tộc Khmer (15/08/2023)
""", "2023-09-15", "Trao 200 suất quà cho vận động viên đồng bào dân tộc thiểu số dự Ngày hội văn hóa, thể thao",
E("trao_qua", None, "2023-09-14"),
[P("Điểu Thị Lành", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tâm", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Mai", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Bù Đăng"),
 P("Thị Bưng", "nghệ nhân đánh chiêng ở sóc Bom Bo"),
 P("Điểu Lên", "Chủ tịch UBND xã Đồng Nai")],
[Q("200 suất quà", 200, "suất quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 1 triệu đồng", 1000000, "đồng", "approx"),
 Q("gần 200 triệu đồng", 200000000, "đồng", "approx"), Q("120 triệu đồng", 120000000, "đồng"), Q("11 đoàn", 11, "đoàn"),
 Q("hơn 800 vận động viên, nghệ nhân", 800, "vận động viên, nghệ nhân", "over"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("3 căn nhà đại đoàn kết", 3, "căn nhà đại đoàn kết"), Q("3 hộ đồng bào S'tiêng nghèo", 3, "hộ đồng bào S'tiêng nghèo"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("37 hộ nghèo", 37, "hộ nghèo")],
[D("Công văn", "215", "CV/BDVTU", "2023-08-20", "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU ngày 20/8/2023")],
[prov("Bình Phước"), com("Bình Minh"), com("Đồng Nai")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ / Hoạt động / Công tác dân tộc", "Đồng chí Điểu Thị Lành trao quà cho các vận động viên.",
 "Vì người nghèo", "Công ty TNHH Cao su Phú Riềng"],
["Thứ Sáu, 15/09/2023 - 16:05", "1 bộ trang phục thể thao", "năm thứ hai", "lần thứ IV", "năm 2023", "58 tuổi"]))

PAGES.append(page("b7437-kiengiang-soket-vhtt-khmer-2024", """
Cổng thông tin điện tử Ban Dân tộc tỉnh Kiên Giang
Tin hoạt động > Công tác dân tộc
Ngày 05/07/2024 | 14:20
Ảnh: Quang cảnh hội nghị.
Chuẩn bị chu đáo Hội thao, đua ghe ngo đồng bào Khmer dịp Lễ Ok Om Bok 2024
Sáng 4/7/2024, Ban Dân tộc tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm, trong đó tập trung chuẩn bị Hội thao các dân tộc thiểu số và Giải đua ghe ngo truyền thống của đồng bào Khmer dịp Lễ Ok Om Bok. Ông Danh Sóc Ra, Trưởng Ban Dân tộc tỉnh chủ trì hội nghị.
Báo cáo do ông Nguyễn Văn Lực, Phó Trưởng Ban Dân tộc tỉnh trình bày cho biết, 6 tháng đầu năm, Ban đã phối hợp tổ chức thăm, chúc Tết Chôl Chnăm Thmây tại 75 chùa Phật giáo Nam tông Khmer; hỗ trợ 11 đội văn nghệ, thể thao của các chùa mua sắm nhạc cụ, dụng cụ thi đấu với tổng kinh phí 550 triệu đồng. Tỉnh hiện có 16 chiếc ghe ngo, tập trung tại các huyện Gò Quao, Châu Thành, Giồng Riềng, trong đó 5 chiếc đã xuống cấp cần sửa chữa.
Thực hiện Kế hoạch số 98/KH-UBND ngày 16/5/2024 của UBND tỉnh, Hội thao các dân tộc thiểu số tỉnh năm 2024 dự kiến tổ chức trong 3 ngày, từ 13 đến 15/11/2024 tại xã Vĩnh Hòa Hưng Nam (huyện Gò Quao), gồm 6 môn: đua ghe ngo, kéo co, đẩy gậy, bóng chuyền, võ Kun Khmer và thi trang phục truyền thống. Dự kiến có khoảng 700 vận động viên tham gia, kinh phí 1,6 tỷ đồng.
Tại hội nghị, Hòa thượng Danh Nhận, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kh'mer Cần Thạnh, đề nghị hỗ trợ kinh phí sửa ghe sớm để các chùa kịp tập luyện; bà Thị Sa Mây, Phó Trưởng phòng Dân tộc huyện Gò Quao, cho biết huyện đã vận động được 180 tay bơi cho 3 ghe ngo, trong đó 1 ghe nữ.
Ông Danh Sóc Ra đề nghị các phòng chuyên môn phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh làm tốt công tác vận động sư sãi, người có uy tín; bảo đảm kinh phí hỗ trợ mỗi ghe ngo tham gia giải 30 triệu đồng tiền tập luyện; hoàn thành sửa chữa ghe trước ngày 30/9/2024. Ban cũng giao phòng Chính sách dân tộc tham mưu tổ chức tập huấn cho 40 trọng tài, cộng tác viên trong tháng 8.
Theo báo cáo, 6 tháng đầu năm toàn tỉnh có 96% hộ đồng bào Khmer đạt danh hiệu gia đình văn hóa; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 3,2%.
Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 8 tập thể và 12 cá nhân có thành tích trong công tác dân tộc 6 tháng đầu năm 2024.
Thanh Vy
Tin liên quan
- Gò Quao: 3 ghe ngo bắt đầu tập luyện (25/06/2024)
- Tổ chức thăm, chúc Tết Chôl Chnăm Thmây năm 2024 (10/04/2024)
- Hội nghị người có uy tín đồng bào dân tộc thiểu số năm 2024 (15/03/2024)
""", "2024-07-05", "Chuẩn bị chu đáo Hội thao, đua ghe ngo đồng bào Khmer dịp Lễ Ok Om Bok 2024",
E("so_ket", "2024-H1", "2024-07-04"),
[P("Danh Sóc Ra", "Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Văn Lực", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Danh Nhận", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kh'mer Cần Thạnh"),
 P("Thị Sa Mây", "Phó Trưởng phòng Dân tộc huyện Gò Quao")],
[Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"), Q("11 đội văn nghệ, thể thao", 11, "đội văn nghệ, thể thao"),
 Q("550 triệu đồng", 550000000, "đồng"), Q("16 chiếc ghe ngo", 16, "chiếc ghe ngo"), Q("5 chiếc", 5, "chiếc"), Q("6 môn", 6, "môn"),
 Q("khoảng 700 vận động viên", 700, "vận động viên", "approx"), Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("180 tay bơi", 180, "tay bơi"),
 Q("3 ghe ngo", 3, "ghe ngo"), Q("30 triệu đồng", 30000000, "đồng"), Q("40 trọng tài, cộng tác viên", 40, "trọng tài, cộng tác viên"),
 Q("96%", 96, "%"), Q("3,2%", 3.2, "%"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "98", "KH-UBND", "2024-05-16", "UBND tỉnh", "Kế hoạch số 98/KH-UBND ngày 16/5/2024")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam")],
["Cổng thông tin điện tử Ban Dân tộc tỉnh Kiên Giang", "Tin hoạt động > Công tác dân tộc", "Ảnh: Quang cảnh hội nghị.", "Ok Om Bok",
 "Chôl Chnăm Thmây", "Kun Khmer"],
["Ngày 05/07/2024 | 14:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "3 ngày", "1 ghe nữ", "Lễ Ok Om Bok 2024"]))

PAGES.append(page("b7438-yenbai-ngayhoi-mucangchai-2024", """
Báo Yên Bái
Xã hội / Văn hóa - Thể thao
T5, 21/03/2024 - 10:10
Mù Cang Chải: Hơn 700 người tham gia Ngày hội văn hóa, thể thao các dân tộc
Đội xã Chế Cu Nha thi đánh yến tại ngày hội. (Ảnh: Thanh Tâm)
YênBái - Ngày 19 và 20/3, tại sân vận động trung tâm thị trấn Mù Cang Chải, Ban Dân vận Huyện ủy phối hợp với UBND huyện tổ chức Ngày hội văn hóa, thể thao các dân tộc huyện Mù Cang Chải năm 2024 với chủ đề "Đoàn kết - Bản sắc - Phát triển".
Ngày hội có 14 đoàn của 13 xã, 1 thị trấn với hơn 700 vận động viên, diễn viên, trong đó trên 90% là đồng bào Mông. Trong 2 ngày, các đoàn thi 7 môn thể thao dân tộc và trò chơi dân gian: ném pao, đánh yến, bắn nỏ, đẩy gậy, kéo co, đánh cù (đánh quay), đi cà kheo; cùng các nội dung thi thổi khèn, hát dân ca Mông, trình diễn trang phục truyền thống.
Tham dự khai mạc có các đồng chí: Giàng A Tông - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Hờ A Dì - Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy; Lý Thị Vinh - Phó Chủ tịch UBND huyện.
Phát biểu khai mạc, đồng chí Hờ A Dì cho biết, năm 2023, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 12, 13-CT/HU về vận động nhân dân giữ gìn bản sắc văn hóa dân tộc Mông gắn với phát triển du lịch và về xây dựng nếp sống văn minh trong việc cưới, việc tang. Đến nay, toàn huyện đã thành lập 38 câu lạc bộ văn hóa dân gian, 26 đội thể thao thôn bản; 92% thôn, bản có quy ước, hương ước về bảo tồn văn hóa truyền thống.
Năm nay, ngày hội được tổ chức theo phương châm xã hội hóa, với kinh phí khoảng 250 triệu đồng; các doanh nghiệp du lịch, homestay trên địa bàn đóng góp 80 triệu đồng và 400 áo thi đấu. Ngoài vận động viên, ngày hội đã thu hút khoảng 5.000 lượt khách tham quan, trong đó có nhiều khách quốc tế.
Chị Sùng Thị Dia, 24 tuổi, vận động viên ném pao của xã Lao Chải, cho biết: "Ném pao là trò chơi mà con gái Mông ai cũng biết, thường chơi vào dịp Tết. Được thi ở ngày hội, mình vui lắm". Ông Giàng A Chu, Bí thư Chi bộ, Trưởng bản Sáng Nhù, xã Chế Cu Nha, đã vận động 35 người trong bản tham gia đội văn nghệ và đội kéo co.
Kết thúc ngày hội, Ban tổ chức trao 7 giải nhất, 7 giải nhì, 14 giải ba cho các tập thể, cá nhân; trao giải nhất toàn đoàn cho xã Chế Cu Nha, giải nhì cho xã Lao Chải và giải ba cho thị trấn Mù Cang Chải. Tổng giá trị giải thưởng gần 50 triệu đồng.
Thanh Tâm
Bài viết liên quan
- Trạm Tấu: Lễ hội Mùa xuân dân tộc Mông (28/02/2024)
- Mù Cang Chải đón hơn 10.000 du khách dịp Tết Giáp Thìn (18/02/2024)
- Văn Chấn: Hội thi trò chơi dân gian mừng Xuân (15/02/2024)
""", "2024-03-21", "Mù Cang Chải: Hơn 700 người tham gia Ngày hội văn hóa, thể thao các dân tộc",
E("khac", None, "2024-03-19"),
[P("Giàng A Tông", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hờ A Dì", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Vinh", "Phó Chủ tịch UBND huyện"),
 P("Sùng Thị Dia", "vận động viên ném pao của xã Lao Chải"),
 P("Giàng A Chu", "Bí thư Chi bộ", "Trưởng bản Sáng Nhù")],
[Q("14 đoàn", 14, "đoàn"), Q("13 xã", 13, "xã"),
 Q("hơn 700 vận động viên, diễn viên", 700, "vận động viên, diễn viên", "over"), Q("trên 90%", 90, "%", "over"),
 Q("7 môn thể thao dân tộc và trò chơi dân gian", 7, "môn thể thao dân tộc và trò chơi dân gian"),
 Q("38 câu lạc bộ văn hóa dân gian", 38, "câu lạc bộ văn hóa dân gian"), Q("26 đội thể thao thôn bản", 26, "đội thể thao thôn bản"), Q("92%", 92, "%"),
 Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("80 triệu đồng", 80000000, "đồng"), Q("400 áo thi đấu", 400, "áo thi đấu"),
 Q("khoảng 5.000 lượt khách tham quan", 5000, "lượt khách tham quan", "approx"), Q("35 người", 35, "người"),
 Q("7 giải nhất", 7, "giải nhất"), Q("7 giải nhì", 7, "giải nhì"), Q("14 giải ba", 14, "giải ba"), Q("gần 50 triệu đồng", 50000000, "đồng", "approx")],
[D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU"),
 D("Chỉ thị", "13", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Mù Cang Chải"), com("Lao Chải")],
["Báo Yên Bái", "Xã hội / Văn hóa - Thể thao", "Đội xã Chế Cu Nha thi đánh yến tại ngày hội. (Ảnh: Thanh Tâm)", "YênBái -",
 "Đoàn kết - Bản sắc - Phát triển"],
["T5, 21/03/2024 - 10:10", "1 thị trấn", "2 ngày", "năm 2024", "năm 2023", "24 tuổi"]))
