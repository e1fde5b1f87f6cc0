from lib import *
PAGES = []

PAGES.append(page("b4847-gialai-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chính trị › Xây dựng Đảng
Cập nhật: 14:05, 09/10/2025 (GMT+7)
Ảnh: Toàn cảnh hội nghị chuyên đề.
Phát triển đảng viên ở làng đồng bào dân tộc thiểu số: không để "làng trắng" sau sắp xếp
(GLO) - Ngày 8/10, tại phường Pleiku, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị chuyên đề về phát triển đảng viên, củng cố chi bộ thôn, làng vùng đồng bào dân tộc thiểu số năm 2025. Đồng chí Rơ Châm H'Yuin, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Đinh Văn Thiêm, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy đồng chủ trì.
Theo báo cáo, sau khi hợp nhất tỉnh và tổ chức chính quyền địa phương 2 cấp, tỉnh Gia Lai có 135 xã, phường, 3.514 thôn, làng, tổ dân phố, trong đó khoảng 1.620 làng có đông đồng bào Jrai, Bahnar, Hrê, Chăm H'roi. Toàn tỉnh còn 9 làng chưa có chi bộ, 2 làng chưa có đảng viên, chủ yếu ở các xã An Toàn, Ia Chia. 9 tháng năm 2025, các đảng bộ xã kết nạp 1.238 đảng viên mới, trong đó 476 đảng viên là người dân tộc thiểu số; 1.102 làng có bí thư chi bộ đồng thời là trưởng thôn, làng, chiếm 68%.
Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của BCH Trung ương, Kế hoạch số 12-KH/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy và Hướng dẫn liên tịch số 02-HDLT/BTCTU-BTGDVTU của Ban Tổ chức Tỉnh ủy và Ban Tuyên giáo và Dân vận Tỉnh ủy, các chi bộ đã phân công 8.740 đảng viên phụ trách hộ, nhóm hộ; 96% đảng viên đang công tác đã giữ mối liên hệ với chi bộ nơi cư trú.
Tham luận tại hội nghị, ông Đinh Văn Dưới, Bí thư Chi bộ kiêm Trưởng làng Đăk Tơ Nglơng, xã An Toàn, chia sẻ cách vận động 4 thanh niên người Bahnar đi học lớp nhận thức về Đảng, nay đã có 2 người được kết nạp. Bà Siu H'Nhâm, Bí thư Đảng ủy, Chủ tịch HĐND xã Ia Chia, cho biết xã có 19 làng thì 17 làng có bí thư chi bộ kiêm trưởng làng; xã dành hơn 300 triệu đồng hỗ trợ người có uy tín, cán bộ thôn, làng.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Thu Hà và Ksor Y Blin đề nghị phát huy vai trò Ban công tác Mặt trận ở làng trong giới thiệu quần chúng ưu tú, nhất là trong các hội viên, đoàn viên.
Kết luận hội nghị, đồng chí Rơ Châm H'Yuin yêu cầu các đảng ủy xã đến hết năm 2025 xóa xong làng chưa có đảng viên; phấn đấu đến năm 2030 có ít nhất 80% làng có bí thư chi bộ kiêm trưởng làng; không để đảng viên sinh hoạt nơi cư trú một cách hình thức. Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 20 tập thể, 45 cá nhân có thành tích trong công tác phát triển đảng viên.
Ban Tổ chức Tỉnh ủy cũng thông tin, sau sắp xếp, có 211 thôn, làng được hợp nhất; 163 chi bộ thôn, làng được kiện toàn, bố trí lại bí thư chi bộ, chưa có trường hợp nào bị gián đoạn sinh hoạt Đảng.
Hồng Thi
Tin liên quan
- Gia Lai: 100% xã, phường hoàn thành đại hội đảng bộ nhiệm kỳ 2025 - 2030 (30/08/2025)
- Kết nạp đảng viên cho 3 thanh niên Bahnar (15/08/2025)
""", "2025-10-09", "Phát triển đảng viên ở làng đồng bào dân tộc thiểu số: không để \"làng trắng\" sau sắp xếp",
E("hoi_nghi", "2025", "2025-10-08"),
[P("Rơ Châm H'Yuin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Đinh Văn Thiêm", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Dưới", "Bí thư Chi bộ kiêm Trưởng làng Đăk Tơ Nglơng"),
 P("Siu H'Nhâm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ia Chia"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Blin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 xã, phường", 135, "xã, phường"), Q("3.514 thôn, làng, tổ dân phố", 3514, "thôn, làng, tổ dân phố"),
 Q("khoảng 1.620 làng", 1620, "làng", "approx"), Q("9 làng", 9, "làng"), Q("2 làng", 2, "làng"),
 Q("1.238 đảng viên mới", 1238, "đảng viên mới"), Q("476 đảng viên", 476, "đảng viên"), Q("1.102 làng", 1102, "làng"),
 Q("68%", 68, "%"), Q("8.740 đảng viên", 8740, "đảng viên"), Q("96%", 96, "%"),
 Q("4 thanh niên người Bahnar", 4, "thanh niên người Bahnar"), Q("2 người", 2, "người"), Q("19 làng", 19, "làng"),
 Q("17 làng", 17, "làng"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("ít nhất 80%", 80, "%", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("45 cá nhân", 45, "cá nhân"), Q("211 thôn, làng", 211, "thôn, làng"),
 Q("163 chi bộ thôn, làng", 163, "chi bộ thôn, làng")],
[D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "12", "KH/TU", "2025-08-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 15/8/2025"),
 D("Hướng dẫn liên tịch", "02", "HDLT/BTCTU-BTGDVTU", None, "Ban Tổ chức Tỉnh ủy và Ban Tuyên giáo và Dân vận Tỉnh ủy",
   "Hướng dẫn liên tịch số 02-HDLT/BTCTU-BTGDVTU")],
[prov("Gia Lai"), com("Pleiku"), com("An Toàn"), com("Ia Chia")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị › Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị chuyên đề.", "(GLO)",
 "Ban công tác Mặt trận"],
["Cập nhật: 14:05, 09/10/2025 (GMT+7)", "năm 2025", "9 tháng năm 2025", "2 cấp", "năm 2030"]))

PAGES.append(page("b4848-lamdong-tongket-2025", """
ĐẢNG ỦY XÃ QUẢNG SƠN - TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Hoạt động Đảng ủy
Thứ Tư, 24/12/2025 - 16:35
Quảng Sơn: 14 bon có bí thư chi bộ kiêm trưởng bon
Ngày 22/12/2025, Đảng ủy xã Quảng Sơn tổ chức hội nghị tổng kết công tác xây dựng Đảng, công tác dân vận năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Điểu K'Rứ, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị. Dự có đồng chí Trương Thị Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng.
Quang cảnh hội nghị tổng kết. Ảnh: P.V
Xã Quảng Sơn mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Quảng Sơn, Đắk R'Măng, Quảng Hòa; có 39 thôn, bon, trong đó 21 bon của đồng bào M'nông, Mạ. Đảng bộ xã có 43 chi bộ trực thuộc với 1.096 đảng viên; năm 2025 kết nạp 41 đảng viên mới, trong đó 23 đảng viên là người M'nông, Mạ, Ê Đê, chiếm 56,1%. 100% thôn, bon có chi bộ; 14 bon có bí thư chi bộ kiêm trưởng bon, tăng 5 bon so với năm 2024.
Thực hiện Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị và Kế hoạch số 07-KH/ĐU ngày 20/8/2025 của Ban Thường vụ Đảng ủy xã, 287 đảng viên đang công tác ở các cơ quan của xã, trường học, trạm y tế đã giữ mối liên hệ với chi bộ nơi cư trú; mỗi đảng viên nhận giúp đỡ 1 - 2 hộ. Nhờ đó, 68 hộ thoát nghèo, số hộ nghèo người dân tộc thiểu số còn 112 hộ, chiếm 8,4%.
Đồng chí Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, Mặt trận và các đoàn thể đã vận động xây 9 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng; các bon góp hơn 2.100 ngày công làm 4,7 km đường bê tông. Ông Điểu Ơng, Bí thư Chi bộ kiêm Trưởng bon Bu Dấp, chia sẻ: bon có 87 hộ, chi bộ có 12 đảng viên, năm nay kết nạp 2 đảng viên trẻ người M'nông; bon không còn hộ đốt rừng làm rẫy.
Các đồng chí Phó Bí thư Đảng ủy xã: K'Hoa, Nguyễn Văn Lộc nêu những hạn chế: một số chi bộ bon sinh hoạt chưa đều, 3 chi bộ chưa kết nạp được đảng viên trong năm; việc đảng viên nơi cư trú tham gia họp bon còn mang tính hình thức ở vài nơi.
Phát biểu, đồng chí Trương Thị Hạnh đề nghị xã tiếp tục thực hiện Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển đảng viên trong đồng bào dân tộc thiểu số; phấn đấu năm 2026 kết nạp ít nhất 40 đảng viên, nâng số bon có bí thư chi bộ kiêm trưởng bon lên 18 bon.
Hội nghị đã khen thưởng 6 chi bộ trong sạch, vững mạnh tiêu biểu và 15 đảng viên hoàn thành xuất sắc nhiệm vụ; tặng 25 suất quà cho đảng viên cao tuổi, mỗi suất 700.000 đồng.
Văn phòng Đảng ủy
Lượt truy cập: 812
Tin liên quan
- Quảng Sơn ra mắt mô hình "Bon không có ma túy" (10/12/2025)
- Hội nghị tiếp xúc cử tri cuối năm 2025 (02/12/2025)
- Kết nạp đảng viên cho 2 thanh niên M'nông (20/11/2025)
""", "2025-12-24", "Quảng Sơn: 14 bon có bí thư chi bộ kiêm trưởng bon",
E("tong_ket", "2025", "2025-12-22"),
[P("Điểu K'Rứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trương Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng"),
 P("Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Ơng", "Bí thư Chi bộ kiêm Trưởng bon Bu Dấp"),
 P("K'Hoa", "Phó Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Lộc", "Phó Bí thư Đảng ủy xã")],
[Q("14 bon", 14, "bon"), Q("39 thôn, bon", 39, "thôn, bon"), Q("21 bon", 21, "bon"), Q("43 chi bộ trực thuộc", 43, "chi bộ trực thuộc"),
 Q("1.096 đảng viên", 1096, "đảng viên"), Q("41 đảng viên mới", 41, "đảng viên mới"), Q("23 đảng viên", 23, "đảng viên"),
 Q("56,1%", 56.1, "%"), Q("100% thôn, bon", 100, "%"), Q("5 bon", 5, "bon"), Q("287 đảng viên", 287, "đảng viên"),
 Q("68 hộ", 68, "hộ"), Q("112 hộ", 112, "hộ"), Q("8,4%", 8.4, "%"), Q("9 căn nhà đại đoàn kết", 9, "căn nhà đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 2.100 ngày công", 2100, "ngày công", "over"), Q("4,7 km", 4.7, "km"),
 Q("87 hộ", 87, "hộ"), Q("12 đảng viên", 12, "đảng viên"), Q("2 đảng viên trẻ", 2, "đảng viên trẻ"), Q("3 chi bộ", 3, "chi bộ"),
 Q("ít nhất 40 đảng viên", 40, "đảng viên", "over"), Q("18 bon", 18, "bon"),
 Q("6 chi bộ trong sạch, vững mạnh tiêu biểu", 6, "chi bộ trong sạch, vững mạnh tiêu biểu"), Q("15 đảng viên", 15, "đảng viên"),
 Q("25 suất quà", 25, "suất quà"), Q("700.000 đồng", 700000, "đồng")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Kế hoạch", "07", "KH/ĐU", "2025-08-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07-KH/ĐU ngày 20/8/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Đắk R'Măng"), com("Quảng Hòa")],
["ĐẢNG ỦY XÃ QUẢNG SƠN - TỈNH LÂM ĐỒNG", "Trang chủ > Tin tức > Hoạt động Đảng ủy", "Quang cảnh hội nghị tổng kết. Ảnh: P.V",
 "Văn phòng Đảng ủy", "Lượt truy cập: 812"],
["Thứ Tư, 24/12/2025 - 16:35", "năm 2025", "năm 2026", "năm 2024", "1 - 2 hộ", "Lượt truy cập: 812"]))

PAGES.append(page("b4849-daklak-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Năm, 05/03/2026 - 10:15
Bồi dưỡng kỹ năng cho 240 bí thư chi bộ thôn, buôn vùng đồng bào Êđê
Từ ngày 3 đến 5/3/2026, Ban Tổ chức Tỉnh ủy Đắk Lắk phối hợp Trường Chính trị tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác đảng năm 2026 cho 240 bí thư chi bộ thôn, buôn của 28 xã vùng đồng bào dân tộc thiểu số, trong đó có 96 đồng chí là bí thư chi bộ kiêm trưởng thôn, buôn.
Đồng chí Y Ngọc Adrơng phát biểu khai mạc lớp bồi dưỡng.
Phát biểu khai mạc, đồng chí Y Ngọc Adrơng, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy cho biết, sau hợp nhất tỉnh, Đảng bộ tỉnh Đắk Lắk có 102 đảng bộ xã, phường với hơn 116.000 đảng viên; toàn tỉnh có 3.867 thôn, buôn, khu phố, trong đó 1.045 buôn đồng bào Êđê, M'nông, Gia Rai. Hiện còn 5 buôn chưa có đảng viên ở các xã Ea Rốk, Ea Bung và 1 thôn ở xã Sông Hinh.
Trong 3 ngày, các học viên được truyền đạt 6 chuyên đề, gồm: những điểm mới của Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Hướng dẫn số 06-HD/TW của Ban Bí thư; kỹ năng ra nghị quyết chi bộ; công tác dân vận ở thôn, buôn; vận động đồng bào không nghe theo "Tin lành Đê Ga"; quản lý đảng viên đi làm ăn xa.
Giảng viên gồm các đồng chí: TS. H'Ly Niê, Phó Hiệu trưởng Trường Chính trị tỉnh; ThS. Nguyễn Quốc Bảo, Trưởng phòng Tổ chức cơ sở đảng Ban Tổ chức Tỉnh ủy. Ngoài học trên lớp, học viên được đi thực tế tại Chi bộ buôn Ko Tam, xã Ea Tiêu, nơi bí thư chi bộ kiêm trưởng buôn Y Khoa Mlô đã vận động 63 hộ trồng cà phê tái canh, 100% hộ tham gia bảo hiểm y tế.
Chị H'Blin Êban, 29 tuổi, Bí thư Chi bộ kiêm Trưởng buôn Ea Knốp, xã Ea Knốp, cho biết: "Buôn có 141 hộ mà chỉ có 8 đảng viên, đa số lớn tuổi. Tôi mong sau khóa học biết cách bồi dưỡng thanh niên để năm nay kết nạp ít nhất 2 đảng viên".
Theo Ban Tổ chức Tỉnh ủy, thực hiện kế hoạch số 04-KH/TU năm 2026, tỉnh sẽ mở 8 lớp tương tự cho khoảng 1.900 bí thư, phó bí thư chi bộ thôn, buôn, với kinh phí gần 2,6 tỷ đồng; mỗi học viên được hỗ trợ 200.000 đồng/ngày tiền ăn, ở. Năm 2025, toàn tỉnh đã kết nạp 5.412 đảng viên mới, trong đó 1.308 đảng viên là người dân tộc thiểu số. Theo kế hoạch, đến cuối năm 2026 trên 50% buôn sẽ có bí thư chi bộ kiêm trưởng buôn.
Bế giảng lớp học, 100% học viên hoàn thành bài thu hoạch; 12 học viên đạt loại giỏi được Ban Tổ chức Tỉnh ủy tặng giấy khen.
Bích Hồng
Tin khác
- Xã Ea Kar sơ kết mô hình "Buôn có đảng viên trẻ" (28/02/2026)
- Phú Hòa: kết nạp 16 đảng viên mới (20/02/2026)
""", "2026-03-05", "Bồi dưỡng kỹ năng cho 240 bí thư chi bộ thôn, buôn vùng đồng bào Êđê",
E("tap_huan", "2026", "2026-03-03"),
[P("Y Ngọc Adrơng", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy"),
 P("H'Ly Niê", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Nguyễn Quốc Bảo", "ThS.", "Trưởng phòng Tổ chức cơ sở đảng Ban Tổ chức Tỉnh ủy"),
 P("Y Khoa Mlô", "bí thư chi bộ kiêm trưởng buôn"),
 P("H'Blin Êban", "Bí thư Chi bộ kiêm Trưởng buôn Ea Knốp")],
[Q("240 bí thư chi bộ thôn, buôn", 240, "bí thư chi bộ thôn, buôn"), Q("28 xã", 28, "xã"), Q("96 đồng chí", 96, "đồng chí"),
 Q("102 đảng bộ xã, phường", 102, "đảng bộ xã, phường"), Q("hơn 116.000 đảng viên", 116000, "đảng viên", "over"),
 Q("3.867 thôn, buôn, khu phố", 3867, "thôn, buôn, khu phố"), Q("1.045 buôn đồng bào Êđê, M'nông, Gia Rai", 1045, "buôn đồng bào Êđê, M'nông, Gia Rai"),
 Q("5 buôn", 5, "buôn"), Q("1 thôn", 1, "thôn"), Q("6 chuyên đề", 6, "chuyên đề"), Q("63 hộ", 63, "hộ"), Q("100% hộ", 100, "%"),
 Q("141 hộ", 141, "hộ"), Q("8 đảng viên", 8, "đảng viên"), Q("ít nhất 2 đảng viên", 2, "đảng viên", "over"),
 Q("8 lớp", 8, "lớp"), Q("khoảng 1.900 bí thư, phó bí thư chi bộ thôn, buôn", 1900, "bí thư, phó bí thư chi bộ thôn, buôn", "approx"),
 Q("gần 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("200.000 đồng", 200000, "đồng"),
 Q("5.412 đảng viên mới", 5412, "đảng viên mới"), Q("1.308 đảng viên", 1308, "đảng viên"), Q("trên 50%", 50, "%", "over"), Q("100% học viên", 100, "%"),
 Q("12 học viên", 12, "học viên")],
[D("Quy định", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025"),
 D("Hướng dẫn", "06", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 06-HD/TW"),
 D("Kế hoạch", "04", "KH/TU", None, None, "kế hoạch số 04-KH/TU")],
[prov("Đắk Lắk"), com("Ea Rốk"), com("Ea Bung"), com("Sông Hinh"), com("Ea Tiêu"), com("Ea Knốp")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Trang chủ | Chính trị | Xây dựng Đảng",
 "Đồng chí Y Ngọc Adrơng phát biểu khai mạc lớp bồi dưỡng.", "Tin lành Đê Ga", "Trường Chính trị tỉnh"],
["Thứ Năm, 05/03/2026 - 10:15", "năm 2026", "3 ngày", "29 tuổi", "96 đồng chí", "Năm 2025", "cuối năm 2026"]))

PAGES.append(page("b4850-laocai-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Bạn đang ở: Trang chủ » Hoạt động » Tin giao ban
Hôm nay: Thứ Hai, 13/04/2026
09/04/2026 - 14:50
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban quý I: 96% thôn vùng cao có đảng viên trẻ làm nòng cốt
Ngày 7/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác tuyên giáo và dân vận quý I năm 2026 với Ban Xây dựng Đảng các đảng ủy xã, phường. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hà Đức Minh, Hoàng Thị Hồng Nhung, Lý Seo Chứ.
Báo cáo cho biết, quý I, tỉnh Lào Cai có 99 xã, phường với 2.968 thôn, tổ dân phố; trong đó 1.571 thôn vùng cao có đông đồng bào Mông, Dao, Tày, Hà Nhì, Phù Lá. Các đảng bộ xã kết nạp 614 đảng viên mới, 463 đảng viên là người dân tộc thiểu số; 96% thôn vùng cao có ít nhất 1 đảng viên dưới 35 tuổi; còn 4 thôn chưa có chi bộ riêng, tập trung ở các xã Y Tý, Mù Cang Chải. Toàn tỉnh có 1.138 bí thư chi bộ đồng thời là trưởng thôn, chiếm 38,3%.
Thực hiện Kết luận số 118, 119-KL/TW của Bộ Chính trị và kế hoạch số 21-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận phối hợp Ủy ban MTTQ Việt Nam các cấp tổ chức 215 cuộc tiếp xúc, đối thoại với người dân; vận động 1.840 đảng viên đang công tác ở cơ quan xã về sinh hoạt nơi cư trú, tham gia tuyên truyền xóa bỏ hủ tục, phòng chống tảo hôn; khoảng 420 hộ được hỗ trợ chuyển đổi nghề.
Đồng chí Sùng A Páo, Bí thư Đảng ủy, Chủ tịch HĐND xã Y Tý, cho biết xã có 18 thôn, 15 thôn có bí thư chi bộ kiêm trưởng thôn; quý I kết nạp 9 đảng viên, trong đó 5 đảng viên là người Hà Nhì. Bà Hờ Thị Dua, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mù Cang Chải, đề xuất bố trí kinh phí 1,5 triệu đồng/tháng cho chi bộ ở thôn xa trung tâm.
Kết luận giao ban, đồng chí Giàng Thị Dung yêu cầu quý II tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I; phấn đấu đến hết quý II không còn thôn chưa có chi bộ; mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" về xây dựng Đảng ở thôn. Các đồng chí Trưởng Ban Xây dựng Đảng các xã Bát Xát, Bảo Yên tham gia ý kiến về việc rà soát đảng viên đi làm ăn xa, hiện có khoảng 310 đảng viên.
Giao ban cũng thông qua kế hoạch kiểm tra của Ban tại 12 xã trong quý II; dự kiến kinh phí hỗ trợ chi bộ thôn vùng cao 450 triệu đồng.
Thanh Bình
Lượt xem: 276
Tin liên quan
- Giao ban công tác tuyên giáo và dân vận quý IV/2025 (08/01/2026)
- Bát Xát kết nạp 12 đảng viên người Dao (25/03/2026)
""", "2026-04-09", "Giao ban quý I: 96% thôn vùng cao có đảng viên trẻ làm nòng cốt",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Đức Minh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Seo Chứ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Y Tý"),
 P("Hờ Thị Dua", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Mù Cang Chải")],
[Q("96%", 96, "%"), Q("99 xã, phường", 99, "xã, phường"), Q("2.968 thôn, tổ dân phố", 2968, "thôn, tổ dân phố"),
 Q("1.571 thôn vùng cao", 1571, "thôn vùng cao"), Q("614 đảng viên mới", 614, "đảng viên mới"), Q("463 đảng viên", 463, "đảng viên"),
 Q("ít nhất 1 đảng viên", 1, "đảng viên", "over"), Q("4 thôn", 4, "thôn"), Q("1.138 bí thư chi bộ", 1138, "bí thư chi bộ"),
 Q("38,3%", 38.3, "%"), Q("215 cuộc tiếp xúc, đối thoại", 215, "cuộc tiếp xúc, đối thoại"), Q("1.840 đảng viên", 1840, "đảng viên"),
 Q("khoảng 420 hộ", 420, "hộ", "approx"), Q("18 thôn", 18, "thôn"), Q("15 thôn", 15, "thôn"), Q("9 đảng viên", 9, "đảng viên"),
 Q("5 đảng viên", 5, "đảng viên"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("khoảng 310 đảng viên", 310, "đảng viên", "approx"), Q("12 xã", 12, "xã"), Q("450 triệu đồng", 450000000, "đồng")],
[D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận số 118, 119-KL/TW"),
 D("Kết luận", "119", "KL/TW", None, "Bộ Chính trị", "Kết luận số 118, 119-KL/TW"),
 D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "kế hoạch số 21-KH/BTGDVTU")],
[prov("Lào Cai"), com("Y Tý"), com("Mù Cang Chải"), com("Bát Xát"), com("Bảo Yên")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Bạn đang ở: Trang chủ » Hoạt động » Tin giao ban",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Dân vận khéo", "Lượt xem: 276", "Nghị quyết Đại hội XIV của Đảng"],
["Hôm nay: Thứ Hai, 13/04/2026", "quý I năm 2026", "quý II", "35 tuổi", "lần thứ I", "Lượt xem: 276"]))

PAGES.append(page("b4851-caobang-giamsat-2026", """
Báo Cao Bằng
Chính trị - Mặt trận - Đoàn thể
Cập nhật: 17:10, 14/05/2026
Ủy ban MTTQ tỉnh giám sát việc đảng viên giữ mối liên hệ với nơi cư trú
Từ ngày 11 đến 13/5/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng do đồng chí Nông Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị năm 2026 tại xã Hà Quảng, xã Bảo Lâm và xã Trùng Khánh.
Đoàn giám sát làm việc tại Đảng ủy xã Hà Quảng.
Thực hiện Kế hoạch số 09-KH/MTTQ-BTT ngày 10/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đoàn đã kiểm tra hồ sơ, sổ theo dõi tại 18 chi bộ xóm, làm việc với 3 đảng ủy xã và trao đổi trực tiếp với 64 đảng viên, người dân. Tại xã Hà Quảng, sau sắp xếp có 46 xóm, 1.215 đảng viên; 100% xóm có chi bộ, 19 xóm có bí thư chi bộ kiêm trưởng xóm. Năm 2025 có 312 đảng viên đang công tác ở các cơ quan xã, trường học, trạm y tế đã giới thiệu về sinh hoạt nơi cư trú; 97,4% được chi ủy nơi cư trú nhận xét hoàn thành trách nhiệm.
Ông Hoàng Văn Kiên, Bí thư Chi bộ kiêm Trưởng xóm Lũng Nặm, xã Hà Quảng, cho biết các đảng viên nơi cư trú đã cùng xóm vận động 38 hộ người Mông, Nùng hiến đất làm 1,2 km đường; đóng góp khoảng 85 triệu đồng xây nhà văn hóa. Bà Đàm Thị Lụa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Trùng Khánh, thông tin xã còn 2 xóm ghép sinh hoạt với chi bộ xóm lân cận.
Qua giám sát, đoàn nhận thấy một số chi bộ chưa mở sổ theo dõi riêng, 27 phiếu nhận xét đảng viên nơi cư trú chưa ghi đầy đủ nội dung; có đảng viên chuyển công tác sau sáp nhập nhưng chưa giới thiệu lại về nơi cư trú. Đồng chí Lục Văn Hải, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị chi bộ xóm công khai danh sách đảng viên nơi cư trú tại nhà văn hóa để nhân dân giám sát.
Kết luận, đồng chí Nông Thị Hằng đề nghị các đảng ủy xã chỉ đạo chi bộ thực hiện nghiêm Hướng dẫn số 12-HD/BTCTW ngày 8/1/2026 của Ban Tổ chức Trung ương, kiện toàn các chi bộ xóm sau hợp nhất; phát huy vai trò Ban công tác Mặt trận ở 100% xóm trong việc góp ý đảng viên. Sau đợt giám sát, đoàn sẽ có văn bản kiến nghị gửi Ban Thường vụ Tỉnh ủy, trong đó đề xuất hỗ trợ 2 triệu đồng/năm cho mỗi chi bộ xóm đặc biệt khó khăn.
Tại xã Bảo Lâm, đoàn ghi nhận 23/27 xóm đã có đảng viên trẻ dưới 30 tuổi; năm 2025 xã kết nạp 31 đảng viên mới là người Mông, Dao, Nùng.
Ngọc Mai
Tin liên quan
- MTTQ tỉnh giám sát thực hiện chính sách người có uy tín (28/04/2026)
- Trùng Khánh: xóm đầu tiên có bí thư chi bộ là người Mông (17/04/2026)
""", "2026-05-14", "Ủy ban MTTQ tỉnh giám sát việc đảng viên giữ mối liên hệ với nơi cư trú",
E("giam_sat", "2026", "2026-05-11"),
[P("Nông Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Kiên", "Bí thư Chi bộ kiêm Trưởng xóm Lũng Nặm"),
 P("Đàm Thị Lụa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Trùng Khánh"),
 P("Lục Văn Hải", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("18 chi bộ xóm", 18, "chi bộ xóm"), Q("3 đảng ủy xã", 3, "đảng ủy xã"), Q("64 đảng viên, người dân", 64, "đảng viên, người dân"),
 Q("46 xóm", 46, "xóm"), Q("1.215 đảng viên", 1215, "đảng viên"), Q("100% xóm", 100, "%"), Q("19 xóm", 19, "xóm"),
 Q("312 đảng viên", 312, "đảng viên"), Q("97,4%", 97.4, "%"), Q("38 hộ người Mông, Nùng", 38, "hộ người Mông, Nùng"),
 Q("1,2 km", 1.2, "km"), Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"), Q("2 xóm", 2, "xóm"),
 Q("27 phiếu nhận xét", 27, "phiếu nhận xét"), Q("2 triệu đồng", 2000000, "đồng"), Q("23/27 xóm", 23, "xóm"),
 Q("31 đảng viên mới", 31, "đảng viên mới")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", "2026-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09-KH/MTTQ-BTT ngày 10/3/2026"),
 D("Hướng dẫn", "12", "HD/BTCTW", "2026-01-08", "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW ngày 8/1/2026")],
[prov("Cao Bằng"), com("Hà Quảng"), com("Bảo Lâm"), com("Trùng Khánh")],
["Báo Cao Bằng", "Chính trị - Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại Đảng ủy xã Hà Quảng.", "Ban công tác Mặt trận"],
["Cập nhật: 17:10, 14/05/2026", "năm 2026", "Năm 2025", "năm 2025", "30 tuổi"]))

PAGES.append(page("b4852-vinhlong-chandung-2026", """
BÁO VĨNH LONG
Trang chủ > Chính trị > Gương sáng
18/06/2026 - 06:40
Người bí thư chi bộ kiêm trưởng ấp của đồng bào Khmer
Ảnh: Ông Thạch Sa Rết (bìa phải) trò chuyện với bà con ấp Ô Rung.
Hơn 12 năm làm Bí thư Chi bộ kiêm Trưởng ấp Ô Rung, xã Tập Sơn, tỉnh Vĩnh Long, ông Thạch Sa Rết, 54 tuổi, được bà con Khmer gọi thân mật là "ông Cả ấp". Ấp có 486 hộ, gần 2.100 nhân khẩu, khoảng 78% là đồng bào Khmer.
Ông Thạch Sa Rết (giữa) trao đổi với cán bộ Mặt trận xã.
Khi ông nhận nhiệm vụ năm 2014, chi bộ ấp chỉ có 9 đảng viên, phần lớn lớn tuổi; ấp còn 137 hộ nghèo. Ông cùng chi ủy lập danh sách 15 thanh niên, giao mỗi đảng viên kèm cặp 1 - 2 người; đến nay chi bộ có 31 đảng viên, trong đó 19 đảng viên là người Khmer, 7 đảng viên nữ. Cũng nhờ 14 đảng viên đang công tác ở xã, trường học về sinh hoạt nơi cư trú theo Quy định 213, chi bộ có thêm người giỏi tin học, sổ sách. Chi bộ hiện chia thành 6 tổ đảng, mỗi tổ phụ trách khoảng 80 hộ; 100% đảng viên ký cam kết giữ gìn tư cách, gương mẫu nơi cư trú.
"Nói trước bà con không nghe, mình phải làm trước", ông kể. Ông vận động 62 hộ hiến đất mở rộng 3,5 km đường đal, tự hiến 320 m2 đất vườn của gia đình. Phối hợp với chùa Ô Rung, chi bộ mở 4 lớp dạy chữ Khmer hè cho hơn 200 em; Đại đức Kim Sa Mol, trụ trì chùa Ô Rung, nhận xét: "Ông Cả ấp nói gì, sư sãi và Phật tử đều tin".
Đến nay ấp chỉ còn 11 hộ nghèo, thu nhập bình quân khoảng 62 triệu đồng/người/năm; ấp 5 năm liền đạt danh hiệu ấp văn hóa. Năm 2025, ông được Chủ tịch UBND tỉnh tặng Bằng khen và là 1 trong 40 gương điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của tỉnh.
Bà Sơn Thị Phên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Tập Sơn nhận xét: mô hình bí thư chi bộ kiêm trưởng ấp ở Ô Rung là nơi đầu tiên của xã thực hiện; nay xã có 14/17 ấp có bí thư chi bộ đồng thời là trưởng ấp. Theo Nghị quyết số 08-NQ/ĐU của Đảng ủy xã, đến năm 2027 toàn bộ 17 ấp sẽ thực hiện mô hình này. Ông Kim Văn Thol, Trưởng Ban công tác Mặt trận ấp, cho biết từ đầu năm đến nay ấp đã vận động khoảng 45 triệu đồng giúp 3 hộ sửa nhà.
Với ông Thạch Sa Rết, điều hạnh phúc nhất là ấp không còn "trắng" thanh niên trong Đảng: năm 2026, chi bộ đang bồi dưỡng 4 quần chúng ưu tú, dự kiến kết nạp trước Đại hội chi bộ nhiệm kỳ tới.
Bài, ảnh: Tuấn Kiệt
Lượt xem: 1.458
Tin khác
- Trà Cú: 100% ấp có chi bộ (10/06/2026)
- Xã Long Hiệp trao 50 phần quà cho hộ Khmer (02/06/2026)
- Vĩnh Long tuyên dương 120 người có uy tín (25/05/2026)
- Càng Long: bí thư chi bộ ấp gương mẫu hiến đất làm đường (18/05/2026)
""", "2026-06-18", "Người bí thư chi bộ kiêm trưởng ấp của đồng bào Khmer",
E("khac", None, None),
[P("Thạch Sa Rết", "Bí thư Chi bộ kiêm Trưởng ấp Ô Rung"),
 P("Kim Sa Mol", "Đại đức", "trụ trì chùa Ô Rung"),
 P("Sơn Thị Phên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Kim Văn Thol", "Trưởng Ban công tác Mặt trận ấp")],
[Q("486 hộ", 486, "hộ"), Q("gần 2.100 nhân khẩu", 2100, "nhân khẩu", "approx"), Q("khoảng 78%", 78, "%", "approx"),
 Q("9 đảng viên", 9, "đảng viên"), Q("137 hộ nghèo", 137, "hộ nghèo"), Q("15 thanh niên", 15, "thanh niên"),
 Q("31 đảng viên", 31, "đảng viên"), Q("19 đảng viên", 19, "đảng viên"), Q("7 đảng viên nữ", 7, "đảng viên nữ"),
 Q("14 đảng viên", 14, "đảng viên"), Q("6 tổ đảng", 6, "tổ đảng"), Q("khoảng 80 hộ", 80, "hộ", "approx"),
 Q("100% đảng viên", 100, "%"), Q("62 hộ", 62, "hộ"), Q("3,5 km", 3.5, "km"), Q("320 m2", 320, "m2"),
 Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"), Q("hơn 200 em", 200, "em", "over"), Q("11 hộ nghèo", 11, "hộ nghèo"),
 Q("khoảng 62 triệu đồng", 62000000, "đồng", "approx"), Q("40 gương điển hình tiêu biểu", 40, "gương điển hình tiêu biểu"),
 Q("14/17 ấp", 14, "ấp"), Q("17 ấp", 17, "ấp"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"), Q("3 hộ", 3, "hộ"),
 Q("4 quần chúng ưu tú", 4, "quần chúng ưu tú")],
[D("Quy định", "213", None, None, None, "Quy định 213"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["BÁO VĨNH LONG", "Trang chủ > Chính trị > Gương sáng", "Ảnh: Ông Thạch Sa Rết (bìa phải) trò chuyện với bà con ấp Ô Rung.",
 "Ông Thạch Sa Rết (giữa) trao đổi với cán bộ Mặt trận xã.", "ông Cả ấp", "Lượt xem: 1.458"],
["18/06/2026 - 06:40", "Hơn 12 năm", "54 tuổi", "năm 2014", "1 - 2 người", "5 năm liền", "Năm 2025", "năm 2027", "năm 2026",
 "1 trong 40", "Lượt xem: 1.458"]))
