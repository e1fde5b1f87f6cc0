from lib import *
PAGES = []

PAGES.append(page("b1961-travinh-bdv-giaoban-q2-2021", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ | Hoạt động khối dân vận
Ngày 09/07/2021 | 10:20
Khối dân vận chung tay phòng, chống dịch Covid-19
Chiều 8/7/2021, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức giao ban khối dân vận quý II năm 2021 theo hình thức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng khối dân vận tỉnh chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Thị Sa Rum, Nguyễn Văn Lành.
Đồng chí Kim Ngọc Thái phát biểu chỉ đạo tại điểm cầu tỉnh.
Theo báo cáo, quý II, khối dân vận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026, tỷ lệ cử tri đi bầu đạt 99,84%. Các cơ quan khối dân vận đã vận động ủng hộ Quỹ phòng, chống dịch Covid-19 được 14,3 tỷ đồng; trao 8.650 phần quà cho người dân ở các khu phong tỏa, tổng trị giá trên 3,1 tỷ đồng. Hơn 1.200 đoàn viên thanh niên tình nguyện tham gia hỗ trợ tại 46 chốt kiểm soát dịch.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 07-KH/TU thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; đồng thời ban hành Hướng dẫn số 03-HD/BDVTU về sơ kết phong trào thi đua "Dân vận khéo" năm 2021. Các cấp đã tiếp 205 lượt công dân, tiếp nhận 31 đơn thư; đã giải quyết 27 đơn.
Tại giao ban, Đại đức Thạch Sô Phal, Phó trụ trì chùa Âng, thông tin về việc các chùa Phật giáo Nam tông Khmer tạm dừng lễ hội đông người. Bà Lâm Thị Sa Phia, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú, cho biết huyện đã vận động 312 hộ Khmer tham gia mô hình "Tổ tự quản phòng, chống dịch". Ông Sơn Văn Đậm, Bí thư Đảng ủy xã Ngãi Xuyên, đề nghị tỉnh hỗ trợ thêm lương thực cho 128 hộ lao động tự do.
Kết luận giao ban, đồng chí Kim Ngọc Thái yêu cầu quý III, khối dân vận tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống dịch; nắm chắc tình hình tư tưởng của đồng bào Khmer, người lao động từ các tỉnh trở về; phát huy tinh thần "mỗi người dân là một chiến sĩ" trong phòng, chống dịch bệnh.
Đồng chí cũng đề nghị các đoàn thể đẩy mạnh vận động người dân tham gia tiêm vắc xin, hỗ trợ người dân ở các khu phong tỏa; không để người dân nào thiếu ăn, thiếu mặc do dịch bệnh; kịp thời biểu dương các tập thể, cá nhân tiêu biểu.
Hữu Hiệp
Lượt xem: 1.136
Tin liên quan
- Trà Cú: trao 400 phần quà cho hộ khó khăn do dịch (02/07/2021)
- Hội thi dân vận khéo được lùi thời gian tổ chức (21/06/2021)
- Tiếp xúc chức sắc Phật giáo Nam tông Khmer (10/06/2021)
- Sơ kết 6 tháng công tác dân vận chính quyền (04/06/2021)
""", "2021-07-09", "Khối dân vận chung tay phòng, chống dịch Covid-19",
E("giao_ban", "2021-Q2", "2021-07-08"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng khối dân vận tỉnh"),
 P("Thạch Thị Sa Rum", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phal", "Đại đức", "Phó trụ trì chùa Âng"),
 P("Lâm Thị Sa Phia", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Sơn Văn Đậm", "Bí thư Đảng ủy xã Ngãi Xuyên")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("99,84%", 99.84, "%"),
 Q("14,3 tỷ đồng", 14300000000, "đồng"), Q("8.650 phần quà", 8650, "phần quà"), Q("trên 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("Hơn 1.200 đoàn viên thanh niên tình nguyện", 1200, "đoàn viên thanh niên tình nguyện", "over"),
 Q("46 chốt kiểm soát dịch", 46, "chốt kiểm soát dịch"), Q("205 lượt công dân", 205, "lượt công dân"),
 Q("31 đơn thư", 31, "đơn thư"), Q("27 đơn", 27, "đơn"), Q("312 hộ Khmer", 312, "hộ Khmer"), Q("128 hộ lao động tự do", 128, "hộ lao động tự do")],
[D("Kế hoạch", "07", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 07-KH/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Trà Vinh"), com("Ngãi Xuyên")],
["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ | Hoạt động khối dân vận", "Đồng chí Kim Ngọc Thái phát biểu chỉ đạo tại điểm cầu tỉnh.",
 "Dân vận khéo", "Tổ tự quản phòng, chống dịch", "mỗi người dân là một chiến sĩ", "Covid-19", "Lượt xem: 1.136"],
["Ngày 09/07/2021 | 10:20", "quý II năm 2021", "khóa XV", "nhiệm kỳ 2021-2026", "năm 2021", "Covid-19", "Lượt xem: 1.136"]))

PAGES.append(page("b1962-dienbien-bdv-taphuan-2022", """
Báo Điện Biên Phủ điện tử
Chính trị › Xây dựng Đảng
Cập nhật: 09:42, 20/07/2022 (GMT+7)
Nâng cao kỹ năng cho cán bộ dân vận cơ sở
(ĐBP) - Trong 2 ngày 18 và 19/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2022 cho 130 học viên là trưởng, phó ban dân vận và cán bộ khối dân vận của 129 xã, phường, thị trấn trong tỉnh.
Ảnh: Đồng chí Lò Văn Mừng phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Lò Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: sau đại hội, đội ngũ cán bộ dân vận cơ sở có nhiều thay đổi, khoảng 60% mới đảm nhận nhiệm vụ. Lớp tập huấn nhằm giúp học viên nắm vững Quy định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị và Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư.
Các học viên được các đồng chí Vàng Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy; Quàng Văn Inh, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy và Lường Thị Phương, Phó Trưởng phòng Dân vận chính quyền, truyền đạt 6 chuyên đề. Nội dung gồm kỹ năng vận động quần chúng, công tác tôn giáo, thực hiện Nghị định số 162/2017/NĐ-CP của Chính phủ, kỹ năng tiếp công dân và giải quyết đơn thư theo Luật Tiếp công dân.
Trong thảo luận, anh Sùng A Chớ, Phó Bí thư Đoàn xã Mường Nhé vừa được tín nhiệm giữ chức Trưởng ban Dân vận Đảng ủy xã Mường Nhé, chia sẻ những khó khăn khi vận động đồng bào Mông ở bản giáp biên. Chị Lò Thị Ín, người có uy tín bản Hua Pe, nêu cách phối hợp với công an xã giải quyết 3 vụ việc mâu thuẫn về đất nương.
Theo Ban Dân vận Tỉnh ủy, 6 tháng đầu năm 2022, các cấp đã tổ chức 8 lớp tập huấn cho 1.140 lượt cán bộ; xây dựng 412 mô hình "Dân vận khéo" gắn với thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo nhanh, bền vững. Kinh phí tổ chức lớp tập huấn lần này là 215 triệu đồng.
Bế mạc lớp học, đồng chí Vàng Thị Dung đề nghị học viên vận dụng linh hoạt kiến thức vào thực tiễn, nhất là trong vận động nhân dân thực hiện phong trào "Điện Biên chung sức xây dựng nông thôn mới"; bám bản, bám dân, kịp thời phát hiện, xử lý các vấn đề nảy sinh từ cơ sở.
Kết thúc lớp học, 128 học viên được cấp giấy chứng nhận hoàn thành chương trình. Dịp này, Ban Dân vận Tỉnh ủy cũng phát hành bộ tài liệu hỏi - đáp về công tác dân vận bằng song ngữ Việt - Mông để học viên sử dụng khi tuyên truyền ở bản.
Hương Lan
TIN CÙNG CHUYÊN MỤC
- Mường Chà giao ban khối dân vận quý II (12/07/2022)
- Tủa Chùa: 120 hộ đồng bào được hỗ trợ làm nhà (05/07/2022)
- Sơ kết 6 tháng công tác dân vận (30/06/2022)
- Nậm Pồ: đối thoại với người có uy tín (20/06/2022)
""", "2022-07-20", "Nâng cao kỹ năng cho cán bộ dân vận cơ sở",
E("tap_huan", "2022", "2022-07-18"),
[P("Lò Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Inh", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lường Thị Phương", "Phó Trưởng phòng Dân vận chính quyền"),
 P("Sùng A Chớ", "Phó Bí thư Đoàn xã Mường Nhé", "Trưởng ban Dân vận Đảng ủy xã Mường Nhé"),
 P("Lò Thị Ín", "người có uy tín bản Hua Pe")],
[Q("130 học viên", 130, "học viên"), Q("129 xã, phường, thị trấn", 129, "xã, phường, thị trấn"), Q("khoảng 60%", 60, "%", "approx"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("3 vụ việc mâu thuẫn", 3, "vụ việc mâu thuẫn"), Q("8 lớp tập huấn", 8, "lớp tập huấn"),
 Q("1.140 lượt cán bộ", 1140, "lượt cán bộ"), Q("412 mô hình", 412, "mô hình"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("128 học viên", 128, "học viên")],
[D("Quy định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 23-QĐ/TW"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU")],
[prov("Điện Biên"), com("Mường Nhé")],
["Báo Điện Biên Phủ điện tử", "Chính trị › Xây dựng Đảng", "(ĐBP)", "Ảnh: Đồng chí Lò Văn Mừng phát biểu khai mạc lớp tập huấn.",
 "Quy chế công tác dân vận của hệ thống chính trị", "Luật Tiếp công dân", "Dân vận khéo", "Điện Biên chung sức xây dựng nông thôn mới"],
["Cập nhật: 09:42, 20/07/2022 (GMT+7)", "2 ngày", "năm 2022", "6 tháng đầu năm 2022", "lần này"]))

PAGES.append(page("b1963-binhthuan-bdv-soket-2023", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Bình Thuận
Trang chủ / Tin hoạt động / Khối dân vận
16/06/2023 - 15:05
Ảnh: Quang cảnh hội nghị sơ kết.
Bình Thuận: Khối dân vận tập trung vận động nhân dân bàn giao mặt bằng cao tốc
Sáng 15/6/2023, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Đặng Hồng Sỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có đồng chí Bố Thị Xuân Linh, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Thông Thị Ý, Phó Chủ tịch - Trưởng ban Dân chủ, Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho thấy, 6 tháng qua, khối dân vận các cấp đã phối hợp vận động 1.873 hộ dân bàn giao mặt bằng thi công tuyến cao tốc Phan Thiết - Dầu Giây và Vĩnh Hảo - Phan Thiết; tiếp nhận 64 đơn thư liên quan bồi thường, đã giải quyết 59 đơn. Phong trào "Dân vận khéo" có thêm 175 mô hình; toàn tỉnh có 2.408 mô hình được công nhận. Các đoàn thể vận động xây dựng 96 căn nhà đại đoàn kết với tổng kinh phí 4,8 tỷ đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 115-KH/TU thực hiện Kết luận 43, 44-KL/TW của Ban Bí thư; chủ trì kiểm tra thực hiện Quy chế dân vận tại 3 huyện Tuy Phong, Bắc Bình, Hàm Thuận Nam. Ban phối hợp với Ban Tôn giáo tỉnh nắm tình hình 18 cơ sở thờ tự của đồng bào Chăm Bà-ni và Chăm Bà-la-môn.
Tại hội nghị, Cả sư Thông Hiếu, Phó Trưởng Hội đồng Sư cả Bà-ni tỉnh, đề nghị quan tâm tu bổ các thánh đường xuống cấp. Ông Đàng Văn Mốc, Chủ tịch UBND xã Phan Thanh, cho biết xã đã vận động 42 hộ Chăm nhận tiền bồi thường; bà K'Thị Dưng, người có uy tín thôn Tà Mon, đề nghị hỗ trợ nước sạch cho đồng bào K'Ho.
Phát biểu kết luận, đồng chí Đặng Hồng Sỹ yêu cầu 6 tháng cuối năm tập trung thực hiện Chỉ thị số 18-CT/TU ngày 21/3/2023 của Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm; hoàn thành khảo sát đánh giá tình hình thực hiện Quy chế dân vận ở 124 xã, phường, thị trấn; tổ chức tốt Hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2021-2023.
Các đại biểu cũng đề nghị tăng cường tuyên truyền để người dân hiểu rõ chủ trương thu hồi đất, chính sách bồi thường, hỗ trợ tái định cư; kịp thời đối thoại với các hộ dân còn băn khoăn.
Thanh Hải
Lượt xem: 822
Các tin khác
- Bắc Bình: giao ban khối dân vận quý II (09/06/2023)
- Hội thi "Dân vận khéo" cụm huyện phía Bắc (26/05/2023)
- Gặp mặt chức sắc Chăm nhân dịp lễ Ramưwan (18/03/2023)
- Tánh Linh tập huấn nghiệp vụ dân vận (09/03/2023)
""", "2023-06-16", "Bình Thuận: Khối dân vận tập trung vận động nhân dân bàn giao mặt bằng cao tốc",
E("so_ket", "2023-H1", "2023-06-15"),
[P("Đặng Hồng Sỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bố Thị Xuân Linh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Thị Ý", "Phó Chủ tịch - Trưởng ban Dân chủ, Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Hiếu", "Cả sư", "Phó Trưởng Hội đồng Sư cả Bà-ni tỉnh"),
 P("Đàng Văn Mốc", "Chủ tịch UBND xã Phan Thanh"),
 P("K'Thị Dưng", "người có uy tín thôn Tà Mon")],
[Q("1.873 hộ dân", 1873, "hộ dân"), Q("64 đơn thư", 64, "đơn thư"), Q("59 đơn", 59, "đơn"), Q("175 mô hình", 175, "mô hình"),
 Q("2.408 mô hình", 2408, "mô hình"), Q("96 căn nhà đại đoàn kết", 96, "căn nhà đại đoàn kết"), Q("4,8 tỷ đồng", 4800000000, "đồng"),
 Q("3 huyện", 3, "huyện"), Q("18 cơ sở thờ tự", 18, "cơ sở thờ tự"), Q("42 hộ Chăm", 42, "hộ Chăm"),
 Q("124 xã, phường, thị trấn", 124, "xã, phường, thị trấn")],
[D("Kế hoạch", "115", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 115-KH/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43, 44-KL/TW"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 43, 44-KL/TW"),
 D("Chỉ thị", "18", "CT/TU", "2023-03-21", "Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 21/3/2023")],
[prov("Bình Thuận"), com("Phan Thanh")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Bình Thuận", "Trang chủ / Tin hoạt động / Khối dân vận", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Dân vận khéo", "Quy chế dân vận", "Lượt xem: 822"],
["16/06/2023 - 15:05", "6 tháng đầu năm", "6 tháng cuối năm 2023", "giai đoạn 2021-2023", "Lượt xem: 822"]))

