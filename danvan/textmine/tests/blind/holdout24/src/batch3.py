from lib import *
PAGES = []

PAGES.append(page("b545-kontum-hnd-giaoban-q1-2025", """
HỘI NÔNG DÂN TỈNH KON TUM
Vị trí: Trang chủ >> Tin tức >> Hoạt động các cấp Hội
08/04/2025 09:15
Hội Nông dân tỉnh giao ban công tác Hội
Ngày 7/4, Thường trực Hội Nông dân tỉnh Kon Tum tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý I/2025, triển khai nhiệm vụ trọng tâm quý II, trong bối cảnh chuẩn bị sắp xếp tổ chức bộ máy và sáp nhập tỉnh.
Quang cảnh hội nghị giao ban.
Dự hội nghị có bà Y Thị Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy; ông A Thuyên, Chủ tịch Hội Nông dân tỉnh; các ông Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Văn Thắng, A Hiếu cùng 12 đồng chí Chủ tịch Hội Nông dân các huyện, thành phố.
Quý I, các cấp Hội tiếp tục thực hiện Nghị quyết 46-NQ/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội; triển khai Hướng dẫn 02, 03-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2025. Toàn tỉnh kết nạp 1.064 hội viên mới; thành lập 9 chi hội nông dân nghề nghiệp và các tổ hội nghề nghiệp trồng sâm Ngọc Linh.
Quỹ Hỗ trợ nông dân cho vay 23 dự án với tổng số tiền 3,45 tỷ đồng, giúp 168 hộ hội viên phát triển trồng cà phê, mắc ca. Hội phối hợp mở 35 lớp dạy nghề, tập huấn kỹ thuật cho 1.470 lượt nông dân; cung ứng 210 tấn phân bón theo phương thức trả chậm, không lãi.
Tại xã Măng Ri và xã Đăk Na, ông A Blôm, Chi hội trưởng chi hội nông dân thôn Tu Thó, được tuyên dương vì vận động 17 hộ Xơ Đăng chuyển 24 ha đất rẫy kém hiệu quả sang trồng sâm dưới tán rừng. Giá sâm dây tại vườn hiện khoảng 1,2 triệu đồng/kg, cao gấp nhiều lần cây trồng cũ.
Phát biểu tại hội nghị, bà Y Thị Nguyệt đề nghị các cấp Hội giữ ổn định tư tưởng cán bộ, hội viên trong quá trình sắp xếp đơn vị hành chính; không để gián đoạn hoạt động ủy thác vốn vay Ngân hàng Chính sách xã hội; tiếp tục tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", bảo đảm hoàn thành trước ngày 31/10/2025.
Các đại biểu cũng đề xuất Hội Nông dân tỉnh sớm có hướng dẫn về việc bàn giao hồ sơ, tài sản, Quỹ Hỗ trợ nông dân cấp huyện khi không còn tổ chức cấp huyện; đề nghị duy trì các câu lạc bộ nông dân làm giàu ở thôn, làng đồng bào dân tộc thiểu số.
Phương Anh
Lượt xem: 437
Tin liên quan
- Hội Nông dân huyện Tu Mơ Rông tập huấn trồng sâm Ngọc Linh
- Nông dân Đăk Hà thu hoạch cà phê được mùa, được giá
- Kon Plông: Ra mắt tổ hợp tác trồng rau xứ lạnh
- Hội thi "Nhà nông đua tài" tỉnh Kon Tum lần thứ IV
- Sa Thầy: Vận động hội viên không phá rừng làm rẫy
- Ngọc Hồi: Nông dân liên kết trồng chanh dây xuất khẩu
""", "2025-04-08", "Hội Nông dân tỉnh giao ban công tác Hội",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Y Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thắng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("A Hiếu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("A Blôm", "Chi hội trưởng chi hội nông dân thôn Tu Thó")],
[Q("12 đồng chí", 12, "đồng chí"),
 Q("1.064 hội viên mới", 1064, "hội viên"),
 Q("9 chi hội nông dân nghề nghiệp", 9, "chi hội nông dân nghề nghiệp"),
 Q("23 dự án", 23, "dự án"),
 Q("3,45 tỷ đồng", 3450000000, "đồng"),
 Q("168 hộ hội viên", 168, "hộ hội viên"),
 Q("35 lớp", 35, "lớp"),
 Q("1.470 lượt nông dân", 1470, "lượt nông dân"),
 Q("210 tấn", 210, "tấn"),
 Q("17 hộ", 17, "hộ"),
 Q("24 ha", 24, "ha"),
 Q("khoảng 1,2 triệu đồng/kg", 1200000, "đồng", "approx")],
[D("Nghị quyết", "46", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 46-NQ/TW"),
 D("Hướng dẫn", "02", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn 02, 03-HD/HNDT"),
 D("Hướng dẫn", "03", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn 02, 03-HD/HNDT")],
[prov("Kon Tum"), com("Măng Ri"), com("Đăk Na")],
["HỘI NÔNG DÂN TỈNH KON TUM", "Vị trí: Trang chủ >> Tin tức >> Hoạt động các cấp Hội", "Quang cảnh hội nghị giao ban.",
 "thôn Tu Thó", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Ngân hàng Chính sách xã hội", "sâm Ngọc Linh", "Lượt xem: 437"],
["08/04/2025 09:15", "12 đồng chí", "quý II", "ngày 31/10/2025", "Lượt xem: 437"]))

PAGES.append(page("b546-ninhbinh-dangu-xa-doithoai-2025", """
ĐẢNG BỘ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH
Trang thông tin điện tử
Trang chủ | Tin hoạt động | Xây dựng Đảng
22/8/2025 | 10:30
Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với Nhân dân
Sáng 21/8, Ban Thường vụ Đảng ủy xã Xuân Trường (tỉnh Ninh Bình) phối hợp với UBND, Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025 - hội nghị đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp.
Đồng chí Trần Văn Quyết, Bí thư Đảng ủy xã, trả lời ý kiến của người dân.
Chủ trì hội nghị có đồng chí Trần Văn Quyết, Bí thư Đảng ủy xã; đồng chí Vũ Đức Thành, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Đỗ Thị Huyền, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có đồng chí Phạm Thị Ngân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng 185 đại biểu là bí thư chi bộ, trưởng xóm, người có uy tín và đại diện các giáo xứ.
Hội nghị thực hiện Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 05-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã. Trước hội nghị, Ủy ban MTTQ xã tổng hợp 36 ý kiến, kiến nghị; tại hội nghị có thêm 14 ý kiến phát biểu trực tiếp.
Các ý kiến tập trung vào thủ tục hành chính tại Trung tâm phục vụ hành chính công xã, việc sử dụng trụ sở dôi dư của 3 xã cũ, tiêu úng cho 420 ha lúa mùa và chế độ cho cán bộ không chuyên trách nghỉ việc. Ông Nguyễn Văn Bích, xóm 7 (xã Xuân Ninh cũ), đề nghị sớm chuyển trụ sở cũ thành nhà văn hóa, điểm sinh hoạt cộng đồng. Linh mục Giuse Phạm Văn Khải, chánh xứ Giáo xứ Kiên Lao, đề nghị xã quan tâm sửa chữa tuyến đường liên xóm dài 1,8 km trước mùa mưa bão.
Trả lời ý kiến, đồng chí Vũ Đức Thành cho biết, trong tháng 8, xã đã giải quyết 2.146 hồ sơ thủ tục hành chính, 98% đúng hạn; UBND xã bố trí 1,5 tỷ đồng nạo vét 12 tuyến kênh tiêu nội đồng. Đồng chí Trần Văn Quyết yêu cầu các ngành rà soát, trả lời bằng văn bản những ý kiến chưa giải quyết xong; giao Ủy ban MTTQ xã giám sát việc thực hiện các cam kết tại hội nghị, thực hiện tốt Quyết định 23-QĐ/TW về Quy chế công tác dân vận.
Kết thúc hội nghị, nhiều đại biểu đánh giá cuộc đối thoại diễn ra thẳng thắn, cởi mở; lãnh đạo xã lắng nghe, tiếp thu và trả lời cụ thể từng vấn đề, tạo niềm tin của Nhân dân với chính quyền mới.
Văn phòng Đảng ủy xã
Lượt xem: 1.322
Tin liên quan
- Xuân Trường: Ra mắt Trung tâm phục vụ hành chính công xã
- Đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2
- Ủy ban MTTQ xã ra mắt Ban Thường trực nhiệm kỳ mới
- Đoàn Thanh niên xã ra quân hỗ trợ người dân làm dịch vụ công trực tuyến
""", "2025-08-22", "Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với Nhân dân",
E("doi_thoai", "2025", "2025-08-21"),
[P("Trần Văn Quyết", "Bí thư Đảng ủy xã"),
 P("Vũ Đức Thành", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Thị Huyền", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Thị Ngân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bích"),
 P("Phạm Văn Khải", "Linh mục", "chánh xứ Giáo xứ Kiên Lao")],
[Q("185 đại biểu", 185, "đại biểu"),
 Q("36 ý kiến", 36, "ý kiến"),
 Q("14 ý kiến", 14, "ý kiến"),
 Q("3 xã cũ", 3, "xã cũ"),
 Q("420 ha", 420, "ha"),
 Q("1,8 km", 1.8, "km"),
 Q("2.146 hồ sơ", 2146, "hồ sơ"),
 Q("98% đúng hạn", 98, "%"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("12 tuyến kênh", 12, "tuyến kênh")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 05-KH/ĐU"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW")],
[prov("Ninh Bình"), com("Xuân Trường"), com("Xuân Ninh")],
["ĐẢNG BỘ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH", "Trang thông tin điện tử", "Trang chủ | Tin hoạt động | Xây dựng Đảng",
 "Đồng chí Trần Văn Quyết, Bí thư Đảng ủy xã, trả lời ý kiến của người dân.", "Giáo xứ Kiên Lao",
 "Trung tâm phục vụ hành chính công xã", "Văn phòng Đảng ủy xã", "Lượt xem: 1.322"],
["22/8/2025 | 10:30", "chính quyền địa phương 2 cấp", "xóm 7", "trong tháng 8", "lần thứ 2", "Lượt xem: 1.322"]))

PAGES.append(page("b547-khanhhoa-mttq-traonha-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ » An sinh xã hội » Vì người nghèo
17.10.2025 | 15:30
Hoàn thành xóa nhà tạm, nhà dột nát: Trao 48 căn nhà cho hộ nghèo vùng đồng bào Chăm, Raglai
Chiều 16/10, tại xã Phước Hà, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lễ bàn giao 48 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số ở các xã thuộc tỉnh Ninh Thuận cũ, đánh dấu việc hoàn thành chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh.
Bà Chamaléa Thị Thủy trao nhà cho gia đình bà Pinăng Thị Lới.
Dự buổi lễ có ông Đặng Văn Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các bà, ông Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Chamaléa Thị Thủy, Quảng Đại Sơn; ông Lê Văn Tài, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Thực hiện Nghị quyết 42-NQ/TW của BCH Trung ương về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội và Hướng dẫn 14-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo" và nguồn vận động xã hội hóa; người dân góp thêm ngày công, vật liệu. Tổng kinh phí đợt này gần 3,2 tỷ đồng.
Lũy kế từ khi phát động phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận các cấp trên địa bàn tỉnh đã phối hợp xây mới, sửa chữa 2.375 căn nhà, trong đó 1.618 căn xây mới, với tổng kinh phí hơn 128 tỷ đồng; huy động 16.400 ngày công của đoàn viên, hội viên, cán bộ, chiến sĩ lực lượng vũ trang.
Bà Pinăng Thị Lới, thôn Tà Lú, xúc động: "Cả đời ở nhà tranh vách đất, nay 4 mẹ con có nhà mới, mưa bão không còn lo". Ông Quảng Văn Đạo, người có uy tín thôn Hữu Đức, xã Phước Hữu, được biểu dương vì đã vận động con cháu góp công giúp 5 gia đình trong thôn dựng nhà.
Phát biểu tại buổi lễ, ông Đặng Văn Thanh đề nghị chính quyền các xã tiếp tục quan tâm hỗ trợ sinh kế để người dân ổn định cuộc sống lâu dài, đúng phương châm "an cư, lạc nghiệp"; Ban công tác Mặt trận ở các thôn theo dõi, giúp đỡ những hộ vừa nhận nhà, không để tái nghèo.
Dịp này, Ủy ban MTTQ tỉnh tặng mỗi gia đình nhận nhà 1 suất quà gồm chăn màn, gạo và nhu yếu phẩm; các doanh nghiệp đồng hành tặng thêm tủ, giường, bộ bàn ghế cho những hộ có hoàn cảnh đặc biệt khó khăn.
Thanh Bình
Lượt xem: 706
Các tin khác
- Khánh Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm
- Ủy ban MTTQ tỉnh giám sát việc hỗ trợ nhà ở cho người có công
- Cam Ranh: Đồng bào Công giáo chung tay xây nhà cho người nghèo
- Mặt trận các xã vùng cao ra mắt mô hình "Khu dân cư an toàn"
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ học sinh vùng khó
""", "2025-10-17", "Hoàn thành xóa nhà tạm, nhà dột nát: Trao 48 căn nhà cho hộ nghèo vùng đồng bào Chăm, Raglai",
E("trao_qua", None, "2025-10-16"),
[P("Đặng Văn Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chamaléa Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Đại Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tài", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Pinăng Thị Lới"),
 P("Quảng Văn Đạo", "người có uy tín thôn Hữu Đức")],
[Q("48 căn nhà", 48, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("2.375 căn nhà", 2375, "căn nhà"),
 Q("1.618 căn", 1618, "căn"),
 Q("hơn 128 tỷ đồng", 128000000000, "đồng", "over"),
 Q("16.400 ngày công", 16400, "ngày công"),
 Q("4 mẹ con", 4, "mẹ con"),
 Q("5 gia đình", 5, "gia đình"),
 Q("1 suất quà", 1, "suất quà")],
[D("Nghị quyết", "42", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 42-NQ/TW"),
 D("Hướng dẫn", "14", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 14-HD/MTTQ-BTT")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà"), com("Phước Hữu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ » An sinh xã hội » Vì người nghèo",
 "Bà Chamaléa Thị Thủy trao nhà cho gia đình bà Pinăng Thị Lới.", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "an cư, lạc nghiệp", "thôn Tà Lú", "thôn Hữu Đức", "Lượt xem: 706"],
["17.10.2025 | 15:30", "Lượt xem: 706"]))

PAGES.append(page("b548-dongnai-congdoan-taphuan-2025", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Tuyên truyền - Giáo dục
Thứ Tư, 26/11/2025 - 14:20
Học viên thảo luận nhóm tại lớp tập huấn.
Tập huấn Luật Công đoàn cho 210 chủ tịch công đoàn cơ sở
Trong 2 ngày 24 và 25/11, Liên đoàn Lao động tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm 2025 cho 210 học viên là chủ tịch, phó chủ tịch công đoàn cơ sở khu vực phía bắc tỉnh (địa bàn tỉnh Bình Phước trước đây).
Phát biểu khai giảng lớp học, bà Điểu Thị Hồng, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết đây là lớp tập huấn tập trung đầu tiên dành cho cán bộ công đoàn khu vực Bình Phước sau khi hợp nhất tỉnh. Dự khai giảng có ông Huỳnh Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trương Quang Vũ, Chủ tịch Liên đoàn Lao động tỉnh; các Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Thị Ánh Tuyết, Thị Mai Hương.
Học viên được truyền đạt 5 chuyên đề, trong đó trọng tâm là những điểm mới của Luật Công đoàn số 50/2024/QH15, có hiệu lực từ ngày 01/7/2025; Hướng dẫn 06/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam về công tác tài chính công đoàn và Kế hoạch số 86/KH-LĐLĐ ngày 03/9/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh về đối thoại tại nơi làm việc.
Theo báo cáo, 10 tháng năm 2025, công đoàn các cấp trong tỉnh đã phát triển 18.650 đoàn viên, thành lập 74 công đoàn cơ sở; tham gia tổ chức 1.320 cuộc đối thoại định kỳ tại doanh nghiệp; ký kết 286 bản thỏa ước lao động tập thể. Công đoàn các cấp đã hỗ trợ 320 đoàn viên khó khăn về nhà ở với tổng kinh phí khoảng 12,8 tỷ đồng.
Chị Thị Loan, người Stiêng, Chủ tịch Công đoàn cơ sở Công ty TNHH Cao su Phú Riềng Xanh, chia sẻ: "Công nhân đồng bào ở nông trường phần lớn ngại nói. Mình phải xuống tận lô cao su, nói bằng tiếng của bà con thì họ mới nói ra vướng mắc về lương, về giờ làm". Anh Nguyễn Hữu Phước, Chủ tịch Công đoàn cơ sở Công ty CP Gỗ Tân Thành, đề nghị tăng thời lượng thực hành kỹ năng thương lượng.
Bế giảng lớp học, ông Trương Quang Vũ đề nghị mỗi học viên về cơ sở tham mưu tổ chức ít nhất 1 cuộc đối thoại với người sử dụng lao động trước Tết Nguyên đán, kịp thời nắm bắt tình hình tiền lương, thưởng Tết; thực hiện tốt phong trào "Dân vận khéo" trong công nhân lao động.
Minh Châu
Lượt xem: 389
Tin liên quan
- Đồng Nai: Hơn 1.200 đoàn viên được hỗ trợ vé xe về quê đón Tết
- Công đoàn Khu công nghiệp Nhơn Trạch tổ chức "Tháng Công nhân"
- LĐLĐ tỉnh ký kết chương trình phối hợp với Sở Nội vụ
- Tuyên dương 50 cán bộ công đoàn cơ sở tiêu biểu
- Công đoàn ngành Cao su tặng "Mái ấm Công đoàn" cho công nhân
""", "2025-11-26", "Tập huấn Luật Công đoàn cho 210 chủ tịch công đoàn cơ sở",
E("tap_huan", "2025", "2025-11-24"),
[P("Điểu Thị Hồng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Huỳnh Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Quang Vũ", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Thị Ánh Tuyết", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Mai Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Loan", "Chủ tịch Công đoàn cơ sở Công ty TNHH Cao su Phú Riềng Xanh"),
 P("Nguyễn Hữu Phước", "Chủ tịch Công đoàn cơ sở Công ty CP Gỗ Tân Thành")],
[Q("210 chủ tịch công đoàn cơ sở", 210, "chủ tịch công đoàn cơ sở"),
 Q("5 chuyên đề", 5, "chuyên đề"),
 Q("18.650 đoàn viên", 18650, "đoàn viên"),
 Q("74 công đoàn cơ sở", 74, "công đoàn cơ sở"),
 Q("1.320 cuộc đối thoại", 1320, "cuộc đối thoại"),
 Q("286 bản thỏa ước lao động tập thể", 286, "bản thỏa ước lao động tập thể"),
 Q("320 đoàn viên", 320, "đoàn viên"),
 Q("khoảng 12,8 tỷ đồng", 12800000000, "đồng", "approx")],
[D("Luật", "50", "2024/QH15", None, None, "Luật Công đoàn số 50/2024/QH15"),
 D("Hướng dẫn", "06", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn 06/HD-TLĐ"),
 D("Kế hoạch", "86", "KH-LĐLĐ", "2025-09-03", "Ban Thường vụ Liên đoàn Lao động tỉnh", "Kế hoạch số 86/KH-LĐLĐ")],
[prov("Đồng Nai"), prov("Bình Phước")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Trang chủ > Tin tức > Tuyên truyền - Giáo dục", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Công ty TNHH Cao su Phú Riềng Xanh", "Công ty CP Gỗ Tân Thành", "Dân vận khéo", "Lượt xem: 389"],
["Thứ Tư, 26/11/2025 - 14:20", "2 ngày 24 và 25/11", "ngày 01/7/2025", "10 tháng năm 2025", "ít nhất 1 cuộc đối thoại", "Lượt xem: 389"]))

PAGES.append(page("b549-tayninh-ccb-tongket-2025", """
HỘI CỰU CHIẾN BINH TỈNH TÂY NINH
Trang chủ :: Hoạt động Hội :: Tin tức
19/12/2025, 08:05
Hội Cựu chiến binh tỉnh Tây Ninh tổng kết công tác Hội năm 2025
Ngày 18/12, Ban Chấp hành Hội Cựu chiến binh tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025 - năm đầu tiên hoạt động sau hợp nhất Hội CCB hai tỉnh Tây Ninh và Long An.
Đại tá Nguyễn Văn Hùng trao Bằng khen cho các tập thể.
Dự hội nghị có Trung tướng Võ Văn Mẫn, Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam, Phó Chủ tịch Hội CCB Việt Nam; đồng chí Lê Thị Bé Năm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh; các Phó Chủ tịch Hội CCB tỉnh: Đại tá Trần Minh Sang, Thượng tá Huỳnh Công Luận, Trung tá Danh Sương.
Năm 2025, các cấp Hội thực hiện Nghị quyết 01, 02-NQ/CCB của Ban Chấp hành Hội CCB tỉnh về kiện toàn tổ chức, ổn định hoạt động sau sắp xếp. Hội CCB tỉnh hiện có 41.370 hội viên, sinh hoạt tại 96 Hội CCB xã, phường và 1.214 chi hội. Trong năm, kết nạp 1.905 hội viên mới; 100% hội viên được học tập, quán triệt các văn kiện Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Phong trào "CCB gương mẫu" gắn với cuộc vận động "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục được đẩy mạnh. Các cấp Hội giúp 236 hộ hội viên thoát nghèo; xây mới 58 căn nhà "Nghĩa tình đồng đội" trị giá 3,48 tỷ đồng; có 2.730 hộ CCB sản xuất, kinh doanh giỏi, nhiều doanh nghiệp của CCB tạo việc làm ổn định cho con em hội viên. Hội CCB tỉnh nhận ủy thác dư nợ 1.126 tỷ đồng qua Ngân hàng Chính sách xã hội.
Ông Lê Văn Tám, 78 tuổi, thương binh 2/4, hội viên Hội CCB xã Tân Châu, được biểu dương vì 10 năm liền hiến đất, vận động bà con làm đường, góp 450 triệu đồng xây cầu nông thôn.
Kết luận hội nghị, Đại tá Nguyễn Văn Hùng đề nghị năm 2026 các cấp Hội tập trung tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; giữ vững truyền thống "Trung thành - Đoàn kết - Gương mẫu - Đổi mới"; tích cực tham gia bảo vệ nền tảng tư tưởng của Đảng.
Tại hội nghị, các đại biểu tập trung thảo luận về việc kiện toàn tổ chức Hội ở các xã, phường mới, bảo đảm quyền lợi của hội viên là cán bộ cấp huyện nghỉ hưu trước tuổi, cũng như cách thức sinh hoạt của các chi hội ở ấp biên giới. Nhiều ý kiến kiến nghị Hội CCB tỉnh sớm tổng kết mô hình "Tổ CCB tự quản đường biên, mốc quốc giới" để nhân rộng.
Phương Nam
Lượt xem: 512
TIN CÙNG CHUYÊN MỤC
- Hội CCB tỉnh tổ chức gặp mặt kỷ niệm 36 năm Ngày truyền thống Hội
- CCB Bến Lức làm kinh tế giỏi từ trang trại bò sữa
- Tây Ninh: Hội CCB tham gia giữ gìn an ninh biên giới
- CCB Hòa Thành trao 20 suất học bổng cho học sinh nghèo
""", "2025-12-19", "Hội Cựu chiến binh tỉnh Tây Ninh tổng kết công tác Hội năm 2025",
E("tong_ket", "2025", "2025-12-18"),
[P("Võ Văn Mẫn", "Trung tướng", "Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Hội CCB Việt Nam"),
 P("Lê Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Trần Minh Sang", "Phó Chủ tịch Hội CCB tỉnh", "Đại tá"),
 P("Huỳnh Công Luận", "Phó Chủ tịch Hội CCB tỉnh", "Thượng tá"),
 P("Danh Sương", "Phó Chủ tịch Hội CCB tỉnh", "Trung tá"),
 P("Lê Văn Tám", "thương binh 2/4", "hội viên Hội CCB xã Tân Châu")],
[Q("41.370 hội viên", 41370, "hội viên"),
 Q("96 Hội CCB xã, phường", 96, "Hội CCB xã, phường"),
 Q("1.214 chi hội", 1214, "chi hội"),
 Q("1.905 hội viên mới", 1905, "hội viên"),
 Q("100% hội viên", 100, "%"),
 Q("236 hộ hội viên", 236, "hộ hội viên"),
 Q("58 căn nhà", 58, "căn nhà"),
 Q("3,48 tỷ đồng", 3480000000, "đồng"),
 Q("2.730 hộ CCB", 2730, "hộ CCB"),
 Q("1.126 tỷ đồng", 1126000000000, "đồng"),
 Q("450 triệu đồng", 450000000, "đồng")],
[D("Nghị quyết", "01", "NQ/CCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết 01, 02-NQ/CCB"),
 D("Nghị quyết", "02", "NQ/CCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết 01, 02-NQ/CCB")],
[prov("Tây Ninh"), prov("Long An"), com("Tân Châu")],
["HỘI CỰU CHIẾN BINH TỈNH TÂY NINH", "Trang chủ :: Hoạt động Hội :: Tin tức", "Đại tá Nguyễn Văn Hùng trao Bằng khen cho các tập thể.",
 "CCB gương mẫu", "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội",
 "Trung thành - Đoàn kết - Gương mẫu - Đổi mới", "Ngân hàng Chính sách xã hội", "Lượt xem: 512"],
["19/12/2025, 08:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "78 tuổi", "thương binh 2/4", "10 năm liền", "khóa XVI", "năm 2026", "Lượt xem: 512"]))

PAGES.append(page("b550-thainguyen-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ >> Tin hoạt động >> Công tác dân vận
Thứ Năm, 08/01/2026 06:00 (GMT+7)
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Công tác dân vận góp phần quan trọng vào thành công của năm đầu vận hành chính quyền 2 cấp
Chiều 7/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối tới 92 điểm cầu xã, phường.
Dự hội nghị tại điểm cầu Tỉnh ủy có đồng chí Hà Thị Bích Liên, Phó Bí thư Tỉnh ủy; đồng chí Ma Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Thị Nga, Triệu Tiến Dũng, Nông Văn Khải.
Đồng chí Ma Văn Tuấn trình bày báo cáo tổng kết.
Năm 2025, Ban tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 17, 18-KL/TU về công tác dân vận trong sắp xếp đơn vị hành chính; phối hợp triển khai Quyết định 99-QĐ/TW của Ban Bí thư về khung nội dung, chương trình bồi dưỡng công tác dân vận và Hướng dẫn số 03-HD/BTGDVTU ngày 20/8/2025 hướng dẫn thực hiện phong trào thi đua "Dân vận khéo" giai đoạn mới. Toàn tỉnh có 3.468 mô hình "Dân vận khéo" được công nhận, trong đó 412 mô hình cấp tỉnh.
Công tác dân vận đã góp phần vận động nhân dân đồng thuận với việc hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên; 98,6% cử tri đồng ý với phương án sắp xếp. Mặt trận và các đoàn thể vận động xây mới, sửa chữa 1.962 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn, với tổng kinh phí hơn 97 tỷ đồng; nhân dân hiến 28,5 ha đất làm đường, trường học.
Tiêu biểu, tại xã Bằng Thành, ông Hoàng Văn Pấu, Bí thư Chi bộ thôn Khuổi Slam, đã vận động 43 hộ người Dao hiến đất, góp 1.100 ngày công mở đường vào thôn. Tại phường Phan Đình Phùng, bà Lương Thị Mến, Tổ trưởng tổ dân phố số 9, được tặng Bằng khen của Chủ tịch UBND tỉnh.
Phát biểu chỉ đạo, đồng chí Hà Thị Bích Liên đề nghị năm 2026 tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tiếp tục thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Hội nghị khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc.
Thu Phương
Lượt xem: 1.486
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý IV/2025
- Thái Nguyên: Tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW
- Xã Chợ Đồn ra mắt mô hình "Dân vận khéo" trong chuyển đổi số
- Tập huấn nghiệp vụ cho cán bộ tuyên giáo và dân vận cơ sở
""", "2026-01-08", "Công tác dân vận góp phần quan trọng vào thành công của năm đầu vận hành chính quyền 2 cấp",
E("tong_ket", "2025", "2026-01-07"),
[P("Hà Thị Bích Liên", "Phó Bí thư Tỉnh ủy"),
 P("Ma Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Tiến Dũng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Văn Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pấu", "Bí thư Chi bộ thôn Khuổi Slam"),
 P("Lương Thị Mến", "Tổ trưởng tổ dân phố số 9")],
[Q("92 điểm cầu", 92, "điểm cầu"),
 Q("3.468 mô hình", 3468, "mô hình"),
 Q("412 mô hình", 412, "mô hình"),
 Q("98,6% cử tri", 98.6, "%"),
 Q("1.962 căn nhà", 1962, "căn nhà"),
 Q("hơn 97 tỷ đồng", 97000000000, "đồng", "over"),
 Q("28,5 ha", 28.5, "ha"),
 Q("43 hộ", 43, "hộ"),
 Q("1.100 ngày công", 1100, "ngày công"),
 Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-08-20", None, "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Bằng Thành"), com("Phan Đình Phùng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ >> Tin hoạt động >> Công tác dân vận",
 "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Đồng chí Ma Văn Tuấn trình bày báo cáo tổng kết.", "Dân vận khéo",
 "thôn Khuổi Slam", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Lượt xem: 1.486"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Năm, 08/01/2026 06:00 (GMT+7)", "chính quyền 2 cấp", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "tổ dân phố số 9", "Lượt xem: 1.486"]))
