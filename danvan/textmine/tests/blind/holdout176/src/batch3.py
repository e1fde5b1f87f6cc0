from lib import *
PAGES = []

PAGES.append(page("b4193-quangtri-mttq-soket-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ | Tin hoạt động | Mặt trận các cấp
Hôm nay: Thứ Sáu, 12/07/2019
Đăng lúc: 16:20 | 10/07/2019
Mặt trận Quảng Trị tổ chức 1.124 cuộc tiếp xúc cử tri trong 6 tháng đầu năm
Ngày 9/7/2019, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Văn Thắng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết. Ảnh: Tâm Đan
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp đã chủ trì, phối hợp tổ chức 1.124 cuộc tiếp xúc cử tri của đại biểu Quốc hội và đại biểu HĐND các cấp với trên 62.000 lượt cử tri tham dự; tổng hợp 2.316 ý kiến, kiến nghị gửi đến các cơ quan có thẩm quyền. Mặt trận tỉnh tổ chức 3 cuộc giám sát chuyên đề, trong đó có giám sát việc giải quyết kiến nghị cử tri về đền bù, giải phóng mặt bằng Dự án đường tránh phía Đông thành phố Đông Hà.
Công tác chuẩn bị cho bầu cử trưởng thôn, khu phố nhiệm kỳ 2019 - 2022 được triển khai đồng bộ theo Hướng dẫn số 05/HD-MTTQ-BTT ngày 21/1/2019: đã có 1.068/1.071 thôn, khu phố bầu xong, 3 thôn ở xã A Ngo và xã Húc Nghì phải bầu lại do không đủ số cử tri tham gia. Ban Thường trực cũng phối hợp tổ chức 86 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tại hội nghị, bà Hồ Thị Ba, Chủ tịch Ủy ban MTTQ huyện Đakrông, cho biết nhiều cử tri người Vân Kiều, Pa Kô chưa quen phát biểu tại hội nghị tiếp xúc cử tri, Mặt trận huyện đã mời 46 già làng, người có uy tín cùng tham dự để khuyến khích bà con nêu ý kiến. Ông Nguyễn Hữu Phước, Phó Chủ tịch Ủy ban MTTQ thành phố Đông Hà đề nghị các cơ quan trả lời cử tri đúng thời hạn theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Phát biểu kết luận, đồng chí Hồ Văn Thắng yêu cầu 6 tháng cuối năm 2019 tập trung chuẩn bị đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024, thực hiện Kế hoạch số 110-KH/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư; phấn đấu 100% ý kiến cử tri được trả lời trước kỳ họp cuối năm.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 8 tập thể, 14 cá nhân và trao 30 suất quà, mỗi suất 1 triệu đồng, cho các trưởng thôn người dân tộc thiểu số có hoàn cảnh khó khăn.
Tâm Đan
Lượt xem: 455
Tin cùng chuyên mục
- Đakrông: hoàn thành bầu trưởng thôn nhiệm kỳ 2019 - 2022 (28/06/2019)
- Giám sát giải quyết kiến nghị cử tri tại Gio Linh (14/06/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 10 (27/12/2018)
- Hướng Hóa: tiếp xúc cử tri vùng đồng bào Vân Kiều trước kỳ họp thứ 7 (02/06/2019)
""", "2019-07-10", "Mặt trận Quảng Trị tổ chức 1.124 cuộc tiếp xúc cử tri trong 6 tháng đầu năm",
E("so_ket", "2019-H1", "2019-07-09"),
[P("Hồ Văn Thắng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Ba", "Chủ tịch Ủy ban MTTQ huyện Đakrông"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ thành phố Đông Hà")],
[Q("1.124 cuộc tiếp xúc cử tri", 1124, "cuộc tiếp xúc cử tri"), Q("trên 62.000 lượt cử tri", 62000, "lượt cử tri", "over"),
 Q("2.316 ý kiến, kiến nghị", 2316, "ý kiến, kiến nghị"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
 Q("1.068/1.071 thôn, khu phố", 1068, "thôn, khu phố"), Q("3 thôn", 3, "thôn"), Q("86 hội nghị đối thoại", 86, "hội nghị đối thoại"),
 Q("46 già làng, người có uy tín", 46, "già làng, người có uy tín"), Q("100%", 100, "%"), Q("8 tập thể", 8, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2019-01-21", None, "Hướng dẫn số 05/HD-MTTQ-BTT ngày 21/1/2019"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "110", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 110-KH/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Quảng Trị"), com("A Ngo"), com("Húc Nghì")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ | Tin hoạt động | Mặt trận các cấp", "Hôm nay: Thứ Sáu, 12/07/2019",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Tâm Đan", "Lượt xem: 455", "Dự án đường tránh phía Đông thành phố Đông Hà"],
["Hôm nay: Thứ Sáu, 12/07/2019", "Đăng lúc: 16:20 | 10/07/2019", "6 tháng đầu năm 2019", "6 tháng cuối năm", "nhiệm kỳ 2019 - 2022", "nhiệm kỳ 2019 - 2024", "Lượt xem: 455"]))

PAGES.append(page("b4194-bacgiang-trienkhaibaucu-2020", """
Báo Bắc Giang điện tử
Thời sự » Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp
22/12/2020 - 18:35
Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Bắc Giang triển khai công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026
BGĐT - Chiều 21/12, Tỉnh ủy Bắc Giang tổ chức hội nghị trực tuyến quán triệt, triển khai công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 tới 240 điểm cầu xã, phường, thị trấn với hơn 7.600 cán bộ, đảng viên tham dự. Đồng chí Dương Văn Thịnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.
Tại hội nghị, các đại biểu được quán triệt Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử; Nghị quyết số 133/2020/QH14 của Quốc hội về ngày bầu cử; Nghị quyết số 1185/NQ-UBTVQH14 và Kế hoạch số 370-KH/TU, 371-KH/TU của Ban Thường vụ Tỉnh ủy. Theo đó, ngày bầu cử là Chủ nhật, 23/5/2021. Dự kiến Bắc Giang được bầu 8 đại biểu Quốc hội, 58 đại biểu HĐND tỉnh.
Đồng chí Nguyễn Thị Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, phổ biến quy trình hiệp thương: Mặt trận các cấp sẽ tổ chức 3 hội nghị hiệp thương; hội nghị hiệp thương lần thứ nhất ở cấp tỉnh dự kiến trước ngày 4/2/2021. Việc lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Quốc hội, HĐND tỉnh thực hiện ở thôn, tổ dân phố nơi người ứng cử thường trú, với ít nhất 55% cử tri của thôn được triệu tập.
Đồng chí Lê Ô Phúc, Phó Chủ tịch Thường trực UBND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh (dự kiến) lưu ý khó khăn do sắp xếp 21 thôn, tổ dân phố sau sáp nhập và khoảng 38.000 công nhân ở các khu công nghiệp Vân Trung, Quang Châu phải đăng ký bầu cử tạm trú.
Kết luận hội nghị, đồng chí Dương Văn Thịnh yêu cầu các cấp ủy bảo đảm cơ cấu hợp lý: tỷ lệ nữ ít nhất 35% tổng số người trong danh sách ứng cử, người trẻ tuổi dưới 40 tuổi ít nhất 10%, người ngoài Đảng không dưới 10%; hoàn thành việc thành lập Ủy ban bầu cử các cấp trước ngày 6/2/2021. Tỉnh bố trí khoảng 36 tỷ đồng cho công tác bầu cử.
Cùng ngày, huyện Sơn Động - địa bàn có 15 xã đặc biệt khó khăn - đã tổ chức hội nghị tập huấn cho 212 cán bộ Mặt trận cơ sở. Bà Hoàng Thị Thảo, Chủ tịch Ủy ban MTTQ xã An Lạc, cho biết xã đã rà soát được 2.864 cử tri.
Cũng tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Ngô Thị Kim Oanh, Hà Văn Luân được phân công theo dõi công tác hiệp thương ở 10 huyện, thành phố.
Thu Hằng
Lượt xem: 3.105
Tin liên quan
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3 (17/12/2020)
- Yên Thế: chuẩn bị tốt công tác bầu cử (10/12/2020)
- Bắc Giang có 1.382.000 cử tri (01/12/2020)
""", "2020-12-22", "Bắc Giang triển khai công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
E("hoi_nghi", None, "2020-12-21"),
[P("Dương Văn Thịnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Ô Phúc", "Phó Chủ tịch Thường trực UBND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Hoàng Thị Thảo", "Chủ tịch Ủy ban MTTQ xã An Lạc"),
 P("Ngô Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Hà Văn Luân", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("240 điểm cầu xã, phường, thị trấn", 240, "điểm cầu xã, phường, thị trấn"), Q("hơn 7.600 cán bộ, đảng viên", 7600, "cán bộ, đảng viên", "over"),
 Q("8 đại biểu Quốc hội", 8, "đại biểu Quốc hội"), Q("58 đại biểu", 58, "đại biểu"), Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"),
 Q("ít nhất 55%", 55, "%", "over"), Q("21 thôn, tổ dân phố", 21, "thôn, tổ dân phố"), Q("khoảng 38.000 công nhân", 38000, "công nhân", "approx"),
 Q("ít nhất 35%", 35, "%", "over"), Q("ít nhất 10%", 10, "%", "over"), Q("không dưới 10%", 10, "%", "over"),
 Q("khoảng 36 tỷ đồng", 36000000000, "đồng", "approx"), Q("15 xã đặc biệt khó khăn", 15, "xã đặc biệt khó khăn"),
 Q("212 cán bộ Mặt trận cơ sở", 212, "cán bộ Mặt trận cơ sở"), Q("2.864 cử tri", 2864, "cử tri"), Q("10 huyện, thành phố", 10, "huyện, thành phố")],
[D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Nghị quyết", "133", "2020/QH14", None, "Quốc hội", "Nghị quyết số 133/2020/QH14"),
 D("Nghị quyết", "1185", "NQ-UBTVQH14", None, None, "Nghị quyết số 1185/NQ-UBTVQH14"),
 D("Kế hoạch", "370", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 370-KH/TU, 371-KH/TU"),
 D("Kế hoạch", "371", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 370-KH/TU, 371-KH/TU")],
[prov("Bắc Giang"), com("An Lạc")],
["Báo Bắc Giang điện tử", "Thời sự » Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "BGĐT", "Lượt xem: 3.105"],
["22/12/2020 - 18:35", "khóa XV", "nhiệm kỳ 2021 - 2026", "Chủ nhật, 23/5/2021", "lần thứ nhất", "ngày 4/2/2021", "dưới 40 tuổi", "ngày 6/2/2021", "Lượt xem: 3.105"]))

PAGES.append(page("b4195-longan-hiepthuonglan3-2021", """
BÁO LONG AN ONLINE
Trang chủ > Chính trị > Bầu cử 2021
2021-04-20 16:40
Long An chốt danh sách 12 người ứng cử đại biểu Quốc hội khóa XV
Ngày 19/4, Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026.
Đồng chí Võ Văn Giàu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị. Ảnh: Thanh Nhã
Hội nghị do ông Nguyễn Văn Đước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Tham dự có bà Lê Thị Hồng Gấm, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh và 79 đại biểu là thành viên Ủy ban MTTQ tỉnh.
Sau hội nghị hiệp thương lần thứ hai ngày 16/3, Ban Thường trực Ủy ban MTTQ tỉnh đã phối hợp tổ chức 47 hội nghị lấy ý kiến cử tri nơi cư trú và 31 hội nghị lấy ý kiến nhận xét của cử tri nơi công tác đối với người ứng cử. 100% người ứng cử đều đạt trên 90% sự tín nhiệm của cử tri; không có trường hợp tự ứng cử. Có 1 người xin rút khỏi danh sách vì lý do sức khỏe.
Qua hiệp thương, hội nghị thống nhất lập danh sách 12 người ứng cử đại biểu Quốc hội khóa XV tại 3 đơn vị bầu cử (trong đó 4 người do Trung ương giới thiệu, 8 người do tỉnh giới thiệu) để bầu 7 đại biểu Quốc hội; 104 người ứng cử đại biểu HĐND tỉnh để bầu 62 đại biểu tại 19 đơn vị bầu cử. Trong danh sách ứng cử đại biểu HĐND tỉnh có 38 nữ (36,54%), 12 người ngoài Đảng, 21 người tái cử, 3 người dân tộc Khmer.
Phát biểu tại hội nghị, ông Võ Văn Giàu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các đơn vị chuyển hồ sơ người ứng cử về Ủy ban bầu cử tỉnh trước ngày 23/4 theo Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 28/HD-MTTW-BTT ngày 15/2/2021.
Ở cấp xã, tính đến ngày 18/4, 188/188 xã, phường, thị trấn của tỉnh đã tổ chức hiệp thương lần thứ ba, lập danh sách 6.412 người ứng cử đại biểu HĐND cấp xã để bầu 3.860 đại biểu. Bà Trần Thị Thu Thủy, Chủ tịch Ủy ban MTTQ xã Mỹ Yên, huyện Bến Lức, cho biết xã có 2 người ở ấp 3 không đạt tín nhiệm tại hội nghị cử tri nên đã phải giới thiệu bổ sung theo quy định.
Kết luận hội nghị, ông Nguyễn Văn Đước nhấn mạnh Mặt trận các cấp phải tiếp tục thực hiện Chỉ thị 45-CT/TW và Kế hoạch 172-KH/TU của Tỉnh ủy; phối hợp tổ chức ít nhất 2 hội nghị tiếp xúc cử tri cho mỗi người ứng cử đại biểu Quốc hội trong thời gian vận động bầu cử; tuyên truyền để cử tri tìm hiểu tiểu sử người ứng cử, không để sai sót ở các khu vực bỏ phiếu có đông công nhân tại xã Đức Hòa Hạ, xã Long Hậu.
Thanh Nhã
Lượt xem: 2.294
Tin khác
- Hiệp thương lần thứ hai: Thỏa thuận danh sách sơ bộ 15 người ứng cử ĐBQH (16/03/2021)
- Cần Giuộc: lấy ý kiến cử tri nơi cư trú (30/03/2021)
- Long An có 1.286.000 cử tri (09/04/2021)
""", "2021-04-20", "Long An chốt danh sách 12 người ứng cử đại biểu Quốc hội khóa XV",
E("hoi_nghi", None, "2021-04-19"),
[P("Võ Văn Giàu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hồng Gấm", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Trần Thị Thu Thủy", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên")],
[Q("12 người", 12, "người"), Q("79 đại biểu", 79, "đại biểu"), Q("47 hội nghị", 47, "hội nghị"), Q("31 hội nghị", 31, "hội nghị"),
 Q("100%", 100, "%"), Q("trên 90%", 90, "%", "over"), Q("1 người", 1, "người"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"),
 Q("4 người", 4, "người"), Q("8 người", 8, "người"), Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("104 người", 104, "người"),
 Q("62 đại biểu", 62, "đại biểu"), Q("19 đơn vị bầu cử", 19, "đơn vị bầu cử"), Q("38 nữ", 38, "nữ"), Q("36,54%", 36.54, "%"),
 Q("12 người ngoài Đảng", 12, "người ngoài Đảng"), Q("21 người", 21, "người"), Q("3 người dân tộc Khmer", 3, "người dân tộc Khmer"),
 Q("188/188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("6.412 người", 6412, "người"), Q("3.860 đại biểu", 3860, "đại biểu"),
 Q("2 người", 2, "người"), Q("ít nhất 2 hội nghị tiếp xúc cử tri", 2, "hội nghị tiếp xúc cử tri", "over")],
[D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "28", "HD-MTTW-BTT", "2021-02-15", None, "Hướng dẫn số 28/HD-MTTW-BTT ngày 15/2/2021"),
 D("Chỉ thị", "45", "CT/TW", None, None, "Chỉ thị 45-CT/TW"),
 D("Kế hoạch", "172", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 172-KH/TU")],
[prov("Long An"), com("Mỹ Yên"), com("Đức Hòa Hạ"), com("Long Hậu")],
["BÁO LONG AN ONLINE", "Trang chủ > Chính trị > Bầu cử 2021", "Đồng chí Võ Văn Giàu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị. Ảnh: Thanh Nhã", "Lượt xem: 2.294"],
["2021-04-20 16:40", "lần thứ ba", "lần thứ hai", "khóa XV", "khóa X", "nhiệm kỳ 2021 - 2026", "ngày 16/3", "ngày 23/4", "ngày 18/4", "ấp 3", "Lượt xem: 2.294"]))

PAGES.append(page("b4196-danang-cutrinoicutru-2021", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Đà Nẵng
Trang chủ / Bầu cử ĐBQH khóa XV và HĐND các cấp / Tin hoạt động
26/03/2021 - 10:05
Cử tri tổ dân phố 41 phường Hòa Cường Bắc biểu quyết tín nhiệm. Ảnh: Ngọc Hà
Cử tri nơi cư trú tín nhiệm cao đối với người ứng cử đại biểu Quốc hội
Trong 2 ngày 24 và 25/3/2021, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng phối hợp với UBND các phường tổ chức 19 hội nghị lấy ý kiến, nhận xét của cử tri nơi cư trú đối với 19 người được giới thiệu ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND thành phố khóa X.
Tại hội nghị ở tổ dân phố 41, phường Hòa Cường Bắc, quận Hải Châu, có 86/103 cử tri được triệu tập tham dự. Cử tri đã nhận xét về ông Trần Chí Cương, Phó Chủ tịch UBND thành phố, người được giới thiệu ứng cử đại biểu Quốc hội. Cử tri Nguyễn Văn Tám, 76 tuổi, Tổ trưởng tổ dân phố 41, cho biết gia đình ông Cương luôn gương mẫu chấp hành quy định về đóng góp quỹ vì người nghèo, bảo vệ môi trường. Kết quả 86/86 cử tri có mặt tín nhiệm, đạt 100%.
Tại tổ dân phố 12, phường An Hải Tây, quận Sơn Trà, cử tri nhận xét về bà Nguyễn Thị Anh Thư, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội LHPN thành phố, người được giới thiệu ứng cử đại biểu HĐND thành phố. Có 74 cử tri dự, 73 người tín nhiệm (98,65%).
Theo ông Lê Văn Trúc, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, các hội nghị được tổ chức bảo đảm phòng, chống dịch COVID-19 theo Công văn số 924/UBND-SYT của UBND thành phố: cử tri đeo khẩu trang, giữ khoảng cách, mỗi hội nghị không quá 150 người. Một số tổ dân phố có trên 200 cử tri đã tổ chức thành 2 điểm.
Trước đó, từ ngày 10 đến 20/3, Mặt trận các quận, huyện đã tổ chức 214 hội nghị cử tri nơi cư trú đối với 632 người ứng cử đại biểu HĐND quận, huyện và phường, xã. Bà Đinh Thị Tuyết, Chủ tịch Ủy ban MTTQ xã Hòa Bắc, huyện Hòa Vang cho biết ở thôn Tà Lang, Giàn Bí, hội nghị được tổ chức bằng tiếng Cơ Tu cho 68 cử tri; ông Bríu Quân, người có uy tín thôn Tà Lang được giới thiệu ứng cử đại biểu HĐND xã đạt 100% tín nhiệm.
Ban Thường trực Ủy ban MTTQ thành phố sẽ tổng hợp biên bản, chuẩn bị hội nghị hiệp thương lần thứ ba dự kiến ngày 14/4/2021 theo Kế hoạch số 47/KH-MTTQ-BTT. Đà Nẵng được bầu 6 đại biểu Quốc hội và 52 đại biểu HĐND thành phố.
Ngọc Hà
Lượt truy cập: 1.123
Bài viết liên quan
- Hội nghị hiệp thương lần thứ hai (12/03/2021)
- Hòa Vang lấy ý kiến cử tri nơi cư trú ở vùng đồng bào Cơ Tu (22/03/2021)
- Sơn Trà: 100% người ứng cử đạt tín nhiệm (25/03/2021)
""", "2021-03-26", "Cử tri nơi cư trú tín nhiệm cao đối với người ứng cử đại biểu Quốc hội",
E("hoi_nghi", None, "2021-03-24"),
[P("Trần Chí Cương", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Tám", "Tổ trưởng tổ dân phố 41"),
 P("Nguyễn Thị Anh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội LHPN thành phố"),
 P("Lê Văn Trúc", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đinh Thị Tuyết", "Chủ tịch Ủy ban MTTQ xã Hòa Bắc"),
 P("Bríu Quân", "người có uy tín thôn Tà Lang")],
[Q("19 hội nghị", 19, "hội nghị"), Q("19 người", 19, "người"), Q("86/103 cử tri", 86, "cử tri"), Q("86/86 cử tri", 86, "cử tri"),
 Q("100%", 100, "%"), Q("74 cử tri", 74, "cử tri"), Q("73 người", 73, "người"), Q("98,65%", 98.65, "%"),
 Q("không quá 150 người", 150, "người"), Q("trên 200 cử tri", 200, "cử tri", "over"), Q("2 điểm", 2, "điểm"),
 Q("214 hội nghị cử tri", 214, "hội nghị cử tri"), Q("632 người", 632, "người"), Q("68 cử tri", 68, "cử tri"),
 Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"), Q("52 đại biểu", 52, "đại biểu")],
[D("Công văn", "924", "UBND-SYT", None, "UBND thành phố", "Công văn số 924/UBND-SYT"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", None, None, "Kế hoạch số 47/KH-MTTQ-BTT")],
[prov("Đà Nẵng"), com("Hòa Cường Bắc"), com("An Hải Tây"), com("Hòa Bắc")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Đà Nẵng", "Trang chủ / Bầu cử ĐBQH khóa XV và HĐND các cấp / Tin hoạt động",
 "Cử tri tổ dân phố 41 phường Hòa Cường Bắc biểu quyết tín nhiệm. Ảnh: Ngọc Hà", "Lượt truy cập: 1.123", "COVID-19"],
["26/03/2021 - 10:05", "2 ngày", "khóa XV", "khóa X", "tổ dân phố 41", "76 tuổi", "tổ dân phố 12", "lần thứ ba", "ngày 14/4/2021", "Lượt truy cập: 1.123"]))

PAGES.append(page("b4197-kontum-ngaybaucu-2021", """
BÁO KON TUM ĐIỆN TỬ
Thời sự | Bầu cử
Chủ nhật, 23/05/2021, 21:10
Bà con Xơ Đăng làng Kon Pia xếp hàng chờ bỏ phiếu. Ảnh: Hồng Hải
Kon Tum: 99,78% cử tri đi bầu, 24 khu vực bỏ phiếu bầu xong trước 12 giờ
(BKT) - Theo báo cáo của Ủy ban bầu cử tỉnh, đến 19 giờ ngày 23/5, toàn tỉnh có 355.214/356.001 cử tri đã đi bầu, đạt tỷ lệ 99,78%. 672 khu vực bỏ phiếu trên địa bàn 102 xã, phường, thị trấn đều kết thúc bỏ phiếu đúng luật, an toàn, bảo đảm phòng, chống dịch COVID-19; trong đó có 24 khu vực bỏ phiếu bầu xong trước 12 giờ.
Sáng sớm, tại khu vực bỏ phiếu số 7, phường Quyết Thắng, các đồng chí: Dương Văn Trung, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; A Pơng, Phó Bí thư Thường trực Tỉnh ủy; Y Nhã, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban bầu cử tỉnh đã thực hiện quyền, nghĩa vụ công dân. Các đồng chí sau đó chia nhau đi kiểm tra công tác bầu cử ở các huyện Đăk Glei, Tu Mơ Rông, Sa Thầy.
Tại xã Đăk Na, huyện Tu Mơ Rông, ông A Khiêm, Bí thư Đảng ủy xã, Tổ trưởng Tổ bầu cử số 2, cho biết từ 5 giờ sáng bà con các làng Tu Cần, Đăk Prông đã có mặt; đến 10 giờ 30, 100% trong số 613 cử tri của khu vực đã bỏ phiếu. Cụ Y Hiền, 89 tuổi, người có uy tín làng Tu Cần, được cán bộ đưa hòm phiếu phụ đến tận nhà.
Ở xã Mô Rai, huyện Sa Thầy, nơi có trên 2.100 cử tri người Rơ Măm và Gia Rai, Đồn Biên phòng Mo Rai đã cử 40 cán bộ, chiến sĩ giúp dân. Bà Y Thương, Chủ tịch Ủy ban MTTQ xã Mô Rai cho biết Ban công tác Mặt trận 12 thôn đã đến từng hộ vận động trong 3 ngày trước bầu cử.
Cuộc bầu cử ở Kon Tum nhằm bầu 6 đại biểu Quốc hội khóa XV trong số 10 người ứng cử ở 2 đơn vị bầu cử; 51 đại biểu HĐND tỉnh trong số 85 người ứng cử ở 15 đơn vị bầu cử; 315 đại biểu HĐND cấp huyện và 2.451 đại biểu HĐND cấp xã. Ông Nguyễn Văn Hòa, Chánh Văn phòng Ủy ban bầu cử tỉnh, cho biết các tổ bầu cử thực hiện theo Nghị quyết số 41/NQ-HĐBCQG và Quyết định số 05/QĐ-UBBC ngày 26/2/2021 của Ủy ban bầu cử tỉnh.
Tại thành phố Kon Tum, ông Nguyễn Đức Tuy, Phó Chủ tịch UBND thành phố, Trưởng Ban bầu cử đơn vị số 4, cho biết thành phố có 168 khu vực bỏ phiếu; đã bố trí 1.344 thành viên tổ bầu cử, 16 tổ phản ứng nhanh về y tế để đo thân nhiệt, phát khẩu trang cho cử tri.
Trong ngày, 5 đoàn kiểm tra của tỉnh đã làm việc ở 9 huyện, thành phố; ghi nhận 1 khu vực bỏ phiếu ở xã Đăk Pék phải in bổ sung 120 phiếu bầu do số cử tri tạm trú tăng. Kết quả sơ bộ sẽ được các Ban bầu cử tổng hợp, báo cáo trước ngày 25/5.
Hồng Hải - Ngọc Thảo
Lượt xem: 4.875
Tin liên quan
- Đăk Hà sẵn sàng cho ngày bầu cử (21/05/2021)
- Hòm phiếu phụ đến tận nhà cử tri già yếu (23/05/2021)
- Kiểm tra bầu cử tại Ngọc Hồi (20/05/2021)
""", "2021-05-23", "Kon Tum: 99,78% cử tri đi bầu, 24 khu vực bỏ phiếu bầu xong trước 12 giờ",
E("khac", None, "2021-05-23"),
[P("Dương Văn Trung", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("A Pơng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Nhã", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("A Khiêm", "Bí thư Đảng ủy xã", "Tổ trưởng Tổ bầu cử số 2"),
 P("Y Hiền", "người có uy tín làng Tu Cần"),
 P("Y Thương", "Chủ tịch Ủy ban MTTQ xã Mô Rai"),
 P("Nguyễn Văn Hòa", "Chánh Văn phòng Ủy ban bầu cử tỉnh"),
 P("Nguyễn Đức Tuy", "Phó Chủ tịch UBND thành phố", "Trưởng Ban bầu cử đơn vị số 4")],
[Q("99,78%", 99.78, "%"), Q("24 khu vực bỏ phiếu", 24, "khu vực bỏ phiếu"), Q("355.214/356.001 cử tri", 355214, "cử tri"),
 Q("672 khu vực bỏ phiếu", 672, "khu vực bỏ phiếu"), Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
 Q("100%", 100, "%"), Q("613 cử tri", 613, "cử tri"), Q("trên 2.100 cử tri", 2100, "cử tri", "over"),
 Q("40 cán bộ, chiến sĩ", 40, "cán bộ, chiến sĩ"), Q("12 thôn", 12, "thôn"), Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"),
 Q("10 người", 10, "người"), Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"), Q("51 đại biểu", 51, "đại biểu"), Q("85 người", 85, "người"),
 Q("15 đơn vị bầu cử", 15, "đơn vị bầu cử"), Q("315 đại biểu", 315, "đại biểu"), Q("2.451 đại biểu", 2451, "đại biểu"),
 Q("168 khu vực bỏ phiếu", 168, "khu vực bỏ phiếu"), Q("1.344 thành viên tổ bầu cử", 1344, "thành viên tổ bầu cử"),
 Q("16 tổ phản ứng nhanh", 16, "tổ phản ứng nhanh"), Q("5 đoàn kiểm tra", 5, "đoàn kiểm tra"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("1 khu vực bỏ phiếu", 1, "khu vực bỏ phiếu"),
 Q("120 phiếu bầu", 120, "phiếu bầu")],
[D("Nghị quyết", "41", "NQ-HĐBCQG", None, None, "Nghị quyết số 41/NQ-HĐBCQG"),
 D("Quyết định", "05", "QĐ-UBBC", "2021-02-26", "Ủy ban bầu cử tỉnh", "Quyết định số 05/QĐ-UBBC ngày 26/2/2021")],
[prov("Kon Tum"), com("Quyết Thắng"), com("Đăk Na"), com("Mô Rai"), com("Đăk Pék")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự | Bầu cử", "Bà con Xơ Đăng làng Kon Pia xếp hàng chờ bỏ phiếu. Ảnh: Hồng Hải", "(BKT)", "Lượt xem: 4.875", "COVID-19", "Đồn Biên phòng Mo Rai"],
["Chủ nhật, 23/05/2021, 21:10", "12 giờ", "19 giờ", "khu vực bỏ phiếu số 7", "Tổ bầu cử số 2", "5 giờ", "10 giờ 30", "89 tuổi", "3 ngày", "đơn vị số 4", "khóa XV", "ngày 25/5", "Lượt xem: 4.875"]))

PAGES.append(page("b4198-angiang-tongketbaucu-2021", """
ỦY BAN NHÂN DÂN TỈNH AN GIANG - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ » Tin tức sự kiện » Tin chính trị
Thứ Năm, 15/07/2021 - 15:30
An Giang: 20 đơn vị bầu cử HĐND tỉnh đều bầu đủ số đại biểu
Ngày 14/7, Ủy ban bầu cử tỉnh An Giang tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 theo hình thức trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Lê Văn Ngân, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban bầu cử tỉnh chủ trì.
Đồng chí Lê Văn Ngân phát biểu tại hội nghị.
Theo báo cáo, toàn tỉnh có 1.528.716 cử tri đi bầu, đạt 99,46%. Cử tri đã bầu 10 đại biểu Quốc hội khóa XV ở 3 đơn vị bầu cử: đơn vị số 1 (thành phố Long Xuyên, Châu Thành, Thoại Sơn) đạt 99,51%; đơn vị số 2 (Châu Đốc, Tịnh Biên, Tri Tôn, An Phú) đạt 99,38%; đơn vị số 3 (Tân Châu, Phú Tân, Chợ Mới, Châu Phú) đạt 99,47%. HĐND tỉnh khóa X bầu đủ 62 đại biểu ở 20 đơn vị bầu cử; cấp huyện 326 đại biểu; cấp xã 3.785 đại biểu. Có 4 đơn vị bầu cử cấp xã phải bầu thêm ở xã Ô Lâm và xã Khánh Bình.
Đánh giá của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Võ Thị Ánh Xuyên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho thấy, Mặt trận các cấp đã tổ chức 3 lần hiệp thương đúng quy trình, 2.142 hội nghị cử tri nơi cư trú; phối hợp tổ chức 108 hội nghị tiếp xúc cử tri của người ứng cử đại biểu Quốc hội, HĐND tỉnh với trên 14.000 lượt cử tri tham dự. Trong số đại biểu HĐND tỉnh trúng cử có 17 nữ (27,42%), 3 người dân tộc Khmer, 2 người dân tộc Chăm, 4 người là chức sắc tôn giáo.
Tại hội nghị, ông Chau Khana, Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn cho biết, xã Ô Lâm có trên 85% cử tri là đồng bào Khmer, nhiều người đi làm ăn xa do dịch bệnh; Mặt trận phối hợp với 14 chùa Phật giáo Nam tông Khmer tuyên truyền nên tỷ lệ cử tri đi bầu vẫn đạt 98,9%. Ông Haji Mohamach, Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, đại biểu HĐND tỉnh khóa X, chia sẻ cảm nghĩ khi được cử tri tín nhiệm.
Kết luận hội nghị, đồng chí Lê Văn Ngân đánh giá việc thực hiện Chỉ thị số 45-CT/TW và Kế hoạch số 243-KH/TU, 244-KH/TU của Ban Thường vụ Tỉnh ủy đạt kết quả tốt trong điều kiện dịch COVID-19; 100% khiếu nại, tố cáo liên quan bầu cử (12 đơn) được giải quyết đúng thời hạn.
Dịp này, UBND tỉnh tặng bằng khen cho 39 tập thể và 61 cá nhân; Ủy ban MTTQ tỉnh tặng 25 giấy khen, tổng giá trị khen thưởng gần 180 triệu đồng.
Phương Lan
Lượt xem: 1.037
Tin liên quan
- Kỳ họp thứ nhất HĐND tỉnh khóa X (25/06/2021)
- Công bố danh sách 62 đại biểu HĐND tỉnh trúng cử (01/06/2021)
- Tri Tôn tổng kết bầu cử (06/07/2021)
""", "2021-07-15", "An Giang: 20 đơn vị bầu cử HĐND tỉnh đều bầu đủ số đại biểu",
E("tong_ket", "2021", "2021-07-14"),
[P("Lê Văn Ngân", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Võ Thị Ánh Xuyên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Khana", "Phó Chủ tịch Ủy ban MTTQ huyện Tri Tôn"),
 P("Haji Mohamach", "Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh", "đại biểu HĐND tỉnh khóa X")],
[Q("20 đơn vị bầu cử", 20, "đơn vị bầu cử"), Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("1.528.716 cử tri", 1528716, "cử tri"), Q("99,46%", 99.46, "%"), Q("10 đại biểu Quốc hội", 10, "đại biểu Quốc hội"),
 Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"), Q("99,51%", 99.51, "%"), Q("99,38%", 99.38, "%"), Q("99,47%", 99.47, "%"),
 Q("62 đại biểu", 62, "đại biểu"), Q("326 đại biểu", 326, "đại biểu"), Q("3.785 đại biểu", 3785, "đại biểu"),
 Q("4 đơn vị bầu cử", 4, "đơn vị bầu cử"), Q("2.142 hội nghị cử tri", 2142, "hội nghị cử tri"),
 Q("108 hội nghị tiếp xúc cử tri", 108, "hội nghị tiếp xúc cử tri"), Q("trên 14.000 lượt cử tri", 14000, "lượt cử tri", "over"),
 Q("17 nữ", 17, "nữ"), Q("27,42%", 27.42, "%"), Q("3 người dân tộc Khmer", 3, "người dân tộc Khmer"),
 Q("2 người dân tộc Chăm", 2, "người dân tộc Chăm"), Q("4 người", 4, "người"), Q("trên 85%", 85, "%", "over"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("98,9%", 98.9, "%"), Q("100%", 100, "%"),
 Q("12 đơn", 12, "đơn"), Q("39 tập thể", 39, "tập thể"), Q("61 cá nhân", 61, "cá nhân"), Q("25 giấy khen", 25, "giấy khen"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Chỉ thị", "45", "CT/TW", None, None, "Chỉ thị số 45-CT/TW"),
 D("Kế hoạch", "243", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 243-KH/TU, 244-KH/TU"),
 D("Kế hoạch", "244", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 243-KH/TU, 244-KH/TU")],
[prov("An Giang"), com("Ô Lâm"), com("Khánh Bình")],
["ỦY BAN NHÂN DÂN TỈNH AN GIANG - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ » Tin tức sự kiện » Tin chính trị",
 "Đồng chí Lê Văn Ngân phát biểu tại hội nghị.", "Lượt xem: 1.037", "COVID-19"],
["Thứ Năm, 15/07/2021 - 15:30", "khóa XV", "nhiệm kỳ 2021 - 2026", "đơn vị số 1", "đơn vị số 2", "đơn vị số 3", "khóa X", "3 lần", "Lượt xem: 1.037"]))
