from lib import *
PAGES = []

PAGES.append(page("b593-langson-bdv-tongket-2025", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN                                   Hôm nay: Thứ Tư, 15/01/2025
Trang chủ >> Tin tức >> Hoạt động Ban Dân vận
14/01/2025 16:45
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025
Chiều 13/1, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.
Toàn cảnh hội nghị tổng kết công tác dân vận.
Cùng dự có các đồng chí: Đoàn Thị Hậu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Lương Trọng Quỳnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Hoàng Thị Mai Thảo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo các ban xây dựng Đảng, Ban Dân vận các huyện ủy, thành ủy.
Năm 2024, Ban Dân vận các cấp đã tham mưu cấp ủy ban hành 126 văn bản lãnh đạo, chỉ đạo công tác dân vận; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 152-KL/TU về tăng cường công tác dân vận trong tình hình mới và Kế hoạch 210-KH/TU ngày 05/4/2024 thực hiện Kết luận 43-KL/TW của Ban Bí thư. Phong trào thi đua "Dân vận khéo" có 1.452 mô hình được công nhận, trong đó 96 mô hình cấp tỉnh. Các cấp đã vận động nhân dân hiến 86.700 m2 đất, đóng góp hơn 62 tỷ đồng và 45.800 ngày công xây dựng nông thôn mới; toàn tỉnh có thêm 14 xã đạt chuẩn nông thôn mới.
Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo hội nghị. Ảnh: Thu Trang
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vy Thị Hương, Lộc Văn Tiến, Nông Đức Thắng báo cáo kết quả công tác dân vận chính quyền. Trung tá Nông Văn Thiệp, Chính trị viên Đồn Biên phòng Cửa khẩu Chi Ma, thông tin việc đồn nhận đỡ đầu 21 "con nuôi đồn Biên phòng".
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm đề nghị năm 2025 Ban Dân vận các cấp tham mưu tốt việc sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW, chuẩn bị đại hội đảng bộ các cấp. Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc.
Văn Thành
Lượt xem: 1.340
Tin liên quan
- Lạng Sơn: Tôn vinh 96 mô hình Dân vận khéo cấp tỉnh (28/12/2024)
- Giao ban công tác dân vận quý IV năm 2024 (18/12/2024)
- Thụy Hùng: Thôn Nà Tâm về đích nông thôn mới (05/12/2024)
""" + footer("Ban Dân vận Tỉnh ủy Lạng Sơn", "Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn", "0205.3812.436", "bdvtu@langson.gov.vn", "Dân vận Lạng Sơn"),
 "2025-01-14", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025", E("tong_ket", "2024", "2025-01-13"),
 [P("Hoàng Văn Nghiệm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
  P("Đoàn Thị Hậu", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Lương Trọng Quỳnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Hoàng Thị Mai Thảo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Vy Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lộc Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nông Đức Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Nông Văn Thiệp", "Trung tá", "Chính trị viên Đồn Biên phòng Cửa khẩu Chi Ma")],
 [Q("126 văn bản", 126, "văn bản"), Q("1.452 mô hình", 1452, "mô hình"), Q("96 mô hình", 96, "mô hình"), Q("86.700 m2", 86700, "m2"),
  Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"), Q("45.800 ngày công", 45800, "ngày công"), Q("14 xã", 14, "xã"),
  Q("21 \"con nuôi đồn Biên phòng\"", 21, "con nuôi đồn Biên phòng"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
 [D("Kết luận", "152", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 152-KL/TU"),
  D("Kế hoạch", "210", "KH/TU", "2024-04-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch 210-KH/TU"),
  D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
  D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
 [prov("Lạng Sơn")],
 ["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Hôm nay: Thứ Tư, 15/01/2025", "Trang chủ >> Tin tức >> Hoạt động Ban Dân vận", "Toàn cảnh hội nghị tổng kết công tác dân vận.",
  "Đồng chí Hoàng Văn Nghiệm phát biểu chỉ đạo hội nghị. Ảnh: Thu Trang", "Dân vận khéo", "Đồn Biên phòng Cửa khẩu Chi Ma", "Lượt xem: 1.340"],
 ["Hôm nay: Thứ Tư, 15/01/2025", "14/01/2025 16:45", "năm 2025", "Lượt xem: 1.340"]))

PAGES.append(page("b594-yenbai-hnd-giaoban-2025", """
HỘI NÔNG DÂN TỈNH YÊN BÁI
Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức
Đăng lúc: 14:30 ngày 09/04/2025
Hội Nông dân tỉnh giao ban với các huyện, thị, thành Hội
Ngày 8/4, Thường trực Hội Nông dân tỉnh Yên Bái tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý I/2025 với 9 huyện, thị, thành Hội. Hội nghị được kết nối trực tuyến tới 168 điểm cầu cấp xã.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Chủ trì hội nghị có ông Hoàng Văn Tiến, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; các ông Phạm Văn Dũng, Hà Văn Tuyên - Phó Chủ tịch Hội Nông dân tỉnh. Dự hội nghị có bà Giàng Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy, và ông Lò Văn Mạnh, Chủ tịch Hội Nông dân huyện Văn Chấn.
Quý I, các cấp Hội đã triển khai Kế hoạch 318-KH/HNDT ngày 10/1/2025 của Ban Thường vụ Hội Nông dân tỉnh và Hướng dẫn 45, 46-HD/HNDTW của Ban Thường vụ Trung ương Hội về sắp xếp tổ chức bộ máy; kết nạp 532 hội viên mới; giải ngân Quỹ Hỗ trợ nông dân cho 84 hộ với số tiền 3,9 tỷ đồng. Các cấp Hội đã phối hợp mở 27 lớp dạy nghề cho 945 lao động nông thôn. Giá quế vỏ khô hiện từ 32.000 đồng/kg lên 41.000 đồng/kg, giúp nhiều hộ người Dao ở các xã Viễn Sơn, Đại Sơn có thu nhập khá.
Ông Triệu Tiến Dùng, nông dân thôn Khe Lụa, xã Viễn Sơn, phát biểu tại điểm cầu huyện Văn Yên. Ảnh: Thanh Chi
Ông Triệu Tiến Dùng, Chi hội trưởng Chi hội nông dân thôn Khe Lụa, xã Viễn Sơn, cho biết chi hội có 42 hội viên. Kết luận hội nghị, ông Hoàng Văn Tiến đề nghị quý II các cấp Hội thực hiện tốt phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", chuẩn bị hợp nhất với Hội Nông dân tỉnh Lào Cai.
Mạnh Cường
Số lượt xem: 577
Tin cùng chuyên mục
- Hội Nông dân Văn Yên ra mắt hợp tác xã quế hữu cơ (28/3/2025)
- Tổng kết công tác Hội và phong trào nông dân năm 2024 (20/12/2024)
- Viễn Sơn: Cây quế giúp đồng bào Dao thoát nghèo (10/12/2024)
- Tập huấn kỹ năng cho chi hội trưởng nông dân (25/11/2024)
- Hội Nông dân Yên Bái và Lào Cai bàn phương án hợp nhất (15/3/2025)
- Văn Chấn: Nông dân chung tay xây dựng nông thôn mới (02/3/2025)
""" + footer("Hội Nông dân tỉnh Yên Bái", "Số 718 đường Điện Biên, phường Đồng Tâm, thành phố Yên Bái", "0216.3852.448", "hoinongdan@yenbai.gov.vn", "Nông dân Yên Bái"),
 "2025-04-09", "Hội Nông dân tỉnh giao ban với các huyện, thị, thành Hội", E("giao_ban", "2025-Q1", "2025-04-08"),
 [P("Hoàng Văn Tiến", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
  P("Phạm Văn Dũng", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Hà Văn Tuyên", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Giàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lò Văn Mạnh", "Chủ tịch Hội Nông dân huyện Văn Chấn"),
  P("Triệu Tiến Dùng", "Chi hội trưởng Chi hội nông dân thôn Khe Lụa, xã Viễn Sơn")],
 [Q("9 huyện, thị, thành Hội", 9, "huyện, thị, thành Hội"), Q("168 điểm cầu", 168, "điểm cầu"), Q("532 hội viên mới", 532, "hội viên mới"),
  Q("84 hộ", 84, "hộ"), Q("3,9 tỷ đồng", 3900000000, "đồng"), Q("27 lớp", 27, "lớp"), Q("945 lao động nông thôn", 945, "lao động nông thôn"),
  Q("32.000 đồng/kg", 32000, "đồng"), Q("41.000 đồng/kg", 41000, "đồng"),
  Q("42 hội viên", 42, "hội viên")],
 [D("Kế hoạch", "318", "KH/HNDT", "2025-01-10", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 318-KH/HNDT"),
  D("Hướng dẫn", "45", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội", "Hướng dẫn 45, 46-HD/HNDTW"),
  D("Hướng dẫn", "46", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội", "Hướng dẫn 45, 46-HD/HNDTW")],
 [prov("Yên Bái"), prov("Lào Cai"), com("Viễn Sơn"), com("Đại Sơn")],
 ["HỘI NÔNG DÂN TỈNH YÊN BÁI", "Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
  "Ông Triệu Tiến Dùng, nông dân thôn Khe Lụa, xã Viễn Sơn, phát biểu tại điểm cầu huyện Văn Yên. Ảnh: Thanh Chi",
  "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Quỹ Hỗ trợ nông dân", "thôn Khe Lụa", "Số lượt xem: 577"],
 ["Đăng lúc: 14:30 ngày 09/04/2025", "quý II", "Số lượt xem: 577"]))

PAGES.append(page("b595-tuyenquang-mttq-traoqua-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ | Tin tức | An sinh xã hội
18.09.2025 | 15:30
Bàn giao 120 căn nhà cho hộ nghèo vùng cao nguyên đá
Ngày 17/9, tại xã Đồng Văn, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức lễ bàn giao 120 căn nhà cho hộ nghèo, hộ cận nghèo người Mông, Lô Lô ở các xã Đồng Văn, Mèo Vạc, Sủng Máng thuộc địa bàn tỉnh Hà Giang (cũ). Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Người dân xã Đồng Văn nhận bàn giao nhà mới.
Dự lễ bàn giao có đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Sùng Thị Chúa, Hầu Minh Lợi, Ma Thị Thúy; Thượng tá Vàng Seo Lử, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; ông Lò Văn Pủ, Bí thư Đảng ủy xã Đồng Văn.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Chỉ thị 22-CT/TW của Ban Bí thư về đẩy mạnh phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" và Kế hoạch 06-KH/MTTQ-BTT ngày 12/8/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, từ sau hợp nhất, Mặt trận tỉnh đã tiếp nhận hơn 18,4 tỷ đồng ủng hộ; hỗ trợ xây mới và sửa chữa 306 căn nhà, trong đó 120 căn nhà bàn giao đợt này. Các lực lượng vũ trang đã giúp 3.600 ngày công vận chuyển vật liệu lên các thôn cao.
Đồng chí Vương Ngọc Hà trao biển hỗ trợ nhà cho hộ nghèo. Ảnh: Hoàng Anh
Ông Sình Mí Dế, người có uy tín thôn Sà Phìn A, xã Đồng Văn, xúc động cho biết thôn có 17 hộ được nhận nhà mới. Dịp này, Ủy ban MTTQ tỉnh trao thêm 250 suất quà, mỗi suất trị giá 700.000 đồng cho học sinh nghèo người Lô Lô trước năm học mới. Chị Lò Thị Dơ, hội viên phụ nữ thôn Lô Lô Chải, xã Lũng Cú, đại diện các em học sinh cảm ơn Mặt trận.
Thu Phương
Lượt xem: 2.180
Tin liên quan
- Tuyên Quang: Vận động ủng hộ Quỹ Vì người nghèo sau hợp nhất (05/9/2025)
- Ủy ban MTTQ tỉnh khóa mới ra mắt (15/7/2025)
- Xóa nhà tạm ở cao nguyên đá (28/6/2025)
- Mặt trận huyện Mèo Vạc giám sát hỗ trợ nhà ở cho hộ nghèo (10/6/2025)
- Lũng Cú: Ngày hội Đại đoàn kết của đồng bào Lô Lô (20/5/2025)
""" + footer("Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Số 12 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", "0207.3822.151", "mttq@tuyenquang.gov.vn", "Mặt trận Tuyên Quang"),
 "2025-09-18", "Bàn giao 120 căn nhà cho hộ nghèo vùng cao nguyên đá", E("trao_qua", None, "2025-09-17"),
 [P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Sùng Thị Chúa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Hầu Minh Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Vàng Seo Lử", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
  P("Lò Văn Pủ", "Bí thư Đảng ủy xã Đồng Văn"),
  P("Sình Mí Dế", "người có uy tín thôn Sà Phìn A, xã Đồng Văn"),
  P("Lò Thị Dơ", "hội viên phụ nữ thôn Lô Lô Chải, xã Lũng Cú")],
 [Q("120 căn nhà", 120, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 18,4 tỷ đồng", 18400000000, "đồng", "over"),
  Q("306 căn nhà", 306, "căn nhà"), Q("3.600 ngày công", 3600, "ngày công"), Q("17 hộ", 17, "hộ"), Q("250 suất quà", 250, "suất quà"),
  Q("700.000 đồng", 700000, "đồng")],
 [D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW"),
  D("Kế hoạch", "06", "KH/MTTQ-BTT", "2025-08-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 06-KH/MTTQ-BTT")],
 [prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Mèo Vạc"), com("Sủng Máng"), com("Lũng Cú")],
 ["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ | Tin tức | An sinh xã hội", "Người dân xã Đồng Văn nhận bàn giao nhà mới.",
  "Đồng chí Vương Ngọc Hà trao biển hỗ trợ nhà cho hộ nghèo. Ảnh: Hoàng Anh", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
  "thôn Sà Phìn A", "Lượt xem: 2.180"],
 ["18.09.2025 | 15:30", "Lượt xem: 2.180"]))

PAGES.append(page("b596-danang-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG
Trang chủ / Tin tức / Công tác dân vận
2025-11-05 16:40
Bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận cấp xã
Ngày 3 và 4/11, Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng tổ chức lớp tập huấn nghiệp vụ công tác tuyên giáo và dân vận năm 2025 cho 235 học viên là cán bộ Ban Xây dựng Đảng, Ủy ban MTTQ Việt Nam các xã, phường, đặc khu trên địa bàn thành phố sau sắp xếp, trong đó có 68 học viên ở các xã miền núi thuộc tỉnh Quảng Nam (cũ).
Quang cảnh lớp tập huấn.
Khai mạc lớp tập huấn có đồng chí Đoàn Ngọc Hùng Anh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Nguyễn Thị Thu Hương, Zơ Râm Bơn; đồng chí Bhnướch Thị Lanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Đồng chí Đoàn Ngọc Hùng Anh phát biểu khai mạc. Ảnh: Ngọc Hà
Trong 2 ngày, học viên được quán triệt Quy định 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của Ban Tuyên giáo và Dân vận cấp tỉnh; Hướng dẫn 12-HD/BTGDVTU ngày 20/9/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác dân vận ở xã, phường sau sắp xếp; kỹ năng nắm tình hình tư tưởng nhân dân, xử lý thông tin xấu độc trên mạng xã hội. Theo báo cáo, từ ngày 1/7/2025, thành phố có 94 xã, phường, đặc khu; 2.120 thôn, tổ dân phố được sắp xếp lại.
Ông A Lăng Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang, chia sẻ khó khăn khi địa bàn xã rộng, đi lại xa. Bà Bríu Thị Đào, người có uy tín thôn A Rầng, xã Sông Kôn, cho biết thôn vừa vận động 26 hộ Cơ Tu hiến 1,2 ha đất làm đường. Trung tá Ating Bhiếc, Phó Chính trị viên Đồn Biên phòng Ga Ry, chia sẻ kinh nghiệm phối hợp vận động đồng bào biên giới.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch. Ban Tuyên giáo và Dân vận Thành ủy hỗ trợ mỗi học viên miền núi 500.000 đồng tiền đi lại; tổng kinh phí tổ chức lớp học khoảng 185 triệu đồng.
Minh Khôi
Lượt xem: 642
Các tin khác
- Đà Nẵng: Ra mắt Ban Tuyên giáo và Dân vận Thành ủy (01/7/2025)
- Sông Kôn: Đồng bào Cơ Tu hiến đất làm đường (20/10/2025)
""" + footer("Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng", "Tầng 21, Trung tâm Hành chính thành phố, 24 Trần Phú, Đà Nẵng", "0236.3821.402", "btgdv@danang.gov.vn", "Tuyên giáo và Dân vận Đà Nẵng"),
 "2025-11-05", "Bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận cấp xã", E("tap_huan", "2025", "2025-11-03"),
 [P("Đoàn Ngọc Hùng Anh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Nguyễn Thị Thu Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"), P("Zơ Râm Bơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
  P("Bhnướch Thị Lanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
  P("A Lăng Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang"),
  P("Bríu Thị Đào", "người có uy tín thôn A Rầng, xã Sông Kôn"),
  P("Ating Bhiếc", "Trung tá", "Phó Chính trị viên Đồn Biên phòng Ga Ry")],
 [Q("235 học viên", 235, "học viên"), Q("68 học viên", 68, "học viên"), Q("94 xã, phường, đặc khu", 94, "xã, phường, đặc khu"),
  Q("2.120 thôn, tổ dân phố", 2120, "thôn, tổ dân phố"), Q("26 hộ", 26, "hộ"), Q("1,2 ha", 1.2, "ha"), Q("100% học viên", 100, "%"),
  Q("500.000 đồng", 500000, "đồng"), Q("khoảng 185 triệu đồng", 185000000, "đồng", "approx")],
 [D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW"),
  D("Hướng dẫn", "12", "HD/BTGDVTU", "2025-09-20", "Ban Tuyên giáo và Dân vận Thành ủy", "Hướng dẫn 12-HD/BTGDVTU")],
 [prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang"), com("Sông Kôn")],
 ["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG", "Trang chủ / Tin tức / Công tác dân vận", "Quang cảnh lớp tập huấn.",
  "Đồng chí Đoàn Ngọc Hùng Anh phát biểu khai mạc. Ảnh: Ngọc Hà", "thôn A Rầng", "Đồn Biên phòng Ga Ry", "Lượt xem: 642"],
 ["2025-11-05 16:40", "Trong 2 ngày", "từ ngày 1/7/2025", "Lượt xem: 642"]))

PAGES.append(page("b597-angiang-mttq-tongket-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ > Hoạt động Mặt trận > Tin tức
23/12/2025, 08:05
Mặt trận An Giang vận động hơn 215 tỷ đồng cho an sinh xã hội
Chiều 22/12, Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Năm 2025, các cấp Mặt trận vận động hơn 215 tỷ đồng cho các hoạt động an sinh xã hội.
Quang cảnh hội nghị tổng kết.
Tham dự hội nghị có đồng chí Nguyễn Thanh Nhàn, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Danh Thị Kim Hoa, Lâm Quang Thi, Trần Văn Chánh, Nguyễn Thị Bé Năm; ông Nguyễn Văn Bình, Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo; Hòa thượng Chau Ty, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Lão sư Chau Sóc Khang, Achar chùa Xà Tón, xã Tri Tôn.
Hòa thượng Chau Ty phát biểu tham luận. Ảnh: Hữu Huynh
Theo báo cáo, thực hiện Quy định 304-QĐ/TW và Kết luận 126-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy, Mặt trận tỉnh đã tổ chức lại 102 xã, phường, đặc khu; kiện toàn 1.846 Ban Công tác Mặt trận ở ấp, khu phố. Năm 2025, Quỹ "Vì người nghèo" các cấp hỗ trợ xây mới 2.350 căn nhà đại đoàn kết; Ban Trị sự Phật giáo Hòa Hảo các cấp đóng góp 48 cây cầu bê tông, trị giá hơn 31 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 98,6% hộ gia đình đạt danh hiệu gia đình văn hóa.
Tại hội nghị, ông Nguyễn Văn Bình và Lão sư Chau Sóc Khang tham luận về vai trò của chức sắc, chức việc trong vận động đồng bào.
Phát biểu kết luận, đồng chí Nguyễn Thanh Nhàn đề nghị năm 2026 Mặt trận các cấp thực hiện tốt Kế hoạch 45-KH/MTTQ-BTT ngày 01/12/2025 về giám sát bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 12 tập thể, 16 cá nhân.
Thanh Tiến
Lượt xem: 1.908
Tin liên quan
- An Giang: Trao 300 căn nhà đại đoàn kết ở Kiên Lương (10/12/2025)
- Ngày hội Đại đoàn kết toàn dân tộc ở ấp Hòa Lợi (15/11/2025)
""" + footer("Ủy ban MTTQ Việt Nam tỉnh An Giang", "Số 6 đường Nguyễn Công Trứ, phường Vĩnh Thanh, tỉnh An Giang", "0297.3862.211", "mttq@angiang.gov.vn", "Mặt trận An Giang"),
 "2025-12-23", "Mặt trận An Giang vận động hơn 215 tỷ đồng cho an sinh xã hội", E("tong_ket", "2025", "2025-12-22"),
 [P("Nguyễn Thanh Nhàn", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Danh Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lâm Quang Thi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Trần Văn Chánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Nguyễn Văn Bình", "Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
  P("Chau Ty", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
  P("Chau Sóc Khang", "Lão sư", "Achar chùa Xà Tón, xã Tri Tôn")],
 [Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
  Q("1.846 Ban Công tác Mặt trận", 1846, "Ban Công tác Mặt trận"), Q("2.350 căn nhà đại đoàn kết", 2350, "căn nhà đại đoàn kết"),
  Q("48 cây cầu bê tông", 48, "cây cầu bê tông"), Q("hơn 31 tỷ đồng", 31000000000, "đồng", "over"), Q("98,6% hộ gia đình", 98.6, "%"),
  Q("12 tập thể", 12, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
 [D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị, Ban Bí thư", "Quy định 304-QĐ/TW"),
  D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126-KL/TW"),
  D("Kế hoạch", "45", "KH/MTTQ-BTT", "2025-12-01", None, "Kế hoạch 45-KH/MTTQ-BTT")],
 [prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn")],
 ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ > Hoạt động Mặt trận > Tin tức", "Quang cảnh hội nghị tổng kết.",
  "Hòa thượng Chau Ty phát biểu tham luận. Ảnh: Hữu Huynh", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
  "chùa Xà Tón", "ấp Hòa Lợi", "Phật giáo Hòa Hảo", "Lượt xem: 1.908"],
 ["23/12/2025, 08:05", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.908"]))

PAGES.append(page("b598-laichau-bienphong-tongket-2026", """
BỘ ĐỘI BIÊN PHÒNG TỈNH LAI CHÂU
Trang chủ » Tin tức » Công tác vận động quần chúng
Thứ Ba, 13/01/2026 - 09:00
Bộ đội Biên phòng tỉnh triển khai nhiệm vụ công tác vận động quần chúng năm 2026
Ngày 12/1, Đảng ủy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội nghị tổng kết công tác dân vận, công tác vận động quần chúng năm 2025. Tham dự có đồng chí Giàng A Tính, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Toàn cảnh hội nghị.
Chủ trì hội nghị có Đại tá Hà Ngọc Quang, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh, và Đại tá Lò Văn Thanh, Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ đội Biên phòng tỉnh. Cùng dự có các đồng chí Phó Chính ủy Bộ đội Biên phòng tỉnh: Thượng tá Tẩn Láo Lở, Thượng tá Nguyễn Hữu Quyết.
Năm 2025, thực hiện Nghị quyết 49-NQ/ĐUQSTW của Quân ủy Trung ương và Kế hoạch 152/KH-BĐBP ngày 15/1/2025 của Bộ đội Biên phòng tỉnh, các đồn biên phòng đã cử 186 đảng viên về sinh hoạt tại 142 chi bộ bản biên giới; phối hợp tổ chức 420 buổi tuyên truyền cho 26.500 lượt người; nhận đỡ đầu 88 học sinh theo chương trình "Nâng bước em tới trường", mỗi em 500.000 đồng mỗi tháng. Mô hình "Mái ấm cho đồng bào biên giới" đã xây tặng 24 căn nhà, tổng trị giá hơn 1,9 tỷ đồng.
Đại tá Hà Ngọc Quang phát biểu tại hội nghị. Ảnh: Văn Long
Tham luận tại hội nghị, Thiếu tá Vàng A Chơ, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Pa Vệ Sử, cho biết đơn vị vận động 9 hộ người La Hủ ở bản Pa Vệ Sử bỏ tập quán du canh du cư. Ông Chu Nhù Sì, người có uy tín bản Pa Vệ Sử, xã Pa Ủ, đề nghị tiếp tục hỗ trợ giống cây thảo quả cho bà con.
Kết luận hội nghị, Đại tá Hà Ngọc Quang đề nghị các đồn thực hiện tốt cuộc vận động "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia" năm 2026.
Xuân Quý
Lượt xem: 713
TIN CÙNG CHUYÊN MỤC
- Biên phòng Lai Châu trao quà Tết cho đồng bào biên giới (08/01/2026)
- Pa Ủ: Người La Hủ định canh định cư (20/12/2025)
- Đồn Biên phòng Pa Vệ Sử giúp dân thu hoạch thảo quả (05/12/2025)
- Lớp xóa mù chữ giữa đại ngàn (18/11/2025)
- Con nuôi đồn Biên phòng ở Mường Tè (01/11/2025)
""" + footer("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu", "Phường Đông Phong, tỉnh Lai Châu", "0213.3876.102", "bdbp@laichau.gov.vn", "Biên phòng Lai Châu"),
 "2026-01-13", "Bộ đội Biên phòng tỉnh triển khai nhiệm vụ công tác vận động quần chúng năm 2026", E("tong_ket", "2025", "2026-01-12"),
 [P("Giàng A Tính", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Hà Ngọc Quang", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
  P("Lò Văn Thanh", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
  P("Tẩn Láo Lở", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"), P("Nguyễn Hữu Quyết", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
  P("Vàng A Chơ", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Pa Vệ Sử"),
  P("Chu Nhù Sì", "người có uy tín bản Pa Vệ Sử, xã Pa Ủ")],
 [Q("186 đảng viên", 186, "đảng viên"), Q("142 chi bộ bản biên giới", 142, "chi bộ bản biên giới"), Q("420 buổi", 420, "buổi"),
  Q("26.500 lượt người", 26500, "lượt người"),
  Q("88 học sinh", 88, "học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("24 căn nhà", 24, "căn nhà"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
  Q("9 hộ", 9, "hộ")],
 [D("Nghị quyết", "49", "NQ/ĐUQSTW", None, "Quân ủy Trung ương", "Nghị quyết 49-NQ/ĐUQSTW"),
  D("Kế hoạch", "152", "KH-BĐBP", "2025-01-15", "Bộ đội Biên phòng tỉnh", "Kế hoạch 152/KH-BĐBP")],
 [prov("Lai Châu"), com("Pa Ủ")],
 ["BỘ ĐỘI BIÊN PHÒNG TỈNH LAI CHÂU", "Trang chủ » Tin tức » Công tác vận động quần chúng", "Toàn cảnh hội nghị.",
  "Đại tá Hà Ngọc Quang phát biểu tại hội nghị. Ảnh: Văn Long", "Nâng bước em tới trường", "Mái ấm cho đồng bào biên giới",
  "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "bản Pa Vệ Sử", "Lượt xem: 713"],
 ["Thứ Ba, 13/01/2026 - 09:00", "năm 2026", "Lượt xem: 713"]))
