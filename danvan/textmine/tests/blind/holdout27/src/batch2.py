from lib import *
PAGES = []

PAGES.append(page("b609-sonla-hnd-giaoban-2016", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Ngày đăng 12/07/2016 | 16:20
Hội Nông dân tỉnh: dư nợ Quỹ Hỗ trợ nông dân đạt 38,7 tỷ đồng
Chiều 11/7, Ban Thường vụ Hội Nông dân tỉnh Sơn La tổ chức hội nghị giao ban công tác Hội quý II năm 2016 với chủ tịch Hội Nông dân 12 huyện, thành phố. Hội nghị do ông Cầm Văn Chung, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; cùng dự có các ông: Quàng Văn Hặc, Lê Hồng Minh - Phó Chủ tịch Hội Nông dân tỉnh.
Ông Cầm Văn Chung kết luận hội nghị. Ảnh: Lò Thủy
Theo báo cáo, trong quý II, các cấp Hội đã kết nạp 2.146 hội viên mới; phối hợp tổ chức 94 lớp chuyển giao khoa học kỹ thuật cho 5.870 lượt hội viên. Tổng dư nợ Quỹ Hỗ trợ nông dân đạt 38,7 tỷ đồng với 2.910 hộ vay, tăng 3,2 tỷ đồng so với cuối năm 2015. Phong trào nông dân sản xuất, kinh doanh giỏi có 64.320 hộ đăng ký.
Các cấp Hội tiếp tục thực hiện Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân" và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ. Hội cũng triển khai Hướng dẫn số 08-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về vận động hội viên chuyển đổi cây trồng trên đất dốc.
Ông Lò Văn Piêng, Chủ tịch Hội Nông dân xã Chiềng Hặc (huyện Yên Châu), cho biết nông dân trong xã đã chuyển 180 ha ngô trên đất dốc sang trồng xoài, nhãn ghép; giá xoài tròn năm nay đạt 15.000 đồng/kg. Bà Lường Thị Ơn, Chủ tịch Hội Nông dân huyện Mường La, đề nghị tỉnh sớm hỗ trợ cây giống cho các xã vùng tái định cư thủy điện.
Kết luận hội nghị, ông Cầm Văn Chung yêu cầu quý III tập trung củng cố chi hội yếu kém, hướng dẫn hội viên phòng chống lũ quét, sạt lở đất trong mùa mưa bão; mỗi cơ sở Hội phấn đấu xây dựng ít nhất 1 mô hình kinh tế tập thể.
Hội nghị cũng thống nhất chương trình tổ chức Hội thi "Nhà nông đua tài" cấp huyện, chuẩn bị nội dung sơ kết 5 năm thực hiện Chỉ thị 59 về xây dựng giai cấp nông dân và giao Văn phòng Hội Nông dân tỉnh tổng hợp ý kiến các huyện gửi Trung ương Hội trước kỳ giao ban quý III.
Lò Thủy
Lượt xem: 934
Tin khác
- Mộc Châu: nông dân liên kết tiêu thụ 2.000 tấn mận hậu (05/07/2016)
- Hội thi "Nhà nông đua tài" cấp tỉnh lần thứ 3 (28/06/2016)
- Sông Mã: ra mắt tổ hợp tác trồng cây ăn quả (20/06/2016)
- Tập huấn kỹ thuật trồng cà phê cho hội viên Thuận Châu (13/06/2016)
- Hội Nông dân tỉnh ký kết chương trình phối hợp với Sở Công Thương (06/06/2016)
- Bắc Yên: trao bò giống cho hộ nghèo dân tộc Mông (30/05/2016)
- Phù Yên: hội viên nông dân góp công làm đường nội đồng (23/05/2016)
- Quỳnh Nhai: nuôi cá lồng trên lòng hồ thủy điện Sơn La cho thu nhập ổn định (16/05/2016)
""", "2016-07-12", "Hội Nông dân tỉnh: dư nợ Quỹ Hỗ trợ nông dân đạt 38,7 tỷ đồng",
E("giao_ban", "2016-Q2", "2016-07-11"),
[P("Cầm Văn Chung", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Quàng Văn Hặc", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Hồng Minh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lò Văn Piêng", "Chủ tịch Hội Nông dân xã Chiềng Hặc"),
 P("Lường Thị Ơn", "Chủ tịch Hội Nông dân huyện Mường La")],
[Q("38,7 tỷ đồng", 38700000000, "đồng"),
 Q("2.146 hội viên mới", 2146, "hội viên mới"),
 Q("94 lớp", 94, "lớp"),
 Q("5.870 lượt hội viên", 5870, "lượt hội viên"),
 Q("2.910 hộ vay", 2910, "hộ vay"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("64.320 hộ", 64320, "hộ"),
 Q("180 ha", 180, "ha"),
 Q("15.000 đồng/kg", 15000, "đồng"),
 Q("12 huyện, thành phố", 12, "huyện, thành phố")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
 D("Hướng dẫn", "08", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 08-HD/HNDT"),
 D("Chỉ thị", "59", None, None, None, "Chỉ thị 59 về xây dựng giai cấp nông dân")],
[prov("Sơn La"), com("Chiềng Hặc")],
["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội", "Ông Cầm Văn Chung kết luận hội nghị. Ảnh: Lò Thủy",
 "Quỹ Hỗ trợ nông dân", "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân",
 "Nhà nông đua tài", "Lượt xem: 934"],
["Ngày đăng 12/07/2016 | 16:20", "5 năm", "quý III", "quý II năm 2016", "1 mô hình kinh tế tập thể", "Lượt xem: 934"]))

PAGES.append(page("b610-dienbien-ccb-traoqua-2017", """
HỘI CỰU CHIẾN BINH TỈNH ĐIỆN BIÊN
Vị trí: Trang chủ >> Tin tức >> Hoạt động Hội
Thứ Ba, 25/07/2017 - 14:30
Trao 30 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn
Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2017), ngày 24/7, Hội Cựu chiến binh tỉnh Điện Biên tổ chức lễ bàn giao 30 căn nhà "Nghĩa tình đồng đội" cho hội viên có hoàn cảnh khó khăn về nhà ở tại các huyện Tuần Giáo, Điện Biên Đông và Mường Ảng.
Đại tá Lò Văn Muôn, Chủ tịch Hội CCB tỉnh trao quyết định hỗ trợ cho hội viên. Ảnh: Quang Long
Dự buổi lễ có Đại tá Lò Văn Muôn, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; ông Mùa A Vảng, TUV, Phó Chủ tịch UBND tỉnh; Thượng tá Vì Văn Pọm, Phó Chủ tịch Hội CCB tỉnh.
Mỗi căn nhà có diện tích từ 45 đến 60 m2, tổng kinh phí 1,35 tỷ đồng; trong đó Quỹ "Nghĩa tình đồng đội" của Hội hỗ trợ 40 triệu đồng/căn, phần còn lại do gia đình và anh em, họ hàng đóng góp cùng 2.100 ngày công của hội viên. Việc xây dựng thực hiện theo Kế hoạch 21/KH-CCB ngày 10/3/2017 của Ban Thường vụ Hội CCB tỉnh và Chương trình phối hợp số 05/CTrPH-CCB-MTTQ.
Cũng trong dịp này, Hội trao 150 suất quà cho thương binh, gia đình liệt sỹ là hội viên CCB, mỗi suất 500.000 đồng. Ông Quàng Văn Pánh, hội viên Chi hội CCB bản Hua Nguống, xã Mường Mùn, xúc động: "Cả đời ở nhà tranh vách nứa, nay tuổi già mới được ở nhà vững chãi".
Phát biểu tại buổi lễ, ông Mùa A Vảng ghi nhận trong 5 năm qua Hội CCB tỉnh đã vận động xây mới, sửa chữa 214 căn nhà cho hội viên; đề nghị các cấp Hội tiếp tục thực hiện tốt cuộc vận động "Cựu chiến binh gương mẫu" và Chỉ thị 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác xóa nhà tạm.
Tại buổi lễ, bà Cà Thị Ón, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuần Giáo, cho biết Mặt trận huyện sẽ tiếp tục phối hợp với Hội CCB rà soát các hộ hội viên còn ở nhà tạm để đưa vào danh sách hỗ trợ năm sau từ Quỹ "Vì người nghèo". Sau buổi lễ, đoàn công tác đã đến thăm, tặng quà một số gia đình thương binh nặng, gia đình có công với cách mạng tại thị trấn Tuần Giáo và các bản vùng cao của huyện Điện Biên Đông.
Quang Long
Lượt xem: 1.027
Tin liên quan
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2017 (14/07/2017)
- Mường Nhé: CCB tham gia bảo vệ đường biên, mốc giới (03/07/2017)
- Giao lưu "Ký ức người lính Điện Biên" (20/06/2017)
- Hội CCB thành phố Điện Biên Phủ trao học bổng cho con hội viên (08/06/2017)
- Nậm Pồ: ra mắt tổ hợp tác chăn nuôi của CCB (29/05/2017)
- Tủa Chùa: CCB tham gia vận động nhân dân không trồng cây thuốc phiện (18/05/2017)
- Hội CCB tỉnh tổ chức giải bóng chuyền hơi hội viên (06/05/2017)
""", "2017-07-25", "Trao 30 căn nhà \"Nghĩa tình đồng đội\" cho hội viên khó khăn",
E("trao_qua", None, "2017-07-24"),
[P("Lò Văn Muôn", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Mùa A Vảng", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Vì Văn Pọm", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Quàng Văn Pánh", "hội viên Chi hội CCB bản Hua Nguống"),
 P("Cà Thị Ón", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tuần Giáo")],
[Q("30 căn nhà", 30, "căn nhà"),
 Q("45 đến 60 m2", 45, "m2"),
 Q("60 m2", 60, "m2"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("40 triệu đồng/căn", 40000000, "đồng"),
 Q("2.100 ngày công", 2100, "ngày công"),
 Q("150 suất quà", 150, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("214 căn nhà", 214, "căn nhà")],
[D("Kế hoạch", "21", "KH-CCB", "2017-03-10", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 21/KH-CCB"),
 D("Chương trình phối hợp", "05", "CTrPH-CCB-MTTQ", None, None, "Chương trình phối hợp số 05/CTrPH-CCB-MTTQ"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU")],
[prov("Điện Biên"), com("Mường Mùn"), com("Tuần Giáo")],
["HỘI CỰU CHIẾN BINH TỈNH ĐIỆN BIÊN", "Vị trí: Trang chủ >> Tin tức >> Hoạt động Hội",
 "Đại tá Lò Văn Muôn, Chủ tịch Hội CCB tỉnh trao quyết định hỗ trợ cho hội viên. Ảnh: Quang Long",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Vì người nghèo", "bản Hua Nguống", "Lượt xem: 1.027"],
["Thứ Ba, 25/07/2017 - 14:30", "70 năm", "27/7/1947 - 27/7/2017", "5 năm", "Lượt xem: 1.027"]))

PAGES.append(page("b611-laichau-bdv-hoinghi-2018", """
BÁO LAI CHÂU ĐIỆN TỬ
Thứ Hai, 26/11/2018
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật lúc 16:45 ngày 23/11/2018
Phát huy vai trò người có uy tín trong đồng bào các dân tộc
(Báo Lai Châu) - Ngày 22/11, Ban Dân vận Tỉnh ủy Lai Châu phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Tham dự hội nghị có 210 người có uy tín tiêu biểu đến từ các huyện, thành phố.
Các đại biểu dự hội nghị. Ảnh: Thu Trang
Dự và chỉ đạo hội nghị có đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Tao Văn Phịn, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí Lò Thị Biên, Phó Trưởng Ban Dân vận Tỉnh ủy.
Toàn tỉnh hiện có 1.048 người có uy tín, trong đó người dân tộc Mông chiếm gần 40%. Thực hiện Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín, năm 2018 tỉnh đã cấp 1.048 tờ báo, tạp chí, tặng quà Tết với tổng kinh phí gần 1,2 tỷ đồng. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 102-KH/TU ngày 05/4/2018 về phát huy vai trò người có uy tín trong xây dựng khối đại đoàn kết toàn dân tộc.
Năm qua, người có uy tín đã tham gia hòa giải thành 156 vụ việc, vận động 73 hộ từ bỏ tà đạo, cung cấp cho lực lượng chức năng 45 nguồn tin có giá trị về an ninh trật tự. Nhiều người có uy tín đi đầu hiến đất làm đường, làm nhà văn hóa bản.
Tại hội nghị, ông Vàng A Dình, Trưởng bản Sin Chải, xã Sin Suối Hồ (huyện Phong Thổ), chia sẻ: "Người có uy tín phải làm trước để bà con làm theo". Già làng Pờ Xé Khừ, người dân tộc Hà Nhì ở bản Mù Cả, xã Mù Cả (huyện Mường Tè), đã vận động 12 hộ trong bản trồng thảo quả dưới tán rừng.
Phát biểu kết luận, đồng chí Giàng A Tính đề nghị cấp ủy, chính quyền các cấp tiếp tục thực hiện Chỉ thị 06-CT/TW của Ban Bí thư về củng cố, nâng cao chất lượng hoạt động của hệ thống chính trị ở cơ sở vùng đồng bào dân tộc thiểu số và phong trào thi đua "Dân vận khéo". Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 35 người có uy tín có thành tích tiêu biểu; mỗi người được tặng 1 suất quà trị giá 1 triệu đồng.
Thu Trang
Tin cùng chuyên mục
- Tam Đường: tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X (20/11/2018)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 17 (18/11/2018)
- Tân Uyên: ra mắt mô hình "Bản không có ma túy" (15/11/2018)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Lai Châu (12/11/2018)
- Nậm Nhùn: vận động đồng bào di dân tái định cư ổn định cuộc sống (08/11/2018)
- Sìn Hồ: hiệu quả mô hình "Dân vận khéo" trong phát triển cây chè (01/11/2018)
""", "2018-11-23", "Phát huy vai trò người có uy tín trong đồng bào các dân tộc",
E("hoi_nghi", "2018", "2018-11-22"),
[P("Giàng A Tính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tao Văn Phịn", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Lò Thị Biên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Dình", "Trưởng bản Sin Chải"),
 P("Pờ Xé Khừ", "Già làng")],
[Q("210 người có uy tín", 210, "người có uy tín"),
 Q("1.048 người có uy tín", 1048, "người có uy tín"),
 Q("gần 40%", 40, "%", "approx"),
 Q("1.048 tờ báo", 1048, "tờ báo"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("156 vụ việc", 156, "vụ việc"),
 Q("73 hộ", 73, "hộ"),
 Q("45 nguồn tin", 45, "nguồn tin"),
 Q("12 hộ", 12, "hộ"),
 Q("35 người có uy tín", 35, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "102", "KH/TU", "2018-04-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch 102-KH/TU"),
 D("Chỉ thị", "06", "CT/TW", None, "Ban Bí thư", "Chỉ thị 06-CT/TW")],
[prov("Lai Châu"), com("Sin Suối Hồ"), com("Mù Cả")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Các đại biểu dự hội nghị. Ảnh: Thu Trang",
 "Dân vận khéo", "bản Sin Chải", "bản Mù Cả", "(Báo Lai Châu)"],
["Thứ Hai, 26/11/2018", "Cập nhật lúc 16:45 ngày 23/11/2018", "1 suất quà trị giá 1 triệu đồng"]))

PAGES.append(page("b612-hoabinh-mttq-tongket-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH
Trang chủ :: Tin tức :: Hoạt động Mặt trận
20-12-2019 10:30
Toàn cảnh hội nghị.
Quỹ "Vì người nghèo" các cấp vận động được hơn 21 tỷ đồng
Sáng 19/12, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp và thống nhất hành động năm 2020. Dự hội nghị có ông Bùi Văn Cửu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các ông, bà: Đinh Thị Thoa, Quách Văn Đức, Xa Văn Tuấn - Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Bạch Công Tiến, Phó Chủ tịch UBND tỉnh.
Ông Bùi Văn Cửu trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho các tập thể. Ảnh: Hải Yến
Năm 2019, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 21 tỷ đồng, hỗ trợ xây mới và sửa chữa 382 căn nhà Đại đoàn kết, trao 4.650 suất quà cho hộ nghèo dịp Tết. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với phong trào "Ngày vì người nghèo" có thêm 14 xã đạt chuẩn nông thôn mới, nâng tổng số lên 72 xã.
Mặt trận các cấp đã tổ chức 1.135 cuộc giám sát, trong đó Ủy ban MTTQ tỉnh trực tiếp chủ trì các cuộc giám sát chuyên đề theo Quyết định 217-QĐ/TW của Bộ Chính trị; tiếp nhận 326 đơn thư của công dân. Công tác hiệp thương, kiện toàn cán bộ được quan tâm: Hội nghị đã hiệp thương cử bổ sung ông Hà Văn Sinh, nguyên Phó Trưởng Ban Dân vận Tỉnh ủy, giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh khóa XV.
Bà Bùi Thị Yến, Trưởng Ban công tác Mặt trận khu dân cư xóm Mớ Đá, xã Hợp Thịnh (huyện Kỳ Sơn), phát biểu về kinh nghiệm vận động nhân dân hiến đất mở rộng đường liên xóm với tổng chiều dài 2,4 km.
Hội nghị đã ký kết Chương trình phối hợp thống nhất hành động năm 2020 và triển khai Kế hoạch 47/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Đại hội đại biểu MTTQ các cấp nhiệm kỳ 2019 - 2024. Dịp này, 18 tập thể và 25 cá nhân được khen thưởng.
Phát biểu chỉ đạo, ông Bạch Công Tiến đánh giá cao vai trò của Mặt trận trong tập hợp, đoàn kết các tầng lớp nhân dân, nhất là đồng bào Mường, Dao, Thái ở vùng sâu, vùng xa. Ông đề nghị năm 2020 Mặt trận các cấp chú trọng phản biện xã hội đối với các dự án thu hồi đất, chủ động nắm bắt tình hình nhân dân để kịp thời phản ánh với cấp ủy, chính quyền; phối hợp chặt chẽ với các ngành chức năng trong công tác giảm nghèo bền vững, không để hộ nghèo nào thiếu nhà ở, thiếu đói trong dịp Tết Nguyên đán Canh Tý.
Hải Yến
Số lượt xem: 1.446
Các tin đã đưa
- Trao 50 căn nhà Đại đoàn kết tại huyện Đà Bắc (12/12/2019)
- Đại hội đại biểu MTTQ huyện Mai Châu lần thứ XIII (05/12/2019)
- Ngày hội Đại đoàn kết toàn dân tộc ở xóm Bưng, xã Phú Lương (18/11/2019)
- Giám sát thực hiện chính sách bảo hiểm y tế tại huyện Lạc Sơn (07/11/2019)
- Tân Lạc: hội nghị tiếp xúc cử tri trước kỳ họp thứ 8, Quốc hội khóa XIV (25/10/2019)
""", "2019-12-20", "Quỹ \"Vì người nghèo\" các cấp vận động được hơn 21 tỷ đồng",
E("tong_ket", "2019", "2019-12-19"),
[P("Bùi Văn Cửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Thị Thoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quách Văn Đức", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xa Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bạch Công Tiến", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Sinh", "nguyên Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Thị Yến", "Trưởng Ban công tác Mặt trận khu dân cư xóm Mớ Đá")],
[Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("382 căn nhà Đại đoàn kết", 382, "căn nhà Đại đoàn kết"),
 Q("4.650 suất quà", 4650, "suất quà"),
 Q("14 xã", 14, "xã"),
 Q("72 xã", 72, "xã"),
 Q("1.135 cuộc giám sát", 1135, "cuộc giám sát"),
 Q("326 đơn thư", 326, "đơn thư"),
 Q("2,4 km", 2.4, "km"),
 Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 47/KH-MTTQ-BTT")],
[prov("Hòa Bình"), com("Hợp Thịnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ :: Tin tức :: Hoạt động Mặt trận", "Toàn cảnh hội nghị.",
 "Ông Bùi Văn Cửu trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho các tập thể. Ảnh: Hải Yến",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày vì người nghèo", "xóm Mớ Đá",
 "Số lượt xem: 1.446"],
["20-12-2019 10:30", "năm 2019", "năm 2020", "khóa XV", "nhiệm kỳ 2019 - 2024", "Số lượt xem: 1.446"]))

PAGES.append(page("b613-thainguyen-bdv-giaoban-2020", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ > Hoạt động > Tin tức - Sự kiện
Thứ Tư, 07/10/2020 - 09:15
Giao ban công tác dân vận, nắm tình hình nhân dân
Chiều 06/10, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức giao ban công tác dân vận tháng 9/2020 với Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Phạm Thị Hồng Gấm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ma Văn Quyết, La Thị Hương; đồng chí Hoàng Văn Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Đồng chí Phạm Thị Hồng Gấm phát biểu kết luận buổi giao ban. Ảnh: Thu Hà
Trong tháng, Mặt trận và các đoàn thể đã tổ chức 68 hội nghị tuyên truyền Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX với trên 9.400 lượt người tham dự; tổng hợp 215 ý kiến góp ý dự thảo các văn kiện trình Đại hội XIII của Đảng. Hội LHPN tỉnh và Hội Nông dân tỉnh phối hợp tiêu thụ 1.250 tấn chè, 86 tấn gạo nếp vải cho hội viên bị ảnh hưởng bởi dịch Covid-19.
Các cấp ủng hộ đồng bào miền Trung bị thiệt hại do mưa lũ với tổng số tiền 3,47 tỷ đồng và 12 tấn hàng hóa. Các đơn vị tiếp tục thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp và Kế hoạch 86-KH/TU ngày 14/4/2020 của Ban Thường vụ Tỉnh ủy về thực hiện phong trào "Dân vận khéo" giai đoạn 2020 - 2025.
Đại diện Tỉnh đoàn, đồng chí Dương Thị Ngọc Lan, Phó Bí thư Tỉnh đoàn, cho biết chiến dịch "Thanh niên tình nguyện hè" năm 2020 đã huy động 14.800 lượt đoàn viên, làm mới 23 km đường giao thông nông thôn. Ông Nông Văn Kiên, Phó Chủ tịch Hội Nông dân tỉnh, kiến nghị sớm hướng dẫn cơ chế hỗ trợ nông dân khôi phục sản xuất sau dịch.
Kết luận buổi giao ban, đồng chí Phạm Thị Hồng Gấm yêu cầu trong tháng 10/2020 các đơn vị tập trung tuyên truyền kết quả Đại hội Đảng bộ tỉnh, nắm tình hình tư tưởng của nhân dân ở các dự án thu hồi đất trên địa bàn thành phố Thái Nguyên, thị xã Phổ Yên; chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Buổi giao ban cũng nghe báo cáo tình hình tôn giáo, dân tộc trên địa bàn; thống nhất nội dung phối hợp chuẩn bị Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số và kế hoạch kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại một số xã của huyện Phú Lương, Đại Từ trong quý IV.
Hà Phương
Lượt xem: 588
Tin khác
- Đoàn công tác Ban Dân vận Tỉnh ủy khảo sát mô hình dân vận khéo tại Đồng Hỷ (29/09/2020)
- Định Hóa: tuyên dương 45 điển hình "Dân vận khéo" (22/09/2020)
- Hội nghị trực tuyến sơ kết 5 năm thực hiện Quyết định 290-QĐ/TW (15/09/2020)
- Võ Nhai: vận động đồng bào Dao thay đổi tập quán canh tác (08/09/2020)
""", "2020-10-07", "Giao ban công tác dân vận, nắm tình hình nhân dân",
E("giao_ban", "2020-09", "2020-10-06"),
[P("Phạm Thị Hồng Gấm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Quyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("La Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Thị Ngọc Lan", "Phó Bí thư Tỉnh đoàn"),
 P("Nông Văn Kiên", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("68 hội nghị", 68, "hội nghị"),
 Q("trên 9.400 lượt người", 9400, "lượt người", "over"),
 Q("215 ý kiến", 215, "ý kiến"),
 Q("1.250 tấn chè", 1250, "tấn"),
 Q("86 tấn gạo nếp vải", 86, "tấn"),
 Q("3,47 tỷ đồng", 3470000000, "đồng"),
 Q("12 tấn hàng hóa", 12, "tấn"),
 Q("14.800 lượt đoàn viên", 14800, "lượt đoàn viên"),
 Q("23 km", 23, "km"),
 Q("100% khu dân cư", 100, "%")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "86", "KH/TU", "2020-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch 86-KH/TU")],
[prov("Thái Nguyên")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ > Hoạt động > Tin tức - Sự kiện",
 "Đồng chí Phạm Thị Hồng Gấm phát biểu kết luận buổi giao ban. Ảnh: Thu Hà", "Dân vận khéo", "Thanh niên tình nguyện hè",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Quy chế dân chủ ở cơ sở", "Lượt xem: 588"],
["Thứ Tư, 07/10/2020 - 09:15", "tháng 9/2020", "lần thứ XX", "Đại hội XIII", "Covid-19", "giai đoạn 2020 - 2025",
 "tháng 10/2020", "quý IV", "Lượt xem: 588"]))

PAGES.append(page("b614-bacgiang-tinhdoan-traoqua-2021", """
TỈNH ĐOÀN BẮC GIANG - Cổng thông tin tuổi trẻ Bắc Giang
Hôm nay: Thứ Ba, 06/07/2021
Trang chủ » Hoạt động » Tình nguyện
Thứ Hai, 05/07/2021 - 07:45
Tuổi trẻ Bắc Giang trao 2.000 suất quà cho công nhân khó khăn
Ngày 03/7/2021, Ban Thường vụ Tỉnh đoàn Bắc Giang phối hợp với Liên đoàn Lao động tỉnh tổ chức chương trình "Chung tay vượt qua đại dịch", trao 2.000 suất quà cho công nhân, người lao động gặp khó khăn do dịch Covid-19 tại các khu công nghiệp Quang Châu, Vân Trung và Đình Trám.
Đồng chí Thân Văn Hải (bên phải) trao quà cho công nhân. Ảnh: Đức Minh
Tham dự có đồng chí Thân Văn Hải, Tỉnh ủy viên, Bí thư Tỉnh đoàn; đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Liên đoàn Lao động tỉnh; các anh, chị Giáp Văn Tùng, Hoàng Thị Thu Hà, Lăng Văn Dũng - Phó Bí thư Tỉnh đoàn.
Mỗi suất quà gồm 10 kg gạo, dầu ăn, mì tôm và 200.000 đồng tiền mặt, tổng trị giá 1,2 tỷ đồng, do 37 doanh nghiệp, nhà hảo tâm ủng hộ. Trước đó, hưởng ứng Kế hoạch 35-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn đã lập 156 "Điểm hỗ trợ thanh niên công nhân", huy động 4.200 lượt đoàn viên tham gia tình nguyện tại các chốt kiểm soát dịch và khu cách ly.
Chương trình nằm trong chuỗi hoạt động thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Công văn 1920/UBND-KGVX ngày 24/5/2021 của UBND tỉnh về tăng cường phòng, chống dịch Covid-19 tại các khu công nghiệp. Tỉnh đoàn cũng trao 45 chiếc máy tính bảng cho con công nhân học trực tuyến trong chương trình "Sóng và máy tính cho em".
Chị Lương Thị Mai, công nhân một công ty điện tử ở khu công nghiệp Vân Trung, quê xã Sơn Động, cho biết gia đình có 2 con nhỏ, cả hai vợ chồng phải nghỉ việc 3 tuần nay nên món quà rất kịp thời. Anh Chu Văn Thạo, Bí thư Đoàn xã Tân Sơn (huyện Lục Ngạn), cho biết đoàn viên trong xã đã giúp dân tiêu thụ hơn 70 tấn vải thiều.
Phát biểu tại chương trình, đồng chí Thân Văn Hải cho biết trong thời gian tới Tỉnh đoàn tiếp tục kết nối các doanh nghiệp, nhà hảo tâm để hỗ trợ thanh niên công nhân ở các khu nhà trọ; đồng thời phát động đoàn viên, thanh niên thực hiện nghiêm thông điệp 5K, tích cực tham gia hỗ trợ lực lượng y tế trong chiến dịch tiêm vắc-xin phòng Covid-19 cho công nhân. Các cơ sở Đoàn được giao nắm danh sách công nhân ở trọ chưa về quê để kịp thời hỗ trợ lương thực, thực phẩm thiết yếu.
Đức Minh
Lượt xem: 3.152
Tin liên quan
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2021 (20/06/2021)
- Đoàn viên Lục Ngạn hỗ trợ tiêu thụ vải thiều (12/06/2021)
- Tuổi trẻ Việt Yên xung kích tại các khu cách ly tập trung (02/06/2021)
- Bắc Giang: thành lập 12 đội hình thanh niên tình nguyện hỗ trợ chống dịch (25/05/2021)
""", "2021-07-05", "Tuổi trẻ Bắc Giang trao 2.000 suất quà cho công nhân khó khăn",
E("trao_qua", None, "2021-07-03"),
[P("Thân Văn Hải", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Hồng Nhung", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Liên đoàn Lao động tỉnh"),
 P("Giáp Văn Tùng", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Thu Hà", "Phó Bí thư Tỉnh đoàn"),
 P("Lăng Văn Dũng", "Phó Bí thư Tỉnh đoàn"),
 P("Lương Thị Mai", "công nhân"),
 P("Chu Văn Thạo", "Bí thư Đoàn xã Tân Sơn")],
[Q("2.000 suất quà", 2000, "suất quà"),
 Q("10 kg gạo", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("156 \"Điểm hỗ trợ thanh niên công nhân\"", 156, "Điểm hỗ trợ thanh niên công nhân"),
 Q("4.200 lượt đoàn viên", 4200, "lượt đoàn viên"),
 Q("45 chiếc máy tính bảng", 45, "chiếc máy tính bảng"),
 Q("hơn 70 tấn", 70, "tấn", "over")],
[D("Kế hoạch", "35", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 35-KH/TĐTN-PT"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Công văn", "1920", "UBND-KGVX", "2021-05-24", "UBND tỉnh", "Công văn 1920/UBND-KGVX")],
[prov("Bắc Giang"), com("Sơn Động"), com("Tân Sơn")],
["TỈNH ĐOÀN BẮC GIANG - Cổng thông tin tuổi trẻ Bắc Giang", "Trang chủ » Hoạt động » Tình nguyện",
 "Đồng chí Thân Văn Hải (bên phải) trao quà cho công nhân. Ảnh: Đức Minh", "Chung tay vượt qua đại dịch",
 "Sóng và máy tính cho em", "Liên đoàn Lao động tỉnh", "Lượt xem: 3.152"],
["Hôm nay: Thứ Ba, 06/07/2021", "Thứ Hai, 05/07/2021 - 07:45", "Covid-19", "5K", "2 con nhỏ", "3 tuần", "Lượt xem: 3.152"]))
