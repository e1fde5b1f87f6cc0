from lib import *
PAGES = []

PAGES.append(page("b2333-laocai-mttq-tongket-baucu-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ » Hoạt động Mặt trận » Bầu cử
Thứ Sáu, 24/06/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Mặt trận tổng kết công tác bầu cử năm 2011
Ngày 22/6/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết công tác tham gia bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011-2016. Đồng chí Sần Thị Mai, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 96 đại biểu là thường trực Mặt trận các huyện, thành phố và đại diện các tổ chức thành viên.
Báo cáo do đồng chí Vàng Seo Dín, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, thực hiện Chỉ thị số 51-CT/TW ngày 4/10/2010 của Bộ Chính trị về lãnh đạo cuộc bầu cử, Mặt trận các cấp đã tổ chức 3 hội nghị hiệp thương ở cấp tỉnh, 27 hội nghị hiệp thương cấp huyện và 492 hội nghị ở xã; tổ chức 1.634 hội nghị cử tri tại nơi cư trú để lấy ý kiến nhận xét đối với người ứng cử.
Kết quả, toàn tỉnh có 99,6% cử tri đi bầu; bầu đủ 6 đại biểu Quốc hội và 50 đại biểu HĐND tỉnh. Trong số người trúng cử đại biểu HĐND tỉnh có 24 đại biểu là người dân tộc thiểu số, 15 đại biểu nữ. Ban Thường trực đã tiếp nhận 9 đơn thư liên quan đến người ứng cử, phối hợp xác minh và trả lời 8 đơn đúng thời hạn.
Tại hội nghị, đồng chí Giàng A Chu, Chủ tịch Ủy ban MTTQ huyện Bắc Hà, chia sẻ kinh nghiệm tuyên truyền bằng tiếng Mông tại 21 xã vùng cao; bà Lý Thị Dua, Phó Chủ tịch Ủy ban MTTQ xã Tả Van, nêu khó khăn khi niêm yết danh sách cử tri ở những thôn cách trung tâm xã hàng chục cây số. Ông Phàn Văn Lự, Trưởng ban Công tác Mặt trận thôn Sín Chải, xã Tả Phìn, kể lại việc tổ bầu cử mang hòm phiếu phụ đến tận nhà cho 17 cử tri già yếu.
Phát biểu kết luận, đồng chí Sần Thị Mai đề nghị Mặt trận các cấp tiếp tục giám sát hoạt động của đại biểu dân cử, tổ chức tốt việc tiếp xúc cử tri theo Nghị quyết liên tịch số 05/2011/NQLT-UBTVQH12-ĐCTUBTWMTTQVN và thực hiện Kế hoạch 18, 19-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát đại biểu và về phản biện xã hội.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 14 tập thể và 32 cá nhân có thành tích xuất sắc trong công tác bầu cử.
Minh Hà
Lượt xem: 1.204
Tin liên quan
- Bát Xát: 100% tổ bầu cử hoàn thành sớm (23/05/2011)
- Hiệp thương lần thứ ba cấp tỉnh (20/04/2011)
- Sa Pa tiếp xúc cử tri với 7 ứng cử viên (10/05/2011)
- Mặt trận tỉnh giám sát công tác chuẩn bị bầu cử (02/05/2011)
- Văn Bàn: niêm yết danh sách cử tri đúng thời gian quy định (12/04/2011)
- Hội nghị cử tri nơi cư trú nhận xét người ứng cử ở thành phố Lào Cai (28/03/2011)
""", "2011-06-24", "Lào Cai: Mặt trận tổng kết công tác bầu cử năm 2011",
E("tong_ket", "2011", "2011-06-22"),
[P("Sần Thị Mai", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Dín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Chu", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Lý Thị Dua", "Phó Chủ tịch Ủy ban MTTQ xã Tả Van"),
 P("Phàn Văn Lự", "Trưởng ban Công tác Mặt trận thôn Sín Chải")],
[Q("96 đại biểu", 96, "đại biểu"), Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"),
 Q("27 hội nghị hiệp thương cấp huyện", 27, "hội nghị hiệp thương cấp huyện"), Q("492 hội nghị", 492, "hội nghị"),
 Q("1.634 hội nghị cử tri", 1634, "hội nghị cử tri"), Q("99,6%", 99.6, "%"), Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"),
 Q("50 đại biểu HĐND tỉnh", 50, "đại biểu HĐND tỉnh"), Q("24 đại biểu", 24, "đại biểu"), Q("15 đại biểu nữ", 15, "đại biểu nữ"),
 Q("9 đơn thư", 9, "đơn thư"), Q("8 đơn", 8, "đơn"), Q("21 xã vùng cao", 21, "xã vùng cao"), Q("17 cử tri già yếu", 17, "cử tri già yếu"),
 Q("14 tập thể", 14, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chỉ thị", "51", "CT/TW", "2010-10-04", "Bộ Chính trị", "Chỉ thị số 51-CT/TW ngày 4/10/2010 của Bộ Chính trị"),
 D("Nghị quyết liên tịch", "05", "2011/NQLT-UBTVQH12-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 05/2011/NQLT-UBTVQH12-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "18", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19-KH/MTTQ-BTT"),
 D("Kế hoạch", "19", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19-KH/MTTQ-BTT")],
[prov("Lào Cai"), com("Tả Van"), com("Tả Phìn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Hoạt động Mặt trận » Bầu cử", "Ảnh: Quang cảnh hội nghị tổng kết.", "Lượt xem: 1.204"],
["Thứ Sáu, 24/06/2011 - 09:30", "khóa XIII", "2011-2016", "Lượt xem: 1.204"]))

PAGES.append(page("b2334-sonla-mttq-daihoi-huyen-2014", """
Cổng thông tin điện tử huyện Mường La - tỉnh Sơn La
Tin tức - Sự kiện :: Mặt trận và các đoàn thể
Cập nhật: 15:20, 18/07/2014 (GMT+7)
Đồng chí Lò Văn Hặc phát biểu chỉ đạo đại hội.
Đại hội đại biểu MTTQ Việt Nam huyện Mường La lần thứ XII
Trong 2 ngày 16 và 17/7/2014, Ủy ban MTTQ Việt Nam huyện Mường La tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2014-2019. Về dự có đồng chí Lò Văn Hặc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La; đồng chí Cầm Thị Phong, Bí thư Huyện ủy Mường La cùng 200 đại biểu chính thức đại diện cho hơn 9.800 hộ gia đình thuộc các dân tộc Thái, Mông, Kinh, Kháng, La Ha trong huyện.
Báo cáo của Ủy ban MTTQ huyện khóa XI cho thấy, 5 năm qua cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai sâu rộng ở 16 xã, thị trấn; tỷ lệ gia đình đạt danh hiệu văn hóa tăng từ 62% lên 78,4%. Quỹ "Vì người nghèo" các cấp vận động được 3,2 tỷ đồng, hỗ trợ xây mới và sửa chữa 214 nhà đại đoàn kết; giúp khoảng 1.300 hộ thoát nghèo. Mặt trận các cấp đã chủ trì 38 cuộc giám sát, tổ chức 11 hội nghị phản biện xã hội đối với dự án di dân tái định cư thủy điện Sơn La.
Đại hội thống nhất mục tiêu đến năm 2019 tỷ lệ hộ nghèo giảm bình quân 4% mỗi năm, 100% bản có tổ hòa giải hoạt động hiệu quả. Tham luận tại đại hội, ông Quàng Văn Panh, Trưởng ban Công tác Mặt trận bản Nà Lò, xã Chiềng Lao, chia sẻ cách vận động 46 hộ chuyển đổi 60 ha đất nương sang trồng cây ăn quả; bà Lường Thị Thiêm, Chủ tịch Ủy ban MTTQ thị trấn Ít Ong, nêu kinh nghiệm hòa giải ở cơ sở.
Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam huyện khóa XII; Ban Thường trực gồm 4 vị. Đồng chí Tòng Văn Sướng, HUV, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Tòng Thị Én, Sồng A Tủa, Lò Thị Xuyến. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu MTTQ tỉnh Sơn La lần thứ XIII.
Phát biểu chỉ đạo, đồng chí Lò Văn Hặc đề nghị Ủy ban khóa mới cụ thể hóa Chỉ thị số 17-CT/TW ngày 18/4/2013 của Ban Bí thư về đại hội Mặt trận các cấp và Nghị quyết 43-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới, tập trung thực hiện phong trào "Đoàn kết sáng tạo, xây dựng bản làng văn minh".
Hà Phương
Lượt truy cập: 305.118
Các tin khác
- Xã Chiềng Ân tổ chức Đại hội MTTQ điểm (26/06/2014)
- Mường La: 214 nhà đại đoàn kết được bàn giao (04/06/2014)
- Hội nghị Ủy ban MTTQ huyện lần thứ 12 (15/05/2014)
- Ngày hội Đại đoàn kết toàn dân tộc ở bản Huổi Học (12/11/2013)
- Mặt trận huyện giám sát việc chi trả tiền hỗ trợ tái định cư (30/10/2013)
""", "2014-07-18", "Đại hội đại biểu MTTQ Việt Nam huyện Mường La lần thứ XII",
E("dai_hoi", None, "2014-07-16"),
[P("Lò Văn Hặc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La"),
 P("Cầm Thị Phong", "Bí thư Huyện ủy Mường La"),
 P("Quàng Văn Panh", "Trưởng ban Công tác Mặt trận bản Nà Lò"),
 P("Lường Thị Thiêm", "Chủ tịch Ủy ban MTTQ thị trấn Ít Ong"),
 P("Tòng Văn Sướng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Tòng Thị Én", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Sồng A Tủa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Thị Xuyến", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("hơn 9.800 hộ gia đình", 9800, "hộ gia đình", "over"),
 Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("62%", 62, "%"), Q("78,4%", 78.4, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("214 nhà đại đoàn kết", 214, "nhà đại đoàn kết"), Q("khoảng 1.300 hộ", 1300, "hộ", "approx"),
 Q("38 cuộc giám sát", 38, "cuộc giám sát"), Q("11 hội nghị phản biện xã hội", 11, "hội nghị phản biện xã hội"),
 Q("4%", 4, "%"), Q("100% bản", 100, "%"), Q("46 hộ", 46, "hộ"), Q("60 ha", 60, "ha"),
 Q("55 vị", 55, "vị"), Q("4 vị", 4, "vị"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "17", "CT/TW", "2013-04-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/4/2013 của Ban Bí thư"),
 D("Nghị quyết", "43", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 43-NQ/HU")],
[prov("Sơn La"), com("Chiềng Lao"), com("Ít Ong")],
["Cổng thông tin điện tử huyện Mường La - tỉnh Sơn La", "Tin tức - Sự kiện :: Mặt trận và các đoàn thể",
 "Đồng chí Lò Văn Hặc phát biểu chỉ đạo đại hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Đoàn kết sáng tạo, xây dựng bản làng văn minh", "Lượt truy cập: 305.118"],
["Cập nhật: 15:20, 18/07/2014 (GMT+7)", "lần thứ XII", "2014-2019", "2 ngày", "5 năm qua", "khóa XI", "lần thứ XIII", "Lượt truy cập: 305.118"]))

PAGES.append(page("b2335-nghean-mttq-hiepthuong-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Tin tức > Bầu cử Quốc hội và HĐND
08:15 | 16/04/2016
Nghệ An lập danh sách chính thức 127 ứng cử viên đại biểu HĐND tỉnh
Chiều 15/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị hiệp thương lần thứ ba lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIV và đại biểu HĐND tỉnh nhiệm kỳ 2016-2021. Chủ trì hội nghị có các đồng chí Lương Thị Ngoan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Vi Văn Khuyên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh.
Hội nghị có 98 đại biểu tham dự, đại diện Ban Thường trực, các tổ chức thành viên và Ủy ban bầu cử tỉnh. Theo báo cáo, sau hội nghị hiệp thương lần thứ hai, Mặt trận các cấp đã tổ chức 412 hội nghị cử tri nơi công tác và nơi cư trú để lấy ý kiến đối với người được giới thiệu; tỷ lệ tín nhiệm của hầu hết người ứng cử đạt trên 90%. Có 2 trường hợp rút khỏi danh sách do chuyển công tác và 1 trường hợp không đạt tín nhiệm tại nơi cư trú.
Hội nghị thống nhất lập danh sách chính thức 18 người ứng cử đại biểu Quốc hội ở 5 đơn vị bầu cử để bầu 13 đại biểu; danh sách 127 ứng cử viên đại biểu HĐND tỉnh ở 22 đơn vị bầu cử để bầu 79 đại biểu. Trong danh sách HĐND tỉnh, người dân tộc thiểu số chiếm 16,5%, phụ nữ chiếm 37,8%, người ngoài Đảng chiếm 8,66%; có 14 ứng cử viên tự ứng cử và 9 người tái cử.
Các ứng cử viên người dân tộc thiểu số gồm nhiều thành phần: bà Lữ Thị Xuân, giáo viên Trường Phổ thông dân tộc nội trú huyện Quế Phong; ông Moong Văn Pằn, Bí thư Chi bộ bản Huồi Cáng 1, xã Mường Lống; ông Lô Văn Thái, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Châu Kim; bà Vi Thị Hương, Chủ tịch Hội Liên hiệp Phụ nữ huyện Tương Dương.
Phát biểu tại hội nghị, đồng chí Lương Thị Ngoan nhấn mạnh việc hiệp thương được thực hiện đúng Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND năm 2015, Nghị quyết liên tịch số 09/2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 36/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ban Thường trực sẽ tiếp tục phối hợp tổ chức các hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử theo Kế hoạch số 112/KH-MTTQ ngày 28/3/2016.
Ngay sau hội nghị, danh sách chính thức được gửi Ủy ban bầu cử tỉnh để công bố và niêm yết tại 4.120 khu vực bỏ phiếu trên địa bàn toàn tỉnh.
Minh Quân
Lượt xem: 2.317
Tin liên quan
- Hiệp thương lần thứ hai: 154 người được giới thiệu ứng cử (18/03/2016)
- Tập huấn nghiệp vụ bầu cử cho cán bộ Mặt trận cơ sở (05/03/2016)
- Kỳ Sơn: vận động đồng bào Mông tham gia bầu cử đầy đủ (02/04/2016)
- Mặt trận các huyện miền Tây tổ chức hội nghị cử tri (29/03/2016)
""", "2016-04-16", "Nghệ An lập danh sách chính thức 127 ứng cử viên đại biểu HĐND tỉnh",
E("hoi_nghi", None, "2016-04-15"),
[P("Lương Thị Ngoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Khuyên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lữ Thị Xuân", "giáo viên Trường Phổ thông dân tộc nội trú huyện Quế Phong"),
 P("Moong Văn Pằn", "Bí thư Chi bộ bản Huồi Cáng 1"),
 P("Lô Văn Thái", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Châu Kim"),
 P("Vi Thị Hương", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Tương Dương")],
[Q("127 ứng cử viên đại biểu HĐND tỉnh", 127, "ứng cử viên đại biểu HĐND tỉnh"), Q("98 đại biểu", 98, "đại biểu"), Q("412 hội nghị cử tri", 412, "hội nghị cử tri"),
 Q("trên 90%", 90, "%", "over"), Q("2 trường hợp", 2, "trường hợp"), Q("1 trường hợp", 1, "trường hợp"),
 Q("18 người ứng cử", 18, "người"), Q("5 đơn vị bầu cử", 5, "đơn vị bầu cử"), Q("13 đại biểu", 13, "đại biểu"),
 Q("22 đơn vị bầu cử", 22, "đơn vị bầu cử"), Q("79 đại biểu", 79, "đại biểu"), Q("16,5%", 16.5, "%"), Q("37,8%", 37.8, "%"),
 Q("8,66%", 8.66, "%"), Q("14 ứng cử viên tự ứng cử", 14, "ứng cử viên"), Q("9 người tái cử", 9, "người"),
 Q("4.120 khu vực bỏ phiếu", 4120, "khu vực bỏ phiếu")],
[D("Nghị quyết liên tịch", "09", "2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT"),
 D("Kế hoạch", "112", "KH-MTTQ", "2016-03-28", None, "Kế hoạch số 112/KH-MTTQ ngày 28/3/2016")],
[prov("Nghệ An"), com("Mường Lống"), com("Châu Kim")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Tin tức > Bầu cử Quốc hội và HĐND", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND năm 2015", "Lượt xem: 2.317"],
["08:15 | 16/04/2016", "lần thứ ba", "khóa XIV", "2016-2021", "lần thứ hai", "Lượt xem: 2.317"]))

PAGES.append(page("b2336-gialai-tiepxuccutri-2016", """
BÁO GIA LAI ĐIỆN TỬ
You are here: Trang chủ / Chính trị / Tiếp xúc cử tri
Ngày đăng 12/07/2016 | 16:20
Cử tri xã Ia Dom kiến nghị sớm làm cầu qua suối Ia Pơ
Sáng 11/7, Đoàn đại biểu Quốc hội tỉnh Gia Lai phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đức Cơ tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ nhất, Quốc hội khóa XIV tại xã Ia Dom. Tham dự có các đại biểu Quốc hội: Rơ Mah Thị Hlai, Đinh Văn Thun; cùng ông Ksor Nhơm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và gần 150 cử tri các làng Ia Dom, Mook Trê, Ia Lang.
Đại biểu Rơ Mah Thị Hlai thông báo kết quả kỳ họp thứ nhất: Quốc hội đã bầu các chức danh lãnh đạo chủ chốt của Nhà nước, thông qua 12 nghị quyết. Tại tỉnh, cuộc bầu cử ngày 22/5/2016 có 99,4% cử tri đi bầu; tỉnh bầu đủ 7 đại biểu Quốc hội, trong đó 3 đại biểu là người dân tộc thiểu số.
Tại hội nghị, 17 lượt cử tri phát biểu với 23 ý kiến góp ý, kiến nghị. Cử tri Siu Blan (làng Mook Trê) đề nghị đầu tư xây cầu bê tông qua suối Ia Pơ vì mùa mưa 86 hộ dân bị chia cắt. Già làng Rơ Châm Phyơ phản ánh giá phân bón tăng, hồ tiêu mất giá khiến nhiều hộ khó trả nợ vay. Ông Nay Phi, Trưởng ban Công tác Mặt trận làng Ia Lang, đề nghị tăng mức hỗ trợ cho 35 người có uy tín và chi trả đúng hạn 600.000 đồng mỗi năm.
Thay mặt UBND huyện, ông Trần Quốc Hậu, Phó Chủ tịch UBND huyện Đức Cơ, tiếp thu và trả lời 9 ý kiến thuộc thẩm quyền; cho biết huyện đã bố trí 1,5 tỷ đồng từ nguồn vốn Chương trình 135 để khảo sát xây cầu. Các kiến nghị về chính sách theo Quyết định 2085/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ được Đoàn ghi nhận, chuyển đến cơ quan có thẩm quyền.
Phát biểu tiếp thu, đại biểu Đinh Văn Thun, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh, cảm ơn cử tri đã tin tưởng bầu chọn và khẳng định sẽ theo dõi việc trả lời kiến nghị. Ông Ksor Nhơm đề nghị Mặt trận xã tổng hợp đầy đủ ý kiến cử tri, giám sát việc giải quyết theo Quy chế phối hợp số 05/QCPH-MTTQ-ĐĐBQH giữa Ủy ban MTTQ tỉnh và Đoàn đại biểu Quốc hội tỉnh.
Cùng ngày, Đoàn tiếp xúc cử tri tại thị trấn Chư Ty với khoảng 120 cử tri. Tại đây, cử tri phản ánh tình trạng thiếu giáo viên ở các điểm trường lẻ và đề nghị sửa chữa tuyến đường liên xã đã xuống cấp sau mùa mưa năm trước; đại diện các ngành của huyện đã trả lời trực tiếp tại hội nghị.
R'Châm Lan
Bài viết liên quan
- Cử tri Chư Prông kiến nghị về giá cà phê (10/07/2016)
- Gia Lai công bố kết quả bầu cử đại biểu HĐND tỉnh (30/05/2016)
- Hơn 99% cử tri Đức Cơ đi bầu cử (23/05/2016)
- Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Krông Pa (08/07/2016)
- Ia Grai: Mặt trận giám sát việc chi trả chính sách cho người có uy tín (14/04/2016)
""", "2016-07-12", "Cử tri xã Ia Dom kiến nghị sớm làm cầu qua suối Ia Pơ",
E("hoi_nghi", None, "2016-07-11"),
[P("Rơ Mah Thị Hlai", "đại biểu Quốc hội"),
 P("Đinh Văn Thun", "đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Ksor Nhơm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Blan"),
 P("Rơ Châm Phyơ", "Già làng"),
 P("Nay Phi", "Trưởng ban Công tác Mặt trận làng Ia Lang"),
 P("Trần Quốc Hậu", "Phó Chủ tịch UBND huyện Đức Cơ")],
[Q("gần 150 cử tri", 150, "cử tri", "approx"), Q("12 nghị quyết", 12, "nghị quyết"), Q("99,4%", 99.4, "%"),
 Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("3 đại biểu", 3, "đại biểu"), Q("17 lượt cử tri", 17, "lượt cử tri"),
 Q("23 ý kiến góp ý", 23, "ý kiến"), Q("86 hộ dân", 86, "hộ dân"), Q("35 người có uy tín", 35, "người có uy tín"),
 Q("600.000 đồng", 600000, "đồng"), Q("9 ý kiến", 9, "ý kiến"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("khoảng 120 cử tri", 120, "cử tri", "approx")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-ĐĐBQH", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-ĐĐBQH")],
[prov("Gia Lai"), com("Ia Dom"), com("Chư Ty")],
["BÁO GIA LAI ĐIỆN TỬ", "You are here: Trang chủ / Chính trị / Tiếp xúc cử tri", "Chương trình 135", "Ia Pơ"],
["Ngày đăng 12/07/2016 | 16:20", "kỳ họp thứ nhất", "khóa XIV", "Chương trình 135"]))

PAGES.append(page("b2337-thainguyen-xa-phudinh-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÌNH - HUYỆN ĐỊNH HÓA
Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể
15/05/2019 - 10:05
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Xã Phú Đình: Đại hội điểm Mặt trận Tổ quốc cấp xã của huyện
Ngày 14/5/2019, Ủy ban MTTQ Việt Nam xã Phú Đình long trọng tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2019-2024, là đại hội điểm cấp xã của huyện Định Hóa, tỉnh Thái Nguyên. Dự đại hội có đồng chí Nông Văn Dục, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Ma Thị Nguyệt, Bí thư Đảng ủy xã cùng 120 đại biểu đại diện cho hơn 2.100 hộ gia đình với 5 dân tộc Tày, Kinh, Dao, Nùng, San Chay.
Nhiệm kỳ qua, Mặt trận xã phối hợp vận động nhân dân hiến trên 12.000 m2 đất, đóng góp 1,85 tỷ đồng và 3.400 ngày công để làm 9,6 km đường bê tông nông thôn. Quỹ "Vì người nghèo" của xã vận động được 215 triệu đồng; hỗ trợ làm mới 18 nhà đại đoàn kết, mỗi nhà 40 triệu đồng. Tỷ lệ hộ nghèo giảm từ 21,3% xuống còn 8,9%; 18/18 xóm đạt danh hiệu khu dân cư văn hóa.
Đại hội đã thảo luận 4 tham luận. Ông Lâm Văn Hùng, Trưởng ban Công tác Mặt trận xóm Đồng Hoàng, chia sẻ cách vận động bà con người San Chay giữ gìn làn điệu Soọng cô; bà Hoàng Thị Nhị, Chủ tịch Hội Nông dân xã, nói về mô hình liên kết trồng chè Tân Cương theo tiêu chuẩn VietGAP với 46 hộ tham gia.
Đại hội hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XXI. Ban Thường trực gồm 3 vị: ông Ma Văn Thái được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các bà Dương Thị Nhung, Triệu Thị Lan - Phó Chủ tịch Ủy ban MTTQ xã. Đại hội cũng cử 5 đại biểu đi dự Đại hội đại biểu MTTQ huyện Định Hóa lần thứ XX.
Phát biểu chỉ đạo, đồng chí Nông Văn Dục đánh giá cao công tác chuẩn bị đại hội đúng Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh và Kế hoạch số 42-KH/ĐU ngày 20/3/2019 của Đảng ủy xã; đề nghị Ủy ban khóa mới tiếp tục thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", nâng cao chất lượng hoạt động của 18 ban công tác Mặt trận ở khu dân cư.
Trong nhiệm kỳ 2019-2024, đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu hằng năm vận động Quỹ "Vì người nghèo" đạt 50 triệu đồng trở lên và 100% hộ gia đình được phổ biến Chỉ thị 05-CT/TW của Bộ Chính trị.
Ban Biên tập
Lượt truy cập: 64.905
Tin khác
- Xã Phú Đình ra quân làm đường bê tông năm 2019 (02/04/2019)
- Hội nghị Ủy ban MTTQ xã lần thứ 10 (18/01/2019)
- Trao 3 nhà đại đoàn kết cho hộ nghèo xóm Bản Noong (10/12/2018)
- Đại hội Chi hội Nông dân xóm Đồng Hoàng (20/11/2018)
- Ngày hội Đại đoàn kết toàn dân tộc ở xóm Làng Mố (16/11/2018)
- Ra mắt mô hình "Xóm không có người vi phạm pháp luật" (05/10/2018)
""", "2019-05-15", "Xã Phú Đình: Đại hội điểm Mặt trận Tổ quốc cấp xã của huyện",
E("dai_hoi", None, "2019-05-14"),
[P("Nông Văn Dục", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ma Thị Nguyệt", "Bí thư Đảng ủy xã"),
 P("Lâm Văn Hùng", "Trưởng ban Công tác Mặt trận xóm Đồng Hoàng"),
 P("Hoàng Thị Nhị", "Chủ tịch Hội Nông dân xã"),
 P("Ma Văn Thái", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Dương Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Triệu Thị Lan", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 2.100 hộ gia đình", 2100, "hộ gia đình", "over"), Q("5 dân tộc", 5, "dân tộc"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("3.400 ngày công", 3400, "ngày công"),
 Q("9,6 km", 9.6, "km"), Q("215 triệu đồng", 215000000, "đồng"), Q("18 nhà đại đoàn kết", 18, "nhà đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("21,3%", 21.3, "%"), Q("8,9%", 8.9, "%"), Q("18/18 xóm", 18, "xóm"),
 Q("4 tham luận", 4, "tham luận"), Q("46 hộ", 46, "hộ"), Q("37 vị", 37, "vị"), Q("3 vị", 3, "vị"), Q("5 đại biểu", 5, "đại biểu"),
 Q("18 ban công tác Mặt trận", 18, "ban công tác Mặt trận"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("100% hộ gia đình", 100, "%")],
[D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT"),
 D("Kế hoạch", "42", "KH/ĐU", "2019-03-20", "Đảng ủy xã", "Kế hoạch số 42-KH/ĐU ngày 20/3/2019"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị")],
[prov("Thái Nguyên"), com("Phú Đình")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHÚ ĐÌNH - HUYỆN ĐỊNH HÓA", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Soọng cô", "Lượt truy cập: 64.905"],
["15/05/2019 - 10:05", "lần thứ XXI", "2019-2024", "khóa XXI", "lần thứ XX", "Lượt truy cập: 64.905"]))

PAGES.append(page("b2338-baclieu-mttq-daihoi-hongdan-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU
Bạn đang ở: Trang chủ | Tin hoạt động | Mặt trận huyện, thị xã, thành phố
Hôm nay: Thứ Sáu, 23/08/2019
Thứ Tư, 14/08/2019
Hồng Dân: 150 đại biểu dự Đại hội MTTQ huyện lần thứ XI
Ngày 13/8/2019, Ủy ban MTTQ Việt Nam huyện Hồng Dân tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XI, nhiệm kỳ 2019-2024. Đây là đại hội cấp huyện thứ năm được tổ chức trong tỉnh Bạc Liêu, với sự tham dự của 150 đại biểu chính thức, đại diện cho hơn 27.000 hộ dân thuộc 3 dân tộc Kinh, Khmer, Hoa.
Đến dự có các đồng chí: Lâm Thị Sa Vanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Châu Văn Sà, Tỉnh ủy viên, Bí thư Huyện ủy Hồng Dân; Trương Minh Khởi, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.
Ảnh: Các đại biểu dự đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2014-2019, Mặt trận các cấp trong huyện vận động Quỹ "Vì người nghèo" được trên 6,4 tỷ đồng, xây dựng và sửa chữa 326 căn nhà đại đoàn kết; vận động bà con đồng bào Khmer ở 12 phum, sóc tham gia xây dựng nông thôn mới. Toàn huyện có 4/8 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm còn 3,12%. Mặt trận chủ trì giám sát 64 cuộc, tổ chức 19 hội nghị phản biện xã hội, trong đó có 7 hội nghị phản biện cấp huyện.
Đại hội nghe 5 tham luận. Đại đức Thạch Kim Sơn, trụ trì chùa Cờ Thum, Ủy viên Ủy ban MTTQ huyện, chia sẻ kinh nghiệm vận động Phật tử Khmer giữ gìn an ninh trật tự; ông Sơn Văn Hên, Trưởng ấp Bình Lộc, xã Ninh Thạnh Lợi, nói về việc vận động 48 hộ hiến đất mở rộng đường giao thông nông thôn.
Đại hội đã hiệp thương dân chủ cử 51 vị vào Ủy ban MTTQ Việt Nam huyện khóa XI. Tại hội nghị lần thứ nhất, Ủy ban hiệp thương cử Ban Thường trực gồm 4 vị; ông Danh Út, HUV, tái cử Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà Nguyễn Thị Thu Hà, Lý Văn Chiến, Kim Thị Sô Phol - Phó Chủ tịch Ủy ban MTTQ huyện. Đại hội bầu 11 đại biểu dự Đại hội đại biểu MTTQ tỉnh lần thứ XI.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Vanh đề nghị Mặt trận huyện quán triệt Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò của Mặt trận trong đấu tranh phòng, chống tham nhũng và Kết luận 33, 34-KL/TU của Ban Thường vụ Tỉnh ủy; tích cực tham gia chuẩn bị bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2021-2026.
Hải Đăng
Tin cùng chuyên mục
- Đại hội MTTQ thị xã Giá Rai lần thứ X (09/08/2019)
- Phước Long: đại hội điểm MTTQ xã Vĩnh Phú Tây (25/06/2019)
- Ra mắt 15 tổ tự quản ở ấp Ninh Thạnh (12/06/2019)
- Mặt trận tỉnh trao 50 căn nhà đại đoàn kết (20/05/2019)
- Hòa Bình: tuyên dương 40 gương điển hình ở khu dân cư (08/05/2019)
""", "2019-08-14", "Hồng Dân: 150 đại biểu dự Đại hội MTTQ huyện lần thứ XI",
E("dai_hoi", None, "2019-08-13"),
[P("Lâm Thị Sa Vanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Văn Sà", "Tỉnh ủy viên", "Bí thư Huyện ủy Hồng Dân"),
 P("Trương Minh Khởi", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Thạch Kim Sơn", "Đại đức", "trụ trì chùa Cờ Thum", "Ủy viên Ủy ban MTTQ huyện"),
 P("Sơn Văn Hên", "Trưởng ấp Bình Lộc"),
 P("Danh Út", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lý Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Kim Thị Sô Phol", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 27.000 hộ dân", 27000, "hộ dân", "over"), Q("3 dân tộc", 3, "dân tộc"),
 Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("326 căn nhà đại đoàn kết", 326, "căn nhà đại đoàn kết"),
 Q("12 phum, sóc", 12, "phum, sóc"), Q("4/8 xã", 4, "xã"), Q("3,12%", 3.12, "%"), Q("64 cuộc", 64, "cuộc"),
 Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"), Q("7 hội nghị phản biện cấp huyện", 7, "hội nghị phản biện cấp huyện"),
 Q("5 tham luận", 5, "tham luận"), Q("48 hộ", 48, "hộ"), Q("51 vị", 51, "vị"), Q("4 vị", 4, "vị"), Q("11 đại biểu", 11, "đại biểu")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư"),
 D("Kết luận", "33", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 33, 34-KL/TU"),
 D("Kết luận", "34", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 33, 34-KL/TU")],
[prov("Bạc Liêu"), com("Ninh Thạnh Lợi")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU", "Bạn đang ở: Trang chủ | Tin hoạt động | Mặt trận huyện, thị xã, thành phố",
 "Hôm nay: Thứ Sáu, 23/08/2019", "Ảnh: Các đại biểu dự đại hội.", "Vì người nghèo"],
["Hôm nay: Thứ Sáu, 23/08/2019", "Thứ Tư, 14/08/2019", "lần thứ XI", "2019-2024", "đại hội cấp huyện thứ năm", "2014-2019", "khóa XI", "lần thứ nhất", "2021-2026"]))
