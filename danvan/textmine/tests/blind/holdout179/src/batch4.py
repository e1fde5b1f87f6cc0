from lib import *
PAGES = []

PAGES.append(page("b4271-cantho-senedolta-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ
Thời sự › Chính trị › Dân tộc - Tôn giáo
19/09/2025 - 15:30
Thăm, chúc mừng lễ Sene Dolta tại 125 chùa Khmer
Từ ngày 15 đến 18/9, nhân dịp lễ Sene Dolta năm 2025 của đồng bào Khmer, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ phối hợp Ủy ban MTTQ Việt Nam thành phố tổ chức 3 đoàn đến thăm, chúc mừng và tặng quà 125 chùa Khmer, Hội Đoàn kết sư sãi yêu nước thành phố, người có uy tín và hộ Khmer khó khăn tại các phường, xã có đông đồng bào Khmer.
Đoàn công tác tặng quà tại chùa Kh'Leang, phường Sóc Trăng. Ảnh: Duy Khôi
Đây là lần đầu tiên lễ Sene Dolta được tổ chức sau khi thành phố Cần Thơ mới được hình thành trên cơ sở hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội. Đồng bào Khmer hiện chiếm khoảng 17% dân số thành phố, với hơn 560.000 người.
Đoàn thứ nhất do đồng chí Phạm Thị Mỹ Châu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy dẫn đầu, đến thăm chùa Kh'Leang, phường Sóc Trăng và chùa Chén Kiểu, xã Lịch Hội Thượng. Hai đoàn còn lại do các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Danh Thị Ngọc Hân, Huỳnh Minh Khôi làm trưởng đoàn. Mỗi chùa được tặng 4 triệu đồng; các đoàn trao 2.000 phần quà cho hộ Khmer nghèo, cận nghèo, mỗi phần trị giá 600.000 đồng; tổng trị giá khoảng 1,7 tỷ đồng.
Tiếp đoàn, Hòa thượng Thạch Chanh Ri, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố, cho biết sau sắp xếp, Hội có 142 chùa thành viên với hơn 4.800 vị sư sãi; các chùa đã mở 118 lớp dạy chữ Khmer hè năm 2025 cho gần 9.000 học sinh.
Tại phường Ô Môn, ông Sơn Ngọc Thạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Ô Môn, báo cáo phường có 1.240 hộ Khmer, đã hoàn thành xóa 36 căn nhà tạm, nhà dột nát cho hộ Khmer trước ngày 31/8/2025. Bà Thị Kim Hường, người có uy tín khu vực Thới Hòa, bày tỏ vui mừng vì chính quyền 2 cấp hoạt động thông suốt, thủ tục hành chính được giải quyết ngay tại phường.
Phát biểu tại các nơi đến thăm, đồng chí Phạm Thị Mỹ Châu đề nghị chư tăng, người có uy tín tiếp tục vận động bà con đoàn kết, đồng thuận với chủ trương của Đảng về sắp xếp tổ chức bộ máy; thực hiện tốt Kế hoạch số 12-KH/BTGDVTU ngày 05/9/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác vận động đồng bào Khmer dịp lễ, Tết và Chỉ thị 19-CT/TW của Ban Bí thư.
Duy Khôi
Lượt xem: 3.118
Tin liên quan
- Phường Sóc Trăng: họp mặt sư sãi, Achar nhân lễ Sene Dolta (16/09/2025)
- Ban Tuyên giáo và Dân vận Thành ủy triển khai nhiệm vụ quý IV (10/09/2025)
- Cần Thơ: ra mắt Hội Đoàn kết sư sãi yêu nước thành phố (25/08/2025)
""", "2025-09-19", "Thăm, chúc mừng lễ Sene Dolta tại 125 chùa Khmer",
E("trao_qua", None, "2025-09-15"),
[P("Phạm Thị Mỹ Châu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Danh Thị Ngọc Hân", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Huỳnh Minh Khôi", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thạch Chanh Ri", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Sơn Ngọc Thạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Ô Môn"),
 P("Thị Kim Hường", "người có uy tín khu vực Thới Hòa")],
[Q("125 chùa Khmer", 125, "chùa Khmer"), Q("3 đoàn", 3, "đoàn"), Q("khoảng 17%", 17, "%", "approx"),
 Q("hơn 560.000 người", 560000, "người", "over"), Q("4 triệu đồng", 4000000, "đồng"), Q("2.000 phần quà", 2000, "phần quà"),
 Q("600.000 đồng", 600000, "đồng"), Q("khoảng 1,7 tỷ đồng", 1700000000, "đồng", "approx"),
 Q("142 chùa thành viên", 142, "chùa thành viên"), Q("hơn 4.800 vị sư sãi", 4800, "vị sư sãi", "over"),
 Q("118 lớp dạy chữ Khmer hè", 118, "lớp dạy chữ Khmer hè"), Q("gần 9.000 học sinh", 9000, "học sinh", "approx"),
 Q("1.240 hộ Khmer", 1240, "hộ Khmer"), Q("36 căn nhà tạm, nhà dột nát", 36, "căn nhà tạm, nhà dột nát")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-09-05", "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 05/9/2025"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Lịch Hội Thượng"), com("Ô Môn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ", "Thời sự › Chính trị › Dân tộc - Tôn giáo",
 "Đoàn công tác tặng quà tại chùa Kh'Leang, phường Sóc Trăng. Ảnh: Duy Khôi", "Hội Đoàn kết sư sãi yêu nước thành phố",
 "Lượt xem: 3.118", "Sene Dolta"],
["19/09/2025 - 15:30", "năm 2025", "2 cấp", "31/8/2025", "Lượt xem: 3.118"]))

PAGES.append(page("b4272-vinhlong-okombok-2025", """
Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ >> Tin hoạt động >> Dân tộc - Tôn giáo
Cập nhật: 09:42, 05/11/2025 (GMT+7)
Ảnh: Các đại biểu được biểu dương chụp ảnh lưu niệm.
Biểu dương 150 người có uy tín, chức sắc Khmer tiêu biểu dịp lễ Ok Om Bok
Chiều 04/11, tại phường Trà Vinh, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị gặp mặt, biểu dương người có uy tín, chức sắc, sư sãi tiêu biểu trong đồng bào Khmer năm 2025, nhân dịp lễ Ok Om Bok. Hội nghị biểu dương 150 người có uy tín, chức sắc Khmer tiêu biểu đến từ các xã, phường vùng đồng bào Khmer của tỉnh.
Dự hội nghị có bà Trần Thị Thanh Lam, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Dư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; Hòa thượng Thạch Sa Ni, Thượng tọa Kim Sóc Nal - Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, tỉnh có khoảng 330.000 người Khmer, 143 chùa Phật giáo Nam tông Khmer và 412 người có uy tín được hưởng chính sách theo Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ. Năm 2025, người có uy tín đã phối hợp hòa giải thành 87 vụ việc mâu thuẫn, tranh chấp; vận động nhân dân hiến hơn 24.000 m2 đất, đóng góp gần 6,5 tỷ đồng xây dựng nông thôn mới; 24 vị sư sãi tham gia Ban công tác Mặt trận ở ấp, khóm.
Thực hiện Hướng dẫn số 05/HD-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã tổ chức 31 cuộc tiếp xúc với người có uy tín, tiếp nhận 96 ý kiến góp ý, tập trung vào việc hoàn thiện bộ máy chính quyền địa phương 2 cấp và chính sách hỗ trợ sinh kế.
Tại hội nghị, Đại đức Kiên Sóc Ri, trụ trì chùa Ba Sát, xã Trà Cú, chia sẻ kinh nghiệm phối hợp mở lớp dạy nghề cho thanh niên Khmer tại chùa; ông Kim Văn Thanh, người có uy tín ấp Đại Sư, xã Tập Sơn, đề nghị tiếp tục hỗ trợ giống bò cho hộ Khmer nghèo.
Phát biểu tại hội nghị, bà Trần Thị Thanh Lam ghi nhận những đóng góp của người có uy tín; đề nghị các vị tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào Khmer; vận động bà con tổ chức lễ Ok Om Bok và đua ghe Ngo an toàn, tiết kiệm; thực hiện tốt Chỉ thị 19-CT/TW ngày 10/01/2018 của Ban Bí thư.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 30 cá nhân xuất sắc, mỗi đại biểu dự hội nghị nhận 1 phần quà trị giá 1 triệu đồng.
Thanh Hòa
Tin khác
- Trà Cú: sôi nổi giải đua ghe Ngo mừng lễ Ok Om Bok (03/11/2025)
- Ủy ban MTTQ tỉnh giám sát chính sách người có uy tín (20/10/2025)
- Hội nghị tổng kết 10 năm mô hình "Chùa Khmer văn minh" (02/10/2025)
""", "2025-11-05", "Biểu dương 150 người có uy tín, chức sắc Khmer tiêu biểu dịp lễ Ok Om Bok",
E("hoi_nghi", "2025", "2025-11-04"),
[P("Trần Thị Thanh Lam", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Dư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sa Ni", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Sóc Nal", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kiên Sóc Ri", "Đại đức", "trụ trì chùa Ba Sát"),
 P("Kim Văn Thanh", "người có uy tín ấp Đại Sư")],
[Q("150 người có uy tín, chức sắc Khmer tiêu biểu", 150, "người có uy tín, chức sắc Khmer tiêu biểu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("khoảng 330.000 người Khmer", 330000, "người Khmer", "approx"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("412 người có uy tín", 412, "người có uy tín"),
 Q("87 vụ việc mâu thuẫn, tranh chấp", 87, "vụ việc mâu thuẫn, tranh chấp"), Q("hơn 24.000 m2", 24000, "m2", "over"),
 Q("gần 6,5 tỷ đồng", 6500000000, "đồng", "approx"), Q("24 vị sư sãi", 24, "vị sư sãi"),
 Q("31 cuộc tiếp xúc", 31, "cuộc tiếp xúc"), Q("96 ý kiến", 96, "ý kiến"), Q("30 cá nhân xuất sắc", 30, "cá nhân xuất sắc"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 15/8/2025"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW ngày 10/01/2018")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Trà Cú"), com("Tập Sơn")],
["Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ >> Tin hoạt động >> Dân tộc - Tôn giáo",
 "Ảnh: Các đại biểu được biểu dương chụp ảnh lưu niệm.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ok Om Bok"],
["Cập nhật: 09:42, 05/11/2025 (GMT+7)", "năm 2025", "Năm 2025", "2 cấp", "1 phần quà"]))

PAGES.append(page("b4273-angiang-ramadan-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ / Tin tức / Hoạt động Mặt trận
Hôm nay: Thứ Hai, 09/03/2026
Thứ Sáu, 06/03/2026 - 10:05
Tặng 350 phần quà cho đồng bào Chăm nhân tháng Ramadan
Ngày 05/3, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh An Giang do bà Nguyễn Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Ban Đại diện Cộng đồng Hồi giáo tỉnh, các thánh đường và tặng 350 phần quà cho hộ Chăm khó khăn nhân tháng Ramadan năm 2026.
Bà Nguyễn Thị Bích Liên tặng quà tại thánh đường Jamiul Azhar. Ảnh: Hữu Huynh
Cùng đi có ông Đinh Công Luận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, và bà Néang Sa Phia, Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh. Đoàn đã đến 16 thánh đường Hồi giáo và 12 tiểu thánh đường tại phường Tân Châu, các xã Nhơn Hội, Khánh Bình, Châu Phong; mỗi nơi được tặng 4 triệu đồng; mỗi phần quà cho hộ Chăm trị giá 700.000 đồng; tổng trị giá quà tặng 357 triệu đồng.
Đây là năm đầu tiên đồng bào Chăm của tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) đón tháng Ramadan sau khi chính quyền địa phương 2 cấp đi vào hoạt động. Toàn tỉnh hiện có khoảng 17.000 người Chăm với gần 3.500 hộ, sống tập trung ở 6 xã, phường thuộc khu vực biên giới.
Tại thánh đường Jamiul Azhar, xã Nhơn Hội, ông Mohamad Hasan, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết trong tháng chay, các thánh đường đều thông báo lịch hành lễ với chính quyền theo Nghị định 95/2023/NĐ-CP của Chính phủ; bà con giữ gìn an ninh trật tự, không có việc truyền đạo trái phép. Ông Ysa Ly Sa, Phó Chủ tịch UBND xã Nhơn Hội, và ông Abu Ba Kar, Hakim thánh đường Jamiul Azhar, đề nghị hỗ trợ nâng cấp tuyến đê bao khoảng 2,8 km phía sau ấp.
Bà Nguyễn Thị Bích Liên đề nghị các vị chức sắc tiếp tục vận động đồng bào Chăm thực hiện tốt Kế hoạch số 38/KH-MTTQ-BTT ngày 20/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động đồng bào tôn giáo đón các ngày lễ trọng năm 2026; tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; phấn đấu đến cuối năm 2026 không còn hộ Chăm ở nhà tạm.
Theo Ủy ban MTTQ Việt Nam tỉnh, năm 2025 Mặt trận các cấp đã hỗ trợ xây mới, sửa chữa 64 căn nhà cho hộ Chăm, chi trên 3,8 tỷ đồng từ Quỹ "Vì người nghèo" và đóng góp của các tổ chức, cá nhân.
Hữu Huynh
Lượt xem: 1.276
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc Tết các cơ sở tôn giáo (10/02/2026)
- Phường Tân Châu: 45 phần quà cho hộ Chăm khó khăn (02/03/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (24/12/2025)
""", "2026-03-06", "Tặng 350 phần quà cho đồng bào Chăm nhân tháng Ramadan",
E("trao_qua", None, "2026-03-05"),
[P("Nguyễn Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Luận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Néang Sa Phia", "Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mohamad Hasan", "Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Ysa Ly Sa", "Phó Chủ tịch UBND xã Nhơn Hội"),
 P("Abu Ba Kar", "Hakim thánh đường Jamiul Azhar")],
[Q("350 phần quà", 350, "phần quà"), Q("16 thánh đường Hồi giáo", 16, "thánh đường Hồi giáo"), Q("12 tiểu thánh đường", 12, "tiểu thánh đường"),
 Q("4 triệu đồng", 4000000, "đồng"), Q("700.000 đồng", 700000, "đồng"), Q("357 triệu đồng", 357000000, "đồng"),
 Q("khoảng 17.000 người Chăm", 17000, "người Chăm", "approx"), Q("gần 3.500 hộ", 3500, "hộ", "approx"),
 Q("6 xã, phường", 6, "xã, phường"), Q("khoảng 2,8 km", 2.8, "km", "approx"), Q("64 căn nhà", 64, "căn nhà"),
 Q("trên 3,8 tỷ đồng", 3800000000, "đồng", "over")],
[D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 95/2023/NĐ-CP"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", "2026-02-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT ngày 20/02/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Tân Châu"), com("Nhơn Hội"), com("Khánh Bình"), com("Châu Phong")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Bà Nguyễn Thị Bích Liên tặng quà tại thánh đường Jamiul Azhar. Ảnh: Hữu Huynh", "Ban Đại diện Cộng đồng Hồi giáo tỉnh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Lượt xem: 1.276", "Ramadan"],
["Hôm nay: Thứ Hai, 09/03/2026", "Thứ Sáu, 06/03/2026 - 10:05", "năm 2026", "năm 2025", "2 cấp", "cuối năm 2026", "Lượt xem: 1.276"]))

