from lib import *
PAGES = []

PAGES.append(page("b4187-hatinh-hiepthuonglan2-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Trang chủ › Bầu cử 2016 › Tin tức
Cập nhật lúc 17:05 ngày 15/03/2016
Ảnh: Toàn cảnh hội nghị hiệp thương lần thứ hai.
Hà Tĩnh thỏa thuận danh sách sơ bộ 16 người ứng cử đại biểu Quốc hội khóa XIV
Chiều 14/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị hiệp thương lần thứ hai nhằm thỏa thuận lập danh sách sơ bộ những người ứng cử đại biểu Quốc hội khóa XIV và đại biểu HĐND tỉnh khóa XVII, nhiệm kỳ 2016 - 2021, gửi lấy ý kiến cử tri nơi cư trú.
Chủ trì hội nghị có các đồng chí: Trần Văn Kỳ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; Phan Thị Thủy, Nguyễn Đình Tiến - Phó Chủ tịch Ủy ban MTTQ tỉnh. Dự có đồng chí Lê Đình Sang, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh và 94 đại biểu đại diện các tổ chức thành viên.
Theo báo cáo của Ban Thường trực, căn cứ Nghị quyết số 1136/NQ-UBTVQH13 và Nghị quyết liên tịch số 09/2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN, Hà Tĩnh được bầu 7 đại biểu Quốc hội ở 3 đơn vị bầu cử; Trung ương giới thiệu 3 người về ứng cử tại tỉnh. Sau hội nghị hiệp thương lần thứ nhất, các cơ quan, tổ chức, đơn vị đã tiến hành quy trình giới thiệu 13 người ứng cử đại biểu Quốc hội và 114 người ứng cử đại biểu HĐND tỉnh; có 2 người tự ứng cử.
Qua hiệp thương, hội nghị thống nhất danh sách sơ bộ 16 người ứng cử đại biểu Quốc hội (trong đó có 6 nữ, chiếm 37,5%; 4 người ngoài Đảng; 5 người dưới 40 tuổi) và 116 người ứng cử đại biểu HĐND tỉnh để bầu 56 đại biểu. Danh sách sơ bộ đủ điều kiện để gửi lấy ý kiến cử tri nơi cư trú tại 262 thôn, tổ dân phố trước ngày 28/3.
Phát biểu tại hội nghị, đồng chí Lê Đình Sang đề nghị Mặt trận các cấp tổ chức chặt chẽ hội nghị cử tri, không gò ép; lưu ý trường hợp người tự ứng cử ở phường Nam Hà và xã Thạch Trung phải được lấy ý kiến công khai, đúng Hướng dẫn số 36/HD-MTTW-BTT ngày 7/1/2016 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Đồng chí cũng đề nghị quán triệt Chỉ thị 51-CT/TW và Kế hoạch 68-KH/TU của Ban Thường vụ Tỉnh ủy.
Các ông, bà: Đặng Quốc Vinh, Chủ tịch Ủy ban MTTQ thành phố Hà Tĩnh; Hồ Thị Kim Liên, Phó Chủ tịch Hội LHPN tỉnh đề nghị tăng tỷ lệ nữ trong danh sách HĐND tỉnh lên ít nhất 35%.
Kết luận hội nghị, đồng chí Trần Văn Kỳ đề nghị các cơ quan, đơn vị có người ứng cử hoàn thiện hồ sơ, gửi về Ủy ban bầu cử trong tháng 3.
Thu Hà - Ngọc Loan
Lượt xem: 2.017
Tin liên quan
- Hiệp thương lần thứ nhất: Phân bổ cơ cấu 56 đại biểu HĐND tỉnh (17/02/2016)
- Can Lộc tập huấn nghiệp vụ bầu cử (10/03/2016)
- Cử tri xã Thạch Trung lấy ý kiến về người tự ứng cử (22/03/2016)
""", "2016-03-15", "Hà Tĩnh thỏa thuận danh sách sơ bộ 16 người ứng cử đại biểu Quốc hội khóa XIV",
E("hoi_nghi", None, "2016-03-14"),
[P("Trần Văn Kỳ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Nguyễn Đình Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Đình Sang", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Đặng Quốc Vinh", "Chủ tịch Ủy ban MTTQ thành phố Hà Tĩnh"),
 P("Hồ Thị Kim Liên", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("16 người", 16, "người"), Q("94 đại biểu", 94, "đại biểu"), Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"),
 Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"), Q("3 người", 3, "người"), Q("13 người", 13, "người"), Q("114 người", 114, "người"),
 Q("2 người", 2, "người"), Q("6 nữ", 6, "nữ"), Q("37,5%", 37.5, "%"), Q("4 người ngoài Đảng", 4, "người ngoài Đảng"), Q("5 người", 5, "người"),
 Q("116 người", 116, "người"), Q("56 đại biểu", 56, "đại biểu"), Q("262 thôn, tổ dân phố", 262, "thôn, tổ dân phố"),
 Q("ít nhất 35%", 35, "%", "over")],
[D("Nghị quyết", "1136", "NQ-UBTVQH13", None, None, "Nghị quyết số 1136/NQ-UBTVQH13"),
 D("Nghị quyết liên tịch", "09", "2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2016/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", "2016-01-07", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT ngày 7/1/2016"),
 D("Chỉ thị", "51", "CT/TW", None, None, "Chỉ thị 51-CT/TW"),
 D("Kế hoạch", "68", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 68-KH/TU")],
[prov("Hà Tĩnh"), com("Nam Hà"), com("Thạch Trung")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ › Bầu cử 2016 › Tin tức", "Ảnh: Toàn cảnh hội nghị hiệp thương lần thứ hai.", "Lượt xem: 2.017"],
["Cập nhật lúc 17:05 ngày 15/03/2016", "lần thứ hai", "lần thứ nhất", "khóa XIV", "khóa XVII", "nhiệm kỳ 2016 - 2021", "dưới 40 tuổi", "ngày 28/3", "tháng 3", "Lượt xem: 2.017"]))

PAGES.append(page("b4188-soctrang-ykiencutri-2016", """
BÁO SÓC TRĂNG ONLINE
Chính trị - Xã hội :: Bầu cử ĐBQH và HĐND
08.04.2016 | 16:30
Cử tri ấp Prey Chóp A tại hội nghị. Ảnh: Hoàng Lan
Mỹ Xuyên: Cử tri nơi cư trú tín nhiệm 100% người ứng cử
(STO) - Từ ngày 28/3 đến 6/4, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên phối hợp với UBND các xã, thị trấn tổ chức 31 hội nghị lấy ý kiến cử tri nơi cư trú đối với 42 người ứng cử đại biểu HĐND tỉnh, huyện. Trên 2.600 cử tri tham dự, 100% người được giới thiệu đạt sự tín nhiệm trên 50% cử tri dự họp.
Tại hội nghị ở ấp Prey Chóp A, xã Thạnh Phú, cử tri đã nhận xét về ông Thạch Sô Phol, Chủ tịch UBND xã Thạnh Phú, người được giới thiệu ứng cử đại biểu HĐND huyện. Ông Lý Chanh, 71 tuổi, cử tri người Khmer cho biết: "Ông Sô Phol sống giản dị, gia đình chấp hành tốt chủ trương, chính sách. Năm rồi ông vận động 48 hộ hiến đất làm đường, chúng tôi tín nhiệm". Kết quả 68/69 cử tri dự họp tín nhiệm, đạt 98,55%.
Ở xã Hòa Tú 1, hội nghị cử tri có 94 người tham dự đã nhận xét bà Kim Thị Sóc Thươne, Phó Chủ tịch Hội LHPN huyện Mỹ Xuyên và Đại đức Thạch Sóc Ly, Phó trụ trì chùa Bưng Cóc, người được Ban Thường trực Ủy ban MTTQ tỉnh giới thiệu ứng cử đại biểu HĐND tỉnh. Nhiều ý kiến đánh giá cao vai trò của sư sãi trong vận động đồng bào Khmer giữ gìn an ninh trật tự, khuyến học.
Theo bà Dương Thị Kiều, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên, các hội nghị được tổ chức theo đúng Hướng dẫn số 36/HD-MTTW-BTT, Kế hoạch số 09/KH-MTTQ-BTT ngày 16/3/2016 của Ban Thường trực Ủy ban MTTQ tỉnh; nơi có đông đồng bào Khmer, Mặt trận bố trí 12 cộng tác viên phiên dịch song ngữ. Có 3 ý kiến của cử tri phản ánh về việc chấp hành chính sách đất đai của người ứng cử đã được xác minh, kết luận không có cơ sở.
Cùng thời gian, các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Lâm Văn Đức, Tăng Thị Sa Ri đã tham dự, giám sát các hội nghị ở thị trấn Mỹ Xuyên, xã Đại Tâm và xã Tham Đôn. Biên bản hội nghị được gửi về Ban Thường trực trước ngày 8/4 để chuẩn bị cho hội nghị hiệp thương lần thứ ba.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng, đến ngày 7/4 toàn tỉnh đã tổ chức 418 hội nghị cử tri nơi cư trú cho 806 người ứng cử đại biểu HĐND 3 cấp; 2 người không đạt trên 50% tín nhiệm ở xã Vĩnh Hải, thị xã Vĩnh Châu sẽ không được đưa vào danh sách hiệp thương lần thứ ba.
Huyện Mỹ Xuyên có 4 đơn vị bầu cử HĐND tỉnh và 7 đơn vị bầu cử HĐND huyện với khoảng 118.000 cử tri.
Hoàng Lan
Lượt đọc: 904
Tin cùng chuyên mục
- Vĩnh Châu hiệp thương lần thứ hai (16/03/2016)
- Sư sãi Khmer tích cực tuyên truyền bầu cử (02/04/2016)
- Ngã Năm: lấy ý kiến cử tri nơi công tác (25/03/2016)
""", "2016-04-08", "Mỹ Xuyên: Cử tri nơi cư trú tín nhiệm 100% người ứng cử",
E("hoi_nghi", None, "2016-03-28"),
[P("Thạch Sô Phol", "Chủ tịch UBND xã Thạnh Phú"),
 P("Lý Chanh"),
 P("Kim Thị Sóc Thươne", "Phó Chủ tịch Hội LHPN huyện Mỹ Xuyên"),
 P("Thạch Sóc Ly", "Đại đức", "Phó trụ trì chùa Bưng Cóc"),
 P("Dương Thị Kiều", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên"),
 P("Lâm Văn Đức", "Phó Chủ tịch Ủy ban MTTQ huyện"), P("Tăng Thị Sa Ri", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("100%", 100, "%"), Q("31 hội nghị", 31, "hội nghị"), Q("42 người", 42, "người"), Q("Trên 2.600 cử tri", 2600, "cử tri", "over"),
 Q("trên 50%", 50, "%", "over"), Q("48 hộ", 48, "hộ"), Q("68/69 cử tri", 68, "cử tri"), Q("98,55%", 98.55, "%"),
 Q("94 người", 94, "người"), Q("12 cộng tác viên phiên dịch song ngữ", 12, "cộng tác viên phiên dịch song ngữ"),
 Q("3 ý kiến", 3, "ý kiến"), Q("418 hội nghị cử tri", 418, "hội nghị cử tri"), Q("806 người", 806, "người"), Q("2 người", 2, "người"), Q("4 đơn vị bầu cử", 4, "đơn vị bầu cử"), Q("7 đơn vị bầu cử", 7, "đơn vị bầu cử"),
 Q("khoảng 118.000 cử tri", 118000, "cử tri", "approx")],
[D("Hướng dẫn", "36", "HD-MTTW-BTT", None, None, "Hướng dẫn số 36/HD-MTTW-BTT"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2016-03-16", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 16/3/2016")],
[prov("Sóc Trăng"), com("Thạnh Phú"), com("Hòa Tú 1"), com("Mỹ Xuyên"), com("Đại Tâm"), com("Tham Đôn"), com("Vĩnh Hải")],
["BÁO SÓC TRĂNG ONLINE", "Chính trị - Xã hội :: Bầu cử ĐBQH và HĐND", "Cử tri ấp Prey Chóp A tại hội nghị. Ảnh: Hoàng Lan", "(STO)", "Lượt đọc: 904", "chùa Bưng Cóc"],
["08.04.2016 | 16:30", "71 tuổi", "Năm rồi", "ngày 7/4", "3 cấp", "ngày 8/4", "lần thứ ba", "Lượt đọc: 904"]))

PAGES.append(page("b4189-gialai-ngaybaucu-2016", """
Báo Gia Lai điện tử
Trang chủ / Thời sự / Bầu cử 2016
Chủ nhật, 22/5/2016 - 20:30
Gia Lai: 99,45% cử tri đi bầu cử đại biểu Quốc hội và HĐND các cấp
(GLO) - Theo báo cáo nhanh của Ủy ban bầu cử tỉnh, đến 19 giờ ngày 22/5, toàn tỉnh Gia Lai có 877.391 cử tri đi bầu, đạt tỷ lệ 99,45%; 1.532 khu vực bỏ phiếu đã kết thúc bỏ phiếu và tiến hành kiểm phiếu.
Già làng Rơ Mah Hlum bỏ phiếu tại làng Plei Ơp. Ảnh: Đức Thụy
Từ sáng sớm, tại các khu vực bỏ phiếu ở thành phố Pleiku và các huyện, đông đảo cử tri đồng bào Jrai, Bahnar đã mặc trang phục truyền thống đi bầu cử. Tại khu vực bỏ phiếu số 4, phường Tây Sơn, đồng chí Phạm Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh là một trong những cử tri bỏ phiếu đầu tiên.
Các đồng chí Phó Bí thư Tỉnh ủy Kpă Hlơn, Hồ Văn Điền và đồng chí Siu Hlim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đã bỏ phiếu và đi kiểm tra tại các huyện Chư Prông, Đức Cơ, Ia Grai. Tại xã Ia Dơk, huyện Đức Cơ, già làng Rơ Mah Hlum, 83 tuổi, người có uy tín làng Plei Ơp cho biết: "Làng có 312 cử tri, trước ngày bầu cử, tôi cùng trưởng thôn đi từng nhà nhắc bà con đi bầu đủ, không bầu thay".
Theo đồng chí Ksor Nay Blưk, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, trong ngày bầu cử, Ủy ban bầu cử tỉnh thành lập 5 đoàn kiểm tra, giám sát tại 17 huyện, thị xã, thành phố. Một số khu vực vùng sâu như xã Ia Mơ, xã Ia Púch đã đạt 100% cử tri đi bầu ngay trong buổi sáng. Ở các xã biên giới, Bộ đội Biên phòng đã huy động 150 cán bộ, chiến sĩ hỗ trợ vận chuyển hòm phiếu phụ đến 47 hộ cử tri ốm đau, già yếu.
Cuộc bầu cử ở Gia Lai để bầu 7 đại biểu Quốc hội khóa XIV trong số 12 người ứng cử ở 2 đơn vị bầu cử và 60 đại biểu HĐND tỉnh trong số 100 người ứng cử. Ủy ban bầu cử tỉnh đã thực hiện theo Nghị quyết số 1135/NQ-UBTVQH13 và Quyết định số 123/QĐ-UBBC ngày 19/2/2016 về thành lập 23 đơn vị bầu cử HĐND tỉnh.
Tại thị trấn Chư Prông, bà Rơ Châm H'Nhung, Chủ tịch Ủy ban MTTQ thị trấn, Tổ trưởng Tổ bầu cử khu vực số 2 cho biết, Mặt trận đã phối hợp với Đoàn Thanh niên huy động 35 đoàn viên hướng dẫn cử tri lớn tuổi, dịch tiếng Jrai cho khoảng 600 cử tri trong 4 làng đồng bào. Việc bỏ phiếu diễn ra trang trọng, không có khiếu nại.
Theo kế hoạch, kết quả bầu cử đại biểu HĐND tỉnh sẽ được Ủy ban bầu cử tỉnh công bố chậm nhất vào ngày 1/6.
Anh Vũ - Đức Thụy
Lượt xem: 6.312
Tin liên quan
- Người có uy tín vận động đồng bào đi bầu cử (18/05/2016)
- Kiểm tra công tác chuẩn bị bầu cử tại Chư Prông (12/05/2016)
- Niêm yết danh sách 12 người ứng cử đại biểu Quốc hội (03/05/2016)
- Ia Grai: sẵn sàng cho ngày hội toàn dân (20/05/2016)
""", "2016-05-22", "Gia Lai: 99,45% cử tri đi bầu cử đại biểu Quốc hội và HĐND các cấp",
E("khac", None, "2016-05-22"),
[P("Phạm Văn Hùng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Kpă Hlơn", "Phó Bí thư Tỉnh ủy"), P("Hồ Văn Điền", "Phó Bí thư Tỉnh ủy"),
 P("Siu Hlim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Hlum", "già làng", "người có uy tín làng Plei Ơp"),
 P("Rơ Châm H'Nhung", "Chủ tịch Ủy ban MTTQ thị trấn", "Tổ trưởng Tổ bầu cử khu vực số 2"),
 P("Ksor Nay Blưk", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("99,45%", 99.45, "%"), Q("877.391 cử tri", 877391, "cử tri"), Q("1.532 khu vực bỏ phiếu", 1532, "khu vực bỏ phiếu"),
 Q("312 cử tri", 312, "cử tri"), Q("5 đoàn kiểm tra, giám sát", 5, "đoàn kiểm tra, giám sát"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("100%", 100, "%"),
 Q("150 cán bộ, chiến sĩ", 150, "cán bộ, chiến sĩ"), Q("47 hộ cử tri", 47, "hộ cử tri"),
 Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("12 người", 12, "người"), Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"),
 Q("60 đại biểu", 60, "đại biểu"), Q("100 người", 100, "người"), Q("23 đơn vị bầu cử", 23, "đơn vị bầu cử"), Q("35 đoàn viên", 35, "đoàn viên"),
 Q("khoảng 600 cử tri", 600, "cử tri", "approx"), Q("4 làng", 4, "làng")],
[D("Nghị quyết", "1135", "NQ-UBTVQH13", None, None, "Nghị quyết số 1135/NQ-UBTVQH13"),
 D("Quyết định", "123", "QĐ-UBBC", "2016-02-19", None, "Quyết định số 123/QĐ-UBBC ngày 19/2/2016")],
[prov("Gia Lai"), com("Tây Sơn"), com("Ia Dơk"), com("Ia Mơ"), com("Ia Púch"), com("Chư Prông")],
["Báo Gia Lai điện tử", "Trang chủ / Thời sự / Bầu cử 2016", "(GLO)", "Già làng Rơ Mah Hlum bỏ phiếu tại làng Plei Ơp. Ảnh: Đức Thụy", "Lượt xem: 6.312"],
["Chủ nhật, 22/5/2016 - 20:30", "19 giờ", "khu vực bỏ phiếu số 4", "khu vực số 2", "83 tuổi", "khóa XIV", "ngày 1/6", "Lượt xem: 6.312"]))

PAGES.append(page("b4190-binhduong-tongketbaucu-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Tin tức - Sự kiện > Chính trị > Bầu cử
20/07/2016 - 10:05
Quang cảnh hội nghị tổng kết.
Bình Dương tổng kết cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp
Sáng 19/7, Ủy ban bầu cử tỉnh Bình Dương tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021. Đồng chí Trần Văn Nhơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh chủ trì.
Báo cáo tổng kết cho biết, ngày 22/5/2016, toàn tỉnh có 1.048.327 cử tri đi bầu tại 1.061 khu vực bỏ phiếu, đạt tỷ lệ 98,87%. Cử tri đã bầu đủ 8 đại biểu Quốc hội ở 3 đơn vị bầu cử; bầu 60 đại biểu HĐND tỉnh, 263 đại biểu HĐND cấp huyện và 2.168 đại biểu HĐND cấp xã. Không có đơn vị nào phải bầu lại, bầu thêm. Tỷ lệ đại biểu nữ trúng cử HĐND tỉnh đạt 28,33%, người ngoài Đảng 5 người, người dân tộc thiểu số 1 người.
Theo bà Nguyễn Thị Hồng Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã tổ chức 3 lần hiệp thương theo đúng quy trình; tổ chức 512 hội nghị lấy ý kiến cử tri nơi cư trú với trên 41.000 lượt cử tri tham dự; phối hợp tổ chức 94 hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử. Trong quá trình bầu cử, các cơ quan đã tiếp nhận 36 đơn thư khiếu nại, tố cáo liên quan đến người ứng cử, giải quyết xong 36/36 đơn.
Đồng chí Trần Văn Nhơn đánh giá: thành công của cuộc bầu cử có sự đóng góp quan trọng của Chỉ thị số 51-CT/TW của Bộ Chính trị và Kế hoạch số 102-KH/TU, 103-KH/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo, tổ chức bầu cử; đồng thời chỉ ra hạn chế ở một số khu vực bỏ phiếu thuộc phường Thuận Giao, phường Dĩ An có nhiều công nhân ngoại tỉnh nên việc lập danh sách cử tri còn sai sót.
Dịp này, UBND tỉnh tặng bằng khen cho 45 tập thể và 82 cá nhân; Chủ tịch UBND tỉnh tặng giấy khen cho 130 cá nhân tiêu biểu với tổng số tiền thưởng hơn 215 triệu đồng. Ông Lê Văn Thành, Chủ tịch UBND phường Thuận Giao, Tổ trưởng tổ bầu cử khu vực số 12, nhận bằng khen.
Tại hội nghị, ông Phạm Trọng Nhân, Chánh Văn phòng Ủy ban bầu cử tỉnh, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, đề xuất rút kinh nghiệm việc lập danh sách cử tri tạm trú: trong 20 ngày trước bầu cử, các phường đã phải bổ sung hơn 27.000 cử tri là công nhân lao động; có 9 khu vực bỏ phiếu phải in thêm phiếu bầu.
Hội nghị cũng thống nhất báo cáo về Hội đồng bầu cử quốc gia theo Nghị quyết số 34/NQ-HĐBCQG.
Thanh Thủy
Lượt xem: 1.576
Các tin khác
- Công bố kết quả bầu cử đại biểu HĐND tỉnh khóa IX (31/05/2016)
- Kỳ họp thứ nhất HĐND tỉnh khóa IX (28/06/2016)
- Thuận An tổng kết công tác bầu cử (12/07/2016)
- Dĩ An khen thưởng 30 tập thể có thành tích trong bầu cử (08/07/2016)
""", "2016-07-20", "Bình Dương tổng kết cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp",
E("tong_ket", "2016", "2016-07-19"),
[P("Trần Văn Nhơn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Nguyễn Thị Hồng Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Trọng Nhân", "Chánh Văn phòng Ủy ban bầu cử tỉnh", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Lê Văn Thành", "Chủ tịch UBND phường Thuận Giao", "Tổ trưởng tổ bầu cử khu vực số 12")],
[Q("1.048.327 cử tri", 1048327, "cử tri"), Q("1.061 khu vực bỏ phiếu", 1061, "khu vực bỏ phiếu"), Q("98,87%", 98.87, "%"),
 Q("8 đại biểu Quốc hội", 8, "đại biểu Quốc hội"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"), Q("60 đại biểu", 60, "đại biểu"),
 Q("263 đại biểu", 263, "đại biểu"), Q("2.168 đại biểu", 2168, "đại biểu"), Q("28,33%", 28.33, "%"), Q("5 người", 5, "người"),
 Q("1 người", 1, "người"), Q("512 hội nghị", 512, "hội nghị"), Q("trên 41.000 lượt cử tri", 41000, "lượt cử tri", "over"),
 Q("94 hội nghị tiếp xúc cử tri", 94, "hội nghị tiếp xúc cử tri"), Q("36 đơn thư khiếu nại, tố cáo", 36, "đơn thư khiếu nại, tố cáo"),
 Q("36/36 đơn", 36, "đơn"), Q("45 tập thể", 45, "tập thể"), Q("82 cá nhân", 82, "cá nhân"), Q("130 cá nhân tiêu biểu", 130, "cá nhân tiêu biểu"),
 Q("hơn 215 triệu đồng", 215000000, "đồng", "over"), Q("hơn 27.000 cử tri", 27000, "cử tri", "over"),
 Q("9 khu vực bỏ phiếu", 9, "khu vực bỏ phiếu")],
[D("Chỉ thị", "51", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 51-CT/TW"),
 D("Kế hoạch", "102", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 102-KH/TU, 103-KH/TU"),
 D("Kế hoạch", "103", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 102-KH/TU, 103-KH/TU"),
 D("Nghị quyết", "34", "NQ-HĐBCQG", None, None, "Nghị quyết số 34/NQ-HĐBCQG")],
[prov("Bình Dương"), com("Thuận Giao"), com("Dĩ An")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG", "Tin tức - Sự kiện > Chính trị > Bầu cử", "Quang cảnh hội nghị tổng kết.", "Lượt xem: 1.576", "Hội đồng bầu cử quốc gia"],
["20/07/2016 - 10:05", "khóa XIV", "nhiệm kỳ 2016 - 2021", "3 lần", "20 ngày", "khu vực số 12", "Lượt xem: 1.576"]))

PAGES.append(page("b4191-hoabinh-giamsat-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH
Trang chủ - Hoạt động giám sát, phản biện xã hội - Tin tức
Thứ Tư, 20/09/2017 - 14:50
Đoàn giám sát làm việc tại xã Đồng Bảng. Ảnh: Minh Hòa
Ủy ban MTTQ tỉnh giám sát việc giải quyết kiến nghị cử tri tại huyện Mai Châu
Ngày 18/9/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình do bà Bùi Thị Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc giải quyết ý kiến, kiến nghị của cử tri sau các kỳ tiếp xúc cử tri của đại biểu Quốc hội và đại biểu HĐND tỉnh tại huyện Mai Châu. Đây là một trong 6 cuộc giám sát chuyên đề năm 2017 theo Chương trình phối hợp số 12/CTPH-MTTQ-HĐND và Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2017.
Tham gia đoàn có các thành viên: ông Hà Văn Tuấn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; ông Quách Tất Lợi, Phó Trưởng ban Dân tộc HĐND tỉnh; đại diện Hội Nông dân, Hội Cựu chiến binh tỉnh.
Báo cáo của UBND huyện Mai Châu cho thấy, từ sau bầu cử năm 2016 đến tháng 8/2017, huyện đã nhận 143 ý kiến, kiến nghị của cử tri qua 38 buổi tiếp xúc; đã giải quyết xong 117 ý kiến, đạt 81,8%; 19 ý kiến đang giải quyết, 7 ý kiến thuộc thẩm quyền của tỉnh. Các kiến nghị tập trung vào cứng hóa đường liên xóm, cấp giấy chứng nhận quyền sử dụng đất, bồi thường cho 64 hộ dân vùng Dự án hồ chứa nước Cánh Tạng.
Tại buổi làm việc ở xã Đồng Bảng, ông Xa Văn Thiện, Chủ tịch UBND xã, cho biết xã đã thực hiện 9 trong 11 kiến nghị của cử tri, xây xong 2 phòng học mầm non với tổng kinh phí 1,2 tỷ đồng. Ông Hà Công Ngọc, Trưởng Ban công tác Mặt trận xóm Mó Nẻ phản ánh có ý kiến cử tri đã gửi từ năm 2015 đến nay chưa được trả lời.
Kết luận buổi giám sát, bà Bùi Thị Nhung đề nghị UBND huyện có văn bản trả lời cử tri đối với 100% kiến nghị trước ngày 30/11/2017; định kỳ công khai kết quả tại hội nghị tiếp xúc cử tri; Ủy ban MTTQ huyện tăng cường giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Đoàn cũng đề nghị HĐND tỉnh đưa nội dung bồi thường của Dự án hồ Cánh Tạng vào phiên chất vấn kỳ họp cuối năm.
Trước đó, đoàn đã làm việc tại xã Tân Sơn và thị trấn Mai Châu, kiểm tra hồ sơ của 25 hộ nghèo được hỗ trợ nhà ở theo Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ, mỗi hộ được vay 25 triệu đồng. Theo ông Hà Văn Tuấn, năm 2017 Mặt trận các cấp trong tỉnh đã tổ chức 212 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 41 cuộc.
Minh Hòa
Lượt xem: 688
Tin liên quan
- Giám sát việc thực hiện chính sách đối với người có uy tín (14/08/2017)
- Hòa Bình: 11 ban giám sát đầu tư của cộng đồng được thành lập (02/08/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4 (11/07/2017)
""", "2017-09-20", "Ủy ban MTTQ tỉnh giám sát việc giải quyết kiến nghị cử tri tại huyện Mai Châu",
E("giam_sat", "2017", "2017-09-18"),
[P("Bùi Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Hà Văn Tuấn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Quách Tất Lợi", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Xa Văn Thiện", "Chủ tịch UBND xã"),
 P("Hà Công Ngọc", "Trưởng Ban công tác Mặt trận xóm Mó Nẻ")],
[Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("143 ý kiến, kiến nghị", 143, "ý kiến, kiến nghị"),
 Q("38 buổi tiếp xúc", 38, "buổi tiếp xúc"), Q("117 ý kiến", 117, "ý kiến"), Q("81,8%", 81.8, "%"), Q("19 ý kiến", 19, "ý kiến"),
 Q("7 ý kiến", 7, "ý kiến"), Q("64 hộ dân", 64, "hộ dân"), Q("9 trong 11 kiến nghị", 9, "kiến nghị"),
 Q("2 phòng học mầm non", 2, "phòng học mầm non"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("100%", 100, "%"),
 Q("25 hộ nghèo", 25, "hộ nghèo"), Q("25 triệu đồng", 25000000, "đồng"), Q("212 cuộc giám sát", 212, "cuộc giám sát"),
 Q("41 cuộc", 41, "cuộc")],
[D("Chương trình phối hợp", "12", "CTPH-MTTQ-HĐND", None, None, "Chương trình phối hợp số 12/CTPH-MTTQ-HĐND"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2017-03-20", None, "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2015/QĐ-TTg")],
[prov("Hòa Bình"), com("Đồng Bảng"), com("Tân Sơn"), com("Mai Châu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ - Hoạt động giám sát, phản biện xã hội - Tin tức",
 "Đoàn giám sát làm việc tại xã Đồng Bảng. Ảnh: Minh Hòa", "Lượt xem: 688", "Dự án hồ chứa nước Cánh Tạng"],
["Thứ Tư, 20/09/2017 - 14:50", "năm 2016", "tháng 8/2017", "năm 2015", "ngày 30/11/2017", "Lượt xem: 688"]))

PAGES.append(page("b4192-thanhhoa-tiepxuccutri-2018", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự > Chính trị
28 tháng 6, 2018 | 17:20
Đại biểu Quốc hội tỉnh Thanh Hóa tiếp xúc cử tri huyện Quan Hóa sau kỳ họp thứ 5
Ngày 27/6, đoàn đại biểu Quốc hội tỉnh do bà Cao Thị Xuyến, Ủy viên Ban Thường vụ Trung ương Hội LHPN Việt Nam, Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội, đại biểu Quốc hội đơn vị bầu cử số 3 dẫn đầu, đã tiếp xúc cử tri tại xã Thành Sơn và thị trấn Quan Hóa. Cùng dự có các đồng chí Hà Văn Ban, Phà Thị Lan - Phó Chủ tịch UBND huyện Quan Hóa.
Đại biểu Cao Thị Xuyến trao đổi với cử tri người Thái. Ảnh: Lê Hợi
Tại hội nghị tiếp xúc cử tri, đại biểu đã thông báo kết quả kỳ họp thứ 5, Quốc hội khóa XIV: Quốc hội đã thông qua 8 luật và 17 nghị quyết, trong đó có Nghị quyết số 54/2018/QH14 về một số chính sách, Luật Đặc khu chưa thông qua. Có 184 cử tri dự hội nghị, với 21 lượt ý kiến phát biểu.
Cử tri Lò Văn Xuân, bản Pưng, xã Thành Sơn, đề nghị hỗ trợ 53 hộ di cư tự do ở bản Chiềng được làm nhà ở, cấp nước sạch; cử tri Phạm Thị Sang, thị trấn Quan Hóa, kiến nghị sửa chữa 3 cầu tràn bị lũ cuốn trôi trong cơn lũ tháng 8/2017, khiến hơn 400 hộ đi lại khó khăn. Ông Ngân Văn Hơm, Bí thư Chi bộ bản Bá, đề nghị nâng mức khoán bảo vệ rừng từ 200.000 đồng/ha lên 400.000 đồng/ha theo Nghị định 75/2015/NĐ-CP.
Ông Hà Văn Ban thay mặt UBND huyện tiếp thu, giải trình: huyện đã bố trí 2,5 tỷ đồng để sửa chữa cầu tràn, dự kiến hoàn thành trước mùa mưa lũ; 14 hộ ở bản Chiềng đã được hỗ trợ theo Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ, mỗi hộ 15 triệu đồng.
Phát biểu tại hội nghị, đại biểu Cao Thị Xuyến ghi nhận các ý kiến xác đáng của cử tri; đề nghị UBND tỉnh quan tâm thực hiện Nghị quyết số 12/2018/NQ-HĐND của HĐND tỉnh về hỗ trợ đường giao thông miền núi. Bà cho biết sẽ tổng hợp 9 kiến nghị thuộc thẩm quyền Trung ương để chuyển đến các bộ, ngành.
Bà Phà Thị Lan thông tin thêm: 6 tháng đầu năm 2018, huyện đã giải quyết 46/52 kiến nghị cử tri từ các đợt tiếp xúc trước, đạt 88,5%; vận động 1.260 hộ đồng bào Thái, Mường ký cam kết không di cư tự do, không phá rừng; trồng mới 720 ha rừng sản xuất.
Cùng ngày, đại biểu Quốc hội Mai Sỹ Điền, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh, tiếp xúc cử tri tại xã Lũng Niêm, huyện Bá Thước, nơi có khoảng 1.500 cử tri là người Mường.
Lê Hợi
Lượt đọc: 1.932
Tin khác
- Đại biểu Quốc hội tiếp xúc cử tri huyện Mường Lát (26/06/2018)
- Bế mạc kỳ họp thứ 5, Quốc hội khóa XIV (15/06/2018)
- Thanh Hóa: 100% kiến nghị cử tri được trả lời (02/05/2018)
""", "2018-06-28", "Đại biểu Quốc hội tỉnh Thanh Hóa tiếp xúc cử tri huyện Quan Hóa sau kỳ họp thứ 5",
E("hoi_nghi", None, "2018-06-27"),
[P("Cao Thị Xuyến", "Ủy viên Ban Thường vụ Trung ương Hội LHPN Việt Nam", "Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội", "đại biểu Quốc hội đơn vị bầu cử số 3", "đại biểu"),
 P("Hà Văn Ban", "Phó Chủ tịch UBND huyện Quan Hóa"), P("Phà Thị Lan", "Phó Chủ tịch UBND huyện Quan Hóa"),
 P("Lò Văn Xuân"), P("Phạm Thị Sang"),
 P("Ngân Văn Hơm", "Bí thư Chi bộ bản Bá"),
 P("Mai Sỹ Điền", "đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh")],
[Q("8 luật", 8, "luật"), Q("17 nghị quyết", 17, "nghị quyết"), Q("184 cử tri", 184, "cử tri"), Q("21 lượt ý kiến", 21, "lượt ý kiến"),
 Q("53 hộ di cư tự do", 53, "hộ di cư tự do"), Q("3 cầu tràn", 3, "cầu tràn"), Q("hơn 400 hộ", 400, "hộ", "over"),
 Q("200.000 đồng/ha", 200000, "đồng"), Q("400.000 đồng/ha", 400000, "đồng"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("14 hộ", 14, "hộ"), Q("15 triệu đồng", 15000000, "đồng"), Q("9 kiến nghị", 9, "kiến nghị"), Q("46/52 kiến nghị cử tri", 46, "kiến nghị cử tri"), Q("88,5%", 88.5, "%"),
 Q("1.260 hộ đồng bào Thái, Mường", 1260, "hộ đồng bào Thái, Mường"), Q("720 ha", 720, "ha"),
 Q("khoảng 1.500 cử tri", 1500, "cử tri", "approx")],
[D("Nghị quyết", "54", "2018/QH14", None, "Quốc hội", "Nghị quyết số 54/2018/QH14"),
 D("Nghị định", "75", "2015/NĐ-CP", None, None, "Nghị định 75/2015/NĐ-CP"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Nghị quyết", "12", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2018/NQ-HĐND")],
[prov("Thanh Hóa"), com("Thành Sơn"), com("Quan Hóa"), com("Lũng Niêm")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự > Chính trị",
 "Đại biểu Cao Thị Xuyến trao đổi với cử tri người Thái. Ảnh: Lê Hợi", "Lượt đọc: 1.932", "Luật Đặc khu"],
["28 tháng 6, 2018 | 17:20", "kỳ họp thứ 5", "khóa XIV", "đơn vị bầu cử số 3", "tháng 8/2017", "6 tháng đầu năm 2018", "Lượt đọc: 1.932"]))
