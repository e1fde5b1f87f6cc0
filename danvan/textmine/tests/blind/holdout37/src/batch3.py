"""holdout37 batch 3: b857-b862 (Hải Phòng 2021, Long An 2022, Bắc Giang 2022, Kon Tum 2023, Vĩnh Long 2023, Quảng Bình 2024)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b857
PAGES.append(page("b857-haiphong-mttq-tongket-2021", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
24/12/2021 11:05
Hòa thượng Thích Quảng Thiện và các đại biểu tại hội nghị. Ảnh: Hoàng Phong
Phát huy sức mạnh khối đại đoàn kết trong phòng, chống dịch
(HPĐT) - Sáng 23/12, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị tổng kết công tác Mặt trận năm 2021, triển khai chương trình phối hợp và thống nhất hành động năm 2022. Dự hội nghị có đồng chí Trần Quang Vinh, Phó Bí thư Thường trực Thành ủy; đồng chí Phạm Văn Khuê, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Năm 2021, Mặt trận các cấp đã phát động và tiếp nhận ủng hộ Quỹ phòng, chống dịch Covid-19 hơn 175 tỷ đồng; vận động các doanh nghiệp, nhà hảo tâm trao hơn 98.000 suất quà cho người dân bị ảnh hưởng bởi dịch. Quỹ "Vì người nghèo" các cấp tiếp nhận 46,7 tỷ đồng, hỗ trợ xây mới, sửa chữa 1.025 nhà Đại đoàn kết. Thực hiện Thông tri số 15/TTr-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ủy ban MTTQ các cấp đã tổ chức 2.350 cuộc giám sát và 214 hội nghị phản biện xã hội, trong đó cấp thành phố phản biện 6 dự thảo nghị quyết của HĐND thành phố.
Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 thành công với tỷ lệ cử tri đi bầu đạt 99,87%. Mặt trận chủ trì 3 hội nghị hiệp thương, giới thiệu 18 người ứng cử đại biểu Quốc hội tại thành phố.
Tham luận tại hội nghị, Hòa thượng Thích Quảng Thiện, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, cho biết các chùa đã tổ chức 36 bếp ăn, "siêu thị 0 đồng" phục vụ người dân khu cách ly. Đại tá Bùi Văn Hiếu, Phó Giám đốc Công an thành phố đánh giá hiệu quả của Chương trình phối hợp số 03/CTPH-MTTQ-CA về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc, với 1.136 tổ an ninh nhân dân hoạt động hiệu quả. Bà Đỗ Thị Lan, Trưởng ban công tác Mặt trận khu dân cư số 4, phường Lãm Hà, chia sẻ cách vận động bà con khai báo y tế, tiêm vắc xin.
Phát biểu chỉ đạo, đồng chí Trần Quang Vinh ghi nhận Mặt trận các cấp đã "đi trước, về sau" trong những thời điểm khó khăn nhất của dịch bệnh; đề nghị năm 2022 tiếp tục đổi mới nội dung, phương thức hoạt động, phát huy vai trò giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền theo Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 45 tập thể, 62 cá nhân; các Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Vũ Thị Hồng Nhung, Đoàn Văn Tiến trao kỷ niệm chương "Vì sự nghiệp Đại đoàn kết dân tộc" cho các cá nhân. Ủy ban MTTQ xã Kênh Giang được tặng cờ thi đua xuất sắc.
Hoàng Phong
Tin liên quan
- Quận Lê Chân: 500 suất quà cho người lao động ở trọ (20/12/2021)
- Hội nghị lấy ý kiến cử tri về công tác nhân sự (15/12/2021)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo huyện Tiên Lãng (09/12/2021)
""",
    "2021-12-24",
    "Phát huy sức mạnh khối đại đoàn kết trong phòng, chống dịch",
    E("tong_ket", "2021", "2021-12-23"),
    [
        P("Trần Quang Vinh", "Phó Bí thư Thường trực Thành ủy"),
        P("Phạm Văn Khuê", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
        P("Thích Quảng Thiện", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
        P("Bùi Văn Hiếu", "Đại tá", "Phó Giám đốc Công an thành phố"),
        P("Đỗ Thị Lan", "Trưởng ban công tác Mặt trận khu dân cư số 4"),
        P("Vũ Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
        P("Đoàn Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    ],
    [
        Q("hơn 175 tỷ đồng", 175000000000, "đồng", "over"),
        Q("hơn 98.000 suất quà", 98000, "suất quà", "over"),
        Q("46,7 tỷ đồng", 46700000000, "đồng"),
        Q("1.025 nhà Đại đoàn kết", 1025, "nhà Đại đoàn kết"),
        Q("2.350 cuộc giám sát", 2350, "cuộc giám sát"),
        Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"),
        Q("6 dự thảo nghị quyết", 6, "dự thảo nghị quyết"),
        Q("99,87%", 99.87, "%"),
        Q("3 hội nghị hiệp thương", 3, "hội nghị hiệp thương"),
        Q("18 người ứng cử", 18, "người ứng cử"),
        Q("36 bếp ăn", 36, "bếp ăn"),
        Q("1.136 tổ an ninh nhân dân", 1136, "tổ an ninh nhân dân"),
        Q("45 tập thể", 45, "tập thể"),
        Q("62 cá nhân", 62, "cá nhân"),
    ],
    [
        D("Thông tri", "15", "TTr-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 15/TTr-MTTW-BTT"),
        D("Chương trình phối hợp", "03", "CTPH-MTTQ-CA", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-CA"),
        D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
        D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
    ],
    [prov("Hải Phòng"), com("Lãm Hà"), com("Kênh Giang")],
    ["BÁO HẢI PHÒNG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(HPĐT)",
     "Hòa thượng Thích Quảng Thiện và các đại biểu tại hội nghị. Ảnh: Hoàng Phong",
     "Vì người nghèo", "siêu thị 0 đồng", "đi trước, về sau", "Vì sự nghiệp Đại đoàn kết dân tộc"],
    ["24/12/2021 11:05", "năm 2022", "khóa XV", "nhiệm kỳ 2021 - 2026", "siêu thị 0 đồng", "Covid-19", "khu dân cư số 4"],
))

# ---------------------------------------------------------------- b858
PAGES.append(page("b858-longan-doithoai-thanhnien-2022", """
BÁO LONG AN ONLINE
Chính trị | Xã hội | Thanh niên
Cập nhật: 25/03/2022 - 17:30
Bí thư Tỉnh ủy đối thoại với đoàn viên, thanh niên
Long An - Chiều 24/3, Tỉnh ủy phối hợp Tỉnh Đoàn tổ chức chương trình đối thoại giữa Bí thư Tỉnh ủy với đoàn viên, thanh niên năm 2022, chào mừng kỷ niệm 91 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2022).
Đồng chí Trương Văn Nghĩa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì đối thoại; cùng dự có đồng chí Võ Thành Danh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các sở, ngành và gần 300 đoàn viên, thanh niên tiêu biểu.
Mở đầu chương trình, chị Lê Thị Ngọc Hân, Bí thư Tỉnh Đoàn cho biết trước buổi đối thoại, Ban Thường vụ Tỉnh Đoàn đã tổng hợp 26 ý kiến, nhóm vấn đề của thanh niên về việc làm, khởi nghiệp, chuyển đổi số, phòng, chống tệ nạn xã hội. Việc tổ chức đối thoại được thực hiện theo Kế hoạch số 125-KH/TU ngày 10/2/2022 của Tỉnh ủy và gắn với triển khai Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030.
Anh Nguyễn Minh Trí, Bí thư Đoàn xã Mỹ Yên, đặt câu hỏi về cơ chế hỗ trợ vốn cho các dự án khởi nghiệp nông nghiệp công nghệ cao. Chị Trần Thị Kim Ngân làm việc tại Khu công nghiệp Long Hậu băn khoăn về nhà ở cho công nhân trẻ sau dịch Covid-19. Thượng úy Lê Hoàng Phúc, Bí thư Chi đoàn Công an huyện Đức Hòa, kiến nghị tăng cường phối hợp giữa Đoàn và các ngành trong phòng, chống ma túy ở khu nhà trọ.
Trả lời các ý kiến, đồng chí Trương Văn Nghĩa cho biết tỉnh đã dành 10 tỷ đồng ủy thác qua Ngân hàng Chính sách xã hội để thanh niên vay khởi nghiệp, hiện có 85 dự án của thanh niên được vay vốn. Tỉnh đang kêu gọi đầu tư 3 dự án nhà ở xã hội với khoảng 4.500 căn hộ cho công nhân, người lao động tại các huyện Đức Hòa, Bến Lức, Cần Giuộc. Mục tiêu đến năm 2025, 80% lao động trẻ qua đào tạo nghề.
Đồng chí Bí thư Tỉnh ủy đề nghị các cấp bộ Đoàn phát huy vai trò xung kích trong xây dựng nông thôn mới, chuyển đổi số; mỗi đoàn viên là một "tuyên truyền viên" về thực hiện nếp sống văn minh; đồng thời giao các sở, ngành liên quan trả lời bằng văn bản các ý kiến chưa giải đáp tại buổi đối thoại trước ngày 15/4.
Kết thúc chương trình, Tỉnh ủy trao tặng 20 suất học bổng, mỗi suất 2 triệu đồng cho đoàn viên, học sinh có hoàn cảnh khó khăn vượt khó học giỏi.
Hữu Nghĩa
Các tin khác
- Tỉnh Đoàn ra quân Tháng Thanh niên năm 2022 (05/03/2022)
- Khởi công 5 công trình thanh niên tại huyện Thạnh Hóa (26/02/2022)
- Hội nghị giao ban công tác dân vận quý I (18/03/2022)
""",
    "2022-03-25",
    "Bí thư Tỉnh ủy đối thoại với đoàn viên, thanh niên",
    E("doi_thoai", "2022", "2022-03-24"),
    [
        P("Trương Văn Nghĩa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
        P("Võ Thành Danh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Thị Ngọc Hân", "Bí thư Tỉnh Đoàn"),
        P("Nguyễn Minh Trí", "Bí thư Đoàn xã Mỹ Yên"),
        P("Trần Thị Kim Ngân"),
        P("Lê Hoàng Phúc", "Thượng úy", "Bí thư Chi đoàn Công an huyện Đức Hòa"),
    ],
    [
        Q("gần 300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên", "approx"),
        Q("26 ý kiến, nhóm vấn đề", 26, "ý kiến, nhóm vấn đề"),
        Q("10 tỷ đồng", 10000000000, "đồng"),
        Q("85 dự án", 85, "dự án"),
        Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"),
        Q("khoảng 4.500 căn hộ", 4500, "căn hộ", "approx"),
        Q("80% lao động trẻ", 80, "%"),
        Q("20 suất học bổng", 20, "suất học bổng"),
        Q("2 triệu đồng", 2000000, "đồng"),
    ],
    [
        D("Kế hoạch", "125", "KH/TU", "2022-02-10", "Tỉnh ủy", "Kế hoạch số 125-KH/TU ngày 10/2/2022"),
        D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021"),
    ],
    [prov("Long An"), com("Mỹ Yên")],
    ["BÁO LONG AN ONLINE", "Chính trị | Xã hội | Thanh niên", "Ngân hàng Chính sách xã hội", "Khu công nghiệp Long Hậu",
     "tuyên truyền viên", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030"],
    ["Cập nhật: 25/03/2022 - 17:30", "91 năm", "26/3/1931 - 26/3/2022", "giai đoạn 2021 - 2030", "năm 2025",
     "ngày 15/4", "Covid-19"],
))

# ---------------------------------------------------------------- b859
PAGES.append(page("b859-bacgiang-xa-giaoban-thang10-2022", """
Cổng thông tin điện tử xã Xuân Lương - huyện Yên Thế - tỉnh Bắc Giang
Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận
Ngày đăng: 28/10/2022 | 15:50
Lượt xem: 214
Khối dân vận xã Xuân Lương giao ban tháng 10/2022
Chiều ngày 27/10/2022, Khối dân vận xã Xuân Lương tổ chức hội nghị giao ban định kỳ đánh giá kết quả công tác dân vận tháng 10, triển khai nhiệm vụ tháng 11/2022. Đồng chí Hoàng Văn Tính, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì hội nghị. Dự hội nghị có lãnh đạo UBND xã, các đồng chí trưởng Mặt trận, đoàn thể và bí thư chi bộ 14 thôn.
Trong tháng, Ủy ban MTTQ và các đoàn thể xã đã tổ chức cho cán bộ, hội viên, nhân dân nghiên cứu, học tập Nghị quyết số 01-NQ/ĐU của Đảng ủy xã về phát triển kinh tế đồi rừng gắn với du lịch sinh thái; phối hợp vận động 1.926 người tham gia bảo hiểm y tế, đạt 94,2% dân số. Quỹ "Vì người nghèo" xã tiếp nhận 38.500.000 đồng; Mặt trận xã hỗ trợ 2 hộ nghèo làm nhà với số tiền 60 triệu đồng, mỗi hộ 30 triệu đồng.
Hội Nông dân xã phối hợp tổ chức 2 lớp tập huấn kỹ thuật trồng, chăm sóc cây ăn quả có múi cho 85 hội viên; Hội LHPN xã vận động chị em tham gia mô hình "Thôn sáng - xanh - sạch - đẹp" ở thôn Đồng Mới, thôn Mỏ Trạng. Đoàn Thanh niên xã ra quân làm sạch 3 km đường trục thôn.
Đồng chí Triệu Văn Lường, Bí thư Chi bộ thôn Đồng Mới phản ánh việc một số hộ dân tộc Dao ở khu Khe Cạn chưa đồng thuận với phương án mở rộng đường liên thôn, đề nghị khối dân vận cùng vào cuộc. Báo cáo của các đồng chí: Lý Thị Hiền, Chủ tịch Hội LHPN xã; Nông Văn Quý, Chủ tịch Hội Cựu chiến binh xã; Trần Văn Khánh, Bí thư Đoàn xã cũng nêu khó khăn do nhiều hội viên, đoàn viên đi làm ăn xa.
Đại diện UBND xã thông tin thêm: phương án mở rộng đường liên thôn Đồng Mới - Khe Cạn dài 2,6 km, mặt đường rộng 5 m, dự kiến cần 21 hộ hiến đất; đến nay đã có 13 hộ đồng ý ký cam kết. Xã đề nghị các tổ chức chính trị - xã hội vận động hội viên là người thân của các hộ còn lại cùng tham gia thuyết phục.
Kết luận hội nghị, đồng chí Hoàng Văn Tính giao Ủy ban MTTQ xã chủ trì, phối hợp các đoàn thể và chi bộ thôn Đồng Mới đến từng hộ vận động, tuyên truyền về lợi ích của việc mở rộng đường, hoàn thành trước ngày 20/11. Tháng 11/2022, khối dân vận tập trung triển khai Kế hoạch số 47-KH/ĐU ngày 3/10/2022 của Đảng ủy xã về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở 14/14 khu dân cư; chuẩn bị sơ kết phong trào "Dân vận khéo" năm 2022.
Văn phòng Đảng ủy xã
Tin khác
- Xã Xuân Lương tổ chức Hội nghị đối thoại với nhân dân năm 2022 (14/10/2022)
- Hội nghị tập huấn công tác Mặt trận cho ban công tác Mặt trận thôn (05/10/2022)
- Trao 15 suất quà cho hộ nghèo nhân ngày Quốc tế Người cao tuổi (01/10/2022)
""",
    "2022-10-28",
    "Khối dân vận xã Xuân Lương giao ban tháng 10/2022",
    E("giao_ban", "2022-10", "2022-10-27"),
    [
        P("Hoàng Văn Tính", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
        P("Triệu Văn Lường", "Bí thư Chi bộ thôn Đồng Mới"),
        P("Lý Thị Hiền", "Chủ tịch Hội LHPN xã"),
        P("Nông Văn Quý", "Chủ tịch Hội Cựu chiến binh xã"),
        P("Trần Văn Khánh", "Bí thư Đoàn xã"),
    ],
    [
        Q("14 thôn", 14, "thôn"),
        Q("1.926 người", 1926, "người"),
        Q("94,2%", 94.2, "%"),
        Q("38.500.000 đồng", 38500000, "đồng"),
        Q("2 hộ nghèo", 2, "hộ nghèo"),
        Q("60 triệu đồng", 60000000, "đồng"),
        Q("30 triệu đồng", 30000000, "đồng"),
        Q("2 lớp tập huấn", 2, "lớp tập huấn"),
        Q("85 hội viên", 85, "hội viên"),
        Q("3 km", 3, "km"),
        Q("2,6 km", 2.6, "km"),
        Q("5 m", 5, "m"),
        Q("21 hộ", 21, "hộ"),
        Q("13 hộ", 13, "hộ"),
        Q("14/14 khu dân cư", 14, "khu dân cư"),
    ],
    [
        D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU"),
        D("Kế hoạch", "47", "KH/ĐU", "2022-10-03", "Đảng ủy xã", "Kế hoạch số 47-KH/ĐU ngày 3/10/2022"),
    ],
    [prov("Bắc Giang"), com("Xuân Lương")],
    ["Cổng thông tin điện tử xã Xuân Lương - huyện Yên Thế - tỉnh Bắc Giang",
     "Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận", "Lượt xem: 214", "Vì người nghèo",
     "Thôn sáng - xanh - sạch - đẹp", "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo", "Văn phòng Đảng ủy xã",
     "Đồng Mới", "Khe Cạn"],
    ["Ngày đăng: 28/10/2022 | 15:50", "Lượt xem: 214", "tháng 11/2022", "Tháng 11/2022", "ngày 20/11"],
))

# ---------------------------------------------------------------- b860
PAGES.append(page("b860-kontum-mttq-taphuan-giamsat-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Trang chủ › Hoạt động Mặt trận › Giám sát và phản biện xã hội
Thứ Tư, 17/05/2023 - 10:40
Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Ngày 16/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị tập huấn nghiệp vụ công tác giám sát, phản biện xã hội năm 2023 cho gần 180 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và Trưởng ban Thanh tra nhân dân của 6 huyện phía Bắc tỉnh.
Toàn cảnh lớp tập huấn tại Hội trường Ủy ban MTTQ tỉnh.
Phát biểu khai mạc, bà Y Khuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết năm 2022 Mặt trận các cấp trong tỉnh đã chủ trì 412 cuộc giám sát, 58 hội nghị phản biện xã hội; qua đó đưa ra 1.097 kiến nghị, được cơ quan chức năng tiếp thu, giải quyết 892 kiến nghị. Tuy nhiên, kỹ năng giám sát của một bộ phận cán bộ Mặt trận cơ sở còn hạn chế, nhất là xây dựng báo cáo kết quả giám sát, theo dõi việc giải quyết kiến nghị sau giám sát.
Tại lớp tập huấn, các học viên được ông Lê Văn Thịnh, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam truyền đạt các nội dung: quy trình giám sát theo Hướng dẫn số 27/HD-MTTW-BTT ngày 21/2/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; kỹ năng tổ chức hội nghị phản biện xã hội ở cấp xã. Ông A Bảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh hướng dẫn triển khai Kế hoạch số 21/KH-MTTQ-BTT ngày 10/3/2023 về giám sát chuyên đề năm 2023.
Trao đổi tại lớp tập huấn, bà Y Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Kôi cho biết năm qua xã giám sát việc hỗ trợ nhà ở, đất sản xuất cho 64 hộ đồng bào Xơ Đăng, Ba Na; phát hiện 3 hộ không đúng đối tượng và kiến nghị UBND xã điều chỉnh. Ông A Hưng, Trưởng ban Thanh tra nhân dân thị trấn Đăk Tô đề nghị tỉnh sớm có hướng dẫn về kinh phí hoạt động của ban, hiện mỗi năm chỉ khoảng 5 triệu đồng.
Kết thúc hội nghị, các học viên thảo luận nhóm, xử lý 4 tình huống giả định về giám sát tại cộng đồng dân cư. Theo kế hoạch, lớp tập huấn thứ hai dành cho cán bộ Mặt trận các huyện phía Nam sẽ được tổ chức vào đầu tháng 6.
Bà Y Khuyên đề nghị sau tập huấn, Ủy ban MTTQ các xã chủ động xây dựng kế hoạch giám sát sát với thực tế địa phương, chú trọng những vấn đề người dân quan tâm như đất sản xuất, nước sinh hoạt, nhà ở.
Hồng Thắm
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (10/05/2023)
- Đăk Hà: Ra mắt mô hình "Khu dân cư không có ma túy" (04/05/2023)
- Trao 25 nhà Đại đoàn kết cho hộ nghèo huyện Tu Mơ Rông (26/04/2023)
""",
    "2023-05-17",
    "Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
    E("tap_huan", "2023", "2023-05-16"),
    [
        P("Y Khuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Lê Văn Thịnh", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
        P("A Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Y Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Kôi"),
        P("A Hưng", "Trưởng ban Thanh tra nhân dân thị trấn Đăk Tô"),
    ],
    [
        Q("gần 180 học viên", 180, "học viên", "approx"),
        Q("6 huyện", 6, "huyện"),
        Q("412 cuộc giám sát", 412, "cuộc giám sát"),
        Q("58 hội nghị phản biện xã hội", 58, "hội nghị phản biện xã hội"),
        Q("1.097 kiến nghị", 1097, "kiến nghị"),
        Q("892 kiến nghị", 892, "kiến nghị"),
        Q("64 hộ", 64, "hộ"),
        Q("3 hộ", 3, "hộ"),
        Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"),
        Q("4 tình huống", 4, "tình huống"),
    ],
    [
        D("Hướng dẫn", "27", "HD-MTTW-BTT", "2023-02-21", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
          "Hướng dẫn số 27/HD-MTTW-BTT ngày 21/2/2023"),
        D("Kế hoạch", "21", "KH-MTTQ-BTT", "2023-03-10", None, "Kế hoạch số 21/KH-MTTQ-BTT ngày 10/3/2023"),
    ],
    [prov("Kon Tum"), com("Đăk Kôi"), com("Đăk Tô")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ › Hoạt động Mặt trận › Giám sát và phản biện xã hội",
     "Toàn cảnh lớp tập huấn tại Hội trường Ủy ban MTTQ tỉnh.",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ["Thứ Tư, 17/05/2023 - 10:40", "năm 2022", "lớp tập huấn thứ hai", "đầu tháng 6"],
))

# ---------------------------------------------------------------- b861
PAGES.append(page("b861-vinhlong-mttq-traoqua-tet-2023", """
BÁO VĨNH LONG ONLINE
Trang chủ / Xã hội / Từ thiện - Nhân đạo
Thứ Sáu, 13/01/2023, 16:20
Trao 1.200 phần quà Tết cho hộ nghèo, đồng bào Khmer
(VL) - Ngày 12/1, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với các doanh nghiệp, nhà hảo tâm tổ chức trao 1.200 phần quà Tết cho hộ nghèo, hộ cận nghèo, đồng bào dân tộc Khmer có hoàn cảnh khó khăn tại các huyện Trà Ôn, Tam Bình trong chương trình "Tết vì người nghèo" năm 2023.
Bà Nguyễn Thị Kim Hoa trao quà cho hộ nghèo xã Trà Côn. Ảnh: Thảo Ly
Mỗi phần quà trị giá 600.000 đồng, gồm 300.000 đồng tiền mặt, gạo, dầu ăn, bánh mứt; tổng trị giá 720 triệu đồng. Nguồn kinh phí do Công ty cổ phần Thủy sản Cửu Long, Quỹ "Vì người nghèo" tỉnh và các chùa Khmer vận động.
Tại điểm trao quà xã Trà Côn, bà Nguyễn Thị Kim Hoa, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết, thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 5/12/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Nguyên đán Quý Mão năm nay, Mặt trận các cấp phấn đấu vận động trên 25.000 phần quà, tổng trị giá trên 15 tỷ đồng, bảo đảm mọi người, mọi nhà đều có Tết.
Đại đức Thạch Sô Phanh, Trụ trì chùa Phù Ly (xã Trà Côn), đại diện các chư tăng tham gia vận động, cho biết các chùa Khmer trong huyện đã góp 180 phần quà và 2 tấn gạo. Ông Lê Quang Đạt, Phó Giám đốc Công ty cổ phần Thủy sản Cửu Long, bày tỏ mong muốn đồng hành lâu dài với chương trình.
Cũng trong ngày, đoàn đã đến thăm, tặng quà gia đình bà Thạch Thị Sa Vênh (ấp Sóc Ruộng, xã Hựu Thành) có chồng bị bệnh nặng; trao tiền hỗ trợ sửa nhà 20 triệu đồng cho gia đình ông Sơn Văn Phol, xã Loan Mỹ. Bà Thạch Thị Sa Vênh xúc động: "Năm nay nhà tôi có gạo, có tiền mua áo mới cho con, tụi nhỏ mừng lắm".
Ông Kim Văn Thành, Phó Chủ tịch Ủy ban MTTQ huyện Trà Ôn cho biết, toàn huyện hiện có 1.362 hộ nghèo, trong đó 412 hộ là đồng bào Khmer. Dịp Tết năm nay, Ủy ban MTTQ huyện đã vận động được hơn 4.000 phần quà, đạt 110% kế hoạch.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, bên cạnh trao quà, Mặt trận các cấp còn phối hợp tổ chức các phiên chợ Tết 0 đồng, tặng vé xe cho công nhân về quê đón Tết và thăm hỏi các gia đình chính sách. Việc xét chọn đối tượng nhận quà được thực hiện công khai tại các ấp, có sự tham gia giám sát của Ban công tác Mặt trận và người có uy tín trong đồng bào Khmer, bảo đảm quà đến đúng người, đúng hoàn cảnh.
Thảo Ly
Tin khác
- Hội LHPN tỉnh trao 300 suất quà cho phụ nữ khó khăn (11/01/2023)
- Thăm, chúc Tết chức sắc tôn giáo, người có uy tín (09/01/2023)
- Công an tỉnh tặng 100 phần quà tại xã Tân Mỹ (06/01/2023)
""",
    "2023-01-13",
    "Trao 1.200 phần quà Tết cho hộ nghèo, đồng bào Khmer",
    E("trao_qua", None, "2023-01-12"),
    [
        P("Nguyễn Thị Kim Hoa", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
        P("Thạch Sô Phanh", "Đại đức", "Trụ trì chùa Phù Ly"),
        P("Lê Quang Đạt", "Phó Giám đốc Công ty cổ phần Thủy sản Cửu Long"),
        P("Thạch Thị Sa Vênh"),
        P("Sơn Văn Phol"),
        P("Kim Văn Thành", "Phó Chủ tịch Ủy ban MTTQ huyện Trà Ôn"),
    ],
    [
        Q("1.200 phần quà", 1200, "phần quà"),
        Q("600.000 đồng", 600000, "đồng"),
        Q("300.000 đồng", 300000, "đồng"),
        Q("720 triệu đồng", 720000000, "đồng"),
        Q("trên 25.000 phần quà", 25000, "phần quà", "over"),
        Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"),
        Q("180 phần quà", 180, "phần quà"),
        Q("2 tấn gạo", 2, "tấn gạo"),
        Q("20 triệu đồng", 20000000, "đồng"),
        Q("1.362 hộ nghèo", 1362, "hộ nghèo"),
        Q("412 hộ", 412, "hộ"),
        Q("hơn 4.000 phần quà", 4000, "phần quà", "over"),
        Q("110%", 110, "%"),
    ],
    [
        D("Kế hoạch", "09", "KH-MTTQ-BTT", "2022-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
          "Kế hoạch số 09/KH-MTTQ-BTT ngày 5/12/2022"),
    ],
    [prov("Vĩnh Long"), com("Trà Côn"), com("Hựu Thành"), com("Loan Mỹ")],
    ["BÁO VĨNH LONG ONLINE", "Trang chủ / Xã hội / Từ thiện - Nhân đạo", "(VL)",
     "Bà Nguyễn Thị Kim Hoa trao quà cho hộ nghèo xã Trà Côn. Ảnh: Thảo Ly", "Tết vì người nghèo", "Vì người nghèo",
     "Công ty cổ phần Thủy sản Cửu Long", "Sóc Ruộng"],
    ["Thứ Sáu, 13/01/2023, 16:20", "năm 2023", "Quý Mão", "chợ Tết 0 đồng"],
))

# ---------------------------------------------------------------- b862
PAGES.append(page("b862-quangbinh-phuong-mttq-daihoi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC LÝ
Thành phố Đồng Hới - Tỉnh Quảng Bình
Bạn đang ở: Trang chủ > Tin tức > Mặt trận - Đoàn thể
10/05/2024 - 16:15
Đại hội đại biểu MTTQ Việt Nam phường Bắc Lý lần thứ XVI, nhiệm kỳ 2024 - 2029
Ngày 09/5/2024, Ủy ban MTTQ Việt Nam phường Bắc Lý long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường lần thứ XVI, nhiệm kỳ 2024 - 2029. Đại hội là đơn vị được Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đồng Hới chọn tổ chức điểm cấp xã.
Về dự đại hội có bà Trần Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Phan Đăng Khoa, Bí thư Đảng ủy, Chủ tịch HĐND phường cùng 125 đại biểu đại diện cho các tầng lớp nhân dân trong phường.
Nhiệm kỳ 2019 - 2024, Ủy ban MTTQ phường đã phối hợp tổ chức tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; 16/16 tổ dân phố đạt danh hiệu tổ dân phố văn hóa. Quỹ "Vì người nghèo" phường vận động được 285 triệu đồng, hỗ trợ xây mới 6 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng; trao hơn 1.500 suất quà cho hộ nghèo, gia đình chính sách. Ban Thường trực Ủy ban MTTQ phường đã chủ trì 15 cuộc giám sát, 4 hội nghị phản biện xã hội và tổ chức 10 hội nghị góp ý xây dựng Đảng, xây dựng chính quyền.
Đại hội đã thảo luận, góp ý vào dự thảo Báo cáo chính trị trình Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XXII và quán triệt Chỉ thị số 24-CT/TW của Ban Bí thư về đại hội Mặt trận Tổ quốc Việt Nam các cấp, Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc.
Đại hội đã hiệp thương cử 42 vị vào Ủy ban MTTQ Việt Nam phường khóa XVI. Tại hội nghị lần thứ nhất, ông Hoàng Minh Đức tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường; bà Lê Thị Hải Yến được hiệp thương cử giữ chức Phó Chủ tịch. Đại hội cử 8 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam thành phố.
Phát biểu chỉ đạo, ông Phan Đăng Khoa đề nghị Ủy ban MTTQ phường khóa mới tập trung xây dựng khu dân cư tự quản, phát huy vai trò của người có uy tín, chức sắc tôn giáo; trong đó có Linh mục Phaolô Nguyễn Văn Lộc, Chánh xứ giáo xứ Tam Tòa, là ủy viên Ủy ban MTTQ phường khóa mới.
Đại hội đã trao tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc trong công tác Mặt trận nhiệm kỳ 2019 - 2024.
Văn Trung - Ban biên tập
Tin liên quan
- Phường Bắc Lý tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023 (18/11/2023)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân (26/03/2024)
- Trao 3 nhà Đại đoàn kết cho hộ nghèo tổ dân phố 9 (02/02/2024)
""",
    "2024-05-10",
    "Đại hội đại biểu MTTQ Việt Nam phường Bắc Lý lần thứ XVI, nhiệm kỳ 2024 - 2029",
    E("dai_hoi", None, "2024-05-09"),
    [
        P("Trần Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
        P("Phan Đăng Khoa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
        P("Hoàng Minh Đức", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
        P("Lê Thị Hải Yến", "Phó Chủ tịch"),
        P("Phaolô Nguyễn Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Tam Tòa", "ủy viên Ủy ban MTTQ phường khóa mới"),
    ],
    [
        Q("125 đại biểu", 125, "đại biểu"),
        Q("16/16 tổ dân phố", 16, "tổ dân phố"),
        Q("285 triệu đồng", 285000000, "đồng"),
        Q("6 nhà Đại đoàn kết", 6, "nhà Đại đoàn kết"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("hơn 1.500 suất quà", 1500, "suất quà", "over"),
        Q("15 cuộc giám sát", 15, "cuộc giám sát"),
        Q("4 hội nghị phản biện xã hội", 4, "hội nghị phản biện xã hội"),
        Q("10 hội nghị góp ý", 10, "hội nghị góp ý xây dựng Đảng, xây dựng chính quyền"),
        Q("42 vị", 42, "vị"),
        Q("8 đại biểu", 8, "đại biểu"),
        Q("12 tập thể", 12, "tập thể"),
        Q("20 cá nhân", 20, "cá nhân"),
    ],
    [
        D("Chỉ thị", "24", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 24-CT/TW"),
        D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
    ],
    [prov("Quảng Bình"), com("Bắc Lý")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BẮC LÝ", "Thành phố Đồng Hới - Tỉnh Quảng Bình",
     "Bạn đang ở: Trang chủ > Tin tức > Mặt trận - Đoàn thể", "Văn Trung - Ban biên tập",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo"],
    ["10/05/2024 - 16:15", "lần thứ XVI", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "lần thứ XXII",
     "khóa XIII", "khóa XVI", "lần thứ nhất"],
))
