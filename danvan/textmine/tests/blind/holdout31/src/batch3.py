"""b713-b718: commune sites, November 2025 - March 2026."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b713 Quảng Ngãi, xã Ba Tơ, flood gifts
PAGES.append(page("b713-quangngai-bato-lu-traoqua-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ BA TƠ - TỈNH QUẢNG NGÃI
21/11/2025 - 19:05
Đồng chí Phạm Văn Hùng trao quà cho người dân thôn Gò Khôn bị thiệt hại do lũ.
Trang chủ > Tin tức > An sinh xã hội
Trao 420 suất quà cho người dân bị ảnh hưởng bởi lũ
Ngày 19/11, Ủy ban MTTQ Việt Nam xã Ba Tơ phối hợp Hội Chữ thập đỏ tỉnh trao 420 suất quà cho các hộ dân bị thiệt hại nặng do đợt mưa lũ cuối tháng 10 và đầu tháng 11/2025. Mỗi suất quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt; tổng trị giá hơn 290 triệu đồng.
Đợt mưa lũ lịch sử vừa qua làm 37 căn nhà trên địa bàn xã bị ngập sâu, 3 căn nhà bị sập hoàn toàn; sạt lở 12 điểm trên các tuyến đường liên thôn, hơn 60 ha lúa, hoa màu bị vùi lấp. Thực hiện phương châm "4 tại chỗ" và Kế hoạch số 62/KH-UBND của UBND xã, xã đã huy động 150 cán bộ, chiến sĩ cùng Nhân dân di dời 86 hộ với 312 nhân khẩu đến nơi an toàn trước khi lũ lên.
Tại buổi trao quà, đồng chí Phạm Văn Hùng, Bí thư Đảng ủy xã, thăm hỏi, động viên các gia đình sớm ổn định cuộc sống. Đồng chí cho biết, theo Quyết định số 2145/QĐ-UBND ngày 03/11/2025 của UBND tỉnh, các hộ có nhà bị sập sẽ được hỗ trợ khẩn cấp để làm lại nhà trước Tết; các lực lượng thực hiện nghiêm Công điện số 20/CĐ-TTg của Thủ tướng Chính phủ về khắc phục hậu quả mưa lũ.
Bà Nguyễn Thị Thanh Xuân, Phó Chủ tịch Hội Chữ thập đỏ tỉnh cho biết, từ nay đến cuối năm, Hội tiếp tục vận động nguồn lực hỗ trợ bà con vùng lũ Quảng Ngãi và khu vực tỉnh Kon Tum cũ.
Ông Đinh Văn Thê, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết Ban Thường trực đã tiếp nhận tiền, hàng ủng hộ từ nhiều tổ chức, cá nhân và công khai trên bảng tin của xã. Thiếu tá Lê Văn Hòa, Chỉ huy trưởng Ban Chỉ huy Quân sự xã, cùng lực lượng dân quân giúp dân dọn bùn đất, dựng lại nhà.
Nhận quà, bà Phạm Thị Nết, Trưởng thôn Gò Khôn, người dân tộc Hrê, xúc động cho biết lũ về trong đêm nhưng nhờ cán bộ thôn gõ cửa từng nhà nên không ai bị thương. Ông Đinh Văn Rin, Bí thư Chi bộ thôn Làng Mạ, đề nghị sớm khắc phục điểm sạt lở trên đường vào thôn để học sinh đi học.
Trong đêm lũ, ông Đinh Văn Rin cùng 12 đảng viên của chi bộ thôn Làng Mạ chia nhau đến từng nhà, đưa người già, trẻ nhỏ lên điểm trường cao ráo; nhờ vậy, toàn thôn không có thiệt hại về người. "Cán bộ thôn ở với dân, nói tiếng Hrê với bà con nên bà con nghe theo ngay", ông Rin kể.
Những ngày sau lũ, Ủy ban MTTQ Việt Nam xã phối hợp các đoàn thể tổ chức bếp ăn tập thể phục vụ các hộ phải sơ tán; đoàn viên thanh niên, hội viên phụ nữ giúp dân dọn bùn đất, vệ sinh trường học, trạm y tế. Theo UBND xã, tổng thiệt hại do đợt mưa lũ trên địa bàn ước khoảng 18 tỷ đồng; xã đang rà soát để đề nghị tỉnh hỗ trợ khôi phục sản xuất vụ Đông Xuân.
Ngọc Diệp
Chia sẻ | In bài
Tin liên quan
- Xã Ba Tơ sơ tán dân trước lũ (30/10/2025)
- Đoàn viên thanh niên giúp dân dọn dẹp sau lũ (08/11/2025)
- Tiếp nhận 50 tấn gạo hỗ trợ người dân vùng lũ (14/11/2025)
""",
    "2025-11-21", "Trao 420 suất quà cho người dân bị ảnh hưởng bởi lũ",
    E("trao_qua", None, "2025-11-19"),
    [P("Phạm Văn Hùng", "Bí thư Đảng ủy xã"),
     P("Nguyễn Thị Thanh Xuân", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Đinh Văn Thê", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lê Văn Hòa", "Thiếu tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
     P("Phạm Thị Nết", "Trưởng thôn Gò Khôn"),
     P("Đinh Văn Rin", "Bí thư Chi bộ thôn Làng Mạ")],
    [Q("420 suất quà", 420, "suất quà"),
     Q("10 kg", 10, "kg"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("hơn 290 triệu đồng", 290000000, "đồng", "over"),
     Q("37 căn nhà", 37, "căn nhà"),
     Q("3 căn nhà", 3, "căn nhà"),
     Q("12 điểm", 12, "điểm"),
     Q("hơn 60 ha", 60, "ha", "over"),
     Q("150 cán bộ, chiến sĩ", 150, "cán bộ, chiến sĩ"),
     Q("86 hộ", 86, "hộ"),
     Q("312 nhân khẩu", 312, "nhân khẩu"),
     Q("khoảng 18 tỷ đồng", 18000000000, "đồng", "approx"),
     Q("12 đảng viên", 12, "đảng viên")],
    [D("Kế hoạch", "62", "KH-UBND", None, "UBND xã", "Kế hoạch số 62/KH-UBND của UBND xã"),
     D("Quyết định", "2145", "QĐ-UBND", "2025-11-03", "UBND tỉnh", "Quyết định số 2145/QĐ-UBND ngày 03/11/2025 của UBND tỉnh"),
     D("Công điện", "20", "CĐ-TTg", None, "Thủ tướng Chính phủ", "Công điện số 20/CĐ-TTg của Thủ tướng Chính phủ")],
    [prov("Quảng Ngãi"), prov("Kon Tum"), com("Ba Tơ")],
    ["TRANG THÔNG TIN ĐIỆN TỬ XÃ BA TƠ - TỈNH QUẢNG NGÃI",
     "Đồng chí Phạm Văn Hùng trao quà cho người dân thôn Gò Khôn bị thiệt hại do lũ.",
     "Trang chủ > Tin tức > An sinh xã hội", "Gò Khôn", "Làng Mạ", "Hrê", "Ngọc Diệp", "Hội Chữ thập đỏ tỉnh"],
    ["21/11/2025 - 19:05", "tháng 11/2025", "cuối tháng 10", "4 tại chỗ"]))

