from lib import *
PAGES = []

PAGES.append(page("b8381-laocai-bdv-giaoban-q3-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Hoạt động dân vận » Tin trong tỉnh
Thứ Hai, 10/10/2011 - 09:30
Toàn cảnh hội nghị giao ban.
Giao ban công tác dân vận quý III năm 2011
Ngày 07/10/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2011. Đồng chí Vàng A Dình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Thị Vinh, Hoàng Quốc Toản và 38 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy, đảng ủy khối, trưởng các đoàn thể chính trị - xã hội tỉnh.
Báo cáo cho biết, trong quý III, Ban Dân vận các cấp đã tổ chức 46 cuộc kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại 52 xã, phường, thị trấn; phối hợp mở 27 lớp tập huấn cho 1.860 lượt cán bộ dân vận. Khối dân vận đã nắm tình hình tại 164 thôn, bản thuộc các xã vùng cao, kịp thời báo cáo 11 vụ việc phức tạp liên quan đến đất đai và 3 vụ việc truyền đạo trái pháp luật.
Công tác vận động nhân dân tham gia xây dựng nông thôn mới đạt nhiều kết quả: trong 3 tháng, nhân dân đã hiến trên 42.000 m2 đất, đóng góp 12.500 ngày công và khoảng 3,4 tỷ đồng để làm 28 km đường bê tông, 9 nhà văn hóa thôn. Mặt trận và các đoàn thể vận động xây dựng 215 căn nhà Đại đoàn kết cho hộ nghèo, tổng trị giá 6,45 tỷ đồng. Tỷ lệ hộ nghèo ở 3 huyện vùng cao giảm 2,8% so với cuối năm 2010.
Các đơn vị đã tiếp 312 lượt công dân, nhận 94 đơn thư, trong đó 81 đơn đã được giải quyết, đạt 86,2%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU ngày 12/8/2011 về tăng cường công tác vận động đồng bào Mông vùng cao; Ban cũng ban hành Hướng dẫn 05, 06-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2011–2012.
Tại hội nghị, ông Sùng Seo Chứ, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, nêu kinh nghiệm ở xã Bản Phố phát huy 126 người có uy tín trong vận động bà con không nghe theo kẻ xấu. Bà Tẩn Thị Mẩy, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị có cơ chế hỗ trợ phụ nữ dân tộc vay vốn; hiện hội đang quản lý dư nợ trên 180 tỷ đồng với khoảng 9.000 hộ vay.
Kết luận hội nghị, đồng chí Vàng A Dình yêu cầu quý IV tập trung vận động nhân dân thu hoạch vụ mùa, phòng chống rét cho gia súc, tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; thực hiện tốt Kế hoạch số 33-KH/TU của Tỉnh ủy về công tác dân vận năm 2012.
Đồng chí Vàng A Dình phát biểu kết luận giao ban.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt 6 mô hình "Dân vận khéo" (28/09/2011)
- Sa Pa tập huấn công tác dân vận cho 120 cán bộ thôn, bản (15/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (02/09/2011)
- Mường Khương: vận động đồng bào Mông định canh, định cư (20/08/2011)
""", "2011-10-10", "Giao ban công tác dân vận quý III năm 2011",
E("giao_ban", "2011-Q3", "2011-10-07"),
[P("Vàng A Dình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Quốc Toản", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Seo Chứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Tẩn Thị Mẩy", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("38 đồng chí", 38, "đồng chí"), Q("46 cuộc kiểm tra, giám sát", 46, "cuộc kiểm tra, giám sát"),
 Q("52 xã, phường, thị trấn", 52, "xã, phường, thị trấn"), Q("27 lớp tập huấn", 27, "lớp tập huấn"),
 Q("1.860 lượt cán bộ dân vận", 1860, "lượt cán bộ dân vận"), Q("164 thôn, bản", 164, "thôn, bản"),
 Q("11 vụ việc phức tạp", 11, "vụ việc phức tạp"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("trên 42.000 m2", 42000, "m2", "over"), Q("12.500 ngày công", 12500, "ngày công"),
 Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("28 km", 28, "km"), Q("9 nhà văn hóa thôn", 9, "nhà văn hóa thôn"),
 Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"), Q("6,45 tỷ đồng", 6450000000, "đồng"),
 Q("3 huyện vùng cao", 3, "huyện vùng cao"), Q("2,8%", 2.8, "%"),
 Q("312 lượt công dân", 312, "lượt công dân"), Q("94 đơn thư", 94, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("86,2%", 86.2, "%"),
 Q("126 người có uy tín", 126, "người có uy tín"), Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
 Q("khoảng 9.000 hộ", 9000, "hộ", "approx"), Q("100% khu dân cư", 100, "%")],
[D("Chỉ thị", "17", "CT/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 12/8/2011"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Hướng dẫn", "06", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Kế hoạch", "33", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 33-KH/TU của Tỉnh ủy")],
[prov("Lào Cai"), com("Bản Phố")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Hoạt động dân vận » Tin trong tỉnh", "Toàn cảnh hội nghị giao ban.",
 "Đồng chí Vàng A Dình phát biểu kết luận giao ban.", "Dân vận khéo", "Quy chế dân chủ ở cơ sở",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.204"],
["Thứ Hai, 10/10/2011 - 09:30", "38 đồng chí", "quý III", "quý IV năm 2011", "trong 3 tháng", "cuối năm 2010",
 "năm 2011–2012", "Lượt xem: 1.204"]))

PAGES.append(page("b8382-nghean-bdv-baocao-q1-2012", """
Ban Dân vận Tỉnh ủy Nghệ An - Cổng thông tin điện tử
Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
16-04-2012 08:20
Kết quả công tác dân vận quý I/2012
Theo Báo cáo số 61-BC/BDVTU ngày 10/4/2012 của Ban Dân vận Tỉnh ủy, quý I năm 2012 công tác dân vận trên địa bàn tỉnh tiếp tục có chuyển biến, tập trung vào vận động nhân dân đón Tết Nhâm Thìn an toàn, tiết kiệm và thực hiện các chương trình giảm nghèo ở vùng miền Tây.
Cán bộ dân vận huyện Kỳ Sơn nắm tình hình tại bản vùng biên. Ảnh: Hải Đăng
Về công tác tham mưu, Ban đã giúp Ban Thường vụ Tỉnh ủy ban hành Kết luận số 28-KL/TU ngày 14/2/2012 về công tác vận động đồng bào có đạo và Quy định 09, 10-QĐ/TU về trách nhiệm người đứng đầu trong tiếp dân, đối thoại. Ban Dân vận các huyện, thành, thị ủy đã chủ trì 34 cuộc khảo sát nắm tình hình dư luận xã hội; tổ chức 21 hội nghị đối thoại ở cấp xã với khoảng 2.300 người dân tham dự.
Trong quý, toàn tỉnh có 1.428 hộ đăng ký thoát nghèo; các đoàn thể tín chấp cho 6.105 hộ vay vốn với tổng dư nợ hơn 214 tỷ đồng. Mặt trận các cấp tiếp nhận ủng hộ Quỹ "Vì người nghèo" 8,72 tỷ đồng, trao 4.650 suất quà Tết, mỗi suất trị giá 300.000 đồng, cho hộ nghèo, gia đình chính sách. Nhân dân các xã miền núi hiến 18.600 m2 đất, góp 96.000 ngày công làm 41,5 km đường giao thông nông thôn; 87% thôn, bản đã xây dựng quy ước, hương ước.
Ở huyện Kỳ Sơn, Tương Dương, khối dân vận đã phối hợp đồn biên phòng vận động 37 hộ đồng bào Mông di cư tự do trở về nơi ở cũ; phát huy vai trò của 412 già làng, trưởng bản, người có uy tín. Các tổ hòa giải ở cơ sở hòa giải thành 263 vụ việc, đạt 82,4%; không để xảy ra điểm nóng.
Đánh giá về quý I, đồng chí Nguyễn Hữu Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cho rằng kết quả đạt được là nhờ sự phối hợp chặt chẽ giữa khối dân vận và chính quyền. Tuy vậy, một số nơi việc thực hiện Quy chế dân chủ còn hình thức, 16 đơn thư kéo dài chưa được giải quyết dứt điểm.
Nhiệm vụ quý II, các đồng chí Lô Văn Hoạt, Vi Thị Lan - Phó Trưởng Ban Dân vận Tỉnh ủy được phân công theo dõi các huyện miền Tây, chỉ đạo tổng kết 5 năm thực hiện Chỉ thị 11-CT/TU; đồng chí Moong Văn Khăm, Trưởng phòng Dân tộc - Tôn giáo, tham mưu hội nghị gặp mặt người có uy tín vào tháng 5/2012. Ông Xồng Bá Chư, người có uy tín bản Huồi Thum, xã Nậm Cắn, cho biết bà con trong bản đã cam kết không trồng cây thuốc phiện.
Phan Hồng
Tin cùng chuyên mục
- Quế Phong: 200 hộ vay vốn phát triển chăn nuôi (05/04/2012)
- Hội nghị tập huấn công tác dân vận chính quyền năm 2012 (28/03/2012)
- Thanh Chương ra mắt mô hình "Dân vận khéo" (19/03/2012)
""", "2012-04-16", "Kết quả công tác dân vận quý I/2012",
E("bao_cao", "2012-Q1", "2012-04-10"),
[P("Nguyễn Hữu Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Hoạt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Moong Văn Khăm", "Trưởng phòng Dân tộc - Tôn giáo"),
 P("Xồng Bá Chư", "người có uy tín bản Huồi Thum")],
[Q("34 cuộc khảo sát", 34, "cuộc khảo sát"), Q("21 hội nghị đối thoại", 21, "hội nghị đối thoại"),
 Q("khoảng 2.300 người dân", 2300, "người dân", "approx"), Q("1.428 hộ", 1428, "hộ"), Q("6.105 hộ", 6105, "hộ"),
 Q("hơn 214 tỷ đồng", 214000000000, "đồng", "over"), Q("8,72 tỷ đồng", 8720000000, "đồng"),
 Q("4.650 suất quà", 4650, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("18.600 m2", 18600, "m2"),
 Q("96.000 ngày công", 96000, "ngày công"), Q("41,5 km", 41.5, "km"), Q("87% thôn, bản", 87, "%"),
 Q("37 hộ đồng bào Mông di cư tự do", 37, "hộ đồng bào Mông di cư tự do"),
 Q("412 già làng, trưởng bản, người có uy tín", 412, "già làng, trưởng bản, người có uy tín"),
 Q("263 vụ việc", 263, "vụ việc"), Q("82,4%", 82.4, "%"), Q("16 đơn thư kéo dài", 16, "đơn thư kéo dài")],
[D("Báo cáo", "61", "BC/BDVTU", "2012-04-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 61-BC/BDVTU ngày 10/4/2012"),
 D("Kết luận", "28", "KL/TU", "2012-02-14", "Ban Thường vụ Tỉnh ủy", "Kết luận số 28-KL/TU ngày 14/2/2012"),
 D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 09, 10-QĐ/TU"),
 D("Quy định", "10", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 09, 10-QĐ/TU"),
 D("Chỉ thị", "11", "CT/TU", None, None, "Chỉ thị 11-CT/TU")],
[prov("Nghệ An"), com("Nậm Cắn")],
["Ban Dân vận Tỉnh ủy Nghệ An - Cổng thông tin điện tử", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Cán bộ dân vận huyện Kỳ Sơn nắm tình hình tại bản vùng biên.", "Vì người nghèo", "Quy chế dân chủ", "Tết Nhâm Thìn"],
["16-04-2012 08:20", "quý I năm 2012", "5 năm", "tháng 5/2012", "quý II"]))

PAGES.append(page("b8383-soctrang-bdv-giaoban-q2-2013", """
SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Bạn đang ở: Trang chủ > Tin tức > Dân vận các cấp
Cập nhật: 15:05, 12/07/2013 (GMT+7)
Vận động 1.260 hộ đồng bào Khmer chuyển đổi cây trồng
Sáng 11/7, tại hội nghị giao ban công tác dân vận quý II năm 2013, Ban Dân vận Tỉnh ủy Sóc Trăng cho biết trong 3 tháng qua khối dân vận các cấp đã vận động 1.260 hộ đồng bào Khmer chuyển từ trồng lúa kém hiệu quả sang trồng màu, nuôi trồng thủy sản, với diện tích khoảng 540 ha.
Ảnh: Quang cảnh hội nghị giao ban.
Hội nghị do đồng chí Lâm Văn Mẫn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Báo cáo do đồng chí Sơn Thị Mai Ly, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, quý II, Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 2 năm thực hiện Kết luận 42, 43-KL/TU về công tác vận động đồng bào dân tộc Khmer và về công tác dân vận trong các chùa Phật giáo Nam tông Khmer; phối hợp Ủy ban MTTQ tỉnh thăm, tặng 520 phần quà cho các sư sãi, mỗi phần 400.000 đồng, nhân lễ Chôl Chnăm Thmây.
Khối dân vận đã nắm tình hình ở 92 chùa Khmer, 27 điểm nhóm Tin lành; phối hợp giải quyết 19 vụ tranh chấp đất đai giữa các hộ, vận động 45 hộ tự nguyện tháo dỡ công trình lấn chiếm kênh thủy lợi. Các hội đoàn thể phát triển mới 3.145 hội viên, đoàn viên, trong đó có 1.020 người dân tộc Khmer; tín chấp cho 2.860 hộ vay hơn 68 tỷ đồng. Ngân hàng Chính sách xã hội giải ngân 15,3 tỷ đồng cho vay hộ nghèo theo Quyết định số 74/2008/QĐ-TTg của Thủ tướng Chính phủ.
Tham luận tại hội nghị, Đại đức Thạch Sóc Phen, trụ trì chùa Som Rông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tiếp tục hỗ trợ 14 lớp dạy chữ Khmer hè trong các chùa. Đồng chí Kim Thị Ngọc Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, báo cáo kết quả vận động 312 hộ ở xã Đại Ân 2 tham gia mô hình "Tổ nhân dân tự quản". Ông Lý Sà Khưng, người có uy tín ấp Tà Lọt, xã Viên An, nói về vai trò của người có uy tín trong hòa giải.
Kết luận hội nghị, đồng chí Lâm Văn Mẫn đề nghị quý III các huyện, thị, thành ủy tập trung vận động nhân dân thực hiện Nghị định số 41/2010/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ nông nghiệp, nông thôn; chuẩn bị tốt lễ Sene Dolta; phấn đấu 100% ấp, khóm có tổ dân vận hoạt động hiệu quả.
Tỷ lệ giải quyết đơn thư trong quý đạt 91%, tăng 6% so với cùng kỳ năm 2012.
Ngọc Trâm
Tin khác
- Mỹ Xuyên: giao ban công tác dân vận quý II (08/07/2013)
- Trao 200 suất học bổng cho học sinh Khmer nghèo (01/07/2013)
- Vĩnh Châu ra mắt 4 mô hình dân vận khéo (25/06/2013)
- Ban Dân vận Tỉnh ủy làm việc với Thị ủy Ngã Năm (18/06/2013)
""", "2013-07-12", "Vận động 1.260 hộ đồng bào Khmer chuyển đổi cây trồng",
E("giao_ban", "2013-Q2", "2013-07-11"),
[P("Lâm Văn Mẫn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Mai Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Phen", "Đại đức", "trụ trì chùa Som Rông", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Ngọc Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Lý Sà Khưng", "người có uy tín ấp Tà Lọt")],
[Q("1.260 hộ đồng bào Khmer", 1260, "hộ đồng bào Khmer"), Q("khoảng 540 ha", 540, "ha", "approx"),
 Q("520 phần quà", 520, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("92 chùa Khmer", 92, "chùa Khmer"),
 Q("27 điểm nhóm Tin lành", 27, "điểm nhóm Tin lành"), Q("19 vụ tranh chấp đất đai", 19, "vụ tranh chấp đất đai"),
 Q("45 hộ", 45, "hộ"), Q("3.145 hội viên, đoàn viên", 3145, "hội viên, đoàn viên"),
 Q("1.020 người dân tộc Khmer", 1020, "người dân tộc Khmer"), Q("2.860 hộ", 2860, "hộ"),
 Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"), Q("15,3 tỷ đồng", 15300000000, "đồng"),
 Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè"), Q("312 hộ", 312, "hộ"),
 Q("100% ấp, khóm", 100, "%"), Q("91%", 91, "%"), Q("6%", 6, "%")],
[D("Kết luận", "42", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 42, 43-KL/TU"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 42, 43-KL/TU"),
 D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 74/2008/QĐ-TTg"),
 D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 41/2010/NĐ-CP")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Viên An")],
["SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Bạn đang ở: Trang chủ > Tin tức > Dân vận các cấp",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Tổ nhân dân tự quản", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây",
 "Sene Dolta", "Ngân hàng Chính sách xã hội"],
["Cập nhật: 15:05, 12/07/2013 (GMT+7)", "quý II năm 2013", "trong 3 tháng qua", "2 năm", "cùng kỳ năm 2012"]))

PAGES.append(page("b8384-thanhhoa-bdvhu-giaoban-q1-2014", """
BÁO THANH HÓA ĐIỆN TỬ
Thời sự > Chính trị > Dân vận
08:40 | 08/04/2014
Bá Thước: Khối dân vận giao ban quý I, triển khai nhiệm vụ quý II
(Baothanhhoa.vn) - Ngày 7-4, Ban Dân vận Huyện ủy Bá Thước tổ chức giao ban khối dân vận quý I năm 2014. Dự và chỉ đạo có đồng chí Hà Văn Ngũ, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.
Theo báo cáo, quý I, khối dân vận huyện đã phối hợp tổ chức cho nhân dân 23 xã, thị trấn đón Tết Giáp Ngọ vui tươi, an toàn; trao 1.850 suất quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá gần 740 triệu đồng. Mặt trận và các đoàn thể đã tổ chức 118 buổi tuyên truyền về Luật Đất đai sửa đổi với hơn 9.400 lượt người nghe; vận động 64 hộ ở xã Lũng Niêm và xã Thành Sơn hiến 7.200 m2 đất mở rộng đường liên thôn.
Giao ban khối dân vận huyện Bá Thước quý I năm 2014.
Về xây dựng nông thôn mới, toàn huyện huy động được 4,3 tỷ đồng và 21.000 ngày công từ nhân dân; làm mới 12,6 km đường bê tông, kiên cố hóa 3,2 km kênh mương. Hội Nông dân huyện giải ngân 2,1 tỷ đồng từ Quỹ hỗ trợ nông dân cho 57 hộ; Hội LHPN vận động 320 hội viên mới, nâng tổng số lên 14.206 hội viên. Đoàn Thanh niên ra quân "Tháng Thanh niên" với 36 công trình thanh niên, trị giá khoảng 580 triệu đồng.
Công tác nắm tình hình được chú trọng: khối dân vận đã tiếp nhận 26 đơn thư, giải quyết 22 đơn; 100% vụ việc phát sinh ở cơ sở đều được hòa giải kịp thời. Huyện ủy đã ban hành Chương trình hành động số 08-CTr/HU ngày 20/2/2014 thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về công tác dân vận trong tình hình mới.
Tại hội nghị, các đồng chí Phạm Thị Thơm, Chủ tịch Hội LHPN huyện; Lò Văn Pháo, Bí thư Huyện đoàn; Trương Văn Dũng, Chủ tịch Hội Nông dân huyện và đồng chí Hà Thị Mai, Bí thư Đảng ủy xã Lũng Niêm, đã nêu những cách làm hay và khó khăn trong vận động đồng bào Mường, Thái vùng cao.
Theo đồng chí Hà Thị Mai, năm 2014 xã Lũng Niêm phấn đấu có thêm 2 thôn đạt chuẩn văn hóa; hiện xã còn 186 hộ nghèo, chiếm 17,5%. Ban Dân vận Tỉnh ủy Thanh Hóa đánh giá Bá Thước là một trong những huyện miền núi làm tốt công tác vận động đồng bào dân tộc thiểu số hiến đất làm đường, giữ gìn bản sắc văn hóa.
Phát biểu kết luận, đồng chí Hà Văn Ngũ yêu cầu quý II khối dân vận tập trung tuyên truyền đại hội Mặt trận cấp xã nhiệm kỳ 2014-2019, phấn đấu 100% xã hoàn thành đại hội trước 30/6; nhân rộng mô hình "Dân vận khéo" ở 5 xã điểm nông thôn mới.
Lê Hà (Cộng tác viên)
Tin liên quan
- Thọ Xuân: giao ban công tác dân vận quý I (04/04/2014)
- Hội nghị trực tuyến triển khai Kết luận 43-KL/TW (31/03/2014)
- Quan Hóa vận động nhân dân hiến đất làm đường (22/03/2014)
""", "2014-04-08", "Bá Thước: Khối dân vận giao ban quý I, triển khai nhiệm vụ quý II",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Hà Văn Ngũ", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Thị Thơm", "Chủ tịch Hội LHPN huyện"), P("Lò Văn Pháo", "Bí thư Huyện đoàn"),
 P("Trương Văn Dũng", "Chủ tịch Hội Nông dân huyện"), P("Hà Thị Mai", "Bí thư Đảng ủy xã Lũng Niêm")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("1.850 suất quà", 1850, "suất quà"),
 Q("gần 740 triệu đồng", 740000000, "đồng", "approx"), Q("118 buổi tuyên truyền", 118, "buổi tuyên truyền"),
 Q("hơn 9.400 lượt người nghe", 9400, "lượt người nghe", "over"), Q("64 hộ", 64, "hộ"), Q("7.200 m2", 7200, "m2"),
 Q("4,3 tỷ đồng", 4300000000, "đồng"), Q("21.000 ngày công", 21000, "ngày công"), Q("12,6 km", 12.6, "km"),
 Q("3,2 km", 3.2, "km"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("57 hộ", 57, "hộ"),
 Q("320 hội viên mới", 320, "hội viên mới"), Q("14.206 hội viên", 14206, "hội viên"),
 Q("36 công trình thanh niên", 36, "công trình thanh niên"), Q("khoảng 580 triệu đồng", 580000000, "đồng", "approx"),
 Q("26 đơn thư", 26, "đơn thư"), Q("22 đơn", 22, "đơn"), Q("100% vụ việc", 100, "%"), Q("100% xã", 100, "%"),
 Q("5 xã điểm nông thôn mới", 5, "xã điểm nông thôn mới"), Q("2 thôn", 2, "thôn"), Q("186 hộ nghèo", 186, "hộ nghèo"),
 Q("17,5%", 17.5, "%")],
[D("Chương trình hành động", "08", "CTr/HU", "2014-02-20", "Huyện ủy", "Chương trình hành động số 08-CTr/HU ngày 20/2/2014"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW của BCH Trung ương")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thành Sơn")],
["BÁO THANH HÓA ĐIỆN TỬ", "Thời sự > Chính trị > Dân vận", "(Baothanhhoa.vn)", "Giao ban khối dân vận huyện Bá Thước quý I năm 2014.",
 "Tháng Thanh niên", "Dân vận khéo", "Luật Đất đai", "Quỹ hỗ trợ nông dân", "Tết Giáp Ngọ"],
["08:40 | 08/04/2014", "Ngày 7-4", "quý I năm 2014", "nhiệm kỳ 2014-2019", "30/6"]))

PAGES.append(page("b8385-gialai-bdv-giaoban-q3-2015", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ :: Tin tức :: Hoạt động dân vận
Thứ Tư, 14/10/2015 | 10:15
Đồng chí Rơ Mah Khuyên chủ trì hội nghị.
Gia Lai: Giao ban khối dân vận quý III/2015
Chiều 13/10, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban khối dân vận quý III/2015. Đồng chí Rơ Mah Khuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Ksor H'Bin, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo các hội, đoàn thể tỉnh.
Theo báo cáo, trong quý III, khối dân vận các cấp đã tổ chức 412 buổi tuyên truyền tại các làng đồng bào dân tộc thiểu số với trên 25.000 lượt người nghe; phối hợp vận động 168 hộ theo "Tin lành Đê Ga" từ bỏ sinh hoạt bất hợp pháp, 53 đối tượng cốt cán ra đầu thú. Toàn tỉnh có 1.136 người có uy tín được bồi dưỡng, cung cấp thông tin; 100% làng có tổ tự quản về an ninh trật tự.
Phong trào xây dựng nông thôn mới được đẩy mạnh: nhân dân góp 7,8 tỷ đồng, hiến 36.500 m2 đất, 48.000 ngày công; đã bê tông hóa 54 km đường làng. Hội Nông dân tỉnh phối hợp Ngân hàng Chính sách xã hội giải ngân cho 2.410 hộ vay với tổng số tiền gần 61 tỷ đồng; 315 hộ đồng bào Jrai, Ba Na được hỗ trợ bò giống, mỗi hộ 1 con.
Tỷ lệ hộ nghèo toàn tỉnh ước giảm 1,6%; riêng 5 huyện nghèo giảm từ 2,5 đến 3%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 124, 125-KH/TU triển khai Nghị quyết 76/2014/QH13 của Quốc hội về đẩy mạnh giảm nghèo bền vững; phối hợp kiểm tra việc thực hiện Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ tại 12 xã.
Tại hội nghị, các đồng chí Siu Thơm, Puih H'Nel - HUV, Trưởng Ban Dân vận Huyện ủy, lần lượt báo cáo kết quả vận động đồng bào ở hai huyện Chư Prông, Ia Grai; đồng chí Nay Phi, Bí thư Đảng ủy xã Ia Mơ, đề xuất tăng phụ cấp cho 46 tổ dân vận thôn, làng. Già làng Rah Lan Bí, làng Plei Ring, xã Ia Dêr, kể lại việc vận động 9 thanh niên trong làng bỏ nghe theo kẻ xấu.
Đồng chí Ksor H'Bin thông tin, trong quý, Mặt trận các cấp đã tiếp nhận Quỹ "Vì người nghèo" 3,25 tỷ đồng, hỗ trợ xây mới 87 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số; còn khoảng 30 căn đang thi công, dự kiến bàn giao trước Tết.
Kết luận hội nghị, đồng chí Rơ Mah Khuyên yêu cầu quý IV tổ chức tốt Ngày hội Đại đoàn kết ở 1.600 khu dân cư, chuẩn bị tổng kết 10 năm phong trào, nắm chắc tình hình dịp Đại hội Đảng bộ tỉnh lần thứ XV.
H'Linh
Lượt xem: 2.018
Tin khác
- Ia Pa: ra mắt 3 làng văn hóa (08/10/2015)
- Ban Dân vận Tỉnh ủy thăm hỏi già làng tiêu biểu (30/09/2015)
- Chư Sê sơ kết 2 năm thực hiện Quyết định 1716 (22/09/2015)
- Đức Cơ: 40 hộ đồng bào Jrai hiến đất làm đường (14/09/2015)
""", "2015-10-14", "Gia Lai: Giao ban khối dân vận quý III/2015",
E("giao_ban", "2015-Q3", "2015-10-13"),
[P("Rơ Mah Khuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bin", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thơm", "HUV", "Trưởng Ban Dân vận Huyện ủy"), P("Puih H'Nel", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nay Phi", "Bí thư Đảng ủy xã Ia Mơ"), P("Rah Lan Bí", "Già làng")],
[Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"), Q("trên 25.000 lượt người nghe", 25000, "lượt người nghe", "over"),
 Q("168 hộ", 168, "hộ"), Q("53 đối tượng cốt cán", 53, "đối tượng cốt cán"),
 Q("1.136 người có uy tín", 1136, "người có uy tín"), Q("100% làng", 100, "%"),
 Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("36.500 m2", 36500, "m2"), Q("48.000 ngày công", 48000, "ngày công"),
 Q("54 km", 54, "km"), Q("2.410 hộ", 2410, "hộ"), Q("gần 61 tỷ đồng", 61000000000, "đồng", "approx"),
 Q("315 hộ đồng bào Jrai, Ba Na", 315, "hộ đồng bào Jrai, Ba Na"), Q("1,6%", 1.6, "%"),
 Q("5 huyện nghèo", 5, "huyện nghèo"), Q("2,5 đến 3%", 2.5, "%"), Q("2,5 đến 3%", 3, "%"),
 Q("12 xã", 12, "xã"), Q("46 tổ dân vận thôn, làng", 46, "tổ dân vận thôn, làng"), Q("9 thanh niên", 9, "thanh niên"),
 Q("1.600 khu dân cư", 1600, "khu dân cư"), Q("3,25 tỷ đồng", 3250000000, "đồng"),
 Q("87 căn nhà Đại đoàn kết", 87, "căn nhà Đại đoàn kết"), Q("khoảng 30 căn", 30, "căn", "approx")],
[D("Kế hoạch", "124", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 124, 125-KH/TU"),
 D("Kế hoạch", "125", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 124, 125-KH/TU"),
 D("Nghị quyết", "76", "2014/QH13", None, "Quốc hội", "Nghị quyết 76/2014/QH13 của Quốc hội"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Mơ"), com("Ia Dêr")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ :: Tin tức :: Hoạt động dân vận", "Đồng chí Rơ Mah Khuyên chủ trì hội nghị.",
 "Tin lành Đê Ga", "Ngày hội Đại đoàn kết", "Vì người nghèo", "Ngân hàng Chính sách xã hội", "Lượt xem: 2.018"],
["Thứ Tư, 14/10/2015 | 10:15", "quý III/2015", "1 con", "10 năm", "lần thứ XV", "Lượt xem: 2.018"]))

PAGES.append(page("b8386-camau-bdv-giaoban-q3-2016", """
Ban Dân vận Tỉnh ủy Cà Mau
Tin tức | Hoạt động Ban Dân vận | Giao ban
Ngày đăng 11/10/2016 | 15:40
Hôm nay: Thứ Sáu, 14/10/2016
Khối dân vận tỉnh Cà Mau giao ban quý III/2016
Sáng 10/10/2016, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban khối dân vận quý III/2016, đánh giá kết quả 9 tháng và bàn nhiệm vụ trọng tâm quý IV. Đồng chí Trần Thị Bé Năm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 45 đại biểu đại diện Ban Dân vận các huyện ủy, thành ủy và các đảng ủy trực thuộc.
Quang cảnh hội nghị. Ảnh: Kim Cương
Báo cáo nêu rõ, trong quý III, khối dân vận đã phối hợp tổ chức 286 cuộc tuyên truyền, vận động nhân dân phòng, chống hạn, xâm nhập mặn với trên 17.000 lượt người tham dự. Mặt trận và các đoàn thể vận động xây dựng 134 căn nhà "Mái ấm tình thương", tổng trị giá hơn 5,4 tỷ đồng; trợ cấp cho 2.150 hộ bị thiệt hại do hạn mặn, mỗi hộ 500.000 đồng.
Về công tác dân vận chính quyền, UBND các cấp đã tổ chức 48 cuộc đối thoại với người dân; tiếp 1.095 lượt công dân, nhận 406 đơn, đã giải quyết 371 đơn, đạt 91,4%. Có 61 cơ quan, đơn vị đăng ký thi đua "Dân vận khéo" với 213 mô hình, trong đó 38 mô hình tiêu biểu được biểu dương. Ban Dân vận Tỉnh ủy chủ trì khảo sát việc thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị tại 9 xã, thị trấn.
Trong quý, Hội Cựu chiến binh tỉnh vận động hội viên giúp nhau 1.240 ngày công, cho mượn không lãi gần 900 triệu đồng; Hội Nông dân hướng dẫn 3.500 lượt hội viên ứng dụng tiến bộ kỹ thuật vào sản xuất.
Về công tác dân tộc, tôn giáo, khối dân vận đã thăm 27 chùa Khmer, 19 cơ sở thờ tự Cao Đài, tặng 850 phần quà cho đồng bào Khmer nghèo dịp lễ Sene Dolta. Đồng chí Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, cho biết huyện đã vận động được 112 hộ đồng bào Khmer chuyển đổi sang mô hình tôm - lúa, thu nhập bình quân đạt 70 triệu đồng/ha/năm.
Các đồng chí Lê Hoàng Phúc, Nguyễn Thị Ngọc Diễm - Phó Trưởng Ban Dân vận Tỉnh ủy phân tích một số hạn chế: 14% số xã chưa duy trì giao ban dân vận định kỳ; việc giải quyết 35 vụ việc khiếu nại đông người còn chậm. Đồng chí Trịnh Văn Hải, Bí thư Đảng ủy xã Khánh Bình Tây, đề nghị bổ sung kinh phí hoạt động cho tổ dân vận ấp.
Kết luận, đồng chí Trần Thị Bé Năm yêu cầu quý IV thực hiện tốt Kế hoạch số 58-KH/TU của Tỉnh ủy về bầu cử Hội đồng nhân dân xã bổ sung; tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% ấp, khóm.
Thanh Nhàn
Các tin khác
- U Minh: 10 năm thực hiện Quy chế dân chủ ở cơ sở (04/10/2016)
- Đầm Dơi giao ban dân vận 9 tháng (30/09/2016)
- Thới Bình vận động hiến đất xây trường (21/09/2016)
""", "2016-10-11", "Khối dân vận tỉnh Cà Mau giao ban quý III/2016",
E("giao_ban", "2016-Q3", "2016-10-10"),
[P("Trần Thị Bé Năm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Lê Hoàng Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Thị Ngọc Diễm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Hải", "Bí thư Đảng ủy xã Khánh Bình Tây")],
[Q("45 đại biểu", 45, "đại biểu"), Q("286 cuộc tuyên truyền, vận động", 286, "cuộc tuyên truyền, vận động"),
 Q("trên 17.000 lượt người", 17000, "lượt người", "over"), Q("134 căn nhà", 134, "căn nhà"),
 Q("hơn 5,4 tỷ đồng", 5400000000, "đồng", "over"), Q("2.150 hộ", 2150, "hộ"), Q("500.000 đồng", 500000, "đồng"),
 Q("48 cuộc đối thoại", 48, "cuộc đối thoại"), Q("1.095 lượt công dân", 1095, "lượt công dân"), Q("406 đơn", 406, "đơn"),
 Q("371 đơn", 371, "đơn"), Q("91,4%", 91.4, "%"), Q("61 cơ quan, đơn vị", 61, "cơ quan, đơn vị"),
 Q("213 mô hình", 213, "mô hình"), Q("38 mô hình tiêu biểu", 38, "mô hình tiêu biểu"), Q("9 xã, thị trấn", 9, "xã, thị trấn"),
 Q("27 chùa Khmer", 27, "chùa Khmer"), Q("19 cơ sở thờ tự Cao Đài", 19, "cơ sở thờ tự Cao Đài"),
 Q("850 phần quà", 850, "phần quà"), Q("112 hộ đồng bào Khmer", 112, "hộ đồng bào Khmer"),
 Q("70 triệu đồng/ha/năm", 70000000, "đồng"), Q("14% số xã", 14, "%"),
 Q("35 vụ việc khiếu nại đông người", 35, "vụ việc khiếu nại đông người"), Q("100% ấp, khóm", 100, "%"),
 Q("1.240 ngày công", 1240, "ngày công"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("3.500 lượt hội viên", 3500, "lượt hội viên")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "58", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 58-KH/TU của Tỉnh ủy")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Ban Dân vận Tỉnh ủy Cà Mau", "Tin tức | Hoạt động Ban Dân vận | Giao ban", "Quang cảnh hội nghị. Ảnh: Kim Cương",
 "Mái ấm tình thương", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Hôm nay: Thứ Sáu, 14/10/2016", "Sene Dolta"],
["Ngày đăng 11/10/2016 | 15:40", "Hôm nay: Thứ Sáu, 14/10/2016", "9 tháng", "quý III/2016", "quý IV"]))
