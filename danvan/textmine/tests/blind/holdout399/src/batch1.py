from lib import *
PAGES = []

PAGES.append(page("b9533-langson-mttq-gopy-luat-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh
Thứ Sáu, 18/11/2011 - 09:30
Quang cảnh hội nghị. Ảnh: Hoàng Lan
Lạng Sơn: Lấy ý kiến nhân dân vào dự thảo Luật Phổ biến, giáo dục pháp luật
Ngày 16/11/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị góp ý dự thảo Luật Phổ biến, giáo dục pháp luật và dự thảo Luật Hòa giải ở cơ sở. Đồng chí Hoàng Văn Pảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 65 đại biểu là ủy viên Ủy ban MTTQ tỉnh, đại diện các tổ chức thành viên, các luật gia, già làng, trưởng bản và người có uy tín.
Thực hiện Công văn số 1186/MTTW-BTT ngày 20/10/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc tổ chức lấy ý kiến các dự án luật trình Quốc hội khóa XIII, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 42/KH-MTTQ ngày 28/10/2011, gửi dự thảo đến 11 huyện, thành phố và 226 xã, phường, thị trấn để lấy ý kiến rộng rãi trong nhân dân.
Tại hội nghị, các đại biểu tập trung góp ý vào phạm vi điều chỉnh, trách nhiệm của cơ quan, tổ chức trong phổ biến pháp luật; đề nghị bổ sung quy định tuyên truyền pháp luật bằng tiếng Tày, Nùng, Dao cho đồng bào vùng cao. Ông Lương Văn Thắng, Chủ tịch Hội Luật gia tỉnh, cho rằng dự thảo cần quy định rõ kinh phí cho đội ngũ báo cáo viên ở cấp xã; hiện cả tỉnh mới có 312 tuyên truyền viên pháp luật, phần lớn làm kiêm nhiệm, chưa được bồi dưỡng nghiệp vụ.
Ông Vi Văn Chắn, người có uy tín thôn Khòn Pát, xã Tân Thành, đề nghị luật nên khuyến khích lồng ghép phổ biến pháp luật vào sinh hoạt thôn bản, hội chợ, phiên chợ vùng cao, "vì bà con đi họp ít nhưng đi chợ thì đông".
Về dự thảo Luật Hòa giải ở cơ sở, bà Nông Thị Hoa, Trưởng Ban Công tác Mặt trận khối 4, phường Chi Lăng, đề nghị làm rõ vai trò của Ban Công tác Mặt trận trong việc kiện toàn tổ hòa giải. Theo số liệu của Sở Tư pháp, toàn tỉnh có 1.655 tổ hòa giải với hơn 9.800 hòa giải viên; năm 2010 các tổ đã hòa giải thành 1.137 vụ việc, đạt 83,6% số vụ việc tiếp nhận. Nhiều ý kiến đề nghị mức thù lao cho hòa giải viên không dưới 100.000 đồng/vụ việc để động viên những người làm công tác này.
Bà Chu Thị Mai, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, tiếp thu và giải trình một số nội dung đại biểu quan tâm, đồng thời đề nghị các huyện gửi bằng văn bản những ý kiến chưa kịp phát biểu.
Kết luận hội nghị, đồng chí Hoàng Văn Pảo ghi nhận 47 ý kiến góp ý tâm huyết, sát thực tế; giao Ban Dân chủ - Pháp luật tổng hợp đầy đủ, báo cáo Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/11/2011 để tổng hợp gửi Quốc hội.
Hoàng Lan
Lượt xem: 512
Tin liên quan
- Cao Lộc: Hội nghị Ủy ban MTTQ huyện lần thứ 5 (10/11/2011)
- Hơn 4.000 hộ đăng ký "Gia đình văn hóa" ở Văn Quan (03/11/2011)
- Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Ba Sơn (28/10/2011)
- Lấy ý kiến góp ý dự thảo Luật Thủ đô (14/10/2011)
""", "2011-11-18", "Lạng Sơn: Lấy ý kiến nhân dân vào dự thảo Luật Phổ biến, giáo dục pháp luật",
E("hoi_nghi", None, "2011-11-16"),
[P("Hoàng Văn Pảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Thắng", "Chủ tịch Hội Luật gia tỉnh"),
 P("Vi Văn Chắn", "người có uy tín thôn Khòn Pát"),
 P("Nông Thị Hoa", "Trưởng Ban Công tác Mặt trận khối 4"),
 P("Chu Thị Mai", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("226 xã, phường, thị trấn", 226, "xã, phường, thị trấn"), Q("312 tuyên truyền viên pháp luật", 312, "tuyên truyền viên pháp luật"),
 Q("1.655 tổ hòa giải", 1655, "tổ hòa giải"), Q("hơn 9.800 hòa giải viên", 9800, "hòa giải viên", "over"),
 Q("1.137 vụ việc", 1137, "vụ việc"), Q("83,6%", 83.6, "%"), Q("không dưới 100.000 đồng", 100000, "đồng", "over"),
 Q("47 ý kiến góp ý", 47, "ý kiến")],
[D("Công văn", "1186", "MTTW-BTT", "2011-10-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 1186/MTTW-BTT ngày 20/10/2011"),
 D("Kế hoạch", "42", "KH-MTTQ", "2011-10-28", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 42/KH-MTTQ ngày 28/10/2011")],
[prov("Lạng Sơn"), com("Tân Thành"), com("Chi Lăng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh",
 "Quang cảnh hội nghị. Ảnh: Hoàng Lan", "Lượt xem: 512", "Luật Phổ biến, giáo dục pháp luật", "Luật Hòa giải ở cơ sở", "Sở Tư pháp"],
["Thứ Sáu, 18/11/2011 - 09:30", "khóa XIII", "năm 2010", "Lượt xem: 512", "khối 4", "ngày 25/11/2011"]))

PAGES.append(page("b9534-binhdinh-hnd-gopy-luatdatdai-2012", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự | Chính trị - Xã hội | Nông nghiệp - Nông thôn | Kinh tế | Văn hóa
Tin tức > Chính trị - Xã hội
Nông dân góp ý dự thảo Luật Đất đai (sửa đổi): Mong thời hạn giao đất dài hơn
Cập nhật: 08:40, 05/10/2012 (GMT+7)
(BĐ) - Sáng 4/10, Hội Nông dân tỉnh tổ chức hội nghị lấy ý kiến hội viên, nông dân đóng góp vào dự thảo Luật Đất đai (sửa đổi). Bà Lê Thị Thu Ba, Phó Chủ tịch Thường trực Hội Nông dân tỉnh chủ trì; hơn 120 hội viên nông dân tiêu biểu từ các huyện, thị xã, thành phố tham dự.
Nông dân xã Cát Hanh phát biểu góp ý tại hội nghị. Ảnh: Ngọc Thanh
Theo bà Lê Thị Thu Ba, thực hiện công văn số 215-CV/HNDT của Ban Thường vụ Hội Nông dân tỉnh, từ tháng 8 đến nay các cơ sở hội đã tổ chức 38 buổi sinh hoạt chuyên đề lấy ý kiến hội viên. Việc góp ý nhằm cụ thể hóa Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW ngày 3/12/2009 của Ban Bí thư về vai trò của Hội Nông dân trong phát triển nông nghiệp.
Phần lớn ý kiến tập trung vào thời hạn giao đất nông nghiệp. Ông Hồ Văn Chiêm, Chủ tịch Hội Nông dân xã Cát Hanh, đề nghị nâng thời hạn giao đất trồng cây hằng năm từ 20 năm lên 50 năm để nông dân yên tâm đầu tư thâm canh. Nhiều ý kiến đề nghị giữ hạn mức giao đất 3 ha đối với vùng đồng bằng nhưng mở rộng hạn mức nhận chuyển quyền để hình thành cánh đồng mẫu lớn.
Về bồi thường khi Nhà nước thu hồi đất, ông Đinh Văn Lốc, Chủ tịch Hội Nông dân huyện Vĩnh Thạnh, dẫn chứng: trong 3 năm qua, trên địa bàn tỉnh Bình Định có 1.320 hộ bị thu hồi đất sản xuất cho các dự án, nhưng giá bồi thường nhiều nơi chỉ bằng khoảng 40% giá thị trường. "Đồng bào Bana ở Vĩnh Thạnh mất đất rẫy thì rất khó chuyển nghề, luật cần quy định rõ trách nhiệm đào tạo nghề, tạo việc làm", ông nói.
Bà Trương Thị Bích Ngân, nông dân thôn Mỹ Thạnh, xã Phước Thắng, đề nghị công khai quy hoạch sử dụng đất tới từng thôn để người dân biết và giám sát. Ông Trần Đình Khôi, Phó Giám đốc Sở Tài nguyên và Môi trường, giải đáp thêm những vấn đề về cấp giấy chứng nhận quyền sử dụng đất; cho biết đến nay toàn tỉnh đã cấp giấy chứng nhận đạt 91,5% diện tích đất nông nghiệp.
Kết thúc hội nghị, Hội Nông dân tỉnh đã tổng hợp 56 ý kiến để gửi Trung ương Hội Nông dân Việt Nam. Bà Lê Thị Thu Ba đề nghị các cấp hội tiếp tục tuyên truyền để hội viên hiểu đúng, góp ý đúng vào dự thảo khi được lấy ý kiến rộng rãi trong nhân dân.
NGỌC THANH
Lượt đọc: 1.208
Các tin đã đưa
- Hội Nông dân tỉnh sơ kết 9 tháng (28/9/2012)
- Phù Mỹ: Xây dựng 12 câu lạc bộ nông dân với pháp luật (20/9/2012)
- Hơn 2.500 hộ nông dân sản xuất, kinh doanh giỏi được biểu dương (11/9/2012)
- Tây Sơn: Tập huấn kỹ năng hòa giải ở cơ sở (05/9/2012)
""", "2012-10-05", "Nông dân góp ý dự thảo Luật Đất đai (sửa đổi): Mong thời hạn giao đất dài hơn",
E("hoi_nghi", None, "2012-10-04"),
[P("Lê Thị Thu Ba", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Hồ Văn Chiêm", "Chủ tịch Hội Nông dân xã Cát Hanh"),
 P("Đinh Văn Lốc", "Chủ tịch Hội Nông dân huyện Vĩnh Thạnh"),
 P("Trương Thị Bích Ngân", "nông dân thôn Mỹ Thạnh"),
 P("Trần Đình Khôi", "Phó Giám đốc Sở Tài nguyên và Môi trường")],
[Q("hơn 120 hội viên nông dân tiêu biểu", 120, "hội viên nông dân tiêu biểu", "over"),
 Q("38 buổi sinh hoạt chuyên đề", 38, "buổi sinh hoạt chuyên đề"), Q("3 ha", 3, "ha"),
 Q("1.320 hộ", 1320, "hộ"), Q("khoảng 40%", 40, "%", "approx"), Q("91,5%", 91.5, "%"), Q("56 ý kiến", 56, "ý kiến")],
[D("Công văn", "215", "CV/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "công văn số 215-CV/HNDT"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận 61-KL/TW ngày 3/12/2009")],
[prov("Bình Định"), com("Cát Hanh"), com("Phước Thắng")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự | Chính trị - Xã hội | Nông nghiệp - Nông thôn | Kinh tế | Văn hóa", "Tin tức > Chính trị - Xã hội",
 "Nông dân xã Cát Hanh phát biểu góp ý tại hội nghị. Ảnh: Ngọc Thanh", "(BĐ)", "Lượt đọc: 1.208", "Luật Đất đai (sửa đổi)", "Sở Tài nguyên và Môi trường"],
["Cập nhật: 08:40, 05/10/2012 (GMT+7)", "20 năm", "50 năm", "3 năm qua", "Lượt đọc: 1.208"]))

PAGES.append(page("b9535-thanhhoa-mttq-gopy-hienphap-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Góp ý sửa đổi Hiến pháp
08:15 | 28/03/2013
Đại biểu chức sắc tôn giáo phát biểu tại hội nghị.
Hơn 2,1 triệu lượt ý kiến góp ý dự thảo sửa đổi Hiến pháp năm 1992
Chiều 26/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến của các vị chức sắc tôn giáo, người có uy tín, trí thức và đại diện các dân tộc vào dự thảo sửa đổi Hiến pháp năm 1992. Đồng chí Lê Văn Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; 150 đại biểu tham dự.
Thực hiện Nghị quyết số 38/2012/QH13 của Quốc hội về tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992 và Kế hoạch số 12/KH-UBND ngày 30/1/2013 của UBND tỉnh, MTTQ các cấp đã phối hợp tổ chức lấy ý kiến ở 27 huyện, thị xã, thành phố và 637 xã, phường, thị trấn. Tính đến ngày 25/3, toàn tỉnh đã thu được hơn 2,1 triệu lượt ý kiến góp ý, trong đó có trên 14.000 ý kiến bằng văn bản.
Tại hội nghị, Đại đức Thích Minh Quang, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị giữ quy định về quyền tự do tín ngưỡng, tôn giáo, đồng thời bổ sung trách nhiệm của Nhà nước trong bảo vệ cơ sở thờ tự. Linh mục Giuse Trịnh Văn Hậu, Quản xứ giáo xứ Ba Chạ, nhất trí với việc đưa quyền con người thành một chương riêng và đề nghị diễn đạt ngắn gọn, dễ hiểu để người dân dễ tiếp cận.
Ông Lò Văn Thiên, người có uy tín bản Na Mèo, xã Na Mèo, cho rằng Hiến pháp cần khẳng định chính sách ưu tiên phát triển vùng đồng bào dân tộc thiểu số, miền núi, biên giới. Bà Hà Thị Ngoan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị bổ sung quy định bảo đảm bình đẳng giới trong tham gia quản lý nhà nước.
Nhiều ý kiến đề nghị quy định rõ vị trí, vai trò của Mặt trận Tổ quốc Việt Nam trong giám sát và phản biện xã hội. PGS.TS. Phạm Văn Tường, nguyên Phó Giám đốc Trường Chính trị tỉnh, cho rằng cần có cơ chế để ý kiến phản biện của Mặt trận được cơ quan nhà nước tiếp thu, phản hồi bằng văn bản.
Phát biểu kết luận, đồng chí Lê Văn Thịnh cảm ơn 23 ý kiến phát biểu tại hội nghị, đề nghị Ban Dân chủ - Pháp luật tổng hợp đầy đủ để báo cáo Ủy ban Trung ương MTTQ Việt Nam và Hội đồng nhân dân tỉnh trước ngày 31/3/2013.
Minh Hiếu
Số lượt đọc: 964
Tin liên quan
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa VII (15/03/2013)
- Mường Lát: Góp ý dự thảo sửa đổi Hiến pháp ở các bản vùng biên (08/03/2013)
- Trao 300 suất quà cho hộ nghèo đồng bào công giáo (05/02/2013)
- Triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (22/01/2013)
""", "2013-03-28", "Hơn 2,1 triệu lượt ý kiến góp ý dự thảo sửa đổi Hiến pháp năm 1992",
E("hoi_nghi", None, "2013-03-26"),
[P("Lê Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Quang", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trịnh Văn Hậu", "Linh mục", "Quản xứ giáo xứ Ba Chạ"),
 P("Lò Văn Thiên", "người có uy tín bản Na Mèo"),
 P("Hà Thị Ngoan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phạm Văn Tường", "PGS.TS.", "nguyên Phó Giám đốc Trường Chính trị tỉnh")],
[Q("Hơn 2,1 triệu lượt ý kiến góp ý", 2100000, "lượt ý kiến", "over"), Q("150 đại biểu", 150, "đại biểu"),
 Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
 Q("trên 14.000 ý kiến bằng văn bản", 14000, "ý kiến", "over"), Q("23 ý kiến phát biểu", 23, "ý kiến")],
[D("Nghị quyết", "38", "2012/QH13", None, "Quốc hội", "Nghị quyết số 38/2012/QH13"),
 D("Kế hoạch", "12", "KH-UBND", "2013-01-30", "UBND tỉnh", "Kế hoạch số 12/KH-UBND ngày 30/1/2013")],
[prov("Thanh Hóa"), com("Na Mèo")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Góp ý sửa đổi Hiến pháp",
 "Đại biểu chức sắc tôn giáo phát biểu tại hội nghị.", "Số lượt đọc: 964", "Hiến pháp năm 1992", "Mặt trận Tổ quốc Việt Nam"],
["08:15 | 28/03/2013", "năm 1992", "ngày 25/3", "ngày 31/3/2013", "Số lượt đọc: 964"]))

PAGES.append(page("b9536-soctrang-bdv-quantriet-217-218-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Giới thiệu | Tin hoạt động | Văn bản | Dân vận khéo | Liên hệ
Thứ năm, 17/04/2014 | 10:05
Vị trí: Trang chủ :: Tin hoạt động
Đồng chí Kim Sà Rươl phát biểu chỉ đạo hội nghị.
Quán triệt quy định về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền
Ngày 15/4/2014, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt, triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; về việc Mặt trận Tổ quốc, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Hơn 300 đại biểu dự tại 11 điểm cầu.
Đồng chí Kim Sà Rươl, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, quán triệt những nội dung cơ bản của hai quy định và Kế hoạch số 95-KH/TU ngày 10/3/2014 của Ban Thường vụ Tỉnh ủy về thực hiện các quy định này. Theo đó, từ nay mỗi năm Ủy ban MTTQ tỉnh Sóc Trăng chủ trì ít nhất 2 hội nghị phản biện xã hội đối với dự thảo nghị quyết, đề án của tỉnh; cấp huyện ít nhất 1 hội nghị.
Đồng chí Lý Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết năm 2013 Mặt trận và các đoàn thể đã tham gia góp ý 18 dự thảo văn bản của HĐND, UBND tỉnh; tổ chức 4 hội nghị phản biện về chính sách hỗ trợ đồng bào Khmer, chương trình nông thôn mới và chuyển đổi cơ cấu cây trồng. Tuy nhiên, việc phản biện còn lúng túng, chủ yếu lồng ghép trong góp ý, thiếu chuyên gia.
Thượng tọa Thạch Sô Phanh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị Mặt trận mời thêm đại diện các chùa Phật giáo Nam tông Khmer tham gia góp ý vì chư tăng gần gũi, có uy tín với đồng bào phum, sóc. Ông Danh Sang, Bí thư Đảng ủy xã Viên Bình, kiến nghị sớm có hướng dẫn cụ thể cho cấp xã, nhất là cách lấy ý kiến nhân dân về cán bộ, đảng viên nơi cư trú.
Bà Trần Thị Ngọc Sương, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Hướng dẫn số 04-HD/BDVTU về quy trình tổ chức hội nghị phản biện xã hội ở cấp huyện, xã, gồm 5 bước từ lựa chọn nội dung đến theo dõi việc tiếp thu của cơ quan soạn thảo.
Kết luận hội nghị, đồng chí Kim Sà Rươl yêu cầu các huyện ủy, thị ủy, thành ủy hoàn thành việc quán triệt đến chi bộ trước ngày 30/5/2014; các tổ chức cơ sở đảng phải xem việc tiếp nhận ý kiến góp ý của nhân dân là kênh quan trọng trong tự phê bình và phê bình.
Thanh Hải
Tin liên quan
- Sơ kết 3 năm phong trào thi đua "Dân vận khéo" (04/04/2014)
- Tặng 200 phần quà cho sư sãi nhân Tết Chôl Chnăm Thmây (02/04/2014)
- Mỹ Xuyên: Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (20/03/2014)
- Giao ban khối dân vận quý I/2014 (14/03/2014)
""", "2014-04-17", "Quán triệt quy định về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền",
E("hoi_nghi", None, "2014-04-15"),
[P("Kim Sà Rươl", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Sang", "Bí thư Đảng ủy xã Viên Bình"),
 P("Trần Thị Ngọc Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Hơn 300 đại biểu", 300, "đại biểu", "over"), Q("11 điểm cầu", 11, "điểm cầu"),
 Q("ít nhất 2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội", "over"), Q("ít nhất 1 hội nghị", 1, "hội nghị", "over"),
 Q("18 dự thảo văn bản", 18, "dự thảo văn bản"), Q("4 hội nghị phản biện", 4, "hội nghị phản biện"), Q("5 bước", 5, "bước")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "95", "KH/TU", "2014-03-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 10/3/2014"),
 D("Hướng dẫn", "04", "HD/BDVTU", None, None, "Hướng dẫn số 04-HD/BDVTU")],
[prov("Sóc Trăng"), com("Viên Bình")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Giới thiệu | Tin hoạt động | Văn bản | Dân vận khéo | Liên hệ", "Vị trí: Trang chủ :: Tin hoạt động",
 "Đồng chí Kim Sà Rươl phát biểu chỉ đạo hội nghị.", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ năm, 17/04/2014 | 10:05", "năm 2013", "ngày 30/5/2014", "mỗi năm"]))

PAGES.append(page("b9537-quangbinh-mttq-phanbien-trangtrai-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ > Hoạt động giám sát, phản biện
Ngày đăng 12/11/2015 | 16:20
Phản biện dự thảo Nghị quyết về chính sách khuyến khích phát triển kinh tế trang trại
Chiều 11/11, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách khuyến khích phát triển kinh tế trang trại giai đoạn 2016 - 2020. Đây là hội nghị phản biện đầu tiên được tổ chức sau khi Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 được Quốc hội thông qua. Bà Nguyễn Thị Minh Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Các chuyên gia tham gia phản biện tại hội nghị.
Theo Tờ trình số 2356/TTr-UBND ngày 28/10/2015 của UBND tỉnh, toàn tỉnh hiện có 394 trang trại, nhưng chỉ 26% được cấp giấy chứng nhận kinh tế trang trại. Dự thảo đề xuất hỗ trợ lãi suất vay vốn, hỗ trợ xây dựng hạ tầng với mức tối đa 50 triệu đồng/trang trại; tổng kinh phí dự kiến 45 tỷ đồng trong 5 năm.
TS. Hoàng Đình Phúc, Phó Hiệu trưởng Trường Đại học Quảng Bình, cho rằng tiêu chí trang trại trong dự thảo còn dựa nhiều vào diện tích, chưa tính đến giá trị sản xuất; mức hỗ trợ dàn trải, khó tạo đột phá. Ông đề nghị tập trung hỗ trợ trang trại chăn nuôi gắn với xử lý môi trường và liên kết tiêu thụ.
Ông Hồ Xuân Bến, Chủ tịch UBND xã Trọng Hóa, đề nghị có chính sách riêng cho đồng bào Bru - Vân Kiều, Chứt ở vùng biên giới, vì hầu như chưa có hộ nào đạt tiêu chí trang trại; nên chăng hỗ trợ theo mô hình tổ hợp tác với ít nhất 10 hộ tham gia. Bà Đinh Thị Thu Hà, Phó Chủ tịch Hội Nông dân tỉnh, lưu ý thủ tục vay vốn còn rườm rà, nhiều chủ trang trại không có tài sản thế chấp.
Ông Trương Công Lực, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, đại diện cơ quan soạn thảo, tiếp thu các ý kiến và giải trình thêm về nguồn vốn đối ứng. Theo ông, dự thảo sẽ được chỉnh lý theo hướng ưu tiên trang trại chăn nuôi tập trung xa khu dân cư và trang trại trồng rừng gỗ lớn, đồng thời đơn giản hóa hồ sơ đề nghị hỗ trợ.
Một số đại biểu cũng đề nghị Mặt trận các cấp tham gia giám sát việc thực hiện nghị quyết sau khi được ban hành, công khai danh sách trang trại được hỗ trợ tại trụ sở UBND xã.
Kết luận hội nghị, bà Nguyễn Thị Minh Hải cho biết Ủy ban MTTQ tỉnh sẽ tổng hợp 9 ý kiến phản biện thành văn bản gửi UBND tỉnh, Thường trực HĐND tỉnh trước kỳ họp cuối năm. Việc phản biện được thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Chương trình phối hợp số 03/CTr-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh.
Phương Thảo
Lượt truy cập: 21.547
Tin khác
- Đại hội đại biểu MTTQ tỉnh lần thứ XI, nhiệm kỳ 2014 - 2019 thành công tốt đẹp (09/2014)
- Giám sát việc hỗ trợ người dân bị ảnh hưởng sự cố môi trường biển (04/11/2015)
- 1.200 hộ được hỗ trợ xây nhà Đại đoàn kết (20/10/2015)
- Lệ Thủy: Ngày hội Đại đoàn kết toàn dân tộc ở thôn Phú Thọ (18/10/2015)
""", "2015-11-12", "Phản biện dự thảo Nghị quyết về chính sách khuyến khích phát triển kinh tế trang trại",
E("hoi_nghi", None, "2015-11-11"),
[P("Nguyễn Thị Minh Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Đình Phúc", "TS.", "Phó Hiệu trưởng Trường Đại học Quảng Bình"),
 P("Hồ Xuân Bến", "Chủ tịch UBND xã Trọng Hóa"),
 P("Đinh Thị Thu Hà", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trương Công Lực", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("394 trang trại", 394, "trang trại"), Q("26%", 26, "%"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("45 tỷ đồng", 45000000000, "đồng"), Q("ít nhất 10 hộ", 10, "hộ", "over"), Q("9 ý kiến phản biện", 9, "ý kiến phản biện")],
[D("Luật", "75", "2015/QH13", None, "Quốc hội", "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
 D("Tờ trình", "2356", "TTr-UBND", "2015-10-28", "UBND tỉnh", "Tờ trình số 2356/TTr-UBND ngày 28/10/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Chương trình phối hợp", "03", "CTr-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTr-MTTQ-UBND")],
[prov("Quảng Bình"), com("Trọng Hóa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ > Hoạt động giám sát, phản biện", "Các chuyên gia tham gia phản biện tại hội nghị.",
 "Lượt truy cập: 21.547", "Sở Nông nghiệp và Phát triển nông thôn", "Trường Đại học Quảng Bình"],
["Ngày đăng 12/11/2015 | 16:20", "giai đoạn 2016 - 2020", "5 năm", "Lượt truy cập: 21.547"]))

PAGES.append(page("b9538-gialai-bdv-gopy-luattongiao-2016", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị | Xã hội | Kinh tế | Pháp luật | Văn hóa | Du lịch
29-06-2016 14:40
Chính trị » Dân tộc - Tôn giáo
Chức sắc tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo
(GLO)- Ngày 28/6, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo - Sở Nội vụ và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến chức sắc, chức việc các tôn giáo đóng góp vào dự thảo Luật Tín ngưỡng, tôn giáo. Hơn 80 chức sắc, chức việc, người có uy tín trong đồng bào dân tộc thiểu số tham dự.
Mục sư Siu Y Ban phát biểu góp ý. Ảnh: Hồng Thi
Đồng chí Rơ Mah Hlom, Phó Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị, cho biết Gia Lai hiện có 6 tôn giáo được công nhận với trên 730.000 tín đồ, chiếm khoảng 52% dân số. Thực hiện Nghị quyết 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo, Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành, tình hình tôn giáo trên địa bàn cơ bản ổn định. Dự thảo luật được xây dựng để thay thế Pháp lệnh số 21/2004/PL-UBTVQH11 sau hơn 10 năm thực hiện.
Góp ý vào dự thảo, Mục sư Siu Y Ban, Quản nhiệm Chi hội Tin lành Plei Ơi, đề nghị luật quy định rõ thời hạn cơ quan nhà nước trả lời khi tổ chức tôn giáo đăng ký sinh hoạt, tránh tình trạng hồ sơ bị treo nhiều tháng. Linh mục Phaolô Nguyễn Hùng Cường, Quản hạt Pleiku, đề nghị bổ sung quy định về quyền của tổ chức tôn giáo trong hoạt động giáo dục, y tế, từ thiện nhân đạo.
Đại đức Thích Tâm Hạnh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quy định cụ thể về đất đai cơ sở tôn giáo. Ông Puih Djung, người có uy tín làng Ia Ke, xã Ia Tiêm, mong luật giúp bà con phân biệt được đạo chính đáng với các hoạt động lợi dụng tôn giáo như "Tin lành Đê Ga" gây mất đoàn kết trong buôn làng.
Bà Ksor H'Bơ Khăp, Trưởng ban Ban Tôn giáo - Sở Nội vụ, tiếp thu, giải trình các ý kiến. Qua hội nghị đã có 32 ý kiến góp ý, được tổng hợp gửi Ban Tôn giáo Chính phủ.
Kết luận hội nghị, đồng chí Rơ Mah Hlom đề nghị chức sắc tiếp tục vận động tín đồ sống "tốt đời, đẹp đạo", chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, không nghe theo kẻ xấu. Đồng chí cũng đề nghị Ban Dân vận các huyện, thị xã, thành phố tiếp tục tổ chức lấy ý kiến ở cơ sở, nhất là ở những địa bàn có đông đồng bào Jrai, Bahnar theo đạo, và gửi kết quả về Ban trước ngày 10/7/2016.
Trước đó, nhiều điểm nhóm Tin lành ở các huyện phía Nam tỉnh cũng đã tổ chức sinh hoạt chuyên đề để tín đồ tìm hiểu nội dung dự thảo; ý kiến của bà con chủ yếu đề nghị đơn giản thủ tục đăng ký sinh hoạt tôn giáo tập trung.
Hồng Thi
Bình luận (0)
Tin liên quan
- Chư Sê: 146 hộ đồng bào cam kết không theo "Tin lành Đê Ga" (20/06/2016)
- Gặp mặt người có uy tín nhân dịp Tết Bunpimay (12/04/2016)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I (30/03/2016)
""", "2016-06-29", "Chức sắc tôn giáo góp ý dự thảo Luật Tín ngưỡng, tôn giáo",
E("hoi_nghi", None, "2016-06-28"),
[P("Rơ Mah Hlom", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Y Ban", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Ơi"),
 P("Phaolô Nguyễn Hùng Cường", "Linh mục", "Quản hạt Pleiku"),
 P("Thích Tâm Hạnh", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Puih Djung", "người có uy tín làng Ia Ke"),
 P("Ksor H'Bơ Khăp", "Trưởng ban Ban Tôn giáo - Sở Nội vụ")],
[Q("Hơn 80 chức sắc, chức việc", 80, "chức sắc, chức việc", "over"), Q("6 tôn giáo", 6, "tôn giáo"),
 Q("trên 730.000 tín đồ", 730000, "tín đồ", "over"), Q("khoảng 52%", 52, "%", "approx"), Q("32 ý kiến góp ý", 32, "ý kiến")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg"),
 D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh số 21/2004/PL-UBTVQH11")],
[prov("Gia Lai"), com("Ia Tiêm")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị | Xã hội | Kinh tế | Pháp luật | Văn hóa | Du lịch", "Chính trị » Dân tộc - Tôn giáo",
 "Mục sư Siu Y Ban phát biểu góp ý. Ảnh: Hồng Thi", "(GLO)", "Tin lành Đê Ga", "tốt đời, đẹp đạo", "Luật Tín ngưỡng, tôn giáo", "Bình luận (0)"],
["29-06-2016 14:40", "hơn 10 năm", "Bình luận (0)", "ngày 10/7/2016"]))
