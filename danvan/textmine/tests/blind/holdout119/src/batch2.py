from lib import *
PAGES = []

PAGES.append(page("b2819-quangnam-mttq-giamsat-2017", """
BÁO QUẢNG NAM ONLINE
Thời sự > Mặt trận
17/08/2017 - 09:25
Giám sát việc giải quyết đơn thư của công dân tại Nam Giang
Ngày 15.8, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Nam do bà Bh'riu Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND huyện Nam Giang về việc tiếp công dân, giải quyết khiếu nại, tố cáo từ năm 2015 đến nay. Đây là nội dung trong chương trình giám sát năm 2017 của Mặt trận tỉnh.
Theo báo cáo, từ năm 2015 đến tháng 6/2017, các cơ quan của huyện đã tiếp 386 lượt công dân, tiếp nhận 142 đơn khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 131 đơn, đạt 92,3%. Phần lớn đơn thư liên quan đến bồi thường, hỗ trợ tái định cư các dự án thủy điện Sông Bung 2, Sông Bung 4 và tranh chấp đất rừng sản xuất. Huyện đã chi trả hơn 14 tỷ đồng tiền bồi thường cho 274 hộ dân tái định cư.
Đoàn đã kiểm tra thực tế tại xã Tà Bhinh và xã Cà Dy. Ông A Lăng Đức, Chủ tịch UBND xã Tà Bhinh, cho biết còn 9 vụ việc tranh chấp đất giữa các hộ người Cơ Tu chưa hòa giải thành; bà Zơ Râm Thị Nhiên, Chủ tịch Ủy ban MTTQ xã Cà Dy, phản ánh người dân nhiều lần kiến nghị về nước sinh hoạt ở khu tái định cư nhưng chưa được trả lời.
Qua giám sát, Đoàn đánh giá UBND huyện đã thực hiện nghiêm Luật Tiếp công dân, người đứng đầu định kỳ tiếp dân theo quy định. Tuy vậy, việc giải quyết một số đơn còn chậm, có đơn kéo dài hơn 2 năm; việc phối hợp với Mặt trận trong hòa giải ở cơ sở chưa chặt chẽ; còn 11 đơn chưa có văn bản trả lời.
Bà Bh'riu Thị Hồng đề nghị UBND huyện rà soát, giải quyết dứt điểm các đơn tồn đọng, nhất là đơn của đồng bào ở khu tái định cư; thực hiện đúng Quyết định số 99-QĐ/TW của Ban Bí thư về hướng dẫn khung để Mặt trận và các đoàn thể tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Ông Arất Blúi, Phó Chủ tịch UBND huyện Nam Giang, tiếp thu và cam kết báo cáo kết quả với Đoàn trước ngày 30.10.
Cùng tham gia đoàn có ông Trần Văn Mười, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Thanh tra tỉnh, Sở Tài nguyên và Môi trường.
ALăng Ngước
Tin cùng chuyên mục
- Tây Giang: Mặt trận huyện giám sát việc cấp gạo hỗ trợ trồng rừng (10/08/2017)
- Phước Sơn: Hội nghị tiếp xúc cử tri trước kỳ họp thứ 5 HĐND tỉnh (03/08/2017)
- Ủy ban MTTQ tỉnh phản biện dự thảo Nghị quyết về phí tham quan di tích (26/07/2017)
- Đông Giang: Ra mắt mô hình "Khu dân cư không có đơn thư vượt cấp" (19/07/2017)
- Nam Trà My: Mặt trận vận động đồng bào Xơ Đăng trồng sâm dưới tán rừng (12/07/2017)
- Hội nghị đại biểu người có uy tín trong đồng bào dân tộc thiểu số tỉnh năm 2017 (05/07/2017)
""", "2017-08-17", "Giám sát việc giải quyết đơn thư của công dân tại Nam Giang",
E("giam_sat", "2017", "2017-08-15"),
[P("Bh'riu Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lăng Đức", "Chủ tịch UBND xã Tà Bhinh"),
 P("Zơ Râm Thị Nhiên", "Chủ tịch Ủy ban MTTQ xã Cà Dy"),
 P("Arất Blúi", "Phó Chủ tịch UBND huyện Nam Giang"),
 P("Trần Văn Mười", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("386 lượt công dân", 386, "lượt công dân"), Q("142 đơn khiếu nại, tố cáo, kiến nghị, phản ánh", 142, "đơn khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("131 đơn", 131, "đơn"), Q("92,3%", 92.3, "%"), Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("274 hộ dân tái định cư", 274, "hộ dân tái định cư"), Q("9 vụ việc tranh chấp đất", 9, "vụ việc tranh chấp đất"),
 Q("11 đơn", 11, "đơn")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW của Ban Bí thư")],
[prov("Quảng Nam"), com("Tà Bhinh"), com("Cà Dy")],
["BÁO QUẢNG NAM ONLINE", "Thời sự > Mặt trận", "Luật Tiếp công dân", "Sông Bung 2", "Sông Bung 4"],
["17/08/2017 - 09:25", "năm 2017", "năm 2015", "tháng 6/2017", "hơn 2 năm", "Sông Bung 2", "Sông Bung 4", "30.10"]))

PAGES.append(page("b2820-hanoi-mttq-gopy-luat-pctn-2018", """
Cổng thông tin điện tử quận Cầu Giấy - Thành phố Hà Nội
Tin tức - Sự kiện >> Mặt trận - Đoàn thể
Cập nhật lúc 16:50 ngày 21/06/2018
Ủy ban MTTQ phường Dịch Vọng Hậu lấy ý kiến nhân dân vào dự thảo Luật Phòng, chống tham nhũng (sửa đổi)
Chiều ngày 19/6/2018, Ban Thường trực Ủy ban MTTQ Việt Nam phường Dịch Vọng Hậu tổ chức hội nghị lấy ý kiến góp ý của nhân dân vào dự thảo Luật Phòng, chống tham nhũng (sửa đổi) và dự thảo Luật Đặc xá (sửa đổi) năm 2018. Bà Nguyễn Thị Thanh Hà, Chủ tịch Ủy ban MTTQ phường chủ trì hội nghị. Dự có 85 đại biểu là Trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố, luật gia, cựu chiến binh và đại diện các chi hội.
Thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 30/5/2018 của Ban Thường trực Ủy ban MTTQ quận Cầu Giấy, phường đã gửi dự thảo đến 21 tổ dân phố và 9 chi bộ để nghiên cứu trước.
Tại hội nghị, nhiều ý kiến tập trung vào quy định kê khai tài sản, thu nhập. Luật gia Phan Đức Toàn, Chủ nhiệm Câu lạc bộ pháp luật phường, đề nghị mở rộng đối tượng phải kê khai và quy định rõ chế tài khi kê khai không trung thực. Ông Lê Minh Khuê, Bí thư Chi bộ tổ dân phố số 7, đề nghị quy định việc công khai bản kê khai tại nơi cư trú để Nhân dân giám sát. Bà Đỗ Thị Ngà, Trưởng ban công tác Mặt trận tổ dân phố số 12, cho rằng cần quy định rõ trách nhiệm của MTTQ trong phát hiện, tiếp nhận tố cáo hành vi tham nhũng.
Ông Tô Văn Bình, Chủ tịch Hội Cựu chiến binh phường, góp ý đối với dự thảo Luật Đặc xá về điều kiện được đề nghị đặc xá đối với người phạm tội tham nhũng. Nhiều đại biểu đề nghị tăng mức xử lý đối với người đứng đầu để xảy ra tham nhũng trong đơn vị.
Hội nghị đã ghi nhận 37 ý kiến góp ý, trong đó 26 ý kiến vào dự thảo Luật Phòng, chống tham nhũng (sửa đổi). Kết luận hội nghị, bà Nguyễn Thị Thanh Hà cảm ơn các đại biểu và cho biết Ban Thường trực sẽ tổng hợp, báo cáo Ủy ban MTTQ quận trước ngày 25/6/2018.
Được biết, 6 tháng đầu năm 2018, Mặt trận phường đã chủ trì 3 cuộc giám sát về trật tự xây dựng, vệ sinh môi trường và hoạt động của Ban giám sát đầu tư của cộng đồng.
Phường Dịch Vọng Hậu
Lượt xem: 96
Các tin khác
- Hội nghị tiếp xúc cử tri với đại biểu HĐND quận trước kỳ họp giữa năm (15/06/2018)
- Phường Quan Hoa ra mắt mô hình "Tuyến phố văn minh" (08/06/2018)
- Mặt trận quận giám sát công tác thu gom rác thải tại phường Yên Hòa (30/05/2018)
- Phường Nghĩa Tân tổ chức Ngày hội văn hóa các dân tộc (24/05/2018)
- Quận Cầu Giấy trao 50 suất học bổng cho học sinh nghèo vượt khó (18/05/2018)
- Mặt trận phường Mai Dịch hướng dẫn hoạt động Ban Thanh tra nhân dân (10/05/2018)
""", "2018-06-21", "Ủy ban MTTQ phường Dịch Vọng Hậu lấy ý kiến nhân dân vào dự thảo Luật Phòng, chống tham nhũng (sửa đổi)",
E("hoi_nghi", "2018", "2018-06-19"),
[P("Nguyễn Thị Thanh Hà", "Chủ tịch Ủy ban MTTQ phường"),
 P("Phan Đức Toàn", "Luật gia", "Chủ nhiệm Câu lạc bộ pháp luật phường"),
 P("Lê Minh Khuê", "Bí thư Chi bộ tổ dân phố số 7"),
 P("Đỗ Thị Ngà", "Trưởng ban công tác Mặt trận tổ dân phố số 12"),
 P("Tô Văn Bình", "Chủ tịch Hội Cựu chiến binh phường")],
[Q("85 đại biểu", 85, "đại biểu"), Q("21 tổ dân phố", 21, "tổ dân phố"), Q("9 chi bộ", 9, "chi bộ"),
 Q("37 ý kiến góp ý", 37, "ý kiến"), Q("26 ý kiến", 26, "ý kiến"), Q("3 cuộc giám sát", 3, "cuộc giám sát")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", "2018-05-30", "Ban Thường trực Ủy ban MTTQ quận Cầu Giấy",
   "Kế hoạch số 15/KH-MTTQ-BTT ngày 30/5/2018")],
[prov("Hà Nội"), com("Dịch Vọng Hậu")],
["Cổng thông tin điện tử quận Cầu Giấy - Thành phố Hà Nội", "Tin tức - Sự kiện >> Mặt trận - Đoàn thể",
 "Luật Phòng, chống tham nhũng (sửa đổi)", "Luật Đặc xá (sửa đổi)", "Lượt xem: 96", "Ban giám sát đầu tư của cộng đồng"],
["Cập nhật lúc 16:50 ngày 21/06/2018", "năm 2018", "tổ dân phố số 7", "tổ dân phố số 12", "6 tháng đầu năm 2018",
 "25/6/2018", "Lượt xem: 96"]))

PAGES.append(page("b2821-daklak-mttq-tongket-gsbp-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ › Tin tức › Hoạt động Mặt trận
Hôm nay: Thứ Hai, 23/12/2019
Ngày 20/12/2019 | 14:30
Ảnh: Quang cảnh hội nghị.
Đắk Lắk: Nâng cao chất lượng giám sát, phản biện xã hội
Ngày 18/12/2019, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, trong đó dành riêng một phiên đánh giá công tác giám sát và phản biện xã hội. Đồng chí Y Dhăm Ênuôl, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2019, Mặt trận các cấp đã chủ trì 1.126 cuộc giám sát, phối hợp với HĐND, các đoàn thể giám sát 428 cuộc; tổ chức 37 hội nghị phản biện xã hội, trong đó cấp tỉnh phản biện 4 dự thảo Nghị quyết của HĐND tỉnh. Hơn 85% kiến nghị sau giám sát đã được tiếp thu. Ban Thanh tra nhân dân ở 184 xã, phường, thị trấn hoạt động thường xuyên; Ban giám sát đầu tư của cộng đồng giám sát 1.540 công trình.
Đồng chí H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trình bày báo cáo cho biết, Ban Thường trực đã triển khai Kế hoạch số 124-KH/TU ngày 5/3/2019 của Tỉnh ủy về thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị. Qua giám sát việc thực hiện Quyết định 2085/QĐ-TTg về chính sách hỗ trợ đất sản xuất, Mặt trận đã kiến nghị thu hồi khoảng 1,2 tỷ đồng hỗ trợ sai đối tượng.
Tại hội nghị, ông Y Kô Niê, Chủ tịch Ủy ban MTTQ huyện Krông Bông, chia sẻ kinh nghiệm giám sát việc chi trả tiền dịch vụ môi trường rừng cho 2.360 hộ; bà H'Luyn Mlô, Chủ tịch Ủy ban MTTQ xã Ea Tul (Cư M'gar), đề nghị tập huấn kỹ năng cho thành viên Ban Thanh tra nhân dân. Mục sư Y Hlên Buôn Krông, Quản nhiệm Chi hội Tin Lành buôn Ako Dhông, phát biểu về vai trò của chức sắc trong vận động tín đồ thực hiện chính sách.
Phát biểu chỉ đạo, đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2020 Mặt trận tập trung giám sát việc giải quyết đất đai, tranh chấp đất rừng, tham gia chuẩn bị đại hội đảng bộ các cấp.
Dịp này, 22 tập thể và 35 cá nhân được Ủy ban MTTQ tỉnh tặng bằng khen.
H.Yên
Số lần xem: 1.034
Xem thêm
- Cư Kuin: Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo (12/12/2019)
- Hội nghị phản biện dự thảo Nghị quyết về bảng giá đất giai đoạn 2020-2024 (05/12/2019)
- Krông Pắc: Mặt trận vận động xây dựng 30 nhà Đại đoàn kết (28/11/2019)
- Buôn Đôn: Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân (21/11/2019)
- Ea H'leo: Ngày hội Đại đoàn kết toàn dân tộc ở buôn Ea Khăl (15/11/2019)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (07/11/2019)
- Lắk: Sơ kết mô hình "Buôn làng tự quản" (30/10/2019)
""", "2019-12-20", "Đắk Lắk: Nâng cao chất lượng giám sát, phản biện xã hội",
E("tong_ket", "2019", "2019-12-18"),
[P("Y Dhăm Ênuôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kô Niê", "Chủ tịch Ủy ban MTTQ huyện Krông Bông"),
 P("H'Luyn Mlô", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("Y Hlên Buôn Krông", "Mục sư", "Quản nhiệm Chi hội Tin Lành buôn Ako Dhông"),
 P("Phạm Minh Tấn", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("1.126 cuộc giám sát", 1126, "cuộc giám sát"), Q("428 cuộc", 428, "cuộc"),
 Q("37 hội nghị phản biện xã hội", 37, "hội nghị phản biện xã hội"), Q("4 dự thảo Nghị quyết", 4, "dự thảo Nghị quyết"),
 Q("Hơn 85%", 85, "%", "over"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("1.540 công trình", 1540, "công trình"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("2.360 hộ", 2360, "hộ"), Q("22 tập thể", 22, "tập thể"),
 Q("35 cá nhân", 35, "cá nhân")],
[D("Kế hoạch", "124", "KH/TU", "2019-03-05", "Tỉnh ủy", "Kế hoạch số 124-KH/TU ngày 5/3/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ › Tin tức › Hoạt động Mặt trận", "Ảnh: Quang cảnh hội nghị.",
 "Số lần xem: 1.034", "Ban Thanh tra nhân dân"],
["Hôm nay: Thứ Hai, 23/12/2019", "Ngày 20/12/2019 | 14:30", "năm 2019", "năm 2020", "Số lần xem: 1.034"]))

PAGES.append(page("b2822-cantho-mttq-giamsat-covid-2020", """
Cổng Thông tin điện tử thành phố Cần Thơ
Trang chủ / Tin tức / Mặt trận - Đoàn thể
15-05-2020 10:40
Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19
Sáng 13/5/2020, Đoàn giám sát của Ủy ban MTTQ Việt Nam thành phố Cần Thơ do ông Nguyễn Văn Dũng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn, giám sát việc thực hiện Nghị quyết số 42/NQ-CP của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tại quận Ô Môn. Cuộc giám sát thuộc chương trình giám sát năm 2020 của Mặt trận thành phố.
Theo báo cáo, quận đã rà soát, lập danh sách 6.418 người thuộc các nhóm được hỗ trợ, đã chi trả hơn 4,7 tỷ đồng cho 5.932 người, đạt 92,4%; trong đó 1.206 hộ nghèo, hộ cận nghèo được hỗ trợ 250.000 đồng/người/tháng. Các phường đã niêm yết công khai danh sách tại trụ sở và khu vực.
Đoàn đã làm việc với phường Châu Văn Liêm và phường Thới Hòa. Bà Kim Thị Sa Ly, Chủ tịch Ủy ban MTTQ phường Thới Hòa, cho biết còn khoảng 40 lao động tự do chưa được hỗ trợ do chưa có hướng dẫn về xác nhận nơi cư trú. Ông Huỳnh Văn Ba, Trưởng ban Thanh tra nhân dân phường Châu Văn Liêm, phản ánh việc chi trả một số đợt còn chậm.
Qua giám sát, đoàn ghi nhận việc xét duyệt bảo đảm công khai, đúng đối tượng, không để xảy ra trục lợi chính sách; đồng thời đề nghị quận chỉ đạo các phường rà soát, bổ sung đối tượng còn sót; phối hợp với Mặt trận công khai kết quả chi trả để người dân giám sát.
Ông Lý Thanh Hùng, Phó Chủ tịch UBND quận Ô Môn, tiếp thu ý kiến và cho biết quận sẽ hoàn thành chi trả trước ngày 30/5/2020.
Cùng ngày, Mặt trận quận đã trao 300 phần quà cho người bán vé số, lao động tự do, mỗi phần trị giá 500.000 đồng.
Theo đánh giá của đoàn, Mặt trận các cấp đã chủ động tham gia ngay từ khâu bình xét ở khu vực, phối hợp với tổ dân phố nắm danh sách người lao động mất việc làm, người bán vé số dạo, người chạy xe ôm; nhờ vậy hạn chế được tình trạng bỏ sót hoặc trùng lặp đối tượng. Tuy nhiên, việc hướng dẫn hồ sơ cho lao động tự do còn phức tạp, nhiều người lớn tuổi gặp khó khăn khi kê khai.
Thanh Trúc
Lượt xem: 227
Tin liên quan
- Ủy ban MTTQ thành phố tiếp nhận ủng hộ phòng, chống dịch COVID-19 (08/05/2020)
- Ninh Kiều: "ATM gạo" hỗ trợ người dân khó khăn (24/04/2020)
- Thốt Nốt: Mặt trận giám sát việc chi trả tiền hỗ trợ cho hộ kinh doanh (17/04/2020)
- Phong Điền: Trao 500 phần quà cho hộ nghèo bị ảnh hưởng dịch (10/04/2020)
- Cái Răng: Mặt trận phường vận động 2 tấn gạo hỗ trợ người dân (03/04/2020)
""", "2020-05-15", "Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19",
E("giam_sat", "2020", "2020-05-13"),
[P("Nguyễn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Kim Thị Sa Ly", "Chủ tịch Ủy ban MTTQ phường Thới Hòa"),
 P("Huỳnh Văn Ba", "Trưởng ban Thanh tra nhân dân phường Châu Văn Liêm"),
 P("Lý Thanh Hùng", "Phó Chủ tịch UBND quận Ô Môn")],
[Q("6.418 người", 6418, "người"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"), Q("5.932 người", 5932, "người"),
 Q("92,4%", 92.4, "%"), Q("1.206 hộ nghèo, hộ cận nghèo", 1206, "hộ nghèo, hộ cận nghèo"), Q("250.000 đồng", 250000, "đồng"),
 Q("khoảng 40 lao động tự do", 40, "lao động tự do", "approx"), Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP của Chính phủ"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Cần Thơ"), com("Châu Văn Liêm"), com("Thới Hòa")],
["Cổng Thông tin điện tử thành phố Cần Thơ", "Trang chủ / Tin tức / Mặt trận - Đoàn thể", "Lượt xem: 227"],
["15-05-2020 10:40", "năm 2020", "COVID-19", "30/5/2020", "Lượt xem: 227"]))

PAGES.append(page("b2823-dienbien-mttq-giaoban-q3-2020", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị - Xây dựng Đảng - Mặt trận
Thứ Sáu, 09/10/2020 - 16:15
Đồng chí Lò Văn Pọm phát biểu tại hội nghị.
Giao ban công tác Mặt trận: Chú trọng giám sát sau kiến nghị
(ĐBP) - Ngày 8/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2020 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Lò Văn Pọm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, trong quý III, Mặt trận các cấp đã tổ chức 46 cuộc giám sát, tập trung vào việc chi trả chính sách hỗ trợ theo Nghị quyết 42/NQ-CP, thực hiện dự án tái định cư thủy điện Sơn La và việc cấp giấy chứng nhận quyền sử dụng đất. Qua giám sát đã đưa ra 73 kiến nghị; đến nay có 51 kiến nghị được giải quyết. Mặt trận tỉnh tổ chức 2 hội nghị phản biện xã hội đối với dự thảo Nghị quyết HĐND tỉnh về bảng giá đất và về phí bảo vệ môi trường.
Tại hội nghị, các đại biểu phản ánh việc trả lời kiến nghị sau giám sát ở một số nơi còn chậm. Bà Quàng Thị Xuân, Chủ tịch Ủy ban MTTQ huyện Tuần Giáo, cho biết có kiến nghị sau 6 tháng vẫn chưa được trả lời; ông Cà Văn Sơn, Chủ tịch Ủy ban MTTQ huyện Mường Chà, đề nghị đưa kết quả trả lời kiến nghị vào tiêu chí đánh giá cán bộ. Ông Giàng A Dình, Chủ tịch Ủy ban MTTQ huyện Tủa Chùa, thông tin huyện đã vận động hơn 200 hộ đồng bào Mông hiến đất làm đường.
Kết luận hội nghị, đồng chí Lò Văn Pọm đề nghị quý IV Mặt trận các cấp chú trọng giám sát sau kiến nghị, thực hiện Hướng dẫn số 13/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; chuẩn bị tốt Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ III và tổng kết công tác năm 2020.
Đồng chí Lò Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 tại 1.578 khu dân cư.
Nhiều ý kiến cũng cho rằng cần đổi mới cách thức giám sát, lựa chọn nội dung sát với những vấn đề Nhân dân quan tâm, bức xúc; tăng cường phối hợp với Thường trực HĐND và các ban của HĐND để tránh chồng chéo, trùng lặp; kịp thời biểu dương những nơi làm tốt và nhắc nhở những nơi chậm tiếp thu, giải quyết kiến nghị.
Quang Hưng
Tin cùng chuyên mục
- Mường Nhé: Giám sát việc chi trả tiền dịch vụ môi trường rừng (02/10/2020)
- Điện Biên Đông: Hội nghị phản biện dự thảo Đề án sắp xếp bản (25/09/2020)
- Nậm Pồ: Mặt trận huyện trao 10 nhà Đại đoàn kết (18/09/2020)
- Mường Ảng: Hiệp thương bổ sung thành viên Ủy ban MTTQ huyện (11/09/2020)
- Thành phố Điện Biên Phủ: Ra mắt mô hình "Tổ dân phố tự quản" (04/09/2020)
""", "2020-10-09", "Giao ban công tác Mặt trận: Chú trọng giám sát sau kiến nghị",
E("giao_ban", "2020-Q3", "2020-10-08"),
[P("Lò Văn Pọm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Thị Xuân", "Chủ tịch Ủy ban MTTQ huyện Tuần Giáo"),
 P("Cà Văn Sơn", "Chủ tịch Ủy ban MTTQ huyện Mường Chà"),
 P("Giàng A Dình", "Chủ tịch Ủy ban MTTQ huyện Tủa Chùa"),
 P("Lò Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("46 cuộc giám sát", 46, "cuộc giám sát"), Q("73 kiến nghị", 73, "kiến nghị"), Q("51 kiến nghị", 51, "kiến nghị"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("hơn 200 hộ đồng bào Mông", 200, "hộ đồng bào Mông", "over"),
 Q("1.578 khu dân cư", 1578, "khu dân cư")],
[D("Nghị quyết", "42", "NQ-CP", None, None, "Nghị quyết 42/NQ-CP"),
 D("Hướng dẫn", "13", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 13/HD-MTTW-BTT")],
[prov("Điện Biên")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị - Xây dựng Đảng - Mặt trận", "Đồng chí Lò Văn Pọm phát biểu tại hội nghị.", "(ĐBP)",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 09/10/2020 - 16:15", "quý III năm 2020", "quý IV", "sau 6 tháng", "lần thứ III", "năm 2020"]))
