from lib import *
PAGES = []

PAGES.append(page("b5135-tuyenquang-phuong-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị » Xây dựng Đảng
Thứ Ba, 12/08/2025 - 15:30
Phường Hà Giang 1: hội nghị nhân dân góp ý đảng viên cư trú
Ảnh: Quang cảnh hội nghị tại tổ dân phố 7.
Ngày 10/8/2025, Đảng ủy phường Hà Giang 1, tỉnh Tuyên Quang tổ chức hội nghị lấy ý kiến nhân dân đối với đảng viên đang công tác cư trú trên địa bàn năm 2025, lần đầu tiên sau khi sắp xếp đơn vị hành chính hai cấp. Đồng chí Vàng Thị Dở, Bí thư Đảng ủy, Chủ tịch HĐND phường chủ trì; dự có đồng chí Ma Thị Thúy, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Phường Hà Giang 1 được thành lập trên cơ sở 3 phường cũ, có 28 tổ dân phố, 1.847 đảng viên, trong đó 1.126 đảng viên đang công tác tại các cơ quan của tỉnh đặt tại phường giữ mối liên hệ với nơi cư trú. Tại hội nghị, 64 lượt người dân phát biểu, góp ý đối với 31 đảng viên; 3 ý kiến đề nghị làm rõ việc xây dựng lấn chiếm vỉa hè.
Đồng chí Ma Thị Thúy cho biết, thực hiện Quy định 213-QĐ/TW và Kế hoạch số 15-KH/TU ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy, toàn tỉnh đang rà soát khoảng 96.000 đảng viên để sắp xếp lại sinh hoạt nơi cư trú phù hợp với 124 xã, phường mới. Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Hướng dẫn 03, 04-HD/BTGDVTU về lấy ý kiến nhân dân và về phối hợp giữa chi bộ tổ dân phố với cơ quan.
Bà Lò Thị Mai, Trưởng ban công tác Mặt trận tổ dân phố 7, đề nghị cơ quan quản lý công khai kết quả tiếp thu; ông Giàng Seo Chứ, người có uy tín tổ dân phố 9, mong các đảng viên trẻ tham gia nhiều hơn vào đội tuần tra an ninh. Đồng chí Hoàng Văn Pủa, Phó Bí thư Đảng ủy phường, tiếp thu và giao các chi bộ trả lời trong vòng 15 ngày.
Kết luận hội nghị, đồng chí Vàng Thị Dở yêu cầu các chi bộ thực hiện nghiêm Kết luận 150-KL/TW của Bộ Chính trị về hướng dẫn kiện toàn tổ chức đảng khi sắp xếp; bảo đảm 100% đảng viên cư trú được giới thiệu về đúng chi bộ trước ngày 30/9/2025; trích 25 triệu đồng hỗ trợ các tổ dân phố tổ chức hội nghị.
Nhiều người dân đánh giá việc hội nghị được tổ chức ngay tại tổ dân phố, có mặt đại diện cơ quan quản lý đảng viên, giúp ý kiến của bà con được lắng nghe trực tiếp, không còn tình trạng góp ý rồi để đó như trước đây. Một số đảng viên cũng thẳng thắn nhận khuyết điểm và hứa khắc phục.
Đây là cách làm được kỳ vọng nhân rộng ra các xã, phường khác của tỉnh sau sắp xếp.
Sau hội nghị, Đảng ủy phường đã biểu dương 12 đảng viên cư trú tiêu biểu.
Minh Tâm
Lượt xem: 943
Tin liên quan
- Xã Bạch Đích ra mắt Ban công tác Mặt trận 18 thôn (05/08/2025)
- Tuyên Quang: sắp xếp 3.200 chi bộ thôn, tổ dân phố (30/07/2025)
- Phường Minh Xuân đối thoại với người dân (22/07/2025)
""", "2025-08-12", "Phường Hà Giang 1: hội nghị nhân dân góp ý đảng viên cư trú",
E("hoi_nghi", "2025", "2025-08-10"),
[P("Vàng Thị Dở", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Ma Thị Thúy", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Trưởng ban công tác Mặt trận tổ dân phố 7"),
 P("Giàng Seo Chứ", "người có uy tín tổ dân phố 9"),
 P("Hoàng Văn Pủa", "Phó Bí thư Đảng ủy phường")],
[Q("3 phường", 3, "phường"), Q("28 tổ dân phố", 28, "tổ dân phố"), Q("1.847 đảng viên", 1847, "đảng viên"), Q("1.126 đảng viên", 1126, "đảng viên"),
 Q("64 lượt người dân", 64, "lượt người dân"), Q("31 đảng viên", 31, "đảng viên"), Q("3 ý kiến", 3, "ý kiến"),
 Q("khoảng 96.000 đảng viên", 96000, "đảng viên", "approx"), Q("124 xã, phường", 124, "xã, phường"), Q("100%", 100, "%"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("12 đảng viên cư trú tiêu biểu", 12, "đảng viên cư trú tiêu biểu")],
[D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Kế hoạch", "15", "KH/TU", "2025-07-28", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 28/7/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW")],
[prov("Tuyên Quang"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị tại tổ dân phố 7.", "Lượt xem: 943"],
["Thứ Ba, 12/08/2025 - 15:30", "năm 2025", "15 ngày", "Lượt xem: 943"]))

PAGES.append(page("b5136-vinhlong-xa-daihoi-2025", """
Báo Vĩnh Long
Trang chủ > Chính trị > Đại hội Đảng
08:40 | 29/07/2025
Đại hội Đảng bộ xã Hòa Minh nhiệm kỳ 2025 - 2030
Đồng chí Thạch Sô Phal phát biểu chỉ đạo đại hội.
Trong 2 ngày 27 và 28/7/2025, Đảng bộ xã Hòa Minh, tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp xã của tỉnh sau khi hợp nhất Vĩnh Long, Bến Tre và Trà Vinh. Dự đại hội có đồng chí Thạch Sô Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy cùng 150 đại biểu đại diện cho 612 đảng viên của 23 chi bộ.
Báo cáo chính trị cho biết, nhiệm kỳ 2020 - 2025 các xã cũ nay hợp thành xã Hòa Minh đã thực hiện tốt Quy định 213-QĐ/TW; 100% đảng viên công tác ở cơ quan được chi bộ ấp nhận xét hằng năm. Đảng viên cư trú đã vận động đồng bào Kinh, Khmer đóng góp trên 12 tỷ đồng xây dựng 46 cây cầu và 38 km đường giao thông nông thôn; tỷ lệ hộ nghèo giảm còn 1,8%.
Đại hội chỉ ra hạn chế: một số chi bộ ấp nhận xét đảng viên cư trú còn hình thức; có 6 đảng viên chưa đăng ký sinh hoạt hai chiều. Đảng ủy xã khóa mới xác định chương trình đột phá, trong đó có Nghị quyết chuyên đề về nâng cao chất lượng đảng viên nơi cư trú.
Phát biểu chỉ đạo, đồng chí Thạch Sô Phal đề nghị Đảng bộ xã thực hiện nghiêm Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kết luận 137, 138-KL/TW của Bộ Chính trị; chú trọng phát huy vai trò của người có uy tín trong đồng bào Khmer.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 21 đồng chí. Đồng chí Kim Văn Sang được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Trần Thị Ngọc Hân, Sơn Thị Sa Phia được bầu giữ chức Phó Bí thư Đảng ủy xã. Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, do đồng chí Huỳnh Văn Lũy làm Chủ nhiệm.
Tham luận tại đại hội, Đại đức Thạch Sóc Ra, trụ trì chùa Pô Thi, bày tỏ tin tưởng vào cấp ủy mới; ông Nguyễn Văn Bảy, Trưởng ban công tác Mặt trận ấp Bãi Vàng, đề nghị Đảng ủy tiếp tục duy trì hội nghị nhân dân góp ý đảng viên mỗi năm 2 lần.
Các ý kiến thảo luận tại đại hội đều thống nhất cho rằng, sau hợp nhất, địa bàn xã rộng hơn, dân cư đông hơn nên càng cần phát huy vai trò của đảng viên ở nơi mình sinh sống, gần dân, hiểu dân và giúp dân.
Đại hội bầu 9 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; đề ra chỉ tiêu kết nạp 90 đảng viên mới trong nhiệm kỳ, thu nhập bình quân đạt khoảng 95 triệu đồng/người/năm vào năm 2030.
Bài, ảnh: Huỳnh Như
Tin cùng chuyên mục
- Đại hội Đảng bộ xã Long Hữu thành công tốt đẹp (25/07/2025)
- Phường Trà Vinh chuẩn bị đại hội điểm (20/07/2025)
- Xã Ba Tri ra mắt Ban công tác Mặt trận 20 ấp (15/07/2025)
""", "2025-07-29", "Đại hội Đảng bộ xã Hòa Minh nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-07-27"),
[P("Thạch Sô Phal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Kim Văn Sang", "Bí thư Đảng ủy xã"),
 P("Trần Thị Ngọc Hân", "Phó Bí thư Đảng ủy xã"),
 P("Sơn Thị Sa Phia", "Phó Bí thư Đảng ủy xã"),
 P("Huỳnh Văn Lũy", "Chủ nhiệm"),
 P("Thạch Sóc Ra", "Đại đức", "trụ trì chùa Pô Thi"),
 P("Nguyễn Văn Bảy", "Trưởng ban công tác Mặt trận ấp Bãi Vàng")],
[Q("150 đại biểu", 150, "đại biểu"), Q("612 đảng viên", 612, "đảng viên"), Q("23 chi bộ", 23, "chi bộ"), Q("100%", 100, "%"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("46 cây cầu", 46, "cây cầu"), Q("38 km", 38, "km"), Q("1,8%", 1.8, "%"),
 Q("6 đảng viên", 6, "đảng viên"), Q("21 đồng chí", 21, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"),
 Q("90 đảng viên mới", 90, "đảng viên mới"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx")],
[D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận 137, 138-KL/TW"),
 D("Kết luận", "138", "KL/TW", None, "Bộ Chính trị", "Kết luận 137, 138-KL/TW")],
[prov("Vĩnh Long"), com("Hòa Minh")],
["Báo Vĩnh Long", "Trang chủ > Chính trị > Đại hội Đảng", "Đồng chí Thạch Sô Phal phát biểu chỉ đạo đại hội."],
["08:40 | 29/07/2025", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2020 - 2025", "lần thứ XIV", "21 đồng chí", "5 đồng chí", "2 lần"]))

PAGES.append(page("b5137-lamdong-xa-doithoai-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự | Chính trị
17:10 - 21/11/2025
Xã Quảng Tín đối thoại với người dân về trách nhiệm đảng viên nơi cư trú
Bí thư Đảng ủy xã Quảng Tín trả lời ý kiến người dân. Ảnh: Khánh Linh
Ngày 20/11/2025, Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Quảng Tín, tỉnh Lâm Đồng tổ chức hội nghị đối thoại với người dân năm 2025, chủ đề "Đảng viên nơi cư trú với xây dựng khu dân cư an toàn". Đồng chí Điểu Thị Nguyệt, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Y Mốt Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 210 người dân các thôn, bon.
Xã Quảng Tín thuộc địa bàn tỉnh Đắk Nông cũ, có 17 thôn, bon, trong đó 6 bon đồng bào Mnông; Đảng bộ xã có 538 đảng viên, 204 người là cán bộ, giáo viên, công an giữ mối liên hệ với nơi cư trú. Tại buổi đối thoại, 27 lượt ý kiến được nêu, tập trung vào việc một số đảng viên cư trú tham gia môi giới đất, chưa gương mẫu trong đóng góp làm đường, để vật nuôi thả rông.
Ông Điểu Dơn, người có uy tín bon Bu Prăng, đề nghị đảng viên cư trú giúp bà con vay vốn trồng cà phê, hồ tiêu. Bà H'Yên Knul, Trưởng ban công tác Mặt trận bon Đắk Ruê, phản ánh việc 2 đảng viên không dự họp bon trong 6 tháng.
Đồng chí Điểu Thị Nguyệt tiếp thu và trả lời trực tiếp 21 ý kiến; các ý kiến còn lại được giao cơ quan chuyên môn trả lời bằng văn bản trong 10 ngày. Đồng chí cho biết, Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU về đảng viên nơi cư trú theo Quy định 213-QĐ/TW và Hướng dẫn số 07-HD/BTCTU ngày 3/9/2025 của Ban Tổ chức Tỉnh ủy; sẽ đề nghị cơ quan quản lý xem xét 3 đảng viên bị phản ánh môi giới đất.
Đồng chí Y Mốt Niê đánh giá đây là hội nghị đối thoại đầu tiên của xã sau sắp xếp, đề nghị thực hiện nghiêm Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; Ủy ban MTTQ xã thực hiện Quyết định 217-QĐ/TW về giám sát.
Dịp này, Ủy ban MTTQ xã trao 15 suất quà cho hộ khó khăn, mỗi suất 1 triệu đồng, do các đảng viên cư trú quyên góp.
Cũng tại hội nghị, nhiều ý kiến phản ánh về tình trạng thiếu nước sinh hoạt mùa khô, đường vào các bon xa bị sạt lở sau mùa mưa; Đảng ủy xã ghi nhận và sẽ báo cáo cấp trên xem xét bố trí vốn sửa chữa trong thời gian tới, đồng thời giao các đảng viên cư trú cùng bà con làm tạm những đoạn hư hỏng nặng.
Nhiều người dân cho biết họ lần đầu được trực tiếp nói chuyện với bí thư xã về các đảng viên sống cạnh mình, và mong hội nghị được tổ chức đều đặn. Đảng ủy xã dự kiến mỗi năm đối thoại 2 lần.
Khánh Linh
Tin liên quan
- Xã Nam Dong ra mắt mô hình "Bon an toàn" (14/11/2025)
- Lâm Đồng: 124 xã, phường đối thoại với nhân dân (08/11/2025)
- Xã Đắk Wil tặng 300 phần quà cho hộ nghèo (01/11/2025)
""", "2025-11-21", "Xã Quảng Tín đối thoại với người dân về trách nhiệm đảng viên nơi cư trú",
E("doi_thoai", "2025", "2025-11-20"),
[P("Điểu Thị Nguyệt", "Bí thư Đảng ủy xã"),
 P("Y Mốt Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Dơn", "người có uy tín bon Bu Prăng"),
 P("H'Yên Knul", "Trưởng ban công tác Mặt trận bon Đắk Ruê")],
[Q("210 người dân", 210, "người dân"), Q("17 thôn, bon", 17, "thôn, bon"), Q("6 bon", 6, "bon"), Q("538 đảng viên", 538, "đảng viên"),
 Q("204 người", 204, "người"), Q("27 lượt ý kiến", 27, "lượt ý kiến"), Q("2 đảng viên", 2, "đảng viên"), Q("21 ý kiến", 21, "ý kiến"),
 Q("3 đảng viên", 3, "đảng viên"), Q("15 suất quà", 15, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Hướng dẫn", "07", "HD/BTCTU", "2025-09-03", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 07-HD/BTCTU ngày 3/9/2025"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự | Chính trị", "Bí thư Đảng ủy xã Quảng Tín trả lời ý kiến người dân. Ảnh: Khánh Linh",
 "Đảng viên nơi cư trú với xây dựng khu dân cư an toàn", "Bu Prăng", "Đắk Ruê"],
["17:10 - 21/11/2025", "năm 2025", "6 tháng", "10 ngày", "2 lần"]))

PAGES.append(page("b5138-dongnai-btgdv-tongket-2026", """
BÁO ĐỒNG NAI
Chính trị > Xây dựng Đảng
Cập nhật: 10:15, 09/01/2026 (GMT+7)
Hôm nay: Thứ Hai, 12/01/2026
Ảnh: Toàn cảnh hội nghị.
Đồng Nai triển khai nhiệm vụ năm 2026 về đảng viên nơi cư trú
Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp với Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết việc thực hiện Quy định 213-QĐ/TW năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Lê Thị Ngọc Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Điểu Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy đồng chủ trì.
Năm 2025 là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất Đồng Nai và Bình Phước) vận hành chính quyền địa phương hai cấp với 95 xã, phường. Toàn tỉnh có 52.740 đảng viên thuộc diện giữ mối liên hệ với nơi cư trú; 51.986 đảng viên được nhận xét, đạt 98,57%; nhân dân góp ý 143 trường hợp, có 11 đảng viên bị xử lý kỷ luật. Đảng viên cư trú vận động xây dựng, sửa chữa 1.280 căn nhà cho hộ nghèo theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Ban Thường vụ Tỉnh ủy đã ban hành Kết luận 08, 09-KL/TU về đảng viên nơi cư trú sau sắp xếp và về giám sát người đứng đầu cấp xã; Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 14-HD/BTGDVTU ngày 20/10/2025. Ủy ban MTTQ tỉnh tổ chức 215 cuộc giám sát tại khu dân cư.
Tham luận, đồng chí Thị Bích, Phó Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã có 23 thôn, sóc, nhiều đảng viên người S'tiêng, M'nông là giáo viên, bộ đội cư trú tại thôn đã giúp vận động 96 hộ không bán đất sản xuất. Đồng chí Phạm Thị Hồng Nhung, Bí thư Đảng ủy phường Trấn Biên, nêu khó khăn khi có gần 30% đảng viên cư trú là công nhân làm ca ở khu công nghiệp.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Quý, Điểu Thị Hương, Nguyễn Minh Đức trình bày kế hoạch giám sát năm 2026, trong đó mỗi xã, phường chọn không dưới 2 chi bộ điểm.
Kết luận, đồng chí Lê Thị Ngọc Loan yêu cầu năm 2026 thực hiện nghiêm Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I; phấn đấu 100% đảng viên cư trú được nhận xét; dành 500 triệu đồng khen thưởng chi bộ, đảng viên tiêu biểu.
Dịp này, 20 tập thể và 35 cá nhân được Ban Thường vụ Tỉnh ủy tặng bằng khen.
Hội nghị cũng nghe báo cáo tình hình bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Thanh Hải
Tin liên quan
- Phường Long Khánh ra mắt 10 tổ dân phố kiểu mẫu (05/01/2026)
- Xã Lộc Ninh đối thoại với công nhân (28/12/2025)
- Đồng Nai trao 5.000 phần quà Tết cho công nhân (22/12/2025)
""", "2026-01-09", "Đồng Nai triển khai nhiệm vụ năm 2026 về đảng viên nơi cư trú",
E("tong_ket", "2025", "2026-01-08"),
[P("Lê Thị Ngọc Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Thị Bích", "Phó Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Phạm Thị Hồng Nhung", "Bí thư Đảng ủy phường Trấn Biên"),
 P("Trần Văn Quý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("95 xã, phường", 95, "xã, phường"), Q("52.740 đảng viên", 52740, "đảng viên"), Q("51.986 đảng viên", 51986, "đảng viên"),
 Q("98,57%", 98.57, "%"), Q("143 trường hợp", 143, "trường hợp"), Q("11 đảng viên", 11, "đảng viên"),
 Q("1.280 căn nhà", 1280, "căn nhà"), Q("215 cuộc giám sát", 215, "cuộc giám sát"), Q("23 thôn, sóc", 23, "thôn, sóc"),
 Q("96 hộ", 96, "hộ"), Q("gần 30%", 30, "%", "approx"), Q("không dưới 2 chi bộ điểm", 2, "chi bộ điểm", "over"), Q("100%", 100, "%"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", "2025-10-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BTGDVTU ngày 20/10/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên")],
["BÁO ĐỒNG NAI", "Chính trị > Xây dựng Đảng", "Hôm nay: Thứ Hai, 12/01/2026", "Ảnh: Toàn cảnh hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Nghị quyết Đại hội XIV"],
["Cập nhật: 10:15, 09/01/2026 (GMT+7)", "Hôm nay: Thứ Hai, 12/01/2026", "năm 2026", "Năm 2025", "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b5139-gialai-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ » Hoạt động » Giao ban
Ngày 06/03/2026 | 16:00
Giao ban tháng 2: theo dõi đảng viên cư trú sau Tết
Ảnh: Đồng chí Rah Lan Lâm chủ trì giao ban.
Chiều 5/3/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác tháng 2/2026 với các cơ quan khối dân vận và Đảng ủy một số xã, phường. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 2 các chi bộ thôn, làng, tổ dân phố trên địa bàn tỉnh Gia Lai (hợp nhất Gia Lai và Bình Định) đã nắm tình hình 4.615 đảng viên cư trú về quê ăn Tết; tiếp nhận 37 ý kiến phản ánh về đảng viên, 29 ý kiến đã được trả lời. Trong dịp Tết, đảng viên cư trú tham gia trao hơn 26.000 phần quà, tổng trị giá khoảng 19,5 tỷ đồng cho hộ nghèo, gia đình chính sách.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 06-CT/TU ngày 10/1/2026 về tổ chức Tết vui tươi, an toàn; Kế hoạch 31, 32-KH/BTGDVTU về tuyên truyền bầu cử và về giám sát đảng viên nơi cư trú năm 2026. Đồng chí Nguyễn Thị Thanh Lịch, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết 100% xã, phường đã đưa nội dung nhận xét đảng viên vào hội nghị nhân dân đầu năm.
Tại giao ban, đồng chí Ksor Tơ, Bí thư Đảng ủy xã Ia Pa, báo cáo xã có 312 đảng viên, trong đó 84 đảng viên cư trú là giáo viên, y tế; có 2 đảng viên bị phản ánh uống rượu gây mất trật tự trong dịp lễ. Đồng chí Trần Văn Hiếu, Bí thư Đảng ủy phường Quy Nhơn Nam, đề nghị có mẫu phiếu nhận xét điện tử.
Đồng chí Rah Lan Lâm yêu cầu tháng 3 tập trung triển khai Quy định 213-QĐ/TW gắn với Quy định 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát; tuyên truyền bầu cử đại biểu Quốc hội khóa XVI; mỗi xã, phường phấn đấu có ít nhất 1 chi bộ điểm về đảng viên cư trú.
Một số đại biểu cho biết, dịp Tết vừa qua, nhiều đảng viên cư trú đã chủ động tham gia giữ gìn an ninh trật tự, vận động bà con không đốt pháo, không uống rượu bia khi lái xe; các chi bộ đã kịp thời ghi nhận để đưa vào nhận xét cuối năm.
Cuối buổi, Ban phân công 4 tổ công tác đi các xã khu vực phía Tây và ven biển trong tháng 3.
Các đại biểu cũng thống nhất đề xuất Ban Thường vụ Tỉnh ủy biểu dương các chi bộ có cách làm hay trong theo dõi đảng viên cư trú dịp Tết, nhất là ở những làng đồng bào Jrai, Ba Na có nhiều đảng viên là giáo viên, bộ đội biên phòng về nghỉ phép.
Ngọc Sương
Số lượt truy cập: 2.101.447
Các tin khác
- Ia Grai: 200 đảng viên cư trú tham gia tuyên truyền bầu cử (28/02/2026)
- Tặng 500 phần quà cho hộ nghèo xã Kbang (05/02/2026)
- Hội nghị người có uy tín năm 2026 (20/01/2026)
""", "2026-03-06", "Giao ban tháng 2: theo dõi đảng viên cư trú sau Tết",
E("giao_ban", "2026-02", "2026-03-05"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Tơ", "Bí thư Đảng ủy xã Ia Pa"),
 P("Trần Văn Hiếu", "Bí thư Đảng ủy phường Quy Nhơn Nam")],
[Q("4.615 đảng viên cư trú", 4615, "đảng viên cư trú"), Q("37 ý kiến phản ánh", 37, "ý kiến phản ánh"), Q("29 ý kiến", 29, "ý kiến"),
 Q("hơn 26.000 phần quà", 26000, "phần quà", "over"), Q("khoảng 19,5 tỷ đồng", 19500000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("312 đảng viên", 312, "đảng viên"), Q("84 đảng viên cư trú", 84, "đảng viên cư trú"), Q("2 đảng viên", 2, "đảng viên"),
 Q("ít nhất 1 chi bộ điểm", 1, "chi bộ điểm", "over"), Q("4 tổ công tác", 4, "tổ công tác")],
[D("Chỉ thị", "06", "CT/TU", "2026-01-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 10/1/2026"),
 D("Kế hoạch", "31", "KH/BTGDVTU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 31, 32-KH/BTGDVTU"),
 D("Kế hoạch", "32", "KH/BTGDVTU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 31, 32-KH/BTGDVTU"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 296-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Pa"), com("Quy Nhơn Nam")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ » Hoạt động » Giao ban", "Ảnh: Đồng chí Rah Lan Lâm chủ trì giao ban.",
 "Số lượt truy cập: 2.101.447"],
["Ngày 06/03/2026 | 16:00", "tháng 2/2026", "tháng 3", "khóa XVI", "năm 2026", "Số lượt truy cập: 2.101.447"]))

PAGES.append(page("b5140-ninhbinh-btctu-baocao-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY NINH BÌNH
Tin tức › Xây dựng Đảng › Tổ chức
Thứ Sáu, 15/05/2026, 08:05
Báo cáo sơ kết việc thực hiện Quy định 213 sau sắp xếp đơn vị hành chính
Ban Tổ chức Tỉnh ủy Ninh Bình vừa ban hành Báo cáo số 52-BC/BTCTU ngày 12/5/2026 về kết quả thực hiện Quy định 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị trên địa bàn tỉnh Ninh Bình mới (hợp nhất Ninh Bình, Hà Nam và Nam Định) từ tháng 7/2025 đến tháng 4/2026. Báo cáo do đồng chí Trần Đức Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy ký.
Ảnh minh họa: Sinh hoạt chi bộ tổ dân phố tại phường Phủ Lý.
Theo báo cáo, toàn tỉnh có 129 xã, phường với 4.870 chi bộ thôn, tổ dân phố; 68.412 đảng viên thuộc diện giữ mối liên hệ với nơi cư trú, trong đó 67.905 đảng viên đã được giới thiệu về đúng chi bộ mới, đạt 99,26%. Có khoảng 500 đảng viên chưa hoàn tất thủ tục do thay đổi nơi làm việc. Nhân dân đã góp ý đối với 218 đảng viên; 17 trường hợp bị kiểm điểm, 4 trường hợp bị kỷ luật.
Báo cáo đánh giá Ban Thường vụ Tỉnh ủy đã ban hành kịp thời Kết luận 27, 28-KL/TU về sinh hoạt đảng viên nơi cư trú sau sắp xếp; Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 05-HD/BTCTU ngày 1/8/2025. Các đảng viên cư trú đã tham gia vận động nhân dân đóng góp trên 86 tỷ đồng cho quỹ "Vì người nghèo" và xây dựng nông thôn mới.
Báo cáo nêu các điển hình: đồng chí Lê Văn Mạnh, Bí thư Chi bộ tổ dân phố Tân Thành, phường Hoa Lư; đồng chí Phạm Thị Xuyến, Bí thư Chi bộ thôn Trung Đồng, xã Hải Hậu. Đồng thời chỉ ra hạn chế: 12 cơ quan chưa phản hồi kết quả nhận xét; một số chi bộ ghép từ nhiều thôn cũ nên chưa nắm đủ đảng viên.
Báo cáo kiến nghị Ban Bí thư sớm sửa đổi Quy định 213 cho phù hợp với chính quyền địa phương hai cấp; kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo hoàn thành rà soát trước 30/6/2026, phấn đấu 100% đảng viên được nhận xét năm 2026.
Trao đổi với phóng viên, đồng chí Đinh Thị Phương, Phó Trưởng Ban Tổ chức Tỉnh ủy, cho biết tỉnh sẽ thí điểm phần mềm nhận xét đảng viên cư trú tại 10 xã, phường từ tháng 6; kinh phí dự kiến 1,2 tỷ đồng.
Nhiều bí thư chi bộ cho rằng sau sắp xếp, số đảng viên trong một chi bộ tăng lên, có chi bộ trên 150 đảng viên, nên việc nhận xét từng người đòi hỏi cách làm mới: chia tổ đảng theo cụm dân cư, mỗi tổ đảng phụ trách theo dõi đảng viên cư trú trong cụm và báo cáo chi bộ hằng quý.
Việt Dũng
Tin liên quan
- Phường Nam Định: 3.000 đảng viên về sinh hoạt nơi cư trú (06/05/2026)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (28/04/2026)
- Xã Kim Sơn tập huấn cho 80 bí thư chi bộ (20/04/2026)
""", "2026-05-15", "Báo cáo sơ kết việc thực hiện Quy định 213 sau sắp xếp đơn vị hành chính",
E("bao_cao", None, "2026-05-12"),
[P("Trần Đức Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Văn Mạnh", "Bí thư Chi bộ tổ dân phố Tân Thành"),
 P("Phạm Thị Xuyến", "Bí thư Chi bộ thôn Trung Đồng"),
 P("Đinh Thị Phương", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("129 xã, phường", 129, "xã, phường"), Q("4.870 chi bộ thôn, tổ dân phố", 4870, "chi bộ thôn, tổ dân phố"),
 Q("68.412 đảng viên", 68412, "đảng viên"), Q("67.905 đảng viên", 67905, "đảng viên"), Q("99,26%", 99.26, "%"),
 Q("khoảng 500 đảng viên", 500, "đảng viên", "approx"), Q("218 đảng viên", 218, "đảng viên"), Q("17 trường hợp", 17, "trường hợp"),
 Q("4 trường hợp", 4, "trường hợp"), Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("12 cơ quan", 12, "cơ quan"),
 Q("100%", 100, "%"), Q("10 xã, phường", 10, "xã, phường"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("trên 150 đảng viên", 150, "đảng viên", "over")],
[D("Báo cáo", "52", "BC/BTCTU", "2026-05-12", "Ban Tổ chức Tỉnh ủy Ninh Bình", "Báo cáo số 52-BC/BTCTU ngày 12/5/2026"),
 D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 213-QĐ/TW ngày 2/1/2020"),
 D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
 D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
 D("Hướng dẫn", "05", "HD/BTCTU", "2025-08-01", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 05-HD/BTCTU ngày 1/8/2025")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Phủ Lý"), com("Hoa Lư"), com("Hải Hậu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY NINH BÌNH", "Tin tức › Xây dựng Đảng › Tổ chức", "Ảnh minh họa: Sinh hoạt chi bộ tổ dân phố tại phường Phủ Lý.",
 "Vì người nghèo"],
["Thứ Sáu, 15/05/2026, 08:05", "tháng 7/2025", "tháng 4/2026", "năm 2026", "tháng 6", "hằng quý"]))
