from lib import *

PAGES = []

# b101 — commune website after the 2025 two-level reform, digital transformation training, Tuyên Quang (+Hà Giang)
PAGES.append(page(
"b101-tuyenquang-xameovac-taphuan-cds-2025",
"""
ĐẢNG BỘ - CHÍNH QUYỀN - MTTQ VÀ CÁC ĐOÀN THỂ XÃ MÈO VẠC
Trang thông tin điện tử xã Mèo Vạc, tỉnh Tuyên Quang
Trang chủ / Tin tức - Sự kiện / Chuyển đổi số
Thứ sáu, 12/09/2025 | 10:05

Xã Mèo Vạc tập huấn chuyển đổi số cho Tổ công nghệ số cộng đồng năm 2025

Ngày 11/9/2025, Ủy ban MTTQ Việt Nam xã Mèo Vạc phối hợp với UBND xã tổ chức lớp tập huấn chuyển đổi số cho thành viên Tổ công nghệ số cộng đồng năm 2025. Đây là lớp tập huấn đầu tiên kể từ khi xã Mèo Vạc (tỉnh Tuyên Quang) được thành lập trên cơ sở sắp xếp thị trấn Mèo Vạc, xã Tả Lủng và xã Giàng Chu Phìn (thuộc tỉnh Hà Giang cũ) theo mô hình chính quyền địa phương 2 cấp.

Dự và chỉ đạo lớp tập huấn có các đồng chí: Sùng Mí Páo, Bí thư Đảng ủy xã; Giàng Thị Dợ, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; Ly Văn Chứ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Thào Mí Sính, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Vàng Thị Mai, Lý Mí Chơ.

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia và Kế hoạch số 27-KH/ĐU ngày 20/7/2025 của Đảng ủy xã, Ủy ban MTTQ Việt Nam xã đã ban hành Kế hoạch 15/KH-MTTQ-BTT ngày 25/8/2025 về triển khai phong trào "Bình dân học vụ số" trong đồng bào dân tộc thiểu số.

Lớp tập huấn có 126 học viên là thành viên của 32 Tổ công nghệ số cộng đồng ở các thôn, tổ dân phố, trong đó 71% là người dân tộc Mông. Giảng viên là cán bộ Trung tâm Phục vụ hành chính công xã và Viettel Tuyên Quang hướng dẫn cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện tin giả trên mạng xã hội. Các nội dung được dịch sang tiếng Mông để bà con dễ hiểu.

Theo báo cáo của UBND xã, toàn xã có 4.215 hộ với hơn 23.600 nhân khẩu; tỷ lệ hộ có điện thoại thông minh đạt 68,4%. Từ ngày 1/7 đến nay, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 1.932 hồ sơ, trong đó 1.208 hồ sơ được nộp trực tuyến. Có 9.870 người đã kích hoạt tài khoản định danh điện tử mức độ 2. Xã được tỉnh hỗ trợ 350 triệu đồng để mua sắm 20 máy tính và lắp đặt 14 km cáp quang đến các thôn vùng sâu.

Phát biểu chỉ đạo, Bí thư Đảng ủy xã Sùng Mí Páo đề nghị mỗi thành viên Tổ công nghệ số cộng đồng "đi từng ngõ, gõ từng nhà", phấn đấu đến cuối năm 2025 có trên 80% người trưởng thành biết sử dụng dịch vụ công trực tuyến.

Học viên thực hành cài đặt ứng dụng VNeID trên điện thoại.
Tin, ảnh: Mai Hương
Lượt truy cập: 3.417

Tin khác
- Xã Mèo Vạc ra mắt 32 Tổ công nghệ số cộng đồng (15/7/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (02/9/2025)
- Trao 50 suất quà Tết Độc lập cho hộ nghèo (28/8/2025)
""",
"2025-09-12",
"Xã Mèo Vạc tập huấn chuyển đổi số cho Tổ công nghệ số cộng đồng năm 2025",
E("tap_huan", "2025", "2025-09-11"),
[P("Sùng Mí Páo", "Bí thư Đảng ủy xã"),
 P("Giàng Thị Dợ", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Ly Văn Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thào Mí Sính", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Mí Chơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("126 học viên", 126, "học viên"),
 Q("32 Tổ công nghệ số cộng đồng", 32, "Tổ công nghệ số cộng đồng"),
 Q("71%", 71, "%"),
 Q("4.215 hộ", 4215, "hộ"),
 Q("hơn 23.600 nhân khẩu", 23600, "nhân khẩu", "over"),
 Q("68,4%", 68.4, "%"),
 Q("1.932 hồ sơ", 1932, "hồ sơ"),
 Q("1.208 hồ sơ", 1208, "hồ sơ"),
 Q("9.870 người", 9870, "người"),
 Q("350 triệu đồng", 350000000, "đồng"),
 Q("20 máy tính", 20, "máy tính"),
 Q("14 km", 14, "km"),
 Q("trên 80%", 80, "%", "over")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Kế hoạch", "27", "KH/ĐU", "2025-07-20", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", "2025-08-25", "Ủy ban MTTQ Việt Nam xã", "Kế hoạch 15/KH-MTTQ-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("xã Mèo Vạc"), com("thị trấn Mèo Vạc"), com("xã Tả Lủng"),
 com("xã Giàng Chu Phìn")],
["ĐẢNG BỘ - CHÍNH QUYỀN - MTTQ VÀ CÁC ĐOÀN THỂ XÃ MÈO VẠC", "Lượt truy cập", "Bình dân học vụ số",
 "Trung tâm Phục vụ hành chính công", "Viettel Tuyên Quang", "VNeID",
 "Học viên thực hành cài đặt ứng dụng VNeID trên điện thoại."],
["2 cấp", "mức độ 2", "năm 2025"],
))

# b102 — provincial newspaper, "Dân vận khéo" awards, Quảng Nam 2022
PAGES.append(page(
"b102-quangnam-danvankheo-bieuduong-2022",
"""
BÁO QUẢNG NAM
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Quảng Nam & Thế giới
Chính trị > Xây dựng Đảng
25/11/2022 08:40

Quảng Nam biểu dương 45 mô hình "Dân vận khéo" năm 2022

(QNO) - Sáng 24/11, Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2022.

Dự hội nghị có Nguyễn Đức Thịnh - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Hồ Thị Lệ Thu - Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh; Trần Văn Phúc - Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy - Phó Trưởng ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh; Đinh Thị Hoa - Phó Chủ tịch UBND tỉnh.

Theo báo cáo, thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Quyết định số 2138-QĐ/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy, năm 2022 toàn tỉnh xây dựng mới 612 mô hình "Dân vận khéo", nâng tổng số mô hình giai đoạn 2016-2022 lên 2.870 mô hình. Các mô hình đã vận động nhân dân hiến hơn 12.000 m2 đất, đóng góp 1,8 tỷ đồng làm 26 km đường bê tông nông thôn, giúp 540 hộ thoát nghèo.

Nhiều mô hình ở vùng đồng bào dân tộc thiểu số miền núi được đánh giá cao. Bà Alăng Thị Hoa, Chi hội trưởng Chi hội Phụ nữ thôn Pơ'rning, xã Tư, vận động 48 hộ người Cơ Tu bỏ tập tục lạc hậu, xây dựng "Thôn không rác thải". Ông Hồ Văn Nương, Trưởng thôn 2, xã Trà Linh, đi đầu trồng 3,5 ha sâm Ngọc Linh và hướng dẫn 27 hộ cùng làm, thu nhập bình quân đạt 120 triệu đồng/hộ/năm. Thượng tá Nguyễn Minh Hải, Đồn trưởng Đồn Biên phòng A Nông, với mô hình "Nâng bước em tới trường" nhận đỡ đầu 35 học sinh.

Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đức Thịnh đề nghị các cấp ủy tiếp tục nhân rộng các điển hình, gắn phong trào "Dân vận khéo" với thực hiện nhiệm vụ chính trị ở địa phương, tránh hình thức, chạy theo số lượng.

Dịp này, Ban Chỉ đạo tặng giấy khen cho 30 tập thể và 15 cá nhân có mô hình tiêu biểu, mỗi mô hình được thưởng 3 triệu đồng.

Bà Alăng Thị Hoa (thứ hai từ trái sang) nhận giấy khen tại hội nghị. Ảnh: VINH ANH

ALĂNG NGƯỚC
Lượt xem: 1.642

Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý III (05/10/2022)
- Nam Giang: 20 mô hình "Dân vận khéo" được công nhận (12/9/2022)
""",
"2022-11-25",
"Quảng Nam biểu dương 45 mô hình \"Dân vận khéo\" năm 2022",
E("hoi_nghi", "2022", "2022-11-24"),
[P("Nguyễn Đức Thịnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hồ Thị Lệ Thu", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy",
   "Trưởng ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" tỉnh"),
 P("Trần Văn Phúc", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy - Phó Trưởng ban Chỉ đạo phong trào thi đua \"Dân vận khéo\" tỉnh"),
 P("Đinh Thị Hoa", "Phó Chủ tịch UBND tỉnh"),
 P("Alăng Thị Hoa", "Chi hội trưởng Chi hội Phụ nữ thôn Pơ'rning"),
 P("Hồ Văn Nương", "Trưởng thôn 2"),
 P("Nguyễn Minh Hải", "Thượng tá", "Đồn trưởng Đồn Biên phòng A Nông")],
[Q("45 mô hình", 45, "mô hình"),
 Q("612 mô hình", 612, "mô hình"),
 Q("2.870 mô hình", 2870, "mô hình"),
 Q("hơn 12.000 m2", 12000, "m2", "over"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("26 km", 26, "km"),
 Q("540 hộ", 540, "hộ"),
 Q("48 hộ", 48, "hộ"),
 Q("3,5 ha", 3.5, "ha"),
 Q("27 hộ", 27, "hộ"),
 Q("120 triệu đồng/hộ/năm", 120000000, "đồng"),
 Q("35 học sinh", 35, "học sinh"),
 Q("30 tập thể", 30, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quyết định", "2138", "QĐ/TU", "2021-03-10", "Ban Thường vụ Tỉnh ủy", "Quyết định số 2138-QĐ/TU")],
[prov("Quảng Nam"), com("xã Tư"), com("xã Trà Linh")],
["BÁO QUẢNG NAM", "Lượt xem", "Thôn không rác thải", "Nâng bước em tới trường", "sâm Ngọc Linh",
 "Đồn Biên phòng A Nông", "Bà Alăng Thị Hoa (thứ hai từ trái sang) nhận giấy khen tại hội nghị."],
["giai đoạn 2016-2022", "thôn 2", "quý III"],
))

# b103 — Ban Tuyên giáo và Dân vận Tỉnh ủy page, 6-month review, Lâm Đồng (+Đắk Nông, Bình Thuận) 2026
PAGES.append(page(
"b103-lamdong-btgdv-soket-6thang-2026",
"""
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang thông tin điện tử
Trang chủ › Hoạt động của Ban › Công tác dân vận
Thứ Bảy, 11/7/2026 - 15:20

Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026

Ngày 10/7/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Hội nghị được kết nối tới 124 điểm cầu xã, phường, đặc khu với hơn 2.100 đại biểu tham dự.

Chủ trì hội nghị có các đồng chí: Trần Hồng Quân, Phó Bí thư Tỉnh ủy; K' Điểu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Nguyễn Thị Thu Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Bình, Nguyễn Hữu Tài, Ka Thị Mai, Đặng Quang Vinh; đại diện lãnh đạo Sở Dân tộc và Tôn giáo, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh.

Báo cáo tại hội nghị nêu rõ, sau một năm tỉnh Lâm Đồng mới được thành lập trên cơ sở hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, bộ máy làm công tác tuyên giáo, dân vận từ tỉnh đến cơ sở đã vận hành ổn định. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 43-NQ/TU ngày 15/1/2026 về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số và đồng bào có đạo giai đoạn 2026-2030, và Kế hoạch số 112-KH/TU ngày 3/3/2026 thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Công tác tuyên truyền được đổi mới mạnh mẽ. Trong 6 tháng, các cấp đã tổ chức 1.486 buổi tuyên truyền miệng cho hơn 96.000 lượt người nghe; hệ thống trang thông tin và fanpage của Ban đăng tải 2.730 tin, bài, video với hơn 4,8 triệu lượt xem. Đội ngũ báo cáo viên các cấp hiện có 1.265 người. Ban đã phối hợp tổ chức 3 đợt đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại phường Xuân Hương - Đà Lạt, phường Bắc Gia Nghĩa và xã Tuy Phong, tiếp nhận 214 ý kiến, kiến nghị, đến nay đã giải quyết 187 ý kiến.

Về công tác dân tộc, tôn giáo, toàn tỉnh có 47 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 18,6% dân số; có 11 tôn giáo với gần 1,3 triệu tín đồ và 1.012 cơ sở thờ tự. Ban đã chủ trì, phối hợp tổ chức 42 cuộc gặp mặt, thăm hỏi chức sắc, người có uy tín nhân dịp các lễ trọng; các tổ chức tôn giáo đóng góp trên 86 tỷ đồng cho hoạt động từ thiện, an sinh xã hội. Phong trào thi đua "Dân vận khéo" có 856 mô hình được công nhận, trong đó 312 mô hình về phát triển kinh tế, giảm nghèo bền vững.

Công tác hỗ trợ sinh kế cho đồng bào được quan tâm. Thông qua các chương trình mục tiêu quốc gia, tỉnh đã giao 2.450 ha đất sản xuất cho 1.318 hộ, hỗ trợ 620 tấn phân bón và xóa 1.206 căn nhà tạm, nhà dột nát với tổng kinh phí 72,4 tỷ đồng. Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 6,12%.

Công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm được tăng cường. Đối với dự án đường cao tốc Tân Phú - Bảo Lộc, đoạn qua tỉnh dài 56,5 km, các tổ dân vận đã đến từng hộ vận động; đến nay 1.047/1.102 hộ đã bàn giao mặt bằng, đạt 95%. Tại xã Lạc Dương, đồng chí Ka Sô Liễng, Bí thư Đảng ủy xã, đã trực tiếp đối thoại 4 lần với 38 hộ đồng bào Cơ Ho có đất nằm trong vùng dự án hồ chứa nước. Tại phường Mũi Né, Chủ tịch Ủy ban MTTQ Việt Nam phường Trần Thị Bích Hạnh cùng các đoàn thể vận động 126 hộ ngư dân di dời nhà ở ven biển bị sạt lở, với tổng kinh phí hỗ trợ tái định cư 48 tỷ đồng.

Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: việc nắm bắt dư luận xã hội ở một số xã mới hợp nhất còn chậm; vẫn còn 9 điểm nhóm tôn giáo sinh hoạt chưa đúng quy định; tình trạng tranh chấp đất đai ở vùng giáp ranh giữa các xã chưa được giải quyết dứt điểm.

Phát biểu kết luận, đồng chí Trần Hồng Quân, Phó Bí thư Tỉnh ủy, đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tập trung tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội XIV của Đảng; chủ động nắm tình hình tư tưởng trong cán bộ, đảng viên sau sắp xếp; tham mưu sơ kết 1 năm thực hiện mô hình tổ chức mới của khối dân vận. Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy K' Điểu tiếp thu ý kiến và cho biết Ban sẽ ban hành chương trình hành động trong tháng 7.

Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 24 cá nhân có thành tích xuất sắc.

Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Ban TG&DV

Thu Trang
Số lượt truy cập: 987

Bài viết liên quan
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cấp xã (02/7/2026)
- Giao ban khối dân vận quý II/2026 (28/6/2026)
- Lâm Đồng: 100% xã có Tổ dân vận (15/6/2026)
""",
"2026-07-11",
"Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026",
E("so_ket", "2026-H1", "2026-07-10"),
[P("Trần Hồng Quân", "Phó Bí thư Tỉnh ủy"),
 P("K' Điểu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tài", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Sô Liễng", "Bí thư Đảng ủy xã"),
 P("Trần Thị Bích Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("124 điểm cầu", 124, "điểm cầu"),
 Q("hơn 2.100 đại biểu", 2100, "đại biểu", "over"),
 Q("1.486 buổi tuyên truyền miệng", 1486, "buổi tuyên truyền miệng"),
 Q("hơn 96.000 lượt người nghe", 96000, "lượt người nghe", "over"),
 Q("2.730 tin, bài, video", 2730, "tin, bài, video"),
 Q("hơn 4,8 triệu lượt xem", 4800000, "lượt xem", "over"),
 Q("1.265 người", 1265, "người"),
 Q("3 đợt đối thoại", 3, "đợt đối thoại"),
 Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"),
 Q("187 ý kiến", 187, "ý kiến"),
 Q("47 dân tộc", 47, "dân tộc"),
 Q("khoảng 18,6%", 18.6, "%", "approx"),
 Q("11 tôn giáo", 11, "tôn giáo"),
 Q("gần 1,3 triệu tín đồ", 1300000, "tín đồ", "approx"),
 Q("1.012 cơ sở thờ tự", 1012, "cơ sở thờ tự"),
 Q("42 cuộc gặp mặt", 42, "cuộc gặp mặt"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("856 mô hình", 856, "mô hình"),
 Q("312 mô hình", 312, "mô hình"),
 Q("2.450 ha", 2450, "ha"),
 Q("1.318 hộ", 1318, "hộ"),
 Q("620 tấn", 620, "tấn"),
 Q("1.206 căn nhà tạm, nhà dột nát", 1206, "căn nhà tạm, nhà dột nát"),
 Q("72,4 tỷ đồng", 72400000000, "đồng"),
 Q("6,12%", 6.12, "%"),
 Q("56,5 km", 56.5, "km"),
 Q("1.047", 1047, "hộ"),
 Q("1.102 hộ", 1102, "hộ"),
 Q("95%", 95, "%"),
 Q("38 hộ", 38, "hộ"),
 Q("126 hộ ngư dân", 126, "hộ ngư dân"),
 Q("48 tỷ đồng", 48000000000, "đồng"),
 Q("9 điểm nhóm tôn giáo", 9, "điểm nhóm tôn giáo"),
 Q("18 tập thể", 18, "tập thể"),
 Q("24 cá nhân", 24, "cá nhân")],
[D("Nghị quyết", "43", "NQ/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 43-NQ/TU"),
 D("Kế hoạch", "112", "KH/TU", "2026-03-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("phường Xuân Hương - Đà Lạt"),
 com("phường Bắc Gia Nghĩa"), com("xã Tuy Phong"), com("xã Lạc Dương"), com("phường Mũi Né")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Số lượt truy cập", "Sở Dân tộc và Tôn giáo",
 "Bộ Chỉ huy Quân sự tỉnh", "Dân vận khéo", "Tân Phú - Bảo Lộc", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Ban TG&DV"],
["6 tháng cuối năm 2026", "giai đoạn 2026-2030", "lần thứ I", "Đại hội XIV", "1 năm", "tháng 7", "4 lần", "6 tháng đầu năm", "Trong 6 tháng"],
))

# b104 — provincial Fatherland Front, ethnic minorities, annual review, Điện Biên 2015
PAGES.append(page(
"b104-dienbien-mttq-tongket-dantoc-2015",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN
Trang thông tin điện tử - mattran.dienbien.gov.vn
Trang chủ > Tin tức > Hoạt động Mặt trận
Cập nhật ngày 23 tháng 12 năm 2015

Ủy ban MTTQ tỉnh Điện Biên tổng kết công tác năm 2015, biểu dương người có uy tín

Ngày 22 tháng 12 năm 2015, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức Hội nghị tổng kết công tác Mặt trận năm 2015, triển khai chương trình phối hợp và thống nhất hành động năm 2016. Đồng chí Thào A Dơ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.

Cùng dự có đồng chí Lò Thị Thanh Xuân, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Quàng Văn Biên, Trưởng Ban Dân tộc tỉnh; đồng chí Giàng Thị Chá, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 150 đại biểu là thành viên Ủy ban, người có uy tín trong đồng bào các dân tộc.

Năm 2015, Mặt trận các cấp tập trung tuyên truyền Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương khóa IX về công tác dân tộc, Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín. Toàn tỉnh hiện có 1.638 người có uy tín, chủ yếu là già làng, trưởng bản, trưởng dòng họ người Thái, Mông, Khơ Mú. Người có uy tín đã tham gia hòa giải thành 356 vụ việc, vận động 212 hộ bỏ trồng cây thuốc phiện, phối hợp phát hiện 27 đối tượng truyền đạo trái pháp luật.

Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được đẩy mạnh: 86,2% hộ gia đình đạt danh hiệu gia đình văn hóa; Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 9,6 tỷ đồng, hỗ trợ xây mới 275 nhà Đại đoàn kết; 39 dòng họ ký cam kết không tảo hôn, không hôn nhân cận huyết thống. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 33,05%, bình quân giảm 4,5% mỗi năm.

Tại hội nghị, ông Lầu A Sềnh, Trưởng bản Huổi Lóng, xã Mường Nhé, chia sẻ kinh nghiệm vận động bà con khai hoang 14 ha ruộng nước, không di cư tự do. Bà Lò Thị Ún, bản Phiêng Ngúa, xã Thanh Nưa, kể về việc đưa 60 phụ nữ Thái vào tổ dệt thổ cẩm.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Thào A Dơ đánh giá cao vai trò của Mặt trận và người có uy tín trong giữ gìn an ninh vùng biên giới; đề nghị năm 2016 tập trung tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016-2021.

Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân, trong đó có 12 người có uy tín.

Quang cảnh Hội nghị tổng kết.
Bài, ảnh: Lò Hương
Lượt xem: 529

Tin liên quan
- Ủy ban MTTQ huyện Mường Chà tổng kết công tác năm 2015 (18/12/2015)
- Trao 100 suất quà cho người có uy tín (10/12/2015)
""",
"2015-12-23",
"Ủy ban MTTQ tỉnh Điện Biên tổng kết công tác năm 2015, biểu dương người có uy tín",
E("tong_ket", "2015", "2015-12-22"),
[P("Thào A Dơ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lò Thị Thanh Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Biên", "Trưởng Ban Dân tộc tỉnh"),
 P("Giàng Thị Chá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lầu A Sềnh", "Trưởng bản Huổi Lóng"),
 P("Lò Thị Ún")],
[Q("150 đại biểu", 150, "đại biểu"),
 Q("1.638 người có uy tín", 1638, "người có uy tín"),
 Q("356 vụ việc", 356, "vụ việc"),
 Q("212 hộ", 212, "hộ"),
 Q("27 đối tượng", 27, "đối tượng"),
 Q("86,2%", 86.2, "%"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("275 nhà Đại đoàn kết", 275, "nhà Đại đoàn kết"),
 Q("39 dòng họ", 39, "dòng họ"),
 Q("33,05%", 33.05, "%"),
 Q("4,5%", 4.5, "%"),
 Q("14 ha", 14, "ha"),
 Q("60 phụ nữ", 60, "phụ nữ"),
 Q("20 tập thể", 20, "tập thể"),
 Q("35 cá nhân", 35, "cá nhân"),
 Q("12 người có uy tín", 12, "người có uy tín")],
[D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 24-NQ/TW"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg")],
[prov("Điện Biên"), com("xã Mường Nhé"), com("xã Thanh Nưa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN", "Lượt xem", "Vì người nghèo", "bản Phiêng Ngúa",
 "Huổi Lóng", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quang cảnh Hội nghị tổng kết."],
["39 dòng họ", "khóa IX", "khóa XIV", "nhiệm kỳ 2016-2021"],
))
