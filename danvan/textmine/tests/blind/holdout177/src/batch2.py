from lib import *
PAGES = []

PAGES.append(page("b4211-binhdinh-mttq-phoihop-2017", """
BÁO BÌNH ĐỊNH
Tin tức | Chính trị | Mặt trận - Đoàn thể
10/03/2017 - 16:45
Quang cảnh hội nghị ký kết. Ảnh: N.Hải
Mặt trận và 12 tổ chức thành viên ký kết chương trình phối hợp năm 2017
Sáng 9/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị ký kết Chương trình phối hợp và thống nhất hành động năm 2017 giữa Ủy ban MTTQ tỉnh với 12 tổ chức thành viên. Đồng chí Đặng Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định chủ trì hội nghị; dự có đồng chí Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy.
Theo chương trình, năm 2017 Mặt trận và các tổ chức thành viên thống nhất 6 nhóm nội dung hành động: thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với xây dựng 18 xã đạt chuẩn nông thôn mới; vận động Quỹ "Vì người nghèo" phấn đấu đạt trên 15 tỷ đồng, xây mới ít nhất 300 nhà Đại đoàn kết; giám sát việc thực hiện Chỉ thị số 26-CT/TU ngày 12/5/2016 của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường vùng ven biển.
Năm 2016, theo báo cáo của đồng chí Nguyễn Văn Ánh, Phó Chủ tịch Ủy ban MTTQ tỉnh, các tổ chức thành viên đã phối hợp tổ chức 1.846 buổi tuyên truyền với 215.000 lượt người dự; Hội Nông dân tỉnh giúp 3.120 hộ vay vốn, Hội LHPN tỉnh vận động 2.400 phụ nữ nghèo vay vốn khởi nghiệp. Đặc biệt, sau trận lũ lịch sử tháng 11/2016, Mặt trận các cấp tiếp nhận hơn 41,2 tỷ đồng hàng cứu trợ, phân bổ kịp thời cho 27.500 hộ bị thiệt hại.
Tại hội nghị, đại diện các tổ chức thành viên: Hội Cựu chiến binh, Hội Nông dân, Hội LHPN, Tỉnh đoàn, Liên đoàn Lao động tỉnh cùng cam kết thực hiện. Ông Phạm Văn Hồng, Chủ tịch Hội Cựu chiến binh tỉnh, và bà Võ Thị Thu Hà, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị Ban Thường trực sớm sửa đổi Quy chế phối hợp số 02/QCPH giữa Mặt trận và các hội để thống nhất chế độ giao ban hằng quý. Các đồng chí Đinh Văn Chung, Đinh Thị Liêng - người có uy tín trong đồng bào Ba Na huyện Vĩnh Thạnh cũng được mời dự.
Phát biểu chỉ đạo, đồng chí Lê Kim Toàn đề nghị Mặt trận và các tổ chức thành viên bám sát Nghị quyết số 06-NQ/TU của Tỉnh ủy, thực hiện Kế hoạch 24-KH/MTTQ-BTT về giám sát năm 2017, tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư. Cùng ngày, Ủy ban MTTQ tỉnh ký Chương trình phối hợp số 05/CTrPH-MTTQ-CA với Công an tỉnh về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tại xã Nhơn Lý, xã Cát Hải.
Ngọc Hải
Lượt đọc: 733
Tin liên quan
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2016 (26/12/2016)
- Trao 100 nhà Đại đoàn kết cho hộ nghèo vùng lũ (10/02/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 khóa XIII (18/01/2017)
""", "2017-03-10", "Mặt trận và 12 tổ chức thành viên ký kết chương trình phối hợp năm 2017",
E("hoi_nghi", "2017", "2017-03-09"),
[P("Đặng Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định"),
 P("Lê Kim Toàn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Văn Ánh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Hồng", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Võ Thị Thu Hà", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đinh Văn Chung", "người có uy tín trong đồng bào Ba Na huyện Vĩnh Thạnh"),
 P("Đinh Thị Liêng", "người có uy tín trong đồng bào Ba Na huyện Vĩnh Thạnh")],
[Q("12 tổ chức thành viên", 12, "tổ chức thành viên"), Q("6 nhóm nội dung", 6, "nhóm nội dung"), Q("18 xã", 18, "xã"),
 Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"), Q("ít nhất 300 nhà Đại đoàn kết", 300, "nhà Đại đoàn kết", "over"),
 Q("1.846 buổi tuyên truyền", 1846, "buổi tuyên truyền"), Q("215.000 lượt người", 215000, "lượt người"), Q("3.120 hộ", 3120, "hộ"),
 Q("2.400 phụ nữ nghèo", 2400, "phụ nữ nghèo"), Q("hơn 41,2 tỷ đồng", 41200000000, "đồng", "over"), Q("27.500 hộ", 27500, "hộ"),
 Q("100% khu dân cư", 100, "%")],
[D("Chỉ thị", "26", "CT/TU", "2016-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 12/5/2016"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp số 02/QCPH"),
 D("Nghị quyết", "06", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 06-NQ/TU"),
 D("Kế hoạch", "24", "KH/MTTQ-BTT", None, None, "Kế hoạch 24-KH/MTTQ-BTT"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-CA", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-CA")],
[prov("Bình Định"), com("Nhơn Lý"), com("Cát Hải")],
["BÁO BÌNH ĐỊNH", "Tin tức | Chính trị | Mặt trận - Đoàn thể", "Quang cảnh hội nghị ký kết. Ảnh: N.Hải",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Chương trình phối hợp và thống nhất hành động năm 2017", "Lượt đọc: 733"],
["10/03/2017 - 16:45", "năm 2017", "năm 2016", "tháng 11/2016", "Lượt đọc: 733"]))

PAGES.append(page("b4212-daklak-mttq-giaoban-2018", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk
Vị trí: Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh
05.10.2018 | 08:50
Giao ban Khối thi đua Mặt trận và các đoàn thể chính trị - xã hội tỉnh
Ngày 4/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội quý III/2018, triển khai nhiệm vụ quý IV. Đồng chí Y Kriêng Mlô, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Y Kriêng Mlô phát biểu kết luận giao ban.
Trong quý III, Mặt trận các cấp tổ chức 428 buổi tuyên truyền cho khoảng 31.000 lượt người về Luật An ninh mạng và phòng, chống tà đạo "Hà Mòn"; vận động 146 hộ đồng bào Êđê, M'nông ở các buôn vùng sâu từ bỏ tà đạo. Quỹ "Vì người nghèo" tỉnh tiếp nhận 1,87 tỷ đồng, hỗ trợ xây 54 nhà Đại đoàn kết, mỗi căn 40 triệu đồng. Mặt trận tỉnh phối hợp tổ chức 3 hội nghị phản biện xã hội đối với dự thảo Nghị quyết HĐND tỉnh và thực hiện 2 cuộc giám sát chuyên đề theo Quyết định số 217-QĐ/TW.
Tính chung 9 tháng năm 2018, Mặt trận các cấp đã tiếp nhận 96 đơn thư, phối hợp giải quyết 81 đơn; trao 1.240 suất quà cho hộ nghèo đồng bào dân tộc thiểu số với tổng trị giá 620 triệu đồng.
Báo cáo của Hội LHPN tỉnh cho biết đã thành lập mới 26 tổ hợp tác do phụ nữ làm chủ; Tỉnh đoàn ra quân chiến dịch tình nguyện với 3.500 đoàn viên; Hội Nông dân tỉnh tổ chức 18 lớp dạy nghề cho 540 nông dân. Các hội viên Hội Cựu chiến binh tham gia hòa giải thành 73 vụ việc ở cơ sở.
Tại giao ban, các đồng chí H'Zơ Ni Byă, Phó Chủ tịch Hội LHPN tỉnh; Y Wem Mlô, Phó Bí thư Tỉnh đoàn; Nguyễn Văn Hưng, Phó Chủ tịch - Trưởng ban Kinh tế Hội Nông dân tỉnh báo cáo kết quả thực hiện Chương trình phối hợp số 08/CTPH-MTTQ-ĐT năm 2018. Già làng Y Ngông Ênuôl, buôn Kô Siêr, phường Tân Lợi, phản ánh tình trạng tranh chấp đất rẫy giữa 2 hộ ở buôn.
Kết luận hội nghị, đồng chí Y Kriêng Mlô đề nghị Mặt trận và các đoàn thể quý IV tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 2.226 khu dân cư; thực hiện Kế hoạch số 145-KH/TU ngày 02/8/2018 của Tỉnh ủy và Hướng dẫn 112/HD-MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; phấn đấu 100% xã, phường ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự". Đồng chí Trương Thị Bảo Liên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, được giao theo dõi việc chuẩn bị Đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024 ở xã Ea Tiêu, xã Krông Nô.
H.Linh
Số lượt xem: 1.119
Tin khác
- Ủy ban MTTQ tỉnh giám sát tại huyện Lắk (27/09/2018)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo M'Drắk (14/09/2018)
- Giao ban quý II/2018 (06/07/2018)
""", "2018-10-05", "Giao ban Khối thi đua Mặt trận và các đoàn thể chính trị - xã hội tỉnh",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Y Kriêng Mlô", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Zơ Ni Byă", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Y Wem Mlô", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch - Trưởng ban Kinh tế Hội Nông dân tỉnh"),
 P("Y Ngông Ênuôl", "Già làng"),
 P("Trương Thị Bảo Liên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("428 buổi tuyên truyền", 428, "buổi tuyên truyền"), Q("khoảng 31.000 lượt người", 31000, "lượt người", "approx"),
 Q("146 hộ đồng bào Êđê, M'nông", 146, "hộ đồng bào Êđê, M'nông"), Q("1,87 tỷ đồng", 1870000000, "đồng"),
 Q("54 nhà Đại đoàn kết", 54, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
 Q("26 tổ hợp tác", 26, "tổ hợp tác"), Q("3.500 đoàn viên", 3500, "đoàn viên"), Q("18 lớp dạy nghề", 18, "lớp dạy nghề"),
 Q("540 nông dân", 540, "nông dân"), Q("73 vụ việc", 73, "vụ việc"), Q("2 hộ", 2, "hộ"), Q("2.226 khu dân cư", 2226, "khu dân cư"), Q("96 đơn thư", 96, "đơn thư"), Q("81 đơn", 81, "đơn"),
 Q("1.240 suất quà", 1240, "suất quà"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("100% xã, phường", 100, "%")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Chương trình phối hợp", "08", "CTPH-MTTQ-ĐT", None, None, "Chương trình phối hợp số 08/CTPH-MTTQ-ĐT"),
 D("Kế hoạch", "145", "KH/TU", "2018-08-02", "Tỉnh ủy", "Kế hoạch số 145-KH/TU ngày 02/8/2018"),
 D("Hướng dẫn", "112", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 112/HD-MTTQ-BTT")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tiêu"), com("Krông Nô")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "Vị trí: Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh",
 "Đồng chí Y Kriêng Mlô phát biểu kết luận giao ban.", "Hà Mòn", "Vì người nghèo", "Luật An ninh mạng",
 "Khu dân cư tự quản về an ninh trật tự", "Ngày hội Đại đoàn kết toàn dân tộc", "Số lượt xem: 1.119"],
["05.10.2018 | 08:50", "9 tháng năm 2018", "quý III/2018", "quý IV", "quý III", "nhiệm kỳ 2019 - 2024", "Số lượt xem: 1.119"]))

PAGES.append(page("b4213-thuathienhue-mttq-soket-2019", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị » Mặt trận - Đoàn thể
Cập nhật lúc 16:35 ngày 12/07/2019
Hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh
(TTH.VN) - Sáng 12/7, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị lần thứ 12, khóa IX sơ kết công tác Mặt trận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm và hiệp thương cử bổ sung nhân sự. Đồng chí Hoàng Thị Diệu Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Ảnh: Các đại biểu biểu quyết hiệp thương cử bổ sung.
Báo cáo sơ kết cho thấy, 6 tháng đầu năm Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 8,3 tỷ đồng, hỗ trợ xây dựng 106 nhà Đại đoàn kết và sửa chữa 38 nhà; chương trình "Tết vì người nghèo" trao 24.800 suất quà Tết trị giá trên 11 tỷ đồng. Mặt trận tỉnh chủ trì 3 cuộc giám sát, tổ chức 4 hội nghị phản biện xã hội; tổng hợp 312 ý kiến, kiến nghị của cử tri gửi đến kỳ họp HĐND tỉnh. Toàn tỉnh có 1.421/1.448 khu dân cư được công nhận "Khu dân cư văn hóa", đạt 98,1%.
Công tác chuẩn bị Đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024 được triển khai theo Chỉ thị số 30-CT/TW của Bộ Chính trị và Kế hoạch số 155-KH/TU ngày 04/01/2019 của Ban Thường vụ Tỉnh ủy; đến ngày 30/6, 145/145 xã, phường, thị trấn đã tổ chức xong đại hội Mặt trận cấp cơ sở.
Tại hội nghị, với 100% đại biểu tán thành, đồng chí Phan Xuân Toàn, nguyên Bí thư Huyện ủy Phong Điền, được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX. Hội nghị cũng hiệp thương cử bổ sung 3 ủy viên Ủy ban MTTQ tỉnh là người đứng đầu các tổ chức thành viên mới được kiện toàn, trong đó có bà Hồ Thị Nguyệt, Chủ tịch Hội LHPN huyện A Lưới và ông Kan Lịch, Chủ tịch Ủy ban MTTQ xã Hồng Kim.
Thảo luận tại hội nghị, ông Nguyễn Hữu Thành, Trưởng ban Công tác Mặt trận thôn An Lưu, xã Phú Dương, cho biết thôn vận động 48 hộ hiến 2.300 m2 đất mở rộng đường làng. Ông A Viết Sơn, người có uy tín thôn A Đớt, xã Hồng Thủy, kiến nghị hỗ trợ đồng bào Pa Cô, Tà Ôi giữ rừng.
Phát biểu kết luận, đồng chí Hoàng Thị Diệu Linh yêu cầu Mặt trận các cấp 6 tháng cuối năm chuẩn bị chu đáo Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X; tiếp tục thực hiện Chương trình hành động số 18-CTr/TU của Tỉnh ủy và tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân có thành tích xuất sắc trong tổ chức đại hội Mặt trận cấp cơ sở.
Thanh Hiền
Lượt xem: 874
Tin liên quan
- Đại hội MTTQ huyện A Lưới nhiệm kỳ 2019 - 2024 (05/07/2019)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo vùng biển (21/06/2019)
- Giám sát thực hiện chính sách bảo hiểm y tế (12/06/2019)
""", "2019-07-12", "Hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh",
E("so_ket", "2019-H1", "2019-07-12"),
[P("Hoàng Thị Diệu Linh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Xuân Toàn", "nguyên Bí thư Huyện ủy Phong Điền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX"),
 P("Hồ Thị Nguyệt", "Chủ tịch Hội LHPN huyện A Lưới"),
 P("Kan Lịch", "Chủ tịch Ủy ban MTTQ xã Hồng Kim"),
 P("Nguyễn Hữu Thành", "Trưởng ban Công tác Mặt trận thôn An Lưu"),
 P("A Viết Sơn", "người có uy tín thôn A Đớt")],
[Q("hơn 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("106 nhà Đại đoàn kết", 106, "nhà Đại đoàn kết"), Q("38 nhà", 38, "nhà"),
 Q("24.800 suất quà", 24800, "suất quà"), Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("3 cuộc giám sát", 3, "cuộc giám sát"),
 Q("4 hội nghị phản biện xã hội", 4, "hội nghị phản biện xã hội"), Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"),
 Q("1.421/1.448 khu dân cư", 1421, "khu dân cư"), Q("98,1%", 98.1, "%"), Q("145/145 xã, phường, thị trấn", 145, "xã, phường, thị trấn"),
 Q("100% đại biểu", 100, "%"), Q("3 ủy viên", 3, "ủy viên"), Q("48 hộ", 48, "hộ"), Q("2.300 m2", 2300, "m2"),
 Q("100% khu dân cư", 100, "%"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân có thành tích xuất sắc", 12, "cá nhân")],
[D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Kế hoạch", "155", "KH/TU", "2019-01-04", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 155-KH/TU ngày 04/01/2019"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU")],
[prov("Thừa Thiên Huế"), com("Hồng Kim"), com("Phú Dương"), com("Hồng Thủy")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị » Mặt trận - Đoàn thể", "(TTH.VN)", "Ảnh: Các đại biểu biểu quyết hiệp thương cử bổ sung.",
 "Vì người nghèo", "Tết vì người nghèo", "Khu dân cư văn hóa", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 874"],
["Cập nhật lúc 16:35 ngày 12/07/2019", "lần thứ 12", "khóa IX", "6 tháng đầu năm 2019", "6 tháng cuối năm", "nhiệm kỳ 2019 - 2024",
 "lần thứ X", "Lượt xem: 874"]))

PAGES.append(page("b4214-laocai-mttq-doithoai-2019", """
Báo Lào Cai điện tử
Trang chủ >> Thời sự >> Mặt trận - Đoàn thể
Thứ Sáu, 22/11/2019, 07:40
Bí thư Tỉnh ủy đối thoại với hơn 300 đại biểu Nhân dân các dân tộc
Ngày 21/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai phối hợp với Thường trực Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền tỉnh với Nhân dân năm 2019. Đồng chí Vũ Xuân Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và đồng chí Hoàng Văn Trịnh, Phó Chủ tịch UBND tỉnh chủ trì; đồng chí Lý Thị Sa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh điều hành hội nghị.
Đồng chí Lý Thị Sa điều hành hội nghị đối thoại.
Hội nghị có hơn 300 đại biểu là người có uy tín, già làng, trưởng bản, nông dân sản xuất giỏi, đại diện doanh nghiệp đến từ 152 xã, phường, thị trấn. Trước hội nghị, Mặt trận các cấp đã tổng hợp 87 ý kiến, kiến nghị, trong đó 19 ý kiến được lựa chọn để đối thoại trực tiếp.
Ông Thào A Tủa, người có uy tín thôn Sín Chải, xã Tả Phìn, phản ánh nhiều hộ đồng bào Mông chưa được cấp giấy chứng nhận quyền sử dụng đất rừng. Bà Tẩn Mùi Lở, Chủ tịch Hội LHPN xã Tả Van, đề nghị hỗ trợ 60 hộ làm du lịch cộng đồng. Ông Vàng Seo Lử, Bí thư Chi bộ, Trưởng thôn Nàn Sán, và ông Lồ Văn Nhình, Trưởng ban Công tác Mặt trận thôn Na Hối, xã Bản Phố, kiến nghị về giá thu mua mận, chè Shan tuyết.
Trả lời các ý kiến, lãnh đạo các sở, ngành cho biết năm 2019 tỉnh đã bố trí khoảng 45 tỷ đồng thực hiện Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; đã cấp 1.260 giấy chứng nhận quyền sử dụng đất cho 836 hộ. Việc hỗ trợ nhà ở cho 2.147 hộ nghèo theo Nghị quyết 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh đạt 92%.
Kết luận hội nghị, đồng chí Vũ Xuân Thịnh ghi nhận 19 ý kiến tâm huyết, giao UBND tỉnh giải quyết dứt điểm các kiến nghị trong quý I/2020; đề nghị Mặt trận thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên và Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc.
Các ý kiến chưa được trả lời tại hội nghị sẽ được cơ quan chức năng trả lời bằng văn bản trong vòng 30 ngày, Mặt trận tỉnh giám sát việc thực hiện.
Ngay sau hội nghị, Ủy ban MTTQ tỉnh trao 50 suất quà, mỗi suất 1 triệu đồng cho các đại biểu là hộ nghèo vùng cao.
Thu Trang
Lượt xem: 1.533
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc thực hiện Chỉ thị 05 tại Bát Xát (15/11/2019)
- Sa Pa: Ngày hội Đại đoàn kết ở thôn Lao Chải (12/11/2019)
- Mặt trận các cấp vận động 12 tỷ đồng xây nhà cho hộ nghèo (05/11/2019)
""", "2019-11-22", "Bí thư Tỉnh ủy đối thoại với hơn 300 đại biểu Nhân dân các dân tộc",
E("doi_thoai", "2019", "2019-11-21"),
[P("Vũ Xuân Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hoàng Văn Trịnh", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Thị Sa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thào A Tủa", "người có uy tín thôn Sín Chải"),
 P("Tẩn Mùi Lở", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Vàng Seo Lử", "Bí thư Chi bộ", "Trưởng thôn Nàn Sán"),
 P("Lồ Văn Nhình", "Trưởng ban Công tác Mặt trận thôn Na Hối")],
[Q("hơn 300 đại biểu", 300, "đại biểu", "over"), Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn"), Q("87 ý kiến, kiến nghị", 87, "ý kiến, kiến nghị"),
 Q("19 ý kiến", 19, "ý kiến"), Q("60 hộ", 60, "hộ"), Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"),
 Q("1.260 giấy chứng nhận quyền sử dụng đất", 1260, "giấy chứng nhận quyền sử dụng đất"), Q("836 hộ", 836, "hộ"),
 Q("2.147 hộ nghèo", 2147, "hộ nghèo"), Q("92%", 92, "%"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10-NQ/TU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU")],
[prov("Lào Cai"), com("Tả Phìn"), com("Tả Van"), com("Bản Phố")],
["Báo Lào Cai điện tử", "Trang chủ >> Thời sự >> Mặt trận - Đoàn thể", "Đồng chí Lý Thị Sa điều hành hội nghị đối thoại.", "Lượt xem: 1.533"],
["Thứ Sáu, 22/11/2019, 07:40", "năm 2019", "quý I/2020", "30 ngày", "Lượt xem: 1.533"]))

PAGES.append(page("b4215-tayninh-mttq-traoqua-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH
Trang chủ / Tin tức - Sự kiện / Chung tay phòng, chống dịch Covid-19
T6, 10/04/2020 - 15:20
Trao 1.500 phần quà cho người lao động mất việc do dịch Covid-19
Chiều 9/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 1.500 phần quà cho người lao động tự do, hộ nghèo bị ảnh hưởng bởi dịch Covid-19 tại thành phố Tây Ninh và các huyện Hòa Thành, Châu Thành. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá khoảng 1,2 tỷ đồng.
Đồng chí Phạm Thị Bích Thủy trao quà cho người lao động. Ảnh: H.Thương
Tham dự có đồng chí Phạm Thị Bích Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông Nguyễn Văn Hùng, Lê Minh Tâm - Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Dương Thị Kim Phượng, Phó Chủ tịch Hội LHPN tỉnh.
Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Công văn số 215/MTTQ-BTT ngày 02/4/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, đến ngày 8/4, Ủy ban MTTQ các cấp trong tỉnh đã tiếp nhận ủng hộ phòng, chống dịch bằng tiền và hàng hóa trị giá hơn 14,6 tỷ đồng từ 312 tập thể, doanh nghiệp và hàng nghìn người dân; trong đó Ủy ban MTTQ tỉnh tiếp nhận 5,28 tỷ đồng, 86 tấn gạo. Mặt trận đã chuyển 2,1 tỷ đồng cho lực lượng tuyến đầu và các khu cách ly tập trung.
Nhiều tổ chức tôn giáo tích cực hưởng ứng: Hội thánh Cao Đài Tây Ninh ủng hộ 30 tấn gạo; Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh ủng hộ 500 triệu đồng. Hòa thượng Thích Huệ Tánh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trực tiếp trao 200 phần quà tại phường 3.
Phát biểu tại buổi trao quà, bà Phạm Thị Bích Thủy cho biết Mặt trận sẽ phối hợp các ngành rà soát để hỗ trợ kịp thời các đối tượng theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ; đồng thời tuyên truyền Nhân dân thực hiện nghiêm Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về cách ly xã hội và Kế hoạch 47/KH-BCĐ của Ban Chỉ đạo phòng, chống dịch tỉnh. Mặt trận các xã, phường được đề nghị lập 95 "tổ Covid cộng đồng" ở khu dân cư. Trong tháng 4, Mặt trận tỉnh dự kiến trao thêm khoảng 2.000 phần quà cho người bán vé số, lao động tự do.
Cũng trong ngày, Ủy ban MTTQ thị xã Trảng Bàng trao 300 phần quà cho công nhân nghèo ở xã An Tịnh; Ủy ban MTTQ huyện Tân Châu trao 150 suất quà cho hộ đồng bào Khmer, Chăm ở xã Tân Hưng.
Hoài Thương
Lượt truy cập: 2.088
Tin liên quan
- Tây Ninh: Hơn 10 tỷ đồng ủng hộ phòng, chống dịch Covid-19 (03/04/2020)
- Mặt trận phát động "Cả nước chung tay phòng, chống dịch" (30/03/2020)
- Trao 100 phần quà cho người bán vé số (27/03/2020)
""", "2020-04-10", "Trao 1.500 phần quà cho người lao động mất việc do dịch Covid-19",
E("trao_qua", None, "2020-04-09"),
[P("Phạm Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Thị Kim Phượng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thích Huệ Tánh", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"),
 Q("312 tập thể, doanh nghiệp", 312, "tập thể, doanh nghiệp"), Q("5,28 tỷ đồng", 5280000000, "đồng"), Q("86 tấn", 86, "tấn"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("30 tấn", 30, "tấn"), Q("500 triệu đồng", 500000000, "đồng"), Q("200 phần quà", 200, "phần quà"),
 Q("95 \"tổ Covid cộng đồng\"", 95, "tổ Covid cộng đồng"), Q("300 phần quà", 300, "phần quà"), Q("150 suất quà", 150, "suất quà"),
 Q("khoảng 2.000 phần quà", 2000, "phần quà", "approx")],
[D("Công văn", "215", "MTTQ-BTT", "2020-04-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 02/4/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Kế hoạch", "47", "KH-BCĐ", None, "Ban Chỉ đạo phòng, chống dịch tỉnh", "Kế hoạch 47/KH-BCĐ")],
[prov("Tây Ninh"), com("phường 3"), com("An Tịnh"), com("Tân Hưng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH", "Đồng chí Phạm Thị Bích Thủy trao quà cho người lao động. Ảnh: H.Thương", "Trang chủ / Tin tức - Sự kiện / Chung tay phòng, chống dịch Covid-19",
 "Lời kêu gọi", "Hội thánh Cao Đài Tây Ninh", "Lượt truy cập: 2.088"],
["T6, 10/04/2020 - 15:20", "hàng nghìn người dân", "tháng 4", "Lượt truy cập: 2.088"]))

PAGES.append(page("b4216-hatinh-mttq-tongket-2020", """
Hôm nay: Thứ Hai, 04/01/2021
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 30/12/2020 - 09:12
Toàn cảnh hội nghị. Ảnh: Thu Phương
Mặt trận Hà Tĩnh tiếp nhận gần 162 tỷ đồng ủng hộ đồng bào vùng lũ
(Baohatinh.vn) - Chiều 29/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lần thứ 2, khóa XVIII tổng kết công tác Mặt trận năm 2020 và ký kết chương trình phối hợp và thống nhất hành động năm 2021. Đồng chí Hoàng Đình Khang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự; đồng chí Nguyễn Thị Hồng Luyến, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2020, trong bối cảnh dịch Covid-19 và đợt mưa lũ lịch sử tháng 10, Mặt trận các cấp đã phát động ủng hộ, tiếp nhận gần 162 tỷ đồng và hàng hóa, trong đó Ủy ban MTTQ tỉnh tiếp nhận 96,4 tỷ đồng từ 1.140 tập thể, cá nhân trong và ngoài nước; hỗ trợ kịp thời cho 52.600 hộ bị ngập lụt, mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng. Quỹ "Vì người nghèo" các cấp vận động được 21,3 tỷ đồng, xây mới 387 nhà Đại đoàn kết. Có 1.612/1.722 khu dân cư đạt chuẩn khu dân cư văn hóa, đạt 93,6%.
Ảnh: Đồng chí Hoàng Đình Khang trao Cờ thi đua cho các tập thể xuất sắc.
Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVIII, nhiệm kỳ 2019 - 2024 được tổ chức thành công theo Chỉ thị số 30-CT/TW; Mặt trận tỉnh đã chủ trì 4 cuộc giám sát, tổ chức 5 hội nghị phản biện xã hội đối với dự thảo các nghị quyết của HĐND tỉnh; tổng hợp 2.650 ý kiến góp ý vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIX. Ban Thanh tra nhân dân ở 216 xã, phường, thị trấn giám sát 421 vụ việc.
Hội nghị đã nghe tham luận của các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện Hương Khê: Phan Văn Thông, Trần Thị Lài; ông Lê Đình Cúc, Trưởng ban Công tác Mặt trận thôn Trung Tiến, xã Hương Trạch chia sẻ cách làm "Vườn mẫu" với 35 hộ tham gia.
Phát biểu chỉ đạo, đồng chí Hoàng Đình Khang đánh giá cao vai trò Mặt trận trong cứu trợ lũ lụt, đề nghị năm 2021 tập trung tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026; thực hiện Nghị quyết số 01-NQ/TU, 02-NQ/TU của Tỉnh ủy và Kết luận 120-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Tại hội nghị, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho Ủy ban MTTQ huyện Lộc Hà; Ủy ban MTTQ tỉnh tặng Bằng khen cho 32 tập thể, 45 cá nhân. Đồng chí Lê Văn Thân, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, thông qua chương trình phối hợp giữa Mặt trận với 17 tổ chức thành viên.
Thu Phương
Lượt xem: 1.861
Tin khác
- Hà Tĩnh phân bổ tiền ủng hộ đồng bào vùng lũ đợt 3 (24/12/2020)
- Trao 200 suất quà cho hộ dân Vũ Quang (15/12/2020)
- Ngày hội Đại đoàn kết ở thôn Trung Tiến (14/11/2020)
""", "2020-12-30", "Mặt trận Hà Tĩnh tiếp nhận gần 162 tỷ đồng ủng hộ đồng bào vùng lũ",
E("tong_ket", "2020", "2020-12-29"),
[P("Hoàng Đình Khang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Hồng Luyến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Thông", "Phó Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Trần Thị Lài", "Phó Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Lê Đình Cúc", "Trưởng ban Công tác Mặt trận thôn Trung Tiến"),
 P("Lê Văn Thân", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("gần 162 tỷ đồng", 162000000000, "đồng", "approx"), Q("96,4 tỷ đồng", 96400000000, "đồng"),
 Q("1.140 tập thể, cá nhân", 1140, "tập thể, cá nhân"), Q("52.600 hộ", 52600, "hộ"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("21,3 tỷ đồng", 21300000000, "đồng"), Q("387 nhà Đại đoàn kết", 387, "nhà Đại đoàn kết"), Q("1.612/1.722 khu dân cư", 1612, "khu dân cư"),
 Q("93,6%", 93.6, "%"), Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("2.650 ý kiến góp ý", 2650, "ý kiến"), Q("216 xã, phường, thị trấn", 216, "xã, phường, thị trấn"), Q("421 vụ việc", 421, "vụ việc"),
 Q("35 hộ", 35, "hộ"), Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân"), Q("17 tổ chức thành viên", 17, "tổ chức thành viên")],
[D("Chỉ thị", "30", "CT/TW", None, None, "Chỉ thị số 30-CT/TW"),
 D("Nghị quyết", "01", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 01-NQ/TU, 02-NQ/TU"),
 D("Nghị quyết", "02", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 01-NQ/TU, 02-NQ/TU"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận 120-KL/TW")],
[prov("Hà Tĩnh"), com("Hương Trạch")],
["Hôm nay: Thứ Hai, 04/01/2021", "BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị > Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị. Ảnh: Thu Phương", "(Baohatinh.vn)", "Ảnh: Đồng chí Hoàng Đình Khang trao Cờ thi đua cho các tập thể xuất sắc.",
 "Vì người nghèo", "Vườn mẫu", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 1.861"],
["Hôm nay: Thứ Hai, 04/01/2021", "Thứ Tư, 30/12/2020 - 09:12", "lần thứ 2", "khóa XVIII", "năm 2020", "năm 2021", "tháng 10", "lần thứ XVIII",
 "nhiệm kỳ 2019 - 2024", "lần thứ XIX", "khóa XV", "nhiệm kỳ 2021 - 2026", "Lượt xem: 1.861"]))
