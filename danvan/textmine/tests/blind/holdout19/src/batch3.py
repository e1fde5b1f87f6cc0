from lib import Q, D, P, page, E, prov, com

PAGES = []

# b425 — Hậu Giang, Mặt trận tỉnh, bàn giao nhà Đại đoàn kết (12/9/2023)
PAGES.append(page("b425-haugiang-mttq-bangiaonha-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HẬU GIANG
Trang thông tin điện tử MTTQ tỉnh Hậu Giang
Trang chủ » Tin tức » An sinh xã hội
Bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo huyện Phụng Hiệp
Thứ Năm, 14/09/2023 | 15:10
(MTHG) - Ngày 12/9, tại xã Hòa An, huyện Phụng Hiệp, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hậu Giang phối hợp với Công ty cổ phần Mía đường Sông Hậu tổ chức lễ bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo, trong đó có 17 hộ đồng bào Khmer.
Bàn giao 45 căn nhà Đại đoàn kết cho các hộ nghèo. Ảnh: Bảo Trân
Mỗi căn nhà có diện tích 40 m2, được hỗ trợ 50 triệu đồng từ Quỹ "Vì người nghèo" tỉnh; riêng 17 căn của hộ đồng bào Khmer được hỗ trợ thêm 10 triệu đồng/căn theo Nghị quyết 14/NQ-HĐND và 15/NQ-HĐND ngày 08/7/2023 của HĐND tỉnh. Tổng kinh phí xây dựng hơn 2,4 tỷ đồng, trong đó doanh nghiệp tài trợ 900 triệu đồng, người dân và dòng họ đóng góp 260 triệu đồng cùng khoảng 1.500 ngày công.
Dự lễ bàn giao có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Văn Huyến và Phạm Thị Ngọc Hân; Hòa thượng Danh Hùng, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Sóc Kha; ông Nguyễn Hoàng Nhơn, Bí thư Huyện ủy Phụng Hiệp.
Bà Lâm Thị Sa Rây, hộ nghèo ấp Mỹ Lợi, xã Hòa An, một trong 45 hộ nhận nhà, xúc động: "Nhà dột mấy chục năm nay, giờ có nhà tường, mái tôn, tui yên tâm cho mấy đứa nhỏ đi học". Ông Thạch Sa Bươl, Trưởng Ban công tác Mặt trận ấp Mỹ Lợi, cho biết cả ấp có 9 hộ được nhận nhà đợt này.
Phát biểu tại buổi lễ, ông Trần Văn Huyến cho biết thực hiện Chỉ thị 42-CT/TU của Ban Thường vụ Tỉnh ủy và đề án "Chung tay xóa nhà tạm, nhà dột nát", từ đầu năm đến nay Mặt trận các cấp trong tỉnh đã xây mới, sửa chữa 612 căn nhà với tổng kinh phí 27,5 tỷ đồng. Mục tiêu đến hết năm 2024, tỉnh không còn hộ nghèo ở nhà tạm; hiện còn khoảng 1.030 hộ cần hỗ trợ.
Dịp này, Hội LHPN huyện Phụng Hiệp tặng mỗi hộ một phần quà gồm 20 kg gạo, 1 bình nước lọc và 500.000 đồng tiền mặt; Đoàn Thanh niên xã Hòa An hỗ trợ 120 ngày công san lấp mặt bằng.
Bảo Trân
Lượt xem: 2.310
Tin liên quan
- Hậu Giang: vận động Quỹ "Vì người nghèo" đạt 38 tỷ đồng
- Mặt trận xã Tân Bình trao 20 căn nhà tình thương
""", "2023-09-14", "Bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo huyện Phụng Hiệp",
    E("trao_qua", None, "2023-09-12"),
    [P("Trần Văn Huyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phạm Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Danh Hùng", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Sóc Kha"),
     P("Nguyễn Hoàng Nhơn", "Bí thư Huyện ủy Phụng Hiệp"),
     P("Lâm Thị Sa Rây", "hộ nghèo ấp Mỹ Lợi"),
     P("Thạch Sa Bươl", "Trưởng Ban công tác Mặt trận ấp Mỹ Lợi")],
    [Q("45 căn nhà Đại đoàn kết", 45, "căn nhà Đại đoàn kết"),
     Q("17 hộ đồng bào Khmer", 17, "hộ đồng bào Khmer"),
     Q("40 m2", 40, "m2"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("10 triệu đồng/căn", 10000000, "đồng"),
     Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"),
     Q("900 triệu đồng", 900000000, "đồng"),
     Q("260 triệu đồng", 260000000, "đồng"),
     Q("khoảng 1.500 ngày công", 1500, "ngày công", "approx"),
     Q("9 hộ", 9, "hộ"),
     Q("612 căn nhà", 612, "căn nhà"),
     Q("27,5 tỷ đồng", 27500000000, "đồng"),
     Q("khoảng 1.030 hộ", 1030, "hộ", "approx"),
     Q("20 kg gạo", 20, "kg"),
     Q("1 bình nước lọc", 1, "bình nước lọc"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("120 ngày công", 120, "ngày công")],
    [D("Nghị quyết", "14", "NQ-HĐND", "2023-07-08", "HĐND tỉnh", "Nghị quyết 14/NQ-HĐND"),
     D("Nghị quyết", "15", "NQ-HĐND", "2023-07-08", "HĐND tỉnh", "15/NQ-HĐND"),
     D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42-CT/TU")],
    [prov("Hậu Giang"), com("Hòa An")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HẬU GIANG", "Trang thông tin điện tử MTTQ tỉnh Hậu Giang",
     "Trang chủ » Tin tức » An sinh xã hội", "Bàn giao 45 căn nhà Đại đoàn kết cho các hộ nghèo. Ảnh: Bảo Trân",
     "Vì người nghèo", "Chung tay xóa nhà tạm, nhà dột nát", "Công ty cổ phần Mía đường Sông Hậu", "ấp Mỹ Lợi",
     "chùa Sóc Kha", "Phụng Hiệp", "Lượt xem: 2.310"],
    ["mấy chục năm", "năm 2024", "từ đầu năm", "15:10", "Lượt xem: 2.310"]))

# b426 — Quảng Trị, Hội CCB tỉnh, sơ kết 6 tháng đầu năm 2024 (held 12/7/2024)
PAGES.append(page("b426-quangtri-hccb-soket-2024", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ
Trang tin Hội CCB Quảng Trị
Trang chủ › Hoạt động › Tin Hội CCB các cấp
Đăng ngày 15 Tháng 7, 2024
Cựu chiến binh Quảng Trị: 6 tháng giúp 94 hội viên xây, sửa nhà
(CCBQT) - Ngày 12/7, Ban Thường vụ Hội CCB tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Dự hội nghị có 26 đồng chí Chủ tịch Hội CCB huyện, thị xã, thành phố và cơ sở trực thuộc.
Đại tá Lê Văn Trường (giữa) chủ trì hội nghị sơ kết.
Đại tá Lê Văn Trường, UVBCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh, cho biết 6 tháng qua các cấp Hội đã giúp 94 hội viên xây, sửa nhà ở với tổng trị giá 3,76 tỷ đồng, trong đó 21 căn nhà đồng đội mỗi căn 60 triệu đồng; cho 312 hộ CCB vay vốn 12,4 tỷ đồng từ Ngân hàng Chính sách xã hội. Tỷ lệ hộ CCB nghèo giảm còn 0,84%.
Thực hiện Chỉ thị 14, 15-CT/CCB của Ban Thường vụ Hội CCB tỉnh và Kế hoạch số 58/KH-UBND ngày 20/3/2024 của UBND tỉnh, Hội đã tổ chức 37 buổi tuyên truyền về chủ quyền biển đảo, phòng chống ma túy tại các xã biên giới. Mô hình "Cựu chiến binh giúp đồng bào Vân Kiều, Pa Kô giữ đường biên" ở 2 huyện Hướng Hóa, Đakrông thu hút 148 hội viên tham gia.
Tham luận tại hội nghị, ông Hồ Văn Thăm, ĐUV, Chủ tịch Hội CCB xã A Dơi, người Vân Kiều, cho biết chi hội đã giúp 8 hộ đồng bào trồng 26 ha cà phê; Trung tá Kray Vĩnh, Chủ tịch Hội CCB xã A Ngo, chia sẻ kinh nghiệm vận động bà con không tin theo đạo lạ.
Các đồng chí Thượng tá Nguyễn Đức Hải, Thiếu tá Phan Thị Liên - Phó Chủ tịch Hội CCB tỉnh - thông qua 7 nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó có việc chuẩn bị Đại hội Hội CCB các cấp nhiệm kỳ 2027 - 2032 và phát triển thêm 300 hội viên mới.
Hoàng Long
Số lượt xem: 587
Các tin khác
- Hội CCB huyện Gio Linh bàn giao nhà đồng đội
- Quảng Trị: gặp mặt CCB tiêu biểu nhân ngày 27/7
""", "2024-07-15", "Cựu chiến binh Quảng Trị: 6 tháng giúp 94 hội viên xây, sửa nhà",
    E("so_ket", "2024-H1", "2024-07-12"),
    [P("Lê Văn Trường", "Đại tá", "UVBCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
     P("Hồ Văn Thăm", "ĐUV", "Chủ tịch Hội CCB xã A Dơi"),
     P("Kray Vĩnh", "Trung tá", "Chủ tịch Hội CCB xã A Ngo"),
     P("Nguyễn Đức Hải", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Phan Thị Liên", "Thiếu tá", "Phó Chủ tịch Hội CCB tỉnh")],
    [Q("26 đồng chí", 26, "đồng chí"),
     Q("94 hội viên", 94, "hội viên"),
     Q("3,76 tỷ đồng", 3760000000, "đồng"),
     Q("21 căn nhà đồng đội", 21, "căn nhà đồng đội"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("312 hộ CCB", 312, "hộ CCB"),
     Q("12,4 tỷ đồng", 12400000000, "đồng"),
     Q("0,84%", 0.84, "%"),
     Q("37 buổi tuyên truyền", 37, "buổi tuyên truyền"),
     Q("2 huyện", 2, "huyện"),
     Q("148 hội viên", 148, "hội viên"),
     Q("8 hộ", 8, "hộ"),
     Q("26 ha", 26, "ha"),
     Q("7 nhiệm vụ trọng tâm", 7, "nhiệm vụ trọng tâm"),
     Q("300 hội viên mới", 300, "hội viên mới")],
    [D("Chỉ thị", "14", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 14, 15-CT/CCB"),
     D("Chỉ thị", "15", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 14, 15-CT/CCB"),
     D("Kế hoạch", "58", "KH-UBND", "2024-03-20", "UBND tỉnh", "Kế hoạch số 58/KH-UBND")],
    [prov("Quảng Trị"), com("A Dơi"), com("A Ngo")],
    ["HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ", "Trang tin Hội CCB Quảng Trị", "Trang chủ › Hoạt động › Tin Hội CCB các cấp",
     "Đại tá Lê Văn Trường (giữa) chủ trì hội nghị sơ kết.", "Cựu chiến binh giúp đồng bào Vân Kiều, Pa Kô giữ đường biên",
     "Ngân hàng Chính sách xã hội", "Hướng Hóa", "Đakrông", "Số lượt xem: 587"],
    ["26 đồng chí", "6 tháng", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng qua", "nhiệm kỳ 2027 - 2032",
     "Số lượt xem: 587"]))

# b427 — Đồng Nai, Ban Dân vận Tỉnh ủy, tổng kết năm 2024 (held 10/1/2025), long page
PAGES.append(page("b427-dongnai-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đồng Nai
Trang chủ > Tin tức - Sự kiện > Hoạt động Ban Dân vận
Hôm nay: Thứ Tư, 15/01/2025
Ngày 13/01/2025 lúc 10:22
Khối dân vận Đồng Nai đặt mục tiêu nhân rộng 500 mô hình "Dân vận khéo" trong năm 2025
(DVĐN) - Sáng 10/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Trịnh Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị; đồng chí Phan Văn Lượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.
Năm 2024, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU ngày 05/3/2024 thực hiện Kết luận 109, 110-KL/TW của Bộ Chính trị; sơ kết 10 năm thực hiện Nghị quyết số 31-NQ/TW của Ban Chấp hành Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Ban Dân vận Tỉnh ủy đã tổ chức 4 đoàn kiểm tra, giám sát tại 11 huyện, thành phố; phối hợp với Ban cán sự đảng UBND tỉnh tổ chức 2 cuộc đối thoại với người dân bị ảnh hưởng bởi dự án sân bay Long Thành.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa: toàn tỉnh có 3.418 mô hình, điển hình, trong đó 612 mô hình mới; Ban Thường vụ Tỉnh ủy đã khen thưởng 40 mô hình tiêu biểu giai đoạn 2021 - 2024. Nhân dân đóng góp hơn 182 tỷ đồng, hiến 96.000 m2 đất xây dựng nông thôn mới nâng cao; vận động xây 1.162 căn nhà Đại đoàn kết, mỗi căn từ 60 đến 80 triệu đồng.
Công tác dân vận trong vùng đồng bào dân tộc, tôn giáo được quan tâm. Tham luận tại hội nghị, bà Điểu Thị Ngọc Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Xuân Lộc, người Chơ Ro, cho biết huyện đã vận động 214 hộ đồng bào Chơ Ro, S'tiêng tham gia tổ hợp tác trồng điều hữu cơ. Ông Lưu Sổ Cú, người Hoa, Trưởng ban liên lạc người Hoa phường Thanh Bình, thành phố Biên Hòa, nêu kinh nghiệm vận động bà con giữ gìn an ninh trật tự khu phố. Linh mục Phêrô Nguyễn Văn Thạnh, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị tiếp tục tổ chức gặp mặt chức sắc dịp lễ Giáng sinh.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thanh Thúy, Đặng Minh Trí, Lâm Thị Hồng Vân báo cáo kết quả thực hiện Quyết định 37-QĐ/TW của Bộ Chính trị và kế hoạch số 31-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận chính quyền. Theo đó, 100% sở, ngành đã ban hành quy chế công tác dân vận; các cơ quan hành chính tiếp 16.240 lượt công dân, giải quyết 1.925/2.030 đơn thư, đạt 94,8%.
Phát biểu chỉ đạo, đồng chí Trịnh Quang Vinh đề nghị năm 2025 khối dân vận tập trung tuyên truyền, vận động cán bộ, đảng viên, nhân dân đồng thuận với việc sắp xếp, tinh gọn tổ chức bộ máy; chuẩn bị tốt cho đại hội đảng bộ các cấp; nhân rộng 500 mô hình "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 28 tập thể, 45 cá nhân có thành tích xuất sắc năm 2024.
Ngọc Liên
Lượt xem: 1.974
Tin liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Giáng sinh
- Xuân Lộc: 100 hộ đồng bào Chơ Ro được hỗ trợ cây giống
""", "2025-01-13", "Khối dân vận Đồng Nai đặt mục tiêu nhân rộng 500 mô hình \"Dân vận khéo\" trong năm 2025",
    E("tong_ket", "2024", "2025-01-10"),
    [P("Trịnh Quang Vinh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Phan Văn Lượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Điểu Thị Ngọc Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Xuân Lộc"),
     P("Lưu Sổ Cú", "Trưởng ban liên lạc người Hoa phường Thanh Bình"),
     P("Phêrô Nguyễn Văn Thạnh", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
     P("Nguyễn Thị Thanh Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đặng Minh Trí", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lâm Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("500 mô hình", 500, "mô hình"),
     Q("4 đoàn kiểm tra", 4, "đoàn kiểm tra, giám sát"),
     Q("11 huyện, thành phố", 11, "huyện, thành phố"),
     Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
     Q("3.418 mô hình", 3418, "mô hình, điển hình"),
     Q("612 mô hình mới", 612, "mô hình mới"),
     Q("40 mô hình tiêu biểu", 40, "mô hình tiêu biểu"),
     Q("hơn 182 tỷ đồng", 182000000000, "đồng", "over"),
     Q("96.000 m2", 96000, "m2"),
     Q("1.162 căn nhà Đại đoàn kết", 1162, "căn nhà Đại đoàn kết"),
     Q("từ 60", 60000000, "đồng"),
     Q("80 triệu đồng", 80000000, "đồng"),
     Q("214 hộ đồng bào Chơ Ro, S'tiêng", 214, "hộ đồng bào Chơ Ro, S'tiêng"),
     Q("100% sở, ngành", 100, "%"),
     Q("16.240 lượt công dân", 16240, "lượt công dân"),
     Q("1.925/2.030 đơn thư", 1925, "đơn thư"),
     Q("1.925/2.030 đơn thư", 2030, "đơn thư"),
     Q("94,8%", 94.8, "%"),
     Q("28 tập thể", 28, "tập thể"),
     Q("45 cá nhân", 45, "cá nhân")],
    [D("Kế hoạch", "215", "KH/TU", "2024-03-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
     D("Kết luận", "109", "KL/TW", None, "Bộ Chính trị", "Kết luận 109, 110-KL/TW"),
     D("Kết luận", "110", "KL/TW", None, "Bộ Chính trị", "Kết luận 109, 110-KL/TW"),
     D("Nghị quyết", "31", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XI", "Nghị quyết số 31-NQ/TW"),
     D("Quyết định", "37", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 37-QĐ/TW"),
     D("Kế hoạch", "31", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 31-KH/BDVTU")],
    [prov("Đồng Nai"), com("Thanh Bình")],
    ["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đồng Nai",
     "Trang chủ > Tin tức - Sự kiện > Hoạt động Ban Dân vận", "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.",
     "Dân vận khéo", "sân bay Long Thành", "Xuân Lộc", "Biên Hòa", "Ban cán sự đảng UBND tỉnh", "Lượt xem: 1.974"],
    ["Hôm nay: Thứ Tư, 15/01/2025", "10:22", "năm 2024", "năm 2025", "10 năm", "khóa XI", "giai đoạn 2021 - 2024",
     "Lượt xem: 1.974"]))

# b428 — Long An, Ban Tuyên giáo và Dân vận Tỉnh ủy, giao ban quý I/2025 (held 4/4/2025)
PAGES.append(page("b428-longan-btgdv-giaoban-2025q1", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LONG AN
Cổng thông tin Tuyên giáo - Dân vận Long An
Trang chủ / Hoạt động / Tin trong tỉnh
Thứ Hai, 07/04/2025 - 08:05 (GMT+7)
Giao ban quý I: khối dân vận vận động nhân dân đồng thuận sắp xếp bộ máy
(TGDVLA) - Ngày 4/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Long An tổ chức giao ban công tác tuyên giáo và dân vận quý I/2025. Đồng chí Đỗ Thành Được, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Đỗ Thành Được phát biểu kết luận buổi giao ban.
Đây là buổi giao ban đầu tiên kể từ khi Ban Tuyên giáo và Dân vận Tỉnh ủy được thành lập trên cơ sở hợp nhất Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy theo Quyết định số 1506-QĐ/TU ngày 20/02/2025 của Ban Chấp hành Đảng bộ tỉnh. Trong quý, các cấp đã tổ chức 215 hội nghị quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư với hơn 28.600 lượt cán bộ, đảng viên tham dự; thu thập 1.340 ý kiến góp ý của nhân dân về việc sắp xếp đơn vị hành chính cấp xã, tỷ lệ cử tri đồng thuận đạt 96,2%.
Các tổ dân vận đã nắm được 37 vụ việc phức tạp, chủ yếu liên quan giải phóng mặt bằng tuyến đường vành đai 3 và đường cao tốc Bến Lức - Long Thành; đã hòa giải thành 29 vụ việc. Bà Huỳnh Thị Mỹ Lệ, Giám đốc Sở Dân tộc và Tôn giáo, thông tin việc bàn giao công tác tôn giáo từ Ban Tôn giáo cũ về sở mới.
Tại buổi giao ban, các đồng chí Lê Thị Kim Thoa, Phạm Văn Sang - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy - đã phân công theo dõi các huyện Cần Giuộc, Bến Lức, Đức Hòa. Đồng chí Nguyễn Thành Tâm, người vừa được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, báo cáo kết quả vận động Quỹ "Vì người nghèo" đạt 12,6 tỷ đồng.
Kết luận giao ban, đồng chí Đỗ Thành Được yêu cầu quý II thực hiện tốt Hướng dẫn 08-HD/BTGDVTU của Ban, chuẩn bị tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Thanh Nhàn
Lượt xem: 356
Xem thêm
- Long An: 188 xã, phường, thị trấn lấy ý kiến cử tri về sắp xếp đơn vị hành chính
- Ra mắt Ban Tuyên giáo và Dân vận Huyện ủy Cần Đước
""", "2025-04-07", "Giao ban quý I: khối dân vận vận động nhân dân đồng thuận sắp xếp bộ máy",
    E("giao_ban", "2025-Q1", "2025-04-04"),
    [P("Đỗ Thành Được", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Huỳnh Thị Mỹ Lệ", "Giám đốc Sở Dân tộc và Tôn giáo"),
     P("Lê Thị Kim Thoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Phạm Văn Sang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Thành Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
    [Q("215 hội nghị", 215, "hội nghị"),
     Q("hơn 28.600 lượt cán bộ, đảng viên", 28600, "lượt cán bộ, đảng viên", "over"),
     Q("1.340 ý kiến", 1340, "ý kiến"),
     Q("96,2%", 96.2, "%"),
     Q("37 vụ việc phức tạp", 37, "vụ việc phức tạp"),
     Q("29 vụ việc", 29, "vụ việc"),
     Q("12,6 tỷ đồng", 12600000000, "đồng")],
    [D("Quyết định", "1506", "QĐ/TU", "2025-02-20", "Ban Chấp hành Đảng bộ tỉnh", "Quyết định số 1506-QĐ/TU"),
     D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
     D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
     D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 08-HD/BTGDVTU")],
    [prov("Long An")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LONG AN", "Cổng thông tin Tuyên giáo - Dân vận Long An",
     "Trang chủ / Hoạt động / Tin trong tỉnh", "Đồng chí Đỗ Thành Được phát biểu kết luận buổi giao ban.",
     "Vì người nghèo", "vành đai 3", "Bến Lức - Long Thành", "Cần Giuộc", "Lượt xem: 356"],
    ["quý I/2025", "quý II", "Trong quý", "vành đai 3", "50 năm", "08:05", "Lượt xem: 356"]))

# b429 — Cần Thơ (after the merger), Đảng ủy phường Tân An, đối thoại năm 2025 (held 20/8/2025)
PAGES.append(page("b429-cantho-phuongtanan-doithoai-2025", """
ĐẢNG BỘ PHƯỜNG TÂN AN - THÀNH PHỐ CẦN THƠ
Trang thông tin điện tử phường Tân An
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng
22/8/2025 - 16:30
Quang cảnh hội nghị đối thoại tại hội trường Đảng ủy phường.
Người đứng đầu phường Tân An trả lời 29 ý kiến của người dân
Chiều 20/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Tân An, thành phố Cần Thơ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025. Đây là cuộc đối thoại đầu tiên sau khi phường mới được thành lập trên cơ sở sắp xếp các phường An Cư, An Hội, Tân An cũ và một phần phường Thới Bình.
Chủ trì đối thoại có đồng chí Võ Thành Thống, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Trần Thị Ngọc Bích, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Lê Hồng Phúc, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Hơn 180 cử tri đại diện 42 khu vực tham dự.
Tại hội nghị, 29 ý kiến đã được nêu, tập trung vào thủ tục hành chính sau khi bỏ cấp huyện, nơi làm việc của bộ phận một cửa, chỉnh trang hẻm 52 đường Mậu Thân và tình trạng ngập khi triều cường. Ông Huỳnh Văn Bảy, Trưởng khu vực 3, phản ánh nhiều người cao tuổi phải đi xa để làm thủ tục; bà Trương Thị Hoa, tổ trưởng tổ dân phố 12, khu vực 7, đề nghị sớm trả lời việc đền bù cho 14 hộ bị ảnh hưởng bởi dự án kè sông Cần Thơ.
Trả lời ý kiến, đồng chí Trần Thị Ngọc Bích cho biết phường đã bố trí 2 điểm tiếp nhận hồ sơ, mở thêm 6 quầy và 1 tổ lưu động hỗ trợ người cao tuổi tại nhà; từ ngày 1/7 đến nay đã tiếp nhận 3.864 hồ sơ, trả kết quả đúng hạn 98,7%. Về chỉnh trang hẻm, UBND phường sẽ đầu tư khoảng 1,8 tỷ đồng, người dân đóng góp 320 triệu đồng; các hộ hiến 146 m2 đất mở rộng hẻm.
Đồng chí Võ Thành Thống giao Văn phòng HĐND và UBND phường trả lời bằng văn bản 5 ý kiến còn lại trong 15 ngày; khẳng định Đảng ủy sẽ thực hiện nghiêm Kế hoạch số 12-KH/ĐU của Đảng ủy phường về tiếp xúc, đối thoại trực tiếp với Nhân dân và Quy định 52-QĐ/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại.
Bảo Anh - Văn phòng Đảng ủy phường
Lượt xem: 803
Tin khác
- Phường Tân An ra mắt Tổ công nghệ số cộng đồng
- Trao 120 phần quà cho gia đình chính sách nhân ngày 27/7
""", "2025-08-22", "Người đứng đầu phường Tân An trả lời 29 ý kiến của người dân",
    E("doi_thoai", "2025", "2025-08-20"),
    [P("Võ Thành Thống", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
     P("Trần Thị Ngọc Bích", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
     P("Lê Hồng Phúc", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
     P("Huỳnh Văn Bảy", "Trưởng khu vực 3"),
     P("Trương Thị Hoa", "tổ trưởng tổ dân phố 12")],
    [Q("29 ý kiến", 29, "ý kiến"),
     Q("Hơn 180 cử tri", 180, "cử tri", "over"),
     Q("42 khu vực", 42, "khu vực"),
     Q("14 hộ", 14, "hộ"),
     Q("2 điểm tiếp nhận", 2, "điểm tiếp nhận hồ sơ"),
     Q("6 quầy", 6, "quầy"),
     Q("1 tổ lưu động", 1, "tổ lưu động"),
     Q("3.864 hồ sơ", 3864, "hồ sơ"),
     Q("98,7%", 98.7, "%"),
     Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
     Q("320 triệu đồng", 320000000, "đồng"),
     Q("146 m2", 146, "m2"),
     Q("5 ý kiến", 5, "ý kiến")],
    [D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 12-KH/ĐU"),
     D("Quy định", "52", "QĐ/TW", None, "Bộ Chính trị", "Quy định 52-QĐ/TW")],
    [prov("Cần Thơ"), com("Tân An"), com("An Cư"), com("An Hội"), com("Thới Bình")],
    ["ĐẢNG BỘ PHƯỜNG TÂN AN - THÀNH PHỐ CẦN THƠ", "Trang thông tin điện tử phường Tân An",
     "Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng", "Quang cảnh hội nghị đối thoại tại hội trường Đảng ủy phường.",
     "khu vực 7", "hẻm 52 đường Mậu Thân", "sông Cần Thơ", "Bảo Anh - Văn phòng Đảng ủy phường", "Lượt xem: 803"],
    ["năm 2025", "hẻm 52", "Trưởng khu vực 3", "tổ dân phố 12", "ngày 1/7", "15 ngày", "16:30", "Lượt xem: 803"]))

# b430 — Vĩnh Long (after the merger), Hội LHPN tỉnh, lớp tập huấn (10–11/11/2025)
PAGES.append(page("b430-vinhlong-hlhpn-taphuan-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG
Phụ nữ Vĩnh Long - Trang thông tin điện tử
Trang chủ » Hoạt động Hội » Công tác cán bộ
T4, 12/11/2025 - 09:15
Bồi dưỡng kỹ năng vận động quần chúng cho 124 Chủ tịch Hội phụ nữ cấp xã
(PNVL) - Trong hai ngày 10 và 11/11, Ban Thường vụ Hội LHPN tỉnh Vĩnh Long tổ chức lớp tập huấn nâng cao năng lực công tác dân vận cho cán bộ Hội cơ sở năm 2025. Tham dự có 124 Chủ tịch Hội LHPN xã, phường của tỉnh Vĩnh Long mới, hình thành từ 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Học viên thực hành kỹ năng nói chuyện trước đông người. Ảnh: Ngọc Hân
Khai mạc lớp học, bà Nguyễn Thị Kim Tuyến, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cho biết sau khi sắp xếp, Hội LHPN tỉnh trở thành tổ chức thành viên trực thuộc Ủy ban MTTQ tỉnh theo Quy định 304-QĐ/TW của Ban Bí thư; nhiều Chủ tịch Hội xã mới được bầu, đảm nhận địa bàn rộng gấp 3 lần trước đây.
Học viên được nghe chuyên đề về Quy chế dân chủ ở cơ sở, kỹ năng nắm tình hình dư luận, hòa giải mâu thuẫn gia đình, vận động hội viên tham gia cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Báo cáo viên là bà Kim Thị Sa Phon, Phó Chủ tịch Hội LHPN tỉnh, người Khmer, và bà Võ Thị Bích Loan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Chị Thạch Thị Chanh Đa, Chủ tịch Hội LHPN xã Long Hiệp, người vừa được Ban Chấp hành Hội bầu giữ chức tháng 9/2025, chia sẻ: xã mới có 11.600 hội viên ở 28 ấp, trong đó 62% là phụ nữ Khmer. Chị Huỳnh Thị Út Mười, Chủ tịch Hội LHPN xã Thạnh Phú, tỉnh Vĩnh Long (trước thuộc tỉnh Bến Tre), đề nghị có tài liệu song ngữ Việt - Khmer.
Năm 2025, các cấp Hội trong tỉnh đã giúp 1.368 hộ phụ nữ nghèo vay 52,4 tỷ đồng, mức vay bình quân 38 triệu đồng/hộ; hỗ trợ 214 căn "Mái ấm tình thương" cho hội viên khó khăn, mỗi căn 70 triệu đồng. Lớp học thực hiện Kế hoạch số 95/KH-HPN ngày 03/10/2025 của Ban Thường vụ Hội LHPN tỉnh.
Ngọc Hân
Lượt xem: 247
Tin liên quan
- Hội LHPN tỉnh ra mắt Câu lạc bộ phụ nữ Khmer
- 30 năm thành lập Hội LHPN xã Long Đức
""", "2025-11-12", "Bồi dưỡng kỹ năng vận động quần chúng cho 124 Chủ tịch Hội phụ nữ cấp xã",
    E("tap_huan", "2025", "2025-11-10"),
    [P("Nguyễn Thị Kim Tuyến", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
     P("Kim Thị Sa Phon", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Võ Thị Bích Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Thạch Thị Chanh Đa", "Chủ tịch Hội LHPN xã Long Hiệp"),
     P("Huỳnh Thị Út Mười", "Chủ tịch Hội LHPN xã Thạnh Phú")],
    [Q("124 Chủ tịch Hội LHPN xã, phường", 124, "Chủ tịch Hội LHPN xã, phường"),
     Q("11.600 hội viên", 11600, "hội viên"),
     Q("28 ấp", 28, "ấp"),
     Q("62%", 62, "%"),
     Q("1.368 hộ phụ nữ nghèo", 1368, "hộ phụ nữ nghèo"),
     Q("52,4 tỷ đồng", 52400000000, "đồng"),
     Q("38 triệu đồng/hộ", 38000000, "đồng"),
     Q("214 căn", 214, "căn"),
     Q("70 triệu đồng", 70000000, "đồng")],
    [D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW"),
     D("Kế hoạch", "95", "KH-HPN", "2025-10-03", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 95/KH-HPN")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Thạnh Phú")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG", "Phụ nữ Vĩnh Long - Trang thông tin điện tử",
     "Trang chủ » Hoạt động Hội » Công tác cán bộ", "Học viên thực hành kỹ năng nói chuyện trước đông người. Ảnh: Ngọc Hân",
     "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương", "Quy chế dân chủ ở cơ sở", "Lượt xem: 247"],
    ["5 không, 3 sạch", "3 tỉnh", "gấp 3 lần", "hai ngày", "tháng 9/2025", "Năm 2025", "năm 2025", "09:15", "Lượt xem: 247"]))
