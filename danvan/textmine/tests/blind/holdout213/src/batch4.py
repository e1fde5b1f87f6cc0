from lib import *
PAGES = []

PAGES.append(page("b5087-tuyenquang-xameovac-giaoban-q3-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
03/10/2025 - 10:05
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác dân vận, nắm bắt dư luận xã hội quý III/2025
Sáng 2/10, Đảng ủy xã Mèo Vạc (tỉnh Tuyên Quang) tổ chức hội nghị giao ban công tác dân vận và nắm bắt dư luận xã hội quý III/2025, quý đầu tiên sau khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. Đồng chí Giàng Mí Chứ, Bí thư Đảng ủy xã Mèo Vạc chủ trì hội nghị.
Theo báo cáo, xã Mèo Vạc mới được thành lập trên cơ sở sắp xếp thị trấn Mèo Vạc và 3 xã lân cận (trước đây thuộc tỉnh Hà Giang), có 31 thôn, tổ dân phố với khoảng 4.800 hộ, trong đó 92% là hộ đồng bào Mông. Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã và Hướng dẫn 05, 06-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm bắt dư luận xã hội, xã đã kiện toàn 28 cộng tác viên dư luận xã hội ở thôn, tổ dân phố.
Trong quý, cộng tác viên đã phản ánh 6 vụ việc, trong đó có 3 vụ tranh chấp đất nương giữa các hộ ở thôn Sủng Pờ, đều đã được hòa giải thành. Dư luận quan tâm thủ tục hành chính tại Trung tâm phục vụ hành chính công xã, việc đi lại của người dân các thôn xa trung tâm và tiến độ xóa nhà tạm. Đến nay xã đã hoàn thành 87 căn nhà theo Chương trình xóa nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng; còn 3 căn đang thi công.
Đồng chí Ly Thị Dở, Phó Bí thư Thường trực Đảng ủy xã, thông tin việc học tập, quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy; 96,4% cán bộ, đảng viên được hỏi đồng tình với chủ trương. Đồng chí Vàng Seo Tính, Trưởng Ban Xây dựng Đảng Đảng ủy xã, cho biết có 2 trường hợp đăng tải thông tin chưa chính xác về việc sắp xếp cán bộ lên mạng xã hội, đã được nhắc nhở.
Bà Sùng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị tăng thời gian tiếp dân vào ngày chợ phiên Chủ nhật; ông Lù Văn Páo, người có uy tín thôn Sủng Pờ, phản ánh người dân mong được hướng dẫn cài đặt ứng dụng dịch vụ công trên điện thoại. Trong quý, tổ công nghệ số cộng đồng đã hướng dẫn khoảng 1.100 lượt người dân.
Kết luận, đồng chí Giàng Mí Chứ yêu cầu quý IV tập trung nắm dư luận về chuẩn bị Đại hội Đảng bộ tỉnh, thu hoạch vụ mùa và phòng chống rét cho gia súc; cộng tác viên báo cáo trước ngày 20 của tháng cuối quý. Kinh phí hỗ trợ cộng tác viên năm 2025 là 84 triệu đồng.
Văn phòng Đảng ủy xã
Tin khác
- Xã Mèo Vạc ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
- Hội nghị đối thoại với người dân thôn Pả Vi (18/09/2025)
- Trao 50 suất quà cho học sinh nghèo (05/09/2025)
- Tập huấn chuyển đổi số cho cán bộ thôn (20/08/2025)
""", "2025-10-03", "Giao ban công tác dân vận, nắm bắt dư luận xã hội quý III/2025",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Giàng Mí Chứ", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Ly Thị Dở", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Vàng Seo Tính", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lù Văn Páo", "người có uy tín thôn Sủng Pờ")],
[Q("3 xã", 3, "xã"), Q("31 thôn, tổ dân phố", 31, "thôn, tổ dân phố"), Q("khoảng 4.800 hộ", 4800, "hộ", "approx"), Q("92%", 92, "%"),
 Q("28 cộng tác viên dư luận xã hội", 28, "cộng tác viên dư luận xã hội"), Q("6 vụ việc", 6, "vụ việc"),
 Q("3 vụ tranh chấp đất nương", 3, "vụ tranh chấp đất nương"), Q("87 căn nhà", 87, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("3 căn", 3, "căn"), Q("96,4%", 96.4, "%"), Q("2 trường hợp", 2, "trường hợp"),
 Q("khoảng 1.100 lượt người dân", 1100, "lượt người dân", "approx"), Q("84 triệu đồng", 84000000, "đồng")],
[D("Kế hoạch", "12", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 15/7/2025"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Chương trình xóa nhà tạm, nhà dột nát", "Trung tâm phục vụ hành chính công xã", "Văn phòng Đảng ủy xã"],
["03/10/2025 - 10:05", "quý III/2025", "quý IV", "ngày 20", "năm 2025", "Chủ nhật"]))

PAGES.append(page("b5088-vinhlong-btgdv-tongket-dlxh-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Ngày đăng 26/12/2025 | 16:20
Đồng chí Thạch Sô Tha phát biểu tại hội nghị.
Dư luận đồng thuận cao với việc sắp xếp bộ máy, hợp nhất tỉnh
Ngày 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác nghiên cứu, nắm bắt và định hướng dư luận xã hội năm 2025 - năm đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Thạch Sô Tha, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, sau hợp nhất, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 08-KH/TU ngày 10/7/2025 về kiện toàn mạng lưới cộng tác viên dư luận xã hội; ban hành Quyết định số 35-QĐ/BTGDVTU về quy chế hoạt động của mạng lưới. Đến nay, 124 xã, phường có 1.050 cộng tác viên; năm 2025 Ban thực hiện 36 cuộc khảo sát với 8.500 phiếu, tổng hợp trên 2.300 ý kiến của cán bộ, đảng viên và nhân dân.
Kết quả khảo sát cho thấy 91,7% người được hỏi đồng tình với chủ trương sắp xếp tổ chức bộ máy, hợp nhất tỉnh và tổ chức chính quyền địa phương hai cấp. Người dân quan tâm việc đi lại làm thủ tục ở trung tâm tỉnh mới, xâm nhập mặn, giá dừa, giá lúa và việc thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Trong năm có 7 vụ việc khiếu kiện đông người liên quan bồi thường, đều được đối thoại, giải quyết.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Sơn Thị Chanh Đa, Lê Văn Hiếu, Nguyễn Thị Bích Liên đã trình bày tham luận về nắm dư luận trong đồng bào Khmer, trong vùng đồng bào có đạo và trên không gian mạng. Đồng chí Kiên Thị Mỹ Hạnh, Trưởng phòng Dư luận xã hội - Báo chí Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban đã phối hợp gỡ bỏ 42 bài viết, video xuyên tạc việc sắp xếp đơn vị hành chính.
Đồng chí Trần Minh Nhựt, Bí thư Đảng ủy phường An Hội, chia sẻ kinh nghiệm lập tổ cộng tác viên ở 14 khu phố; đồng chí Thạch Thị Sa Vy, Bí thư Đảng ủy xã Hòa Minh, đề nghị hỗ trợ kinh phí cho cộng tác viên, hiện mỗi người chỉ được 150.000 đồng/tháng. Năm 2025, kinh phí cho hoạt động điều tra dư luận của tỉnh khoảng 4,5 tỷ đồng.
Kết luận, đồng chí Thạch Sô Tha yêu cầu năm 2026 tập trung nắm dư luận về bầu cử đại biểu Quốc hội và HĐND các cấp, thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; mỗi xã, phường có ít nhất 5 cộng tác viên. Dịp này, 30 tập thể và 45 cá nhân xuất sắc được tặng giấy khen.
Ngọc Hân
Tin liên quan
- Bến Tre: hội nghị báo cáo viên tháng 12 (18/12/2025)
- Trà Vinh: gặp mặt người có uy tín đồng bào Khmer (10/12/2025)
- Khảo sát dư luận về chính quyền địa phương hai cấp (28/11/2025)
""", "2025-12-26", "Dư luận đồng thuận cao với việc sắp xếp bộ máy, hợp nhất tỉnh",
E("tong_ket", "2025", "2025-12-25"),
[P("Thạch Sô Tha", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Thị Chanh Đa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kiên Thị Mỹ Hạnh", "Trưởng phòng Dư luận xã hội - Báo chí Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Nhựt", "Bí thư Đảng ủy phường An Hội"),
 P("Thạch Thị Sa Vy", "Bí thư Đảng ủy xã Hòa Minh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("1.050 cộng tác viên", 1050, "cộng tác viên"), Q("36 cuộc khảo sát", 36, "cuộc khảo sát"),
 Q("8.500 phiếu", 8500, "phiếu"), Q("trên 2.300 ý kiến", 2300, "ý kiến", "over"), Q("91,7%", 91.7, "%"),
 Q("7 vụ việc khiếu kiện đông người", 7, "vụ việc khiếu kiện đông người"), Q("42 bài viết, video", 42, "bài viết, video"),
 Q("14 khu phố", 14, "khu phố"), Q("150.000 đồng", 150000, "đồng"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("ít nhất 5 cộng tác viên", 5, "cộng tác viên", "over"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Kế hoạch", "08", "KH/TU", "2025-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU ngày 10/7/2025"),
 D("Quyết định", "35", "QĐ/BTGDVTU", None, None, "Quyết định số 35-QĐ/BTGDVTU"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội"), com("Hòa Minh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Đồng chí Thạch Sô Tha phát biểu tại hội nghị.", "Đại hội XIV"],
["Ngày đăng 26/12/2025 | 16:20", "năm 2025", "năm 2026", "Đại hội XIV"]))


PAGES.append(page("b5089-lamdong-mttq-giamsat-kiennghi-2025", """
BÁO LÂM ĐỒNG ONLINE
Trang chủ / Chính trị / Mặt trận
Thứ Sáu, 14/11/2025 - 14:30
Giám sát việc tiếp nhận, phản ánh ý kiến của nhân dân tại xã Quảng Sơn
Ngày 12/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do bà Ka Thị Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, tổng hợp, phản ánh ý kiến, kiến nghị và dư luận của nhân dân năm 2025 tại Đảng ủy, UBND xã Quảng Sơn.
Đoàn giám sát làm việc với xã Quảng Sơn. Ảnh: K.Ngân
Cuộc giám sát được thực hiện theo Quyết định số 102/QĐ-MTTQ-BTT và Kế hoạch số 45/KH-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Luật Mặt trận Tổ quốc Việt Nam.
Theo báo cáo của xã do ông Điểu Minh Toàn, Phó Chủ tịch UBND xã Quảng Sơn trình bày, xã được thành lập từ ngày 1/7/2025, có 17 thôn, bon với 3.100 hộ, trong đó 1.420 hộ đồng bào Mnông. Từ khi vận hành chính quyền hai cấp, xã đã tiếp nhận 326 ý kiến, kiến nghị qua tiếp công dân, hội nghị đối thoại và tổ cộng tác viên dư luận ở các thôn, bon; đã giải quyết 298 ý kiến, đạt 91,4%. Còn 5 vụ tranh chấp đất đai giữa các hộ đang được hòa giải.
Dư luận tại địa phương quan tâm nhiều tới việc cấp giấy chứng nhận quyền sử dụng đất, giá cà phê, hồ tiêu và hỗ trợ nhà ở. Xã đã giải ngân 2,8 tỷ đồng hỗ trợ làm nhà cho hộ nghèo, mức hỗ trợ tối đa 50 triệu đồng/hộ; 25 hộ di cư tự do đã được cấp đất ở.
Thành viên đoàn, các ông Liêng Jrang K'Rin, Y Thanh Mlô - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đề nghị xã làm rõ việc chậm trả lời 28 ý kiến còn lại, trong đó có ý kiến của đồng bào bon Bu Prăng về nước sinh hoạt. Bà Điểu Thị Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Sơn, cho biết Mặt trận xã đã tổ chức 4 hội nghị lắng nghe ý kiến nhân dân, với khoảng 520 lượt người tham dự. Ông K'Brơi, già làng bon Bu Prăng, phát biểu: "Ý kiến của bà con đã được cán bộ ghi lại, nhưng cần trả lời sớm hơn".
Ông Nguyễn Hữu Lộc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Sơn, tiếp thu ý kiến của đoàn và cam kết trả lời bằng văn bản các kiến nghị còn tồn đọng trước ngày 15/12.
Kết luận, bà Ka Thị Sương đề nghị xã công khai kết quả giải quyết kiến nghị tại nhà văn hóa thôn, bon; phát huy vai trò 34 cộng tác viên dư luận xã hội và người có uy tín; đồng thời giao Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh theo dõi, tổng hợp kết quả thực hiện kiến nghị sau giám sát.
Khánh Ngân
Tin liên quan
- MTTQ tỉnh giám sát chính sách hỗ trợ nhà ở tại Đắk Song (05/11/2025)
- Bảo Lộc: đối thoại giữa người đứng đầu với nhân dân (28/10/2025)
- Lâm Đồng: 1.200 phần quà cho hộ nghèo vùng đồng bào (15/10/2025)
- Phan Thiết: lấy ý kiến nhân dân về dự thảo văn kiện (02/10/2025)
""", "2025-11-14", "Giám sát việc tiếp nhận, phản ánh ý kiến của nhân dân tại xã Quảng Sơn",
E("giam_sat", "2025", "2025-11-12"),
[P("Ka Thị Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Minh Toàn", "Phó Chủ tịch UBND xã Quảng Sơn"),
 P("Liêng Jrang K'Rin", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thanh Mlô", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Sơn"),
 P("K'Brơi", "già làng bon Bu Prăng"),
 P("Nguyễn Hữu Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Quảng Sơn")],
[Q("17 thôn, bon", 17, "thôn, bon"), Q("3.100 hộ", 3100, "hộ"), Q("1.420 hộ đồng bào Mnông", 1420, "hộ đồng bào Mnông"),
 Q("326 ý kiến, kiến nghị", 326, "ý kiến, kiến nghị"), Q("298 ý kiến", 298, "ý kiến"), Q("91,4%", 91.4, "%"),
 Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("25 hộ di cư tự do", 25, "hộ di cư tự do"), Q("28 ý kiến", 28, "ý kiến"),
 Q("4 hội nghị lắng nghe ý kiến nhân dân", 4, "hội nghị lắng nghe ý kiến nhân dân"), Q("khoảng 520 lượt người", 520, "lượt người", "approx"),
 Q("34 cộng tác viên dư luận xã hội", 34, "cộng tác viên dư luận xã hội")],
[D("Quyết định", "102", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 102/QĐ-MTTQ-BTT"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 15/8/2025"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Lâm Đồng"), com("Quảng Sơn")],
["BÁO LÂM ĐỒNG ONLINE", "Trang chủ / Chính trị / Mặt trận", "Đoàn giám sát làm việc với xã Quảng Sơn. Ảnh: K.Ngân",
 "Luật Mặt trận Tổ quốc Việt Nam", "Bu Prăng"],
["Thứ Sáu, 14/11/2025 - 14:30", "năm 2025", "ngày 1/7/2025", "ngày 15/12"]))

PAGES.append(page("b5090-dongnai-phuongbinhlong-doithoai-2026", """
ĐẢNG ỦY PHƯỜNG BÌNH LONG - TỈNH ĐỒNG NAI
Trang chủ - Tin hoạt động - Dân vận
20-03-2026 09:40
Người đứng đầu cấp ủy phường Bình Long đối thoại với nhân dân năm 2026
Sáng 19/3, Đảng ủy phường Bình Long, tỉnh Đồng Nai tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Đồng chí Điểu Minh Quân, Bí thư Đảng ủy phường Bình Long chủ trì; dự có 210 đại biểu là cán bộ, đảng viên, người có uy tín, công nhân và nhân dân 7 khu phố.
Quang cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Kế hoạch số 21-KH/ĐU ngày 02/3/2026 của Đảng ủy phường và Quy chế số 04-QC/ĐU về tiếp xúc, đối thoại với nhân dân, thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP của Chính phủ. Trước hội nghị, tổ cộng tác viên dư luận xã hội đã tổng hợp 18 ý kiến gửi Ban Thường vụ Đảng ủy.
Bà Điểu Thị Hường, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, thông tin phường Bình Long mới có khoảng 13.000 hộ, trong đó trên 1.300 hộ đồng bào S'tiêng; năm 2025 phường đã vận động nhân dân đóng góp 430 triệu đồng làm 4 tuyến đường hẻm.
Tại hội nghị, ông Lê Văn Khởi ở khu phố Phú Thịnh phản ánh tình trạng ô nhiễm mùi từ một cơ sở chế biến hạt điều; bà Thị Ngọc, khu phố Phú Trung, hỏi về việc cấp giấy chứng nhận quyền sử dụng đất cho 12 hộ S'tiêng đã ở ổn định nhiều năm. Ông Đinh Văn Nam, Trưởng khu phố Phú Thịnh, đề nghị bố trí thêm đèn chiếu sáng; anh Trần Quốc Bảo, đại diện 65 công nhân thuê trọ, kiến nghị kiểm tra giá điện, nước tại các nhà trọ.
Trả lời các ý kiến, đồng chí Điểu Thị Hường cho biết UBND phường đã lập đoàn kiểm tra cơ sở chế biến hạt điều, sẽ công bố kết quả trong 15 ngày; hồ sơ đất của các hộ S'tiêng đang được hoàn thiện. Đồng chí Vũ Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường, cho biết có 2 trường hợp cán bộ khu phố bị phản ánh thiếu công tâm đã được kiểm tra, nhắc nhở.
Kết luận, đồng chí Điểu Minh Quân ghi nhận 18 ý kiến, trong đó 14 ý kiến đã được trả lời trực tiếp tại hội nghị, 4 ý kiến sẽ được trả lời bằng văn bản; giao Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện các cam kết và tiếp tục nắm bắt dư luận sau đối thoại.
Minh Trí
Bài viết liên quan
- Phường Bình Long tổng kết công tác dân vận năm 2025 (26/12/2025)
- Gặp mặt người có uy tín đồng bào S'tiêng dịp Tết (10/02/2026)
- Trao 120 suất quà Tết cho công nhân khó khăn (05/02/2026)
- Hội nghị cán bộ chủ chốt phường quý I (15/01/2026)
- Ra mắt tổ cộng tác viên dư luận xã hội ở 7 khu phố (08/01/2026)
- Phường Bình Long lấy ý kiến nhân dân về chỉnh trang đô thị (20/12/2025)
""", "2026-03-20", "Người đứng đầu cấp ủy phường Bình Long đối thoại với nhân dân năm 2026",
E("doi_thoai", "2026", "2026-03-19"),
[P("Điểu Minh Quân", "Bí thư Đảng ủy phường Bình Long"),
 P("Điểu Thị Hường", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Lê Văn Khởi"),
 P("Thị Ngọc"),
 P("Đinh Văn Nam", "Trưởng khu phố Phú Thịnh"),
 P("Trần Quốc Bảo"),
 P("Vũ Thị Lan", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường")],
[Q("210 đại biểu", 210, "đại biểu"), Q("7 khu phố", 7, "khu phố"), Q("18 ý kiến", 18, "ý kiến"),
 Q("khoảng 13.000 hộ", 13000, "hộ", "approx"), Q("trên 1.300 hộ đồng bào S'tiêng", 1300, "hộ đồng bào S'tiêng", "over"),
 Q("430 triệu đồng", 430000000, "đồng"), Q("4 tuyến đường hẻm", 4, "tuyến đường hẻm"), Q("12 hộ S'tiêng", 12, "hộ S'tiêng"),
 Q("65 công nhân", 65, "công nhân"), Q("2 trường hợp", 2, "trường hợp"), Q("14 ý kiến", 14, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Kế hoạch", "21", "KH/ĐU", "2026-03-02", "Đảng ủy phường", "Kế hoạch số 21-KH/ĐU ngày 02/3/2026"),
 D("Quy chế", "04", "QC/ĐU", None, None, "Quy chế số 04-QC/ĐU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("Đồng Nai"), com("Bình Long")],
["ĐẢNG ỦY PHƯỜNG BÌNH LONG - TỈNH ĐỒNG NAI", "Trang chủ - Tin hoạt động - Dân vận", "Quang cảnh hội nghị đối thoại.",
 "Luật Thực hiện dân chủ ở cơ sở", "Phú Thịnh", "Phú Trung"],
["20-03-2026 09:40", "năm 2026", "năm 2025", "15 ngày", "nhiều năm"]))

PAGES.append(page("b5091-gialai-btgdv-giaoban-q1-2026", """
Thứ Năm, 09/04/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự | Chính trị | Xây dựng Đảng
08:15 | 08/04/2026
Dư luận quan tâm hoạt động của chính quyền cấp xã sau sắp xếp
(GLO) - Chiều 7/4, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dư luận xã hội quý I năm 2026 với các đảng ủy xã, phường. Đồng chí Đinh Văn Lèo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; hội nghị được kết nối trực tuyến tới 135 điểm cầu xã, phường.
Đồng chí Đinh Văn Lèo phát biểu kết luận giao ban.
Theo báo cáo, quý I, mạng lưới 1.180 cộng tác viên dư luận xã hội trên địa bàn tỉnh đã gửi về Ban 46 báo cáo. Kết quả điều tra nhanh với 1.500 phiếu cho thấy 83,7% ý kiến hài lòng với việc giải quyết thủ tục hành chính ở cấp xã; những vấn đề người dân quan tâm là giá hồ tiêu, cà phê, việc đi lại giữa vùng Tây Nguyên và vùng biển sau hợp nhất, tiến độ cấp giấy chứng nhận quyền sử dụng đất. Trong quý có 8 vụ việc khiếu nại đông người, chủ yếu liên quan bồi thường tại các dự án khu kinh tế.
Đồng chí Rah Lan Hiếu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin việc triển khai Kế hoạch 14, 15-KH/BTGDVTU về nắm bắt dư luận trong cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, và về định hướng thông tin trên mạng xã hội; Hướng dẫn số 03-HD/BTGDVTU về chế độ báo cáo dư luận ở xã, phường; Quyết định số 512/QĐ-UBND ngày 10/2/2026 của UBND tỉnh về hỗ trợ hộ bị thiệt hại do mưa lũ cuối năm 2025.
Bà Siu H'Mai, Bí thư Đảng ủy xã Ia Grai, cho biết khoảng 600 hộ đồng bào Jrai trong xã vẫn lo lắng về giá nông sản; ông Đinh Văn Hơn, Bí thư Đảng ủy xã An Lão, phản ánh người dân vùng đồng bào Ba Na mong sớm được hỗ trợ khắc phục hậu quả mưa lũ, hiện xã đã nhận 1,6 tỷ đồng hỗ trợ. Đồng chí Nguyễn Thanh Tùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh, đề nghị theo dõi tâm trạng công nhân tại các khu công nghiệp, nơi có gần 40.000 lao động.
Kết luận, đồng chí Đinh Văn Lèo yêu cầu quý II tập trung nắm dư luận trước, trong và sau bầu cử, không để xảy ra điểm nóng; các đảng ủy xã, phường bố trí ít nhất 1 cán bộ theo dõi dư luận trên không gian mạng.
Ngọc Minh
Tin liên quan
- Gia Lai: giao ban công tác dư luận xã hội quý IV năm 2025 (08/01/2026)
- An Nhơn tập huấn cho cộng tác viên dư luận xã hội (25/03/2026)
- Ia Grai đối thoại với nông dân trồng hồ tiêu (12/03/2026)
- Hội nghị báo cáo viên Tỉnh ủy tháng 3 (30/03/2026)
- Tuy Phước: lắng nghe ý kiến người dân vùng lũ (20/02/2026)
""", "2026-04-08", "Dư luận quan tâm hoạt động của chính quyền cấp xã sau sắp xếp",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Đinh Văn Lèo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rah Lan Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Mai", "Bí thư Đảng ủy xã Ia Grai"),
 P("Đinh Văn Hơn", "Bí thư Đảng ủy xã An Lão"),
 P("Nguyễn Thanh Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("1.180 cộng tác viên dư luận xã hội", 1180, "cộng tác viên dư luận xã hội"),
 Q("46 báo cáo", 46, "báo cáo"), Q("1.500 phiếu", 1500, "phiếu"), Q("83,7%", 83.7, "%"),
 Q("8 vụ việc khiếu nại đông người", 8, "vụ việc khiếu nại đông người"), Q("khoảng 600 hộ đồng bào Jrai", 600, "hộ đồng bào Jrai", "approx"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("gần 40.000 lao động", 40000, "lao động", "approx"), Q("ít nhất 1 cán bộ", 1, "cán bộ", "over")],
[D("Kế hoạch", "14", "KH/BTGDVTU", None, None, "Kế hoạch 14, 15-KH/BTGDVTU"),
 D("Kế hoạch", "15", "KH/BTGDVTU", None, None, "Kế hoạch 14, 15-KH/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quyết định", "512", "QĐ-UBND", "2026-02-10", "UBND tỉnh", "Quyết định số 512/QĐ-UBND ngày 10/2/2026")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Grai"), com("An Lão")],
["Thứ Năm, 09/04/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự | Chính trị | Xây dựng Đảng",
 "Đồng chí Đinh Văn Lèo phát biểu kết luận giao ban.", "(GLO)"],
["Thứ Năm, 09/04/2026", "08:15 | 08/04/2026", "quý I năm 2026", "khóa XVI", "cuối năm 2025", "quý II"]))

PAGES.append(page("b5092-ninhbinh-btgdv-baocao-khaosat-q1-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Trang chủ » Chính trị » Dư luận xã hội
Thứ Sáu, 24/04/2026
90,6% người dân hài lòng với chính quyền cấp xã sau sắp xếp
Ngày 22/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình ban hành Báo cáo số 42-BC/BTGDVTU ngày 22/4/2026 về kết quả khảo sát dư luận xã hội quý I năm 2026 về hoạt động của chính quyền địa phương hai cấp. Theo đó, 90,6% người được hỏi hài lòng với chính quyền cấp xã sau sắp xếp.
Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Hoa Lư. Ảnh: Đức Lam
Cuộc khảo sát thực hiện theo Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy, với 2.400 phiếu tại 129 xã, phường của tỉnh Ninh Bình mới - được thành lập theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội trên cơ sở hợp nhất ba tỉnh Hà Nam, Nam Định, Ninh Bình. Chỉ 6,2% ý kiến cho rằng thủ tục hành chính phức tạp hơn trước; trên 3.100 ý kiến góp ý được ghi nhận, xếp thành 12 nhóm vấn đề.
Theo báo cáo, người dân quan tâm nhất là việc đi lại làm thủ tục ở những xã có diện tích rộng, chất lượng cán bộ cấp xã, việc sử dụng trụ sở dôi dư sau sắp xếp và giá nông sản. Mạng lưới 860 cộng tác viên dư luận xã hội đã phản ánh 11 vụ việc phức tạp, trong đó có 3 vụ khiếu kiện đông người về bồi thường giải phóng mặt bằng ở các xã ven biển.
Đồng chí Trần Thị Hồng Nhung, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết báo cáo đã được gửi Thường trực Tỉnh ủy, đồng thời gửi các đảng ủy xã, phường để khắc phục hạn chế. Theo TS. Phạm Văn Kiên, Trưởng phòng Dư luận xã hội Ban Tuyên giáo và Dân vận Tỉnh ủy, kinh phí khảo sát khoảng 120 triệu đồng.
Tại phường Phát Diệm, Linh mục Phêrô Trần Văn Tuyến, Quản xứ giáo xứ Phát Diệm, nhận xét việc tiếp dân của phường đã thuận tiện hơn. Ông Vũ Đình Thái, Bí thư Đảng ủy phường Phát Diệm, cho biết phường đã tổ chức 6 hội nghị đối thoại với giáo dân trong quý I. Bà Lại Thị Mến, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu, đề nghị bổ sung cán bộ tiếp dân ở bộ phận một cửa vì mỗi ngày xã tiếp nhận khoảng 150 hồ sơ.
Báo cáo đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo rà soát, bố trí lại trụ sở dôi dư, đào tạo cán bộ cấp xã về chuyển đổi số; thực hiện khảo sát dư luận hằng quý, mỗi quý ít nhất 2.000 phiếu.
Đức Lam
Tin liên quan
- Ninh Bình: giao ban công tác dư luận xã hội quý I (10/04/2026)
- Nam Định cũ: 98% cử tri đi bầu cử đại biểu Quốc hội (20/03/2026)
- Phủ Lý tập huấn cho cộng tác viên dư luận xã hội (05/03/2026)
- Hội nghị báo cáo viên Tỉnh ủy tháng 2 (25/02/2026)
- Kim Sơn: đối thoại với ngư dân về nuôi trồng thủy sản (12/02/2026)
""", "2026-04-24", "90,6% người dân hài lòng với chính quyền cấp xã sau sắp xếp",
E("bao_cao", "2026-Q1", "2026-04-22"),
[P("Trần Thị Hồng Nhung", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Kiên", "TS.", "Trưởng phòng Dư luận xã hội Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phêrô Trần Văn Tuyến", "Linh mục", "Quản xứ giáo xứ Phát Diệm"),
 P("Vũ Đình Thái", "Bí thư Đảng ủy phường Phát Diệm"),
 P("Lại Thị Mến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu")],
[Q("90,6%", 90.6, "%"), Q("2.400 phiếu", 2400, "phiếu"), Q("129 xã, phường", 129, "xã, phường"),
 Q("6,2%", 6.2, "%"), Q("trên 3.100 ý kiến góp ý", 3100, "ý kiến", "over"), Q("12 nhóm vấn đề", 12, "nhóm vấn đề"),
 Q("860 cộng tác viên dư luận xã hội", 860, "cộng tác viên dư luận xã hội"), Q("11 vụ việc phức tạp", 11, "vụ việc phức tạp"),
 Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"),
 Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("khoảng 150 hồ sơ", 150, "hồ sơ", "approx"), Q("ít nhất 2.000 phiếu", 2000, "phiếu", "over")],
[D("Báo cáo", "42", "BC/BTGDVTU", "2026-04-22", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 42-BC/BTGDVTU ngày 22/4/2026"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 25-KH/TU"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hoa Lư"), com("Phát Diệm"), com("Hải Hậu")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Trang chủ » Chính trị » Dư luận xã hội",
 "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Hoa Lư. Ảnh: Đức Lam"],
["Thứ Sáu, 24/04/2026", "quý I năm 2026", "quý I", "mỗi ngày", "hằng quý"]))
