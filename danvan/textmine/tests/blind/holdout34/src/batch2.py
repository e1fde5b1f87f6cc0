"""holdout34 batch 2: b779-b784 (pages and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b779
PAGES.append(page("b779-hatinh-mttq-phanbien-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ :: Giám sát - Phản biện xã hội
Cập nhật lúc: 16:45 - 10/08/2017
Phản biện dự thảo nghị quyết về chính sách khuyến khích phát triển nông nghiệp, nông thôn
Sáng 9/8, Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về một số chính sách khuyến khích phát triển nông nghiệp, nông thôn giai đoạn 2018 - 2020. Đây là hội nghị phản biện thứ hai trong chương trình giám sát, phản biện xã hội năm 2017 của Ủy ban MTTQ tỉnh.
Ông Bùi Trọng Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Tham dự có ông Lê Văn Khoa, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh; ông Phạm Đình Thông, Phó Giám đốc Sở Nông nghiệp và PTNT (cơ quan chủ trì soạn thảo); đại diện các tổ chức chính trị - xã hội, Hội đồng tư vấn của Ủy ban MTTQ tỉnh cùng hơn 60 đại biểu.
Dự thảo nghị quyết sẽ thay thế Nghị quyết số 90/2014/NQ-HĐND của HĐND tỉnh, gồm 12 nhóm chính sách, dự kiến ngân sách tỉnh bố trí khoảng 150 tỷ đồng mỗi năm. Trong đó, hợp tác xã nông nghiệp thành lập mới được hỗ trợ 50% chi phí xây dựng trụ sở, nhà kho, tối đa 300 triệu đồng/hợp tác xã; hộ chăn nuôi quy mô từ 50 con lợn nái trở lên được hỗ trợ lãi suất vay vốn trong 24 tháng.
Trước hội nghị, Ủy ban MTTQ tỉnh đã gửi dự thảo xin ý kiến 25 chuyên gia, nhà khoa học và Ủy ban MTTQ 13 huyện, thành phố, thị xã, nhận được 41 ý kiến bằng văn bản. Các ý kiến cơ bản đồng tình với sự cần thiết ban hành nghị quyết, song cho rằng một số chính sách còn dàn trải, thủ tục hỗ trợ phức tạp, khó tiếp cận với nông dân.
Ông Hồ Sỹ Tuệ, nguyên Giám đốc Sở Khoa học và Công nghệ, thành viên Hội đồng tư vấn kinh tế của Ủy ban MTTQ tỉnh, đề nghị tập trung nguồn lực cho chuỗi liên kết sản phẩm chủ lực như cam, bưởi Phúc Trạch, chăn nuôi lợn, tránh hỗ trợ bình quân. Bà Nguyễn Thị Hải Yến, Chủ tịch Hội Nông dân tỉnh, đề nghị cho phép Hội Nông dân tham gia bình xét đối tượng thụ hưởng ở cơ sở. Ông Trần Văn Hợi, Giám đốc Hợp tác xã dịch vụ nông nghiệp xã Thạch Xuân (huyện Thạch Hà), kiến nghị rút ngắn thời gian thẩm định hồ sơ xuống còn 15 ngày làm việc.
Tiếp thu ý kiến, ông Phạm Đình Thông cho biết cơ quan soạn thảo sẽ điều chỉnh theo hướng giảm đầu mối, công khai quy trình hỗ trợ tại trụ sở UBND xã.
Kết luận hội nghị, ông Bùi Trọng Lâm nhấn mạnh, việc phản biện được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam và Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2017 của Ban Thường trực Ủy ban MTTQ tỉnh. Ban Thường trực sẽ tổng hợp đầy đủ ý kiến, gửi văn bản phản biện tới Thường trực HĐND, UBND tỉnh trước kỳ họp HĐND tỉnh cuối năm.
Văn phòng Ủy ban MTTQ tỉnh
Xem thêm
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Hương Khê (02/08/2017)
- Hội nghị triển khai Luật Mặt trận Tổ quốc Việt Nam năm 2015 (19/07/2017)
- Mặt trận tỉnh tiếp xúc cử tri trước kỳ họp thứ 4 HĐND tỉnh (05/07/2017)
""", "2017-08-10",
"Phản biện dự thảo nghị quyết về chính sách khuyến khích phát triển nông nghiệp, nông thôn",
E("hoi_nghi", "2017", "2017-08-09"),
[P("Bùi Trọng Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Khoa", "Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Phạm Đình Thông", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Hồ Sỹ Tuệ", "nguyên Giám đốc Sở Khoa học và Công nghệ", "thành viên Hội đồng tư vấn kinh tế của Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hải Yến", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Hợi", "Giám đốc Hợp tác xã dịch vụ nông nghiệp xã Thạch Xuân")],
[Q("hơn 60 đại biểu", 60, "đại biểu", "over"),
 Q("12 nhóm chính sách", 12, "nhóm chính sách"),
 Q("khoảng 150 tỷ đồng", 150000000000, "đồng", "approx"),
 Q("50% chi phí", 50, "%"),
 Q("300 triệu đồng/hợp tác xã", 300000000, "đồng"),
 Q("từ 50 con lợn nái trở lên", 50, "con lợn nái", "over"),
 Q("25 chuyên gia, nhà khoa học", 25, "chuyên gia, nhà khoa học"),
 Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("41 ý kiến", 41, "ý kiến")],
