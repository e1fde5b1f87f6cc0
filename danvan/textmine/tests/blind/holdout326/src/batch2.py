from lib import *
PAGES = []

PAGES.append(page("b7787-thaibinh-hdnd-giamsat-khuyenhoc-2017", """
HĐND TỈNH THÁI BÌNH - Trang thông tin điện tử
Trang chủ | Hoạt động giám sát | Ban Văn hóa - Xã hội
Thứ Tư, 18/10/2017 | 14:30
Giám sát việc xây dựng xã hội học tập tại huyện Vũ Thư
Ngày 17/10/2017, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Thái Bình do bà Nguyễn Thị Thu Hương, Ủy viên Thường trực HĐND tỉnh, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Đề án "Xây dựng xã hội học tập giai đoạn 2012 - 2020" và công tác khuyến học, khuyến tài tại huyện Vũ Thư. Đây là nội dung trong chương trình giám sát chuyên đề năm 2017 của Ban.
Đoàn giám sát làm việc với UBND huyện Vũ Thư.
Làm việc với đoàn, ông Đặng Văn Bút, HUV, Phó Chủ tịch UBND huyện cho biết, huyện đã ban hành Kế hoạch số 38/KH-UBND, 39/KH-UBND của UBND huyện để triển khai Quyết định số 1127/QĐ-UBND ngày 25/5/2013 của UBND tỉnh. Đến nay 30/30 xã, thị trấn có trung tâm học tập cộng đồng; 27.840 hộ đạt danh hiệu gia đình học tập, chiếm 68,2% số hộ; 236 dòng họ học tập, 214 thôn, tổ dân phố đạt cộng đồng học tập. Quỹ khuyến học toàn huyện đạt gần 14 tỷ đồng, bình quân khoảng 60.000 đồng/người dân.
Ông Trần Quang Diệu, Chủ tịch Hội Khuyến học huyện, cho biết 5 năm qua, các cấp hội đã trao 9.150 suất học bổng, khen thưởng trị giá trên 4,8 tỷ đồng; mô hình "Khuyến học dòng họ" đã giúp 128 học sinh có hoàn cảnh khó khăn được hỗ trợ học phí đến khi tốt nghiệp.
Đoàn đã giám sát trực tiếp tại xã Tam Quang và xã Song Lãng. Tại xã Tam Quang, bà Phạm Thị Nhàn, Chủ tịch Hội Khuyến học xã, cho biết trung tâm học tập cộng đồng xã đã mở 42 lớp chuyên đề với hơn 3.100 lượt người tham gia, chủ yếu về kỹ thuật trồng trọt, chăn nuôi và pháp luật. Tuy nhiên, cán bộ trung tâm đều kiêm nhiệm, kinh phí hoạt động năm 2017 chỉ 10 triệu đồng.
Các thành viên đoàn giám sát, gồm các ông, bà Vũ Đình Thể, Lại Thị Hằng - Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh, đã đề nghị huyện làm rõ việc sử dụng quỹ khuyến học ở một số xã chưa công khai, việc bình xét danh hiệu gia đình học tập còn chạy theo số lượng, hiện còn khoảng 15% trung tâm học tập cộng đồng hoạt động kém hiệu quả.
Kết luận buổi giám sát, bà Nguyễn Thị Thu Hương ghi nhận những kết quả của huyện Vũ Thư; đề nghị huyện quan tâm bố trí kinh phí, kiện toàn ban giám đốc trung tâm học tập cộng đồng, thực hiện nghiêm Thông tư số 96/2008/TT-BTC của Bộ Tài chính về hỗ trợ kinh phí cho trung tâm, và công khai thu chi quỹ khuyến học hằng năm. Những kiến nghị về cơ chế sẽ được Ban tổng hợp, báo cáo tại kỳ họp thứ năm HĐND tỉnh khóa XVI.
Trong đợt giám sát này, Ban còn làm việc tại các huyện Kiến Xương, Quỳnh Phụ và Hội Khuyến học tỉnh.
Thu Hà
Tin liên quan
- Ban Kinh tế - Ngân sách giám sát nguồn vốn xây dựng nông thôn mới (12/10/2017)
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Hưng Hà (05/10/2017)
- Giám sát công tác phòng chống dịch bệnh gia súc (28/09/2017)
""", "2017-10-18", "Giám sát việc xây dựng xã hội học tập tại huyện Vũ Thư",
E("giam_sat", "2017", "2017-10-17"),
[P("Nguyễn Thị Thu Hương", "Ủy viên Thường trực HĐND tỉnh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đặng Văn Bút", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Trần Quang Diệu", "Chủ tịch Hội Khuyến học huyện"),
 P("Phạm Thị Nhàn", "Chủ tịch Hội Khuyến học xã"),
 P("Vũ Đình Thể", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Lại Thị Hằng", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("30/30 xã, thị trấn", 30, "xã, thị trấn"), Q("27.840 hộ", 27840, "hộ"), Q("68,2%", 68.2, "%"),
 Q("236 dòng họ học tập", 236, "dòng họ học tập"), Q("214 thôn, tổ dân phố", 214, "thôn, tổ dân phố"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("khoảng 60.000 đồng/người dân", 60000, "đồng", "approx"),
 Q("9.150 suất học bổng", 9150, "suất học bổng"), Q("trên 4,8 tỷ đồng", 4800000000, "đồng", "over"),
 Q("128 học sinh", 128, "học sinh"), Q("42 lớp chuyên đề", 42, "lớp chuyên đề"),
 Q("hơn 3.100 lượt người", 3100, "lượt người", "over"), Q("10 triệu đồng", 10000000, "đồng"), Q("khoảng 15%", 15, "%", "approx")],
[D("Kế hoạch", "38", "KH-UBND", None, "UBND huyện", "Kế hoạch số 38/KH-UBND"),
 D("Kế hoạch", "39", "KH-UBND", None, "UBND huyện", "39/KH-UBND"),
 D("Quyết định", "1127", "QĐ-UBND", "2013-05-25", "UBND tỉnh", "Quyết định số 1127/QĐ-UBND ngày 25/5/2013"),
 D("Thông tư", "96", "2008/TT-BTC", None, "Bộ Tài chính", "Thông tư số 96/2008/TT-BTC")],
[prov("Thái Bình"), com("Tam Quang"), com("Song Lãng")],
["HĐND TỈNH THÁI BÌNH - Trang thông tin điện tử", "Trang chủ | Hoạt động giám sát | Ban Văn hóa - Xã hội",
 "Đoàn giám sát làm việc với UBND huyện Vũ Thư.", "Xây dựng xã hội học tập giai đoạn 2012 - 2020", "Khuyến học dòng họ"],
["Thứ Tư, 18/10/2017 | 14:30", "năm 2017", "5 năm qua", "kỳ họp thứ năm", "khóa XVI", "giai đoạn 2012 - 2020"]))

PAGES.append(page("b7788-soctrang-hocbong-khmer-2018", """
Báo Sóc Trăng Online
Trang chủ › Giáo dục › Khuyến học
Thứ Bảy, 25/8/2018 - 09:10
Trao 180 suất học bổng cho học sinh, sinh viên Khmer vượt khó
ST- Sáng 24-8, tại Trường Phổ thông Dân tộc nội trú tỉnh, Hội Khuyến học tỉnh Sóc Trăng phối hợp với Ban Dân tộc tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh trao 180 suất học bổng cho học sinh, sinh viên người dân tộc Khmer có hoàn cảnh khó khăn, học giỏi, năm học 2018 - 2019.
Đại đức Thạch Sô Phênh trao học bổng cho các em học sinh.
Tổng giá trị học bổng là 270 triệu đồng, trong đó 150 suất dành cho học sinh THCS, THPT, mỗi suất 1,2 triệu đồng và 30 suất dành cho sinh viên đại học, mỗi suất 3 triệu đồng. Nguồn kinh phí do Quỹ khuyến học tỉnh, các chùa Phật giáo Nam tông Khmer và doanh nghiệp đóng góp.
Dự buổi lễ có ông Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Lý Rum, Phó Trưởng Ban Dân tộc tỉnh; Hòa thượng Lâm Em, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Đại đức Thạch Sô Phênh, trụ trì chùa Tum Núp, phường 10, thành phố Sóc Trăng.
Ông Sơn Thanh Liêm, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh, cho biết: thực hiện Chỉ thị số 02-CT/TU ngày 12/3/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác khuyến học, khuyến tài, từ năm 2016 đến nay Hội đã vận động được trên 11 tỷ đồng, trao hơn 14.000 suất học bổng cho học sinh, sinh viên trong tỉnh, trong đó học sinh, sinh viên Khmer chiếm khoảng 38%. Toàn tỉnh hiện có 92 chùa Khmer tổ chức dạy chữ Khmer hè cho gần 19.000 học sinh; nhiều chùa có quỹ khuyến học riêng như chùa Chén Kiểu, chùa Kh'leang.
Cũng tại buổi lễ, Hội Khuyến học tỉnh biểu dương 12 gia đình người Khmer hiếu học tiêu biểu. Gia đình ông Thạch Sa Kha và bà Lâm Thị Sa Phia ở ấp Tà Lọt, xã Vĩnh Hải (Vĩnh Châu) làm nghề trồng hành tím, có 4 người con đều tốt nghiệp đại học, trong đó 2 người là giáo viên đang dạy tại các trường ở xã. Gia đình bà Kim Thị Sô Phal ở xã Lịch Hội Thượng (Trần Đề), chồng mất sớm, một mình nuôi 3 con ăn học, con trai út vừa đỗ thủ khoa ngành sư phạm tiếng Khmer.
Đại diện học sinh, em Danh Thị Sóc Khanh, lớp 12A1 Trường Phổ thông Dân tộc nội trú tỉnh, cảm ơn các nhà hảo tâm và hứa sẽ cố gắng học tập, sau này trở về phục vụ phum, sóc.
Phát biểu tại buổi lễ, ông Lâm Văn Mẫn đề nghị các cấp hội phối hợp chặt chẽ với các chùa, các vị sư sãi, người có uy tín vận động đồng bào cho con em đi học đầy đủ, không để học sinh bỏ học theo cha mẹ đi làm ăn xa.
Tuấn Kiệt
Tin liên quan
- Chùa Phật giáo Nam tông Khmer khai giảng lớp dạy chữ Khmer hè (15/06/2018)
- Trần Đề: tôn vinh 60 gia đình hiếu học (20/05/2018)
- Vĩnh Châu trao 100 suất học bổng (02/05/2018)
""", "2018-08-25", "Trao 180 suất học bổng cho học sinh, sinh viên Khmer vượt khó",
E("trao_qua", None, "2018-08-24"),
[P("Thạch Sô Phênh", "Đại đức", "trụ trì chùa Tum Núp"),
 P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Rum", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lâm Em", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thanh Liêm", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("Thạch Sa Kha"), P("Lâm Thị Sa Phia"), P("Kim Thị Sô Phal"), P("Danh Thị Sóc Khanh")],
[Q("180 suất học bổng", 180, "suất học bổng"), Q("270 triệu đồng", 270000000, "đồng"), Q("150 suất", 150, "suất"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("30 suất", 30, "suất"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("hơn 14.000 suất học bổng", 14000, "suất học bổng", "over"),
 Q("khoảng 38%", 38, "%", "approx"), Q("92 chùa Khmer", 92, "chùa Khmer"), Q("gần 19.000 học sinh", 19000, "học sinh", "approx"),
 Q("12 gia đình người Khmer hiếu học tiêu biểu", 12, "gia đình người Khmer hiếu học tiêu biểu"),
 Q("4 người con", 4, "người con"), Q("3 con", 3, "con")],
[D("Chỉ thị", "02", "CT/TU", "2016-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 12/3/2016")],
[prov("Sóc Trăng"), com("phường 10"), com("Vĩnh Hải"), com("Lịch Hội Thượng")],
["Báo Sóc Trăng Online", "Trang chủ › Giáo dục › Khuyến học", "Đại đức Thạch Sô Phênh trao học bổng cho các em học sinh.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Chén Kiểu", "chùa Kh'leang", "ST-"],
["Thứ Bảy, 25/8/2018 - 09:10", "năm học 2018 - 2019", "từ năm 2016", "2 người", "lớp 12A1", "Sáng 24-8"]))

PAGES.append(page("b7789-hatinh-khuyenhoc-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BÁO HÀ TĨNH ĐIỆN TỬ
Giáo dục :: Khuyến học - Khuyến tài
27.12.2019 | 16:05
Toàn cảnh hội nghị tổng kết.
Phong trào khuyến học Hà Tĩnh: 9 huyện có quỹ trên 10 tỷ đồng
Sáng 26/12, Hội Khuyến học tỉnh tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Trần Nhật Minh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự; TS. Nguyễn Đình Quế, Chủ tịch Hội Khuyến học tỉnh chủ trì.
Năm 2019, tổng quỹ khuyến học toàn tỉnh đạt 196,5 tỷ đồng, tăng 11,6% so với năm 2018; 9/13 huyện, thị xã, thành phố có quỹ trên 10 tỷ đồng, dẫn đầu là Can Lộc với 28,4 tỷ đồng. Các cấp hội đã trao 84.300 suất học bổng, phần thưởng với tổng giá trị 36,2 tỷ đồng. Hội viên toàn tỉnh đạt 495.700 người, tương đương 38% dân số.
Phong trào xây dựng gia đình học tập, dòng họ học tập tiếp tục phát triển với 241.600 gia đình học tập, 2.980 dòng họ học tập và 1.640 cộng đồng học tập được công nhận. Nhiều dòng họ có quỹ khuyến học từ 1 tỷ đồng trở lên như họ Nguyễn Huy ở xã Trường Lộc, họ Phan ở xã Tùng Ảnh. Hội đã triển khai thí điểm mô hình "Đơn vị học tập" ở 120 cơ quan, doanh nghiệp theo Thông tư số 44/2014/TT-BGDĐT của Bộ Giáo dục và Đào tạo và Hướng dẫn số 02, 03/HD-KHVN của Trung ương Hội Khuyến học Việt Nam.
Tại hội nghị, các đại biểu đã nghe 7 tham luận. Ông Nguyễn Huy Tưởng, Trưởng ban khuyến học họ Nguyễn Huy, cho biết quỹ của dòng họ đã đạt 1,9 tỷ đồng, mỗi năm trao thưởng cho khoảng 150 cháu. Bà Võ Thị Thanh, Giám đốc Trung tâm học tập cộng đồng xã Thạch Kênh, chia sẻ cách tổ chức lớp học tiếng Anh miễn phí cho 65 thiếu nhi vào dịp hè.
Hội nghị cũng chỉ ra hạn chế: hoạt động của một số trung tâm học tập cộng đồng sau sáp nhập xã còn lúng túng; còn 4 huyện chưa hoàn thành chỉ tiêu phát triển hội viên.
Phát biểu chỉ đạo, đồng chí Trần Nhật Minh đề nghị Hội tiếp tục tham mưu thực hiện Kết luận số 48-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW và Kế hoạch số 402/KH-UBND của UBND tỉnh về xây dựng xã hội học tập; năm 2020 phấn đấu tổng quỹ đạt trên 200 tỷ đồng, 100% xã, phường, thị trấn có quỹ khuyến học từ 300 triệu đồng trở lên.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng bằng khen cho 5 tập thể, 6 cá nhân; UBND tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân xuất sắc. Hội Khuyến học tỉnh tặng kỷ niệm chương "Vì sự nghiệp khuyến học" cho 42 cá nhân.
Thu Phương
Các tin đã đưa
- Can Lộc: quỹ khuyến học dòng họ vượt 9 tỷ đồng (20/12/2019)
- Hội Khuyến học Hương Sơn trao 300 suất học bổng (10/12/2019)
- Thạch Hà tôn vinh 112 gia đình hiếu học (01/12/2019)
""", "2019-12-27", "Phong trào khuyến học Hà Tĩnh: 9 huyện có quỹ trên 10 tỷ đồng",
E("tong_ket", "2019", "2019-12-26"),
[P("Trần Nhật Minh", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đình Quế", "TS.", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Nguyễn Huy Tưởng", "Trưởng ban khuyến học họ Nguyễn Huy"),
 P("Võ Thị Thanh", "Giám đốc Trung tâm học tập cộng đồng xã Thạch Kênh")],
[Q("9 huyện", 9, "huyện"), Q("trên 10 tỷ đồng", 10000000000, "đồng", "over"), Q("196,5 tỷ đồng", 196500000000, "đồng"),
 Q("11,6%", 11.6, "%"), Q("9/13 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("28,4 tỷ đồng", 28400000000, "đồng"), Q("84.300 suất học bổng, phần thưởng", 84300, "suất học bổng, phần thưởng"),
 Q("36,2 tỷ đồng", 36200000000, "đồng"), Q("495.700 người", 495700, "người"), Q("38%", 38, "%"),
 Q("241.600 gia đình học tập", 241600, "gia đình học tập"), Q("2.980 dòng họ học tập", 2980, "dòng họ học tập"),
 Q("1.640 cộng đồng học tập", 1640, "cộng đồng học tập"), Q("từ 1 tỷ đồng trở lên", 1000000000, "đồng", "over"),
 Q("120 cơ quan, doanh nghiệp", 120, "cơ quan, doanh nghiệp"), Q("7 tham luận", 7, "tham luận"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("khoảng 150 cháu", 150, "cháu", "approx"), Q("65 thiếu nhi", 65, "thiếu nhi"),
 Q("4 huyện", 4, "huyện"), Q("trên 200 tỷ đồng", 200000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("từ 300 triệu đồng trở lên", 300000000, "đồng", "over"), Q("5 tập thể", 5, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân xuất sắc", 25, "cá nhân xuất sắc"), Q("42 cá nhân", 42, "cá nhân")],
[D("Thông tư", "44", "2014/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư số 44/2014/TT-BGDĐT"),
 D("Hướng dẫn", "02", "HD-KHVN", None, "Trung ương Hội Khuyến học Việt Nam", "Hướng dẫn số 02, 03/HD-KHVN"),
 D("Hướng dẫn", "03", "HD-KHVN", None, "Trung ương Hội Khuyến học Việt Nam", "Hướng dẫn số 02, 03/HD-KHVN"),
 D("Kết luận", "48", "KL/TW", "2019-05-30", "Ban Bí thư", "Kết luận số 48-KL/TW ngày 30/5/2019"),
 D("Chỉ thị", "11", "CT/TW", None, None, "Chỉ thị số 11-CT/TW"),
 D("Kế hoạch", "402", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 402/KH-UBND")],
[prov("Hà Tĩnh"), com("Trường Lộc"), com("Tùng Ảnh"), com("Thạch Kênh")],
["Hôm nay: Thứ Hai, 30/12/2019", "BÁO HÀ TĨNH ĐIỆN TỬ", "Giáo dục :: Khuyến học - Khuyến tài", "Toàn cảnh hội nghị tổng kết.",
 "Đơn vị học tập", "Vì sự nghiệp khuyến học"],
["Hôm nay: Thứ Hai, 30/12/2019", "27.12.2019 | 16:05", "năm 2019", "năm 2020", "năm 2018"]))

PAGES.append(page("b7790-phutho-khuyenhoc-giaoban-2020", """
HỘI KHUYẾN HỌC TỈNH PHÚ THỌ
Vị trí: Trang chủ >> Tin tức >> Hoạt động của Hội
09/10/2020 - 15:20
Giao ban công tác khuyến học quý III
Ngày 8/10/2020, Thường trực Hội Khuyến học tỉnh Phú Thọ tổ chức hội nghị giao ban công tác quý III năm 2020 với lãnh đạo hội khuyến học 13 huyện, thành, thị. Ông Cao Xuân Thượng, Chủ tịch Hội Khuyến học tỉnh chủ trì.
Ông Cao Xuân Thượng phát biểu tại hội nghị giao ban.
Báo cáo do bà Đinh Thị Hải Yến, Phó Chủ tịch kiêm Tổng Thư ký Hội trình bày cho thấy, dù ảnh hưởng của dịch Covid-19, trong quý III các cấp hội vẫn huy động được 12,7 tỷ đồng vào quỹ khuyến học, lũy kế 9 tháng đạt 31,5 tỷ đồng, bằng 84% kế hoạch năm. Dịp khai giảng năm học 2020 - 2021, các cấp hội đã trao 15.240 suất học bổng; Hội tỉnh phối hợp với một doanh nghiệp hóa chất trên địa bàn trao 200 suất, mỗi suất 1 triệu đồng, cho học sinh vùng dân tộc Mường ở các huyện Tân Sơn, Thanh Sơn, Yên Lập.
Trong quý, 225/225 xã, phường, thị trấn đã hoàn thành đại hội hội khuyến học cơ sở nhiệm kỳ 2020 - 2025; 3 huyện Cẩm Khê, Lâm Thao, Phù Ninh hoàn thành đại hội cấp huyện. Hội đã hướng dẫn cơ sở triển khai Quyết định số 489/QĐ-TTg ngày 8/4/2019 của Thủ tướng Chính phủ ban hành kế hoạch thực hiện Kết luận số 49-KL/TW của Bộ Chính trị và Kế hoạch số 115-KH/TU của Tỉnh ủy về khuyến học, khuyến tài giai đoạn 2019 - 2025.
Tại hội nghị, lãnh đạo hội khuyến học các huyện trao đổi cách làm. Bà Hà Thị Nhung, Chủ tịch Hội Khuyến học huyện Tân Sơn, cho biết huyện đã vận động được 1.350 hộ đồng bào Mường, Dao đăng ký gia đình học tập; xã Kim Thượng có 5 dòng họ người Dao lần đầu lập quỹ khuyến học. Ông Nguyễn Văn Tám, Phó Chủ tịch Hội Khuyến học thành phố Việt Trì, đề nghị tỉnh sớm có hướng dẫn đánh giá mô hình "Công dân học tập".
Một số ý kiến phản ánh việc thu quỹ trong quý gặp khó khăn do nhiều lao động mất việc vì dịch; có khoảng 20 chi hội chưa tổ chức được sinh hoạt định kỳ.
Kết luận giao ban, ông Cao Xuân Thượng yêu cầu quý IV các cấp hội tập trung hoàn thành đại hội cấp huyện trước ngày 30/11/2020 để chuẩn bị Đại hội Hội Khuyến học tỉnh lần thứ V; phấn đấu quỹ cả năm đạt từ 37 tỷ đồng trở lên; tổ chức trao ít nhất 500 suất học bổng dịp Tết cho học sinh mồ côi do dịch bệnh, thiên tai. Các huyện cần báo cáo kết quả thực hiện trước ngày 15 của tháng cuối quý, gửi về Văn phòng Hội tỉnh để tổng hợp.
Thanh Thủy
Tin cùng chuyên mục
- Đại hội Hội Khuyến học huyện Cẩm Khê nhiệm kỳ 2020 - 2025 (28/09/2020)
- Trao học bổng cho học sinh Mường vượt khó (10/09/2020)
- Hạ Hòa tôn vinh dòng họ học tập tiêu biểu (25/08/2020)
""", "2020-10-09", "Giao ban công tác khuyến học quý III",
E("giao_ban", "2020-Q3", "2020-10-08"),
[P("Cao Xuân Thượng", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Đinh Thị Hải Yến", "Phó Chủ tịch kiêm Tổng Thư ký Hội"),
 P("Hà Thị Nhung", "Chủ tịch Hội Khuyến học huyện Tân Sơn"),
 P("Nguyễn Văn Tám", "Phó Chủ tịch Hội Khuyến học thành phố Việt Trì")],
[Q("13 huyện, thành, thị", 13, "huyện, thành, thị"), Q("12,7 tỷ đồng", 12700000000, "đồng"), Q("31,5 tỷ đồng", 31500000000, "đồng"),
 Q("84%", 84, "%"), Q("15.240 suất học bổng", 15240, "suất học bổng"), Q("200 suất", 200, "suất"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("225/225 xã, phường, thị trấn", 225, "xã, phường, thị trấn"), Q("3 huyện", 3, "huyện"), Q("1.350 hộ", 1350, "hộ"),
 Q("5 dòng họ", 5, "dòng họ"), Q("khoảng 20 chi hội", 20, "chi hội", "approx"),
 Q("từ 37 tỷ đồng trở lên", 37000000000, "đồng", "over"), Q("ít nhất 500 suất học bổng", 500, "suất học bổng", "over")],
[D("Quyết định", "489", "QĐ-TTg", "2019-04-08", "Thủ tướng Chính phủ", "Quyết định số 489/QĐ-TTg ngày 8/4/2019"),
 D("Kết luận", "49", "KL/TW", None, "Bộ Chính trị", "Kết luận số 49-KL/TW"),
 D("Kế hoạch", "115", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 115-KH/TU")],
[prov("Phú Thọ"), com("Kim Thượng")],
["HỘI KHUYẾN HỌC TỈNH PHÚ THỌ", "Vị trí: Trang chủ >> Tin tức >> Hoạt động của Hội", "Ông Cao Xuân Thượng phát biểu tại hội nghị giao ban.",
 "Công dân học tập"],
["09/10/2020 - 15:20", "quý III năm 2020", "9 tháng", "năm học 2020 - 2021", "nhiệm kỳ 2020 - 2025", "giai đoạn 2019 - 2025",
 "quý IV", "30/11/2020", "lần thứ V", "ngày 15"]))

PAGES.append(page("b7791-cantho-khuyenhoc-taphuan-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật: 08:30, 14/07/2021 (GMT+7)
Tập huấn trực tuyến cho hơn 400 cán bộ khuyến học cơ sở
Ngày 13/7/2021, Hội Khuyến học thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2021 theo hình thức trực tuyến với 10 điểm cầu quận, huyện và 83 điểm cầu xã, phường, thị trấn. Tham dự có hơn 400 học viên là chủ tịch, phó chủ tịch hội khuyến học cơ sở và giám đốc trung tâm học tập cộng đồng.
Quang cảnh điểm cầu Hội Khuyến học thành phố. Ảnh: K.Tr
Phát biểu khai mạc, ông Trương Quang Hoài, Phó Chủ tịch UBND thành phố, đề nghị học viên nắm vững Kế hoạch số 92/KH-UBND ngày 20/5/2021 của UBND thành phố về xây dựng xã hội học tập năm 2021 và Hướng dẫn số 07/HD-KHVN của Trung ương Hội Khuyến học Việt Nam về đánh giá, công nhận các mô hình học tập, vận dụng vào thực tiễn từng địa bàn.
Trong một ngày, các học viên được nghe ThS. Lê Thị Kim Hoa, Phó Chủ tịch Thường trực Hội Khuyến học thành phố, giới thiệu tiêu chí công nhận "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập" cấp ấp, khu vực và "Đơn vị học tập"; bà Thạch Thị Sa Ri, Phó Trưởng phòng Giáo dục thường xuyên Sở Giáo dục và Đào tạo, hướng dẫn quản lý, sử dụng quỹ khuyến học và lập hồ sơ trao học bổng. Chuyên đề về ứng dụng công nghệ thông tin trong sinh hoạt chi hội do anh Nguyễn Minh Khoa, cán bộ Văn phòng Hội, trình bày.
Theo Hội Khuyến học thành phố, 6 tháng đầu năm 2021 toàn thành phố có 158.200 hội viên, 1.120 chi hội; quỹ khuyến học các cấp đạt hơn 21 tỷ đồng; đã trao 9.870 suất học bổng, trong đó 2.460 suất cho học sinh có cha mẹ mất việc do dịch Covid-19. Hiện có 128.900 hộ được công nhận gia đình học tập, 860 dòng họ học tập và 412 ấp, khu vực đạt cộng đồng học tập.
Tại lớp tập huấn, nhiều học viên nêu khó khăn: các trung tâm học tập cộng đồng ở phường nội ô gần như tạm ngưng hoạt động vì giãn cách xã hội; một số chi hội ở các ấp vùng sâu chưa có điện thoại thông minh để dự họp trực tuyến. Bà Lê Thị Kim Hoa cho biết Hội sẽ hỗ trợ 30 máy tính bảng cho các chi hội khó khăn và mở thêm 2 lớp bồi dưỡng trong quý IV.
Cuối buổi, 100% học viên làm bài thu hoạch trực tuyến; Ban tổ chức cấp giấy chứng nhận cho 386 học viên đạt yêu cầu. Lớp tập huấn nằm trong kế hoạch bồi dưỡng 1.200 lượt cán bộ khuyến học cơ sở của thành phố giai đoạn 2021 - 2025.
Khánh Trân
Tin liên quan
- Hội Khuyến học quận Ninh Kiều trao 150 suất học bổng (05/07/2021)
- Cần Thơ: hỗ trợ học sinh khó khăn do dịch Covid-19 (25/06/2021)
- Phong Điền ra mắt mô hình "Dòng họ học tập" (10/06/2021)
""", "2021-07-14", "Tập huấn trực tuyến cho hơn 400 cán bộ khuyến học cơ sở",
E("tap_huan", "2021", "2021-07-13"),
[P("Trương Quang Hoài", "Phó Chủ tịch UBND thành phố"),
 P("Lê Thị Kim Hoa", "ThS.", "Phó Chủ tịch Thường trực Hội Khuyến học thành phố"),
 P("Thạch Thị Sa Ri", "Phó Trưởng phòng Giáo dục thường xuyên Sở Giáo dục và Đào tạo"),
 P("Nguyễn Minh Khoa", "cán bộ Văn phòng Hội")],
[Q("hơn 400 cán bộ khuyến học cơ sở", 400, "cán bộ khuyến học cơ sở", "over"),
 Q("10 điểm cầu quận, huyện", 10, "điểm cầu quận, huyện"), Q("83 điểm cầu xã, phường, thị trấn", 83, "điểm cầu xã, phường, thị trấn"),
 Q("158.200 hội viên", 158200, "hội viên"), Q("1.120 chi hội", 1120, "chi hội"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("9.870 suất học bổng", 9870, "suất học bổng"), Q("2.460 suất", 2460, "suất"), Q("128.900 hộ", 128900, "hộ"),
 Q("860 dòng họ học tập", 860, "dòng họ học tập"), Q("412 ấp, khu vực", 412, "ấp, khu vực"), Q("30 máy tính bảng", 30, "máy tính bảng"),
 Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"), Q("100%", 100, "%"), Q("386 học viên", 386, "học viên"),
 Q("1.200 lượt cán bộ khuyến học cơ sở", 1200, "lượt cán bộ khuyến học cơ sở")],
[D("Kế hoạch", "92", "KH-UBND", "2021-05-20", "UBND thành phố", "Kế hoạch số 92/KH-UBND ngày 20/5/2021"),
 D("Hướng dẫn", "07", "HD-KHVN", None, "Trung ương Hội Khuyến học Việt Nam", "Hướng dẫn số 07/HD-KHVN")],
[prov("Cần Thơ")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức - Sự kiện / Văn hóa - Xã hội", "Quang cảnh điểm cầu Hội Khuyến học thành phố. Ảnh: K.Tr",
 "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập"],
["Cập nhật: 08:30, 14/07/2021 (GMT+7)", "năm 2021", "Trong một ngày", "6 tháng đầu năm 2021", "quý IV", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b7792-laocai-giadinh-hieuhoc-mong-2022", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội - Giáo dục - Gương sáng
30 tháng 5, 2022 | 06:00
Anh Giàng A Dình (bìa phải) cùng các con trong căn nhà trình tường ở thôn Na Hối Tày.
Nhà người Mông có 4 con học đại học
Giữa vùng cao Bắc Hà còn nhiều khó khăn, gia đình anh Giàng A Dình và chị Sùng Thị Mai ở thôn Na Hối Tày, xã Na Hối, được bà con gọi là "nhà hiếu học nhất thôn": cả 4 người con đều đã và đang học đại học, điều hiếm có với một gia đình người Mông làm nông.
Anh Dình năm nay 49 tuổi, chỉ học hết lớp 4. Cả gia đình có 2.000 m2 ruộng bậc thang và khoảng 1,5 ha đất trồng mận, thu nhập mỗi năm chừng 80 triệu đồng. Để nuôi các con đi học, hai vợ chồng nuôi thêm 3 con lợn nái, 2 con trâu và đi làm thuê mùa mận chín. Có năm, gia đình phải vay 50 triệu đồng từ Ngân hàng Chính sách xã hội để đóng học phí cho hai con cùng lúc.
Con gái đầu là Giàng Thị Dua tốt nghiệp Trường Đại học Sư phạm Thái Nguyên, hiện là giáo viên Trường Phổ thông dân tộc bán trú THCS xã Bản Phố; con trai thứ hai Giàng A Sử học năm cuối ngành Y đa khoa; hai con út đang học Học viện Nông nghiệp Việt Nam và Đại học Luật Hà Nội.
"Ngày trước tôi không được học nhiều, nên tôi muốn các con phải học để biết cái chữ, không ai lừa được", anh Dình nói. Chị Mai kể, có những năm nhà hết gạo từ tháng 3, chị phải đổi ngô lấy gạo, nhưng chưa khi nào cho con nghỉ học.
Ông Vàng Seo Pao, Bí thư Chi bộ, Trưởng thôn Na Hối Tày, cho biết thôn có 96 hộ, 100% là người Mông; trước đây cả thôn chỉ có 2 người học hết lớp 12, nay đã có 11 người có trình độ cao đẳng, đại học. Gia đình anh Dình 5 năm liền được Hội Khuyến học xã công nhận "Gia đình hiếu học" và năm 2021 được UBND tỉnh tặng bằng khen.
Bà Lù Thị Sen, Chủ tịch Hội Khuyến học xã Na Hối, cho biết xã hiện có 412 gia đình học tập, 18 dòng họ học tập; quỹ khuyến học xã đạt hơn 120 triệu đồng. Mỗi năm, Hội trao khoảng 60 suất học bổng, mỗi suất 500.000 đồng, cho học sinh người Mông, người Tày vượt khó. Theo Hội, tấm gương gia đình anh Dình đã giúp nhiều hộ trong thôn thay đổi suy nghĩ "con gái học nhiều cũng không để làm gì".
Ông Hoàng Văn Thắng, Chủ tịch Hội Khuyến học huyện Bắc Hà, cho biết huyện đang nhân rộng những gia đình như thế qua mô hình "Mỗi thôn một gia đình hiếu học tiêu biểu" theo Kế hoạch số 75/KH-HKH của Hội Khuyến học huyện. Toàn tỉnh Lào Cai hiện có trên 2.100 gia đình người Mông được công nhận gia đình hiếu học.
Bài, ảnh: Lương Hà
Tin khác
- Si Ma Cai trao 200 suất học bổng cho học sinh nghèo (20/05/2022)
- Bát Xát: 96% hộ đồng bào Dao đăng ký gia đình học tập (12/05/2022)
- Hội Khuyến học tỉnh tôn vinh 50 dòng họ học tập (28/04/2022)
""", "2022-05-30", "Nhà người Mông có 4 con học đại học",
E("khac", None, None),
[P("Giàng A Dình"), P("Sùng Thị Mai"),
 P("Giàng Thị Dua", "giáo viên Trường Phổ thông dân tộc bán trú THCS xã Bản Phố"),
 P("Giàng A Sử"),
 P("Vàng Seo Pao", "Bí thư Chi bộ", "Trưởng thôn Na Hối Tày"),
 P("Lù Thị Sen", "Chủ tịch Hội Khuyến học xã Na Hối"),
 P("Hoàng Văn Thắng", "Chủ tịch Hội Khuyến học huyện Bắc Hà")],
[Q("4 con", 4, "con"), Q("2.000 m2", 2000, "m2"), Q("khoảng 1,5 ha", 1.5, "ha", "approx"),
 Q("chừng 80 triệu đồng", 80000000, "đồng", "approx"), Q("3 con lợn nái", 3, "con lợn nái"), Q("2 con trâu", 2, "con trâu"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("100%", 100, "%"), Q("2 người", 2, "người"),
 Q("11 người", 11, "người"), Q("412 gia đình học tập", 412, "gia đình học tập"), Q("18 dòng họ học tập", 18, "dòng họ học tập"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("khoảng 60 suất học bổng", 60, "suất học bổng", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("trên 2.100 gia đình người Mông", 2100, "gia đình người Mông", "over")],
[D("Kế hoạch", "75", "KH-HKH", None, "Hội Khuyến học huyện", "Kế hoạch số 75/KH-HKH")],
[prov("Lào Cai"), com("Na Hối"), com("Bản Phố")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội - Giáo dục - Gương sáng",
 "Anh Giàng A Dình (bìa phải) cùng các con trong căn nhà trình tường ở thôn Na Hối Tày.", "nhà hiếu học nhất thôn",
 "Gia đình hiếu học", "Mỗi thôn một gia đình hiếu học tiêu biểu", "Ngân hàng Chính sách xã hội"],
["30 tháng 5, 2022 | 06:00", "49 tuổi", "lớp 4", "lớp 12", "5 năm liền", "năm 2021", "tháng 3", "năm cuối"]))
