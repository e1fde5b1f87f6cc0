from lib import *
PAGES = []

PAGES.append(page("b7241-hanoi-toadam-truc-tuyen-2020", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Thời sự | Chính trị
Thứ Tư, 14/10/2020 | 06:30
Tọa đàm khoa học trực tuyến: Công tác dân vận góp phần củng cố "thế trận lòng dân" trong phòng, chống dịch Covid-19
Hà Nội mới - Chiều 13-10, nhân kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng (15-10-1930 - 15-10-2020), Ban Dân vận Thành ủy Hà Nội phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức tọa đàm khoa học theo hình thức trực tuyến, kết nối tới 30 điểm cầu quận, huyện, thị xã với gần 1.500 đại biểu tham dự.
Đồng chí Nguyễn Văn Phú, Phó Bí thư Thành ủy chủ trì tọa đàm. Cùng chủ trì có đồng chí Nguyễn Doãn Tuấn, Thành ủy viên, Trưởng Ban Dân vận Thành ủy và GS.TS. Nguyễn Xuân Thịnh, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương.
Các đại biểu tham dự tọa đàm tại điểm cầu Thành ủy.
Phát biểu đề dẫn, đồng chí Nguyễn Doãn Tuấn cho biết: trong đợt dịch đầu năm, thành phố đã vận động được hơn 1.200 tỷ đồng và hàng nghìn tấn hàng hóa ủng hộ phòng, chống dịch; các "ATM gạo", "siêu thị 0 đồng" xuất hiện ở khắp 579 xã, phường, thị trấn. Đó là minh chứng sinh động cho sức mạnh của lòng dân khi Đảng "gần dân, hiểu dân".
PGS.TS. Lê Văn Lực, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, phân tích 3 bài học về dân vận rút ra từ thực tiễn chống dịch: thông tin minh bạch, người đứng đầu gương mẫu và phát huy tổ Covid cộng đồng. TS. Phạm Thị Hồng Điệp, giảng viên Viện Xây dựng Đảng, dẫn kết quả khảo sát trực tuyến 3.000 người dân Thủ đô, trong đó 92,4% đánh giá cao sự vào cuộc của hệ thống chính trị cơ sở.
Từ điểm cầu quận Hoàng Mai, bà Đỗ Thị Thu Hằng, Bí thư Đảng ủy phường Định Công, chia sẻ: phường đã thành lập 18 tổ Covid cộng đồng, huy động 540 tình nguyện viên. Từ điểm cầu huyện Ba Vì, ông Đinh Công Sử, Chủ tịch UBND xã Ba Vì, người Mường, kể chuyện vận động đồng bào Dao không tổ chức lễ cấp sắc đông người.
Đồng chí Nguyễn Văn Phú đánh giá cao các ý kiến; đề nghị các cấp tiếp tục thực hiện Chỉ thị số 17-CT/TU của Thành ủy về nâng cao hiệu quả công tác dân vận, Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư về giám sát của Mặt trận và đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu; đồng thời làm tốt công tác vận động nhân dân góp ý dự thảo văn kiện trình Đại hội XIII của Đảng.
Nhân dịp này, Ban Dân vận Thành ủy ra mắt cuốn sách "Dân vận Thủ đô - những cách làm hay" gồm 86 bài viết.
Nhóm PV Chính trị
Tin liên quan
- Hà Nội: 579 mô hình "Dân vận khéo" tiêu biểu năm 2020 (10/10/2020)
- Thanh Oai đối thoại với nông dân về dồn điền, đổi thửa (02/10/2020)
- Thành ủy Hà Nội góp ý dự thảo Báo cáo chính trị (25/09/2020)
""", "2020-10-14",
"Tọa đàm khoa học trực tuyến: Công tác dân vận góp phần củng cố \"thế trận lòng dân\" trong phòng, chống dịch Covid-19",
E("hoi_nghi", None, "2020-10-13"),
[P("Nguyễn Văn Phú", "Phó Bí thư Thành ủy"),
 P("Nguyễn Doãn Tuấn", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Xuân Thịnh", "GS.TS.", "Ủy viên Bộ Chính trị", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Chủ tịch Hội đồng Lý luận Trung ương"),
 P("Lê Văn Lực", "PGS.TS.", "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
 P("Phạm Thị Hồng Điệp", "TS.", "giảng viên Viện Xây dựng Đảng"),
 P("Đỗ Thị Thu Hằng", "Bí thư Đảng ủy phường Định Công"),
 P("Đinh Công Sử", "Chủ tịch UBND xã Ba Vì")],
[Q("30 điểm cầu quận, huyện, thị xã", 30, "điểm cầu quận, huyện, thị xã"), Q("gần 1.500 đại biểu", 1500, "đại biểu", "approx"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("579 xã, phường, thị trấn", 579, "xã, phường, thị trấn"),
 Q("3 bài học", 3, "bài học"), Q("3.000 người dân", 3000, "người dân"), Q("92,4%", 92.4, "%"), Q("18 tổ Covid cộng đồng", 18, "tổ Covid cộng đồng"),
 Q("540 tình nguyện viên", 540, "tình nguyện viên"), Q("86 bài viết", 86, "bài viết")],
[D("Chỉ thị", "17", "CT/TU", None, "Thành ủy", "Chỉ thị số 17-CT/TU"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 2/2/2018")],
[prov("Hà Nội"), com("Định Công"), com("Ba Vì")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Thời sự | Chính trị", "Hà Nội mới -",
 "Các đại biểu tham dự tọa đàm tại điểm cầu Thành ủy.", "ATM gạo", "siêu thị 0 đồng", "gần dân, hiểu dân", "thế trận lòng dân",
 "Dân vận Thủ đô - những cách làm hay", "Học viện Chính trị quốc gia Hồ Chí Minh", "Viện Xây dựng Đảng"],
["Thứ Tư, 14/10/2020 | 06:30", "90 năm", "15-10-1930 - 15-10-2020", "Đại hội XIII", "0 đồng"]))

PAGES.append(page("b7242-khanhhoa-hoithao-nguda-2020", """
Báo Khánh Hòa điện tử
2020-12-08 16:40
Chính trị > Xây dựng Đảng
Toàn cảnh hội thảo.
Hội thảo khoa học về công tác dân vận đối với ngư dân và đồng bào vùng biển
Sáng 8-12, Ban Dân vận Tỉnh ủy Khánh Hòa phối hợp với Trường Đại học Nha Trang tổ chức hội thảo khoa học "Công tác dân vận đối với ngư dân, cư dân ven biển, hải đảo trong thực hiện chiến lược phát triển bền vững kinh tế biển".
Đồng chí Hồ Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Trang Sĩ Trọng, Hiệu trưởng Trường Đại học Nha Trang đồng chủ trì hội thảo. Tham dự có khoảng 110 đại biểu, trong đó có đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Vùng 4 Hải quân.
Khánh Hòa có 6 huyện, thị xã, thành phố ven biển với khoảng 10.200 tàu cá và hơn 40.000 lao động nghề cá. Theo báo cáo đề dẫn, sau 2 năm thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII, công tác vận động ngư dân chống khai thác hải sản bất hợp pháp (IUU) đã có chuyển biến; năm 2020 không còn tàu cá của tỉnh vi phạm vùng biển nước ngoài.
TS. Nguyễn Thị Kim Anh, Trưởng khoa Kinh tế, Trường Đại học Nha Trang, trình bày kết quả khảo sát 320 chủ tàu: 88% đã lắp thiết bị giám sát hành trình, nhưng chỉ khoảng 45% thường xuyên ghi nhật ký khai thác. TS. Phạm Xuân Thủy, giảng viên Viện Khoa học và Công nghệ Khai thác thủy sản, đề nghị thành lập thêm các tổ đoàn kết trên biển, mỗi tổ từ 5 tàu trở lên.
ThS. Cao Thị Ngọc, người Raglai, Phó Trưởng phòng Dân tộc - Tôn giáo, Ban Dân vận Tỉnh ủy, đề cập việc vận động đồng bào Raglai ở các xã vùng cao chuyển sang nuôi trồng thủy sản nước ngọt.
Đại diện cơ sở, ông Lê Văn Tư, Chủ tịch Hội Nghề cá xã Ninh Vân (Ninh Hòa), cho biết hội đã vận động thành lập 14 tổ đoàn kết với 86 tàu, hỗ trợ nhau khi gặp nạn. Ông Trần Hữu Phước, Bí thư Chi bộ thôn Bích Đầm, xã Vĩnh Nguyên, nêu kinh nghiệm vận động người dân trên đảo bảo vệ rạn san hô, phát triển du lịch cộng đồng.
Kết luận hội thảo, đồng chí Hồ Văn Mẫn đề nghị các cấp, ngành tiếp tục thực hiện Kế hoạch 58-KH/TU của Tỉnh ủy, gắn công tác dân vận với bảo vệ chủ quyền biển, đảo; Ban Dân vận Tỉnh ủy sẽ phối hợp Trường Đại học Nha Trang triển khai đề tài khoa học cấp tỉnh với kinh phí gần 480 triệu đồng.
Nhân dịp này, các đơn vị trao tặng ngư dân 200 lá cờ Tổ quốc và 50 áo phao.
THANH HÀ
Tin cùng chuyên mục
- Cam Lâm: đối thoại với nhân dân về quy hoạch (01/12/2020)
- Khánh Sơn: hội nghị người có uy tín năm 2020 (20/11/2020)
- Tuyên dương 45 điển hình "Dân vận khéo" (15/10/2020)
""", "2020-12-08", "Hội thảo khoa học về công tác dân vận đối với ngư dân và đồng bào vùng biển",
E("hoi_nghi", None, "2020-12-08"),
[P("Hồ Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trang Sĩ Trọng", "PGS.TS.", "Hiệu trưởng Trường Đại học Nha Trang"),
 P("Nguyễn Thị Kim Anh", "TS.", "Trưởng khoa Kinh tế", "Trường Đại học Nha Trang"),
 P("Phạm Xuân Thủy", "TS.", "giảng viên Viện Khoa học và Công nghệ Khai thác thủy sản"),
 P("Cao Thị Ngọc", "ThS.", "Phó Trưởng phòng Dân tộc - Tôn giáo", "Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tư", "Chủ tịch Hội Nghề cá xã Ninh Vân"),
 P("Trần Hữu Phước", "Bí thư Chi bộ thôn Bích Đầm")],
[Q("khoảng 110 đại biểu", 110, "đại biểu", "approx"), Q("6 huyện, thị xã, thành phố ven biển", 6, "huyện, thị xã, thành phố ven biển"),
 Q("khoảng 10.200 tàu cá", 10200, "tàu cá", "approx"), Q("hơn 40.000 lao động nghề cá", 40000, "lao động nghề cá", "over"),
 Q("320 chủ tàu", 320, "chủ tàu"), Q("88%", 88, "%"), Q("khoảng 45%", 45, "%", "approx"), Q("từ 5 tàu trở lên", 5, "tàu", "over"),
 Q("14 tổ đoàn kết", 14, "tổ đoàn kết"), Q("86 tàu", 86, "tàu"), Q("gần 480 triệu đồng", 480000000, "đồng", "approx"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc"), Q("50 áo phao", 50, "áo phao")],
[D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết số 36-NQ/TW ngày 22/10/2018"),
 D("Kế hoạch", "58", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 58-KH/TU")],
[prov("Khánh Hòa"), com("Ninh Vân"), com("Vĩnh Nguyên")],
["Báo Khánh Hòa điện tử", "Chính trị > Xây dựng Đảng", "Toàn cảnh hội thảo.", "Vùng 4 Hải quân",
 "Công tác dân vận đối với ngư dân, cư dân ven biển, hải đảo trong thực hiện chiến lược phát triển bền vững kinh tế biển",
 "Trường Đại học Nha Trang", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Dân vận khéo"],
["2020-12-08 16:40", "2 năm", "lần thứ tám", "khóa XII", "năm 2020", "Sáng 8-12"]))

PAGES.append(page("b7243-sonla-toadam-91nam-2021", """
BÁO SƠN LA
15 tháng 10, 2021 | 17:45
Trang chủ - Chính trị - Xây dựng Đảng
Tọa đàm khoa học kỷ niệm 91 năm Ngày truyền thống công tác dân vận của Đảng
(BSL) - Ngày 14/10, Ban Dân vận Tỉnh ủy Sơn La phối hợp với Trường Đại học Tây Bắc tổ chức tọa đàm khoa học "Công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số tỉnh Sơn La - 91 năm một chặng đường". Tọa đàm được tổ chức với quy mô khoảng 60 đại biểu, bảo đảm các quy định phòng, chống dịch Covid-19.
Đồng chí Lò Văn Mươn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; PGS.TS. Hoàng Văn Quyết, Hiệu trưởng Trường Đại học Tây Bắc đồng chủ trì.
Đồng chí Lò Văn Mươn phát biểu đề dẫn tọa đàm.
Sơn La có 12 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm trên 83% dân số. Các tham luận khẳng định, thời gian qua, các cấp ủy đã quán triệt, cụ thể hóa Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; tiếp tục thực hiện Chỉ thị 49-CT/TW của Ban Bí thư về công tác dân vận vùng đồng bào dân tộc thiểu số.
TS. Cầm Thị Phong, Trưởng khoa Lý luận chính trị, Trường Đại học Tây Bắc, người dân tộc Thái, chỉ ra vai trò của các "ông bản", "ông mo" trong vận động đồng bào. Theo bà, ở nhiều bản, lời của người cao tuổi trong dòng họ có sức nặng hơn văn bản hành chính. ThS. Quàng Văn Bình, giảng viên khoa, giới thiệu kết quả khảo sát tại 24 bản vùng lòng hồ thủy điện Sơn La: 76% hộ tái định cư đã ổn định đời sống, song vẫn còn khoảng 1.300 hộ thiếu đất sản xuất.
Đồng chí Đinh Thị Hà, Trưởng Ban Dân vận Huyện ủy Mộc Châu; đồng chí Lường Văn Ơn, Trưởng Ban Dân vận Huyện ủy Thuận Châu và đồng chí Lò Thị Bun, HUV, Trưởng Ban Dân vận Huyện ủy Sốp Cộp đã trao đổi những cách làm hay. Riêng huyện Sốp Cộp, năm 2021 đã vận động 27 hộ bỏ trồng cây thuốc phiện tái phát; huyện Mộc Châu có 45 mô hình "Dân vận khéo" trong phát triển chè, bò sữa.
Ông Mùa A Sình, người có uy tín bản Huổi Thùng, xã Chiềng Sơn, kể chuyện vận động con cháu không nghe theo kẻ xấu tuyên truyền lập "vương quốc Mông". Ông được già làng, trưởng bản tín nhiệm suốt 15 năm qua.
Kết luận tọa đàm, đồng chí Lò Văn Mươn đề nghị nhà trường tiếp tục phối hợp biên soạn tài liệu dân vận bằng tiếng Thái, tiếng Mông; Ban Dân vận Tỉnh ủy sẽ tham mưu cấp ủy xây dựng Đề án "Nâng cao chất lượng đội ngũ cán bộ dân vận cơ sở giai đoạn 2021 - 2025" với dự kiến kinh phí 3,2 tỷ đồng.
Các đại biểu cũng cho rằng cần quan tâm hơn nữa đến việc bồi dưỡng, tạo nguồn cán bộ người dân tộc thiểu số tại chỗ, nhất là cán bộ nữ; bởi những người con của bản, biết tiếng, hiểu phong tục, sẽ là "cầu nối" hiệu quả nhất giữa cấp ủy, chính quyền với đồng bào.
Quàng Hường
Bài viết liên quan
- Mai Sơn: hội nghị biểu dương người có uy tín năm 2021 (08/10/2021)
- Bắc Yên tổng kết 10 năm phong trào "Dân vận khéo" (28/09/2021)
- Quỳnh Nhai vận động nhân dân tiêm vắc xin Covid-19 (15/09/2021)
""", "2021-10-15", "Tọa đàm khoa học kỷ niệm 91 năm Ngày truyền thống công tác dân vận của Đảng",
E("hoi_nghi", None, "2021-10-14"),
[P("Lò Văn Mươn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Quyết", "PGS.TS.", "Hiệu trưởng Trường Đại học Tây Bắc"),
 P("Cầm Thị Phong", "TS.", "Trưởng khoa Lý luận chính trị", "Trường Đại học Tây Bắc"),
 P("Quàng Văn Bình", "ThS.", "giảng viên khoa"),
 P("Đinh Thị Hà", "Trưởng Ban Dân vận Huyện ủy Mộc Châu"),
 P("Lường Văn Ơn", "Trưởng Ban Dân vận Huyện ủy Thuận Châu"),
 P("Lò Thị Bun", "HUV", "Trưởng Ban Dân vận Huyện ủy Sốp Cộp"),
 P("Mùa A Sình", "người có uy tín bản Huổi Thùng")],
[Q("khoảng 60 đại biểu", 60, "đại biểu", "approx"), Q("12 dân tộc", 12, "dân tộc"), Q("trên 83%", 83, "%", "over"),
 Q("24 bản", 24, "bản"), Q("76% hộ tái định cư", 76, "%"), Q("khoảng 1.300 hộ", 1300, "hộ", "approx"),
 Q("27 hộ", 27, "hộ"), Q("45 mô hình", 45, "mô hình"), Q("3,2 tỷ đồng", 3200000000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW")],
[prov("Sơn La"), com("Chiềng Sơn")],
["BÁO SƠN LA", "Trang chủ - Chính trị - Xây dựng Đảng", "(BSL)", "Đồng chí Lò Văn Mươn phát biểu đề dẫn tọa đàm.",
 "Công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số tỉnh Sơn La - 91 năm một chặng đường", "Dân vận khéo",
 "vương quốc Mông", "Nâng cao chất lượng đội ngũ cán bộ dân vận cơ sở giai đoạn 2021 - 2025", "Trường Đại học Tây Bắc", "cầu nối"],
["15 tháng 10, 2021 | 17:45", "91 năm", "năm 2021", "15 năm", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b7244-longan-hoithao-chuyendoiso-2021", """
BÁO LONG AN ONLINE
Chính trị » Thời sự
19/11/2021 09:42 GMT+7
Hội thảo khoa học: Dân vận chính quyền trong chuyển đổi số
Ngày 18/11/2021, tại thành phố Tân An, Ban Dân vận Tỉnh ủy Long An phối hợp Trường Đại học Kinh tế Công nghiệp Long An tổ chức hội thảo khoa học "Công tác dân vận chính quyền trong bối cảnh chuyển đổi số". Hội thảo diễn ra theo hình thức trực tiếp kết hợp trực tuyến đến 15 điểm cầu huyện, thị xã, thành phố.
Ảnh: Đồng chí Nguyễn Thị Hồng Phúc (giữa) chủ trì hội thảo
Chủ trì hội thảo có đồng chí Nguyễn Thị Hồng Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và TS. Nguyễn Văn Tân, Hiệu trưởng Trường Đại học Kinh tế Công nghiệp Long An.
Báo cáo đề dẫn nêu rõ, thực hiện Nghị quyết số 02-NQ/TU ngày 7/1/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Long An đến năm 2025, định hướng đến năm 2030, đến nay 100% xã, phường, thị trấn đã kết nối hệ thống hội nghị trực tuyến; tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 41,2%. Tuy nhiên, số người dân ở nông thôn biết sử dụng dịch vụ công trực tuyến còn thấp.
PGS.TS. Trần Văn Khoa, Phó Viện trưởng Viện Chính trị học, Học viện Chính trị khu vực II, cho rằng chuyển đổi số không làm mất đi vai trò "đi từng ngõ, gõ từng nhà" mà đòi hỏi cán bộ dân vận vừa "giỏi công nghệ" vừa "gần dân". TS. Lê Thị Ngọc Hân, Trưởng khoa Công nghệ thông tin của trường, giới thiệu ứng dụng phản ánh hiện trường đã tiếp nhận 2.847 phản ánh trong 10 tháng, giải quyết đúng hạn khoảng 93%.
Từ thực tiễn cơ sở, ông Võ Thành Nhân, Chủ tịch UBND phường 3 (thành phố Tân An), giới thiệu mô hình "Tổ công nghệ số cộng đồng" với 126 tổ viên, hỗ trợ hơn 4.000 lượt người dân đăng ký, tra cứu thủ tục. Bà Lê Thị Mỹ Lệ, Phó Bí thư Thường trực Đảng ủy xã Long Hựu Đông (Cần Đước), đề xuất hỗ trợ mỗi ấp 15 triệu đồng để trang bị thiết bị, mạng internet cho nhà văn hóa.
Các ý kiến tại hội thảo cũng nhắc tới yêu cầu bảo đảm an toàn thông tin, chống tin giả trên mạng xã hội, nhất là trong thời gian giãn cách vì dịch Covid-19. Đồng chí Nguyễn Thị Hồng Phúc cho biết Ban Dân vận Tỉnh ủy đang triển khai Kế hoạch số 36-KH/BDVTU về xây dựng các nhóm Zalo "Dân vận ấp", đến nay đã có 1.025 nhóm hoạt động.
Kết thúc hội thảo, Ban tổ chức tiếp thu 19 tham luận, sẽ tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.
Các đại biểu cũng nhấn mạnh, chuyển đổi số phải lấy người dân làm trung tâm; cán bộ, công chức cần kiên trì hướng dẫn người cao tuổi, người khuyết tật, hộ nghèo tiếp cận dịch vụ công; không để ai bị bỏ lại phía sau. Đây cũng là nội dung trọng tâm của phong trào thi đua "Dân vận khéo" năm 2022.
HỒNG NHUNG
Tin khác
- Thạnh Hóa: 1.200 phần quà hỗ trợ người dân gặp khó khăn do dịch (10/11/2021)
- Hội nghị giao ban khối dân vận quý III (28/10/2021)
- Tân Trụ vận động nhân dân tiêm vắc xin (15/10/2021)
""", "2021-11-19", "Hội thảo khoa học: Dân vận chính quyền trong chuyển đổi số",
E("hoi_nghi", None, "2021-11-18"),
[P("Nguyễn Thị Hồng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tân", "TS.", "Hiệu trưởng Trường Đại học Kinh tế Công nghiệp Long An"),
 P("Trần Văn Khoa", "PGS.TS.", "Phó Viện trưởng Viện Chính trị học", "Học viện Chính trị khu vực II"),
 P("Lê Thị Ngọc Hân", "TS.", "Trưởng khoa Công nghệ thông tin của trường"),
 P("Võ Thành Nhân", "Chủ tịch UBND phường 3"),
 P("Lê Thị Mỹ Lệ", "Phó Bí thư Thường trực Đảng ủy xã Long Hựu Đông")],
[Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("41,2%", 41.2, "%"), Q("2.847 phản ánh", 2847, "phản ánh"),
 Q("khoảng 93%", 93, "%", "approx"), Q("126 tổ viên", 126, "tổ viên"), Q("hơn 4.000 lượt người dân", 4000, "lượt người dân", "over"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("1.025 nhóm", 1025, "nhóm"), Q("19 tham luận", 19, "tham luận")],
[D("Nghị quyết", "02", "NQ/TU", "2021-01-07", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU ngày 7/1/2021"),
 D("Kế hoạch", "36", "KH/BDVTU", None, None, "Kế hoạch số 36-KH/BDVTU")],
[prov("Long An"), com("phường 3"), com("Long Hựu Đông")],
["BÁO LONG AN ONLINE", "Chính trị » Thời sự", "Ảnh: Đồng chí Nguyễn Thị Hồng Phúc (giữa) chủ trì hội thảo",
 "Công tác dân vận chính quyền trong bối cảnh chuyển đổi số", "Tổ công nghệ số cộng đồng", "Dân vận ấp", "Dân vận khéo",
 "đi từng ngõ, gõ từng nhà", "Trường Đại học Kinh tế Công nghiệp Long An", "Học viện Chính trị khu vực II"],
["19/11/2021 09:42 GMT+7", "năm 2025", "năm 2030", "mức độ 3, 4", "10 tháng", "năm 2022", "phường 3"]))

PAGES.append(page("b7245-quangbinh-hoithao-baibao-danvan-2022", """
Báo Quảng Bình điện tử
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Ba, 06/09/2022 16:20
Hội thảo khoa học "Giá trị lý luận và thực tiễn bài báo Dân vận của Chủ tịch Hồ Chí Minh"
(QBĐT) - Ngày 5/9, Trường Đại học Quảng Bình phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội thảo khoa học "Giá trị lý luận và thực tiễn bài báo Dân vận của Chủ tịch Hồ Chí Minh đối với công tác dân vận ở tỉnh Quảng Bình hiện nay".
Quang cảnh hội thảo. Ảnh: P.V
Tham dự hội thảo có đồng chí Trần Thị Thu Hiền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Hoàng Dương Hùng, Hiệu trưởng Trường Đại học Quảng Bình; TS. Nguyễn Thị Lan Hương, Phó Trưởng ban Nghiên cứu, Tạp chí Cộng sản; cùng hơn 130 đại biểu, giảng viên, học viên cao học.
Ban tổ chức đã nhận được 42 bài tham luận, trong đó 8 bài của các nhà khoa học ngoài tỉnh. Theo TS. Nguyễn Thị Lan Hương, bài báo "Dân vận" ngày 15/10/1949 dù chỉ khoảng 600 chữ nhưng chứa đựng hệ thống quan điểm toàn diện: dân vận là gì, ai phụ trách dân vận, dân vận thế nào. Tư tưởng ấy đã được kế thừa trong Nghị quyết 25-NQ/TW và Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương.
ThS. Đinh Xuân Thủy, được bổ nhiệm làm Trưởng khoa Lý luận chính trị, Trường Đại học Quảng Bình từ tháng 7, trình bày tham luận về dân vận trong đồng bào Bru - Vân Kiều, Chứt ở huyện Minh Hóa, Lệ Thủy. Khảo sát của nhóm nghiên cứu tại 9 bản cho thấy có 64,8% hộ được hỏi đã từng được cán bộ biên phòng đến nhà vận động.
Đại diện cơ sở, ông Hồ Văn Thái, người có uy tín bản Khe Cát, xã Ngân Thủy, chia sẻ việc vận động bà con Vân Kiều giữ rừng, nhận khoán bảo vệ gần 2.000 ha rừng. Bà Nguyễn Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Hòa (thị xã Ba Đồn), cho biết xã đã vận động 357 hộ dân hiến đất, tháo dỡ tường rào mở rộng đường làng với giá trị ước tính 5,6 tỷ đồng.
Phát biểu bế mạc, đồng chí Trần Thị Thu Hiền nhấn mạnh: kết quả hội thảo là cơ sở để Ban Dân vận Tỉnh ủy tham mưu tổng kết 10 năm thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về phong trào thi đua "Dân vận khéo"; đồng thời đề nghị Trường Đại học Quảng Bình đưa nội dung bài báo "Dân vận" vào các học phần lý luận chính trị.
Nhiều đại biểu cho rằng, hơn 70 năm qua, lời dạy "Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công" vẫn còn nguyên giá trị. Trong bối cảnh mới, cán bộ dân vận phải biết lắng nghe, biết đối thoại, trọng dân, gần dân, có trách nhiệm với dân; tuyệt đối không được quan liêu, mệnh lệnh, hứa mà không làm.
Trần Hạnh
Tin liên quan
- Quảng Ninh (Quảng Bình): 500 phần quà cho hộ nghèo vùng lũ (30/08/2022)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2022 (22/08/2022)
- Tuyên Hóa đối thoại với thanh niên (10/08/2022)
""", "2022-09-06", "Hội thảo khoa học \"Giá trị lý luận và thực tiễn bài báo Dân vận của Chủ tịch Hồ Chí Minh\"",
E("hoi_nghi", None, "2022-09-05"),
[P("Trần Thị Thu Hiền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Dương Hùng", "PGS.TS.", "Hiệu trưởng Trường Đại học Quảng Bình"),
 P("Nguyễn Thị Lan Hương", "TS.", "Phó Trưởng ban Nghiên cứu", "Tạp chí Cộng sản"),
 P("Đinh Xuân Thủy", "ThS.", "Trưởng khoa Lý luận chính trị", "Trường Đại học Quảng Bình"),
 P("Hồ Văn Thái", "người có uy tín bản Khe Cát"),
 P("Nguyễn Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Hòa")],
[Q("hơn 130 đại biểu, giảng viên, học viên cao học", 130, "đại biểu, giảng viên, học viên cao học", "over"),
 Q("42 bài tham luận", 42, "bài tham luận"), Q("8 bài", 8, "bài"), Q("khoảng 600 chữ", 600, "chữ", "approx"),
 Q("9 bản", 9, "bản"), Q("64,8%", 64.8, "%"), Q("gần 2.000 ha", 2000, "ha", "approx"), Q("357 hộ dân", 357, "hộ dân"),
 Q("5,6 tỷ đồng", 5600000000, "đồng", "approx")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Quảng Bình"), com("Ngân Thủy"), com("Quảng Hòa")],
["Báo Quảng Bình điện tử", "Trang chủ / Chính trị / Xây dựng Đảng", "(QBĐT)", "Quang cảnh hội thảo. Ảnh: P.V",
 "Giá trị lý luận và thực tiễn bài báo Dân vận của Chủ tịch Hồ Chí Minh đối với công tác dân vận ở tỉnh Quảng Bình hiện nay",
 "Dân vận", "Dân vận khéo", "Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công", "Tạp chí Cộng sản",
 "Trường Đại học Quảng Bình"],
["Thứ Ba, 06/09/2022 16:20", "15/10/1949", "tháng 7", "10 năm", "hơn 70 năm"]))

PAGES.append(page("b7246-yenbai-soket-toadam-2022", """
BÁO YÊN BÁI
Cập nhật: 15/07/2022 - 17:05
Chính trị » Xây dựng Đảng » Dân vận
Đồng chí Hoàng Hữu Đạt phát biểu chỉ đạo hội nghị.
Yên Bái: Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng, tọa đàm về dân vận trong vùng đồng bào Mông
YBĐT - Ngày 14/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022, kết hợp tọa đàm khoa học với các giảng viên Trường Chính trị tỉnh và Học viện Dân tộc về nâng cao hiệu quả công tác dân vận vùng đồng bào Mông.
Đồng chí Hoàng Hữu Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Tham dự có đồng chí Giàng A Tông, Tỉnh ủy viên, Bí thư Huyện ủy Mù Cang Chải.
Báo cáo sơ kết cho biết, 6 tháng đầu năm 2022, các cơ quan dân vận đã tham mưu ban hành 26 văn bản; phối hợp tổ chức 156 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 214 đơn thư, đã giải quyết 189 đơn, đạt 88,3%. Toàn tỉnh có thêm 65 mô hình "Dân vận khéo" được công nhận.
Tại phần tọa đàm, TS. Đỗ Thị Hồng Nhung, Phó Giám đốc Học viện Dân tộc, cho rằng tình trạng di cư tự do, tảo hôn, truyền đạo trái pháp luật trong đồng bào Mông đã giảm nhưng còn tiềm ẩn phức tạp. Bà đề xuất lồng ghép các nguồn vốn của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
ThS. Hà Thị Thanh Xuân, Trưởng khoa Dân vận, Trường Chính trị tỉnh, giới thiệu nghiên cứu về "Tổ dân vận bản" tại 11 bản ở các huyện Trạm Tấu, Mù Cang Chải. Theo bà, mỗi tổ chỉ cần 3 - 5 người nhưng phải có trưởng họ và người có uy tín.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Sùng A Páo (Trạm Tấu), Lý Thị Mai (Văn Yên) cùng ông Thào A Vừ, người có uy tín bản Háng Đề Dê, xã Dế Xu Phình, đã trao đổi các kinh nghiệm vận động đồng bào bỏ hủ tục trong đám cưới, đám ma. Năm 2021, xã Dế Xu Phình không còn trường hợp tảo hôn nào.
Các đại biểu cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số địa bàn vùng sâu, vùng xa còn chậm; đội ngũ cán bộ dân vận cơ sở thường xuyên thay đổi, nhiều người chưa biết tiếng dân tộc; một số mô hình "Dân vận khéo" chưa có sức lan tỏa, thiếu kinh phí duy trì.
Kết luận hội nghị, đồng chí Hoàng Hữu Đạt yêu cầu 6 tháng cuối năm 2022 tập trung thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và công tác dân tộc; phối hợp các nhà khoa học tổ chức điều tra xã hội học về dư luận nhân dân tại 40 xã.
Thanh Chi
Các tin khác
- Văn Chấn: 90 hộ được hỗ trợ làm nhà ở (08/07/2022)
- Hội nghị giao ban công tác dân vận quý II (30/06/2022)
- Trạm Tấu tổ chức hội nghị người có uy tín (22/06/2022)
""", "2022-07-15", "Yên Bái: Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng, tọa đàm về dân vận trong vùng đồng bào Mông",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Hoàng Hữu Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng A Tông", "Tỉnh ủy viên", "Bí thư Huyện ủy Mù Cang Chải"),
 P("Đỗ Thị Hồng Nhung", "TS.", "Phó Giám đốc Học viện Dân tộc"),
 P("Hà Thị Thanh Xuân", "ThS.", "Trưởng khoa Dân vận", "Trường Chính trị tỉnh"),
 P("Sùng A Páo", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Mai", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào A Vừ", "người có uy tín bản Háng Đề Dê")],
[Q("26 văn bản", 26, "văn bản"), Q("156 cuộc đối thoại", 156, "cuộc đối thoại"), Q("214 đơn thư", 214, "đơn thư"),
 Q("189 đơn", 189, "đơn"), Q("88,3%", 88.3, "%"), Q("65 mô hình", 65, "mô hình"), Q("11 bản", 11, "bản"),
 Q("3 - 5 người", 3, "người", "approx"), Q("40 xã", 40, "xã")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Yên Bái"), com("Dế Xu Phình")],
["BÁO YÊN BÁI", "Chính trị » Xây dựng Đảng » Dân vận", "Đồng chí Hoàng Hữu Đạt phát biểu chỉ đạo hội nghị.", "YBĐT -",
 "Dân vận khéo", "Tổ dân vận bản", "Học viện Dân tộc", "Trường Chính trị tỉnh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 15/07/2022 - 17:05", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022", "Năm 2021"]))