[D("Nghị quyết", "90", "2014/NQ-HĐND", None, "HĐND tỉnh", surface="Nghị quyết số 90/2014/NQ-HĐND của HĐND tỉnh"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2017-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2017 của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Hà Tĩnh"), com("Thạch Xuân")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ :: Giám sát - Phản biện xã hội", "Văn phòng Ủy ban MTTQ tỉnh",
 "bưởi Phúc Trạch", "Hội đồng tư vấn kinh tế"],
["Cập nhật lúc: 16:45 - 10/08/2017", "giai đoạn 2018 - 2020", "hội nghị phản biện thứ hai", "năm 2017", "24 tháng", "15 ngày làm việc"]))

# ---------------------------------------------------------------- b780
PAGES.append(page("b780-longan-congdoan-doithoai-2018", """
Báo Long An Online
Trang chủ > Chính trị > Công đoàn
Thứ Năm, ngày 17/05/2018 - 06:50 AM
Chủ tịch UBND tỉnh đối thoại với công nhân lao động
Quang cảnh buổi đối thoại tại huyện Đức Hòa
(LA) - Chiều 16/5, tại huyện Đức Hòa, Liên đoàn Lao động (LĐLĐ) tỉnh Long An phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2018, hưởng ứng Tháng Công nhân. Ông Nguyễn Thanh Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại.
Cùng dự có ông Huỳnh Văn Quang, Chủ tịch LĐLĐ tỉnh; Giám đốc Sở Lao động - Thương binh và Xã hội Phan Văn Liêm; Thượng tá Nguyễn Minh Trí, Phó Giám đốc Công an tỉnh; lãnh đạo các sở, ngành, Ban Quản lý các khu kinh tế tỉnh và hơn 300 công nhân lao động đang làm việc tại các khu, cụm công nghiệp.
Theo báo cáo của LĐLĐ tỉnh, toàn tỉnh hiện có hơn 110.000 công nhân lao động làm việc trong 1.230 doanh nghiệp. Từ đầu năm 2018, tiền lương tối thiểu vùng I áp dụng theo Nghị định số 141/2017/NĐ-CP ngày 7/12/2017 của Chính phủ là 3.980.000 đồng/tháng; thu nhập bình quân của công nhân đạt khoảng 5,6 triệu đồng/tháng. Tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể đạt 68%. Năm 2017 trên địa bàn xảy ra 4 vụ ngừng việc tập thể, đều được giải quyết kịp thời.
Trước buổi đối thoại, các cấp công đoàn đã tổng hợp 62 ý kiến của công nhân lao động. Tại hội nghị, có 18 ý kiến được nêu trực tiếp, tập trung vào nhà ở, nhà trẻ cho con công nhân, chất lượng bữa ăn ca, an ninh trật tự khu nhà trọ và việc doanh nghiệp chậm đóng bảo hiểm xã hội.
Chị Thạch Thị Sa Pha, công nhân Công ty TNHH Giày da Hoàng Phát (Khu công nghiệp Đức Hòa 1), quê Sóc Trăng, phản ánh giá điện, nước ở nhiều khu nhà trọ còn cao hơn quy định. Anh Lê Văn Tuấn, Chủ tịch Công đoàn cơ sở Công ty cổ phần Thép Nam Long, đề nghị nâng giá trị bữa ăn ca từ 15.000 đồng lên ít nhất 20.000 đồng/suất.
Trả lời ý kiến, Thượng tá Nguyễn Minh Trí cho biết Công an tỉnh đã chỉ đạo tăng cường tuần tra tại các khu nhà trọ ở xã Đức Hòa Hạ, Hựu Thạnh, Tân Đức. Ông Phan Văn Liêm thông tin, tỉnh đang kêu gọi đầu tư 500 căn nhà lưu trú cho công nhân tại huyện Đức Hòa và Bến Lức.
Kết luận buổi đối thoại, ông Nguyễn Thanh Hải yêu cầu các sở, ngành tiếp tục thực hiện Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, Kế hoạch số 1520/KH-UBND ngày 20/4/2018 của UBND tỉnh về tổ chức Tháng Công nhân năm 2018; kiên quyết xử lý doanh nghiệp nợ đọng bảo hiểm xã hội. Những ý kiến chưa trả lời tại hội nghị sẽ được các cơ quan trả lời bằng văn bản trước ngày 15/6.
Dịp này, LĐLĐ tỉnh trao 50 suất quà, mỗi suất 1 triệu đồng cho công nhân có hoàn cảnh khó khăn.
Ngọc Mến
Tin liên quan
- Khởi động Tháng Công nhân năm 2018 (01/05/2018)
- Công đoàn Long An trao 20 Mái ấm Công đoàn (18/04/2018)
- 2.000 công nhân được khám sức khỏe miễn phí (10/04/2018)
""", "2018-05-17",
"Chủ tịch UBND tỉnh đối thoại với công nhân lao động",
E("doi_thoai", "2018", "2018-05-16"),
[P("Nguyễn Thanh Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Văn Quang", "Chủ tịch LĐLĐ tỉnh"),
 P("Phan Văn Liêm", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Nguyễn Minh Trí", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Thạch Thị Sa Pha", "công nhân Công ty TNHH Giày da Hoàng Phát"),
 P("Lê Văn Tuấn", "Chủ tịch Công đoàn cơ sở Công ty cổ phần Thép Nam Long")],
[Q("hơn 300 công nhân lao động", 300, "công nhân lao động", "over"),
 Q("hơn 110.000 công nhân lao động", 110000, "công nhân lao động", "over"),
 Q("1.230 doanh nghiệp", 1230, "doanh nghiệp"),
 Q("3.980.000 đồng/tháng", 3980000, "đồng"),
 Q("khoảng 5,6 triệu đồng/tháng", 5600000, "đồng", "approx"),
 Q("68%", 68, "%"),
 Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"),
 Q("62 ý kiến", 62, "ý kiến"),
 Q("18 ý kiến", 18, "ý kiến"),
 Q("15.000 đồng", 15000, "đồng"),
 Q("ít nhất 20.000 đồng/suất", 20000, "đồng", "over"),
 Q("500 căn nhà lưu trú", 500, "căn nhà lưu trú"),
 Q("50 suất quà", 50, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "141", "2017/NĐ-CP", "2017-12-07", "Chính phủ", surface="Nghị định số 141/2017/NĐ-CP ngày 7/12/2017 của Chính phủ"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", surface="Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư"),
 D("Kế hoạch", "1520", "KH-UBND", "2018-04-20", "UBND tỉnh", surface="Kế hoạch số 1520/KH-UBND ngày 20/4/2018 của UBND tỉnh")],
[prov("Long An"), com("Đức Hòa Hạ"), com("Hựu Thạnh"), com("Tân Đức")],
["Báo Long An Online", "Trang chủ > Chính trị > Công đoàn", "Quang cảnh buổi đối thoại tại huyện Đức Hòa", "(LA)",
 "Tháng Công nhân", "Khu công nghiệp Đức Hòa 1", "Sóc Trăng"],
["Thứ Năm, ngày 17/05/2018 - 06:50 AM", "năm 2018", "Năm 2017", "vùng I", "ngày 15/6"]))

# ---------------------------------------------------------------- b781
PAGES.append(page("b781-hoabinh-mttq-daihoi-2019", """
BÁO HÒA BÌNH ĐIỆN TỬ
Hôm nay: Thứ Năm, 22/08/2019
Chính trị >> Mặt trận - Đoàn thể
21/08/2019 | 18:30
Phát huy sức mạnh khối đại đoàn kết toàn dân tộc, xây dựng Hòa Bình phát triển nhanh, bền vững
(HBĐT) - Trong 2 ngày 20 và 21/8, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV, nhiệm kỳ 2019 - 2024. Dự Đại hội có 300 đại biểu chính thức đại diện cho các tầng lớp nhân dân, các dân tộc Mường, Kinh, Thái, Dao, Tày, Mông và đồng bào các tôn giáo trong tỉnh.
Tới dự và chỉ đạo Đại hội có đồng chí Ngô Sách Thanh, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Quách Văn Toản, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Bùi Đức Hinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo chính trị trình Đại hội cho biết, nhiệm kỳ 2014 - 2019, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 46 tỷ đồng, hỗ trợ xây mới, sửa chữa 2.860 nhà Đại đoàn kết; tỷ lệ hộ nghèo toàn tỉnh giảm từ 26,8% xuống còn 12,3%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" góp phần để 56 xã đạt chuẩn nông thôn mới. Mặt trận chủ trì 1.120 cuộc giám sát, tổ chức 94 hội nghị phản biện xã hội, tham gia góp ý xây dựng Đảng, chính quyền theo Quyết định 217, 218 của Bộ Chính trị.
Tham luận tại Đại hội, ông Bùi Văn Nhật, Trưởng ban Công tác Mặt trận xóm Mỗ (xã Phong Phú, huyện Tân Lạc), chia sẻ kinh nghiệm vận động bà con người Mường dồn điền, đổi thửa, hiến đất làm đường; Linh mục Phaolô Nguyễn Văn Khoan, Quản xứ Giáo xứ Mường Khến, nói về phong trào "sống tốt đời, đẹp đạo" của giáo dân.
Phát biểu chỉ đạo, đồng chí Quách Văn Toản đề nghị Mặt trận các cấp thực hiện tốt Chỉ thị số 18-CT/TW của Ban Bí thư và Kế hoạch số 128-KH/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội MTTQ các cấp; đổi mới phương thức hoạt động theo hướng hướng mạnh về cơ sở, lắng nghe và phản ánh kịp thời tâm tư, nguyện vọng của nhân dân. Đến nay, 100% xã, phường, thị trấn và 11 huyện, thành phố trong tỉnh đã tổ chức xong đại hội MTTQ nhiệm kỳ 2019 - 2024.
Đại hội đã hiệp thương cử 75 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XV. Tại hội nghị lần thứ nhất, Ủy ban MTTQ tỉnh khóa XV đã hiệp thương cử Ban Thường trực gồm 4 vị. Đồng chí Bạch Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV; các đồng chí Xa Thị Hương, Đinh Công Sứ, Nguyễn Văn Thắng được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ủy ban khóa mới có 9 vị là chức sắc, người có uy tín trong đồng bào dân tộc, tôn giáo, trong đó có Đại đức Thích Quảng Hiền, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Đại hội cũng hiệp thương cử 6 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.
Minh Thu
Tin cùng chuyên mục
- Đại hội MTTQ huyện Lạc Sơn lần thứ XIV (02/07/2019)
- Ra mắt mô hình "Khu dân cư tự quản" tại xóm Mỗ (20/06/2019)
- Mặt trận tỉnh giám sát thực hiện chính sách BHYT (12/06/2019)
""", "2019-08-21",
"Phát huy sức mạnh khối đại đoàn kết toàn dân tộc, xây dựng Hòa Bình phát triển nhanh, bền vững",
E("hoi_nghi", None, "2019-08-20"),
[P("Ngô Sách Thanh", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Quách Văn Toản", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Bùi Đức Hinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Nhật", "Trưởng ban Công tác Mặt trận xóm Mỗ"),
 P("Phaolô Nguyễn Văn Khoan", "Linh mục", "Quản xứ Giáo xứ Mường Khến"),
 P("Bạch Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV"),
 P("Xa Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Quảng Hiền", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("300 đại biểu", 300, "đại biểu"),
 Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"),
 Q("2.860 nhà Đại đoàn kết", 2860, "nhà Đại đoàn kết"),
 Q("26,8%", 26.8, "%"),
 Q("12,3%", 12.3, "%"),
 Q("56 xã", 56, "xã"),
 Q("1.120 cuộc giám sát", 1120, "cuộc giám sát"),
 Q("94 hội nghị phản biện xã hội", 94, "hội nghị phản biện xã hội"),
 Q("100% xã, phường, thị trấn", 100, "%"),
 Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("75 vị", 75, "vị"),
 Q("4 vị", 4, "vị"),
 Q("9 vị", 9, "vị"),
 Q("6 đại biểu", 6, "đại biểu")],
[D("Quyết định", "217", None, None, "Bộ Chính trị", surface="Quyết định 217, 218 của Bộ Chính trị"),
 D("Quyết định", "218", None, None, "Bộ Chính trị", surface="Quyết định 217, 218 của Bộ Chính trị"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 18-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "128", "KH/TU", "2019-03-15", "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 128-KH/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy")],
[prov("Hòa Bình"), com("Phong Phú")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Hôm nay: Thứ Năm, 22/08/2019", "Chính trị >> Mặt trận - Đoàn thể", "(HBĐT)", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "sống tốt đời, đẹp đạo", "Giáo xứ Mường Khến"],
["Hôm nay: Thứ Năm, 22/08/2019", "21/08/2019 | 18:30", "lần thứ XV", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019",
 "hội nghị lần thứ nhất", "lần thứ IX", "khóa XV"]))

# ---------------------------------------------------------------- b782
PAGES.append(page("b782-dongthap-hoinongdan-giaoban-2019", """
Báo Đồng Tháp Online
Thời sự - Chính trị ›› Mặt trận - Đoàn thể
04.10.2019 - 09:15
Nông dân đóng góp hơn 21 tỷ đồng xây dựng nông thôn mới
Sáng 3/10, Hội Nông dân tỉnh Đồng Tháp tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý III năm 2019, triển khai nhiệm vụ quý IV. Ông Võ Thành Phong, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Tư, Nguyễn Thị Mỹ Xuyên, Phan Thanh Hùng và Chủ tịch Hội Nông dân 12 huyện, thị xã, thành phố.
Theo báo cáo, trong quý III, các cấp Hội đã vận động nông dân đóng góp hơn 21 tỷ đồng, 18.500 ngày công và hiến 12.600 m2 đất để xây dựng đường giao thông, cầu, cống nội đồng. Toàn tỉnh có 5.420 hộ đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi; thành lập mới 14 tổ hợp tác và 3 hợp tác xã kiểu mới; kết nạp mới 1.120 hội viên. Quỹ Hỗ trợ nông dân các cấp giải ngân 4,6 tỷ đồng cho 132 hộ vay phát triển mô hình nuôi cá tra, trồng xoài theo hướng VietGAP.
Các cấp Hội cũng phối hợp tổ chức 36 cuộc đối thoại giữa lãnh đạo chính quyền xã với hội viên nông dân, tiếp nhận 214 ý kiến, chủ yếu về giá vật tư nông nghiệp, tiêu thụ sản phẩm và tình trạng sạt lở bờ sông Tiền. Hội Nông dân tỉnh đã tiếp nhận 7 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 5 đơn.
Tại hội nghị, ông Trần Văn Út, Chủ tịch Hội Nông dân xã Tân Thuận Đông (thành phố Cao Lãnh), chia sẻ cách làm "Chi hội nông dân không có hội viên nghèo"; bà Huỳnh Thị Diệu, Phó Chủ tịch Hội Nông dân huyện Tháp Mười, kiến nghị Hội tỉnh tổ chức thêm lớp tập huấn cho cán bộ chi hội về kỹ năng vận động, hòa giải ở cơ sở. Ông Nguyễn Văn Sáu, chi hội trưởng nông dân ấp 3 (xã An Phong, huyện Thanh Bình), đề nghị hỗ trợ vốn cho tổ hợp tác trồng sen.
Phát biểu kết luận, ông Võ Thành Phong yêu cầu quý IV các cấp Hội tập trung tổng kết 10 năm thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam" và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ; chuẩn bị tốt các điều kiện tổ chức Hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi cấp tỉnh. Hội nghị cũng thống nhất kế hoạch tổ chức Ngày hội nông dân tỉnh lần thứ nhất, dự kiến diễn ra vào tháng 12/2019 tại thành phố Sa Đéc, với các hoạt động trưng bày sản phẩm OCOP, hội thi cán bộ chi hội giỏi. Hội cũng phấn đấu hoàn thành 100% chỉ tiêu Trung ương Hội giao trong năm 2019.
Kim Phượng
Tin khác
- Hội Nông dân tỉnh tập huấn nghiệp vụ cho 120 cán bộ chi hội (20/09/2019)
- Nông dân Lấp Vò liên kết trồng xoài xuất khẩu (11/09/2019)
- Ra mắt tổ hợp tác trồng sen xã Tân Thuận Đông (28/08/2019)
""", "2019-10-04",
"Nông dân đóng góp hơn 21 tỷ đồng xây dựng nông thôn mới",
E("giao_ban", "2019-Q3", "2019-10-03"),
[P("Võ Thành Phong", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Tư", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Mỹ Xuyên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phan Thanh Hùng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Út", "Chủ tịch Hội Nông dân xã Tân Thuận Đông"),
 P("Huỳnh Thị Diệu", "Phó Chủ tịch Hội Nông dân huyện Tháp Mười"),
 P("Nguyễn Văn Sáu", "chi hội trưởng nông dân ấp 3")],
[Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("18.500 ngày công", 18500, "ngày công"),
 Q("12.600 m2", 12600, "m2"),
 Q("5.420 hộ", 5420, "hộ"),
 Q("14 tổ hợp tác", 14, "tổ hợp tác"),
 Q("3 hợp tác xã kiểu mới", 3, "hợp tác xã kiểu mới"),
 Q("1.120 hội viên", 1120, "hội viên"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("132 hộ", 132, "hộ"),
 Q("36 cuộc đối thoại", 36, "cuộc đối thoại"),
 Q("214 ý kiến", 214, "ý kiến"),
 Q("7 đơn thư", 7, "đơn thư"),
 Q("5 đơn", 5, "đơn")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", surface="Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", surface="Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ")],
[prov("Đồng Tháp"), com("Tân Thuận Đông"), com("An Phong")],
["Báo Đồng Tháp Online", "Thời sự - Chính trị ›› Mặt trận - Đoàn thể", "Chi hội nông dân không có hội viên nghèo",
 "Quỹ Hỗ trợ nông dân", "VietGAP"],
["04.10.2019 - 09:15", "quý III năm 2019", "quý IV", "10 năm", "100% chỉ tiêu", "ấp 3", "lần thứ nhất", "tháng 12/2019"]))

# ---------------------------------------------------------------- b783
PAGES.append(page("b783-quangninh-phunu-tongket-2020", """
BÁO QUẢNG NINH ĐIỆN TỬ
Chính trị | Đoàn thể
Cập nhật 17:40 Thứ Ba, 29/12/2020
Đồng chí Vi Thị Thu Hằng, Chủ tịch Hội LHPN tỉnh, phát biểu tại hội nghị.
Phụ nữ Quảng Ninh hoàn thành vượt 9/9 chỉ tiêu năm 2020
Ngày 28/12, Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2020, triển khai nhiệm vụ năm 2021. Dự hội nghị có đồng chí Đỗ Thị Hương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh. Bà Triệu Thị Mai, Phó Chủ tịch Thường trực Hội LHPN tỉnh, trình bày báo cáo tổng kết.
Năm 2020 là năm đầu tiên thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, cũng là năm cả tỉnh vừa phòng, chống dịch Covid-19 vừa phát triển kinh tế - xã hội. Các cấp Hội đã may, tặng hơn 120.000 khẩu trang; vận động hội viên ủng hộ công tác phòng, chống dịch trên 2,1 tỷ đồng.
Thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Đề án 938 và Đề án 939 của Thủ tướng Chính phủ, các cấp Hội đã hỗ trợ 218 phụ nữ khởi nghiệp, thành lập mới 16 hợp tác xã do phụ nữ quản lý; giúp 1.215 hộ nghèo do phụ nữ làm chủ với tổng số tiền hơn 5,8 tỷ đồng. Hội kết nạp mới 3.420 hội viên, nâng tỷ lệ tập hợp hội viên đạt 82,6%.
Các cấp Hội cũng phối hợp tổ chức 46 hội nghị đối thoại giữa lãnh đạo cấp ủy, chính quyền với hội viên, phụ nữ, tiếp nhận 312 ý kiến, kiến nghị; tham gia giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch tại 27 xã, phường.
Tại hội nghị, bà Bàn Thị Xuân, Chủ tịch Hội LHPN xã Đồng Sơn (thành phố Hạ Long), chia sẻ mô hình "Tổ phụ nữ người Dao làm du lịch cộng đồng"; chị Chíu Thị Lan, Chi hội trưởng phụ nữ thôn Khe Lặc (xã Húc Động, huyện Bình Liêu), kể việc vận động chị em người Sán Chỉ không sinh con thứ ba, đưa trẻ đến trường đúng độ tuổi.
Phát biểu chỉ đạo, đồng chí Đỗ Thị Hương Lan ghi nhận Hội LHPN tỉnh là một trong những tổ chức chính trị - xã hội dẫn đầu khối thi đua năm 2020, đề nghị năm 2021 Hội tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, tham gia tích cực cuộc bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2021 - 2026.
Đồng chí Vi Thị Thu Hằng, Chủ tịch Hội LHPN tỉnh, cho biết năm 2021 Hội phấn đấu mỗi cơ sở Hội xây dựng ít nhất 1 mô hình hỗ trợ phụ nữ phát triển kinh tế. Dịp này, Hội LHPN tỉnh tặng Bằng khen cho 23 tập thể, 41 cá nhân tiêu biểu.
Thu Nguyệt
Bài viết liên quan
- Quảng Ninh: Ra mắt 5 hợp tác xã do phụ nữ làm chủ (15/12/2020)
- Hội LHPN tỉnh trao quà cho phụ nữ nghèo vùng cao Ba Chẽ (02/12/2020)
- Tọa đàm "Phụ nữ Quảng Ninh khởi nghiệp" (20/11/2020)
""", "2020-12-29",
"Phụ nữ Quảng Ninh hoàn thành vượt 9/9 chỉ tiêu năm 2020",
E("tong_ket", "2020", "2020-12-28"),
[P("Vi Thị Thu Hằng", "Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Hương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bàn Thị Xuân", "Chủ tịch Hội LHPN xã Đồng Sơn"),
 P("Chíu Thị Lan", "Chi hội trưởng phụ nữ thôn Khe Lặc"),
 P("Triệu Thị Mai", "Phó Chủ tịch Thường trực Hội LHPN tỉnh")],
[Q("9/9 chỉ tiêu", 9, "chỉ tiêu"),
 Q("hơn 120.000 khẩu trang", 120000, "khẩu trang", "over"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("218 phụ nữ", 218, "phụ nữ"),
 Q("16 hợp tác xã", 16, "hợp tác xã"),
 Q("1.215 hộ nghèo", 1215, "hộ nghèo"),
 Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("3.420 hội viên", 3420, "hội viên"),
 Q("82,6%", 82.6, "%"),
 Q("46 hội nghị đối thoại", 46, "hội nghị đối thoại"),
 Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"),
 Q("27 xã, phường", 27, "xã, phường"),
 Q("23 tập thể", 23, "tập thể"),
 Q("41 cá nhân", 41, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", surface="Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư"),
 D("Đề án", "938", None, None, "Thủ tướng Chính phủ", surface="Đề án 938"),
 D("Đề án", "939", None, None, "Thủ tướng Chính phủ", surface="Đề án 939 của Thủ tướng Chính phủ")],
[prov("Quảng Ninh"), com("Đồng Sơn"), com("Húc Động")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Chính trị | Đoàn thể", "Đồng chí Vi Thị Thu Hằng, Chủ tịch Hội LHPN tỉnh, phát biểu tại hội nghị.",
 "Tổ phụ nữ người Dao làm du lịch cộng đồng", "Covid-19"],
["Cập nhật 17:40 Thứ Ba, 29/12/2020", "năm 2021", "lần thứ XV", "Covid-19", "con thứ ba", "nhiệm kỳ 2021 - 2026", "1 mô hình"]))

# ---------------------------------------------------------------- b784
PAGES.append(page("b784-thuathienhue-xa-doithoai-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG THÀNH - HUYỆN QUẢNG ĐIỀN - TỈNH THỪA THIÊN HUẾ
Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày đăng: 04/12/2020 | Lượt xem: 214
Người đứng đầu cấp ủy, chính quyền xã đối thoại với nhân dân
Sáng 3/12, Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Thành (huyện Quảng Điền, tỉnh Thừa Thiên Huế) phối hợp với Đảng ủy, UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2020. Hơn 120 cử tri là đại diện các thôn, các hộ bị thiệt hại nặng trong đợt lũ lịch sử tháng 10 vừa qua tham dự.
Tham dự và đối thoại có đồng chí Hoàng Văn Lực, Bí thư Đảng ủy xã; đồng chí Phan Thanh Tịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Về dự có đồng chí Lê Quang Hòa, HUV, Trưởng Ban Dân vận Huyện ủy Quảng Điền. Bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành hội nghị.
Mở đầu, đồng chí Phan Thanh Tịnh thông tin nhanh tình hình khắc phục hậu quả mưa lũ: toàn xã có 1.050 hộ bị ngập sâu, 3 căn nhà bị sập hoàn toàn, hơn 2,3 km đường giao thông nông thôn bị sạt lở. Quỹ cứu trợ của xã đã tiếp nhận hơn 1,8 tỷ đồng và 36 tấn gạo từ các tổ chức, cá nhân; Ủy ban MTTQ xã đã phân bổ kịp thời, công khai đến từng thôn. Mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng để dựng lại nhà.
Tại hội nghị, có 21 ý kiến của nhân dân gửi đến lãnh đạo xã. Ông Trương Văn Bảy (thôn Thanh Hà) đề nghị sớm nạo vét kênh tiêu úng trước mùa mưa năm sau; bà Lê Thị Sen (thôn Phước Yên) phản ánh việc bình xét hộ được hỗ trợ ở thôn chưa thống nhất. Trưởng thôn Tráng Lực Nguyễn Văn Lãnh kiến nghị hỗ trợ giống lúa, phân bón cho vụ Đông Xuân.
Trả lời các ý kiến, đồng chí Hoàng Văn Lực cho biết xã sẽ thực hiện hỗ trợ giống theo Nghị định số 02/2017/NĐ-CP của Chính phủ về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai; giao Ủy ban MTTQ xã phối hợp với các Ban công tác Mặt trận thôn rà soát lại danh sách hộ được hỗ trợ, niêm yết công khai trong 7 ngày.
Có 15 ý kiến được trả lời trực tiếp tại hội nghị; 6 ý kiến vượt thẩm quyền được xã tiếp thu, báo cáo UBND huyện.
Phát biểu tại hội nghị, đồng chí Lê Quang Hòa đánh giá cao việc Đảng ủy xã thực hiện nghiêm Quyết định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 45-KH/ĐU ngày 10/9/2020 của Đảng ủy xã; đề nghị sau hội nghị, Ủy ban MTTQ xã tiếp tục giám sát việc giải quyết các kiến nghị của cử tri.
Ban Biên tập
Tin khác
- Quảng Thành tiếp nhận hàng cứu trợ đợt 3 (05/11/2020)
- Hội Chữ thập đỏ xã trao 200 suất quà cho hộ bị thiệt hại do lũ (28/10/2020)
- Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 (15/06/2020)
""", "2020-12-04",
"Người đứng đầu cấp ủy, chính quyền xã đối thoại với nhân dân",
E("doi_thoai", "2020", "2020-12-03"),
[P("Hoàng Văn Lực", "Bí thư Đảng ủy xã"),
 P("Phan Thanh Tịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Quang Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Quảng Điền"),
 P("Nguyễn Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trương Văn Bảy"),
 P("Lê Thị Sen"),
 P("Nguyễn Văn Lãnh", "Trưởng thôn Tráng Lực")],
[Q("Hơn 120 cử tri", 120, "cử tri", "over"),
 Q("1.050 hộ", 1050, "hộ"),
 Q("3 căn nhà", 3, "căn nhà"),
 Q("hơn 2,3 km", 2.3, "km", "over"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("36 tấn gạo", 36, "tấn"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("21 ý kiến", 21, "ý kiến"),
 Q("15 ý kiến", 15, "ý kiến"),
 Q("6 ý kiến", 6, "ý kiến")],
[D("Nghị định", "02", "2017/NĐ-CP", None, "Chính phủ", surface="Nghị định số 02/2017/NĐ-CP của Chính phủ"),
 D("Quyết định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quyết định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "45", "KH/ĐU", "2020-09-10", "Đảng ủy xã", surface="Kế hoạch số 45-KH/ĐU ngày 10/9/2020 của Đảng ủy xã")],
[prov("Thừa Thiên Huế"), com("Quảng Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG THÀNH - HUYỆN QUẢNG ĐIỀN - TỈNH THỪA THIÊN HUẾ", "Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Lượt xem: 214", "Ban Biên tập"],
["Ngày đăng: 04/12/2020 | Lượt xem: 214", "năm 2020", "tháng 10", "7 ngày", "vụ Đông Xuân"]))
