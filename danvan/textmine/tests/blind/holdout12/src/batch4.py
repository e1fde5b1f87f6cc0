from lib import *
PAGES = []

PAGES.append(page("b263-daklak-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Hoạt động > Dân vận
Thứ Năm, 15/01/2026 | 09:20
Khối dân vận Đắk Lắk góp phần xóa 5.870 căn nhà tạm
Ngày 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2025, năm đầu tiên sau khi hợp nhất hai tỉnh Đắk Lắk và Phú Yên, triển khai nhiệm vụ năm 2026.
Toàn cảnh hội nghị tại hội trường Tỉnh ủy.
Dự hội nghị có đồng chí Y Thanh Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí TUV, Phó Chủ tịch - Trưởng ban Công tác Mặt trận Ủy ban MTTQ Việt Nam tỉnh Lê Thị Kim Oanh; các đồng chí H'Nhi Êban, Phan Văn Tiến, Trần Thị Ngọc Lan - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, khối dân vận các cấp đã vận động, hỗ trợ xóa 5.870 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 352 tỷ đồng; 102 xã, phường hoàn thành việc ra mắt tổ dân vận thôn, buôn, khu phố. Các cấp thực hiện Chỉ thị 31, 32-CT/TU của Ban Thường vụ Tỉnh ủy về dân vận trong sắp xếp bộ máy và Nghị quyết số 1660/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã. Toàn tỉnh có 418 mô hình "Dân vận khéo", trong đó 67 mô hình ở các phường ven biển như phường Tuy Hòa.
Tại hội nghị, đồng chí Ksor Nhân, Bí thư Đảng ủy xã Ea Súp, cho biết xã đã vận động 1.245 hộ hiến đất, hiến cây để mở 14,8 km đường liên buôn. Đồng chí Võ Văn Hải, người vừa được điều động giữ chức Trưởng Ban Xây dựng Đảng Đảng ủy xã Krông Bông, chia sẻ kinh nghiệm tiếp dân theo phương châm "4 biết".
Đồng chí Y Thanh Niê Kdăm đề nghị năm 2026 mỗi xã, phường có ít nhất 1 mô hình dân vận gắn với chuyển đổi số.
Phương Nhi
Lượt xem: 1.384
Tin liên quan
- Giao ban khối dân vận quý IV năm 2025 (22/12/2025)
- Ra mắt mô hình "Buôn làng 3 không" (10/12/2025)
""", "2026-01-15",
"Khối dân vận Đắk Lắk góp phần xóa 5.870 căn nhà tạm",
E("tong_ket", "2025", "2026-01-14"),
[P("Y Thanh Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Oanh", "TUV", "Phó Chủ tịch - Trưởng ban Công tác Mặt trận Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Nhi Êban", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Phan Văn Tiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Ngọc Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Nhân", "Bí thư Đảng ủy xã Ea Súp"),
 P("Võ Văn Hải", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Krông Bông")],
[Q("5.870 căn nhà tạm", 5870, "căn nhà tạm"), Q("hơn 352 tỷ đồng", 352000000000, "đồng", "over"),
 Q("102 xã, phường", 102, "xã, phường"), Q("418 mô hình", 418, "mô hình"), Q("67 mô hình", 67, "mô hình"),
 Q("1.245 hộ", 1245, "hộ"), Q("14,8 km", 14.8, "km"), Q("ít nhất 1 mô hình", 1, "mô hình")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Nghị quyết", "1660", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1660/NQ-UBTVQH15")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa"), com("Ea Súp"), com("Krông Bông")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Hoạt động > Dân vận", "Toàn cảnh hội nghị tại hội trường Tỉnh ủy.",
 "Dân vận khéo", "Lượt xem: 1.384"],
["Lượt xem: 1.384", "4 biết", "năm đầu tiên", "hai tỉnh", "năm 2025", "năm 2026", "Năm 2025"]))

PAGES.append(page("b264-khanhhoa-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH KHÁNH HÒA
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Ngày đăng: 12/03/2026 - 10:05
Nông dân vùng cao Khánh Sơn gửi 21 kiến nghị tới chính quyền
Sáng 11/3, tại xã Khánh Sơn, Hội Nông dân tỉnh phối hợp với UBND xã tổ chức hội nghị đối thoại năm 2026 giữa Chủ tịch UBND xã với hội viên nông dân người Raglai về đất sản xuất và giá sầu riêng.
Bà Pinăng Thị Hạnh (đứng) nêu kiến nghị tại hội nghị.
Tham dự có ông Chamaléa Điểu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; các ông Đạo Văn Thắng, Nguyễn Hữu Phước, Phó Chủ tịch Hội Nông dân tỉnh; ông Katơr Sơn, ĐUV, Chủ tịch UBND xã Khánh Sơn, cùng 137 hội viên.
Bà con đã gửi 21 kiến nghị, tập trung vào việc giao 186 ha đất rừng sản xuất theo Quyết định 1327/QĐ-UBND ngày 20/2/2026 của UBND tỉnh, hỗ trợ giống theo Nghị quyết 09/2026/NQ-HĐND của HĐND tỉnh và giá thu mua sầu riêng chỉ còn 38.000 đ/kg. Bà Pinăng Thị Hạnh, hội viên thôn Tà Giang, đề nghị mở lại lớp dạy nghề dệt thổ cẩm cho 30 phụ nữ.
Ông Katơr Sơn cho biết xã đã bố trí 2,45 tỷ đồng làm 3 tuyến đường vào vùng sầu riêng; 17/21 kiến nghị được giải đáp trực tiếp. Ông Mang Văn Thương, vừa được Đại hội bầu giữ chức Phó Chủ tịch Hội Nông dân xã Khánh Sơn, nhận nhiệm vụ theo dõi việc giải quyết các kiến nghị còn lại.
Trước đó, hội viên các xã thuộc tỉnh Ninh Thuận cũ như xã Phước Hà cũng đã đối thoại về nước tưới cho 540 ha nho và táo. Ông Chamaléa Điểu đề nghị các cấp hội tiếp tục phát huy phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" và cuộc vận động "Nông dân Khánh Hòa chung sức xây dựng nông thôn mới".
Bài, ảnh: Minh Châu
Lượt xem: 572
Tin liên quan
- Phan Rang: Tập huấn trồng nho an toàn (03/03/2026)
- Trao 50 con dê giống cho hộ nghèo (25/02/2026)
""", "2026-03-12",
"Nông dân vùng cao Khánh Sơn gửi 21 kiến nghị tới chính quyền",
E("doi_thoai", "2026", "2026-03-11"),
[P("Pinăng Thị Hạnh", "hội viên thôn Tà Giang"),
 P("Chamaléa Điểu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đạo Văn Thắng", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Hữu Phước", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Katơr Sơn", "ĐUV", "Chủ tịch UBND xã Khánh Sơn"),
 P("Mang Văn Thương", "Phó Chủ tịch Hội Nông dân xã Khánh Sơn")],
[Q("21 kiến nghị", 21, "kiến nghị"), Q("137 hội viên", 137, "hội viên"), Q("186 ha", 186, "ha"),
 Q("38.000 đ/kg", 38000, "đồng"), Q("30 phụ nữ", 30, "phụ nữ"), Q("2,45 tỷ đồng", 2450000000, "đồng"),
 Q("3 tuyến đường", 3, "tuyến đường"), Q("17/21 kiến nghị", 17, "kiến nghị"), Q("540 ha", 540, "ha")],
[D("Quyết định", "1327", "QĐ-UBND", "2026-02-20", "UBND tỉnh", "Quyết định 1327/QĐ-UBND"),
 D("Nghị quyết", "09", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 09/2026/NQ-HĐND")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Phước Hà")],
["HỘI NÔNG DÂN TỈNH KHÁNH HÒA", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Bà Pinăng Thị Hạnh (đứng) nêu kiến nghị tại hội nghị.", "thôn Tà Giang",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Nông dân Khánh Hòa chung sức xây dựng nông thôn mới",
 "Lượt xem: 572"],
["Lượt xem: 572", "năm 2026"]))