# ---------------------------------------------------------------- b714 Cần Thơ, xã Lịch Hội Thượng, review of 2025
PAGES.append(page("b714-cantho-lichhoithuong-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ LỊCH HỘI THƯỢNG
Hôm nay: Thứ Hai, 29/12/2025
You are here: Trang chủ / Tin hoạt động
Thứ Sáu, 26/12/2025
Phát huy sức mạnh khối đại đoàn kết trong năm đầu xã mới
Ngày 24/12/2025, Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 và triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tiếp tại hội trường xã và trực tuyến đến 22 điểm cầu tại các ấp.
Các đại biểu dự hội nghị tại điểm cầu trung tâm.
Chủ trì hội nghị có đồng chí Lâm Thị Sa Pi, Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Trần Văn Nhựt, Kim Thị Sô Phi, Sơn Vũ Linh. Dự và chỉ đạo có đồng chí Triệu Minh Quang, Bí thư Đảng ủy xã.
Xã Lịch Hội Thượng được sắp xếp từ thị trấn Lịch Hội Thượng và xã Trung Bình (huyện Trần Đề, tỉnh Sóc Trăng cũ), nay thuộc thành phố Cần Thơ, có hơn 41% dân số là đồng bào Khmer. Năm 2025, Quỹ "Vì người nghèo" xã vận động được 1,26 tỷ đồng, xây mới 24 căn nhà Đại đoàn kết và sửa chữa 9 căn. Mặt trận tiếp nhận 47 ý kiến, kiến nghị của cử tri; đến nay đã được giải quyết, trả lời 44 ý kiến, đạt 93,6%. Các tổ hòa giải hòa giải thành 18/21 vụ việc.
Sư cả Thạch Huol, trụ trì chùa Bưng Sa Ke, cho biết nhà chùa cùng Ban công tác Mặt trận ấp vận động bà con Khmer tổ chức lễ Ok Om Bok tiết kiệm, an toàn. Đồng chí Kim Thị Sô Phi, Chủ tịch Hội Liên hiệp Phụ nữ xã, báo cáo hoạt động của khối các tổ chức chính trị - xã hội trực thuộc Mặt trận. Ông Thạch Sang, Trưởng Ban công tác Mặt trận ấp Ca Lạc, đề xuất nâng mức hỗ trợ hoạt động cho Ban công tác Mặt trận ở ấp đông dân.
Năm 2026, Mặt trận xã tập trung thực hiện Hướng dẫn 26, 27-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về nâng cao chất lượng giám sát, phản biện xã hội và Nghị quyết số 09-NQ/ĐU của Đảng ủy xã về phát triển kinh tế vùng đồng bào Khmer.
Phát biểu chỉ đạo, đồng chí Triệu Minh Quang ghi nhận Mặt trận xã đã hoàn thành tốt nhiệm vụ trong năm đầu tổ chức lại bộ máy, đề nghị tiếp tục chăm lo hộ nghèo, không để ai bị bỏ lại phía sau. Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 10 tập thể và 16 cá nhân.
Hội nghị cũng chỉ ra hạn chế: nội dung sinh hoạt ở một số Ban công tác Mặt trận ấp còn đơn điệu; việc nắm bắt dư luận trên mạng xã hội còn chậm; nguồn lực chăm lo hộ nghèo chủ yếu dựa vào vận động. Mặt trận xã đặt mục tiêu vận động xây mới 30 căn nhà Đại đoàn kết trong năm tới.
Sơn Thị Bích
Lượt xem: 341 | Chia sẻ | In bài
Tin cùng chuyên mục
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ Việt Nam xã (12/12/2025)
- Trao 5 căn nhà Đại đoàn kết cho hộ nghèo ấp Ca Lạc (02/12/2025)
- Lễ hội Ok Om Bok năm 2025 tại xã Lịch Hội Thượng (05/11/2025)
""",
    "2025-12-26", "Phát huy sức mạnh khối đại đoàn kết trong năm đầu xã mới",
    E("tong_ket", "2025", "2025-12-24"),
    [P("Lâm Thị Sa Pi", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Trần Văn Nhựt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Kim Thị Sô Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
     P("Sơn Vũ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Triệu Minh Quang", "Bí thư Đảng ủy xã"),
     P("Thạch Huol", "Sư cả", "trụ trì chùa Bưng Sa Ke"),
     P("Thạch Sang", "Trưởng Ban công tác Mặt trận ấp Ca Lạc")],
    [Q("22 điểm cầu", 22, "điểm cầu"),
     Q("hơn 41%", 41, "%", "over"),
     Q("1,26 tỷ đồng", 1260000000, "đồng"),
     Q("24 căn nhà Đại đoàn kết", 24, "căn nhà Đại đoàn kết"),
     Q("9 căn", 9, "căn"),
     Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"),
     Q("44 ý kiến", 44, "ý kiến"),
     Q("93,6%", 93.6, "%"),
     Q("18/21 vụ việc", 18, "vụ việc"),
     Q("10 tập thể", 10, "tập thể"),
     Q("16 cá nhân", 16, "cá nhân"),
     Q("30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết")],
    [D("Hướng dẫn", "26", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
       "Hướng dẫn 26, 27-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
     D("Hướng dẫn", "27", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
       "Hướng dẫn 26, 27-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
     D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU của Đảng ủy xã")],
    [prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình")],
    ["ỦY BAN MTTQ VIỆT NAM XÃ LỊCH HỘI THƯỢNG", "You are here: Trang chủ / Tin hoạt động",
     "Các đại biểu dự hội nghị tại điểm cầu trung tâm.", "Vì người nghèo", "Bưng Sa Ke", "Ok Om Bok", "Ca Lạc",
     "Sơn Thị Bích", "Khmer"],
    ["Hôm nay: Thứ Hai, 29/12/2025", "Thứ Sáu, 26/12/2025", "năm 2025", "năm 2026", "Năm 2025", "Năm 2026", "Lượt xem: 341"]))

# ---------------------------------------------------------------- b715 Vĩnh Long, xã Hòa Minh, quarter IV/2025 briefing
PAGES.append(page("b715-vinhlong-hoaminh-mttq-giaoban-q4-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA MINH
Trang chủ >> Tin Mặt trận >> Giao ban
09/01/2026 | 10:00
Mặt trận xã Hòa Minh triển khai nhiệm vụ quý I/2026
Sáng 7/1, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Minh tổ chức giao ban đánh giá kết quả công tác quý IV/2025, triển khai phương hướng, nhiệm vụ quý I/2026. Chủ trì giao ban có ông Huỳnh Văn Đực, Chủ tịch Ủy ban MTTQ Việt Nam xã; dự có đồng chí Phan Thanh Tú, Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch HĐND xã.
Xã Hòa Minh (tỉnh Vĩnh Long) được hình thành từ xã Hòa Minh và xã Long Hòa thuộc tỉnh Trà Vinh cũ. Từ tháng 7/2025, tỉnh Vĩnh Long mới gồm Vĩnh Long, Bến Tre và Trà Vinh.
Trong quý IV, đợt triều cường cuối tháng 10 gây sạt lở 140 m bờ bao, ảnh hưởng 52 hộ ở ấp Giồng Giữa. Ông Trần Văn Út, Trưởng Ban công tác Mặt trận ấp Giồng Giữa, cho biết Ban đã vận động hơn 200 ngày công đắp lại bờ bao, không để nước mặn tràn vào vườn dừa.
Công tác tiếp dân, giải quyết kiến nghị được quan tâm: Mặt trận tiếp nhận 9 đơn thư, đã phối hợp hòa giải thành 7 vụ, 2 vụ chuyển UBND xã giải quyết theo thẩm quyền. Thực hiện Nghị quyết số 01-NQ/ĐU của Đảng ủy xã, Mặt trận đã bàn giao 2 căn nhà Đại đoàn kết, mỗi căn trị giá 60 triệu đồng, cho hộ nghèo ở ấp Ba Se A.
Tại giao ban, bà Nguyễn Thị Mỹ Linh vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, thay ông Lê Hoàng Sơn được điều động làm Bí thư Chi bộ ấp Ba Se A. Bà Thạch Thị Phương, Chi hội trưởng Chi hội Phụ nữ ấp Giồng Lức, đề xuất nhân rộng mô hình "Tổ phụ nữ tiết kiệm" trong đồng bào Khmer.
Quý I/2026, Mặt trận xã tập trung thực hiện Kế hoạch 14-KH/MTTQ-BTT ngày 02/01/2026 về chương trình "Tết vì người nghèo", phấn đấu trao 160 phần quà với tổng trị giá 80 triệu đồng cho hộ nghèo, cận nghèo trước Tết Nguyên đán Bính Ngọ.
Kết luận, đồng chí Phan Thanh Tú đề nghị Mặt trận nắm chắc tư tưởng Nhân dân trong dịp Tết, phối hợp Công an xã giữ vững an ninh trật tự ở các ấp.
Cũng trong quý, Hội Nông dân xã, nay trực thuộc Ủy ban MTTQ Việt Nam xã, đã hướng dẫn nông dân chuyển 35 ha đất lúa kém hiệu quả sang trồng dừa, cây ăn trái; Đoàn xã ra mắt đội hình thanh niên tình nguyện hỗ trợ người dân làm thủ tục hành chính trực tuyến. Ông Huỳnh Văn Đực cho biết sau sắp xếp, khối lượng công việc của Mặt trận xã tăng nhiều, trong khi một số Ban công tác Mặt trận ấp mới kiện toàn, còn thiếu kinh nghiệm.
Ngọc Trâm
Lượt xem: 276
Tin khác
- Xã Hòa Minh bàn giao nhà Đại đoàn kết (20/12/2025)
- Ra mắt mô hình "Ấp an toàn về an ninh trật tự" (05/12/2025)
- Mặt trận xã giám sát thi công tuyến đường ấp Long Hòa (24/11/2025)
""",
    "2026-01-09", "Mặt trận xã Hòa Minh triển khai nhiệm vụ quý I/2026",
    E("giao_ban", "2025-Q4", "2026-01-07"),
    [P("Huỳnh Văn Đực", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Phan Thanh Tú", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch HĐND xã"),
     P("Trần Văn Út", "Trưởng Ban công tác Mặt trận ấp Giồng Giữa"),
     P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lê Hoàng Sơn", "Bí thư Chi bộ ấp Ba Se A"),
     P("Thạch Thị Phương", "Chi hội trưởng Chi hội Phụ nữ ấp Giồng Lức")],
    [Q("140 m", 140, "m"),
     Q("52 hộ", 52, "hộ"),
     Q("hơn 200 ngày công", 200, "ngày công", "over"),
     Q("9 đơn thư", 9, "đơn thư"),
     Q("7 vụ", 7, "vụ"),
     Q("2 vụ", 2, "vụ"),
     Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("160 phần quà", 160, "phần quà"),
     Q("80 triệu đồng", 80000000, "đồng"),
     Q("35 ha", 35, "ha")],
    [D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU của Đảng ủy xã"),
     D("Kế hoạch", "14", "KH/MTTQ-BTT", "2026-01-02", None, "Kế hoạch 14-KH/MTTQ-BTT ngày 02/01/2026")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA MINH", "Trang chủ >> Tin Mặt trận >> Giao ban", "Giồng Giữa", "Ba Se A",
     "Giồng Lức", "Tổ phụ nữ tiết kiệm", "Tết vì người nghèo", "Ngọc Trâm", "Bính Ngọ"],
    ["09/01/2026 | 10:00", "quý I/2026", "quý IV/2025", "tháng 7/2025", "quý IV", "cuối tháng 10", "Quý I/2026",
     "Lượt xem: 276"]))

