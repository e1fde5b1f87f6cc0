from lib import *
PAGES = []

PAGES.append(page("b1505-yenbai-mttq-giamsat-2021", """
Báo Yên Bái điện tử
Chính trị › Mặt trận - Đoàn thể
15/10/2021 08:40
Mặt trận tỉnh giám sát chính sách hỗ trợ nhà ở cho hộ nghèo ở Trạm Tấu
YênBái - Từ ngày 12 - 14/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Nông Thị Hoài, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở đối với hộ nghèo, hộ đồng bào dân tộc thiểu số tại huyện Trạm Tấu.
Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Bản Mù.
Tham gia đoàn có đồng chí Lương Văn Khởi, Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh, Sở Xây dựng. Đây là một trong 4 cuộc giám sát chuyên đề năm 2021 theo Kế hoạch số 126/KH-MTTQ-BTT ngày 02/3/2021 của Ban Thường trực Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND huyện Trạm Tấu, thực hiện Nghị quyết số 69/2020/NQ-HĐND ngày 18/7/2020 của HĐND tỉnh, giai đoạn 2020-2021 huyện đã hỗ trợ 236 hộ đồng bào Mông xóa nhà tạm, nhà dột nát, với mức hỗ trợ 40 triệu đồng/hộ, tổng kinh phí trên 9,4 tỷ đồng. Đến hết tháng 9/2021 đã có 218 căn nhà hoàn thành, đưa vào sử dụng; 18 hộ đang thi công. Mặt trận các cấp vận động các doanh nghiệp, nhà hảo tâm hỗ trợ thêm 1,2 tỷ đồng và 3.600 ngày công.
Đoàn đã kiểm tra thực tế tại các xã Bản Mù, Xà Hồ, Pá Lau và trao đổi trực tiếp với 45 hộ được hỗ trợ. Ông Sùng A Giàng, người có uy tín thôn Tà Chử, xã Bản Mù, cho biết: "Có Nhà nước hỗ trợ, anh em dòng họ góp công, nhà mình giờ có mái tôn, tường gạch, không còn sợ mưa bão nữa".
Qua giám sát, đoàn ghi nhận huyện đã bình xét đối tượng công khai, đúng quy trình; tuy nhiên, một số hộ còn chậm tiến độ do thiếu vật liệu, địa hình chia cắt, vận chuyển khó khăn; 6 hộ phải di dời do nằm trong vùng nguy cơ sạt lở nhưng chưa bố trí được đất ở mới.
Tại buổi làm việc với đoàn, đồng chí Sùng A Lềnh, Phó Chủ tịch UBND huyện Trạm Tấu, kiến nghị tỉnh bố trí vốn xây dựng khu tái định cư tập trung cho các hộ vùng sạt lở. Đồng chí Nông Thị Hoài yêu cầu huyện hoàn thành dứt điểm các căn nhà còn lại trước ngày 30/11/2021; lồng ghép các nguồn vốn của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi vừa được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 để giải quyết căn cơ vấn đề đất ở, nhà ở cho đồng bào.
Chủ tịch Ủy ban MTTQ tỉnh cũng đề nghị Mặt trận huyện phát huy vai trò của người có uy tín, trưởng dòng họ trong vận động bà con tự nguyện di dời khỏi vùng nguy hiểm.
Thanh Tâm
Lượt xem: 842
Tin liên quan
- Mù Cang Chải: Mặt trận vận động ủng hộ Quỹ "Vì người nghèo" (08/10/2021)
- Văn Chấn giám sát thực hiện quy chế dân chủ ở cơ sở (01/10/2021)
- Trấn Yên: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (24/09/2021)
""", "2021-10-15", "Mặt trận tỉnh giám sát chính sách hỗ trợ nhà ở cho hộ nghèo ở Trạm Tấu",
E("giam_sat", "2021", "2021-10-12"),
[P("Nông Thị Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Văn Khởi", "Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Giàng", "người có uy tín thôn Tà Chử"),
 P("Sùng A Lềnh", "Phó Chủ tịch UBND huyện Trạm Tấu")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("236 hộ đồng bào Mông", 236, "hộ đồng bào Mông"),
 Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("trên 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("218 căn nhà", 218, "căn nhà"),
 Q("18 hộ", 18, "hộ"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3.600 ngày công", 3600, "ngày công"), Q("45 hộ", 45, "hộ"),
 Q("6 hộ", 6, "hộ")],
[D("Kế hoạch", "126", "KH-MTTQ-BTT", "2021-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 126/KH-MTTQ-BTT ngày 02/3/2021"),
 D("Nghị quyết", "69", "2020/NQ-HĐND", "2020-07-18", "HĐND tỉnh", "Nghị quyết số 69/2020/NQ-HĐND ngày 18/7/2020"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Yên Bái"), com("Bản Mù"), com("Xà Hồ"), com("Pá Lau")],
["Báo Yên Bái điện tử", "Chính trị › Mặt trận - Đoàn thể", "YênBái", "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại xã Bản Mù.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 842", "Sở Xây dựng"],
["15/10/2021 08:40", "năm 2021", "giai đoạn 2020-2021", "tháng 9/2021", "Lượt xem: 842"]))

PAGES.append(page("b1506-tuyenquang-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ > Tin tức > Hoạt động của Ban
Thứ Năm, 30/12/2021 - 15:00
Toàn cảnh hội nghị. Ảnh: Hải Yến
Năm 2021: công tác dân vận góp phần giữ vững ổn định vùng đồng bào dân tộc thiểu số
Ngày 28/12, Ban Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Hà Thị Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đặng Văn Sơn, Ma Thị Liên và lãnh đạo ban dân vận 7 huyện, thành phố.
Năm 2021, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 06-CTr/TU ngày 20/4/2021 thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về lãnh đạo công tác vận động đồng bào Mông, Dao ở các xã vùng cao và về tăng cường công tác dân vận trong thực hiện các dự án thu hồi đất. Ban cũng hướng dẫn các cấp ủy triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.
Khối dân vận các cấp đã nắm bắt, phản ánh 37 vụ việc liên quan đến đất đai, tôn giáo; phối hợp giải quyết dứt điểm 33 vụ việc. Toàn tỉnh có 2.417 mô hình "Dân vận khéo" được công nhận, trong đó 1.126 mô hình ở vùng đồng bào dân tộc thiểu số. Nhân dân hiến 54.600 m2 đất, đóng góp trên 38 tỷ đồng xây dựng nông thôn mới.
Tại hội nghị, đồng chí Hoàng Văn Chiến, HUV, Trưởng Ban Dân vận Huyện ủy Lâm Bình, chia sẻ kinh nghiệm vận động 412 hộ đồng bào Tày, Dao ở xã Thượng Lâm, xã Hồng Quang bỏ hủ tục trong tang ma. Ông Triệu Tiến Lâm, người có uy tín thôn Khuổi Củng, xã Hồng Quang, cho biết bà con đã tự nguyện rút ngắn thời gian tổ chức đám ma từ 5 ngày xuống còn 2 ngày.
Đồng chí Lý Văn Hòa, vừa được bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở, trong đó 141/141 xã, phường, thị trấn đã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Phát biểu kết luận, đồng chí Hà Thị Bình yêu cầu năm 2022 khối dân vận bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, tập trung vận động đồng bào dân tộc thiểu số phát triển kinh tế rừng, không để xảy ra di cư tự do; phát huy vai trò của 1.054 người có uy tín trong tỉnh.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 23 cá nhân. Các đồng chí Đặng Văn Sơn, Ma Thị Liên trao giấy khen cho các tập thể, cá nhân.
Hải Yến
Lượt xem: 1.376
Tin khác
- Na Hang: đối thoại với nhân dân về giải phóng mặt bằng (22/12/2021)
- Hàm Yên sơ kết mô hình "Dân vận khéo" (15/12/2021)
- Chiêm Hóa: gặp mặt người có uy tín năm 2021 (08/12/2021)
""", "2021-12-30", "Năm 2021: công tác dân vận góp phần giữ vững ổn định vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2021", "2021-12-28"),
[P("Hà Thị Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Chiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Lâm Bình"),
 P("Triệu Tiến Lâm", "người có uy tín thôn Khuổi Củng"),
 P("Lý Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("37 vụ việc", 37, "vụ việc"), Q("33 vụ việc", 33, "vụ việc"),
 Q("2.417 mô hình", 2417, "mô hình"), Q("1.126 mô hình", 1126, "mô hình"), Q("54.600 m2", 54600, "m2"),
 Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"), Q("412 hộ đồng bào Tày, Dao", 412, "hộ đồng bào Tày, Dao"),
 Q("141/141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("1.054 người có uy tín", 1054, "người có uy tín"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chương trình hành động", "06", "CTr/TU", "2021-04-20", "Tỉnh ủy", "Chương trình hành động số 06-CTr/TU ngày 20/4/2021"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW")],
[prov("Tuyên Quang"), com("Thượng Lâm"), com("Hồng Quang")],
["BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ > Tin tức > Hoạt động của Ban", "Toàn cảnh hội nghị. Ảnh: Hải Yến", "Dân vận khéo",
 "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.376"],
["Thứ Năm, 30/12/2021 - 15:00", "năm 2021", "năm 2022", "5 ngày", "2 ngày", "lần thứ XVII", "Lượt xem: 1.376"]))

PAGES.append(page("b1507-kontum-bdv-giaoban-thang8-2022", """
Báo Kon Tum điện tử
Chính trị | Xây dựng Đảng
Cập nhật: 17:20, 31/08/2022 (GMT+7)
Ban Dân vận Tỉnh ủy giao ban công tác tháng 8
BKT - Sáng 30/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận tháng 8/2022. Đồng chí Nguyễn Thị Kiều Oanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Nguyễn Thị Kiều Oanh kết luận hội nghị giao ban.
Theo báo cáo, trong tháng, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 56-KH/BDVTU về khảo sát tình hình đời sống của đồng bào tái định cư các công trình thủy điện Plei Krông, Thượng Kon Tum; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh sơ kết 2 năm thực hiện Quy chế phối hợp số 12-QC/BDVTU-BCHBĐBP về công tác dân vận ở khu vực biên giới.
Qua khảo sát tại 9 khu tái định cư ở các xã Đăk Kôi, Măng Bút, Ngọc Tem, đoàn đã ghi nhận 286 hộ đồng bào Xơ Đăng, Ba Na tái định cư thủy điện Thượng Kon Tum cơ bản ổn định chỗ ở; tuy nhiên 74 hộ còn thiếu đất sản xuất, 2 khu chưa có nước sinh hoạt hợp vệ sinh. Người dân kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất và bồi thường phần diện tích bị ngập còn vướng mắc khoảng 31,5 ha.
Cũng trong tháng 8, khối dân vận các cấp đã phối hợp tổ chức 17 hội nghị đối thoại ở cơ sở, tiếp nhận 63 ý kiến, kiến nghị; vận động người dân hiến 12.500 m2 đất làm đường giao thông nông thôn. Các đồn biên phòng đã duy trì 23 tổ tự quản đường biên, cột mốc với trên 200 hộ gia đình tham gia.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Thuyên, Trần Văn Thọ báo cáo công tác nắm tình hình tư tưởng nhân dân và tình hình tôn giáo trên địa bàn. Đồng chí Y Bích, Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, thông tin về việc chuẩn bị hội nghị biểu dương người có uy tín vào tháng 10.
Kết luận hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị tháng 9 tập trung hoàn thiện báo cáo khảo sát tình hình tái định cư để tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo giải quyết; tiếp tục thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận; chủ động nắm tình hình dư luận xã hội, không để bị động, bất ngờ.
Đồng chí cũng lưu ý cán bộ, công chức trong Ban nêu cao tinh thần trách nhiệm, bám sát cơ sở, nhất là các xã biên giới huyện Ia H'Drai, Sa Thầy.
Ngọc Phương
Tin khác
- Kon Plông: gặp mặt người có uy tín năm 2022 (25/08/2022)
- Đăk Glei ra mắt tổ dân vận thôn ở xã biên giới (18/08/2022)
- Tu Mơ Rông tổng kết mô hình "Dân vận khéo" (11/08/2022)
- Giao ban công tác dân vận tháng 7/2022 (29/07/2022)
""", "2022-08-31", "Ban Dân vận Tỉnh ủy giao ban công tác tháng 8",
E("giao_ban", "2022-08", "2022-08-30"),
[P("Nguyễn Thị Kiều Oanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thọ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Bích", "Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("9 khu tái định cư", 9, "khu tái định cư"), Q("286 hộ đồng bào Xơ Đăng, Ba Na tái định cư", 286, "hộ đồng bào Xơ Đăng, Ba Na tái định cư"),
 Q("74 hộ", 74, "hộ"), Q("2 khu", 2, "khu"), Q("khoảng 31,5 ha", 31.5, "ha", "approx"), Q("17 hội nghị đối thoại", 17, "hội nghị đối thoại"),
 Q("63 ý kiến, kiến nghị", 63, "ý kiến, kiến nghị"), Q("12.500 m2", 12500, "m2"),
 Q("23 tổ tự quản đường biên, cột mốc", 23, "tổ tự quản đường biên, cột mốc"), Q("trên 200 hộ gia đình", 200, "hộ gia đình", "over")],
[D("Kế hoạch", "56", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU"),
 D("Quy chế phối hợp", "12", "QC/BDVTU-BCHBĐBP", None, None, "Quy chế phối hợp số 12-QC/BDVTU-BCHBĐBP"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019")],
[prov("Kon Tum"), com("Đăk Kôi"), com("Măng Bút"), com("Ngọc Tem")],
["Báo Kon Tum điện tử", "Chính trị | Xây dựng Đảng", "BKT", "Đồng chí Nguyễn Thị Kiều Oanh kết luận hội nghị giao ban.",
 "Nghị quyết Trung ương 7 khóa XI", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
["Cập nhật: 17:20, 31/08/2022 (GMT+7)", "tháng 8/2022", "2 năm", "tháng 10", "tháng 9", "khóa XI"]))

PAGES.append(page("b1508-hoabinh-dabac-traoqua-2022", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ › Xã hội › Dân tộc - Miền núi
21/01/2022 | 09:55
Ấm áp quà Tết cho đồng bào tái định cư vùng lòng hồ Đà Bắc
(HBĐT) - Ngày 19/1, đoàn công tác của Tỉnh ủy do đồng chí Bùi Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà Tết Nhâm Dần cho người có uy tín và hộ đồng bào tái định cư vùng lòng hồ sông Đà tại huyện Đà Bắc.
Đồng chí Bùi Thị Thu tặng quà người có uy tín xã Tiền Phong.
Cùng đi có đồng chí Xa Văn Khiêm, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Đà Bắc; đồng chí Đinh Công Sứ, Phó Chủ tịch UBND huyện.
Tại xã Tiền Phong và xã Hiền Lương, đoàn đã trao 120 suất quà cho hộ tái định cư có hoàn cảnh khó khăn, mỗi suất trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm; tặng 46 người có uy tín mỗi người một phần quà trị giá 800.000 đồng. Tổng giá trị quà trao trong chuyến công tác trên 108 triệu đồng, được trích từ Quỹ "Vì người nghèo" tỉnh và nguồn vận động của các doanh nghiệp.
Đà Bắc là huyện vùng cao, đồng bào Mường, Tày, Dao chiếm trên 90% dân số. Hơn 40 năm trước, hàng nghìn hộ dân ở đây đã rời bỏ ruộng vườn, mồ mả tổ tiên, di chuyển lên vùng cao để nhường đất cho công trình thủy điện Hòa Bình. Đến nay, nhiều xóm tái định cư ven hồ vẫn còn khó khăn, tỷ lệ hộ nghèo ở một số xã vẫn trên 30%.
Thay mặt đoàn công tác, đồng chí Bùi Thị Thu ghi nhận những hy sinh, đóng góp của đồng bào vùng lòng hồ; mong muốn người có uy tín tiếp tục vận động con cháu, bà con trong xóm đón Tết vui tươi, an toàn, tiết kiệm, không để dịch Covid-19 lây lan; thực hiện tốt Chỉ thị số 12-CT/TU ngày 05/01/2022 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Nhâm Dần năm 2022.
Ông Xa Văn Tiến, người có uy tín xóm Mó Lăng, xã Tiền Phong, xúc động cho biết: "Năm nào Tết đến cũng được Đảng, Nhà nước quan tâm. Bà con vùng hồ giờ đã có điện, có đường bê tông, con cháu được đi học. Chúng tôi sẽ vận động nhau giữ rừng, nuôi cá lồng để thoát nghèo".
Được biết, dịp Tết Nhâm Dần, Ban Thường trực Ủy ban MTTQ huyện Đà Bắc đã phối hợp với các đoàn thể tổ chức thăm, tặng 1.350 suất quà cho hộ nghèo, hộ cận nghèo trên địa bàn với tổng trị giá khoảng 540 triệu đồng; triển khai hỗ trợ làm 15 ngôi nhà "Đại đoàn kết".
Cùng ngày, đoàn đã đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Công an xã Hiền Lương đang làm nhiệm vụ tại các chốt kiểm soát dịch.
Đinh Thắng
Tin liên quan
- Mai Châu: tặng 300 suất quà cho hộ nghèo (18/01/2022)
- Lạc Sơn: gặp mặt người có uy tín năm 2022 (14/01/2022)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2021 (30/12/2021)
""", "2022-01-21", "Ấm áp quà Tết cho đồng bào tái định cư vùng lòng hồ Đà Bắc",
E("trao_qua", None, "2022-01-19"),
[P("Bùi Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Xa Văn Khiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Đà Bắc"),
 P("Đinh Công Sứ", "Phó Chủ tịch UBND huyện"),
 P("Xa Văn Tiến", "người có uy tín xóm Mó Lăng")],
[Q("120 suất quà", 120, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("46 người có uy tín", 46, "người có uy tín"),
 Q("800.000 đồng", 800000, "đồng"), Q("trên 108 triệu đồng", 108000000, "đồng", "over"), Q("trên 90%", 90, "%", "over"),
 Q("trên 30%", 30, "%", "over"), Q("1.350 suất quà", 1350, "suất quà"), Q("khoảng 540 triệu đồng", 540000000, "đồng", "approx"),
 Q("15 ngôi nhà", 15, "ngôi nhà")],
[D("Chỉ thị", "12", "CT/TU", "2022-01-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 05/01/2022")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Hiền Lương")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Miền núi", "(HBĐT)", "Đồng chí Bùi Thị Thu tặng quà người có uy tín xã Tiền Phong.",
 "Vì người nghèo", "Đại đoàn kết", "Đồn Công an xã Hiền Lương"],
["21/01/2022 | 09:55", "Hơn 40 năm", "năm 2022", "Covid-19", "một phần quà"]))

PAGES.append(page("b1509-gialai-bienphong-soket-2023", """
BÁO GIA LAI ĐIỆN TỬ
Quốc phòng - An ninh › Biên giới
Thứ Sáu, 14/07/2023 | 10:25
Đại tá Rơ Châm Hùng phát biểu tại hội nghị.
Bộ đội Biên phòng Gia Lai: Làm tốt công tác dân vận, xây dựng thế trận lòng dân nơi biên giới
(GLO) - Ngày 13/7, Đảng ủy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đại tá Rơ Châm Hùng, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh chủ trì. Dự hội nghị có đồng chí Rah Lan Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo của Đảng ủy cho thấy, 6 tháng qua các đồn biên phòng đã cử 146 lượt cán bộ tăng cường về 14 xã biên giới của các huyện Chư Prông, Đức Cơ, Ia Grai; tham mưu cấp ủy, chính quyền xã thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới và Nghị quyết số 15-NQ/ĐU của Đảng ủy Bộ đội Biên phòng tỉnh về công tác vận động quần chúng.
Cán bộ, chiến sĩ đã giúp dân 4.300 ngày công thu hoạch nông sản, làm đường; xây dựng và bàn giao 14 căn nhà "Mái ấm biên cương" cho hộ nghèo, mỗi căn trị giá 60 triệu đồng; nhận đỡ đầu 38 học sinh trong chương trình "Nâng bước em tới trường" và 12 cháu trong chương trình "Con nuôi đồn Biên phòng". Các đồn đã phối hợp tổ chức 96 buổi tuyên truyền với hơn 5.200 lượt người nghe.
Đáng chú ý, các đồn biên phòng đã phát huy vai trò của 142 người có uy tín ở các làng biên giới; nhờ tin báo của người dân, lực lượng chức năng đã phát hiện, xử lý 7 vụ với 19 đối tượng xuất, nhập cảnh trái phép. Tại xã Ia Púch và xã Ia Mơ, mô hình "Dân vận khéo" về vận động đồng bào Jrai bỏ tục chuộc lỗi đã được nhân rộng.
Tham luận tại hội nghị, Thiếu tá Siu Nhưn, Chính trị viên Đồn Biên phòng Ia Nan, nêu cách làm "3 cùng" của tổ công tác đồn với đồng bào. Ông Kpuih Thơm, người có uy tín làng Sơn, xã Ia Dom, cho biết: "Có bộ đội ở cùng, bà con yên tâm làm rẫy, không ai dám nghe lời kẻ xấu đi qua biên giới".
Phát biểu tại hội nghị, đồng chí Rah Lan Hoa đánh giá cao sự phối hợp giữa Ban Dân vận Tỉnh ủy và Bộ đội Biên phòng tỉnh trong thực hiện Quy chế phối hợp số 09-QCPH/BDVTU-ĐUBĐBP, đề nghị thời gian tới tiếp tục chú trọng công tác nắm tình hình, kịp thời phát hiện các hoạt động lợi dụng tôn giáo.
Kết luận hội nghị, Chính ủy Rơ Châm Hùng yêu cầu 6 tháng cuối năm các đồn tiếp tục bám địa bàn, thực hiện tốt mô hình "Đồn Biên phòng kết nghĩa làng"; mỗi đồn phấn đấu có ít nhất 1 mô hình dân vận khéo gắn với xây dựng nông thôn mới.
Dịp này, Bộ đội Biên phòng tỉnh khen thưởng 6 tập thể và 11 cá nhân.
Hoàng Hoài - Đức Thụy
Tin liên quan
- Đồn Biên phòng Ia Lâu trao 2 con bò giống cho hộ nghèo (07/07/2023)
- Đức Cơ: ra mắt tổ tự quản đường biên, mốc quốc giới (30/06/2023)
- Chư Prông gặp mặt người có uy tín khu vực biên giới (23/06/2023)
""", "2023-07-14", "Bộ đội Biên phòng Gia Lai: Làm tốt công tác dân vận, xây dựng thế trận lòng dân nơi biên giới",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Rơ Châm Hùng", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh", "Chính ủy"),
 P("Rah Lan Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Nhưn", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ia Nan"),
 P("Kpuih Thơm", "người có uy tín làng Sơn")],
[Q("146 lượt cán bộ", 146, "lượt cán bộ"), Q("14 xã biên giới", 14, "xã biên giới"), Q("4.300 ngày công", 4300, "ngày công"),
 Q("14 căn nhà", 14, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("38 học sinh", 38, "học sinh"), Q("12 cháu", 12, "cháu"),
 Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"), Q("hơn 5.200 lượt người", 5200, "lượt người", "over"),
 Q("142 người có uy tín", 142, "người có uy tín"), Q("7 vụ", 7, "vụ"), Q("19 đối tượng", 19, "đối tượng"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Nghị quyết số 15-NQ/ĐU"),
 D("Quy chế phối hợp", "09", "QCPH/BDVTU-ĐUBĐBP", None, None, "Quy chế phối hợp số 09-QCPH/BDVTU-ĐUBĐBP")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Mơ"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Quốc phòng - An ninh › Biên giới", "Đại tá Rơ Châm Hùng phát biểu tại hội nghị.", "(GLO)",
 "Mái ấm biên cương", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Dân vận khéo", "Đồn Biên phòng kết nghĩa làng"],
["Thứ Sáu, 14/07/2023 | 10:25", "6 tháng đầu năm 2023", "6 tháng cuối năm", "3 cùng", "ít nhất 1 mô hình"]))

PAGES.append(page("b1510-hagiang-quanba-doithoai-2023", """
Cổng Thông tin điện tử huyện Quản Bạ
Tin tức - Sự kiện / Hoạt động của lãnh đạo huyện
Ngày 19/05/2023 | 16:20
Chủ tịch UBND huyện đối thoại với người dân vùng dự án hồ chứa nước
Ngày 17/5/2023, tại xã Cán Tỷ, đồng chí Lý Mí Sính, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Quản Bạ đã chủ trì hội nghị đối thoại với các hộ dân bị ảnh hưởng bởi dự án hồ chứa nước sinh hoạt Cán Tỷ. Đây là cuộc đối thoại thứ hai trong năm 2023 theo Kế hoạch số 34/KH-UBND ngày 20/02/2023 của UBND huyện.
Đồng chí Lý Mí Sính trả lời ý kiến của người dân.
Dự đối thoại có đồng chí Vàng Thị Dính, HUV, Trưởng Ban Dân vận Huyện ủy; lãnh đạo các phòng, ban chuyên môn, Đảng ủy, UBND xã Cán Tỷ, xã Lùng Tám và 87 hộ dân các thôn Sán Trồ, Lùng Cúng, Thào Chư Phìn.
Theo báo cáo của Ban quản lý dự án, công trình hồ chứa nước có tổng vốn đầu tư 68 tỷ đồng, thu hồi 14,2 ha đất của 93 hộ; trong đó 21 hộ phải di chuyển chỗ ở đến khu tái định cư Lùng Cúng. Đến nay đã chi trả tiền bồi thường, hỗ trợ cho 78 hộ với tổng số tiền 9,65 tỷ đồng, còn 15 hộ chưa nhận tiền do chưa thống nhất về giá đất và nguồn gốc đất.
Tại buổi đối thoại, 11 lượt ý kiến của người dân tập trung vào mức giá bồi thường cây trồng, vật nuôi; vị trí khu tái định cư; việc hỗ trợ chuyển đổi nghề. Ông Thào Mí Pó, thôn Sán Trồ, cho rằng mức hỗ trợ di chuyển mồ mả còn thấp so với phong tục của đồng bào Mông. Bà Sùng Thị Mỷ, thôn Lùng Cúng, đề nghị làm đường vào khu tái định cư trước khi bà con chuyển đến.
Trả lời các ý kiến, đồng chí Lý Mí Sính cho biết việc bồi thường được thực hiện theo Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ và Quyết định số 15/2022/QĐ-UBND ngày 21/6/2022 của UBND tỉnh; những kiến nghị vượt thẩm quyền sẽ được tổng hợp báo cáo UBND tỉnh Hà Giang. Huyện cam kết hoàn thành đường vào khu tái định cư trước ngày 30/8/2023, hỗ trợ thêm 5 triệu đồng/hộ cho các hộ di chuyển mồ mả từ nguồn xã hội hóa.
Đồng chí Vàng Thị Dính đề nghị Mặt trận, các đoàn thể và người có uy tín trong các dòng họ Thào, Sùng, Vàng tiếp tục vận động bà con đồng thuận, sớm bàn giao mặt bằng. Ông Sùng Mí Chứ, người có uy tín thôn Thào Chư Phìn, bày tỏ đồng tình và cam kết cùng cán bộ thôn đến từng nhà vận động.
Kết thúc buổi đối thoại, có thêm 9 hộ ký biên bản đồng ý nhận tiền bồi thường. UBND huyện giao Phòng Tài nguyên và Môi trường phối hợp với xã Cán Tỷ rà soát, trả lời bằng văn bản các ý kiến còn lại trong 15 ngày.
Văn phòng HĐND - UBND huyện
Tin khác
- Quản Bạ ra quân xây dựng nông thôn mới năm 2023 (12/05/2023)
- Hội nghị giao ban khối dân vận quý I (07/04/2023)
- Tùng Vài: vận động nhân dân hiến đất làm đường (29/03/2023)
""", "2023-05-19", "Chủ tịch UBND huyện đối thoại với người dân vùng dự án hồ chứa nước",
E("doi_thoai", "2023", "2023-05-17"),
[P("Lý Mí Sính", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Quản Bạ"),
 P("Vàng Thị Dính", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào Mí Pó"), P("Sùng Thị Mỷ"),
 P("Sùng Mí Chứ", "người có uy tín thôn Thào Chư Phìn")],
[Q("87 hộ dân", 87, "hộ dân"), Q("68 tỷ đồng", 68000000000, "đồng"), Q("14,2 ha", 14.2, "ha"), Q("93 hộ", 93, "hộ"),
 Q("21 hộ", 21, "hộ"), Q("78 hộ", 78, "hộ"), Q("9,65 tỷ đồng", 9650000000, "đồng"), Q("15 hộ", 15, "hộ"),
 Q("11 lượt ý kiến", 11, "lượt ý kiến"), Q("5 triệu đồng/hộ", 5000000, "đồng"), Q("9 hộ", 9, "hộ")],
[D("Kế hoạch", "34", "KH-UBND", "2023-02-20", "UBND huyện", "Kế hoạch số 34/KH-UBND ngày 20/02/2023"),
 D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014"),
 D("Quyết định", "15", "2022/QĐ-UBND", "2022-06-21", "UBND tỉnh", "Quyết định số 15/2022/QĐ-UBND ngày 21/6/2022")],
[prov("Hà Giang"), com("Cán Tỷ"), com("Lùng Tám")],
["Cổng Thông tin điện tử huyện Quản Bạ", "Tin tức - Sự kiện / Hoạt động của lãnh đạo huyện", "Đồng chí Lý Mí Sính trả lời ý kiến của người dân.",
 "Phòng Tài nguyên và Môi trường"],
["Ngày 19/05/2023 | 16:20", "thứ hai", "năm 2023", "15 ngày"]))
