from lib import *
PAGES = []

PAGES.append(page("b6947-binhduong-tiepcanpl-hoinghi-2017", """
BÁO BÌNH DƯƠNG ONLINE
Vị trí: Trang chủ › Chính trị › Pháp luật
Thứ Sáu, 16/6/2017 - 07:50
Đồng chí Đặng Minh Hưng phát biểu chỉ đạo tại hội nghị.
Triển khai xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật
(BDO) Chiều 15/6, UBND tỉnh Bình Dương tổ chức hội nghị triển khai Quyết định số 619/QĐ-TTg ngày 8/5/2017 của Thủ tướng Chính phủ ban hành Quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật. Đồng chí Đặng Minh Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị. Cùng dự có các Phó Giám đốc Sở Tư pháp: Lê Thị Ngọc Hân, Trương Văn Lộc và gần 250 đại biểu là lãnh đạo UBND, công chức tư pháp - hộ tịch của 91 xã, phường, thị trấn.
Theo Sở Tư pháp, giai đoạn 2014 - 2016, tỉnh có 89/91 xã, phường, thị trấn được công nhận đạt chuẩn tiếp cận pháp luật theo Quyết định 09/2013/QĐ-TTg. Bộ tiêu chí mới theo Quyết định 619 gồm 5 tiêu chí, 25 chỉ tiêu, yêu cầu cao hơn về công khai thủ tục hành chính, hòa giải ở cơ sở và bảo đảm quyền tiếp cận thông tin của người dân; mỗi chỉ tiêu đạt tối đa 10 điểm.
Ông Trương Văn Lộc lưu ý, nhiều phường ở Thuận An, Dĩ An có trên 70% dân số là người nhập cư, lao động ngoại tỉnh, nên việc đưa pháp luật đến với người dân phải gắn với khu nhà trọ, doanh nghiệp. Năm 2016, các địa phương đã tổ chức 1.320 cuộc tuyên truyền tại khu nhà trọ, thu hút khoảng 86.000 lượt công nhân tham dự.
Phát biểu tham luận, bà Huỳnh Thị Kim Yến, công chức tư pháp - hộ tịch phường Phú Hòa, thành phố Thủ Dầu Một, chia sẻ phường đã lập 14 tổ hòa giải ở khu phố, mời chủ nhà trọ làm tổ viên. Ông Nguyễn Văn Bé Tư, Chủ tịch UBND xã An Điền, thị xã Bến Cát, cho biết xã thuần nông nhưng đang có nhiều dự án thu hồi đất nên đơn thư tăng, xã đã dành 45 triệu đồng để in tờ gấp về bồi thường, hỗ trợ, tái định cư.
Chỉ đạo hội nghị, đồng chí Đặng Minh Hưng yêu cầu Sở Tư pháp tham mưu UBND tỉnh ban hành kế hoạch thực hiện trước ngày 30/6/2017; các huyện, thị xã, thành phố thành lập Hội đồng đánh giá tiếp cận pháp luật; Chủ tịch UBND cấp xã chịu trách nhiệm trực tiếp về kết quả đánh giá, không chạy theo thành tích. Đồng chí nhấn mạnh phải gắn việc xây dựng xã đạt chuẩn tiếp cận pháp luật với Chương trình mục tiêu quốc gia xây dựng nông thôn mới và đô thị văn minh.
Đại diện Ủy ban MTTQ tỉnh đề nghị khi chấm điểm cần lấy ý kiến người dân về mức độ hài lòng, không chỉ dựa vào hồ sơ, báo cáo của xã. Một số địa phương kiến nghị có hướng dẫn cụ thể về cách tính tỷ lệ vụ việc hòa giải thành và cách xác định "thủ tục hành chính được giải quyết đúng hạn" ở những xã có lượng hồ sơ lớn.
Theo kế hoạch, năm 2017 tỉnh phấn đấu không dưới 90% xã, phường, thị trấn đạt chuẩn; đến năm 2020 đạt 100%.
Xuân Thi
Tin cùng chuyên mục
- Thủ Dầu Một: đối thoại pháp luật với người lao động (09/06/2017)
- Bến Cát tuyên truyền Luật Tiếp cận thông tin (30/05/2017)
- Bàu Bàng: hòa giải thành 95% vụ việc ở cơ sở (22/05/2017)
""", "2017-06-16", "Triển khai xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
E("hoi_nghi", None, "2017-06-15"),
[P("Đặng Minh Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Lê Thị Ngọc Hân", "Phó Giám đốc Sở Tư pháp"),
 P("Trương Văn Lộc", "Phó Giám đốc Sở Tư pháp"),
 P("Huỳnh Thị Kim Yến", "công chức tư pháp - hộ tịch phường Phú Hòa"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch UBND xã An Điền")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("89/91 xã, phường, thị trấn", 89, "xã, phường, thị trấn"), Q("5 tiêu chí", 5, "tiêu chí"), Q("25 chỉ tiêu", 25, "chỉ tiêu"),
 Q("tối đa 10 điểm", 10, "điểm"), Q("trên 70%", 70, "%", "over"), Q("1.320 cuộc tuyên truyền", 1320, "cuộc tuyên truyền"),
 Q("khoảng 86.000 lượt công nhân", 86000, "lượt công nhân", "approx"), Q("14 tổ hòa giải", 14, "tổ hòa giải"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("không dưới 90%", 90, "%", "over"), Q("100%", 100, "%")],
[D("Quyết định", "619", "QĐ-TTg", "2017-05-08", "Thủ tướng Chính phủ", "Quyết định số 619/QĐ-TTg ngày 8/5/2017"),
 D("Quyết định", "09", "2013/QĐ-TTg", None, None, "Quyết định 09/2013/QĐ-TTg")],
[prov("Bình Dương"), com("Phú Hòa"), com("An Điền")],
["BÁO BÌNH DƯƠNG ONLINE", "Vị trí: Trang chủ › Chính trị › Pháp luật", "Đồng chí Đặng Minh Hưng phát biểu chỉ đạo tại hội nghị.",
 "(BDO)", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "thủ tục hành chính được giải quyết đúng hạn"],
["Thứ Sáu, 16/6/2017 - 07:50", "giai đoạn 2014 - 2016", "Năm 2016", "năm 2017", "năm 2020", "Quyết định 619"]))

PAGES.append(page("b6948-sonla-tusachphapluat-traoqua-2018", """
SƠN LA ĐIỆN TỬ - Cổng thông tin của Sở Tư pháp
Tin tức :: Phổ biến giáo dục pháp luật
12.11.2018 | 07:45
Trao tặng tủ sách pháp luật và quà cho hòa giải viên xã vùng biên
Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2018, ngày 10/11, Sở Tư pháp phối hợp với Hội Luật gia tỉnh Sơn La và Bộ đội Biên phòng tỉnh tổ chức trao tặng tủ sách pháp luật, quà cho các tổ hòa giải và hộ nghèo tại xã Chiềng On, huyện Yên Châu.
Bà Cầm Thị Phong, Phó Giám đốc Sở Tư pháp, trao tủ sách cho xã Chiềng On.
Đoàn công tác do bà Cầm Thị Phong, Phó Giám đốc Sở Tư pháp dẫn đầu. Tham gia có ông Lò Văn Mừng, Chủ tịch Hội Luật gia tỉnh và đại diện Đồn Biên phòng Chiềng On.
Tại buổi lễ, đoàn đã trao 1 tủ sách pháp luật với 320 cuốn sách, tài liệu về đất đai, hôn nhân và gia đình, phòng chống ma túy, mua bán người, trị giá khoảng 25 triệu đồng; trao 12 bộ tài liệu nghiệp vụ cho 12 tổ hòa giải ở các bản và 60 suất quà cho hộ nghèo, mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt. Tổng giá trị quà tặng hơn 40 triệu đồng, do cán bộ, công chức Sở Tư pháp và hội viên Hội Luật gia đóng góp.
Ông Giàng A Dế, Chủ tịch UBND xã Chiềng On, cho biết xã có 11 bản với 1.142 hộ, trên 80% là đồng bào Mông, Thái; tỷ lệ hộ nghèo còn 46,5%. Xã giáp biên, tình trạng tảo hôn, kết hôn không đăng ký và vận chuyển trái phép chất ma túy vẫn còn. Năm 2018, 12 tổ hòa giải của xã đã hòa giải thành 27 vụ việc; công chức tư pháp - hộ tịch xã phối hợp với bộ đội biên phòng mở 16 buổi tuyên truyền lưu động tại các bản.
Anh Sùng A Chinh, Tổ trưởng tổ hòa giải bản Phiêng Ban, xúc động nói: "Trước đây tổ hòa giải chỉ có cuốn sổ ghi chép, nay có sách, có tài liệu bằng hình ảnh, chúng tôi sẽ đọc cho bà con cùng nghe trong các buổi họp bản".
Dịp này, Sở Tư pháp cũng ra mắt mô hình "Bản không có người vi phạm pháp luật" tại bản Nà Khoang. Đại diện Sở đề nghị cấp ủy, chính quyền xã phân công người quản lý tủ sách, mở cửa phục vụ vào các ngày nghỉ, định kỳ luân chuyển sách xuống các bản xa.
Trong năm 2018, Sở Tư pháp đã trao 8 tủ sách pháp luật cho các xã đặc biệt khó khăn, biên giới trong tỉnh.
Theo đánh giá của Sở Tư pháp, nhu cầu tìm hiểu pháp luật của người dân vùng cao ngày càng lớn, nhất là về đất đai, thừa kế, hôn nhân; song điều kiện tiếp cận còn hạn chế do giao thông khó khăn, nhiều người chưa biết chữ phổ thông. Vì vậy, bên cạnh sách, Sở chú trọng biên soạn tài liệu hình ảnh, tranh cổ động, băng đĩa tiếng dân tộc để phát trên loa truyền thanh của bản. Đội ngũ hòa giải viên, trưởng bản, người có uy tín được xác định là lực lượng nòng cốt đưa pháp luật đến từng hộ gia đình.
Lò Thị Hằng
Lượt đọc: 415
Các tin khác
- Mộc Châu tổ chức cuộc thi tìm hiểu pháp luật về hòa giải ở cơ sở (05/11/2018)
- Tập huấn nghiệp vụ cho công chức tư pháp - hộ tịch cấp xã năm 2018 (25/10/2018)
- Sốp Cộp: tuyên truyền pháp luật bằng tiếng Thái, tiếng Mông (18/10/2018)
""", "2018-11-12", "Trao tặng tủ sách pháp luật và quà cho hòa giải viên xã vùng biên",
E("trao_qua", None, "2018-11-10"),
[P("Cầm Thị Phong", "Phó Giám đốc Sở Tư pháp"),
 P("Lò Văn Mừng", "Chủ tịch Hội Luật gia tỉnh"),
 P("Giàng A Dế", "Chủ tịch UBND xã Chiềng On"),
 P("Sùng A Chinh", "Tổ trưởng tổ hòa giải bản Phiêng Ban")],
[Q("320 cuốn sách, tài liệu", 320, "cuốn sách, tài liệu"), Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"),
 Q("12 bộ tài liệu nghiệp vụ", 12, "bộ tài liệu nghiệp vụ"), Q("12 tổ hòa giải", 12, "tổ hòa giải"),
 Q("60 suất quà", 60, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 40 triệu đồng", 40000000, "đồng", "over"), Q("11 bản", 11, "bản"), Q("1.142 hộ", 1142, "hộ"),
 Q("trên 80%", 80, "%", "over"), Q("46,5%", 46.5, "%"), Q("27 vụ việc", 27, "vụ việc"),
 Q("16 buổi tuyên truyền lưu động", 16, "buổi tuyên truyền lưu động"), Q("8 tủ sách pháp luật", 8, "tủ sách pháp luật")],
[],
[prov("Sơn La"), com("Chiềng On")],
["SƠN LA ĐIỆN TỬ - Cổng thông tin của Sở Tư pháp", "Tin tức :: Phổ biến giáo dục pháp luật",
 "Bà Cầm Thị Phong, Phó Giám đốc Sở Tư pháp, trao tủ sách cho xã Chiềng On.", "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
 "Bản không có người vi phạm pháp luật", "Đồn Biên phòng Chiềng On", "Lượt đọc: 415"],
["12.11.2018 | 07:45", "năm 2018", "1 tủ sách pháp luật", "Năm 2018", "Lượt đọc: 415"]))

PAGES.append(page("b6949-dongthap-ubnd-baocao-pbgdpl-2019", """
Hôm nay: Thứ Hai, 23/12/2019
BÁO ĐỒNG THÁP ONLINE
Trang chủ >> Pháp luật >> Tin tức
Cập nhật lúc 10:05 ngày 20/12/2019
Năm 2019: 143 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật
UBND tỉnh Đồng Tháp vừa có Báo cáo số 412/BC-UBND ngày 18/12/2019 về kết quả công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2019 gửi Bộ Tư pháp.
Theo báo cáo, năm 2019 Hội đồng phối hợp PBGDPL tỉnh đã triển khai Kế hoạch số 34, 35/KH-HĐPH về tuyên truyền các luật mới có hiệu lực và về phổ biến pháp luật cho người dân vùng biên giới. Các sở, ngành, địa phương tổ chức 6.870 cuộc tuyên truyền trực tiếp với hơn 412.000 lượt người dự; phát hành khoảng 95.000 tài liệu các loại; phát sóng 1.260 tin, bài trên hệ thống truyền thanh cơ sở. Tổng kinh phí bố trí cho công tác PBGDPL và hòa giải cơ sở là 5,8 tỷ đồng, tăng 14% so với năm trước.
Toàn tỉnh có 1.493 tổ hòa giải với 9.071 hòa giải viên. Trong năm, các tổ đã tiếp nhận 2.108 vụ việc, hòa giải thành 1.746 vụ việc, đạt 82,8%. Đến nay, 143/144 xã, phường, thị trấn được công nhận đạt chuẩn tiếp cận pháp luật, riêng xã Tân Hộ Cơ chưa đạt do chỉ tiêu về hòa giải và giải quyết thủ tục hành chính.
Về đội ngũ, 100% xã, phường, thị trấn bố trí đủ 2 công chức tư pháp - hộ tịch; 96% có trình độ đại học luật. Đội ngũ báo cáo viên pháp luật cấp tỉnh có 72 người, cấp huyện 226 người; tuyên truyền viên pháp luật cấp xã có khoảng 2.900 người.
Báo cáo cũng nêu các mô hình hiệu quả như "Ngày thứ Năm pháp luật" tại thành phố Sa Đéc, "Cà phê pháp luật" tại phường 1, thành phố Cao Lãnh, "Tổ hòa giải kết hợp tổ tự quản" ở xã Mỹ Xương. Nhiều xã đã mời chức sắc tôn giáo, người có uy tín tham gia tổ hòa giải.
Bên cạnh kết quả, UBND tỉnh thừa nhận một số hạn chế: nội dung tuyên truyền ở vài nơi còn dàn trải; việc đánh giá hiệu quả phụ thuộc vào báo cáo; thù lao hòa giải viên thấp so với công sức bỏ ra. UBND tỉnh đề xuất Bộ Tư pháp sớm sửa đổi Quyết định số 619/QĐ-TTg của Thủ tướng Chính phủ theo hướng giảm chỉ tiêu hồ sơ, tăng chỉ tiêu đo sự hài lòng của người dân.
Báo cáo do ông Phạm Thiện Nghĩa, Phó Chủ tịch UBND tỉnh ký. Theo ông Lê Văn Đặng, Giám đốc Sở Tư pháp, năm 2020 ngành sẽ tập trung nâng chất các xã đã đạt chuẩn và phấn đấu tất cả các xã giữ vững chuẩn tiếp cận pháp luật; đồng thời đổi mới hình thức tuyên truyền theo hướng ứng dụng công nghệ thông tin, tăng cường phổ biến pháp luật qua mạng xã hội và nhóm Zalo của các ấp, khóm.
Minh Thư
Xem thêm
- Sở Tư pháp tổng kết thi hành Luật Trợ giúp pháp lý (16/12/2019)
- Tam Nông: hòa giải thành 90% vụ việc (10/12/2019)
- Lai Vung ra mắt mô hình "Cà phê pháp luật" (29/11/2019)
""", "2019-12-20", "Năm 2019: 143 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật",
E("bao_cao", "2019", "2019-12-18"),
[P("Phạm Thiện Nghĩa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Văn Đặng", "Giám đốc Sở Tư pháp")],
[Q("6.870 cuộc tuyên truyền trực tiếp", 6870, "cuộc tuyên truyền trực tiếp"), Q("hơn 412.000 lượt người", 412000, "lượt người", "over"),
 Q("khoảng 95.000 tài liệu", 95000, "tài liệu", "approx"), Q("1.260 tin, bài", 1260, "tin, bài"),
 Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("14%", 14, "%"), Q("1.493 tổ hòa giải", 1493, "tổ hòa giải"),
 Q("9.071 hòa giải viên", 9071, "hòa giải viên"), Q("2.108 vụ việc", 2108, "vụ việc"), Q("1.746 vụ việc", 1746, "vụ việc"),
 Q("82,8%", 82.8, "%"), Q("143/144 xã, phường, thị trấn", 143, "xã, phường, thị trấn"),
 Q("2 công chức tư pháp - hộ tịch", 2, "công chức tư pháp - hộ tịch"), Q("100%", 100, "%"), Q("96%", 96, "%"), Q("72 người", 72, "người"),
 Q("226 người", 226, "người"), Q("khoảng 2.900 người", 2900, "người", "approx")],
[D("Báo cáo", "412", "BC-UBND", "2019-12-18", "UBND tỉnh", "Báo cáo số 412/BC-UBND ngày 18/12/2019"),
 D("Kế hoạch", "34", "KH-HĐPH", None, None, "Kế hoạch số 34, 35/KH-HĐPH"),
 D("Kế hoạch", "35", "KH-HĐPH", None, None, "Kế hoạch số 34, 35/KH-HĐPH"),
 D("Quyết định", "619", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 619/QĐ-TTg")],
[prov("Đồng Tháp"), com("Tân Hộ Cơ"), com("phường 1"), com("Mỹ Xương")],
["Hôm nay: Thứ Hai, 23/12/2019", "BÁO ĐỒNG THÁP ONLINE", "Trang chủ >> Pháp luật >> Tin tức", "Ngày thứ Năm pháp luật",
 "Cà phê pháp luật", "Tổ hòa giải kết hợp tổ tự quản"],
["Cập nhật lúc 10:05 ngày 20/12/2019", "năm 2019", "năm 2020"]))

PAGES.append(page("b6950-quangninh-doithoai-phapluat-congnhan-2019", """
Báo Quảng Ninh
Pháp luật / Chính sách - Đời sống
2019-05-24 14:30
Đối thoại pháp luật với công nhân ngành than
Sáng 23/5, tại phường Cẩm Thạch (TP Cẩm Phả), Sở Tư pháp phối hợp với Liên đoàn Lao động tỉnh Quảng Ninh tổ chức hội nghị đối thoại chính sách, pháp luật với công nhân, người lao động năm 2019. Hơn 300 công nhân của 6 công ty than trên địa bàn dự và nêu ý kiến.
Các đồng chí Vũ Văn Diện, Nguyễn Thị Hải Yến - Phó Giám đốc Sở Tư pháp và bà Đỗ Thị Hương, Phó Chủ tịch - Trưởng ban Chính sách pháp luật Liên đoàn Lao động tỉnh đồng chủ trì đối thoại. Cùng dự có đại diện Bảo hiểm xã hội tỉnh, Sở Lao động - Thương binh và Xã hội, Ban Pháp chế HĐND tỉnh.
Quang cảnh buổi đối thoại. Ảnh: Mạnh Trường
Mở đầu, bà Đỗ Thị Hương cho biết năm 2018 các cấp công đoàn trong tỉnh đã tổ chức 214 buổi tuyên truyền pháp luật cho khoảng 45.000 lượt đoàn viên; tư vấn pháp luật miễn phí cho 1.128 lượt người lao động. Quý I/2019, Công đoàn Than - Khoáng sản Việt Nam ghi nhận 17 vụ tai nạn lao động trong ngành, làm 5 người tử vong.
Tại đối thoại, anh Hoàng Văn Thuận, thợ lò Công ty Than Mông Dương, hỏi về việc tính lương hưu khi nghỉ sớm do suy giảm khả năng lao động. Chị Lý Thị Mai, công nhân sàng tuyển, người Sán Dìu, đề nghị giải thích quy định về chế độ thai sản với lao động nữ làm nghề nặng nhọc, độc hại. Một số công nhân phản ánh nhà ở tập thể xuống cấp, có khu trọ chưa có tổ hòa giải nên khi xảy ra mâu thuẫn chỉ trông vào công an.
Ông Vũ Văn Diện trả lời trực tiếp các câu hỏi về Bộ luật Lao động, Luật Bảo hiểm xã hội; hướng dẫn người lao động tra cứu văn bản trên Trang thông tin PBGDPL của tỉnh. Bảo hiểm xã hội tỉnh cho biết lao động nữ làm nghề nặng nhọc được nghỉ thai sản 6 tháng và hưởng 100% mức bình quân tiền lương tháng đóng bảo hiểm. Đối với kiến nghị về nhà ở, Liên đoàn Lao động tỉnh ghi nhận và sẽ làm việc với các công ty.
Theo Kế hoạch số 86/KH-UBND ngày 12/3/2019 của UBND tỉnh, năm 2019 Quảng Ninh tổ chức 14 hội nghị đối thoại pháp luật ở các huyện, thị xã, thành phố, tập trung vào công nhân, ngư dân và đồng bào dân tộc thiểu số. Đây là nội dung nằm trong Đề án "Tăng cường phổ biến, giáo dục pháp luật cho người lao động trong các doanh nghiệp" giai đoạn 2017 - 2021.
Kết thúc đối thoại, ban tổ chức tặng 300 cuốn sổ tay pháp luật lao động cho công nhân dự hội nghị. Trưởng ban Chính sách pháp luật cũng đề nghị công đoàn cơ sở thành lập thêm tổ hòa giải tại khu nhà tập thể, mời công nhân có uy tín tham gia.
Hoàng Nga
Tin liên quan
- Hạ Long: trợ giúp pháp lý lưu động cho ngư dân (15/05/2019)
- Cẩm Phả: hòa giải thành hơn 90% vụ việc (07/05/2019)
- Tuyên truyền Luật Phòng, chống tác hại của rượu, bia (26/04/2019)
""", "2019-05-24", "Đối thoại pháp luật với công nhân ngành than",
E("doi_thoai", "2019", "2019-05-23"),
[P("Vũ Văn Diện", "Phó Giám đốc Sở Tư pháp"),
 P("Nguyễn Thị Hải Yến", "Phó Giám đốc Sở Tư pháp"),
 P("Đỗ Thị Hương", "Phó Chủ tịch - Trưởng ban Chính sách pháp luật Liên đoàn Lao động tỉnh", "Trưởng ban Chính sách pháp luật"),
 P("Hoàng Văn Thuận", "thợ lò Công ty Than Mông Dương"),
 P("Lý Thị Mai", "công nhân sàng tuyển")],
[Q("Hơn 300 công nhân", 300, "công nhân", "over"), Q("6 công ty than", 6, "công ty than"),
 Q("214 buổi tuyên truyền pháp luật", 214, "buổi tuyên truyền pháp luật"), Q("khoảng 45.000 lượt đoàn viên", 45000, "lượt đoàn viên", "approx"),
 Q("1.128 lượt người lao động", 1128, "lượt người lao động"), Q("17 vụ tai nạn lao động", 17, "vụ tai nạn lao động"),
 Q("5 người", 5, "người"), Q("100%", 100, "%"), Q("14 hội nghị đối thoại pháp luật", 14, "hội nghị đối thoại pháp luật"),
 Q("300 cuốn sổ tay pháp luật lao động", 300, "cuốn sổ tay pháp luật lao động")],
[D("Kế hoạch", "86", "KH-UBND", "2019-03-12", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 12/3/2019")],
[prov("Quảng Ninh"), com("Cẩm Thạch")],
["Báo Quảng Ninh", "Pháp luật / Chính sách - Đời sống", "Quang cảnh buổi đối thoại. Ảnh: Mạnh Trường",
 "Bộ luật Lao động", "Luật Bảo hiểm xã hội", "Trang thông tin PBGDPL",
 "Tăng cường phổ biến, giáo dục pháp luật cho người lao động trong các doanh nghiệp"],
["2019-05-24 14:30", "năm 2019", "năm 2018", "Quý I/2019", "6 tháng", "giai đoạn 2017 - 2021"]))

PAGES.append(page("b6951-kiengiang-congchuctuphap-chandung-2020", """
BÁO KIÊN GIANG
Xã hội - Pháp luật | Gương sáng
Thứ Hai, 09/11/2020
Chị Danh Thị Sô Phol tư vấn thủ tục khai sinh cho người dân tại bộ phận một cửa.
Nữ công chức tư pháp người Khmer "gỡ rối" cho dân sóc
Hơn 12 năm làm công chức tư pháp - hộ tịch xã Vĩnh Hòa Hưng Bắc, chị Danh Thị Sô Phol thuộc lòng hoàn cảnh của từng gia đình người Khmer trong các ấp. Người dân quen gọi chị là "cô tư pháp biết nói hai thứ tiếng".
Xã Vĩnh Hòa Hưng Bắc có gần 4.300 hộ, trong đó hơn 1.700 hộ đồng bào Khmer sống xen cư ở 7 ấp. Trước đây, nhiều bà con lớn tuổi không có giấy khai sinh, kết hôn không đăng ký, khi làm thủ tục thừa kế, vay vốn mới đi làm giấy tờ thì rất khó. Mỗi khi có người đến, chị Sô Phol kiên nhẫn giải thích bằng tiếng Khmer, có trường hợp chị đến tận nhà hướng dẫn.
"Bà con ngại lên xã vì sợ thủ tục rườm rà, không rành tiếng Việt. Mình nói tiếng mẹ đẻ thì bà con yên tâm, hỏi tới cùng", chị kể. Riêng năm 2019, chị đã giải quyết 612 hồ sơ hộ tịch, trong đó 148 trường hợp đăng ký khai sinh quá hạn; không có hồ sơ nào trễ hẹn.
Ngoài chuyên môn, chị còn là tuyên truyền viên pháp luật của xã. Chị phối hợp với sư cả chùa Cà Nhung, Đại đức Danh Rươne, lồng ghép phổ biến pháp luật về hôn nhân gia đình, phòng chống bạo lực gia đình vào các dịp lễ Chôl Chnăm Thmây, Sen Đôlta. Nhờ vậy, trong 3 năm gần đây, xã không còn trường hợp tảo hôn.
Ông Trần Văn Bình, Chủ tịch UBND xã Vĩnh Hòa Hưng Bắc, cho biết: "Tổ hòa giải ấp nào gặp vụ khó đều mời chị Sô Phol. Năm 2019, 9 tổ hòa giải của xã hòa giải thành 34/37 vụ việc, chị trực tiếp tham gia gần một nửa".
Năm 2020, dù dịch Covid-19 ảnh hưởng, chị vẫn cùng đoàn thể đến từng ấp phát 2.000 tờ rơi song ngữ Việt - Khmer về phòng dịch và thủ tục hành chính, giới thiệu cách nộp hồ sơ trực tuyến. Những người trẻ trong ấp được chị hướng dẫn cài ứng dụng để tra cứu pháp luật trên điện thoại.
Với những đóng góp ấy, chị được UBND tỉnh Kiên Giang tặng bằng khen năm 2019 và được chọn là 1 trong 10 gương điển hình tiên tiến trong công tác phổ biến, giáo dục pháp luật của tỉnh dịp hưởng ứng "Ngày Pháp luật" năm nay.
Chia sẻ về dự định, chị Sô Phol cho biết sẽ tiếp tục học thêm để nâng cao trình độ, mong muốn xã có thêm cán bộ biết tiếng Khmer ở bộ phận một cửa để người dân đỡ vất vả.
Đồng nghiệp ở UBND xã nhận xét chị là người kỹ tính với từng con chữ trong sổ hộ tịch: tên người Khmer thường dài, có nhiều cách phiên âm, chỉ cần sai một dấu là người dân phải đi đính chính nhiều lần. Vì vậy, trước khi ký trình lãnh đạo, chị luôn đọc lại cho người dân nghe bằng cả hai thứ tiếng. Cách làm tỉ mỉ ấy giúp hồ sơ của xã nhiều năm liền không bị cấp trên trả lại.
Bài, ảnh: Thạch Hoàng
TIN CÙNG CHUYÊN MỤC
- Gò Quao: 25 tổ hòa giải được tập huấn kỹ năng (02/11/2020)
- Kiên Giang trao giải cuộc thi tìm hiểu Hiến pháp (26/10/2020)
- Xét xử lưu động vụ án trộm cắp ở An Biên (19/10/2020)
""", "2020-11-09", "Nữ công chức tư pháp người Khmer \"gỡ rối\" cho dân sóc",
E("khac", None, None),
[P("Danh Thị Sô Phol", "công chức tư pháp - hộ tịch xã Vĩnh Hòa Hưng Bắc", "tuyên truyền viên pháp luật của xã"),
 P("Danh Rươne", "sư cả chùa Cà Nhung", "Đại đức"),
 P("Trần Văn Bình", "Chủ tịch UBND xã Vĩnh Hòa Hưng Bắc")],
[Q("gần 4.300 hộ", 4300, "hộ", "approx"), Q("hơn 1.700 hộ đồng bào Khmer", 1700, "hộ đồng bào Khmer", "over"),
 Q("7 ấp", 7, "ấp"), Q("612 hồ sơ hộ tịch", 612, "hồ sơ hộ tịch"), Q("148 trường hợp", 148, "trường hợp"),
 Q("9 tổ hòa giải", 9, "tổ hòa giải"), Q("34/37 vụ việc", 34, "vụ việc"),
 Q("2.000 tờ rơi song ngữ Việt - Khmer", 2000, "tờ rơi song ngữ Việt - Khmer"), Q("10 gương điển hình tiên tiến", 10, "gương điển hình tiên tiến")],
[],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["BÁO KIÊN GIANG", "Xã hội - Pháp luật | Gương sáng",
 "Chị Danh Thị Sô Phol tư vấn thủ tục khai sinh cho người dân tại bộ phận một cửa.", "cô tư pháp biết nói hai thứ tiếng",
 "Chôl Chnăm Thmây", "Sen Đôlta", "Ngày Pháp luật", "chùa Cà Nhung"],
["Thứ Hai, 09/11/2020", "12 năm", "năm 2019", "3 năm", "Năm 2020", "1 trong 10"]))

PAGES.append(page("b6952-gialai-hoagiaivien-taphuan-2020", """
Báo Gia Lai điện tử
Trang chủ - Pháp luật - Phổ biến pháp luật
03/07/2020 06:00
Ia Grai: Tập huấn kỹ năng cho 180 hòa giải viên ở cơ sở
(GLO)- Trong 2 ngày (1 và 2-7), Phòng Tư pháp huyện Ia Grai phối hợp với Sở Tư pháp tỉnh Gia Lai tổ chức lớp tập huấn nghiệp vụ, kỹ năng hòa giải ở cơ sở năm 2020 cho 180 hòa giải viên, công chức tư pháp - hộ tịch và trưởng thôn, làng của 13 xã, thị trấn.
Hòa giải viên người Jrai trao đổi tình huống tại lớp tập huấn. Ảnh: Hoàng Ngọc
Lớp học được tổ chức theo Kế hoạch số 1432/KH-UBND ngày 5/6/2020 của UBND tỉnh về thực hiện Đề án "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019-2022". Ông Rơ Mah Tuấn, Phó Chủ tịch UBND huyện Ia Grai phát biểu khai mạc; bà Trần Thị Minh Hòa, Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp trực tiếp giảng dạy.
Học viên được giới thiệu Luật Hòa giải ở cơ sở, Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN hướng dẫn phối hợp thực hiện một số quy định của pháp luật về hòa giải ở cơ sở; các bước chuẩn bị, tiến hành một cuộc hòa giải; cách vận dụng luật tục Jrai phù hợp với pháp luật. Giảng viên dùng nhiều tình huống thực tế như tranh chấp đất rẫy giữa anh em trong gia đình, mâu thuẫn do gia súc phá hoa màu, bạo lực gia đình khi say rượu.
Theo Phòng Tư pháp huyện, Ia Grai có 97 tổ hòa giải với 612 hòa giải viên, trong đó khoảng 60% là người Jrai. Năm 2019, các tổ đã hòa giải thành 153/171 vụ việc; 6 tháng đầu năm 2020 tiếp nhận 68 vụ việc, hòa giải thành 59 vụ việc. Mức chi thù lao hòa giải viên hiện là 200.000 đồng/vụ việc, nhưng nhiều tổ chưa làm hồ sơ thanh toán.
Già làng Rah Lan Hlim, Tổ trưởng tổ hòa giải làng Dếch, xã Ia Dêr, chia sẻ: "Làng mình xử theo luật tục trước, nhưng có những việc luật tục phạt nặng quá, nay được học thì biết chỗ nào phải theo pháp luật". Chị Ksor H'Nhi, công chức tư pháp - hộ tịch xã Ia Sao, đề nghị huyện in tài liệu hòa giải bằng tiếng Jrai, cấp thêm sổ theo dõi cho tổ hòa giải các làng.
Bế mạc lớp học, ông Rơ Mah Tuấn yêu cầu các xã rà soát, kiện toàn ngay những tổ hòa giải thiếu người, bảo đảm mỗi tổ có ít nhất 1 hòa giải viên nữ và có người am hiểu phong tục; đưa kết quả hòa giải vào tiêu chí bình xét thôn, làng văn hóa cuối năm.
Dịp này, ban tổ chức trao 97 cuốn sổ tay hòa giải viên cho các tổ hòa giải, mỗi học viên được hỗ trợ 150.000 đồng tiền ăn, đi lại.
Phan Lài
Tin khác
- Chư Păh: xét xử lưu động vụ án cố ý gây thương tích (29/06/2020)
- Gia Lai tổ chức thi trực tuyến tìm hiểu Hiến pháp (19/06/2020)
- Đức Cơ: tuyên truyền pháp luật cho đồng bào vùng biên (10/06/2020)
""", "2020-07-03", "Ia Grai: Tập huấn kỹ năng cho 180 hòa giải viên ở cơ sở",
E("tap_huan", "2020", "2020-07-01"),
[P("Rơ Mah Tuấn", "Phó Chủ tịch UBND huyện Ia Grai"),
 P("Trần Thị Minh Hòa", "Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp"),
 P("Rah Lan Hlim", "Già làng", "Tổ trưởng tổ hòa giải làng Dếch"),
 P("Ksor H'Nhi", "công chức tư pháp - hộ tịch xã Ia Sao")],
[Q("180 hòa giải viên", 180, "hòa giải viên"), Q("13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("97 tổ hòa giải", 97, "tổ hòa giải"), Q("612 hòa giải viên", 612, "hòa giải viên"), Q("khoảng 60%", 60, "%", "approx"),
 Q("153/171 vụ việc", 153, "vụ việc"), Q("68 vụ việc", 68, "vụ việc"), Q("59 vụ việc", 59, "vụ việc"),
 Q("200.000 đồng", 200000, "đồng"), Q("ít nhất 1 hòa giải viên nữ", 1, "hòa giải viên nữ", "over"),
 Q("97 cuốn sổ tay hòa giải viên", 97, "cuốn sổ tay hòa giải viên"), Q("150.000 đồng", 150000, "đồng")],
[D("Kế hoạch", "1432", "KH-UBND", "2020-06-05", "UBND tỉnh", "Kế hoạch số 1432/KH-UBND ngày 5/6/2020"),
 D("Nghị quyết liên tịch", "01", "2014/NQLT/CP-UBTƯMTTQVN", None, None, "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Sao")],
["Báo Gia Lai điện tử", "Trang chủ - Pháp luật - Phổ biến pháp luật", "(GLO)",
 "Hòa giải viên người Jrai trao đổi tình huống tại lớp tập huấn. Ảnh: Hoàng Ngọc",
 "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019-2022", "Luật Hòa giải ở cơ sở"],
["03/07/2020 06:00", "2 ngày", "năm 2020", "Năm 2019", "6 tháng đầu năm 2020"]))
