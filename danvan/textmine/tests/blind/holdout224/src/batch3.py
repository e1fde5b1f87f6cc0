from lib import *
PAGES = []

PAGES.append(page("b5345-quangnam-mttq-hoinghi-2020", """
BÁO QUẢNG NAM
Chính trị | Mặt trận - Đoàn thể
Cập nhật: 14:30, 25/09/2020 (GMT+7)
Các đại biểu nhận bằng khen của Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Văn Phin
Quảng Nam biểu dương 120 điển hình trong phòng, chống dịch COVID-19
(QNO) - Sáng 24/9, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị biểu dương tập thể, cá nhân tiêu biểu trong phòng, chống dịch COVID-19 năm 2020. Dự hội nghị có đồng chí Bhling Mia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Xuân Ca, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 215 đại biểu.
Theo báo cáo, từ đầu năm đến nay, nhất là đợt dịch tháng 7 và tháng 8, các cấp Mặt trận trong tỉnh đã tiếp nhận hơn 62,5 tỷ đồng, trong đó cấp tỉnh tiếp nhận 28,3 tỷ đồng; đã phân bổ hỗ trợ 36 khu cách ly tập trung, 14 bệnh viện và hơn 24.000 hộ nghèo, lao động mất việc trong ngành du lịch. Mặt trận các cấp cũng giám sát việc chi trả theo Nghị quyết số 42/NQ-CP của Chính phủ cho 71.300 người, bảo đảm công khai, đúng đối tượng.
Thực hiện Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ và Kế hoạch số 2134/KH-UBND ngày 22/4/2020 của UBND tỉnh, Ban Thường trực Ủy ban MTTQ tỉnh đã phát động cuộc vận động "Cả nước chung tay phòng, chống dịch COVID-19" tới 244 xã, phường, thị trấn; huy động 3.860 tình nguyện viên tham gia các chốt kiểm dịch.
Tại hội nghị, bà Alăng Thị Nhíp, Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng, chia sẻ: đồng bào Cơ Tu ở xã đã góp 12 tấn gạo, 3 tấn rau rừng gửi về thành phố Đà Nẵng và thành phố Hội An. Ông Clâu Blao, người có uy tín thôn Agrồng, xã A Tiêng, vận động 65 hộ ở thôn không vào rừng tụ tập, không đón người lạ. Bà Trương Thị Thu Hiền, Tổ trưởng tổ dân phố, phường Cẩm Châu, cho biết tổ đã góp hơn 40 triệu đồng mua thực phẩm cho người cách ly.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Ánh Nga, Zơrâm Ting, Huỳnh Văn Lực đã trao bằng khen cho 46 tập thể tiêu biểu và 74 cá nhân tiêu biểu. Đồng chí Đoàn Thị Kim Oanh, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, công bố Quyết định số 118-QĐ/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về khen thưởng.
Phát biểu tại hội nghị, đồng chí Bhling Mia đề nghị các cấp Mặt trận tiếp tục vận động nhân dân thực hiện "5K", không lơ là, chủ quan khi dịch đã được kiểm soát; phối hợp chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI.
Văn Phin
Tin cùng chuyên mục
- Tây Giang: đồng bào Cơ Tu góp gạo ủng hộ vùng dịch (18/09/2020)
- Hội An: trao 2.000 suất quà cho người lao động ngành du lịch (10/09/2020)
- Mặt trận tỉnh tiếp nhận 500 tấn gạo từ các doanh nghiệp (28/08/2020)
""", "2020-09-25", "Quảng Nam biểu dương 120 điển hình trong phòng, chống dịch COVID-19",
E("hoi_nghi", "2020", "2020-09-24"),
[P("Bhling Mia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Xuân Ca", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Nhíp", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng"),
 P("Clâu Blao", "người có uy tín thôn Agrồng"),
 P("Trương Thị Thu Hiền", "Tổ trưởng tổ dân phố"),
 P("Nguyễn Thị Ánh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Zơrâm Ting", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Thị Kim Oanh", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("120 điển hình", 120, "điển hình"), Q("215 đại biểu", 215, "đại biểu"), Q("hơn 62,5 tỷ đồng", 62500000000, "đồng", "over"),
 Q("28,3 tỷ đồng", 28300000000, "đồng"), Q("36 khu cách ly tập trung", 36, "khu cách ly tập trung"), Q("14 bệnh viện", 14, "bệnh viện"),
 Q("hơn 24.000 hộ nghèo, lao động", 24000, "hộ nghèo, lao động", "over"), Q("71.300 người", 71300, "người"),
 Q("244 xã, phường, thị trấn", 244, "xã, phường, thị trấn"), Q("3.860 tình nguyện viên", 3860, "tình nguyện viên"),
 Q("12 tấn", 12, "tấn"), Q("3 tấn", 3, "tấn"), Q("65 hộ", 65, "hộ"), Q("hơn 40 triệu đồng", 40000000, "đồng", "over"),
 Q("46 tập thể tiêu biểu", 46, "tập thể tiêu biểu"), Q("74 cá nhân tiêu biểu", 74, "cá nhân tiêu biểu")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Chỉ thị", "19", "CT-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Chỉ thị số 19/CT-TTg ngày 24/4/2020"),
 D("Kế hoạch", "2134", "KH-UBND", "2020-04-22", "UBND tỉnh", "Kế hoạch số 2134/KH-UBND ngày 22/4/2020"),
 D("Quyết định", "118", "QĐ/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 118-QĐ/MTTQ-BTT")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng"), com("Cẩm Châu"), prov("Đà Nẵng")],
["BÁO QUẢNG NAM", "Chính trị | Mặt trận - Đoàn thể", "Các đại biểu nhận bằng khen của Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Văn Phin", "(QNO)",
 "Cả nước chung tay phòng, chống dịch COVID-19", "5K", "thôn Agrồng", "Hội An"],
["Cập nhật: 14:30, 25/09/2020 (GMT+7)", "5K", "tháng 7", "tháng 8", "lần thứ XI", "năm 2020"]))

PAGES.append(page("b5346-angiang-bdv-giaoban-2022", """
AN GIANG ONLINE - Cơ quan của Đảng bộ tỉnh An Giang
Trang chủ >> Chính trị >> Dân vận
Ngày đăng 06/04/2022 | 16:20
An Giang: Khối dân vận vận động tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi
Chiều 5/4, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị giao ban công tác dân vận tháng 3/2022 với Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội. Đồng chí Lê Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Bé Tư, Néang Sa Vy.
Quang cảnh giao ban. Ảnh: Hữu Huệ
Báo cáo cho biết, trong tháng 3, số ca mắc COVID-19 trên địa bàn tỉnh tăng nhanh với 18.640 ca, chủ yếu là ca nhẹ điều trị tại nhà. Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ và Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy, khối dân vận đã vận động 98.700 trẻ em từ 12 đến 17 tuổi tiêm đủ 2 mũi, đạt 96,2%; vận động phụ huynh đưa 12.500 trẻ đi học trực tiếp trở lại.
Mặt trận và các đoàn thể tiếp tục hỗ trợ 3.200 hộ có người F0 điều trị tại nhà, trao 4.600 túi thuốc thảo dược và khoảng 1.100 phần quà. Hội Cựu chiến binh tỉnh vận động 214 hội viên làm "người giám sát" tại các khu dân cư; Tỉnh đoàn triển khai 86 đội hình "Thầy thuốc trẻ tình nguyện".
Tại giao ban, ông Mohamad Ly, Phó Trưởng ban Dân tộc tỉnh, cho biết 26 thánh đường Hồi giáo của đồng bào Chăm đã hướng dẫn tín đồ thực hiện các biện pháp phòng dịch trong tháng Ramadan. Bà Sa Ly Mah, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong, đề nghị có tài liệu tuyên truyền bằng tiếng Chăm. Ông Trần Văn Nhứt, Chánh Hội trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo, thông tin các ban trị sự cơ sở đã duy trì 35 bếp ăn từ thiện và đóng góp hơn 2,4 tỷ đồng trong tháng.
Ông Abdul Ha Lim, Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh, và ông Ha Ri Fin, Trưởng ban Công tác Mặt trận ấp Đồng Ky, xã Đa Phước, cùng chung đề nghị ngành y tế tổ chức tiêm vắc xin tại thánh đường vào buổi tối.
Phát biểu kết luận, đồng chí Lê Thị Thanh Hương yêu cầu tháng 4 khối dân vận tập trung thực hiện Kế hoạch số 256/KH-UBND của UBND tỉnh về phục hồi kinh tế - xã hội; phối hợp tổ chức đối thoại với người lao động trở về tại xã Nhơn Hội; bảo đảm không để người dân nào bị bỏ lại phía sau.
Nhiều ý kiến tại giao ban cho rằng cần chú trọng hơn công tác nắm tình hình tư tưởng của người lao động mất việc, tiểu thương ở các chợ biên giới; kịp thời phản ánh với cấp ủy những vấn đề bức xúc để có giải pháp tháo gỡ.
Hữu Huệ
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban tháng 2/2022 (07/03/2022)
- Tân Châu: trao 300 phần quà cho hộ có người F0 (28/03/2022)
- Chợ Mới: ra mắt 20 tổ COVID cộng đồng kiểu mẫu (21/03/2022)
- Hội LHPN tỉnh vận động 500 phụ nữ tiêm mũi nhắc lại (15/03/2022)
""", "2022-04-06", "An Giang: Khối dân vận vận động tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi",
E("giao_ban", "2022-03", "2022-04-05"),
[P("Lê Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bé Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Néang Sa Vy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mohamad Ly", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Sa Ly Mah", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong"),
 P("Trần Văn Nhứt", "Chánh Hội trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Abdul Ha Lim", "Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Ha Ri Fin", "Trưởng ban Công tác Mặt trận ấp Đồng Ky")],
[Q("18.640 ca", 18640, "ca"), Q("98.700 trẻ em", 98700, "trẻ em"), Q("96,2%", 96.2, "%"), Q("12.500 trẻ", 12500, "trẻ"),
 Q("3.200 hộ", 3200, "hộ"), Q("4.600 túi thuốc thảo dược", 4600, "túi thuốc thảo dược"),
 Q("khoảng 1.100 phần quà", 1100, "phần quà", "approx"), Q("214 hội viên", 214, "hội viên"),
 Q("86 đội hình", 86, "đội hình"), Q("26 thánh đường Hồi giáo", 26, "thánh đường Hồi giáo"),
 Q("35 bếp ăn từ thiện", 35, "bếp ăn từ thiện"), Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over")],
[D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kế hoạch", "256", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 256/KH-UBND")],
[prov("An Giang"), com("Châu Phong"), com("Đa Phước"), com("Nhơn Hội")],
["AN GIANG ONLINE - Cơ quan của Đảng bộ tỉnh An Giang", "Trang chủ >> Chính trị >> Dân vận", "Quang cảnh giao ban. Ảnh: Hữu Huệ",
 "Thầy thuốc trẻ tình nguyện", "người giám sát", "ấp Đồng Ky", "Ramadan"],
["Ngày đăng 06/04/2022 | 16:20", "tháng 3/2022", "từ 12 đến 17 tuổi", "2 mũi", "F0", "tháng 4"]))

PAGES.append(page("b5347-gialai-bdv-soket-2023", """
BÁO GIA LAI ĐIỆN TỬ
2023-07-14 10:20
Đồng chí Rơ Lan Thị Hnia phát biểu kết luận hội nghị.
Gia Lai: Phát huy bài học dân vận từ những năm chống dịch
Ngày 13/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Lan Thị Hnia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự có đồng chí Ksor Nhiên, Phó Chủ tịch HĐND tỉnh; các đồng chí Siu Đức, Trần Minh Tâm - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng đầu năm, khối dân vận tiếp tục phát huy kinh nghiệm vận động nhân dân trong những năm phòng, chống dịch COVID-19, nhất là vai trò của 1.632 người có uy tín trong đồng bào dân tộc thiểu số. Thực hiện Kết luận 07, 08-KL/TU của Ban Thường vụ Tỉnh ủy về phục hồi kinh tế vùng đồng bào sau đại dịch và Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương về Quy chế công tác dân vận của hệ thống chính trị, toàn tỉnh đã xây dựng 312 mô hình "Dân vận khéo", trong đó có 48 mô hình cấp tỉnh.
Về chăm lo cho trẻ em mồ côi do COVID-19, các cấp đã nhận đỡ đầu 174 em, hỗ trợ mỗi em 1 triệu đồng/tháng; Hội LHPN tỉnh vận động hơn 1,3 tỷ đồng học bổng. Tỷ lệ người dân tiêm mũi nhắc lại vắc xin đạt 82,5%, trong đó các xã vùng sâu đạt khoảng 70%.
Tại hội nghị, đồng chí Rmah H'Blin, Trưởng Ban Dân vận Huyện ủy Ia Grai, cho biết huyện đã vận động 2.430 hộ đồng bào Jrai chuyển đổi 1.150 ha cà phê già cỗi. Ông Nay Y Blong, Bí thư Đảng ủy xã Ia Dơk, chia sẻ cách vận động 58 hộ nghèo vay vốn phục hồi sản xuất. Bà Puih H'Lan, người có uy tín làng Ia Tơ, xã Ia Tô, đề nghị tiếp tục tổ chức tiêm chủng lưu động cho trẻ em tại làng.
Đồng chí Đinh Văn Klơi, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kbang, thông tin: huyện đã giải quyết dứt điểm 17/19 đơn thư, kiến nghị; tổ chức 9 cuộc đối thoại tại xã Kon Chiêng và các xã vùng căn cứ cách mạng.
Phát biểu kết luận, đồng chí Rơ Lan Thị Hnia đề nghị 6 tháng cuối năm triển khai Kế hoạch số 215-KH/BDVTU về phát huy vai trò người có uy tín; chủ động nắm tình hình, không để phát sinh điểm nóng liên quan "Tin lành Đê Ga"; tăng cường công tác dân vận chính quyền, giải quyết kịp thời kiến nghị của người dân.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 21 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo".
Hồng Thi
Tin khác
- Chư Sê ra mắt mô hình "Làng không có người nghiện" (10/07/2023)
- Ia Pa: đối thoại với 200 đoàn viên về việc làm (03/07/2023)
- Hội nghị người có uy tín tỉnh năm 2023 (26/06/2023)
""", "2023-07-14", "Gia Lai: Phát huy bài học dân vận từ những năm chống dịch",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Rơ Lan Thị Hnia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nhiên", "Phó Chủ tịch HĐND tỉnh"),
 P("Siu Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Minh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rmah H'Blin", "Trưởng Ban Dân vận Huyện ủy Ia Grai"),
 P("Nay Y Blong", "Bí thư Đảng ủy xã Ia Dơk"),
 P("Puih H'Lan", "người có uy tín làng Ia Tơ"),
 P("Đinh Văn Klơi", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kbang")],
[Q("1.632 người có uy tín", 1632, "người có uy tín"), Q("312 mô hình", 312, "mô hình"), Q("48 mô hình cấp tỉnh", 48, "mô hình cấp tỉnh"),
 Q("174 em", 174, "em"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("82,5%", 82.5, "%"), Q("khoảng 70%", 70, "%", "approx"), Q("2.430 hộ đồng bào Jrai", 2430, "hộ đồng bào Jrai"),
 Q("1.150 ha", 1150, "ha"), Q("58 hộ nghèo", 58, "hộ nghèo"), Q("17/19 đơn thư, kiến nghị", 17, "đơn thư, kiến nghị"),
 Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("15 tập thể", 15, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "215", "KH/BDVTU", None, None, "Kế hoạch số 215-KH/BDVTU")],
[prov("Gia Lai"), com("Ia Dơk"), com("Ia Tô"), com("Kon Chiêng")],
["BÁO GIA LAI ĐIỆN TỬ", "Đồng chí Rơ Lan Thị Hnia phát biểu kết luận hội nghị.", "Dân vận khéo", "Tin lành Đê Ga",
 "Quy chế công tác dân vận của hệ thống chính trị", "làng Ia Tơ"],
["2023-07-14 10:20", "6 tháng đầu năm 2023", "6 tháng cuối năm"]))

PAGES.append(page("b5348-hagiang-bdvhuyen-taphuan-2023", """
Cổng thông tin điện tử huyện Đồng Văn - tỉnh Hà Giang
Tin tức > Xây dựng Đảng > Công tác dân vận
28/09/2023 06:00
Học viên tham gia thảo luận nhóm. Ảnh: Mí Sính
Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ cơ sở vùng cao
Trong 2 ngày 26 và 27/9/2023, Ban Dân vận Huyện ủy Đồng Văn (Hà Giang) tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 145 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể các xã, thị trấn và trưởng thôn. Đồng chí Vàng Mí Sính, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện khai mạc lớp học.
Các học viên được truyền đạt chuyên đề về Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; Kết luận 43, 44-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận chính quyền và về vận động đồng bào Mông xóa bỏ hủ tục trong việc tang. Chuyên đề "Bài học dân vận trong phòng, chống dịch COVID-19" do đồng chí Ly Thị Dế, Phó Trưởng Ban Dân vận Huyện ủy trình bày đã thu hút nhiều ý kiến trao đổi.
Theo đồng chí Ly Thị Dế, trong 3 năm dịch bệnh, huyện đã thành lập 78 tổ COVID cộng đồng, vận động 4.600 lao động đi làm ăn xa trở về khai báo y tế; tỷ lệ tiêm vắc xin mũi 2 đạt 91,3% dù địa bàn có nhiều thôn cách trung tâm xã trên 15 km. Bài học lớn nhất là "dân tin thì dân làm": già làng, trưởng họ đi trước, bà con làm theo.
Tại lớp tập huấn, ông Thào Mí Lử, ĐUV, Trưởng khối dân vận xã Lũng Cú, chia sẻ cách vận động 112 hộ góp đất, góp công mở đường. Bà Giàng Thị Mỷ, Chủ tịch Hội LHPN xã Sà Phìn, kể lại việc vận động chị em không sinh con tại nhà. Ông Lầu Mí Pó, Trưởng thôn Lô Lô Chải, xã Lũng Cú, đề nghị hỗ trợ thêm kinh phí hoạt động cho tổ dân vận thôn.
Các đồng chí Sùng Mí Chá, Phó Chủ tịch UBND huyện và Hoàng Văn Đông, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện, giải đáp các kiến nghị về chính sách hỗ trợ theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; năm 2023 huyện được phân bổ gần 86 tỷ đồng, trong đó hỗ trợ làm 365 căn nhà cho hộ nghèo, mỗi căn 40 triệu đồng.
Kết thúc lớp học, 100% học viên viết bài thu hoạch đạt yêu cầu. Ban Dân vận Huyện ủy giao mỗi xã, thị trấn xây dựng ít nhất 2 mô hình "Dân vận khéo" trong năm, tập trung ở xã Phố Cáo và thị trấn Đồng Văn.
Nhiều học viên cho biết nội dung tập huấn thiết thực, gắn với công việc hằng ngày ở thôn, bản; đề nghị lớp học được tổ chức thường xuyên hơn, có thêm tài liệu song ngữ và các buổi đi thực tế ở những nơi làm tốt.
Mí Sính
Tin liên quan
- Đồng Văn: đối thoại với người có uy tín về xóa bỏ hủ tục (14/09/2023)
- Hội Nông dân huyện trao 30 con bò giống cho hộ nghèo (06/09/2023)
- Sơ kết 5 năm mô hình "Dân vận khéo" trên Cao nguyên đá (25/08/2023)
""", "2023-09-28", "Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ cơ sở vùng cao",
E("tap_huan", "2023", "2023-09-26"),
[P("Vàng Mí Sính", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ly Thị Dế", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Thào Mí Lử", "ĐUV", "Trưởng khối dân vận xã Lũng Cú"),
 P("Giàng Thị Mỷ", "Chủ tịch Hội LHPN xã Sà Phìn"),
 P("Lầu Mí Pó", "Trưởng thôn Lô Lô Chải"),
 P("Sùng Mí Chá", "Phó Chủ tịch UBND huyện"),
 P("Hoàng Văn Đông", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện")],
[Q("145 học viên", 145, "học viên"), Q("78 tổ COVID cộng đồng", 78, "tổ COVID cộng đồng"), Q("4.600 lao động", 4600, "lao động"),
 Q("91,3%", 91.3, "%"), Q("trên 15 km", 15, "km", "over"), Q("112 hộ", 112, "hộ"), Q("gần 86 tỷ đồng", 86000000000, "đồng", "approx"),
 Q("365 căn nhà", 365, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"), Q("100%", 100, "%"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "43", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 43, 44-KL/HU"),
 D("Kết luận", "44", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 43, 44-KL/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sà Phìn"), com("Phố Cáo"), com("Đồng Văn")],
["Cổng thông tin điện tử huyện Đồng Văn - tỉnh Hà Giang", "Tin tức > Xây dựng Đảng > Công tác dân vận",
 "Học viên tham gia thảo luận nhóm. Ảnh: Mí Sính", "Dân vận khéo", "Bài học dân vận trong phòng, chống dịch COVID-19",
 "dân tin thì dân làm", "thôn Lô Lô Chải"],
["28/09/2023 06:00", "2 ngày", "3 năm", "mũi 2", "năm 2023"]))

PAGES.append(page("b5349-thuathienhue-mttq-baocao-2024", """
BÁO THỪA THIÊN HUẾ ONLINE
Thứ Năm, 21/03/2024 - 08:30
Mặt trận - Đoàn thể | Giám sát
Công khai kết quả tiếp nhận, phân bổ nguồn ủng hộ phòng, chống dịch COVID-19
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế vừa có Báo cáo số 418/BC-MTTQ-BTT ngày 15/3/2024 tổng hợp kết quả tiếp nhận, phân bổ và sử dụng nguồn ủng hộ phòng, chống dịch COVID-19 giai đoạn 2020 - 2023, gửi Ban Thường vụ Tỉnh ủy, HĐND, UBND tỉnh và công khai trên các phương tiện thông tin đại chúng.
Mặt trận các cấp trao quà cho người dân khu cách ly năm 2021. Ảnh: tư liệu
Theo báo cáo, trong 4 năm, các cấp Mặt trận trong tỉnh đã tiếp nhận tổng cộng hơn 214,6 tỷ đồng, gồm 148,2 tỷ đồng tiền mặt và hàng hóa, hiện vật quy đổi khoảng 66,4 tỷ đồng. Riêng Quỹ vắc xin phòng COVID-19 của tỉnh tiếp nhận 21,5 tỷ đồng, đã chuyển về Quỹ vắc xin Trung ương theo Quyết định số 779/QĐ-TTg ngày 26/5/2021 của Thủ tướng Chính phủ.
Nguồn ủng hộ đã được phân bổ cho 52 khu cách ly tập trung, 9 bệnh viện dã chiến, hỗ trợ 186.400 lượt hộ gia đình khó khăn và 318 trẻ em mồ côi do COVID-19. Số dư còn lại hơn 1,9 tỷ đồng được Ban Thường trực thống nhất chuyển sang Quỹ "Vì người nghèo" tỉnh để hỗ trợ làm nhà theo Kế hoạch số 92/KH-UBND ngày 18/01/2024 của UBND tỉnh.
Đồng chí Tôn Nữ Thị Hoài, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết: việc tiếp nhận, phân bổ được thực hiện theo Thông tư số 41/2022/TT-BTC của Bộ Tài chính và Quyết định số 1022/QĐ-UBND của UBND tỉnh, có sự giám sát của Ban Thanh tra nhân dân ở 141 xã, phường, thị trấn; qua kiểm toán không phát hiện sai phạm.
Báo cáo cũng ghi nhận nhiều địa phương làm tốt, như xã Hồng Vân và xã A Roàng ở huyện A Lưới, nơi đồng bào Pa Kô, Tà Ôi góp hơn 15 tấn gạo, măng, chuối gửi ra các khu cách ly. Bà Hồ Thị Ka Chăng, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Vân, và ông Kăn Nhâm Cha, Trưởng Ban Thanh tra nhân dân xã A Roàng, được Ủy ban MTTQ tỉnh tặng bằng khen. Phường Thuận Hòa được nêu là đơn vị công khai đầy đủ nhất, niêm yết 100% danh sách hộ được hỗ trợ.
Ông Hoàng Đình Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật, nhấn mạnh báo cáo là căn cứ để Mặt trận rút kinh nghiệm trong huy động nguồn lực khi có thiên tai, dịch bệnh.
Theo ông Khải, điều làm nên niềm tin của nhân dân là mọi khoản tiền, hàng đều được ghi sổ, niêm yết và báo cáo định kỳ; người dân có thể tra cứu danh sách ủng hộ trên trang thông tin điện tử của Mặt trận. Thời gian tới, Ban Thường trực sẽ số hóa toàn bộ hồ sơ để phục vụ công tác kiểm tra, giám sát.
Minh Hiền
Tin khác
- Ủy ban MTTQ tỉnh giao ban công tác Mặt trận quý I/2024 (15/03/2024)
- A Lưới: bàn giao 25 nhà Đại đoàn kết (08/03/2024)
- Mặt trận tỉnh phát động ủng hộ Quỹ "Vì người nghèo" năm 2024 (01/03/2024)
""", "2024-03-21", "Công khai kết quả tiếp nhận, phân bổ nguồn ủng hộ phòng, chống dịch COVID-19",
E("bao_cao", None, "2024-03-15"),
[P("Tôn Nữ Thị Hoài", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Ka Chăng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Vân"),
 P("Kăn Nhâm Cha", "Trưởng Ban Thanh tra nhân dân xã A Roàng"),
 P("Hoàng Đình Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật")],
[Q("hơn 214,6 tỷ đồng", 214600000000, "đồng", "over"), Q("148,2 tỷ đồng", 148200000000, "đồng"),
 Q("khoảng 66,4 tỷ đồng", 66400000000, "đồng", "approx"), Q("21,5 tỷ đồng", 21500000000, "đồng"),
 Q("52 khu cách ly tập trung", 52, "khu cách ly tập trung"), Q("9 bệnh viện dã chiến", 9, "bệnh viện dã chiến"),
 Q("186.400 lượt hộ gia đình khó khăn", 186400, "lượt hộ gia đình khó khăn"), Q("318 trẻ em mồ côi", 318, "trẻ em mồ côi"),
 Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"),
 Q("hơn 15 tấn", 15, "tấn", "over"), Q("100%", 100, "%")],
[D("Báo cáo", "418", "BC-MTTQ-BTT", "2024-03-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế", "Báo cáo số 418/BC-MTTQ-BTT ngày 15/3/2024"),
 D("Quyết định", "779", "QĐ-TTg", "2021-05-26", "Thủ tướng Chính phủ", "Quyết định số 779/QĐ-TTg ngày 26/5/2021"),
 D("Kế hoạch", "92", "KH-UBND", "2024-01-18", "UBND tỉnh", "Kế hoạch số 92/KH-UBND ngày 18/01/2024"),
 D("Thông tư", "41", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 41/2022/TT-BTC"),
 D("Quyết định", "1022", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1022/QĐ-UBND")],
[prov("Thừa Thiên Huế"), com("Hồng Vân"), com("A Roàng"), com("Thuận Hòa")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Mặt trận - Đoàn thể | Giám sát", "Mặt trận các cấp trao quà cho người dân khu cách ly năm 2021. Ảnh: tư liệu",
 "Quỹ vắc xin phòng COVID-19", "Vì người nghèo", "Quỹ vắc xin Trung ương"],
["Thứ Năm, 21/03/2024 - 08:30", "giai đoạn 2020 - 2023", "4 năm"]))

PAGES.append(page("b5350-ninhbinh-hlhpn-traoqua-2024", """
Hôm nay: Thứ Bảy, 31/08/2024
BÁO NINH BÌNH ĐIỆN TỬ
Xã hội / Nhân ái
30 tháng 8, 2024 | 17:45
Trao 210 suất học bổng cho trẻ em mồ côi do COVID-19 trước năm học mới
Chiều 29/8, Hội Liên hiệp Phụ nữ tỉnh Ninh Bình phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 210 suất học bổng cho trẻ em mồ côi do COVID-19 và trẻ em có hoàn cảnh đặc biệt khó khăn trong chương trình "Mẹ đỡ đầu". Mỗi suất gồm 2 triệu đồng tiền mặt, cặp sách và 10 quyển vở, tổng trị giá hơn 504 triệu đồng.
Đồng chí Đinh Thị Hồng Minh trao học bổng cho các em. Ảnh: Thanh Hà
Dự buổi trao quà có đồng chí Đinh Thị Hồng Minh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phạm Thị Thu Trang, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các đồng chí Vũ Thị Lan, Bùi Thị Ngọc Mai, Đinh Thị Huệ - Phó Chủ tịch Hội LHPN tỉnh.
Đồng chí Phạm Thị Thu Trang cho biết, thực hiện Kế hoạch số 117/KH-UBND ngày 06/9/2021 của UBND tỉnh về chăm sóc, hỗ trợ trẻ em mồ côi do đại dịch và Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ, từ năm 2021 đến nay, các cấp Hội đã kết nối 356 "mẹ đỡ đầu" cho 298 trẻ em; mỗi tháng các mẹ hỗ trợ từ 500.000 đồng đến 1 triệu đồng/em. Tổng nguồn lực chăm lo cho trẻ mồ côi trong 3 năm đạt khoảng 7,8 tỷ đồng.
Tại buổi trao quà, chị Đinh Thị Thúy, Chủ tịch Hội LHPN xã Gia Sinh, là "mẹ đỡ đầu" của 3 em, chia sẻ: "Ngày các cháu mất bố, mẹ vì dịch bệnh, chị em trong Hội thương lắm. Giờ nhìn các cháu đi học đều, học giỏi, chúng tôi rất vui". Em Nguyễn Minh Anh, học sinh lớp 8, Trường THCS Ninh Hải, xã Ninh Hải, xúc động cảm ơn các mẹ.
Bà Trịnh Thị Oanh, Giám đốc Quỹ Bảo trợ trẻ em tỉnh, thông tin: Quỹ đã vận động được hơn 2,6 tỷ đồng trong năm 2024, trong đó dành 40% cho trẻ em mồ côi. Quỹ cũng đã phối hợp tổ chức khám sức khỏe miễn phí cho 450 trẻ em tại phường Nam Bình.
Phát biểu tại buổi trao quà, đồng chí Đinh Thị Hồng Minh đề nghị các cấp Hội tiếp tục nhân rộng chương trình "Mẹ đỡ đầu", bảo đảm không trẻ em mồ côi nào phải bỏ học; đồng thời thực hiện tốt Quyết định số 1211/QĐ-UBND của UBND tỉnh về chương trình hành động vì trẻ em giai đoạn 2021 - 2030.
Buổi trao quà diễn ra trong không khí ấm áp. Nhiều phụ huynh, người giám hộ của các em bày tỏ sự xúc động trước sự quan tâm của các cấp Hội; các em học sinh hứa sẽ cố gắng học tập tốt, xứng đáng với tình yêu thương của các mẹ đỡ đầu và cộng đồng.
Thanh Hà
Lượt xem: 2.418
Tin liên quan
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2024 (18/07/2024)
- Kim Sơn: trao 50 suất quà cho phụ nữ nghèo (10/07/2024)
- Ra mắt 15 tổ "Phụ nữ tự quản" tại khu dân cư (28/06/2024)
""", "2024-08-30", "Trao 210 suất học bổng cho trẻ em mồ côi do COVID-19 trước năm học mới",
E("trao_qua", None, "2024-08-29"),
[P("Đinh Thị Hồng Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Thu Trang", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"), P("Bùi Thị Ngọc Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Huệ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Thúy", "Chủ tịch Hội LHPN xã Gia Sinh"),
 P("Nguyễn Minh Anh"),
 P("Trịnh Thị Oanh", "Giám đốc Quỹ Bảo trợ trẻ em tỉnh")],
[Q("210 suất học bổng", 210, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("10 quyển vở", 10, "quyển vở"),
 Q("hơn 504 triệu đồng", 504000000, "đồng", "over"), Q("356 \"mẹ đỡ đầu\"", 356, "mẹ đỡ đầu"), Q("298 trẻ em", 298, "trẻ em"),
 Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 7,8 tỷ đồng", 7800000000, "đồng", "approx"),
 Q("3 em", 3, "em"), Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("40%", 40, "%"), Q("450 trẻ em", 450, "trẻ em")],
[D("Kế hoạch", "117", "KH-UBND", "2021-09-06", "UBND tỉnh", "Kế hoạch số 117/KH-UBND ngày 06/9/2021"),
 D("Nghị định", "20", "2021/NĐ-CP", "2021-03-15", "Chính phủ", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021"),
 D("Quyết định", "1211", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1211/QĐ-UBND")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Ninh Hải"), com("Nam Bình")],
["Hôm nay: Thứ Bảy, 31/08/2024", "BÁO NINH BÌNH ĐIỆN TỬ", "Xã hội / Nhân ái", "Đồng chí Đinh Thị Hồng Minh trao học bổng cho các em. Ảnh: Thanh Hà",
 "Mẹ đỡ đầu", "Quỹ Bảo trợ trẻ em tỉnh", "Trường THCS Ninh Hải", "Lượt xem: 2.418"],
["30 tháng 8, 2024 | 17:45", "3 năm", "lớp 8", "năm 2024", "giai đoạn 2021 - 2030", "Lượt xem: 2.418"]))
