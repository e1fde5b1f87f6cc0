from lib import *
PAGES = []

PAGES.append(page("b2903-haiphong-congdoankkt-giaoban-2024", """
CÔNG ĐOÀN KHU KINH TẾ HẢI PHÒNG
Trang chủ › Tin hoạt động › Quan hệ lao động
Cập nhật: 14:25, 31/05/2024 (GMT+7)
Toàn cảnh buổi giao ban. Ảnh: Thanh Hà
Giao ban công tác tháng 5: Chủ động phòng ngừa tranh chấp lao động dịp nắng nóng
Ngày 29/5, Công đoàn Khu kinh tế Hải Phòng tổ chức giao ban công tác tháng 5/2024 với chủ tịch công đoàn cơ sở của 48 doanh nghiệp đông lao động. Chủ trì giao ban có đồng chí Vũ Thị Thanh Hương, Chủ tịch Công đoàn Khu kinh tế Hải Phòng; đồng chí Phạm Văn Hiếu, Phó Chủ tịch Thường trực Liên đoàn Lao động thành phố dự và chỉ đạo.
Theo báo cáo, trong tháng 5, Công đoàn KKT đã phát triển mới 1.642 đoàn viên, thành lập 3 công đoàn cơ sở, nâng tổng số đoàn viên lên 178.300 người tại 482 công đoàn cơ sở. Đã hướng dẫn 14 doanh nghiệp tổ chức đối thoại định kỳ; phối hợp Ban Quản lý KKT kiểm tra điều kiện làm việc tại 9 doanh nghiệp có nguy cơ nắng nóng cao. Trong tháng không xảy ra ngừng việc tập thể; tuy nhiên có 2 vụ việc công nhân phản ánh trên mạng xã hội về bữa ăn ca và tiền làm thêm giờ, đã được công đoàn cơ sở phối hợp giải quyết.
Đáng chú ý, qua nắm tình hình tại KCN Tràng Duệ, Nam Đình Vũ và VSIP Hải Phòng, khoảng 6.500 công nhân ở 4 doanh nghiệp may mặc, da giày đang bị giảm giờ làm do thiếu đơn hàng, thu nhập giảm khoảng 20%. Công đoàn KKT đã đề nghị các doanh nghiệp này không cắt giảm lao động, ưu tiên bố trí nghỉ phép năm.
Tại buổi giao ban, bà Hoàng Thị Phượng, Chủ tịch Công đoàn cơ sở Công ty TNHH Regina Miracle International Việt Nam, cho biết công ty đã chi hơn 1,2 tỷ đồng lắp quạt hơi nước, bổ sung nước mát cho khoảng 12.000 công nhân. Ông Mùa A Dế, tổ trưởng công đoàn Công ty TNHH LG Display Việt Nam Hải Phòng, người Mông quê Điện Biên, kiến nghị bố trí thêm tuyến xe đưa đón công nhân về xã An Hưng, xã Đại Bản.
Phát biểu kết luận, đồng chí Vũ Thị Thanh Hương đề nghị công đoàn cơ sở thực hiện Hướng dẫn số 12/HD-CĐKKT ngày 8/5/2024 về phòng chống nắng nóng tại nơi làm việc; triển khai Kế hoạch số 28/KH-LĐLĐ của LĐLĐ thành phố về "Tháng Công nhân" năm 2024; tiếp tục tuyên truyền lộ trình cải cách chính sách tiền lương theo Nghị quyết số 27-NQ/TW ngày 21/5/2018 của BCH Trung ương (dự kiến áp dụng từ 1/7/2024).
Dịp này, Công đoàn KKT trao 2 "Mái ấm Công đoàn", mỗi nhà 60 triệu đồng và 50 suất quà "Tháng Công nhân" cho đoàn viên khó khăn, mỗi suất 1 triệu đồng.
Kết thúc buổi giao ban, các chủ tịch công đoàn cơ sở thống nhất báo cáo nhanh về Công đoàn KKT khi phát hiện dấu hiệu tranh chấp lao động tập thể, không để bị động, bất ngờ.
Thanh Hà
Lượt xem: 1.204
Tin liên quan
- Hải Phòng: Khai mạc "Tháng Công nhân" năm 2024 (02/05/2024)
- Giao ban công tác tháng 4/2024 (26/04/2024)
- Trao 100 suất quà cho công nhân KCN Đình Vũ (15/04/2024)
""", "2024-05-31", "Giao ban công tác tháng 5: Chủ động phòng ngừa tranh chấp lao động dịp nắng nóng",
E("giao_ban", "2024-05", "2024-05-29"),
[P("Vũ Thị Thanh Hương", "Chủ tịch Công đoàn Khu kinh tế Hải Phòng"),
 P("Phạm Văn Hiếu", "Phó Chủ tịch Thường trực Liên đoàn Lao động thành phố"),
 P("Hoàng Thị Phượng", "Chủ tịch Công đoàn cơ sở Công ty TNHH Regina Miracle International Việt Nam"),
 P("Mùa A Dế", "tổ trưởng công đoàn Công ty TNHH LG Display Việt Nam Hải Phòng")],
[Q("48 doanh nghiệp", 48, "doanh nghiệp"), Q("1.642 đoàn viên", 1642, "đoàn viên"), Q("3 công đoàn cơ sở", 3, "công đoàn cơ sở"),
 Q("178.300 người", 178300, "người"), Q("482 công đoàn cơ sở", 482, "công đoàn cơ sở"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("2 vụ việc công nhân phản ánh trên mạng xã hội", 2, "vụ việc công nhân phản ánh trên mạng xã hội"),
 Q("khoảng 6.500 công nhân", 6500, "công nhân", "approx"), Q("4 doanh nghiệp may mặc, da giày", 4, "doanh nghiệp may mặc, da giày"),
 Q("khoảng 20%", 20, "%", "approx"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 12.000 công nhân", 12000, "công nhân", "approx"),
 Q("2 \"Mái ấm Công đoàn\"", 2, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng"), Q("50 suất quà", 50, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Hướng dẫn", "12", "HD-CĐKKT", "2024-05-08", None, "Hướng dẫn số 12/HD-CĐKKT ngày 8/5/2024"),
 D("Kế hoạch", "28", "KH-LĐLĐ", None, "LĐLĐ thành phố", "Kế hoạch số 28/KH-LĐLĐ của LĐLĐ thành phố"),
 D("Nghị quyết", "27", "NQ/TW", "2018-05-21", "BCH Trung ương", "Nghị quyết số 27-NQ/TW ngày 21/5/2018 của BCH Trung ương")],
[prov("Hải Phòng"), prov("Điện Biên"), com("An Hưng"), com("Đại Bản")],
["CÔNG ĐOÀN KHU KINH TẾ HẢI PHÒNG", "Trang chủ › Tin hoạt động › Quan hệ lao động", "Toàn cảnh buổi giao ban. Ảnh: Thanh Hà",
 "Tháng Công nhân", "Mái ấm Công đoàn", "KCN Tràng Duệ", "Lượt xem: 1.204"],
["Cập nhật: 14:25, 31/05/2024 (GMT+7)", "tháng 5/2024", "tháng 5", "năm 2024", "1/7/2024", "Lượt xem: 1.204"]))

PAGES.append(page("b2904-nghean-ldld-tongket-2024", """
Báo Nghệ An
Thời sự › Chính trị › Công đoàn
27/12/2024 - 17:10
Năm 2024, công đoàn Nghệ An hỗ trợ xây dựng 214 "Mái ấm Công đoàn"
Đồng chí Trần Quốc Lương phát biểu tại hội nghị. Ảnh: Quang An
Chiều 25/12, Ban Chấp hành Liên đoàn Lao động tỉnh Nghệ An khóa XIX tổ chức hội nghị lần thứ 6 tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trần Quốc Lương, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo; đồng chí Kha Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.
Năm 2024, các cấp công đoàn Nghệ An đã phát triển mới 12.806 đoàn viên, thành lập 63 công đoàn cơ sở, đạt 128% kế hoạch Tổng Liên đoàn giao; toàn tỉnh hiện có 2.817 công đoàn cơ sở với 248.600 đoàn viên. Đã tổ chức 1.920 hội nghị người lao động và 2.460 cuộc đối thoại định kỳ; 1.154 doanh nghiệp ký thỏa ước lao động tập thể, chiếm 78,3% số doanh nghiệp có công đoàn cơ sở.
Công tác chăm lo có nhiều dấu ấn: các cấp công đoàn hỗ trợ xây dựng, sửa chữa 214 "Mái ấm Công đoàn" với tổng kinh phí hơn 10,7 tỷ đồng; tổ chức "Tết sum vầy" cho gần 21.000 đoàn viên; trao 3.500 suất học bổng cho con đoàn viên. Trong năm xảy ra 3 cuộc ngừng việc tập thể tại KCN Bắc Vinh, VSIP Nghệ An và Hoàng Mai, với khoảng 2.400 công nhân tham gia; cả 3 cuộc được giải quyết trong vòng 2 ngày.
Tại hội nghị, bà Lô Thị Kim Ngân, Chủ tịch Công đoàn cơ sở Công ty TNHH May Minh Anh - Kim Liên, người dân tộc Thái, chia sẻ cách thương lượng nâng tiền ăn ca lên 25.000 đồng/suất. Ông Moong Văn Xiêng, Chủ tịch Công đoàn xã Mường Xén, người Khơ Mú, nêu khó khăn trong phát triển đoàn viên ở doanh nghiệp nhỏ vùng biên.
Phát biểu chỉ đạo, đồng chí Trần Quốc Lương đề nghị năm 2025 công đoàn tỉnh tiếp tục thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị và Chương trình hành động số 36-CTr/TU ngày 2/11/2021 của Ban Thường vụ Tỉnh ủy; triển khai có hiệu quả Luật Công đoàn năm 2024; chủ động chuẩn bị sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.
Đồng chí Kha Văn Hùng cho biết năm 2025 LĐLĐ tỉnh phấn đấu phát triển 10.000 đoàn viên, hỗ trợ ít nhất 150 "Mái ấm Công đoàn"; thực hiện Quyết định số 9485/QĐ-TLĐ ngày 12/11/2024 của Đoàn Chủ tịch Tổng Liên đoàn về tổ chức "Tết sum vầy" Ất Tỵ 2025.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua cho 2 đơn vị, Bằng khen cho 5 tập thể và 8 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 36 tập thể, 54 cá nhân.
Quang An
Lượt đọc: 3.027
Tin khác
- Nghệ An: Trao 1.000 suất quà "Tết sum vầy" năm 2025 (20/12/2024)
- Đối thoại với 500 công nhân KCN Bắc Vinh (06/12/2024)
- Hội thảo triển khai Luật Công đoàn năm 2024 (22/11/2024)
""", "2024-12-27", "Năm 2024, công đoàn Nghệ An hỗ trợ xây dựng 214 \"Mái ấm Công đoàn\"",
E("tong_ket", "2024", "2024-12-25"),
[P("Trần Quốc Lương", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Kha Văn Hùng", "UVBTV Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Lô Thị Kim Ngân", "Chủ tịch Công đoàn cơ sở Công ty TNHH May Minh Anh - Kim Liên"),
 P("Moong Văn Xiêng", "Chủ tịch Công đoàn xã Mường Xén")],
[Q("12.806 đoàn viên", 12806, "đoàn viên"), Q("63 công đoàn cơ sở", 63, "công đoàn cơ sở"), Q("128%", 128, "%"),
 Q("2.817 công đoàn cơ sở", 2817, "công đoàn cơ sở"), Q("248.600 đoàn viên", 248600, "đoàn viên"),
 Q("1.920 hội nghị người lao động", 1920, "hội nghị người lao động"), Q("2.460 cuộc đối thoại định kỳ", 2460, "cuộc đối thoại định kỳ"),
 Q("1.154 doanh nghiệp", 1154, "doanh nghiệp"), Q("78,3%", 78.3, "%"),
 Q("214 \"Mái ấm Công đoàn\"", 214, "Mái ấm Công đoàn"), Q("hơn 10,7 tỷ đồng", 10700000000, "đồng", "over"),
 Q("gần 21.000 đoàn viên", 21000, "đoàn viên", "approx"), Q("3.500 suất học bổng", 3500, "suất học bổng"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 2.400 công nhân", 2400, "công nhân", "approx"),
 Q("25.000 đồng", 25000, "đồng"), Q("10.000 đoàn viên", 10000, "đoàn viên"),
 Q("ít nhất 150 \"Mái ấm Công đoàn\"", 150, "Mái ấm Công đoàn", "over"),
 Q("2 đơn vị", 2, "đơn vị"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("36 tập thể", 36, "tập thể"), Q("54 cá nhân", 54, "cá nhân")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW của Bộ Chính trị"),
 D("Chương trình hành động", "36", "CTr/TU", "2021-11-02", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 36-CTr/TU ngày 2/11/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương"),
 D("Quyết định", "9485", "QĐ-TLĐ", "2024-11-12", "Đoàn Chủ tịch Tổng Liên đoàn", "Quyết định số 9485/QĐ-TLĐ ngày 12/11/2024 của Đoàn Chủ tịch Tổng Liên đoàn")],
[prov("Nghệ An"), com("Mường Xén")],
["Báo Nghệ An", "Thời sự › Chính trị › Công đoàn", "Đồng chí Trần Quốc Lương phát biểu tại hội nghị. Ảnh: Quang An", "Mái ấm Công đoàn",
 "Tết sum vầy", "Luật Công đoàn năm 2024", "VSIP Nghệ An", "Lượt đọc: 3.027"],
["27/12/2024 - 17:10", "khóa XIX", "lần thứ 6", "năm 2024", "năm 2025", "cả 3 cuộc", "2 ngày", "Ất Tỵ 2025", "Lượt đọc: 3.027"]))

PAGES.append(page("b2905-gialai-maiamcongdoan-2025", """
Hôm nay: Thứ Hai, 22/09/2025
LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI
Trang chủ / Tin tức / Chăm lo đời sống đoàn viên
Ngày đăng 19/09/2025 | 10:15
Niềm vui của nữ công nhân người Jrai trong căn nhà "Mái ấm Công đoàn"
Chị Rơ Mah H'Nhiên (giữa) cùng các con trước căn nhà mới.
Ngày 17/9/2025, Liên đoàn Lao động tỉnh Gia Lai tổ chức bàn giao "Mái ấm Công đoàn" cho chị Rơ Mah H'Nhiên, công nhân Công ty TNHH MTV Cao su Chư Prông, ở làng Bông Phun, xã Ia Pia. Đây là căn nhà thứ 23 được LĐLĐ tỉnh bàn giao kể từ khi tỉnh Gia Lai (mới) đi vào hoạt động trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định.
Dự buổi lễ có bà Ksor H'Bơ Khăp, Phó Chủ tịch LĐLĐ tỉnh; ông Đinh Văn Lâm, Chủ tịch Công đoàn Cao su Gia Lai; các đồng chí Siu Thị Hiền, Bí thư Đảng ủy xã Ia Pia và Rcom Thuyên, Chủ tịch UBND xã Ia Pia.
Căn nhà có diện tích 64 m2, tổng kinh phí khoảng 110 triệu đồng, trong đó Quỹ Xã hội của LĐLĐ tỉnh hỗ trợ 60 triệu đồng, Công đoàn Cao su Gia Lai hỗ trợ 20 triệu đồng, công ty hỗ trợ 15 triệu đồng; anh em công nhân nông trường góp hơn 90 ngày công. Chị H'Nhiên là lao động chính, nuôi 4 con và mẹ già, nhiều năm ở trong căn nhà ván tạm.
Bà Ksor H'Bơ Khăp cho biết, thực hiện Kế hoạch số 17/KH-LĐLĐ ngày 15/7/2025 của Ban Thường vụ LĐLĐ tỉnh về hỗ trợ xóa nhà tạm, nhà dột nát cho đoàn viên, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", năm 2025 LĐLĐ tỉnh dự kiến hỗ trợ 60 "Mái ấm Công đoàn", tập trung cho đoàn viên là đồng bào dân tộc thiểu số ở các xã phía tây và công nhân ở KCN Nhơn Hòa, Phú Tài. Đến nay đã có 41 căn khởi công, 23 căn hoàn thành, tổng kinh phí hỗ trợ trên 2,1 tỷ đồng.
Ông Đinh Văn Lâm thông tin, các công ty cao su trên địa bàn có khoảng 9.600 công nhân, trong đó khoảng 45% là người Jrai, Bahnar. Năm 2025 giá mủ cao su tăng, thu nhập bình quân của công nhân đạt 8,2 triệu đồng/người/tháng, tăng 12% so với năm 2024; tuy vậy còn 176 đoàn viên khó khăn về nhà ở.
Chị Rơ Mah H'Nhiên xúc động: "Mấy mùa mưa, mẹ con tôi phải che bạt. Nay có nhà mới, các con có chỗ học bài".
Dịp này, Công đoàn Cao su Gia Lai tặng 10 suất quà cho công nhân nghèo làng Bông Phun, mỗi suất 1 triệu đồng, và 20 bộ sách giáo khoa cho con công nhân chuẩn bị năm học mới. Ông A Sanh, Trưởng làng Bông Phun cũng có mặt chung vui. Ông cho biết trong làng hiện có 37 hộ có người làm công nhân cao su.
H'Ly - Tuấn Anh
Lượt xem: 618
Tin liên quan
- Gia Lai: Khởi công 5 "Mái ấm Công đoàn" tại phường Quy Nhơn Nam (05/09/2025)
- LĐLĐ tỉnh thăm công nhân KCN Phú Tài (28/08/2025)
- Hội nghị triển khai Luật Công đoàn năm 2024 (20/08/2025)
""", "2025-09-19", "Niềm vui của nữ công nhân người Jrai trong căn nhà \"Mái ấm Công đoàn\"",
E("trao_qua", None, "2025-09-17"),
[P("Rơ Mah H'Nhiên", "công nhân Công ty TNHH MTV Cao su Chư Prông"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Văn Lâm", "Chủ tịch Công đoàn Cao su Gia Lai"),
 P("Siu Thị Hiền", "Bí thư Đảng ủy xã Ia Pia"),
 P("Rcom Thuyên", "Chủ tịch UBND xã Ia Pia"),
 P("A Sanh", "Trưởng làng Bông Phun")],
[Q("64 m2", 64, "m2"), Q("khoảng 110 triệu đồng", 110000000, "đồng", "approx"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("hơn 90 ngày công", 90, "ngày công", "over"),
 Q("4 con", 4, "con"), Q("60 \"Mái ấm Công đoàn\"", 60, "Mái ấm Công đoàn"), Q("41 căn", 41, "căn"), Q("23 căn", 23, "căn"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("khoảng 9.600 công nhân", 9600, "công nhân", "approx"),
 Q("khoảng 45%", 45, "%", "approx"), Q("8,2 triệu đồng", 8200000, "đồng"), Q("12%", 12, "%"), Q("176 đoàn viên", 176, "đoàn viên"),
 Q("10 suất quà", 10, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 bộ sách giáo khoa", 20, "bộ sách giáo khoa"),
 Q("37 hộ", 37, "hộ")],
[D("Kế hoạch", "17", "KH-LĐLĐ", "2025-07-15", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 17/KH-LĐLĐ ngày 15/7/2025 của Ban Thường vụ LĐLĐ tỉnh")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Pia")],
["Hôm nay: Thứ Hai, 22/09/2025", "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "Trang chủ / Tin tức / Chăm lo đời sống đoàn viên",
 "Chị Rơ Mah H'Nhiên (giữa) cùng các con trước căn nhà mới.", "Mái ấm Công đoàn", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "làng Bông Phun", "Quỹ Xã hội", "Lượt xem: 618"],
["Hôm nay: Thứ Hai, 22/09/2025", "Ngày đăng 19/09/2025 | 10:15", "căn nhà thứ 23", "năm 2025", "năm 2024", "Mấy mùa mưa", "Lượt xem: 618"]))

PAGES.append(page("b2906-dongnai-doithoai-congnhan-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội | Lao động - Việc làm
Thứ Sáu, 14/11/2025, 18:20
Ảnh: Quang cảnh buổi đối thoại.
Lãnh đạo tỉnh đối thoại với hơn 800 công nhân lao động
Tối 12/11, UBND tỉnh Đồng Nai phối hợp với Liên đoàn Lao động tỉnh tổ chức chương trình "Lắng nghe công nhân nói" - đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2025 tại Nhà văn hóa công nhân phường Trấn Biên. Tham dự có khoảng 800 công nhân đến từ các KCN của tỉnh, trong đó có 120 công nhân từ các KCN Minh Hưng, Bắc Đồng Phú thuộc khu vực tỉnh Bình Phước (cũ) tham gia qua điểm cầu phường Đồng Xoài.
Chủ trì đối thoại có đồng chí Võ Tấn Phước, Phó Chủ tịch UBND tỉnh; đồng chí Điểu Thị Ngọc Bích, Phó Chủ tịch Thường trực LĐLĐ tỉnh; đại diện lãnh đạo các sở: Nội vụ, Xây dựng, Y tế, Giáo dục và Đào tạo, Công an tỉnh.
Tỉnh Đồng Nai sau hợp nhất có 60 KCN đã thành lập với hơn 1,3 triệu lao động, trong đó khoảng 58% là lao động từ tỉnh khác đến. 10 tháng năm 2025, toàn tỉnh xảy ra 9 cuộc ngừng việc tập thể với khoảng 6.700 người tham gia, giảm 4 cuộc so với cùng kỳ; nguyên nhân chủ yếu liên quan đến tiền thưởng, chế độ ăn ca và thay đổi ca làm việc.
Tại buổi đối thoại, 26 công nhân đã đặt câu hỏi. Chị K'Thị Hoa, công nhân Công ty TNHH Changshin Việt Nam, người K'Ho quê Lâm Đồng, đề nghị tăng số suất nhà ở xã hội dành cho công nhân thuê. Anh Ngô Văn Tuấn, công nhân Công ty TNHH Taekwang Vina, hỏi về việc đóng BHXH khi doanh nghiệp chuyển địa điểm. Chị Điểu Thị Thơm, người S'tiêng, làm việc tại KCN Đồng Xoài I, đề nghị mở thêm nhóm trẻ gần khu nhà trọ.
Trả lời công nhân, đồng chí Võ Tấn Phước cho biết tỉnh đang triển khai Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội" theo Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ, đến năm 2030 Đồng Nai phấn đấu hoàn thành khoảng 36.000 căn; trước mắt khởi công 2 dự án nhà ở xã hội với 1.460 căn tại phường Long Bình và xã Nhơn Trạch trong quý I/2026. Tỉnh giao Sở Giáo dục và Đào tạo rà soát, bổ sung 15 nhóm trẻ độc lập tại các địa bàn đông công nhân.
Đồng chí Điểu Thị Ngọc Bích thông tin, năm 2025 LĐLĐ tỉnh đã xây dựng 138 "Mái ấm Công đoàn", tổ chức 2.600 cuộc đối thoại tại doanh nghiệp, và sẽ chăm lo "Tết sum vầy" Bính Ngọ 2026 cho khoảng 45.000 đoàn viên với kinh phí dự kiến hơn 45 tỷ đồng, theo Kế hoạch số 211/KH-LĐLĐ ngày 3/11/2025 của Ban Thường vụ LĐLĐ tỉnh.
Kết thúc chương trình, 18/26 câu hỏi được trả lời trực tiếp; các câu hỏi còn lại sẽ được trả lời bằng văn bản trong 15 ngày.
Hạnh Dung
Lượt xem: 2.870
Tin liên quan
- Đồng Nai: 95% doanh nghiệp dự kiến thưởng Tết 2026 (10/11/2025)
- Công nhân phường Biên Hòa được khám bệnh miễn phí (31/10/2025)
- Ra mắt mô hình "Nhà trọ an toàn" (20/10/2025)
""", "2025-11-14", "Lãnh đạo tỉnh đối thoại với hơn 800 công nhân lao động",
E("doi_thoai", "2025", "2025-11-12"),
[P("Võ Tấn Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Thị Ngọc Bích", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("K'Thị Hoa", "công nhân Công ty TNHH Changshin Việt Nam"),
 P("Ngô Văn Tuấn", "công nhân Công ty TNHH Taekwang Vina"),
 P("Điểu Thị Thơm")],
[Q("khoảng 800 công nhân", 800, "công nhân", "approx"), Q("120 công nhân", 120, "công nhân"),
 Q("60 KCN", 60, "KCN"), Q("hơn 1,3 triệu lao động", 1300000, "lao động", "over"), Q("khoảng 58%", 58, "%", "approx"),
 Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"), Q("khoảng 6.700 người", 6700, "người", "approx"), Q("4 cuộc", 4, "cuộc"),
 Q("26 công nhân", 26, "công nhân"), Q("khoảng 36.000 căn", 36000, "căn", "approx"), Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"),
 Q("1.460 căn", 1460, "căn"), Q("15 nhóm trẻ độc lập", 15, "nhóm trẻ độc lập"), Q("138 \"Mái ấm Công đoàn\"", 138, "Mái ấm Công đoàn"),
 Q("2.600 cuộc đối thoại", 2600, "cuộc đối thoại"), Q("khoảng 45.000 đoàn viên", 45000, "đoàn viên", "approx"),
 Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"), Q("18/26 câu hỏi", 18, "câu hỏi")],
[D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "211", "KH-LĐLĐ", "2025-11-03", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 211/KH-LĐLĐ ngày 3/11/2025 của Ban Thường vụ LĐLĐ tỉnh")],
[prov("Đồng Nai"), prov("Bình Phước"), prov("Lâm Đồng"), com("Trấn Biên"), com("Đồng Xoài"), com("Long Bình"), com("Nhơn Trạch")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội | Lao động - Việc làm", "Ảnh: Quang cảnh buổi đối thoại.", "Lắng nghe công nhân nói",
 "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội", "Mái ấm Công đoàn", "Tết sum vầy", "KCN Đồng Xoài I", "Lượt xem: 2.870"],
["Thứ Sáu, 14/11/2025, 18:20", "năm 2025", "10 tháng năm 2025", "1 triệu căn hộ", "năm 2030", "quý I/2026", "Bính Ngọ 2026", "15 ngày",
 "Lượt xem: 2.870"]))

PAGES.append(page("b2907-tuyenquang-tetsumvay-2026", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Chăm lo Tết
06/02/2026 08:40
Các đại biểu trao quà cho công nhân có hoàn cảnh khó khăn.
"Tết sum vầy" Bính Ngọ 2026: 1.200 suất quà đến với công nhân, người lao động
Sáng 4/2/2026, tại Khu công nghiệp Long Bình An, Liên đoàn Lao động tỉnh Tuyên Quang tổ chức chương trình "Tết sum vầy - Xuân Bính Ngọ 2026". Đây là năm đầu tiên chương trình được tổ chức đồng thời tại 2 điểm: KCN Long Bình An và phường Hà Giang 1 (khu vực tỉnh Hà Giang trước hợp nhất).
Dự chương trình có đồng chí Vàng Thị Mai, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nông Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Ma Văn Định, Chủ tịch LĐLĐ tỉnh.
Tại chương trình, Ban tổ chức trao 1.200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và hiện vật trị giá 300.000 đồng; trao 3 "Mái ấm Công đoàn", mỗi căn 70 triệu đồng; tặng 150 vé xe miễn phí cho công nhân về quê ở các xã vùng cao Mèo Vạc, Đồng Văn, Lâm Bình. Công nhân còn được tham gia "Chợ Tết Công đoàn" với 40 gian hàng, mỗi người được phát phiếu mua hàng 500.000 đồng.
Đồng chí Ma Văn Định cho biết, Tết Bính Ngọ 2026, các cấp công đoàn tỉnh dành hơn 9,6 tỷ đồng chăm lo cho khoảng 14.000 đoàn viên, người lao động, thực hiện Kế hoạch số 186/KH-TLĐ ngày 20/10/2025 của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 09-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết cho Nhân dân. Theo khảo sát tại 212 doanh nghiệp, mức thưởng Tết bình quân khoảng 5,4 triệu đồng/người, tăng 8% so với năm trước; 100% doanh nghiệp đã trả đủ lương tháng 12/2025.
Chị Giàng Thị Dợ, công nhân Công ty CP Giấy An Hòa, người Mông ở xã Mèo Vạc, chia sẻ: "Năm nay được tặng vé xe, em được về quê ăn Tết cùng bố mẹ". Anh Bàn Văn Quyên, công nhân người Dao làm việc tại Công ty TNHH Chaoyang Tuyên Quang, cho biết công ty thưởng Tết 6 triệu đồng.
Phát biểu tại chương trình, đồng chí Vàng Thị Mai đề nghị các doanh nghiệp chăm lo chu đáo cho người lao động, không để công nhân nào không có Tết; các cấp công đoàn nắm chắc tình hình, phòng ngừa ngừng việc tập thể sau Tết. Năm 2025, toàn tỉnh xảy ra 1 cuộc ngừng việc tập thể với 230 công nhân tham gia tại một doanh nghiệp may. Chương trình "Tết sum vầy" năm nay còn có phần bốc thăm trúng thưởng với 5 xe máy dành cho công nhân.
Đông Hà
Lượt xem: 1.331
Tin liên quan
- Tuyên Quang: Công đoàn trao 500 suất quà tại các xã vùng cao (02/02/2026)
- Đối thoại với công nhân KCN Long Bình An (15/01/2026)
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 2 (30/12/2025)
""", "2026-02-06", "\"Tết sum vầy\" Bính Ngọ 2026: 1.200 suất quà đến với công nhân, người lao động",
E("trao_qua", None, "2026-02-04"),
[P("Vàng Thị Mai", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nông Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Định", "Chủ tịch LĐLĐ tỉnh"),
 P("Giàng Thị Dợ", "công nhân Công ty CP Giấy An Hòa"),
 P("Bàn Văn Quyên")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("2 điểm", 2, "điểm"), Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("3 \"Mái ấm Công đoàn\"", 3, "Mái ấm Công đoàn"), Q("70 triệu đồng", 70000000, "đồng"), Q("150 vé xe", 150, "vé xe"),
 Q("40 gian hàng", 40, "gian hàng"), Q("500.000 đồng", 500000, "đồng"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("khoảng 14.000 đoàn viên, người lao động", 14000, "đoàn viên, người lao động", "approx"), Q("212 doanh nghiệp", 212, "doanh nghiệp"),
 Q("khoảng 5,4 triệu đồng", 5400000, "đồng", "approx"), Q("8%", 8, "%"), Q("100%", 100, "%"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("1 cuộc ngừng việc tập thể", 1, "cuộc ngừng việc tập thể"), Q("230 công nhân", 230, "công nhân"),
 Q("5 xe máy", 5, "xe máy")],
[D("Kế hoạch", "186", "KH-TLĐ", "2025-10-20", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 186/KH-TLĐ ngày 20/10/2025 của Tổng Liên đoàn Lao động Việt Nam"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Mèo Vạc"), com("Đồng Văn"), com("Lâm Bình")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Chăm lo Tết", "Các đại biểu trao quà cho công nhân có hoàn cảnh khó khăn.",
 "Tết sum vầy - Xuân Bính Ngọ 2026", "Mái ấm Công đoàn", "Chợ Tết Công đoàn", "Khu công nghiệp Long Bình An", "Lượt xem: 1.331"],
["06/02/2026 08:40", "Bính Ngọ 2026", "năm đầu tiên", "tháng 12/2025", "Năm 2025", "Lượt xem: 1.331"]))

PAGES.append(page("b2908-vinhlong-chandung-chutichcongdoan-2026", """
Báo Vĩnh Long điện tử
Trang chủ › Xã hội › Gương sáng
Thứ Sáu, 20/03/2026 - 07:00
Chị Thạch Thị Sa Quênh (bìa trái) trò chuyện với công nhân trong giờ nghỉ ca.
Nữ chủ tịch công đoàn người Khmer "giữ lửa" ở KCN Long Đức
Hơn 10 năm làm Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Lạc Tỷ Trà Vinh, chị Thạch Thị Sa Quênh đã trở thành chỗ dựa tin cậy của gần 4.000 công nhân, phần đông là đồng bào Khmer ở các xã, phường lân cận.
Sinh năm 1982 tại phường Nguyệt Hóa, chị Sa Quênh vào làm công nhân tổ may từ năm 2008. Năm 2015, chị được tín nhiệm bầu làm Chủ tịch Công đoàn cơ sở công ty; đến nay chị là Ủy viên Ban Chấp hành LĐLĐ tỉnh Vĩnh Long khóa I, nhiệm kỳ 2025 - 2030, sau khi tỉnh hợp nhất với Bến Tre và Trà Vinh.
Nhớ lại năm 2017, khi gần 1.500 công nhân ngừng việc vì công ty thay đổi cách tính tiền chuyên cần, chị Sa Quênh đã cùng Ban Chấp hành công đoàn thức trắng đêm lắng nghe công nhân, rồi đại diện người lao động thương lượng với Ban Giám đốc. Sau 1 ngày, công ty chấp nhận giữ nguyên mức thưởng chuyên cần 400.000 đồng/tháng và tăng tiền ăn ca thêm 3.000 đồng/suất. "Từ đó tôi hiểu, công đoàn phải đứng về phía công nhân ngay từ đầu, không đợi đến khi họ ngừng việc mới vào cuộc", chị nói.
Dưới sự dẫn dắt của chị, công đoàn công ty đã thương lượng ký 4 bản thỏa ước lao động tập thể, mỗi bản có hơn 20 điều khoản có lợi hơn luật; tổ chức đối thoại định kỳ mỗi quý một lần. Công đoàn vận động công ty xây dựng nhà trẻ cho 120 cháu là con công nhân, hỗ trợ 50.000 đồng/tháng tiền gửi trẻ. Từ năm 2016 đến nay, công đoàn đã đề nghị xây dựng 17 "Mái ấm Công đoàn" cho đoàn viên khó khăn và tổ chức "Tết sum vầy" hằng năm cho khoảng 300 công nhân không về quê.
Ông Kim Sóc Kha, Phó Chủ tịch LĐLĐ tỉnh nhận xét: "Chị Sa Quênh là cán bộ công đoàn cơ sở tiêu biểu, nói được tiếng Khmer với công nhân nên nắm tình hình rất nhanh". Năm 2025, chị được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen theo Quyết định số 1102/QĐ-TLĐ và được trao Giải thưởng Nguyễn Văn Linh.
Anh Thạch Rươne, công nhân tổ gò, kể: "Lúc vợ tôi bệnh nặng, chị Quênh vận động anh em góp được 18 triệu đồng, công đoàn hỗ trợ thêm 5 triệu đồng. Gia đình tôi không bao giờ quên".
Bà Dương Thị Ngọc Thủy, Giám đốc nhân sự công ty, cho biết nhờ công đoàn làm tốt vai trò cầu nối, tỷ lệ công nhân nghỉ việc của công ty giảm từ 18% năm 2019 xuống còn 7% năm 2025.
Với chị Sa Quênh, niềm vui lớn nhất là thấy công nhân yên tâm gắn bó. Chị đang ấp ủ kế hoạch mở lớp dạy chữ Khmer buổi tối cho con em công nhân ngay trong khu nhà trọ ở xã Long Đức.
Sơn Trà
Lượt xem: 945
Tin liên quan
- Vĩnh Long: 25 cán bộ công đoàn cơ sở tiêu biểu được tuyên dương (10/03/2026)
- Công nhân KCN Long Đức đón "Tết sum vầy" (05/02/2026)
- LĐLĐ tỉnh triển khai nhiệm vụ năm 2026 (15/01/2026)
""", "2026-03-20", "Nữ chủ tịch công đoàn người Khmer \"giữ lửa\" ở KCN Long Đức",
E("khac", None, None),
[P("Thạch Thị Sa Quênh", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Lạc Tỷ Trà Vinh", "Chủ tịch Công đoàn cơ sở công ty", "Ủy viên Ban Chấp hành LĐLĐ tỉnh Vĩnh Long khóa I"),
 P("Kim Sóc Kha", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Rươne", "công nhân tổ gò"),
 P("Dương Thị Ngọc Thủy", "Giám đốc nhân sự công ty")],
[Q("gần 4.000 công nhân", 4000, "công nhân", "approx"), Q("gần 1.500 công nhân", 1500, "công nhân", "approx"),
 Q("400.000 đồng", 400000, "đồng"), Q("3.000 đồng", 3000, "đồng"), Q("4 bản thỏa ước lao động tập thể", 4, "bản thỏa ước lao động tập thể"),
 Q("hơn 20 điều khoản", 20, "điều khoản", "over"), Q("120 cháu", 120, "cháu"), Q("50.000 đồng", 50000, "đồng"),
 Q("17 \"Mái ấm Công đoàn\"", 17, "Mái ấm Công đoàn"), Q("khoảng 300 công nhân", 300, "công nhân", "approx"),
 Q("18 triệu đồng", 18000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("18%", 18, "%"), Q("7%", 7, "%")],
[D("Quyết định", "1102", "QĐ-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 1102/QĐ-TLĐ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Đức")],
["Báo Vĩnh Long điện tử", "Trang chủ › Xã hội › Gương sáng", "Chị Thạch Thị Sa Quênh (bìa trái) trò chuyện với công nhân trong giờ nghỉ ca.",
 "Mái ấm Công đoàn", "Tết sum vầy", "Giải thưởng Nguyễn Văn Linh", "KCN Long Đức", "Công ty TNHH Giày Lạc Tỷ Trà Vinh", "Lượt xem: 945"],
["Thứ Sáu, 20/03/2026 - 07:00", "Hơn 10 năm", "Sinh năm 1982", "năm 2008", "Năm 2015", "khóa I", "nhiệm kỳ 2025 - 2030", "năm 2017",
 "1 ngày", "mỗi quý một lần", "Từ năm 2016", "Năm 2025", "năm 2019", "năm 2025", "Lượt xem: 945"]))
