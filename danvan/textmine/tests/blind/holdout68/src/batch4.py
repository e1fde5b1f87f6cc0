from lib import *
PAGES = []

PAGES.append(page("b1607-hatinh-giamsat-cong-dong-2023", """
BÁO HÀ TĨNH
Trang chủ › Chính trị › Xây dựng Đảng - Chính quyền
Cập nhật: 06:30, 25/10/2023 (GMT+7)
Khi người dân thực sự “cầm cân” giám sát
Ảnh: Thành viên Ban Giám sát đầu tư của cộng đồng xã Thạch Hạ kiểm tra tuyến đường liên thôn.
(Baohatinh.vn) - Hơn 10 năm thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị, hoạt động giám sát của Mặt trận và nhân dân ở Hà Tĩnh đã đi vào chiều sâu. Không ít công trình được “giữ chất lượng” nhờ con mắt của chính người dân.
Ở xã Thạch Hạ (thành phố Hà Tĩnh), con đường bê tông dài 2,3 km nối 3 thôn được làm trong năm 2022 với tổng vốn 4,6 tỷ đồng, trong đó người dân đóng góp 1,1 tỷ đồng. Ông Phan Đình Hòe, Trưởng Ban Giám sát đầu tư của cộng đồng xã, kể: Ban có 9 thành viên, chia ca theo dõi từ khi đổ móng đến khi nghiệm thu. Khi thấy nhà thầu trộn bê tông thiếu xi măng ở 2 đoạn, Ban lập biên bản, báo Ủy ban MTTQ xã và UBND xã buộc làm lại 180 m đường.
Theo số liệu của Ủy ban MTTQ tỉnh, hiện toàn tỉnh có 216 Ban Thanh tra nhân dân với 2.145 thành viên và 216 Ban Giám sát đầu tư của cộng đồng. Từ năm 2019 đến nay, các Ban đã giám sát hơn 4.800 công trình, phát hiện 312 công trình có sai phạm, kiến nghị thu hồi, giảm trừ khối lượng gần 9,7 tỷ đồng. Riêng 9 tháng năm 2023, Mặt trận các cấp chủ trì 487 cuộc giám sát, có 95,6% kiến nghị được tiếp thu.
Ông Võ Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, cho rằng để giám sát thực chất, Mặt trận phải “đi trước một bước”, chọn những vấn đề người dân bức xúc. Tỉnh đã ban hành Quy định số 15-QĐ/TU ngày 6/4/2021 của Ban Thường vụ Tỉnh ủy về việc cấp ủy, chính quyền tiếp thu, giải quyết kiến nghị sau giám sát của Mặt trận, yêu cầu trả lời bằng văn bản trong 30 ngày.
Tuy vậy, theo bà Nguyễn Thị Hoài Thu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, vẫn còn 17 Ban Thanh tra nhân dân hoạt động yếu, thành viên kiêm nhiệm nhiều việc; mức hỗ trợ hoạt động 8 triệu đồng/năm chưa đủ để Ban đi thực địa thường xuyên. Một số nơi người đứng đầu chính quyền chưa thật sự cầu thị khi nhận kiến nghị. Ở thị xã Kỳ Anh, ông Trần Văn Quế, Trưởng Ban Thanh tra nhân dân phường Kỳ Trinh, cho biết Ban từng phải gửi kiến nghị 3 lần mới được trả lời.
Từ khi Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực, Ủy ban MTTQ tỉnh đã ban hành Hướng dẫn số 09/HD-MTTQ-BTT về tổ chức, hoạt động của Ban Thanh tra nhân dân, đồng thời phối hợp Thanh tra tỉnh tập huấn cho 1.300 thành viên. Với ông Hòe, giám sát không phải để “bắt lỗi”, mà để đồng tiền người dân góp vào được dùng đúng chỗ.
Thiên Vỹ
Lượt xem: 2.044
Tin liên quan
- Hương Khê: phát huy vai trò người có uy tín trong giám sát (18/10/2023)
- Mặt trận tỉnh tổ chức hội nghị phản biện dự thảo nghị quyết HĐND (10/10/2023)
- Lộc Hà: 100% thôn ra mắt tổ giám sát cộng đồng (02/10/2023)
""", "2023-10-25", "Khi người dân thực sự “cầm cân” giám sát",
E("khac", None, None),
[P("Phan Đình Hòe", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Võ Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoài Thu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Trần Văn Quế", "Trưởng Ban Thanh tra nhân dân phường Kỳ Trinh")],
[Q("2,3 km", 2.3, "km"), Q("3 thôn", 3, "thôn"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("9 thành viên", 9, "thành viên"), Q("2 đoạn", 2, "đoạn"), Q("180 m", 180, "m"),
 Q("216 Ban Thanh tra nhân dân", 216, "Ban Thanh tra nhân dân"), Q("2.145 thành viên", 2145, "thành viên"),
 Q("216 Ban Giám sát đầu tư của cộng đồng", 216, "Ban Giám sát đầu tư của cộng đồng"),
 Q("hơn 4.800 công trình", 4800, "công trình", "over"), Q("312 công trình", 312, "công trình"),
 Q("gần 9,7 tỷ đồng", 9700000000, "đồng", "approx"), Q("487 cuộc giám sát", 487, "cuộc giám sát"), Q("95,6%", 95.6, "%"),
 Q("17 Ban Thanh tra nhân dân", 17, "Ban Thanh tra nhân dân"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("1.300 thành viên", 1300, "thành viên")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quy định", "15", "QĐ/TU", "2021-04-06", "Ban Thường vụ Tỉnh ủy", "Quy định số 15-QĐ/TU ngày 6/4/2021"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Thạch Hạ"), com("Kỳ Trinh")],
["BÁO HÀ TĨNH", "Trang chủ › Chính trị › Xây dựng Đảng - Chính quyền", "cầm cân",
 "Ảnh: Thành viên Ban Giám sát đầu tư của cộng đồng xã Thạch Hạ kiểm tra tuyến đường liên thôn.", "(Baohatinh.vn)",
 "giữ chất lượng", "đi trước một bước", "bắt lỗi", "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Lượt xem: 2.044"],
["Cập nhật: 06:30, 25/10/2023 (GMT+7)", "Hơn 10 năm", "năm 2022", "năm 2019", "9 tháng năm 2023", "30 ngày", "3 lần", "Lượt xem: 2.044"]))

PAGES.append(page("b1608-thainguyen-daihoi-mttq-tinh-2024", """
Báo Thái Nguyên điện tử
Trang chủ - Thời sự - Chính trị
Thứ Sáu, 11/10/2024 - 17:40
Toàn cảnh phiên khai mạc Đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Thái Nguyên lần thứ XV thành công tốt đẹp
Trong 2 ngày 10 và 11/10/2024, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XV, nhiệm kỳ 2024 - 2029, với sự tham dự của 299 đại biểu chính thức đại diện cho các giai cấp, tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh.
Dự Đại hội có đồng chí Hoàng Công Thành, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Trịnh Việt Anh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh.
Báo cáo chính trị khẳng định, nhiệm kỳ 2019 - 2024, Mặt trận các cấp đã chủ trì 2.836 cuộc giám sát, tổ chức 214 hội nghị phản biện xã hội, tham gia góp ý hơn 1.500 dự thảo văn bản; 178 Ban Thanh tra nhân dân và 178 Ban Giám sát đầu tư của cộng đồng ở các xã, phường, thị trấn đã kiến nghị thu hồi hơn 14,6 tỷ đồng. Quỹ "Vì người nghèo" các cấp vận động được 312 tỷ đồng, hỗ trợ xây dựng, sửa chữa 4.362 nhà Đại đoàn kết. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 2,8%.
Nhiệm kỳ 2024 - 2029, Đại hội đề ra 5 chỉ tiêu, trong đó phấn đấu hằng năm có trên 95% kiến nghị sau giám sát được cơ quan có thẩm quyền tiếp thu, giải quyết; 100% Ban Thanh tra nhân dân hoạt động hiệu quả; hỗ trợ xây dựng ít nhất 2.000 nhà Đại đoàn kết.
Phát biểu chỉ đạo, đồng chí Trịnh Việt Anh đề nghị Mặt trận các cấp tiếp tục thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 và Kết luận số 37-KL/TW của Ban Chấp hành Trung ương về đổi mới nội dung, phương thức hoạt động của Mặt trận; Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt.
Đại hội đã hiệp thương cử 105 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XV. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị; đồng chí Đồng Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV; các đồng chí: Lương Văn Thịnh, Nguyễn Thị Mai Hoa, Ma Thị Hương được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trong phiên thảo luận, ông La Văn Chức, Trưởng Ban Thanh tra nhân dân xã Phú Đình, huyện Định Hóa, trình bày tham luận về giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số ở địa bàn có đông đồng bào Tày, Nùng, Dao.
Đại hội đã bầu 11 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Quang Hưng
Tin liên quan
- Đại hội điểm MTTQ Việt Nam cấp xã tại xã Tân Cương (15/05/2024)
- Mặt trận tỉnh giám sát việc khắc phục hậu quả bão số 3 (24/09/2024)
- Phú Bình: hiệp thương cử Ban Thường trực Ủy ban MTTQ huyện (26/08/2024)
""", "2024-10-11", "Đại hội đại biểu MTTQ Việt Nam tỉnh Thái Nguyên lần thứ XV thành công tốt đẹp",
E("dai_hoi", None, "2024-10-10"),
[P("Hoàng Công Thành", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Trịnh Việt Anh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Đồng Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XV"),
 P("Lương Văn Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mai Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("La Văn Chức", "Trưởng Ban Thanh tra nhân dân xã Phú Đình")],
[Q("299 đại biểu chính thức", 299, "đại biểu chính thức"), Q("2.836 cuộc giám sát", 2836, "cuộc giám sát"),
 Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"), Q("hơn 1.500 dự thảo văn bản", 1500, "dự thảo văn bản", "over"),
 Q("178 Ban Thanh tra nhân dân", 178, "Ban Thanh tra nhân dân"), Q("178 Ban Giám sát đầu tư của cộng đồng", 178, "Ban Giám sát đầu tư của cộng đồng"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("312 tỷ đồng", 312000000000, "đồng"),
 Q("4.362 nhà Đại đoàn kết", 4362, "nhà Đại đoàn kết"), Q("2,8%", 2.8, "%"), Q("5 chỉ tiêu", 5, "chỉ tiêu"),
 Q("trên 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("ít nhất 2.000 nhà Đại đoàn kết", 2000, "nhà Đại đoàn kết", "over"),
 Q("105 vị", 105, "vị"), Q("5 vị", 5, "vị"), Q("11 đại biểu", 11, "đại biểu")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Ban Chấp hành Trung ương", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Kết luận", "37", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 37-KL/TW"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Thái Nguyên"), com("Phú Đình")],
["Báo Thái Nguyên điện tử", "Trang chủ - Thời sự - Chính trị", "Toàn cảnh phiên khai mạc Đại hội.", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Thứ Sáu, 11/10/2024 - 17:40", "2 ngày", "lần thứ XV", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XV", "lần thứ nhất", "lần thứ X"]))

PAGES.append(page("b1609-binhdinh-baocao-giamsat-9thang-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ | Tin tức - Sự kiện | Hoạt động của lãnh đạo tỉnh
Cập nhật lúc 16:50 ngày 24/10/2024
Ủy ban MTTQ tỉnh báo cáo kết quả giám sát 9 tháng tại phiên họp UBND tỉnh
Chiều 23/10/2024, tại phiên họp thường kỳ tháng 10 của UBND tỉnh, bà Hồ Thị Thu Hà, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định đã báo cáo kết quả hoạt động giám sát, phản biện xã hội 9 tháng năm 2024 và những kiến nghị của Mặt trận đối với UBND tỉnh.
Theo báo cáo, 9 tháng năm 2024, Ủy ban MTTQ Việt Nam các cấp đã chủ trì 642 cuộc giám sát, trong đó cấp tỉnh 4 cuộc, cấp huyện 58 cuộc, cấp xã 580 cuộc; phối hợp với HĐND, Đoàn đại biểu Quốc hội tỉnh giám sát 37 cuộc. Nội dung giám sát tập trung vào việc bồi thường, giải phóng mặt bằng các dự án cao tốc Bắc - Nam, việc thực hiện Nghị định số 76/2024/NĐ-CP của Chính phủ về trợ giúp xã hội, việc cấp giấy chứng nhận quyền sử dụng đất và đảm bảo an toàn thực phẩm trong trường học.
Qua giám sát, Mặt trận các cấp đã đưa ra 386 kiến nghị; đến ngày 30/9/2024 đã có 341 kiến nghị được trả lời, giải quyết, đạt 88,3%. Còn 45 kiến nghị quá hạn, chủ yếu thuộc lĩnh vực đất đai tại thị xã Hoài Nhơn, huyện Phù Cát. Mặt trận tổ chức 16 hội nghị phản biện xã hội, trong đó cấp tỉnh phản biện 5 dự thảo nghị quyết của HĐND tỉnh. Ban Thanh tra nhân dân ở 155 xã, phường, thị trấn tiếp nhận 274 đơn thư, phát hiện 21 vụ việc sai phạm.
Bà Hồ Thị Thu Hà đề nghị UBND tỉnh chỉ đạo các sở, ngành trả lời dứt điểm 45 kiến nghị quá hạn; bố trí 2,5 tỷ đồng hỗ trợ hoạt động của Ban Thanh tra nhân dân theo Quyết định số 35/2024/QĐ-UBND ngày 12/6/2024 của UBND tỉnh; công khai tiến độ giải quyết kiến nghị sau giám sát trên Cổng thông tin điện tử tỉnh. Mặt trận cũng phản ánh việc một số chủ đầu tư chưa gửi hồ sơ dự án cho Ban Giám sát đầu tư của cộng đồng ở 12 xã.
Kết luận nội dung này, ông Phạm Anh Quân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đánh giá cao báo cáo của Mặt trận; giao Thanh tra tỉnh chủ trì theo dõi, đôn đốc và báo cáo kết quả trước ngày 15/12/2024. Ông Lâm Hải Nam, Phó Chủ tịch UBND tỉnh, được phân công trực tiếp chỉ đạo nhóm kiến nghị về đất đai. Cùng dự có ông Nguyễn Văn Sỹ, Chánh Thanh tra tỉnh.
Việc UBND tỉnh nghe Mặt trận báo cáo định kỳ được thực hiện theo Quy chế phối hợp số 02/QCPH-UBND-MTTQ giữa UBND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2024 - 2029 và Chỉ thị số 18-CT/TW của Ban Bí thư.
Cổng TTĐT
Lượt xem: 318
Tin khác
- Đối thoại với người dân bị ảnh hưởng dự án cao tốc tại Phù Mỹ (16/10/2024)
- Phiên họp thường kỳ UBND tỉnh tháng 9/2024 (30/09/2024)
- Mặt trận tỉnh trao 200 nhà Đại đoàn kết cho hộ nghèo (20/09/2024)
""", "2024-10-24", "Ủy ban MTTQ tỉnh báo cáo kết quả giám sát 9 tháng tại phiên họp UBND tỉnh",
E("bao_cao", None, "2024-10-23"),
[P("Hồ Thị Thu Hà", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định"),
 P("Phạm Anh Quân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lâm Hải Nam", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Sỹ", "Chánh Thanh tra tỉnh")],
[Q("642 cuộc giám sát", 642, "cuộc giám sát"), Q("4 cuộc", 4, "cuộc"), Q("58 cuộc", 58, "cuộc"), Q("580 cuộc", 580, "cuộc"),
 Q("37 cuộc", 37, "cuộc"), Q("386 kiến nghị", 386, "kiến nghị"), Q("341 kiến nghị", 341, "kiến nghị"), Q("88,3%", 88.3, "%"),
 Q("45 kiến nghị quá hạn", 45, "kiến nghị quá hạn"), Q("16 hội nghị phản biện xã hội", 16, "hội nghị phản biện xã hội"),
 Q("5 dự thảo nghị quyết", 5, "dự thảo nghị quyết"), Q("155 xã, phường, thị trấn", 155, "xã, phường, thị trấn"),
 Q("274 đơn thư", 274, "đơn thư"), Q("21 vụ việc sai phạm", 21, "vụ việc sai phạm"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("12 xã", 12, "xã")],
[D("Nghị định", "76", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 76/2024/NĐ-CP"),
 D("Quyết định", "35", "2024/QĐ-UBND", "2024-06-12", "UBND tỉnh", "Quyết định số 35/2024/QĐ-UBND ngày 12/6/2024"),
 D("Quy chế phối hợp", "02", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 02/QCPH-UBND-MTTQ"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Bình Định")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH", "Trang chủ | Tin tức - Sự kiện | Hoạt động của lãnh đạo tỉnh", "Cổng TTĐT", "Lượt xem: 318"],
["Cập nhật lúc 16:50 ngày 24/10/2024", "tháng 10", "9 tháng năm 2024", "ngày 30/9/2024", "ngày 15/12/2024", "nhiệm kỳ 2024 - 2029", "Lượt xem: 318"]))

PAGES.append(page("b1610-tuyenquang-giamsat-xa-2cap-2025", """
BÁO TUYÊN QUANG
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 19/09/2025 - 09:15
Giám sát vận hành chính quyền địa phương hai cấp tại xã Minh Tân
Ngày 17/9/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tổ chức, vận hành chính quyền địa phương hai cấp và hoạt động của Trung tâm Phục vụ hành chính công tại xã Minh Tân và xã Thuận Hòa.
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Minh Tân. Ảnh: Thu Phương
Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 5/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.
Theo báo cáo của UBND xã Minh Tân, sau sáp nhập xã có 28 thôn với 4.316 hộ, hơn 21.000 nhân khẩu, đồng bào Mông, Dao, Tày chiếm 92%. Từ ngày 1/7 đến 15/9/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 1.846 hồ sơ, đã giải quyết đúng hạn 1.790 hồ sơ, đạt 97%; còn 56 hồ sơ đang xử lý, chủ yếu về đất đai. Xã hiện có 31 cán bộ, công chức, trong đó 6 người chưa được bố trí đúng chuyên môn.
Làm việc với đoàn, ông Sùng Mí Páo, Bí thư Đảng ủy xã Minh Tân, cho biết thiếu máy tính, đường truyền yếu ở 9 thôn vùng cao là khó khăn lớn nhất. Bà Hoàng Thị Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thuận Hòa, Trưởng Ban Thanh tra nhân dân xã, phản ánh nhiều người cao tuổi phải đi gần 30 km mới tới trung tâm xã để làm thủ tục.
Các thành viên đoàn cũng trực tiếp lấy ý kiến 120 người dân đến giao dịch; 87% người được hỏi hài lòng với thái độ phục vụ của cán bộ, công chức.
Kết luận buổi giám sát, bà Vàng Thị Mai đề nghị hai xã khẩn trương rà soát, bố trí cán bộ đúng vị trí việc làm; tăng cường các điểm tiếp nhận lưu động ở thôn xa; công khai quy trình giải quyết thủ tục bằng tiếng Mông, tiếng Dao. Ủy ban MTTQ xã cần phát huy vai trò của Ban Thanh tra nhân dân trong giám sát việc tiếp nhận, trả kết quả hồ sơ, thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về tổ chức, hoạt động của Mặt trận và các đoàn thể sau sắp xếp. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh trong tháng 10/2025.
Đây là 1 trong 6 cuộc giám sát chuyên đề của Mặt trận tỉnh năm 2025, thực hiện tại 12 xã, phường của tỉnh Tuyên Quang mới (hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang). Cùng tham gia đoàn có ông Đỗ Văn Tùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Thu Phương
Lượt xem: 1.162
Tin liên quan
- Mặt trận tỉnh ra mắt sau hợp nhất (02/07/2025)
- Phường Hà Giang 1 tổ chức đối thoại với người dân (28/08/2025)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cấp xã mới (20/08/2025)
""", "2025-09-19", "Giám sát vận hành chính quyền địa phương hai cấp tại xã Minh Tân",
E("giam_sat", None, "2025-09-17"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Minh Tân"),
 P("Hoàng Thị Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thuận Hòa", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Đỗ Văn Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("28 thôn", 28, "thôn"), Q("4.316 hộ", 4316, "hộ"), Q("hơn 21.000 nhân khẩu", 21000, "nhân khẩu", "over"), Q("92%", 92, "%"),
 Q("1.846 hồ sơ", 1846, "hồ sơ"), Q("1.790 hồ sơ", 1790, "hồ sơ"), Q("97%", 97, "%"), Q("56 hồ sơ", 56, "hồ sơ"),
 Q("31 cán bộ, công chức", 31, "cán bộ, công chức"), Q("6 người", 6, "người"), Q("9 thôn vùng cao", 9, "thôn vùng cao"),
 Q("gần 30 km", 30, "km", "approx"), Q("120 người dân", 120, "người dân"), Q("87%", 87, "%"),
 Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("12 xã, phường", 12, "xã, phường")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 5/8/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2025/NĐ-CP"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Tân"), com("Thuận Hòa")],
["BÁO TUYÊN QUANG", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã Minh Tân. Ảnh: Thu Phương",
 "Trung tâm Phục vụ hành chính công", "Lượt xem: 1.162"],
["Thứ Sáu, 19/09/2025 - 09:15", "Từ ngày 1/7 đến 15/9/2025", "tháng 10/2025", "năm 2025", "Lượt xem: 1.162"]))

PAGES.append(page("b1611-vinhlong-mttq-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận
Thứ Sáu, 09/01/2026, 07:55
Ảnh: Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.
Mặt trận tỉnh triển khai nhiệm vụ năm 2026: lấy sự hài lòng của người dân làm thước đo
(VLO) - Ngày 7/1/2026, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, năm đầu tiên hoạt động sau khi hợp nhất Mặt trận 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận. Chủ trì hội nghị có đồng chí Trần Thị Thanh Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sa Phiên, Nguyễn Văn Tư, Lê Thị Cẩm Nhung.
Năm 2025, Mặt trận các cấp đã chủ trì 1.962 cuộc giám sát, trong đó cấp tỉnh 9 cuộc; tổ chức 41 hội nghị phản biện xã hội; tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp và dự thảo văn kiện Đại hội XIV của Đảng. Qua giám sát, Mặt trận đưa ra 1.204 kiến nghị, đã được tiếp thu 1.117 kiến nghị, đạt 92,8%. Sau sắp xếp, toàn tỉnh có 124 xã, phường với 124 Ban Thanh tra nhân dân được kiện toàn, gồm 1.116 thành viên.
Mặt trận tỉnh đã tiếp nhận hơn 318 tỷ đồng hỗ trợ xóa nhà tạm, nhà dột nát, góp phần hoàn thành 6.842 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó có 1.960 căn của đồng bào Khmer; mỗi căn xây mới được hỗ trợ 60 triệu đồng.
Tại hội nghị, ông Nguyễn Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu, chia sẻ cách phường tổ chức "Ngày thứ Bảy lắng nghe dân" với 26 buổi trong năm. Bà Kim Thị Sa Ranh, Trưởng Ban Thanh tra nhân dân xã Cầu Ngang, cho biết sau sáp nhập địa bàn rộng gấp 3 lần, Ban phải chia thành 4 tổ giám sát theo cụm ấp. Đại đức Thạch Sóc Khenl, trụ trì chùa Ô Mịch, đề nghị tiếp tục quan tâm các lớp dạy chữ Khmer.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Triết, Phó Bí thư Tỉnh ủy, đề nghị năm 2026 Mặt trận các cấp tổ chức tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; thực hiện Nghị quyết số 45-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về nâng cao chất lượng giám sát, phản biện xã hội; Kết luận 120, 121-KL/TW của Bộ Chính trị về tiếp tục đổi mới tổ chức bộ máy và hoạt động của Mặt trận; Quy chế phối hợp số 01/QCPH-UBND-MTTQ giữa UBND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Dịp này, 35 tập thể và 48 cá nhân được tặng Bằng khen của Ủy ban MTTQ Việt Nam tỉnh vì đã có thành tích trong công tác Mặt trận năm 2025.
Ngọc Trinh
Lượt xem: 874
Tin liên quan
- Phường Bến Tre: ra mắt Tổ giám sát cộng đồng (30/12/2025)
- Mặt trận tỉnh trao quà Tết cho hộ nghèo (25/12/2025)
- Hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (18/12/2025)
""", "2026-01-09", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026: lấy sự hài lòng của người dân làm thước đo",
E("tong_ket", "2025", "2026-01-07"),
[P("Trần Thị Thanh Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Phiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Cẩm Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Châu"),
 P("Kim Thị Sa Ranh", "Trưởng Ban Thanh tra nhân dân xã Cầu Ngang"),
 P("Thạch Sóc Khenl", "Đại đức", "trụ trì chùa Ô Mịch"),
 P("Nguyễn Minh Triết", "Phó Bí thư Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("1.962 cuộc giám sát", 1962, "cuộc giám sát"), Q("9 cuộc", 9, "cuộc"), Q("41 hội nghị phản biện xã hội", 41, "hội nghị phản biện xã hội"),
 Q("1.204 kiến nghị", 1204, "kiến nghị"), Q("1.117 kiến nghị", 1117, "kiến nghị"), Q("92,8%", 92.8, "%"),
 Q("124 xã, phường", 124, "xã, phường"), Q("124 Ban Thanh tra nhân dân", 124, "Ban Thanh tra nhân dân"),
 Q("1.116 thành viên", 1116, "thành viên"), Q("hơn 318 tỷ đồng", 318000000000, "đồng", "over"),
 Q("6.842 căn nhà", 6842, "căn nhà"), Q("1.960 căn", 1960, "căn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("26 buổi", 26, "buổi"), Q("4 tổ giám sát", 4, "tổ giám sát"), Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân")],
[D("Nghị quyết", "45", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 45-NQ/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị", "Kết luận 120, 121-KL/TW"),
 D("Quy chế phối hợp", "01", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 01/QCPH-UBND-MTTQ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Cầu Ngang")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận", "Ảnh: Các đại biểu biểu quyết thông qua chương trình phối hợp năm 2026.",
 "(VLO)", "Ngày thứ Bảy lắng nghe dân", "Lượt xem: 874"],
["Thứ Sáu, 09/01/2026, 07:55", "năm 2025", "năm 2026", "Năm 2025", "Đại hội XIV", "gấp 3 lần", "khóa XVI", "Lượt xem: 874"]))

PAGES.append(page("b1612-dongnai-phuong-doithoai-2026", """
Báo Đồng Nai
Trang chủ › Thời sự › Chính trị
Thứ Sáu, 10/04/2026 - 18:20
Bí thư Đảng ủy phường Bình Phước đối thoại với hơn 200 người dân
Ông Điểu Minh Hoàng phát biểu tại buổi đối thoại. Ảnh: Hoàng Lộc
Ngày 8/4/2026, Ủy ban MTTQ Việt Nam phường Bình Phước (tỉnh Đồng Nai) phối hợp với Đảng ủy, UBND phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, chủ đề "Giải quyết kiến nghị về đất đai và trật tự đô thị sau sắp xếp đơn vị hành chính". Tham dự có hơn 200 người dân đại diện 42 khu phố.
Chủ trì đối thoại có ông Nguyễn Thanh Tùng, Bí thư Đảng ủy, Chủ tịch HĐND phường; ông Điểu Minh Hoàng, Phó Bí thư Đảng ủy, Chủ tịch UBND phường và bà Lê Thị Kim Yến, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Về dự có ông Trịnh Văn Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai.
Trước buổi đối thoại, Ủy ban MTTQ phường đã tổng hợp 58 ý kiến, kiến nghị qua các Ban Công tác Mặt trận khu phố, Ban Thanh tra nhân dân phường và hộp thư góp ý điện tử. Trong đó có 27 ý kiến về cấp giấy chứng nhận quyền sử dụng đất, 11 ý kiến về lấn chiếm vỉa hè, 8 ý kiến về ngập nước ở các tuyến đường nội thị; số còn lại liên quan chính sách bảo hiểm xã hội, thủ tục hành chính sau khi bỏ cấp huyện.
Ông Nguyễn Văn Hòa, khu phố Tân Bình, phản ánh hồ sơ xin cấp giấy chứng nhận cho 300 m2 đất của gia đình đã nộp từ tháng 3/2025 nhưng bị chuyển qua lại giữa cấp huyện cũ và phường mới. Bà Thị Nga, người S'tiêng ở khu phố Phú Thanh, đề nghị phường hỗ trợ 17 hộ đồng bào dân tộc thiểu số làm thủ tục vay vốn.
Trả lời người dân, ông Điểu Minh Hoàng cho biết phường đã lập tổ công tác rà soát 312 hồ sơ đất đai tồn đọng, cam kết giải quyết xong 150 hồ sơ trong quý II/2026; trường hợp của ông Hòa sẽ được trả kết quả trong 10 ngày làm việc. Phường dành 4,8 tỷ đồng nâng cấp hệ thống thoát nước 3 tuyến đường trong năm 2026 theo Quyết định số 126/QĐ-UBND ngày 20/2/2026 của UBND tỉnh.
Kết luận buổi đối thoại, ông Nguyễn Thanh Tùng yêu cầu các bộ phận chuyên môn trả lời bằng văn bản các ý kiến chưa giải quyết tại chỗ trong 15 ngày; giao Ủy ban MTTQ phường và Ban Thanh tra nhân dân giám sát việc thực hiện, báo cáo Ban Thường vụ Đảng ủy theo Quy định số 144-QĐ/TW của Bộ Chính trị và Kế hoạch số 32-KH/ĐU ngày 5/3/2026 của Đảng ủy phường. Kết quả, 49/58 ý kiến được trả lời trực tiếp tại hội nghị.
Ông Trịnh Văn Phúc đánh giá đây là cách làm thiết thực, đề nghị Mặt trận các phường, xã trong tỉnh nhân rộng, nhất là ở địa bàn đông đồng bào S'tiêng, Khmer, Hoa.
Hoàng Lộc
Lượt xem: 647
Tin liên quan
- Phường Trấn Biên giám sát công tác giải quyết thủ tục hành chính (02/04/2026)
- Mặt trận tỉnh hiệp thương lần thứ ba bầu cử đại biểu Quốc hội (20/02/2026)
- Phường Đồng Xoài ra mắt mô hình "Khu phố không có đơn thư vượt cấp" (12/01/2026)
""", "2026-04-10", "Bí thư Đảng ủy phường Bình Phước đối thoại với hơn 200 người dân",
E("doi_thoai", "2026", "2026-04-08"),
[P("Điểu Minh Hoàng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thanh Tùng", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Thị Kim Yến", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trịnh Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Nguyễn Văn Hòa"), P("Thị Nga")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("42 khu phố", 42, "khu phố"),
 Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"), Q("27 ý kiến", 27, "ý kiến"), Q("11 ý kiến", 11, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"),
 Q("300 m2", 300, "m2"), Q("17 hộ đồng bào dân tộc thiểu số", 17, "hộ đồng bào dân tộc thiểu số"),
 Q("312 hồ sơ đất đai tồn đọng", 312, "hồ sơ đất đai tồn đọng"), Q("150 hồ sơ", 150, "hồ sơ"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("3 tuyến đường", 3, "tuyến đường"), Q("49/58 ý kiến", 49, "ý kiến")],
[D("Quyết định", "126", "QĐ-UBND", "2026-02-20", "UBND tỉnh", "Quyết định số 126/QĐ-UBND ngày 20/2/2026"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW"),
 D("Kế hoạch", "32", "KH/ĐU", "2026-03-05", "Đảng ủy phường", "Kế hoạch số 32-KH/ĐU ngày 5/3/2026")],
[prov("Đồng Nai"), com("Bình Phước")],
["Báo Đồng Nai", "Trang chủ › Thời sự › Chính trị", "Ông Điểu Minh Hoàng phát biểu tại buổi đối thoại. Ảnh: Hoàng Lộc",
 "Giải quyết kiến nghị về đất đai và trật tự đô thị sau sắp xếp đơn vị hành chính", "Lượt xem: 647"],
["Thứ Sáu, 10/04/2026 - 18:20", "năm 2026", "tháng 3/2025", "quý II/2026", "10 ngày", "15 ngày", "Lượt xem: 647"]))