# ---------------------------------------------------------------- b716 An Giang, xã Châu Phong, Tết gifts
PAGES.append(page("b716-angiang-chauphong-xuanyeuthuong-2026", """
ỦY BAN NHÂN DÂN XÃ CHÂU PHONG - TỈNH AN GIANG
Trang chủ › Tin tức › An sinh xã hội
Thứ Năm, ngày 05/02/2026
Xuân yêu thương ấm lòng hộ nghèo xã Châu Phong
Chiều 3/2/2026, Ban vận động Quỹ "Vì người nghèo" xã Châu Phong phối hợp các nhà hảo tâm tổ chức chương trình "Xuân yêu thương - Tết nghĩa tình" năm 2026, trao 650 phần quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, gia đình chính sách và đồng bào Chăm có hoàn cảnh khó khăn.
Các đại biểu trao quà Tết cho bà con ấp Phũm Soài.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 520 triệu đồng. Dự và trao quà có đồng chí Nguyễn Văn Bé Tư, Bí thư Đảng ủy xã, Chủ tịch HĐND xã; bà Lê Thị Ngọc Giàu, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng Ban vận động Quỹ "Vì người nghèo" xã; các đồng chí Phó Chủ tịch UBND xã Phạm Hữu Lợi, Trương Thị Hồng.
Thực hiện Chỉ thị 09-CT/TU của Ban Thường vụ Tỉnh ủy An Giang về tổ chức Tết Nguyên đán Bính Ngọ năm 2026 và kế hoạch số 12/KH-BVĐ ngày 05/01/2026 của Ban vận động, từ đầu tháng 1, xã đã rà soát từng hộ để không bỏ sót người khó khăn. Năm 2025, xã bàn giao 31 căn nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm còn 1,62%.
Ông Ha Sanh, Trưởng Ban đại diện cộng đồng Chăm Hồi giáo ấp Phũm Soài, cảm ơn cấp ủy, chính quyền đã quan tâm bà con Chăm; cho biết thánh đường đã vận động các gia đình khá giả cùng đóng góp 45 triệu đồng mua quà. Ông Trần Quốc Trung, Giám đốc Công ty TNHH Thủy sản Tân Phát, nhà tài trợ chính của chương trình, hứa sẽ tiếp tục đồng hành với địa phương.
Bà Mã Ry Dam, ngụ ấp Phũm Soài, năm nay 76 tuổi, sống một mình, nghẹn ngào khi nhận quà. Cũng dịp này, xã trao 120 thẻ bảo hiểm y tế cho người cao tuổi thuộc hộ cận nghèo.
Chương trình có các tiết mục văn nghệ của đội văn nghệ Chăm ấp Phũm Soài và các em học sinh, tạo không khí ấm áp, vui tươi. Phát biểu tại chương trình, đồng chí Nguyễn Văn Bé Tư cảm ơn các nhà hảo tâm, đề nghị Ban vận động tiếp tục rà soát, bảo đảm mọi người dân đều có Tết. Theo Ban vận động, nguồn quà năm nay do 14 doanh nghiệp, nhà hảo tâm trong và ngoài xã đóng góp; danh sách hộ nhận quà được niêm yết công khai tại các ấp trước 5 ngày. Từ nay đến Tết, xã tiếp tục trao thêm 180 phần quà cho công nhân, lao động tự do khó khăn về quê đón Tết.
Xã Châu Phong thuộc tỉnh An Giang sau khi hợp nhất với tỉnh Kiên Giang; các khoản vận động được Ban vận động công khai tại trụ sở Ủy ban MTTQ Việt Nam xã.
Thanh Hằng
Số lượt xem: 402
Từ khóa: Xuân yêu thương, hộ nghèo, đồng bào Chăm
Tin liên quan
- Châu Phong: trao 15 căn nhà Đại đoàn kết dịp cuối năm (22/12/2025)
- Thăm, chúc Tết các gia đình chính sách (30/01/2026)
- Ngày hội Đại đoàn kết ở ấp Phũm Soài (14/11/2025)
""",
    "2026-02-05", "Xuân yêu thương ấm lòng hộ nghèo xã Châu Phong",
    E("trao_qua", None, "2026-02-03"),
    [P("Nguyễn Văn Bé Tư", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
     P("Lê Thị Ngọc Giàu", "Chủ tịch Ủy ban MTTQ Việt Nam xã", 'Trưởng Ban vận động Quỹ "Vì người nghèo" xã'),
     P("Phạm Hữu Lợi", "Phó Chủ tịch UBND xã"),
     P("Trương Thị Hồng", "Phó Chủ tịch UBND xã"),
     P("Ha Sanh", "Trưởng Ban đại diện cộng đồng Chăm Hồi giáo ấp Phũm Soài"),
     P("Trần Quốc Trung", "Giám đốc Công ty TNHH Thủy sản Tân Phát"),
     P("Mã Ry Dam")],
    [Q("650 phần quà", 650, "phần quà"),
     Q("10 kg", 10, "kg"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("hơn 520 triệu đồng", 520000000, "đồng", "over"),
     Q("31 căn nhà Đại đoàn kết", 31, "căn nhà Đại đoàn kết"),
     Q("1,62%", 1.62, "%"),
     Q("45 triệu đồng", 45000000, "đồng"),
     Q("120 thẻ bảo hiểm y tế", 120, "thẻ bảo hiểm y tế"),
     Q("180 phần quà", 180, "phần quà"),
     Q("14 doanh nghiệp, nhà hảo tâm", 14, "doanh nghiệp, nhà hảo tâm")],
    [D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy An Giang", "Chỉ thị 09-CT/TU của Ban Thường vụ Tỉnh ủy An Giang"),
     D("Kế hoạch", "12", "KH-BVĐ", "2026-01-05", "Ban vận động", "kế hoạch số 12/KH-BVĐ ngày 05/01/2026 của Ban vận động")],
    [prov("An Giang"), prov("Kiên Giang"), com("Châu Phong")],
    ["ỦY BAN NHÂN DÂN XÃ CHÂU PHONG - TỈNH AN GIANG", "Trang chủ › Tin tức › An sinh xã hội",
     "Các đại biểu trao quà Tết cho bà con ấp Phũm Soài.", "Vì người nghèo", "Xuân yêu thương - Tết nghĩa tình",
     "Phũm Soài", "Bính Ngọ", "Công ty TNHH Thủy sản Tân Phát", "Thanh Hằng", "Xuân yêu thương ấm lòng hộ nghèo xã Châu Phong"],
    ["Thứ Năm, ngày 05/02/2026", "năm 2026", "đầu tháng 1", "Năm 2025", "76 tuổi", "Số lượt xem: 402", "5 ngày"]))

# ---------------------------------------------------------------- b717 Đồng Tháp, xã Tân Phước 2, protest and dialogue
PAGES.append(page("b717-dongthap-tanphuoc2-doithoai-traiheo-2026", """
TRANG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC 2
Trang chủ / Tin tức / Tin địa phương
11.03.2026 - 14:40
Toàn cảnh buổi đối thoại.
Đối thoại với người dân phản ánh ô nhiễm từ trại heo
Ngày 9/3/2026, UBND xã Tân Phước 2 phối hợp Ủy ban MTTQ Việt Nam xã tổ chức đối thoại với hơn 70 hộ dân ấp Tân Hòa về tình trạng ô nhiễm mùi hôi, nước thải từ trang trại chăn nuôi heo của một hộ kinh doanh trên địa bàn.
Trước đó, sáng 2/3, khoảng 50 người dân đã tụ tập trước cổng trang trại, căng băng rôn phản đối và chặn xe chở thức ăn chăn nuôi. Lực lượng Công an xã và Ban công tác Mặt trận ấp đã có mặt, vận động bà con giải tán, hứa sớm tổ chức đối thoại. Ông Nguyễn Văn Hai, Trưởng ấp Tân Hòa, cho biết trang trại hiện nuôi khoảng 1.200 con heo, cách khu dân cư chỉ 120 m, nhiều năm nay người dân đã nhiều lần gửi đơn.
Tại buổi đối thoại, bà Huỳnh Thị Bảy, người dân ấp Tân Hòa, cho biết nhà bà sát vách trang trại, mùa nắng mùi hôi nồng nặc, con cháu thường xuyên bị ho, ngứa. Nhiều hộ khác phản ánh nước thải chảy tràn ra kênh nội đồng, ảnh hưởng đến ruộng lúa và ao cá. Theo Trưởng ấp, từ năm 2023 đến nay người dân đã gửi 6 lá đơn đến chính quyền các cấp.
Chủ trì đối thoại, ông Võ Văn Tài, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã thừa nhận việc xử lý chưa kịp thời. Ông Trương Công Danh, Trưởng phòng Kinh tế xã thông tin kết quả kiểm tra: trang trại chưa có hệ thống xử lý nước thải đạt chuẩn; căn cứ Nghị định 45/2022/NĐ-CP của Chính phủ, Chủ tịch UBND xã đã ban hành Quyết định số 318/QĐ-XPHC ngày 05/3/2026 xử phạt chủ trang trại 45 triệu đồng.
Chủ trang trại là ông Lê Văn Chín cam kết giảm đàn, xây thêm hầm biogas 300 m3 và đầu tư hệ thống xử lý nước thải khoảng 1,8 tỷ đồng trong thời hạn 90 ngày. Bà Đoàn Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ thành lập tổ giám sát cộng đồng gồm đại diện 5 hộ dân liền kề, định kỳ báo cáo kết quả.
Thiếu tá Phan Văn Lực, Phó Trưởng Công an xã, đề nghị người dân phản ánh qua đường dây nóng, không tụ tập, gây cản trở giao thông. Kết thúc đối thoại, các hộ dân thống nhất với phương án của xã và ký biên bản. Đây là vụ việc thứ 3 trong năm liên quan ô nhiễm chăn nuôi ở khu vực các xã Tân Phước 1, Tân Phước 2, Tân Phước 3 (tỉnh Tiền Giang cũ), nay thuộc tỉnh Đồng Tháp.
Sau đối thoại, UBND xã giao Phòng Kinh tế xã phối hợp Ủy ban MTTQ Việt Nam xã kiểm tra định kỳ hằng tháng; nếu chủ trang trại không thực hiện đúng cam kết, xã sẽ đề nghị cấp có thẩm quyền đình chỉ hoạt động chăn nuôi.
Minh Khoa
Chia sẻ: Facebook | Zalo | In bài
Tin liên quan
- Xã Tân Phước 2 tiếp công dân định kỳ tháng 2/2026 (27/02/2026)
- Ra mắt tổ giám sát cộng đồng ấp Tân Hòa (12/03/2026)
- Kiểm tra các cơ sở chăn nuôi trên địa bàn xã (20/01/2026)
""",
    "2026-03-11", "Đối thoại với người dân phản ánh ô nhiễm từ trại heo",
    E("doi_thoai", None, "2026-03-09"),
    [P("Nguyễn Văn Hai", "Trưởng ấp Tân Hòa"),
     P("Võ Văn Tài", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
     P("Trương Công Danh", "Trưởng phòng Kinh tế xã"),
     P("Lê Văn Chín"),
     P("Huỳnh Thị Bảy"),
     P("Đoàn Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Phan Văn Lực", "Thiếu tá", "Phó Trưởng Công an xã")],
    [Q("hơn 70 hộ dân", 70, "hộ dân", "over"),
     Q("khoảng 50 người dân", 50, "người dân", "approx"),
     Q("khoảng 1.200 con heo", 1200, "con heo", "approx"),
     Q("120 m", 120, "m"),
     Q("45 triệu đồng", 45000000, "đồng"),
     Q("300 m3", 300, "m3"),
     Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
     Q("5 hộ dân", 5, "hộ dân"),
     Q("6 lá đơn", 6, "lá đơn")],
    [D("Nghị định", "45", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 45/2022/NĐ-CP của Chính phủ"),
     D("Quyết định", "318", "QĐ-XPHC", "2026-03-05", "Chủ tịch UBND xã", "Quyết định số 318/QĐ-XPHC ngày 05/3/2026")],
    [prov("Đồng Tháp"), prov("Tiền Giang"), com("Tân Phước 2"), com("Tân Phước 1"), com("Tân Phước 3")],
    ["TRANG TIN ĐIỆN TỬ XÃ TÂN PHƯỚC 2", "Trang chủ / Tin tức / Tin địa phương", "Toàn cảnh buổi đối thoại.",
     "Tân Hòa", "Minh Khoa"],
    ["11.03.2026 - 14:40", "TÂN PHƯỚC 2", "Tân Phước 2", "Tân Phước 1", "Tân Phước 3", "90 ngày", "vụ việc thứ 3", "từ năm 2023"]))

# ---------------------------------------------------------------- b718 Lào Cai, xã Mù Cang Chải, training
PAGES.append(page("b718-laocai-mucangchai-mttq-taphuan-2026", """
ỦY BAN MTTQ VIỆT NAM XÃ MÙ CANG CHẢI
Bạn đang ở: Trang chủ › Hoạt động › Tập huấn
Cập nhật lúc 08:20 ngày 27/3/2026
Tập huấn nghiệp vụ cho 96 cán bộ Mặt trận thôn
Trong 2 ngày 24-25/3, Ủy ban MTTQ Việt Nam xã Mù Cang Chải tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho 96 học viên là Trưởng ban công tác Mặt trận, chi hội trưởng các đoàn thể ở 24 thôn; trong đó 58 đồng chí là người dân tộc Mông.
Ông Lý A Sềnh phát biểu khai giảng lớp tập huấn.
Khai giảng lớp học, ông Lý A Sềnh, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết xã Mù Cang Chải được sắp xếp từ thị trấn Mù Cang Chải và 3 xã Kim Nọi, Mồ Dề, Chế Cu Nha của tỉnh Yên Bái cũ, nay thuộc tỉnh Lào Cai. Sau sắp xếp, nhiều Trưởng ban công tác Mặt trận thôn mới được bầu, chưa có kinh nghiệm vận động quần chúng.
Trong 6 chuyên đề, các học viên được quán triệt Nghị quyết 43-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; Hướng dẫn số 06/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hoạt động của Ban công tác Mặt trận ở khu dân cư; kỹ năng hòa giải ở cơ sở và giám sát đầu tư của cộng đồng.
Trực tiếp giảng bài có bà Nguyễn Thị Hải Yến, Phó Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Hờ Thị Dua, Lò Văn Xôm - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Theo báo cáo, năm 2025 các Ban công tác Mặt trận thôn đã hòa giải thành 31/35 vụ việc mâu thuẫn trong Nhân dân.
Ông Sùng A Pao, Trưởng ban công tác Mặt trận thôn Khấu Ly, chia sẻ cách vận động bà con bỏ tục thách cưới. Ông Chá A Thào vừa được bầu giữ chức Trưởng thôn Sáng Pao cho biết sẽ áp dụng ngay kỹ năng ghi chép ý kiến cử tri. Ông Mùa A Xây, Trưởng điểm nhóm Tin Lành thôn Trống Tông, cam kết vận động tín đồ sinh hoạt đúng nơi đăng ký. Bà Thào Thị Ly, Chi hội trưởng Chi hội Phụ nữ thôn Púng Luông, mong được tập huấn thêm về phòng, chống mua bán người.
Trong phần thảo luận, nhiều học viên nêu khó khăn khi các thôn sau sắp xếp có địa bàn rộng, dân cư sống rải rác trên các sườn núi; một số Trưởng ban công tác Mặt trận chưa thành thạo tiếng phổ thông nên việc ghi chép, báo cáo còn hạn chế. Ban tổ chức đã dành thời gian thực hành trên các tình huống cụ thể như hòa giải tranh chấp ranh giới nương rẫy, vận động bà con không nghe theo kẻ xấu truyền đạo trái pháp luật.
Lớp tập huấn có kinh phí 48,5 triệu đồng từ nguồn kế hoạch 15-KH/MTTQ của Ủy ban MTTQ Việt Nam xã. Kết thúc lớp học, 87% học viên đạt loại khá trở lên.
Hoàng Thu
Các tin đã đưa
- Ra mắt Ban công tác Mặt trận thôn Khấu Ly (10/03/2026)
- Mặt trận xã giao ban quý I/2026 (20/03/2026)
- Trao 40 chăn ấm cho hộ nghèo vùng cao (15/01/2026)
""",
    "2026-03-27", "Tập huấn nghiệp vụ cho 96 cán bộ Mặt trận thôn",
    E("tap_huan", "2026", "2026-03-24"),
    [P("Lý A Sềnh", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Nguyễn Thị Hải Yến", "Phó Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hờ Thị Dua", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lò Văn Xôm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Sùng A Pao", "Trưởng ban công tác Mặt trận thôn Khấu Ly"),
     P("Chá A Thào", "Trưởng thôn Sáng Pao"),
     P("Mùa A Xây", "Trưởng điểm nhóm Tin Lành thôn Trống Tông"),
     P("Thào Thị Ly", "Chi hội trưởng Chi hội Phụ nữ thôn Púng Luông")],
    [Q("96 cán bộ Mặt trận thôn", 96, "cán bộ Mặt trận thôn"),
     Q("24 thôn", 24, "thôn"),
     Q("58 đồng chí", 58, "đồng chí"),
     Q("3 xã", 3, "xã"),
     Q("6 chuyên đề", 6, "chuyên đề"),
     Q("31/35 vụ việc", 31, "vụ việc"),
     Q("48,5 triệu đồng", 48500000, "đồng"),
     Q("87%", 87, "%")],
    [D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết 43-NQ/TW của Ban Chấp hành Trung ương Đảng"),
     D("Hướng dẫn", "06", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 06/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     D("Kế hoạch", "15", "KH/MTTQ", None, "Ủy ban MTTQ Việt Nam xã", "kế hoạch 15-KH/MTTQ của Ủy ban MTTQ Việt Nam xã")],
    [prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải"), com("Kim Nọi"), com("Mồ Dề"), com("Chế Cu Nha")],
    ["ỦY BAN MTTQ VIỆT NAM XÃ MÙ CANG CHẢI", "Bạn đang ở: Trang chủ › Hoạt động › Tập huấn",
     "Ông Lý A Sềnh phát biểu khai giảng lớp tập huấn.", "Khấu Ly", "Sáng Pao", "Trống Tông", "Púng Luông", "Mông",
     "Hoàng Thu", "Tin Lành"],
    ["Cập nhật lúc 08:20 ngày 27/3/2026", "2 ngày", "24-25/3", "năm 2026", "58 đồng chí", "khóa XIII", "năm 2025"]))
