from lib import *
PAGES = []

PAGES.append(page("b9617-laichau-mttq-giaoban-q1-2020", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
02/04/2020 15:40
Quang cảnh hội nghị tại điểm cầu tỉnh.
Mặt trận các cấp chung tay phòng, chống dịch COVID-19
Ngày 1/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2020 bằng hình thức trực tuyến tới 8 điểm cầu huyện, thành phố. Đồng chí Giàng Thị Dung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quý I, Mặt trận các cấp tập trung xây dựng chương trình hành động thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIV, nhiệm kỳ 2019 - 2024; kiện toàn 14 ban công tác Mặt trận ở các bản mới sáp nhập. Ngay khi có Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ban Thường trực đã triển khai Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2020 về vận động ủng hộ phòng, chống dịch COVID-19.
Đến ngày 31/3, Ủy ban MTTQ các cấp đã tiếp nhận 2,35 tỷ đồng và nhiều hàng hóa, trong đó có 12 tấn gạo, 30.000 khẩu trang; hỗ trợ 6 khu cách ly tập trung. Dịp Tết Canh Tý, Mặt trận các cấp trao 4.860 suất quà cho hộ nghèo, người có uy tín với tổng trị giá gần 2,1 tỷ đồng.
Tại điểm cầu Mường Tè, ông Pờ Chà Phừ, Chủ tịch Ủy ban MTTQ huyện Mường Tè, cho biết huyện đã vận động 217 lao động đi làm ăn xa trở về khai báo y tế; người có uy tín ở các bản người La Hủ, Hà Nhì đã dịch thông điệp phòng dịch sang tiếng dân tộc. Ông Lò Văn Pọm, Chủ tịch Ủy ban MTTQ xã Nậm Tăm, phản ánh một số hộ chưa chấp hành việc hạn chế tụ tập đông người trong lễ cúng bản.
Đồng chí Lý A Sang, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin về việc giám sát chi trả chính sách theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ; qua giám sát tại xã Pa Vệ Sủ và xã Thu Lũm đã phát hiện 3 trường hợp chưa được hỗ trợ đúng đối tượng, đề nghị địa phương khắc phục.
Kết luận hội nghị, đồng chí Giàng Thị Dung đề nghị quý II Mặt trận các cấp tiếp tục vận động nhân dân thực hiện nghiêm giãn cách xã hội, không hoang mang, không tích trữ lương thực; chủ động giám sát việc hỗ trợ người dân gặp khó khăn do dịch; duy trì sinh hoạt của ban công tác Mặt trận ở khu dân cư bằng hình thức phù hợp, không tổ chức hội họp đông người.
Hội nghị cũng thống nhất lùi thời gian tổ chức hội nghị biểu dương người có uy tín và các hoạt động kỷ niệm đông người sang quý III, khi tình hình dịch được kiểm soát.
Nhân dịp này, Ủy ban MTTQ tỉnh kêu gọi cán bộ, công chức, người lao động trong tỉnh ủng hộ ít nhất 1 ngày lương cho công tác phòng, chống dịch.
Hoàng Hà
Tin liên quan
- Tam Đường: trao 200 suất quà cho người lao động khó khăn (28/03/2020)
- Mặt trận tỉnh kêu gọi toàn dân chung tay phòng dịch (19/03/2020)
- Phong Thổ ra mắt mô hình "Bản không có người nghiện" (10/03/2020)
""", "2020-04-02", "Mặt trận các cấp chung tay phòng, chống dịch COVID-19",
E("giao_ban", "2020-Q1", "2020-04-01"),
[P("Giàng Thị Dung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pờ Chà Phừ", "Chủ tịch Ủy ban MTTQ huyện Mường Tè"),
 P("Lò Văn Pọm", "Chủ tịch Ủy ban MTTQ xã Nậm Tăm"),
 P("Lý A Sang", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("8 điểm cầu huyện, thành phố", 8, "điểm cầu huyện, thành phố"), Q("14 ban công tác Mặt trận", 14, "ban công tác Mặt trận"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("12 tấn", 12, "tấn"), Q("30.000 khẩu trang", 30000, "khẩu trang"),
 Q("6 khu cách ly tập trung", 6, "khu cách ly tập trung"), Q("4.860 suất quà", 4860, "suất quà"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("217 lao động", 217, "lao động"), Q("3 trường hợp", 3, "trường hợp")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2020-03-20", None, "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/3/2020"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg")],
[prov("Lai Châu"), com("Nậm Tăm"), com("Pa Vệ Sủ"), com("Thu Lũm")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Quang cảnh hội nghị tại điểm cầu tỉnh."],
["02/04/2020 15:40", "quý I năm 2020", "lần thứ XIV", "nhiệm kỳ 2019 - 2024", "ngày 31/3", "Tết Canh Tý", "quý II", "quý III",
 "1 ngày lương"]))

PAGES.append(page("b9618-hanam-mttq-hiepthuong-lan3-2021", """
Báo Hà Nam điện tử
Trang chủ / Chính trị / Bầu cử 2021
Thứ Sáu, 16/04/2021 - 11:00
Hội nghị hiệp thương lần thứ ba: Lập danh sách 10 người ứng cử đại biểu Quốc hội khóa XV
Ngày 15/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức hội nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026. Đồng chí Đinh Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Dự hội nghị có đồng chí Nguyễn Văn Ninh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban Bầu cử tỉnh; 84 đại biểu là ủy viên Ủy ban MTTQ tỉnh, đại diện các tổ chức thành viên và người có uy tín trong các tôn giáo.
Toàn cảnh hội nghị hiệp thương lần thứ ba.
Thực hiện Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, sau hội nghị hiệp thương lần thứ hai, Ban Thường trực đã phối hợp tổ chức 46 hội nghị lấy ý kiến cử tri nơi cư trú và nơi công tác đối với người ứng cử với hơn 3.200 lượt cử tri tham dự; 100% người ứng cử nhận được trên 95% cử tri tín nhiệm. Ban Thường trực tiếp nhận 2 đơn phản ánh, đã phối hợp xác minh, trả lời đúng quy định.
Hội nghị đã hiệp thương, thống nhất lập danh sách 10 người ứng cử đại biểu Quốc hội khóa XV để bầu 6 đại biểu, trong đó có 3 người do Trung ương giới thiệu; danh sách 92 người ứng cử đại biểu HĐND tỉnh khóa XIX để bầu 55 đại biểu. Tỷ lệ người ứng cử là nữ đạt 41,3%, người ngoài Đảng 10,9%, người trẻ tuổi dưới 40 tuổi 22,8%.
Ý kiến tại hội nghị, Thượng tọa Thích Minh Giác, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, và Linh mục Giuse Phạm Văn Hòa, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đều thống nhất với danh sách, đề nghị tăng cường tuyên truyền để đồng bào có đạo hiểu rõ quyền, nghĩa vụ của cử tri.
Đồng chí Nguyễn Văn Ninh đánh giá các bước hiệp thương được thực hiện dân chủ, đúng luật; đề nghị Mặt trận các cấp tiếp tục giám sát việc niêm yết danh sách cử tri, nhất là tại các khu công nghiệp Đồng Văn, nơi có đông công nhân ngoại tỉnh.
Theo Ủy ban Bầu cử tỉnh, cuộc bầu cử ngày 23/5 tới, toàn tỉnh có 1.026 khu vực bỏ phiếu. Ban Thường trực Ủy ban MTTQ tỉnh đã xây dựng kế hoạch giám sát, phân công 6 đoàn do các đồng chí trong Ban Thường trực làm trưởng đoàn, tập trung vào việc lập, niêm yết danh sách cử tri và công tác tuyên truyền ở cơ sở.
Cùng ngày, Ủy ban MTTQ các xã, phường, thị trấn trong tỉnh đã hoàn thành hiệp thương lần thứ ba ở cấp xã; riêng phường Lam Hạ, xã Đinh Xá và thị trấn Quế hoàn thành sớm từ ngày 13/4.
Mạnh Hùng
Tin liên quan
- Hà Nam: 1.026 khu vực bỏ phiếu sẵn sàng cho ngày bầu cử (10/04/2021)
- Lấy ý kiến cử tri nơi cư trú đối với người ứng cử (06/04/2021)
- Hội nghị hiệp thương lần thứ hai (18/03/2021)
""", "2021-04-16", "Hội nghị hiệp thương lần thứ ba: Lập danh sách 10 người ứng cử đại biểu Quốc hội khóa XV",
E("hoi_nghi", None, "2021-04-15"),
[P("Đinh Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Ninh", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban Bầu cử tỉnh"),
 P("Thích Minh Giác", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Phạm Văn Hòa", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("10 người ứng cử", 10, "người ứng cử"), Q("84 đại biểu", 84, "đại biểu"), Q("46 hội nghị", 46, "hội nghị"),
 Q("hơn 3.200 lượt cử tri", 3200, "lượt cử tri", "over"), Q("100% người ứng cử", 100, "%"),
 Q("trên 95%", 95, "%", "over"), Q("2 đơn", 2, "đơn"), Q("6 đại biểu", 6, "đại biểu"), Q("3 người", 3, "người"),
 Q("92 người ứng cử", 92, "người ứng cử"), Q("55 đại biểu", 55, "đại biểu"), Q("41,3%", 41.3, "%"),
 Q("10,9%", 10.9, "%"), Q("22,8%", 22.8, "%"),
 Q("1.026 khu vực bỏ phiếu", 1026, "khu vực bỏ phiếu"), Q("6 đoàn", 6, "đoàn")],
[D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Hà Nam"), com("Lam Hạ"), com("Đinh Xá"), com("Quế")],
["Báo Hà Nam điện tử", "Trang chủ / Chính trị / Bầu cử 2021", "Toàn cảnh hội nghị hiệp thương lần thứ ba."],
["Thứ Sáu, 16/04/2021 - 11:00", "lần thứ ba", "lần thứ hai", "khóa XV", "khóa XIX", "nhiệm kỳ 2021 - 2026",
 "dưới 40 tuổi", "ngày 13/4", "ngày 23/5"]))

PAGES.append(page("b9619-longan-mttq-soket-6thang-2022", """
BÁO LONG AN ONLINE
Thời sự > Chính trị
Ngày đăng: 15/07/2022 14:25
Đồng chí Nguyễn Thị Mỹ Dung phát biểu chỉ đạo hội nghị.
Mặt trận Long An hoàn thành 8/11 chỉ tiêu nghị quyết đại hội
(LA) - Ngày 14/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2022 và sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2019 - 2024. Dự hội nghị có đồng chí Nguyễn Thị Mỹ Dung, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Huỳnh Thị Tuyết Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, sau hơn 2 năm rưỡi thực hiện nghị quyết đại hội, đến nay đã có 8/11 chỉ tiêu đạt và vượt. Giai đoạn 2019 - 2022, Quỹ "Vì người nghèo" các cấp vận động được 92,4 tỷ đồng, xây dựng, sửa chữa 1.384 căn nhà Đại đoàn kết; trong đợt dịch COVID-19, Mặt trận các cấp tiếp nhận hơn 386 tỷ đồng tiền, hàng hóa ủng hộ phòng, chống dịch. Có 182/188 xã, phường, thị trấn đạt chuẩn "Khu dân cư kiểu mẫu" hoặc khu dân cư văn hóa.
Riêng 6 tháng đầu năm 2022, Mặt trận các cấp chủ trì 126 cuộc giám sát, tổ chức 38 hội nghị phản biện xã hội; triển khai Kế hoạch 09, 10/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc thực hiện chính sách hỗ trợ người lao động và việc sử dụng nguồn vận động phòng dịch. Ủy ban MTTQ tỉnh cũng ban hành Chương trình hành động số 14-CTr/MTTQ-BTT thực hiện Nghị quyết 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ phục hồi kinh tế.
Tham luận tại hội nghị, ông Lê Văn Đực, Chủ tịch Ủy ban MTTQ xã Mỹ Lệ, chia sẻ cách vận động bà con hiến đất làm đường ven sông; Linh mục Phêrô Trần Văn Tâm, Chánh xứ giáo xứ Tân Trụ, cho biết giáo dân trong giáo xứ đã đóng góp 1,2 tỷ đồng xây dựng 2 cây cầu bê tông ở thị trấn Tân Trụ.
Hạn chế được chỉ ra là 3 chỉ tiêu về tỷ lệ hộ đạt gia đình văn hóa, tỷ lệ tham gia bảo hiểm y tế và số ủy viên là người ngoài Đảng chưa đạt; hoạt động của một số ban thanh tra nhân dân còn hình thức.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Mỹ Dung đề nghị 6 tháng cuối năm và nửa cuối nhiệm kỳ, Mặt trận các cấp tập trung hoàn thành các chỉ tiêu còn lại, tham gia góp ý xây dựng Đảng theo Quyết định 217, 218-QĐ/TW của Bộ Chính trị, chuẩn bị tốt các điều kiện cho đại hội Mặt trận nhiệm kỳ 2024 - 2029.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 21 tập thể, 35 cá nhân có thành tích xuất sắc giữa nhiệm kỳ.
Minh Hiền
Tin khác
- Mặt trận huyện Cần Giuộc sơ kết giữa nhiệm kỳ (08/07/2022)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Đức Hòa (30/06/2022)
- Giám sát việc thực hiện chính sách hỗ trợ tiền thuê nhà cho công nhân (21/06/2022)
""", "2022-07-15", "Mặt trận Long An hoàn thành 8/11 chỉ tiêu nghị quyết đại hội",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Nguyễn Thị Mỹ Dung", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Thị Tuyết Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đực", "Chủ tịch Ủy ban MTTQ xã Mỹ Lệ"),
 P("Phêrô Trần Văn Tâm", "Linh mục", "Chánh xứ giáo xứ Tân Trụ")],
[Q("8/11 chỉ tiêu", 8, "chỉ tiêu"), Q("92,4 tỷ đồng", 92400000000, "đồng"), Q("1.384 căn nhà Đại đoàn kết", 1384, "căn nhà Đại đoàn kết"),
 Q("hơn 386 tỷ đồng", 386000000000, "đồng", "over"), Q("182/188 xã, phường, thị trấn", 182, "xã, phường, thị trấn"),
 Q("126 cuộc giám sát", 126, "cuộc giám sát"), Q("38 hội nghị phản biện xã hội", 38, "hội nghị phản biện xã hội"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("3 chỉ tiêu", 3, "chỉ tiêu"),
 Q("21 tập thể", 21, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 09, 10/KH-MTTQ-BTT"),
 D("Kế hoạch", "10", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 09, 10/KH-MTTQ-BTT"),
 D("Chương trình hành động", "14", "CTr/MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Chương trình hành động số 14-CTr/MTTQ-BTT"),
 D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", "Nghị quyết 43/2022/QH15"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Long An"), com("Mỹ Lệ"), com("Tân Trụ")],
["BÁO LONG AN ONLINE", "Thời sự > Chính trị", "Đồng chí Nguyễn Thị Mỹ Dung phát biểu chỉ đạo hội nghị.", "(LA)",
 "Vì người nghèo", "Khu dân cư kiểu mẫu"],
["Ngày đăng: 15/07/2022 14:25", "6 tháng đầu năm 2022", "lần thứ X", "nhiệm kỳ 2019 - 2024", "hơn 2 năm rưỡi",
 "6 tháng cuối năm", "nhiệm kỳ 2024 - 2029"]))

PAGES.append(page("b9620-phutho-mttq-tongket-2023", """
BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận
Thứ Hai, 18/12/2023, 16:05
Tổng kết công tác Mặt trận năm 2023: Sẵn sàng cho đại hội nhiệm kỳ 2024 - 2029
Sáng 18/12, Ủy ban MTTQ tỉnh Phú Thọ tổ chức hội nghị lần thứ 8, khóa XVI tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Bùi Đình Thi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Các đại biểu dự hội nghị. Ảnh: Thu Hà
Năm 2023, Quỹ "Vì người nghèo" các cấp vận động được 48,2 tỷ đồng, hỗ trợ xây mới, sửa chữa 623 nhà Đại đoàn kết; Mặt trận tham gia giám sát việc thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ tại 12 xã có đông đồng bào Mường, Dao. Toàn tỉnh có 1.726/1.788 khu dân cư đạt danh hiệu khu dân cư văn hóa, chiếm 96,5%. Mặt trận các cấp chủ trì 512 cuộc giám sát, tham gia 143 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Về chuẩn bị đại hội, Ban Thường trực đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 35-KL/TU về chủ trương nhân sự và ban hành Kế hoạch số 312/KH-MTTQ-BTT ngày 1/12/2023 về tổ chức đại hội Mặt trận các cấp nhiệm kỳ 2024 - 2029. Xã Hùng Lô (thành phố Việt Trì) và xã Xuân Sơn (huyện Tân Sơn) được chọn tổ chức đại hội điểm cấp xã trong tháng 3/2024.
Tại hội nghị, bà Đinh Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh, báo cáo dự kiến cơ cấu Ủy ban MTTQ tỉnh khóa XVII: không quá 75 ủy viên, bảo đảm ít nhất 30% là người ngoài Đảng. Ông Hà Văn Quang, Chủ tịch Ủy ban MTTQ xã Xuân Sơn, đề nghị được bổ sung kinh phí vì xã có 6 xóm ở xa, đi lại khó khăn khi lấy ý kiến văn kiện. Ông Triệu Văn Thông, Trưởng ban Công tác Mặt trận khu Dù, kể việc người Dao trong khu góp 800 ngày công làm đường nội đồng.
Phát biểu tại hội nghị, đồng chí Phùng Thị Hồng Hạnh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh ghi nhận những kết quả nổi bật, đề nghị năm 2024 Mặt trận các cấp tập trung tổ chức thành công đại hội, lựa chọn người tiêu biểu, có uy tín tham gia Ủy ban; phát huy vai trò giám sát, phản biện trong thực hiện các dự án đầu tư lớn trên địa bàn.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc theo dõi, đôn đốc thực hiện kiến nghị sau giám sát chưa quyết liệt; nội dung sinh hoạt của ban công tác Mặt trận ở một số khu dân cư còn đơn điệu; việc nắm bắt dư luận xã hội ở các khu vực có dự án thu hồi đất còn chậm. Năm 2024, Ủy ban MTTQ tỉnh đặt mục tiêu vận động Quỹ "Vì người nghèo" đạt khoảng 50 tỷ đồng.
Hội nghị đã hiệp thương cử bổ sung 4 ủy viên Ủy ban MTTQ tỉnh khóa XVI và tặng bằng khen cho 30 tập thể, 41 cá nhân có thành tích xuất sắc năm 2023.
Thu Hà
Tin cùng chuyên mục
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ nhà ở (05/12/2023)
- Thanh Sơn: trao 60 nhà Đại đoàn kết (24/11/2023)
- Ngày hội Đại đoàn kết ở khu Mỹ Lung (17/11/2023)
""", "2023-12-18", "Tổng kết công tác Mặt trận năm 2023: Sẵn sàng cho đại hội nhiệm kỳ 2024 - 2029",
E("tong_ket", "2023", "2023-12-18"),
[P("Bùi Đình Thi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Quang", "Chủ tịch Ủy ban MTTQ xã Xuân Sơn"),
 P("Triệu Văn Thông", "Trưởng ban Công tác Mặt trận khu Dù"),
 P("Phùng Thị Hồng Hạnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("48,2 tỷ đồng", 48200000000, "đồng"), Q("623 nhà Đại đoàn kết", 623, "nhà Đại đoàn kết"), Q("12 xã", 12, "xã"),
 Q("1.726/1.788 khu dân cư", 1726, "khu dân cư"), Q("96,5%", 96.5, "%"), Q("512 cuộc giám sát", 512, "cuộc giám sát"),
 Q("143 hội nghị đối thoại", 143, "hội nghị đối thoại"), Q("không quá 75 ủy viên", 75, "ủy viên"),
 Q("ít nhất 30%", 30, "%", "over"), Q("6 xóm", 6, "xóm"), Q("800 ngày công", 800, "ngày công"),
 Q("khoảng 50 tỷ đồng", 50000000000, "đồng", "approx"),
 Q("4 ủy viên", 4, "ủy viên"), Q("30 tập thể", 30, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35-KL/TU"),
 D("Kế hoạch", "312", "KH-MTTQ-BTT", "2023-12-01", "Ban Thường trực", "Kế hoạch số 312/KH-MTTQ-BTT ngày 1/12/2023")],
[prov("Phú Thọ"), com("Hùng Lô"), com("Xuân Sơn")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận", "Các đại biểu dự hội nghị. Ảnh: Thu Hà", "Vì người nghèo"],
["Thứ Hai, 18/12/2023, 16:05", "nhiệm kỳ 2024 - 2029", "lần thứ 8", "năm 2023", "năm 2024", "tháng 3/2024", "khóa XVII"]))

PAGES.append(page("b9621-angiang-xa-chaulang-daihoi-2024", """
BÁO AN GIANG ONLINE
Trang chủ > Chính trị > Mặt trận
2024-04-12 09:30
Tri Tôn: Xã Châu Lăng đại hội điểm Mặt trận nhiệm kỳ 2024 - 2029
Ngày 11/4, Ủy ban MTTQ Việt Nam xã Châu Lăng (huyện Tri Tôn) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm cấp xã của huyện. Dự đại hội có ông Chau Ty, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh An Giang; bà Néang Sóc Pha Ly, HUV, Chủ tịch Ủy ban MTTQ huyện Tri Tôn; Thượng tọa Chau Phươl, trụ trì chùa Ô Soài Chếk.
Châu Lăng có 5 ấp với 3.214 hộ, đồng bào Khmer chiếm 74%. Đại hội có 110 đại biểu chính thức, là đại diện các tổ chức thành viên, ban quản trị các chùa, người có uy tín, doanh nghiệp và hộ sản xuất giỏi.
Nhiệm kỳ 2019 - 2024, Mặt trận xã phối hợp vận động xây dựng 31 căn nhà Đại đoàn kết, sửa chữa 12 căn; tổng kinh phí hơn 3,4 tỷ đồng. Mặt trận phối hợp các chùa mở 9 lớp dạy chữ Khmer hè cho 420 em học sinh; vận động nhân dân hiến 5.600 m2 đất làm đường ra ruộng trên núi Cô Tô. Tỷ lệ hộ nghèo giảm từ 18,6% xuống còn 6,2%.
Đại hội được tổ chức theo Chỉ thị số 30-CT/TW của Ban Bí thư và Hướng dẫn số 29/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; Ban Thường vụ Huyện ủy ban hành Kế hoạch 135-KH/HU chỉ đạo chọn Châu Lăng làm điểm. Dự thảo báo cáo chính trị được lấy ý kiến ở 5 ấp và 4 chùa Khmer, với 57 ý kiến góp ý.
Tham luận tại đại hội, ông Chau Sóc Kha, Trưởng ban Công tác Mặt trận ấp Tà Ngáo, chia sẻ cách vận động bà con tham gia tổ hợp tác trồng thốt nốt; bà Néang Sa Vanh, Chi hội trưởng Phụ nữ ấp Ô Sình, kể việc vận động chị em gửi con đến lớp mẫu giáo.
Các ý kiến thảo luận cũng thẳng thắn nêu hạn chế: một bộ phận lao động trẻ đi làm ăn xa nên việc vận động tham gia sinh hoạt ở ấp gặp khó khăn; công tác giám sát việc hỗ trợ đất ở, nước sinh hoạt cho hộ đồng bào Khmer chưa thường xuyên; một số hộ còn vay nóng để đi làm thuê ở các tỉnh miền Đông.
Đại hội hiệp thương cử 33 ủy viên Ủy ban MTTQ Việt Nam xã khóa XI. Bà Néang Sóc Thia được hiệp thương tái cử Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Lăng; các Phó Chủ tịch Ủy ban MTTQ xã: Chau Sóc Kha, Lê Văn Tuấn. Đại hội cũng chọn 8 đại biểu dự Đại hội MTTQ huyện Tri Tôn lần thứ XII.
Phát biểu chỉ đạo, ông Chau Ty đề nghị các xã Lương Phi và thị trấn Ba Chúc, sẽ tổ chức đại hội trong tháng 4, học tập cách chuẩn bị văn kiện song ngữ Việt - Khmer của Châu Lăng, nhất là việc đưa các vị Achar, sư cả vào Ủy ban.
Chau Thanh
Tin liên quan
- Tịnh Biên: trao 20 căn nhà Đại đoàn kết (03/04/2024)
- Mặt trận tỉnh chúc Tết Chôl Chnăm Thmây (02/04/2024)
- Hội nghị triển khai Chỉ thị 30-CT/TW về đại hội Mặt trận các cấp (06/03/2024)
""", "2024-04-12", "Tri Tôn: Xã Châu Lăng đại hội điểm Mặt trận nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-04-11"),
[P("Chau Ty", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh An Giang"),
 P("Néang Sóc Pha Ly", "HUV", "Chủ tịch Ủy ban MTTQ huyện Tri Tôn"),
 P("Chau Phươl", "Thượng tọa", "trụ trì chùa Ô Soài Chếk"),
 P("Chau Sóc Kha", "Trưởng ban Công tác Mặt trận ấp Tà Ngáo", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Néang Sa Vanh", "Chi hội trưởng Phụ nữ ấp Ô Sình"),
 P("Néang Sóc Thia", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Lăng"),
 P("Lê Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("5 ấp", 5, "ấp"), Q("3.214 hộ", 3214, "hộ"), Q("74%", 74, "%"), Q("110 đại biểu chính thức", 110, "đại biểu chính thức"),
 Q("31 căn nhà Đại đoàn kết", 31, "căn nhà Đại đoàn kết"), Q("12 căn", 12, "căn"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("9 lớp dạy chữ Khmer hè", 9, "lớp dạy chữ Khmer hè"), Q("420 em học sinh", 420, "em học sinh"), Q("5.600 m2", 5600, "m2"),
 Q("18,6%", 18.6, "%"), Q("6,2%", 6.2, "%"), Q("4 chùa Khmer", 4, "chùa Khmer"), Q("57 ý kiến góp ý", 57, "ý kiến"),
 Q("33 ủy viên", 33, "ủy viên"), Q("8 đại biểu", 8, "đại biểu")],
[D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 30-CT/TW"),
 D("Hướng dẫn", "29", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 29/HD-MTTW-BTT"),
 D("Kế hoạch", "135", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 135-KH/HU")],
[prov("An Giang"), com("Châu Lăng"), com("Lương Phi"), com("Ba Chúc")],
["BÁO AN GIANG ONLINE", "Trang chủ > Chính trị > Mặt trận"],
["2024-04-12 09:30", "nhiệm kỳ 2024 - 2029", "lần thứ XI", "Nhiệm kỳ 2019 - 2024", "lần thứ XII", "tháng 4"]))

PAGES.append(page("b9622-hagiang-mttq-daihoi-tinh-2024", """
BÁO HÀ GIANG ĐIỆN TỬ
Tin tức >> Chính trị >> Mặt trận
Thứ Sáu, 16/08/2024 - 07:30
Ảnh: Ban Thường trực Ủy ban MTTQ tỉnh khóa XVI ra mắt Đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XVI, nhiệm kỳ 2024 - 2029 thành công tốt đẹp
Sau 2 ngày làm việc (14 - 15/8), Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XVI, nhiệm kỳ 2024 - 2029 đã bế mạc. Dự đại hội có đồng chí Nông Thị Bích Hạnh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Lâm Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đại hội có 350 đại biểu chính thức, đại diện cho hơn 900.000 người của 19 dân tộc. Nhiệm kỳ 2019 - 2024, Quỹ "Vì người nghèo" các cấp vận động được 252 tỷ đồng; Mặt trận phối hợp hỗ trợ xóa 3.690 nhà tạm, nhà dột nát. Thực hiện Nghị quyết 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về phát huy sức mạnh đại đoàn kết toàn dân tộc, Mặt trận tỉnh đã xây dựng 86 mô hình "Khu dân cư tự quản" ở vùng biên giới.
Đại hội được chuẩn bị theo Chỉ thị 30-CT/TW của Ban Bí thư và Kế hoạch số 243, 244-KH/TU của Ban Thường vụ Tỉnh ủy. Trước đó, toàn tỉnh đã hoàn thành đại hội ở 193 xã, phường, thị trấn và 11 huyện, thành phố.
Tham luận tại đại hội, ông Vàng Mí Lử, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, chia sẻ việc vận động bà con giữ gìn nhà trình tường làm du lịch cộng đồng; bà Lù Thị Dính, Trưởng ban Công tác Mặt trận thôn Mã Ngài, xã Sủng Là, kể cách người Lô Lô tự quản đường biên, mốc giới.
Phát biểu chỉ đạo, đồng chí Nông Thị Bích Hạnh đề nghị Mặt trận tỉnh nhiệm kỳ mới tập trung triển khai phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", phát huy vai trò người có uy tín, chức sắc tôn giáo trong vận động đồng bào Mông không nghe theo kẻ xấu tuyên truyền "Dương Văn Mình".
Đại hội đã hiệp thương cử 89 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XVI. Hội nghị lần thứ nhất hiệp thương cử Ban Thường trực gồm 4 đồng chí: đồng chí Sùng Mí Pó, Ủy viên Ban Thường vụ Tỉnh ủy, tái cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI; các đồng chí Hoàng Văn Thượng, Triệu Thị Mai - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Cháng Thị Hoa được cử làm Ủy viên Thường trực.
Trong nhiệm kỳ mới, Mặt trận tỉnh phấn đấu mỗi năm vận động ít nhất 40 tỷ đồng cho Quỹ "Vì người nghèo", 100% thôn, tổ dân phố có mô hình tự quản về an ninh trật tự.
Đại hội bầu 15 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029, và thông qua Nghị quyết với 8 chỉ tiêu, 3 chương trình hành động.
Mai Loan
Tin liên quan
- Vị Xuyên: đại hội MTTQ huyện nhiệm kỳ 2024 - 2029 (20/06/2024)
- Xã Thèn Chu Phìn tổ chức đại hội điểm MTTQ (18/04/2024)
- Trao 100 nhà cho hộ nghèo biên giới (02/08/2024)
""", "2024-08-16", "Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XVI, nhiệm kỳ 2024 - 2029 thành công tốt đẹp",
E("dai_hoi", None, "2024-08-14"),
[P("Nông Thị Bích Hạnh", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lâm Văn Tuấn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vàng Mí Lử", "người có uy tín thôn Lô Lô Chải"),
 P("Lù Thị Dính", "Trưởng ban Công tác Mặt trận thôn Mã Ngài"),
 P("Sùng Mí Pó", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI"),
 P("Hoàng Văn Thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cháng Thị Hoa", "Ủy viên Thường trực")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 900.000 người", 900000, "người", "over"),
 Q("19 dân tộc", 19, "dân tộc"), Q("252 tỷ đồng", 252000000000, "đồng"), Q("3.690 nhà tạm, nhà dột nát", 3690, "nhà tạm, nhà dột nát"),
 Q("86 mô hình", 86, "mô hình"), Q("193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"),
 Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("89 ủy viên", 89, "ủy viên"), Q("4 đồng chí", 4, "đồng chí"),
 Q("ít nhất 40 tỷ đồng", 40000000000, "đồng", "over"), Q("100% thôn, tổ dân phố", 100, "%"),
 Q("15 đại biểu", 15, "đại biểu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("3 chương trình hành động", 3, "chương trình hành động")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", "Nghị quyết 43-NQ/TW ngày 24/11/2023"),
 D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", "Chỉ thị 30-CT/TW"),
 D("Kế hoạch", "243", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 243, 244-KH/TU"),
 D("Kế hoạch", "244", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 243, 244-KH/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Tin tức >> Chính trị >> Mặt trận",
 "Ảnh: Ban Thường trực Ủy ban MTTQ tỉnh khóa XVI ra mắt Đại hội.", "Vì người nghèo", "Khu dân cư tự quản",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dương Văn Mình"],
["Thứ Sáu, 16/08/2024 - 07:30", "2 ngày", "lần thứ XVI", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "4 đồng chí",
 "lần thứ X"]))
