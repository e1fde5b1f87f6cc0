from lib import *
PAGES = []

PAGES.append(page("b5633-thanhhoa-mttq-soket-2022", """
BÁO THANH HÓA ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
22 tháng 7, 2022 | 09:20
Đồng chí Lê Thị Thu Hà phát biểu kết luận hội nghị.
Giám sát thi hành án dân sự, xét xử lưu động là điểm sáng
Ngày 20/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
6 tháng đầu năm 2022, Mặt trận các cấp trong tỉnh Thanh Hóa đã chủ trì 412 cuộc giám sát, trong đó Mặt trận tỉnh giám sát chuyên đề việc thi hành án dân sự có điều kiện thi hành tại 6 huyện, thị xã. Kết quả, có 2.375 việc với số tiền hơn 318 tỷ đồng chưa thi hành xong; Mặt trận đã kiến nghị Cục Thi hành án dân sự tỉnh phân loại, giải quyết dứt điểm 146 việc tồn đọng kéo dài.
Thực hiện Chương trình phối hợp số 08/CTrPH-MTTQ-TAND-VKSND, Mặt trận các cấp đã cử đại diện tham dự 58 phiên tòa xét xử lưu động, thu hút khoảng 9.000 lượt người dự; tham gia bảo lãnh cho 17 bị can là người chưa thành niên. Ban Thanh tra nhân dân 559 xã, phường, thị trấn đã tiếp nhận 1.286 ý kiến, kiến nghị của nhân dân.
Báo cáo do đồng chí Phạm Thị Thanh Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh trình bày nêu rõ, việc thực hiện Quy định số 124-QĐ/TW ngày 4/2/2018 của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên còn lúng túng ở cấp xã. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được đẩy mạnh, 6 tháng qua có thêm 19 xã đạt chuẩn nông thôn mới nâng cao.
Tại hội nghị, đồng chí Hà Văn Ngải, HUV, Chủ tịch Ủy ban MTTQ huyện Quan Sơn, chia sẻ kinh nghiệm phối hợp với Tòa án huyện xét xử lưu động tại các bản người Thái, Mường. Bà Vi Thị Hằng, Chủ tịch Ủy ban MTTQ xã Trung Hạ, đề nghị Mặt trận tỉnh sớm ban hành hướng dẫn giám sát người chấp hành án treo. Ông Lò Văn Phương, Trưởng Ban Thanh tra nhân dân xã Sơn Thủy, nêu khó khăn khi người dân ngại phản ánh.
Kết luận hội nghị, đồng chí Lê Thị Thu Hà yêu cầu 6 tháng cuối năm triển khai Kế hoạch số 95-KH/TU ngày 8/6/2022 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 27-NQ/TW về xây dựng và hoàn thiện Nhà nước pháp quyền; chủ động giám sát việc cung cấp dịch vụ công trực tuyến toàn trình ở cấp xã. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Lê Văn Tư, Cầm Bá Xuân được giao chỉ đạo các cụm thi đua.
Minh Hiếu
Tin liên quan
- Mặt trận tỉnh giám sát công tác tiếp công dân tại huyện Nga Sơn (12/7/2022)
- Trao 100 nhà Đại đoàn kết cho hộ nghèo miền núi (05/7/2022)
- Hội nghị phản biện dự thảo nghị quyết về chính sách hỗ trợ giáo dục (28/6/2022)
""", "2022-07-22", "Giám sát thi hành án dân sự, xét xử lưu động là điểm sáng",
E("so_ket", "2022-H1", "2022-07-20"),
[P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ngải", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quan Sơn"),
 P("Vi Thị Hằng", "Chủ tịch Ủy ban MTTQ xã Trung Hạ"),
 P("Lò Văn Phương", "Trưởng Ban Thanh tra nhân dân xã Sơn Thủy"),
 P("Lê Văn Tư", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("6 huyện, thị xã", 6, "huyện, thị xã"), Q("2.375 việc", 2375, "việc"),
 Q("hơn 318 tỷ đồng", 318000000000, "đồng", "over"), Q("146 việc tồn đọng kéo dài", 146, "việc tồn đọng kéo dài"),
 Q("58 phiên tòa xét xử lưu động", 58, "phiên tòa xét xử lưu động"), Q("khoảng 9.000 lượt người", 9000, "lượt người", "approx"),
 Q("17 bị can", 17, "bị can"), Q("559 xã, phường, thị trấn", 559, "xã, phường, thị trấn"),
 Q("1.286 ý kiến, kiến nghị", 1286, "ý kiến, kiến nghị"), Q("19 xã đạt chuẩn nông thôn mới nâng cao", 19, "xã")],
[D("Chương trình phối hợp", "08", "CTrPH-MTTQ-TAND-VKSND", None, None, "Chương trình phối hợp số 08/CTrPH-MTTQ-TAND-VKSND"),
 D("Quy định", "124", "QĐ/TW", "2018-02-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/2/2018"),
 D("Kế hoạch", "95", "KH/TU", "2022-06-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 8/6/2022"),
 D("Nghị quyết", "27", "NQ/TW", None, None, "Nghị quyết số 27-NQ/TW")],
[prov("Thanh Hóa"), com("Trung Hạ"), com("Sơn Thủy")],
["BÁO THANH HÓA ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Đồng chí Lê Thị Thu Hà phát biểu kết luận hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["22 tháng 7, 2022 | 09:20", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022"]))

