from lib import *
PAGES = []

PAGES.append(page("b3185-binhphuoc-tiepxuccutri-gpmb-2022", """
ĐẢNG ỦY XÃ MINH LẬP - HUYỆN CHƠN THÀNH
Trang chủ | Tin tức | Xây dựng Đảng | Dân vận
Ngày 12/08/2022 | 15:10
Cử tri xã Minh Lập kiến nghị về bồi thường dự án đường Đồng Phú - Bình Dương
Ngày 10/8/2022, Tổ đại biểu HĐND tỉnh Bình Phước đơn vị huyện Chơn Thành phối hợp với Ủy ban MTTQ Việt Nam xã Minh Lập tổ chức hội nghị tiếp xúc cử tri năm 2022 tại hội trường ấp 3. Tham dự có bà Điểu Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, đại biểu HĐND tỉnh; ông Trần Văn Mi, Phó Giám đốc Sở Giao thông vận tải, đại biểu HĐND tỉnh và hơn 150 cử tri.
Quang cảnh hội nghị tiếp xúc cử tri tại ấp 3.
Ông Lê Văn Út, Bí thư Đảng ủy, Chủ tịch HĐND xã thông tin: dự án đường Đồng Phú - Bình Dương đoạn qua xã dài 6,2 km, thu hồi đất của 213 hộ, trong đó 34 hộ đồng bào S'tiêng. Đến nay đã chi trả hơn 84 tỷ đồng cho 178 hộ; còn 35 hộ chưa nhận tiền do chưa đồng ý với giá bồi thường cây cao su, cây điều.
Tại hội nghị, có 14 lượt cử tri phát biểu. Cử tri Điểu Mai, ấp Tân Lập, phản ánh gia đình có 2 sào cao su đang khai thác bị thu hồi nhưng giá bồi thường chỉ bằng khoảng 60% giá thị trường. Cử tri Thị Hên, người S'tiêng, đề nghị được hỗ trợ đất sản xuất mới. Cử tri Phạm Thị Loan kiến nghị làm rõ vì sao hai thửa đất liền kề lại có hai mức giá khác nhau.
Trả lời cử tri, ông Trần Văn Mi cho biết giá đất bồi thường được xác định theo Quyết định số 1254/QĐ-UBND ngày 20/6/2022 của UBND tỉnh về phê duyệt hệ số điều chỉnh giá đất; cây cao su được bồi thường theo Quyết định số 04/2020/QĐ-UBND. Những hộ chưa thống nhất có thể đề nghị Hội đồng bồi thường huyện kiểm tra lại. Bà Điểu Thị Hồng Nhung đề nghị Ủy ban MTTQ xã giám sát việc chi trả, tiếp nhận đầy đủ phản ánh của người dân và chuyển đến cơ quan có thẩm quyền; Ban Dân vận Tỉnh ủy sẽ theo dõi việc trả lời các kiến nghị theo Quy định số 23-QĐ/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân, đối thoại.
Kết thúc hội nghị, Đảng ủy xã giao Ban Dân vận Đảng ủy, Ủy ban MTTQ xã phối hợp các ấp tổ chức 5 buổi họp dân để công khai phương án bồi thường bổ sung; đồng thời phân công 12 đảng viên phụ trách từng nhóm hộ chưa đồng thuận. Xã đặt mục tiêu đến cuối tháng 9 hoàn thành bàn giao mặt bằng.
Được biết, đây là dự án giao thông trọng điểm của tỉnh, kết nối Bình Phước với tỉnh Bình Dương và cảng biển khu vực Đông Nam Bộ.
Ban Tuyên giáo Đảng ủy xã
Tin cùng chuyên mục
- Minh Lập: ra mắt mô hình "Dân vận khéo" trong hiến đất làm đường (28/07/2022)
- Hội nghị sơ kết 6 tháng đầu năm 2022 (15/07/2022)
- Thăm hỏi gia đình chính sách nhân ngày 27/7 (25/07/2022)
""", "2022-08-12", "Cử tri xã Minh Lập kiến nghị về bồi thường dự án đường Đồng Phú - Bình Dương",
E("hoi_nghi", "2022", "2022-08-10"),
[P("Điểu Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "đại biểu HĐND tỉnh"),
 P("Trần Văn Mi", "Phó Giám đốc Sở Giao thông vận tải", "đại biểu HĐND tỉnh"),
 P("Lê Văn Út", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Mai"), P("Thị Hên"), P("Phạm Thị Loan")],
[Q("hơn 150 cử tri", 150, "cử tri", "over"), Q("6,2 km", 6.2, "km"), Q("213 hộ", 213, "hộ"),
 Q("34 hộ đồng bào S'tiêng", 34, "hộ đồng bào S'tiêng"), Q("hơn 84 tỷ đồng", 84000000000, "đồng", "over"),
 Q("178 hộ", 178, "hộ"), Q("35 hộ", 35, "hộ"), Q("14 lượt cử tri", 14, "lượt cử tri"), Q("2 sào cao su", 2, "sào"),
 Q("khoảng 60%", 60, "%", "approx"), Q("5 buổi họp dân", 5, "buổi họp dân"), Q("12 đảng viên", 12, "đảng viên")],
[D("Quyết định", "1254", "QĐ-UBND", "2022-06-20", "UBND tỉnh", "Quyết định số 1254/QĐ-UBND ngày 20/6/2022"),
 D("Quyết định", "04", "2020/QĐ-UBND", None, None, "Quyết định số 04/2020/QĐ-UBND"),
 D("Quy định", "23", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 23-QĐ/TU")],
[prov("Bình Phước"), prov("Bình Dương"), com("Minh Lập")],
["ĐẢNG ỦY XÃ MINH LẬP - HUYỆN CHƠN THÀNH", "Trang chủ | Tin tức | Xây dựng Đảng | Dân vận",
 "Quang cảnh hội nghị tiếp xúc cử tri tại ấp 3.", "Đồng Phú - Bình Dương"],
["Ngày 12/08/2022 | 15:10", "năm 2022", "ấp 3", "tháng 9"]))

PAGES.append(page("b3186-longan-soket-vanhdai3-2023", """
BÁO LONG AN ONLINE
Trang chủ > Thời sự > Chính trị
Thứ Sáu, 14/07/2023 - 16:30
Đồng chí Nguyễn Minh Lâm phát biểu chỉ đạo hội nghị.
Đức Hòa, Bến Lức: Hoàn thành 96% mặt bằng đường Vành đai 3
(LA) - Ngày 12/7, Ban Chỉ đạo bồi thường, hỗ trợ, tái định cư dự án đường Vành đai 3 TP.HCM đoạn qua tỉnh Long An tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Đồng chí Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo, đoạn qua tỉnh dài 8,5 km, đi qua các xã Mỹ Yên, Tân Bửu (huyện Bến Lức) và Đức Hòa Hạ, Hựu Thạnh (huyện Đức Hòa), ảnh hưởng 1.176 hộ, tổ chức. Đến 30/6, đã chi trả khoảng 2.480 tỷ đồng cho 1.098 hộ; bàn giao 96% mặt bằng. Khu tái định cư Tân Bửu quy mô 8,9 ha với 330 nền đã hoàn thành hạ tầng, 126 hộ được bốc thăm nền.
Dự án được triển khai theo Nghị quyết số 57/2022/QH15 của Quốc hội và Nghị quyết 109/NQ-CP ngày 26/8/2022 của Chính phủ. Tỉnh đã ban hành Kế hoạch số 2916/KH-UBND về GPMB; Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 31, 32-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác GPMB các dự án giao thông trọng điểm.
Bà Trương Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các cấp đã tổ chức 16 cuộc giám sát, tham gia 38 cuộc họp dân, tiếp nhận 52 ý kiến, kiến nghị; đã phối hợp giải quyết 47 trường hợp. Ông Phan Văn Tài, Bí thư Đảng ủy xã Mỹ Yên, kiến nghị xem xét cho các hộ có nhà bị giải tỏa một phần được tái định cư.
Còn 42 hộ chưa bàn giao mặt bằng, chủ yếu do đơn giá bồi thường đất ở chưa sát thực tế, trong đó có khoảng 10 hộ kinh doanh, nhà xưởng. Hiện có 6 trường hợp khiếu nại kéo dài đang được giải quyết theo Luật Khiếu nại.
Kết luận hội nghị, đồng chí Nguyễn Minh Lâm yêu cầu 6 tháng cuối năm 2023, các địa phương hoàn thành 100% mặt bằng trước ngày 30/9; tăng cường đối thoại, vận động; chỉ xem xét cưỡng chế khi đã vận động, đối thoại nhiều lần mà người dân vẫn không chấp hành. Ủy ban MTTQ các cấp tiếp tục giám sát, bảo đảm người dân có nơi ở mới bằng hoặc tốt hơn nơi ở cũ.
Ông Nguyễn Văn Út, người dân ấp 4, xã Tân Bửu, chia sẻ: "Gia đình tôi đã nhận tiền, nhận nền tái định cư, được hỗ trợ thêm 60 triệu đồng thuê nhà trong thời gian xây nhà mới nên rất yên tâm".
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 14 cá nhân có thành tích trong GPMB. Đây là những tập thể, cá nhân đã bám địa bàn, kiên trì vận động người dân đồng thuận giao đất.
Gia Bảo
Tin liên quan
- Long An khởi công đường Vành đai 3 (18/06/2023)
- Bến Lức: bốc thăm nền tái định cư cho hộ dân (05/06/2023)
- Người dân Đức Hòa đồng thuận bàn giao mặt bằng (20/05/2023)
""", "2023-07-14", "Đức Hòa, Bến Lức: Hoàn thành 96% mặt bằng đường Vành đai 3",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Nguyễn Minh Lâm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Trương Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Tài", "Bí thư Đảng ủy xã Mỹ Yên"),
 P("Nguyễn Văn Út")],
[Q("96%", 96, "%"), Q("8,5 km", 8.5, "km"), Q("1.176 hộ, tổ chức", 1176, "hộ, tổ chức"),
 Q("khoảng 2.480 tỷ đồng", 2480000000000, "đồng", "approx"), Q("1.098 hộ", 1098, "hộ"), Q("8,9 ha", 8.9, "ha"),
 Q("330 nền", 330, "nền"), Q("126 hộ", 126, "hộ"), Q("16 cuộc giám sát", 16, "cuộc giám sát"), Q("38 cuộc họp dân", 38, "cuộc họp dân"),
 Q("52 ý kiến, kiến nghị", 52, "ý kiến, kiến nghị"), Q("47 trường hợp", 47, "trường hợp"), Q("42 hộ", 42, "hộ"),
 Q("khoảng 10 hộ kinh doanh", 10, "hộ kinh doanh", "approx"), Q("6 trường hợp", 6, "trường hợp"), Q("100%", 100, "%"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "57", "2022/QH15", None, "Quốc hội", "Nghị quyết số 57/2022/QH15"),
 D("Nghị quyết", "109", "NQ-CP", "2022-08-26", "Chính phủ", "Nghị quyết 109/NQ-CP ngày 26/8/2022"),
 D("Kế hoạch", "2916", "KH-UBND", None, None, "Kế hoạch số 2916/KH-UBND"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU")],
[prov("Long An"), com("Mỹ Yên"), com("Tân Bửu"), com("Đức Hòa Hạ"), com("Hựu Thạnh")],
["BÁO LONG AN ONLINE", "Trang chủ > Thời sự > Chính trị", "Đồng chí Nguyễn Minh Lâm phát biểu chỉ đạo hội nghị.", "(LA)",
 "Luật Khiếu nại", "Vành đai 3"],
["Thứ Sáu, 14/07/2023 - 16:30", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "ấp 4", "Vành đai 3"]))

PAGES.append(page("b3187-hungyen-mttq-giamsat-vanhdai4-2023", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên
Trang chủ » Tin tức » Giám sát - Phản biện
Cập nhật: 08:45, 26/10/2023 (GMT+7)
Ảnh: Đoàn giám sát kiểm tra thực địa khu tái định cư xã Tân Tiến.
Mặt trận giám sát công tác GPMB dự án đường Vành đai 4 - Vùng Thủ đô
Trong các ngày 23 và 24/10/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Phạm Văn Hưng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án đường Vành đai 4 - Vùng Thủ đô tại huyện Văn Giang và huyện Yên Mỹ. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Tài nguyên và Môi trường, Hội Nông dân tỉnh.
Đoạn tuyến qua tỉnh dài khoảng 19,3 km, diện tích cần thu hồi hơn 158 ha, liên quan đến 2.947 hộ gia đình, cá nhân và 9 tổ chức tại 13 xã. Đến ngày 20/10, các địa phương đã công khai phương án cho 2.640 hộ, chi trả hơn 1.020 tỷ đồng, bàn giao 132,4 ha, đạt 83,8% diện tích. Tỉnh đã đầu tư 4 khu tái định cư với 296 lô, trong đó khu tái định cư xã Tân Tiến hoàn thành hạ tầng từ tháng 9.
Qua giám sát, đoàn đánh giá các địa phương đã thực hiện đúng Nghị quyết số 56/2022/QH15 của Quốc hội, Quyết định số 14/2023/QĐ-UBND của UBND tỉnh; Ủy ban MTTQ các xã đã cử 26 cán bộ tham gia Hội đồng bồi thường. Tuy nhiên, việc xác định nguồn gốc đất ở một số thửa tại xã Long Hưng, Nghĩa Trụ còn chậm; 73 hộ chưa nhận tiền; có hộ phản ánh chưa được hỗ trợ đào tạo nghề.
Bà Đỗ Thị Nhàn, hộ dân thôn Đa Ngưu, xã Tân Tiến, cho biết gia đình bị thu hồi 2.160 m2 đất trồng nhãn, đã nhận khoảng 1,9 tỷ đồng; mong được ưu tiên việc làm tại khu công nghiệp. Ông Lương Văn Đạt, Chủ tịch Ủy ban MTTQ xã Nghĩa Trụ, kiến nghị tăng mức hỗ trợ cho các hộ thuê đất công ích để trồng cây ăn quả.
Ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện Văn Giang, tiếp thu và cho biết huyện đã giải quyết 28/31 đơn thư, 3 đơn còn lại đang xác minh nguồn gốc đất; phấn đấu hoàn thành bàn giao mặt bằng trong tháng 12.
Kết luận, ông Phạm Văn Hưng đề nghị UBND các huyện tiếp tục đối thoại với người dân, giải quyết kịp thời đơn thư theo Kế hoạch số 112/KH-MTTQ-BTT của Ban Thường trực; thực hiện Quy chế phối hợp số 05/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND tỉnh trong tiếp công dân; có giải pháp hỗ trợ việc làm cho khoảng 1.300 lao động bị mất đất sản xuất. Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy.
Hoàng Dung
Lượt xem: 406
Tin liên quan
- Yên Mỹ: đối thoại với hộ dân vùng dự án Vành đai 4 (12/10/2023)
- Hội nghị phản biện dự thảo bảng giá đất (28/09/2023)
- Khoái Châu: ra mắt Ban giám sát đầu tư cộng đồng (15/09/2023)
""", "2023-10-26", "Mặt trận giám sát công tác GPMB dự án đường Vành đai 4 - Vùng Thủ đô",
E("giam_sat", "2023", "2023-10-23"),
[P("Phạm Văn Hưng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Nhàn"),
 P("Lương Văn Đạt", "Chủ tịch Ủy ban MTTQ xã Nghĩa Trụ"),
 P("Nguyễn Hữu Thắng", "Phó Chủ tịch UBND huyện Văn Giang")],
[Q("khoảng 19,3 km", 19.3, "km", "approx"), Q("hơn 158 ha", 158, "ha", "over"), Q("2.947 hộ gia đình, cá nhân", 2947, "hộ gia đình, cá nhân"),
 Q("9 tổ chức", 9, "tổ chức"), Q("13 xã", 13, "xã"), Q("2.640 hộ", 2640, "hộ"), Q("hơn 1.020 tỷ đồng", 1020000000000, "đồng", "over"),
 Q("132,4 ha", 132.4, "ha"), Q("83,8%", 83.8, "%"), Q("4 khu tái định cư", 4, "khu tái định cư"), Q("296 lô", 296, "lô"),
 Q("26 cán bộ", 26, "cán bộ"), Q("73 hộ", 73, "hộ"), Q("2.160 m2", 2160, "m2"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("28/31 đơn thư", 28, "đơn thư"), Q("3 đơn", 3, "đơn"), Q("khoảng 1.300 lao động", 1300, "lao động", "approx")],
[D("Nghị quyết", "56", "2022/QH15", None, "Quốc hội", "Nghị quyết số 56/2022/QH15"),
 D("Quyết định", "14", "2023/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 14/2023/QĐ-UBND"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 112/KH-MTTQ-BTT"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND")],
[prov("Hưng Yên"), com("Tân Tiến"), com("Long Hưng"), com("Nghĩa Trụ")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên", "Trang chủ » Tin tức » Giám sát - Phản biện",
 "Ảnh: Đoàn giám sát kiểm tra thực địa khu tái định cư xã Tân Tiến.", "Vành đai 4 - Vùng Thủ đô", "Lượt xem: 406"],
["Cập nhật: 08:45, 26/10/2023 (GMT+7)", "Vành đai 4", "tháng 9", "tháng 12", "Lượt xem: 406"]))

PAGES.append(page("b3188-cantho-daihoi-mttq-xa-2024", """
Cổng thông tin điện tử xã Thạnh Phú - huyện Cờ Đỏ - TP Cần Thơ
Trang chủ / Hoạt động Mặt trận - Đoàn thể
2024-06-21 10:15
Đại hội đại biểu MTTQ Việt Nam xã Thạnh Phú lần thứ XI, nhiệm kỳ 2024 - 2029
Ngày 19/6/2024, Ủy ban MTTQ Việt Nam xã Thạnh Phú tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2024 - 2029. Dự đại hội có ông Trần Thanh Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cờ Đỏ; ông Lê Hoàng Nam, Bí thư Đảng ủy xã và 120 đại biểu chính thức đại diện cho hơn 17.000 người dân trong xã.
Báo cáo của Ủy ban MTTQ xã nhiệm kỳ 2019 - 2024 nêu rõ: một trong những việc nổi bật là Mặt trận đã phối hợp vận động 428 hộ dân bàn giao mặt bằng cho dự án đường cao tốc Cần Thơ - Cà Mau và dự án nâng cấp tuyến đường tỉnh 922 đoạn qua xã, với tổng diện tích hơn 36 ha. Mặt trận xã đã cử cán bộ tham gia đủ 11 đợt kiểm đếm, chủ trì 7 cuộc giám sát việc chi trả bồi thường, phát hiện và kiến nghị điều chỉnh 9 trường hợp kiểm đếm thiếu.
Đặc biệt, Ban Thường trực đã phối hợp với 6 Ban Công tác Mặt trận ấp tổ chức 24 cuộc họp dân công khai phương án bồi thường; tiếp nhận 41 ý kiến, kiến nghị, chuyển UBND xã giải quyết 38 ý kiến. Nhiều hộ đồng bào Khmer ở ấp Thạnh Phước như ông Danh Sơn, bà Thị Ngọc Bích đã tự nguyện giao đất trước thời hạn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được gắn với vận động nhân dân hiến đất, hiến cây làm đường; nhân dân đóng góp khoảng 2,3 tỷ đồng.
Phát biểu chỉ đạo, ông Trần Thanh Hải đề nghị nhiệm kỳ tới, Mặt trận xã tiếp tục thực hiện tốt Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn số 35-HD/MTTW-BTT ngày 28/3/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; tăng cường giám sát việc bố trí tái định cư, hỗ trợ chuyển đổi nghề cho người dân bị thu hồi đất; phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại hội nghị lần thứ nhất, bà Nguyễn Thị Kim Hương được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Lâm Văn Thương và ông Danh Hoàng Khởi giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đại hội cũng cử 8 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Cờ Đỏ lần thứ XI. Đại hội kêu gọi các tầng lớp nhân dân trong xã tiếp tục đồng thuận, chung sức để các dự án giao thông sớm hoàn thành, tạo động lực phát triển kinh tế - xã hội của địa phương.
Thanh Tâm
Tin khác
- Xã Thạnh Phú họp dân về dự án cao tốc (06/06/2024)
- Hội nghị hiệp thương lần thứ ba (24/05/2024)
- Ra mắt tổ hòa giải ở cơ sở ấp Thạnh Lợi (10/05/2024)
""", "2024-06-21", "Đại hội đại biểu MTTQ Việt Nam xã Thạnh Phú lần thứ XI, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-19"),
[P("Trần Thanh Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cờ Đỏ"),
 P("Lê Hoàng Nam", "Bí thư Đảng ủy xã"),
 P("Danh Sơn"), P("Thị Ngọc Bích"),
 P("Nguyễn Thị Kim Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Văn Thương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Danh Hoàng Khởi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 17.000 người dân", 17000, "người dân", "over"),
 Q("428 hộ dân", 428, "hộ dân"), Q("hơn 36 ha", 36, "ha", "over"), Q("11 đợt kiểm đếm", 11, "đợt kiểm đếm"),
 Q("7 cuộc giám sát", 7, "cuộc giám sát"), Q("9 trường hợp", 9, "trường hợp"), Q("6 Ban Công tác Mặt trận ấp", 6, "Ban Công tác Mặt trận ấp"),
 Q("24 cuộc họp dân", 24, "cuộc họp dân"), Q("41 ý kiến, kiến nghị", 41, "ý kiến, kiến nghị"), Q("38 ý kiến", 38, "ý kiến"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("37 vị", 37, "vị"), Q("8 đại biểu", 8, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "35", "HD/MTTW-BTT", "2023-03-28", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 35-HD/MTTW-BTT ngày 28/3/2023")],
[prov("Cần Thơ"), com("Thạnh Phú")],
["Cổng thông tin điện tử xã Thạnh Phú - huyện Cờ Đỏ - TP Cần Thơ", "Trang chủ / Hoạt động Mặt trận - Đoàn thể",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cần Thơ - Cà Mau"],
["2024-06-21 10:15", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "đường tỉnh 922", "khóa XI", "lần thứ nhất"]))

PAGES.append(page("b3189-khanhhoa-traoqua-taidinhcu-2024", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ › Tin tức › Hoạt động dân vận
10/09/2024 - 14:20
Thăm, tặng quà các hộ dân đã bàn giao mặt bằng dự án cao tốc Vân Phong - Nha Trang
Ngày 7/9/2024, đoàn công tác của Ban Dân vận Tỉnh ủy Khánh Hòa do bà Nguyễn Thị Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, tặng quà các hộ dân đã bàn giao mặt bằng dự án đường cao tốc Vân Phong - Nha Trang tại thị xã Ninh Hòa và huyện Vạn Ninh.
Bà Nguyễn Thị Hồng Hải trao quà cho hộ dân tại khu tái định cư Ninh Thọ.
Tại khu tái định cư xã Ninh Thọ, đoàn đã trao 60 suất quà, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm, cho các hộ dân đã tự nguyện di dời. Tại xã Vạn Hưng, đoàn trao 45 suất quà cho các hộ bị thu hồi trên 70% đất sản xuất và 5 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo vượt khó là con em các hộ tái định cư. Tổng giá trị quà tặng khoảng 125 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp hỗ trợ.
Theo ông Võ Văn Tâm, Phó Chủ tịch UBND thị xã Ninh Hòa, dự án đoạn qua thị xã có 1.132 hộ bị ảnh hưởng; đến nay 98,5% hộ đã bàn giao mặt bằng, 214 hộ đã nhận đất tái định cư. Ông Pi Năng Sáu, người Raglai ở thôn Suối Sâu, xã Ninh Thọ, chia sẻ: nhờ cán bộ nhiều lần đến nhà giải thích, gia đình ông hiểu rằng con đường sẽ mang lại cuộc sống tốt hơn nên đã bàn giao 3.500 m2 đất rẫy.
Trò chuyện với người dân, bà Nguyễn Thị Hồng Hải ghi nhận sự đồng thuận, chia sẻ của bà con; đề nghị chính quyền địa phương sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tái định cư, quan tâm giải quyết việc làm, nhất là cho lao động nữ và lao động trên 40 tuổi. Bà cũng yêu cầu các cấp thực hiện tốt Kế hoạch số 98-KH/BDVTU ngày 15/3/2023 của Ban Dân vận Tỉnh ủy về công tác dân vận phục vụ các công trình, dự án trọng điểm và Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bồi thường, GPMB.
Bà Mấu Thị Lệ, Chủ tịch Ủy ban MTTQ xã Vạn Hưng, cho biết Mặt trận xã đã phối hợp vận động 206 hộ bàn giao mặt bằng, trong đó có 12 hộ được hỗ trợ sửa chữa nhà ở từ Quỹ "Vì người nghèo" xã với số tiền 30 triệu đồng/hộ.
Chuyến thăm là dịp để cấp ủy, chính quyền lắng nghe thêm tâm tư, nguyện vọng của người dân vùng dự án sau khi chuyển đến nơi ở mới; những kiến nghị về điện, nước sinh hoạt tại khu tái định cư đã được đoàn ghi nhận, chuyển các cơ quan chức năng giải quyết.
Minh Thư
Lượt truy cập: 726.019
Bài viết liên quan
- Vạn Ninh: đối thoại với người dân vùng dự án cao tốc (20/08/2024)
- Hội nghị giao ban công tác dân vận quý II năm 2024 (12/07/2024)
- Tuyên dương 30 gương "Dân vận khéo" (28/06/2024)
""", "2024-09-10", "Thăm, tặng quà các hộ dân đã bàn giao mặt bằng dự án cao tốc Vân Phong - Nha Trang",
E("trao_qua", None, "2024-09-07"),
[P("Nguyễn Thị Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Tâm", "Phó Chủ tịch UBND thị xã Ninh Hòa"),
 P("Pi Năng Sáu"),
 P("Mấu Thị Lệ", "Chủ tịch Ủy ban MTTQ xã Vạn Hưng")],
[Q("60 suất quà", 60, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("45 suất quà", 45, "suất quà"),
 Q("trên 70%", 70, "%", "over"), Q("5 suất học bổng", 5, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("khoảng 125 triệu đồng", 125000000, "đồng", "approx"), Q("1.132 hộ", 1132, "hộ"), Q("98,5%", 98.5, "%"),
 Q("214 hộ", 214, "hộ"), Q("3.500 m2", 3500, "m2"), Q("206 hộ", 206, "hộ"), Q("12 hộ", 12, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "98", "KH/BDVTU", "2023-03-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 98-KH/BDVTU ngày 15/3/2023"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU")],
[prov("Khánh Hòa"), com("Ninh Thọ"), com("Vạn Hưng")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ › Tin tức › Hoạt động dân vận",
 "Bà Nguyễn Thị Hồng Hải trao quà cho hộ dân tại khu tái định cư Ninh Thọ.", "Vì người nghèo", "Vân Phong - Nha Trang",
 "Lượt truy cập: 726.019"],
["10/09/2024 - 14:20", "trên 40 tuổi", "Lượt truy cập: 726.019"]))

PAGES.append(page("b3190-quangtri-chandung-canbo-gpmb-2024", """
BÁO QUẢNG TRỊ
Xã hội | Gương sáng | Người tốt việc tốt
Thứ Sáu, 15/11/2024, 06:00
Anh Hồ Văn Dơn (bên phải) trò chuyện với người dân thôn Xa Bai. Ảnh: T.L
Người "gõ cửa" từng nhà vận động giải phóng mặt bằng
QTO - Hơn 3 năm làm Phó Chủ tịch UBND xã Hướng Tân, huyện Hướng Hóa, anh Hồ Văn Dơn, người Vân Kiều, đã cùng tổ công tác đến từng nhà vận động bà con nhường đất cho dự án đường Hồ Chí Minh nhánh Tây và dự án điện gió. Ở bản làng, ai cũng gọi anh là "cán bộ gõ cửa".
Năm 2022, khi dự án điện gió cần thu hồi khoảng 46 ha đất nương rẫy của 128 hộ ở các thôn Xa Bai, Hướng Choa, nhiều hộ không chịu kiểm đếm vì sợ mất đất sản xuất. Anh Dơn cùng ông Hồ Văn Khoai, Bí thư Chi bộ kiêm trưởng thôn Xa Bai, tìm đến nhà từng hộ, giải thích bằng tiếng Vân Kiều về chính sách bồi thường theo Quyết định số 49/2021/QĐ-UBND của UBND tỉnh Quảng Trị. "Phải ngồi với bà con cả buổi, uống nước, nghe bà con nói hết cái lo rồi mới nói đến chính sách", anh kể.
Nhờ kiên trì, sau 4 tháng, 121 hộ đã đồng ý nhận tiền với tổng số hơn 27 tỷ đồng. Anh còn vận động các hộ dùng tiền bồi thường đầu tư trồng cà phê, nuôi bò; đến nay có 37 hộ đã mua được khoảng 90 con bò giống, 16 hộ xây nhà mới. Một số hộ gửi tiết kiệm tại ngân hàng, trong đó hộ bà Hồ Thị Bướp gửi 300 triệu đồng để lo cho con học đại học.
Không chỉ vận động, anh Dơn còn đề xuất xã phối hợp với chủ đầu tư hỗ trợ 2 lớp dạy nghề cho 65 lao động, giúp họ có việc làm tại công trình điện gió. Năm 2023, anh được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo".
Bà Hồ Thị Mai, Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa, nhận xét: "Dơn là cán bộ trẻ nhưng rất hiểu dân; cách làm của anh đã được huyện nhân rộng ra 9 xã có dự án". Theo bà, thành công của anh là biết dựa vào già làng, người có uy tín trong cộng đồng.
Ông Hồ Văn Ngoan, già làng thôn Hướng Choa, kể lại: lúc đầu nhiều người trong thôn không muốn nghe, có nhà còn đóng cửa không tiếp. Dơn không giận, lần sau lại đến, mang theo bản đồ, giấy tờ, chỉ cho từng nhà phần đất bị thu hồi, số tiền được nhận. "Nó nói thật, nói rõ, không hứa cái không làm được nên bà con tin", ông Ngoan nói.
Giờ đây, nhìn những hàng quạt gió quay đều trên đồi, anh Dơn vui vì bà con không chỉ có đường, có điện mà còn có cuộc sống khá hơn trước. Với anh, làm dân vận đơn giản là thật lòng với dân.
Thành Lê
Tin liên quan
- Hướng Hóa: 200 hộ dân bàn giao mặt bằng dự án điện gió (22/10/2024)
- Đakrông tuyên dương điển hình "Dân vận khéo" (08/10/2024)
- Người có uy tín ở vùng biên Lìa (25/09/2024)
""", "2024-11-15", "Người \"gõ cửa\" từng nhà vận động giải phóng mặt bằng",
E("khac", None, None),
[P("Hồ Văn Dơn", "Phó Chủ tịch UBND xã Hướng Tân"),
 P("Hồ Văn Khoai", "Bí thư Chi bộ kiêm trưởng thôn Xa Bai"),
 P("Hồ Thị Bướp"),
 P("Hồ Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Hồ Văn Ngoan", "già làng thôn Hướng Choa")],
[Q("khoảng 46 ha", 46, "ha", "approx"), Q("128 hộ", 128, "hộ"), Q("121 hộ", 121, "hộ"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("37 hộ", 37, "hộ"), Q("khoảng 90 con bò giống", 90, "con bò giống", "approx"),
 Q("16 hộ", 16, "hộ"), Q("300 triệu đồng", 300000000, "đồng"), Q("2 lớp dạy nghề", 2, "lớp dạy nghề"),
 Q("65 lao động", 65, "lao động"), Q("9 xã", 9, "xã")],
[D("Quyết định", "49", "2021/QĐ-UBND", None, "UBND tỉnh Quảng Trị", "Quyết định số 49/2021/QĐ-UBND")],
[prov("Quảng Trị"), com("Hướng Tân")],
["BÁO QUẢNG TRỊ", "Xã hội | Gương sáng | Người tốt việc tốt", "Anh Hồ Văn Dơn (bên phải) trò chuyện với người dân thôn Xa Bai. Ảnh: T.L",
 "QTO", "Dân vận khéo", "cán bộ gõ cửa", "đường Hồ Chí Minh nhánh Tây"],
["Thứ Sáu, 15/11/2024, 06:00", "Hơn 3 năm", "4 tháng", "Năm 2022", "Năm 2023"]))
