from lib import *
PAGES = []

PAGES.append(page("b4919-vinhlong-btgdv-giaoban-quy4-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Hoạt động » Dân vận chính quyền
Thứ Sáu, 26/12/2025 - 10:20
Toàn cảnh hội nghị giao ban.
Giao ban công tác dân vận quý IV: giữ vững ổn định vùng dự án sau hợp nhất
Sáng 24/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác dân vận quý IV năm 2025 với Ủy ban MTTQ Việt Nam tỉnh và Đảng ủy 124 xã, phường. Đồng chí Thạch Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Bé Tư, Huỳnh Thị Ngọc Lan, Sơn Sa Rươl.
Theo báo cáo, trong quý IV, khối dân vận tập trung vận động người dân thực hiện các dự án cầu Đại Ngãi, cao tốc Mỹ Thuận - Cần Thơ mở rộng và tuyến đê biển ở các xã ven biển khu vực Bến Tre và Trà Vinh cũ. Đã vận động 1.284 hộ bàn giao 96,7 ha mặt bằng; chi trả bồi thường, hỗ trợ trên 870 tỷ đồng. Các xã, phường tiếp 1.912 lượt công dân, tiếp nhận 534 đơn thư, kiến nghị; giải quyết 471 đơn, đạt 88,2%.
Tại xã Long Hòa và xã Đông Hải, 63 hộ đồng bào Khmer đã tự tháo dỡ công trình để thi công đê biển nhờ sự vận động của các vị sư sãi. Hòa thượng Thạch Sên, Trụ trì chùa Kompông Chrây, đã cùng Ban quản trị chùa đến từng hộ giải thích. Đồng chí Trần Văn Mười, Bí thư Đảng ủy xã Long Hòa, cho biết xã đã tổ chức 8 cuộc đối thoại, mỗi cuộc có từ 50 người trở lên.
Đồng chí Lê Thị Thu Sương, Chủ tịch Ủy ban MTTQ Việt Nam phường Phước Hậu, phản ánh còn 27 hộ ở tuyến tránh Quốc lộ 1 chưa đồng ý giá bồi thường vì bảng giá đất giữa các tỉnh cũ chưa thống nhất. Đồng chí Ngô Thanh Sang, Trưởng Ban Xây dựng Đảng Đảng ủy xã Phú Túc, kiến nghị bố trí kinh phí khoảng 1,5 tỷ đồng hỗ trợ chuyển đổi nghề cho hộ mất đất.
Phát biểu kết luận, đồng chí Thạch Thị Kim Hoa đề nghị quý I năm 2026 các cấp tiếp tục thực hiện Quyết định số 304-QĐ/TW ngày 15/5/2025 của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh, Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng; triển khai Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về bảng giá đất áp dụng thống nhất toàn tỉnh. Đồng chí yêu cầu các xã chủ động đối thoại ngay khi phát sinh, không để đơn thư vượt cấp dịp Tết Nguyên đán Bính Ngọ 2026.
Hội nghị cũng thống nhất ban hành Kế hoạch số 27-KH/BTGDVTU về kiểm tra công tác dân vận chính quyền ở 20 xã, phường trong quý I/2026.
Ngọc Hân
Lượt truy cập: 58.230
Tin liên quan
- Vĩnh Long: đối thoại với hộ dân dự án đê biển (15/12/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III (25/09/2025)
- Hội nghị người có uy tín trong đồng bào Khmer (10/09/2025)
""", "2025-12-26", "Giao ban công tác dân vận quý IV: giữ vững ổn định vùng dự án sau hợp nhất",
E("giao_ban", "2025-Q4", "2025-12-24"),
[P("Thạch Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Bé Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Ngọc Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Sa Rươl", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sên", "Hòa thượng", "Trụ trì chùa Kompông Chrây"),
 P("Trần Văn Mười", "Bí thư Đảng ủy xã Long Hòa"),
 P("Lê Thị Thu Sương", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phước Hậu"),
 P("Ngô Thanh Sang", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Phú Túc")],
[Q("124 xã, phường", 124, "xã, phường"), Q("1.284 hộ", 1284, "hộ"), Q("96,7 ha", 96.7, "ha"), Q("trên 870 tỷ đồng", 870000000000, "đồng", "over"),
 Q("1.912 lượt công dân", 1912, "lượt công dân"), Q("534 đơn thư, kiến nghị", 534, "đơn thư, kiến nghị"), Q("471 đơn", 471, "đơn"),
 Q("88,2%", 88.2, "%"), Q("63 hộ đồng bào Khmer", 63, "hộ đồng bào Khmer"), Q("8 cuộc đối thoại", 8, "cuộc đối thoại"),
 Q("từ 50 người trở lên", 50, "người", "over"), Q("27 hộ", 27, "hộ"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("20 xã, phường", 20, "xã, phường")],
[D("Quyết định", "304", "QĐ/TW", "2025-05-15", "Ban Bí thư", "Quyết định số 304-QĐ/TW ngày 15/5/2025"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025"),
 D("Kế hoạch", "27", "KH/BTGDVTU", None, None, "Kế hoạch số 27-KH/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hòa"), com("Đông Hải"), com("Phước Hậu"), com("Phú Túc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Hoạt động » Dân vận chính quyền", "Toàn cảnh hội nghị giao ban.",
 "Lượt truy cập: 58.230", "chùa Kompông Chrây", "Quốc lộ 1"],
["Thứ Sáu, 26/12/2025 - 10:20", "quý IV năm 2025", "quý I năm 2026", "quý I/2026", "Tết Nguyên đán Bính Ngọ 2026", "Quốc lộ 1", "Lượt truy cập: 58.230"]))

PAGES.append(page("b4920-lamdong-btgdv-tongket-2025", """
Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng
Hôm nay: Thứ Hai, 12/01/2026
Chính trị › Tuyên giáo - Dân vận
Thứ Sáu, 09/01/2026 - 17:05
Ảnh: Đồng chí K'Hà Thị Dung phát biểu tại hội nghị.
Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Chiều 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí K'Hà Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025 là năm đầu tiên vận hành bộ máy sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Báo cáo cho biết, khối dân vận các cấp đã vận động 3.875 hộ bàn giao mặt bằng cho các dự án cao tốc Tân Phú - Bảo Lộc, Bảo Lộc - Liên Khương, Gia Nghĩa - Chơn Thành và hồ chứa nước Ka Pét; tổng kinh phí bồi thường khoảng 4.120 tỷ đồng. Các cấp đã tiếp 9.648 lượt công dân, tiếp nhận 2.317 đơn thư; giải quyết 2.094 đơn, đạt 90,4%. Hòa giải thành 412/468 vụ tranh chấp đất đai trong nhân dân.
Thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị về hướng dẫn sắp xếp tổ chức bộ máy và Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy, Ban đã tham mưu tổ chức 124 hội nghị đối thoại giữa người đứng đầu cấp ủy xã, phường với nhân dân. Mặt trận các cấp phối hợp giám sát 57 phương án bồi thường; phát hiện 14 trường hợp kiểm đếm sai.
Tại hội nghị, đồng chí Điểu Đăm, Bí thư Đảng ủy xã Quảng Trực, chia sẻ cách vận động 86 hộ đồng bào M'nông di dời khỏi vùng tranh chấp đất với công ty lâm nghiệp. Đồng chí Ha Thị Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đạ Huoai, đề nghị có cơ chế hỗ trợ già làng, người có uy tín tham gia hòa giải, mỗi người 500.000 đồng/tháng. Đồng chí Nguyễn Thị Hồng Vân, Phó Chủ tịch UBND phường Phan Thiết, cho biết phường đã giải quyết dứt điểm 9 vụ khiếu kiện đông người kéo dài về thu hồi đất ven biển.
Phát biểu chỉ đạo, đồng chí Y Thanh Hà Niê Kđăm đề nghị năm 2026 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương, Luật Đất đai năm 2024 và Nghị quyết số 254/2025/QH15 của Quốc hội về cơ chế tháo gỡ vướng mắc trong thi hành Luật Đất đai; phấn đấu giải quyết trên 92% đơn thư thuộc thẩm quyền, không để hình thành "điểm nóng".
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 32 cá nhân xuất sắc; các đồng chí Phó Trưởng Ban: Trần Quang Vinh, Ka Thị Bích, Lê Văn Sáu trao khen thưởng cho 7 mô hình "Dân vận khéo" tiêu biểu.
Minh Đức
Tin liên quan
- Lâm Đồng: giao ban dân vận quý IV/2025 (26/12/2025)
- Phường Phan Thiết đối thoại về thu hồi đất ven biển (18/12/2025)
- Xã Quảng Trực ra mắt tổ hòa giải liên thôn (05/12/2025)
""", "2026-01-09", "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("K'Hà Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thanh Hà Niê Kđăm", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Đăm", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Ha Thị Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đạ Huoai"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch UBND phường Phan Thiết"),
 P("Trần Quang Vinh", "Phó Trưởng Ban"), P("Ka Thị Bích", "Phó Trưởng Ban"), P("Lê Văn Sáu", "Phó Trưởng Ban")],
[Q("3.875 hộ", 3875, "hộ"), Q("khoảng 4.120 tỷ đồng", 4120000000000, "đồng", "approx"), Q("9.648 lượt công dân", 9648, "lượt công dân"),
 Q("2.317 đơn thư", 2317, "đơn thư"), Q("2.094 đơn", 2094, "đơn"), Q("90,4%", 90.4, "%"),
 Q("412/468 vụ tranh chấp đất đai", 412, "vụ tranh chấp đất đai"), Q("124 hội nghị đối thoại", 124, "hội nghị đối thoại"),
 Q("57 phương án bồi thường", 57, "phương án bồi thường"), Q("14 trường hợp", 14, "trường hợp"),
 Q("86 hộ đồng bào M'nông", 86, "hộ đồng bào M'nông"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("9 vụ khiếu kiện đông người", 9, "vụ khiếu kiện đông người"), Q("trên 92%", 92, "%", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân xuất sắc", 32, "cá nhân xuất sắc"), Q("7 mô hình", 7, "mô hình")],
[D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "254", "2025/QH15", None, "Quốc hội", "Nghị quyết số 254/2025/QH15")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đạ Huoai"), com("Phan Thiết")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng", "Hôm nay: Thứ Hai, 12/01/2026", "Chính trị › Tuyên giáo - Dân vận",
 "Ảnh: Đồng chí K'Hà Thị Dung phát biểu tại hội nghị.", "Luật Đất đai năm 2024", "điểm nóng", "Dân vận khéo"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 17:05", "năm 2025", "năm 2026", "năm đầu tiên"]))

PAGES.append(page("b4921-haiphong-phuong-doithoai-datdai-2026", """
Cổng thông tin điện tử phường Nam Đồng - thành phố Hải Phòng
Tin tức - Sự kiện > Hoạt động của Đảng ủy, HĐND, UBND
Thứ Sáu, 13/03/2026
Bí thư Đảng ủy phường đối thoại với nhân dân về thu hồi đất dự án khu đô thị phía Đông
Ngày 11/3/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Nam Đồng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, tập trung vào việc thu hồi đất, bồi thường dự án khu đô thị phía Đông và tuyến đường trục nối với khu vực Hải Dương cũ.
Đồng chí Phạm Thị Thu Hương, Bí thư Đảng ủy phường chủ trì đối thoại. Ảnh: Khánh Linh
Chủ trì hội nghị có đồng chí Phạm Thị Thu Hương, Thành ủy viên, Bí thư Đảng ủy phường Nam Đồng; đồng chí Vũ Đức Thắng, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Nguyễn Thị Lan Anh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Tham dự có 215 đại biểu là đại diện các hộ dân của 8 khu dân cư có đất bị thu hồi.
Theo báo cáo của UBND phường, dự án thu hồi 48,6 ha đất của 627 hộ, trong đó 512 hộ đã nhận tiền bồi thường, hỗ trợ với tổng số tiền khoảng 736 tỷ đồng; còn 115 hộ chưa nhận tiền. Từ tháng 7/2025 đến nay, phường tiếp 342 lượt công dân, tiếp nhận 96 đơn kiến nghị, khiếu nại về đất đai; đã giải quyết 81 đơn.
Tại hội nghị có 19 ý kiến phát biểu. Ông Đoàn Văn Thịnh, khu dân cư số 3, đề nghị tính lại giá đất vườn liền kề theo bảng giá mới; bà Bùi Thị Hiền, khu dân cư Tân Hưng, phản ánh 14 hộ chưa được bố trí đất tái định cư; ông Lưu Đình Khôi, cựu chiến binh, đề nghị công khai danh sách 36 trường hợp được hỗ trợ chuyển đổi nghề.
Trả lời các ý kiến, đồng chí Vũ Đức Thắng cho biết, phường đang áp dụng Quyết định số 08/2026/QĐ-UBND ngày 20/1/2026 của UBND thành phố Hải Phòng về bảng giá đất giai đoạn 2026 - 2030 và Nghị định số 88/2024/NĐ-CP của Chính phủ; các hộ đủ điều kiện sẽ được giao đất tái định cư tại khu 6,2 ha với 240 lô đất trước ngày 30/6/2026. Mức hỗ trợ chuyển đổi nghề bằng 3 lần giá đất nông nghiệp, tối đa 250 m2 đất dịch vụ cho mỗi hộ.
Kết luận hội nghị, đồng chí Phạm Thị Thu Hương đề nghị các chi bộ, Ban công tác Mặt trận khu dân cư thực hiện nghiêm Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát của Mặt trận, Kết luận 10, 11-KL/ĐU của Ban Thường vụ Đảng ủy phường; mỗi đảng viên phụ trách từ 3 hộ trở lên; hoàn thành giải phóng mặt bằng trong quý II/2026.
Sau hội nghị, 21 hộ đã đăng ký nhận tiền bồi thường.
Khánh Linh
Tin khác
- Phường Nam Đồng tổng kết công tác dân vận năm 2025 (05/01/2026)
- Hải Phòng: hơn 1.000 hộ bàn giao mặt bằng đường ven sông (20/02/2026)
- Ủy ban MTTQ phường giám sát việc kiểm đếm đất đai (10/02/2026)
""", "2026-03-13", "Bí thư Đảng ủy phường đối thoại với nhân dân về thu hồi đất dự án khu đô thị phía Đông",
E("doi_thoai", "2026", "2026-03-11"),
[P("Phạm Thị Thu Hương", "Thành ủy viên", "Bí thư Đảng ủy phường Nam Đồng", "Bí thư Đảng ủy phường"),
 P("Vũ Đức Thắng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Lan Anh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đoàn Văn Thịnh"), P("Bùi Thị Hiền"), P("Lưu Đình Khôi", "cựu chiến binh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("8 khu dân cư", 8, "khu dân cư"), Q("48,6 ha", 48.6, "ha"), Q("627 hộ", 627, "hộ"),
 Q("512 hộ", 512, "hộ"), Q("khoảng 736 tỷ đồng", 736000000000, "đồng", "approx"), Q("115 hộ", 115, "hộ"),
 Q("342 lượt công dân", 342, "lượt công dân"), Q("96 đơn kiến nghị, khiếu nại", 96, "đơn kiến nghị, khiếu nại"), Q("81 đơn", 81, "đơn"),
 Q("19 ý kiến", 19, "ý kiến"), Q("14 hộ", 14, "hộ"), Q("36 trường hợp", 36, "trường hợp"), Q("6,2 ha", 6.2, "ha"),
 Q("240 lô đất", 240, "lô đất"), Q("tối đa 250 m2", 250, "m2"), Q("từ 3 hộ trở lên", 3, "hộ", "over"), Q("21 hộ", 21, "hộ")],
[D("Quyết định", "08", "2026/QĐ-UBND", "2026-01-20", "UBND thành phố Hải Phòng", "Quyết định số 08/2026/QĐ-UBND ngày 20/1/2026"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kết luận", "10", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 10, 11-KL/ĐU"),
 D("Kết luận", "11", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 10, 11-KL/ĐU")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Nam Đồng")],
["Cổng thông tin điện tử phường Nam Đồng - thành phố Hải Phòng", "Tin tức - Sự kiện > Hoạt động của Đảng ủy, HĐND, UBND",
 "Đồng chí Phạm Thị Thu Hương, Bí thư Đảng ủy phường chủ trì đối thoại. Ảnh: Khánh Linh"],
["Thứ Sáu, 13/03/2026", "năm 2026", "tháng 7/2025", "khu dân cư số 3", "3 lần", "giai đoạn 2026 - 2030", "quý II/2026"]))

PAGES.append(page("b4922-quangtri-baocao-tiepcongdan-quy1-2026", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ › Thời sự › Chính quyền
17/04/2026 - 10:05
Quý I/2026: Tiếp công dân, giải quyết khiếu nại về đất đai có chuyển biến
Theo Báo cáo số 45/BC-BTCD ngày 14/4/2026 của Ban Tiếp công dân tỉnh Quảng Trị, trong quý I năm 2026, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp 3.186 lượt công dân với 2.417 vụ việc, trong đó có 18 đoàn đông người; khoảng 72% vụ việc liên quan đến đất đai, bồi thường, hỗ trợ, tái định cư.
Trụ sở Tiếp công dân tỉnh tại phường Đồng Hới. Ảnh: Hoài Nam
Báo cáo cho biết, sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, tỉnh duy trì 2 điểm tiếp công dân tại phường Đồng Hới và phường Đông Hà. Lãnh đạo UBND tỉnh tiếp định kỳ 6 buổi, đột xuất 2 buổi; Chủ tịch UBND các xã, phường tiếp 1.024 buổi. Các cơ quan tiếp nhận 1.376 đơn, trong đó 812 đơn đủ điều kiện xử lý; đã giải quyết 164/197 vụ việc khiếu nại thuộc thẩm quyền, đạt 83,2%.
Nổi bật, tại các dự án đường cao tốc Bắc - Nam phía Đông đoạn Vạn Ninh - Cam Lộ và khu kinh tế Hòn La, 1.462 hộ đã bàn giao mặt bằng, nhận tiền bồi thường hơn 1.180 tỷ đồng. Đồng chí Trần Quốc Tuấn, Phó Chủ tịch UBND tỉnh, đã chủ trì 4 cuộc đối thoại với 320 hộ dân xã Quảng Đông và xã Hướng Phùng; kết quả 27 hộ rút đơn.
Ông Hồ Văn Pết, người có uy tín bản A Xing, xã Hướng Phùng, đã vận động 43 hộ đồng bào Vân Kiều, Pa Kô bàn giao đất nương rẫy cho dự án điện gió. Bà Lê Thị Thanh Tâm, Phó Trưởng Ban Tiếp công dân tỉnh, đánh giá việc mời người có uy tín tham gia tiếp dân đã giúp giảm 38% số đơn vượt cấp so với cùng kỳ.
Báo cáo cũng chỉ ra hạn chế: còn 12 vụ việc tồn đọng, kéo dài từ trước khi hợp nhất; một số xã mới thành lập chưa bố trí công chức tiếp dân chuyên trách; việc áp dụng 2 bảng giá đất khác nhau giữa hai tỉnh cũ phát sinh 57 đơn so sánh, khiếu nại.
Quý II/2026, Ban Tiếp công dân tỉnh đề xuất UBND tỉnh ban hành Kế hoạch 62/KH-UBND về rà soát vụ việc tồn đọng; thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị, Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy Quảng Trị về tiếp công dân của người đứng đầu và Luật Tiếp công dân; phấn đấu giải quyết trên 85% vụ việc thuộc thẩm quyền.
Đồng chí Nguyễn Văn Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy, đề nghị các xã bố trí ít nhất 1 công chức chuyên trách và dành khoảng 15 triệu đồng mỗi năm cho công tác tiếp dân.
Hoài Nam
Lượt xem: 1.562
Tin liên quan
- Hướng Phùng đối thoại với đồng bào về dự án điện gió (02/04/2026)
- Quảng Trị: giao ban khối dân vận quý I (30/03/2026)
- Ủy ban MTTQ tỉnh giám sát bồi thường cao tốc (20/03/2026)
""", "2026-04-17", "Quý I/2026: Tiếp công dân, giải quyết khiếu nại về đất đai có chuyển biến",
E("bao_cao", "2026-Q1", "2026-04-14"),
[P("Trần Quốc Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Văn Pết", "người có uy tín bản A Xing"),
 P("Lê Thị Thanh Tâm", "Phó Trưởng Ban Tiếp công dân tỉnh"),
 P("Nguyễn Văn Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy")],
[Q("3.186 lượt công dân", 3186, "lượt công dân"), Q("2.417 vụ việc", 2417, "vụ việc"), Q("18 đoàn đông người", 18, "đoàn đông người"),
 Q("khoảng 72%", 72, "%", "approx"), Q("2 điểm tiếp công dân", 2, "điểm tiếp công dân"), Q("6 buổi", 6, "buổi"), Q("2 buổi", 2, "buổi"),
 Q("1.024 buổi", 1024, "buổi"), Q("1.376 đơn", 1376, "đơn"), Q("812 đơn", 812, "đơn"),
 Q("164/197 vụ việc khiếu nại", 164, "vụ việc khiếu nại"), Q("83,2%", 83.2, "%"), Q("1.462 hộ", 1462, "hộ"),
 Q("hơn 1.180 tỷ đồng", 1180000000000, "đồng", "over"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("320 hộ dân", 320, "hộ dân"),
 Q("27 hộ", 27, "hộ"), Q("43 hộ đồng bào Vân Kiều, Pa Kô", 43, "hộ đồng bào Vân Kiều, Pa Kô"), Q("38%", 38, "%"),
 Q("12 vụ việc tồn đọng", 12, "vụ việc tồn đọng"), Q("2 bảng giá đất", 2, "bảng giá đất"), Q("57 đơn", 57, "đơn"),
 Q("trên 85%", 85, "%", "over"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx")],
[D("Báo cáo", "45", "BC-BTCD", "2026-04-14", "Ban Tiếp công dân tỉnh Quảng Trị", "Báo cáo số 45/BC-BTCD ngày 14/4/2026"),
 D("Kế hoạch", "62", "KH-UBND", None, None, "Kế hoạch 62/KH-UBND"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy Quảng Trị", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy Quảng Trị", "Kết luận 01, 02-KL/TU")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Đồng Hới"), com("Đông Hà"), com("Quảng Đông"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ › Thời sự › Chính quyền", "Trụ sở Tiếp công dân tỉnh tại phường Đồng Hới. Ảnh: Hoài Nam",
 "Luật Tiếp công dân", "Lượt xem: 1.562", "Hòn La"],
["17/04/2026 - 10:05", "quý I năm 2026", "Quý I/2026", "Quý II/2026", "ít nhất 1 công chức", "Lượt xem: 1.562"]))

PAGES.append(page("b4923-khanhhoa-mttq-giamsat-tiepdan-xa-2026", """
Báo và Phát thanh, Truyền hình Khánh Hòa
Chính trị / Mặt trận - Đoàn thể
Ngày đăng 08/05/2026 | 16:20
Giám sát việc tiếp công dân và giải quyết tranh chấp đất đai tại các xã vùng đồng bào Chăm, Raglai
Từ ngày 5 đến 7/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do đồng chí Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tranh chấp đất đai năm 2026 tại xã Phước Hậu, xã Phước Hà và xã Ninh Phước (khu vực Ninh Thuận cũ).
Đoàn giám sát làm việc với UBND xã Phước Hà. Ảnh: Thiên Lý
Tham gia đoàn có các đồng chí: Chamaléa Thị Thủy, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo; Pinăng Văn Lực, Phó Chủ tịch Hội Nông dân tỉnh; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Thanh tra tỉnh.
Theo báo cáo của 3 xã, từ ngày 1/7/2025 đến ngày 30/4/2026, UBND các xã đã tiếp 648 lượt công dân, tiếp nhận 213 đơn thư, trong đó 164 đơn liên quan tranh chấp đất sản xuất, đất thuộc dự án hồ chứa nước Sông Cái và tuyến đường cao tốc. Các xã đã giải quyết 139 đơn, đạt 84,8%; tổ hòa giải thôn hòa giải thành 47 vụ tranh chấp ranh giới đất.
Tại xã Phước Hà, đồng chí Katơr Văn Sang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã có 312 hộ đồng bào Raglai thiếu đất sản xuất; đã đề nghị tỉnh giao 146 ha đất do Ban quản lý rừng phòng hộ trả về. Bà Bo Bo Thị Hoa, Trưởng thôn Tà Lọt, kể có vụ tranh chấp phải hòa giải đến 5 lần mới thành.
Tại xã Phước Hậu, ông Thành Công Nhơn, Cả sư, Chủ tịch Hội đồng Chức sắc Bàlamôn tỉnh, và ông Quảng Văn Khiêm, người có uy tín thôn Hữu Đức, đã tham gia 11 buổi tiếp công dân cùng lãnh đạo xã theo Quy chế phối hợp số 05-QCPH/MTTQ-UBND.
Qua giám sát, đoàn ghi nhận các xã đã thực hiện đúng Luật Tiếp công dân, Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị; tuy nhiên còn 9 vụ việc quá hạn giải quyết, việc lưu trữ hồ sơ đất đai của các huyện cũ bàn giao cho xã chưa đầy đủ, 2 xã chưa có công chức địa chính có trình độ đại học.
Kết luận giám sát, đồng chí Đàng Thị Mỹ Hương đề nghị UBND các xã thực hiện Kế hoạch số 14-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hướng dẫn số 06-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; công khai kết quả giải quyết đơn tại nhà văn hóa thôn; đề nghị UBND tỉnh Khánh Hòa bố trí khoảng 3,6 tỷ đồng số hóa hồ sơ địa chính cho 65 xã, phường vùng Ninh Thuận cũ.
Thiên Lý
Tin liên quan
- Khánh Hòa: hội nghị người có uy tín trong đồng bào Chăm (24/04/2026)
- Xã Phước Hà đối thoại với đồng bào Raglai (15/04/2026)
- Ủy ban MTTQ tỉnh triển khai chương trình giám sát năm 2026 (10/03/2026)
""", "2026-05-08", "Giám sát việc tiếp công dân và giải quyết tranh chấp đất đai tại các xã vùng đồng bào Chăm, Raglai",
E("giam_sat", "2026", "2026-05-05"),
[P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chamaléa Thị Thủy", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Pinăng Văn Lực", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Katơr Văn Sang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Bo Bo Thị Hoa", "Trưởng thôn Tà Lọt"),
 P("Thành Công Nhơn", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bàlamôn tỉnh"),
 P("Quảng Văn Khiêm", "người có uy tín thôn Hữu Đức")],
[Q("3 xã", 3, "xã"), Q("648 lượt công dân", 648, "lượt công dân"), Q("213 đơn thư", 213, "đơn thư"), Q("164 đơn", 164, "đơn"),
 Q("139 đơn", 139, "đơn"), Q("84,8%", 84.8, "%"), Q("47 vụ tranh chấp ranh giới đất", 47, "vụ tranh chấp ranh giới đất"),
 Q("312 hộ đồng bào Raglai", 312, "hộ đồng bào Raglai"), Q("146 ha", 146, "ha"), Q("11 buổi tiếp công dân", 11, "buổi tiếp công dân"),
 Q("9 vụ việc", 9, "vụ việc"), Q("2 xã", 2, "xã"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"),
 Q("65 xã, phường", 65, "xã, phường")],
[D("Quy chế phối hợp", "05", "QCPH/MTTQ-UBND", None, None, "Quy chế phối hợp số 05-QCPH/MTTQ-UBND"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "14", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14-KH/MTTQ-BTT"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 06-HD/BTGDVTU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Hà"), com("Ninh Phước")],
["Báo và Phát thanh, Truyền hình Khánh Hòa", "Chính trị / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND xã Phước Hà. Ảnh: Thiên Lý",
 "Luật Tiếp công dân", "Sông Cái"],
["Ngày đăng 08/05/2026 | 16:20", "năm 2026", "5 lần"]))

PAGES.append(page("b4924-angiang-tiepxuccutri-datdai-2026", """
BÁO AN GIANG ONLINE
Thời sự » Chính trị » Đại biểu nhân dân
Cập nhật: 09:42, 19/06/2026 (GMT+7)
Đại biểu Quốc hội Nguyễn Thị Út Hằng trả lời kiến nghị của cử tri.
Cử tri xã Hòn Đất kiến nghị giải quyết dứt điểm tranh chấp đất sản xuất
Ngày 17/6/2026, Tổ đại biểu Quốc hội số 3 đơn vị tỉnh An Giang phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thứ nhất, Quốc hội khóa XVI tại xã Hòn Đất và xã Sơn Kiên (khu vực Kiên Giang cũ). Tham dự có 286 cử tri.
Cùng tiếp xúc có các đồng chí: Nguyễn Thị Út Hằng, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh; Danh Thị Sa Rin, Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Chau Sóc Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại hội nghị, 23 ý kiến của cử tri tập trung vào đất đai. Ông Danh Hùng, ấp Vàm Răng, xã Hòn Đất, phản ánh 17 hộ đồng bào Khmer tranh chấp khoảng 32 ha đất ruộng với một công ty nông nghiệp đã kéo dài hơn 10 năm. Bà Thị Sa Mươl, ấp Kiên Bình, kiến nghị sớm cấp giấy chứng nhận cho 58 hộ được giao đất theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Cử tri Trần Văn Lực đề nghị công khai phương án bồi thường dự án tuyến tránh Rạch Giá, nơi có 126 hộ bị ảnh hưởng, mức hỗ trợ tái định cư hiện là 250 triệu đồng/hộ.
Đồng chí Võ Thanh Tâm, Phó Chủ tịch UBND xã Hòn Đất, thông tin: từ tháng 7/2025 đến nay xã tiếp 416 lượt công dân, tiếp nhận 94 đơn về đất đai, giải quyết 78 đơn; riêng vụ tranh chấp với công ty, xã đã tổ chức 6 buổi đối thoại và chuyển hồ sơ lên UBND tỉnh theo Kế hoạch số 112/KH-UBND.
Trả lời cử tri, đồng chí Nguyễn Thị Út Hằng cho biết Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP của Chính phủ đã quy định rõ việc đăng ký, cấp giấy chứng nhận; đoàn sẽ chuyển 23 ý kiến đến UBND tỉnh và các bộ, ngành, đồng thời đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh giám sát theo Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về hướng dẫn khung để Mặt trận Tổ quốc và các đoàn thể tham gia góp ý xây dựng Đảng. Đồng chí Danh Thị Sa Rin đề nghị các cấp hội vận động phụ nữ Khmer hiểu quy định pháp luật, không nghe kẻ xấu kích động.
Đồng chí Chau Sóc Phol cho biết Ủy ban MTTQ tỉnh đang triển khai Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy An Giang về giải quyết tranh chấp đất đai trong vùng đồng bào Khmer; phấn đấu trong năm 2026 xử lý dứt điểm ít nhất 80% vụ việc tồn đọng.
Ngọc Trâm
Tin liên quan
- Đại biểu HĐND tỉnh tiếp xúc cử tri phường Rạch Giá (15/06/2026)
- An Giang: 120 hộ dân nhận tiền bồi thường tuyến tránh (05/06/2026)
- Ủy ban MTTQ tỉnh tổng hợp ý kiến cử tri (30/05/2026)
""", "2026-06-19", "Cử tri xã Hòn Đất kiến nghị giải quyết dứt điểm tranh chấp đất sản xuất",
E("hoi_nghi", "2026", "2026-06-17"),
[P("Nguyễn Thị Út Hằng", "Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh", "Đại biểu Quốc hội"),
 P("Danh Thị Sa Rin", "Tỉnh ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Chau Sóc Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Hùng"), P("Thị Sa Mươl"), P("Trần Văn Lực"),
 P("Võ Thanh Tâm", "Phó Chủ tịch UBND xã Hòn Đất")],
[Q("286 cử tri", 286, "cử tri"), Q("23 ý kiến", 23, "ý kiến"), Q("17 hộ đồng bào Khmer", 17, "hộ đồng bào Khmer"),
 Q("khoảng 32 ha", 32, "ha", "approx"), Q("58 hộ", 58, "hộ"), Q("126 hộ", 126, "hộ"), Q("250 triệu đồng/hộ", 250000000, "đồng"),
 Q("416 lượt công dân", 416, "lượt công dân"), Q("94 đơn", 94, "đơn"), Q("78 đơn", 78, "đơn"), Q("6 buổi đối thoại", 6, "buổi đối thoại"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "112", "KH-UBND", None, None, "Kế hoạch số 112/KH-UBND"),
 D("Nghị định", "101", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 101/2024/NĐ-CP"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy An Giang", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy An Giang", "Kết luận 12, 13-KL/TU")],
[prov("An Giang"), prov("Kiên Giang"), com("Hòn Đất"), com("Sơn Kiên")],
["BÁO AN GIANG ONLINE", "Thời sự » Chính trị » Đại biểu nhân dân", "Đại biểu Quốc hội Nguyễn Thị Út Hằng trả lời kiến nghị của cử tri.",
 "Luật Đất đai năm 2024", "Tổ đại biểu Quốc hội số 3"],
["Cập nhật: 09:42, 19/06/2026 (GMT+7)", "kỳ họp thứ nhất", "khóa XVI", "hơn 10 năm", "tháng 7/2025", "năm 2026", "số 3"]))
