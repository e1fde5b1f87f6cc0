from lib import *
PAGES = []

PAGES.append(page("b8105-hoabinh-ccb-baocao-2021", """
HỘI CỰU CHIẾN BINH TỈNH HÒA BÌNH
Trang chủ :: Hoạt động của Hội :: Tin tức
16/04/2021 - 08:30
Ảnh: Đoàn công tác làm việc tại Hội Cựu chiến binh tỉnh.
Báo cáo kết quả phong trào cựu chiến binh giúp nhau giảm nghèo năm 2020 với Đoàn công tác Trung ương Hội
Ngày 15/4, Đoàn công tác Trung ương Hội Cựu chiến binh Việt Nam do Trung tướng Hoàng Văn Thạch, Phó Chủ tịch Trung ương Hội làm trưởng đoàn đã làm việc với Hội Cựu chiến binh tỉnh Hòa Bình, nghe báo cáo kết quả thực hiện phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi" năm 2020. Tiếp đoàn có đồng chí Bùi Văn Tỉnh, Tỉnh ủy viên, Chủ tịch Hội Cựu chiến binh tỉnh; đồng chí Quách Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do đồng chí Đinh Công Sứ, Phó Chủ tịch Hội Cựu chiến binh tỉnh trình bày nêu rõ: toàn tỉnh có 25.986 hội viên, 70% là người dân tộc Mường, Thái, Dao, Tày. Năm 2020, các cấp Hội vận động hội viên giúp nhau 2,84 tỷ đồng, 11.200 ngày công, 2.350 con giống, hơn 40 tấn lúa giống và phân bón; 615 hộ hội viên được hỗ trợ vốn từ Quỹ hỗ trợ hội viên với tổng số tiền 7,6 tỷ đồng. Kết quả, 287 hộ hội viên thoát nghèo, tỷ lệ hộ nghèo trong hội viên giảm từ 6,8% xuống 4,2%.
Hội đã phối hợp xóa 94 nhà tạm cho hội viên, trong đó 31 hộ có người là nạn nhân chất độc da cam; chăm lo 1.927 hội viên bị nhiễm chất độc hóa học. Các cấp Hội đã triển khai Nghị quyết số 04-NQ/TU ngày 20/3/2020 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số và Kế hoạch số 35, 36-KH/CCB của Ban Thường vụ Hội Cựu chiến binh tỉnh.
Hội cũng báo cáo những khó khăn: 11 xã vùng cao có tỷ lệ hộ nghèo trong hội viên trên 15%; một số hội viên là nạn nhân chất độc da cam tuổi cao, không còn sức lao động. Ông Xa Văn Thiết, Chủ tịch Hội Cựu chiến binh xã Tân Pheo, cho biết xã có 82 hội viên thì 19 hộ còn nghèo, chủ yếu do thiếu đất sản xuất.
Ghi nhận kết quả, Trung tướng Hoàng Văn Thạch đề nghị Hội Cựu chiến binh tỉnh tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với phong trào giúp nhau giảm nghèo; nhân rộng các mô hình chăn nuôi dê, trồng cây ăn quả có múi của hội viên. Đoàn cũng tiếp thu 8 kiến nghị của tỉnh về chính sách cho hội viên là nạn nhân chất độc da cam và sẽ báo cáo Thường trực Trung ương Hội.
Trước đó, đoàn đã thăm mô hình trồng cam của hội viên Bùi Văn Lừng ở xã Vĩnh Đồng, thu nhập khoảng 350 triệu đồng mỗi năm.
Mạnh Hùng
Tin khác
- Hội Cựu chiến binh Mai Châu giúp hội viên xây nhà (06/04/2021)
- Giao ban quý I năm 2021 (01/04/2021)
- Trao 20 suất quà cho nạn nhân da cam huyện Lạc Sơn (18/03/2021)
""", "2021-04-16", "Báo cáo kết quả phong trào cựu chiến binh giúp nhau giảm nghèo năm 2020 với Đoàn công tác Trung ương Hội",
E("bao_cao", "2020", "2021-04-15"),
[P("Hoàng Văn Thạch", "Trung tướng", "Phó Chủ tịch Trung ương Hội"),
 P("Bùi Văn Tỉnh", "Tỉnh ủy viên", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Quách Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Xa Văn Thiết", "Chủ tịch Hội Cựu chiến binh xã Tân Pheo"),
 P("Bùi Văn Lừng", "hội viên")],
[Q("25.986 hội viên", 25986, "hội viên"), Q("70%", 70, "%"), Q("2,84 tỷ đồng", 2840000000, "đồng"), Q("11.200 ngày công", 11200, "ngày công"),
 Q("2.350 con giống", 2350, "con giống"), Q("hơn 40 tấn", 40, "tấn", "over"), Q("615 hộ hội viên", 615, "hộ hội viên"), Q("7,6 tỷ đồng", 7600000000, "đồng"),
 Q("287 hộ hội viên", 287, "hộ hội viên"), Q("6,8%", 6.8, "%"), Q("4,2%", 4.2, "%"), Q("94 nhà tạm", 94, "nhà tạm"), Q("31 hộ", 31, "hộ"),
 Q("1.927 hội viên", 1927, "hội viên"), Q("11 xã vùng cao", 11, "xã vùng cao"), Q("trên 15%", 15, "%", "over"), Q("82 hội viên", 82, "hội viên"),
 Q("19 hộ", 19, "hộ"), Q("8 kiến nghị", 8, "kiến nghị"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx")],
[D("Nghị quyết", "04", "NQ/TU", "2020-03-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 04-NQ/TU ngày 20/3/2020"),
 D("Kế hoạch", "35", "KH/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 35, 36-KH/CCB"),
 D("Kế hoạch", "36", "KH/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 35, 36-KH/CCB"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Hòa Bình"), com("Tân Pheo"), com("Vĩnh Đồng")],
["HỘI CỰU CHIẾN BINH TỈNH HÒA BÌNH", "Trang chủ :: Hoạt động của Hội :: Tin tức", "Ảnh: Đoàn công tác làm việc tại Hội Cựu chiến binh tỉnh.",
 "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Quỹ hỗ trợ hội viên"],
["16/04/2021 - 08:30", "năm 2020", "Năm 2020"]))

PAGES.append(page("b8106-gialai-ccb-traoqua-2021", """
BÁO GIA LAI ĐIỆN TỬ
Thứ Tư, 11/08/2021 - 14:05
Xã hội | Đời sống
Gia Lai: Trao 150 sổ tiết kiệm và quà cho hội viên cựu chiến binh là nạn nhân chất độc da cam
(GLO)- Ngày 10-8, nhân kỷ niệm 60 năm thảm họa da cam ở Việt Nam, Hội Cựu chiến binh tỉnh Gia Lai phối hợp với Hội Nạn nhân chất độc da cam/dioxin tỉnh trao 150 sổ tiết kiệm và quà cho hội viên là nạn nhân chất độc da cam tại 17 huyện, thị xã, thành phố. Do ảnh hưởng của dịch Covid-19, lễ trao được tổ chức phân tán, mỗi điểm không quá 20 người.
Cựu chiến binh Ksor Hyuh (bìa phải) nhận sổ tiết kiệm. Ảnh: R'Ô HOK
Mỗi sổ tiết kiệm trị giá 2 triệu đồng, kèm 1 suất quà gồm 20 kg gạo và nhu yếu phẩm trị giá 300.000 đồng; tổng giá trị đợt trao gần 345 triệu đồng, do các doanh nghiệp, nhà hảo tâm và hội viên cựu chiến binh đóng góp.
Tại điểm trao ở TP. Pleiku, đồng chí Rơ Mah Tuấn, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh và đồng chí Siu Đoan, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh đã trực tiếp trao 25 sổ. Ông Ksor Hyuh, 74 tuổi, ở làng Plei Bông, xã Ia Kênh, người Jrai, tham gia chiến đấu ở chiến trường Tây Nguyên và bị nhiễm chất độc da cam, hiện có con gái bị tật bẩm sinh, xúc động: "Có đồng đội nhớ tới, tôi thấy ấm lòng".
Ở huyện Chư Sê, các đồng chí Phó Chủ tịch Hội Cựu chiến binh tỉnh: Nguyễn Văn Lộc, Puih H'Bloanh đã trao 18 sổ tiết kiệm cho hội viên ở các xã Ia Blang, Al Bá. Đồng chí Nguyễn Văn Lộc cho biết, toàn tỉnh hiện có 2.716 hội viên cựu chiến binh là nạn nhân chất độc da cam, trong đó khoảng 40% là đồng bào Jrai, Bahnar; 312 hội viên có hoàn cảnh đặc biệt khó khăn.
Thực hiện Kế hoạch số 86-KH/CCB ngày 5/7/2021 của Ban Thường vụ Hội Cựu chiến binh tỉnh về hoạt động kỷ niệm 60 năm thảm họa da cam, từ đầu tháng 7 đến nay các cấp Hội đã thăm, tặng 1.450 suất quà, vận động xây 3 "Nhà đồng đội" cho hội viên là nạn nhân ở huyện Đak Đoa, Krông Pa. Các cấp Hội cũng tham gia tuyên truyền, giúp đỡ hội viên tiêm vắc xin phòng Covid-19, hỗ trợ hơn 4 tấn nông sản cho các gia đình hội viên ở vùng phong tỏa.
Đồng chí Rơ Mah Tuấn đề nghị các cấp Hội thực hiện tốt Chỉ thị số 15-CT/TU của Tỉnh ủy về phòng, chống dịch, tiếp tục phong trào "Cựu chiến binh giúp nhau", không để hội viên nào là nạn nhân chất độc da cam bị thiếu đói.
R'Ô HOK
Tin cùng chuyên mục
- Chư Păh: Cựu chiến binh giúp nhau phát triển cà phê (03/08/2021)
- Trao 10 xe lăn cho nạn nhân da cam Ayun Pa (28/07/2021)
- Hội Cựu chiến binh tỉnh sơ kết 6 tháng đầu năm 2021 (15/07/2021)
- Đak Pơ: Hội viên cựu chiến binh góp gạo cho khu cách ly (09/07/2021)
""", "2021-08-11", "Gia Lai: Trao 150 sổ tiết kiệm và quà cho hội viên cựu chiến binh là nạn nhân chất độc da cam",
E("trao_qua", None, "2021-08-10"),
[P("Rơ Mah Tuấn", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Siu Đoan", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Ksor Hyuh"),
 P("Nguyễn Văn Lộc", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Puih H'Bloanh", "Phó Chủ tịch Hội Cựu chiến binh tỉnh")],
[Q("150 sổ tiết kiệm", 150, "sổ tiết kiệm"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("không quá 20 người", 20, "người"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("gần 345 triệu đồng", 345000000, "đồng", "approx"),
 Q("25 sổ", 25, "sổ"), Q("18 sổ tiết kiệm", 18, "sổ tiết kiệm"), Q("2.716 hội viên cựu chiến binh", 2716, "hội viên cựu chiến binh"),
 Q("khoảng 40%", 40, "%", "approx"), Q("312 hội viên", 312, "hội viên"), Q("1.450 suất quà", 1450, "suất quà"), Q('3 "Nhà đồng đội"', 3, "Nhà đồng đội"),
 Q("hơn 4 tấn", 4, "tấn", "over")],
[D("Kế hoạch", "86", "KH/CCB", "2021-07-05", "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 86-KH/CCB ngày 5/7/2021"),
 D("Chỉ thị", "15", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 15-CT/TU")],
[prov("Gia Lai"), com("Ia Kênh"), com("Ia Blang"), com("Al Bá")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Đời sống", "(GLO)", "Cựu chiến binh Ksor Hyuh (bìa phải) nhận sổ tiết kiệm. Ảnh: R'Ô HOK",
 "Covid-19", "Cựu chiến binh giúp nhau"],
["Thứ Tư, 11/08/2021 - 14:05", "60 năm", "74 tuổi", "1 suất quà", "từ đầu tháng 7 đến nay"]))

PAGES.append(page("b8107-bentre-dacam-tongket-2022", """
Báo Đồng Khởi Online - Cơ quan ngôn luận của Đảng bộ tỉnh Bến Tre
Trang chủ > Chính trị > Mặt trận - Đoàn thể
T5, 22/12/2022 16:00
Bạn đang xem: Tin Mặt trận - Đoàn thể
Hội Nạn nhân chất độc da cam/dioxin tỉnh tổng kết công tác năm 2022
Ngày 21-12-2022, Hội Nạn nhân chất độc da cam/dioxin (NNCĐDC) tỉnh Bến Tre tổ chức hội nghị tổng kết công tác Hội năm 2022 và triển khai phương hướng, nhiệm vụ năm 2023. Dự hội nghị có đồng chí Trần Thị Mỹ Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Huỳnh Văn Nhẫn, Chủ tịch Hội NNCĐDC tỉnh.
Trong năm, các cấp Hội đã vận động được hơn 9,2 tỷ đồng (vượt 15% chỉ tiêu) để chăm lo cho nạn nhân. Hội đã xây mới 42 căn nhà tình thương, sửa chữa 17 căn; trao 5.860 phần quà Tết và quà nhân kỷ niệm 61 năm thảm họa da cam; cấp 260 suất học bổng, mỗi suất từ 1 đến 2 triệu đồng; tặng 85 xe lăn, xe lắc và 120 con bò giống, dê giống cho các hộ nạn nhân nghèo. Toàn tỉnh hiện có 23.540 hội viên sinh hoạt tại 157/157 xã, phường, thị trấn.
Hội cựu chiến binh các cấp phối hợp thực hiện mô hình "Cựu chiến binh đỡ đầu nạn nhân chất độc da cam": 312 hội viên cựu chiến binh đang nhận đỡ đầu 348 nạn nhân. Nhiều cơ sở Hội như xã Phú Khánh, xã Thạnh Phong (huyện Thạnh Phú), phường An Hội (thành phố Bến Tre) duy trì tổ "Nạn nhân giúp nhau làm kinh tế" với nguồn vốn xoay vòng trên 500 triệu đồng.
Hội đã phối hợp tham mưu UBND tỉnh ban hành Kế hoạch số 5418/KH-UBND ngày 12/8/2022 về thực hiện Quyết định 1025/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình khắc phục hậu quả chất độc hóa học; tổ chức tuyên truyền Kết luận 27, 28-KL/TU của Ban Thường vụ Tỉnh ủy đến 100% chi hội.
Phát biểu tại hội nghị, đồng chí Trần Thị Mỹ Lệ biểu dương những kết quả Hội đạt được, đặc biệt sự phối hợp giữa Hội NNCĐDC với Hội Cựu chiến binh trong chăm lo nạn nhân. Đồng chí đề nghị năm 2023 Hội tập trung rà soát, không để sót nạn nhân chưa được hưởng chính sách, phấn đấu vận động trên 10 tỷ đồng, xây mới ít nhất 40 căn nhà.
Đồng chí Huỳnh Văn Nhẫn tiếp thu ý kiến chỉ đạo và cho biết Hội sẽ triển khai cuộc vận động "Vì nạn nhân chất độc da cam" với chỉ tiêu mỗi chi hội vận động ít nhất 1 nhà tài trợ. Các đồng chí Phó Chủ tịch Hội NNCĐDC tỉnh Lê Văn Tám, Nguyễn Thị Ngọc Diễm trình bày báo cáo kiểm điểm và chương trình công tác năm 2023.
Dịp này, Trung ương Hội NNCĐDC Việt Nam tặng Bằng khen cho 3 tập thể và 5 cá nhân; Hội NNCĐDC tỉnh tặng Giấy khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc.
Hữu Hiệp
Tin liên quan
- Trao 10 căn nhà tình thương cho nạn nhân chất độc da cam Ba Tri (15/12/2022)
- Hội Cựu chiến binh tỉnh tổng kết năm 2022 (09/12/2022)
- Mỏ Cày Nam: Khám bệnh miễn phí cho 300 nạn nhân (25/11/2022)
""", "2022-12-22", "Hội Nạn nhân chất độc da cam/dioxin tỉnh tổng kết công tác năm 2022",
E("tong_ket", "2022", "2022-12-21"),
[P("Trần Thị Mỹ Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Nhẫn", "Chủ tịch Hội NNCĐDC tỉnh"),
 P("Lê Văn Tám", "Phó Chủ tịch Hội NNCĐDC tỉnh"),
 P("Nguyễn Thị Ngọc Diễm", "Phó Chủ tịch Hội NNCĐDC tỉnh")],
[Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"), Q("15%", 15, "%"), Q("42 căn nhà tình thương", 42, "căn nhà tình thương"), Q("17 căn", 17, "căn"),
 Q("5.860 phần quà", 5860, "phần quà"), Q("260 suất học bổng", 260, "suất học bổng"), Q("từ 1 đến 2 triệu đồng", 1000000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("85 xe lăn, xe lắc", 85, "xe lăn, xe lắc"), Q("120 con bò giống, dê giống", 120, "con bò giống, dê giống"),
 Q("23.540 hội viên", 23540, "hội viên"), Q("157/157 xã, phường, thị trấn", 157, "xã, phường, thị trấn"),
 Q("312 hội viên cựu chiến binh", 312, "hội viên cựu chiến binh"), Q("348 nạn nhân", 348, "nạn nhân"),
 Q("trên 500 triệu đồng", 500000000, "đồng", "over"), Q("100% chi hội", 100, "%"), Q("trên 10 tỷ đồng", 10000000000, "đồng", "over"),
 Q("ít nhất 40 căn nhà", 40, "căn nhà", "over"), Q("ít nhất 1 nhà tài trợ", 1, "nhà tài trợ", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Kế hoạch", "5418", "KH-UBND", "2022-08-12", "UBND tỉnh", "Kế hoạch số 5418/KH-UBND ngày 12/8/2022"),
 D("Quyết định", "1025", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1025/QĐ-TTg"),
 D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
 D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU")],
[prov("Bến Tre"), com("Phú Khánh"), com("Thạnh Phong"), com("An Hội")],
["Báo Đồng Khởi Online - Cơ quan ngôn luận của Đảng bộ tỉnh Bến Tre", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Bạn đang xem: Tin Mặt trận - Đoàn thể", "Cựu chiến binh đỡ đầu nạn nhân chất độc da cam", "Nạn nhân giúp nhau làm kinh tế",
 "Vì nạn nhân chất độc da cam", "Chương trình khắc phục hậu quả chất độc hóa học"],
["T5, 22/12/2022 16:00", "năm 2022", "năm 2023", "61 năm"]))

PAGES.append(page("b8108-laocai-ccb-giaoban-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH LÀO CAI
Trang chủ - Tin tức - Hoạt động Hội
06/04/2023 | 07:45
Đồng chí Sùng A Lử chủ trì giao ban.
Giao ban tháng 3: Hội Cựu chiến binh đẩy mạnh giúp hội viên vùng cao thoát nghèo
Sáng 5/4, Thường trực Hội Cựu chiến binh tỉnh Lào Cai tổ chức giao ban trực tuyến công tác Hội tháng 3/2023 với 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Sùng A Lử, Tỉnh ủy viên, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì; dự có đồng chí Phó Chủ tịch Hội Lý Láo Lở và các đồng chí Trưởng ban chuyên môn.
Trong tháng 3, các cấp Hội đã phối hợp với Đoàn Thanh niên tổ chức Tết trồng cây, trồng được khoảng 8.600 cây xanh tại các khu dân cư và trường học vùng cao; đồng thời triển khai đợt cao điểm "Cựu chiến binh chung tay xóa nhà tạm" ở các huyện vùng cao. Hội Cựu chiến binh các huyện Bát Xát, Mường Khương, Si Ma Cai đã vận động hội viên góp 410 ngày công, 68 triệu đồng và 12 m3 gỗ giúp 5 gia đình hội viên người Mông, Dao làm nhà mới. Hội Cựu chiến binh xã Y Tý bàn giao 1 nhà đồng đội cho hội viên Giàng Seo Phử, nạn nhân chất độc da cam, trị giá khoảng 70 triệu đồng.
Về công tác giúp nhau làm kinh tế, trong tháng các tổ tiết kiệm và vay vốn do Hội quản lý đã giải ngân 6,3 tỷ đồng cho 152 hộ; dư nợ đạt 318,4 tỷ đồng, tăng 1,2% so với tháng trước. Hội Cựu chiến binh thị xã Sa Pa trao 1.500 cây giống mận tam hoa, 30 con lợn giống cho 18 hội viên nghèo.
Đồng chí Tẩn Thị Mẩy, Trưởng ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh, thông báo kết quả kết nạp 46 hội viên mới trong quý I, nâng tổng số hội viên lên 24.705; hướng dẫn các huyện thực hiện Quyết định số 110-QĐ/CCB và Quyết định số 111-QĐ/CCB của Ban Thường vụ Hội Cựu chiến binh tỉnh về quy chế quản lý quỹ hội.
Giao ban cũng nghe phản ánh một số hội viên là nạn nhân chất độc da cam ở xã Bản Lầu, xã Lùng Vai chưa được điều chỉnh trợ cấp theo Nghị định 75/2021/NĐ-CP của Chính phủ. Đồng chí Sùng A Lử giao Ban Chính sách - Kinh tế phối hợp với Sở Lao động - Thương binh và Xã hội rà soát, báo cáo trước ngày 20/4.
Kết luận giao ban, đồng chí Sùng A Lử yêu cầu tháng 4 các cấp Hội tập trung thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy về giảm nghèo bền vững, chuẩn bị sơ kết quý I và tổ chức hoạt động kỷ niệm 48 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Hoàng Thanh
Lượt xem: 318
Tin cùng chuyên mục
- Hội Cựu chiến binh Bảo Thắng giúp hội viên trồng quế (30/03/2023)
- Giao ban tháng 2 năm 2023 (07/03/2023)
- Bắc Hà: trao 2 nhà đồng đội (20/02/2023)
- Văn Bàn: Cựu chiến binh hiến đất làm đường liên thôn (14/02/2023)
""", "2023-04-06", "Giao ban tháng 3: Hội Cựu chiến binh đẩy mạnh giúp hội viên vùng cao thoát nghèo",
E("giao_ban", "2023-03", "2023-04-05"),
[P("Sùng A Lử", "Tỉnh ủy viên", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lý Láo Lở", "Phó Chủ tịch Hội"),
 P("Giàng Seo Phử", "hội viên"),
 P("Tẩn Thị Mẩy", "Trưởng ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("khoảng 8.600 cây xanh", 8600, "cây xanh", "approx"), Q("410 ngày công", 410, "ngày công"),
 Q("68 triệu đồng", 68000000, "đồng"), Q("12 m3", 12, "m3"), Q("5 gia đình hội viên người Mông, Dao", 5, "gia đình hội viên người Mông, Dao"),
 Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("152 hộ", 152, "hộ"),
 Q("318,4 tỷ đồng", 318400000000, "đồng"), Q("1,2%", 1.2, "%"), Q("1.500 cây giống mận tam hoa", 1500, "cây giống mận tam hoa"),
 Q("30 con lợn giống", 30, "con lợn giống"), Q("18 hội viên nghèo", 18, "hội viên nghèo"), Q("46 hội viên mới", 46, "hội viên mới"),
 Q("24.705", 24705, "hội viên")],
[D("Quyết định", "110", "QĐ/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Quyết định số 110-QĐ/CCB"),
 D("Quyết định", "111", "QĐ/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Quyết định số 111-QĐ/CCB"),
 D("Nghị định", "75", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 75/2021/NĐ-CP"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Lầu"), com("Lùng Vai")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH LÀO CAI", "Trang chủ - Tin tức - Hoạt động Hội", "Đồng chí Sùng A Lử chủ trì giao ban.",
 "Cựu chiến binh chung tay xóa nhà tạm", "Lượt xem: 318"],
["06/04/2023 | 07:45", "tháng 3/2023", "1 nhà đồng đội", "quý I", "48 năm", "20/4", "Lượt xem: 318"]))

PAGES.append(page("b8109-quangnam-dacam-hoinghi-2023", """
BÁO QUẢNG NAM ONLINE
Thứ Tư, 9/8/2023 - 15:30
Xã hội » Chính sách
Hơn 300 đại biểu dự Hội nghị biểu dương nạn nhân chất độc da cam vượt khó
Ảnh: Đại biểu dâng hương tưởng niệm các nạn nhân chất độc da cam.
(QNO) - Sáng nay 9/8, Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Nam tổ chức Hội nghị biểu dương nạn nhân chất độc da cam vượt khó vươn lên và các tập thể, cá nhân có nhiều đóng góp năm 2023, nhân kỷ niệm 62 năm thảm họa da cam ở Việt Nam.
Tham dự có đồng chí Nguyễn Thị Kim Xuân, Phó Chủ tịch UBND tỉnh; đồng chí Trần Văn Lựu, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh; đồng chí Đinh Văn Bốn, Chủ tịch Hội Cựu chiến binh tỉnh cùng hơn 300 đại biểu.
Theo báo cáo, Quảng Nam hiện có trên 35.800 người bị ảnh hưởng chất độc da cam, trong đó hơn 13.200 người đang hưởng chế độ. Từ năm 2018 đến nay, các cấp Hội đã vận động được khoảng 48 tỷ đồng; xây mới, sửa chữa 364 nhà tình nghĩa; hỗ trợ 1.150 con bò, heo giống; thăm, tặng hơn 52.000 suất quà. Phong trào "Cựu chiến binh giúp đỡ nạn nhân chất độc da cam" được hội viên cựu chiến binh ở 241 xã, phường, thị trấn hưởng ứng.
Hội nghị biểu dương 62 nạn nhân vượt khó tiêu biểu và 38 tập thể, cá nhân có nhiều đóng góp. Trong số đó có nhiều đồng bào dân tộc miền núi như ông Bh'riu Liếc, ở xã Lăng, huyện Tây Giang, dù mang di chứng chất độc da cam vẫn trồng 3 ha rừng, nuôi 20 con heo đen; bà A Lăng Thị Nhanh, Chi hội trưởng Chi hội Nạn nhân chất độc da cam thôn Arớh, xã A Tiêng, vận động 14 hộ nạn nhân cùng trồng ba kích.
Ông Hốih Lân, Chủ tịch Hội Cựu chiến binh xã Tà Lu, huyện Đông Giang, chia sẻ: Hội đã nhận giúp 7 gia đình hội viên là nạn nhân chất độc da cam, góp 240 ngày công làm nhà và cho mượn 35 triệu đồng không lấy lãi.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Kim Xuân đề nghị các ngành, địa phương tiếp tục triển khai Kế hoạch số 3620/KH-UBND của UBND tỉnh thực hiện Quyết định 1026, 1027/QĐ-TTg của Thủ tướng Chính phủ; rà soát để đến năm 2025 không còn nạn nhân chất độc da cam ở nhà tạm, dột nát. Đồng chí cũng yêu cầu thực hiện nghiêm Chỉ thị số 22-CT/TU ngày 14/6/2023 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác khắc phục hậu quả chất độc hóa học.
Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân; Hội Nạn nhân chất độc da cam/dioxin Việt Nam tặng Kỷ niệm chương cho 6 cá nhân. Các doanh nghiệp đã trao 100 suất quà, mỗi suất 1 triệu đồng, cho nạn nhân tiêu biểu.
Thu Hà - Trần Tiến
Tin liên quan
- Núi Thành: Trao 5 nhà tình nghĩa cho nạn nhân chất độc da cam (05/08/2023)
- Hội Cựu chiến binh tỉnh giao ban 6 tháng (20/07/2023)
- Hội NNCĐDC Quảng Nam vận động 6 tỷ đồng (10/07/2023)
""", "2023-08-09", "Hơn 300 đại biểu dự Hội nghị biểu dương nạn nhân chất độc da cam vượt khó",
E("hoi_nghi", "2023", "2023-08-09"),
[P("Nguyễn Thị Kim Xuân", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Lựu", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Đinh Văn Bốn", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Bh'riu Liếc"),
 P("A Lăng Thị Nhanh", "Chi hội trưởng Chi hội Nạn nhân chất độc da cam thôn Arớh"),
 P("Hốih Lân", "Chủ tịch Hội Cựu chiến binh xã Tà Lu")],
[Q("Hơn 300 đại biểu", 300, "đại biểu", "over"), Q("trên 35.800 người", 35800, "người", "over"), Q("hơn 13.200 người", 13200, "người", "over"),
 Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("364 nhà tình nghĩa", 364, "nhà tình nghĩa"), Q("1.150 con bò, heo giống", 1150, "con bò, heo giống"),
 Q("hơn 52.000 suất quà", 52000, "suất quà", "over"), Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"),
 Q("62 nạn nhân vượt khó tiêu biểu", 62, "nạn nhân vượt khó tiêu biểu"), Q("38 tập thể, cá nhân", 38, "tập thể, cá nhân"), Q("3 ha", 3, "ha"),
 Q("20 con heo đen", 20, "con heo đen"), Q("14 hộ nạn nhân", 14, "hộ nạn nhân"), Q("7 gia đình hội viên", 7, "gia đình hội viên"),
 Q("240 ngày công", 240, "ngày công"), Q("35 triệu đồng", 35000000, "đồng"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"),
 Q("6 cá nhân", 6, "cá nhân"), Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "3620", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3620/KH-UBND"),
 D("Quyết định", "1026", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1026, 1027/QĐ-TTg"),
 D("Quyết định", "1027", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1026, 1027/QĐ-TTg"),
 D("Chỉ thị", "22", "CT/TU", "2023-06-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 14/6/2023")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng"), com("Tà Lu")],
["BÁO QUẢNG NAM ONLINE", "Xã hội » Chính sách", "Ảnh: Đại biểu dâng hương tưởng niệm các nạn nhân chất độc da cam.", "(QNO)",
 "Cựu chiến binh giúp đỡ nạn nhân chất độc da cam"],
["Thứ Tư, 9/8/2023 - 15:30", "năm 2023", "62 năm", "Từ năm 2018 đến nay", "năm 2025"]))

PAGES.append(page("b8110-soctrang-ccb-doithoai-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương
Hôm nay: Thứ Hai, 20/05/2024
17/05/2024 06:00
Chủ tịch UBND huyện Trần Đề đối thoại với hội viên Hội Cựu chiến binh năm 2024
Ngày 16/5, UBND huyện Trần Đề, tỉnh Sóc Trăng phối hợp với Hội Cựu chiến binh huyện tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên Hội Cựu chiến binh năm 2024. Đồng chí Lâm Văn Sóc, HUV, Chủ tịch UBND huyện chủ trì hội nghị.
Cùng dự có đồng chí Thạch Thị Sà Ri, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Trương Văn Hai, Chủ tịch Hội Cựu chiến binh huyện, cùng 125 hội viên đại diện cho hơn 1.700 hội viên của 11 xã, thị trấn.
Quang cảnh hội nghị đối thoại.
Tại hội nghị, hội viên đã nêu 18 ý kiến, kiến nghị, tập trung vào chế độ chính sách cho cựu chiến binh là nạn nhân chất độc da cam, vốn vay phát triển sản xuất và tình trạng sạt lở bờ sông ảnh hưởng nhà ở của hội viên. Ông Lý Sên, hội viên Chi hội Cựu chiến binh ấp Tắc Bướm, xã Đại Ân 2, kiến nghị xem xét hồ sơ hưởng chế độ nạn nhân chất độc hóa học mà ông nộp từ năm 2021. Ông Sơn Ngọc Thạnh, Chủ tịch Hội Cựu chiến binh xã Lịch Hội Thượng, đề nghị nâng mức cho vay từ Quỹ hỗ trợ hội viên lên tối đa 30 triệu đồng/hộ.
Trả lời các ý kiến, đồng chí Lâm Văn Sóc thông tin: huyện hiện có 264 người hưởng chế độ nạn nhân chất độc hóa học với kinh phí chi trả hằng năm trên 6,1 tỷ đồng; năm 2023 đã giải quyết 9/11 hồ sơ, còn 2 hồ sơ đang chờ Hội đồng giám định y khoa. Đối với trường hợp ông Lý Sên, đồng chí giao Phòng Lao động - Thương binh và Xã hội liên hệ Sở để trả lời trước ngày 30/6/2024.
Về vốn vay, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện cho biết Hội Cựu chiến binh đang ủy thác quản lý 21 tổ tiết kiệm và vay vốn với dư nợ 58,6 tỷ đồng, 1.236 hộ vay; mức cho vay tối đa mỗi hộ nghèo là 100 triệu đồng theo Quyết định số 05/2024/QĐ-TTg của Thủ tướng Chính phủ. Về sạt lở, UBND huyện đã bố trí 2,5 tỷ đồng di dời 47 hộ dân, trong đó có 6 hộ hội viên cựu chiến binh, đến khu tái định cư.
Kết thúc hội nghị, 16/18 ý kiến đã được trả lời trực tiếp. Đồng chí Lâm Văn Sóc đề nghị Hội Cựu chiến binh huyện tiếp tục phát huy vai trò nòng cốt trong thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy về xây dựng nông thôn mới nâng cao; các ngành thực hiện Kế hoạch số 112/KH-UBND ngày 10/4/2024 của UBND huyện về tổ chức đối thoại năm 2024.
Huỳnh Như (TTVH Trần Đề)
Tin khác
- Hội Cựu chiến binh tỉnh trao 3 căn nhà đồng đội (10/05/2024)
- Mỹ Xuyên: đối thoại với nông dân năm 2024 (26/04/2024)
- Vĩnh Châu tổ chức Lễ Sene Dolta (20/09/2023)
""", "2024-05-17", "Chủ tịch UBND huyện Trần Đề đối thoại với hội viên Hội Cựu chiến binh năm 2024",
E("doi_thoai", "2024", "2024-05-16"),
[P("Lâm Văn Sóc", "HUV", "Chủ tịch UBND huyện"),
 P("Thạch Thị Sà Ri", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Văn Hai", "Chủ tịch Hội Cựu chiến binh huyện"),
 P("Lý Sên", "hội viên Chi hội Cựu chiến binh ấp Tắc Bướm"),
 P("Sơn Ngọc Thạnh", "Chủ tịch Hội Cựu chiến binh xã Lịch Hội Thượng")],
[Q("125 hội viên", 125, "hội viên"), Q("hơn 1.700 hội viên", 1700, "hội viên", "over"), Q("11 xã, thị trấn", 11, "xã, thị trấn"),
 Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"), Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("264 người", 264, "người"),
 Q("trên 6,1 tỷ đồng", 6100000000, "đồng", "over"), Q("9/11 hồ sơ", 9, "hồ sơ"), Q("2 hồ sơ", 2, "hồ sơ"),
 Q("21 tổ tiết kiệm và vay vốn", 21, "tổ tiết kiệm và vay vốn"), Q("58,6 tỷ đồng", 58600000000, "đồng"), Q("1.236 hộ", 1236, "hộ"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("47 hộ dân", 47, "hộ dân"),
 Q("6 hộ hội viên cựu chiến binh", 6, "hộ hội viên cựu chiến binh"), Q("16/18 ý kiến", 16, "ý kiến")],
[D("Quyết định", "05", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 05/2024/QĐ-TTg"),
 D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 09-NQ/HU"),
 D("Kế hoạch", "112", "KH-UBND", "2024-04-10", "UBND huyện", "Kế hoạch số 112/KH-UBND ngày 10/4/2024")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động địa phương", "Hôm nay: Thứ Hai, 20/05/2024",
 "Quang cảnh hội nghị đối thoại.", "Quỹ hỗ trợ hội viên", "TTVH Trần Đề"],
["17/05/2024 06:00", "Hôm nay: Thứ Hai, 20/05/2024", "năm 2024", "từ năm 2021", "năm 2023", "30/6/2024"]))
