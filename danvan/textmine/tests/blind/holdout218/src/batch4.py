from lib import *
PAGES = []

PAGES.append(page("b5207-lamdong-hoisinhvien-daihoi-2025", """
TỈNH ĐOÀN LÂM ĐỒNG
Trang chủ / Tin tức / Công tác Hội và phong trào sinh viên
Thứ Ba, 14/10/2025 - 16:20
Đại hội đại biểu Hội Sinh viên Việt Nam tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2028
Đồng chí K'Bròn phát biểu chỉ đạo đại hội.
Trong 2 ngày 12 và 13/10/2025, tại phường Xuân Hương - Đà Lạt, Hội Sinh viên Việt Nam tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2028. Đây là kỳ đại hội đầu tiên sau khi hợp nhất tổ chức Hội của 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, với 280 đại biểu chính thức đại diện cho hơn 46.000 hội viên ở 15 trường đại học, cao đẳng và 38 cơ sở Hội.
Dự đại hội có đồng chí K'Bròn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Điểu Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Quang Vinh, Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện Trung ương Hội Sinh viên Việt Nam.
Báo cáo tổng kết nhiệm kỳ cho biết, các cơ sở Hội đã tổ chức 1.260 hoạt động tình nguyện, thu hút khoảng 38.500 lượt sinh viên tham gia; trao 2.140 suất học bổng với tổng trị giá hơn 4,2 tỷ đồng. Phong trào "Sinh viên 5 tốt" có 1.918 sinh viên đạt danh hiệu các cấp, trong đó 64 sinh viên đạt cấp Trung ương. Chương trình "Tiếp sức mùa thi" năm 2025 huy động 650 chiến sĩ tình nguyện hỗ trợ thí sinh ở các điểm thi tại các phường Gia Nghĩa, Phan Thiết, Bảo Lộc 1.
Phát biểu chỉ đạo, đồng chí K'Bròn đề nghị Hội tiếp tục thực hiện Kết luận số 18-KL/TW ngày 22/9/2021 của Ban Bí thư về tiếp tục đổi mới nội dung, phương thức hoạt động của Đoàn; Chỉ thị 42-CT/TW của Ban Bí thư về tăng cường giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; quan tâm vận động sinh viên người đồng bào Mnông, K'Ho, Chăm, Chu Ru tham gia các hoạt động của Hội.
Đại hội đã hiệp thương cử Ban Chấp hành khóa I gồm 31 đồng chí. Đồng chí Y Thanh Niê, Phó Bí thư Tỉnh đoàn, được hiệp thương giữ chức Chủ tịch Hội Sinh viên Việt Nam tỉnh khóa I; các đồng chí Đàng Thị Mỹ Hương, Nguyễn Hoàng Phúc, Ka Thị Ngọc Hân - Phó Chủ tịch Hội Sinh viên Việt Nam tỉnh. Ban Thường vụ gồm 11 đồng chí.
Đại hội đề ra chỉ tiêu nhiệm kỳ: không dưới 90% sinh viên được tham gia các hoạt động tình nguyện hằng năm; phát triển thêm 5.000 hội viên mới; ít nhất 20 dự án khởi nghiệp của sinh viên được hỗ trợ, theo Quyết định số 1665/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ học sinh, sinh viên khởi nghiệp".
Ngọc Ánh - Ban Tuyên giáo Tỉnh đoàn
Tin khác
- Lâm Đồng ra mắt Ban Chấp hành Đoàn khối các trường (30/09/2025)
- Trao 200 suất học bổng cho tân sinh viên (20/09/2025)
- Hội thi "Sinh viên với pháp luật" (05/09/2025)
""", "2025-10-14", "Đại hội đại biểu Hội Sinh viên Việt Nam tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2028",
E("dai_hoi", None, "2025-10-12"),
[P("K'Bròn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Vinh", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Y Thanh Niê", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên Việt Nam tỉnh khóa I"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Ka Thị Ngọc Hân", "Phó Chủ tịch Hội Sinh viên Việt Nam tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("hơn 46.000 hội viên", 46000, "hội viên", "over"),
 Q("15 trường đại học, cao đẳng", 15, "trường đại học, cao đẳng"), Q("38 cơ sở Hội", 38, "cơ sở Hội"),
 Q("1.260 hoạt động tình nguyện", 1260, "hoạt động tình nguyện"), Q("khoảng 38.500 lượt sinh viên", 38500, "lượt sinh viên", "approx"),
 Q("2.140 suất học bổng", 2140, "suất học bổng"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("1.918 sinh viên", 1918, "sinh viên"), Q("64 sinh viên", 64, "sinh viên"), Q("650 chiến sĩ tình nguyện", 650, "chiến sĩ tình nguyện"),
 Q("31 đồng chí", 31, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("không dưới 90%", 90, "%", "over"),
 Q("5.000 hội viên mới", 5000, "hội viên mới"), Q("ít nhất 20 dự án khởi nghiệp", 20, "dự án khởi nghiệp", "over")],
[D("Kết luận", "18", "KL/TW", "2021-09-22", "Ban Bí thư", "Kết luận số 18-KL/TW ngày 22/9/2021"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW"),
 D("Quyết định", "1665", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1665/QĐ-TTg")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Gia Nghĩa"), com("Phan Thiết"), com("Bảo Lộc 1")],
["TỈNH ĐOÀN LÂM ĐỒNG", "Trang chủ / Tin tức / Công tác Hội và phong trào sinh viên", "Đồng chí K'Bròn phát biểu chỉ đạo đại hội.",
 "Sinh viên 5 tốt", "Tiếp sức mùa thi", "Hỗ trợ học sinh, sinh viên khởi nghiệp", "Ngọc Ánh - Ban Tuyên giáo Tỉnh đoàn"],
["Thứ Ba, 14/10/2025 - 16:20", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2028", "năm 2025", "31 đồng chí", "11 đồng chí",
 "khóa I", "5 tốt"]))

PAGES.append(page("b5208-dongnai-btgdv-truonghoc-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự › Chính trị - Xây dựng Đảng
09/01/2026 | 15:05
Toàn cảnh hội nghị tổng kết. Ảnh: Huy Anh
Tổng kết công tác dân vận trong các cơ sở giáo dục năm 2025: Đồng thuận trong sắp xếp trường, lớp
Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp với Đảng ủy Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết công tác dân vận trong các cơ sở giáo dục năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Điểu Thị Ngọc Lan, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Trần Minh Quang, Bí thư Đảng ủy, Giám đốc Sở Giáo dục và Đào tạo đồng chủ trì.
Năm 2025 là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước) vận hành chính quyền địa phương 2 cấp. Ngành giáo dục đã thực hiện sắp xếp 1.126 trường công lập, giảm 74 đầu mối; vận động được sự đồng thuận của 98,6% phụ huynh tại các điểm trường phải sáp nhập. Toàn ngành có 52.300 cán bộ, giáo viên, nhân viên, trong đó khoảng 1.850 người là đồng bào dân tộc thiểu số S'tiêng, Mnông, Chơ Ro, Khmer.
Thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị và Kế hoạch số 12-KH/BTGDVTU ngày 20/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các trường đã xây dựng 238 mô hình "Dân vận khéo", trong đó 26 mô hình tiêu biểu được đề nghị khen thưởng cấp tỉnh. Các trường vận động nhà hảo tâm trao 4.560 suất học bổng, 1.300 chiếc xe đạp, tổng trị giá trên 11 tỷ đồng; Ủy ban MTTQ Việt Nam các xã, phường giám sát việc thu, chi tại 410 trường.
Tại hội nghị, cô Thị Bích Thủy, Hiệu trưởng Trường Tiểu học Bù Gia Mập, xã Bù Gia Mập, chia sẻ kinh nghiệm vận động đồng bào S'tiêng cho trẻ đi học đúng độ tuổi. Thầy Điểu Minh, Bí thư Chi bộ Trường PTDT nội trú THCS Phước Long, cho biết 100% học sinh của trường được ở nội trú miễn phí. Các đồng chí Nguyễn Văn Lợi, Lâm Thị Sa Rum - Phó Chủ tịch Công đoàn Giáo dục tỉnh đề nghị quan tâm nhà công vụ cho giáo viên ở các xã biên giới.
Phát biểu kết luận, đồng chí Điểu Thị Ngọc Lan đề nghị năm 2026 ngành giáo dục quán triệt Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo; triển khai Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy; phấn đấu ít nhất 300 mô hình "Dân vận khéo" mới; không để xảy ra điểm nóng liên quan đến trường học.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 32 cá nhân tiêu biểu.
Huy Anh
Tin liên quan
- Đồng Nai: Biểu dương 100 giáo viên tiêu biểu (20/11/2025)
- Trao 500 suất học bổng cho học sinh vùng biên giới (15/10/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025 (06/10/2025)
""", "2026-01-09", "Tổng kết công tác dân vận trong các cơ sở giáo dục năm 2025: Đồng thuận trong sắp xếp trường, lớp",
E("tong_ket", "2025", "2026-01-08"),
[P("Điểu Thị Ngọc Lan", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Quang", "Bí thư Đảng ủy", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thị Bích Thủy", "Hiệu trưởng Trường Tiểu học Bù Gia Mập"),
 P("Điểu Minh", "Bí thư Chi bộ Trường PTDT nội trú THCS Phước Long"),
 P("Nguyễn Văn Lợi", "Phó Chủ tịch Công đoàn Giáo dục tỉnh"),
 P("Lâm Thị Sa Rum", "Phó Chủ tịch Công đoàn Giáo dục tỉnh")],
[Q("1.126 trường công lập", 1126, "trường công lập"), Q("74 đầu mối", 74, "đầu mối"), Q("98,6%", 98.6, "%"),
 Q("52.300 cán bộ, giáo viên, nhân viên", 52300, "cán bộ, giáo viên, nhân viên"), Q("khoảng 1.850 người", 1850, "người", "approx"),
 Q("238 mô hình", 238, "mô hình"), Q("26 mô hình tiêu biểu", 26, "mô hình tiêu biểu"), Q("4.560 suất học bổng", 4560, "suất học bổng"),
 Q("1.300 chiếc xe đạp", 1300, "chiếc xe đạp"), Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("410 trường", 410, "trường"),
 Q("100%", 100, "%"), Q("ít nhất 300 mô hình", 300, "mô hình", "over"), Q("18 tập thể", 18, "tập thể"),
 Q("32 cá nhân tiêu biểu", 32, "cá nhân tiêu biểu")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-08-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 20/8/2025"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Chính trị - Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết. Ảnh: Huy Anh", "Dân vận khéo"],
["09/01/2026 | 15:05", "năm 2025", "năm 2026", "2 cấp"]))

PAGES.append(page("b5209-hatinh-huongdo-taphuan-2026", """
Cổng thông tin điện tử xã Hương Đô - tỉnh Hà Tĩnh
Trang chủ » Tin hoạt động » Công tác dân vận
Ngày đăng 24/02/2026 | 16:20
Tập huấn kỹ năng dân vận cho 96 giáo viên chủ nhiệm năm 2026
Sáng 23/2, Đảng ủy xã Hương Đô phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2026 cho 96 giáo viên chủ nhiệm, tổng phụ trách Đội và bí thư chi đoàn của 6 trường mầm non, tiểu học, THCS trên địa bàn xã.
Báo cáo viên hướng dẫn kỹ năng đối thoại với phụ huynh.
Dự và chỉ đạo lớp tập huấn có đồng chí Phan Thị Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh; đồng chí Trần Quốc Hưng, Bí thư Đảng ủy xã Hương Đô; đồng chí Nguyễn Thị Lài, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Các học viên được nghe các chuyên đề: quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; Luật Thực hiện dân chủ ở cơ sở năm 2022; kỹ năng nắm bắt dư luận và đối thoại với phụ huynh; cách xử lý thông tin xấu, độc trên mạng xã hội liên quan đến nhà trường. Báo cáo viên là các đồng chí: Lê Đình Sơn, Trưởng Ban Xây dựng Đảng Đảng ủy xã; Hồ Thị Quỳnh Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã.
Theo Đảng ủy xã, sau sắp xếp đơn vị hành chính, xã Hương Đô có 24 thôn với 7.860 hộ, hơn 29.000 nhân khẩu; có 4.512 học sinh các cấp. Năm 2025, các nhà trường đã phối hợp với 24 Ban công tác Mặt trận thôn vận động phụ huynh đóng góp gần 1,6 tỷ đồng xây dựng khu vui chơi, thư viện thân thiện; giải quyết 11 kiến nghị của phụ huynh ngay tại trường, không có đơn thư vượt cấp.
Phát biểu tại lớp tập huấn, đồng chí Phan Thị Thu Hà đề nghị mỗi giáo viên chủ nhiệm phải là "cầu nối" giữa nhà trường với gia đình, thực hiện tốt Kế hoạch 18-KH/ĐU ngày 10/1/2026 của Đảng ủy xã về phong trào thi đua "Dân vận khéo" năm 2026, trong đó mỗi trường có ít nhất 2 mô hình mới. Đồng chí cũng lưu ý các trường thực hiện nghiêm Thông tư 29/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về dạy thêm, học thêm, tránh gây bức xúc trong phụ huynh.
Cuối buổi, học viên đã làm bài thu hoạch; 100% học viên đạt yêu cầu, 18 học viên đạt loại giỏi.
Nhiều học viên cho rằng lớp tập huấn thiết thực, giúp giáo viên tự tin hơn khi làm việc với phụ huynh, nhất là trong các buổi họp đầu năm học và khi xử lý những vụ việc phát sinh trong học sinh.
Thu Hiền - Đài Truyền thanh xã
Tin liên quan
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (15/02/2026)
- Thăm, tặng quà Tết cho 200 hộ nghèo (10/02/2026)
- Ra mắt mô hình "Thôn không có rác thải nhựa" (20/01/2026)
""", "2026-02-24", "Tập huấn kỹ năng dân vận cho 96 giáo viên chủ nhiệm năm 2026",
E("tap_huan", "2026", "2026-02-23"),
[P("Phan Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"),
 P("Trần Quốc Hưng", "Bí thư Đảng ủy xã Hương Đô"),
 P("Nguyễn Thị Lài", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Đình Sơn", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Hồ Thị Quỳnh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("96 giáo viên chủ nhiệm", 96, "giáo viên chủ nhiệm"), Q("6 trường mầm non, tiểu học, THCS", 6, "trường mầm non, tiểu học, THCS"),
 Q("24 thôn", 24, "thôn"), Q("7.860 hộ", 7860, "hộ"), Q("hơn 29.000 nhân khẩu", 29000, "nhân khẩu", "over"),
 Q("4.512 học sinh", 4512, "học sinh"), Q("24 Ban công tác Mặt trận thôn", 24, "Ban công tác Mặt trận thôn"),
 Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("ít nhất 2 mô hình mới", 2, "mô hình mới", "over"), Q("100%", 100, "%"), Q("18 học viên", 18, "học viên")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "18", "KH/ĐU", "2026-01-10", "Đảng ủy xã", "Kế hoạch 18-KH/ĐU ngày 10/1/2026"),
 D("Thông tư", "29", "2024/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư 29/2024/TT-BGDĐT")],
[prov("Hà Tĩnh"), com("Hương Đô")],
["Cổng thông tin điện tử xã Hương Đô - tỉnh Hà Tĩnh", "Trang chủ » Tin hoạt động » Công tác dân vận",
 "Báo cáo viên hướng dẫn kỹ năng đối thoại với phụ huynh.",
 "Luật Thực hiện dân chủ ở cơ sở", "cầu nối", "Dân vận khéo", "Thu Hiền - Đài Truyền thanh xã"],
["Ngày đăng 24/02/2026 | 16:20", "năm 2026", "năm 2022", "Năm 2025"]))

PAGES.append(page("b5210-quangtri-btgdv-giaoban-thang3-2026", """
Chủ Nhật, 05/04/2026
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Tuyên giáo - Dân vận
Thứ Sáu, 03/04/2026
Đồng chí Hồ Thị Hương Giang phát biểu tại buổi giao ban.
Vận động học sinh vùng biên giới đến trường sau Tết
Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác tuyên giáo và dân vận tháng 3/2026 với Đảng ủy Sở Giáo dục và Đào tạo, Ủy ban MTTQ Việt Nam tỉnh và đảng ủy các xã biên giới. Đồng chí Hồ Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Trong tháng 3, các xã biên giới Hướng Lập, Lìa, Tân Thành, Thượng Trạch đã phối hợp với nhà trường vận động 143 học sinh người Vân Kiều, Pa Kô, Chứt nghỉ học kéo dài sau Tết trở lại lớp; hiện tỷ lệ chuyên cần ở các trường vùng biên đạt 96,4%. Bộ đội Biên phòng tỉnh duy trì chương trình "Nâng bước em tới trường", nhận đỡ đầu 215 học sinh với mức 500.000 đồng/em/tháng; mô hình "Con nuôi đồn Biên phòng" đang nuôi dưỡng 38 em.
Theo báo cáo, thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị và Kế hoạch số 27-KH/BTGDVTU ngày 5/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, trong tháng đã tổ chức 46 buổi tuyên truyền tại thôn, bản với khoảng 3.700 lượt người nghe; Mặt trận các cấp tiếp nhận 2,1 tỷ đồng ủng hộ Quỹ "Vì học sinh biên giới".
Tại buổi giao ban, đồng chí Hồ Văn Niên, Bí thư Đảng ủy xã Hướng Lập, cho biết xã còn 9 em có nguy cơ bỏ học do theo gia đình lên rẫy. Đồng chí Cao Thị Pho, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Trạch, kiến nghị hỗ trợ thêm gạo cho bếp ăn bán trú. Thượng tá Đinh Văn Tôm, Phó Chính ủy Bộ đội Biên phòng tỉnh, đề nghị tăng cường phối hợp "3 bám, 4 cùng" với giáo viên cắm bản.
Các đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo: Lê Thị Thu Hằng, Nguyễn Văn Thuận thông tin về việc xây dựng 12 trường phổ thông nội trú liên cấp tại các xã biên giới theo chủ trương của Bộ Chính trị, dự kiến khởi công 4 trường trong quý II/2026.
Kết luận, đồng chí Hồ Thị Hương Giang đề nghị tháng 4 tập trung vận động nhân dân hiến đất, giải phóng mặt bằng cho các trường nội trú; triển khai Hướng dẫn 03, 04-HD/BTGDVTU về công tác dân vận trong các dự án trường học; nắm chắc tình hình tư tưởng giáo viên sau sắp xếp.
Buổi giao ban cũng thống nhất lịch kiểm tra công tác dân vận tại các trường vùng biên vào cuối tháng 4, tập trung vào việc thực hiện chế độ cho học sinh bán trú và giáo viên cắm bản.
Phương Thảo
Tin cùng chuyên mục
- Giao ban công tác tuyên giáo và dân vận tháng 2/2026 (04/03/2026)
- Thăm, tặng quà giáo viên cắm bản dịp Tết (10/02/2026)
- Đối thoại với đoàn viên thanh niên năm 2026 (26/03/2026)
""", "2026-04-03", "Vận động học sinh vùng biên giới đến trường sau Tết",
E("giao_ban", "2026-03", "2026-04-02"),
[P("Hồ Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Niên", "Bí thư Đảng ủy xã Hướng Lập"),
 P("Cao Thị Pho", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Trạch"),
 P("Đinh Văn Tôm", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lê Thị Thu Hằng", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Nguyễn Văn Thuận", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("143 học sinh", 143, "học sinh"), Q("96,4%", 96.4, "%"), Q("215 học sinh", 215, "học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("38 em", 38, "em"), Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("khoảng 3.700 lượt người nghe", 3700, "lượt người nghe", "approx"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("9 em", 9, "em"), Q("12 trường phổ thông nội trú liên cấp", 12, "trường phổ thông nội trú liên cấp"),
 Q("4 trường", 4, "trường")],
[D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW"),
 D("Kế hoạch", "27", "KH/BTGDVTU", "2026-03-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BTGDVTU ngày 5/3/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Lìa"), com("Tân Thành"), com("Thượng Trạch")],
["Chủ Nhật, 05/04/2026", "BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Tuyên giáo - Dân vận",
 "Đồng chí Hồ Thị Hương Giang phát biểu tại buổi giao ban.", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng",
 "Vì học sinh biên giới", "3 bám, 4 cùng"],
["Chủ Nhật, 05/04/2026", "Thứ Sáu, 03/04/2026", "tháng 3/2026", "Trong tháng 3", "3 bám, 4 cùng", "quý II/2026", "tháng 4", "cuối tháng 4"]))

PAGES.append(page("b5211-angiang-btgdv-baocao-hocsinhdantoc-2025", """
BÁO AN GIANG ĐIỆN TỬ
Trang chủ >> Chính trị >> Dân tộc - Tôn giáo
20/01/2026 08:30
Ảnh: Học sinh Trường PTDT nội trú tỉnh trong giờ học chữ Khmer.
Hơn 98% học sinh dân tộc thiểu số được vận động đến trường trong năm 2025
Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang vừa có Báo cáo số 36-BC/BTGDVTU ngày 16/1/2026 về kết quả công tác vận động học sinh đồng bào dân tộc thiểu số năm 2025. Báo cáo được gửi Thường trực Tỉnh ủy và Ban Dân tộc và Tôn giáo tỉnh.
Theo báo cáo, tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) có hơn 430.000 đồng bào Khmer, Chăm, Hoa, chiếm khoảng 8,4% dân số. Năm học 2024 - 2025, toàn tỉnh có 71.250 học sinh dân tộc thiểu số, trong đó hơn 98% được huy động ra lớp đúng độ tuổi; tỷ lệ bỏ học giảm từ 1,9% xuống 1,2%. Các nhà trường phối hợp với 186 chùa Phật giáo Nam tông Khmer và 14 thánh đường Hồi giáo mở 412 lớp dạy chữ Khmer, tiếng Chăm hè cho khoảng 9.800 em.
Thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư, Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, năm 2025 toàn tỉnh đã cấp 5.640 suất học bổng với tổng số tiền trên 8,7 tỷ đồng; xây mới 3 ký túc xá cho học sinh nội trú ở các xã Tri Tôn, Ba Chúc, Hòn Đất.
Báo cáo nêu các cách làm hay: mô hình "Sư sãi đồng hành cùng học sinh" do Đại đức Chau Sóc Khăn, trụ trì chùa Soài So, xã Tri Tôn thực hiện; mô hình "Giáo cả vận động con em đến trường" ở cộng đồng người Chăm do ông Hả Ky Ra, Giáo cả thánh đường Mubarak, xã Châu Phong làm nòng cốt. Bà Néang Sà Phal, Hiệu trưởng Trường Tiểu học A Ba Chúc, được Ban biểu dương là 1 trong 25 cá nhân điển hình.
Báo cáo cũng chỉ rõ hạn chế: còn khoảng 1.200 học sinh Khmer theo gia đình đi làm thuê ở các tỉnh, thành khác; một số Ban công tác Mặt trận ấp chưa nắm chắc số học sinh bỏ học; việc phối hợp giữa nhà trường với chức sắc tôn giáo ở vài nơi còn hình thức.
Năm 2026, Ban đề ra chỉ tiêu không dưới 98,5% học sinh dân tộc thiểu số ra lớp; triển khai Kế hoạch 04-KH/BTGDVTU về phong trào "Dân vận khéo" trong vùng đồng bào dân tộc. Báo cáo do đồng chí Lâm Thị Sa Ri, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ký. Đồng chí Phạm Văn Lực, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết báo cáo sẽ là căn cứ để đề xuất khen thưởng 40 tập thể, cá nhân tại hội nghị tháng 2.
Kim Ngân
Lượt xem: 642
Tin liên quan
- Họp mặt chức sắc Phật giáo Nam tông Khmer (12/01/2026)
- Trao 300 suất học bổng cho học sinh Chăm (28/12/2025)
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (25/12/2025)
""", "2026-01-20", "Hơn 98% học sinh dân tộc thiểu số được vận động đến trường trong năm 2025",
E("bao_cao", "2025", "2026-01-16"),
[P("Chau Sóc Khăn", "Đại đức", "trụ trì chùa Soài So"),
 P("Hả Ky Ra", "Giáo cả thánh đường Mubarak"),
 P("Néang Sà Phal", "Hiệu trưởng Trường Tiểu học A Ba Chúc"),
 P("Lâm Thị Sa Ri", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Lực", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("Hơn 98%", 98, "%", "over"), Q("hơn 430.000 đồng bào", 430000, "đồng bào", "over"), Q("khoảng 8,4%", 8.4, "%", "approx"),
 Q("71.250 học sinh dân tộc thiểu số", 71250, "học sinh dân tộc thiểu số"), Q("1,9%", 1.9, "%"), Q("1,2%", 1.2, "%"),
 Q("186 chùa Phật giáo Nam tông Khmer", 186, "chùa Phật giáo Nam tông Khmer"), Q("14 thánh đường Hồi giáo", 14, "thánh đường Hồi giáo"),
 Q("412 lớp dạy chữ Khmer, tiếng Chăm hè", 412, "lớp dạy chữ Khmer, tiếng Chăm hè"), Q("khoảng 9.800 em", 9800, "em", "approx"),
 Q("5.640 suất học bổng", 5640, "suất học bổng"), Q("trên 8,7 tỷ đồng", 8700000000, "đồng", "over"), Q("3 ký túc xá", 3, "ký túc xá"),
 Q("25 cá nhân điển hình", 25, "cá nhân điển hình"), Q("khoảng 1.200 học sinh Khmer", 1200, "học sinh Khmer", "approx"),
 Q("không dưới 98,5%", 98.5, "%", "over"), Q("40 tập thể, cá nhân", 40, "tập thể, cá nhân")],
[D("Báo cáo", "36", "BC/BTGDVTU", "2026-01-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Báo cáo số 36-BC/BTGDVTU ngày 16/1/2026"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "04", "KH/BTGDVTU", None, None, "Kế hoạch 04-KH/BTGDVTU")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Ba Chúc"), com("Hòn Đất"), com("Châu Phong")],
["BÁO AN GIANG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Dân tộc - Tôn giáo",
 "Ảnh: Học sinh Trường PTDT nội trú tỉnh trong giờ học chữ Khmer.", "Sư sãi đồng hành cùng học sinh",
 "Giáo cả vận động con em đến trường", "Dân vận khéo", "chùa Soài So", "thánh đường Mubarak", "Lượt xem: 642"],
["20/01/2026 08:30", "Lượt xem: 642", "năm 2025", "Năm học 2024 - 2025", "Năm 2026", "1 trong 25", "tháng 2"]))

PAGES.append(page("b5212-gialai-iagrai-chucmung-83-2026", """
Trang thông tin điện tử xã Ia Grai - tỉnh Gia Lai
Trang chủ | Tin tức | Hoạt động Mặt trận - đoàn thể
09/03/2026 - 10:05
Lãnh đạo xã Ia Grai thăm, chúc mừng nữ cán bộ, giáo viên nhân ngày 8/3
Ngày 6/3/2026, nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2026), đoàn công tác của xã Ia Grai do đồng chí Rmah H'Djoan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn đã đến thăm, chúc mừng nữ cán bộ, giáo viên, nhân viên tại 5 trường học trên địa bàn.
Đoàn công tác chụp ảnh lưu niệm với cán bộ, giáo viên Trường Mầm non Hoa Phượng.
Cùng đi có các đồng chí: Kpă Thị Yơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã; Đinh Văn Thuận, Trưởng Ban Xây dựng Đảng Đảng ủy xã; Siu Thị Hlin, Bí thư Đoàn xã.
Xã Ia Grai hiện có 9 trường mầm non, tiểu học, THCS với 312 cán bộ, giáo viên, nhân viên, trong đó 247 người là nữ, chiếm 79,2%; có 58 nữ giáo viên là người Jrai, Bahnar. Năm học 2025 - 2026, toàn xã có 5.140 học sinh; tỷ lệ học sinh dân tộc thiểu số ra lớp đạt 99,3%.
Tại các trường, đồng chí Rmah H'Djoan gửi lời chúc mừng tới các cô giáo và ghi nhận những đóng góp của đội ngũ nữ nhà giáo trong công tác vận động học sinh đến trường, nhất là ở các làng xa như Plei Bông, Plei Kép. Đồng chí đề nghị các cô tiếp tục hưởng ứng phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 có, 3 sạch"; thực hiện tốt Kế hoạch số 09-KH/ĐU ngày 15/1/2026 của Đảng ủy xã và Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.
Cô Rơ Lan H'Nhung, Hiệu trưởng Trường Tiểu học Ia Grai, bày tỏ cảm ơn sự quan tâm của Đảng ủy, Mặt trận xã. Cô cho biết nhà trường có 14 cô giáo thường xuyên vượt gần 10 km đường đất đến các điểm trường lẻ; từ đầu năm học, các cô đã đến 86 gia đình để vận động 23 học sinh nghỉ học kéo dài quay lại lớp.
Cô giáo Ksor H'Mai, giáo viên Trường Mầm non Hoa Phượng, chia sẻ: mỗi sáng cô cùng phụ huynh đưa trẻ đến lớp, dạy trẻ nói tiếng Việt bằng những bài hát tiếng Jrai quen thuộc. Đồng chí Kpă Thị Yơn đề nghị Hội Liên hiệp Phụ nữ xã nhân rộng cách làm này, gắn với mô hình "Mẹ đỡ đầu" đang giúp đỡ 31 em mồ côi.
Cũng trong dịp này, Đảng ủy xã đã có thư chúc mừng gửi tới toàn thể hội viên phụ nữ trong xã.
Hồng Thi - Đài Truyền thanh xã
Tin liên quan
- Hội nghị tổng kết công tác Mặt trận năm 2025 (30/12/2025)
- Trao 150 suất quà Tết cho hộ nghèo (05/02/2026)
- Ra quân đầu xuân trồng cây xanh tại các trường học (25/02/2026)
""", "2026-03-09", "Lãnh đạo xã Ia Grai thăm, chúc mừng nữ cán bộ, giáo viên nhân ngày 8/3",
E("khac", None, "2026-03-06"),
[P("Rmah H'Djoan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kpă Thị Yơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đinh Văn Thuận", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Siu Thị Hlin", "Bí thư Đoàn xã"),
 P("Rơ Lan H'Nhung", "Hiệu trưởng Trường Tiểu học Ia Grai"),
 P("Ksor H'Mai", "giáo viên Trường Mầm non Hoa Phượng")],
[Q("5 trường học", 5, "trường học"), Q("9 trường mầm non, tiểu học, THCS", 9, "trường mầm non, tiểu học, THCS"),
 Q("312 cán bộ, giáo viên, nhân viên", 312, "cán bộ, giáo viên, nhân viên"), Q("247 người", 247, "người"), Q("79,2%", 79.2, "%"),
 Q("58 nữ giáo viên", 58, "nữ giáo viên"), Q("5.140 học sinh", 5140, "học sinh"), Q("99,3%", 99.3, "%"),
 Q("14 cô giáo", 14, "cô giáo"), Q("gần 10 km", 10, "km", "approx"), Q("86 gia đình", 86, "gia đình"),
 Q("23 học sinh", 23, "học sinh"), Q("31 em mồ côi", 31, "em mồ côi")],
[D("Kế hoạch", "09", "KH/ĐU", "2026-01-15", "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 15/1/2026"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Gia Lai"), com("Ia Grai")],
["Trang thông tin điện tử xã Ia Grai - tỉnh Gia Lai", "Trang chủ | Tin tức | Hoạt động Mặt trận - đoàn thể",
 "Đoàn công tác chụp ảnh lưu niệm với cán bộ, giáo viên Trường Mầm non Hoa Phượng.",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 có, 3 sạch", "Mẹ đỡ đầu",
 "Hồng Thi - Đài Truyền thanh xã"],
["09/03/2026 - 10:05", "ngày 8/3", "116 năm", "8/3/1910 - 8/3/2026", "5 có, 3 sạch", "Năm học 2025 - 2026"]))
