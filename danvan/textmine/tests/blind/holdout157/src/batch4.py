from lib import *
PAGES = []

PAGES.append(page("b3743-angiang-xa-chauphong-baocao-2024-02", """
TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ TÂN CHÂU - AN GIANG
Trang chủ › Tin tức › Hoạt động xã, phường
Thứ Tư, 28/02/2024 - 14:30
Ảnh: Khối dân vận xã thăm, tặng quà hộ đồng bào Chăm nghèo ấp Phũm Soài.
Châu Phong: Khối dân vận báo cáo kết quả tháng 2/2024
Khối dân vận Đảng ủy xã Châu Phong vừa có báo cáo kết quả công tác dân vận tháng 2 năm 2024 (Báo cáo số 04-BC/KDV ngày 26/02/2024). Châu Phong có 7 ấp, trong đó 5 ấp có đồng bào Chăm theo đạo Hồi (Islam) sinh sống với 7 thánh đường, tiểu thánh đường.
1. Kết quả nổi bật trong tháng
1.1. Tổ chức chu đáo các hoạt động mừng Đảng, mừng Xuân Giáp Thìn; phối hợp trao 620 phần quà Tết cho hộ nghèo, cận nghèo, gia đình chính sách, tổng trị giá gần 310 triệu đồng (mỗi phần 500.000 đồng); trong đó 180 phần quà dành cho hộ đồng bào Chăm.
1.2. Quán triệt Chỉ thị số 12-CT/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy An Giang về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số, tôn giáo đến 100% chi bộ ấp.
1.3. Thực hiện Quyết định số 152/QĐ-UBND ngày 22/01/2024 của UBND thị xã Tân Châu, vận động 41 hộ di dời khỏi vùng sạt lở bờ sông Tiền; hỗ trợ mỗi hộ 20 triệu đồng.
1.4. Phối hợp Ban Đại diện Cộng đồng Hồi giáo (Islam) xã tổ chức gặp mặt 35 chức sắc, chức việc; ông Ha Ly Sa, Hakim thánh đường Mubarak, và ông Mu Sa Ly, Phó Ban Đại diện, cam kết vận động bà con chấp hành pháp luật, không nghe theo các nhóm truyền đạo lạ.
1.5. Các tổ dân vận ấp hòa giải thành 4/5 vụ việc mâu thuẫn trong nhân dân; Ủy ban nhân dân xã tiếp 17 lượt công dân, nhận 6 đơn thư.
1.6. Vận động nhân dân đóng góp khoảng 1,2 tỷ đồng xây dựng 2 cây cầu bê tông và 3,6 km đường giao thông nông thôn.
Nhìn chung, tình hình tư tưởng nhân dân trong dịp Tết ổn định, phấn khởi; các hoạt động tôn giáo diễn ra đúng quy định. Đồng bào Chăm và đồng bào Kinh trên địa bàn đoàn kết, giúp nhau phát triển nghề dệt thổ cẩm, buôn bán nhỏ và nuôi cá bè trên sông.
2. Hạn chế: một số hộ chưa đồng thuận di dời; việc nắm tình hình lao động đi làm ăn ở Malaysia chưa đầy đủ.
3. Nhiệm vụ tháng 3/2024
- Tổ chức Tháng Ramadan an toàn, tiết kiệm; thăm các thánh đường nhân dịp lễ Ramadan;
- Kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, ra quân "Tháng Thanh niên";
- Tiếp tục vận động các hộ còn lại di dời trước mùa mưa; rà soát 30 hộ có nhà dột nát đề nghị hỗ trợ.
Báo cáo do bà Sa Ly Ma, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận xã Châu Phong ký. Tham gia khối có ông Ha Ru Na, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Ngọc Hà
Lượt xem: 509
Tin liên quan
- Tân Châu: họp mặt chức sắc Hồi giáo nhân dịp Tết (02/02/2024)
- Châu Phong báo cáo công tác dân vận tháng 1/2024 (30/01/2024)
""", "2024-02-28", "Châu Phong: Khối dân vận báo cáo kết quả tháng 2/2024",
E("bao_cao", "2024-02", "2024-02-26"),
[P("Ha Ly Sa", "Hakim thánh đường Mubarak"),
 P("Mu Sa Ly", "Phó Ban Đại diện"),
 P("Sa Ly Ma", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận xã Châu Phong"),
 P("Ha Ru Na", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("7 ấp", 7, "ấp"), Q("5 ấp", 5, "ấp"), Q("7 thánh đường, tiểu thánh đường", 7, "thánh đường, tiểu thánh đường"),
 Q("620 phần quà", 620, "phần quà"), Q("gần 310 triệu đồng", 310000000, "đồng", "approx"), Q("500.000 đồng", 500000, "đồng"),
 Q("180 phần quà", 180, "phần quà"), Q("100%", 100, "%"), Q("41 hộ", 41, "hộ"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("35 chức sắc, chức việc", 35, "chức sắc, chức việc"), Q("4/5 vụ việc mâu thuẫn", 4, "vụ việc mâu thuẫn"),
 Q("17 lượt công dân", 17, "lượt công dân"), Q("6 đơn thư", 6, "đơn thư"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("3,6 km", 3.6, "km"), Q("30 hộ", 30, "hộ")],
[D("Báo cáo", "04", "BC/KDV", "2024-02-26", "Khối dân vận Đảng ủy xã Châu Phong", "Báo cáo số 04-BC/KDV ngày 26/02/2024"),
 D("Chỉ thị", "12", "CT/TU", "2024-01-05", "Ban Thường vụ Tỉnh ủy An Giang", "Chỉ thị số 12-CT/TU ngày 05/01/2024"),
 D("Quyết định", "152", "QĐ-UBND", "2024-01-22", "UBND thị xã Tân Châu", "Quyết định số 152/QĐ-UBND ngày 22/01/2024")],
[prov("An Giang"), com("Châu Phong")],
["TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ TÂN CHÂU - AN GIANG", "Trang chủ › Tin tức › Hoạt động xã, phường",
 "Ảnh: Khối dân vận xã thăm, tặng quà hộ đồng bào Chăm nghèo ấp Phũm Soài.", "Ban Đại diện Cộng đồng Hồi giáo (Islam) xã",
 "Tháng Thanh niên", "Tháng Ramadan", "Lượt xem: 509"],
["Thứ Tư, 28/02/2024 - 14:30", "tháng 2 năm 2024", "tháng 3/2024", "93 năm", "1.1.", "1.6.", "Lượt xem: 509"]))

PAGES.append(page("b3744-yenbai-xa-suoigiang-baocao-2024-09", """
ĐẢNG BỘ HUYỆN VĂN CHẤN - TỈNH YÊN BÁI
Trang chủ >> Tin tức >> Xây dựng Đảng
27/09/2024 - 10:05
Suối Giàng: Khối dân vận báo cáo công tác tháng 9 - dồn sức khắc phục hậu quả bão số 3
Ngày 25/9/2024, Khối dân vận Đảng ủy xã Suối Giàng (huyện Văn Chấn, tỉnh Yên Bái) có báo cáo công tác dân vận tháng 9/2024. Hoàn lưu bão số 3 (Yagi) gây mưa lớn, sạt lở đất làm 43 nhà dân bị hư hỏng, 5 hộ phải di dời khẩn cấp, khoảng 12 ha chè Shan tuyết bị vùi lấp.
Những việc khối dân vận đã làm:
1. Ngay trong đêm 9/9, khối huy động 86 đảng viên, đoàn viên, dân quân cùng Công an xã giúp 5 hộ ở bản Giàng A, bản Pang Cáng di dời người, tài sản đến nơi an toàn; không có thiệt hại về người.
2. Ủy ban MTTQ xã tiếp nhận và phân bổ hơn 500 triệu đồng, 3,5 tấn gạo, 400 thùng mì tôm, 200 thùng nước uống của các tổ chức, cá nhân; trao tận tay 43 hộ bị thiệt hại, mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng.
3. Thực hiện Công điện của Thủ tướng Chính phủ và Kế hoạch số 188-KH/HU ngày 12/9/2024 của Ban Thường vụ Huyện ủy Văn Chấn về khắc phục hậu quả bão số 3, khối vận động 120 hộ góp 650 ngày công dọn bùn đất, thông 4,2 km đường liên bản.
4. Thăm hỏi, động viên các hộ bị thiệt hại; tổ chức 6 buổi họp bản tuyên truyền kỹ năng phòng tránh sạt lở; Hội Nông dân xã hướng dẫn 30 hộ khôi phục vườn chè.
5. Tiếp 4 lượt công dân; không có đơn thư. Tình hình an ninh trật tự ổn định, nhân dân tin tưởng vào sự lãnh đạo của cấp ủy, chính quyền.
Đồng chí Giàng A Của, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã cho biết, những ngày mưa lũ, già làng Hờ A Lử ở bản Giàng A đã đi từng nhà thuyết phục bà con rời khỏi vùng nguy hiểm. Chị Sùng Thị Mỷ, Chủ tịch Hội LHPN xã cùng hội viên nấu hàng trăm suất cơm cho các hộ phải sơ tán.
Đánh giá chung, trong hoàn cảnh thiên tai, công tác dân vận đã phát huy rõ vai trò "cầu nối", tạo sự đồng thuận cao trong nhân dân. Hạn chế là việc cảnh báo sớm ở các bản vùng cao còn chậm, một số hộ còn chủ quan, chưa muốn rời khỏi nhà khi có nguy cơ sạt lở.
Nhiệm vụ tháng 10/2024:
1. Tiếp tục vận động nhân dân khắc phục hậu quả thiên tai; xây dựng lại 7 nhà bị sập hoàn toàn trước ngày 30/11.
2. Tổ chức kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10) và biểu dương điển hình "Dân vận khéo".
3. Triển khai Chỉ thị 35, 36-CT/HU của Ban Thường vụ Huyện ủy về tái định cư cho các hộ vùng sạt lở và về phục hồi sản xuất chè.
4. Tiếp tục thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát"; rà soát 18 hộ có nhà tạm.
Vàng Thị Dung
Đã xem: 1.376
Bài viết liên quan
- Văn Chấn: hơn 3.000 đoàn viên giúp dân khắc phục hậu quả bão số 3 (16/09/2024)
- Suối Giàng báo cáo công tác dân vận tháng 8/2024 (28/08/2024)
""", "2024-09-27", "Suối Giàng: Khối dân vận báo cáo công tác tháng 9 - dồn sức khắc phục hậu quả bão số 3",
E("bao_cao", "2024-09", "2024-09-25"),
[P("Giàng A Của", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Hờ A Lử", "già làng"),
 P("Sùng Thị Mỷ", "Chủ tịch Hội LHPN xã")],
[Q("43 nhà dân", 43, "nhà dân"), Q("5 hộ", 5, "hộ"), Q("khoảng 12 ha", 12, "ha", "approx"), Q("86 đảng viên, đoàn viên, dân quân", 86, "đảng viên, đoàn viên, dân quân"),
 Q("hơn 500 triệu đồng", 500000000, "đồng", "over"), Q("3,5 tấn", 3.5, "tấn"), Q("400 thùng mì tôm", 400, "thùng mì tôm"),
 Q("200 thùng nước uống", 200, "thùng nước uống"), Q("43 hộ", 43, "hộ"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("120 hộ", 120, "hộ"), Q("650 ngày công", 650, "ngày công"), Q("4,2 km", 4.2, "km"), Q("6 buổi họp bản", 6, "buổi họp bản"),
 Q("30 hộ", 30, "hộ"), Q("4 lượt công dân", 4, "lượt công dân"), Q("7 nhà", 7, "nhà"), Q("18 hộ", 18, "hộ")],
[D("Kế hoạch", "188", "KH/HU", "2024-09-12", "Ban Thường vụ Huyện ủy Văn Chấn", "Kế hoạch số 188-KH/HU ngày 12/9/2024"),
 D("Chỉ thị", "35", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 35, 36-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "36", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 35, 36-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Yên Bái"), com("Suối Giàng")],
["ĐẢNG BỘ HUYỆN VĂN CHẤN - TỈNH YÊN BÁI", "Trang chủ >> Tin tức >> Xây dựng Đảng", "Yagi", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Công điện của Thủ tướng Chính phủ", "Đã xem: 1.376"],
["27/09/2024 - 10:05", "bão số 3", "tháng 9/2024", "đêm 9/9", "hàng trăm suất cơm", "tháng 10/2024", "trước ngày 30/11", "94 năm",
 "(15/10)", "Đã xem: 1.376"]))

PAGES.append(page("b3745-tuyenquang-xa-maudue-baocao-2025-09", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MẬU DUỆ - TỈNH TUYÊN QUANG
Trang chủ / Hoạt động của Đảng ủy / Dân vận
Thứ Hai, 29/09/2025
Báo cáo kết quả công tác dân vận tháng 9, phương hướng nhiệm vụ tháng 10 năm 2025
Ngày 26/9/2025, Ban Xây dựng Đảng Đảng ủy xã Mậu Duệ - cơ quan thường trực Khối dân vận - ban hành Báo cáo số 06-BC/BXDĐ về kết quả công tác dân vận tháng 9/2025. Đây là tháng thứ ba xã Mậu Duệ mới (sáp nhập từ các xã Mậu Duệ, Mậu Long và Ngam La cũ) vận hành theo mô hình chính quyền địa phương hai cấp, sau khi tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác nắm tình hình: tư tưởng cán bộ, đảng viên và nhân dân cơ bản ổn định, đồng thuận với việc sắp xếp bộ máy; một số người dân ở các thôn xa trung tâm như Sủng Khúa, Khâu Rịa còn lo ngại về khoảng cách đi lại làm thủ tục hành chính (xa nhất gần 28 km).
2. Công tác tuyên truyền: tổ chức 9 hội nghị quán triệt Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII tới trên 1.300 đảng viên, hội viên; phát 1.500 tờ gấp song ngữ Việt - Mông về Trung tâm Phục vụ hành chính công xã.
3. Công tác dân vận chính quyền: Trung tâm Phục vụ hành chính công xã tiếp nhận 2.146 hồ sơ, giải quyết đúng hạn 98,6%; lập 3 điểm tiếp nhận lưu động tại các thôn vùng cao. Ủy ban nhân dân xã tiếp 21 lượt công dân, nhận 7 đơn thư, đã giải quyết 5 đơn thư.
4. Phong trào thi đua: Ủy ban MTTQ Việt Nam xã vận động xây mới 46 căn nhà cho hộ nghèo theo chương trình xóa nhà tạm, nhà dột nát, mỗi căn hỗ trợ 60 triệu đồng; nhân dân góp hơn 2.000 ngày công. Trao 85 suất quà Trung thu cho trẻ em nghèo.
Tại cuộc họp khối ngày 24/9, các đồng chí Phó Chủ tịch UBND xã: Vàng Mí Chứ, Lý Thị Mai đã báo cáo tiến độ giải quyết chế độ cho cán bộ không tái cử; ông Ly Seo Dình, người có uy tín thôn Sủng Khúa, kiến nghị sớm khắc phục tuyến đường bị sạt lở dài 600 m.
II. HẠN CHẾ
Việc phối hợp giữa Ban Xây dựng Đảng với Ủy ban MTTQ xã và các tổ chức chính trị - xã hội sau sắp xếp có lúc chưa nhịp nhàng; cán bộ mới chưa nắm hết địa bàn của xã cũ.
III. NHIỆM VỤ THÁNG 10/2025
1. Tổ chức kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2025).
2. Tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận; xây dựng Kế hoạch số 15-KH/ĐU về đăng ký mô hình "Dân vận khéo" năm 2026.
3. Vận động nhân dân thu hoạch ngô, chăm sóc chè Shan; phấn đấu 100% nhà tạm được khởi công trước ngày 31/10.
Đồng chí Chẩu Văn Lâm, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã ký báo cáo.
Lượt xem: 73
Tin liên quan
- Mậu Duệ: hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân (12/09/2025)
- Xã Mậu Duệ ra mắt Trung tâm Phục vụ hành chính công (01/07/2025)
""", "2025-09-29", "Báo cáo kết quả công tác dân vận tháng 9, phương hướng nhiệm vụ tháng 10 năm 2025",
E("bao_cao", "2025-09", "2025-09-26"),
[P("Vàng Mí Chứ", "Phó Chủ tịch UBND xã"),
 P("Lý Thị Mai", "Phó Chủ tịch UBND xã"),
 P("Ly Seo Dình", "người có uy tín thôn Sủng Khúa"),
 P("Chẩu Văn Lâm", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("gần 28 km", 28, "km", "approx"), Q("9 hội nghị", 9, "hội nghị"), Q("trên 1.300 đảng viên, hội viên", 1300, "đảng viên, hội viên", "over"),
 Q("1.500 tờ gấp song ngữ Việt - Mông", 1500, "tờ gấp song ngữ Việt - Mông"), Q("2.146 hồ sơ", 2146, "hồ sơ"), Q("98,6%", 98.6, "%"),
 Q("3 điểm tiếp nhận lưu động", 3, "điểm tiếp nhận lưu động"), Q("21 lượt công dân", 21, "lượt công dân"), Q("7 đơn thư", 7, "đơn thư"),
 Q("5 đơn thư", 5, "đơn thư"), Q("46 căn nhà", 46, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 2.000 ngày công", 2000, "ngày công", "over"), Q("85 suất quà", 85, "suất quà"), Q("600 m", 600, "m"), Q("100%", 100, "%")],
[D("Báo cáo", "06", "BC/BXDĐ", "2025-09-26", "Ban Xây dựng Đảng Đảng ủy xã Mậu Duệ", "Báo cáo số 06-BC/BXDĐ"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW ngày 24/01/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "15", "KH/ĐU", None, None, "Kế hoạch số 15-KH/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Mậu Long"), com("Ngam La")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MẬU DUỆ - TỈNH TUYÊN QUANG", "Trang chủ / Hoạt động của Đảng ủy / Dân vận",
 "Trung tâm Phục vụ hành chính công xã", "Dân vận khéo", "Lượt xem: 73"],
["Thứ Hai, 29/09/2025", "tháng 9/2025", "tháng thứ ba", "hai cấp", "THÁNG 10/2025", "95 năm", "(15/10/1930 - 15/10/2025)",
 "năm 2026", "trước ngày 31/10", "Lượt xem: 73"]))

PAGES.append(page("b3746-vinhlong-xa-hungnhuong-giaoban-2025-11", """
Báo Vĩnh Long điện tử
Thời sự > Chính trị > Xây dựng Đảng
Ngày 28/11/2025 | 15:45
Ảnh: Quang cảnh cuộc họp khối dân vận xã Hưng Nhượng.
Xã Hưng Nhượng: Khối dân vận họp định kỳ, đánh giá công tác tháng 11
Ngày 26/11/2025, Khối dân vận Đảng ủy xã Hưng Nhượng, tỉnh Vĩnh Long tổ chức họp định kỳ đánh giá kết quả công tác dân vận tháng 11/2025, bàn nhiệm vụ tháng 12/2025. Đồng chí Huỳnh Thị Kim Loan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã - Trưởng khối dân vận chủ trì. Dự có đồng chí Trần Quốc Bảo, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long.
Xã Hưng Nhượng (trước đây thuộc huyện Giồng Trôm, tỉnh Bến Tre) được thành lập trên cơ sở sáp nhập các xã Hưng Nhượng, Hưng Lễ, Hưng Phong cũ; từ ngày 01/7/2025 thuộc tỉnh Vĩnh Long mới, gồm Vĩnh Long, Bến Tre và Trà Vinh.
Báo cáo tại cuộc họp cho biết, trong tháng 11 khối dân vận đã:
(1) Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 18/18 ấp, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam; biểu dương 36 gia đình tiêu biểu, mỗi gia đình được tặng phần thưởng 300.000 đồng.
(2) Triển khai Hướng dẫn số 12-HD/BTGDVTU ngày 05/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong vận động, tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
(3) Vận động nhân dân các ấp ven sông Hàm Luông gia cố 2,7 km đê bao chống triều cường; huy động khoảng 540 triệu đồng, trong đó nhân dân góp 190 triệu đồng.
(4) Tổ chức 2 cuộc đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân về giải quyết thủ tục hành chính sau sắp xếp; tiếp nhận 31 ý kiến, kiến nghị, đã trả lời trực tiếp 24 ý kiến.
(5) Khảo sát 63 hộ trồng dừa bị ảnh hưởng xâm nhập mặn, đề xuất hỗ trợ giống mới.
Tại cuộc họp, ông Nguyễn Văn Bé Tư, Trưởng ấp Phước Hòa, phản ánh tình trạng sạt lở bờ sông kéo dài hơn 300 m; bà Thạch Thị Sa Mết, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị quan tâm các hộ đồng bào Khmer mới chuyển đến sinh sống.
Nhiệm vụ tháng 12/2025, khối dân vận thống nhất:
- Tuyên truyền kết quả Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội Đảng bộ xã;
- Thực hiện Kế hoạch 31, 32-KH/ĐU của Ban Thường vụ Đảng ủy xã về chuẩn bị bầu cử và về vận động nhân dân thực hiện Luật Thực hiện dân chủ ở cơ sở;
- Tổ chức thăm, tặng quà Tết Bính Ngọ sớm cho khoảng 400 hộ nghèo, cận nghèo;
- Tổng kết công tác dân vận năm 2025, đề xuất khen thưởng.
Phát biểu chỉ đạo, đồng chí Trần Quốc Bảo đề nghị khối dân vận xã chủ động nắm tình hình nhân dân sau sắp xếp, giải quyết dứt điểm kiến nghị ngay từ cơ sở, không để phát sinh điểm nóng trước kỳ bầu cử.
Minh Trí
Lượt xem: 412
Tin khác
- Vĩnh Long: 100% xã, phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc (20/11/2025)
- Hưng Nhượng: khối dân vận họp tháng 10/2025 (30/10/2025)
""", "2025-11-28", "Xã Hưng Nhượng: Khối dân vận họp định kỳ, đánh giá công tác tháng 11",
E("giao_ban", "2025-11", "2025-11-26"),
[P("Huỳnh Thị Kim Loan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã - Trưởng khối dân vận"),
 P("Trần Quốc Bảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Nguyễn Văn Bé Tư", "Trưởng ấp Phước Hòa"),
 P("Thạch Thị Sa Mết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("18/18 ấp", 18, "ấp"), Q("36 gia đình", 36, "gia đình"), Q("300.000 đồng", 300000, "đồng"), Q("2,7 km", 2.7, "km"),
 Q("khoảng 540 triệu đồng", 540000000, "đồng", "approx"), Q("190 triệu đồng", 190000000, "đồng"), Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
 Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"), Q("24 ý kiến", 24, "ý kiến"), Q("63 hộ", 63, "hộ"),
 Q("hơn 300 m", 300, "m", "over"), Q("khoảng 400 hộ nghèo, cận nghèo", 400, "hộ nghèo, cận nghèo", "approx")],
[D("Hướng dẫn", "12", "HD/BTGDVTU", "2025-11-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU ngày 05/11/2025"),
 D("Kế hoạch", "31", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 31, 32-KH/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Kế hoạch", "32", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 31, 32-KH/ĐU của Ban Thường vụ Đảng ủy xã")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hưng Nhượng"), com("Hưng Lễ"), com("Hưng Phong")],
["Báo Vĩnh Long điện tử", "Thời sự > Chính trị > Xây dựng Đảng", "Ảnh: Quang cảnh cuộc họp khối dân vận xã Hưng Nhượng.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Luật Thực hiện dân chủ ở cơ sở", "Tết Bính Ngọ", "Lượt xem: 412"],
["Ngày 28/11/2025 | 15:45", "tháng 11/2025", "tháng 12/2025", "95 năm", "khóa XVI", "nhiệm kỳ 2026 - 2031", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "01/7/2025", "năm 2025", "Lượt xem: 412"]))

PAGES.append(page("b3747-lamdong-xa-quangkhe-baocao-2026-01", """
Hôm nay: Thứ Bảy, 31/01/2026
ĐẢNG ỦY XÃ QUẢNG KHÊ - TỈNH LÂM ĐỒNG
You are here: Trang chủ » Tin hoạt động » Công tác dân vận
Thứ Sáu, 30/01/2026, 09:20
Toàn cảnh hội nghị cán bộ chủ chốt xã học tập Nghị quyết.
Quảng Khê hướng về Đại hội XIV của Đảng
Khối dân vận Đảng ủy xã Quảng Khê vừa ban hành Báo cáo số 01-BC/KDV ngày 28/01/2026 về kết quả công tác dân vận tháng 01/2026 và nhiệm vụ tháng 02/2026. Xã Quảng Khê (trước đây thuộc huyện Đắk Glong, tỉnh Đắk Nông) từ ngày 01/7/2025 thuộc tỉnh Lâm Đồng mới; đồng bào Mnông, Mạ, K'Ho và đồng bào Mông, Dao di cư từ phía Bắc chiếm khoảng 40% dân số.
Kết quả tháng 01/2026:
1. Tổ chức cho cán bộ, đảng viên và nhân dân theo dõi trực tiếp phiên khai mạc, bế mạc Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tại 14 điểm sinh hoạt cộng đồng, thu hút hơn 2.600 lượt người.
2. Tuyên truyền về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 theo Kế hoạch số 08-KH/ĐU ngày 09/01/2026 của Ban Thường vụ Đảng ủy xã; lập 1 tổ tuyên truyền lưu động song ngữ Việt - Mnông.
3. Vận động nhân dân thu hoạch khoảng 3.200 tấn cà phê; phối hợp Công an xã ngăn chặn 4 vụ trộm cắp nông sản; vận động 11 hộ tự nguyện trả lại 7,4 ha đất rừng lấn chiếm.
4. Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội trao 740 phần quà Tết Bính Ngọ cho hộ nghèo, người có công, tổng trị giá 370 triệu đồng; "Phiên chợ 0 đồng" phục vụ hơn 500 hộ.
5. Tiếp 19 lượt công dân, nhận 5 đơn; hòa giải thành 6/7 vụ việc tranh chấp đất đai tại thôn.
Tại cuộc họp khối, già làng Điểu Ri (bon Ndoh) và bà Thị Thanh, người có uy tín bon R'Bút, được biểu dương vì đã vận động bà con thực hiện tốt việc cưới, việc tang; ông Sùng A Páo, Trưởng thôn 5, cho biết thôn đã vận động 100% hộ ký cam kết không tham gia tổ chức "Nhà nước Mông".
Hạn chế: việc nắm tình hình ở các thôn đồng bào di cư tự do còn khó khăn; một số hộ chưa có giấy tờ đất, tâm lý chưa yên tâm sản xuất; đường sá mùa khô bụi, mùa mưa lầy lội.
Nhiệm vụ tháng 02/2026:
1. Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân Bính Ngọ; không để hộ nào không có Tết.
2. Quán triệt Nghị quyết Đại hội XIV của Đảng theo hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy; phấn đấu 95% đảng viên tham gia học tập.
3. Chuẩn bị các điều kiện cho ngày bầu cử 15/3/2026; rà soát danh sách cử tri ở 16 thôn, bon.
4. Triển khai Quyết định số 04-QĐ/ĐU ngày 20/01/2026 của Đảng ủy xã về kiện toàn Khối dân vận xã.
Báo cáo do đồng chí Y Thuận Niê, Phó Bí thư Đảng ủy - Trưởng Khối dân vận xã ký; đồng chí Điểu Thị Xuân, Chủ tịch Ủy ban MTTQ Việt Nam xã là Phó Trưởng khối thường trực.
K'Hương
Lượt xem: 226
Tin liên quan
- Quảng Khê: Đảng ủy xã tổng kết công tác năm 2025 (20/12/2025)
- Lâm Đồng: 124 xã, phường, đặc khu tổ chức đối thoại với nhân dân (10/01/2026)
""", "2026-01-30", "Quảng Khê hướng về Đại hội XIV của Đảng",
E("bao_cao", "2026-01", "2026-01-28"),
[P("Điểu Ri", "già làng"),
 P("Thị Thanh", "người có uy tín bon R'Bút"),
 P("Sùng A Páo", "Trưởng thôn 5"),
 P("Y Thuận Niê", "Phó Bí thư Đảng ủy - Trưởng Khối dân vận xã"),
 P("Điểu Thị Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Trưởng khối thường trực")],
[Q("khoảng 40%", 40, "%", "approx"), Q("14 điểm sinh hoạt cộng đồng", 14, "điểm sinh hoạt cộng đồng"),
 Q("hơn 2.600 lượt người", 2600, "lượt người", "over"), Q("khoảng 3.200 tấn", 3200, "tấn", "approx"),
 Q("4 vụ trộm cắp nông sản", 4, "vụ trộm cắp nông sản"), Q("11 hộ", 11, "hộ"), Q("7,4 ha", 7.4, "ha"), Q("740 phần quà", 740, "phần quà"),
 Q("370 triệu đồng", 370000000, "đồng"), Q("hơn 500 hộ", 500, "hộ", "over"), Q("19 lượt công dân", 19, "lượt công dân"),
 Q("5 đơn", 5, "đơn"), Q("6/7 vụ việc tranh chấp đất đai", 6, "vụ việc tranh chấp đất đai"), Q("100%", 100, "%"), Q("95%", 95, "%"),
 Q("16 thôn, bon", 16, "thôn, bon")],
[D("Báo cáo", "01", "BC/KDV", "2026-01-28", "Khối dân vận Đảng ủy xã Quảng Khê", "Báo cáo số 01-BC/KDV ngày 28/01/2026"),
 D("Kế hoạch", "08", "KH/ĐU", "2026-01-09", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 09/01/2026"),
 D("Quyết định", "04", "QĐ/ĐU", "2026-01-20", "Đảng ủy xã", "Quyết định số 04-QĐ/ĐU ngày 20/01/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê")],
["ĐẢNG ỦY XÃ QUẢNG KHÊ - TỈNH LÂM ĐỒNG", "You are here: Trang chủ » Tin hoạt động » Công tác dân vận",
 "Toàn cảnh hội nghị cán bộ chủ chốt xã học tập Nghị quyết.", "Phiên chợ 0 đồng", "Nhà nước Mông", "Đại hội XIV", "Lượt xem: 226"],
["Hôm nay: Thứ Bảy, 31/01/2026", "Thứ Sáu, 30/01/2026, 09:20", "tháng 01/2026", "tháng 02/2026", "lần thứ XIV", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "1 tổ tuyên truyền", "thôn 5", "0 đồng", "15/3/2026", "01/7/2025", "Lượt xem: 226"]))

PAGES.append(page("b3748-dongnai-phuong-binhlong-baocao-2026-03", """
Trang thông tin điện tử phường Bình Long - tỉnh Đồng Nai
Trang chủ - Tin tức - Dân vận
02.04.2026 | 08:00
Phường Bình Long: Khối dân vận báo cáo kết quả tháng 3, cuộc bầu cử thành công tốt đẹp
Khối dân vận Đảng ủy phường Bình Long vừa có báo cáo (số 05-BC/KDV, ngày 31/3/2026) tổng hợp kết quả công tác dân vận tháng 3/2026 và nhiệm vụ tháng 4/2026. Phường Bình Long được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các phường An Lộc, Phú Thịnh, Phú Đức (thị xã Bình Long, tỉnh Bình Phước cũ), nay thuộc tỉnh Đồng Nai.
1. Kết quả nổi bật
a) Công tác vận động bầu cử: Khối dân vận phối hợp Ủy ban MTTQ Việt Nam phường tổ chức 12 hội nghị tiếp xúc cử tri với người ứng cử đại biểu HĐND phường, hơn 1.450 cử tri tham dự. Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu của phường đạt 99,72%; 25 khu phố hoàn thành bầu cử trước 15 giờ.
b) Thực hiện Quyết định số 23-QĐ/TW, Kết luận số 12, 13-KL/ĐU của Ban Thường vụ Đảng ủy phường về công tác dân vận trong bầu cử và về phát huy vai trò người có uy tín, khối đã giao 31 đồng chí trong khối phụ trách các khu phố.
c) Công tác dân tộc, tôn giáo: phường có hơn 1.100 người đồng bào S'tiêng, Khmer và 6 cơ sở tôn giáo. Khối phối hợp tổ chức gặp mặt Đại đức Danh Sóc, trụ trì chùa Sóc Bế, và ông Điểu Lên, người có uy tín khu phố Sóc Bế, để vận động bà con tham gia bầu cử.
d) Công tác dân vận chính quyền: Trung tâm Phục vụ hành chính công phường tiếp nhận 3.284 hồ sơ, giải quyết trước và đúng hạn 99,4%; tiếp 23 lượt công dân, nhận 9 đơn thư, khiếu nại; đã giải quyết 8 đơn.
đ) Phong trào thi đua: nhân dân góp khoảng 860 triệu đồng nâng cấp 1,9 km hẻm bê tông; bàn giao 12 căn nhà "Mái ấm Công đoàn" và nhà đại đoàn kết.
2. Hạn chế
Một số khu phố sau sắp xếp có địa bàn rộng, cán bộ mới chưa nắm sát tình hình; việc tiếp nhận phản ánh qua ứng dụng trực tuyến còn ít người dân sử dụng.
3. Nhiệm vụ tháng 4/2026
- Tuyên truyền kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2026);
- Phối hợp tổ chức lễ Chôl Chnăm Thmây cho đồng bào Khmer; thăm, chúc Tết các chùa Khmer;
- Triển khai Kế hoạch số 19-KH/ĐU ngày 25/3/2026 của Đảng ủy phường về học tập, quán triệt Nghị quyết Đại hội XIV của Đảng;
- Vận động nhân dân phòng, chống cháy nổ mùa khô; giữ gìn vệ sinh môi trường ở 25 khu phố.
Báo cáo do đồng chí Lê Thị Mỹ Hạnh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường - Trưởng khối dân vận ký. Các thành viên khối gồm: Nguyễn Hoàng Phúc, Thị Bích Ngọc - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường.
Hoàng Yến
Lượt xem: 318
Tin liên quan
- Đồng Nai: 95 xã, phường hoàn thành bầu cử sớm (16/03/2026)
- Phường Bình Long báo cáo công tác dân vận tháng 2/2026 (27/02/2026)
""", "2026-04-02", "Phường Bình Long: Khối dân vận báo cáo kết quả tháng 3, cuộc bầu cử thành công tốt đẹp",
E("bao_cao", "2026-03", "2026-03-31"),
[P("Danh Sóc", "Đại đức", "trụ trì chùa Sóc Bế"),
 P("Điểu Lên", "người có uy tín khu phố Sóc Bế"),
 P("Lê Thị Mỹ Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường - Trưởng khối dân vận"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("12 hội nghị tiếp xúc cử tri", 12, "hội nghị tiếp xúc cử tri"), Q("hơn 1.450 cử tri", 1450, "cử tri", "over"), Q("99,72%", 99.72, "%"),
 Q("25 khu phố", 25, "khu phố"), Q("31 đồng chí", 31, "đồng chí"), Q("hơn 1.100 người đồng bào S'tiêng, Khmer", 1100, "người đồng bào S'tiêng, Khmer", "over"),
 Q("6 cơ sở tôn giáo", 6, "cơ sở tôn giáo"), Q("3.284 hồ sơ", 3284, "hồ sơ"), Q("99,4%", 99.4, "%"), Q("23 lượt công dân", 23, "lượt công dân"),
 Q("9 đơn thư, khiếu nại", 9, "đơn thư, khiếu nại"), Q("8 đơn", 8, "đơn"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("1,9 km", 1.9, "km"), Q("12 căn nhà", 12, "căn nhà")],
[D("Báo cáo", "05", "BC/KDV", "2026-03-31", "Khối dân vận Đảng ủy phường Bình Long", "số 05-BC/KDV, ngày 31/3/2026"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "12", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận số 12, 13-KL/ĐU của Ban Thường vụ Đảng ủy phường"),
 D("Kết luận", "13", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận số 12, 13-KL/ĐU của Ban Thường vụ Đảng ủy phường"),
 D("Kế hoạch", "19", "KH/ĐU", "2026-03-25", "Đảng ủy phường", "Kế hoạch số 19-KH/ĐU ngày 25/3/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("An Lộc"), com("Phú Thịnh"), com("Phú Đức")],
["Trang thông tin điện tử phường Bình Long - tỉnh Đồng Nai", "Trang chủ - Tin tức - Dân vận", "Mái ấm Công đoàn",
 "Chôl Chnăm Thmây", "Đại hội XIV", "Trung tâm Phục vụ hành chính công phường", "Lượt xem: 318"],
["02.04.2026 | 08:00", "tháng 3/2026", "tháng 4/2026", "15/3/2026", "trước 15 giờ", "51 năm", "(30/4/1975 - 30/4/2026)",
 "01/7/2025", "Lượt xem: 318"]))
