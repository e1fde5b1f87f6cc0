from lib import *
PAGES = []

PAGES.append(page("b7247-bacninh-hoithao-fdi-2023", """
BÁO BẮC NINH
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 12/5/2023, 14:20
Ảnh: Toàn cảnh hội thảo khoa học.
Đổi mới công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài
Ngày 11/5, Ban Dân vận Tỉnh ủy Bắc Ninh phối hợp với Viện Công nhân và Công đoàn (Tổng Liên đoàn Lao động Việt Nam) tổ chức hội thảo khoa học "Đổi mới nội dung, phương thức công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài trên địa bàn tỉnh Bắc Ninh".
Dự hội thảo có đồng chí Nguyễn Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Vũ Minh Tiệp, Viện trưởng Viện Công nhân và Công đoàn; cùng 36 đồng chí là báo cáo viên, cán bộ công đoàn các khu công nghiệp.
Bắc Ninh hiện có 16 khu công nghiệp được phê duyệt, thu hút hơn 1.800 dự án FDI với trên 330.000 công nhân lao động, trong đó khoảng 72% là lao động ngoại tỉnh. Theo đề dẫn, mới có 96 tổ chức cơ sở đảng trong doanh nghiệp FDI, chiếm chưa đến 6% số doanh nghiệp; nhiều nơi chưa thành lập được công đoàn cơ sở.
TS. Nguyễn Đức Tĩnh, Phó Viện trưởng Viện Công nhân và Công đoàn, trình bày kết quả khảo sát 1.050 công nhân tại 12 doanh nghiệp: thu nhập bình quân 7,8 triệu đồng/tháng, hơn một nửa phải làm thêm giờ; 38,5% cho biết "không biết phản ánh với ai" khi quyền lợi bị ảnh hưởng. ThS. Trần Thị Thu Trang, giảng viên Trường Đại học Công đoàn, đề nghị phát triển mô hình "Dân vận khéo" trong khu nhà trọ.
Đại diện doanh nghiệp, bà Park Ji Yeon, Phó Tổng Giám đốc Công ty TNHH Điện tử Hanshin Vina, cho biết công ty đã tổ chức 4 cuộc đối thoại định kỳ mỗi năm, hỗ trợ 2 tỷ đồng xây dựng nhà trẻ cho con công nhân. Ông Nguyễn Văn Quyết, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, kể lại việc phối hợp giải quyết 3 cuộc ngừng việc tập thể ngay trong ngày, không để lan rộng.
Ông Ngô Văn Kiên, Bí thư Đảng ủy phường Vân Dương (thành phố Bắc Ninh), giới thiệu cách phường phối hợp chủ nhà trọ thực hiện phong trào "5 không, 3 sạch" và tổ chức 8 lớp học tiếng Việt cho con em công nhân.
Kết luận hội thảo, đồng chí Nguyễn Thị Thu Hằng đề nghị các cấp tiếp tục thực hiện Kết luận số 79-KL/TW của Bộ Chính trị về công tác công đoàn và Kế hoạch số 129-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng giai cấp công nhân; chú trọng phát triển đảng viên là công nhân trực tiếp sản xuất, phấn đấu năm 2023 kết nạp ít nhất 150 đảng viên mới trong doanh nghiệp ngoài nhà nước.
Dịp này, Ban tổ chức trao 100 suất quà, mỗi suất trị giá 500.000 đồng, cho công nhân có hoàn cảnh khó khăn.
Văn Thành
Tin liên quan
- Quế Võ: đối thoại với công nhân lao động (04/05/2023)
- Tháng Công nhân năm 2023: 2.000 phần quà cho đoàn viên (01/05/2023)
- Yên Phong ra mắt mô hình "Dân vận khéo" trong doanh nghiệp (20/04/2023)
""", "2023-05-12", "Đổi mới công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài",
E("hoi_nghi", None, "2023-05-11"),
[P("Nguyễn Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Minh Tiệp", "PGS.TS.", "Viện trưởng Viện Công nhân và Công đoàn"),
 P("Nguyễn Đức Tĩnh", "TS.", "Phó Viện trưởng Viện Công nhân và Công đoàn"),
 P("Trần Thị Thu Trang", "ThS.", "giảng viên Trường Đại học Công đoàn"),
 P("Park Ji Yeon", "Phó Tổng Giám đốc Công ty TNHH Điện tử Hanshin Vina"),
 P("Nguyễn Văn Quyết", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Ngô Văn Kiên", "Bí thư Đảng ủy phường Vân Dương")],
[Q("36 đồng chí", 36, "đồng chí"), Q("16 khu công nghiệp", 16, "khu công nghiệp"), Q("hơn 1.800 dự án FDI", 1800, "dự án FDI", "over"),
 Q("trên 330.000 công nhân lao động", 330000, "công nhân lao động", "over"), Q("khoảng 72%", 72, "%", "approx"),
 Q("96 tổ chức cơ sở đảng", 96, "tổ chức cơ sở đảng"), Q("chưa đến 6%", 6, "%", "approx"),
 Q("1.050 công nhân", 1050, "công nhân"), Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("7,8 triệu đồng", 7800000, "đồng"),
 Q("38,5%", 38.5, "%"), Q("4 cuộc đối thoại định kỳ", 4, "cuộc đối thoại định kỳ"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("8 lớp học tiếng Việt", 8, "lớp học tiếng Việt"),
 Q("ít nhất 150 đảng viên mới", 150, "đảng viên mới", "over"), Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kết luận", "79", "KL/TW", None, "Bộ Chính trị", "Kết luận số 79-KL/TW"),
 D("Kế hoạch", "129", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 129-KH/TU")],
[prov("Bắc Ninh"), com("Vân Dương")],
["BÁO BẮC NINH", "Trang chủ > Chính trị > Xây dựng Đảng", "Ảnh: Toàn cảnh hội thảo khoa học.", "Viện Công nhân và Công đoàn",
 "Đổi mới nội dung, phương thức công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài trên địa bàn tỉnh Bắc Ninh",
 "Dân vận khéo", "5 không, 3 sạch", "không biết phản ánh với ai", "Trường Đại học Công đoàn", "Tổng Liên đoàn Lao động Việt Nam"],
["Thứ Sáu, 12/5/2023, 14:20", "36 đồng chí", "5 không, 3 sạch", "năm 2023", "hơn một nửa"]))

PAGES.append(page("b7248-camau-hoithao-khmer-2023", """
Báo Cà Mau
Chính trị | Xây dựng Đảng | Dân vận
24/11/2023 - 15:10
Hội thảo khoa học về công tác dân vận trong đồng bào Khmer
(CMO) Chiều 23/11, Ban Dân vận Tỉnh ủy Cà Mau phối hợp Học viện Chính trị khu vực IV tổ chức hội thảo khoa học "Nâng cao hiệu quả công tác dân vận trong đồng bào dân tộc Khmer tỉnh Cà Mau giai đoạn hiện nay". Hơn 90 đại biểu tham dự, trong đó có 14 vị sư sãi, Achar các chùa Phật giáo Nam tông Khmer.
Hòa thượng Danh Đỏ phát biểu tại hội thảo. Ảnh: Hữu Nghĩa
Đồng chí Lâm Văn Bé, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Hà Thanh Sơn, Trưởng khoa Dân tộc - Tôn giáo - Tín ngưỡng, Học viện Chính trị khu vực IV, đồng chủ trì hội thảo.
Cà Mau có khoảng 7.200 hộ với hơn 31.000 người Khmer, sinh sống tập trung ở các huyện Thới Bình, Trần Văn Thời, U Minh. Báo cáo đề dẫn cho biết, qua hơn 17 năm thực hiện Chỉ thị số 68-CT/TW ngày 18/4/2006 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, tỷ lệ hộ nghèo người Khmer đã giảm từ 32% xuống còn 6,14%; 100% ấp có đông đồng bào Khmer có đường giao thông nông thôn.
TS. Thạch Thị Sa Ry, giảng viên Khoa Xây dựng Đảng của Học viện, người Khmer, cho rằng ngôi chùa là trung tâm văn hóa của phum sóc, do đó vận động qua sư sãi là "kênh" hiệu quả nhất. ThS. Danh Thị Kim Xuyến, Phó Trưởng phòng Dân tộc, Sở Nội vụ, dẫn kết quả khảo sát 250 hộ Khmer: 87% hộ cho biết con em được học chữ Khmer tại 9 chùa trong tỉnh.
Hòa thượng Danh Đỏ, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Tân Hưng, khẳng định sư sãi luôn đồng hành cùng chính quyền vận động phật tử. Ông Lý Sa Ren, Achar chùa Cao Dân, và bà Kim Thị Sa Quenl, người có uy tín ấp Cơi Năm, xã Khánh Bình Tây Bắc, chia sẻ việc vận động bà con tham gia xây dựng 48 căn nhà Đại đoàn kết.
Ông Trần Văn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, nêu kinh nghiệm trong phong trào "Dân vận khéo": huyện vận động 526 lượt người hiến đất, hiến cây, tổng trị giá gần 4,3 tỷ đồng.
Phát biểu kết luận, đồng chí Lâm Văn Bé đề nghị các cấp tiếp tục thực hiện Kế hoạch số 87-KH/TU của Tỉnh ủy về công tác dân tộc; chú trọng bồi dưỡng, sử dụng cán bộ người Khmer, hỗ trợ các chùa tổ chức lễ Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok.
Các ý kiến tại hội thảo cũng lưu ý tình trạng một số thanh niên Khmer đi làm ăn xa, để lại con nhỏ cho ông bà; nguy cơ bỏ học sớm; một số đối tượng lợi dụng vấn đề dân tộc, tôn giáo để xuyên tạc. Nhiều đại biểu kiến nghị có chính sách riêng hỗ trợ học sinh Khmer học tiếp lên trung học phổ thông.
Hữu Nghĩa
TIN CÙNG CHUYÊN MỤC
- Thới Bình: trao 200 phần quà cho đồng bào Khmer nghèo (10/11/2023)
- Hội nghị giao ban khối dân vận quý III (06/10/2023)
- Tuyên dương 50 người có uy tín tiêu biểu (25/09/2023)
""", "2023-11-24", "Hội thảo khoa học về công tác dân vận trong đồng bào Khmer",
E("hoi_nghi", None, "2023-11-23"),
[P("Danh Đỏ", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Tân Hưng"),
 P("Lâm Văn Bé", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thanh Sơn", "PGS.TS.", "Trưởng khoa Dân tộc - Tôn giáo - Tín ngưỡng", "Học viện Chính trị khu vực IV"),
 P("Thạch Thị Sa Ry", "TS.", "giảng viên Khoa Xây dựng Đảng của Học viện"),
 P("Danh Thị Kim Xuyến", "ThS.", "Phó Trưởng phòng Dân tộc", "Sở Nội vụ"),
 P("Lý Sa Ren", "Achar chùa Cao Dân"),
 P("Kim Thị Sa Quenl", "người có uy tín ấp Cơi Năm"),
 P("Trần Văn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời")],
[Q("Hơn 90 đại biểu", 90, "đại biểu", "over"), Q("14 vị sư sãi, Achar", 14, "vị sư sãi, Achar"),
 Q("khoảng 7.200 hộ", 7200, "hộ", "approx"), Q("hơn 31.000 người Khmer", 31000, "người Khmer", "over"),
 Q("32%", 32, "%"), Q("6,14%", 6.14, "%"), Q("100% ấp", 100, "%"), Q("250 hộ Khmer", 250, "hộ Khmer"), Q("87%", 87, "%"),
 Q("9 chùa", 9, "chùa"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("526 lượt người", 526, "lượt người"),
 Q("gần 4,3 tỷ đồng", 4300000000, "đồng", "approx")],
[D("Chỉ thị", "68", "CT/TW", "2006-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/2006"),
 D("Kế hoạch", "87", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 87-KH/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["Báo Cà Mau", "Chính trị | Xây dựng Đảng | Dân vận", "(CMO)", "Hòa thượng Danh Đỏ phát biểu tại hội thảo. Ảnh: Hữu Nghĩa",
 "Nâng cao hiệu quả công tác dân vận trong đồng bào dân tộc Khmer tỉnh Cà Mau giai đoạn hiện nay", "Dân vận khéo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Học viện Chính trị khu vực IV"],
["24/11/2023 - 15:10", "hơn 17 năm"]))

PAGES.append(page("b7249-dienbien-chandung-nhakhoahoc-2024", """
Báo Điện Biên Phủ điện tử
Thứ Ba, 18/06/2024
Xã hội › Gương sáng
Ảnh: PGS.TS. Lò Thị Mẩn trao đổi với cán bộ dân vận bản Mường Phăng.
Nữ nhà khoa học người Thái và hành trình "đưa dân vận về bản"
Hơn 20 năm đứng trên giảng đường, PGS.TS. Lò Thị Mẩn, Phó Hiệu trưởng Trường Chính trị tỉnh Điện Biên, vẫn giữ thói quen mỗi năm dành ít nhất 2 tháng xuống bản. Chị bảo: "Muốn dạy dân vận thì phải biết dân nghĩ gì, cần gì".
Sinh ra ở bản Noong Nhai, xã Thanh Xương, chị Mẩn là một trong số ít phụ nữ dân tộc Thái của tỉnh có học hàm phó giáo sư. Luận án tiến sĩ của chị về vai trò của "tạo bản" trong quản lý cộng đồng người Thái ở Tây Bắc từng được nhiều nhà nghiên cứu trích dẫn. Đến nay, chị đã chủ nhiệm 4 đề tài khoa học cấp tỉnh, công bố 37 bài báo, biên soạn 3 cuốn tài liệu bồi dưỡng kỹ năng dân vận bằng song ngữ Việt - Thái.
Đề tài gần nhất của chị khảo sát 1.100 hộ ở 15 xã biên giới, chỉ ra rằng khoảng 60% người dân vùng cao tiếp nhận thông tin chính sách qua trưởng bản, người có uy tín chứ không qua loa truyền thanh. Từ kết quả này, Ban Dân vận Tỉnh ủy đã tham mưu ban hành Hướng dẫn số 12-HD/BDVTU về hoạt động của tổ dân vận bản, áp dụng tại 1.263 bản, tổ dân phố trong toàn tỉnh.
Ông Lường Văn Sơn, Trưởng bản Mường Phăng, xã Mường Phăng, kể: "Cô Mẩn về bản là ở nhà dân, ăn cơm nếp, uống rượu cần với bà con. Cô hỏi chuyện từ con lợn, con gà đến chuyện đất rừng". Cũng nhờ những chuyến đi ấy, chị góp ý cho tỉnh cách vận động đồng bào Mông ở Mường Nhé hiểu đúng Chỉ thị số 49-CT/TW của Ban Bí thư.
Đồng chí Quàng Thị Sương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, nhận xét: những nghiên cứu của PGS.TS. Lò Thị Mẩn đã giúp cấp ủy có thêm luận cứ khoa học để cụ thể hóa Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị. Năm 2023, chị được Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Với học trò, chị là người thầy nghiêm khắc nhưng gần gũi. ThS. Cà Văn Hặc, giảng viên Khoa Dân vận, Trường Chính trị tỉnh, từng là học viên của chị, nói: "Cô dạy chúng tôi nói ít, nghe nhiều, làm cụ thể". Trong 5 năm gần đây, chị đã hướng dẫn 12 học viên cao học bảo vệ thành công luận văn về công tác dân vận.
Khi được hỏi về dự định sắp tới, PGS.TS. Lò Thị Mẩn cho biết chị đang cùng đồng nghiệp xây dựng bộ tài liệu điện tử về dân vận dành cho cán bộ cơ sở, dự kiến hoàn thành cuối năm 2024 với khoảng 120 video ngắn bằng tiếng Thái, tiếng Mông. Chị tâm niệm: nghiên cứu dân vận không phải để cất trong tủ, mà để cán bộ bản, cán bộ xã mang về làm được ngay.
Bài, ảnh: Minh Thư
Lượt xem: 3.517
Tin khác
- Điện Biên Đông: tuyên dương 40 người có uy tín tiêu biểu (12/06/2024)
- Hội nghị giao ban khối dân vận tháng 5 (31/05/2024)
- Mường Chà: vận động nhân dân hiến đất làm đường (20/05/2024)
""", "2024-06-18", "Nữ nhà khoa học người Thái và hành trình \"đưa dân vận về bản\"",
E("khac", None, None),
[P("Lò Thị Mẩn", "PGS.TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh Điện Biên"),
 P("Lường Văn Sơn", "Trưởng bản Mường Phăng"),
 P("Quàng Thị Sương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cà Văn Hặc", "ThS.", "giảng viên Khoa Dân vận", "Trường Chính trị tỉnh")],
[Q("4 đề tài khoa học cấp tỉnh", 4, "đề tài khoa học cấp tỉnh"), Q("37 bài báo", 37, "bài báo"),
 Q("3 cuốn tài liệu", 3, "cuốn tài liệu"), Q("1.100 hộ", 1100, "hộ"), Q("15 xã biên giới", 15, "xã biên giới"),
 Q("khoảng 60%", 60, "%", "approx"), Q("1.263 bản, tổ dân phố", 1263, "bản, tổ dân phố"), Q("12 học viên cao học", 12, "học viên cao học"),
 Q("khoảng 120 video ngắn", 120, "video ngắn", "approx")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn số 12-HD/BDVTU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Điện Biên"), com("Thanh Xương"), com("Mường Phăng")],
["Báo Điện Biên Phủ điện tử", "Xã hội › Gương sáng", "Ảnh: PGS.TS. Lò Thị Mẩn trao đổi với cán bộ dân vận bản Mường Phăng.",
 "Lượt xem: 3.517", "tạo bản", "Vì sự nghiệp Dân vận", "Trường Chính trị tỉnh", "Muốn dạy dân vận thì phải biết dân nghĩ gì, cần gì"],
["Thứ Ba, 18/06/2024", "ít nhất 2 tháng", "Hơn 20 năm", "Năm 2023", "5 năm", "năm 2024", "Lượt xem: 3.517"]))

PAGES.append(page("b7250-tuyenquang-hoithao-chinhquyen2cap-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Thứ Sáu, 22/08/2025 - 08:05
Tin tức / Chính trị / Dân vận
Toàn cảnh hội thảo tại Trường Đại học Tân Trào.
Hội thảo khoa học: Công tác dân vận khi vận hành chính quyền địa phương hai cấp
Ngày 21/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang phối hợp với Trường Đại học Tân Trào tổ chức hội thảo khoa học "Công tác dân vận trong tổ chức và vận hành chính quyền địa phương hai cấp ở tỉnh Tuyên Quang - thực tiễn và giải pháp". Đây là hội thảo khoa học đầu tiên về công tác dân vận kể từ khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang.
Dự hội thảo có đồng chí Hầu Minh Lộc, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; PGS.TS. Bùi Ngọc Quang, Hiệu trưởng Trường Đại học Tân Trào; cùng gần 180 đại biểu, trong đó có lãnh đạo đảng ủy, UBND của nhiều xã, phường.
Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và các nghị quyết của Ủy ban Thường vụ Quốc hội, tỉnh Tuyên Quang hiện có 124 xã, phường, với diện tích gần 13.800 km2 và dân số khoảng 1,86 triệu người, trong đó đồng bào dân tộc thiểu số chiếm trên 70%. Đề dẫn nêu rõ, thực hiện Kết luận 137, 150-KL/TW của Bộ Chính trị, Ban Bí thư, các cơ quan dân vận đã chủ động nắm tình hình tư tưởng nhân dân trước, trong và sau sắp xếp.
TS. Ma Thị Hồng Thắm, Phó Trưởng khoa Khoa học xã hội và Nhân văn, Trường Đại học Tân Trào, trình bày kết quả khảo sát nhanh 800 người dân tại 10 xã vùng cao: 78,6% hài lòng với việc giải quyết thủ tục hành chính tại trung tâm phục vụ hành chính công cấp xã, nhưng khoảng 20% vẫn gặp khó khăn vì đường xa. ThS. Vàng Mí Chứ, giảng viên Trường Chính trị tỉnh, đề xuất duy trì các tổ công tác lưu động, trực tiếp đến thôn, bản hỗ trợ người dân.
Từ cơ sở, ông Lý Văn Páo, Bí thư Đảng ủy xã Mèo Vạc, cho biết sau sáp nhập, xã có 58 thôn với hơn 9.000 hộ; Đảng ủy đã phân công 64 đảng viên phụ trách nhóm hộ. Bà Hoàng Thị Thu Hà, Chủ tịch UBND phường Minh Xuân, giới thiệu mô hình "Chính quyền lắng nghe" với 1.350 ý kiến phản ánh được giải quyết trong 6 tuần đầu hoạt động.
Đồng chí Hầu Minh Lộc yêu cầu các cấp ủy thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; Ban Tuyên giáo và Dân vận Tỉnh ủy khẩn trương tham mưu Kế hoạch số 15-KH/TU về công tác dân vận giai đoạn mới, trình Ban Thường vụ Tỉnh ủy trong tháng 9.
Phát biểu bế mạc, PGS.TS. Bùi Ngọc Quang cam kết Trường Đại học Tân Trào sẽ mở các lớp bồi dưỡng kỹ năng dân vận cho khoảng 1.500 cán bộ, công chức cấp xã với kinh phí dự kiến 1,2 tỷ đồng.
Phạm Hoàn
Tin liên quan
- Phường Hà Giang 1 đối thoại với người dân về thủ tục hành chính (15/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (mới) (01/07/2025)
- Xã Lâm Bình trao 300 phần quà cho hộ nghèo (20/06/2025)
""", "2025-08-22", "Hội thảo khoa học: Công tác dân vận khi vận hành chính quyền địa phương hai cấp",
E("hoi_nghi", None, "2025-08-21"),
[P("Hầu Minh Lộc", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Ngọc Quang", "PGS.TS.", "Hiệu trưởng Trường Đại học Tân Trào"),
 P("Ma Thị Hồng Thắm", "TS.", "Phó Trưởng khoa Khoa học xã hội và Nhân văn", "Trường Đại học Tân Trào"),
 P("Vàng Mí Chứ", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Lý Văn Páo", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Hoàng Thị Thu Hà", "Chủ tịch UBND phường Minh Xuân")],
[Q("gần 180 đại biểu", 180, "đại biểu", "approx"), Q("124 xã, phường", 124, "xã, phường"),
 Q("gần 13.800 km2", 13800, "km2", "approx"), Q("khoảng 1,86 triệu người", 1860000, "người", "approx"),
 Q("trên 70%", 70, "%", "over"), Q("800 người dân", 800, "người dân"), Q("10 xã vùng cao", 10, "xã vùng cao"),
 Q("78,6%", 78.6, "%"), Q("khoảng 20%", 20, "%", "approx"), Q("58 thôn", 58, "thôn"), Q("hơn 9.000 hộ", 9000, "hộ", "over"),
 Q("64 đảng viên", 64, "đảng viên"), Q("1.350 ý kiến phản ánh", 1350, "ý kiến phản ánh"),
 Q("khoảng 1.500 cán bộ, công chức cấp xã", 1500, "cán bộ, công chức cấp xã", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137, 150-KL/TW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137, 150-KL/TW"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "15", "KH/TU", None, None, "Kế hoạch số 15-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Tin tức / Chính trị / Dân vận", "Toàn cảnh hội thảo tại Trường Đại học Tân Trào.",
 "Công tác dân vận trong tổ chức và vận hành chính quyền địa phương hai cấp ở tỉnh Tuyên Quang - thực tiễn và giải pháp",
 "Chính quyền lắng nghe", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Trường Đại học Tân Trào",
 "Trường Chính trị tỉnh"],
["Thứ Sáu, 22/08/2025 - 08:05", "6 tuần", "tháng 9", "hai cấp"]))

PAGES.append(page("b7251-vinhlong-toadam-dongbao-2025", """
Báo Vĩnh Long Online
Thời sự › Chính trị
Ngày đăng: 14-11-2025 | 10:15
Đồng chí Thạch Phước Bửu (thứ hai từ trái) chủ trì tọa đàm.
Tọa đàm khoa học: Dân vận trong đồng bào Khmer, đồng bào có đạo ở tỉnh Vĩnh Long mới
VLO - Sáng 13/11, tại phường Long Đức, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp với Trường Đại học Trà Vinh tổ chức tọa đàm khoa học "Công tác dân vận trong đồng bào dân tộc Khmer và đồng bào có đạo sau hợp nhất tỉnh - thực trạng, giải pháp".
Chủ trì tọa đàm có các đồng chí: Thạch Phước Bửu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Nguyễn Thanh Liêm, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy; PGS.TS. Nguyễn Minh Hòa, Hiệu trưởng Trường Đại học Trà Vinh.
Sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, tỉnh Vĩnh Long mới có khoảng 4,25 triệu dân; trong đó hơn 350.000 người Khmer, chủ yếu ở khu vực Trà Vinh trước đây, cùng khoảng 210.000 tín đồ Công giáo và hàng chục nghìn tín đồ Cao Đài, Phật giáo Hòa Hảo. Toàn tỉnh có 142 chùa Phật giáo Nam tông Khmer.
TS. Sơn Minh Thắng, Trưởng khoa Văn hóa - Nghệ thuật - Du lịch, Trường Đại học Trà Vinh, người Khmer, cho rằng việc thay đổi địa giới hành chính không làm thay đổi cấu trúc phum sóc, nên vận động đồng bào vẫn phải đi qua chùa và Ban quản trị chùa. TS. Trần Thị Diễm Hằng, giảng viên Khoa Lý luận chính trị, dẫn khảo sát 640 người tại 8 xã, phường có đông đồng bào có đạo: 91% tin tưởng vào chủ trương sắp xếp, nhưng chỉ khoảng 55% nắm được địa chỉ trung tâm phục vụ hành chính công mới.
Đại đức Thạch Sa Rinh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ: các chùa đã mở 37 lớp dạy chữ Khmer hè, hỗ trợ 420 suất học bổng cho học sinh nghèo. Linh mục Phêrô Nguyễn Văn Tâm, Chánh xứ giáo xứ Cái Mơn, xã Vĩnh Thành, cho biết giáo xứ luôn đồng hành với chính quyền trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Ông Kim Sô Phanh, Bí thư Đảng ủy xã Tập Sơn, nêu kinh nghiệm phân công đảng viên phụ trách từng phum sóc; bà Lê Thị Ngọc Diệu, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, giới thiệu việc vận động xây 26 căn nhà Đại đoàn kết với tổng kinh phí hơn 1,56 tỷ đồng.
Kết luận tọa đàm, đồng chí Thạch Phước Bửu đề nghị tiếp tục thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Quyết định số 23-QĐ/TW; khẩn trương hoàn thành Chương trình hành động số 08-CTr/TU của Tỉnh ủy về công tác dân vận năm 2026.
Các ý kiến cũng đề xuất sớm kiện toàn đội ngũ cán bộ làm công tác dân tộc, tôn giáo ở xã, phường mới, bởi nhiều đồng chí có kinh nghiệm đã nghỉ theo chế độ khi tinh gọn bộ máy; đồng thời quan tâm hỗ trợ các chùa, nhà thờ tổ chức lễ hội, bảo tồn văn hóa truyền thống.
Ngọc Trúc
Tin khác
- Phường Trà Vinh: 150 phần quà cho hộ nghèo Khmer dịp lễ Ok Om Bok (05/11/2025)
- Hội nghị giao ban công tác dân vận quý III/2025 (15/10/2025)
- Xã Long Hồ ra mắt mô hình "Dân vận khéo" (30/09/2025)
""", "2025-11-14", "Tọa đàm khoa học: Dân vận trong đồng bào Khmer, đồng bào có đạo ở tỉnh Vĩnh Long mới",
E("hoi_nghi", None, "2025-11-13"),
[P("Thạch Phước Bửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Liêm", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Hòa", "PGS.TS.", "Hiệu trưởng Trường Đại học Trà Vinh"),
 P("Sơn Minh Thắng", "TS.", "Trưởng khoa Văn hóa - Nghệ thuật - Du lịch", "Trường Đại học Trà Vinh"),
 P("Trần Thị Diễm Hằng", "TS.", "giảng viên Khoa Lý luận chính trị"),
 P("Thạch Sa Rinh", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Phêrô Nguyễn Văn Tâm", "Linh mục", "Chánh xứ giáo xứ Cái Mơn"),
 P("Kim Sô Phanh", "Bí thư Đảng ủy xã Tập Sơn"),
 P("Lê Thị Ngọc Diệu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương")],
[Q("3 tỉnh", 3, "tỉnh"), Q("khoảng 4,25 triệu dân", 4250000, "dân", "approx"), Q("hơn 350.000 người Khmer", 350000, "người Khmer", "over"),
 Q("khoảng 210.000 tín đồ Công giáo", 210000, "tín đồ Công giáo", "approx"),
 Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"), Q("640 người", 640, "người"),
 Q("8 xã, phường", 8, "xã, phường"), Q("91%", 91, "%"), Q("khoảng 55%", 55, "%", "approx"),
 Q("37 lớp dạy chữ Khmer hè", 37, "lớp dạy chữ Khmer hè"), Q("420 suất học bổng", 420, "suất học bổng"),
 Q("26 căn nhà Đại đoàn kết", 26, "căn nhà Đại đoàn kết"), Q("hơn 1,56 tỷ đồng", 1560000000, "đồng", "over")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định số 23-QĐ/TW"),
 D("Chương trình hành động", "08", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 08-CTr/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Vĩnh Thành"), com("Tập Sơn"), com("Phú Khương")],
["Báo Vĩnh Long Online", "Thời sự › Chính trị", "Đồng chí Thạch Phước Bửu (thứ hai từ trái) chủ trì tọa đàm.", "VLO -",
 "Công tác dân vận trong đồng bào dân tộc Khmer và đồng bào có đạo sau hợp nhất tỉnh - thực trạng, giải pháp",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Trường Đại học Trà Vinh"],
["Ngày đăng: 14-11-2025 | 10:15", "năm 2026", "hàng chục nghìn"]))

PAGES.append(page("b7252-lamdong-hoithao-daihoi14-2026", """
Hôm nay: Thứ Bảy, 21/03/2026
BÁO LÂM ĐỒNG
Trang chủ » Chính trị » Xây dựng Đảng
20/03/2026 - 15:30
Ảnh: Các đại biểu dự hội thảo tại Trường Đại học Đà Lạt.
"Trọng dân, gần dân, hiểu dân" - yêu cầu mới với công tác dân vận sau Đại hội XIV
Ngày 19/3, tại phường Lâm Viên - Đà Lạt, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp với Trường Đại học Đà Lạt và Phân hiệu Học viện Chính trị khu vực II tổ chức hội thảo khoa học "Công tác dân vận của Đảng trong thực hiện Nghị quyết Đại hội XIV - từ thực tiễn tỉnh Lâm Đồng".
Dự hội thảo có đồng chí K'Mân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu Hưng, Thông Thị Hồng Nga; GS.TS. Lê Minh Chính, Hiệu trưởng Trường Đại học Đà Lạt, cùng khoảng 200 đại biểu đến từ 3 khu vực Lâm Đồng, Đắk Nông, Bình Thuận trước đây.
Hội thảo nhận được 52 tham luận. PGS.TS. Nguyễn Thị Thanh Tâm, Trưởng khoa Lịch sử, Trường Đại học Đà Lạt, cho rằng với địa bàn rộng hơn 24.000 km2, đan xen hơn 40 dân tộc, công tác dân vận của tỉnh mới phải "may đo" cho từng vùng: cao nguyên với đồng bào K'Ho, Mạ, Mnông; vùng biển với ngư dân và đồng bào Chăm.
TS. Phạm Văn Thuần, Phó Giám đốc Phân hiệu Học viện Chính trị khu vực II, phân tích hơn 2 năm thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và việc cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong công tác dân vận. Theo ông, đến cuối năm 2025, toàn tỉnh đã có 2.340 nhóm "Dân vận số" trên mạng xã hội với hơn 180.000 thành viên.
ThS. Ka Điệp, người K'Ho, giảng viên Khoa Ngữ văn, Trường Đại học Đà Lạt, kiến nghị bồi dưỡng tiếng dân tộc cho cán bộ ở 43 xã vùng đồng bào dân tộc thiểu số. Ông Thông Thanh Khánh, Bí thư Đảng ủy xã Phan Sơn, người Chăm, chia sẻ việc vận động 110 hộ đồng bào Chăm, Raglai trồng thanh long, giảm nghèo bền vững.
Già làng K'Bril, người có uy tín bon Bu Sir, xã Quảng Tín, nói: "Khi cán bộ biết nói tiếng Mnông, bà con tin nhiều hơn". Năm 2025, bon Bu Sir không có hộ nào di cư tự do, có 19 hộ thoát nghèo.
Kết luận hội thảo, đồng chí K'Mân đề nghị các cấp ủy tiếp tục thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương, Kế hoạch 05, 06-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và công tác dân tộc năm 2026; đồng thời giao Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với các nhà khoa học xây dựng Đề án "Dân vận khéo trong kỷ nguyên mới", dự kiến kinh phí khoảng 4 tỷ đồng.
Các đại biểu thống nhất cao với yêu cầu lấy sự hài lòng của người dân làm thước đo; cán bộ dân vận phải nói đi đôi với làm, nắm chắc tình hình ở cơ sở, kịp thời giải quyết những vấn đề bức xúc, không để hình thành "điểm nóng".
Thùy Dung
Các tin khác
- Xã Lạc Dương đối thoại với đồng bào về giao khoán bảo vệ rừng (12/03/2026)
- Trao 300 phần quà cho hộ nghèo vùng biên giới (05/03/2026)
- Hội nghị giao ban khối dân vận tháng 2/2026 (28/02/2026)
""", "2026-03-20", "\"Trọng dân, gần dân, hiểu dân\" - yêu cầu mới với công tác dân vận sau Đại hội XIV",
E("hoi_nghi", None, "2026-03-19"),
[P("K'Mân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Hưng", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thông Thị Hồng Nga", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Chính", "GS.TS.", "Hiệu trưởng Trường Đại học Đà Lạt"),
 P("Nguyễn Thị Thanh Tâm", "PGS.TS.", "Trưởng khoa Lịch sử", "Trường Đại học Đà Lạt"),
 P("Phạm Văn Thuần", "TS.", "Phó Giám đốc Phân hiệu Học viện Chính trị khu vực II"),
 P("Ka Điệp", "ThS.", "giảng viên Khoa Ngữ văn", "Trường Đại học Đà Lạt"),
 P("Thông Thanh Khánh", "Bí thư Đảng ủy xã Phan Sơn"),
 P("K'Bril", "Già làng", "người có uy tín bon Bu Sir")],
[Q("khoảng 200 đại biểu", 200, "đại biểu", "approx"), Q("3 khu vực", 3, "khu vực"), Q("52 tham luận", 52, "tham luận"),
 Q("hơn 24.000 km2", 24000, "km2", "over"), Q("hơn 40 dân tộc", 40, "dân tộc", "over"), Q("2.340 nhóm", 2340, "nhóm"),
 Q("hơn 180.000 thành viên", 180000, "thành viên", "over"), Q("43 xã vùng đồng bào dân tộc thiểu số", 43, "xã vùng đồng bào dân tộc thiểu số"),
 Q("110 hộ đồng bào Chăm, Raglai", 110, "hộ đồng bào Chăm, Raglai"), Q("19 hộ", 19, "hộ"),
 Q("khoảng 4 tỷ đồng", 4000000000, "đồng", "approx")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lâm Viên - Đà Lạt"), com("Phan Sơn"), com("Quảng Tín")],
["Hôm nay: Thứ Bảy, 21/03/2026", "BÁO LÂM ĐỒNG", "Trang chủ » Chính trị » Xây dựng Đảng",
 "Ảnh: Các đại biểu dự hội thảo tại Trường Đại học Đà Lạt.",
 "Công tác dân vận của Đảng trong thực hiện Nghị quyết Đại hội XIV - từ thực tiễn tỉnh Lâm Đồng", "Dân vận số",
 "Dân vận khéo trong kỷ nguyên mới", "may đo", "Trường Đại học Đà Lạt", "Phân hiệu Học viện Chính trị khu vực II", "Nghị quyết Đại hội XIV"],
["Hôm nay: Thứ Bảy, 21/03/2026", "20/03/2026 - 15:30", "hơn 2 năm", "năm 2025", "Năm 2025", "năm 2026", "Đại hội XIV"]))
