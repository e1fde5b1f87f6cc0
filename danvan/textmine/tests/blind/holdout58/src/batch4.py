from lib import *
PAGES = []

PAGES.append(page("b1367-thanhhoa-bieuduong-tongiao-2024", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự » Chính trị
Thứ Sáu, 08/11/2024 - 11:30
Biểu dương 150 chức sắc, chức việc, tín đồ tôn giáo tiêu biểu
Các điển hình tiêu biểu nhận bằng khen của Chủ tịch UBND tỉnh.
Sáng 7/11, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Sở Nội vụ tổ chức hội nghị biểu dương chức sắc, chức việc, tín đồ tôn giáo tiêu biểu trong phong trào thi đua yêu nước năm 2024. Hội nghị biểu dương 150 điển hình đến từ 6 tôn giáo trên địa bàn tỉnh.
Dự hội nghị có các đồng chí: Lê Thế Nghiêm, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh; Phạm Thị Thanh Hoài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đậu Văn Tùng, Phó Chủ tịch UBND tỉnh. Về phía các tôn giáo có Giám mục Giuse Nguyễn Văn Cần, Giám mục Giáo phận Thanh Hóa; Hòa thượng Thích Quảng Hòa, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Thanh Hóa hiện có hơn 270 nghìn tín đồ của 6 tôn giáo với 408 cơ sở thờ tự. Những năm qua, đồng bào các tôn giáo đã tích cực hưởng ứng phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; riêng năm 2024 đóng góp trên 130 tỷ đồng, hiến hơn 42.000 m2 đất làm đường giao thông, xây dựng 356 căn nhà cho hộ nghèo. Trong đợt ủng hộ đồng bào bị thiệt hại do bão số 3 vừa qua, các tổ chức tôn giáo đã quyên góp được 11,7 tỷ đồng.
Phát biểu tại hội nghị, đồng chí Lê Thế Nghiêm ghi nhận, đánh giá cao những đóng góp của chức sắc, chức việc, tín đồ; đề nghị các cấp ủy, chính quyền tiếp tục quán triệt Chỉ thị số 18-CT/TW của Ban Bí thư, Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới, quan tâm giải quyết kịp thời những kiến nghị chính đáng về đất đai, cơ sở thờ tự.
Thay mặt các điển hình, Mục sư Lương Văn Tám, Quản nhiệm Hội thánh Tin lành Mường Lát, bày tỏ cảm ơn; khẳng định sẽ tiếp tục vận động tín đồ đồng bào Mông "kính Chúa, yêu nước", không di cư tự do, không nghe theo kẻ xấu. Bà Nguyễn Thị Hoa, tín đồ Công giáo ở giáo xứ Ba Làng, phường Hải Thanh, chia sẻ câu chuyện mở lớp học tình thương cho trẻ em khó khăn suốt 15 năm.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 50 điển hình; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 100 điển hình còn lại. Các chức sắc, chức việc: Linh mục Phêrô Lê Đình Phùng, Thượng tọa Thích Minh Tánh, Mục sư Vàng A Phử được mời phát biểu cam kết tiếp tục đồng hành với địa phương trong giai đoạn mới.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Hoài đề nghị các địa phương nhân rộng điển hình, thực hiện tốt Quy chế phối hợp số 05-QCPH giữa Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Sở Nội vụ.
Thanh Hương
Lượt xem: 2.457
Tin liên quan
- Gặp mặt chức sắc, chức việc tôn giáo nhân kỷ niệm 94 năm Ngày truyền thống MTTQ Việt Nam (15/11/2024)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở (24/10/2024)
- Nga Sơn: Đối thoại với bà con giáo dân (08/10/2024)
""", "2024-11-08", "Biểu dương 150 chức sắc, chức việc, tín đồ tôn giáo tiêu biểu",
E("hoi_nghi", "2024", "2024-11-07"),
[P("Lê Thế Nghiêm", "Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Phạm Thị Thanh Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đậu Văn Tùng", "Phó Chủ tịch UBND tỉnh"),
 P("Giuse Nguyễn Văn Cần", "Giám mục", "Giám mục Giáo phận Thanh Hóa"),
 P("Thích Quảng Hòa", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Lương Văn Tám", "Mục sư", "Quản nhiệm Hội thánh Tin lành Mường Lát"),
 P("Nguyễn Thị Hoa"),
 P("Phêrô Lê Đình Phùng", "Linh mục"),
 P("Thích Minh Tánh", "Thượng tọa"),
 P("Vàng A Phử", "Mục sư")],
[Q("150 chức sắc, chức việc, tín đồ tôn giáo", 150, "chức sắc, chức việc, tín đồ tôn giáo"),
 Q("6 tôn giáo", 6, "tôn giáo"), Q("hơn 270 nghìn tín đồ", 270000, "tín đồ", "over"),
 Q("408 cơ sở thờ tự", 408, "cơ sở thờ tự"), Q("trên 130 tỷ đồng", 130000000000, "đồng", "over"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("356 căn nhà", 356, "căn nhà"), Q("11,7 tỷ đồng", 11700000000, "đồng"),
 Q("50 điển hình", 50, "điển hình"), Q("100 điển hình", 100, "điển hình")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW của Ban Bí thư"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quy chế phối hợp", "05", "QCPH", None, None, "Quy chế phối hợp số 05-QCPH")],
[prov("Thanh Hóa"), com("Hải Thanh")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự » Chính trị",
 "Các điển hình tiêu biểu nhận bằng khen của Chủ tịch UBND tỉnh.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "kính Chúa, yêu nước", "Lượt xem: 2.457"],
["Thứ Sáu, 08/11/2024 - 11:30", "năm 2024", "bão số 3", "15 năm", "Lượt xem: 2.457"]))

PAGES.append(page("b1368-tuyenquang-mttq-giamsat-tinlanh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Ba, 21/10/2025 07:45
Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại xã Mèo Vạc
Đoàn giám sát làm việc với Đảng ủy, UBND xã Mèo Vạc.
Ngày 20/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại xã Mèo Vạc. Cùng tham gia đoàn có đồng chí Hoàng Văn Chiến, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện Sở Dân tộc và Tôn giáo.
Cuộc giám sát thực hiện theo Kế hoạch số 32/KH-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát chuyên đề năm 2025, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị và Luật Mặt trận Tổ quốc Việt Nam.
Xã Mèo Vạc được thành lập trên cơ sở sắp xếp thị trấn Mèo Vạc và các xã Tả Lủng, Giàng Chu Phìn, Pả Vi. Theo báo cáo của UBND xã do đồng chí Ly Mí Sính, Phó Chủ tịch UBND xã trình bày, toàn xã có 1.146 hộ với 6.213 người theo đạo Tin lành, chiếm khoảng 38% dân số, sinh hoạt tại 19 điểm nhóm thuộc 3 hệ phái; trong đó 14 điểm nhóm đã được cấp đăng ký sinh hoạt tôn giáo tập trung. Từ đầu năm, xã đã tổ chức 26 buổi tuyên truyền bằng tiếng Mông cho hơn 2.400 lượt người; vận động 45 hộ từ bỏ "Dương Văn Mình" trở lại phong tục tốt đẹp của dân tộc.
Làm việc với đoàn, ông Giàng Mí Chá, Trưởng điểm nhóm Tin lành thôn Tò Đú, cho biết tín đồ trong điểm nhóm đã góp 180 ngày công, hiến 1.300 m2 đất làm đường liên thôn; đề nghị xã sớm hỗ trợ sửa chữa nơi sinh hoạt bị sạt lở trong đợt mưa lũ tháng 7. Đồng chí Sùng Mí Vư, Bí thư Đảng ủy xã Mèo Vạc, thừa nhận việc tiếp nhận, xử lý hồ sơ đăng ký hoạt động tôn giáo sau khi sắp xếp đơn vị hành chính còn lúng túng do cán bộ mới, địa bàn rộng.
Qua giám sát, đoàn đề nghị Đảng ủy, UBND xã kiện toàn bộ phận theo dõi công tác tôn giáo; giải quyết dứt điểm 5 hồ sơ tồn đọng trước ngày 31/12/2025; phối hợp với Ủy ban MTTQ Việt Nam xã phát huy vai trò người có uy tín, chức sắc, chức việc trong vận động nhân dân. Đồng chí Vàng Thị Mai lưu ý xã quan tâm thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ và Quyết định số 1719/QĐ-TTg, bảo đảm không để xảy ra điểm nóng, không để đối tượng xấu lợi dụng tôn giáo chống phá.
Trong tháng 10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh còn giám sát chuyên đề này tại các xã Đồng Văn, Sơn Vĩ và phường Hà Giang 1.
Lý Thịnh
Lượt xem: 436
Tin liên quan
- Mặt trận tỉnh gặp mặt chức sắc, chức việc các tôn giáo (10/10/2025)
- Đại hội đại biểu MTTQ Việt Nam xã Lùng Cú lần thứ nhất (22/09/2025)
- Xã Yên Minh ra mắt mô hình "Điểm nhóm Tin lành không có tội phạm" (11/09/2025)
""", "2025-10-21", "Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại xã Mèo Vạc",
E("giam_sat", "2025", "2025-10-20"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Chiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ly Mí Sính", "Phó Chủ tịch UBND xã"),
 P("Giàng Mí Chá", "Trưởng điểm nhóm Tin lành thôn Tò Đú"),
 P("Sùng Mí Vư", "Bí thư Đảng ủy xã Mèo Vạc")],
[Q("1.146 hộ", 1146, "hộ"), Q("6.213 người", 6213, "người"), Q("khoảng 38%", 38, "%", "approx"),
 Q("19 điểm nhóm", 19, "điểm nhóm"), Q("3 hệ phái", 3, "hệ phái"), Q("14 điểm nhóm", 14, "điểm nhóm"),
 Q("26 buổi tuyên truyền", 26, "buổi tuyên truyền"), Q("hơn 2.400 lượt người", 2400, "lượt người", "over"),
 Q("45 hộ", 45, "hộ"), Q("180 ngày công", 180, "ngày công"), Q("1.300 m2", 1300, "m2"),
 Q("5 hồ sơ tồn đọng", 5, "hồ sơ tồn đọng")],
[D("Kế hoạch", "32", "KH-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 32/KH-MTTQ-BTT ngày 15/8/2025"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP của Chính phủ"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn"), com("Pả Vi"), com("Đồng Văn"), com("Sơn Vĩ"), com("Hà Giang 1")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc với Đảng ủy, UBND xã Mèo Vạc.", "Luật Mặt trận Tổ quốc Việt Nam", "Dương Văn Mình",
 "Sở Dân tộc và Tôn giáo", "Lượt xem: 436"],
["Thứ Ba, 21/10/2025 07:45", "năm 2025", "tháng 7", "31/12/2025", "tháng 10/2025", "Hà Giang 1", "Lượt xem: 436"]))

