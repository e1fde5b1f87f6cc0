from lib import *
PAGES = []

PAGES.append(page("b3911-ninhbinh-xa-daihoi-2024", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ GIA SINH
Huyện Gia Viễn - Tỉnh Ninh Bình
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng 12/06/2024 | 16:20
Đại hội đại biểu MTTQ Việt Nam xã Gia Sinh lần thứ XII, nhiệm kỳ 2024 - 2029
Ngày 11/6, Ủy ban MTTQ Việt Nam xã Gia Sinh long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Dự đại hội có 120 đại biểu chính thức đại diện cho hơn 9.300 nhân khẩu trong xã.
Đoàn Chủ tịch điều hành đại hội. Ảnh: Minh Phương
Dự và chỉ đạo đại hội có đồng chí Đinh Thị Lan, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Viễn; đồng chí Trương Văn Khánh, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Vũ Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Báo cáo tại đại hội nêu rõ, nhiệm kỳ 2019 - 2024, Mặt trận xã đã phát huy vai trò trong nắm tình hình, tham gia giải quyết các vấn đề bức xúc của nhân dân. Nổi bật là việc vận động, hòa giải vụ việc khoảng 150 hộ dân các thôn Tập Ninh, Thượng Hòa nhiều lần tụ tập, chặn xe chở đá phản đối bụi và tiếng ồn từ các mỏ khai thác, nhà máy xi măng. Mặt trận đã phối hợp với chính quyền tổ chức 14 cuộc đối thoại, giám sát việc doanh nghiệp cam kết phun nước dập bụi, trồng 3 km cây xanh cách ly và hỗ trợ 320 hộ mỗi năm 1 triệu đồng/hộ.
Trong nhiệm kỳ, 7 tổ hòa giải ở thôn tiếp nhận 64 vụ việc mâu thuẫn, hòa giải thành 58 vụ việc, đạt 90,6%; Mặt trận tổ chức 23 cuộc giám sát, 5 hội nghị phản biện xã hội; tiếp nhận 41 đơn thư, kiến nghị, chuyển chính quyền giải quyết dứt điểm 39 đơn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được hưởng ứng, nhân dân hiến hơn 4.200 m2 đất, đóng góp trên 2,3 tỷ đồng làm đường giao thông; xây mới 11 nhà Đại đoàn kết cho hộ nghèo.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, bà Trần Thị Thu Hương được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII; các ông Lê Văn Tùng, Phạm Văn Quý được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, đồng chí Đinh Thị Lan đề nghị Mặt trận xã nhiệm kỳ mới thực hiện tốt Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị và Kết luận số 120-KL/TW ngày 20/1/2016 của Bộ Chính trị; chủ động nắm bắt tâm tư, nguyện vọng của nhân dân, nhất là ở những nơi có nguy cơ khiếu kiện về môi trường, đất đai; không để xảy ra điểm nóng.
Đại hội cũng đã bầu 5 đại biểu dự Đại hội đại biểu MTTQ Việt Nam huyện Gia Viễn lần thứ XIII.
Minh Phương - Đài truyền thanh xã
Lượt truy cập: 54.231
Tin khác
- Đại hội Chi hội Nông dân thôn Tập Ninh (05/06/2024)
- Gia Sinh tổ chức tiếp xúc cử tri (28/05/2024)
- Ra quân vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới (20/05/2024)
""", "2024-06-12", "Đại hội đại biểu MTTQ Việt Nam xã Gia Sinh lần thứ XII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-11"),
[P("Đinh Thị Lan", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Viễn"),
 P("Trương Văn Khánh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Minh Đức", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Thị Thu Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII"),
 P("Lê Văn Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 9.300 nhân khẩu", 9300, "nhân khẩu", "over"),
 Q("khoảng 150 hộ dân", 150, "hộ dân", "approx"), Q("14 cuộc đối thoại", 14, "cuộc đối thoại"), Q("3 km", 3, "km"),
 Q("320 hộ", 320, "hộ"), Q("1 triệu đồng/hộ", 1000000, "đồng"), Q("7 tổ hòa giải", 7, "tổ hòa giải"),
 Q("64 vụ việc mâu thuẫn", 64, "vụ việc mâu thuẫn"), Q("58 vụ việc", 58, "vụ việc"), Q("90,6%", 90.6, "%"),
 Q("23 cuộc giám sát", 23, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("41 đơn thư, kiến nghị", 41, "đơn thư, kiến nghị"), Q("39 đơn", 39, "đơn"), Q("hơn 4.200 m2", 4200, "m2", "over"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("11 nhà Đại đoàn kết", 11, "nhà Đại đoàn kết"), Q("37 vị", 37, "vị"), Q("5 đại biểu", 5, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Kết luận", "120", "KL/TW", "2016-01-20", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 20/1/2016")],
[prov("Ninh Bình"), com("Gia Sinh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ GIA SINH", "Huyện Gia Viễn - Tỉnh Ninh Bình", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành đại hội. Ảnh: Minh Phương", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đại đoàn kết",
 "Lượt truy cập: 54.231"],
["Ngày đăng 12/06/2024 | 16:20", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XII", "lần thứ XIII",
 "hội nghị lần thứ nhất", "Lượt truy cập: 54.231"]))


PAGES.append(page("b3912-khanhhoa-bdv-baocao-2024", """
Báo Khánh Hòa điện tử
Chính trị > Dân vận - Mặt trận
Cập nhật: 09:42, 15/10/2024 (GMT+7)
Nổi lên 5 vụ việc đông người về đất đai, môi trường trong quý III
Ngày 14/10, tại cuộc họp Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy Khánh Hòa báo cáo tình hình nhân dân quý III/2024 và đề xuất giải pháp đối với các vụ việc phức tạp. Đồng chí Lê Thị Kim Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Người dân xã Vạn Thạnh trao đổi với cán bộ dân vận. Ảnh: Văn Kỳ
Theo báo cáo, trong quý III, trên địa bàn tỉnh xảy ra 5 vụ việc đông người, tăng 2 vụ việc so với quý trước. Đáng chú ý là việc khoảng 300 hộ nuôi trồng thủy sản ở xã Vạn Thạnh nhiều lần tập trung tại UBND xã, đề nghị xem xét lại mức hỗ trợ khi thu hồi mặt nước để thực hiện dự án khu du lịch; 2 vụ tụ tập, chặn xe chở rác vào khu xử lý chất thải rắn ở xã Diên Tân do mùi hôi, với hơn 120 người dân tham gia. Ngoài ra, 38 hộ dân phường Cam Nghĩa có đơn khiếu nại về giao đất tái định cư.
Khối dân vận các cấp đã nắm, phản ánh 146 lượt ý kiến, dư luận xã hội; phối hợp tổ chức 21 buổi đối thoại với 870 lượt người dân; giải quyết 3/5 vụ việc đông người. Ở huyện miền núi Khánh Sơn, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Phước, Pinăng Thị Bích đã cùng đồng chí Cao Thị Hòa, HUV, Trưởng Ban Dân vận Huyện ủy Khánh Sơn trực tiếp vận động 14 hộ đồng bào Raglai không tiếp tục phát rẫy tại khu vực đang tranh chấp với Ban Quản lý rừng phòng hộ.
Tại buổi làm việc với đoàn công tác, ông Mấu Văn Sáu, người có uy tín thôn Tà Gụ, xã Sơn Hiệp, cho biết bà con "chỉ cần có đất sản xuất ổn định thì không ai đi phá rừng". Ông Trần Minh Trí, Chủ tịch UBND xã Vạn Thạnh, đề nghị tỉnh sớm ban hành mức hỗ trợ chuyển đổi nghề cho khoảng 1.200 lao động nuôi tôm hùm.
Ban Dân vận Tỉnh ủy đề xuất Thường trực Tỉnh ủy chỉ đạo thực hiện nghiêm Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tiếp công dân, xử lý đơn thư; giao UBND tỉnh rà soát Quyết định số 1263/QĐ-UBND ngày 30/5/2024 về chính sách hỗ trợ khi thu hồi mặt nước nuôi trồng thủy sản; đồng thời đưa nội dung giải quyết các vụ việc vào Kế hoạch số 214-KH/TU của Tỉnh ủy về bảo đảm ổn định tình hình trước đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.
Kết luận, đồng chí Trần Văn Lãm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đánh giá cao báo cáo, yêu cầu các cấp ủy không để kéo dài, phát sinh "điểm nóng" trong quý IV; khu xử lý chất thải rắn phải hoàn thành lắp đặt 2 lò đốt mới và hệ thống xử lý mùi trước ngày 31/12.
Đức Minh
Lượt xem: 1.915
Tin liên quan
- Cam Lâm: vận động 42 hộ bàn giao mặt bằng (03/10/2024)
- Hội nghị gặp mặt người có uy tín đồng bào Raglai (20/09/2024)
- Vạn Ninh đối thoại với người nuôi tôm hùm (12/09/2024)
""", "2024-10-15", "Nổi lên 5 vụ việc đông người về đất đai, môi trường trong quý III",
E("bao_cao", "2024-Q3", "2024-10-14"),
[P("Lê Thị Kim Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pinăng Thị Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Thị Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Khánh Sơn"),
 P("Mấu Văn Sáu", "người có uy tín thôn Tà Gụ"),
 P("Trần Minh Trí", "Chủ tịch UBND xã Vạn Thạnh"),
 P("Trần Văn Lãm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("5 vụ việc đông người", 5, "vụ việc đông người"), Q("2 vụ việc", 2, "vụ việc"),
 Q("khoảng 300 hộ nuôi trồng thủy sản", 300, "hộ nuôi trồng thủy sản", "approx"), Q("2 vụ tụ tập", 2, "vụ tụ tập"),
 Q("hơn 120 người dân", 120, "người dân", "over"), Q("38 hộ dân", 38, "hộ dân"),
 Q("146 lượt ý kiến, dư luận xã hội", 146, "lượt ý kiến, dư luận xã hội"), Q("21 buổi đối thoại", 21, "buổi đối thoại"),
 Q("870 lượt người dân", 870, "lượt người dân"), Q("3/5 vụ việc đông người", 3, "vụ việc đông người"),
 Q("14 hộ đồng bào Raglai", 14, "hộ đồng bào Raglai"), Q("khoảng 1.200 lao động", 1200, "lao động", "approx"),
 Q("2 lò đốt", 2, "lò đốt")],
[D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Quyết định", "1263", "QĐ-UBND", "2024-05-30", None, "Quyết định số 1263/QĐ-UBND ngày 30/5/2024"),
 D("Kế hoạch", "214", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 214-KH/TU")],
[prov("Khánh Hòa"), com("Vạn Thạnh"), com("Diên Tân"), com("Cam Nghĩa"), com("Sơn Hiệp")],
["Báo Khánh Hòa điện tử", "Chính trị > Dân vận - Mặt trận", "Người dân xã Vạn Thạnh trao đổi với cán bộ dân vận. Ảnh: Văn Kỳ",
 "Lượt xem: 1.915", "chỉ cần có đất sản xuất ổn định thì không ai đi phá rừng"],
["Cập nhật: 09:42, 15/10/2024 (GMT+7)", "quý III/2024", "quý trước", "quý IV", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.915"]))

PAGES.append(page("b3913-tuyenquang-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ › Dân vận › Tin hoạt động
Thứ Năm, 09/10/2025 - 15:40
Ảnh: Quang cảnh hội nghị giao ban tại điểm cầu tỉnh
Giao ban công tác dân vận quý III: 11 vụ việc phức tạp ở cơ sở đã được giải quyết
Ngày 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác dân vận quý III năm 2025, kết nối trực tuyến đến 124 xã, phường. Đây là lần giao ban đầu tiên sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội. Đồng chí Hoàng Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho thấy, sau khi vận hành chính quyền địa phương 2 cấp từ ngày 1/7, tâm trạng của cán bộ, đảng viên và nhân dân cơ bản phấn khởi. Tuy nhiên, trong quý đã phát sinh 14 vụ việc phức tạp ở cơ sở, chủ yếu là tranh chấp đất rừng giữa các hộ ở vùng giáp ranh, khiếu nại về bồi thường dự án đường cao tốc và thủy điện nhỏ; đến nay đã giải quyết 11 vụ việc, còn 3 vụ việc đang xác minh. Tại xã Sơn Vĩ, khoảng 60 người dân tụ tập do tin đồn thất thiệt về việc thu hồi đất nương; tại xã Lâm Bình, 27 hộ dân phản đối việc xả thải của một cơ sở chế biến quặng.
Lực lượng chức năng đã phát hiện, vận động 5 người từ bỏ hoạt động tuyên truyền "Dương Văn Mình" trái pháp luật; phối hợp tổ chức 32 buổi đối thoại, tuyên truyền tại thôn, bản với 2.640 lượt người nghe.
Tại giao ban, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Thị Thúy, Sùng Mí Chơ, Nguyễn Văn Hoan báo cáo kết quả kiểm tra việc thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy ở 18 xã vùng cao núi đá. Đồng chí Giàng Thị Dợ, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã đã phân công 43 đảng viên phụ trách 1.150 hộ, "nắm từng nhà, từng người". Ông Vàng Seo Lử, người có uy tín thôn Pả Vi Hạ, xã Mèo Vạc, đề nghị tăng cường chiếu phim, phát tài liệu bằng tiếng Mông.
Đồng chí Lò Văn Páo, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, kiến nghị sớm ban hành quy chế phối hợp giữa Mặt trận và chính quyền cấp xã trong tiếp dân sau sắp xếp.
Kết luận giao ban, đồng chí Hoàng Thị Thu Trang yêu cầu quý IV tập trung nắm tình hình phục vụ Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; triển khai Kế hoạch số 12-KH/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy; 100% xã, phường hoàn thành rà soát đơn thư tồn đọng trước ngày 30/11/2025.
Thu Hà
Lượt xem: 1.087
Tin khác
- Hà Giang cũ: gặp mặt người có uy tín vùng cao núi đá (28/09/2025)
- Hội thi "Dân vận khéo" cấp xã ở Yên Sơn (20/09/2025)
- Ra mắt Ban Công tác Mặt trận thôn sau sắp xếp (05/09/2025)
""", "2025-10-09", "Giao ban công tác dân vận quý III: 11 vụ việc phức tạp ở cơ sở đã được giải quyết",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Hoàng Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chơ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hoan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Dợ", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Vàng Seo Lử", "người có uy tín thôn Pả Vi Hạ"),
 P("Lò Văn Páo", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("11 vụ việc", 11, "vụ việc"), Q("124 xã, phường", 124, "xã, phường"), Q("14 vụ việc phức tạp", 14, "vụ việc phức tạp"),
 Q("3 vụ việc", 3, "vụ việc"), Q("khoảng 60 người dân", 60, "người dân", "approx"), Q("27 hộ dân", 27, "hộ dân"),
 Q("5 người", 5, "người"), Q("32 buổi đối thoại, tuyên truyền", 32, "buổi đối thoại, tuyên truyền"),
 Q("2.640 lượt người nghe", 2640, "lượt người nghe"), Q("18 xã vùng cao núi đá", 18, "xã vùng cao núi đá"),
 Q("43 đảng viên", 43, "đảng viên"), Q("1.150 hộ", 1150, "hộ"), Q("100% xã, phường", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 15/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Sơn Vĩ"), com("Lâm Bình"), com("Mèo Vạc"), com("Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ › Dân vận › Tin hoạt động",
 "Ảnh: Quang cảnh hội nghị giao ban tại điểm cầu tỉnh", "Dương Văn Mình", "nắm từng nhà, từng người", "Lượt xem: 1.087"],
["Thứ Năm, 09/10/2025 - 15:40", "quý III năm 2025", "chính quyền địa phương 2 cấp", "quý IV", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.087"]))

PAGES.append(page("b3914-vinhlong-mttq-doithoai-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG
Trang chủ | Tin tức | Dân chủ - Pháp luật
05.12.2025 | 10:20
Chủ tịch UBND tỉnh đối thoại với người dân về bồi thường, sạt lở và ô nhiễm lò gạch
Ngày 4/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nhân dân năm 2025. Đây là hội nghị đối thoại cấp tỉnh đầu tiên kể từ khi tỉnh Vĩnh Long mới được hình thành trên cơ sở hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Quang cảnh hội nghị đối thoại. Ảnh: Thanh Tâm
Chủ trì hội nghị có đồng chí Nguyễn Quốc Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Thị Bé Tư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự hội nghị có 235 đại biểu là người dân, đại diện các hộ có đơn thư và người có uy tín từ 124 xã, phường.
Theo báo cáo của Ủy ban MTTQ Việt Nam tỉnh, trước hội nghị, Mặt trận các cấp đã tổng hợp 168 ý kiến, kiến nghị của nhân dân, trong đó 74 ý kiến về bồi thường, hỗ trợ giải phóng mặt bằng các dự án đường cao tốc, 31 ý kiến về sạt lở bờ sông và 19 ý kiến phản ánh ô nhiễm khói bụi từ các lò gạch, lò nung gốm. Năm 2025, trên địa bàn xảy ra 6 vụ khiếu kiện đông người, trong đó vụ việc 52 hộ dân xã Giồng Trôm tập trung phản đối đơn giá bồi thường kéo dài gần 3 tháng.
Tại hội nghị có 23 ý kiến phát biểu trực tiếp. Ông Sơn Văn Thạnh, người có uy tín ấp Ô Chích, xã Cầu Ngang, đề nghị sớm bố trí tái định cư cho 18 hộ đồng bào Khmer ở khu vực sạt lở. Bà Thạch Thị Sô Phal, xã Cầu Ngang, phản ánh việc chi trả tiền bồi thường chậm. Ông Lê Văn Nhỏ, phường Long Châu, kiến nghị di dời khoảng 40 lò gạch thủ công gây ô nhiễm ra khỏi khu dân cư.
Trả lời các ý kiến, đồng chí Nguyễn Quốc Dũng cho biết tỉnh đang áp dụng Nghị định số 88/2024/NĐ-CP của Chính phủ về bồi thường, hỗ trợ, tái định cư; đã ban hành Quyết định số 1156/QĐ-UBND ngày 20/9/2025 về đơn giá bồi thường mới, tăng bình quân 18%. Tỉnh đã bố trí 215 tỷ đồng để khắc phục 12 điểm sạt lở nguy hiểm; đến hết năm 2026 sẽ chấm dứt hoạt động toàn bộ lò gạch thủ công trong khu dân cư. Các sở, ngành giải trình thêm 9 nội dung liên quan.
Đồng chí Trần Thị Bé Tư đề nghị các cơ quan thực hiện Quy chế phối hợp số 07-QCPH/MTTQ-UBND giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh; Mặt trận các cấp sẽ giám sát việc giải quyết các kiến nghị sau đối thoại và báo cáo kết quả trước ngày 31/3/2026.
Kết thúc hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kim Sa Ren, Võ Văn Hiền được phân công theo dõi, đôn đốc từng nhóm kiến nghị.
Thanh Tâm
Lượt xem: 904
Tin liên quan
- Trà Vinh cũ: ra mắt 20 tổ tự quản phòng chống sạt lở (25/11/2025)
- Hội nghị phản biện dự thảo quy định giá đất (14/11/2025)
- Mặt trận tỉnh giám sát bồi thường dự án cao tốc (30/10/2025)
""", "2025-12-05", "Chủ tịch UBND tỉnh đối thoại với người dân về bồi thường, sạt lở và ô nhiễm lò gạch",
E("doi_thoai", "2025", "2025-12-04"),
[P("Nguyễn Quốc Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Thị Bé Tư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Văn Thạnh", "người có uy tín ấp Ô Chích"),
 P("Thạch Thị Sô Phal"), P("Lê Văn Nhỏ"),
 P("Kim Sa Ren", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("235 đại biểu", 235, "đại biểu"), Q("124 xã, phường", 124, "xã, phường"), Q("168 ý kiến, kiến nghị", 168, "ý kiến, kiến nghị"),
 Q("74 ý kiến", 74, "ý kiến"), Q("31 ý kiến", 31, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"),
 Q("6 vụ khiếu kiện đông người", 6, "vụ khiếu kiện đông người"), Q("52 hộ dân", 52, "hộ dân"), Q("23 ý kiến", 23, "ý kiến"),
 Q("18 hộ đồng bào Khmer", 18, "hộ đồng bào Khmer"), Q("khoảng 40 lò gạch thủ công", 40, "lò gạch thủ công", "approx"),
 Q("18%", 18, "%"), Q("215 tỷ đồng", 215000000000, "đồng"), Q("12 điểm sạt lở nguy hiểm", 12, "điểm sạt lở nguy hiểm"),
 Q("9 nội dung", 9, "nội dung")],
[D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP"),
 D("Quyết định", "1156", "QĐ-UBND", "2025-09-20", None, "Quyết định số 1156/QĐ-UBND ngày 20/9/2025"),
 D("Quy chế phối hợp", "07", "QCPH/MTTQ-UBND", None, None, "Quy chế phối hợp số 07-QCPH/MTTQ-UBND")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Giồng Trôm"), com("Cầu Ngang"), com("Long Châu")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG", "Trang chủ | Tin tức | Dân chủ - Pháp luật",
 "Quang cảnh hội nghị đối thoại. Ảnh: Thanh Tâm", "Lượt xem: 904"],
["05.12.2025 | 10:20", "năm 2025", "gần 3 tháng", "năm 2026", "Lượt xem: 904"]))

PAGES.append(page("b3915-lamdong-btgdv-tongket-2026", """
Hôm nay: Thứ Bảy, 10/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự › Xây dựng Đảng › Dân vận
Thứ Sáu, 09/01/2026 - 17:05
Đồng chí K'Điệp phát biểu chỉ đạo hội nghị. Ảnh: Văn Báu
Lâm Đồng triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí K'Điệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu Thị Mai, Thông Thị Nhàn, Nguyễn Đức Trung.
Năm 2025 là năm đầu tiên tỉnh Lâm Đồng mới, hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, vận hành mô hình chính quyền địa phương 2 cấp với 124 xã, phường, đặc khu. Báo cáo cho biết, trong năm toàn tỉnh phát sinh 21 vụ khiếu kiện đông người, giảm 7 vụ so với tổng số của ba tỉnh năm 2024; trong đó 8 vụ liên quan đến bồi thường dự án khai thác bô-xít, 5 vụ phản đối ô nhiễm từ các mỏ titan ven biển và 4 vụ tranh chấp đất rừng giữa đồng bào dân tộc thiểu số với các công ty lâm nghiệp. Đến nay đã giải quyết dứt điểm 17 vụ, còn 4 điểm nóng tiếp tục vận động.
Khối dân vận đã phối hợp tổ chức 186 cuộc đối thoại với hơn 9.400 lượt người; vận động 2.315 hộ bàn giao mặt bằng cho các dự án đường cao tốc, đạt 98,2%; tiếp nhận 612 đơn thư, đã giải quyết 574 đơn. Toàn tỉnh có 3.418 người có uy tín; khoảng 300 hộ ở các xã vùng sâu đã được vận động từ bỏ sinh hoạt "Hà Mòn", "Tin lành Đấng Christ" trái pháp luật.
Tại hội nghị, đồng chí Ka Sô Liễng, Bí thư Đảng ủy xã Quảng Tín, cho biết xã đã đối thoại 9 lần với 146 hộ dân vùng dự án bô-xít; sau khi tỉnh tăng mức hỗ trợ thêm 1,5 triệu đồng/m2 đất ở, 139 hộ đã đồng thuận. Đồng chí Hàn Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hải, đề nghị doanh nghiệp khai thác titan công khai kết quả quan trắc nước ngầm. Ông Điểu K'Rơi, già làng bon Bu Dấp, xã Quảng Tín, mong muốn được giao đất rừng cộng đồng để bà con giữ rừng.
Phát biểu chỉ đạo, đồng chí K'Điệp yêu cầu năm 2026 tiếp tục thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị, Kết luận 150, 151-KL/TU của Ban Thường vụ Tỉnh ủy về giải quyết khiếu kiện đông người và ô nhiễm môi trường vùng khai khoáng; phấn đấu giải quyết dứt điểm 4 điểm nóng còn lại trong quý II/2026; mỗi xã, phường có không dưới 2 mô hình "Dân vận khéo" về tiếp dân, đối thoại.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 31 tập thể, 47 cá nhân có thành tích trong công tác năm 2025.
Văn Báu
Lượt xem: 1.653
Tin liên quan
- Bảo Lộc: giao ban khối dân vận quý IV (30/12/2025)
- Phan Thiết: đối thoại với ngư dân (22/12/2025)
- Gia Nghĩa: gặp mặt người có uy tín (15/12/2025)
""", "2026-01-09", "Lâm Đồng triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("K'Điệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thông Thị Nhàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Trung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Sô Liễng", "Bí thư Đảng ủy xã Quảng Tín"),
 P("Hàn Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hải"),
 P("Điểu K'Rơi", "già làng bon Bu Dấp")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("21 vụ khiếu kiện đông người", 21, "vụ khiếu kiện đông người"),
 Q("7 vụ", 7, "vụ"), Q("8 vụ", 8, "vụ"), Q("5 vụ", 5, "vụ"), Q("4 vụ tranh chấp đất rừng", 4, "vụ tranh chấp đất rừng"),
 Q("17 vụ", 17, "vụ"), Q("4 điểm nóng", 4, "điểm nóng"), Q("186 cuộc đối thoại", 186, "cuộc đối thoại"),
 Q("hơn 9.400 lượt người", 9400, "lượt người", "over"), Q("2.315 hộ", 2315, "hộ"), Q("98,2%", 98.2, "%"),
 Q("612 đơn thư", 612, "đơn thư"), Q("574 đơn", 574, "đơn"), Q("3.418 người có uy tín", 3418, "người có uy tín"),
 Q("khoảng 300 hộ", 300, "hộ", "approx"), Q("146 hộ dân", 146, "hộ dân"), Q("1,5 triệu đồng/m2", 1500000, "đồng"),
 Q("139 hộ", 139, "hộ"), Q("không dưới 2 mô hình", 2, "mô hình", "over"), Q("31 tập thể", 31, "tập thể"), Q("47 cá nhân", 47, "cá nhân")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "150", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 150, 151-KL/TU"),
 D("Kết luận", "151", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 150, 151-KL/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín"), com("Tân Hải")],
["Hôm nay: Thứ Bảy, 10/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự › Xây dựng Đảng › Dân vận",
 "Đồng chí K'Điệp phát biểu chỉ đạo hội nghị. Ảnh: Văn Báu", "Hà Mòn", "Tin lành Đấng Christ", "Dân vận khéo", "Lượt xem: 1.653"],
["Hôm nay: Thứ Bảy, 10/01/2026", "Thứ Sáu, 09/01/2026 - 17:05", "năm 2025", "năm 2026", "năm 2024", "9 lần",
 "quý II/2026", "chính quyền địa phương 2 cấp", "Lượt xem: 1.653"]))

PAGES.append(page("b3916-angiang-mttq-traoqua-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Xã hội | Mặt trận - Đoàn thể
Chủ Nhật, 15/03/2026
Trao 420 phần quà cho các hộ phải di dời khẩn cấp do sạt lở bờ sông
Ngày 14/3, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp với Ủy ban MTTQ Việt Nam xã Mỹ Hòa Hưng và xã Vĩnh Hậu thăm hỏi, trao 420 phần quà cho các hộ dân phải di dời khẩn cấp do sạt lở bờ sông Hậu và bờ kênh Vĩnh Tế. Mỗi phần quà trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm.
Đồng chí Châu Thị Mỹ Phương thăm hỏi người dân vùng sạt lở. Ảnh: Hữu Huynh
Tham gia đoàn có đồng chí Châu Thị Mỹ Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Néang Sa Rươne, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh. Tiếp đoàn có đồng chí Trần Văn Lực, Bí thư Đảng ủy xã Mỹ Hòa Hưng và đồng chí Chau Sóc Ra, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu.
Từ đầu tháng 2 đến nay, trên địa bàn hai xã đã xảy ra 6 điểm sạt lở, với tổng chiều dài khoảng 450 m, làm 37 căn nhà bị sụp hoàn toàn xuống sông, 85 căn nhà bị ảnh hưởng phải di dời khẩn cấp. Lo lắng vì chưa có nơi ở mới, có thời điểm gần 100 người dân tập trung tại trụ sở UBND xã Mỹ Hòa Hưng đề nghị sớm được cấp nền tái định cư; việc tiếp nhận, đối thoại được Mặt trận xã phối hợp tổ chức ngay trong ngày.
Theo đồng chí Trần Văn Lực, xã đã bố trí tạm 63 hộ vào khu tái định cư tập trung, 22 hộ tự thuê nhà và được hỗ trợ tiền thuê 1,5 triệu đồng/tháng. Đến nay, Ủy ban MTTQ Việt Nam xã đã vận động các nhà hảo tâm ủng hộ gần 1,2 tỷ đồng để giúp bà con ổn định cuộc sống.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng 15 căn nhà Đại đoàn kết với mức hỗ trợ 60 triệu đồng/căn cho các hộ có nhà bị sập hoàn toàn, từ nguồn Quỹ "Vì người nghèo" tỉnh. Ông Haji Ismail, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, cũng trao 50 phần quà cho các hộ đồng bào Chăm ở ấp Vĩnh Lợi.
Phát biểu thăm hỏi, đồng chí Châu Thị Mỹ Phương chia sẻ với những mất mát của bà con; đề nghị cấp ủy, chính quyền xã thực hiện đúng Quyết định số 590/QĐ-UBND ngày 2/3/2026 của UBND tỉnh về hỗ trợ khẩn cấp hộ dân vùng sạt lở; Mặt trận các cấp giám sát chặt chẽ việc phân bổ nền tái định cư, công khai danh sách để người dân yên tâm, không để phát sinh khiếu kiện.
Bà Néang Thị Sa Phiêu, hộ có nhà bị sụp ở xã Vĩnh Hậu, xúc động: "Mất nhà, tưởng không còn gì, nay được Mặt trận, bà con giúp, gia đình có chỗ nương thân".
Hữu Huynh
Lượt xem: 2.117
Tin liên quan
- Rạch Giá: hỗ trợ ngư dân bị thiệt hại do giông lốc (10/03/2026)
- Tuyên truyền phòng, chống sạt lở đến hộ dân ven sông (02/03/2026)
- Mặt trận tỉnh giám sát việc bố trí tái định cư (20/02/2026)
""", "2026-03-15", "Trao 420 phần quà cho các hộ phải di dời khẩn cấp do sạt lở bờ sông",
E("trao_qua", None, "2026-03-14"),
[P("Châu Thị Mỹ Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sa Rươne", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Bí thư Đảng ủy xã Mỹ Hòa Hưng"),
 P("Chau Sóc Ra", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu"),
 P("Haji Ismail", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Thị Sa Phiêu")],
[Q("420 phần quà", 420, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("6 điểm sạt lở", 6, "điểm sạt lở"),
 Q("khoảng 450 m", 450, "m", "approx"), Q("37 căn nhà", 37, "căn nhà"), Q("85 căn nhà", 85, "căn nhà"),
 Q("gần 100 người dân", 100, "người dân", "approx"), Q("63 hộ", 63, "hộ"), Q("22 hộ", 22, "hộ"),
 Q("1,5 triệu đồng/tháng", 1500000, "đồng"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("50 phần quà", 50, "phần quà")],
[D("Quyết định", "590", "QĐ-UBND", "2026-03-02", "UBND tỉnh", "Quyết định số 590/QĐ-UBND ngày 2/3/2026")],
[prov("An Giang"), com("Mỹ Hòa Hưng"), com("Vĩnh Hậu")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Xã hội | Mặt trận - Đoàn thể",
 "Đồng chí Châu Thị Mỹ Phương thăm hỏi người dân vùng sạt lở. Ảnh: Hữu Huynh", "Đại đoàn kết", "Vì người nghèo", "Lượt xem: 2.117"],
["Chủ Nhật, 15/03/2026", "đầu tháng 2", "Lượt xem: 2.117"]))
