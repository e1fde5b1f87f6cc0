from lib import *
PAGES = []

PAGES.append(page("b1601-quangtri-giamsat-hotro-covid-2020", """
Báo Quảng Trị
Trang chủ / Chính trị / Mặt trận Tổ quốc
Cập nhật: 16:20, 12/06/2020 (GMT+7)
Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19
QTO - Từ ngày 8 đến 10/6/2020, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Lệ Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tại huyện Hướng Hóa, huyện Gio Linh và thị xã Quảng Trị.
Đoàn giám sát làm việc với UBND thị trấn Lao Bảo. Ảnh: Hoàng Anh
Cuộc giám sát thực hiện theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ, Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ và Hướng dẫn số 25/HD-MTTW-BTT ngày 20/4/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc giám sát thực hiện các chính sách hỗ trợ.
Theo báo cáo của các địa phương, đến ngày 5/6/2020, 3 đơn vị được giám sát đã chi trả hỗ trợ cho 14.382 người thuộc hộ nghèo, hộ cận nghèo, người có công và đối tượng bảo trợ xã hội với tổng số tiền hơn 11,7 tỷ đồng; 2.146 lao động tự do mất việc làm đã được lập danh sách, trong đó 1.380 người được nhận hỗ trợ 1 triệu đồng/người. Tại huyện Hướng Hóa, 4.920 người đồng bào Vân Kiều, Pa Kô đã được nhận tiền hỗ trợ tận tay qua các tổ chi trả lưu động.
Làm việc tại thị trấn Lao Bảo và xã Tân Thành, đoàn ghi nhận việc công khai danh sách đã thực hiện ở 100% thôn, khóm; Ban Thanh tra nhân dân xã, thị trấn đã tham gia giám sát, kịp thời phát hiện 23 trường hợp chưa đủ điều kiện. Tuy vậy, việc xác nhận lao động tự do còn chậm, một số hộ kinh doanh nhỏ lẻ chưa được hướng dẫn thủ tục. Bà Hồ Thị Năm, Trưởng Ban Thanh tra nhân dân xã Tân Thành, cho biết nhiều người làm thuê ở cửa khẩu không có hợp đồng nên khó xác nhận.
Ông Lê Quang Chiến, HUV, Phó Chủ tịch UBND huyện Hướng Hóa, cho biết huyện sẽ rà soát bổ sung 318 trường hợp trong tháng 6.
Kết luận buổi giám sát, bà Nguyễn Thị Lệ Thủy đề nghị các địa phương đẩy nhanh tiến độ chi trả, không để sót đối tượng, không để trục lợi chính sách; Ủy ban MTTQ các cấp tiếp tục phối hợp với Ban Thanh tra nhân dân giám sát đến khi hoàn thành. Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy và kiến nghị UBND tỉnh.
Hiện Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 9,4 tỷ đồng ủng hộ phòng, chống dịch, phân bổ 6.500 suất quà cho người dân ở 35 xã, phường khó khăn.
Thanh Hải
Tin liên quan
- Mặt trận tỉnh tiếp nhận ủng hộ phòng, chống dịch COVID-19 (28/05/2020)
- Đakrông: trao tiền hỗ trợ cho hộ nghèo đồng bào Vân Kiều (19/05/2020)
- Giám sát việc cách ly tập trung tại cửa khẩu Lao Bảo (06/04/2020)
""", "2020-06-12", "Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19",
E("giam_sat", None, "2020-06-08"),
[P("Nguyễn Thị Lệ Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Năm", "Trưởng Ban Thanh tra nhân dân xã Tân Thành"),
 P("Lê Quang Chiến", "HUV", "Phó Chủ tịch UBND huyện Hướng Hóa")],
[Q("3 đơn vị", 3, "đơn vị"), Q("14.382 người", 14382, "người"), Q("hơn 11,7 tỷ đồng", 11700000000, "đồng", "over"),
 Q("2.146 lao động tự do", 2146, "lao động tự do"), Q("1.380 người", 1380, "người"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("4.920 người đồng bào Vân Kiều, Pa Kô", 4920, "người đồng bào Vân Kiều, Pa Kô"), Q("100%", 100, "%"),
 Q("23 trường hợp", 23, "trường hợp"), Q("318 trường hợp", 318, "trường hợp"), Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"),
 Q("6.500 suất quà", 6500, "suất quà"), Q("35 xã, phường", 35, "xã, phường")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Hướng dẫn", "25", "HD-MTTW-BTT", "2020-04-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 25/HD-MTTW-BTT ngày 20/4/2020")],
[prov("Quảng Trị"), com("Lao Bảo"), com("Tân Thành")],
["Báo Quảng Trị", "Trang chủ / Chính trị / Mặt trận Tổ quốc", "QTO", "Đoàn giám sát làm việc với UBND thị trấn Lao Bảo. Ảnh: Hoàng Anh"],
["Cập nhật: 16:20, 12/06/2020 (GMT+7)", "Từ ngày 8 đến 10/6/2020", "ngày 5/6/2020", "tháng 6", "COVID-19"]))

PAGES.append(page("b1602-tiengiang-mttq-tongket-2021", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG
Trang chủ » Tin hoạt động » Hoạt động Mặt trận tỉnh
Ngày đăng 30/12/2021 | 09:10
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Năm 2021, Mặt trận các cấp tỉnh Tiền Giang chủ trì 1.318 cuộc giám sát
Chiều 28/12/2021, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị trực tuyến tổng kết công tác Mặt trận năm 2021 và triển khai chương trình phối hợp và thống nhất hành động năm 2022 với 11 điểm cầu huyện, thành phố, thị xã. Chủ trì hội nghị có đồng chí Nguyễn Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Dũng, Phạm Thị Kim Chi, Lê Hữu Phước.
Năm 2021, trong điều kiện dịch COVID-19 diễn biến phức tạp, Mặt trận các cấp đã chủ trì 1.318 cuộc giám sát, tập trung giám sát công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, việc thực hiện Nghị quyết số 68/NQ-CP của Chính phủ về chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch. Qua giám sát, Mặt trận kiến nghị 402 nội dung, đã được tiếp thu 371 nội dung, đạt 92,3%.
Mặt trận tổ chức 19 hội nghị phản biện xã hội, trong đó cấp tỉnh phản biện 3 dự thảo nghị quyết của HĐND tỉnh. Ban Thanh tra nhân dân ở 172 xã, phường, thị trấn tiếp nhận 486 đơn thư, kiến nghị, kiến nghị giải quyết 451 đơn. Ban Giám sát đầu tư của cộng đồng giám sát 1.024 công trình.
Trong năm, các cấp Mặt trận đã tiếp nhận hơn 186 tỷ đồng và hàng hóa ủng hộ phòng, chống dịch; trao 215.600 phần quà cho người dân ở các khu cách ly, phong tỏa; vận động xây dựng 436 căn nhà Đại đoàn kết.
Tại các điểm cầu, đại biểu đã thảo luận, chia sẻ cách làm hay. Bà Đoàn Thị Bích Liên, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Bè, giới thiệu mô hình "Tổ Zalo giám sát cộng đồng" ở xã Hậu Mỹ Bắc A giúp người dân phản ánh nhanh những bất cập trong chi hỗ trợ. Ông Nguyễn Văn Mười, Trưởng Ban Thanh tra nhân dân phường 6, thành phố Mỹ Tho, đề nghị tăng cường tập huấn nghiệp vụ trực tuyến.
Phát biểu chỉ đạo, đồng chí Lê Văn Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2022 các cấp Mặt trận tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung để các cấp ủy tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tập trung giám sát việc phục hồi, phát triển kinh tế - xã hội sau dịch và việc thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy.
Hội nghị đã khen thưởng 22 tập thể và 34 cá nhân có thành tích xuất sắc trong năm 2021.
Minh Trí
Tin liên quan
- Cai Lậy: trao 120 căn nhà Đại đoàn kết cho hộ nghèo (20/12/2021)
- Mặt trận tỉnh giám sát việc chi hỗ trợ theo Nghị quyết 68 (25/11/2021)
- Gò Công Đông: ra mắt mô hình "Khu dân cư không có tội phạm" (12/11/2021)
""", "2021-12-30", "Năm 2021, Mặt trận các cấp tỉnh Tiền Giang chủ trì 1.318 cuộc giám sát",
E("tong_ket", "2021", "2021-12-28"),
[P("Nguyễn Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Kim Chi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Thị Bích Liên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Bè"),
 P("Nguyễn Văn Mười", "Trưởng Ban Thanh tra nhân dân phường 6"),
 P("Lê Văn Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("1.318 cuộc giám sát", 1318, "cuộc giám sát"), Q("11 điểm cầu huyện, thành phố, thị xã", 11, "điểm cầu huyện, thành phố, thị xã"),
 Q("402 nội dung", 402, "nội dung"), Q("371 nội dung", 371, "nội dung"), Q("92,3%", 92.3, "%"),
 Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"), Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết"),
 Q("172 xã, phường, thị trấn", 172, "xã, phường, thị trấn"), Q("486 đơn thư, kiến nghị", 486, "đơn thư, kiến nghị"),
 Q("451 đơn", 451, "đơn"), Q("1.024 công trình", 1024, "công trình"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("215.600 phần quà", 215600, "phần quà"), Q("436 căn nhà Đại đoàn kết", 436, "căn nhà Đại đoàn kết"),
 Q("22 tập thể", 22, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU")],
[prov("Tiền Giang"), com("Hậu Mỹ Bắc A"), com("phường 6")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ » Tin hoạt động » Hoạt động Mặt trận tỉnh",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Tổ Zalo giám sát cộng đồng"],
["Ngày đăng 30/12/2021 | 09:10", "Năm 2021", "năm 2022", "khóa XV", "nhiệm kỳ 2021 - 2026", "COVID-19"]))

PAGES.append(page("b1603-bacgiang-giaoban-thang9-2021", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Bạn đang ở: Trang chủ > Hoạt động khối dân vận
06/10/2021 - 14:35
Giao ban khối dân vận tháng 9: Mặt trận giám sát việc chi hỗ trợ theo Nghị quyết 68
Ngày 5/10/2021, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị giao ban khối dân vận tháng 9/2021 với Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội. Đồng chí Nguyễn Thị Thanh Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Theo báo cáo tại hội nghị, trong tháng 9, Ủy ban MTTQ tỉnh đã chủ trì 2 đoàn giám sát việc thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Nghị quyết số 116/NQ-CP ngày 24/9/2021 của Chính phủ về chính sách hỗ trợ người lao động bị ảnh hưởng bởi đại dịch tại huyện Việt Yên, huyện Yên Dũng. Qua giám sát, đến ngày 30/9, hai huyện đã chi hỗ trợ cho 8.742 lao động với số tiền trên 13,2 tỷ đồng; Ban Thanh tra nhân dân 42 xã, thị trấn tham gia giám sát việc lập danh sách, phát hiện 17 trường hợp kê khai chưa đúng.
Các tổ chức thành viên cũng tích cực tham gia: Liên đoàn Lao động tỉnh giám sát việc hỗ trợ 26 doanh nghiệp trong khu công nghiệp Quang Châu, Vân Trung; Hội Nông dân tỉnh giám sát việc tiêu thụ vải thiều, giúp 1.200 hộ nông dân bán được sản phẩm; Tỉnh đoàn huy động 3.400 đoàn viên tham gia hỗ trợ các chốt kiểm soát dịch.
Tại hội nghị, đồng chí Nguyễn Văn Hùng, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị các tổ chức thành viên thống nhất mẫu báo cáo kết quả giám sát theo Hướng dẫn số 19/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Đồng chí Trần Thị Minh Thư, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, phản ánh một số hộ làm nghề tự do ở khu trọ công nhân còn khó tiếp cận chính sách do không có hộ khẩu thường trú.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh Loan yêu cầu tháng 10, khối dân vận tập trung thực hiện Kế hoạch số 156-KH/TU của Ban Thường vụ Tỉnh ủy về phục hồi sản xuất, kinh doanh trong điều kiện bình thường mới; theo dõi sát tình hình tư tưởng công nhân khi các doanh nghiệp hoạt động trở lại; tiếp tục giám sát việc chi hỗ trợ, kịp thời kiến nghị xử lý những trường hợp chậm trễ. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Dương Văn Thái, Hoàng Thị Xuân được phân công theo dõi, đôn đốc.
Đồng chí cũng lưu ý việc triển khai Quy chế phối hợp số 03-QCPH/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh trong việc nắm tình hình nhân dân, tránh trùng lặp thông tin, báo cáo.
Thu Trang
Các tin đã đưa
- Giao ban khối dân vận tháng 8/2021 (07/09/2021)
- Lục Nam: vận động nhân dân hiến đất làm đường (28/08/2021)
- Mặt trận tỉnh giám sát công tác phòng, chống dịch tại khu cách ly (15/08/2021)
""", "2021-10-06", "Giao ban khối dân vận tháng 9: Mặt trận giám sát việc chi hỗ trợ theo Nghị quyết 68",
E("giao_ban", "2021-09", "2021-10-05"),
[P("Nguyễn Thị Thanh Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Minh Thư", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Dương Văn Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2 đoàn giám sát", 2, "đoàn giám sát"), Q("8.742 lao động", 8742, "lao động"), Q("trên 13,2 tỷ đồng", 13200000000, "đồng", "over"),
 Q("42 xã, thị trấn", 42, "xã, thị trấn"), Q("17 trường hợp", 17, "trường hợp"), Q("26 doanh nghiệp", 26, "doanh nghiệp"),
 Q("1.200 hộ nông dân", 1200, "hộ nông dân"), Q("3.400 đoàn viên", 3400, "đoàn viên")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Nghị quyết", "116", "NQ-CP", "2021-09-24", "Chính phủ", "Nghị quyết số 116/NQ-CP ngày 24/9/2021"),
 D("Hướng dẫn", "19", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 19/HD-MTTQ-BTT"),
 D("Kế hoạch", "156", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 156-KH/TU"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-MTTQ")],
[prov("Bắc Giang")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Bạn đang ở: Trang chủ > Hoạt động khối dân vận"],
["06/10/2021 - 14:35", "tháng 9/2021", "tháng 9", "ngày 30/9", "tháng 10", "Nghị quyết 68"]))

PAGES.append(page("b1604-phutho-phanbien-nghiquyet-hdnd-2022", """
Báo Phú Thọ điện tử
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
17/11/2022 - 08:00
Ảnh: Đồng chí Bùi Đình Thắng phát biểu kết luận hội nghị.
Phản biện xã hội dự thảo Nghị quyết quy định mức hỗ trợ xây dựng nông thôn mới kiểu mẫu
Baophutho.vn - Ngày 15/11/2022, Ban Thường trực Ủy ban MTTQ tỉnh Phú Thọ tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ xây dựng xã nông thôn mới nâng cao, nông thôn mới kiểu mẫu và khu dân cư kiểu mẫu giai đoạn 2022 - 2025. Đồng chí Bùi Đình Thắng, Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Tham dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Thu Hằng, Đinh Công Sứ; ông Hà Kế Sơn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn; đại diện Ban Kinh tế - Ngân sách HĐND tỉnh, thành viên Hội đồng tư vấn kinh tế và Ban Thanh tra nhân dân một số xã.
Theo tờ trình, giai đoạn 2022 - 2025, tỉnh dự kiến hỗ trợ 45 xã đạt chuẩn nông thôn mới nâng cao, mỗi xã 1,5 tỷ đồng; 15 xã đạt chuẩn nông thôn mới kiểu mẫu, mỗi xã 2 tỷ đồng; 300 khu dân cư kiểu mẫu, mỗi khu 200 triệu đồng. Tổng kinh phí dự kiến khoảng 157,5 tỷ đồng từ ngân sách tỉnh.
Hội nghị nhận được 21 ý kiến phản biện. Ông Nguyễn Hữu Khuê, thành viên Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh, cho rằng dự thảo chưa tính đến khả năng đối ứng của xã thuần nông, đề nghị ưu tiên 6 huyện miền núi. Bà Hà Thị Ngoan, Trưởng Ban Thanh tra nhân dân xã Thục Luyện, huyện Thanh Sơn, đề nghị quy định rõ việc công khai mức hỗ trợ và phần đóng góp của người dân tại khu dân cư, có sự giám sát của Ban Giám sát đầu tư của cộng đồng. Luật sư Trần Quang Vinh, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị rà soát thẩm quyền theo Luật Ngân sách nhà nước năm 2015.
Nhiều ý kiến cũng cho rằng không nên đặt chỉ tiêu người dân đóng góp bằng tiền, tránh tạo áp lực lên hộ nghèo, hộ cận nghèo; đối với xã có trên 30% hộ đồng bào Mường, Dao cần tăng mức hỗ trợ.
Đại diện cơ quan soạn thảo, ông Hà Kế Sơn tiếp thu 14 ý kiến, giải trình 7 ý kiến còn lại. Ông cho biết dự thảo được xây dựng trên cơ sở Quyết định số 318/QĐ-TTg ngày 8/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025.
Kết luận hội nghị, đồng chí Bùi Đình Thắng đề nghị cơ quan soạn thảo tiếp thu đầy đủ; Ban Thường trực Ủy ban MTTQ tỉnh sẽ có văn bản phản biện gửi UBND tỉnh và HĐND tỉnh trước kỳ họp cuối năm. Đây là hoạt động thực hiện Quy định số 124-QĐ/TW ngày 1/2/2018 của Ban Bí thư và Kế hoạch số 28-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư.
Hồng Nhung
Lượt xem: 586
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo (04/11/2022)
- Tân Sơn: Ngày hội Đại đoàn kết ở khu Bến Dầm (26/10/2022)
- Hội nghị giao ban công tác Mặt trận quý III (12/10/2022)
""", "2022-11-17", "Phản biện xã hội dự thảo Nghị quyết quy định mức hỗ trợ xây dựng nông thôn mới kiểu mẫu",
E("hoi_nghi", "2022", "2022-11-15"),
[P("Bùi Đình Thắng", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Kế Sơn", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Hữu Khuê", "thành viên Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh"),
 P("Hà Thị Ngoan", "Trưởng Ban Thanh tra nhân dân xã Thục Luyện"),
 P("Trần Quang Vinh", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh")],
[Q("45 xã", 45, "xã"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("15 xã", 15, "xã"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("300 khu dân cư kiểu mẫu", 300, "khu dân cư kiểu mẫu"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("khoảng 157,5 tỷ đồng", 157500000000, "đồng", "approx"), Q("21 ý kiến phản biện", 21, "ý kiến phản biện"),
 Q("6 huyện miền núi", 6, "huyện miền núi"), Q("trên 30%", 30, "%", "over"), Q("14 ý kiến", 14, "ý kiến"), Q("7 ý kiến", 7, "ý kiến")],
[D("Quyết định", "318", "QĐ-TTg", "2022-03-08", "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg ngày 8/3/2022"),
 D("Quy định", "124", "QĐ/TW", "2018-02-01", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 1/2/2018"),
 D("Kế hoạch", "28", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 28-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Phú Thọ"), com("Thục Luyện")],
["Báo Phú Thọ điện tử", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Ảnh: Đồng chí Bùi Đình Thắng phát biểu kết luận hội nghị.",
 "Baophutho.vn", "Luật Ngân sách nhà nước năm 2015", "Bộ tiêu chí quốc gia về xã nông thôn mới", "Lượt xem: 586"],
["17/11/2022 - 08:00", "giai đoạn 2022 - 2025", "giai đoạn 2021 - 2025", "năm 2015", "Lượt xem: 586"]))

PAGES.append(page("b1605-khanhhoa-taphuan-giamsat-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ / Tin tức / Giám sát - Phản biện xã hội
Ngày 29/07/2022 | 10:45
Bồi dưỡng kỹ năng giám sát, phản biện xã hội cho 160 cán bộ Mặt trận cơ sở
Trong 2 ngày 27 - 28/7/2022, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội và hoạt động của Ban Thanh tra nhân dân năm 2022 cho 160 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng Ban Thanh tra nhân dân ở 9 huyện, thị xã, thành phố.
Bà Mấu Thị Bích Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc. Ảnh: Ngọc Hân
Phát biểu khai mạc, bà Mấu Thị Bích Thủy, Ủy viên Ban Thường trực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, 6 tháng đầu năm 2022, Mặt trận các cấp trong tỉnh đã tổ chức 246 cuộc giám sát, 11 hội nghị phản biện xã hội; tuy nhiên chất lượng kiến nghị sau giám sát ở cấp xã chưa cao, nhiều biên bản chỉ nêu chung chung.
Các học viên được nghe ông Lê Văn Tư, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam; bà Nguyễn Thị Thanh Tâm, Phó Chánh Thanh tra tỉnh, giới thiệu Luật Thực hiện dân chủ ở cơ sở (dự thảo) và những điểm mới về Ban Thanh tra nhân dân; ông Bo Bo Tiến, Chủ tịch Ủy ban MTTQ Việt Nam huyện Khánh Sơn, chia sẻ kinh nghiệm giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ở địa bàn có đông đồng bào Raglai.
Theo số liệu được giới thiệu tại lớp học, toàn tỉnh hiện có 139 Ban Thanh tra nhân dân với 1.251 thành viên, 139 Ban Giám sát đầu tư của cộng đồng. Năm 2021, các Ban đã thực hiện 418 cuộc giám sát, kiến nghị thu hồi 326 triệu đồng và 1.520 m2 đất công bị lấn chiếm.
Các học viên cũng thực hành xây dựng kế hoạch giám sát theo tình huống, thảo luận nhóm về cách lập biên bản và theo dõi kết quả giải quyết kiến nghị. Ông Cao Xuân Thoại, Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Bình, nói: "Trước đây giám sát chủ yếu nghe báo cáo, nay biết cách đi thực địa, đối chiếu hồ sơ nên kiến nghị có sức nặng hơn".
Bế mạc lớp tập huấn, bà Mấu Thị Bích Thủy đề nghị các học viên vận dụng vào thực tiễn, nhất là giám sát việc thực hiện Kế hoạch số 67-KH/TU ngày 12/5/2022 của Tỉnh ủy Khánh Hòa về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng. Dịp này, Ban Thường trực cấp phát cho mỗi học viên 1 bộ tài liệu nghiệp vụ.
Phương Linh
Lượt xem: 391
Tin liên quan
- Cam Lâm: giám sát công tác bồi thường dự án cao tốc (15/07/2022)
- Mặt trận tỉnh tiếp xúc cử tri trước kỳ họp HĐND (05/07/2022)
- Vạn Ninh: ra mắt Tổ giám sát cộng đồng ở thôn (20/06/2022)
""", "2022-07-29", "Bồi dưỡng kỹ năng giám sát, phản biện xã hội cho 160 cán bộ Mặt trận cơ sở",
E("tap_huan", "2022", "2022-07-27"),
[P("Mấu Thị Bích Thủy", "Ủy viên Ban Thường trực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tư", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Tâm", "Phó Chánh Thanh tra tỉnh"),
 P("Bo Bo Tiến", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Khánh Sơn"),
 P("Cao Xuân Thoại", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Bình")],
[Q("160 cán bộ Mặt trận cơ sở", 160, "cán bộ Mặt trận cơ sở"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("246 cuộc giám sát", 246, "cuộc giám sát"), Q("11 hội nghị phản biện xã hội", 11, "hội nghị phản biện xã hội"),
 Q("139 Ban Thanh tra nhân dân", 139, "Ban Thanh tra nhân dân"), Q("1.251 thành viên", 1251, "thành viên"),
 Q("139 Ban Giám sát đầu tư của cộng đồng", 139, "Ban Giám sát đầu tư của cộng đồng"), Q("418 cuộc giám sát", 418, "cuộc giám sát"),
 Q("326 triệu đồng", 326000000, "đồng"), Q("1.520 m2", 1520, "m2")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "67", "KH/TU", "2022-05-12", "Tỉnh ủy Khánh Hòa", "Kế hoạch số 67-KH/TU ngày 12/5/2022"),
 D("Kết luận", "21", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW")],
[prov("Khánh Hòa"), com("Sơn Bình")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ / Tin tức / Giám sát - Phản biện xã hội",
 "Bà Mấu Thị Bích Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc. Ảnh: Ngọc Hân",
 "Luật Thực hiện dân chủ ở cơ sở", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 391"],
["Ngày 29/07/2022 | 10:45", "2 ngày", "năm 2022", "6 tháng đầu năm 2022", "Năm 2021", "1 bộ tài liệu", "Lượt xem: 391"]))

PAGES.append(page("b1606-soctrang-mttq-soket-2023", """
Báo Sóc Trăng Online
Thời sự › Chính trị › Mặt trận
Thứ Sáu, 14/07/2023 - 15:25
Toàn cảnh hội nghị sơ kết.
Mặt trận tỉnh Sóc Trăng: 6 tháng, 96% kiến nghị sau giám sát được trả lời
(STO) - Sáng 13/7, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023 và triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Lâm Thị Sa Rênh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Văn Lâu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, 6 tháng đầu năm 2023, Mặt trận các cấp đã chủ trì 264 cuộc giám sát, trong đó cấp tỉnh 3 cuộc về việc thực hiện chính sách đối với đồng bào Khmer theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, việc giải quyết đơn thư tại UBND các huyện và việc quản lý chợ nông thôn. Qua giám sát, Mặt trận đưa ra 125 kiến nghị, đã được trả lời 120 kiến nghị, đạt 96%.
Các cấp Mặt trận tổ chức 8 hội nghị phản biện xã hội, góp ý 37 dự thảo văn bản. Ban Thanh tra nhân dân ở 108 xã, phường, thị trấn tiếp nhận 152 đơn thư, kiến nghị của người dân, kiến nghị cấp có thẩm quyền giải quyết 139 trường hợp; hòa giải thành 97 vụ việc mâu thuẫn trong nội bộ nhân dân. Ban Giám sát đầu tư của cộng đồng giám sát 312 công trình, phát hiện 9 công trình chậm tiến độ.
Mặt trận và các tổ chức thành viên vận động xây dựng 318 căn nhà Đại đoàn kết, trong đó có 142 căn cho hộ nghèo người Khmer; hỗ trợ 12.400 phần quà cho hộ nghèo nhân dịp Tết Chôl Chnăm Thmây, tổng trị giá hơn 6,2 tỷ đồng.
Tại hội nghị, Hòa thượng Danh Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị tiếp tục quan tâm hỗ trợ 92 chùa Phật giáo Nam tông Khmer sửa chữa sala, trường dạy chữ. Ông Thạch Sô Phol, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu, kiến nghị tỉnh có giải pháp đối với tình trạng sạt lở bờ biển ảnh hưởng 216 hộ dân ven biển. Bà Lý Thị Kim Hoa, Trưởng Ban Thanh tra nhân dân phường Khánh Hòa, chia sẻ việc giám sát dự án nâng cấp đê biển.
Phát biểu kết luận, đồng chí Lâm Thị Sa Rênh đề nghị 6 tháng cuối năm các cấp Mặt trận triển khai Kết luận số 54-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 18-CT/TW về phát huy vai trò của Mặt trận trong giám sát, phản biện xã hội; phối hợp giám sát việc thực hiện Nghị quyết số 43/2022/NQ-HĐND của HĐND tỉnh về hỗ trợ chi phí học tập; chuẩn bị tốt Đại hội Mặt trận cấp xã nhiệm kỳ 2024 - 2029 theo Hướng dẫn số 05/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Quốc Thanh
Tin liên quan
- Ngã Năm: giám sát việc chi trả chính sách cho người có uy tín (28/06/2023)
- Mặt trận tỉnh thăm, chúc Tết Chôl Chnăm Thmây (12/04/2023)
- Trần Đề: hòa giải thành 41 vụ việc ở cơ sở (02/04/2023)
""", "2023-07-14", "Mặt trận tỉnh Sóc Trăng: 6 tháng, 96% kiến nghị sau giám sát được trả lời",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Lâm Thị Sa Rênh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lâu", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sơn", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Sô Phol", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu"),
 P("Lý Thị Kim Hoa", "Trưởng Ban Thanh tra nhân dân phường Khánh Hòa")],
[Q("96%", 96, "%"), Q("264 cuộc giám sát", 264, "cuộc giám sát"), Q("3 cuộc", 3, "cuộc"), Q("125 kiến nghị", 125, "kiến nghị"),
 Q("120 kiến nghị", 120, "kiến nghị"), Q("8 hội nghị phản biện xã hội", 8, "hội nghị phản biện xã hội"),
 Q("37 dự thảo văn bản", 37, "dự thảo văn bản"), Q("108 xã, phường, thị trấn", 108, "xã, phường, thị trấn"),
 Q("152 đơn thư, kiến nghị", 152, "đơn thư, kiến nghị"), Q("139 trường hợp", 139, "trường hợp"),
 Q("97 vụ việc mâu thuẫn", 97, "vụ việc mâu thuẫn"), Q("312 công trình", 312, "công trình"), Q("9 công trình", 9, "công trình"),
 Q("318 căn nhà Đại đoàn kết", 318, "căn nhà Đại đoàn kết"), Q("142 căn", 142, "căn"), Q("12.400 phần quà", 12400, "phần quà"),
 Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("216 hộ dân ven biển", 216, "hộ dân ven biển")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kết luận", "54", "KL/TW", None, "Ban Bí thư", "Kết luận số 54-KL/TW"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị số 18-CT/TW"),
 D("Nghị quyết", "43", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 43/2022/NQ-HĐND"),
 D("Hướng dẫn", "05", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 05/HD-MTTW-BTT")],
[prov("Sóc Trăng"), com("Khánh Hòa")],
["Báo Sóc Trăng Online", "Thời sự › Chính trị › Mặt trận", "Toàn cảnh hội nghị sơ kết.", "(STO)", "Tết Chôl Chnăm Thmây"],
["Thứ Sáu, 14/07/2023 - 15:25", "6 tháng", "6 tháng đầu năm 2023", "6 tháng cuối năm", "nhiệm kỳ 2024 - 2029"]))
