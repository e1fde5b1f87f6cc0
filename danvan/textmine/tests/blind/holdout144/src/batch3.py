from lib import *
PAGES = []

PAGES.append(page("b3425-binhduong-luatdanchu-taphuan-2023", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Trang chủ / Tin tức / Hoạt động dân vận
Ngày đăng 12/10/2023 | 16:20
Tập huấn Luật Thực hiện dân chủ ở cơ sở cho hơn 450 cán bộ cấp xã
Trong 2 ngày 11 và 12/10/2023, Ban Dân vận Tỉnh ủy Bình Dương phối hợp với Sở Nội vụ tổ chức lớp tập huấn năm 2023 về Luật Thực hiện dân chủ ở cơ sở cho hơn 450 học viên là Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ, Trưởng Ban Thanh tra nhân dân của 91 xã, phường, thị trấn.
Đồng chí Phạm Thị Thu Vân phát biểu khai mạc lớp tập huấn.
Dự khai mạc có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Thị Thu Vân, Huỳnh Văn Tâm; ông Võ Minh Sang, Phó Giám đốc Sở Nội vụ. Báo cáo viên là ThS. Ngô Thị Lệ Hằng, giảng viên Trường Chính trị tỉnh, và TS. Đoàn Quang Vinh, Phó Vụ trưởng Vụ Chính quyền địa phương, Bộ Nội vụ.
Tại lớp học, học viên được nghiên cứu Luật số 10/2022/QH15 của Quốc hội; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật; Kế hoạch số 112-KH/TU ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 1180/KH-UBND của UBND tỉnh về triển khai thi hành Luật. Báo cáo viên phân tích 4 nhóm nội dung: công dân được biết; được bàn và quyết định; được tham gia ý kiến; được kiểm tra, giám sát, đồng thời hướng dẫn cách tổ chức hội nghị cộng đồng dân cư, quy trình bầu Ban Thanh tra nhân dân theo luật mới.
Theo TS. Đoàn Quang Vinh, điểm mới đáng chú ý là hương ước, quy ước do cộng đồng dân cư bàn và quyết định, phải gửi UBND cấp xã công nhận; nội dung không được trái pháp luật, không đặt ra các khoản phạt tiền. Trong khi đó, nhiều khu phố đô thị, nơi có đông công nhân từ các tỉnh đến sinh sống, hiện chưa có quy ước hoặc quy ước còn sao chép, hình thức.
Trao đổi tại lớp học, bà Thạch Thị Sa Huỳnh, Trưởng Ban Thanh tra nhân dân phường Chánh Phú Hòa, đặt câu hỏi về việc Ban Thanh tra nhân dân giám sát các khu nhà trọ có hơn 3.000 công nhân thuê. Ông Điểu Minh Tú, Phó Chủ tịch Ủy ban MTTQ xã Minh Hòa, người S'tiêng, đề nghị có tài liệu hỏi - đáp ngắn gọn để tuyên truyền cho đồng bào dân tộc thiểu số.
Bế mạc lớp học, đồng chí Huỳnh Văn Tâm đề nghị học viên về địa phương tham mưu cấp ủy tổ chức triển khai luật đến 100% khu phố, ấp; hoàn thành rà soát khoảng 600 hương ước, quy ước trong năm 2024. Mỗi học viên được cấp 1 bộ tài liệu và sổ tay hỏi - đáp gồm 120 câu hỏi.
Minh Thư
Lượt truy cập: 45.112
Tin liên quan
- Dầu Tiếng: đối thoại với công nhân cao su (05/10/2023)
- Phú Giáo ra mắt 12 mô hình "Dân vận khéo" (28/9/2023)
- Giao ban công tác dân vận chính quyền quý III năm 2023 (20/9/2023)
- Bàu Bàng: tuyên truyền Luật Thực hiện dân chủ ở cơ sở qua hệ thống loa truyền thanh (14/9/2023)
""", "2023-10-12", "Tập huấn Luật Thực hiện dân chủ ở cơ sở cho hơn 450 cán bộ cấp xã",
E("tap_huan", "2023", "2023-10-11"),
[P("Phạm Thị Thu Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Minh Sang", "Phó Giám đốc Sở Nội vụ"),
 P("Ngô Thị Lệ Hằng", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Đoàn Quang Vinh", "TS.", "Phó Vụ trưởng Vụ Chính quyền địa phương"),
 P("Thạch Thị Sa Huỳnh", "Trưởng Ban Thanh tra nhân dân phường Chánh Phú Hòa"),
 P("Điểu Minh Tú", "Phó Chủ tịch Ủy ban MTTQ xã Minh Hòa")],
[Q("hơn 450 học viên", 450, "học viên", "over"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("4 nhóm nội dung", 4, "nhóm nội dung"), Q("hơn 3.000 công nhân", 3000, "công nhân", "over"),
 Q("100% khu phố, ấp", 100, "%"), Q("khoảng 600 hương ước, quy ước", 600, "hương ước, quy ước", "approx"),
 Q("120 câu hỏi", 120, "câu hỏi")],
[D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kế hoạch", "112", "KH/TU", "2023-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 15/3/2023"),
 D("Kế hoạch", "1180", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1180/KH-UBND")],
[prov("Bình Dương"), com("Chánh Phú Hòa"), com("Minh Hòa")],
["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Trang chủ / Tin tức / Hoạt động dân vận",
 "Đồng chí Phạm Thị Thu Vân phát biểu khai mạc lớp tập huấn.", "Lượt truy cập: 45.112", "Trường Chính trị tỉnh"],
["Ngày đăng 12/10/2023 | 16:20", "2 ngày", "năm 2023", "năm 2024", "1 bộ tài liệu", "Lượt truy cập: 45.112"]))

PAGES.append(page("b3426-lamdong-hdnd-giamsat-2023", """
HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG
Trang chủ › Hoạt động giám sát › Ban Pháp chế
Cập nhật: 09:42, 21/11/2023 (GMT+7)
Ban Pháp chế HĐND tỉnh giám sát hoạt động của Ban Thanh tra nhân dân tại Lạc Dương
Ngày 20/11/2023, Đoàn giám sát Ban Pháp chế HĐND tỉnh Lâm Đồng do bà K'Thị Hương, Ủy viên Thường trực, Trưởng Ban Pháp chế HĐND tỉnh khóa X làm trưởng đoàn, đã giám sát việc thực hiện dân chủ ở cơ sở và hoạt động của Ban Thanh tra nhân dân giai đoạn 2021 - 2023 tại huyện Lạc Dương.
Đoàn giám sát làm việc với UBND thị trấn Lạc Dương.
Cuộc giám sát thực hiện theo Nghị quyết số 128/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh về chương trình giám sát năm 2023 và Quyết định số 45/QĐ-BPC của Ban Pháp chế. Đoàn làm việc trực tiếp với UBND xã Đạ Sar, xã Đưng K'Nớ và thị trấn Lạc Dương.
Theo báo cáo của UBND huyện, toàn huyện có 6 Ban Thanh tra nhân dân cấp xã với 48 thành viên, trong đó 29 thành viên là đồng bào K'Ho, Cil. Giai đoạn 2021 - 2023, các Ban đã tổ chức 57 cuộc giám sát, tiếp nhận 34 kiến nghị của nhân dân; kiến nghị chính quyền xử lý 21 vụ việc liên quan đến đất đai, chính sách hỗ trợ. Kinh phí hoạt động của mỗi Ban là 5 triệu đồng/năm, sau khi có Thông tư số 63/2017/TT-BTC được nâng lên nhưng vẫn thấp.
Tại buổi làm việc, ông Cil Ha Kim, Trưởng Ban Thanh tra nhân dân xã Đưng K'Nớ, cho biết nhiều thành viên của Ban là người già, đi lại khó khăn giữa các thôn cách nhau hơn 20 km. Bà Liêng Hót K'Nhai, Phó Chủ tịch UBND xã Đạ Sar, thừa nhận việc công khai danh sách hộ nhận khoán bảo vệ rừng chỉ dán ở trụ sở xã, chưa đưa về thôn.
Đoàn giám sát đánh giá: các địa phương cơ bản thực hiện nghiêm túc việc công khai; 100% thôn có quy ước được công nhận; tuy nhiên chưa kịp triển khai đầy đủ Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ 01/7/2023; 2 Ban Thanh tra nhân dân chưa xây dựng chương trình công tác năm 2023.
Kết luận, bà K'Thị Hương đề nghị UBND huyện chỉ đạo các xã, thị trấn rà soát 100% hương ước, quy ước theo Luật mới; bảo đảm kinh phí hoạt động tối thiểu 10 triệu đồng/Ban/năm; phối hợp Ủy ban MTTQ huyện tổ chức bầu Ban Thanh tra nhân dân nhiệm kỳ mới đúng quy định tại Nghị định số 59/2023/NĐ-CP.
Tham gia đoàn có ông Ya Tuấn, Phó Trưởng Ban Pháp chế HĐND tỉnh; bà Nguyễn Thị Bích Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
K'Linh
Tin khác
- Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Đam Rông (15/11/2023)
- Ban Dân tộc HĐND tỉnh khảo sát chính sách đối với người có uy tín (08/11/2023)
- Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri (01/11/2023)
""", "2023-11-21", "Ban Pháp chế HĐND tỉnh giám sát hoạt động của Ban Thanh tra nhân dân tại Lạc Dương",
E("giam_sat", None, "2023-11-20"),
[P("K'Thị Hương", "Ủy viên Thường trực", "Trưởng Ban Pháp chế HĐND tỉnh khóa X"),
 P("Cil Ha Kim", "Trưởng Ban Thanh tra nhân dân xã Đưng K'Nớ"),
 P("Liêng Hót K'Nhai", "Phó Chủ tịch UBND xã Đạ Sar"),
 P("Ya Tuấn", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Nguyễn Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("6 Ban Thanh tra nhân dân cấp xã", 6, "Ban Thanh tra nhân dân cấp xã"), Q("48 thành viên", 48, "thành viên"),
 Q("29 thành viên", 29, "thành viên"), Q("57 cuộc giám sát", 57, "cuộc giám sát"), Q("34 kiến nghị", 34, "kiến nghị"),
 Q("21 vụ việc", 21, "vụ việc"), Q("5 triệu đồng/năm", 5000000, "đồng"), Q("hơn 20 km", 20, "km", "over"),
 Q("100% thôn", 100, "%"), Q("2 Ban Thanh tra nhân dân", 2, "Ban Thanh tra nhân dân"), Q("100% hương ước, quy ước", 100, "%"),
 Q("tối thiểu 10 triệu đồng/Ban/năm", 10000000, "đồng")],
[D("Nghị quyết", "128", "NQ-HĐND", "2023-07-14", "HĐND tỉnh", "Nghị quyết số 128/NQ-HĐND ngày 14/7/2023"),
 D("Quyết định", "45", "QĐ-BPC", None, "Ban Pháp chế", "Quyết định số 45/QĐ-BPC"),
 D("Thông tư", "63", "2017/TT-BTC", None, None, "Thông tư số 63/2017/TT-BTC"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Đưng K'Nớ"), com("Lạc Dương")],
["HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG", "Trang chủ › Hoạt động giám sát › Ban Pháp chế", "Đoàn giám sát làm việc với UBND thị trấn Lạc Dương.",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Cập nhật: 09:42, 21/11/2023 (GMT+7)", "giai đoạn 2021 - 2023", "khóa X", "01/7/2023", "năm 2023"]))

PAGES.append(page("b3427-thainguyen-bcd-soket-2024", """
Báo Thái Nguyên điện tử
Trang chủ >> Chính trị >> Xây dựng Đảng
17/07/2024 - 10:05
Toàn cảnh hội nghị sơ kết.
Dân chủ ở cơ sở gắn với giải phóng mặt bằng các dự án trọng điểm
Chiều 16/7, Ban Chỉ đạo xây dựng và thực hiện dân chủ ở cơ sở tỉnh Thái Nguyên tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì.
6 tháng qua, Ban Chỉ đạo các cấp đã triển khai Kết luận 65, 66-KL/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh thực hiện Luật Thực hiện dân chủ ở cơ sở trong công tác bồi thường, giải phóng mặt bằng và về phát huy vai trò giám sát của nhân dân; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 09-HD/BDVTU về tổ chức hội nghị cộng đồng dân cư. Các địa phương tổ chức 2.146 hội nghị ở thôn, tổ dân phố; 1.712/1.712 thôn, xóm, tổ dân phố đã rà soát hương ước, quy ước, trong đó 1.604 bản đã được UBND cấp xã công nhận.
Trên địa bàn tỉnh, người dân đã hiến hơn 52.000 m2 đất, bàn giao mặt bằng cho 14 dự án trọng điểm, trong đó có đường vành đai V. Ban Thanh tra nhân dân các xã, phường đã giám sát 289 cuộc; chủ tịch UBND cấp xã đối thoại 178 cuộc với khoảng 9.800 lượt người.
Tại hội nghị, các đồng chí Nông Văn Tuấn, Hoàng Thị Lả, Dương Văn Khải - Trưởng Ban Dân vận Huyện ủy, được chọn trình bày tham luận về kinh nghiệm vận động nhân dân ở các huyện Định Hóa, Võ Nhai, Phú Lương. Ông Lường Văn Pấu, Bí thư Đảng ủy xã Phú Đình, cho biết xã có 212 hộ người Tày, Dao đồng thuận chuyển đổi đất để làm khu di tích, mỗi hộ được hỗ trợ từ 15 đến 40 triệu đồng.
Một số ý kiến cho rằng việc thực hiện dân chủ trong bồi thường, giải phóng mặt bằng vẫn còn những bất cập: có nơi công khai phương án chưa đầy đủ, chưa giải thích rõ cách tính đơn giá; việc tổ chức hội nghị cộng đồng dân cư ở một số tổ dân phố thuộc thành phố Thái Nguyên, thành phố Sông Công có tỷ lệ hộ dự họp thấp, nhiều hộ là người thuê trọ không được mời. Ban Thanh tra nhân dân ở một số xã còn lúng túng khi giám sát các dự án do tỉnh làm chủ đầu tư.
Phát biểu kết luận, đồng chí Ma Thị Nguyệt yêu cầu 6 tháng cuối năm 2024, các cấp ủy thực hiện tốt Chỉ thị số 30-CT/TW, Kết luận 01-KL/TW và Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận; tập trung giải quyết 37 vụ việc khiếu nại đông người còn tồn đọng; phấn đấu không dưới 95% thôn, tổ dân phố tổ chức hội nghị cộng đồng dân cư đúng quy định.
Quang Huy
Tin khác
- Định Hóa: 100% xóm có quy ước bảo vệ di tích ATK (10/7/2024)
- Hội nghị giao ban công tác dân vận quý II (05/7/2024)
- Phú Bình đối thoại với người dân vùng dự án khu công nghiệp (28/6/2024)
""", "2024-07-17", "Dân chủ ở cơ sở gắn với giải phóng mặt bằng các dự án trọng điểm",
E("so_ket", "2024-H1", "2024-07-16"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Nông Văn Tuấn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Lả", "Trưởng Ban Dân vận Huyện ủy"),
 P("Dương Văn Khải", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Văn Pấu", "Bí thư Đảng ủy xã Phú Đình")],
[Q("2.146 hội nghị", 2146, "hội nghị"), Q("1.712/1.712 thôn, xóm, tổ dân phố", 1712, "thôn, xóm, tổ dân phố"),
 Q("1.604 bản", 1604, "bản"), Q("hơn 52.000 m2", 52000, "m2", "over"), Q("14 dự án trọng điểm", 14, "dự án trọng điểm"),
 Q("289 cuộc", 289, "cuộc"), Q("178 cuộc", 178, "cuộc"), Q("khoảng 9.800 lượt người", 9800, "lượt người", "approx"),
 Q("212 hộ người Tày, Dao", 212, "hộ người Tày, Dao"), Q("15", 15000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("37 vụ việc khiếu nại đông người", 37, "vụ việc khiếu nại đông người"), Q("không dưới 95%", 95, "%", "over")],
[D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU"),
 D("Kết luận", "66", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 65, 66-KL/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09-HD/BDVTU"),
 D("Chỉ thị", "30", "CT/TW", None, None, "Chỉ thị số 30-CT/TW"),
 D("Kết luận", "01", "KL/TW", None, None, "Kết luận 01-KL/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Thái Nguyên"), com("Phú Đình")],
["Báo Thái Nguyên điện tử", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Toàn cảnh hội nghị sơ kết.", "Luật Thực hiện dân chủ ở cơ sở",
 "đường vành đai V"],
["17/07/2024 - 10:05", "6 tháng đầu năm", "6 tháng cuối năm 2024", "đường vành đai V"]))

PAGES.append(page("b3428-vinhlong-bcd-giaoban-2024", """
BÁO VĨNH LONG ONLINE
You are here: Trang chủ > Thời sự > Dân vận
Thứ Sáu, 12/04/2024, 14:10
Ảnh: Hội nghị giao ban Ban Chỉ đạo dân chủ ở cơ sở.
Phát huy dân chủ trong xây dựng nông thôn mới nâng cao
Ngày 11/4, tại Ban Dân vận Tỉnh ủy, Ban Chỉ đạo xây dựng và thực hiện dân chủ ở cơ sở tỉnh Vĩnh Long tổ chức giao ban quý I năm 2024. Đồng chí Trần Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Chỉ đạo chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Minh Đức, Thạch Thị Phượng, Nguyễn Văn Út.
Theo báo cáo, trong quý I/2024, các địa phương đã triển khai Kế hoạch số 218-KH/TU của Tỉnh ủy về thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; UBND tỉnh ban hành Quyết định số 512/QĐ-UBND ngày 05/3/2024 về bộ tiêu chí đánh giá thực hiện dân chủ ở cơ sở. Toàn tỉnh có 107/107 xã, phường, thị trấn kiện toàn Ban Chỉ đạo; 816 ấp, khóm tổ chức hội nghị cộng đồng dân cư để bàn việc làm đường, cầu và sửa đổi quy ước, với khoảng 61.000 lượt hộ dự họp.
Thông qua phát huy dân chủ, nhân dân đã đóng góp hơn 18 tỷ đồng, hiến 24.600 m2 đất làm 42 tuyến đường nông thôn. Các Ban Thanh tra nhân dân giám sát 96 cuộc, Ban Giám sát đầu tư của cộng đồng giám sát 141 công trình. Tuy nhiên, còn 11 vụ việc khiếu nại kéo dài liên quan đến đất đai; một số ấp đồng bào Khmer ở huyện Trà Ôn, Bình Tân chưa dịch nội dung công khai sang tiếng Khmer.
Đại diện Ủy ban MTTQ Việt Nam tỉnh, bà Kim Thị Sa Vy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, kiến nghị cơ quan chức năng sớm trả lời các kiến nghị giám sát của Mặt trận. Ông Lâm Văn Nghĩa, Chủ tịch UBND xã Loan Mỹ, chia sẻ cách vận động người dân hiến đất: xã cho người dân xem trước bản vẽ, đo đạc công khai, ai còn thắc mắc thì mời họp riêng từng hộ. Nhờ vậy, tuyến đường liên ấp dài 3,2 km hoàn thành sớm hơn kế hoạch mà không có đơn thư khiếu nại nào. Theo ông, điều bà con cần nhất là được biết rõ và được bàn thật, chứ không phải họp cho có.
Kết luận, đồng chí Trần Thị Kim Thoa đề nghị quý II các địa phương tập trung rà soát, công nhận quy ước theo Luật Thực hiện dân chủ ở cơ sở; mỗi huyện chọn ít nhất 2 xã làm điểm về hội nghị cộng đồng dân cư; hoàn thành giải quyết 11 vụ việc khiếu nại trước quý III. Ban Dân vận Tỉnh ủy sẽ phối hợp Sở Nội vụ đánh giá, xếp loại thực hiện dân chủ ở 107 xã theo bộ tiêu chí mới.
Hồng Ngọc
Lượt xem: 1.532
Tin liên quan
- Tam Bình: tuyên dương 30 gương "Dân vận khéo" (08/4/2024)
- Giao ban công tác dân vận khối Mặt trận, đoàn thể quý I (02/4/2024)
- Vũng Liêm tập huấn nghiệp vụ Ban Thanh tra nhân dân (28/3/2024)
""", "2024-04-12", "Phát huy dân chủ trong xây dựng nông thôn mới nâng cao",
E("giao_ban", "2024-Q1", "2024-04-11"),
[P("Trần Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo"),
 P("Lê Minh Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Phượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Vy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Nghĩa", "Chủ tịch UBND xã Loan Mỹ")],
[Q("107/107 xã, phường, thị trấn", 107, "xã, phường, thị trấn"), Q("816 ấp, khóm", 816, "ấp, khóm"),
 Q("khoảng 61.000 lượt hộ", 61000, "lượt hộ", "approx"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("24.600 m2", 24600, "m2"), Q("42 tuyến đường nông thôn", 42, "tuyến đường nông thôn"), Q("96 cuộc", 96, "cuộc"),
 Q("141 công trình", 141, "công trình"), Q("11 vụ việc khiếu nại kéo dài", 11, "vụ việc khiếu nại kéo dài"),
 Q("ít nhất 2 xã", 2, "xã", "over"), Q("3,2 km", 3.2, "km")],
[D("Kế hoạch", "218", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 218-KH/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Quyết định", "512", "QĐ-UBND", "2024-03-05", "UBND tỉnh", "Quyết định số 512/QĐ-UBND ngày 05/3/2024")],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["BÁO VĨNH LONG ONLINE", "You are here: Trang chủ > Thời sự > Dân vận", "Ảnh: Hội nghị giao ban Ban Chỉ đạo dân chủ ở cơ sở.",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.532"],
["Thứ Sáu, 12/04/2024, 14:10", "quý I năm 2024", "quý I/2024", "quý II", "quý III", "Lượt xem: 1.532"]))

PAGES.append(page("b3429-ninhbinh-bttnd-tongket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KHÁNH
Thành phố Ninh Bình - Tỉnh Ninh Bình
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Thứ Sáu, 27/12/2024 - 16:30
Ban Thanh tra nhân dân phường Ninh Khánh tổng kết công tác năm 2024
Ngày 26/12/2024, Ủy ban MTTQ Việt Nam phường Ninh Khánh phối hợp với Ban Thanh tra nhân dân phường tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai chương trình công tác năm 2025. Dự hội nghị có bà Đinh Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Ninh Bình; ông Phạm Văn Hiếu, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường.
Ông Tạ Quang Minh, Trưởng Ban Thanh tra nhân dân phường báo cáo tại hội nghị.
Năm 2024 là năm đầu tiên Ban Thanh tra nhân dân phường nhiệm kỳ 2024 - 2029 hoạt động theo Luật Thực hiện dân chủ ở cơ sở, Nghị định số 59/2023/NĐ-CP và Nghị quyết liên tịch số 01/2024/NQLT-CP-ĐCTUBTWMTTQVN của Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Ban gồm 9 thành viên, được bầu tại hội nghị đại biểu nhân dân tháng 4/2024.
Báo cáo do ông Tạ Quang Minh, Trưởng Ban Thanh tra nhân dân phường trình bày cho biết, trong năm Ban đã xây dựng chương trình công tác, tổ chức 8 cuộc giám sát về việc công khai tài chính, việc thu, chi các quỹ, việc thực hiện quy ước ở 15 tổ dân phố và việc cấp giấy chứng nhận quyền sử dụng đất cho 126 hộ dân. Qua giám sát, Ban đã kiến nghị UBND phường điều chỉnh 3 nội dung, trong đó có việc công khai thiếu danh sách 19 hộ được hỗ trợ sửa nhà; tiếp nhận 14 ý kiến phản ánh của công dân, đã chuyển cơ quan có thẩm quyền giải quyết 12 ý kiến, đạt 85,7%.
Ban đã phối hợp Ban Giám sát đầu tư của cộng đồng giám sát công trình cải tạo nhà văn hóa tổ dân phố 5 có tổng mức đầu tư khoảng 1,45 tỷ đồng, trong đó nhân dân đóng góp 380 triệu đồng. Kinh phí hoạt động của Ban năm 2024 được UBND phường cấp 12 triệu đồng.
Thảo luận tại hội nghị, bà Bùi Thị Hoa, thành viên Ban Thanh tra nhân dân, Tổ trưởng tổ dân phố 7, cho rằng việc giám sát các khoản đóng góp tự nguyện còn khó vì nhiều khoản không có sổ sách. Ông Đinh Văn Tới, Bí thư Chi bộ tổ dân phố 3, đề nghị Ban công khai kết quả giám sát tại các cuộc họp tổ.
Phát biểu tại hội nghị, ông Phạm Văn Hiếu đánh giá cao hoạt động của Ban, đồng thời lưu ý năm 2025 địa phương có nhiều thay đổi do sắp xếp đơn vị hành chính, Ban cần tăng cường giám sát việc bàn giao tài sản, hồ sơ, bảo đảm không để thất thoát. Bà Đinh Thị Thu Hằng đề nghị Ban tham mưu Ủy ban MTTQ phường phối hợp giám sát việc thực hiện chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát" trên địa bàn.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 2 tập thể và 5 cá nhân có thành tích trong hoạt động thanh tra nhân dân.
Ban biên tập
Tin khác
- Phường Ninh Khánh tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 15 tổ dân phố (18/11/2024)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân năm 2024 (25/10/2024)
""", "2024-12-27", "Ban Thanh tra nhân dân phường Ninh Khánh tổng kết công tác năm 2024",
E("tong_ket", "2024", "2024-12-26"),
[P("Đinh Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Ninh Bình"),
 P("Phạm Văn Hiếu", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Tạ Quang Minh", "Trưởng Ban Thanh tra nhân dân phường"),
 P("Bùi Thị Hoa", "thành viên Ban Thanh tra nhân dân", "Tổ trưởng tổ dân phố 7"),
 P("Đinh Văn Tới", "Bí thư Chi bộ tổ dân phố 3")],
[Q("9 thành viên", 9, "thành viên"), Q("8 cuộc giám sát", 8, "cuộc giám sát"), Q("15 tổ dân phố", 15, "tổ dân phố"),
 Q("126 hộ dân", 126, "hộ dân"), Q("3 nội dung", 3, "nội dung"), Q("19 hộ", 19, "hộ"),
 Q("14 ý kiến phản ánh", 14, "ý kiến phản ánh"), Q("12 ý kiến", 12, "ý kiến"), Q("85,7%", 85.7, "%"),
 Q("khoảng 1,45 tỷ đồng", 1450000000, "đồng", "approx"), Q("380 triệu đồng", 380000000, "đồng"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("2 tập thể", 2, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP"),
 D("Nghị quyết liên tịch", "01", "2024/NQLT-CP-ĐCTUBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 01/2024/NQLT-CP-ĐCTUBTWMTTQVN")],
[prov("Ninh Bình"), com("Ninh Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NINH KHÁNH", "Thành phố Ninh Bình - Tỉnh Ninh Bình", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Ông Tạ Quang Minh, Trưởng Ban Thanh tra nhân dân phường báo cáo tại hội nghị.", "Luật Thực hiện dân chủ ở cơ sở",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Ban biên tập"],
["Thứ Sáu, 27/12/2024 - 16:30", "năm 2024", "năm 2025", "nhiệm kỳ 2024 - 2029", "tháng 4/2024", "tổ dân phố 5", "tổ dân phố 7", "tổ dân phố 3"]))

PAGES.append(page("b3430-hoabinh-doithoai-2024", """
Báo Hòa Bình điện tử
Chính trị » Dân chủ - Pháp luật
08:20 | 22/08/2024
Người dân xã Tú Sơn đối thoại với Chủ tịch UBND huyện Kim Bôi
Sáng 21/8, UBND huyện Kim Bôi tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024 tại xã Tú Sơn. Đồng chí Bùi Văn Thắng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Tham dự có hơn 150 người dân là người có uy tín, trưởng xóm, hội viên các đoàn thể của 8 xóm.
Chủ tịch UBND huyện Bùi Văn Thắng giải đáp kiến nghị của người dân. Ảnh: Quách Hà
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Luật Thực hiện dân chủ ở cơ sở. Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 23 ý kiến, kiến nghị của cử tri và nhân dân.
Ông Bùi Văn Mười, người có uy tín xóm Mớ Đá, phản ánh con đường nối xóm với trung tâm xã dài 2,6 km đã xuống cấp, mùa mưa học sinh đi lại khó khăn; nhân dân sẵn sàng góp công nếu Nhà nước hỗ trợ xi măng. Bà Quách Thị Yến, Chi hội trưởng phụ nữ xóm Đoàn Kết, đề nghị công khai danh sách 34 hộ được hỗ trợ làm nhà theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ông Đinh Công Hoạt, Trưởng Ban Thanh tra nhân dân xã Tú Sơn, phản ánh quy ước của 2 xóm chưa được UBND xã công nhận dù đã gửi từ tháng 3.
Trả lời, ông Bùi Văn Thắng cho biết huyện sẽ hỗ trợ khoảng 300 tấn xi măng để nhân dân làm đường theo phương châm "Nhà nước và nhân dân cùng làm"; giao UBND xã công khai danh sách hộ được hỗ trợ làm nhà ngay trong tháng 8, mỗi hộ được hỗ trợ 40 triệu đồng. Về quy ước, Chủ tịch UBND huyện yêu cầu xã thẩm định, công nhận trước ngày 15/9/2024 theo đúng Luật.
Bà Nguyễn Thị Lan Phương, Phó Chủ tịch UBND huyện, giải đáp thêm các ý kiến về cấp giấy chứng nhận quyền sử dụng đất, chi trả tiền dịch vụ môi trường rừng. Ông Bạch Công Lực, Bí thư Đảng ủy xã Tú Sơn, cho biết xã đã giải quyết dứt điểm 19 kiến nghị, còn 4 kiến nghị thuộc thẩm quyền của huyện.
Kết thúc hội nghị, ông Bùi Văn Thắng đề nghị cấp ủy, chính quyền xã tiếp tục phát huy vai trò của người có uy tín, định kỳ đối thoại với nhân dân, không để kiến nghị tồn đọng kéo dài. Các ý kiến tại hội nghị được ghi biên bản, công bố tại nhà văn hóa 8 xóm. Theo kế hoạch, trong năm 2024 huyện Kim Bôi sẽ tổ chức đối thoại tại 4 xã có nhiều kiến nghị về đất đai.
Quách Hà
Tin cùng chuyên mục
- Lạc Sơn: 100% xóm đã sửa đổi quy ước theo Luật Thực hiện dân chủ ở cơ sở (15/8/2024)
- Mai Châu tập huấn cho trưởng xóm về hội nghị cộng đồng dân cư (06/8/2024)
""", "2024-08-22", "Người dân xã Tú Sơn đối thoại với Chủ tịch UBND huyện Kim Bôi",
E("doi_thoai", "2024", "2024-08-21"),
[P("Bùi Văn Thắng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Bùi Văn Mười", "người có uy tín xóm Mớ Đá"),
 P("Quách Thị Yến", "Chi hội trưởng phụ nữ xóm Đoàn Kết"),
 P("Đinh Công Hoạt", "Trưởng Ban Thanh tra nhân dân xã Tú Sơn"),
 P("Nguyễn Thị Lan Phương", "Phó Chủ tịch UBND huyện"),
 P("Bạch Công Lực", "Bí thư Đảng ủy xã Tú Sơn")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("8 xóm", 8, "xóm"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("2,6 km", 2.6, "km"), Q("34 hộ", 34, "hộ"), Q("2 xóm", 2, "xóm"), Q("khoảng 300 tấn xi măng", 300, "tấn", "approx"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("19 kiến nghị", 19, "kiến nghị"), Q("4 kiến nghị", 4, "kiến nghị"), Q("4 xã", 4, "xã")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Hòa Bình"), com("Tú Sơn")],
["Báo Hòa Bình điện tử", "Chính trị » Dân chủ - Pháp luật",
 "Chủ tịch UBND huyện Bùi Văn Thắng giải đáp kiến nghị của người dân. Ảnh: Quách Hà", "Luật Thực hiện dân chủ ở cơ sở",
 "Nhà nước và nhân dân cùng làm", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["08:20 | 22/08/2024", "năm 2024", "tháng 3", "tháng 8", "15/9/2024"]))
