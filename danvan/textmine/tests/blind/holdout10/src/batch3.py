from lib import *

PAGES = []

# b209 — Hậu Giang, Hội LHPN, đối thoại 2023 (Khmer, Hoa), "Thứ Năm, 25/05/2023 - 10:45", lower-case "kế hoạch số"
PAGES.append(page("b209-haugiang-hlhpn-doithoai-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG
Trang chủ / Tin tức / Hoạt động Hội
Thứ Năm, 25/05/2023 - 10:45
Phụ nữ Long Mỹ đối thoại về vốn vay và học nghề
Sáng 24/5, tại xã Lương Nghĩa, Hội LHPN tỉnh Hậu Giang phối hợp UBND huyện Long Mỹ tổ chức đối thoại giữa lãnh đạo chính quyền với hội viên, phụ nữ năm 2023, thu hút 168 hội viên, phụ nữ tham dự.
Bà Huỳnh Thị Kim Chi phát biểu tại buổi đối thoại.
Buổi đối thoại thực hiện kế hoạch số 27/KH-HLHPN ngày 10/3/2023 của Ban Thường vụ Hội LHPN tỉnh. Chủ trì có bà Huỳnh Thị Kim Chi, Chủ tịch Hội LHPN tỉnh; bà Thạch Thị Sa Mết và bà Trương Mỹ Quyên, cùng là Phó Chủ tịch Hội LHPN tỉnh; ông Võ Thanh Tùng, Phó Chủ tịch UBND huyện Long Mỹ.
Hội viên nêu 14 ý kiến, tập trung vào vay vốn, học nghề và bạo lực gia đình. Chị Danh Thị Sa Ly, hội viên phụ nữ ấp Lương Thạnh, đề nghị nâng mức cho vay hộ cận nghèo lên 100 triệu đồng. Bà Lâm Thị Bé Tư, ngụ xã Vĩnh Viễn A, hỏi về hỗ trợ học nghề cho 12 chị em trong tổ may.
Ông Võ Thanh Tùng cho biết năm 2023 huyện dành 2,6 tỷ đồng đào tạo nghề cho 540 lao động nữ; mỗi học viên được hỗ trợ 30.000đ/ngày tiền ăn. Đã có 12/14 ý kiến được giải đáp trực tiếp.
Theo báo cáo, các cấp Hội trong huyện quản lý 1.084 tổ tiết kiệm và vay vốn với dư nợ 214 tỷ đồng; tỷ lệ hộ nghèo do phụ nữ làm chủ giảm còn 1,9%.
Hội viên đặt câu hỏi với lãnh đạo huyện.
Sau đối thoại, Hội trao 20 suất học bổng, mỗi suất 1.000.000 đồng, và 5 con bò giống cho phụ nữ nghèo.
Bảo Trân
Lượt xem: 389
Xem thêm
- Phụ nữ Hậu Giang với phong trào khởi nghiệp
- Vị Thủy: đối thoại với hội viên
- Ra mắt câu lạc bộ phụ nữ Khmer
""", "2023-05-25", "Phụ nữ Long Mỹ đối thoại về vốn vay và học nghề",
    E("doi_thoai", "2023", "2023-05-24"),
    [P("Huỳnh Thị Kim Chi", "Chủ tịch Hội LHPN tỉnh"), P("Thạch Thị Sa Mết", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Trương Mỹ Quyên", "Phó Chủ tịch Hội LHPN tỉnh"), P("Võ Thanh Tùng", "Phó Chủ tịch UBND huyện Long Mỹ"),
     P("Danh Thị Sa Ly", "hội viên phụ nữ ấp Lương Thạnh"), P("Lâm Thị Bé Tư")],
    [Q("168 hội viên, phụ nữ", 168, "hội viên, phụ nữ"), Q("14 ý kiến", 14, "ý kiến"),
     Q("100 triệu đồng", 100000000, "đồng"), Q("12 chị em", 12, "chị em"), Q("2,6 tỷ đồng", 2600000000, "đồng"),
     Q("540 lao động nữ", 540, "lao động nữ"), Q("30.000đ/ngày", 30000, "đồng"), Q("12/14 ý kiến", 12, "ý kiến"),
     Q("1.084 tổ tiết kiệm và vay vốn", 1084, "tổ tiết kiệm và vay vốn"), Q("214 tỷ đồng", 214000000000, "đồng"),
     Q("1,9%", 1.9, "%"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1.000.000 đồng", 1000000, "đồng"),
     Q("5 con bò giống", 5, "con bò giống")],
    [D("Kế hoạch", "27", "KH-HLHPN", date="2023-03-10", issuer="Ban Thường vụ Hội LHPN tỉnh",
       surface="kế hoạch số 27/KH-HLHPN")],
    [prov("Hậu Giang"), com("Lương Nghĩa"), com("Vĩnh Viễn A")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG", "Trang chủ / Tin tức / Hoạt động Hội",
     "Bà Huỳnh Thị Kim Chi phát biểu tại buổi đối thoại.", "Hội viên đặt câu hỏi với lãnh đạo huyện.",
     "huyện Long Mỹ", "Lượt xem: 389"],
    ["Lượt xem: 389"]))

# b210 — Đắk Nông, MTTQ, sơ kết 6 tháng 2024 (M'Nông, Mạ), "17/07/2024 10:30", dash chain after name
PAGES.append(page("b210-daknong-mttq-soket-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ > Hoạt động Mặt trận > Tin tức
17/07/2024 10:30
Hơn 4.300 hộ đăng ký "Gia đình văn hóa" ở vùng đồng bào M'Nông
Ngày 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.
Quang cảnh hội nghị.
Dự hội nghị có ông Điểu Xuân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Thị Hoan, Phó Chủ tịch Thường trực - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh; các ông Trần Quang Vinh, K'Dẻo - Phó Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo của ông Trần Quang Vinh cho biết, 6 tháng qua Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 8.450.000.000 đồng; hỗ trợ xây mới 96 căn nhà đại đoàn kết, sửa chữa 41 căn nhà, mức hỗ trợ 65 triệu đồng/căn theo Nghị quyết 07/2023/NQ-HĐND của HĐND tỉnh. Hơn 4.300 hộ đồng bào M'Nông, Mạ đăng ký xây dựng "Gia đình văn hóa"; 27 bon đạt chuẩn khu dân cư văn hóa. Ban Thanh tra nhân dân các xã tiếp nhận 63 đơn thư, giải quyết 58 đơn.
Ông Điểu Xuân đề nghị tăng cường giám sát việc thực hiện chính sách hỗ trợ đất ở, nước sinh hoạt cho 1.250 hộ đồng bào dân tộc thiểu số.
Tại hội nghị, bà Thị Rin, Trưởng Ban công tác Mặt trận bon Bu Nơr, xã Quảng Tín, chia sẻ cách vận động 37 hộ bỏ tục uống rượu khi làm lễ. Ông Y Phương Bdap, Chủ tịch Ủy ban MTTQ xã Đắk Buk So, được khen vì vận động hiến 2,3 ha đất làm trường học.
Ông Điểu Xuân tặng Giấy khen cho các tập thể.
Hội nghị tặng Giấy khen cho 11 tập thể, 16 cá nhân.
Ngọc Bảo
Lượt xem: 612
Tin liên quan
- Tuy Đức: ra mắt mô hình "Bon không có người nghiện rượu"
- Đắk Glong giám sát hỗ trợ nhà ở
""", "2024-07-17", "Hơn 4.300 hộ đăng ký \"Gia đình văn hóa\" ở vùng đồng bào M'Nông",
    E("so_ket", "2024-H1", "2024-07-16"),
    [P("Điểu Xuân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thị Hoan", "Phó Chủ tịch Thường trực - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("K'Dẻo", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Thị Rin", "Trưởng Ban công tác Mặt trận bon Bu Nơr"),
     P("Y Phương Bdap", "Chủ tịch Ủy ban MTTQ xã Đắk Buk So")],
    [Q("Hơn 4.300 hộ", 4300, "hộ", "over"), Q("8.450.000.000 đồng", 8450000000, "đồng"),
     Q("96 căn nhà đại đoàn kết", 96, "căn nhà đại đoàn kết"), Q("41 căn nhà", 41, "căn nhà"),
     Q("65 triệu đồng/căn", 65000000, "đồng"), Q("27 bon", 27, "bon"), Q("63 đơn thư", 63, "đơn thư"),
     Q("58 đơn", 58, "đơn"), Q("1.250 hộ", 1250, "hộ"), Q("37 hộ", 37, "hộ"), Q("2,3 ha", 2.3, "ha"),
     Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
    [D("Nghị quyết", "07", "2023/NQ-HĐND", issuer="HĐND tỉnh", surface="Nghị quyết 07/2023/NQ-HĐND")],
    [prov("Đắk Nông"), com("Quảng Tín"), com("Đắk Buk So")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ > Hoạt động Mặt trận > Tin tức", "Quang cảnh hội nghị.",
     "Ông Điểu Xuân tặng Giấy khen cho các tập thể.", "Vì người nghèo", "Gia đình văn hóa",
     "Ban Thanh tra nhân dân", "Lượt xem: 612"],
    ["6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 612"]))

# b211 — Điện Biên, Tỉnh đoàn, giao ban quý III 2024 (Thái, Mông, Khơ Mú), "Thứ Ba, 08/10/2024 | 08:20"
PAGES.append(page("b211-dienbien-doan-giaoban-2024", """
TỈNH ĐOÀN ĐIỆN BIÊN
Trang chủ › Tin tức › Hoạt động Đoàn
Thứ Ba, 08/10/2024 | 08:20
Thanh niên vùng cao làm 36 công trình sau lũ
Chiều 7/10, Ban Thường vụ Tỉnh đoàn Điện Biên tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2024 bằng hình thức trực tuyến tới 10 điểm cầu huyện, thị, thành đoàn.
Đồng chí Lò Thị Thanh phát biểu kết luận.
Chủ trì giao ban có đồng chí Lò Thị Thanh, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Vàng A Khua, Quàng Văn Tính; đồng chí Lầu Thị Dợ, Chủ tịch Hội LHTN Việt Nam tỉnh.
Trong quý, sau đợt mưa lũ do bão số 3, các cơ sở Đoàn huy động 4.650 lượt đoàn viên, thanh niên giúp dân khắc phục hậu quả, làm 36 công trình thanh niên với tổng giá trị 1,46 tỷ đồng; trồng 18 ha cây xanh. Chiến dịch "Mùa hè xanh" có 2.180 tình nguyện viên tham gia, tổ chức 95 lớp dạy chữ, dạy tiếng Việt cho trẻ em trước tuổi vào lớp 1.
Đồng chí Cà Văn Nọi, Bí thư Huyện đoàn Mường Nhé, cho biết đoàn viên người Khơ Mú, Hà Nhì đã dựng lại 14 căn nhà tạm cho bà con bản Huổi Lếch. Anh Sùng A Sếnh, đoàn viên bản Huổi Lếch, kể: "Chúng tôi vác từng bao xi măng qua 3 km đường sạt".
Đoàn viên thanh niên giúp dân dọn bùn đất sau lũ.
Đồng chí Lò Thị Thanh đề nghị quý IV triển khai Kế hoạch 86-KH/TĐTN về "Tháng ba biên giới" và giới thiệu 120 đoàn viên ưu tú cho Đảng xem xét kết nạp. Các huyện đoàn cũng được yêu cầu rà soát lại danh sách chi đoàn yếu, kiện toàn cán bộ ở các bản vùng sâu trước khi bước vào mùa khô.
Quỳnh Anh
Lượt truy cập: 9.027
Tin khác
- Tuổi trẻ Điện Biên ra quân tình nguyện hè
- Đại hội Hội LHTN huyện Tủa Chùa
- Mường Ảng: đoàn viên giúp dân thu hoạch cà phê
- Tủa Chùa tuyên dương thanh niên tiêu biểu
""", "2024-10-08", "Thanh niên vùng cao làm 36 công trình sau lũ",
    E("giao_ban", "2024-Q3", "2024-10-07"),
    [P("Lò Thị Thanh", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Vàng A Khua", "Phó Bí thư Tỉnh đoàn"), P("Quàng Văn Tính", "Phó Bí thư Tỉnh đoàn"),
     P("Lầu Thị Dợ", "Chủ tịch Hội LHTN Việt Nam tỉnh"), P("Cà Văn Nọi", "Bí thư Huyện đoàn Mường Nhé"),
     P("Sùng A Sếnh", "đoàn viên bản Huổi Lếch")],
    [Q("10 điểm cầu", 10, "điểm cầu"), Q("4.650 lượt đoàn viên, thanh niên", 4650, "lượt đoàn viên, thanh niên"),
     Q("36 công trình", 36, "công trình"), Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("18 ha", 18, "ha"),
     Q("2.180 tình nguyện viên", 2180, "tình nguyện viên"), Q("95 lớp", 95, "lớp"),
     Q("14 căn nhà tạm", 14, "căn nhà tạm"), Q("3 km", 3, "km"), Q("120 đoàn viên", 120, "đoàn viên")],
    [D("Kế hoạch", "86", "KH/TĐTN", surface="Kế hoạch 86-KH/TĐTN")],
    [prov("Điện Biên")],
    ["TỈNH ĐOÀN ĐIỆN BIÊN", "Trang chủ › Tin tức › Hoạt động Đoàn", "Đồng chí Lò Thị Thanh phát biểu kết luận.",
     "Đoàn viên thanh niên giúp dân dọn bùn đất sau lũ.", "Mùa hè xanh", "Tháng ba biên giới", "Huổi Lếch",
     "Lượt truy cập: 9.027"],
    ["quý III năm 2024", "bão số 3", "lớp 1", "quý IV", "Lượt truy cập: 9.027"]))

# b212 — Ninh Thuận, Hội CCB, tổng kết 2024 held 13/1/2025 (Chăm, Raglai), before the merger
PAGES.append(page("b212-ninhthuan-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH NINH THUẬN
Trang chủ | Tin tức | Hoạt động các cấp Hội
Ngày đăng: 14/01/2025 - 15:00
Cựu chiến binh Ninh Thuận giúp 312 hội viên thoát nghèo
Ngày 13/1, Hội Cựu chiến binh tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai nhiệm vụ năm 2025.
Đại tá Pinăng Văn Bảy phát biểu khai mạc.
Dự hội nghị có Đại tá Pinăng Văn Bảy, Chủ tịch Hội CCB tỉnh; Thượng tá Đàng Năng Thọ, Phó Chủ tịch Hội CCB tỉnh; ông Nguyễn Long Biên, Phó Chủ tịch UBND tỉnh; 58 đồng chí là Chủ tịch, Phó Chủ tịch Hội CCB các huyện, thành phố và các chi hội tiêu biểu.
Năm 2024, các cấp Hội thực hiện Hướng dẫn 11, 12-HD/CCB của Ban Thường vụ Trung ương Hội CCB Việt Nam, kết nạp mới 427 hội viên, nâng tổng số lên 14.960 hội viên. Phong trào "CCB giúp nhau làm kinh tế" giúp 312 hội viên thoát nghèo; hội viên vay vốn 186,3 tỷ đồng, phát triển 2.140 mô hình kinh tế, trong đó 35 mô hình có doanh thu trên 1 tỷ đồng/năm. Hội xây 9 căn nhà "Đồng đội", mỗi căn 70 triệu đồng.
Tại hội nghị, ông Katơr Sơn, hội viên CCB thôn Ma Trai, xã Phước Thành, huyện Bác Ái, người Raglai, chia sẻ mô hình trồng 6 ha điều và nuôi 120 con dê. Ông Thành Chí Đang, Chủ tịch Hội CCB xã Phước Hà, kể cách vận động 22 hộ Chăm hiến đất làm đường.
Đại biểu dự hội nghị tổng kết.
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 3 tập thể, 4 cá nhân; Hội CCB tỉnh khen thưởng 27 tập thể, 33 cá nhân.
Hải Yến
Lượt xem: 561
Tin liên quan
- Hội CCB Ninh Phước ra mắt tổ hợp tác nuôi cừu
- Trao nhà "Đồng đội" ở Thuận Bắc
""", "2025-01-14", "Cựu chiến binh Ninh Thuận giúp 312 hội viên thoát nghèo",
    E("tong_ket", "2024", "2025-01-13"),
    [P("Pinăng Văn Bảy", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Đàng Năng Thọ", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Nguyễn Long Biên", "Phó Chủ tịch UBND tỉnh"), P("Katơr Sơn", "hội viên CCB thôn Ma Trai"),
     P("Thành Chí Đang", "Chủ tịch Hội CCB xã Phước Hà")],
    [Q("312 hội viên", 312, "hội viên"), Q("58 đồng chí", 58, "đồng chí"), Q("427 hội viên", 427, "hội viên"),
     Q("14.960 hội viên", 14960, "hội viên"), Q("186,3 tỷ đồng", 186300000000, "đồng"),
     Q("2.140 mô hình", 2140, "mô hình"), Q("35 mô hình", 35, "mô hình"),
     Q("trên 1 tỷ đồng/năm", 1000000000, "đồng", "over"), Q("9 căn nhà \"Đồng đội\"", 9, "căn nhà \"Đồng đội\""),
     Q("70 triệu đồng", 70000000, "đồng"), Q("6 ha", 6, "ha"), Q("120 con dê", 120, "con dê"),
     Q("22 hộ", 22, "hộ"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
     Q("27 tập thể", 27, "tập thể"), Q("33 cá nhân", 33, "cá nhân")],
    [D("Hướng dẫn", "11", "HD/CCB", issuer="Ban Thường vụ Trung ương Hội CCB Việt Nam", surface="Hướng dẫn 11, 12-HD/CCB"),
     D("Hướng dẫn", "12", "HD/CCB", issuer="Ban Thường vụ Trung ương Hội CCB Việt Nam", surface="Hướng dẫn 11, 12-HD/CCB")],
    [prov("Ninh Thuận"), com("Phước Thành"), com("Phước Hà")],
    ["HỘI CỰU CHIẾN BINH TỈNH NINH THUẬN", "Trang chủ | Tin tức | Hoạt động các cấp Hội",
     "Đại tá Pinăng Văn Bảy phát biểu khai mạc.", "Đại biểu dự hội nghị tổng kết.", "CCB giúp nhau làm kinh tế",
     "Đồng đội", "huyện Bác Ái", "Bằng khen", "Lượt xem: 561"],
    ["58 đồng chí", "năm 2025", "Lượt xem: 561"]))

# b213 — Khánh Hòa (+Ninh Thuận), Ban Tuyên giáo và Dân vận Tỉnh ủy, hội nghị 2025, "Thứ Sáu, 19/9/2025"
PAGES.append(page("b213-khanhhoa-btgdv-hoinghi-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Hôm nay: Thứ Hai, 22/09/2025
Trang chủ » Dân vận » Tin hoạt động
Thứ Sáu, 19/9/2025
Kết nối 65 xã, phường, đặc khu trong công tác dân vận chính quyền 2 cấp
Ngày 18/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị triển khai công tác dân vận năm 2025 trong mô hình chính quyền 2 cấp, kết nối trực tuyến với 65 xã, phường, đặc khu.
Đồng chí Chamaléa Thị Hương phát biểu tại hội nghị.
Hội nghị do đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hồ Xuân Trường chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Chamaléa Thị Hương, Lê Văn Thao, Đổng Thị Ngọc Diệp, Nguyễn Thị Phương Lan.
Sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận, toàn tỉnh có 1.248 thôn, tổ dân phố, trong đó 214 thôn đồng bào Raglai, Chăm. Ban đã tham mưu Kết luận 157, 158-KL/TW của Bộ Chính trị được quán triệt đến 100% chi bộ; hướng dẫn thành lập 65 tổ dân vận xã; duy trì 1.530 mô hình "Dân vận khéo".
Đồng chí Chamaléa Thị Hương đề nghị các xã vùng Raglai như Khánh Sơn, Bác Ái Tây tăng cường đối thoại với nhân dân. Ông Mấu Xuân Hiền, Bí thư Đảng ủy xã Khánh Sơn, cho biết xã đã tiếp 340 lượt người và hoàn thành 18/20 kiến nghị sau sáp nhập.
Ông Đàng Văn Chuyện, người có uy tín thôn Hữu Đức, xã Phước Hữu, tỉnh Ninh Thuận cũ, phát biểu mong chính quyền mới gần dân hơn.
Đại biểu dự hội nghị tại điểm cầu xã Khánh Sơn.
Hội nghị đặt mục tiêu cuối năm 2025 có ít nhất 200 mô hình mới ở cấp xã.
Thanh Hà
Lượt xem: 1.305
Bài viết liên quan
- Khánh Hòa: dân vận khéo sau sáp nhập
- Hội nghị giao ban khối dân vận tháng 8
""", "2025-09-19", "Kết nối 65 xã, phường, đặc khu trong công tác dân vận chính quyền 2 cấp",
    E("hoi_nghi", "2025", "2025-09-18"),
    [P("Hồ Xuân Trường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Chamaléa Thị Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lê Văn Thao", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Đổng Thị Ngọc Diệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Phương Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Mấu Xuân Hiền", "Bí thư Đảng ủy xã Khánh Sơn"),
     P("Đàng Văn Chuyện", "người có uy tín thôn Hữu Đức")],
    [Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("1.248 thôn, tổ dân phố", 1248, "thôn, tổ dân phố"),
     Q("214 thôn", 214, "thôn"), Q("100% chi bộ", 100, "%"), Q("65 tổ dân vận", 65, "tổ dân vận"),
     Q("1.530 mô hình", 1530, "mô hình"), Q("340 lượt người", 340, "lượt người"), Q("18/20 kiến nghị", 18, "kiến nghị"),
     Q("20 kiến nghị", 20, "kiến nghị"), Q("ít nhất 200 mô hình", 200, "mô hình")],
    [D("Kết luận", "157", "KL/TW", issuer="Bộ Chính trị", surface="Kết luận 157, 158-KL/TW"),
     D("Kết luận", "158", "KL/TW", issuer="Bộ Chính trị", surface="Kết luận 157, 158-KL/TW")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Bác Ái Tây"), com("Phước Hữu")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ » Dân vận » Tin hoạt động",
     "Đồng chí Chamaléa Thị Hương phát biểu tại hội nghị.", "Đại biểu dự hội nghị tại điểm cầu xã Khánh Sơn.",
     "Dân vận khéo", "Lượt xem: 1.305"],
    ["chính quyền 2 cấp", "Hôm nay: Thứ Hai, 22/09/2025", "cuối năm 2025", "Lượt xem: 1.305"]))

# b214 — Đắk Lắk (+Phú Yên), MTTQ, trao quà; same figure in headline/lead/caption; "Cập nhật: 10:05, 23/12/2025 (GMT+7)"
PAGES.append(page("b214-daklak-mttq-traoqua-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ > Tin tức > An sinh xã hội
Cập nhật: 10:05, 23/12/2025 (GMT+7)
Trao 1.200 suất quà cho đồng bào vùng lũ phía Đông tỉnh
Ngày 22/12, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk trao 1.200 suất quà cho các hộ bị thiệt hại do mưa lũ tại các xã Sông Hinh, Ea Bá, Phú Mỡ thuộc địa bàn tỉnh Phú Yên cũ.
Trao 1.200 suất quà cho bà con xã Sông Hinh.
Tham gia đoàn có bà H'Luyến Mlô, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông Y Wăn Byă, La Văn Đức, Nguyễn Hữu Thắng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Ksor Y Phun, Giám đốc Công ty Cổ phần Cà phê Ea Pốk.
Mỗi suất quà trị giá 1,6 triệu đồng, gồm 1.000.000 đồng tiền mặt, 20 kg gạo và nhu yếu phẩm; tổng trị giá 1,92 tỷ đồng từ Quỹ cứu trợ tỉnh. Theo bà H'Luyến Mlô, đợt mưa lũ cuối tháng 11 làm 2.670 căn nhà bị ngập, 185 ha lúa và hoa màu bị thiệt hại; các tổ chức, cá nhân đã ủng hộ Quỹ cứu trợ hơn 24 tỷ đồng.
Bà La O Thị Bơ, người Chăm H'roi ở buôn Ma Lâm, xã Phú Mỡ, có nhà bị lũ cuốn trôi, cho biết: "Tôi nhận 5 triệu đồng hỗ trợ làm lại nhà". Ông Y Wăn Byă trao thêm 30 suất quà cho người có uy tín.
Ông Y Wăn Byă tặng quà người có uy tín xã Ea Bá.
Đoàn cũng bàn giao 12 căn nhà đại đoàn kết, mỗi căn 60.000.000 đồng, cho các hộ mất nhà ở xã Ea Bá. Trước khi về, đoàn đến thăm điểm trường bị ngập, động viên giáo viên và học sinh sớm ổn định việc dạy và học.
Hồng Nhung
Lượt xem: 2.417
Tin liên quan
- Đắk Lắk tiếp nhận hàng cứu trợ
- Phú Yên cũ: người dân dọn dẹp sau lũ
- Mặt trận các xã phía Đông phân bổ tiền ủng hộ
- Doanh nghiệp cà phê chung tay hỗ trợ vùng lũ
""", "2025-12-23", "Trao 1.200 suất quà cho đồng bào vùng lũ phía Đông tỉnh",
    E("trao_qua", None, "2025-12-22"),
    [P("H'Luyến Mlô", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Y Wăn Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("La Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Hữu Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Ksor Y Phun", "Giám đốc Công ty Cổ phần Cà phê Ea Pốk"), P("La O Thị Bơ")],
    [Q("1.200 suất quà", 1200, "suất quà"), Q("1,6 triệu đồng", 1600000, "đồng"),
     Q("1.000.000 đồng", 1000000, "đồng"), Q("20 kg gạo", 20, "kg gạo"), Q("1,92 tỷ đồng", 1920000000, "đồng"),
     Q("2.670 căn nhà", 2670, "căn nhà"), Q("185 ha", 185, "ha"), Q("hơn 24 tỷ đồng", 24000000000, "đồng", "over"),
     Q("5 triệu đồng", 5000000, "đồng"), Q("30 suất quà", 30, "suất quà"),
     Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"), Q("60.000.000 đồng", 60000000, "đồng")],
    [],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("Sông Hinh"), com("Ea Bá"), com("Phú Mỡ")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ > Tin tức > An sinh xã hội",
     "Trao 1.200 suất quà cho bà con xã Sông Hinh.", "Ông Y Wăn Byă tặng quà người có uy tín xã Ea Bá.",
     "Quỹ cứu trợ tỉnh", "Ma Lâm", "Lượt xem: 2.417"],
    ["cuối tháng 11", "(GMT+7)", "Lượt xem: 2.417"]))
