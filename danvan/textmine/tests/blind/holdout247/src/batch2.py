from lib import *
PAGES = []

PAGES.append(page("b5891-tayninh-bdv-taphuan-caodai-2017", """
Báo Tây Ninh Online
Thời sự | Chính trị | Dân vận - Tôn giáo
18/05/2017 - 10:05
Tập huấn Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc Cao Đài
(BTNO) - Trong 2 ngày 16 và 17/5, Ban Dân vận Tỉnh ủy Tây Ninh phối hợp với Sở Nội vụ tổ chức lớp tập huấn năm 2017 cho chức sắc, chức việc các hệ phái Cao Đài và một số tôn giáo khác trên địa bàn tỉnh. Tham dự có 260 học viên là chức sắc, chức việc, ban cai quản các họ đạo.
Học viên nghe báo cáo viên truyền đạt chuyên đề tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Nguyễn Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cho biết Tây Ninh là nơi có Tòa Thánh Cao Đài với khoảng 540.000 tín đồ Cao Đài, chiếm gần 50% dân số tỉnh; ngoài ra còn có các tôn giáo Phật giáo, Công giáo, Tin lành, Hồi giáo với hơn 120 cơ sở thờ tự.
Tại lớp tập huấn, học viên được nghe đồng chí Võ Thành Nhân, Vụ trưởng Vụ Pháp chế Ban Tôn giáo Chính phủ, giới thiệu những điểm mới của Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 do Quốc hội thông qua ngày 18/11/2016; đồng chí Lê Văn Trí, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, quán triệt Kết luận số 02-KL/TU ngày 22/3/2017 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới. Học viên cũng được phổ biến Quyết định 45, 46-QĐ/UBND của UBND tỉnh về quản lý hoạt động lễ hội tại Tòa Thánh và quy chế phối hợp giữa các ngành.
Báo cáo viên Trần Thị Kim Oanh, Phó Trưởng Ban Tôn giáo - Sở Nội vụ, thông tin: năm 2016, các hệ phái Cao Đài đã đóng góp trên 18 tỷ đồng cho công tác an sinh xã hội, xây dựng 64 căn nhà tình thương, hỗ trợ 3.500 suất học bổng cho học sinh nghèo; 97% họ đạo đăng ký sinh hoạt đúng quy định.
Tại phần thảo luận, Chánh Trị sự Phạm Văn Sang, Trưởng ban cai quản họ đạo Trường Hòa, xã Trường Hòa, và Giáo hữu Thượng Nhẫn Thanh, Đầu họ đạo Long Thành Bắc, thị trấn Hòa Thành, nêu một số vướng mắc khi tổ chức lễ vía và đề nghị hướng dẫn thủ tục đăng ký người vào tu. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đặng Văn Tư, Huỳnh Thị Thu Ba đã trả lời, làm rõ từng nội dung.
Bế mạc lớp tập huấn, đồng chí Nguyễn Thị Mỹ Hạnh đề nghị học viên về truyền đạt lại cho khoảng 1.200 chức việc cơ sở; tiếp tục vận động tín đồ thực hiện phương châm "Nước vinh, đạo sáng", tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ban Dân vận Tỉnh ủy sẽ tổ chức thêm 3 lớp tập huấn tại các huyện biên giới trong quý III.
Theo kế hoạch, mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ 150.000 đồng/ngày tiền ăn. Các chức sắc dự lớp đánh giá nội dung tập huấn thiết thực, giúp chức việc cơ sở nắm vững quyền và nghĩa vụ của tổ chức tôn giáo theo quy định mới.
Nhiều học viên cho rằng thời gian qua một số họ đạo còn lúng túng khi thực hiện thủ tục thông báo người được phong phẩm, bổ nhiệm; việc phối hợp giữa ban cai quản với chính quyền xã ở vài nơi chưa chặt chẽ. Lớp tập huấn giúp các chức việc hiểu rõ trình tự, thủ tục theo quy định của luật.
Hoàng Yến
Tin liên quan
- Gặp mặt chức sắc nhân Đại lễ Hội Yến Diêu Trì (20/09/2016)
- Tây Ninh: 100% họ đạo Cao Đài ký cam kết (11/04/2017)
- Ban Dân vận Tỉnh ủy làm việc với Hội thánh Cao Đài Tòa Thánh Tây Ninh (02/03/2017)
""", "2017-05-18", "Tập huấn Luật Tín ngưỡng, tôn giáo cho chức sắc, chức việc Cao Đài",
E("tap_huan", "2017", "2017-05-16"),
[P("Nguyễn Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thành Nhân", "Vụ trưởng Vụ Pháp chế Ban Tôn giáo Chính phủ"),
 P("Lê Văn Trí", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Oanh", "Báo cáo viên", "Phó Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("Phạm Văn Sang", "Chánh Trị sự", "Trưởng ban cai quản họ đạo Trường Hòa"),
 P("Thượng Nhẫn Thanh", "Giáo hữu", "Đầu họ đạo Long Thành Bắc"),
 P("Đặng Văn Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Thu Ba", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("260 học viên", 260, "học viên"), Q("khoảng 540.000 tín đồ Cao Đài", 540000, "tín đồ Cao Đài", "approx"),
 Q("gần 50%", 50, "%", "approx"), Q("hơn 120 cơ sở thờ tự", 120, "cơ sở thờ tự", "over"),
 Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"), Q("64 căn nhà tình thương", 64, "căn nhà tình thương"),
 Q("3.500 suất học bổng", 3500, "suất học bổng"), Q("97%", 97, "%"),
 Q("khoảng 1.200 chức việc cơ sở", 1200, "chức việc cơ sở", "approx"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Luật", "02", "2016/QH14", "2016-11-18", "Quốc hội", "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
 D("Kết luận", "02", "KL/TU", "2017-03-22", "Ban Thường vụ Tỉnh ủy", "Kết luận số 02-KL/TU ngày 22/3/2017"),
 D("Quyết định", "45", "QĐ/UBND", None, "UBND tỉnh", "Quyết định 45, 46-QĐ/UBND"),
 D("Quyết định", "46", "QĐ/UBND", None, "UBND tỉnh", "Quyết định 45, 46-QĐ/UBND")],
[prov("Tây Ninh"), com("Trường Hòa"), com("Hòa Thành")],
["Báo Tây Ninh Online", "Thời sự | Chính trị | Dân vận - Tôn giáo", "(BTNO)",
 "Học viên nghe báo cáo viên truyền đạt chuyên đề tại lớp tập huấn.", "Tòa Thánh Cao Đài", "Nước vinh, đạo sáng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["18/05/2017 - 10:05", "2 ngày", "năm 2017", "năm 2016", "1 bộ tài liệu", "quý III"]))

PAGES.append(page("b5892-daklak-mttq-giamsat-tinlanh-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ › Tin tức › Giám sát và phản biện xã hội
Thứ Sáu, 12/10/2018, 07:30
Đoàn giám sát làm việc với Ban Trị sự Hội thánh Tin lành tỉnh.
Giám sát việc thực hiện chính sách tôn giáo tại huyện Krông Búk
Ngày 11/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do ông Y Wem Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo năm 2018 tại huyện Krông Búk, đồng thời gặp mặt chức sắc, chức việc các tôn giáo trên địa bàn.
Cuộc giám sát được thực hiện theo Kế hoạch số 68/KH-MTTQ-BTT ngày 20/8/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội. Cùng tham gia đoàn có bà H'Blan Niê, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Nội vụ, Ban Dân tộc tỉnh.
Theo báo cáo của UBND huyện, Krông Búk có 28.640 tín đồ thuộc 5 tôn giáo, chiếm 47% dân số; trong đó đạo Tin lành có 19 chi hội với trên 13.000 tín đồ, phần lớn là đồng bào Êđê, Mnông. Từ năm 2016 đến nay, huyện đã cấp đăng ký sinh hoạt tôn giáo tập trung cho 27 điểm nhóm, giải quyết 9/11 hồ sơ xin đất xây dựng nhà thờ, nhà nguyện.
Tại buổi gặp mặt, Mục sư Y Kuênh Adrơng, Quản nhiệm chi hội Tin lành buôn Kdrô, xã Pơng Drang, và Truyền đạo Y Sol Knul, Thư ký Ban Chấp sự chi hội Ea Ngai, đề nghị sớm giao đất cho 3 chi hội chưa có nơi sinh hoạt. Linh mục Vinh Sơn Lê Hữu Phúc, Quản xứ giáo xứ Thánh Giuse, xã Ea Sin, phản ánh tình trạng cấp giấy chứng nhận quyền sử dụng đất còn chậm.
Ông Phạm Văn Hải, HUV, Phó Chủ tịch UBND huyện Krông Búk, tiếp thu và cho biết huyện đang triển khai Nghị định số 162/2017/NĐ-CP của Chính phủ, dự kiến hoàn tất hồ sơ đất cho 5 cơ sở tôn giáo trong năm 2019.
Kết luận giám sát, ông Y Wem Byă đánh giá huyện đã thực hiện nghiêm Luật Tín ngưỡng, tôn giáo; quan tâm chăm lo đời sống đồng bào có đạo với 1.235 hộ được hỗ trợ vay vốn, trị giá khoảng 24,7 tỷ đồng. Đoàn đề nghị huyện khắc phục tình trạng chậm trả lời kiến nghị, rà soát 12 điểm nhóm sinh hoạt chưa đăng ký, vận động tín đồ không nghe theo "Tin lành Đấng Christ" và tổ chức phản động FULRO lưu vong.
Đoàn cũng ghi nhận 14 mô hình "Chi hội Tin lành tự quản về an ninh trật tự" hoạt động hiệu quả, góp phần giữ vững ổn định ở các buôn đồng bào dân tộc thiểu số.
Thu Hiền
Lượt xem: 2.030
Các tin khác
- Krông Năng: gặp mặt chức sắc Tin lành (25/09/2018)
- MTTQ tỉnh giám sát việc giải quyết đơn thư ở Ea H'leo (14/09/2018)
- Hội nghị hiệp thương lần thứ 3 nhiệm kỳ 2014 - 2019 (06/09/2018)
""", "2018-10-12", "Giám sát việc thực hiện chính sách tôn giáo tại huyện Krông Búk",
E("giam_sat", "2018", "2018-10-11"),
[P("Y Wem Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Blan Niê", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kuênh Adrơng", "Mục sư", "Quản nhiệm chi hội Tin lành buôn Kdrô"),
 P("Y Sol Knul", "Truyền đạo", "Thư ký Ban Chấp sự chi hội Ea Ngai"),
 P("Vinh Sơn Lê Hữu Phúc", "Linh mục", "Quản xứ giáo xứ Thánh Giuse"),
 P("Phạm Văn Hải", "HUV", "Phó Chủ tịch UBND huyện Krông Búk")],
[Q("28.640 tín đồ", 28640, "tín đồ"), Q("5 tôn giáo", 5, "tôn giáo"), Q("47%", 47, "%"),
 Q("19 chi hội", 19, "chi hội"), Q("trên 13.000 tín đồ", 13000, "tín đồ", "over"), Q("27 điểm nhóm", 27, "điểm nhóm"),
 Q("9/11 hồ sơ", 9, "hồ sơ"), Q("3 chi hội", 3, "chi hội"), Q("5 cơ sở tôn giáo", 5, "cơ sở tôn giáo"),
 Q("1.235 hộ", 1235, "hộ"), Q("khoảng 24,7 tỷ đồng", 24700000000, "đồng", "approx"),
 Q("12 điểm nhóm sinh hoạt", 12, "điểm nhóm sinh hoạt"), Q("14 mô hình", 14, "mô hình")],
[D("Kế hoạch", "68", "KH-MTTQ-BTT", "2018-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 68/KH-MTTQ-BTT ngày 20/8/2018"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP")],
[prov("Đắk Lắk"), com("Pơng Drang"), com("Ea Sin")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ › Tin tức › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với Ban Trị sự Hội thánh Tin lành tỉnh.", "Luật Tín ngưỡng, tôn giáo", "Tin lành Đấng Christ",
 "FULRO", "Chi hội Tin lành tự quản về an ninh trật tự", "Lượt xem: 2.030"],
["Thứ Sáu, 12/10/2018, 07:30", "năm 2018", "năm 2016", "năm 2019", "Lượt xem: 2.030"]))

PAGES.append(page("b5893-bacgiang-daihoi-phatgiao-2019", """
Báo Bắc Giang điện tử
Trang chủ / Xã hội / Tín ngưỡng - Tôn giáo
Chủ Nhật, 16/06/2019
Thượng tọa Thích Thanh Lãm tái suy cử Trưởng Ban Trị sự Phật giáo tỉnh
BGĐT - Ngày 15/6, tại chùa Vĩnh Nghiêm, xã Trí Yên, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ VI, nhiệm kỳ 2019 - 2024. Dự đại hội có 250 đại biểu chính thức đại diện cho gần 800 tăng ni và hơn 120.000 phật tử trong tỉnh.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Đức
Dự và chỉ đạo đại hội có đồng chí Lê Thị Thanh Nhàn, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Văn Lạng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Thích Huệ Đăng, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam.
Nhiệm kỳ 2014 - 2019, Phật giáo tỉnh đã thành lập mới 9 Ban Trị sự cấp huyện, nâng tổng số lên 10/10 huyện, thành phố; trùng tu, xây mới 143 ngôi chùa; tổ chức 86 khóa tu mùa hè cho khoảng 12.000 lượt thanh thiếu niên. Công tác từ thiện xã hội đạt trên 46 tỷ đồng, trong đó xây 52 căn nhà tình nghĩa cho hộ nghèo và ủng hộ quỹ "Vì người nghèo" 3,2 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Lê Thị Thanh Nhàn đề nghị tăng ni, phật tử tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW về công tác tôn giáo, và Kế hoạch số 91-KH/TU ngày 5/4/2018 của Tỉnh ủy; tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đại hội đã suy cử 55 vị vào Ban Trị sự nhiệm kỳ mới. Thượng tọa Thích Thanh Lãm được tái suy cử giữ chức Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang; các vị Phó Trưởng ban: Thượng tọa Thích Minh Hiền, Đại đức Thích Đạo Phong, Ni sư Thích Đàm Lan. Đại đức Thích Quảng Tâm được suy cử làm Chánh Thư ký Ban Trị sự.
Đại hội biểu quyết thông qua chương trình hoạt động nhiệm kỳ với chỉ tiêu 100% Ban Trị sự cấp huyện có văn phòng ổn định; mở ít nhất 2 lớp sơ cấp Phật học; phấn đấu 90% trở lên chùa đạt tiêu chuẩn "Chùa văn hóa".
Thay mặt Ban Trị sự, Thượng tọa Thích Thanh Lãm cảm ơn sự quan tâm của Tỉnh ủy, UBND tỉnh, Ủy ban MTTQ tỉnh và cam kết tiếp tục đồng hành cùng chính quyền trong công tác an sinh xã hội, bảo vệ môi trường tại các cơ sở thờ tự.
Nhân dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể và 18 cá nhân có thành tích xuất sắc trong các hoạt động Phật sự nhiệm kỳ qua.
Minh Đức
Tin liên quan
- Yên Dũng: gặp mặt chức sắc tôn giáo nhân Đại lễ Phật đản (20/05/2019)
- Đại hội Phật giáo huyện Lục Nam (12/04/2019)
- Khánh thành chùa Hồng Phúc (02/03/2019)
""", "2019-06-16", "Thượng tọa Thích Thanh Lãm tái suy cử Trưởng Ban Trị sự Phật giáo tỉnh",
E("dai_hoi", None, "2019-06-15"),
[P("Lê Thị Thanh Nhàn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Văn Lạng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Huệ Đăng", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"),
 P("Thích Thanh Lãm", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang", "Trưởng Ban Trị sự Phật giáo tỉnh"),
 P("Thích Minh Hiền", "Thượng tọa", "Phó Trưởng ban"),
 P("Thích Đạo Phong", "Đại đức", "Phó Trưởng ban"),
 P("Thích Đàm Lan", "Ni sư", "Phó Trưởng ban"),
 P("Thích Quảng Tâm", "Đại đức", "Chánh Thư ký Ban Trị sự")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("gần 800 tăng ni", 800, "tăng ni", "approx"),
 Q("hơn 120.000 phật tử", 120000, "phật tử", "over"), Q("9 Ban Trị sự cấp huyện", 9, "Ban Trị sự cấp huyện"),
 Q("10/10 huyện, thành phố", 10, "huyện, thành phố"), Q("143 ngôi chùa", 143, "ngôi chùa"),
 Q("86 khóa tu mùa hè", 86, "khóa tu mùa hè"), Q("khoảng 12.000 lượt thanh thiếu niên", 12000, "lượt thanh thiếu niên", "approx"),
 Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("52 căn nhà tình nghĩa", 52, "căn nhà tình nghĩa"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("55 vị", 55, "vị"), Q("100%", 100, "%"),
 Q("ít nhất 2 lớp sơ cấp Phật học", 2, "lớp sơ cấp Phật học", "over"), Q("90% trở lên", 90, "%", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "91", "KH/TU", "2018-04-05", "Tỉnh ủy", "Kế hoạch số 91-KH/TU ngày 5/4/2018")],
[prov("Bắc Giang"), com("Trí Yên")],
["Báo Bắc Giang điện tử", "Trang chủ / Xã hội / Tín ngưỡng - Tôn giáo", "BGĐT",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Minh Đức", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chùa văn hóa"],
["Chủ Nhật, 16/06/2019", "lần thứ VI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019"]))

PAGES.append(page("b5894-hagiang-meovac-baocao-tongiao-2020", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MÈO VẠC
Trang chủ - Hoạt động khối dân vận - Công tác tôn giáo
30 tháng 12, 2020 | 15:10
Kết quả công tác vận động chức sắc, chức việc và tín đồ tôn giáo năm 2020
Ngày 29/12/2020, Ban Dân vận Huyện ủy Mèo Vạc, tỉnh Hà Giang ban hành báo cáo kết quả công tác dân vận đối với tôn giáo năm 2020, trình Ban Thường vụ Huyện ủy. Báo cáo được xây dựng sau các cuộc gặp mặt chức sắc, chức việc, người có uy tín tại 18 xã, thị trấn trong tháng 12. Trang thông tin trích giới thiệu nội dung chính.
Ảnh: Cán bộ Ban Dân vận Huyện ủy gặp mặt chức việc điểm nhóm Tin lành xã Pải Lủng.
Về tình hình, toàn huyện hiện có 2 tổ chức tôn giáo được công nhận là Hội thánh Tin lành Việt Nam (miền Bắc) và Công giáo, với 41 điểm nhóm, trên 9.600 tín đồ, chủ yếu là đồng bào Mông; ngoài ra còn khoảng 310 hộ theo tà đạo "Dương Văn Mình". So với năm 2019, số tín đồ tăng 3,5%. Năm 2020, huyện đã công nhận 6 chức việc và cấp đăng ký sinh hoạt cho 4 điểm nhóm.
Thực hiện Nghị quyết số 06-NQ/HU ngày 12/3/2020 của Ban Thường vụ Huyện ủy và Kế hoạch số 33-KH/BDVHU của Ban Dân vận Huyện ủy, khối dân vận đã tổ chức 23 buổi tuyên truyền cho 2.150 lượt người; vận động 126 hộ tự nguyện từ bỏ tà đạo, trở lại phong tục truyền thống. Các chức việc đã tham gia vận động 68 hộ hiến đất, đóng góp 1.450 ngày công làm đường bê tông thôn bản.
Về những kiến nghị tại các cuộc gặp mặt, ông Sùng A Lử, Trưởng điểm nhóm Tin lành thôn Tìa Chí Dùa, xã Pải Lủng, đề nghị hỗ trợ xi măng làm nền nhà sinh hoạt; ông Giàng Mí Chá, người có uy tín thôn Sủng Lủng, xã Sủng Trà, đề nghị tăng cường tuyên truyền pháp luật bằng tiếng Mông. Báo cáo nêu rõ 17/19 kiến nghị đã được giải quyết.
Báo cáo cũng chỉ ra hạn chế: một số chức việc chưa nắm vững Luật Tín ngưỡng, tôn giáo; vẫn còn 3 trường hợp tổ chức sinh hoạt tại nhà riêng chưa đăng ký; việc phối hợp nắm tình hình tại các xã biên giới chưa thường xuyên.
Năm 2021, Ban Dân vận Huyện ủy đề ra chỉ tiêu phấn đấu không để phát sinh điểm nhóm mới trái pháp luật; ít nhất 80% chức việc được tập huấn; tổ chức gặp mặt chức sắc, chức việc 2 lần/năm. Báo cáo do đồng chí Vàng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy ký; các đồng chí Lù Văn Sính, Thào Mí Vư - Phó Trưởng Ban Dân vận Huyện ủy được giao theo dõi địa bàn.
Trước đó, tại buổi gặp mặt các chức việc ở thị trấn Mèo Vạc, đồng chí Nguyễn Hữu Đông, Phó Bí thư Thường trực Huyện ủy, đề nghị các chức việc hướng dẫn tín đồ thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư; không tin theo lời kẻ xấu tuyên truyền "xưng vua", tụ tập trái phép.
Ban Dân vận Huyện ủy
Các tin đã đưa
- Mèo Vạc: gặp mặt người có uy tín năm 2020 (20/11/2020)
- Tuyên truyền pháp luật bằng tiếng Mông tại xã Lũng Chinh (05/10/2020)
- Giao ban khối dân vận quý III (28/09/2020)
""", "2020-12-30", "Kết quả công tác vận động chức sắc, chức việc và tín đồ tôn giáo năm 2020",
E("bao_cao", "2020", "2020-12-29"),
[P("Sùng A Lử", "Trưởng điểm nhóm Tin lành thôn Tìa Chí Dùa"),
 P("Giàng Mí Chá", "người có uy tín thôn Sủng Lủng"),
 P("Vàng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lù Văn Sính", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Thào Mí Vư", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Hữu Đông", "Phó Bí thư Thường trực Huyện ủy")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("2 tổ chức tôn giáo", 2, "tổ chức tôn giáo"), Q("41 điểm nhóm", 41, "điểm nhóm"),
 Q("trên 9.600 tín đồ", 9600, "tín đồ", "over"), Q("khoảng 310 hộ", 310, "hộ", "approx"), Q("3,5%", 3.5, "%"),
 Q("6 chức việc", 6, "chức việc"), Q("4 điểm nhóm", 4, "điểm nhóm"), Q("23 buổi tuyên truyền", 23, "buổi tuyên truyền"),
 Q("2.150 lượt người", 2150, "lượt người"), Q("126 hộ", 126, "hộ"), Q("68 hộ", 68, "hộ"), Q("1.450 ngày công", 1450, "ngày công"),
 Q("17/19 kiến nghị", 17, "kiến nghị"), Q("3 trường hợp", 3, "trường hợp"), Q("ít nhất 80%", 80, "%", "over")],
[D("Nghị quyết", "06", "NQ/HU", "2020-03-12", "Ban Thường vụ Huyện ủy", "Nghị quyết số 06-NQ/HU ngày 12/3/2020"),
 D("Kế hoạch", "33", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 33-KH/BDVHU"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018")],
[prov("Hà Giang"), com("Pải Lủng"), com("Sủng Trà"), com("Mèo Vạc")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MÈO VẠC", "Trang chủ - Hoạt động khối dân vận - Công tác tôn giáo",
 "Ảnh: Cán bộ Ban Dân vận Huyện ủy gặp mặt chức việc điểm nhóm Tin lành xã Pải Lủng.", "Dương Văn Mình",
 "Luật Tín ngưỡng, tôn giáo", "xưng vua"],
["30 tháng 12, 2020 | 15:10", "năm 2020", "năm 2019", "Năm 2021", "2 lần/năm", "tháng 12"]))

PAGES.append(page("b5895-dongnai-mttq-hoinghi-tructuyen-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ | Tin hoạt động | Công tác tôn giáo
2021-11-24 17:05
Toàn cảnh điểm cầu chính tại Hội trường Ủy ban MTTQ Việt Nam tỉnh.
Hơn 500 chức sắc, chức việc dự hội nghị trực tuyến với Mặt trận tỉnh
Chiều 23/11, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị trực tuyến gặp mặt chức sắc, chức việc tôn giáo năm 2021 với 11 điểm cầu huyện, thành phố. Hơn 500 chức sắc, chức việc các tôn giáo dự hội nghị; do tình hình dịch Covid-19, mỗi điểm cầu chỉ bố trí không quá 30 người.
Bà Huỳnh Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có ông Võ Văn Phúc, Phó Chủ tịch UBND tỉnh; Linh mục Giuse Trần Văn Hòa, Tổng Đại diện Giáo phận Xuân Lộc; Hòa thượng Thích Huệ Chí, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Báo cáo của Ủy ban MTTQ tỉnh cho biết, từ khi dịch bùng phát, các tổ chức tôn giáo đã đóng góp trên 214 tỷ đồng tiền mặt và hàng hóa; hơn 1.700 tấn gạo; vận hành 96 bếp ăn từ thiện và 210 "ATM gạo", "siêu thị 0 đồng". Đặc biệt, 248 tu sĩ, linh mục, tăng ni đã tình nguyện vào các bệnh viện dã chiến tại TP. Hồ Chí Minh và Đồng Nai hỗ trợ điều trị người bệnh.
Thực hiện Hướng dẫn số 46/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 112/KH-MTTQ-BTT ngày 5/8/2021 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã tiếp nhận, phân bổ quà tới 186.000 hộ khó khăn do dịch. Toàn tỉnh có 2 tỷ đồng được các giáo xứ góp vào Quỹ phòng, chống dịch Covid-19 của tỉnh.
Tại điểm cầu huyện Xuân Lộc, Linh mục Phêrô Nguyễn Văn Bình, Quản xứ giáo xứ Bảo Định, xã Xuân Định, đề nghị sớm tiêm vắc xin mũi 2 cho tu sĩ tham gia tuyến đầu. Tại điểm cầu thành phố Biên Hòa, Mục sư Lê Quang Tín, Quản nhiệm Hội thánh Tin lành Biên Hòa, và ông Trần Văn Khải, Trưởng ban cai quản Thánh thất Cao Đài Tân Mai, phường Tân Mai, chia sẻ kinh nghiệm vận động tín đồ tuân thủ Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ trong thời gian giãn cách.
Phát biểu bế mạc, bà Huỳnh Thị Ngọc Diễm ghi nhận sự đồng hành của các tôn giáo; đề nghị tiếp tục thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19, tổ chức sinh hoạt tôn giáo với số người phù hợp cấp độ dịch.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 38 tập thể, 75 cá nhân là chức sắc, chức việc và tín đồ có thành tích trong phòng, chống dịch. Các ông Nguyễn Văn Bảy, Lê Văn Thông - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đọc quyết định khen thưởng.
Quang Thái
Lượt xem: 1.587
Tin liên quan
- Giáo phận Xuân Lộc tặng 50.000 phần quà (12/09/2021)
- Tăng ni Phật giáo vào tuyến đầu chống dịch (02/09/2021)
- Hội thánh Tin lành trao 10 tấn gạo (15/08/2021)
""", "2021-11-24", "Hơn 500 chức sắc, chức việc dự hội nghị trực tuyến với Mặt trận tỉnh",
E("hoi_nghi", "2021", "2021-11-23"),
[P("Huỳnh Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Giuse Trần Văn Hòa", "Linh mục", "Tổng Đại diện Giáo phận Xuân Lộc"),
 P("Thích Huệ Chí", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Nguyễn Văn Bình", "Linh mục", "Quản xứ giáo xứ Bảo Định"),
 P("Lê Quang Tín", "Mục sư", "Quản nhiệm Hội thánh Tin lành Biên Hòa"),
 P("Trần Văn Khải", "Trưởng ban cai quản Thánh thất Cao Đài Tân Mai"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"),
 Q("Hơn 500 chức sắc, chức việc", 500, "chức sắc, chức việc", "over"),
 Q("không quá 30 người", 30, "người"), Q("trên 214 tỷ đồng", 214000000000, "đồng", "over"),
 Q("hơn 1.700 tấn", 1700, "tấn", "over"), Q("96 bếp ăn từ thiện", 96, "bếp ăn từ thiện"),
 Q("210 \"ATM gạo\"", 210, "ATM gạo"), Q("248 tu sĩ, linh mục, tăng ni", 248, "tu sĩ, linh mục, tăng ni"),
 Q("186.000 hộ khó khăn", 186000, "hộ khó khăn"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("38 tập thể", 38, "tập thể"), Q("75 cá nhân", 75, "cá nhân")],
[D("Hướng dẫn", "46", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 46/HD-MTTW-BTT"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2021-08-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 5/8/2021"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021")],
[prov("Đồng Nai"), prov("Hồ Chí Minh"), com("Xuân Định"), com("Tân Mai")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ | Tin hoạt động | Công tác tôn giáo",
 "Toàn cảnh điểm cầu chính tại Hội trường Ủy ban MTTQ Việt Nam tỉnh.", "ATM gạo", "siêu thị 0 đồng",
 "Quỹ phòng, chống dịch Covid-19", "Lượt xem: 1.587"],
["2021-11-24 17:05", "năm 2021", "Covid-19", "siêu thị 0 đồng", "mũi 2", "Lượt xem: 1.587"]))

PAGES.append(page("b5896-quangnam-chandung-linhmuc-vungcao-2022", """
Báo Quảng Nam
Trang chủ » Xã hội » Người tốt việc tốt
05/08/2022 06:00
Linh mục Antôn Hồ Văn Lợi trò chuyện với bà con thôn 2, xã Trà Mai. Ảnh: Đ.N
Vị linh mục "tốt đời, đẹp đạo" giữa đại ngàn Nam Trà My
Hơn 12 năm gắn bó với vùng cao Nam Trà My, Linh mục Antôn Hồ Văn Lợi, Quản nhiệm giáo điểm Trà Mai, đã trở thành người bạn thân thiết của đồng bào Xơ Đăng, Ca Dong. Không chỉ chăm lo đời sống đạo, ông còn là cầu nối giúp chính quyền vận động bà con bỏ hủ tục, phát triển kinh tế.
Giáo điểm Trà Mai hiện có 146 hộ giáo dân với khoảng 620 nhân khẩu, sống rải rác ở 5 thôn. Những năm đầu, con đường từ trung tâm xã vào các nóc chỉ là lối mòn; mùa mưa, linh mục phải đi bộ hơn 20 km mới tới được nhà giáo dân. Từ năm 2015, ông vận động ân nhân góp gần 3,5 tỷ đồng xây 2 cây cầu treo, 24 căn nhà cho hộ nghèo và trao hơn 400 suất học bổng cho học sinh người Xơ Đăng.
Ông Hồ Văn Thắm, Chủ tịch UBND xã Trà Mai, cho biết nhờ linh mục vận động, 37 hộ đã chuyển sang trồng quế, sâm Ngọc Linh; tỷ lệ hộ nghèo của xã giảm từ 64% năm 2016 xuống còn 38,5% năm 2021. Bà Zơ Râm Thị Bốn, người có uy tín thôn 2, nói: "Cha Lợi nói tiếng Xơ Đăng giỏi lắm, bà con nghe cha như nghe người trong nhà".
Bà A Lăng Thị Nga, HUV, Trưởng Ban Dân vận Huyện ủy Nam Trà My, đánh giá linh mục luôn thực hiện đúng Luật Tín ngưỡng, tôn giáo, chủ động thông báo kế hoạch sinh hoạt tôn giáo với chính quyền theo Nghị định số 162/2017/NĐ-CP của Chính phủ. Năm 2021, linh mục được UBND tỉnh tặng bằng khen vì thành tích trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Đồng chí Trần Văn Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Nam, cho biết tỉnh hiện có 27 giáo xứ, giáo điểm với gần 80.000 giáo dân; Ban Dân vận Tỉnh ủy đang phối hợp sơ kết Chỉ thị số 22-CT/TU ngày 18/6/2019 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo, trong đó những gương chức sắc như linh mục Lợi là nhân tố quan trọng.
Nói về người đồng hành, Linh mục Giuse Lê Quang Hiếu, Quản hạt Tam Kỳ, cho biết việc mục vụ ở vùng cao đòi hỏi sự kiên nhẫn và hiểu phong tục của đồng bào; linh mục Lợi đã học tiếng, ăn ở cùng bà con, nhờ vậy được tín nhiệm. Những dịp Tết, ông cùng cán bộ xã đến từng nóc thăm hỏi các gia đình, không phân biệt lương hay giáo.
Trong căn nhà sàn nhỏ cạnh nhà nguyện, linh mục vẫn mở lớp dạy chữ cho 32 em nhỏ mỗi tối. "Tôi chỉ mong các em biết đọc, biết viết, sau này về xây dựng buôn làng mình", ông chia sẻ.
Đông Nguyên
Lượt đọc: 4.102
Tin liên quan
- Gặp mặt chức sắc tôn giáo tiêu biểu tỉnh Quảng Nam (20/12/2021)
- Nam Trà My: 100% thôn có tổ dân vận (12/07/2022)
- Người có uy tín giúp dân thoát nghèo (30/06/2022)
""", "2022-08-05", "Vị linh mục \"tốt đời, đẹp đạo\" giữa đại ngàn Nam Trà My",
E("khac", None, None),
[P("Antôn Hồ Văn Lợi", "Linh mục", "Quản nhiệm giáo điểm Trà Mai"),
 P("Hồ Văn Thắm", "Chủ tịch UBND xã Trà Mai"),
 P("Zơ Râm Thị Bốn", "người có uy tín thôn 2"),
 P("A Lăng Thị Nga", "HUV", "Trưởng Ban Dân vận Huyện ủy Nam Trà My"),
 P("Trần Văn Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Nam"),
 P("Giuse Lê Quang Hiếu", "Linh mục", "Quản hạt Tam Kỳ")],
[Q("146 hộ giáo dân", 146, "hộ giáo dân"), Q("khoảng 620 nhân khẩu", 620, "nhân khẩu", "approx"), Q("5 thôn", 5, "thôn"),
 Q("hơn 20 km", 20, "km", "over"), Q("gần 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("2 cây cầu treo", 2, "cây cầu treo"),
 Q("24 căn nhà", 24, "căn nhà"), Q("hơn 400 suất học bổng", 400, "suất học bổng", "over"), Q("37 hộ", 37, "hộ"),
 Q("64%", 64, "%"), Q("38,5%", 38.5, "%"), Q("27 giáo xứ, giáo điểm", 27, "giáo xứ, giáo điểm"),
 Q("gần 80.000 giáo dân", 80000, "giáo dân", "approx"), Q("32 em nhỏ", 32, "em nhỏ")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TU", "2019-06-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 18/6/2019")],
[prov("Quảng Nam"), com("Trà Mai")],
["Báo Quảng Nam", "Trang chủ » Xã hội » Người tốt việc tốt",
 "Linh mục Antôn Hồ Văn Lợi trò chuyện với bà con thôn 2, xã Trà Mai. Ảnh: Đ.N", "tốt đời, đẹp đạo",
 "Luật Tín ngưỡng, tôn giáo", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "sâm Ngọc Linh", "Lượt đọc: 4.102"],
["05/08/2022 06:00", "Hơn 12 năm", "Từ năm 2015", "năm 2016", "năm 2021", "Năm 2021", "thôn 2", "Lượt đọc: 4.102"]))
