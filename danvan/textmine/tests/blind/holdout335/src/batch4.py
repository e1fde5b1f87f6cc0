from lib import *
PAGES = []

PAGES.append(page("b8015-langson-bdv-cuocthivideo-danvankheo-2024", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ / Tin tức - Sự kiện / Phong trào thi đua "Dân vận khéo"
2024-05-17 10:30
Trao giải Cuộc thi video clip "Dân vận khéo trên mạng xã hội": 3 video triệu lượt xem
Chiều 16/5/2024, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức lễ trao giải Cuộc thi video clip "Dân vận khéo trên mạng xã hội" năm 2024. Dự có đồng chí Hoàng Thị Kim Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lương Văn Thoại, HUV, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Tổ chức cuộc thi.
Cuộc thi triển khai theo Kế hoạch số 76-KH/BDVTU ngày 15/01/2024 và Thể lệ số 03-TL/BTC của Ban Tổ chức. Sau 3 tháng, Ban Tổ chức nhận được 214 video của 11 huyện, thành phố; tổng số lượt xem các video dự thi trên Facebook, TikTok, YouTube đạt khoảng 5,6 triệu lượt, trong đó 3 video có trên 1 triệu lượt xem.
Ban Giám khảo đã chọn 21 video trao giải: 01 giải Đặc biệt (10 triệu đồng), 02 giải A (mỗi giải 7 triệu đồng), 04 giải B (mỗi giải 4 triệu đồng), 06 giải C (mỗi giải 2,5 triệu đồng) và 08 giải Khuyến khích (mỗi giải 1 triệu đồng); 1 giải "Video được yêu thích nhất" trị giá 3 triệu đồng cho video có nhiều lượt tương tác nhất.
Giải Đặc biệt thuộc về video "Nà Pàn - từ bản nghèo thành bản du lịch" của tác giả Nông Thị Thu Trang, công chức Văn hóa - Xã hội xã Yên Thịnh. Giải A trao cho video "Hiến đất mở đường ở Khuổi Cấp" của nhóm tác giả Hoàng Văn Pản, Lăng Thị Hoa - Phó Chủ tịch Ủy ban MTTQ xã Tân Thành; video "Cô giáo Tày dạy hát then cho học trò" của Chu Văn Dũng, Bí thư Chi đoàn thôn Bản Chắt.
Giải B thuộc về các tác giả: Vy Văn Quân, Dương Thị Lả, Triệu Thị Mai (dân tộc Dao) và Hà Văn Thỏa. Giải "Video được yêu thích nhất" thuộc về chị Lộc Thị Huyền, Chi hội trưởng Chi hội Phụ nữ thôn Nà Lừa, với video giới thiệu mô hình trồng hồi, quế sạch thu hút hơn 1,7 triệu lượt xem, 46.000 lượt chia sẻ.
Theo đồng chí Hoàng Thị Kim Dung, qua 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Kế hoạch số 99-KH/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã công nhận 2.915 mô hình "Dân vận khéo", trong đó 118 mô hình cấp tỉnh. Tổng giá trị giải thưởng cuộc thi năm nay là 63 triệu đồng, tăng 40% so với năm 2023.
Ban Dân vận Tỉnh ủy cũng trao thưởng cho 5 tập thể có nhiều video dự thi chất lượng, mỗi tập thể 2 triệu đồng, trong đó Huyện ủy Bình Gia có 38 video dự thi.
Hoàng Huyền
Các tin đã đưa
- Cao Lộc: hội nghị điển hình "Dân vận khéo" giai đoạn 2019 - 2024 (10/05/2024)
- Văn Lãng ra mắt 4 mô hình dân vận khéo (25/04/2024)
- Ban Dân vận Tỉnh ủy giao ban quý I/2024 (05/04/2024)
""", "2024-05-17",
'Trao giải Cuộc thi video clip "Dân vận khéo trên mạng xã hội": 3 video triệu lượt xem',
E("khac", None, "2024-05-16"),
[P("Hoàng Thị Kim Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Thoại", "HUV", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Tổ chức cuộc thi"),
 P("Nông Thị Thu Trang", "công chức Văn hóa - Xã hội xã Yên Thịnh"),
 P("Hoàng Văn Pản", "Phó Chủ tịch Ủy ban MTTQ xã Tân Thành"), P("Lăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ xã Tân Thành"),
 P("Chu Văn Dũng", "Bí thư Chi đoàn thôn Bản Chắt"),
 P("Vy Văn Quân"), P("Dương Thị Lả"), P("Triệu Thị Mai"), P("Hà Văn Thỏa"),
 P("Lộc Thị Huyền", "Chi hội trưởng Chi hội Phụ nữ thôn Nà Lừa")],
[Q("3 video", 3, "video"), Q("214 video", 214, "video"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("khoảng 5,6 triệu lượt", 5600000, "lượt", "approx"), Q("trên 1 triệu lượt xem", 1000000, "lượt xem", "over"),
 Q("21 video", 21, "video"), Q("01 giải Đặc biệt", 1, "giải Đặc biệt"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("02 giải A", 2, "giải A"), Q("7 triệu đồng", 7000000, "đồng"), Q("04 giải B", 4, "giải B"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("06 giải C", 6, "giải C"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("08 giải Khuyến khích", 8, "giải Khuyến khích"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("1 giải", 1, "giải"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("hơn 1,7 triệu lượt xem", 1700000, "lượt xem", "over"), Q("46.000 lượt chia sẻ", 46000, "lượt chia sẻ"),
 Q("2.915 mô hình", 2915, "mô hình"), Q("118 mô hình cấp tỉnh", 118, "mô hình cấp tỉnh"), Q("63 triệu đồng", 63000000, "đồng"),
 Q("40%", 40, "%"), Q("5 tập thể", 5, "tập thể"), Q("2 triệu đồng", 2000000, "đồng"), Q("38 video", 38, "video")],
[D("Kế hoạch", "76", "KH/BDVTU", "2024-01-15", None, "Kế hoạch số 76-KH/BDVTU ngày 15/01/2024"),
 D("Thể lệ", "03", "TL/BTC", None, "Ban Tổ chức", "Thể lệ số 03-TL/BTC"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "99", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 99-KH/TU")],
[prov("Lạng Sơn"), com("Yên Thịnh"), com("Tân Thành")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", 'Trang chủ / Tin tức - Sự kiện / Phong trào thi đua "Dân vận khéo"', "Dân vận khéo trên mạng xã hội",
 "Nà Pàn - từ bản nghèo thành bản du lịch", "Hiến đất mở đường ở Khuổi Cấp", "Cô giáo Tày dạy hát then cho học trò",
 "Video được yêu thích nhất", "Huyện ủy Bình Gia", "Facebook, TikTok, YouTube"],
["2024-05-17 10:30", "năm 2024", "3 tháng", "5 năm", "năm 2023"]))

PAGES.append(page("b8016-binhthuan-hoithi-hoagiaivien-2024", """
Báo Bình Thuận Online
Pháp luật > Phổ biến pháp luật
04 Tháng 10, 2024 | 09:20
Hội nghị biểu dương hòa giải viên tiêu biểu và trao giải Hội thi "Hòa giải viên giỏi" năm 2024
Ngày 3/10, Sở Tư pháp phối hợp với Ủy ban MTTQ Việt Nam tỉnh Bình Thuận tổ chức Hội nghị biểu dương hòa giải viên tiêu biểu năm 2024, kết hợp chung kết và trao giải Hội thi "Hòa giải viên giỏi" lần thứ IV. Tham dự có ông Nguyễn Hồng Hải, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Ngọc Diệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Đàng Văn Thọ, Phó Giám đốc Sở Tư pháp.
Vòng chung kết có 10 đội thi với 40 thí sinh là hòa giải viên ở cơ sở. Các đội tranh tài qua phần giới thiệu, kiến thức Luật Hòa giải ở cơ sở và phần xử lý tình huống hòa giải các vụ tranh chấp đất đai, mâu thuẫn gia đình. Đội huyện Bắc Bình gồm 3 thành viên người Chăm đã diễn tiểu phẩm song ngữ Việt - Chăm về hòa giải tranh chấp nước tưới, được Ban Giám khảo đánh giá cao. Trưởng đoàn Bắc Bình, bà Lưu Thị Ngọc Hà, Phó Trưởng phòng Tư pháp huyện, cho biết đội đã tập luyện hơn 3 tuần.
Kết quả, giải Nhất thuộc về đội huyện Bắc Bình, thưởng 8 triệu đồng; giải Nhì đội thành phố Phan Thiết, 6 triệu đồng; giải Ba đội huyện Tuy Phong và đội thị xã La Gi, mỗi đội 4 triệu đồng; 6 giải Khuyến khích, mỗi giải 1,5 triệu đồng. Ban Tổ chức còn trao 3 giải cá nhân "Hòa giải viên xử lý tình huống xuất sắc" cho các ông, bà: Thông Thị Diệp, Tổ trưởng Tổ hòa giải thôn Bình Minh, xã Phan Thanh; Lâm Văn Hùng, Trưởng khu phố 3, phường Phước Hội; Quảng Đại Tài, chức sắc Hội đồng Phật giáo Bà-la-môn, thôn Bình Thắng, xã Phan Hòa - mỗi giải 1.000.000 đồng.
Theo báo cáo của Sở Tư pháp, năm 2024 toàn tỉnh có 1.056 tổ hòa giải với 6.342 hòa giải viên; 9 tháng đầu năm đã tiếp nhận 1.184 vụ việc, hòa giải thành 1.009 vụ việc, đạt tỷ lệ 85,2%. Kinh phí hỗ trợ hòa giải viên được chi theo Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh, mức 400.000 đồng/vụ việc.
Tại hội nghị, UBND tỉnh tặng Bằng khen cho 12 tập thể, 25 cá nhân tiêu biểu theo Quyết định số 2012, 2013/QĐ-UBND ngày 25/9/2024. Trong số được khen có ông Thuận Văn Tám, Cả sư, người có uy tín trong đồng bào Chăm Bà-la-môn, hơn 20 năm làm hòa giải viên ở thôn Tịnh Mỹ.
Phát biểu tại hội nghị, ông Nguyễn Hồng Hải đề nghị các địa phương tiếp tục thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy, phấn đấu năm 2025 tỷ lệ hòa giải thành đạt trên 87%, không để xảy ra "điểm nóng".
Ngọc Lân
Tin liên quan
- Hàm Thuận Nam: tập huấn kỹ năng hòa giải cho 120 hòa giải viên (20/09/2024)
- Tuy Phong ra mắt mô hình "Tổ hòa giải kiểu mẫu" (05/09/2024)
- Phan Thiết tuyên truyền Luật Đất đai năm 2024 (20/08/2024)
""", "2024-10-04",
'Hội nghị biểu dương hòa giải viên tiêu biểu và trao giải Hội thi "Hòa giải viên giỏi" năm 2024',
E("hoi_nghi", "2024", "2024-10-03"),
[P("Nguyễn Hồng Hải", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Ngọc Diệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Đàng Văn Thọ", "Phó Giám đốc Sở Tư pháp"),
 P("Lưu Thị Ngọc Hà", "Trưởng đoàn Bắc Bình", "Phó Trưởng phòng Tư pháp huyện"),
 P("Thông Thị Diệp", "Tổ trưởng Tổ hòa giải thôn Bình Minh"), P("Lâm Văn Hùng", "Trưởng khu phố 3"),
 P("Quảng Đại Tài", "chức sắc Hội đồng Phật giáo Bà-la-môn"),
 P("Thuận Văn Tám", "Cả sư", "người có uy tín trong đồng bào Chăm Bà-la-môn")],
[Q("10 đội thi", 10, "đội thi"), Q("40 thí sinh", 40, "thí sinh"), Q("3 thành viên người Chăm", 3, "thành viên người Chăm"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("6 giải Khuyến khích", 6, "giải Khuyến khích"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 giải cá nhân", 3, "giải cá nhân"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("1.056 tổ hòa giải", 1056, "tổ hòa giải"), Q("6.342 hòa giải viên", 6342, "hòa giải viên"),
 Q("1.184 vụ việc", 1184, "vụ việc"), Q("1.009 vụ việc", 1009, "vụ việc"), Q("85,2%", 85.2, "%"), Q("400.000 đồng", 400000, "đồng"),
 Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("trên 87%", 87, "%", "over")],
[D("Nghị quyết", "15", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2022/NQ-HĐND"),
 D("Quyết định", "2012", "QĐ-UBND", "2024-09-25", None, "Quyết định số 2012, 2013/QĐ-UBND ngày 25/9/2024"),
 D("Quyết định", "2013", "QĐ-UBND", "2024-09-25", None, "Quyết định số 2012, 2013/QĐ-UBND ngày 25/9/2024"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phước Hội"), com("Phan Hòa")],
["Báo Bình Thuận Online", "Pháp luật > Phổ biến pháp luật", "Hòa giải viên giỏi", "Luật Hòa giải ở cơ sở",
 "Hòa giải viên xử lý tình huống xuất sắc", "Hội đồng Phật giáo Bà-la-môn", "điểm nóng", "đội huyện Bắc Bình"],
["04 Tháng 10, 2024 | 09:20", "lần thứ IV", "khu phố 3", "hơn 3 tuần", "9 tháng đầu năm", "hơn 20 năm", "năm 2025"]))

PAGES.append(page("b8017-ninhthuan-cuocthiviet-50namgiaiphong-2025", """
NINH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận
Thời sự | Văn hóa - Xã hội | Kỷ niệm 50 năm Ngày giải phóng
Cập nhật lúc 14/4/2025 8:05 SA
Ảnh: Đồng chí Lê Huyền trao giải Nhất cho tác giả Chamaléa Thị Hoa.
50 tác phẩm đạt giải Cuộc thi viết "Ninh Thuận - 50 năm vươn mình"
Chiều 13/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Thuận tổ chức lễ trao giải Cuộc thi viết "Ninh Thuận - 50 năm vươn mình" chào mừng kỷ niệm 50 năm Ngày giải phóng tỉnh Ninh Thuận (16/4/1975 - 16/4/2025). Đồng chí Lê Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Trưởng ban Tổ chức cuộc thi chủ trì.
Cuộc thi được tổ chức theo Kế hoạch số 312-KH/BTGDVTU ngày 20/2/2025, hưởng ứng Kế hoạch số 268-KH/TU của Ban Thường vụ Tỉnh ủy. Sau gần 2 tháng, Ban Tổ chức nhận 638 tác phẩm, trong đó có 71 bài viết của tác giả người Chăm, Raglai; tác giả cao tuổi nhất 86 tuổi là cựu chiến binh Trần Văn Lượng, xã Phước Hậu.
Hội đồng Giám khảo chọn 50 tác phẩm trao giải: 1 giải Đặc biệt trị giá 15 triệu đồng; 3 giải A, mỗi giải 8 triệu đồng; 6 giải B, mỗi giải 5 triệu đồng; 10 giải C, mỗi giải 3 triệu đồng và 30 giải Khuyến khích, mỗi giải 1 triệu đồng. Tổng giá trị giải thưởng 129 triệu đồng, trong đó khoảng 60% do các doanh nghiệp năng lượng tái tạo trên địa bàn tài trợ.
Danh sách đạt giải cao:
Giải Đặc biệt: bút ký "Nắng gió Phan Rang hôm nay" của tác giả Chamaléa Thị Hoa, giáo viên Trường Phổ thông Dân tộc nội trú Ninh Sơn.
Giải A: tác giả Đàng Thị Mỹ Dung, phóng viên Đài Phát thanh - Truyền hình Ninh Thuận; tác giả Pinăng Văn Tú, Phó Chủ tịch UBND xã Phước Bình; nhóm tác giả Nguyễn Minh Tâm, Lê Thị Bích Vân.
Giải B: các tác giả Katơr Thị Thu, Thập Văn Lai, Phạm Quang Hòa, Bá Thị Ngọc Lan, Trượng Thị Hiền, Võ Thành Nhân.
Tác phẩm đoạt giải Đặc biệt kể lại hành trình 50 năm của làng Chăm Phước Nhơn, từ 312 hộ nghèo đói sau giải phóng đến nay đã có 95% hộ có nhà kiên cố, thu nhập bình quân đạt 68 triệu đồng/người/năm.
Phát biểu tại lễ trao giải, đồng chí Lê Huyền cho biết các tác phẩm đạt giải sẽ được tuyển chọn in thành sách, phát hành 1.000 cuốn tặng các thư viện, trường học. Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cơ quan báo chí tiếp tục đăng tải các bài viết hay, góp phần thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Dịp này, Ban Tổ chức trao 5 giải tập thể cho các đơn vị có nhiều bài dự thi, mỗi giải 2 triệu đồng, trong đó Đảng ủy xã Phước Hà có 64 bài.
Hoàng Thắng
Tin liên quan
- Khánh thành công trình chào mừng 50 năm giải phóng (10/04/2025)
- Họp mặt cán bộ lão thành cách mạng (05/04/2025)
- Triển lãm ảnh "Ninh Thuận - 50 năm xây dựng và phát triển" (01/04/2025)
""", "2025-04-14",
'50 tác phẩm đạt giải Cuộc thi viết "Ninh Thuận - 50 năm vươn mình"',
E("khac", None, "2025-04-13"),
[P("Lê Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng ban Tổ chức cuộc thi"),
 P("Trần Văn Lượng", "cựu chiến binh"),
 P("Chamaléa Thị Hoa", "giáo viên Trường Phổ thông Dân tộc nội trú Ninh Sơn"),
 P("Đàng Thị Mỹ Dung", "phóng viên Đài Phát thanh - Truyền hình Ninh Thuận"),
 P("Pinăng Văn Tú", "Phó Chủ tịch UBND xã Phước Bình"),
 P("Nguyễn Minh Tâm"), P("Lê Thị Bích Vân"),
 P("Katơr Thị Thu"), P("Thập Văn Lai"), P("Phạm Quang Hòa"), P("Bá Thị Ngọc Lan"), P("Trượng Thị Hiền"), P("Võ Thành Nhân")],
[Q("50 tác phẩm", 50, "tác phẩm"), Q("638 tác phẩm", 638, "tác phẩm"), Q("71 bài viết", 71, "bài viết"),
 Q("1 giải Đặc biệt", 1, "giải Đặc biệt"), Q("15 triệu đồng", 15000000, "đồng"), Q("3 giải A", 3, "giải A"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("6 giải B", 6, "giải B"), Q("5 triệu đồng", 5000000, "đồng"), Q("10 giải C", 10, "giải C"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("30 giải Khuyến khích", 30, "giải Khuyến khích"), Q("1 triệu đồng", 1000000, "đồng"), Q("129 triệu đồng", 129000000, "đồng"),
 Q("khoảng 60%", 60, "%", "approx"), Q("312 hộ", 312, "hộ"), Q("95%", 95, "%"), Q("68 triệu đồng", 68000000, "đồng"),
 Q("1.000 cuốn", 1000, "cuốn"), Q("5 giải tập thể", 5, "giải tập thể"), Q("2 triệu đồng", 2000000, "đồng"), Q("64 bài", 64, "bài")],
[D("Kế hoạch", "312", "KH/BTGDVTU", "2025-02-20", None, "Kế hoạch số 312-KH/BTGDVTU ngày 20/2/2025"),
 D("Kế hoạch", "268", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 268-KH/TU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Bình"), com("Phước Hà")],
["NINH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận", "Thời sự | Văn hóa - Xã hội | Kỷ niệm 50 năm Ngày giải phóng",
 "Ảnh: Đồng chí Lê Huyền trao giải Nhất cho tác giả Chamaléa Thị Hoa.", "Ninh Thuận - 50 năm vươn mình", "Nắng gió Phan Rang hôm nay",
 "Trường Phổ thông Dân tộc nội trú Ninh Sơn", "Đài Phát thanh - Truyền hình Ninh Thuận", "Đảng ủy xã Phước Hà", "làng Chăm Phước Nhơn"],
["Cập nhật lúc 14/4/2025 8:05 SA", "50 năm", "16/4/1975 - 16/4/2025", "gần 2 tháng", "86 tuổi"]))

PAGES.append(page("b8018-tuyenquang-cuocthi-daihoidang-2025", """
Cổng Thông tin điện tử tỉnh Tuyên Quang
Trang chủ > Tin tức - Sự kiện > Chính trị
Thứ Ba, 21/10/2025 - 07:45
Trao giải Cuộc thi trắc nghiệm trực tuyến tìm hiểu về Đại hội Đảng bộ tỉnh lần thứ I: 412.680 lượt thi
Chiều 20/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức lễ tổng kết, trao giải Cuộc thi trắc nghiệm trực tuyến tìm hiểu về Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030. Dự có đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hầu Mí Lử, Nguyễn Thị Thanh Huyền, Ma Văn Đông.
Đây là cuộc thi đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, tổ chức theo Kế hoạch số 05-KH/BTGDVTU ngày 15/7/2025 trên nền tảng "Tuyên Quang số". Sau 8 tuần, cuộc thi có 412.680 lượt thi của cán bộ, đảng viên, đoàn viên và nhân dân ở 124 xã, phường. Xã Mèo Vạc dẫn đầu khu vực vùng cao với 16.430 lượt thi; Đảng bộ phường Minh Xuân có tỷ lệ đảng viên tham gia cao nhất, đạt 97,6%.
Ban Tổ chức trao giải cho 36 cá nhân và 6 tập thể. Giải cá nhân gồm: 1 giải Nhất 6.000.000 đồng; 2 giải Nhì, mỗi giải 4.000.000 đồng; 3 giải Ba, mỗi giải 2.500.000 đồng; 30 giải Khuyến khích, mỗi giải 700.000 đồng. Giải tập thể trị giá 5.000.000 đồng/giải.
Các cá nhân đạt giải cao:
- Giải Nhất: Sùng A Páo, Bí thư Đoàn xã Đồng Văn.
- Giải Nhì: Vàng Thị Mai, công chức Văn phòng - Thống kê xã Hùng An; Nguyễn Quang Huy, Phó Chủ tịch UBND phường Hà Giang 1.
- Giải Ba: Lò Thị Dín, Giàng Thị Sở, Hoàng Thị Hiền - Chi hội trưởng Chi hội Phụ nữ thôn.
Giải tập thể trao cho Đảng bộ các xã Mèo Vạc, Hùng An, Yên Sơn, Chiêm Hóa, Đảng bộ phường Minh Xuân và Đảng bộ Công an tỉnh.
Anh Sùng A Páo, 29 tuổi, dân tộc Mông, cho biết mỗi tối sau giờ làm việc anh lại tổ chức cho đoàn viên thôn Lũng Cú tìm hiểu dự thảo Văn kiện, giúp 58 đoàn viên cùng tham gia dự thi. Anh đạt 30/30 câu đúng, dự đoán 412.500 lượt thi, sát nhất với kết quả thực tế.
Phát biểu tổng kết, đồng chí Vương Ngọc Hà đánh giá cuộc thi là đợt sinh hoạt chính trị sâu rộng sau khi tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025. Đồng chí đề nghị các Đảng ủy xã, phường tiếp tục tuyên truyền Nghị quyết Đại hội, thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Hướng dẫn số 12, 13-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác tuyên truyền sau Đại hội. Tổng giá trị giải thưởng là 74,5 triệu đồng.
Thu Phương
Tin cùng chuyên mục
- Khai mạc Đại hội Đảng bộ tỉnh lần thứ I (28/09/2025)
- Xã Lũng Cú ra mắt tổ công nghệ số cộng đồng (20/09/2025)
- 100% xã, phường hoàn thành đại hội đảng bộ (10/08/2025)
""", "2025-10-21",
"Trao giải Cuộc thi trắc nghiệm trực tuyến tìm hiểu về Đại hội Đảng bộ tỉnh lần thứ I: 412.680 lượt thi",
E("tong_ket", None, "2025-10-20"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Mí Lử", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Đông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Bí thư Đoàn xã Đồng Văn"),
 P("Vàng Thị Mai", "công chức Văn phòng - Thống kê xã Hùng An"),
 P("Nguyễn Quang Huy", "Phó Chủ tịch UBND phường Hà Giang 1"),
 P("Lò Thị Dín", "Chi hội trưởng Chi hội Phụ nữ thôn"), P("Giàng Thị Sở", "Chi hội trưởng Chi hội Phụ nữ thôn"),
 P("Hoàng Thị Hiền", "Chi hội trưởng Chi hội Phụ nữ thôn")],
[Q("412.680 lượt thi", 412680, "lượt thi"), Q("124 xã, phường", 124, "xã, phường"), Q("16.430 lượt thi", 16430, "lượt thi"),
 Q("97,6%", 97.6, "%"), Q("36 cá nhân", 36, "cá nhân"), Q("6 tập thể", 6, "tập thể"),
 Q("1 giải Nhất", 1, "giải Nhất"), Q("6.000.000 đồng", 6000000, "đồng"), Q("2 giải Nhì", 2, "giải Nhì"), Q("4.000.000 đồng", 4000000, "đồng"),
 Q("3 giải Ba", 3, "giải Ba"), Q("2.500.000 đồng", 2500000, "đồng"), Q("30 giải Khuyến khích", 30, "giải Khuyến khích"),
 Q("700.000 đồng", 700000, "đồng"), Q("5.000.000 đồng", 5000000, "đồng"), Q("58 đoàn viên", 58, "đoàn viên"),
 Q("30/30 câu đúng", 30, "câu đúng"), Q("412.500 lượt thi", 412500, "lượt thi"), Q("74,5 triệu đồng", 74500000, "đồng")],
[D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-15", None, "Kế hoạch số 05-KH/BTGDVTU ngày 15/7/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12, 13-HD/BTGDVTU"),
 D("Hướng dẫn", "13", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12, 13-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân"), com("Đồng Văn"), com("Hùng An"), com("Hà Giang 1"),
 com("Yên Sơn"), com("Chiêm Hóa")],
["Cổng Thông tin điện tử tỉnh Tuyên Quang", "Trang chủ > Tin tức - Sự kiện > Chính trị", "Tuyên Quang số", "Đảng bộ Công an tỉnh"],
["Thứ Ba, 21/10/2025 - 07:45", "lần thứ I", "nhiệm kỳ 2025 - 2030", "8 tuần", "29 tuổi", "ngày 1/7/2025", "hai cấp"]))

PAGES.append(page("b8019-vinhlong-mttq-tongket-2025-traogiai", """
Báo Vĩnh Long điện tử
Thứ Bảy, 27/12/2025
Chính trị › Mặt trận - Đoàn thể
26/12/2025 | 19:10
Đồng chí Thạch Phước Bình trao giải Nhất cho tập thể xã Tiểu Cần.
MTTQ tỉnh triển khai nhiệm vụ năm 2026, trao giải Hội thi "Mặt trận - Tuyên truyền viên giỏi"
Ngày 26/12/2025, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là lần tổng kết đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Lữ Quang Ngời, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Thạch Phước Bình, Phó Bí thư Tỉnh ủy.
Năm 2025, MTTQ các cấp đã vận động Quỹ "Vì người nghèo" trên 126 tỷ đồng, phối hợp xóa 4.812 căn nhà tạm, nhà dột nát, hoàn thành trước 2 tháng so với kế hoạch; giám sát 1.245 cuộc; tổ chức 318 hội nghị lấy ý kiến góp ý dự thảo Văn kiện Đại hội XIV của Đảng. Tỷ lệ hộ nghèo toàn tỉnh còn 1,86%.
Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh trao giải Hội thi "Mặt trận - Tuyên truyền viên giỏi" năm 2025. Qua 3 vòng thi với 124 đội của các xã, phường, có 12 đội vào chung kết. Kết quả, giải Nhất thuộc về Ủy ban MTTQ xã Tiểu Cần (7 triệu đồng); giải Nhì thuộc về Ủy ban MTTQ phường An Hội và xã Ba Tri (mỗi đơn vị 5 triệu đồng); giải Ba thuộc về phường Trà Vinh, xã Cầu Kè, xã Long Hồ (mỗi đơn vị 3 triệu đồng); 6 đội còn lại nhận giải Khuyến khích, mỗi đội 1,5 triệu đồng.
Giải cá nhân "Tuyên truyền viên xuất sắc" trao cho các thành viên đội xã Tiểu Cần: Thạch Thị Sa Ri, Phó Chủ tịch Ủy ban MTTQ xã Tiểu Cần; Kim Sô Phết, Trưởng Ban công tác Mặt trận ấp Cây Gòn; Sơn Thị Hồng Nhung, Chủ tịch Hội LHPN xã; và Đại đức Thạch Sa Rây, Phó trụ trì chùa Kompong Chrây - mỗi người 1.000.000 đồng.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Bé Mười, Trần Văn Quang Em, Kiên Thị Rum Ly trao 14 giải phụ cho các đội có tiểu phẩm, phần chào hỏi ấn tượng. Tổng giá trị giải thưởng hội thi là 51 triệu đồng.
Tại hội nghị, Ủy ban MTTQ tỉnh khen thưởng 45 tập thể, 62 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị số 34-CT/TW của Ban Bí thư và Quyết định số 22/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ xóa nhà tạm, nhà dột nát. Năm 2026, MTTQ tỉnh phấn đấu vận động trên 130 tỷ đồng, thực hiện Kế hoạch số 18-KH/TU, 19-KH/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào Khmer phát triển kinh tế.
Phát biểu chỉ đạo, đồng chí Thạch Phước Bình biểu dương MTTQ các cấp đã sớm ổn định tổ chức bộ máy sau sắp xếp và tổ chức chính quyền địa phương hai cấp, đề nghị tiếp tục phát huy vai trò người có uy tín, sư sãi trong đồng bào Khmer.
Phương Thảo
Tin liên quan
- Xã Tiểu Cần ra mắt mô hình "Ấp Khmer văn minh" (18/12/2025)
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo Bến Tre (10/12/2025)
- Lễ hội Ok Om Bok năm 2025 (05/11/2025)
""", "2025-12-26",
'MTTQ tỉnh triển khai nhiệm vụ năm 2026, trao giải Hội thi "Mặt trận - Tuyên truyền viên giỏi"',
E("tong_ket", "2025", "2025-12-26"),
[P("Thạch Phước Bình", "Phó Bí thư Tỉnh ủy"),
 P("Lữ Quang Ngời", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Ri", "Phó Chủ tịch Ủy ban MTTQ xã Tiểu Cần"),
 P("Kim Sô Phết", "Trưởng Ban công tác Mặt trận ấp Cây Gòn"),
 P("Sơn Thị Hồng Nhung", "Chủ tịch Hội LHPN xã"),
 P("Thạch Sa Rây", "Đại đức", "Phó trụ trì chùa Kompong Chrây"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Trần Văn Quang Em", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Kiên Thị Rum Ly", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"), Q("4.812 căn nhà tạm, nhà dột nát", 4812, "căn nhà tạm, nhà dột nát"),
 Q("1.245 cuộc", 1245, "cuộc"), Q("318 hội nghị", 318, "hội nghị"), Q("1,86%", 1.86, "%"),
 Q("3 vòng thi", 3, "vòng thi"), Q("124 đội", 124, "đội"), Q("12 đội", 12, "đội"), Q("7 triệu đồng", 7000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("6 đội", 6, "đội"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("1.000.000 đồng", 1000000, "đồng"),
 Q("14 giải phụ", 14, "giải phụ"), Q("51 triệu đồng", 51000000, "đồng"), Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân"),
 Q("trên 130 tỷ đồng", 130000000000, "đồng", "over")],
[D("Chỉ thị", "34", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 34-CT/TW"),
 D("Quyết định", "22", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/QĐ-TTg"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "19-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tiểu Cần"), com("An Hội"), com("Ba Tri"), com("Trà Vinh"),
 com("Cầu Kè"), com("Long Hồ")],
["Báo Vĩnh Long điện tử", "Thứ Bảy, 27/12/2025", "Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Thạch Phước Bình trao giải Nhất cho tập thể xã Tiểu Cần.", "Mặt trận - Tuyên truyền viên giỏi", "Vì người nghèo",
 "Tuyên truyền viên xuất sắc", "Văn kiện Đại hội XIV"],
["Thứ Bảy, 27/12/2025", "26/12/2025 | 19:10", "năm 2026", "2 tháng", "hai cấp"]))

PAGES.append(page("b8020-lamdong-giaithuong-sangtao-kythuat-2026", """
LÂM ĐỒNG ONLINE
Khoa học - Công nghệ / Sáng tạo
Cập nhật: 27-03-2026 09:12
Ảnh: Các tác giả nhận Giải thưởng Sáng tạo kỹ thuật tỉnh Lâm Đồng lần thứ I.
Lâm Đồng trao Giải thưởng Sáng tạo kỹ thuật lần thứ I: giải Nhất 50 triệu đồng thuộc về giải pháp tưới cà phê thông minh
Sáng 26/3/2026, tại phường Xuân Hương - Đà Lạt, UBND tỉnh Lâm Đồng và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức lễ trao Giải thưởng Sáng tạo kỹ thuật tỉnh Lâm Đồng lần thứ I (2025 - 2026) - giải thưởng đầu tiên sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự có đồng chí Nguyễn Ngọc Phúc, Phó Chủ tịch UBND tỉnh; TS. Trần Văn Hạnh, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Chủ tịch Hội đồng giải thưởng.
Giải thưởng được tổ chức theo Quyết định số 415/QĐ-UBND ngày 12/9/2025 của UBND tỉnh. Hội đồng nhận 187 giải pháp từ 92 xã, phường, đặc khu; sau 2 vòng chấm, 41 giải pháp được trao giải với tổng giá trị giải thưởng gần 600 triệu đồng, trong đó Quỹ Phát triển khoa học và công nghệ tỉnh hỗ trợ 350 triệu đồng.
Cơ cấu giải: 1 giải Nhất 50 triệu đồng; 4 giải Nhì, mỗi giải 30 triệu đồng; 8 giải Ba, mỗi giải 20 triệu đồng; 28 giải Khuyến khích, mỗi giải từ 8 đến 10 triệu đồng tùy lĩnh vực.
Giải Nhất thuộc về giải pháp "Hệ thống tưới cà phê thông minh dùng cảm biến độ ẩm và năng lượng mặt trời" của nhóm tác giả K'Brăng Ha Đoan, kỹ sư Công ty TNHH Cà phê Di Linh, và Điểu Thị Mai, Phó Giám đốc Hợp tác xã Nông nghiệp Đắk R'Moan. Giải pháp đã được áp dụng trên 1.250 ha cà phê tại 3 xã, giúp tiết kiệm 30 - 35% lượng nước và khoảng 20% điện năng.
Bốn giải Nhì thuộc về các tác giả, nhóm tác giả: ThS. Bá Thị Kim Nga, giảng viên Trường Cao đẳng Bình Thuận; Nguyễn Hữu Phước và Lê Minh Trí - kỹ sư Nhà máy Alumin Nhân Cơ; Ka Thị Hương, ĐUV, Phó Chủ tịch UBND xã Lạc Dương; Cil Mup Ha Sin, nông dân xã Đam Rông 2.
Các giải Ba và Khuyến khích trải rộng trên các lĩnh vực nông nghiệp công nghệ cao, thủy sản, năng lượng tái tạo và chuyển đổi số. Trong 41 giải pháp đạt giải, có 9 giải pháp của tác giả là người đồng bào dân tộc thiểu số và 6 giải pháp của học sinh, sinh viên.
Phát biểu tại lễ trao giải, đồng chí Nguyễn Ngọc Phúc cho biết tỉnh sẽ thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Chương trình hành động số 12-CTr/TU của Ban Chấp hành Đảng bộ tỉnh, dành ít nhất 3% tổng chi ngân sách cho khoa học, công nghệ và đổi mới sáng tạo, đồng thời hỗ trợ tối đa 200 triệu đồng cho mỗi giải pháp đạt giải được nhân rộng.
Nhóm tác giả K'Brăng Ha Đoan cho biết sẽ dùng tiền thưởng để lắp thử hệ thống cho 20 hộ nghèo ở bon Bu Sir.
Hoàng Yên
Tin liên quan
- Lâm Đồng có 15 sản phẩm đạt chuẩn OCOP 4 sao (20/03/2026)
- Hội thảo chuyển đổi số trong nông nghiệp (12/03/2026)
- Khai mạc Hội thi Sáng tạo thanh thiếu niên nhi đồng (05/03/2026)
""", "2026-03-27",
"Lâm Đồng trao Giải thưởng Sáng tạo kỹ thuật lần thứ I: giải Nhất 50 triệu đồng thuộc về giải pháp tưới cà phê thông minh",
E("khac", None, "2026-03-26"),
[P("Nguyễn Ngọc Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Hạnh", "TS.", "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Chủ tịch Hội đồng giải thưởng"),
 P("K'Brăng Ha Đoan", "kỹ sư Công ty TNHH Cà phê Di Linh"),
 P("Điểu Thị Mai", "Phó Giám đốc Hợp tác xã Nông nghiệp Đắk R'Moan"),
 P("Bá Thị Kim Nga", "ThS.", "giảng viên Trường Cao đẳng Bình Thuận"),
 P("Nguyễn Hữu Phước", "kỹ sư Nhà máy Alumin Nhân Cơ"), P("Lê Minh Trí", "kỹ sư Nhà máy Alumin Nhân Cơ"),
 P("Ka Thị Hương", "ĐUV", "Phó Chủ tịch UBND xã Lạc Dương"),
 P("Cil Mup Ha Sin", "nông dân xã Đam Rông 2")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("187 giải pháp", 187, "giải pháp"), Q("92 xã, phường, đặc khu", 92, "xã, phường, đặc khu"),
 Q("2 vòng chấm", 2, "vòng chấm"), Q("41 giải pháp", 41, "giải pháp"), Q("gần 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("1 giải Nhất", 1, "giải Nhất"), Q("4 giải Nhì", 4, "giải Nhì"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("8 giải Ba", 8, "giải Ba"), Q("20 triệu đồng", 20000000, "đồng"), Q("28 giải Khuyến khích", 28, "giải Khuyến khích"),
 Q("từ 8", 8000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("1.250 ha", 1250, "ha"), Q("3 xã", 3, "xã"), Q("30 - 35%", 30, "%"), Q("35%", 35, "%"), Q("khoảng 20%", 20, "%", "approx"),
 Q("9 giải pháp", 9, "giải pháp"), Q("6 giải pháp", 6, "giải pháp"), Q("ít nhất 3%", 3, "%", "over"),
 Q("tối đa 200 triệu đồng", 200000000, "đồng"), Q("20 hộ nghèo", 20, "hộ nghèo")],
[D("Quyết định", "415", "QĐ-UBND", "2025-09-12", "UBND tỉnh", "Quyết định số 415/QĐ-UBND ngày 12/9/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 12-CTr/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lạc Dương"), com("Đam Rông 2")],
["LÂM ĐỒNG ONLINE", "Khoa học - Công nghệ / Sáng tạo", "Ảnh: Các tác giả nhận Giải thưởng Sáng tạo kỹ thuật tỉnh Lâm Đồng lần thứ I.",
 "Giải thưởng Sáng tạo kỹ thuật tỉnh Lâm Đồng", "Hệ thống tưới cà phê thông minh dùng cảm biến độ ẩm và năng lượng mặt trời",
 "Công ty TNHH Cà phê Di Linh", "Hợp tác xã Nông nghiệp Đắk R'Moan", "Trường Cao đẳng Bình Thuận", "Nhà máy Alumin Nhân Cơ",
 "Quỹ Phát triển khoa học và công nghệ tỉnh", "OCOP"],
["Cập nhật: 27-03-2026 09:12", "lần thứ I", "(2025 - 2026)"]))
