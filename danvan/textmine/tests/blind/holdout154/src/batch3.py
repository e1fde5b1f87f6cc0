from lib import *
PAGES = []

PAGES.append(page("b3665-quangtri-haiLang-doithoai-giaodan-2021", """
UBND HUYỆN HẢI LĂNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện / Hoạt động của lãnh đạo huyện
15/06/2021 - 10:05
Đối thoại với giáo dân về bồi thường, giải phóng mặt bằng dự án tuyến đường ven biển
Sáng 14/6, tại nhà văn hóa xã Hải An, Thường trực Huyện ủy, UBND huyện Hải Lăng tổ chức đối thoại với đại diện giáo dân các giáo xứ Mỹ Thủy, Tân Lương và nhân dân các thôn có đất bị ảnh hưởng bởi dự án tuyến đường ven biển, theo kế hoạch đối thoại năm 2021. Chủ trì có đồng chí Lê Minh Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy Hải Lăng; đồng chí Trần Đình Hoan, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Đồng chí Lê Minh Tuấn phát biểu tại buổi đối thoại.
Dự án đi qua 3 xã Hải An, Hải Khê, Hải Ba với chiều dài hơn 15 km, ảnh hưởng đến 486 hộ dân, trong đó khoảng 70% là giáo dân; có 2 nghĩa trang giáo xứ và 1 nhà nguyện phải di dời. Tổng kinh phí bồi thường, hỗ trợ dự kiến khoảng 142 tỷ đồng.
Tại buổi đối thoại, 19 ý kiến được nêu, chủ yếu về đơn giá đất, vị trí khu tái định cư và việc di dời mộ phần. Linh mục Tôma Hoàng Đức Lộc, Chánh xứ giáo xứ Mỹ Thủy, đề nghị huyện bố trí khu nghĩa trang mới cho giáo xứ trước khi cải táng và tạo điều kiện để giáo dân làm nghi thức tôn giáo theo truyền thống. Ông Nguyễn Văn Thiết, Trưởng ban Hành giáo giáo họ Tân Lương, kiến nghị công khai bảng giá bồi thường cây cối, hoa màu.
Trả lời ý kiến, đồng chí Trần Đình Hoan cho biết việc bồi thường được thực hiện theo Quyết định số 49/2019/QĐ-UBND của UBND tỉnh và Nghị định số 47/2014/NĐ-CP của Chính phủ; huyện đã giao đất 5,2 ha tại thôn Kim Long để làm nghĩa trang mới cho hai giáo xứ, bố trí 1,3 tỷ đồng hỗ trợ di dời nhà nguyện.
Cũng tại buổi đối thoại, đồng chí Lê Minh Tuấn thông tin: đồng chí Võ Thị Bích Ngọc vừa được tín nhiệm giữ chức Trưởng Ban Dân vận Huyện ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam huyện, sẽ trực tiếp theo dõi, đôn đốc giải quyết các kiến nghị sau đối thoại. Đồng chí nhấn mạnh tinh thần Chỉ thị 14, 15-CT/HU của Ban Thường vụ Huyện ủy: mọi vướng mắc phải được đối thoại công khai, không để người dân khiếu kiện vượt cấp.
Kết thúc buổi đối thoại, 16/19 ý kiến được trả lời thỏa đáng; 3 ý kiến còn lại được giao Hội đồng bồi thường huyện kiểm tra, trả lời trước ngày 30/6/2021. Đại diện giáo dân cam kết vận động bà con bàn giao mặt bằng đúng tiến độ.
Trước đó, trong 5 tháng đầu năm, huyện Hải Lăng (tỉnh Quảng Trị) đã tổ chức 4 cuộc đối thoại với nhân dân ở các xã vùng giáo, tiếp nhận 63 ý kiến, kiến nghị.
Phương Thảo
Tin liên quan
- Hải Lăng: ra mắt mô hình "Giáo xứ xanh - sạch - đẹp" (02/06/2021)
- Giải ngân hơn 20 tỷ đồng bồi thường dự án đường ven biển (20/05/2021)
- Gặp mặt chức sắc tôn giáo nhân dịp bầu cử (10/05/2021)
""", "2021-06-15", "Đối thoại với giáo dân về bồi thường, giải phóng mặt bằng dự án tuyến đường ven biển",
E("doi_thoai", "2021", "2021-06-14"),
[P("Lê Minh Tuấn", "Tỉnh ủy viên", "Bí thư Huyện ủy Hải Lăng"),
 P("Trần Đình Hoan", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Tôma Hoàng Đức Lộc", "Linh mục", "Chánh xứ giáo xứ Mỹ Thủy"),
 P("Nguyễn Văn Thiết", "Trưởng ban Hành giáo giáo họ Tân Lương"),
 P("Võ Thị Bích Ngọc", "Trưởng Ban Dân vận Huyện ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("3 xã", 3, "xã"), Q("hơn 15 km", 15, "km", "over"), Q("486 hộ dân", 486, "hộ dân"), Q("khoảng 70%", 70, "%", "approx"),
 Q("2 nghĩa trang giáo xứ", 2, "nghĩa trang giáo xứ"), Q("1 nhà nguyện", 1, "nhà nguyện"),
 Q("khoảng 142 tỷ đồng", 142000000000, "đồng", "approx"), Q("19 ý kiến", 19, "ý kiến"), Q("5,2 ha", 5.2, "ha"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("16/19 ý kiến", 16, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("63 ý kiến, kiến nghị", 63, "ý kiến, kiến nghị")],
[D("Quyết định", "49", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 49/2019/QĐ-UBND"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU")],
[prov("Quảng Trị"), com("Hải An"), com("Hải Khê"), com("Hải Ba")],
["UBND HUYỆN HẢI LĂNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Tin tức - Sự kiện / Hoạt động của lãnh đạo huyện",
 "Đồng chí Lê Minh Tuấn phát biểu tại buổi đối thoại.", "Hội đồng bồi thường huyện"],
["15/06/2021 - 10:05", "năm 2021", "5 tháng đầu năm", "30/6/2021"]))

PAGES.append(page("b3666-hue-bdvthanhuy-giaoban-thang9-2022", """
Ban Dân vận Thành ủy Huế
Trang chủ >> Tin tức >> Hoạt động
30 tháng 9, 2022 | 17:45
Giao ban công tác dân vận tháng 9: tập trung vận động nhân dân chủ động ứng phó bão số 4
Chiều 29/9, Ban Dân vận Thành ủy Huế tổ chức giao ban công tác dân vận tháng 9/2022 với khối dân vận và Ủy ban MTTQ Việt Nam thành phố. Đồng chí Nguyễn Thị Ái Vân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì.
Toàn cảnh cuộc giao ban.
Trong tháng, các phường Phú Hội, Vỹ Dạ, Phường Đúc đã vận động 2.300 hộ chằng chống nhà cửa, di dời 415 hộ ở vùng thấp trũng trước khi bão số 4 (Noru) đổ bộ. Các cơ sở tôn giáo như chùa Từ Hiếu, chùa Báo Quốc, nhà thờ Phủ Cam và Dòng Chúa Cứu Thế mở cửa cho 620 người dân đến trú bão. Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố và Caritas Tổng Giáo phận Huế chuẩn bị sẵn khoảng 1.000 suất cơm, 500 thùng mì hỗ trợ người dân sau bão.
Khối dân vận cũng phối hợp với Trung tâm Bảo tồn Di tích Cố đô Huế vận động 37 hộ dân sống trong khu vực Kinh thành (khu vực I di tích) bàn giao mặt bằng theo Đề án 2567/QĐ-UBND của UBND tỉnh, nâng tổng số hộ đã di dời trong năm lên 312 hộ. Đồng chí Hoàng Văn Tuấn, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy, cho biết việc thực hiện kế hoạch số 28-KH/BDVTU về "Dân vận khéo" trong giải tỏa di tích đã giúp không có khiếu kiện đông người.
Theo báo cáo, trong tháng 9, Ban Dân vận Thành ủy đã chủ trì 2 buổi làm việc với Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố và Tòa Tổng Giám mục Huế để thống nhất kế hoạch phối hợp cứu trợ mùa mưa bão năm 2022 theo chỉ đạo của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế. Các tổ dân vận ở 27 phường đã ghi nhận 14 ý kiến, kiến nghị của người dân liên quan đến chỉnh trang đô thị, cấp phép sửa chữa nhà ở trong vùng đệm di tích và tiến độ chi trả hỗ trợ tái định cư.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Trần Thị Thu Thủy, Lê Văn Khánh đề nghị các phường tăng cường tổ tự quản tại các khu dân cư giáp ranh cơ sở tôn giáo để giữ an ninh, trật tự dịp lễ Vu Lan và các khóa tu mùa hè.
Kết luận cuộc giao ban, đồng chí Nguyễn Thị Ái Vân yêu cầu tháng 10 khối dân vận tập trung thực hiện Kết luận 43, 44-KL/TU của Ban Thường vụ Thành ủy, chuẩn bị tổng kết 10 năm thực hiện Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; nắm chắc tình hình tư tưởng nhân dân trong mùa mưa bão, chủ động phối hợp với các tổ chức tôn giáo trong công tác cứu trợ.
Minh Khang
Lượt truy cập: 118.902
Tin khác
- Phú Hội ra mắt tổ dân vận khu dân cư có đông đồng bào Công giáo (20/09/2022)
- Giao ban công tác dân vận tháng 8 (31/08/2022)
- Thăm hỏi chức sắc tôn giáo nhân lễ Vu Lan (12/08/2022)
""", "2022-09-30", "Giao ban công tác dân vận tháng 9: tập trung vận động nhân dân chủ động ứng phó bão số 4",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Nguyễn Thị Ái Vân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Hoàng Văn Tuấn", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"),
 P("Trần Thị Thu Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("2.300 hộ", 2300, "hộ"), Q("415 hộ", 415, "hộ"), Q("620 người dân", 620, "người dân"),
 Q("khoảng 1.000 suất cơm", 1000, "suất cơm", "approx"), Q("500 thùng mì", 500, "thùng mì"),
 Q("37 hộ dân", 37, "hộ dân"), Q("312 hộ", 312, "hộ"), Q("2 buổi làm việc", 2, "buổi làm việc"), Q("27 phường", 27, "phường"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị")],
[D("Đề án", "2567", "QĐ-UBND", None, "UBND tỉnh", "Đề án 2567/QĐ-UBND"),
 D("Kế hoạch", "28", "KH/BDVTU", None, None, "kế hoạch số 28-KH/BDVTU"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 43, 44-KL/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Vỹ Dạ"), com("Phường Đúc")],
["Ban Dân vận Thành ủy Huế", "Trang chủ >> Tin tức >> Hoạt động", "Toàn cảnh cuộc giao ban.", "Dân vận khéo",
 "Trung tâm Bảo tồn Di tích Cố đô Huế", "Lượt truy cập: 118.902"],
["30 tháng 9, 2022 | 17:45", "tháng 9/2022", "bão số 4", "khu vực I", "tháng 10", "10 năm", "Lượt truy cập: 118.902"]))

PAGES.append(page("b3667-quangtri-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
You are here: Trang chủ › Tin hoạt động › Tin Ban Dân vận
Hôm nay: Thứ Tư, 04/01/2023
28/12/2022 08:30
Toàn cảnh hội nghị.
Khối dân vận tỉnh triển khai nhiệm vụ năm 2023
Ngày 27/12/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Dự và chỉ đạo có đồng chí Võ Quang Trung, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí Nguyễn Chiến Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28-CT/TU về tăng cường công tác dân vận trong vùng đồng bào Công giáo và về vận động đồng bào Vân Kiều, Pa Kô tham gia bảo vệ rừng, biên giới; sơ kết 5 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Toàn tỉnh có 2.146 mô hình "Dân vận khéo" được công nhận, trong đó 128 mô hình cấp tỉnh; các tổ chức tôn giáo đóng góp khoảng 19 tỷ đồng cho an sinh xã hội.
Công tác dân vận trong bảo tồn di tích được chú trọng: khối dân vận phối hợp tổ chức an toàn Đại hội Hành hương Đức Mẹ La Vang lần thứ 32 với hơn 100.000 lượt khách, lễ tưởng niệm 50 năm 81 ngày đêm bảo vệ Thành cổ Quảng Trị; vận động 96 hộ dân bàn giao mặt bằng mở rộng khu di tích Địa đạo Vịnh Mốc.
Tại hội nghị, Hòa thượng Thích Tâm Trí, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, và Linh mục Phanxicô Lê Hữu Tâm, Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang, được mời phát biểu, chia sẻ sự phối hợp giữa cơ sở tôn giáo với chính quyền trong cứu trợ mùa lũ. Đồng chí Hồ Thị Hoa Lan, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông, cho biết huyện đã vận động 31 hộ đồng bào Pa Kô từ bỏ tà đạo, trở lại sinh hoạt tín ngưỡng truyền thống.
Phát biểu chỉ đạo, đồng chí Võ Quang Trung yêu cầu năm 2023 khối dân vận các cấp thực hiện tốt Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, Nghị quyết số 43-NQ/TW về phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; chủ động nắm tình hình đồng bào tôn giáo, không để bị động, bất ngờ.
Dịp này, Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 21 cá nhân; Ban Dân vận Tỉnh ủy khen thưởng 15 tập thể, 24 cá nhân.
Thanh Trúc
Lượt xem: 3.021
Tin liên quan
- Gặp mặt người có uy tín đồng bào dân tộc thiểu số năm 2022 (20/12/2022)
- Đoàn công tác Ban Dân vận Tỉnh ủy thăm, chúc mừng Giáng sinh (19/12/2022)
- Sơ kết 5 năm phong trào "Dân vận khéo" (30/11/2022)
""", "2022-12-28", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2022-12-27"),
[P("Võ Quang Trung", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Chiến Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Tâm Trí", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phanxicô Lê Hữu Tâm", "Linh mục", "Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang"),
 P("Hồ Thị Hoa Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông")],
[Q("2.146 mô hình", 2146, "mô hình"), Q("128 mô hình cấp tỉnh", 128, "mô hình cấp tỉnh"),
 Q("khoảng 19 tỷ đồng", 19000000000, "đồng", "approx"), Q("hơn 100.000 lượt khách", 100000, "lượt khách", "over"),
 Q("96 hộ dân", 96, "hộ dân"), Q("31 hộ đồng bào Pa Kô", 31, "hộ đồng bào Pa Kô"), Q("21 cá nhân", 21, "cá nhân"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Nghị quyết", "43", "NQ/TW", None, None, "Nghị quyết số 43-NQ/TW")],
[prov("Quảng Trị")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "You are here: Trang chủ › Tin hoạt động › Tin Ban Dân vận", "Hôm nay: Thứ Tư, 04/01/2023",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Vì sự nghiệp Dân vận", "Thành cổ Quảng Trị", "Địa đạo Vịnh Mốc", "Lượt xem: 3.021"],
["28/12/2022 08:30", "năm 2022", "năm 2023", "5 năm", "lần thứ 32", "50 năm", "81 ngày đêm", "Lượt xem: 3.021"]))

PAGES.append(page("b3668-thuathienhue-tiepxuccutri-tongiao-2023", """
Đoàn ĐBQH tỉnh Thừa Thiên Huế
Trang chủ / Hoạt động của Đoàn / Tiếp xúc cử tri
Ngày 09/05/2023 | 15:10
Cử tri là chức sắc tôn giáo kiến nghị bảo tồn các công trình kiến trúc tôn giáo có giá trị di sản
Sáng 8/5, Đoàn đại biểu Quốc hội tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc cử tri là chức sắc, chức việc các tôn giáo năm 2023, trước Kỳ họp thứ 5, Quốc hội khóa XV. Tham dự có đồng chí Nguyễn Chí Thành, Tỉnh ủy viên, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Hòa thượng Thích Huệ Phổ, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam; Giám mục Antôn Nguyễn Văn Bảo, Giám mục phụ tá Tổng Giáo phận Huế; Mục sư Hồ Văn Tài, Quản nhiệm Hội thánh Tin lành Huế cùng 85 cử tri.
Các đại biểu Quốc hội tiếp xúc với cử tri. Ảnh: Hữu Trí
Đồng chí Nguyễn Chí Thành thông tin dự kiến nội dung kỳ họp, trong đó Quốc hội sẽ xem xét dự án Luật Đất đai (sửa đổi), có các quy định về đất cơ sở tôn giáo, và báo cáo giám sát việc thực hiện Nghị quyết số 88/2019/QH14 về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Các ý kiến của cử tri tập trung vào bảo tồn kiến trúc tôn giáo. Thượng tọa Thích Giác Thanh, Trụ trì chùa Thánh Duyên, cho biết nhiều ngôi chùa cổ, nhà thờ trên 100 năm tuổi trong vùng đệm di sản Huế xuống cấp nhưng thủ tục tu bổ kéo dài 2 - 3 năm. Linh mục Giuse Phạm Văn Dũng, Chánh xứ giáo xứ Kim Long, kiến nghị hướng dẫn cụ thể việc tu bổ các nhà thờ được xếp hạng di tích theo Nghị định số 166/2018/NĐ-CP. Ni sư Thích Nữ Diệu Minh đề nghị hỗ trợ các chùa ở vùng trũng Quảng Điền, Hương Trà sau các đợt ngập lụt năm 2022.
Theo Ban Tôn giáo tỉnh, hiện trên địa bàn có 87 cơ sở tôn giáo đã được xếp hạng di tích, trong đó 16 di tích cấp quốc gia; giai đoạn 2018 - 2022 ngân sách tỉnh đã bố trí khoảng 56 tỷ đồng hỗ trợ tu bổ.
Kết thúc hội nghị, 12 ý kiến của cử tri được tiếp thu, tổng hợp gửi các cơ quan Trung ương và địa phương. Các đại biểu cũng đã gửi lời chúc mừng nhân dịp Đại lễ Phật đản Phật lịch 2567 đến chư tôn đức tăng, ni, Phật tử.
Trả lời tại hội nghị, đại diện Sở Văn hóa và Thể thao cho biết sở đang tham mưu UBND tỉnh ban hành quy trình rút gọn thẩm định hồ sơ tu bổ di tích là cơ sở tôn giáo, dự kiến áp dụng từ quý III; đồng thời phối hợp với Ban Trị sự Giáo hội Phật giáo tỉnh và Tòa Tổng Giám mục Huế lập danh mục các công trình cần ưu tiên tu bổ khẩn cấp.
Cùng ngày, Đoàn đã tiếp xúc cử tri tại xã Hương Phong và phường Thuận An với 240 cử tri tham dự.
Thu Hằng
Lượt xem: 968
Bài viết liên quan
- Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện A Lưới (05/05/2023)
- Giám sát công tác quản lý lễ hội tại các di tích (20/04/2023)
- Hội nghị tiếp xúc cử tri chuyên đề với doanh nghiệp (12/04/2023)
""", "2023-05-09", "Cử tri là chức sắc tôn giáo kiến nghị bảo tồn các công trình kiến trúc tôn giáo có giá trị di sản",
E("hoi_nghi", "2023", "2023-05-08"),
[P("Nguyễn Chí Thành", "Tỉnh ủy viên", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Thích Huệ Phổ", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"),
 P("Antôn Nguyễn Văn Bảo", "Giám mục", "Giám mục phụ tá Tổng Giáo phận Huế"),
 P("Hồ Văn Tài", "Mục sư", "Quản nhiệm Hội thánh Tin lành Huế"),
 P("Thích Giác Thanh", "Thượng tọa", "Trụ trì chùa Thánh Duyên"),
 P("Giuse Phạm Văn Dũng", "Linh mục", "Chánh xứ giáo xứ Kim Long"),
 P("Thích Nữ Diệu Minh", "Ni sư")],
[Q("85 cử tri", 85, "cử tri"), Q("87 cơ sở tôn giáo", 87, "cơ sở tôn giáo"), Q("16 di tích cấp quốc gia", 16, "di tích cấp quốc gia"),
 Q("khoảng 56 tỷ đồng", 56000000000, "đồng", "approx"), Q("12 ý kiến", 12, "ý kiến"), Q("240 cử tri", 240, "cử tri")],
[D("Nghị quyết", "88", "2019/QH14", None, None, "Nghị quyết số 88/2019/QH14"),
 D("Nghị định", "166", "2018/NĐ-CP", None, None, "Nghị định số 166/2018/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Hương Phong"), com("Thuận An")],
["Đoàn ĐBQH tỉnh Thừa Thiên Huế", "Trang chủ / Hoạt động của Đoàn / Tiếp xúc cử tri",
 "Các đại biểu Quốc hội tiếp xúc với cử tri. Ảnh: Hữu Trí", "Luật Đất đai", "Lượt xem: 968"],
["Ngày 09/05/2023 | 15:10", "năm 2023", "Kỳ họp thứ 5", "khóa XV", "100 năm", "2 - 3 năm", "năm 2022", "giai đoạn 2018 - 2022", "quý III", "Phật lịch 2567", "Lượt xem: 968"]))

PAGES.append(page("b3669-quangtri-taphuan-ditich-2023", """
Trung tâm Bảo tồn Di tích và Bảo tàng tỉnh Quảng Trị
Trang chủ > Tin tức > Hoạt động chuyên môn
Cập nhật: 16:20, 26/10/2023 (GMT+7)
Bồi dưỡng kỹ năng bảo vệ di tích cho ban quản lý cơ sở thờ tự và cán bộ văn hóa xã
Trong 2 ngày 24 - 25/10, Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tôn giáo - Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ quản lý, bảo vệ và phát huy giá trị di tích năm 2023 cho 135 học viên là thành viên ban quản lý di tích cấp xã, đại diện ban hộ tự các chùa, hội đồng mục vụ các giáo xứ có công trình được xếp hạng.
Học viên tham quan thực tế tại di tích nhà thờ Long Hưng.
Phát biểu khai mạc, bà Trần Thị Tường Vy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết: tỉnh hiện có 4 di tích quốc gia đặc biệt, 56 di tích quốc gia và 468 di tích cấp tỉnh; trong đó có 41 di tích là chùa, nhà thờ, đình làng gắn với sinh hoạt tín ngưỡng, tôn giáo. Sau các đợt mưa lũ năm 2020 và 2022, khoảng 30% di tích bị hư hại ở các mức độ khác nhau.
Các báo cáo viên gồm TS. Nguyễn Văn Quế, nguyên Giám đốc Bảo tàng tỉnh; ThS. Lê Thị Ánh Tuyết, Trưởng phòng Quản lý di sản; KTS. Phạm Hữu Hiếu, Phó Trưởng phòng Tu bổ di tích - Trung tâm Bảo tồn Di tích và Bảo tàng tỉnh đã giới thiệu Luật Di sản văn hóa, Nghị định số 166/2018/NĐ-CP của Chính phủ, Thông tư 15/2019/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch và Quyết định số 15/2021/QĐ-UBND của UBND tỉnh ban hành quy chế quản lý di tích trên địa bàn tỉnh.
Chiều 25/10, học viên tham quan thực tế tại nhà thờ Long Hưng (thị xã Quảng Trị) - chứng tích chiến tranh còn giữ nguyên vết đạn, và chùa Sắc Tứ Tịnh Quang. Linh mục Micae Võ Đình Thạch, Chánh xứ giáo xứ Long Hưng, chia sẻ cách giáo xứ phối hợp với chính quyền phường An Đôn giữ nguyên trạng tháp chuông, vận động khách hành hương không khắc vẽ lên tường.
Đại diện đồng bào Vân Kiều, ông Hồ Văn Ba, người có uy tín bản Cợp, xã Hướng Lập, đề nghị quan tâm bảo tồn các di tích lịch sử cách mạng trên tuyến đường Hồ Chí Minh huyền thoại ở vùng biên giới, như hang động, điểm cao từng là nơi đóng quân.
Bế mạc lớp tập huấn, ông Hồ Xuân Trà, Phó Giám đốc Sở Nội vụ, kiêm Trưởng Ban Tôn giáo đề nghị các địa phương thực hiện nghiêm Chỉ thị số 12/CT-UBND của UBND tỉnh về tăng cường quản lý hoạt động tín ngưỡng, lễ hội tại di tích; mỗi xã có di tích xếp hạng cần có ít nhất 1 cán bộ được bồi dưỡng chuyên môn. 100% học viên được cấp giấy chứng nhận hoàn thành lớp học.
Nguyễn Hòa
Lượt truy cập: 36.714
Các tin khác
- Khánh thành nhà bia tưởng niệm tại di tích Đường 9 - Khe Sanh (18/10/2023)
- Thành cổ Quảng Trị đón hơn 200.000 lượt khách (05/10/2023)
- Kiểm kê di tích sau mùa mưa bão (22/09/2023)
""", "2023-10-26", "Bồi dưỡng kỹ năng bảo vệ di tích cho ban quản lý cơ sở thờ tự và cán bộ văn hóa xã",
E("tap_huan", "2023", "2023-10-24"),
[P("Trần Thị Tường Vy", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Nguyễn Văn Quế", "TS.", "nguyên Giám đốc Bảo tàng tỉnh"),
 P("Lê Thị Ánh Tuyết", "ThS.", "Trưởng phòng Quản lý di sản"),
 P("Phạm Hữu Hiếu", "KTS.", "Phó Trưởng phòng Tu bổ di tích - Trung tâm Bảo tồn Di tích và Bảo tàng tỉnh"),
 P("Micae Võ Đình Thạch", "Linh mục", "Chánh xứ giáo xứ Long Hưng"),
 P("Hồ Văn Ba", "người có uy tín bản Cợp"),
 P("Hồ Xuân Trà", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo")],
[Q("135 học viên", 135, "học viên"), Q("4 di tích quốc gia đặc biệt", 4, "di tích quốc gia đặc biệt"),
 Q("56 di tích quốc gia", 56, "di tích quốc gia"), Q("468 di tích cấp tỉnh", 468, "di tích cấp tỉnh"), Q("41 di tích", 41, "di tích"),
 Q("khoảng 30%", 30, "%", "approx"), Q("ít nhất 1 cán bộ", 1, "cán bộ", "over"), Q("100%", 100, "%")],
[D("Nghị định", "166", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 166/2018/NĐ-CP"),
 D("Thông tư", "15", "2019/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư 15/2019/TT-BVHTTDL"),
 D("Quyết định", "15", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 15/2021/QĐ-UBND"),
 D("Chỉ thị", "12", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 12/CT-UBND")],
[prov("Quảng Trị"), com("An Đôn"), com("Hướng Lập")],
["Trung tâm Bảo tồn Di tích và Bảo tàng tỉnh Quảng Trị", "Trang chủ > Tin tức > Hoạt động chuyên môn",
 "Học viên tham quan thực tế tại di tích nhà thờ Long Hưng.", "Luật Di sản văn hóa", "Lượt truy cập: 36.714"],
["Cập nhật: 16:20, 26/10/2023 (GMT+7)", "Trong 2 ngày", "năm 2023", "năm 2020 và 2022", "Lượt truy cập: 36.714"]))

PAGES.append(page("b3670-thuathienhue-danvankheo-soket-2024", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ » Tin tức » Dân vận khéo
Thứ Tư, 10/07/2024 - 09:40
Đồng chí Phan Thị Thanh Hằng phát biểu tại hội nghị.
Lan tỏa mô hình "Dân vận khéo" trong vùng đồng bào tôn giáo
Sáng 9/7, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phan Thị Thanh Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; đồng chí Bùi Thanh Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy điều hành thảo luận.
6 tháng đầu năm, toàn tỉnh đăng ký mới 214 mô hình "Dân vận khéo", nâng tổng số lên 1.862 mô hình, trong đó có 146 mô hình trong đồng bào tôn giáo như "Giáo xứ bình yên", "Chùa xanh, sạch, đẹp", "Bếp ăn từ thiện bệnh viện". Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 204, 205-KH/TU về thực hiện Kết luận 57-KL/TW của Ban Bí thư và về vận động nhân dân tham gia xây dựng Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương.
Tiêu biểu, Ni sư Thích Nữ Như Hòa, Trụ trì chùa Diệu Viên, vận động Phật tử duy trì bếp ăn mỗi ngày 400 suất cơm miễn phí cho bệnh nhân Bệnh viện Trung ương Huế; Linh mục Phêrô Hồ Thanh Bình, Chánh xứ giáo xứ Phú Ốc, vận động giáo dân hiến 3.200 m2 đất mở đường liên xã. Ở miền núi, bà Hồ Thị Vân, người có uy tín thôn Ka Nôn 2, xã Hồng Thượng, vận động 12 hộ đồng bào Tà Ôi, Pa Cô bỏ tục chôn chung.
Đồng chí Kray Anh Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy A Lưới, cho biết huyện đã chi hơn 2,5 tỷ đồng hỗ trợ 36 người có uy tín và 5 điểm nhóm Tin lành thực hiện đăng ký sinh hoạt; không để xảy ra tình trạng truyền đạo trái pháp luật. Các đồng chí Trưởng Ban Dân vận Huyện ủy Phong Điền, Quảng Điền đề nghị bổ sung kinh phí khen thưởng mô hình ở cơ sở, hiện chỉ 1,5 triệu đồng/mô hình.
Hội nghị nêu rõ, một số mô hình còn hình thức, chưa duy trì được lâu; công tác nắm tình hình ở các khu vực di tích có đông dân cư sinh sống còn chậm.
Kết luận hội nghị, đồng chí Phan Thị Thanh Hằng yêu cầu 6 tháng cuối năm tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI; thực hiện tốt Quy định 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội; phối hợp với các tổ chức tôn giáo chuẩn bị phương án ứng phó mùa mưa bão năm 2024.
Lê Hưng
Lượt xem: 1.265
Tin liên quan
- Gặp mặt chức sắc Phật giáo nhân Đại lễ Phật đản (20/05/2024)
- A Lưới: vận động đồng bào hiến đất xây dựng nông thôn mới (09/05/2024)
- Giao ban công tác dân vận quý I năm 2024 (05/04/2024)
""", "2024-07-10", 'Lan tỏa mô hình "Dân vận khéo" trong vùng đồng bào tôn giáo',
E("so_ket", "2024-H1", "2024-07-09"),
[P("Phan Thị Thanh Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thanh Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thích Nữ Như Hòa", "Ni sư", "Trụ trì chùa Diệu Viên"),
 P("Phêrô Hồ Thanh Bình", "Linh mục", "Chánh xứ giáo xứ Phú Ốc"),
 P("Hồ Thị Vân", "người có uy tín thôn Ka Nôn 2"),
 P("Kray Anh Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy A Lưới")],
[Q("214 mô hình", 214, "mô hình"), Q("1.862 mô hình", 1862, "mô hình"), Q("146 mô hình", 146, "mô hình"),
 Q("400 suất cơm", 400, "suất cơm"), Q("3.200 m2", 3200, "m2"), Q("12 hộ đồng bào Tà Ôi, Pa Cô", 12, "hộ đồng bào Tà Ôi, Pa Cô"),
 Q("hơn 2,5 tỷ đồng", 2500000000, "đồng", "over"), Q("36 người có uy tín", 36, "người có uy tín"), Q("5 điểm nhóm Tin lành", 5, "điểm nhóm Tin lành"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "204", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 204, 205-KH/TU"),
 D("Kế hoạch", "205", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 204, 205-KH/TU"),
 D("Kết luận", "57", "KL/TW", None, "Ban Bí thư", "Kết luận 57-KL/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ » Tin tức » Dân vận khéo", "Đồng chí Phan Thị Thanh Hằng phát biểu tại hội nghị.",
 "Dân vận khéo", "Giáo xứ bình yên", "Chùa xanh, sạch, đẹp", "Bếp ăn từ thiện bệnh viện", "Lượt xem: 1.265"],
["Thứ Tư, 10/07/2024 - 09:40", "6 tháng đầu năm 2024", "6 tháng đầu năm", "6 tháng cuối năm", "lần thứ XI", "năm 2024", "Lượt xem: 1.265"]))
