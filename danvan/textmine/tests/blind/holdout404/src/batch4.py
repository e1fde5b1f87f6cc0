from lib import *
PAGES = []

PAGES.append(page("b9671-tuyenquang-btgdv-hoinghi-bcv-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Xây dựng Đảng
25/07/2025 08:30 GMT+7
Hội nghị báo cáo viên đầu tiên của tỉnh Tuyên Quang mới
Toàn cảnh hội nghị tại điểm cầu tỉnh.
(BTQ) - Chiều 24/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức Hội nghị báo cáo viên tháng 7/2025 theo hình thức trực tiếp kết hợp trực tuyến tới 124 điểm cầu xã, phường. Đây là hội nghị báo cáo viên đầu tiên kể từ khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang từ ngày 1/7/2025.
Chủ trì hội nghị có đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Thế Hùng, Nguyễn Thị Lan Anh, Lý Seo Chúng.
Tại hội nghị, đồng chí Ma Thế Hùng thông tin về tình hình sau 3 tuần vận hành chính quyền địa phương hai cấp: tỉnh có 124 đơn vị hành chính cấp xã gồm 117 xã và 7 phường; các trung tâm phục vụ hành chính công cấp xã đã tiếp nhận 18.640 hồ sơ, trong đó 96,2% được giải quyết đúng hạn. Đồng chí cũng quán triệt Kế hoạch số 05-KH/TU ngày 08/7/2025 của Ban Thường vụ Tỉnh ủy về tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Theo tổng hợp của Ban, qua 215 cộng tác viên dư luận xã hội, dư luận đồng tình cao với việc bỏ cấp huyện; tuy nhiên người dân ở các xã vùng cao như Lũng Cú, Mèo Vạc, Sơn Vĩ băn khoăn về quãng đường đến trung tâm tỉnh, việc sử dụng dịch vụ công trực tuyến khi sóng điện thoại còn yếu. Ban đã đề nghị bố trí 45 tổ công nghệ số cộng đồng hỗ trợ người dân.
Đồng chí Sùng Mí Páo, Bí thư Đảng ủy xã Lũng Cú, phát biểu tại điểm cầu xã cho biết, xã đã lập 12 nhóm báo cáo viên nói tiếng Mông để đến từng thôn thông tin về bộ máy mới. Bà Hoàng Thị Dung, Trưởng Ban Xây dựng Đảng Đảng ủy phường Minh Xuân, đề nghị tỉnh sớm ban hành tài liệu sinh hoạt chi bộ thống nhất cho toàn tỉnh.
Kết luận hội nghị, đồng chí Vàng Thị Mai đề nghị các đảng ủy xã, phường kiện toàn đội ngũ báo cáo viên cấp xã trước ngày 15/8/2025, phấn đấu mỗi xã có từ 5 báo cáo viên trở lên; tiếp tục thực hiện Quy định số 09-QĐ/TU về chế độ thông tin, báo cáo dư luận xã hội trong Đảng bộ tỉnh.
Cũng tại hội nghị, báo cáo viên được nghe đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông tin về tình hình tuyến biên giới Việt Nam - Trung Quốc dài 277 km qua địa bàn tỉnh.
Phương Thảo
Lượt xem: 2.481
Tin liên quan
- Công bố các quyết định về công tác cán bộ của Ban Tuyên giáo và Dân vận Tỉnh ủy (02/07/2025)
- Xã Mèo Vạc ra mắt tổ công nghệ số cộng đồng (18/07/2025)
- Tuyên truyền về chính quyền địa phương hai cấp bằng tiếng dân tộc (11/07/2025)
""", "2025-07-25", "Hội nghị báo cáo viên đầu tiên của tỉnh Tuyên Quang mới",
E("hoi_nghi", "2025-07", "2025-07-24"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thế Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lan Anh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Seo Chúng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Hoàng Thị Dung", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Minh Xuân")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("124 đơn vị hành chính cấp xã", 124, "đơn vị hành chính cấp xã"),
 Q("117 xã", 117, "xã"), Q("7 phường", 7, "phường"), Q("18.640 hồ sơ", 18640, "hồ sơ"), Q("96,2%", 96.2, "%"),
 Q("215 cộng tác viên dư luận xã hội", 215, "cộng tác viên dư luận xã hội"), Q("45 tổ công nghệ số cộng đồng", 45, "tổ công nghệ số cộng đồng"),
 Q("12 nhóm báo cáo viên", 12, "nhóm báo cáo viên"), Q("từ 5 báo cáo viên trở lên", 5, "báo cáo viên", "over"), Q("277 km", 277, "km")],
[D("Kế hoạch", "05", "KH/TU", "2025-07-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 08/7/2025"),
 D("Quy định", "09", "QĐ/TU", None, None, "Quy định số 09-QĐ/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "(BTQ)", "Lượt xem: 2.481"],
["25/07/2025 08:30 GMT+7", "tháng 7/2025", "3 tuần", "lần thứ I", "nhiệm kỳ 2025 - 2030", "ngày 1/7/2025", "Lượt xem: 2.481"]))

PAGES.append(page("b9672-lamdong-xa-namnung-taphuan-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ NÂM NUNG - TỈNH LÂM ĐỒNG
Trang chủ | Tin tức - Sự kiện | Hoạt động Đảng ủy
Ngày 12/09/2025 | 15:20
Đồng chí Điểu Thị Hương phát biểu khai mạc lớp tập huấn.
Xã Nâm Nung tập huấn cho 68 báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội
Ngày 11/9/2025, Ban Xây dựng Đảng Đảng ủy xã Nâm Nung tổ chức lớp tập huấn nghiệp vụ công tác tuyên giáo, dân vận năm 2025 cho 68 học viên là báo cáo viên, tuyên truyền viên, cộng tác viên dư luận xã hội và bí thư chi bộ các bon, thôn trên địa bàn xã.
Phát biểu khai mạc, đồng chí Điểu Thị Hương, Phó Bí thư Thường trực Đảng ủy xã, nhấn mạnh: sau khi sắp xếp, xã Nâm Nung được thành lập trên cơ sở nhập 3 xã, diện tích rộng, có 5 dân tộc cùng sinh sống; đội ngũ báo cáo viên cấp xã phải "đi từng bon, gõ từng cửa" để thông tin kịp thời chủ trương của Đảng, nhất là Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.
Báo cáo viên của Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng, đồng chí K'Brơi, Trưởng phòng Tuyên truyền và Dư luận xã hội, hướng dẫn cách nắm bắt, tổng hợp, báo cáo dư luận xã hội theo Hướng dẫn số 14-HD/BTGDVTU ngày 20/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy. Đồng chí Trần Văn Kiên, Trưởng Ban Xây dựng Đảng Đảng ủy xã, phổ biến Quy chế số 03-QC/ĐU của Đảng ủy xã về chế độ thông tin hai chiều giữa chi bộ và Đảng ủy.
Theo đồng chí Trần Văn Kiên, xã hiện có 27 báo cáo viên, 41 cộng tác viên dư luận xã hội; từ ngày 1/7/2025 đến nay đã tổ chức 96 buổi tuyên truyền tại 14 bon, thôn với trên 5.300 lượt người nghe. Đáng chú ý, đã xuất hiện 2 trường hợp chia sẻ thông tin sai lệch về việc thu hồi đất rẫy trên mạng xã hội; qua vận động, các trường hợp này đã gỡ bài, xin lỗi cộng đồng.
Tại lớp học, ông Y Thoang, người có uy tín bon Ja Ráh, cho biết bà con người Mnông hay hỏi về chính sách hỗ trợ đất ở, đất sản xuất; chị Thị Hòa, tuyên truyền viên bon Nâm Pơr, đề nghị có tài liệu bằng tiếng Mnông. Ông Nông Văn Páo, Bí thư Chi bộ thôn 3, người Tày di cư từ Cao Bằng vào, chia sẻ cách tuyên truyền cho bà con đồng hương.
Học viên cũng được hướng dẫn sử dụng ứng dụng nhắn tin để gửi phản ánh nhanh về Ban Xây dựng Đảng; mỗi chi bộ lập 1 nhóm thông tin chung.
Kết thúc lớp học, Đảng ủy xã giao chỉ tiêu mỗi tháng, mỗi cộng tác viên gửi ít nhất 2 phiếu phản ánh dư luận; phấn đấu đến cuối năm 2025, 100% bon, thôn có tuyên truyền viên là người dân tộc thiểu số.
Y Khoa
Tin khác
- Đảng ủy xã Nâm Nung quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I (28/08/2025)
- Trao 20 suất học bổng cho học sinh vượt khó (22/08/2025)
- Xã Nâm Nung ra mắt Trung tâm phục vụ hành chính công (02/07/2025)
""", "2025-09-12", "Xã Nâm Nung tập huấn cho 68 báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội",
E("tap_huan", "2025", "2025-09-11"),
[P("Điểu Thị Hương", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("K'Brơi", "Trưởng phòng Tuyên truyền và Dư luận xã hội"),
 P("Trần Văn Kiên", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Y Thoang", "người có uy tín bon Ja Ráh"),
 P("Thị Hòa", "tuyên truyền viên bon Nâm Pơr"),
 P("Nông Văn Páo", "Bí thư Chi bộ thôn 3")],
[Q("68 báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội", 68, "báo cáo viên, tuyên truyền viên và cộng tác viên dư luận xã hội"),
 Q("3 xã", 3, "xã"), Q("5 dân tộc", 5, "dân tộc"), Q("27 báo cáo viên", 27, "báo cáo viên"),
 Q("41 cộng tác viên dư luận xã hội", 41, "cộng tác viên dư luận xã hội"), Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"),
 Q("14 bon, thôn", 14, "bon, thôn"), Q("trên 5.300 lượt người nghe", 5300, "lượt người nghe", "over"),
 Q("2 trường hợp", 2, "trường hợp"), Q("ít nhất 2 phiếu phản ánh dư luận", 2, "phiếu phản ánh dư luận", "over"), Q("100% bon, thôn", 100, "%")],
[D("Hướng dẫn", "14", "HD/BTGDVTU", "2025-08-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BTGDVTU ngày 20/8/2025"),
 D("Quy chế", "03", "QC/ĐU", None, "Đảng ủy xã", "Quy chế số 03-QC/ĐU")],
[prov("Lâm Đồng"), com("Nâm Nung")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ NÂM NUNG - TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động Đảng ủy",
 "Đồng chí Điểu Thị Hương phát biểu khai mạc lớp tập huấn.", "đi từng bon, gõ từng cửa", "Nghị quyết Đại hội Đảng bộ xã lần thứ I"],
["Ngày 12/09/2025 | 15:20", "năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "từ ngày 1/7/2025", "1 nhóm", "cuối năm 2025"]))

PAGES.append(page("b9673-vinhlong-btgdv-tongket-2025", """
Báo Vĩnh Long Online
Thời sự > Chính trị
Thứ Sáu, 26/12/2025 - 09:10
Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm đầu tiên sau hợp nhất
Đồng chí Thạch Thị Sa Quênh trao giấy khen cho các tập thể.
Ngày 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trương Văn Thới, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Lê Hoàng Nam, Phó Bí thư Tỉnh ủy.
Năm 2025 là năm đặc biệt: tỉnh Vĩnh Long mới được thành lập từ ngày 1/7/2025 trên cơ sở hợp nhất tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh, với 124 xã, phường. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tổ chức 11 hội nghị báo cáo viên cấp tỉnh với trên 14.000 lượt đại biểu dự tại các điểm cầu.
Mạng lưới 372 cộng tác viên dư luận xã hội được kiện toàn sau sắp xếp; Ban đã xây dựng 48 báo cáo dư luận xã hội, 6 báo cáo chuyên đề về tâm trạng cán bộ, công chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP của Chính phủ. Công tác dân vận tiếp tục phát huy hiệu quả với 1.870 mô hình "Dân vận khéo"; các cấp tiếp nhận 412 đơn thư, đã giải quyết 389 đơn.
Đồng chí Thạch Thị Sa Quênh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết công tác vận động đồng bào Khmer được chú trọng; Ban đã phối hợp tổ chức thăm, chúc mừng 142 chùa Phật giáo Nam tông Khmer dịp lễ Sene Dolta. Hòa thượng Thạch Sô Phon, trụ trì chùa Âng, phường Nguyệt Hóa, đánh giá sư sãi, Phật tử tin tưởng vào bộ máy mới.
Tham luận, đồng chí Nguyễn Thị Bích Tuyền, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mỏ Cày, nêu cách lập nhóm báo cáo viên liên thôn; đồng chí Kim Văn Sóc, Bí thư Đảng ủy xã Long Hiệp, đề nghị bố trí thêm biên chế làm công tác tuyên giáo ở xã.
Hội nghị cũng chỉ ra hạn chế: sau sắp xếp, đội ngũ làm công tác tuyên giáo, dân vận ở cấp xã còn thiếu và phần lớn kiêm nhiệm; tài liệu tuyên truyền bằng tiếng Khmer chưa nhiều; một số nơi còn lúng túng trong việc thu thập, xử lý thông tin dư luận.
Phát biểu chỉ đạo, đồng chí Lê Hoàng Nam đề nghị năm 2026 tập trung tuyên truyền, đưa Nghị quyết Đại hội XIV vào cuộc sống; làm tốt công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; nâng chất lượng dự báo dư luận xã hội.
Dịp này, 18 tập thể và 27 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen; 2 tập thể được UBND tỉnh tặng bằng khen.
Bảo Trân
Lượt xem: 1.765
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 12/2025 (18/12/2025)
- Tuyên truyền Đại hội XIV trong đồng bào Khmer (10/12/2025)
- Tập huấn cộng tác viên dư luận xã hội cấp xã (21/11/2025)
""", "2025-12-26", "Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm đầu tiên sau hợp nhất",
E("tong_ket", "2025", "2025-12-25"),
[P("Trương Văn Thới", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Nam", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Sa Quênh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phon", "Hòa thượng", "trụ trì chùa Âng"),
 P("Nguyễn Thị Bích Tuyền", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Mỏ Cày"),
 P("Kim Văn Sóc", "Bí thư Đảng ủy xã Long Hiệp")],
[Q("124 xã, phường", 124, "xã, phường"), Q("11 hội nghị báo cáo viên cấp tỉnh", 11, "hội nghị báo cáo viên cấp tỉnh"),
 Q("trên 14.000 lượt đại biểu", 14000, "lượt đại biểu", "over"), Q("372 cộng tác viên dư luận xã hội", 372, "cộng tác viên dư luận xã hội"),
 Q("48 báo cáo dư luận xã hội", 48, "báo cáo dư luận xã hội"), Q("6 báo cáo chuyên đề", 6, "báo cáo chuyên đề"),
 Q("1.870 mô hình", 1870, "mô hình"), Q("412 đơn thư", 412, "đơn thư"), Q("389 đơn", 389, "đơn"),
 Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("2 tập thể", 2, "tập thể")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Mỏ Cày"), com("Long Hiệp")],
["Báo Vĩnh Long Online", "Thời sự > Chính trị", "Đồng chí Thạch Thị Sa Quênh trao giấy khen cho các tập thể.", "Dân vận khéo",
 "Sene Dolta", "Nghị quyết Đại hội XIV", "Lượt xem: 1.765"],
["Thứ Sáu, 26/12/2025 - 09:10", "năm 2025", "năm 2026", "lần thứ I", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.765"]))

PAGES.append(page("b9674-dongnai-btgdv-giamsat-2026", """
ĐỒNG NAI ĐIỆN TỬ - Báo và Phát thanh, Truyền hình Đồng Nai
Hôm nay: Thứ Hai, 26/01/2026
Chính trị - Xây dựng Đảng / Kiểm tra, giám sát
23-01-2026 10:45
Giám sát công tác nắm bắt dư luận xã hội tại Đảng ủy phường Bình Phước
Ngày 22/1/2026, Đoàn giám sát của Ban Thường vụ Tỉnh ủy Đồng Nai do đồng chí Điểu Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn giám sát việc lãnh đạo công tác tuyên giáo, dân vận và nắm bắt dư luận xã hội năm 2025 tại Đảng ủy phường Bình Phước.
Đồng chí Điểu Minh Tâm phát biểu tại buổi giám sát.
Cuộc giám sát thực hiện theo Quyết định số 211-QĐ/TU ngày 5/1/2026 của Ban Thường vụ Tỉnh ủy. Tham gia đoàn có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lê Thị Ngọc Loan, Huỳnh Hữu Phúc và đồng chí Thị Bích Ngọc, Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo của Đảng ủy phường cho thấy, sau 6 tháng vận hành, phường Bình Phước có 36 chi bộ trực thuộc với 1.425 đảng viên; đã tổ chức 8 hội nghị quán triệt nghị quyết cho 100% đảng viên. Lực lượng 19 cộng tác viên dư luận xã hội gửi 64 phiếu phản ánh; phường tổ chức 2 cuộc đối thoại với nhân dân, tiếp nhận 31 ý kiến, kiến nghị, đã trả lời 29 ý kiến.
Đồng chí Phạm Văn Đức, Bí thư Đảng ủy phường Bình Phước, cho biết dư luận tập trung vào giá điều, tiến độ dự án cao tốc Gia Nghĩa - Chơn Thành và việc cấp đổi giấy chứng nhận quyền sử dụng đất sau sáp nhập. Ông Điểu Lứ, người có uy tín sóc Bù Đồng, phản ánh một số hộ S'tiêng chưa quen làm thủ tục trực tuyến.
Đoàn giám sát đánh giá Đảng ủy phường đã ban hành Kế hoạch 14, 15-KH/ĐU về tuyên truyền Nghị quyết Đại hội XIV và công tác dân vận năm 2026; tuy nhiên chế độ báo cáo dư luận định kỳ chưa đều, nội dung phân tích còn chung chung; cộng tác viên chưa được tập huấn sau sắp xếp.
Tại buổi làm việc, các thành viên đoàn đề nghị phường làm rõ cách thức tổng hợp ý kiến của nhân dân sau các cuộc đối thoại và việc theo dõi, đôn đốc trả lời kiến nghị; đồng thời lưu ý việc phối hợp với Ủy ban MTTQ phường trong nắm bắt tâm tư của đồng bào có đạo.
Kết luận, đồng chí Điểu Minh Tâm đề nghị Đảng ủy phường thực hiện nghiêm Hướng dẫn số 27-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; bổ sung cộng tác viên là người đồng bào S'tiêng, chức sắc tôn giáo; tổ chức ít nhất 4 cuộc đối thoại trong năm 2026.
Thuận Hải
Lượt xem: 1.143
Các tin khác
- Đồng Nai: hội nghị báo cáo viên Tỉnh ủy tháng 1/2026 (16/01/2026)
- Phường Đồng Xoài tổng kết công tác dân vận năm 2025 (09/01/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai chương trình giám sát năm 2026 (06/01/2026)
- Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI (05/01/2026)
""", "2026-01-23", "Giám sát công tác nắm bắt dư luận xã hội tại Đảng ủy phường Bình Phước",
E("giam_sat", "2025", "2026-01-22"),
[P("Điểu Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Hữu Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bích Ngọc", "Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Đức", "Bí thư Đảng ủy phường Bình Phước"),
 P("Điểu Lứ", "người có uy tín sóc Bù Đồng")],
[Q("36 chi bộ trực thuộc", 36, "chi bộ trực thuộc"), Q("1.425 đảng viên", 1425, "đảng viên"),
 Q("8 hội nghị quán triệt nghị quyết", 8, "hội nghị quán triệt nghị quyết"), Q("100% đảng viên", 100, "%"),
 Q("19 cộng tác viên dư luận xã hội", 19, "cộng tác viên dư luận xã hội"), Q("64 phiếu phản ánh", 64, "phiếu phản ánh"),
 Q("2 cuộc đối thoại", 2, "cuộc đối thoại"), Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"), Q("29 ý kiến", 29, "ý kiến"),
 Q("ít nhất 4 cuộc đối thoại", 4, "cuộc đối thoại", "over")],
[D("Quyết định", "211", "QĐ/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 211-QĐ/TU ngày 5/1/2026"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 14, 15-KH/ĐU"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 14, 15-KH/ĐU"),
 D("Hướng dẫn", "27", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 27-HD/BTGDVTU")],
[prov("Đồng Nai"), com("Bình Phước")],
["ĐỒNG NAI ĐIỆN TỬ - Báo và Phát thanh, Truyền hình Đồng Nai", "Hôm nay: Thứ Hai, 26/01/2026",
 "Chính trị - Xây dựng Đảng / Kiểm tra, giám sát", "Đồng chí Điểu Minh Tâm phát biểu tại buổi giám sát.", "Gia Nghĩa - Chơn Thành",
 "Nghị quyết Đại hội XIV", "Lượt xem: 1.143"],
["23-01-2026 10:45", "Hôm nay: Thứ Hai, 26/01/2026", "năm 2025", "năm 2026", "6 tháng", "Đại hội XIV", "Lượt xem: 1.143"]))

PAGES.append(page("b9675-gialai-btgdv-giaoban-q1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự / Chính trị
10 tháng 4, 2026 | 16:00
Vị trí: Trang chủ > Chính trị > Tuyên giáo - Dân vận
Quang cảnh hội nghị giao ban tại phường Quy Nhơn.
Dư luận phấn khởi trước kết quả Đại hội XIV và cuộc bầu cử
Sáng 9/4, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026 với ban xây dựng Đảng của 135 đảng ủy xã, phường và các đảng ủy trực thuộc. Đồng chí Nguyễn Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; tham dự có các đồng chí Rơ Mah Thương, Đinh Thị Hơ Nghe - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho thấy, quý I, toàn tỉnh tổ chức 3.480 buổi tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 diễn ra ngày 15/3/2026; tỷ lệ cử tri đi bầu đạt 99,72%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 88-KH/TU ngày 10/2/2026 về học tập, quán triệt Nghị quyết Đại hội XIV, với 2.240 hội nghị ở chi bộ.
Qua 410 cộng tác viên dư luận xã hội, dư luận phấn khởi, tin tưởng vào Ban Chấp hành Trung ương khóa mới; quan tâm giá cà phê, hồ tiêu giảm, việc làm cho lao động ven biển và việc thực hiện Nghị định số 88/2026/NĐ-CP về chính sách hỗ trợ người dân vùng đồng bào dân tộc thiểu số.
Tại hội nghị, đồng chí Rơ Mah Thương thông tin kết quả công tác dân vận: đã vận động xây dựng 245 căn nhà cho hộ nghèo, tổng kinh phí 14,7 tỷ đồng; tiếp nhận 58 đơn thư, giải quyết 51 đơn. Đồng chí Siu H'Bleh, Trưởng Ban Xây dựng Đảng Đảng ủy xã Ia Grai, nêu thực tế một số đối tượng tiếp tục lôi kéo người dân theo tổ chức "Tin lành Đấng Christ" trái pháp luật; xã đã phát hiện, vận động 3 trường hợp từ bỏ.
Đồng chí Đặng Văn Hòa, Bí thư Đảng ủy phường Quy Nhơn Đông, đề nghị tỉnh có tài liệu hỏi - đáp ngắn gọn về các văn kiện Đại hội XIV để báo cáo viên cơ sở sử dụng.
Các ý kiến tại giao ban cũng cho rằng việc bố trí cán bộ làm công tác tuyên giáo, dân vận ở các đảng ủy xã mới còn mỏng; nhiều xã vùng sâu chưa có đường truyền ổn định để tham dự hội nghị báo cáo viên trực tuyến của tỉnh.
Kết luận, đồng chí Nguyễn Thị Thanh Tâm yêu cầu quý II tổ chức tổng kết công tác dư luận xã hội giai đoạn 2021 - 2025; mỗi đảng ủy xã, phường duy trì ít nhất 2 hội nghị báo cáo viên mỗi quý; tăng cường nắm dư luận trong đồng bào Jrai, Bahnar ở các xã biên giới.
Hải Yến
Lượt xem: 1.327
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 3/2026 (26/03/2026)
- Pleiku: học tập, quán triệt Nghị quyết Đại hội XIV (18/03/2026)
- Gia Lai: 99,72% cử tri đi bầu (17/03/2026)
""", "2026-04-10", "Dư luận phấn khởi trước kết quả Đại hội XIV và cuộc bầu cử",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Nguyễn Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Mah Thương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Hơ Nghe", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Bleh", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Ia Grai"),
 P("Đặng Văn Hòa", "Bí thư Đảng ủy phường Quy Nhơn Đông")],
[Q("135 đảng ủy xã, phường", 135, "đảng ủy xã, phường"), Q("3.480 buổi tuyên truyền", 3480, "buổi tuyên truyền"),
 Q("99,72%", 99.72, "%"), Q("2.240 hội nghị", 2240, "hội nghị"), Q("410 cộng tác viên dư luận xã hội", 410, "cộng tác viên dư luận xã hội"),
 Q("245 căn nhà", 245, "căn nhà"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("58 đơn thư", 58, "đơn thư"), Q("51 đơn", 51, "đơn"),
 Q("3 trường hợp", 3, "trường hợp"), Q("ít nhất 2 hội nghị báo cáo viên", 2, "hội nghị báo cáo viên", "over")],
[D("Kế hoạch", "88", "KH/TU", "2026-02-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 88-KH/TU ngày 10/2/2026"),
 D("Nghị định", "88", "2026/NĐ-CP", None, None, "Nghị định số 88/2026/NĐ-CP")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Grai"), com("Quy Nhơn Đông")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự / Chính trị", "Vị trí: Trang chủ > Chính trị > Tuyên giáo - Dân vận",
 "Quang cảnh hội nghị giao ban tại phường Quy Nhơn.", "Tin lành Đấng Christ", "Nghị quyết Đại hội XIV", "Lượt xem: 1.327"],
["10 tháng 4, 2026 | 16:00", "quý I năm 2026", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "quý II", "giai đoạn 2021 - 2025", "Lượt xem: 1.327"]))

PAGES.append(page("b9676-cantho-phuong-phuloi-doithoai-2026", """
Trang thông tin điện tử phường Phú Lợi - thành phố Cần Thơ
Trang chủ / Tin tức / Hoạt động của Đảng ủy
2026-05-15 07:30
Người đứng đầu cấp ủy, chính quyền phường Phú Lợi đối thoại với nhân dân
Chiều 14/5/2026, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Phú Lợi tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, với chủ đề "Lắng nghe dân nói - Giải quyết việc dân cần". Hơn 180 đại biểu là người dân, người có uy tín, chức sắc tôn giáo, hộ kinh doanh trên địa bàn phường tham dự.
Ông Kim Sa Ruônl phát biểu tại hội nghị đối thoại.
Chủ trì đối thoại có đồng chí Lâm Thị Kim Thoa, Thành ủy viên, Bí thư Đảng ủy phường Phú Lợi; đồng chí Trần Quốc Duy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Sơn Thị Ngọc Hân, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường. Dự có đồng chí Huỳnh Minh Luân, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ.
Đối thoại được tổ chức theo Kế hoạch số 36-KH/ĐU ngày 20/4/2026 của Đảng ủy phường, nhằm thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Trước hội nghị, Ban Xây dựng Đảng đã tổng hợp 43 ý kiến qua phiếu thăm dò dư luận và hộp thư góp ý đặt tại 12 khóm.
Tại hội nghị, 17 lượt ý kiến được nêu trực tiếp. Ông Kim Sa Ruônl, khóm 3, người Khmer, đề nghị nạo vét kênh để chống ngập khi triều cường; bà Nguyễn Thị Bé Ba, tiểu thương chợ Phú Lợi, phản ánh việc thu phí vệ sinh chưa thống nhất sau sáp nhập. Đại đức Lý Sóc Khem, trụ trì chùa Kh'leang, kiến nghị hỗ trợ mở lớp dạy chữ Khmer hè cho 250 học sinh.
Trả lời, đồng chí Trần Quốc Duy cho biết phường đã bố trí 1,2 tỷ đồng nạo vét 3 tuyến kênh, khởi công trong tháng 6; giao Phòng Kinh tế, Hạ tầng và Đô thị rà soát mức phí vệ sinh, công khai trước ngày 30/6/2026. Đồng chí Lâm Thị Kim Thoa khẳng định phường sẽ hỗ trợ 50 triệu đồng cho lớp dạy chữ Khmer hè năm 2026.
Nhiều người dân cho biết đây là lần đầu họ được trực tiếp trao đổi với lãnh đạo phường mới sau sáp nhập; cách trả lời cụ thể, có thời hạn giúp bà con yên tâm. Ban Xây dựng Đảng Đảng ủy phường sẽ theo dõi, đôn đốc việc thực hiện các nội dung đã hứa.
Theo Ban Tổ chức, 15 ý kiến đã được trả lời ngay tại hội nghị, 2 ý kiến còn lại sẽ trả lời bằng văn bản. Kết quả thăm dò nhanh sau hội nghị cho thấy 87% người dự hài lòng với cách trả lời của lãnh đạo phường.
Ngọc Giàu
Lượt truy cập: 8.905
Tin liên quan
- Phường Phú Lợi hội nghị báo cáo viên quý I/2026 (10/04/2026)
- Ra mắt tổ tuyên truyền viên khóm 5 (28/03/2026)
- Phường Phú Lợi: 99,6% cử tri đi bầu cử (16/03/2026)
""", "2026-05-15", "Người đứng đầu cấp ủy, chính quyền phường Phú Lợi đối thoại với nhân dân",
E("doi_thoai", "2026", "2026-05-14"),
[P("Kim Sa Ruônl"),
 P("Lâm Thị Kim Thoa", "Thành ủy viên", "Bí thư Đảng ủy phường Phú Lợi"),
 P("Trần Quốc Duy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Sơn Thị Ngọc Hân", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Huỳnh Minh Luân", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ"),
 P("Nguyễn Thị Bé Ba", "tiểu thương chợ Phú Lợi"),
 P("Lý Sóc Khem", "Đại đức", "trụ trì chùa Kh'leang")],
[Q("Hơn 180 đại biểu", 180, "đại biểu", "over"), Q("43 ý kiến", 43, "ý kiến"), Q("12 khóm", 12, "khóm"),
 Q("17 lượt ý kiến", 17, "lượt ý kiến"), Q("250 học sinh", 250, "học sinh"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("3 tuyến kênh", 3, "tuyến kênh"), Q("50 triệu đồng", 50000000, "đồng"), Q("15 ý kiến", 15, "ý kiến"),
 Q("2 ý kiến", 2, "ý kiến"), Q("87%", 87, "%")],
[D("Kế hoạch", "36", "KH/ĐU", "2026-04-20", "Đảng ủy phường", "Kế hoạch số 36-KH/ĐU ngày 20/4/2026"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Cần Thơ"), com("Phú Lợi")],
["Trang thông tin điện tử phường Phú Lợi - thành phố Cần Thơ", "Trang chủ / Tin tức / Hoạt động của Đảng ủy",
 "Ông Kim Sa Ruônl phát biểu tại hội nghị đối thoại.", "Lắng nghe dân nói - Giải quyết việc dân cần", "Lượt truy cập: 8.905"],
["2026-05-15 07:30", "năm 2026", "tháng 6", "ngày 30/6/2026", "Lượt truy cập: 8.905"]))
