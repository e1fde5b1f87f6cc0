from lib import *
PAGES = []

PAGES.append(page("b2693-soctrang-chol-chnam-thmay-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo
Thứ Ba, 12/04/2011 - 16:20
Ảnh: Đoàn công tác thăm chùa Kh'Leang.
Lãnh đạo tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer
Ngày 11/4, nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2011 của đồng bào Khmer, đoàn công tác của Tỉnh ủy Sóc Trăng do đồng chí Trần Văn Quới, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các chùa, sư sãi, achar và gia đình chính sách người Khmer tại thành phố Sóc Trăng và huyện Mỹ Xuyên. Cùng đi có đồng chí Thạch Thị Sô Phia, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, và đại diện Ban Dân tộc tỉnh.
Tại chùa Kh'Leang, đoàn được Hòa thượng Lý Hiền Sóc, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kh'Leang tiếp đón. Hòa thượng cho biết năm qua nhà chùa đã mở 12 lớp dạy chữ Khmer hè cho 430 học sinh, vận động bà con góp hơn 150 triệu đồng sửa chữa sala và làm đường vào chùa.
Thay mặt lãnh đạo tỉnh, đồng chí Trần Văn Quới gửi lời chúc mừng năm mới đến chư tăng và đồng bào Khmer; ghi nhận vai trò của sư sãi, achar trong vận động bà con giữ gìn an ninh trật tự, giúp nhau thoát nghèo, cho con em đến trường. Đồng chí đề nghị các chùa tiếp tục phát huy truyền thống "đoàn kết, yêu nước", tổ chức Tết vui tươi, tiết kiệm, an toàn.
Dịp này, đoàn đã trao quà cho 14 chùa Phật giáo Nam tông Khmer, mỗi chùa 3 triệu đồng tiền mặt cùng bánh mứt; tặng 60 phần quà cho gia đình chính sách, hộ nghèo người Khmer, mỗi phần trị giá 300.000 đồng.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với khoảng 2.700 vị sư sãi. Trước Tết, tỉnh đã chi hơn 1,2 tỷ đồng từ ngân sách và nguồn vận động để thăm, tặng quà các chùa, sư sãi, achar, người có uy tín và hộ nghèo đồng bào dân tộc Khmer. Các đoàn do đồng chí Sơn Thị Ngọc Hân, Phó Chủ tịch UBND tỉnh và đồng chí Kim Ngọc Thái, Trưởng Ban Dân tộc tỉnh dẫn đầu cũng đã đến thăm các chùa tại huyện Vĩnh Châu, Trần Đề.
Cùng ngày, đoàn đến thăm gia đình achar Thạch Sên, Trưởng Ban Quản trị chùa Phnô Đôn ở xã Đại Tâm, huyện Mỹ Xuyên, và ông Lý Xiêng, người có uy tín ấp Tâm Kiên.
Minh Thùy
Lượt xem: 1.204
Tin liên quan
- Vĩnh Châu: họp mặt sư sãi, achar nhân dịp Tết Chôl Chnăm Thmây (08/04/2011)
- Hội Đoàn kết sư sãi yêu nước tỉnh triển khai nhiệm vụ năm 2011 (25/03/2011)
- Trao 200 suất học bổng cho học sinh Khmer nghèo (15/03/2011)
- Mỹ Xuyên: sư sãi tham gia vận động hiến đất làm đường (02/03/2011)
- Ban Dân vận Tỉnh ủy tổ chức đoàn thăm chùa Kh'Leang, chùa Dơi (20/02/2011)
""", "2011-04-12", "Lãnh đạo tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer",
E("trao_qua", None, "2011-04-11"),
[P("Trần Văn Quới", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thạch Thị Sô Phia", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hiền Sóc", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kh'Leang"),
 P("Sơn Thị Ngọc Hân", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Ngọc Thái", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sên", "achar", "Trưởng Ban Quản trị chùa Phnô Đôn"),
 P("Lý Xiêng", "người có uy tín ấp Tâm Kiên")],
[Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"), Q("430 học sinh", 430, "học sinh"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("60 phần quà", 60, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("khoảng 2.700 vị sư sãi", 2700, "vị sư sãi", "approx"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over")],
[],
[prov("Sóc Trăng"), com("Đại Tâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo",
 "Ảnh: Đoàn công tác thăm chùa Kh'Leang.", "Chôl Chnăm Thmây", "đoàn kết, yêu nước", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Ban Dân tộc tỉnh", "Lượt xem: 1.204", "chùa Phnô Đôn"],
["Thứ Ba, 12/04/2011 - 16:20", "Ngày 11/4", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b2694-travinh-hopmat-susai-2012", """
TRÀ VINH ONLINE - Báo Trà Vinh điện tử
Thời sự > Chính trị > Dân vận
20/12/2012 | 09:30
Họp mặt sư sãi, achar tiêu biểu năm 2012
(TVO) - Sáng 19/12, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức hội nghị họp mặt sư sãi, achar, Ban Quản trị chùa Phật giáo Nam tông Khmer tiêu biểu năm 2012. Dự có đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Thạch Sa Muth, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cùng 215 đại biểu là sư sãi, achar của 141 chùa trong tỉnh.
Đại biểu dự hội nghị. Ảnh: H.Lợi
Báo cáo do Đại đức Kim Sa Rinh, Phó Chủ tịch kiêm Tổng Thư ký Hội Đoàn kết sư sãi yêu nước tỉnh trình bày cho biết, năm 2012 sư sãi, achar các chùa đã vận động đồng bào Khmer đóng góp hơn 3,6 tỷ đồng làm cầu, đường nông thôn, hỗ trợ xây 38 căn nhà đại đoàn kết cho hộ nghèo; 96 chùa mở lớp dạy chữ Khmer hè với 11.420 học sinh theo học. Hội đã phối hợp tuyên truyền Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo đến 100% chùa; thực hiện kế hoạch số 36-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động sư sãi tham gia giữ gìn an ninh nông thôn.
Tại hội nghị, ông Thạch Rươl, achar chùa Ba Sát, xã Lương Hòa, huyện Châu Thành, chia sẻ cách vận động bà con trong phum sóc không nghe kẻ xấu kích động, cho con em đi học đầy đủ. Đại đức Sơn Ngọc Hên, trụ trì chùa Kom Pong, xã Ngọc Biên, huyện Trà Cú, đề nghị tỉnh quan tâm hỗ trợ kinh phí trùng tu sala, trường dạy giáo lý; bà Kiên Thị Sa Phươne, Phó Trưởng Ban Quản trị chùa Sóc Cụt, mong tiếp tục có lớp bồi dưỡng tiếng Việt cho sư sãi mới tu.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Nhung ghi nhận những đóng góp của chư tăng và achar; đề nghị các chùa tiếp tục thực hiện tốt Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, phát huy vai trò của sư sãi trong giữ gìn tiếng nói, chữ viết và văn hóa truyền thống; kịp thời phản ánh tâm tư, nguyện vọng của đồng bào với cấp ủy, chính quyền.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 chùa và 32 cá nhân là sư sãi, achar có thành tích tiêu biểu trong phong trào "Sư sãi, achar tham gia xây dựng nông thôn mới". Mỗi đại biểu được tặng 1 phần quà trị giá 200.000 đồng.
Được biết, toàn tỉnh hiện có khoảng 4.000 vị sư sãi tu học tại các chùa Phật giáo Nam tông Khmer.
Hữu Lợi
Các tin khác
- Trà Cú: bồi dưỡng kiến thức quốc phòng cho sư sãi (10/12/2012)
- Trao 300 phần quà cho hộ nghèo dân tộc Khmer (28/11/2012)
- Cầu Ngang: ra mắt mô hình "Chùa văn minh, an toàn" (15/11/2012)
""", "2012-12-20", "Họp mặt sư sãi, achar tiêu biểu năm 2012",
E("hoi_nghi", "2012", "2012-12-19"),
[P("Nguyễn Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Muth", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Sa Rinh", "Đại đức", "Phó Chủ tịch kiêm Tổng Thư ký Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Rươl", "achar chùa Ba Sát"),
 P("Sơn Ngọc Hên", "Đại đức", "trụ trì chùa Kom Pong"),
 P("Kiên Thị Sa Phươne", "Phó Trưởng Ban Quản trị chùa Sóc Cụt")],
[Q("215 đại biểu", 215, "đại biểu"), Q("141 chùa", 141, "chùa"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("38 căn nhà đại đoàn kết", 38, "căn nhà đại đoàn kết"), Q("96 chùa", 96, "chùa"), Q("11.420 học sinh", 11420, "học sinh"),
 Q("100%", 100, "%"), Q("25 chùa", 25, "chùa"), Q("32 cá nhân", 32, "cá nhân"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 4.000 vị sư sãi", 4000, "vị sư sãi", "approx")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ"),
 D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 36-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư")],
[prov("Trà Vinh"), com("Lương Hòa"), com("Ngọc Biên")],
["TRÀ VINH ONLINE - Báo Trà Vinh điện tử", "Thời sự > Chính trị > Dân vận", "(TVO)", "Đại biểu dự hội nghị. Ảnh: H.Lợi",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Pháp lệnh tín ngưỡng, tôn giáo", "Sư sãi, achar tham gia xây dựng nông thôn mới"],
["20/12/2012 | 09:30", "năm 2012", "1 phần quà", "Sáng 19/12"]))

PAGES.append(page("b2695-angiang-sene-dolta-2013", """
BÁO AN GIANG ONLINE
Trang nhất :: Thời sự :: Dân tộc - Tôn giáo
Cập nhật lúc 15:40 ngày 02/10/2013
Mang quà Sene Dolta đến phum sóc vùng Bảy Núi
Ngày 1/10, đồng chí Châu Văn Lệ, Phó Chủ tịch UBND tỉnh An Giang cùng đoàn công tác của tỉnh đã đến thăm, chúc mừng lễ Sene Dolta tại các chùa Phật giáo Nam tông Khmer ở hai huyện Tri Tôn, Tịnh Biên. Tham gia đoàn có bà Néang Sa Ri, HUV, Trưởng Ban Dân vận Huyện ủy Tri Tôn, và lãnh đạo Ban Dân tộc tỉnh.
Chư tăng chùa Xvayton đón đoàn công tác. Ảnh: K.Chi
Đến chùa Xvayton, đoàn được Thượng tọa Chau Ty, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Xvayton, thông tin về tình hình tu học của 27 vị sư và hoạt động của trường dạy chữ Khmer tại chùa. Thượng tọa cho biết bà con phum sóc ngày càng tin tưởng vào chủ trương của Đảng, chính sách của Nhà nước, nhiều hộ đã vươn lên thoát nghèo nhờ chuyển đổi cây trồng.
Tại chùa Ô Soài Chek, xã Lê Trì, đoàn ghé thăm achar Chau Sóc Kim, Trưởng Ban Quản trị chùa, người đã vận động bà con hiến gần 2.000 m2 đất làm đường bê tông vào chùa. Tiếp đó, đoàn đến chùa Svay Sor ở xã An Cư, huyện Tịnh Biên, tặng quà Đại đức Chau Sóc Khom, trụ trì chùa.
Thay mặt UBND tỉnh, đồng chí Châu Văn Lệ chúc sư sãi, achar và đồng bào Khmer đón lễ Sene Dolta vui tươi, đầm ấm; đề nghị các chùa tiếp tục vận động bà con thực hiện tốt Kế hoạch số 58-KH/TU của Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc Khmer và Quyết định số 1530/QĐ-UBND ngày 12/9/2013 của UBND tỉnh về mức hỗ trợ các chùa, sư sãi nhân dịp lễ, Tết.
Dịp này, đoàn trao tặng mỗi chùa 5 triệu đồng cùng quà. Theo Ban Dân tộc tỉnh, năm nay tỉnh dành hơn 240 triệu đồng thăm 66 chùa Khmer và tặng 1.500 phần quà Sene Dolta cho hộ nghèo, gia đình chính sách; toàn tỉnh còn khoảng 3.600 hộ nghèo người Khmer.
Cùng ngày, đoàn công tác huyện Tịnh Biên do ông Lê Hoàng Phước, Phó Bí thư Thường trực Huyện ủy dẫn đầu đã đến thăm 14 chùa Khmer trên địa bàn huyện, trao 280 phần quà cho hộ nghèo, mỗi phần gồm 10 kg gạo, dầu ăn và nước mắm. Huyện cũng hỗ trợ các chùa tổ chức lễ cúng ông bà theo phong tục, bảo đảm an ninh trật tự, an toàn giao thông.
Ông Chau Sóc Kim bày tỏ: "Mỗi lần lễ, Tết đều có cán bộ về thăm chùa, bà con rất vui và tin tưởng".
Kim Chi
Số lượt xem: 2.315
Xem thêm
- Tri Tôn: 100% chùa Khmer tổ chức lễ Sene Dolta an toàn (28/09/2013)
- Tịnh Biên: tặng 400 phần quà cho đồng bào Khmer nghèo (25/09/2013)
- Hội thi đua ghe Ngo tỉnh An Giang năm 2013 (18/09/2013)
- Ban Dân tộc tỉnh họp mặt người có uy tín trong đồng bào Khmer (10/09/2013)
- Thoại Sơn: vận động đồng bào Khmer tham gia bảo hiểm y tế (05/09/2013)
""", "2013-10-02", "Mang quà Sene Dolta đến phum sóc vùng Bảy Núi",
E("trao_qua", None, "2013-10-01"),
[P("Châu Văn Lệ", "Phó Chủ tịch UBND tỉnh An Giang"),
 P("Néang Sa Ri", "HUV", "Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Chau Ty", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Xvayton"),
 P("Chau Sóc Kim", "achar", "Trưởng Ban Quản trị chùa"),
 P("Chau Sóc Khom", "Đại đức", "trụ trì chùa"),
 P("Lê Hoàng Phước", "Phó Bí thư Thường trực Huyện ủy")],
[Q("27 vị sư", 27, "vị sư"), Q("14 chùa Khmer", 14, "chùa Khmer"), Q("280 phần quà", 280, "phần quà"), Q("10 kg", 10, "kg"), Q("gần 2.000 m2", 2000, "m2", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("hơn 240 triệu đồng", 240000000, "đồng", "over"), Q("66 chùa Khmer", 66, "chùa Khmer"),
 Q("1.500 phần quà", 1500, "phần quà"), Q("khoảng 3.600 hộ nghèo người Khmer", 3600, "hộ nghèo người Khmer", "approx")],
[D("Kế hoạch", "58", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 58-KH/TU của Tỉnh ủy"),
 D("Quyết định", "1530", "QĐ-UBND", "2013-09-12", "UBND tỉnh", "Quyết định số 1530/QĐ-UBND ngày 12/9/2013 của UBND tỉnh")],
[prov("An Giang"), com("Lê Trì"), com("An Cư")],
["BÁO AN GIANG ONLINE", "Trang nhất :: Thời sự :: Dân tộc - Tôn giáo", "Chư tăng chùa Xvayton đón đoàn công tác. Ảnh: K.Chi",
 "Sene Dolta", "Ban Dân tộc tỉnh", "Số lượt xem: 2.315", "chùa Ô Soài Chek", "chùa Svay Sor"],
["Cập nhật lúc 15:40 ngày 02/10/2013", "Ngày 1/10", "Số lượt xem: 2.315"]))

PAGES.append(page("b2696-kiengiang-tongket-tongiao-2014", """
Sở Nội vụ tỉnh Kiên Giang - Ban Tôn giáo
Trang chủ > Tin hoạt động > Công tác tôn giáo
26-12-2014 10:15
Phật giáo Nam tông Khmer đồng hành cùng địa phương xây dựng nông thôn mới
Sáng 24/12/2014, Ban Tôn giáo tỉnh tổ chức hội nghị tổng kết công tác tôn giáo năm 2014 và triển khai nhiệm vụ năm 2015. Ông Danh Út, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo tỉnh chủ trì; dự có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và chư tôn đức các hệ phái.
Theo báo cáo, toàn tỉnh có 75 chùa Phật giáo Nam tông Khmer với hơn 1.800 sư sãi. Năm 2014, các chùa đã tổ chức an toàn các lễ Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok; 62 chùa mở lớp dạy chữ Khmer cho trên 7.300 học sinh. Sư sãi và achar tham gia vận động bà con đóng góp khoảng 5,4 tỷ đồng làm 46 cây cầu, 38 km đường nông thôn. Ban Tôn giáo đã giải quyết 9 hồ sơ về đất đai liên quan đến chùa theo Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ; tham mưu UBND tỉnh ban hành Quyết định số 2412/QĐ-UBND ngày 14/10/2014 về quy chế phối hợp quản lý nhà nước về tôn giáo.
Quang cảnh hội nghị tổng kết.
Tuy vậy, vẫn còn 3 chùa chưa được cấp giấy chứng nhận quyền sử dụng đất; một số sư sãi trẻ còn thiếu hiểu biết pháp luật.
Phát biểu tại hội nghị, Hòa thượng Danh Nhơn, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cảm ơn sự quan tâm của chính quyền các cấp, đặc biệt việc hỗ trợ xây dựng sala chùa Láng Cát ở xã Mỹ Lâm, huyện Hòn Đất. Đại đức Danh Sóc Ly, trụ trì chùa Cà Rò ở xã Vĩnh Hòa Hưng Bắc, kiến nghị sớm tổ chức lớp bồi dưỡng kiến thức pháp luật cho ban quản trị các chùa.
Bà Thị Sa Thơ, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị năm 2015 ngành tiếp tục phối hợp tuyên truyền Nghị định 92/2012/NĐ-CP, chú ý vận động sư sãi không tham gia các tổ chức bất hợp pháp, phản ánh kịp thời tình hình phum sóc.
Kết luận hội nghị, ông Danh Út yêu cầu các huyện rà soát, giải quyết dứt điểm 3 trường hợp tồn đọng về đất chùa trong quý I/2015; chuẩn bị tốt việc thăm, tặng quà các chùa dịp Tết Chôl Chnăm Thmây năm 2015.
Dịp này, Sở Nội vụ tặng giấy khen cho 11 tập thể, 17 cá nhân.
Thanh Hùng
Lượt truy cập: 35.612
Tin khác
- Hội nghị triển khai Luật Tín ngưỡng, tôn giáo (dự thảo) tại Rạch Giá (10/12/2014)
- Gò Quao: thăm chùa nhân lễ Ok Om Bok (08/11/2014)
- Tập huấn nghiệp vụ công tác tôn giáo cho cán bộ cơ sở (22/10/2014)
- Châu Thành: trao 50 suất học bổng cho sư sãi đang theo học (15/10/2014)
- Ban Tôn giáo tỉnh làm việc với chùa Phật giáo Nam tông Khmer ở An Biên (02/10/2014)
""", "2014-12-26", "Phật giáo Nam tông Khmer đồng hành cùng địa phương xây dựng nông thôn mới",
E("tong_ket", "2014", "2014-12-24"),
[P("Danh Út", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo tỉnh"),
 P("Danh Nhơn", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Sóc Ly", "Đại đức", "trụ trì chùa Cà Rò"),
 P("Thị Sa Thơ", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"), Q("hơn 1.800 sư sãi", 1800, "sư sãi", "over"),
 Q("62 chùa", 62, "chùa"), Q("trên 7.300 học sinh", 7300, "học sinh", "over"), Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("46 cây cầu", 46, "cây cầu"), Q("38 km", 38, "km"), Q("9 hồ sơ", 9, "hồ sơ"), Q("3 chùa", 3, "chùa"),
 Q("3 trường hợp", 3, "trường hợp"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ"),
 D("Quyết định", "2412", "QĐ-UBND", "2014-10-14", "UBND tỉnh", "Quyết định số 2412/QĐ-UBND ngày 14/10/2014"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP")],
[prov("Kiên Giang"), com("Mỹ Lâm"), com("Vĩnh Hòa Hưng Bắc")],
["Sở Nội vụ tỉnh Kiên Giang - Ban Tôn giáo", "Trang chủ > Tin hoạt động > Công tác tôn giáo", "Quang cảnh hội nghị tổng kết.",
 "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt truy cập: 35.612", "chùa Láng Cát"],
["26-12-2014 10:15", "năm 2014", "năm 2015", "quý I/2015", "Lượt truy cập: 35.612"]))

PAGES.append(page("b2697-baclieu-taphuan-achar-2015", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Trang chủ / Hoạt động / Dân tộc - Tôn giáo
14.08.2015 | 08:45
Bồi dưỡng kiến thức pháp luật cho sư sãi, achar
Trong hai ngày 12 và 13/8, Ban Dân vận Tỉnh ủy phối hợp Ban Tôn giáo (Sở Nội vụ) và Hội Đoàn kết sư sãi yêu nước tỉnh mở lớp tập huấn, bồi dưỡng kiến thức pháp luật năm 2015 cho sư sãi, achar, thành viên ban quản trị các chùa Phật giáo Nam tông Khmer. Lớp học có 124 học viên đến từ 27 chùa Khmer trên địa bàn tỉnh Bạc Liêu.
Đồng chí Lý Thị Sa Quynh, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp học.
Đồng chí Lý Thị Sa Quynh, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, lớp tập huấn nhằm giúp sư sãi, achar nắm vững Pháp lệnh tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11, Nghị định số 92/2012/NĐ-CP và Kế hoạch số 112/KH-UBND ngày 20/7/2015 của UBND tỉnh về công tác tôn giáo giai đoạn 2015 - 2020, từ đó tuyên truyền lại cho bà con trong phum sóc.
Các học viên được ThS. Trần Minh Tâm, giảng viên Trường Chính trị Châu Văn Đặng, và ông Thạch Sô Phol, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, truyền đạt các chuyên đề: chính sách của Đảng, Nhà nước đối với đồng bào Khmer; một số thủ đoạn lợi dụng tôn giáo, dân tộc để chống phá; kỹ năng hòa giải mâu thuẫn trong cộng đồng. Đại đức Huỳnh Sóc Phi, trụ trì chùa Xiêm Cán, phường Nhà Mát, trao đổi kinh nghiệm phối hợp với công an phường giữ an ninh trong các ngày lễ.
Theo Ban Dân vận Tỉnh ủy, năm qua các chùa Khmer trong tỉnh đã tham gia hòa giải thành 19 vụ việc mâu thuẫn trong phum sóc, vận động đóng góp hơn 870 triệu đồng giúp hộ nghèo sửa nhà, làm lộ nông thôn; 85% sư sãi trẻ đã biết tiếng Việt.
Achar Kim Văn Sơn, Trưởng Ban Quản trị chùa Cộng Hòa, xã Hưng Hội, huyện Vĩnh Lợi, chia sẻ: lớp học giúp ban quản trị biết rõ quyền, nghĩa vụ khi sửa chữa, xây dựng công trình tôn giáo, tránh sai sót về thủ tục. Ông Lâm Hên, achar chùa Giồng Giữa ở xã Vĩnh Trạch, đề nghị năm sau mở thêm lớp tại huyện.
Dịp Tết Chôl Chnăm Thmây năm 2015, Ban Dân vận Tỉnh ủy cùng Ban Dân tộc tỉnh đã thăm, tặng quà các chùa với tổng kinh phí khoảng 135 triệu đồng; 46 sư sãi đang theo học tại Học viện Phật giáo Nam tông Khmer được hỗ trợ học phí. Tỉnh cũng chỉ đạo các huyện, thị xã định kỳ gặp gỡ, đối thoại với ban quản trị chùa để kịp thời nắm tâm tư của sư sãi và bà con phum sóc.
Bế giảng lớp học, Ban Dân vận Tỉnh ủy tặng mỗi học viên tài liệu và hỗ trợ 150.000 đồng tiền đi lại.
Hữu Thọ
Lượt xem: 642
Bài viết liên quan
- Họp mặt achar tiêu biểu năm 2015 (30/07/2015)
- Vĩnh Lợi: trao 30 căn nhà đại đoàn kết cho hộ Khmer nghèo (17/07/2015)
- Thăm, chúc Tết Chôl Chnăm Thmây tại chùa Xiêm Cán (13/04/2015)
""", "2015-08-14", "Bồi dưỡng kiến thức pháp luật cho sư sãi, achar",
E("tap_huan", "2015", "2015-08-12"),
[P("Lý Thị Sa Quynh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Tâm", "ThS.", "giảng viên Trường Chính trị Châu Văn Đặng"),
 P("Thạch Sô Phol", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Sóc Phi", "Đại đức", "trụ trì chùa Xiêm Cán"),
 P("Kim Văn Sơn", "Achar", "Trưởng Ban Quản trị chùa Cộng Hòa"),
 P("Lâm Hên", "achar chùa Giồng Giữa")],
[Q("124 học viên", 124, "học viên"), Q("27 chùa Khmer", 27, "chùa Khmer"), Q("19 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"),
 Q("hơn 870 triệu đồng", 870000000, "đồng", "over"), Q("85%", 85, "%"), Q("khoảng 135 triệu đồng", 135000000, "đồng", "approx"), Q("46 sư sãi", 46, "sư sãi"), Q("150.000 đồng", 150000, "đồng")],
[D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "112", "KH-UBND", "2015-07-20", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 20/7/2015 của UBND tỉnh")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Hưng Hội"), com("Vĩnh Trạch")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ / Hoạt động / Dân tộc - Tôn giáo",
 "Đồng chí Lý Thị Sa Quynh, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp học.", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Trường Chính trị Châu Văn Đặng", "Lượt xem: 642", "Chôl Chnăm Thmây", "Học viện Phật giáo Nam tông Khmer"],
["14.08.2015 | 08:45", "hai ngày 12 và 13/8", "năm 2015", "giai đoạn 2015 - 2020", "Lượt xem: 642"]))

PAGES.append(page("b2698-camau-daihoi-susai-2016", """
Báo Cà Mau điện tử
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Ngày đăng 18/06/2016 | 07:30
Quang cảnh Đại hội. Ảnh: Trúc Linh
Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ III
Ngày 17/6, Hội Đoàn kết sư sãi yêu nước tỉnh Cà Mau long trọng tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2016 - 2021. Dự đại hội có đồng chí Nguyễn Văn Thức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lâm Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng 86 đại biểu là sư sãi, achar đại diện cho 36 chùa Phật giáo Nam tông Khmer trong tỉnh.
Nhiệm kỳ 2011 - 2016, Hội đã vận động sư sãi, achar và đồng bào Khmer thực hiện tốt đường lối, chính sách của Đảng và pháp luật của Nhà nước. Các chùa đã đóng góp trên 2,1 tỷ đồng cùng hơn 4.500 ngày công để làm cầu, đường, hỗ trợ học sinh nghèo; 24 chùa duy trì lớp dạy chữ Khmer hè; 100% chùa đạt tiêu chuẩn "Chùa văn minh". Hội đã phối hợp với Ban Dân vận Tỉnh ủy triển khai Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào dân tộc Khmer và Kế hoạch 27/KH-UBND của UBND tỉnh về chăm lo đời sống sư sãi.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thức đề nghị Hội tiếp tục làm cầu nối giữa cấp ủy, chính quyền với sư sãi và đồng bào Khmer, phát huy vai trò các vị trụ trì trong giữ gìn bản sắc văn hóa, vận động bà con đoàn kết, sản xuất giỏi.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ mới: phấn đấu đến năm 2021 có 30 chùa mở lớp dạy chữ Khmer hè, vận động trên 1.000 lượt sư sãi tham gia học tập chính trị, pháp luật; mỗi chùa xây dựng ít nhất một mô hình "Chùa xanh - sạch - đẹp" gắn với bảo vệ môi trường. Các tham luận tập trung vào việc giữ gìn chữ viết, lễ hội truyền thống và vận động thanh niên Khmer tránh xa tệ nạn xã hội.
Đại hội đã hiệp thương cử 15 vị vào Ban Chấp hành Hội khóa III. Đại đức Lý Hoàng Phương, trụ trì chùa Cao Dân ở xã Trí Phải, huyện Thới Bình, được tín nhiệm bầu giữ chức Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Đại đức Thạch Sà Rinh, trụ trì chùa Bào Sen, xã Khánh Bình Tây, và achar Danh Hoàng Lâm được bầu làm Phó Chủ tịch Hội.
Nhân dịp này, Hòa thượng Thạch Ưng, nguyên Chủ tịch Hội khóa II, trụ trì chùa Tân Hưng, được UBND tỉnh tặng bằng khen. Ủy ban MTTQ Việt Nam tỉnh trao 36 phần quà cho các chùa, mỗi phần trị giá 2 triệu đồng.
Trúc Linh
Số người truy cập: 128.743
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh họp mặt chức sắc tôn giáo (10/06/2016)
- Trần Văn Thời: Đại hội Chi hội Đoàn kết sư sãi yêu nước (02/06/2016)
- Thới Bình: 12 chùa Khmer được hỗ trợ sửa chữa (20/05/2016)
- Cà Mau chuẩn bị tổ chức Đại hội đại biểu các dân tộc thiểu số (12/05/2016)
""", "2016-06-18", "Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ III",
E("dai_hoi", None, "2016-06-17"),
[P("Nguyễn Văn Thức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hoàng Phương", "Đại đức", "trụ trì chùa Cao Dân", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Sà Rinh", "Đại đức", "trụ trì chùa Bào Sen", "Phó Chủ tịch Hội"),
 P("Danh Hoàng Lâm", "achar", "Phó Chủ tịch Hội"),
 P("Thạch Ưng", "Hòa thượng", "nguyên Chủ tịch Hội khóa II", "trụ trì chùa Tân Hưng")],
[Q("86 đại biểu", 86, "đại biểu"), Q("36 chùa Phật giáo Nam tông Khmer", 36, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("hơn 4.500 ngày công", 4500, "ngày công", "over"),
 Q("24 chùa", 24, "chùa"), Q("100%", 100, "%"), Q("30 chùa", 30, "chùa"), Q("trên 1.000 lượt sư sãi", 1000, "lượt sư sãi", "over"), Q("15 vị", 15, "vị"), Q("36 phần quà", 36, "phần quà"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 27/KH-UBND của UBND tỉnh")],
[prov("Cà Mau"), com("Trí Phải"), com("Khánh Bình Tây")],
["Báo Cà Mau điện tử", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Quang cảnh Đại hội. Ảnh: Trúc Linh", "Chùa văn minh", "Chùa xanh - sạch - đẹp",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Số người truy cập: 128.743"],
["Ngày đăng 18/06/2016 | 07:30", "lần thứ III", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "đến năm 2021", "một mô hình", "khóa III", "khóa II",
 "Số người truy cập: 128.743"]))
