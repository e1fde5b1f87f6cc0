from lib import *
PAGES = []

PAGES.append(page("b455-haiphong-mttq-tongket-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Cổng thông tin điện tử MTTQ thành phố Hải Phòng
Vị trí: Trang chủ >> Tin tức >> Hoạt động Mặt trận
Thứ Sáu, 09/01/2026 - 18:20
Hơn 286 tỷ đồng chăm lo cho hộ nghèo, hộ khó khăn
Chiều 8/1, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên sau khi hợp nhất tỉnh Hải Dương và thành phố Hải Phòng, thành lập Ủy ban MTTQ Việt Nam thành phố mới.
Các đồng chí lãnh đạo thành phố trao Bằng khen cho các tập thể. Ảnh: Minh Khôi
Dự hội nghị có đồng chí Lê Tiến Dũng, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố; đồng chí Trần Thị Hồng Thắm, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố. Các đồng chí Phạm Văn Lập, Nguyễn Thị Hải Yến, Đoàn Mạnh Cường - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Vũ Quang Điều, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Liên đoàn Lao động thành phố, cùng dự.
Năm 2025, Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 286 tỷ đồng, hỗ trợ xóa 1.724 căn nhà tạm, nhà dột nát (trong đó 913 căn ở địa bàn tỉnh Hải Dương cũ). Thực hiện Nghị quyết 07/NQ-MTTQ-ĐCT ngày 14/7/2025 của Đoàn Chủ tịch Ủy ban MTTQ Việt Nam thành phố và Chương trình phối hợp 02/CTPH-MTTQ-UBND với UBND thành phố, 114 xã, phường, đặc khu đã kiện toàn Ban công tác Mặt trận ở 2.681 thôn, tổ dân phố.
Mặt trận các cấp tổ chức 642 cuộc giám sát, 198 hội nghị phản biện, tiếp nhận 3.105 ý kiến, kiến nghị của cử tri. Ông Nguyễn Văn Phúc, Trưởng Ban công tác Mặt trận thôn Đông, xã An Phú, được biểu dương vì vận động 52 hộ hiến đất mở rộng đường liên thôn.
Phát biểu chỉ đạo, đồng chí Lê Tiến Dũng đề nghị năm 2026 triển khai Quy định 304-QĐ/TW của Bộ Chính trị và Hướng dẫn 03, 04/HD-MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, bảo đảm thành công bầu cử đại biểu Quốc hội và HĐND các cấp.
Dịp này, 65 tập thể và 88 cá nhân được tặng Bằng khen của Ủy ban MTTQ Việt Nam thành phố. Nhiều tham luận nhắc lại kết quả 1.724 căn nhà được xóa trong năm.
Minh Khôi
Lượt xem: 2.604
Tin liên quan
- Mặt trận thành phố giao ban quý III/2025
- Trao 3.000 suất quà Tết Bính Ngọ
""", "2026-01-09", "Hơn 286 tỷ đồng chăm lo cho hộ nghèo, hộ khó khăn",
E("tong_ket", "2025", "2026-01-08"),
[P("Lê Tiến Dũng", "Phó Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Trần Thị Hồng Thắm", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Lập", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"), P("Nguyễn Thị Hải Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đoàn Mạnh Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Quang Điều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Nguyễn Văn Phúc", "Trưởng Ban công tác Mặt trận thôn Đông")],
[Q("Hơn 286 tỷ đồng", 286000000000, "đồng", "over"), Q("1.724 căn nhà", 1724, "căn nhà tạm, nhà dột nát"), Q("913 căn", 913, "căn"),
 Q("114 xã, phường, đặc khu", 114, "xã, phường, đặc khu"), Q("2.681 thôn, tổ dân phố", 2681, "thôn, tổ dân phố"),
 Q("642 cuộc giám sát", 642, "cuộc giám sát"), Q("198 hội nghị phản biện", 198, "hội nghị phản biện"),
 Q("3.105 ý kiến", 3105, "ý kiến, kiến nghị"), Q("52 hộ", 52, "hộ"), Q("65 tập thể", 65, "tập thể"), Q("88 cá nhân", 88, "cá nhân")],
[D("Nghị quyết", "07", "NQ-MTTQ-ĐCT", "2025-07-14", "Đoàn Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Nghị quyết 07/NQ-MTTQ-ĐCT"),
 D("Chương trình phối hợp", "02", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp 02/CTPH-MTTQ-UBND"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định 304-QĐ/TW"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 03, 04/HD-MTTQ-BTT"),
 D("Hướng dẫn", "04", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 03, 04/HD-MTTQ-BTT")],
[prov("Hải Phòng"), prov("Hải Dương"), com("An Phú")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Cổng thông tin điện tử MTTQ thành phố Hải Phòng",
 "Vị trí: Trang chủ >> Tin tức >> Hoạt động Mặt trận", "Các đồng chí lãnh đạo thành phố trao Bằng khen cho các tập thể. Ảnh: Minh Khôi",
 "Vì người nghèo", "thôn Đông", "Liên đoàn Lao động thành phố", "Lượt xem: 2.604"],
["Thứ Sáu, 09/01/2026 - 18:20", "năm 2025", "năm 2026", "Bằng khen", "Lượt xem: 2.604"]))

PAGES.append(page("b456-thainguyen-hnd-taphuan-2026", """
HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
Trang thông tin điện tử Hội Nông dân tỉnh Thái Nguyên
Trang chủ / Hoạt động Hội / Tập huấn - Dạy nghề
27/02/2026, 08:05
Học viên thực hành chăm sóc chè tại đồi chè xã Tân Cương. Ảnh: Lộc Thị Hường
Tập huấn cho 240 cán bộ Hội cơ sở: nông dân làm du lịch cộng đồng
Trong 2 ngày 25 và 26/2/2026, Ban Thường vụ Hội Nông dân tỉnh Thái Nguyên tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2026 cho 240 Chủ tịch, Phó Chủ tịch Hội Nông dân xã, phường, trong đó 86 học viên đến từ các xã thuộc tỉnh Bắc Kạn cũ.
Khai mạc lớp học, ông Triệu Văn Kiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết năm 2026 Hội tập trung thực hiện Kết luận 143-KL/TW của Ban Bí thư và Nghị quyết 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế nông nghiệp vùng đồng bào dân tộc thiểu số.
Các báo cáo viên gồm ông Ma Văn Khiêm, Phó Chủ tịch Thường trực Hội Nông dân tỉnh; bà Lộc Thị Hường, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh; ông Hà Đức Toàn, Phó Giám đốc Sở Nông nghiệp và Môi trường.
Năm 2025, Quỹ Hỗ trợ nông dân các cấp đạt 96,5 tỷ đồng, cho 2.140 hộ vay; 31.260 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Ông Hoàng Văn Thống, Chủ tịch Hội Nông dân xã Ba Bể, người Tày, chia sẻ mô hình homestay với 14 hộ, đón khoảng 9.000 lượt khách, thu khoảng 2,8 tỷ đồng mỗi năm; giá phòng từ 350.000 đồng đến 600.000 đồng/đêm.
Theo Hướng dẫn số 18-HD/HNDT ngày 10/02/2026 của Ban Thường vụ Hội Nông dân tỉnh, sau lớp tập huấn mỗi xã xây dựng ít nhất 1 tổ hợp tác du lịch nông nghiệp. Bà Đặng Thị Xuân, hội viên người Dao ở xã Nam Cường, mong được vay thêm 50 triệu đồng để làm nhà nghỉ cộng đồng.
Kết thúc lớp học, 240 học viên được cấp giấy chứng nhận.
Lộc Thị Hường
Lượt xem: 452
Tin cùng chuyên mục
- Hội Nông dân tỉnh tổng kết năm 2025
- Trao 30 con bò giống cho hội viên xã Chợ Rã
""", "2026-02-27", "Tập huấn cho 240 cán bộ Hội cơ sở: nông dân làm du lịch cộng đồng",
E("tap_huan", "2026", "2026-02-25"),
[P("Triệu Văn Kiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Văn Khiêm", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Lộc Thị Hường", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Hà Đức Toàn", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Hoàng Văn Thống", "Chủ tịch Hội Nông dân xã Ba Bể"), P("Đặng Thị Xuân", "hội viên")],
[Q("240 cán bộ", 240, "cán bộ Hội cơ sở"), Q("86 học viên", 86, "học viên"), Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("2.140 hộ vay", 2140, "hộ vay"), Q("31.260 hộ", 31260, "hộ"), Q("14 hộ", 14, "hộ"),
 Q("khoảng 9.000 lượt khách", 9000, "lượt khách", "approx"), Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"),
 Q("từ 350.000 đồng", 350000, "đồng"), Q("600.000 đồng/đêm", 600000, "đồng"), Q("1 tổ hợp tác", 1, "tổ hợp tác du lịch nông nghiệp"),
 Q("50 triệu đồng", 50000000, "đồng")],
[D("Kết luận", "143", "KL/TW", None, "Ban Bí thư", "Kết luận 143-KL/TW"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04-NQ/TU"),
 D("Hướng dẫn", "18", "HD/HNDT", "2026-02-10", "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 18-HD/HNDT")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Tân Cương"), com("Ba Bể"), com("Nam Cường")],
["HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "Trang thông tin điện tử Hội Nông dân tỉnh Thái Nguyên", "Trang chủ / Hoạt động Hội / Tập huấn - Dạy nghề",
 "Học viên thực hành chăm sóc chè tại đồi chè xã Tân Cương. Ảnh: Lộc Thị Hường", "Quỹ Hỗ trợ nông dân", "Lượt xem: 452"],
["27/02/2026, 08:05", "2 ngày", "25 và 26/2/2026", "năm 2026", "Năm 2025", "Lượt xem: 452"]))

PAGES.append(page("b457-ninhbinh-phuongnamdinh-giaoban-2026", """
ĐẢNG BỘ PHƯỜNG NAM ĐỊNH
Trang thông tin điện tử phường Nam Định - tỉnh Ninh Bình
Trang chủ » Tin tức » Công tác dân vận
2026-03-06 16:40
Khối dân vận phường giao ban tháng 2: 12 tổ dân phố hoàn thành sớm việc lấy ý kiến
Ngày 5/3/2026, Ban Thường vụ Đảng ủy phường Nam Định tổ chức hội nghị giao ban khối dân vận tháng 2/2026, đánh giá công tác dân vận dịp Tết Nguyên đán Bính Ngọ và chuẩn bị bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Đồng chí Trần Thị Thu Hà (đứng) phát biểu tại hội nghị giao ban.
Chủ trì hội nghị có đồng chí Trần Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường; đồng chí Vũ Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Xây dựng Đảng Đảng ủy phường. Cùng dự có bà Phạm Thị Nhàn, Chủ tịch Ủy ban MTTQ Việt Nam phường và các đồng chí Bí thư chi bộ của 42 tổ dân phố.
Báo cáo cho biết, thực hiện Kế hoạch số 27-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy phường và Công văn số 115-CV/ĐU về công tác dân vận dịp Tết, trong tháng khối dân vận đã trao 1.450 suất quà Tết, trị giá 725 triệu đồng; thăm 318 gia đình chính sách. 12 tổ dân phố đã hoàn thành sớm việc lấy ý kiến cử tri về danh sách người ứng cử, 30 tổ dân phố còn lại hoàn thành trước ngày 15/3. Ủy ban MTTQ phường tiếp nhận 23 ý kiến, kiến nghị, trong đó 9 ý kiến về thu gom rác thải ở khu vực phường Cửa Bắc, Vị Xuyên cũ.
Ông Đinh Văn Lực, Tổ trưởng tổ dân phố số 7, đề nghị tăng tần suất thu gom rác từ 3 lên 5 lần mỗi tuần. Bà Ngô Thị Bích, Bí thư chi bộ tổ dân phố Trần Tế Xương, cho biết tổ đã vận động 64 hộ đóng góp 96 triệu đồng lắp camera an ninh.
Kết luận hội nghị, đồng chí Trần Thị Thu Hà đề nghị tháng 3 tập trung triển khai Chỉ thị 46-CT/TW của Ban Bí thư về lãnh đạo cuộc bầu cử, thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Văn phòng Đảng ủy phường
Lượt xem: 287
Tin khác
- Phường Nam Định tổ chức hội nghị hiệp thương lần thứ nhất
- Trao 200 suất quà cho hộ nghèo dịp Tết Bính Ngọ
""", "2026-03-06", "Khối dân vận phường giao ban tháng 2: 12 tổ dân phố hoàn thành sớm việc lấy ý kiến",
E("giao_ban", "2026-02", "2026-03-05"),
[P("Trần Thị Thu Hà", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường"),
 P("Vũ Văn Hùng", "Ủy viên Ban Thường vụ", "Trưởng ban Xây dựng Đảng Đảng ủy phường"),
 P("Phạm Thị Nhàn", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đinh Văn Lực", "Tổ trưởng tổ dân phố số 7"), P("Ngô Thị Bích", "Bí thư chi bộ tổ dân phố Trần Tế Xương")],
[Q("12 tổ dân phố", 12, "tổ dân phố"), Q("42 tổ dân phố", 42, "tổ dân phố"), Q("1.450 suất quà", 1450, "suất quà"),
 Q("725 triệu đồng", 725000000, "đồng"), Q("318 gia đình", 318, "gia đình chính sách"), Q("30 tổ dân phố", 30, "tổ dân phố"),
 Q("23 ý kiến", 23, "ý kiến, kiến nghị"), Q("9 ý kiến", 9, "ý kiến"), Q("64 hộ", 64, "hộ"), Q("96 triệu đồng", 96000000, "đồng")],
[D("Kế hoạch", "27", "KH/ĐU", "2026-01-12", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 27-KH/ĐU"),
 D("Công văn", "115", "CV/ĐU", None, None, "Công văn số 115-CV/ĐU"),
 D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW")],
[prov("Ninh Bình"), com("Nam Định"), com("Cửa Bắc"), com("Vị Xuyên")],
["ĐẢNG BỘ PHƯỜNG NAM ĐỊNH", "Trang thông tin điện tử phường Nam Định - tỉnh Ninh Bình", "Trang chủ » Tin tức » Công tác dân vận",
 "Đồng chí Trần Thị Thu Hà (đứng) phát biểu tại hội nghị giao ban.", "tổ dân phố Trần Tế Xương",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Văn phòng Đảng ủy phường", "Lượt xem: 287"],
["2026-03-06 16:40", "tháng 2/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "tổ dân phố số 7", "từ 3 lên 5 lần mỗi tuần", "15/3", "Lượt xem: 287"]))

PAGES.append(page("b458-tuyenquang-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang
Hôm nay: Thứ Hai, 06/04/2026
Trang chủ > Tin tức > Dân vận
03/04/2026 | 17:25
Vận động 4.600 hộ đồng bào vùng cao tham gia giữ rừng, giữ đường biên
Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban khối dân vận quý I/2026, đánh giá công tác dân vận ở 124 xã, phường, trong đó 47 xã thuộc địa bàn tỉnh Hà Giang cũ.
Già làng Vàng Mí Lử (áo chàm) và các đại biểu tại hội nghị. Ảnh: Thu Phương
Dự hội nghị có các đồng chí: Ma Thị Thúy - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Sùng Mí Chá, Nguyễn Văn Sơn - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Lò Thị Dung - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh.
Quý I, thực hiện Thông báo kết luận 27, 28-TB/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 14-KH/BTGDVTU ngày 09/01/2026, khối dân vận đã vận động 4.600 hộ đồng bào Mông, Dao, Lô Lô, Pà Thẻn ký cam kết bảo vệ rừng, giữ đường biên; hỗ trợ 612 hộ nghèo ăn Tết với mức 800 nghìn đồng/hộ. Các cấp tổ chức 54 cuộc tiếp xúc, đối thoại với 6.350 lượt người; giải quyết 41/44 vụ việc phát sinh.
Ông Vàng Mí Lử, già làng thôn Lũng Táo, xã Lũng Cú, người Mông, cho biết thôn có 108 hộ thì 100% hộ tham gia tổ tự quản đường biên. Bà Lò Thị Mỷ, người có uy tín thôn Mã Pì, người Lô Lô, đã vận động 9 hộ không di cư tự do. Đồng chí Hoàng Thị Dinh, Bí thư Đảng ủy xã Thượng Lâm, người Pà Thẻn, được tín nhiệm giữ chức Chủ tịch HĐND xã từ tháng 3/2026.
Đồng chí Ma Thị Thúy đề nghị quý II tập trung tuyên truyền kết quả bầu cử và triển khai Đề án 36 "Dân vận vùng biên" của Ban Thường vụ Tỉnh ủy, tiếp tục thực hiện Quyết định 18/2026/QĐ-UBND với kinh phí 12,5 tỷ đồng.
Thu Phương
Lượt xem: 1.073
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm 2025
- 3.000 hộ Hà Giang cũ được hỗ trợ nước sạch
""", "2026-04-03", "Vận động 4.600 hộ đồng bào vùng cao tham gia giữ rừng, giữ đường biên",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Vàng Mí Lử", "Già làng", "già làng thôn Lũng Táo"),
 P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Nguyễn Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Mỷ", "người có uy tín thôn Mã Pì"),
 P("Hoàng Thị Dinh", "Bí thư Đảng ủy xã Thượng Lâm", "Chủ tịch HĐND xã")],
[Q("4.600 hộ", 4600, "hộ"), Q("124 xã, phường", 124, "xã, phường"), Q("47 xã", 47, "xã"), Q("612 hộ nghèo", 612, "hộ nghèo"),
 Q("800 nghìn đồng/hộ", 800000, "đồng"), Q("54 cuộc", 54, "cuộc tiếp xúc, đối thoại"), Q("6.350 lượt người", 6350, "lượt người"),
 Q("41/44", 41, "vụ việc"), Q("44 vụ việc", 44, "vụ việc"), Q("108 hộ", 108, "hộ"), Q("100%", 100, "%"), Q("9 hộ", 9, "hộ"),
 Q("12,5 tỷ đồng", 12500000000, "đồng")],
[D("Thông báo kết luận", "27", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo kết luận 27, 28-TB/TU"),
 D("Thông báo kết luận", "28", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo kết luận 27, 28-TB/TU"),
 D("Kế hoạch", "14", "KH/BTGDVTU", "2026-01-09", None, "Kế hoạch số 14-KH/BTGDVTU"),
 D("Đề án", "36", None, None, "Ban Thường vụ Tỉnh ủy", "Đề án 36 \"Dân vận vùng biên\""),
 D("Quyết định", "18", "2026/QĐ-UBND", None, None, "Quyết định 18/2026/QĐ-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Thượng Lâm")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
 "Trang chủ > Tin tức > Dân vận", "Già làng Vàng Mí Lử (áo chàm) và các đại biểu tại hội nghị. Ảnh: Thu Phương",
 "thôn Lũng Táo", "thôn Mã Pì", "Dân vận vùng biên", "Lượt xem: 1.073"],
["Hôm nay: Thứ Hai, 06/04/2026", "03/04/2026 | 17:25", "quý I/2026", "quý II", "tháng 3/2026", "Lượt xem: 1.073"]))

PAGES.append(page("b459-hanoi-thanhdoan-soket-2026", """
THÀNH ĐOÀN HÀ NỘI
Cổng thông tin điện tử Thành đoàn Hà Nội
Thứ Sáu, 10/07/2026
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn - Hội - Đội
Tuổi trẻ Thủ đô: 1,2 triệu lượt đoàn viên tham gia tình nguyện vì cộng đồng
Cập nhật lúc 11:30 ngày 10/07/2026
Chiều 8/7, Ban Thường vụ Thành đoàn Hà Nội tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026, kết nối trực tuyến với 126 điểm cầu xã, phường.
Anh Chu Hồng Quân, Bí thư Thành đoàn trao Bằng khen cho các tập thể xuất sắc. Ảnh: Thành đoàn
Dự hội nghị có anh Chu Hồng Quân, UVBCH Trung ương Đoàn, Bí thư Thành đoàn, Chủ tịch Hội LHTN Việt Nam thành phố; các anh, chị Phó Bí thư Thành đoàn: Nguyễn Đức Tiến, Đặng Thị Phương Thảo, Phạm Hùng Anh; đồng chí Lê Thị Thanh Nhàn, Thành ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Báo cáo cho biết, 6 tháng đầu năm 2026, thực hiện Chỉ thị 03-CT/TU của Ban Thường vụ Thành ủy và Chương trình 12-CTr/ĐTN, 13-CTr/ĐTN của Ban Thường vụ Thành đoàn, các cơ sở Đoàn đã thu hút 1,2 triệu lượt đoàn viên, thanh niên tham gia hoạt động tình nguyện; tổ chức 2.480 đội hình "Thanh niên tình nguyện vì cộng đồng" hỗ trợ 126 xã, phường chuyển đổi số; trao 3.150 suất học bổng trị giá 4,7 tỷ đồng. 62.400 đoàn viên được giới thiệu cho Đảng xem xét, trong đó 5.830 đoàn viên ưu tú được kết nạp Đảng.
Chị Giàng Thị Mai, Bí thư Đoàn xã Minh Châu, người Dao, chia sẻ mô hình "Chợ phiên nông sản 0 đồng" giúp 150 hộ tiêu thụ 23 tấn rau quả. Anh Hoàng Văn Dũng, Phó Bí thư Đoàn phường Hoàn Kiếm, được bầu giữ chức Bí thư Đoàn phường từ ngày 1/6.
Phát biểu, anh Chu Hồng Quân đề nghị các cơ sở Đoàn triển khai Chiến dịch thanh niên tình nguyện hè 2026 với chủ đề "Mỗi đoàn viên một việc tốt vì Thủ đô", thực hiện 4 tốt trong trường học và giữ vững 3 không ở khu dân cư.
Tuấn Anh
Lượt xem: 3.908
Tin liên quan
- Thành đoàn Hà Nội tổng kết năm 2025
- 10.000 đoàn viên ra quân làm sạch môi trường
""", "2026-07-10", "Tuổi trẻ Thủ đô: 1,2 triệu lượt đoàn viên tham gia tình nguyện vì cộng đồng",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Chu Hồng Quân", "Bí thư Thành đoàn", "UVBCH Trung ương Đoàn", "Chủ tịch Hội LHTN Việt Nam thành phố"),
 P("Nguyễn Đức Tiến", "Phó Bí thư Thành đoàn"), P("Đặng Thị Phương Thảo", "Phó Bí thư Thành đoàn"), P("Phạm Hùng Anh", "Phó Bí thư Thành đoàn"),
 P("Lê Thị Thanh Nhàn", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Giàng Thị Mai", "Bí thư Đoàn xã Minh Châu"),
 P("Hoàng Văn Dũng", "Phó Bí thư Đoàn phường Hoàn Kiếm", "Bí thư Đoàn phường")],
[Q("1,2 triệu lượt đoàn viên", 1200000, "lượt đoàn viên"), Q("126 điểm cầu", 126, "điểm cầu"), Q("2.480 đội hình", 2480, "đội hình"),
 Q("126 xã, phường", 126, "xã, phường"), Q("3.150 suất học bổng", 3150, "suất học bổng"), Q("4,7 tỷ đồng", 4700000000, "đồng"),
 Q("62.400 đoàn viên", 62400, "đoàn viên"), Q("5.830 đoàn viên", 5830, "đoàn viên ưu tú"), Q("150 hộ", 150, "hộ"), Q("23 tấn", 23, "tấn")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 03-CT/TU"),
 D("Chương trình", "12", "CTr/ĐTN", None, "Ban Thường vụ Thành đoàn", "Chương trình 12-CTr/ĐTN"),
 D("Chương trình", "13", "CTr/ĐTN", None, "Ban Thường vụ Thành đoàn", "13-CTr/ĐTN")],
[prov("Hà Nội"), com("Minh Châu"), com("Hoàn Kiếm")],
["THÀNH ĐOÀN HÀ NỘI", "Cổng thông tin điện tử Thành đoàn Hà Nội", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn - Hội - Đội",
 "Anh Chu Hồng Quân, Bí thư Thành đoàn trao Bằng khen cho các tập thể xuất sắc. Ảnh: Thành đoàn",
 "Thanh niên tình nguyện vì cộng đồng", "Chợ phiên nông sản 0 đồng", "Mỗi đoàn viên một việc tốt vì Thủ đô", "Lượt xem: 3.908"],
["Thứ Sáu, 10/07/2026", "Cập nhật lúc 11:30 ngày 10/07/2026", "6 tháng đầu năm", "6 tháng cuối năm 2026", "0 đồng", "4 tốt", "3 không",
 "hè 2026", "1/6", "Bằng khen", "Lượt xem: 3.908"]))

PAGES.append(page("b460-bacninh-bao-chandung-ccb-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Quốc phòng
Thứ Tư, 02/09/2026 06:00 (GMT+7)
Người cựu binh "gánh" cả khu dân cư
(BBN) - Đã ở tuổi 76, ông Thân Đức Lợi, Chủ tịch Hội CCB thôn Đông Lai, xã Lạng Giang, vẫn ngày ngày đạp xe đi vận động bà con giữ gìn an ninh, hòa giải mâu thuẫn.
Ông Thân Đức Lợi (bên phải) trò chuyện với hội viên trong thôn. Ảnh: Ngọc Hân
Ông Lợi nhập ngũ năm 1968, từng chiến đấu ở chiến trường Quảng Trị. Năm 2012, ông được hội viên tín nhiệm bầu làm Chủ tịch chi hội CCB thôn. Từ đó đến nay, ông đã cùng chi hội hòa giải thành 57 vụ việc, vận động 35 hộ hiến hơn 2.100 m2 đất mở rộng đường làng.
Bà Nguyễn Thị Hợi, Bí thư Chi bộ thôn Đông Lai, nhận xét: "Việc gì khó, thôn lại nhờ bác Lợi". Năm 2025, khi thôn xây nhà văn hóa mới trị giá 3,2 tỷ đồng, ông vận động được 480 triệu đồng từ con em xa quê, trong đó có 1 hộ ủng hộ tới 100 triệu đồng.
Chi hội CCB thôn Đông Lai có 64 hội viên, trong đó 11 hội viên là thương binh. Chi hội duy trì quỹ "Đồng đội giúp nhau" với hơn 150 triệu đồng, cho 18 lượt hội viên vay không lãi, mỗi lượt từ 5 đến 10 triệu đồng.
Đại tá Nguyễn Văn Tuyển, Chủ tịch Hội CCB tỉnh Bắc Ninh, đánh giá ông Lợi là điển hình tiêu biểu của phong trào thi đua "Cựu chiến binh gương mẫu" của tỉnh (sau hợp nhất với Bắc Giang). Năm 2026, ông được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1575/QĐ-UBND ngày 18/8/2026.
Ông Lợi nói, ông chỉ mong "còn sức ngày nào thì còn giúp xóm làng ngày ấy".
Ngọc Hân
Tin khác
- Hội CCB tỉnh tổng kết 10 năm thực hiện Chỉ thị 46-CT/TW
- 12 mô hình CCB làm kinh tế giỏi ở Yên Dũng
""", "2026-09-02", "Người cựu binh \"gánh\" cả khu dân cư",
E(None, None, None),
[P("Thân Đức Lợi", "Chủ tịch Hội CCB thôn Đông Lai", "Chủ tịch chi hội CCB thôn"),
 P("Nguyễn Thị Hợi", "Bí thư Chi bộ thôn Đông Lai"),
 P("Nguyễn Văn Tuyển", "Đại tá", "Chủ tịch Hội CCB tỉnh Bắc Ninh")],
[Q("57 vụ việc", 57, "vụ việc"), Q("35 hộ", 35, "hộ"), Q("hơn 2.100 m2", 2100, "m2", "over"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("1 hộ", 1, "hộ"), Q("100 triệu đồng", 100000000, "đồng"), Q("64 hội viên", 64, "hội viên"),
 Q("11 hội viên", 11, "hội viên"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("18 lượt hội viên", 18, "lượt hội viên"),
 Q("từ 5", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "1575", "QĐ-UBND", "2026-08-18", "Chủ tịch UBND tỉnh", "Quyết định số 1575/QĐ-UBND")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Lạng Giang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH", "Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Quốc phòng", "(BBN)",
 "Ông Thân Đức Lợi (bên phải) trò chuyện với hội viên trong thôn. Ảnh: Ngọc Hân", "thôn Đông Lai", "Đồng đội giúp nhau",
 "Cựu chiến binh gương mẫu", "Quảng Trị", "bác Lợi"],
["Thứ Tư, 02/09/2026 06:00 (GMT+7)", "tuổi 76", "năm 1968", "Năm 2012", "Năm 2025", "Năm 2026", "Bằng khen"]))
