from lib import *
PAGES = []

PAGES.append(page("b6959-langson-hoinongdan-doithoai-2024", """
BÁO LẠNG SƠN
Chính trị | Kinh tế | Xã hội | Pháp luật
Cập nhật: 27/09/2024 09:10
Đối thoại chính sách, pháp luật với hội viên nông dân
Ngày 26/9, tại xã Hoàng Văn Thụ, huyện Văn Lãng, Hội Nông dân tỉnh Lạng Sơn phối hợp với Sở Tư pháp, Sở Tài nguyên và Môi trường tổ chức hội nghị đối thoại chính sách, pháp luật với hội viên nông dân năm 2024. Gần 200 hội viên nông dân của 6 xã trong huyện tham dự.
Chủ trì đối thoại có các đồng chí: Hoàng Thị Lụa, Nông Văn Sầm - Phó Chủ tịch Hội Nông dân tỉnh; ông Vi Đức Trọng, Phó Giám đốc Sở Tư pháp; bà Lành Thị Tuyến, Phó Chủ tịch UBND huyện Văn Lãng.
Hội viên nông dân nêu ý kiến tại hội nghị đối thoại.
Hội nghị được tổ chức theo Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam trong việc thường xuyên lắng nghe, đối thoại với nông dân và Chương trình phối hợp số 05/CTPH-HND-STP giữa Hội Nông dân tỉnh và Sở Tư pháp giai đoạn 2022 - 2026.
Trước khi đối thoại, ông Vi Đức Trọng giới thiệu những điểm mới của Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024, nhất là quy định về cấp giấy chứng nhận cho đất không có giấy tờ, hạn mức nhận chuyển nhượng đất nông nghiệp, bồi thường khi Nhà nước thu hồi đất.
Tại đối thoại, 14 ý kiến của nông dân tập trung vào thủ tục tách thửa, chuyển mục đích sử dụng đất trồng rừng, tranh chấp ranh giới đất đồi giữa các hộ. Ông Chu Văn Pắn, thôn Nà Pàn, hỏi: gia đình ông canh tác ổn định từ năm 1985 nhưng chưa được cấp giấy chứng nhận thì nay giải quyết thế nào. Bà Hà Thị Lìu, Chi hội trưởng chi hội nông dân thôn Bản Chu, đề nghị có cán bộ tư pháp xuống tận thôn hướng dẫn lập di chúc, thừa kế đất đai để tránh tranh chấp trong gia đình.
Các ý kiến đều được đại diện các sở trả lời trực tiếp. Bà Lành Thị Tuyến cho biết, năm 2024 huyện đã cấp 1.362 giấy chứng nhận quyền sử dụng đất lần đầu; 11 tổ hòa giải ở các thôn đã hòa giải thành 26/30 vụ tranh chấp đất đai. Với những vụ việc phức tạp, UBND huyện sẽ thành lập tổ công tác liên ngành kiểm tra, trả lời nông dân trong vòng 30 ngày.
Phát biểu kết luận, đồng chí Hoàng Thị Lụa đề nghị các cấp hội phối hợp với công chức tư pháp - hộ tịch xã duy trì 82 câu lạc bộ "Nông dân với pháp luật" trong toàn tỉnh, mỗi câu lạc bộ sinh hoạt ít nhất 1 lần mỗi quý. Hội Nông dân tỉnh sẽ tổng hợp các kiến nghị chưa được giải đáp gửi cơ quan chức năng.
Năm 2024, Hội Nông dân tỉnh dự kiến tổ chức 11 hội nghị đối thoại ở các huyện, thành phố; đến nay đã tổ chức 7 hội nghị với khoảng 1.300 lượt nông dân tham dự. Dịp này, Ban tổ chức tặng 200 cuốn sổ tay pháp luật đất đai cho hội viên.
Hoàng Quyên
Tin cùng chuyên mục
- Cao Lộc: tuyên truyền Luật Đất đai năm 2024 cho người dân vùng biên (20/09/2024)
- Tập huấn kỹ năng hòa giải cho hòa giải viên huyện Bình Gia (11/09/2024)
- Lộc Bình: xét xử lưu động vụ án vận chuyển hàng cấm (30/08/2024)
""", "2024-09-27", "Đối thoại chính sách, pháp luật với hội viên nông dân",
E("doi_thoai", "2024", "2024-09-26"),
[P("Hoàng Thị Lụa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Văn Sầm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vi Đức Trọng", "Phó Giám đốc Sở Tư pháp"),
 P("Lành Thị Tuyến", "Phó Chủ tịch UBND huyện Văn Lãng"),
 P("Chu Văn Pắn"),
 P("Hà Thị Lìu", "Chi hội trưởng chi hội nông dân thôn Bản Chu")],
[Q("Gần 200 hội viên nông dân", 200, "hội viên nông dân", "approx"), Q("6 xã", 6, "xã"), Q("14 ý kiến", 14, "ý kiến"),
 Q("1.362 giấy chứng nhận quyền sử dụng đất", 1362, "giấy chứng nhận quyền sử dụng đất"), Q("11 tổ hòa giải", 11, "tổ hòa giải"),
 Q("26/30 vụ tranh chấp đất đai", 26, "vụ tranh chấp đất đai"), Q("82 câu lạc bộ", 82, "câu lạc bộ"), Q("ít nhất 1 lần", 1, "lần", "over"),
 Q("11 hội nghị đối thoại", 11, "hội nghị đối thoại"), Q("7 hội nghị", 7, "hội nghị"),
 Q("khoảng 1.300 lượt nông dân", 1300, "lượt nông dân", "approx"), Q("200 cuốn sổ tay pháp luật đất đai", 200, "cuốn sổ tay pháp luật đất đai")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Chương trình phối hợp", "05", "CTPH-HND-STP", None, None, "Chương trình phối hợp số 05/CTPH-HND-STP")],
[prov("Lạng Sơn"), com("Hoàng Văn Thụ")],
["BÁO LẠNG SƠN", "Chính trị | Kinh tế | Xã hội | Pháp luật", "Hội viên nông dân nêu ý kiến tại hội nghị đối thoại.",
 "Luật Đất đai năm 2024", "Nông dân với pháp luật"],
["Cập nhật: 27/09/2024 09:10", "năm 2024", "giai đoạn 2022 - 2026", "năm 1985", "30 ngày", "Năm 2024"]))

PAGES.append(page("b6960-soctrang-phobienphapluat-khmer-hoinghi-2024", """
SÓC TRĂNG ONLINE
Tin tức › Dân tộc - Tôn giáo › Pháp luật
T6, 18/10/2024 - 14:20
Phổ biến pháp luật cho hơn 150 chức sắc, sư sãi và người có uy tín
Sáng 17/10, Sở Tư pháp phối hợp với Ban Dân tộc tỉnh Sóc Trăng tổ chức hội nghị phổ biến, giáo dục pháp luật cho chức sắc, sư sãi, người có uy tín trong đồng bào Khmer năm 2024. Hội nghị thu hút hơn 150 đại biểu đến từ 11 huyện, thị xã, thành phố.
Đến dự có ông Lâm Hoàng Sa, Phó Trưởng Ban Dân tộc tỉnh; ông Trần Văn Lợi, Phó Giám đốc Sở Tư pháp; Thượng tọa Lâm Sa Vone, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Som Rông.
Thượng tọa Lâm Sa Vone phát biểu tại hội nghị. Ảnh: Kim Lan
Tại hội nghị, báo cáo viên pháp luật của Sở Tư pháp đã giới thiệu những nội dung cơ bản của Luật Tín ngưỡng, tôn giáo, Luật Đất đai năm 2024, Luật Phòng, chống bạo lực gia đình năm 2022 và Luật Thực hiện dân chủ ở cơ sở; hướng dẫn cách nhận diện thông tin xấu, độc trên mạng xã hội. Tài liệu được biên soạn song ngữ Việt - Khmer và phát kèm 150 bộ tài liệu cho các đại biểu.
Theo ông Trần Văn Lợi, tỉnh có 92 chùa Phật giáo Nam tông Khmer với khoảng 2.500 sư sãi; 405 người có uy tín trong đồng bào dân tộc thiểu số. Thực hiện Kế hoạch số 171/KH-UBND ngày 10/9/2024 của UBND tỉnh, từ đầu năm Sở đã phối hợp tổ chức 26 cuộc tuyên truyền tại các chùa, điểm chùa, thu hút khoảng 3.800 lượt phật tử và người dân. Nhiều vị sư cả đã lồng ghép nội dung pháp luật vào các buổi thuyết pháp dịp lễ Sene Đôlta.
Chia sẻ tại hội nghị, Đại đức Thạch Sô Phanh, trụ trì chùa Prey Chóp, xã Đại Ân 2, cho biết chùa duy trì lớp dạy chữ Khmer hè cho 120 em, đồng thời mời công chức tư pháp - hộ tịch xã đến giảng về phòng, chống ma túy, tai nạn giao thông. Bà Sơn Thị Bô Pha, người có uy tín ấp Đại Ân, thị trấn Trần Đề, đề nghị tiếp tục hỗ trợ kinh phí để người có uy tín tham gia hòa giải, hiện mỗi người chỉ được hỗ trợ 500.000 đồng/quý.
Phát biểu kết thúc hội nghị, ông Lâm Hoàng Sa đề nghị các chức sắc, sư sãi, người có uy tín tiếp tục là cầu nối đưa pháp luật đến với bà con; phối hợp với tổ hòa giải ở ấp giải quyết mâu thuẫn ngay từ cơ sở, không để phát sinh khiếu kiện đông người. Sở Tư pháp sẽ in thêm 2.000 tờ gấp song ngữ gửi về các chùa trước Tết Chôl Chnăm Thmây 2025.
Trong năm 2024, các tổ hòa giải ở vùng đồng bào Khmer của tỉnh đã hòa giải thành 318/352 vụ việc, đạt 90,3%.
Đại diện Hội Đoàn kết sư sãi yêu nước tỉnh cũng kiến nghị tổ chức thêm các lớp tập huấn ngắn ngày về pháp luật cho sư sãi mới xuất gia, vì nhiều vị còn trẻ, chưa nắm các quy định về đăng ký hoạt động tôn giáo, quản lý đất chùa. Sở Tư pháp ghi nhận và sẽ đưa nội dung này vào kế hoạch năm sau.
Sơn Thành
Xem thêm
- Sóc Trăng: 109 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật (08/10/2024)
- Ra mắt mô hình "Chùa gắn với pháp luật" ở Châu Thành (27/09/2024)
""", "2024-10-18", "Phổ biến pháp luật cho hơn 150 chức sắc, sư sãi và người có uy tín",
E("hoi_nghi", "2024", "2024-10-17"),
[P("Lâm Hoàng Sa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Văn Lợi", "Phó Giám đốc Sở Tư pháp"),
 P("Lâm Sa Vone", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Som Rông"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Prey Chóp"),
 P("Sơn Thị Bô Pha", "người có uy tín ấp Đại Ân")],
[Q("hơn 150 chức sắc, sư sãi", 150, "chức sắc, sư sãi", "over"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("150 bộ tài liệu", 150, "bộ tài liệu"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 2.500 sư sãi", 2500, "sư sãi", "approx"), Q("405 người có uy tín", 405, "người có uy tín"),
 Q("26 cuộc tuyên truyền", 26, "cuộc tuyên truyền"), Q("khoảng 3.800 lượt phật tử và người dân", 3800, "lượt phật tử và người dân", "approx"),
 Q("120 em", 120, "em"), Q("500.000 đồng", 500000, "đồng"), Q("2.000 tờ gấp song ngữ", 2000, "tờ gấp song ngữ"),
 Q("318/352 vụ việc", 318, "vụ việc"), Q("90,3%", 90.3, "%")],
[D("Kế hoạch", "171", "KH-UBND", "2024-09-10", "UBND tỉnh", "Kế hoạch số 171/KH-UBND ngày 10/9/2024")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Trần Đề")],
["SÓC TRĂNG ONLINE", "Tin tức › Dân tộc - Tôn giáo › Pháp luật", "Thượng tọa Lâm Sa Vone phát biểu tại hội nghị. Ảnh: Kim Lan",
 "Luật Tín ngưỡng, tôn giáo", "Luật Đất đai năm 2024", "Luật Phòng, chống bạo lực gia đình năm 2022", "Luật Thực hiện dân chủ ở cơ sở",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Sene Đôlta", "Chôl Chnăm Thmây"],
["T6, 18/10/2024 - 14:20", "năm 2024", "Tết Chôl Chnăm Thmây 2025", "Trong năm 2024"]))

PAGES.append(page("b6961-hungyen-tuphap-tongket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH HƯNG YÊN
You are here: Trang chủ > Tin tức - Sự kiện > Tin hoạt động
Ngày đăng: 10/01/2025
Ngành Tư pháp triển khai nhiệm vụ năm 2025
Toàn cảnh hội nghị.
Ngày 09/01/2025, Sở Tư pháp tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác tư pháp năm 2024, triển khai nhiệm vụ năm 2025. Dự và chỉ đạo hội nghị có đồng chí Nguyễn Lê Huy, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh. Chủ trì hội nghị có ông Đào Quang Vinh, Giám đốc Sở Tư pháp và các Phó Giám đốc Sở Tư pháp: Trần Thị Thu Hà, Nguyễn Văn Định, Lưu Đức Khánh.
Năm 2024, Sở đã thẩm định 68 dự thảo văn bản quy phạm pháp luật, kiểm tra 214 văn bản của HĐND, UBND cấp huyện, xã, phát hiện 9 văn bản có sai sót về thể thức. Công tác PBGDPL tiếp tục đổi mới: toàn tỉnh tổ chức 3.916 hội nghị, buổi tuyên truyền với hơn 275.000 lượt người nghe; Sở đăng tải 1.240 tin, bài trên Trang thông tin điện tử PBGDPL.
Về hòa giải ở cơ sở, 1.592 tổ hòa giải với 10.860 hòa giải viên đã hòa giải thành 1.037/1.169 vụ việc, đạt 88,7%. Đến hết năm 2024, 139/139 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật theo Quyết định số 25/2021/QĐ-TTg. Tỉnh đã bố trí hơn 4,3 tỷ đồng cho công tác PBGDPL, hòa giải và chuẩn tiếp cận pháp luật.
Ở cấp xã, 100% xã, phường, thị trấn bố trí đủ 2 công chức tư pháp - hộ tịch; trong năm, các xã đăng ký khai sinh cho 16.420 trẻ em, liên thông thủ tục đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi đạt 97%. Bà Đỗ Thị Hạnh, công chức tư pháp - hộ tịch phường Hiến Nam, thành phố Hưng Yên, được Bộ trưởng Bộ Tư pháp tặng bằng khen.
Tham luận tại hội nghị, ông Lê Văn Thịnh, Trưởng phòng Tư pháp huyện Văn Giang, chia sẻ kinh nghiệm tuyên truyền pháp luật cho người dân vùng giải phóng mặt bằng dự án đường vành đai 4; xã Phụng Công đã lập 3 tổ hòa giải chuyên đề về bồi thường, hỗ trợ, tái định cư.
Phát biểu chỉ đạo, đồng chí Nguyễn Lê Huy đề nghị năm 2025 ngành tư pháp tập trung tham mưu thực hiện Kết luận 42, 43-KL/TU của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức bộ máy và về nâng cao chất lượng công tác xây dựng, thi hành pháp luật; chuẩn bị tốt việc chuyển giao nhiệm vụ tư pháp khi sắp xếp đơn vị hành chính; thực hiện Kế hoạch số 09/KH-UBND ngày 6/1/2025 của UBND tỉnh về công tác PBGDPL năm 2025, không để gián đoạn phục vụ người dân.
Dịp này, Sở Tư pháp công bố quyết định khen thưởng cho 16 tập thể và 32 cá nhân có thành tích xuất sắc trong năm 2024. Ngành phấn đấu năm 2025 tỷ lệ hòa giải thành đạt từ 85% trở lên, toàn bộ thủ tục hành chính lĩnh vực hộ tịch được giải quyết trực tuyến toàn trình.
Văn phòng Sở Tư pháp
Tin khác
- Hưng Yên: trao giải cuộc thi "Tìm hiểu pháp luật trực tuyến" năm 2024 (30/12/2024)
- Sở Tư pháp giao ban quý IV năm 2024 (20/12/2024)
- Tập huấn nghiệp vụ hộ tịch cho công chức cấp xã (05/12/2024)
""", "2025-01-10", "Ngành Tư pháp triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-09"),
[P("Nguyễn Lê Huy", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Đào Quang Vinh", "Giám đốc Sở Tư pháp"),
 P("Trần Thị Thu Hà", "Phó Giám đốc Sở Tư pháp"),
 P("Nguyễn Văn Định", "Phó Giám đốc Sở Tư pháp"),
 P("Lưu Đức Khánh", "Phó Giám đốc Sở Tư pháp"),
 P("Đỗ Thị Hạnh", "công chức tư pháp - hộ tịch phường Hiến Nam"),
 P("Lê Văn Thịnh", "Trưởng phòng Tư pháp huyện Văn Giang")],
[Q("68 dự thảo văn bản quy phạm pháp luật", 68, "dự thảo văn bản quy phạm pháp luật"), Q("214 văn bản", 214, "văn bản"),
 Q("9 văn bản", 9, "văn bản"), Q("3.916 hội nghị, buổi tuyên truyền", 3916, "hội nghị, buổi tuyên truyền"),
 Q("hơn 275.000 lượt người nghe", 275000, "lượt người nghe", "over"), Q("1.240 tin, bài", 1240, "tin, bài"),
 Q("1.592 tổ hòa giải", 1592, "tổ hòa giải"), Q("10.860 hòa giải viên", 10860, "hòa giải viên"),
 Q("1.037/1.169 vụ việc", 1037, "vụ việc"), Q("88,7%", 88.7, "%"), Q("139/139 xã, phường, thị trấn", 139, "xã, phường, thị trấn"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("100%", 100, "%"), Q("2 công chức tư pháp - hộ tịch", 2, "công chức tư pháp - hộ tịch"),
 Q("16.420 trẻ em", 16420, "trẻ em"), Q("97%", 97, "%"), Q("3 tổ hòa giải chuyên đề", 3, "tổ hòa giải chuyên đề"),
 Q("16 tập thể", 16, "tập thể"), Q("32 cá nhân có thành tích xuất sắc", 32, "cá nhân có thành tích xuất sắc"),
 Q("từ 85% trở lên", 85, "%", "over")],
[D("Quyết định", "25", "2021/QĐ-TTg", None, None, "Quyết định số 25/2021/QĐ-TTg"),
 D("Kết luận", "42", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 42, 43-KL/TU"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 42, 43-KL/TU"),
 D("Kế hoạch", "09", "KH-UBND", "2025-01-06", "UBND tỉnh", "Kế hoạch số 09/KH-UBND ngày 6/1/2025")],
[prov("Hưng Yên"), com("Hiến Nam"), com("Phụng Công")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH HƯNG YÊN", "You are here: Trang chủ > Tin tức - Sự kiện > Tin hoạt động",
 "Toàn cảnh hội nghị.", "Trang thông tin điện tử PBGDPL"],
["Ngày đăng: 10/01/2025", "năm 2025", "năm 2024", "6 tuổi", "vành đai 4"]))

PAGES.append(page("b6962-dongnai-tuphap-giaoban-q3-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự » Chính trị » Nội chính - Pháp luật
14/10/2025 - 14:30
Giao ban tư pháp quý III: ổn định hoạt động tư pháp ở 95 xã, phường sau sắp xếp
Chiều 13-10, Sở Tư pháp tỉnh Đồng Nai tổ chức giao ban trực tuyến công tác tư pháp quý III năm 2025 với 95 xã, phường. Đây là lần giao ban quý đầu tiên kể từ khi tỉnh Đồng Nai mới (hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước) vận hành chính quyền địa phương 2 cấp. Bà Võ Thị Ngọc Dung, Phó Giám đốc Sở Tư pháp chủ trì.
Đại biểu dự giao ban tại điểm cầu phường Trấn Biên.
Theo báo cáo, từ ngày 1/7 đến 30/9/2025, cấp xã đã tiếp nhận 48.615 hồ sơ chứng thực và 21.372 hồ sơ hộ tịch, trong đó khoảng 92% hồ sơ hộ tịch được giải quyết đúng hạn. Thực hiện Nghị định số 120/2025/NĐ-CP của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 2 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp, nhiều nhiệm vụ trước đây của cấp huyện như chứng thực hợp đồng, đăng ký hộ tịch có yếu tố nước ngoài đã chuyển về xã, phường.
Toàn tỉnh hiện có 2.416 tổ hòa giải với gần 15.000 hòa giải viên. Trong quý III, các tổ đã hòa giải thành 421/503 vụ việc. Sở Tư pháp đã tổ chức 4 lớp bồi dưỡng nghiệp vụ cho 380 công chức làm công tác tư pháp - hộ tịch tại Văn phòng HĐND và UBND các xã, phường, theo Kế hoạch số 215/KH-UBND ngày 8/7/2025 của UBND tỉnh.
Tại điểm cầu xã Bù Đăng, bà Điểu Thị Lan, công chức tư pháp - hộ tịch xã Bù Đăng, phản ánh xã rộng hơn 400 km2 sau sáp nhập, nhiều sóc đồng bào S'tiêng ở xa trung tâm, người dân đi làm giấy tờ rất vất vả; đề nghị tổ chức đăng ký hộ tịch lưu động mỗi tháng ít nhất 2 lần. Ông Phạm Minh Trí, Phó Chủ tịch UBND phường Trấn Biên, cho biết phường có hơn 190.000 dân, lượng hồ sơ chứng thực mỗi ngày 250 - 300 hồ sơ, trong khi chỉ có 3 công chức tư pháp.
Ông Nguyễn Thành Nhân, Trưởng phòng Hành chính tư pháp Sở Tư pháp, lưu ý các xã rà soát việc thực hiện tiêu chí tiếp cận pháp luật theo Quyết định số 25/2021/QĐ-TTg sau khi thay đổi địa giới; không để tồn đọng sổ hộ tịch của các xã cũ chưa bàn giao.
Kết luận giao ban, bà Võ Thị Ngọc Dung đề nghị các xã, phường khẩn trương kiện toàn tổ hòa giải theo địa bàn ấp, khu phố mới, chuẩn bị tổ chức Ngày Pháp luật năm 2025; số hóa toàn bộ sổ hộ tịch cũ trước ngày 31/12/2025. Sở sẽ đề xuất UBND tỉnh bổ sung biên chế cho những phường có lượng hồ sơ lớn và hỗ trợ 1,5 tỷ đồng mua máy scan, máy tính cho các xã vùng sâu.
Theo Sở Tư pháp, quý IV sẽ có thêm 2 đợt kiểm tra công tác chứng thực, hộ tịch tại 20 xã, phường có nhiều phản ánh.
Hạnh Dung
Tin liên quan
- Đồng Nai: hơn 2.400 tổ hòa giải được kiện toàn sau sắp xếp (25/09/2025)
- Phường Bình Phước ra mắt tổ tư vấn pháp luật cộng đồng (12/09/2025)
- Tập huấn Luật Tổ chức chính quyền địa phương năm 2025 (28/08/2025)
""", "2025-10-14", "Giao ban tư pháp quý III: ổn định hoạt động tư pháp ở 95 xã, phường sau sắp xếp",
E("giao_ban", "2025-Q3", "2025-10-13"),
[P("Võ Thị Ngọc Dung", "Phó Giám đốc Sở Tư pháp"),
 P("Điểu Thị Lan", "công chức tư pháp - hộ tịch xã Bù Đăng"),
 P("Phạm Minh Trí", "Phó Chủ tịch UBND phường Trấn Biên"),
 P("Nguyễn Thành Nhân", "Trưởng phòng Hành chính tư pháp Sở Tư pháp")],
[Q("95 xã, phường", 95, "xã, phường"), Q("48.615 hồ sơ chứng thực", 48615, "hồ sơ chứng thực"),
 Q("21.372 hồ sơ hộ tịch", 21372, "hồ sơ hộ tịch"), Q("khoảng 92%", 92, "%", "approx"),
 Q("2.416 tổ hòa giải", 2416, "tổ hòa giải"), Q("gần 15.000 hòa giải viên", 15000, "hòa giải viên", "approx"),
 Q("421/503 vụ việc", 421, "vụ việc"), Q("4 lớp bồi dưỡng nghiệp vụ", 4, "lớp bồi dưỡng nghiệp vụ"), Q("380 công chức", 380, "công chức"),
 Q("hơn 400 km2", 400, "km2", "over"), Q("ít nhất 2 lần", 2, "lần", "over"), Q("hơn 190.000 dân", 190000, "dân", "over"),
 Q("250 - 300 hồ sơ", 300, "hồ sơ", "approx"), Q("3 công chức tư pháp", 3, "công chức tư pháp"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("2 đợt kiểm tra", 2, "đợt kiểm tra"), Q("20 xã, phường", 20, "xã, phường")],
[D("Nghị định", "120", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 120/2025/NĐ-CP"),
 D("Kế hoạch", "215", "KH-UBND", "2025-07-08", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 8/7/2025"),
 D("Quyết định", "25", "2021/QĐ-TTg", None, None, "Quyết định số 25/2021/QĐ-TTg")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bù Đăng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự » Chính trị » Nội chính - Pháp luật", "Đại biểu dự giao ban tại điểm cầu phường Trấn Biên.",
 "Ngày Pháp luật"],
["14/10/2025 - 14:30", "quý III năm 2025", "2 cấp", "quý III", "quý IV", "năm 2025", "mỗi tháng"]))

PAGES.append(page("b6963-vinhlong-pbgdpl-tongket-2025", """
Hôm nay: Thứ Hai, 19/01/2026
BÁO VĨNH LONG
Chính trị / Pháp luật / Tin tức
Thứ Sáu, 16/01/2026
Vĩnh Long: Đưa pháp luật đến gần dân ở 124 xã, phường sau hợp nhất
Ngày 15/01/2026, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm 2025. Đồng chí Lê Văn Sử, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp PBGDPL tỉnh chủ trì. Dự hội nghị có đại diện 38 sở, ngành thành viên Hội đồng và lãnh đạo UBND các xã, phường.
Năm 2025 là năm đặc biệt khi tỉnh Vĩnh Long mới được thành lập từ ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, có 124 đơn vị hành chính cấp xã. Hội đồng phối hợp PBGDPL tỉnh được kiện toàn theo Quyết định số 1156/QĐ-UBND ngày 15/8/2025 của UBND tỉnh, sau đó ban hành kế hoạch số 36/KH-HĐPH về công tác năm 2025 - 2026.
Theo báo cáo, cả năm toàn tỉnh tổ chức 11.280 cuộc tuyên truyền trực tiếp với hơn 620.000 lượt người; phát hành gần 180.000 tài liệu, trong đó 21.000 tài liệu song ngữ Việt - Khmer. Các tổ hòa giải ở cơ sở đã hòa giải thành 3.964/4.517 vụ việc, đạt 87,8%. Tổng kinh phí chi cho công tác PBGDPL và hòa giải là 9,7 tỷ đồng.
Đội ngũ làm công tác tư pháp cấp xã sau sắp xếp có 376 công chức, bình quân 3 người mỗi xã, phường. Tuy vậy, nhiều công chức mới chuyển từ cấp huyện về, chưa quen với nghiệp vụ hộ tịch; một số phường đông dân hồ sơ tồn đọng vào cuối quý III.
Tại hội nghị, bà Thạch Thị Sà Quol, công chức tư pháp - hộ tịch phường Nguyệt Hóa, chia sẻ kinh nghiệm phối hợp với các chùa Khmer mở "Phòng đọc pháp luật" ngay trong sala chùa. Ông Kim Ngọc Thái, Phó Chủ tịch UBND xã Hòa Minh, đề xuất giao cho xã chủ động phân bổ kinh phí hỗ trợ hòa giải viên, hiện mức chi mỗi vụ việc chỉ 300.000 đồng. Ông Huỳnh Văn Năm, Trưởng ấp Phú Thạnh, xã Long Hữu, kể lại việc tổ hòa giải ấp vận động 2 anh em ruột rút đơn kiện tranh chấp 1.200 m2 đất vườn.
Ông Dương Thanh Tùng, Giám đốc Sở Tư pháp, Phó Chủ tịch Thường trực Hội đồng, cho biết năm 2026, Sở sẽ tham mưu thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật; tập trung tuyên truyền các luật mới, các quy định về chính quyền địa phương 2 cấp, bầu cử đại biểu Quốc hội và HĐND các cấp.
Kết luận hội nghị, đồng chí Lê Văn Sử yêu cầu các thành viên Hội đồng bám sát Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác bầu cử và về PBGDPL trong tình hình mới; phấn đấu năm 2026 không dưới 95% xã, phường đạt chuẩn tiếp cận pháp luật. Dịp này, UBND tỉnh tặng bằng khen cho 20 tập thể, 35 cá nhân.
Hữu Thọ
Bài viết liên quan
- Vĩnh Long: tập huấn cho 1.000 tuyên truyền viên pháp luật cấp xã (06/01/2026)
- Trà Cú (cũ): hòa giải thành 9 vụ tranh chấp đất đai kéo dài (26/12/2025)
- Sở Tư pháp giao ban quý IV năm 2025 (19/12/2025)
""", "2026-01-16", "Vĩnh Long: Đưa pháp luật đến gần dân ở 124 xã, phường sau hợp nhất",
E("tong_ket", "2025", "2026-01-15"),
[P("Lê Văn Sử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng phối hợp PBGDPL tỉnh"),
 P("Thạch Thị Sà Quol", "công chức tư pháp - hộ tịch phường Nguyệt Hóa"),
 P("Kim Ngọc Thái", "Phó Chủ tịch UBND xã Hòa Minh"),
 P("Huỳnh Văn Năm", "Trưởng ấp Phú Thạnh"),
 P("Dương Thanh Tùng", "Giám đốc Sở Tư pháp", "Phó Chủ tịch Thường trực Hội đồng")],
[Q("124 xã, phường", 124, "xã, phường"), Q("38 sở, ngành", 38, "sở, ngành"),
 Q("11.280 cuộc tuyên truyền trực tiếp", 11280, "cuộc tuyên truyền trực tiếp"), Q("hơn 620.000 lượt người", 620000, "lượt người", "over"),
 Q("gần 180.000 tài liệu", 180000, "tài liệu", "approx"), Q("21.000 tài liệu song ngữ Việt - Khmer", 21000, "tài liệu song ngữ Việt - Khmer"),
 Q("3.964/4.517 vụ việc", 3964, "vụ việc"), Q("87,8%", 87.8, "%"), Q("9,7 tỷ đồng", 9700000000, "đồng"),
 Q("376 công chức", 376, "công chức"), Q("3 người", 3, "người"), Q("300.000 đồng", 300000, "đồng"), Q("2 anh em ruột", 2, "anh em ruột"),
 Q("1.200 m2", 1200, "m2"), Q("không dưới 95%", 95, "%", "over"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quyết định", "1156", "QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 1156/QĐ-UBND ngày 15/8/2025"),
 D("Kế hoạch", "36", "KH-HĐPH", None, None, "kế hoạch số 36/KH-HĐPH"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Hòa Minh"), com("Long Hữu")],
["Hôm nay: Thứ Hai, 19/01/2026", "BÁO VĨNH LONG", "Chính trị / Pháp luật / Tin tức", "Phòng đọc pháp luật"],
["Thứ Sáu, 16/01/2026", "năm 2025", "Năm 2025", "năm 2025 - 2026", "quý III", "năm 2026", "2 cấp"]))

PAGES.append(page("b6964-lamdong-hoithamnhandan-taphuan-2026", """
Báo Lâm Đồng
Trang chủ » Thời sự » Chính trị - Xây dựng Đảng
21/04/2026 07:55
Bồi dưỡng kỹ năng xét xử cho Hội thẩm nhân dân nhiệm kỳ mới
Ảnh: Thẩm phán Tòa án nhân dân tỉnh hướng dẫn các Hội thẩm kỹ năng xét hỏi.
Ngày 20/4, Tòa án nhân dân tỉnh Lâm Đồng phối hợp với Thường trực HĐND tỉnh khai mạc lớp tập huấn nghiệp vụ cho Hội thẩm nhân dân nhiệm kỳ 2026 - 2031. Lớp học kéo dài 3 ngày, thu hút 214 Hội thẩm nhân dân của Tòa án nhân dân tỉnh và 6 Tòa án nhân dân khu vực trên địa bàn ba tỉnh cũ Lâm Đồng, Đắk Nông, Bình Thuận tham gia.
Theo Nghị quyết số 33/NQ-HĐND ngày 27/3/2026 của HĐND tỉnh khóa XI, có 58 Hội thẩm nhân dân Tòa án nhân dân tỉnh và 176 Hội thẩm nhân dân Tòa án nhân dân khu vực được bầu; trong đó 47% lần đầu làm Hội thẩm, 29% là nữ và 31 người là đồng bào dân tộc thiểu số K'Ho, Mạ, Mnông, Chăm, Raglai.
Phát biểu khai mạc, bà Nguyễn Thị Bích Thủy, Chánh án Tòa án nhân dân tỉnh, nhấn mạnh từ ngày 1/7/2025, Tòa án nhân dân cấp huyện kết thúc hoạt động, các Tòa án nhân dân khu vực tiếp nhận thẩm quyền xét xử sơ thẩm phần lớn các vụ án; lượng án tăng khoảng 15% so với cùng kỳ nên vai trò của Hội thẩm càng quan trọng. Ông Ya Tuấn, Phó Chủ tịch HĐND tỉnh, đề nghị Hội thẩm chủ động nghiên cứu hồ sơ, nhất là các vụ án có người dân tộc thiểu số, người chưa thành niên tham gia tố tụng.
Nội dung tập huấn gồm các quy định mới của Luật Tổ chức Tòa án nhân dân năm 2024, Bộ luật Tố tụng hình sự, kỹ năng xét hỏi, nghị án, viết nhận xét tại phiên tòa; quy chế phối hợp giữa Tòa án và Ủy ban MTTQ Việt Nam tỉnh trong quản lý Hội thẩm. Ông Đàng Văn Thuận, Phó Chánh án Tòa án nhân dân khu vực 3 - Lâm Đồng trực tiếp báo cáo chuyên đề về xét xử các vụ án tranh chấp đất đai ở vùng đồng bào.
Tại lớp học, bà K'Thị Bông, Hội thẩm nhân dân Tòa án nhân dân khu vực 5, cán bộ Hội Liên hiệp Phụ nữ xã Lạc Dương, chia sẻ cô thường dùng tiếng K'Ho giải thích để bị cáo, đương sự hiểu rõ quyền, nghĩa vụ. Ông Điểu Khắc, Hội thẩm người Mnông ở phường Bắc Gia Nghĩa, kiến nghị Tòa án bố trí chi phí đi lại cho Hội thẩm ở xa vì có người phải đi gần 150 km.
Các học viên được quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị và Kết luận số 125-KL/TW của Bộ Chính trị, Ban Bí thư liên quan đến công tác tư pháp. Kết thúc khóa học, mỗi Hội thẩm làm bài thu hoạch; học viên đạt yêu cầu được cấp giấy chứng nhận. Kinh phí tổ chức lớp khoảng 420 triệu đồng, mỗi học viên được hỗ trợ 200.000 đồng/ngày.
Ban tổ chức cho biết, sau khóa học, Tòa án nhân dân tỉnh sẽ lập nhóm trao đổi nghiệp vụ trực tuyến để các Thẩm phán giải đáp thắc mắc cho Hội thẩm giữa các phiên tòa, đồng thời định kỳ tổ chức phiên tòa rút kinh nghiệm có Hội thẩm tham dự.
K'Linh - Minh Anh
Tin liên quan
- HĐND tỉnh khóa XI bầu các chức danh chủ chốt (30/03/2026)
- Tòa án nhân dân khu vực 1 xét xử lưu động vụ án ma túy (12/04/2026)
""", "2026-04-21", "Bồi dưỡng kỹ năng xét xử cho Hội thẩm nhân dân nhiệm kỳ mới",
E("tap_huan", "2026", "2026-04-20"),
[P("Nguyễn Thị Bích Thủy", "Chánh án Tòa án nhân dân tỉnh"),
 P("Ya Tuấn", "Phó Chủ tịch HĐND tỉnh"),
 P("Đàng Văn Thuận", "Phó Chánh án Tòa án nhân dân khu vực 3 - Lâm Đồng"),
 P("K'Thị Bông", "Hội thẩm nhân dân Tòa án nhân dân khu vực 5", "cán bộ Hội Liên hiệp Phụ nữ xã Lạc Dương"),
 P("Điểu Khắc", "Hội thẩm")],
[Q("214 Hội thẩm nhân dân", 214, "Hội thẩm nhân dân"), Q("6 Tòa án nhân dân khu vực", 6, "Tòa án nhân dân khu vực"),
 Q("58 Hội thẩm nhân dân", 58, "Hội thẩm nhân dân"), Q("176 Hội thẩm nhân dân", 176, "Hội thẩm nhân dân"), Q("47%", 47, "%"),
 Q("29%", 29, "%"), Q("31 người", 31, "người"), Q("khoảng 15%", 15, "%", "approx"), Q("gần 150 km", 150, "km", "approx"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("200.000 đồng", 200000, "đồng")],
[D("Nghị quyết", "33", "NQ-HĐND", "2026-03-27", "HĐND tỉnh khóa XI", "Nghị quyết số 33/NQ-HĐND ngày 27/3/2026"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Kết luận", "125", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 125-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Bắc Gia Nghĩa")],
["Báo Lâm Đồng", "Trang chủ » Thời sự » Chính trị - Xây dựng Đảng",
 "Ảnh: Thẩm phán Tòa án nhân dân tỉnh hướng dẫn các Hội thẩm kỹ năng xét hỏi.", "Luật Tổ chức Tòa án nhân dân năm 2024",
 "Bộ luật Tố tụng hình sự"],
["21/04/2026 07:55", "nhiệm kỳ 2026 - 2031", "3 ngày", "khóa XI", "1/7/2025"]))
