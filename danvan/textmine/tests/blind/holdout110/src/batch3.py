from lib import *
PAGES = []

PAGES.append(page("b2609-gialai-bdv-giamsat-2024", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Kiểm tra, giám sát
12/06/2024 - 14:05
Giám sát công tác đào tạo, bồi dưỡng cán bộ dân vận tại Chư Prông
Ngày 11/6, Đoàn giám sát số 2 của Ban Dân vận Tỉnh ủy Gia Lai do đồng chí Siu Hlin, Phó Trưởng ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Chư Prông về việc thực hiện công tác đào tạo, bồi dưỡng cán bộ làm công tác dân vận giai đoạn 2020 - 2024.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Chư Prông.
Cuộc giám sát được thực hiện theo Kế hoạch giám sát số 31-KH/BDVTU ngày 15/4/2024 của Ban Dân vận Tỉnh ủy và Quyết định số 418-QĐ/BDVTU về thành lập đoàn giám sát. Tiếp đoàn có đồng chí Nay H'Bla, Phó Bí thư Thường trực Huyện ủy; đồng chí Kpă Thị Nghĩa, HUV, Trưởng Ban Dân vận Huyện ủy.
Báo cáo của Huyện ủy cho biết, từ năm 2020 đến nay, huyện đã tổ chức 26 lớp tập huấn, bồi dưỡng cho 1.842 lượt cán bộ dân vận, Mặt trận, đoàn thể và người có uy tín của 20 xã, thị trấn; cử 14 cán bộ đi học trung cấp lý luận chính trị. Giảng viên chủ yếu là báo cáo viên Huyện ủy, cán bộ Trung tâm Chính trị huyện; một số chuyên đề mời ThS. Rơ Lan H'Nhuih, giảng viên chính Khoa Dân tộc - Tôn giáo Trường Chính trị tỉnh, trực tiếp giảng dạy.
Việc học tập, quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương và Chỉ thị 35, 36-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Jrai được thực hiện nghiêm túc; 100% cán bộ dân vận cấp xã đã được bồi dưỡng ít nhất một lần. Tuy nhiên, đội ngũ cán bộ dân vận thôn, làng còn thường xuyên thay đổi; có 7 xã chưa bố trí được cán bộ biết tiếng Jrai; kinh phí cho công tác bồi dưỡng chỉ khoảng 95 triệu đồng/năm.
Tại buổi làm việc, ông Ksor Phơn, Chủ tịch Ủy ban MTTQ xã Ia Ga, đề nghị tỉnh mở lớp tiếng Jrai cho cán bộ người Kinh mới về công tác. Bà Rơ Châm H'Yên, Bí thư Đoàn xã Ia Phìn, kiến nghị có thêm tài liệu về kỹ năng dân vận trên mạng xã hội cho thanh niên.
Kết luận buổi giám sát, đồng chí Siu Hlin ghi nhận những kết quả huyện đạt được và đề nghị Ban Thường vụ Huyện ủy xây dựng kế hoạch bồi dưỡng sát với từng đối tượng, ưu tiên cán bộ là người dân tộc thiểu số; hoàn thành báo cáo khắc phục hạn chế trước ngày 30/7/2024. Đoàn sẽ tiếp tục giám sát tại 2 huyện Krông Pa và Ia Pa trong tháng 6.
Rcom Thu
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy giao ban với khối dân vận 5 tháng đầu năm (28/05/2024)
- Chư Sê: tôn vinh 30 mô hình "Dân vận khéo" (17/05/2024)
- Gặp mặt người có uy tín dịp Tết Nguyên đán (02/02/2024)
""", "2024-06-12", "Giám sát công tác đào tạo, bồi dưỡng cán bộ dân vận tại Chư Prông",
E("giam_sat", None, "2024-06-11"),
[P("Siu Hlin", "Phó Trưởng ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Nay H'Bla", "Phó Bí thư Thường trực Huyện ủy"),
 P("Kpă Thị Nghĩa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Rơ Lan H'Nhuih", "ThS", "giảng viên chính Khoa Dân tộc - Tôn giáo Trường Chính trị tỉnh"),
 P("Ksor Phơn", "Chủ tịch Ủy ban MTTQ xã Ia Ga"),
 P("Rơ Châm H'Yên", "Bí thư Đoàn xã Ia Phìn")],
[Q("26 lớp", 26, "lớp"), Q("1.842 lượt cán bộ dân vận, Mặt trận, đoàn thể và người có uy tín", 1842, "lượt cán bộ dân vận, Mặt trận, đoàn thể và người có uy tín"),
 Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("14 cán bộ", 14, "cán bộ"), Q("100% cán bộ dân vận cấp xã", 100, "%"),
 Q("7 xã", 7, "xã"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("2 huyện", 2, "huyện")],
[D("Kế hoạch", "31", "KH/BDVTU", "2024-04-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch giám sát số 31-KH/BDVTU ngày 15/4/2024"),
 D("Quyết định", "418", "QĐ/BDVTU", None, None, "Quyết định số 418-QĐ/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 35, 36-CT/TU"),
 D("Chỉ thị", "36", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 35, 36-CT/TU")],
[prov("Gia Lai"), com("Ia Ga"), com("Ia Phìn")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Kiểm tra, giám sát", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Chư Prông.",
 "Đoàn giám sát số 2", "Trường Chính trị tỉnh"],
["12/06/2024 - 14:05", "số 2", "giai đoạn 2020 - 2024", "từ năm 2020 đến nay", "một lần", "95 triệu đồng/năm", "trước ngày 30/7/2024", "trong tháng 6"]))

PAGES.append(page("b2610-hue-bdv-hoinghi-nq43-2024", """
Hôm nay: Thứ Năm, 18/01/2024
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ / Tin tức / Tin hoạt động
16:45 | 17/01/2024
Ảnh: Toàn cảnh hội nghị.
Học tập, quán triệt Nghị quyết 43 về phát huy sức mạnh khối đại đoàn kết
Sáng 16/1, Ban Thường vụ Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị học tập, quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố và 141 điểm cầu xã, phường, thị trấn với hơn 6.500 cán bộ, đảng viên tham dự.
Đồng chí Nguyễn Thị Ái Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, báo cáo viên cấp tỉnh, đã truyền đạt chuyên đề về những nội dung cơ bản, cốt lõi của Nghị quyết, gồm 5 quan điểm, 7 nhóm nhiệm vụ, giải pháp; trong đó nhấn mạnh mục tiêu đến năm 2030 và tầm nhìn đến năm 2045.
Đồng chí Nguyễn Thị Ái Vân truyền đạt chuyên đề tại hội nghị.
Đồng chí Hồ Văn Pưn, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu dự thảo Chương trình hành động số 40-CTr/TU của Tỉnh ủy thực hiện Nghị quyết với 6 nhiệm vụ trọng tâm, cùng các nội dung của Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Đồng chí cũng thông tin kết quả 15 năm thực hiện Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX) trên địa bàn tỉnh.
Tại điểm cầu huyện A Lưới, các đại biểu là người có uy tín trong đồng bào Tà Ôi, Cơ Tu, Pa Cô theo dõi hội nghị. Bà Alăng Thị Ngói, người có uy tín thôn A Đớt, xã A Roằng, cho biết sẽ tuyên truyền Nghị quyết tới bà con bằng tiếng Cơ Tu trong các buổi sinh hoạt cộng đồng. Ông Kăn Dũng, Chủ tịch Ủy ban MTTQ xã Hồng Thủy, đề nghị tỉnh tiếp tục quan tâm bồi dưỡng cán bộ Mặt trận vùng biên giới.
Phát biểu bế mạc, đồng chí Nguyễn Thị Ái Vân yêu cầu các cấp ủy hoàn thành việc học tập Nghị quyết trong quý I năm 2024; gắn việc triển khai với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Ngày hội Đại đoàn kết toàn dân tộc ở 1.315 khu dân cư.
Bảo Anh
Lượt truy cập: 1.058.214
Tin liên quan
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2023 (29/12/2023)
- Phú Vang tập huấn nghiệp vụ cho cán bộ dân vận (05/12/2023)
- Hội nghị giao ban khối dân vận quý IV (20/11/2023)
- Người có uy tín A Lưới góp ý xây dựng chính quyền (02/11/2023)
""", "2024-01-17", "Học tập, quán triệt Nghị quyết 43 về phát huy sức mạnh khối đại đoàn kết",
E("hoi_nghi", None, "2024-01-16"),
[P("Nguyễn Thị Ái Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "báo cáo viên cấp tỉnh"),
 P("Hồ Văn Pưn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Ngói", "người có uy tín thôn A Đớt"),
 P("Kăn Dũng", "Chủ tịch Ủy ban MTTQ xã Hồng Thủy")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("141 điểm cầu xã, phường, thị trấn", 141, "điểm cầu xã, phường, thị trấn"),
 Q("hơn 6.500 cán bộ, đảng viên", 6500, "cán bộ, đảng viên", "over"), Q("5 quan điểm", 5, "quan điểm"),
 Q("7 nhóm nhiệm vụ, giải pháp", 7, "nhóm nhiệm vụ, giải pháp"), Q("6 nhiệm vụ trọng tâm", 6, "nhiệm vụ trọng tâm"),
 Q("1.315 khu dân cư", 1315, "khu dân cư")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Chương trình hành động", "40", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 40-CTr/TU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Nghị quyết", "23", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 23-NQ/TW ngày 12/3/2003")],
[prov("Thừa Thiên Huế"), com("A Roằng"), com("Hồng Thủy")],
["Hôm nay: Thứ Năm, 18/01/2024", "BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ / Tin tức / Tin hoạt động", "Ảnh: Toàn cảnh hội nghị.",
 "Đồng chí Nguyễn Thị Ái Vân truyền đạt chuyên đề tại hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt truy cập: 1.058.214"],
["Hôm nay: Thứ Năm, 18/01/2024", "16:45 | 17/01/2024", "khóa XIII", "khóa IX", "năm 2030", "năm 2045", "15 năm", "quý I năm 2024", "Lượt truy cập: 1.058.214"]))

PAGES.append(page("b2611-vinhlong-bdv-taphuan-bcv-2024", """
Báo Vĩnh Long Online
Thứ Năm, 05/09/2024
Thời sự › Xây dựng Đảng
Cập nhật lúc 17:10 ngày 05/09/2024
Tập huấn kỹ năng cho đội ngũ báo cáo viên, tuyên truyền viên dân vận
(VLO) Ngày 4/9, Ban Dân vận Tỉnh ủy Vĩnh Long phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tập huấn kỹ năng tuyên truyền, vận động cho 210 báo cáo viên, tuyên truyền viên khối dân vận của 8 huyện, thị xã, thành phố và 107 xã, phường, thị trấn.
Đồng chí Bùi Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.
Các học viên tham gia thảo luận nhóm tại lớp tập huấn.
Báo cáo viên tại hội nghị gồm: PGS.TS Trần Văn Phòng, nguyên Phó Giám đốc Học viện Chính trị khu vực IV, trình bày chuyên đề về kỹ năng nói trước công chúng; ông Lê Quang Trung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, kiêm Giám đốc Trung tâm Chính trị thành phố Vĩnh Long, hướng dẫn kỹ năng đấu tranh phản bác quan điểm sai trái trên mạng xã hội; bà Sơn Thị Mỹ Linh, Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy, giới thiệu Kết luận số 114-KL/TW và Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương.
Các học viên cũng được hướng dẫn thực hiện Kế hoạch số 216-KH/TU ngày 20/5/2024 của Ban Thường vụ Tỉnh ủy về tuyên truyền Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030 và Hướng dẫn số 14-HD/BDVTU của Ban Dân vận Tỉnh ủy về nắm tình hình tư tưởng nhân dân.
Theo Ban Dân vận Tỉnh ủy, hiện toàn tỉnh có 1.284 báo cáo viên, tuyên truyền viên các cấp, trong đó 96 báo cáo viên cấp tỉnh. 8 tháng năm 2024, đội ngũ này đã tổ chức 2.640 cuộc tuyên truyền với hơn 118.000 lượt người dự; vận động nhân dân đóng góp 86 tỷ đồng xây dựng cầu, đường nông thôn.
Tại hội nghị, Hòa thượng Thạch Sên, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Phù Ly, xã Loan Mỹ, chia sẻ kinh nghiệm vận động Phật tử Khmer tham gia giữ gìn an ninh, trật tự. Ông Kim Sa Rên, Phó Chủ tịch Ủy ban MTTQ xã Tân Mỹ, đề nghị biên soạn tài liệu song ngữ Việt - Khmer.
Trong buổi chiều, các học viên chia thành 6 nhóm thực hành xử lý tình huống khi có thông tin sai lệch lan truyền trên mạng xã hội về việc thu hồi đất, bồi thường ở địa phương.
Phát biểu bế mạc, đồng chí Bùi Văn Nghiêm đề nghị mỗi báo cáo viên chủ động nắm bắt dư luận, tuyên truyền bằng ngôn ngữ gần gũi, dễ hiểu; mỗi xã phấn đấu xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới nâng cao.
Thanh Thủy
Tin khác
- Trà Ôn: họp mặt chức sắc, chức việc các tôn giáo (30/08/2024)
- Vũng Liêm tổng kết 5 năm phong trào "Dân vận khéo" (20/08/2024)
- Ban Dân vận Tỉnh ủy giao ban quý II (12/07/2024)
""", "2024-09-05", "Tập huấn kỹ năng cho đội ngũ báo cáo viên, tuyên truyền viên dân vận",
E("tap_huan", None, "2024-09-04"),
[P("Bùi Văn Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Phòng", "PGS.TS", "nguyên Phó Giám đốc Học viện Chính trị khu vực IV"),
 P("Lê Quang Trung", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Giám đốc Trung tâm Chính trị thành phố Vĩnh Long"),
 P("Sơn Thị Mỹ Linh", "Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Thạch Sên", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Phù Ly"),
 P("Kim Sa Rên", "Phó Chủ tịch Ủy ban MTTQ xã Tân Mỹ")],
[Q("210 báo cáo viên, tuyên truyền viên khối dân vận", 210, "báo cáo viên, tuyên truyền viên khối dân vận"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("107 xã, phường, thị trấn", 107, "xã, phường, thị trấn"),
 Q("1.284 báo cáo viên, tuyên truyền viên", 1284, "báo cáo viên, tuyên truyền viên"),
 Q("96 báo cáo viên cấp tỉnh", 96, "báo cáo viên cấp tỉnh"), Q("2.640 cuộc tuyên truyền", 2640, "cuộc tuyên truyền"),
 Q("hơn 118.000 lượt người", 118000, "lượt người", "over"), Q("86 tỷ đồng", 86000000000, "đồng"), Q("6 nhóm", 6, "nhóm")],
[D("Kết luận", "114", "KL/TW", None, None, "Kết luận số 114-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "216", "KH/TU", "2024-05-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 216-KH/TU ngày 20/5/2024"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU")],
[prov("Vĩnh Long"), com("Loan Mỹ"), com("Tân Mỹ")],
["Báo Vĩnh Long Online", "Thời sự › Xây dựng Đảng", "(VLO)", "Các học viên tham gia thảo luận nhóm tại lớp tập huấn.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Dân vận khéo"],
["Thứ Năm, 05/09/2024", "Cập nhật lúc 17:10 ngày 05/09/2024", "nhiệm kỳ 2025 - 2030", "8 tháng năm 2024", "ít nhất 1 mô hình"]))

PAGES.append(page("b2612-dienbien-bdv-tongket-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
Thứ Sáu, 20/12/2024 - 16:30
Ảnh: Đồng chí Lò Văn Puôn phát biểu kết luận hội nghị.
100% cán bộ dân vận cấp xã được bồi dưỡng nghiệp vụ
Ngày 19/12, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lò Văn Puôn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2024, Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị tỉnh mở 41 lớp bồi dưỡng với 2.960 lượt học viên; 100% cán bộ dân vận của 129 xã, phường, thị trấn được bồi dưỡng nghiệp vụ. Đội ngũ giảng viên gồm lãnh đạo Ban, giảng viên Trường Chính trị tỉnh và TS. Lê Minh Hải, Phó Vụ trưởng phụ trách Vụ Dân tộc Ban Dân vận Trung ương, người trực tiếp giảng dạy 4 lớp dành cho trưởng bản người Mông.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU, 09-CT/TU về công tác vận động quần chúng ở vùng đồng bào Mông và về phòng, chống truyền đạo trái pháp luật; sơ kết Nghị quyết 03-NQ/TU của Tỉnh ủy về công tác dân vận vùng biên giới; ban hành Quyết định số 1232-QĐ/TU về Quy chế làm việc của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở.
Cũng trong năm, trên địa bàn tỉnh xảy ra 5 vụ tụ tập đông người, 3 vụ việc truyền đạo trái pháp luật; các cấp đã vận động 6 trường hợp tuyên truyền đạo trái phép từ bỏ việc làm sai trái. Khối dân vận đã tổng hợp 12 ý kiến góp ý của nhân dân gửi tới cấp ủy, chính quyền; xây dựng 37 mô hình "Dân vận khéo" cấp tỉnh; các đoàn thể kết nạp 1.540 hội viên mới. Nhân dân đóng góp 1,8 tỷ đồng và 21.000 ngày công xây dựng 63 nhà văn hóa bản.
Tại hội nghị, đồng chí Quàng Thị Ưng, người vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, đã thông qua chương trình công tác năm 2025. Đồng chí Vừ A Dê, Bí thư Đảng ủy xã Huổi Lèng, cho biết xã đã có 100% bản có tổ dân vận. Đồng chí Cà Văn Lả, HUV, Chủ tịch Ủy ban MTTQ huyện Tuần Giáo, kiến nghị tăng phụ cấp cho tổ trưởng tổ dân vận bản. Bà Lầu Thị Dua, Chủ tịch Hội LHPN xã Mường Nhé, chia sẻ kinh nghiệm vận động chị em không kết hôn sớm.
Kết luận hội nghị, đồng chí Lò Văn Puôn đề nghị năm 2025 chuẩn bị tốt việc sắp xếp tổ chức bộ máy; tiếp tục bồi dưỡng cho đội ngũ cán bộ dân vận theo hướng cầm tay chỉ việc; phát huy vai trò của 1.620 người có uy tín trong đồng bào dân tộc thiểu số.
Dịp này, 15 tập thể, 22 cá nhân được tặng giấy khen của Ban Dân vận Tỉnh ủy.
Thu Hằng
Lượt xem: 3.107
Tin liên quan
- Mường Ảng sơ kết 5 năm mô hình "Dân vận khéo" (10/12/2024)
- Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ bản (22/11/2024)
- Gặp mặt người có uy tín huyện Nậm Pồ (08/11/2024)
""", "2024-12-20", "100% cán bộ dân vận cấp xã được bồi dưỡng nghiệp vụ",
E("tong_ket", "2024", "2024-12-19"),
[P("Lò Văn Puôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Hải", "TS", "Phó Vụ trưởng phụ trách Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Quàng Thị Ưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ A Dê", "Bí thư Đảng ủy xã Huổi Lèng"),
 P("Cà Văn Lả", "HUV", "Chủ tịch Ủy ban MTTQ huyện Tuần Giáo"),
 P("Lầu Thị Dua", "Chủ tịch Hội LHPN xã Mường Nhé")],
[Q("100% cán bộ dân vận cấp xã", 100, "%"), Q("41 lớp bồi dưỡng", 41, "lớp bồi dưỡng"), Q("2.960 lượt học viên", 2960, "lượt học viên"),
 Q("129 xã, phường, thị trấn", 129, "xã, phường, thị trấn"), Q("4 lớp", 4, "lớp"),
 Q("5 vụ tụ tập đông người", 5, "vụ tụ tập đông người"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("6 trường hợp", 6, "trường hợp"), Q("12 ý kiến", 12, "ý kiến"), Q("37 mô hình", 37, "mô hình"),
 Q("1.540 hội viên mới", 1540, "hội viên mới"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("21.000 ngày công", 21000, "ngày công"),
 Q("63 nhà văn hóa bản", 63, "nhà văn hóa bản"), Q("100% bản", 100, "%"), Q("1.620 người có uy tín", 1620, "người có uy tín"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "09-CT/TU"),
 D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 03-NQ/TU"),
 D("Quyết định", "1232", "QĐ/TU", None, None, "Quyết định số 1232-QĐ/TU")],
[prov("Điện Biên"), com("Huổi Lèng"), com("Mường Nhé")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "Ảnh: Đồng chí Lò Văn Puôn phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Lượt xem: 3.107", "Trường Chính trị tỉnh"],
["Thứ Sáu, 20/12/2024 - 16:30", "năm 2024", "năm 2025", "Lượt xem: 3.107"]))

PAGES.append(page("b2613-tuyenquang-btgdv-taphuan-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Trang chủ | Thời sự | Xây dựng Đảng
Cập nhật: 09:20, 15/08/2025 (GMT+7)
Toàn cảnh lớp bồi dưỡng. Ảnh: Thu Phương
Bồi dưỡng nghiệp vụ tuyên giáo và dân vận cho 372 cán bộ cấp xã sau sắp xếp
Ngày 14/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang khai giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận năm 2025 cho 372 học viên là Trưởng ban, Phó Trưởng ban Xây dựng Đảng và cán bộ phụ trách công tác dân vận của 124 xã, phường sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, thực hiện mô hình chính quyền địa phương 2 cấp. Lớp học được chia thành 3 lớp, học tập trung trong 5 ngày.
Dự khai giảng có đồng chí Hoàng Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Sùng Thị Pà, Nông Văn Kiên, Ma Thế Hùng.
Giảng viên gồm TS. Đỗ Quang Vinh, Phó Vụ trưởng Vụ Dân vận các cơ quan nhà nước Ban Tuyên giáo và Dân vận Trung ương; ThS. Chẻo Thị Mai, Phó Trưởng khoa Xây dựng Đảng - Dân vận Trường Chính trị tỉnh; đồng chí Nông Văn Kiên và các trưởng phòng chuyên môn của Ban.
Học viên được nghiên cứu Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh; Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư; Quyết định 23-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 05-KH/BTGDVTU ngày 28/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về bồi dưỡng cán bộ cấp xã. Chương trình gồm 8 chuyên đề, trong đó có 2 chuyên đề thực hành xử lý tình huống.
Phát biểu khai giảng, đồng chí Hoàng Thị Thanh Hương nhấn mạnh, sau sắp xếp, địa bàn mỗi xã rộng hơn, nhiều xã có trên 20.000 dân, đòi hỏi cán bộ phải bám cơ sở, nắm chắc tình hình nhân dân. Theo khảo sát, hiện có 46 xã, phường chưa có cán bộ chuyên trách về dân vận; 31% cán bộ mới được điều động từ cấp huyện cũ.
Trao đổi bên lề lớp học, bà Lý Thị Vần, Phó Trưởng ban Xây dựng Đảng Đảng ủy xã Lũng Cú, cho biết xã mới có 54 thôn với hơn 4.300 hộ, chủ yếu là đồng bào Mông, Lô Lô. Ông Hà Đức Toàn, Trưởng ban Xây dựng Đảng Đảng ủy phường Minh Xuân, mong muốn được bồi dưỡng thêm về kỹ năng đối thoại với nhân dân.
Mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ 200.000 đồng/ngày; tổng kinh phí khoảng 420 triệu đồng.
Thu Phương
Xem thêm
- Ra mắt Ủy ban MTTQ Việt Nam các xã, phường sau sắp xếp (05/08/2025)
- Hội nghị cán bộ chủ chốt triển khai nhiệm vụ sau hợp nhất (01/07/2025)
- Tuyên Quang công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (30/06/2025)
""", "2025-08-15", "Bồi dưỡng nghiệp vụ tuyên giáo và dân vận cho 372 cán bộ cấp xã sau sắp xếp",
E("tap_huan", "2025", "2025-08-14"),
[P("Hoàng Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Thị Pà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Văn Kiên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thế Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Quang Vinh", "TS", "Phó Vụ trưởng Vụ Dân vận các cơ quan nhà nước Ban Tuyên giáo và Dân vận Trung ương"),
 P("Chẻo Thị Mai", "ThS", "Phó Trưởng khoa Xây dựng Đảng - Dân vận Trường Chính trị tỉnh"),
 P("Lý Thị Vần", "Phó Trưởng ban Xây dựng Đảng Đảng ủy xã Lũng Cú"),
 P("Hà Đức Toàn", "Trưởng ban Xây dựng Đảng Đảng ủy phường Minh Xuân")],
[Q("372 học viên", 372, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("3 lớp", 3, "lớp"),
 Q("8 chuyên đề", 8, "chuyên đề"), Q("2 chuyên đề thực hành xử lý tình huống", 2, "chuyên đề thực hành xử lý tình huống"),
 Q("trên 20.000 dân", 20000, "dân", "over"), Q("46 xã, phường", 46, "xã, phường"), Q("31%", 31, "%"),
 Q("54 thôn", 54, "thôn"), Q("hơn 4.300 hộ", 4300, "hộ", "over"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW"),
 D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-28", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU ngày 28/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Trang chủ | Thời sự | Xây dựng Đảng", "Toàn cảnh lớp bồi dưỡng. Ảnh: Thu Phương",
 "Trường Chính trị tỉnh"],
["Cập nhật: 09:20, 15/08/2025 (GMT+7)", "năm 2025", "2 cấp", "trong 5 ngày", "1 bộ tài liệu"]))

PAGES.append(page("b2614-lamdong-mttq-taphuan-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Hoạt động Mặt trận
Ngày đăng 09/10/2025 | 10:30
Tập huấn nghiệp vụ cho cán bộ Mặt trận và các đoàn thể 124 xã, phường, đặc khu
Ngày 8/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tập huấn nghiệp vụ công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025 cho 496 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam của 124 xã, phường, đặc khu. Đây là đợt tập huấn đầu tiên sau khi tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận hợp nhất, các hội, đoàn thể chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam.
Các đại biểu dự lễ khai mạc lớp tập huấn.
Dự và chỉ đạo có bà K'Brơi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Điểu Thị Hnhinh, Đàng Thị Ngọc Hoa, Trần Minh Quang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo viên gồm ông Lê Văn Hưng, Phó Trưởng ban Dân chủ, Pháp luật và Giám sát, phản biện xã hội Ủy ban Trung ương MTTQ Việt Nam; bà Điểu Thị Hnhinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Bá Văn Tuấn, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Nội dung tập huấn tập trung vào Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII; Kết luận số 150-KL/TW, 151-KL/TW của Bộ Chính trị về hướng dẫn sắp xếp Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; Hướng dẫn số 03-HD/MTTQ-BTT ngày 15/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức hoạt động của Ban Công tác Mặt trận ở 2.618 thôn, bon, buôn, tổ dân phố; kỹ năng giám sát, phản biện xã hội và vận động quỹ "Vì người nghèo".
Theo báo cáo, 9 tháng năm 2025, Mặt trận các cấp trong tỉnh đã vận động được hơn 68,5 tỷ đồng, hỗ trợ xây mới, sửa chữa 1.154 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn; hoàn thành chương trình xóa nhà tạm, nhà dột nát trước ngày 31/8/2025.
Tại lớp học, ông Điểu K'Rưm, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín, cho biết xã mới có diện tích rộng, nhiều bon của đồng bào M'nông cách trung tâm hơn 20 km. Bà Ka Sô Liễng, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Lâm Viên - Đà Lạt, đề nghị tổ chức thêm các lớp ngắn ngày về công nghệ số cho cán bộ Mặt trận. Ông Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quý, kiến nghị có cơ chế riêng cho hoạt động Mặt trận ở đảo.
Kết thúc lớp tập huấn, bà K'Brơi đề nghị cán bộ Mặt trận cơ sở chủ động nắm tình hình, tập hợp đoàn viên, hội viên; chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Hồng Thắm
Tin liên quan
- Ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (02/07/2025)
- Bàn giao 300 căn nhà Đại đoàn kết cho hộ nghèo (25/08/2025)
- Mặt trận phường Phan Thiết giám sát chợ truyền thống (12/09/2025)
""", "2025-10-09", "Tập huấn nghiệp vụ cho cán bộ Mặt trận và các đoàn thể 124 xã, phường, đặc khu",
E("tap_huan", "2025", "2025-10-08"),
[P("K'Brơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hnhinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đàng Thị Ngọc Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hưng", "Phó Trưởng ban Dân chủ, Pháp luật và Giám sát, phản biện xã hội Ủy ban Trung ương MTTQ Việt Nam"),
 P("Bá Văn Tuấn", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Rưm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Ka Sô Liễng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Lâm Viên - Đà Lạt"),
 P("Nguyễn Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quý")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("496 học viên", 496, "học viên"),
 Q("2.618 thôn, bon, buôn, tổ dân phố", 2618, "thôn, bon, buôn, tổ dân phố"),
 Q("hơn 68,5 tỷ đồng", 68500000000, "đồng", "over"), Q("1.154 căn nhà", 1154, "căn nhà"), Q("hơn 20 km", 20, "km", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "151-KL/TW"),
 D("Hướng dẫn", "03", "HD/MTTQ-BTT", "2025-09-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 03-HD/MTTQ-BTT ngày 15/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín"), com("Lâm Viên - Đà Lạt"), com("Phú Quý")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Các đại biểu dự lễ khai mạc lớp tập huấn.",
 "Vì người nghèo", "xóa nhà tạm, nhà dột nát"],
["Ngày đăng 09/10/2025 | 10:30", "năm 2025", "9 tháng năm 2025", "trước ngày 31/8/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "đợt tập huấn đầu tiên"]))
