from lib import *
PAGES = []

PAGES.append(page("b2471-quangnam-mttq-giamsat-2024", """
Ủy ban MTTQ Việt Nam tỉnh Quảng Nam
Trang chủ » Giám sát, phản biện xã hội
Cập nhật: 09:42, 22/08/2024 (GMT+7)
Ảnh: Đoàn giám sát làm việc tại xã Tà Lu.
Giám sát thực hiện Chương trình mục tiêu quốc gia ở vùng đồng bào Cơ Tu
Ngày 21/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức đoàn giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại các xã Tà Lu, A Ting của huyện Đông Giang. Đây là một trong 4 cuộc giám sát chuyên đề năm 2024 theo Kế hoạch số 512/KH-MTTQ-BTT ngày 15/01/2024 của Ban Thường trực. Đồng chí Alăng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn.
Báo cáo của UBND xã Tà Lu cho thấy, thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, giai đoạn 2022 - 2024 xã được phân bổ 14,8 tỷ đồng, đã giải ngân 11,3 tỷ đồng, đạt 76,4%. Xã đã hỗ trợ 63 hộ làm nhà ở, 41 hộ chuyển đổi nghề, xây 2 công trình nước sinh hoạt tập trung; tỷ lệ hộ nghèo giảm từ 38,6% xuống còn 21,2%.
Gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nhân dân các thôn đã hiến 9.600 m2 đất, góp 4.800 ngày công làm đường, xây 3 nhà Gươl truyền thống. Ông Bhriu Đôn, già làng thôn Ngói, cho biết: "Bà con Cơ Tu giờ có nước sạch, có đường bê tông tới tận nhà Gươl, vui lắm".
Qua giám sát, đoàn chỉ ra một số tồn tại: việc lấy ý kiến nhân dân khi lựa chọn đối tượng hỗ trợ sinh kế ở 2 thôn chưa đầy đủ; có 7 con bò giống cấp cho hộ nghèo bị chết do chưa thích nghi; một số công trình chậm bàn giao. Ông Zơ Râm Dương, Bí thư Đảng ủy, Chủ tịch HĐND xã Tà Lu tiếp thu, cam kết khắc phục trước ngày 30/10/2024.
Đồng chí Clâu Thị Nhi, Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, đề nghị xã thực hiện đúng Quy chế giám sát cộng đồng; công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn ít nhất 10 ngày trước khi cấp phát.
Kết luận, đồng chí Alăng Thị Hoa đề nghị huyện Đông Giang chỉ đạo rà soát toàn bộ các dự án sinh kế theo Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; ưu tiên vốn cho các thôn đặc biệt khó khăn; phát huy vai trò già làng, người có uy tín trong vận động đồng bào.
Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 9/2024. Cùng đợt này, đoàn cũng giám sát tại xã A Ting và ghi nhận xã đã hoàn thành 100% kế hoạch hỗ trợ nhà ở cho hộ nghèo.
Nguyễn Thành
Tin khác
- Phản biện dự thảo nghị quyết về chính sách hỗ trợ nhà ở (12/8/2024)
- Mặt trận tỉnh trao 60 nhà Đại đoàn kết ở Nam Trà My (30/7/2024)
- Giám sát việc thực hiện chính sách bảo hiểm y tế (18/7/2024)
""", "2024-08-22", "Giám sát thực hiện Chương trình mục tiêu quốc gia ở vùng đồng bào Cơ Tu",
E("giam_sat", "2024", "2024-08-21"),
[P("Alăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Bhriu Đôn", "già làng thôn Ngói"),
 P("Zơ Râm Dương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tà Lu"),
 P("Clâu Thị Nhi", "Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("14,8 tỷ đồng", 14800000000, "đồng"), Q("11,3 tỷ đồng", 11300000000, "đồng"),
 Q("76,4%", 76.4, "%"), Q("63 hộ", 63, "hộ"), Q("41 hộ", 41, "hộ"), Q("2 công trình nước sinh hoạt tập trung", 2, "công trình nước sinh hoạt tập trung"),
 Q("38,6%", 38.6, "%"), Q("21,2%", 21.2, "%"), Q("9.600 m2", 9600, "m2"), Q("4.800 ngày công", 4800, "ngày công"),
 Q("3 nhà Gươl truyền thống", 3, "nhà Gươl truyền thống"), Q("2 thôn", 2, "thôn"), Q("7 con bò giống", 7, "con bò giống"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "512", "KH-MTTQ-BTT", "2024-01-15", "Ban Thường trực", "Kế hoạch số 512/KH-MTTQ-BTT ngày 15/01/2024"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị định", "27", "2022/NĐ-CP", "2022-04-19", "Chính phủ", "Nghị định số 27/2022/NĐ-CP ngày 19/4/2022")],
[prov("Quảng Nam"), com("Tà Lu"), com("A Ting")],
["Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Trang chủ » Giám sát, phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại xã Tà Lu.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quy chế giám sát cộng đồng", "nhà Gươl"],
["Cập nhật: 09:42, 22/08/2024 (GMT+7)", "năm 2024", "giai đoạn 2022 - 2024", "30/10/2024", "10 ngày", "tháng 9/2024"]))

PAGES.append(page("b2472-langson-bdv-guongsang-2024", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ / Gương sáng dân vận
Thứ Hai, 11/11/2024
Chị Hoàng Thị Nhung (bên phải) hướng dẫn bà con phân loại rác tại nhà văn hóa thôn.
Nữ trưởng thôn người Tày "nói dân hiểu, làm dân tin"
Hơn 10 năm làm Trưởng thôn Nà Lừa, xã Hồng Phong, huyện Bình Gia, tỉnh Lạng Sơn, chị Hoàng Thị Nhung đã cùng bà con biến một thôn nghèo thành thôn đạt chuẩn nông thôn mới kiểu mẫu đầu tiên của huyện.
Năm 2013, khi chị được bầu làm trưởng thôn, Nà Lừa có 112 hộ thì 47 hộ nghèo, đường vào thôn lầy lội. Nhớ lời cán bộ Ban Dân vận Huyện ủy dặn "muốn dân theo thì mình phải làm trước", chị vận động gia đình hiến 250 m2 đất vườn đầu tiên, rồi đến từng nhà thuyết phục. Chỉ trong 2 năm, 39 hộ tự nguyện hiến 5.400 m2 đất, góp 1.900 ngày công làm 3,2 km đường bê tông.
Hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Lạng Sơn chung sức xây dựng nông thôn mới", chị cùng chi hội phụ nữ lập tổ hợp tác trồng hồi, quế, thạch đen với 26 thành viên; sản phẩm thạch đen Nà Lừa đạt OCOP 3 sao. Đến cuối năm 2023, thôn chỉ còn 4 hộ nghèo, thu nhập bình quân đạt 52 triệu đồng/người/năm.
Trong đợt dịch COVID-19 năm 2021, chị vận động bà con góp 6 tấn rau, măng, gạo gửi tặng người dân vùng dịch và lập chốt kiểm soát ở đầu thôn. Chị cũng là người đi đầu thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" khi đưa thạch đen, miến dong của thôn vào chuỗi cửa hàng tiện lợi ở thành phố.
Đồng chí Lương Văn Tòng, HUV, Trưởng Ban Dân vận Huyện ủy Bình Gia, nhận xét: "Chị Nhung là điển hình của phong trào thi đua "Dân vận khéo", thực hiện đúng phương châm "nghe dân nói, nói dân hiểu, làm dân tin"". Ông Vi Văn Pản, Bí thư Chi bộ thôn Nà Lừa, cho biết chi bộ đã 5 năm liền hoàn thành tốt nhiệm vụ.
Năm 2024, chị Hoàng Thị Nhung là một trong 12 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen điển hình "Dân vận khéo" cấp tỉnh và được chọn dự Hội nghị biểu dương người có uy tín tiêu biểu toàn quốc.
Chia sẻ về dự định, chị Nhung mong muốn năm tới thôn xây dựng thêm tuyến đường hoa dài 1,5 km và mở lớp dạy hát then cho thiếu nhi: "Giữ được tiếng hát then, tiếng đàn tính là giữ hồn người Tày".
Trong buổi chiều cuối tuần, nhà văn hóa thôn Nà Lừa lại rộn ràng tiếng cười. Các chị trong tổ hợp tác tranh thủ đóng gói thạch đen giao cho khách đặt hàng qua mạng, còn trẻ nhỏ tập văn nghệ chuẩn bị cho Ngày hội Đại đoàn kết toàn dân tộc.
Bế Thu Hà
Lượt xem: 3.215
Tin liên quan
- Những "cánh chim đầu đàn" ở vùng cao Bình Gia (25/10/2024)
- Già làng Mông giữ bình yên vùng biên (10/10/2024)
- Tấm gương dân vận khéo ở Cao Lộc (28/9/2024)
""", "2024-11-11", "Nữ trưởng thôn người Tày \"nói dân hiểu, làm dân tin\"",
E("khac", None, None),
[P("Hoàng Thị Nhung", "Trưởng thôn Nà Lừa", "trưởng thôn"),
 P("Lương Văn Tòng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Gia"),
 P("Vi Văn Pản", "Bí thư Chi bộ thôn Nà Lừa")],
[Q("112 hộ", 112, "hộ"), Q("47 hộ nghèo", 47, "hộ nghèo"), Q("250 m2", 250, "m2"), Q("39 hộ", 39, "hộ"), Q("5.400 m2", 5400, "m2"),
 Q("1.900 ngày công", 1900, "ngày công"), Q("3,2 km", 3.2, "km"), Q("26 thành viên", 26, "thành viên"), Q("4 hộ nghèo", 4, "hộ nghèo"),
 Q("52 triệu đồng/người/năm", 52000000, "đồng"), Q("6 tấn", 6, "tấn"), Q("12 cá nhân", 12, "cá nhân"), Q("1,5 km", 1.5, "km")],
[],
[prov("Lạng Sơn"), com("Hồng Phong")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ / Gương sáng dân vận",
 "Chị Hoàng Thị Nhung (bên phải) hướng dẫn bà con phân loại rác tại nhà văn hóa thôn.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lạng Sơn chung sức xây dựng nông thôn mới",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Dân vận khéo", "nghe dân nói, nói dân hiểu, làm dân tin", "muốn dân theo thì mình phải làm trước",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 3.215"],
["Thứ Hai, 11/11/2024", "Hơn 10 năm", "Năm 2013", "2 năm", "OCOP 3 sao", "năm 2023", "năm 2021", "COVID-19", "5 năm liền", "Năm 2024",
 "Lượt xem: 3.215"]))

PAGES.append(page("b2473-laichau-mttq-soket-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận
Ngày 16/07/2025 | 09:15
Mặt trận các cấp sẵn sàng vận hành chính quyền địa phương hai cấp
Chiều 15/7, Ủy ban MTTQ Việt Nam tỉnh Lai Châu tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025, kết nối trực tuyến tới 38 điểm cầu xã, phường. Đây là hội nghị đầu tiên sau khi tỉnh sắp xếp còn 38 đơn vị hành chính cấp xã và kết thúc hoạt động cấp huyện từ ngày 01/7/2025. Đồng chí Tẩn Thị Kiều, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo nêu rõ, 6 tháng đầu năm 2025 Mặt trận các cấp đã thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy của hệ thống chính trị; hợp nhất các tổ chức chính trị - xã hội vào Mặt trận theo Hướng dẫn số 05-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã hoàn thành 1.274 căn nhà cho hộ nghèo, hộ cận nghèo, vượt kế hoạch 3 tháng, trong đó Quỹ "Vì người nghèo" hỗ trợ 18,6 tỷ đồng.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai gắn với Chương trình mục tiêu quốc gia; đến nay có 52 bản được công nhận khu dân cư kiểu mẫu. Mặt trận đã tổ chức 112 cuộc giám sát, 9 hội nghị phản biện xã hội, tiếp nhận 436 ý kiến, kiến nghị của cử tri.
Tại hội nghị, bà Lò Thị Xoan, Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Tè, cho biết sau sắp xếp xã có 29 bản với hơn 3.100 hộ, cán bộ Mặt trận phải đi bộ nhiều giờ để đến các bản người La Hủ, Cống. Ông Chang A Lử, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Phong, đề nghị sớm ban hành quy chế phối hợp giữa Mặt trận và chính quyền cấp xã mới.
Phát biểu kết luận, đồng chí Tẩn Thị Kiều đề nghị 6 tháng cuối năm tập trung tổ chức thành công Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã và cấp tỉnh, nhiệm kỳ 2025 - 2030; quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII; thực hiện phương châm "lấy dân làm gốc", bảo đảm không để khoảng trống trong công tác nắm tình hình nhân dân.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lù Văn Dũng, Phàn Thị Mai đã hướng dẫn các xã, phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 và triển khai chương trình chăm lo cho 2.500 hộ nghèo trong dịp Tết Nguyên đán Bính Ngọ.
Hội nghị cũng thống nhất ban hành Kế hoạch số 18/KH-MTTQ-BTT về kiện toàn Ban Công tác Mặt trận ở 1.109 khu dân cư sau khi sáp nhập thôn, bản, tổ dân phố; bảo đảm mỗi khu dân cư có ít nhất 1 cán bộ Mặt trận là người dân tộc thiểu số tại chỗ.
Quàng Hùng
Các tin khác
- Ra mắt Ủy ban MTTQ Việt Nam các xã, phường mới (02/7/2025)
- Khánh thành 50 căn nhà cho hộ nghèo xã Bum Nưa (25/6/2025)
- Hợp nhất các tổ chức chính trị - xã hội vào Mặt trận (20/6/2025)
""", "2025-07-16", "Mặt trận các cấp sẵn sàng vận hành chính quyền địa phương hai cấp",
E("so_ket", "2025-H1", "2025-07-15"),
[P("Tẩn Thị Kiều", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Xoan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Tè"),
 P("Chang A Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Phong"),
 P("Lù Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phàn Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("38 điểm cầu xã, phường", 38, "điểm cầu xã, phường"), Q("38 đơn vị hành chính cấp xã", 38, "đơn vị hành chính cấp xã"),
 Q("1.274 căn nhà", 1274, "căn nhà"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("52 bản", 52, "bản"),
 Q("112 cuộc giám sát", 112, "cuộc giám sát"), Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"),
 Q("436 ý kiến, kiến nghị", 436, "ý kiến, kiến nghị"), Q("29 bản", 29, "bản"), Q("hơn 3.100 hộ", 3100, "hộ", "over"),
 Q("2.500 hộ nghèo", 2500, "hộ nghèo"), Q("1.109 khu dân cư", 1109, "khu dân cư")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Hướng dẫn", "05", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 05-HD/MTTW-BTT"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", None, None, "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Lai Châu"), com("Mường Tè"), com("Tân Phong")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU", "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "lấy dân làm gốc", "Ngày hội Đại đoàn kết toàn dân tộc", "Chương trình mục tiêu quốc gia"],
["Ngày 16/07/2025 | 09:15", "6 tháng đầu năm", "6 tháng cuối năm 2025", "ngày 01/7/2025", "6 tháng đầu năm 2025", "3 tháng",
 "nhiều giờ", "6 tháng cuối năm", "nhiệm kỳ 2025 - 2030", "Hội nghị lần thứ 11", "khóa XIII", "năm 2025", "Tết Nguyên đán Bính Ngọ",
 "1 cán bộ Mặt trận"]))

PAGES.append(page("b2474-vinhlong-xa-daihoi-mttq-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA MINH - TỈNH VĨNH LONG
Trang chủ › Tin tức › Mặt trận - Đoàn thể
Thứ Sáu, 03/10/2025 - 15:30
Đại hội đại biểu MTTQ Việt Nam xã Hòa Minh lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 2/10/2025, Ủy ban MTTQ Việt Nam xã Hòa Minh long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi xã Hòa Minh được thành lập trên cơ sở sắp xếp các xã Hòa Minh, Long Hòa, Đông Hải của tỉnh Trà Vinh cũ, nay thuộc tỉnh Vĩnh Long. Dự đại hội có đồng chí Thạch Thị Kim Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kiên Văn Sang, Bí thư Đảng ủy xã và 150 đại biểu chính thức đại diện cho hơn 24.000 nhân khẩu, trong đó 38% là đồng bào Khmer.
Đại biểu biểu quyết thông qua các văn kiện Đại hội.
Trong nhiệm kỳ qua, các cấp Mặt trận và các tổ chức chính trị - xã hội nay đã hợp nhất vào Mặt trận đã vận động nhân dân xây dựng 286 căn nhà Đại đoàn kết, sửa chữa 94 căn; hiến 12.700 m2 đất và đóng góp trên 15 tỷ đồng làm đường, cầu nông thôn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" góp phần giúp cả 3 xã cũ đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 1,8%. Hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", xã có 5 sản phẩm OCOP như mắm ruốc, khô cá, dưa hấu Hòa Minh.
Tham luận tại đại hội, Đại đức Thạch Sa Vanh, trụ trì chùa Ba Sát, cho biết nhà chùa đã vận động Phật tử đóng góp 420 triệu đồng xây cầu; ông Sơn Văn Phên, Trưởng ban Công tác Mặt trận ấp Giồng Giếng, chia sẻ kinh nghiệm hòa giải 17 vụ việc mâu thuẫn trong nhân dân.
Phát biểu chỉ đạo, đồng chí Thạch Thị Kim Liên đề nghị Mặt trận xã quán triệt Chỉ thị số 46-CT/TW ngày 20/5/2025 của Bộ Chính trị về lãnh đạo đại hội Mặt trận Tổ quốc Việt Nam các cấp và Quy định số 304-QĐ/TW của Ban Bí thư; thực hiện tốt Luật Mặt trận Tổ quốc Việt Nam (sửa đổi).
Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Tại hội nghị lần thứ nhất, bà Huỳnh Thị Cẩm Tú được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà Kim Minh Tâm, Lê Văn Hận, Thạch Thị Sô Phia được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng hiệp thương cử 12 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I.
Đại hội thông qua Nghị quyết với 8 chỉ tiêu, trong đó phấn đấu hằng năm xây dựng ít nhất 30 căn nhà Đại đoàn kết và đưa xã đạt chuẩn nông thôn mới nâng cao vào năm 2027.
Ban Biên tập
Tin liên quan
- Hội nghị hiệp thương lần thứ ba chuẩn bị Đại hội Mặt trận xã (20/9/2025)
- Ra mắt Đảng ủy, HĐND, UBND xã Hòa Minh (01/7/2025)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo (15/8/2025)
""", "2025-10-03", "Đại hội đại biểu MTTQ Việt Nam xã Hòa Minh lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-10-02"),
[P("Thạch Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Văn Sang", "Bí thư Đảng ủy xã"),
 P("Thạch Sa Vanh", "Đại đức", "trụ trì chùa Ba Sát"),
 P("Sơn Văn Phên", "Trưởng ban Công tác Mặt trận ấp Giồng Giếng"),
 P("Huỳnh Thị Cẩm Tú", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kim Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Hận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 24.000 nhân khẩu", 24000, "nhân khẩu", "over"), Q("38%", 38, "%"),
 Q("286 căn nhà Đại đoàn kết", 286, "căn nhà Đại đoàn kết"), Q("94 căn", 94, "căn"), Q("12.700 m2", 12700, "m2"),
 Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"), Q("3 xã cũ", 3, "xã cũ"), Q("1,8%", 1.8, "%"), Q("5 sản phẩm OCOP", 5, "sản phẩm OCOP"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("17 vụ việc mâu thuẫn", 17, "vụ việc mâu thuẫn"), Q("55 vị", 55, "vị"),
 Q("12 đại biểu", 12, "đại biểu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("ít nhất 30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết", "over")],
[D("Chỉ thị", "46", "CT/TW", "2025-05-20", "Bộ Chính trị", "Chỉ thị số 46-CT/TW ngày 20/5/2025"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa"), com("Đông Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA MINH - TỈNH VĨNH LONG", "Trang chủ › Tin tức › Mặt trận - Đoàn thể",
 "Đại biểu biểu quyết thông qua các văn kiện Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)", "Ban Biên tập"],
["Thứ Sáu, 03/10/2025 - 15:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I", "hội nghị lần thứ nhất", "năm 2027"]))

PAGES.append(page("b2475-gialai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ | Tin tức | Dân vận
Thứ Sáu, 09/01/2026 - 14:10
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối tới 135 điểm cầu xã, phường. Đồng chí Rah Lan Hiêu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Thị Hlim, Trần Quang Vinh, Ksor Y Phương.
Năm 2025 là năm đầu tiên tỉnh Gia Lai mới vận hành sau khi hợp nhất với tỉnh Bình Định và tổ chức chính quyền địa phương hai cấp. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 09-QĐ/TU về chức năng, nhiệm vụ của Ban và Chỉ thị 03, 04-CT/TU về công tác dân vận trong tình hình mới và về vận động đồng bào Jrai, Bahnar giữ gìn bản sắc văn hóa. Ban cũng ban hành hướng dẫn số 12-HD/BTGDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030.
Phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" về đích sớm với 6.482 căn nhà được xây mới, sửa chữa, tổng kinh phí trên 380 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đạt nhiều kết quả: 118 làng, thôn đạt chuẩn nông thôn mới, 97,3% gia đình đạt danh hiệu gia đình văn hóa. Khối dân vận đã phối hợp nắm 1.026 vụ việc, giải quyết dứt điểm 981 vụ việc ngay tại cơ sở.
Thảo luận tại hội nghị, ông Siu Blui, Bí thư Đảng ủy xã Ia Grai, cho biết xã đã vận động 24 hộ đồng bào Jrai trở về sinh hoạt tôn giáo hợp pháp; bà Đinh Thị Yơr, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Kbang, chia sẻ mô hình "Làng không có người vi phạm pháp luật". Ông A Nhơn, già làng làng Kon Dơng, xã Mang Yang, đề nghị tiếp tục bồi dưỡng người có uy tín.
Phát biểu chỉ đạo, đồng chí Rah Lan Hiêu yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; thực hiện tốt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; chuẩn bị chu đáo cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 35 cá nhân; 135 điểm cầu cùng theo dõi lễ trao thưởng.
Hồng Thi
Lượt xem: 688
Tin liên quan
- Giao ban khối dân vận quý IV năm 2025 (10/12/2025)
- Hội nghị người có uy tín tiêu biểu tỉnh Gia Lai năm 2025 (25/11/2025)
- Đối thoại với nhân dân phường Quy Nhơn (05/11/2025)
""", "2026-01-09", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Rah Lan Hiêu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Hlim", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Y Phương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Blui", "Bí thư Đảng ủy xã Ia Grai"),
 P("Đinh Thị Yơr", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Kbang"),
 P("A Nhơn", "già làng làng Kon Dơng")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("6.482 căn nhà", 6482, "căn nhà"),
 Q("trên 380 tỷ đồng", 380000000000, "đồng", "over"), Q("118 làng, thôn", 118, "làng, thôn"), Q("97,3%", 97.3, "%"),
 Q("1.026 vụ việc", 1026, "vụ việc"), Q("981 vụ việc", 981, "vụ việc"), Q("24 hộ đồng bào Jrai", 24, "hộ đồng bào Jrai"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 09-QĐ/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "hướng dẫn số 12-HD/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("Kbang"), com("Mang Yang")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Hôm nay: Thứ Hai, 12/01/2026", "Trang chủ | Tin tức | Dân vận",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Làng không có người vi phạm pháp luật",
 "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Lượt xem: 688"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 14:10", "năm 2025", "năm 2026", "giai đoạn 2025 - 2030", "lần thứ XIV",
 "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 688"]))

PAGES.append(page("b2476-tuyenquang-xa-doithoai-2026", """
Cổng thông tin điện tử xã Mèo Vạc - tỉnh Tuyên Quang
Trang chủ >> Tin tức >> Hoạt động của Đảng ủy
13/03/2026 - 10:05
Bí thư Đảng ủy xã Mèo Vạc đối thoại với nhân dân năm 2026
Sáng 12/3/2026, Đảng ủy xã Mèo Vạc tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2026 về chủ đề "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới". Đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã chủ trì; đồng chí Bàn Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì. Dự hội nghị có 210 đại biểu là người có uy tín, trưởng thôn, hộ kinh doanh homestay ở 34 thôn.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 05-KH/ĐU của Đảng ủy xã. Trước hội nghị, Ủy ban MTTQ Việt Nam xã đã tổng hợp 27 ý kiến của nhân dân, chủ yếu về đường giao thông, nước sinh hoạt, đất ở và hỗ trợ làm du lịch.
Ông Vàng Chá Mua, người có uy tín thôn Pả Vi Hạ, phản ánh 46 hộ đồng bào Mông trong thôn thiếu nước vào mùa khô; đề nghị xã xây thêm bể chứa. Bà Lò Thị Dính, người dân tộc Lô Lô thôn Sín Cái, đề nghị hỗ trợ vốn để 12 hộ mở dịch vụ homestay. Anh Giàng Mí Lử, Bí thư Đoàn xã, đề nghị đưa sản phẩm thổ cẩm lanh của Hợp tác xã dệt lanh Lũng Cú tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" qua sàn thương mại điện tử.
Trả lời ý kiến, đồng chí Bàn Thị Mai cho biết năm 2026 xã được bố trí 8,5 tỷ đồng từ Chương trình mục tiêu quốc gia để làm 14 bể chứa nước, mỗi bể dung tích 100 m3, và bê tông hóa 6,8 km đường liên thôn; đồng thời phối hợp Ngân hàng Chính sách xã hội cho vay ưu đãi 100 triệu đồng/hộ làm du lịch cộng đồng.
Kết luận hội nghị, đồng chí Sùng Mí Chá đề nghị cán bộ xã thực hiện "4 tận: tận tâm, tận tình, tận tụy, tận cùng" với dân; phát huy cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", giữ gìn cảnh quan cao nguyên đá. Đồng chí yêu cầu Văn phòng Đảng ủy xã theo dõi, báo cáo việc giải quyết các ý kiến trước ngày 30/6/2026. Thực hiện Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ, xã phấn đấu đạt 15/19 tiêu chí nông thôn mới vào cuối năm 2026.
Năm 2025, Mèo Vạc đón hơn 180.000 lượt khách du lịch, doanh thu từ dịch vụ ước đạt 95 tỷ đồng. Hội nghị đối thoại là dịp để cấp ủy, chính quyền lắng nghe tâm tư, nguyện vọng của nhân dân, củng cố niềm tin của đồng bào các dân tộc vào sự lãnh đạo của Đảng.
Sau hội nghị, các ý kiến được phân công cụ thể cho từng bộ phận chuyên môn của UBND xã theo dõi, giải quyết và báo cáo kết quả tại kỳ họp HĐND xã giữa năm.
Văn Hiếu
Tin khác
- Mèo Vạc ra mắt 3 tổ du lịch cộng đồng (05/3/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (28/12/2025)
- Trao 45 căn nhà cho hộ nghèo thôn Pả Vi (15/12/2025)
""", "2026-03-13", "Bí thư Đảng ủy xã Mèo Vạc đối thoại với nhân dân năm 2026",
E("doi_thoai", "2026", "2026-03-12"),
[P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vàng Chá Mua", "người có uy tín thôn Pả Vi Hạ"),
 P("Lò Thị Dính"),
 P("Giàng Mí Lử", "Bí thư Đoàn xã")],
[Q("210 đại biểu", 210, "đại biểu"), Q("34 thôn", 34, "thôn"), Q("27 ý kiến", 27, "ý kiến"), Q("46 hộ đồng bào Mông", 46, "hộ đồng bào Mông"),
 Q("12 hộ", 12, "hộ"), Q("8,5 tỷ đồng", 8500000000, "đồng"), Q("14 bể chứa nước", 14, "bể chứa nước"), Q("100 m3", 100, "m3"),
 Q("6,8 km", 6.8, "km"), Q("100 triệu đồng/hộ", 100000000, "đồng"),
 Q("15/19 tiêu chí nông thôn mới", 15, "tiêu chí nông thôn mới"), Q("hơn 180.000 lượt khách du lịch", 180000, "lượt khách du lịch", "over"),
 Q("95 tỷ đồng", 95000000000, "đồng", "approx")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU"),
 D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/02/2022")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["Cổng thông tin điện tử xã Mèo Vạc - tỉnh Tuyên Quang", "Trang chủ >> Tin tức >> Hoạt động của Đảng ủy",
 "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "4 tận: tận tâm, tận tình, tận tụy, tận cùng", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình mục tiêu quốc gia",
 "Hợp tác xã dệt lanh Lũng Cú", "Ngân hàng Chính sách xã hội"],
["13/03/2026 - 10:05", "năm 2026", "4 tận", "30/6/2026", "Năm 2025", "giữa năm"]))
