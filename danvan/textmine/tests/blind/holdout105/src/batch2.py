from lib import *
PAGES = []

PAGES.append(page("b2483-dongthap-phonghoa-tongket-2024", """
Hôm nay: Thứ Bảy, 28/12/2024
TRANG THÔNG TIN ĐIỆN TỬ XÃ PHONG HÒA - HUYỆN LAI VUNG - ĐỒNG THÁP
Trang chủ › Tin tức › Mặt trận - Đoàn thể
27-12-2024 10:15
Phong Hòa: Mặt trận vận động hơn 1,2 tỷ đồng chăm lo hộ khó khăn
Sáng 26/12, Ủy ban MTTQ Việt Nam xã Phong Hòa tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Đồng chí Huỳnh Văn Tâm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì. Dự có đồng chí Nguyễn Thanh Phong, Bí thư Đảng ủy xã và đồng chí Đặng Thị Kim Loan, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện Lai Vung.
Đồng chí Huỳnh Văn Tâm phát biểu khai mạc hội nghị.
Năm 2024, Mặt trận và các tổ chức thành viên đã vận động hơn 1,2 tỷ đồng để chăm lo cho hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn; xây mới 14 căn nhà Đại đoàn kết, sửa chữa 6 căn; trao 1.120 phần quà Tết cho hộ khó khăn. Toàn xã có 2.850 hộ đạt danh hiệu gia đình văn hóa, đạt 98,6%; 5 ấp được công nhận khu dân cư kiểu mẫu.
Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết số 18-NQ/ĐU ngày 20/3/2024 của Đảng ủy xã về đẩy mạnh học tập và làm theo Bác, Mặt trận xã phối hợp xây dựng 7 mô hình "Dân vận khéo" trong phát triển kinh tế vườn quýt hồng. Theo Kế hoạch số 102-KH/MTTQ-BTT ngày 02/02/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Mặt trận đã chủ trì 3 cuộc giám sát và tổ chức 2 hội nghị phản biện đối với dự thảo nghị quyết của Đảng ủy, UBND xã.
Quỹ "Vì người nghèo" xã năm 2024 tiếp nhận hơn 320 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Lê Thị Bích Tuyền, Võ Hoàng Nam báo cáo tham luận về công tác vận động hiến đất làm đường giao thông nông thôn, trong đó nhân dân ấp Hòa Khánh hiến 4.600 m2 đất để mở rộng đường đal.
Ông Trương Văn Út, Trưởng Ban công tác Mặt trận ấp Hòa Khánh, chia sẻ kinh nghiệm "đi từng ngõ, gõ từng nhà" để vận động bà con. Đồng chí Đặng Thị Kim Loan đánh giá cao kết quả của Mặt trận xã, đề nghị năm 2025 tiếp tục đổi mới nội dung, phương thức hoạt động, chuẩn bị tốt việc sắp xếp tổ chức bộ máy theo chủ trương của Trung ương.
Phát biểu kết luận, Bí thư Đảng ủy xã Nguyễn Thanh Phong đề nghị Mặt trận xã phát huy vai trò nòng cốt tập hợp khối đại đoàn kết, phấn đấu không còn hộ nghèo thuộc diện chính sách vào cuối năm 2025.
Dịp này, Ủy ban MTTQ Việt Nam huyện Lai Vung tặng giấy khen cho 17 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2024; Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tặng bằng khen cho 2 cá nhân.
Thanh Nhã - Đài Truyền thanh xã
Số lượt xem: 986
Tin liên quan
- Phong Hòa bàn giao 2 căn nhà Đại đoàn kết cho hộ nghèo ấp Hòa Bình (18/12/2024)
- Hội nghị tiếp xúc cử tri sau kỳ họp HĐND xã (10/12/2024)
- Ngày hội Đại đoàn kết toàn dân tộc ấp Hòa Khánh (15/11/2024)
""", "2024-12-27", "Phong Hòa: Mặt trận vận động hơn 1,2 tỷ đồng chăm lo hộ khó khăn",
E("tong_ket", "2024", "2024-12-26"),
[P("Huỳnh Văn Tâm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thanh Phong", "Bí thư Đảng ủy xã"),
 P("Đặng Thị Kim Loan", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện Lai Vung"),
 P("Lê Thị Bích Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Võ Hoàng Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trương Văn Út", "Trưởng Ban công tác Mặt trận ấp Hòa Khánh")],
[Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("6 căn", 6, "căn"),
 Q("1.120 phần quà", 1120, "phần quà"), Q("2.850 hộ", 2850, "hộ"), Q("98,6%", 98.6, "%"), Q("5 ấp", 5, "ấp"),
 Q("7 mô hình", 7, "mô hình"), Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 hội nghị phản biện", 2, "hội nghị phản biện"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"), Q("4.600 m2", 4600, "m2"), Q("17 tập thể", 17, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("2 cá nhân", 2, "cá nhân")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "18", "NQ/ĐU", "2024-03-20", "Đảng ủy xã", "Nghị quyết số 18-NQ/ĐU ngày 20/3/2024"),
 D("Kế hoạch", "102", "KH/MTTQ-BTT", "2024-02-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 102-KH/MTTQ-BTT ngày 02/02/2024")],
[prov("Đồng Tháp"), com("Phong Hòa")],
["Hôm nay: Thứ Bảy, 28/12/2024", "TRANG THÔNG TIN ĐIỆN TỬ XÃ PHONG HÒA - HUYỆN LAI VUNG - ĐỒNG THÁP", "Trang chủ › Tin tức › Mặt trận - Đoàn thể",
 "Đồng chí Huỳnh Văn Tâm phát biểu khai mạc hội nghị.", "Dân vận khéo", "Vì người nghèo", "đi từng ngõ, gõ từng nhà", "Số lượt xem: 986"],
["Hôm nay: Thứ Bảy, 28/12/2024", "27-12-2024 10:15", "năm 2024", "năm 2025", "Số lượt xem: 986"]))

