from lib import *
PAGES = []

PAGES.append(page("b8915-hatinh-mttq-phanbien-tichturuongdat-2017", """
BÁO HÀ TĨNH
Chính trị :: Mặt trận :: Tin tức
21.07.2017 | 16:05
Phản biện dự thảo nghị quyết khuyến khích tích tụ ruộng đất: Cần tính đến sinh kế của nông dân
(Baohatinh.vn) - Chiều 20/7, Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh về chính sách khuyến khích tích tụ, tập trung ruộng đất để phát triển sản xuất nông nghiệp quy mô lớn giai đoạn 2017 - 2020.
Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Thị Hà Vy chủ trì hội nghị.
Chủ trì hội nghị có đồng chí Nguyễn Văn Thiện - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Thị Hà Vy. Đây là hội nghị phản biện đầu tiên Mặt trận tỉnh tổ chức sau khi Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam được ban hành.
Trình bày dự thảo, Phó Giám đốc Sở Nông nghiệp và PTNT Nguyễn Văn Việt cho biết, toàn tỉnh hiện có khoảng 1,9 triệu thửa đất nông nghiệp, ruộng đất manh mún là rào cản lớn để cụ thể hóa Nghị quyết số 08-NQ/TU ngày 29/7/2016 của Ban Chấp hành Đảng bộ tỉnh về tái cơ cấu ngành nông nghiệp. Dự thảo đề xuất hỗ trợ 5 triệu đồng/ha cho tổ chức, cá nhân thuê, nhận chuyển nhượng quyền sử dụng đất từ 10 ha trở lên để sản xuất tập trung; hỗ trợ 30% chi phí đo đạc, chỉnh lý hồ sơ địa chính sau dồn điền đổi thửa. Tổng kinh phí dự kiến 45 tỷ đồng trong 4 năm.
Với 16 ý kiến phản biện, 62 đại biểu tham dự đồng tình về sự cần thiết ban hành chính sách. PGS.TS. Đinh Văn Hòa, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, đề nghị làm rõ tiêu chí "quy mô lớn" với từng loại cây trồng, vật nuôi, tránh trường hợp doanh nghiệp tích tụ đất rồi để hoang.
Ông Lê Văn Cường, Giám đốc Hợp tác xã nông nghiệp Đồng Tiến, xã Cẩm Thịnh, cho biết hợp tác xã đã thuê 24 ha của 130 hộ để trồng lúa chất lượng cao nhưng chưa được vay vốn vì không có tài sản thế chấp. Bà Nguyễn Thị Hoài, Chủ tịch Hội Nông dân xã Thạch Lạc, lo ngại khi giao ruộng cho doanh nghiệp, những lao động lớn tuổi sẽ mất việc làm, đề nghị bổ sung chính sách đào tạo nghề cho nông dân.
Tiếp thu, ông Nguyễn Văn Việt cho biết Sở sẽ bổ sung điều kiện về cam kết sử dụng lao động địa phương và cơ chế thu hồi hỗ trợ nếu bên thuê đất vi phạm hợp đồng.
Kết luận hội nghị, đồng chí Nguyễn Văn Thiện đề nghị cơ quan soạn thảo tiếp thu đầy đủ; Ban Thường trực Ủy ban MTTQ tỉnh sẽ ban hành văn bản phản biện gửi HĐND tỉnh trước kỳ họp thứ 4, HĐND tỉnh khóa XVII.
Thu Hà
Tin liên quan
- Mặt trận các cấp giám sát việc thực hiện chính sách hỗ trợ người dân vùng biển (10/07/2017)
- Lộc Hà: Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (28/06/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa XIV (15/06/2017)
""", "2017-07-21", "Phản biện dự thảo nghị quyết khuyến khích tích tụ ruộng đất: Cần tính đến sinh kế của nông dân",
E("hoi_nghi", None, "2017-07-20"),
[P("Nguyễn Văn Thiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Hà Vy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Việt", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Đinh Văn Hòa", "PGS.TS.", "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Lê Văn Cường", "Giám đốc Hợp tác xã nông nghiệp Đồng Tiến"),
 P("Nguyễn Thị Hoài", "Chủ tịch Hội Nông dân xã Thạch Lạc")],
[Q("khoảng 1,9 triệu thửa đất nông nghiệp", 1900000, "thửa đất nông nghiệp", "approx"),
 Q("5 triệu đồng/ha", 5000000, "đồng"), Q("từ 10 ha trở lên", 10, "ha", "over"), Q("30%", 30, "%"),
 Q("45 tỷ đồng", 45000000000, "đồng"), Q("16 ý kiến phản biện", 16, "ý kiến phản biện"), Q("62 đại biểu", 62, "đại biểu"),
 Q("24 ha", 24, "ha"), Q("130 hộ", 130, "hộ")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15",
   "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Nghị quyết", "08", "NQ/TU", "2016-07-29", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 29/7/2016")],
[prov("Hà Tĩnh"), com("Cẩm Thịnh"), com("Thạch Lạc")],
["BÁO HÀ TĨNH", "Chính trị :: Mặt trận :: Tin tức", "(Baohatinh.vn)",
 "Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Thị Hà Vy chủ trì hội nghị.", "quy mô lớn"],
["21.07.2017 | 16:05", "giai đoạn 2017 - 2020", "trong 4 năm", "kỳ họp thứ 4", "khóa XVII"]))

PAGES.append(page("b8916-soctrang-mttq-taphuan-giamsat-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Tin hoạt động | Công tác giám sát, phản biện
Cập nhật lúc 17:20 ngày 12/04/2018
Tập huấn nghiệp vụ giám sát, phản biện xã hội cho 180 cán bộ Mặt trận
Trong 2 ngày 10 và 11/4/2018, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2018 cho 180 cán bộ là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và các xã, phường, thị trấn trong tỉnh.
Ông Huỳnh Văn Kiệt, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, ông Huỳnh Văn Kiệt, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, cho biết năm 2017 Mặt trận các cấp trong tỉnh đã tổ chức 1.126 cuộc giám sát và 38 hội nghị phản biện; tuy nhiên nhiều kiến nghị sau giám sát còn chung chung, chưa được theo dõi đến cùng.
Các học viên được ThS. Lê Thị Thu Hà, Phó trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam, truyền đạt 6 chuyên đề: những điểm mới của Luật Mặt trận Tổ quốc Việt Nam năm 2015 về giám sát, phản biện; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội; kỹ năng xây dựng kế hoạch, lập đoàn giám sát; cách tổ chức hội nghị phản biện dự thảo nghị quyết của HĐND cùng cấp; kỹ năng viết văn bản kiến nghị và theo dõi việc giải quyết.
Ông Trần Minh Triều, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn thực hiện Hướng dẫn số 27/HD-MTTW-BTT và Kế hoạch số 09/KH-MTTQ-BTT ngày 5/3/2018 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát chuyên đề việc cấp giấy chứng nhận quyền sử dụng đất cho hộ đồng bào Khmer.
Trao đổi tại lớp, ông Thạch Sa Phone, Chủ tịch Ủy ban MTTQ xã Lai Hòa, nêu khó khăn khi giám sát các dự án điện gió thu hồi đất ven biển: người dân chủ yếu thắc mắc giá bồi thường 95.000 đồng/m2 đất nuôi trồng thủy sản nhưng cán bộ Mặt trận xã không được cung cấp hồ sơ. Bà Sơn Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ xã Viên An, đề nghị tỉnh hỗ trợ kinh phí cho Ban Thanh tra nhân dân vì mức chi hiện nay chỉ 500.000 đồng/tháng.
Cuối lớp, các học viên làm bài thu hoạch; 92% học viên đạt yêu cầu. Kinh phí lớp tập huấn 86 triệu đồng từ nguồn ngân sách tỉnh cấp cho Ủy ban MTTQ tỉnh.
Ông Huỳnh Văn Kiệt đề nghị sau tập huấn, Mặt trận cấp huyện tổ chức ít nhất 1 hội nghị phản biện trong năm và báo cáo kết quả về tỉnh trước ngày 30/11/2018.
Kim Sơn
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (02/04/2018)
- Vĩnh Châu: Trao 25 căn nhà Đại đoàn kết cho hộ nghèo dân tộc Khmer (20/03/2018)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ ngư dân (12/03/2018)
""", "2018-04-12", "Tập huấn nghiệp vụ giám sát, phản biện xã hội cho 180 cán bộ Mặt trận",
E("tap_huan", "2018", "2018-04-10"),
[P("Huỳnh Văn Kiệt", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lê Thị Thu Hà", "ThS.", "Phó trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
 P("Trần Minh Triều", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Thạch Sa Phone", "Chủ tịch Ủy ban MTTQ xã Lai Hòa"),
 P("Sơn Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ xã Viên An")],
[Q("180 cán bộ", 180, "cán bộ"), Q("1.126 cuộc giám sát", 1126, "cuộc giám sát"),
 Q("38 hội nghị phản biện", 38, "hội nghị phản biện"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("95.000 đồng/m2", 95000, "đồng"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("92%", 92, "%"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("ít nhất 1 hội nghị phản biện", 1, "hội nghị phản biện", "over")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", None, None, "Hướng dẫn số 27/HD-MTTW-BTT"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2018-03-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 5/3/2018")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Viên An")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ | Tin hoạt động | Công tác giám sát, phản biện",
 "Ông Huỳnh Văn Kiệt, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh phát biểu khai mạc lớp tập huấn.",
 "Luật Mặt trận Tổ quốc Việt Nam năm 2015", "Ban Thanh tra nhân dân"],
["Cập nhật lúc 17:20 ngày 12/04/2018", "Trong 2 ngày 10 và 11/4/2018", "năm 2017", "năm 2018"]))

PAGES.append(page("b8917-bacgiang-mttq-phanbien-banggiadat-2019", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận
Thứ Ba, 19/11/2019
Toàn cảnh hội nghị phản biện.
Phản biện dự thảo bảng giá đất giai đoạn 2020 - 2024: Đề nghị xem xét giá đất ven quốc lộ
BGĐT - Sáng 18/11, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh thông qua Bảng giá đất giai đoạn 2020 - 2024 trên địa bàn tỉnh Bắc Giang. Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Thân Văn Khoa chủ trì hội nghị.
Dự hội nghị có các đồng chí: Ngô Thị Hải, Phó Chủ tịch HĐND tỉnh; Giáp Văn Tuấn, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; đại diện các sở, ngành và khoảng 60 đại biểu là thành viên các hội đồng tư vấn của Ủy ban MTTQ tỉnh.
Theo ông Hoàng Văn Lợi, Phó Giám đốc Sở TN&MT, dự thảo được xây dựng theo Nghị định số 44/2014/NĐ-CP và Nghị định số 01/2017/NĐ-CP của Chính phủ, điều chỉnh giá tại 2.463 tuyến, đoạn đường. Giá đất ở cao nhất là 40 triệu đồng/m2 tại đường Nguyễn Văn Cừ (TP Bắc Giang), tăng 25% so với bảng giá hiện hành; giá đất ở nông thôn thấp nhất 150.000 đồng/m2; giá đất nông nghiệp giữ ổn định. Bình quân, giá đất ở đô thị tăng 17,5%.
Tại hội nghị, 21 ý kiến phản biện tập trung vào giá đất ven quốc lộ 31, quốc lộ 279 và các khu vực giáp ranh. Ông La Văn Sinh, Chủ tịch UBND xã Tân Sơn, cho rằng giá đất ở ven quốc lộ 31 qua xã được đề xuất tăng gần gấp đôi trong khi giá giao dịch thực tế không biến động nhiều, người dân sẽ khó khăn khi chuyển mục đích sử dụng đất.
Bà Nông Thị Hoa, Bí thư Đảng ủy thị trấn Chũ, đề nghị phân loại lại vị trí các ngõ, ngách ở thị trấn. Luật sư Nguyễn Đức Thành, thành viên Hội đồng tư vấn về dân chủ - pháp luật, đề nghị bổ sung thuyết minh về phương pháp so sánh trực tiếp đã áp dụng đối với 186 thửa đất điều tra.
Ông Giáp Văn Tuấn đề nghị Sở TN&MT tiếp thu, giải trình rõ những tuyến đường tăng trên 50% trước khi trình kỳ họp thứ 9, HĐND tỉnh khóa XVIII.
Kết luận hội nghị, đồng chí Thân Văn Khoa đề nghị cơ quan soạn thảo nghiên cứu tiếp thu để bảng giá đất vừa bảo đảm nguồn thu ngân sách, vừa phù hợp khả năng của người dân, nhất là ở phường Dĩnh Kế và các xã đang đô thị hóa. Ý kiến phản biện sẽ được tổng hợp gửi Thường trực HĐND tỉnh theo Kế hoạch số 215/KH-MTTQ-BTT ngày 28/10/2019 của Ban Thường trực Ủy ban MTTQ tỉnh và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Minh Thu
Tin liên quan
- Lục Ngạn: Mặt trận giám sát việc thu hồi đất làm đường cao tốc (12/11/2019)
- Ủy ban MTTQ tỉnh góp ý dự thảo Luật Thanh niên (sửa đổi) (04/11/2019)
- Trao 35 nhà Đại đoàn kết cho hộ nghèo huyện Sơn Động (28/10/2019)
""", "2019-11-19", "Phản biện dự thảo bảng giá đất giai đoạn 2020 - 2024: Đề nghị xem xét giá đất ven quốc lộ",
E("hoi_nghi", None, "2019-11-18"),
[P("Thân Văn Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Thị Hải", "Phó Chủ tịch HĐND tỉnh"),
 P("Giáp Văn Tuấn", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Hoàng Văn Lợi", "Phó Giám đốc Sở TN&MT"),
 P("La Văn Sinh", "Chủ tịch UBND xã Tân Sơn"),
 P("Nông Thị Hoa", "Bí thư Đảng ủy thị trấn Chũ"),
 P("Nguyễn Đức Thành", "Luật sư", "thành viên Hội đồng tư vấn về dân chủ - pháp luật")],
[Q("khoảng 60 đại biểu", 60, "đại biểu", "approx"), Q("2.463 tuyến, đoạn đường", 2463, "tuyến, đoạn đường"),
 Q("40 triệu đồng/m2", 40000000, "đồng"), Q("25%", 25, "%"), Q("150.000 đồng/m2", 150000, "đồng"),
 Q("17,5%", 17.5, "%"), Q("21 ý kiến phản biện", 21, "ý kiến phản biện"), Q("186 thửa đất điều tra", 186, "thửa đất điều tra"),
 Q("trên 50%", 50, "%", "over")],
[D("Nghị định", "44", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 44/2014/NĐ-CP"),
 D("Nghị định", "01", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 01/2017/NĐ-CP"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", "2019-10-28", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 28/10/2019"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Chũ"), com("Dĩnh Kế")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Mặt trận", "Toàn cảnh hội nghị phản biện.", "BGĐT",
 "quốc lộ 31", "quốc lộ 279"],
["Thứ Ba, 19/11/2019", "giai đoạn 2020 - 2024", "quốc lộ 31", "quốc lộ 279", "gần gấp đôi", "kỳ họp thứ 9", "khóa XVIII"]))

PAGES.append(page("b8918-binhthuan-mttq-soket-6thang-2019", """
BÁO BÌNH THUẬN ONLINE
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Ngày 12/07/2019 | 09:15
Mặt trận các cấp giám sát 96 cuộc trong 6 tháng đầu năm
Ngày 10/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm, trọng tâm là công tác giám sát, phản biện xã hội. Dự hội nghị có 37 đồng chí là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố.
Theo báo cáo, 6 tháng qua Mặt trận các cấp tổ chức 96 cuộc giám sát, trong đó cấp tỉnh chủ trì 3 cuộc về việc cấp giấy chứng nhận quyền sử dụng đất, bồi thường giải phóng mặt bằng dự án đường ven biển và thực hiện chính sách hỗ trợ ngư dân. Mặt trận tỉnh đã phản biện 2 dự thảo nghị quyết của HĐND tỉnh, trong đó dự thảo Nghị quyết quy định mức hỗ trợ khi Nhà nước thu hồi đất nông nghiệp nhận được 27 ý kiến phản biện, 19 ý kiến được cơ quan soạn thảo tiếp thu.
Cũng trong 6 tháng, Ban Thanh tra nhân dân 127 xã, phường, thị trấn đã tiếp nhận 86 đơn thư; Ban Giám sát đầu tư của cộng đồng giám sát 312 công trình với tổng vốn khoảng 540 tỷ đồng, kiến nghị khắc phục sai sót ở 8 công trình.
Thông qua kỳ họp HĐND tỉnh giữa năm, Mặt trận tổng hợp 1.245 ý kiến, kiến nghị của cử tri; tổ chức đối thoại tại 4 xã có tranh chấp đất đai kéo dài. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai; Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 2,1 tỷ đồng, xây dựng 52 căn nhà Đại đoàn kết.
Tại hội nghị, bà Thập Thị Thu Sương, Chủ tịch Ủy ban MTTQ huyện Bắc Bình, chia sẻ kinh nghiệm phối hợp với chức sắc Chăm vận động bà con bàn giao mặt bằng. Ông Lưu Văn Sung, Phó Chủ tịch Ủy ban MTTQ xã Phan Hiệp, cho biết xã đã giám sát việc chi trả tiền bồi thường cho 64 hộ có đất trong dự án hồ chứa nước. Ông Chamaléa Điểu, Trưởng Ban Thanh tra nhân dân xã Đông Giang, đề nghị tăng cường tập huấn kỹ năng giám sát cho cán bộ cơ sở.
Các đồng chí Võ Thị Lệ Hằng, Nguyễn Hữu Tài - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh giải đáp một số vướng mắc về quy trình giám sát theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Kết luận hội nghị, ông Đặng Hồng Sỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, yêu cầu 6 tháng cuối năm tập trung giám sát việc thực hiện Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy về quản lý đất đai ven biển và thực hiện tốt kế hoạch số 12/KH-MTTQ-BTT về phản biện dự thảo bảng giá đất giai đoạn 2020 - 2024.
Ngọc Lân
Tin liên quan
- Đức Linh: giám sát việc thực hiện chính sách bảo hiểm y tế (05/07/2019)
- Tánh Linh: hội nghị đối thoại về đất đai (25/06/2019)
- Phan Thiết: ra mắt 12 tổ tự quản về an ninh trật tự (14/06/2019)
""", "2019-07-12", "Mặt trận các cấp giám sát 96 cuộc trong 6 tháng đầu năm",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Thập Thị Thu Sương", "Chủ tịch Ủy ban MTTQ huyện Bắc Bình"),
 P("Lưu Văn Sung", "Phó Chủ tịch Ủy ban MTTQ xã Phan Hiệp"),
 P("Chamaléa Điểu", "Trưởng Ban Thanh tra nhân dân xã Đông Giang"),
 P("Võ Thị Lệ Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Hồng Sỹ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("37 đồng chí", 37, "đồng chí"), Q("96 cuộc giám sát", 96, "cuộc giám sát"), Q("3 cuộc", 3, "cuộc"),
 Q("2 dự thảo nghị quyết", 2, "dự thảo nghị quyết"), Q("27 ý kiến phản biện", 27, "ý kiến phản biện"),
 Q("19 ý kiến", 19, "ý kiến"), Q("1.245 ý kiến, kiến nghị của cử tri", 1245, "ý kiến, kiến nghị"), Q("4 xã", 4, "xã"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("52 căn nhà Đại đoàn kết", 52, "căn nhà Đại đoàn kết"),
 Q("64 hộ", 64, "hộ"), Q("127 xã, phường, thị trấn", 127, "xã, phường, thị trấn"), Q("86 đơn thư", 86, "đơn thư"),
 Q("312 công trình", 312, "công trình"), Q("khoảng 540 tỷ đồng", 540000000000, "đồng", "approx"), Q("8 công trình", 8, "công trình")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, None, "kế hoạch số 12/KH-MTTQ-BTT")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Đông Giang")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ban Thanh tra nhân dân"],
["Ngày 12/07/2019 | 09:15", "37 đồng chí", "6 tháng đầu năm 2019", "6 tháng cuối năm", "giai đoạn 2020 - 2024"]))

PAGES.append(page("b8919-cantho-mttq-phanbien-banggiadat-2020", """
Báo Cần Thơ Online
Chính trị » Mặt trận - Đoàn thể
3 tháng 12, 2020 | 17:45
Phản biện dự thảo sửa đổi, bổ sung Bảng giá đất: Cần sát với giá thị trường
Chiều 2/12, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND thành phố sửa đổi, bổ sung Bảng giá các loại đất giai đoạn 2020 - 2024 trên địa bàn thành phố. Đồng chí Trương Quang Hiển, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Tham dự có các đồng chí Lê Thị Ngọc Yến, Trần Văn Bé - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đại diện Sở Tài nguyên và Môi trường, Sở Tài chính, Sở Xây dựng và thành viên các hội đồng tư vấn.
Đồng chí Trương Quang Hiển (đứng) phát biểu kết luận hội nghị. Ảnh: K.N
Theo tờ trình của UBND thành phố do bà Đoàn Thị Mỹ Hạnh, Phó Giám đốc Sở Tài nguyên và Môi trường trình bày, Bảng giá đất ban hành kèm theo Nghị quyết số 22/2019/NQ-HĐND ngày 6/12/2019 của HĐND thành phố sau một năm áp dụng đã bộc lộ một số bất cập: 214 tuyến đường mới hình thành chưa có giá, một số tuyến có giá thấp hơn nhiều so với giá chuyển nhượng. Dự thảo bổ sung giá cho 214 tuyến này, điều chỉnh 38 tuyến khác; giá đất ở cao nhất vẫn là 65 triệu đồng/m2 trên đường Hai Bà Trưng (quận Ninh Kiều). Giá đất nông nghiệp ở các phường ven đô tăng bình quân 10%.
Hội nghị ghi nhận 12 ý kiến phản biện. Luật sư Võ Minh Trí, thành viên Hội đồng tư vấn về Dân chủ - Pháp luật, cho rằng dự thảo cần viện dẫn đúng khung giá theo Nghị định số 96/2019/NĐ-CP ngày 19/12/2019 của Chính phủ quy định về khung giá đất. Ông Huỳnh Văn Nhỏ, Chủ tịch Ủy ban MTTQ phường An Khánh, đề nghị đưa các hẻm có chiều rộng trên 4 m vào bảng giá riêng vì người dân phải nộp tiền sử dụng đất rất cao khi chuyển mục đích.
Ông Trần Văn Út, Trưởng ấp Thới Hòa, xã Thới Hưng phản ánh giá đất trồng cây lâu năm tại ấp chỉ 95.000 đồng/m2, thấp hơn nhiều so với các xã giáp ranh của tỉnh Hậu Giang. Đại diện Hội Nông dân thành phố đề nghị quan tâm hỗ trợ cho khoảng 1.300 hộ có đất nông nghiệp bị thu hồi trong năm 2021.
Phát biểu kết luận, đồng chí Trương Quang Hiển đánh giá cao các ý kiến tâm huyết, đề nghị cơ quan soạn thảo tiếp thu, giải trình bằng văn bản trước kỳ họp cuối năm của HĐND thành phố. Mặt trận thành phố sẽ tiếp tục giám sát việc tiếp thu ý kiến phản biện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Khánh Nam
Tin liên quan
- Cần Thơ: Mặt trận vận động hơn 15 tỷ đồng hỗ trợ người dân ảnh hưởng dịch COVID-19 (25/11/2020)
- Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh (16/11/2020)
- Đại hội đại biểu MTTQ Việt Nam quận Bình Thủy lần thứ V (05/10/2020)
""", "2020-12-03", "Phản biện dự thảo sửa đổi, bổ sung Bảng giá đất: Cần sát với giá thị trường",
E("hoi_nghi", None, "2020-12-02"),
[P("Trương Quang Hiển", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Ngọc Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Bé", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đoàn Thị Mỹ Hạnh", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Võ Minh Trí", "Luật sư", "thành viên Hội đồng tư vấn về Dân chủ - Pháp luật"),
 P("Huỳnh Văn Nhỏ", "Chủ tịch Ủy ban MTTQ phường An Khánh"),
 P("Trần Văn Út", "Trưởng ấp Thới Hòa")],
[Q("214 tuyến đường mới", 214, "tuyến đường"), Q("38 tuyến", 38, "tuyến"), Q("65 triệu đồng/m2", 65000000, "đồng"),
 Q("10%", 10, "%"), Q("12 ý kiến phản biện", 12, "ý kiến phản biện"), Q("trên 4 m", 4, "m", "over"),
 Q("95.000 đồng/m2", 95000, "đồng"), Q("khoảng 1.300 hộ", 1300, "hộ", "approx")],
[D("Nghị quyết", "22", "2019/NQ-HĐND", "2019-12-06", "HĐND thành phố", "Nghị quyết số 22/2019/NQ-HĐND ngày 6/12/2019"),
 D("Nghị định", "96", "2019/NĐ-CP", "2019-12-19", "Chính phủ", "Nghị định số 96/2019/NĐ-CP ngày 19/12/2019"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng"), prov("Hậu Giang")],
["Báo Cần Thơ Online", "Chính trị » Mặt trận - Đoàn thể", "Đồng chí Trương Quang Hiển (đứng) phát biểu kết luận hội nghị. Ảnh: K.N"],
["3 tháng 12, 2020 | 17:45", "giai đoạn 2020 - 2024", "một năm", "năm 2021"]))

PAGES.append(page("b8920-dienbien-mttq-giamsat-sanbay-2020", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 14/10/2020
Giám sát bồi thường, giải phóng mặt bằng dự án mở rộng Cảng hàng không Điện Biên
Ngày 12/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lường Văn Thiện, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, Trưởng đoàn giám sát làm trưởng đoàn đã giám sát việc thực hiện công tác bồi thường, hỗ trợ, tái định cư dự án mở rộng Cảng hàng không Điện Biên tại thành phố Điện Biên Phủ và huyện Điện Biên.
Cùng dự có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Lò Thị Hương, Giàng A Dính; đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh, Sở Tài nguyên và Môi trường.
Thực hiện Kế hoạch số 1258/KH-MTTQ-BTT ngày 25/9/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc với UBND thành phố Điện Biên Phủ, UBND phường Thanh Trường, UBND xã Thanh Xương và kiểm tra thực tế tại khu tái định cư Noong Bua.
Theo báo cáo, dự án thu hồi hơn 64 ha đất của 568 hộ gia đình, cá nhân, trong đó 149 hộ phải bố trí tái định cư. Tổng kinh phí bồi thường, hỗ trợ theo phương án được phê duyệt là 425 tỷ đồng; đến nay đã chi trả 398,6 tỷ đồng, đạt 93,8%. Đơn giá bồi thường tài sản áp dụng theo Quyết định số 14/2020/QĐ-UBND ngày 30/6/2020 của UBND tỉnh. Khu tái định cư Noong Bua có 162 lô đất, đã bàn giao 121 lô cho các hộ. Còn 17 hộ chưa nhận tiền, chủ yếu do chưa đồng thuận với giá đất ở tái định cư 3,2 triệu đồng/m2.
Ông Lò Văn Bun, Chủ tịch UBND phường Thanh Trường, cho biết phường đã tổ chức 9 cuộc đối thoại với các hộ dân. Bà Lường Thị Mai, tổ dân phố 5, phường Thanh Trường, đề nghị được nhận đất tái định cư gần nơi ở cũ để tiếp tục buôn bán. Ông Quàng Văn Lả, Bí thư Chi bộ bản Phiêng Lơi, xã Thanh Xương, phản ánh mương thủy lợi bị cắt ngang khiến khoảng 12 ha lúa thiếu nước.
Qua giám sát, đoàn ghi nhận các địa phương triển khai đúng quy trình, công khai phương án tại 100% tổ dân phố, bản có đất thu hồi. Đoàn kiến nghị UBND tỉnh xem xét giá đất tái định cư cho phù hợp, sớm hoàn thiện hạ tầng khu tái định cư; đề nghị chủ đầu tư khắc phục hệ thống thủy lợi trước vụ Đông Xuân.
Kết luận buổi giám sát, đồng chí Lường Văn Thiện đề nghị Ủy ban MTTQ thành phố và huyện tiếp tục giám sát theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, kịp thời nắm tâm tư của 149 hộ tái định cư, không để phát sinh điểm nóng.
Quang Hưng
Tin liên quan
- Mường Chà: đối thoại với người dân về chính sách hỗ trợ nhà ở (05/10/2020)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 14, khóa XIV (28/09/2020)
- Tuần Giáo trao 20 nhà Đại đoàn kết (18/09/2020)
""", "2020-10-14", "Giám sát bồi thường, giải phóng mặt bằng dự án mở rộng Cảng hàng không Điện Biên",
E("giam_sat", None, "2020-10-12"),
[P("Lường Văn Thiện", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh", "Trưởng đoàn giám sát"),
 P("Lò Thị Hương", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Giàng A Dính", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Văn Bun", "Chủ tịch UBND phường Thanh Trường"),
 P("Lường Thị Mai"),
 P("Quàng Văn Lả", "Bí thư Chi bộ bản Phiêng Lơi")],
[Q("hơn 64 ha", 64, "ha", "over"), Q("568 hộ gia đình, cá nhân", 568, "hộ gia đình, cá nhân"), Q("149 hộ", 149, "hộ"),
 Q("425 tỷ đồng", 425000000000, "đồng"), Q("398,6 tỷ đồng", 398600000000, "đồng"), Q("93,8%", 93.8, "%"),
 Q("162 lô đất", 162, "lô đất"), Q("121 lô", 121, "lô"), Q("17 hộ", 17, "hộ"), Q("3,2 triệu đồng/m2", 3200000, "đồng"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"),
 Q("khoảng 12 ha", 12, "ha", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "1258", "KH-MTTQ-BTT", "2020-09-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 1258/KH-MTTQ-BTT ngày 25/9/2020"),
 D("Quyết định", "14", "2020/QĐ-UBND", "2020-06-30", "UBND tỉnh", "Quyết định số 14/2020/QĐ-UBND ngày 30/6/2020"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Điện Biên"), com("Thanh Trường"), com("Thanh Xương")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Cảng hàng không Điện Biên", "Noong Bua"],
["Thứ Tư, 14/10/2020", "tổ dân phố 5"]))
