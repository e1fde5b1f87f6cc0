from lib import *
PAGES = []

PAGES.append(page("b7307-thanhhoa-bdvtu-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Vị trí: Trang chủ >> Hoạt động >> Tin trong tỉnh
Thứ Sáu, 07/10/2016 - 10:05
Đồng chí Lê Thị Thanh Bình phát biểu kết luận giao ban.
Giao ban khối dân vận quý III: Nhân rộng cách làm điện chiếu sáng bằng sức dân
Sáng 5/10, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban công tác dân vận quý III/2016 với Ban Dân vận các huyện, thị, thành ủy và khối Mặt trận, đoàn thể tỉnh. Đồng chí Lê Thị Thanh Bình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có 37 đồng chí.
Báo cáo tại giao ban do đồng chí Mai Xuân Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, quý III, các cấp đã tập trung triển khai Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới và về phát huy vai trò nhân dân trong giữ gìn an ninh thôn, bản. Trong 3 tháng, nhân dân các huyện đồng bằng và trung du đã đóng góp trên 4,1 tỷ đồng, 12.600 ngày công để lắp đặt đèn chiếu sáng trên 236 km đường thôn, xóm; 27 bản ở các huyện miền núi Thường Xuân, Quan Sơn lần đầu có đèn năng lượng mặt trời do Bộ đội Biên phòng và doanh nghiệp tài trợ.
Tại giao ban, đồng chí Lê Văn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Hoằng Hóa, cho biết huyện đã có 39/43 xã, thị trấn hoàn thành điện chiếu sáng trục chính; nhiều thôn còn thành lập tổ tự quản "Đường sáng - An toàn", góp phần giảm 30% số vụ trộm cắp tài sản so với cùng kỳ. Đồng chí Phạm Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị khi vận động phải thực hiện đúng Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội, để Ban Thanh tra nhân dân giám sát từ khâu dự toán.
Một số ý kiến phản ánh, ở xã Quảng Hợp và xã Thiệu Toán có thôn vận động vượt quá khả năng của dân, mức đóng lên tới 700.000 đồng/hộ, gây băn khoăn trong nhân dân; đề nghị cấp ủy rà soát, điều chỉnh.
Kết luận giao ban, đồng chí Lê Thị Thanh Bình yêu cầu quý IV tập trung tổng kết 5 năm thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; không để xảy ra tình trạng "ép dân" đóng góp; biểu dương kịp thời những thôn, bản làm tốt. Ban Dân vận Tỉnh ủy sẽ ban hành Hướng dẫn số 15-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong thắp sáng đường quê trước ngày 20/10/2016.
Quý III, Ban Dân vận các cấp đã tiếp 214 lượt công dân, nhận 58 đơn thư; đã chuyển, giải quyết 51 đơn, đạt 87,9%. Tình hình tư tưởng cán bộ, đảng viên và nhân dân cơ bản ổn định.
Nguyễn Mạnh
Tin liên quan
- Giao ban công tác dân vận quý II/2016 (08/07/2016)
- Hội nghị tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (15/06/2016)
- Bá Thước: 5 bản ra mắt mô hình "Bản sáng, bản an toàn" (02/06/2016)
""", "2016-10-07", "Giao ban khối dân vận quý III: Nhân rộng cách làm điện chiếu sáng bằng sức dân",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Lê Thị Thanh Bình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mai Xuân Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoằng Hóa"),
 P("Phạm Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("37 đồng chí", 37, "đồng chí"), Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("12.600 ngày công", 12600, "ngày công"),
 Q("236 km", 236, "km"), Q("27 bản", 27, "bản"), Q("39/43 xã, thị trấn", 39, "xã, thị trấn"), Q("30%", 30, "%"),
 Q("700.000 đồng", 700000, "đồng"), Q("214 lượt công dân", 214, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"),
 Q("51 đơn", 51, "đơn"), Q("87,9%", 87.9, "%")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU")],
[prov("Thanh Hóa"), com("Quảng Hợp"), com("Thiệu Toán")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Vị trí: Trang chủ >> Hoạt động >> Tin trong tỉnh",
 "Đồng chí Lê Thị Thanh Bình phát biểu kết luận giao ban.", "Đường sáng - An toàn", "Ban Thanh tra nhân dân",
 "Dân vận khéo", "ép dân", "Bộ đội Biên phòng"],
["Thứ Sáu, 07/10/2016 - 10:05", "37 đồng chí", "quý III/2016", "3 tháng", "quý IV", "5 năm", "Quý III"]))

PAGES.append(page("b7308-haugiang-tinhdoan-tongket-2017", """
Báo Hậu Giang Online
Thời sự > Đoàn thể
15/12/2017 - 16:30
Toàn cảnh hội nghị tổng kết.
Tuổi trẻ Hậu Giang thắp sáng 312 km đường quê
Ngày 14/12, Ban Chấp hành Tỉnh đoàn Hậu Giang tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2017, trong đó công trình "Thắp sáng đường quê" được xem là dấu ấn nổi bật của năm.
Theo báo cáo, thực hiện Chương trình hành động số 18-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn, năm 2017 các cơ sở Đoàn đã vận động xây dựng 312 km đường điện chiếu sáng nông thôn với 5.480 bóng đèn, tổng giá trị hơn 6 tỷ đồng. Đặc biệt, phần lớn tuyến đèn ven kênh xáng, đường ra ruộng được lắp bằng đèn năng lượng mặt trời, với 1.126 trụ đèn. Ngoài đoàn viên, thanh niên góp công, nguồn kinh phí chủ yếu do bà con trong ấp, người con xa quê và các mạnh thường quân đóng góp.
Chị Trần Thị Ngọc Hân, Bí thư Đoàn xã Vị Thanh Đông (huyện Vị Thủy), chia sẻ: cả xã có 9 ấp thì 9 ấp đều có tuyến đèn thanh niên; đoàn viên chia ra từng nhóm 3 - 4 người, mỗi nhóm "nhận" một đoạn đường, vừa vận động vừa trông coi. "Nhiều cô chú nói, tụi nhỏ chịu khó đi từng nhà nên góp cho vui, nhưng sáng đường thì ai cũng mừng", chị Hân nói.
Anh Lý Văn Đức, Bí thư Huyện đoàn Long Mỹ, cho biết huyện đoàn chọn cách làm "cuốn chiếu": hoàn thành tuyến nào, bàn giao cho Ban nhân dân ấp quản lý tuyến đó. Năm 2017, Long Mỹ có 46 tuyến được bàn giao, chi phí điện hằng tháng do các hộ hưởng lợi góp khoảng 10.000 đồng mỗi hộ.
Ngoài công trình thắp sáng, năm 2017 Tỉnh đoàn còn phối hợp xây dựng 24 căn nhà nhân ái, trị giá mỗi căn 40 triệu đồng; tổ chức 86 điểm dạy bơi, giới thiệu việc làm cho hơn 2.300 lượt đoàn viên, thanh niên; kết nạp 1.412 đoàn viên mới.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy, ghi nhận những đóng góp của tuổi trẻ, đồng thời lưu ý Tỉnh đoàn khi vận động nguồn lực phải công khai, minh bạch, tránh trùng lắp với các công trình của Hội Nông dân, Hội Cựu chiến binh trên cùng tuyến đường. Đồng chí đề nghị Đoàn bám sát Nghị quyết 09-NQ/TU của Tỉnh ủy về xây dựng nông thôn mới gắn với đô thị văn minh.
Thay mặt Ban Thường vụ, anh Nguyễn Minh Hải, Bí thư Tỉnh đoàn, cho biết năm 2018 toàn tỉnh phấn đấu có thêm khoảng 150 km đường được thắp sáng; mỗi huyện, thị xã, thành phố có ít nhất 1 tuyến đèn năng lượng mặt trời kiểu mẫu.
Dịp này, Trung ương Đoàn tặng bằng khen cho 2 tập thể, Tỉnh đoàn tặng bằng khen cho 38 tập thể và 57 cá nhân có thành tích xuất sắc.
Ngọc Trâm
Tin cùng chuyên mục
- Hội thi "Thanh niên với pháp luật" năm 2017 (10/12/2017)
- Ra mắt câu lạc bộ khởi nghiệp thanh niên nông thôn (30/11/2017)
- Tỉnh đoàn trao 500 phần quà cho thiếu nhi nghèo (20/11/2017)
""", "2017-12-15", "Tuổi trẻ Hậu Giang thắp sáng 312 km đường quê",
E("tong_ket", "2017", "2017-12-14"),
[P("Trần Thị Ngọc Hân", "Bí thư Đoàn xã Vị Thanh Đông"),
 P("Lý Văn Đức", "Bí thư Huyện đoàn Long Mỹ"),
 P("Huỳnh Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Hải", "Bí thư Tỉnh đoàn")],
[Q("312 km", 312, "km"), Q("5.480 bóng đèn", 5480, "bóng đèn"), Q("hơn 6 tỷ đồng", 6000000000, "đồng", "over"),
 Q("1.126 trụ đèn", 1126, "trụ đèn"), Q("9 ấp", 9, "ấp"), Q("3 - 4 người", 3, "người"), Q("4 người", 4, "người"),
 Q("46 tuyến", 46, "tuyến"), Q("khoảng 10.000 đồng", 10000, "đồng", "approx"), Q("24 căn nhà nhân ái", 24, "căn nhà nhân ái"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("86 điểm dạy bơi", 86, "điểm dạy bơi"),
 Q("hơn 2.300 lượt đoàn viên, thanh niên", 2300, "lượt đoàn viên, thanh niên", "over"),
 Q("1.412 đoàn viên mới", 1412, "đoàn viên mới"), Q("khoảng 150 km", 150, "km", "approx"),
 Q("ít nhất 1 tuyến đèn năng lượng mặt trời kiểu mẫu", 1, "tuyến đèn năng lượng mặt trời kiểu mẫu", "over"),
 Q("2 tập thể", 2, "tập thể"), Q("38 tập thể", 38, "tập thể"), Q("57 cá nhân", 57, "cá nhân")],
[D("Chương trình hành động", "18", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 18-CTr/TĐTN"),
 D("Nghị quyết", "09", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 09-NQ/TU")],
[prov("Hậu Giang"), com("Vị Thanh Đông")],
["Báo Hậu Giang Online", "Thời sự > Đoàn thể", "Toàn cảnh hội nghị tổng kết.", "Thắp sáng đường quê", "cuốn chiếu",
 "Ban nhân dân ấp"],
["15/12/2017 - 16:30", "năm 2017", "năm 2018"]))

PAGES.append(page("b7309-quangnam-bdvtu-hoinghi-2018", """
QUẢNG NAM ONLINE - Báo Quảng Nam
Chính trị › Xây dựng Đảng
Cập nhật: 09:42, 03/08/2018 (GMT+7)
Biểu dương 45 mô hình "Dân vận khéo" thắp sáng đường quê
(QNO) - Chiều 2/8, tại Tam Kỳ, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị biểu dương các mô hình "Dân vận khéo" trong xây dựng nông thôn mới năm 2018, chủ đề "Thắp sáng đường quê". Đồng chí Võ Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Đình Vui, Hồ Văn Bảy dự hội nghị. Đến dự còn có đồng chí Trần Thị Thu Lài, Phó Chủ tịch UBND tỉnh và 180 đại biểu là người có uy tín, già làng, trưởng thôn tiêu biểu.
Người dân xã Tam Đàn bên tuyến đèn do chính họ góp tiền lắp đặt. Ảnh: PHAN VINH
Theo Ban Dân vận Tỉnh ủy, sau 2 năm thực hiện Kế hoạch số 27-KH/BDVTU, toàn tỉnh đã có 45 mô hình "Dân vận khéo" gắn với thắp sáng đường quê được công nhận, trong đó 11 mô hình ở các huyện miền núi. Nhân dân đã đóng góp gần 14 tỷ đồng, hiến hơn 3.000 m2 đất làm trụ đèn và trạm biến áp; hơn 640 km đường giao thông nông thôn đã có đèn, đạt 71% kế hoạch.
Tại hội nghị, nhiều cách làm hay được chia sẻ. Ông Bríu Pố, già làng thôn A Xòo, xã Ga Ri (huyện Tây Giang) kể, khi nghe xã nói có đèn năng lượng mặt trời, bà con người Cơ Tu tự nguyện góp gần 900 ngày công mang cột, cát lên thôn. Bà Nguyễn Thị Thanh Hoa, Chủ tịch Hội LHPN xã Tam Đàn cho biết, chi hội nào cũng có "Quỹ thắp sáng" từ việc bán ve chai, phế liệu, mỗi năm góp được khoảng 15 triệu đồng trả tiền điện.
Đồng chí Trần Thị Thu Lài đánh giá việc huy động sức dân đã giúp tỉnh tiết kiệm ngân sách, nhưng đề nghị các địa phương thực hiện đúng Nghị định 24/1999/NĐ-CP của Chính phủ về quy chế tổ chức huy động, quản lý và sử dụng các khoản đóng góp tự nguyện của nhân dân; không để "nợ đọng" xây dựng cơ bản ở cấp xã.
Phát biểu kết luận, đồng chí Võ Thị Kim Liên đề nghị các cấp ủy tiếp tục thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương khóa XI về công tác dân vận; nhân rộng các mô hình đã được biểu dương; phấn đấu đến năm 2020 mỗi xã có ít nhất 1 mô hình "Dân vận khéo".
Theo kế hoạch, từ nay đến cuối năm 2018, toàn tỉnh sẽ lắp thêm đèn trên khoảng 120 km đường, ưu tiên các thôn vùng giáp ranh, khu tái định cư và các tuyến đường dẫn vào trường học.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 45 mô hình, mỗi mô hình kèm 2 triệu đồng tiền thưởng.
HỒNG ANH
Các tin khác
- Núi Thành: Ra mắt mô hình "Đường hoa, đường sáng" (30/07/2018)
- Tập huấn công tác dân vận chính quyền (25/07/2018)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (18/07/2018)
- Tây Giang: 15 thôn có đèn năng lượng mặt trời (10/07/2018)
""", "2018-08-03", "Biểu dương 45 mô hình \"Dân vận khéo\" thắp sáng đường quê",
E("hoi_nghi", "2018", "2018-08-02"),
[P("Võ Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Vui", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Lài", "Phó Chủ tịch UBND tỉnh"),
 P("Bríu Pố", "già làng thôn A Xòo"),
 P("Nguyễn Thị Thanh Hoa", "Chủ tịch Hội LHPN xã Tam Đàn")],
[Q("45 mô hình", 45, "mô hình"), Q("180 đại biểu", 180, "đại biểu"), Q("11 mô hình", 11, "mô hình"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("hơn 3.000 m2", 3000, "m2", "over"),
 Q("hơn 640 km", 640, "km", "over"), Q("71%", 71, "%"), Q("gần 900 ngày công", 900, "ngày công", "approx"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("khoảng 120 km", 120, "km", "approx")],
[D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU"),
 D("Nghị định", "24", "1999/NĐ-CP", None, "Chính phủ", "Nghị định 24/1999/NĐ-CP"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Quảng Nam"), com("Tam Đàn"), com("Ga Ri")],
["QUẢNG NAM ONLINE - Báo Quảng Nam", "Chính trị › Xây dựng Đảng", "(QNO)", "Dân vận khéo", "Thắp sáng đường quê",
 "Người dân xã Tam Đàn bên tuyến đèn do chính họ góp tiền lắp đặt. Ảnh: PHAN VINH", "Quỹ thắp sáng", "nợ đọng"],
["Cập nhật: 09:42, 03/08/2018 (GMT+7)", "năm 2018", "2 năm", "năm 2020", "khóa XI"]))

PAGES.append(page("b7310-camau-khanhbinhdong-doithoai-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI
Tin tức sự kiện | Tin địa phương
Ngày 22/11/2018 | 08:50
Chủ tịch UBND xã Khánh Bình Đông đối thoại với dân về tuyến đèn ven kênh
Ngày 20/11/2018, UBND xã Khánh Bình Đông, huyện Trần Văn Thời, tỉnh Cà Mau tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2018, tập trung vào việc vận động đóng góp làm tuyến đèn chiếu sáng dọc kênh Ba Tỉnh và kênh Đội Cường.
Ông Lâm Văn Khởi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại; cùng dự có ông Tô Minh Nghĩa, Phó Trưởng Ban Dân vận Huyện ủy Trần Văn Thời và 126 hộ dân thuộc 4 ấp Cơi Năm, Công Nghiệp, Kinh Hòn, Đá Bạc.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Buổi đối thoại được tổ chức theo Kế hoạch số 96/KH-UBND ngày 5/10/2018 của UBND huyện và Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy về đối thoại trực tiếp giữa người đứng đầu chính quyền với nhân dân. Mở đầu, ông Lâm Văn Khởi thông tin: dự kiến tuyến đèn dài khoảng 8,5 km, gồm 170 trụ đèn năng lượng mặt trời, tổng kinh phí gần 1,3 tỷ đồng. Ngân sách xã và nguồn xã hội hóa từ doanh nghiệp bảo đảm 60%, phần còn lại vận động nhân dân theo tinh thần tự nguyện.
Nhiều hộ dân thẳng thắn nêu ý kiến. Ông Huỳnh Văn Sáu, ấp Kinh Hòn, hỏi: "Nhà tôi ở cuối kênh, đèn lắp tới năm sau mới tới, sao phải đóng bằng người ở đầu kênh?". Bà Dương Thị Mỹ, ấp Đá Bạc, đề nghị xã cho người dân góp bằng ngày công vì mùa tôm vừa rồi thất bát. Một số ý kiến muốn biết ai sẽ trả tiền thay bình ắc quy sau vài năm sử dụng.
Trả lời, ông Lâm Văn Khởi cho biết xã sẽ chia tuyến thành 3 giai đoạn, hộ ở đoạn nào góp khi đoạn đó thi công; mức góp bình quân 300.000 đồng/hộ, hộ nghèo, hộ cận nghèo được miễn; hộ khó khăn có thể góp bằng ngày công. Ban Thanh tra nhân dân xã sẽ giám sát việc thu, chi và công khai tại từng ấp. Việc bảo trì ắc quy do Tổ tự quản đèn đường của ấp đảm nhận, kinh phí trích từ quỹ ấp.
Ông Tô Minh Nghĩa đánh giá buổi đối thoại dân chủ, cởi mở, đúng tinh thần Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn. Ông đề nghị xã tiếp thu đầy đủ 17 ý kiến của người dân, trả lời bằng văn bản những nội dung chưa giải đáp được tại hội nghị.
Kết thúc buổi đối thoại, 98% hộ dự họp biểu quyết đồng ý chủ trương làm đèn. Bà Nguyễn Thị Hồng Cúc, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ phối hợp với 4 ban nhân dân ấp hoàn thành việc vận động trước Tết Nguyên đán Kỷ Hợi 2019, phấn đấu khởi công giai đoạn 1 vào tháng 1/2019.
Hoàng Nam (Đài TT huyện)
Tin khác
- Xã Khánh Hải ra mắt mô hình "Dân vận khéo" trong nuôi tôm (14/11/2018)
- Trần Văn Thời: Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện (06/11/2018)
- Hội Nông dân xã Khánh Lộc trao 20 bình lọc nước (29/10/2018)
""", "2018-11-22", "Chủ tịch UBND xã Khánh Bình Đông đối thoại với dân về tuyến đèn ven kênh",
E("doi_thoai", "2018", "2018-11-20"),
[P("Lâm Văn Khởi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Tô Minh Nghĩa", "Phó Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Huỳnh Văn Sáu"), P("Dương Thị Mỹ"),
 P("Nguyễn Thị Hồng Cúc", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("126 hộ dân", 126, "hộ dân"), Q("4 ấp", 4, "ấp"), Q("khoảng 8,5 km", 8.5, "km", "approx"),
 Q("170 trụ đèn năng lượng mặt trời", 170, "trụ đèn năng lượng mặt trời"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("60%", 60, "%"), Q("3 giai đoạn", 3, "giai đoạn"), Q("300.000 đồng", 300000, "đồng"), Q("17 ý kiến", 17, "ý kiến"),
 Q("98%", 98, "%"), Q("4 ban nhân dân ấp", 4, "ban nhân dân ấp")],
[D("Kế hoạch", "96", "KH-UBND", "2018-10-05", "UBND huyện", "Kế hoạch số 96/KH-UBND ngày 5/10/2018"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Cà Mau"), com("Khánh Bình Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI", "Tin tức sự kiện | Tin địa phương", "Quang cảnh buổi đối thoại tại hội trường UBND xã.",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", "Ban Thanh tra nhân dân", "Tổ tự quản đèn đường"],
["Ngày 22/11/2018 | 08:50", "năm 2018", "vài năm", "giai đoạn 1", "tháng 1/2019", "Kỷ Hợi 2019"]))

PAGES.append(page("b7311-phutho-hlhpn-daihoi-2019", """
Báo Phú Thọ điện tử
Xã hội - Đoàn thể / Phụ nữ
Cập nhật: 17/05/2019 - 07:10
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Phụ nữ xã Hương Nộn: Nhiệm kỳ mới, thêm những con đường sáng
Ngày 15/5, Hội LHPN xã Hương Nộn, huyện Tam Nông tổ chức Đại hội đại biểu phụ nữ xã lần thứ XVIII, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp cơ sở của huyện. Về dự có đồng chí Hà Thị Thu Trang, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Nguyễn Thị Lan Anh, Chủ tịch Hội LHPN huyện Tam Nông cùng 120 đại biểu đại diện cho hơn 1.350 hội viên trong toàn xã.
Nhiệm kỳ 2016 - 2019, điểm sáng của Hội là phong trào "Thắp sáng đường quê" do phụ nữ khởi xướng. Từ 2 tuyến đèn thí điểm ở khu 4 và khu 7, đến nay 12/12 khu dân cư của xã đều có đường điện chiếu sáng, tổng chiều dài 17,2 km với 438 bóng đèn; hội viên đóng góp khoảng 520 triệu đồng, hơn 2.000 ngày công. Hội còn giúp 36 hộ thoát nghèo, vận động xây dựng 3 "Mái ấm tình thương" trị giá mỗi căn 50 triệu đồng. Nhiệm kỳ qua, Hội đã tổ chức 24 buổi tuyên truyền về an toàn điện, tiết kiệm điện cho hơn 900 lượt hội viên; thành lập 12 tổ phụ nữ tự quản đèn đường, mỗi tổ từ 5 đến 7 người.
Bà Đinh Thị Hạnh, Chi hội trưởng Chi hội phụ nữ khu 7, kể: "Ban đầu nhiều người nghĩ làm đèn là việc của đàn ông, của xã. Chị em đi từng nhà, ai góp tiền thì góp, ai không có tiền thì góp cây tre, góp bữa cơm cho thợ. Giờ tối nào các cụ cũng ra đường đi bộ, trẻ con đi học thêm về không sợ".
Phát biểu chỉ đạo, đồng chí Hà Thị Thu Trang ghi nhận kết quả đạt được, đề nghị Hội LHPN xã tiếp tục thực hiện Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XII, Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới; duy trì tốt việc quản lý các tuyến đèn, gắn với tiêu chí "đường sáng, xanh, sạch, đẹp".
Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí. Tại hội nghị lần thứ nhất, bà Lê Thị Minh Huệ được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN xã khóa XVIII; bà Phùng Thị Oanh được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 7 đại biểu chính thức đi dự Đại hội đại biểu phụ nữ huyện Tam Nông lần thứ XXI.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2019 - 2024, trong đó phấn đấu 100% tuyến đường trục xã, liên khu có đèn chiếu sáng, thay thế dần bằng đèn LED tiết kiệm điện; mỗi năm kết nạp từ 50 hội viên mới trở lên.
Phương Thanh
Tin liên quan
- Thanh Sơn: Đại hội điểm Hội LHPN cấp cơ sở (10/05/2019)
- Phụ nữ Lâm Thao ra mắt mô hình "Đoạn đường phụ nữ tự quản" (25/04/2019)
- Hội LHPN tỉnh triển khai đại hội phụ nữ các cấp (12/03/2019)
""", "2019-05-17", "Đại hội Phụ nữ xã Hương Nộn: Nhiệm kỳ mới, thêm những con đường sáng",
E("dai_hoi", None, "2019-05-15"),
[P("Hà Thị Thu Trang", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Lan Anh", "Chủ tịch Hội LHPN huyện Tam Nông"),
 P("Đinh Thị Hạnh", "Chi hội trưởng Chi hội phụ nữ khu 7"),
 P("Lê Thị Minh Huệ", "Chủ tịch Hội LHPN xã khóa XVIII"),
 P("Phùng Thị Oanh", "Phó Chủ tịch Hội LHPN xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 1.350 hội viên", 1350, "hội viên", "over"), Q("2 tuyến đèn thí điểm", 2, "tuyến đèn thí điểm"),
 Q("12/12 khu dân cư", 12, "khu dân cư"), Q("17,2 km", 17.2, "km"), Q("438 bóng đèn", 438, "bóng đèn"),
 Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx"), Q("hơn 2.000 ngày công", 2000, "ngày công", "over"),
 Q("36 hộ", 36, "hộ"), Q("3 \"Mái ấm tình thương\"", 3, "Mái ấm tình thương"), Q("50 triệu đồng", 50000000, "đồng"), Q("24 buổi tuyên truyền", 24, "buổi tuyên truyền"),
 Q("hơn 900 lượt hội viên", 900, "lượt hội viên", "over"), Q("12 tổ phụ nữ tự quản đèn đường", 12, "tổ phụ nữ tự quản đèn đường"),
 Q("5", 5, "người"), Q("7 người", 7, "người"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"), Q("100%", 100, "%"),
 Q("từ 50 hội viên mới trở lên", 50, "hội viên mới", "over")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/1/2018")],
[prov("Phú Thọ"), com("Hương Nộn")],
["Báo Phú Thọ điện tử", "Xã hội - Đoàn thể / Phụ nữ", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Thắp sáng đường quê",
 "đường sáng, xanh, sạch, đẹp", "Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XII"],
["Cập nhật: 17/05/2019 - 07:10", "lần thứ XVIII", "2019 - 2024", "2016 - 2019", "khu 4", "khu 7", "15 đồng chí", "lần thứ XXI", "lần thứ XII", "mỗi năm"]))

PAGES.append(page("b7312-bacgiang-bdvhu-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ » Dân vận chính quyền » Tin cơ sở
21.12.2020 | 16:05
Lục Ngạn báo cáo kết quả thực hiện phong trào thắp sáng đường quê năm 2020
Ban Dân vận Huyện ủy Lục Ngạn vừa có Báo cáo số 142-BC/BDVHU ngày 18/12/2020 gửi Ban Dân vận Tỉnh ủy về kết quả công tác vận động nhân dân tham gia phong trào thắp sáng đường quê năm 2020. Báo cáo cho thấy, dù chịu ảnh hưởng của dịch Covid-19 và giá vải thiều giảm, phong trào vẫn được nhân dân các dân tộc trong huyện hưởng ứng tích cực.
Tuyến đèn năng lượng mặt trời tại thôn Khuôn Vố, xã Tân Sơn.
Theo báo cáo, năm 2020 toàn huyện lắp mới 1.915 bộ đèn, trong đó 1.240 bộ đèn năng lượng mặt trời, trên 154 km đường thôn, xóm; tổng kinh phí khoảng 8,9 tỷ đồng. Nhân dân đóng góp 3,7 tỷ đồng, chiếm 41,6%; phần còn lại từ ngân sách hỗ trợ theo Nghị quyết số 07/2019/NQ-HĐND của HĐND tỉnh và các doanh nghiệp, nhà vườn. 28/29 xã, thị trấn có đường trục thôn được chiếu sáng, riêng 6 xã vùng cao như Sa Lý, Phong Minh, Tân Sơn, Cấm Sơn đạt hơn 80% số thôn.
Báo cáo nêu một số cách làm hiệu quả. Ở xã Tân Sơn, người có uy tín trong đồng bào Nùng, Sán Dìu được mời tham gia tổ vận động; ông Hoàng Văn Pẩu, người có uy tín thôn Khuôn Vố, đã đi từng nhà vận động 74 hộ góp tiền, góp công. Ở xã Phong Minh, Chi hội Cựu chiến binh nhận trông coi 11 tuyến đèn, thay bóng hỏng trong vòng 48 giờ. Cả huyện có 52 mô hình "Dân vận khéo" gắn với phong trào, tăng 17 mô hình so với năm 2019. Trong năm, các thôn đã tổ chức 87 cuộc họp bàn việc làm đèn với hơn 5.600 lượt người dự; không phát sinh đơn thư khiếu nại liên quan đến việc đóng góp.
Cũng theo báo cáo, vẫn còn 23 thôn ở vùng sâu chưa có đèn chiếu sáng do địa hình chia cắt, dân cư thưa; một số tuyến đèn năng lượng mặt trời lắp năm 2017 - 2018 đã xuống cấp, ắc quy hỏng nhưng chưa có kinh phí thay thế.
Ông Vi Văn Thành, Phó Bí thư Thường trực Huyện ủy Lục Ngạn, nhận định: phong trào thành công vì cấp ủy thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" theo tinh thần Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị. Năm 2021, huyện phấn đấu xóa 23 thôn "trắng" đèn chiếu sáng.
Theo đồng chí Nông Thị Hải, Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang, báo cáo của Lục Ngạn sẽ được dùng làm tài liệu tham khảo tại hội nghị tổng kết công tác dân vận toàn tỉnh sắp tới.
Đặng Hưng
Tin khác
- Yên Thế: đối thoại với nhân dân về giải phóng mặt bằng (15/12/2020)
- Sơn Động: 27 thôn ra mắt mô hình "Thôn sáng - xanh - sạch" (08/12/2020)
- Hội nghị tập huấn công tác dân vận năm 2020 (01/12/2020)
""", "2020-12-21", "Lục Ngạn báo cáo kết quả thực hiện phong trào thắp sáng đường quê năm 2020",
E("bao_cao", "2020", "2020-12-18"),
[P("Hoàng Văn Pẩu", "người có uy tín thôn Khuôn Vố"),
 P("Vi Văn Thành", "Phó Bí thư Thường trực Huyện ủy Lục Ngạn"),
 P("Nông Thị Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang")],
[Q("1.915 bộ đèn", 1915, "bộ đèn"), Q("1.240 bộ đèn năng lượng mặt trời", 1240, "bộ đèn năng lượng mặt trời"),
 Q("trên 154 km", 154, "km", "over"), Q("khoảng 8,9 tỷ đồng", 8900000000, "đồng", "approx"), Q("3,7 tỷ đồng", 3700000000, "đồng"),
 Q("41,6%", 41.6, "%"), Q("28/29 xã, thị trấn", 28, "xã, thị trấn"), Q("6 xã vùng cao", 6, "xã vùng cao"),
 Q("hơn 80%", 80, "%", "over"), Q("74 hộ", 74, "hộ"), Q("11 tuyến đèn", 11, "tuyến đèn"), Q("52 mô hình", 52, "mô hình"),
 Q("17 mô hình", 17, "mô hình"), Q("23 thôn", 23, "thôn"), Q("87 cuộc họp", 87, "cuộc họp"), Q("hơn 5.600 lượt người", 5600, "lượt người", "over")],
[D("Báo cáo", "142", "BC/BDVHU", "2020-12-18", "Ban Dân vận Huyện ủy Lục Ngạn", "Báo cáo số 142-BC/BDVHU ngày 18/12/2020"),
 D("Nghị quyết", "07", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2019/NQ-HĐND"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Sa Lý"), com("Phong Minh"), com("Cấm Sơn")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ » Dân vận chính quyền » Tin cơ sở",
 "Tuyến đèn năng lượng mặt trời tại thôn Khuôn Vố, xã Tân Sơn.", "Dân vận khéo",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Chi hội Cựu chiến binh", "Covid-19"],
["21.12.2020 | 16:05", "năm 2020", "48 giờ", "năm 2019", "2017 - 2018", "Năm 2021"]))
