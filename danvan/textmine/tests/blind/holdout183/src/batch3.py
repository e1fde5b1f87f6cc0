from lib import *
PAGES = []

PAGES.append(page("b4361-camau-nuocsach-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Trang chủ > Tin tức > An sinh xã hội
Ngày 19/05/2023 | 09:15
Trao 650 bồn chứa nước cho hộ nghèo vùng hạn mặn
Ngày 17/5/2023, tại xã Khánh Bình Tây Bắc, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp Quỹ Bảo trợ trẻ em Việt Nam và Công ty TNHH Nước giải khát Suntory PepsiCo tổ chức trao 650 bồn chứa nước, mỗi bồn dung tích 1.000 lít, trị giá 2,5 triệu đồng, cho hộ nghèo, hộ cận nghèo và gia đình chính sách của 13 xã vùng hạn mặn.
Các đại biểu trao bồn chứa nước cho hộ nghèo xã Khánh Bình Tây Bắc.
Dự lễ trao có ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh; bà Lữ Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Sa Rinh, Trưởng Ban Dân tộc tỉnh.
Theo Ủy ban MTTQ tỉnh, mùa khô 2022 - 2023 toàn tỉnh có trên 12.400 hộ thiếu nước sinh hoạt, trong đó 3.150 hộ đồng bào Khmer sống rải rác ven kênh, rạch; tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn mới đạt 51,2%. Thực hiện Kế hoạch số 92/KH-MTTQ-BTT ngày 02/3/2023 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã rà soát, lập danh sách ưu tiên những hộ có trẻ nhỏ, người già, người khuyết tật.
Từ năm 2020 đến nay, từ nguồn Quỹ "Vì người nghèo" và vận động xã hội hóa, Mặt trận tỉnh đã trao 4.870 bồn, lu chứa nước, 26 máy lọc nước RO cho trường học và hỗ trợ khoan 112 giếng nước ngầm, tổng kinh phí hơn 16,5 tỷ đồng.
Ông Danh Hoàng, Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc, cho biết xã có 214 hộ được nhận bồn đợt này; Ban công tác Mặt trận các ấp đã phối hợp Chi hội phụ nữ hướng dẫn bà con vệ sinh bồn, đun sôi nước trước khi uống để phòng bệnh tiêu chảy, tay chân miệng cho trẻ. Bà Thị Sa Lin, hộ nghèo ấp Tân Bằng, xúc động: "Trước đây nhà phải mua nước chở bằng xuồng giá 150.000 đồng một khối, nay có bồn trữ nước mưa, đỡ được nhiều".
Phát biểu tại buổi trao, bà Lữ Thị Hồng Hạnh đề nghị chính quyền các xã Khánh Bình Tây Bắc, Trần Hợi, Khánh Hưng tiếp tục thực hiện Quyết định số 1978/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, ưu tiên vốn đầu tư công trình cấp nước tập trung; đồng thời gắn việc trao bồn với vận động hộ dân xây nhà tiêu hợp vệ sinh, không xả thải xuống kênh.
Trong năm 2023, Mặt trận tỉnh phấn đấu vận động thêm khoảng 1.000 bồn chứa nước và 50 công trình nhà tiêu hợp vệ sinh cho hộ nghèo, theo tinh thần Kết luận số 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy.
Ngọc Hân
Số lượt xem: 742
Tin liên quan
- Cà Mau: Hỗ trợ nước ngọt cho người dân vùng ven biển (10/05/2023)
- Trao nhà Đại đoàn kết cho hộ nghèo huyện U Minh (28/04/2023)
- Khởi công công trình cấp nước ấp Cơi Năm (15/04/2023)
""", "2023-05-19", "Trao 650 bồn chứa nước cho hộ nghèo vùng hạn mặn",
E("trao_qua", None, "2023-05-17"),
[P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh"),
 P("Lữ Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rinh", "Trưởng Ban Dân tộc tỉnh"),
 P("Danh Hoàng", "Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc"),
 P("Thị Sa Lin")],
[Q("650 bồn chứa nước", 650, "bồn chứa nước"), Q("1.000 lít", 1000, "lít"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("13 xã vùng hạn mặn", 13, "xã vùng hạn mặn"), Q("trên 12.400 hộ", 12400, "hộ", "over"), Q("3.150 hộ đồng bào Khmer", 3150, "hộ đồng bào Khmer"),
 Q("51,2%", 51.2, "%"), Q("4.870 bồn, lu chứa nước", 4870, "bồn, lu chứa nước"), Q("26 máy lọc nước RO", 26, "máy lọc nước RO"),
 Q("112 giếng nước ngầm", 112, "giếng nước ngầm"), Q("hơn 16,5 tỷ đồng", 16500000000, "đồng", "over"), Q("214 hộ", 214, "hộ"),
 Q("150.000 đồng", 150000, "đồng"), Q("khoảng 1.000 bồn chứa nước", 1000, "bồn chứa nước", "approx"),
 Q("50 công trình nhà tiêu hợp vệ sinh", 50, "công trình nhà tiêu hợp vệ sinh")],
[D("Kế hoạch", "92", "KH-MTTQ-BTT", "2023-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 92/KH-MTTQ-BTT ngày 02/3/2023"),
 D("Quyết định", "1978", "QĐ-TTg", "2021-11-24", "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg ngày 24/11/2021"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 08, 09-KL/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Trần Hợi"), com("Khánh Hưng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Trang chủ > Tin tức > An sinh xã hội", "Các đại biểu trao bồn chứa nước cho hộ nghèo xã Khánh Bình Tây Bắc.",
 "Quỹ Bảo trợ trẻ em Việt Nam", "Công ty TNHH Nước giải khát Suntory PepsiCo", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", "Số lượt xem: 742"],
["Ngày 19/05/2023 | 09:15", "mùa khô 2022 - 2023", "Từ năm 2020", "một khối", "Trong năm 2023", "Số lượt xem: 742"]))

PAGES.append(page("b4362-hoabinh-taychanmieng-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CAO SƠN - HUYỆN ĐÀ BẮC - TỈNH HÒA BÌNH
Trang chủ - Tin tức - Y tế, dân số
05/04/2024 06:00
Kết quả công tác y tế, dân số và phòng, chống dịch bệnh quý I năm 2024
Ngày 3/4/2024, UBND xã Cao Sơn (huyện Đà Bắc, tỉnh Hòa Bình) ban hành Báo cáo số 38/BC-UBND về kết quả công tác y tế, dân số và phòng, chống dịch bệnh quý I năm 2024, phương hướng nhiệm vụ quý II. Cổng thông tin điện tử xã trích đăng những nội dung chính.
1. Công tác phòng, chống dịch bệnh
Trong quý I, trên địa bàn xã ghi nhận 14 ca tay chân miệng, 3 ca thủy đậu, không có ca sốt xuất huyết; không có dịch lớn xảy ra. Ngay khi có ca bệnh, Trạm Y tế xã phối hợp Ban công tác Mặt trận, chi hội phụ nữ các xóm hướng dẫn 62 hộ gia đình có trẻ dưới 5 tuổi khử khuẩn nhà cửa, đồ chơi bằng Cloramin B; tổ chức 2 đợt tổng vệ sinh tại 4 nhóm trẻ, lớp mẫu giáo.
Thực hiện Kế hoạch số 15/KH-UBND ngày 22/01/2024 của UBND huyện và kế hoạch số 07/KH-UBND của UBND xã, Trạm Y tế đã tiêm chủng đầy đủ cho 48 trẻ dưới 1 tuổi, đạt 26,7% kế hoạch năm; tiêm viên gan B sơ sinh trong 24 giờ đầu cho 15 trẻ; uống vitamin A cho 412 trẻ từ 6 - 36 tháng tuổi, đạt 98,8%.
2. Công tác dinh dưỡng, nước sạch và vệ sinh môi trường
Toàn xã có 1.096 hộ, trong đó 872 hộ có nhà tiêu hợp vệ sinh, đạt 79,6%; 1.015 hộ dùng nước hợp vệ sinh. Trong quý, Hội LHPN xã vận động 21 hộ xây mới nhà tiêu, Hội Nông dân xã hỗ trợ 10 hộ nghèo mỗi hộ 3 triệu đồng từ Quỹ hỗ trợ nông dân. Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn 13,2%, giảm 0,9% so với cùng kỳ.
Đồng chí Bùi Văn Thắng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã đã chủ trì buổi làm việc với Trạm Y tế và các đoàn thể; đồng chí Xa Thị Hòa, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chăm sóc sức khỏe nhân dân xã giao Trạm Y tế rà soát 33 trẻ chưa tiêm đủ mũi để tiêm bù. Các đồng chí Đinh Văn Hưng, Bùi Thị Lan - Phó Chủ tịch Ủy ban MTTQ xã phụ trách vận động tại các xóm Cao Sơn, Suối Bưa.
3. Tồn tại, hạn chế
Một số hộ đồng bào Mường, Dao vẫn còn thói quen chăn nuôi gầm sàn; 6 công trình nước tự chảy xuống cấp; cộng tác viên dân số ở 2 xóm thay đổi liên tục.
4. Phương hướng quý II năm 2024
Tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân; tổ chức Chiến dịch truyền thông lồng ghép dịch vụ chăm sóc sức khỏe sinh sản; phấn đấu đến cuối năm tỷ lệ nhà tiêu hợp vệ sinh đạt trên 82%. Đề nghị UBND huyện hỗ trợ kinh phí sửa chữa công trình nước xóm Suối Bưa.
Ông Đinh Công Sứ, Chủ tịch UBND xã Cao Sơn ký báo cáo.
Văn phòng HĐND - UBND xã
Lượt truy cập: 187
Các tin đã đưa
- Xã Cao Sơn ra quân tổng vệ sinh môi trường (22/03/2024)
- Hội nghị triển khai nhiệm vụ năm 2024 (15/01/2024)
""", "2024-04-05", "Kết quả công tác y tế, dân số và phòng, chống dịch bệnh quý I năm 2024",
E("bao_cao", "2024-Q1", "2024-04-03"),
[P("Bùi Văn Thắng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Xa Thị Hòa", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo chăm sóc sức khỏe nhân dân xã"),
 P("Đinh Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Bùi Thị Lan", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Đinh Công Sứ", "Chủ tịch UBND xã Cao Sơn")],
[Q("14 ca tay chân miệng", 14, "ca tay chân miệng"), Q("3 ca thủy đậu", 3, "ca thủy đậu"), Q("62 hộ gia đình", 62, "hộ gia đình"),
 Q("2 đợt tổng vệ sinh", 2, "đợt tổng vệ sinh"), Q("4 nhóm trẻ, lớp mẫu giáo", 4, "nhóm trẻ, lớp mẫu giáo"), Q("48 trẻ dưới 1 tuổi", 48, "trẻ dưới 1 tuổi"),
 Q("26,7%", 26.7, "%"), Q("15 trẻ", 15, "trẻ"), Q("412 trẻ", 412, "trẻ"), Q("98,8%", 98.8, "%"), Q("1.096 hộ", 1096, "hộ"),
 Q("872 hộ", 872, "hộ"), Q("79,6%", 79.6, "%"), Q("1.015 hộ", 1015, "hộ"), Q("21 hộ", 21, "hộ"), Q("10 hộ nghèo", 10, "hộ nghèo"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("13,2%", 13.2, "%"), Q("0,9%", 0.9, "%"), Q("33 trẻ", 33, "trẻ"),
 Q("6 công trình nước tự chảy", 6, "công trình nước tự chảy"), Q("2 xóm", 2, "xóm"), Q("trên 82%", 82, "%", "over")],
[D("Báo cáo", "38", "BC-UBND", None, "UBND xã Cao Sơn", "Báo cáo số 38/BC-UBND"),
 D("Kế hoạch", "15", "KH-UBND", "2024-01-22", "UBND huyện", "Kế hoạch số 15/KH-UBND ngày 22/01/2024"),
 D("Kế hoạch", "07", "KH-UBND", None, "UBND xã", "kế hoạch số 07/KH-UBND"),
 D("Nghị quyết", "20", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW ngày 25/10/2017")],
[prov("Hòa Bình"), com("Cao Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CAO SƠN - HUYỆN ĐÀ BẮC - TỈNH HÒA BÌNH", "Trang chủ - Tin tức - Y tế, dân số", "Quỹ hỗ trợ nông dân",
 "Chiến dịch truyền thông lồng ghép dịch vụ chăm sóc sức khỏe sinh sản", "Văn phòng HĐND - UBND xã", "Lượt truy cập: 187"],
["05/04/2024 06:00", "quý I năm 2024", "quý II", "dưới 5 tuổi", "dưới 1 tuổi", "24 giờ đầu", "6 - 36 tháng tuổi", "1. Công tác phòng, chống dịch bệnh", "Lượt truy cập: 187"]))

PAGES.append(page("b4363-gialai-tiemchung-2024", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội | Sức khỏe
Thứ Năm, 11/07/2024, 08:05
Ảnh: Học viên thực hành tư vấn tiêm chủng tại lớp tập huấn.
Nâng cao kỹ năng vận động tiêm chủng cho người có uy tín, cán bộ Mặt trận cơ sở
(GLO) - Trong 2 ngày 9 và 10/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở Y tế tổ chức lớp tập huấn năm 2024 về kỹ năng tuyên truyền, vận động tiêm chủng mở rộng và phòng, chống bệnh bạch hầu, sởi cho 180 học viên là người có uy tín, trưởng ban công tác Mặt trận làng và nhân viên y tế thôn, làng của 5 huyện phía Đông.
Dự khai mạc có ông Rơ Châm Long, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà Siu Hương, Nguyễn Thị Thanh Lịch - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Ksor H'Bơ Khắp, Phó Giám đốc Sở Y tế.
Theo Sở Y tế Gia Lai, 6 tháng đầu năm 2024 toàn tỉnh ghi nhận 23 ca bạch hầu, 2 ca tử vong, chủ yếu ở trẻ em và thanh thiếu niên người Jrai, Bahnar chưa được tiêm đủ mũi. Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi mới đạt 42,5%; có 47 làng đạt dưới 70%. Từ tháng 5 đến nay, ngành y tế đã tiêm bù, tiêm vét cho hơn 36.000 trẻ và người từ 7 - 18 tuổi tại 14 xã có ca bệnh, trong đó có xã Ia Pếch, Ia Ka và Kon Chiêng.
Tại lớp học, bác sĩ Rơ Mah Khuyên, Trưởng khoa Phòng, chống bệnh truyền nhiễm - Trung tâm Kiểm soát bệnh tật tỉnh, hướng dẫn học viên cách nhận biết dấu hiệu bạch hầu, cách giải thích về phản ứng sau tiêm bằng tiếng Jrai, Bahnar. Học viên cũng thảo luận nhóm, đóng vai "già làng thuyết phục gia đình không cho con đi tiêm".
Ông Rah Lan Hieo, người có uy tín làng Ia Pếch, xã Ia Pếch, chia sẻ: "Làng tôi có 312 hộ, trước đây nhiều nhà giấu con. Tôi với bí thư chi bộ, trưởng làng đi từng nhà 3 lần, nói bằng tiếng Jrai, nay 95% trẻ trong làng đã tiêm đủ". Bà Đinh Thị Hlin, Trưởng ban công tác Mặt trận làng Đak Asel, xã Kon Chiêng, đề nghị ngành y tế bố trí điểm tiêm ngay tại nhà rông.
Thực hiện Kế hoạch số 1865/KH-UBND ngày 24/6/2024 của UBND tỉnh về tiêm bổ sung vắc xin phòng bạch hầu và Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã phân công 1.024 người có uy tín mỗi người phụ trách từ 10 hộ trở lên; tổ chức 546 buổi sinh hoạt tại nhà rông, nhà văn hóa làng.
Bế mạc lớp tập huấn, ông Rơ Châm Long yêu cầu các học viên về cơ sở làm "tuyên truyền viên" cho cộng đồng, phấn đấu đến hết năm 2024 tỷ lệ tiêm chủng đầy đủ đạt ít nhất 90%; gắn với thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở. Mỗi học viên được cấp 1 bộ tài liệu song ngữ và hỗ trợ 200.000 đồng/ngày.
Hoàng Ngọc
Lượt xem: 1.532
Tin liên quan
- Chư Păh: Đẩy mạnh tiêm vắc xin phòng bạch hầu (05/07/2024)
- Mặt trận Kbang tặng 100 suất quà cho hộ nghèo (28/06/2024)
- Người có uy tín góp sức xây dựng làng nông thôn mới (20/06/2024)
""", "2024-07-11", "Nâng cao kỹ năng vận động tiêm chủng cho người có uy tín, cán bộ Mặt trận cơ sở",
E("tap_huan", "2024", "2024-07-09"),
[P("Rơ Châm Long", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Lịch", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khắp", "Phó Giám đốc Sở Y tế"),
 P("Rơ Mah Khuyên", "bác sĩ", "Trưởng khoa Phòng, chống bệnh truyền nhiễm - Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Rah Lan Hieo", "người có uy tín làng Ia Pếch"),
 P("Đinh Thị Hlin", "Trưởng ban công tác Mặt trận làng Đak Asel")],
[Q("180 học viên", 180, "học viên"), Q("5 huyện phía Đông", 5, "huyện"), Q("23 ca bạch hầu", 23, "ca bạch hầu"), Q("2 ca tử vong", 2, "ca tử vong"),
 Q("42,5%", 42.5, "%"), Q("47 làng", 47, "làng"), Q("dưới 70%", 70, "%"), Q("hơn 36.000 trẻ và người", 36000, "trẻ và người", "over"),
 Q("14 xã", 14, "xã"), Q("312 hộ", 312, "hộ"), Q("95%", 95, "%"), Q("1.024 người có uy tín", 1024, "người có uy tín"),
 Q("từ 10 hộ trở lên", 10, "hộ", "over"), Q("546 buổi sinh hoạt", 546, "buổi sinh hoạt"), Q("ít nhất 90%", 90, "%", "over"),
 Q("1 bộ tài liệu song ngữ", 1, "bộ tài liệu song ngữ"), Q("200.000 đồng/ngày", 200000, "đồng")],
[D("Kế hoạch", "1865", "KH-UBND", "2024-06-24", "UBND tỉnh", "Kế hoạch số 1865/KH-UBND ngày 24/6/2024"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Chỉ thị", "25", "CT/TW", "2023-10-25", "Ban Bí thư", "Chỉ thị số 25-CT/TW ngày 25/10/2023")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Ka"), com("Kon Chiêng")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Sức khỏe", "Ảnh: Học viên thực hành tư vấn tiêm chủng tại lớp tập huấn.", "(GLO)",
 "già làng thuyết phục gia đình không cho con đi tiêm", "tuyên truyền viên", "Lượt xem: 1.532"],
["Thứ Năm, 11/07/2024, 08:05", "3 lần", "Trong 2 ngày", "năm 2024", "6 tháng đầu năm 2024", "dưới 1 tuổi", "7 - 18 tuổi", "Lượt xem: 1.532"]))

PAGES.append(page("b4364-quangtri-sotxuathuyet-2024", """
Báo Quảng Trị
Trang chủ >> Xã hội >> Sức khỏe
13/09/2024 - 10:05
Ảnh: Đoàn giám sát kiểm tra dụng cụ chứa nước tại hộ gia đình ở thị trấn Khe Sanh.
Mặt trận giám sát công tác phòng, chống sốt xuất huyết ở Hướng Hóa
(QTO) - Ngày 11/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Văn Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Kế hoạch số 146/KH-UBND ngày 05/7/2024 của UBND tỉnh về phòng, chống sốt xuất huyết trên địa bàn huyện Hướng Hóa.
Tham gia đoàn có đại diện Ban Dân chủ - Pháp luật, Ban Phong trào Ủy ban MTTQ tỉnh, Sở Y tế, Hội LHPN tỉnh; bà Hồ Thị Thu Hằng, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; ông Kăn Sinh, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, người có uy tín bản Cheng, xã Tân Long.
Báo cáo với đoàn, ông Hồ Văn Năm, Phó Chủ tịch UBND huyện Hướng Hóa cho biết, từ đầu năm 2024 đến ngày 10/9, huyện ghi nhận 318 ca mắc sốt xuất huyết, tăng gần 4 lần so với cùng kỳ, trong đó thị trấn Khe Sanh có 126 ca, thị trấn Lao Bảo 74 ca; chưa có ca tử vong. Huyện đã khoanh vùng, xử lý 41 ổ dịch; tổ chức 3 đợt chiến dịch diệt lăng quăng, bọ gậy với hơn 9.800 lượt người tham gia; phun hóa chất cho trên 5.600 hộ.
Ủy ban MTTQ huyện và các đoàn thể đã thành lập 86 tổ xung kích tại các khóm, bản; Hội LHPN huyện vận động 2.140 hội viên đăng ký "Mỗi tuần 10 phút diệt lăng quăng". Tại xã Tân Long, ông Hồ Văn Pả, Trưởng ban công tác Mặt trận bản Cheng, cho biết bản đã đưa việc diệt lăng quăng vào hương ước, hộ nào có lăng quăng trong chum, vại thì bị nhắc nhở tại cuộc họp bản.
Qua giám sát thực tế tại 25 hộ gia đình và 2 công trình xây dựng, đoàn nhận thấy vẫn còn 7 hộ có lăng quăng trong dụng cụ chứa nước; việc phối hợp giữa Trạm Y tế và Ban công tác Mặt trận ở một số khu dân cư chưa chặt chẽ; kinh phí hỗ trợ cho tổ xung kích chỉ khoảng 1,5 triệu đồng/tổ/năm.
Kết luận buổi giám sát, ông Lê Văn Hoàng đề nghị UBND huyện chỉ đạo xử lý triệt để ổ dịch, không để lan rộng; phát huy vai trò người có uy tín trong đồng bào Vân Kiều, Pa Kô; thực hiện nghiêm Quyết định số 3711/QĐ-BYT của Bộ Y tế về hướng dẫn giám sát và phòng, chống bệnh sốt xuất huyết Dengue. Đoàn cũng kiến nghị UBND tỉnh bổ sung 500 triệu đồng kinh phí hóa chất cho huyện.
Tiếp thu ý kiến, ông Hồ Văn Năm cam kết trong tháng 9 sẽ tổ chức thêm 1 đợt tổng vệ sinh, phấn đấu 100% hộ gia đình ở các vùng có dịch được kiểm tra.
Lê Trường
Lượt xem: 1.118
Tin liên quan
- Triệu Phong: Ra quân diệt lăng quăng phòng chống sốt xuất huyết (06/09/2024)
- Sốt xuất huyết gia tăng tại nhiều địa phương (30/08/2024)
- Hội LHPN tỉnh hướng dẫn chị em phòng bệnh mùa mưa (22/08/2024)
""", "2024-09-13", "Mặt trận giám sát công tác phòng, chống sốt xuất huyết ở Hướng Hóa",
E("giam_sat", None, "2024-09-11"),
[P("Lê Văn Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kăn Sinh", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "người có uy tín bản Cheng"),
 P("Hồ Văn Năm", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Hồ Văn Pả", "Trưởng ban công tác Mặt trận bản Cheng")],
[Q("318 ca mắc sốt xuất huyết", 318, "ca mắc sốt xuất huyết"), Q("126 ca", 126, "ca"), Q("74 ca", 74, "ca"), Q("41 ổ dịch", 41, "ổ dịch"),
 Q("3 đợt chiến dịch", 3, "đợt chiến dịch"), Q("hơn 9.800 lượt người", 9800, "lượt người", "over"), Q("trên 5.600 hộ", 5600, "hộ", "over"),
 Q("86 tổ xung kích", 86, "tổ xung kích"), Q("2.140 hội viên", 2140, "hội viên"), Q("25 hộ gia đình", 25, "hộ gia đình"),
 Q("2 công trình xây dựng", 2, "công trình xây dựng"), Q("7 hộ", 7, "hộ"), Q("khoảng 1,5 triệu đồng/tổ/năm", 1500000, "đồng", "approx"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("1 đợt tổng vệ sinh", 1, "đợt tổng vệ sinh"), Q("100%", 100, "%")],
[D("Kế hoạch", "146", "KH-UBND", "2024-07-05", "UBND tỉnh", "Kế hoạch số 146/KH-UBND ngày 05/7/2024"),
 D("Quyết định", "3711", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 3711/QĐ-BYT")],
[prov("Quảng Trị"), com("Khe Sanh"), com("Lao Bảo"), com("Tân Long")],
["Báo Quảng Trị", "Trang chủ >> Xã hội >> Sức khỏe", "Ảnh: Đoàn giám sát kiểm tra dụng cụ chứa nước tại hộ gia đình ở thị trấn Khe Sanh.", "(QTO)",
 "Mỗi tuần 10 phút diệt lăng quăng", "Lượt xem: 1.118"],
["13/09/2024 - 10:05", "gần 4 lần", "từ đầu năm 2024", "10 phút", "trong tháng 9", "Lượt xem: 1.118"]))

PAGES.append(page("b4365-tiengiang-dinhduong-2025", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ | Tin tức | Hoạt động khối dân vận
Cập nhật: 09:42, 10/01/2025 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Minh Thư
Khối dân vận góp phần giảm tỷ lệ trẻ suy dinh dưỡng, nâng tỷ lệ hộ dùng nước sạch
Sáng 8/1/2025, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trần Kim Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Phạm Văn Trọng, Phó Chủ tịch UBND tỉnh.
Năm 2024, khối dân vận tỉnh Tiền Giang chọn chủ đề "Chăm lo sức khỏe nhân dân từ cơ sở" làm trọng tâm vận động. Các cơ quan dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 712, 713-KL/TU về công tác y tế cơ sở và vệ sinh môi trường nông thôn; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 88-KH/BDVTU ngày 15/3/2024 hướng dẫn xây dựng mô hình "Dân vận khéo" trong lĩnh vực y tế.
Kết quả, toàn tỉnh có 214 mô hình "Dân vận khéo" về chăm sóc sức khỏe, trong đó 38 mô hình cấp tỉnh; tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 6,8%; 99,6% hộ dân nông thôn sử dụng nước hợp vệ sinh, trong đó 81,2% dùng nước sạch đạt quy chuẩn. Hội LHPN các cấp duy trì 1.150 "Tổ phụ nữ dinh dưỡng" và vận động 3.420 hộ xây mới nhà tiêu hợp vệ sinh; Hội Nông dân tỉnh phối hợp giải ngân 23,7 tỷ đồng vốn vay nước sạch, vệ sinh môi trường cho 1.185 hộ; Đoàn Thanh niên lắp đặt 46 "Trạm nước sạch học đường" cho các điểm trường.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thanh Thủy, Lê Hoàng Phúc trình bày tham luận về phương thức phối hợp giữa tổ dân vận ấp với trạm y tế xã; đồng chí Võ Thị Tuyết Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Gò Công Đông, chia sẻ kinh nghiệm vận động 540 hộ vùng ven biển chuyển sang dùng nước máy. Bà Nguyễn Thị Út, Chủ tịch Hội LHPN xã Tân Thành, cho biết xã có 36 trẻ suy dinh dưỡng được "mẹ đỡ đầu" hỗ trợ mỗi tháng 300.000 đồng tiền sữa.
Hạn chế được chỉ ra: còn khoảng 9.000 hộ chưa có nhà tiêu hợp vệ sinh; 12 xã chưa có tuyến ống cấp nước đến ấp; tình trạng xả thải chăn nuôi xuống kênh, rạch còn diễn ra ở xã Bình Phục Nhứt, xã Long Trung.
Phát biểu chỉ đạo, đồng chí Trần Kim Mai yêu cầu năm 2025 khối dân vận thực hiện tốt Nghị quyết số 18-NQ/TW của BCH Trung ương về sắp xếp tổ chức bộ máy, đồng thời không để gián đoạn công tác vận động nhân dân; phấn đấu giảm thêm 0,5% tỷ lệ trẻ suy dinh dưỡng, tuyên dương không dưới 100 mô hình, điển hình tiêu biểu.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 26 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Minh Thư
Lượt xem: 667
Tin liên quan
- Giao ban khối dân vận quý IV/2024 (20/12/2024)
- Mỹ Tho tuyên dương 30 mô hình "Dân vận khéo" (12/12/2024)
- Hội thảo về dân vận chính quyền (28/11/2024)
""", "2025-01-10", "Khối dân vận góp phần giảm tỷ lệ trẻ suy dinh dưỡng, nâng tỷ lệ hộ dùng nước sạch",
E("tong_ket", "2024", "2025-01-08"),
[P("Trần Kim Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Trọng", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thanh Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hoàng Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Tuyết Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Gò Công Đông"),
 P("Nguyễn Thị Út", "Chủ tịch Hội LHPN xã Tân Thành")],
[Q("214 mô hình", 214, "mô hình"), Q("38 mô hình cấp tỉnh", 38, "mô hình cấp tỉnh"), Q("6,8%", 6.8, "%"), Q("99,6%", 99.6, "%"),
 Q("81,2%", 81.2, "%"), Q("1.150", 1150, "Tổ phụ nữ dinh dưỡng"), Q("3.420 hộ", 3420, "hộ"), Q("23,7 tỷ đồng", 23700000000, "đồng"),
 Q("1.185 hộ", 1185, "hộ"), Q("46", 46, "Trạm nước sạch học đường"), Q("540 hộ vùng ven biển", 540, "hộ"),
 Q("36 trẻ suy dinh dưỡng", 36, "trẻ suy dinh dưỡng"), Q("300.000 đồng", 300000, "đồng"), Q("khoảng 9.000 hộ", 9000, "hộ", "approx"),
 Q("12 xã", 12, "xã"), Q("0,5%", 0.5, "%"), Q("không dưới 100 mô hình, điển hình tiêu biểu", 100, "mô hình, điển hình tiêu biểu", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "712", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 712, 713-KL/TU"),
 D("Kết luận", "713", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 712, 713-KL/TU"),
 D("Kế hoạch", "88", "KH/BDVTU", "2024-03-15", "Ban Dân vận Tỉnh ủy", "kế hoạch số 88-KH/BDVTU ngày 15/3/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Tiền Giang"), com("Tân Thành"), com("Bình Phục Nhứt"), com("Long Trung")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ | Tin tức | Hoạt động khối dân vận", "Toàn cảnh hội nghị. Ảnh: Minh Thư",
 "Chăm lo sức khỏe nhân dân từ cơ sở", "Dân vận khéo", "mẹ đỡ đầu", "Lượt xem: 667"],
["Cập nhật: 09:42, 10/01/2025 (GMT+7)", "năm 2024", "năm 2025", "dưới 5 tuổi", "Lượt xem: 667"]))

PAGES.append(page("b4366-hungyen-vesinh-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ THÁI THỤY - TỈNH HƯNG YÊN
Thứ Tư, 22/10/2025
Trang chủ > Tin hoạt động > Mặt trận và các đoàn thể
Ngày đăng: 21/10/2025 | 14:30
Quang cảnh hội nghị. Ảnh: Văn Hiếu
Xã Thái Thụy: hội nghị chuyên đề vận động nhân dân xây dựng nhà tiêu hợp vệ sinh, phân loại rác tại nguồn
Sáng 20/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Thái Thụy tổ chức hội nghị chuyên đề năm 2025 về vận động nhân dân xây dựng nhà tiêu hợp vệ sinh, phân loại rác thải tại nguồn và phòng, chống dịch bệnh mùa mưa. Đồng chí Phạm Văn Thoan, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Nguyễn Thị Thu Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Bùi Thị Mến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Công tác cơ sở.
Xã Thái Thụy được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 5 xã cũ, có 9.842 hộ với 31.560 nhân khẩu. Theo báo cáo của Trạm Y tế xã, 9 tháng năm 2025 xã ghi nhận 26 ca sốt xuất huyết, 18 ca tay chân miệng; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 94,3%, còn 561 hộ dùng nhà tiêu tạm hoặc không đạt chuẩn, tập trung ở các thôn ven biển làm nghề muối, nuôi ngao.
Thực hiện Kế hoạch số 21-KH/ĐU ngày 28/8/2025 của Đảng ủy xã và Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ xã, các tổ chức chính trị - xã hội trực thuộc Mặt trận đã phân công 48 chi hội phụ nữ, 31 chi đoàn nhận đỡ đầu các hộ khó khăn; vận động được 143 hộ khởi công xây mới nhà tiêu, 2.650 hộ đăng ký phân loại rác tại nguồn. Đoàn Thanh niên xã ra quân 6 đợt "Ngày Chủ nhật xanh", thu gom khoảng 22 tấn rác thải nhựa.
Tại hội nghị, bà Đỗ Thị Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã nêu mô hình "5 không, 3 sạch" của chi hội thôn Tân Bồi: 100% hộ hội viên có nhà tiêu tự hoại. Ông Vũ Văn Quyết, Trưởng thôn Đông Hồ, đề nghị xã hỗ trợ xi măng cho 27 hộ nghèo, hộ cận nghèo chưa có điều kiện xây nhà tiêu. Đại diện Trạm Y tế xã cho biết đã hướng dẫn 38 tổ tự quản dùng vôi bột xử lý chất thải khi ngập úng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hương ghi nhận xã Thái Thụy là một trong những địa phương đầu tiên của tỉnh Hưng Yên tổ chức hội nghị chuyên đề về vệ sinh môi trường sau khi vận hành chính quyền địa phương 2 cấp. Đồng chí đề nghị Mặt trận xã cụ thể hóa Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư, đưa tiêu chí nhà tiêu hợp vệ sinh vào bình xét "Gia đình văn hóa"; phấn đấu đến hết năm 2026 đạt trên 98% hộ có nhà tiêu hợp vệ sinh.
Kết thúc hội nghị, Ủy ban MTTQ xã phối hợp các nhà hảo tâm trao hỗ trợ 27 hộ nghèo, hộ cận nghèo mỗi hộ 5 triệu đồng để xây nhà tiêu, tổng số tiền 135 triệu đồng; ông Phạm Văn Thoan cùng các đại biểu trồng 200 cây xanh tại khu tái định cư thôn Tân Bồi.
Văn Hiếu
Lượt xem: 423
Tin khác
- Đại hội Đại biểu Đảng bộ xã Thái Thụy lần thứ I, nhiệm kỳ 2025 - 2030 (29/09/2025)
- Ủy ban MTTQ xã ra mắt các ban chuyên môn (12/08/2025)
- Xã Thái Thụy chính thức vận hành chính quyền 2 cấp (01/07/2025)
""", "2025-10-21", "Xã Thái Thụy: hội nghị chuyên đề vận động nhân dân xây dựng nhà tiêu hợp vệ sinh, phân loại rác tại nguồn",
E("hoi_nghi", "2025", "2025-10-20"),
[P("Phạm Văn Thoan", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Thị Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Công tác cơ sở"),
 P("Đỗ Thị Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Vũ Văn Quyết", "Trưởng thôn Đông Hồ")],
[Q("5 xã cũ", 5, "xã cũ"), Q("9.842 hộ", 9842, "hộ"), Q("31.560 nhân khẩu", 31560, "nhân khẩu"), Q("26 ca sốt xuất huyết", 26, "ca sốt xuất huyết"),
 Q("18 ca tay chân miệng", 18, "ca tay chân miệng"), Q("94,3%", 94.3, "%"), Q("561 hộ", 561, "hộ"), Q("48 chi hội phụ nữ", 48, "chi hội phụ nữ"),
 Q("31 chi đoàn", 31, "chi đoàn"), Q("143 hộ", 143, "hộ"), Q("2.650 hộ", 2650, "hộ"), Q("6 đợt", 6, "đợt"),
 Q("khoảng 22 tấn", 22, "tấn", "approx"), Q("100% hộ hội viên", 100, "%"), Q("27 hộ nghèo, hộ cận nghèo", 27, "hộ nghèo, hộ cận nghèo"),
 Q("38 tổ tự quản", 38, "tổ tự quản"), Q("trên 98%", 98, "%", "over"), Q("5 triệu đồng", 5000000, "đồng"), Q("135 triệu đồng", 135000000, "đồng"),
 Q("200 cây xanh", 200, "cây xanh")],
[D("Kế hoạch", "21", "KH/ĐU", "2025-08-28", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 28/8/2025"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "127-KL/TW")],
[prov("Hưng Yên"), com("Thái Thụy")],
["ỦY BAN MTTQ VIỆT NAM XÃ THÁI THỤY - TỈNH HƯNG YÊN", "Trang chủ > Tin hoạt động > Mặt trận và các đoàn thể", "Quang cảnh hội nghị. Ảnh: Văn Hiếu",
 "5 không, 3 sạch", "Ngày Chủ nhật xanh", "Gia đình văn hóa", "Lượt xem: 423"],
["Thứ Tư, 22/10/2025", "Ngày đăng: 21/10/2025 | 14:30", "năm 2025", "9 tháng năm 2025", "2 cấp", "năm 2026", "5 không, 3 sạch", "Lượt xem: 423"]))
