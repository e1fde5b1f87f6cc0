from lib import *
PAGES = []

PAGES.append(page("b3659-quangtri-bantongiao-soket-2017", """
SỞ NỘI VỤ TỈNH QUẢNG TRỊ - BAN TÔN GIÁO
Trang chủ - Tin tức - Hoạt động của Ban
Cập nhật lúc 17:20 ngày 14/07/2017
Tình hình các tôn giáo ổn định, đồng bào giáo dân tích cực khắc phục hậu quả sự cố môi trường biển
Sáng 13/7, Ban Tôn giáo - Sở Nội vụ tổ chức hội nghị sơ kết công tác tôn giáo 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Hà Sỹ Thịnh, Phó Chủ tịch UBND tỉnh; đồng chí Lê Đức Thiện, Giám đốc Sở Nội vụ; các ông Hồ Văn Hoan, Lê Đình Sự - Phó Trưởng Ban Tôn giáo cùng đại diện phòng Nội vụ 10 huyện, thị xã, thành phố.
Đại biểu dự hội nghị sơ kết. Ảnh: Thanh Trúc
Báo cáo cho biết, 6 tháng qua các tổ chức tôn giáo hoạt động đúng pháp luật; đã tổ chức 156 cuộc lễ lớn thu hút khoảng 45.000 lượt tín đồ tham dự. Tại 4 huyện ven biển Vĩnh Linh, Gio Linh, Triệu Phong, Hải Lăng, chính quyền đã phối hợp với các giáo xứ chi trả xong tiền bồi thường cho 12.460 hộ bị ảnh hưởng sự cố môi trường biển theo Quyết định 1880/QĐ-TTg của Thủ tướng Chính phủ, tổng số tiền hơn 1.040 tỷ đồng. Các cấp đã tiếp nhận 17 đơn thư liên quan tôn giáo, giải quyết xong 15 đơn, đạt 88,2%.
Ban đã tham mưu UBND tỉnh ban hành Kế hoạch số 2125/KH-UBND ngày 30/5/2017 về triển khai Luật Tín ngưỡng, tôn giáo; tổ chức 3 hội nghị tuyên truyền cho 420 cán bộ, chức sắc, chức việc. Việc chấp thuận sửa chữa, cải tạo 8 cơ sở thờ tự, trong đó có chùa Sắc Tứ và nhà thờ Tri Bưu - các di tích cấp tỉnh - được thực hiện đúng quy định.
Tại hội nghị, ông Phan Văn Ngọc, Chủ tịch UBND xã Hải An, cho biết xã đã thành lập tổ công tác gồm 9 thành viên thường xuyên đến các giáo họ để lắng nghe ý kiến bà con. Linh mục Antôn Nguyễn Văn Cử, Chánh xứ giáo xứ Hà Tây (xã Triệu An), bày tỏ mong muốn chính quyền sớm hỗ trợ ngư dân chuyển đổi nghề.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số xã vùng sâu của tỉnh Quảng Trị còn chậm; vẫn còn hiện tượng truyền đạo trái pháp luật trong đồng bào Vân Kiều, Pa Kô ở huyện Hướng Hóa, Đakrông; một số cơ sở thờ tự tự ý xây dựng khi chưa được cấp phép.
Tiếp đó, hội nghị công bố quyết định của Giám đốc Sở Nội vụ: ông Trương Quang Đức được bổ nhiệm làm Phó Trưởng Ban Tôn giáo kể từ ngày 1/7/2017.
Phát biểu chỉ đạo, đồng chí Hà Sỹ Thịnh đề nghị Ban Tôn giáo chủ động tham mưu triển khai Luật Tín ngưỡng, tôn giáo có hiệu lực từ 1/1/2018; làm tốt công tác nắm tình hình, không để các đối tượng xấu lợi dụng sự cố môi trường để kích động giáo dân; phối hợp tổ chức chu đáo Đại hội Hành hương Đức Mẹ La Vang lần thứ 31.
Quang Hiếu
Tin liên quan
- Hội nghị triển khai Luật Tín ngưỡng, tôn giáo (20/06/2017)
- Gặp mặt chức sắc Phật giáo nhân lễ Phật đản 2561 (09/05/2017)
- Giao ban công tác tôn giáo quý I (05/04/2017)
""", "2017-07-14", "Tình hình các tôn giáo ổn định, đồng bào giáo dân tích cực khắc phục hậu quả sự cố môi trường biển",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Hà Sỹ Thịnh", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Đức Thiện", "Giám đốc Sở Nội vụ"),
 P("Hồ Văn Hoan", "Phó Trưởng Ban Tôn giáo"),
 P("Lê Đình Sự", "Phó Trưởng Ban Tôn giáo"),
 P("Phan Văn Ngọc", "Chủ tịch UBND xã Hải An"),
 P("Antôn Nguyễn Văn Cử", "Linh mục", "Chánh xứ giáo xứ Hà Tây"),
 P("Trương Quang Đức", "Phó Trưởng Ban Tôn giáo")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("156 cuộc lễ lớn", 156, "cuộc lễ lớn"),
 Q("khoảng 45.000 lượt tín đồ", 45000, "lượt tín đồ", "approx"), Q("4 huyện ven biển", 4, "huyện ven biển"),
 Q("12.460 hộ", 12460, "hộ"), Q("hơn 1.040 tỷ đồng", 1040000000000, "đồng", "over"), Q("17 đơn thư liên quan tôn giáo", 17, "đơn thư liên quan tôn giáo"),
 Q("15 đơn", 15, "đơn"), Q("88,2%", 88.2, "%"), Q("3 hội nghị tuyên truyền", 3, "hội nghị tuyên truyền"),
 Q("420 cán bộ, chức sắc, chức việc", 420, "cán bộ, chức sắc, chức việc"), Q("8 cơ sở thờ tự", 8, "cơ sở thờ tự"),
 Q("9 thành viên", 9, "thành viên")],
