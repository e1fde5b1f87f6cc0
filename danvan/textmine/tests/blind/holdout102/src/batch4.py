from lib import *
PAGES = []

PAGES.append(page("b2423-kontum-chandung-truongcax-2025", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ > Phóng sự - Ghi chép
Ngày đăng 04/03/2025 | 10:00
Thượng úy A Kiên (bên phải) trò chuyện với già làng A Thép.
Người "trưởng công an" của làng Xơ Đăng
Ở xã Đăk Na, huyện Tu Mơ Rông, tỉnh Kon Tum, ai cũng biết Thượng úy A Kiên, Trưởng Công an xã. Anh là người Xơ Đăng, sinh ra ở làng Kon Tuân, tốt nghiệp Trường Cao đẳng Cảnh sát nhân dân rồi về công tác tại quê nhà từ năm 2020, khi công an chính quy được bố trí về xã.
Xã Đăk Na có 9 thôn với 1.027 hộ, hơn 98% là đồng bào Xơ Đăng. Những ngày đầu, bà con còn ngại tiếp xúc với cán bộ mặc cảnh phục. A Kiên cùng 4 đồng đội xuống từng nhà, nói tiếng Xơ Đăng, giúp dân thu hoạch sâm dây, sửa nhà. Có lần, anh đi bộ hơn nửa ngày đường rừng vào khu sản xuất của thôn Đăk Viên để hòa giải một vụ tranh chấp ranh giới rẫy giữa hai anh em ruột, ở lại ăn cơm, ngủ nhà sàn cùng bà con đến khi hai bên bắt tay nhau. Dần dần, người dân tin tưởng, chủ động báo tin. Năm 2024, Công an xã tiếp nhận 43 tin báo, giải quyết dứt điểm 41 tin; hòa giải thành 18 vụ mâu thuẫn về đất rẫy; không để xảy ra trọng án.
Anh cùng Ban Công tác Mặt trận các thôn thành lập 9 tổ tự quản với 63 thành viên và mô hình "Làng không có người vi phạm pháp luật". Theo Kế hoạch số 36/KH-UBND ngày 12/3/2024 của UBND xã, các tổ phối hợp tuần tra bảo vệ 1.200 ha rừng phòng hộ, ngăn chặn 6 vụ phá rừng làm rẫy.
Già làng A Thép ở thôn Kon Tuân kể: "Trước đây có người trong làng nghe kẻ xấu rủ theo đạo lạ, A Kiên đến nhà ngồi với tôi cả đêm, cùng đi nói chuyện với từng gia đình. Giờ cả 12 hộ đã quay về". Chị Y Nhanh, Chủ tịch Hội LHPN xã, cho biết nhờ A Kiên vận động mà năm 2024 xã không còn trường hợp tảo hôn nào được ghi nhận ở 3 thôn vùng sâu.
Đồng chí A Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã Đăk Na, nhận xét: "Công an xã chính quy, lại là con em đồng bào, đã làm thay đổi cách nghĩ của bà con về lực lượng công an". Năm 2024, A Kiên được Giám đốc Công an tỉnh tặng giấy khen, được Ban Thường vụ Huyện ủy Tu Mơ Rông biểu dương là điển hình "Dân vận khéo".
Nói về dự định, A Kiên cho biết sẽ cùng công an viên các thôn tiếp tục làm tốt việc cấp căn cước, thu thập dữ liệu dân cư theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ, để bà con ở những thôn xa nhất cũng được hưởng lợi từ dịch vụ công trực tuyến. Hiện 2.954 người dân trong xã đã có tài khoản định danh điện tử.
Bài và ảnh: Phan Hòa
Lượt xem: 1.102
Tin liên quan
- Tu Mơ Rông: 200 hộ được hỗ trợ cây sâm giống (25/02/2025)
- Công an tỉnh trao 50 xe máy cho công an xã vùng sâu (14/02/2025)
- Đăk Glei tổ chức Ngày hội Toàn dân bảo vệ ANTQ (19/08/2024)
- Gương sáng người có uy tín ở Sa Thầy (12/08/2024)
""", "2025-03-04", "Người \"trưởng công an\" của làng Xơ Đăng",
E("khac", None, None),
[P("A Kiên", "Thượng úy", "Trưởng Công an xã"),
 P("A Thép", "Già làng"),
 P("Y Nhanh", "Chủ tịch Hội LHPN xã"),
 P("A Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đăk Na")],
[Q("9 thôn", 9, "thôn"), Q("1.027 hộ", 1027, "hộ"), Q("hơn 98%", 98, "%", "over"), Q("4 đồng đội", 4, "đồng đội"),
 Q("43 tin báo", 43, "tin báo"), Q("41 tin", 41, "tin"), Q("18 vụ mâu thuẫn về đất rẫy", 18, "vụ mâu thuẫn về đất rẫy"),
 Q("9 tổ tự quản", 9, "tổ tự quản"), Q("63 thành viên", 63, "thành viên"), Q("1.200 ha", 1200, "ha"),
 Q("6 vụ phá rừng làm rẫy", 6, "vụ phá rừng làm rẫy"), Q("12 hộ", 12, "hộ"), Q("3 thôn vùng sâu", 3, "thôn vùng sâu"),
 Q("2.954 người dân", 2954, "người dân")],
[D("Kế hoạch", "36", "KH-UBND", "2024-03-12", "UBND xã", "Kế hoạch số 36/KH-UBND ngày 12/3/2024"),
 D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022")],
[prov("Kon Tum"), com("Đăk Na")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ > Phóng sự - Ghi chép", "Thượng úy A Kiên (bên phải) trò chuyện với già làng A Thép.",
 "Làng không có người vi phạm pháp luật", "Dân vận khéo", "Lượt xem: 1.102"],
["Ngày đăng 04/03/2025 | 10:00", "từ năm 2020", "Năm 2024", "năm 2024", "Lượt xem: 1.102"]))

PAGES.append(page("b2424-tuyenquang-xa-traoqua-tobaove-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Mặt trận - Đoàn thể
Thứ Ba, 19/08/2025 - 16:30
Trao 120 suất quà cho tổ bảo vệ an ninh, trật tự ở cơ sở
Chiều 18/8, nhân dịp kỷ niệm 20 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 - 19/8/2025), Ủy ban MTTQ Việt Nam xã Bạch Đích phối hợp Công an xã trao 120 suất quà cho thành viên các tổ bảo vệ an ninh, trật tự ở cơ sở có hoàn cảnh khó khăn. Mỗi suất quà gồm 500.000 đồng tiền mặt và 1 bộ áo mưa, đèn pin, tổng trị giá 78 triệu đồng do Công ty Cổ phần Đá Yên Minh và các nhà hảo tâm ủng hộ.
Đồng chí Thào Mí Chá trao quà cho thành viên tổ bảo vệ an ninh, trật tự thôn Phìn Ủng.
Dự buổi trao quà có đồng chí Thào Mí Chá, Bí thư Đảng ủy xã; đồng chí Bàn Thị Mây, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; Thiếu tá Lý Seo Vần, Trưởng Công an xã.
Xã Bạch Đích được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 3 xã Bạch Đích, Phú Lũng, Na Khê thuộc huyện Yên Minh cũ, nay là một trong những xã vùng cao của tỉnh Tuyên Quang, có 31 thôn với hơn 4.800 hộ, chủ yếu là đồng bào Mông, Dao, Giáy. Sau khi bỏ cấp huyện, xã hiện có 31 tổ bảo vệ an ninh, trật tự với 93 thành viên, thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 và Nghị quyết số 15/2024/NQ-HĐND của HĐND tỉnh Hà Giang (cũ) về mức hỗ trợ hằng tháng.
Báo cáo của Công an xã cho thấy, từ đầu năm 2025 các tổ đã phối hợp tuần tra 412 lượt, phát hiện và báo tin 11 vụ việc; vận động 2 đối tượng truy nã ra đầu thú, 26 hộ giao nộp súng kíp tự chế. Trên địa bàn xã không còn diện tích trồng cây thuốc phiện; 5 người nghiện ma túy đang cai tại cộng đồng.
Phát biểu tại buổi trao quà, đồng chí Thào Mí Chá ghi nhận những thành viên tổ bảo vệ an ninh, trật tự dù phụ cấp còn thấp vẫn ngày đêm bám thôn, giữ bình yên cho bà con; đề nghị các tổ phát huy vai trò trong thực hiện Kế hoạch số 08-KH/ĐU ngày 15/7/2025 của Đảng ủy xã về bảo đảm an ninh, trật tự sau khi vận hành chính quyền địa phương hai cấp.
Anh Vàng Mí Dính, Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Phìn Ủng, xúc động nói món quà tuy nhỏ nhưng là nguồn động viên để anh em tiếp tục gắn bó với công việc. Thôn Phìn Ủng nằm sát đường tỉnh lộ, nhiều người lạ qua lại vào ngày chợ phiên, tổ phải thay nhau trực ở nhà văn hóa thôn và đi kiểm tra các lán nương vào ban đêm.
Cùng ngày, 31 thôn trong xã đồng loạt tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025 với các hoạt động văn nghệ, thể thao truyền thống.
Ban Biên tập
Lượt truy cập: 28.416
Tin liên quan
- Đảng ủy xã Bạch Đích tổ chức hội nghị quán triệt nghị quyết (08/08/2025)
- Ra mắt Trung tâm Phục vụ hành chính công xã (01/07/2025)
- Công an xã tuyên truyền phòng, chống mua bán người tại chợ phiên (20/06/2025)
""", "2025-08-19", "Trao 120 suất quà cho tổ bảo vệ an ninh, trật tự ở cơ sở",
E("trao_qua", None, "2025-08-18"),
[P("Thào Mí Chá", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Mây", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Seo Vần", "Thiếu tá", "Trưởng Công an xã"),
 P("Vàng Mí Dính", "Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Phìn Ủng")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("78 triệu đồng", 78000000, "đồng"),
 Q("3 xã", 3, "xã"), Q("31 thôn", 31, "thôn"), Q("hơn 4.800 hộ", 4800, "hộ", "over"),
 Q("31 tổ bảo vệ an ninh, trật tự", 31, "tổ bảo vệ an ninh, trật tự"), Q("93 thành viên", 93, "thành viên"),
 Q("412 lượt", 412, "lượt"), Q("11 vụ việc", 11, "vụ việc"), Q("2 đối tượng truy nã", 2, "đối tượng truy nã"),
 Q("26 hộ", 26, "hộ"), Q("5 người nghiện ma túy", 5, "người nghiện ma túy")],
[D("Luật", "30", "2023/QH15", None, None, "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15"),
 D("Nghị quyết", "15", "2024/NQ-HĐND", None, "HĐND tỉnh Hà Giang (cũ)", "Nghị quyết số 15/2024/NQ-HĐND của HĐND tỉnh Hà Giang (cũ)"),
 D("Kế hoạch", "08", "KH/ĐU", "2025-07-15", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 15/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Bạch Đích"), com("Phú Lũng"), com("Na Khê")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ BẠCH ĐÍCH - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Mặt trận - Đoàn thể",
 "Đồng chí Thào Mí Chá trao quà cho thành viên tổ bảo vệ an ninh, trật tự thôn Phìn Ủng.",
 "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc", "Công ty Cổ phần Đá Yên Minh", "Lượt truy cập: 28.416"],
["Thứ Ba, 19/08/2025 - 16:30", "20 năm", "19/8/2005 - 19/8/2025", "1 bộ áo mưa", "từ đầu năm 2025", "năm 2025", "Lượt truy cập: 28.416"]))

PAGES.append(page("b2425-vinhlong-btgdv-giaoban-q3-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long
Trang chủ / Tin hoạt động / Dân tộc - Tôn giáo - An ninh
Cập nhật: 14:20, 09/10/2025 (GMT+7)
Quang cảnh buổi giao ban. Ảnh: Thạch Hiền
Vĩnh Long: Triển khai nhiệm vụ bảo đảm an ninh vùng đồng bào Khmer quý IV
Sáng 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Công an tỉnh tổ chức giao ban công tác vận động quần chúng bảo đảm an ninh, trật tự quý III năm 2025, triển khai nhiệm vụ quý IV. Đây là lần giao ban đầu tiên sau khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và vận hành chính quyền địa phương 2 cấp.
Chủ trì giao ban có các đồng chí: Thạch Phước Bình, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Huỳnh Văn Nghĩa, Phó Giám đốc Công an tỉnh.
Theo báo cáo, quý III, toàn tỉnh có 124 xã, phường với 3.860 tổ bảo vệ an ninh, trật tự ở cơ sở, 11.580 thành viên đã đi vào hoạt động ổn định. Quần chúng cung cấp 1.245 tin báo, giúp lực lượng công an bắt 96 vụ, 154 đối tượng trộm cắp, 37 vụ, 61 đối tượng phạm tội về ma túy; phá 4 ổ nhóm "tín dụng đen". Số vụ phạm pháp hình sự giảm 7,6% so với cùng kỳ năm 2024. Trong vùng đồng bào Khmer, các lực lượng đã nắm tình hình ở 143 chùa Phật giáo Nam tông Khmer; không để xảy ra tụ tập khiếu kiện đông người.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU, 13-KH/TU về công tác vận động đồng bào dân tộc Khmer và về bảo đảm an ninh, trật tự trong giai đoạn sắp xếp tổ chức bộ máy; ban hành hướng dẫn số 05-HD/BTGDVTU về củng cố tổ dân vận ở ấp, khóm.
Tại giao ban, các đồng chí Phó Giám đốc Công an tỉnh: Nguyễn Hữu Trí, Kiên Thị Sô Phia đề nghị tăng cường lực lượng tuần tra trong dịp lễ Sene Đolta và Oóc Om Bóc. Đồng chí Sơn Ngọc Thạch, Bí thư Đảng ủy xã Ngũ Lạc, cho biết xã đã duy trì 21 tổ với 63 thành viên; Đại đức Kim Chanh Đa, Phó trụ trì chùa Kompong Chrây, đề nghị cán bộ tổ bảo vệ an ninh phối hợp với Ban Quản trị chùa giữ gìn trật tự lễ hội.
Kết luận giao ban, đồng chí Thạch Phước Bình đề nghị quý IV các địa phương thực hiện tốt Kết luận số 150-KL/TW của Bộ Chính trị và Quy định số 368-QĐ/TW; phát huy vai trò 1.100 người có uy tín trong đồng bào Khmer; bảo đảm an toàn tuyệt đối lễ hội Oóc Om Bóc - đua ghe Ngo năm 2025.
Thạch Hiền - Ngọc Trâm
Lượt xem: 437
Tin liên quan
- Phường Trà Vinh ra mắt tổ bảo vệ an ninh, trật tự ở khóm (26/09/2025)
- Trao 300 phần quà cho chùa Khmer dịp lễ Sene Đolta (18/09/2025)
- Hội nghị giao ban khối dân vận tháng 8/2025 (05/09/2025)
""", "2025-10-09", "Vĩnh Long: Triển khai nhiệm vụ bảo đảm an ninh vùng đồng bào Khmer quý IV",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Thạch Phước Bình", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Nghĩa", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Hữu Trí", "Phó Giám đốc Công an tỉnh"),
 P("Kiên Thị Sô Phia", "Phó Giám đốc Công an tỉnh"),
 P("Sơn Ngọc Thạch", "Bí thư Đảng ủy xã Ngũ Lạc"),
 P("Kim Chanh Đa", "Đại đức", "Phó trụ trì chùa Kompong Chrây")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường", 124, "xã, phường"), Q("3.860 tổ bảo vệ an ninh, trật tự ở cơ sở", 3860, "tổ bảo vệ an ninh, trật tự ở cơ sở"),
 Q("11.580 thành viên", 11580, "thành viên"), Q("1.245 tin báo", 1245, "tin báo"), Q("96 vụ", 96, "vụ"),
 Q("154 đối tượng", 154, "đối tượng"), Q("37 vụ", 37, "vụ"), Q("61 đối tượng", 61, "đối tượng"), Q("4 ổ nhóm", 4, "ổ nhóm"),
 Q("7,6%", 7.6, "%"), Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("21 tổ", 21, "tổ"),
 Q("63 thành viên", 63, "thành viên"), Q("1.100 người có uy tín", 1100, "người có uy tín")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU, 13-KH/TU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "hướng dẫn số 05-HD/BTGDVTU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW của Bộ Chính trị"),
 D("Quy định", "368", "QĐ/TW", None, None, "Quy định số 368-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Ngũ Lạc")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long", "Trang chủ / Tin hoạt động / Dân tộc - Tôn giáo - An ninh",
 "Quang cảnh buổi giao ban. Ảnh: Thạch Hiền", "tín dụng đen", "Lượt xem: 437"],
["Cập nhật: 14:20, 09/10/2025 (GMT+7)", "quý III năm 2025", "quý IV", "quý III", "2 cấp", "năm 2024", "năm 2025", "Lượt xem: 437"]))

PAGES.append(page("b2426-lamdong-btgdv-ca-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự » Chính trị » Quốc phòng - An ninh
30-12-2025 16:10
Ảnh: Toàn cảnh hội nghị tại điểm cầu phường Xuân Hương - Đà Lạt.
Lâm Đồng mới: gần 9.500 tổ bảo vệ an ninh cơ sở giữ bình yên thôn, bon
Ngày 29/12, Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác phối hợp vận động nhân dân tham gia bảo vệ an ninh Tổ quốc năm 2025 tới 124 điểm cầu xã, phường, đặc khu; điểm cầu chính đặt tại phường Xuân Hương - Đà Lạt. Đây là năm đầu tiên tỉnh Lâm Đồng mới (hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận) tổ chức tổng kết chung.
Chủ trì hội nghị có đồng chí K'Điểu Ha Lin, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Lê Quang Huy, Phó Giám đốc Công an tỉnh; đồng chí Đàng Năng Phú, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu K'Rứt, Nguyễn Thị Hồng Nhung, Y Phen Bkrông.
Báo cáo tại hội nghị cho biết, năm 2025 toàn tỉnh có 9.476 tổ bảo vệ an ninh, trật tự ở cơ sở với 28.430 thành viên; 3.120 mô hình tự quản về an ninh, trật tự, trong đó 214 mô hình cấp tỉnh. Từ nguồn tin của nhân dân, lực lượng công an đã khám phá 1.932 vụ phạm pháp hình sự, đạt 91,7%; bắt 604 vụ, 1.038 đối tượng phạm tội về ma túy; vận động 46 đối tượng truy nã ra đầu thú. Các địa phương đã giải quyết 2.265 vụ việc mâu thuẫn, tranh chấp ngay từ cơ sở, không để phát sinh điểm nóng trong quá trình sắp xếp đơn vị hành chính.
Hai ngành đã triển khai Chương trình phối hợp số 01-CTr/BTGDVTU-CAT ngày 18/7/2025 và tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 04-CT/TU ngày 22/8/2025 về tăng cường sự lãnh đạo của cấp ủy đối với phong trào Toàn dân bảo vệ an ninh Tổ quốc sau hợp nhất.
Tại hội nghị, ông Điểu Mbrê, người có uy tín bon Bu Prăng 1, xã Quảng Trực, chia sẻ kinh nghiệm vận động đồng bào Mnông không nghe theo kẻ xấu qua biên giới; ông Ya Plang, Trưởng Công an xã Lạc Dương, báo cáo mô hình "Camera an ninh bon làng" với 86 camera do nhân dân đóng góp gần 300 triệu đồng. Ông Thông Văn Lục, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp, đề nghị có thêm kinh phí cho tổ bảo vệ an ninh ở vùng biển.
Phát biểu kết luận, đồng chí K'Điểu Ha Lin đề nghị năm 2026 các cấp tiếp tục nhân rộng mô hình "Bon làng 4 không", gắn với thực hiện Nghị quyết số 66-NQ/TW và Kết luận 44-KL/TW của Ban Bí thư; kiện toàn tổ bảo vệ an ninh, trật tự sau sắp xếp thôn, tổ dân phố.
Dịp này, Công an tỉnh tặng giấy khen cho 52 tập thể, 87 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 20 tập thể tiêu biểu.
Khánh Phúc
Tin liên quan
- Đặc khu Phú Quý ra mắt tổ bảo vệ an ninh, trật tự trên biển (16/12/2025)
- Gia Nghĩa: 500 hộ ký cam kết không vi phạm pháp luật (05/12/2025)
- Giao ban khối dân vận quý III năm 2025 (10/10/2025)
""", "2025-12-30", "Lâm Đồng mới: gần 9.500 tổ bảo vệ an ninh cơ sở giữ bình yên thôn, bon",
E("tong_ket", "2025", "2025-12-29"),
[P("K'Điểu Ha Lin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Quang Huy", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Đàng Năng Phú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Rứt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Phen Bkrông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Mbrê", "người có uy tín bon Bu Prăng 1"),
 P("Ya Plang", "Trưởng Công an xã Lạc Dương"),
 P("Thông Văn Lục", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("9.476 tổ bảo vệ an ninh, trật tự ở cơ sở", 9476, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("28.430 thành viên", 28430, "thành viên"),
 Q("3.120 mô hình tự quản về an ninh, trật tự", 3120, "mô hình tự quản về an ninh, trật tự"), Q("214 mô hình cấp tỉnh", 214, "mô hình cấp tỉnh"),
 Q("1.932 vụ phạm pháp hình sự", 1932, "vụ phạm pháp hình sự"), Q("91,7%", 91.7, "%"), Q("604 vụ", 604, "vụ"),
 Q("1.038 đối tượng", 1038, "đối tượng"), Q("46 đối tượng truy nã", 46, "đối tượng truy nã"),
 Q("2.265 vụ việc mâu thuẫn, tranh chấp", 2265, "vụ việc mâu thuẫn, tranh chấp"), Q("86 camera", 86, "camera"),
 Q("gần 300 triệu đồng", 300000000, "đồng", "approx"), Q("52 tập thể", 52, "tập thể"), Q("87 cá nhân", 87, "cá nhân"),
 Q("20 tập thể tiêu biểu", 20, "tập thể tiêu biểu")],
[D("Chương trình phối hợp", "01", "CTr/BTGDVTU-CAT", "2025-07-18", None, "Chương trình phối hợp số 01-CTr/BTGDVTU-CAT ngày 18/7/2025"),
 D("Chỉ thị", "04", "CT/TU", "2025-08-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 22/8/2025"),
 D("Nghị quyết", "66", "NQ/TW", None, None, "Nghị quyết số 66-NQ/TW"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 44-KL/TW của Ban Bí thư")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Quảng Trực"), com("Lạc Dương"), com("Phan Hiệp")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự » Chính trị » Quốc phòng - An ninh",
 "Ảnh: Toàn cảnh hội nghị tại điểm cầu phường Xuân Hương - Đà Lạt.", "Camera an ninh bon làng", "Bon làng 4 không"],
["30-12-2025 16:10", "năm 2025", "năm đầu tiên", "năm 2026", "4 không", "Bu Prăng 1"]))

PAGES.append(page("b2427-dongnai-phuong-baocao-antt-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BÌNH PHƯỚC
Tỉnh Đồng Nai | Trang chủ | Tin tức | An ninh - Trật tự
Thứ Năm, 15/01/2026
Phường Bình Phước: kết quả bảo đảm an ninh, trật tự năm 2025
UBND phường Bình Phước vừa có Báo cáo số 08/BC-UBND ngày 12/01/2026 về kết quả công tác bảo đảm an ninh, trật tự và phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2025. Đây là năm đầu phường hoạt động theo mô hình chính quyền địa phương 2 cấp, sau khi được thành lập trên cơ sở sắp xếp các phường Tân Phú, Tân Đồng, Tân Bình và xã Tiến Thành của thành phố Đồng Xoài cũ, thuộc tỉnh Bình Phước trước đây.
Lực lượng Công an phường ra quân tuần tra trên Quốc lộ 14.
Theo báo cáo, năm 2025 trên địa bàn phường xảy ra 38 vụ phạm pháp hình sự, giảm 6 vụ so với năm 2024, đã điều tra làm rõ 35 vụ; phát hiện 14 vụ, 22 đối tượng mua bán, sử dụng trái phép chất ma túy; xử lý 126 trường hợp vi phạm trật tự an toàn giao thông. Công an phường đã thu hồi 19 khẩu súng, công cụ hỗ trợ; tiếp nhận và giải quyết 2.418 hồ sơ cư trú, căn cước.
Phường có 42 tổ bảo vệ an ninh, trật tự ở cơ sở với 128 thành viên, 186 tổ nhân dân tự quản và 9 mô hình "Khu phố an toàn, không tội phạm". Nhân dân góp 1,35 tỷ đồng lắp 210 camera an ninh tại các khu phố; tỷ lệ khu phố đạt tiêu chuẩn "An toàn về an ninh, trật tự" đạt 94%.
Báo cáo ghi nhận vai trò của đồng bào S'tiêng ở khu phố Phú Lộc: ông Điểu Lên, người có uy tín khu phố Phú Lộc, và bà Thị Bích, Tổ trưởng tổ bảo vệ an ninh, trật tự khu phố Phú Lộc, đã vận động 7 thanh niên bỏ tụ tập, cai nghiện thành công. Thiếu tá Điểu Minh Khang, Phó Trưởng Công an phường, được Chủ tịch UBND tỉnh tặng bằng khen vì thành tích triệt phá đường dây đánh bạc qua mạng.
Về hạn chế, báo cáo nêu tình trạng lừa đảo chiếm đoạt tài sản qua không gian mạng tăng, với 11 vụ, thiệt hại gần 2,4 tỷ đồng; một số tổ bảo vệ an ninh, trật tự ở khu phố mới sáp nhập còn thiếu phương tiện.
Năm 2026, UBND phường đặt chỉ tiêu kéo giảm ít nhất 5% số vụ phạm pháp hình sự, thực hiện Nghị quyết số 03-NQ/ĐU ngày 5/1/2026 của Đảng ủy phường và Kế hoạch số 21/KH-UBND của UBND tỉnh Đồng Nai về phong trào Toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2026 - 2030. Bà Lâm Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường, đề nghị các khu phố tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2026 gắn với bầu cử đại biểu Quốc hội và HĐND các cấp.
Văn phòng HĐND và UBND phường
Lượt truy cập: 9.874
Tin khác
- Phường Bình Phước tổng kết công tác Mặt trận năm 2025 (10/01/2026)
- Ra mắt Tổ Công nghệ số cộng đồng ở 24 khu phố (22/12/2025)
- Trao 150 phần quà cho hộ nghèo (15/12/2025)
""", "2026-01-15", "Phường Bình Phước: kết quả bảo đảm an ninh, trật tự năm 2025",
E("bao_cao", "2025", "2026-01-12"),
[P("Điểu Lên", "người có uy tín khu phố Phú Lộc"),
 P("Thị Bích", "Tổ trưởng tổ bảo vệ an ninh, trật tự khu phố Phú Lộc"),
 P("Điểu Minh Khang", "Thiếu tá", "Phó Trưởng Công an phường"),
 P("Lâm Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường")],
[Q("38 vụ phạm pháp hình sự", 38, "vụ phạm pháp hình sự"), Q("6 vụ", 6, "vụ"), Q("35 vụ", 35, "vụ"), Q("14 vụ", 14, "vụ"),
 Q("22 đối tượng", 22, "đối tượng"), Q("126 trường hợp", 126, "trường hợp"), Q("19 khẩu súng, công cụ hỗ trợ", 19, "khẩu súng, công cụ hỗ trợ"),
 Q("2.418 hồ sơ cư trú, căn cước", 2418, "hồ sơ cư trú, căn cước"),
 Q("42 tổ bảo vệ an ninh, trật tự ở cơ sở", 42, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("128 thành viên", 128, "thành viên"),
 Q("186 tổ nhân dân tự quản", 186, "tổ nhân dân tự quản"), Q("9 mô hình", 9, "mô hình"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("210 camera an ninh", 210, "camera an ninh"), Q("94%", 94, "%"), Q("7 thanh niên", 7, "thanh niên"), Q("11 vụ", 11, "vụ"),
 Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("ít nhất 5%", 5, "%", "over")],
[D("Báo cáo", "08", "BC-UBND", "2026-01-12", "UBND phường Bình Phước", "Báo cáo số 08/BC-UBND ngày 12/01/2026"),
 D("Nghị quyết", "03", "NQ/ĐU", "2026-01-05", "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU ngày 5/1/2026"),
 D("Kế hoạch", "21", "KH-UBND", None, "UBND tỉnh Đồng Nai", "Kế hoạch số 21/KH-UBND của UBND tỉnh Đồng Nai")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"), com("Tiến Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BÌNH PHƯỚC", "Tỉnh Đồng Nai | Trang chủ | Tin tức | An ninh - Trật tự",
 "Lực lượng Công an phường ra quân tuần tra trên Quốc lộ 14.", "Khu phố an toàn, không tội phạm", "An toàn về an ninh, trật tự",
 "Lượt truy cập: 9.874"],
["Thứ Năm, 15/01/2026", "năm 2025", "2 cấp", "năm 2024", "Năm 2026", "giai đoạn 2026 - 2030", "năm 2026", "Quốc lộ 14", "Lượt truy cập: 9.874"]))

PAGES.append(page("b2428-angiang-taphuan-tobaove-antt-2026", """
Báo và Phát thanh, Truyền hình An Giang
Trang chủ - Chính trị - An ninh trật tự
2026-03-20 09:05
Ảnh: Học viên thực hành kỹ năng tuần tra tại xã Tri Tôn.
Bồi dưỡng kỹ năng cho 180 tổ trưởng tổ bảo vệ an ninh, trật tự vùng biên
Ngày 19 và 20/3, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang phối hợp Công an tỉnh tổ chức lớp tập huấn kỹ năng vận động quần chúng năm 2026 cho 180 tổ trưởng, tổ phó tổ bảo vệ an ninh, trật tự ở cơ sở của 23 xã, phường biên giới, trong đó có 64 học viên là người Khmer, 17 học viên là người Chăm.
Phát biểu khai mạc, đồng chí Néang Sóc Thia, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết sau khi hợp nhất An Giang và Kiên Giang, tỉnh có 102 xã, phường, đặc khu với 2.846 tổ bảo vệ an ninh, trật tự ở cơ sở, 8.538 thành viên. Năm 2025, lực lượng này đã phối hợp tuần tra 36.200 lượt, phát hiện 318 vụ việc, 47 vụ vượt biên, xuất nhập cảnh trái phép, góp phần bắt 29 vụ buôn lậu qua biên giới.
Trong 2 ngày, các học viên được Thượng tá Chau Sóc Pha, Phó Trưởng phòng Tham mưu Công an tỉnh, và Thiếu tá Mohamad Ly Sa, Đội trưởng Đội Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc, truyền đạt các nội dung: Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; Nghị định số 40/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh về mức hỗ trợ hằng tháng; kỹ năng nắm tình hình, hòa giải, sơ cứu, bắt giữ người phạm tội quả tang.
Học viên Chau Ty, Tổ trưởng tổ bảo vệ an ninh, trật tự ấp Tô Thuận, xã Tri Tôn, chia sẻ tổ có 3 thành viên phải quản lý địa bàn hơn 600 hộ, nhiều đêm tuần tra đến sáng. Học viên Haji Sa Ly Mah, Tổ phó tổ bảo vệ an ninh, trật tự ấp Phũm Soài, xã Khánh Bình, đề nghị trang bị thêm đèn pin, áo phản quang và bộ đàm. Bà Thị Sa Rươl, Tổ trưởng tổ bảo vệ an ninh, trật tự ấp An Hòa, xã Ba Chúc, cho biết tổ đã vận động 5 thanh niên trong ấp không tham gia đường dây đưa người qua biên giới.
Bế mạc lớp, đồng chí Néang Sóc Thia đề nghị học viên vận dụng kiến thức vào thực tế, phối hợp với Ban Công tác Mặt trận, chi hội đoàn thể ở ấp, khóm; thực hiện tốt Chỉ thị số 02-CT/TU ngày 15/1/2026 của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh, trật tự trong cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031. Kết thúc lớp, 100% học viên đạt yêu cầu; mỗi học viên được hỗ trợ 200.000 đồng/ngày.
Năm 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy dự kiến mở thêm 4 lớp như vậy ở các xã ven biển, hải đảo.
Thanh Tiến
Lượt xem: 673
Tin liên quan
- Phú Quốc: 30 tổ bảo vệ an ninh, trật tự trên biển ra mắt (10/03/2026)
- Tịnh Biên trao 100 phần quà cho người có uy tín (02/03/2026)
- Giao ban công tác dân vận quý IV năm 2025 (12/01/2026)
""", "2026-03-20", "Bồi dưỡng kỹ năng cho 180 tổ trưởng tổ bảo vệ an ninh, trật tự vùng biên",
E("tap_huan", "2026", "2026-03-19"),
[P("Néang Sóc Thia", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Pha", "Thượng tá", "Phó Trưởng phòng Tham mưu Công an tỉnh"),
 P("Mohamad Ly Sa", "Thiếu tá", "Đội trưởng Đội Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
 P("Chau Ty", "Tổ trưởng tổ bảo vệ an ninh, trật tự ấp Tô Thuận"),
 P("Haji Sa Ly Mah", "Tổ phó tổ bảo vệ an ninh, trật tự ấp Phũm Soài"),
 P("Thị Sa Rươl", "Tổ trưởng tổ bảo vệ an ninh, trật tự ấp An Hòa")],
[Q("180 tổ trưởng, tổ phó", 180, "tổ trưởng, tổ phó"), Q("23 xã, phường biên giới", 23, "xã, phường biên giới"),
 Q("64 học viên", 64, "học viên"), Q("17 học viên", 17, "học viên"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("2.846 tổ bảo vệ an ninh, trật tự ở cơ sở", 2846, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("8.538 thành viên", 8538, "thành viên"),
 Q("36.200 lượt", 36200, "lượt"), Q("318 vụ việc", 318, "vụ việc"),
 Q("47 vụ vượt biên, xuất nhập cảnh trái phép", 47, "vụ vượt biên, xuất nhập cảnh trái phép"),
 Q("29 vụ buôn lậu", 29, "vụ buôn lậu"), Q("3 thành viên", 3, "thành viên"), Q("hơn 600 hộ", 600, "hộ", "over"),
 Q("5 thanh niên", 5, "thanh niên"), Q("100% học viên", 100, "%"), Q("200.000 đồng/ngày", 200000, "đồng"), Q("4 lớp", 4, "lớp")],
[D("Nghị định", "40", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 40/2024/NĐ-CP của Chính phủ"),
 D("Nghị quyết", "12", "2024/NQ-HĐND", "2024-07-10", "HĐND tỉnh", "Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024"),
 D("Chỉ thị", "02", "CT/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 15/1/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Khánh Bình"), com("Ba Chúc")],
["Báo và Phát thanh, Truyền hình An Giang", "Trang chủ - Chính trị - An ninh trật tự", "Ảnh: Học viên thực hành kỹ năng tuần tra tại xã Tri Tôn.",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Lượt xem: 673"],
["2026-03-20 09:05", "năm 2026", "Năm 2025", "2 ngày", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Năm 2026", "Lượt xem: 673"]))
