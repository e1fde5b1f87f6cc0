from lib import *
PAGES = []

PAGES.append(page("b2615-dongnai-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ > Hoạt động > Dân vận
Thứ Năm, 27/11/2025 - 15:20
2.346 cán bộ cơ sở được bồi dưỡng về công tác dân vận sau hợp nhất
Sáng 26/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận tháng 11 năm 2025 với Đảng ủy các xã, phường. Đồng chí Lê Thị Bích Thủy, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị giao ban. Ảnh: Minh Châu
Báo cáo tại hội nghị cho thấy, từ khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất, Ban đã phối hợp Trường Chính trị tỉnh tổ chức 18 lớp bồi dưỡng cho 2.346 cán bộ của 95 xã, phường; riêng trong tháng 11 mở 5 lớp với 640 học viên. Giảng viên là lãnh đạo các phòng của Ban, giảng viên Trường Chính trị tỉnh và ThS. Điểu Thị Sinh, Phó Trưởng khoa Dân vận - Dân tộc - Tôn giáo Trường Chính trị tỉnh, người S'tiêng đầu tiên giảng dạy tại trường.
Các lớp tập trung quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Kế hoạch 12, 13-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền sau sắp xếp và về nắm bắt tình hình tư tưởng cán bộ, đảng viên, nhân dân; cùng Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương.
Tháng 11, các xã, phường đã tiếp nhận 214 ý kiến góp ý của nhân dân về dự thảo văn kiện; Ban nắm được 9 vụ tranh chấp đất đai giữa các hộ dân ở vùng giáp ranh, 4 vụ việc khiếu kiện đông người đã được hòa giải ở cơ sở. Toàn tỉnh có 412 mô hình "Dân vận khéo", trong đó 58 mô hình cấp tỉnh.
Thảo luận tại hội nghị, ông Điểu Lộc, Phó Bí thư Thường trực Đảng ủy xã Đak Ơ, cho biết xã có 62% dân số là đồng bào S'tiêng, M'nông; đề nghị tỉnh tiếp tục mở lớp tiếng S'tiêng cho cán bộ. Bà Thị Hoa, Trưởng ban Xây dựng Đảng Đảng ủy xã Thiện Hưng, kiến nghị hỗ trợ tài liệu tuyên truyền song ngữ. Ông Phạm Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài, nêu khó khăn khi vận động 37 hộ giải phóng mặt bằng dự án đường Đồng Phú - Bình Dương.
Một số ý kiến cho rằng thời gian bồi dưỡng còn ngắn, cán bộ mới chuyển về xã chưa quen địa bàn.
Kết luận hội nghị, đồng chí Lê Thị Bích Thủy đề nghị trong tháng 12 hoàn thành bồi dưỡng cho cán bộ còn lại; tổ chức tốt các hoạt động chào mừng Đại hội XIV của Đảng; tăng cường đối thoại giữa người đứng đầu cấp ủy với nhân dân.
Minh Châu
Tin khác
- Hội nghị cán bộ chủ chốt triển khai nhiệm vụ sau hợp nhất (05/11/2025)
- Phường Bình Lộc ra mắt tổ dân vận khu phố (29/10/2025)
- Tập huấn cho báo cáo viên cấp xã (15/10/2025)
""", "2025-11-27", "2.346 cán bộ cơ sở được bồi dưỡng về công tác dân vận sau hợp nhất",
E("giao_ban", "2025-11", "2025-11-26"),
[P("Lê Thị Bích Thủy", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Sinh", "ThS", "Phó Trưởng khoa Dân vận - Dân tộc - Tôn giáo Trường Chính trị tỉnh"),
 P("Điểu Lộc", "Phó Bí thư Thường trực Đảng ủy xã Đak Ơ"),
 P("Thị Hoa", "Trưởng ban Xây dựng Đảng Đảng ủy xã Thiện Hưng"),
 P("Phạm Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài")],
[Q("2.346 cán bộ", 2346, "cán bộ"), Q("18 lớp bồi dưỡng", 18, "lớp bồi dưỡng"), Q("95 xã, phường", 95, "xã, phường"),
 Q("5 lớp", 5, "lớp"), Q("640 học viên", 640, "học viên"), Q("214 ý kiến", 214, "ý kiến"),
 Q("9 vụ tranh chấp đất đai", 9, "vụ tranh chấp đất đai"), Q("4 vụ việc khiếu kiện đông người", 4, "vụ việc khiếu kiện đông người"),
 Q("412 mô hình", 412, "mô hình"), Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"), Q("62%", 62, "%"), Q("37 hộ", 37, "hộ")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 12, 13-KH/BTGDVTU"),
 D("Kế hoạch", "13", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 12, 13-KH/BTGDVTU"),
 D("Quy định", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đak Ơ"), com("Thiện Hưng"), com("Đồng Xoài")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ > Hoạt động > Dân vận", "Quang cảnh hội nghị giao ban. Ảnh: Minh Châu",
 "Dân vận khéo", "Trường Chính trị tỉnh"],
["Thứ Năm, 27/11/2025 - 15:20", "tháng 11 năm 2025", "tháng 11", "lần thứ XIV", "Đại hội XIV", "tháng 12"]))

PAGES.append(page("b2616-tapson-xa-taphuan-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ | Tin tức - sự kiện | Mặt trận - Đoàn thể
Thứ Sáu, 13/03/2026 | 08:45
Ảnh: Đại đức Thạch Sa Rây chia sẻ tại lớp tập huấn.
Tập huấn cho 126 thành viên tổ dân vận ấp
Ngày 12/3/2026, Đảng ủy xã Tập Sơn phối hợp Ủy ban MTTQ Việt Nam xã tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 126 thành viên tổ dân vận của 14 ấp trên địa bàn xã. Dự lớp tập huấn có đồng chí Kim Sóc Khen, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Thạch Thị Sa Phol, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Báo cáo viên là đồng chí Sơn Ngọc Đức, Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long; đồng chí Trần Văn Út, Trưởng ban Xây dựng Đảng Đảng ủy xã. Nội dung tập huấn gồm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Hướng dẫn số 02-HD/BTGDVTU ngày 10/2/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức, hoạt động của tổ dân vận ấp, khóm và Kế hoạch số 18-KH/ĐU ngày 2/3/2026 của Đảng ủy xã về công tác dân vận năm 2026.
Đại đức Thạch Sa Rây, trụ trì chùa Ông Mẹt Tập Sơn, Ủy viên Ủy ban MTTQ Việt Nam xã, chia sẻ kinh nghiệm phối hợp với Ban quản trị chùa vận động bà con Khmer giữ gìn an ninh trật tự, không nghe theo kẻ xấu kích động.
Năm 2025, các tổ dân vận ấp đã vận động 300 hộ tham gia bảo hiểm y tế hộ gia đình; hòa giải thành 18 vụ việc mâu thuẫn trong nhân dân; vận động nhân dân hiến 3.200 m2 đất mở rộng đường liên ấp. Nhân dịp Tết Nguyên đán Bính Ngọ, xã đã trao 200 suất quà Tết cho hộ nghèo, hộ cận nghèo, mỗi suất trị giá 500.000 đồng; 45 hộ đồng bào Khmer được hỗ trợ con giống từ nguồn vốn của Chương trình mục tiêu quốc gia.
Trao đổi tại lớp học, ông Lâm Văn Sang, Tổ trưởng tổ dân vận ấp Ô Rồng, đề nghị xã có thêm tài liệu bằng tiếng Khmer. Bà Thạch Thị Đa Ni, người có uy tín ấp Cây Da, cho biết nhờ được tập huấn, tổ đã biết cách vận động các hộ còn khó khăn tham gia tổ hợp tác đan đát.
Buổi chiều, các học viên chia nhóm thực hành xử lý tình huống khi có mâu thuẫn giữa các hộ về ranh giới đất, lối đi chung và cách ghi chép sổ nắm tình hình hằng tháng của tổ.
Kết thúc lớp tập huấn, đồng chí Kim Sóc Khen yêu cầu các tổ dân vận bám sát địa bàn, mỗi tháng sinh hoạt 1 lần; phấn đấu năm 2026 xây dựng thêm 3 mô hình "Dân vận khéo", góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.
Thùy Dương (Văn phòng Đảng ủy xã)
Lượt truy cập: 98.417
Tin liên quan
- Tập Sơn: họp mặt kỷ niệm Ngày thành lập Đảng (03/02/2026)
- Trao 200 phần quà Tết cho hộ nghèo đồng bào Khmer (05/02/2026)
- Đảng ủy xã triển khai nhiệm vụ năm 2026 (09/01/2026)
""", "2026-03-13", "Tập huấn cho 126 thành viên tổ dân vận ấp",
E("tap_huan", "2026", "2026-03-12"),
[P("Kim Sóc Khen", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Thị Sa Phol", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Ngọc Đức", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Trần Văn Út", "Trưởng ban Xây dựng Đảng Đảng ủy xã"),
 P("Thạch Sa Rây", "Đại đức", "trụ trì chùa Ông Mẹt Tập Sơn", "Ủy viên Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Văn Sang", "Tổ trưởng tổ dân vận ấp Ô Rồng"),
 P("Thạch Thị Đa Ni", "người có uy tín ấp Cây Da")],
[Q("126 thành viên tổ dân vận", 126, "thành viên tổ dân vận"), Q("14 ấp", 14, "ấp"), Q("300 hộ", 300, "hộ"),
 Q("18 vụ việc mâu thuẫn", 18, "vụ việc mâu thuẫn"), Q("3.200 m2", 3200, "m2"), Q("200 suất quà", 200, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("45 hộ đồng bào Khmer", 45, "hộ đồng bào Khmer"), Q("3 mô hình", 3, "mô hình")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2026-02-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU ngày 10/2/2026"),
 D("Kế hoạch", "18", "KH/ĐU", "2026-03-02", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 2/3/2026")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ | Tin tức - sự kiện | Mặt trận - Đoàn thể",
 "Ảnh: Đại đức Thạch Sa Rây chia sẻ tại lớp tập huấn.", "Dân vận khéo", "Chương trình mục tiêu quốc gia", "Lượt truy cập: 98.417",
 "Nghị quyết Đại hội Đảng bộ xã"],
["Thứ Sáu, 13/03/2026 | 08:45", "năm 2026", "Năm 2025", "Tết Nguyên đán Bính Ngọ", "1 lần", "nhiệm kỳ 2025 - 2030", "Lượt truy cập: 98.417"]))

PAGES.append(page("b2617-bacgiang-chandung-giangvien-2015", """
Báo Bắc Giang điện tử
Trang chủ » Xã hội » Gương sáng
Thứ Tư, 22/04/2015 - 08:05
Cô Hoàng Thị Mừng trong một buổi lên lớp. Ảnh: Văn Quang
Người "giữ lửa" cho các lớp bồi dưỡng dân vận
Gần 20 năm đứng trên bục giảng, ThS. Hoàng Thị Mừng, Phó Trưởng khoa Xây dựng Đảng - Dân vận Trường Chính trị tỉnh, đã trực tiếp giảng dạy hơn 150 lớp bồi dưỡng với khoảng 12.000 lượt học viên là cán bộ dân vận, Mặt trận, đoàn thể cơ sở trong tỉnh.
Sinh ra trong một gia đình người Nùng ở xã Tân Sơn, huyện Lục Ngạn, cô Mừng hiểu rõ những khó khăn của cán bộ thôn, bản vùng cao. Vì vậy, mỗi bài giảng của cô đều gắn với ví dụ cụ thể ở cơ sở. Khi giới thiệu Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), cô kể chuyện một trưởng thôn người Sán Chay vận động 27 hộ hiến đất làm đường; khi nói về Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW của Bộ Chính trị, cô mời chính cán bộ xã lên chia sẻ cách đối thoại với dân.
Đồng chí Lăng Văn Thạo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhận xét: "Cô Mừng là một trong 8 giảng viên được Ban mời thường xuyên. Học viên nhớ lâu vì cô nói bằng ngôn ngữ của người dân". Năm 2014, cô được Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Ông Trần Văn Hữu, Bí thư Đảng ủy xã Sơn Hải, người từng học lớp của cô năm 2013, cho biết sau khóa học, xã đã thành lập 14 tổ dân vận thôn và giải quyết dứt điểm 9 vụ việc tranh chấp đất rừng. Bà Chu Thị Lành, Chủ tịch Hội LHPN xã Phong Minh, kể: "Cô dạy chúng tôi cách họp thôn sao cho chị em dám nói".
Không chỉ giảng dạy, cô Mừng còn tham gia biên soạn 3 bộ tài liệu bồi dưỡng cho cán bộ dân vận cơ sở theo Kế hoạch số 45-KH/BDVTU ngày 10/3/2014 của Ban Dân vận Tỉnh ủy, hướng dẫn 2 đề tài khoa học cấp tỉnh về dân vận chính quyền. Năm 2014, cô là 1 trong 10 nhà giáo tiêu biểu của tỉnh.
Đồng nghiệp ở khoa nhận xét cô luôn chuẩn bị bài giảng kỹ lưỡng, thường xuống cơ sở trước mỗi khóa học để gặp gỡ cán bộ thôn, nghe họ kể những chuyện khó, rồi đưa chính những câu chuyện đó vào bài giảng. Nhiều học viên cũ đến nay vẫn giữ liên lạc, gọi điện hỏi cô cách xử lý những tình huống mới phát sinh ở địa phương.
Chia sẻ về dự định, cô Mừng cho biết sẽ cùng đồng nghiệp xây dựng bộ tình huống mẫu về đối thoại, tiếp dân, giúp học viên thực hành ngay tại lớp. "Cán bộ dân vận phải nói được để dân hiểu, làm được để dân tin", cô nói.
Theo Trường Chính trị tỉnh, năm 2015 trường dự kiến mở 24 lớp bồi dưỡng nghiệp vụ dân vận cho khoảng 1.800 học viên, kinh phí gần 900 triệu đồng từ ngân sách tỉnh.
Thu Hà
Bài viết liên quan
- Lục Ngạn: 5 năm xây dựng tổ dân vận thôn (14/04/2015)
- Khai giảng lớp bồi dưỡng cán bộ dân vận khóa 3 (02/04/2015)
- Yên Thế: vận động nhân dân hiến đất xây trường (19/03/2015)
""", "2015-04-22", "Người \"giữ lửa\" cho các lớp bồi dưỡng dân vận",
E("khac", None, None),
[P("Hoàng Thị Mừng", "ThS", "Phó Trưởng khoa Xây dựng Đảng - Dân vận Trường Chính trị tỉnh"),
 P("Lăng Văn Thạo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hữu", "Bí thư Đảng ủy xã Sơn Hải"),
 P("Chu Thị Lành", "Chủ tịch Hội LHPN xã Phong Minh")],
[Q("hơn 150 lớp bồi dưỡng", 150, "lớp bồi dưỡng", "over"), Q("khoảng 12.000 lượt học viên", 12000, "lượt học viên", "approx"),
 Q("27 hộ", 27, "hộ"), Q("8 giảng viên", 8, "giảng viên"), Q("14 tổ dân vận thôn", 14, "tổ dân vận thôn"),
 Q("9 vụ việc tranh chấp đất rừng", 9, "vụ việc tranh chấp đất rừng"), Q("3 bộ tài liệu bồi dưỡng", 3, "bộ tài liệu bồi dưỡng"),
 Q("2 đề tài khoa học cấp tỉnh", 2, "đề tài khoa học cấp tỉnh"), Q("10 nhà giáo tiêu biểu", 10, "nhà giáo tiêu biểu"),
 Q("24 lớp bồi dưỡng nghiệp vụ dân vận", 24, "lớp bồi dưỡng nghiệp vụ dân vận"), Q("khoảng 1.800 học viên", 1800, "học viên", "approx"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kế hoạch", "45", "KH/BDVTU", "2014-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BDVTU ngày 10/3/2014")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Sơn Hải"), com("Phong Minh")],
["Báo Bắc Giang điện tử", "Trang chủ » Xã hội » Gương sáng", "Cô Hoàng Thị Mừng trong một buổi lên lớp. Ảnh: Văn Quang",
 "Vì sự nghiệp Dân vận", "Trường Chính trị tỉnh", "Cán bộ dân vận phải nói được để dân hiểu, làm được để dân tin"],
["Thứ Tư, 22/04/2015 - 08:05", "Gần 20 năm", "khóa XI", "Năm 2014", "năm 2013", "1 trong 10", "năm 2015"]))

PAGES.append(page("b2618-phuyen-tinhdoan-taphuan-2012", """
TỈNH ĐOÀN PHÚ YÊN - ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ / Tin tức / Công tác cán bộ
Ngày 08/06/2012 | 15:40
Ảnh: Lễ khai mạc lớp tập huấn.
Trang bị kỹ năng dân vận cho cán bộ Đoàn vùng đồng bào dân tộc
Ngày 7/6, Ban Thường vụ Tỉnh Đoàn Phú Yên phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2012 cho 85 cán bộ Đoàn là Bí thư, Phó Bí thư Đoàn các xã miền núi của 3 huyện Sơn Hòa, Sông Hinh, Đồng Xuân.
Tham dự khai mạc có đồng chí Nguyễn Thị Lệ Hằng, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh Đoàn; đồng chí Ksor Y Lương, Phó Trưởng Ban Dân vận Tỉnh ủy.
Tại lớp tập huấn, các học viên được đồng chí Ksor Y Lương truyền đạt chuyên đề về công tác vận động đồng bào Ê Đê, Chăm H'roi, Ba Na; ThS. Đoàn Minh Trí, Phó Trưởng phòng Đào tạo Trường Chính trị tỉnh, hướng dẫn kỹ năng tổ chức các buổi sinh hoạt, đối thoại với thanh niên ở buôn làng. Học viên cũng được quán triệt Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị về nâng cao chất lượng toàn diện của hoạt động Đoàn và Chương trình số 11-CTr/TĐTN ngày 2/3/2012 của Ban Thường vụ Tỉnh Đoàn về thực hiện phong trào "Tuổi trẻ chung tay xây dựng nông thôn mới".
Theo Tỉnh Đoàn, năm 2011 các cơ sở Đoàn miền núi đã tổ chức 64 đợt tình nguyện hè, giúp 210 hộ nghèo sửa chữa nhà ở, làm mới 12 km đường giao thông nông thôn; kết nạp 410 đoàn viên mới. Tuy vậy, tỷ lệ tập hợp thanh niên dân tộc thiểu số chỉ đạt 58%.
Chia sẻ kinh nghiệm, anh Nay Y Thiêm, Bí thư Đoàn xã Ea Bá, cho biết xã đã thành lập 6 đội thanh niên xung kích ở các buôn, thường xuyên giúp bà con thu hoạch mía, sắn. Chị Kpă H'Rin, Phó Bí thư Đoàn xã Phước Tân, đề xuất tổ chức các cuộc thi tìm hiểu pháp luật bằng tiếng Chăm H'roi.
Lớp học cũng dành thời gian cho các học viên thực hành tình huống: vận động thanh niên không nghe theo các đối tượng xấu, vận động gia đình không tảo hôn, tuyên truyền về phòng chống ma túy. Kết thúc lớp học, 85 học viên được cấp giấy chứng nhận; Tỉnh Đoàn tặng 15 tủ sách pháp luật cho các chi đoàn buôn.
Nhiều học viên cho biết đây là lần đầu được tập huấn riêng về kỹ năng dân vận; có bạn mới được bầu làm Bí thư Đoàn xã chưa đầy một năm, còn lúng túng khi nói chuyện với già làng, người có uy tín trong buôn và khi tổ chức sinh hoạt chi đoàn ở những nơi đoàn viên đi làm ăn xa.
Phát biểu bế mạc, đồng chí Nguyễn Thị Lệ Hằng đề nghị mỗi cán bộ Đoàn miền núi phải gắn bó với thanh niên, thực hiện phương châm "đi từng ngõ, gõ từng nhà, rà từng đối tượng".
Bảo Trân
Các tin khác
- Sông Hinh: ra quân Chiến dịch Thanh niên tình nguyện hè 2012 (02/06/2012)
- Tuyên dương 50 đoàn viên thanh niên tiêu biểu (26/05/2012)
- Hội thi Bí thư chi đoàn giỏi năm 2012 (12/05/2012)
""", "2012-06-08", "Trang bị kỹ năng dân vận cho cán bộ Đoàn vùng đồng bào dân tộc",
E("tap_huan", "2012", "2012-06-07"),
[P("Nguyễn Thị Lệ Hằng", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh Đoàn"),
 P("Ksor Y Lương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Minh Trí", "ThS", "Phó Trưởng phòng Đào tạo Trường Chính trị tỉnh"),
 P("Nay Y Thiêm", "Bí thư Đoàn xã Ea Bá"),
 P("Kpă H'Rin", "Phó Bí thư Đoàn xã Phước Tân")],
[Q("85 cán bộ Đoàn", 85, "cán bộ Đoàn"), Q("3 huyện", 3, "huyện"), Q("64 đợt tình nguyện hè", 64, "đợt tình nguyện hè"),
 Q("210 hộ nghèo", 210, "hộ nghèo"), Q("12 km", 12, "km"), Q("410 đoàn viên mới", 410, "đoàn viên mới"), Q("58%", 58, "%"),
 Q("6 đội thanh niên xung kích", 6, "đội thanh niên xung kích"), Q("85 học viên", 85, "học viên"),
 Q("15 tủ sách pháp luật", 15, "tủ sách pháp luật")],
[D("Chỉ thị", "42", "CT/TW", "2010-04-16", "Bộ Chính trị", "Chỉ thị số 42-CT/TW ngày 16/4/2010"),
 D("Chương trình", "11", "CTr/TĐTN", "2012-03-02", "Ban Thường vụ Tỉnh Đoàn", "Chương trình số 11-CTr/TĐTN ngày 2/3/2012")],
[prov("Phú Yên"), com("Ea Bá"), com("Phước Tân")],
["TỈNH ĐOÀN PHÚ YÊN - ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ / Tin tức / Công tác cán bộ", "Ảnh: Lễ khai mạc lớp tập huấn.",
 "Tuổi trẻ chung tay xây dựng nông thôn mới", "đi từng ngõ, gõ từng nhà, rà từng đối tượng"],
["Ngày 08/06/2012 | 15:40", "năm 2012", "năm 2011"]))

PAGES.append(page("b2619-cantho-bdv-baocao-nq25-2023", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ › Tin tức › Nghiên cứu - Trao đổi
Cập nhật ngày: 16/06/2023 10:05
10 năm mở 326 lớp bồi dưỡng cho cán bộ làm công tác dân vận
Theo Báo cáo số 215-BC/BDVTU ngày 12/6/2023 của Ban Dân vận Thành ủy Cần Thơ về kết quả 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI, công tác đào tạo, bồi dưỡng cán bộ làm công tác dân vận trên địa bàn thành phố đạt nhiều kết quả.
Ảnh minh họa: Một lớp bồi dưỡng nghiệp vụ dân vận tại Trường Chính trị thành phố.
Báo cáo cho biết, 10 năm qua, Ban Dân vận Thành ủy đã phối hợp Trường Chính trị thành phố và các Trung tâm Chính trị quận, huyện mở 326 lớp bồi dưỡng với 28.415 lượt học viên; cử 142 cán bộ học cao cấp lý luận chính trị, 18 cán bộ học thạc sĩ. Thành ủy đã ban hành Chương trình hành động số 28-CTr/TU, Kết luận 05, 06-KL/TU về công tác dân vận chính quyền và về vận động đồng bào Khmer, Hoa; Ban Dân vận Thành ủy ban hành Hướng dẫn số 22-HD/BDVTU về bồi dưỡng cán bộ dân vận cơ sở.
Đội ngũ giảng viên được kiện toàn với 45 giảng viên kiêm chức, trong đó có nhiều cán bộ lãnh đạo như đồng chí Trần Thị Xuân Mai, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Lâm Sa Ri, Phó Trưởng Ban Dân vận Thành ủy, kiêm Trưởng phòng Dân tộc - Tôn giáo; TS. Quách Thị Hồng, Phó Hiệu trưởng Trường Chính trị thành phố.
Nhờ đó, chất lượng công tác dân vận được nâng lên: toàn thành phố xây dựng 2.815 mô hình "Dân vận khéo", trong đó 210 mô hình cấp thành phố; nhân dân đóng góp hơn 1.350 tỷ đồng xây dựng nông thôn mới, đô thị văn minh; 99,2% khu dân cư đạt chuẩn văn hóa. Các cấp đã tổ chức 1.604 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Báo cáo cũng nêu hạn chế: 38% cán bộ dân vận cấp xã chưa qua bồi dưỡng chuyên sâu; một số nơi chưa làm tốt công tác dân vận trong giải phóng mặt bằng, còn 12 vụ việc khiếu kiện kéo dài. Ông Thạch Sô Phal, Chủ tịch Ủy ban MTTQ phường Thới An Đông, và bà Huỳnh Thị Bé Ba, Trưởng khối dân vận xã Trường Long, được nêu là những điển hình trong vận động nhân dân hiến đất mở đường.
Theo đánh giá của Ban, nội dung bồi dưỡng ngày càng sát thực tiễn, chú trọng kỹ năng tiếp dân, đối thoại, nắm bắt dư luận xã hội và vận động nhân dân trên không gian mạng.
Thời gian tới, Ban Dân vận Thành ủy đề xuất mỗi năm mở 30 lớp bồi dưỡng, ưu tiên cán bộ người dân tộc Khmer; nâng mức hỗ trợ cho tổ dân vận ấp, khu vực lên 500.000 đồng/tháng.
PV
Tin cùng chuyên mục
- Hội thảo khoa học về dân vận chính quyền (02/06/2023)
- Phong Điền: vận động nhân dân hiến đất làm đường (22/05/2023)
- Tọa đàm 10 năm thực hiện Nghị quyết 25 (15/05/2023)
""", "2023-06-16", "10 năm mở 326 lớp bồi dưỡng cho cán bộ làm công tác dân vận",
E("bao_cao", None, "2023-06-12"),
[P("Trần Thị Xuân Mai", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Sa Ri", "Phó Trưởng Ban Dân vận Thành ủy", "Trưởng phòng Dân tộc - Tôn giáo"),
 P("Quách Thị Hồng", "TS", "Phó Hiệu trưởng Trường Chính trị thành phố"),
 P("Thạch Sô Phal", "Chủ tịch Ủy ban MTTQ phường Thới An Đông"),
 P("Huỳnh Thị Bé Ba", "Trưởng khối dân vận xã Trường Long")],
[Q("326 lớp bồi dưỡng", 326, "lớp bồi dưỡng"), Q("28.415 lượt học viên", 28415, "lượt học viên"),
 Q("142 cán bộ", 142, "cán bộ"), Q("18 cán bộ", 18, "cán bộ"), Q("45 giảng viên kiêm chức", 45, "giảng viên kiêm chức"),
 Q("2.815 mô hình", 2815, "mô hình"), Q("210 mô hình cấp thành phố", 210, "mô hình cấp thành phố"),
 Q("hơn 1.350 tỷ đồng", 1350000000000, "đồng", "over"), Q("99,2%", 99.2, "%"), Q("1.604 cuộc đối thoại", 1604, "cuộc đối thoại"),
 Q("38%", 38, "%"), Q("12 vụ việc khiếu kiện kéo dài", 12, "vụ việc khiếu kiện kéo dài"), Q("30 lớp bồi dưỡng", 30, "lớp bồi dưỡng"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Báo cáo", "215", "BC/BDVTU", "2023-06-12", "Ban Dân vận Thành ủy Cần Thơ", "Báo cáo số 215-BC/BDVTU ngày 12/6/2023"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "28", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 28-CTr/TU"),
 D("Kết luận", "05", "KL/TU", None, "Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Hướng dẫn", "22", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 22-HD/BDVTU")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Trường Long")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ › Tin tức › Nghiên cứu - Trao đổi",
 "Ảnh minh họa: Một lớp bồi dưỡng nghiệp vụ dân vận tại Trường Chính trị thành phố.", "Dân vận khéo", "Trường Chính trị thành phố"],
["Cập nhật ngày: 16/06/2023 10:05", "10 năm", "khóa XI", "mỗi năm", "500.000 đồng/tháng"]))

PAGES.append(page("b2620-gialai-btgdv-hoinghi-nqdh14-2026", """
Hôm nay: Thứ Năm, 16/04/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ » Tin tức » Hoạt động tuyên giáo - dân vận
Ngày đăng 15/04/2026 | 17:00
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Hơn 3.600 cán bộ khối dân vận học tập Nghị quyết Đại hội XIV của Đảng
Sáng 15/4, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và các chuyên đề về công tác dân vận cho cán bộ khối dân vận, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội. Hội nghị được kết nối trực tuyến từ điểm cầu tỉnh tại phường Quy Nhơn tới 135 điểm cầu xã, phường với hơn 3.600 đại biểu tham dự.
Chủ trì hội nghị có đồng chí Rơ Châm Phiu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Thị Lưu, Kpuih Mlih.
Báo cáo viên Trung ương, đồng chí Hồ Thị Minh Nguyệt, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương, đã truyền đạt chuyên đề "Phát huy sức mạnh đại đoàn kết toàn dân tộc trong kỷ nguyên vươn mình của dân tộc", gắn với Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Đồng chí Đinh Thị Lưu quán triệt Hướng dẫn số 04-HD/BTGDVTW ngày 2/3/2026 của Ban Tuyên giáo và Dân vận Trung ương và giới thiệu dự thảo Kế hoạch số 21-KH/TU của Tỉnh ủy thực hiện Nghị quyết.
Theo báo cáo, sau 9 tháng vận hành mô hình chính quyền 2 cấp, khối dân vận của tỉnh đã tổ chức 47 lớp bồi dưỡng cho 4.210 cán bộ cấp xã; 100% xã, phường thành lập tổ dân vận; xây dựng 265 mô hình "Dân vận khéo" cấp xã. Các cấp đã vận động 1.980 hộ đồng bào Jrai, Bahnar, Hrê tham gia các dự án của Chương trình mục tiêu quốc gia.
Thảo luận tại điểm cầu xã Ia Grai, ông Siu Blêp, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã mới có 42 thôn, làng, trong đó 28 làng đồng bào Jrai; đề nghị tỉnh hỗ trợ thêm thiết bị để các làng xem trực tuyến các hội nghị. Bà Đinh Thị Nhanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, đề xuất biên soạn tài liệu tuyên truyền Nghị quyết bằng tiếng Hrê.
Kết luận hội nghị, đồng chí Rơ Châm Phiu yêu cầu hoàn thành việc học tập Nghị quyết đến 100% chi bộ trong quý II năm 2026; mỗi xã, phường có ít nhất 1 mô hình dân vận gắn với chuyển đổi số; tổ chức tốt các lớp bồi dưỡng cho người có uy tín.
Ngọc Bích
Lượt truy cập: 2.507.118
Tin liên quan
- Hội nghị giao ban công tác tuyên giáo và dân vận quý I (08/04/2026)
- Tặng 300 phần quà cho người có uy tín dịp Tết (06/02/2026)
- Ra mắt tổ dân vận tại các làng sau sắp xếp (20/01/2026)
""", "2026-04-15", "Hơn 3.600 cán bộ khối dân vận học tập Nghị quyết Đại hội XIV của Đảng",
E("hoi_nghi", None, "2026-04-15"),
[P("Rơ Châm Phiu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Lưu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kpuih Mlih", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Minh Nguyệt", "Báo cáo viên Trung ương", "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương"),
 P("Siu Blêp", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Thị Nhanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("hơn 3.600 đại biểu", 3600, "đại biểu", "over"),
 Q("47 lớp bồi dưỡng", 47, "lớp bồi dưỡng"), Q("4.210 cán bộ cấp xã", 4210, "cán bộ cấp xã"), Q("100% xã, phường", 100, "%"),
 Q("265 mô hình", 265, "mô hình"), Q("1.980 hộ đồng bào Jrai, Bahnar, Hrê", 1980, "hộ đồng bào Jrai, Bahnar, Hrê"),
 Q("42 thôn, làng", 42, "thôn, làng"), Q("28 làng đồng bào Jrai", 28, "làng đồng bào Jrai"), Q("100% chi bộ", 100, "%")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Hướng dẫn", "04", "HD/BTGDVTW", "2026-03-02", "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 04-HD/BTGDVTW ngày 2/3/2026"),
 D("Kế hoạch", "21", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 21-KH/TU")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Grai"), com("An Lão")],
["Hôm nay: Thứ Năm, 16/04/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ » Tin tức » Hoạt động tuyên giáo - dân vận",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Phát huy sức mạnh đại đoàn kết toàn dân tộc trong kỷ nguyên vươn mình của dân tộc",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia", "Lượt truy cập: 2.507.118", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV"],
["Hôm nay: Thứ Năm, 16/04/2026", "Ngày đăng 15/04/2026 | 17:00", "lần thứ XIV", "Đại hội XIV", "9 tháng", "2 cấp", "quý II năm 2026",
 "ít nhất 1 mô hình", "Lượt truy cập: 2.507.118"]))