[D("Quyết định", "1880", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1880/QĐ-TTg"),
 D("Kế hoạch", "2125", "KH-UBND", "2017-05-30", "UBND tỉnh", "Kế hoạch số 2125/KH-UBND ngày 30/5/2017")],
[prov("Quảng Trị"), com("Hải An"), com("Triệu An")],
["SỞ NỘI VỤ TỈNH QUẢNG TRỊ - BAN TÔN GIÁO", "Trang chủ - Tin tức - Hoạt động của Ban", "Đại biểu dự hội nghị sơ kết. Ảnh: Thanh Trúc",
 "Luật Tín ngưỡng, tôn giáo", "chùa Sắc Tứ", "nhà thờ Tri Bưu"],
["Cập nhật lúc 17:20 ngày 14/07/2017", "6 tháng đầu năm 2017", "6 tháng cuối năm", "6 tháng qua", "lần thứ 31", "1/1/2018"]))

PAGES.append(page("b3660-thuathienhue-taphuan-tongiao-2018", """
Trang thông tin điện tử Sở Nội vụ Thừa Thiên Huế
Tin tức / Công tác tôn giáo / Đào tạo, bồi dưỡng
21.03.2018 | 16:05
Học viên lớp tập huấn trao đổi với báo cáo viên.
Hơn 150 cán bộ cơ sở được bồi dưỡng kiến thức về tín ngưỡng, tôn giáo
Trong hai ngày 20 - 21/3, Ban Tôn giáo - Sở Nội vụ tỉnh Thừa Thiên Huế tổ chức lớp tập huấn nghiệp vụ công tác tôn giáo năm 2018 cho 152 học viên là công chức văn hóa - xã hội, công an xã và cán bộ Mặt trận các xã, phường có đông đồng bào tôn giáo.
Khai mạc lớp tập huấn, ông Nguyễn Văn Phúc, Trưởng Ban Tôn giáo - Sở Nội vụ nhấn mạnh: Luật Tín ngưỡng, tôn giáo có hiệu lực từ ngày 1/1/2018 cùng Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ đặt ra nhiều yêu cầu mới đối với cấp xã, nhất là việc tiếp nhận thông báo sinh hoạt tôn giáo tập trung, đăng ký người vào tu và quản lý lễ hội tại các cơ sở thờ tự là di tích.
Các học viên được nghe TS. Trần Đình Hằng, Giảng viên Học viện Chính trị khu vực III, giới thiệu Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo và Chỉ thị 18-CT/TW của Ban Bí thư; ThS. Bhling Thị Mai, Phó Trưởng phòng Tín ngưỡng, tôn giáo - Ban Tôn giáo, hướng dẫn các biểu mẫu theo Thông tư 01/2018/TT-BNV của Bộ Nội vụ. Buổi chiều ngày thứ hai, các học viên đi thực tế tại chùa Thiên Mụ và nhà thờ Phủ Cam, trao đổi với ban hộ tự, hội đồng mục vụ về cách phối hợp giữa cơ sở tôn giáo với chính quyền phường trong tổ chức lễ hội, đón khách tham quan và giữ gìn an ninh trật tự.
Báo cáo viên cho biết, toàn tỉnh hiện có khoảng 700.000 tín đồ các tôn giáo, chiếm gần 62% dân số; có 1 Tổng Giáo phận, 72 giáo xứ, hơn 300 chùa và 165 niệm Phật đường, trong đó 19 cơ sở thờ tự nằm trong quần thể di tích Cố đô Huế đã được UNESCO công nhận. Trong năm 2017, các cấp đã hướng dẫn 46 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung, không để xảy ra điểm nóng.
Nhiều học viên nêu khó khăn thực tế, như ông Zơ Râm Bay, Phó Chủ tịch UBND xã Thượng Quảng (huyện Nam Đông), đề nghị có tài liệu bằng song ngữ Việt - Cơ Tu để tuyên truyền cho bà con; bà Lê Thị Hiền, công chức văn hóa - xã hội phường Phú Hội, nêu vướng mắc khi quản lý hoạt động xin xăm, đốt vàng mã ở các điện, miếu.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận. Ban Tôn giáo cũng trao tặng mỗi xã, phường 1 bộ tài liệu hỏi đáp pháp luật về tín ngưỡng, tôn giáo.
Hải Yến
Số lượt truy cập: 28.517
Các tin đã đưa
- Sơ kết 3 năm thực hiện Quy chế phối hợp giữa Sở Nội vụ và Ủy ban MTTQ tỉnh (14/03/2018)
- Thăm, chúc Tết các cơ sở tôn giáo nhân dịp Xuân Mậu Tuất (09/02/2018)
- Tổng kết công tác tôn giáo năm 2017 (18/01/2018)
""", "2018-03-21", "Hơn 150 cán bộ cơ sở được bồi dưỡng kiến thức về tín ngưỡng, tôn giáo",
E("tap_huan", "2018", "2018-03-20"),
[P("Nguyễn Văn Phúc", "Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("Trần Đình Hằng", "TS.", "Giảng viên Học viện Chính trị khu vực III"),
 P("Bhling Thị Mai", "ThS.", "Phó Trưởng phòng Tín ngưỡng, tôn giáo - Ban Tôn giáo"),
 P("Zơ Râm Bay", "Phó Chủ tịch UBND xã Thượng Quảng"),
 P("Lê Thị Hiền", "công chức văn hóa - xã hội phường Phú Hội")],
[Q("152 học viên", 152, "học viên"), Q("khoảng 700.000 tín đồ", 700000, "tín đồ", "approx"), Q("gần 62%", 62, "%", "approx"),
 Q("1 Tổng Giáo phận", 1, "Tổng Giáo phận"), Q("72 giáo xứ", 72, "giáo xứ"), Q("hơn 300 chùa", 300, "chùa", "over"),
 Q("165 niệm Phật đường", 165, "niệm Phật đường"), Q("19 cơ sở thờ tự", 19, "cơ sở thờ tự"),
 Q("46 điểm nhóm", 46, "điểm nhóm"), Q("100%", 100, "%")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Thông tư", "01", "2018/TT-BNV", None, "Bộ Nội vụ", "Thông tư 01/2018/TT-BNV")],
[prov("Thừa Thiên Huế"), com("Thượng Quảng"), com("Phú Hội")],
["Trang thông tin điện tử Sở Nội vụ Thừa Thiên Huế", "Tin tức / Công tác tôn giáo / Đào tạo, bồi dưỡng",
 "Học viên lớp tập huấn trao đổi với báo cáo viên.", "Luật Tín ngưỡng, tôn giáo", "Số lượt truy cập: 28.517"],
["21.03.2018 | 16:05", "năm 2018", "1/1/2018", "Trong năm 2017", "1 bộ tài liệu", "Số lượt truy cập: 28.517"]))

PAGES.append(page("b3661-quangtri-mttq-giamsat-2019", """
Ủy ban MTTQ Việt Nam tỉnh Quảng Trị
Trang chủ >> Giám sát và phản biện xã hội
Thứ Sáu, 17/05/2019, 15:30
Giám sát việc quản lý, tu bổ di tích gắn với cơ sở tôn giáo tại Triệu Phong
Ngày 16/5/2019, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Hoàng Đức Thuận, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo và quản lý di tích tại huyện Triệu Phong, theo Chương trình giám sát năm 2019. Tham gia đoàn có các đồng chí Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Nguyễn Hữu Lộc và đại diện Ban Tôn giáo, Sở Văn hóa, Thể thao và Du lịch.
Đoàn giám sát làm việc tại chùa Sắc Tứ Tịnh Quang.
Theo báo cáo của UBND huyện, Triệu Phong có 34 cơ sở thờ tự của Phật giáo, Công giáo và 27 di tích được xếp hạng, trong đó có di tích quốc gia đặc biệt Thành cổ Quảng Trị và những địa điểm lưu niệm sự kiện 81 ngày đêm năm 1972. Từ năm 2016 đến nay, huyện đã bố trí hơn 4,8 tỷ đồng tu bổ 11 di tích; nhân dân và các cơ sở tôn giáo đóng góp khoảng 2,3 tỷ đồng. Việc cấp giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo đạt 76%.
Đoàn đã khảo sát thực tế tại chùa Sắc Tứ Tịnh Quang (xã Triệu Thượng) và nhà thờ Trí Bưu (xã Triệu Thành). Thượng tọa Thích Như Tâm, trụ trì chùa Sắc Tứ Tịnh Quang, cho biết nhà chùa cần hỗ trợ thủ tục để trùng tu chánh điện bị xuống cấp sau nhiều mùa lũ; Linh mục Gioan Hồ Đức Nhân, Chánh xứ giáo xứ Trí Bưu, kiến nghị bảo tồn phần tháp chuông còn lại như một chứng tích chiến tranh.
Đồng chí Lê Thị Kim Dung, HUV, Phó Chủ tịch UBND huyện Triệu Phong, tiếp thu và cho biết huyện đang triển khai Kế hoạch số 78/KH-UBND của UBND tỉnh về phát huy giá trị các di tích gắn với phát triển du lịch tâm linh.
Kết luận buổi giám sát, đồng chí Hoàng Đức Thuận ghi nhận huyện đã thực hiện nghiêm Luật Tín ngưỡng, tôn giáo và Nghị định số 166/2018/NĐ-CP ngày 25/12/2018 của Chính phủ về bảo quản, tu bổ, phục hồi di tích; đồng thời đề nghị huyện hoàn thành cấp giấy chứng nhận cho 8 cơ sở còn lại trong năm 2019, sớm giải quyết 3 vụ việc tranh chấp đất đai giữa cơ sở tôn giáo và hộ dân, công khai nguồn kinh phí công đức tại các di tích. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực theo Kế hoạch số 05/KH-MTTQ-BTT ngày 18/2/2019.
Trong đợt này, Ủy ban MTTQ Việt Nam tỉnh còn giám sát tại các huyện Gio Linh và Cam Lộ.
Hoàng Yến
Lượt xem: 732
Xem thêm
- Hội nghị phản biện dự thảo quy định về quản lý lễ hội (08/05/2019)
- Mặt trận tỉnh gặp mặt chức sắc nhân lễ Phật đản (02/05/2019)
- Giám sát thực hiện chính sách đối với người có uy tín tại Đakrông (19/04/2019)
""", "2019-05-17", "Giám sát việc quản lý, tu bổ di tích gắn với cơ sở tôn giáo tại Triệu Phong",
E("giam_sat", "2019", "2019-05-16"),
[P("Hoàng Đức Thuận", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Lộc", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Như Tâm", "Thượng tọa", "trụ trì chùa Sắc Tứ Tịnh Quang"),
 P("Gioan Hồ Đức Nhân", "Linh mục", "Chánh xứ giáo xứ Trí Bưu"),
 P("Lê Thị Kim Dung", "HUV", "Phó Chủ tịch UBND huyện Triệu Phong")],
[Q("34 cơ sở thờ tự", 34, "cơ sở thờ tự"), Q("27 di tích", 27, "di tích"), Q("hơn 4,8 tỷ đồng", 4800000000, "đồng", "over"),
 Q("11 di tích", 11, "di tích"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("76%", 76, "%"),
 Q("8 cơ sở", 8, "cơ sở"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai")],
[D("Kế hoạch", "78", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 78/KH-UBND"),
 D("Nghị định", "166", "2018/NĐ-CP", "2018-12-25", "Chính phủ", "Nghị định số 166/2018/NĐ-CP ngày 25/12/2018"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2019-02-18", None, "Kế hoạch số 05/KH-MTTQ-BTT ngày 18/2/2019")],
[prov("Quảng Trị"), com("Triệu Thượng"), com("Triệu Thành")],
["Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Trang chủ >> Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại chùa Sắc Tứ Tịnh Quang.",
 "Chương trình giám sát năm 2019", "Thành cổ Quảng Trị", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 732"],
["Thứ Sáu, 17/05/2019, 15:30", "81 ngày đêm năm 1972", "Từ năm 2016", "năm 2019", "Lượt xem: 732"]))

PAGES.append(page("b3662-thuathienhue-lulut-traoqua-2020", """
THÀNH ỦY HUẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ › Tin tức › Dân vận
Thứ Sáu, 30/10/2020
Ảnh: Trao quà cho bà con vùng ngập lụt phường Thủy Biều.
1.500 phần quà của chức sắc, tín đồ đến với người dân vùng lũ Huế
Ngày 29/10, Ban Dân vận Thành ủy Huế phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố và Caritas Tổng Giáo phận Huế tổ chức trao 1.500 phần quà cho người dân bị ảnh hưởng bởi đợt mưa lũ lịch sử từ ngày 6 đến 22/10/2020 và bão số 9 tại các phường Thủy Biều, Phú Hậu, Hương Sơ, Kim Long.
Tham dự có đồng chí Phạm Đức Tiến, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Huế; Thượng tọa Thích Minh Hiếu, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế; Linh mục Phêrô Nguyễn Văn Hòa, Giám đốc Caritas Tổng Giáo phận Huế; Sư cô Thích Nữ Tịnh Liên, Trụ trì chùa Diệu Đức.
Mỗi phần quà gồm 20 kg gạo, mì tôm, nước uống, áo phao và 500.000 đồng tiền mặt, tổng trị giá hơn 1,1 tỷ đồng. Riêng Caritas Tổng Giáo phận Huế hỗ trợ thêm 120 bộ dụng cụ học tập cho học sinh và 2 máy lọc nước cho Trạm Y tế phường Thủy Biều.
Theo báo cáo nhanh của UBND thành phố, đợt lũ đã làm 4 người chết, hơn 23.000 ngôi nhà bị ngập sâu từ 0,5 - 2 m; nhiều di tích trong Kinh thành Huế, lăng Tự Đức, lăng Minh Mạng bị ngập, hư hại tường thành. Từ đầu đợt lũ đến nay, các cơ sở Phật giáo, Công giáo, Tin lành trên địa bàn đã tổ chức 46 đợt cứu trợ với tổng giá trị khoảng 7,5 tỷ đồng.
Đồng chí Phạm Đức Tiến cảm ơn tấm lòng của chức sắc, tăng ni, linh mục, tu sĩ và bà con tín đồ đã kịp thời chia sẻ với người dân vùng lũ, đồng thời đề nghị các tổ chức tôn giáo tiếp tục phối hợp với Ủy ban MTTQ Việt Nam thành phố để việc cứu trợ đúng đối tượng, không chồng chéo, theo tinh thần Công văn số 1375-CV/TU của Ban Thường vụ Tỉnh ủy về vận động, tiếp nhận và phân bổ nguồn hỗ trợ khắc phục hậu quả mưa lũ.
Ông Nguyễn Văn Tiến, Chủ tịch UBND phường Thủy Biều, cho biết phường có 1.230 hộ bị ngập, trong đó 87 hộ nghèo, cận nghèo cần hỗ trợ khẩn cấp để sửa chữa nhà cửa trước mùa mưa bão tiếp theo.
Bà Hồ Thị Sáu, 76 tuổi, tổ 6 phường Thủy Biều, bùi ngùi: "Nước lên tới mái, may có các thầy, các cha đến kịp, bà con mới có gạo ăn."
Cùng ngày, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế cho biết đã tiếp nhận và phân bổ kịp thời nguồn ủng hộ của các tổ chức, cá nhân trong và ngoài nước cho các địa phương bị thiệt hại nặng.
Mai Thảo
Lượt đọc: 2.905
Tin liên quan
- Huế: 1.500 phần quà tiếp sức bà con vùng lũ (25/10/2020)
- Giáo hội Phật giáo tỉnh cứu trợ đồng bào miền Trung (21/10/2020)
- Ban Dân vận Tỉnh ủy kêu gọi chung tay khắc phục hậu quả mưa lũ (13/10/2020)
""", "2020-10-30", "1.500 phần quà của chức sắc, tín đồ đến với người dân vùng lũ Huế",
E("trao_qua", None, "2020-10-29"),
[P("Phạm Đức Tiến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Huế"),
 P("Thích Minh Hiếu", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế"),
 P("Phêrô Nguyễn Văn Hòa", "Linh mục", "Giám đốc Caritas Tổng Giáo phận Huế"),
 P("Thích Nữ Tịnh Liên", "Sư cô", "Trụ trì chùa Diệu Đức"),
 P("Nguyễn Văn Tiến", "Chủ tịch UBND phường Thủy Biều"),
 P("Hồ Thị Sáu")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("120 bộ dụng cụ học tập", 120, "bộ dụng cụ học tập"),
 Q("2 máy lọc nước", 2, "máy lọc nước"), Q("4 người", 4, "người"), Q("hơn 23.000 ngôi nhà", 23000, "ngôi nhà", "over"),
 Q("46 đợt cứu trợ", 46, "đợt cứu trợ"), Q("khoảng 7,5 tỷ đồng", 7500000000, "đồng", "approx"),
 Q("1.230 hộ", 1230, "hộ"), Q("87 hộ nghèo, cận nghèo", 87, "hộ nghèo, cận nghèo")],
[D("Công văn", "1375", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 1375-CV/TU")],
[prov("Thừa Thiên Huế"), com("Thủy Biều"), com("Phú Hậu"), com("Hương Sơ"), com("Kim Long")],
["THÀNH ỦY HUẾ - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ › Tin tức › Dân vận", "Ảnh: Trao quà cho bà con vùng ngập lụt phường Thủy Biều.",
 "Caritas Tổng Giáo phận Huế", "Kinh thành Huế", "Lượt đọc: 2.905"],
["Thứ Sáu, 30/10/2020", "bão số 9", "0,5 - 2 m", "76 tuổi", "tổ 6", "Lượt đọc: 2.905"]))

PAGES.append(page("b3663-quangtri-mttq-baocao-cuutro-2020", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Xã hội | Mặt trận - Đoàn thể
2020-11-20 16:40
Quang cảnh buổi làm việc. Ảnh: T.L
Mặt trận tỉnh công khai hơn 86 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão lũ
Ngày 19/11/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị ban hành Báo cáo số 215/BC-MTTQ-BTT về kết quả tiếp nhận, phân bổ nguồn ủng hộ khắc phục hậu quả các đợt mưa lũ lịch sử tháng 10 và bão số 9, số 10 năm 2020. Theo báo cáo, từ ngày 8/10 đến 18/11/2020, Ủy ban MTTQ các cấp đã tiếp nhận hơn 86 tỷ đồng và nhiều hàng hóa trị giá khoảng 37 tỷ đồng của 1.250 tập thể, cá nhân trong và ngoài nước.
Số tiền được phân bổ theo Hướng dẫn số 21/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: hỗ trợ 25 triệu đồng cho mỗi gia đình có người chết, mất tích; 10 triệu đồng cho mỗi hộ có nhà bị sập, trôi. Đến nay đã chi hỗ trợ 19 gia đình có người chết, 312 hộ có nhà bị sập hoặc hư hỏng nặng và 6.480 hộ nghèo, cận nghèo bị ngập sâu.
Các tổ chức tôn giáo là lực lượng tham gia cứu trợ sớm nhất. Tổng Giáo phận Huế, Trung tâm Hành hương Đức Mẹ La Vang, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Chi hội Tin lành Đông Hà đã tổ chức 58 chuyến cứu trợ, trao khoảng 14.000 phần quà. Linh mục Đaminh Trần Quang Huy, Quản hạt Quảng Trị, cho biết các giáo xứ đã mở cửa nhà thờ làm nơi tránh lũ cho hơn 3.000 người dân lương, giáo ở huyện Hải Lăng, Triệu Phong.
Tại buổi làm việc với đoàn công tác Ủy ban Trung ương MTTQ Việt Nam ngày 18/11, đồng chí Nguyễn Thị Hiền Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nêu rõ: mọi khoản ủng hộ đều được công khai trên báo, đài và niêm yết tại trụ sở Ủy ban MTTQ các xã, không để thất thoát, sai đối tượng. Tỉnh cũng đã có 31 đồng chí cán bộ Mặt trận, đoàn thể được tăng cường xuống các xã vùng lũ.
Ở miền núi, đồng chí Hồ Văn Thăng, Bí thư Đảng ủy, Chủ tịch UBND xã Hướng Việt (huyện Hướng Hóa), cho biết sạt lở đã chia cắt 4 thôn đồng bào Vân Kiều trong nhiều ngày, nhờ trực thăng và các đoàn thiện nguyện, 267 hộ được cấp lương thực kịp thời. Ông Pả Kê, người có uy tín bản Ka Túp, xã Tà Long, vận động bà con dựng tạm 22 ngôi nhà cho các hộ mất nhà.
Báo cáo kiến nghị Ủy ban Trung ương MTTQ Việt Nam tiếp tục điều phối nguồn hỗ trợ xây dựng lại nhà ở cho các hộ có nhà bị sập trước ngày 31/12/2020, theo Công văn số 58/UBND-VX của UBND tỉnh.
Hà Trang
Tin khác
- Tổng Giáo phận Huế trao 2.000 phần quà cho bà con vùng lũ Hải Lăng (10/11/2020)
- Chùa Tỉnh hội Phật giáo Quảng Trị cứu trợ 500 hộ dân (02/11/2020)
- Khẩn trương khắc phục hậu quả bão số 9 (29/10/2020)
""", "2020-11-20", "Mặt trận tỉnh công khai hơn 86 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão lũ",
E("bao_cao", None, "2020-11-19"),
[P("Đaminh Trần Quang Huy", "Linh mục", "Quản hạt Quảng Trị"),
 P("Nguyễn Thị Hiền Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Thăng", "Bí thư Đảng ủy", "Chủ tịch UBND xã Hướng Việt"),
 P("Pả Kê", "người có uy tín bản Ka Túp")],
[Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("khoảng 37 tỷ đồng", 37000000000, "đồng", "approx"),
 Q("1.250 tập thể, cá nhân", 1250, "tập thể, cá nhân"), Q("25 triệu đồng", 25000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("19 gia đình", 19, "gia đình"), Q("312 hộ", 312, "hộ"), Q("6.480 hộ nghèo, cận nghèo", 6480, "hộ nghèo, cận nghèo"),
 Q("58 chuyến cứu trợ", 58, "chuyến cứu trợ"), Q("khoảng 14.000 phần quà", 14000, "phần quà", "approx"),
 Q("hơn 3.000 người dân lương, giáo", 3000, "người dân lương, giáo", "over"), Q("31 đồng chí cán bộ Mặt trận, đoàn thể", 31, "đồng chí cán bộ Mặt trận, đoàn thể"),
 Q("4 thôn đồng bào Vân Kiều", 4, "thôn đồng bào Vân Kiều"), Q("267 hộ", 267, "hộ"), Q("22 ngôi nhà", 22, "ngôi nhà")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Báo cáo số 215/BC-MTTQ-BTT"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 21/HD-MTTQ-BTT"),
 D("Công văn", "58", "UBND-VX", None, "UBND tỉnh", "Công văn số 58/UBND-VX")],
[prov("Quảng Trị"), com("Hướng Việt"), com("Tà Long")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Xã hội | Mặt trận - Đoàn thể", "Quang cảnh buổi làm việc. Ảnh: T.L", "Trung tâm Hành hương Đức Mẹ La Vang", "Chi hội Tin lành Đông Hà"],
["2020-11-20 16:40", "tháng 10", "bão số 9, số 10", "31 đồng chí", "31/12/2020"]))

PAGES.append(page("b3664-thuathienhue-giallang-chandung-2021", """
Báo Thừa Thiên Huế
Trang chủ / Xã hội / Gương sáng
Thứ Năm, 14/01/2021 - 06:00
Già làng Clâu Nhíp bên ngôi nhà Gươl của thôn.
Người giữ lửa văn hóa Cơ Tu giữa đại ngàn Nam Đông
Ở thôn A Tin, xã Thượng Long, nhắc đến già làng Clâu Nhíp, từ người già đến trẻ nhỏ đều kính trọng. Ngoài 70 tuổi, ông vẫn là người đứng ra hòa giải mâu thuẫn, dựng lại nhà Gươl, dạy lớp trẻ điệu múa tung tung, da dá và những lời nói lý của người Cơ Tu.
Ông Clâu Nhíp là người có uy tín của thôn hơn 20 năm nay. Năm 2020, khi mưa lũ làm sạt lở đồi sau làng, ông cùng Bí thư Chi bộ thôn Hồ Văn Lực đi từng nhà vận động 17 hộ di dời đến nơi an toàn, chỉ một ngày trước khi khối đất lớn đổ xuống. "Già nói thì bà con nghe, vì già chưa nói sai lần nào", anh Lực kể.
Những năm qua, thôn A Tin có 64 hộ với 268 nhân khẩu, đã giảm hộ nghèo từ 38 hộ xuống còn 9 hộ. Nhờ ông vận động, bà con hiến hơn 6.000 m2 đất làm đường và khu văn hóa; 25 thanh niên trong thôn tham gia đội văn nghệ dân gian. Nhà Gươl của thôn được phục dựng năm 2019 với kinh phí gần 900 triệu đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới và tiền công đức của con em đi làm xa.
Bà Bríu Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Thượng Long, cho biết: già Nhíp còn khuyên các gia đình bỏ tục thách cưới, cúng bái tốn kém khi ốm đau, đưa người bệnh đến trạm y tế. Khi có người theo đạo lạ vào thôn, ông mời cán bộ xã về giải thích rõ chính sách tôn giáo để bà con không bị lôi kéo.
Ông Nguyễn Văn Dũng, Trưởng Ban Dân vận Huyện ủy Nam Đông, đánh giá: "Già làng Clâu Nhíp là cánh tay nối dài của cấp ủy, chính quyền trong vùng đồng bào Cơ Tu". Năm 2020, ông được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và được biểu dương tại hội nghị người có uy tín toàn tỉnh.
Khi được hỏi mong ước, già làng chỉ nói muốn có thêm một lớp dạy chữ Cơ Tu cho con cháu, để những lời nói lý, câu hát của ông bà không mất đi. Hiện thôn đã có 1 lớp học vào tối thứ bảy hằng tuần với 30 em theo học.
Toàn tỉnh Thừa Thiên Huế hiện có hơn 180 người có uy tín trong đồng bào dân tộc thiểu số, phần lớn ở hai huyện miền núi A Lưới và Nam Đông. Như già Clâu Nhíp, họ lặng lẽ giữ gìn phong tục tốt đẹp, góp phần giữ yên bình cho những bản làng dưới chân dãy Trường Sơn.
Bài, ảnh: Hồ Phúc
Lượt xem: 1.718
Tin cùng chuyên mục
- Nữ trụ trì vượt lũ mang gạo tới vùng rốn lũ Quảng Điền (10/01/2021)
- Linh mục trẻ và những bữa cơm cho bệnh nhân nghèo (02/01/2021)
- Chàng trai Tà Ôi đưa sản phẩm dệt Dèng ra thế giới (25/12/2020)
""", "2021-01-14", "Người giữ lửa văn hóa Cơ Tu giữa đại ngàn Nam Đông",
E("khac", None, None),
[P("Clâu Nhíp", "Già làng"),
 P("Hồ Văn Lực", "Bí thư Chi bộ thôn"),
 P("Bríu Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thượng Long"),
 P("Nguyễn Văn Dũng", "Trưởng Ban Dân vận Huyện ủy Nam Đông")],
[Q("17 hộ", 17, "hộ"), Q("64 hộ", 64, "hộ"), Q("268 nhân khẩu", 268, "nhân khẩu"), Q("38 hộ", 38, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("hơn 6.000 m2", 6000, "m2", "over"), Q("25 thanh niên", 25, "thanh niên"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("30 em", 30, "em"), Q("hơn 180 người có uy tín", 180, "người có uy tín", "over")],
[],
[prov("Thừa Thiên Huế"), com("Thượng Long")],
["Báo Thừa Thiên Huế", "Trang chủ / Xã hội / Gương sáng", "Già làng Clâu Nhíp bên ngôi nhà Gươl của thôn.",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 1.718"],
["Thứ Năm, 14/01/2021 - 06:00", "70 tuổi", "hơn 20 năm", "Năm 2020", "năm 2019", "1 lớp học", "Lượt xem: 1.718"]))
