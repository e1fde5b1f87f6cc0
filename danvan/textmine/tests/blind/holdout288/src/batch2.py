from lib import *
PAGES = []

PAGES.append(page("b6875-hanoi-bvducgiang-giaoban-2017", """
Hôm nay: Thứ Bảy, 14/10/2017
BÁO ĐIỆN TỬ ĐẢNG BỘ KHỐI Y TẾ HÀ NỘI
You are here: Home > Xây dựng Đảng > Dân vận
Thứ Năm, 12/10/2017 - 14:30
Bệnh viện Đức Giang: nâng cao chất lượng "Dân vận khéo" trong chăm sóc người bệnh
Ngày 10/10, Đảng ủy Bệnh viện Đa khoa Đức Giang tổ chức giao ban công tác dân vận quý III/2017, đánh giá kết quả thực hiện phong trào thi đua "Dân vận khéo" và triển khai nhiệm vụ quý IV. Dự giao ban có 31 đồng chí là bí thư chi bộ, trưởng các khoa, phòng và chủ tịch công đoàn bộ phận.
Đồng chí Đỗ Hải Nam chủ trì giao ban.
Đồng chí Đỗ Hải Nam, Đảng ủy viên Đảng bộ Khối, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì; cùng dự có các đồng chí Phó Giám đốc Bệnh viện: Nguyễn Thị Thanh Vân, Lương Quốc Hưng, Vũ Đình Toản.
Báo cáo tại giao ban cho biết, trong quý III bệnh viện khám cho 142.650 lượt người, tăng khoảng 12% so với cùng kỳ; triển khai đặt lịch khám qua tổng đài giúp giảm thời gian chờ trung bình còn dưới 60 phút. Các chi bộ đã đăng ký 14 mô hình "Dân vận khéo", trong đó có 5 mô hình cấp cơ sở được Đảng ủy Khối công nhận như "Nụ cười điều dưỡng", "Ngày thứ Bảy tình nguyện", "Phiên dịch viên tình nguyện cho người khiếm thính".
Thực hiện Kết luận 120, 121-KL/TW của Ban Bí thư, Đảng ủy đã chỉ đạo rà soát quy chế dân chủ, công khai tài chính 6 tháng; tiếp nhận 43 ý kiến phản ánh qua đường dây nóng của Bộ Y tế và Sở Y tế, đã xử lý xong 41 ý kiến, 2 ý kiến đang xác minh. Bệnh viện đã kỷ luật khiển trách 1 nhân viên bảo vệ có thái độ không đúng mực với người nhà bệnh nhân.
Giao ban cũng chỉ ra hạn chế: khu vực cấp cứu vẫn còn quá tải vào các tháng cao điểm sốt xuất huyết; một số điều dưỡng trẻ chưa chủ động giải thích, hướng dẫn người nhà bệnh nhân; việc phối hợp với Ủy ban nhân dân các phường trên địa bàn quận Long Biên trong tuyên truyền phòng, chống dịch bệnh có lúc chưa chặt chẽ. Đại diện Ban Dân vận Đảng ủy Khối các cơ quan y tế Hà Nội đề nghị bệnh viện tổng hợp, gửi các kiến nghị về nhân lực lên Sở Y tế trong tháng 10.
Ở góc độ chuyên môn, ThS.BS Lương Quốc Hưng cho rằng muốn làm tốt dân vận trong bệnh viện thì trước hết phải "làm đúng, làm đủ" quy trình chuyên môn, giải thích rõ cho người bệnh về phác đồ điều trị. Bà Đặng Thu Hoài, Trưởng khoa Khám bệnh, Bí thư Chi bộ Khám bệnh, kiến nghị mở thêm 4 bàn khám vào buổi trưa để giảm ùn tắc.
Kết luận giao ban, đồng chí Đỗ Hải Nam yêu cầu quý IV tập trung thực hiện Kế hoạch số 112/KH-SYT của Sở Y tế về tổ chức "Ngày hội hiến máu nhân đạo", vận động ít nhất 500 đơn vị máu; tiếp tục khảo sát sự hài lòng của người bệnh theo Quyết định 6859/QĐ-BYT của Bộ Y tế; mỗi chi bộ có ít nhất 1 ý tưởng cải tiến trong giao tiếp.
Phạm Hà
Lượt đọc: 2.117
Tin liên quan
- Bệnh viện Thanh Nhàn ra mắt Câu lạc bộ "Bệnh nhân hen" (05/10/2017)
- Đảng bộ Khối tổ chức giao ban công tác dân vận quý III (28/09/2017)
- Bệnh viện Đống Đa: đối thoại với người lao động (15/09/2017)
""", "2017-10-12", "Bệnh viện Đức Giang: nâng cao chất lượng \"Dân vận khéo\" trong chăm sóc người bệnh",
E("giao_ban", "2017-Q3", "2017-10-10"),
[P("Đỗ Hải Nam", "Đảng ủy viên Đảng bộ Khối", "Bí thư Đảng ủy", "Giám đốc Bệnh viện"),
 P("Nguyễn Thị Thanh Vân", "Phó Giám đốc Bệnh viện"),
 P("Lương Quốc Hưng", "Phó Giám đốc Bệnh viện", "ThS.BS"),
 P("Vũ Đình Toản", "Phó Giám đốc Bệnh viện"),
 P("Đặng Thu Hoài", "Trưởng khoa Khám bệnh", "Bí thư Chi bộ Khám bệnh")],
[Q("31 đồng chí", 31, "đồng chí"), Q("142.650 lượt người", 142650, "lượt người"), Q("khoảng 12%", 12, "%", "approx"),
 Q("14 mô hình", 14, "mô hình"), Q("5 mô hình cấp cơ sở", 5, "mô hình cấp cơ sở"), Q("43 ý kiến phản ánh", 43, "ý kiến phản ánh"),
 Q("41 ý kiến", 41, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"),
 Q("4 bàn khám", 4, "bàn khám"), Q("ít nhất 500 đơn vị máu", 500, "đơn vị máu", "over")],
[D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kế hoạch", "112", "KH-SYT", None, "Sở Y tế", "Kế hoạch số 112/KH-SYT"),
 D("Quyết định", "6859", "QĐ-BYT", None, "Bộ Y tế", "Quyết định 6859/QĐ-BYT")],
[prov("Hà Nội")],
["Hôm nay: Thứ Bảy, 14/10/2017", "BÁO ĐIỆN TỬ ĐẢNG BỘ KHỐI Y TẾ HÀ NỘI", "You are here: Home > Xây dựng Đảng > Dân vận",
 "Đồng chí Đỗ Hải Nam chủ trì giao ban.", "Dân vận khéo", "Nụ cười điều dưỡng", "Ngày thứ Bảy tình nguyện",
 "Phiên dịch viên tình nguyện cho người khiếm thính", "Ngày hội hiến máu nhân đạo", "Lượt đọc: 2.117"],
["Thứ Năm, 12/10/2017 - 14:30", "31 đồng chí", "quý III/2017", "quý IV", "60 phút", "6 tháng", "1 ý tưởng", "1 nhân viên bảo vệ", "Lượt đọc: 2.117"]))

PAGES.append(page("b6876-daklak-bvvtn-hoinghi-2018", """
Báo Đắk Lắk điện tử
Thời sự › Chính trị › Dân vận
Cập nhật lúc 17:20 ngày 23/08/2018
Ảnh: Lãnh đạo Bệnh viện trao đổi với già làng, người có uy tín.
Gặp mặt người có uy tín để đưa dịch vụ y tế đến buôn làng
Sáng 22/8, Bệnh viện Đa khoa vùng Tây Nguyên phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Gần 90 già làng, trưởng buôn, người có uy tín của 15 xã thuộc các huyện Krông Búk, Cư M'gar, Ea H'leo và thị xã Buôn Hồ tham dự.
Tham dự hội nghị có đồng chí Y Kriêng Êban, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí H'Nguyên Byă, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo bệnh viện có TTND, PGS.TS. Phạm Văn Đức, Giám đốc và BSCKII Nguyễn Thị Mai Hương, Phó Giám đốc.
Thông tin tại hội nghị cho biết, mỗi năm bệnh viện tiếp nhận khoảng 28.000 lượt người bệnh là đồng bào Ê Đê, M'nông, Gia Rai, chiếm gần 30% tổng số lượt điều trị nội trú. Nhiều người đến viện muộn, khi bệnh đã nặng, do tâm lý chữa bệnh bằng cúng bái hoặc ngại xa nhà. Thực hiện Chỉ thị 06-CT/TW của Ban Bí thư về củng cố, hoàn thiện mạng lưới y tế cơ sở và Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, bệnh viện đã phối hợp với người có uy tín tuyên truyền đến từng buôn.
Già làng Y Thông Mlô, buôn Kô Đung, xã Ea Đrông, chia sẻ: "Trước đây người trong buôn sợ vào bệnh viện lắm. Giờ bác sĩ về tận buôn khám, nói tiếng Ê Đê, bà con tin hơn". Ông Y Phun Knul, người có uy tín buôn Tlan, xã Ea Ral, đề nghị bệnh viện có thêm người phiên dịch ở khoa Sản và hỗ trợ tiền ăn cho người nghèo đi cùng bệnh nhân.
Bà Đinh Thị Lan, Trưởng phòng Công tác xã hội, thông tin từ đầu năm phòng đã vận động hơn 1,5 tỷ đồng, hỗ trợ 640 bệnh nhân nghèo; duy trì "Bếp cơm 0 đồng" phục vụ trung bình 300 suất mỗi ngày.
Phát biểu tại hội nghị, đồng chí Y Kriêng Êban đề nghị bệnh viện phối hợp với Ban Dân tộc biên soạn tài liệu tuyên truyền song ngữ Việt - Ê Đê; các già làng, người có uy tín tiếp tục là "cầu nối" vận động đồng bào sinh đẻ tại cơ sở y tế, tiêm chủng đầy đủ cho trẻ. PGS.TS. Phạm Văn Đức cam kết trong năm sẽ tổ chức 6 đợt khám bệnh, cấp thuốc miễn phí tại các buôn đặc biệt khó khăn.
Dịp này, bệnh viện tặng 90 phần quà, mỗi phần trị giá 400.000 đồng, cho các đại biểu.
H'Xíu - Hoàng Gia
Tin cùng chuyên mục
- Krông Búk: Vận động đồng bào làm nhà tiêu hợp vệ sinh (15/08/2018)
- Ra mắt mô hình "Buôn không có người sinh con tại nhà" (03/08/2018)
- Ban Dân vận Tỉnh ủy làm việc với Sở Y tế (25/07/2018)
""", "2018-08-23", "Gặp mặt người có uy tín để đưa dịch vụ y tế đến buôn làng",
E("hoi_nghi", "2018", "2018-08-22"),
[P("Y Kriêng Êban", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("H'Nguyên Byă", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Đức", "TTND", "PGS.TS.", "Giám đốc"),
 P("Nguyễn Thị Mai Hương", "BSCKII", "Phó Giám đốc"),
 P("Y Thông Mlô", "Già làng"),
 P("Y Phun Knul", "người có uy tín buôn Tlan"),
 P("Đinh Thị Lan", "Trưởng phòng Công tác xã hội")],
[Q("Gần 90 già làng, trưởng buôn, người có uy tín", 90, "già làng, trưởng buôn, người có uy tín", "approx"), Q("15 xã", 15, "xã"),
 Q("khoảng 28.000 lượt người bệnh", 28000, "lượt người bệnh", "approx"), Q("gần 30%", 30, "%", "approx"),
 Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("640 bệnh nhân nghèo", 640, "bệnh nhân nghèo"),
 Q("trung bình 300 suất", 300, "suất", "approx"), Q("6 đợt khám bệnh", 6, "đợt khám bệnh"),
 Q("90 phần quà", 90, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Chỉ thị", "06", "CT/TW", None, "Ban Bí thư", "Chỉ thị 06-CT/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Đrông"), com("Ea Ral")],
["Báo Đắk Lắk điện tử", "Thời sự › Chính trị › Dân vận", "Ảnh: Lãnh đạo Bệnh viện trao đổi với già làng, người có uy tín.",
 "Bếp cơm 0 đồng", "Buôn Hồ"],
["Cập nhật lúc 17:20 ngày 23/08/2018", "năm 2018", "Bếp cơm 0 đồng"]))

PAGES.append(page("b6877-soctrang-syt-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Dân vận chính quyền :: Tin tức
21.12.2019 | 16:05
Ngành Y tế báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2019
Ngày 19/12/2019, tại cuộc họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, Sở Y tế Sóc Trăng đã báo cáo kết quả thực hiện công tác dân vận chính quyền và Quy chế dân chủ trong ngành năm 2019. Đồng chí Lâm Thị Sa Vane, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì cuộc họp.
Trình bày báo cáo, BS.CKII Thạch Sô Phal, Phó Giám đốc Sở Y tế, cho biết ngành đã triển khai Kết luận 11, 12-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả dân vận chính quyền và về công tác vận động đồng bào Khmer tham gia bảo hiểm y tế; ban hành kế hoạch số 1874/KH-SYT ngày 15/3/2019 hướng dẫn các đơn vị xây dựng mô hình "Dân vận khéo".
Theo báo cáo, toàn tỉnh có 109 trạm y tế xã, phường, thị trấn, trong đó 96 trạm đạt Bộ tiêu chí quốc gia về y tế xã. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 87,4%, riêng đồng bào Khmer đạt hơn 92%. Năm 2019, ngành đã tổ chức 22 cuộc đối thoại với người bệnh, tiếp nhận 318 ý kiến, giải quyết 305 ý kiến; xử lý kỷ luật 3 viên chức vi phạm quy tắc ứng xử. Các bệnh viện tuyến tỉnh đã bố trí 11 phiên dịch viên tiếng Khmer tại khu khám bệnh.
Ngành phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh vận động 41 chùa Phật giáo Nam tông Khmer làm điểm tuyên truyền phòng, chống sốt xuất huyết và tiêm chủng mở rộng. Đại đức Lý Sô Khenl, trụ trì chùa Prêk Kroong, xã Hồ Đắc Kiện, được Sở Y tế tặng giấy khen vì vận động Phật tử hiến máu tình nguyện với 260 đơn vị máu.
Tại cuộc họp, các thành viên Ban Chỉ đạo gồm các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn Ngọc Thành, Phó Giám đốc Sở Nội vụ Trương Văn Kiệt đề nghị ngành y tế công khai rõ hơn chi phí khám chữa bệnh, tăng cường khảo sát sự hài lòng. Báo cáo cũng thẳng thắn nêu 2 trạm y tế ở huyện Trần Đề còn để người dân phản ánh về thái độ phục vụ.
Kết luận, đồng chí Lâm Thị Sa Vane ghi nhận kết quả của ngành và đề nghị năm 2020 Sở Y tế tiếp tục thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận, đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên; chú trọng dân vận ở các trạm y tế vùng đồng bào Khmer, nơi có 6 xã đặc biệt khó khăn.
Kim Ngân
Tin khác
- Vĩnh Châu: Đối thoại với người dân về bảo hiểm y tế (12/12/2019)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2019 (28/11/2019)
- Tặng 200 thẻ bảo hiểm y tế cho hộ cận nghèo (14/11/2019)
""", "2019-12-21", "Ngành Y tế báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2019",
E("bao_cao", "2019", "2019-12-19"),
[P("Lâm Thị Sa Vane", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Thạch Sô Phal", "BS.CKII", "Phó Giám đốc Sở Y tế"),
 P("Lý Sô Khenl", "Đại đức", "trụ trì chùa Prêk Kroong"),
 P("Sơn Ngọc Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Kiệt", "Phó Giám đốc Sở Nội vụ")],
[Q("109 trạm y tế xã, phường, thị trấn", 109, "trạm y tế xã, phường, thị trấn"), Q("96 trạm", 96, "trạm"),
 Q("87,4%", 87.4, "%"), Q("hơn 92%", 92, "%", "over"), Q("22 cuộc đối thoại", 22, "cuộc đối thoại"),
 Q("318 ý kiến", 318, "ý kiến"), Q("305 ý kiến", 305, "ý kiến"), Q("3 viên chức", 3, "viên chức"),
 Q("11 phiên dịch viên", 11, "phiên dịch viên"), Q("41 chùa Phật giáo Nam tông Khmer", 41, "chùa Phật giáo Nam tông Khmer"),
 Q("260 đơn vị máu", 260, "đơn vị máu"), Q("2 trạm y tế", 2, "trạm y tế"), Q("6 xã đặc biệt khó khăn", 6, "xã đặc biệt khó khăn")],
[D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kế hoạch", "1874", "KH-SYT", "2019-03-15", None, "kế hoạch số 1874/KH-SYT ngày 15/3/2019"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Sóc Trăng"), com("Hồ Đắc Kiện")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Dân vận chính quyền :: Tin tức", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Bộ tiêu chí quốc gia về y tế xã", "Quy chế dân chủ ở cơ sở"],
["21.12.2019 | 16:05", "năm 2019", "năm 2020"]))

PAGES.append(page("b6878-quangnam-yte-chandung-2020", """
QUẢNG NAM ONLINE - Báo Quảng Nam điện tử
Xã hội / Sức khỏe / Người tốt việc tốt
Thứ Ba, 11/8/2020, 08:05
Chị Hồ Thị Kim (bìa phải) hướng dẫn người dân đeo khẩu trang. Ảnh: Đ.Q
Nữ y sĩ "dân vận khéo" giữa mùa dịch ở Nam Trà My
Giữa những ngày Quảng Nam căng mình chống dịch Covid-19 đợt 2, y sĩ Hồ Thị Kim, Trưởng Trạm y tế xã Trà Cang, vẫn đều đặn băng rừng đến từng nóc nhà của đồng bào Xê Đăng để vận động bà con khai báo y tế, hạn chế tụ tập đông người.
Năm nay 38 tuổi, chị Kim có 16 năm gắn bó với trạm y tế vùng cao. Xã Trà Cang có 7 thôn với hơn 930 hộ, gần 4.100 nhân khẩu, hầu hết là người Xê Đăng, Ca Dong; nhiều thôn cách trạm trên 10km đường đèo. "Nói chuyện với bà con phải bằng tiếng của bà con, ngồi bên bếp lửa mới hiểu họ lo gì", chị Kim nói.
Những ngày cuối tháng 7, khi dịch bùng phát trở lại ở Đà Nẵng và nhiều địa phương của tỉnh, trạm y tế chỉ có 5 nhân viên. Chị Kim đề xuất với Đảng ủy xã huy động lực lượng đoàn viên, hội viên phụ nữ và người có uy tín lập 7 tổ tuyên truyền, mỗi tổ phụ trách một thôn. Chỉ trong 1 tuần, các tổ đã đến được 100% hộ dân, rà soát 62 người từ vùng dịch trở về địa phương, hướng dẫn họ cách ly tại nhà theo quy định. Khi huyện thực hiện giãn cách xã hội theo Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ, chị cùng các tổ đi từng nhà giải thích vì sao phải tạm dừng đám cưới, lễ mừng lúa mới.
Ông Hồ Văn Nhất, Bí thư Đảng ủy, Chủ tịch HĐND xã Trà Cang, cho biết: "Y sĩ Kim là cán bộ y tế nhưng làm dân vận rất giỏi. Năm 2019, tỷ lệ phụ nữ sinh con tại trạm của xã tăng lên hơn 70%, tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 95%, phần nhiều nhờ chị đi vận động".
Không chỉ khám chữa bệnh, chị Kim còn cùng chị em Chi hội Phụ nữ thôn 2 duy trì mô hình "Tổ hợp tác sâm Ngọc Linh sạch", giúp 24 hộ có thêm thu nhập. Từ mô hình, chị vận động bà con bỏ tập tục cho sản phụ ra rẫy sinh con, bỏ thói quen uống rượu ủ men lá.
Bà Alăng Thị Mai, Trưởng Ban Dân vận Huyện ủy Nam Trà My, cho biết năm 2019 chị Kim được Ủy ban nhân dân tỉnh tặng Bằng khen và là 1 trong 12 gương điển hình "Dân vận khéo" của huyện. Hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa", xã Trà Cang đã có 3 thôn đạt danh hiệu thôn văn hóa.
Hôm chúng tôi rời Trà Cang, chị Kim lại khoác ba lô thuốc lên đường vào thôn 5, nơi có một cụ già bị sốt cao cần thăm khám. Con đường đất đỏ trơn trượt sau cơn mưa chiều, nhưng chị vẫn cười: "Quen rồi".
Đông Quang
Tin liên quan
- Quảng Nam: 400 cán bộ y tế lên đường chi viện Đà Nẵng (04/08/2020)
- Trà My khẩn trương truy vết người về từ vùng dịch (31/07/2020)
- Ra quân tuyên truyền phòng dịch ở vùng cao (28/07/2020)
""", "2020-08-11", "Nữ y sĩ \"dân vận khéo\" giữa mùa dịch ở Nam Trà My",
E("khac", None, None),
[P("Hồ Thị Kim", "y sĩ", "Trưởng Trạm y tế xã Trà Cang"),
 P("Hồ Văn Nhất", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Trà Cang"),
 P("Alăng Thị Mai", "Trưởng Ban Dân vận Huyện ủy Nam Trà My")],
[Q("7 thôn", 7, "thôn"), Q("hơn 930 hộ", 930, "hộ", "over"), Q("gần 4.100 nhân khẩu", 4100, "nhân khẩu", "approx"),
 Q("trên 10km", 10, "km", "over"), Q("5 nhân viên", 5, "nhân viên"), Q("7 tổ tuyên truyền", 7, "tổ tuyên truyền"),
 Q("100%", 100, "%"), Q("62 người", 62, "người"), Q("hơn 70%", 70, "%", "over"), Q("95%", 95, "%"),
 Q("24 hộ", 24, "hộ"), Q("12 gương điển hình", 12, "gương điển hình"), Q("3 thôn", 3, "thôn")],
[D("Chỉ thị", "19", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 19/CT-TTg")],
[prov("Quảng Nam"), com("Trà Cang")],
["QUẢNG NAM ONLINE - Báo Quảng Nam điện tử", "Xã hội / Sức khỏe / Người tốt việc tốt",
 "Chị Hồ Thị Kim (bìa phải) hướng dẫn người dân đeo khẩu trang. Ảnh: Đ.Q", "Tổ hợp tác sâm Ngọc Linh sạch",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Dân vận khéo"],
["Thứ Ba, 11/8/2020, 08:05", "38 tuổi", "16 năm", "1 tuần", "1 tuổi", "Covid-19", "đợt 2", "thôn 2", "thôn 5", "1 trong 12"]))

PAGES.append(page("b6879-binhduong-bvdk-daihoi-2020", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị > Hướng tới Đại hội Đảng
Ngày 16/06/2020 | 09:15
Đảng bộ Bệnh viện Đa khoa tỉnh: lấy sự hài lòng của người bệnh làm thước đo
(BDO) Ngày 13/6, Đảng bộ Bệnh viện Đa khoa tỉnh Bình Dương tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Nguyễn Thị Ngọc Bích, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đồng chí Trần Thanh Hải, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 132 đại biểu đại diện cho 208 đảng viên của 16 chi bộ trực thuộc.
Báo cáo chính trị trình bày tại đại hội nêu rõ, nhiệm kỳ qua Đảng ủy đã lãnh đạo thực hiện tốt Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với công tác dân vận trong bệnh viện. Mỗi năm bệnh viện khám, điều trị cho hơn 750.000 lượt người; tỷ lệ hài lòng của người bệnh tăng từ 78% năm 2015 lên 92,5% năm 2019. Đơn vị đã triển khai 21 mô hình "Dân vận khéo", tiêu biểu là "Phòng khám không giấy tờ", "Tiếp sức người bệnh", "Tủ bánh mì 0 đồng".
Trong nhiệm kỳ, Đảng bộ kết nạp 37 đảng viên mới, trong đó có 12 bác sĩ trẻ. Công đoàn, Đoàn Thanh niên bệnh viện vận động hơn 4,6 tỷ đồng hỗ trợ bệnh nhân nghèo, tổ chức 58 đợt khám, tư vấn miễn phí cho khoảng 19.000 người dân các xã vùng sâu Tân Thành, Đất Cuốc. Bệnh viện cũng là một trong những đơn vị đầu tiên của tỉnh thực hiện thanh toán viện phí không dùng tiền mặt.
Báo cáo cũng thẳng thắn chỉ ra hạn chế: có thời điểm quá tải ở khu cấp cứu, thái độ giao tiếp của một số nhân viên chưa chuẩn mực, việc nắm bắt tâm tư người bệnh nội trú chưa thường xuyên.
Đại hội đề ra 12 chỉ tiêu nhiệm kỳ 2020 - 2025, trong đó phấn đấu tỷ lệ hài lòng của người bệnh đạt từ 95% trở lên, 100% chi bộ có ít nhất 1 mô hình dân vận.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Ngọc Bích đề nghị Đảng bộ quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, chú trọng xây dựng đội ngũ thầy thuốc "vừa hồng, vừa chuyên"; thực hiện nghiêm Quy định 101-QĐ/TW của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên.
Đại hội đã bầu Ban Chấp hành Đảng bộ khóa IX gồm 11 đồng chí. Tại phiên họp thứ nhất, BSCKII Lê Văn Trí, Giám đốc Bệnh viện, được tín nhiệm bầu giữ chức Bí thư Đảng ủy Bệnh viện nhiệm kỳ 2020 - 2025; đồng chí Huỳnh Thị Mỹ Hạnh, Trưởng phòng Điều dưỡng, được bầu làm Phó Bí thư Đảng ủy. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Đảng bộ Khối lần thứ III.
Thu Thảo
Các tin đã đưa
- Đại hội Chi bộ Khoa Khám bệnh điểm của Đảng bộ Bệnh viện (02/06/2020)
- Đảng bộ Sở Y tế tổng kết 5 năm thực hiện Chỉ thị 05 (20/05/2020)
- Bệnh viện Đa khoa tỉnh tiếp nhận 2 máy thở (10/04/2020)
""", "2020-06-16", "Đảng bộ Bệnh viện Đa khoa tỉnh: lấy sự hài lòng của người bệnh làm thước đo",
E("dai_hoi", None, "2020-06-13"),
[P("Nguyễn Thị Ngọc Bích", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
 P("Trần Thanh Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Trí", "BSCKII", "Giám đốc Bệnh viện", "Bí thư Đảng ủy Bệnh viện nhiệm kỳ 2020 - 2025"),
 P("Huỳnh Thị Mỹ Hạnh", "Trưởng phòng Điều dưỡng", "Phó Bí thư Đảng ủy")],
[Q("132 đại biểu", 132, "đại biểu"), Q("208 đảng viên", 208, "đảng viên"), Q("16 chi bộ", 16, "chi bộ"),
 Q("hơn 750.000 lượt người", 750000, "lượt người", "over"), Q("78%", 78, "%"), Q("92,5%", 92.5, "%"),
 Q("21 mô hình", 21, "mô hình"), Q("37 đảng viên mới", 37, "đảng viên mới"), Q("12 bác sĩ trẻ", 12, "bác sĩ trẻ"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("58 đợt khám", 58, "đợt khám"),
 Q("khoảng 19.000 người dân", 19000, "người dân", "approx"), Q("12 chỉ tiêu", 12, "chỉ tiêu"),
 Q("từ 95% trở lên", 95, "%", "over"), Q("100%", 100, "%"), Q("11 đồng chí", 11, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Quy định", "101", "QĐ/TW", None, "Ban Bí thư", "Quy định 101-QĐ/TW")],
[prov("Bình Dương"), com("Tân Thành"), com("Đất Cuốc")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị > Hướng tới Đại hội Đảng", "(BDO)", "Dân vận khéo", "Phòng khám không giấy tờ",
 "Tiếp sức người bệnh", "Tủ bánh mì 0 đồng", "vừa hồng, vừa chuyên"],
["lần thứ IX", "nhiệm kỳ 2020 - 2025", "năm 2015", "năm 2019", "11 đồng chí", "1 mô hình", "khóa IX", "lần thứ III", "phiên họp thứ nhất", "Tủ bánh mì 0 đồng"]))

PAGES.append(page("b6880-haiphong-dusyt-soket-2021", """
Báo Hải Phòng điện tử
Trang chủ - Xã hội - Y tế
09/04/2021 - 15:12
Ngành Y tế Hải Phòng: Dân vận để người dân đồng thuận tiêm vắc xin
Chiều 7/4, Đảng ủy Sở Y tế Hải Phòng họp sơ kết công tác dân vận quý I/2021 và bàn nhiệm vụ quý II. Đồng chí Vũ Thanh Tùng, Thành ủy viên, Bí thư Đảng ủy, Giám đốc Sở Y tế chủ trì. Dự có các đồng chí Phạm Văn Hoạt, Đoàn Thị Thu Hà, Nguyễn Huy Quang - Phó Giám đốc Sở Y tế.
Theo báo cáo, quý I ngành y tế vừa căng sức phòng, chống Covid-19 trong dịp Tết Nguyên đán, vừa chuẩn bị tiêm vắc xin đợt đầu. Thực hiện Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin phòng Covid-19 và Kế hoạch số 48-KH/ĐU ngày 10/3/2021 của Đảng ủy Sở Y tế về công tác dân vận trong tiêm chủng, các đơn vị đã lập 26 tổ tuyên truyền lưu động, phát hơn 15.000 tờ rơi, phối hợp với Ủy ban MTTQ các quận, huyện giải đáp thắc mắc của người dân.
Đợt 1, thành phố đã tiêm an toàn cho 1.860 người thuộc nhóm ưu tiên, chủ yếu là nhân viên y tế tuyến đầu; tỷ lệ đồng ý tiêm đạt khoảng 97%. Tại 2 khu cách ly tập trung ở phường Đông Hải 1 và xã Lê Lợi, cán bộ y tế phối hợp với đoàn thể địa phương tổ chức 14 buổi đối thoại, giải quyết các kiến nghị của người dân về chế độ ăn, nghỉ.
Bên cạnh đó, ngành tiếp nhận 57 lượt phản ánh qua đường dây nóng, chủ yếu về thủ tục khám bảo hiểm y tế và giá dịch vụ; đã trả lời, xử lý xong 55 lượt, đạt 96,5%. Bệnh viện Hữu nghị Việt Tiệp, Bệnh viện Trẻ em thành phố đã chuyển đổi số quy trình đăng ký khám, giảm thời gian chờ xuống dưới 30 phút.
Tại hội nghị, đồng chí Bùi Thị Hiền, mới được bổ nhiệm làm Phó Trưởng phòng Tổ chức cán bộ Sở Y tế, thông tin về việc kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ của Sở với 9 thành viên. Bà Lê Thị Ngọc Anh, Điều dưỡng trưởng Bệnh viện Đa khoa huyện An Lão, kiến nghị có chế độ bồi dưỡng cho tổ tuyên truyền lưu động làm việc ngoài giờ.
Kết luận, đồng chí Vũ Thanh Tùng yêu cầu quý II, các chi bộ tiếp tục thực hiện Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên và Chỉ thị 05-CT/TW của Bộ Chính trị, gắn với đẩy mạnh phong trào thi đua "Dân vận khéo"; chủ động nắm tình hình dư luận, kịp thời phản bác thông tin sai lệch về vắc xin trên mạng xã hội; phấn đấu 100% nhân viên y tế được tiêm đủ liều trong quý II.
Đồng chí cũng đề nghị Văn phòng Sở phối hợp với Ban Tuyên giáo - Dân vận Đảng ủy Sở xây dựng bộ câu hỏi, trả lời về tiêm chủng, phát trên hệ thống loa truyền thanh của 217 xã, phường, thị trấn.
Minh Tâm
Tin liên quan
- Tiêm vắc xin Covid-19 cho cán bộ y tế tuyến đầu (25/03/2021)
- Kiện toàn Ban Chỉ đạo Quy chế dân chủ ngành Y tế (18/03/2021)
- Bệnh viện Kiến An mở điểm tiêm chủng thứ 2 (04/03/2021)
""", "2021-04-09", "Ngành Y tế Hải Phòng: Dân vận để người dân đồng thuận tiêm vắc xin",
E("so_ket", "2021-Q1", "2021-04-07"),
[P("Vũ Thanh Tùng", "Thành ủy viên", "Bí thư Đảng ủy", "Giám đốc Sở Y tế"),
 P("Phạm Văn Hoạt", "Phó Giám đốc Sở Y tế"), P("Đoàn Thị Thu Hà", "Phó Giám đốc Sở Y tế"), P("Nguyễn Huy Quang", "Phó Giám đốc Sở Y tế"),
 P("Bùi Thị Hiền", "Phó Trưởng phòng Tổ chức cán bộ Sở Y tế"),
 P("Lê Thị Ngọc Anh", "Điều dưỡng trưởng Bệnh viện Đa khoa huyện An Lão")],
[Q("26 tổ tuyên truyền lưu động", 26, "tổ tuyên truyền lưu động"), Q("hơn 15.000 tờ rơi", 15000, "tờ rơi", "over"),
 Q("1.860 người", 1860, "người"), Q("khoảng 97%", 97, "%", "approx"), Q("2 khu cách ly tập trung", 2, "khu cách ly tập trung"),
 Q("14 buổi đối thoại", 14, "buổi đối thoại"), Q("57 lượt phản ánh", 57, "lượt phản ánh"), Q("55 lượt", 55, "lượt"),
 Q("96,5%", 96.5, "%"), Q("9 thành viên", 9, "thành viên"), Q("100% nhân viên y tế", 100, "%"),
 Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn")],
[D("Nghị quyết", "21", "NQ-CP", "2021-02-26", "Chính phủ", "Nghị quyết số 21/NQ-CP ngày 26/02/2021"),
 D("Kế hoạch", "48", "KH/ĐU", "2021-03-10", "Đảng ủy Sở Y tế", "Kế hoạch số 48-KH/ĐU ngày 10/3/2021"),
 D("Quy định", "08", "QĐi/TW", None, "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Hải Phòng"), com("Đông Hải 1"), com("Lê Lợi")],
["Báo Hải Phòng điện tử", "Trang chủ - Xã hội - Y tế", "Dân vận khéo", "Covid-19", "Tết Nguyên đán"],
["09/04/2021 - 15:12", "quý I/2021", "quý II", "Đợt 1", "30 phút", "Covid-19", "Đông Hải 1"]))
