from lib import *
PAGES = []

PAGES.append(page("b3839-lamdong-traonha-ngayhoi-2025", """
BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ › Xã hội › Mặt trận
Thứ Ba, 18/11/2025, 11:05
Hôm nay: Thứ Năm, 20/11/2025
Trao 25 căn nhà Đại đoàn kết và 600 phần quà tại Ngày hội Đại đoàn kết xã Quảng Tín
Sáng 17/11, nhân kỷ niệm 95 năm Ngày thành lập MTTQ Việt Nam (18/11/1930 - 18/11/2025), tại bon Bu Prăng, xã Quảng Tín, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức trao 25 căn nhà Đại đoàn kết và 600 phần quà cho hộ nghèo, hộ cận nghèo, hộ đồng bào dân tộc thiểu số khó khăn, nhân Ngày hội Đại đoàn kết toàn dân tộc.
Đồng chí Điểu K'Rơng trao quà cho các hộ nghèo bon Bu Prăng.
Tham dự có đồng chí Điểu K'Rơng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Ka Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Trần Văn Hiệp, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Tín; ông Y Dũng Ê Ban, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Tín.
25 căn nhà Đại đoàn kết, mỗi căn 70 triệu đồng, tổng trị giá 1,75 tỷ đồng, được xây dựng từ Quỹ "Vì người nghèo" tỉnh (1 tỷ đồng) và nguồn tài trợ của Tập đoàn Công nghiệp Cao su Việt Nam (750 triệu đồng). Trong đó có 14 căn cho hộ đồng bào Mnông, 6 căn cho hộ đồng bào Mạ, 5 căn cho hộ di cư tự do đã ổn định. 600 phần quà, mỗi phần 600.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 360 triệu đồng.
Theo Ủy ban MTTQ Việt Nam tỉnh, sau sáp nhập ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, trong Tháng cao điểm "Vì người nghèo" năm 2025 (từ 17/10 đến 18/11), Mặt trận các cấp đã vận động được hơn 46,2 tỷ đồng; hỗ trợ xây mới 412 căn nhà Đại đoàn kết, sửa chữa 95 căn; trao 18.700 suất quà; có 124 xã, phường tổ chức Ngày hội Đại đoàn kết ở 3.160 khu dân cư. Riêng địa bàn tỉnh Đắk Nông cũ vận động 11,4 tỷ đồng.
Thực hiện Kế hoạch số 26-KH/MTTQ-BTT ngày 20/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị quyết số 02-NQ/TU của Tỉnh ủy về giảm nghèo đa chiều, bền vững giai đoạn 2025 - 2030, Mặt trận tỉnh phấn đấu năm 2026 hỗ trợ ít nhất 500 căn nhà cho hộ nghèo còn khó khăn về nhà ở, nhất là 1.180 hộ di cư tự do ở các xã biên giới.
Phát biểu tại buổi lễ, đồng chí Điểu K'Rơng mong các hộ được nhận nhà, nhận quà "vươn lên bằng chính sức mình"; đề nghị Ban Công tác Mặt trận các bon tiếp tục phát huy vai trò của già làng, người có uy tín. Già làng Điểu Đăm, người có uy tín bon Bu Prăng, thay mặt bà con cảm ơn Đảng, Nhà nước, Mặt trận.
Cùng dịp, Công ty TNHH MTV Cao su Phú Riềng trao 50 xe đạp, 100 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo của xã.
Ảnh: K'Linh
Lượt xem: 1.536
Tin liên quan
- Phường Bảo Lộc 1 tổ chức Ngày hội Đại đoàn kết (16/11/2025)
- Xã Đắk Wil bàn giao 10 căn nhà Đại đoàn kết (12/11/2025)
- Mặt trận tỉnh phát động Tháng cao điểm "Vì người nghèo" (17/10/2025)
""", "2025-11-18", "Trao 25 căn nhà Đại đoàn kết và 600 phần quà tại Ngày hội Đại đoàn kết xã Quảng Tín",
E("trao_qua", None, "2025-11-17"),
[P("Điểu K'Rơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Văn Hiệp", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Tín"),
 P("Y Dũng Ê Ban", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Quảng Tín"),
 P("Điểu Đăm", "Già làng", "người có uy tín bon Bu Prăng")],
[Q("25 căn nhà Đại đoàn kết", 25, "căn nhà Đại đoàn kết"), Q("600 phần quà", 600, "phần quà"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("1,75 tỷ đồng", 1750000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("750 triệu đồng", 750000000, "đồng"), Q("14 căn", 14, "căn"), Q("6 căn", 6, "căn"), Q("5 căn", 5, "căn"),
 Q("600.000 đồng", 600000, "đồng"), Q("360 triệu đồng", 360000000, "đồng"), Q("hơn 46,2 tỷ đồng", 46200000000, "đồng", "over"),
 Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"), Q("95 căn", 95, "căn"), Q("18.700 suất quà", 18700, "suất quà"),
 Q("124 xã, phường", 124, "xã, phường"), Q("3.160 khu dân cư", 3160, "khu dân cư"), Q("11,4 tỷ đồng", 11400000000, "đồng"),
 Q("ít nhất 500 căn nhà", 500, "căn nhà", "over"), Q("1.180 hộ di cư tự do", 1180, "hộ di cư tự do"),
 Q("50 xe đạp", 50, "xe đạp"), Q("100 suất học bổng", 100, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "26", "KH/MTTQ-BTT", "2025-09-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 26-KH/MTTQ-BTT ngày 20/9/2025"),
 D("Nghị quyết", "02", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 02-NQ/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín")],
["BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ › Xã hội › Mặt trận",
 "Đồng chí Điểu K'Rơng trao quà cho các hộ nghèo bon Bu Prăng.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "vươn lên bằng chính sức mình", "Tập đoàn Công nghiệp Cao su Việt Nam", "Công ty TNHH MTV Cao su Phú Riềng", "Lượt xem: 1.536"],
["Thứ Ba, 18/11/2025, 11:05", "Hôm nay: Thứ Năm, 20/11/2025", "95 năm", "18/11/1930 - 18/11/2025", "năm 2025", "từ 17/10 đến 18/11",
 "2025 - 2030", "năm 2026", "Lượt xem: 1.536"]))

PAGES.append(page("b3840-dongnai-phanbien-hotronhao-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Giám sát, phản biện xã hội > Tin hoạt động
Thứ Ba, 09/12/2025 - 14:00
Phản biện dự thảo chính sách hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo tỉnh Đồng Nai
Ngày 8/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn trên địa bàn tỉnh giai đoạn 2026 - 2030.
Toàn cảnh hội nghị phản biện. Ảnh: Hoàng Lộc
Chủ trì hội nghị có đồng chí Nguyễn Thị Hoàng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Điểu Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật. Dự có đại diện Sở Xây dựng (cơ quan soạn thảo), Sở Tài chính, Ngân hàng Chính sách xã hội tỉnh, các luật sư, chuyên gia và 64 đại biểu là Chủ tịch Ủy ban MTTQ các xã, phường.
Theo Sở Xây dựng, sau khi hợp nhất hai tỉnh Đồng Nai và Bình Phước, toàn tỉnh còn 3.284 hộ nghèo, 5.912 hộ cận nghèo theo chuẩn nghèo đa chiều; qua rà soát có 1.457 hộ có nhu cầu hỗ trợ nhà ở, trong đó 926 hộ cần xây mới, 531 hộ cần sửa chữa; 384 hộ là đồng bào S'tiêng, Chơ Ro, Khmer. Dự thảo đề xuất mức hỗ trợ xây mới 80 triệu đồng/căn, sửa chữa 40 triệu đồng/căn; diện tích sử dụng tối thiểu 30 m2; tổng kinh phí dự kiến khoảng 95,3 tỷ đồng, trong đó ngân sách tỉnh 74,08 tỷ đồng, Quỹ "Vì người nghèo" và nguồn xã hội hóa 21,22 tỷ đồng.
Các ý kiến phản biện cơ bản thống nhất với sự cần thiết ban hành Nghị quyết, phù hợp Luật Nhà ở năm 2023 và Nghị định số 100/2024/NĐ-CP của Chính phủ. Tuy nhiên, 12 ý kiến phản biện đề nghị làm rõ đối tượng "hộ có hoàn cảnh khó khăn", tránh trùng với Quyết định số 21/2024/QĐ-TTg; đề nghị nâng mức hỗ trợ cho hộ ở xã biên giới lên 100 triệu đồng/căn. Luật sư Trần Văn Khải, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị bổ sung quy định về thời hạn giải ngân. Ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã có 118 hộ đồng bào S'tiêng ở nhà xuống cấp, nhiều hộ không có đất ở ổn định.
Bà Lâm Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh, đề nghị Mặt trận được giao chủ trì giám sát cộng đồng, có kinh phí tối thiểu 2 triệu đồng/căn cho hoạt động giám sát.
Kết luận hội nghị, đồng chí Nguyễn Thị Hoàng cho biết Ban Thường trực sẽ tổng hợp đầy đủ 27 ý kiến tại hội nghị, ban hành văn bản phản biện gửi UBND tỉnh theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Minh Châu
Lượt xem: 688
Tin khác
- Ủy ban MTTQ tỉnh tổng kết Tháng cao điểm "Vì người nghèo" (28/11/2025)
- Phường Bình Phước trao 20 căn nhà Đại đoàn kết (21/11/2025)
- Xã Lộc Ninh ra mắt tổ giám sát cộng đồng (10/11/2025)
""", "2025-12-09", "Phản biện dự thảo chính sách hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo tỉnh Đồng Nai",
E("hoi_nghi", None, "2025-12-08"),
[P("Nguyễn Thị Hoàng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Trần Văn Khải", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lâm Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh")],
[Q("64 đại biểu", 64, "đại biểu"), Q("3.284 hộ nghèo", 3284, "hộ nghèo"), Q("5.912 hộ cận nghèo", 5912, "hộ cận nghèo"),
 Q("1.457 hộ", 1457, "hộ"), Q("926 hộ", 926, "hộ"), Q("531 hộ", 531, "hộ"), Q("384 hộ", 384, "hộ"),
 Q("80 triệu đồng/căn", 80000000, "đồng"), Q("40 triệu đồng/căn", 40000000, "đồng"), Q("tối thiểu 30 m2", 30, "m2"),
 Q("khoảng 95,3 tỷ đồng", 95300000000, "đồng", "approx"), Q("74,08 tỷ đồng", 74080000000, "đồng"), Q("21,22 tỷ đồng", 21220000000, "đồng"),
 Q("12 ý kiến phản biện", 12, "ý kiến phản biện"), Q("100 triệu đồng/căn", 100000000, "đồng"),
 Q("118 hộ đồng bào S'tiêng", 118, "hộ đồng bào S'tiêng"), Q("tối thiểu 2 triệu đồng/căn", 2000000, "đồng"), Q("27 ý kiến", 27, "ý kiến")],
[D("Nghị định", "100", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2024/NĐ-CP"),
 D("Quyết định", "21", "2024/QĐ-TTg", None, None, "Quyết định số 21/2024/QĐ-TTg"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Long Khánh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Giám sát, phản biện xã hội > Tin hoạt động",
 "Toàn cảnh hội nghị phản biện. Ảnh: Hoàng Lộc", "Vì người nghèo", "Luật Nhà ở năm 2023", "hộ có hoàn cảnh khó khăn",
 "Đoàn Luật sư tỉnh", "Lượt xem: 688"],
["Thứ Ba, 09/12/2025 - 14:00", "2026 - 2030", "Luật Nhà ở năm 2023", "Lượt xem: 688"]))

PAGES.append(page("b3841-camau-tongket-mattran-2025", """
Báo Cà Mau điện tử
Chính trị › Mặt trận - Đoàn thể
Cập nhật: 08:40, 15/01/2026 (GMT+7)
Ảnh: Quang cảnh hội nghị.
Năm 2025, Mặt trận tỉnh vận động hơn 126 tỷ đồng chăm lo người nghèo
(CM) - Ngày 14/1, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất tỉnh Bạc Liêu và tỉnh Cà Mau, thực hiện mô hình chính quyền địa phương hai cấp.
Dự hội nghị có đồng chí Nguyễn Hồ Lâm, Bí thư Tỉnh ủy; đồng chí Lữ Văn Phong, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025, Quỹ "Vì người nghèo" và các nguồn an sinh do Mặt trận các cấp vận động đạt hơn 126 tỷ đồng; trong đó Quỹ "Vì người nghèo" tỉnh 41,8 tỷ đồng, Quỹ của 64 xã, phường 37,5 tỷ đồng, nguồn xã hội hóa chuyển trực tiếp 46,9 tỷ đồng. Từ nguồn này, Mặt trận đã hỗ trợ xây mới 2.316 căn nhà Đại đoàn kết, sửa chữa 487 căn, góp phần cùng tỉnh hoàn thành xóa 6.742 căn nhà tạm, nhà dột nát trước ngày 31/8/2025; tặng 52.180 phần quà Tết; hỗ trợ 3.950 hộ nghèo sinh kế (con giống, ngư lưới cụ, xuồng máy); trao 2.640 suất học bổng. Cuối năm 2025, tỷ lệ hộ nghèo đa chiều còn 0,98%, có 4.215 hộ thoát nghèo, 3.038 hộ thoát cận nghèo.
Báo cáo nêu rõ, Mặt trận các cấp đã thực hiện Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội; Kết luận số 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; tổ chức 146 cuộc giám sát, trong đó 38 cuộc giám sát việc xóa nhà tạm; tiếp nhận 312 ý kiến, kiến nghị của cử tri và nhân dân.
Tham luận tại hội nghị, ông Danh Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, chia sẻ mô hình "Tổ tiết kiệm vì người nghèo" với 45 thành viên góp vốn xoay vòng; bà Trịnh Thị Hồng Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu, nêu kinh nghiệm vận động 9 chùa, 4 nhà thờ cùng tham gia nấu bếp ăn từ thiện.
Phát biểu chỉ đạo, đồng chí Nguyễn Hồ Lâm đề nghị năm 2026 Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động theo hướng sát dân, gần dân; phấn đấu không dưới 95% khu dân cư đạt chuẩn văn hóa; chăm lo ít nhất 1.000 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở do sạt lở bờ biển.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 53 tập thể, 81 cá nhân tiêu biểu. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Huỳnh Chí Nguyện, Thạch Thị Sa Ly, Phạm Thị Mai Loan trao bằng khen cho các tập thể.
Hữu Nghĩa
Lượt xem: 2.046
Tin liên quan
- Phường Tân Thành trao 30 căn nhà Đại đoàn kết (10/01/2026)
- Mặt trận tỉnh chăm lo Tết Bính Ngọ cho người nghèo (06/01/2026)
- Hội nghị hiệp thương chương trình phối hợp năm 2026 (30/12/2025)
""", "2026-01-15", "Năm 2025, Mặt trận tỉnh vận động hơn 126 tỷ đồng chăm lo người nghèo",
E("tong_ket", "2025", "2026-01-14"),
[P("Nguyễn Hồ Lâm", "Bí thư Tỉnh ủy"),
 P("Lữ Văn Phong", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây"),
 P("Trịnh Thị Hồng Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu"),
 P("Huỳnh Chí Nguyện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Mai Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"), Q("41,8 tỷ đồng", 41800000000, "đồng"), Q("64 xã, phường", 64, "xã, phường"),
 Q("37,5 tỷ đồng", 37500000000, "đồng"), Q("46,9 tỷ đồng", 46900000000, "đồng"),
 Q("2.316 căn nhà Đại đoàn kết", 2316, "căn nhà Đại đoàn kết"), Q("487 căn", 487, "căn"),
 Q("6.742 căn nhà tạm, nhà dột nát", 6742, "căn nhà tạm, nhà dột nát"), Q("52.180 phần quà", 52180, "phần quà"),
 Q("3.950 hộ nghèo", 3950, "hộ nghèo"), Q("2.640 suất học bổng", 2640, "suất học bổng"), Q("0,98%", 0.98, "%"),
 Q("4.215 hộ", 4215, "hộ"), Q("3.038 hộ", 3038, "hộ"), Q("146 cuộc giám sát", 146, "cuộc giám sát"), Q("38 cuộc giám sát", 38, "cuộc giám sát"),
 Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"), Q("45 thành viên", 45, "thành viên"), Q("9 chùa", 9, "chùa"), Q("4 nhà thờ", 4, "nhà thờ"),
 Q("không dưới 95% khu dân cư", 95, "%", "over"), Q("ít nhất 1.000 căn nhà", 1000, "căn nhà", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("53 tập thể", 53, "tập thể"), Q("81 cá nhân tiêu biểu", 81, "cá nhân tiêu biểu")],
[D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126, 127-KL/TW")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Khánh Bình Tây"), com("Bạc Liêu")],
["Báo Cà Mau điện tử", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị.", "(CM)", "Vì người nghèo",
 "Tổ tiết kiệm vì người nghèo", "sát dân, gần dân", "Lượt xem: 2.046"],
["Cập nhật: 08:40, 15/01/2026 (GMT+7)", "năm 2025", "năm 2026", "hai cấp", "ngày 31/8/2025", "Cuối năm 2025", "Lượt xem: 2.046"]))

PAGES.append(page("b3842-quangngai-giaoban-quy1-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận
10/04/2026 09:30
Giao ban công tác Mặt trận quý I: tập trung chăm lo sinh kế cho hộ vừa có nhà mới
Ngày 9/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi tổ chức giao ban công tác Mặt trận quý I/2026 trực tuyến với Ủy ban MTTQ Việt Nam 96 xã, phường, đặc khu. Đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Y Ngọc chủ trì giao ban tại điểm cầu tỉnh.
Báo cáo do đồng chí Đinh Thị Hồng Minh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, quý I, Mặt trận các cấp vận động chăm lo Tết Bính Ngọ cho người nghèo được 68,4 tỷ đồng, trao 97.300 phần quà, mỗi phần từ 500.000 đồng trở lên; Quỹ "Vì người nghèo" tỉnh tiếp nhận 9,26 tỷ đồng. Sau khi hoàn thành xóa 11.462 căn nhà tạm, nhà dột nát năm 2025 (trong đó địa bàn tỉnh Kon Tum cũ 5.318 căn), Mặt trận tỉnh đã hỗ trợ sinh kế cho 1.150 hộ vừa có nhà mới với tổng kinh phí 13,8 tỷ đồng, chủ yếu là bò giống, cây cà phê, sâm Ngọc Linh giống.
Thực hiện Kế hoạch số 08-KH/MTTQ-BTT ngày 20/1/2026 và Hướng dẫn số 03/HD-MTTQ-BTT, đến ngày 31/3 có 87/96 xã, phường, đặc khu đã rà soát xong hộ nghèo phát sinh; toàn tỉnh còn khoảng 640 hộ có nhà xuống cấp do bão số 13 năm 2025 cần sửa chữa.
Tại điểm cầu xã Sơn Hà, ông Đinh Văn Nhơn, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã đã vận động 3 doanh nghiệp nhận đỡ đầu 45 hộ nghèo người Hrê. Bà Y Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô, đề nghị tỉnh có cơ chế hỗ trợ 10 triệu đồng/hộ để hộ nghèo làm chuồng trại. Ông A Khiêm, Bí thư Chi bộ, Trưởng thôn Kon Kơ Lốk, xã Đăk Tô, kể việc thôn giúp 14 hộ trồng 6 ha cà phê xen mắc ca.
Kết luận giao ban, đồng chí Y Ngọc yêu cầu quý II tổ chức đợt cao điểm giám sát việc sử dụng Quỹ "Vì người nghèo" ở 100% xã, phường; triển khai Kết luận số 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững gắn với Chương trình mục tiêu quốc gia; chuẩn bị tốt hội nghị sơ kết 6 tháng đầu năm.
Cũng tại giao ban, các đại biểu thống nhất đề xuất Tỉnh ủy chỉ đạo tổng kết việc thực hiện Quy chế phối hợp số 02-QCPH/MTTQ-UBND giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh; phát động Tháng hành động "Vì người nghèo" dịp kỷ niệm Ngày thành lập Mặt trận; đẩy mạnh chuyển đổi số trong công khai thu, chi Quỹ, phấn đấu 100% khoản ủng hộ được công bố trên cổng thông tin điện tử của Mặt trận các cấp.
Thanh Hải - Văn phòng Ủy ban
Số lượt truy cập: 915
Tin khác
- Xã Ba Tơ trao 20 con bò giống cho hộ nghèo (05/04/2026)
- Đặc khu Lý Sơn ra mắt tổ tự quản vì người nghèo (28/03/2026)
- Phường Kon Tum tổ chức hội nghị đối thoại với hộ cận nghèo (20/03/2026)
""", "2026-04-10", "Giao ban công tác Mặt trận quý I: tập trung chăm lo sinh kế cho hộ vừa có nhà mới",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hồng Minh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Nhơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Tô"),
 P("A Khiêm", "Bí thư Chi bộ", "Trưởng thôn Kon Kơ Lốk")],
[Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"), Q("68,4 tỷ đồng", 68400000000, "đồng"), Q("97.300 phần quà", 97300, "phần quà"),
 Q("từ 500.000 đồng trở lên", 500000, "đồng", "over"), Q("9,26 tỷ đồng", 9260000000, "đồng"),
 Q("11.462 căn nhà tạm, nhà dột nát", 11462, "căn nhà tạm, nhà dột nát"), Q("5.318 căn", 5318, "căn"),
 Q("1.150 hộ", 1150, "hộ"), Q("13,8 tỷ đồng", 13800000000, "đồng"), Q("87/96 xã, phường, đặc khu", 87, "xã, phường, đặc khu"),
 Q("khoảng 640 hộ", 640, "hộ", "approx"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("45 hộ nghèo người Hrê", 45, "hộ nghèo người Hrê"),
 Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("14 hộ", 14, "hộ"), Q("6 ha", 6, "ha"), Q("100% xã, phường", 100, "%"), Q("100% khoản ủng hộ", 100, "%")],
[D("Kế hoạch", "08", "KH/MTTQ-BTT", "2026-01-20", None, "Kế hoạch số 08-KH/MTTQ-BTT ngày 20/1/2026"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, None, "Hướng dẫn số 03/HD-MTTQ-BTT"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU"),
 D("Quy chế phối hợp", "02", "QCPH/MTTQ-UBND", None, None, "Quy chế phối hợp số 02-QCPH/MTTQ-UBND")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Sơn Hà"), com("Đăk Tô")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận",
 "Đồng chí Y Ngọc chủ trì giao ban tại điểm cầu tỉnh.", "Vì người nghèo", "Chương trình mục tiêu quốc gia",
 "Thanh Hải - Văn phòng Ủy ban", "Số lượt truy cập: 915"],
["10/04/2026 09:30", "quý I/2026", "quý I", "Tết Bính Ngọ", "năm 2025", "ngày 31/3", "bão số 13", "quý II", "6 tháng đầu năm", "Số lượt truy cập: 915"]))

PAGES.append(page("b3843-phutho-doithoai-hongheo-2026", """
ĐẢNG BỘ XÃ ĐÀ BẮC - TỈNH PHÚ THỌ
Trang chủ :: Tin tức - Sự kiện :: Dân vận
Ngày đăng 20/05/2026 | 16:20
Xã Đà Bắc đối thoại với hộ nghèo, hộ cận nghèo năm 2026
Ngày 19/5/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Đà Bắc phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hộ nghèo, hộ cận nghèo năm 2026, theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 27-KH/ĐU của Ban Thường vụ Đảng ủy xã.
Ảnh: Đồng chí Bí thư Đảng ủy xã Xa Văn Thịnh trả lời ý kiến của người dân.
Chủ trì đối thoại có đồng chí Xa Văn Thịnh, Bí thư Đảng ủy xã; đồng chí Đinh Thị Lan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Bùi Văn Thuận, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Xa Thị Hòa, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có 112 đại biểu đại diện 428 hộ nghèo, 376 hộ cận nghèo của 24 xóm.
Báo cáo của UBND xã cho biết, xã Đà Bắc, tỉnh Phú Thọ (hợp nhất từ thị trấn Đà Bắc và các xã Tú Lý, Toàn Sơn, Hiền Lương) có 6.815 hộ, tỷ lệ hộ nghèo 6,28%, hộ cận nghèo 5,52%; 89% hộ nghèo là đồng bào Mường, Tày, Dao. Năm 2025, xã hoàn thành 214 căn nhà tạm, nhà dột nát với kinh phí 12,6 tỷ đồng; Quỹ "Vì người nghèo" xã tiếp nhận 486 triệu đồng. Ngân hàng Chính sách xã hội cho 912 hộ vay, dư nợ 47,3 tỷ đồng.
Tại hội nghị, 19 ý kiến được nêu, chủ yếu về vay vốn, chuyển đổi cây trồng, học nghề. Ông Triệu Văn Tiến, xóm Sơn Phú, hỏi về việc gia đình đã có nhà mới nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất; bà Bàn Thị Nhất, xóm Tầm, đề nghị hỗ trợ giống cây dong riềng. Ông Xa Văn Lộc, người có uy tín xóm Hiền Lương, kiến nghị xã mở thêm lớp dạy nghề đan lát cho phụ nữ.
Lãnh đạo xã đã trả lời trực tiếp 17 ý kiến, 2 ý kiến còn lại được giao các bộ phận chuyên môn trả lời bằng văn bản trong 15 ngày. Đồng chí Bùi Văn Thuận cho biết, xã sẽ ưu tiên 1,2 tỷ đồng vốn Chương trình mục tiêu quốc gia cho 60 hộ nghèo phát triển chăn nuôi, mỗi hộ tối đa 20 triệu đồng.
Kết luận, đồng chí Xa Văn Thịnh đề nghị Ủy ban MTTQ và các đoàn thể phân công mỗi hội viên nòng cốt giúp đỡ ít nhất 1 hộ nghèo; phấn đấu năm 2026 giảm ít nhất 1,5% hộ nghèo, không để hộ tái nghèo. Dịp này, Ủy ban MTTQ xã trao 50 suất quà, mỗi suất 500.000 đồng, cho hộ nghèo có người khuyết tật.
Theo đánh giá của Ủy ban MTTQ Việt Nam xã, sau đối thoại năm 2025, có 23/26 kiến nghị của hộ nghèo đã được giải quyết dứt điểm; nhiều hộ được vay vốn đúng thời vụ, được hỗ trợ giống lúa, giống ngô lai. Hội nghị đối thoại năm nay được tổ chức tại nhà văn hóa xóm Tầm để bà con các xóm vùng sâu đi lại thuận tiện; Ban Công tác Mặt trận các xóm đã tổ chức họp trước để tổng hợp ý kiến của người dân.
Văn phòng Đảng ủy xã
Lượt xem: 436
Tin khác
- Xã Đà Bắc ra mắt tổ tự quản bảo vệ rừng (12/05/2026)
- Hội nghị sơ kết công tác dân vận quý I/2026 (08/04/2026)
- Trao 12 căn nhà Đại đoàn kết tại xóm Tầm (25/03/2026)
""", "2026-05-20", "Xã Đà Bắc đối thoại với hộ nghèo, hộ cận nghèo năm 2026",
E("doi_thoai", "2026", "2026-05-19"),
[P("Xa Văn Thịnh", "Bí thư Đảng ủy xã"),
 P("Đinh Thị Lan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Bùi Văn Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Xa Thị Hòa", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Triệu Văn Tiến"), P("Bàn Thị Nhất"),
 P("Xa Văn Lộc", "người có uy tín xóm Hiền Lương")],
[Q("112 đại biểu", 112, "đại biểu"), Q("428 hộ nghèo", 428, "hộ nghèo"), Q("376 hộ cận nghèo", 376, "hộ cận nghèo"), Q("24 xóm", 24, "xóm"),
 Q("6.815 hộ", 6815, "hộ"), Q("6,28%", 6.28, "%"), Q("5,52%", 5.52, "%"), Q("89%", 89, "%"),
 Q("214 căn nhà tạm, nhà dột nát", 214, "căn nhà tạm, nhà dột nát"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("486 triệu đồng", 486000000, "đồng"), Q("912 hộ", 912, "hộ"), Q("47,3 tỷ đồng", 47300000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"), Q("17 ý kiến", 17, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("60 hộ nghèo", 60, "hộ nghèo"), Q("tối đa 20 triệu đồng", 20000000, "đồng"), Q("ít nhất 1,5%", 1.5, "%", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("23/26 kiến nghị", 23, "kiến nghị")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "27", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 27-KH/ĐU")],
[prov("Phú Thọ"), com("Đà Bắc"), com("Tú Lý"), com("Toàn Sơn"), com("Hiền Lương")],
["ĐẢNG BỘ XÃ ĐÀ BẮC - TỈNH PHÚ THỌ", "Trang chủ :: Tin tức - Sự kiện :: Dân vận",
 "Ảnh: Đồng chí Bí thư Đảng ủy xã Xa Văn Thịnh trả lời ý kiến của người dân.", "Vì người nghèo", "Chương trình mục tiêu quốc gia",
 "Văn phòng Đảng ủy xã", "Lượt xem: 436"],
["Ngày đăng 20/05/2026 | 16:20", "năm 2026", "Năm 2025", "15 ngày", "ít nhất 1 hộ nghèo", "năm 2025", "Lượt xem: 436"]))

PAGES.append(page("b3844-hungyen-soket-6thang-2026", """
Báo và Phát thanh, Truyền hình Hưng Yên
Thời sự | Chính trị | Mặt trận
Thứ Ba, 14/07/2026 - 17:10
Ảnh: Các đại biểu dự hội nghị sơ kết.
Mặt trận tỉnh: Hỗ trợ 2.180 hộ nghèo, hộ cận nghèo sửa chữa nhà, phát triển sinh kế
Chiều 13/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Quốc Văn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Thu Hà, Đặng Văn Tuyên, Bùi Thị Mến.
6 tháng đầu năm 2026, Quỹ "Vì người nghèo" ba cấp (tỉnh, xã và khu dân cư) của tỉnh Hưng Yên (hợp nhất từ hai tỉnh Hưng Yên và Thái Bình) tiếp nhận 38,7 tỷ đồng; trong đó cấp tỉnh 15,2 tỷ đồng, 104 xã, phường 23,5 tỷ đồng. Mặt trận đã hỗ trợ 2.180 hộ nghèo, hộ cận nghèo, gồm: sửa chữa 412 căn nhà xuống cấp (mỗi căn 30 triệu đồng), xây mới 86 căn nhà Đại đoàn kết cho hộ có nhà bị hư hỏng sau bão (mỗi căn 70 triệu đồng), hỗ trợ sinh kế 1.682 hộ. Tỷ lệ hộ nghèo toàn tỉnh còn 0,84%, với 3.216 hộ nghèo; có 1.945 hộ thoát nghèo.
Thực hiện Kết luận số 159-KL/TW ngày 25/5/2025 của Bộ Chính trị và Kế hoạch số 44-KH/TU của Ban Thường vụ Tỉnh ủy, Mặt trận tỉnh đã tổ chức 28 cuộc giám sát việc thực hiện chính sách giảm nghèo tại 28 xã, phường; tiếp nhận 147 ý kiến, kiến nghị của cử tri. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 2.314 khu dân cư đăng ký "Khu dân cư kiểu mẫu", 1.082 khu dân cư đạt chuẩn.
Tham luận, bà Phạm Thị Huế, Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy, cho biết xã vận động 126 con em xa quê ủng hộ 1,8 tỷ đồng làm nhà cho 18 hộ nghèo; ông Vũ Đình Khang, Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến, chia sẻ mô hình "Ngân hàng bò" giúp 35 hộ nghèo thoát nghèo. Linh mục Giuse Trần Văn Hòa, Chánh xứ Giáo xứ Bác Trạch, cho biết giáo xứ đã trao 240 suất quà cho hộ nghèo lương, giáo.
Phát biểu kết luận, đồng chí Trần Quốc Văn yêu cầu 6 tháng cuối năm vận động Quỹ đạt trên 60 tỷ đồng cả năm; hoàn thành sửa chữa ít nhất 300 căn nhà còn lại; chuẩn bị tốt Tháng cao điểm "Vì người nghèo" và Ngày hội Đại đoàn kết toàn dân tộc năm 2026.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 15 tập thể, 22 cá nhân tiêu biểu trong vận động Quỹ "Vì người nghèo".
Ngọc Lan
Lượt xem: 1.174
Tin liên quan
- Xã Tiên Lữ trao 10 căn nhà cho hộ nghèo (08/07/2026)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ hộ cận nghèo (30/06/2026)
- Phường Thái Bình ra mắt tổ "Vì người nghèo" (22/06/2026)
""", "2026-07-14", "Mặt trận tỉnh: Hỗ trợ 2.180 hộ nghèo, hộ cận nghèo sửa chữa nhà, phát triển sinh kế",
E("so_ket", "2026-H1", "2026-07-13"),
[P("Trần Quốc Văn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Tuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Huế", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy"),
 P("Vũ Đình Khang", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến"),
 P("Giuse Trần Văn Hòa", "Linh mục", "Chánh xứ Giáo xứ Bác Trạch")],
[Q("2.180 hộ nghèo, hộ cận nghèo", 2180, "hộ nghèo, hộ cận nghèo"), Q("38,7 tỷ đồng", 38700000000, "đồng"),
 Q("15,2 tỷ đồng", 15200000000, "đồng"), Q("104 xã, phường", 104, "xã, phường"), Q("23,5 tỷ đồng", 23500000000, "đồng"),
 Q("412 căn nhà", 412, "căn nhà"), Q("30 triệu đồng", 30000000, "đồng"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("1.682 hộ", 1682, "hộ"), Q("0,84%", 0.84, "%"), Q("3.216 hộ nghèo", 3216, "hộ nghèo"),
 Q("1.945 hộ", 1945, "hộ"), Q("28 cuộc giám sát", 28, "cuộc giám sát"), Q("28 xã, phường", 28, "xã, phường"),
 Q("147 ý kiến, kiến nghị", 147, "ý kiến, kiến nghị"), Q("2.314 khu dân cư", 2314, "khu dân cư"), Q("1.082 khu dân cư", 1082, "khu dân cư"),
 Q("126 con em", 126, "con em"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("18 hộ nghèo", 18, "hộ nghèo"), Q("35 hộ nghèo", 35, "hộ nghèo"),
 Q("240 suất quà", 240, "suất quà"), Q("trên 60 tỷ đồng", 60000000000, "đồng", "over"), Q("ít nhất 300 căn nhà", 300, "căn nhà", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân tiêu biểu", 22, "cá nhân tiêu biểu")],
[D("Kết luận", "159", "KL/TW", "2025-05-25", "Bộ Chính trị", "Kết luận số 159-KL/TW ngày 25/5/2025"),
 D("Kế hoạch", "44", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 44-KH/TU")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy"), com("Phố Hiến")],
["Báo và Phát thanh, Truyền hình Hưng Yên", "Thời sự | Chính trị | Mặt trận", "Ảnh: Các đại biểu dự hội nghị sơ kết.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu dân cư kiểu mẫu", "Ngân hàng bò", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Giáo xứ Bác Trạch", "Lượt xem: 1.174"],
["Thứ Ba, 14/07/2026 - 17:10", "6 tháng đầu năm 2026", "6 tháng cuối năm", "năm 2026", "Lượt xem: 1.174"]))