PAGES.append(page("b1964-laichau-bdv-giamsat-2024", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ >> Kiểm tra - Giám sát
Thứ Sáu, 23/08/2024 - 08:30
Giám sát việc thực hiện Quy chế dân vận tại Đảng ủy xã Pa Vây Sử
Ngày 21/8/2024, Đoàn giám sát số 2 của Ban Dân vận Tỉnh ủy Lai Châu do đồng chí Giàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế công tác dân vận của hệ thống chính trị tại Đảng ủy xã Pa Vây Sử, huyện Phong Thổ, theo Kế hoạch số 21-KH/BDVTU về kiểm tra, giám sát năm 2024. Tham gia đoàn có các đồng chí Lò Văn Hặc, Tẩn Thị Mẩy - Phó Trưởng Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc tại xã Pa Vây Sử. Ảnh: Quỳnh Anh
Theo báo cáo của đồng chí Chảo Láo Tả, ĐUV, Phó Chủ tịch UBND xã, Đảng ủy xã đã ban hành Quy chế số 09-QC/ĐU thực hiện Quy định số 120-QĐ/TW ngày 26/7/2023 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị. Xã có 9 bản với 1.126 hộ, chủ yếu đồng bào Dao, Hà Nhì; 100% bản có tổ dân vận. Năm 2023, nhân dân hiến 8.300 m2 đất, đóng góp 3.700 ngày công làm 4,5 km đường nội bản; tỷ lệ hộ nghèo giảm 6,2%.
Đồng chí Phùng Chỉn Phẩy, Bí thư Chi bộ kiêm Trưởng bản Séo Làng, cho biết bản đã vận động 27 hộ xóa nhà tạm theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát". Bà Lý Mé Xá, người có uy tín bản Cao Chải, đề nghị tăng cường tuyên truyền để người dân không vượt biên trái phép.
Qua giám sát, đoàn đánh giá Đảng ủy xã đã quan tâm lãnh đạo công tác dân vận, 12 mô hình "Dân vận khéo" được duy trì hiệu quả. Tuy nhiên, một số chi bộ chưa sinh hoạt chuyên đề về dân vận; việc tiếp dân của người đứng đầu chưa thường xuyên; còn 5 đơn thư chưa được giải quyết dứt điểm.
Kết luận buổi làm việc, đồng chí Giàng Thị Dung đề nghị Đảng ủy xã khắc phục hạn chế; tiếp tục thực hiện Chỉ thị số 27-CT/TU ngày 3/4/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng biên giới và Kết luận 98, 99-KL/TU về vận động đồng bào giữ gìn bản sắc văn hóa; phát huy vai trò của người có uy tín trong vận động nhân dân.
Cũng trong đợt giám sát năm 2024, Ban Dân vận Tỉnh ủy đã giám sát tại 6 đảng ủy xã thuộc các huyện Phong Thổ, Sìn Hồ, Mường Tè.
Trước khi làm việc với Đảng ủy xã, đoàn đã đi kiểm tra thực tế hoạt động của tổ dân vận bản Séo Làng, trò chuyện với bà con về việc thực hiện hương ước, quy ước và việc phát triển cây thảo quả dưới tán rừng; nhiều hộ bày tỏ mong muốn được hỗ trợ giống, kỹ thuật và tìm đầu ra ổn định cho sản phẩm.
Quỳnh Anh
Lượt xem: 615
Tin liên quan
- Sìn Hồ: giao ban khối dân vận quý II (15/07/2024)
- Tập huấn kỹ năng dân vận cho cán bộ bản (28/06/2024)
- Tam Đường ra mắt 3 mô hình dân vận khéo (14/06/2024)
- Hội nghị người có uy tín năm 2024 (30/05/2024)
""", "2024-08-23", "Giám sát việc thực hiện Quy chế dân vận tại Đảng ủy xã Pa Vây Sử",
E("giam_sat", "2024", "2024-08-21"),
[P("Giàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hặc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chảo Láo Tả", "ĐUV", "Phó Chủ tịch UBND xã"),
 P("Phùng Chỉn Phẩy", "Bí thư Chi bộ kiêm Trưởng bản Séo Làng"),
 P("Lý Mé Xá", "người có uy tín bản Cao Chải")],
[Q("9 bản", 9, "bản"), Q("1.126 hộ", 1126, "hộ"), Q("100%", 100, "%"), Q("8.300 m2", 8300, "m2"), Q("3.700 ngày công", 3700, "ngày công"),
 Q("4,5 km", 4.5, "km"), Q("6,2%", 6.2, "%"), Q("27 hộ", 27, "hộ"), Q("12 mô hình", 12, "mô hình"), Q("5 đơn thư", 5, "đơn thư"),
 Q("6 đảng ủy xã", 6, "đảng ủy xã")],
[D("Kế hoạch", "21", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 21-KH/BDVTU"),
 D("Quy chế", "09", "QC/ĐU", None, "Đảng ủy xã", "Quy chế số 09-QC/ĐU"),
 D("Quy định", "120", "QĐ/TW", "2023-07-26", "Ban Chấp hành Trung ương", "Quy định số 120-QĐ/TW ngày 26/7/2023"),
 D("Chỉ thị", "27", "CT/TU", "2024-04-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 3/4/2024"),
 D("Kết luận", "98", "KL/TU", None, None, "Kết luận 98, 99-KL/TU"),
 D("Kết luận", "99", "KL/TU", None, None, "Kết luận 98, 99-KL/TU")],
[prov("Lai Châu"), com("Pa Vây Sử")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ >> Kiểm tra - Giám sát", "Đoàn giám sát làm việc tại xã Pa Vây Sử. Ảnh: Quỳnh Anh",
 "Quy chế công tác dân vận của hệ thống chính trị", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo", "Lượt xem: 615"],
["Thứ Sáu, 23/08/2024 - 08:30", "Đoàn giám sát số 2", "năm 2024", "Năm 2023", "Lượt xem: 615"]))

PAGES.append(page("b1965-quangtri-btgdv-giaoban-q3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ › Dân vận › Tin hoạt động
Thứ Sáu, 10/10/2025
Ảnh: Toàn cảnh hội nghị giao ban.
Giao ban công tác dân vận quý III năm 2025
Chiều 8/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý III năm 2025 với Ban Tuyên giáo và Dân vận các đảng ủy xã, phường, đặc khu và Ủy ban MTTQ Việt Nam tỉnh. Đây là lần giao ban đầu tiên sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, tổ chức chính quyền địa phương 2 cấp.
Đồng chí Hồ Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hồ Văn Chai, Đinh Thị Thu Hà, Nguyễn Quang Vũ.
Theo báo cáo, quý III, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU thực hiện Quy định số 304-QĐ/TW của Bộ Chính trị về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh; ban hành Hướng dẫn số 06-HD/BTGDVTU về công tác dân vận của đảng ủy xã, phường sau sắp xếp. Toàn tỉnh có 78 xã, phường và 1 đặc khu; 100% đảng ủy xã, phường đã kiện toàn ban tuyên giáo và dân vận.
Khối dân vận đã vận động nhân dân ủng hộ đồng bào bị ảnh hưởng bởi bão số 5 được 11,2 tỷ đồng; trao 2.360 suất quà Trung thu cho trẻ em vùng lũ. Các cấp tiếp nhận 94 đơn thư, đã giải quyết 81 đơn, đạt 86,2%.
Tại giao ban, đồng chí Hồ Văn Kiên, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Hướng Lập, cho biết xã mới có diện tích lớn, dân cư phân tán, cán bộ ban mới chỉ có 3 người; đồng chí Pả Sáng, Bí thư Đảng ủy xã Lìa, đề nghị sớm hướng dẫn hoạt động của tổ dân vận thôn sau sáp nhập. Bà Cao Thị Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin về kết quả vận động Quỹ "Vì người nghèo".
Kết luận giao ban, đồng chí Hồ Thị Kim Oanh yêu cầu quý IV tập trung tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; thực hiện Kết luận 150-KL/TW của Bộ Chính trị; nắm chắc tình hình tư tưởng của cán bộ, nhân dân sau sắp xếp đơn vị hành chính; chuẩn bị tổng kết công tác dân vận năm 2025.
Đồng chí cũng đề nghị các đảng ủy xã, phường khẩn trương ổn định tổ chức bộ máy ban tuyên giáo và dân vận, phân công cán bộ theo dõi từng thôn, tổ dân phố; chủ động phối hợp với Mặt trận và các đoàn thể trong nắm tình hình, không để hình thành điểm nóng; quan tâm vận động đồng bào Vân Kiều, Pa Kô, Bru ở vùng biên giới ổn định sản xuất sau mưa lũ.
Minh Quang
Lượt xem: 1.944
Tin khác
- Đảng ủy phường Đồng Hới giao ban khối dân vận (03/10/2025)
- Ra mắt Ban Tuyên giáo và Dân vận các đảng ủy xã (15/07/2025)
- Hỗ trợ người dân vùng lũ xã Tân Mỹ (28/09/2025)
- Tập huấn nghiệp vụ cho cán bộ dân vận xã, phường mới (20/08/2025)
""", "2025-10-10", "Giao ban công tác dân vận quý III năm 2025",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Hồ Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Chai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Vũ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Kiên", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Hướng Lập"),
 P("Pả Sáng", "Bí thư Đảng ủy xã Lìa"),
 P("Cao Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("78 xã, phường", 78, "xã, phường"), Q("1 đặc khu", 1, "đặc khu"), Q("100%", 100, "%"), Q("11,2 tỷ đồng", 11200000000, "đồng"),
 Q("2.360 suất quà", 2360, "suất quà"), Q("94 đơn thư", 94, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("86,2%", 86.2, "%"),
 Q("3 người", 3, "người")],
[D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 06-HD/BTGDVTU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Lập"), com("Lìa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ › Dân vận › Tin hoạt động", "Ảnh: Toàn cảnh hội nghị giao ban.",
 "Vì người nghèo", "Lượt xem: 1.944"],
["Thứ Sáu, 10/10/2025", "quý III năm 2025", "chính quyền địa phương 2 cấp", "bão số 5", "lần thứ XIV", "năm 2025", "Lượt xem: 1.944"]))

