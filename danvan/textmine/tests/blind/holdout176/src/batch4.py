from lib import *
PAGES = []

PAGES.append(page("b4199-yenbai-giamsat-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI
Trang chủ » Giám sát và phản biện xã hội
Ngày 24/08/2022 | 09:15
Giám sát việc giải quyết 156 kiến nghị cử tri tại huyện Mù Cang Chải
Trong 2 ngày 22 - 23/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Yên Bái do đồng chí Giàng A Tông, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc giải quyết ý kiến, kiến nghị của cử tri năm 2022 tại huyện Mù Cang Chải. Cùng đi có đồng chí Hoàng Thị Vịnh, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Văn phòng Đoàn ĐBQH và HĐND tỉnh.
Đoàn giám sát làm việc với UBND huyện Mù Cang Chải. Ảnh: Thanh Tân
Cuộc giám sát được thực hiện theo Kế hoạch số 52/KH-MTTQ-BTT ngày 5/7/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Báo cáo của UBND huyện cho biết, từ sau kỳ họp thứ 3 HĐND tỉnh khóa XIX đến nay, huyện nhận 156 kiến nghị của cử tri qua 28 hội nghị tiếp xúc cử tri của đại biểu Quốc hội, đại biểu HĐND tỉnh, huyện; đã giải quyết xong 128 kiến nghị, đạt 82,05%; 21 kiến nghị đang giải quyết và 7 kiến nghị chuyển cấp trên. Nội dung chủ yếu là sửa chữa 14 tuyến đường liên bản bị sạt lở, hỗ trợ 312 hộ Mông di dời khỏi vùng nguy cơ lũ quét, chi trả tiền dịch vụ môi trường rừng chậm.
Tại xã Chế Tạo, ông Mùa A Vảng, Chủ tịch UBND xã cho biết, xã đã sử dụng 1,85 tỷ đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững để làm 6 km đường, hoàn thành 9/11 kiến nghị. Bà Lù Thị Dua, Chủ tịch Ủy ban MTTQ xã Chế Tạo phản ánh 2 bản còn chưa có điện lưới quốc gia. Tại xã Nậm Khắt, ông Sùng A Dê, Bí thư Chi bộ bản Púng Luông, cho biết cử tri rất phấn khởi khi 47 hộ được hỗ trợ 40 triệu đồng/hộ làm nhà theo Nghị quyết số 69/NQ-HĐND của HĐND tỉnh.
Kết luận giám sát, đồng chí Giàng A Tông đề nghị UBND huyện công khai kết quả giải quyết tại các hội nghị tiếp xúc cử tri tiếp theo, trả lời bằng văn bản đối với 100% kiến nghị trước kỳ họp cuối năm 2022; chỉ đạo các xã ưu tiên nguồn lực cho các bản đặc biệt khó khăn. Đoàn sẽ kiến nghị HĐND tỉnh xem xét bố trí vốn cho 3 công trình điện ở xã Chế Tạo và xã Lao Chải.
Năm 2022, Ủy ban MTTQ tỉnh thực hiện 4 cuộc giám sát chuyên đề, Mặt trận cấp huyện 27 cuộc, cấp xã trên 300 cuộc.
Thanh Tân
Lượt xem: 612
Tin khác
- Trạm Tấu: tiếp xúc cử tri trước kỳ họp thứ 8 HĐND tỉnh (12/07/2022)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 khóa XIX (30/06/2022)
- Giám sát thực hiện chính sách đối với người có uy tín (15/06/2022)
""", "2022-08-24", "Giám sát việc giải quyết 156 kiến nghị cử tri tại huyện Mù Cang Chải",
E("giam_sat", "2022", "2022-08-22"),
[P("Giàng A Tông", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Hoàng Thị Vịnh", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Mùa A Vảng", "Chủ tịch UBND xã"),
 P("Lù Thị Dua", "Chủ tịch Ủy ban MTTQ xã Chế Tạo"),
 P("Sùng A Dê", "Bí thư Chi bộ bản Púng Luông")],
[Q("156 kiến nghị", 156, "kiến nghị"), Q("28 hội nghị tiếp xúc cử tri", 28, "hội nghị tiếp xúc cử tri"), Q("128 kiến nghị", 128, "kiến nghị"),
 Q("82,05%", 82.05, "%"), Q("21 kiến nghị", 21, "kiến nghị"), Q("7 kiến nghị", 7, "kiến nghị"), Q("14 tuyến đường liên bản", 14, "tuyến đường liên bản"),
 Q("312 hộ Mông", 312, "hộ Mông"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("6 km", 6, "km"), Q("9/11 kiến nghị", 9, "kiến nghị"),
 Q("2 bản", 2, "bản"), Q("47 hộ", 47, "hộ"), Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("100%", 100, "%"),
 Q("3 công trình điện", 3, "công trình điện"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("27 cuộc", 27, "cuộc"),
 Q("trên 300 cuộc", 300, "cuộc", "over")],
[D("Kế hoạch", "52", "KH-MTTQ-BTT", "2022-07-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 5/7/2022"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Nghị quyết", "69", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 69/NQ-HĐND")],
[prov("Yên Bái"), com("Chế Tạo"), com("Nậm Khắt"), com("Lao Chải")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI", "Trang chủ » Giám sát và phản biện xã hội", "Đoàn giám sát làm việc với UBND huyện Mù Cang Chải. Ảnh: Thanh Tân",
 "Lượt xem: 612", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Ngày 24/08/2022 | 09:15", "2 ngày", "kỳ họp thứ 3", "khóa XIX", "năm 2022", "Năm 2022", "Lượt xem: 612"]))

PAGES.append(page("b4200-binhdinh-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Hoạt động khối dân vận
05/10/2023 08:00
Ảnh: Quang cảnh giao ban.
Khối dân vận: Phối hợp tổ chức 236 hội nghị tiếp xúc cử tri
Ngày 3/10, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị giao ban khối dân vận quý III/2023. Đồng chí Lê Kim Toản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Thu Hà, Nguyễn Văn Đức Huy và lãnh đạo Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội.
Theo báo cáo, trong quý III, Ủy ban MTTQ và các đoàn thể đã phối hợp với Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND các cấp tổ chức 236 hội nghị tiếp xúc cử tri trước và sau kỳ họp; tiếp nhận, tổng hợp 1.042 ý kiến, kiến nghị, trong đó 78 kiến nghị thuộc thẩm quyền Trung ương. Việc lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu theo Quy định số 96-QĐ/TW ngày 2/2/2023 của Bộ Chính trị được Mặt trận giám sát ở 11/11 huyện, thị xã, thành phố.
Tổ dân vận thôn, khu phố đã giải quyết 83 vụ việc mâu thuẫn trong nội bộ nhân dân; Hội Nông dân tỉnh vận động 1.420 hội viên đóng góp trên 3,6 tỷ đồng xây dựng nông thôn mới. Toàn khối có 45 mô hình "Dân vận khéo" được công nhận theo Kế hoạch số 98-KH/BDVTU, 99-KH/BDVTU.
Phát biểu tại giao ban, bà Đinh Thị Hồng Thắm, Chủ tịch Ủy ban MTTQ huyện Vĩnh Thạnh, cho biết nhiều cử tri người Bana ở xã Vĩnh Sơn, xã Vĩnh Kim phản ánh chậm giải quyết đất sản xuất cho 124 hộ đồng bào dân tộc thiểu số; đề nghị HĐND tỉnh đưa vào nội dung giám sát chuyên đề năm 2024. Ông Võ Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Hoài Nhơn, đề xuất tập huấn kỹ năng cho 210 thành viên Ban Thanh tra nhân dân.
Kết luận hội nghị, đồng chí Lê Kim Toản yêu cầu quý IV tập trung chuẩn bị tiếp xúc cử tri sau kỳ họp thứ 6 Quốc hội khóa XV; tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; triển khai Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng tiếp xúc cử tri ở cơ sở. Khối dân vận phấn đấu có ít nhất 50 mô hình "Dân vận khéo" trong năm 2023, mỗi mô hình tiêu biểu được thưởng 2 triệu đồng.
Tại buổi giao ban, Ban Dân vận Tỉnh ủy cũng thống nhất phân công các đồng chí: Trần Thị Thu Hà, Nguyễn Văn Đức Huy phụ trách theo dõi tiếp xúc cử tri tại 4 huyện miền núi Vĩnh Thạnh, An Lão, Vân Canh, Hoài Ân.
Hoài Thu
Lượt xem: 523
Tin liên quan
- Giao ban khối dân vận quý II/2023 (05/07/2023)
- Vĩnh Thạnh: tiếp xúc cử tri vùng đồng bào Bana (14/09/2023)
- Tuyên dương 45 mô hình "Dân vận khéo" (20/08/2023)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy An Lão về công tác dân vận chính quyền (11/08/2023)
""", "2023-10-05", "Khối dân vận: Phối hợp tổ chức 236 hội nghị tiếp xúc cử tri",
E("giao_ban", "2023-Q3", "2023-10-03"),
[P("Lê Kim Toản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Đức Huy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hồng Thắm", "Chủ tịch Ủy ban MTTQ huyện Vĩnh Thạnh"),
 P("Võ Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoài Nhơn")],
[Q("236 hội nghị tiếp xúc cử tri", 236, "hội nghị tiếp xúc cử tri"), Q("1.042 ý kiến, kiến nghị", 1042, "ý kiến, kiến nghị"),
 Q("78 kiến nghị", 78, "kiến nghị"), Q("11/11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("83 vụ việc mâu thuẫn", 83, "vụ việc mâu thuẫn"), Q("1.420 hội viên", 1420, "hội viên"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("45 mô hình", 45, "mô hình"), Q("124 hộ đồng bào dân tộc thiểu số", 124, "hộ đồng bào dân tộc thiểu số"),
 Q("210 thành viên Ban Thanh tra nhân dân", 210, "thành viên Ban Thanh tra nhân dân"), Q("ít nhất 50 mô hình", 50, "mô hình", "over"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("4 huyện miền núi", 4, "huyện miền núi")],
[D("Quy định", "96", "QĐ/TW", "2023-02-02", "Bộ Chính trị", "Quy định số 96-QĐ/TW ngày 2/2/2023"),
 D("Kế hoạch", "98", "KH/BDVTU", None, None, "Kế hoạch số 98-KH/BDVTU, 99-KH/BDVTU"),
 D("Kế hoạch", "99", "KH/BDVTU", None, None, "Kế hoạch số 98-KH/BDVTU, 99-KH/BDVTU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("Vĩnh Kim")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động khối dân vận", "Ảnh: Quang cảnh giao ban.", "Lượt xem: 523", "Dân vận khéo"],
["05/10/2023 08:00", "quý III/2023", "quý III", "quý IV", "kỳ họp thứ 6", "khóa XV", "10 năm", "năm 2024", "năm 2023", "Lượt xem: 523"]))

PAGES.append(page("b4201-phutho-daihoimttqxa-2024", """
ĐẢNG ỦY - HĐND - UBND - UBMTTQ XÃ TU VŨ
Trang chủ :: Tin tức - Sự kiện :: Mặt trận - Đoàn thể
14-06-2024 10:20
Đại hội đại biểu MTTQ Việt Nam xã Tu Vũ lần thứ XX, nhiệm kỳ 2024 - 2029
Ngày 12/6/2024, Ủy ban MTTQ Việt Nam xã Tu Vũ, huyện Thanh Thủy, tỉnh Phú Thọ long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XX, nhiệm kỳ 2024 - 2029. Về dự có đồng chí Đinh Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ huyện Thanh Thủy; các đồng chí: Hà Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã; Đinh Công Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 120 đại biểu đại diện cho hơn 7.800 nhân dân các dân tộc Kinh, Mường, Dao trong xã.
Đoàn Chủ tịch điều hành đại hội.
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2019 - 2024, Mặt trận xã đã chủ trì hiệp thương giới thiệu 25 người ứng cử đại biểu HĐND xã trong cuộc bầu cử năm 2021, bầu đủ 15 đại biểu; tỷ lệ cử tri đi bầu đạt 99,85%. Mặt trận phối hợp tổ chức 18 hội nghị tiếp xúc cử tri, tổng hợp 146 ý kiến, kiến nghị; chủ trì 5 cuộc giám sát, 2 hội nghị phản biện xã hội dự thảo nghị quyết của HĐND xã. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được hưởng ứng, nhân dân hiến trên 4.200 m2 đất, góp hơn 1,3 tỷ đồng làm đường; Quỹ "Vì người nghèo" vận động được 412 triệu đồng, hỗ trợ làm mới 6 nhà Đại đoàn kết, giảm tỷ lệ hộ nghèo còn 2,1%.
Phát biểu chỉ đạo, đồng chí Hà Văn Sơn đề nghị Mặt trận nhiệm kỳ mới phát huy vai trò giám sát, phản biện theo Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị; chuẩn bị tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031.
Đại hội đã hiệp thương dân chủ cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XX. Hội nghị lần thứ nhất Ủy ban MTTQ xã đã hiệp thương cử Ban Thường trực gồm 3 vị; bà Đinh Thị Lan được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Tu Vũ khóa XX; các ông Hà Quang Vinh, Đinh Văn Toàn giữ chức Phó Chủ tịch. Đại hội cũng bầu 6 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Thanh Thủy lần thứ XXIII.
Đại hội được tổ chức theo Kế hoạch số 15-KH/ĐU của Đảng ủy xã và Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện. Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 4 tập thể, 7 cá nhân có thành tích xuất sắc nhiệm kỳ 2019 - 2024.
Ban Biên tập
Lượt truy cập: 1.984
Tin khác
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 9 HĐND xã (28/05/2024)
- Xã Tu Vũ ra quân Tháng hành động vì môi trường (05/06/2024)
- Khu 4 tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2023)
- Hội nghị Ủy ban MTTQ xã lần thứ nhất, khóa XX hiệp thương cử Ban Thường trực (12/06/2024)
""", "2024-06-14", "Đại hội đại biểu MTTQ Việt Nam xã Tu Vũ lần thứ XX, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-12"),
[P("Đinh Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ huyện Thanh Thủy"),
 P("Hà Văn Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đinh Công Tuấn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tu Vũ khóa XX"),
 P("Hà Quang Vinh", "Phó Chủ tịch"), P("Đinh Văn Toàn", "Phó Chủ tịch")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 7.800 nhân dân", 7800, "nhân dân", "over"), Q("25 người", 25, "người"),
 Q("15 đại biểu", 15, "đại biểu"), Q("99,85%", 99.85, "%"), Q("18 hội nghị tiếp xúc cử tri", 18, "hội nghị tiếp xúc cử tri"),
 Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"), Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
 Q("trên 4.200 m2", 4200, "m2", "over"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("6 nhà Đại đoàn kết", 6, "nhà Đại đoàn kết"), Q("2,1%", 2.1, "%"), Q("35 vị", 35, "vị"), Q("3 vị", 3, "vị"),
 Q("6 đại biểu", 6, "đại biểu"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn số 08/HD-MTTQ-BTT")],
[prov("Phú Thọ"), com("Tu Vũ")],
["ĐẢNG ỦY - HĐND - UBND - UBMTTQ XÃ TU VŨ", "Trang chủ :: Tin tức - Sự kiện :: Mặt trận - Đoàn thể", "Đoàn Chủ tịch điều hành đại hội.",
 "Lượt truy cập: 1.984", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo"],
["14-06-2024 10:20", "lần thứ XX", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "năm 2021", "nhiệm kỳ 2026 - 2031", "khóa XX", "lần thứ nhất", "lần thứ XXIII", "Lượt truy cập: 1.984"]))

PAGES.append(page("b4202-tuyenquang-hiepthuonglan1-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự > Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp
Thứ Sáu, 12/12/2025, 06:45
Ảnh: Các đại biểu biểu quyết thông qua biên bản hội nghị.
Hiệp thương lần thứ nhất: Dự kiến cơ cấu, thành phần 75 đại biểu HĐND tỉnh khóa I
Chiều 11/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị hiệp thương lần thứ nhất, thỏa thuận về cơ cấu, thành phần, số lượng người của các cơ quan, tổ chức, đơn vị được giới thiệu ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031. Đây là cuộc bầu cử đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, thực hiện mô hình chính quyền địa phương 2 cấp.
Chủ trì hội nghị có các đồng chí: Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hoàng Thị Nga, Vi Văn Sinh - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự hội nghị có đồng chí Lò Thị Mai Lan, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh và 96 đại biểu.
Căn cứ Nghị quyết số 199/2025/QH15 của Quốc hội về ngày bầu cử, Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Chỉ thị số 46-CT/TW của Bộ Chính trị, hội nghị đã thống nhất: tỉnh Tuyên Quang được bầu 9 đại biểu Quốc hội, trong đó dự kiến 5 người do Trung ương giới thiệu, 4 người do địa phương giới thiệu; HĐND tỉnh khóa I được bầu 75 đại biểu ở 23 đơn vị bầu cử, dự kiến giới thiệu 125 người ứng cử. Cơ cấu người ứng cử là nữ ít nhất 35%, người dân tộc thiểu số không dưới 40%, người ngoài Đảng khoảng 10%, người trẻ tuổi dưới 40 tuổi ít nhất 15%.
Thảo luận tại hội nghị, ông Sùng Mí Vàng, Chủ tịch Ủy ban MTTQ xã Đồng Văn, cho biết xã có 18 thôn với trên 14.000 cử tri người Mông, đề nghị bố trí người ứng cử HĐND tỉnh am hiểu phong tục vùng cao núi đá. Bà Ma Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ phường Minh Xuân, đề nghị tăng số người ứng cử là đại diện doanh nghiệp và trí thức trẻ.
Toàn tỉnh dự kiến có khoảng 1.210.000 cử tri ở 124 xã, phường. Đến nay, tất cả các xã, phường đã tổ chức hội nghị hiệp thương lần thứ nhất cấp xã theo Hướng dẫn số 15/HD-MTTW-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Kết luận hội nghị, đồng chí Vương Ngọc Hà đề nghị các cơ quan, tổ chức, đơn vị thực hiện đúng quy trình giới thiệu người ứng cử theo Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy; hội nghị hiệp thương lần thứ hai dự kiến tổ chức trước ngày 3/2/2026.
Thu Phương - Hà Giang
Lượt xem: 2.771
Tin liên quan
- Thành lập Ủy ban bầu cử tỉnh gồm 27 thành viên (05/12/2025)
- Tập huấn nghiệp vụ bầu cử cho 124 xã, phường (28/11/2025)
- Tỉnh ủy quán triệt Chỉ thị của Bộ Chính trị về lãnh đạo cuộc bầu cử (14/11/2025)
""", "2025-12-12", "Hiệp thương lần thứ nhất: Dự kiến cơ cấu, thành phần 75 đại biểu HĐND tỉnh khóa I",
E("hoi_nghi", None, "2025-12-11"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Vi Văn Sinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Mai Lan", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Sùng Mí Vàng", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Ma Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ phường Minh Xuân")],
[Q("75 đại biểu", 75, "đại biểu"), Q("96 đại biểu", 96, "đại biểu"), Q("9 đại biểu Quốc hội", 9, "đại biểu Quốc hội"),
 Q("5 người", 5, "người"), Q("4 người", 4, "người"), Q("23 đơn vị bầu cử", 23, "đơn vị bầu cử"), Q("125 người", 125, "người"),
 Q("ít nhất 35%", 35, "%", "over"), Q("không dưới 40%", 40, "%", "over"), Q("khoảng 10%", 10, "%", "approx"),
 Q("ít nhất 15%", 15, "%", "over"), Q("18 thôn", 18, "thôn"), Q("trên 14.000 cử tri", 14000, "cử tri", "over"),
 Q("khoảng 1.210.000 cử tri", 1210000, "cử tri", "approx"), Q("124 xã, phường", 124, "xã, phường")],
[D("Nghị quyết", "199", "2025/QH15", None, "Quốc hội", "Nghị quyết số 199/2025/QH15"),
 D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 46-CT/TW"),
 D("Hướng dẫn", "15", "HD-MTTW-BTT", "2025-10-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 15/HD-MTTW-BTT ngày 20/10/2025"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Minh Xuân")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự > Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp",
 "Ảnh: Các đại biểu biểu quyết thông qua biên bản hội nghị.", "Lượt xem: 2.771"],
["Thứ Sáu, 12/12/2025, 06:45", "lần thứ nhất", "khóa XVI", "khóa I", "nhiệm kỳ 2026 - 2031", "2 cấp", "dưới 40 tuổi", "lần thứ hai", "ngày 3/2/2026", "Lượt xem: 2.771"]))

PAGES.append(page("b4203-vinhlong-cutrinoicutru-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Trang chủ › Chính trị › Bầu cử 2026
Thứ Sáu, 06/02/2026 - 17:30
Cử tri khóm 3 phường Nguyệt Hóa biểu quyết bằng hình thức giơ tay. Ảnh: Thạch Phương
Vĩnh Long: Lấy ý kiến cử tri nơi cư trú đối với 17 người ứng cử đại biểu Quốc hội
Từ ngày 2 đến 5/2/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ và UBND các xã, phường tổ chức 17 hội nghị lấy ý kiến, nhận xét và mức độ tín nhiệm của cử tri nơi cư trú đối với 17 người được dự kiến giới thiệu ứng cử đại biểu Quốc hội khóa XVI. 100% người được giới thiệu đều đạt sự tín nhiệm trên 95% số cử tri dự hội nghị.
Tại khóm 3, phường Nguyệt Hóa, hội nghị có 112/136 cử tri được triệu tập tham dự đã nhận xét đối với ông Thạch Sơn Rươne, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh. Cử tri Kim Thị Sa Phi, Trưởng Ban công tác Mặt trận khóm 3, cho biết ông Sơn Rươne gần gũi đồng bào Khmer, nhiều năm vận động 27 chùa Phật giáo Nam tông Khmer mở lớp dạy chữ Khmer hè. Kết quả 112/112 cử tri tín nhiệm.
Ở ấp Phú Hòa, xã Long Hiệp, cử tri nhận xét về bà Nguyễn Thị Ngọc Bích, Phó Giám đốc Sở Nội vụ tỉnh Vĩnh Long; tại khu phố 2, phường An Hội, cử tri nhận xét về ông Lê Hoàng Minh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, người được dự kiến giới thiệu ứng cử đại biểu Quốc hội tại đơn vị bầu cử số 2 (khu vực tỉnh Bến Tre cũ). Có 2 ý kiến cử tri đề nghị làm rõ việc kê khai tài sản, đã được cơ quan có thẩm quyền xác minh trước hội nghị hiệp thương lần thứ ba.
Bà Huỳnh Thị Kim Hằng, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh cho biết, các hội nghị thực hiện đúng Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 15/HD-MTTW-BTT; riêng cấp xã, 124 xã, phường đã tổ chức 1.316 hội nghị cử tri đối với 3.742 người được giới thiệu ứng cử đại biểu HĐND xã, phường; 9 người không đạt quá 50% tín nhiệm.
Tỉnh Vĩnh Long (mới) được bầu 14 đại biểu Quốc hội ở 5 đơn vị bầu cử và 85 đại biểu HĐND tỉnh; có khoảng 3.120.000 cử tri. Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 08/KH-MTTQ-BTT ngày 12/01/2026, phân công 6 đoàn giám sát hội nghị cử tri tại các xã có đông đồng bào Khmer như xã Hòa Minh, xã Long Hiệp.
Hội nghị hiệp thương lần thứ ba cấp tỉnh sẽ được tổ chức vào ngày 12/2/2026.
Thạch Phương - Thanh Tâm
Lượt xem: 3.418
Tin liên quan
- Hiệp thương lần thứ hai: 17 người ứng cử đại biểu Quốc hội khóa XVI (21/01/2026)
- Cử tri nơi công tác nhận xét người ứng cử (30/01/2026)
- Sư sãi Khmer tuyên truyền bầu cử bằng song ngữ (26/01/2026)
""", "2026-02-06", "Vĩnh Long: Lấy ý kiến cử tri nơi cư trú đối với 17 người ứng cử đại biểu Quốc hội",
E("hoi_nghi", None, "2026-02-02"),
[P("Thạch Sơn Rươne", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Sa Phi", "Trưởng Ban công tác Mặt trận khóm 3"),
 P("Nguyễn Thị Ngọc Bích", "Phó Giám đốc Sở Nội vụ tỉnh Vĩnh Long"),
 P("Lê Hoàng Minh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Kim Hằng", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("17 người", 17, "người"), Q("17 hội nghị", 17, "hội nghị"), Q("100%", 100, "%"), Q("trên 95%", 95, "%", "over"),
 Q("112/136 cử tri", 112, "cử tri"), Q("27 chùa Phật giáo Nam tông Khmer", 27, "chùa Phật giáo Nam tông Khmer"),
 Q("112/112 cử tri", 112, "cử tri"), Q("2 ý kiến", 2, "ý kiến"), Q("124 xã, phường", 124, "xã, phường"),
 Q("1.316 hội nghị cử tri", 1316, "hội nghị cử tri"), Q("3.742 người", 3742, "người"), Q("9 người", 9, "người"),
 Q("quá 50%", 50, "%", "over"), Q("14 đại biểu Quốc hội", 14, "đại biểu Quốc hội"), Q("5 đơn vị bầu cử", 5, "đơn vị bầu cử"),
 Q("85 đại biểu", 85, "đại biểu"), Q("khoảng 3.120.000 cử tri", 3120000, "cử tri", "approx"), Q("6 đoàn giám sát", 6, "đoàn giám sát")],
[D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "15", "HD-MTTW-BTT", None, None, "Hướng dẫn số 15/HD-MTTW-BTT"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2026-01-12", "Ủy ban MTTQ tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 12/01/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), com("Nguyệt Hóa"), com("Long Hiệp"), com("An Hội"), com("Hòa Minh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Trang chủ › Chính trị › Bầu cử 2026",
 "Cử tri khóm 3 phường Nguyệt Hóa biểu quyết bằng hình thức giơ tay. Ảnh: Thạch Phương", "Lượt xem: 3.418", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Sáu, 06/02/2026 - 17:30", "khóa XVI", "khóm 3", "khu phố 2", "đơn vị bầu cử số 2", "lần thứ ba", "ngày 12/2/2026", "Lượt xem: 3.418"]))

PAGES.append(page("b4204-lamdong-ngaybaucu-2026", """
Báo Lâm Đồng điện tử
Chính trị › Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031
Chủ Nhật, 15/03/2026 - 20:45
Lâm Đồng: Hơn 2,4 triệu cử tri đi bầu, đạt 99,32%
(LĐ online) - Theo báo cáo nhanh của Ủy ban bầu cử tỉnh Lâm Đồng, đến 19 giờ ngày 15/3/2026, toàn tỉnh có 2.431.806 cử tri đã đi bầu, đạt 99,32%. 3.164 khu vực bỏ phiếu tại 124 xã, phường, đặc khu kết thúc bỏ phiếu an toàn; hơn 2,4 triệu cử tri đã bầu 14 đại biểu Quốc hội khóa XVI, 85 đại biểu HĐND tỉnh và đại biểu HĐND 124 xã, phường, đặc khu.
Già làng Ha Prông bỏ phiếu tại khu vực bỏ phiếu số 1, xã Lạc Dương. Ảnh: Văn Báu
Đây là cuộc bầu cử đầu tiên của tỉnh Lâm Đồng sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Tại khu vực bỏ phiếu số 3, phường Xuân Hương - Đà Lạt, các đồng chí: Y Khoa Niê Kđăm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Hồ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh đã bỏ phiếu, sau đó đi kiểm tra tại phường Bắc Gia Nghĩa và phường Phan Thiết.
Ở xã Lạc Dương, già làng Ha Prông, 87 tuổi, người có uy tín bon Đưng K'Si, cho biết: "Bon có 426 cử tri người K'Ho, tôi cùng Ban công tác Mặt trận đi từng nhà nhắc bà con mặc áo thổ cẩm đi bầu". Bà Kră Jăn Dương, Chủ tịch Ủy ban MTTQ xã Lạc Dương, Tổ trưởng Tổ bầu cử số 1, cho biết đến 9 giờ sáng, khu vực đã có 100% cử tri bỏ phiếu.
Tại xã Quảng Trực, nơi có đông đồng bào Mnông, ông Điểu Ron, Bí thư Đảng ủy xã, cho biết Đồn Biên phòng Bu Prăng đã cử 25 cán bộ, chiến sĩ mang 3 hòm phiếu phụ đến 64 cử tri ốm đau, già yếu. Tại đặc khu Phú Quý, 22.180 cử tri bỏ phiếu đạt 99,8%.
Theo ông Nguyễn Văn Yên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, trong ngày bầu cử, 9 đoàn kiểm tra, giám sát của tỉnh đã làm việc tại 48 xã, phường; không phát hiện sai phạm nghiêm trọng. Có 5 khu vực bỏ phiếu phải kéo dài thời gian bỏ phiếu do mưa lớn theo Quyết định số 36/QĐ-UBBC của Ủy ban bầu cử tỉnh. Việc bầu cử thực hiện theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND, Nghị quyết số 41/NQ-HĐBCQG ngày 17/11/2025 của Hội đồng bầu cử quốc gia và Kế hoạch số 21-KH/TU của Ban Thường vụ Tỉnh ủy.
Kết quả bầu cử đại biểu HĐND tỉnh sẽ được công bố chậm nhất ngày 24/3/2026.
Văn Báu - K'Linh
Lượt xem: 8.062
Tin khác
- Đặc khu Phú Quý sẵn sàng cho ngày bầu cử (13/03/2026)
- Niêm yết danh sách 25 người ứng cử đại biểu Quốc hội (24/02/2026)
- Đoàn viên thanh niên hỗ trợ cử tri ở các bon, buôn (14/03/2026)
- Kiểm tra công tác chuẩn bị bầu cử tại phường Bắc Gia Nghĩa (10/03/2026)
""", "2026-03-15", "Lâm Đồng: Hơn 2,4 triệu cử tri đi bầu, đạt 99,32%",
E("khac", None, "2026-03-15"),
[P("Ha Prông", "già làng", "người có uy tín bon Đưng K'Si"),
 P("Y Khoa Niê Kđăm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hồ Văn Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Kră Jăn Dương", "Chủ tịch Ủy ban MTTQ xã Lạc Dương", "Tổ trưởng Tổ bầu cử số 1"),
 P("Điểu Ron", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Yên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("Hơn 2,4 triệu cử tri", 2400000, "cử tri", "over"), Q("99,32%", 99.32, "%"), Q("2.431.806 cử tri", 2431806, "cử tri"),
 Q("3.164 khu vực bỏ phiếu", 3164, "khu vực bỏ phiếu"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("14 đại biểu Quốc hội", 14, "đại biểu Quốc hội"), Q("85 đại biểu", 85, "đại biểu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("426 cử tri", 426, "cử tri"), Q("100%", 100, "%"), Q("25 cán bộ, chiến sĩ", 25, "cán bộ, chiến sĩ"), Q("3 hòm phiếu phụ", 3, "hòm phiếu phụ"),
 Q("64 cử tri", 64, "cử tri"), Q("22.180 cử tri", 22180, "cử tri"), Q("99,8%", 99.8, "%"),
 Q("9 đoàn kiểm tra, giám sát", 9, "đoàn kiểm tra, giám sát"), Q("48 xã, phường", 48, "xã, phường"), Q("5 khu vực bỏ phiếu", 5, "khu vực bỏ phiếu")],
[D("Quyết định", "36", "QĐ-UBBC", None, "Ủy ban bầu cử tỉnh", "Quyết định số 36/QĐ-UBBC"),
 D("Nghị quyết", "41", "NQ-HĐBCQG", "2025-11-17", "Hội đồng bầu cử quốc gia", "Nghị quyết số 41/NQ-HĐBCQG ngày 17/11/2025"),
 D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 21-KH/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Xuân Hương - Đà Lạt"), com("Bắc Gia Nghĩa"),
 com("Phan Thiết"), com("Quảng Trực"), com("Phú Quý")],
["Báo Lâm Đồng điện tử", "Chính trị › Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031", "(LĐ online)",
 "Già làng Ha Prông bỏ phiếu tại khu vực bỏ phiếu số 1, xã Lạc Dương. Ảnh: Văn Báu", "Lượt xem: 8.062",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND", "Đồn Biên phòng Bu Prăng"],
["Chủ Nhật, 15/03/2026 - 20:45", "19 giờ", "khóa XVI", "khu vực bỏ phiếu số 3", "87 tuổi", "Tổ bầu cử số 1", "9 giờ", "ngày 24/3/2026", "Lượt xem: 8.062"]))
