from lib import *
PAGES = []

PAGES.append(page("b1799-tuyenquang-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Dân vận
Thứ Sáu, 26/12/2025
Toàn cảnh hội nghị tổng kết.
Tuyên Quang: 4.315 mô hình "Dân vận khéo" trong năm đầu vận hành chính quyền hai cấp
Ngày 24/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Đồng chí Hoàng Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025, thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, khối dân vận đã tuyên truyền, vận động nhân dân đồng thuận cao; tỉnh mới có 124 xã, phường, hệ thống chính trị vận hành thông suốt từ ngày 1/7/2025.
Toàn tỉnh hiện có 4.315 mô hình "Dân vận khéo", trong đó 192 mô hình cấp tỉnh, 4.123 mô hình cấp xã; 138 mô hình được xây dựng mới gắn với chính quyền địa phương hai cấp. Nhân dân đã hiến trên 310.000 m2 đất, đóng góp gần 96 tỷ đồng làm đường, xóa 2.417 căn nhà tạm, nhà dột nát theo Chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát". Tỷ lệ hộ nghèo giảm 4,6%.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 12, 13-KH/TU về tiếp tục thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030 và về công tác dân vận ở vùng đồng bào Mông, Dao, Lô Lô, Pà Thẻn; ban hành Hướng dẫn số 07-HD/BTGDVTU ngày 15/8/2025 về tiêu chí công nhận mô hình cấp tỉnh.
Tại hội nghị, đồng chí Lý Mí Sính, Bí thư Đảng ủy xã Lũng Cú, chia sẻ mô hình "Dòng họ Mông giữ gìn an ninh biên giới" với 26 dòng họ cam kết tham gia; bà Lò Thị Dung, Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc, giới thiệu tổ dệt thổ cẩm của phụ nữ Lô Lô; ông Bàn Văn Quyết, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Thượng Lâm, đề nghị quan tâm phụ cấp cho người có uy tín.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 24 tập thể, 36 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 18 tập thể, 27 cá nhân. Các cá nhân được khen có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Hòa, Phù Thị Dinh; ông Sùng Sáo Mỷ, người có uy tín thôn Sà Phìn A, xã Sà Phìn.
Phát biểu kết luận, đồng chí Hoàng Thị Thanh Huyền đề nghị năm 2026 các cấp ủy tiếp tục đổi mới công tác dân vận phù hợp mô hình chính quyền hai cấp; mỗi xã, phường xây dựng mô hình "Dân vận khéo" gắn với chuyển đổi số, cải cách hành chính; kịp thời phát hiện, biểu dương, khen thưởng điển hình.
Thu Phương
Tin liên quan
- Hội nghị giao ban công tác tuyên giáo và dân vận quý IV (05/12/2025)
- Xã Lũng Cú ra mắt mô hình dân vận khéo (28/11/2025)
- Tuyên dương 100 người có uy tín tiêu biểu (14/11/2025)
""", "2025-12-26", 'Tuyên Quang: 4.315 mô hình "Dân vận khéo" trong năm đầu vận hành chính quyền hai cấp',
E("tong_ket", "2025", "2025-12-24"),
[P("Hoàng Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Mí Sính", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Dung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Bàn Văn Quyết", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Thượng Lâm"),
 P("Nguyễn Văn Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phù Thị Dinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Sáo Mỷ", "người có uy tín thôn Sà Phìn A")],
[Q("4.315 mô hình", 4315, "mô hình"), Q("124 xã, phường", 124, "xã, phường"), Q("192 mô hình cấp tỉnh", 192, "mô hình cấp tỉnh"),
 Q("4.123 mô hình cấp xã", 4123, "mô hình cấp xã"), Q("138 mô hình", 138, "mô hình"),
 Q("trên 310.000 m2", 310000, "m2", "over"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
 Q("2.417 căn nhà tạm, nhà dột nát", 2417, "căn nhà tạm, nhà dột nát"), Q("4,6%", 4.6, "%"),
 Q("26 dòng họ", 26, "dòng họ"), Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", "2025-08-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Thượng Lâm"), com("Sà Phìn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Dân vận", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dòng họ Mông giữ gìn an ninh biên giới"],
["Thứ Sáu, 26/12/2025", "năm 2025", "Năm 2025", "lần đầu tiên", "giai đoạn 2026 - 2030", "năm 2026", "hai cấp"]))

PAGES.append(page("b1800-lamdong-xa-giaoban-2025-q3", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG KHÊ - TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Hoạt động của Đảng ủy
Cập nhật: 09:42, 10/10/2025 (GMT+7)
Đảng ủy xã Quảng Khê giao ban khối dân vận quý III
Ngày 8/10/2025, Đảng ủy xã Quảng Khê tổ chức hội nghị giao ban khối dân vận quý III năm 2025, đánh giá kết quả sau 3 tháng vận hành chính quyền địa phương hai cấp. Đồng chí Điểu K'Rẻo, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Xã Quảng Khê (mới) được thành lập trên cơ sở sáp nhập các xã Quảng Khê, Đắk Plao và một phần xã Quảng Sơn của huyện Đắk Glong cũ, tỉnh Đắk Nông; từ ngày 1/7/2025 thuộc tỉnh Lâm Đồng. Xã có 5.840 hộ với 24.600 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 41%, gồm người Mạ, M'nông, Mông, Dao, Tày.
Báo cáo tại hội nghị cho thấy, quý III khối dân vận xã đã đăng ký 28 mô hình "Dân vận khéo", trong đó 3 mô hình được đề nghị công nhận cấp tỉnh; tổ chức 14 buổi tuyên truyền cho 1.260 lượt người về chủ trương sắp xếp đơn vị hành chính. Ủy ban MTTQ Việt Nam xã vận động xóa 37 căn nhà tạm, nhà dột nát cho hộ nghèo, mỗi căn được hỗ trợ 60 triệu đồng; vận động 212 hộ đóng góp 420 triệu đồng làm đường liên thôn. Trong quý, Ban Thường trực Ủy ban MTTQ Việt Nam xã tiếp nhận 11 đơn thư, đã giải quyết 5 đơn.
Hội nghị triển khai Kế hoạch số 18-KH/ĐU ngày 15/7/2025 của Đảng ủy xã về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030 và Quyết định số 04-QĐ/ĐU của Ban Thường vụ Đảng ủy xã về kiện toàn Khối dân vận. Đồng chí Thị Nơm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, được phân công làm Trưởng khối dân vận xã.
Các ý kiến tại giao ban tập trung vào việc giải quyết đơn thư về tranh chấp đất rẫy và vận động đồng bào Mông di cư tự do ổn định cuộc sống. Ông Thào A Sùng, Trưởng thôn 7, cho biết thôn đã vận động 19 hộ người Mông đăng ký thường trú; bà Triệu Thị Liên, Chi hội trưởng Phụ nữ thôn Sình Bay, đề nghị mở lớp dạy nghề may cho chị em. Ông Y Sang, người có uy tín bon Đắk Snao, cho biết bà con đã tự hòa giải 4 vụ tranh chấp ranh giới đất.
Kết luận giao ban, đồng chí Điểu K'Rẻo đề nghị quý IV các tổ chức trong khối dân vận xây dựng mô hình thiết thực, gắn với chuyển đổi số; làm tốt công tác tiếp dân, đối thoại, giải quyết dứt điểm 6 đơn thư tồn đọng; chuẩn bị tổng kết công tác dân vận năm 2025 và biểu dương các tập thể, cá nhân tiêu biểu.
Văn phòng Đảng ủy xã
Số lượt truy cập: 12.406
Tin khác
- Xã Quảng Khê ra mắt Ủy ban MTTQ Việt Nam xã (02/07/2025)
- Trao 20 suất học bổng cho học sinh nghèo vượt khó (25/09/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (30/09/2025)
""", "2025-10-10", "Đảng ủy xã Quảng Khê giao ban khối dân vận quý III",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Điểu K'Rẻo", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Nơm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng khối dân vận xã"),
 P("Thào A Sùng", "Trưởng thôn 7"),
 P("Triệu Thị Liên", "Chi hội trưởng Phụ nữ thôn Sình Bay"),
 P("Y Sang", "người có uy tín bon Đắk Snao")],
[Q("5.840 hộ", 5840, "hộ"), Q("24.600 nhân khẩu", 24600, "nhân khẩu"), Q("41%", 41, "%"),
 Q("28 mô hình", 28, "mô hình"), Q("3 mô hình", 3, "mô hình"), Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"),
 Q("1.260 lượt người", 1260, "lượt người"), Q("37 căn nhà tạm, nhà dột nát", 37, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("212 hộ", 212, "hộ"), Q("420 triệu đồng", 420000000, "đồng"), Q("11 đơn thư", 11, "đơn thư"), Q("5 đơn", 5, "đơn"),
 Q("19 hộ người Mông", 19, "hộ người Mông"), Q("4 vụ tranh chấp ranh giới đất", 4, "vụ tranh chấp ranh giới đất"),
 Q("6 đơn thư tồn đọng", 6, "đơn thư tồn đọng")],
[D("Kế hoạch", "18", "KH/ĐU", "2025-07-15", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 15/7/2025"),
 D("Quyết định", "04", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quyết định số 04-QĐ/ĐU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê"), com("Đắk Plao"), com("Quảng Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG KHÊ - TỈNH LÂM ĐỒNG", "Trang chủ > Tin tức > Hoạt động của Đảng ủy", "Dân vận khéo",
 "Văn phòng Đảng ủy xã", "Số lượt truy cập: 12.406"],
["Cập nhật: 09:42, 10/10/2025 (GMT+7)", "quý III năm 2025", "3 tháng", "hai cấp", "thôn 7", "quý IV", "năm 2025",
 "giai đoạn 2025 - 2030", "Số lượt truy cập: 12.406"]))

PAGES.append(page("b1801-vinhlong-xa-doithoai-2025", """
Đảng ủy - HĐND - UBND xã Long Hiệp - Tỉnh Vĩnh Long
Trang chủ / Tin tức - Sự kiện / Dân vận
21/11/2025 - 10:05
Ông Thạch Ngọc Sơn phát biểu tại buổi đối thoại.
Bí thư, Chủ tịch xã Long Hiệp đối thoại với nhân dân
Ngày 19/11, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Long Hiệp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đồng chí Thạch Ngọc Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã và ông Kim Văn Tươl, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì; dự có 180 người dân, chức sắc, chức việc các chùa Phật giáo Nam tông Khmer trên địa bàn.
Xã Long Hiệp (mới) thuộc tỉnh Vĩnh Long sau khi hợp nhất các tỉnh Vĩnh Long, Bến Tre, Trà Vinh; có 6.214 hộ, trong đó 78% là đồng bào Khmer. Buổi đối thoại thực hiện theo Luật Thực hiện dân chủ ở cơ sở, Nghị định 59/2023/NĐ-CP của Chính phủ và Kế hoạch số 25-KH/ĐU ngày 20/10/2025 của Đảng ủy xã, gắn với phong trào "Dân vận khéo" trong chính quyền.
Trước đối thoại, Ủy ban MTTQ Việt Nam xã đã tổng hợp 31 ý kiến, kiến nghị. Tại hội nghị, bà Thạch Thị Sô Phia ở ấp Chông Bát phản ánh tuyến đường nông thôn dài 2,5 km xuống cấp; ông Sơn Hoàng Vũ, Trưởng ấp Ô Rung hỏi về thủ tục chuyển đổi đất lúa sang trồng dừa; Đại đức Kiên Sóc Phon, trụ trì chùa Giồng Lớn, đề nghị hỗ trợ sửa chữa sala để mở lớp dạy chữ Khmer hè.
Trả lời, ông Kim Văn Tươl cho biết xã đã bố trí 1,6 tỷ đồng từ Chương trình mục tiêu quốc gia để làm lại tuyến đường, khởi công trong tháng 12; giao Phòng Kinh tế xã hướng dẫn thủ tục cho 43 hộ đăng ký chuyển đổi. Đồng chí Thạch Ngọc Sơn ghi nhận kiến nghị của nhà chùa, giao Ủy ban MTTQ Việt Nam xã vận động mạnh thường quân hỗ trợ, đồng thời cảm ơn các chùa đã mở 9 lớp dạy chữ Khmer cho 310 học sinh trong hè vừa qua.
Kết thúc hội nghị, 26 ý kiến được trả lời trực tiếp; 5 ý kiến được giao các cơ quan chuyên môn trả lời bằng văn bản. Bà Lâm Thị Mỹ Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết năm 2025 xã có 16 mô hình "Dân vận khéo", trong đó mô hình "Ấp Khmer không có người vi phạm pháp luật" đã được tỉnh công nhận. Dịp này, UBND xã tặng Giấy khen cho 7 tập thể, 12 cá nhân có thành tích trong phong trào.
Đồng chí Thạch Ngọc Sơn nhấn mạnh: lãnh đạo xã sẽ đối thoại định kỳ 6 tháng một lần, thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Sơn Sa Rết
Tin liên quan
- Xã Long Hiệp trao 120 phần quà lễ Sene Dolta (20/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam xã Long Hiệp (01/07/2025)
- Hội nghị người có uy tín xã Long Hiệp (15/08/2025)
""", "2025-11-21", "Bí thư, Chủ tịch xã Long Hiệp đối thoại với nhân dân",
E("doi_thoai", "2025", "2025-11-19"),
[P("Thạch Ngọc Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kim Văn Tươl", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thạch Thị Sô Phia"),
 P("Sơn Hoàng Vũ", "Trưởng ấp Ô Rung"),
 P("Kiên Sóc Phon", "Đại đức", "trụ trì chùa Giồng Lớn"),
 P("Lâm Thị Mỹ Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("180 người dân, chức sắc, chức việc", 180, "người dân, chức sắc, chức việc"), Q("6.214 hộ", 6214, "hộ"),
 Q("78%", 78, "%"), Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"), Q("2,5 km", 2.5, "km"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("43 hộ", 43, "hộ"), Q("9 lớp dạy chữ Khmer", 9, "lớp dạy chữ Khmer"),
 Q("310 học sinh", 310, "học sinh"), Q("26 ý kiến", 26, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("16 mô hình", 16, "mô hình"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP"),
 D("Kế hoạch", "25", "KH/ĐU", "2025-10-20", "Đảng ủy xã", "Kế hoạch số 25-KH/ĐU ngày 20/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["Đảng ủy - HĐND - UBND xã Long Hiệp - Tỉnh Vĩnh Long", "Trang chủ / Tin tức - Sự kiện / Dân vận",
 "Ông Thạch Ngọc Sơn phát biểu tại buổi đối thoại.", "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở",
 "Chương trình mục tiêu quốc gia", "Ấp Khmer không có người vi phạm pháp luật", "chùa Giồng Lớn",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["21/11/2025 - 10:05", "năm 2025", "tháng 12", "6 tháng một lần"]))

PAGES.append(page("b1802-dongnai-mttq-giamsat-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/09/2025 - 14:10
Giám sát việc thực hiện phong trào "Dân vận khéo" tại phường Bình Phước
(ĐN) - Ngày 24/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Điểu Thị Nhum, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện phong trào thi đua "Dân vận khéo" năm 2025 tại phường Bình Phước.
Đoàn giám sát làm việc với Đảng ủy phường Bình Phước.
Cuộc giám sát thực hiện theo Kế hoạch số 31/KH-MTTQ-BTT ngày 05/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về hướng dẫn khung để các cấp ủy tiếp tục thực hiện Quy chế giám sát và phản biện xã hội của Mặt trận.
Phường Bình Phước được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các phường Tân Phú, Tân Đồng và xã Tiến Hưng của thành phố Đồng Xoài, tỉnh Bình Phước cũ; nay thuộc tỉnh Đồng Nai. Phường có 62 khu phố với 9.850 hộ, 36.200 nhân khẩu, trong đó đồng bào S'tiêng chiếm gần 6%.
Báo cáo với đoàn, Chủ tịch UBND phường Nguyễn Thị Kim Thoa cho biết năm 2025 các cơ quan, đoàn thể của phường đã đăng ký 21 mô hình "Dân vận khéo", trong đó 4 mô hình cấp tỉnh; vận động xây dựng 15 căn nhà đại đoàn kết, trị giá 900 triệu đồng; tổ chức 3 cuộc đối thoại với 420 lượt người dân về bồi thường, giải phóng mặt bằng. Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn đạt 96,4%.
Tại buổi làm việc, ông Phạm Quốc Bảo, Bí thư Đảng ủy phường, thừa nhận một số mô hình đăng ký còn chung chung, chưa có chỉ tiêu cụ thể; việc sơ kết sau sắp xếp còn chậm. Ông Điểu Lên, Trưởng khu phố Phú Cường, kiến nghị phường sớm bố trí kinh phí cho tổ dân vận khu phố. Bà Thị Sang, Chi hội trưởng Chi hội Phụ nữ khu phố Tân Trà, giới thiệu mô hình "Nuôi heo đất giúp hội viên S'tiêng thoát nghèo" với 48 hội viên tham gia, đã trao 12 con bò giống.
Kết luận giám sát, bà Điểu Thị Nhum đánh giá phường đã quan tâm lãnh đạo phong trào ngay sau khi vận hành chính quyền hai cấp; đề nghị rà soát, đánh giá lại 21 mô hình, chọn ra những mô hình tiêu biểu để đề nghị khen thưởng; phát huy vai trò người có uy tín trong đồng bào S'tiêng. Đoàn sẽ tổng hợp kết quả báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 15/10/2025.
Cùng đi với đoàn có ông Lê Văn Tùng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Hội Nông dân, Hội LHPN tỉnh.
Hải Yến
Tin liên quan
- Mặt trận các cấp giám sát thực hiện chính sách an sinh xã hội (19/09/2025)
- Ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam phường Bình Phước (03/07/2025)
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo vùng đồng bào (12/09/2025)
""", "2025-09-26", 'Giám sát việc thực hiện phong trào "Dân vận khéo" tại phường Bình Phước',
E("giam_sat", "2025", "2025-09-24"),
[P("Điểu Thị Nhum", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Nguyễn Thị Kim Thoa", "Chủ tịch UBND phường"),
 P("Phạm Quốc Bảo", "Bí thư Đảng ủy phường"),
 P("Điểu Lên", "Trưởng khu phố Phú Cường"),
 P("Thị Sang", "Chi hội trưởng Chi hội Phụ nữ khu phố Tân Trà"),
 P("Lê Văn Tùng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("62 khu phố", 62, "khu phố"), Q("9.850 hộ", 9850, "hộ"), Q("36.200 nhân khẩu", 36200, "nhân khẩu"),
 Q("gần 6%", 6, "%", "approx"), Q("21 mô hình", 21, "mô hình"), Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"),
 Q("15 căn nhà đại đoàn kết", 15, "căn nhà đại đoàn kết"), Q("900 triệu đồng", 900000000, "đồng"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("420 lượt người dân", 420, "lượt người dân"), Q("96,4%", 96.4, "%"),
 Q("48 hội viên", 48, "hội viên"), Q("12 con bò giống", 12, "con bò giống")],
[D("Kế hoạch", "31", "KH-MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 31/KH-MTTQ-BTT ngày 05/8/2025"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tiến Hưng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(ĐN)", "Đoàn giám sát làm việc với Đảng ủy phường Bình Phước.",
 "Dân vận khéo", "Nuôi heo đất giúp hội viên S'tiêng thoát nghèo", "Quy chế giám sát và phản biện xã hội"],
["Thứ Sáu, 26/09/2025 - 14:10", "năm 2025", "hai cấp"]))

PAGES.append(page("b1803-angiang-btgdv-giaoban-2026-03", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ › Hoạt động › Tin tuyên giáo - dân vận
Thứ Sáu, 03/04/2026 - 15:00
Đồng chí Danh Thị Kim Ngọc chủ trì giao ban.
Giao ban công tác tuyên giáo và dân vận tháng 3
Ngày 1/4, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức giao ban công tác tuyên giáo và dân vận tháng 3/2026 theo hình thức trực tuyến đến 102 điểm cầu xã, phường, đặc khu. Đồng chí Danh Thị Kim Ngọc, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 3, các cấp tập trung tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và triển khai Kế hoạch 05, 06-KH/BTGDVTU về phong trào thi đua "Dân vận khéo" năm 2026 và về công tác vận động đồng bào Khmer, Chăm.
Trong tháng, các xã, phường đã công nhận 46 mô hình "Dân vận khéo" cấp xã; Ban Tuyên giáo và Dân vận Tỉnh ủy thẩm định, đề nghị công nhận 5 mô hình cấp tỉnh. Các cơ quan đã tổ chức 96 hội nghị tuyên truyền cho 8.900 lượt người; Ủy ban MTTQ Việt Nam các cấp chuẩn bị 350 phần quà Tết Chôl Chnăm Thmây cho hộ Khmer nghèo, mỗi phần trị giá 500.000 đồng.
Tại giao ban, đồng chí Chau Sóc Phol, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo tình hình các chùa Phật giáo Nam tông Khmer chuẩn bị lễ; ông Man Sơ Ri, Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết 12 thánh đường ở xã Châu Phong, xã Nhơn Hội đã vận động bà con người Chăm giữ gìn an ninh trật tự. Bà Néang Sa Rây, Phó Bí thư Đảng ủy xã Tri Tôn, kiến nghị hỗ trợ 27 hộ Khmer thiếu đất sản xuất.
Đồng chí Trần Thanh Phong, Bí thư Đảng ủy phường Rạch Giá, chia sẻ phường đã vận động 64 hộ kinh doanh tự nguyện trả lại lòng lề đường, gắn với mô hình "Tuyến phố văn minh". Đồng chí Lý Hoàng Nam, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòn Đất, đề nghị tỉnh sớm ban hành bộ tiêu chí đánh giá mô hình "Dân vận khéo" phù hợp với chính quyền hai cấp.
Kết luận giao ban, đồng chí Danh Thị Kim Ngọc đề nghị tháng 4 các cấp tổ chức chu đáo việc thăm, chúc Tết Chôl Chnăm Thmây; tiếp tục theo dõi, nắm tình hình dư luận xã hội; chuẩn bị sơ kết quý I công tác dân vận. Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 6 tập thể, 9 cá nhân có thành tích trong vận động nhân dân tham gia bầu cử.
Kim Liên
Lượt truy cập: 1.208.714
Các tin khác
- Giao ban công tác tuyên giáo và dân vận tháng 2/2026 (04/03/2026)
- Xã Châu Phong ra mắt mô hình dân vận khéo (20/02/2026)
- Thăm, chúc Tết các chức sắc Phật giáo Nam tông Khmer (10/04/2025)
""", "2026-04-03", "Giao ban công tác tuyên giáo và dân vận tháng 3",
E("giao_ban", "2026-03", "2026-04-01"),
[P("Danh Thị Kim Ngọc", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Phol", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Man Sơ Ri", "Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sa Rây", "Phó Bí thư Đảng ủy xã Tri Tôn"),
 P("Trần Thanh Phong", "Bí thư Đảng ủy phường Rạch Giá"),
 P("Lý Hoàng Nam", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòn Đất")],
[Q("102 điểm cầu xã, phường, đặc khu", 102, "điểm cầu xã, phường, đặc khu"), Q("46 mô hình", 46, "mô hình"),
 Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"), Q("96 hội nghị tuyên truyền", 96, "hội nghị tuyên truyền"),
 Q("8.900 lượt người", 8900, "lượt người"), Q("350 phần quà Tết Chôl Chnăm Thmây", 350, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("12 thánh đường", 12, "thánh đường"), Q("27 hộ Khmer", 27, "hộ Khmer"),
 Q("64 hộ kinh doanh", 64, "hộ kinh doanh"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, None, "Kế hoạch 05, 06-KH/BTGDVTU"),
 D("Kế hoạch", "06", "KH/BTGDVTU", None, None, "Kế hoạch 05, 06-KH/BTGDVTU")],
[prov("An Giang"), com("Châu Phong"), com("Nhơn Hội"), com("Tri Tôn"), com("Rạch Giá"), com("Hòn Đất")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ › Hoạt động › Tin tuyên giáo - dân vận",
 "Đồng chí Danh Thị Kim Ngọc chủ trì giao ban.", "Dân vận khéo", "Tuyến phố văn minh", "Chôl Chnăm Thmây",
 "Lượt truy cập: 1.208.714"],
["Thứ Sáu, 03/04/2026 - 15:00", "tháng 3/2026", "trong tháng 3", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2026",
 "tháng 4", "quý I", "Lượt truy cập: 1.208.714"]))

PAGES.append(page("b1804-daklak-btgdv-bieuduong-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk
You are here: Trang chủ » Tin tức » Dân vận khéo
16/01/2026 08:05 (GMT+7)
Các điển hình được biểu dương nhận Bằng khen. Ảnh: Y Khoa
Tuyên dương 150 điển hình "Dân vận khéo" tiêu biểu năm 2025
Sáng 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2025. Đây là lần đầu hội nghị được tổ chức sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên. Đồng chí H'Bliêng Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị với 320 đại biểu tham dự.
Theo báo cáo, năm 2025 toàn tỉnh có 3.982 mô hình "Dân vận khéo", trong đó 205 mô hình cấp tỉnh và 3.777 mô hình cấp xã. Phong trào được thực hiện theo Hướng dẫn số 03-HD/BTGDVTU ngày 20/10/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về đánh giá, công nhận mô hình trong điều kiện chính quyền địa phương hai cấp. Từ các mô hình, nhân dân hiến trên 520.000 m2 đất, đóng góp hơn 210 tỷ đồng xây dựng hạ tầng; 1.840 căn nhà tạm, nhà dột nát được xóa trước thời hạn.
150 điển hình được biểu dương gồm 62 tập thể và 88 cá nhân, được chọn từ 102 xã, phường. Trong đó có ông Y Thông Niê, Bí thư Chi bộ buôn Ea Na, xã Ea Na; bà La O Thị Bông, người có uy tín buôn Ma Giai, xã Sơn Hòa; Thượng tá Nguyễn Văn Hải, Trưởng Công an xã Ea Kar; ông Trần Đình Thọ, Tổ trưởng tổ tự quản ngư dân thôn Phú Lương, xã Ô Loan. Các ông Ama H'Nhi, Y Dốt Byă, Ksor Y Thanh - người có uy tín tiêu biểu cũng được biểu dương.
Tại hội nghị, ông Y Thông Niê chia sẻ: nhờ kiên trì vận động, 43 hộ trong buôn đã hiến đất mở đường, không ai đòi bồi thường. Bà La O Thị Bông kể việc thuyết phục đồng bào Chăm H'roi bỏ tục lệ chôn chung, ma chay kéo dài. Thượng tá Nguyễn Văn Hải cho biết mô hình "Camera an ninh cùng dân" đã lắp 240 camera, giúp giảm 35% vụ trộm cắp.
Phát biểu, đồng chí H'Bliêng Mlô biểu dương các điển hình, đề nghị các cấp ủy tiếp tục đổi mới phương thức dân vận, nhất là ở vùng đồng bào Êđê, M'nông, Chăm H'roi, Ba Na và ngư dân vùng biển; kịp thời nhân rộng những cách làm hay, gắn với thực hiện Kết luận số 131-KL/TW, 132-KL/TW của Bộ Chính trị.
Dịp này, UBND tỉnh trao Bằng khen cho 150 điển hình theo Quyết định số 2105/QĐ-UBND ngày 30/12/2025; mỗi điển hình được thưởng 2 triệu đồng.
Y Khoa - Minh Thuận
Lượt xem: 2.914
Tin liên quan
- Giao ban công tác tuyên giáo và dân vận tháng 12/2025 (05/01/2026)
- Xã Ea Kar tổng kết công tác dân vận năm 2025 (29/12/2025)
- Tuy An: vận động ngư dân không khai thác hải sản bất hợp pháp (19/12/2025)
""", "2026-01-16", 'Tuyên dương 150 điển hình "Dân vận khéo" tiêu biểu năm 2025',
E("hoi_nghi", "2025", "2026-01-14"),
[P("H'Bliêng Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thông Niê", "Bí thư Chi bộ buôn Ea Na"),
 P("La O Thị Bông", "người có uy tín buôn Ma Giai"),
 P("Nguyễn Văn Hải", "Thượng tá", "Trưởng Công an xã Ea Kar"),
 P("Trần Đình Thọ", "Tổ trưởng tổ tự quản ngư dân thôn Phú Lương"),
 P("Ama H'Nhi", "người có uy tín tiêu biểu"), P("Y Dốt Byă", "người có uy tín tiêu biểu"),
 P("Ksor Y Thanh", "người có uy tín tiêu biểu")],
[Q("150 điển hình", 150, "điển hình"), Q("320 đại biểu", 320, "đại biểu"), Q("3.982 mô hình", 3982, "mô hình"), Q("205 mô hình cấp tỉnh", 205, "mô hình cấp tỉnh"),
 Q("3.777 mô hình cấp xã", 3777, "mô hình cấp xã"), Q("trên 520.000 m2", 520000, "m2", "over"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("1.840 căn nhà tạm, nhà dột nát", 1840, "căn nhà tạm, nhà dột nát"),
 Q("62 tập thể", 62, "tập thể"), Q("88 cá nhân", 88, "cá nhân"), Q("102 xã, phường", 102, "xã, phường"),
 Q("43 hộ", 43, "hộ"), Q("240 camera", 240, "camera"), Q("35%", 35, "%"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-10-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU ngày 20/10/2025"),
 D("Kết luận", "131", "KL/TW", None, "Bộ Chính trị", "Kết luận số 131-KL/TW"),
 D("Kết luận", "132", "KL/TW", None, "Bộ Chính trị", "132-KL/TW của Bộ Chính trị"),
 D("Quyết định", "2105", "QĐ-UBND", "2025-12-30", None, "Quyết định số 2105/QĐ-UBND ngày 30/12/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Na"), com("Sơn Hòa"), com("Ea Kar"), com("Ô Loan")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk", "You are here: Trang chủ » Tin tức » Dân vận khéo",
 "Các điển hình được biểu dương nhận Bằng khen. Ảnh: Y Khoa", "Dân vận khéo", "Camera an ninh cùng dân", "Lượt xem: 2.914"],
["16/01/2026 08:05 (GMT+7)", "năm 2025", "lần đầu", "hai cấp", "Lượt xem: 2.914"]))