PAGES.append(page("b4274-hochiminh-hoa-hoinghi-2026", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH
Bạn đang ở: Trang chủ › Dân tộc - Tôn giáo › Người Hoa
Thứ Sáu, 27/02/2026 | 16:20
Toàn cảnh hội nghị. Ảnh: Gia Hân
Người Hoa Thành phố chung sức xây dựng siêu đô thị
Sáng 26/02, Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh tổ chức Hội nghị gặp mặt đại diện hội đoàn, hội quán và người Hoa tiêu biểu năm 2026, mừng Xuân Bính Ngọ. Hơn 600 đại biểu đến từ các phường Chợ Lớn, An Đông, Bình Tây, Chợ Quán và phường Thủ Dầu Một, phường Vũng Tàu tham dự.
Chủ trì hội nghị có đồng chí Phan Quốc Bảo, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam Thành phố; đồng chí Lư Ngọc Phượng, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố, Chủ tịch Liên đoàn Lao động Thành phố.
Theo báo cáo, sau hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, Thành phố có khoảng 460.000 người Hoa, hơn 190 hội đoàn, hội quán, miếu, chùa người Hoa. Năm 2025, thực hiện Chỉ thị 62-CT/TW của Ban Bí thư và Kết luận số 14, 15-KL/TU của Ban Thường vụ Thành ủy, các hội đoàn đã đóng góp hơn 126 tỷ đồng cho công tác an sinh xã hội, trong đó hỗ trợ xây 240 căn nhà cho hộ nghèo theo phong trào xóa nhà tạm, nhà dột nát, trao 5.600 suất học bổng. Đồng bào Hoa cũng tích cực góp ý dự thảo văn kiện Đại hội XIV của Đảng với 320 ý kiến.
Tại hội nghị, ông Châu Vĩnh Thành, Trưởng Ban Trị sự Hội quán Tuệ Thành, cho biết hội quán đã đón hơn 50.000 lượt khách dịp Tết; bà Ngô Huệ Mẫn, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn, giới thiệu mô hình "Tổ dân phố người Hoa không rác thải nhựa" với 14 tổ tham gia. Ông Giang Tú Kiệt, Chủ tịch Hội Tương tế Quảng Đông phường Thủ Dầu Một, đề nghị Thành phố hỗ trợ trùng tu các hội quán cổ.
Phát biểu, đồng chí Phan Quốc Bảo ghi nhận những đóng góp to lớn của đồng bào Hoa; đề nghị các hội đoàn tiếp tục đồng hành thực hiện Nghị quyết số 98/2023/QH15 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố, tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%.
Nhiều đại biểu cũng kiến nghị Thành phố sớm ban hành quy định về bảo tồn các hội quán, miếu cổ của người Hoa được công nhận di tích; tạo điều kiện để các trường dạy tiếng Hoa mở rộng quy mô, gắn với phát triển du lịch văn hóa khu Chợ Lớn.
Dịp này, Ủy ban MTTQ Việt Nam Thành phố tặng bằng khen cho 25 tập thể và 40 cá nhân tiêu biểu trong đồng bào Hoa năm 2025.
Gia Hân
Lượt xem: 2.954
Tin liên quan
- Phường Chợ Lớn: rộn ràng lễ hội Tết Nguyên tiêu (24/02/2026)
- Thăm, chúc Tết các hội quán người Hoa dịp Xuân Bính Ngọ (12/02/2026)
- Tổng kết công tác Mặt trận Thành phố năm 2025 (25/12/2025)
""", "2026-02-27", "Người Hoa Thành phố chung sức xây dựng siêu đô thị",
E("hoi_nghi", "2026", "2026-02-26"),
[P("Phan Quốc Bảo", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Lư Ngọc Phượng", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố", "Chủ tịch Liên đoàn Lao động Thành phố"),
 P("Châu Vĩnh Thành", "Trưởng Ban Trị sự Hội quán Tuệ Thành"),
 P("Ngô Huệ Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn"),
 P("Giang Tú Kiệt", "Chủ tịch Hội Tương tế Quảng Đông phường Thủ Dầu Một")],
[Q("Hơn 600 đại biểu", 600, "đại biểu", "over"), Q("khoảng 460.000 người Hoa", 460000, "người Hoa", "approx"),
 Q("hơn 190 hội đoàn, hội quán, miếu, chùa người Hoa", 190, "hội đoàn, hội quán, miếu, chùa người Hoa", "over"),
 Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"), Q("240 căn nhà", 240, "căn nhà"), Q("5.600 suất học bổng", 5600, "suất học bổng"),
 Q("320 ý kiến", 320, "ý kiến"), Q("hơn 50.000 lượt khách", 50000, "lượt khách", "over"), Q("14 tổ", 14, "tổ"),
 Q("trên 99%", 99, "%", "over"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Chỉ thị", "62", "CT/TW", None, "Ban Bí thư", "Chỉ thị 62-CT/TW"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 14, 15-KL/TU"),
 D("Nghị quyết", "98", "2023/QH15", None, "Quốc hội", "Nghị quyết số 98/2023/QH15")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Chợ Lớn"), com("An Đông"), com("Bình Tây"),
 com("Chợ Quán"), com("Thủ Dầu Một"), com("Vũng Tàu")],
["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH", "Bạn đang ở: Trang chủ › Dân tộc - Tôn giáo › Người Hoa",
 "Toàn cảnh hội nghị. Ảnh: Gia Hân", "Tổ dân phố người Hoa không rác thải nhựa", "Hội quán Tuệ Thành", "Lượt xem: 2.954",
 "xóa nhà tạm, nhà dột nát"],
["Thứ Sáu, 27/02/2026 | 16:20", "năm 2026", "Năm 2025", "năm 2025", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 2.954"]))

PAGES.append(page("b4275-khanhhoa-cham-giamsat-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Chính trị | Mặt trận - Đoàn thể
Ngày 22/5/2026 | 09:15
Đoàn giám sát làm việc tại xã Phước Hữu.
Giám sát chính sách đối với người có uy tín vùng đồng bào Chăm
Ngày 21/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức đoàn giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại xã Phước Hữu và xã Ninh Phước, khu vực có đông đồng bào Chăm sinh sống của tỉnh Ninh Thuận cũ.
Đoàn do bà Thập Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn, thực hiện theo Kế hoạch số 21/KH-MTTQ-BTT ngày 06/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quy định 124-QĐ/TW của Bộ Chính trị về giám sát của Mặt trận.
Theo báo cáo của UBND xã Phước Hữu, xã có 2.870 hộ đồng bào Chăm, trong đó 1.940 hộ theo đạo Bà la môn, 930 hộ theo Hồi giáo Bàni; có 18 người có uy tín. Năm 2025 và 5 tháng đầu năm 2026, xã đã chi trên 97 triệu đồng thăm hỏi, tặng quà người có uy tín dịp Tết Ramưwan, Katê và khi ốm đau theo Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ, mức tối đa 2 triệu đồng/người/năm cho thăm hỏi dịp lễ, Tết; 100% người có uy tín được cấp 4 đầu báo, tạp chí.
Ông Bá Văn Thành, Chủ tịch UBND xã Phước Hữu, cho biết sau khi sắp xếp, xã quản lý 16 thôn, trong đó 11 thôn Chăm; việc rà soát, công nhận lại người có uy tín theo địa giới mới đã hoàn thành trong tháng 3/2026. Po Adhia Quảng Văn Đại, Chủ tịch Hội đồng chức sắc Bà la môn Chăm tỉnh, và Po Gru Thông Văn Gìn, Phó Chủ tịch Hội đồng sư cả Hồi giáo Bàni tỉnh, đề nghị tăng mức hỗ trợ và mời người có uy tín tham gia các lớp bồi dưỡng về chuyển đổi số.
Bà Lưu Thị Minh, người có uy tín thôn Hữu Đức, xã Phước Hữu, phản ánh: từ đầu năm, thôn đã hòa giải thành 5 vụ tranh chấp đất đai, nhưng kinh phí hoạt động của tổ hòa giải còn thấp.
Qua giám sát, đoàn đánh giá các chính sách được thực hiện đầy đủ, đúng đối tượng; tuy nhiên khoảng 40% người có uy tín chưa được tập huấn kỹ năng trong năm 2025, việc chi trả ở một số nơi còn chậm do điều chỉnh địa giới hành chính. Bà Thập Thị Thu Vân đề nghị UBND các xã khắc phục hạn chế trước ngày 30/6/2026, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Tham gia đoàn có ông Châu Minh Trí, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Dân tộc và Tôn giáo tỉnh.
Tấn Phát
Lượt xem: 612
Tin liên quan
- Mặt trận tỉnh thăm, chúc mừng lễ Ramưwan của đồng bào Chăm Bàni (20/02/2026)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2025 (12/12/2025)
- Xã Ninh Phước ra mắt mô hình "Thôn Chăm tự quản về an ninh trật tự" (05/11/2025)
""", "2026-05-22", "Giám sát chính sách đối với người có uy tín vùng đồng bào Chăm",
E("giam_sat", None, "2026-05-21"),
[P("Thập Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Bá Văn Thành", "Chủ tịch UBND xã Phước Hữu"),
 P("Quảng Văn Đại", "Po Adhia", "Chủ tịch Hội đồng chức sắc Bà la môn Chăm tỉnh"),
 P("Thông Văn Gìn", "Po Gru", "Phó Chủ tịch Hội đồng sư cả Hồi giáo Bàni tỉnh"),
 P("Lưu Thị Minh", "người có uy tín thôn Hữu Đức"),
 P("Châu Minh Trí", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2.870 hộ đồng bào Chăm", 2870, "hộ đồng bào Chăm"), Q("1.940 hộ", 1940, "hộ"), Q("930 hộ", 930, "hộ"),
 Q("18 người có uy tín", 18, "người có uy tín"), Q("trên 97 triệu đồng", 97000000, "đồng", "over"),
 Q("tối đa 2 triệu đồng/người/năm", 2000000, "đồng"), Q("100%", 100, "%"), Q("4 đầu báo, tạp chí", 4, "đầu báo, tạp chí"),
 Q("16 thôn", 16, "thôn"), Q("11 thôn Chăm", 11, "thôn Chăm"), Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"),
 Q("khoảng 40%", 40, "%", "approx")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", "2026-04-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 06/4/2026"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hữu"), com("Ninh Phước")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Phước Hữu.",
 "Hội đồng chức sắc Bà la môn Chăm tỉnh", "Sở Dân tộc và Tôn giáo tỉnh", "Lượt xem: 612", "Ramưwan", "Katê"],
["Ngày 22/5/2026 | 09:15", "Năm 2025", "5 tháng đầu năm 2026", "tháng 3/2026", "năm 2025", "30/6/2026", "Lượt xem: 612"]))

