from lib import *
PAGES = []

PAGES.append(page("b1355-hue-giaoban-tongiao-quy3-2017", """
Báo Thừa Thiên Huế Online
Chính trị | Dân vận | Tôn giáo
06/10/2017 - 14:25
Chủ động nắm tình hình, giải quyết kịp thời các vụ việc liên quan tôn giáo
Đồng chí Nguyễn Thị Sương chủ trì giao ban.
(TTH.VN) - Chiều 5/10, Ban Dân vận Tỉnh ủy Thừa Thiên Huế chủ trì giao ban công tác tôn giáo quý III/2017 với Ban Tôn giáo - Sở Nội vụ, Ủy ban MTTQ Việt Nam tỉnh, Công an tỉnh và ban dân vận các huyện ủy, thị ủy, thành ủy.
Theo báo cáo, trong quý, tình hình các tôn giáo trên địa bàn cơ bản ổn định. Giáo hội Phật giáo Việt Nam tỉnh tổ chức thành công Đại lễ Vu Lan báo hiếu tại 34 chùa, niệm Phật đường với hơn 25.000 lượt phật tử tham dự; các giáo xứ thuộc Tổng Giáo phận Huế tổ chức tĩnh tâm, thánh lễ theo đúng quy định. Các tổ chức tôn giáo đã vận động ủng hộ 1,35 tỷ đồng cho quỹ "Vì người nghèo" và trao 620 suất học bổng cho học sinh nghèo vượt khó, mỗi suất 500.000 đồng.
Tuy nhiên, vẫn còn một số vụ việc phức tạp: tranh chấp đất đai liên quan đến cơ sở thờ tự ở phường Thủy Xuân; việc xây dựng trái phép tịnh thất ở xã Hương Hồ. Các cơ quan đã phối hợp giải quyết dứt điểm 5 vụ việc, còn 3 vụ đang xem xét. Qua nắm tình hình, có 12 đơn thư liên quan tôn giáo gửi đến các cơ quan chức năng, đã giải quyết 9 đơn.
Tại buổi giao ban, Thượng tọa Thích Chơn Phước, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, được mời dự và phát biểu, đề nghị chính quyền các cấp sớm hướng dẫn thủ tục cải tạo, sửa chữa các ngôi chùa xuống cấp sau mùa mưa bão năm 2016. Ông Hồ Văn Thuận, Trưởng Ban Tôn giáo - Sở Nội vụ, cho biết Ban đã hướng dẫn 18 hồ sơ xin sửa chữa, cải tạo cơ sở thờ tự, đang chuẩn bị triển khai Luật Tín ngưỡng, tôn giáo vừa được Quốc hội thông qua.
Kết luận buổi giao ban, đồng chí Nguyễn Thị Sương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đề nghị các ngành tiếp tục triển khai Kế hoạch số 36-KH/TU ngày 3/7/2017 của Tỉnh ủy về thực hiện Chỉ thị 18-CT/TW của Ban Bí thư về phát huy vai trò, nâng cao chất lượng hoạt động của Mặt trận; thực hiện nghiêm Quy chế phối hợp số 09-QC/BDVTU-BTG giữa Ban Dân vận Tỉnh ủy và Ban Tôn giáo tỉnh; chuẩn bị chu đáo các đoàn thăm, chúc mừng Lễ Giáng sinh năm 2017.
Trưởng Ban Dân vận Tỉnh ủy cũng giao Phòng Dân tộc - Tôn giáo của Ban phối hợp với Công an tỉnh rà soát các điểm nhóm sinh hoạt tôn giáo chưa đăng ký, báo cáo tại giao ban quý IV.
Thanh Hương
Lượt xem: 1.315
Tin liên quan
- Phong Điền: Đối thoại với chức sắc, chức việc các tôn giáo (28/09/2017)
- Gặp mặt chức sắc tôn giáo nhân kỷ niệm 87 năm ngày truyền thống MTTQ (20/09/2017)
- 10 năm phong trào "Đoàn kết tôn giáo" (08/09/2017)
- Hương Trà: Hội nghị giao ban khối dân vận quý III (03/09/2017)
""", "2017-10-06", "Chủ động nắm tình hình, giải quyết kịp thời các vụ việc liên quan tôn giáo",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Nguyễn Thị Sương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Chơn Phước", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Hồ Văn Thuận", "Trưởng Ban Tôn giáo - Sở Nội vụ")],
[Q("34 chùa, niệm Phật đường", 34, "chùa, niệm Phật đường"), Q("hơn 25.000 lượt phật tử", 25000, "lượt phật tử", "over"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("620 suất học bổng", 620, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("5 vụ việc", 5, "vụ việc"), Q("3 vụ", 3, "vụ"), Q("12 đơn thư", 12, "đơn thư"), Q("9 đơn", 9, "đơn"),
 Q("18 hồ sơ", 18, "hồ sơ")],
[D("Kế hoạch", "36", "KH/TU", "2017-07-03", "Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 3/7/2017 của Tỉnh ủy"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW của Ban Bí thư"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-BTG", None, None, "Quy chế phối hợp số 09-QC/BDVTU-BTG")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Hương Hồ")],
["Báo Thừa Thiên Huế Online", "Chính trị | Dân vận | Tôn giáo", "Đồng chí Nguyễn Thị Sương chủ trì giao ban.", "(TTH.VN)",
 "Vì người nghèo", "Luật Tín ngưỡng, tôn giáo", "Tổng Giáo phận Huế", "Đại lễ Vu Lan", "Lượt xem: 1.315"],
["06/10/2017 - 14:25", "quý III/2017", "năm 2016", "năm 2017", "quý IV", "Lượt xem: 1.315"]))

PAGES.append(page("b1356-gialai-mttq-doithoai-tinlanh-2018", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Thời sự › Dân tộc - Tôn giáo
Thứ Sáu, 23/11/2018, 07:30
Đối thoại để hiểu và đồng hành cùng chức sắc Tin lành
(GLO)- Ngày 22-11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại với chức sắc, chức việc, người có uy tín trong đạo Tin lành năm 2018. Hội nghị có 172 đại biểu đến từ 17 huyện, thị xã, thành phố tham dự.
Các đại biểu dự hội nghị đối thoại. Ảnh: Hà Phương
Chủ trì hội nghị có các đồng chí: Rơ Lan Kim Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hồ Văn Điệp, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Kpă Thuân, Phó Chủ tịch UBND tỉnh.
Hiện toàn tỉnh có hơn 150 nghìn tín đồ Tin lành thuộc 7 hệ phái, sinh hoạt tại 117 chi hội và 412 điểm nhóm. Năm 2018, các chi hội đã phối hợp với Mặt trận vận động tín đồ hiến gần 15.000 m2 đất, đóng góp khoảng 3,6 tỷ đồng làm đường, xây nhà văn hóa làng. Thực hiện Nghị định số 162/2017/NĐ-CP của Chính phủ, tỉnh đã xem xét, chấp thuận đăng ký sinh hoạt tôn giáo tập trung cho 36 điểm nhóm.
Tại hội nghị, 14 ý kiến đã được nêu, tập trung vào đất xây dựng nhà thờ, việc phong chức mục sư, việc học giáo lý của thanh niên. Mục sư Ksor Y Nhuin, Hội trưởng Chi hội Tin lành Plei Ring, xã Ia Sao, đề nghị sớm giao đất cho chi hội xây nhà nguyện. Truyền đạo Rah Lan Hloan, Quản nhiệm điểm nhóm Tin lành làng Bông, phản ánh việc một số người lạ vào làng tuyên truyền, chia rẽ tín đồ.
Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Kpă Thuân trả lời trực tiếp các ý kiến, giao Sở Tài nguyên và Môi trường, UBND các huyện rà soát quỹ đất, trong quý I/2019 trả lời cho các chi hội. Ông Nguyễn Văn Hoàng, Trưởng Ban Tôn giáo - Sở Nội vụ, thông tin thêm về Luật Tín ngưỡng, tôn giáo có hiệu lực từ ngày 1-1-2018.
Phát biểu kết luận, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Rơ Lan Kim Thanh ghi nhận sự thẳng thắn, cầu thị của các chức sắc; đề nghị các chức sắc tiếp tục hướng dẫn tín đồ thực hiện tốt Quy chế phối hợp số 07-QCPH/MTTQ-BDVTU và tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Mặt trận tỉnh sẽ tổng hợp ý kiến, chuyển đến các cơ quan chức năng và giám sát việc giải quyết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 40 phần quà cho chức sắc có hoàn cảnh khó khăn, mỗi phần 1 triệu đồng.
Phương Duyên
Lượt xem: 2.108
Tin liên quan
- Ia Grai: Đối thoại với người có uy tín làng (15/11/2018)
- Mặt trận giám sát việc thực hiện chính sách cho người có uy tín (02/11/2018)
- Chư Păh: Ra mắt mô hình "Làng không có tín đồ vi phạm pháp luật" (26/10/2018)
""", "2018-11-23", "Đối thoại để hiểu và đồng hành cùng chức sắc Tin lành",
E("doi_thoai", "2018", "2018-11-22"),
[P("Rơ Lan Kim Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Điệp", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Thuân", "Phó Chủ tịch UBND tỉnh"),
 P("Ksor Y Nhuin", "Mục sư", "Hội trưởng Chi hội Tin lành Plei Ring"),
 P("Rah Lan Hloan", "Truyền đạo", "Quản nhiệm điểm nhóm Tin lành làng Bông"),
 P("Nguyễn Văn Hoàng", "Trưởng Ban Tôn giáo - Sở Nội vụ")],
[Q("172 đại biểu", 172, "đại biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("hơn 150 nghìn tín đồ Tin lành", 150000, "tín đồ Tin lành", "over"), Q("7 hệ phái", 7, "hệ phái"),
 Q("117 chi hội", 117, "chi hội"), Q("412 điểm nhóm", 412, "điểm nhóm"),
 Q("gần 15.000 m2", 15000, "m2", "approx"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("36 điểm nhóm", 36, "điểm nhóm"), Q("14 ý kiến", 14, "ý kiến"),
 Q("40 phần quà", 40, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP của Chính phủ"),
 D("Quy chế phối hợp", "07", "QCPH/MTTQ-BDVTU", None, None, "Quy chế phối hợp số 07-QCPH/MTTQ-BDVTU")],
[prov("Gia Lai"), com("Ia Sao")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Thời sự › Dân tộc - Tôn giáo", "(GLO)", "Các đại biểu dự hội nghị đối thoại. Ảnh: Hà Phương",
 "Luật Tín ngưỡng, tôn giáo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 2.108"],
["Thứ Sáu, 23/11/2018, 07:30", "năm 2018", "Năm 2018", "quý I/2019", "1-1-2018", "Lượt xem: 2.108"]))

PAGES.append(page("b1357-dongnai-mttq-giamsat-tongiao-2019", """
Báo Đồng Nai điện tử
Chính trị - Xã hội >> Mặt trận
Cập nhật lúc 16:10 ngày 16/08/2019
Mặt trận tỉnh giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại Trảng Bom
Đoàn giám sát làm việc tại xã Hố Nai 3.
Ngày 15/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Nguyễn Thị Như Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại huyện Trảng Bom. Đây là nội dung trong chương trình giám sát năm 2019 của Mặt trận tỉnh, thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 28/KH-MTTQ-BTT ngày 20/6/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trảng Bom là địa bàn có đông đồng bào Công giáo của Giáo phận Xuân Lộc, với 62 giáo xứ, hơn 160 nghìn giáo dân, chiếm khoảng 48% dân số toàn huyện. Theo báo cáo của UBND huyện do ông Lê Văn Tuấn, Phó Chủ tịch UBND huyện trình bày, từ năm 2017 đến nay huyện đã giải quyết 27 hồ sơ đề nghị sửa chữa, cải tạo nhà thờ, đất cho cơ sở tôn giáo; còn 4 trường hợp đang vướng quy hoạch. Các giáo xứ đã đóng góp hơn 58 tỷ đồng xây dựng nông thôn mới, giúp 312 hộ nghèo có nhà ở và sinh kế.
Làm việc với đoàn, Linh mục Giuse Trần Văn Thiện, Chánh xứ giáo xứ Thánh Tâm, xã Hố Nai 3, cho biết giáo xứ phối hợp chặt chẽ với Ban điều hành các ấp xây dựng mô hình "Giáo xứ bình yên", duy trì 11 tổ tự quản an ninh trật tự. Ông Phạm Đức Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Bàu Hàm, kiến nghị có hướng dẫn cụ thể việc tổ chức các lễ hội tôn giáo quy mô lớn có đông người từ nơi khác đến.
Qua giám sát, đoàn nhận thấy huyện đã triển khai khá đầy đủ Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP; tuy vậy việc giải quyết thủ tục đất đai cho cơ sở tôn giáo còn chậm, một số xã chưa kịp thời nắm tình hình sinh hoạt của các nhóm tôn giáo mới phát sinh.
Kết luận buổi giám sát, bà Nguyễn Thị Như Hoa đề nghị UBND huyện Trảng Bom khẩn trương giải quyết dứt điểm 4 trường hợp còn tồn đọng trước ngày 31/12/2019; phát huy vai trò của Ban Đoàn kết Công giáo huyện và các linh mục trong vận động giáo dân. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh để kiến nghị UBND tỉnh.
Trong đợt giám sát năm nay, Mặt trận tỉnh còn làm việc tại Thống Nhất và thành phố Biên Hòa.
Hoàng Lộc
Lượt đọc: 688
Tin liên quan
- Họp mặt các vị chức sắc, chức việc nhân dịp Lễ Phật đản (14/05/2019)
- Định Quán: Giám sát chính sách cho người có công (09/05/2019)
- Gương sáng "Sống tốt đời, đẹp đạo" ở Xuân Lộc (25/04/2019)
""", "2019-08-16", "Mặt trận tỉnh giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại Trảng Bom",
E("giam_sat", "2019", "2019-08-15"),
[P("Nguyễn Thị Như Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tuấn", "Phó Chủ tịch UBND huyện"),
 P("Giuse Trần Văn Thiện", "Linh mục", "Chánh xứ giáo xứ Thánh Tâm"),
 P("Phạm Đức Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bàu Hàm")],
[Q("62 giáo xứ", 62, "giáo xứ"), Q("hơn 160 nghìn giáo dân", 160000, "giáo dân", "over"),
 Q("khoảng 48%", 48, "%", "approx"), Q("27 hồ sơ", 27, "hồ sơ"), Q("4 trường hợp", 4, "trường hợp"),
 Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("11 tổ tự quản an ninh trật tự", 11, "tổ tự quản an ninh trật tự")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "28", "KH-MTTQ-BTT", "2019-06-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 28/KH-MTTQ-BTT ngày 20/6/2019"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định số 162/2017/NĐ-CP")],
[prov("Đồng Nai"), com("Hố Nai 3"), com("Bàu Hàm")],
["Báo Đồng Nai điện tử", "Chính trị - Xã hội >> Mặt trận", "Đoàn giám sát làm việc tại xã Hố Nai 3.", "Giáo xứ bình yên",
 "Luật Tín ngưỡng, tôn giáo", "Giáo phận Xuân Lộc", "Ban Đoàn kết Công giáo huyện", "Lượt đọc: 688"],
["Cập nhật lúc 16:10 ngày 16/08/2019", "năm 2019", "năm 2017", "31/12/2019", "Lượt đọc: 688"]))

PAGES.append(page("b1358-cantho-chandung-sucaca-khmer-2019", """
CẦN THƠ ONLINE
Trang chủ / Xã hội / Gương sáng
Thứ Tư, 22/05/2019 - 06:15
Vị sư cả của phum sóc Trường Thành
Hòa thượng Danh Lâm (giữa) trò chuyện với bà con trong sóc.
Ở xã Trường Thành, huyện Thới Lai, nhắc đến Hòa thượng Danh Lâm, trụ trì chùa Pôthi Somrôn, ai cũng kính trọng gọi bằng cái tên thân thương "Lục cả". Gần 40 năm tu hành, ông không chỉ chăm lo Phật sự mà còn là chỗ dựa của hơn 600 hộ đồng bào Khmer trong vùng.
Năm nay 72 tuổi, Hòa thượng Danh Lâm hiện là Ủy viên Ủy ban MTTQ Việt Nam thành phố, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ. Mỗi năm, ngôi chùa do ông trụ trì mở 3 lớp dạy chữ Khmer miễn phí vào dịp hè cho khoảng 150 em thiếu nhi; phòng thuốc nam của chùa khám, cấp thuốc cho hàng nghìn lượt người.
Cùng với chính quyền và Mặt trận xã, ông đứng ra vận động phật tử góp tiền, ngày công làm 4 cây cầu bê tông, nâng cấp gần 3 km đường nội ấp. Riêng năm 2018, nhà chùa vận động được 420 triệu đồng để xây 6 căn nhà tình thương tặng hộ nghèo người Khmer, mỗi căn 70 triệu đồng. Ông Trương Văn Xuyên, Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Thành, kể: "Có vụ tranh chấp đất giữa hai gia đình trong sóc, ra xã hòa giải mấy lần không xong, Lục cả mời về chùa nói chuyện một buổi là êm".
Theo bà Lý Thị Sa Rươl, Phó Trưởng Ban Dân vận Quận ủy Ô Môn, người từng nhiều năm làm công tác dân tộc ở Thới Lai, sư cả Danh Lâm luôn nhắc nhở sư sãi, phật tử không nghe theo những lời kích động của các tổ chức phản động lưu vong, giữ gìn đoàn kết giữa đồng bào Khmer, Kinh, Hoa. Ông còn tích cực tham gia tuyên truyền Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới.
Mùa khô năm 2019, khi nhiều hộ trong sóc thiếu nước sinh hoạt, chùa Pôthi Somrôn lại là nơi đầu tiên khoan giếng, lắp bồn chứa để bà con đến lấy nước miễn phí. Nhà chùa cũng là điểm sinh hoạt của tổ hòa giải, chi hội người cao tuổi và câu lạc bộ đờn ca tài tử, dù kham khổ nhưng lúc nào cũng rộn tiếng cười. Những năm gần đây, ông còn nhận nuôi dạy 12 chú tiểu có hoàn cảnh khó khăn, vận động các em học hết bậc trung học phổ thông; đã có 3 em đậu đại học, ra trường trở về làm giáo viên, cán bộ ở xã.
Với những đóng góp đó, Hòa thượng Danh Lâm đã được Chủ tịch UBND thành phố tặng bằng khen 5 lần và được Thủ tướng Chính phủ tặng bằng khen năm 2016. Khi được hỏi về bí quyết, vị sư già chỉ cười hiền: "Sư sãi sống giữa dân, thì phải lo cho dân".
Bài, ảnh: Ngọc Trinh
Lượt xem: 1.477
Tin khác
- Gương sáng người có uy tín ở Vĩnh Thạnh (15/05/2019)
- Chăm lo Tết Chôl Chnăm Thmây cho đồng bào Khmer (10/04/2019)
- Cờ Đỏ: Trao 20 căn nhà Đại đoàn kết (01/04/2019)
- Hội nghị biểu dương người có uy tín (20/03/2019)
""", "2019-05-22", "Vị sư cả của phum sóc Trường Thành",
E("khac", None, None),
[P("Danh Lâm", "Hòa thượng", "trụ trì chùa Pôthi Somrôn", "Ủy viên Ủy ban MTTQ Việt Nam thành phố",
   "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ", "sư cả"),
 P("Trương Văn Xuyên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Thành"),
 P("Lý Thị Sa Rươl", "Phó Trưởng Ban Dân vận Quận ủy Ô Môn")],
[Q("hơn 600 hộ đồng bào Khmer", 600, "hộ đồng bào Khmer", "over"), Q("3 lớp dạy chữ Khmer", 3, "lớp dạy chữ Khmer"),
 Q("khoảng 150 em thiếu nhi", 150, "em thiếu nhi", "approx"), Q("4 cây cầu bê tông", 4, "cây cầu bê tông"),
 Q("gần 3 km", 3, "km", "approx"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("6 căn nhà tình thương", 6, "căn nhà tình thương"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("12 chú tiểu", 12, "chú tiểu"), Q("3 em", 3, "em")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW của Ban Bí thư")],
[prov("Cần Thơ"), com("Trường Thành")],
["CẦN THƠ ONLINE", "Trang chủ / Xã hội / Gương sáng", "Hòa thượng Danh Lâm (giữa) trò chuyện với bà con trong sóc.",
 "Lục cả", "chùa Pôthi Somrôn", "Lượt xem: 1.477"],
["Thứ Tư, 22/05/2019 - 06:15", "Gần 40 năm", "72 tuổi", "hàng nghìn lượt người", "năm 2018", "Mùa khô năm 2019", "5 lần", "năm 2016", "Lượt xem: 1.477"]))

PAGES.append(page("b1359-bentre-bdv-baocao-dongbaocodao-2020", """
BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Thời sự | Chính trị
Thứ Tư, 30/12/2020 - 10:00
Hôm nay: Thứ Năm, 31/12/2020
Đồng bào có đạo đồng hành cùng quê hương vượt khó
Năm 2020, dù chịu ảnh hưởng nặng nề của hạn hán, xâm nhập mặn và dịch bệnh Covid-19, đồng bào các tôn giáo ở Bến Tre vẫn tích cực tham gia các phong trào thi đua yêu nước. Đó là đánh giá trong báo cáo kết quả công tác vận động đồng bào có đạo năm 2020 vừa được Ban Dân vận Tỉnh ủy gửi Ban Thường vụ Tỉnh ủy.
Chức sắc các tôn giáo trao nước ngọt cho người dân vùng hạn mặn. Ảnh: Tư liệu
Theo báo cáo, toàn tỉnh hiện có 9 tôn giáo được Nhà nước công nhận với gần 210 nghìn tín đồ, 486 cơ sở thờ tự; trong đó đạo Cao Đài có đông tín đồ nhất với 7 hệ phái, tiếp đến là Phật giáo và Công giáo. Trong năm, các tổ chức tôn giáo đã đóng góp trên 46,5 tỷ đồng cho công tác an sinh xã hội; chở hơn 3.200 m3 nước ngọt hỗ trợ người dân vùng hạn mặn; tặng 18.700 phần quà cho người lao động mất việc do dịch bệnh, tổng trị giá khoảng 9,3 tỷ đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU ngày 10/3/2020 thực hiện Kết luận số 64-KL/TW của Ban Chấp hành Trung ương về công tác tôn giáo; phối hợp Sở Nội vụ tổ chức 12 lớp bồi dưỡng cho 965 cán bộ làm công tác tôn giáo ở cơ sở. Cấp ủy, chính quyền các cấp đã tổ chức 74 cuộc gặp gỡ, tiếp xúc với chức sắc, chức việc; giải quyết 21/25 kiến nghị liên quan đến đất đai, xây dựng cơ sở thờ tự, đạt 84%.
Báo cáo nêu gương một số chức sắc tiêu biểu như: Giáo hữu Thượng Tâm Thanh, Trưởng Ban Đại diện Hội thánh Cao Đài Tiên Thiên tỉnh, vận động tín đồ xây 15 cây cầu nông thôn; Linh mục Phanxicô Nguyễn Văn Nhanh, Quản hạt Bến Tre, vận động ân nhân tặng 300 bồn chứa nước cho hộ nghèo; Thượng tọa Thích Thiện Tâm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, tổ chức các bếp ăn miễn phí ở Bệnh viện Nguyễn Đình Chiểu.
Bên cạnh kết quả, báo cáo cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số xã có đông đồng bào Cao Đài còn chậm; đội ngũ cán bộ làm công tác tôn giáo cấp xã thường xuyên thay đổi, chưa được bồi dưỡng chuyên sâu; còn 4 kiến nghị về đất đai kéo dài.
Năm 2021, Ban Dân vận Tỉnh ủy đề ra 5 nhóm nhiệm vụ trọng tâm, trong đó tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI đến chức sắc, tín đồ; phối hợp với Ủy ban MTTQ Việt Nam tỉnh thực hiện Quy chế phối hợp số 02-QC/BDVTU-MTTQ năm 2019; nhân rộng mô hình "Khu dân cư tôn giáo tiêu biểu" ở các huyện Mỏ Cày Nam, Giồng Trôm, Châu Thành. Theo đồng chí Nguyễn Thị Bé Hai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, các cấp cần "đến với đồng bào có đạo bằng sự chân thành, giải quyết kiến nghị bằng việc làm cụ thể".
Minh Thành
Lượt xem: 903
Tin liên quan
- Thăm, chúc mừng Giáng sinh các giáo xứ (24/12/2020)
- Mặt trận đối thoại với chức sắc tôn giáo (11/12/2020)
- Tọa đàm "Sống tốt đời, đẹp đạo" (20/11/2020)
- Chợ Lách tổng kết công tác dân vận năm 2020 (15/11/2020)
""", "2020-12-30", "Đồng bào có đạo đồng hành cùng quê hương vượt khó",
E("bao_cao", "2020", None),
[P("Thượng Tâm Thanh", "Giáo hữu", "Trưởng Ban Đại diện Hội thánh Cao Đài Tiên Thiên tỉnh"),
 P("Phanxicô Nguyễn Văn Nhanh", "Linh mục", "Quản hạt Bến Tre"),
 P("Thích Thiện Tâm", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Hai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("9 tôn giáo", 9, "tôn giáo"), Q("gần 210 nghìn tín đồ", 210000, "tín đồ", "approx"),
 Q("486 cơ sở thờ tự", 486, "cơ sở thờ tự"), Q("7 hệ phái", 7, "hệ phái"),
 Q("trên 46,5 tỷ đồng", 46500000000, "đồng", "over"), Q("hơn 3.200 m3", 3200, "m3", "over"),
 Q("18.700 phần quà", 18700, "phần quà"), Q("khoảng 9,3 tỷ đồng", 9300000000, "đồng", "approx"),
 Q("12 lớp bồi dưỡng", 12, "lớp bồi dưỡng"), Q("965 cán bộ", 965, "cán bộ"),
 Q("74 cuộc gặp gỡ, tiếp xúc", 74, "cuộc gặp gỡ, tiếp xúc"), Q("21/25 kiến nghị", 21, "kiến nghị"), Q("84%", 84, "%"),
 Q("15 cây cầu nông thôn", 15, "cây cầu nông thôn"), Q("300 bồn chứa nước", 300, "bồn chứa nước"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm")],
[D("Chương trình hành động", "21", "CTr/TU", "2020-03-10", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 21-CTr/TU ngày 10/3/2020"),
 D("Kết luận", "64", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 64-KL/TW của Ban Chấp hành Trung ương"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 02-QC/BDVTU-MTTQ")],
[prov("Bến Tre")],
["BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Thời sự | Chính trị",
 "Hôm nay: Thứ Năm, 31/12/2020", "Chức sắc các tôn giáo trao nước ngọt cho người dân vùng hạn mặn. Ảnh: Tư liệu",
 "Khu dân cư tôn giáo tiêu biểu", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", "Bệnh viện Nguyễn Đình Chiểu", "Lượt xem: 903"],
["Thứ Tư, 30/12/2020 - 10:00", "Năm 2020", "năm 2020", "Năm 2021", "lần thứ XI", "năm 2019", "Covid-19", "Lượt xem: 903"]))

PAGES.append(page("b1360-kiengiang-bdv-traoqua-senedolta-2021", """
Báo Kiên Giang Online
Trang chủ » Chính trị » Dân tộc - Tôn giáo
Ngày 04/10/2021 | 15:30
Thăm, tặng quà các chùa Khmer nhân Lễ Sene Dolta
Đồng chí Danh Sol (thứ hai từ phải sang) trao quà cho chùa Láng Cát.
(BKGO) - Nhân dịp Lễ Sene Dolta năm 2021 của đồng bào Khmer, từ ngày 1 đến ngày 3/10, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang đã đến thăm, tặng quà các chùa Phật giáo Nam tông Khmer, sư sãi và đồng bào Khmer khó khăn tại các huyện Châu Thành, Gò Quao, Giồng Riềng và thành phố Rạch Giá.
Do tình hình dịch bệnh Covid-19, các đoàn đã thực hiện nghiêm quy định 5K, hạn chế số lượng người dự. Đoàn do đồng chí Danh Sol, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm chùa Láng Cát, xã Bình An, huyện Châu Thành. Tại đây, đồng chí Danh Sol gửi lời chúc mừng tới chư tăng và bà con Khmer, cảm ơn sư sãi đã vận động phật tử chấp hành tốt các biện pháp phòng, chống dịch, nhiều chùa tự nguyện làm nơi tiếp nhận, trung chuyển hàng hóa cứu trợ.
Hòa thượng Danh Nhưỡng, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Láng Cát, cho biết từ đầu mùa dịch, sư sãi trong tỉnh đã nấu hơn 12.000 suất cơm, gửi 35 tấn gạo, rau củ đến các khu cách ly và bà con ở TP Hồ Chí Minh, Bình Dương về quê.
Cùng ngày, đoàn của đồng chí Lê Thị Minh Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đến thăm chùa Cà Nhung, chùa Phước Minh Quang ở huyện Gò Quao; đoàn của đồng chí Thạch Thị Sa Ly, Phó Chủ tịch UBND tỉnh đến thăm chùa Sóc Ven, xã Thạnh Lộc.
Theo Ban Dân vận Tỉnh ủy, dịp này tỉnh trích ngân sách và nguồn vận động tặng quà cho 76 chùa Khmer, mỗi chùa 5 triệu đồng; 1.520 suất quà cho hộ nghèo, gia đình chính sách người Khmer, mỗi suất gồm 10 kg gạo và 300.000 đồng tiền mặt; tặng bằng khen của UBND tỉnh cho 42 Achar, chức việc có nhiều đóng góp. Tổng kinh phí hơn 1,2 tỷ đồng. Việc thăm, tặng quà thực hiện theo Kế hoạch số 139/KH-UBND ngày 20/8/2021 của UBND tỉnh và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy.
Đồng chí Lê Thị Minh Phương đề nghị các địa phương phối hợp với Hội Đoàn kết sư sãi yêu nước tiếp tục vận động đồng bào tổ chức lễ trong khuôn viên gia đình, không tập trung đông người; đồng thời quan tâm hỗ trợ kịp thời các hộ Khmer bị mất việc làm do dịch bệnh.
Thanh Tâm - Danh Thành
Lượt xem: 612
Tin liên quan
- Vĩnh Thuận: Họp mặt chức sắc, chức việc các tôn giáo (27/09/2021)
- 1.000 túi an sinh đến với đồng bào Khmer (15/09/2021)
- Sư sãi chùa Khmer chung tay phòng, chống dịch (02/09/2021)
""", "2021-10-04", "Thăm, tặng quà các chùa Khmer nhân Lễ Sene Dolta",
E("trao_qua", None, "2021-10-01"),
[P("Danh Sol", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Danh Nhưỡng", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Láng Cát"),
 P("Lê Thị Minh Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Ly", "Phó Chủ tịch UBND tỉnh")],
[Q("hơn 12.000 suất cơm", 12000, "suất cơm", "over"), Q("35 tấn", 35, "tấn"),
 Q("76 chùa Khmer", 76, "chùa Khmer"), Q("5 triệu đồng", 5000000, "đồng"), Q("1.520 suất quà", 1520, "suất quà"),
 Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("42 Achar, chức việc", 42, "Achar, chức việc"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over")],
[D("Kế hoạch", "139", "KH-UBND", "2021-08-20", "UBND tỉnh", "Kế hoạch số 139/KH-UBND ngày 20/8/2021 của UBND tỉnh"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Kiên Giang"), com("Bình An"), com("Thạnh Lộc"), prov("Hồ Chí Minh"), prov("Bình Dương")],
["Báo Kiên Giang Online", "Trang chủ » Chính trị » Dân tộc - Tôn giáo", "(BKGO)",
 "Đồng chí Danh Sol (thứ hai từ phải sang) trao quà cho chùa Láng Cát.", "Sene Dolta", "Lượt xem: 612",
 "Hội Đoàn kết sư sãi yêu nước"],
["Ngày 04/10/2021 | 15:30", "năm 2021", "5K", "Covid-19", "Lượt xem: 612"]))
