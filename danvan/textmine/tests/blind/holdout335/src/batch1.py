from lib import *
PAGES = []

PAGES.append(page("b7997-nghean-mttq-traogiai-cuocthiviet-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ » Hoạt động Mặt trận » Thi đua - Khen thưởng
Thứ Tư, 14/12/2011 - 09:30
Tổng kết và trao giải Cuộc thi viết "Mặt trận với cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2011
Sáng 13/12/2011, tại thành phố Vinh, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức lễ tổng kết và trao giải Cuộc thi viết "Mặt trận với cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2011. Đồng chí Trần Văn Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu.
Đồng chí Trần Văn Hiếu trao giải Nhất cho tác giả Hồ Thị Lan.
Cuộc thi được phát động theo Kế hoạch số 27/KH-MTTQ-BTT ngày 18/4/2011 của Ban Thường trực Ủy ban MTTQ tỉnh. Sau 6 tháng, Ban Tổ chức nhận được 1.246 bài dự thi của các tập thể, cá nhân ở 21 huyện, thành, thị; trong đó hơn 300 bài của cán bộ Mặt trận cơ sở, nhiều bài viết của đồng bào Thái, Khơ Mú ở các huyện miền núi Quế Phong, Tương Dương. Ban Giám khảo đã chọn 42 bài vào vòng chung khảo.
Theo Quyết định số 112, 113/QĐ-MTTQ-BTT ngày 05/12/2011, Ban Tổ chức trao 1 giải Nhất (mức thưởng 5 triệu đồng), 2 giải Nhì (mỗi giải 3 triệu đồng), 4 giải Ba (mỗi giải 1,5 triệu đồng) và 10 giải Khuyến khích (mỗi giải 500.000 đồng) cho các tác giả, tập thể; tổng giá trị giải thưởng trên 27 triệu đồng, trích từ nguồn kinh phí do Tỉnh hỗ trợ và các doanh nghiệp tài trợ.
Danh sách đạt giải:
- Giải Nhất: tác giả Hồ Thị Lan, Chủ tịch Ủy ban MTTQ xã Nghi Phong, với bài "Làng tôi đổi mới".
- Giải Nhì: tác giả Lô Văn Thành, Trưởng bản Na Lạnh, xã Châu Kim, và tập thể Ban Công tác Mặt trận khối 7, phường Hưng Bình.
- Giải Ba: các tác giả Vi Thị Mừng, Lương Văn Chiến, Nguyễn Đình Quế, Phan Thị Thu Hà.
- Giải Khuyến khích: các tác giả, tập thể ở các huyện Diễn Châu, Quỳnh Lưu, Thanh Chương, Kỳ Sơn.
Nhiều bài viết phản ánh sinh động những cách làm hay trong xây dựng khu dân cư văn hóa, như mô hình "Dòng họ tự quản", việc vận động bà con hiến đất làm đường, xóa bỏ hủ tục trong việc cưới, việc tang. Toàn tỉnh đến nay có 3.872 khu dân cư, trong đó 2.915 khu dân cư đạt danh hiệu văn hóa, chiếm 75,3%.
Phát biểu tại buổi lễ, đồng chí Trần Văn Hiếu đánh giá cao chất lượng bài dự thi, đề nghị Mặt trận các cấp tiếp tục phát hiện, biểu dương gương người tốt, việc tốt. Đồng chí Nguyễn Thị Thanh Nga, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Tổ chức cuộc thi, cho biết năm 2012 Ủy ban sẽ phối hợp với Báo Nghệ An mở chuyên mục giới thiệu các bài đạt giải.
Ngọc Anh
Lượt xem: 1.120
Tin liên quan
- Quỳnh Lưu: 25 khu dân cư được công nhận văn hóa (05/12/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9, khóa XIII (28/11/2011)
- Ngày hội Đại đoàn kết toàn dân tộc ở khối 7 phường Hưng Bình (18/11/2011)
""", "2011-12-14",
'Tổng kết và trao giải Cuộc thi viết "Mặt trận với cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2011',
E("tong_ket", "2011", "2011-12-13"),
[P("Trần Văn Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Lan", "Chủ tịch Ủy ban MTTQ xã Nghi Phong"),
 P("Lô Văn Thành", "Trưởng bản Na Lạnh"),
 P("Vi Thị Mừng"), P("Lương Văn Chiến"), P("Nguyễn Đình Quế"), P("Phan Thị Thu Hà"),
 P("Nguyễn Thị Thanh Nga", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Tổ chức cuộc thi")],
[Q("1.246 bài dự thi", 1246, "bài dự thi"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("hơn 300 bài", 300, "bài", "over"), Q("42 bài", 42, "bài"),
 Q("1 giải Nhất", 1, "giải Nhất"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("2 giải Nhì", 2, "giải Nhì"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("4 giải Ba", 4, "giải Ba"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("10 giải Khuyến khích", 10, "giải Khuyến khích"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 27 triệu đồng", 27000000, "đồng", "over"),
 Q("3.872 khu dân cư", 3872, "khu dân cư"), Q("2.915 khu dân cư", 2915, "khu dân cư"), Q("75,3%", 75.3, "%")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2011-04-18", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 18/4/2011"),
 D("Quyết định", "112", "QĐ-MTTQ-BTT", "2011-12-05", None, "Quyết định số 112, 113/QĐ-MTTQ-BTT ngày 05/12/2011"),
 D("Quyết định", "113", "QĐ-MTTQ-BTT", "2011-12-05", None, "Quyết định số 112, 113/QĐ-MTTQ-BTT ngày 05/12/2011")],
[prov("Nghệ An"), com("Nghi Phong"), com("Châu Kim"), com("Hưng Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ » Hoạt động Mặt trận » Thi đua - Khen thưởng",
 "Đồng chí Trần Văn Hiếu trao giải Nhất cho tác giả Hồ Thị Lan.",
 "Mặt trận với cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Làng tôi đổi mới",
 "Ban Công tác Mặt trận khối 7", "Dòng họ tự quản", "Báo Nghệ An", "Lượt xem: 1.120"],
["Thứ Tư, 14/12/2011 - 09:30", "6 tháng", "khối 7", "năm 2012", "Lượt xem: 1.120"]))

PAGES.append(page("b7998-laocai-hlhpn-hoithi-phapluat-2012", """
Hội Liên hiệp Phụ nữ tỉnh Lào Cai
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Phong trào phụ nữ
Cập nhật: 15:40, 28/09/2012 (GMT+7)
Ảnh: Ban Tổ chức trao giải Nhất cho đội thi huyện Bắc Hà.
Trao giải Hội thi "Phụ nữ các dân tộc với pháp luật" năm 2012: Bắc Hà giành giải Nhất
Chiều 27/9, tại Nhà văn hóa tỉnh, Hội LHPN tỉnh Lào Cai phối hợp với Sở Tư pháp tổ chức chung kết và trao giải Hội thi "Phụ nữ các dân tộc với pháp luật" năm 2012. Tới dự có bà Giàng Thị Dung, Phó Chủ tịch UBND tỉnh; bà Lù Thị Sín, Chủ tịch Hội LHPN tỉnh.
Tham gia vòng chung kết có 9 đội thi đến từ 8 huyện và thành phố Lào Cai, với 54 thí sinh là hội viên phụ nữ người Mông, Dao, Tày, Giáy, Hà Nhì, Phù Lá. Các đội thi qua ba phần: chào hỏi, kiến thức pháp luật và tiểu phẩm tuyên truyền về phòng, chống mua bán người, tảo hôn và hôn nhân cận huyết thống.
Hội thi được tổ chức theo Kế hoạch số 38/KH-HPN ngày 12/6/2012 của Ban Thường vụ Hội LHPN tỉnh, nhằm đưa Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình đến với chị em vùng cao. Trước đó, vòng sơ khảo ở cơ sở đã thu hút trên 4.600 lượt hội viên tham gia tại 164 xã, phường, thị trấn.
Kết quả, Ban Tổ chức trao giải Nhất cho đội huyện Bắc Hà kèm tiền thưởng 4.000.000 đồng; giải Nhì cho đội huyện Sa Pa và đội huyện Mường Khương, mỗi đội 2.500.000 đồng; 3 giải Ba cho các đội Bảo Thắng, Văn Bàn, Bát Xát, mỗi đội 1.500.000 đồng; các đội còn lại nhận giải Khuyến khích 700.000 đồng.
Ban Tổ chức cũng trao 6 giải phụ: "Thí sinh trả lời xuất sắc nhất" cho chị Sùng Thị Mỷ (xã Lùng Phình); "Tiểu phẩm hay nhất" cho đội Bắc Hà; "Thí sinh nhỏ tuổi nhất" cho chị Tẩn Thị Chài, 19 tuổi, hội viên chi hội thôn Séo Mý Tỷ; "Trang phục dân tộc đẹp nhất" cho đội Mường Khương... Mỗi giải phụ trị giá 300.000 đồng.
Trưởng đoàn Bắc Hà, chị Lò Thị Vân, Phó Chủ tịch Hội LHPN huyện Bắc Hà, chia sẻ: "Đội chúng tôi có 4 chị người Mông chưa đọc thông viết thạo tiếng phổ thông nhưng đã tập tiểu phẩm bằng cả hai thứ tiếng suốt hơn một tháng".
Theo báo cáo của Ban Tổ chức, sau 2 năm thực hiện Đề án số 06/ĐA-UBND của UBND tỉnh về tuyên truyền, phổ biến pháp luật cho phụ nữ vùng dân tộc thiểu số, số vụ tảo hôn trên địa bàn đã giảm từ 412 vụ xuống còn 265 vụ; đã có 1.380 chị em được cấp tài liệu pháp luật bằng tiếng Mông, tiếng Dao.
Phát biểu bế mạc, bà Lù Thị Sín đề nghị các cấp Hội tiếp tục nhân rộng 127 câu lạc bộ "Phụ nữ với pháp luật", phấn đấu đến năm 2015 giảm 50% số vụ tảo hôn trong hội viên.
Thu Hằng
Tin cùng chuyên mục
- Bát Xát ra mắt câu lạc bộ "Phụ nữ không sinh con thứ ba" (20/09/2012)
- Hội LHPN tỉnh tập huấn kỹ năng tuyên truyền viên pháp luật (10/09/2012)
- Mường Khương: trao 50 con lợn giống cho hội viên nghèo (31/08/2012)
""", "2012-09-28",
'Trao giải Hội thi "Phụ nữ các dân tộc với pháp luật" năm 2012: Bắc Hà giành giải Nhất',
E("khac", None, "2012-09-27"),
[P("Giàng Thị Dung", "Phó Chủ tịch UBND tỉnh"), P("Lù Thị Sín", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Mỷ"), P("Tẩn Thị Chài", "hội viên chi hội thôn Séo Mý Tỷ"),
 P("Lò Thị Vân", "Trưởng đoàn Bắc Hà", "Phó Chủ tịch Hội LHPN huyện Bắc Hà")],
[Q("9 đội thi", 9, "đội thi"), Q("8 huyện", 8, "huyện"), Q("54 thí sinh", 54, "thí sinh"),
 Q("trên 4.600 lượt hội viên", 4600, "lượt hội viên", "over"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("4.000.000 đồng", 4000000, "đồng"), Q("2.500.000 đồng", 2500000, "đồng"),
 Q("3 giải Ba", 3, "giải Ba"), Q("1.500.000 đồng", 1500000, "đồng"), Q("700.000 đồng", 700000, "đồng"),
 Q("6 giải phụ", 6, "giải phụ"), Q("300.000 đồng", 300000, "đồng"),
 Q("4 chị người Mông", 4, "chị người Mông"),
 Q("412 vụ", 412, "vụ"), Q("265 vụ", 265, "vụ"), Q("1.380 chị em", 1380, "chị em"),
 Q("127 câu lạc bộ", 127, "câu lạc bộ"), Q("50%", 50, "%")],
[D("Kế hoạch", "38", "KH-HPN", "2012-06-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 38/KH-HPN ngày 12/6/2012"),
 D("Đề án", "06", "ĐA-UBND", None, "UBND tỉnh", "Đề án số 06/ĐA-UBND của UBND tỉnh")],
[prov("Lào Cai"), com("Lùng Phình")],
["Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Phong trào phụ nữ",
 "Ảnh: Ban Tổ chức trao giải Nhất cho đội thi huyện Bắc Hà.", "Phụ nữ các dân tộc với pháp luật",
 "Luật Bình đẳng giới", "Luật Phòng, chống bạo lực gia đình", "Thí sinh trả lời xuất sắc nhất", "Tiểu phẩm hay nhất",
 "Thí sinh nhỏ tuổi nhất", "Trang phục dân tộc đẹp nhất", "Phụ nữ với pháp luật", "Nhà văn hóa tỉnh"],
["Cập nhật: 15:40, 28/09/2012 (GMT+7)", "năm 2012", "19 tuổi", "năm 2015", "2 năm"]))

PAGES.append(page("b7999-soctrang-bdv-cuocthi-quychedanchu-2013", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
22/11/2013 - 16:20
Tổng kết Cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở: 38 tập thể, cá nhân được trao giải
Ngày 21/11/2013, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Sóc Trăng tổ chức lễ tổng kết và trao giải Cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở năm 2013. Dự có đồng chí Lâm Văn Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Thị Sô Phal, Trương Minh Trí.
Toàn cảnh lễ tổng kết.
Cuộc thi triển khai từ tháng 6 đến tháng 9/2013 theo Kế hoạch số 61-KH/BDVTU của Ban Dân vận Tỉnh ủy và Hướng dẫn số 09-HD/BCĐ của Ban Chỉ đạo. Ban Tổ chức đã phát hành 85.000 tờ đề thi song ngữ Việt - Khmer đến các ấp, khóm; thu về 62.418 bài dự thi, tăng gần 1,8 lần so với đợt thi năm 2010. Nhiều bài thi của sư sãi các chùa Phật giáo Nam tông Khmer, học sinh dân tộc nội trú được trình bày công phu.
Qua chấm chọn, Ban Giám khảo trao 4 giải tập thể và 34 giải cá nhân. Giải tập thể: huyện Trần Đề đạt giải Nhất (8 triệu đồng), huyện Mỹ Xuyên giải Nhì (6 triệu đồng), thị xã Vĩnh Châu và huyện Châu Thành đồng giải Ba (mỗi đơn vị 4 triệu đồng).
Giải cá nhân: giải Nhất thuộc về ông Danh Sươl, 67 tuổi, người có uy tín ấp Tắc Gồng, xã Gia Hòa 1, được thưởng 3 triệu đồng. Hai giải Nhì (mỗi giải 2 triệu đồng) thuộc về Đại đức Lý Sa Phon, trụ trì chùa Som Rông Bô, và em Trần Thị Ngọc Trâm (Trường Phổ thông Dân tộc nội trú tỉnh). Ba giải Ba thuộc về các bạn Sơn Thị Kim Liên, Kim Minh Sang, Huỳnh Văn Nhỏ, mỗi giải 1 triệu đồng. 28 giải Khuyến khích, mỗi giải 300 ngàn đồng.
Ngoài ra, Ban Tổ chức trao 10 suất thưởng cho cá nhân dự đoán gần đúng nhất số người tham gia, trị giá 200.000đ/suất. Tổng kinh phí khen thưởng của cuộc thi là 43,4 triệu đồng, do ngân sách tỉnh và Công ty cổ phần Thủy sản Sóc Trăng hỗ trợ.
Phát biểu tại lễ tổng kết, đồng chí Lâm Văn Hoàng cho rằng cuộc thi đã giúp trên 80% hộ dân ở vùng đồng bào Khmer hiểu được quyền "dân biết, dân bàn, dân làm, dân kiểm tra". Đồng chí đề nghị các huyện, thị xã, thành phố tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở và Nghị định số 29/1998/NĐ-CP của Chính phủ, đồng thời lồng ghép nội dung cuộc thi vào sinh hoạt tổ nhân dân tự quản.
Kim Ngân
Tin khác
- Mỹ Xuyên: Hội thi "Dân vận khéo" lần thứ nhất (15/11/2013)
- Họp mặt người có uy tín trong đồng bào Khmer năm 2013 (08/11/2013)
- Ban Dân vận Tỉnh ủy làm việc với huyện Cù Lao Dung (30/10/2013)
""", "2013-11-22",
"Tổng kết Cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở: 38 tập thể, cá nhân được trao giải",
E("tong_ket", "2013", "2013-11-21"),
[P("Lâm Văn Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Thạch Thị Sô Phal", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trương Minh Trí", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sươl", "người có uy tín ấp Tắc Gồng"),
 P("Lý Sa Phon", "Đại đức", "trụ trì chùa Som Rông Bô"),
 P("Trần Thị Ngọc Trâm"), P("Sơn Thị Kim Liên"), P("Kim Minh Sang"), P("Huỳnh Văn Nhỏ")],
[Q("38 tập thể, cá nhân", 38, "tập thể, cá nhân"), Q("85.000 tờ đề thi song ngữ Việt - Khmer", 85000, "tờ đề thi song ngữ Việt - Khmer"),
 Q("62.418 bài dự thi", 62418, "bài dự thi"), Q("gần 1,8 lần", 1.8, "lần", "approx"),
 Q("4 giải tập thể", 4, "giải tập thể"), Q("34 giải cá nhân", 34, "giải cá nhân"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("28 giải Khuyến khích", 28, "giải Khuyến khích"), Q("300 ngàn đồng", 300000, "đồng"),
 Q("10 suất thưởng", 10, "suất thưởng"), Q("200.000đ", 200000, "đồng"),
 Q("43,4 triệu đồng", 43400000, "đồng"), Q("trên 80%", 80, "%", "over")],
[D("Kế hoạch", "61", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 61-KH/BDVTU"),
 D("Hướng dẫn", "09", "HD/BCĐ", None, "Ban Chỉ đạo", "Hướng dẫn số 09-HD/BCĐ"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Nghị định", "29", "1998/NĐ-CP", None, "Chính phủ", "Nghị định số 29/1998/NĐ-CP")],
[prov("Sóc Trăng"), com("Gia Hòa 1")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ", "Toàn cảnh lễ tổng kết.",
 "Cuộc thi tìm hiểu Quy chế dân chủ ở cơ sở", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Công ty cổ phần Thủy sản Sóc Trăng", "Trường Phổ thông Dân tộc nội trú tỉnh"],
["22/11/2013 - 16:20", "năm 2010", "67 tuổi", "năm 2013"]))

PAGES.append(page("b8000-quangninh-ldld-sangkien-2014", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NINH
Trang chủ :: Tin tức :: Thi đua - Khen thưởng
Ngày đăng 25/04/2014 | 14:05
Vinh danh 115 sáng kiến, tổng tiền thưởng 443 triệu đồng
Sáng 24/4, LĐLĐ tỉnh Quảng Ninh tổ chức lễ trao Giải thưởng "Sáng tạo công nhân vùng mỏ" lần thứ IV. Dự buổi lễ có đồng chí Vũ Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đặng Quốc Toản, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.
Đồng chí Vũ Thị Hạnh trao giải Đặc biệt cho nhóm tác giả Công ty than Hà Lầm.
Giải thưởng được xét chọn theo Quyết định số 204/QĐ-LĐLĐ ngày 10/2/2014 của Ban Thường vụ LĐLĐ tỉnh. Năm nay Hội đồng xét chọn tiếp nhận 186 sáng kiến, giải pháp của công nhân, lao động trong các ngành than, điện, xi măng, cảng biển; qua thẩm định đã công nhận 115 sáng kiến, giá trị làm lợi ước tính trên 96 tỷ đồng mỗi năm.
Cơ cấu giải thưởng gồm: 1 giải Đặc biệt trị giá 30.000.000 đồng; 5 giải A, mỗi giải 10.000.000 đồng; 18 giải B, mỗi giải 5.000.000 đồng; 91 giải C, mỗi giải 3.000.000 đồng. Tổng số tiền thưởng là 443 triệu đồng, trong đó Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tài trợ 200 triệu đồng.
Giải Đặc biệt thuộc về nhóm tác giả Phạm Văn Lực, Quản đốc phân xưởng Đào lò 3, và Nguyễn Hữu Khang, thợ lò bậc 5/6, Công ty than Hà Lầm với giải pháp "Chống lò bằng giá khung di động trong lò chợ vỉa dày", giúp tăng năng suất 35%, giảm 2 vụ sự cố mỗi quý.
Năm giải A thuộc về các tác giả: Trần Minh Đức (Công ty Nhiệt điện Quảng Ninh), Bùi Thị Thoa (Công ty Xi măng Cẩm Phả), Lê Văn Tám (Cảng Cái Lân), Hoàng Đức Thiện và Vi Văn Khiêm - kỹ sư cơ điện Công ty than Mông Dương.
Chị Bùi Thị Thoa, công nhân vận hành lò nung, là nữ tác giả duy nhất đạt giải A. Giải pháp cải tiến vòi đốt của chị giúp tiết kiệm khoảng 1.200 tấn than mỗi năm.
Phát biểu tại buổi lễ, đồng chí Vũ Thị Hạnh ghi nhận phong trào "Lao động giỏi, lao động sáng tạo" đã lan tỏa tới 1.350 công đoàn cơ sở với trên 16 vạn đoàn viên. Đồng chí đề nghị công đoàn các cấp tiếp tục thực hiện Chỉ thị số 07-CT/TU, Kế hoạch số 98-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng giai cấp công nhân, chăm lo nhà ở cho công nhân mỏ.
Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 24 tập thể và 47 cá nhân có thành tích xuất sắc trong phong trào. Đồng chí Đặng Quốc Toản cho biết năm 2014 LĐLĐ tỉnh sẽ xây dựng 5 Mái ấm Công đoàn cho đoàn viên khó khăn có sáng kiến.
Hải Yến
Bài viết liên quan
- Cẩm Phả: công nhân hiến kế tiết kiệm 12 tỷ đồng (15/04/2014)
- Tháng Công nhân năm 2014: nhiều hoạt động chăm lo đoàn viên (02/04/2014)
- LĐLĐ tỉnh tổng kết công tác năm 2013 (10/01/2014)
""", "2014-04-25",
"Vinh danh 115 sáng kiến, tổng tiền thưởng 443 triệu đồng",
E("khac", None, "2014-04-24"),
[P("Vũ Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Quốc Toản", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Phạm Văn Lực", "Quản đốc phân xưởng Đào lò 3"), P("Nguyễn Hữu Khang", "thợ lò bậc 5/6"),
 P("Trần Minh Đức"), P("Bùi Thị Thoa", "công nhân vận hành lò nung"), P("Lê Văn Tám"),
 P("Hoàng Đức Thiện", "kỹ sư cơ điện Công ty than Mông Dương"), P("Vi Văn Khiêm", "kỹ sư cơ điện Công ty than Mông Dương")],
[Q("115 sáng kiến", 115, "sáng kiến"),
 Q("186 sáng kiến, giải pháp", 186, "sáng kiến, giải pháp"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("1 giải Đặc biệt", 1, "giải Đặc biệt"), Q("30.000.000 đồng", 30000000, "đồng"),
 Q("5 giải A", 5, "giải A"), Q("10.000.000 đồng", 10000000, "đồng"),
 Q("18 giải B", 18, "giải B"), Q("5.000.000 đồng", 5000000, "đồng"),
 Q("91 giải C", 91, "giải C"), Q("3.000.000 đồng", 3000000, "đồng"),
 Q("443 triệu đồng", 443000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("35%", 35, "%"), Q("2 vụ sự cố", 2, "vụ sự cố"), Q("khoảng 1.200 tấn than", 1200, "tấn", "approx"),
 Q("1.350 công đoàn cơ sở", 1350, "công đoàn cơ sở"), Q("trên 16 vạn đoàn viên", 160000, "đoàn viên", "over"),
 Q("24 tập thể", 24, "tập thể"), Q("47 cá nhân", 47, "cá nhân"), Q("5 Mái ấm Công đoàn", 5, "Mái ấm Công đoàn")],
[D("Quyết định", "204", "QĐ-LĐLĐ", "2014-02-10", "Ban Thường vụ LĐLĐ tỉnh", "Quyết định số 204/QĐ-LĐLĐ ngày 10/2/2014"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU"),
 D("Kế hoạch", "98", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 98-KH/TU")],
[prov("Quảng Ninh")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NINH", "Trang chủ :: Tin tức :: Thi đua - Khen thưởng",
 "Đồng chí Vũ Thị Hạnh trao giải Đặc biệt cho nhóm tác giả Công ty than Hà Lầm.", "Sáng tạo công nhân vùng mỏ",
 "Công ty than Hà Lầm", "Chống lò bằng giá khung di động trong lò chợ vỉa dày", "Lao động giỏi, lao động sáng tạo",
 "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Công ty Nhiệt điện Quảng Ninh", "Cảng Cái Lân"],
["Ngày đăng 25/04/2014 | 14:05", "lần thứ IV", "bậc 5/6", "mỗi quý", "Năm giải A", "năm 2014", "Đào lò 3"]))

PAGES.append(page("b8001-daklak-tinhdoan-tuyenduong-2015", """
Tỉnh đoàn Đắk Lắk - Cổng thông tin điện tử
Tin tức › Hoạt động Đoàn › Tuyên dương - khen thưởng
Thứ Sáu, 27/03/2015, 10:45
Ảnh: Các gương thanh niên tiêu biểu nhận giải thưởng.
Tuyên dương 60 gương thanh niên tiêu biểu, trao Giải thưởng "Tuổi trẻ sáng tạo" năm 2015
Nhân kỷ niệm 84 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, ngày 26/3/2015, Tỉnh đoàn Đắk Lắk tổ chức Hội nghị tuyên dương thanh niên tiêu biểu và trao Giải thưởng "Tuổi trẻ sáng tạo" năm 2015. Dự hội nghị có đồng chí Y Thuật Ê Ban, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Mai Sương, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Theo Kế hoạch số 142-KH/TĐTN, các cơ sở Đoàn đã giới thiệu 137 hồ sơ; Hội đồng xét chọn thống nhất tuyên dương 60 gương thanh niên tiêu biểu trên các lĩnh vực lao động sản xuất, học tập, bảo vệ an ninh buôn làng, và trao giải cho 12 công trình, sản phẩm sáng tạo. Mỗi gương tiêu biểu được tặng Bằng khen của Ban Thường vụ Tỉnh đoàn kèm 1.000.000 đồng.
Danh sách các công trình đạt Giải thưởng "Tuổi trẻ sáng tạo":
- Giải Nhất (15 triệu đồng): máy tách vỏ cà phê mini của anh Y Krông Niê, Bí thư Chi đoàn buôn Ea Kmát, xã Ea Tul.
- Giải Nhì (10 triệu đồng): phần mềm quản lý đoàn viên của nhóm sinh viên Trường Đại học Tây Nguyên do anh Lê Quang Vinh làm trưởng nhóm; mô hình tưới nhỏ giọt tiết kiệm của chị H'Bla Byă, Phó Bí thư Đoàn xã Cư Pơng.
- Giải Ba (mỗi giải 5 triệu đồng): anh Ama Thuận (Y Thuận Mlô), anh Đinh Văn Cường, chị Hoàng Thị Lệ Thu và anh Y Bhăm Ktla.
- 5 giải Khuyến khích, mỗi giải 2 triệu đồng.
Máy tách vỏ cà phê của anh Y Krông Niê có chi phí chế tạo chỉ khoảng 7 triệu đồng, bằng 1/3 giá máy bán trên thị trường, đã được 43 hộ trong buôn sử dụng. "Buôn mình nhiều nhà nghèo, không có tiền thuê máy, nên mình tự làm", anh Y Krông nói.
Trong 60 gương thanh niên tiêu biểu có 27 đoàn viên là người dân tộc thiểu số, 9 chiến sĩ công an, bộ đội và 14 học sinh, sinh viên đạt thành tích cao trong học tập. Tổng giá trị giải thưởng và tiền thưởng tại hội nghị khoảng 130 triệu đồng, do Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội tỉnh và một số doanh nghiệp vận động.
Phát biểu tại hội nghị, đồng chí Y Thuật Ê Ban mong muốn tuổi trẻ Đắk Lắk tiếp tục thực hiện tốt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa X) về công tác thanh niên, xung kích trong xây dựng nông thôn mới. Năm 2015, Tỉnh đoàn phấn đấu có ít nhất 200 công trình thanh niên được triển khai ở các buôn đồng bào.
H'Yâm - Quốc Huy
Tin liên quan
- Đoàn khối Doanh nghiệp ra quân Tháng Thanh niên (05/03/2015)
- Krông Bông: 300 đoàn viên tham gia ngày Chủ nhật xanh (01/03/2015)
- Tỉnh đoàn tổng kết công tác năm 2014 (26/12/2014)
""", "2015-03-27",
'Tuyên dương 60 gương thanh niên tiêu biểu, trao Giải thưởng "Tuổi trẻ sáng tạo" năm 2015',
E("hoi_nghi", "2015", "2015-03-26"),
[P("Y Thuật Ê Ban", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Mai Sương", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Y Krông Niê", "Bí thư Chi đoàn buôn Ea Kmát"), P("Lê Quang Vinh"),
 P("H'Bla Byă", "Phó Bí thư Đoàn xã Cư Pơng"), P("Y Thuận Mlô"), P("Đinh Văn Cường"), P("Hoàng Thị Lệ Thu"), P("Y Bhăm Ktla")],
[Q("60 gương thanh niên tiêu biểu", 60, "gương thanh niên tiêu biểu"), Q("137 hồ sơ", 137, "hồ sơ"),
 Q("12 công trình, sản phẩm sáng tạo", 12, "công trình, sản phẩm sáng tạo"), Q("1.000.000 đồng", 1000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("5 giải Khuyến khích", 5, "giải Khuyến khích"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("khoảng 7 triệu đồng", 7000000, "đồng", "approx"), Q("43 hộ", 43, "hộ"),
 Q("27 đoàn viên", 27, "đoàn viên"), Q("9 chiến sĩ công an, bộ đội", 9, "chiến sĩ công an, bộ đội"),
 Q("14 học sinh, sinh viên", 14, "học sinh, sinh viên"),
 Q("khoảng 130 triệu đồng", 130000000, "đồng", "approx"), Q("ít nhất 200 công trình thanh niên", 200, "công trình thanh niên", "over")],
[D("Kế hoạch", "142", "KH/TĐTN", None, None, "Kế hoạch số 142-KH/TĐTN"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pơng")],
["Tỉnh đoàn Đắk Lắk - Cổng thông tin điện tử", "Tin tức › Hoạt động Đoàn › Tuyên dương - khen thưởng",
 "Ảnh: Các gương thanh niên tiêu biểu nhận giải thưởng.", "Tuổi trẻ sáng tạo", "Trường Đại học Tây Nguyên",
 "Ngân hàng Chính sách xã hội tỉnh", "Đoàn TNCS Hồ Chí Minh"],
["Thứ Sáu, 27/03/2015, 10:45", "84 năm", "1/3", "khóa X", "Năm 2015"]))

PAGES.append(page("b8002-hatinh-hnd-nhanongduatai-2016", """
Báo Hà Tĩnh điện tử
Nông nghiệp - Nông thôn / Hội Nông dân
19/08/2016 07:50 GMT+7
Trao 92 triệu đồng cho các đội thắng giải Hội thi "Nhà nông đua tài" tỉnh Hà Tĩnh
(Baohatinh.vn) - Chiều 18/8, Hội Nông dân tỉnh tổ chức chung kết, trao giải Hội thi "Nhà nông đua tài" lần thứ III. Đội Cẩm Xuyên xuất sắc giành giải Nhất toàn đoàn.
Tới dự có ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh; ông Nguyễn Xuân Thắng, Chủ tịch Hội Nông dân tỉnh, Trưởng ban Tổ chức hội thi; các ông, bà: Phan Thị Hoa, Trần Đình Long - Phó Chủ tịch Hội Nông dân tỉnh.
Đội Cẩm Xuyên biểu diễn tiểu phẩm về xây dựng nông thôn mới.
Hội thi được tổ chức theo Kế hoạch 15/KH-HND và Quyết định 88/QĐ-HND ngày 2/6/2016 của Ban Thường vụ Hội Nông dân tỉnh. Qua vòng sơ khảo ở 262 cơ sở Hội với gần 8.000 hội viên tham gia, 13 đội thi của các huyện, thành phố, thị xã đã vào vòng chung kết với 78 thí sinh là những nông dân sản xuất giỏi.
Các đội phải vượt qua 4 phần thi: chào hỏi, kiến thức về khoa học kỹ thuật chăn nuôi, trồng trọt; xử lý tình huống về an toàn thực phẩm và năng khiếu. Phần thi năng khiếu với các tiểu phẩm về "Dồn điền đổi thửa", chăm sóc vườn mẫu, hiến đất làm đường được khán giả cổ vũ nhiệt liệt.
Kết quả chung cuộc:
Giải Nhất: đội Cẩm Xuyên, thưởng 15 triệu đồng.
Giải Nhì: đội Đức Thọ và đội Hương Sơn, mỗi đội 10 triệu đồng.
Giải Ba: đội Thạch Hà, Can Lộc, Kỳ Anh, mỗi đội 7 triệu đồng.
Giải Khuyến khích: 7 đội còn lại, mỗi đội nhận 3,5 triệu đồng.
Ban Tổ chức còn trao 4 giải phần thi cho "Đội có phần chào hỏi ấn tượng nhất", "Thí sinh lớn tuổi nhất", "Tiểu phẩm xuất sắc" và "Thí sinh có kiến thức chăn nuôi tốt nhất", mỗi giải 1 triệu đồng. Thí sinh lớn tuổi nhất là ông Hồ Sỹ Tài, 71 tuổi, Chi hội trưởng Chi hội Nông dân thôn Bắc Sơn, xã Sơn Kim 1, hiện có trang trại 2.000 con gà thả vườn.
Đội trưởng đội Cẩm Xuyên, bà Nguyễn Thị Tuyết, Chủ tịch Hội Nông dân xã Cẩm Thành, cho biết đội đã tập luyện 25 ngày liên tục, nhiều thí sinh vừa thu hoạch lúa hè thu vừa ôn bài.
Phát biểu bế mạc, ông Lê Văn Bình đánh giá hội thi là dịp để nông dân học hỏi, nhân rộng mô hình sản xuất hiệu quả. Toàn tỉnh hiện có 34.652 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp, trên 600 gia trại, trang trại cho thu nhập từ 500 triệu đồng trở lên mỗi năm. Tổng giá trị giải thưởng của hội thi là 92 triệu đồng, gồm tiền mặt, cờ lưu niệm và 13 bộ sách kỹ thuật nông nghiệp do Công ty Phân bón Bình Điền tài trợ.
Thiên Vỹ
Tin khác
- Vũ Quang: nông dân thu 2 tỷ đồng từ cam bù (17/08/2016)
- Hội Nông dân Hương Khê tập huấn nuôi ong (12/08/2016)
- Trao 20 con bò giống cho hội viên nghèo (08/08/2016)
""", "2016-08-19",
'Trao 92 triệu đồng cho các đội thắng giải Hội thi "Nhà nông đua tài" tỉnh Hà Tĩnh',
E("khac", None, "2016-08-18"),
[P("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Xuân Thắng", "Chủ tịch Hội Nông dân tỉnh", "Trưởng ban Tổ chức hội thi"),
 P("Phan Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Trần Đình Long", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Sỹ Tài", "Chi hội trưởng Chi hội Nông dân thôn Bắc Sơn"),
 P("Nguyễn Thị Tuyết", "Đội trưởng đội Cẩm Xuyên", "Chủ tịch Hội Nông dân xã Cẩm Thành")],
[Q("262 cơ sở Hội", 262, "cơ sở Hội"),
 Q("gần 8.000 hội viên", 8000, "hội viên", "approx"), Q("13 đội thi", 13, "đội thi"), Q("78 thí sinh", 78, "thí sinh"),
 Q("4 phần thi", 4, "phần thi"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("7 đội", 7, "đội"), Q("3,5 triệu đồng", 3500000, "đồng"), Q("4 giải phần thi", 4, "giải phần thi"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2.000 con gà thả vườn", 2000, "con gà thả vườn"),
 Q("34.652 hộ", 34652, "hộ"), Q("trên 600 gia trại, trang trại", 600, "gia trại, trang trại", "over"),
 Q("500 triệu đồng trở lên", 500000000, "đồng", "over"), Q("92 triệu đồng", 92000000, "đồng"),
 Q("13 bộ sách kỹ thuật nông nghiệp", 13, "bộ sách kỹ thuật nông nghiệp")],
[D("Kế hoạch", "15", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 15/KH-HND"),
 D("Quyết định", "88", "QĐ-HND", "2016-06-02", "Ban Thường vụ Hội Nông dân tỉnh", "Quyết định 88/QĐ-HND ngày 2/6/2016")],
[prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Cẩm Thành")],
["Báo Hà Tĩnh điện tử", "Nông nghiệp - Nông thôn / Hội Nông dân", "(Baohatinh.vn)",
 "Đội Cẩm Xuyên biểu diễn tiểu phẩm về xây dựng nông thôn mới.", "Nhà nông đua tài", "Dồn điền đổi thửa",
 "Đội có phần chào hỏi ấn tượng nhất", "Thí sinh lớn tuổi nhất", "Tiểu phẩm xuất sắc", "Thí sinh có kiến thức chăn nuôi tốt nhất",
 "đội Cẩm Xuyên", "Công ty Phân bón Bình Điền"],
["19/08/2016 07:50 GMT+7", "lần thứ III", "71 tuổi", "25 ngày"]))