PAGES.append(page("b1369-vinhlong-gapmat-susai-achar-khmer-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Trang chủ » Thời sự » Dân tộc - Tôn giáo
Thứ Sáu, 12/12/2025 - 14:10
Ảnh: Đại biểu tham dự hội nghị.
Gặp mặt 320 sư sãi, Achar, người có uy tín đồng bào Khmer
Ngày 11/12/2025, tại phường Trà Vinh, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị gặp mặt sư sãi, Achar, người có uy tín trong đồng bào Khmer năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, với 320 đại biểu tham dự.
Dự hội nghị có các đồng chí: Kim Ngọc Sang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thạch Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Lê Thanh Đằng, Phó Chủ tịch UBND tỉnh.
Theo báo cáo, tỉnh Vĩnh Long (mới) có hơn 350 nghìn đồng bào Khmer, 143 chùa Phật giáo Nam tông Khmer với trên 3.600 vị sư sãi. Năm 2025, sư sãi, Achar và người có uy tín đã tham gia tuyên truyền việc sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp; vận động bà con đóng góp gần 21 tỷ đồng xây dựng nông thôn mới, sửa chữa 64 căn nhà cho hộ nghèo; các chùa mở 118 lớp dạy chữ Khmer hè cho 4.950 học sinh. Các cấp đã thực hiện đầy đủ chế độ cho 1.062 người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, Hòa thượng Thạch Sok Khone, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, đề nghị tỉnh sớm thống nhất tổ chức Hội Đoàn kết sư sãi yêu nước sau hợp nhất, quan tâm bảo tồn các chùa cổ xuống cấp. Ông Sơn Văn Đời, Achar chùa Kompong, xã Trà Cú, kiến nghị hỗ trợ kinh phí in sách song ngữ Việt - Khmer. Các ông Thạch Sang, Kim Thanh Phong, Lâm Văn Sà - người có uy tín trong đồng bào Khmer, cùng phản ánh tình trạng lừa đảo qua mạng nhắm vào người cao tuổi trong phum, sóc.
Giải đáp ý kiến, đồng chí Lê Thanh Đằng cho biết UBND tỉnh đã giao Sở Dân tộc và Tôn giáo tham mưu thực hiện Kế hoạch số 47/KH-UBND ngày 02/10/2025 về công tác dân tộc, tôn giáo sau sắp xếp; năm 2026 sẽ bố trí khoảng 3,5 tỷ đồng để hỗ trợ các chùa Khmer.
Phát biểu kết luận, đồng chí Kim Ngọc Sang đề nghị các cấp tiếp tục quán triệt Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kết luận số 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy; phát huy vai trò của sư sãi, Achar trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban tổ chức tặng 320 phần quà cho đại biểu, mỗi phần 1 triệu đồng; tặng giấy khen cho 25 cá nhân tiêu biểu.
Hoàng Nam - Sa Rươl
Lượt xem: 913
Tin liên quan
- Họp mặt kỷ niệm 95 năm Ngày truyền thống MTTQ Việt Nam (18/11/2025)
- Xã Tiểu Cần đối thoại với người có uy tín (06/11/2025)
- Hơn 1.000 phần quà tặng đồng bào Khmer dịp Lễ Ok Om Bok (03/11/2025)
""", "2025-12-12", "Gặp mặt 320 sư sãi, Achar, người có uy tín đồng bào Khmer",
E("hoi_nghi", "2025", "2025-12-11"),
[P("Kim Ngọc Sang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thanh Đằng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Sok Khone", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Sơn Văn Đời", "Achar chùa Kompong"),
 P("Thạch Sang", "người có uy tín trong đồng bào Khmer"),
 P("Kim Thanh Phong", "người có uy tín trong đồng bào Khmer"),
 P("Lâm Văn Sà", "người có uy tín trong đồng bào Khmer")],
[Q("320 sư sãi, Achar, người có uy tín", 320, "sư sãi, Achar, người có uy tín"),
 Q("hơn 350 nghìn đồng bào Khmer", 350000, "đồng bào Khmer", "over"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 3.600 vị sư sãi", 3600, "vị sư sãi", "over"), Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("64 căn nhà", 64, "căn nhà"), Q("118 lớp dạy chữ Khmer hè", 118, "lớp dạy chữ Khmer hè"),
 Q("4.950 học sinh", 4950, "học sinh"), Q("1.062 người có uy tín", 1062, "người có uy tín"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("320 phần quà", 320, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "47", "KH-UBND", "2025-10-02", None, "Kế hoạch số 47/KH-UBND ngày 02/10/2025"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW của Ban Bí thư"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Trà Cú")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Trang chủ » Thời sự » Dân tộc - Tôn giáo", "Ảnh: Đại biểu tham dự hội nghị.",
 "Hội Đoàn kết sư sãi yêu nước", "Sở Dân tộc và Tôn giáo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lượt xem: 913"],
["Thứ Sáu, 12/12/2025 - 14:10", "năm 2025", "Năm 2025", "năm 2026", "lần đầu tiên", "ba tỉnh", "hai cấp", "Lượt xem: 913"]))

PAGES.append(page("b1370-lamdong-btgdv-tongket-dantoc-tongiao-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 09/01/2026 - 08:30
Đồng chí Trần Đức Quang phát biểu chỉ đạo hội nghị.
Lâm Đồng: Triển khai nhiệm vụ công tác dân tộc, tôn giáo và dân vận năm 2026
Chiều 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường, đặc khu.
Dự và chỉ đạo hội nghị có đồng chí Trần Đức Quang, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Chủ trì hội nghị có đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ka Hòa, Điểu Xuân, Nguyễn Văn Tâm.
Năm 2025 là năm đầu tiên tỉnh Lâm Đồng mới vận hành sau khi hợp nhất với Đắk Nông và Bình Thuận. Toàn tỉnh hiện có 12 tôn giáo với hơn 1,3 triệu tín đồ, chiếm khoảng 37% dân số; trong đó Công giáo có trên 520 nghìn giáo dân thuộc Giáo phận Đà Lạt, Giáo phận Phan Thiết và Giáo phận Buôn Ma Thuột; Tin lành có khoảng 210 nghìn tín đồ, phần lớn là đồng bào K'Ho, Mnông, Mạ; đồng bào Chăm Bà-la-môn, Bà Ni tập trung ở các xã Phan Hiệp, Phan Thanh.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 05-CTr/TU ngày 18/9/2025 thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị; ban hành Hướng dẫn số 09-HD/BTGDVTU về kiện toàn tổ chức làm công tác dân tộc, tôn giáo ở 124 xã, phường, đặc khu sau sắp xếp. Các cấp đã tổ chức 318 cuộc thăm, tiếp xúc chức sắc, chức việc; phối hợp giải quyết 46/52 vụ việc liên quan đến tôn giáo, đất đai cơ sở thờ tự. Đồng bào các tôn giáo đóng góp khoảng 214 tỷ đồng cho an sinh xã hội, chương trình xóa nhà tạm, nhà dột nát.
Tại hội nghị, đồng chí K'Brơi, Bí thư Đảng ủy xã Lạc Dương, chia sẻ kinh nghiệm phối hợp với giáo xứ, chi hội Tin lành vận động bà con K'Ho không phá rừng lấy đất sản xuất; đồng chí Đàng Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp, giới thiệu mô hình "Thôn Chăm đoàn kết, sống tốt đời, đẹp đạo". Linh mục Giuse Nguyễn Văn Thọ, Phó Ban Đoàn kết Công giáo tỉnh, được mời dự và đề nghị tỉnh sớm thành lập Ban Đoàn kết Công giáo tỉnh Lâm Đồng (mới) trên cơ sở hợp nhất ba ban.
Phát biểu chỉ đạo, đồng chí Trần Đức Quang đề nghị năm 2026 tập trung tuyên truyền, vận động đồng bào các tôn giáo tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện tốt Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ giữa Ban Tuyên giáo và Dân vận Tỉnh ủy và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Kết luận hội nghị, Trưởng ban Nguyễn Thị Ngọc Bích giao các phòng chuyên môn cụ thể hóa 8 nhóm nhiệm vụ trọng tâm trong quý I/2026.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân.
Hồng Thiệp
Lượt xem: 1.236
Tin liên quan
- Thăm, chúc mừng Giáng sinh Tòa Giám mục Giáo phận Đà Lạt (23/12/2025)
- Đặc khu Phú Quý: Gặp mặt chức sắc tôn giáo (15/12/2025)
- Xã Đinh Văn Lâm Hà ra mắt tổ dân vận thôn (02/12/2025)
""", "2026-01-09", "Lâm Đồng: Triển khai nhiệm vụ công tác dân tộc, tôn giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Trần Đức Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng ban"),
 P("Ka Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brơi", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Đàng Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp"),
 P("Giuse Nguyễn Văn Thọ", "Linh mục", "Phó Ban Đoàn kết Công giáo tỉnh")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("12 tôn giáo", 12, "tôn giáo"),
 Q("hơn 1,3 triệu tín đồ", 1300000, "tín đồ", "over"), Q("khoảng 37%", 37, "%", "approx"),
 Q("trên 520 nghìn giáo dân", 520000, "giáo dân", "over"), Q("khoảng 210 nghìn tín đồ", 210000, "tín đồ", "approx"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("318 cuộc thăm, tiếp xúc", 318, "cuộc thăm, tiếp xúc"), Q("46/52 vụ việc", 46, "vụ việc"),
 Q("khoảng 214 tỷ đồng", 214000000000, "đồng", "approx"), Q("8 nhóm nhiệm vụ trọng tâm", 8, "nhóm nhiệm vụ trọng tâm"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chương trình hành động", "05", "CTr/TU", "2025-09-18", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 05-CTr/TU ngày 18/9/2025"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW của Bộ Chính trị"),
 D("Hướng dẫn", "09", "HD/BTGDVTU", None, None, "Hướng dẫn số 09-HD/BTGDVTU"),
 D("Quy chế phối hợp", "01", "QCPH/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh"), com("Lạc Dương")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí Trần Đức Quang phát biểu chỉ đạo hội nghị.",
 "Thôn Chăm đoàn kết, sống tốt đời, đẹp đạo", "Giáo phận Đà Lạt", "Ban Đoàn kết Công giáo tỉnh Lâm Đồng (mới)", "Lượt xem: 1.236"],
["Thứ Sáu, 09/01/2026 - 08:30", "năm 2025", "năm 2026", "Năm 2025", "năm đầu tiên", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "quý I/2026", "ba ban", "Lượt xem: 1.236"]))

PAGES.append(page("b1371-angiang-btgdv-baocao-tongiao-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Trang chủ › Chính trị › Dân tộc - Tôn giáo
Ngày đăng 10/04/2026 | 09:05
Quý I/2026: Đồng bào các tôn giáo góp sức cho ngày hội non sông
Theo báo cáo kết quả công tác tôn giáo quý I/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang, tình hình các tôn giáo trên địa bàn tỉnh ổn định; chức sắc, chức việc và tín đồ phấn khởi tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Tín đồ Phật giáo Hòa Hảo tham gia bỏ phiếu tại xã Phú Tân. Ảnh: Thanh Tiến
Báo cáo cho biết, An Giang (mới, sau hợp nhất với Kiên Giang) hiện có 11 tôn giáo với khoảng 2,4 triệu tín đồ, chiếm gần 48% dân số. Phật giáo Hòa Hảo có đông tín đồ nhất với hơn 1,2 triệu người; tiếp đến là Phật giáo, trong đó có 148 chùa Phật giáo Nam tông Khmer; Hồi giáo có khoảng 15 nghìn tín đồ người Chăm sinh sống chủ yếu ở các xã Châu Phong, Khánh Bình, Nhơn Hội.
Trong quý, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 36-KH/TU ngày 12/01/2026 về tăng cường công tác vận động đồng bào tôn giáo năm 2026 và Hướng dẫn số 03-HD/BTGDVTU về tổ chức các đoàn thăm, chúc mừng lễ trọng của các tôn giáo. Các đoàn của tỉnh đã thăm, chúc mừng Ban Trị sự Trung ương Phật giáo Hòa Hảo, Tòa Giám mục Giáo phận Long Xuyên, Ban Đại diện Cộng đồng Hồi giáo tỉnh nhân dịp Tết Nguyên đán Bính Ngọ và tháng chay Ramadan, tặng 1.250 phần quà với tổng trị giá 1,65 tỷ đồng.
Báo cáo ghi nhận nhiều việc làm tiêu biểu. Ông Nguyễn Văn Kha, Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Phú Tân, cùng các ban trị sự cơ sở đã vận động xây 9 cây cầu bê tông, sửa 27 căn nhà; ông Haji Mohamad Ly, Chánh Ban Quản trị thánh đường Mubarak, vận động bà con Chăm chấp hành tốt các quy định về cư trú, xuất nhập cảnh khi đi lao động ở Malaysia. Theo đồng chí Phạm Văn Hùng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trong quý có 19 ý kiến, kiến nghị của chức sắc, tín đồ liên quan đến đất đai, cơ sở thờ tự; đã giải quyết xong 14 trường hợp, số còn lại đang được các xã, phường xem xét.
Bên cạnh kết quả, báo cáo chỉ rõ việc nắm tình hình ở một số xã mới sau sắp xếp còn chậm; vẫn còn một số đối tượng lợi dụng danh nghĩa "Phật giáo Hòa Hảo thuần túy" đăng tải thông tin sai sự thật trên mạng xã hội.
Quý II/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt chức sắc các tôn giáo; chuẩn bị chu đáo Đại lễ kỷ niệm 87 năm ngày khai đạo Phật giáo Hòa Hảo; thực hiện Kết luận số 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về công tác sắp xếp tổ chức bộ máy và Quy chế phối hợp số 02/QCPH-BTGDVTU-SDTTG giữa Ban với Sở Dân tộc và Tôn giáo.
Ngọc Hân
Lượt xem: 1.084
Tin liên quan
- Xã Châu Phong: Chúc mừng đồng bào Chăm nhân tháng Ramadan (20/02/2026)
- Thăm, tặng quà sư sãi các chùa Khmer dịp Tết Chôl Chnăm Thmây (03/04/2026)
- Phường Rạch Giá tổ chức đối thoại với người có uy tín (25/03/2026)
""", "2026-04-10", "Quý I/2026: Đồng bào các tôn giáo góp sức cho ngày hội non sông",
E("bao_cao", "2026-Q1", None),
[P("Nguyễn Văn Kha", "Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Phú Tân"),
 P("Haji Mohamad Ly", "Chánh Ban Quản trị thánh đường Mubarak"),
 P("Phạm Văn Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("11 tôn giáo", 11, "tôn giáo"), Q("khoảng 2,4 triệu tín đồ", 2400000, "tín đồ", "approx"),
 Q("gần 48%", 48, "%", "approx"), Q("hơn 1,2 triệu người", 1200000, "người", "over"),
 Q("148 chùa Phật giáo Nam tông Khmer", 148, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 15 nghìn tín đồ người Chăm", 15000, "tín đồ người Chăm", "approx"),
 Q("1.250 phần quà", 1250, "phần quà"), Q("1,65 tỷ đồng", 1650000000, "đồng"),
 Q("9 cây cầu bê tông", 9, "cây cầu bê tông"), Q("27 căn nhà", 27, "căn nhà"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("14 trường hợp", 14, "trường hợp")],
[D("Kế hoạch", "36", "KH/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 12/01/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quy chế phối hợp", "02", "QCPH-BTGDVTU-SDTTG", None, None, "Quy chế phối hợp số 02/QCPH-BTGDVTU-SDTTG")],
[prov("An Giang"), prov("Kiên Giang"), com("Phú Tân"), com("Châu Phong"), com("Khánh Bình"), com("Nhơn Hội")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Trang chủ › Chính trị › Dân tộc - Tôn giáo",
 "Tín đồ Phật giáo Hòa Hảo tham gia bỏ phiếu tại xã Phú Tân. Ảnh: Thanh Tiến", "Phật giáo Hòa Hảo thuần túy",
 "Tòa Giám mục Giáo phận Long Xuyên", "Ramadan", "Sở Dân tộc và Tôn giáo", "Lượt xem: 1.084"],
["Ngày đăng 10/04/2026 | 09:05", "quý I/2026", "Quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2026",
 "Quý II/2026", "87 năm", "Lượt xem: 1.084"]))

PAGES.append(page("b1372-hcm-bepcomtinhthuong-tinlanh-2026", """
BÁO SÀI GÒN GIẢI PHÓNG
Xã hội › Đoàn kết tôn giáo
25/03/2026 - 06:30
Hôm nay: Thứ Năm, 26/03/2026
Bếp cơm chung của những người khác đạo
Bà Lâm Thị Ngọc (thứ hai từ trái) cùng các tình nguyện viên chuẩn bị suất ăn.
Mỗi sáng thứ bảy, trong khuôn viên Hội thánh Tin lành Bàn Cờ, phường Bàn Cờ, TPHCM, hơn 40 tình nguyện viên - có người là tín hữu Tin lành, có người là phật tử, giáo dân Công giáo - lại cùng nhau nấu 600 suất cơm gửi đến bệnh nhân nghèo ở các bệnh viện quanh khu vực.
Bếp cơm do Mục sư Trần Văn Hiếu, Quản nhiệm Hội thánh Tin lành Bàn Cờ, khởi xướng từ năm 2019. Ban đầu chỉ vài chục suất, bếp được duy trì nhờ sự chung tay của bà con trong khu phố. Đến nay, sau hơn 6 năm, bếp đã nấu và trao trên 180 nghìn suất cơm, tổng giá trị ước khoảng 3,6 tỷ đồng, toàn bộ do các mạnh thường quân đóng góp.
"Người bệnh đâu có hỏi suất cơm này là của đạo nào. Chúng tôi chỉ nghĩ làm sao cho bà con có bữa ăn nóng", bà Lâm Thị Ngọc, phật tử chùa Vĩnh Nghiêm, một trong những tình nguyện viên lâu năm nhất, chia sẻ.
Theo bà Nguyễn Thị Thanh Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bàn Cờ, sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, phường có 14 cơ sở tôn giáo gồm chùa, nhà thờ, hội thánh Tin lành và thánh thất Cao Đài. Mặt trận phường đã phối hợp với các cơ sở này thực hiện mô hình "Bữa cơm đoàn kết các tôn giáo", vận động được hơn 1,1 tỷ đồng hỗ trợ 230 hộ khó khăn trong năm 2025. Các cơ sở tôn giáo đồng thời là điểm tiếp nhận, trao quà của Mặt trận trong các dịp lễ, Tết.
Ông Phan Quốc Thái, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh, khi đến thăm bếp cơm, đánh giá đây là cách làm cụ thể của phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với việc thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư. Thành phố hiện có hơn 1.900 cơ sở tôn giáo, trong đó nhiều cơ sở duy trì các bếp ăn, tủ thuốc, lớp học tình thương cho người nghèo.
Với những đóng góp ấy, tháng 1/2026, Hội thánh Tin lành Bàn Cờ được Ủy ban MTTQ Việt Nam Thành phố tặng bằng khen; Mục sư Trần Văn Hiếu được UBND Thành phố chọn là 1 trong 50 gương điển hình tiêu biểu trong đồng bào tôn giáo, nhận bằng khen theo Quyết định số 215/QĐ-UBND ngày 20/01/2026.
Khi được hỏi về dự định, mục sư chỉ nói ngắn gọn: "Còn người cần, thì bếp còn đỏ lửa".
Bài và ảnh: Minh Khuê
Lượt xem: 3.512
Tin khác
- Phường Sài Gòn gặp mặt chức sắc các tôn giáo (18/03/2026)
- Mặt trận TPHCM tổng kết công tác tôn giáo năm 2025 (05/01/2026)
- Những ngôi chùa "gánh" bếp ăn từ thiện ở phường Chợ Lớn (22/12/2025)
""", "2026-03-25", "Bếp cơm chung của những người khác đạo",
E("khac", None, None),
[P("Trần Văn Hiếu", "Mục sư", "Quản nhiệm Hội thánh Tin lành Bàn Cờ"),
 P("Lâm Thị Ngọc"),
 P("Nguyễn Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bàn Cờ"),
 P("Phan Quốc Thái", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh")],
[Q("hơn 40 tình nguyện viên", 40, "tình nguyện viên", "over"), Q("600 suất cơm", 600, "suất cơm"),
 Q("trên 180 nghìn suất cơm", 180000, "suất cơm", "over"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("14 cơ sở tôn giáo", 14, "cơ sở tôn giáo"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("230 hộ khó khăn", 230, "hộ khó khăn"), Q("hơn 1.900 cơ sở tôn giáo", 1900, "cơ sở tôn giáo", "over"),
 Q("50 gương điển hình tiêu biểu", 50, "gương điển hình tiêu biểu")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW của Ban Bí thư"),
 D("Quyết định", "215", "QĐ-UBND", "2026-01-20", None, "Quyết định số 215/QĐ-UBND ngày 20/01/2026")],
[prov("Hồ Chí Minh"), com("Bàn Cờ")],
["BÁO SÀI GÒN GIẢI PHÓNG", "Xã hội › Đoàn kết tôn giáo", "Hôm nay: Thứ Năm, 26/03/2026",
 "Bà Lâm Thị Ngọc (thứ hai từ trái) cùng các tình nguyện viên chuẩn bị suất ăn.", "Bữa cơm đoàn kết các tôn giáo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội thánh Tin lành Bàn Cờ", "Lượt xem: 3.512"],
["25/03/2026 - 06:30", "năm 2019", "hơn 6 năm", "1/7/2025", "năm 2025", "tháng 1/2026", "1 trong 50", "vài chục suất",
 "Lượt xem: 3.512"]))
