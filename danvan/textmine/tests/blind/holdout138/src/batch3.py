from lib import *
PAGES = []

PAGES.append(page("b3281-kontum-btg-taphuan-ctv-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ - Chính trị - Xây dựng Đảng
Ngày 10/06/2021 | 14:25
Nâng cao kỹ năng nắm bắt dư luận xã hội trên không gian mạng
Ngày 9/6, Ban Tuyên giáo Tỉnh ủy Kon Tum khai mạc lớp tập huấn nghiệp vụ công tác dư luận xã hội năm 2021 cho 95 cộng tác viên dư luận xã hội các huyện, thành ủy, đảng ủy trực thuộc. Lớp học kéo dài đến hết ngày 11/6, bảo đảm các quy định phòng, chống dịch Covid-19.
Lớp tập huấn diễn ra tại Hội trường Tỉnh ủy.
Dự khai mạc có đồng chí A Khoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy; đồng chí Y Bình, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Theo Ban Tuyên giáo Tỉnh ủy, mạng lưới cộng tác viên dư luận xã hội của tỉnh hiện có 183 người, trong đó 71 người là đồng bào dân tộc thiểu số Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai. Năm 2020, mạng lưới đã gửi hơn 2.100 báo cáo, giúp Ban tổng hợp 12 báo cáo dư luận xã hội định kỳ và 8 báo cáo nhanh gửi Thường trực Tỉnh ủy, Ban Tuyên giáo Trung ương.
Trong 3 ngày, học viên được hướng dẫn kỹ năng thu thập, xử lý thông tin trên mạng xã hội; phương pháp viết báo cáo dư luận xã hội hằng tháng theo mẫu thống nhất; quán triệt Quy định số 19-QĐ/TU của Tỉnh ủy về chế độ thông tin, báo cáo dư luận xã hội và Kế hoạch số 48, 49-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy về đấu tranh phản bác quan điểm sai trái, thù địch.
Học viên cũng được giới thiệu chuyên đề về Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.
Chia sẻ tại lớp học, anh A Nhũ, cộng tác viên dư luận xã hội huyện Đăk Glei, là người Giẻ Triêng, cho biết mỗi tháng anh đi khoảng 12 làng, nghe bà con nói chuyện bên bếp lửa, rồi ghi lại. Chị Y Đoan, cán bộ văn hóa - thông tin xã Đăk Pxi, kiêm cộng tác viên dư luận xã hội, kể xã có 5 cụm loa, sáng nào cũng phát tin phòng dịch bằng tiếng Xơ Đăng.
Đồng chí A Khoa yêu cầu học viên về địa phương phát huy vai trò "tai mắt" của cấp ủy; mỗi cộng tác viên gửi tối thiểu 1 báo cáo mỗi tháng và phản ánh ngay khi có tụ tập đông người, tin giả lan truyền. Năm 2021, Ban bố trí hơn 180 triệu đồng hỗ trợ hoạt động của mạng lưới, bình quân khoảng 1 triệu đồng mỗi cộng tác viên.
Trước đó, Ban đã tổ chức khảo sát nhanh bằng phiếu đối với 450 người dân ở 9 xã vùng sâu; kết quả cho thấy 82,4% người được hỏi nắm thông tin chủ yếu qua loa truyền thanh và sinh hoạt thôn, làng.
Thanh Như
Lượt xem: 742
Tin cùng chuyên mục
- Kon Plông: hội nghị báo cáo viên tháng 5 (28/05/2021)
- Tuyên truyền bầu cử qua loa truyền thanh bằng tiếng dân tộc (15/05/2021)
- Đăk Hà: giao ban công tác tuyên giáo quý I (07/04/2021)
""", "2021-06-10", "Nâng cao kỹ năng nắm bắt dư luận xã hội trên không gian mạng",
E("tap_huan", "2021", "2021-06-09"),
[P("A Khoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Y Bình", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("A Nhũ", "cộng tác viên dư luận xã hội huyện Đăk Glei"),
 P("Y Đoan", "cán bộ văn hóa - thông tin xã Đăk Pxi", "cộng tác viên dư luận xã hội")],
[Q("95 cộng tác viên dư luận xã hội", 95, "cộng tác viên dư luận xã hội"), Q("183 người", 183, "người"),
 Q("71 người", 71, "người"), Q("hơn 2.100 báo cáo", 2100, "báo cáo", "over"),
 Q("12 báo cáo dư luận xã hội định kỳ", 12, "báo cáo dư luận xã hội định kỳ"), Q("8 báo cáo nhanh", 8, "báo cáo nhanh"),
 Q("khoảng 12 làng", 12, "làng", "approx"), Q("5 cụm loa", 5, "cụm loa"),
 Q("tối thiểu 1 báo cáo", 1, "báo cáo"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"),
 Q("khoảng 1 triệu đồng", 1000000, "đồng", "approx"), Q("450 người dân", 450, "người dân"), Q("9 xã vùng sâu", 9, "xã vùng sâu"),
 Q("82,4%", 82.4, "%")],
[D("Quy định", "19", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 19-QĐ/TU"),
 D("Kế hoạch", "48", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 48, 49-KH/BTGTU"),
 D("Kế hoạch", "49", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 48, 49-KH/BTGTU"),
 D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018")],
[prov("Kon Tum"), com("Đăk Pxi")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ - Chính trị - Xây dựng Đảng", "Lớp tập huấn diễn ra tại Hội trường Tỉnh ủy.", "tai mắt", "Lượt xem: 742"],
["Ngày 10/06/2021 | 14:25", "năm 2021", "ngày 11/6", "Covid-19", "Năm 2020", "3 ngày", "Lượt xem: 742"]))

PAGES.append(page("b3282-hagiang-btg-tongket-2021", """
Báo Hà Giang - Cơ quan của Đảng bộ tỉnh Hà Giang
Trang chủ › Chính trị › Xây dựng Đảng
Hôm nay: Thứ Tư, 22/12/2021
Cập nhật: 21/12/2021 - 17:35
Toàn cảnh hội nghị.
Đưa thông tin chính thống đến từng thôn, bản vùng cao
BHG - Chiều 20/12, Ban Tuyên giáo Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác tuyên giáo năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Sùng Mí Dế, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Năm 2021, đội ngũ 1.736 báo cáo viên, tuyên truyền viên các cấp đã tổ chức hơn 6.200 buổi tuyên truyền miệng về kết quả Đại hội XIII của Đảng, bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp, phòng, chống dịch Covid-19, thu hút khoảng 310.000 lượt người nghe. Hệ thống loa truyền thanh của 193/193 xã, phường, thị trấn phát song ngữ Kinh - Mông ít nhất 2 buổi mỗi ngày. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 46-KL/TU ngày 15/3/2021 về công tác thông tin cơ sở vùng biên giới, và sơ kết Chỉ thị 21, 22-CT/TU về công tác báo cáo viên và về đấu tranh với tình trạng truyền đạo trái pháp luật.
Công tác nắm bắt dư luận xã hội có chuyển biến. Mạng lưới 146 cộng tác viên dư luận xã hội gửi 1.530 báo cáo; Ban đã thực hiện 2 cuộc điều tra xã hội học với 1.800 phiếu về niềm tin của đồng bào đối với chính sách hỗ trợ phòng dịch; phát hiện, xử lý 34 tài khoản mạng xã hội đăng tải thông tin xấu, độc.
Tại hội nghị, đồng chí Vàng Thị Mai, HUV, Trưởng Ban Tuyên giáo Huyện ủy Mèo Vạc, chia sẻ cách huyện sử dụng đội "loa di động" là 48 người có uy tín đi xe máy gắn loa tới các thôn giáp biên. Đồng chí Lù Seo Dìn, Bí thư Đảng ủy xã Lũng Cú, đề xuất bổ sung chế độ cho tuyên truyền viên thôn, vì mức hỗ trợ 200.000 đồng/tháng chưa khuyến khích được người trẻ. Bà Nông Thị Thảo, cộng tác viên dư luận xã hội phường Nguyễn Trãi, thành phố Hà Giang, cho rằng nên mở nhóm Zalo kết nối cộng tác viên để báo cáo nhanh.
Phát biểu kết luận, đồng chí Sùng Mí Dế yêu cầu năm 2022 tập trung tuyên truyền Nghị quyết Đại hội XVII Đảng bộ tỉnh; thực hiện Kế hoạch số 163-KH/TU của Tỉnh ủy về phát triển đội ngũ báo cáo viên giai đoạn 2021 - 2025; phấn đấu 100% thôn, bản có cụm loa hoạt động. Ban Tuyên giáo Tỉnh ủy được Ban Tuyên giáo Trung ương tặng bằng khen vì thành tích xuất sắc năm 2021.
Dịp này, Ban tặng giấy khen cho 11 tập thể và 26 cá nhân.
Phạm Hoan
Số lượt xem: 2.415
Tin liên quan
- Đồng Văn: kiện toàn đội ngũ tuyên truyền viên thôn (10/12/2021)
- Quản Bạ tập huấn cho báo cáo viên cơ sở (01/12/2021)
- Ra mắt mô hình "Loa tiếng Mông" ở Yên Minh (25/11/2021)
""", "2021-12-21", "Đưa thông tin chính thống đến từng thôn, bản vùng cao",
E("tong_ket", "2021", "2021-12-20"),
[P("Sùng Mí Dế", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vàng Thị Mai", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Mèo Vạc"),
 P("Lù Seo Dìn", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Nông Thị Thảo", "cộng tác viên dư luận xã hội phường Nguyễn Trãi")],
[Q("1.736 báo cáo viên, tuyên truyền viên", 1736, "báo cáo viên, tuyên truyền viên"),
 Q("hơn 6.200 buổi tuyên truyền miệng", 6200, "buổi tuyên truyền miệng", "over"),
 Q("khoảng 310.000 lượt người nghe", 310000, "lượt người nghe", "approx"),
 Q("193/193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"),
 Q("146 cộng tác viên dư luận xã hội", 146, "cộng tác viên dư luận xã hội"), Q("1.530 báo cáo", 1530, "báo cáo"),
 Q("2 cuộc điều tra xã hội học", 2, "cuộc điều tra xã hội học"), Q("1.800 phiếu", 1800, "phiếu"),
 Q("34 tài khoản mạng xã hội", 34, "tài khoản mạng xã hội"), Q("48 người có uy tín", 48, "người có uy tín"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("100% thôn, bản", 100, "%"),
 Q("11 tập thể", 11, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "46", "KL/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 46-KL/TU ngày 15/3/2021"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "163", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 163-KH/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Nguyễn Trãi")],
["Báo Hà Giang - Cơ quan của Đảng bộ tỉnh Hà Giang", "Trang chủ › Chính trị › Xây dựng Đảng", "Hôm nay: Thứ Tư, 22/12/2021",
 "Toàn cảnh hội nghị.", "BHG", "loa di động", "Nghị quyết Đại hội XVII Đảng bộ tỉnh", "Số lượt xem: 2.415"],
["Hôm nay: Thứ Tư, 22/12/2021", "Cập nhật: 21/12/2021 - 17:35", "năm 2021", "năm 2022", "khóa XV", "ít nhất 2 buổi",
 "giai đoạn 2021 - 2025", "Đại hội XVII", "Số lượt xem: 2.415"]))

PAGES.append(page("b3283-angiang-chandung-loa-2022", """
BÁO AN GIANG ONLINE
Chuyên mục: Gương sáng | Dân tộc - Tôn giáo
19/08/2022 - 07:05
Ông Ha Sanh bên bàn điều khiển cụm loa ở ấp Phũm Xoài. Ảnh: Hữu Huynh
"Cái loa" của ấp Chăm bên dòng Hậu Giang
Hơn 15 năm nay, sáng nào người dân ấp Phũm Xoài, xã Châu Phong, thị xã Tân Châu (An Giang) cũng nghe giọng đọc trầm ấm của ông Ha Sanh phát qua cụm loa của ấp, bằng cả tiếng Việt và tiếng Chăm.
Ông Ha Sanh năm nay 58 tuổi, là Tổ trưởng tổ nhân dân tự quản số 4, đồng thời là cộng tác viên dư luận xã hội của Đảng ủy xã Châu Phong. Mỗi ngày ông dành khoảng 1 giờ để chọn tin từ đài huyện, dịch ra tiếng Chăm những thông báo về tiêm vắc-xin, về chính sách vay vốn, rồi đọc cho bà con nghe. "Bà con Chăm ở đây nhiều người lớn tuổi không rành chữ Việt, nghe tiếng mình thì hiểu liền", ông nói.
Ấp Phũm Xoài có 412 hộ, trong đó khoảng 90% là đồng bào Chăm theo đạo Hồi (Islam). Thời điểm dịch Covid-19 căng thẳng năm 2021, có tin đồn trên mạng rằng tiêm vắc-xin là trái với giáo luật. Ông Ha Sanh đã cùng ông Haji Mu Sa, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang, thu âm lời giải thích bằng tiếng Chăm, phát liên tục 7 ngày liền. Kết quả, hơn 98% người dân trong độ tuổi của ấp đã tiêm đủ mũi.
Bà Sa Ri Da, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Phong, cho biết: mỗi tháng ông Ha Sanh gửi về Đảng ủy xã 1 phiếu ghi ý kiến của bà con, từ chuyện sạt lở bờ sông, giá cá, đến việc con em đi lao động ở Malaysia. Nhiều ý kiến đã được xã tổng hợp, báo cáo lên Ban Tuyên giáo Thị ủy.
Ông Nguyễn Văn Phúc, Bí thư Đảng ủy xã Châu Phong, đánh giá: "Cụm loa của ông Ha Sanh là kênh thông tin hiệu quả nhất ở ấp Chăm. Nhiều vụ việc tranh chấp nhỏ được hòa giải sớm vì bà con nghe loa biết xã đã có hướng giải quyết".
Năm 2021, ông Ha Sanh được UBND tỉnh tặng bằng khen vì thành tích trong công tác tuyên truyền phòng, chống dịch. Với ông, phần thưởng lớn nhất là được bà con tin, gọi là "cái loa của ấp". Hiện xã Châu Phong có 9 cụm loa, mỗi cụm được xã hỗ trợ 150.000 đồng/tháng tiền điện và bảo trì.
Những hôm mùa nước nổi, ông còn đọc thông báo mực nước, nhắc bà con giữ trẻ nhỏ tránh xa mép sông, không để các em tự bơi xuồng đi học một mình, nhất là vào buổi chiều.
Nói về dự định, ông Ha Sanh bảo sẽ dạy lại cho 2 thanh niên trong ấp biết cách vận hành và đọc tin song ngữ, "để khi mình già, cái loa vẫn nói".
Hữu Huynh
Lượt xem: 3.108
Tin khác
- Tân Châu: tọa đàm về công tác dân vận vùng đồng bào Chăm (12/08/2022)
- An Phú phát huy vai trò người có uy tín (01/08/2022)
- Chăm lo Tết Roya Haji cho đồng bào Chăm (20/07/2022)
""", "2022-08-19", "\"Cái loa\" của ấp Chăm bên dòng Hậu Giang",
E("khac", None, None),
[P("Ha Sanh", "Tổ trưởng tổ nhân dân tự quản số 4", "cộng tác viên dư luận xã hội của Đảng ủy xã Châu Phong"),
 P("Haji Mu Sa", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang"),
 P("Sa Ri Da", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Phong"),
 P("Nguyễn Văn Phúc", "Bí thư Đảng ủy xã Châu Phong")],
[Q("412 hộ", 412, "hộ"), Q("khoảng 90%", 90, "%", "approx"), Q("hơn 98%", 98, "%", "over"),
 Q("9 cụm loa", 9, "cụm loa"), Q("150.000 đồng/tháng", 150000, "đồng"), Q("2 thanh niên", 2, "thanh niên")],
[],
[prov("An Giang"), com("Châu Phong")],
["BÁO AN GIANG ONLINE", "Chuyên mục: Gương sáng | Dân tộc - Tôn giáo", "Ông Ha Sanh bên bàn điều khiển cụm loa ở ấp Phũm Xoài. Ảnh: Hữu Huynh",
 "cái loa của ấp", "Lượt xem: 3.108"],
["19/08/2022 - 07:05", "Hơn 15 năm", "58 tuổi", "số 4", "khoảng 1 giờ", "năm 2021", "7 ngày", "1 phiếu", "Lượt xem: 3.108"]))

PAGES.append(page("b3284-thainguyen-btg-giaoban-q1-2022", """
TRANG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THÁI NGUYÊN
You are here: Trang chủ > Hoạt động > Tuyên giáo
14/04/2022 - 16:20
Các đại biểu dự giao ban.
Thái Nguyên: nâng cao chất lượng báo cáo dư luận xã hội hằng tháng
Ngày 13/4/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo quý I/2022 với ban tuyên giáo các huyện ủy, thành ủy, thị ủy và đảng ủy trực thuộc. Dự hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Hoàng Thị Mơ, Lâm Văn Sáng, Ma Thị Nguyệt.
Báo cáo tại giao ban cho biết, quý I, toàn tỉnh tổ chức 3 hội nghị báo cáo viên cấp tỉnh theo hình thức trực tuyến tới 182 điểm cầu, với khoảng 9.500 lượt đại biểu tham dự. Mạng lưới 274 cộng tác viên dư luận xã hội đã gửi 795 báo cáo, đạt 96,7% so với yêu cầu; Ban tổng hợp 3 báo cáo dư luận xã hội hằng tháng và 2 báo cáo chuyên đề về tình hình thực hiện "mục tiêu kép" và về dư luận quanh việc tăng giá xăng dầu.
Một số địa phương đã đổi mới cách báo cáo: huyện Phú Lương áp dụng phần mềm tổng hợp ý kiến qua điện thoại thông minh; huyện Võ Nhai lập 28 nhóm Zalo "Tai mắt của Đảng" ở 15 xã, thị trấn. Tuy nhiên, chất lượng báo cáo ở một số nơi còn thấp, nhiều báo cáo sao chép từ tháng trước; 4 đơn vị chậm gửi báo cáo từ 2 tháng trở lên.
Đồng chí Hoàng Văn Chiến, Trưởng Ban Tuyên giáo Huyện ủy Định Hóa, phản ánh hệ thống loa truyền thanh ở 11 xã vùng ATK đã dùng hơn 10 năm, nhiều cụm loa hư hỏng. Đồng chí Lý Thị Sen, Chủ tịch UBND xã Phú Đình, đề nghị hỗ trợ xã chuyển đổi sang đài truyền thanh ứng dụng công nghệ thông tin - viễn thông với kinh phí dự kiến khoảng 350 triệu đồng.
Kết luận hội nghị, đồng chí Hoàng Thị Mơ đề nghị các đơn vị thực hiện nghiêm Hướng dẫn số 41-HD/BTGTU ngày 10/1/2022 của Ban Tuyên giáo Tỉnh ủy về chế độ báo cáo dư luận xã hội, gửi báo cáo trước ngày 20 hằng tháng; tham mưu cấp ủy thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng; phối hợp với Sở Thông tin và Truyền thông triển khai Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ về nâng cao hiệu quả hoạt động thông tin cơ sở.
Trong quý II, Ban sẽ tổ chức 2 lớp tập huấn cho cộng tác viên dư luận xã hội và báo cáo viên cơ sở, ưu tiên cán bộ mới được bổ sung sau đại hội chi bộ; đồng thời khảo sát hiệu quả hệ thống loa ở các xã vùng cao trước mùa mưa bão.
Phương Thảo
Lượt truy cập: 15.847
Các tin khác
- Đại Từ: giao ban công tác tuyên giáo quý I (08/04/2022)
- Tuyên truyền kỷ niệm 75 năm Ngày thành lập ATK Định Hóa (01/04/2022)
- Hội nghị báo cáo viên tháng 3/2022 (28/03/2022)
""", "2022-04-14", "Thái Nguyên: nâng cao chất lượng báo cáo dư luận xã hội hằng tháng",
E("giao_ban", "2022-Q1", "2022-04-13"),
[P("Hoàng Thị Mơ", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lâm Văn Sáng", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ma Thị Nguyệt", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hoàng Văn Chiến", "Trưởng Ban Tuyên giáo Huyện ủy Định Hóa"),
 P("Lý Thị Sen", "Chủ tịch UBND xã Phú Đình")],
[Q("3 hội nghị báo cáo viên cấp tỉnh", 3, "hội nghị báo cáo viên cấp tỉnh"), Q("182 điểm cầu", 182, "điểm cầu"),
 Q("khoảng 9.500 lượt đại biểu", 9500, "lượt đại biểu", "approx"),
 Q("274 cộng tác viên dư luận xã hội", 274, "cộng tác viên dư luận xã hội"), Q("795 báo cáo", 795, "báo cáo"),
 Q("96,7%", 96.7, "%"), Q("3 báo cáo dư luận xã hội hằng tháng", 3, "báo cáo dư luận xã hội hằng tháng"),
 Q("2 báo cáo chuyên đề", 2, "báo cáo chuyên đề"), Q("28 nhóm Zalo", 28, "nhóm Zalo"),
 Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("4 đơn vị", 4, "đơn vị"), Q("11 xã vùng ATK", 11, "xã vùng ATK"),
 Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("2 lớp tập huấn", 2, "lớp tập huấn")],
[D("Hướng dẫn", "41", "HD/BTGTU", "2022-01-10", "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 41-HD/BTGTU ngày 10/1/2022"),
 D("Kết luận", "21", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW"),
 D("Quyết định", "135", "QĐ-TTg", "2020-01-20", "Thủ tướng Chính phủ", "Quyết định số 135/QĐ-TTg ngày 20/01/2020")],
[prov("Thái Nguyên"), com("Phú Đình")],
["TRANG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THÁI NGUYÊN", "You are here: Trang chủ > Hoạt động > Tuyên giáo", "Các đại biểu dự giao ban.",
 "mục tiêu kép", "Tai mắt của Đảng", "Lượt truy cập: 15.847"],
["14/04/2022 - 16:20", "quý I/2022", "từ 2 tháng trở lên", "hơn 10 năm", "ngày 20", "quý II", "Lượt truy cập: 15.847"]))

PAGES.append(page("b3285-gialai-btg-toadam-truyenthanh-2023", """
Báo Gia Lai điện tử
Trang chủ / Chính trị / Tin tức
Ngày đăng 06/07/2023 | 09:10
Tọa đàm "Nâng cao hiệu quả thông tin cơ sở vùng đồng bào dân tộc thiểu số"
(GLO)- Sáng 5/7, Ban Tuyên giáo Tỉnh ủy Gia Lai phối hợp với Sở Thông tin và Truyền thông tổ chức tọa đàm năm 2023 về nâng cao hiệu quả thông tin cơ sở vùng đồng bào dân tộc thiểu số, với sự tham gia của gần 120 đại biểu là báo cáo viên, cán bộ đài truyền thanh cấp xã và cộng tác viên dư luận xã hội.
Quang cảnh buổi tọa đàm. Ảnh: Đ.T
Chủ trì tọa đàm có đồng chí Rmah H'Bưng, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy và đồng chí Phan Thanh Long, Phó Giám đốc Sở Thông tin và Truyền thông.
Theo báo cáo đề dẫn, toàn tỉnh hiện có 220/220 xã, phường, thị trấn có đài truyền thanh, trong đó 64 đài đã chuyển đổi sang công nghệ thông tin - viễn thông; có 1.350 cụm loa tại các thôn, làng. Năm 2022, các đài phát khoảng 48.000 giờ chương trình, trong đó hơn 9.000 giờ bằng tiếng Jrai, Bahnar. Mạng lưới 236 cộng tác viên dư luận xã hội đã phản ánh 1.912 ý kiến của người dân; 14 vụ việc có dấu hiệu kích động "Nhà nước Đêga" được phát hiện sớm, kịp thời xử lý.
Các ông Rơ Châm Yang, Ksor Hnim, Siu Blong - cộng tác viên dư luận xã hội huyện Ia Grai chia sẻ: ở làng, bà con tin lời già làng, người có uy tín hơn nghe loa; vì vậy cần mời chính họ đọc tin trên loa bằng tiếng Jrai. Bà Kpă H'Thuyên, Phó Chủ tịch UBND xã Ia Dêr, cho biết xã dành mỗi tuần 2 buổi phát "Chuyện làng mình", phản ánh cả việc tốt và việc chưa tốt ở từng làng, thu hút bà con nghe.
Ông Đinh Văn Byưh, cán bộ phụ trách đài truyền thanh xã Kon Chiêng (huyện Mang Yang), kiến nghị nâng phụ cấp người trực đài, hiện chỉ 0,5 mức lương cơ sở; đề nghị hỗ trợ thay 30 cụm loa bị sét đánh hư hỏng mùa mưa năm 2022.
Phát biểu kết luận, đồng chí Rmah H'Bưng đề nghị các địa phương thực hiện Kế hoạch số 168-KH/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác thông tin cơ sở giai đoạn 2021 - 2025 và Quyết định số 1056/QĐ-UBND ngày 27/12/2022 của UBND tỉnh phê duyệt danh mục hỗ trợ đài truyền thanh cấp xã; phấn đấu đến cuối năm 2025 có ít nhất 80% đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông.
Dịp này, Sở Thông tin và Truyền thông trao 50 máy thu thanh cho các làng vùng sâu của huyện Kông Chro, mỗi máy trị giá khoảng 1,2 triệu đồng.
Đức Thụy
Lượt xem: 1.390
Tin cùng chuyên mục
- Chư Păh: tập huấn cho 50 tuyên truyền viên làng (28/06/2023)
- Hội nghị báo cáo viên tháng 6/2023 (22/06/2023)
- Ia Pa ra mắt mô hình loa song ngữ (15/06/2023)
""", "2023-07-06", "Tọa đàm \"Nâng cao hiệu quả thông tin cơ sở vùng đồng bào dân tộc thiểu số\"",
E("hoi_nghi", "2023", "2023-07-05"),
[P("Rmah H'Bưng", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Phan Thanh Long", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Rơ Châm Yang", "cộng tác viên dư luận xã hội huyện Ia Grai"),
 P("Ksor Hnim", "cộng tác viên dư luận xã hội huyện Ia Grai"),
 P("Siu Blong", "cộng tác viên dư luận xã hội huyện Ia Grai"),
 P("Kpă H'Thuyên", "Phó Chủ tịch UBND xã Ia Dêr"),
 P("Đinh Văn Byưh", "cán bộ phụ trách đài truyền thanh xã Kon Chiêng")],
[Q("gần 120 đại biểu", 120, "đại biểu", "approx"), Q("220/220 xã, phường, thị trấn", 220, "xã, phường, thị trấn"),
 Q("64 đài", 64, "đài"), Q("1.350 cụm loa", 1350, "cụm loa"),
 Q("khoảng 48.000 giờ chương trình", 48000, "giờ chương trình", "approx"), Q("hơn 9.000 giờ", 9000, "giờ", "over"),
 Q("236 cộng tác viên dư luận xã hội", 236, "cộng tác viên dư luận xã hội"), Q("1.912 ý kiến", 1912, "ý kiến"),
 Q("14 vụ việc có dấu hiệu kích động \"Nhà nước Đêga\"", 14, "vụ việc có dấu hiệu kích động \"Nhà nước Đêga\""),
 Q("30 cụm loa", 30, "cụm loa"), Q("ít nhất 80%", 80, "%", "over"), Q("50 máy thu thanh", 50, "máy thu thanh"),
 Q("khoảng 1,2 triệu đồng", 1200000, "đồng", "approx")],
[D("Kế hoạch", "168", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 168-KH/TU"),
 D("Quyết định", "1056", "QĐ-UBND", "2022-12-27", "UBND tỉnh", "Quyết định số 1056/QĐ-UBND ngày 27/12/2022")],
[prov("Gia Lai"), com("Ia Dêr"), com("Kon Chiêng")],
["Báo Gia Lai điện tử", "Trang chủ / Chính trị / Tin tức", "(GLO)", "Quang cảnh buổi tọa đàm. Ảnh: Đ.T", "Nhà nước Đêga",
 "Chuyện làng mình", "Lượt xem: 1.390"],
["Ngày đăng 06/07/2023 | 09:10", "năm 2023", "Năm 2022", "2 buổi", "0,5 mức lương cơ sở", "giai đoạn 2021 - 2025", "năm 2025", "Lượt xem: 1.390"]))

PAGES.append(page("b3286-binhduong-btg-soket-dlxh-2023", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự >> Chính trị
Thứ Năm, 27/07/2023, 10:45
Nắm chắc tâm trạng công nhân trong bối cảnh thiếu việc làm
(BDO) Chiều 26/7, Ban Tuyên giáo Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết công tác nắm bắt, định hướng dư luận xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Nguyễn Thị Mỹ Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì; dự có 37 đồng chí là lãnh đạo ban tuyên giáo các huyện, thị, thành ủy, đảng ủy khối và cộng tác viên tiêu biểu.
Đồng chí Nguyễn Thị Mỹ Hằng phát biểu tại hội nghị. Ảnh: Ngọc Thanh
Báo cáo cho biết, 6 tháng qua, mạng lưới 352 cộng tác viên dư luận xã hội, trong đó có 96 người ở các công đoàn doanh nghiệp, đã gửi 2.034 phiếu phản ánh. Nổi bật là tâm trạng lo lắng của công nhân khi khoảng 86.000 lao động bị giảm giờ làm, hơn 21.000 người bị chấm dứt hợp đồng do doanh nghiệp thiếu đơn hàng. Ban đã phối hợp với Liên đoàn Lao động tỉnh thực hiện 1 cuộc khảo sát với 2.500 công nhân ở 40 doanh nghiệp; 63,5% người được hỏi mong muốn được hỗ trợ đào tạo nghề để chuyển đổi việc làm.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 212-KH/TU ngày 14/2/2023 về triển khai Kết luận 61, 62-KL/TW của Bộ Chính trị về công tác tuyên truyền, nắm bắt tình hình tư tưởng trong công nhân và về đấu tranh phản bác quan điểm sai trái; đồng thời ban hành Hướng dẫn số 58-HD/BTGTU về tổ chức hội nghị báo cáo viên ở khu nhà trọ.
Hệ thống loa truyền thanh ở 91 xã, phường, thị trấn được tăng thời lượng phát tin về việc làm, chính sách bảo hiểm thất nghiệp. Phường Chánh Mỹ thí điểm "Loa khu trọ" tại 14 khu nhà trọ với khoảng 6.000 công nhân thuê ở.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo Thành ủy Thuận An: Lâm Quốc Vinh, Trần Thị Bích Liên nêu thực tế nhiều tin giả về "doanh nghiệp FDI rút đi hàng loạt" lan nhanh trên mạng xã hội; đề nghị tỉnh sớm có kênh cung cấp thông tin chính thức cho cộng tác viên. Bà Đặng Thị Yến, Chủ tịch Công đoàn Công ty TNHH Giày da Phú Hòa, cộng tác viên dư luận xã hội, kể có thời điểm hơn 300 công nhân tụ tập trước cổng công ty vì chậm lương, công đoàn đã kịp báo cáo và phối hợp giải quyết ngay trong ngày.
Kết luận hội nghị, đồng chí Nguyễn Thị Mỹ Hằng yêu cầu 6 tháng cuối năm 2023 tập trung nắm bắt dư luận trong công nhân, người lao động; báo cáo dư luận xã hội hằng tháng phải có số liệu cụ thể, đề xuất rõ; mỗi huyện, thành phố tổ chức ít nhất 1 hội nghị báo cáo viên tại khu công nghiệp mỗi quý.
Ngọc Thanh
Tin liên quan
- Thủ Dầu Một: hội nghị báo cáo viên tháng 7 (20/07/2023)
- Hỗ trợ công nhân mất việc vượt khó (12/07/2023)
- Bàu Bàng tập huấn cho cộng tác viên dư luận xã hội (05/07/2023)
""", "2023-07-27", "Nắm chắc tâm trạng công nhân trong bối cảnh thiếu việc làm",
E("so_ket", "2023-H1", "2023-07-26"),
[P("Nguyễn Thị Mỹ Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lâm Quốc Vinh", "Phó Trưởng Ban Tuyên giáo Thành ủy Thuận An"),
 P("Trần Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo Thành ủy Thuận An"),
 P("Đặng Thị Yến", "Chủ tịch Công đoàn Công ty TNHH Giày da Phú Hòa", "cộng tác viên dư luận xã hội")],
[Q("37 đồng chí", 37, "đồng chí"), Q("352 cộng tác viên dư luận xã hội", 352, "cộng tác viên dư luận xã hội"),
 Q("96 người", 96, "người"), Q("2.034 phiếu phản ánh", 2034, "phiếu phản ánh"),
 Q("khoảng 86.000 lao động", 86000, "lao động", "approx"), Q("hơn 21.000 người", 21000, "người", "over"),
 Q("2.500 công nhân", 2500, "công nhân"), Q("40 doanh nghiệp", 40, "doanh nghiệp"), Q("63,5%", 63.5, "%"),
 Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"), Q("14 khu nhà trọ", 14, "khu nhà trọ"),
 Q("khoảng 6.000 công nhân", 6000, "công nhân", "approx"), Q("hơn 300 công nhân", 300, "công nhân", "over"),
 Q("ít nhất 1 hội nghị báo cáo viên", 1, "hội nghị báo cáo viên", "over")],
[D("Kế hoạch", "212", "KH/TU", "2023-02-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 212-KH/TU ngày 14/2/2023"),
 D("Kết luận", "61", "KL/TW", None, "Bộ Chính trị", "Kết luận 61, 62-KL/TW"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 61, 62-KL/TW"),
 D("Hướng dẫn", "58", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 58-HD/BTGTU")],
[prov("Bình Dương"), com("Chánh Mỹ")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự >> Chính trị", "(BDO)", "Đồng chí Nguyễn Thị Mỹ Hằng phát biểu tại hội nghị. Ảnh: Ngọc Thanh",
 "Loa khu trọ", "Liên đoàn Lao động tỉnh", "Công ty TNHH Giày da Phú Hòa"],
["Thứ Năm, 27/07/2023, 10:45", "6 tháng đầu năm", "6 tháng cuối năm 2023", "37 đồng chí", "1 cuộc khảo sát"]))
