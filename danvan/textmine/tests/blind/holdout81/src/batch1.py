from lib import *
PAGES = []

PAGES.append(page("b1901-tuyenquang-xa-mttq-ramat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN
Tỉnh Tuyên Quang
Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể
Cập nhật: 09:40, 04/07/2025 (GMT+7)
Toàn cảnh hội nghị.
Xã Minh Tân ra mắt Ủy ban MTTQ Việt Nam xã sau sắp xếp
Sáng 03/7/2025, Đảng ủy xã Minh Tân tổ chức hội nghị công bố quyết định và ra mắt Ủy ban Mặt trận Tổ quốc Việt Nam xã. Xã Minh Tân mới được thành lập trên cơ sở nhập các xã Minh Tân, Thuận Hòa và Tùng Bá theo Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, có diện tích tự nhiên hơn 180 km2, 6.412 hộ với 27.530 nhân khẩu thuộc 8 dân tộc cùng sinh sống.
Dự hội nghị có đồng chí Ma Thị Thủy, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Văn Thào, Bí thư Đảng ủy, Chủ tịch HĐND xã Minh Tân cùng 145 đại biểu là cán bộ, đảng viên, người có uy tín và đại diện nhân dân 24 thôn.
Tại hội nghị, đồng chí Vàng Thị Dính, Chánh Văn phòng Đảng ủy xã công bố Quyết định số 12-QĐ/ĐU ngày 01/7/2025 của Ban Thường vụ Đảng ủy xã về việc chuẩn y Ủy ban MTTQ Việt Nam xã Minh Tân nhiệm kỳ 2024 - 2029 gồm 61 ủy viên; Ban Thường trực có 4 đồng chí. Đồng chí Lù Thị Mai, Phó Bí thư Đảng ủy xã được chỉ định giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Sùng Mí Páo, Đặng Thị Kiều giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Theo đề án sắp xếp, các tổ chức chính trị - xã hội, hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở xã được tổ chức lại, trực thuộc Ủy ban MTTQ Việt Nam xã, thực hiện theo Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương. Việc bàn giao hồ sơ, con dấu, tài sản của Mặt trận và các đoàn thể 3 xã cũ đã hoàn thành trước ngày 30/6.
Phát biểu tại hội nghị, đồng chí Ma Thị Thủy đề nghị Ủy ban MTTQ xã sớm kiện toàn các Ban công tác Mặt trận thôn, xây dựng quy chế làm việc, bám sát địa bàn, nắm bắt tâm tư, nguyện vọng của nhân dân; tiếp tục phát huy phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và cuộc vận động "Ngày vì người nghèo", phấn đấu đưa tỷ lệ hộ nghèo của xã từ 21,4% xuống còn 17% vào cuối năm 2025.
Đồng chí Lù Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã, thay mặt các vị ủy viên khóa mới hứa sẽ đoàn kết, đổi mới phương thức hoạt động, hướng mạnh về khu dân cư, không để "trống" hoạt động Mặt trận ở thôn trong thời gian chuyển tiếp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 30 suất quà cho hộ nghèo của xã, mỗi suất trị giá 1 triệu đồng; Đảng ủy xã tặng hoa chúc mừng các vị nguyên Chủ tịch Ủy ban MTTQ các xã cũ.
Thu Hường
Lượt xem: 1.024
Tin liên quan
- Xã Minh Tân ra mắt Đảng bộ xã và các cơ quan (01/07/2025)
- Hội nghị Ban Thường vụ Đảng ủy xã lần thứ nhất (02/07/2025)
- Thôn Nà Sài hoàn thành 5 căn nhà Đại đoàn kết (25/06/2025)
- Tập huấn kỹ năng cho cán bộ Mặt trận cơ sở (20/06/2025)
""", "2025-07-04", "Xã Minh Tân ra mắt Ủy ban MTTQ Việt Nam xã sau sắp xếp",
E("hoi_nghi", None, "2025-07-03"),
[P("Ma Thị Thủy", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thào", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Minh Tân"),
 P("Vàng Thị Dính", "Chánh Văn phòng Đảng ủy xã"),
 P("Lù Thị Mai", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Mí Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đặng Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("hơn 180 km2", 180, "km2", "over"), Q("6.412 hộ", 6412, "hộ"), Q("27.530 nhân khẩu", 27530, "nhân khẩu"),
 Q("8 dân tộc", 8, "dân tộc"), Q("145 đại biểu", 145, "đại biểu"), Q("24 thôn", 24, "thôn"),
 Q("61 ủy viên", 61, "ủy viên"), Q("4 đồng chí", 4, "đồng chí"), Q("3 xã cũ", 3, "xã"),
 Q("21,4%", 21.4, "%"), Q("17%", 17, "%"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "1681", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "12", "QĐ/ĐU", "2025-07-01", "Ban Thường vụ Đảng ủy xã", "Quyết định số 12-QĐ/ĐU ngày 01/7/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Tuyên Quang"), com("Minh Tân"), com("Thuận Hòa"), com("Tùng Bá")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN", "Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể", "Toàn cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày vì người nghèo", "Lượt xem: 1.024"],
["Cập nhật: 09:40, 04/07/2025 (GMT+7)", "nhiệm kỳ 2024 - 2029", "4 đồng chí", "cuối năm 2025", "ngày 30/6", "Lượt xem: 1.024"]))

PAGES.append(page("b1902-yenbai-chibo-daihoi-2025", """
ĐẢNG BỘ HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI
Trang chủ | Xây dựng Đảng | Tin cơ sở
08:15 | 21/04/2025
Chi bộ bản Háng Đề Dê đại hội điểm nhiệm kỳ 2025 - 2027
Ngày 19/4, Chi bộ bản Háng Đề Dê thuộc Đảng bộ xã Chế Tạo tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027, là đại hội điểm cấp chi bộ của Đảng bộ xã. Dự đại hội có đồng chí Giàng A Chu, HUV, Bí thư Đảng ủy xã Chế Tạo; đồng chí Sùng Thị Mỷ, Phó Chủ tịch UBND xã cùng 23 đảng viên của chi bộ.
Đại hội điểm được tổ chức theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIV của Đảng và Hướng dẫn số 07-HD/HU ngày 10/2/2025 của Ban Thường vụ Huyện ủy.
Đồng chí Giàng A Chu phát biểu chỉ đạo đại hội.
Báo cáo chính trị do đồng chí Mùa A Vàng, Bí thư Chi bộ kiêm Trưởng bản Háng Đề Dê trình bày cho biết: nhiệm kỳ 2022 - 2025, chi bộ lãnh đạo nhân dân trồng mới 35 ha rừng, khoanh nuôi bảo vệ hơn 410 ha rừng đầu nguồn; vận động 126 hộ ký cam kết không tảo hôn, không di cư tự do. Nhờ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, bản có thêm 12 căn nhà cho hộ nghèo và 1,8 km đường bê tông. Thu nhập bình quân đầu người đạt 28 triệu đồng/năm; số hộ nghèo giảm từ 61 hộ xuống còn 39 hộ. Chi bộ kết nạp 3 đảng viên mới, đều là đoàn viên thanh niên người Mông.
Về hạn chế, báo cáo nêu việc sinh hoạt chi bộ có lúc chưa đều; một bộ phận nhân dân còn trông chờ, ỷ lại; tỷ lệ hộ dùng nước sạch mới đạt 76%.
Thảo luận tại đại hội, ông Hờ A Dình đề nghị chi bộ tiếp tục duy trì tổ tự quản bảo vệ rừng, giữ nghiêm hương ước của bản; bà Lý Thị Dở, Chi hội trưởng Chi hội Phụ nữ bản, nêu kinh nghiệm vận động chị em tham gia nuôi bò sinh sản theo nhóm hộ.
Đại hội bầu Chi ủy gồm 3 đồng chí; đồng chí Mùa A Vàng tái đắc cử Bí thư Chi bộ, đồng chí Lý Thị Dở được bầu làm Phó Bí thư Chi bộ. Đại hội biểu quyết thông qua Nghị quyết với chỉ tiêu giảm 8 hộ nghèo mỗi năm, 100% trẻ em trong độ tuổi được đến trường.
Phát biểu chỉ đạo, đồng chí Giàng A Chu ghi nhận kết quả chi bộ đạt được, đề nghị thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", rút kinh nghiệm đại hội điểm để 24 chi bộ còn lại trong Đảng bộ xã hoàn thành đại hội trước ngày 30/4.
Đây là năm đầu tiên Đảng bộ xã Chế Tạo thực hiện Kết luận số 118-KL/TW ngày 18/1/2025 của Bộ Chính trị về đại hội đảng bộ các cấp, trong đó yêu cầu mỗi chi bộ thôn, bản phải có ít nhất một nội dung đột phá. Chi bộ bản Háng Đề Dê chọn nội dung phát triển du lịch cộng đồng gắn với ruộng bậc thang, một thế mạnh của vùng cao tỉnh Yên Bái.
Nguyễn Thanh
Tin cùng chuyên mục
- Xã Nậm Khắt hoàn thành đại hội điểm chi bộ (18/04/2025)
- Mù Cang Chải: 100% chi bộ xây dựng kế hoạch đại hội (05/04/2025)
- Sinh hoạt chi bộ gắn với vận động người Mông bỏ hủ tục (28/03/2025)
""", "2025-04-21", "Chi bộ bản Háng Đề Dê đại hội điểm nhiệm kỳ 2025 - 2027",
E("dai_hoi", None, "2025-04-19"),
[P("Giàng A Chu", "HUV", "Bí thư Đảng ủy xã Chế Tạo"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch UBND xã"),
 P("Mùa A Vàng", "Bí thư Chi bộ kiêm Trưởng bản Háng Đề Dê", "Bí thư Chi bộ"),
 P("Hờ A Dình"),
 P("Lý Thị Dở", "Chi hội trưởng Chi hội Phụ nữ bản", "Phó Bí thư Chi bộ")],
[Q("23 đảng viên", 23, "đảng viên"), Q("35 ha", 35, "ha"), Q("hơn 410 ha", 410, "ha", "over"),
 Q("126 hộ", 126, "hộ"), Q("12 căn nhà", 12, "căn nhà"), Q("1,8 km", 1.8, "km"),
 Q("28 triệu đồng/năm", 28000000, "đồng"), Q("61 hộ", 61, "hộ"), Q("39 hộ", 39, "hộ"),
 Q("3 đảng viên mới", 3, "đảng viên mới"), Q("76%", 76, "%"), Q("3 đồng chí", 3, "đồng chí"),
 Q("8 hộ nghèo", 8, "hộ nghèo"), Q("100%", 100, "%"), Q("24 chi bộ", 24, "chi bộ")],
[D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Hướng dẫn", "07", "HD/HU", "2025-02-10", "Ban Thường vụ Huyện ủy", "Hướng dẫn số 07-HD/HU ngày 10/2/2025"),
 D("Kết luận", "118", "KL/TW", "2025-01-18", "Bộ Chính trị", "Kết luận số 118-KL/TW ngày 18/1/2025")],
[prov("Yên Bái"), com("Chế Tạo")],
["ĐẢNG BỘ HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI", "Trang chủ | Xây dựng Đảng | Tin cơ sở",
 "Đồng chí Giàng A Chu phát biểu chỉ đạo đại hội.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["08:15 | 21/04/2025", "nhiệm kỳ 2025 - 2027", "nhiệm kỳ 2022 - 2025", "lần thứ XIV", "3 đồng chí", "ngày 30/4"]))

PAGES.append(page("b1903-hungyen-thon-hoinghinhandan-2026", """
Trang thông tin điện tử xã Đông Quan - Hưng Yên
Trang chủ / Tin tức / Dân chủ cơ sở
17/01/2026 - 10:05
Thôn Đông Các bàn việc mở rộng đường trục thôn tại hội nghị nhân dân
Ngày 15/01/2026, Chi bộ, Ban công tác Mặt trận và Ban phát triển thôn Đông Các, xã Đông Quan tổ chức hội nghị nhân dân thôn năm 2026 để bàn và quyết định việc mở rộng đường trục thôn, thực hiện Luật Thực hiện dân chủ ở cơ sở. Gần 200 đại diện hộ gia đình trong thôn tham dự.
Ông Phạm Văn Đức, Bí thư Chi bộ, Trưởng thôn Đông Các chủ trì hội nghị. Dự có đồng chí Vũ Thị Huyền, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Đông Quan và đồng chí Trần Quang Lâm, Phó Chủ tịch UBND xã.
Theo phương án được đưa ra hội nghị, tuyến đường trục thôn dài 1.250 m được mở rộng từ 3,5 m lên 6 m; tổng kinh phí dự kiến khoảng 3,2 tỷ đồng, trong đó ngân sách xã hỗ trợ 2 tỷ đồng theo Nghị quyết số 05/NQ-HĐND ngày 26/12/2025 của HĐND xã, phần còn lại do nhân dân và con em xa quê đóng góp. Có 63 hộ dự kiến hiến đất, tổng diện tích hơn 1.100 m2, tháo dỡ 41 tường rào, cổng ngõ.
Sau khi nghe trình bày, nhiều ý kiến đồng tình. Bà Đỗ Thị Mến, Chi hội trưởng Chi hội Phụ nữ thôn đề nghị công khai từng khoản đóng góp trên bảng tin nhà văn hóa và trên nhóm Zalo của thôn. Ông Nguyễn Văn Khải ở xóm Đình cho biết gia đình ông sẵn sàng hiến 35 m2 đất vườn và vận động các con cùng góp tiền.
Một số hộ còn băn khoăn về mức hỗ trợ tháo dỡ công trình. Đồng chí Trần Quang Lâm giải thích, mức hỗ trợ được áp dụng theo Quyết định số 18/2025/QĐ-UBND của UBND tỉnh, xã sẽ cử cán bộ địa chính về đo đạc, cắm mốc công khai trước khi thi công.
Kết quả biểu quyết, 186/194 hộ tham dự, đạt 95,9%, đồng ý với phương án; hội nghị bầu Ban giám sát đầu tư của cộng đồng gồm 5 người do ông Đào Văn Thịnh, Trưởng ban Thanh tra nhân dân thôn làm trưởng ban.
Phát biểu tại hội nghị, đồng chí Vũ Thị Huyền đánh giá cao tinh thần đồng thuận của nhân dân, đề nghị Ban công tác Mặt trận thôn phát huy vai trò giám sát, bảo đảm "công khai, minh bạch, dân đồng thuận", phấn đấu hoàn thành tuyến đường trước ngày 30/4/2026.
Được biết, năm 2025 nhân dân xã Đông Quan đã hiến hơn 4.600 m2 đất, đóng góp trên 7 tỷ đồng cùng Nhà nước làm mới và mở rộng 9,4 km đường giao thông nông thôn. Thôn Đông Các là 1 trong 3 thôn được xã chọn làm điểm thực hiện hội nghị nhân dân theo quy trình mới sau khi sắp xếp đơn vị hành chính.
Hương Giang - Đài truyền thanh xã
Tin khác
- Xã Đông Quan ra quân làm đường giao thông nông thôn (10/01/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (05/01/2026)
- Trao 300 suất quà Tết cho hộ nghèo (03/01/2026)
""", "2026-01-17", "Thôn Đông Các bàn việc mở rộng đường trục thôn tại hội nghị nhân dân",
E("hoi_nghi", "2026", "2026-01-15"),
[P("Phạm Văn Đức", "Bí thư Chi bộ", "Trưởng thôn Đông Các"),
 P("Vũ Thị Huyền", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đông Quan"),
 P("Trần Quang Lâm", "Phó Chủ tịch UBND xã"),
 P("Đỗ Thị Mến", "Chi hội trưởng Chi hội Phụ nữ thôn"),
 P("Nguyễn Văn Khải"),
 P("Đào Văn Thịnh", "Trưởng ban Thanh tra nhân dân thôn")],
[Q("Gần 200 đại diện hộ gia đình", 200, "đại diện hộ gia đình", "approx"), Q("1.250 m", 1250, "m"),
 Q("3,5 m", 3.5, "m"), Q("6 m", 6, "m"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("63 hộ", 63, "hộ"), Q("hơn 1.100 m2", 1100, "m2", "over"),
 Q("41 tường rào, cổng ngõ", 41, "tường rào, cổng ngõ"), Q("35 m2", 35, "m2"), Q("186/194 hộ", 186, "hộ"),
 Q("95,9%", 95.9, "%"), Q("5 người", 5, "người"),
 Q("hơn 4.600 m2", 4600, "m2", "over"), Q("trên 7 tỷ đồng", 7000000000, "đồng", "over"), Q("9,4 km", 9.4, "km"), Q("3 thôn", 3, "thôn")],
[D("Nghị quyết", "05", "NQ-HĐND", "2025-12-26", "HĐND xã", "Nghị quyết số 05/NQ-HĐND ngày 26/12/2025"),
 D("Quyết định", "18", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 18/2025/QĐ-UBND")],
[prov("Hưng Yên"), com("Đông Quan")],
["Trang thông tin điện tử xã Đông Quan - Hưng Yên", "Trang chủ / Tin tức / Dân chủ cơ sở",
 "Luật Thực hiện dân chủ ở cơ sở", "công khai, minh bạch, dân đồng thuận", "Hương Giang - Đài truyền thanh xã", "Zalo"],
["17/01/2026 - 10:05", "năm 2026", "ngày 30/4/2026", "năm 2025", "1 trong 3 thôn"]))

PAGES.append(page("b1904-daklak-xa-doithoai-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ :: Dân vận chính quyền :: Tin cơ sở
Ngày đăng 26/09/2025 | 16:20
Ảnh: Quang cảnh buổi đối thoại.
Bí thư Đảng ủy xã Ea Ning đối thoại với Nhân dân về chuyển đổi cây trồng
Chiều 24/9, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Ea Ning phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân năm 2025. Đây là buổi đối thoại đầu tiên kể từ khi xã Ea Ning mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp.
Chủ trì đối thoại có đồng chí Y Bhin Niê, Bí thư Đảng ủy xã; đồng chí H'Lim Mlô, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Lê Minh Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có 170 người dân đến từ 32 buôn, thôn và đồng chí Nay Thị Bích, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Kế hoạch số 27-KH/ĐU ngày 05/9/2025 của Đảng ủy xã. Trước đó, Ủy ban MTTQ xã đã tổng hợp được 46 ý kiến, kiến nghị, tập trung vào chuyển đổi diện tích cà phê già cỗi, cấp giấy chứng nhận quyền sử dụng đất và nước tưới mùa khô.
Tại buổi đối thoại, ông Y Khuê Êban ở buôn Ea Krông nêu việc 7 hộ trong buôn chưa được cấp giấy chứng nhận do đất nằm giáp ranh lâm phần. Bà H'Răm Byă ở buôn Kmrơng Prong A đề nghị xã hỗ trợ giống sầu riêng và hướng dẫn kỹ thuật tưới tiết kiệm. Ông Phan Văn Hòa, thôn 9, phản ánh tuyến kênh nội đồng dài gần 2 km bị bồi lấp.
Trả lời các kiến nghị, đồng chí Lê Minh Tuấn cho biết, xã đã lập danh sách và đề nghị tỉnh hỗ trợ 1.500 cây giống cho 50 hộ đồng bào dân tộc thiểu số từ nguồn vốn của Quyết định số 1719/QĐ-TTg; việc nạo vét kênh sẽ thực hiện bằng ngân sách xã khoảng 450 triệu đồng trước mùa khô. Đối với đất giáp ranh, xã thành lập tổ công tác liên ngành để rà soát, trả lời bằng văn bản trong 30 ngày.
Kết luận buổi đối thoại, đồng chí Y Bhin Niê ghi nhận 41/46 ý kiến đã được trả lời trực tiếp; những ý kiến còn lại giao bộ phận chuyên môn nghiên cứu, trả lời người dân. Đồng chí đề nghị cán bộ xã thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin", không để người dân phải đi lại nhiều lần.
Năm 2025, toàn tỉnh Đắk Lắk có 102 xã, phường tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân. Xã Ea Ning được hình thành từ các xã Ea Ning, Dray Bhăng và Hòa Hiệp, có trên 40% dân số là đồng bào dân tộc thiểu số.
H'Xuân
Các tin khác
- Xã Ea Ning ra mắt Ủy ban MTTQ Việt Nam xã (03/07/2025)
- Hội nghị người có uy tín các buôn năm 2025 (15/08/2025)
- Ra mắt mô hình "Buôn không có đơn thư vượt cấp" (22/08/2025)
""", "2025-09-26", "Bí thư Đảng ủy xã Ea Ning đối thoại với Nhân dân về chuyển đổi cây trồng",
E("doi_thoai", "2025", "2025-09-24"),
[P("Y Bhin Niê", "Bí thư Đảng ủy xã"),
 P("H'Lim Mlô", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Minh Tuấn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nay Thị Bích", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Khuê Êban"), P("H'Răm Byă"), P("Phan Văn Hòa")],
[Q("170 người dân", 170, "người dân"), Q("32 buôn, thôn", 32, "buôn, thôn"),
 Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("7 hộ", 7, "hộ"), Q("gần 2 km", 2, "km", "approx"),
 Q("1.500 cây giống", 1500, "cây giống"), Q("50 hộ đồng bào dân tộc thiểu số", 50, "hộ đồng bào dân tộc thiểu số"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("41/46 ý kiến", 41, "ý kiến"),
 Q("102 xã, phường", 102, "xã, phường"), Q("trên 40%", 40, "%", "over")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "27", "KH/ĐU", "2025-09-05", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 05/9/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Ning"), com("Dray Bhăng"), com("Hòa Hiệp")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ :: Dân vận chính quyền :: Tin cơ sở",
 "Ảnh: Quang cảnh buổi đối thoại.", "nghe dân nói, nói dân hiểu, làm dân tin", "Buôn không có đơn thư vượt cấp"],
["Ngày đăng 26/09/2025 | 16:20", "năm 2025", "thôn 9", "30 ngày"]))

PAGES.append(page("b1905-cantho-xa-traoqua-chol-2026", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Hôm nay: Thứ Hai, 13/04/2026
Trang chủ › Hoạt động Mặt trận › Mặt trận cơ sở
Thứ Sáu, 10/04/2026
Xã Lịch Hội Thượng trao 420 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer
Ngày 09/4/2026, Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, thành phố Cần Thơ phối hợp Ban Trị sự Giáo hội Phật giáo Việt Nam xã và các nhà hảo tâm tổ chức trao 420 phần quà Tết Chôl Chnăm Thmây năm 2026 cho hộ nghèo, hộ cận nghèo đồng bào Khmer. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 252 triệu đồng.
Đồng chí Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng phát biểu tại buổi trao quà.
Đến dự và trao quà có đồng chí Lâm Thị Ngọc Diệp, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã; Hòa thượng Lý Sà Rương, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam xã, trụ trì chùa Trà Quýt; đồng chí Sơn Minh Tâm, Phó Chủ tịch UBND xã.
Xã Lịch Hội Thượng được sắp xếp từ thị trấn Lịch Hội Thượng, xã Lịch Hội Thượng và xã Trung Bình của huyện Trần Đề (tỉnh Sóc Trăng cũ); đồng bào Khmer chiếm trên 46% dân số, toàn xã có 9 chùa Phật giáo Nam tông Khmer. Năm 2025, Ủy ban MTTQ xã đã vận động Quỹ "Vì người nghèo" được 615 triệu đồng, xây mới và sửa chữa 27 căn nhà Đại đoàn kết, hỗ trợ 14 học sinh Khmer có hoàn cảnh khó khăn mỗi em 2 triệu đồng.
Thay mặt lãnh đạo xã, đồng chí Lâm Thị Ngọc Diệp chúc đồng bào Khmer đón Tết cổ truyền vui tươi, an toàn, tiết kiệm; đề nghị các vị sư sãi, Achar và người có uy tín tiếp tục vận động bà con thực hiện tốt Chỉ thị số 19-CT/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy Sóc Trăng về tăng cường công tác dân vận vùng đồng bào dân tộc Khmer, giữ gìn an ninh trật tự, không nghe theo kẻ xấu xuyên tạc.
Cùng dịp, Ban Trị sự Giáo hội Phật giáo Việt Nam xã trao 50 suất học bổng, mỗi suất 500.000 đồng cho học sinh các điểm chùa dạy chữ Khmer. Ông Achar Danh Sóc, đại diện Ban Quản trị chùa Trà Quýt, cảm ơn sự quan tâm của cấp ủy, chính quyền và Mặt trận.
Được biết, dịp Tết Chôl Chnăm Thmây năm nay, các đoàn thể trong hệ thống Mặt trận xã còn tổ chức 3 đội văn nghệ Rô băm, Dù kê phục vụ bà con tại các chùa.
Ủy ban MTTQ Việt Nam xã cho biết, trước Tết đã có 12 tổ chức, cá nhân ủng hộ tiền, hàng; toàn bộ danh sách hộ nhận quà được niêm yết công khai tại trụ sở ấp và nhà văn hóa.
Kim Sa Ry
Bài viết liên quan
- Thành phố Cần Thơ thăm, chúc Tết các chùa Khmer (08/04/2026)
- Xã Lịch Hội Thượng ra mắt mô hình "Phum sóc bình yên" (20/03/2026)
- 100% ấp có Ban công tác Mặt trận sau sắp xếp (15/03/2026)
""", "2026-04-10", "Xã Lịch Hội Thượng trao 420 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer",
E("trao_qua", None, "2026-04-09"),
[P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng"),
 P("Lâm Thị Ngọc Diệp", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Lý Sà Rương", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam xã", "trụ trì chùa Trà Quýt"),
 P("Sơn Minh Tâm", "Phó Chủ tịch UBND xã"),
 P("Danh Sóc", "Achar", "đại diện Ban Quản trị chùa Trà Quýt")],
[Q("420 phần quà", 420, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 252 triệu đồng", 252000000, "đồng", "over"), Q("trên 46%", 46, "%", "over"),
 Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"), Q("615 triệu đồng", 615000000, "đồng"),
 Q("27 căn nhà Đại đoàn kết", 27, "căn nhà Đại đoàn kết"), Q("14 học sinh Khmer", 14, "học sinh Khmer"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("50 suất học bổng", 50, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("3 đội văn nghệ", 3, "đội văn nghệ"), Q("12 tổ chức, cá nhân", 12, "tổ chức, cá nhân")],
[D("Chỉ thị", "19", "CT/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy Sóc Trăng", "Chỉ thị số 19-CT/TU ngày 15/3/2024")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ › Hoạt động Mặt trận › Mặt trận cơ sở",
 "Đồng chí Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng phát biểu tại buổi trao quà.",
 "Vì người nghèo", "Phum sóc bình yên", "Rô băm, Dù kê", "Chôl Chnăm Thmây"],
["Hôm nay: Thứ Hai, 13/04/2026", "Thứ Sáu, 10/04/2026", "năm 2026", "Năm 2025", "năm nay"]))

PAGES.append(page("b1906-gialai-xa-giamsat-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ >> Giám sát và phản biện xã hội
2025-11-14 15:30
Ủy ban MTTQ xã Ia Hrú công bố kết quả giám sát việc xóa nhà tạm, nhà dột nát
Ngày 12/11, Ủy ban MTTQ Việt Nam xã Ia Hrú tổ chức hội nghị công bố kết quả giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn xã năm 2025. Đoàn giám sát do đồng chí Rơ Mah Thị Hlin, Phó Bí thư Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐi/TW ngày 02/01/2008 của Bộ Chính trị và Kế hoạch số 09/KH-MTTQ ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025".
Theo báo cáo, năm 2025 xã được phân bổ hỗ trợ 138 căn nhà cho hộ nghèo, hộ cận nghèo và hộ có công, trong đó 121 căn xây mới, 17 căn sửa chữa. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Đến ngày 31/10, đã có 133 căn hoàn thành, bàn giao, đạt 96,4%. Ngoài kinh phí nhà nước, các hộ được các đoàn thể, người dân hỗ trợ 1.240 ngày công và khoảng 86 triệu đồng vật liệu.
Qua giám sát tại 4 làng, đoàn ghi nhận việc bình xét đối tượng được thực hiện công khai tại hội nghị làng; tuy nhiên còn 5 căn chậm tiến độ do hộ không có đất ở ổn định, 2 hộ sử dụng tiền hỗ trợ chưa đúng mục đích. Đoàn đã kiến nghị UBND xã 6 nội dung, trong đó có việc phối hợp với Ban Quản lý rừng phòng hộ để giải quyết đất ở cho các hộ.
Tại hội nghị, ông Siu Blik, người có uy tín làng Ia Rơng, cho biết bà con rất phấn khởi vì lần đầu được tham gia cùng Mặt trận kiểm tra từng căn nhà. Bà Kpă H'Nơn, hộ được hỗ trợ ở làng Bông, bày tỏ cảm ơn Đảng, Nhà nước đã giúp gia đình có nhà kiên cố đón Tết.
Đồng chí Nguyễn Thành Vinh, Phó Chủ tịch UBND xã, tiếp thu các kiến nghị và cam kết hoàn thành 5 căn còn lại trước ngày 15/12/2025. Phát biểu kết luận, đồng chí Rơ Mah Thị Hlin đề nghị Ban công tác Mặt trận các làng tiếp tục theo dõi, giám sát việc sử dụng nhà sau bàn giao, kịp thời phản ánh những vướng mắc.
Xã Ia Hrú được thành lập từ 3 xã cũ thuộc huyện Chư Prông; hiện có 21 làng, thôn, đồng bào Jrai chiếm gần 70% dân số.
Theo Ủy ban MTTQ Việt Nam tỉnh Gia Lai, đến nay 100% xã, phường đã thành lập đoàn giám sát chuyên đề về xóa nhà tạm, nhà dột nát.
Minh Phương
Tin khác
- Gia Lai: Mặt trận các xã giám sát 1.024 căn nhà (05/11/2025)
- Xã Ia Hrú tổ chức Ngày hội Đại đoàn kết ở làng Bông (16/11/2025)
- Hội nghị phản biện dự thảo quy định hỗ trợ giống cây trồng (28/10/2025)
""", "2025-11-14", "Ủy ban MTTQ xã Ia Hrú công bố kết quả giám sát việc xóa nhà tạm, nhà dột nát",
E("giam_sat", "2025", "2025-11-12"),
[P("Rơ Mah Thị Hlin", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Siu Blik", "người có uy tín làng Ia Rơng"),
 P("Kpă H'Nơn"),
 P("Nguyễn Thành Vinh", "Phó Chủ tịch UBND xã")],
[Q("138 căn nhà", 138, "căn nhà"), Q("121 căn", 121, "căn"), Q("17 căn", 17, "căn"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("133 căn", 133, "căn"),
 Q("96,4%", 96.4, "%"), Q("1.240 ngày công", 1240, "ngày công"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"),
 Q("4 làng", 4, "làng"), Q("5 căn", 5, "căn"), Q("2 hộ", 2, "hộ"), Q("6 nội dung", 6, "nội dung"),
 Q("3 xã cũ", 3, "xã"), Q("21 làng, thôn", 21, "làng, thôn"), Q("gần 70%", 70, "%", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "217", "QĐi/TW", "2008-01-02", "Bộ Chính trị", "Quyết định số 217-QĐi/TW ngày 02/01/2008"),
 D("Kế hoạch", "09", "KH-MTTQ", "2025-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 09/KH-MTTQ ngày 20/8/2025")],
[prov("Gia Lai"), com("Ia Hrú")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ >> Giám sát và phản biện xã hội",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Ban Quản lý rừng phòng hộ"],
["2025-11-14 15:30", "năm 2025", "ngày 31/10", "ngày 15/12/2025"]))