PAGES.append(page("b4276-baclieu-hoa-nguyentieu-2019", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Trang chủ » Tin tức » Dân tộc - Tôn giáo
T2, 18/02/2019 - 10:30
Thăm, chúc mừng Tết Nguyên tiêu các hội quán người Hoa
Ngày 16/2 (nhằm ngày 12 tháng Giêng năm Kỷ Hợi), đoàn công tác của Ban Dân vận Tỉnh ủy Bạc Liêu do đồng chí Thái Thanh Sơn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc mừng Ban liên lạc người Hoa tỉnh và các hội quán, chùa của đồng bào Hoa nhân dịp Tết Nguyên tiêu năm 2019.
Đồng chí Thái Thanh Sơn chúc mừng Ban quản trị chùa Ông Bổn.
Đoàn đã đến thăm chùa Ông Bổn, hội quán Triều Châu, miếu Thiên Hậu ở phường 3 và Quan Âm Phật Đài, phường Nhà Mát. Tiếp đoàn, ông Huỳnh Chấn Hưng, Trưởng Ban liên lạc người Hoa tỉnh, cho biết Bạc Liêu có khoảng 19.600 người Hoa, chiếm 2,2% dân số, chủ yếu là người Triều Châu; tỉnh có 21 cơ sở tín ngưỡng của người Hoa. Năm 2018, bà con người Hoa đã đóng góp gần 7,4 tỷ đồng cho các hoạt động an sinh xã hội, xây 18 căn nhà tình thương và 4 cây cầu nông thôn, trao 900 suất học bổng "Khuyến học người Hoa".
Ông Tăng Ngọc Lâm, Trưởng Ban quản trị chùa Ông Bổn, thông tin: lễ hội Nguyên tiêu năm nay dự kiến đón trên 30.000 lượt người; Ban quản trị đã phối hợp Công an phường bảo đảm an ninh trật tự, phòng chống cháy nổ. Bà Lý Mỹ Châu, Ủy viên Ban liên lạc người Hoa tỉnh, Phó Chủ tịch Hội Liên hiệp Phụ nữ phường 3, đề nghị duy trì lớp dạy tiếng Hoa miễn phí cho 120 em thiếu nhi.
Đồng chí Thái Thanh Sơn ghi nhận những đóng góp của đồng bào Hoa trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; đề nghị Ban liên lạc tiếp tục vận động bà con thực hiện tốt Chỉ thị 62-CT/TW của Ban Bí thư và Kết luận số 45-KL/TU ngày 12/10/2018 của Ban Thường vụ Tỉnh ủy; tổ chức lễ hội tiết kiệm, an toàn. Đồng chí cũng mong các hội quán tiếp tục phát huy truyền thống "lá lành đùm lá rách", quan tâm giúp đỡ các gia đình người Hoa có hoàn cảnh khó khăn, không phân biệt dân tộc, tôn giáo.
Cùng ngày, đoàn đến thăm xã Vĩnh Trạch, nơi có 340 hộ người Hoa. Ông Quách Văn Tài, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Vĩnh Trạch, cho biết tỷ lệ hộ nghèo người Hoa của xã còn 1,6%; năm 2019 xã phấn đấu xây dựng thêm 2 mô hình "Dân vận khéo" trong vùng đồng bào Hoa theo kế hoạch số 09-KH/BDVTU của Ban Dân vận Tỉnh ủy.
Cùng đi có các đồng chí Trần Quốc Việt, Phạm Thị Thúy - chuyên viên Phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Kim Thoa
Số lượt xem: 801
Tin khác
- Họp mặt sư sãi, Achar nhân dịp Tết Chôl Chnăm Thmây (10/04/2018)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2018 (27/12/2018)
- Thăm, chúc Tết các cơ sở tôn giáo dịp Xuân Kỷ Hợi (30/01/2019)
""", "2019-02-18", "Thăm, chúc mừng Tết Nguyên tiêu các hội quán người Hoa",
E("khac", None, "2019-02-16"),
[P("Thái Thanh Sơn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Chấn Hưng", "Trưởng Ban liên lạc người Hoa tỉnh"),
 P("Tăng Ngọc Lâm", "Trưởng Ban quản trị chùa Ông Bổn"),
 P("Lý Mỹ Châu", "Ủy viên Ban liên lạc người Hoa tỉnh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ phường 3"),
 P("Quách Văn Tài", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Vĩnh Trạch"),
 P("Trần Quốc Việt", "chuyên viên Phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thúy", "chuyên viên Phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("khoảng 19.600 người Hoa", 19600, "người Hoa", "approx"), Q("2,2%", 2.2, "%"), Q("21 cơ sở tín ngưỡng", 21, "cơ sở tín ngưỡng"),
 Q("gần 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("18 căn nhà tình thương", 18, "căn nhà tình thương"),
 Q("4 cây cầu nông thôn", 4, "cây cầu nông thôn"), Q("900 suất học bổng", 900, "suất học bổng"),
 Q("trên 30.000 lượt người", 30000, "lượt người", "over"), Q("120 em thiếu nhi", 120, "em thiếu nhi"),
 Q("340 hộ người Hoa", 340, "hộ người Hoa"), Q("1,6%", 1.6, "%"), Q("2 mô hình", 2, "mô hình")],
[D("Chỉ thị", "62", "CT/TW", None, "Ban Bí thư", "Chỉ thị 62-CT/TW"),
 D("Kết luận", "45", "KL/TU", "2018-10-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 45-KL/TU ngày 12/10/2018"),
 D("Kế hoạch", "09", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 09-KH/BDVTU")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Trạch")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ » Tin tức » Dân tộc - Tôn giáo", "Đồng chí Thái Thanh Sơn chúc mừng Ban quản trị chùa Ông Bổn.",
 "Khuyến học người Hoa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dân vận khéo", "Quan Âm Phật Đài", "Số lượt xem: 801"],
["T2, 18/02/2019 - 10:30", "12 tháng Giêng", "năm 2019", "Năm 2018", "năm nay", "Số lượt xem: 801"]))
