from lib import *
PAGES = []

PAGES.append(page("b2849-binhdinh-bdv-giaoban-thang3-2023", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ - Tin tức - Hoạt động Ban Dân vận
Thứ Sáu, 07/04/2023 - 09:30
Đồng chí Đinh Thị Hà phát biểu kết luận giao ban.
Bình Định: Không để phát sinh "điểm nóng" về đất đai
Ngày 5/4/2023, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tháng 3/2023. Đồng chí Đinh Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và Trưởng Ban Dân vận 11 huyện, thị xã, thành ủy.
Báo cáo tại giao ban cho biết, trong tháng 3, khối dân vận các cấp đã tham gia tiếp 187 lượt công dân, tiếp nhận 63 đơn thư, trong đó 41 đơn liên quan đến bồi thường, giải phóng mặt bằng các dự án đường ven biển, khu công nghiệp Becamex VSIP Bình Định. Tại thị xã Hoài Nhơn, khoảng 50 người dân phường Tam Quan Bắc tập trung tại trụ sở UBND phường phản đối phương án bố trí tái định cư; lãnh đạo thị xã đã đối thoại, tiếp thu điều chỉnh vị trí 34 lô đất tái định cư.
Ông Đinh Văn Dương, Trưởng Ban Dân vận Huyện ủy An Lão, cho biết huyện có 2 vụ tranh chấp đất sản xuất giữa đồng bào Bana ở làng Gia Hội với một công ty trồng rừng; Ban đã phối hợp Mặt trận huyện và già làng Đinh Văn Nhứt vận động các bên ngồi lại, thống nhất cắm mốc ranh giới 18,6 ha. Bà Mang Thị Sáu, Chủ tịch Hội Liên hiệp Phụ nữ huyện Vân Canh, nêu kinh nghiệm vận động phụ nữ Chăm Hroi hòa giải mâu thuẫn gia đình, đã hòa giải thành 9 vụ việc trong quý I.
Đồng chí Trần Kim Long, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, thông tin về việc triển khai Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương về thực hiện Quy chế dân vận; tiến độ sơ kết 2 năm thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về tiếp dân, đối thoại của người đứng đầu và về công tác dân vận trong giải phóng mặt bằng.
Kết luận giao ban, đồng chí Đinh Thị Hà yêu cầu tháng 4, khối dân vận tập trung nắm tình hình tại các dự án trọng điểm; kịp thời tham mưu cấp ủy đối thoại với người dân ngay khi có dấu hiệu bức xúc; phát huy 1.248 tổ hòa giải ở thôn, khu phố; phối hợp tổ chức tốt các hoạt động kỷ niệm 48 năm Ngày Giải phóng tỉnh. "Không để vụ việc nhỏ thành vụ việc lớn, không để vụ việc đơn lẻ thành đông người" - đồng chí nhấn mạnh.
Cũng tại giao ban, các đại biểu thống nhất đề xuất Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 96-KH/TU năm 2023 về tăng cường tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với nhân dân, trong đó quy định mỗi quý ít nhất 1 buổi đối thoại ở cấp huyện.
Theo Ban Dân vận Tỉnh ủy, quý I/2023 toàn tỉnh đã tổ chức 26 buổi đối thoại, giải quyết dứt điểm nhiều vụ việc tồn đọng. Tuy vậy, một số nơi vẫn còn tình trạng đối thoại mang tính hình thức, sau đối thoại chậm thông tin kết quả cho người dân.
Ngọc Nhuận
Tin liên quan
- Hoài Nhơn: đối thoại với người dân vùng dự án đường ven biển (25/03/2023)
- An Lão ra mắt tổ hòa giải làng Gia Hội (14/03/2023)
- Giao ban khối dân vận tháng 2/2023 (03/03/2023)
""", "2023-04-07", 'Bình Định: Không để phát sinh "điểm nóng" về đất đai',
E("giao_ban", "2023-03", "2023-04-05"),
[P("Đinh Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Dương", "Trưởng Ban Dân vận Huyện ủy An Lão"),
 P("Đinh Văn Nhứt", "già làng"),
 P("Mang Thị Sáu", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Vân Canh"),
 P("Trần Kim Long", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thị xã, thành ủy", 11, "huyện, thị xã, thành ủy"), Q("187 lượt công dân", 187, "lượt công dân"), Q("63 đơn thư", 63, "đơn thư"),
 Q("41 đơn", 41, "đơn"), Q("khoảng 50 người dân", 50, "người dân", "approx"), Q("34 lô đất tái định cư", 34, "lô đất tái định cư"),
 Q("2 vụ tranh chấp đất sản xuất", 2, "vụ tranh chấp đất sản xuất"), Q("18,6 ha", 18.6, "ha"), Q("9 vụ việc", 9, "vụ việc"),
 Q("1.248 tổ hòa giải", 1248, "tổ hòa giải"), Q("26 buổi đối thoại", 26, "buổi đối thoại")],
[D("Hướng dẫn", "21", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU")],
[prov("Bình Định"), com("Tam Quan Bắc")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ - Tin tức - Hoạt động Ban Dân vận", "Đồng chí Đinh Thị Hà phát biểu kết luận giao ban.",
 "Becamex VSIP Bình Định", "Quy chế dân vận", "Ngày Giải phóng tỉnh",
 "Không để vụ việc nhỏ thành vụ việc lớn, không để vụ việc đơn lẻ thành đông người"],
["Thứ Sáu, 07/04/2023 - 09:30", "tháng 3/2023", "quý I", "2 năm", "tháng 4", "48 năm", "1 buổi", "quý I/2023"]))

PAGES.append(page("b2850-haiphong-hdnd-giamsat-2023", """
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Trang chủ / Hoạt động giám sát
2023-11-17 16:40
Giám sát việc giải quyết các vụ việc khiếu nại đông người, kéo dài
Ngày 15/11, Đoàn giám sát của Ban Pháp chế HĐND thành phố do bà Phạm Thị Thu Trang, Trưởng ban Pháp chế HĐND thành phố làm trưởng đoàn đã giám sát chuyên đề việc giải quyết các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài năm 2023 tại UBND huyện Thủy Nguyên.
Báo cáo với đoàn, ông Đỗ Mạnh Cường, Phó Chủ tịch UBND huyện Thủy Nguyên cho biết, từ đầu năm đến ngày 31/10/2023, huyện đã tiếp 1.126 lượt công dân, trong đó có 17 đoàn đông người với khoảng 430 lượt người; tiếp nhận 845 đơn. Số vụ việc khiếu nại thuộc thẩm quyền là 64 vụ, đã giải quyết 58 vụ, đạt 90,6%. Còn 6 vụ việc phức tạp kéo dài, tập trung ở xã Tam Hưng và xã Phục Lễ, liên quan đến bồi thường đất nông nghiệp khi xây dựng khu đô thị, cầu Bính mới và thu hồi đất công ích.
Đoàn cũng làm việc trực tiếp với 12 hộ dân thôn Phương Mỹ, xã Phục Lễ. Ông Lương Văn Hòa, đại diện các hộ, cho biết các gia đình đã gửi đơn nhiều lần từ năm 2018, đề nghị được hỗ trợ thêm khoảng 105.000 đồng/m2 đất nông nghiệp bị thu hồi như các dự án lân cận. Bà Vũ Thị Ngân, Chủ tịch Ủy ban MTTQ xã Phục Lễ, cho biết Mặt trận xã đã phối hợp tổ hòa giải thôn tổ chức 5 buổi đối thoại nhưng chưa đạt kết quả.
Qua giám sát, đoàn đánh giá huyện đã thực hiện nghiêm Luật Khiếu nại, Luật Tiếp công dân; Chủ tịch UBND huyện tiếp công dân định kỳ đủ 10 buổi; 100% vụ việc đông người đều có lãnh đạo huyện trực tiếp đối thoại. Tuy nhiên, việc xác minh nguồn gốc đất ở một số vụ còn chậm, chưa tổ chức thi hành dứt điểm 3 quyết định giải quyết khiếu nại đã có hiệu lực pháp luật.
Phát biểu kết luận, bà Phạm Thị Thu Trang đề nghị UBND huyện rà soát lại toàn bộ 6 vụ việc kéo dài theo Kế hoạch số 363/KH-TTCP của Thanh tra Chính phủ về kiểm tra, rà soát, giải quyết vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài; thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Thành ủy về nâng cao hiệu quả tiếp công dân; có văn bản trả lời đoàn trước ngày 15/12/2023. Kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm của HĐND thành phố Hải Phòng.
Đồng chí Nguyễn Thị Hồng Vân, Phó Trưởng ban Pháp chế HĐND thành phố, đề nghị huyện phát huy hơn nữa vai trò của 214 tổ hòa giải ở cơ sở, hòa giải ngay từ khi phát sinh mâu thuẫn để hạn chế đơn thư vượt cấp.
Thanh Huyền
Các tin khác
- Ban Kinh tế - Ngân sách giám sát việc quản lý đất công ích (10/11/2023)
- HĐND thành phố tiếp xúc cử tri trước kỳ họp cuối năm (03/11/2023)
- Giám sát công tác bồi thường dự án đường ven biển (27/10/2023)
- Thường trực HĐND thành phố tiếp công dân định kỳ tháng 10 (20/10/2023)
""", "2023-11-17", "Giám sát việc giải quyết các vụ việc khiếu nại đông người, kéo dài",
E("giam_sat", "2023", "2023-11-15"),
[P("Phạm Thị Thu Trang", "Trưởng ban Pháp chế HĐND thành phố", "trưởng đoàn"),
 P("Đỗ Mạnh Cường", "Phó Chủ tịch UBND huyện Thủy Nguyên"),
 P("Lương Văn Hòa"),
 P("Vũ Thị Ngân", "Chủ tịch Ủy ban MTTQ xã Phục Lễ"),
 P("Nguyễn Thị Hồng Vân", "Phó Trưởng ban Pháp chế HĐND thành phố")],
[Q("1.126 lượt công dân", 1126, "lượt công dân"), Q("17 đoàn đông người", 17, "đoàn đông người"),
 Q("khoảng 430 lượt người", 430, "lượt người", "approx"), Q("845 đơn", 845, "đơn"), Q("64 vụ", 64, "vụ"), Q("58 vụ", 58, "vụ"),
 Q("90,6%", 90.6, "%"), Q("6 vụ việc phức tạp kéo dài", 6, "vụ việc phức tạp kéo dài"), Q("12 hộ dân", 12, "hộ dân"),
 Q("khoảng 105.000 đồng/m2", 105000, "đồng", "approx"), Q("5 buổi đối thoại", 5, "buổi đối thoại"), Q("10 buổi", 10, "buổi"),
 Q("100%", 100, "%"), Q("3 quyết định giải quyết khiếu nại", 3, "quyết định giải quyết khiếu nại"), Q("214 tổ hòa giải ở cơ sở", 214, "tổ hòa giải ở cơ sở")],
[D("Kế hoạch", "363", "KH-TTCP", None, "Thanh tra Chính phủ", "Kế hoạch số 363/KH-TTCP"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 27-CT/TU")],
[prov("Hải Phòng"), com("Tam Hưng"), com("Phục Lễ")],
["HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Trang chủ / Hoạt động giám sát", "Luật Khiếu nại", "Luật Tiếp công dân", "cầu Bính"],
["2023-11-17 16:40", "năm 2023", "31/10/2023", "từ năm 2018", "15/12/2023", "6 vụ việc kéo dài"]))

PAGES.append(page("b2851-gialai-bdv-tongket-2024", """
Báo Gia Lai điện tử
Chính trị » Dân vận
Cập nhật: 15:05, 20/12/2024 (GMT+7)
Toàn cảnh hội nghị.
Gia Lai: Hòa giải thành gần 88% vụ việc mâu thuẫn trong nhân dân
(GLO) - Sáng 19/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Ksor Thị Hơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2024, khối dân vận các cấp đã chủ động nắm tình hình, tham mưu cấp ủy giải quyết nhiều vụ việc phức tạp về đất đai, tôn giáo. Toàn tỉnh có 2.231 tổ hòa giải ở thôn, làng, tổ dân phố đã tiếp nhận 1.854 vụ việc, hòa giải thành 1.629 vụ việc, đạt gần 88%. Khối dân vận tham gia tiếp 3.417 lượt công dân; tham mưu người đứng đầu cấp ủy các cấp tổ chức 214 cuộc đối thoại với nhân dân, trong đó Bí thư Tỉnh ủy đối thoại trực tiếp 2 cuộc.
Các địa phương đã vận động 1.306 hộ đồng bào Jrai, Bahnar trả lại hơn 2.100 ha đất rừng lấn chiếm để trồng lại rừng; giải quyết ổn định vụ tranh chấp đất giữa người dân làng Bi, xã Ia Khươl với Công ty cao su. Tình trạng tụ tập đông người giảm rõ rệt, chỉ còn 3 vụ so với 7 vụ năm 2023.
Tham luận tại hội nghị, ông Rah Lan Hiếu, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, chia sẻ cách làm "3 cùng" của cán bộ dân vận khi xuống làng. Bà Siu H'Nhi, người có uy tín làng Plei Ring, xã Ia Phí, kể việc vận động 2 dòng họ hòa giải tranh chấp đất rẫy kéo dài 8 năm. Ông Rơ Châm Long, Bí thư Đảng ủy xã Ia Ka, đề nghị tỉnh bố trí kinh phí cho hoạt động của tổ hòa giải, hiện mỗi tổ chỉ được hỗ trợ khoảng 400.000 đồng/năm.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 28-CT/TU ngày 5/3/2024 về tăng cường công tác dân vận trong giải quyết tranh chấp đất đai vùng đồng bào dân tộc thiểu số; sơ kết 5 năm thực hiện Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 49-CT/TW về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số.
Phát biểu chỉ đạo, đồng chí Ksor Thị Hơn đề nghị năm 2025 các cấp thực hiện tốt Luật Thực hiện dân chủ ở cơ sở; giữ vững thế trận lòng dân trong thời điểm sắp xếp tổ chức bộ máy; nhân rộng mô hình "Làng không có đơn thư vượt cấp" lên 150 làng.
Dịp này, Ban Dân vận Tỉnh ủy trao Giấy khen cho 16 tập thể và 24 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Ngọc Minh
Tin liên quan
- Chư Păh: hòa giải thành vụ tranh chấp đất rẫy 8 năm (05/12/2024)
- Đối thoại giữa Bí thư Tỉnh ủy với nhân dân xã Ia Khươl (20/11/2024)
- Hội nghị người có uy tín tỉnh Gia Lai năm 2024 (08/11/2024)
- Ia Grai: ra mắt mô hình "Dân vận khéo" trong hòa giải ở cơ sở (25/10/2024)
""", "2024-12-20", "Gia Lai: Hòa giải thành gần 88% vụ việc mâu thuẫn trong nhân dân",
E("tong_ket", "2024", "2024-12-19"),
[P("Ksor Thị Hơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Hiếu", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Siu H'Nhi", "người có uy tín làng Plei Ring"),
 P("Rơ Châm Long", "Bí thư Đảng ủy xã Ia Ka")],
[Q("gần 88%", 88, "%", "approx"), Q("2.231 tổ hòa giải", 2231, "tổ hòa giải"), Q("1.854 vụ việc", 1854, "vụ việc"),
 Q("1.629 vụ việc", 1629, "vụ việc"), Q("3.417 lượt công dân", 3417, "lượt công dân"), Q("214 cuộc đối thoại", 214, "cuộc đối thoại"),
 Q("2 cuộc", 2, "cuộc"), Q("1.306 hộ đồng bào Jrai, Bahnar", 1306, "hộ đồng bào Jrai, Bahnar"), Q("hơn 2.100 ha", 2100, "ha", "over"),
 Q("3 vụ", 3, "vụ"), Q("7 vụ", 7, "vụ"), Q("2 dòng họ", 2, "dòng họ"), Q("khoảng 400.000 đồng/năm", 400000, "đồng", "approx"), Q("150 làng", 150, "làng"),
 Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "28", "CT/TU", "2024-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 5/3/2024"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW")],
[prov("Gia Lai"), com("Ia Khươl"), com("Ia Phí"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Chính trị » Dân vận", "Toàn cảnh hội nghị.", "(GLO)", "Luật Thực hiện dân chủ ở cơ sở",
 "Làng không có đơn thư vượt cấp", "3 cùng"],
["Cập nhật: 15:05, 20/12/2024 (GMT+7)", "năm 2024", "năm 2025", "năm 2023", "3 cùng", "8 năm", "5 năm"]))

PAGES.append(page("b2852-tiengiang-chandung-hoagiai-2024", """
Báo Ấp Bắc
Xã hội > Gương sáng
Thứ Năm, 09/05/2024, 06:30
Ông Nguyễn Văn Tư (bìa phải) trò chuyện với người dân trong ấp. Ảnh: Minh Khoa
Ông Tư "hòa giải" - người giữ yên xóm ấp
Hơn 20 năm làm Tổ trưởng Tổ hòa giải ấp Hòa Lạc, xã Hòa Định (huyện Chợ Gạo), ông Nguyễn Văn Tư (68 tuổi) được bà con trìu mến gọi là "ông Tư hòa giải". Cái tên ấy gắn với hàng trăm cuộc gặp gỡ, thuyết phục các gia đình tranh chấp ranh đất, lối đi, bờ mương trong ấp.
Ông Tư kể, vụ việc khó nhất là tranh chấp 120 m2 đất vườn giữa 2 anh em ruột năm 2016. Người em đã làm đơn gửi lên huyện, người anh tuyên bố "ra tòa thì ra". Ông cùng bà Trần Thị Bé Năm, Chi hội trưởng Chi hội Phụ nữ ấp, và ông Lê Văn Hoành, Bí thư Chi bộ ấp Hòa Lạc, đến nhà từng người hơn 10 lần, mời cả bà con dòng họ cùng ngồi lại. Cuối cùng hai anh em đồng ý chia đôi phần đất, người em rút đơn.
Theo bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Định, từ năm 2019 đến nay, tổ hòa giải ấp Hòa Lạc đã hòa giải thành 47 vụ việc trên tổng số 52 vụ việc được tiếp nhận, không có vụ nào phải chuyển lên cấp trên. Ấp cũng là một trong 3 ấp của xã nhiều năm liền không có đơn thư khiếu nại vượt cấp. Tổ hòa giải của ông có 7 thành viên, đa số là người cao tuổi, cựu chiến binh, trưởng các dòng họ lớn.
"Hòa giải không phải phân xử ai đúng ai sai, mà là giúp người ta nhường nhau một bước. Còn giữ được tình làng nghĩa xóm thì cái gì cũng tính được", ông Tư chia sẻ. Mỗi vụ việc hòa giải thành, tổ được hỗ trợ 200.000 đồng theo Nghị quyết số 10/2019/NQ-HĐND của HĐND tỉnh, số tiền ấy ông thường dành mua trà bánh cho các buổi họp tổ.
Năm 2023, ông Tư được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác hòa giải ở cơ sở, là 1 trong 25 cá nhân tiêu biểu của tỉnh Tiền Giang được biểu dương trong 10 năm thi hành Luật Hòa giải ở cơ sở. Ông Phan Văn Tài, Phó Chủ tịch UBND huyện Chợ Gạo, nhận xét: "Những người như ông Tư chính là cánh tay nối dài của chính quyền, giúp giữ bình yên từ gốc".
Ở tuổi gần 70, ông vẫn đạp xe khắp ấp mỗi chiều, ghé nhà này, hỏi thăm nhà kia. Với ông, hễ nghe trong xóm có chuyện to tiếng là phải đến ngay, "để lâu thành chuyện lớn".
Bài, ảnh: Minh Khoa
Lượt xem: 2.315
Tin liên quan
- Chợ Gạo: kiện toàn 142 tổ hòa giải ở cơ sở (26/04/2024)
- Tiền Giang tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở (10/11/2023)
- Cựu chiến binh tham gia giải quyết mâu thuẫn ở khu dân cư (18/10/2023)
- Gò Công Đông: người có uy tín góp sức giữ bình yên xóm đạo (02/10/2023)
- Tổ hòa giải ấp Bình Thọ ra mắt mô hình "Tổ hòa giải 4 tốt" (15/09/2023)
""", "2024-05-09", 'Ông Tư "hòa giải" - người giữ yên xóm ấp',
E("khac", None, None),
[P("Nguyễn Văn Tư", "Tổ trưởng Tổ hòa giải ấp Hòa Lạc"),
 P("Trần Thị Bé Năm", "Chi hội trưởng Chi hội Phụ nữ ấp"),
 P("Lê Văn Hoành", "Bí thư Chi bộ ấp Hòa Lạc"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Định"),
 P("Phan Văn Tài", "Phó Chủ tịch UBND huyện Chợ Gạo")],
[Q("120 m2", 120, "m2"), Q("2 anh em ruột", 2, "anh em ruột"), Q("47 vụ việc", 47, "vụ việc"), Q("52 vụ việc", 52, "vụ việc"), Q("3 ấp", 3, "ấp"),
 Q("7 thành viên", 7, "thành viên"), Q("200.000 đồng", 200000, "đồng"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Nghị quyết", "10", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2019/NQ-HĐND")],
[prov("Tiền Giang"), com("Hòa Định")],
["Báo Ấp Bắc", "Xã hội > Gương sáng", "Ông Nguyễn Văn Tư (bìa phải) trò chuyện với người dân trong ấp. Ảnh: Minh Khoa",
 "ông Tư hòa giải", "Luật Hòa giải ở cơ sở", "Lượt xem: 2.315"],
["Thứ Năm, 09/05/2024, 06:30", "Hơn 20 năm", "68 tuổi", "hàng trăm cuộc", "hơn 10 lần", "10 năm", "1 trong 25",
 "gần 70", "Lượt xem: 2.315"]))

PAGES.append(page("b2853-quangtri-tiepdan-soket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ › Tin tức - Sự kiện › Tin địa phương
12/07/2024 10:20
Sơ kết 6 tháng công tác tiếp công dân: giảm đơn thư vượt cấp
Chiều 11/7/2024, Ban Tiếp công dân tỉnh phối hợp Ban Dân vận Tỉnh ủy và Thanh tra tỉnh tổ chức hội nghị sơ kết công tác tiếp công dân, giải quyết đơn thư 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Ông Phan Hữu Nam, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Tham dự có 64 đồng chí là lãnh đạo Ban Tiếp công dân, Thanh tra các huyện, thị xã, thành phố.
6 tháng đầu năm 2024, các cơ quan hành chính nhà nước trong tỉnh đã tiếp 1.536 lượt công dân với 1.208 vụ việc, trong đó có 9 đoàn đông người. So với cùng kỳ, số lượt tiếp giảm khoảng 12%, số đơn vượt cấp lên tỉnh giảm 18%. Tổng số đơn tiếp nhận 2.074 đơn, trong đó đơn thuộc thẩm quyền 397 đơn, đã giải quyết 352 đơn, đạt 88,7%. Nội dung chủ yếu liên quan thu hồi đất, bồi thường các dự án điện gió ở huyện Hướng Hóa, dự án đường ven biển và tranh chấp đất đai giữa các hộ dân.
Tại hội nghị, ông Hồ Văn Ni, Phó Chủ tịch UBND huyện Hướng Hóa, cho biết huyện đã đối thoại với 46 hộ đồng bào Vân Kiều, Pa Kô ở xã Hướng Linh, xã Tân Liên về việc chậm chi trả tiền thuê đất của một số doanh nghiệp điện gió; đến nay doanh nghiệp đã chi trả hơn 3,6 tỷ đồng. Bà Hồ Thị Chiên, Trưởng Ban Dân vận Huyện ủy Đakrông, đề xuất đưa người có uy tín vào thành phần tổ hòa giải ở các bản có tranh chấp đất nương.
Ông Lê Quang Thành, Trưởng Ban Tiếp công dân tỉnh, nêu hạn chế: một số địa phương chưa thực hiện nghiêm việc người đứng đầu tiếp công dân định kỳ; tỷ lệ giải quyết đơn ở cấp xã còn thấp; vẫn còn khoảng 20 vụ việc tồn đọng, kéo dài.
Phát biểu chỉ đạo, ông Phan Hữu Nam yêu cầu các sở, ngành, địa phương thực hiện nghiêm Luật Tiếp công dân, Chỉ thị số 35-CT/TW của Bộ Chính trị; triển khai có hiệu quả Quy định số 144-QĐ/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân; giải quyết dứt điểm các vụ việc tồn đọng trước ngày 30/9/2024; phát huy hơn 1.000 tổ hòa giải ở thôn, khu phố.
Hội nghị cũng thống nhất thực hiện Quy chế phối hợp số 04/QCPH-BTCD-BDVTU giữa Ban Tiếp công dân tỉnh và Ban Dân vận Tỉnh ủy trong tiếp công dân, giải quyết khiếu nại liên quan đến đồng bào dân tộc thiểu số và tôn giáo.
Theo Ban Tiếp công dân tỉnh Quảng Trị, thời gian tới khi triển khai các dự án lớn như cảng biển Mỹ Thủy, sân bay Quảng Trị, nguy cơ phát sinh khiếu kiện đông người còn lớn, đòi hỏi các cấp phải chủ động vào cuộc từ sớm.
Nguyễn Vinh
Tin khác
- Hướng Hóa đối thoại với người dân vùng dự án điện gió (28/06/2024)
- Đakrông: tập huấn kỹ năng hòa giải cho người có uy tín (14/06/2024)
- Thường trực Tỉnh ủy tiếp công dân định kỳ tháng 5 (30/05/2024)
""", "2024-07-12", "Sơ kết 6 tháng công tác tiếp công dân: giảm đơn thư vượt cấp",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Phan Hữu Nam", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Văn Ni", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Hồ Thị Chiên", "Trưởng Ban Dân vận Huyện ủy Đakrông"),
 P("Lê Quang Thành", "Trưởng Ban Tiếp công dân tỉnh")],
[Q("64 đồng chí", 64, "đồng chí"), Q("1.536 lượt công dân", 1536, "lượt công dân"), Q("1.208 vụ việc", 1208, "vụ việc"), Q("9 đoàn đông người", 9, "đoàn đông người"),
 Q("khoảng 12%", 12, "%", "approx"), Q("18%", 18, "%"), Q("2.074 đơn", 2074, "đơn"), Q("397 đơn", 397, "đơn"), Q("352 đơn", 352, "đơn"),
 Q("88,7%", 88.7, "%"), Q("46 hộ đồng bào Vân Kiều, Pa Kô", 46, "hộ đồng bào Vân Kiều, Pa Kô"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("khoảng 20 vụ việc tồn đọng, kéo dài", 20, "vụ việc tồn đọng, kéo dài", "approx"), Q("hơn 1.000 tổ hòa giải", 1000, "tổ hòa giải", "over")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quy định", "144", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 144-QĐ/TU"),
 D("Quy chế phối hợp", "04", "QCPH-BTCD-BDVTU", None, None, "Quy chế phối hợp số 04/QCPH-BTCD-BDVTU")],
[prov("Quảng Trị"), com("Hướng Linh"), com("Tân Liên")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Trang chủ › Tin tức - Sự kiện › Tin địa phương", "Luật Tiếp công dân",
 "cảng biển Mỹ Thủy", "sân bay Quảng Trị"],
["12/07/2024 10:20", "64 đồng chí", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "30/9/2024"]))

