"""holdout29 batch3: b665-b670 (2019-2022). Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b665
PAGES.append(page(
"b665-binhphuoc-bdv-nguoicouytin-stieng-2019",
"""
BÁO BÌNH PHƯỚC
Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo
Thứ Năm, 22/08/2019 - 07:30
Tôn vinh 120 "cây cao bóng cả" trong đồng bào dân tộc thiểu số
Già làng Điểu Lên chia sẻ kinh nghiệm vận động bà con ở sóc Bom Bo.
Ngày 21/8, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh Bình Phước tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2019. Dự hội nghị có đồng chí Nguyễn Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Điểu Brông, Trưởng Ban Dân tộc tỉnh cùng 120 người có uy tín tiêu biểu là đồng bào Stiêng, M'nông, Khmer, Tày, Nùng.
Toàn tỉnh hiện có 1.024 người có uy tín. Thực hiện Quyết định 12/2018/QĐ-TTg và Chỉ thị 06/2008/CT-TTg của Thủ tướng Chính phủ, các cấp đã tổ chức thăm hỏi, tặng quà, cấp báo, tập huấn cho người có uy tín; năm 2019 tỉnh bố trí hơn 2,1 tỷ đồng cho các chính sách này. Người có uy tín đã vận động bà con hiến 9,6 ha đất làm đường, tham gia hòa giải thành 87 vụ việc ở thôn, sóc; phong trào "3 không" (không để con bỏ học, không tảo hôn, không nghe kẻ xấu xúi giục) được hưởng ứng rộng rãi.
Đồng chí Nguyễn Văn Lực trao bằng khen cho các cá nhân. Ảnh: Thu Hà
Tại hội nghị, Già làng Điểu Lên (sóc Bom Bo, xã Bình Minh) kể chuyện vận động con cháu chuyển từ trồng điều già cỗi sang trồng tiêu, nuôi dê; năm qua sóc Bom Bo còn 11 hộ nghèo, giảm 14 hộ so với năm 2018. Các ông Điểu Xiêm, Lâm Văn Tươi, Lý Văn Sang - Trưởng ban công tác Mặt trận ấp kể việc cùng chính quyền vận động bà con không theo "đạo lạ", giữ ổn định ở vùng biên giới Lộc Ninh, Bù Đốp. Mục sư Điểu Thông, Quản nhiệm Chi hội Tin lành Đak Ơ, cho biết chi hội đã vận động tín hữu góp 45 triệu đồng làm cầu qua suối.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Lực ghi nhận người có uy tín là "cầu nối" giữa Đảng, chính quyền với đồng bào. Dịp này, UBND tỉnh tặng bằng khen cho 30 người có uy tín, mỗi người kèm phần thưởng trị giá 2 triệu đồng.
Theo ông Điểu Brông, tỷ lệ hộ nghèo đồng bào dân tộc thiểu số của tỉnh đã giảm từ 9,8% năm 2017 xuống còn 5,2%; 100% thôn, sóc có người có uy tín được cấp báo, tạp chí. Trong quý IV, tỉnh sẽ tổ chức cho 50 người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh Tây Nguyên.
Thu Hà - Minh Luân
TIN CÙNG CHUYÊN MỤC
- Bù Gia Mập: đối thoại với đồng bào về đất sản xuất (15/08/2019)
- Lễ hội Cầu mùa của đồng bào Stiêng ở Bù Đăng (10/08/2019)
- Lộc Ninh: người có uy tín giúp giữ bình yên vùng biên (01/08/2019)
BÁO BÌNH PHƯỚC - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Phước. Đường dây nóng: 0271.3879 888
""",
"2019-08-22", "Tôn vinh 120 \"cây cao bóng cả\" trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2019", "2019-08-21"),
[P("Nguyễn Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Brông", "Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Lên", "Già làng"),
 P("Điểu Xiêm", "Trưởng ban công tác Mặt trận ấp"),
 P("Lâm Văn Tươi", "Trưởng ban công tác Mặt trận ấp"),
 P("Lý Văn Sang", "Trưởng ban công tác Mặt trận ấp"),
 P("Điểu Thông", "Mục sư", "Quản nhiệm Chi hội Tin lành Đak Ơ")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"),
 Q("1.024 người có uy tín", 1024, "người có uy tín"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("9,6 ha", 9.6, "ha"),
 Q("87 vụ việc", 87, "vụ việc"),
 Q("11 hộ nghèo", 11, "hộ nghèo"),
 Q("14 hộ", 14, "hộ"),
 Q("45 triệu đồng", 45000000, "đồng"),
 Q("30 người có uy tín", 30, "người có uy tín"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("9,8%", 9.8, "%"),
 Q("5,2%", 5.2, "%"),
 Q("100% thôn, sóc", 100, "%"),
 Q("50 người có uy tín", 50, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Chỉ thị", "06", "2008/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 06/2008/CT-TTg")],
[prov("Bình Phước"), com("Bình Minh")],
["BÁO BÌNH PHƯỚC", "Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo", "Già làng Điểu Lên chia sẻ kinh nghiệm vận động bà con ở sóc Bom Bo.",
 "Đồng chí Nguyễn Văn Lực trao bằng khen cho các cá nhân. Ảnh: Thu Hà", "cây cao bóng cả", "Bom Bo", "đạo lạ", "cầu nối",
 "Thu Hà - Minh Luân", "Đảng Cộng sản Việt Nam"],
["Thứ Năm, 22/08/2019 - 07:30", "năm 2019", "năm 2018", "năm 2017", "quý IV", "3 không", "12/2018/QĐ-TTg", "06/2008/CT-TTg", "0271.3879 888"]))

# ---------------------------------------------------------------- b666
PAGES.append(page(
"b666-bentre-mttq-traoqua-covid-2020",
"""
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE
Trang chủ » Thời sự » Phòng chống dịch Covid-19
09/04/2020 11:15
Ảnh: Trao quà cho người lao động tại huyện Mỏ Cày Nam.
Mặt trận và các tôn giáo chung tay hỗ trợ người lao động mất việc
Ngày 8/4, Ủy ban MTTQ Việt Nam tỉnh Bến Tre phối hợp với các tổ chức tôn giáo trao 2.000 phần quà cho người lao động mất việc làm, người bán vé số, hộ nghèo bị ảnh hưởng bởi dịch Covid-19 tại các huyện Mỏ Cày Nam, Châu Thành, Giồng Trôm. Mỗi phần quà gồm 10 kg gạo và tiền mặt, tổng trị giá khoảng 1 tỷ đồng.
Bà Võ Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau lời kêu gọi "Chung tay phòng, chống dịch Covid-19", Quỹ phòng, chống dịch của tỉnh đã tiếp nhận hơn 5,3 tỷ đồng và nhiều hiện vật. Việc vận động, tiếp nhận thực hiện theo Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Công văn 1218/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tại Tòa Thánh Tiên Thiên (xã Tiên Thủy, huyện Châu Thành), Giáo sư Lê Văn Bảy, Phó Hội trưởng Hội thánh Cao Đài Tiên Thiên, trao 300 phần quà cho bà con nghèo quanh Tòa Thánh. Tại giáo xứ Mỹ Chánh (xã Đa Phước Hội, huyện Mỏ Cày Nam), Linh mục Trần Minh Triết, Chánh xứ, cùng giáo dân đặt "cây ATM gạo", mỗi ngày phát khoảng 1,5 tấn gạo cho người khó khăn; sau 1 tuần đã phát hơn 12 tấn gạo.
Chị Huỳnh Thị Mỹ Duyên, công nhân may ở xã Đa Phước Hội bị tạm nghỉ việc từ giữa tháng 3, xúc động: "Công ty cho nghỉ, hai mẹ con chỉ trông vào số gạo này".
Theo ông Phan Văn Tới, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, tỉnh đang rà soát khoảng 3.600 lao động bị tạm hoãn hợp đồng để hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ, mức 1.800.000 đồng/người/tháng. Mặt trận các cấp tiếp tục giám sát để việc hỗ trợ đúng đối tượng, công khai, minh bạch.
Cùng ngày, Ủy ban MTTQ huyện Giồng Trôm tiếp nhận 5 tấn gạo, 800 thùng mì do các mạnh thường quân là người Hoa ở thị trấn Giồng Trôm ủng hộ. Ông Lâm Chấn Hưng, đại diện nhóm thiện nguyện, cho biết nhóm sẽ tiếp tục hỗ trợ cho đến khi dịch được kiểm soát. Ủy ban MTTQ tỉnh đề nghị các tổ chức tôn giáo tạm dừng sinh hoạt đông người, tổ chức lễ trực tuyến theo hướng dẫn của ngành y tế.
Hồng Nhung - Thanh Tùng
Tin liên quan
- Bến Tre: phát 7.500 khẩu trang miễn phí cho người dân (03/04/2020)
- Thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg (01/04/2020)
- Các giáo xứ tạm dừng thánh lễ đông người (28/03/2020)
- Giồng Trôm: phát gạo miễn phí cho người bán vé số (05/04/2020)
Đài Phát thanh và Truyền hình Bến Tre. Địa chỉ: 88 Đồng Khởi, phường Phú Tân, thành phố Bến Tre.
""",
"2020-04-09", "Mặt trận và các tôn giáo chung tay hỗ trợ người lao động mất việc",
E("trao_qua", None, "2020-04-08"),
[P("Võ Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bảy", "Giáo sư", "Phó Hội trưởng Hội thánh Cao Đài Tiên Thiên"),
 P("Trần Minh Triết", "Linh mục", "Chánh xứ"),
 P("Huỳnh Thị Mỹ Duyên"),
 P("Phan Văn Tới", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lâm Chấn Hưng", "đại diện nhóm thiện nguyện")],
[Q("2.000 phần quà", 2000, "phần quà"),
 Q("10 kg", 10, "kg"),
 Q("khoảng 1 tỷ đồng", 1000000000, "đồng", "approx"),
 Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"),
 Q("300 phần quà", 300, "phần quà"),
 Q("khoảng 1,5 tấn", 1.5, "tấn", "approx"),
 Q("hơn 12 tấn", 12, "tấn", "over"),
 Q("khoảng 3.600 lao động", 3600, "lao động", "approx"),
 Q("1.800.000 đồng/người/tháng", 1800000, "đồng"),
 Q("5 tấn", 5, "tấn"),
 Q("800 thùng mì", 800, "thùng mì")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Công văn", "1218", "MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn 1218/MTTW-BTT"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP")],
[prov("Bến Tre"), com("Tiên Thủy"), com("Đa Phước Hội"), com("Giồng Trôm")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE", "Trang chủ » Thời sự » Phòng chống dịch Covid-19",
 "Ảnh: Trao quà cho người lao động tại huyện Mỏ Cày Nam.", "Chung tay phòng, chống dịch Covid-19", "Tòa Thánh Tiên Thiên",
 "cây ATM gạo", "Hồng Nhung - Thanh Tùng", "Đồng Khởi"],
["09/04/2020 11:15", "Covid-19", "1 tuần", "tháng 3", "hai mẹ con", "16/CT-TTg", "31/3/2020", "1218/MTTW-BTT", "42/NQ-CP", "88 Đồng Khởi"]))

# ---------------------------------------------------------------- b667
PAGES.append(page(
"b667-khanhhoa-ccb-giaoban-q2-2020",
"""
HỘI CỰU CHIẾN BINH TỈNH KHÁNH HÒA
Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức
Ngày 03/07/2020 | 14:40
Hội Cựu chiến binh tỉnh giao ban công tác quý II
Chiều 2/7, Thường trực Hội Cựu chiến binh (CCB) tỉnh Khánh Hòa tổ chức giao ban công tác Hội quý II năm 2020 với Hội CCB các huyện, thị xã, thành phố. Đại tá Trương Đình Hùng, Chủ tịch Hội CCB tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Hội CCB tỉnh: Cao Xuân Thành, Pi Năng Thị Lụa.
Đại tá Trương Đình Hùng phát biểu kết luận giao ban. Ảnh: Văn Kỳ
Quý II, các cấp Hội vừa thực hiện nhiệm vụ phòng, chống dịch Covid-19 vừa chuẩn bị đại hội cấp cơ sở nhiệm kỳ 2022 - 2027. Toàn tỉnh có 23 đồng chí CCB được giới thiệu tham gia cấp ủy, chính quyền xã; kết nạp 148 hội viên mới, nâng tổng số lên hơn 27.600 hội viên. Nguồn vốn do Hội quản lý đạt hơn 62 tỷ đồng, giúp 1.860 hộ hội viên vay làm ăn.
Thực hiện Nghị quyết 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, các cấp Hội đăng tải hơn 400 bài viết phản bác thông tin sai trái trên mạng xã hội. Phong trào "CCB gương mẫu" tiếp tục lan tỏa; Hội đã xây mới 5 căn nhà đồng đội, mỗi căn 50 triệu đồng.
Đồng chí Bo Bo Văn Lơn, Chủ tịch Hội CCB huyện Khánh Sơn, báo cáo vụ việc tranh chấp đất rẫy giữa 2 hộ đồng bào Raglai ở xã Sơn Bình từng có nguy cơ xô xát. Hội CCB xã đã cùng già làng Mấu Văn Chăm đến từng nhà hòa giải, đến nay hai bên đã ký biên bản thỏa thuận. Đồng chí Nguyễn Thị Liên, Chánh Văn phòng Hội CCB tỉnh, thông báo Chỉ thị 09, 10-CT/HCCB của Thường trực Hội CCB tỉnh về công tác tổ chức đại hội và bảo đảm an ninh trật tự trong mùa mưa bão.
Đại tá Trương Đình Hùng đề nghị quý III tập trung giúp hội viên khắc phục khó khăn do dịch bệnh, phát huy vai trò CCB trong tham gia giải quyết các vụ việc phức tạp ngay từ cơ sở; mỗi huyện xây thêm ít nhất 1 căn nhà đồng đội.
Tại huyện Khánh Vĩnh, Hội CCB đã giúp 42 hộ hội viên người Raglai vay vốn trồng sầu riêng, bơ; nhiều hộ đã có thu nhập trên 100 triệu đồng/năm. Đồng chí Cao Xuân Thành cho biết trong quý III, Thường trực Hội sẽ kiểm tra 3 huyện về công tác chuẩn bị đại hội và việc quản lý nguồn vốn ủy thác.
Văn Kỳ
Lượt xem: 418
Xem thêm
- Hội CCB Cam Ranh: 31 đồng chí được tặng kỷ niệm chương (18/06/2020)
- Khánh Vĩnh: CCB giúp đồng bào Raglai trồng sầu riêng (02/06/2020)
- Hội CCB tỉnh ủng hộ phòng, chống dịch Covid-19 (10/04/2020)
- Cam Lâm: khánh thành 2 căn nhà đồng đội (25/03/2020)
Hội Cựu chiến binh tỉnh Khánh Hòa. Địa chỉ: 35 Lý Tự Trọng, Nha Trang. Điện thoại: 0258.3822 561
""",
"2020-07-03", "Hội Cựu chiến binh tỉnh giao ban công tác quý II",
E("giao_ban", "2020-Q2", "2020-07-02"),
[P("Trương Đình Hùng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Cao Xuân Thành", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Pi Năng Thị Lụa", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Bo Bo Văn Lơn", "Chủ tịch Hội CCB huyện Khánh Sơn"),
 P("Mấu Văn Chăm", "già làng"),
 P("Nguyễn Thị Liên", "Chánh Văn phòng Hội CCB tỉnh")],
[Q("23 đồng chí CCB", 23, "đồng chí CCB"),
 Q("148 hội viên mới", 148, "hội viên mới"),
 Q("hơn 27.600 hội viên", 27600, "hội viên", "over"),
 Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"),
 Q("1.860 hộ hội viên", 1860, "hộ hội viên"),
 Q("hơn 400 bài viết", 400, "bài viết", "over"),
 Q("5 căn nhà đồng đội", 5, "căn nhà đồng đội"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("2 hộ", 2, "hộ"),
 Q("42 hộ hội viên người Raglai", 42, "hộ hội viên người Raglai"),
 Q("trên 100 triệu đồng/năm", 100000000, "đồng", "over"),
 Q("3 huyện", 3, "huyện")],
[D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết 35-NQ/TW"),
 D("Chỉ thị", "09", "CT/HCCB", None, "Thường trực Hội CCB tỉnh", "Chỉ thị 09, 10-CT/HCCB"),
 D("Chỉ thị", "10", "CT/HCCB", None, "Thường trực Hội CCB tỉnh", "Chỉ thị 09, 10-CT/HCCB")],
[prov("Khánh Hòa"), com("Sơn Bình")],
["HỘI CỰU CHIẾN BINH TỈNH KHÁNH HÒA", "Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức",
 "Đại tá Trương Đình Hùng phát biểu kết luận giao ban. Ảnh: Văn Kỳ", "CCB gương mẫu", "Raglai", "Văn Kỳ", "Lượt xem: 418", "Lý Tự Trọng"],
["Ngày 03/07/2020 | 14:40", "quý II năm 2020", "Covid-19", "nhiệm kỳ 2022 - 2027", "23 đồng chí CCB", "22/10/2018",
 "1 căn nhà đồng đội", "quý III", "Lượt xem: 418", "35 Lý Tự Trọng", "0258.3822 561"]))

# ---------------------------------------------------------------- b668
PAGES.append(page(
"b668-lamdong-lacduong-doithoai-rung-2021",
"""
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ / Xã hội / Dân tộc - Tôn giáo
2021-10-29 09:05
Người dân Đưng K'Nớ được giải đáp về tiền khoán giữ rừng
Ngày 28/10, UBND huyện Lạc Dương (tỉnh Lâm Đồng) phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại năm 2021 với các hộ nhận khoán bảo vệ rừng ở xã Đưng K'Nớ. Do phòng, chống dịch Covid-19, hội nghị chỉ mời 40 đại biểu, thực hiện nghiêm "5K".
Quang cảnh buổi đối thoại tại nhà văn hóa xã Đưng K'Nớ. Ảnh: K'Linh
Chủ trì đối thoại có các ông Liêng Hót Ha Khiêm, Păng Ting Sơn - Phó Chủ tịch UBND huyện và bà Cil Duyên, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Xã Đưng K'Nớ hiện có 412 hộ đồng bào K'Ho, Churu nhận khoán bảo vệ hơn 2.300 ha rừng với mức 600.000 đồng/ha/năm.
Ông Bon Niêng Ha Lý, người dân thôn Đưng K'Si, phản ánh 16 hộ trong thôn bị chậm chi trả tiền khoán từ đầu năm, nhiều hộ phải vay mượn để mua phân bón. Ông Touneh Hàn Tuấn, người có uy tín thôn Păng Tiêng, hỏi về việc đo đạc lại ranh giới rừng giao khoán vì có chỗ chồng lấn với đất rẫy.
Trả lời, ông Liêng Hót Ha Khiêm thừa nhận việc chậm chi trả do hồ sơ thanh toán của Ban Quản lý rừng phòng hộ phải điều chỉnh; huyện đã chỉ đạo giải ngân ngay 1,4 tỷ đồng trong tháng 11. Việc khoán rừng thực hiện theo Nghị định 156/2018/NĐ-CP của Chính phủ; từ năm 2022, đồng bào còn được hưởng thêm hỗ trợ từ chương trình mục tiêu quốc gia phê duyệt tại Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Mục sư Bon Niêng Ha Sen, Quản nhiệm Chi hội Tin lành Đưng K'Nớ, và Linh mục Trần Quang Vinh, Quản xứ giáo xứ Đạ Chais, cùng cam kết vận động tín đồ không phá rừng, không lấn chiếm đất rừng. Tại hội nghị, 18 ý kiến đã được trả lời trực tiếp.
Bà Cil Duyên cho biết Mặt trận huyện sẽ giám sát việc chi trả, kết quả được công khai tại nhà văn hóa các thôn.
Theo Hạt Kiểm lâm huyện, từ đầu năm 2021 đến nay, trên địa bàn xã Đưng K'Nớ xảy ra 9 vụ phá rừng với diện tích 3,6 ha, giảm 5 vụ so với cùng kỳ năm trước. Ông Ka Sim, Phó Chủ tịch UBND xã, cho biết xã đã thành lập 6 tổ tuần tra rừng cộng đồng, mỗi tổ có sự tham gia của già làng, người có uy tín.
K'Linh
Lượt xem: 2.097
Tin khác
- Lạc Dương: hơn 500 hộ đồng bào K'Ho được tiêm vắc xin mũi 2 (20/10/2021)
- Đam Rông: đối thoại về đất sản xuất với đồng bào Mông (06/10/2021)
- Lạc Dương: chi trả tiền dịch vụ môi trường rừng đợt 1 năm 2021 (22/09/2021)
- Mặt trận huyện Lạc Dương giám sát việc hỗ trợ người dân gặp khó khăn do dịch (14/09/2021)
Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng. Tòa soạn: 38 Quang Trung, Đà Lạt. Điện thoại: 0263.3822 310
""",
"2021-10-29", "Người dân Đưng K'Nớ được giải đáp về tiền khoán giữ rừng",
E("doi_thoai", "2021", "2021-10-28"),
[P("Liêng Hót Ha Khiêm", "Phó Chủ tịch UBND huyện"),
 P("Păng Ting Sơn", "Phó Chủ tịch UBND huyện"),
 P("Cil Duyên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bon Niêng Ha Lý"),
 P("Touneh Hàn Tuấn", "người có uy tín thôn Păng Tiêng"),
 P("Bon Niêng Ha Sen", "Mục sư", "Quản nhiệm Chi hội Tin lành Đưng K'Nớ"),
 P("Trần Quang Vinh", "Linh mục", "Quản xứ giáo xứ Đạ Chais"),
 P("Ka Sim", "Phó Chủ tịch UBND xã")],
[Q("40 đại biểu", 40, "đại biểu"),
 Q("412 hộ", 412, "hộ"),
 Q("hơn 2.300 ha", 2300, "ha", "over"),
 Q("600.000 đồng/ha/năm", 600000, "đồng"),
 Q("16 hộ", 16, "hộ"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"),
 Q("18 ý kiến", 18, "ý kiến"),
 Q("9 vụ phá rừng", 9, "vụ phá rừng"),
 Q("3,6 ha", 3.6, "ha"),
 Q("5 vụ", 5, "vụ"),
 Q("6 tổ tuần tra rừng cộng đồng", 6, "tổ tuần tra rừng cộng đồng")],
[D("Nghị định", "156", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 156/2018/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Lâm Đồng"), com("Đưng K'Nớ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ / Xã hội / Dân tộc - Tôn giáo",
 "Quang cảnh buổi đối thoại tại nhà văn hóa xã Đưng K'Nớ. Ảnh: K'Linh", "Đưng K'Si", "Păng Tiêng", "Ban Quản lý rừng phòng hộ",
 "Hạt Kiểm lâm", "K'Linh", "Lượt xem: 2.097", "Quang Trung, Đà Lạt"],
["2021-10-29 09:05", "năm 2021", "đầu năm 2021", "năm trước", "Covid-19", "5K", "tháng 11", "năm 2022", "156/2018/NĐ-CP", "1719/QĐ-TTg", "14/10/2021", "Lượt xem: 2.097", "38 Quang Trung", "0263.3822 310"]))

# ---------------------------------------------------------------- b669
PAGES.append(page(
"b669-kiengiang-mttq-phanbien-khmer-2022",
"""
Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Kiên Giang
Trang chủ | Hoạt động | Giám sát, phản biện
18/05/2022, 16:30
Phản biện dự thảo đề án hỗ trợ sinh kế vùng đồng bào Khmer
Ngày 17/5, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức hội nghị phản biện xã hội đối với dự thảo Đề án hỗ trợ sinh kế, giảm nghèo bền vững vùng đồng bào dân tộc Khmer giai đoạn 2022 - 2025. Đây là nội dung phản biện trọng tâm năm 2022 của Mặt trận tỉnh. Ông Danh Út Hiền, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; gần 70 đại biểu tham dự.
Bà Lâm Thị Sà Quên trình bày dự thảo đề án. Ảnh: Quốc Bình
Theo dự thảo do bà Lâm Thị Sà Quên, Phó Trưởng Ban Dân tộc tỉnh trình bày, đề án hỗ trợ 3.500 hộ đồng bào Khmer ở 8 huyện, thành phố với tổng vốn 210 tỷ đồng; mỗi hộ được vay tối đa 100 triệu đồng để chăn nuôi, làm dịch vụ. Tỷ lệ hộ nghèo trong đồng bào Khmer toàn tỉnh hiện là 4,28%. Đề án cụ thể hóa Chỉ thị 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Nghị quyết 88/2019/QH14 của Quốc hội.
Có 22 ý kiến phản biện. Ông Thạch Văn Nguyên, Phó Chủ tịch - Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, đề nghị làm rõ tiêu chí chọn hộ để tránh "cào bằng". Hòa thượng Danh Nol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, Trụ trì chùa Phước Thạnh, đề nghị dành một phần kinh phí dạy nghề cho thanh niên Khmer tại các điểm chùa. Ông Trịnh Vĩnh Phát, Trưởng ban Liên lạc người Hoa tỉnh, góp ý cần gắn đề án với hợp tác xã và doanh nghiệp bao tiêu sản phẩm.
Tiếp thu ý kiến, bà Lâm Thị Sà Quên cho biết cơ quan soạn thảo sẽ chỉnh sửa, bổ sung trước khi trình UBND tỉnh. Phát biểu kết luận, ông Danh Út Hiền nhấn mạnh kết quả phản biện sẽ được gửi bằng văn bản trong 10 ngày, đồng thời Mặt trận sẽ giám sát quá trình triển khai đề án.
Cũng trong năm 2022, Mặt trận tỉnh dự kiến phản biện 3 dự thảo nghị quyết của HĐND tỉnh và chủ trì 8 cuộc giám sát chuyên đề. Theo bà Nguyễn Thị Bích Thủy, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, 100% ý kiến phản biện năm 2021 đã được cơ quan soạn thảo tiếp thu, giải trình bằng văn bản. Tại huyện Gò Quao, nơi gần 40% dân số là đồng bào Khmer, ý kiến của bà con cũng được tổng hợp gửi hội nghị.
Quốc Bình
Tin cùng chuyên mục
- Giám sát thực hiện chính sách đối với người có uy tín ở Gò Quao (06/05/2022)
- Trao 50 căn nhà Đại đoàn kết cho hộ Khmer nghèo (22/04/2022)
- Mừng Tết Chôl Chnăm Thmây cùng đồng bào Khmer (12/04/2022)
Ủy ban MTTQ Việt Nam tỉnh Kiên Giang - Số 2 Nguyễn Công Trứ, Rạch Giá. ĐT: 0297.3862 032
""",
"2022-05-18", "Phản biện dự thảo đề án hỗ trợ sinh kế vùng đồng bào Khmer",
E("hoi_nghi", "2022", "2022-05-17"),
[P("Danh Út Hiền", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sà Quên", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Văn Nguyên", "Phó Chủ tịch - Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Nol", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "Trụ trì chùa Phước Thạnh"),
 P("Trịnh Vĩnh Phát", "Trưởng ban Liên lạc người Hoa tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 70 đại biểu", 70, "đại biểu", "approx"),
 Q("3.500 hộ đồng bào Khmer", 3500, "hộ đồng bào Khmer"),
 Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("210 tỷ đồng", 210000000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"),
 Q("4,28%", 4.28, "%"),
 Q("22 ý kiến", 22, "ý kiến"),
 Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết"),
 Q("8 cuộc giám sát chuyên đề", 8, "cuộc giám sát chuyên đề"),
 Q("100% ý kiến phản biện", 100, "%"),
 Q("gần 40%", 40, "%", "approx")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14")],
[prov("Kiên Giang")],
["Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Kiên Giang", "Trang chủ | Hoạt động | Giám sát, phản biện",
 "Bà Lâm Thị Sà Quên trình bày dự thảo đề án. Ảnh: Quốc Bình", "Hội Đoàn kết sư sãi yêu nước", "cào bằng", "Quốc Bình", "Nguyễn Công Trứ"],
["18/05/2022, 16:30", "giai đoạn 2022 - 2025", "năm 2022", "năm 2021", "10/1/2018", "10 ngày", "19-CT/TW", "88/2019/QH14", "Số 2 Nguyễn Công Trứ", "0297.3862 032"]))

# ---------------------------------------------------------------- b670
PAGES.append(page(
"b670-phuyen-baochi-nuocsach-buonly-2022",
"""
BÁO PHÚ YÊN ONLINE
Trang chủ  Thời sự  Kinh tế  Xã hội  Văn hóa  Thể thao  Bạn đọc
Bạn đọc > Hồi âm
Thứ Hai, 26/09/2022 | 06:45
Hồi âm bài "Buôn Ly khát nước giữa mùa mưa": Nước sạch đã về buôn
Bà H'Lanh Niê vui mừng khi nước sạch chảy trở lại. Ảnh: Y Sao
Sau khi Báo Phú Yên phản ánh công trình nước sinh hoạt tập trung ở buôn Ly (xã Ea Bia, huyện Sông Hinh) hư hỏng hơn 3 tháng, hơn 120 hộ đồng bào Ê Đê phải gánh nước suối về dùng, UBND huyện Sông Hinh đã chỉ đạo khắc phục. Đến ngày 24/9, nước sạch đã chảy về từng nhà.
Theo ông Nguyễn Tấn Phát, Phó Chủ tịch UBND huyện Sông Hinh, ngay sau khi có thông tin, huyện đã ban hành công văn số 1456/UBND-KT ngày 12/9/2022 giao Ban Quản lý dự án đầu tư xây dựng huyện kiểm tra, sửa chữa. Ông Lê Văn Hòa, Giám đốc Ban Quản lý dự án, cho biết đơn vị đã thay máy bơm, khoan mới 2 giếng, thay 4.600 m đường ống và lắp bồn chứa 40 m3; tổng kinh phí 1,35 tỷ đồng, lấy từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững theo Quyết định 90/QĐ-TTg của Thủ tướng Chính phủ.
Ông Y Thanh Ksơr, Chủ tịch UBND xã Ea Bia, thừa nhận xã chậm báo cáo lên huyện vì nghĩ có thể tự sửa. Xã đã thành lập tổ quản lý vận hành gồm 5 người, trong đó có già làng và người có uy tín; giá nước được bà con thống nhất là 4.000 đồng/m3 để có kinh phí bảo dưỡng.
"Giờ không phải dậy từ 4 giờ sáng đi gánh nước nữa", bà H'Lanh Niê, người dân buôn Ly, nói. Ông Y Bi Niê, Thư ký Ban Chấp sự Chi hội Tin lành buôn Ly, cho biết chi hội đã vận động tín hữu cùng giữ gìn đường ống, không để trâu bò phá hỏng.
Được biết, toàn huyện Sông Hinh còn 7 công trình nước tập trung xuống cấp. Huyện cam kết sửa chữa dứt điểm trong năm 2023.
Trao đổi với phóng viên, ông Nguyễn Tấn Phát cho biết sau vụ việc, huyện yêu cầu UBND các xã rà soát toàn bộ 19 công trình nước sinh hoạt tập trung, báo cáo trước ngày 15/10. Ủy ban MTTQ Việt Nam huyện Sông Hinh được giao giám sát việc vận hành các công trình, lấy ý kiến người dân về chất lượng nước mỗi quý. Bà Ksor H'Bưới, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Bia, nói: "Từ nay có việc gì bà con báo với tổ trưởng, Mặt trận xã sẽ đưa lên huyện ngay".
Y Sao
Lượt xem: 1.860
Tin khác
- Sông Hinh: hơn 300 hộ Ê Đê nhận hỗ trợ giống cây trồng (20/09/2022)
- Kỳ 1: Buôn Ly khát nước giữa mùa mưa (09/09/2022)
- Sông Hinh: đối thoại với đồng bào về đất sản xuất (15/09/2022)
- Bạn đọc phản ánh đường vào buôn Bầu xuống cấp (05/09/2022)
- Tây Hòa: khánh thành công trình nước sạch ở xã Sơn Thành Đông (29/08/2022)
Báo Phú Yên - Cơ quan của Đảng bộ tỉnh Phú Yên. ĐT: 0257.3842 014
""",
"2022-09-26", "Hồi âm bài \"Buôn Ly khát nước giữa mùa mưa\": Nước sạch đã về buôn",
E(None, None, None),
[P("H'Lanh Niê"),
 P("Nguyễn Tấn Phát", "Phó Chủ tịch UBND huyện Sông Hinh"),
 P("Lê Văn Hòa", "Giám đốc Ban Quản lý dự án"),
 P("Y Thanh Ksơr", "Chủ tịch UBND xã Ea Bia"),
 P("Y Bi Niê", "Thư ký Ban Chấp sự Chi hội Tin lành buôn Ly"),
 P("Ksor H'Bưới", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Bia")],
[Q("hơn 120 hộ đồng bào Ê Đê", 120, "hộ đồng bào Ê Đê", "over"),
 Q("2 giếng", 2, "giếng"),
 Q("4.600 m", 4600, "m"),
 Q("40 m3", 40, "m3"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("5 người", 5, "người"),
 Q("4.000 đồng/m3", 4000, "đồng"),
 Q("7 công trình nước tập trung", 7, "công trình nước tập trung"),
 Q("19 công trình nước sinh hoạt tập trung", 19, "công trình nước sinh hoạt tập trung")],
[D("Công văn", "1456", "UBND-KT", "2022-09-12", "UBND huyện Sông Hinh", "công văn số 1456/UBND-KT"),
 D("Quyết định", "90", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 90/QĐ-TTg")],
[prov("Phú Yên"), com("Ea Bia")],
["BÁO PHÚ YÊN ONLINE", "Trang chủ  Thời sự  Kinh tế  Xã hội  Văn hóa  Thể thao  Bạn đọc", "Bạn đọc > Hồi âm",
 "Bà H'Lanh Niê vui mừng khi nước sạch chảy trở lại. Ảnh: Y Sao", "Buôn Ly khát nước giữa mùa mưa",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Y Sao", "Lượt xem: 1.860"],
["Thứ Hai, 26/09/2022 | 06:45", "hơn 3 tháng", "ngày 24/9", "4 giờ sáng", "ngày 15/10", "mỗi quý", "năm 2023", "1456/UBND-KT", "12/9/2022", "90/QĐ-TTg", "Lượt xem: 1.860", "0257.3842 014"]))