PAGES.append(page("b5634-angiang-xa-giamsat-2023", """
BÁO AN GIANG ONLINE
Trang chủ / Chính trị / Mặt trận
2023-08-18 16:40
Mặt trận xã Châu Phong giám sát việc quản lý người chấp hành án tại cộng đồng
Ngày 16/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã Châu Phong (thị xã Tân Châu, tỉnh An Giang) tổ chức giám sát việc UBND xã quản lý, giáo dục người được hưởng án treo, người chấp hành án phạt cải tạo không giam giữ, nằm trong chương trình giám sát năm 2023 của Mặt trận xã.
Đoàn giám sát làm việc với Công an xã Châu Phong. Ảnh: Hữu Huấn
Đoàn do ông Mohamad Hasan, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn; thành viên gồm bà Haji Mariam, Chủ tịch Hội Liên hiệp Phụ nữ xã, ông Nguyễn Văn Lực, Chủ tịch Hội Cựu chiến binh xã và đại diện Ban Thanh tra nhân dân. Cuộc giám sát thực hiện theo Kế hoạch số 21/KH-MTTQ ngày 2/3/2023 của Ban Thường trực Ủy ban MTTQ xã, căn cứ Nghị định số 49/2020/NĐ-CP của Chính phủ về tái hòa nhập cộng đồng và Quyết định số 99-QĐ/TW của Ban Bí thư về phát huy vai trò của nhân dân trong phòng, chống tham nhũng.
Theo báo cáo của ông Néang Sóc Khanh, Phó Chủ tịch UBND xã, hiện xã đang quản lý 23 người được hưởng án treo và 5 người chấp hành án phạt cải tạo không giam giữ; từ đầu năm đến nay có 11 người chấp hành xong án phạt tù trở về địa phương. Xã đã giao 28 hội viên, đoàn viên trực tiếp giúp đỡ, không có trường hợp nào tái phạm. Xã cũng hỗ trợ 4 người vay vốn tổng cộng 160 triệu đồng để nuôi bò, mở tiệm sửa xe.
Qua kiểm tra hồ sơ, đoàn giám sát ghi nhận 3 hồ sơ chưa có nhận xét hằng tháng của người được giao giám sát, giáo dục; 2 trường hợp đi khỏi nơi cư trú chưa làm thủ tục. Đại úy Trần Minh Tâm, Trưởng Công an xã Châu Phong, tiếp thu và cho biết sẽ bổ sung trong tháng 8.
Ông Mohamad Hasan đề nghị UBND xã thực hiện nghiêm Kế hoạch liên tịch 07, 08/KHLT-MTTQ-CA giữa Mặt trận xã và Công an xã về giúp đỡ người lầm lỡ và về tiếp nhận tin báo tố giác tội phạm; phối hợp với các thánh đường Hồi giáo, các vị Hakim vận động bà con người Chăm cùng tham gia giáo dục, tránh kỳ thị. Ông Abdoun Lah, Hakim thánh đường Mubarak, cam kết sẽ nhắc nhở bà con trong các buổi sinh hoạt cộng đồng.
Mặt trận xã sẽ ban hành văn bản kiến nghị, đồng thời tổ chức giám sát lại trong quý IV. Năm 2023, Mặt trận xã dự kiến tổ chức tổng cộng 4 cuộc giám sát, trong đó 2 cuộc về hoạt động tư pháp ở cơ sở.
Hữu Huấn
Bài viết liên quan
- Tân Châu: 100% xã, phường có tổ hòa giải hoạt động hiệu quả (10/8/2023)
- Trao 50 suất học bổng cho học sinh người Chăm (02/8/2023)
- Mặt trận thị xã giám sát việc cấp căn cước công dân (25/7/2023)
""", "2023-08-18", "Mặt trận xã Châu Phong giám sát việc quản lý người chấp hành án tại cộng đồng",
E("giam_sat", "2023", "2023-08-16"),
[P("Mohamad Hasan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Haji Mariam", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Nguyễn Văn Lực", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Néang Sóc Khanh", "Phó Chủ tịch UBND xã"),
 P("Trần Minh Tâm", "Đại úy", "Trưởng Công an xã Châu Phong"),
 P("Abdoun Lah", "Hakim thánh đường Mubarak")],
[Q("23 người", 23, "người"), Q("5 người", 5, "người"), Q("11 người", 11, "người"), Q("28 hội viên, đoàn viên", 28, "hội viên, đoàn viên"),
 Q("4 người", 4, "người"), Q("160 triệu đồng", 160000000, "đồng"), Q("3 hồ sơ", 3, "hồ sơ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("2 cuộc", 2, "cuộc")],
[D("Kế hoạch", "21", "KH-MTTQ", "2023-03-02", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 21/KH-MTTQ ngày 2/3/2023"),
 D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2020/NĐ-CP"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Kế hoạch liên tịch", "07", "KHLT-MTTQ-CA", None, None, "Kế hoạch liên tịch 07, 08/KHLT-MTTQ-CA"),
 D("Kế hoạch liên tịch", "08", "KHLT-MTTQ-CA", None, None, "Kế hoạch liên tịch 07, 08/KHLT-MTTQ-CA")],
[prov("An Giang"), com("Châu Phong")],
["BÁO AN GIANG ONLINE", "Trang chủ / Chính trị / Mặt trận", "Đoàn giám sát làm việc với Công an xã Châu Phong."],
["2023-08-18 16:40", "năm 2023", "Năm 2023", "quý IV", "tháng 8"]))

PAGES.append(page("b5635-lamdong-mttq-giaoban-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
07/06/2024 06:00
Giám sát việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số
Chiều 5/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức giao ban công tác Mặt trận tháng 5/2024 với Mặt trận 12 huyện, thành phố. Đồng chí K'Mák, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh buổi giao ban tháng 5.
Trong tháng 5, Mặt trận các cấp đã tổ chức 27 cuộc giám sát, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất tại Văn phòng Đăng ký đất đai và việc giải quyết thủ tục hành chính ở bộ phận một cửa cấp xã. Qua giám sát tại 14 xã, Mặt trận phát hiện 312 hồ sơ của hộ đồng bào K'Ho, Mạ, Chu Ru còn tồn đọng trên 6 tháng; kiến nghị Sở Tài nguyên và Môi trường giải quyết dứt điểm trước ngày 30/9.
Bà Ka Hòa Liên, Chủ tịch Ủy ban MTTQ huyện Lạc Dương, cho biết huyện đã phối hợp Tòa án nhân dân huyện hòa giải thành 19 vụ tranh chấp đất đai tại cơ sở; ông Bon Đơng Ha Sép, Chủ tịch Ủy ban MTTQ xã Đạ Chais, đề nghị bố trí cán bộ biết tiếng K'Ho tại bộ phận một cửa. Ông Điểu Ka Đinh, Trưởng Ban Thanh tra nhân dân xã Lộc Bắc, nêu 7 trường hợp người dân bị "cò" hồ sơ thu tiền từ 3 đến 5 triệu đồng.
Mặt trận tỉnh cũng triển khai Kế hoạch số 14/KH-MTTQ-BTT về giám sát việc thực hiện Nghị quyết 04, 05/NQ-HĐND của HĐND tỉnh về hỗ trợ đất ở cho hộ đồng bào dân tộc thiểu số nghèo. Toàn tỉnh có 1.742 hộ thiếu đất ở, khoảng 65% đã được hỗ trợ.
Nhiều ý kiến tại giao ban cho rằng việc cấp giấy chứng nhận cho đồng bào còn chậm vì đất chưa có bản đồ địa chính, nhiều hộ không có giấy tờ chứng minh nguồn gốc, trong khi cán bộ địa chính xã phải kiêm nhiệm nhiều việc. Một số nơi người dân phải đi lại nhiều lần, chi phí đi lại, đo đạc cao so với thu nhập. Mặt trận các huyện đề nghị tổ chức các đợt cấp giấy lưu động tại thôn, buôn, bon và công khai danh sách hồ sơ tồn đọng tại nhà văn hóa thôn để nhân dân cùng theo dõi, giám sát.
Kết luận giao ban, đồng chí K'Mák đề nghị tháng 6 Mặt trận các cấp tiếp tục thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Chỉ thị số 21-CT/TU ngày 3/1/2024 của Ban Thường vụ Tỉnh ủy về cải cách thủ tục hành chính; các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trần Thị Thanh Mai, Nguyễn Hữu Phước phụ trách theo dõi các huyện phía Nam.
K'Linh
Tin khác
- Mặt trận giám sát công tác tiếp công dân tại huyện Di Linh (30/05/2024)
- Trao 60 căn nhà Đại đoàn kết cho hộ nghèo (22/05/2024)
- Ra mắt mô hình "Buôn không có tranh chấp đất đai" (15/05/2024)
""", "2024-06-07", "Giám sát việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số",
E("giao_ban", "2024-05", "2024-06-05"),
[P("K'Mák", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Hòa Liên", "Chủ tịch Ủy ban MTTQ huyện Lạc Dương"),
 P("Bon Đơng Ha Sép", "Chủ tịch Ủy ban MTTQ xã Đạ Chais"),
 P("Điểu Ka Đinh", "Trưởng Ban Thanh tra nhân dân xã Lộc Bắc"),
 P("Trần Thị Thanh Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("27 cuộc giám sát", 27, "cuộc giám sát"), Q("14 xã", 14, "xã"),
 Q("312 hồ sơ", 312, "hồ sơ"), Q("19 vụ tranh chấp đất đai", 19, "vụ tranh chấp đất đai"), Q("7 trường hợp", 7, "trường hợp"),
 Q("3 đến 5 triệu đồng", 3000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.742 hộ thiếu đất ở", 1742, "hộ thiếu đất ở"), Q("khoảng 65%", 65, "%", "approx")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", None, None, "Kế hoạch số 14/KH-MTTQ-BTT"),
 D("Nghị quyết", "04", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 04, 05/NQ-HĐND"),
 D("Nghị quyết", "05", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 04, 05/NQ-HĐND"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "21", "CT/TU", "2024-01-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 3/1/2024")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Lộc Bắc")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Quang cảnh buổi giao ban tháng 5.", "cò"],
["07/06/2024 06:00", "tháng 5/2024", "trên 6 tháng", "tháng 6", "Trong tháng 5"]))

PAGES.append(page("b5636-quangtri-mttq-tongket-2024", """
Báo Quảng Trị
Trang chủ - Chính trị - Mặt trận
Thứ Sáu, 10/01/2025 - 14:30
Toàn cảnh hội nghị. Ảnh: Lan Anh
Ủy ban MTTQ tỉnh triển khai nhiệm vụ năm 2025
Ngày 8/1, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2024, Mặt trận các cấp đã chủ trì 684 cuộc giám sát; Mặt trận tỉnh giám sát chuyên đề việc giải quyết khiếu nại, tố cáo và thi hành án hành chính tại 3 huyện, giám sát chất lượng khám, chữa bệnh bảo hiểm y tế tại 5 trung tâm y tế. Thực hiện Quy định số 124-QĐ/TW của Ban Bí thư, Mặt trận đã phối hợp lấy ý kiến nhận xét đối với 2.146 cán bộ, đảng viên nơi cư trú.
Mặt trận tham gia 39 phiên tòa xét xử lưu động, góp ý 12 dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh; tổ chức 4 hội nghị phản biện xã hội, trong đó có dự thảo quy định về dịch vụ công trực tuyến toàn trình. Quỹ "Vì người nghèo" các cấp vận động được hơn 21,5 tỷ đồng, hỗ trợ xây mới, sửa chữa 368 căn nhà cho hộ nghèo, hộ cận nghèo.
Tại hội nghị, ông Hồ Văn Hiền, Chủ tịch Ủy ban MTTQ xã A Dơi, người Vân Kiều, chia sẻ việc phối hợp với Công an xã tiếp nhận phản ánh của bà con bản; bà Pả Thị Liên, Chủ tịch Ủy ban MTTQ xã Hướng Phùng, đề nghị tập huấn kỹ năng giám sát cho Ban công tác Mặt trận thôn.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hải, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh đề nghị năm 2025 Mặt trận tham gia tích cực vào việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của BCH Trung ương; thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư; giám sát chặt chẽ dịch vụ công ở cấp xã để không làm gián đoạn việc phục vụ người dân. Đồng chí cũng lưu ý Mặt trận các cấp nắm chắc tâm trạng, ý kiến của cán bộ, công chức và nhân dân trong quá trình sắp xếp, kịp thời phản ánh với cấp ủy những vấn đề nảy sinh, nhất là ở vùng đồng bào Vân Kiều, Pa Kô.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Hương, Trần Văn Quang được giao xây dựng chương trình giám sát năm 2025. Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 15 tập thể, 22 cá nhân tiêu biểu trong thực hiện các cuộc vận động, phong trào thi đua và công tác giám sát, phản biện xã hội năm 2024.
Lan Anh
Tin cùng chuyên mục
- Mặt trận giám sát công tác thi hành án dân sự tại huyện Gio Linh (25/12/2024)
- Trao 300 suất quà Tết cho hộ nghèo (20/12/2024)
- Hội nghị phản biện dự thảo bảng giá đất (12/12/2024)
""", "2025-01-10", "Ủy ban MTTQ tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-08"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Hiền", "Chủ tịch Ủy ban MTTQ xã A Dơi"),
 P("Pả Thị Liên", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Nguyễn Văn Hải", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Lê Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("684 cuộc giám sát", 684, "cuộc giám sát"), Q("3 huyện", 3, "huyện"), Q("5 trung tâm y tế", 5, "trung tâm y tế"),
 Q("2.146 cán bộ, đảng viên", 2146, "cán bộ, đảng viên"), Q("39 phiên tòa xét xử lưu động", 39, "phiên tòa xét xử lưu động"),
 Q("12 dự thảo văn bản quy phạm pháp luật", 12, "dự thảo văn bản quy phạm pháp luật"), Q("4 hội nghị phản biện xã hội", 4, "hội nghị phản biện xã hội"),
 Q("hơn 21,5 tỷ đồng", 21500000000, "đồng", "over"), Q("368 căn nhà", 368, "căn nhà"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân tiêu biểu", 22, "cá nhân tiêu biểu")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Phùng")],
["Báo Quảng Trị", "Trang chủ - Chính trị - Mặt trận", "Toàn cảnh hội nghị.", "Vì người nghèo"],
["Thứ Sáu, 10/01/2025 - 14:30", "năm 2024", "năm 2025"]))

PAGES.append(page("b5637-dongthap-mttq-doithoai-2024", """
Báo Đồng Tháp Online
Chính trị | Mặt trận - Đoàn thể
Ngày đăng 15/11/2024 | 16:20
Người dân đối thoại với lãnh đạo tỉnh về dịch vụ công trực tuyến
Ngày 14/11/2024, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nhân dân năm 2024, chủ đề "Dịch vụ công trực tuyến - thuận lợi cho dân". Hội nghị được kết nối trực tuyến đến 12 điểm cầu huyện, thành phố với hơn 1.100 đại biểu.
Ông Phạm Văn Thiện phát biểu tại hội nghị đối thoại. Ảnh: Thanh Trúc
Chủ trì hội nghị có ông Phạm Văn Thiện, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Nguyễn Thị Mỹ Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, 10 tháng năm 2024, Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp tiếp nhận 412.560 hồ sơ, trong đó 71,3% nộp trực tuyến; tỷ lệ giải quyết đúng hạn đạt 99,4%. Tỉnh đã triển khai Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ về Đề án 06 và Kế hoạch 215, 216/KH-UBND của UBND tỉnh.
Tại hội nghị, 26 ý kiến được nêu trực tiếp. Ông Lê Văn Tư, ngụ xã Mỹ Hiệp, phản ánh hồ sơ đăng ký biến động đất đai nộp trực tuyến vẫn phải mang bản giấy đến nộp lại. Bà Trần Thị Bé Năm, phường Mỹ Phú, đề nghị hướng dẫn người cao tuổi thanh toán phí trực tuyến. Ông Nguyễn Văn Sáu, Trưởng Ban Thanh tra nhân dân xã Tân Thuận Đông, kiến nghị công khai tiến độ xử lý hồ sơ qua tin nhắn. Nhiều ý kiến khác phản ánh đường truyền ở một số xã cù lao còn chập chờn, phần mềm thường xuyên lỗi vào cuối tháng, người dân phải chờ đợi; có nơi công chức một cửa chưa nhiệt tình hướng dẫn, yêu cầu người dân tự nhờ dịch vụ bên ngoài làm hồ sơ với chi phí cao.
Các ông Huỳnh Minh Tuấn, Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh đã trả lời từng ý kiến. Ông Võ Văn Hiệp, Giám đốc Sở Tài nguyên và Môi trường, nhận trách nhiệm về 148 hồ sơ đất đai trễ hạn và cam kết giải quyết trong tháng 12.
Phát biểu kết luận, ông Phạm Văn Thiện yêu cầu các sở, ngành, địa phương xin lỗi người dân khi trễ hạn, thực hiện Chỉ thị số 29-CT/TU ngày 2/5/2024 của Ban Thường vụ Tỉnh ủy; duy trì 1.350 tổ công nghệ số cộng đồng. Bà Nguyễn Thị Mỹ Linh cho biết Mặt trận sẽ giám sát việc giải quyết các kiến nghị và thông báo kết quả đến nhân dân trước Tết Nguyên đán, đồng thời đưa nội dung này vào chương trình giám sát của Mặt trận tỉnh.
Thanh Trúc
Lượt xem: 3.052
Tin liên quan
- Mặt trận tỉnh giám sát việc cấp căn cước tại huyện Tháp Mười (05/11/2024)
- Trao 200 căn nhà Đại đoàn kết (28/10/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND tỉnh (20/10/2024)
""", "2024-11-15", "Người dân đối thoại với lãnh đạo tỉnh về dịch vụ công trực tuyến",
E("doi_thoai", "2024", "2024-11-14"),
[P("Phạm Văn Thiện", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Mỹ Linh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tư"), P("Trần Thị Bé Năm"),
 P("Nguyễn Văn Sáu", "Trưởng Ban Thanh tra nhân dân xã Tân Thuận Đông"),
 P("Huỳnh Minh Tuấn", "Phó Chủ tịch UBND tỉnh"), P("Đoàn Tấn Bửu", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Văn Hiệp", "Giám đốc Sở Tài nguyên và Môi trường")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("hơn 1.100 đại biểu", 1100, "đại biểu", "over"),
 Q("412.560 hồ sơ", 412560, "hồ sơ"), Q("71,3%", 71.3, "%"), Q("99,4%", 99.4, "%"), Q("26 ý kiến", 26, "ý kiến"),
 Q("148 hồ sơ đất đai", 148, "hồ sơ đất đai"), Q("1.350 tổ công nghệ số cộng đồng", 1350, "tổ công nghệ số cộng đồng")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022"),
 D("Kế hoạch", "215", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 215, 216/KH-UBND"),
 D("Kế hoạch", "216", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 215, 216/KH-UBND"),
 D("Chỉ thị", "29", "CT/TU", "2024-05-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU ngày 2/5/2024")],
[prov("Đồng Tháp"), com("Mỹ Hiệp"), com("Mỹ Phú"), com("Tân Thuận Đông")],
["Báo Đồng Tháp Online", "Chính trị | Mặt trận - Đoàn thể", "Ông Phạm Văn Thiện phát biểu tại hội nghị đối thoại.",
 "Dịch vụ công trực tuyến - thuận lợi cho dân", "Đề án 06", "Lượt xem: 3.052"],
["Ngày đăng 15/11/2024 | 16:20", "năm 2024", "10 tháng năm 2024", "tháng 12", "Lượt xem: 3.052"]))

PAGES.append(page("b5638-tuyenquang-xa-hoinghi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VỊ XUYÊN - TỈNH TUYÊN QUANG
Trang chủ › Tin tức › Mặt trận - Đoàn thể
19/09/2025 - 10:05
Mặt trận xã lấy ý kiến nhân dân về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã
Sáng 17/9, Ủy ban MTTQ Việt Nam xã Vị Xuyên (tỉnh Tuyên Quang) tổ chức hội nghị lấy ý kiến nhân dân về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã sau hơn 2 tháng vận hành chính quyền địa phương 2 cấp. Dự hội nghị có 115 đại biểu là Trưởng ban công tác Mặt trận, trưởng thôn, người có uy tín của 24 thôn, tổ dân phố.
Quang cảnh hội nghị lấy ý kiến.
Chủ trì hội nghị có bà Hoàng Thị Dung, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã và ông Ma Văn Hưng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Các ông Lù Văn Páo, Triệu Tiến Lâm - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành phần thảo luận.
Theo báo cáo, từ ngày 1/7/2025 đến nay, Trung tâm đã tiếp nhận 2.936 hồ sơ, giải quyết đúng và trước hạn 2.874 hồ sơ, đạt 97,9%; trong đó 1.608 hồ sơ được nộp trực tuyến. Trung tâm thực hiện theo Nghị định số 118/2025/NĐ-CP của Chính phủ và Quyết định số 27/QĐ-UBND ngày 3/7/2025 của UBND xã về quy chế hoạt động.
Các đại biểu nêu 18 ý kiến. Ông Vàng Seo Hồ, người có uy tín thôn Khuổi Luông, cho biết bà con ở xa phải đi hơn 30 km mới đến trung tâm xã. Bà Nguyễn Thị Thoa, Trưởng thôn Nà Pồng, đề nghị tăng điểm hỗ trợ dịch vụ công tại thôn. Ông Lục Văn Thìn, Bí thư Chi bộ thôn Tân Thành, đề nghị có cán bộ hướng dẫn bằng tiếng Dao. Một số đại biểu phản ánh việc xin trích lục hộ tịch, chứng thực bản sao ở các xã cũ trước khi sáp nhập còn phải chờ lâu do hồ sơ lưu trữ chưa được số hóa; một số người cao tuổi chưa có tài khoản định danh điện tử nên không thể nộp hồ sơ trực tuyến, phải nhờ con cháu hoặc cán bộ thôn làm giúp. Có ý kiến đề nghị niêm yết lịch làm việc và số điện thoại đường dây nóng của Trung tâm tại nhà văn hóa các thôn.
Bà Hoàng Thị Dung cho biết Mặt trận xã sẽ tổng hợp ý kiến, kiến nghị UBND xã; đồng thời đưa nội dung giám sát hoạt động của Trung tâm vào chương trình giám sát năm 2026, thực hiện theo Kế hoạch số 05-KH/ĐU ngày 10/7/2025 của Ban Thường vụ Đảng ủy xã. Ông Ma Văn Hưng tiếp thu, cam kết bố trí thêm 2 công chức hỗ trợ và tổ chức tiếp nhận hồ sơ lưu động tại các thôn vùng cao mỗi tháng 1 lần, ưu tiên người cao tuổi, người khuyết tật và hộ ở xa trung tâm.
Trần Hằng
Tin khác
- Xã Vị Xuyên ra mắt 24 tổ công nghệ số cộng đồng (10/09/2025)
- Trao 30 suất quà cho học sinh nghèo (05/09/2025)
- Hội nghị tiếp xúc cử tri xã Vị Xuyên (28/08/2025)
""", "2025-09-19", "Mặt trận xã lấy ý kiến nhân dân về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã",
E("hoi_nghi", None, "2025-09-17"),
[P("Hoàng Thị Dung", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ma Văn Hưng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lù Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Triệu Tiến Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vàng Seo Hồ", "người có uy tín thôn Khuổi Luông"), P("Nguyễn Thị Thoa", "Trưởng thôn Nà Pồng"),
 P("Lục Văn Thìn", "Bí thư Chi bộ thôn Tân Thành")],
[Q("115 đại biểu", 115, "đại biểu"), Q("24 thôn, tổ dân phố", 24, "thôn, tổ dân phố"), Q("2.936 hồ sơ", 2936, "hồ sơ"),
 Q("2.874 hồ sơ", 2874, "hồ sơ"), Q("97,9%", 97.9, "%"), Q("1.608 hồ sơ", 1608, "hồ sơ"), Q("18 ý kiến", 18, "ý kiến"),
 Q("hơn 30 km", 30, "km", "over"), Q("2 công chức", 2, "công chức")],
[D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2025/NĐ-CP"),
 D("Quyết định", "27", "QĐ-UBND", "2025-07-03", "UBND xã", "Quyết định số 27/QĐ-UBND ngày 3/7/2025"),
 D("Kế hoạch", "05", "KH/ĐU", "2025-07-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 10/7/2025")],
[prov("Tuyên Quang"), com("Vị Xuyên")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VỊ XUYÊN - TỈNH TUYÊN QUANG", "Trang chủ › Tin tức › Mặt trận - Đoàn thể", "Quang cảnh hội nghị lấy ý kiến.",
 "Trung tâm Phục vụ hành chính công xã"],
["19/09/2025 - 10:05", "hơn 2 tháng", "chính quyền địa phương 2 cấp", "năm 2026", "mỗi tháng 1 lần"]))
