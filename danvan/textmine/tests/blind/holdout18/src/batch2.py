from lib import *
PAGES = []

PAGES.append(page("b395-hoabinh-xaphongphu-giaoban-2017", """
ĐẢNG BỘ XÃ PHONG PHÚ
Trang thông tin điện tử xã Phong Phú - huyện Tân Lạc - tỉnh Hòa Bình
Trang chủ - Tin tức - Công tác dân vận
Tác giả: Văn phòng Đảng ủy - Ngày: 10/10/2017

Khối dân vận xã vận động nhân dân hiến 1.250 m2 đất làm đường

Ngày 5/10, Đảng ủy xã Phong Phú, tỉnh Hòa Bình tổ chức giao ban khối dân vận xã tháng 9/2017, đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp trong tháng 10.

Đồng chí Bùi Văn Khương phát biểu tại buổi giao ban.

Chủ trì giao ban có đồng chí Bùi Văn Khương, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã; đồng chí Quách Thị Nhàn, ĐUV, Chủ tịch Ủy ban MTTQ xã. Dự giao ban có các đồng chí Xa Văn Ương, Đinh Thị Thương, Hà Công Tiến - trưởng các đoàn thể chính trị - xã hội xã.

Trong tháng, khối dân vận đã tuyên truyền Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã về phát triển cây cam và xây dựng nông thôn mới tới 9 xóm. Nhân dân xóm Bưng và xóm Mường Cộng đã hiến 1.250 m2 đất, góp 420 ngày công làm 1,8 km đường bê tông; tổng kinh phí khoảng 760 triệu đồng, trong đó nhân dân đóng góp 310 triệu đồng. Các tổ hòa giải đã hòa giải thành 3 vụ tranh chấp đất vườn.

Ông Bùi Văn Đoàn, trưởng xóm Bưng, cho biết cả xóm có 74 hộ thì 71 hộ đã ký cam kết không thả rông trâu bò. Xóm được chọn làm điểm xây dựng Tổ dân vận "4 tốt".

Kết luận giao ban, đồng chí Bùi Văn Khương đề nghị các đoàn thể phối hợp với xã Phú Cường trong việc giải quyết ranh giới đất rừng, hoàn thành trước ngày 30/11.

Văn phòng Đảng ủy xã
Lượt xem: 215

Tin khác
- Xã Phong Phú tổng kết mùa cam 2016 - 2017 (02/02/2017)
- Hội Nông dân xã trao 20 con lợn giống (11/09/2017)
""", "2017-10-10",
"Khối dân vận xã vận động nhân dân hiến 1.250 m2 đất làm đường",
E("giao_ban", "2017-09", "2017-10-05"),
[P("Bùi Văn Khương", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
 P("Quách Thị Nhàn", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("Xa Văn Ương", "trưởng các đoàn thể chính trị - xã hội xã"),
 P("Đinh Thị Thương", "trưởng các đoàn thể chính trị - xã hội xã"),
 P("Hà Công Tiến", "trưởng các đoàn thể chính trị - xã hội xã"),
 P("Bùi Văn Đoàn", "trưởng xóm Bưng")],
[Q("1.250 m2", 1250, "m2"), Q("9 xóm", 9, "xóm"), Q("420 ngày công", 420, "ngày công"), Q("1,8 km", 1.8, "km"),
 Q("khoảng 760 triệu đồng", 760000000, "đồng", "approx"), Q("310 triệu đồng", 310000000, "đồng"),
 Q("3 vụ tranh chấp đất vườn", 3, "vụ tranh chấp đất vườn"), Q("74 hộ", 74, "hộ"), Q("71 hộ", 71, "hộ")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU")],
[prov("Hòa Bình"), com("Phong Phú"), com("Phú Cường")],
["ĐẢNG BỘ XÃ PHONG PHÚ", "Trang thông tin điện tử xã Phong Phú - huyện Tân Lạc - tỉnh Hòa Bình", "Trang chủ - Tin tức - Công tác dân vận",
 "Đồng chí Bùi Văn Khương phát biểu tại buổi giao ban.", "Văn phòng Đảng ủy", "xóm Bưng", "xóm Mường Cộng", "Tân Lạc"],
["4 tốt", "tháng 9/2017", "tháng 10", "Trong tháng", "Lượt xem: 215", "ngày 30/11"]))

PAGES.append(page("b396-thainguyen-bao-chandung-2018", """
BÁO THÁI NGUYÊN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Thời sự | Xây dựng Đảng | Chính trị
Xuất bản: 08/05/2018 14:31

Người Bí thư chi bộ dân tộc Sán Chay vận động dân hiến 3.000 m2 đất

TN - Ở tuổi 68, ông La Văn Thắm (dân tộc Sán Chay), Bí thư Chi bộ xóm Khe Cạn, xã Tân Linh, vẫn cần mẫn đến từng nhà vận động bà con hiến đất mở đường. Nhờ ông, 3.000 m2 đất đã được hiến để làm đường liên xóm.

Ông La Văn Thắm (bên trái) trao đổi với người dân về con đường mới.

Hơn 20 năm làm công tác ở xóm, ông Thắm đã 3 lần được bà con tín nhiệm bầu làm trưởng xóm trước khi được Đảng ủy xã phân công giữ chức Bí thư Chi bộ. Năm 2017, ông cùng chi bộ vận động 72 hộ hiến 3.000 m2 đất, góp hơn 600 ngày công làm hơn 1,1 km đường bê tông rộng 3 m. Tổng kinh phí khoảng 350 triệu đồng, Nhà nước hỗ trợ xi măng, nhân dân góp cát, sỏi và công.

Ông Diệp Văn Lồng (dân tộc Sán Dìu), hộ dân xóm Khe Cạn, kể: "Nhà tôi hiến 250 m2 vườn chè. Ông Thắm nói có lý, có tình nên ai cũng nghe".

Bí thư Đảng ủy xã Tân Linh Hoàng Văn Tường cho biết, xóm Khe Cạn không còn hộ nghèo là người Sán Chay, thu nhập bình quân đạt 28 triệu đồng/người/năm. Với những đóng góp đó, ông La Văn Thắm được tặng Bằng khen theo Quyết định số 1162/QĐ-UBND ngày 20/4/2018 của Chủ tịch UBND tỉnh Thái Nguyên.

Mô hình xóm Khe Cạn đang được nhân rộng ra 5 xóm khác của xã và xã Phú Xuyên lân cận.

Bài và ảnh: Hoàng Giang
Lượt xem: 3.207

Tin khác
- Đại Từ: tuyên dương 60 người có uy tín (02/05/2018)
- Võ Nhai: giao ban khối dân vận quý I (10/04/2018)
""", "2018-05-08",
"Người Bí thư chi bộ dân tộc Sán Chay vận động dân hiến 3.000 m2 đất",
E(None, None, None),
[P("La Văn Thắm", "Bí thư Chi bộ xóm Khe Cạn", "trưởng xóm", "Bí thư Chi bộ"),
 P("Diệp Văn Lồng", "hộ dân xóm Khe Cạn"),
 P("Hoàng Văn Tường", "Bí thư Đảng ủy xã Tân Linh")],
[Q("3.000 m2", 3000, "m2"), Q("72 hộ", 72, "hộ"), Q("hơn 600 ngày công", 600, "ngày công", "over"),
 Q("hơn 1,1 km", 1.1, "km", "over"), Q("3 m", 3, "m"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"),
 Q("250 m2", 250, "m2"), Q("28 triệu đồng/người/năm", 28000000, "đồng"), Q("5 xóm", 5, "xóm")],
[D("Quyết định", "1162", "QĐ-UBND", "2018-04-20", "Chủ tịch UBND tỉnh Thái Nguyên", "Quyết định số 1162/QĐ-UBND ngày 20/4/2018")],
[prov("Thái Nguyên"), com("Tân Linh"), com("Phú Xuyên")],
["BÁO THÁI NGUYÊN", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên", "Thời sự | Xây dựng Đảng | Chính trị",
 "Ông La Văn Thắm (bên trái) trao đổi với người dân về con đường mới.", "xóm Khe Cạn", "Sán Chay", "Sán Dìu"],
["tuổi 68", "Hơn 20 năm", "3 lần", "Năm 2017", "Lượt xem: 3.207", "14:31"]))

PAGES.append(page("b397-backan-bdv-giaoban-q3-2019", """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Dân vận Bắc Kạn - Trang thông tin điện tử
Trang chủ ›› Hoạt động của Ban ›› Giao ban
Ngày 11/10/2019 | 07:55

Giao ban khối dân vận: nắm chắc tình hình nhân dân ở 122 xã, phường, thị trấn

(DVBK) - Ngày 9/10/2019, Ban Dân vận Tỉnh ủy Bắc Kạn chủ trì hội nghị giao ban khối dân vận tỉnh quý III/2019.

Quang cảnh hội nghị giao ban khối dân vận quý III.

Đồng chí Hà Thị Liễu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Đồng chí Hoàng Văn Nhất, Nông Thị Tình - Phó Trưởng Ban Dân vận Tỉnh ủy cùng dự. Tham dự còn có đồng chí Lục Văn Tuân, Phó Trưởng Ban Nội chính Tỉnh ủy; đồng chí Triệu Đức Hoan, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; đồng chí Ma Thị Chanh, Phó Trưởng Ban Dân tộc tỉnh.

Báo cáo cho thấy, trong quý, tình hình nhân dân ở 122 xã, phường, thị trấn cơ bản ổn định. Khối dân vận đã tham mưu thực hiện Thông báo 285, 286-TB/TU của Thường trực Tỉnh ủy và Quy chế 05-QC/TU của Tỉnh ủy về công tác dân vận của hệ thống chính trị; tiếp 3.240 lượt người, tiếp nhận 17 đơn thư, đã giải quyết 14 đơn. Có 2 vụ việc đông người liên quan đến bồi thường giải phóng mặt bằng tại xã Nông Thượng và xã Cẩm Giàng.

Đại diện Ban Nội chính Tỉnh ủy đề nghị khối dân vận phối hợp rà soát các vụ việc tồn đọng. Đồng chí Triệu Đức Hoan lưu ý việc giải quyết đơn của đảng viên ở cơ sở.

Kết luận hội nghị, đồng chí Hà Thị Liễu yêu cầu tiếp tục nhân rộng mô hình "Dân vận khéo", chuẩn bị tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở, hoàn thành trước ngày 15/12.

Hồng Nhung - Ban Dân vận Tỉnh ủy
Lượt đọc: 509

Tin liên quan
- Ngân Sơn: 15 mô hình dân vận khéo được biểu dương (01/10/2019)
- Bắc Kạn: giao ban khối dân vận quý II (12/07/2019)
""", "2019-10-11",
"Giao ban khối dân vận: nắm chắc tình hình nhân dân ở 122 xã, phường, thị trấn",
E("giao_ban", "2019-Q3", "2019-10-09"),
[P("Hà Thị Liễu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Nhất", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Tình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Tuân", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Triệu Đức Hoan", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Ma Thị Chanh", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("122 xã, phường, thị trấn", 122, "xã, phường, thị trấn"), Q("3.240 lượt người", 3240, "lượt người"),
 Q("17 đơn thư", 17, "đơn thư"), Q("14 đơn", 14, "đơn"), Q("2 vụ việc đông người", 2, "vụ việc đông người")],
[D("Thông báo", "285", "TB/TU", None, "Thường trực Tỉnh ủy", "Thông báo 285, 286-TB/TU"),
 D("Thông báo", "286", "TB/TU", None, "Thường trực Tỉnh ủy", "Thông báo 285, 286-TB/TU"),
 D("Quy chế", "05", "QC/TU", None, "Tỉnh ủy", "Quy chế 05-QC/TU")],
[prov("Bắc Kạn"), com("Nông Thượng"), com("Cẩm Giàng")],
["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Dân vận Bắc Kạn - Trang thông tin điện tử", "Trang chủ ›› Hoạt động của Ban ›› Giao ban",
 "Quang cảnh hội nghị giao ban khối dân vận quý III.", "Dân vận khéo", "Ban Nội chính Tỉnh ủy", "Lượt đọc: 509"],
["quý III/2019", "trong quý", "20 năm", "ngày 15/12", "Lượt đọc: 509", "07:55"]))

PAGES.append(page("b398-phutho-mttq-bieuduong-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Phú Thọ
Tin tức > Hoạt động Mặt trận > Cuộc vận động
Phú Thọ, ngày 18 tháng 11 năm 2020

Phú Thọ biểu dương 45 khu dân cư tiêu biểu

Sáng 16/11, Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị biểu dương điển hình tiên tiến trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2020.

Trao Bằng khen cho 45 khu dân cư tiêu biểu.

Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bùi Đình Thi chủ trì hội nghị. Cùng dự có các Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Huyền, Đinh Văn Phúc, Hà Minh Sơn.

Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 6,3 tỷ đồng, hỗ trợ xây mới và sửa chữa 214 căn nhà Đại đoàn kết, mỗi căn từ 40 đến 50 triệu đồng. Thực hiện Quyết định 1232, 1233/QĐ-UBND của UBND tỉnh về công nhận khu dân cư văn hóa, toàn tỉnh có 2.186 khu dân cư đạt chuẩn, chiếm 91,5%.

Hội nghị đã nghe ông Hà Văn Khiêm, trưởng khu Chiềng, xã Xuân Sơn, chia sẻ cách vận động 96 hộ người Mường hiến đất làm nhà văn hóa. Bà Đinh Thị Lún, Trưởng Ban công tác Mặt trận khu Mít, xã Minh Đài, kể về mô hình "Tuyến đường tự quản" dài 2,4 km.

Dịp này, UBND tỉnh tặng Bằng khen cho 45 khu dân cư, 30 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 62 gia đình văn hóa tiêu biểu.

Văn Toàn
Lượt xem: 944

Xem thêm
- Thanh Sơn: Ngày hội Đại đoàn kết ở khu Đồng Mới (14/11/2020)
- Phú Thọ: trao 120 phần quà cho hộ nghèo (30/10/2020)
""", "2020-11-18",
"Phú Thọ biểu dương 45 khu dân cư tiêu biểu",
E("hoi_nghi", "2020", "2020-11-16"),
[P("Bùi Đình Thi", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Huyền", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Minh Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Khiêm", "trưởng khu Chiềng"),
 P("Đinh Thị Lún", "Trưởng Ban công tác Mặt trận khu Mít")],
[Q("45 khu dân cư", 45, "khu dân cư"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("214 căn nhà Đại đoàn kết", 214, "căn nhà Đại đoàn kết"),
 Q("40", 40000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("2.186 khu dân cư", 2186, "khu dân cư"),
 Q("91,5%", 91.5, "%"), Q("96 hộ", 96, "hộ"), Q("2,4 km", 2.4, "km"), Q("30 cá nhân", 30, "cá nhân"),
 Q("62 gia đình văn hóa", 62, "gia đình văn hóa")],
[D("Quyết định", "1232", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1232, 1233/QĐ-UBND"),
 D("Quyết định", "1233", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1232, 1233/QĐ-UBND")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Minh Đài")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Phú Thọ", "Tin tức > Hoạt động Mặt trận > Cuộc vận động",
 "Trao Bằng khen cho 45 khu dân cư tiêu biểu.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Tuyến đường tự quản", "khu Chiềng", "khu Mít", "Văn Toàn"],
["Covid-19", "Năm 2020", "năm 2020", "Lượt xem: 944"]))

PAGES.append(page("b399-thanhhoa-hnd-tongket-2021", """
HỘI NÔNG DÂN TỈNH THANH HÓA
Nông dân xứ Thanh - Trang thông tin điện tử Hội Nông dân tỉnh Thanh Hóa
Trang nhất / Hoạt động Hội / Tin tỉnh
08:15 | 23/12/2021

Hội Nông dân Thanh Hóa: 1.540 hộ thoát nghèo, 38 tỷ đồng vốn vay ủy thác tăng thêm

Ngày 21/12/2021, Hội Nông dân tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2021, triển khai nhiệm vụ năm 2022.

Đồng chí Lê Văn Tuấn phát biểu tại hội nghị.

Dự hội nghị có đồng chí Lê Văn Tuấn, UVBCH Trung ương Hội NDVN, Chủ tịch Hội Nông dân tỉnh; đồng chí Phạm Thị Ngần, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Lương Văn Hòa, người vừa được điều động, bổ nhiệm giữ chức Chánh Văn phòng Hội Nông dân tỉnh.

Năm 2021, các cấp Hội đã tuyên truyền Kết luận 61-KL/TW của Ban Bí thư, Quyết định 1508/QĐ-TTg của Thủ tướng Chính phủ và Nghị định 218/2021/NĐ-CP của Chính phủ tới hội viên. Dư nợ vốn vay ủy thác qua Hội tăng thêm 38 tỷ đồng, giúp 1.540 hộ thoát nghèo; Quỹ Hỗ trợ nông dân cho 412 hộ vay 9,6 tỷ đồng. Các cấp Hội hướng dẫn nông dân bón phân theo "4 đúng", áp dụng cơ giới hóa trên 12.000 ha lúa.

Anh Hà Văn Pọm (dân tộc Thái), hội viên bản Khằm, xã Xuân Lẹ, có thu nhập hơn 450 triệu đồng/năm từ trang trại lợn và quế. Chị Bùi Thị Xuyến, hội viên xã Quảng Nhân, xây dựng thương hiệu chiếu cói với 25 lao động.

Đồng chí Lê Văn Tuấn đề nghị năm 2022 các cấp Hội phát triển thêm 5.000 hội viên mới, xây dựng 120 tổ hợp tác.

Lê Hà
Lượt xem: 1.876

Tin liên quan
- Ngọc Lặc: 300 nông dân được tập huấn trồng mía (15/12/2021)
- Thanh Hóa: trao 50 con bò giống cho hộ nghèo (02/12/2021)
""", "2021-12-23",
"Hội Nông dân Thanh Hóa: 1.540 hộ thoát nghèo, 38 tỷ đồng vốn vay ủy thác tăng thêm",
E("tong_ket", "2021", "2021-12-21"),
[P("Lê Văn Tuấn", "UVBCH Trung ương Hội NDVN", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Ngần", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lương Văn Hòa", "Chánh Văn phòng Hội Nông dân tỉnh"),
 P("Hà Văn Pọm", "hội viên bản Khằm"),
 P("Bùi Thị Xuyến", "hội viên xã Quảng Nhân")],
[Q("1.540 hộ", 1540, "hộ"), Q("38 tỷ đồng", 38000000000, "đồng"), Q("412 hộ", 412, "hộ"),
 Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("trên 12.000 ha", 12000, "ha", "over"),
 Q("hơn 450 triệu đồng/năm", 450000000, "đồng", "over"), Q("25 lao động", 25, "lao động"),
 Q("5.000 hội viên mới", 5000, "hội viên mới"), Q("120 tổ hợp tác", 120, "tổ hợp tác")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "1508", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1508/QĐ-TTg"),
 D("Nghị định", "218", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 218/2021/NĐ-CP")],
[prov("Thanh Hóa"), com("Xuân Lẹ"), com("Quảng Nhân")],
["HỘI NÔNG DÂN TỈNH THANH HÓA", "Nông dân xứ Thanh - Trang thông tin điện tử Hội Nông dân tỉnh Thanh Hóa", "Trang nhất / Hoạt động Hội / Tin tỉnh",
 "Đồng chí Lê Văn Tuấn phát biểu tại hội nghị.", "Quỹ Hỗ trợ nông dân", "bản Khằm", "Lê Hà"],
["4 đúng", "Năm 2021", "năm 2021", "năm 2022", "Lượt xem: 1.876", "08:15"]))

PAGES.append(page("b400-hatinh-hlhpn-doithoai-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Phụ nữ Hà Tĩnh - Trang tin điện tử
Trang chủ | Tin tức | Hoạt động Hội
Thứ Ba, 17/05/2022 10:05

Phụ nữ Hà Tĩnh nêu 36 kiến nghị với lãnh đạo tỉnh

Ngày 13/5, Hội LHPN tỉnh Hà Tĩnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với phụ nữ năm 2022, chủ đề hỗ trợ phụ nữ khởi nghiệp và phát triển kinh tế.

Chị em hội viên nêu kiến nghị tại hội nghị.

Đồng chí Trần Thị Nhung, Phó Chủ tịch UBND tỉnh, và đồng chí Phan Thị Liên, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh, đồng chủ trì. Có mặt các chị Võ Thị Hà, Đặng Thị Thúy và Hồ Thị Xoan, chủ tổ hợp tác, đại diện cho hơn 180 hội viên.

Tại hội nghị, 36 kiến nghị đã được nêu, tập trung vào vốn vay, đất sản xuất và tiêu thụ sản phẩm. Chị Hồ Thị Xoan (dân tộc Chứt), hội viên bản Rào Tre, xã Hương Liên, đề nghị hỗ trợ giống cây dược liệu.

Trả lời chị em, đồng chí Trần Thị Nhung cho biết tỉnh đang thực hiện đề án 17 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2022 - 2025" của UBND tỉnh và nghị quyết số 24/2021/NQ-HĐND của HĐND tỉnh, với mức hỗ trợ tối đa 50 triệu đồng/mô hình. Năm 2021, 63 mô hình của phụ nữ đã được hỗ trợ gần 2,2 tỷ đồng; dư nợ ủy thác qua Hội đạt 1.185 tỷ đồng.

Kết thúc đối thoại, 31 kiến nghị được trả lời trực tiếp, 5 kiến nghị được giao các sở, ngành giải quyết trước ngày 30/6. Bà Phan Thị Liên đề nghị các cấp Hội theo dõi, giám sát việc giải quyết các kiến nghị.

Ngọc Lan
Lượt xem: 1.021

Tin cùng chuyên mục
- Kỳ Anh: phụ nữ xã Kỳ Tân ra mắt mô hình "Tổ phụ nữ tự quản" (10/05/2022)
- Hội LHPN tỉnh trao 30 sinh kế (05/05/2022)
""", "2022-05-17",
"Phụ nữ Hà Tĩnh nêu 36 kiến nghị với lãnh đạo tỉnh",
E("doi_thoai", "2022", "2022-05-13"),
[P("Trần Thị Nhung", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Liên", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Hà", "chủ tổ hợp tác"),
 P("Đặng Thị Thúy", "chủ tổ hợp tác"),
 P("Hồ Thị Xoan", "chủ tổ hợp tác", "hội viên bản Rào Tre")],
[Q("36 kiến nghị", 36, "kiến nghị"), Q("hơn 180 hội viên", 180, "hội viên", "over"),
 Q("50 triệu đồng/mô hình", 50000000, "đồng"), Q("63 mô hình", 63, "mô hình"), Q("gần 2,2 tỷ đồng", 2200000000, "đồng", "approx"),
 Q("1.185 tỷ đồng", 1185000000000, "đồng"), Q("31 kiến nghị", 31, "kiến nghị"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Đề án", "17", None, None, "UBND tỉnh", "đề án 17"),
 D("Nghị quyết", "24", "2021/NQ-HĐND", None, "HĐND tỉnh", "nghị quyết số 24/2021/NQ-HĐND")],
[prov("Hà Tĩnh"), com("Hương Liên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Phụ nữ Hà Tĩnh - Trang tin điện tử", "Trang chủ | Tin tức | Hoạt động Hội",
 "Chị em hội viên nêu kiến nghị tại hội nghị.", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2022 - 2025", "bản Rào Tre", "Ngọc Lan"],
["Năm 2021", "năm 2022", "2022 - 2025", "ngày 30/6", "Lượt xem: 1.021", "10:05"]))
