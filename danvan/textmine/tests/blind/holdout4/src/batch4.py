from lib import *

PAGES = []

PAGES.append(page("b93-laocai-simacai-doithoai-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ SI MA CAI - TỈNH LÀO CAI
Trang chủ » Tin tức » Hoạt động của Đảng ủy - HĐND - UBND
Cập nhật lúc 17:05 ngày 24/10/2025

Bí thư Đảng ủy xã Si Ma Cai đối thoại với nhân dân năm 2025

Ngày 23/10, Đảng ủy xã Si Ma Cai (tỉnh Lào Cai) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đây là cuộc đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp.

Chủ trì đối thoại có đồng chí Vàng Seo Phà, Bí thư Đảng ủy xã; đồng chí Lù Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Thào A Sình, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có Thiếu tá Giàng Seo Vư, Trưởng Công an xã và 176 đại biểu đại diện các thôn, người có uy tín, chức sắc tôn giáo.

Đối thoại được tổ chức theo Quy định số 124-QĐ/TW và Kế hoạch số 15-KH/ĐU ngày 02/9/2025 của Đảng ủy xã. Tại hội nghị, 23 ý kiến đã được nêu, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, hỗ trợ sinh kế theo Chương trình mục tiêu quốc gia và sửa chữa tuyến tỉnh lộ 153 bị sạt lở sau cơn bão số 3 (Yagi) năm 2024 và các đợt mưa lũ năm nay.

Ông Ma Seo Chư, người có uy tín thôn Sán Chải, phản ánh có 64 hộ của thôn chưa được cấp giấy chứng nhận. Đồng chí Lù Thị Mai cho biết đến nay xã đã cấp 1.318 giấy chứng nhận, đạt 87,5% kế hoạch; phấn đấu hoàn thành số còn lại trong quý I/2026. Bà Sùng Thị Dở, hội viên Hội LHPN thôn Lử Thẩn, đề nghị mở lớp dạy nghề thêu thổ cẩm; xã cam kết bố trí 120 triệu đồng từ nguồn sự nghiệp để mở 2 lớp cho 70 học viên.

Kết luận hội nghị, đồng chí Vàng Seo Phà yêu cầu các cơ quan trả lời bằng văn bản các ý kiến chưa giải đáp trong 15 ngày; tiếp tục triển khai Nghị quyết 57-NQ/TW của Bộ Chính trị về chuyển đổi số, phấn đấu 100% thôn có tổ công nghệ số cộng đồng.

Quang cảnh hội nghị đối thoại.

Tin: Lý Thanh
Lượt xem: 389

Tin khác
- Xã Si Ma Cai ra mắt Ban Chỉ huy Quân sự xã (01/7/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2 (15/8/2025)
""",
"2025-10-24",
"Bí thư Đảng ủy xã Si Ma Cai đối thoại với nhân dân năm 2025",
E("doi_thoai", "2025", "2025-10-23"),
[P("Vàng Seo Phà", "Bí thư Đảng ủy xã"),
 P("Lù Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thào A Sình", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giàng Seo Vư", "Thiếu tá", "Trưởng Công an xã"),
 P("Ma Seo Chư", "người có uy tín thôn Sán Chải"),
 P("Sùng Thị Dở", "hội viên Hội LHPN thôn Lử Thẩn")],
[Q("176 đại biểu", 176, "đại biểu"),
 Q("23 ý kiến", 23, "ý kiến"),
 Q("64 hộ", 64, "hộ"),
 Q("1.318 giấy chứng nhận", 1318, "giấy chứng nhận"),
 Q("87,5%", 87.5, "%"),
 Q("120 triệu đồng", 120000000, "đồng"),
 Q("2 lớp", 2, "lớp"),
 Q("70 học viên", 70, "học viên"),
 Q("100% thôn", 100, "%")],
[D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "15", "KH/ĐU", "2025-09-02", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
[prov("Lào Cai"), com("Si Ma Cai")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ SI MA CAI - TỈNH LÀO CAI", "Lượt xem", "Quang cảnh hội nghị đối thoại.",
 "Sán Chải", "Lử Thẩn"],
["2 cấp", "tỉnh lộ 153", "bão số 3", "15 ngày", "quý I/2026"]))

PAGES.append(page("b94-gialai-hnd-soket-quy1-2026", """
HỘI NÔNG DÂN TỈNH GIA LAI
Trang chủ / Tin tức / Hoạt động Hội
Thứ Tư, 08/4/2026

Hội Nông dân tỉnh sơ kết công tác quý I năm 2026

Ngày 07/4/2026, tại phường Pleiku, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân quý I, triển khai nhiệm vụ quý II năm 2026. Đây là quý đầu tiên Hội hoạt động ổn định sau khi hợp nhất Hội Nông dân hai tỉnh Gia Lai và Bình Định.

Chủ trì hội nghị có đồng chí Rơ Mah Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; các Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Thị Thu Nga, Ksor H'Bơ Khăp, Đặng Văn Quý.

Quý I, các cấp Hội đã tổ chức quán triệt Nghị quyết số 57-NQ/TW, Nghị quyết số 66, 68-NQ/TW của Bộ Chính trị tới cán bộ, hội viên; phối hợp với Sở Nông nghiệp và Môi trường tổ chức 84 lớp chuyển giao khoa học kỹ thuật cho hơn 5.600 lượt hội viên. Quỹ Hỗ trợ nông dân các cấp giải ngân 31 dự án với số tiền 14 tỷ 600 triệu đồng; dư nợ ủy thác qua Hội đạt 4.215 tỷ đồng với 92.470 hộ vay.

Thực hiện Quyết định số 418/QĐ-UBND ngày 16/01/2026 của UBND tỉnh, Hội cung ứng 1.250 tấn phân bón trả chậm cho 3.812 hộ; vận động 146 hộ ở xã Tuy Phước liên kết trồng 95 ha lúa giống. Hội viên đóng góp 2.140 ngày công khắc phục hậu quả bão số 13 năm 2025 tại các xã ven biển.

Phát biểu tại hội nghị, ông Siu Hyưk, nông dân xã Ia Dom, chia sẻ mô hình trồng sầu riêng với 12 ha, doanh thu năm 2025 đạt khoảng 3,8 tỷ đồng, tạo việc làm cho 25 lao động. Toàn tỉnh hiện có 68.400 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi, tăng 4,6% so cùng kỳ.

Kết luận, đồng chí Rơ Mah Tuấn đề nghị chuẩn bị Đại hội Hội Nông dân tỉnh lần thứ I sau hợp nhất, nhiệm kỳ 2026-2031, và tập trung thực hiện phong trào "5 nhà" trong hội viên.

Đồng chí Rơ Mah Tuấn phát biểu kết luận hội nghị.

Nông Hiền
Lượt xem: 451

Tin liên quan
- Trao 30 con bò giống cho hội viên nghèo (25/3/2026)
- Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 2 (12/01/2026)
""",
"2026-04-08",
"Hội Nông dân tỉnh sơ kết công tác quý I năm 2026",
E("so_ket", "2026-Q1", "2026-04-07"),
[P("Rơ Mah Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Thu Nga", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Văn Quý", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Siu Hyưk", "nông dân xã Ia Dom")],
[Q("84 lớp", 84, "lớp"),
 Q("hơn 5.600 lượt hội viên", 5600, "lượt hội viên", "over"),
 Q("31 dự án", 31, "dự án"),
 Q("14 tỷ 600 triệu đồng", 14600000000, "đồng"),
 Q("4.215 tỷ đồng", 4215000000000, "đồng"),
 Q("92.470 hộ", 92470, "hộ"),
 Q("1.250 tấn phân bón", 1250, "tấn phân bón"),
 Q("3.812 hộ", 3812, "hộ"),
 Q("146 hộ", 146, "hộ"),
 Q("95 ha lúa giống", 95, "ha lúa giống"),
 Q("2.140 ngày công", 2140, "ngày công"),
 Q("12 ha", 12, "ha"),
 Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("25 lao động", 25, "lao động"),
 Q("68.400 hộ", 68400, "hộ"),
 Q("4,6%", 4.6, "%")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "68-NQ/TW"),
 D("Quyết định", "418", "QĐ-UBND", "2026-01-16", "UBND tỉnh", "Quyết định số 418/QĐ-UBND")],
[prov("Gia Lai"), prov("Bình Định"), com("Pleiku"), com("Tuy Phước"), com("Ia Dom")],
["HỘI NÔNG DÂN TỈNH GIA LAI", "Lượt xem", "Đồng chí Rơ Mah Tuấn phát biểu kết luận hội nghị.",
 "Quỹ Hỗ trợ nông dân", "Sở Nông nghiệp và Môi trường"],
["bão số 13", "lần thứ I", "nhiệm kỳ 2026-2031", "5 nhà"]))

PAGES.append(page("b95-camau-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Trang chủ > Tin hoạt động > Mặt trận tỉnh
Đăng lúc: 08 giờ 30 phút, ngày 06 tháng 01 năm 2026

Mặt trận tỉnh Cà Mau tổng kết công tác năm 2025

Chiều 05/01/2026, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Mặt trận hai tỉnh Cà Mau, Bạc Liêu và sắp xếp các đoàn thể trực thuộc Mặt trận.

Dự hội nghị có đồng chí Trần Chí Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lý Thị Sa Rươne, Hồ Văn Hiền, Phạm Minh Tâm; Hòa thượng Danh Đồng, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam; Linh mục Giuse Phạm Văn Lợi, Ủy viên Ủy ban MTTQ Việt Nam tỉnh.

Năm 2025, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 96,8 tỷ đồng; hoàn thành xóa 4.072 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, vượt tiến độ theo Chỉ thị số 42-CT/TU của Tỉnh ủy. Mặt trận tổ chức 1.146 cuộc giám sát, góp ý 318 dự thảo văn bản, trong đó có dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi).

Các cấp Hội Cựu chiến binh, Hội Nông dân, Hội LHPN, Đoàn Thanh niên, Công đoàn trực thuộc Mặt trận đã kết nạp mới 11.860 hội viên, đoàn viên. Riêng phong trào hiến đất, nhân dân các xã ven biển hiến 7,6 ha làm đường, đóng góp khoảng 26.500 ngày công. Tại phường Bạc Liêu và xã Đất Mũi, mô hình "Khu dân cư tự quản" với 2.150 hộ tham gia được đánh giá tiêu biểu.

Phát biểu chỉ đạo, đồng chí Trần Chí Thanh nhấn mạnh việc triển khai Kết luận số 126, 127-KL/TW về sắp xếp bộ máy và Quyết định số 2508/QĐ-UBND ngày 14/10/2025 của UBND tỉnh về an sinh xã hội dịp Tết; đề nghị chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2026-2031.

Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 8 tập thể, 14 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng 1.500 phần quà Tết, mỗi phần trị giá 800.000 đồng.

Quang cảnh hội nghị tổng kết.

Thu Nguyệt – Phan Vinh
Lượt truy cập: 1.972

Tin liên quan:
- Ngày hội Đại đoàn kết tại ấp Tân Điền (18/11/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh sau hợp nhất (01/7/2025)
""",
"2026-01-06",
"Mặt trận tỉnh Cà Mau tổng kết công tác năm 2025",
E("tong_ket", "2025", "2026-01-05"),
[P("Trần Chí Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Sa Rươne", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Đồng", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"),
 P("Giuse Phạm Văn Lợi", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh")],
[Q("96,8 tỷ đồng", 96800000000, "đồng"),
 Q("4.072 căn nhà tạm", 4072, "căn nhà tạm"),
 Q("1.146 cuộc giám sát", 1146, "cuộc giám sát"),
 Q("318 dự thảo văn bản", 318, "dự thảo văn bản"),
 Q("11.860 hội viên", 11860, "hội viên, đoàn viên"),
 Q("7,6 ha", 7.6, "ha"),
 Q("khoảng 26.500 ngày công", 26500, "ngày công", "approx"),
 Q("2.150 hộ", 2150, "hộ"),
 Q("8 tập thể", 8, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân"),
 Q("1.500 phần quà", 1500, "phần quà"),
 Q("800.000 đồng", 800000, "đồng")],
[D("Chỉ thị", "42", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 42-CT/TU"),
 D("Kết luận", "126", "KL/TW", None, None, "Kết luận số 126"),
 D("Kết luận", "127", "KL/TW", None, None, "127-KL/TW"),
 D("Quyết định", "2508", "QĐ-UBND", "2025-10-14", "UBND tỉnh", "Quyết định số 2508/QĐ-UBND")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Bạc Liêu"), com("Đất Mũi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Lượt truy cập", "Quang cảnh hội nghị tổng kết.",
 "Khu dân cư tự quản", "Luật Mặt trận Tổ quốc Việt Nam"],
["lần thứ I", "nhiệm kỳ 2026-2031", "31/8/2025"]))

PAGES.append(page("b96-phutho-congdoan-taphuan-2026", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ
Trang chủ :: Tin tức - Sự kiện :: Đào tạo - Bồi dưỡng
Thứ Bảy, 15 tháng 8, 2026 - 09:40

Tập huấn nghiệp vụ cho hơn 300 cán bộ công đoàn cơ sở khu vực Vĩnh Phúc cũ

Trong 2 ngày 13-14/8/2026, tại phường Vĩnh Yên, Liên đoàn Lao động tỉnh Phú Thọ tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm 2026 cho 312 cán bộ là chủ tịch, phó chủ tịch công đoàn cơ sở các doanh nghiệp thuộc khu vực tỉnh Vĩnh Phúc trước hợp nhất.

Phát biểu khai giảng, đồng chí Đinh Thị Thu Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh, cho biết sau hợp nhất ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình, toàn tỉnh có 3.964 công đoàn cơ sở với 412.870 đoàn viên; trong đó 74,5% đoàn viên làm việc tại các khu công nghiệp.

Báo cáo viên gồm các đồng chí: Bùi Văn Thắng, Trưởng Ban Chính sách - Pháp luật LĐLĐ tỉnh; Luật sư Hà Minh Đức, Trung tâm Tư vấn pháp luật công đoàn tỉnh; Xa Thị Hương (người Mường, quê xã Mai Châu), Phó Trưởng Ban Tổ chức LĐLĐ tỉnh. Nội dung tập trung vào Luật Công đoàn năm 2024, Nghị định số 12, 13/2026/NĐ-CP và Hướng dẫn số 07/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam về tổ chức hội nghị người lao động; kỹ năng đối thoại, thương lượng tập thể.

Theo LĐLĐ tỉnh, 7 tháng năm 2026 các cấp công đoàn đã tổ chức 1.085 cuộc đối thoại tại doanh nghiệp, hỗ trợ 286 đoàn viên bị tai nạn lao động với số tiền 858 triệu đồng, trao 14 "Mái ấm Công đoàn", mỗi căn 70 triệu đồng. Chương trình "Tết Sum vầy" năm 2026 đã trao 21.400 suất quà.

Anh Lê Văn Tuấn, Chủ tịch Công đoàn Công ty TNHH điện tử Thiên Quang, chia sẻ: nhờ thương lượng, mức hỗ trợ tiền ăn ca được nâng từ 25.000 đồng lên 30.000 đồng/suất cho 1.600 công nhân. Lớp tập huấn có 6 chuyên đề, học viên được kiểm tra trắc nghiệm cuối khóa.

Các học viên tham dự lớp tập huấn.

Mai Linh

Lượt xem: 275

Tin cùng chuyên mục:
- Giao ban công đoàn các khu công nghiệp quý II/2026 (10/7/2026)
- Lễ ra mắt Liên đoàn Lao động tỉnh sau hợp nhất (01/7/2025)
""",
"2026-08-15",
"Tập huấn nghiệp vụ cho hơn 300 cán bộ công đoàn cơ sở khu vực Vĩnh Phúc cũ",
E("tap_huan", "2026", "2026-08-13"),
[P("Đinh Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Bùi Văn Thắng", "Trưởng Ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Hà Minh Đức", "Luật sư", "Trung tâm Tư vấn pháp luật công đoàn tỉnh"),
 P("Xa Thị Hương", "Phó Trưởng Ban Tổ chức LĐLĐ tỉnh"),
 P("Lê Văn Tuấn", "Chủ tịch Công đoàn Công ty TNHH điện tử Thiên Quang")],
[Q("hơn 300 cán bộ", 300, "cán bộ", "over"),
 Q("312 cán bộ", 312, "cán bộ"),
 Q("3.964 công đoàn cơ sở", 3964, "công đoàn cơ sở"),
 Q("412.870 đoàn viên", 412870, "đoàn viên"),
 Q("74,5%", 74.5, "%"),
 Q("1.085 cuộc đối thoại", 1085, "cuộc đối thoại"),
 Q("286 đoàn viên", 286, "đoàn viên"),
 Q("858 triệu đồng", 858000000, "đồng"),
 Q('14 "Mái ấm Công đoàn"', 14, "Mái ấm Công đoàn"),
 Q("70 triệu đồng", 70000000, "đồng"),
 Q("21.400 suất quà", 21400, "suất quà"),
 Q("25.000 đồng", 25000, "đồng"),
 Q("30.000 đồng/suất", 30000, "đồng"),
 Q("1.600 công nhân", 1600, "công nhân"),
 Q("6 chuyên đề", 6, "chuyên đề")],
[D("Nghị định", "12", "2026/NĐ-CP", None, None, "Nghị định số 12"),
 D("Nghị định", "13", "2026/NĐ-CP", None, None, "13/2026/NĐ-CP"),
 D("Hướng dẫn", "07", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 07/HD-TLĐ")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vĩnh Yên"), com("Mai Châu")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ", "Lượt xem", "Các học viên tham dự lớp tập huấn.",
 "Tết Sum vầy", "Công ty TNHH điện tử Thiên Quang"],
["2 ngày", "7 tháng", "Luật Công đoàn năm 2024"]))
