from lib import *
PAGES = []

PAGES.append(page("b9551-tuyenquang-btgdv-gopy-vankien-tinh-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch Hà Giang - Tuyên Quang
Thứ Năm, 14/08/2025 - 15:30
Trang chủ > Chính trị > Xây dựng Đảng
Người có uy tín vùng cao nguyên đá góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh
Ngày 13/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị lấy ý kiến người có uy tín, chức sắc tôn giáo, trí thức và doanh nhân vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Đồng chí Ma Thị Nguyệt, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Gần 180 đại biểu dự tại hội trường và điểm cầu phường Hà Giang 1.
Ông Vàng Mí Sử phát biểu góp ý tại hội nghị. Ảnh: Thanh Phúc
Hội nghị được tổ chức theo Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 12-KH/TU ngày 18/7/2025 của Ban Thường vụ Tỉnh ủy. Đến nay dự thảo đã được gửi tới 124 xã, phường; các đảng ủy xã, phường đã tổng hợp được hơn 2.100 ý kiến góp ý của cán bộ, đảng viên và nhân dân.
Góp ý tại hội nghị, ông Vàng Mí Sử, người có uy tín thôn Lũng Táo, xã Đồng Văn, đề nghị văn kiện dành riêng một nhiệm vụ về giữ nước cho vùng cao nguyên đá: "Mùa khô, nhiều thôn phải mua nước 150.000 đồng/khối, bà con khổ lắm". Ông Bàn Văn Tiến, Bí thư Đảng ủy xã Mèo Vạc, đề xuất đưa chỉ tiêu xóa nhà tạm gắn với sắp xếp dân cư vùng có nguy cơ sạt lở vào nhóm chỉ tiêu chủ yếu.
Bà Sùng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho rằng sau hợp nhất, tỉnh có diện tích rộng, địa bàn chia cắt, nên văn kiện cần nêu rõ giải pháp để chính quyền xã gần dân, phục vụ dân, nhất là ở những xã cách trung tâm tỉnh trên 250 km. Linh mục Giuse Hoàng Văn Khải, Quản xứ giáo xứ Tuyên Quang, đề nghị bổ sung nội dung phát huy nguồn lực của các tôn giáo trong giáo dục, chăm sóc người yếu thế.
TS. Nguyễn Văn Hưng, Hiệu trưởng Trường Đại học Tân Trào, góp ý về chỉ tiêu tăng trưởng GRDP bình quân 10%/năm: cần phân tích rõ dư địa tăng trưởng của du lịch, thủy điện và kinh tế cửa khẩu để mục tiêu khả thi. Ông Lò Văn Pháy, người có uy tín dân tộc Lô Lô ở thôn Lũng Cú, xã Lũng Cú, mong văn kiện nhắc tới việc bảo tồn tiếng nói, trang phục của các dân tộc rất ít người.
Kết luận hội nghị, đồng chí Ma Thị Nguyệt cho biết 31 ý kiến phát biểu và các tham luận sẽ được tiếp thu, tổng hợp theo Hướng dẫn số 03-HD/BTGDVTU, báo cáo Tiểu ban Văn kiện trước ngày 25/8/2025.
Thanh Phúc
Lượt xem: 2.317
Tin liên quan
- Lấy ý kiến nhân dân về dự thảo văn kiện tại các xã biên giới (08/08/2025)
- Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang khóa mới ra mắt (02/07/2025)
- Trao 300 suất quà cho người có uy tín dịp hợp nhất tỉnh (30/06/2025)
""", "2025-08-14", "Người có uy tín vùng cao nguyên đá góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh",
E("hoi_nghi", None, "2025-08-13"),
[P("Ma Thị Nguyệt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Sử", "người có uy tín thôn Lũng Táo"),
 P("Bàn Văn Tiến", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Giuse Hoàng Văn Khải", "Linh mục", "Quản xứ giáo xứ Tuyên Quang"),
 P("Nguyễn Văn Hưng", "TS.", "Hiệu trưởng Trường Đại học Tân Trào"),
 P("Lò Văn Pháy", "người có uy tín dân tộc Lô Lô ở thôn Lũng Cú")],
[Q("Gần 180 đại biểu", 180, "đại biểu", "approx"), Q("124 xã, phường", 124, "xã, phường"),
 Q("hơn 2.100 ý kiến góp ý", 2100, "ý kiến", "over"), Q("150.000 đồng", 150000, "đồng"),
 Q("trên 250 km", 250, "km", "over"), Q("10%/năm", 10, "%"), Q("31 ý kiến phát biểu", 31, "ý kiến")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/TU", "2025-07-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 18/7/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Đồng Văn"), com("Mèo Vạc"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch Hà Giang - Tuyên Quang",
 "Trang chủ > Chính trị > Xây dựng Đảng", "Ông Vàng Mí Sử phát biểu góp ý tại hội nghị. Ảnh: Thanh Phúc", "Lượt xem: 2.317", "Tiểu ban Văn kiện"],
["Thứ Năm, 14/08/2025 - 15:30", "lần thứ XVIII", "nhiệm kỳ 2025 - 2030", "lần thứ XIV", "ngày 25/8/2025", "Lượt xem: 2.317"]))

PAGES.append(page("b9552-vinhlong-mttq-gopy-vankien-xiv-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Giám sát - Phản biện | Văn bản
24/10/2025 | 09:10
Tin tức - Sự kiện / Góp ý văn kiện Đại hội XIV
Đồng bào Khmer, chức sắc tôn giáo góp ý dự thảo văn kiện Đại hội XIV của Đảng
Ngày 23/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị lấy ý kiến của chức sắc, chức việc các tôn giáo, người có uy tín trong đồng bào Khmer và đại diện các tổ chức chính trị - xã hội vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đồng chí Trần Văn Lâu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hơn 200 đại biểu đến từ các xã, phường của ba tỉnh cũ Vĩnh Long, Bến Tre, Trà Vinh tham dự.
Quang cảnh hội nghị. Ảnh: Thạch Nhân
Thực hiện Hướng dẫn số 39-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương và Kế hoạch số 05-KH/MTTQ-BTT ngày 14/10/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, từ ngày 15/10 các dự thảo đã được công bố rộng rãi để nhân dân góp ý đến hết ngày 15/11/2025. Sau hơn một tuần, Mặt trận các cấp đã tiếp nhận hơn 18.000 ý kiến qua hội nghị, phiếu và nền tảng trực tuyến.
Tại hội nghị, Hòa thượng Thạch Sophon, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, bày tỏ đồng tình với mục tiêu đến năm 2030 Việt Nam trở thành nước đang phát triển có công nghiệp hiện đại, thu nhập trung bình cao; đề nghị văn kiện tiếp tục nhấn mạnh chính sách đào tạo, sử dụng cán bộ người dân tộc thiểu số. Ông Kim Ngọc Sang, người có uy tín ấp Sóc Ruộng, xã Tập Ngãi, mong có giải pháp giữ gìn chữ viết Khmer trong trường học, nhất là ở các xã có trên 30% dân số là đồng bào Khmer.
Bà Sơn Thị Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị bổ sung giải pháp cụ thể ứng phó xâm nhập mặn, vì mùa khô năm nay nhiều ấp ven biển thiếu nước ngọt. Linh mục Phêrô Nguyễn Văn Tuấn, Quản xứ giáo xứ Cái Mơn, góp ý việc phát huy vai trò của các tổ chức tôn giáo trong y tế, giáo dục, từ thiện xã hội.
Ông Huỳnh Thanh Tùng, Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Long, phản ánh ý kiến cử tri: người dân quan tâm nhiều nhất đến nội dung chống lãng phí và xây dựng chính quyền địa phương 2 cấp hoạt động hiệu quả, "xã phải giải quyết hồ sơ nhanh hơn khi không còn huyện".
Phát biểu kết luận, đồng chí Trần Văn Lâu ghi nhận 46 ý kiến phát biểu tại hội nghị, đề nghị Mặt trận các xã, phường tiếp tục phát phiếu góp ý tới từng hộ, bảo đảm khách quan, trung thực, báo cáo kết quả về Ban Thường trực trước ngày 18/11/2025.
Thạch Nhân
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long triển khai nhiệm vụ sau hợp nhất (10/07/2025)
- Trao 500 phần quà cho đồng bào Khmer nhân lễ Sene Dolta (18/09/2025)
- Xã Tập Ngãi ra mắt mô hình "Phum sóc bình yên" (03/09/2025)
""", "2025-10-24", "Đồng bào Khmer, chức sắc tôn giáo góp ý dự thảo văn kiện Đại hội XIV của Đảng",
E("hoi_nghi", None, "2025-10-23"),
[P("Trần Văn Lâu", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sophon", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Ngọc Sang", "người có uy tín ấp Sóc Ruộng"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phêrô Nguyễn Văn Tuấn", "Linh mục", "Quản xứ giáo xứ Cái Mơn"),
 P("Huỳnh Thanh Tùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Giao Long")],
[Q("Hơn 200 đại biểu", 200, "đại biểu", "over"), Q("hơn 18.000 ý kiến", 18000, "ý kiến", "over"),
 Q("trên 30%", 30, "%", "over"), Q("46 ý kiến phát biểu", 46, "ý kiến")],
[D("Hướng dẫn", "39", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 39-HD/BTGDVTW"),
 D("Kế hoạch", "05", "KH/MTTQ-BTT", "2025-10-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 05-KH/MTTQ-BTT ngày 14/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Ngãi"), com("Giao Long")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Giám sát - Phản biện | Văn bản",
 "Tin tức - Sự kiện / Góp ý văn kiện Đại hội XIV", "Quang cảnh hội nghị. Ảnh: Thạch Nhân", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["24/10/2025 | 09:10", "lần thứ XIV", "ngày 15/10", "ngày 15/11/2025", "hơn một tuần", "năm 2030", "2 cấp", "ngày 18/11/2025"]))

PAGES.append(page("b9553-lamdong-mttq-phanbien-thon-tdp-2025", """
Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Chính trị | Mặt trận - Đoàn thể
2025-11-19 17:05
Phản biện chính sách hỗ trợ người hoạt động không chuyên trách ở thôn, tổ dân phố
Chiều 18/11, tại phường Xuân Hương - Đà Lạt, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chức danh, mức phụ cấp và mức khoán kinh phí đối với người hoạt động không chuyên trách ở thôn, tổ dân phố. Đồng chí K'Mai Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chủ trì hội nghị.
Đồng chí K'Mai Liên phát biểu kết luận hội nghị.
Theo Tờ trình số 145/TTr-UBND ngày 3/11/2025 của UBND tỉnh, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và sắp xếp còn 124 xã, phường, đặc khu, toàn tỉnh có gần 4.000 thôn, tổ dân phố. Dự thảo được xây dựng căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Nghị định số 33/2023/NĐ-CP của Chính phủ, đề xuất mức khoán kinh phí hoạt động 6,5 triệu đồng/thôn/tháng đối với thôn có từ 350 hộ trở lên; tổng kinh phí dự kiến khoảng 310 tỷ đồng mỗi năm.
Phản biện tại hội nghị, ông Điểu K'Ré, Chủ tịch Ủy ban MTTQ Việt Nam xã Nhân Cơ, cho rằng dự thảo mới tính theo số hộ mà chưa tính địa bàn: nhiều bon của đồng bào Mnông ở xa, dân cư thưa nhưng cán bộ thôn phải đi lại rất vất vả; đề nghị có hệ số điều chỉnh cho thôn vùng đặc biệt khó khăn. Bà Thông Thị Mỹ Lệ, Phó Chủ tịch UBND xã Bắc Bình, đề nghị giữ chức danh Trưởng ban công tác Mặt trận thôn hưởng phụ cấp riêng, không gộp với Phó trưởng thôn.
Ông Ha Sơn Tuấn, người có uy tín thôn Đưng K'Si, xã Lạc Dương, chia sẻ: "Trưởng thôn ở đây vừa làm việc nhà nước, vừa hòa giải, vừa giữ rừng, phụ cấp thấp quá thì không ai muốn làm". TS. Phan Đức Hải, nguyên Phó Hiệu trưởng Trường Chính trị tỉnh, phân tích: mức khoán chung cho cả ba vùng cũ chưa tính đến chênh lệch chi phí; đề nghị chia ít nhất 3 mức theo quy mô và điều kiện kinh tế - xã hội.
Bà Nguyễn Thị Mai Trâm, Phó Giám đốc Sở Nội vụ, đại diện cơ quan soạn thảo, tiếp thu ý kiến và cho biết sẽ nghiên cứu thêm hệ số cho các thôn biên giới, vùng đồng bào dân tộc thiểu số.
Kết luận hội nghị, đồng chí K'Mai Liên cho biết hội nghị ghi nhận 17 ý kiến phản biện; Ủy ban MTTQ tỉnh sẽ có văn bản phản biện gửi UBND tỉnh và Thường trực HĐND tỉnh trước kỳ họp cuối năm 2025 theo quy định của Luật Mặt trận Tổ quốc Việt Nam.
Văn Hoàng
Lượt xem: 1.604
Tin liên quan
- Giám sát việc vận hành chính quyền 2 cấp tại các xã vùng xa (11/11/2025)
- Mặt trận tỉnh Lâm Đồng trao 1.200 suất học bổng cho học sinh nghèo (05/11/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 2 (29/10/2025)
""", "2025-11-19", "Phản biện chính sách hỗ trợ người hoạt động không chuyên trách ở thôn, tổ dân phố",
E("hoi_nghi", None, "2025-11-18"),
[P("K'Mai Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Ré", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nhân Cơ"),
 P("Thông Thị Mỹ Lệ", "Phó Chủ tịch UBND xã Bắc Bình"),
 P("Ha Sơn Tuấn", "người có uy tín thôn Đưng K'Si"),
 P("Phan Đức Hải", "TS.", "nguyên Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Nguyễn Thị Mai Trâm", "Phó Giám đốc Sở Nội vụ")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("gần 4.000 thôn, tổ dân phố", 4000, "thôn, tổ dân phố", "approx"),
 Q("6,5 triệu đồng", 6500000, "đồng"), Q("từ 350 hộ trở lên", 350, "hộ", "over"),
 Q("khoảng 310 tỷ đồng", 310000000000, "đồng", "approx"), Q("ít nhất 3 mức", 3, "mức", "over"),
 Q("17 ý kiến phản biện", 17, "ý kiến phản biện")],
[D("Tờ trình", "145", "TTr-UBND", "2025-11-03", "UBND tỉnh", "Tờ trình số 145/TTr-UBND ngày 3/11/2025"),
 D("Luật", "72", "2025/QH15", None, None, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
 D("Nghị định", "33", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 33/2023/NĐ-CP")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Nhân Cơ"), com("Bắc Bình"), com("Lạc Dương")],
["Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Chính trị | Mặt trận - Đoàn thể",
 "Đồng chí K'Mai Liên phát biểu kết luận hội nghị.", "Lượt xem: 1.604", "Luật Mặt trận Tổ quốc Việt Nam", "Sở Nội vụ"],
["2025-11-19 17:05", "mỗi năm", "cuối năm 2025", "Lượt xem: 1.604"]))

PAGES.append(page("b9554-dongnai-mttq-tongket-2025", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai
Hôm nay: Thứ Bảy, 27/12/2025
Trang chủ » Tin tức » Hoạt động Mặt trận tỉnh
Thứ Sáu, 26/12/2025 - 07:50
Toàn cảnh hội nghị tổng kết.
Mặt trận tỉnh triển khai nhiệm vụ năm 2026
Ngày 25/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu hoạt động đầy đủ theo mô hình mới sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025, Mặt trận và các tổ chức chính trị - xã hội trực thuộc đã hoàn thành việc sắp xếp bộ máy; tham gia góp ý dự thảo sửa đổi, bổ sung một số điều của Hiến pháp với hơn 2,9 triệu lượt ý kiến; tổ chức 1.850 hội nghị lấy ý kiến góp ý dự thảo văn kiện Đại hội XIV của Đảng và văn kiện đại hội đảng bộ các cấp. Mặt trận các cấp chủ trì 2.316 cuộc giám sát, 74 hội nghị phản biện xã hội; 94,5% kiến nghị sau giám sát được tiếp thu, trả lời.
Nổi bật là phản biện dự thảo Đề án sắp xếp, bố trí trụ sở dôi dư sau hợp nhất, trong đó Mặt trận đề nghị ưu tiên chuyển 126 trụ sở cũ thành trường học, trạm y tế, nhà văn hóa; đề nghị này được UBND tỉnh tiếp thu trong Kế hoạch số 318/KH-UBND. Ban Thường vụ Tỉnh ủy cũng ban hành Quy định số 07-QĐi/TU về trách nhiệm người đứng đầu trong tiếp nhận, giải quyết ý kiến phản biện của Mặt trận.
Tại hội nghị, ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết sau sắp xếp xã rộng hơn 600 km2, Ban Công tác Mặt trận ở 22 thôn, sóc là "cánh tay nối dài" để lấy ý kiến của đồng bào S'tiêng. Bà Lâm Thị Kim Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước, chia sẻ cách dùng nhóm Zalo khu phố để lấy ý kiến nhanh về dự thảo quy chế phối hợp của phường.
Ông Phạm Văn Đức, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh, đề nghị năm 2026 chú trọng giám sát việc thực hiện chính sách đối với người lao động dôi dư do sắp xếp, hiện có khoảng 3.200 người.
Phát biểu chỉ đạo, đồng chí Nguyễn Hồng Lĩnh, Phó Bí thư Tỉnh ủy, biểu dương những kết quả Mặt trận đạt được trong năm đầy biến động; đề nghị năm 2026 tập trung tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, phát huy vai trò giám sát, phản biện xã hội ngay từ cơ sở.
Dịp này, 25 tập thể, 40 cá nhân được tặng bằng khen của Ủy ban MTTQ Việt Nam tỉnh.
Hồng Nhung
Tin liên quan
- Trao 2.000 phần quà Tết cho hộ nghèo, công nhân khó khăn (22/12/2025)
- Phản biện xã hội dự thảo Nghị quyết về giá đất năm 2026 (10/12/2025)
- Xã Bù Gia Mập tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2025)
""", "2025-12-26", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2025-12-25"),
[P("Điểu Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lâm Thị Kim Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bình Phước"),
 P("Phạm Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Hồng Lĩnh", "Phó Bí thư Tỉnh ủy")],
[Q("hơn 2,9 triệu lượt ý kiến", 2900000, "lượt ý kiến", "over"), Q("1.850 hội nghị", 1850, "hội nghị"),
 Q("2.316 cuộc giám sát", 2316, "cuộc giám sát"), Q("74 hội nghị phản biện xã hội", 74, "hội nghị phản biện xã hội"),
 Q("94,5%", 94.5, "%"), Q("126 trụ sở", 126, "trụ sở"), Q("hơn 600 km2", 600, "km2", "over"),
 Q("22 thôn, sóc", 22, "thôn, sóc"), Q("khoảng 3.200 người", 3200, "người", "approx"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "318", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 318/KH-UBND"),
 D("Quy định", "07", "QĐi/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 07-QĐi/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Bình Phước")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Hôm nay: Thứ Bảy, 27/12/2025", "Trang chủ » Tin tức » Hoạt động Mặt trận tỉnh",
 "Toàn cảnh hội nghị tổng kết.", "cánh tay nối dài"],
["Hôm nay: Thứ Bảy, 27/12/2025", "Thứ Sáu, 26/12/2025 - 07:50", "năm 2025", "năm 2026", "khóa XVI", "Đại hội XIV"]))

PAGES.append(page("b9555-gialai-mttq-giamsat-danchu-2026", """
Thứ Sáu, 06/03/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Dân tộc - Tôn giáo
Chính trị » Mặt trận - Đoàn thể
Ngày đăng: 05/03/2026 - 16:10
Giám sát việc thực hiện dân chủ ở cơ sở tại xã Ia Hrú và xã Chư Sê
(GLO)- Ngày 4/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Châm H'Nhơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 tại xã Ia Hrú và xã Chư Sê.
Đoàn giám sát làm việc với Đảng ủy, UBND xã Chư Sê. Ảnh: Đinh Yến
Cuộc giám sát thực hiện theo Quyết định số 18/QĐ-MTTQ-BTT ngày 2/2/2026 của Ban Thường trực Ủy ban MTTQ tỉnh, tập trung vào việc công khai thông tin, tổ chức hội nghị thôn, làng và đối thoại giữa chính quyền xã với nhân dân sau khi vận hành chính quyền địa phương 2 cấp.
Theo báo cáo của UBND xã Ia Hrú, năm 2025 xã đã tổ chức 3 cuộc đối thoại với nhân dân, tiếp nhận 64 ý kiến, kiến nghị, giải quyết xong 58 ý kiến. Xã có 21 thôn, làng, trong đó 14 làng đồng bào Jrai; 100% hội nghị thôn, làng đều có biên bản lấy ý kiến về các công trình do dân đóng góp. Ông Ksor Blih, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Hrú, cho biết khó khăn lớn nhất là nhiều hộ đi làm ăn xa nên hội nghị thôn khó đủ số hộ theo luật.
Tại xã Chư Sê, bà Trần Thị Thu Thảo, Chủ tịch Ủy ban MTTQ Việt Nam xã, báo cáo: Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng đã giám sát 9 công trình với tổng vốn hơn 12,4 tỷ đồng, kiến nghị điều chỉnh 2 hạng mục. Ông Rah Lan Mơh, người có uy tín làng Tung, xã Chư Sê, phản ánh việc niêm yết danh sách hộ được hỗ trợ nhà ở chưa được dịch ra tiếng Jrai nên nhiều người cao tuổi không đọc được.
Qua giám sát, bà Rơ Châm H'Nhơn đánh giá hai xã đã chú trọng lấy ý kiến nhân dân trước khi quyết định những việc lớn của thôn, làng; song việc công khai thông tin trên cổng điện tử của xã còn chậm, có nội dung chưa cập nhật. Đoàn kiến nghị UBND hai xã bố trí ít nhất 1 cán bộ phụ trách công khai thông tin, dùng loa truyền thanh và già làng để truyền đạt bằng tiếng dân tộc.
Ông Lê Quang Vinh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, thành viên đoàn, đề nghị Đảng ủy các xã chỉ đạo tổ chức đối thoại định kỳ ít nhất 1 lần mỗi năm theo đúng quy định, không để dồn đơn thư lên tỉnh.
Đinh Yến
Tin liên quan
- Mặt trận tỉnh Gia Lai hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu Quốc hội khóa XVI (24/02/2026)
- Trao 700 suất quà Tết cho hộ nghèo ở xã biên giới (05/02/2026)
- Xã Ia Hrú ra mắt mô hình "Làng không có đơn thư vượt cấp" (12/01/2026)
""", "2026-03-05", "Giám sát việc thực hiện dân chủ ở cơ sở tại xã Ia Hrú và xã Chư Sê",
E("giam_sat", None, "2026-03-04"),
[P("Rơ Châm H'Nhơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Ksor Blih", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Hrú"),
 P("Trần Thị Thu Thảo", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Rah Lan Mơh", "người có uy tín làng Tung"),
 P("Lê Quang Vinh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh", "thành viên đoàn")],
[Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"), Q("58 ý kiến", 58, "ý kiến"),
 Q("21 thôn, làng", 21, "thôn, làng"), Q("14 làng đồng bào Jrai", 14, "làng đồng bào Jrai"), Q("100%", 100, "%"),
 Q("9 công trình", 9, "công trình"), Q("hơn 12,4 tỷ đồng", 12400000000, "đồng", "over"), Q("2 hạng mục", 2, "hạng mục"),
 Q("ít nhất 1 cán bộ", 1, "cán bộ", "over")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "18", "QĐ-MTTQ-BTT", "2026-02-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 18/QĐ-MTTQ-BTT ngày 2/2/2026")],
[prov("Gia Lai"), com("Ia Hrú"), com("Chư Sê")],
["Thứ Sáu, 06/03/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Dân tộc - Tôn giáo",
 "Chính trị » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với Đảng ủy, UBND xã Chư Sê. Ảnh: Đinh Yến", "(GLO)"],
["Thứ Sáu, 06/03/2026", "Ngày đăng: 05/03/2026 - 16:10", "2 cấp", "năm 2025", "ít nhất 1 lần mỗi năm"]))

PAGES.append(page("b9556-phutho-mttq-phanbien-nuocsach-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Trang chủ / Tin tức / Giám sát, phản biện xã hội
Thứ Năm, 16/04/2026 - 11:20
Ảnh: Đại biểu phản biện tại hội nghị.
Phản biện dự thảo Nghị quyết hỗ trợ cấp nước sạch nông thôn
Ngày 15/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị phản biện xã hội năm 2026 đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ đầu tư, quản lý công trình cấp nước sạch nông thôn giai đoạn 2026 - 2030. Đây là hội nghị phản biện đầu tiên của Mặt trận tỉnh sau cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp. Đồng chí Bùi Văn Lựu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo dự thảo do Sở Nông nghiệp và Môi trường soạn thảo, tỷ lệ dân cư nông thôn dùng nước sạch theo quy chuẩn của tỉnh (sau hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình) mới đạt khoảng 58%; hiện còn 186 công trình cấp nước tập trung hoạt động kém hiệu quả hoặc ngừng hoạt động. Dự thảo đề xuất hỗ trợ tối đa 60% chi phí đầu tư cho xã vùng đồng bào dân tộc thiểu số và miền núi, tổng kinh phí dự kiến 1.250 tỷ đồng.
Phản biện tại hội nghị, bà Đinh Thị Xuyến, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lạc, cho rằng nguyên nhân nhiều công trình ở vùng Mường bỏ hoang là giao cho thôn quản lý mà không có người có chuyên môn; đề nghị giao cho đơn vị chuyên nghiệp, thu giá nước phù hợp. Ông Quách Công Bằng, người có uy tín xóm Mường Khến, xã Tân Lạc, đề xuất miễn tiền nước cho hộ nghèo trong 12 tháng đầu để bà con quen dùng nước máy.
PGS.TS. Hoàng Minh Tuấn, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, phân tích: dự thảo đặt mục tiêu đến năm 2030 có 85% dân số nông thôn được dùng nước sạch là khả thi nếu ưu tiên mở rộng mạng lưới từ các nhà máy nước hiện có, thay vì xây mới nhiều công trình nhỏ lẻ. Ông Triệu Tiến Lâm, Bí thư Đảng ủy xã Cao Sơn, kiến nghị bổ sung hỗ trợ bể chứa nước mưa cho khoảng 1.500 hộ ở các xóm vùng cao.
Ông Nguyễn Đức Thịnh, Phó Giám đốc Sở Nông nghiệp và Môi trường, tiếp thu các ý kiến, giải trình thêm về cơ chế xã hội hóa.
Kết luận, đồng chí Bùi Văn Lựu cho biết Ban Thường trực sẽ tổng hợp 21 ý kiến phản biện thành văn bản gửi UBND tỉnh và HĐND tỉnh, theo Chương trình phối hợp số 01/CTPH-MTTQ-UBND ngày 6/1/2026 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh; đồng thời giao Mặt trận các xã giám sát việc thực hiện khi nghị quyết được ban hành.
Hà Thu
Lượt truy cập: 48.215
Tin liên quan
- Mặt trận tỉnh tổng kết công tác bầu cử (30/03/2026)
- Phường Vĩnh Phúc lấy ý kiến người dân về chỉnh trang đô thị (25/03/2026)
- Trao 1.000 suất quà cho hộ nghèo dịp Tết Bính Ngọ (10/02/2026)
""", "2026-04-16", "Phản biện dự thảo Nghị quyết hỗ trợ cấp nước sạch nông thôn",
E("hoi_nghi", "2026", "2026-04-15"),
[P("Bùi Văn Lựu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Xuyến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lạc"),
 P("Quách Công Bằng", "người có uy tín xóm Mường Khến"),
 P("Hoàng Minh Tuấn", "PGS.TS.", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Triệu Tiến Lâm", "Bí thư Đảng ủy xã Cao Sơn"),
 P("Nguyễn Đức Thịnh", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("khoảng 58%", 58, "%", "approx"), Q("186 công trình cấp nước tập trung", 186, "công trình cấp nước tập trung"),
 Q("tối đa 60%", 60, "%"), Q("1.250 tỷ đồng", 1250000000000, "đồng"), Q("85% dân số nông thôn", 85, "%"),
 Q("khoảng 1.500 hộ", 1500, "hộ", "approx"), Q("21 ý kiến phản biện", 21, "ý kiến phản biện")],
[D("Chương trình phối hợp", "01", "CTPH-MTTQ-UBND", "2026-01-06", None, "Chương trình phối hợp số 01/CTPH-MTTQ-UBND ngày 6/1/2026")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Tân Lạc"), com("Cao Sơn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ / Tin tức / Giám sát, phản biện xã hội", "Ảnh: Đại biểu phản biện tại hội nghị.",
 "Lượt truy cập: 48.215", "Sở Nông nghiệp và Môi trường", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
["Thứ Năm, 16/04/2026 - 11:20", "năm 2026", "giai đoạn 2026 - 2030", "khóa XVI", "12 tháng đầu", "năm 2030", "Lượt truy cập: 48.215"]))
