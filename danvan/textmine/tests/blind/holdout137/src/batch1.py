from lib import *
PAGES = []

PAGES.append(page("b3245-sonla-mttq-xa-daihoi-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ » Hoạt động Mặt trận » Mặt trận cơ sở
08:30 | 14/04/2011
Ảnh: Đại biểu biểu quyết thông qua nghị quyết đại hội.
Xã Chiềng Mung tổ chức Đại hội đại biểu MTTQ Việt Nam lần thứ X
Ngày 12/4/2011, Ủy ban MTTQ Việt Nam xã Chiềng Mung, huyện Mai Sơn tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ X, nhiệm kỳ 2011 - 2014. Về dự có đồng chí Lò Văn Pọm, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Mai Sơn; đồng chí Cầm Văn Chung, HUV, Bí thư Đảng ủy xã cùng 115 đại biểu đại diện cho hơn 2.300 hộ gia đình của 22 bản.
Báo cáo của Ủy ban MTTQ xã khóa IX cho thấy, trong nhiệm kỳ qua Mặt trận và các đoàn thể đã phối hợp tổ chức tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; tỷ lệ gia đình văn hóa đạt 82,6%, có 19/22 bản được công nhận bản văn hóa. Quỹ "Vì người nghèo" của xã vận động được 48,5 triệu đồng, cùng với nguồn hỗ trợ của huyện đã xây mới 7 nhà Đại đoàn kết cho hộ nghèo người Thái, người Mông. Ban Thanh tra nhân dân đã giám sát 4 công trình xây dựng cơ bản trên địa bàn, phát hiện và kiến nghị khắc phục 2 sai sót.
Đại hội cũng chỉ ra những hạn chế: hoạt động của một số Ban công tác Mặt trận ở bản còn hình thức; việc nắm tình hình, tâm tư của nhân dân vùng tái định cư thủy điện Sơn La có lúc chưa kịp thời.
Phát biểu chỉ đạo, đồng chí Lò Văn Pọm đề nghị Mặt trận xã bám sát Nghị quyết số 15-NQ/ĐU ngày 05/01/2011 của Đảng ủy xã về phát triển kinh tế - xã hội năm 2011 và Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức đại hội Mặt trận cấp cơ sở, làm tốt vai trò giám sát, phản biện xã hội, nhất là ở các bản tái định cư.
Ông Giàng A Súa, người có uy tín bản Pá Lẳn, phát biểu mong muốn Mặt trận quan tâm hơn tới việc dạy nghề cho thanh niên người Mông.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa X. Tại hội nghị lần thứ nhất, ông Lò Văn Inh được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa X; các ông, bà Cầm Thị Hoa, Quàng Văn Tiến giữ chức Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội MTTQ Việt Nam huyện Mai Sơn.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 3 Ban công tác Mặt trận có thành tích xuất sắc trong nhiệm kỳ.
Lò Thị Xuân (Mặt trận huyện Mai Sơn)
Lượt truy cập: 15.204
Tin liên quan
- Mai Sơn: 100% xã hoàn thành đại hội Mặt trận cơ sở (20/04/2011)
- Thuận Châu tập huấn công tác giám sát cho Ban Thanh tra nhân dân (02/04/2011)
- Chiềng Ban trao 5 nhà Đại đoàn kết (25/03/2011)
- Yên Châu: Mặt trận vận động nhân dân hiến đất làm đường bản (18/03/2011)
- Hội nghị triển khai công tác đại hội Mặt trận cơ sở nhiệm kỳ mới (28/02/2011)
- Sông Mã: tặng quà đồng bào vùng tái định cư dịp Tết (25/01/2011)
Bản quyền thuộc Ủy ban MTTQ Việt Nam tỉnh Sơn La. Địa chỉ: đường Tô Hiệu, thành phố Sơn La. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2011-04-14", "Xã Chiềng Mung tổ chức Đại hội đại biểu MTTQ Việt Nam lần thứ X",
E("dai_hoi", None, "2011-04-12"),
[P("Lò Văn Pọm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Mai Sơn"),
 P("Cầm Văn Chung", "HUV", "Bí thư Đảng ủy xã"),
 P("Giàng A Súa", "người có uy tín bản Pá Lẳn"),
 P("Lò Văn Inh", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa X"),
 P("Cầm Thị Hoa", "Phó Chủ tịch"),
 P("Quàng Văn Tiến", "Phó Chủ tịch")],
[Q("115 đại biểu", 115, "đại biểu"), Q("hơn 2.300 hộ gia đình", 2300, "hộ gia đình", "over"), Q("22 bản", 22, "bản"),
 Q("82,6%", 82.6, "%"), Q("19/22 bản", 19, "bản"), Q("48,5 triệu đồng", 48500000, "đồng"),
 Q("7 nhà Đại đoàn kết", 7, "nhà Đại đoàn kết"), Q("4 công trình xây dựng cơ bản", 4, "công trình xây dựng cơ bản"),
 Q("2 sai sót", 2, "sai sót"), Q("37 vị", 37, "vị"), Q("9 đại biểu", 9, "đại biểu"),
 Q("3 Ban công tác Mặt trận", 3, "Ban công tác Mặt trận")],
[D("Nghị quyết", "15", "NQ/ĐU", "2011-01-05", "Đảng ủy xã", "Nghị quyết số 15-NQ/ĐU ngày 05/01/2011"),
 D("Hướng dẫn", "12", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTW-BTT")],
[prov("Sơn La"), com("Chiềng Mung")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ » Hoạt động Mặt trận » Mặt trận cơ sở",
 "Ảnh: Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Vì người nghèo", "Ban Thanh tra nhân dân", "Lượt truy cập: 15.204"],
["08:30 | 14/04/2011", "lần thứ X", "nhiệm kỳ 2011 - 2014", "khóa IX", "khóa X", "Lượt truy cập: 15.204", "năm 2011"]))

PAGES.append(page("b3246-thanhhoa-mttq-xa-giamsat-2014", """
Cổng thông tin điện tử xã Xuân Lam - huyện Thọ Xuân - tỉnh Thanh Hóa
Trang chủ / Tin tức - Sự kiện / Hoạt động đoàn thể
Thứ Năm, 18/9/2014 | 15:20
Mặt trận xã giám sát việc xây dựng đường giao thông nông thôn
Thực hiện chương trình phối hợp giám sát năm 2014, ngày 16/9, Ban Thường trực Ủy ban MTTQ xã Xuân Lam đã chủ trì, phối hợp với Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng tổ chức giám sát việc thi công 3 tuyến đường giao thông nông thôn ở các thôn Lam Vinh, Lam Sơn và Đồng Xuân.
Đoàn giám sát do bà Lê Thị Hằng, Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn; tham gia có ông Trịnh Văn Khoa, Trưởng Ban Thanh tra nhân dân xã, ông Hà Văn Thám, Trưởng Ban công tác Mặt trận thôn Lam Sơn và đại diện 4 đoàn thể chính trị - xã hội.
Quang cảnh buổi giám sát tại thôn Lam Vinh.
Theo báo cáo của UBND xã, tổng chiều dài 3 tuyến đường là gần 2,8 km, tổng kinh phí hơn 3,1 tỷ đồng, trong đó nhân dân đóng góp khoảng 920 triệu đồng và hiến 1.450 m2 đất. Đến nay các tuyến đã hoàn thành khoảng 75% khối lượng. Công trình được triển khai theo Quyết định số 1256/QĐ-UBND ngày 12/5/2014 của UBND huyện Thọ Xuân và Kế hoạch số 08/KH-MTTQ của Ban Thường trực Ủy ban MTTQ xã về giám sát các công trình có sự đóng góp của nhân dân.
Qua kiểm tra thực tế, đoàn ghi nhận việc công khai thiết kế, dự toán và các khoản đóng góp được thực hiện tại 3 nhà văn hóa thôn; tuy nhiên còn 2 đoạn mặt đường có độ dày bê tông chưa đạt, rãnh thoát nước ở thôn Đồng Xuân chưa được làm theo thiết kế. Nhiều hộ dân phản ánh xe chở vật liệu làm hư hỏng đường nội đồng.
Ông Lê Văn Bình, một người dân thôn Lam Vinh, cho biết: "Bà con góp tiền, góp đất thì cũng muốn được biết đường làm dày bao nhiêu, bao giờ xong. Mặt trận xuống tận nơi thế này, dân thấy yên tâm".
Kết luận buổi giám sát, bà Lê Thị Hằng đề nghị đơn vị thi công khắc phục ngay 2 đoạn đường chưa đạt, công khai kết quả nghiệm thu trước nhân dân; giao Ban giám sát đầu tư của cộng đồng theo dõi đến khi bàn giao. Kết quả giám sát sẽ được báo cáo Đảng ủy xã và thông báo tại hội nghị giao ban Ban công tác Mặt trận các thôn tháng 10.
Được biết, năm 2014 Mặt trận xã Xuân Lam đã tổ chức 5 cuộc giám sát, tiếp nhận 12 ý kiến, kiến nghị của cử tri, góp phần để xã hoàn thành 16/19 tiêu chí nông thôn mới.
Lê Hằng - Ủy ban MTTQ xã
Lượt xem: 412
Tin khác
- Xã Xuân Lam ra quân làm đường giao thông nông thôn (05/8/2014)
- Hội Nông dân xã tổ chức tập huấn trồng ngô trên đất lúa (22/7/2014)
- Trao 2 nhà Đại đoàn kết cho hộ nghèo thôn Đồng Xuân (10/6/2014)
- Đảng ủy xã Xuân Lam sơ kết 6 tháng đầu năm (15/7/2014)
- Ban công tác Mặt trận thôn Lam Sơn ra mắt mô hình "Khu dân cư tự quản" (02/5/2014)
- Hội Cựu chiến binh xã đại hội nhiệm kỳ 2014 - 2019 (20/4/2014)
Cơ quan chủ quản: UBND xã Xuân Lam. Chịu trách nhiệm nội dung: Chủ tịch UBND xã. Điện thoại liên hệ bộ phận văn phòng trong giờ hành chính.
""", "2014-09-18", "Mặt trận xã giám sát việc xây dựng đường giao thông nông thôn",
E("giam_sat", None, "2014-09-16"),
[P("Lê Thị Hằng", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trịnh Văn Khoa", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Hà Văn Thám", "Trưởng Ban công tác Mặt trận thôn Lam Sơn"),
 P("Lê Văn Bình")],
[Q("3 tuyến đường giao thông nông thôn", 3, "tuyến đường giao thông nông thôn"), Q("4 đoàn thể chính trị - xã hội", 4, "đoàn thể chính trị - xã hội"),
 Q("gần 2,8 km", 2.8, "km", "approx"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("khoảng 920 triệu đồng", 920000000, "đồng", "approx"), Q("1.450 m2", 1450, "m2"), Q("khoảng 75%", 75, "%", "approx"),
 Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("2 đoạn mặt đường", 2, "đoạn mặt đường"),
 Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"), Q("16/19 tiêu chí nông thôn mới", 16, "tiêu chí nông thôn mới")],
[D("Quyết định", "1256", "QĐ-UBND", "2014-05-12", "UBND huyện Thọ Xuân", "Quyết định số 1256/QĐ-UBND ngày 12/5/2014"),
 D("Kế hoạch", "08", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 08/KH-MTTQ")],
[prov("Thanh Hóa"), com("Xuân Lam")],
["Cổng thông tin điện tử xã Xuân Lam - huyện Thọ Xuân - tỉnh Thanh Hóa", "Trang chủ / Tin tức - Sự kiện / Hoạt động đoàn thể",
 "Quang cảnh buổi giám sát tại thôn Lam Vinh.", "Ban giám sát đầu tư của cộng đồng", "Lượt xem: 412"],
["Thứ Năm, 18/9/2014 | 15:20", "năm 2014", "tháng 10", "Lượt xem: 412"]))

PAGES.append(page("b3247-bentre-mttq-phuong-tongket-2016", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự > Mặt trận - Đoàn thể
22/12/2016 - 09:45
Phường 7: Mặt trận phát huy vai trò giám sát, phản biện ở khu phố
BDK - Chiều 20-12, Ủy ban MTTQ Việt Nam Phường 7, thành phố Bến Tre tổ chức hội nghị tổng kết công tác Mặt trận năm 2016 và triển khai chương trình phối hợp thống nhất hành động năm 2017.
Ông Nguyễn Văn Sáu - Chủ tịch Ủy ban MTTQ Phường 7 trình bày báo cáo tổng kết.
Dự hội nghị có ông Trần Quang Vinh - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; bà Phan Thị Kim Loan - Phó Bí thư Thường trực Đảng ủy phường cùng 64 đại biểu là thành viên Ủy ban, trưởng Ban công tác Mặt trận và trưởng khu phố.
Theo báo cáo do ông Nguyễn Văn Sáu trình bày, năm 2016 Mặt trận phường đã phối hợp các đoàn thể vận động 1.864 hộ ký cam kết thực hiện nếp sống văn minh đô thị, đạt 96,4%. Quỹ "Vì người nghèo" vận động được hơn 186 triệu đồng, hỗ trợ sửa chữa 6 căn nhà, trao 420 phần quà Tết cho hộ nghèo, gia đình chính sách. Phường hiện còn 21 hộ nghèo, giảm 9 hộ so với đầu năm.
Về giám sát, phản biện, Mặt trận phường chủ trì 4 cuộc giám sát, trong đó có giám sát việc thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ở 8 khu phố; tổ chức 2 hội nghị phản biện dự thảo quy hoạch chỉnh trang khu dân cư. Thông qua các kỳ tiếp xúc cử tri, Mặt trận tổng hợp 37 ý kiến, kiến nghị gửi Hội đồng nhân dân và UBND phường, đến nay đã trả lời 31 ý kiến.
Phát biểu tại hội nghị, ông Võ Thành Lợi, Trưởng Ban công tác Mặt trận khu phố 3, đề nghị phường sớm xử lý tình trạng ngập nước trên đường Đoàn Hoàng Minh mỗi khi triều cường; bà Huỳnh Thị Bé Tư, khu phố 5, phản ánh việc lấn chiếm vỉa hè buôn bán ở chợ Phường 7.
Ông Trần Quang Vinh ghi nhận kết quả Mặt trận phường đạt được, đề nghị năm 2017 tiếp tục thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của Ban công tác Mặt trận ở khu dân cư; mỗi khu phố xây dựng ít nhất 2 mô hình tự quản.
Dịp này, Ủy ban MTTQ phường tặng giấy khen cho 5 tập thể và 11 cá nhân có thành tích xuất sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Minh Thư
Tin cùng chuyên mục
- Thành phố Bến Tre: 100% khu phố tổ chức Ngày hội Đại đoàn kết (18/11/2016)
- Phường Phú Khương trao 3 căn nhà tình thương (02/11/2016)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (21/10/2016)
- Giồng Trôm: Mặt trận vận động hơn 600 triệu đồng xây nhà Đại đoàn kết (08/10/2016)
- Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương lần thứ ba (29/09/2016)
- Châu Thành: ra mắt Tổ hòa giải kiểu mẫu ở ấp Phước Hậu (14/09/2016)
- Phường 8 sơ kết mô hình "Tuyến đường hoa" (02/09/2016)
Báo Đồng Khởi - Cơ quan của Đảng bộ tỉnh Bến Tre. Giấy phép số 16/GP-BTTTT. Địa chỉ: số 3 Đồng Khởi, phường 3, thành phố Bến Tre. Ghi rõ nguồn "Báo Đồng Khởi" khi phát hành lại thông tin từ website này.
""", "2016-12-22", "Phường 7: Mặt trận phát huy vai trò giám sát, phản biện ở khu phố",
E("tong_ket", "2016", "2016-12-20"),
[P("Nguyễn Văn Sáu", "Chủ tịch Ủy ban MTTQ Phường 7"),
 P("Trần Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phan Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Võ Thành Lợi", "Trưởng Ban công tác Mặt trận khu phố 3"),
 P("Huỳnh Thị Bé Tư")],
[Q("64 đại biểu", 64, "đại biểu"), Q("1.864 hộ", 1864, "hộ"), Q("96,4%", 96.4, "%"),
 Q("hơn 186 triệu đồng", 186000000, "đồng", "over"), Q("6 căn nhà", 6, "căn nhà"), Q("420 phần quà", 420, "phần quà"),
 Q("21 hộ nghèo", 21, "hộ nghèo"), Q("9 hộ", 9, "hộ"), Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("8 khu phố", 8, "khu phố"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("31 ý kiến", 31, "ý kiến"),
 Q("ít nhất 2 mô hình tự quản", 2, "mô hình tự quản", "over"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Bến Tre"), com("Phường 7")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự > Mặt trận - Đoàn thể", "BDK",
 "Ông Nguyễn Văn Sáu - Chủ tịch Ủy ban MTTQ Phường 7 trình bày báo cáo tổng kết.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đoàn Hoàng Minh"],
["22/12/2016 - 09:45", "Chiều 20-12", "năm 2016", "năm 2017", "khu phố 3", "khu phố 5"]))

PAGES.append(page("b3248-daklak-mttq-xa-doithoai-2019", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk
Bạn đang ở: Trang chủ :: Tin hoạt động :: Cơ sở
Thứ Sáu, 08/11/2019 - 16:10
Ea Tul: Chủ tịch UBND xã đối thoại với nhân dân năm 2019
Ngày 6/11/2019, Ủy ban MTTQ Việt Nam xã Ea Tul (huyện Cư M'gar) phối hợp với UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019. Hơn 150 người dân của 14 buôn, thôn đã tham dự.
Ông Y Thịnh Byă, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trả lời ý kiến người dân. Ảnh: H'Linh
Chủ trì đối thoại có ông Y Thịnh Byă, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà H'Mai Niê, Chủ tịch Ủy ban MTTQ Việt Nam xã. Hội nghị được tổ chức theo Quyết định số 11/2019/QĐ-UBND của UBND tỉnh Đắk Lắk và Quy định 04-QĐi/HU của Ban Thường vụ Huyện ủy về đối thoại trực tiếp giữa người đứng đầu với nhân dân.
Tại buổi đối thoại, 18 ý kiến được nêu, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất, nước tưới cà phê mùa khô và việc vay vốn chính sách. Ông Y Khuôl Êban (buôn Tlung) phản ánh có 23 hộ trong buôn chưa được cấp giấy chứng nhận dù đã sử dụng đất ổn định hơn 20 năm; bà H'Hoa Mlô (buôn Kđiê) đề nghị sửa chữa đập Ea Kbang vì mùa khô năm trước khoảng 60 ha cà phê thiếu nước.
Ông Y Thịnh Byă trực tiếp trả lời 15 ý kiến, số còn lại giao các bộ phận chuyên môn trả lời bằng văn bản trong 15 ngày. Theo ông, xã đã rà soát, lập hồ sơ cho 23 hộ nói trên, dự kiến trong quý I/2020 sẽ trình huyện cấp giấy; việc sửa chữa đập Ea Kbang đã được đưa vào kế hoạch đầu tư công với kinh phí khoảng 1,2 tỷ đồng.
Về vay vốn, ông Nguyễn Đình Hải, Phó Chủ tịch UBND xã cho biết năm 2019 đã có 214 hộ được vay vốn từ Ngân hàng Chính sách xã hội với tổng dư nợ hơn 9 tỷ đồng; xã sẽ kiến nghị tăng vốn cho hộ cận nghèo người Êđê.
Bà H'Mai Niê cho biết Mặt trận xã sẽ giám sát việc thực hiện các nội dung đã hứa tại đối thoại và thông báo kết quả tại các buổi sinh hoạt buôn. Ông Ama Thuận (Y Thuận Knul), người có uy tín buôn Tlung, bày tỏ: "Dân nói được, cán bộ nghe và trả lời ngay, bà con rất vui".
H'Linh Êban
Số lượt xem: 1.087
Các tin đã đưa
- Cư M'gar tổng kết 10 năm Ngày hội Đại đoàn kết toàn dân tộc (30/10/2019)
- Buôn Ma Thuột: Mặt trận phường Tân Lợi giám sát vệ sinh môi trường (15/10/2019)
- Krông Pắc: Mặt trận xã Ea Kly ra mắt mô hình "Buôn không có người vi phạm pháp luật" (02/10/2019)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số tỉnh năm 2019 (24/09/2019)
- Ea H'leo: trao 3 căn nhà Đại đoàn kết cho hộ nghèo (11/09/2019)
- Mặt trận tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo (28/08/2019)
- Lắk: tập huấn kỹ năng hòa giải cho Ban công tác Mặt trận buôn (14/08/2019)
Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk. Địa chỉ: 02 Trần Hưng Đạo, TP. Buôn Ma Thuột. Ghi rõ nguồn khi trích dẫn.
""", "2019-11-08", "Ea Tul: Chủ tịch UBND xã đối thoại với nhân dân năm 2019",
E("doi_thoai", "2019", "2019-11-06"),
[P("Y Thịnh Byă", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Mai Niê", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Khuôl Êban"), P("H'Hoa Mlô"),
 P("Nguyễn Đình Hải", "Phó Chủ tịch UBND xã"),
 P("Y Thuận Knul", "người có uy tín buôn Tlung")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("14 buôn, thôn", 14, "buôn, thôn"), Q("18 ý kiến", 18, "ý kiến"),
 Q("23 hộ", 23, "hộ"), Q("khoảng 60 ha", 60, "ha", "approx"), Q("15 ý kiến", 15, "ý kiến"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("214 hộ", 214, "hộ"), Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over")],
[D("Quyết định", "11", "2019/QĐ-UBND", None, "UBND tỉnh Đắk Lắk", "Quyết định số 11/2019/QĐ-UBND"),
 D("Quy định", "04", "QĐi/HU", None, "Ban Thường vụ Huyện ủy", "Quy định 04-QĐi/HU")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ :: Tin hoạt động :: Cơ sở",
 "Ông Y Thịnh Byă, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trả lời ý kiến người dân. Ảnh: H'Linh", "Ea Kbang",
 "Ngân hàng Chính sách xã hội", "Số lượt xem: 1.087"],
["Thứ Sáu, 08/11/2019 - 16:10", "hơn 20 năm", "15 ngày", "quý I/2020", "năm 2019", "Số lượt xem: 1.087"]))

PAGES.append(page("b3249-quangnam-mttq-xa-soket-2022", """
Báo Quảng Nam
Xã hội › Mặt trận
Cập nhật lúc 10:05 ngày 06/07/2022
Toàn cảnh hội nghị. Ảnh: ALĂNG NGƯỚC
Tây Giang: Mặt trận xã Lăng sơ kết 6 tháng, bàn cách giữ rừng
Sáng 5/7, Ủy ban MTTQ Việt Nam xã Lăng (huyện Tây Giang) tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Bà Bhriu Thị Nhên, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có ông Alăng Văn Hội, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang.
Theo báo cáo, 6 tháng qua Mặt trận xã đã phối hợp vận động đồng bào Cơ Tu ở 9 thôn tham gia giữ rừng, bảo vệ hơn 4.200ha rừng cộng đồng; vận động 126 hộ thực hiện tang lễ văn minh, không để quá 3 ngày. Quỹ "Vì người nghèo" xã tiếp nhận khoảng 65 triệu đồng, hỗ trợ 2 hộ làm nhà và 38 suất học bổng cho học sinh nghèo.
Thực hiện Kế hoạch số 37-KH/HU ngày 10/3/2022 của Ban Thường vụ Huyện ủy Tây Giang về phát huy vai trò già làng, người có uy tín, Mặt trận xã đã tổ chức 2 buổi gặp mặt, lắng nghe 22 ý kiến của già làng, trưởng thôn. Ban công tác Mặt trận các thôn hòa giải thành 4/5 vụ mâu thuẫn về đất rẫy.
Tại hội nghị, già làng Bríu Pố (thôn Achốc) đề nghị Mặt trận phối hợp với biên phòng tuyên truyền để thanh niên không nghe theo kẻ xấu vượt biên; ông Coor Bhươi, Trưởng Ban công tác Mặt trận thôn Bhờ Hôồng, kiến nghị sớm sửa cầu treo bị hư hỏng sau mùa mưa.
Phát biểu, ông Alăng Văn Hội đề nghị Mặt trận xã tiếp tục thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả thực hiện dân chủ cơ sở; chú trọng giám sát các dự án thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phấn đấu 6 tháng cuối năm giảm ít nhất 15 hộ nghèo.
Dịp này, Ủy ban MTTQ huyện Tây Giang tặng giấy khen cho 2 tập thể, 4 cá nhân.
ALĂNG NGƯỚC
Tin liên quan
- Tây Giang: trao 10 con bò giống cho hộ nghèo (28/6/2022)
- Nam Giang: Mặt trận giám sát việc chi trả tiền dịch vụ môi trường rừng (15/6/2022)
- Đông Giang: gặp mặt già làng, người có uy tín (02/6/2022)
- Phước Sơn: vận động đồng bào Giẻ Triêng bỏ tập tục lạc hậu (26/5/2022)
- Mặt trận tỉnh gặp mặt già làng tiêu biểu vùng biên giới (18/5/2022)
- Tây Giang ra mắt mô hình "Thôn không có người vượt biên trái phép" (05/5/2022)
- Hội nghị hiệp thương giới thiệu người ứng cử trưởng thôn ở Đông Giang (21/4/2022)
- Bắc Trà My: Mặt trận giúp dân khắc phục hậu quả sạt lở (09/4/2022)
- Nông Sơn tổng kết cuộc vận động xây dựng nông thôn mới, đô thị văn minh (25/3/2022)
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam. Giấy phép số 184/GP-BTTTT. Tòa soạn: 5 Trần Hưng Đạo, TP. Tam Kỳ. Mọi hình thức sao chép phải ghi rõ nguồn.
""", "2022-07-06", "Tây Giang: Mặt trận xã Lăng sơ kết 6 tháng, bàn cách giữ rừng",
E("so_ket", "2022-H1", "2022-07-05"),
[P("Bhriu Thị Nhên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Alăng Văn Hội", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang"),
 P("Bríu Pố", "già làng"),
 P("Coor Bhươi", "Trưởng Ban công tác Mặt trận thôn Bhờ Hôồng")],
[Q("9 thôn", 9, "thôn"), Q("hơn 4.200ha", 4200, "ha", "over"), Q("126 hộ", 126, "hộ"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"), Q("2 hộ", 2, "hộ"), Q("38 suất học bổng", 38, "suất học bổng"),
 Q("2 buổi gặp mặt", 2, "buổi gặp mặt"), Q("22 ý kiến", 22, "ý kiến"), Q("4/5 vụ mâu thuẫn về đất rẫy", 4, "vụ mâu thuẫn về đất rẫy"),
 Q("ít nhất 15 hộ nghèo", 15, "hộ nghèo", "over"), Q("2 tập thể", 2, "tập thể"), Q("4 cá nhân", 4, "cá nhân")],
[D("Kế hoạch", "37", "KH/HU", "2022-03-10", "Ban Thường vụ Huyện ủy Tây Giang", "Kế hoạch số 37-KH/HU ngày 10/3/2022"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Quảng Nam"), com("Lăng")],
["Báo Quảng Nam", "Xã hội › Mặt trận", "Toàn cảnh hội nghị. Ảnh: ALĂNG NGƯỚC", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật lúc 10:05 ngày 06/07/2022", "6 tháng đầu năm 2022", "6 tháng cuối năm", "quá 3 ngày"]))

PAGES.append(page("b3250-hanoi-mttq-phuong-giaoban-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức > Mặt trận cơ sở
Ngày đăng 04/10/2024 | 14:35
Đồng chí Ngô Thị Thu Hà chủ trì giao ban.
Phường Ngọc Thụy giao ban công tác Mặt trận quý III
(Hà Nội) - Chiều 2/10, Ban Thường trực Ủy ban MTTQ Việt Nam phường Ngọc Thụy tổ chức giao ban công tác Mặt trận quý III năm 2024 với 17 Ban công tác Mặt trận tổ dân phố. Đồng chí Ngô Thị Thu Hà, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Báo cáo cho thấy, sau cơn bão số 3 (Yagi), Mặt trận phường đã tiếp nhận hơn 1,36 tỷ đồng ủng hộ đồng bào các tỉnh miền núi phía Bắc và 3.200 thùng hàng thiết yếu; huy động khoảng 450 lượt đoàn viên, hội viên dọn dẹp cây đổ, vệ sinh môi trường ở các tổ dân phố ven sông Hồng. 14 hộ ở khu vực bãi giữa bị ngập được di dời tạm thời đến nơi an toàn.
Trong quý, các Ban công tác Mặt trận đã nắm và phản ánh 26 ý kiến, kiến nghị của nhân dân, trong đó có 11 ý kiến về tình trạng ùn tắc trên đường Ngọc Thụy và việc đổ trộm phế thải. Ban Thường trực đã chuyển UBND phường xem xét, đến nay có 19 ý kiến được giải quyết. Phường cũng đã hoàn thành 6/6 cuộc giám sát theo chương trình năm, tập trung vào việc thực hiện Luật Thực hiện dân chủ ở cơ sở.
Tại giao ban, bà Đỗ Thị Minh, Trưởng Ban công tác Mặt trận tổ dân phố số 9, đề nghị phường bố trí thêm thùng rác và đèn chiếu sáng ở ngõ 260; ông Tạ Quang Huy, tổ dân phố số 14, phản ánh một số hộ kinh doanh lấn chiếm lòng đường.
Kết luận giao ban, đồng chí Ngô Thị Thu Hà đề nghị quý IV các Ban công tác Mặt trận tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 17 khu dân cư; thực hiện Kế hoạch số 186/KH-MTTQ-BTT ngày 16/9/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Long Biên về vận động ủng hộ khắc phục hậu quả bão số 3; tổ chức lấy ý kiến nhân dân đối với dự thảo Nghị quyết về đổi mới hoạt động của tổ dân phố. Đồng chí cũng lưu ý rà soát, hỗ trợ 5 hộ cận nghèo trước mùa đông.
Phát biểu tại hội nghị, ông Lương Văn Khánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, thông báo kế hoạch tặng quà cho 120 hộ có hoàn cảnh khó khăn nhân kỷ niệm 94 năm Ngày truyền thống Mặt trận.
Thu Hằng
Tin khác
- Long Biên: Mặt trận quận tiếp nhận ủng hộ đồng bào bị ảnh hưởng bão số 3 (12/9/2024)
- Phường Bồ Đề tổ chức hội nghị đại biểu nhân dân (25/8/2024)
- Giám sát việc thu gom rác thải tại phường Thạch Bàn (09/8/2024)
- Mặt trận phường Ngọc Thụy ra mắt mô hình "Ngõ phố văn minh" (26/7/2024)
- Long Biên: hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (18/7/2024)
- Phường Gia Thụy trao 20 suất học bổng cho học sinh nghèo vượt khó (30/6/2024)
Trang thông tin điện tử Ủy ban MTTQ Việt Nam quận Long Biên, Hà Nội. Địa chỉ: số 1 phố Vạn Hạnh, phường Việt Hưng. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2024-10-04", "Phường Ngọc Thụy giao ban công tác Mặt trận quý III",
E("giao_ban", "2024-Q3", "2024-10-02"),
[P("Ngô Thị Thu Hà", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đỗ Thị Minh", "Trưởng Ban công tác Mặt trận tổ dân phố số 9"),
 P("Tạ Quang Huy"),
 P("Lương Văn Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("17 Ban công tác Mặt trận tổ dân phố", 17, "Ban công tác Mặt trận tổ dân phố"), Q("hơn 1,36 tỷ đồng", 1360000000, "đồng", "over"),
 Q("3.200 thùng hàng thiết yếu", 3200, "thùng hàng thiết yếu"), Q("khoảng 450 lượt đoàn viên, hội viên", 450, "lượt đoàn viên, hội viên", "approx"),
 Q("14 hộ", 14, "hộ"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("11 ý kiến", 11, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"),
 Q("6/6 cuộc giám sát", 6, "cuộc giám sát"), Q("17 khu dân cư", 17, "khu dân cư"), Q("5 hộ cận nghèo", 5, "hộ cận nghèo"), Q("120 hộ", 120, "hộ")],
[D("Kế hoạch", "186", "KH-MTTQ-BTT", "2024-09-16", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Long Biên", "Kế hoạch số 186/KH-MTTQ-BTT ngày 16/9/2024")],
[prov("Hà Nội"), com("Ngọc Thụy")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức > Mặt trận cơ sở",
 "Đồng chí Ngô Thị Thu Hà chủ trì giao ban.", "Luật Thực hiện dân chủ ở cơ sở", "Ngày hội Đại đoàn kết toàn dân tộc", "Yagi"],
["Ngày đăng 04/10/2024 | 14:35", "quý III năm 2024", "bão số 3", "ngõ 260", "94 năm", "tổ dân phố số 14", "quý IV"]))
