from lib import *
PAGES = []

PAGES.append(page("b4607-hagiang-bdv-giamsat-2024", """
Báo Hà Giang điện tử
Thời sự › Chính trị › Dân vận
Thứ Sáu, 23/08/2024 - 10:15
Ảnh: Đoàn giám sát làm việc với Đảng ủy xã Pả Vi.
Giám sát việc phát huy vai trò người có uy tín tại huyện Mèo Vạc
Trong 2 ngày 20 - 21/8, đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Sùng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Kết luận số 05-KL/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số, giai đoạn 2021 - 2024, tại Huyện ủy Mèo Vạc và các xã Pả Vi, Sơn Vĩ, Xín Cái.
Thành viên đoàn gồm các đồng chí: Ly Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy; Vàng Mí Lử, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hoàng Thị Lan, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Báo cáo của Huyện ủy Mèo Vạc cho biết, toàn huyện có 164 người có uy tín, trong đó 139 người Mông, 12 người Dao, 8 người Lô Lô, 5 người Giáy. Giai đoạn 2021 - 2024, người có uy tín đã tham gia hòa giải thành 213 vụ việc, vận động 56 hộ bỏ theo tà đạo "Giê Sùa", "Bà Cô Dợ", 23 hộ không di cư tự do; tố giác 7 đối tượng vận chuyển hàng cấm qua biên giới. Huyện đã tổ chức 12 hội nghị gặp mặt, tặng 984 suất quà với tổng trị giá khoảng 492 triệu đồng cho người có uy tín.
Tại xã Pả Vi, ông Giàng Chúng Phừ, người có uy tín thôn Pả Vi Hạ, chia sẻ đã vận động 31 hộ làm homestay, thu nhập bình quân trên 60 triệu đồng/hộ/năm. Ông Ly Mí Sính, Bí thư Đảng ủy, Chủ tịch HĐND xã Xín Cái, cho biết xã còn 1 trường hợp người có uy tín bị kẻ xấu lôi kéo, đã được đưa ra khỏi danh sách.
Qua giám sát, đoàn đánh giá Huyện ủy Mèo Vạc đã quan tâm lãnh đạo, chỉ đạo; tuy nhiên việc bồi dưỡng kiến thức cho người có uy tín chưa thường xuyên, mới tổ chức được 3 lớp; 27% người có uy tín không biết chữ phổ thông; chế độ theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ có lúc cấp chưa kịp thời.
Kết luận giám sát, đồng chí Sùng Thị Mỷ đề nghị Huyện ủy chỉ đạo rà soát, bình chọn lại người có uy tín giai đoạn 2023 - 2027 đúng quy trình; mỗi năm tổ chức ít nhất 1 lớp tập huấn cho người có uy tín; phối hợp với Đồn Biên phòng Xín Cái kịp thời nắm tình hình ở 16 thôn giáp biên.
Đoàn cũng đề nghị Ban Dân vận Tỉnh ủy tổng hợp kiến nghị của người có uy tín về tăng mức hỗ trợ, cấp thêm báo, tạp chí bằng song ngữ Mông - Việt để báo cáo Ban Thường vụ Tỉnh ủy trong quý IV.
Đức Hoàng
Lượt xem: 1.026
Tin liên quan
- Đồng Văn: 98 người có uy tín được tập huấn (15/08/2024)
- Ban Dân vận Tỉnh ủy giao ban tháng 7 (05/08/2024)
- Yên Minh: đối thoại với nhân dân năm 2024 (25/07/2024)
""", "2024-08-23", "Giám sát việc phát huy vai trò người có uy tín tại huyện Mèo Vạc",
E("giam_sat", None, "2024-08-20"),
[P("Sùng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ly Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Lan", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Giàng Chúng Phừ", "người có uy tín thôn Pả Vi Hạ"),
 P("Ly Mí Sính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Xín Cái")],
[Q("164 người có uy tín", 164, "người có uy tín"), Q("139 người Mông", 139, "người Mông"), Q("12 người Dao", 12, "người Dao"),
 Q("8 người Lô Lô", 8, "người Lô Lô"), Q("5 người Giáy", 5, "người Giáy"), Q("213 vụ việc", 213, "vụ việc"), Q("56 hộ", 56, "hộ"),
 Q("23 hộ", 23, "hộ"), Q("7 đối tượng", 7, "đối tượng"), Q("12 hội nghị", 12, "hội nghị"), Q("984 suất quà", 984, "suất quà"),
 Q("khoảng 492 triệu đồng", 492000000, "đồng", "approx"), Q("31 hộ", 31, "hộ"), Q("trên 60 triệu đồng", 60000000, "đồng", "over"),
 Q("1 trường hợp", 1, "trường hợp"), Q("3 lớp", 3, "lớp"), Q("27%", 27, "%"), Q("ít nhất 1 lớp", 1, "lớp", "over"),
 Q("16 thôn giáp biên", 16, "thôn giáp biên")],
[D("Kết luận", "05", "KL/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 05-KL/TU ngày 15/3/2021"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg")],
[prov("Hà Giang"), com("Pả Vi"), com("Sơn Vĩ"), com("Xín Cái")],
["Báo Hà Giang điện tử", "Thời sự › Chính trị › Dân vận", "Ảnh: Đoàn giám sát làm việc với Đảng ủy xã Pả Vi.", "Giê Sùa", "Bà Cô Dợ",
 "Đồn Biên phòng Xín Cái", "Lượt xem: 1.026"],
["Thứ Sáu, 23/08/2024 - 10:15", "2 ngày", "quý IV", "2021 - 2024", "2023 - 2027", "Lượt xem: 1.026"]))

PAGES.append(page("b4608-laocai-bdv-taphuan-2024", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ >> Tin tức >> Tập huấn, bồi dưỡng
Ngày 08/11/2024 | 09:05
Toàn cảnh lớp tập huấn tại huyện Mường Khương.
Tập huấn kỹ năng dân vận cho 150 trưởng thôn, trưởng ban công tác Mặt trận vùng đồng bào dân tộc thiểu số
Từ ngày 5 đến 7/11/2024, tại huyện Mường Khương, Ban Dân vận Tỉnh ủy Lào Cai phối hợp Ủy ban MTTQ tỉnh mở lớp tập huấn kỹ năng dân vận và nắm tình hình nhân dân năm 2024 cho 150 trưởng thôn, trưởng ban công tác Mặt trận, người có uy tín thuộc các huyện Mường Khương, Si Ma Cai, Bắc Hà. Đồng chí Lý Thị Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự khai mạc.
Học viên được đồng chí Thào Seo Sử, Phó Trưởng Ban Dân vận Tỉnh ủy truyền đạt Quyết định số 23-QĐ/TW của Bộ Chính trị và Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội; đồng chí Phàn Thị Liên, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy giới thiệu kỹ năng nhận diện hoạt động truyền đạo trái pháp luật, tuyên truyền "Vương quốc Mông", lôi kéo người dân xuất cảnh trái phép.
Theo số liệu của Ban, năm 2024 trên địa bàn tỉnh phát sinh 19 trường hợp xuất cảnh trái phép sang Trung Quốc làm thuê, 6 vụ việc truyền đạo trái pháp luật; 3 huyện biên giới có 412 hộ người Mông, Dao, Nùng, Pa Dí theo đạo Tin Lành, Công giáo. Các chi bộ thôn đã vận động 14 người trở về, 100% thôn biên giới có tổ tự quản đường biên, mốc giới.
Lớp học dành 1 ngày đi thực tế tại thôn Pạc Bó, xã Bản Lầu, nơi có mô hình "Thôn ba không" được công nhận cấp tỉnh. Ông Lù Văn Pao, người Nùng, Bí thư Chi bộ, Trưởng thôn Pạc Bó, giới thiệu thôn có 86 hộ, đã 5 năm liền không có người xuất cảnh trái phép, không có tệ nạn ma túy. Bà Sần Thị Chu, người Pa Dí, Chi hội trưởng Chi hội Phụ nữ thôn Tả Gia Khâu, xã Tả Gia Khâu, kể việc vận động 9 cặp vợ chồng trẻ đi đăng ký kết hôn.
Phát biểu bế giảng, ông Hoàng Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương, đề nghị học viên về cơ sở xây dựng kế hoạch hoạt động cụ thể, mỗi thôn ít nhất 1 mô hình "Dân vận khéo". Lớp học thực hiện theo Kế hoạch số 135-KH/BDVTU của Ban Dân vận Tỉnh ủy, kinh phí khoảng 210 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày.
Trong năm 2024, Ban Dân vận Tỉnh ủy đã mở 4 lớp như vậy cho tổng số 620 lượt học viên ở 9 huyện, thị xã, thành phố; 98% học viên đạt yêu cầu bài kiểm tra cuối khóa.
Việt Dũng
Lượt xem: 574
Tin khác
- Si Ma Cai: 40 hộ ký cam kết không xuất cảnh trái phép (01/11/2024)
- Bát Xát gặp mặt người có uy tín năm 2024 (25/10/2024)
- Bảo Yên: giao ban khối dân vận quý III (18/10/2024)
""", "2024-11-08", "Tập huấn kỹ năng dân vận cho 150 trưởng thôn, trưởng ban công tác Mặt trận vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2024", "2024-11-05"),
[P("Lý Thị Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thào Seo Sử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phàn Thị Liên", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Pao", "Bí thư Chi bộ", "Trưởng thôn Pạc Bó"),
 P("Sần Thị Chu", "Chi hội trưởng Chi hội Phụ nữ thôn Tả Gia Khâu"),
 P("Hoàng Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương")],
[Q("150 trưởng thôn, trưởng ban công tác Mặt trận", 150, "trưởng thôn, trưởng ban công tác Mặt trận"),
 Q("19 trường hợp", 19, "trường hợp"), Q("6 vụ việc truyền đạo trái pháp luật", 6, "vụ việc truyền đạo trái pháp luật"),
 Q("3 huyện biên giới", 3, "huyện biên giới"), Q("412 hộ người Mông, Dao, Nùng, Pa Dí", 412, "hộ người Mông, Dao, Nùng, Pa Dí"),
 Q("14 người", 14, "người"), Q("100% thôn biên giới", 100, "%"), Q("86 hộ", 86, "hộ"), Q("9 cặp vợ chồng trẻ", 9, "cặp vợ chồng trẻ"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng"),
 Q("4 lớp", 4, "lớp"), Q("620 lượt học viên", 620, "lượt học viên"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("98% học viên", 98, "%")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "135", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 135-KH/BDVTU")],
[prov("Lào Cai"), com("Bản Lầu"), com("Tả Gia Khâu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ >> Tin tức >> Tập huấn, bồi dưỡng", "Toàn cảnh lớp tập huấn tại huyện Mường Khương.",
 "Vương quốc Mông", "Thôn ba không", "Dân vận khéo", "Lượt xem: 574"],
["Ngày 08/11/2024 | 09:05", "năm 2024", "1 ngày", "5 năm", "Thôn ba không", "Lượt xem: 574"]))

PAGES.append(page("b4609-tuyenquang-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Dân vận › Tin hoạt động
Thứ Sáu, 25/07/2025 | 08:30
Ảnh: Đồng chí Hầu Thị Chư phát biểu kết luận.
Vùng cao phía Bắc: giữ ổn định địa bàn, đồng hành cùng chính quyền 2 cấp
Ngày 23/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, vận hành chính quyền địa phương 2 cấp. Đồng chí Hầu Thị Chư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Sơn, Lý Mí Say, Ma Thị Thủy.
Báo cáo cho biết, 6 tháng đầu năm khối dân vận đã tuyên truyền, vận động nhân dân đồng thuận với việc sắp xếp đơn vị hành chính; toàn tỉnh hiện có 124 xã, phường, trong đó 41 xã biên giới và vùng cao núi đá. Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII và Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư, công tác tư tưởng được triển khai kịp thời; không phát sinh điểm nóng.
Phong trào xóa nhà tạm, nhà dột nát đạt kết quả nổi bật: đã hoàn thành 5.862 căn nhà cho hộ nghèo, hộ cận nghèo, với tổng kinh phí trên 290 tỷ đồng, mỗi căn xây mới được hỗ trợ 60 triệu đồng. Các chi bộ thôn vùng cao đã vận động 48 hộ người Mông bỏ theo "Giê Sùa", 15 hộ di cư tự do trở về; 2.130 người có uy tín tham gia tuyên truyền về chính quyền 2 cấp.
Tại hội nghị, ông Vàng Chúa Dình, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã mới có 38 thôn, bước đầu vận hành ổn định, đã tiếp nhận và giải quyết 1.276 hồ sơ hành chính. Bà Lò Thị Mai, người Lô Lô, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, kiến nghị giữ phụ cấp cho người có uy tín như trước khi sáp nhập. Ông Chẩu Văn Lâm, Phó Chủ tịch UBND xã Lâm Bình, đề nghị hướng dẫn cụ thể việc kiện toàn khối dân vận cấp xã.
Phát biểu kết luận, đồng chí Hầu Thị Chư yêu cầu 6 tháng cuối năm tập trung phục vụ đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Quy định số 294-QĐ/TW của Ban Chấp hành Trung ương; hướng dẫn 100% xã, phường thành lập khối dân vận; phấn đấu có ít nhất 250 mô hình "Dân vận khéo" cấp xã.
Ngay sau hội nghị, Ban ban hành Hướng dẫn số 05-HD/BTGDVTU về tổ chức, hoạt động của khối dân vận xã, phường; đồng chí Ma Thị Thủy, Phó Trưởng Ban phụ trách công tác dân vận, sẽ trực tiếp kiểm tra tại phường Hà Giang 1 và xã Đồng Văn.
Thanh Phúc
Lượt xem: 1.845
Tin liên quan
- Xã Đồng Văn ra mắt khối dân vận (18/07/2025)
- Gặp mặt người có uy tín các xã biên giới (10/07/2025)
- Tuyên Quang: 100% xã, phường vận hành thông suốt (05/07/2025)
""", "2025-07-25", "Vùng cao phía Bắc: giữ ổn định địa bàn, đồng hành cùng chính quyền 2 cấp",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Hầu Thị Chư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Mí Say", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Trưởng Ban phụ trách công tác dân vận"),
 P("Vàng Chúa Dình", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Lò Thị Mai", "người có uy tín thôn Lô Lô Chải"),
 P("Chẩu Văn Lâm", "Phó Chủ tịch UBND xã Lâm Bình")],
[Q("124 xã, phường", 124, "xã, phường"), Q("41 xã biên giới và vùng cao núi đá", 41, "xã biên giới và vùng cao núi đá"),
 Q("5.862 căn nhà", 5862, "căn nhà"), Q("trên 290 tỷ đồng", 290000000000, "đồng", "over"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("48 hộ người Mông", 48, "hộ người Mông"), Q("15 hộ di cư tự do", 15, "hộ di cư tự do"), Q("2.130 người có uy tín", 2130, "người có uy tín"),
 Q("38 thôn", 38, "thôn"), Q("1.276 hồ sơ hành chính", 1276, "hồ sơ hành chính"), Q("100% xã, phường", 100, "%"),
 Q("ít nhất 250 mô hình", 250, "mô hình", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11 khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Quy định", "294", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Lũng Cú"), com("Lâm Bình"), com("Hà Giang 1"), com("Đồng Văn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Dân vận › Tin hoạt động", "Ảnh: Đồng chí Hầu Thị Chư phát biểu kết luận.",
 "Giê Sùa", "Dân vận khéo", "Lượt xem: 1.845"],
["Thứ Sáu, 25/07/2025 | 08:30", "2 cấp", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Hội nghị Trung ương 11", "khóa XIII", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.845"]))

PAGES.append(page("b4610-laocai-yty-daihoi-2025", """
Trang thông tin điện tử xã Y Tý - tỉnh Lào Cai
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng
2025-08-14 16:40
Đại hội đại biểu Đảng bộ xã Y Tý lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Quang cảnh đại hội.
Trong 2 ngày 12 và 13/8/2025, Đảng bộ xã Y Tý tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Giàng Seo Vần, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy; cùng 150 đại biểu đại diện cho 412 đảng viên của 21 chi bộ trực thuộc. Xã Y Tý mới được thành lập trên cơ sở nhập các xã Y Tý, Dền Sáng, Dền Thàng, có 5.860 khẩu, chủ yếu là đồng bào Hà Nhì, Mông, Dao.
Nhiệm kỳ 2020 - 2025, Đảng bộ các xã cũ đã lãnh đạo hoàn thành 14/16 chỉ tiêu; tỷ lệ hộ nghèo giảm từ 52,4% xuống còn 18,7%; thu nhập bình quân đạt khoảng 32 triệu đồng/người/năm; 100% thôn có đường ô tô đến trung tâm. Công tác dân vận được chú trọng: xây dựng 27 mô hình "Dân vận khéo", vận động nhân dân hiến trên 12.000 m2 đất; không có hộ di cư tự do, đã vận động 9 hộ bỏ theo "Giê Sùa".
Đại hội đề ra 3 khâu đột phá và 18 chỉ tiêu, trong đó phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm xuống còn 5%, có ít nhất 40 hộ làm du lịch cộng đồng, 100% chi bộ thôn đạt "trong sạch, vững mạnh". Đại hội quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 25 đồng chí. Tại phiên họp thứ nhất, đồng chí Phạm Văn Hưng được bầu giữ chức Bí thư Đảng ủy xã Y Tý khóa I; các đồng chí: Chu Cù Lự, Lý Seo Chứ - Phó Bí thư Đảng ủy xã; đồng chí Sần Thị Mẩy, người Dao, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Phát biểu chỉ đạo, đồng chí Giàng Seo Vần đề nghị Đảng ủy xã quan tâm xây dựng đội ngũ cán bộ người dân tộc tại chỗ, phát huy vai trò 34 người có uy tín trong giữ gìn an ninh biên giới, bảo tồn văn hóa nhà trình tường Hà Nhì. Đồng chí lưu ý Y Tý là xã biên giới, địa bàn rộng, giao thông khó khăn, do đó các tổ chức đảng phải bám thôn, bám hộ, phân công mỗi đảng viên phụ trách một nhóm hộ; kịp thời nắm tâm tư của đồng bào sau khi sắp xếp đơn vị hành chính, không để kẻ xấu lợi dụng xuyên tạc.
Nhân dịp đại hội, các đoàn thể xã trao 30 suất quà cho hộ nghèo, mỗi suất 500.000 đồng; Đoàn Thanh niên xã trồng 200 cây đào tại thôn Mò Phú Chải.
Văn phòng Đảng ủy xã
Lượt truy cập: 536
Tin khác
- Y Tý: 100% thôn họp bàn về chính quyền 2 cấp (30/07/2025)
- Chi bộ thôn Choản Thèn đại hội điểm (20/06/2025)
- Trao 50 suất học bổng cho học sinh Hà Nhì (05/06/2025)
""", "2025-08-14", "Đại hội đại biểu Đảng bộ xã Y Tý lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-08-12"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Phạm Văn Hưng", "Bí thư Đảng ủy xã Y Tý khóa I"),
 P("Chu Cù Lự", "Phó Bí thư Đảng ủy xã"), P("Lý Seo Chứ", "Phó Bí thư Đảng ủy xã"),
 P("Sần Thị Mẩy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("412 đảng viên", 412, "đảng viên"), Q("21 chi bộ trực thuộc", 21, "chi bộ trực thuộc"),
 Q("5.860 khẩu", 5860, "khẩu"), Q("14/16 chỉ tiêu", 14, "chỉ tiêu"), Q("52,4%", 52.4, "%"), Q("18,7%", 18.7, "%"),
 Q("khoảng 32 triệu đồng", 32000000, "đồng", "approx"), Q("100% thôn", 100, "%"), Q("27 mô hình", 27, "mô hình"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("9 hộ", 9, "hộ"), Q("18 chỉ tiêu", 18, "chỉ tiêu"), Q("còn 5%", 5, "%"),
 Q("ít nhất 40 hộ", 40, "hộ", "over"), Q("100% chi bộ thôn", 100, "%"), Q("25 đồng chí", 25, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"),
 Q("34 người có uy tín", 34, "người có uy tín"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("200 cây đào", 200, "cây đào")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Dền Sáng"), com("Dền Thàng")],
["Trang thông tin điện tử xã Y Tý - tỉnh Lào Cai", "Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng", "Quang cảnh đại hội.",
 "Dân vận khéo", "Giê Sùa", "trong sạch, vững mạnh", "Văn phòng Đảng ủy xã", "Lượt truy cập: 536"],
["2025-08-14 16:40", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "3 khâu đột phá", "năm 2030", "khóa I",
 "25 đồng chí", "Lượt truy cập: 536"]))

PAGES.append(page("b4611-dienbien-mttq-traoqua-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ / Tin tức / An sinh xã hội
Thứ Sáu, 06/02/2026 - 15:50
Ảnh: Đoàn công tác trao quà cho người dân xã Mường Nhé.
Xuân biên giới ấm lòng đồng bào các dân tộc xã Mường Nhé, Sín Thầu
Ngày 4/2, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lò Văn Cương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 600 suất quà cho hộ nghèo, người có uy tín, gia đình chính sách tại các xã Mường Nhé, Sín Thầu, Nậm Kè nhân dịp Tết Nguyên đán Bính Ngọ 2026. Mỗi suất quà trị giá 1 triệu đồng, tổng trị giá 600 triệu đồng, do các doanh nghiệp và Quỹ "Vì người nghèo" tỉnh tài trợ.
Cùng đi có các đồng chí: Giàng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Quàng Văn Pánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Tại xã Sín Thầu, xã cực Tây của Tổ quốc, ông Lò Văn Chiến, Bí thư Đảng ủy xã Sín Thầu cho biết, sau sắp xếp, xã có 2.315 hộ với 11.206 nhân khẩu, gồm các dân tộc Hà Nhì, Mông, Cống, Si La; tỷ lệ hộ nghèo còn 41,3%. Năm 2025, xã đã hoàn thành 186 căn nhà theo Chương trình xóa nhà tạm, nhà dột nát; vận động 12 hộ di cư tự do ổn định cuộc sống. Ông Pờ Chà Mé, người Hà Nhì, người có uy tín bản A Pa Chải, xúc động nói: "Năm nay bà con có nhà mới đón Tết, không còn ai phải ở nhà tranh nữa".
Tại xã Mường Nhé, đoàn trao 250 suất quà và 80 chiếc chăn cho học sinh bán trú. Ông Vàng A Dính, Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Nhé, cho biết dịp Tết năm nay Mặt trận xã đã vận động được trên 1.500 suất quà, tổng trị giá khoảng 750 triệu đồng, bảo đảm 100% hộ nghèo đều có quà.
Thực hiện Kế hoạch số 105/KH-MTTQ-BTT ngày 15/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Bính Ngọ, Mặt trận các cấp toàn tỉnh Điện Biên dự kiến trao khoảng 45.000 suất quà, trị giá trên 27 tỷ đồng. Đồng chí Lò Văn Cương đề nghị cấp ủy, chính quyền các xã biên giới quan tâm để "không ai bị bỏ lại phía sau"; người có uy tín tiếp tục tuyên truyền con cháu không nghe theo kẻ xấu, không xuất cảnh trái phép sang Lào làm thuê trong dịp Tết.
Trước đó, đoàn đã đến thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng A Pa Chải và Đồn Biên phòng Sen Thượng, mỗi đơn vị 10 triệu đồng, góp phần cùng bộ đội biên phòng chăm lo Tết cho bà con ở các bản giáp biên.
Diệu Linh
Lượt xem: 1.092
Tin liên quan
- Chủ tịch Ủy ban MTTQ tỉnh thăm, chúc Tết chức sắc tôn giáo (02/02/2026)
- Trao 300 suất quà cho hộ nghèo xã Nà Hỳ (30/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (15/01/2026)
""", "2026-02-06", "Xuân biên giới ấm lòng đồng bào các dân tộc xã Mường Nhé, Sín Thầu",
E("trao_qua", None, "2026-02-04"),
[P("Lò Văn Cương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Quàng Văn Pánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lò Văn Chiến", "Bí thư Đảng ủy xã Sín Thầu"),
 P("Pờ Chà Mé", "người có uy tín bản A Pa Chải"),
 P("Vàng A Dính", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mường Nhé")],
[Q("600 suất quà", 600, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("2.315 hộ", 2315, "hộ"), Q("11.206 nhân khẩu", 11206, "nhân khẩu"), Q("41,3%", 41.3, "%"), Q("186 căn nhà", 186, "căn nhà"),
 Q("12 hộ di cư tự do", 12, "hộ di cư tự do"), Q("250 suất quà", 250, "suất quà"), Q("80 chiếc chăn", 80, "chiếc chăn"),
 Q("trên 1.500 suất quà", 1500, "suất quà", "over"), Q("khoảng 750 triệu đồng", 750000000, "đồng", "approx"), Q("100% hộ nghèo", 100, "%"),
 Q("khoảng 45.000 suất quà", 45000, "suất quà", "approx"), Q("trên 27 tỷ đồng", 27000000000, "đồng", "over"),
 Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "105", "KH-MTTQ-BTT", "2025-12-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 105/KH-MTTQ-BTT ngày 15/12/2025")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Nậm Kè")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ / Tin tức / An sinh xã hội", "Ảnh: Đoàn công tác trao quà cho người dân xã Mường Nhé.",
 "Vì người nghèo", "Chương trình xóa nhà tạm, nhà dột nát", "không ai bị bỏ lại phía sau", "Đồn Biên phòng A Pa Chải", "Lượt xem: 1.092"],
["Thứ Sáu, 06/02/2026 - 15:50", "Bính Ngọ 2026", "Năm 2025", "Lượt xem: 1.092"]))

PAGES.append(page("b4612-caobang-btgdv-tongket-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng
Trang chủ » Tin tức » Hoạt động dân vận
09/01/2026 - 15:30
Đồng chí Bế Thị Hồng phát biểu kết luận hội nghị.
Khối dân vận triển khai nhiệm vụ năm 2026
Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Bế Thị Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Hoàng Văn Pháo, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Nông Thị Diệp, Đàm Văn Hà và lãnh đạo khối dân vận 56 xã, phường.
Năm 2025 là năm đặc biệt khi tỉnh thực hiện sắp xếp đơn vị hành chính và vận hành chính quyền địa phương 2 cấp từ ngày 1/7/2025. Khối dân vận đã tổ chức 1.260 cuộc tuyên truyền, đối thoại với hơn 98.000 lượt người; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 08, 09-KL/TU về công tác dân vận trong giai đoạn mới và về phát huy vai trò người có uy tín. Phong trào "Dân vận khéo" có 812 mô hình, trong đó 64 mô hình tiêu biểu cấp tỉnh.
Chương trình xóa nhà tạm, nhà dột nát hoàn thành 7.045 căn, tổng kinh phí gần 420 tỷ đồng; nhân dân góp hơn 95.000 ngày công. Tại các xã vùng đồng bào Mông, khối dân vận phối hợp vận động 126 hộ từ bỏ "Dương Văn Mình", 2 nhóm "Hội thánh Đức Chúa Trời" tự giải tán. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 19,6%.
Tại hội nghị, bà Lý Thị Hoa, người Dao, Bí thư Đảng ủy xã Bảo Lạc, chia sẻ việc kiện toàn 48 tổ dân vận thôn sau sáp nhập; ông Lầu Văn Pó, người Mông, người có uy tín xóm Cốc Phát, xã Lý Bôn, cho biết cả xóm 72 hộ không còn ai theo "Dương Văn Mình". Ông Nông Văn Khánh, Phó Chủ tịch UBND phường Thục Phán, kiến nghị có cơ chế bố trí cán bộ chuyên trách dân vận cấp xã.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Pháo đề nghị năm 2026 khối dân vận tuyên truyền sâu rộng Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; thực hiện Kết luận số 183-KL/TW của Bộ Chính trị và Hướng dẫn số 03-HD/BTGDVTU của Ban; phục vụ tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu 100% xã, phường có ít nhất 5 mô hình "Dân vận khéo".
Dịp này, 18 tập thể và 27 cá nhân được tặng giấy khen; đồng chí Đàm Văn Hà công bố Quyết định số 416-QĐ/BTGDVTU về khen thưởng.
Hoàng Thu
Lượt xem: 743
Tin liên quan
- Phường Thục Phán ra mắt khối dân vận (20/12/2025)
- Bảo Lâm: đối thoại với người có uy tín (12/12/2025)
- Hội nghị giao ban quý IV năm 2025 (05/12/2025)
""", "2026-01-09", "Khối dân vận triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Bế Thị Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pháo", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Thị Diệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Đàm Văn Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Hoa", "Bí thư Đảng ủy xã Bảo Lạc"),
 P("Lầu Văn Pó", "người có uy tín xóm Cốc Phát"),
 P("Nông Văn Khánh", "Phó Chủ tịch UBND phường Thục Phán")],
[Q("56 xã, phường", 56, "xã, phường"), Q("1.260 cuộc tuyên truyền, đối thoại", 1260, "cuộc tuyên truyền, đối thoại"),
 Q("hơn 98.000 lượt người", 98000, "lượt người", "over"), Q("812 mô hình", 812, "mô hình"),
 Q("64 mô hình tiêu biểu cấp tỉnh", 64, "mô hình tiêu biểu cấp tỉnh"), Q("7.045 căn", 7045, "căn"),
 Q("gần 420 tỷ đồng", 420000000000, "đồng", "approx"), Q("hơn 95.000 ngày công", 95000, "ngày công", "over"),
 Q("126 hộ", 126, "hộ"), Q("2 nhóm", 2, "nhóm"), Q("19,6%", 19.6, "%"), Q("48 tổ dân vận thôn", 48, "tổ dân vận thôn"),
 Q("72 hộ", 72, "hộ"), Q("100% xã, phường", 100, "%"), Q("ít nhất 5 mô hình", 5, "mô hình", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "183", "KL/TW", None, "Bộ Chính trị", "Kết luận số 183-KL/TW"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quyết định", "416", "QĐ/BTGDVTU", None, None, "Quyết định số 416-QĐ/BTGDVTU")],
[prov("Cao Bằng"), com("Bảo Lạc"), com("Lý Bôn"), com("Thục Phán")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", "Trang chủ » Tin tức » Hoạt động dân vận", "Đồng chí Bế Thị Hồng phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Chương trình xóa nhà tạm, nhà dột nát", "Dương Văn Mình", "Hội thánh Đức Chúa Trời", "Nghị quyết Đại hội XIV", "Lượt xem: 743"],
["09/01/2026 - 15:30", "năm 2025", "năm 2026", "2 cấp", "Đại hội XIV", "lần thứ XX", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 743"]))
