from lib import *
PAGES = []

PAGES.append(page("b3209-ninhthuan-mttqxa-doithoai-boithuong-2023", """
Báo Ninh Thuận điện tử
Chính trị - Xã hội / Mặt trận
2023-06-02 16:40
Phước Hậu: đối thoại, lấy ý kiến người dân về dự thảo phương án bồi thường
Chiều 1/6, Ủy ban MTTQ Việt Nam xã Phước Hậu, huyện Ninh Phước phối hợp UBND xã tổ chức đối thoại, lấy ý kiến người dân về dự thảo phương án bồi thường, hỗ trợ, tái định cư dự án kênh tiêu thoát lũ đi qua thôn Hiếu Thiện và thôn Phước Đồng. Ông Đàng Văn Sanh, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; tham dự có đại diện Trung tâm Phát triển quỹ đất huyện và 74 hộ dân có đất bị thu hồi.
Theo dự thảo, dự án thu hồi khoảng 6,8 ha đất, chủ yếu là đất trồng lúa; tổng kinh phí bồi thường, hỗ trợ dự kiến hơn 9,4 tỷ đồng. Giá đất nông nghiệp áp dụng 62.000 đồng/m2, hỗ trợ chuyển đổi nghề bằng 3 lần giá đất.
Tại buổi đối thoại, bà Thiên Sanh Thị Lài, thôn Hiếu Thiện, cho rằng giá bồi thường thấp hơn giá chuyển nhượng thực tế trong vùng, đề nghị khảo sát lại. Ông Bá Văn Tuấn, Cả sư thôn Phước Đồng, phản ánh tuyến kênh đi sát khu nghĩa trang của đồng bào Chăm Bà-ni, đề nghị điều chỉnh hướng tuyến để không phải di dời 12 ngôi mộ. Ông Phú Văn Sang, người có uy tín thôn Phước Đồng, góp ý cần công khai bản đồ hiện trạng từng thửa đất tại nhà văn hóa thôn ít nhất 20 ngày.
Bà Pinăng Thị Hoa, Phó Chủ tịch UBND xã, giải trình các ý kiến thuộc thẩm quyền xã và cam kết chuyển các kiến nghị về giá đất đến Hội đồng bồi thường huyện. Qua đối thoại, Mặt trận xã ghi nhận 23 ý kiến, trong đó 15 ý kiến đề nghị điều chỉnh giá và 4 ý kiến liên quan đến tín ngưỡng, phong tục của đồng bào Chăm.
Ông Đàng Văn Sanh cho biết, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn số 07/HD-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận xã sẽ có văn bản phản biện gửi UBND huyện, đồng thời tiếp tục giám sát quá trình kiểm đếm, áp giá. "Dân có đồng thuận thì dự án mới nhanh; ý kiến của bà con phải được trả lời rõ ràng, bằng văn bản", ông Sanh nói.
Sau buổi đối thoại, nhiều hộ dân bày tỏ yên tâm vì ý kiến của mình được ghi nhận đầy đủ, được cán bộ giải thích cặn kẽ bằng cả tiếng Chăm. Theo kế hoạch, UBND huyện sẽ tổ chức đối thoại lần hai sau khi điều chỉnh dự thảo phương án.
Đây là cách làm đã được Mặt trận xã Phước Hậu áp dụng nhiều năm nay khi triển khai các dự án có thu hồi đất trên địa bàn, góp phần hạn chế khiếu nại, khiếu kiện đông người.
Quang Thái
Tin khác
- Ninh Phước: giám sát việc thực hiện chính sách đối với người có uy tín (25/05/2023)
- Mặt trận tỉnh góp ý dự thảo Luật Nhà ở (sửa đổi) (18/05/2023)
- Lễ hội Katê được công nhận di sản (10/05/2023)
""", "2023-06-02", "Phước Hậu: đối thoại, lấy ý kiến người dân về dự thảo phương án bồi thường",
E("doi_thoai", None, "2023-06-01"),
[P("Đàng Văn Sanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thiên Sanh Thị Lài"),
 P("Bá Văn Tuấn", "Cả sư thôn Phước Đồng"),
 P("Phú Văn Sang", "người có uy tín thôn Phước Đồng"),
 P("Pinăng Thị Hoa", "Phó Chủ tịch UBND xã")],
[Q("74 hộ dân", 74, "hộ dân"), Q("khoảng 6,8 ha", 6.8, "ha", "approx"), Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"),
 Q("62.000 đồng", 62000, "đồng"), Q("12 ngôi mộ", 12, "ngôi mộ"), Q("23 ý kiến", 23, "ý kiến"), Q("15 ý kiến", 15, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT ngày 20/3/2023")],
[prov("Ninh Thuận"), com("Phước Hậu")],
["Báo Ninh Thuận điện tử", "Chính trị - Xã hội / Mặt trận", "Hội đồng bồi thường huyện", "Chăm Bà-ni"],
["2023-06-02 16:40", "3 lần", "ít nhất 20 ngày", "lần hai"]))

PAGES.append(page("b3210-haiphong-mttq-soket-giamsat-2024", """
Báo Hải Phòng điện tử
Thời sự › Chính trị › Mặt trận
11/07/2024 06:00
Hơn 2.000 kiến nghị sau giám sát đã được giải quyết
(BHP) - Chiều 10/7, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2024. Ông Phạm Văn Thép, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Quang cảnh hội nghị.
6 tháng đầu năm, Mặt trận các cấp chủ trì giám sát 1.384 cuộc, tổ chức 57 hội nghị phản biện xã hội, góp ý 146 dự thảo văn bản của cấp ủy, chính quyền. Qua giám sát đã đưa ra 2.617 kiến nghị, trong đó hơn 2.000 kiến nghị đã được giải quyết, đạt khoảng 77%. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở 167 xã, phường, thị trấn phát hiện 43 vụ việc sai phạm, kiến nghị thu hồi trên 1,6 tỷ đồng.
Mặt trận thành phố đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 18, 19-KL/TU về thực hiện Quy chế giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội ban hành kèm theo Quyết định số 99-QĐ/TW ngày 3/10/2023 của Ban Chấp hành Trung ương; ban hành Hướng dẫn số 21/HD-MTTQ-BTT về quy trình phản biện ở cấp xã.
Tại hội nghị, PGS.TS. Đoàn Văn Trường, Chủ tịch Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ thành phố, đề nghị phản biện phải có số liệu độc lập, không chỉ dựa vào báo cáo của cơ quan soạn thảo. Bà Vũ Thị Thu, Chủ tịch Ủy ban MTTQ phường Lạch Tray, cho biết phường phản biện phương án cải tạo chung cư cũ, thu thập ý kiến của 312 hộ. Ông Nguyễn Văn Khoát, Chủ tịch Ủy ban MTTQ xã Tân Trào, nêu kinh nghiệm giám sát công trình đường giao thông nông thôn do dân đóng góp 30% kinh phí.
Bên cạnh kết quả, hội nghị chỉ ra hạn chế: một số nơi phản biện còn hình thức, có dự thảo gửi xin ý kiến chỉ trong 3 ngày; việc theo dõi, đôn đốc giải quyết kiến nghị sau giám sát chưa quyết liệt. Còn 47 kiến nghị tồn đọng trên 6 tháng chưa được trả lời. Một số cán bộ Mặt trận cơ sở còn ngại va chạm, chưa mạnh dạn nêu ý kiến khác với cơ quan soạn thảo; năng lực của các hội đồng tư vấn ở cấp quận, huyện chưa được phát huy đầy đủ.
Kết luận hội nghị, ông Phạm Văn Thép yêu cầu 6 tháng cuối năm tập trung giám sát việc sắp xếp đơn vị hành chính cấp huyện, cấp xã; tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp; mỗi cấp Mặt trận chủ trì ít nhất 1 hội nghị phản biện dự thảo chính sách liên quan trực tiếp đến người dân.
Lê Hương
Lượt đọc: 1.477
Tin liên quan
- Mặt trận quận Lê Chân giám sát công tác cải tạo chung cư cũ (04/07/2024)
- Phản biện dự thảo Nghị quyết về chính sách hỗ trợ người cao tuổi (26/06/2024)
- Thủy Nguyên: hơn 300 ý kiến góp ý dự thảo Luật Đất đai (2024) (12/06/2024)
""", "2024-07-11", "Hơn 2.000 kiến nghị sau giám sát đã được giải quyết",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Phạm Văn Thép", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đoàn Văn Trường", "PGS.TS.", "Chủ tịch Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ thành phố"),
 P("Vũ Thị Thu", "Chủ tịch Ủy ban MTTQ phường Lạch Tray"),
 P("Nguyễn Văn Khoát", "Chủ tịch Ủy ban MTTQ xã Tân Trào")],
[Q("1.384 cuộc", 1384, "cuộc"), Q("57 hội nghị phản biện xã hội", 57, "hội nghị phản biện xã hội"),
 Q("146 dự thảo văn bản", 146, "dự thảo văn bản"), Q("2.617 kiến nghị", 2617, "kiến nghị"),
 Q("hơn 2.000 kiến nghị", 2000, "kiến nghị", "over"), Q("khoảng 77%", 77, "%", "approx"),
 Q("167 xã, phường, thị trấn", 167, "xã, phường, thị trấn"), Q("43 vụ việc sai phạm", 43, "vụ việc sai phạm"),
 Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("30%", 30, "%"),
 Q("47 kiến nghị", 47, "kiến nghị"), Q("ít nhất 1 hội nghị phản biện", 1, "hội nghị phản biện", "over")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 18, 19-KL/TU"),
 D("Quyết định", "99", "QĐ/TW", "2023-10-03", "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW ngày 3/10/2023"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", None, "Mặt trận thành phố", "Hướng dẫn số 21/HD-MTTQ-BTT")],
[prov("Hải Phòng"), com("Lạch Tray"), com("Tân Trào")],
["Báo Hải Phòng điện tử", "Thời sự › Chính trị › Mặt trận", "(BHP)", "Quang cảnh hội nghị.", "Lượt đọc: 1.477"],
["11/07/2024 06:00", "6 tháng đầu năm 2024", "6 tháng đầu năm", "6 tháng cuối năm", "3 ngày", "trên 6 tháng", "Lượt đọc: 1.477"]))

PAGES.append(page("b3211-kontum-mttq-phanbien-nguoiuytin-2024", """
BÁO KON TUM
Trang chủ - Chính trị - Mặt trận
18.10.2024 | 15:05
Ảnh: Già làng A Khoa góp ý tại hội nghị.
Phản biện xã hội dự thảo nghị quyết hỗ trợ người có uy tín: cần nâng mức bồi dưỡng
Ngày 17/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định một số chính sách đặc thù đối với người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh. Chủ trì hội nghị có bà Y Thanh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông A Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo Ban Dân tộc tỉnh, cơ quan soạn thảo, toàn tỉnh hiện có 1.125 người có uy tín. Bên cạnh chế độ theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ, dự thảo đề xuất hỗ trợ thêm 200.000 đồng/người/tháng và tặng quà dịp Tết, tổng kinh phí khoảng 3,2 tỷ đồng mỗi năm.
Tham gia phản biện, già làng A Khoa, người có uy tín làng Kon Jơ Ri, xã Đăk Rơ Wa, cho rằng người có uy tín phải đi vận động bà con cả ngày, nhiều khi tự bỏ tiền xăng xe, nên mức hỗ trợ cần tương xứng. Ông A Lâm, người có uy tín thôn Đăk Wang, xã Đăk Pék, đề nghị bổ sung chế độ hỗ trợ khám chữa bệnh cho người có uy tín trên 70 tuổi. Bà Y Liên, Phó Chủ tịch Hội LHPN tỉnh, đề nghị quan tâm tỷ lệ nữ trong đội ngũ, hiện chỉ khoảng 8%.
TS. Nguyễn Văn Thanh, Phó Trưởng khoa Lý luận chính trị Trường Chính trị tỉnh, phân tích dự thảo mới có 7 điều, tiêu chí bình chọn còn chung chung, chưa có cơ chế đánh giá hằng năm và thay thế người không còn phát huy vai trò. Ông Đinh Văn Bốn, Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh, tiếp thu và giải trình trực tiếp các ý kiến.
Hội nghị thống nhất 21 ý kiến phản biện, tập trung vào mức hỗ trợ, tiêu chí lựa chọn và cơ chế giám sát. Bà Y Thanh đề nghị các cơ quan liên quan tiếp thu, hoàn thiện dự thảo trước khi trình kỳ họp cuối năm; Mặt trận tỉnh sẽ gửi văn bản phản biện đến Thường trực HĐND tỉnh theo quy định tại Quyết định số 99-QĐ/TW.
Nhiều đại biểu đánh giá đây là dự thảo chính sách được người dân vùng đồng bào dân tộc thiểu số đặc biệt quan tâm. Theo bà Y Thanh, người có uy tín là "cánh tay nối dài" của Đảng, chính quyền và Mặt trận ở cơ sở, là lực lượng nòng cốt trong vận động bà con giữ gìn an ninh trật tự, bảo vệ rừng, xóa bỏ hủ tục; vì vậy chính sách đối với họ cần thiết thực, kịp thời, đủ để động viên.
Thùy Dương
Lượt xem: 987
TIN CÙNG CHUYÊN MỤC
- Gặp mặt người có uy tín tiêu biểu năm 2024 (10/10/2024)
- Đăk Glei: giám sát việc thực hiện chính sách hỗ trợ nhà ở (02/10/2024)
- Ngọc Hồi: hội nghị đối thoại với nông dân (25/09/2024)
""", "2024-10-18", "Phản biện xã hội dự thảo nghị quyết hỗ trợ người có uy tín: cần nâng mức bồi dưỡng",
E("hoi_nghi", None, "2024-10-17"),
[P("Y Thanh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khoa", "già làng", "người có uy tín làng Kon Jơ Ri"),
 P("A Lâm", "người có uy tín thôn Đăk Wang"),
 P("Y Liên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Thanh", "TS.", "Phó Trưởng khoa Lý luận chính trị Trường Chính trị tỉnh"),
 P("Đinh Văn Bốn", "Trưởng phòng Chính sách dân tộc Ban Dân tộc tỉnh")],
[Q("1.125 người có uy tín", 1125, "người có uy tín"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("khoảng 8%", 8, "%", "approx"), Q("7 điều", 7, "điều"),
 Q("21 ý kiến phản biện", 21, "ý kiến phản biện")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Quyết định", "99", "QĐ/TW", None, None, "Quyết định số 99-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Pék")],
["BÁO KON TUM", "Trang chủ - Chính trị - Mặt trận", "Ảnh: Già làng A Khoa góp ý tại hội nghị.", "cánh tay nối dài", "Lượt xem: 987"],
["18.10.2024 | 15:05", "trên 70 tuổi", "mỗi năm", "Lượt xem: 987"]))

PAGES.append(page("b3212-quangtri-mttq-gopy-hienphap-2025", """
Báo Quảng Trị điện tử
Chính trị | Mặt trận - Đoàn thể
Cập nhật: 15:10, 16/05/2025 (GMT+7)
Toàn cảnh hội nghị lấy ý kiến.
Chức sắc, người có uy tín góp ý dự thảo sửa đổi, bổ sung Hiến pháp năm 2013
QTO - Sáng 15/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị lấy ý kiến chức sắc tôn giáo, người có uy tín, nhân sĩ, trí thức về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013. Đồng chí Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hồ Thị Pa Lin chủ trì hội nghị. Dự hội nghị có hơn 120 đại biểu.
Thực hiện Nghị quyết số 194/2025/QH15 ngày 5/5/2025 của Quốc hội và Kế hoạch số 26/KH-MTTQ-BTT ngày 7/5/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, việc lấy ý kiến được triển khai đồng loạt từ ngày 6/5 đến 5/6/2025. Dự thảo sửa đổi, bổ sung 8 điều, trong đó có các điều về Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và về tổ chức chính quyền địa phương hai cấp.
Đa số ý kiến tán thành việc sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận và bỏ cấp huyện. Ông Hồ Văn Nhâm, người có uy tín bản Cù Bai, xã Hướng Lập, đề nghị khi chỉ còn hai cấp chính quyền, xã phải có đủ cán bộ biết tiếng Vân Kiều, Pa Kô để giải quyết công việc cho bà con. Linh mục Phêrô Trần Văn Minh, Chánh xứ giáo xứ Cam Lộ, góp ý nên giữ nguyên quy định về quyền tự do tín ngưỡng, tôn giáo. Thượng tọa Thích Minh Định, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị Mặt trận sau sắp xếp tiếp tục phát huy vai trò giám sát, phản biện xã hội.
Bà Kăn Thị Tợi, Chủ tịch Ủy ban MTTQ xã A Dơi, báo cáo xã đã phát 1.840 phiếu lấy ý kiến đến các hộ, thu về 1.812 phiếu, đạt 98,5%. Ông Lê Minh Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin đến ngày 14/5 toàn tỉnh đã tổng hợp được hơn 46.000 ý kiến, trong đó khoảng 99% tán thành toàn bộ dự thảo; khoảng 230 ý kiến đề nghị chỉnh sửa câu chữ.
Kết luận hội nghị, đồng chí Hồ Thị Pa Lin đề nghị các đại biểu tiếp tục tuyên truyền để người dân hiểu rõ mục đích sửa đổi Hiến pháp lần này, góp ý bằng nhiều hình thức, kể cả trên ứng dụng VNeID; Ban Thường trực tổng hợp trung thực, đầy đủ, báo cáo Ủy ban Trung ương MTTQ Việt Nam đúng thời hạn.
Các đại biểu bày tỏ đồng tình cao với chủ trương sửa đổi Hiến pháp, coi đây là việc hệ trọng, thể hiện ý chí, nguyện vọng của nhân dân trong giai đoạn mới; đồng thời mong sau khi sắp xếp, bộ máy gần dân hơn, thủ tục gọn hơn.
Hoàng Linh
Tin liên quan
- Hướng Hóa: hơn 5.000 phiếu góp ý dự thảo sửa đổi Hiến pháp (13/05/2025)
- Mặt trận tỉnh triển khai lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp (08/05/2025)
- Đakrông: bà con góp ý Hiến pháp qua loa truyền thanh song ngữ (07/05/2025)
""", "2025-05-16", "Chức sắc, người có uy tín góp ý dự thảo sửa đổi, bổ sung Hiến pháp năm 2013",
E("hoi_nghi", None, "2025-05-15"),
[P("Hồ Thị Pa Lin", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Nhâm", "người có uy tín bản Cù Bai"),
 P("Phêrô Trần Văn Minh", "Linh mục", "Chánh xứ giáo xứ Cam Lộ"),
 P("Thích Minh Định", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Kăn Thị Tợi", "Chủ tịch Ủy ban MTTQ xã A Dơi"),
 P("Lê Minh Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 120 đại biểu", 120, "đại biểu", "over"), Q("8 điều", 8, "điều"), Q("1.840 phiếu", 1840, "phiếu"),
 Q("1.812 phiếu", 1812, "phiếu"), Q("98,5%", 98.5, "%"), Q("hơn 46.000 ý kiến", 46000, "ý kiến", "over"),
 Q("khoảng 99%", 99, "%", "approx"), Q("khoảng 230 ý kiến", 230, "ý kiến", "approx")],
[D("Nghị quyết", "194", "2025/QH15", "2025-05-05", "Quốc hội", "Nghị quyết số 194/2025/QH15 ngày 5/5/2025"),
 D("Kế hoạch", "26", "KH-MTTQ-BTT", "2025-05-07", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 26/KH-MTTQ-BTT ngày 7/5/2025")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Dơi")],
["Báo Quảng Trị điện tử", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị lấy ý kiến.", "QTO", "Hiến pháp năm 2013", "VNeID"],
["Cập nhật: 15:10, 16/05/2025 (GMT+7)", "Hiến pháp năm 2013", "hai cấp", "ngày 14/5", "từ ngày 6/5 đến 5/6/2025"]))

PAGES.append(page("b3213-langson-xavannham-gopy-hienphap-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ VÂN NHAM
Thứ Tư, 21/05/2025
Trang chủ >> Tin tức - Sự kiện >> Chính trị
Ngày đăng: 21/05/2025 - 09:30
Nhân dân xã Vân Nham đóng góp 2.386 phiếu ý kiến vào dự thảo sửa đổi Hiến pháp
Ngày 20/5/2025, Đảng ủy - UBND - Ủy ban MTTQ xã Vân Nham, huyện Hữu Lũng, tỉnh Lạng Sơn tổ chức hội nghị tổng hợp ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013. Đồng chí Hoàng Văn Pác, Bí thư Đảng ủy xã chủ trì; dự có các đồng chí Lộc Thị Mai, Vi Văn Thành - Phó Chủ tịch UBND xã.
Thực hiện Nghị quyết số 194/2025/QH15 của Quốc hội và Hướng dẫn số 45-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, UBND xã ban hành Quyết định số 09/QĐ-UBND ngày 12/5/2025 thành lập tổ tổng hợp ý kiến gồm 7 thành viên. Từ ngày 12/5 đến 19/5, 15 thôn đã tổ chức họp dân, phát phiếu đến từng hộ; người dân còn có thể góp ý qua ứng dụng VNeID.
Theo báo cáo của bà Chu Thị Hường, Chủ tịch Ủy ban MTTQ xã, toàn xã thu về 2.386 phiếu lấy ý kiến, trong đó 97,8% phiếu tán thành toàn bộ dự thảo; 53 ý kiến khác đề nghị làm rõ một số nội dung, chủ yếu về chức năng của Mặt trận Tổ quốc sau khi sắp xếp và việc tổ chức chính quyền địa phương cấp xã. Có 612 lượt người góp ý qua VNeID.
Tại hội nghị, ông Lương Văn Hiếu, Trưởng thôn Làng Đồng, phản ánh bà con người Nùng, người Tày ở các thôn xa mong sau khi sáp nhập xã vẫn được làm thủ tục gần nhà; đề nghị duy trì điểm tiếp nhận hồ sơ ở khu trung tâm cũ. Bà Hà Thị Nguyệt, cựu giáo viên, đề nghị Hiến pháp tiếp tục khẳng định quyền được học tập bằng tiếng mẹ đẻ của học sinh dân tộc thiểu số.
Ông Vi Văn Thành cho biết ý kiến của nhân dân sẽ được tổng hợp trung thực, gửi UBND huyện trước ngày 25/5/2025. Phát biểu kết luận, đồng chí Hoàng Văn Pác ghi nhận tinh thần trách nhiệm của nhân dân, yêu cầu các chi bộ thôn tiếp tục tuyên truyền để người dân hiểu và đồng thuận với chủ trương sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp.
Qua đợt lấy ý kiến, cán bộ xã nhận thấy người dân rất quan tâm đến những điều khoản liên quan trực tiếp đến đời sống như quyền con người, quyền công dân, việc tổ chức bộ máy gần dân, phục vụ nhân dân. Nhiều cụ cao tuổi tuy không đọc được hết văn bản nhưng vẫn đến hội nghị ở thôn, nhờ con cháu ghi ý kiến vào phiếu.
Văn phòng HĐND - UBND xã
Lượt truy cập: 15.206
Tin khác
- Xã Vân Nham ra quân làm đường giao thông nông thôn (14/05/2025)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 9, Quốc hội khóa XV (05/05/2025)
- Trao 3 nhà đại đoàn kết cho hộ nghèo thôn Làng Đồng (28/04/2025)
""", "2025-05-21", "Nhân dân xã Vân Nham đóng góp 2.386 phiếu ý kiến vào dự thảo sửa đổi Hiến pháp",
E("hoi_nghi", None, "2025-05-20"),
[P("Hoàng Văn Pác", "Bí thư Đảng ủy xã"),
 P("Lộc Thị Mai", "Phó Chủ tịch UBND xã"),
 P("Vi Văn Thành", "Phó Chủ tịch UBND xã"),
 P("Chu Thị Hường", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lương Văn Hiếu", "Trưởng thôn Làng Đồng"),
 P("Hà Thị Nguyệt", "cựu giáo viên")],
[Q("2.386 phiếu", 2386, "phiếu"), Q("7 thành viên", 7, "thành viên"), Q("15 thôn", 15, "thôn"), Q("97,8%", 97.8, "%"),
 Q("53 ý kiến", 53, "ý kiến"), Q("612 lượt người", 612, "lượt người")],
[D("Nghị quyết", "194", "2025/QH15", None, "Quốc hội", "Nghị quyết số 194/2025/QH15"),
 D("Hướng dẫn", "45", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 45-HD/BTGDVTU"),
 D("Quyết định", "09", "QĐ-UBND", "2025-05-12", "UBND xã", "Quyết định số 09/QĐ-UBND ngày 12/5/2025")],
[prov("Lạng Sơn"), com("Vân Nham")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ VÂN NHAM", "Trang chủ >> Tin tức - Sự kiện >> Chính trị", "Hiến pháp năm 2013", "VNeID",
 "Văn phòng HĐND - UBND xã", "Lượt truy cập: 15.206"],
["Thứ Tư, 21/05/2025", "Hiến pháp năm 2013", "hai cấp", "Lượt truy cập: 15.206"]))

PAGES.append(page("b3214-cantho-mttq-phanbien-hocphi-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Hôm nay: Thứ Bảy, 15/11/2025
Trang chủ / Giám sát - Phản biện xã hội
Thứ Sáu, 14/11/2025, 08:05
Ảnh: Quang cảnh hội nghị phản biện.
Phản biện dự thảo nghị quyết hỗ trợ học phí: cần tính đến học sinh vùng sâu sau hợp nhất
Ngày 13/11, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND thành phố quy định mức hỗ trợ học phí và chi phí học tập cho học sinh, sinh viên người dân tộc thiểu số năm học 2025 - 2026. Bà Lâm Thị Sa Ry, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội LHPN thành phố chủ trì.
Theo Sở Giáo dục và Đào tạo, cơ quan soạn thảo, sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, thành phố có khoảng 47.300 học sinh người Khmer, người Hoa. Dự thảo đề xuất hỗ trợ 150.000 đồng/học sinh/tháng, tối đa 9 tháng mỗi năm học, tổng kinh phí hơn 58 tỷ đồng.
Tham gia phản biện, Đại đức Thạch Sóc Phol, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, trụ trì chùa Chrôi Tansa, đề nghị mở rộng đối tượng sang học sinh theo học tại các trường Pali trung cấp Nam tông Khmer. Bà Kim Thị Sa Phia, Chủ tịch Ủy ban MTTQ phường Phú Lợi, cho rằng mức hỗ trợ nên phân theo vùng: học sinh ở xã Lịch Hội Thượng và các xã ven biển chi phí đi lại cao hơn. Ông Danh Sol, Trưởng ban Công tác Mặt trận ấp Tà Điếp, xã Lịch Hội Thượng, phản ánh có em phải đi học xa hơn 10 km.
ThS. Huỳnh Văn Tâm, thành viên Hội đồng tư vấn Văn hóa - Xã hội Ủy ban MTTQ thành phố, góp ý quy trình xét duyệt cần giao cho Ban công tác Mặt trận ở khu dân cư cùng tham gia, tránh sót đối tượng. Ông Trần Quốc Khánh, Phó Giám đốc Sở Giáo dục và Đào tạo, tiếp thu, giải trình các ý kiến.
Hội nghị ghi nhận 18 ý kiến phản biện, trong đó cơ quan soạn thảo thống nhất tiếp thu 12 ý kiến. Kết luận hội nghị, bà Lâm Thị Sa Ry đề nghị cơ quan soạn thảo tiếp thu, có văn bản giải trình những ý kiến chưa tiếp thu; Ban Thường trực sẽ hoàn chỉnh văn bản phản biện gửi Thường trực HĐND thành phố theo Quyết định số 99-QĐ/TW ngày 3/10/2023 của Ban Chấp hành Trung ương và Công văn số 321/UBND-VX ngày 3/11/2025 của UBND thành phố.
Đây là hội nghị phản biện đầu tiên của Mặt trận thành phố sau khi tổ chức lại bộ máy, các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam thành phố.
Bảo Trân
Lượt xem: 742
Tin liên quan
- Mặt trận phường Vị Thanh giám sát việc thu học phí (07/11/2025)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer nhân lễ Dâng y Kathina (31/10/2025)
- Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ I (20/10/2025)
""", "2025-11-14", "Phản biện dự thảo nghị quyết hỗ trợ học phí: cần tính đến học sinh vùng sâu sau hợp nhất",
E("hoi_nghi", None, "2025-11-13"),
[P("Lâm Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội LHPN thành phố"),
 P("Thạch Sóc Phol", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố", "trụ trì chùa Chrôi Tansa"),
 P("Kim Thị Sa Phia", "Chủ tịch Ủy ban MTTQ phường Phú Lợi"),
 P("Danh Sol", "Trưởng ban Công tác Mặt trận ấp Tà Điếp"),
 P("Huỳnh Văn Tâm", "ThS.", "thành viên Hội đồng tư vấn Văn hóa - Xã hội Ủy ban MTTQ thành phố"),
 P("Trần Quốc Khánh", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("khoảng 47.300 học sinh", 47300, "học sinh", "approx"), Q("150.000 đồng", 150000, "đồng"),
 Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"), Q("hơn 10 km", 10, "km", "over"),
 Q("18 ý kiến phản biện", 18, "ý kiến phản biện"), Q("12 ý kiến", 12, "ý kiến")],
[D("Quyết định", "99", "QĐ/TW", "2023-10-03", "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW ngày 3/10/2023"),
 D("Công văn", "321", "UBND-VX", "2025-11-03", "UBND thành phố", "Công văn số 321/UBND-VX ngày 3/11/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi"), com("Lịch Hội Thượng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Hôm nay: Thứ Bảy, 15/11/2025", "Trang chủ / Giám sát - Phản biện xã hội",
 "Ảnh: Quang cảnh hội nghị phản biện.", "Lượt xem: 742", "Pali trung cấp Nam tông Khmer"],
["Hôm nay: Thứ Bảy, 15/11/2025", "năm học 2025 - 2026", "tối đa 9 tháng", "Lượt xem: 742"]))
