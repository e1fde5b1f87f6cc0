from lib import *
PAGES = []

PAGES.append(page("b8111-kontum-ccb-tongket-2024", """
Báo Kon Tum điện tử
Thứ Sáu, 20/12/2024 - 10:12
Chính trị - Xã hội > Đoàn thể
Toàn cảnh hội nghị tổng kết. Ảnh: Y Ngọc
Cựu chiến binh Kon Tum: một năm giúp nhau vượt khó
Ngày 19/12, Hội Cựu chiến binh tỉnh Kon Tum tổ chức hội nghị tổng kết công tác Hội và phong trào cựu chiến binh năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Nguyễn Hữu Toàn, Tỉnh ủy viên, Chủ tịch Hội Cựu chiến binh tỉnh.
Năm 2024, các cấp Hội đã kết nạp 312 hội viên mới, nâng tổng số lên 14.860 hội viên, trong đó gần 38% là người đồng bào Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai. Phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục lan tỏa: hội viên giúp nhau 3,45 tỷ đồng, 9.800 ngày công, 1.260 con giống, 2.400 cây cà phê, mắc ca giống; 146 hộ hội viên thoát nghèo, số hộ nghèo trong hội viên còn 2,7%. Hội quản lý 118 tổ tiết kiệm và vay vốn với dư nợ trên 402 tỷ đồng.
Công tác chăm lo hội viên là nạn nhân chất độc da cam được chú trọng. Các cấp Hội phối hợp với Hội Nạn nhân chất độc da cam/dioxin tỉnh thăm, tặng 860 suất quà trị giá 344 triệu đồng; xây mới 16 nhà "Nghĩa tình đồng đội", mỗi nhà từ 60 - 80 triệu đồng, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát". Trong đó, hội viên cựu chiến binh đóng góp khoảng 420 triệu đồng và 1.100 ngày công.
Hội đã tham gia giám sát việc thực hiện Nghị định số 131/2021/NĐ-CP của Chính phủ tại 4 huyện; tham gia góp ý 63 đảng viên; phối hợp hòa giải thành 27/30 vụ việc mâu thuẫn ở cơ sở. Thực hiện Kết luận 48, 49-KL/TU của Ban Thường vụ Tỉnh ủy, các cấp Hội đã vận động hội viên hiến 12.500 m2 đất làm đường giao thông nông thôn.
Tại hội nghị, đồng chí A Jar, Chủ tịch Hội Cựu chiến binh xã Đăk Rơ Nga, huyện Đăk Tô, chia sẻ cách làm "Mỗi cựu chiến binh kèm một hộ nghèo", giúp 9 hộ người Xơ Đăng thoát nghèo. Đồng chí Y Hoa, Phó Chủ tịch Hội Cựu chiến binh huyện Kon Plông, đề nghị có cơ chế hỗ trợ hội viên là nạn nhân chất độc da cam ở vùng đặc biệt khó khăn.
Phát biểu chỉ đạo, đồng chí A Pớt đánh giá cao vai trò của cựu chiến binh, đề nghị năm 2025 các cấp Hội tiếp tục thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư, tham gia chuẩn bị đại hội đảng bộ các cấp, chăm lo tốt hơn cho hội viên là nạn nhân chất độc da cam.
Dịp này, Hội Cựu chiến binh tỉnh tặng Giấy khen cho 22 tập thể và 41 cá nhân xuất sắc; Trung ương Hội Cựu chiến binh Việt Nam tặng Bằng khen cho 2 tập thể.
Y Ngọc
Tin liên quan
- Đăk Hà: Trao 4 nhà nghĩa tình đồng đội (10/12/2024)
- Hội Cựu chiến binh tỉnh giao ban quý III (08/10/2024)
- Thăm, tặng quà nạn nhân chất độc da cam huyện Sa Thầy (09/08/2024)
""", "2024-12-20", "Cựu chiến binh Kon Tum: một năm giúp nhau vượt khó",
E("tong_ket", "2024", "2024-12-19"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Toàn", "Đại tá", "Tỉnh ủy viên", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("A Jar", "Chủ tịch Hội Cựu chiến binh xã Đăk Rơ Nga"),
 P("Y Hoa", "Phó Chủ tịch Hội Cựu chiến binh huyện Kon Plông")],
[Q("312 hội viên mới", 312, "hội viên mới"), Q("14.860 hội viên", 14860, "hội viên"), Q("gần 38%", 38, "%", "approx"),
 Q("3,45 tỷ đồng", 3450000000, "đồng"), Q("9.800 ngày công", 9800, "ngày công"), Q("1.260 con giống", 1260, "con giống"),
 Q("2.400 cây cà phê, mắc ca giống", 2400, "cây cà phê, mắc ca giống"), Q("146 hộ hội viên", 146, "hộ hội viên"), Q("2,7%", 2.7, "%"),
 Q("118 tổ tiết kiệm và vay vốn", 118, "tổ tiết kiệm và vay vốn"), Q("trên 402 tỷ đồng", 402000000000, "đồng", "over"),
 Q("860 suất quà", 860, "suất quà"), Q("344 triệu đồng", 344000000, "đồng"), Q('16 nhà "Nghĩa tình đồng đội"', 16, "nhà"),
 Q("từ 60 - 80 triệu đồng", 60000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("1.100 ngày công", 1100, "ngày công"), Q("4 huyện", 4, "huyện"), Q("63 đảng viên", 63, "đảng viên"), Q("27/30 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"),
 Q("12.500 m2", 12500, "m2"), Q("9 hộ người Xơ Đăng", 9, "hộ người Xơ Đăng"), Q("22 tập thể", 22, "tập thể"),
 Q("41 cá nhân xuất sắc", 41, "cá nhân xuất sắc"), Q("2 tập thể", 2, "tập thể")],
[D("Nghị định", "131", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 131/2021/NĐ-CP"),
 D("Kết luận", "48", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 48, 49-KL/TU"),
 D("Kết luận", "49", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 48, 49-KL/TU"),
 D("Chỉ thị", "45", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 45-CT/TW")],
[prov("Kon Tum"), com("Đăk Rơ Nga")],
["Báo Kon Tum điện tử", "Chính trị - Xã hội > Đoàn thể", "Toàn cảnh hội nghị tổng kết. Ảnh: Y Ngọc",
 "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Mỗi cựu chiến binh kèm một hộ nghèo"],
["Thứ Sáu, 20/12/2024 - 10:12", "năm 2024", "năm 2025", "Năm 2024"]))

PAGES.append(page("b8112-vinhphuc-ccb-giaoban-2025", """
HỘI CỰU CHIẾN BINH TỈNH VĨNH PHÚC
Trang chủ / Tin tức / Tin hoạt động
Ngày 04/04/2025 | 15:10
Giao ban công tác Hội Cựu chiến binh quý I năm 2025
Chiều 3/4, Thường trực Hội Cựu chiến binh tỉnh Vĩnh Phúc tổ chức hội nghị giao ban công tác Hội quý I, triển khai nhiệm vụ quý II năm 2025. Đồng chí Lê Văn Khang, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Hội Cựu chiến binh tỉnh: Dương Văn Thuấn, Nguyễn Thị Bích Ngọc, Kim Văn Tòng; chủ tịch Hội Cựu chiến binh 9 huyện, thành phố.
Đồng chí Lê Văn Khang phát biểu tại hội nghị giao ban.
Quý I, các cấp Hội đã tổ chức thăm, tặng 3.120 suất quà Tết cho hội viên có hoàn cảnh khó khăn, hội viên là nạn nhân chất độc da cam với tổng trị giá gần 1,25 tỷ đồng. Hội viên tiếp tục giúp nhau 780 triệu đồng, 2.350 ngày công; Hội Cựu chiến binh huyện Lập Thạch, Sông Lô hoàn thành 6 nhà "Nghĩa tình đồng đội" cho hội viên người Sán Dìu, Cao Lan.
Thực hiện chủ trương sắp xếp tổ chức bộ máy, Hội đã quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 12-HD/CCB của Ban Thường vụ Hội Cựu chiến binh tỉnh về sắp xếp tổ chức cơ sở Hội khi không tổ chức cấp huyện. Đến nay, 137 cơ sở Hội đã rà soát, lập danh sách 46.518 hội viên, chuẩn bị bàn giao sang các xã, phường mới; 100% hội viên đồng thuận với chủ trương.
Về công tác nạn nhân chất độc da cam, Hội phối hợp với Hội Nạn nhân chất độc da cam/dioxin tỉnh rà soát 2.873 hội viên đang hưởng chế độ; trao 45 xe lăn và 15 suất học bổng trị giá 3 triệu đồng/suất. Quỹ "Đồng đội" của các cấp Hội đạt trên 8,6 tỷ đồng, cho 412 hội viên vay với mức 10 - 30 triệu đồng.
Phát biểu tại hội nghị, đồng chí Sái Văn Chung, Chủ tịch Hội Cựu chiến binh huyện Tam Đảo, đề nghị quan tâm hội viên Sán Dìu ở xã Đạo Trù, xã Bồ Lý có nạn nhân chất độc da cam thế hệ thứ ba. Bà Nguyễn Thị Bích Ngọc cho biết Hội đang hoàn thiện Đề án "Cựu chiến binh tiếp sức nạn nhân da cam" trình Thường trực Tỉnh ủy.
Kết luận giao ban, đồng chí Lê Văn Khang yêu cầu quý II các cấp Hội giữ ổn định tư tưởng hội viên trong quá trình sắp xếp, tổ chức chu đáo hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước; thực hiện Kế hoạch 45-KH/CCB về hỗ trợ hội viên xóa nhà tạm trước ngày 30/6/2025.
Minh Thư
Tin liên quan
- Trao nhà Nghĩa tình đồng đội tại xã Quang Sơn (25/03/2025)
- Yên Lạc: Thăm hỏi hội viên là nạn nhân chất độc da cam (18/03/2025)
- Hội Cựu chiến binh thành phố Phúc Yên gặp mặt hội viên mới (14/03/2025)
- Giao ban quý IV năm 2024 (03/01/2025)
- Vĩnh Tường: Cựu chiến binh giúp nhau phát triển trang trại (20/02/2025)
""", "2025-04-04", "Giao ban công tác Hội Cựu chiến binh quý I năm 2025",
E("giao_ban", "2025-Q1", "2025-04-03"),
[P("Lê Văn Khang", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Dương Văn Thuấn", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Kim Văn Tòng", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Sái Văn Chung", "Chủ tịch Hội Cựu chiến binh huyện Tam Đảo")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("3.120 suất quà", 3120, "suất quà"), Q("gần 1,25 tỷ đồng", 1250000000, "đồng", "approx"),
 Q("780 triệu đồng", 780000000, "đồng"), Q("2.350 ngày công", 2350, "ngày công"), Q('6 nhà "Nghĩa tình đồng đội"', 6, "nhà"),
 Q("137 cơ sở Hội", 137, "cơ sở Hội"), Q("46.518 hội viên", 46518, "hội viên"), Q("100%", 100, "%"), Q("2.873 hội viên", 2873, "hội viên"),
 Q("45 xe lăn", 45, "xe lăn"), Q("15 suất học bổng", 15, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("trên 8,6 tỷ đồng", 8600000000, "đồng", "over"), Q("412 hội viên", 412, "hội viên"), Q("10 - 30 triệu đồng", 10000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Hướng dẫn", "12", "HD/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Hướng dẫn số 12-HD/CCB"),
 D("Kế hoạch", "45", "KH/CCB", None, None, "Kế hoạch 45-KH/CCB")],
[prov("Vĩnh Phúc"), com("Đạo Trù"), com("Bồ Lý")],
["HỘI CỰU CHIẾN BINH TỈNH VĨNH PHÚC", "Trang chủ / Tin tức / Tin hoạt động", "Đồng chí Lê Văn Khang phát biểu tại hội nghị giao ban.",
 "Nghĩa tình đồng đội", "Đồng đội", "Cựu chiến binh tiếp sức nạn nhân da cam"],
["Ngày 04/04/2025 | 15:10", "quý I năm 2025", "quý II năm 2025", "Quý I", "quý II", "50 năm", "thế hệ thứ ba", "30/6/2025"]))

PAGES.append(page("b8113-tuyenquang-dacam-traoqua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội » An sinh xã hội
Cập nhật: 09:42, 08/08/2025 (GMT+7)
Tri ân nạn nhân chất độc da cam nơi cao nguyên đá
Ảnh: Lãnh đạo Hội Cựu chiến binh tỉnh trao quà cho nạn nhân tại xã Đồng Văn.
Nhân kỷ niệm 64 năm thảm họa da cam ở Việt Nam (10/8/1961 - 10/8/2025), ngày 7/8, Hội Nạn nhân chất độc da cam/dioxin tỉnh Tuyên Quang phối hợp với Hội Cựu chiến binh tỉnh tổ chức thăm, tặng quà nạn nhân chất độc da cam tại các xã Đồng Văn, Mèo Vạc, Sà Phìn và phường Hà Giang 1.
Đoàn do đồng chí Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh, và đồng chí Vàng Seo Dính, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh dẫn đầu. Đây là đợt thăm, tặng quà đầu tiên tại khu vực tỉnh Hà Giang cũ kể từ khi hợp nhất tỉnh và vận hành chính quyền địa phương hai cấp.
Tại xã Đồng Văn, đoàn đã thăm gia đình ông Sùng Mí Chứ, cựu chiến binh người Mông, có 2 con bị di chứng chất độc da cam. Đoàn trao 78 suất quà, mỗi suất 1 triệu đồng, cho nạn nhân tại 4 xã, phường; tặng 15 sổ tiết kiệm trị giá 5 triệu đồng/sổ cho các gia đình có từ 2 nạn nhân trở lên.
Đồng chí Vàng Seo Dính cho biết, sau hợp nhất, toàn tỉnh có trên 11.600 nạn nhân chất độc da cam, trong đó khoảng 4.850 người đang hưởng trợ cấp hằng tháng; Hội hiện có 124 cơ sở Hội ở các xã, phường. Thực hiện Hướng dẫn số 03-HD/HNNCĐDC của Ban Thường vụ Hội tỉnh về kiện toàn tổ chức Hội sau sắp xếp, các cơ sở Hội đã ổn định hoạt động; từ đầu năm đến nay vận động được 4,7 tỷ đồng, xây 21 nhà nhân ái.
Bà Hoàng Thị Dung nhấn mạnh: các chi hội cựu chiến binh tiếp tục duy trì mô hình "Cựu chiến binh nhận đỡ đầu nạn nhân da cam", hiện 96 chi hội đang giúp đỡ 143 nạn nhân. Hội Cựu chiến binh xã Mèo Vạc đã góp 320 ngày công, 40 triệu đồng giúp 2 hộ nạn nhân người Mông làm nhà, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" theo Nghị quyết số 42-NQ/TW của Ban Chấp hành Trung ương.
Ông Lù Văn Páo, Chủ tịch Hội Cựu chiến binh xã Sà Phìn, cùng bà Ly Thị Mỷ, Phó Chủ tịch UBND xã Sà Phìn, chia sẻ: toàn xã có 37 nạn nhân, nhiều người tuổi cao, bệnh nặng; xã đang xin hỗ trợ theo Quyết định số 1589/QĐ-UBND ngày 25/7/2025 của UBND tỉnh.
Cùng ngày, tại phường Minh Xuân, Hội Nạn nhân chất độc da cam/dioxin tỉnh tổ chức mít tinh, trao 200 suất quà cho nạn nhân khu vực phía Nam tỉnh.
Thanh Lịch
Tin khác
- Hội Cựu chiến binh tỉnh Tuyên Quang ra mắt Ban Chấp hành mới (28/07/2025)
- Phường Hà Giang 2: Trao nhà nhân ái (20/07/2025)
- Hợp nhất Hội Nạn nhân chất độc da cam/dioxin hai tỉnh (30/06/2025)
""", "2025-08-08", "Tri ân nạn nhân chất độc da cam nơi cao nguyên đá",
E("trao_qua", None, "2025-08-07"),
[P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Vàng Seo Dính", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Sùng Mí Chứ"),
 P("Lù Văn Páo", "Chủ tịch Hội Cựu chiến binh xã Sà Phìn"),
 P("Ly Thị Mỷ", "Phó Chủ tịch UBND xã Sà Phìn")],
[Q("2 con", 2, "con"), Q("78 suất quà", 78, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("4 xã, phường", 4, "xã, phường"),
 Q("15 sổ tiết kiệm", 15, "sổ tiết kiệm"), Q("5 triệu đồng", 5000000, "đồng"), Q("từ 2 nạn nhân trở lên", 2, "nạn nhân", "over"),
 Q("trên 11.600 nạn nhân chất độc da cam", 11600, "nạn nhân chất độc da cam", "over"), Q("khoảng 4.850 người", 4850, "người", "approx"),
 Q("124 cơ sở Hội", 124, "cơ sở Hội"), Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("21 nhà nhân ái", 21, "nhà nhân ái"),
 Q("96 chi hội", 96, "chi hội"), Q("143 nạn nhân", 143, "nạn nhân"), Q("320 ngày công", 320, "ngày công"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("2 hộ nạn nhân người Mông", 2, "hộ nạn nhân người Mông"), Q("37 nạn nhân", 37, "nạn nhân"), Q("200 suất quà", 200, "suất quà")],
[D("Hướng dẫn", "03", "HD/HNNCĐDC", None, "Ban Thường vụ Hội tỉnh", "Hướng dẫn số 03-HD/HNNCĐDC"),
 D("Nghị quyết", "42", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 42-NQ/TW"),
 D("Quyết định", "1589", "QĐ-UBND", "2025-07-25", "UBND tỉnh", "Quyết định số 1589/QĐ-UBND ngày 25/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Mèo Vạc"), com("Sà Phìn"), com("Hà Giang 1"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội » An sinh xã hội",
 "Ảnh: Lãnh đạo Hội Cựu chiến binh tỉnh trao quà cho nạn nhân tại xã Đồng Văn.", "Cựu chiến binh nhận đỡ đầu nạn nhân da cam",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Cập nhật: 09:42, 08/08/2025 (GMT+7)", "64 năm", "10/8/1961 - 10/8/2025", "từ đầu năm đến nay"]))

PAGES.append(page("b8114-vinhlong-ccb-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Hôm nay: Thứ Hai, 12/01/2026
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 9/1/2026 - 16:45
Hội Cựu chiến binh tỉnh tổng kết năm đầu tiên sau hợp nhất
Toàn cảnh hội nghị.
Ngày 8/1, Hội Cựu chiến binh tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động sau khi hợp nhất Hội Cựu chiến binh ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự hội nghị có đồng chí Trần Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Hoàng Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh.
Báo cáo do đồng chí Kim Sô Phết, Phó Chủ tịch Hội Cựu chiến binh tỉnh trình bày cho biết, sau sắp xếp, Hội có 124 cơ sở Hội xã, phường với gần 98.700 hội viên, trong đó trên 9.400 hội viên là đồng bào Khmer. Năm 2025, hội viên giúp nhau trên 14,3 tỷ đồng, 26.500 ngày công; các cấp Hội hỗ trợ xây mới, sửa chữa 318 căn nhà cho hội viên khó khăn, trong đó 87 căn cho hội viên là nạn nhân chất độc da cam, góp phần hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/8/2025.
Hội quản lý 486 tổ tiết kiệm và vay vốn với dư nợ trên 1.240 tỷ đồng; số hộ nghèo trong hội viên giảm còn 0,38%. Các cấp Hội thăm, tặng 7.860 phần quà cho hội viên là nạn nhân chất độc da cam, thương binh, bệnh binh, trị giá khoảng 3,9 tỷ đồng. Hội thực hiện Kế hoạch số 08-KH/CCB và Kế hoạch số 09-KH/CCB của Ban Thường vụ Hội Cựu chiến binh tỉnh về hợp nhất tổ chức, bảo đảm không gián đoạn hoạt động.
Tại hội nghị, bà Thạch Thị Sô Phi, Chủ tịch Hội Cựu chiến binh xã Trà Cú, chia sẻ mô hình "Cựu chiến binh Khmer giúp nhau giảm nghèo" với 42 thành viên, mỗi năm luân chuyển 180 triệu đồng vốn. Ông Lê Văn Bé Sáu, Chủ tịch Hội Cựu chiến binh phường An Hội, và ông Nguyễn Văn Quý, Chủ tịch Hội Cựu chiến binh phường Long Châu, đề xuất thống nhất mức trích Quỹ "Nghĩa tình đồng đội" trong toàn tỉnh.
Phát biểu chỉ đạo, đồng chí Trần Văn Đức đề nghị năm 2026 các cấp Hội tiếp tục quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Chỉ thị số 03-CT/TU ngày 15/10/2025 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác cựu chiến binh; tham gia tốt bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 18 tập thể, 30 cá nhân; Hội Cựu chiến binh tỉnh tặng Giấy khen cho 56 tập thể, 94 cá nhân.
Phương Nghi
Tin liên quan
- Phường Trà Vinh: Trao 5 căn nhà đồng đội (30/12/2025)
- Hội Nạn nhân chất độc da cam/dioxin tỉnh tổng kết năm 2025 (26/12/2025)
- Gặp mặt cựu chiến binh tiêu biểu (05/12/2025)
""", "2026-01-09", "Hội Cựu chiến binh tỉnh tổng kết năm đầu tiên sau hợp nhất",
E("tong_ket", "2025", "2026-01-08"),
[P("Trần Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Kim Sô Phết", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Thạch Thị Sô Phi", "Chủ tịch Hội Cựu chiến binh xã Trà Cú"),
 P("Lê Văn Bé Sáu", "Chủ tịch Hội Cựu chiến binh phường An Hội"),
 P("Nguyễn Văn Quý", "Chủ tịch Hội Cựu chiến binh phường Long Châu")],
[Q("124 cơ sở Hội", 124, "cơ sở Hội"), Q("gần 98.700 hội viên", 98700, "hội viên", "approx"), Q("trên 9.400 hội viên", 9400, "hội viên", "over"),
 Q("trên 14,3 tỷ đồng", 14300000000, "đồng", "over"), Q("26.500 ngày công", 26500, "ngày công"), Q("318 căn nhà", 318, "căn nhà"),
 Q("87 căn", 87, "căn"), Q("486 tổ tiết kiệm và vay vốn", 486, "tổ tiết kiệm và vay vốn"), Q("trên 1.240 tỷ đồng", 1240000000000, "đồng", "over"),
 Q("0,38%", 0.38, "%"), Q("7.860 phần quà", 7860, "phần quà"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q("42 thành viên", 42, "thành viên"), Q("180 triệu đồng", 180000000, "đồng"), Q("18 tập thể", 18, "tập thể"), Q("30 cá nhân", 30, "cá nhân"),
 Q("56 tập thể", 56, "tập thể"), Q("94 cá nhân", 94, "cá nhân")],
[D("Kế hoạch", "08", "KH/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 08-KH/CCB"),
 D("Kế hoạch", "09", "KH/CCB", None, "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 09-KH/CCB"),
 D("Chỉ thị", "03", "CT/TU", "2025-10-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/10/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("An Hội"), com("Long Châu")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Hôm nay: Thứ Hai, 12/01/2026", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
 "Cựu chiến binh Khmer giúp nhau giảm nghèo", "Nghĩa tình đồng đội", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Thứ Sáu, 9/1/2026 - 16:45", "Hôm nay: Thứ Hai, 12/01/2026", "năm 2025", "năm 2026", "31/8/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa XVI"]))

PAGES.append(page("b8115-lamdong-dacam-daihoi-2026", """
Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Trang chủ › Chính trị › Mặt trận - Đoàn thể
27 Tháng 3, 2026 | 11:20
Đại hội Hội Nạn nhân chất độc da cam/dioxin tỉnh Lâm Đồng lần thứ I
Các đại biểu tặng hoa chúc mừng Ban Chấp hành khóa I. Ảnh: K'Duyên
Ngày 26/3, tại phường Xuân Hương - Đà Lạt, Hội Nạn nhân chất độc da cam/dioxin tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031, sau khi hợp nhất Hội ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự đại hội có đồng chí K'Mák, Phó Bí thư Tỉnh ủy; đồng chí Phạm Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Ngô Văn Tỉnh, Ủy viên Ban Chấp hành Trung ương Hội Nạn nhân chất độc da cam/dioxin Việt Nam, cùng 210 đại biểu đại diện cho gần 19.500 hội viên.
Báo cáo chính trị nêu rõ, giai đoạn 2021 - 2025, các cấp Hội của ba tỉnh đã vận động được khoảng 126 tỷ đồng chăm lo nạn nhân; xây mới, sửa chữa 712 nhà tình nghĩa, nhà nhân ái; trao 9.400 suất học bổng; hỗ trợ sinh kế cho 2.380 hộ nạn nhân. Hội Cựu chiến binh các cấp đã phối hợp nhận đỡ đầu 1.046 nạn nhân, đóng góp trên 18.000 ngày công. Hiện toàn tỉnh có 31.270 nạn nhân chất độc da cam, trong đó khoảng 12% là đồng bào K'Ho, Mạ, Mnông, Chăm, Raglai.
Đại hội đã thảo luận 6 tham luận. Bà Ka Hòa, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin xã Lâm Hà, chia sẻ mô hình "Tổ nạn nhân giúp nhau trồng cà phê" với 23 hộ tham gia. Ông Điểu Ne, Chủ tịch Hội Cựu chiến binh phường Bắc Gia Nghĩa, nêu kinh nghiệm vận động cựu chiến binh Mnông góp công làm nhà cho nạn nhân. Ông Thông Văn Sự, người Chăm ở xã Phan Hiệp, kể về hành trình vượt bệnh tật nuôi 3 con.
Nhiệm kỳ 2026 - 2031, Hội phấn đấu mỗi năm vận động ít nhất 25 tỷ đồng; 100% nạn nhân đủ điều kiện được hưởng chính sách; xây mới từ 150 nhà trở lên. Đại hội thống nhất thực hiện Nghị quyết 57, 59-NQ/TW của Bộ Chính trị trong lĩnh vực của Hội và Quyết định số 896/QĐ-UBND ngày 2/3/2026 của UBND tỉnh về chương trình khắc phục hậu quả chất độc hóa học trên địa bàn tỉnh.
Đại hội đã bầu Ban Chấp hành khóa I gồm 33 đồng chí. Đồng chí Nguyễn Đức Thạnh được bầu làm Chủ tịch Hội; các đồng chí Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh gồm: Đàng Thị Hà, K'Bríu, Nguyễn Công Phán. Đại hội cũng bầu 9 đại biểu dự Đại hội đại biểu toàn quốc Hội Nạn nhân chất độc da cam/dioxin Việt Nam.
Phát biểu chỉ đạo, đồng chí K'Mák đề nghị Hội tiếp tục phối hợp chặt chẽ với Hội Cựu chiến binh, tham mưu Tỉnh ủy ban hành Chỉ thị về công tác nạn nhân chất độc da cam trong tình hình mới. Nhân dịp này, các doanh nghiệp trao tặng Hội 500 triệu đồng để xây 10 nhà nhân ái.
K'Duyên - Hoài Thu
Tin liên quan
- Hợp nhất Hội Cựu chiến binh ba tỉnh (15/07/2025)
- Phường Phan Thiết: trao 20 xe lăn cho nạn nhân (10/08/2025)
- Xã Đắk Mil tổ chức đại hội Hội Nạn nhân chất độc da cam (25/02/2026)
""", "2026-03-27", "Đại hội Hội Nạn nhân chất độc da cam/dioxin tỉnh Lâm Đồng lần thứ I",
E("dai_hoi", None, "2026-03-26"),
[P("K'Mák", "Phó Bí thư Tỉnh ủy"),
 P("Phạm Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Văn Tỉnh", "Ủy viên Ban Chấp hành Trung ương Hội Nạn nhân chất độc da cam/dioxin Việt Nam"),
 P("Ka Hòa", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin xã Lâm Hà"),
 P("Điểu Ne", "Chủ tịch Hội Cựu chiến binh phường Bắc Gia Nghĩa"),
 P("Thông Văn Sự"),
 P("Nguyễn Đức Thạnh", "Chủ tịch Hội"),
 P("Đàng Thị Hà", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("K'Bríu", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Nguyễn Công Phán", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("gần 19.500 hội viên", 19500, "hội viên", "approx"), Q("khoảng 126 tỷ đồng", 126000000000, "đồng", "approx"),
 Q("712 nhà tình nghĩa, nhà nhân ái", 712, "nhà tình nghĩa, nhà nhân ái"), Q("9.400 suất học bổng", 9400, "suất học bổng"),
 Q("2.380 hộ nạn nhân", 2380, "hộ nạn nhân"), Q("1.046 nạn nhân", 1046, "nạn nhân"), Q("trên 18.000 ngày công", 18000, "ngày công", "over"),
 Q("31.270 nạn nhân chất độc da cam", 31270, "nạn nhân chất độc da cam"), Q("khoảng 12%", 12, "%", "approx"), Q("6 tham luận", 6, "tham luận"),
 Q("23 hộ", 23, "hộ"), Q("3 con", 3, "con"), Q("ít nhất 25 tỷ đồng", 25000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("từ 150 nhà trở lên", 150, "nhà", "over"), Q("33 đồng chí", 33, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("10 nhà nhân ái", 10, "nhà nhân ái")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 59-NQ/TW"),
 D("Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 59-NQ/TW"),
 D("Quyết định", "896", "QĐ-UBND", "2026-03-02", "UBND tỉnh", "Quyết định số 896/QĐ-UBND ngày 2/3/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lâm Hà"), com("Bắc Gia Nghĩa"), com("Phan Hiệp")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Các đại biểu tặng hoa chúc mừng Ban Chấp hành khóa I. Ảnh: K'Duyên", "Tổ nạn nhân giúp nhau trồng cà phê"],
["27 Tháng 3, 2026 | 11:20", "lần thứ I", "nhiệm kỳ 2026 - 2031", "giai đoạn 2021 - 2025", "Nhiệm kỳ 2026 - 2031", "khóa I", "33 đồng chí"]))

PAGES.append(page("b8116-dongnai-ccb-giamsat-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ >> Giám sát - Phản biện xã hội
14-05-2026 08:20
Giám sát thực hiện chính sách đối với cựu chiến binh, nạn nhân chất độc da cam tại phường Bình Phước
Từ ngày 12 đến 13/5, Đoàn giám sát của Hội Cựu chiến binh tỉnh Đồng Nai do đồng chí Trịnh Văn Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách đối với cựu chiến binh và nạn nhân chất độc da cam năm 2026 tại UBND phường Bình Phước và UBND xã Bù Gia Mập.
Đoàn giám sát làm việc tại UBND xã Bù Gia Mập.
Thành viên đoàn gồm các đồng chí: Điểu Thị Lan, Phó Chủ tịch Hội Cựu chiến binh tỉnh; Lê Quang Vinh - Trưởng ban Chính sách Hội Cựu chiến binh tỉnh; đại diện Sở Nội vụ và Sở Y tế. Tiếp đoàn có đồng chí Nguyễn Thanh Sơn, Bí thư Đảng ủy, Chủ tịch HĐND phường Bình Phước, và đồng chí Điểu Brưng, Phó Chủ tịch UBND xã Bù Gia Mập.
Theo báo cáo, phường Bình Phước hiện có 1.182 hội viên cựu chiến binh, 146 người hưởng chế độ nhiễm chất độc hóa học; xã Bù Gia Mập có 417 hội viên, trong đó 63 hội viên là đồng bào S'tiêng, M'nông. Từ khi vận hành chính quyền địa phương hai cấp, hai địa phương đã tiếp nhận 38 hồ sơ đề nghị hưởng chế độ, giải quyết xong 31 hồ sơ; chi trả trợ cấp đúng hạn cho 100% đối tượng với tổng kinh phí khoảng 2,8 tỷ đồng/quý.
Qua kiểm tra thực tế tại 12 hộ gia đình, Đoàn ghi nhận việc chi trả qua tài khoản ngân hàng thuận lợi hơn, nhưng vẫn có 5 trường hợp cao tuổi ở vùng sâu chưa có tài khoản. Ông Điểu Khiêm, 72 tuổi, hội viên Chi hội Cựu chiến binh sóc Bù Kroai, xã Bù Gia Mập, phản ánh chưa được cấp thẻ bảo hiểm y tế sau khi chuyển từ huyện về xã. Một số hồ sơ còn chậm do chưa có hướng dẫn thống nhất sau khi hợp nhất Sở Lao động - Thương binh và Xã hội vào Sở Nội vụ.
Đoàn cũng giám sát việc thực hiện Kế hoạch số 17-KH/CCB ngày 20/2/2026 của Ban Thường vụ Hội Cựu chiến binh tỉnh về phong trào "Cựu chiến binh giúp nhau làm kinh tế": phường Bình Phước có 9 tổ tiết kiệm và vay vốn, dư nợ 24,7 tỷ đồng; xã Bù Gia Mập đã hỗ trợ 14 hội viên nghèo vay không lãi từ quỹ hội, mỗi hộ từ 5 - 10 triệu đồng.
Kết luận giám sát, đồng chí Trịnh Văn Hùng đề nghị UBND các xã, phường giải quyết dứt điểm 7 hồ sơ còn tồn trước ngày 30/6/2026; thực hiện nghiêm Nghị định 55/2026/NĐ-CP của Chính phủ và Quy chế giám sát, phản biện xã hội ban hành theo Quyết định 99-QĐ/TW của Ban Bí thư. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh và Sở Nội vụ.
Bích Nhàn
Tin liên quan
- Hội Cựu chiến binh tỉnh sơ kết quý I năm 2026 (08/04/2026)
- Phường Trấn Biên trao nhà đồng đội (25/03/2026)
- Đồng Xoài: Gặp mặt cựu chiến binh là nạn nhân chất độc da cam (10/08/2025)
""", "2026-05-14", "Giám sát thực hiện chính sách đối với cựu chiến binh, nạn nhân chất độc da cam tại phường Bình Phước",
E("giam_sat", "2026", "2026-05-12"),
[P("Trịnh Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Điểu Thị Lan", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Quang Vinh", "Trưởng ban Chính sách Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Thanh Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Bình Phước"),
 P("Điểu Brưng", "Phó Chủ tịch UBND xã Bù Gia Mập"),
 P("Điểu Khiêm", "hội viên Chi hội Cựu chiến binh sóc Bù Kroai")],
[Q("1.182 hội viên cựu chiến binh", 1182, "hội viên cựu chiến binh"), Q("146 người", 146, "người"), Q("417 hội viên", 417, "hội viên"),
 Q("63 hội viên", 63, "hội viên"), Q("38 hồ sơ", 38, "hồ sơ"), Q("31 hồ sơ", 31, "hồ sơ"), Q("100%", 100, "%"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("12 hộ gia đình", 12, "hộ gia đình"), Q("5 trường hợp", 5, "trường hợp"),
 Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"), Q("24,7 tỷ đồng", 24700000000, "đồng"), Q("14 hội viên nghèo", 14, "hội viên nghèo"),
 Q("từ 5 - 10 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("7 hồ sơ", 7, "hồ sơ")],
[D("Kế hoạch", "17", "KH/CCB", "2026-02-20", "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 17-KH/CCB ngày 20/2/2026"),
 D("Nghị định", "55", "2026/NĐ-CP", None, "Chính phủ", "Nghị định 55/2026/NĐ-CP"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW")],
[prov("Đồng Nai"), com("Bình Phước"), com("Bù Gia Mập")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ >> Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Bù Gia Mập.", "Cựu chiến binh giúp nhau làm kinh tế", "Quy chế giám sát, phản biện xã hội"],
["14-05-2026 08:20", "năm 2026", "72 tuổi", "30/6/2026"]))
