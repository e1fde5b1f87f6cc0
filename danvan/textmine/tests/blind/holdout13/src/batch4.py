from lib import *
PAGES = []

PAGES.append(page("b287-thainguyen-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Thứ Sáu, 16/01/2026
Trang chủ » Tin tức » Dân vận
Ngày đăng: 15/01/2026 - 08:40
Khối dân vận Thái Nguyên góp sức xóa 2.306 căn nhà tạm
Ngày 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025 - năm đầu tiên sau khi hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 93 điểm cầu xã, phường.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Hà Thị Lìu; đồng chí Lương Quốc Trịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Triệu Thị Hoàn, Mã Văn Dũng, Đồng Thị Thu Trang - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, khối dân vận các cấp góp sức xóa 2.306 căn nhà tạm, nhà dột nát với tổng kinh phí 118,4 tỷ đồng; vận động nhân dân hiến hơn 87.000 m2 đất. Thực hiện Kết luận 210, 211-KL/TW của Bộ Chính trị và Kế hoạch 08-KH/TU ngày 17/7/2025 của Ban Thường vụ Tỉnh ủy, 100% xã, phường kiện toàn khối dân vận. Toàn tỉnh có 1.468 mô hình "Dân vận khéo", trong đó 209 mô hình ở vùng đồng bào Dao, Mông.
Đồng chí Hà Thị Lìu ghi nhận khối dân vận đã làm tốt công tác tư tưởng cho 1.930 cán bộ dôi dư, trong đó 63 đồng chí là cán bộ dân vận cấp huyện trước đây. Bà Lý Thị Sèn, người Dao ở xã Bằng Vân, được tín nhiệm giữ chức Trưởng ban công tác Mặt trận thôn Nà Đúc, kể về việc vận động 19 hộ chuyển chỗ ở khỏi vùng sạt lở.
Dịp này, 17 tập thể và 28 cá nhân được tặng Bằng khen của Ban Thường vụ Tỉnh ủy; mỗi tập thể được thưởng 3.600.000 đồng.
Hà Phương
Lượt xem: 2.874
Tin liên quan
- Tổng kết công tác dân vận năm 2024
- Thái Nguyên: 40 xã ra mắt tổ dân vận
""", "2026-01-15", "Khối dân vận Thái Nguyên góp sức xóa 2.306 căn nhà tạm",
E("tong_ket", "2025", "2026-01-13"),
[P("Hà Thị Lìu", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"),
 P("Lương Quốc Trịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Hoàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Mã Văn Dũng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đồng Thị Thu Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Sèn", "người Dao ở xã Bằng Vân", "Trưởng ban công tác Mặt trận thôn Nà Đúc")],
[Q("2.306 căn nhà tạm", 2306, "căn nhà tạm"), Q("93 điểm cầu", 93, "điểm cầu"), Q("118,4 tỷ đồng", 118400000000, "đồng"),
 Q("hơn 87.000 m2", 87000, "m2", "over"), Q("100% xã, phường", 100, "%"), Q("1.468 mô hình", 1468, "mô hình"),
 Q("209 mô hình", 209, "mô hình"), Q("1.930 cán bộ dôi dư", 1930, "cán bộ dôi dư"), Q("63 đồng chí", 63, "đồng chí"),
 Q("19 hộ", 19, "hộ"), Q("17 tập thể", 17, "tập thể"), Q("28 cá nhân", 28, "cá nhân"), Q("3.600.000 đồng", 3600000, "đồng")],
[D("Kết luận", "210", "KL/TW", None, "Bộ Chính trị", "Kết luận 210, 211-KL/TW của Bộ Chính trị"),
 D("Kết luận", "211", "KL/TW", None, "Bộ Chính trị", "211-KL/TW"),
 D("Kế hoạch", "08", "KH/TU", "2025-07-17", "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08-KH/TU ngày 17/7/2025 của Ban Thường vụ Tỉnh ủy")],
[prov("Bắc Kạn"), prov("Thái Nguyên"), com("Bằng Vân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ » Tin tức » Dân vận", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "thôn Nà Đúc", "Lượt xem: 2.874"],
["Thứ Sáu, 16/01/2026", "năm 2025", "năm đầu tiên", "63 đồng chí", "Lượt xem: 2.874"]))

PAGES.append(page("b288-camau-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang chủ > Tin tức > Hoạt động Hội
08:15 | 24/03/2026
Nông dân vùng tôm - lúa kiến nghị 31 vấn đề về thủy lợi, giá tôm
Ngày 23/3, tại xã Hồng Dân, Hội Nông dân tỉnh phối hợp Sở Nông nghiệp và Môi trường tổ chức hội nghị đối thoại năm 2026 với khoảng 210 hội viên nông dân vùng tôm - lúa của tỉnh Bạc Liêu cũ.
Ông Thạch Sa Vươne, hội viên ấp Ninh Thạnh Đông, nêu kiến nghị.
Chủ trì hội nghị có ông Trần Văn Khởi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; ông Lâm Văn Thuôl, vừa được Ban Chấp hành Hội Nông dân tỉnh bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh; bà Huỳnh Thị Mỹ Xuyên, Phó Giám đốc Sở Nông nghiệp và Môi trường.
Nông dân nêu 31 vấn đề, trong đó 12 ý kiến về cống thủy lợi, 9 ý kiến về giá tôm giống. Ông Thạch Sa Vươne cho biết giá tôm sú giảm từ 240.000 đ/kg xuống khoảng 185 nghìn đồng/kg. Bà Danh Thị Sô Phi, Chủ tịch Hội Nông dân xã Ninh Thạnh Lợi, đề nghị nạo vét 17 km kênh cấp 2.
Bà Huỳnh Thị Mỹ Xuyên cho biết tỉnh dành 62 tỷ đồng nạo vét kênh, trong đó 8,7 tỷ đồng cho các xã vùng tôm - lúa; Quỹ Hỗ trợ nông dân cho vay tối đa 100 triệu/hộ. Thực hiện Nghị quyết 05/2026/NQ-HĐND của HĐND tỉnh, mỗi ha lúa hữu cơ được hỗ trợ 3.200.000 đồng.
Ngay tại hội nghị, 26/31 vấn đề được trả lời, các vấn đề còn lại được chuyển đến cơ quan chuyên môn. Ông Trần Văn Khởi đề nghị các cấp Hội ở Cà Mau tiếp tục phát huy phong trào "Nông dân Cà Mau chung tay bảo vệ rừng ngập mặn".
Hoàng Nam
Lượt xem: 1.096
Tin liên quan
- Tập huấn nuôi tôm cho 150 nông dân
- Hội Nông dân ra mắt 6 tổ hợp tác
""", "2026-03-24", "Nông dân vùng tôm - lúa kiến nghị 31 vấn đề về thủy lợi, giá tôm",
E("doi_thoai", "2026", "2026-03-23"),
[P("Thạch Sa Vươne", "hội viên ấp Ninh Thạnh Đông"),
 P("Trần Văn Khởi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lâm Văn Thuôl", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Thị Mỹ Xuyên", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Danh Thị Sô Phi", "Chủ tịch Hội Nông dân xã Ninh Thạnh Lợi")],
[Q("31 vấn đề", 31, "vấn đề"), Q("khoảng 210 hội viên", 210, "hội viên", "approx"), Q("12 ý kiến", 12, "ý kiến"),
 Q("9 ý kiến", 9, "ý kiến"), Q("240.000 đ/kg", 240000, "đồng"), Q("khoảng 185 nghìn đồng/kg", 185000, "đồng", "approx"),
 Q("17 km", 17, "km"), Q("62 tỷ đồng", 62000000000, "đồng"), Q("8,7 tỷ đồng", 8700000000, "đồng"),
 Q("100 triệu/hộ", 100000000, "đồng"), Q("3.200.000 đồng", 3200000, "đồng"), Q("26/31 vấn đề", 26, "vấn đề")],
[D("Nghị quyết", "05", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 05/2026/NQ-HĐND của HĐND tỉnh")],
[prov("Bạc Liêu"), prov("Cà Mau"), com("Hồng Dân"), com("Ninh Thạnh Lợi")],
["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang chủ > Tin tức > Hoạt động Hội", "Ông Thạch Sa Vươne, hội viên ấp Ninh Thạnh Đông, nêu kiến nghị.",
 "Sở Nông nghiệp và Môi trường", "Quỹ Hỗ trợ nông dân", "Nông dân Cà Mau chung tay bảo vệ rừng ngập mặn", "ấp Ninh Thạnh Đông", "Lượt xem: 1.096"],
["năm 2026", "kênh cấp 2", "Lượt xem: 1.096"]))

PAGES.append(page("b289-vinhlong-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG
Hôm nay: Thứ Hai, 20/07/2026
Trang chủ | Tin tức | Phụ nữ với an sinh xã hội
17/07/2026 - 09:25
Phụ nữ ba vùng hợp nhất chung tay giúp 1.274 hội viên khó khăn
Ngày 10/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026. Trong 6 tháng, các cấp Hội giúp 1.274 hội viên khó khăn có sinh kế ổn định.
Bà Thạch Thị Sa Phol báo cáo mô hình "Tổ phụ nữ Khmer tiết kiệm" tại hội nghị.
Hội nghị do bà Nguyễn Thị Bé Mười, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, chủ trì. Cùng dự có các Phó Chủ tịch Hội LHPN tỉnh: Thạch Thị Sa Phol, Lê Thị Ngọc Hân, Trương Thị Kiều Oanh.
Sáu tháng đầu năm, Hội vận động trên 7,3 tỷ đồng, xây 42 "Mái ấm tình thương" cho hội viên nghèo ở các xã thuộc tỉnh Bến Tre và tỉnh Trà Vinh cũ, mỗi căn 66 - 85 triệu đồng. Hội nhận ủy thác 1.936 tỷ đồng vốn vay từ Ngân hàng Chính sách xã hội với 28.540 hộ vay. Thực hiện Chỉ thị 05, 06-CT/HPN của Ban Thường vụ Hội LHPN tỉnh, 100% cơ sở Hội tổ chức sinh hoạt về phòng, chống bạo lực gia đình.
Bà Kim Thị Sóc Kha, hội viên ấp Sóc Ruộng, xã Tập Sơn, chia sẻ tổ tiết kiệm của bà có 23 thành viên, mỗi tháng góp 200 ngàn đồng. Bà Lê Thị Ngọc Hân đề nghị 6 tháng cuối năm tập trung thực hiện cuộc vận động "Phụ nữ Vĩnh Long 3 giỏi, 2 tốt", hỗ trợ thêm 700 phụ nữ khởi nghiệp.
Hội nghị cũng thống nhất tổ chức ngày hội "Phụ nữ khởi nghiệp" vào tháng 9 tại phường Long Châu.
Bảo Trân
Lượt xem: 1.358
Tin cùng chuyên mục
- Trao 30 mái ấm tình thương tại Càng Long
- Phụ nữ Mỏ Cày ra quân ngày Chủ nhật xanh
""", "2026-07-17", "Phụ nữ ba vùng hợp nhất chung tay giúp 1.274 hội viên khó khăn",
E("so_ket", "2026-H1", "2026-07-10"),
[P("Thạch Thị Sa Phol", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trương Thị Kiều Oanh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Kim Thị Sóc Kha", "hội viên ấp Sóc Ruộng")],
[Q("1.274 hội viên khó khăn", 1274, "hội viên khó khăn"), Q("trên 7,3 tỷ đồng", 7300000000, "đồng", "over"),
 Q("42 \"Mái ấm tình thương\"", 42, "Mái ấm tình thương"), Q("66 - 85 triệu đồng", 66000000, "đồng"),
 Q("66 - 85 triệu đồng", 85000000, "đồng"), Q("1.936 tỷ đồng", 1936000000000, "đồng"), Q("28.540 hộ vay", 28540, "hộ vay"),
 Q("100% cơ sở Hội", 100, "%"), Q("23 thành viên", 23, "thành viên"), Q("200 ngàn đồng", 200000, "đồng"),
 Q("700 phụ nữ", 700, "phụ nữ")],
[D("Chỉ thị", "05", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Chỉ thị 05, 06-CT/HPN của Ban Thường vụ Hội LHPN tỉnh"),
 D("Chỉ thị", "06", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "06-CT/HPN")],
[prov("Bến Tre"), prov("Trà Vinh"), prov("Vĩnh Long"), com("Tập Sơn"), com("Long Châu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG", "Trang chủ | Tin tức | Phụ nữ với an sinh xã hội",
 "Bà Thạch Thị Sa Phol báo cáo mô hình \"Tổ phụ nữ Khmer tiết kiệm\" tại hội nghị.", "Tổ phụ nữ Khmer tiết kiệm",
 "Mái ấm tình thương", "Ngân hàng Chính sách xã hội", "Phụ nữ Vĩnh Long 3 giỏi, 2 tốt", "Phụ nữ khởi nghiệp",
 "ấp Sóc Ruộng", "Lượt xem: 1.358"],
["Hôm nay: Thứ Hai, 20/07/2026", "6 tháng đầu năm 2026", "Trong 6 tháng", "Sáu tháng đầu năm", "3 giỏi, 2 tốt",
 "6 tháng cuối năm", "tháng 9", "Lượt xem: 1.358"]))

PAGES.append(page("b290-danang-ccb-giaoban-2026", """
HỘI CỰU CHIẾN BINH THÀNH PHỐ ĐÀ NẴNG
Trang chủ › Hoạt động Hội › Tin thành phố
Thứ Ba, 07/04/2026 - 16:30
Hội CCB thành phố giao ban quý I năm 2026
Ngày 6/4, Thường trực Hội CCB thành phố tổ chức giao ban công tác Hội quý I năm 2026 với chủ tịch Hội CCB 94 xã, phường, đặc khu.
Thượng tá Bríu Pố phát biểu tại giao ban.
Chủ trì giao ban có Đại tá Phan Hữu Lộc, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội CCB thành phố; các Phó Chủ tịch Hội CCB thành phố: Đại tá Nguyễn Văn Bảy, Thượng tá Bríu Pố. Dự có ông Alăng Văn Tơi, Phó Trưởng Ban Dân tộc và Tôn giáo thành phố.
Quý I, các cấp Hội kết nạp 512 hội viên; trao 26 căn nhà "Nghĩa tình đồng đội" cho hội viên ở các xã miền núi thuộc tỉnh Quảng Nam cũ, mỗi căn 80tr, tổng 2,08 tỷ đồng. Hội CCB xã Tây Giang phối hợp Đồn Biên phòng A Xan tuần tra 46 lượt trên tuyến biên giới, mỗi tổ 5 người. Ông Hồ Văn Dưa, hội viên CCB thôn Arui, được biểu dương vì vận động 9 hộ trả lại 1,6 ha đất rừng.
Thực hiện Kế hoạch 12-KH/CCB ngày 8/1/2026 của Ban Thường vụ Hội CCB thành phố và Kết luận 97-KL/TW của Ban Bí thư, các cơ sở Hội hòa giải thành 18 vụ mâu thuẫn; phong trào "Tổ CCB tự quản an ninh" duy trì ở 94/94 xã, phường, đặc khu.
Đại tá Phan Hữu Lộc đề nghị quý II chuẩn bị kỷ niệm 51 năm Ngày giải phóng Đà Nẵng, chăm lo 380 hội viên có hoàn cảnh khó khăn, mỗi người một phần quà 1,8 triệu đồng.
Thanh Tùng
Lượt xem: 684
Tin liên quan
- Hội CCB Hòa Vang trao 4 nhà nghĩa tình đồng đội
- Giao ban quý IV năm 2025
""", "2026-04-07", "Hội CCB thành phố giao ban quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Bríu Pố", "Thượng tá", "Phó Chủ tịch Hội CCB thành phố"),
 P("Phan Hữu Lộc", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội CCB thành phố"),
 P("Nguyễn Văn Bảy", "Đại tá", "Phó Chủ tịch Hội CCB thành phố"),
 P("Alăng Văn Tơi", "Phó Trưởng Ban Dân tộc và Tôn giáo thành phố"),
 P("Hồ Văn Dưa", "hội viên CCB thôn Arui")],
[Q("94 xã, phường, đặc khu", 94, "xã, phường, đặc khu"), Q("512 hội viên", 512, "hội viên"), Q("26 căn nhà", 26, "căn nhà"),
 Q("80tr", 80000000, "đồng"), Q("2,08 tỷ đồng", 2080000000, "đồng"), Q("46 lượt", 46, "lượt"), Q("5 người", 5, "người"),
 Q("9 hộ", 9, "hộ"), Q("1,6 ha", 1.6, "ha"), Q("18 vụ mâu thuẫn", 18, "vụ mâu thuẫn"), Q("380 hội viên", 380, "hội viên"),
 Q("1,8 triệu đồng", 1800000, "đồng")],
[D("Kế hoạch", "12", "KH/CCB", "2026-01-08", "Ban Thường vụ Hội CCB thành phố", "Kế hoạch 12-KH/CCB ngày 8/1/2026 của Ban Thường vụ Hội CCB thành phố"),
 D("Kết luận", "97", "KL/TW", None, "Ban Bí thư", "Kết luận 97-KL/TW của Ban Bí thư")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang")],
["HỘI CỰU CHIẾN BINH THÀNH PHỐ ĐÀ NẴNG", "Trang chủ › Hoạt động Hội › Tin thành phố", "Thượng tá Bríu Pố phát biểu tại giao ban.",
 "Nghĩa tình đồng đội", "Đồn Biên phòng A Xan", "thôn Arui", "Tổ CCB tự quản an ninh", "Lượt xem: 684"],
["quý I năm 2026", "94/94 xã, phường, đặc khu", "quý II", "51 năm", "Lượt xem: 684"]))

PAGES.append(page("b291-tayninh-doan-traoqua-2026", """
TỈNH ĐOÀN TÂY NINH
Cổng thông tin Tuổi trẻ Tây Ninh
Trang chủ / Tin tức / Hoạt động Đoàn
Thứ Bảy, 29/08/2026 | 19:05
Trao 265 suất học bổng "Chắp cánh ước mơ vùng biên" cho học sinh vùng biên
Chiều 28/8, Ban Thường vụ Tỉnh đoàn phối hợp Hội Khuyến học tỉnh trao 265 suất học bổng "Chắp cánh ước mơ vùng biên" cho học sinh khó khăn ở các xã biên giới, tổng trị giá 371 triệu đồng.
Đồng chí Huỳnh Thanh Phong và đại biểu trao 265 suất học bổng cho học sinh.
Tham dự có đồng chí Huỳnh Thanh Phong, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; đồng chí Trần Thị Mộng Kha, Phó Bí thư Tỉnh đoàn; ông Ngô Quốc Vinh, Giám đốc Công ty TNHH Mía đường Biên Cương.
Mỗi suất học bổng 1,4 triệu đồng kèm 1 bộ sách giáo khoa và 10 quyển vở. Riêng 32 học sinh người Khmer ở xã Tân Đông và xã Mộc Hóa nhận thêm 32 xe đạp, mỗi xe trị giá 1.650.000 đồng. Theo Kế hoạch 64-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh đoàn, năm học 2026 - 2027 Tỉnh đoàn sẽ vận động khoảng 1.300 suất học bổng, trong đó khu vực tỉnh Long An cũ 520 suất.
Em Néang Sa Rim, học sinh lớp 8 xã Tân Đông, xúc động cho biết em có thêm động lực đi học. Đồng chí Võ Minh Tài, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Tân Đông, cho biết xã có 78 học sinh nguy cơ bỏ học và đã phân công 26 đoàn viên kèm cặp.
Chương trình "Mỗi đoàn viên một vòng tay yêu thương" năm nay huy động được 41 triệu đồng từ đoàn viên thanh niên. Tỉnh đoàn Tây Ninh cho biết sẽ tiếp tục kết nối doanh nghiệp đồng hành cùng học sinh vùng biên.
Kim Ngân
Lượt xem: 927
Tin khác
- Tuổi trẻ Tây Ninh ra quân Mùa hè xanh
- Trao 40 suất học bổng tại Bến Cầu
""", "2026-08-29", "Trao 265 suất học bổng \"Chắp cánh ước mơ vùng biên\" cho học sinh vùng biên",
E("trao_qua", None, "2026-08-28"),
[P("Huỳnh Thanh Phong", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Trần Thị Mộng Kha", "Phó Bí thư Tỉnh đoàn"),
 P("Ngô Quốc Vinh", "Giám đốc Công ty TNHH Mía đường Biên Cương"),
 P("Néang Sa Rim", "học sinh lớp 8 xã Tân Đông"),
 P("Võ Minh Tài", "Bí thư Đoàn xã Tân Đông")],
[Q("265 suất học bổng", 265, "suất học bổng"), Q("371 triệu đồng", 371000000, "đồng"), Q("1,4 triệu đồng", 1400000, "đồng"),
 Q("1 bộ sách giáo khoa", 1, "bộ sách giáo khoa"), Q("10 quyển vở", 10, "quyển vở"), Q("32 học sinh", 32, "học sinh"),
 Q("32 xe đạp", 32, "xe đạp"), Q("1.650.000 đồng", 1650000, "đồng"), Q("khoảng 1.300 suất học bổng", 1300, "suất học bổng", "approx"),
 Q("520 suất", 520, "suất"), Q("78 học sinh", 78, "học sinh"), Q("26 đoàn viên", 26, "đoàn viên"), Q("41 triệu đồng", 41000000, "đồng")],
[D("Kế hoạch", "64", "KH/TĐTN-TNTH", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 64-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh đoàn")],
[prov("Long An"), prov("Tây Ninh"), com("Tân Đông"), com("Mộc Hóa")],
["TỈNH ĐOÀN TÂY NINH", "Cổng thông tin Tuổi trẻ Tây Ninh", "Trang chủ / Tin tức / Hoạt động Đoàn",
 "Đồng chí Huỳnh Thanh Phong và đại biểu trao 265 suất học bổng cho học sinh.", "Chắp cánh ước mơ vùng biên", "Hội Khuyến học tỉnh",
 "Công ty TNHH Mía đường Biên Cương", "Mỗi đoàn viên một vòng tay yêu thương", "Lượt xem: 927"],
["năm học 2026 - 2027", "lớp 8", "Lượt xem: 927"]))

PAGES.append(page("b292-ninhbinh-bao-chandung-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Thứ Ba, 20/10/2026
Xã hội › Gương sáng
Cập nhật lúc 07:10 18/10/2026
Người "trưởng xóm" 30 năm giữ bình yên cho xóm đạo ven biển
(BNB) - Gần 30 năm làm trưởng xóm Trung Đồng, ông Phạm Văn Khiết (71 tuổi) được bà con lương - giáo ở xã Hải Thịnh quý mến vì cách vận động nhẹ nhàng mà bền bỉ.
Ông Phạm Văn Khiết (giữa) trò chuyện với bà con xóm Trung Đồng.
Xóm Trung Đồng có 318 hộ, trong đó 246 hộ theo đạo Công giáo. Năm 2024, khi tỉnh Nam Định triển khai mở rộng đê biển, ông Khiết cùng linh mục Giuse Trần Đức Lâm, Chánh xứ giáo xứ Trung Đồng, vận động 41 hộ di dời lều chài, bàn giao 5.260 m2 mặt bằng. Bà con còn góp 178 triệu đồng và 1.140 ngày công làm 2,4 km đường bê tông ven đê.
Bà Đoàn Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Thịnh, cho biết từ khi xã mới được thành lập theo Nghị quyết 1718/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, xóm Trung Đồng luôn dẫn đầu phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Khiết còn là tổ trưởng tổ hòa giải xóm. Trong 5 năm, tổ hòa giải thành 23 vụ việc, không có đơn thư vượt cấp, không có vụ việc phức tạp kéo dài. Mỗi khi có mâu thuẫn giữa các hộ, ông đều mời cả chức sắc tôn giáo và trưởng các dòng họ cùng ngồi lại bàn bạc.
Ông Khiết vừa được Chủ tịch UBND tỉnh Ninh Bình tặng Bằng khen vì có thành tích trong phong trào "Sống tốt đời, đẹp đạo". Ông nói: "Làm gì cũng phải bàn với dân, dân đồng lòng thì việc khó mấy cũng xong".
Bài, ảnh: Thu Trang
Lượt xem: 2.215
Tin liên quan
- Hải Hậu: 12 xứ đạo ra mắt mô hình "Dân vận khéo"
- Gương sáng người có uy tín ở Kim Sơn
""", "2026-10-18", "Người \"trưởng xóm\" 30 năm giữ bình yên cho xóm đạo ven biển",
E(None, None, None),
[P("Phạm Văn Khiết", "trưởng xóm Trung Đồng", "tổ trưởng tổ hòa giải xóm"),
 P("Trần Đức Lâm", "linh mục", "Chánh xứ giáo xứ Trung Đồng"),
 P("Đoàn Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Thịnh")],
[Q("318 hộ", 318, "hộ"), Q("246 hộ", 246, "hộ"), Q("41 hộ", 41, "hộ"), Q("5.260 m2", 5260, "m2"),
 Q("178 triệu đồng", 178000000, "đồng"), Q("1.140 ngày công", 1140, "ngày công"), Q("2,4 km", 2.4, "km"),
 Q("23 vụ việc", 23, "vụ việc")],
[D("Nghị quyết", "1718", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết 1718/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội")],
[prov("Nam Định"), prov("Ninh Bình"), com("Hải Thịnh")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Xã hội › Gương sáng", "Ông Phạm Văn Khiết (giữa) trò chuyện với bà con xóm Trung Đồng.",
 "xóm Trung Đồng", "giáo xứ Trung Đồng", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Sống tốt đời, đẹp đạo",
 "Lượt xem: 2.215"],
["Thứ Ba, 20/10/2026", "Lượt xem: 2.215", "30 năm", "Gần 30 năm", "71 tuổi", "Năm 2024", "Trong 5 năm"]))