PAGES.append(page("b2484-tuyenquang-kimbinh-traoqua-2025", """
Xã Kim Bình - Huyện Chiêm Hóa - Tỉnh Tuyên Quang
TRANG CHỦ / TIN TỨC / HOẠT ĐỘNG CỦA XÃ
Thứ Hai, 20/01/2025 - 16:45
Kim Bình: Ấm áp "Tết vì người nghèo" Xuân Ất Tỵ
Ngày 18/1, Ủy ban MTTQ Việt Nam xã Kim Bình phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Chiêm Hóa tổ chức chương trình "Tết vì người nghèo" năm 2025, trao 210 suất quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách của 13 thôn trong xã.
Các đại biểu trao quà Tết cho người dân thôn Bản Khương.
Tham dự chương trình có đồng chí Ma Văn Thắng, Bí thư Đảng ủy xã; đồng chí Chẩu Thị Hoan, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Hoàng Văn Nguyên, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng các đồng chí trong Ban Thường trực Ủy ban MTTQ xã.
Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá 105 triệu đồng. Ngoài ra, Hội Chữ thập đỏ xã trao thêm 40 suất quà, mỗi suất 300.000 đồng, cho người khuyết tật và trẻ em mồ côi; Đồn Công an xã tặng 15 chiếc xe đạp cho học sinh nghèo vượt khó.
Theo đồng chí Hoàng Văn Nguyên, thực hiện Hướng dẫn số 07/HD-MTTQ-BTT ngày 26/12/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, Mặt trận xã đã rà soát, bình xét công khai tại các thôn. Dịp Tết Ất Tỵ, toàn xã dự kiến trao gần 600 suất quà từ nhiều nguồn, tổng trị giá khoảng 280 triệu đồng. Năm 2024, xã giảm được 57 hộ nghèo, tỷ lệ hộ nghèo còn 9,4%; 100% hộ nghèo được cấp thẻ bảo hiểm y tế.
Nhân dịp này, đồng chí Ma Văn Thắng cùng đoàn công tác đã đến thăm, chúc Tết gia đình bà Lý Thị Páo, người Dao ở thôn Khuôn Hẻ, có chồng là liệt sĩ; gia đình ông Nông Văn Slam ở thôn Bản Khương, có bố là thương binh, bản thân bị tai nạn lao động mất sức lao động. Ông Nông Văn Slam xúc động bày tỏ: "Năm nào Đảng ủy, chính quyền xã cũng đến thăm, gia đình tôi rất phấn khởi".
Đồng chí Chẩu Thị Hoan đề nghị các thôn tổ chức đón Tết vui tươi, lành mạnh; duy trì phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; vận động thanh niên không tham gia đánh bạc, sử dụng pháo nổ.
Đại diện Ban Dân vận Huyện ủy Chiêm Hóa, bà Quan Thị Lụa, Phó Trưởng Ban Dân vận Huyện ủy, đánh giá Kim Bình là xã có cách làm sáng tạo trong vận động nguồn lực xã hội hóa; năm 2024 xã là đơn vị dẫn đầu khối thi đua các xã vùng cao của huyện.
Được biết, trong tháng 1/2025, Mặt trận xã còn phối hợp với các chi hội phụ nữ, cựu chiến binh tổ chức gói bánh chưng, thăm hỏi người cao tuổi cô đơn; vận động con em xa quê đóng góp xây dựng quê hương.
Ma Thị Huyền
Tin khác
- Kim Bình tổng kết công tác Mặt trận năm 2024 (25/12/2024)
- Đoàn thanh niên xã ra quân "Xuân tình nguyện" (12/01/2025)
- Họp mặt kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (20/12/2024)
""", "2025-01-20", "Kim Bình: Ấm áp \"Tết vì người nghèo\" Xuân Ất Tỵ",
E("trao_qua", None, "2025-01-18"),
[P("Ma Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Chẩu Thị Hoan", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hoàng Văn Nguyên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Thị Páo"),
 P("Nông Văn Slam"),
 P("Quan Thị Lụa", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("210 suất quà", 210, "suất quà"), Q("13 thôn", 13, "thôn"), Q("500.000 đồng", 500000, "đồng"), Q("105 triệu đồng", 105000000, "đồng"),
 Q("40 suất quà", 40, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("15 chiếc xe đạp", 15, "chiếc xe đạp"),
 Q("gần 600 suất quà", 600, "suất quà", "approx"), Q("khoảng 280 triệu đồng", 280000000, "đồng", "approx"),
 Q("57 hộ nghèo", 57, "hộ nghèo"), Q("9,4%", 9.4, "%"), Q("100%", 100, "%")],
[D("Hướng dẫn", "07", "HD-MTTQ-BTT", "2024-12-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Hướng dẫn số 07/HD-MTTQ-BTT ngày 26/12/2024")],
[prov("Tuyên Quang"), com("Kim Bình")],
["Xã Kim Bình - Huyện Chiêm Hóa - Tỉnh Tuyên Quang", "TRANG CHỦ / TIN TỨC / HOẠT ĐỘNG CỦA XÃ", "Tết vì người nghèo",
 "Các đại biểu trao quà Tết cho người dân thôn Bản Khương.", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Chiêm Hóa"],
["Thứ Hai, 20/01/2025 - 16:45", "năm 2025", "Năm 2024", "năm 2024"]))

PAGES.append(page("b2485-namdinh-haixuan-hoinghi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI XUÂN
Huyện Hải Hậu - Tỉnh Nam Định
Trang chủ >> Tin tức >> Chính quyền
14/04/2025 - 10:05
Hải Xuân: 98,7% cử tri đồng ý sáp nhập 3 xã
Ngày 12/4, UBND xã Hải Xuân phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị lấy ý kiến cử tri đại diện hộ gia đình về chủ trương sắp xếp đơn vị hành chính cấp xã và tên gọi của xã mới. Đồng chí Trần Văn Hiếu, HUV, Bí thư Đảng ủy xã và đồng chí Vũ Thị Thanh Nga, Phó Bí thư Đảng ủy, Chủ tịch UBND xã dự, chỉ đạo.
Cử tri xóm 5 bỏ phiếu lấy ý kiến tại nhà văn hóa xóm.
Theo phương án thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và Kế hoạch số 35/KH-UBND ngày 09/4/2025 của UBND huyện Hải Hậu, 3 xã Hải Xuân, Hải Cường, Hải Triều sẽ được sắp xếp thành xã mới có diện tích 27,6 km2, dân số 31.480 người, lấy tên là xã Hải Xuân. Sau sắp xếp sẽ không tổ chức cấp huyện, xã mới trực thuộc tỉnh.
Ông Đoàn Văn Thịnh, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận đã chỉ đạo Ban công tác Mặt trận 21 xóm phối hợp phát phiếu tới 4.215 hộ gia đình. Kết quả có 4.160 phiếu đồng ý, đạt 98,7%; 42 phiếu không đồng ý và 13 phiếu không hợp lệ. Những ý kiến chưa đồng ý chủ yếu lo ngại người dân phải đi xa khi làm thủ tục hành chính.
Tại điểm bỏ phiếu giáo xứ Quần Phương, Linh mục Giuse Trần Đình Lâm, Chánh xứ giáo xứ Quần Phương, đã vận động bà con giáo dân tham gia đầy đủ, thể hiện trách nhiệm công dân. Bà Phạm Thị Duyên, Trưởng xóm 5, cho biết xóm đã tổ chức họp dân 2 lần để giải thích trước khi phát phiếu. Cử tri Nguyễn Văn Khoát (xóm 9) đề nghị giữ nguyên trụ sở xã hiện nay làm điểm tiếp nhận hồ sơ.
Đồng chí Trần Văn Hiếu khẳng định, mọi ý kiến của cử tri đều được tổng hợp đầy đủ, trung thực, báo cáo cấp trên; đề nghị cán bộ, đảng viên gương mẫu, giữ vững đoàn kết, không để tư tưởng cục bộ, địa phương chi phối trong quá trình sắp xếp. Kết quả lấy ý kiến sẽ được HĐND xã xem xét, thông qua tại kỳ họp chuyên đề ngày 18/4/2025.
Cùng ngày, các xã Hải Cường, Hải Triều cũng tổ chức lấy ý kiến cử tri; kết quả chung của huyện sẽ được tổng hợp trình Ủy ban Thường vụ Quốc hội theo Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính năm 2025.
Trước đó, Ủy ban MTTQ xã đã tổ chức 6 buổi đối thoại nhỏ tại các xóm giáp ranh để nghe bà con nêu băn khoăn về tên gọi, trụ sở và việc chuyển đổi giấy tờ sau sáp nhập.
Đài truyền thanh xã Hải Xuân
Lượt xem: 2.318
Xem thêm
- Hội nghị Ban Chấp hành Đảng bộ xã bàn phương án sắp xếp bộ máy (08/04/2025)
- Hải Xuân ra quân làm sạch bãi biển Thịnh Long (02/04/2025)
- Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2025)
""", "2025-04-14", "Hải Xuân: 98,7% cử tri đồng ý sáp nhập 3 xã",
E("hoi_nghi", None, "2025-04-12"),
[P("Trần Văn Hiếu", "HUV", "Bí thư Đảng ủy xã"),
 P("Vũ Thị Thanh Nga", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đoàn Văn Thịnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giuse Trần Đình Lâm", "Linh mục", "Chánh xứ giáo xứ Quần Phương"),
 P("Phạm Thị Duyên", "Trưởng xóm 5"),
 P("Nguyễn Văn Khoát")],
[Q("98,7%", 98.7, "%"), Q("3 xã", 3, "xã"), Q("27,6 km2", 27.6, "km2"), Q("31.480 người", 31480, "người"), Q("21 xóm", 21, "xóm"),
 Q("4.215 hộ gia đình", 4215, "hộ gia đình"), Q("4.160 phiếu đồng ý", 4160, "phiếu đồng ý"), Q("42 phiếu không đồng ý", 42, "phiếu không đồng ý"),
 Q("13 phiếu không hợp lệ", 13, "phiếu không hợp lệ"), Q("6 buổi đối thoại nhỏ", 6, "buổi đối thoại nhỏ")],
[D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Kế hoạch", "35", "KH-UBND", "2025-04-09", "UBND huyện Hải Hậu", "Kế hoạch số 35/KH-UBND ngày 09/4/2025"),
 D("Nghị quyết", "76", "2025/UBTVQH15", "2025-04-14", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025")],
[prov("Nam Định"), com("Hải Xuân"), com("Hải Cường"), com("Hải Triều")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI XUÂN", "Huyện Hải Hậu - Tỉnh Nam Định", "Trang chủ >> Tin tức >> Chính quyền",
 "Cử tri xóm 5 bỏ phiếu lấy ý kiến tại nhà văn hóa xóm.", "Lượt xem: 2.318"],
["14/04/2025 - 10:05", "2 lần", "18/4/2025", "năm 2025", "Lượt xem: 2.318"]))

PAGES.append(page("b2486-binhphuoc-dako-taphuan-2025", """
Trang thông tin điện tử xã Đắk Ơ
Huyện Bù Gia Mập - Tỉnh Bình Phước
Trang chủ - Tin tức - Mặt trận và đoàn thể
Ngày 16/05/2025 | 08:30
Ảnh: Đồng chí Điểu Lên phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác Mặt trận cho 68 cán bộ cơ sở
Trong 2 ngày 15 và 16/5, Ủy ban MTTQ Việt Nam xã Đắk Ơ tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho 68 cán bộ là trưởng, phó Ban công tác Mặt trận, chi hội trưởng các đoàn thể của 12 thôn, bon trong xã. Đồng chí Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã khai mạc lớp học.
Đắk Ơ là xã biên giới có hơn 2.100 hộ, trong đó đồng bào dân tộc thiểu số chiếm trên 40%, chủ yếu là người S'tiêng, Mnông. Thời gian qua, đội ngũ cán bộ Mặt trận ở thôn, bon thường xuyên thay đổi, nhiều người mới đảm nhận nhiệm vụ nên còn lúng túng trong tổ chức sinh hoạt, giám sát cộng đồng.
Tại lớp tập huấn, các học viên được nghe giới thiệu 3 chuyên đề: Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật; kỹ năng tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; nghiệp vụ hòa giải ở cơ sở và phòng, chống tội phạm. Báo cáo viên là các đồng chí Điểu Thị Ngọc Hân, Thị Bích - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã và Thượng úy Lâm Văn Bình, Phó Trưởng Công an xã.
Nội dung tập huấn bám sát Hướng dẫn số 15/HD-MTTQ-BTT ngày 02/4/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quy chế phối hợp số 02/QCPH-MTTQ-CA giữa Ủy ban MTTQ xã và Công an xã về vận động quần chúng bảo vệ an ninh, trật tự.
Học viên Điểu K'Rô, Trưởng Ban công tác Mặt trận bon Bù Lư, chia sẻ: "Lần đầu được hướng dẫn cách ghi biên bản giám sát, tôi thấy dễ hiểu vì cán bộ nói cả tiếng S'tiêng". Năm 2024, Ban công tác Mặt trận bon Bù Lư đã vận động 35 hộ không phát rừng làm rẫy, hòa giải thành 4 vụ tranh chấp giữa các hộ giáp ranh.
Bế mạc lớp học, ông Trần Quang Vinh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã, đề nghị học viên vận dụng kiến thức vào thực tiễn; phối hợp chuẩn bị việc sắp xếp đơn vị hành chính cấp xã, kịp thời nắm bắt tâm tư, nguyện vọng của bà con để phản ánh với Đảng ủy, chính quyền.
Kết thúc tập huấn, 100% học viên hoàn thành bài thu hoạch; mỗi học viên được hỗ trợ 150.000 đồng/ngày và 1 bộ tài liệu nghiệp vụ. Tổng kinh phí lớp học gần 25 triệu đồng từ nguồn ngân sách xã.
Thị Hồng Nhung
Tin cùng chuyên mục
- Đắk Ơ trao 20 suất học bổng cho học sinh người S'tiêng (05/05/2025)
- Ra mắt Tổ an ninh trật tự cơ sở bon Bu Dốt (20/04/2025)
- Mặt trận xã giám sát việc hỗ trợ nhà ở cho hộ nghèo (10/04/2025)
""", "2025-05-16", "Tập huấn nghiệp vụ công tác Mặt trận cho 68 cán bộ cơ sở",
E("tap_huan", "2025", "2025-05-15"),
[P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Văn Bình", "Thượng úy", "Phó Trưởng Công an xã"),
 P("Điểu K'Rô", "Trưởng Ban công tác Mặt trận bon Bù Lư"),
 P("Trần Quang Vinh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã")],
[Q("68 cán bộ", 68, "cán bộ"), Q("12 thôn, bon", 12, "thôn, bon"), Q("hơn 2.100 hộ", 2100, "hộ", "over"), Q("trên 40%", 40, "%", "over"),
 Q("3 chuyên đề", 3, "chuyên đề"), Q("35 hộ", 35, "hộ"), Q("4 vụ tranh chấp", 4, "vụ tranh chấp"), Q("100%", 100, "%"),
 Q("150.000 đồng", 150000, "đồng"), Q("gần 25 triệu đồng", 25000000, "đồng", "approx")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", "2025-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 15/HD-MTTQ-BTT ngày 02/4/2025"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-CA", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-CA")],
[prov("Bình Phước"), com("Đắk Ơ")],
["Trang thông tin điện tử xã Đắk Ơ", "Huyện Bù Gia Mập - Tỉnh Bình Phước", "Trang chủ - Tin tức - Mặt trận và đoàn thể",
 "Ảnh: Đồng chí Điểu Lên phát biểu khai mạc lớp tập huấn.", "Luật Thực hiện dân chủ ở cơ sở", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Ngày 16/05/2025 | 08:30", "2 ngày", "năm 2025", "Năm 2024", "1 bộ tài liệu"]))

PAGES.append(page("b2487-laocai-baoha-congbo-2025", """
ĐẢNG ỦY - HĐND - UBND - UBMTTQ XÃ BẢO HÀ
Tỉnh Lào Cai
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin trong xã
Thứ Ba, 01/07/2025 - 14:30
Toàn cảnh lễ công bố tại Trung tâm văn hóa xã.
Xã Bảo Hà chính thức vận hành chính quyền địa phương hai cấp
Sáng 30/6, tại Trung tâm văn hóa xã, xã Bảo Hà tổ chức hội nghị công bố các nghị quyết, quyết định của Trung ương, của tỉnh về sắp xếp đơn vị hành chính, thành lập Đảng bộ xã, HĐND, UBND, Ủy ban MTTQ Việt Nam xã. Đồng chí Đặng Thị Mai Hoa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự, trao quyết định.
Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái. Thực hiện Nghị quyết số 1673/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, xã Bảo Hà mới được thành lập từ 3 xã Bảo Hà, Kim Sơn, Cam Cọn, có diện tích 168,5 km2, dân số hơn 24.000 người với 9 dân tộc cùng sinh sống ở 42 thôn.
Tại hội nghị, đại diện lãnh đạo tỉnh công bố Quyết định số 1245-QĐ/TU ngày 28/6/2025 của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Bảo Hà và các Quyết định số 1310-QĐ/TU, 1311-QĐ/TU về chỉ định Ban Chấp hành, Ban Thường vụ Đảng bộ xã. Ban Chấp hành Đảng bộ xã gồm 39 đồng chí, Ban Thường vụ gồm 11 đồng chí. Đồng chí Lương Văn Tuấn được chỉ định giữ chức Bí thư Đảng ủy xã Bảo Hà. Đồng chí Bàn Thị Liên được chỉ định làm Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Hà Đức Mạnh, Phó Bí thư Đảng ủy được giao giữ chức Chủ tịch UBND xã.
Hội nghị cũng công bố quyết định chuẩn y đồng chí Giàng Seo Phủ, Ủy viên Ban Thường vụ Đảng ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Triệu Thị Sinh, Hoàng Văn Quyết, Lò Thị Xuân. Bộ máy của xã được bố trí 57 cán bộ, công chức, trong đó có 14 người từ cấp huyện tăng cường về.
Phát biểu nhận nhiệm vụ, Bí thư Đảng ủy xã Lương Văn Tuấn cam kết giữ vững đoàn kết, sớm ổn định tổ chức, bảo đảm Trung tâm Phục vụ hành chính công xã hoạt động ngay từ ngày 1/7, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp.
Đồng chí Đặng Thị Mai Hoa đề nghị tập thể lãnh đạo xã quán triệt tinh thần "gần dân, sát dân, phục vụ nhân dân tốt hơn"; chú trọng công tác dân vận trong quá trình vận hành chính quyền hai cấp, nhất là ở 17 thôn vùng cao có đông đồng bào Dao, Mông.
Ngay sau hội nghị, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 26 hồ sơ của người dân trong buổi chiều đầu tiên vận hành thử.
Ban biên tập
Tin liên quan
- Bảo Hà: 100% cán bộ sẵn sàng nhận nhiệm vụ ở xã mới (28/06/2025)
- Chia tay cán bộ huyện Bảo Yên về công tác tại xã (27/06/2025)
- Lễ chào cờ đầu tiên của xã Bảo Hà mới (01/07/2025)
""", "2025-07-01", "Xã Bảo Hà chính thức vận hành chính quyền địa phương hai cấp",
E("hoi_nghi", None, "2025-06-30"),
[P("Đặng Thị Mai Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Văn Tuấn", "Bí thư Đảng ủy xã Bảo Hà", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Liên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hà Đức Mạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Giàng Seo Phủ", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Triệu Thị Sinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lò Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("3 xã", 3, "xã"), Q("168,5 km2", 168.5, "km2"), Q("hơn 24.000 người", 24000, "người", "over"), Q("9 dân tộc", 9, "dân tộc"),
 Q("42 thôn", 42, "thôn"), Q("39 đồng chí", 39, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("57 cán bộ, công chức", 57, "cán bộ, công chức"),
 Q("14 người", 14, "người"), Q("17 thôn vùng cao", 17, "thôn vùng cao"), Q("26 hồ sơ", 26, "hồ sơ")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "1673", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1673/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "1245", "QĐ/TU", "2025-06-28", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1245-QĐ/TU ngày 28/6/2025"),
 D("Quyết định", "1310", "QĐ/TU", None, None, "Quyết định số 1310-QĐ/TU, 1311-QĐ/TU"),
 D("Quyết định", "1311", "QĐ/TU", None, None, "Quyết định số 1310-QĐ/TU, 1311-QĐ/TU")],
[prov("Lào Cai"), prov("Yên Bái"), com("Bảo Hà"), com("Kim Sơn"), com("Cam Cọn")],
["ĐẢNG ỦY - HĐND - UBND - UBMTTQ XÃ BẢO HÀ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin trong xã",
 "Toàn cảnh lễ công bố tại Trung tâm văn hóa xã.", "gần dân, sát dân, phục vụ nhân dân tốt hơn", "Trung tâm Phục vụ hành chính công xã"],
["Thứ Ba, 01/07/2025 - 14:30", "39 đồng chí", "11 đồng chí", "ngày 1/7", "hai cấp"]))

PAGES.append(page("b2488-cantho-vithuy-daihoi-2025", """
Cổng thông tin điện tử xã Vị Thủy - thành phố Cần Thơ
Trang chủ | Tin tức | Xây dựng Đảng
15.08.2025 | 08:50
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu Đảng bộ xã Vị Thủy lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Trong 2 ngày 13 và 14/8, Đảng bộ xã Vị Thủy tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Về dự có đồng chí Lê Minh Khoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy Cần Thơ; 150 đại biểu đại diện cho 1.023 đảng viên của 43 chi bộ trực thuộc.
Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Xã Vị Thủy được thành lập từ thị trấn Nàng Mau và 2 xã Vị Thắng, Vị Trung của tỉnh Hậu Giang cũ, nay thuộc thành phố Cần Thơ.
Báo cáo chính trị cho biết, nhiệm kỳ qua tốc độ tăng trưởng kinh tế bình quân của địa bàn đạt 8,5%/năm; thu nhập bình quân đầu người đạt 78 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,2%. Nhân dân đóng góp hơn 16 tỷ đồng và hiến 52.000 m2 đất xây dựng giao thông nông thôn. Khối dân vận vận động xây dựng 236 căn nhà Đại đoàn kết; 100% ấp có mô hình "Dân vận khéo".
Đại hội thống nhất 24 chỉ tiêu chủ yếu và 3 khâu đột phá cho nhiệm kỳ 2025 - 2030, trong đó phấn đấu thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng. Nhiều tham luận đề cập vai trò của Mặt trận và các đoàn thể trong chuyển đổi số, phát triển vườn khóm, mía và mô hình nuôi cá thát lát.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 35 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Huỳnh Thị Ngọc Diễm được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Nguyễn Văn Lực, Danh Sóc Khanh được bầu làm Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 17 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I.
Phát biểu chỉ đạo, đồng chí Lê Minh Khoa đề nghị Đảng bộ xã sớm cụ thể hóa nghị quyết đại hội thành chương trình hành động; quan tâm công tác dân vận, củng cố khối đại đoàn kết trong đồng bào Khmer ở các ấp Vị Thành, Vị Bình.
Tân Bí thư Đảng ủy xã Huỳnh Thị Ngọc Diễm cảm ơn sự tín nhiệm của đại hội, hứa cùng tập thể Ban Chấp hành nỗ lực hoàn thành thắng lợi nghị quyết; xây dựng Vị Thủy trở thành xã nông thôn mới nâng cao trước năm 2028.
Thảo Vy
Các tin đã đưa
- Vị Thủy ra mắt Trung tâm Phục vụ hành chính công xã (01/07/2025)
- Xã Vị Thủy tổ chức Ngày hội Đại đoàn kết ở ấp 7 (15/07/2025)
- Hội nghị Ban Thường vụ Đảng ủy xã tháng 7/2025 (30/07/2025)
""", "2025-08-15", "Đại hội đại biểu Đảng bộ xã Vị Thủy lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-08-13"),
[P("Lê Minh Khoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy Cần Thơ"),
 P("Huỳnh Thị Ngọc Diễm", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Lực", "Phó Bí thư Đảng ủy xã"),
 P("Danh Sóc Khanh", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.023 đảng viên", 1023, "đảng viên"), Q("43 chi bộ trực thuộc", 43, "chi bộ trực thuộc"),
 Q("2 xã", 2, "xã"), Q("8,5%", 8.5, "%"), Q("78 triệu đồng", 78000000, "đồng"), Q("1,2%", 1.2, "%"), Q("hơn 16 tỷ đồng", 16000000000, "đồng", "over"),
 Q("52.000 m2", 52000, "m2"), Q("236 căn nhà Đại đoàn kết", 236, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"),
 Q("24 chỉ tiêu chủ yếu", 24, "chỉ tiêu chủ yếu"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("35 đồng chí", 35, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("17 đại biểu chính thức", 17, "đại biểu chính thức")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025")],
[prov("Cần Thơ"), prov("Hậu Giang"), com("Vị Thủy"), com("Nàng Mau"), com("Vị Thắng"), com("Vị Trung")],
["Cổng thông tin điện tử xã Vị Thủy - thành phố Cần Thơ", "Trang chủ | Tin tức | Xây dựng Đảng", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Dân vận khéo"],
["15.08.2025 | 08:50", "lần thứ I", "2025 - 2030", "2 ngày", "35 đồng chí", "11 đồng chí", "3 khâu đột phá", "năm 2030", "lần thứ XIV", "phiên họp thứ nhất", "năm 2028"]))
