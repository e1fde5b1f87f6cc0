from lib import *
PAGES = []

PAGES.append(page("b329-thaibinh-hccb-soket-2023", """
HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH
Trang thông tin điện tử
Trang chủ > Tin tức > Hoạt động Hội
Thứ Hai, 17/07/2023 - 15:20
Cựu chiến binh Thái Bình góp 16.800 ngày công làm đường, nạo vét kênh mương
Ngày 14/7, Thường trực Hội CCB tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào CCB 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.
Đại tá Phạm Văn Thược (thứ ba từ phải) trao khen thưởng cho các tập thể.
Dự hội nghị có Đại tá Phạm Văn Thược, Ủy viên BCH Trung ương Hội CCB Việt Nam, Bí thư Đảng đoàn, Chủ tịch Hội CCB tỉnh; Thượng tá Bùi Đức Hạnh, Đại tá Vũ Thị Thoa - Phó Chủ tịch Hội CCB tỉnh; đồng chí Đỗ Văn Quỳnh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Sáu tháng đầu năm, hội viên góp 16.800 ngày công làm đường, nạo vét kênh mương, hiến 4.120 m2 đất. Hội CCB các cấp giúp 38 hội viên xây, sửa nhà với tổng số tiền 1 tỷ 96 triệu đồng, mức hỗ trợ 20 - 50 triệu đồng/nhà; tỷ lệ hộ CCB nghèo còn 0,42%. Có 1.214 hội viên đạt danh hiệu "CCB gương mẫu".
Thực hiện Kết luận 12, 13-KL/CCB của Ban Thường vụ Hội CCB tỉnh và Quy định 163-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng, 48 đồng chí cán bộ Hội đã tham gia tổ hòa giải ở cơ sở, hòa giải thành 57 vụ việc.
Ông Trần Văn Kính, Chi hội trưởng CCB thôn Đông Hòa, xã Thụy Ninh, cùng hội viên làm 1,2 km đường điện chiếu sáng "Thắp sáng đường quê".
Hội nghị biểu dương 15 tập thể, 22 cá nhân; phong trào "4 tốt, 3 không" được phát động tiếp trong 6 tháng cuối năm.
Văn Hưng
Lượt xem: 1.347
Tin liên quan
- Kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ
- Hội CCB huyện Kiến Xương sơ kết
- Giao ban quý I năm 2023
""", "2023-07-17", "Cựu chiến binh Thái Bình góp 16.800 ngày công làm đường, nạo vét kênh mương",
E("so_ket", "2023-H1", "2023-07-14"),
[P("Phạm Văn Thược", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Bí thư Đảng đoàn", "Chủ tịch Hội CCB tỉnh"),
 P("Bùi Đức Hạnh", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Vũ Thị Thoa", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Đỗ Văn Quỳnh", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Văn Kính", "Chi hội trưởng CCB thôn Đông Hòa")],
[Q("16.800 ngày công", 16800, "ngày công"),
 Q("4.120 m2", 4120, "m2"),
 Q("38 hội viên", 38, "hội viên"),
 Q("1 tỷ 96 triệu đồng", 1096000000, "đồng"),
 Q("20", 20000000, "đồng"),
 Q("50 triệu đồng/nhà", 50000000, "đồng"),
 Q("0,42%", 0.42, "%"),
 Q("1.214 hội viên", 1214, "hội viên"),
 Q("48 đồng chí", 48, "đồng chí"),
 Q("57 vụ việc", 57, "vụ việc"),
 Q("1,2 km", 1.2, "km"),
 Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "12", "KL/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kết luận 12, 13-KL/CCB"),
 D("Kết luận", "13", "KL/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "13-KL/CCB"),
 D("Quy định", "163", "QĐ/TW", None, "Bộ Chính trị", "Quy định 163-QĐ/TW")],
[prov("Thái Bình"), com("Thụy Ninh")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH", "Trang thông tin điện tử", "Trang chủ > Tin tức > Hoạt động Hội", "Đại tá Phạm Văn Thược (thứ ba từ phải) trao khen thưởng cho các tập thể.", "CCB gương mẫu", "Thắp sáng đường quê", "4 tốt, 3 không", "thôn Đông Hòa", "Lượt xem: 1.347"],
["6 tháng đầu năm 2023", "6 tháng cuối năm", "Sáu tháng đầu năm", "4 tốt, 3 không", "48 đồng chí", "Lượt xem: 1.347"]))

PAGES.append(page("b330-ninhbinh-bdv-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY NINH BÌNH
Hôm nay: Thứ Hai, 15/07/2024
Trang chủ » Hoạt động » Tin trong tỉnh
Ngày đăng 12/07/2024 | 15:00
Vận động nhân dân hiến 21.600 m2 đất mở rộng đường liên xã
Ngày 10/7, Ban Dân vận Tỉnh ủy chủ trì hội nghị giao ban khối dân vận quý II năm 2024, đánh giá kết quả vận động giải phóng mặt bằng và xây dựng nông thôn mới kiểu mẫu.
Đồng chí Đinh Thị Lan Hương phát biểu tại hội nghị.
Chủ trì có đồng chí Đinh Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Tống Văn Khải, Lã Thị Huyền; đồng chí Bùi Văn Thiết, Ủy viên Ủy ban Kiểm tra Tỉnh ủy. Dự có lãnh đạo Ban Dân tộc và Tôn giáo tỉnh, Văn phòng Tỉnh ủy.
Trong quý, khối dân vận tỉnh Ninh Bình vận động 276 hộ hiến 21.600 m2 đất, tháo dỡ 1.380 m tường rào; nhân dân góp 11,85 tỷ đồng. Tại xã Gia Hưng, 94 hộ đồng bào Công giáo đồng thuận di dời mộ, mỗi ngôi mộ được hỗ trợ 8.500.000 đ. Thực hiện Chỉ thị 47, 48-CT/TU của Ban Thường vụ Tỉnh ủy, các huyện, thành phố đã tổ chức 63 cuộc tiếp xúc, đối thoại.
Đồng chí Lã Thị Huyền cho biết qua Nghị quyết 68/2023/NQ-HĐND ngày 7/12/2023 của HĐND tỉnh, hộ hiến đất được thưởng 50 nghìn đồng/m2. Linh mục Phêrô Vũ Đình Thưởng, Chánh xứ Hướng Đạo, đã vận động giáo dân đồng thuận.
Đồng chí Đinh Thị Lan Hương yêu cầu quý III hoàn thành bàn giao mặt bằng tuyến đường, không để phát sinh khiếu kiện đông người.
Thu Trang
Lượt xem: 1.529
Tin liên quan
- Giao ban khối dân vận quý I năm 2024
- Ra mắt mô hình "Xứ đạo bình yên"
- Kim Sơn đối thoại với 120 hộ dân
- Tôn vinh 36 điển hình dân vận khéo
""", "2024-07-12", "Vận động nhân dân hiến 21.600 m2 đất mở rộng đường liên xã",
E("giao_ban", "2024-Q2", "2024-07-10"),
[P("Đinh Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tống Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lã Thị Huyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Thiết", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Phêrô Vũ Đình Thưởng", "Linh mục", "Chánh xứ Hướng Đạo")],
[Q("276 hộ", 276, "hộ"),
 Q("21.600 m2", 21600, "m2"),
 Q("1.380 m", 1380, "m"),
 Q("11,85 tỷ đồng", 11850000000, "đồng"),
 Q("94 hộ", 94, "hộ"),
 Q("8.500.000 đ", 8500000, "đồng"),
 Q("63 cuộc tiếp xúc, đối thoại", 63, "cuộc tiếp xúc, đối thoại"),
 Q("50 nghìn đồng/m2", 50000, "đồng")],
[D("Chỉ thị", "47", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 47, 48-CT/TU"),
 D("Chỉ thị", "48", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "48-CT/TU"),
 D("Nghị quyết", "68", "2023/NQ-HĐND", "2023-12-07", "HĐND tỉnh", "Nghị quyết 68/2023/NQ-HĐND")],
[prov("Ninh Bình"), com("Gia Hưng")],
["BAN DÂN VẬN TỈNH ỦY NINH BÌNH", "Trang chủ » Hoạt động » Tin trong tỉnh", "Đồng chí Đinh Thị Lan Hương phát biểu tại hội nghị.", "Ban Dân tộc và Tôn giáo tỉnh", "Văn phòng Tỉnh ủy", "Lượt xem: 1.529"],
["Hôm nay: Thứ Hai, 15/07/2024", "quý II năm 2024", "Trong quý", "quý III", "Lượt xem: 1.529"]))

PAGES.append(page("b331-daknong-mttq-traoqua-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ › Tin hoạt động › Vì người nghèo
Cập nhật: 08:25, 20/01/2025 (GMT+7)
Mang Tết ấm đến 1.480 hộ đồng bào M'Nông
(MTĐN) - Từ ngày 16 đến 18/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức các đoàn trao quà Tết Ất Tỵ cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số tại 6 huyện, thành phố.
Bà H'Loan Niê (thứ hai từ phải) trao quà Tết cho người dân xã Quảng Trực.
Các đoàn do các đồng chí Điểu K'Lứt, Y Thông Ktla, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dẫn đầu; tham gia có bà H'Loan Niê, Ủy viên Ban Thường trực, Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Toàn tỉnh đã trao 1.480 phần quà, mỗi phần trị giá 650.000 đồng gồm tiền mặt, gạo, dầu ăn; tổng trị giá 962 triệu đồng. Nguồn quà do Quỹ "Vì người nghèo" tỉnh và 14 doanh nghiệp tài trợ theo Kế hoạch số 205/KH-MTTQ-BTT ngày 2/12/2024 của Ban Thường trực. Riêng xã Quảng Trực nhận 310 phần, xã Đắk Ngo nhận 265 phần quà.
Bà Thị Nhung, hộ nghèo bon Bu Dấp, xã Quảng Trực, chia sẻ: nhờ phần quà mà gia đình có Tết đủ đầy. Già làng Điểu Xrê, bon Bu Prăng 2, cảm ơn Mặt trận; cả bon 72 hộ vừa được kéo điện lưới.
Dịp này, Ủy ban MTTQ tỉnh còn bàn giao 12 căn nhà Đại đoàn kết, mỗi căn 60tr, và trao 90 suất học bổng "Tiếp sức đến trường".
Đồng chí Điểu K'Lứt cho biết từ nay đến Tết sẽ trao thêm 520 phần quà nữa cho các xã vùng biên tỉnh Đắk Nông.
H'Nhi
Lượt xem: 2.244
Tin khác
- Mặt trận huyện Tuy Đức trao 300 phần quà
- Ngày hội Đại đoàn kết ở bon Sar Pa
- Hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh
""", "2025-01-20", "Mang Tết ấm đến 1.480 hộ đồng bào M'Nông",
E("trao_qua", None, "2025-01-16"),
[P("H'Loan Niê", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Lứt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thông Ktla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Nhung", "hộ nghèo bon Bu Dấp"),
 P("Điểu Xrê", "Già làng")],
[Q("1.480 phần quà", 1480, "phần quà"),
 Q("6 huyện, thành phố", 6, "huyện, thành phố"),
 Q("650.000 đồng", 650000, "đồng"),
 Q("962 triệu đồng", 962000000, "đồng"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("310 phần", 310, "phần"),
 Q("265 phần quà", 265, "phần quà"),
 Q("72 hộ", 72, "hộ"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("60tr", 60000000, "đồng"),
 Q("90 suất học bổng", 90, "suất học bổng"),
 Q("thêm 520 phần quà", 520, "phần quà")],
[D("Kế hoạch", "205", "KH-MTTQ-BTT", "2024-12-02", "Ban Thường trực", "Kế hoạch số 205/KH-MTTQ-BTT")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ › Tin hoạt động › Vì người nghèo", "Bà H'Loan Niê (thứ hai từ phải) trao quà Tết cho người dân xã Quảng Trực.", "Vì người nghèo", "Tiếp sức đến trường", "bon Bu Dấp", "bon Bu Prăng 2", "Lượt xem: 2.244"],
["(GMT+7)", "Từ ngày 16 đến 18/1", "Tết Ất Tỵ", "bon Bu Prăng 2", "Lượt xem: 2.244"]))

PAGES.append(page("b332-tuyenquang-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang thông tin điện tử
Trang chủ / Tin tức / Dân vận
09:10 | 28/08/2025
Bồi dưỡng nghiệp vụ cho cán bộ dân vận 124 xã, phường
Ngày 26/8, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 372 học viên là cán bộ các xã, phường sau sắp xếp.
Các học viên dự lớp tập huấn tại hội trường Tỉnh ủy.
Dự khai giảng có đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Vàng Thị Mai; các đồng chí Lù Văn Páo, Nguyễn Thị Hằng Nga - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Giàng Seo Chứ, vừa được tín nhiệm giữ chức Trưởng Ban Xây dựng Đảng Đảng ủy xã Mậu Duệ.
Sau khi tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang, toàn tỉnh có 124 xã, phường vận hành chính quyền địa phương 2 cấp. Học viên được quán triệt Quy định 296-QĐ/TW của Ban Chấp hành Trung ương, Hướng dẫn 08-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương và Kế hoạch 16, 17-KH/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Giàng Seo Chứ chia sẻ, xã Mậu Duệ đã vận động 208 hộ đồng bào Mông hiến 1,8 ha đất làm điểm trường; mỗi hộ góp 15 ngày công và 300 nghìn. Phong trào "3 cùng, 4 biết" được cán bộ xã Yên Minh duy trì.
Cuối lớp, 365/372 học viên hoàn thành bài thu hoạch.
Ban Tuyên giáo và Dân vận
Lượt xem: 1.877
Tin liên quan
- Ra mắt Đảng ủy các xã mới
- Hướng dẫn thu thập dư luận xã hội
- Người uy tín vùng cao chung tay xóa nhà tạm
- Giao ban khối dân vận tháng 7
- Tuyên truyền chính quyền địa phương 2 cấp
""", "2025-08-28", "Bồi dưỡng nghiệp vụ cho cán bộ dân vận 124 xã, phường",
E("tap_huan", "2025", "2025-08-26"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Văn Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hằng Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Seo Chứ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Mậu Duệ")],
[Q("124 xã, phường", 124, "xã, phường"),
 Q("372 học viên", 372, "học viên"),
 Q("208 hộ", 208, "hộ"),
 Q("1,8 ha", 1.8, "ha"),
 Q("15 ngày công", 15, "ngày công"),
 Q("300 nghìn", 300000, "đồng"),
 Q("365/372 học viên", 365, "học viên")],
[D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 296-QĐ/TW"),
 D("Hướng dẫn", "08", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 08-HD/BTGDVTW"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 16, 17-KH/TU"),
 D("Kế hoạch", "17", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "17-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Yên Minh")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang thông tin điện tử", "Trang chủ / Tin tức / Dân vận", "Các học viên dự lớp tập huấn tại hội trường Tỉnh ủy.", "3 cùng, 4 biết", "Ban Tuyên giáo và Dân vận", "Lượt xem: 1.877"],
["năm 2025", "Ngày 26/8", "chính quyền địa phương 2 cấp", "3 cùng, 4 biết", "Lượt xem: 1.877"]))

PAGES.append(page("b333-vinhlong-xa-giaoban-2025", """
ĐẢNG ỦY XÃ HÒA MINH
Tỉnh Vĩnh Long
Trang chủ › Tin tức - Sự kiện › Công tác dân vận
Thứ Tư, 05/11/2025 - 16:30
Giao ban khối dân vận xã tháng 10
Ngày 3/11, Ban Dân vận Đảng ủy xã Hòa Minh tổ chức giao ban công tác dân vận tháng 10 năm 2025 với Ủy ban MTTQ Việt Nam xã và 18 ấp.
Bà Thạch Thị Sô Phi (bìa trái) báo cáo tại buổi giao ban.
Chủ trì có đồng chí Kiên Minh Trí, ĐUV, Trưởng Ban Dân vận Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Thạch Thị Sô Phi, Sơn Văn Khanh; đại đức Thạch Sa Rây, Trụ trì chùa Ô Chích.
Xã Hòa Minh được hợp nhất từ 3 xã cũ thuộc tỉnh Trà Vinh trước đây. Trong tháng, khối dân vận vận động 35 hộ hiến 1.760 m2 đất làm đường đal; nhân dân góp 412,5 triệu đồng và 620 ngày công. Hội LHPN xã trao 25 con bò giống cho phụ nữ nghèo, mỗi con trị giá 16 triệu. Tổ hòa giải đã hòa giải thành 4/5 vụ tranh chấp ranh đất.
Thực hiện Kế hoạch 09-KH/ĐU và Kế hoạch 11-KH/ĐU của Đảng ủy xã về xây dựng "ấp văn hóa, ấp không ma túy", 7 ấp đã đăng ký đạt chuẩn. Ông Lâm Văn Sà Rết, trưởng ấp Long Khánh, cho biết ấp còn 12 hộ nghèo.
Đồng chí Kiên Minh Trí đề nghị tháng 11 tập trung vận động hỗ trợ người dân vùng sạt lở ven sông Cổ Chiên, xóa 100% nhà tạm trước Tết.
Các đoàn thể thống nhất mỗi cán bộ phụ trách một nhóm hộ, thường xuyên đến nhà nắm tâm tư, nguyện vọng của bà con, nhất là đồng bào Khmer ở các ấp vùng sâu.
Văn phòng Đảng ủy xã
Lượt xem: 356
Tin cùng chuyên mục
- Xã Hòa Minh đối thoại với nhân dân
- Ra mắt mô hình "Dân vận khéo" ở ấp Bến Có
- Giao ban khối dân vận tháng 9
- Đại hội Đảng bộ xã Hòa Minh lần thứ I
- Tuyên truyền chính quyền địa phương 2 cấp
""", "2025-11-05", "Giao ban khối dân vận xã tháng 10",
E("giao_ban", "2025-10", "2025-11-03"),
[P("Thạch Thị Sô Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kiên Minh Trí", "ĐUV", "Trưởng Ban Dân vận Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Văn Khanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Rây", "đại đức", "Trụ trì chùa Ô Chích"),
 P("Lâm Văn Sà Rết", "trưởng ấp Long Khánh")],
[Q("18 ấp", 18, "ấp"),
 Q("3 xã", 3, "xã"),
 Q("35 hộ", 35, "hộ"),
 Q("1.760 m2", 1760, "m2"),
 Q("412,5 triệu đồng", 412500000, "đồng"),
 Q("620 ngày công", 620, "ngày công"),
 Q("25 con bò giống", 25, "con bò giống"),
 Q("16 triệu", 16000000, "đồng"),
 Q("4/5 vụ tranh chấp ranh đất", 4, "vụ tranh chấp ranh đất"),
 Q("4/5 vụ tranh chấp ranh đất", 5, "vụ tranh chấp ranh đất"),
 Q("7 ấp", 7, "ấp"),
 Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 09-KH/ĐU"),
 D("Kế hoạch", "11", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 11-KH/ĐU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Hòa Minh")],
["ĐẢNG ỦY XÃ HÒA MINH", "Tỉnh Vĩnh Long", "Trang chủ › Tin tức - Sự kiện › Công tác dân vận", "Bà Thạch Thị Sô Phi (bìa trái) báo cáo tại buổi giao ban.", "ấp văn hóa, ấp không ma túy", "Văn phòng Đảng ủy xã", "ấp Long Khánh", "chùa Ô Chích", "Lượt xem: 356"],
["tháng 10 năm 2025", "Ngày 3/11", "Trong tháng", "tháng 11", "Lượt xem: 356"]))

PAGES.append(page("b334-lamdong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Hôm nay: Thứ Sáu, 23/01/2026
Trang chủ > Tin tức > Hoạt động của Ban
Thứ Tư, 14/01/2026 - 10:15
Năm 2025: khối dân vận vận động xóa 3.126 căn nhà tạm
Sáng 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối 124 điểm cầu xã, phường, đặc khu.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Dự có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Ka Thị Hòa; các Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Tĩnh, K'Điệp, Đàng Thị Mỹ Hạnh; đồng chí Ya Dinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025, dù vừa hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, khối dân vận đã phối hợp xóa 3.126 căn nhà tạm, nhà dột nát với tổng kinh phí 187,6 tỷ đồng; vận động hiến 52.400 m2 đất. Ban Tuyên giáo và Dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định 215-QĐ/TU; các Kết luận 155, 156-KL/TW của Bộ Chính trị được quán triệt tới 100% chi bộ.
Đồng chí Ka Thị Hòa nhấn mạnh 64 đồng chí trưởng ban dân vận xã đã bám dân theo phương châm "3 bám, 4 cùng"; có 42 mô hình "Dân vận khéo" được công nhận. Bà Kiều Thị Nga, người có uy tín thôn Bon Rơm, xã Đam Rông 2, góp 200.000.000 đồng làm nhà cho 4 hộ nghèo.
Hội nghị khen thưởng 30 tập thể, 45 cá nhân, trao 3.126 cuốn sổ tay dân vận cho cơ sở.
Lâm Anh
Lượt xem: 2.903
Tin liên quan
- Giao ban khối dân vận quý IV năm 2025
- Phan Thiết: tuyên truyền bảo vệ biển
- Gia Nghĩa ra mắt câu lạc bộ người uy tín
""", "2026-01-14", "Năm 2025: khối dân vận vận động xóa 3.126 căn nhà tạm",
E("tong_ket", "2025", "2026-01-13"),
[P("Ka Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tĩnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Điệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ya Dinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiều Thị Nga", "người có uy tín thôn Bon Rơm")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("3.126 căn nhà tạm, nhà dột nát", 3126, "căn nhà tạm, nhà dột nát"),
 Q("187,6 tỷ đồng", 187600000000, "đồng"),
 Q("52.400 m2", 52400, "m2"),
 Q("100%", 100, "%"),
 Q("64 đồng chí", 64, "đồng chí"),
 Q("42 mô hình", 42, "mô hình"),
 Q("200.000.000 đồng", 200000000, "đồng"),
 Q("4 hộ nghèo", 4, "hộ nghèo"),
 Q("30 tập thể", 30, "tập thể"),
 Q("45 cá nhân", 45, "cá nhân"),
 Q("3.126 cuốn sổ tay dân vận", 3126, "cuốn sổ tay dân vận")],
[D("Quyết định", "215", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 215-QĐ/TU"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận 155, 156-KL/TW"),
 D("Kết luận", "156", "KL/TW", None, "Bộ Chính trị", "156-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ > Tin tức > Hoạt động của Ban", "Quang cảnh hội nghị tại điểm cầu tỉnh.", "3 bám, 4 cùng", "Dân vận khéo", "thôn Bon Rơm", "Lượt xem: 2.903"],
["Hôm nay: Thứ Sáu, 23/01/2026", "năm 2025", "năm 2026", "Sáng 13/1", "3 bám, 4 cùng", "64 đồng chí", "xã Đam Rông 2", "Lượt xem: 2.903"]))