PAGES.append(page("b1966-lamdong-xa-khoidanvan-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAM RÔNG - TỈNH LÂM ĐỒNG
Trang chủ - Tin tức - Hoạt động Đảng ủy
Thứ Sáu, 16/01/2026, 07:45
Khối dân vận xã tổng kết công tác năm 2025
Ngày 14/01/2026, Ban Tuyên giáo và Dân vận Đảng ủy xã Đam Rông tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên xã Đam Rông hoạt động theo mô hình chính quyền địa phương 2 cấp sau khi hợp nhất các xã Rô Men, Liêng S'rônh, Phi Liêng và tỉnh Lâm Đồng mới được thành lập trên cơ sở tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận.
Chủ trì hội nghị có đồng chí Cil Ha Sơn, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự hội nghị có 58 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín và các đoàn thể.
Đồng chí Cil Ha Sơn trình bày báo cáo tại hội nghị.
Năm 2025, khối dân vận xã đã vận động nhân dân hiến 15.600 m2 đất mở rộng 7 tuyến đường thôn; hỗ trợ xóa 46 nhà tạm cho hộ nghèo, hộ đồng bào K'Ho, Mạ, Mnông với tổng kinh phí hơn 2,3 tỷ đồng. Toàn xã có 14 mô hình "Dân vận khéo", trong đó 4 mô hình được tỉnh khen thưởng. Xã đã tổ chức 6 hội nghị đối thoại, tiếp nhận 37 ý kiến; đã giải quyết 35 ý kiến.
Ban đã tham mưu Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về công tác dân vận giai đoạn 2025-2030 và Kế hoạch số 12-KH/ĐU thực hiện Quy định 304-QĐ/TW của Bộ Chính trị. Tại hội nghị, bà Kră Jăn K'Điệp, người có uy tín thôn Liêng Trang, chia sẻ kinh nghiệm vận động bà con không phá rừng; ông Ha Sương, Bí thư Chi bộ thôn Đạ Nhar, cho biết 100% hộ trong thôn đã ký cam kết giữ gìn an ninh trật tự.
Phát biểu chỉ đạo, đồng chí Liêng Jrang Ha Đăng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Đam Rông ghi nhận những kết quả đạt được; đề nghị năm 2026 khối dân vận tuyên truyền Nghị quyết Đại hội XIV của Đảng, đẩy mạnh phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới; phát huy vai trò 21 người có uy tín.
Dịp này, Đảng ủy xã tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích tiêu biểu trong công tác dân vận năm 2025.
Nhiều ý kiến tại hội nghị cho rằng sau khi hợp nhất, địa bàn xã rộng, đường sá đi lại khó khăn, nhất là vào mùa mưa; cán bộ khối dân vận cần bám thôn, bám dân nhiều hơn, lắng nghe tâm tư của bà con để kịp thời giải quyết các vướng mắc về đất đai, nước sinh hoạt và học tập của con em đồng bào dân tộc thiểu số tại chỗ.
Hoài Thu
Lượt xem: 388
Tin liên quan
- Đảng ủy xã Đam Rông sơ kết 6 tháng (10/07/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy xã (03/07/2025)
- Trao 100 suất quà Tết cho hộ nghèo (20/01/2026)
- Đối thoại với đoàn viên thanh niên xã (22/12/2025)
""", "2026-01-16", "Khối dân vận xã tổng kết công tác năm 2025",
E("tong_ket", "2025", "2026-01-14"),
[P("Cil Ha Sơn", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kră Jăn K'Điệp", "người có uy tín thôn Liêng Trang"),
 P("Ha Sương", "Bí thư Chi bộ thôn Đạ Nhar"),
 P("Liêng Jrang Ha Đăng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Đam Rông")],
[Q("58 đại biểu", 58, "đại biểu"), Q("15.600 m2", 15600, "m2"), Q("7 tuyến đường thôn", 7, "tuyến đường thôn"), Q("46 nhà tạm", 46, "nhà tạm"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("14 mô hình", 14, "mô hình"), Q("4 mô hình", 4, "mô hình"),
 Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("37 ý kiến", 37, "ý kiến"), Q("35 ý kiến", 35, "ý kiến"), Q("100%", 100, "%"),
 Q("21 người có uy tín", 21, "người có uy tín"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định 304-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông"), com("Rô Men"), com("Liêng S'rônh"), com("Phi Liêng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAM RÔNG - TỈNH LÂM ĐỒNG", "Trang chủ - Tin tức - Hoạt động Đảng ủy",
 "Đồng chí Cil Ha Sơn trình bày báo cáo tại hội nghị.", "Dân vận khéo", "Lượt xem: 388"],
["Thứ Sáu, 16/01/2026, 07:45", "năm 2025", "năm 2026", "Năm 2025", "chính quyền địa phương 2 cấp", "giai đoạn 2025-2030",
 "Đại hội XIV", "Lượt xem: 388"]))
