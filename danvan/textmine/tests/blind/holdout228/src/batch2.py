from lib import *
PAGES = []

PAGES.append(page("b5435-ninhbinh-mttq-giamsat-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH
Trang chủ :: Tin tức :: Giám sát và phản biện xã hội
15-09-2017 09:40
Giám sát việc thực hiện chính sách hỗ trợ người dân vùng lõi di sản Tràng An
Ngày 14/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Ninh Bình do ông Đinh Văn Hùng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2017 tại UBND huyện Hoa Lư và các xã Trường Yên, Ninh Hải về việc thực hiện chính sách hỗ trợ người dân chở đò, làm dịch vụ trong vùng lõi Quần thể danh thắng Tràng An.
Đoàn giám sát làm việc tại xã Trường Yên.
Cuộc giám sát thực hiện theo Kế hoạch số 42/KH-MTTQ-BTT ngày 10/7/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Nội dung giám sát tập trung vào Quyết định số 1230/QĐ-UBND ngày 16/8/2016 của UBND tỉnh quy định mức chi trả cho người chèo đò và Nghị quyết số 15-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng gắn với bảo tồn di sản.
Báo cáo của UBND huyện cho biết, vùng lõi di sản hiện có 2.310 lao động chèo đò, trong đó trên 70% là phụ nữ trung tuổi. Năm 2016, mỗi lao động được chi trả bình quân 3,8 triệu đồng/tháng; huyện đã hỗ trợ 156 hộ chuyển đổi sang làm homestay, nhà hàng đặc sản dê núi, cơm cháy. Khu di sản đón gần 4,6 triệu lượt khách, trong đó khoảng 650.000 lượt khách quốc tế.
Qua giám sát, đoàn ghi nhận chính quyền đã công khai danh sách, lịch trình chèo đò theo số thứ tự; tuy nhiên vẫn còn 27 ý kiến phản ánh của người dân về việc chia lượt chưa công bằng, 9 trường hợp chưa được đóng bảo hiểm xã hội tự nguyện. Một số hộ làm nghề thêu ren Văn Lâm ở xã Ninh Hải chưa tiếp cận được vốn vay ưu đãi.
Tại buổi làm việc, bà Phạm Thị Yến, Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Yên, đề nghị tỉnh hỗ trợ mua áo phao, nón lá đồng phục cho người chèo đò. Ông Trần Quang Bảy, Phó Chủ tịch UBND huyện Hoa Lư, tiếp thu và cam kết rà soát lại quy chế luân phiên trước ngày 30/10.
Tham gia đoàn có các ông Vũ Đức Thịnh, Bùi Văn Hiếu - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đại diện Hội Nông dân, Liên đoàn Lao động tỉnh và Sở Du lịch.
Kết luận buổi giám sát, ông Đinh Văn Hùng đề nghị huyện nghiên cứu nâng mức chi trả lên tối thiểu 4 triệu đồng/tháng, hoàn thiện cơ chế để người dân thực sự là chủ thể của du lịch di sản, hằng quý công khai nguồn thu phí tham quan dành cho cộng đồng. Sau giám sát, Ban Thường trực sẽ tổng hợp kiến nghị gửi UBND tỉnh theo quy định.
Thu Hằng
Lượt xem: 1.287
Tin khác
- Hội nghị phản biện dự thảo quy định về quản lý khu du lịch Tam Cốc - Bích Động (05/09/2017)
- Kim Sơn: vận động người dân giữ nghề cói truyền thống (28/08/2017)
- Mặt trận Yên Mô giám sát thực hiện dân chủ ở cơ sở (17/08/2017)
""", "2017-09-15", "Giám sát việc thực hiện chính sách hỗ trợ người dân vùng lõi di sản Tràng An",
E("giam_sat", "2017", "2017-09-14"),
[P("Đinh Văn Hùng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Yến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Yên"),
 P("Trần Quang Bảy", "Phó Chủ tịch UBND huyện Hoa Lư"),
 P("Vũ Đức Thịnh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Hiếu", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2.310 lao động chèo đò", 2310, "lao động"), Q("trên 70%", 70, "%", "over"), Q("3,8 triệu đồng", 3800000, "đồng"),
 Q("156 hộ", 156, "hộ"), Q("gần 4,6 triệu lượt khách", 4600000, "lượt khách", "approx"),
 Q("khoảng 650.000 lượt khách quốc tế", 650000, "lượt khách quốc tế", "approx"), Q("27 ý kiến phản ánh", 27, "ý kiến phản ánh"),
 Q("9 trường hợp", 9, "trường hợp"), Q("tối thiểu 4 triệu đồng", 4000000, "đồng")],
[D("Kế hoạch", "42", "KH-MTTQ-BTT", "2017-07-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 42/KH-MTTQ-BTT ngày 10/7/2017"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "1230", "QĐ-UBND", "2016-08-16", "UBND tỉnh", "Quyết định số 1230/QĐ-UBND ngày 16/8/2016"),
 D("Nghị quyết", "15", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 15-NQ/TU")],
[prov("Ninh Bình"), com("Trường Yên"), com("Ninh Hải")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH", "Trang chủ :: Tin tức :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Trường Yên.", "Quần thể danh thắng Tràng An", "Lượt xem: 1.287"],
["15-09-2017 09:40", "năm 2017", "Năm 2016", "Lượt xem: 1.287"]))

PAGES.append(page("b5436-hagiang-mttq-daihoi-2019", """
BÁO HÀ GIANG ĐIỆN TỬ
Chính trị / Mặt trận - Đoàn thể
22.03.2019 | 16:05
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu MTTQ xã Lũng Cú lần thứ XII
Ngày 21/3, Ủy ban MTTQ Việt Nam xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp xã của huyện. Về dự có đồng chí Lò Văn Ón, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đồng Văn và 120 đại biểu đại diện cho trên 3.500 nhân khẩu người Mông, Lô Lô, Dao, Tày của 9 thôn.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với giữ gìn bản sắc văn hóa ở các làng văn hóa du lịch cộng đồng Lô Lô Chải, Thèn Pả. Toàn xã có 186 hộ được công nhận gia đình văn hóa, 4 thôn đạt chuẩn thôn văn hóa; nhân dân hiến trên 2.000 m2 đất, góp 4.100 ngày công làm đường lên cột cờ và sửa 27 ngôi nhà trình tường. Quỹ "Vì người nghèo" xã vận động được 186 triệu đồng, giúp xây 12 căn nhà Đại đoàn kết.
Thực hiện Nghị quyết số 06-NQ/HU ngày 3/5/2016 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch, Mặt trận xã phối hợp hướng dẫn 38 hộ Lô Lô cải tạo nhà trình tường làm homestay, đón khoảng 25.000 lượt khách mỗi năm; tỷ lệ hộ nghèo giảm từ 72,3% xuống còn 54,1%.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Ông Giàng Mí Lử được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú nhiệm kỳ 2019 - 2024; các bà Vàng Thị Sua, Sình Thị Mỷ được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 7 đại biểu dự Đại hội MTTQ huyện.
Phát biểu chỉ đạo, đồng chí Lò Văn Ón đề nghị Mặt trận xã nhiệm kỳ mới bám sát Chương trình phối hợp số 03/CTrPH-MTTQ-UBND, thực hiện tốt Quyết định số 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; vận động đồng bào giữ nghề dệt vải lanh, làm ít nhất 5 tour trải nghiệm mới, không để phát sinh người dân đeo bám khách du lịch.
Ông Sùng Mí Dính, Bí thư Đảng ủy xã Lũng Cú, đánh giá cao sự chuẩn bị của đại hội và đề nghị các chi hội Mặt trận thôn phát huy vai trò người có uy tín, già làng, trưởng họ trong việc giữ gìn phong tục tốt đẹp.
Nhiều đại biểu cho rằng trong nhiệm kỳ qua việc bảo tồn văn hóa truyền thống còn khó khăn, nhiều ngôi nhà cổ đã bị thay bằng nhà bê tông; lớp trẻ ít người biết làm trống đồng, hát dân ca Lô Lô. Đại hội thống nhất đề ra 6 chỉ tiêu chủ yếu cho nhiệm kỳ 2019 - 2024 và thông qua nghị quyết đại hội.
Mạnh Hùng
Tin liên quan
- Đồng Văn: đại hội điểm MTTQ cấp xã nhiệm kỳ 2019 - 2024 (15/03/2019)
- Mèo Vạc: khai mạc lễ hội chợ tình Khâu Vai (08/03/2019)
- Lễ hội Hoa tam giác mạch sẽ tổ chức tại Lũng Cú (01/03/2019)
""", "2019-03-22", "Đại hội đại biểu MTTQ xã Lũng Cú lần thứ XII",
E("dai_hoi", None, "2019-03-21"),
[P("Lò Văn Ón", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đồng Văn"),
 P("Giàng Mí Lử", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú nhiệm kỳ 2019 - 2024"),
 P("Vàng Thị Sua", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sình Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Mí Dính", "Bí thư Đảng ủy xã Lũng Cú")],
[Q("120 đại biểu", 120, "đại biểu"), Q("trên 3.500 nhân khẩu", 3500, "nhân khẩu", "over"), Q("9 thôn", 9, "thôn"),
 Q("186 hộ", 186, "hộ"), Q("4 thôn", 4, "thôn"), Q("trên 2.000 m2", 2000, "m2", "over"), Q("4.100 ngày công", 4100, "ngày công"),
 Q("27 ngôi nhà trình tường", 27, "ngôi nhà trình tường"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("38 hộ Lô Lô", 38, "hộ Lô Lô"),
 Q("khoảng 25.000 lượt khách", 25000, "lượt khách", "approx"), Q("72,3%", 72.3, "%"), Q("54,1%", 54.1, "%"),
 Q("31 vị", 31, "vị"), Q("7 đại biểu", 7, "đại biểu"), Q("ít nhất 5 tour trải nghiệm mới", 5, "tour trải nghiệm mới", "over"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu")],
[D("Nghị quyết", "06", "NQ/HU", "2016-05-03", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 06-NQ/HU ngày 3/5/2016"),
 D("Chương trình phối hợp", "03", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTrPH-MTTQ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW")],
[prov("Hà Giang"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Chính trị / Mặt trận - Đoàn thể", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Lô Lô Chải", "Thèn Pả"],
["22.03.2019 | 16:05", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XII"]))

PAGES.append(page("b5437-hue-mttq-doithoai-2019", """
Báo Thừa Thiên Huế Online
Trang chủ > Chính trị > Mặt trận
Cập nhật lúc 17:20 ngày 14/08/2019
Đối thoại với người dân làng nghề hương Thủy Xuân
Ngày 13/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND thành phố Huế tổ chức hội nghị đối thoại năm 2019 giữa người đứng đầu chính quyền với người dân làng nghề làm hương, nón lá và các hộ kinh doanh dịch vụ du lịch ở phường Thủy Xuân. Gần 150 người dân đã tham dự.
Chủ trì đối thoại có ông Nguyễn Văn Phước, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và ông Hoàng Hải Minh, Phó Chủ tịch UBND thành phố Huế.
Người dân làng hương Thủy Xuân trao đổi tại buổi đối thoại.
Làng hương Thủy Xuân hiện có 54 hộ làm hương, với khoảng 400 lao động; mỗi ngày đón từ 800 đến 1.000 lượt khách tham quan, chụp ảnh. Tại buổi đối thoại, người dân nêu 19 ý kiến, kiến nghị, tập trung vào việc quy hoạch bãi đỗ xe, tình trạng xe du lịch chắn lối vào nhà, việc thu phí chụp ảnh không thống nhất và việc cấp phép sửa chữa nhà ở trong vùng bảo vệ di tích lăng vua Tự Đức.
Bà Trần Thị Lài, Chi hội trưởng Chi hội phụ nữ tổ 6, phường Thủy Xuân, đề nghị thành phố hỗ trợ xây dựng nhãn hiệu tập thể "Hương Thủy Xuân". Ông Lê Văn Thiện, thợ làm nón ở xã Thủy Thanh, mong được vay vốn 50 triệu đồng để mở điểm trưng bày sản phẩm gần cầu ngói Thanh Toàn.
Trả lời các ý kiến, ông Hoàng Hải Minh cho biết thành phố đang triển khai Quyết định số 2191/QĐ-UBND ngày 24/9/2018 của UBND tỉnh phê duyệt đề án phát triển làng nghề gắn với du lịch; sẽ bố trí 2,5 tỷ đồng cải tạo đường vào làng hương và dành khoảng 3.000 m2 làm bãi đỗ xe. Việc sửa nhà trong vùng đệm di tích thực hiện theo Nghị định số 166/2018/NĐ-CP của Chính phủ, người dân được hướng dẫn thủ tục tại bộ phận một cửa phường.
Ông Nguyễn Văn Phước đề nghị UBND phường Thủy Xuân công khai kết quả giải quyết các kiến nghị trong vòng 30 ngày; Mặt trận phường giám sát việc thực hiện theo Quy chế phối hợp số 05/QCPH-MTTQ-UBND. Hội nghị đối thoại được tổ chức theo Quyết định số 218-QĐ/TW và Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy dân chủ và phát triển du lịch cộng đồng.
Sau đối thoại, đã có 14/19 ý kiến được trả lời trực tiếp; các ý kiến còn lại được chuyển các sở, ngành xem xét, trả lời bằng văn bản. Nhiều hộ dân bày tỏ phấn khởi vì lần đầu được trực tiếp trao đổi với lãnh đạo thành phố về những vướng mắc trong làm ăn, sinh sống bên di tích.
Hoài Thương
Lượt xem: 2.046
Bài viết liên quan
- Huế: ra mắt tuyến du lịch trải nghiệm làng nghề (30/07/2019)
- Phú Vang: giữ nghề đúc đồng Phường Đúc (18/07/2019)
- Hương Trà: người dân góp ý quy hoạch làng cổ Phước Tích (05/07/2019)
""", "2019-08-14", "Đối thoại với người dân làng nghề hương Thủy Xuân",
E("doi_thoai", "2019", "2019-08-13"),
[P("Nguyễn Văn Phước", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Hải Minh", "Phó Chủ tịch UBND thành phố Huế"),
 P("Trần Thị Lài", "Chi hội trưởng Chi hội phụ nữ tổ 6"),
 P("Lê Văn Thiện", "thợ làm nón")],
[Q("Gần 150 người dân", 150, "người dân", "approx"), Q("54 hộ làm hương", 54, "hộ"),
 Q("khoảng 400 lao động", 400, "lao động", "approx"), Q("từ 800", 800, "lượt khách"), Q("1.000 lượt khách", 1000, "lượt khách"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("50 triệu đồng", 50000000, "đồng"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("khoảng 3.000 m2", 3000, "m2", "approx"), Q("14/19 ý kiến", 14, "ý kiến")],
[D("Quyết định", "2191", "QĐ-UBND", "2018-09-24", "UBND tỉnh", "Quyết định số 2191/QĐ-UBND ngày 24/9/2018"),
 D("Nghị định", "166", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 166/2018/NĐ-CP"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định số 218-QĐ/TW"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Thủy Thanh")],
["Báo Thừa Thiên Huế Online", "Trang chủ > Chính trị > Mặt trận", "Người dân làng hương Thủy Xuân trao đổi tại buổi đối thoại.",
 "Hương Thủy Xuân", "Lượt xem: 2.046"],
["Cập nhật lúc 17:20 ngày 14/08/2019", "năm 2019", "30 ngày", "Lượt xem: 2.046"]))

PAGES.append(page("b5438-kontum-bdv-tongket-2020", """
Hôm nay: Thứ Hai, 21/12/2020
BAN DÂN VẬN TỈNH ỦY KON TUM
Bạn đang ở: Trang chủ › Hoạt động dân vận
Thứ Sáu, 18/12/2020
Toàn cảnh hội nghị.
Dân vận khéo giúp làng du lịch cộng đồng khởi sắc
Ngày 17/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2020 và triển khai nhiệm vụ năm 2021. Đồng chí Y Ngọc Hlơng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị, có 85 đại biểu tham dự trực tiếp và 10 điểm cầu huyện, thành phố.
Theo báo cáo do đồng chí A Ninh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, năm 2020 dù chịu ảnh hưởng của dịch Covid-19 và bão số 9, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 46, 47-KL/TU về công tác dân vận trong phát triển du lịch cộng đồng và về bảo tồn nhà rông văn hóa; tiếp tục thực hiện Quyết định số 23-QĐ/TW của Ban Bí thư về Quy chế dân vận của hệ thống chính trị và Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số.
Toàn tỉnh có 1.246 mô hình "Dân vận khéo", trong đó 58 mô hình cấp tỉnh; các làng du lịch cộng đồng Kon K'Tu, Kon Klor đón trên 42.000 lượt khách, thu nhập của người dân tăng khoảng 20%. Nhân dân hiến 13.600 m2 đất, góp 3,1 tỷ đồng và 8.500 ngày công xây dựng 36 nhà rông, sửa 14 cầu treo.
Tại hội nghị, ông A Thuyên, người có uy tín làng Kon K'Tu, xã Đăk Rơ Wa, chia sẻ việc vận động 47 hộ giữ nhà sàn gỗ, không xây nhà bê tông trong làng. Bà Y Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông, đề nghị tỉnh hỗ trợ đào tạo tiếng Anh cho thanh niên làm hướng dẫn viên. Ông Nguyễn Hữu Tín, Bí thư Đảng ủy phường Thắng Lợi, cho biết phường có 3 tổ dân phố làm dịch vụ lưu trú tại nhà.
Hội nghị cũng chỉ ra những hạn chế: một số nơi còn lúng túng khi vận động đồng bào tham gia làm du lịch, sản phẩm chủ yếu là ăn nghỉ, chưa có nhiều hoạt động trải nghiệm văn hóa; việc giữ gìn kiến trúc nhà sàn, nhà rông truyền thống gặp khó khăn do vật liệu gỗ, tranh ngày càng khan hiếm; công tác nắm tình hình nhân dân ở vùng sâu có lúc chưa kịp thời.
Phát biểu kết luận, đồng chí Y Ngọc Hlơng yêu cầu năm 2021 tiếp tục thực hiện Chỉ thị số 15-CT/TU ngày 2/6/2020 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng phong trào thi đua "Dân vận khéo"; phối hợp các ngành giữ gìn không gian cồng chiêng, lễ hội của đồng bào Ba Na, Xơ Đăng, Gia Rai; không để phát sinh điểm nóng về đất đai.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 12 tập thể, 18 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 30 mô hình tiêu biểu.
Hồng Thắm
Lượt truy cập: 412.390
Tin liên quan
- Kon Plông: nhân rộng mô hình du lịch cộng đồng ở làng Kon Pring (10/12/2020)
- Sa Thầy: vận động đồng bào Gia Rai giữ nghề dệt thổ cẩm (02/12/2020)
- Hội nghị giao ban khối dân vận quý IV (25/11/2020)
""", "2020-12-18", "Dân vận khéo giúp làng du lịch cộng đồng khởi sắc",
E("tong_ket", "2020", "2020-12-17"),
[P("Y Ngọc Hlơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Ninh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "người có uy tín làng Kon K'Tu"),
 P("Y Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
 P("Nguyễn Hữu Tín", "Bí thư Đảng ủy phường Thắng Lợi")],
[Q("85 đại biểu", 85, "đại biểu"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("1.246 mô hình", 1246, "mô hình"), Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"),
 Q("trên 42.000 lượt khách", 42000, "lượt khách", "over"), Q("khoảng 20%", 20, "%", "approx"), Q("13.600 m2", 13600, "m2"),
 Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("8.500 ngày công", 8500, "ngày công"), Q("36 nhà rông", 36, "nhà rông"),
 Q("14 cầu treo", 14, "cầu treo"), Q("47 hộ", 47, "hộ"), Q("3 tổ dân phố", 3, "tổ dân phố"), Q("12 tập thể", 12, "tập thể"),
 Q("18 cá nhân", 18, "cá nhân"), Q("30 mô hình tiêu biểu", 30, "mô hình tiêu biểu")],
[D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Kết luận", "47", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 23-QĐ/TW"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Chỉ thị", "15", "CT/TU", "2020-06-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 2/6/2020")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Thắng Lợi")],
["Hôm nay: Thứ Hai, 21/12/2020", "BAN DÂN VẬN TỈNH ỦY KON TUM", "Bạn đang ở: Trang chủ › Hoạt động dân vận", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Quy chế dân vận", "Lượt truy cập: 412.390"],
["Thứ Sáu, 18/12/2020", "năm 2020", "năm 2021", "bão số 9", "Covid-19", "Lượt truy cập: 412.390"]))

PAGES.append(page("b5439-soctrang-bdv-giaoban-2021", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ | Tin tức - Sự kiện | Dân vận các cấp
Ngày 09/04/2021 | 09:15
Ông Lâm Minh Đức phát biểu tại buổi giao ban.
Giữ gìn lễ hội, nghề truyền thống trong đồng bào Khmer
Sáng 8/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tháng 3/2021, đánh giá kết quả vận động đồng bào Khmer giữ gìn nghề truyền thống và chuẩn bị Tết cổ truyền Chôl Chnăm Thmây. Ông Lâm Minh Đức, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo cho thấy, trong tháng các cơ quan khối dân vận đã triển khai Kế hoạch số 64-KH/BDVTU ngày 1/3/2021 của Ban Dân vận Tỉnh ủy về vận động chức sắc, chức việc, sư sãi tham gia bảo tồn văn hóa, cùng Hướng dẫn 08, 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong du lịch cộng đồng. Ngành chức năng phổ biến Quyết định số 414/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị số 19-CT/TW của Ban Bí thư về công tác đối với đồng bào Khmer.
Toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer, trong đó 4 chùa là điểm du lịch thu hút trên 60.000 lượt khách mỗi năm. Trong tháng, các ngành vận động được 540 triệu đồng hỗ trợ 18 đội ghe ngo và 21 đội nhạc ngũ âm; mở 6 lớp dạy đan đát cho 150 lao động nông thôn; khoảng 85% điểm chùa đã xây dựng nội quy đón khách.
Tại giao ban, Thượng tọa Lý Hùng, trụ trì chùa Kh'Leang, đề nghị hỗ trợ trùng tu tháp chuông. Bà Thạch Thị Sa Phia, Chủ tịch Hội LHPN xã Tài Văn, cho biết tổ đan lục bình của xã có 34 chị em, mỗi tháng thu nhập thêm 2 triệu đồng/người. Ông Sơn Ngọc Thạnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Viên An, kiến nghị sớm đưa lò bánh pía vào danh mục sản phẩm OCOP.
Kết luận giao ban, ông Lâm Minh Đức đề nghị tháng 4 khối dân vận phối hợp thăm, chúc Tết 92 chùa, các vị chức sắc tiêu biểu, người có uy tín; nắm chắc tình hình dư luận, không để phát sinh tụ tập đông người trong dịp lễ; chuẩn bị nội dung sơ kết quý II.
Cùng dự giao ban có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lợi, Kim Thị Sa Rương; lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và Ban Dân tộc tỉnh.
Nhiều ý kiến đề nghị tiếp tục tuyên truyền để người dân ở các phum, sóc hiểu rõ giá trị của di sản, giữ gìn lễ Ok Om Bok, đua ghe ngo theo đúng nghi thức truyền thống, không thương mại hóa lễ hội; cùng với đó, vận động thanh niên Khmer theo học nghề đan đát, làm bánh truyền thống để có việc làm tại chỗ.
Kim Hằng
Lượt xem: 905
Các tin đã đưa
- Sóc Trăng: trao 1.000 phần quà Tết Chôl Chnăm Thmây (05/04/2021)
- Trần Đề: vận động bà con giữ nghề làm bánh pía (26/03/2021)
- Giao ban khối dân vận tháng 2/2021 (10/03/2021)
""", "2021-04-09", "Giữ gìn lễ hội, nghề truyền thống trong đồng bào Khmer",
E("giao_ban", "2021-03", "2021-04-08"),
[P("Lâm Minh Đức", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Thượng tọa", "trụ trì chùa Kh'Leang"),
 P("Thạch Thị Sa Phia", "Chủ tịch Hội LHPN xã Tài Văn"),
 P("Sơn Ngọc Thạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Viên An"),
 P("Trần Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Rương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("4 chùa", 4, "chùa"),
 Q("trên 60.000 lượt khách", 60000, "lượt khách", "over"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("18 đội ghe ngo", 18, "đội ghe ngo"), Q("21 đội nhạc ngũ âm", 21, "đội nhạc ngũ âm"), Q("6 lớp dạy đan đát", 6, "lớp dạy đan đát"),
 Q("150 lao động nông thôn", 150, "lao động nông thôn"), Q("khoảng 85%", 85, "%", "approx"), Q("34 chị em", 34, "chị em"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "64", "KH/BDVTU", "2021-03-01", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 64-KH/BDVTU ngày 1/3/2021"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, None, "Hướng dẫn 08, 09-HD/BDVTU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, None, "Hướng dẫn 08, 09-HD/BDVTU"),
 D("Quyết định", "414", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 414/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW")],
[prov("Sóc Trăng"), com("Tài Văn"), com("Viên An")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ | Tin tức - Sự kiện | Dân vận các cấp",
 "Ông Lâm Minh Đức phát biểu tại buổi giao ban.", "Dân vận khéo", "Lượt xem: 905"],
["Ngày 09/04/2021 | 09:15", "tháng 3/2021", "tháng 4", "quý II", "Lượt xem: 905"]))

PAGES.append(page("b5440-bentre-mttq-hoinghi-2022", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự >> Mặt trận - Đoàn thể
2022-05-26 16:40
Phản biện đề án phát triển du lịch cộng đồng gắn với làng nghề dừa
Sáng 25/5, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội năm 2022 đối với dự thảo Đề án phát triển du lịch cộng đồng gắn với làng nghề dừa giai đoạn 2022 - 2025. Ông Võ Văn Tâm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị với sự tham dự của 72 đại biểu.
Quang cảnh hội nghị phản biện. Ảnh: Hữu Hiệp
Theo dự thảo do Sở Văn hóa, Thể thao và Du lịch xây dựng, tỉnh sẽ hỗ trợ hình thành 15 điểm du lịch cộng đồng, trong đó 6 điểm tại các cồn trên sông Tiền; phấn đấu đến năm 2025 đón 2,5 triệu lượt khách, doanh thu từ du lịch cộng đồng chiếm ít nhất 30% tổng thu du lịch. Tổng kinh phí dự kiến 48 tỷ đồng, mỗi hộ làm homestay được hỗ trợ tối đa 50 triệu đồng/hộ.
Hội nghị căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 18/KH-MTTQ-BTT ngày 4/3/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Dự thảo đề án cũng cụ thể hóa Nghị quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn.
Tại hội nghị, các đại biểu góp 28 ý kiến. TS. Nguyễn Văn Bé, Phó Hiệu trưởng Trường Cao đẳng Bến Tre, đề nghị làm rõ vai trò của tổ hợp tác và hợp tác xã làng nghề. Ông Phạm Văn Đực, Chủ tịch Hội Nông dân xã Tân Thạch, cho biết xã có 320 hộ làm kẹo dừa, đan giỏ lục bình nhưng chỉ 40 hộ đủ điều kiện đón khách. Bà Huỳnh Thị Ngọc Lan, Giám đốc Hợp tác xã du lịch cộng đồng cồn Phụng, kiến nghị nâng mức hỗ trợ vay vốn và đào tạo kỹ năng ngoại ngữ cho khoảng 200 lao động địa phương.
Ông Lê Hoàng Sang, Chủ tịch Ủy ban MTTQ Việt Nam xã Quới Sơn, nêu thực trạng rác thải nhựa trên sông, đề nghị đề án bổ sung tiêu chí bảo vệ môi trường; ông Trần Thanh Tùng, Trưởng phòng Quản lý du lịch Sở Văn hóa, Thể thao và Du lịch tiếp thu, giải trình.
Kết luận hội nghị, ông Võ Văn Tâm đề nghị cơ quan soạn thảo tiếp thu ý kiến, bảo đảm người dân là chủ thể, hưởng lợi chính đáng từ du lịch; Ban Thường trực sẽ có văn bản phản biện gửi UBND tỉnh trước ngày 10/6.
Nhiều đại biểu cũng lưu ý cần gắn đề án với việc giữ gìn các di tích, nhà cổ, lò kẹo dừa truyền thống; tránh bê tông hóa ven sông làm mất vẻ đẹp sông nước miệt vườn, vốn là sức hút chính của du lịch xứ dừa.
Hữu Hiệp
Xem thêm
- Mỏ Cày Nam: giữ nghề đan giỏ lục bình (18/05/2022)
- Chợ Lách: ra mắt tuyến du lịch làng hoa kiểng Cái Mơn (06/05/2022)
- Mặt trận tỉnh giám sát thực hiện chính sách với người có công (22/04/2022)
""", "2022-05-26", "Phản biện đề án phát triển du lịch cộng đồng gắn với làng nghề dừa",
E("hoi_nghi", "2022", "2022-05-25"),
[P("Võ Văn Tâm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bé", "TS.", "Phó Hiệu trưởng Trường Cao đẳng Bến Tre"),
 P("Phạm Văn Đực", "Chủ tịch Hội Nông dân xã Tân Thạch"),
 P("Huỳnh Thị Ngọc Lan", "Giám đốc Hợp tác xã du lịch cộng đồng cồn Phụng"),
 P("Lê Hoàng Sang", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quới Sơn"),
 P("Trần Thanh Tùng", "Trưởng phòng Quản lý du lịch Sở Văn hóa, Thể thao và Du lịch")],
[Q("72 đại biểu", 72, "đại biểu"), Q("15 điểm du lịch cộng đồng", 15, "điểm du lịch cộng đồng"), Q("6 điểm", 6, "điểm"),
 Q("2,5 triệu lượt khách", 2500000, "lượt khách"), Q("ít nhất 30%", 30, "%", "over"), Q("48 tỷ đồng", 48000000000, "đồng"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("28 ý kiến", 28, "ý kiến"), Q("320 hộ", 320, "hộ"), Q("40 hộ", 40, "hộ"),
 Q("khoảng 200 lao động", 200, "lao động", "approx")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2022-03-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 4/3/2022"),
 D("Nghị quyết", "08", "NQ/TW", "2017-01-16", "Bộ Chính trị", "Nghị quyết số 08-NQ/TW ngày 16/1/2017")],
[prov("Bến Tre"), com("Tân Thạch"), com("Quới Sơn")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự >> Mặt trận - Đoàn thể", "Quang cảnh hội nghị phản biện. Ảnh: Hữu Hiệp",
 "Đề án phát triển du lịch cộng đồng gắn với làng nghề dừa"],
["2022-05-26 16:40", "năm 2022", "giai đoạn 2022 - 2025", "đến năm 2025"]))
