from lib import *
PAGES = []

PAGES.append(page("b9605-laocai-mttq-hiepthuong-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh
18/08/2011 - 16:30
Hiệp thương cử bổ sung Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai khóa XIII
Chiều 17/8, Ủy ban MTTQ Việt Nam tỉnh Lào Cai khóa XIII, nhiệm kỳ 2009 - 2014 tổ chức hội nghị lần thứ 6 để hiệp thương cử bổ sung chức danh Chủ tịch, Phó Chủ tịch và ủy viên Ban Thường trực Ủy ban. Dự hội nghị có đồng chí Sùng A Hồ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Sùng A Hồ tặng hoa chúc mừng đồng chí Hoàng Văn Sỹ.
Thực hiện Điều lệ MTTQ Việt Nam và Hướng dẫn số 24/HD-MTTW-BTT ngày 12/5/2010 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, được sự đồng ý của Ban Thường vụ Tỉnh ủy tại Thông báo số 312-TB/TU ngày 5/8/2011, hội nghị đã hiệp thương cử bổ sung ông Hoàng Văn Sỹ, Phó Trưởng Ban Tổ chức Tỉnh ủy, vào Ủy ban, Ban Thường trực và giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII, thay bà Vàng Thị Mai đã được bầu giữ chức Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2011 - 2016. Kết quả, 57/57 ủy viên có mặt tán thành, đạt 100%.
Hội nghị cũng hiệp thương cử bà Lý Thị Dung, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, giữ chức Phó Chủ tịch Ủy ban. Hiện Ủy ban MTTQ tỉnh khóa XIII có 68 ủy viên; Ban Thường trực gồm 5 đồng chí, trong đó các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Tẩn Láo Lở, Nguyễn Thị Thanh Hương tiếp tục được phân công phụ trách công tác dân tộc, tôn giáo và công tác phong trào.
Báo cáo tại hội nghị cho thấy 7 tháng đầu năm, Mặt trận các cấp đã phối hợp tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp; tỷ lệ cử tri đi bầu đạt 99,6%. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục được triển khai ở 1.684 khu dân cư; Quỹ "Vì người nghèo" vận động được trên 8,3 tỷ đồng, hỗ trợ làm mới 415 nhà Đại đoàn kết cho hộ nghèo vùng cao.
Tại hội nghị, đồng chí Lý Seo Dìn, Chủ tịch Ủy ban MTTQ xã Tả Phìn, huyện Sa Pa, kiến nghị tăng phụ cấp cho trưởng ban công tác Mặt trận thôn, bản, vì nhiều người phải kiêm 3 - 4 việc. Đại diện Ủy ban MTTQ xã Bản Vược cũng đề nghị tỉnh sớm có hướng dẫn về việc vận động đồng bào Mông không di cư tự do.
Phát biểu chỉ đạo, đồng chí Sùng A Hồ đánh giá cao những đóng góp của bà Vàng Thị Mai trong hơn 2 năm giữ cương vị Chủ tịch Ủy ban MTTQ tỉnh, đồng thời đề nghị tân Chủ tịch cùng tập thể Ban Thường trực phát huy vai trò giám sát, phản biện xã hội, chăm lo đời sống đồng bào các dân tộc, sớm chuẩn bị các điều kiện cho đại hội Mặt trận các cấp nhiệm kỳ tới.
Nhận nhiệm vụ mới, ông Hoàng Văn Sỹ cảm ơn sự tín nhiệm của các ủy viên và hứa cùng tập thể lãnh đạo đoàn kết, thực hiện thắng lợi Nghị quyết Đại hội đại biểu MTTQ tỉnh lần thứ XIII.
Thu Hằng
Lượt xem: 1.204
Tin liên quan
- Mặt trận xã Bát Xát ra quân vận động ủng hộ người nghèo (10/08/2011)
- Tổng kết công tác bầu cử đại biểu Quốc hội và HĐND các cấp (29/07/2011)
- 120 hộ nghèo ở Mường Khương được hỗ trợ làm nhà (15/07/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (20/01/2011)
""", "2011-08-18", "Hiệp thương cử bổ sung Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai khóa XIII",
E("hoi_nghi", None, "2011-08-17"),
[P("Sùng A Hồ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sỹ", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII"),
 P("Vàng Thị Mai", "Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2011 - 2016", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Thị Dung", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Phó Chủ tịch Ủy ban"),
 P("Tẩn Láo Lở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Seo Dìn", "Chủ tịch Ủy ban MTTQ xã Tả Phìn")],
[Q("57/57 ủy viên", 57, "ủy viên"), Q("100%", 100, "%"), Q("68 ủy viên", 68, "ủy viên"),
 Q("5 đồng chí", 5, "đồng chí"), Q("99,6%", 99.6, "%"), Q("1.684 khu dân cư", 1684, "khu dân cư"),
 Q("trên 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("415 nhà Đại đoàn kết", 415, "nhà Đại đoàn kết")],
[D("Hướng dẫn", "24", "HD-MTTW-BTT", "2010-05-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 24/HD-MTTW-BTT ngày 12/5/2010"),
 D("Thông báo", "312", "TB/TU", "2011-08-05", "Ban Thường vụ Tỉnh ủy", "Thông báo số 312-TB/TU ngày 5/8/2011")],
[prov("Lào Cai"), com("Tả Phìn"), com("Bản Vược")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh",
 "Đồng chí Sùng A Hồ tặng hoa chúc mừng đồng chí Hoàng Văn Sỹ.", "Điều lệ MTTQ Việt Nam",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Lượt xem: 1.204"],
["18/08/2011 - 16:30", "nhiệm kỳ 2009 - 2014", "nhiệm kỳ 2011 - 2016", "lần thứ 6", "5 đồng chí", "7 tháng đầu năm",
 "3 - 4 việc", "hơn 2 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b9606-hatinh-mttq-tongket-2012", """
Báo Hà Tĩnh điện tử
Chính trị - Xã hội › Mặt trận
Thứ Năm, 20/12/2012 - 09:12
Ảnh: Quang cảnh hội nghị.
Mặt trận Hà Tĩnh: Vận động xây dựng 1.026 nhà Đại đoàn kết
(Baohatinh.vn) - Ngày 19/12, Ủy ban MTTQ tỉnh tổ chức hội nghị lần thứ 9, khóa XII tổng kết công tác Mặt trận năm 2012 và ký kết chương trình phối hợp, thống nhất hành động năm 2013. Đồng chí Phan Đình Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; đồng chí Nguyễn Thị Hải Yến, Phó Chủ tịch UBND tỉnh dự.
Năm 2012, Mặt trận các cấp tập trung thực hiện Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của cấp ủy đối với công tác Mặt trận và đoàn thể. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 2.147/2.360 khu dân cư đăng ký; 1.538 khu dân cư đạt danh hiệu khu dân cư văn hóa, chiếm 65,2%.
Quỹ "Vì người nghèo" các cấp vận động được 21,4 tỷ đồng; cùng với nguồn hỗ trợ theo Quyết định số 1220, 1221/QĐ-UBND của UBND tỉnh, Mặt trận đã phối hợp xây mới và sửa chữa 1.026 nhà Đại đoàn kết, trao 3.500 thẻ bảo hiểm y tế cho người cận nghèo. Các tổ chức tôn giáo đóng góp trên 1,8 tỷ đồng cho công tác từ thiện xã hội.
Công tác giám sát được triển khai theo Chương trình phối hợp số 02/CTPH-MTTQ-UBND ngày 15/3/2012 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh; toàn tỉnh có 262 ban thanh tra nhân dân và 241 ban giám sát đầu tư của cộng đồng hoạt động thường xuyên.
Thảo luận tại hội nghị, ông Võ Tá Lân, Chủ tịch Ủy ban MTTQ huyện Hương Khê, chia sẻ cách làm "3 cùng" khi vận động hộ nghèo tự vươn lên; ông Trần Văn Kỳ, Trưởng ban Công tác Mặt trận thôn Kim Sơn, xã Kỳ Phong, nêu kinh nghiệm vận động nhân dân hiến 4.300 m2 đất mở rộng đường liên thôn.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Hải Yến ghi nhận vai trò của Mặt trận trong công tác giảm nghèo và đề nghị năm 2013 tiếp tục bám sát cơ sở, tham gia xây dựng chính quyền, chủ động chuẩn bị cho Đại hội đại biểu MTTQ các cấp, nhiệm kỳ 2014 - 2019.
Kết luận hội nghị, đồng chí Phan Đình Thuận yêu cầu ngay từ đầu năm xây dựng kế hoạch đại hội, chọn 2 xã làm điểm để rút kinh nghiệm; rà soát, giới thiệu nhân sự ủy viên Ủy ban bảo đảm cơ cấu người ngoài Đảng, nữ, người có uy tín trong đồng bào có đạo.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 25 tập thể và 34 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2012.
Thiên Vỹ
Các tin khác
- Đức Thọ: 5 năm thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (14/12/2012)
- Ra mắt Ban Thanh tra nhân dân phường Bắc Hà (07/12/2012)
- Trao 150 suất quà cho người nghèo huyện Vũ Quang (30/11/2012)
- Mặt trận Can Lộc hiệp thương cử Chủ tịch mới (22/11/2012)
""", "2012-12-20", "Mặt trận Hà Tĩnh: Vận động xây dựng 1.026 nhà Đại đoàn kết",
E("tong_ket", "2012", "2012-12-19"),
[P("Phan Đình Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hải Yến", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Tá Lân", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Trần Văn Kỳ", "Trưởng ban Công tác Mặt trận thôn Kim Sơn")],
[Q("2.147/2.360 khu dân cư", 2147, "khu dân cư"), Q("1.538 khu dân cư", 1538, "khu dân cư"), Q("65,2%", 65.2, "%"),
 Q("21,4 tỷ đồng", 21400000000, "đồng"), Q("1.026 nhà Đại đoàn kết", 1026, "nhà Đại đoàn kết"),
 Q("3.500 thẻ bảo hiểm y tế", 3500, "thẻ bảo hiểm y tế"), Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("262 ban thanh tra nhân dân", 262, "ban thanh tra nhân dân"),
 Q("241 ban giám sát đầu tư của cộng đồng", 241, "ban giám sát đầu tư của cộng đồng"),
 Q("4.300 m2", 4300, "m2"), Q("2 xã", 2, "xã"), Q("25 tập thể", 25, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06-CT/TU"),
 D("Quyết định", "1220", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1220, 1221/QĐ-UBND"),
 D("Quyết định", "1221", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1220, 1221/QĐ-UBND"),
 D("Chương trình phối hợp", "02", "CTPH-MTTQ-UBND", "2012-03-15", None, "Chương trình phối hợp số 02/CTPH-MTTQ-UBND ngày 15/3/2012")],
[prov("Hà Tĩnh"), com("Kỳ Phong")],
["Báo Hà Tĩnh điện tử", "Chính trị - Xã hội › Mặt trận", "Ảnh: Quang cảnh hội nghị.", "(Baohatinh.vn)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "3 cùng"],
["Thứ Năm, 20/12/2012 - 09:12", "lần thứ 9", "năm 2012", "năm 2013", "nhiệm kỳ 2014 - 2019", "3 cùng"]))

PAGES.append(page("b9607-thainguyen-xa-yenninh-daihoi-2013", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Cập nhật: 14:05, 11/12/2013 (GMT+7)
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Phú Lương: Đại hội điểm MTTQ cấp xã
Ngày 10/12, xã Yên Ninh (Phú Lương) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ X, nhiệm kỳ 2014 - 2019. Đây là đại hội điểm cấp xã của huyện Phú Lương và của tỉnh Thái Nguyên, nhằm rút kinh nghiệm chỉ đạo cho 13 xã, thị trấn còn lại. Về dự có bà Ma Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Hoàng Văn Quý, Bí thư Huyện ủy Phú Lương.
Đại hội có 120 đại biểu chính thức, đại diện cho hơn 6.800 nhân khẩu thuộc 4 dân tộc Kinh, Tày, Dao, Sán Chay đang sinh sống trên địa bàn 17 xóm.
Báo cáo của Ủy ban MTTQ xã khóa IX cho biết: nhiệm kỳ qua, Mặt trận đã vận động 18 hộ hiến 6.200 m2 đất, nhân dân đóng góp gần 1,9 tỷ đồng cùng Nhà nước làm 14 km đường bê tông nông thôn; xây dựng 42 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm từ 24,5% xuống còn 11,8%. Đến nay 15/17 xóm đạt danh hiệu khu dân cư văn hóa. Ban thanh tra nhân dân đã giám sát 9 công trình, kiến nghị điều chỉnh 2 hạng mục chưa bảo đảm chất lượng.
Việc tổ chức đại hội được thực hiện theo Chỉ thị số 27-CT/TW của Ban Bí thư, Kế hoạch 95-KH/HU của Ban Thường vụ Huyện ủy và Hướng dẫn số 12/HD-MTTQ-BTT ngày 2/10/2013 của Ban Thường trực Ủy ban MTTQ tỉnh. Trước đại hội, dự thảo báo cáo chính trị đã được lấy ý kiến tại tất cả các xóm với 214 lượt ý kiến góp ý.
Phát biểu tại đại hội, bà Ma Thị Nguyệt đề nghị nhiệm kỳ mới Mặt trận xã chú trọng giám sát việc thực hiện các chương trình giảm nghèo, phát huy vai trò của già làng, trưởng bản, người có uy tín trong đồng bào Dao ở các xóm vùng cao.
Đại hội đã hiệp thương cử 35 ủy viên Ủy ban MTTQ xã khóa X. Tại hội nghị lần thứ nhất, đồng chí Lâm Thị Hạnh được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ xã Yên Ninh khóa X; ông Bàn Văn Sinh và bà Chu Thị Ngân được cử giữ chức Phó Chủ tịch.
Đại hội thống nhất 5 chương trình hành động, trong đó phấn đấu đến năm 2019 giảm tỷ lệ hộ nghèo xuống dưới 5%, 100% xóm có ban công tác Mặt trận hoạt động hiệu quả.
Trong phần thảo luận, nhiều ý kiến cho rằng hoạt động của một số ban công tác Mặt trận ở các xóm xa trung tâm còn hình thức, chủ yếu trông chờ vào kinh phí cấp trên; việc nắm bắt tâm tư của đồng bào Dao có lúc chưa kịp thời. Ông Triệu Văn Lộc, Trưởng ban Công tác Mặt trận xóm Khe Vàng, đề nghị xã quan tâm bồi dưỡng nghiệp vụ cho trưởng ban các xóm mới được kiện toàn.
Dịp này, đoàn đại biểu xã Yên Đổ đã đến dự, học tập kinh nghiệm trước khi tổ chức đại hội vào cuối tháng 12.
Hương Giang
Bài viết liên quan
- Đồng Hỷ hoàn thành đại hội Mặt trận cơ sở (05/12/2013)
- Hội nghị triển khai Chỉ thị của Ban Bí thư về đại hội Mặt trận các cấp (18/10/2013)
- Định Hóa: 23 khu dân cư tiêu biểu được khen thưởng (24/09/2013)
""", "2013-12-11", "Phú Lương: Đại hội điểm MTTQ cấp xã",
E("dai_hoi", None, "2013-12-10"),
[P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Quý", "Bí thư Huyện ủy Phú Lương"),
 P("Lâm Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Yên Ninh khóa X"),
 P("Bàn Văn Sinh", "Phó Chủ tịch"),
 P("Chu Thị Ngân", "Phó Chủ tịch"),
 P("Triệu Văn Lộc", "Trưởng ban Công tác Mặt trận xóm Khe Vàng")],
[Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("120 đại biểu chính thức", 120, "đại biểu chính thức"),
 Q("hơn 6.800 nhân khẩu", 6800, "nhân khẩu", "over"), Q("4 dân tộc", 4, "dân tộc"), Q("17 xóm", 17, "xóm"),
 Q("18 hộ", 18, "hộ"), Q("6.200 m2", 6200, "m2"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("14 km", 14, "km"), Q("42 nhà Đại đoàn kết", 42, "nhà Đại đoàn kết"), Q("24,5%", 24.5, "%"), Q("11,8%", 11.8, "%"),
 Q("15/17 xóm", 15, "xóm"), Q("9 công trình", 9, "công trình"), Q("2 hạng mục", 2, "hạng mục"),
 Q("214 lượt ý kiến góp ý", 214, "lượt ý kiến"), Q("35 ủy viên", 35, "ủy viên"),
 Q("5 chương trình hành động", 5, "chương trình hành động"), Q("dưới 5%", 5, "%"), Q("100% xóm", 100, "%")],
[D("Chỉ thị", "27", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 27-CT/TW"),
 D("Kế hoạch", "95", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 95-KH/HU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2013-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 2/10/2013")],
[prov("Thái Nguyên"), com("Yên Ninh"), com("Yên Đổ")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua Nghị quyết đại hội.", "Kinh, Tày, Dao, Sán Chay"],
["Cập nhật: 14:05, 11/12/2013 (GMT+7)", "lần thứ X", "nhiệm kỳ 2014 - 2019", "khóa IX", "năm 2019", "tháng 12"]))

PAGES.append(page("b9608-sonla-mttq-daihoi-tinh-2014", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Tin tức | Chính trị
08:40 | 18/07/2014
Đoàn Chủ tịch điều hành phiên khai mạc Đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Sơn La lần thứ XIII thành công tốt đẹp
Sau 2 ngày làm việc khẩn trương (16 - 17/7), Đại hội đại biểu MTTQ Việt Nam tỉnh Sơn La lần thứ XIII, nhiệm kỳ 2014 - 2019 đã hoàn thành chương trình đề ra. Dự và chỉ đạo đại hội có đồng chí Giàng A Tông, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Cầm Văn Pắn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Về dự đại hội có 310 đại biểu chính thức, đại diện cho hơn 1,1 triệu người thuộc 12 dân tộc trong tỉnh, trong đó đại biểu là người dân tộc thiểu số chiếm 71,6%, đại biểu nữ chiếm 34,2%.
Báo cáo chính trị trình đại hội khẳng định, nhiệm kỳ 2009 - 2014, Mặt trận các cấp đã vận động 8.400 hộ tái định cư của Dự án thủy điện Sơn La sớm ổn định cuộc sống; Quỹ "Vì người nghèo" vận động được 46,7 tỷ đồng, xây dựng 5.320 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm bình quân 3,5%/năm. Có 2.946 bản, tiểu khu đạt danh hiệu văn hóa.
Đại hội được tổ chức theo Chỉ thị số 27-CT/TW của Ban Bí thư và Kế hoạch 86, 87-KH/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Mặt trận các cấp. Toàn tỉnh đã hoàn thành đại hội ở 204 xã, phường, thị trấn và 11 huyện, thành phố trước ngày 30/6.
Tham luận tại đại hội, bà Lò Thị Nọi, Trưởng ban Công tác Mặt trận bản Nà Há, xã Chiềng Khoong, chia sẻ kinh nghiệm vận động bà con dồn điền, đổi thửa trồng cây ăn quả trên đất dốc; ông Sồng A Chua, người có uy tín bản Phiêng Cài, xã Tà Xùa, nêu cách vận động đồng bào Mông bỏ tục lệ lạc hậu trong cưới xin, ma chay.
Phát biểu chỉ đạo, đồng chí Giàng A Tông đề nghị Mặt trận tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, thực hiện tốt Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Đại hội đã hiệp thương cử 79 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XIII. Hội nghị lần thứ nhất của Ủy ban hiệp thương cử Ban Thường trực gồm 5 đồng chí; đồng chí Lò Thị Xuân, Tỉnh ủy viên, tái cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Vì Văn Thắng, Mùa A Sử, Đinh Thị Hằng.
Đại hội cũng bầu 16 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII.
Quàng Hạnh
Tin cùng chuyên mục
- Mai Sơn: Đại hội Mặt trận huyện nhiệm kỳ 2014 - 2019 (20/06/2014)
- Trao 100 nhà Đại đoàn kết cho hộ nghèo Sốp Cộp (12/06/2014)
- Thuận Châu tổ chức đại hội điểm MTTQ cấp xã (03/04/2014)
""", "2014-07-18", "Đại hội đại biểu MTTQ Việt Nam tỉnh Sơn La lần thứ XIII thành công tốt đẹp",
E("dai_hoi", None, "2014-07-16"),
[P("Giàng A Tông", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Cầm Văn Pắn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lò Thị Nọi", "Trưởng ban Công tác Mặt trận bản Nà Há"),
 P("Sồng A Chua", "người có uy tín bản Phiêng Cài"),
 P("Lò Thị Xuân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII"),
 P("Vì Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Sử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("310 đại biểu chính thức", 310, "đại biểu chính thức"), Q("hơn 1,1 triệu người", 1100000, "người", "over"),
 Q("12 dân tộc", 12, "dân tộc"), Q("71,6%", 71.6, "%"), Q("34,2%", 34.2, "%"),
 Q("8.400 hộ tái định cư", 8400, "hộ tái định cư"), Q("46,7 tỷ đồng", 46700000000, "đồng"),
 Q("5.320 nhà Đại đoàn kết", 5320, "nhà Đại đoàn kết"), Q("3,5%/năm", 3.5, "%"),
 Q("2.946 bản, tiểu khu", 2946, "bản, tiểu khu"), Q("204 xã, phường, thị trấn", 204, "xã, phường, thị trấn"),
 Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("79 ủy viên", 79, "ủy viên"), Q("5 đồng chí", 5, "đồng chí"),
 Q("16 đại biểu", 16, "đại biểu")],
[D("Chỉ thị", "27", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 27-CT/TW"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 86, 87-KH/TU"),
 D("Kế hoạch", "87", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 86, 87-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Tà Xùa")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Tin tức | Chính trị",
 "Đoàn Chủ tịch điều hành phiên khai mạc Đại hội.", "Vì người nghèo", "Dự án thủy điện Sơn La"],
["08:40 | 18/07/2014", "2 ngày", "lần thứ XIII", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2009 - 2014", "5 đồng chí",
 "lần thứ VIII", "ngày 30/6"]))

PAGES.append(page("b9609-travinh-xa-ngocbien-daihoi-2014", """
BÁO TRÀ VINH ONLINE
Vị trí: Trang chủ / Chính trị / Mặt trận
Ngày đăng 22/04/2014 | 15:30
Xã Ngọc Biên tổ chức Đại hội đại biểu MTTQ nhiệm kỳ 2014 - 2019
Ngày 21/4, Ủy ban MTTQ Việt Nam xã Ngọc Biên, huyện Trà Cú tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ VIII, nhiệm kỳ 2014 - 2019. Về dự có ông Kim Sô Phel, Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Thạch Thị Sa Ra, HUV, Chủ tịch Ủy ban MTTQ huyện Trà Cú; Hòa thượng Thạch Huôn, trụ trì chùa Sóc Chà cùng 115 đại biểu chính thức.
Ngọc Biên là xã đặc biệt khó khăn của tỉnh Trà Vinh thuộc Chương trình 135, có 3.870 hộ với 16.250 nhân khẩu, trong đó đồng bào Khmer chiếm 87,6%. Trên địa bàn có 6 chùa Phật giáo Nam tông Khmer với 142 sư sãi.
Hòa thượng Thạch Huôn phát biểu tại đại hội.
Nhiệm kỳ 2009 - 2014, Ủy ban MTTQ xã đã phối hợp vận động nhân dân và các nhà hảo tâm hỗ trợ xây dựng 58 căn nhà Đại đoàn kết, 24 cây cầu giao thông nông thôn với tổng trị giá trên 3,2 tỷ đồng; giúp 126 hộ nghèo vay vốn phát triển sản xuất. Tỷ lệ hộ nghèo của xã giảm từ 38,2% xuống còn 19,4%. Thực hiện Quyết định 102/2009/QĐ-TTg của Thủ tướng Chính phủ, Mặt trận đã giám sát việc cấp hỗ trợ trực tiếp cho 1.930 nhân khẩu, không để xảy ra sai sót.
Đại hội được tổ chức theo Hướng dẫn số 08/HD-MTTQ ngày 5/12/2013 của Ban Thường trực Ủy ban MTTQ tỉnh; văn kiện được dịch sang tiếng Khmer để bà con trong các phum, sóc góp ý.
Phát biểu chỉ đạo, ông Kim Sô Phel đề nghị Mặt trận xã tiếp tục phát huy vai trò các vị sư sãi, người có uy tín trong vận động đồng bào Khmer giữ gìn an ninh trật tự, cho con em đến trường, không nghe theo kẻ xấu kích động. Bà Thạch Thị Sa Ra lưu ý xã cần làm tốt việc vận động 11 hộ còn lại di dời khỏi hành lang lộ giới.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa VIII. Ông Sơn Văn Chia được hiệp thương tái cử Chủ tịch Ủy ban MTTQ xã Ngọc Biên; bà Kim Thị Phương và ông Thạch Sang được cử làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu MTTQ huyện Trà Cú lần thứ IX.
Thảo luận tại đại hội, ông Lâm Sa Rin, Trưởng ban Công tác Mặt trận ấp Sóc Chà, đề nghị tiếp tục duy trì các lớp dạy chữ Khmer hè tại chùa, vận động thanh niên không bỏ học đi làm ăn xa khi chưa có hợp đồng lao động. Bà Thạch Thị Mỹ, Chi hội trưởng Phụ nữ ấp Giồng Lớn, mong muốn Mặt trận sớm hỗ trợ bà con vốn để nuôi bò sinh sản, trồng màu trên đất giồng cát.
Đây là xã thứ 7 của huyện Trà Cú hoàn thành đại hội Mặt trận cơ sở; xã Tân Hiệp và xã Đại An sẽ tổ chức trong tuần tới.
Thạch Phol
Tin khác
- Cầu Ngang: đại hội điểm MTTQ thị trấn Mỹ Long (10/04/2014)
- Trao 80 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo (08/04/2014)
- Mặt trận tỉnh gặp mặt chức sắc các tôn giáo (02/04/2014)
""", "2014-04-22", "Xã Ngọc Biên tổ chức Đại hội đại biểu MTTQ nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-04-21"),
[P("Kim Sô Phel", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thạch Thị Sa Ra", "HUV", "Chủ tịch Ủy ban MTTQ huyện Trà Cú"),
 P("Thạch Huôn", "Hòa thượng", "trụ trì chùa Sóc Chà"),
 P("Sơn Văn Chia", "Chủ tịch Ủy ban MTTQ xã Ngọc Biên"),
 P("Kim Thị Phương", "Phó Chủ tịch"),
 P("Thạch Sang", "Phó Chủ tịch"),
 P("Lâm Sa Rin", "Trưởng ban Công tác Mặt trận ấp Sóc Chà"),
 P("Thạch Thị Mỹ", "Chi hội trưởng Phụ nữ ấp Giồng Lớn")],
[Q("115 đại biểu chính thức", 115, "đại biểu chính thức"), Q("3.870 hộ", 3870, "hộ"),
 Q("16.250 nhân khẩu", 16250, "nhân khẩu"), Q("87,6%", 87.6, "%"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("142 sư sãi", 142, "sư sãi"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"), Q("24 cây cầu giao thông nông thôn", 24, "cây cầu giao thông nông thôn"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("126 hộ nghèo", 126, "hộ nghèo"), Q("38,2%", 38.2, "%"),
 Q("19,4%", 19.4, "%"), Q("1.930 nhân khẩu", 1930, "nhân khẩu"), Q("11 hộ", 11, "hộ"), Q("31 vị", 31, "vị"),
 Q("9 đại biểu", 9, "đại biểu")],
[D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 102/2009/QĐ-TTg"),
 D("Hướng dẫn", "08", "HD-MTTQ", "2013-12-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 08/HD-MTTQ ngày 5/12/2013")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Tân Hiệp"), com("Đại An")],
["BÁO TRÀ VINH ONLINE", "Vị trí: Trang chủ / Chính trị / Mặt trận", "Hòa thượng Thạch Huôn phát biểu tại đại hội.",
 "Chương trình 135"],
["Ngày đăng 22/04/2014 | 15:30", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "lần thứ VIII", "lần thứ IX",
 "xã thứ 7", "Chương trình 135"]))

PAGES.append(page("b9610-binhdinh-mttq-tongket-2014", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Bạn đang ở: Trang chủ › Thời sự › Chính trị
Thứ Sáu, 09/01/2015 - 14:45
Ủy ban MTTQ tỉnh triển khai nhiệm vụ năm 2015
Sáng 8/1, Ủy ban MTTQ Việt Nam tỉnh Bình Định khóa X tổ chức hội nghị lần thứ 2 tổng kết công tác Mặt trận năm 2014, triển khai nhiệm vụ năm 2015. Đồng chí Đặng Văn Nhựt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; đồng chí Phạm Thị Bích Vân, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đến dự.
Toàn cảnh hội nghị. Ảnh: Ngọc Thu
Năm 2014 là năm Mặt trận các cấp tập trung tổ chức đại hội. Toàn tỉnh đã hoàn thành đại hội ở 159/159 xã, phường, thị trấn, 11/11 huyện, thị xã, thành phố và Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2014 - 2019. Qua đại hội, tỷ lệ ủy viên là người ngoài Đảng đạt 38,4%, nữ 22,7%; có 64 vị chức sắc, chức việc tôn giáo tham gia Ủy ban MTTQ các cấp.
Bên cạnh đó, Quỹ "Vì người nghèo" các cấp tiếp nhận 28,65 tỷ đồng, hỗ trợ xây mới, sửa chữa 812 nhà Đại đoàn kết; Quỹ "Vì biển, đảo Hoàng Sa, Trường Sa" tiếp nhận trên 6,1 tỷ đồng ủng hộ ngư dân bám biển. Ban Thường trực Ủy ban MTTQ tỉnh đã chủ trì 4 cuộc giám sát, tổ chức 2 hội nghị phản biện xã hội đối với dự thảo quy hoạch của UBND tỉnh.
Hội nghị đánh giá việc triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị còn lúng túng ở cấp cơ sở, nhất là việc lựa chọn nội dung giám sát.
Đồng chí Đinh Văn Lĩnh, Chủ tịch Ủy ban MTTQ xã An Toàn, huyện An Lão, cho biết sau đại hội, xã đã kiện toàn ban công tác Mặt trận ở 4 thôn, trong đó 3 trưởng ban là người Ba Na có uy tín. Ông Lê Hữu Phước, Chủ tịch Ủy ban MTTQ phường Nhơn Bình, kiến nghị sớm có hướng dẫn về kinh phí hoạt động cho ban thanh tra nhân dân.
Phát biểu tại hội nghị, đồng chí Phạm Thị Bích Vân đề nghị năm 2015, Mặt trận các cấp cụ thể hóa Nghị quyết đại hội thành chương trình công tác, tập trung vận động nhân dân tham gia góp ý văn kiện đại hội đảng bộ các cấp, tiến tới Đại hội Đảng bộ tỉnh lần thứ XIX.
Năm 2015, Ủy ban MTTQ tỉnh phấn đấu vận động Quỹ "Vì người nghèo" đạt ít nhất 25 tỷ đồng, hỗ trợ xây dựng 500 nhà Đại đoàn kết. Các đồng chí: Trần Văn Mẫn, Huỳnh Thị Bích - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày chương trình phối hợp năm 2015 và quy chế làm việc của Ủy ban khóa X.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 3 tập thể, 5 cá nhân; Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể, 27 cá nhân có thành tích trong tổ chức đại hội Mặt trận các cấp.
Hoài Thu
Tin liên quan
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X thành công tốt đẹp (26/09/2014)
- Phù Cát: trao 30 nhà Đại đoàn kết (17/12/2014)
- Mặt trận Quy Nhơn giám sát việc thu hồi đất (03/12/2014)
""", "2015-01-09", "Ủy ban MTTQ tỉnh triển khai nhiệm vụ năm 2015",
E("tong_ket", "2014", "2015-01-08"),
[P("Đặng Văn Nhựt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Bích Vân", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đinh Văn Lĩnh", "Chủ tịch Ủy ban MTTQ xã An Toàn"),
 P("Lê Hữu Phước", "Chủ tịch Ủy ban MTTQ phường Nhơn Bình"),
 P("Trần Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("159/159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"), Q("11/11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("38,4%", 38.4, "%"), Q("22,7%", 22.7, "%"), Q("64 vị chức sắc, chức việc tôn giáo", 64, "vị chức sắc, chức việc tôn giáo"),
 Q("28,65 tỷ đồng", 28650000000, "đồng"), Q("812 nhà Đại đoàn kết", 812, "nhà Đại đoàn kết"),
 Q("trên 6,1 tỷ đồng", 6100000000, "đồng", "over"), Q("4 cuộc giám sát", 4, "cuộc giám sát"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("4 thôn", 4, "thôn"), Q("3 trưởng ban", 3, "trưởng ban"),
 Q("ít nhất 25 tỷ đồng", 25000000000, "đồng", "over"), Q("500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Thời sự › Chính trị", "Toàn cảnh hội nghị. Ảnh: Ngọc Thu",
 "Vì người nghèo", "Vì biển, đảo Hoàng Sa, Trường Sa"],
["Thứ Sáu, 09/01/2015 - 14:45", "năm 2015", "lần thứ 2", "nhiệm kỳ 2014 - 2019", "lần thứ XIX"]))
