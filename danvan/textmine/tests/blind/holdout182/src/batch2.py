from lib import *
PAGES = []

PAGES.append(page("b4331-quangbinh-giaoxu-traoqua-2017", """
QUẢNG BÌNH ONLINE - Báo Quảng Bình điện tử
Xã hội > Nhân ái
Cập nhật lúc 17:20 ngày 21/09/2017
Đồng chí Hoàng Thị Mai trao quà cho bà con giáo xứ Tân Mỹ. Ảnh: P.V
Trao 1.500 suất quà cho giáo dân vùng bão
(QBĐT) - Ngày 20/9, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Tòa Giám mục Giáo phận Vinh và Ban Hành giáo giáo hạt Minh Cầm tổ chức trao 1.500 suất quà cho các hộ giáo dân bị thiệt hại nặng do bão số 10 tại huyện Quảng Trạch và thị xã Ba Đồn.
Tham dự có đồng chí Hoàng Thị Mai, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; Linh mục Phêrô Nguyễn Xuân Thiện, Hạt trưởng giáo hạt Minh Cầm; Linh mục Giuse Võ Đình Nhân, Chánh xứ giáo xứ Tân Mỹ; đại diện lãnh đạo các xã Quảng Phú, Quảng Tiến, Quảng Hải.
Mỗi suất quà gồm 20 kg gạo, 1 thùng mì và 300.000 đồng tiền mặt, tổng trị giá gần 900 triệu đồng. Trong số này, 600 suất do các giáo xứ thuộc Giáo phận Vinh quyên góp, 900 suất do Ủy ban MTTQ tỉnh vận động từ các doanh nghiệp. Ban Bác ái Xã hội Caritas giáo phận còn hỗ trợ 45 hộ có nhà bị sập, tốc mái, mỗi hộ 5 triệu đồng.
Theo báo cáo, bão số 10 làm 1.286 ngôi nhà ở vùng giáo bị tốc mái, 37 nhà thờ, nhà nguyện hư hỏng; hàng trăm ha hoa màu của bà con giáo dân bị ngập úng. Ngay sau bão, các giáo xứ đã huy động hơn 2.000 lượt thanh niên Công giáo giúp dân dọn dẹp, lợp lại mái nhà, khơi thông cống rãnh.
Phát biểu tại buổi trao quà, đồng chí Hoàng Thị Mai đánh giá cao tinh thần "tương thân tương ái" của các giáo xứ; đề nghị bà con sớm ổn định cuộc sống, khôi phục sản xuất. Linh mục Phêrô Nguyễn Xuân Thiện cảm ơn chính quyền và khẳng định giáo hạt sẽ tiếp tục đồng hành cùng địa phương khắc phục hậu quả thiên tai.
Cùng ngày, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã thăm, tặng 120 suất quà cho các hộ giáo dân nghèo ở xã Quảng Xuân và phường Quảng Thuận, mỗi suất 500.000 đồng. Đến nay, tổng số tiền, hàng hỗ trợ vùng giáo bị bão trên địa bàn tỉnh Quảng Bình đạt trên 2,3 tỷ đồng.
Được biết, từ đầu năm 2017 đến nay, Ủy ban MTTQ các cấp và các giáo xứ trong tỉnh đã phối hợp xây dựng 28 ngôi nhà "Đại đoàn kết" cho hộ giáo dân nghèo, mỗi căn hỗ trợ 40 triệu đồng; trao 350 suất học bổng cho học sinh Công giáo vượt khó. Nhiều giáo xứ như Tân Mỹ, Cồn Sẻ, Hướng Phương duy trì "tủ gạo tình thương" giúp người già neo đơn.
Ông Phaolô Hồ Văn Sinh, Chủ tịch Hội đồng giáo xứ Tân Mỹ, cho biết 100% số quà được cấp đúng danh sách do ban hành giáo giáo xứ và thôn cùng bình xét công khai.
Phan Phương
Số lượt xem: 3.021
Tin liên quan
- Giáo xứ Cồn Sẻ quyên góp ủng hộ đồng bào vùng lũ (18/09/2017)
- Bố Trạch: 50 giáo dân hiến đất làm đường (05/09/2017)
- Mặt trận tỉnh tiếp nhận 6 tỷ đồng ủng hộ khắc phục bão số 10 (19/09/2017)
""", "2017-09-21", "Trao 1.500 suất quà cho giáo dân vùng bão",
E("trao_qua", None, "2017-09-20"),
[P("Hoàng Thị Mai", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Nguyễn Xuân Thiện", "Linh mục", "Hạt trưởng giáo hạt Minh Cầm"),
 P("Giuse Võ Đình Nhân", "Linh mục", "Chánh xứ giáo xứ Tân Mỹ"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Hồ Văn Sinh", "Chủ tịch Hội đồng giáo xứ Tân Mỹ")],
[Q("1.500 suất quà", 1500, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("600 suất", 600, "suất"), Q("900 suất", 900, "suất"),
 Q("45 hộ", 45, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("1.286 ngôi nhà", 1286, "ngôi nhà"),
 Q("37 nhà thờ, nhà nguyện", 37, "nhà thờ, nhà nguyện"), Q("hơn 2.000 lượt thanh niên Công giáo", 2000, "lượt thanh niên Công giáo", "over"),
 Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("28 ngôi nhà", 28, "ngôi nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("350 suất học bổng", 350, "suất học bổng"), Q("100%", 100, "%")],
[],
[prov("Quảng Bình"), com("Quảng Phú"), com("Quảng Tiến"), com("Quảng Hải"), com("Quảng Xuân"), com("Quảng Thuận")],
["QUẢNG BÌNH ONLINE - Báo Quảng Bình điện tử", "Xã hội > Nhân ái", "Đồng chí Hoàng Thị Mai trao quà cho bà con giáo xứ Tân Mỹ. Ảnh: P.V",
 "(QBĐT)", "Ban Bác ái Xã hội Caritas", "Đại đoàn kết", "tủ gạo tình thương", "tương thân tương ái", "Số lượt xem: 3.021"],
["bão số 10", "1 thùng mì", "Số lượt xem: 3.021"]))

PAGES.append(page("b4332-namdinh-mttq-giamsat-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện xã hội
15/06/2018 - 15:30
Ủy ban MTTQ tỉnh giám sát việc giải quyết kiến nghị của các giáo xứ tại huyện Xuân Trường
Thực hiện Chương trình giám sát năm 2018 và Quyết định số 45/QĐ-MTTQ-BTT ngày 02/5/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ngày 14/6, đoàn giám sát do đồng chí Đỗ Thị Thanh Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát UBND huyện Xuân Trường về việc giải quyết đơn thư, kiến nghị liên quan đến đất đai, xây dựng cơ sở thờ tự của các giáo xứ.
Tham gia đoàn có đồng chí Trần Văn Chung, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Vũ Ngọc Phương, Trưởng ban Tôn giáo Sở Nội vụ; Linh mục Micae Trần Văn Huấn, Ủy viên Ủy ban MTTQ tỉnh, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.
Ảnh: Đoàn giám sát làm việc tại giáo xứ Trung Linh.
Là một trong những địa phương có đông đồng bào Công giáo nhất tỉnh Nam Định, huyện Xuân Trường có 33 giáo xứ với hơn 42.000 giáo dân, chiếm 25,3% dân số. Từ năm 2015 đến tháng 5/2018, huyện tiếp nhận 52 đơn thư, kiến nghị của các giáo xứ, giáo họ; đã giải quyết 47 đơn, đạt 90,4%. UBND huyện đã cấp phép xây mới 6 nhà thờ, sửa chữa, cải tạo 14 nhà thờ, nhà mục vụ theo Nghị định số 162/2017/NĐ-CP của Chính phủ; giao bổ sung 4.870 m2 đất cho 5 giáo xứ mở rộng khuôn viên.
Qua giám sát thực tế tại giáo xứ Trung Linh, xã Xuân Ngọc và giáo xứ Phú Nhai, thị trấn Xuân Trường, đoàn ghi nhận vẫn còn 5 vụ việc tranh chấp ranh giới đất giữa giáo xứ với hộ dân và hợp tác xã chưa được giải quyết dứt điểm; 2 công trình xây dựng vượt chiều cao được cấp phép. Linh mục Đaminh Nguyễn Văn Lượng, Chánh xứ giáo xứ Trung Linh, đề nghị đẩy nhanh thủ tục cấp giấy chứng nhận quyền sử dụng đất cho khuôn viên nhà thờ khoảng 6.500 m2.
Đồng chí Phạm Đình Nghị, HUV, Phó Chủ tịch UBND huyện Xuân Trường, tiếp thu, giải trình và cho biết huyện đã ban hành kế hoạch 37/KH-UBND và 38/KH-UBND về rà soát đất các cơ sở tôn giáo, dự kiến hoàn thành trong quý III/2018.
Kết luận buổi giám sát, đồng chí Đỗ Thị Thanh Loan đề nghị UBND huyện thực hiện nghiêm Luật Tín ngưỡng, tôn giáo năm 2016; công khai quy hoạch, lắng nghe ý kiến linh mục, chức việc; phối hợp với Ủy ban MTTQ huyện tổ chức ít nhất 2 cuộc đối thoại với giáo dân trước cuối năm. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh sau khi hoàn tất giám sát tại 3 huyện Xuân Trường, Giao Thủy, Nghĩa Hưng.
Bích Ngọc
Lượt truy cập: 987
Các tin khác
- Hội nghị phản biện dự thảo quy hoạch vùng ven biển (08/06/2018)
- Nghĩa Hưng: vận động giáo dân hiến 3.000 m2 đất làm đường (28/05/2018)
""", "2018-06-15", "Ủy ban MTTQ tỉnh giám sát việc giải quyết kiến nghị của các giáo xứ tại huyện Xuân Trường",
E("giam_sat", None, "2018-06-14"),
[P("Đỗ Thị Thanh Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Chung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Ngọc Phương", "Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Micae Trần Văn Huấn", "Linh mục", "Ủy viên Ủy ban MTTQ tỉnh", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đaminh Nguyễn Văn Lượng", "Linh mục", "Chánh xứ giáo xứ Trung Linh"),
 P("Phạm Đình Nghị", "HUV", "Phó Chủ tịch UBND huyện Xuân Trường")],
[Q("33 giáo xứ", 33, "giáo xứ"), Q("hơn 42.000 giáo dân", 42000, "giáo dân", "over"), Q("25,3%", 25.3, "%"),
 Q("52 đơn thư, kiến nghị", 52, "đơn thư, kiến nghị"), Q("47 đơn", 47, "đơn"), Q("90,4%", 90.4, "%"), Q("6 nhà thờ", 6, "nhà thờ"),
 Q("14 nhà thờ, nhà mục vụ", 14, "nhà thờ, nhà mục vụ"), Q("4.870 m2", 4870, "m2"), Q("5 giáo xứ", 5, "giáo xứ"),
 Q("5 vụ việc tranh chấp ranh giới đất", 5, "vụ việc tranh chấp ranh giới đất"), Q("2 công trình xây dựng", 2, "công trình xây dựng"),
 Q("khoảng 6.500 m2", 6500, "m2", "approx"), Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over"), Q("3 huyện", 3, "huyện")],
[D("Quyết định", "45", "QĐ-MTTQ-BTT", "2018-05-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45/QĐ-MTTQ-BTT ngày 02/5/2018"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Kế hoạch", "37", "KH-UBND", None, None, "kế hoạch 37/KH-UBND"),
 D("Kế hoạch", "38", "KH-UBND", None, None, "38/KH-UBND")],
[prov("Nam Định"), com("Xuân Ngọc"), com("Xuân Trường")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại giáo xứ Trung Linh.", "Chương trình giám sát năm 2018", "Luật Tín ngưỡng, tôn giáo năm 2016", "Lượt truy cập: 987"],
["15/06/2018 - 15:30", "năm 2018", "Từ năm 2015", "tháng 5/2018", "quý III/2018", "Lượt truy cập: 987"]))

PAGES.append(page("b4333-ninhbinh-taphuan-tongiao-2019", """
BAN DÂN VẬN TỈNH ỦY NINH BÌNH
Vị trí: Trang chủ › Tin tức › Tập huấn, bồi dưỡng
Ngày 29/03/2019 | 09:15
Ảnh: Quang cảnh lớp tập huấn tại Trung tâm chính trị huyện Kim Sơn.
Bồi dưỡng nghiệp vụ công tác dân vận vùng đồng bào Công giáo cho cán bộ cơ sở
Trong 2 ngày 27 và 28/3, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác dân vận, công tác tôn giáo năm 2019 cho 146 học viên là trưởng khối dân vận, chủ tịch Ủy ban MTTQ, công chức văn hóa - xã hội của 58 xã, thị trấn có đông đồng bào Công giáo.
Dự khai mạc có đồng chí Bùi Thị Thanh Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Công Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Kim Sơn.
Các học viên được nghe TS. Nguyễn Hồng Đức, Viện Nghiên cứu Tôn giáo, giới thiệu về lịch sử, tổ chức của Giáo hội Công giáo Việt Nam, các chức danh trong giáo xứ (linh mục chánh xứ, phó xứ, Hội đồng mục vụ, trùm trưởng, chánh trương) và các ngày lễ trọng. Đồng chí Trương Quang Hải, Phó Trưởng ban Tôn giáo Sở Nội vụ, hướng dẫn thực hiện Nghị định số 162/2017/NĐ-CP của Chính phủ và Thông tư số 02/2019/TT-BNV ngày 15/1/2019 của Bộ Nội vụ về quy trình cấp phép sửa chữa, cải tạo cơ sở tôn giáo; cách xử lý khi giáo xứ tự ý xây dựng công trình trên đất chưa được giao.
Theo đồng chí Bùi Thị Thanh Huyền, tỉnh Ninh Bình có trên 158.000 giáo dân, chiếm khoảng 16% dân số, sinh hoạt tại 2 giáo phận Phát Diệm và Bùi Chu. Năm 2018, các cấp đã giải quyết 21/24 vụ việc liên quan đến đất đai tôn giáo; tuy nhiên vẫn còn 3 vụ kéo dài ở các xã Kim Hải, Yên Lộc. Trình độ, kinh nghiệm của cán bộ cơ sở trong tiếp xúc với chức sắc còn hạn chế, nhiều cán bộ mới đảm nhận nhiệm vụ.
Tại lớp học, đồng chí Phạm Thị Yến, Chủ tịch Ủy ban MTTQ xã Kim Chính, chia sẻ kinh nghiệm phối hợp với giáo xứ Tùy Hối vận động 64 hộ giáo dân hiến 2.100 m2 đất làm đường trục xã; giáo xứ còn lập quỹ khuyến học trị giá 85 triệu đồng. Ông Gioakim Vũ Văn Phú, Trưởng thôn Tân Thành, xã Yên Lộc, kể lại việc thôn phối hợp với cha xứ hòa giải 4 vụ mâu thuẫn về ranh giới đất.
Nhiều học viên đề nghị tỉnh biên soạn sổ tay hỏi - đáp về công tác vận động đồng bào Công giáo, tổ chức đi thực tế tại các mô hình "Xứ họ đạo bình yên" tiêu biểu ở huyện Yên Khánh.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận. Ban Dân vận Tỉnh ủy sẽ tổ chức thêm 2 lớp cho cán bộ các huyện Yên Mô, Nho Quan trong quý II theo kế hoạch số 21-KH/BDVTU ngày 20/02/2019 của Ban Dân vận Tỉnh ủy.
Mai Lan
Lượt xem: 1.548
Tin liên quan
- Gặp mặt các linh mục chánh xứ nhân dịp Tết Kỷ Hợi (30/01/2019)
- Yên Khánh: 12 giáo xứ đạt danh hiệu văn hóa (15/01/2019)
- Tổng kết công tác dân vận năm 2018 (27/12/2018)
""", "2019-03-29", "Bồi dưỡng nghiệp vụ công tác dân vận vùng đồng bào Công giáo cho cán bộ cơ sở",
E("tap_huan", "2019", "2019-03-27"),
[P("Bùi Thị Thanh Huyền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Kim Sơn"),
 P("Nguyễn Hồng Đức", "TS."),
 P("Trương Quang Hải", "Phó Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Phạm Thị Yến", "Chủ tịch Ủy ban MTTQ xã Kim Chính"),
 P("Gioakim Vũ Văn Phú", "Trưởng thôn Tân Thành")],
[Q("146 học viên", 146, "học viên"), Q("58 xã, thị trấn", 58, "xã, thị trấn"), Q("trên 158.000 giáo dân", 158000, "giáo dân", "over"),
 Q("khoảng 16%", 16, "%", "approx"), Q("2 giáo phận", 2, "giáo phận"), Q("21/24 vụ việc", 21, "vụ việc"), Q("3 vụ", 3, "vụ"),
 Q("64 hộ giáo dân", 64, "hộ giáo dân"), Q("2.100 m2", 2100, "m2"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("4 vụ mâu thuẫn", 4, "vụ mâu thuẫn"), Q("100%", 100, "%"), Q("2 lớp", 2, "lớp")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Thông tư", "02", "2019/TT-BNV", "2019-01-15", "Bộ Nội vụ", "Thông tư số 02/2019/TT-BNV ngày 15/1/2019"),
 D("Kế hoạch", "21", "KH/BDVTU", "2019-02-20", "Ban Dân vận Tỉnh ủy", "kế hoạch số 21-KH/BDVTU ngày 20/02/2019")],
[prov("Ninh Bình"), com("Kim Hải"), com("Yên Lộc"), com("Kim Chính")],
["BAN DÂN VẬN TỈNH ỦY NINH BÌNH", "Vị trí: Trang chủ › Tin tức › Tập huấn, bồi dưỡng",
 "Ảnh: Quang cảnh lớp tập huấn tại Trung tâm chính trị huyện Kim Sơn.", "Viện Nghiên cứu Tôn giáo", "Giáo hội Công giáo Việt Nam", "Xứ họ đạo bình yên", "Lượt xem: 1.548"],
["Ngày 29/03/2019 | 09:15", "2 ngày", "năm 2019", "Năm 2018", "quý II", "Lượt xem: 1.548"]))

PAGES.append(page("b4334-thaibinh-xadongminh-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG MINH - HUYỆN TIỀN HẢI - TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Thứ Tư, 16/12/2020
Báo cáo kết quả công tác dân vận vùng đồng bào Công giáo năm 2020
Đăng lúc: 16/12/2020 - 08:40
Ban biên tập trân trọng giới thiệu toàn văn Báo cáo số 58-BC/ĐU ngày 15/12/2020 của Đảng ủy xã.
ĐẢNG ỦY XÃ ĐÔNG MINH
Số: 58-BC/ĐU
Đông Minh, ngày 15 tháng 12 năm 2020
BÁO CÁO
Kết quả công tác dân vận vùng đồng bào Công giáo năm 2020
Thực hiện Kế hoạch số 12-KH/ĐU ngày 06/01/2020 của Ban Chấp hành Đảng bộ xã về công tác dân vận năm 2020 và Hướng dẫn số 09-HD/BDVHU của Ban Dân vận Huyện ủy Tiền Hải, Đảng ủy xã Đông Minh báo cáo kết quả như sau:
I. Đặc điểm tình hình
Xã Đông Minh nằm ven biển phía đông tỉnh Thái Bình, có 2.368 hộ, 8.942 nhân khẩu, trong đó 1.105 hộ với 4.213 giáo dân thuộc 2 giáo xứ Hồng Hải, Đông Hải và 5 giáo họ; có 2 linh mục quản xứ, 1 nhà dòng. Đảng bộ có 16 chi bộ với 412 đảng viên, trong đó 38 đảng viên là người Công giáo.
II. Kết quả thực hiện
1. Đảng ủy chỉ đạo Ban Chỉ đạo công tác tôn giáo xã duy trì gặp mặt định kỳ với linh mục quản xứ, Hội đồng mục vụ 2 giáo xứ; trong năm tổ chức 6 cuộc gặp mặt, tiếp xúc. Đồng chí Nguyễn Văn Thỏa, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Phạm Thị Ngát, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trực tiếp thăm, chúc mừng các giáo xứ nhân lễ Phục sinh, Giáng sinh.
2. Phong trào "Sống tốt đời, đẹp đạo" được duy trì: 97,6% hộ giáo dân đạt gia đình văn hóa; 3 thôn vùng giáo được công nhận "Khu dân cư kiểu mẫu". Giáo dân đóng góp 1,86 tỷ đồng xây dựng nông thôn mới nâng cao, hiến 1.750 m2 đất mở rộng đường trục thôn.
3. Trong phòng, chống dịch Covid-19, 2 giáo xứ tạm dừng 100% các thánh lễ đông người theo Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; Hội đồng mục vụ giáo xứ Hồng Hải quyên góp 120 triệu đồng, 6 tấn gạo hỗ trợ hộ khó khăn.
4. Việc xây dựng nhà thờ giáo họ Đông Thành: Linh mục Giuse Trần Văn Khải, quản xứ giáo xứ Đông Hải, đã đề nghị cấp phép xây mới trên diện tích 1.200 m2. Đảng ủy chỉ đạo UBND xã phối hợp huyện hoàn tất hồ sơ; đến nay chưa phát sinh khiếu kiện.
III. Tồn tại, hạn chế
Còn 2 hộ giáo dân tranh chấp lối đi cạnh khuôn viên nhà thờ Hồng Hải chưa hòa giải thành; một số đảng viên là người Công giáo chưa gương mẫu tham gia sinh hoạt chi bộ.
IV. Phương hướng năm 2021
Tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Bộ Chính trị và Chỉ thị 18-CT/TW của Ban Bí thư về công tác tôn giáo; phấn đấu 98% hộ giáo dân đạt gia đình văn hóa.
T/M ĐẢNG ỦY - BÍ THƯ
Nguyễn Văn Thỏa
Lượt xem: 412
Tin khác
- Xã Đông Minh tổ chức Đại hội MTTQ nhiệm kỳ 2019 - 2024
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã
""", "2020-12-16", "Báo cáo kết quả công tác dân vận vùng đồng bào Công giáo năm 2020",
E("bao_cao", "2020", "2020-12-15"),
[P("Nguyễn Văn Thỏa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Thị Ngát", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Giuse Trần Văn Khải", "Linh mục", "quản xứ giáo xứ Đông Hải")],
[Q("2.368 hộ", 2368, "hộ"), Q("8.942 nhân khẩu", 8942, "nhân khẩu"), Q("1.105 hộ", 1105, "hộ"), Q("4.213 giáo dân", 4213, "giáo dân"),
 Q("2 giáo xứ", 2, "giáo xứ"), Q("5 giáo họ", 5, "giáo họ"), Q("2 linh mục quản xứ", 2, "linh mục quản xứ"),
 Q("16 chi bộ", 16, "chi bộ"), Q("412 đảng viên", 412, "đảng viên"), Q("38 đảng viên", 38, "đảng viên"),
 Q("6 cuộc gặp mặt, tiếp xúc", 6, "cuộc gặp mặt, tiếp xúc"), Q("97,6%", 97.6, "%"), Q("3 thôn vùng giáo", 3, "thôn vùng giáo"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("1.750 m2", 1750, "m2"), Q("100%", 100, "%"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("6 tấn", 6, "tấn"), Q("1.200 m2", 1200, "m2"), Q("2 hộ giáo dân", 2, "hộ giáo dân"), Q("98%", 98, "%")],
[D("Báo cáo", "58", "BC/ĐU", "2020-12-15", "Đảng ủy xã", "Báo cáo số 58-BC/ĐU ngày 15/12/2020"),
 D("Kế hoạch", "12", "KH/ĐU", "2020-01-06", "Ban Chấp hành Đảng bộ xã", "Kế hoạch số 12-KH/ĐU ngày 06/01/2020"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Tiền Hải", "Hướng dẫn số 09-HD/BDVHU"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "24", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 24-NQ/TW"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW")],
[prov("Thái Bình"), com("Đông Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG MINH - HUYỆN TIỀN HẢI - TỈNH THÁI BÌNH", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "ĐẢNG ỦY XÃ ĐÔNG MINH", "T/M ĐẢNG ỦY - BÍ THƯ", "Sống tốt đời, đẹp đạo", "Khu dân cư kiểu mẫu", "Lượt xem: 412"],
["Thứ Tư, 16/12/2020", "Số: 58-BC/ĐU", "năm 2020", "năm 2021", "1 nhà dòng", "Covid-19", "Lượt xem: 412"]))

PAGES.append(page("b4335-hatinh-chaxu-chongdich-2021", """
Báo Hà Tĩnh điện tử
Trang chủ >> Xã hội >> Người tốt việc tốt
Thứ Bảy, 18/09/2021 - 06:00
Linh mục Phaolô Nguyễn Văn Tâm (bìa phải) cùng giáo dân chuyển rau, gạo lên xe hỗ trợ khu cách ly. Ảnh: Thu Hà
Cha xứ vùng biển và những chuyến xe nghĩa tình mùa dịch
Hơn 3 tháng qua, khi Hà Tĩnh đón hàng nghìn công dân từ các tỉnh phía Nam trở về, giáo xứ Xuân Sơn (xã Cẩm Nhượng, huyện Cẩm Xuyên) đã trở thành "bếp ăn nghĩa tình" của các khu cách ly tập trung trên địa bàn.
Người khởi xướng là Linh mục Phaolô Nguyễn Văn Tâm, Chánh xứ giáo xứ Xuân Sơn, Ủy viên Ủy ban MTTQ huyện Cẩm Xuyên. Từ tháng 6/2021, cha cùng Hội đồng mục vụ giáo xứ kêu gọi giáo dân góp gạo, rau, cá; mỗi ngày nấu khoảng 350 suất ăn gửi đến 4 khu cách ly. Đến nay, giáo xứ đã gửi hơn 28.000 suất ăn, 12 tấn gạo, 5 tấn rau củ quả và gần 2.000 chai nước rửa tay.
"Giáo xứ có 1.260 giáo dân, phần lớn làm nghề biển, đời sống còn khó khăn, nhưng ai cũng muốn góp một phần", ông Giuse Lê Văn Hòa, Phó Chủ tịch Hội đồng mục vụ giáo xứ Xuân Sơn chia sẻ. Nhiều gia đình như bà Maria Phạm Thị Lài, 72 tuổi, ngày nào cũng mang rau trồng được đến nhà xứ.
Không chỉ hỗ trợ cách ly, giáo xứ còn cho mượn nhà giáo lý với 18 phòng học làm điểm tiêm vắc xin cho người dân 3 xã Cẩm Nhượng, Cẩm Lĩnh, Cẩm Dương; 45 thanh niên Công giáo đăng ký làm tình nguyện viên tại các chốt kiểm soát dịch.
Đồng chí Trần Văn Lợi, Bí thư Đảng ủy, Chủ tịch UBND xã Cẩm Nhượng, cho biết: "Xã có 2 giáo xứ với khoảng 40% dân số là giáo dân. Các cha xứ đã đi đầu trong việc chấp hành Chỉ thị 15/CT-TTg và Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, tạm dừng các thánh lễ đông người, chuyển sang dâng lễ trực tuyến".
Theo đồng chí Nguyễn Thị Nữ Diệu, Phó Trưởng Ban Dân vận Tỉnh ủy, trong đợt dịch này, các giáo xứ trên địa bàn tỉnh đã đóng góp hơn 4,2 tỷ đồng cùng nhiều hàng hóa cho công tác phòng, chống dịch; 16 nhà thờ, nhà giáo lý được trưng dụng làm nơi cách ly, điểm tiêm chủng. "Đó là minh chứng sinh động cho tinh thần "kính Chúa, yêu nước" của đồng bào Công giáo Hà Tĩnh", đồng chí nhấn mạnh.
Với những đóng góp đó, Linh mục Phaolô Nguyễn Văn Tâm vừa được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 3125/QĐ-UBND ngày 10/9/2021. Giáo xứ Xuân Sơn cũng là 1 trong 12 tập thể tôn giáo được biểu dương trong đợt này.
Hỏi cha dự định tiếp theo, cha cười hiền: "Khi nào hết dịch thì bếp mới tắt".
Thu Hà
Lượt xem: 2.764
Tin liên quan
- Tăng cường phối hợp với các tôn giáo phòng, chống Covid-19 (10/09/2021)
- Giáo phận Vinh hỗ trợ 1.000 túi an sinh cho người lao động (01/09/2021)
""", "2021-09-18", "Cha xứ vùng biển và những chuyến xe nghĩa tình mùa dịch",
E("khac", None, None),
[P("Phaolô Nguyễn Văn Tâm", "Linh mục", "Chánh xứ giáo xứ Xuân Sơn", "Ủy viên Ủy ban MTTQ huyện Cẩm Xuyên"),
 P("Giuse Lê Văn Hòa", "Phó Chủ tịch Hội đồng mục vụ giáo xứ Xuân Sơn"),
 P("Maria Phạm Thị Lài"),
 P("Trần Văn Lợi", "Bí thư Đảng ủy", "Chủ tịch UBND xã Cẩm Nhượng"),
 P("Nguyễn Thị Nữ Diệu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 350 suất ăn", 350, "suất ăn", "approx"), Q("4 khu cách ly", 4, "khu cách ly"),
 Q("hơn 28.000 suất ăn", 28000, "suất ăn", "over"), Q("12 tấn", 12, "tấn"), Q("5 tấn", 5, "tấn"), Q("gần 2.000 chai", 2000, "chai", "approx"),
 Q("1.260 giáo dân", 1260, "giáo dân"), Q("18 phòng học", 18, "phòng học"), Q("3 xã", 3, "xã"),
 Q("45 thanh niên Công giáo", 45, "thanh niên Công giáo"), Q("2 giáo xứ", 2, "giáo xứ"), Q("khoảng 40%", 40, "%", "approx"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("16 nhà thờ, nhà giáo lý", 16, "nhà thờ, nhà giáo lý"),
 Q("12 tập thể tôn giáo", 12, "tập thể tôn giáo")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Quyết định", "3125", "QĐ-UBND", "2021-09-10", "Chủ tịch UBND tỉnh", "Quyết định số 3125/QĐ-UBND ngày 10/9/2021")],
[prov("Hà Tĩnh"), com("Cẩm Nhượng"), com("Cẩm Lĩnh"), com("Cẩm Dương")],
["Báo Hà Tĩnh điện tử", "Trang chủ >> Xã hội >> Người tốt việc tốt",
 "Linh mục Phaolô Nguyễn Văn Tâm (bìa phải) cùng giáo dân chuyển rau, gạo lên xe hỗ trợ khu cách ly. Ảnh: Thu Hà",
 "bếp ăn nghĩa tình", "kính Chúa, yêu nước", "Lượt xem: 2.764"],
["Thứ Bảy, 18/09/2021 - 06:00", "hàng nghìn công dân", "Hơn 3 tháng", "tháng 6/2021", "72 tuổi", "1 trong 12", "Lượt xem: 2.764"]))

PAGES.append(page("b4336-nghean-tiepxuccutri-giaoxu-2022", """
Đoàn ĐBQH và HĐND tỉnh Nghệ An - Trang thông tin điện tử
Hoạt động của Đoàn ĐBQH » Tiếp xúc cử tri
17/10/2022 - 16:45
Đại biểu Quốc hội tiếp xúc cử tri vùng giáo huyện Yên Thành
Chiều 15/10, tại nhà văn hóa xã Hùng Thành, huyện Yên Thành, Tổ đại biểu Quốc hội số 3 tỉnh Nghệ An gồm các đại biểu: Trần Minh Khiêm, Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội; Thái Thị Ngọc Châu, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh đã tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp thứ 4, Quốc hội khóa XV.
Hội nghị có hơn 250 cử tri các xã Hùng Thành, Đức Thành, Mã Thành tham dự, trong đó có đông đảo giáo dân các giáo xứ Yên Lưu, Thuận Giang. Cùng dự có đồng chí Nguyễn Đình Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Yên Thành; Linh mục Antôn Nguyễn Văn Hiền, Chánh xứ giáo xứ Yên Lưu.
Đại biểu Thái Thị Ngọc Châu thông báo nội dung, chương trình Kỳ họp thứ 4, dự kiến xem xét, thông qua 7 luật và 3 nghị quyết, cho ý kiến 8 dự án luật, trong đó có Dự thảo Luật Đất đai (sửa đổi) mà cử tri vùng giáo rất quan tâm.
Tại hội nghị, 14 lượt ý kiến được nêu. Ông Phêrô Nguyễn Văn Cường, trùm trưởng giáo xứ Yên Lưu, đề nghị Luật Đất đai (sửa đổi) quy định rõ việc giao đất, cấp giấy chứng nhận cho cơ sở tôn giáo đã sử dụng ổn định trước năm 1993; giáo xứ đã gửi đơn từ 2019 nhưng khu đất khoảng 3.200 m2 quanh nhà thờ vẫn chưa được cấp sổ. Bà Anna Trần Thị Mai, cử tri xóm Yên Lưu, phản ánh tuyến đường vào nhà thờ dài 1,8 km xuống cấp, đề nghị đưa vào kế hoạch đầu tư công trung hạn.
Cử tri xã Mã Thành đề nghị sớm chi trả hỗ trợ cho 126 hộ bị ảnh hưởng bởi dịch Covid-19 theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ.
Thay mặt Tổ đại biểu, đồng chí Trần Minh Khiêm tiếp thu, giải trình các ý kiến thuộc thẩm quyền Trung ương; đồng chí Lê Văn Hoan, Phó Chủ tịch UBND huyện Yên Thành, trả lời các kiến nghị về đất đai và hạ tầng, cho biết huyện đã bố trí 5,6 tỷ đồng nâng cấp đường vào giáo xứ Yên Lưu trong năm 2023 và đang rà soát hồ sơ đất của 11 cơ sở tôn giáo trên địa bàn.
Trước đó, ngày 14/10, Tổ đại biểu đã tiếp xúc cử tri tại xã Phúc Thành; nhiều ý kiến đề nghị quan tâm hỗ trợ 32 hộ giáo dân nghèo ven sông Dinh sửa chữa nhà ở trước mùa mưa bão.
Linh mục Antôn Nguyễn Văn Hiền cảm ơn các đại biểu, khẳng định bà con giáo dân luôn tin tưởng, đồng hành với chính quyền, phấn đấu để 95% hộ giáo dân trong giáo xứ đạt gia đình văn hóa.
Thanh Loan
Lượt xem: 823
Tin khác
- Đoàn ĐBQH tỉnh tiếp xúc cử tri thị xã Hoàng Mai (14/10/2022)
- Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri (05/10/2022)
""", "2022-10-17", "Đại biểu Quốc hội tiếp xúc cử tri vùng giáo huyện Yên Thành",
E("hoi_nghi", None, "2022-10-15"),
[P("Trần Minh Khiêm", "Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội"),
 P("Thái Thị Ngọc Châu", "Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh"),
 P("Nguyễn Đình Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Thành"),
 P("Antôn Nguyễn Văn Hiền", "Linh mục", "Chánh xứ giáo xứ Yên Lưu"),
 P("Phêrô Nguyễn Văn Cường", "trùm trưởng giáo xứ Yên Lưu"),
 P("Anna Trần Thị Mai", "cử tri xóm Yên Lưu"),
 P("Lê Văn Hoan", "Phó Chủ tịch UBND huyện Yên Thành")],
[Q("hơn 250 cử tri", 250, "cử tri", "over"), Q("7 luật", 7, "luật"), Q("3 nghị quyết", 3, "nghị quyết"), Q("8 dự án luật", 8, "dự án luật"),
 Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("khoảng 3.200 m2", 3200, "m2", "approx"), Q("1,8 km", 1.8, "km"), Q("126 hộ", 126, "hộ"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("11 cơ sở tôn giáo", 11, "cơ sở tôn giáo"), Q("95%", 95, "%"), Q("32 hộ giáo dân nghèo", 32, "hộ giáo dân nghèo")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg")],
[prov("Nghệ An"), com("Hùng Thành"), com("Đức Thành"), com("Mã Thành"), com("Phúc Thành")],
["Đoàn ĐBQH và HĐND tỉnh Nghệ An - Trang thông tin điện tử", "Hoạt động của Đoàn ĐBQH » Tiếp xúc cử tri",
 "Tổ đại biểu Quốc hội số 3", "Luật Đất đai (sửa đổi)", "Lượt xem: 823"],
["17/10/2022 - 16:45", "Kỳ họp thứ 4", "Quốc hội khóa XV", "số 3", "trước năm 1993", "từ 2019", "năm 2023", "Lượt xem: 823"]))
