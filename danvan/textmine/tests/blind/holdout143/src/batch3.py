from lib import *
PAGES = []

PAGES.append(page("b3401-haugiang-tongiao-ungho-covid-2021", """
BÁO HẬU GIANG ĐIỆN TỬ
Trang chủ / Xã hội / Tôn giáo - Dân tộc
Thứ Tư, 01/09/2021 - 08:30
Đại diện Ban Trị sự Phật giáo Hòa Hảo tỉnh trao quà cho Ủy ban MTTQ tỉnh. Ảnh: KIM THƯ
Các tôn giáo ở Hậu Giang chung tay cùng tỉnh chống dịch
(HG) - Ngày 31/8, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tiếp nhận hàng hóa, tiền mặt do Ban Trị sự Phật giáo Hòa Hảo tỉnh, Ban Đại diện Cao Đài Tây Ninh tỉnh và Hội thánh Cao Đài Bạch Y Liên Đoàn Chơn Lý ủng hộ công tác phòng, chống dịch COVID-19, với tổng trị giá hơn 1,85 tỷ đồng.
Tiếp nhận có bà Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ông Trần Văn Năm, Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh, cho biết: hưởng ứng lời kêu gọi của Ủy ban MTTQ tỉnh, các Ban Trị sự cơ sở đã vận động đồng đạo đóng góp 62 tấn gạo, 14.000 thùng mì, 9 tấn rau củ và 820 triệu đồng; 37 bếp cơm chay Hòa Hảo mỗi ngày nấu khoảng 6.500 suất cơm gửi vào khu cách ly và các chốt kiểm soát dịch.
Phía Cao Đài, Giáo hữu Ngọc Minh Thanh, Đầu Tộc đạo Vị Thanh, đại diện Ban Đại diện Cao Đài Tây Ninh tỉnh trao 300 triệu đồng và 2.000 phần quà nhu yếu phẩm; ông Lê Văn Mừng, Chánh trị sự Thánh thất Long Mỹ (Cao Đài Bạch Y Liên Đoàn Chơn Lý), trao 15 tấn gạo cùng 1.200 hộp khẩu trang y tế.
Phát biểu cảm ơn, bà Trần Thị Thu Hà đánh giá cao tinh thần "tương thân tương ái" của đồng bào các tôn giáo, cho biết số hàng hóa sẽ được chuyển ngay đến các hộ bị ảnh hưởng ở thành phố Vị Thanh, thị xã Long Mỹ, xã Vị Tân và xã Long Bình; tiền mặt được quản lý đúng Quyết định số 1246/QĐ-MTTW-BTT ngày 20/8/2021 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quy trình vận động, tiếp nhận, phân phối nguồn hỗ trợ phòng, chống dịch.
Theo thống kê của Ủy ban MTTQ tỉnh, từ đầu đợt dịch thứ tư đến nay, các tổ chức tôn giáo trên địa bàn đã ủng hộ khoảng 4,6 tỷ đồng, chiếm gần 18% tổng số tiền, hàng hóa Mặt trận tiếp nhận; hơn 150 tình nguyện viên là tín đồ Hòa Hảo, Cao Đài tham gia hỗ trợ tại khu cách ly.
Kim Thư
Lượt xem: 1.046
Tin liên quan
- Hậu Giang: hơn 200 bếp ăn 0 đồng phục vụ người dân trong mùa dịch (25/08/2021)
- Ban Trị sự PGHH huyện Phụng Hiệp ủng hộ 10 tấn gạo (18/08/2021)
- Ủy ban MTTQ tỉnh phát động ủng hộ Quỹ phòng, chống dịch (01/08/2021)
- Các cơ sở tôn giáo tạm dừng sinh hoạt tập trung (20/07/2021)
- Châu Thành A: Giáo xứ Cái Tắc tặng 500 phần quà (12/07/2021)
Báo Hậu Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hậu Giang. Số 5 Võ Văn Kiệt, phường V, TP Vị Thanh.
""", "2021-09-01", "Các tôn giáo ở Hậu Giang chung tay cùng tỉnh chống dịch",
E("trao_qua", None, "2021-08-31"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Năm", "Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh"),
 P("Ngọc Minh Thanh", "Giáo hữu", "Đầu Tộc đạo Vị Thanh"),
 P("Lê Văn Mừng", "Chánh trị sự Thánh thất Long Mỹ")],
[Q("hơn 1,85 tỷ đồng", 1850000000, "đồng", "over"), Q("62 tấn", 62, "tấn"), Q("14.000 thùng mì", 14000, "thùng mì"),
 Q("9 tấn", 9, "tấn"), Q("820 triệu đồng", 820000000, "đồng"), Q("37 bếp cơm chay Hòa Hảo", 37, "bếp cơm chay Hòa Hảo"),
 Q("khoảng 6.500 suất cơm", 6500, "suất cơm", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("2.000 phần quà nhu yếu phẩm", 2000, "phần quà nhu yếu phẩm"), Q("15 tấn", 15, "tấn"),
 Q("1.200 hộp khẩu trang y tế", 1200, "hộp khẩu trang y tế"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("gần 18%", 18, "%", "approx"), Q("hơn 150 tình nguyện viên", 150, "tình nguyện viên", "over")],
[D("Quyết định", "1246", "QĐ-MTTW-BTT", "2021-08-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1246/QĐ-MTTW-BTT ngày 20/8/2021")],
[prov("Hậu Giang"), com("Vị Tân"), com("Long Bình")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Trang chủ / Xã hội / Tôn giáo - Dân tộc",
 "Đại diện Ban Trị sự Phật giáo Hòa Hảo tỉnh trao quà cho Ủy ban MTTQ tỉnh. Ảnh: KIM THƯ", "(HG)", "Hội thánh Cao Đài Bạch Y Liên Đoàn Chơn Lý",
 "tương thân tương ái", "Lượt xem: 1.046"],
["Thứ Tư, 01/09/2021 - 08:30", "COVID-19", "mỗi ngày", "đợt dịch thứ tư", "Lượt xem: 1.046"]))

PAGES.append(page("b3402-travinh-bieuduong-chucsac-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH
You are here: Trang chủ > Tin tức sự kiện > Hoạt động địa phương
Thứ Năm, 24/11/2022, 15:40
Toàn cảnh hội nghị.
Trà Vinh biểu dương 120 chức sắc, chức việc tiêu biểu "tốt đời, đẹp đạo"
Ngày 23/11/2022, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức Hội nghị biểu dương chức sắc, chức việc, tín đồ tiêu biểu trong các tôn giáo năm 2022. Dự có đồng chí Kim Ngọc Thạch, Phó Bí thư Tỉnh ủy; đồng chí Thạch Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng 350 đại biểu là chức sắc, chức việc các tôn giáo Phật giáo, Công giáo, Cao Đài, Tin lành, Tịnh độ Cư sĩ Phật hội, Minh Sư Đạo.
Theo báo cáo, Trà Vinh có khoảng 57% dân số theo các tôn giáo; riêng Phật giáo Nam tông Khmer có 143 chùa với hơn 4.000 sư sãi. Trong 3 năm 2020 - 2022, các tổ chức tôn giáo tham gia xây dựng 326 căn nhà Đại đoàn kết, 58 cây cầu, nâng cấp 41 km đường nông thôn; các chùa Khmer duy trì 108 lớp dạy chữ Khmer, song ngữ Khmer - Việt cho khoảng 5.200 học sinh.
Tại hội nghị, các đại biểu: Hòa thượng Thạch Sok Xane, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Linh mục Phaolô Lê Văn Nhanh, Quản hạt Trà Vinh; Lễ sanh Ngọc Sen Thanh, Đầu Tộc đạo Tiểu Cần - đã chia sẻ cách làm trong vận động tín đồ thực hiện phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và chăm lo hộ nghèo.
Ông Thạch Ngọc Sơn, achar chùa Âng (phường 8, thành phố Trà Vinh), đề nghị tỉnh tiếp tục hỗ trợ trùng tu các chùa cổ đã được xếp hạng di tích.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thạch đề nghị Mặt trận các cấp tiếp tục thực hiện Kết luận số 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và phát huy vai trò người có uy tín; triển khai Chương trình hành động số 08-CTr/TU ngày 15/02/2022 của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII của Đảng về đại đoàn kết toàn dân tộc.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 120 chức sắc, chức việc tiêu biểu và 15 tập thể; Ủy ban MTTQ các huyện đã biểu dương 612 cá nhân từ cấp cơ sở.
Trần Quốc
Lượt truy cập: 3.125.412
Tin liên quan
- Cầu Ngang: gặp mặt sư sãi, achar các chùa Khmer (10/11/2022)
- Lễ hội Ok Om Bok tỉnh Trà Vinh năm 2022 (07/11/2022)
- Tổng kết 10 năm thực hiện Chỉ thị 19-CT/TW về công tác vận động đồng bào Khmer (25/10/2022)
- Duyên Hải: tập huấn pháp luật về tín ngưỡng, tôn giáo cho 60 cán bộ xã (12/10/2022)
- Càng Long: Hội thánh Tin lành trao 100 phần quà cho hộ nghèo (30/09/2022)
- Tiểu Cần: gặp mặt chức sắc Cao Đài nhân Đại lễ Hội Yến Diêu Trì Cung (10/09/2022)
Cổng Thông tin điện tử tỉnh Trà Vinh. Cơ quan chủ quản: Văn phòng UBND tỉnh Trà Vinh. Địa chỉ: số 01 Lê Thánh Tôn, Phường 2, TP Trà Vinh.
""", "2022-11-24", "Trà Vinh biểu dương 120 chức sắc, chức việc tiêu biểu \"tốt đời, đẹp đạo\"",
E("hoi_nghi", "2022", "2022-11-23"),
[P("Kim Ngọc Thạch", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Phaolô Lê Văn Nhanh", "Linh mục", "Quản hạt Trà Vinh"),
 P("Ngọc Sen Thanh", "Lễ sanh", "Đầu Tộc đạo Tiểu Cần"),
 P("Thạch Ngọc Sơn", "achar chùa Âng")],
[Q("120 chức sắc, chức việc tiêu biểu", 120, "chức sắc, chức việc tiêu biểu"), Q("350 đại biểu", 350, "đại biểu"),
 Q("khoảng 57%", 57, "%", "approx"), Q("143 chùa", 143, "chùa"), Q("hơn 4.000 sư sãi", 4000, "sư sãi", "over"),
 Q("326 căn nhà Đại đoàn kết", 326, "căn nhà Đại đoàn kết"), Q("58 cây cầu", 58, "cây cầu"), Q("41 km", 41, "km"),
 Q("108 lớp dạy chữ Khmer, song ngữ Khmer - Việt", 108, "lớp dạy chữ Khmer, song ngữ Khmer - Việt"),
 Q("khoảng 5.200 học sinh", 5200, "học sinh", "approx"), Q("15 tập thể", 15, "tập thể"), Q("612 cá nhân", 612, "cá nhân")],
[D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 12, 13-KL/TU"),
 D("Chương trình hành động", "08", "CTr/TU", "2022-02-15", "Tỉnh ủy", "Chương trình hành động số 08-CTr/TU ngày 15/02/2022")],
[prov("Trà Vinh"), com("phường 8")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH", "You are here: Trang chủ > Tin tức sự kiện > Hoạt động địa phương", "Toàn cảnh hội nghị.",
 "tốt đời, đẹp đạo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Minh Sư Đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Nghị quyết Đại hội XIII", "Lượt truy cập: 3.125.412"],
["Thứ Năm, 24/11/2022, 15:40", "năm 2022", "3 năm 2020 - 2022", "Đại hội XIII", "Lượt truy cập: 3.125.412"]))

PAGES.append(page("b3403-camau-doithoai-tongiao-2023", """
ĐẢNG BỘ TỈNH CÀ MAU - BAN DÂN VẬN
Trang chủ | Hoạt động dân vận | Công tác tôn giáo
Ngày 19/12/2023 | 09:15
Lắng nghe tâm tư chức sắc, chức việc các tôn giáo
Chiều 18/12, Ban Dân vận Tỉnh ủy Cà Mau phối hợp Sở Nội vụ tổ chức buổi đối thoại giữa lãnh đạo tỉnh với chức sắc, chức việc, người có uy tín trong các tôn giáo năm 2023. Đồng chí Lâm Văn Bửu, Phó Chủ tịch UBND tỉnh và đồng chí Lữ Văn Hoàng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Buổi đối thoại có 96 đại biểu tham dự, trong đó có 21 chức sắc Cao Đài thuộc 4 hệ phái, 12 chức việc Tịnh độ Cư sĩ Phật hội Việt Nam, đại diện Phật giáo, Công giáo, Tin lành, Hồi giáo và các chùa Khmer.
Đồng chí Lữ Văn Hoàng phát biểu tại buổi đối thoại.
Các ý kiến tập trung vào thủ tục cấp phép xây dựng, sửa chữa cơ sở thờ tự, việc giao đất cho các Thánh thất, chùa ven biển bị sạt lở. Bà Trần Thị Lệ, Chánh Hội trưởng Tịnh độ Cư sĩ Phật hội tại Cà Mau, đề nghị hỗ trợ di dời chùa Long Hòa ở xã Khánh Hải đang bị sạt lở khoảng 300 m. Ông Nguyễn Chí Linh, Chánh trị sự Thánh thất Tân Thành (Cao Đài Tây Ninh), kiến nghị đơn giản hóa hồ sơ cấp phép sửa chữa nhỏ.
Thay mặt Ban Tôn giáo, ông Dương Hoàng Sơn, Phó Giám đốc Sở Nội vụ, trả lời: năm 2023 tỉnh đã giải quyết 74 hồ sơ thủ tục về tôn giáo; cấp giấy chứng nhận quyền sử dụng đất cho 19 cơ sở thờ tự; việc cấp phép hiện thực hiện theo Nghị định 162/2017/NĐ-CP của Chính phủ; dự thảo nghị định thay thế mà Bộ Nội vụ đang hoàn thiện có nhiều điểm thông thoáng hơn.
Kết thúc đối thoại, đồng chí Lâm Văn Bửu giao Sở Tài nguyên và Môi trường, UBND huyện Trần Văn Thời khảo sát, bố trí quỹ đất tái định cư cho chùa Long Hòa trước quý II năm 2024; giao Sở Nội vụ hướng dẫn cụ thể các thủ tục theo Luật Tín ngưỡng, tôn giáo. Đồng chí cảm ơn các tôn giáo đã đóng góp hơn 12,5 tỷ đồng cho công tác an sinh xã hội trong năm.
Hồng Nhung
Lượt xem: 512
Tin liên quan
- Cà Mau: gặp mặt người có uy tín trong đồng bào dân tộc Khmer (05/12/2023)
- Thăm, chúc mừng Hội thánh Cao Đài Tòa thánh Tây Ninh tại Cà Mau (23/11/2023)
- Hội nghị triển khai công tác tôn giáo năm 2023 (15/02/2023)
- Ban Dân vận Huyện ủy Năm Căn tặng quà Giáng sinh cho giáo dân (20/12/2022)
- Đầm Dơi: Ban Dân vận Huyện ủy gặp mặt chức sắc Cao Đài (08/12/2022)
- Phú Tân: vận động tín đồ Tịnh độ Cư sĩ tham gia xây dựng nông thôn mới (25/11/2022)
- U Minh: trao 120 phần quà cho hộ Khmer nghèo dịp Ok Om Bok (05/11/2022)
- Thới Bình: tập huấn nghiệp vụ công tác tôn giáo cho cán bộ xã (20/10/2022)
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Cà Mau. Địa chỉ: số 90 Phan Ngọc Hiển, phường 5, TP Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2023-12-19", "Lắng nghe tâm tư chức sắc, chức việc các tôn giáo",
E("doi_thoai", "2023", "2023-12-18"),
[P("Lâm Văn Bửu", "Phó Chủ tịch UBND tỉnh"),
 P("Lữ Văn Hoàng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Lệ", "Chánh Hội trưởng Tịnh độ Cư sĩ Phật hội tại Cà Mau"),
 P("Nguyễn Chí Linh", "Chánh trị sự Thánh thất Tân Thành"),
 P("Dương Hoàng Sơn", "Phó Giám đốc Sở Nội vụ")],
[Q("96 đại biểu", 96, "đại biểu"), Q("21 chức sắc Cao Đài", 21, "chức sắc Cao Đài"), Q("4 hệ phái", 4, "hệ phái"),
 Q("12 chức việc Tịnh độ Cư sĩ Phật hội Việt Nam", 12, "chức việc Tịnh độ Cư sĩ Phật hội Việt Nam"),
 Q("khoảng 300 m", 300, "m", "approx"), Q("74 hồ sơ thủ tục", 74, "hồ sơ thủ tục"), Q("19 cơ sở thờ tự", 19, "cơ sở thờ tự"),
 Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP")],
[prov("Cà Mau"), com("Khánh Hải")],
["ĐẢNG BỘ TỈNH CÀ MAU - BAN DÂN VẬN", "Trang chủ | Hoạt động dân vận | Công tác tôn giáo", "Đồng chí Lữ Văn Hoàng phát biểu tại buổi đối thoại.",
 "Tịnh độ Cư sĩ Phật hội Việt Nam", "chùa Long Hòa", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 512"],
["Ngày 19/12/2023 | 09:15", "năm 2023", "quý II năm 2024", "Lượt xem: 512"]))

PAGES.append(page("b3404-tiengiang-buusonkyhuong-2023", """
Báo Ấp Bắc điện tử
Thời sự › Chính trị › Dân tộc - Tôn giáo
2023-04-07 16:40
Lãnh đạo tỉnh thăm, chúc mừng Đại lễ kỷ niệm khai đạo Bửu Sơn Kỳ Hương
Ngày 6/4/2023, đoàn công tác tỉnh Tiền Giang do đồng chí Nguyễn Văn Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc mừng Ban Trị sự các Hội Bửu Sơn Kỳ Hương và Tứ Ân Hiếu Nghĩa nhân Đại lễ kỷ niệm ngày Đức Phật Thầy Tây An khai đạo Bửu Sơn Kỳ Hương (16/2 âm lịch) và lễ vía Đức Bổn Sư.
Cùng đi có các đồng chí: Nguyễn Thành Diệp, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Lê Văn Nghĩa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Nguyễn Văn Dũng thăm hỏi các chức sắc.
Tại chùa Phước Thới (xã Tân Hương, huyện Châu Thành), đoàn được ông Phạm Văn Năm, Trưởng Ban Quản trị Bửu Sơn Kỳ Hương tỉnh, và ông Huỳnh Văn Sáng, Phó Trưởng ban Đại diện Tứ Ân Hiếu Nghĩa khu vực Tiền Giang, đón tiếp. Ông Phạm Văn Năm cho biết, hiện tỉnh có khoảng 5.800 tín đồ Bửu Sơn Kỳ Hương, 3.100 tín đồ Tứ Ân Hiếu Nghĩa sinh hoạt tại 27 cơ sở thờ tự; các hội đã tham gia làm 9 cây cầu, hỗ trợ 45 hộ nghèo sửa nhà trong năm 2022.
Đồng chí Nguyễn Văn Dũng chúc các chức sắc, tín đồ đón đại lễ an vui; đề nghị các hội tiếp tục phát huy tinh thần "Học Phật, tu nhân", hướng dẫn tín đồ tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và thực hiện Kế hoạch số 137-KH/TU ngày 10/3/2023 của Tỉnh ủy về công tác vận động quần chúng trong tình hình mới.
Tiếp đó, đoàn đến thăm Hội thánh Cao Đài Tiên Thiên tại thị trấn Cái Bè, được Phối sư Thượng Hóa Thanh, Chưởng quản Hội thánh, cùng khoảng 30 chức sắc tiếp đón.
Tin, ảnh: Minh Thành
Lượt xem: 318
Tin liên quan
- Cái Bè: gặp mặt chức sắc, chức việc Cao Đài (20/03/2023)
- Ủy ban MTTQ tỉnh biểu dương 80 gương "tốt đời, đẹp đạo" (15/03/2023)
- Hội nghị triển khai công tác dân vận năm 2023 (02/02/2023)
- Gò Công Tây: tập huấn pháp luật về tín ngưỡng, tôn giáo (12/01/2023)
- Chợ Gạo: thăm các cơ sở tôn giáo nhân lễ Giáng sinh (22/12/2022)
- Cai Lậy: tuyên dương chức sắc, chức việc tiêu biểu năm 2022 (15/12/2022)
- Tân Phước: Ban Trị sự Phật giáo Hòa Hảo trao 70 phần quà (02/12/2022)
- Châu Thành: khánh thành cầu do đồng đạo Bửu Sơn Kỳ Hương đóng góp (18/11/2022)
- Gò Công Đông: gặp mặt chức sắc các tôn giáo (05/11/2022)
- Mỹ Tho: Hội thánh Cao Đài Tiên Thiên tổ chức lễ Đức Chí Tôn (30/01/2022)
Báo Ấp Bắc - Giấy phép số 12/GP-BTTTT. Tổng Biên tập: Lê Văn X. Phường 1, TP. Mỹ Tho, Tiền Giang.
Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang. Địa chỉ: 15 Lê Lợi, Phường 1, TP. Mỹ Tho.
""", "2023-04-07", "Lãnh đạo tỉnh thăm, chúc mừng Đại lễ kỷ niệm khai đạo Bửu Sơn Kỳ Hương",
E("khac", None, "2023-04-06"),
[P("Nguyễn Văn Dũng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thành Diệp", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Năm", "Trưởng Ban Quản trị Bửu Sơn Kỳ Hương tỉnh"),
 P("Huỳnh Văn Sáng", "Phó Trưởng ban Đại diện Tứ Ân Hiếu Nghĩa khu vực Tiền Giang"),
 P("Thượng Hóa Thanh", "Phối sư", "Chưởng quản Hội thánh")],
[Q("khoảng 5.800 tín đồ Bửu Sơn Kỳ Hương", 5800, "tín đồ Bửu Sơn Kỳ Hương", "approx"),
 Q("3.100 tín đồ Tứ Ân Hiếu Nghĩa", 3100, "tín đồ Tứ Ân Hiếu Nghĩa"), Q("27 cơ sở thờ tự", 27, "cơ sở thờ tự"),
 Q("9 cây cầu", 9, "cây cầu"), Q("45 hộ nghèo", 45, "hộ nghèo"), Q("khoảng 30 chức sắc", 30, "chức sắc", "approx")],
[D("Kế hoạch", "137", "KH/TU", "2023-03-10", "Tỉnh ủy", "Kế hoạch số 137-KH/TU ngày 10/3/2023")],
[prov("Tiền Giang"), com("Tân Hương"), com("Cái Bè")],
["Báo Ấp Bắc điện tử", "Thời sự › Chính trị › Dân tộc - Tôn giáo", "Đồng chí Nguyễn Văn Dũng thăm hỏi các chức sắc.",
 "Đức Phật Thầy Tây An", "Đức Bổn Sư", "Bửu Sơn Kỳ Hương", "Tứ Ân Hiếu Nghĩa", "Học Phật, tu nhân",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Hội thánh Cao Đài Tiên Thiên", "Lượt xem: 318"],
["2023-04-07 16:40", "16/2 âm lịch", "năm 2022", "Lượt xem: 318"]))

PAGES.append(page("b3405-binhphuoc-taphuan-tinlanh-2023", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ / Tin tức / Dân tộc - Tôn giáo
26/12/2023 06:00
Bồi dưỡng kiến thức pháp luật cho 120 chức việc Tin lành người dân tộc thiểu số
Trong 2 ngày 21 và 22/12/2023, tại thị xã Phước Long, Ban Dân vận Tỉnh ủy phối hợp Sở Nội vụ tổ chức lớp bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo năm 2023 cho 120 học viên là mục sư nhiệm chức, truyền đạo, chấp sự các chi hội Tin lành người S'tiêng, M'nông, Khmer trên địa bàn tỉnh Bình Phước.
Ảnh: Các học viên tham gia lớp bồi dưỡng.
Phát biểu khai mạc, đồng chí Điểu Mười, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết toàn tỉnh có khoảng 56.000 tín đồ Tin lành thuộc 9 hệ phái, trong đó trên 80% là đồng bào dân tộc thiểu số; Hội thánh Tin lành Việt Nam (miền Nam) có 38 chi hội đã được công nhận, 47 điểm nhóm được cấp đăng ký sinh hoạt tập trung.
Học viên được nghe ông Trần Văn Hòa, Trưởng Ban Tôn giáo Sở Nội vụ, giới thiệu Luật Tín ngưỡng, tôn giáo và Nghị định 162/2017/NĐ-CP của Chính phủ; Thượng tá Điểu Xuân, Phó Trưởng phòng An ninh đối nội Công an tỉnh, thông tin âm mưu lợi dụng vấn đề "tự do tôn giáo" của các thế lực thù địch, nhất là hoạt động của nhóm "Tin lành Đê Ga" ở vùng giáp biên.
Mục sư Thị Nhem, Quản nhiệm chi hội Tin lành Bù Gia Mập, chia sẻ chi hội đã vận động 65 hộ tín đồ chuyển đổi cây trồng, thoát nghèo. Truyền đạo Điểu Bình, Quản nhiệm chi hội Tin lành Đak Ơ, đề nghị tỉnh sớm xem xét đất xây nhà nguyện cho 3 điểm nhóm ở xã Đak Ơ và xã Bù Gia Mập.
Kết thúc lớp, đồng chí Điểu Mười yêu cầu học viên tuyên truyền đến tín đồ Kế hoạch số 245-KH/TU ngày 07/6/2023 của Tỉnh ủy về công tác tôn giáo trong tình hình mới, thực hiện tốt phong trào "Tín đồ Tin lành sống tốt đời, đẹp đạo". Ban tổ chức trao giấy chứng nhận cho 118 học viên và hỗ trợ mỗi học viên 300.000 đồng tiền đi lại.
Phương Thảo
Lượt xem: 224
Tin liên quan
- Bù Đăng: gặp mặt chức sắc, chức việc dịp Giáng sinh 2023 (20/12/2023)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2023 (15/12/2023)
- Lộc Ninh: đối thoại với người có uy tín trong đồng bào dân tộc thiểu số (28/11/2023)
- Bù Gia Mập: vận động tín đồ Tin lành không nghe theo "Tin lành Đê Ga" (10/11/2023)
- Hớn Quản: Mặt trận thăm các điểm nhóm Tin lành (25/10/2023)
- Chơn Thành: tập huấn công tác dân vận cho người có uy tín (12/10/2023)
- Bù Đốp: thăm chùa Khmer nhân Lễ Sene Dolta (14/09/2023)
- Đồng Xoài: Hội thánh Tin lành tặng quà cho học sinh nghèo (30/08/2023)
- Phú Riềng: hội nghị người có uy tín năm 2023 (16/08/2023)
- Bình Long: gặp mặt chức sắc Phật giáo, Cao Đài nhân dịp cuối năm (02/08/2023)
Ban Dân vận Tỉnh ủy Bình Phước - Đường Trần Hưng Đạo, phường Tân Phú, TP Đồng Xoài.
""", "2023-12-26", "Bồi dưỡng kiến thức pháp luật cho 120 chức việc Tin lành người dân tộc thiểu số",
E("tap_huan", "2023", "2023-12-21"),
[P("Điểu Mười", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hòa", "Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Điểu Xuân", "Thượng tá", "Phó Trưởng phòng An ninh đối nội Công an tỉnh"),
 P("Thị Nhem", "Mục sư", "Quản nhiệm chi hội Tin lành Bù Gia Mập"),
 P("Điểu Bình", "Truyền đạo", "Quản nhiệm chi hội Tin lành Đak Ơ")],
[Q("120 chức việc Tin lành", 120, "chức việc Tin lành"),
 Q("khoảng 56.000 tín đồ Tin lành", 56000, "tín đồ Tin lành", "approx"), Q("9 hệ phái", 9, "hệ phái"),
 Q("trên 80%", 80, "%", "over"), Q("38 chi hội", 38, "chi hội"), Q("47 điểm nhóm", 47, "điểm nhóm"),
 Q("65 hộ tín đồ", 65, "hộ tín đồ"), Q("3 điểm nhóm", 3, "điểm nhóm"), Q("118 học viên", 118, "học viên"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "245", "KH/TU", "2023-06-07", "Tỉnh ủy", "Kế hoạch số 245-KH/TU ngày 07/6/2023")],
[prov("Bình Phước"), com("Đak Ơ"), com("Bù Gia Mập")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ / Tin tức / Dân tộc - Tôn giáo", "Ảnh: Các học viên tham gia lớp bồi dưỡng.",
 "Hội thánh Tin lành Việt Nam (miền Nam)", "Luật Tín ngưỡng, tôn giáo", "Tin lành Đê Ga", "Tín đồ Tin lành sống tốt đời, đẹp đạo",
 "Lượt xem: 224"],
["26/12/2023 06:00", "2 ngày", "năm 2023", "Lượt xem: 224"]))

PAGES.append(page("b3406-ninhthuan-kate-traoqua-2024", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ > Xã hội > Dân tộc - Tôn giáo
02-10-2024 | 10:05
Lãnh đạo tỉnh thăm, tặng quà chức sắc Chăm nhân dịp Lễ hội Katê năm 2024
(NTO) Ngày 1/10, đồng chí Phạm Văn Hưởng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đoàn công tác đến thăm, chúc mừng và tặng quà Hội đồng Chức sắc Bà-la-môn tỉnh, Hội đồng Sư cả Hồi giáo Bàni tỉnh nhân dịp Lễ hội Katê năm 2024 của đồng bào Chăm.
Cùng đi có các đồng chí: Đàng Thị Mỹ Hạnh, Phó Chủ tịch UBND tỉnh; Đổng Thị Ngọc Thảo, Trưởng Ban Dân tộc tỉnh.
Đoàn thăm Hội đồng Chức sắc Bà-la-môn tỉnh.
Tại thôn Hữu Đức, xã Phước Hữu, đoàn được Cả sư Hán Cuôi, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, và ông Thuận Minh Sâm, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, tiếp đón. Cả sư Hán Cuôi cho biết, đồng bào Chăm theo Bà-la-môn ở Ninh Thuận có khoảng 42.000 người, với 22 làng; Hội đồng có 362 chức sắc. Năm nay lễ mở cửa tháp được tổ chức tại 3 tháp Pô Klong Garai, Pô Rômê, Pô Inư Nưgar.
Tại thôn Văn Lâm, xã Phước Nam, Cả sư Bá Văn Tám, Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh, báo cáo Hồi giáo Bàni có khoảng 28.000 tín đồ, 13 thánh đường và 62 vị Sư cả, Imưm, Katip, Chang.
Đồng chí Phạm Văn Hưởng chúc đồng bào Chăm đón Lễ hội Katê vui tươi, an toàn; ghi nhận các chức sắc đã vận động đồng bào thực hiện Nghị quyết số 14-NQ/TU ngày 18/4/2022 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025 và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Dịp này, đoàn tặng mỗi Hội đồng 10 triệu đồng, tặng 150 suất quà cho chức sắc cao tuổi, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm. Cùng thời điểm, các đoàn của tỉnh thăm 16 làng Chăm, 44 gia đình chức sắc ở các huyện Ninh Phước, Thuận Nam, Ninh Hải với tổng kinh phí gần 180 triệu đồng.
Văn Nỷ
Lượt xem: 732
Tin liên quan
- Khai mạc Lễ hội Katê năm 2024 tại tháp Pô Klong Garai (03/10/2024)
- Tập huấn kỹ năng cho người có uy tín trong đồng bào Chăm (20/09/2024)
- Ninh Phước: hội nghị gặp mặt chức sắc tôn giáo (05/09/2024)
- Thuận Nam: trao 50 suất học bổng cho học sinh Chăm (22/08/2024)
- Ninh Hải: gặp mặt chức sắc Hồi giáo Bàni trước tháng Ramưwan (08/08/2024)
- Phan Rang - Tháp Chàm: tổng kết mô hình "Làng Chăm văn hóa" (25/07/2024)
- Ninh Sơn: thăm các cơ sở tôn giáo nhân lễ Phật đản (20/05/2024)
- Bác Ái: tập huấn kiến thức pháp luật cho người có uy tín Raglai (10/05/2024)
Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận. Số 466 Thống Nhất, TP. Phan Rang - Tháp Chàm.
""", "2024-10-02", "Lãnh đạo tỉnh thăm, tặng quà chức sắc Chăm nhân dịp Lễ hội Katê năm 2024",
E("trao_qua", None, "2024-10-01"),
[P("Phạm Văn Hưởng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đàng Thị Mỹ Hạnh", "Phó Chủ tịch UBND tỉnh"),
 P("Đổng Thị Ngọc Thảo", "Trưởng Ban Dân tộc tỉnh"),
 P("Hán Cuôi", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Thuận Minh Sâm", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Bá Văn Tám", "Cả sư", "Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh")],
[Q("khoảng 42.000 người", 42000, "người", "approx"), Q("22 làng", 22, "làng"), Q("362 chức sắc", 362, "chức sắc"),
 Q("3 tháp", 3, "tháp"), Q("khoảng 28.000 tín đồ", 28000, "tín đồ", "approx"), Q("13 thánh đường", 13, "thánh đường"),
 Q("62 vị Sư cả, Imưm, Katip, Chang", 62, "vị Sư cả, Imưm, Katip, Chang"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("16 làng Chăm", 16, "làng Chăm"),
 Q("44 gia đình chức sắc", 44, "gia đình chức sắc"), Q("gần 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Nghị quyết", "14", "NQ/TU", "2022-04-18", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 14-NQ/TU ngày 18/4/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Nam")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ > Xã hội > Dân tộc - Tôn giáo", "(NTO)", "Đoàn thăm Hội đồng Chức sắc Bà-la-môn tỉnh.",
 "Lễ hội Katê", "Pô Klong Garai", "Pô Rômê", "Pô Inư Nưgar", "Lượt xem: 732"],
["02-10-2024 | 10:05", "năm 2024", "giai đoạn 2021 - 2025", "Lượt xem: 732"]))
