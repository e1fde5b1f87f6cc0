"""holdout40 batch 4: b935-b940 (2024-2026, before and after the 2025 merger)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b935
PAGES.append(page("b935-soctrang-daihoi-dtts-trande-2024", """
Cổng Thông tin điện tử huyện Trần Đề
Tin tức - Sự kiện » Hoạt động của huyện
12/04/2024 - 16:10
Đại hội đại biểu các dân tộc thiểu số huyện Trần Đề lần thứ IV, năm 2024
Ngày 11/4, huyện Trần Đề (tỉnh Sóc Trăng) long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024. Dự Đại hội có 150 đại biểu chính thức là người có uy tín, chức sắc tôn giáo, cán bộ, đảng viên, điển hình tiên tiến đại diện cho hơn 37.500 đồng bào Khmer, Hoa trong huyện.
Về dự có bà Lâm Thị Sa Rương, Phó Trưởng Ban Dân tộc tỉnh; các đồng chí Thạch Sô Phanh, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Sơn Thị Hồng Đào, Phó Chủ tịch UBND huyện, Trưởng ban Chỉ đạo Đại hội.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Sa Ly
Báo cáo tại Đại hội cho thấy, 5 năm qua, cùng với các nguồn lực của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện đã đầu tư hơn 186 tỷ đồng xây dựng đường giao thông, trường học, hỗ trợ 1.046 hộ đồng bào Khmer có nhà ở, đất sản xuất và nước sinh hoạt. Tỷ lệ hộ nghèo người Khmer giảm từ 12,8% xuống còn 3,96%; 100% ấp có đông đồng bào Khmer có đường ô tô đến trung tâm.
Huyện hiện có 86 người có uy tín và 28 chùa Phật giáo Nam tông Khmer. Sư sãi, người có uy tín đã tích cực vận động bà con hiến đất làm đường, tham gia hòa giải thành 214 vụ việc ở cơ sở, trong đó có nhiều vụ tranh chấp đất ruộng giữa các hộ trong cùng dòng họ. Phong trào "Dân vận khéo" được đồng bào hưởng ứng với 37 mô hình tiêu biểu.
Phát biểu tại Đại hội, Đại đức Lâm Sô Thol, trụ trì chùa Prêk Chrum, xã Lịch Hội Thượng, cho biết các chùa trong huyện duy trì 42 lớp dạy chữ Khmer hè, thu hút hơn 1.300 học sinh theo học. Ông Kim Sa Vươne, người có uy tín ấp Tổng Cáng, xã Đại Ân 2, chia sẻ kinh nghiệm vận động 19 hộ trong ấp chuyển đổi từ ruộng lúa kém hiệu quả sang nuôi tôm, trồng hành tím.
Phát biểu chỉ đạo, đồng chí Thạch Sô Phanh đề nghị các cấp tiếp tục triển khai hiệu quả Kế hoạch số 15/KH-UBND ngày 18/1/2024 của UBND huyện về thực hiện công tác dân tộc giai đoạn 2024 - 2029; phát huy vai trò người có uy tín, sư sãi trong vận động đồng bào; quan tâm đào tạo, bồi dưỡng cán bộ người Khmer.
Đại hội đã bầu 45 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Sóc Trăng lần thứ IV. Dịp này, UBND huyện tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc trong thực hiện công tác dân tộc giai đoạn 2019 - 2024.
Sa Ly
Tin liên quan
- Long Phú tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV (10/04/2024)
- Trần Đề: thăm, chúc Tết Chôl Chnăm Thmây (09/04/2024)
- Giao ban khối dân vận quý I năm 2024 (29/03/2024)
""",
    "2024-04-12",
    "Đại hội đại biểu các dân tộc thiểu số huyện Trần Đề lần thứ IV, năm 2024",
    E("dai_hoi", "2024", "2024-04-11"),
    [P("Lâm Thị Sa Rương", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Thạch Sô Phanh", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
     P("Sơn Thị Hồng Đào", "Phó Chủ tịch UBND huyện", "Trưởng ban Chỉ đạo Đại hội"),
     P("Lâm Sô Thol", "Đại đức", "trụ trì chùa Prêk Chrum"),
     P("Kim Sa Vươne", "người có uy tín ấp Tổng Cáng")],
    [Q("150 đại biểu chính thức", 150, "đại biểu chính thức"),
     Q("hơn 37.500 đồng bào Khmer, Hoa", 37500, "đồng bào Khmer, Hoa", "over"),
     Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
     Q("1.046 hộ đồng bào Khmer", 1046, "hộ đồng bào Khmer"),
     Q("12,8%", 12.8, "%"),
     Q("3,96%", 3.96, "%"),
     Q("100%", 100, "%"),
     Q("86 người có uy tín", 86, "người có uy tín"),
     Q("28 chùa Phật giáo Nam tông Khmer", 28, "chùa Phật giáo Nam tông Khmer"),
     Q("214 vụ việc", 214, "vụ việc"),
     Q("37 mô hình tiêu biểu", 37, "mô hình tiêu biểu"),
     Q("42 lớp dạy chữ Khmer hè", 42, "lớp dạy chữ Khmer hè"),
     Q("hơn 1.300 học sinh", 1300, "học sinh", "over"),
     Q("19 hộ", 19, "hộ"),
     Q("45 đại biểu", 45, "đại biểu"),
     Q("12 tập thể", 12, "tập thể"),
     Q("20 cá nhân", 20, "cá nhân")],
    [D("Kế hoạch", "15", "KH-UBND", "2024-01-18", "UBND huyện", surface="Kế hoạch số 15/KH-UBND ngày 18/1/2024 của UBND huyện")],
    [prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2")],
    ["Cổng Thông tin điện tử huyện Trần Đề", "Tin tức - Sự kiện » Hoạt động của huyện",
     "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Sa Ly", "Dân vận khéo", "chùa Prêk Chrum", "ấp Tổng Cáng",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ["12/04/2024 - 16:10", "lần thứ IV", "5 năm qua", "giai đoạn 2024 - 2029", "giai đoạn 2019 - 2024"],
))

# ---------------------------------------------------------------- b936
PAGES.append(page("b936-thanhhoa-donbp-tentan-kyket-2024", """
BÁO THANH HÓA
Cập nhật: 16/08/2024 09:25
Quốc phòng - An ninh
Huyện ủy Mường Lát và Đồn Biên phòng Tén Tằn ký kết phối hợp làm công tác dân vận vùng biên
Ngày 15/8, tại xã Tén Tằn, Ban Thường vụ Huyện ủy Mường Lát và Đảng ủy Đồn Biên phòng Tén Tằn (Bộ đội Biên phòng tỉnh Thanh Hóa) tổ chức hội nghị ký kết chương trình phối hợp thực hiện công tác dân vận ở khu vực biên giới năm 2024 và những năm tiếp theo.
Dự hội nghị có Đại tá Lê Đình Hưng, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Phạm Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy Mường Lát; Thiếu tá Lương Văn Phăm, Chính trị viên Đồn Biên phòng Tén Tằn; lãnh đạo các xã biên giới Tén Tằn, Pù Nhi, Mường Chanh cùng già bản, trưởng bản người Thái, Mông.
Đại diện hai bên ký kết chương trình phối hợp. Ảnh: Đình Giang
Theo báo cáo, giai đoạn 2019 - 2024, đồn đã cử 36 lượt cán bộ tăng cường về 14 bản biên giới, tham gia sinh hoạt cùng chi bộ, giúp dân phát triển sản xuất. Đơn vị đã nhận đỡ đầu 26 cháu theo chương trình "Con nuôi đồn Biên phòng", mỗi cháu được hỗ trợ 600.000 đồng/tháng; phối hợp xây dựng 14 căn nhà "Mái ấm Biên phòng" cho hộ nghèo, trị giá 60 - 80 triệu đồng mỗi căn. Mô hình "Đồn biên phòng - Điểm tựa của dân bản" được Ban Dân vận Tỉnh ủy công nhận là mô hình "Dân vận khéo" cấp tỉnh.
Cũng trong giai đoạn này, đồn đã phối hợp với cấp ủy, chính quyền vận động 27 hộ đồng bào Mông bỏ ý định di cư tự do sang Lào; hòa giải thành 9 vụ tranh chấp đất nương giữa các bản; vận động nhân dân giao nộp 41 khẩu súng tự chế, vật liệu nổ.
Phát biểu tại hội nghị, ông Giàng A Tồng, Bí thư Đảng ủy xã Pù Nhi, đề nghị đồn tiếp tục cử cán bộ đảng viên về sinh hoạt tại các chi bộ bản, nhất là những bản có đông đồng bào Mông mới định cư. Bà Hà Thị Pằn, trưởng bản Đoàn Kết, xã Tén Tằn, cho biết từ khi có bộ đội về ở cùng, bà con đã biết trồng lúa nước hai vụ, nuôi cá ruộng, không còn phá rừng làm nương.
Theo chương trình phối hợp, hai bên thống nhất 6 nội dung trọng tâm, trong đó có: nắm tình hình tư tưởng nhân dân; tuyên truyền đường lối, chính sách; xây dựng hệ thống chính trị cơ sở vững mạnh; giảm nghèo bền vững; đấu tranh phòng, chống tội phạm ma túy, mua bán người. Chương trình được thực hiện theo Hướng dẫn số 58-HD/BDVTU của Ban Dân vận Tỉnh ủy và Kế hoạch số 245/KH-BĐBP ngày 02/3/2024 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Phát biểu kết luận, Đại tá Lê Đình Hưng đề nghị các đồn biên phòng trên tuyến biên giới của tỉnh tiếp tục phát huy vai trò "đội công tác" của cấp ủy, chính quyền; mỗi cán bộ, chiến sĩ thực sự là "cán bộ dân vận" ở bản.
Đình Giang
Tin khác
- Quan Sơn: trao 10 căn nhà cho hộ nghèo vùng biên (08/08/2024)
- Mường Lát ra mắt mô hình "Bản không ma túy" (25/07/2024)
- Gặp mặt người có uy tín năm 2024 (18/07/2024)
""",
    "2024-08-16",
    "Huyện ủy Mường Lát và Đồn Biên phòng Tén Tằn ký kết phối hợp làm công tác dân vận vùng biên",
    E("hoi_nghi", "2024", "2024-08-15"),
    [P("Lê Đình Hưng", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Phạm Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Lát"),
     P("Lương Văn Phăm", "Thiếu tá", "Chính trị viên Đồn Biên phòng Tén Tằn"),
     P("Giàng A Tồng", "Bí thư Đảng ủy xã Pù Nhi"),
     P("Hà Thị Pằn", "trưởng bản Đoàn Kết")],
    [Q("36 lượt cán bộ", 36, "lượt cán bộ"),
     Q("14 bản biên giới", 14, "bản biên giới"),
     Q("26 cháu", 26, "cháu"),
     Q("600.000 đồng/tháng", 600000, "đồng"),
     Q("14 căn nhà", 14, "căn nhà"),
     Q("60 - 80 triệu đồng", 60000000, "đồng"),
     Q("80 triệu đồng", 80000000, "đồng"),
     Q("27 hộ đồng bào Mông", 27, "hộ đồng bào Mông"),
     Q("9 vụ tranh chấp đất nương", 9, "vụ tranh chấp đất nương"),
     Q("41 khẩu súng tự chế", 41, "khẩu súng tự chế"),
     Q("6 nội dung trọng tâm", 6, "nội dung trọng tâm")],
    [D("Hướng dẫn", "58", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn số 58-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
     D("Kế hoạch", "245", "KH-BĐBP", "2024-03-02", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", surface="Kế hoạch số 245/KH-BĐBP ngày 02/3/2024")],
    [prov("Thanh Hóa"), com("Tén Tằn"), com("Pù Nhi"), com("Mường Chanh")],
    ["BÁO THANH HÓA", "Quốc phòng - An ninh", "Đại diện hai bên ký kết chương trình phối hợp. Ảnh: Đình Giang",
     "Con nuôi đồn Biên phòng", "Mái ấm Biên phòng", "Đồn biên phòng - Điểm tựa của dân bản", "Dân vận khéo",
     "bản Đoàn Kết", "đội công tác", "cán bộ dân vận"],
    ["Cập nhật: 16/08/2024 09:25", "giai đoạn 2019 - 2024", "hai vụ", "năm 2024 và những năm tiếp theo", "hai bên"],
))

# ---------------------------------------------------------------- b937
PAGES.append(page("b937-daklak-btgdv-giaoban-quy1-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Thứ Sáu, 04/04/2025 - 15:20
You are here: Trang chủ / Hoạt động / Dân vận
Toàn cảnh buổi giao ban.
Giao ban công tác tuyên giáo và dân vận quý I năm 2025
Sáng 3/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác tuyên giáo và dân vận quý I/2025 - lần đầu tiên kể từ khi hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy. Đồng chí H'Yăm Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Y Siêng Êban, Trần Quốc Việt, Lê Thị Thu.
Quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định số 41-QĐ/TU về chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tuyên giáo và Dân vận Tỉnh ủy; ban hành Kế hoạch số 07-KH/BTGDVTU về tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp. Ban cũng chủ động nắm tình hình tư tưởng cán bộ, đảng viên và nhân dân, nhất là ở vùng đồng bào Ê Đê, Gia Rai, M'nông và vùng có đạo.
Trong phong trào thi đua chung tay xóa nhà tạm, nhà dột nát, khối dân vận các cấp của tỉnh Đắk Lắk đã phối hợp vận động được 58,4 tỷ đồng, hỗ trợ xóa 2.834 căn nhà tạm, nhà dột nát, đạt 41% kế hoạch; trong đó có 1.925 căn của hộ đồng bào dân tộc thiểu số tại chỗ. Toàn tỉnh có thêm 112 mô hình "Dân vận khéo", nâng tổng số lên 2.360 mô hình. Qua đối thoại, hòa giải, 56/63 vụ việc tranh chấp đất đai ở các buôn đã được giải quyết, không để phát sinh điểm nóng.
Tại giao ban, đồng chí Y Thái Byă, Bí thư Đảng ủy xã Ea Rốk, huyện Ea Súp, cho biết xã đã vận động được 34 hộ khá giả, doanh nghiệp nhận giúp đỡ hộ nghèo làm nhà; mỗi căn nhà được hỗ trợ 60 triệu đồng. Bà H'Nga Mlô, Trưởng Ban Công tác Mặt trận buôn Ea Kmar, đề nghị tiếp tục quan tâm nước sinh hoạt cho bà con trong mùa khô.
Đồng chí Y Siêng Êban thông tin tình hình các tôn giáo trên địa bàn, trong đó có hoạt động của "Tin lành Đấng Christ" và các đối tượng lợi dụng mạng xã hội kích động đồng bào. Đồng chí đề nghị các địa phương phát huy vai trò của 1.790 người có uy tín trong đấu tranh, phản bác thông tin xấu độc.
Kết luận giao ban, đồng chí H'Yăm Byă yêu cầu quý II tiếp tục tuyên truyền việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII) về sắp xếp tổ chức bộ máy; tiếp tục thực hiện Công văn số 15-CV/BTGDVTU về công tác dân vận trong sắp xếp tổ chức bộ máy; phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước ngày 30/8/2025.
H.N
Tin liên quan
- Hội nghị gặp mặt người có uy tín năm 2025 (20/01/2025)
- Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (28/02/2025)
- Buôn Đôn: trao 25 căn nhà cho hộ nghèo (14/03/2025)
""",
    "2025-04-04",
    "Giao ban công tác tuyên giáo và dân vận quý I năm 2025",
    E("giao_ban", "2025-Q1", "2025-04-03"),
    [P("H'Yăm Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Y Siêng Êban", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Trần Quốc Việt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lê Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Y Thái Byă", "Bí thư Đảng ủy xã Ea Rốk"),
     P("H'Nga Mlô", "Trưởng Ban Công tác Mặt trận buôn Ea Kmar")],
    [Q("58,4 tỷ đồng", 58400000000, "đồng"),
     Q("2.834 căn nhà tạm, nhà dột nát", 2834, "căn nhà tạm, nhà dột nát"),
     Q("41%", 41, "%"),
     Q("1.925 căn", 1925, "căn"),
     Q("112 mô hình", 112, "mô hình"),
     Q("2.360 mô hình", 2360, "mô hình"),
     Q("56/63 vụ việc tranh chấp đất đai", 56, "vụ việc tranh chấp đất đai"),
     Q("34 hộ khá giả, doanh nghiệp", 34, "hộ khá giả, doanh nghiệp"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("1.790 người có uy tín", 1790, "người có uy tín")],
    [D("Quyết định", "41", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 41-QĐ/TU"),
     D("Kế hoạch", "07", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch số 07-KH/BTGDVTU"),
     D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", surface="Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương"),
     D("Công văn", "15", "CV/BTGDVTU", None, None, surface="Công văn số 15-CV/BTGDVTU")],
    [prov("Đắk Lắk"), com("Ea Rốk")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "You are here: Trang chủ / Hoạt động / Dân vận", "Toàn cảnh buổi giao ban.",
     "Dân vận khéo", "Tin lành Đấng Christ", "buôn Ea Kmar"],
    ["Thứ Sáu, 04/04/2025 - 15:20", "quý I/2025", "quý II", "hai cấp", "ngày 30/8/2025", "khóa XII"],
))

# ---------------------------------------------------------------- b938
PAGES.append(page("b938-tuyenquang-xalungcu-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Ngày 22/10/2025 | Lượt xem: 1.245
Bí thư Đảng ủy xã đối thoại trực tiếp với nhân dân năm 2025
Ngày 21/10, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Lũng Cú tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đây là buổi đối thoại đầu tiên kể từ khi xã Lũng Cú mới được thành lập trên cơ sở sáp nhập các xã Lũng Cú, Má Lé và Lũng Táo thuộc huyện Đồng Văn, tỉnh Hà Giang (cũ), nay là tỉnh Tuyên Quang.
Đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã chủ trì hội nghị; cùng chủ trì có đồng chí Vàng Seo Sử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Lầu Thị Dua, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự hội nghị có Thượng tá Hoàng Văn Thắm, Chính trị viên Đồn Biên phòng Lũng Cú, cùng hơn 150 cử tri là đại diện các thôn, người có uy tín, trưởng dòng họ người Mông, Lô Lô.
Tại hội nghị, 18 ý kiến của nhân dân đã được trình bày, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, làm đường vào thôn, điện sinh hoạt, chế độ cho người có uy tín, thủ tục hành chính sau sắp xếp. Ông Ly Mí Sính, Trưởng thôn Lô Lô Chải, phản ánh việc người dân phải đi xa hơn để làm thủ tục; đề nghị xã bố trí cán bộ về thôn tiếp nhận hồ sơ định kỳ.
Về tranh chấp đất đai, xã đã giải quyết dứt điểm 5/6 vụ việc bằng hòa giải, đối thoại. Đáng chú ý, vụ tranh chấp ranh giới 1.200 m2 đất nương giữa hai hộ ở thôn Thèn Ván đã được hòa giải thành ngay tại hội nghị: hai bên thống nhất lấy bờ đá cũ làm mốc, cùng ký biên bản trước sự chứng kiến của trưởng dòng họ và cán bộ đồn biên phòng.
Trả lời ý kiến cử tri, đồng chí Vàng Seo Sử cho biết Trung tâm Phục vụ hành chính công xã sẽ tổ chức tiếp nhận hồ sơ lưu động tại các thôn xa vào thứ Năm hằng tuần. Trong năm 2025, xã đã hoàn thành xóa 127 nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng từ chương trình của tỉnh và các nguồn xã hội hóa; Đồn Biên phòng Lũng Cú hỗ trợ 1.300 ngày công giúp dân dựng nhà.
Phát biểu kết luận, đồng chí Sùng Mí Chá tiếp thu các ý kiến, giao các bộ phận chuyên môn trả lời bằng văn bản trước ngày 30/11/2025 những nội dung chưa trả lời tại hội nghị; đề nghị Ban Xây dựng Đảng Đảng ủy xã theo dõi việc thực hiện theo Kế hoạch số 12-KH/ĐU ngày 05/9/2025 của Đảng ủy xã về đối thoại với nhân dân. Đồng chí đề nghị bà con tiếp tục đoàn kết, chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước, cùng bộ đội biên phòng bảo vệ vững chắc cột mốc, đường biên.
Ban Biên tập
Tin khác
- Xã Lũng Cú ra quân làm đường bê tông vào thôn Xín Cái (10/10/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (30/09/2025)
- Đón Bằng công nhận hoàn thành xóa nhà tạm (25/08/2025)
""",
    "2025-10-22",
    "Bí thư Đảng ủy xã đối thoại trực tiếp với nhân dân năm 2025",
    E("doi_thoai", "2025", "2025-10-21"),
    [P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
     P("Vàng Seo Sử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Lầu Thị Dua", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Hoàng Văn Thắm", "Thượng tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
     P("Ly Mí Sính", "Trưởng thôn Lô Lô Chải")],
    [Q("hơn 150 cử tri", 150, "cử tri", "over"),
     Q("18 ý kiến", 18, "ý kiến"),
     Q("5/6 vụ việc", 5, "vụ việc"),
     Q("1.200 m2", 1200, "m2"),
     Q("127 nhà tạm, nhà dột nát", 127, "nhà tạm, nhà dột nát"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("1.300 ngày công", 1300, "ngày công")],
    [D("Kế hoạch", "12", "KH/ĐU", "2025-09-05", "Đảng ủy xã", surface="Kế hoạch số 12-KH/ĐU ngày 05/9/2025 của Đảng ủy xã")],
    [prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Má Lé"), com("Lũng Táo")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản",
     "Lượt xem: 1.245", "thôn Thèn Ván", "Lô Lô Chải", "Trung tâm Phục vụ hành chính công xã"],
    ["Ngày 22/10/2025 | Lượt xem: 1.245", "buổi đối thoại đầu tiên", "hai hộ", "thứ Năm hằng tuần", "ngày 30/11/2025",
     "Trong năm 2025"],
))

# ---------------------------------------------------------------- b939
PAGES.append(page("b939-vinhlong-btgdv-tongket-2025", """
Báo Vĩnh Long điện tử
Thứ Sáu, 09/01/2026
Chính trị › Xây dựng Đảng
Khối tuyên giáo và dân vận tổng kết năm 2025: đồng hành cùng tỉnh mới
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Thị Hồng Đào, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Hội nghị được kết nối trực tuyến đến 124 điểm cầu xã, phường trong tỉnh.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới đi vào hoạt động sau khi hợp nhất các tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Khối tuyên giáo và dân vận đã tập trung tuyên truyền, vận động để cán bộ, đảng viên và nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp; kịp thời nắm bắt, giải quyết những băn khoăn của người dân về thủ tục hành chính, địa giới mới.
Đồng chí Thạch Thị Hồng Đào phát biểu kết luận hội nghị. Ảnh: Thảo Ly
Trong phong trào chung tay xóa nhà tạm, nhà dột nát, toàn tỉnh đã hoàn thành xóa 4.126 căn, tổng kinh phí hơn 250 tỷ đồng, trong đó có 1.358 căn của hộ đồng bào Khmer ở khu vực Trà Vinh (cũ). Toàn tỉnh hiện có hơn 1.000 mô hình "Dân vận khéo" còn hiệu quả; năm 2025 đã tổ chức 389 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 05, 06-KH/TU về thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và về công tác dân vận trong vùng đồng bào dân tộc Khmer; ban hành Hướng dẫn số 03-HD/BTGDVTU về thực hiện Quy chế dân vận ở cấp xã sau sắp xếp.
Tại hội nghị, đồng chí Sơn Ngọc Thạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo kết quả công tác dân tộc, tôn giáo: tỉnh có 193 chùa Phật giáo Nam tông Khmer, 100% chùa có sư sãi tham gia Hội Đoàn kết sư sãi yêu nước. Thượng tọa Sơn Chanh Đa, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Vĩnh Long, phát biểu mong muốn tỉnh tiếp tục hỗ trợ các lớp dạy chữ Khmer hè tại chùa.
Đồng chí Kim Văn Bồi, Bí thư Đảng ủy xã Tập Sơn, và đồng chí Nguyễn Thị Bé Năm, Bí thư Đảng ủy phường Nguyệt Hóa, chia sẻ kinh nghiệm tổ chức đối thoại, giải quyết tranh chấp đất đai trong đồng bào Khmer ngay từ ấp, khóm; trong năm, hai địa phương đã hòa giải thành 47 vụ việc.
Kết luận hội nghị, đồng chí Thạch Thị Hồng Đào đề nghị năm 2026 khối tuyên giáo và dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; phát huy vai trò người có uy tín, sư sãi trong vùng đồng bào Khmer.
Dịp này, 25 tập thể, 40 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Thảo Ly
Tin liên quan
- Họp mặt người có uy tín nhân dịp năm mới 2026 (06/01/2026)
- Bến Tre (cũ): 10 năm "Dân vận khéo" (25/12/2025)
- Trà Cú: đối thoại với đồng bào Khmer (18/12/2025)
""",
    "2026-01-09",
    "Khối tuyên giáo và dân vận tổng kết năm 2025: đồng hành cùng tỉnh mới",
    E("tong_ket", "2025", "2026-01-08"),
    [P("Thạch Thị Hồng Đào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Sơn Ngọc Thạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Sơn Chanh Đa", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Vĩnh Long"),
     P("Kim Văn Bồi", "Bí thư Đảng ủy xã Tập Sơn"),
     P("Nguyễn Thị Bé Năm", "Bí thư Đảng ủy phường Nguyệt Hóa")],
    [Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"),
     Q("4.126 căn", 4126, "căn"),
     Q("hơn 250 tỷ đồng", 250000000000, "đồng", "over"),
     Q("1.358 căn", 1358, "căn"),
     Q("hơn 1.000 mô hình", 1000, "mô hình", "over"),
     Q("389 cuộc đối thoại", 389, "cuộc đối thoại"),
     Q("193 chùa Phật giáo Nam tông Khmer", 193, "chùa Phật giáo Nam tông Khmer"),
     Q("100%", 100, "%"),
     Q("47 vụ việc", 47, "vụ việc"),
     Q("25 tập thể", 25, "tập thể"),
     Q("40 cá nhân", 40, "cá nhân")],
    [D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 05, 06-KH/TU"),
     D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 05, 06-KH/TU"),
     D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", surface="Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương"),
     D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 03-HD/BTGDVTU")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Nguyệt Hóa")],
    ["Báo Vĩnh Long điện tử", "Chính trị › Xây dựng Đảng", "Đồng chí Thạch Thị Hồng Đào phát biểu kết luận hội nghị. Ảnh: Thảo Ly",
     "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước", "Quy chế dân vận", "Nghị quyết Đại hội XIV của Đảng"],
    ["Thứ Sáu, 09/01/2026", "năm 2026", "hai cấp", "hai địa phương", "Đại hội XIV", "lần thứ I", "khóa XVI", "Năm 2025 là năm đầu tiên"],
))

# ---------------------------------------------------------------- b940
PAGES.append(page("b940-lamdong-gapmat-chucsac-cham-2026", """
Cổng Thông tin điện tử tỉnh Lâm Đồng
Trang chủ > Tin tức > Dân tộc - Tôn giáo
11/02/2026 | 14:35
Ảnh: Lãnh đạo tỉnh tặng quà các vị chức sắc Chăm.
Gặp mặt chức sắc, người có uy tín đồng bào Chăm năm 2026
Ngày 10/2, tại phường Phan Thiết, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín đồng bào Chăm năm 2026, nhân dịp chuẩn bị tháng chay Ramưwan của cộng đồng Chăm Bàni.
Dự hội nghị có đồng chí Đinh Văn Tuấn, Phó Chủ tịch UBND tỉnh; đồng chí K'Điệp, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; bà Ka Thị Huyền, Phó Giám đốc Sở Dân tộc và Tôn giáo cùng 135 đại biểu, trong đó có 46 vị chức sắc Bàni, Bà-la-môn đến từ các xã vùng đồng bào Chăm ở khu vực Bình Thuận (cũ).
Theo báo cáo, tỉnh Lâm Đồng hiện có hơn 40.000 đồng bào Chăm, sinh sống tập trung ở các xã Bắc Bình, Hòa Thắng, Tuy Phong, Phan Sơn. Năm 2025, dù vừa hoàn thành sắp xếp đơn vị hành chính, các chương trình, chính sách đối với đồng bào vẫn được triển khai liên tục; tỉnh đã hỗ trợ 326 hộ Chăm có nhà ở kiên cố, nâng cấp 9 tuyến đường vào các làng Chăm với tổng kinh phí 27,5 tỷ đồng. Tỷ lệ hộ nghèo trong đồng bào Chăm giảm còn 2,1%.
Tại hội nghị, Cả sư Lưu Văn Mạnh, Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh, cho biết các thánh đường đã hướng dẫn tín đồ chuẩn bị tháng Ramưwan trang nghiêm, tiết kiệm, đúng quy định tại Nghị định số 95/2023/NĐ-CP của Chính phủ. Ông Nại Xuân Thiết, người có uy tín thôn Lương Bình, xã Bắc Bình, đề nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất cho một số khu đất nghĩa địa truyền thống của đồng bào, tránh phát sinh tranh chấp.
Bà Thị Thu Sa, Trưởng Ban Công tác Mặt trận thôn Bình Minh, xã Hòa Thắng, chia sẻ kinh nghiệm vận động chị em phụ nữ Chăm phát triển nghề dệt thổ cẩm gắn với du lịch cộng đồng.
Phát biểu tại hội nghị, đồng chí Đinh Văn Tuấn chúc các vị chức sắc và bà con đón tháng Ramưwan an lành; đề nghị các ngành thực hiện tốt Kế hoạch số 58/KH-UBND ngày 20/01/2026 của UBND tỉnh về công tác dân tộc, tôn giáo năm 2026; giải quyết dứt điểm kiến nghị về đất nghĩa địa trong quý II. Đồng chí K'Điệp đề nghị chức sắc, người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với đồng bào, vận động bà con tích cực tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, lãnh đạo tỉnh tặng 135 phần quà cho các đại biểu, mỗi phần quà trị giá 1 triệu đồng.
Minh Vân (Trung tâm Thông tin tỉnh)
Tin liên quan
- Lâm Đồng gặp mặt người có uy tín đồng bào dân tộc thiểu số năm 2026 (28/01/2026)
- Thăm, chúc Tết Katê tại các làng Chăm (22/10/2025)
- Hàm Thuận Nam (cũ): trao nhà cho hộ nghèo người Raglai (12/08/2025)
""",
    "2026-02-11",
    "Gặp mặt chức sắc, người có uy tín đồng bào Chăm năm 2026",
    E("hoi_nghi", "2026", "2026-02-10"),
    [P("Đinh Văn Tuấn", "Phó Chủ tịch UBND tỉnh"),
     P("K'Điệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Ka Thị Huyền", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
     P("Lưu Văn Mạnh", "Cả sư", "Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh"),
     P("Nại Xuân Thiết", "người có uy tín thôn Lương Bình"),
     P("Thị Thu Sa", "Trưởng Ban Công tác Mặt trận thôn Bình Minh")],
    [Q("135 đại biểu", 135, "đại biểu"),
     Q("46 vị chức sắc Bàni, Bà-la-môn", 46, "vị chức sắc Bàni, Bà-la-môn"),
     Q("hơn 40.000 đồng bào Chăm", 40000, "đồng bào Chăm", "over"),
     Q("326 hộ Chăm", 326, "hộ Chăm"),
     Q("9 tuyến đường", 9, "tuyến đường"),
     Q("27,5 tỷ đồng", 27500000000, "đồng"),
     Q("2,1%", 2.1, "%"),
     Q("135 phần quà", 135, "phần quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định số 95/2023/NĐ-CP của Chính phủ"),
     D("Kế hoạch", "58", "KH-UBND", "2026-01-20", "UBND tỉnh", surface="Kế hoạch số 58/KH-UBND ngày 20/01/2026 của UBND tỉnh")],
    [prov("Lâm Đồng"), prov("Bình Thuận"), com("Phan Thiết"), com("Bắc Bình"), com("Hòa Thắng"), com("Tuy Phong"), com("Phan Sơn")],
    ["Cổng Thông tin điện tử tỉnh Lâm Đồng", "Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Ảnh: Lãnh đạo tỉnh tặng quà các vị chức sắc Chăm.",
     "Ramưwan", "thôn Lương Bình", "thôn Bình Minh", "Trung tâm Thông tin tỉnh"],
    ["11/02/2026 | 14:35", "Năm 2025", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "mỗi phần quà"],
))
