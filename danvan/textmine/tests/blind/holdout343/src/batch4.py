from lib import *
PAGES = []

PAGES.append(page("b8207-lamdong-kho-mnong-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ » Dân tộc - Tôn giáo » Vùng đồng bào
Thứ Sáu, 10/10/2025
Các đại biểu tham quan gian trưng bày sản phẩm của các homestay K'Ho, Mnông.
Lâm Đồng: Hội nghị bàn cơ chế chia sẻ lợi ích từ du lịch cộng đồng vùng đồng bào dân tộc thiểu số
Ngày 08/10/2025, tại xã Lạc Dương, Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị "Phát triển du lịch cộng đồng và cơ chế chia sẻ lợi ích cho người dân vùng đồng bào dân tộc thiểu số" năm 2025. Đây là hội nghị chuyên đề đầu tiên về du lịch cộng đồng kể từ khi tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) đi vào hoạt động.
Dự hội nghị có các đồng chí Phó Giám đốc Sở Dân tộc và Tôn giáo: K'Bròn, Điểu Thị Hằng; ông Trần Hữu Nghĩa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; lãnh đạo 18 xã có đông đồng bào dân tộc thiểu số và 37 chủ homestay.
Theo báo cáo, toàn tỉnh hiện có 146 cơ sở lưu trú do người dân tộc thiểu số làm chủ, tập trung ở xã Lạc Dương, xã Đam Rông 4, xã Nâm Nung, xã Quảng Khê và một số xã có đồng bào Chăm ở khu vực ven biển. Chín tháng năm 2025, các điểm này đón khoảng 310.000 lượt khách, doanh thu gần 128 tỷ đồng. Tuy vậy, chỉ khoảng 35% điểm có quy chế chia sẻ lợi ích bằng văn bản; ở nhiều buôn, bon, tiền biểu diễn cồng chiêng được trả theo từng buổi, không có phần cho quỹ chung.
Tại hội nghị, ông Ya Tuất, Trưởng thôn Đưng K'Si, xã Lạc Dương, giới thiệu cách làm của thôn: 27 hộ ký cam kết không bán đất, góp đất dựng 1 khu nhà dài đón khách; lợi nhuận chia 75% cho hộ góp đất, góp công, 25% cho quỹ thôn. Bà Thị Hơn, người Mnông ở bon Bu Nor, xã Nâm Nung, cho biết bon mới có 4 hộ làm homestay, mong được vay vốn ưu đãi từ 50 đến 100 triệu đồng/hộ.
TS. Nguyễn Văn Hạ, giảng viên Khoa Du lịch Trường Đại học Đà Lạt, khuyến nghị tỉnh quy định tỷ lệ trích quỹ cộng đồng tối thiểu 5% doanh thu, đồng thời thành lập tổ giám sát cộng đồng tại từng thôn, bon.
Kết luận hội nghị, đồng chí K'Bròn đề nghị các xã căn cứ Nghị quyết số 15-NQ/TU ngày 26/8/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 224/KH-UBND ngày 12/9/2025 của UBND tỉnh để xây dựng quy chế chia sẻ lợi ích; phấn đấu đến cuối năm 2026 có ít nhất 80% điểm du lịch cộng đồng vùng đồng bào có quy chế; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia để hỗ trợ 120 hộ cải tạo nhà truyền thống.
Dịp này, Sở Dân tộc và Tôn giáo trao giấy khen cho 6 điểm du lịch cộng đồng tiêu biểu.
K'Linh - Thu Hà
Tin liên quan
- Xã Lạc Dương ra mắt Tổ du lịch cộng đồng thôn Đưng K'Si (24/09/2025)
- Lâm Đồng: tập huấn cho người có uy tín vùng đồng bào dân tộc thiểu số (15/09/2025)
- Bình Thuận cũ: làng Chăm Bình Thạnh đón khách dịp Katê (05/09/2025)
""", "2025-10-10", "Lâm Đồng: Hội nghị bàn cơ chế chia sẻ lợi ích từ du lịch cộng đồng vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2025", "2025-10-08"),
[P("K'Bròn", "Phó Giám đốc Sở Dân tộc và Tôn giáo"), P("Điểu Thị Hằng", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Trần Hữu Nghĩa", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"), P("Ya Tuất", "Trưởng thôn Đưng K'Si"),
 P("Thị Hơn"), P("Nguyễn Văn Hạ", "TS.", "giảng viên Khoa Du lịch Trường Đại học Đà Lạt")],
[Q("18 xã", 18, "xã"), Q("37 chủ homestay", 37, "chủ homestay"), Q("146 cơ sở lưu trú", 146, "cơ sở lưu trú"),
 Q("khoảng 310.000 lượt khách", 310000, "lượt khách", "approx"), Q("gần 128 tỷ đồng", 128000000000, "đồng", "approx"),
 Q("khoảng 35%", 35, "%", "approx"), Q("27 hộ", 27, "hộ"), Q("75%", 75, "%"), Q("25%", 25, "%"), Q("4 hộ", 4, "hộ"),
 Q("từ 50 đến 100 triệu đồng", 50000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("tối thiểu 5%", 5, "%"),
 Q("ít nhất 80%", 80, "%", "over"), Q("120 hộ", 120, "hộ"), Q("6 điểm du lịch cộng đồng tiêu biểu", 6, "điểm du lịch cộng đồng tiêu biểu")],
[D("Nghị quyết", "15", "NQ/TU", "2025-08-26", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 15-NQ/TU ngày 26/8/2025"),
 D("Kế hoạch", "224", "KH-UBND", "2025-09-12", "UBND tỉnh", "Kế hoạch số 224/KH-UBND ngày 12/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Đam Rông 4"), com("Nâm Nung"), com("Quảng Khê")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ » Dân tộc - Tôn giáo » Vùng đồng bào",
 "Các đại biểu tham quan gian trưng bày sản phẩm của các homestay K'Ho, Mnông.",
 "Phát triển du lịch cộng đồng và cơ chế chia sẻ lợi ích cho người dân vùng đồng bào dân tộc thiểu số",
 "Chương trình mục tiêu quốc gia", "Trường Đại học Đà Lạt"],
["Thứ Sáu, 10/10/2025", "năm 2025", "Chín tháng năm 2025", "cuối năm 2026", "1 khu nhà dài"]))

PAGES.append(page("b8208-gialai-bahnar-daihoi-2025", """
Báo Gia Lai điện tử
Trang chủ / Xã hội / Dân tộc - Miền núi
21/11/2025 - 10:05
Ra mắt Ban Chấp hành Hiệp hội Du lịch cộng đồng tỉnh Gia Lai nhiệm kỳ 2025 - 2030.
Thành lập Hiệp hội Du lịch cộng đồng tỉnh Gia Lai: "Để người Bahnar, người Jrai làm chủ trên quê hương mình"
Sáng 20/11, tại phường Pleiku, Hiệp hội Du lịch cộng đồng tỉnh Gia Lai tổ chức Đại hội lần thứ nhất, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Rơ Mah Thuyên, Phó Chủ tịch UBND tỉnh; đồng chí Lê Văn Đức, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; cùng 135 hội viên sáng lập đến từ các làng, thôn có hoạt động du lịch cộng đồng ở cả khu vực phía Tây và phía Đông của tỉnh.
Hiệp hội được thành lập trên cơ sở hợp nhất Chi hội du lịch cộng đồng tỉnh Gia Lai cũ và Câu lạc bộ homestay tỉnh Bình Định cũ, sau khi hai tỉnh hợp nhất từ ngày 01/7/2025. Hội viên là các hộ homestay, tổ hợp tác, hợp tác xã và nghệ nhân, trong đó khoảng 70% là người dân tộc thiểu số.
Theo báo cáo tại đại hội, toàn tỉnh hiện có 212 homestay, 23 làng, thôn du lịch cộng đồng, tập trung ở phường Pleiku, xã Ia Grai, xã Kbang, xã Vĩnh Thạnh và xã An Lão. Năm 2024, các điểm du lịch cộng đồng đón trên 420.000 lượt khách, doanh thu hơn 190 tỷ đồng; gần 2.600 lao động tại chỗ có việc làm.
Đại hội đã bầu Ban Chấp hành gồm 15 ủy viên. Bà Siu Thị Blới, chủ homestay làng Ốp, được bầu giữ chức Chủ tịch Hiệp hội; các Phó Chủ tịch Hiệp hội gồm: Đinh Văn Yuih, Nay Phi Lăk, Trần Thị Kim Oanh. Ông Đinh Văn Yuih, người Bahnar ở xã An Lão, đồng thời được bầu làm Trưởng Ban Kiểm tra.
Đại hội thông qua Điều lệ và Quy chế chia sẻ lợi ích mẫu: mỗi hội viên nộp hội phí 200.000 đồng/năm; đối với các tour do Hiệp hội kết nối, 85% giá dịch vụ trả cho hộ, 10% nộp quỹ làng, 5% chi hoạt động Hiệp hội. Hiệp hội cũng cam kết ưu tiên thu mua nông sản, thổ cẩm của ít nhất 500 hộ không làm homestay trong các làng du lịch.
Phát biểu chỉ đạo, đồng chí Rơ Mah Thuyên đề nghị Hiệp hội bám sát Nghị quyết số 04-NQ/TU ngày 30/9/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, và Quyết định số 2510/QĐ-UBND ngày 14/10/2025 của UBND tỉnh công nhận điều lệ Hiệp hội. Đồng chí Lê Văn Đức đề nghị Hiệp hội phối hợp Mặt trận các xã giám sát việc công khai quỹ làng, để "đồng tiền khách để lại phải đến tay dân làng".
Dịp này, Hiệp hội nhận 3 bộ cồng chiêng, 20 bộ trang phục truyền thống do các doanh nghiệp tài trợ, tổng trị giá khoảng 260 triệu đồng.
Phương Vy
Tin liên quan
- Xã Kbang: làng Kon Pring đón đoàn khách Nhật Bản (14/11/2025)
- Phường Pleiku: liên hoan cồng chiêng làng Ốp (07/11/2025)
- Gia Lai hợp nhất các câu lạc bộ nghệ nhân (30/10/2025)
""", "2025-11-21", "Thành lập Hiệp hội Du lịch cộng đồng tỉnh Gia Lai: \"Để người Bahnar, người Jrai làm chủ trên quê hương mình\"",
E("dai_hoi", None, "2025-11-20"),
[P("Rơ Mah Thuyên", "Phó Chủ tịch UBND tỉnh"), P("Lê Văn Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Thị Blới", "chủ homestay làng Ốp", "Chủ tịch Hiệp hội"),
 P("Đinh Văn Yuih", "Phó Chủ tịch Hiệp hội", "Trưởng Ban Kiểm tra"), P("Nay Phi Lăk", "Phó Chủ tịch Hiệp hội"),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch Hiệp hội")],
[Q("135 hội viên sáng lập", 135, "hội viên sáng lập"), Q("khoảng 70%", 70, "%", "approx"), Q("212 homestay", 212, "homestay"),
 Q("23 làng, thôn du lịch cộng đồng", 23, "làng, thôn du lịch cộng đồng"), Q("trên 420.000 lượt khách", 420000, "lượt khách", "over"),
 Q("hơn 190 tỷ đồng", 190000000000, "đồng", "over"), Q("gần 2.600 lao động", 2600, "lao động", "approx"),
 Q("15 ủy viên", 15, "ủy viên"), Q("200.000 đồng", 200000, "đồng"), Q("85%", 85, "%"), Q("10%", 10, "%"), Q("5%", 5, "%"),
 Q("ít nhất 500 hộ", 500, "hộ", "over"), Q("3 bộ cồng chiêng", 3, "bộ cồng chiêng"),
 Q("20 bộ trang phục truyền thống", 20, "bộ trang phục truyền thống"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx")],
[D("Nghị quyết", "04", "NQ/TU", "2025-09-30", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 04-NQ/TU ngày 30/9/2025"),
 D("Quyết định", "2510", "QĐ-UBND", "2025-10-14", "UBND tỉnh", "Quyết định số 2510/QĐ-UBND ngày 14/10/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Ia Grai"), com("Kbang"), com("Vĩnh Thạnh"), com("An Lão")],
["Báo Gia Lai điện tử", "Trang chủ / Xã hội / Dân tộc - Miền núi",
 "Ra mắt Ban Chấp hành Hiệp hội Du lịch cộng đồng tỉnh Gia Lai nhiệm kỳ 2025 - 2030.", "Hiệp hội Du lịch cộng đồng tỉnh Gia Lai",
 "Câu lạc bộ homestay tỉnh Bình Định cũ"],
["21/11/2025 - 10:05", "lần thứ nhất", "nhiệm kỳ 2025 - 2030", "01/7/2025", "Năm 2024"]))

PAGES.append(page("b8209-vinhlong-khmer-chandung-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Phóng sự - Ghi chép
Thứ Tư, 14/01/2026, 07:15
Ông Thạch Sa Rươne (giữa) giới thiệu nghề làm bánh tét Khmer cho du khách.
Homestay giữa phum sóc: khi cả ấp cùng đón khách
Nép mình bên chùa Pisây cổ kính, ấp Sóc Chà, xã Lương Hòa (tỉnh Vĩnh Long) mấy năm nay thành điểm hẹn của du khách muốn tìm hiểu đời sống đồng bào Khmer. Điều đặc biệt ở đây không phải những căn homestay sang trọng, mà là cách cả ấp cùng làm du lịch.
Người khởi xướng là ông Thạch Sa Rươne, 58 tuổi, nguyên giáo viên dạy chữ Khmer. Năm 2019, ông cùng 6 hộ trong ấp sửa lại nhà gỗ, dựng thêm nhà tắm để đón khách nghỉ lại. Ban đầu mỗi tháng chỉ có vài đoàn khách do một công ty ở Cần Thơ đưa về, nay tổ du lịch cộng đồng của ấp đã có 18 hộ, năm 2025 đón khoảng 7.500 lượt khách.
"Nhà nào nấu bánh, nhà nào dệt chiếu, nhà nào có xuồng, mỗi nhà giữ một việc. Khách ngủ nhà này, ăn nhà kia, đi xuồng nhà nọ, nên tiền chia được cho nhiều người", ông Rươne nói. Theo quy ước của tổ, mỗi khách nghỉ đêm đóng 30.000 đồng vào quỹ chung; cuối năm, quỹ được chia làm hai: một nửa góp cho chùa tổ chức lễ Chôl Chnăm Thmây, Ok Om Bok; một nửa hỗ trợ hộ nghèo và học bổng cho học sinh Khmer. Năm 2025, quỹ thu được hơn 210 triệu đồng, 14 em học sinh được nhận học bổng mỗi em 2 triệu đồng.
Bà Kim Thị Sa Rên, vợ ông, phụ trách làm bánh cho khách, tính toán rằng thu nhập của gia đình từ du lịch mỗi tháng khoảng 12 - 15 triệu đồng, gấp đôi trồng lúa. Con gái ông bà, chị Thạch Thị Sô Phiếp, học xong cao đẳng du lịch đã trở về làm hướng dẫn viên cho tổ.
Đại đức Danh Sa Vinh, trụ trì chùa Pisây, cho biết nhà chùa cho khách vào tham quan, nghe giảng về văn hóa Khmer nhưng đề nghị khách ăn mặc kín đáo, không làm phiền giờ chư tăng tu tập. "Du lịch giúp bà con có thu nhập, nhà chùa có điều kiện trùng tu, nhưng phải giữ được sự thanh tịnh", Đại đức nói.
Ông Sơn Văn Chanh, Phó Chủ tịch UBND xã Lương Hòa, cho biết xã đang đề nghị tỉnh công nhận Sóc Chà là điểm du lịch cộng đồng theo Quyết định số 88/QĐ-UBND ngày 06/01/2026 của UBND tỉnh Vĩnh Long về tiêu chí điểm du lịch cộng đồng. Sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, tỉnh có khoảng 40 điểm du lịch sinh thái, cộng đồng, nhưng điểm do người Khmer làm chủ còn rất ít.
Chiều xuống, tiếng trống chhay-dăm từ sân chùa vọng ra. Những vị khách Pháp ngồi nán lại bên hiên nhà ông Rươne, học cách gói bánh tét lá cẩm. Ở Sóc Chà, du lịch không làm thay đổi nhịp sống phum sóc, mà giúp nhịp sống ấy được nhiều người biết đến hơn.
Hoàng Lộc - Ngọc Trâm
Tin cùng chuyên mục
- Cù lao An Bình: vườn trái cây đón khách dịp cuối năm (09/01/2026)
- Làng nghề bánh tráng Mỹ Lồng vào mùa Tết (03/01/2026)
- Ao Bà Om: nâng chất khu du lịch văn hóa Khmer (27/12/2025)
""", "2026-01-14", "Homestay giữa phum sóc: khi cả ấp cùng đón khách",
E("khac", None, None),
[P("Thạch Sa Rươne", "nguyên giáo viên dạy chữ Khmer"), P("Kim Thị Sa Rên"), P("Thạch Thị Sô Phiếp", "hướng dẫn viên"),
 P("Danh Sa Vinh", "Đại đức", "trụ trì chùa Pisây"), P("Sơn Văn Chanh", "Phó Chủ tịch UBND xã Lương Hòa")],
[Q("6 hộ", 6, "hộ"), Q("18 hộ", 18, "hộ"), Q("khoảng 7.500 lượt khách", 7500, "lượt khách", "approx"),
 Q("30.000 đồng", 30000, "đồng"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("14 em học sinh", 14, "em học sinh"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("khoảng 12 - 15 triệu đồng", 12000000, "đồng", "approx"),
 Q("15 triệu đồng", 15000000, "đồng", "approx"), Q("khoảng 40 điểm du lịch sinh thái, cộng đồng", 40, "điểm du lịch sinh thái, cộng đồng", "approx")],
[D("Quyết định", "88", "QĐ-UBND", "2026-01-06", "UBND tỉnh Vĩnh Long", "Quyết định số 88/QĐ-UBND ngày 06/01/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Lương Hòa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Phóng sự - Ghi chép", "Ông Thạch Sa Rươne (giữa) giới thiệu nghề làm bánh tét Khmer cho du khách.",
 "chùa Pisây", "Chôl Chnăm Thmây", "Ok Om Bok"],
["Thứ Tư, 14/01/2026, 07:15", "58 tuổi", "Năm 2019", "năm 2025", "Năm 2025", "gấp đôi"]))

PAGES.append(page("b8210-quangtri-vankieu-baocao-2026", """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ
Trang chủ > Tin tức > Du lịch > Tin trong tỉnh
27/03/2026 06:00
Năm 2025, du lịch cộng đồng vùng đồng bào Vân Kiều, Pa Kô mang về trên 38 tỷ đồng
Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị vừa có Báo cáo số 58/BC-SVHTTDL ngày 20/3/2026 gửi UBND tỉnh về kết quả phát triển du lịch cộng đồng vùng đồng bào dân tộc thiểu số năm 2025. Đây là báo cáo đầu tiên tổng hợp số liệu của cả hai địa bàn Quảng Bình và Quảng Trị trước đây sau khi hợp nhất tỉnh.
Theo báo cáo, năm 2025 các điểm du lịch cộng đồng ở miền Tây của tỉnh đón khoảng 112.000 lượt khách, tổng thu trên 38 tỷ đồng, tăng 21% so với năm 2024. Toàn vùng có 9 điểm du lịch cộng đồng được công nhận, 64 homestay, trong đó 39 homestay do người Vân Kiều, Pa Kô, Chứt làm chủ; trên 1.100 lao động tham gia.
Nổi bật là các điểm ở xã Hướng Phùng, xã Lìa, xã Khe Sanh, xã Thượng Trạch và xã Kim Điền. Tại bản Cheng, xã Hướng Phùng, Tổ du lịch cộng đồng gồm 23 hộ Vân Kiều trích 10% doanh thu vào quỹ bản; năm 2025 quỹ chi 86 triệu đồng nâng cấp nhà văn hóa và trả công cho đội cồng chiêng. Ở bản Rục Làn, xã Kim Điền, 11 hộ người Chứt có thu nhập từ du lịch bình quân 3,5 triệu đồng/hộ/tháng.
Báo cáo nêu rõ những hạn chế: chỉ 4 trên 9 điểm có quy chế chia sẻ lợi ích được niêm yết công khai; hơn 60% khách chỉ đi trong ngày; hạ tầng giao thông đến nhiều bản còn khó khăn; nhiều homestay chưa đạt tiêu chuẩn theo Thông tư số 06/2017/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch.
Về nguồn lực, năm 2025 tỉnh bố trí 14,2 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ phát triển du lịch cộng đồng, giải ngân được 86,5%. Mỗi hộ làm homestay được hỗ trợ tối đa 40 triệu đồng cải tạo nhà ở truyền thống.
Năm 2026, Sở đề xuất UBND tỉnh ban hành quy định khung về chia sẻ lợi ích, trong đó tỷ lệ trích quỹ cộng đồng không dưới 5% doanh thu; xây dựng 3 tuyến du lịch liên bản nối hang động Phong Nha với vùng Vân Kiều; đào tạo 300 lượt người dân về kỹ năng du lịch. Sở cũng kiến nghị thực hiện Kế hoạch số 35-KH/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 21/2025/NQ-HĐND của HĐND tỉnh.
Ông Hồ Văn Bốn, Trưởng bản Cheng, xã Hướng Phùng, chia sẻ với phóng viên: "Bà con mong có thêm lớp học nấu ăn, học tiếng Anh, và mong khách ở lại bản lâu hơn một đêm".
Bà Phạm Thị Hồng Nhung, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết Sở sẽ công bố báo cáo trên Cổng thông tin điện tử để người dân, doanh nghiệp góp ý trong tháng 4.
Hữu Phước
Bài viết liên quan
- Quảng Trị: ra mắt sản phẩm du lịch "Một ngày làm người Vân Kiều" (18/03/2026)
- Phong Nha - Kẻ Bàng đón hơn 50.000 lượt khách dịp Tết (02/03/2026)
- Khe Sanh: tập huấn kỹ năng homestay cho thanh niên (20/02/2026)
""", "2026-03-27", "Năm 2025, du lịch cộng đồng vùng đồng bào Vân Kiều, Pa Kô mang về trên 38 tỷ đồng",
E("bao_cao", "2025", "2026-03-20"),
[P("Hồ Văn Bốn", "Trưởng bản Cheng"), P("Phạm Thị Hồng Nhung", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"), Q("khoảng 112.000 lượt khách", 112000, "lượt khách", "approx"),
 Q("21%", 21, "%"), Q("9 điểm du lịch cộng đồng", 9, "điểm du lịch cộng đồng"), Q("64 homestay", 64, "homestay"),
 Q("39 homestay", 39, "homestay"), Q("trên 1.100 lao động", 1100, "lao động", "over"), Q("23 hộ Vân Kiều", 23, "hộ Vân Kiều"),
 Q("10%", 10, "%"), Q("86 triệu đồng", 86000000, "đồng"), Q("11 hộ người Chứt", 11, "hộ người Chứt"),
 Q("3,5 triệu đồng", 3500000, "đồng"), Q("4 trên 9 điểm", 4, "điểm"), Q("hơn 60%", 60, "%", "over"),
 Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("86,5%", 86.5, "%"), Q("tối đa 40 triệu đồng", 40000000, "đồng"),
 Q("không dưới 5%", 5, "%", "over"), Q("3 tuyến du lịch liên bản", 3, "tuyến du lịch liên bản"), Q("300 lượt người dân", 300, "lượt người dân")],
[D("Báo cáo", "58", "BC-SVHTTDL", "2026-03-20", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", "Báo cáo số 58/BC-SVHTTDL ngày 20/3/2026"),
 D("Thông tư", "06", "2017/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 06/2017/TT-BVHTTDL"),
 D("Kế hoạch", "35", "KH/TU", "2025-12-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU ngày 15/12/2025"),
 D("Nghị quyết", "21", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 21/2025/NQ-HĐND")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Phùng"), com("Lìa"), com("Khe Sanh"), com("Thượng Trạch"), com("Kim Điền")],
["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ", "Trang chủ > Tin tức > Du lịch > Tin trong tỉnh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Tổ du lịch cộng đồng",
 "Cổng thông tin điện tử"],
["27/03/2026 06:00", "năm 2025", "năm 2024", "Năm 2026", "một đêm", "tháng 4"]))

PAGES.append(page("b8211-khanhhoa-raglai-traoqua-2026", """
Báo Khánh Hòa điện tử
Cập nhật: 08:30, 09/02/2026 (GMT+7)
Xã hội | Dân tộc - Tôn giáo
Thăm, tặng quà Tết các hộ đồng bào Raglai làm du lịch cộng đồng
(BKH) - Ngày 7/2, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do bà Mấu Thị Bích Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc Tết và tặng 150 phần quà cho các hộ đồng bào Raglai tham gia du lịch cộng đồng ở xã Khánh Vĩnh, xã Bác Ái Tây và xã Anh Dũng.
Bà Mấu Thị Bích Liên tặng quà cho nghệ nhân đàn đá tại thôn Suối Lá.
Mỗi phần quà gồm 1 triệu đồng tiền mặt và các nhu yếu phẩm trị giá 300.000 đồng; tổng trị giá 195 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động từ 7 doanh nghiệp du lịch đang khai thác tour trải nghiệm văn hóa Raglai. Trong số quà, 40 phần được trao cho các nghệ nhân đàn đá, mã la, kể khan; 25 phần cho các hộ nghèo đang làm dịch vụ ăn uống, dẫn khách.
Những năm gần đây, các thôn Suối Lá, Tà Lương, Đá Bàn đã hình thành 3 tổ du lịch cộng đồng với 52 hộ tham gia. Năm 2025, các tổ đón khoảng 8.600 lượt khách, doanh thu đạt 4,1 tỷ đồng. Theo thỏa thuận với doanh nghiệp, 15% giá mỗi tour được chuyển về quỹ của tổ; 10% quỹ dùng để lo Tết cho người già neo đơn.
Ông Cao Văn Ngót, Tổ trưởng Tổ du lịch cộng đồng thôn Suối Lá, xã Khánh Vĩnh, xúc động: "Trước đây bà con chỉ biết lên rẫy, giờ khách từ Nha Trang lên nghe đàn đá, ăn cơm lam, bà con có tiền sắm Tết". Nghệ nhân Pi Năng Thị Hạnh, 72 tuổi, người duy nhất trong thôn còn thuộc các bài kể khan dài, cũng được đoàn thăm hỏi, tặng quà.
Bà Mấu Thị Bích Liên ghi nhận các tổ du lịch đã thực hiện tốt Quy chế phối hợp số 12/QCPH-MTTQ-SVHTTDL giữa Ủy ban MTTQ Việt Nam tỉnh và Sở Văn hóa, Thể thao và Du lịch về giám sát việc chia sẻ lợi ích từ du lịch cộng đồng; đề nghị chính quyền xã tiếp tục triển khai Kế hoạch số 19/KH-UBND ngày 22/01/2026 của UBND tỉnh Khánh Hòa về phát triển du lịch miền núi năm 2026.
Ông Bo Bo Thanh Hùng, Phó Chủ tịch UBND xã Bác Ái Tây, cho biết xã đang phối hợp Vườn quốc gia Phước Bình mở thêm tuyến đi bộ xuyên rừng, dự kiến thu hút thêm 20 hộ tham gia trong năm 2026.
Theo đại diện các doanh nghiệp lữ hành, lượng khách đặt tour trải nghiệm văn hóa Raglai dịp sau Tết năm nay tăng rõ rệt, chủ yếu là khách gia đình và học sinh từ Nha Trang, Phan Rang; các doanh nghiệp cam kết tiếp tục đặt dịch vụ ăn, nghỉ tại nhà dân thay vì đưa khách về ngủ ở trung tâm. Cùng ngày, đoàn đã thăm, tặng 10 suất quà cho các chức sắc, người có uy tín trong đồng bào Raglai.
Minh Thư
Tin khác
- Khánh Sơn: Chợ phiên Tết của đồng bào Raglai (05/02/2026)
- Cam Lâm: trao 300 suất quà Tết cho công nhân (03/02/2026)
- Phan Rang ngày giáp Tết (01/02/2026)
""", "2026-02-09", "Thăm, tặng quà Tết các hộ đồng bào Raglai làm du lịch cộng đồng",
E("trao_qua", None, "2026-02-07"),
[P("Mấu Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Văn Ngót", "Tổ trưởng Tổ du lịch cộng đồng thôn Suối Lá"), P("Pi Năng Thị Hạnh", "Nghệ nhân"),
 P("Bo Bo Thanh Hùng", "Phó Chủ tịch UBND xã Bác Ái Tây")],
[Q("150 phần quà", 150, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("195 triệu đồng", 195000000, "đồng"), Q("7 doanh nghiệp du lịch", 7, "doanh nghiệp du lịch"), Q("40 phần", 40, "phần"),
 Q("25 phần", 25, "phần"), Q("3 tổ du lịch cộng đồng", 3, "tổ du lịch cộng đồng"), Q("52 hộ", 52, "hộ"),
 Q("khoảng 8.600 lượt khách", 8600, "lượt khách", "approx"), Q("4,1 tỷ đồng", 4100000000, "đồng"), Q("15%", 15, "%"),
 Q("10%", 10, "%"), Q("20 hộ", 20, "hộ"), Q("10 suất quà", 10, "suất quà")],
[D("Quy chế phối hợp", "12", "QCPH-MTTQ-SVHTTDL", None, None, "Quy chế phối hợp số 12/QCPH-MTTQ-SVHTTDL"),
 D("Kế hoạch", "19", "KH-UBND", "2026-01-22", "UBND tỉnh Khánh Hòa", "Kế hoạch số 19/KH-UBND ngày 22/01/2026")],
[prov("Khánh Hòa"), com("Khánh Vĩnh"), com("Bác Ái Tây"), com("Anh Dũng")],
["Báo Khánh Hòa điện tử", "Xã hội | Dân tộc - Tôn giáo", "(BKH)", "Bà Mấu Thị Bích Liên tặng quà cho nghệ nhân đàn đá tại thôn Suối Lá.",
 "Vườn quốc gia Phước Bình"],
["Cập nhật: 08:30, 09/02/2026 (GMT+7)", "Năm 2025", "72 tuổi", "năm 2026"]))

PAGES.append(page("b8212-langson-tay-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LẠNG SƠN
Hôm nay: Thứ Hai, 27/04/2026
Trang chủ › Dân vận › Tin hoạt động
Thứ Sáu, 24/04/2026 - 16:20
Ảnh: Toàn cảnh hội nghị.
Giao ban công tác dân vận: Vận động đồng bào Tày, Nùng phát triển homestay gắn với chia sẻ lợi ích
Ngày 22/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị giao ban công tác dân vận quý I năm 2026, kết hợp trao đổi chuyên đề vận động nhân dân phát triển du lịch cộng đồng. Đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Hoàng Thị Quyên chủ trì hội nghị.
Tham dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lương Văn Khải, Chu Thị Hà; Trưởng phòng Dân vận và Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy Vi Văn Thắm; bí thư đảng ủy, trưởng khối dân vận của 12 xã có điểm du lịch cộng đồng.
Báo cáo quý I cho thấy, các cơ quan khối dân vận đã phối hợp tổ chức 46 buổi tuyên truyền, đối thoại với khoảng 2.800 lượt người dân về du lịch cộng đồng; vận động 31 hộ tham gia làm homestay mới. Thôn Quỳnh Sơn, xã Bắc Sơn hiện có 34 homestay nhà sàn, quý I đón trên 21.000 lượt khách dịp mùa hoa mận; quỹ cộng đồng thôn thu khoảng 180 triệu đồng từ mức đóng góp 5% doanh thu của các hộ.
Tại hội nghị, ông Dương Công Khoa, Bí thư Đảng ủy xã Bắc Sơn, nêu thực trạng 7 hộ tự ý dựng lều bán hàng trên cánh đồng, 2 vụ việc mâu thuẫn giữa hộ làm homestay và hộ không làm du lịch về việc xe khách đi qua ruộng. Đảng ủy xã đã chỉ đạo hòa giải thành cả 2 vụ, thống nhất trích 1% doanh thu bù cho các hộ có ruộng dọc lối đi.
Bà Lăng Thị Nhàn, Chủ tịch Ủy ban MTTQ Việt Nam xã Mẫu Sơn, cho biết đồng bào Dao ở Khuổi Cấp đề nghị được hỗ trợ từ 30 đến 50 triệu đồng/hộ để làm homestay; hiện 9 hộ đã đăng ký.
Kết luận hội nghị, đồng chí Hoàng Thị Quyên yêu cầu quý II các xã tiếp tục cụ thể hóa Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và về phát triển du lịch cộng đồng; thực hiện Hướng dẫn số 14-HD/BTGDVTU ngày 10/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" trong du lịch; phấn đấu đến hết năm 2026 có ít nhất 15 thôn du lịch cộng đồng có quy chế chia sẻ lợi ích công khai.
Hội nghị cũng triển khai nhiệm vụ trọng tâm quý II năm 2026.
Thu Trang
Lượt xem: 389
Tin liên quan
- Xã Bắc Sơn: Lễ hội hoa mận Quỳnh Sơn năm 2026 (14/02/2026)
- Giao ban công tác dân vận quý IV năm 2025 (22/01/2026)
- Hữu Liên: ra mắt Tổ du lịch cộng đồng thôn Lân Bài (09/01/2026)
""", "2026-04-24", "Giao ban công tác dân vận: Vận động đồng bào Tày, Nùng phát triển homestay gắn với chia sẻ lợi ích",
E("giao_ban", "2026-Q1", "2026-04-22"),
[P("Hoàng Thị Quyên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Văn Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Chu Thị Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vi Văn Thắm", "Trưởng phòng Dân vận và Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Dương Công Khoa", "Bí thư Đảng ủy xã Bắc Sơn"), P("Lăng Thị Nhàn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mẫu Sơn")],
[Q("12 xã", 12, "xã"), Q("46 buổi tuyên truyền, đối thoại", 46, "buổi tuyên truyền, đối thoại"),
 Q("khoảng 2.800 lượt người dân", 2800, "lượt người dân", "approx"), Q("31 hộ", 31, "hộ"), Q("34 homestay nhà sàn", 34, "homestay nhà sàn"),
 Q("trên 21.000 lượt khách", 21000, "lượt khách", "over"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("5%", 5, "%"),
 Q("7 hộ", 7, "hộ"), Q("2 vụ việc mâu thuẫn", 2, "vụ việc mâu thuẫn"), Q("1%", 1, "%"),
 Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("9 hộ", 9, "hộ"),
 Q("ít nhất 15 thôn du lịch cộng đồng", 15, "thôn du lịch cộng đồng", "over")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", "2026-03-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BTGDVTU ngày 10/3/2026")],
[prov("Lạng Sơn"), com("Bắc Sơn"), com("Mẫu Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LẠNG SƠN", "Hôm nay: Thứ Hai, 27/04/2026", "Trang chủ › Dân vận › Tin hoạt động",
 "Ảnh: Toàn cảnh hội nghị.", "Dân vận khéo", "Lượt xem: 389"],
["Thứ Sáu, 24/04/2026 - 16:20", "quý I năm 2026", "quý II năm 2026", "năm 2026", "Lượt xem: 389"]))