PAGES.append(page("b265-angiang-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG
Thứ Ba, 14/07/2026
Trang chủ » Tin hoạt động » Sơ kết - Tổng kết
08:30 | 09/07/2026
Phụ nữ An Giang hỗ trợ 2.340 chị em khởi nghiệp, tạo sinh kế
Ngày 8/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026 tại phường Rạch Giá.
Bà Néang Thị Sóc Ry báo cáo kết quả 6 tháng đầu năm.
Dự hội nghị có bà Huỳnh Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các Phó Chủ tịch Hội LHPN tỉnh: Néang Thị Sóc Ry, Lâm Thị Thu Vân; bà Danh Thị Sa Mết, Chủ tịch Hội LHPN xã Hòn Đất.
Sáu tháng qua, các cấp hội đã hỗ trợ 2.340 chị em khởi nghiệp, tạo sinh kế với tổng số vốn 18,75 tỷ đồng; trao 64 mái ấm "Tình thương" trị giá 65tr/căn; vận động 4 triệu 500 nghìn đồng/hội viên đóng góp cho quỹ tiết kiệm tại các chi hội khó khăn ở xã Ô Lâm. Hội thực hiện Kế hoạch 21, 22/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hoạt động của các tổ chức chính trị - xã hội sau hợp nhất với tỉnh Kiên Giang; tỷ lệ hộ hội viên nghèo giảm còn 1,8%.
Bà Danh Thị Sa Mết cho biết xã có 36 tổ phụ nữ làm mắm, khô cá với 438 thành viên, mỗi chị thu nhập 7 - 9 triệu đồng/tháng. Bà Huỳnh Thị Mỹ Hạnh đề nghị 6 tháng cuối năm tập trung thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phong trào "Phụ nữ tích cực học tập, lao động sáng tạo".
Hội nghị khen thưởng 15 tập thể, 26 cá nhân.
Ngọc Hiền
Lượt xem: 903
TIN CÙNG CHUYÊN MỤC
- Châu Đốc: Hội thi "Phụ nữ khéo tay" (01/07/2026)
- Tập huấn kỹ năng truyền thông cho 90 cán bộ Hội (24/06/2026)
""", "2026-07-09",
"Phụ nữ An Giang hỗ trợ 2.340 chị em khởi nghiệp, tạo sinh kế",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Huỳnh Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Néang Thị Sóc Ry", "Phó Chủ tịch Hội LHPN tỉnh"), P("Lâm Thị Thu Vân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Sa Mết", "Chủ tịch Hội LHPN xã Hòn Đất")],
[Q("2.340 chị em", 2340, "chị em"), Q("18,75 tỷ đồng", 18750000000, "đồng"), Q("64 mái ấm", 64, "mái ấm"),
 Q("65tr/căn", 65000000, "đồng"), Q("4 triệu 500 nghìn đồng/hội viên", 4500000, "đồng"), Q("1,8%", 1.8, "%"),
 Q("36 tổ phụ nữ", 36, "tổ phụ nữ"), Q("438 thành viên", 438, "thành viên"), Q("7 - 9 triệu đồng/tháng", 7000000, "đồng"),
 Q("7 - 9 triệu đồng/tháng", 9000000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 21, 22/KH-MTTQ-BTT"),
 D("Kế hoạch", "22", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 21, 22/KH-MTTQ-BTT")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Hòn Đất"), com("Ô Lâm")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG", "Trang chủ » Tin hoạt động » Sơ kết - Tổng kết",
 "Bà Néang Thị Sóc Ry báo cáo kết quả 6 tháng đầu năm.", "Tình thương", "Xây dựng gia đình 5 không, 3 sạch",
 "Phụ nữ tích cực học tập, lao động sáng tạo", "Lượt xem: 903"],
["Thứ Ba, 14/07/2026", "Lượt xem: 903", "6 tháng đầu năm 2026", "6 tháng đầu năm", "Sáu tháng qua", "6 tháng cuối năm", "5 không, 3 sạch"]))

PAGES.append(page("b266-quangngai-hccb-giaoban-2026", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG NGÃI
Trang chủ > Tin tức > Hoạt động Hội
Thứ Tư, 08/07/2026 - 15:45
Cựu chiến binh giúp 84 hộ đồng bào Xơ Đăng làm chuồng trại
Ngày 7/7, tại phường Kon Tum, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý II năm 2026 với 34 đồng chí chủ tịch Hội CCB các xã, phường khu vực phía Tây.
Thượng tá Đinh Văn Mét phát biểu tại buổi giao ban.
Chủ trì giao ban có Đại tá Phạm Văn Cường, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh; các Phó Chủ tịch Hội CCB tỉnh: Đại tá A Pớt, Thượng tá Đinh Văn Mét. Dự giao ban có ông A Rim, Phó Chủ tịch UBND xã Đăk Tô.
Trong quý, Hội CCB tỉnh Quảng Ngãi khu vực phía Tây (địa bàn tỉnh Kon Tum trước đây) đã giúp 84 hộ đồng bào Xơ Đăng làm chuồng trại, trao 130 con bò, dê giống; phối hợp giải quyết 6/7 vụ mâu thuẫn ở cơ sở. Cựu chiến binh xã Sơn Tây góp 2.800 ngày công tu sửa 9 km đường tuần tra biên giới. Quỹ "Nghĩa tình đồng đội" đã hỗ trợ 23 hội viên khó khăn, mỗi người 2.500.000 đồng.
Giao ban quán triệt Kết luận 09-KL/HCCB của Ban Thường vụ Hội CCB tỉnh và hướng dẫn của Ủy ban MTTQ Việt Nam tỉnh về hoạt động của các tổ chức chính trị - xã hội; thống nhất 6 tháng cuối năm vận động hội viên thực hiện phong trào "CCB gương mẫu" và nhân rộng mô hình "Tổ CCB tự quản đường biên, cột mốc".
Đại tá Phạm Văn Cường đề nghị các cơ sở hội hoàn thành rà soát 1.605 hội viên cao tuổi trước ngày 31/7.
Bài, ảnh: Quang Đạt
Lượt xem: 436
Tin liên quan
- Hội CCB phường Cẩm Thành trao nhà đồng đội (30/06/2026)
- Giao ban công tác Hội quý I năm 2026 (08/04/2026)
""", "2026-07-08",
"Cựu chiến binh giúp 84 hộ đồng bào Xơ Đăng làm chuồng trại",
E("giao_ban", "2026-Q2", "2026-07-07"),
[P("Đinh Văn Mét", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Phạm Văn Cường", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("A Pớt", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("A Rim", "Phó Chủ tịch UBND xã Đăk Tô")],
[Q("84 hộ", 84, "hộ"), Q("34 đồng chí", 34, "đồng chí"), Q("130 con bò, dê giống", 130, "con bò, dê giống"),
 Q("6/7 vụ mâu thuẫn", 6, "vụ mâu thuẫn"), Q("6/7 vụ mâu thuẫn", 7, "vụ mâu thuẫn"), Q("2.800 ngày công", 2800, "ngày công"),
 Q("9 km", 9, "km"), Q("23 hội viên", 23, "hội viên"), Q("2.500.000 đồng", 2500000, "đồng"), Q("1.605 hội viên", 1605, "hội viên")],
[D("Kết luận", "09", "KL/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kết luận 09-KL/HCCB")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Kon Tum"), com("Đăk Tô"), com("Sơn Tây")],
["HỘI CỰU CHIẾN BINH TỈNH QUẢNG NGÃI", "Trang chủ > Tin tức > Hoạt động Hội", "Thượng tá Đinh Văn Mét phát biểu tại buổi giao ban.",
 "Nghĩa tình đồng đội", "CCB gương mẫu", "Tổ CCB tự quản đường biên, cột mốc", "Lượt xem: 436"],
["Lượt xem: 436", "34 đồng chí", "quý II năm 2026", "6 tháng cuối năm", "ngày 31/7"]))

PAGES.append(page("b267-phutho-doan-traoqua-2026", """
TỈNH ĐOÀN PHÚ THỌ
Cổng thông tin Tuổi trẻ Đất Tổ
Trang chủ » Tin tức » Đoàn - Hội - Đội
Cập nhật: 10:20, 21/10/2026 (GMT+7)
Trao 320 suất học bổng và 45 xe đạp cho học sinh vùng cao
Ngày 20/10, Tỉnh đoàn Phú Thọ phối hợp với Hội LHTN Việt Nam tỉnh trao 320 suất học bổng "Tiếp sức đến trường" và 45 xe đạp cho học sinh dân tộc Mường, Dao, Thái tại xã Mai Châu và xã Đà Bắc.
320 suất học bổng được trao cho học sinh vượt khó học giỏi.
Tham dự có đồng chí Nguyễn Thị Thu Trang, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; đồng chí Bùi Văn Khuông, Phó Bí thư Tỉnh đoàn; đồng chí Đinh Thị Mơ, Phó Chủ tịch UBND xã Mai Châu; đồng chí Xa Văn Tiến, Bí thư Đoàn xã Đà Bắc.
Mỗi suất học bổng trị giá 1,5 triệu đồng và 1 bộ sách giáo khoa; mỗi xe đạp trị giá 2.200.000đ. Tổng giá trị chương trình hơn 579 triệu đồng, do các cơ sở Đoàn ở phường Vĩnh Yên và các doanh nghiệp trẻ trên địa bàn tỉnh Vĩnh Phúc trước đây vận động. Em Bàn Thị Mai, học sinh lớp 9 người Dao, mỗi ngày đi bộ 6 km đến trường, xúc động nhận chiếc xe đạp mới.
Dịp này, Tỉnh đoàn bàn giao 2 công trình "Thắp sáng đường biên" dài 3,2 km cho xã Đà Bắc, trước đây thuộc tỉnh Hòa Bình, và phát động đoàn viên đóng góp "Mỗi đoàn viên 10.000 đồng" vào quỹ học bổng, phấn đấu đến hết năm học không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn. Chương trình thực hiện theo Kế hoạch 74-KH/TĐTN-TNTH ngày 15/9/2026 của Ban Thường vụ Tỉnh đoàn.
Hồng Nhung
Lượt xem: 758
Tin liên quan
- Tuổi trẻ Phú Thọ ra quân "Ngày Chủ nhật xanh" (12/10/2026)
- Đại hội Hội LHTN Việt Nam xã Tân Lạc (05/10/2026)
""", "2026-10-21",
"Trao 320 suất học bổng và 45 xe đạp cho học sinh vùng cao",
E("trao_qua", None, "2026-10-20"),
[P("Nguyễn Thị Thu Trang", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Bùi Văn Khuông", "Phó Bí thư Tỉnh đoàn"), P("Đinh Thị Mơ", "Phó Chủ tịch UBND xã Mai Châu"),
 P("Xa Văn Tiến", "Bí thư Đoàn xã Đà Bắc"), P("Bàn Thị Mai", "học sinh lớp 9")],
[Q("320 suất học bổng", 320, "suất học bổng"), Q("45 xe đạp", 45, "xe đạp"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1 bộ sách giáo khoa", 1, "bộ sách giáo khoa"), Q("2.200.000đ", 2200000, "đồng"), Q("hơn 579 triệu đồng", 579000000, "đồng", "over"),
 Q("6 km", 6, "km"), Q("2 công trình", 2, "công trình"), Q("3,2 km", 3.2, "km"), Q("10.000 đồng", 10000, "đồng")],
[D("Kế hoạch", "74", "KH/TĐTN-TNTH", "2026-09-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 74-KH/TĐTN-TNTH")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Mai Châu"), com("Đà Bắc"), com("Vĩnh Yên")],
["TỈNH ĐOÀN PHÚ THỌ", "Cổng thông tin Tuổi trẻ Đất Tổ", "Trang chủ » Tin tức » Đoàn - Hội - Đội",
 "320 suất học bổng được trao cho học sinh vượt khó học giỏi.", "Tiếp sức đến trường", "Thắp sáng đường biên",
 "Mỗi đoàn viên 10.000 đồng", "Hội LHTN Việt Nam tỉnh", "Lượt xem: 758"],
["(GMT+7)", "Lượt xem: 758", "lớp 9"]))

PAGES.append(page("b268-dongthap-bao-chandung-2026", """
BÁO ĐỒNG THÁP ONLINE
Thứ Sáu, 06/02/2026
Trang chủ | Xã hội | Gương sáng
Thứ Tư, 04/02/2026
"Bà hòa giải" của ấp Bình Hòa
(ĐTO) - Gần 20 năm làm tổ trưởng tổ hòa giải ấp Bình Hòa, xã Mỹ Tịnh An, bà Trần Thị Kim Hoa đã cùng tổ viên hòa giải thành 173 vụ mâu thuẫn, không để vụ nào phải chuyển lên xã.
Bà Trần Thị Kim Hoa (bìa trái) trò chuyện với người dân trong ấp.
Ấp Bình Hòa có 628 hộ, phần lớn trồng sầu riêng và xoài. Năm 2025, khi giá sầu riêng giảm, nhiều hộ tranh chấp ranh đất, nợ tiền phân bón; riêng năm qua tổ đã hòa giải 19 vụ, trong đó có vụ tranh chấp 1.260 m2 đất giữa hai anh em ruột. "Mình nói bằng cái tình trước, cái lý sau", bà Hoa tâm sự.
Không chỉ hòa giải, bà còn vận động 54 hộ hiến đất, góp 1,15 tỷ đồng làm 2,7 km đường bê tông, thực hiện phong trào "Ấp không có người nghèo". Tháng 12/2025, bà vừa được bà con tín nhiệm bầu làm Trưởng ban công tác Mặt trận ấp Bình Hòa.
Ông Lê Văn Nhẫn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Tịnh An, cho biết: xã mới được hợp nhất từ ba xã của tỉnh Tiền Giang trước đây, có 37 tổ hòa giải với 261 tổ viên; tổ của bà Hoa là 1 trong 5 tổ tiêu biểu. Năm 2025, bà được Chủ tịch UBND tỉnh Đồng Tháp tặng Bằng khen và phần thưởng 4,5 triệu đồng.
Bà Hoa chỉ mong ấp có thêm một nhà văn hóa đủ chỗ cho 200 người ngồi họp, để những buổi hòa giải, họp ấp không còn phải mượn hiên nhà dân như lâu nay.
Bài, ảnh: Thảo Vy
Lượt xem: 1.921
Tin khác
- Chợ Gạo: Ra mắt 15 tổ hòa giải kiểu mẫu (30/01/2026)
- Người có uy tín trong đồng bào Hoa ở Mỹ Tho (22/01/2026)
""", "2026-02-04",
"\"Bà hòa giải\" của ấp Bình Hòa",
E(None, None, None),
[P("Trần Thị Kim Hoa", "tổ trưởng tổ hòa giải ấp Bình Hòa", "Trưởng ban công tác Mặt trận ấp Bình Hòa"),
 P("Lê Văn Nhẫn", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Tịnh An")],
[Q("173 vụ mâu thuẫn", 173, "vụ mâu thuẫn"), Q("628 hộ", 628, "hộ"), Q("19 vụ", 19, "vụ"), Q("1.260 m2", 1260, "m2"),
 Q("54 hộ", 54, "hộ"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("2,7 km", 2.7, "km"), Q("37 tổ hòa giải", 37, "tổ hòa giải"),
 Q("261 tổ viên", 261, "tổ viên"), Q("5 tổ", 5, "tổ"), Q("4,5 triệu đồng", 4500000, "đồng"), Q("200 người", 200, "người")],
[],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Tịnh An")],
["BÁO ĐỒNG THÁP ONLINE", "Trang chủ | Xã hội | Gương sáng", "(ĐTO) -", "Bà hòa giải",
 "Bà Trần Thị Kim Hoa (bìa trái) trò chuyện với người dân trong ấp.", "ấp Bình Hòa", "Ấp không có người nghèo", "Lượt xem: 1.921"],
["Thứ Sáu, 06/02/2026", "Lượt xem: 1.921", "Gần 20 năm", "Năm 2025", "năm qua", "Tháng 12/2025", "ba xã", "hai anh em"]))