PAGES.append(page("b2854-phutho-xa-daihoi-mttq-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẠC - TỈNH PHÚ THỌ
Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Thứ Tư, 08/10/2025 - 15:00
Quang cảnh Đại hội. Ảnh: Bùi Hằng
Đại hội đại biểu MTTQ Việt Nam xã Tân Lạc lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 7/10/2025, Ủy ban MTTQ Việt Nam xã Tân Lạc long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có đồng chí Quách Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ; đồng chí Bùi Văn Khén, Bí thư Đảng ủy xã cùng 150 đại biểu đại diện cho hơn 21.000 nhân dân các dân tộc Mường, Kinh, Dao trong xã.
Xã Tân Lạc được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Mãn Đức, xã Thanh Hối và xã Tử Nê của huyện Tân Lạc (tỉnh Hòa Bình cũ). Báo cáo tổng hợp kết quả nhiệm kỳ trước của 3 đơn vị cho thấy, Mặt trận các cấp đã phối hợp 34 tổ hòa giải ở xóm, khu phố hòa giải thành 268 vụ việc trên tổng số 301 vụ việc, đạt 89%; Ban Thanh tra nhân dân tiếp nhận 57 kiến nghị, giám sát 46 công trình đầu tư công. Mặt trận đã tham gia 19 buổi tiếp công dân, đối thoại của người đứng đầu cấp ủy với nhân dân, tham gia giải quyết vụ tụ tập của khoảng 60 hộ dân xóm Chiềng phản đối việc thu hồi đất làm bãi rác năm 2023.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được nhân dân hưởng ứng; nhân dân hiến hơn 12.000 m2 đất, góp khoảng 4,5 tỷ đồng làm đường giao thông, nhà văn hóa. Mặt trận đã vận động xây dựng 27 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.
Phát biểu tại Đại hội, đồng chí Bùi Văn Khén đề nghị Mặt trận xã nhiệm kỳ mới thực hiện tốt Kết luận số 18-KL/TW của Bộ Chính trị, Ban Bí thư về tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ; chủ động nắm tình hình, phối hợp giải quyết kịp thời đơn thư, kiến nghị ngay từ cơ sở, không để phát sinh "điểm nóng" trong giai đoạn vận hành chính quyền hai cấp.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Tại hội nghị lần thứ nhất, bà Đinh Thị Mươn, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Dân vận Đảng ủy xã được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Quách Văn Nhình và bà Hà Thị Lệ Hằng được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đại hội đã bầu 6 đại biểu chính thức dự Đại hội đại biểu MTTQ Việt Nam tỉnh Phú Thọ lần thứ I và thông qua Nghị quyết Đại hội với 8 chỉ tiêu chủ yếu.
Bùi Hằng
Tin cùng chuyên mục
- Hội Nông dân xã Tân Lạc tổ chức Đại hội lần thứ I (25/09/2025)
- Ra mắt Ban Thanh tra nhân dân xã Tân Lạc (15/09/2025)
- Đối thoại giữa Bí thư Đảng ủy xã với nhân dân xóm Chiềng (28/08/2025)
""", "2025-10-08", "Đại hội đại biểu MTTQ Việt Nam xã Tân Lạc lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-10-07"),
[P("Quách Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"),
 P("Bùi Văn Khén", "Bí thư Đảng ủy xã"),
 P("Đinh Thị Mươn", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Dân vận Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Quách Văn Nhình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hà Thị Lệ Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 21.000 nhân dân", 21000, "nhân dân", "over"), Q("3 đơn vị", 3, "đơn vị"),
 Q("34 tổ hòa giải", 34, "tổ hòa giải"), Q("268 vụ việc", 268, "vụ việc"), Q("301 vụ việc", 301, "vụ việc"), Q("89%", 89, "%"),
 Q("57 kiến nghị", 57, "kiến nghị"), Q("46 công trình đầu tư công", 46, "công trình đầu tư công"), Q("19 buổi tiếp công dân", 19, "buổi tiếp công dân"),
 Q("khoảng 60 hộ dân", 60, "hộ dân", "approx"), Q("hơn 12.000 m2", 12000, "m2", "over"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("27 căn nhà Đại đoàn kết", 27, "căn nhà Đại đoàn kết"), Q("45 vị", 45, "vị"), Q("6 đại biểu chính thức", 6, "đại biểu chính thức"),
 Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu")],
[D("Kết luận", "18", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 18-KL/TW")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Tân Lạc"), com("Mãn Đức"), com("Thanh Hối"), com("Tử Nê")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẠC - TỈNH PHÚ THỌ", "Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Quang cảnh Đại hội. Ảnh: Bùi Hằng", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Tư, 08/10/2025 - 15:00", "lần thứ I", "2025 - 2030", "1/7/2025", "năm 2023", "hai cấp", "khóa I", "lần thứ nhất"]))
