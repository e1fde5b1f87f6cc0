from lib import *
PAGES = []

PAGES.append(page("b6071-tuyenquang-xahamyen-doithoai-giaoxu-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÀM YÊN - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Ngày đăng 15/10/2025 | 14:20
Xã Hàm Yên đối thoại với linh mục và bà con giáo xứ Tân Yên
Ngày 14/10/2025, Đảng ủy, UBND xã Hàm Yên tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền xã với linh mục quản xứ, ban hành giáo và 160 đại biểu là giáo dân giáo xứ Tân Yên. Đây là lần đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp. Đồng chí Hoàng Văn Chiêm, Bí thư Đảng ủy xã chủ trì; cùng chủ trì có đồng chí Bàn Thị Liên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Đồng chí Hoàng Văn Chiêm phát biểu tại hội nghị.
Xã Hàm Yên được thành lập trên cơ sở nhập thị trấn Tân Yên, xã Bằng Cốc và xã Thành Long theo Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội; có 1.430 giáo dân người Kinh, Tày, Dao, chiếm 6,8% dân số. Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Chỉ thị 03, 04-CT/ĐU của Ban Thường vụ Đảng ủy xã về tiếp dân, đối thoại và về công tác tôn giáo, từ tháng 7 đến nay xã đã tiếp 74 lượt công dân, giải quyết 11/13 đơn thư.
Tại hội nghị, Linh mục Phanxicô Xaviê Nguyễn Văn Hưng, Quản xứ giáo xứ Tân Yên, đề nghị xã quan tâm sửa 1,5 km đường vào giáo họ Bình Xa và giải quyết đơn xin cấp đất nghĩa trang giáo xứ. Ông Triệu Văn Vần, người Dao, Trưởng ban hành giáo giáo họ Bình Xa, phản ánh 9 hộ giáo dân chưa được cấp giấy chứng nhận quyền sử dụng đất do sai lệch bản đồ. Bà Ma Thị Thảo, người Tày, giáo dân thôn Cầu Mè, kiến nghị hỗ trợ giống cây keo cho 25 hộ nghèo sau bão số 10.
Trả lời các ý kiến, đồng chí Bàn Thị Liên cho biết xã đã đưa tuyến đường vào danh mục đầu tư năm 2026 với tổng mức 2,1 tỷ đồng; giao ông Nông Văn Khoa, Trưởng phòng Kinh tế UBND xã, đo đạc, chỉnh lý hồ sơ cho 9 hộ trước ngày 30/11/2025. Ông Sùng A Chứ, Phó Chủ tịch UBND xã, cho biết xã đã hỗ trợ 18 tấn gạo, 120 triệu đồng cho 312 hộ bị thiệt hại do bão, trong đó có 47 hộ giáo dân.
Bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị giáo xứ phối hợp vận động giáo dân tham gia phong trào "Tuyên Quang chung tay xây dựng nông thôn mới"; thông báo kế hoạch bầu cử đại biểu Quốc hội và HĐND các cấp năm 2026.
Kết luận, đồng chí Hoàng Văn Chiêm tiếp thu 15 ý kiến tại hội nghị, cam kết trả lời bằng văn bản trong 20 ngày; đề nghị Linh mục Phanxicô Xaviê Nguyễn Văn Hưng tiếp tục đồng hành cùng chính quyền, để giáo dân "sống tốt đời, đẹp đạo".
Văn phòng HĐND - UBND xã
Lượt truy cập: 3.812
Tin liên quan
- Xã Hàm Yên ra mắt Ban Chỉ đạo công tác tôn giáo (05/09/2025)
- Hội nghị tiếp xúc cử tri sau kỳ họp HĐND xã (20/08/2025)
- Tặng 200 suất quà cho hộ nghèo bị ảnh hưởng bão số 10 (02/10/2025)
""", "2025-10-15", "Xã Hàm Yên đối thoại với linh mục và bà con giáo xứ Tân Yên",
E("doi_thoai", "2025", "2025-10-14"),
[P("Hoàng Văn Chiêm", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Liên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Phanxicô Xaviê Nguyễn Văn Hưng", "Linh mục", "Quản xứ giáo xứ Tân Yên"),
 P("Triệu Văn Vần", "Trưởng ban hành giáo giáo họ Bình Xa"),
 P("Ma Thị Thảo"),
 P("Nông Văn Khoa", "Trưởng phòng Kinh tế UBND xã"),
 P("Sùng A Chứ", "Phó Chủ tịch UBND xã"),
 P("Lý Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("160 đại biểu", 160, "đại biểu"), Q("1.430 giáo dân", 1430, "giáo dân"), Q("6,8%", 6.8, "%"),
 Q("74 lượt công dân", 74, "lượt công dân"), Q("11/13 đơn thư", 11, "đơn thư"), Q("1,5 km", 1.5, "km"),
 Q("9 hộ giáo dân", 9, "hộ giáo dân"), Q("25 hộ nghèo", 25, "hộ nghèo"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("18 tấn", 18, "tấn"), Q("120 triệu đồng", 120000000, "đồng"), Q("312 hộ", 312, "hộ"), Q("47 hộ giáo dân", 47, "hộ giáo dân"),
 Q("15 ý kiến", 15, "ý kiến")],
[D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Tuyên Quang"), com("Hàm Yên"), com("Tân Yên"), com("Bằng Cốc"), com("Thành Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÀM YÊN - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Đồng chí Hoàng Văn Chiêm phát biểu tại hội nghị.", "Tuyên Quang chung tay xây dựng nông thôn mới", "sống tốt đời, đẹp đạo",
 "Lượt truy cập: 3.812"],
["Ngày đăng 15/10/2025 | 14:20", "năm 2025", "2 cấp", "bão số 10", "năm 2026", "20 ngày", "30/11/2025", "Lượt truy cập: 3.812"]))

PAGES.append(page("b6072-lamdong-btgdv-giaoban-quy1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ | Tin hoạt động | Dân tộc - Tôn giáo
Cập nhật: 09:42, 08/04/2026 (GMT+7)
Ảnh: Toàn cảnh buổi giao ban.
Giữ mối liên hệ thường xuyên với các giáo phận sau hợp nhất tỉnh
Ngày 7/4/2026, tại cuộc họp giao ban công tác dân tộc, tôn giáo quý I/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng đã trao đổi với đại diện 3 giáo phận Đà Lạt, Ban Mê Thuột và Phan Thiết có giáo xứ trên địa bàn tỉnh mới. Đồng chí Điểu K'Lơi, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ka Hòa, Nguyễn Thị Bích Thủy, Trần Văn Quang.
Theo báo cáo, tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) có khoảng 720.000 giáo dân, chiếm 21,4% dân số, sinh hoạt tại 247 giáo xứ, 68 giáo họ. Trong quý I, các xã, phường đã tổ chức 96 buổi tiếp xúc với linh mục quản xứ; tiếp nhận 41 kiến nghị, đã giải quyết 33 kiến nghị; hướng dẫn 5 giáo xứ làm hồ sơ sửa chữa nhà thờ theo Nghị định số 95/2023/NĐ-CP của Chính phủ. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 18, 19-KH/TU về công tác vận động đồng bào Công giáo và về gặp mặt chức sắc tôn giáo năm 2026; ban hành Hướng dẫn số 04-HD/BTGDVTU ngày 12/2/2026 về nắm tình hình tôn giáo ở cơ sở.
Tại giao ban, Linh mục Giuse Y Bhiăr Niê, Quản xứ giáo xứ Đắk Mil, đề nghị hỗ trợ 32 hộ giáo dân người Mnông, Êđê di cư tự do ổn định đất ở; Linh mục Phêrô Đàng Văn Thạch, Quản xứ giáo xứ Phan Rí Cửa, người Chăm, mong tỉnh quan tâm sinh kế cho 450 hộ ngư dân. Bà H'Điệp Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil, cho biết xã đã cùng giáo xứ vận động 12 hộ trở về địa phương, không tham gia tà đạo "Hà Mòn".
Ông Y Thái Niê, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết quý I đã có 2 điểm nhóm tôn giáo chưa đăng ký được hướng dẫn đăng ký sinh hoạt tập trung. Ông K'Brũi, Trưởng Ban Tôn giáo Sở Dân tộc và Tôn giáo, đề nghị các xã hoàn thành rà soát đất cơ sở tôn giáo trước ngày 30/6/2026.
Kết luận, đồng chí Điểu K'Lơi yêu cầu quý II chuẩn bị tốt việc gặp mặt chức sắc Công giáo giữa năm ở các giáo xứ vùng sâu; duy trì giao ban hằng quý với 3 giáo phận; không để phát sinh khiếu kiện đông người. Ban giao phòng Dân tộc, Tôn giáo và Dân vận chính quyền tổng hợp 8 kiến nghị còn tồn đọng báo cáo Thường trực Tỉnh ủy.
Minh Khang
Lượt xem: 926
Tin cùng chuyên mục
- Đối thoại với người có uy tín vùng đồng bào Mnông (01/04/2026)
- Bầu cử đại biểu Quốc hội khóa XVI thành công ở 124 xã, phường (20/03/2026)
- Hội nghị tập huấn công tác tôn giáo cho cán bộ xã mới (05/03/2026)
""", "2026-04-08", "Giữ mối liên hệ thường xuyên với các giáo phận sau hợp nhất tỉnh",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Điểu K'Lơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Quang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Y Bhiăr Niê", "Linh mục", "Quản xứ giáo xứ Đắk Mil"),
 P("Phêrô Đàng Văn Thạch", "Linh mục", "Quản xứ giáo xứ Phan Rí Cửa"),
 P("H'Điệp Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil"),
 P("Y Thái Niê", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brũi", "Trưởng Ban Tôn giáo Sở Dân tộc và Tôn giáo")],
[Q("3 giáo phận", 3, "giáo phận"), Q("khoảng 720.000 giáo dân", 720000, "giáo dân", "approx"), Q("21,4%", 21.4, "%"),
 Q("247 giáo xứ", 247, "giáo xứ"), Q("68 giáo họ", 68, "giáo họ"), Q("96 buổi tiếp xúc", 96, "buổi tiếp xúc"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("33 kiến nghị", 33, "kiến nghị"), Q("5 giáo xứ", 5, "giáo xứ"),
 Q("32 hộ giáo dân", 32, "hộ giáo dân"), Q("450 hộ ngư dân", 450, "hộ ngư dân"), Q("12 hộ", 12, "hộ"),
 Q("2 điểm nhóm tôn giáo", 2, "điểm nhóm tôn giáo"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2026-02-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 12/2/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Wil")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ | Tin hoạt động | Dân tộc - Tôn giáo", "Ảnh: Toàn cảnh buổi giao ban.",
 "Hà Mòn", "Lượt xem: 926", "giáo phận Đà Lạt, Ban Mê Thuột và Phan Thiết"],
["Cập nhật: 09:42, 08/04/2026 (GMT+7)", "quý I/2026", "quý I", "quý II", "năm 2026", "30/6/2026", "Lượt xem: 926"]))

PAGES.append(page("b6073-dongnai-tongket-conggiao-2025", """
BÁO ĐỒNG NAI
Hôm nay: Thứ Bảy, 17/01/2026
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Đồng Nai triển khai nhiệm vụ năm 2026 trong vận động đồng bào Công giáo
Đồng chí Nguyễn Minh Hiền tặng bằng khen cho các tập thể tiêu biểu.
Ngày 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất Đồng Nai và Bình Phước) tổng kết công tác này. Đồng chí Nguyễn Minh Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có Linh mục Giuse Phạm Quốc Việt, Tổng Đại diện Giáo phận Xuân Lộc, và Linh mục Phêrô Điểu Hồng Phúc, Đại diện Giáo phận Phú Cường tại khu vực Bình Phước cũ.
Theo báo cáo, tỉnh có hơn 1,2 triệu giáo dân, chiếm khoảng 27% dân số, thuộc 3 giáo phận Xuân Lộc, Phú Cường và Bà Rịa, với 331 giáo xứ. Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 02, 03-CT/TU về công tác tôn giáo sau sắp xếp đơn vị hành chính và về chuẩn bị bầu cử; phối hợp triển khai Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư và Quyết định số 1278/QĐ-UBND ngày 2/9/2025 của UBND tỉnh. Các giáo xứ đã cùng chính quyền xây, sửa 2.140 căn nhà tạm, nhà dột nát; đóng góp trên 180 tỷ đồng cho an sinh xã hội và xây dựng nông thôn mới; 98,1% khu dân cư vùng giáo đạt chuẩn văn hóa.
Các cấp đã tổ chức 418 cuộc đối thoại, tiếp xúc với linh mục quản xứ; giải quyết 63/71 kiến nghị; vận động 1.250 hộ giáo dân bàn giao mặt bằng cho dự án Cảng hàng không quốc tế Long Thành và đường Vành đai 3, 4.
Tại hội nghị, ông Điểu Văn Lâm, người S'tiêng, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, kể việc cùng Linh mục Đaminh Trần Văn Thụy, Quản xứ giáo xứ Đăk Ơ, vận động 38 hộ giáo dân S'tiêng không nghe theo đối tượng xấu; bà Thị Bích, người Mnông, Trưởng ban Caritas giáo xứ Bình Minh, đề nghị tăng học bổng cho con em giáo dân vùng biên giới. Ông Phạm Văn Tâm, Bí thư Đảng ủy phường Long Bình, và ông Lý Minh Quang, Chủ tịch UBND phường Tam Hiệp, chia sẻ cách giao ban hằng tháng với hội đồng mục vụ.
Phát biểu kết luận, đồng chí Nguyễn Minh Hiền yêu cầu năm 2026 tiếp tục thực hiện Quy định số 124-QĐ/TW của Ban Bí thư, không để phát sinh điểm nóng; tổ chức gặp mặt chức sắc Công giáo dịp Lễ Phục sinh; phấn đấu ít nhất 95% kiến nghị của giáo xứ được trả lời trong 30 ngày.
Dịp này, 24 tập thể, 36 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen; các ông Đoàn Văn Sang, Vũ Đình Thu - Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, được tặng bằng khen của UBND tỉnh.
Bảo Anh
Tin liên quan
- Gặp mặt chức sắc tôn giáo mừng Giáng sinh 2025 (22/12/2025)
- Đối thoại với giáo dân vùng dự án sân bay Long Thành (10/12/2025)
""", "2026-01-16", "Đồng Nai triển khai nhiệm vụ năm 2026 trong vận động đồng bào Công giáo",
E("tong_ket", "2025", "2026-01-15"),
[P("Nguyễn Minh Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Phạm Quốc Việt", "Linh mục", "Tổng Đại diện Giáo phận Xuân Lộc"),
 P("Phêrô Điểu Hồng Phúc", "Linh mục", "Đại diện Giáo phận Phú Cường tại khu vực Bình Phước cũ"),
 P("Điểu Văn Lâm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Đaminh Trần Văn Thụy", "Linh mục", "Quản xứ giáo xứ Đăk Ơ"),
 P("Thị Bích", "Trưởng ban Caritas giáo xứ Bình Minh"),
 P("Phạm Văn Tâm", "Bí thư Đảng ủy phường Long Bình"),
 P("Lý Minh Quang", "Chủ tịch UBND phường Tam Hiệp"),
 P("Đoàn Văn Sang", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Vũ Đình Thu", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("hơn 1,2 triệu giáo dân", 1200000, "giáo dân", "over"), Q("khoảng 27%", 27, "%", "approx"),
 Q("3 giáo phận", 3, "giáo phận"), Q("331 giáo xứ", 331, "giáo xứ"),
 Q("2.140 căn nhà tạm, nhà dột nát", 2140, "căn nhà tạm, nhà dột nát"), Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
 Q("98,1%", 98.1, "%"), Q("418 cuộc đối thoại, tiếp xúc", 418, "cuộc đối thoại, tiếp xúc"), Q("63/71 kiến nghị", 63, "kiến nghị"),
 Q("1.250 hộ giáo dân", 1250, "hộ giáo dân"), Q("38 hộ giáo dân S'tiêng", 38, "hộ giáo dân S'tiêng"),
 Q("ít nhất 95%", 95, "%", "over"), Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW"),
 D("Quyết định", "1278", "QĐ-UBND", "2025-09-02", "UBND tỉnh", "Quyết định số 1278/QĐ-UBND ngày 2/9/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Long Bình"), com("Tam Hiệp")],
["BÁO ĐỒNG NAI", "Hôm nay: Thứ Bảy, 17/01/2026", "Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Nguyễn Minh Hiền tặng bằng khen cho các tập thể tiêu biểu.", "Cảng hàng không quốc tế Long Thành"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "Vành đai 3, 4", "30 ngày"]))

PAGES.append(page("b6074-quangngai-taphuan-tongiao-xamoi-2025", """
Báo Quảng Ngãi điện tử
Chính trị | Xây dựng Đảng | Dân vận
Thứ Năm, 18/09/2025 - 16:45
Ảnh: Đồng chí Y Thị Nhung phát biểu khai mạc lớp tập huấn.
Bồi dưỡng kỹ năng đối thoại với chức sắc Công giáo cho cán bộ xã, phường mới
Từ ngày 17 đến 18/9/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức lớp tập huấn công tác tôn giáo năm 2025 cho 210 học viên là Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam và công chức văn hóa - xã hội của 96 xã, phường, đặc khu có đồng bào Công giáo. Đồng chí Y Thị Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu khai mạc.
Sau khi hợp nhất với tỉnh Kon Tum, tỉnh Quảng Ngãi mới có gần 260.000 giáo dân, trong đó trên 75% là đồng bào Xơ Đăng, Ba Na, Giẻ Triêng, Hrê, sinh hoạt tại 87 giáo xứ thuộc Giáo phận Kon Tum và Giáo phận Quy Nhơn. Các học viên được nghe ông A Thuận, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, giới thiệu Luật Tín ngưỡng, tôn giáo, Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ; bà Trương Thị Hồng Vân, Phó Giám đốc Sở Dân tộc và Tôn giáo, hướng dẫn thực hiện Quyết định số 1063/QĐ-UBND ngày 5/8/2025 của UBND tỉnh về phân cấp quản lý nhà nước về tín ngưỡng, tôn giáo cho cấp xã.
Linh mục Giuse A Thọ, Quản xứ giáo xứ Kon Hring, phường Kon Tum, trao đổi về cơ cấu tổ chức giáo xứ, các ngày lễ trọng và vai trò hội đồng mục vụ. Linh mục Phaolô Đinh Văn Tiến, Chánh xứ giáo xứ Ba Tơ, người Hrê, chia sẻ kinh nghiệm phối hợp với xã Ba Tơ vận động 64 hộ giáo dân di dời khỏi vùng sạt lở.
Trong 2 ngày, học viên thảo luận 6 tình huống giả định về tranh chấp đất đai, tổ chức lễ ngoài cơ sở thờ tự, truyền đạo trái phép. Ông Đinh Văn Thắm, Phó Bí thư Đảng ủy xã Sơn Hà, đề nghị tỉnh biên soạn tài liệu song ngữ Việt - Hrê; bà Y Ngọc Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô, mong được tập huấn thêm kỹ năng ghi biên bản đối thoại.
Theo Kế hoạch số 27-KH/BTGDVTU ngày 14/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, đến hết năm 2025 sẽ mở thêm 3 lớp tại khu vực Kon Tum cũ cho khoảng 400 học viên, kinh phí 245 triệu đồng. Lớp học lần này có 100% học viên đạt yêu cầu bài kiểm tra cuối khóa, 18 học viên đạt điểm giỏi.
Bế mạc, đồng chí Y Thị Nhung đề nghị mỗi xã, phường xây dựng kế hoạch gặp mặt, đối thoại với linh mục quản xứ ít nhất 2 lần/năm, báo cáo kết quả về Ban trước ngày 15/12/2025. Ông Lê Quang Hòa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trao giấy chứng nhận cho học viên.
Thanh Vân
Tin liên quan
- Quảng Ngãi: gặp mặt người có uy tín sau hợp nhất tỉnh (10/09/2025)
- Đặc khu Lý Sơn ra mắt tổ dân vận (02/09/2025)
- 96 xã, phường ra mắt Ban Chỉ đạo công tác tôn giáo (20/08/2025)
""", "2025-09-18", "Bồi dưỡng kỹ năng đối thoại với chức sắc Công giáo cho cán bộ xã, phường mới",
E("tap_huan", "2025", "2025-09-17"),
[P("Y Thị Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Thuận", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Thị Hồng Vân", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Giuse A Thọ", "Linh mục", "Quản xứ giáo xứ Kon Hring"),
 P("Phaolô Đinh Văn Tiến", "Linh mục", "Chánh xứ giáo xứ Ba Tơ"),
 P("Đinh Văn Thắm", "Phó Bí thư Đảng ủy xã Sơn Hà"),
 P("Y Ngọc Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô"),
 P("Lê Quang Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("210 học viên", 210, "học viên"), Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"),
 Q("gần 260.000 giáo dân", 260000, "giáo dân", "approx"), Q("trên 75%", 75, "%", "over"), Q("87 giáo xứ", 87, "giáo xứ"),
 Q("64 hộ giáo dân", 64, "hộ giáo dân"), Q("6 tình huống giả định", 6, "tình huống giả định"), Q("3 lớp", 3, "lớp"),
 Q("khoảng 400 học viên", 400, "học viên", "approx"), Q("245 triệu đồng", 245000000, "đồng"), Q("100% học viên", 100, "%"),
 Q("18 học viên", 18, "học viên")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Quyết định", "1063", "QĐ-UBND", "2025-08-05", "UBND tỉnh", "Quyết định số 1063/QĐ-UBND ngày 5/8/2025"),
 D("Kế hoạch", "27", "KH/BTGDVTU", "2025-08-14", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BTGDVTU ngày 14/8/2025")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Kon Tum"), com("Ba Tơ"), com("Sơn Hà"), com("Đăk Tô")],
["Báo Quảng Ngãi điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "Ảnh: Đồng chí Y Thị Nhung phát biểu khai mạc lớp tập huấn.",
 "Luật Tín ngưỡng, tôn giáo", "Giáo phận Quy Nhơn"],
["Thứ Năm, 18/09/2025 - 16:45", "năm 2025", "2 ngày", "2 lần/năm", "15/12/2025"]))

PAGES.append(page("b6075-ninhbinh-mttq-giamsat-camket-giaoxu-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH
Trang chủ >> Giám sát, phản biện xã hội >> Tin hoạt động
21/05/2026 - 10:05
Giám sát thực hiện quy chế phối hợp giữa chính quyền và các giáo xứ tại xã Hải Hậu
Ngày 20/5/2026, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Ninh Bình do ông Trần Văn Khuê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện quy chế phối hợp giữa UBND xã với các giáo xứ và việc giải quyết kiến nghị của giáo dân tại xã Hải Hậu và xã Hải Tiến, theo Chương trình giám sát năm 2026. Tham gia đoàn có các ông Phạm Văn Thuyết, Mai Xuân Bình - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, và Linh mục Giuse Vũ Đức Thiện, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.
Quang cảnh buổi giám sát tại xã Hải Hậu.
Sau sắp xếp, tỉnh Ninh Bình mới (hợp nhất Ninh Bình, Nam Định, Hà Nam) có hơn 780.000 giáo dân thuộc 3 giáo phận Phát Diệm, Bùi Chu và Thái Bình. Riêng xã Hải Hậu có 12 giáo xứ, 46 giáo họ với khoảng 41.000 giáo dân, chiếm 62% dân số. Báo cáo của bà Đoàn Thị Hương, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hải Hậu, cho biết từ tháng 7/2025 đến tháng 4/2026, xã đã tổ chức 9 buổi đối thoại với linh mục quản xứ, tiếp nhận 52 ý kiến, kiến nghị, đã giải quyết 44 ý kiến, kiến nghị, đạt 84,6%; ký Quy chế phối hợp số 02/QC-UBND ngày 15/8/2025 với 12 giáo xứ.
Đoàn căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Kế hoạch số 45/KH-MTTQ-BTT ngày 3/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tại xã Hải Tiến, Linh mục Phêrô Nguyễn Văn Đoan, Quản xứ giáo xứ Kiên Lao, phản ánh 18 hộ giáo dân ven biển chưa nhận đủ tiền bồi thường dự án đê; ông Trần Đình Chiểu, Trùm trưởng giáo họ Phú Lễ, đề nghị xã công khai danh sách 7 hộ được hỗ trợ xây nhà đại đoàn kết, mỗi hộ 60 triệu đồng.
Ông Lương Văn Hải, Bí thư Đảng ủy xã Hải Tiến, tiếp thu và cho biết xã đã chi trả 2,35 tỷ đồng, còn khoảng 410 triệu đồng chờ tỉnh cấp bổ sung. Bà Vũ Thị Ngát, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Tiến, thừa nhận việc niêm yết kết quả giải quyết kiến nghị tại 5 nhà văn hóa thôn chưa đầy đủ.
Kết luận, ông Trần Văn Khuê đánh giá 2 xã đã thực hiện nghiêm túc quy chế phối hợp, song còn 8 kiến nghị chưa được trả lời; đề nghị UBND 2 xã hoàn thành trước ngày 30/6/2026, công khai kết quả đến các giáo xứ. Đoàn sẽ tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh để kiến nghị UBND tỉnh.
Hà My
Xem thêm
- Ủy ban MTTQ tỉnh phản biện dự thảo quy hoạch vùng ven biển (12/05/2026)
- Giáo phận Bùi Chu trao 300 suất quà cho hộ nghèo (05/05/2026)
- Giám sát chính sách hỗ trợ người có uy tín (28/04/2026)
""", "2026-05-21", "Giám sát thực hiện quy chế phối hợp giữa chính quyền và các giáo xứ tại xã Hải Hậu",
E("giam_sat", "2026", "2026-05-20"),
[P("Trần Văn Khuê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thuyết", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mai Xuân Bình", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Vũ Đức Thiện", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đoàn Thị Hương", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Hải Hậu"),
 P("Phêrô Nguyễn Văn Đoan", "Linh mục", "Quản xứ giáo xứ Kiên Lao"),
 P("Trần Đình Chiểu", "Trùm trưởng giáo họ Phú Lễ"),
 P("Lương Văn Hải", "Bí thư Đảng ủy xã Hải Tiến"),
 P("Vũ Thị Ngát", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Tiến")],
[Q("hơn 780.000 giáo dân", 780000, "giáo dân", "over"), Q("3 giáo phận", 3, "giáo phận"), Q("12 giáo xứ", 12, "giáo xứ"),
 Q("46 giáo họ", 46, "giáo họ"), Q("khoảng 41.000 giáo dân", 41000, "giáo dân", "approx"), Q("62%", 62, "%"),
 Q("9 buổi đối thoại", 9, "buổi đối thoại"), Q("52 ý kiến, kiến nghị", 52, "ý kiến, kiến nghị"),
 Q("44 ý kiến, kiến nghị", 44, "ý kiến, kiến nghị"), Q("84,6%", 84.6, "%"), Q("18 hộ giáo dân", 18, "hộ giáo dân"),
 Q("7 hộ", 7, "hộ"), Q("60 triệu đồng", 60000000, "đồng"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("khoảng 410 triệu đồng", 410000000, "đồng", "approx"), Q("5 nhà văn hóa thôn", 5, "nhà văn hóa thôn"),
 Q("8 kiến nghị", 8, "kiến nghị")],
[D("Quy chế phối hợp", "02", "QC-UBND", "2025-08-15", "UBND xã", "Quy chế phối hợp số 02/QC-UBND ngày 15/8/2025"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2026-04-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 3/4/2026")],
[prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Hải Hậu"), com("Hải Tiến")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH", "Trang chủ >> Giám sát, phản biện xã hội >> Tin hoạt động",
 "Quang cảnh buổi giám sát tại xã Hải Hậu.", "Chương trình giám sát năm 2026"],
["21/05/2026 - 10:05", "năm 2026", "tháng 7/2025", "tháng 4/2026", "30/6/2026", "2 xã"]))

PAGES.append(page("b6076-khanhhoa-tiepxuccutri-giaoxu-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự / Chính trị / Bầu cử Quốc hội và HĐND
27/02/2026 | 08:15
Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri là đồng bào Công giáo
Ảnh: Cử tri giáo xứ Tân Bổn (xã Ninh Hải) dự hội nghị.
Ngày 26/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa phối hợp Ủy ban MTTQ Việt Nam xã Ninh Hải tổ chức Hội nghị tiếp xúc cử tri để các ứng cử viên đại biểu Quốc hội khóa XVI vận động bầu cử tại hội trường giáo xứ Tân Bổn. Hơn 350 cử tri là giáo dân các giáo xứ Tân Bổn, Hộ Diêm, Phước Thiện đã tham dự. Chủ trì hội nghị có bà Lê Thị Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và ông Đàng Văn Tịnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Hải.
Tỉnh Khánh Hòa mới (hợp nhất Khánh Hòa và Ninh Thuận) có trên 125.000 giáo dân, thuộc Giáo phận Nha Trang, sinh hoạt tại 152 giáo xứ; riêng khu vực Ninh Thuận cũ có khoảng 48.000 giáo dân, trong đó hơn 2.100 người là đồng bào Raglai, Chăm. Theo Nghị quyết số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội, tỉnh được bầu 9 đại biểu Quốc hội; có 15 người ứng cử.
Tại hội nghị, các ứng cử viên Nguyễn Thị Hồng Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Chamaléa Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Phạm Hữu Lộc, Giám đốc Sở Dân tộc và Tôn giáo đã trình bày chương trình hành động. Ứng cử viên Chamaléa Thị Hoa cam kết kiến nghị đầu tư nước sạch cho 6 thôn đồng bào Raglai theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Cử tri đã nêu 12 ý kiến. Linh mục Phaolô Nguyễn Văn Bảo, Quản xứ giáo xứ Tân Bổn, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 3 cơ sở của giáo xứ đã chờ hơn 10 năm; ông Trượng Văn Chín, người Chăm, Chủ tịch Hội đồng mục vụ giáo xứ Phước Thiện, đề nghị hỗ trợ 210 hộ nuôi tôm bị thiệt hại trong đợt mưa lũ tháng 11/2025; bà Pinăng Thị Mai, người Raglai, giáo dân xã Bác Ái, mong tăng học bổng cho học sinh dân tộc thiểu số.
Ông Phạm Hữu Lộc cho biết tỉnh đang thực hiện Kế hoạch số 58/KH-UBND ngày 10/1/2026 của UBND tỉnh về giải quyết hồ sơ đất đai cơ sở tôn giáo, với 27 hồ sơ dự kiến hoàn thành trong năm 2026; mức hỗ trợ nuôi trồng thủy sản bị thiệt hại tối đa 15 triệu đồng/ha.
Ông Đàng Văn Tịnh thông tin thêm, xã Ninh Hải có 14 khu vực bỏ phiếu, trong đó 5 khu vực đặt gần nhà thờ; các giáo xứ đã cử 60 thanh niên Công giáo tham gia tổ phục vụ bầu cử và hỗ trợ người cao tuổi đi bỏ phiếu.
Kết luận, bà Lê Thị Thanh Tâm cảm ơn linh mục và bà con giáo dân, đề nghị cử tri tham gia bầu cử ngày 15/3/2026 đạt trên 98%; các ý kiến thuộc thẩm quyền sẽ được chuyển đến cơ quan chức năng trong 7 ngày.
Lam Giang
Tin liên quan
- Gặp mặt chức sắc tôn giáo trước ngày bầu cử (20/02/2026)
- Ninh Hải: 100% giáo xứ ký cam kết bầu cử an toàn (12/02/2026)
""", "2026-02-27", "Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri là đồng bào Công giáo",
E("hoi_nghi", None, "2026-02-26"),
[P("Lê Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Văn Tịnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Hải"),
 P("Nguyễn Thị Hồng Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chamaléa Thị Hoa", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phạm Hữu Lộc", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Phaolô Nguyễn Văn Bảo", "Linh mục", "Quản xứ giáo xứ Tân Bổn"),
 P("Trượng Văn Chín", "Chủ tịch Hội đồng mục vụ giáo xứ Phước Thiện"),
 P("Pinăng Thị Mai")],
[Q("Hơn 350 cử tri", 350, "cử tri", "over"), Q("trên 125.000 giáo dân", 125000, "giáo dân", "over"),
 Q("152 giáo xứ", 152, "giáo xứ"), Q("khoảng 48.000 giáo dân", 48000, "giáo dân", "approx"),
 Q("hơn 2.100 người", 2100, "người", "over"), Q("9 đại biểu Quốc hội", 9, "đại biểu Quốc hội"), Q("15 người", 15, "người"),
 Q("6 thôn đồng bào Raglai", 6, "thôn đồng bào Raglai"), Q("12 ý kiến", 12, "ý kiến"), Q("3 cơ sở", 3, "cơ sở"),
 Q("210 hộ", 210, "hộ"), Q("27 hồ sơ", 27, "hồ sơ"), Q("tối đa 15 triệu đồng/ha", 15000000, "đồng"),
 Q("trên 98%", 98, "%", "over"), Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu"),
 Q("5 khu vực", 5, "khu vực"), Q("60 thanh niên Công giáo", 60, "thanh niên Công giáo")],
[D("Nghị quyết", "101", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 101/2025/UBTVQH15"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "58", "KH-UBND", "2026-01-10", "UBND tỉnh", "Kế hoạch số 58/KH-UBND ngày 10/1/2026")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Ninh Hải"), com("Bác Ái")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự / Chính trị / Bầu cử Quốc hội và HĐND",
 "Ảnh: Cử tri giáo xứ Tân Bổn (xã Ninh Hải) dự hội nghị.", "Giáo phận Nha Trang"],
["27/02/2026 | 08:15", "khóa XVI", "hơn 10 năm", "tháng 11/2025", "15/3/2026", "7 ngày", "năm 2026"]))
