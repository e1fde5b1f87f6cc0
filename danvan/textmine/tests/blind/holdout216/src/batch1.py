from lib import *
PAGES = []

PAGES.append(page("b5141-langson-lhhn-tongket-2011", """
LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH LẠNG SƠN
Trang chủ › Hoạt động › Đối ngoại nhân dân
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Lạng Sơn tổng kết công tác đối ngoại nhân dân năm 2011
Chiều 28/12/2011, Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác đối ngoại nhân dân năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Hoàng Văn Pản, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy, Chủ tịch LHHN tỉnh chủ trì. Dự hội nghị có 65 đại biểu là lãnh đạo các sở, ngành, hội hữu nghị và 11 huyện, thành phố.
Năm 2011, LHHN tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 38-KH/TU ngày 12/8/2011 triển khai Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về tiếp tục đổi mới, nâng cao hiệu quả công tác đối ngoại nhân dân trong tình hình mới. Các hội hữu nghị đã phối hợp tổ chức 14 đoàn với 236 lượt người sang giao lưu tại tỉnh Quảng Tây (Trung Quốc) và đón 19 đoàn khách nước ngoài với khoảng 410 lượt khách đến thăm, làm việc.
Ở khu vực biên giới, các xã đã duy trì kết nghĩa giữa 18 cặp thôn, bản hai bên biên giới; nhân dân đăng ký tự quản 72 km đường biên và 95 cột mốc theo phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản khu vực biên giới". Công tác vận động viện trợ phi chính phủ nước ngoài đạt kết quả khá với 9 dự án, tổng giá trị trên 46,5 tỷ đồng, đạt 108% kế hoạch năm.
Tại hội nghị, ông Lý Văn Thàng, Chủ tịch Hội hữu nghị Việt - Trung tỉnh, cho biết hội đã phối hợp với Hội hữu nghị thành phố Bằng Tường tổ chức 3 cuộc giao lưu văn nghệ, thể thao cho thanh niên hai bên. Bà Nông Thị Hiền, HUV, Trưởng ban Dân vận Huyện ủy Tràng Định, đề nghị tăng cường bồi dưỡng kiến thức đối ngoại cho cán bộ thôn, bản vì nhiều người chưa nắm chắc quy định về khu vực biên giới. Ông Vi Văn Lả, Bí thư Đảng ủy xã Tân Thanh, nêu kinh nghiệm vận động tiểu thương chợ cửa khẩu chấp hành pháp luật, giữ gìn hình ảnh người Việt Nam thân thiện.
Phát biểu kết luận, đồng chí Hoàng Văn Pản yêu cầu năm 2012 các hội thành viên bám sát Quyết định số 72-QĐ/TU ngày 05/4/2011 của Tỉnh ủy về quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh; đẩy mạnh giao lưu nhân dân biên giới, xây dựng đường biên giới hòa bình, hữu nghị, ổn định lâu dài.
Dịp này, các đồng chí Phó Chủ tịch LHHN tỉnh: Lộc Thị Diên, Hà Quang Huy trao bằng khen của UBND tỉnh cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác đối ngoại nhân dân năm 2011.
Minh Ngọc
Số lượt xem: 1.204
Tin liên quan
- Hội hữu nghị Việt - Trung tỉnh giao lưu với nhân dân Bằng Tường (14/12/2011)
- Tổ chức 5 lớp bồi dưỡng kiến thức đối ngoại cho cán bộ xã biên giới (30/11/2011)
- Cao Lộc: 200 hộ đăng ký tự quản mốc quốc giới (18/11/2011)
""", "2011-12-29", "Lạng Sơn tổng kết công tác đối ngoại nhân dân năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Hoàng Văn Pản", "Tỉnh ủy viên", "Trưởng Ban Đối ngoại Tỉnh ủy", "Chủ tịch LHHN tỉnh"),
 P("Lý Văn Thàng", "Chủ tịch Hội hữu nghị Việt - Trung tỉnh"),
 P("Nông Thị Hiền", "HUV", "Trưởng ban Dân vận Huyện ủy Tràng Định"),
 P("Vi Văn Lả", "Bí thư Đảng ủy xã Tân Thanh"),
 P("Lộc Thị Diên", "Phó Chủ tịch LHHN tỉnh"),
 P("Hà Quang Huy", "Phó Chủ tịch LHHN tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("14 đoàn", 14, "đoàn"),
 Q("236 lượt người", 236, "lượt người"), Q("19 đoàn khách nước ngoài", 19, "đoàn khách nước ngoài"),
 Q("khoảng 410 lượt khách", 410, "lượt khách", "approx"), Q("18 cặp thôn, bản", 18, "cặp thôn, bản"),
 Q("72 km", 72, "km"), Q("95 cột mốc", 95, "cột mốc"), Q("9 dự án", 9, "dự án"),
 Q("trên 46,5 tỷ đồng", 46500000000, "đồng", "over"), Q("108%", 108, "%"), Q("3 cuộc giao lưu văn nghệ, thể thao", 3, "cuộc giao lưu văn nghệ, thể thao"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "38", "KH/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 12/8/2011"),
 D("Chỉ thị", "04", "CT/TW", "2011-07-06", "Ban Bí thư", "Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư"),
 D("Quyết định", "72", "QĐ/TU", "2011-04-05", "Tỉnh ủy", "Quyết định số 72-QĐ/TU ngày 05/4/2011 của Tỉnh ủy")],
[prov("Lạng Sơn"), com("Tân Thanh")],
["LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH LẠNG SƠN", "Trang chủ › Hoạt động › Đối ngoại nhân dân", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản khu vực biên giới", "Quảng Tây", "Bằng Tường",
 "Hội hữu nghị Việt - Trung", "Số lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "Năm 2011", "năm 2011", "năm 2012", "Số lượt xem: 1.204"]))

PAGES.append(page("b5142-quangtri-mttq-soket-2012", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Chính trị > Đối ngoại
Cập nhật: 09:15, 12/07/2012 (GMT+7)
Gắn kết tình hữu nghị đặc biệt Việt - Lào trên tuyến biên giới
(QTO) - Ngày 10/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác đối ngoại nhân dân 6 tháng đầu năm 2012, bàn nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Thị Lanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Hồ Thị Lanh phát biểu tại hội nghị. Ảnh: Đ.T
Theo báo cáo, 6 tháng qua Mặt trận các cấp đã phối hợp với Ủy ban Mặt trận Lào xây dựng đất nước (MTLXDĐN) tỉnh Savannakhet và Salavan tổ chức 7 hoạt động giao lưu; duy trì quan hệ kết nghĩa của 26 cặp bản, xã dọc tuyến biên giới dài 206 km. Thực hiện Nghị quyết 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch 21, 22-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, các huyện Hướng Hóa, Đakrông đã vận động 1.350 hộ dân tham gia bảo vệ cột mốc, giữ gìn an ninh trật tự khu vực biên giới.
Mặt trận các cấp cũng vận động được gần 820 triệu đồng giúp bà con các bản bên kia biên giới khắc phục hậu quả lũ quét, trao 150 suất quà Tết Bunpimay và 2.000 cuốn vở cho học sinh Lào. Đặc biệt, 43 lưu học sinh của nước bạn đang học tập tại tỉnh được các gia đình người Vân Kiều, Pa Cô nhận đỡ đầu.
Tại hội nghị, ông Hồ Văn Khăm, Chủ tịch Ủy ban MTTQ Việt Nam xã Lìa, chia sẻ cách làm "kết nghĩa cụm dân cư hai bên biên giới": mỗi năm hai bên gặp gỡ định kỳ, trao đổi tình hình, cùng nhau giải quyết 5 vụ việc xuất nhập cảnh trái phép của người dân. Già làng Hồ Văn Nhói, người có uy tín bản Pa Tầng, đề nghị tỉnh hỗ trợ kinh phí để duy trì đội văn nghệ giao lưu.
Đồng chí Lê Minh Quang, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị các địa phương tăng cường tuyên truyền Nghị định số 161/2003/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền và Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư về công tác đối ngoại nhân dân.
Kết luận hội nghị, đồng chí Hồ Thị Lanh yêu cầu 6 tháng cuối năm, Mặt trận các cấp chuẩn bị tốt các hoạt động kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào; phối hợp với Bộ đội Biên phòng tỉnh tổ chức lễ kết nghĩa thêm 4 cặp bản; theo dõi sát tình hình nhân dân hai bên biên giới, không để kẻ xấu lợi dụng.
Đăng Tâm
Các tin khác
- Hướng Hóa: giao lưu hữu nghị với huyện Sê Pôn (Lào) (30/06/2012)
- Ủy ban MTTQ tỉnh làm việc với MTLXDĐN tỉnh Savannakhet (18/06/2012)
- Trao 100 suất quà cho học sinh nghèo vùng biên (05/06/2012)
""", "2012-07-12", "Gắn kết tình hữu nghị đặc biệt Việt - Lào trên tuyến biên giới",
E("so_ket", "2012-H1", "2012-07-10"),
[P("Hồ Thị Lanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Khăm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lìa"),
 P("Hồ Văn Nhói", "Già làng", "người có uy tín bản Pa Tầng"),
 P("Lê Minh Quang", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("7 hoạt động giao lưu", 7, "hoạt động giao lưu"), Q("26 cặp bản, xã", 26, "cặp bản, xã"), Q("206 km", 206, "km"),
 Q("1.350 hộ dân", 1350, "hộ dân"), Q("gần 820 triệu đồng", 820000000, "đồng", "approx"),
 Q("150 suất quà Tết Bunpimay", 150, "suất quà"), Q("2.000 cuốn vở", 2000, "cuốn vở"),
 Q("43 lưu học sinh", 43, "lưu học sinh"),
 Q("5 vụ việc xuất nhập cảnh trái phép", 5, "vụ việc xuất nhập cảnh trái phép"), Q("4 cặp bản", 4, "cặp bản")],
[D("Nghị quyết", "15", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kế hoạch", "21", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 21, 22-KH/MTTQ-BTT"),
 D("Kế hoạch", "22", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 21, 22-KH/MTTQ-BTT"),
 D("Nghị định", "161", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 161/2003/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "04", "CT/TW", "2011-07-06", "Ban Bí thư", "Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư")],
[prov("Quảng Trị"), com("Lìa")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Chính trị > Đối ngoại", "(QTO)",
 "Đồng chí Hồ Thị Lanh phát biểu tại hội nghị. Ảnh: Đ.T", "Savannakhet", "Salavan", "kết nghĩa cụm dân cư hai bên biên giới",
 "Bunpimay"],
["Cập nhật: 09:15, 12/07/2012 (GMT+7)", "6 tháng qua", "6 tháng đầu năm 2012", "6 tháng cuối năm", "50 năm"]))

PAGES.append(page("b5143-hagiang-xa-hoinghi-2013", """
Cổng thông tin điện tử huyện Vị Xuyên - Hà Giang
Trang chủ >> Tin tức - Sự kiện >> Tin cơ sở
08:30 | 20/09/2013
Xã Thanh Thủy tổ chức hội nghị giao lưu hữu nghị nhân dân hai bên biên giới
Ngày 18/9, tại nhà văn hóa thôn Nà La, Đảng ủy, UBND xã Thanh Thủy phối hợp với Đồn Biên phòng cửa khẩu quốc tế Thanh Thủy tổ chức Hội nghị giao lưu hữu nghị nhân dân hai bên biên giới năm 2013 với trấn Thiên Bảo, huyện Ma Lật Pha, tỉnh Vân Nam (Trung Quốc). Dự hội nghị có khoảng 180 người, trong đó phía bạn có 46 đại biểu do ông Vương Kiến Hoa, Trấn trưởng trấn Thiên Bảo dẫn đầu.
Tiết mục văn nghệ chào mừng của đội văn nghệ thôn Nà La.
Phát biểu khai mạc, đồng chí Nguyễn Văn Thạch, Bí thư Đảng ủy xã Thanh Thủy cho biết, thực hiện Kế hoạch số 112-KH/HU ngày 10/3/2013 của Ban Thường vụ Huyện ủy và Hướng dẫn 05-HD/BDVHU của Ban Dân vận Huyện ủy về công tác đối ngoại nhân dân ở cơ sở, xã đã duy trì kết nghĩa giữa 4 cặp thôn hai bên; 268 hộ đăng ký tự quản 11,5 km đường biên và 14 cột mốc. Trong 8 tháng đầu năm, hai bên đã phối hợp giải quyết 9 vụ việc tranh chấp nhỏ giữa cư dân biên giới, trao trả 3 trường hợp xuất cảnh trái phép.
Ông Vàng Seo Lử, người có uy tín thôn Lùng Càng, kể lại việc thôn cùng bà con bên kia biên giới tu sửa 2,3 km đường mòn qua lại, không để xảy ra tranh chấp đất canh tác. Bà Hoàng Thị Nguyệt, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết chi hội phụ nữ thôn Nà La kết nghĩa với hội phụ nữ thôn bên kia đã có 35 hội viên tham gia mô hình "Gia đình hữu nghị biên giới".
Đồng chí Lương Thị Mây, HUV, Phó Trưởng Ban Dân vận Huyện ủy Vị Xuyên, đề nghị xã phát huy vai trò các thôn trưởng, già làng, người có uy tín trong tuyên truyền Hiệp định về Quy chế quản lý biên giới đất liền Việt Nam - Trung Quốc, vận động nhân dân không vượt biên trái phép, không buôn lậu, không tham gia đường dây lừa bán phụ nữ.
Phía bạn, ông Vương Kiến Hoa đánh giá cao sự phối hợp của chính quyền xã Thanh Thủy trong quản lý cư dân biên giới, đề nghị hai bên tiếp tục duy trì gặp gỡ định kỳ giữa các thôn kết nghĩa, trao đổi thông tin về dịch bệnh gia súc, gia cầm và cùng tổ chức các hoạt động văn hóa, thể thao dịp Tết Nguyên đán. Các đại biểu cũng thống nhất tăng cường tuyên truyền để người dân hai bên chỉ qua lại tại cửa khẩu, lối mở theo quy định, tôn trọng phong tục, tập quán của nhau.
Cũng tại hội nghị, hai bên đã ký kết bản ghi nhớ hợp tác giai đoạn 2013 - 2015 với 5 nội dung; trao tặng 60 suất quà cho học sinh nghèo hai bên biên giới, mỗi suất trị giá 300.000 đồng.
Thùy Linh (Trung tâm VH-TT huyện)
Lượt truy cập: 45.812
Tin khác
- Thanh Thủy: ra quân làm đường liên thôn (12/09/2013)
- Hội nghị triển khai Quy chế dân chủ ở cơ sở năm 2013 (28/08/2013)
- Vị Xuyên tập huấn nghiệp vụ công tác Mặt trận (15/08/2013)
""", "2013-09-20", "Xã Thanh Thủy tổ chức hội nghị giao lưu hữu nghị nhân dân hai bên biên giới",
E("hoi_nghi", "2013", "2013-09-18"),
[P("Nguyễn Văn Thạch", "Bí thư Đảng ủy xã Thanh Thủy"),
 P("Vàng Seo Lử", "người có uy tín thôn Lùng Càng"),
 P("Hoàng Thị Nguyệt", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lương Thị Mây", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Vị Xuyên"),
 P("Vương Kiến Hoa", "Trấn trưởng trấn Thiên Bảo")],
[Q("khoảng 180 người", 180, "người", "approx"), Q("46 đại biểu", 46, "đại biểu"), Q("4 cặp thôn", 4, "cặp thôn"),
 Q("268 hộ", 268, "hộ"), Q("11,5 km", 11.5, "km"), Q("14 cột mốc", 14, "cột mốc"),
 Q("9 vụ việc tranh chấp nhỏ", 9, "vụ việc tranh chấp nhỏ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("2,3 km", 2.3, "km"), Q("35 hội viên", 35, "hội viên"), Q("5 nội dung", 5, "nội dung"),
 Q("60 suất quà", 60, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "112", "KH/HU", "2013-03-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 10/3/2013"),
 D("Hướng dẫn", "05", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 05-HD/BDVHU")],
[prov("Hà Giang"), com("Thanh Thủy")],
["Cổng thông tin điện tử huyện Vị Xuyên - Hà Giang", "Trang chủ >> Tin tức - Sự kiện >> Tin cơ sở",
 "Tiết mục văn nghệ chào mừng của đội văn nghệ thôn Nà La.", "Gia đình hữu nghị biên giới", "Thiên Bảo", "Vân Nam",
 "Lượt truy cập: 45.812", "Hiệp định về Quy chế quản lý biên giới đất liền Việt Nam - Trung Quốc"],
["08:30 | 20/09/2013", "năm 2013", "8 tháng đầu năm", "giai đoạn 2013 - 2015", "Lượt truy cập: 45.812"]))

PAGES.append(page("b5144-kontum-mttq-traoqua-2014", """
BÁO KON TUM ĐIỆN TỬ
Thời sự | Chính trị | Đối ngoại
Ngày đăng 24/01/2014 | 14:35
Hội trường UBND huyện Sa Thầy. Ảnh: Thanh Hương
Ủy ban MTTQ tỉnh thăm, tặng quà Tết cho nhân dân vùng biên giới Việt - Lào - Campuchia
Trong 2 ngày 22 và 23/1/2014, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh do đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà cho đồng bào các dân tộc tại các xã biên giới Mô Rai, Bờ Y và nhân dân 2 huyện giáp biên của tỉnh Attapeu (Lào), tỉnh Ratanakiri (Campuchia).
Tại xã Mô Rai, đoàn đã trao 320 suất quà cho hộ nghèo, mỗi suất gồm 10 kg gạo, 1 thùng mì và 200.000 đồng tiền mặt; trao 15 con bò giống cho 15 hộ đồng bào Rơ Măm có hoàn cảnh khó khăn. Tại xã Bờ Y, đoàn tặng 250 suất quà cho hộ nghèo và 40 suất quà cho người có uy tín. Tổng giá trị quà trao trong nước hơn 412 triệu đồng, do các doanh nghiệp, nhà hảo tâm ủng hộ qua Quỹ "Vì người nghèo" của tỉnh.
Sang nước bạn, đoàn đã thăm, tặng 200 suất quà cho nhân dân huyện Phu Vông (tỉnh Attapeu) và 2 tấn gạo cho nhân dân huyện Ta Veng (tỉnh Ratanakiri), tổng trị giá khoảng 150 triệu đồng. Ông Sổm Phết, Phó Chủ tịch Ủy ban MTLXDĐN tỉnh Attapeu cảm ơn tình cảm của nhân dân Kon Tum.
Ông A Thiết, Bí thư Đảng ủy xã Mô Rai cho biết, năm 2013 xã đã vận động 92% số hộ ký cam kết không qua lại biên giới trái phép; duy trì kết nghĩa với 3 bản của Lào và 2 làng của Campuchia. Già làng A Khui, người có uy tín làng Le, đã vận động con cháu trả lại 4 khẩu súng tự chế, không săn bắt thú rừng bên kia biên giới.
Tại các điểm trao quà, không khí ấm áp, thân tình. Nhiều già làng, trưởng bản của nước bạn đã đi bộ hàng giờ đường rừng để gặp đoàn, cùng uống rượu cần, hát dân ca chúc mừng năm mới. Các đồn biên phòng hai bên đã bố trí lực lượng hỗ trợ đoàn vận chuyển hàng hóa qua những đoạn đường đèo dốc, bảo đảm an toàn cho các hoạt động. Lãnh đạo chính quyền các huyện giáp biên của nước bạn bày tỏ mong muốn mở rộng giao lưu giữa thanh niên, phụ nữ các bản, làng hai bên.
Theo đồng chí Y Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, hoạt động thăm, tặng quà được thực hiện theo Kế hoạch số 07/KH-MTTQ-BTT ngày 06/01/2014 của Ban Thường trực Ủy ban MTTQ tỉnh và Quyết định số 272-QĐ/TW của Bộ Chính trị về quy chế quản lý thống nhất các hoạt động đối ngoại. Dịp này các đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Thanh Bình, Y Đôn cũng thăm, chúc Tết các đồn biên phòng Mô Rai, Bờ Y.
Thúy Hằng
Tin cùng chuyên mục
- Đắk Glei ký kết kết nghĩa với huyện Đắc Chưng (Lào) (15/01/2014)
- 500 phần quà cho học sinh vùng biên (08/01/2014)
- Hội nghị tổng kết công tác Mặt trận năm 2013 (30/12/2013)
""", "2014-01-24", "Ủy ban MTTQ tỉnh thăm, tặng quà Tết cho nhân dân vùng biên giới Việt - Lào - Campuchia",
E("trao_qua", None, "2014-01-22"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sổm Phết", "Phó Chủ tịch Ủy ban MTLXDĐN tỉnh Attapeu"),
 P("A Thiết", "Bí thư Đảng ủy xã Mô Rai"),
 P("A Khui", "Già làng", "người có uy tín làng Le"),
 P("Y Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Bình", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Đôn", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2 huyện", 2, "huyện"), Q("320 suất quà", 320, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("15 con bò giống", 15, "con bò giống"), Q("15 hộ đồng bào Rơ Măm", 15, "hộ đồng bào Rơ Măm"),
 Q("250 suất quà", 250, "suất quà"), Q("40 suất quà", 40, "suất quà"), Q("hơn 412 triệu đồng", 412000000, "đồng", "over"),
 Q("200 suất quà", 200, "suất quà"), Q("2 tấn", 2, "tấn"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("92%", 92, "%"), Q("3 bản", 3, "bản"), Q("2 làng", 2, "làng"), Q("4 khẩu súng tự chế", 4, "khẩu súng tự chế")],
[D("Kế hoạch", "07", "KH-MTTQ-BTT", "2014-01-06", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT ngày 06/01/2014"),
 D("Quyết định", "272", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 272-QĐ/TW của Bộ Chính trị")],
[prov("Kon Tum"), com("Mô Rai"), com("Bờ Y")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự | Chính trị | Đối ngoại", "Hội trường UBND huyện Sa Thầy. Ảnh: Thanh Hương",
 "Vì người nghèo", "Attapeu", "Ratanakiri", "Phu Vông", "Ta Veng"],
["Ngày đăng 24/01/2014 | 14:35", "2 ngày", "năm 2013", "1 thùng mì"]))

PAGES.append(page("b5145-tayninh-bdn-giaoban-2015", """
BAN ĐỐI NGOẠI TỈNH ỦY TÂY NINH
Bạn đang ở: Trang chủ / Tin hoạt động / Đối ngoại nhân dân
17/10/2015 - 09:05
Toàn cảnh buổi giao ban.
Giao ban công tác đối ngoại nhân dân các huyện biên giới
Sáng 15/10/2015, Ban Đối ngoại Tỉnh ủy Tây Ninh chủ trì giao ban công tác đối ngoại nhân dân quý III/2015 với 5 huyện có đường biên giới giáp Vương quốc Campuchia. Đồng chí Trần Thị Ngọc Hạnh, Tỉnh ủy viên, Trưởng Ban Đối ngoại Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Đối ngoại Tỉnh ủy: Võ Văn Đực, Lê Thanh Nhàn.
Báo cáo tại giao ban cho thấy, trong quý, các huyện Tân Biên, Tân Châu, Châu Thành, Bến Cầu, Trảng Bàng đã tổ chức 11 cuộc gặp gỡ với chính quyền các huyện giáp biên của tỉnh Tboung Khmum, Svay Rieng; phối hợp vận động 64 hộ gốc Việt sinh sống ở Campuchia làm thủ tục hồi hương, đồng thời hỗ trợ 27 hộ khó khăn ổn định cuộc sống. Qua 2 đợt khám chữa bệnh nhân đạo bên kia biên giới, các cơ sở y tế đã khám, cấp thuốc miễn phí cho trên 1.800 lượt người dân Campuchia, tổng trị giá gần 380 triệu đồng.
Thực hiện Kế hoạch 115-KH/TU ngày 20/4/2015 của Tỉnh ủy và Chương trình hành động số 09-CTr/BĐN của Ban Đối ngoại Tỉnh ủy, các xã biên giới đã phát động phong trào "Cặp xã kết nghĩa" với 12 cặp xã hai bên; 100% xã biên giới thành lập tổ tự quản đường biên, cột mốc. Ông Đặng Văn Sáu, Chủ tịch UBND xã Phước Chỉ cho biết xã đã tổ chức 3 buổi giao lưu bóng chuyền, văn nghệ với xã Chrak Mtes, thu hút khoảng 700 người dân hai bên tham dự.
Tuy nhiên, theo đồng chí Nguyễn Văn Tôn, HUV, Trưởng ban Dân vận Huyện ủy Bến Cầu, việc nắm tình hình người gốc Việt ở bên kia biên giới còn khó khăn, nhiều hộ không có giấy tờ tùy thân; một số đối tượng lợi dụng quan hệ thân tộc để buôn lậu, vận chuyển hàng cấm qua biên giới. Bà Chau Thị Sa Rinh, Phó Chủ tịch Hội hữu nghị Việt Nam - Campuchia tỉnh, đề nghị các địa phương quan tâm hơn đến việc dạy tiếng Việt cho con em người gốc Việt.
Kết luận giao ban, đồng chí Trần Thị Ngọc Hạnh yêu cầu quý IV/2015 các huyện tiếp tục thực hiện Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ về Quy chế khu vực biên giới đất liền; chuẩn bị tổ chức Ngày hội "Biên giới hữu nghị" lần thứ 2; phối hợp với Bộ đội Biên phòng vận động nhân dân không tụ tập, không để kẻ xấu kích động ở khu vực mốc 203, mốc 204.
Ngọc Trâm
Lượt xem: 2.317
Các tin khác
- Tân Biên: giao lưu hữu nghị với huyện Mê Mốt (Campuchia) (05/10/2015)
- Trao 50 căn nhà cho hộ nghèo người Campuchia (22/09/2015)
- Hội Hữu nghị Việt Nam - Campuchia tỉnh tổng kết 5 năm (10/09/2015)
- Tập huấn kiến thức đối ngoại cho cán bộ cơ sở (25/08/2015)
""", "2015-10-17", "Giao ban công tác đối ngoại nhân dân các huyện biên giới",
E("giao_ban", "2015-Q3", "2015-10-15"),
[P("Trần Thị Ngọc Hạnh", "Tỉnh ủy viên", "Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Võ Văn Đực", "Phó Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Lê Thanh Nhàn", "Phó Trưởng Ban Đối ngoại Tỉnh ủy"),
 P("Đặng Văn Sáu", "Chủ tịch UBND xã Phước Chỉ"),
 P("Nguyễn Văn Tôn", "HUV", "Trưởng ban Dân vận Huyện ủy Bến Cầu"),
 P("Chau Thị Sa Rinh", "Phó Chủ tịch Hội hữu nghị Việt Nam - Campuchia tỉnh")],
[Q("5 huyện", 5, "huyện"), Q("11 cuộc gặp gỡ", 11, "cuộc gặp gỡ"), Q("64 hộ gốc Việt", 64, "hộ gốc Việt"),
 Q("27 hộ khó khăn", 27, "hộ khó khăn"), Q("2 đợt khám chữa bệnh nhân đạo", 2, "đợt khám chữa bệnh nhân đạo"),
 Q("trên 1.800 lượt người dân Campuchia", 1800, "lượt người dân", "over"),
 Q("gần 380 triệu đồng", 380000000, "đồng", "approx"), Q("12 cặp xã", 12, "cặp xã"), Q("100%", 100, "%"),
 Q("3 buổi giao lưu bóng chuyền, văn nghệ", 3, "buổi giao lưu bóng chuyền, văn nghệ"), Q("khoảng 700 người dân", 700, "người dân", "approx")],
[D("Kế hoạch", "115", "KH/TU", "2015-04-20", "Tỉnh ủy", "Kế hoạch 115-KH/TU ngày 20/4/2015 của Tỉnh ủy"),
 D("Chương trình hành động", "09", "CTr/BĐN", None, "Ban Đối ngoại Tỉnh ủy", "Chương trình hành động số 09-CTr/BĐN của Ban Đối ngoại Tỉnh ủy"),
 D("Nghị định", "34", "2014/NĐ-CP", "2014-04-29", "Chính phủ", "Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ")],
[prov("Tây Ninh"), com("Phước Chỉ")],
["BAN ĐỐI NGOẠI TỈNH ỦY TÂY NINH", "Bạn đang ở: Trang chủ / Tin hoạt động / Đối ngoại nhân dân", "Toàn cảnh buổi giao ban.",
 "Cặp xã kết nghĩa", "Biên giới hữu nghị", "Tboung Khmum", "Svay Rieng", "Chrak Mtes", "Lượt xem: 2.317"],
["17/10/2015 - 09:05", "quý III/2015", "quý IV/2015", "lần thứ 2", "mốc 203", "mốc 204", "Lượt xem: 2.317"]))

PAGES.append(page("b5146-dienbien-hoihuunghi-daihoi-2016", """
Báo Điện Biên Phủ điện tử
Chính trị - Xã hội :: Đối ngoại
Thứ Bảy, 20/8/2016 | 07:40
Đại hội đại biểu Hội Hữu nghị Việt - Lào tỉnh lần thứ III, nhiệm kỳ 2016 - 2021
Ngày 19/8, Hội Hữu nghị Việt - Lào tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2016 - 2021. Dự đại hội có đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; ông Khăm Phăn Sỉ Thạ Vông, Phó Chủ tịch Hội Hữu nghị Lào - Việt tỉnh Phông Xa Lỳ cùng 150 đại biểu đại diện cho hơn 2.600 hội viên trong toàn tỉnh.
Đồng chí Lò Văn Muôn tặng hoa chúc mừng Ban Chấp hành khóa mới.
Nhiệm kỳ 2011 - 2016, Hội đã phát triển thêm 7 chi hội cơ sở, kết nạp 420 hội viên mới; phối hợp tổ chức 36 đoàn với gần 900 lượt người sang thăm, giao lưu tại các tỉnh Phông Xa Lỳ, Luông Pha Băng, U Đôm Xay. Hội đã vận động các doanh nghiệp, nhà hảo tâm hỗ trợ xây dựng 2 trường học, 5 nhà văn hóa bản cho nhân dân Lào với tổng kinh phí trên 3,4 tỷ đồng; 112 lưu học sinh đang học tập tại Điện Biên được các gia đình hội viên nhận làm "con nuôi". Hội cũng tham gia tôn tạo, gìn giữ 18 di tích lịch sử gắn với quân tình nguyện, chuyên gia Việt Nam tại Lào.
Thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư và Kế hoạch số 45-KH/TU ngày 15/11/2011 của Ban Thường vụ Tỉnh ủy, Hội đã phối hợp với Bộ đội Biên phòng tỉnh vận động 95% hộ dân các xã biên giới Mường Nhé, Sín Thầu, Nà Hỳ ký cam kết tự quản đường biên, mốc quốc giới. Phát biểu tại đại hội, ông Giàng A Chu, người có uy tín bản Huổi Lụ, xã Nà Hỳ, kể về tình đoàn kết của người Mông hai bên biên giới trong việc cùng nhau phòng chống ma túy.
Bên cạnh kết quả đạt được, báo cáo chỉ ra một số hạn chế: hoạt động của một số chi hội cơ sở còn hình thức, nguồn kinh phí chủ yếu dựa vào ngân sách; việc nắm bắt tình hình nhân dân hai bên biên giới có lúc chưa kịp thời; đội ngũ cán bộ hội phần lớn kiêm nhiệm, ít được bồi dưỡng kiến thức đối ngoại và ngoại ngữ.
Phát biểu chỉ đạo, đồng chí Lò Văn Muôn đề nghị Hội bám sát Quyết định số 272-QĐ/TW ngày 21/1/2015 của Bộ Chính trị, nâng cao chất lượng hoạt động, tích cực vận động nguồn lực hỗ trợ nhân dân hai bên biên giới phát triển kinh tế.
Đại hội đã bầu 25 đồng chí vào Ban Chấp hành khóa III. Bà Lường Thị Phong, Phó Trưởng Ban Đối ngoại Tỉnh ủy, được tín nhiệm giữ chức Chủ tịch Hội Hữu nghị Việt - Lào tỉnh khóa III; các ông Quàng Văn Bình, Vàng A Sử - Phó Chủ tịch Hội Hữu nghị Việt - Lào tỉnh. Đại hội cũng thông qua Nghị quyết với 6 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2021 phát triển thêm ít nhất 500 hội viên.
Hoàng Châu
Tin liên quan
- Hội nghị giao lưu biên giới Điện Biên - Phông Xa Lỳ (08/08/2016)
- Trao 200 suất học bổng cho lưu học sinh Lào (25/07/2016)
- Mường Nhé kết nghĩa bản với huyện Mường Mày (Lào) (12/07/2016)
""", "2016-08-20", "Đại hội đại biểu Hội Hữu nghị Việt - Lào tỉnh lần thứ III, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-08-19"),
[P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Khăm Phăn Sỉ Thạ Vông", "Phó Chủ tịch Hội Hữu nghị Lào - Việt tỉnh Phông Xa Lỳ"),
 P("Giàng A Chu", "người có uy tín bản Huổi Lụ"),
 P("Lường Thị Phong", "Phó Trưởng Ban Đối ngoại Tỉnh ủy", "Chủ tịch Hội Hữu nghị Việt - Lào tỉnh khóa III"),
 P("Quàng Văn Bình", "Phó Chủ tịch Hội Hữu nghị Việt - Lào tỉnh"),
 P("Vàng A Sử", "Phó Chủ tịch Hội Hữu nghị Việt - Lào tỉnh")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 2.600 hội viên", 2600, "hội viên", "over"), Q("7 chi hội cơ sở", 7, "chi hội cơ sở"),
 Q("420 hội viên mới", 420, "hội viên mới"), Q("36 đoàn", 36, "đoàn"), Q("gần 900 lượt người", 900, "lượt người", "approx"),
 Q("2 trường học", 2, "trường học"), Q("5 nhà văn hóa bản", 5, "nhà văn hóa bản"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("112 lưu học sinh", 112, "lưu học sinh"),
 Q("18 di tích lịch sử", 18, "di tích lịch sử"), Q("95%", 95, "%"), Q("25 đồng chí", 25, "đồng chí"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("ít nhất 500 hội viên", 500, "hội viên", "over")],
[D("Chỉ thị", "04", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 04-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "45", "KH/TU", "2011-11-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 15/11/2011"),
 D("Quyết định", "272", "QĐ/TW", "2015-01-21", "Bộ Chính trị", "Quyết định số 272-QĐ/TW ngày 21/1/2015 của Bộ Chính trị")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Nà Hỳ")],
["Báo Điện Biên Phủ điện tử", "Chính trị - Xã hội :: Đối ngoại", "Đồng chí Lò Văn Muôn tặng hoa chúc mừng Ban Chấp hành khóa mới.",
 "Phông Xa Lỳ", "Luông Pha Băng", "U Đôm Xay", "con nuôi"],
["Thứ Bảy, 20/8/2016 | 07:40", "lần thứ III", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "25 đồng chí", "khóa III", "năm 2021"]))
