from lib import *
PAGES = []

PAGES.append(page("b8243-tuyenquang-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG
Vị trí: Trang chủ >> Tin tức >> Hoạt động dân vận
Thứ Sáu, 06/10/2017
Khối dân vận góp sức đưa 230 km đường bê tông về thôn bản
Ngày 05/10/2017, Ban Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác dân vận quý III năm 2017, tập trung đánh giá việc vận động nhân dân tham gia làm đường giao thông nông thôn theo phương châm "Nhà nước và nhân dân cùng làm". Đồng chí Chẩu Thị Thanh, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Ma Văn Thịnh, Hoàng Thị Luyến - Phó Trưởng Ban Dân vận Tỉnh ủy và trưởng ban dân vận 7 huyện ủy, thành ủy.
Đồng chí Chẩu Thị Thanh chủ trì hội nghị giao ban.
Báo cáo cho biết, thực hiện Nghị quyết số 12-NQ/TU ngày 26/9/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển giao thông nông thôn giai đoạn 2016 - 2020 và Kết luận 11, 12-KL/TU của Ban Thường vụ Tỉnh ủy, 9 tháng năm 2017 toàn tỉnh đã bê tông hóa được 230 km đường giao thông nông thôn, đạt 82% kế hoạch năm. Nhân dân hiến trên 42.000 m2 đất, góp khoảng 38.600 ngày công và 21,5 tỷ đồng; tỉnh hỗ trợ 26.400 tấn xi măng. Riêng quý III làm được 97 km, tập trung ở các huyện Lâm Bình, Na Hang, Chiêm Hóa.
Các cấp ủy đã chỉ đạo xây dựng 64 mô hình "Dân vận khéo" về làm đường, trong đó 12 mô hình cấp tỉnh. Thực hiện Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy, 100% chi bộ thôn đã có nghị quyết chuyên đề về giao thông nông thôn.
Tại hội nghị, đồng chí Bàn Văn Chương, HUV, Trưởng Ban Dân vận Huyện ủy Na Hang cho biết đồng bào Dao ở xã Sinh Long góp từng bao cát, gùi sỏi từ suối lên; có thôn 100% hộ tham gia. Đồng chí Ma Thị Nguyệt, Bí thư Đảng ủy xã Thổ Bình, huyện Lâm Bình đề nghị tăng định mức hỗ trợ vận chuyển xi măng cho các thôn cách trung tâm xã trên 15 km.
Hội nghị cũng nêu một số khó khăn: một số tuyến trục thôn phải chờ xi măng do thiếu kho chứa, mưa lũ tháng 8 làm sạt lở 6 đoạn đường mới làm; vẫn còn 23 hộ chưa đồng thuận hiến đất ở huyện Sơn Dương.
Kết luận hội nghị, đồng chí Chẩu Thị Thanh đề nghị quý IV ban dân vận các huyện phối hợp với Mặt trận rà soát từng hộ chưa đồng thuận, phân công cán bộ, đảng viên "bám" hộ; phấn đấu cả năm đạt 280 km, vượt mục tiêu đề ra. Đồng chí cũng lưu ý không được dùng kinh phí đóng góp của dân vào việc khác, phải công khai tại nhà văn hóa thôn.
Thu Hà
Các tin khác
- Lâm Bình: đồng bào Mông hiến đất làm đường (28/09/2017)
- Yên Sơn nghiệm thu 15 km đường bê tông (20/09/2017)
- Hội nghị giao ban khối dân vận quý II năm 2017 (07/07/2017)
- Chiêm Hóa tập huấn công tác dân vận chính quyền (29/06/2017)
""", "2017-10-06", "Khối dân vận góp sức đưa 230 km đường bê tông về thôn bản",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Chẩu Thị Thanh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Luyến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bàn Văn Chương", "HUV", "Trưởng Ban Dân vận Huyện ủy Na Hang"),
 P("Ma Thị Nguyệt", "Bí thư Đảng ủy xã Thổ Bình")],
[Q("7 huyện ủy, thành ủy", 7, "huyện ủy, thành ủy"), Q("230 km", 230, "km"), Q("82%", 82, "%"),
 Q("trên 42.000 m2", 42000, "m2", "over"), Q("khoảng 38.600 ngày công", 38600, "ngày công", "approx"),
 Q("21,5 tỷ đồng", 21500000000, "đồng"), Q("26.400 tấn", 26400, "tấn"), Q("97 km", 97, "km"),
 Q("64 mô hình", 64, "mô hình"), Q("12 mô hình cấp tỉnh", 12, "mô hình cấp tỉnh"), Q("100% chi bộ thôn", 100, "%"),
 Q("100% hộ", 100, "%"), Q("trên 15 km", 15, "km", "over"), Q("6 đoạn đường", 6, "đoạn đường"), Q("23 hộ", 23, "hộ"),
 Q("280 km", 280, "km")],
[D("Nghị quyết", "12", "NQ/TU", "2016-09-26", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 26/9/2016"),
 D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU")],
[prov("Tuyên Quang"), com("Sinh Long"), com("Thổ Bình")],
["BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Vị trí: Trang chủ >> Tin tức >> Hoạt động dân vận", "Đồng chí Chẩu Thị Thanh chủ trì hội nghị giao ban.",
 "Nhà nước và nhân dân cùng làm", "Dân vận khéo"],
["Thứ Sáu, 06/10/2017", "quý III năm 2017", "9 tháng năm 2017", "giai đoạn 2016 - 2020", "quý IV", "tháng 8"]))

PAGES.append(page("b8244-bacgiang-mttq-taphuan-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN LỤC NGẠN - BẮC GIANG
Trang chủ - Tin hoạt động - Giám sát đầu tư cộng đồng
11-05-2018 09:15
Ảnh: Học viên thảo luận tại lớp tập huấn.
Tập huấn nghiệp vụ giám sát công trình đường giao thông nông thôn cho 180 học viên
Trong 2 ngày 09 và 10/5/2018, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lục Ngạn mở lớp tập huấn nghiệp vụ giám sát đầu tư của cộng đồng năm 2018 cho 180 học viên là thành viên Ban giám sát đầu tư của cộng đồng, Ban Thanh tra nhân dân của 30 xã, thị trấn. Trọng tâm của lớp là giám sát các công trình bê tông hóa đường giao thông nông thôn theo cơ chế "Nhà nước hỗ trợ vật liệu, nhân dân góp công, góp đất".
Phát biểu khai mạc, bà Lăng Thị Hoa, Ủy viên Ban Thường vụ, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện cho biết năm 2017 huyện làm được 146 km đường bê tông, nhân dân đóng góp hơn 27 tỷ đồng. Cũng trong năm, các Ban giám sát đầu tư của cộng đồng đã giám sát 212 công trình, phát hiện 19 công trình thi công chưa bảo đảm chiều dày, mác bê tông, kiến nghị khắc phục; đến nay 17/19 công trình đã khắc phục xong.
Các học viên được TS. Nguyễn Quang Huy, giảng viên Trường Chính trị tỉnh truyền đạt Nghị định số 84/2015/NĐ-CP của Chính phủ về giám sát và đánh giá đầu tư, Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005 của Thủ tướng Chính phủ về quy chế giám sát đầu tư của cộng đồng. Kỹ sư Vi Văn Đông, Phó Trưởng phòng Kinh tế và Hạ tầng huyện hướng dẫn cách kiểm tra chiều dày mặt đường, độ sụt bê tông, tỷ lệ trộn xi măng, cát, đá tại hiện trường.
Lục Ngạn là huyện có diện tích lớn nhất tỉnh Bắc Giang, nhiều xã vùng cao có đồng bào Nùng, Tày, Sán Dìu, Hoa sinh sống; các tuyến đường bê tông đã giúp bà con vận chuyển vải thiều thuận lợi hơn trong mỗi mùa thu hoạch.
Lớp học dành nửa ngày thực hành tại tuyến đường thôn Kép, xã Nam Dương. Ông Hoàng Văn Kỷ, Trưởng Ban giám sát đầu tư của cộng đồng xã Nam Dương, người Nùng, chia sẻ: "Trước đây ban giám sát chỉ đứng xem, nay biết đo, biết ghi biên bản nên nói với nhà thầu có cơ sở hơn". Bà Hà Thị Sáu, Trưởng Ban công tác Mặt trận thôn Kép cho biết thôn vừa góp 126 triệu đồng và 410 ngày công cho tuyến đường dài 1,4 km.
Theo Kế hoạch số 36/KH-MTTQ-BTT ngày 02/4/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện, năm nay 100% công trình đường giao thông nông thôn có sự tham gia của nhân dân đều phải có ban giám sát; mỗi ban được hỗ trợ 2 triệu đồng/công trình.
Kết thúc lớp tập huấn, 176 học viên đạt yêu cầu bài kiểm tra cuối khóa.
Ngọc Lan
Tin liên quan
- Lục Ngạn: Mặt trận giám sát 45 công trình nông thôn mới (25/04/2018)
- Hội nghị tổng kết công tác Mặt trận năm 2017 (20/12/2017)
- Xã Tân Sơn khánh thành đường bê tông liên thôn (12/11/2017)
""", "2018-05-11", "Tập huấn nghiệp vụ giám sát công trình đường giao thông nông thôn cho 180 học viên",
E("tap_huan", "2018", "2018-05-09"),
[P("Lăng Thị Hoa", "Ủy viên Ban Thường vụ", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Quang Huy", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Vi Văn Đông", "Kỹ sư", "Phó Trưởng phòng Kinh tế và Hạ tầng huyện"),
 P("Hoàng Văn Kỷ", "Trưởng Ban giám sát đầu tư của cộng đồng xã Nam Dương"),
 P("Hà Thị Sáu", "Trưởng Ban công tác Mặt trận thôn Kép")],
[Q("180 học viên", 180, "học viên"), Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("146 km", 146, "km"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("212 công trình", 212, "công trình"), Q("19 công trình", 19, "công trình"),
 Q("17/19 công trình", 17, "công trình"), Q("126 triệu đồng", 126000000, "đồng"), Q("410 ngày công", 410, "ngày công"),
 Q("1,4 km", 1.4, "km"), Q("100% công trình", 100, "%"), Q("2 triệu đồng", 2000000, "đồng"), Q("176 học viên", 176, "học viên")],
[D("Nghị định", "84", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 84/2015/NĐ-CP"),
 D("Quyết định", "80", "2005/QĐ-TTg", "2005-04-18", "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2018-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 36/KH-MTTQ-BTT ngày 02/4/2018")],
[prov("Bắc Giang"), com("Nam Dương")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN LỤC NGẠN - BẮC GIANG", "Trang chủ - Tin hoạt động - Giám sát đầu tư cộng đồng",
 "Ảnh: Học viên thảo luận tại lớp tập huấn.", "Nhà nước hỗ trợ vật liệu, nhân dân góp công, góp đất", "Ban Thanh tra nhân dân"],
["11-05-2018 09:15", "2 ngày", "năm 2018", "năm 2017", "nửa ngày"]))

PAGES.append(page("b8245-dongthap-mttqxa-daihoi-2019", """
ĐỒNG THÁP ONLINE - Báo Đồng Tháp
Chính trị » Mặt trận - Đoàn thể
14/06/2019 | 16:05
Đại hội MTTQ xã Tân Hội Trung: Dân góp hơn 11 tỷ đồng làm đường nông thôn
Ngày 13/6, Ủy ban MTTQ Việt Nam xã Tân Hội Trung, huyện Cao Lãnh long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2019 - 2024. Về dự có bà Phạm Thị Ngọc Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp; ông Lê Văn Trí, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lãnh cùng 125 đại biểu đại diện cho hơn 3.600 hộ dân trong xã.
Quang cảnh đại hội.
Báo cáo của Ủy ban MTTQ xã khóa XI cho thấy, 5 năm qua Mặt trận xã đã phối hợp vận động nhân dân đóng góp hơn 11 tỷ đồng, hiến 28.700 m2 đất và hàng nghìn ngày công để làm 38 km đường bê tông, 14 cây cầu bê tông liên ấp theo phương châm "Nhà nước và nhân dân cùng làm". Đến nay 7/7 ấp có đường bê tông đến tận nhà, xã được công nhận đạt chuẩn nông thôn mới năm 2017. Cuộc vận động "Ngày vì người nghèo" quyên góp được 1,35 tỷ đồng, xây mới 22 căn nhà đại đoàn kết.
Nhiều tham luận tại đại hội tập trung vào cách làm đường. Ông Trần Văn Ba, Trưởng Ban công tác Mặt trận ấp 3 kể lại việc vận động 41 hộ dời hàng rào, đốn cây để mở rộng lộ từ 2 m lên 3,5 m. Hòa thượng Thích Minh Tâm, trụ trì chùa Phước Hưng đã vận động Phật tử góp 260 triệu đồng làm tuyến lộ dài 1,2 km trước cổng chùa.
Theo ông Lê Văn Trí, Tân Hội Trung là một trong những xã dẫn đầu huyện Cao Lãnh về vận động nhân dân làm đường. Cách làm của xã là họp dân từng ấp, công khai dự toán, mỗi đoạn đường làm xong đều có bảng ghi tên hộ đóng góp. Nhiều hộ ở ấp 2, ấp 5 tự nguyện góp thêm để mặt đường rộng hơn thiết kế, đủ cho xe tải nhỏ vào tận ruộng chở lúa.
Phát biểu chỉ đạo, bà Phạm Thị Ngọc Hà đề nghị Mặt trận xã nhiệm kỳ tới tiếp tục thực hiện Chỉ thị số 30-CT/TW của Ban Bí thư về lãnh đạo đại hội Mặt trận các cấp và Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về nâng chất tiêu chí giao thông; phấn đấu đến năm 2024 bê tông hóa 100% đường nội đồng chính.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, ông Nguyễn Văn Út được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hội Trung; các ông, bà Võ Thị Hồng, Đặng Văn Lực - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội MTTQ huyện.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích trong vận động làm đường nông thôn.
Hữu Nghĩa
Tin cùng chuyên mục
- Cao Lãnh: 18/18 xã hoàn thành đại hội Mặt trận (12/06/2019)
- Tháp Mười vận động làm 45 cây cầu bê tông (06/06/2019)
- Lai Vung: Mặt trận giám sát công trình lộ nông thôn (30/05/2019)
""", "2019-06-14", "Đại hội MTTQ xã Tân Hội Trung: Dân góp hơn 11 tỷ đồng làm đường nông thôn",
E("dai_hoi", None, "2019-06-13"),
[P("Phạm Thị Ngọc Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp"),
 P("Lê Văn Trí", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lãnh"),
 P("Trần Văn Ba", "Trưởng Ban công tác Mặt trận ấp 3"),
 P("Thích Minh Tâm", "Hòa thượng", "trụ trì chùa Phước Hưng"),
 P("Nguyễn Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hội Trung"),
 P("Võ Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đặng Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 3.600 hộ dân", 3600, "hộ dân", "over"),
 Q("hơn 11 tỷ đồng", 11000000000, "đồng", "over"), Q("28.700 m2", 28700, "m2"), Q("38 km", 38, "km"),
 Q("14 cây cầu bê tông", 14, "cây cầu bê tông"), Q("7/7 ấp", 7, "ấp"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("22 căn nhà đại đoàn kết", 22, "căn nhà đại đoàn kết"), Q("41 hộ", 41, "hộ"), Q("2 m", 2, "m"), Q("3,5 m", 3.5, "m"),
 Q("260 triệu đồng", 260000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("100%", 100, "%"), Q("41 vị", 41, "vị"),
 Q("9 đại biểu", 9, "đại biểu"), Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 30-CT/TW"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Đồng Tháp"), com("Tân Hội Trung")],
["ĐỒNG THÁP ONLINE - Báo Đồng Tháp", "Chính trị » Mặt trận - Đoàn thể", "Quang cảnh đại hội.", "Nhà nước và nhân dân cùng làm",
 "Ngày vì người nghèo"],
["14/06/2019 | 16:05", "Ngày 13/6", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "5 năm", "năm 2017", "năm 2024", "lần thứ nhất"]))

PAGES.append(page("b8246-haiduong-bcd-tongket-2020", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ / Kinh tế / Nông thôn mới
Cập nhật lúc 17:20 ngày 30/12/2020
Năm 2020, nhân dân Hải Dương góp hơn 320 tỷ đồng làm đường giao thông nông thôn
Chiều 29/12, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị tổng kết Chương trình xây dựng nông thôn mới năm 2020, trong đó dành phần lớn thời gian đánh giá phong trào bê tông hóa, mở rộng đường giao thông nông thôn. Đồng chí Lương Văn Cầu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Hội nghị được tổ chức trực tuyến tới 12 điểm cầu huyện, thị xã, thành phố.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, toàn tỉnh vẫn cải tạo, nâng cấp 612 km đường trục xã, liên thôn và 845 km đường ngõ xóm; xây dựng 96 cầu, cống. Tổng vốn huy động đạt 1.148 tỷ đồng, trong đó nhân dân đóng góp hơn 320 tỷ đồng, chiếm 27,9%. Nhân dân hiến trên 186.000 m2 đất, tháo dỡ 21.300 m tường rào; không có đơn thư khiếu nại về giải phóng mặt bằng. Hết năm 2020, tỉnh có 188/189 xã đạt chuẩn nông thôn mới, 29 xã đạt chuẩn nông thôn mới nâng cao.
Theo đồng chí Phạm Thị Minh Nguyệt, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chánh Văn phòng Điều phối nông thôn mới tỉnh, cơ chế hỗ trợ theo Nghị quyết số 10/2016/NQ-HĐND của HĐND tỉnh và các Quyết định số 2183, 2184/QĐ-UBND của UBND tỉnh đã tạo động lực lớn: tỉnh hỗ trợ 50% giá trị xây lắp mặt đường, huyện hỗ trợ từ 20 - 30%, phần còn lại do xã và nhân dân đảm nhận.
Ý kiến tại hội nghị, ông Nguyễn Đức Thuận, Chủ tịch UBND xã Hồng Phong, huyện Ninh Giang cho biết xã mở rộng 14 tuyến đường trục thôn lên 6 m, có 117 hộ hiến đất, trong đó một gia đình hiến 420 m2 đất vườn. Bà Đỗ Thị Hường, Chủ tịch Hội Liên hiệp Phụ nữ xã Cẩm Văn đề nghị tỉnh quan tâm trồng cây xanh, lắp điện chiếu sáng trên các tuyến đường mới.
Kết luận, đồng chí Lương Văn Cầu yêu cầu năm 2021 tiếp tục thực hiện Kế hoạch số 3045/KH-UBND của UBND tỉnh, chú trọng duy tu, bảo dưỡng; các huyện không để phát sinh nợ đọng xây dựng cơ bản, không huy động quá sức dân.
Năm 2021, tỉnh đặt mục tiêu cứng hóa thêm 400 km đường trục chính nội đồng, ưu tiên các vùng sản xuất hàng hóa tập trung; các địa phương chủ động lồng ghép nguồn vốn, không trông chờ ngân sách cấp trên.
UBND tỉnh tặng bằng khen cho 34 tập thể và 46 cá nhân có thành tích xuất sắc trong phong trào thi đua "Hải Dương chung sức xây dựng nông thôn mới".
Thành Chung
Tin liên quan
- Thanh Miện: 100% đường ngõ xóm được cứng hóa (21/12/2020)
- Kinh Môn hoàn thành 40 km đường trục xã (10/12/2020)
- Gia Lộc: Dân hiến 12.000 m2 đất mở đường (25/11/2020)
""", "2020-12-30", "Năm 2020, nhân dân Hải Dương góp hơn 320 tỷ đồng làm đường giao thông nông thôn",
E("tong_ket", "2020", "2020-12-29"),
[P("Lương Văn Cầu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Phạm Thị Minh Nguyệt", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Chánh Văn phòng Điều phối nông thôn mới tỉnh"),
 P("Nguyễn Đức Thuận", "Chủ tịch UBND xã Hồng Phong"),
 P("Đỗ Thị Hường", "Chủ tịch Hội Liên hiệp Phụ nữ xã Cẩm Văn")],
[Q("hơn 320 tỷ đồng", 320000000000, "đồng", "over"), Q("12 điểm cầu huyện, thị xã, thành phố", 12, "điểm cầu huyện, thị xã, thành phố"),
 Q("612 km", 612, "km"), Q("845 km", 845, "km"), Q("96 cầu, cống", 96, "cầu, cống"), Q("1.148 tỷ đồng", 1148000000000, "đồng"),
 Q("27,9%", 27.9, "%"), Q("trên 186.000 m2", 186000, "m2", "over"), Q("21.300 m", 21300, "m"), Q("188/189 xã", 188, "xã"),
 Q("29 xã", 29, "xã"), Q("50%", 50, "%"), Q("20", 20, "%"), Q("30%", 30, "%"), Q("14 tuyến đường trục thôn", 14, "tuyến đường trục thôn"),
 Q("6 m", 6, "m"), Q("117 hộ", 117, "hộ"), Q("420 m2", 420, "m2"), Q("400 km", 400, "km"), Q("34 tập thể", 34, "tập thể"), Q("46 cá nhân", 46, "cá nhân")],
[D("Nghị quyết", "10", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2016/NQ-HĐND"),
 D("Quyết định", "2183", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2183, 2184/QĐ-UBND"),
 D("Quyết định", "2184", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2183, 2184/QĐ-UBND"),
 D("Kế hoạch", "3045", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3045/KH-UBND")],
[prov("Hải Dương"), com("Hồng Phong"), com("Cẩm Văn")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ / Kinh tế / Nông thôn mới", "Hội nghị được tổ chức trực tuyến tới 12 điểm cầu huyện, thị xã, thành phố.",
 "Hải Dương chung sức xây dựng nông thôn mới", "Covid-19"],
["Cập nhật lúc 17:20 ngày 30/12/2020", "Chiều 29/12", "năm 2020", "năm 2021", "Covid-19"]))

PAGES.append(page("b8247-soctrang-bao-chandung-2021", """
Báo Sóc Trăng Online
Xã hội › Gương sáng › Người tốt việc tốt
Thứ Sáu, 26/03/2021, 06:00
Ông Thạch Sóc Khánh (bìa phải) cùng bà con ấp Kiến Hòa kiểm tra tuyến đường mới đổ bê tông.
Người "gieo" những con đường bê tông ở phum sóc
Hơn 10 năm qua, ông Thạch Sóc Khánh, người có uy tín ấp Kiến Hòa, xã Kế An, huyện Kế Sách đã vận động bà con Khmer và người Kinh trong ấp hiến đất, góp tiền làm hàng chục km đường bê tông. Với bà con trong ấp, ông là "người gieo những con đường".
Ông Khánh năm nay 67 tuổi, nguyên là Chủ nhiệm Hợp tác xã, từng giữ chức Trưởng ấp Kiến Hòa nhiều năm. Năm 2012, khi tỉnh có cơ chế hỗ trợ xi măng, ông là người đầu tiên trong ấp hiến 350 m2 đất vườn để mở rộng lộ. "Mình nói mà mình không làm thì ai nghe", ông cười.
Theo bà Lâm Thị Sa Phia, Chủ tịch Ủy ban MTTQ Việt Nam xã Kế An, từ năm 2012 đến nay ông Khánh đã vận động 96 hộ hiến hơn 7.800 m2 đất, góp trên 1,1 tỷ đồng, cùng xã làm 11 tuyến đường với tổng chiều dài 8,6 km. Ông còn đứng ra vận động con em đi làm ăn ở TP Hồ Chí Minh, Bình Dương gửi tiền về, được khoảng 260 triệu đồng, giúp 14 hộ nghèo góp phần đối ứng.
Đại đức Sơn Ngọc Hùng, trụ trì chùa Kiến Hòa kể, có lần tuyến đường qua đất của 3 hộ đang tranh chấp ranh giới, ông Khánh cùng nhà chùa đến từng nhà hòa giải suốt 2 tuần, cuối cùng cả 3 hộ cùng ký biên bản hiến đất. Ông Kim Sà Rênh, Bí thư Chi bộ ấp Kiến Hòa nhận xét: "Ông Khánh nói tiếng Khmer, giải thích cặn kẽ, bà con tin lắm".
Nhờ đường sá thuận lợi, bà con ấp Kiến Hòa chuyển sang trồng bưởi, nuôi bò; thu nhập bình quân tăng từ 18 triệu đồng lên khoảng 42 triệu đồng/người/năm; số hộ nghèo trong ấp giảm từ 67 hộ còn 9 hộ. 100% tuyến đường trong ấp đã được bê tông hóa.
Với những đóng góp đó, ông Thạch Sóc Khánh được Chủ tịch UBND tỉnh tặng bằng khen năm 2019, được Ban Dân vận Tỉnh ủy chọn là 1 trong 25 gương điển hình "Dân vận khéo" giai đoạn 2016 - 2020. Ông được hưởng chế độ người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ.
Hỏi về dự định, ông Khánh nói còn một tuyến lộ nội đồng dài khoảng 1,5 km ra cánh đồng ấp Kiến Phước chưa làm được vì kinh phí lớn; ông đang cùng Ban nhân dân ấp lập danh sách, chờ mùa khô năm sau sẽ vận động bà con làm.
Bà Châu Thị Bô Pha, Phó Trưởng Ban Dân vận Huyện ủy Kế Sách cho biết, huyện đang nhân rộng cách làm của ông Khánh ra 8 ấp có đông đồng bào Khmer.
Bài, ảnh: Trung Hiếu
Tin khác
- Sóc Trăng: 37 người có uy tín được tuyên dương (19/03/2021)
- Mỹ Xuyên: Đồng bào Khmer góp 2.000 ngày công làm lộ (10/03/2021)
- Trần Đề khánh thành 5 cây cầu bê tông (01/03/2021)
""", "2021-03-26", "Người \"gieo\" những con đường bê tông ở phum sóc",
E("khac", None, None),
[P("Thạch Sóc Khánh", "người có uy tín ấp Kiến Hòa"),
 P("Lâm Thị Sa Phia", "Chủ tịch Ủy ban MTTQ Việt Nam xã Kế An"),
 P("Sơn Ngọc Hùng", "Đại đức", "trụ trì chùa Kiến Hòa"),
 P("Kim Sà Rênh", "Bí thư Chi bộ ấp Kiến Hòa"),
 P("Châu Thị Bô Pha", "Phó Trưởng Ban Dân vận Huyện ủy Kế Sách")],
[Q("350 m2", 350, "m2"), Q("96 hộ", 96, "hộ"), Q("hơn 7.800 m2", 7800, "m2", "over"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("11 tuyến đường", 11, "tuyến đường"), Q("8,6 km", 8.6, "km"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("14 hộ nghèo", 14, "hộ nghèo"), Q("3 hộ", 3, "hộ"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("67 hộ", 67, "hộ"), Q("9 hộ", 9, "hộ"), Q("100%", 100, "%"),
 Q("25 gương điển hình", 25, "gương điển hình"), Q("khoảng 1,5 km", 1.5, "km", "approx"), Q("8 ấp", 8, "ấp")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018")],
[prov("Sóc Trăng"), com("Kế An")],
["Báo Sóc Trăng Online", "Xã hội › Gương sáng › Người tốt việc tốt",
 "Ông Thạch Sóc Khánh (bìa phải) cùng bà con ấp Kiến Hòa kiểm tra tuyến đường mới đổ bê tông.", "Dân vận khéo", "Hợp tác xã"],
["Thứ Sáu, 26/03/2021, 06:00", "Hơn 10 năm", "67 tuổi", "Năm 2012", "năm 2019", "2 tuần", "giai đoạn 2016 - 2020", "1 trong 25"]))

PAGES.append(page("b8248-gialai-bcd-soket-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PƯH
Trang chủ :: Tin tức - Sự kiện :: Nông thôn mới
2022-07-08 16:40
Chư Pưh sơ kết 6 tháng thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
Sáng 07/7, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Chư Pưh (tỉnh Gia Lai) tổ chức hội nghị sơ kết 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Mah Tuân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị. Dự có đồng chí Ksor H'Bliu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Quang cảnh hội nghị sơ kết.
Thực hiện Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 và Chương trình hành động số 08-CTr/HU của Huyện ủy, 6 tháng qua huyện tập trung bê tông hóa đường giao thông đến các làng đồng bào Jrai. Toàn huyện làm mới 17,3 km đường bê tông nông thôn, trong đó 9,8 km đường nội làng tại 27 làng đồng bào dân tộc thiểu số. Tổng kinh phí 8,42 tỷ đồng; ngân sách hỗ trợ 1.250 tấn xi măng và 3,2 tỷ đồng, nhân dân đóng góp bằng ngày công, cát, đá và khoảng 1,9 tỷ đồng tiền mặt.
Đồng chí Ksor H'Bliu cho biết, khối dân vận đã phối hợp các già làng, người có uy tín tổ chức 58 buổi tuyên truyền ở các làng; vận động 214 hộ hiến 15.600 m2 đất; phát huy vai trò 96 tổ tự quản đường làng. Nhiều làng như Plei Kép, Plei Thơ Ga có 100% hộ tham gia ngày công.
Tại hội nghị, ông Siu Đoan, già làng Plei Kép, xã Ia Hrú chia sẻ: "Trước đây mùa mưa xe máy không vào được làng, cà phê, hồ tiêu phải gùi ra đường lớn. Nay có đường bê tông, thương lái vào tận rẫy". Bà Nay H'Nhi, Phó Chủ tịch UBND xã Ia Phang, đề nghị tăng hỗ trợ cho 4 làng đặc biệt khó khăn, nơi người dân không có khả năng đóng góp tiền mặt.
Đồng chí Rah Lan Lâm, Phó Chủ tịch UBND huyện, Phó Trưởng Ban Chỉ đạo cho biết thêm, huyện hiện có 5/8 xã đạt tiêu chí giao thông; tỷ lệ đường trục thôn, làng được cứng hóa đạt 71,4%.
Kết luận hội nghị, đồng chí Rơ Mah Tuân yêu cầu 6 tháng cuối năm hoàn thành thêm ít nhất 12 km đường bê tông, đưa xã Ia Hla về đích nông thôn mới; thực hiện đúng Nghị quyết số 45/NQ-HĐND ngày 15/4/2022 của HĐND huyện về mức hỗ trợ vật liệu, công khai danh sách đóng góp tại nhà rông. Đồng chí cũng đề nghị Mặt trận và các đoàn thể tiếp tục phát huy vai trò già làng, người có uy tín, không để xảy ra tình trạng làm đường xong bỏ mặc, không ai duy tu.
Ksor Phương
Tin liên quan
- Chư Pưh: Ra mắt 6 tổ tự quản đường làng (28/06/2022)
- Huyện ủy giao ban công tác dân vận quý II (22/06/2022)
- Ia Le khánh thành 2 km đường bê tông nội làng (10/06/2022)
""", "2022-07-08", "Chư Pưh sơ kết 6 tháng thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Rơ Mah Tuân", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"),
 P("Ksor H'Bliu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Siu Đoan", "già làng Plei Kép"),
 P("Nay H'Nhi", "Phó Chủ tịch UBND xã Ia Phang"),
 P("Rah Lan Lâm", "Phó Chủ tịch UBND huyện", "Phó Trưởng Ban Chỉ đạo")],
[Q("17,3 km", 17.3, "km"), Q("9,8 km", 9.8, "km"), Q("27 làng đồng bào dân tộc thiểu số", 27, "làng đồng bào dân tộc thiểu số"),
 Q("8,42 tỷ đồng", 8420000000, "đồng"), Q("1.250 tấn", 1250, "tấn"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("58 buổi tuyên truyền", 58, "buổi tuyên truyền"), Q("214 hộ", 214, "hộ"),
 Q("15.600 m2", 15600, "m2"), Q("96 tổ tự quản đường làng", 96, "tổ tự quản đường làng"), Q("100% hộ", 100, "%"),
 Q("4 làng đặc biệt khó khăn", 4, "làng đặc biệt khó khăn"), Q("5/8 xã", 5, "xã"), Q("71,4%", 71.4, "%"),
 Q("ít nhất 12 km", 12, "km", "over")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/02/2022"),
 D("Chương trình hành động", "08", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 08-CTr/HU"),
 D("Nghị quyết", "45", "NQ-HĐND", "2022-04-15", "HĐND huyện", "Nghị quyết số 45/NQ-HĐND ngày 15/4/2022")],
[prov("Gia Lai"), com("Ia Hrú"), com("Ia Phang"), com("Ia Hla")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PƯH", "Trang chủ :: Tin tức - Sự kiện :: Nông thôn mới", "Quang cảnh hội nghị sơ kết.",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["2022-07-08 16:40", "Sáng 07/7", "6 tháng đầu năm 2022", "6 tháng cuối năm", "giai đoạn 2021 - 2025", "6 tháng"]))
