from lib import *
PAGES = []

PAGES.append(page("b5957-laocai-bdv-giaoban-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Hoạt động » Thông báo kết luận
Thứ Sáu, 14/10/2011 - 09:30
Toàn cảnh hội nghị giao ban.
Thông báo kết luận hội nghị giao ban công tác dân vận quý III năm 2011
Ngày 11/10/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị giao ban công tác dân vận quý III/2011 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận các sở, ngành. Đồng chí Vàng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Sau khi nghe báo cáo và ý kiến của 14 đại biểu, đồng chí Trưởng ban kết luận như sau:
1. Đánh giá chung
Quý III/2011, các cấp ủy đã triển khai Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Mông phát triển kinh tế và về xây dựng "thôn bản văn hóa". Ban Dân vận các huyện đã phối hợp vận động 312 hộ di cư tự do về nơi ở cũ; nhân dân hiến trên 4.200 m2 đất làm đường liên thôn và đóng góp gần 1,35 tỷ đồng xây dựng 17 nhà văn hóa thôn. Công tác nắm tình hình được duy trì; toàn tỉnh tiếp nhận 46 đơn thư, đã giải quyết 41 đơn, đạt 89,1%.
Tuy nhiên, một số đơn vị chưa thực hiện nghiêm chế độ báo cáo theo Hướng dẫn số 08-HD/BDVTU ngày 20/4/2011 của Ban Dân vận Tỉnh ủy; việc xây dựng mô hình "Dân vận khéo" ở huyện Si Ma Cai, Mường Khương còn chậm, mới có 23 mô hình được công nhận.
2. Nhiệm vụ quý IV/2011
- Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 1 năm thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.
- Giao đồng chí Lù Văn Pảo, Phó Trưởng Ban Dân vận Tỉnh ủy, chủ trì cùng các đồng chí Trưởng Ban Dân vận Huyện ủy: Sần Thị Xuân, Giàng Seo Phử, Thào A Lử kiểm tra tại 6 xã vùng cao về tình hình truyền đạo trái pháp luật trước ngày 30/11.
- Đồng chí Phan Văn Chiến, HUV, Bí thư Đảng ủy xã Bản Vược, được giao báo cáo kinh nghiệm vận động nhân dân giải phóng mặt bằng tại hội nghị tháng 12; xã Tả Van chuẩn bị tham luận về vận động 86 hộ tham gia làm du lịch cộng đồng.
- Văn phòng Ban tổng hợp số liệu, chuẩn bị hội nghị tổng kết năm 2011; các huyện gửi báo cáo trước ngày 5/12/2011.
Giao ban kết thúc lúc 11 giờ 30 cùng ngày. Nội dung trên được ban hành tại Thông báo số 52-TB/BDVTU ngày 13/10/2011 của Ban Dân vận Tỉnh ủy gửi các cấp ủy, Ban Dân vận các huyện ủy, thành ủy để thực hiện.
Ngọc Bích
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt 3 mô hình "Dân vận khéo" (30/09/2011)
- Hội nghị người có uy tín tỉnh Lào Cai năm 2011 (12/09/2011)
- Giao ban công tác dân vận quý II/2011 (15/07/2011)
- Sa Pa vận động nhân dân làm du lịch cộng đồng (02/07/2011)
""", "2011-10-14", "Thông báo kết luận hội nghị giao ban công tác dân vận quý III năm 2011",
E("giao_ban", "2011-Q3", "2011-10-11"),
[P("Vàng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Pảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sần Thị Xuân", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Seo Phử", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào A Lử", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phan Văn Chiến", "HUV", "Bí thư Đảng ủy xã Bản Vược")],
[Q("14 đại biểu", 14, "đại biểu"), Q("312 hộ di cư tự do", 312, "hộ di cư tự do"),
 Q("trên 4.200 m2", 4200, "m2", "over"), Q("gần 1,35 tỷ đồng", 1350000000, "đồng", "approx"),
 Q("17 nhà văn hóa thôn", 17, "nhà văn hóa thôn"), Q("46 đơn thư", 46, "đơn thư"), Q("41 đơn", 41, "đơn"),
 Q("89,1%", 89.1, "%"), Q("23 mô hình", 23, "mô hình"), Q("6 xã vùng cao", 6, "xã vùng cao"), Q("86 hộ", 86, "hộ")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Hướng dẫn", "08", "HD/BDVTU", "2011-04-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU ngày 20/4/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Thông báo", "52", "TB/BDVTU", "2011-10-13", "Ban Dân vận Tỉnh ủy", "Thông báo số 52-TB/BDVTU ngày 13/10/2011")],
[prov("Lào Cai"), com("Bản Vược"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Hoạt động » Thông báo kết luận", "Toàn cảnh hội nghị giao ban.",
 "thôn bản văn hóa", "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 1.204"],
["Thứ Sáu, 14/10/2011 - 09:30", "quý III/2011", "quý IV/2011", "1 năm", "11 giờ 30", "Lượt xem: 1.204"]))

PAGES.append(page("b5958-nghean-hu-tongket-2013", """
Con Cuông - Cổng thông tin điện tử huyện Con Cuông, tỉnh Nghệ An
Tin tức > Xây dựng Đảng > Dân vận
08:15 | 27/12/2013
Kết luận của Thường trực Huyện ủy tại hội nghị tổng kết công tác dân vận năm 2013
Chiều 25/12, Huyện ủy Con Cuông tổ chức hội nghị tổng kết công tác dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội năm 2013. Dự hội nghị có 31 đồng chí là bí thư, phó bí thư thường trực đảng ủy các xã, thị trấn và trưởng khối dân vận cơ sở. Đồng chí Lô Văn Hạnh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì và kết luận hội nghị.
Đồng chí Lô Văn Hạnh phát biểu kết luận hội nghị. Ảnh: Quang Thái
Sau khi nghe Ban Dân vận Huyện ủy báo cáo, các ý kiến tham luận, Thường trực Huyện ủy đánh giá: năm 2013 khối dân vận đã quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 56, 57-KH/HU của Ban Thường vụ Huyện ủy về thực hiện nghị quyết và về xây dựng bản "Dân vận khéo" vùng đồng bào Thái, Khơ Mú.
Nhân dân toàn huyện đã đóng góp hơn 3.600 ngày công và 820 triệu đồng làm 14 km đường giao thông nông thôn. Các đoàn thể kết nạp 2.150 hội viên mới; giúp 215 hộ thoát nghèo, tỷ lệ hộ nghèo còn 38,5%. Ủy ban MTTQ huyện tiếp nhận 19 đơn thư, kiến nghị, phối hợp giải quyết 17 đơn.
Thường trực Huyện ủy ghi nhận các đồng chí Bí thư Đảng ủy xã: Vi Văn Thắng, Lang Thị Phượng, Moong Văn Dũng đã trực tiếp đối thoại với nhân dân tại các bản khó khăn. Bà Lữ Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Môn Sơn, được biểu dương với mô hình "Tổ phụ nữ không sinh con thứ 3".
Hạn chế: nắm tình hình nhân dân ở một số bản giáp biên còn chậm; 3 xã chưa xây dựng được mô hình dân vận khéo; việc thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể ở cơ sở chưa đồng đều.
Nhiệm vụ năm 2014, Thường trực Huyện ủy yêu cầu:
- Ban Dân vận Huyện ủy tham mưu sơ kết 1 năm thực hiện Nghị quyết 25; mỗi xã xây dựng ít nhất 2 mô hình "Dân vận khéo".
- Giao đồng chí Hà Văn Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện, chủ trì theo dõi, đôn đốc; xã Châu Khê làm điểm về thực hiện Quy chế dân chủ ở cơ sở.
- Các đoàn thể phấn đấu tỷ lệ tập hợp hội viên đạt trên 80%.
Kết luận này được ban hành thành Thông báo kết luận số 168-TB/HU ngày 26/12/2013 của Thường trực Huyện ủy.
Quang Thái
Các tin khác
- Con Cuông: ra mắt mô hình "Bản không có người vi phạm pháp luật" (12/12/2013)
- Hội Nông dân huyện tổng kết phong trào nông dân sản xuất giỏi (05/12/2013)
- Khai giảng lớp bồi dưỡng nghiệp vụ dân vận cho 62 học viên (20/11/2013)
""", "2013-12-27", "Kết luận của Thường trực Huyện ủy tại hội nghị tổng kết công tác dân vận năm 2013",
E("tong_ket", "2013", "2013-12-25"),
[P("Lô Văn Hạnh", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Vi Văn Thắng", "Bí thư Đảng ủy xã"), P("Lang Thị Phượng", "Bí thư Đảng ủy xã"), P("Moong Văn Dũng", "Bí thư Đảng ủy xã"),
 P("Lữ Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Môn Sơn"),
 P("Hà Văn Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("31 đồng chí", 31, "đồng chí"), Q("hơn 3.600 ngày công", 3600, "ngày công", "over"),
 Q("820 triệu đồng", 820000000, "đồng"), Q("14 km", 14, "km"), Q("2.150 hội viên mới", 2150, "hội viên mới"),
 Q("215 hộ thoát nghèo", 215, "hộ"), Q("38,5%", 38.5, "%"), Q("19 đơn thư, kiến nghị", 19, "đơn thư, kiến nghị"),
 Q("17 đơn", 17, "đơn"), Q("3 xã", 3, "xã"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("trên 80%", 80, "%", "over")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "56", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 56, 57-KH/HU"),
 D("Kế hoạch", "57", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 56, 57-KH/HU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Thông báo", "168", "TB/HU", "2013-12-26", "Thường trực Huyện ủy", "Thông báo kết luận số 168-TB/HU ngày 26/12/2013")],
[prov("Nghệ An"), com("Môn Sơn"), com("Châu Khê")],
["Con Cuông - Cổng thông tin điện tử huyện Con Cuông, tỉnh Nghệ An", "Tin tức > Xây dựng Đảng > Dân vận",
 "Đồng chí Lô Văn Hạnh phát biểu kết luận hội nghị. Ảnh: Quang Thái", "Dân vận khéo", "Tổ phụ nữ không sinh con thứ 3"],
["08:15 | 27/12/2013", "31 đồng chí", "năm 2013", "năm 2014", "1 năm", "Nghị quyết 25", "con thứ 3"]))

PAGES.append(page("b5959-gialai-tu-doithoai-2014", """
Báo Gia Lai điện tử
Thời sự | Chính trị | Dân tộc - Miền núi
Cập nhật: 14:20, 22/08/2014 (GMT+7)
Bí thư Tỉnh ủy đối thoại với người có uy tín: nhiều kiến nghị được trả lời tại chỗ
(GLO) - Ngày 20/8, tại Hội trường Tỉnh ủy, đồng chí Trần Quang Vĩnh, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Gia Lai đã chủ trì buổi đối thoại năm 2014 với 127 người có uy tín là già làng, trưởng làng, chức sắc tôn giáo trong đồng bào Jrai, Bahnar. Văn phòng Tỉnh ủy vừa có Thông báo số 415-TB/TU ngày 21/8/2014 kết luận buổi đối thoại.
Quang cảnh buổi đối thoại. Ảnh: Đức Thụy
Tại buổi đối thoại, 38 ý kiến góp ý, kiến nghị tập trung vào đất sản xuất, nước sinh hoạt, chế độ cho người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ. Già làng Rơ Mah Blui, làng Plei Ring, xã Ia Băng, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 64 hộ trong làng. Bà Puih H'Lương, người có uy tín làng Kon Chrăh, kiến nghị hỗ trợ bò giống cho hộ nghèo. Ông Đinh Văn Hlép, trưởng thôn Đăk Pơ Kao, xã Kon Chiêng, phản ánh đường vào làng bị sạt lở sau mưa lũ.
Trả lời các kiến nghị, các đồng chí Phó Chủ tịch UBND tỉnh: Nay Kơ Lăk, Phạm Thị Hằng cho biết tỉnh đã bố trí 21,5 tỷ đồng cho chương trình nước sạch, trong đó ưu tiên 12 làng đặc biệt khó khăn; mỗi làng xây dựng nông thôn mới được hỗ trợ 50 triệu đồng. Đồng chí Rah Lan Djuh, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh, thông tin năm 2014 tỉnh chi trả chế độ cho 1.240 người có uy tín, cấp không thu tiền 3 tờ báo cho mỗi làng.
Kết luận buổi đối thoại, đồng chí Bí thư Tỉnh ủy yêu cầu:
1. Các sở, ngành rà soát, trả lời bằng văn bản những ý kiến chưa trả lời tại chỗ trước ngày 15/9/2014.
2. UBND tỉnh chỉ đạo giải quyết dứt điểm tranh chấp đất ở 2 xã Ia Băng, Kon Chiêng; triển khai Kế hoạch số 94-KH/TU ngày 5/6/2014 của Ban Thường vụ Tỉnh ủy về vận động đồng bào không nghe theo "Tin lành Đê Ga".
3. Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh duy trì đối thoại mỗi năm ít nhất 1 lần; đồng chí A Thut, Phó Trưởng Ban Dân vận Tỉnh ủy được giao theo dõi, tổng hợp.
4. Phấn đấu đến cuối năm 2014 tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm trên 4%.
Đồng chí cũng đánh giá cao vai trò của già làng, người có uy tín trong vận động 1.860 hộ đồng bào tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Hồng Thi
Tin liên quan
- Gia Lai gặp mặt 300 người có uy tín nhân dịp Tết (25/01/2014)
- Đối thoại với nông dân về tái canh cà phê (18/07/2014)
- Ia Grai: biểu dương 45 già làng tiêu biểu (02/07/2014)
""", "2014-08-22", "Bí thư Tỉnh ủy đối thoại với người có uy tín: nhiều kiến nghị được trả lời tại chỗ",
E("doi_thoai", "2014", "2014-08-20"),
[P("Trần Quang Vĩnh", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Gia Lai"),
 P("Rơ Mah Blui", "Già làng"), P("Puih H'Lương", "người có uy tín làng Kon Chrăh"),
 P("Đinh Văn Hlép", "trưởng thôn Đăk Pơ Kao"),
 P("Nay Kơ Lăk", "Phó Chủ tịch UBND tỉnh"), P("Phạm Thị Hằng", "Phó Chủ tịch UBND tỉnh"),
 P("Rah Lan Djuh", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("A Thut", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("127 người có uy tín", 127, "người có uy tín"), Q("38 ý kiến", 38, "ý kiến"), Q("64 hộ", 64, "hộ"),
 Q("21,5 tỷ đồng", 21500000000, "đồng"), Q("12 làng đặc biệt khó khăn", 12, "làng đặc biệt khó khăn"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("1.240 người có uy tín", 1240, "người có uy tín"),
 Q("3 tờ báo", 3, "tờ báo"), Q("2 xã", 2, "xã"), Q("trên 4%", 4, "%", "over"), Q("1.860 hộ", 1860, "hộ")],
[D("Thông báo", "415", "TB/TU", "2014-08-21", None, "Thông báo số 415-TB/TU ngày 21/8/2014"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Kế hoạch", "94", "KH/TU", "2014-06-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 94-KH/TU ngày 5/6/2014")],
[prov("Gia Lai"), com("Ia Băng"), com("Kon Chiêng")],
["Báo Gia Lai điện tử", "Thời sự | Chính trị | Dân tộc - Miền núi", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Đức Thụy",
 "Tin lành Đê Ga", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Plei Ring"],
["Cập nhật: 14:20, 22/08/2014 (GMT+7)", "năm 2014", "1 lần", "mỗi năm"]))

PAGES.append(page("b5960-cantho-mttq-soket-2016", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ / Hoạt động Mặt trận / Tin tổng hợp
15/07/2016 - 10:05
Mặt trận thành phố tập trung giám sát việc thực hiện chính sách an sinh xã hội
Sáng 13/7/2016, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trương Minh Khải, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì và kết luận hội nghị.
Đồng chí Trương Minh Khải phát biểu kết luận.
Báo cáo cho biết, 6 tháng qua Mặt trận các cấp tổ chức 74 cuộc giám sát theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, tập trung vào việc bình xét hộ nghèo, cấp thẻ bảo hiểm y tế và hỗ trợ nhà ở. Quỹ "Vì người nghèo" các cấp vận động được hơn 12,6 tỷ đồng, xây dựng, sửa chữa 148 căn nhà Đại đoàn kết; dịp Tết Bính Thân trao 4.500 phần quà Tết, mỗi phần trị giá 400.000 đồng. Mặt trận phối hợp tổ chức 2 kỳ tiếp xúc cử tri với 96 điểm tiếp xúc, ghi nhận 1.315 lượt ý kiến.
Hội nghị nghe tham luận của bà Thạch Thị Sô Phia, Chủ tịch Ủy ban MTTQ phường An Khánh, về mô hình "Khu dân cư không rác"; ông Lê Văn Tám, Trưởng ban Công tác Mặt trận ấp Thới Hòa, xã Thới Hưng, về vận động 57 hộ hiến đất mở rộng lộ giao thông. Đại diện Ban Thường trực Ủy ban MTTQ quận Ninh Kiều cho biết quận đã phối hợp giải quyết 23 đơn thư, kiến nghị của cử tri về bồi thường, tái định cư.
Hội nghị cũng chỉ ra hạn chế: hoạt động giám sát ở một số xã, phường còn hình thức, chưa có kiến nghị sau giám sát; việc lấy ý kiến nhân dân về cán bộ, đảng viên ở khu dân cư chưa đều; còn 5 xã, phường chưa hoàn thành chỉ tiêu vận động Quỹ.
Kết luận hội nghị, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam thành phố nêu rõ:
- Tiếp tục thực hiện Chương trình phối hợp số 04/CTPH-MTTQ-UBND ngày 9/3/2016 giữa Ủy ban MTTQ và UBND thành phố về giám sát thực hiện chính sách an sinh; chuẩn bị tốt cuộc bầu cử bổ sung tại 3 đơn vị.
- Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huỳnh Văn Lượm, Trần Thị Kim Ngân theo dõi từng cụm quận, huyện; đồng chí Nguyễn Hữu Đức, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố, chủ trì hướng dẫn bình xét khu dân cư văn hóa.
- Phấn đấu 6 tháng cuối năm huy động không dưới 8 tỷ đồng cho Quỹ "Vì người nghèo", xây dựng thêm khoảng 120 căn nhà Đại đoàn kết.
Nội dung kết luận được Ban Thường trực ban hành tại Thông báo số 27/TB-MTTQ-BTT ngày 14/7/2016.
Ngọc Diệp
Tin cùng chuyên mục
- Mặt trận phường Cái Khế ra mắt mô hình "Tuyến đường tự quản" (08/07/2016)
- Cần Thơ: 1.200 đại biểu dự ngày hội đại đoàn kết (20/06/2016)
- Tập huấn công tác giám sát cho 250 cán bộ Mặt trận (03/06/2016)
""", "2016-07-15", "Mặt trận thành phố tập trung giám sát việc thực hiện chính sách an sinh xã hội",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Trương Minh Khải", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Thị Sô Phia", "Chủ tịch Ủy ban MTTQ phường An Khánh"),
 P("Lê Văn Tám", "Trưởng ban Công tác Mặt trận ấp Thới Hòa"),
 P("Huỳnh Văn Lượm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Hữu Đức", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố")],
[Q("74 cuộc giám sát", 74, "cuộc giám sát"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("148 căn nhà Đại đoàn kết", 148, "căn nhà Đại đoàn kết"), Q("4.500 phần quà", 4500, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("2 kỳ tiếp xúc cử tri", 2, "kỳ tiếp xúc cử tri"), Q("96 điểm tiếp xúc", 96, "điểm tiếp xúc"),
 Q("1.315 lượt ý kiến", 1315, "lượt ý kiến"), Q("57 hộ", 57, "hộ"), Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"), Q("5 xã, phường", 5, "xã, phường"), Q("3 đơn vị", 3, "đơn vị"),
 Q("không dưới 8 tỷ đồng", 8000000000, "đồng", "over"), Q("khoảng 120 căn nhà Đại đoàn kết", 120, "căn nhà Đại đoàn kết", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Chương trình phối hợp", "04", "CTPH-MTTQ-UBND", "2016-03-09", None, "Chương trình phối hợp số 04/CTPH-MTTQ-UBND ngày 9/3/2016"),
 D("Thông báo", "27", "TB-MTTQ-BTT", "2016-07-14", "Ban Thường trực", "Thông báo số 27/TB-MTTQ-BTT ngày 14/7/2016")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ / Hoạt động Mặt trận / Tin tổng hợp",
 "Đồng chí Trương Minh Khải phát biểu kết luận.", "Vì người nghèo", "Khu dân cư không rác", "Tết Bính Thân"],
["15/07/2016 - 10:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b5961-hagiang-mttqxa-giamsat-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Bạn đang ở: Trang chủ › Mặt trận - Đoàn thể
Ngày đăng 09/11/2017 | 16:20
Ảnh: Đoàn giám sát làm việc tại thôn Lô Lô Chải.
Thông báo kết luận giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2017
Thực hiện Chương trình giám sát năm 2017, từ ngày 23 đến 25/10/2017, Ban Thường trực Ủy ban MTTQ xã Lũng Cú chủ trì, phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã giám sát việc thực hiện Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ về hỗ trợ nhà ở đối với hộ nghèo tại 5 thôn. Lũng Cú là xã cực Bắc của tỉnh Hà Giang, có 9 thôn với trên 90% dân số là đồng bào Mông, Lô Lô. Đoàn giám sát do ông Sùng Mí Chứ, ĐUV, Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn. Ngày 6/11/2017, Ban Thường trực ra Thông báo kết luận số 09/TB-MT ngày 6/11/2017 như sau:
1. Kết quả
Năm 2017 xã được phân bổ hỗ trợ 47 hộ nghèo làm nhà, mỗi hộ được vay 25 triệu đồng từ Ngân hàng Chính sách xã hội và hỗ trợ 1,2 triệu đồng tiền mua xi măng. Đến ngày giám sát đã có 38 căn nhà hoàn thành, 9 căn đang thi công. Các thôn đã huy động trên 1.100 ngày công giúp các hộ vận chuyển vật liệu; Đoàn Thanh niên giúp 12 hộ dựng nhà. Việc bình xét công khai, đúng đối tượng; không có đơn thư khiếu nại. Qua giám sát, đoàn đã gặp gỡ, lấy ý kiến của 65 hộ dân tại các thôn; người dân đồng tình với việc lựa chọn hộ được hỗ trợ, đề nghị tiếp tục hỗ trợ các hộ cận nghèo làm nhà.
2. Tồn tại
Có 3 hộ chưa đối ứng được phần vốn còn lại; 2 hộ sử dụng tiền hỗ trợ chưa đúng mục đích. Việc lưu hồ sơ ở thôn Sán Trồ chưa đầy đủ.
3. Kiến nghị
- Đề nghị UBND xã, đồng chí Vừ Mí Sính, Phó Chủ tịch UBND xã, chỉ đạo hoàn thành 9 căn nhà còn lại trước ngày 31/12/2017.
- Đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên giúp đỡ các hộ chưa đủ vốn đối ứng; bà Giàng Thị Dợ, Chủ tịch Hội LHPN xã, và ông Lò Văn Thào, Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải, theo dõi từng hộ.
- Trưởng Ban công tác Mặt trận các thôn tiếp tục giám sát theo Quy chế giám sát ban hành kèm Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn số 07-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Thông báo kết luận được gửi Đảng ủy xã, HĐND, UBND xã để chỉ đạo thực hiện. Đồng chí Lù Mí Pó, Bí thư Đảng ủy xã Lũng Cú, đề nghị các ngành khẩn trương khắc phục tồn tại, báo cáo kết quả vào kỳ họp HĐND cuối năm.
Ban Thường trực UBMTTQ xã
Tin khác
- Lũng Cú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2017 (20/10/2017)
- Trao 150 suất quà cho học sinh nghèo (05/09/2017)
- Xã Lũng Cú hoàn thành 20 km đường bê tông (12/08/2017)
""", "2017-11-09", "Thông báo kết luận giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2017",
E("giam_sat", "2017", "2017-10-23"),
[P("Sùng Mí Chứ", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("Vừ Mí Sính", "Phó Chủ tịch UBND xã"),
 P("Giàng Thị Dợ", "Chủ tịch Hội LHPN xã"),
 P("Lò Văn Thào", "Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải"),
 P("Lù Mí Pó", "Bí thư Đảng ủy xã Lũng Cú")],
[Q("5 thôn", 5, "thôn"), Q("47 hộ nghèo", 47, "hộ nghèo"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("38 căn nhà", 38, "căn nhà"), Q("9 căn", 9, "căn"),
 Q("trên 1.100 ngày công", 1100, "ngày công", "over"), Q("12 hộ", 12, "hộ"), Q("3 hộ", 3, "hộ"), Q("2 hộ", 2, "hộ"),
 Q("9 thôn", 9, "thôn"), Q("trên 90%", 90, "%", "over"), Q("65 hộ", 65, "hộ")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Thông báo", "09", "TB-MT", "2017-11-06", None, "Thông báo kết luận số 09/TB-MT ngày 6/11/2017"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "07", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 07-HD/MTTW-BTT")],
[prov("Hà Giang"), com("Lũng Cú")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ › Mặt trận - Đoàn thể",
 "Ảnh: Đoàn giám sát làm việc tại thôn Lô Lô Chải.", "Chương trình giám sát năm 2017", "Ngân hàng Chính sách xã hội",
 "Ban Thường trực UBMTTQ xã"],
["Ngày đăng 09/11/2017 | 16:20", "năm 2017", "Năm 2017"]))

PAGES.append(page("b5962-thuathienhue-hnd-daihoi-2018", """
Báo Thừa Thiên Huế Online
Chính trị - Xã hội » Đoàn thể
Thứ Tư, 20/06/2018 - 07:45
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Phong Điền: Đại hội Hội Nông dân huyện lần thứ X thành công tốt đẹp
(TTH.VN) - Trong 2 ngày 18 và 19/6, Hội Nông dân huyện Phong Điền tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Dự đại hội có 150 đại biểu đại diện cho hơn 7.800 hội viên nông dân toàn huyện. Đồng chí Hoàng Văn Lực, Phó Chủ tịch Hội Nông dân tỉnh và đồng chí Lê Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy Phong Điền dự và chỉ đạo.
Nhiệm kỳ 2013 - 2018, Hội Nông dân huyện đã quán triệt Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án nâng cao vai trò, trách nhiệm của Hội Nông dân. Mỗi năm có khoảng 1.250 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân đạt 3,8 tỷ đồng, giúp 420 lượt hộ vay vốn; hội viên đóng góp trên 2.600 ngày công xây dựng nông thôn mới, góp phần đưa 9 xã đạt chuẩn.
Phát biểu chỉ đạo, đồng chí Lê Thị Thu Hà đề nghị Hội bám sát Chỉ thị số 12-CT/HU ngày 5/4/2017 của Ban Thường vụ Huyện ủy về phát triển nông nghiệp hữu cơ, phấn đấu đến năm 2023 có ít nhất 30 tổ hợp tác, 5 hợp tác xã do hội viên làm nòng cốt; tỷ lệ tập hợp nông dân vào Hội đạt trên 85%.
Đại hội đã bầu Ban Chấp hành khóa X gồm 27 ủy viên. Tại phiên họp thứ nhất, ông Trần Văn Phúc, HUV, được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân huyện khóa X; các ông Hồ Văn Nam, Nguyễn Đình Long được bầu làm Phó Chủ tịch Hội Nông dân huyện. Đại hội cũng bầu 9 đại biểu dự Đại hội Hội Nông dân tỉnh lần thứ IX.
Thông báo kết luận của Ban Thường vụ Huyện ủy
Ngày 19/6/2018, Ban Thường vụ Huyện ủy có Thông báo kết luận số 205-TB/HU về kết quả đại hội, chuẩn y Ban Chấp hành, Ban Thường vụ Hội Nông dân huyện khóa X gồm 9 đồng chí; giao Ban Dân vận Huyện ủy mà trực tiếp là đồng chí Phan Thị Nguyệt, Trưởng Ban Dân vận Huyện ủy, theo dõi việc thực hiện nghị quyết đại hội. Đại biểu ông Căn Văn Bình, Chi hội trưởng nông dân thôn Khê Trúc, xã Phong Hiền, phát biểu đề nghị hỗ trợ nông dân liên kết tiêu thụ rau an toàn.
Đại hội thông qua 5 chỉ tiêu chủ yếu cùng 3 khâu đột phá và phát động phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Hữu Phúc
Lượt truy cập: 58.214
Tin liên quan
- Phú Vang: Đại hội Hội Nông dân huyện nhiệm kỳ 2018 - 2023 (14/06/2018)
- Hội Nông dân tỉnh tập huấn kỹ năng cho 120 cán bộ (30/05/2018)
- Phong Điền: 12 hội viên được vinh danh nông dân sản xuất giỏi (10/05/2018)
""", "2018-06-20", "Phong Điền: Đại hội Hội Nông dân huyện lần thứ X thành công tốt đẹp",
E("dai_hoi", None, "2018-06-18"),
[P("Hoàng Văn Lực", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Thu Hà", "Phó Bí thư Thường trực Huyện ủy Phong Điền"),
 P("Trần Văn Phúc", "HUV", "Chủ tịch Hội Nông dân huyện khóa X"),
 P("Hồ Văn Nam", "Phó Chủ tịch Hội Nông dân huyện"), P("Nguyễn Đình Long", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Phan Thị Nguyệt", "Trưởng Ban Dân vận Huyện ủy"),
 P("Căn Văn Bình", "Chi hội trưởng nông dân thôn Khê Trúc")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 7.800 hội viên nông dân", 7800, "hội viên nông dân", "over"),
 Q("khoảng 1.250 hộ", 1250, "hộ", "approx"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("420 lượt hộ", 420, "lượt hộ"),
 Q("trên 2.600 ngày công", 2600, "ngày công", "over"), Q("9 xã", 9, "xã"),
 Q("ít nhất 30 tổ hợp tác", 30, "tổ hợp tác", "over"), Q("5 hợp tác xã", 5, "hợp tác xã"), Q("trên 85%", 85, "%", "over"),
 Q("27 ủy viên", 27, "ủy viên"), Q("9 đại biểu", 9, "đại biểu"), Q("9 đồng chí", 9, "đồng chí"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("3 khâu đột phá", 3, "khâu đột phá")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận 61-KL/TW ngày 3/12/2009"),
 D("Chỉ thị", "12", "CT/HU", "2017-04-05", "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU ngày 5/4/2017"),
 D("Thông báo", "205", "TB/HU", "2018-06-19", "Ban Thường vụ Huyện ủy", "Thông báo kết luận số 205-TB/HU")],
[prov("Thừa Thiên Huế"), com("Phong Hiền")],
["Báo Thừa Thiên Huế Online", "Chính trị - Xã hội » Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "(TTH.VN)",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Thông báo kết luận của Ban Thường vụ Huyện ủy", "Lượt truy cập: 58.214"],
["Thứ Tư, 20/06/2018 - 07:45", "2 ngày", "lần thứ X", "nhiệm kỳ 2018 - 2023", "Nhiệm kỳ 2013 - 2018", "lần thứ IX", "Lượt truy cập: 58.214", "9 đồng chí"]))
