from lib import *
PAGES = []

PAGES.append(page("b2303-quangnam-bdv-tongket-2023", """
Hôm nay: Thứ Hai, 25/12/2023
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ » Tin tức » Hoạt động dân vận
Ngày đăng 22/12/2023 | 17:00
Ảnh: Toàn cảnh hội nghị tổng kết.
Vận động nhân dân hiến hơn 520.000 m2 đất trong năm 2023
Chiều 21/12, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Võ Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Alăng Thị Nhớ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 135 đại biểu.
Năm 2023, khối dân vận các cấp đã vận động nhân dân hiến hơn 520.000 m2 đất, tháo dỡ 14.600 m tường rào, đóng góp gần 96 tỷ đồng xây dựng nông thôn mới; xây dựng, sửa chữa 1.240 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở với tổng kinh phí 62,4 tỷ đồng. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU thực hiện Kết luận số 23-KL/TW của Bộ Chính trị; đồng thời ký kết Quy chế phối hợp số 08-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh về công tác dân vận chính quyền.
Toàn tỉnh có 2.780 mô hình "Dân vận khéo", trong đó 135 mô hình cấp tỉnh; 18/18 huyện, thị xã, thành phố tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân. Vùng đồng bào dân tộc thiểu số miền núi tiếp tục ổn định; tuy vậy, tại huyện Nam Giang và Tây Giang vẫn có 3 trường hợp truyền đạo trái pháp luật.
Tại hội nghị, đồng chí Zơrâm Bốc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, chia sẻ kinh nghiệm vận động 312 hộ đồng bào Cơ Tu trồng 620 ha rừng sản xuất; bà Pơloong Thị Đhơ, Chủ tịch Hội Liên hiệp Phụ nữ xã Ch'ơm, nêu cách vận động chị em bỏ tảo hôn. Ông Bríu Pố, Bí thư Chi bộ, Trưởng thôn Aur, xã Ch'ơm, kể việc vận động 45 hộ di dời ra khỏi vùng sạt lở. Đồng chí Nguyễn Thị Xuân Mai, Trưởng Ban Dân vận Đảng ủy phường An Mỹ, đề nghị có cơ chế hỗ trợ tổ dân vận khối phố.
Phát biểu kết luận, đồng chí Võ Thị Hồng Nhung yêu cầu năm 2024 các cấp tập trung thực hiện Chỉ thị số 25-CT/TU ngày 15/8/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm; tổ chức tốt hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2021 - 2024; phấn đấu năm 2024 giảm 2,5% tỷ lệ hộ nghèo vùng miền núi.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 28 cá nhân có thành tích xuất sắc; đồng chí Coor Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố các quyết định khen thưởng.
Đinh Hương
Lượt xem: 964
Các tin khác
- Hội nghị giao ban khối dân vận quý IV (12/12/2023)
- Tiên Phước: 50 căn nhà đại đoàn kết được bàn giao (05/12/2023)
- Bắc Trà My đối thoại với người dân về đất rừng (28/11/2023)
""", "2023-12-22", "Vận động nhân dân hiến hơn 520.000 m2 đất trong năm 2023",
E("tong_ket", "2023", "2023-12-21"),
[P("Võ Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Nhớ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơrâm Bốc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Pơloong Thị Đhơ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ch'ơm"),
 P("Bríu Pố", "Bí thư Chi bộ", "Trưởng thôn Aur"),
 P("Nguyễn Thị Xuân Mai", "Trưởng Ban Dân vận Đảng ủy phường An Mỹ"),
 P("Coor Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("135 đại biểu", 135, "đại biểu"), Q("hơn 520.000 m2", 520000, "m2", "over"), Q("14.600 m", 14600, "m"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("1.240 căn nhà", 1240, "căn nhà"),
 Q("62,4 tỷ đồng", 62400000000, "đồng"), Q("2.780 mô hình", 2780, "mô hình"), Q("135 mô hình cấp tỉnh", 135, "mô hình cấp tỉnh"),
 Q("18/18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("3 trường hợp", 3, "trường hợp"),
 Q("312 hộ đồng bào Cơ Tu", 312, "hộ đồng bào Cơ Tu"), Q("620 ha", 620, "ha"), Q("45 hộ", 45, "hộ"),
 Q("2,5%", 2.5, "%"), Q("20 tập thể", 20, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Chương trình hành động", "31", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 31-CTr/TU"),
 D("Kết luận", "23", "KL/TW", None, "Bộ Chính trị", "Kết luận số 23-KL/TW của Bộ Chính trị"),
 D("Quy chế phối hợp", "08", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 08-QC/BDVTU-UBND"),
 D("Chỉ thị", "25", "CT/TU", "2023-08-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 15/8/2023 của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Nam"), com("Ch'ơm"), com("An Mỹ")],
["Hôm nay: Thứ Hai, 25/12/2023", "BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ » Tin tức » Hoạt động dân vận",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Dân vận khéo", "Lượt xem: 964"],
["Hôm nay: Thứ Hai, 25/12/2023", "Ngày đăng 22/12/2023 | 17:00", "năm 2024", "giai đoạn 2021 - 2024", "Lượt xem: 964"]))

PAGES.append(page("b2304-sonla-bdv-taphuan-2023", """
Báo Sơn La điện tử
Chính trị › Xây dựng Đảng › Dân vận
24 tháng 3, 2023 | 08:40
Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào dân tộc
Trong 2 ngày 22 và 23/3/2023, Ban Dân vận Tỉnh ủy Sơn La tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 210 học viên là cán bộ dân vận, Mặt trận, đoàn thể của 12 huyện, thành phố.
Đồng chí Cầm Thị Mai phát biểu khai giảng lớp tập huấn. Ảnh: Quàng Hương
Khai giảng lớp tập huấn, đồng chí Cầm Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Sơn La có 12 dân tộc, đồng bào dân tộc thiểu số chiếm trên 83% dân số; địa bàn rộng, giao thông khó khăn, nên cán bộ dân vận cơ sở phải "nghe dân nói, nói dân hiểu, làm dân tin", thực hiện tốt phương châm "4 đến, 5 cùng".
Các học viên được nghe đồng chí Lò Văn Hiên, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt Kết luận số 23-KL/TW ngày 10/10/2022 của Bộ Chính trị; đồng chí Mùa A Sử, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu Hướng dẫn số 12-HD/BDVTU ngày 01/02/2023 về kỹ năng nắm tình hình nhân dân trên không gian mạng và Chỉ thị 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Mông.
Tại lớp tập huấn, đồng chí Quàng Văn Pọm, HUV, Trưởng Ban Dân vận Huyện ủy Thuận Châu, chia sẻ kinh nghiệm vận động 186 hộ đồng bào Thái chuyển đổi 420 ha đất dốc trồng lúa nương sang trồng cây ăn quả; đồng chí Sồng A Lử, Bí thư Đảng ủy xã Chiềng Nơi, kể cách vận động bà con người Mông không nghe theo đối tượng xấu tuyên truyền "Vàng Chứ". Bà Lường Thị Ỏn, Trưởng bản Hua Tạt, xã Vân Hồ, giới thiệu mô hình bản du lịch cộng đồng với 28 hộ làm homestay.
Nhiều học viên cho biết, cán bộ dân vận ở xã vùng cao hầu hết kiêm nhiệm, ít được bồi dưỡng chuyên sâu; việc nắm tình hình trên mạng xã hội còn lúng túng. Lớp tập huấn đã dành một buổi để học viên thảo luận nhóm, xử lý tình huống giả định về tranh chấp đất đai, di cư tự do và tụ tập đông người, được các học viên đánh giá thiết thực, dễ áp dụng vào thực tế cơ sở.
Năm 2023, tỉnh phấn đấu mỗi xã có ít nhất 1 mô hình "Dân vận khéo", toàn tỉnh công nhận mới 300 mô hình; 100% bản, tiểu khu có tổ dân vận hoạt động hiệu quả. Quý I năm 2023, các cấp đã tổ chức 64 lớp bồi dưỡng cho 4.800 lượt cán bộ, đảng viên ở cơ sở với kinh phí hơn 1,1 tỷ đồng.
Kết thúc lớp tập huấn, 210 học viên làm bài thu hoạch, 15 bài xuất sắc được Ban Dân vận Tỉnh ủy khen thưởng, mỗi bài 500.000 đồng.
Quàng Hương
Lượt xem: 541
Tin liên quan
- Hội nghị tổng kết công tác dân vận năm 2022 (27/12/2022)
- Mộc Châu: 200 hộ hiến đất mở đường (15/03/2023)
- Sốp Cộp đối thoại với người có uy tín (02/03/2023)
""", "2023-03-24", "Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở vùng đồng bào dân tộc",
E("tap_huan", "2023", "2023-03-22"),
[P("Cầm Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Sử", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Pọm", "HUV", "Trưởng Ban Dân vận Huyện ủy Thuận Châu"),
 P("Sồng A Lử", "Bí thư Đảng ủy xã Chiềng Nơi"),
 P("Lường Thị Ỏn", "Trưởng bản Hua Tạt")],
[Q("210 học viên", 210, "học viên"), Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("12 dân tộc", 12, "dân tộc"),
 Q("trên 83%", 83, "%", "over"), Q("186 hộ đồng bào Thái", 186, "hộ đồng bào Thái"), Q("420 ha", 420, "ha"),
 Q("28 hộ", 28, "hộ"), Q("300 mô hình", 300, "mô hình"), Q("100%", 100, "%"),
 Q("64 lớp bồi dưỡng", 64, "lớp bồi dưỡng"), Q("4.800 lượt cán bộ, đảng viên", 4800, "lượt cán bộ, đảng viên"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("15 bài xuất sắc", 15, "bài xuất sắc"), Q("500.000 đồng", 500000, "đồng")],
[D("Kết luận", "23", "KL/TW", "2022-10-10", "Bộ Chính trị", "Kết luận số 23-KL/TW ngày 10/10/2022 của Bộ Chính trị"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2023-02-01", None, "Hướng dẫn số 12-HD/BDVTU ngày 01/02/2023"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Sơn La"), com("Chiềng Nơi"), com("Vân Hồ")],
["Báo Sơn La điện tử", "Chính trị › Xây dựng Đảng › Dân vận", "Đồng chí Cầm Thị Mai phát biểu khai giảng lớp tập huấn. Ảnh: Quàng Hương",
 "nghe dân nói, nói dân hiểu, làm dân tin", "4 đến, 5 cùng", "Vàng Chứ", "Dân vận khéo", "Lượt xem: 541"],
["24 tháng 3, 2023 | 08:40", "2 ngày", "năm 2023", "4 đến, 5 cùng", "Năm 2023", "Quý I năm 2023", "1 mô hình", "Lượt xem: 541"]))

PAGES.append(page("b2305-tuyenquang-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ > Hoạt động > Dân vận
08/10/2025 10:15
Giao ban công tác tuyên giáo và dân vận quý III năm 2025
Ngày 07/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Đây là lần giao ban quý đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, tổ chức chính quyền địa phương 2 cấp. Đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, cùng các đồng chí Phó Trưởng ban: Sùng Mí Páo, Nông Văn Kiên, Hầu Thị Dua.
Toàn cảnh hội nghị giao ban tại điểm cầu Tỉnh ủy.
Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường. Quý III, các cơ quan tuyên giáo và dân vận đã tuyên truyền sâu rộng về việc sắp xếp đơn vị hành chính, vận hành chính quyền địa phương 2 cấp; tổ chức 1.860 buổi tuyên truyền tại thôn, tổ dân phố với hơn 95.000 lượt người dự. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 05-QĐ/TU về chức năng, nhiệm vụ của Ban và Kế hoạch số 12-KH/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Phong trào "Bình dân học vụ số" được triển khai tại 100% xã, phường, với 412 tổ công nghệ số cộng đồng. Chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 8.750 căn nhà, đạt 100% kế hoạch. Tình hình tôn giáo cơ bản ổn định; tại xã Lũng Cú và xã Mèo Vạc phát hiện 6 trường hợp tuyên truyền đạo trái pháp luật, đã được vận động từ bỏ, cam kết chấp hành pháp luật.
Đồng chí Hoàng Văn Tịnh, Bí thư Đảng ủy xã Minh Quang, đề nghị bố trí cán bộ chuyên trách dân vận vì sau sắp xếp mỗi xã rộng gấp 3 lần trước. Bà Vàng Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú, phản ánh 17 thôn ở xa trung tâm xã chưa có sóng điện thoại ổn định, việc tuyên truyền trên nền tảng số gặp nhiều khó khăn.
Kết luận hội nghị, đồng chí Ma Thị Nguyệt đề nghị quý IV tập trung tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; triển khai Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư; chuẩn bị hội nghị đối thoại của người đứng đầu cấp ủy với nhân dân tại 30 xã vùng cao; thực hiện Quyết định số 09-QĐ/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về quy chế làm việc.
Thanh Tâm
Lượt xem: 287
Tin liên quan
- Tuyên Quang kiện toàn Ban Tuyên giáo và Dân vận các đảng ủy xã (15/09/2025)
- Hội nghị cộng tác viên dư luận xã hội (28/08/2025)
- Mèo Vạc: 200 căn nhà tạm được xóa (12/08/2025)
""", "2025-10-08", "Giao ban công tác tuyên giáo và dân vận quý III năm 2025",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Páo", "Phó Trưởng ban"), P("Nông Văn Kiên", "Phó Trưởng ban"), P("Hầu Thị Dua", "Phó Trưởng ban"),
 P("Hoàng Văn Tịnh", "Bí thư Đảng ủy xã Minh Quang"),
 P("Vàng Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("1.860 buổi tuyên truyền", 1860, "buổi tuyên truyền"),
 Q("hơn 95.000 lượt người", 95000, "lượt người", "over"), Q("100%", 100, "%"),
 Q("412 tổ công nghệ số cộng đồng", 412, "tổ công nghệ số cộng đồng"), Q("8.750 căn nhà", 8750, "căn nhà"),
 Q("6 trường hợp", 6, "trường hợp"), Q("17 thôn", 17, "thôn"), Q("30 xã vùng cao", 30, "xã vùng cao")],
[D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐ/TU"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quyết định", "09", "QĐ/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quyết định số 09-QĐ/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Minh Quang")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ > Hoạt động > Dân vận",
 "Toàn cảnh hội nghị giao ban tại điểm cầu Tỉnh ủy.", "Bình dân học vụ số", "xóa nhà tạm, nhà dột nát", "Lượt xem: 287"],
["08/10/2025 10:15", "quý III", "quý IV năm 2025", "2 cấp", "lần giao ban quý đầu tiên", "gấp 3 lần", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "Lượt xem: 287"]))

PAGES.append(page("b2306-lamdong-btgdv-tongket-2025", """
Hôm nay: Thứ Sáu, 09/01/2026
CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ / Tin tức / Dân vận
Thứ Năm, 08/01/2026, 15:30
Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.
Lâm Đồng triển khai nhiệm vụ tuyên giáo và dân vận năm 2026
Ngày 07/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối trực tuyến đến 124 điểm cầu đảng ủy xã, phường, đặc khu. Đồng chí K'Hoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025 là năm đầu tiên tỉnh Lâm Đồng mới đi vào hoạt động sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU và Chỉ thị 04-CT/TU về tăng cường công tác dân vận trong vận hành chính quyền địa phương 2 cấp và trong đồng bào dân tộc thiểu số; Kế hoạch số 27-KH/TU thực hiện Quy định số 304-QĐ/TW của Ban Chấp hành Trung ương về công tác dân vận của hệ thống chính trị.
Toàn tỉnh đã hoàn thành xóa 4.260 căn nhà tạm, nhà dột nát, trong đó Ủy ban MTTQ các cấp vận động hơn 215 tỷ đồng; nhân dân hiến trên 310.000 m2 đất làm đường. Có 3.150 mô hình "Dân vận khéo" được công nhận, trong đó 160 mô hình cấp tỉnh. Các cấp đã giải quyết 1.386 đơn thư, kiến nghị, đạt 96,2%.
Tại hội nghị, đồng chí Điểu Mười, Bí thư Đảng ủy xã Quảng Khê, chia sẻ cách vận động 240 hộ đồng bào Mnông trồng cà phê theo tiêu chuẩn; bà Thông Thị Hồng, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa, người Chăm, nêu kinh nghiệm vận động chức sắc Chăm Bàni tham gia giữ gìn an ninh trật tự. Ông Ka Yên, người có uy tín thôn Đạ Nghịt, xã Lạc Dương, kể về việc vận động bà con người K'Ho không phá rừng. Đồng chí Nguyễn Thị Phương, Trưởng Ban Xây dựng Đảng Đảng ủy phường Bắc Gia Nghĩa, đề nghị tập huấn thêm cho cán bộ sau hợp nhất.
Phát biểu kết luận, đồng chí K'Hoan đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I; tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; triển khai Nghị quyết 66-NQ/TW, 68-NQ/TW của Bộ Chính trị.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy khen thưởng 25 tập thể, 30 cá nhân; đồng chí Bùi Thanh Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Ngọc Lan
Lượt truy cập: 5.120.447
Tin khác
- Hội nghị biểu dương người có uy tín tiêu biểu (30/12/2025)
- Bắc Gia Nghĩa: ra mắt tổ dân vận khu phố (20/12/2025)
- Giao ban quý IV năm 2025 (10/12/2025)
""", "2026-01-08", "Lâm Đồng triển khai nhiệm vụ tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("K'Hoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Mười", "Bí thư Đảng ủy xã Quảng Khê"),
 P("Thông Thị Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa"),
 P("Ka Yên", "người có uy tín thôn Đạ Nghịt"),
 P("Nguyễn Thị Phương", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Bắc Gia Nghĩa"),
 P("Bùi Thanh Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu đảng ủy xã, phường, đặc khu", 124, "điểm cầu đảng ủy xã, phường, đặc khu"),
 Q("4.260 căn nhà tạm, nhà dột nát", 4260, "căn nhà tạm, nhà dột nát"), Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
 Q("trên 310.000 m2", 310000, "m2", "over"), Q("3.150 mô hình", 3150, "mô hình"), Q("160 mô hình cấp tỉnh", 160, "mô hình cấp tỉnh"),
 Q("1.386 đơn thư, kiến nghị", 1386, "đơn thư, kiến nghị"), Q("96,2%", 96.2, "%"),
 Q("240 hộ đồng bào Mnông", 240, "hộ đồng bào Mnông"), Q("25 tập thể", 25, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04-CT/TU"),
 D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 304-QĐ/TW của Ban Chấp hành Trung ương"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66-NQ/TW, 68-NQ/TW của Bộ Chính trị"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 66-NQ/TW, 68-NQ/TW của Bộ Chính trị")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Phan Hòa"), com("Lạc Dương"), com("Bắc Gia Nghĩa")],
["Hôm nay: Thứ Sáu, 09/01/2026", "CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ / Tin tức / Dân vận",
 "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Dân vận khéo", "Nghị quyết Đại hội XIV", "Lượt truy cập: 5.120.447"],
["Hôm nay: Thứ Sáu, 09/01/2026", "Thứ Năm, 08/01/2026, 15:30", "năm 2025", "năm 2026", "ba tỉnh", "2 cấp", "Đại hội XIV",
 "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 5.120.447"]))

PAGES.append(page("b2307-dongnai-xa-doithoai-2026", """
Trang thông tin điện tử xã Bù Đăng - tỉnh Đồng Nai
Trang chủ - Tin tức - Sự kiện - Tin hoạt động
2026-03-18 09:00
Bí thư Đảng ủy xã Bù Đăng đối thoại với nhân dân năm 2026
Sáng 17/3, Đảng ủy xã Bù Đăng, tỉnh Đồng Nai tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Đồng chí Điểu Lên, Bí thư Đảng ủy xã chủ trì; cùng chủ trì có đồng chí Trần Quốc Hưng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí Thị Ngoan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Điểu Lên phát biểu tại hội nghị đối thoại.
Tham dự có hơn 150 người dân đại diện cho 42 thôn, bon trong xã, trong đó có 38 người có uy tín là đồng bào S'tiêng, Mnông, Tày, Nùng. Hội nghị đã nhận được 23 ý kiến, kiến nghị, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, nước sinh hoạt, đường giao thông và thủ tục hành chính sau khi sáp nhập xã.
Ông Điểu Xơn, người có uy tín bon Bù Bưng, phản ánh 36 hộ đồng bào S'tiêng đã sử dụng đất ổn định nhiều năm nhưng chưa được cấp giấy. Bà Lăng Thị Hoa, Trưởng thôn 9, đề nghị nâng cấp 2,5 km đường liên thôn đang xuống cấp. Anh Thạch Văn Tùng, Bí thư Chi đoàn thôn 4, phản ánh thanh niên phải đi xa để làm thủ tục vì Trung tâm phục vụ hành chính công xã quá tải vào thứ Hai.
Trả lời các ý kiến, đồng chí Trần Quốc Hưng cho biết, năm 2026 xã được bố trí 18,5 tỷ đồng cho các công trình giao thông, thủy lợi; trong đó ưu tiên nâng cấp tuyến đường liên thôn. Đối với việc cấp giấy chứng nhận, xã sẽ thành lập tổ công tác rà soát, hoàn thành hồ sơ cho các hộ trong quý II. Trung tâm phục vụ hành chính công xã sẽ bố trí thêm 2 quầy tiếp nhận hồ sơ và tăng cường hướng dẫn nộp hồ sơ trực tuyến.
Kết luận hội nghị, đồng chí Điểu Lên yêu cầu các bộ phận chuyên môn giải quyết dứt điểm các ý kiến trong thẩm quyền, công khai kết quả trước ngày 30/6/2026; thực hiện nghiêm Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 05-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã về tiếp dân, đối thoại năm 2026. Đồng chí đề nghị bà con tiếp tục phát huy tinh thần đoàn kết, tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Trước hội nghị, Đảng ủy xã đã tổ chức khảo sát, ghi nhận 54 ý kiến của người dân qua hòm thư góp ý và trang mạng xã hội của xã. Các ý kiến này đã được tổng hợp, phân loại và giao cho các bộ phận chuyên môn chuẩn bị nội dung trả lời trực tiếp tại hội nghị.
Văn Sơn
Số lượt truy cập: 62.318
Tin liên quan
- Xã Bù Đăng ra mắt 12 tổ dân vận thôn, bon (05/03/2026)
- Hội nghị giao ban công tác dân vận tháng 2/2026 (27/02/2026)
- Trao 15 căn nhà đại đoàn kết cho hộ nghèo (10/02/2026)
""", "2026-03-18", "Bí thư Đảng ủy xã Bù Đăng đối thoại với nhân dân năm 2026",
E("doi_thoai", "2026", "2026-03-17"),
[P("Điểu Lên", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Hưng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Ngoan", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Xơn", "người có uy tín bon Bù Bưng"),
 P("Lăng Thị Hoa", "Trưởng thôn 9"),
 P("Thạch Văn Tùng", "Bí thư Chi đoàn thôn 4")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("42 thôn, bon", 42, "thôn, bon"), Q("38 người có uy tín", 38, "người có uy tín"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("36 hộ đồng bào S'tiêng", 36, "hộ đồng bào S'tiêng"),
 Q("2,5 km", 2.5, "km"), Q("18,5 tỷ đồng", 18500000000, "đồng"), Q("2 quầy tiếp nhận hồ sơ", 2, "quầy tiếp nhận hồ sơ"),
 Q("54 ý kiến", 54, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị"),
 D("Kế hoạch", "05", "KH/ĐU", "2026-01-12", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã")],
[prov("Đồng Nai"), com("Bù Đăng")],
["Trang thông tin điện tử xã Bù Đăng - tỉnh Đồng Nai", "Trang chủ - Tin tức - Sự kiện - Tin hoạt động",
 "Đồng chí Điểu Lên phát biểu tại hội nghị đối thoại.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Trung tâm phục vụ hành chính công xã", "Số lượt truy cập: 62.318"],
["2026-03-18 09:00", "năm 2026", "thôn 9", "thôn 4", "thứ Hai", "quý II", "30/6/2026", "Số lượt truy cập: 62.318"]))

PAGES.append(page("b2308-vinhlong-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ › Hoạt động Mặt trận › Giám sát
Cập nhật lúc 16:45 ngày 26/11/2025
Giám sát việc giải quyết thủ tục hành chính tại xã Trà Cú sau sắp xếp
Thực hiện Chương trình giám sát năm 2025, ngày 25/11/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Thạch Sa Thum, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công xã Trà Cú.
Đoàn giám sát kiểm tra hồ sơ tại Trung tâm phục vụ hành chính công xã.
Xã Trà Cú được thành lập trên cơ sở sáp nhập thị trấn Trà Cú và 2 xã lân cận, có hơn 41.000 nhân khẩu, trong đó 58% là đồng bào Khmer. Từ ngày 01/7/2025 đến nay, Trung tâm đã tiếp nhận 6.842 hồ sơ, giải quyết đúng hạn 6.710 hồ sơ, đạt 98,1%; 132 hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai. Tỷ lệ hồ sơ nộp trực tuyến đạt 46%.
Ông Trà Văn Lợi, Chủ tịch UBND xã Trà Cú, cho biết xã đã bố trí 9 công chức tại trung tâm, trong đó 3 người biết tiếng Khmer; thành lập 27 tổ công nghệ số cộng đồng để hướng dẫn người dân. Khó khăn là nhiều máy móc, thiết bị đã cũ, đường truyền chưa ổn định, một số văn bản hướng dẫn về phân cấp thẩm quyền theo Nghị định số 151/2025/NĐ-CP của Chính phủ chưa rõ.
Đại diện người dân, bà Kim Thị Sóc Ry, ấp Ba Cụm, phản ánh phải đi lại nhiều lần để làm thủ tục tách thửa đất. Ông Thạch Phon, Phó Ban quản trị chùa Cà Săng, đề nghị hỗ trợ thủ tục đăng ký sinh hoạt tôn giáo cho các chùa. Ông Lê Văn Hậu, Trưởng ban Công tác Mặt trận ấp Chợ, kiến nghị niêm yết công khai quy trình bằng song ngữ Việt - Khmer.
Kết luận buổi giám sát, đồng chí Thạch Sa Thum đề nghị UBND xã rà soát 132 hồ sơ trễ hạn, xin lỗi người dân theo quy định; tăng cường ứng dụng chuyển đổi số theo Nghị quyết số 57-NQ/TW của Bộ Chính trị; phát huy vai trò Ban Thanh tra nhân dân xã theo Luật Thực hiện dân chủ ở cơ sở. Đoàn sẽ kiến nghị UBND tỉnh hướng dẫn thống nhất Quyết định số 1205/QĐ-UBND ngày 15/7/2025 của UBND tỉnh về quy trình nội bộ giải quyết thủ tục hành chính.
Cùng tham gia đoàn có bà Nguyễn Thị Cẩm Tú, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy. Trong năm 2025, Mặt trận tỉnh Vĩnh Long chủ trì 8 cuộc giám sát chuyên đề sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Sa Rên
Tin liên quan
- Hội nghị phản biện dự thảo quy định về hỗ trợ người có uy tín (18/11/2025)
- Mặt trận xã Long Hiệp trao 20 căn nhà Đại đoàn kết (10/11/2025)
- Tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận cơ sở (30/10/2025)
""", "2025-11-26", "Giám sát việc giải quyết thủ tục hành chính tại xã Trà Cú sau sắp xếp",
E("giam_sat", "2025", "2025-11-25"),
[P("Thạch Sa Thum", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trà Văn Lợi", "Chủ tịch UBND xã Trà Cú"),
 P("Kim Thị Sóc Ry"),
 P("Thạch Phon", "Phó Ban quản trị chùa Cà Săng"),
 P("Lê Văn Hậu", "Trưởng ban Công tác Mặt trận ấp Chợ"),
 P("Nguyễn Thị Cẩm Tú", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2 xã", 2, "xã"), Q("hơn 41.000 nhân khẩu", 41000, "nhân khẩu", "over"), Q("58%", 58, "%"),
 Q("6.842 hồ sơ", 6842, "hồ sơ"), Q("6.710 hồ sơ", 6710, "hồ sơ"), Q("98,1%", 98.1, "%"), Q("132 hồ sơ", 132, "hồ sơ"),
 Q("46%", 46, "%"), Q("9 công chức", 9, "công chức"), Q("3 người", 3, "người"),
 Q("27 tổ công nghệ số cộng đồng", 27, "tổ công nghệ số cộng đồng"), Q("8 cuộc giám sát chuyên đề", 8, "cuộc giám sát chuyên đề")],
[D("Nghị định", "151", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 151/2025/NĐ-CP của Chính phủ"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Quyết định", "1205", "QĐ-UBND", "2025-07-15", "UBND tỉnh", "Quyết định số 1205/QĐ-UBND ngày 15/7/2025 của UBND tỉnh")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ › Hoạt động Mặt trận › Giám sát",
 "Đoàn giám sát kiểm tra hồ sơ tại Trung tâm phục vụ hành chính công xã.", "Luật Thực hiện dân chủ ở cơ sở",
 "Trung tâm phục vụ hành chính công xã Trà Cú"],
["Cập nhật lúc 16:45 ngày 26/11/2025", "năm 2025", "01/7/2025", "ba tỉnh"]))
