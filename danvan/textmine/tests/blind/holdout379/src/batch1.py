from lib import *
PAGES = []

PAGES.append(page("b9053-langson-mttq-ngayhoi-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Trang chủ » Hoạt động Mặt trận » Tin cơ sở
Thứ Tư, 16/11/2011 - 09:20
Ảnh: Các đại biểu dự ngày hội tại thôn Pò Mã.
Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở thôn Pò Mã
Ngày 15/11/2011, Ban Công tác Mặt trận thôn Pò Mã, xã Hoàng Đồng, thành phố Lạng Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2011, kỷ niệm 81 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2011). Dự ngày hội có đồng chí Lộc Văn Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; bà Hoàng Thị Mai, Chủ tịch Ủy ban MTTQ xã Hoàng Đồng cùng hơn 300 hộ dân trong thôn.
Thực hiện Hướng dẫn số 28/HD-MTTW-BTT ngày 12/9/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 56/KH-MTTQ của Ban Thường trực Ủy ban MTTQ tỉnh, năm nay toàn tỉnh chọn thôn Pò Mã là điểm tổ chức ngày hội cấp tỉnh.
Báo cáo do ông Vi Văn Sình, Trưởng ban Công tác Mặt trận thôn trình bày cho biết, thôn có 312 hộ với 1.346 nhân khẩu, đồng bào Tày, Nùng, Kinh sống xen kẽ. Năm 2011, cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục đi vào chiều sâu: 289/312 hộ đạt danh hiệu Gia đình văn hóa, đạt 92,6%; nhân dân đóng góp trên 120 triệu đồng và 850 ngày công để bê tông hóa 1,2 km đường thôn. Quỹ "Vì người nghèo" của thôn vận động được 4,5 triệu đồng, giúp 2 hộ sửa chữa nhà ở. Thôn không có người vi phạm pháp luật, không có trẻ em bỏ học.
Phát biểu tại ngày hội, đồng chí Lộc Văn Hạnh biểu dương những kết quả thôn Pò Mã đạt được. "Ngày hội là dịp để mỗi gia đình ôn lại truyền thống đoàn kết, bàn cách làm ăn, giữ gìn xóm làng bình yên. Ban Công tác Mặt trận thôn cần tiếp tục phát huy vai trò của già làng, trưởng bản và người có uy tín", đồng chí nói.
Dịp này, UBND thành phố tặng Giấy khen cho thôn Pò Mã vì có thành tích xuất sắc trong cuộc vận động; Ủy ban MTTQ xã tặng Giấy khen cho 10 hộ gia đình văn hóa tiêu biểu. Đồng chí Lộc Văn Hạnh trao 15 suất quà cho các hộ nghèo, mỗi suất trị giá 300.000 đồng, và tặng thôn 1 bộ loa truyền thanh trị giá 5 triệu đồng.
Sau phần lễ, bà con tham gia các trò chơi dân gian kéo co, ném còn, đẩy gậy và thưởng thức văn nghệ do đội văn nghệ thôn biểu diễn. Ông Hoàng Văn Pèng, người cao tuổi nhất thôn, xúc động chia sẻ: "Năm nào cũng được ăn cơm chung, vui lắm, thôn mình đoàn kết thì cái gì cũng làm được".
Cùng dịp, Ban Thường trực Ủy ban MTTQ tỉnh phân công các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nông Thị Liên, Hà Văn Bảo dự ngày hội tại các huyện Cao Lộc và Văn Lãng.
Hoàng Nguyên
Tin liên quan
- Văn Quan: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (14/11/2011)
- Hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết" năm 2011 (10/11/2011)
- Trao 50 suất quà cho hộ nghèo xã biên giới (05/11/2011)
""", "2011-11-16", "Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở thôn Pò Mã",
E("khac", None, "2011-11-15"),
[P("Lộc Văn Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Mai", "Chủ tịch Ủy ban MTTQ xã Hoàng Đồng"),
 P("Vi Văn Sình", "Trưởng ban Công tác Mặt trận thôn"),
 P("Hoàng Văn Pèng", "người cao tuổi nhất thôn"),
 P("Nông Thị Liên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Bảo", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("hơn 300 hộ dân", 300, "hộ dân", "over"), Q("312 hộ", 312, "hộ"), Q("1.346 nhân khẩu", 1346, "nhân khẩu"),
 Q("289/312 hộ", 289, "hộ"), Q("92,6%", 92.6, "%"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"),
 Q("850 ngày công", 850, "ngày công"), Q("1,2 km", 1.2, "km"), Q("4,5 triệu đồng", 4500000, "đồng"),
 Q("2 hộ", 2, "hộ"), Q("10 hộ gia đình văn hóa tiêu biểu", 10, "hộ gia đình văn hóa tiêu biểu"),
 Q("15 suất quà", 15, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Hướng dẫn", "28", "HD-MTTW-BTT", "2011-09-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 28/HD-MTTW-BTT ngày 12/9/2011"),
 D("Kế hoạch", "56", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 56/KH-MTTQ")],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ » Hoạt động Mặt trận » Tin cơ sở",
 "Ảnh: Các đại biểu dự ngày hội tại thôn Pò Mã.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Vì người nghèo", "Gia đình văn hóa", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Tư, 16/11/2011 - 09:20", "81 năm", "18/11/1930 - 18/11/2011", "năm 2011", "1 bộ loa truyền thanh"]))

PAGES.append(page("b9054-nghean-bdv-ngayhoi-2012", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Bạn đang ở: Trang chủ > Tin tức > Dân vận các cấp
Cập nhật: 15:40, 15/11/2012 (GMT+7)
Toàn cảnh ngày hội tại xóm 7.
Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc dự Ngày hội Đại đoàn kết ở xóm 7 xã Diễn Kỷ
Sáng 14/11, tại nhà văn hóa xóm 7, xã Diễn Kỷ, huyện Diễn Châu, Ban Công tác Mặt trận xóm long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2012. Về dự có đồng chí Phan Đình Luyện, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; đồng chí Nguyễn Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hồ Sỹ Nam, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Xóm 7 hiện có 268 hộ, 1.075 khẩu, trong đó 96 hộ theo đạo Công giáo. Những năm qua, bà con lương - giáo đoàn kết, cùng nhau phát triển kinh tế, xây dựng nông thôn mới. Thu nhập bình quân đầu người năm 2012 đạt 14,5 triệu đồng; tỷ lệ hộ nghèo giảm còn 4,8%. Năm nay, nhân dân trong xóm đã hiến 2.300 m2 đất, đóng góp 650 triệu đồng để làm 1,8 km đường giao thông nội đồng và kênh mương. Toàn xóm có 241 hộ đạt chuẩn gia đình văn hóa; xóm được công nhận danh hiệu Làng văn hóa 6 năm liền.
Theo bà Trần Thị Lý, Bí thư Chi bộ, Trưởng ban Công tác Mặt trận xóm, Ngày hội năm nay được tổ chức theo Kế hoạch số 112/KH-MT ngày 20/9/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, gắn với sơ kết 3 năm thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng khu dân cư văn hóa.
Phát biểu chúc mừng, Thứ trưởng Phan Đình Luyện đánh giá cao tinh thần đoàn kết lương - giáo ở xóm 7 và đề nghị cấp ủy, chính quyền tiếp tục quan tâm đời sống hộ nghèo, hộ chính sách. Thay mặt Ủy ban Dân tộc, Thứ trưởng trao tặng xóm 20 triệu đồng để mua sắm trang thiết bị cho nhà văn hóa.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho xóm 7; UBND huyện Diễn Châu tặng Giấy khen cho 7 hộ gia đình tiêu biểu; Ban Dân vận Tỉnh ủy và các nhà hảo tâm trao 30 suất quà cho hộ nghèo, gia đình chính sách, mỗi suất gồm 20 kg gạo và 200.000 đồng tiền mặt. Ngân hàng Chính sách xã hội huyện trao 2 sổ tiết kiệm, mỗi sổ trị giá 3 triệu đồng cho học sinh nghèo vượt khó.
Ông Hoàng Văn Nghĩa, Trưởng xóm 7 cho biết: "Có được thành quả hôm nay là nhờ bà con một lòng, việc gì cũng bàn bạc dân chủ, công khai".
Theo Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An, năm 2012 toàn tỉnh có 5.870 khu dân cư tổ chức ngày hội, đạt 98,6%. Tổng số tiền, hàng hóa các khu dân cư vận động để tặng quà tại ngày hội ước trên 4,2 tỷ đồng. Các đồng chí trong Ban Thường vụ Tỉnh ủy được phân công dự ngày hội ở 21 huyện, thành phố, thị xã.
Ngày hội khép lại với bữa cơm đoàn kết của hơn 200 hộ dân.
Quang Hải
Các tin khác
- Quỳ Hợp: Ngày hội Đại đoàn kết ở bản Na Mèo (13/11/2012)
- Phát huy vai trò người có uy tín vùng đồng bào giáo (08/11/2012)
- Tập huấn công tác dân vận cho cán bộ cơ sở (01/11/2012)
""", "2012-11-15", "Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc dự Ngày hội Đại đoàn kết ở xóm 7 xã Diễn Kỷ",
E("khac", None, "2012-11-14"),
[P("Phan Đình Luyện", "Thứ trưởng", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Nguyễn Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Nam", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Lý", "Bí thư Chi bộ", "Trưởng ban Công tác Mặt trận xóm"),
 P("Hoàng Văn Nghĩa", "Trưởng xóm 7")],
[Q("268 hộ", 268, "hộ"), Q("1.075 khẩu", 1075, "khẩu"), Q("96 hộ", 96, "hộ"),
 Q("14,5 triệu đồng", 14500000, "đồng"), Q("4,8%", 4.8, "%"), Q("2.300 m2", 2300, "m2"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("1,8 km", 1.8, "km"), Q("241 hộ", 241, "hộ"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("7 hộ gia đình tiêu biểu", 7, "hộ gia đình tiêu biểu"),
 Q("30 suất quà", 30, "suất quà"), Q("20 kg", 20, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("2 sổ tiết kiệm", 2, "sổ tiết kiệm"), Q("3 triệu đồng", 3000000, "đồng"), Q("5.870 khu dân cư", 5870, "khu dân cư"), Q("98,6%", 98.6, "%"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("21 huyện, thành phố, thị xã", 21, "huyện, thành phố, thị xã"), Q("hơn 200 hộ dân", 200, "hộ dân", "over")],
[D("Kế hoạch", "112", "KH-MT", "2012-09-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MT ngày 20/9/2012"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Nghệ An"), com("Diễn Kỷ")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Bạn đang ở: Trang chủ > Tin tức > Dân vận các cấp", "Toàn cảnh ngày hội tại xóm 7.",
 "Làng văn hóa", "Ngân hàng Chính sách xã hội"],
["Cập nhật: 15:40, 15/11/2012 (GMT+7)", "6 năm", "3 năm", "năm 2012"]))

PAGES.append(page("b9055-soctrang-mttq-ngayhoi-2013", """
Báo Sóc Trăng Online
Chính trị - Xã hội | Mặt trận - Đoàn thể
08:30 | 13/11/2013
Ngày hội Đại đoàn kết toàn dân tộc ở ấp Prey Chóp A
(STO) - Ngày 12-11, Ban Công tác Mặt trận ấp Prey Chóp A, xã Thuận Hòa, huyện Mỹ Tú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2013. Đến dự có ông Trần Văn Chín, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh; Đại đức Lý Hoàng Sang, trụ trì chùa Prey Chóp; ông Thạch Sô Phol, Chủ tịch Ủy ban MTTQ xã Thuận Hòa cùng đông đảo bà con ấp.
Ấp Prey Chóp A có 415 hộ, trong đó 287 hộ đồng bào Khmer, chiếm 69,2%. Năm qua, ấp vận động được 45 hộ tham gia tổ hợp tác nuôi bò, trồng màu; số hộ nghèo giảm từ 38 hộ xuống còn 21 hộ. Người dân đóng góp 87 triệu đồng, cùng với nguồn vốn nhà nước xây dựng 3 cây cầu bê tông và 1,5 km đường đal. Thực hiện Quyết định số 16/2013/QĐ-UBND của UBND tỉnh Sóc Trăng, ấp đã xét chọn 356 hộ gia đình văn hóa, đạt 85,8%.
Ông Trần Văn Chín biểu dương tình đoàn kết giữa đồng bào Kinh, Khmer, Hoa trong ấp và mong bà con tiếp tục giữ gìn an ninh trật tự, giúp nhau thoát nghèo bền vững. Ông đề nghị Ban Công tác Mặt trận ấp thực hiện tốt Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN giữa Chính phủ và Ủy ban Trung ương MTTQ Việt Nam về phát huy vai trò của nhân dân trong bảo vệ an ninh trật tự.
Dịp này, Ủy ban MTTQ huyện Mỹ Tú tặng Giấy khen cho 5 gia đình tiêu biểu trong phong trào; Ủy ban MTTQ tỉnh trao 40 phần quà cho hộ nghèo, mỗi phần trị giá 250.000 đồng; chùa Prey Chóp tặng 50 bao gạo loại 10 kg. Tổng trị giá quà tặng tại ngày hội gần 20 triệu đồng.
Các đại biểu cũng trao quyết định công nhận nhà Đại đoàn kết cho hộ bà Thị Sa Phươl, hộ nghèo neo đơn trong ấp. Căn nhà có tổng trị giá 35 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 25 triệu đồng.
Ông Sơn Văn Thạnh, Trưởng ấp Prey Chóp A chia sẻ: "Bà con Khmer và người Kinh ở đây sống với nhau như anh em, có việc gì cũng đến chùa, đến nhà văn hóa bàn bạc".
Theo ông Thạch Sô Phol, năm nay cả 7 ấp của xã Thuận Hòa đều tổ chức ngày hội; Ủy ban MTTQ xã phân công thành viên dự ở từng ấp. Trước ngày hội, các ấp đã tổ chức cho bà con tổng vệ sinh đường làng, treo cờ Tổ quốc, cờ Mặt trận; ấp Prey Chóp A vận động thêm 12 hộ đăng ký thoát nghèo năm 2014.
Cũng trong tháng 11, Ủy ban MTTQ huyện Mỹ Tú đã trao 18 căn nhà Đại đoàn kết với tổng kinh phí 540 triệu đồng cho hộ nghèo ở các xã.
Buổi chiều, ấp tổ chức thi đua ghe ngo mini và đờn ca tài tử, dù kê với sự tham gia của trên 600 người dân.
Tuấn Kiệt
Tin cùng chuyên mục
- Mỹ Xuyên: 172 ấp, khóm tổ chức Ngày hội Đại đoàn kết (12/11/2013)
- Ủy ban MTTQ tỉnh họp mặt kỷ niệm 83 năm Ngày truyền thống (08/11/2013)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo (29/10/2013)
""", "2013-11-13", "Ngày hội Đại đoàn kết toàn dân tộc ở ấp Prey Chóp A",
E("khac", None, "2013-11-12"),
[P("Trần Văn Chín", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Hoàng Sang", "Đại đức", "trụ trì chùa Prey Chóp"),
 P("Thạch Sô Phol", "Chủ tịch Ủy ban MTTQ xã Thuận Hòa"),
 P("Thị Sa Phươl"),
 P("Sơn Văn Thạnh", "Trưởng ấp Prey Chóp A")],
[Q("415 hộ", 415, "hộ"), Q("287 hộ đồng bào Khmer", 287, "hộ đồng bào Khmer"), Q("69,2%", 69.2, "%"),
 Q("45 hộ", 45, "hộ"), Q("38 hộ", 38, "hộ"), Q("21 hộ", 21, "hộ"), Q("87 triệu đồng", 87000000, "đồng"),
 Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("1,5 km", 1.5, "km"), Q("356 hộ gia đình văn hóa", 356, "hộ gia đình văn hóa"),
 Q("85,8%", 85.8, "%"), Q("5 gia đình tiêu biểu", 5, "gia đình tiêu biểu"), Q("40 phần quà", 40, "phần quà"),
 Q("250.000 đồng", 250000, "đồng"), Q("50 bao gạo", 50, "bao gạo"), Q("10 kg", 10, "kg"),
 Q("gần 20 triệu đồng", 20000000, "đồng", "approx"), Q("35 triệu đồng", 35000000, "đồng"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("7 ấp", 7, "ấp"), Q("12 hộ", 12, "hộ"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("trên 600 người dân", 600, "người dân", "over")],
[D("Quyết định", "16", "2013/QĐ-UBND", None, "UBND tỉnh Sóc Trăng", "Quyết định số 16/2013/QĐ-UBND"),
 D("Nghị quyết liên tịch", "09", "2008/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN")],
[prov("Sóc Trăng"), com("Thuận Hòa")],
["Báo Sóc Trăng Online", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "(STO)", "Vì người nghèo", "chùa Prey Chóp"],
["08:30 | 13/11/2013", "Ngày 12-11", "năm 2013"]))

PAGES.append(page("b9056-daklak-mttq-ngayhoi-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận
29-11-2014 06:50 · Hôm nay: Thứ Bảy, 29/11/2014
12-11-2014 16:15
Ảnh: Già làng Y Blin Niê phát biểu tại ngày hội.
Buôn Kô Sier đón nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam
Ngày 11-11, buôn Kô Sier, phường Tân Lợi, thành phố Buôn Ma Thuột tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2014 và đón nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam. Dự có các đồng chí: Y Dhăm Niê, Phó Bí thư Tỉnh ủy; H'Liên Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Trương Công Thái, Chủ tịch UBND phường Tân Lợi.
Buôn Kô Sier có 186 hộ với 972 khẩu, đồng bào Êđê chiếm trên 90%. Những năm qua, dưới sự vận động của Ban Công tác Mặt trận và già làng, bà con đã chuyển đổi 35 ha cà phê già cỗi sang trồng tái canh, xen canh sầu riêng, tiêu; thu nhập bình quân đạt 22 triệu đồng/người/năm. Buôn còn 6 hộ nghèo, giảm 9 hộ so với năm 2013. Nhân dân tự nguyện hiến 1.200 m2 đất mở rộng đường vào buôn; góp 140 triệu đồng sửa chữa nhà dài truyền thống làm nơi sinh hoạt cộng đồng.
Phát biểu tại ngày hội, đồng chí Y Dhăm Niê ghi nhận vai trò của già làng Y Blin Niê và người có uy tín trong buôn; đề nghị bà con tiếp tục thực hiện Chỉ thị số 07-CT/TU ngày 5/6/2012 của Tỉnh ủy Đắk Lắk về giữ gìn bản sắc văn hóa dân tộc, không nghe theo kẻ xấu lôi kéo theo "Tin lành Đê Ga".
Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho buôn Kô Sier vì đã có thành tích xuất sắc trong 15 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Ủy ban MTTQ tỉnh tặng Giấy khen cho 4 tập thể, 9 cá nhân. Các nhà tài trợ trao 25 suất học bổng, mỗi suất 500.000 đồng cho học sinh Êđê học giỏi và 60 phần quà cho hộ khó khăn, tổng trị giá khoảng 18 triệu đồng.
Già làng Y Blin Niê nói bằng tiếng Êđê và được phiên dịch: "Buôn mình đoàn kết như bó đũa, không ai bẻ gãy được".
Cũng theo báo cáo của Ban Công tác Mặt trận buôn do ông Y Kiên Byă, Trưởng ban Công tác Mặt trận buôn Kô Sier trình bày, năm 2014 buôn có 171/186 hộ đạt danh hiệu gia đình văn hóa; 100% trẻ em trong độ tuổi được đến trường; tổ tự quản an ninh buôn đã hòa giải thành 8 vụ việc mâu thuẫn trong nhân dân. Hội Phụ nữ buôn duy trì 2 tổ tiết kiệm và vay vốn với 64 thành viên.
Trên địa bàn tỉnh, năm nay có 2.437 thôn, buôn, tổ dân phố tổ chức ngày hội. Ủy ban MTTQ tỉnh đã vận động trao 310 căn nhà Đại đoàn kết, mỗi căn hỗ trợ từ 30 đến 40 triệu đồng.
Ngày hội còn có các tiết mục cồng chiêng, múa xoang và thi giã gạo của các đội đến từ 5 buôn trong phường.
H'Xíu
Bài viết liên quan
- Ea Kar: tổ chức Ngày hội Đại đoàn kết ở 100% thôn, buôn (13/11/2014)
- Hội nghị người có uy tín năm 2014 (24/10/2014)
""", "2014-11-12", "Buôn Kô Sier đón nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam",
E("khac", None, "2014-11-11"),
[P("Y Dhăm Niê", "Phó Bí thư Tỉnh ủy"),
 P("H'Liên Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trương Công Thái", "Chủ tịch UBND phường Tân Lợi"),
 P("Y Blin Niê", "Già làng"),
 P("Y Kiên Byă", "Trưởng ban Công tác Mặt trận buôn Kô Sier")],
[Q("186 hộ", 186, "hộ"), Q("972 khẩu", 972, "khẩu"), Q("trên 90%", 90, "%", "over"), Q("35 ha", 35, "ha"),
 Q("22 triệu đồng", 22000000, "đồng"), Q("6 hộ nghèo", 6, "hộ nghèo"), Q("9 hộ", 9, "hộ"), Q("1.200 m2", 1200, "m2"),
 Q("140 triệu đồng", 140000000, "đồng"), Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("25 suất học bổng", 25, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"), Q("60 phần quà", 60, "phần quà"),
 Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("171/186 hộ", 171, "hộ"), Q("100%", 100, "%"), Q("8 vụ việc mâu thuẫn", 8, "vụ việc mâu thuẫn"), Q("2 tổ tiết kiệm và vay vốn", 2, "tổ tiết kiệm và vay vốn"),
 Q("64 thành viên", 64, "thành viên"), Q("2.437 thôn, buôn, tổ dân phố", 2437, "thôn, buôn, tổ dân phố"), Q("310 căn nhà Đại đoàn kết", 310, "căn nhà Đại đoàn kết"),
 Q("30", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("5 buôn", 5, "buôn")],
[D("Chỉ thị", "07", "CT/TU", "2012-06-05", "Tỉnh ủy Đắk Lắk", "Chỉ thị số 07-CT/TU ngày 5/6/2012")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận", "Ảnh: Già làng Y Blin Niê phát biểu tại ngày hội.",
 "Tin lành Đê Ga", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["29-11-2014 06:50 · Hôm nay: Thứ Bảy, 29/11/2014", "12-11-2014 16:15", "15 năm", "năm 2014"]))

PAGES.append(page("b9057-hanam-hdnd-ngayhoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH HẢI - HUYỆN THANH LIÊM - TỈNH HÀ NAM
Tin tức - Sự kiện >> Hoạt động đoàn thể
Ngày đăng 14/11/2015 | 10:05
Phó Chủ tịch HĐND tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Đồng Ao
Tối 13/11/2015, thôn Đồng Ao, xã Thanh Hải, huyện Thanh Liêm, tỉnh Hà Nam tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2015 chào mừng 85 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam. Tới dự có bà Trần Thị Hà, Phó Chủ tịch HĐND tỉnh; ông Đinh Văn Cương, Ủy viên BTV Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Thanh Liêm; lãnh đạo Đảng ủy, HĐND, UBND, MTTQ xã Thanh Hải.
Thay mặt Ban Công tác Mặt trận, ông Lại Văn Quyết, Trưởng thôn Đồng Ao báo cáo: thôn có 356 hộ, 1.420 nhân khẩu, sinh sống chủ yếu bằng nghề nông và khai thác đá. Năm 2015, tổng giá trị sản xuất của thôn đạt khoảng 38 tỷ đồng, thu nhập bình quân 27 triệu đồng/người/năm; hộ nghèo còn 11 hộ, chiếm 3,1%. Thôn có 331 hộ được công nhận gia đình văn hóa, 4 dòng họ văn hóa. Thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới, nhân dân đã đóng góp 1,15 tỷ đồng, hiến gần 900 m2 đất để làm đường trục thôn, xây dựng nhà văn hóa thôn với diện tích 250 m2.
Ban Công tác Mặt trận thôn đã tổ chức tốt 4 cuộc sinh hoạt tổ tự quản, hòa giải thành 5 vụ việc; phối hợp vận động 36 hộ ký cam kết không đốt rơm rạ, không để vật nuôi thả rông.
Phát biểu tại ngày hội, bà Trần Thị Hà chúc mừng những thành tích mà cán bộ, nhân dân thôn Đồng Ao đạt được; đề nghị thôn tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" theo Kế hoạch số 239/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, giữ vững danh hiệu thôn văn hóa.
Nhân dịp này, UBND tỉnh tặng Bằng khen cho thôn Đồng Ao; UBND huyện Thanh Liêm tặng Giấy khen cho 3 hộ gia đình, Ủy ban MTTQ xã tặng Giấy khen cho 12 hộ gia đình văn hóa tiêu biểu. Bà Trần Thị Hà tặng thôn 10 triệu đồng; Công ty cổ phần xi măng Thanh Liêm tặng 20 suất quà, mỗi suất 400.000 đồng cho các hộ nghèo, hộ cận nghèo.
Ngày hội là dịp để các thế hệ trong thôn gặp mặt. Cụ Lại Văn Tư, 92 tuổi, đảng viên 65 năm tuổi Đảng chia sẻ niềm vui khi thôn ngày càng khang trang, đường làng ngõ xóm sạch đẹp.
Chương trình văn nghệ với 15 tiết mục ca ngợi Đảng, Bác Hồ, quê hương do các chi hội trong thôn dàn dựng đã mang lại không khí vui tươi, phấn khởi.
Đinh Thu Huyền - Đài TT xã
Tin khác
- Thôn Phú Gia tổ chức Ngày hội Đại đoàn kết toàn dân tộc (12/11/2015)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 11 HĐND tỉnh (05/11/2015)
- Xã Thanh Hải ra quân làm đường giao thông nông thôn (28/10/2015)
""", "2015-11-14", "Phó Chủ tịch HĐND tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Đồng Ao",
E("khac", None, "2015-11-13"),
[P("Trần Thị Hà", "Phó Chủ tịch HĐND tỉnh"),
 P("Đinh Văn Cương", "Ủy viên BTV Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Thanh Liêm"),
 P("Lại Văn Quyết", "Trưởng thôn Đồng Ao"),
 P("Lại Văn Tư", "đảng viên 65 năm tuổi Đảng")],
[Q("356 hộ", 356, "hộ"), Q("1.420 nhân khẩu", 1420, "nhân khẩu"), Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"),
 Q("27 triệu đồng", 27000000, "đồng"), Q("11 hộ", 11, "hộ"), Q("3,1%", 3.1, "%"), Q("331 hộ", 331, "hộ"),
 Q("4 dòng họ văn hóa", 4, "dòng họ văn hóa"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("gần 900 m2", 900, "m2", "approx"),
 Q("250 m2", 250, "m2"), Q("4 cuộc sinh hoạt tổ tự quản", 4, "cuộc sinh hoạt tổ tự quản"), Q("5 vụ việc", 5, "vụ việc"),
 Q("36 hộ", 36, "hộ"), Q("3 hộ gia đình", 3, "hộ gia đình"), Q("12 hộ gia đình văn hóa tiêu biểu", 12, "hộ gia đình văn hóa tiêu biểu"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("20 suất quà", 20, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("15 tiết mục", 15, "tiết mục")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU"),
 D("Kế hoạch", "239", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 239/KH-MTTW-BTT")],
[prov("Hà Nam"), com("Thanh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH HẢI - HUYỆN THANH LIÊM - TỈNH HÀ NAM", "Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Công ty cổ phần xi măng Thanh Liêm", "Đài TT xã"],
["Ngày đăng 14/11/2015 | 10:05", "85 năm", "92 tuổi", "65 năm tuổi Đảng", "năm 2015"]))

PAGES.append(page("b9058-binhduong-mttq-ngayhoi-2016", """
Báo Bình Dương Online
Chính trị | Mặt trận - Đoàn thể
17/11/2016 - 07:45
Lãnh đạo tỉnh chung vui Ngày hội Đại đoàn kết với nhân dân khu phố Bình Đức 3
Chiều 16/11/2016, Ban Công tác Mặt trận khu phố Bình Đức 3, phường Bình Hòa, thị xã Thuận An tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016. Đồng chí Võ Văn Đức, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh đến dự và chung vui cùng nhân dân. Cùng dự có đồng chí Lê Thị Ngọc Yến, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phạm Thanh Tùng, Bí thư Thị ủy Thuận An.
Khu phố Bình Đức 3 có 1.850 hộ với trên 9.600 nhân khẩu, trong đó có hơn 5.200 người lao động từ các tỉnh đến tạm trú, làm việc tại các khu công nghiệp. Năm qua, Ban Công tác Mặt trận khu phố phối hợp các chi hội vận động nhân dân đóng góp gần 860 triệu đồng nâng cấp hẻm, lắp 120 bóng đèn chiếu sáng, xây dựng 4 tuyến hẻm an toàn. Tỷ lệ hộ đạt gia đình văn hóa đạt 96,5%; khu phố giữ vững danh hiệu khu phố văn hóa 8 năm liên tục. Các chủ nhà trọ được vận động giảm tiền thuê phòng cho 230 công nhân có hoàn cảnh khó khăn.
Theo ông Nguyễn Văn Sáu, Bí thư Chi bộ, Trưởng ban Công tác Mặt trận khu phố, khu phố thực hiện tốt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và góp ý xây dựng Đảng, xây dựng chính quyền; đã tổ chức 3 cuộc giám sát việc thu gom rác thải và quản lý nhà trọ.
Phát biểu tại ngày hội, đồng chí Võ Văn Đức nhấn mạnh: "Bình Dương phát triển nhanh là nhờ có hàng triệu người lao động từ khắp mọi miền. Khu phố phải là mái nhà chung, để người tạm trú cũng thấy mình là một thành viên của cộng đồng". Đồng chí đề nghị Ủy ban MTTQ các cấp tiếp tục thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong công nhân lao động ở khu nhà trọ.
Dịp này, UBND tỉnh Bình Dương tặng Bằng khen cho khu phố Bình Đức 3; Ủy ban MTTQ tỉnh tặng Bằng khen cho 2 tập thể, 5 cá nhân; UBND thị xã tặng Giấy khen cho 11 hộ gia đình văn hóa tiêu biểu. Đồng chí Bí thư Tỉnh ủy trao tặng 100 phần quà cho công nhân, hộ nghèo, mỗi phần quà trị giá 500.000 đồng và 2 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng. Tổng giá trị quà trao tại ngày hội khoảng 155 triệu đồng.
Ông Ngô Văn Tám, 78 tuổi, người có uy tín khu phố Bình Đức 3, nói: "Năm nay có Bí thư Tỉnh ủy về ăn cơm với dân, bà con ai cũng phấn khởi".
Văn Lâm
Tin liên quan
- Thủ Dầu Một: 14 phường tổ chức Ngày hội Đại đoàn kết (15/11/2016)
- Trao 80 căn nhà Đại đoàn kết dịp kỷ niệm 86 năm Ngày truyền thống MTTQ (10/11/2016)
- Giám sát việc thực hiện chính sách đối với công nhân (03/11/2016)
""", "2016-11-17", "Lãnh đạo tỉnh chung vui Ngày hội Đại đoàn kết với nhân dân khu phố Bình Đức 3",
E("khac", None, "2016-11-16"),
[P("Võ Văn Đức", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Lê Thị Ngọc Yến", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thanh Tùng", "Bí thư Thị ủy Thuận An"),
 P("Nguyễn Văn Sáu", "Bí thư Chi bộ", "Trưởng ban Công tác Mặt trận khu phố"),
 P("Ngô Văn Tám", "người có uy tín khu phố Bình Đức 3")],
[Q("1.850 hộ", 1850, "hộ"), Q("trên 9.600 nhân khẩu", 9600, "nhân khẩu", "over"), Q("hơn 5.200 người lao động", 5200, "người lao động", "over"),
 Q("gần 860 triệu đồng", 860000000, "đồng", "approx"), Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"),
 Q("4 tuyến hẻm an toàn", 4, "tuyến hẻm an toàn"), Q("96,5%", 96.5, "%"), Q("230 công nhân", 230, "công nhân"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 tập thể", 2, "tập thể"), Q("5 cá nhân", 5, "cá nhân"),
 Q("11 hộ gia đình văn hóa tiêu biểu", 11, "hộ gia đình văn hóa tiêu biểu"), Q("100 phần quà", 100, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("khoảng 155 triệu đồng", 155000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU")],
[prov("Bình Dương"), com("Bình Hòa")],
["Báo Bình Dương Online", "Chính trị | Mặt trận - Đoàn thể"],
["17/11/2016 - 07:45", "8 năm", "78 tuổi", "năm 2016", "hàng triệu người lao động"]))
