from lib import *
PAGES = []

PAGES.append(page("b8165-langson-mttq-tongket-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Ủy ban MTTQ tỉnh Lạng Sơn tổng kết công tác Mặt trận năm 2011
Ngày 27/12/2011, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai chương trình phối hợp và thống nhất hành động năm 2012. Đồng chí Hoàng Văn Páo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Vi Văn Thắng, Phó Bí thư Thường trực Tỉnh ủy cùng 135 đại biểu là ủy viên Ủy ban MTTQ tỉnh, Chủ tịch Ủy ban MTTQ các huyện, thành phố.
Năm 2011, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016 với tỷ lệ cử tri đi bầu đạt 99,6%. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục được triển khai sâu rộng; toàn tỉnh có 1.712 khu dân cư đăng ký, trong đó 1.215 khu dân cư đạt danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" các cấp vận động được trên 4,3 tỷ đồng, hỗ trợ xây mới và sửa chữa 327 nhà đại đoàn kết cho hộ nghèo, mỗi nhà được hỗ trợ từ 10 đến 15 triệu đồng. Ủy ban MTTQ tỉnh chủ trì 14 cuộc giám sát, tiếp nhận và chuyển cơ quan chức năng giải quyết 86 đơn thư của công dân.
Tại hội nghị, bà Lộc Thị Nhung, Phó Chủ tịch Ủy ban MTTQ huyện Văn Lãng, chia sẻ cách vận động đồng bào Tày, Nùng hiến đất làm đường giao thông nông thôn; ông Lương Văn Khuổi, Trưởng ban công tác Mặt trận thôn Nà Lầu, xã Hoàng Văn Thụ, kiến nghị tăng mức phụ cấp cho cán bộ Mặt trận ở khu dân cư.
Phát biểu chỉ đạo, đồng chí Vi Văn Thắng ghi nhận những kết quả Mặt trận các cấp đạt được, đồng thời đề nghị năm 2012 tập trung đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, làm tốt vai trò giám sát và phản biện xã hội.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 3 tập thể và 4 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 26 tập thể, 38 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2011 theo Quyết định số 112/QĐ-MTTQ ngày 20/12/2011 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Mỗi tập thể được thưởng 500.000 đồng, mỗi cá nhân 300.000 đồng. Các tập thể được khen gồm Ủy ban MTTQ xã Tân Thanh, Ủy ban MTTQ thị trấn Đồng Mỏ, Ban công tác Mặt trận khối 4 phường Chi Lăng...; cá nhân tiêu biểu có các ông, bà: Hoàng Thị Dung, Chủ tịch Ủy ban MTTQ xã Tân Thanh; Nông Văn Khoa, Trưởng ban công tác Mặt trận khối 4; Vy Thị Hoa, người có uy tín thôn Bản Chu.
Ủy ban MTTQ tỉnh tặng Bằng khen và trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc.
Minh Hòa
Lượt xem: 1.204
Tin liên quan
- Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Nà Tâm (18/11/2011)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (05/04/2011)
- Trao 20 nhà đại đoàn kết cho hộ nghèo huyện Cao Lộc (10/10/2011)
""", "2011-12-28", "Ủy ban MTTQ tỉnh Lạng Sơn tổng kết công tác Mặt trận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Hoàng Văn Páo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Thắng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lộc Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ huyện Văn Lãng"),
 P("Lương Văn Khuổi", "Trưởng ban công tác Mặt trận thôn Nà Lầu"),
 P("Hoàng Thị Dung", "Chủ tịch Ủy ban MTTQ xã Tân Thanh"),
 P("Nông Văn Khoa", "Trưởng ban công tác Mặt trận khối 4"),
 P("Vy Thị Hoa", "người có uy tín thôn Bản Chu")],
[Q("135 đại biểu", 135, "đại biểu"), Q("99,6%", 99.6, "%"), Q("1.712 khu dân cư", 1712, "khu dân cư"),
 Q("1.215 khu dân cư", 1215, "khu dân cư"), Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("327 nhà đại đoàn kết", 327, "nhà đại đoàn kết"), Q("từ 10", 10000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("86 đơn thư", 86, "đơn thư"),
 Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"), Q("26 tập thể", 26, "tập thể"), Q("38 cá nhân", 38, "cá nhân"),
 Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "112", "QĐ-MTTQ", "2011-12-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 112/QĐ-MTTQ ngày 20/12/2011")],
[prov("Lạng Sơn"), com("Hoàng Văn Thụ"), com("Tân Thanh"), com("Đồng Mỏ"), com("Chi Lăng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Hoàng Văn Thụ",
 "Ủy ban MTTQ tỉnh tặng Bằng khen và trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc.", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "khóa XIII", "nhiệm kỳ 2011 - 2016", "khối 4", "Lượt xem: 1.204"]))

PAGES.append(page("b8166-nghean-mttq-tongket-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Mặt trận - Đoàn thể
Cập nhật: 09:42, 10/01/2013 (GMT+7)
Đồng chí Nguyễn Thị Lan trao Bằng khen cho các tập thể.
Mặt trận Nghệ An biểu dương 45 tập thể, 60 cá nhân xuất sắc
(Baonghean) - Sáng 9/1, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2012 và triển khai nhiệm vụ năm 2013. Đồng chí Trần Hữu Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Lan, Trần Đình Cương, Lê Văn Bảy.
Theo báo cáo, năm 2012, Mặt trận các cấp tiếp tục thực hiện Hướng dẫn số 37/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về đánh giá kết quả Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Quỹ "Vì người nghèo" toàn tỉnh tiếp nhận 18,6 tỷ đồng, xây mới 1.240 nhà đại đoàn kết, giúp 3.500 hộ thoát nghèo; tỷ lệ hộ nghèo toàn tỉnh giảm còn 13,2%. Ở 11 huyện miền núi, Mặt trận phối hợp với các đoàn thể tổ chức 420 buổi tuyên truyền cho đồng bào Thái, Mông, Khơ Mú với khoảng 25.000 lượt người tham dự.
Công tác giám sát, phản biện xã hội có bước tiến mới: Ủy ban MTTQ tỉnh tham gia góp ý 9 dự thảo nghị quyết của HĐND tỉnh, chủ trì 6 cuộc giám sát chuyên đề về thực hiện chính sách đối với người có công.
Tại hội nghị, nhiều ý kiến tham luận chất lượng. Bà Lang Thị Hoa, Chủ tịch Ủy ban MTTQ huyện Quế Phong, nêu kinh nghiệm vận động nhân dân bản Piềng Cu, xã Tiền Phong bỏ tập tục lạc hậu trong tang ma. Ông Và Bá Giông, Trưởng bản Huồi Khe, xã Mường Lống, chia sẻ việc vận động bà con người Mông trồng rừng, không tái di cư tự do.
Phát biểu kết luận, đồng chí Trần Hữu Thọ yêu cầu năm 2013 Mặt trận các cấp tiếp tục nâng cao chất lượng hoạt động giám sát, tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Nhân dịp này, theo Quyết định số 05, 06/QĐ-MTTQ-BTT ngày 04/01/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, 45 tập thể và 60 cá nhân xuất sắc trong công tác Mặt trận năm 2012 được tặng Bằng khen, tổng giá trị tiền thưởng gần 70 triệu đồng. Trong số đó có Ủy ban MTTQ xã Diễn Kỷ, Ủy ban MTTQ phường Hưng Dũng, Ủy ban MTTQ thị trấn Kim Sơn và các cá nhân Lô Văn Hạnh - Chủ tịch Ủy ban MTTQ xã Châu Kim, Vi Thị Xuân - Trưởng ban công tác Mặt trận bản Na Hiêng.
Hồ Thanh Hà
Tin khác
- Thanh Chương: 32 khu dân cư tổ chức Ngày hội Đại đoàn kết (17/11/2012)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách ở Kỳ Sơn (25/10/2012)
- Trao 150 suất quà cho hộ nghèo dịp Tết (02/01/2013)
""", "2013-01-10", "Mặt trận Nghệ An biểu dương 45 tập thể, 60 cá nhân xuất sắc",
E("tong_ket", "2012", "2013-01-09"),
[P("Trần Hữu Thọ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Cương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lang Thị Hoa", "Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
 P("Và Bá Giông", "Trưởng bản Huồi Khe"),
 P("Lô Văn Hạnh", "Chủ tịch Ủy ban MTTQ xã Châu Kim"),
 P("Vi Thị Xuân", "Trưởng ban công tác Mặt trận bản Na Hiêng")],
[Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân xuất sắc", 60, "cá nhân xuất sắc"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("1.240 nhà đại đoàn kết", 1240, "nhà đại đoàn kết"),
 Q("3.500 hộ", 3500, "hộ"), Q("13,2%", 13.2, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("420 buổi tuyên truyền", 420, "buổi tuyên truyền"), Q("khoảng 25.000 lượt người", 25000, "lượt người", "approx"),
 Q("9 dự thảo nghị quyết", 9, "dự thảo nghị quyết"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("100%", 100, "%"), Q("gần 70 triệu đồng", 70000000, "đồng", "approx")],
[D("Hướng dẫn", "37", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 37/HD-MTTW-BTT"),
 D("Quyết định", "05", "QĐ-MTTQ-BTT", "2013-01-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 05, 06/QĐ-MTTQ-BTT"),
 D("Quyết định", "06", "QĐ-MTTQ-BTT", "2013-01-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 05, 06/QĐ-MTTQ-BTT")],
[prov("Nghệ An"), com("Tiền Phong"), com("Mường Lống"), com("Diễn Kỷ"), com("Hưng Dũng"), com("Kim Sơn"), com("Châu Kim")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Mặt trận - Đoàn thể", "Đồng chí Nguyễn Thị Lan trao Bằng khen cho các tập thể.",
 "(Baonghean)", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Cập nhật: 09:42, 10/01/2013 (GMT+7)", "năm 2012", "năm 2013"]))

PAGES.append(page("b8167-soctrang-mttq-tongket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Thời sự | Mặt trận - Đoàn thể
08:15 | 27/12/2013
Sóc Trăng: Tổng kết công tác Mặt trận năm 2013, khen thưởng 52 tập thể, 74 cá nhân
Chiều 26/12, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác Mặt trận năm 2013 và triển khai chương trình phối hợp thống nhất hành động năm 2014. Chủ trì hội nghị có ông Lê Thành Trọng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các Phó Chủ tịch: Hòa thượng Lý Hùng - Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; bà Trà Thị Hồng - Phó Chủ tịch Ủy ban MTTQ tỉnh.
Toàn cảnh hội nghị tổng kết công tác Mặt trận năm 2013.
Báo cáo cho thấy, năm 2013 Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 11,2 tỷ đồng; xây dựng và bàn giao 236 căn nhà đại đoàn kết, trong đó có 148 căn cho hộ đồng bào Khmer; trao 1.850 suất học bổng cho học sinh nghèo hiếu học. Ban Thường trực Ủy ban MTTQ tỉnh phối hợp thăm, tặng quà 92 chùa Phật giáo Nam tông Khmer nhân Tết Chôl Chnăm Thmây và lễ Sen Dolta. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được triển khai ở 109/109 xã, phường, thị trấn.
Năm 2013, Mặt trận các cấp tham gia hòa giải thành 412 vụ việc mâu thuẫn ở khu dân cư, đạt trên 85%. Ban Thanh tra nhân dân được kiện toàn ở 100% xã, phường, thị trấn.
Tại hội nghị, ông Thạch Sô Phanh, Chủ tịch Ủy ban MTTQ huyện Trần Đề, và Đại đức Lý Sà Rát, trụ trì chùa Sà Lôn, xã Đại Tâm, đã trình bày tham luận về vai trò của sư sãi, người có uy tín trong vận động đồng bào Khmer.
Phát biểu chỉ đạo, ông Lê Thành Trọng đề nghị thực hiện tốt Chỉ thị số 17-CT/TU ngày 05/4/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào dân tộc Khmer, đồng thời triển khai Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Dịp này, 52 tập thể, 74 cá nhân được Ủy ban MTTQ tỉnh tặng Bằng khen, mỗi Bằng khen kèm tiền thưởng 400.000 đồng. Ngoài ra, 4 tập thể và 6 cá nhân nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam, gồm Ủy ban MTTQ các xã Đại Tâm, Viên Bình, Ủy ban MTTQ phường 5 và các ông, bà Sơn Thị Sa Quênh, Kim Sa Rết, Lâm Văn Sà Phol.
Ban Thường trực Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể.
Hội nghị cũng chỉ ra những hạn chế: hoạt động của Ban công tác Mặt trận ở một số ấp, khóm còn hình thức; việc nắm tình hình tư tưởng của đồng bào Khmer vùng sâu có lúc chưa kịp thời; công tác tuyên truyền bằng tiếng Khmer chưa thường xuyên. Năm 2014, Mặt trận các cấp tập trung chuẩn bị đại hội nhiệm kỳ mới ở cơ sở.
Kim Ngân
Bài viết liên quan
- Mặt trận tỉnh chúc mừng lễ Sen Dolta (02/10/2013)
- Bàn giao 30 căn nhà đại đoàn kết ở Vĩnh Châu (15/11/2013)
- Hội nghị người có uy tín trong đồng bào Khmer (20/08/2013)
""", "2013-12-27", "Sóc Trăng: Tổng kết công tác Mặt trận năm 2013, khen thưởng 52 tập thể, 74 cá nhân",
E("tong_ket", "2013", "2013-12-26"),
[P("Lê Thành Trọng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trà Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thạch Sô Phanh", "Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Lý Sà Rát", "Đại đức", "trụ trì chùa Sà Lôn"),
 P("Sơn Thị Sa Quênh"), P("Kim Sa Rết"), P("Lâm Văn Sà Phol")],
[Q("52 tập thể", 52, "tập thể"), Q("74 cá nhân", 74, "cá nhân"), Q("11,2 tỷ đồng", 11200000000, "đồng"),
 Q("236 căn nhà đại đoàn kết", 236, "căn nhà đại đoàn kết"), Q("148 căn", 148, "căn"),
 Q("1.850 suất học bổng", 1850, "suất học bổng"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("109/109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"), Q("412 vụ việc mâu thuẫn", 412, "vụ việc mâu thuẫn"),
 Q("trên 85%", 85, "%", "over"), Q("100%", 100, "%"), Q("400.000 đồng", 400000, "đồng"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", "2013-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 05/4/2013"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Sóc Trăng"), com("Đại Tâm"), com("Viên Bình"), com("phường 5")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ | Thời sự | Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tổng kết công tác Mặt trận năm 2013.", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Ban Thường trực Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể.", "Chôl Chnăm Thmây", "Sen Dolta"],
["08:15 | 27/12/2013", "năm 2013", "năm 2014", "phường 5", "Năm 2014"]))

PAGES.append(page("b8168-gialai-mttq-tongket-2014", """
Báo Gia Lai điện tử
Chính trị » Mặt trận
17/12/2014 - 10:05
Gia Lai: 68 tập thể, cá nhân được khen thưởng trong công tác Mặt trận
(GLO) - Ngày 16/12, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, triển khai nhiệm vụ năm 2015. Dự hội nghị có đồng chí Ksor H'Bơ Khăp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Rơ Mah Tuân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Rơ Mah Tuân phát biểu tại hội nghị. Ảnh: Hồng Thi
Trong năm, Mặt trận các cấp đã tuyên truyền, vận động hơn 2.100 hộ đồng bào dân tộc thiểu số ký cam kết không nghe theo kẻ xấu, không vượt biên trái phép. Thực hiện Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", toàn tỉnh có 1.436/1.850 làng, tổ dân phố đạt chuẩn văn hóa, chiếm 77,6%. Quỹ "Vì người nghèo" các cấp vận động được 7,9 tỷ đồng, hỗ trợ làm mới 215 nhà đại đoàn kết với mức 30 triệu đồng/căn; tặng khoảng 3.000 suất quà cho hộ nghèo trong dịp Tết, mỗi suất trị giá từ 200.000 đến 500.000 đồng.
Mặt trận cũng phát huy vai trò 1.265 người có uy tín trong vùng đồng bào Jrai, Bahnar; qua đó vận động 34 hộ theo "Tin lành Đê Ga" từ bỏ hoạt động, trở về với cộng đồng.
Tham luận tại hội nghị, ông Kpă Thuyên, HUV, Chủ tịch Ủy ban MTTQ huyện Krông Pa, và bà Siu Hlim, Trưởng ban công tác Mặt trận làng Plei Ơi, xã Ia Mlah, đã nêu cách làm hay trong vận động đồng bào giữ gìn an ninh làng. Già làng Đinh Hmưh, làng Kon Ktonh, xã Đăk Rong, đề nghị tăng cường hỗ trợ giống cây trồng cho bà con.
Phát biểu kết luận, đồng chí Ksor H'Bơ Khăp đề nghị Mặt trận thực hiện tốt Chỉ thị số 20-CT/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động quần chúng ở vùng đồng bào dân tộc thiểu số.
Tại hội nghị, Ủy ban MTTQ tỉnh đã trao Bằng khen cho 28 tập thể và 40 cá nhân có thành tích xuất sắc. Các ông: Ksor Nao - Chủ tịch Ủy ban MTTQ xã Ia Rsươm, Rah Lan Hlơn - Trưởng thôn Plei Kte, được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen, mỗi người được thưởng 1 triệu đồng.
Hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc nắm bắt tình hình ở một số làng vùng sâu chưa kịp thời; hoạt động giám sát của Mặt trận cấp xã còn lúng túng, chủ yếu lồng ghép trong các buổi tiếp xúc cử tri; nguồn lực hỗ trợ người nghèo còn phụ thuộc nhiều vào ngân sách. Năm 2015, Mặt trận các cấp sẽ tập trung chuẩn bị đại hội Mặt trận cấp xã, cấp huyện, tiến tới Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X.
Hồng Thi
Tin cùng chuyên mục
- Chư Sê: gặp mặt 120 người có uy tín (05/12/2014)
- Mặt trận huyện Ia Grai giám sát việc chi trả chính sách (26/11/2014)
- Ngày hội Đại đoàn kết ở làng Ia Lang (18/11/2014)
""", "2014-12-17", "Gia Lai: 68 tập thể, cá nhân được khen thưởng trong công tác Mặt trận",
E("tong_ket", "2014", "2014-12-16"),
[P("Ksor H'Bơ Khăp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Tuân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Thuyên", "HUV", "Chủ tịch Ủy ban MTTQ huyện Krông Pa"),
 P("Siu Hlim", "Trưởng ban công tác Mặt trận làng Plei Ơi"),
 P("Đinh Hmưh", "Già làng"),
 P("Ksor Nao", "Chủ tịch Ủy ban MTTQ xã Ia Rsươm"),
 P("Rah Lan Hlơn", "Trưởng thôn Plei Kte")],
[Q("68 tập thể, cá nhân", 68, "tập thể, cá nhân"), Q("hơn 2.100 hộ", 2100, "hộ", "over"),
 Q("1.436/1.850 làng, tổ dân phố", 1436, "làng, tổ dân phố"), Q("77,6%", 77.6, "%"), Q("7,9 tỷ đồng", 7900000000, "đồng"),
 Q("215 nhà đại đoàn kết", 215, "nhà đại đoàn kết"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("khoảng 3.000 suất quà", 3000, "suất quà", "approx"), Q("từ 200.000", 200000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("1.265 người có uy tín", 1265, "người có uy tín"), Q("34 hộ", 34, "hộ"),
 Q("28 tập thể", 28, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Chỉ thị", "20", "CT/TU", "2014-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU ngày 12/3/2014")],
[prov("Gia Lai"), com("Ia Mlah"), com("Đăk Rong"), com("Ia Rsươm")],
["Báo Gia Lai điện tử", "Chính trị » Mặt trận", "(GLO)", "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X", "Đồng chí Rơ Mah Tuân phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Tin lành Đê Ga"],
["17/12/2014 - 10:05", "năm 2014", "năm 2015", "lần thứ X"]))

PAGES.append(page("b8169-thaibinh-mttq-tongket-2015", """
UBMTTQ TỈNH THÁI BÌNH - Cổng thông tin điện tử
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
Ngày đăng 05/01/2016 | 16:20
Tôn vinh 95 tập thể, cá nhân tiêu biểu trong công tác Mặt trận
Ngày 4/1/2016, Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2015, triển khai nhiệm vụ năm 2016 và biểu dương các tập thể, cá nhân tiêu biểu. Đồng chí Phạm Văn Xuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Đặng Trọng Thăng, Phó Bí thư Tỉnh ủy.
Các đại biểu dự hội nghị.
Năm 2015 là năm Mặt trận các cấp tổ chức thành công đại hội nhiệm kỳ 2014 - 2019 ở 286/286 xã, phường, thị trấn. Quỹ "Vì người nghèo" được các cấp vận động trên 21 tỷ đồng; xây mới và sửa chữa 612 nhà đại đoàn kết; trao 4.200 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá 2,1 tỷ đồng. Toàn tỉnh có 88 xã đạt chuẩn nông thôn mới, nhân dân đóng góp trên 640 tỷ đồng và hiến hơn 120.000 m2 đất để làm đường giao thông.
Ủy ban MTTQ tỉnh đã chủ trì giám sát 8 chuyên đề theo Quyết định số 217-QĐ/TW của Bộ Chính trị, tổ chức 3 hội nghị phản biện dự thảo nghị quyết của HĐND tỉnh. Mặt trận phối hợp với Ủy ban Đoàn kết Công giáo tỉnh vận động 168 giáo họ đăng ký xây dựng "Xứ, họ đạo bình an".
Tại hội nghị, Linh mục Giuse Phạm Văn Tụ, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, phát biểu về phong trào thi đua "Sống tốt đời, đẹp đạo". Bà Ngô Thị Huệ, Trưởng ban công tác Mặt trận thôn Đông Thọ, xã Thụy Dân, chia sẻ kinh nghiệm vận động nhân dân dồn điền đổi thửa.
Phát biểu chỉ đạo, đồng chí Đặng Trọng Thăng đề nghị Mặt trận các cấp tích cực chuẩn bị cho cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021.
Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Quyết định số 01/QĐ-MTTQ-BTT ngày 02/01/2016 tặng Bằng khen cho 41 tập thể và 54 cá nhân; tổng số tiền thưởng 52,5 triệu đồng. Tập thể được khen có Ủy ban MTTQ xã Thụy Dân, Ủy ban MTTQ xã Vũ Lễ, Ủy ban MTTQ thị trấn Tiền Hải; cá nhân có bà Ngô Thị Huệ, ông Trần Quang Vinh - Chủ tịch Ủy ban MTTQ xã Vũ Lễ, ông Nguyễn Đức Mạnh - cán bộ Văn phòng Ủy ban MTTQ tỉnh.
Ban Thường trực Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể tiêu biểu.
Hội nghị cũng chỉ ra những tồn tại: nội dung sinh hoạt của một số Ban công tác Mặt trận thôn, tổ dân phố còn đơn điệu; hoạt động giám sát ở cơ sở chưa thường xuyên, việc theo dõi kết quả sau giám sát chưa chặt chẽ; một số nơi còn lúng túng trong việc tập hợp ý kiến, kiến nghị của cử tri để phản ánh tới các cơ quan chức năng.
Thu Hoài
Các tin khác
- Tiền Hải: trao 45 nhà đại đoàn kết (28/12/2015)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 2, khóa XIII (10/12/2015)
- Vũ Thư biểu dương khu dân cư tiêu biểu (15/11/2015)
""", "2016-01-05", "Tôn vinh 95 tập thể, cá nhân tiêu biểu trong công tác Mặt trận",
E("tong_ket", "2015", "2016-01-04"),
[P("Phạm Văn Xuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Trọng Thăng", "Phó Bí thư Tỉnh ủy"),
 P("Giuse Phạm Văn Tụ", "Linh mục", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Ngô Thị Huệ", "Trưởng ban công tác Mặt trận thôn Đông Thọ"),
 P("Trần Quang Vinh", "Chủ tịch Ủy ban MTTQ xã Vũ Lễ"),
 P("Nguyễn Đức Mạnh", "cán bộ Văn phòng Ủy ban MTTQ tỉnh")],
[Q("95 tập thể, cá nhân tiêu biểu", 95, "tập thể, cá nhân tiêu biểu"), Q("286/286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("612 nhà đại đoàn kết", 612, "nhà đại đoàn kết"),
 Q("4.200 suất quà", 4200, "suất quà"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("88 xã", 88, "xã"),
 Q("trên 640 tỷ đồng", 640000000000, "đồng", "over"), Q("hơn 120.000 m2", 120000, "m2", "over"),
 Q("8 chuyên đề", 8, "chuyên đề"), Q("3 hội nghị phản biện", 3, "hội nghị phản biện"), Q("168 giáo họ", 168, "giáo họ"),
 Q("41 tập thể", 41, "tập thể"), Q("54 cá nhân", 54, "cá nhân"), Q("52,5 triệu đồng", 52500000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "01", "QĐ-MTTQ-BTT", "2016-01-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 01/QĐ-MTTQ-BTT ngày 02/01/2016")],
[prov("Thái Bình"), com("Thụy Dân"), com("Vũ Lễ"), com("Tiền Hải")],
["UBMTTQ TỈNH THÁI BÌNH - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh",
 "Các đại biểu dự hội nghị.", "Vì người nghèo", "Xứ, họ đạo bình an", "Sống tốt đời, đẹp đạo",
 "Ban Thường trực Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể tiêu biểu."],
["Ngày đăng 05/01/2016 | 16:20", "năm 2015", "năm 2016", "nhiệm kỳ 2014 - 2019", "khóa XIV", "nhiệm kỳ 2016 - 2021"]))

PAGES.append(page("b8170-daklak-mttq-tongket-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Tin tức :: Hoạt động Mặt trận tỉnh
Thứ Sáu, 23/12/2016
Đắk Lắk tổng kết công tác Mặt trận, trao thưởng cho 110 tập thể, cá nhân
Sáng 22/12, tại TP. Buôn Ma Thuột, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2016. Đồng chí Y Krêc Niê, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Chủ tịch: H'Zuê Mlô, Trần Văn Lực chủ trì hội nghị. Dự có đồng chí Bùi Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Y Krêc Niê trình bày báo cáo tổng kết.
Năm 2016, Mặt trận các cấp phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp, với 99,1% cử tri đi bầu. Quỹ "Vì người nghèo" ba cấp vận động được 9,4 tỷ đồng; hỗ trợ xây dựng 302 nhà đại đoàn kết, sửa chữa 57 nhà; hỗ trợ 1.120 hộ nghèo vay vốn, con giống với tổng số tiền khoảng 3,6 tỷ đồng. Mặt trận phát huy vai trò 2.180 người có uy tín, vận động 46 hộ di cư tự do ổn định cuộc sống tại buôn.
Ủy ban MTTQ tỉnh đã chủ trì 5 cuộc giám sát chuyên đề theo Kế hoạch số 06, 07/KH-MTTQ-BTT; tham gia phản biện 4 dự thảo văn bản của UBND tỉnh.
Tại hội nghị, ông Y Phôn Êban, Chủ tịch Ủy ban MTTQ xã Ea Tul, chia sẻ kinh nghiệm vận động đồng bào Êđê giữ gìn luật tục tốt, bài trừ hủ tục. Bà H'Blốc Mlô, Phó Chủ tịch Ủy ban MTTQ huyện Lắk, đề nghị tăng cường tập huấn cho cán bộ Mặt trận cơ sở. Ama Hiền (Y Hiền Byă), người có uy tín buôn Drai, xã Ea Bar, nói về cách vận động con cháu không nghe theo đối tượng FULRO lưu vong.
Phát biểu tại hội nghị, đồng chí Bùi Văn Hải đề nghị năm 2017 Mặt trận các cấp tiếp tục thực hiện hiệu quả Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Nhân dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 48 tập thể, 62 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 800.000 đồng, mỗi cá nhân 500.000 đồng. Hai tập thể là Ủy ban MTTQ xã Ea Tul và Ủy ban MTTQ phường Tân Lợi được Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua.
Hội nghị cũng chỉ ra những hạn chế như: nội dung hoạt động của Ban công tác Mặt trận ở một số buôn còn đơn điệu; việc nắm tình hình tư tưởng của đồng bào vùng sâu, vùng xa có lúc chưa kịp thời; công tác giám sát, phản biện xã hội ở cấp huyện, cấp xã còn lúng túng, chưa có nhiều kiến nghị có chất lượng. Năm 2017, Ban Thường trực Ủy ban MTTQ tỉnh sẽ tập trung hướng dẫn cơ sở thực hiện Luật MTTQ Việt Nam năm 2015.
Tin, ảnh: Ngọc Lan
TIN CÙNG CHUYÊN MỤC
- Krông Bông: gặp mặt 95 người có uy tín (12/12/2016)
- Ngày hội Đại đoàn kết ở buôn Ko Sia (17/11/2016)
- Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất (28/10/2016)
""", "2016-12-23", "Đắk Lắk tổng kết công tác Mặt trận, trao thưởng cho 110 tập thể, cá nhân",
E("tong_ket", "2016", "2016-12-22"),
[P("Y Krêc Niê", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Zuê Mlô", "Phó Chủ tịch"), P("Trần Văn Lực", "Phó Chủ tịch"),
 P("Bùi Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Phôn Êban", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("H'Blốc Mlô", "Phó Chủ tịch Ủy ban MTTQ huyện Lắk"),
 P("Y Hiền Byă", "người có uy tín buôn Drai")],
[Q("110 tập thể, cá nhân", 110, "tập thể, cá nhân"), Q("99,1%", 99.1, "%"), Q("9,4 tỷ đồng", 9400000000, "đồng"),
 Q("302 nhà đại đoàn kết", 302, "nhà đại đoàn kết"), Q("57 nhà", 57, "nhà"), Q("1.120 hộ nghèo", 1120, "hộ nghèo"),
 Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("2.180 người có uy tín", 2180, "người có uy tín"),
 Q("46 hộ di cư tự do", 46, "hộ di cư tự do"), Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề"),
 Q("4 dự thảo văn bản", 4, "dự thảo văn bản"), Q("48 tập thể", 48, "tập thể"), Q("62 cá nhân", 62, "cá nhân"),
 Q("800.000 đồng", 800000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "06", "KH-MTTQ-BTT", None, None, "Kế hoạch số 06, 07/KH-MTTQ-BTT"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, None, "Kế hoạch số 06, 07/KH-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Bar"), com("Tân Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Tin tức :: Hoạt động Mặt trận tỉnh",
 "Đồng chí Y Krêc Niê trình bày báo cáo tổng kết.", "Vì người nghèo", "FULRO", "Luật MTTQ Việt Nam năm 2015"],
["Thứ Sáu, 23/12/2016", "năm 2016", "năm 2017", "khóa XIV", "Luật MTTQ Việt Nam năm 2015"]))
