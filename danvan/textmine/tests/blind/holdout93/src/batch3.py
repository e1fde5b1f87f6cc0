from lib import *
PAGES = []

PAGES.append(page("b2201-travinh-bdv-giaoban-thang10-2021", """
DÂN VẬN TRÀ VINH - Cơ quan của Ban Dân vận Tỉnh ủy
Trang chủ > Tin hoạt động > Giao ban khối dân vận
Thứ Sáu, 29/10/2021, 16:10
Giao ban khối dân vận tháng 10: tập trung vận động đồng bào Khmer tiêm vắc xin
Đồng chí Thạch Sa Ly chủ trì buổi giao ban.
Chiều 28/10/2021, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức giao ban khối dân vận tháng 10/2021 theo hình thức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Thạch Sa Ly, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo cho biết, trong tháng, khối dân vận đã phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh vận động sư sãi và đồng bào Khmer tiêm vắc xin phòng Covid-19; đến nay 3.412 vị sư sãi (đạt 98,6%) đã tiêm mũi 1. Các chùa đã tổ chức Lễ Sene Dolta năm 2021 gọn nhẹ, không tập trung đông người; 143 chùa Phật giáo Nam tông Khmer thực hiện nghiêm việc khai báo y tế.
Trong tháng, các cấp đã tiếp nhận 27 lượt công dân, 15 đơn thư; đã giải quyết 11 đơn. Thực hiện Hướng dẫn số 08-HD/BDVTU ngày 6/10/2021 của Ban Dân vận Tỉnh ủy, các địa phương đã trao 4.600 phần quà cho hộ Khmer khó khăn do dịch, tổng trị giá khoảng 1,38 tỷ đồng; 37 chùa được hỗ trợ mỗi chùa 5 triệu đồng.
Tại giao ban, Hòa thượng Thạch Sok Phan, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, thông tin các chùa đã đóng góp 280 tấn rau, củ, quả cho các khu cách ly và bà con ở TP Hồ Chí Minh về quê. Đồng chí Kim Thị Sô Phi, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú, cho biết huyện đã vận động 125 lao động người Khmer trở về từ Bình Dương khai báo, cách ly đúng quy định. Đồng chí Sơn Thị Ngọc Giàu, Bí thư Đảng ủy xã Ngũ Lạc, phản ánh một số hộ còn e ngại tiêm vắc xin do tin đồn thất thiệt trên mạng xã hội.
Kết luận giao ban, đồng chí Thạch Sa Ly đề nghị tháng 11 tiếp tục vận động đồng bào, nhất là người cao tuổi, tiêm đủ 2 mũi; chuẩn bị tổ chức Lễ hội Ok Om Bok an toàn; sơ kết 3 năm thực hiện Chỉ thị 19-CT/TW và Kế hoạch 40, 41-KH/TU của Tỉnh ủy. Đồng chí giao các phó trưởng ban phụ trách khối: Thạch Thị Minh Nga, Lê Văn Phước theo dõi địa bàn các huyện Cầu Kè, Châu Thành.
Thời gian tới, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức khảo sát tình hình tư tưởng trong 60 vị sư sãi trẻ mới về các chùa, kịp thời phát hiện những tác động tiêu cực từ bên ngoài.
Đồng chí cũng lưu ý các huyện Trà Cú, Cầu Ngang, Duyên Hải chủ động nắm tình hình số lao động Khmer tiếp tục trở về quê sau khi các tỉnh phía Nam nới lỏng giãn cách, phối hợp với chính quyền cơ sở giúp bà con ổn định cuộc sống, tìm việc làm tại chỗ.
Ngọc Hân
Lượt truy cập: 2.118.540
Tin liên quan
- Hội Đoàn kết sư sãi yêu nước tỉnh hỗ trợ 3.000 phần quà (19/10/2021)
- Châu Thành: Achar tham gia tuyên truyền phòng, chống dịch (07/10/2021)
- Giao ban khối dân vận tháng 9/2021 (28/09/2021)
""", "2021-10-29", "Giao ban khối dân vận tháng 10: tập trung vận động đồng bào Khmer tiêm vắc xin",
E("giao_ban", "2021-10", "2021-10-28"),
[P("Thạch Sa Ly", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Phan", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Sô Phi", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Sơn Thị Ngọc Giàu", "Bí thư Đảng ủy xã Ngũ Lạc"),
 P("Thạch Thị Minh Nga", "phó trưởng ban phụ trách khối"),
 P("Lê Văn Phước", "phó trưởng ban phụ trách khối")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("3.412 vị sư sãi", 3412, "vị sư sãi"),
 Q("98,6%", 98.6, "%"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"),
 Q("27 lượt công dân", 27, "lượt công dân"),
 Q("15 đơn thư", 15, "đơn thư"),
 Q("11 đơn", 11, "đơn"),
 Q("4.600 phần quà", 4600, "phần quà"),
 Q("khoảng 1,38 tỷ đồng", 1380000000, "đồng", "approx"),
 Q("37 chùa", 37, "chùa"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("280 tấn", 280, "tấn"),
 Q("125 lao động người Khmer", 125, "lao động người Khmer"),
 Q("60 vị sư sãi trẻ", 60, "vị sư sãi trẻ")],
[D("Hướng dẫn", "08", "HD/BDVTU", "2021-10-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU ngày 6/10/2021"),
 D("Chỉ thị", "19", "CT/TW", None, None, "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "40", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 40, 41-KH/TU"),
 D("Kế hoạch", "41", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 40, 41-KH/TU")],
[prov("Trà Vinh"), prov("Hồ Chí Minh"), prov("Bình Dương"), com("Ngũ Lạc")],
["DÂN VẬN TRÀ VINH - Cơ quan của Ban Dân vận Tỉnh ủy", "Trang chủ > Tin hoạt động > Giao ban khối dân vận",
 "Đồng chí Thạch Sa Ly chủ trì buổi giao ban.", "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Lượt truy cập: 2.118.540"],
["Thứ Sáu, 29/10/2021, 16:10", "tháng 10/2021", "tháng 11", "năm 2021", "mũi 1", "2 mũi", "3 năm", "Covid-19", "Lượt truy cập: 2.118.540"]))

PAGES.append(page("b2202-angiang-mttq-nha-cham-2021", """
Ủy ban MTTQ Việt Nam tỉnh An Giang
Trang chủ | Hoạt động Mặt trận | An sinh xã hội
Ngày đăng 16/04/2021 | 15:00
Trao nhà Đại đoàn kết và quà Ramadan cho đồng bào Chăm
Đại diện đoàn trao quyết định hỗ trợ nhà cho hộ ông Sa Ly Man. Ảnh: Kim Ngân
Ngày 14/4/2021, nhân dịp tháng Ramadan năm 2021, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp với Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh tổ chức bàn giao 15 căn nhà Đại đoàn kết và trao quà cho đồng bào Chăm nghèo ở thị xã Tân Châu, huyện An Phú.
Dự buổi lễ có đồng chí Võ Thị Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Chau Sóc Thi, Phó Trưởng Ban Dân tộc tỉnh; Hakim Ysa Sen, Trưởng ban đại diện Cộng đồng Hồi giáo tỉnh cùng các vị Imam, Naib, Khotib của 7 thánh đường trong tỉnh.
Mỗi căn nhà Đại đoàn kết có diện tích 48 m2, trị giá 70 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, phần còn lại do gia đình và bà con trong xóm Chăm góp công, góp tiền. Tại xã Châu Phong, gia đình ông Sa Ly Man, 67 tuổi, có 6 nhân khẩu, bồi hồi nhận nhà mới sau nhiều năm sống trong căn chòi lá dột nát.
Cùng ngày, đoàn trao 500 phần quà cho hộ Chăm nghèo, cận nghèo, mỗi phần quà gồm 20 kg gạo và 300.000 đồng; tặng 7 thánh đường, mỗi thánh đường 3 triệu đồng để tổ chức tháng chay. Tổng giá trị hỗ trợ đợt này hơn 1,24 tỷ đồng.
Theo đồng chí Võ Thị Ngọc Hà, thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 12/3/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2021 tỉnh phấn đấu xây dựng 1.000 căn nhà Đại đoàn kết, trong đó ưu tiên 120 căn cho đồng bào dân tộc thiểu số Chăm, Khmer. Từ năm 2016 đến nay, toàn tỉnh đã hỗ trợ 312 căn nhà cho hộ Chăm nghèo, tỷ lệ hộ nghèo trong đồng bào Chăm giảm còn 6,7%.
Phát biểu cảm ơn, Hakim Ysa Sen cho biết, cộng đồng Chăm An Giang hiện có khoảng 3.100 hộ với hơn 14.000 người. Trong tháng Ramadan, Ban đại diện đã vận động các thánh đường hạn chế tập trung đông người, thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19. Ông Imam Mohamad Ha Ri, Phó ban Quản trị thánh đường Jamiul Muslimin, xã Khánh Bình, đại diện các hộ được nhận nhà, hứa sẽ cố gắng làm ăn để sớm thoát nghèo.
Dịp này, đồng chí Võ Thị Ngọc Hà cũng đến thăm gia đình bà Ma Ri Dah, người có uy tín trong đồng bào Chăm xã Nhơn Hội, và ông Musa Ly, Trưởng ban đại diện xóm Chăm Búng Lớn, là những người đã tích cực vận động bà con tham gia bảo vệ đường biên, mốc giới.
Kim Ngân
Tin khác
- An Phú: họp mặt chức sắc Hồi giáo nhân dịp đầu năm (04/02/2021)
- Tịnh Biên: bàn giao 20 căn nhà cho đồng bào Khmer (26/01/2021)
- Tặng 1.000 phần quà Tết cho hộ nghèo vùng biên giới (18/01/2021)
""", "2021-04-16", "Trao nhà Đại đoàn kết và quà Ramadan cho đồng bào Chăm",
E("trao_qua", None, "2021-04-14"),
[P("Võ Thị Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Thi", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Ysa Sen", "Hakim", "Trưởng ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Sa Ly Man"),
 P("Mohamad Ha Ri", "Imam", "Phó ban Quản trị thánh đường Jamiul Muslimin"),
 P("Ma Ri Dah", "người có uy tín trong đồng bào Chăm xã Nhơn Hội"),
 P("Musa Ly", "Trưởng ban đại diện xóm Chăm Búng Lớn")],
[Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"),
 Q("7 thánh đường", 7, "thánh đường"),
 Q("48 m2", 48, "m2"),
 Q("70 triệu đồng", 70000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("6 nhân khẩu", 6, "nhân khẩu"),
 Q("500 phần quà", 500, "phần quà"),
 Q("20 kg", 20, "kg"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"),
 Q("hơn 1,24 tỷ đồng", 1240000000, "đồng", "over"),
 Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết"),
 Q("120 căn", 120, "căn"),
 Q("312 căn nhà", 312, "căn nhà"),
 Q("6,7%", 6.7, "%"),
 Q("khoảng 3.100 hộ", 3100, "hộ", "approx"),
 Q("hơn 14.000 người", 14000, "người", "over")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2021-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 12/3/2021")],
[prov("An Giang"), com("Châu Phong"), com("Khánh Bình"), com("Nhơn Hội")],
["Ủy ban MTTQ Việt Nam tỉnh An Giang", "Trang chủ | Hoạt động Mặt trận | An sinh xã hội",
 "Đại diện đoàn trao quyết định hỗ trợ nhà cho hộ ông Sa Ly Man. Ảnh: Kim Ngân", "Ramadan", "Vì người nghèo"],
["Ngày đăng 16/04/2021 | 15:00", "năm 2021", "67 tuổi", "Từ năm 2016", "Covid-19"]))

PAGES.append(page("b2203-cantho-doithoai-khmer-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN Ô MÔN - THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
Cập nhật: 30/06/2022 17:45
Bí thư Quận ủy Ô Môn đối thoại với sư sãi, đồng bào Khmer
Quang cảnh buổi đối thoại tại chùa Pothi Somrôn.
Sáng 29/6/2022, tại chùa Pothi Somrôn, phường Thới An, Quận ủy Ô Môn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với sư sãi, Achar và đồng bào Khmer năm 2022. Đồng chí Lê Hoàng Sa, Thành ủy viên, Bí thư Quận ủy chủ trì; cùng dự có đồng chí Nguyễn Thị Huỳnh Mai, Phó Bí thư Thường trực Quận ủy và các đồng chí Phó Chủ tịch UBND quận: Trần Văn Kiệt, Thạch Thị Sa Văn.
Quận Ô Môn có 3 chùa Phật giáo Nam tông Khmer với 48 vị sư sãi và khoảng 820 hộ đồng bào Khmer. Thực hiện Nghị quyết số 12-NQ/QU ngày 5/4/2021 của Ban Chấp hành Đảng bộ quận, quận đã hỗ trợ 46 hộ Khmer nghèo xây, sửa nhà; tạo việc làm cho 215 lao động là người Khmer; tỷ lệ hộ nghèo trong đồng bào Khmer còn 1,8%.
Tại buổi đối thoại, 14 ý kiến đã được nêu. Đại đức Danh Sa Rươn, trụ trì chùa Pothi Somrôn, kiến nghị sớm nâng cấp tuyến đường vào chùa dài 700 m thường ngập vào mùa nước nổi. Ông Kim Văn Nết, Achar chùa Pothi Somrôn, đề nghị có chính sách hỗ trợ cho các lớp dạy chữ Khmer trong hè. Bà Thị Sa Phiếu, Chi hội trưởng Chi hội phụ nữ khu vực Thới Bình, phản ánh một số hộ Khmer chưa được cấp giấy chứng nhận quyền sử dụng đất do chưa có tiền nộp thuế.
Trả lời các ý kiến, đồng chí Lê Hoàng Sa cho biết quận đã đưa tuyến đường vào chùa vào danh mục đầu tư năm 2023 với kinh phí khoảng 2,5 tỷ đồng; giao Phòng Tài nguyên và Môi trường phối hợp với UBND phường Thới An rà soát, hướng dẫn thủ tục ghi nợ tiền sử dụng đất cho 23 hộ. Về dạy chữ Khmer, quận sẽ hỗ trợ mỗi lớp 5 triệu đồng/khóa học, bắt đầu từ hè năm 2022.
Đồng chí Nguyễn Thị Huỳnh Mai đề nghị sư sãi, Achar tiếp tục phát huy vai trò trong cộng đồng, vận động bà con tham gia phong trào thi đua "Dân vận khéo"; đồng thời yêu cầu cán bộ, đảng viên của quận thực hiện nghiêm Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương, gần dân, sát dân.
Kết thúc buổi đối thoại, Quận ủy tặng chùa 10 triệu đồng và 50 phần quà cho hộ Khmer khó khăn, mỗi phần trị giá 500.000 đồng.
Theo Ban Dân vận Quận ủy, đây là lần đầu tiên quận tổ chức đối thoại ngay tại chùa, nơi sinh hoạt văn hóa, tín ngưỡng quen thuộc của đồng bào Khmer. Cách làm này được bà con đồng tình, nhiều người lần đầu trực tiếp nêu ý kiến với Bí thư Quận ủy. Ban Dân vận Thành ủy Cần Thơ đánh giá đây là mô hình cần nhân rộng ở các quận, huyện có đông đồng bào Khmer như Thốt Nốt, Cờ Đỏ, Vĩnh Thạnh.
Thanh Thảo
TIN CÙNG CHUYÊN MỤC
- Ô Môn: họp mặt sư sãi, Achar nhân Tết Chôl Chnăm Thmây (12/04/2022)
- Phường Thới An ra mắt tổ dân vận khu vực (22/03/2022)
- Trao 10 căn nhà đại đoàn kết cho hộ Khmer (25/02/2022)
""", "2022-06-30", "Bí thư Quận ủy Ô Môn đối thoại với sư sãi, đồng bào Khmer",
E("doi_thoai", "2022", "2022-06-29"),
[P("Lê Hoàng Sa", "Thành ủy viên", "Bí thư Quận ủy"),
 P("Nguyễn Thị Huỳnh Mai", "Phó Bí thư Thường trực Quận ủy"),
 P("Trần Văn Kiệt", "Phó Chủ tịch UBND quận"),
 P("Thạch Thị Sa Văn", "Phó Chủ tịch UBND quận"),
 P("Danh Sa Rươn", "Đại đức", "trụ trì chùa Pothi Somrôn"),
 P("Kim Văn Nết", "Achar chùa Pothi Somrôn"),
 P("Thị Sa Phiếu", "Chi hội trưởng Chi hội phụ nữ khu vực Thới Bình")],
[Q("3 chùa Phật giáo Nam tông Khmer", 3, "chùa Phật giáo Nam tông Khmer"),
 Q("48 vị sư sãi", 48, "vị sư sãi"),
 Q("khoảng 820 hộ đồng bào Khmer", 820, "hộ đồng bào Khmer", "approx"),
 Q("46 hộ Khmer nghèo", 46, "hộ Khmer nghèo"),
 Q("215 lao động", 215, "lao động"),
 Q("1,8%", 1.8, "%"),
 Q("14 ý kiến", 14, "ý kiến"),
 Q("700 m", 700, "m"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"),
 Q("23 hộ", 23, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"),
 Q("50 phần quà", 50, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "12", "NQ/QU", "2021-04-05", "Ban Chấp hành Đảng bộ quận", "Nghị quyết số 12-NQ/QU ngày 5/4/2021"),
 D("Quy định", "08", "QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW ngày 25/10/2018")],
[prov("Cần Thơ"), com("Thới An")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN Ô MÔN - THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền",
 "Quang cảnh buổi đối thoại tại chùa Pothi Somrôn.", "Dân vận khéo"],
["Cập nhật: 30/06/2022 17:45", "năm 2022", "năm 2023", "hè năm 2022"]))

PAGES.append(page("b2204-kiengiang-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ » Tin tức » Công tác dân tộc - tôn giáo
23/12/2022 - 14:00
Ảnh: Các đại biểu dự hội nghị.
Hơn 1.200 mô hình "Dân vận khéo" trong vùng đồng bào Khmer
Ngày 21/12/2022, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Danh Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2022, toàn tỉnh có 1.236 mô hình "Dân vận khéo" ở vùng đồng bào Khmer, trong đó 41 mô hình cấp tỉnh. Khối dân vận đã phối hợp tổ chức chu đáo Tết Chôl Chnăm Thmây, Lễ Sene Dolta, Lễ hội Ok Om Bok; thăm, tặng 8.750 phần quà Tết cho hộ Khmer nghèo với tổng trị giá trên 4,3 tỷ đồng. Các cấp đã xây dựng 640 căn nhà Đại đoàn kết cho hộ Khmer, nâng tổng số nhà trong giai đoạn 2020 - 2022 lên 1.905 căn.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 27-CTr/TU ngày 14/3/2022 thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc; Kết luận 33, 34-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động sư sãi và về củng cố tổ chức Hội Đoàn kết sư sãi yêu nước các cấp.
Tại hội nghị, Hòa thượng Danh Sóc Lệ, Ủy viên Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phát biểu ghi nhận các cấp ủy quan tâm trùng tu 26 ngôi chùa xuống cấp. Đại đức Danh Hoàng Sa, trụ trì chùa Khleang Ward, Trưởng ban Đại diện Phật giáo Nam tông Khmer thành phố Rạch Giá, đề nghị tỉnh có chế độ hỗ trợ hằng tháng cho các vị trụ trì. Ông Danh Sóc Khanh, Achar chùa Sóc Xoài, xã Thổ Sơn, kiến nghị mở rộng 4 lớp dạy nghề cho thanh niên Khmer.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thị Ngọc Giàu, Trần Quang Vinh, Danh Sol trình bày kết quả kiểm tra 17 tổ chức cơ sở đảng ở vùng đồng bào dân tộc. Khối dân vận các cấp tiếp nhận 184 đơn thư, đã hòa giải thành 162 vụ việc mâu thuẫn ở cơ sở, đạt 88%.
Kết luận hội nghị, đồng chí Danh Thị Kim Liên đề nghị năm 2023 các cấp tiếp tục thực hiện tốt Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư; tập trung Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu 100% ấp có đông đồng bào Khmer có tổ dân vận hoạt động hiệu quả.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 24 tập thể và 36 cá nhân, mỗi tập thể được thưởng 1,5 triệu đồng.
Ngọc Trâm
Lượt xem: 1.461
Tin liên quan
- Hòa thượng Danh Sóc Lệ được tặng Huân chương Đại đoàn kết dân tộc (15/12/2022)
- Giồng Riềng: 100 mô hình "Dân vận khéo" trong vùng đồng bào Khmer (02/12/2022)
- Hội nghị chức sắc, chức việc các tôn giáo năm 2022 (18/11/2022)
""", "2022-12-23", "Hơn 1.200 mô hình \"Dân vận khéo\" trong vùng đồng bào Khmer",
E("tong_ket", "2022", "2022-12-21"),
[P("Danh Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sóc Lệ", "Hòa thượng", "Ủy viên Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Hoàng Sa", "Đại đức", "trụ trì chùa Khleang Ward", "Trưởng ban Đại diện Phật giáo Nam tông Khmer thành phố Rạch Giá"),
 P("Danh Sóc Khanh", "Achar chùa Sóc Xoài"),
 P("Thị Ngọc Giàu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sol", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.236 mô hình", 1236, "mô hình"),
 Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("8.750 phần quà", 8750, "phần quà"),
 Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("640 căn nhà Đại đoàn kết", 640, "căn nhà Đại đoàn kết"),
 Q("1.905 căn", 1905, "căn"),
 Q("26 ngôi chùa", 26, "ngôi chùa"),
 Q("4 lớp dạy nghề", 4, "lớp dạy nghề"),
 Q("17 tổ chức cơ sở đảng", 17, "tổ chức cơ sở đảng"),
 Q("184 đơn thư", 184, "đơn thư"),
 Q("162 vụ việc mâu thuẫn", 162, "vụ việc mâu thuẫn"),
 Q("88%", 88, "%"),
 Q("100% ấp", 100, "%"),
 Q("24 tập thể", 24, "tập thể"),
 Q("36 cá nhân", 36, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chương trình hành động", "27", "CTr/TU", "2022-03-14", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 27-CTr/TU ngày 14/3/2022"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Kết luận", "33", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 33, 34-KL/TU"),
 D("Kết luận", "34", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 33, 34-KL/TU"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Kiên Giang"), com("Thổ Sơn")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ » Tin tức » Công tác dân tộc - tôn giáo", "Ảnh: Các đại biểu dự hội nghị.",
 "Dân vận khéo", "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 1.461"],
["23/12/2022 - 14:00", "năm 2022", "năm 2023", "giai đoạn 2020 - 2022", "Lượt xem: 1.461"]))

PAGES.append(page("b2205-binhduong-bdv-hoinghi-nguoihoa-2023", """
Ban Dân vận Tỉnh ủy Bình Dương
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
10.03.2023 | 09:30
Toàn cảnh hội nghị. Ảnh: Quốc Chiến
Gặp gỡ người có uy tín trong đồng bào người Hoa, Khmer
Ngày 8/3/2023, Ban Dân vận Tỉnh ủy Bình Dương phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2023. Dự hội nghị có 135 đại biểu là người có uy tín, đại diện các hội quán, chùa, miếu của người Hoa và chùa Khmer trên địa bàn tỉnh.
Tham dự có đồng chí Trần Thị Diễm Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lâm Văn Hiền, Trưởng Ban Dân tộc tỉnh; đồng chí Mai Quốc Dũng, Phó Chủ tịch Thường trực UBND tỉnh.
Bình Dương hiện có 36 dân tộc thiểu số với trên 103.000 người, trong đó người Hoa chiếm khoảng 18.500 người, người Khmer hơn 42.000 người, phần lớn là lao động từ các tỉnh Trà Vinh, Sóc Trăng đến làm việc tại các khu công nghiệp. Năm 2022, tỉnh đã chi hơn 1,2 tỷ đồng thực hiện chế độ, chính sách cho 128 người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ; trao 3.500 suất quà cho lao động Khmer ở lại địa phương đón Tết Chôl Chnăm Thmây.
Tại hội nghị, ông Trương Tú Bình, Trưởng ban Quản trị Hội quán Phước Kiến, phường Phú Cường, cho biết các hội quán người Hoa năm 2022 đã góp 2,8 tỷ đồng cho công tác an sinh xã hội, trao 620 suất học bổng. Ông Lư Chí Thành, Phó ban Quản trị miếu Bà Thiên Hậu Thủ Dầu Một, đề nghị tỉnh hỗ trợ tổ chức Lễ hội Rằm tháng Giêng năm 2023 an toàn, văn minh. Đại đức Thạch Chanh Đa, trụ trì chùa Khmer Sarây Kaung, phường Tân Định, kiến nghị có đất để mở rộng chùa vì số phật tử tăng nhanh.
Ông Sơn Sà Rinh, Achar chùa Sarây Kaung, và bà Lý Thị Sa Quênh, công nhân Công ty TNHH Kim Hà, đề nghị tổ chức các lớp dạy tiếng Việt, tiếng Khmer cho con em công nhân. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thanh Tùng, Lâm Thị Phấn đã tiếp thu, trả lời 12 ý kiến, kiến nghị.
Phát biểu tại hội nghị, đồng chí Trần Thị Diễm Thư đánh giá cao những đóng góp của người có uy tín; đề nghị tiếp tục tuyên truyền, vận động đồng bào thực hiện Kết luận số 65-KL/TW của Bộ Chính trị và Kế hoạch số 245-KH/TU ngày 20/2/2023 của Tỉnh ủy về công tác dân tộc trong tình hình mới; tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban tổ chức tặng 135 phần quà cho các đại biểu, mỗi phần quà trị giá 1 triệu đồng, và tặng giấy khen cho 15 người có uy tín tiêu biểu.
Quốc Chiến
Lượt truy cập: 4.502.371
Các tin khác
- Thủ Dầu Một: sôi nổi Lễ hội Rằm tháng Giêng năm 2023 (06/02/2023)
- Họp mặt 300 lao động Khmer không về quê đón Tết (16/01/2023)
- Thăm, chúc mừng các hội quán người Hoa (10/01/2023)
""", "2023-03-10", "Gặp gỡ người có uy tín trong đồng bào người Hoa, Khmer",
E("hoi_nghi", "2023", "2023-03-08"),
[P("Trần Thị Diễm Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Hiền", "Trưởng Ban Dân tộc tỉnh"),
 P("Mai Quốc Dũng", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Trương Tú Bình", "Trưởng ban Quản trị Hội quán Phước Kiến"),
 P("Lư Chí Thành", "Phó ban Quản trị miếu Bà Thiên Hậu Thủ Dầu Một"),
 P("Thạch Chanh Đa", "Đại đức", "trụ trì chùa Khmer Sarây Kaung"),
 P("Sơn Sà Rinh", "Achar chùa Sarây Kaung"),
 P("Lý Thị Sa Quênh", "công nhân Công ty TNHH Kim Hà"),
 P("Nguyễn Thanh Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Phấn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("135 đại biểu", 135, "đại biểu"),
 Q("36 dân tộc thiểu số", 36, "dân tộc thiểu số"),
 Q("trên 103.000 người", 103000, "người", "over"),
 Q("khoảng 18.500 người", 18500, "người", "approx"),
 Q("hơn 42.000 người", 42000, "người", "over"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("128 người có uy tín", 128, "người có uy tín"),
 Q("3.500 suất quà", 3500, "suất quà"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("620 suất học bổng", 620, "suất học bổng"),
 Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"),
 Q("135 phần quà", 135, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW"),
 D("Kế hoạch", "245", "KH/TU", "2023-02-20", "Tỉnh ủy", "Kế hoạch số 245-KH/TU ngày 20/2/2023")],
[prov("Bình Dương"), prov("Trà Vinh"), prov("Sóc Trăng"), com("Phú Cường"), com("Tân Định")],
["Ban Dân vận Tỉnh ủy Bình Dương", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: Quốc Chiến",
 "Chôl Chnăm Thmây", "Lễ hội Rằm tháng Giêng", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hội quán Phước Kiến", "Công ty TNHH Kim Hà", "Lượt truy cập: 4.502.371"],
["10.03.2023 | 09:30", "năm 2023", "Năm 2022", "năm 2022", "Rằm tháng Giêng", "Lượt truy cập: 4.502.371"]))

PAGES.append(page("b2206-vinhlong-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ - Hoạt động - Sơ kết, tổng kết
07/07/2023 08:00
Đồng chí Trần Thị Sa Ri phát biểu tại hội nghị.
Vĩnh Long: khối dân vận sơ kết 6 tháng, bàn giải pháp vận động đồng bào Khmer
Sáng 6/7/2023, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Trần Thị Sa Ri, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, 6 tháng đầu năm 2023, khối dân vận đã tập trung vận động đồng bào Khmer ở các huyện Trà Ôn, Tam Bình và thị xã Bình Minh, nơi có 6.200 hộ với hơn 22.000 người Khmer, 14 chùa Phật giáo Nam tông Khmer. Các cấp đã tổ chức thăm, chúc Tết Chôl Chnăm Thmây tại 14 chùa, trao 1.280 phần quà, tổng trị giá gần 640 triệu đồng; hỗ trợ xây mới 58 căn nhà Đại đoàn kết cho hộ Khmer nghèo, mỗi căn 60 triệu đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 112-KH/TU ngày 15/2/2023 thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư giai đoạn 2023 - 2025; phối hợp với Ủy ban MTTQ Việt Nam tỉnh khảo sát tình hình đời sống của 320 hộ Khmer. Qua nắm tình hình, có 3 vụ việc lợi dụng dân tộc, tôn giáo để tuyên truyền trái phép ở huyện Trà Ôn đã được xử lý kịp thời.
Tại hội nghị, Thượng tọa Thạch Hoàng Rênh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Phnô Đôn, xã Lục Sĩ Thành, đề nghị các cấp quan tâm xây dựng trường học cho con em Khmer. Bà Lâm Thị Sô Khê, Phó Chủ tịch Hội LHPN huyện Trà Ôn, giới thiệu 9 tổ hợp tác do phụ nữ Khmer làm chủ. Ông Kim Văn Tuấn, Achar chùa Phnô Đôn, cho biết nhà chùa cùng Ban Nhân dân ấp vận động 42 hộ cho con em đi học nghề.
Các đồng chí Bí thư Đảng ủy xã: Thạch Văn Sang (xã Loan Mỹ), Lê Thị Ngọc Hạnh (xã Tân Mỹ) báo cáo kết quả xây dựng mô hình "Dân vận khéo" gắn với phát triển kinh tế; toàn tỉnh hiện có 312 mô hình dân vận khéo, trong đó 28 mô hình ở vùng đồng bào Khmer.
Phát biểu kết luận, đồng chí Trần Thị Sa Ri yêu cầu 6 tháng cuối năm tiếp tục nắm chắc tình hình tư tưởng sư sãi, Achar và đồng bào; chuẩn bị tổ chức Lễ Sene Dolta, Lễ hội Ok Om Bok an toàn, tiết kiệm; thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung để các cấp ủy tiếp tục đẩy mạnh phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái; phấn đấu đến cuối năm giảm tỷ lệ hộ nghèo trong đồng bào Khmer thêm 1,5%.
Hội nghị cũng nghe đại diện Bộ Chỉ huy Quân sự tỉnh thông tin công tác dân vận của lực lượng vũ trang, với 6 đợt giúp dân sửa đường, xây nhà ở các ấp Khmer.
Thanh Hải
Lượt xem: 507
Xem thêm
- Trà Ôn: bàn giao 12 căn nhà Đại đoàn kết cho hộ Khmer (27/06/2023)
- Tam Bình: họp mặt sư sãi, Achar nhân Tết cổ truyền (13/04/2023)
- Giao ban khối dân vận quý I/2023 (31/03/2023)
""", "2023-07-07", "Vĩnh Long: khối dân vận sơ kết 6 tháng, bàn giải pháp vận động đồng bào Khmer",
E("so_ket", "2023-H1", "2023-07-06"),
[P("Trần Thị Sa Ri", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Hoàng Rênh", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Phnô Đôn"),
 P("Lâm Thị Sô Khê", "Phó Chủ tịch Hội LHPN huyện Trà Ôn"),
 P("Kim Văn Tuấn", "Achar chùa Phnô Đôn"),
 P("Thạch Văn Sang", "Bí thư Đảng ủy xã"),
 P("Lê Thị Ngọc Hạnh", "Bí thư Đảng ủy xã")],
[Q("6.200 hộ", 6200, "hộ"),
 Q("hơn 22.000 người Khmer", 22000, "người Khmer", "over"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("1.280 phần quà", 1280, "phần quà"),
 Q("gần 640 triệu đồng", 640000000, "đồng", "approx"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("320 hộ Khmer", 320, "hộ Khmer"),
 Q("3 vụ việc lợi dụng dân tộc, tôn giáo để tuyên truyền trái phép", 3, "vụ việc lợi dụng dân tộc, tôn giáo để tuyên truyền trái phép"),
 Q("9 tổ hợp tác", 9, "tổ hợp tác"),
 Q("42 hộ", 42, "hộ"),
 Q("312 mô hình dân vận khéo", 312, "mô hình dân vận khéo"),
 Q("28 mô hình", 28, "mô hình"),
 Q("1,5%", 1.5, "%"),
 Q("6 đợt", 6, "đợt")],
[D("Kế hoạch", "112", "KH/TU", "2023-02-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 15/2/2023"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Vĩnh Long"), com("Lục Sĩ Thành"), com("Loan Mỹ"), com("Tân Mỹ")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ - Hoạt động - Sơ kết, tổng kết", "Đồng chí Trần Thị Sa Ri phát biểu tại hội nghị.",
 "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Dân vận khéo", "Lượt xem: 507"],
["07/07/2023 08:00", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "6 tháng đầu năm", "6 tháng cuối năm", "giai đoạn 2023 - 2025", "Lượt xem: 507"]))
