from lib import *
PAGES = []

PAGES.append(page("b2177-tayninh-ldld-giamsat-hotro-covid-2021", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH
Trang chủ » Tin tức - Sự kiện » Hoạt động công đoàn
Thứ Ba, 14/9/2021 | 10:40
Ảnh: Đoàn giám sát làm việc với Công ty TNHH Giày da Hòa Thành.
Giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19
Ngày 13/9, đoàn giám sát của Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh do bà Trần Thị Kim Thoa, Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã giám sát việc thực hiện các chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19 theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ tại thị xã Trảng Bàng và xã Phước Đông.
Thành viên đoàn gồm các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Nguyễn Văn Lớn, Lê Thị Hồng Vân; ông Trương Minh Kha, Phó Giám đốc Sở Lao động - Thương binh và Xã hội; bà Đặng Thị Bích Thủy, Trưởng phòng Quản lý thu Bảo hiểm xã hội tỉnh.
Theo báo cáo, đến ngày 10/9/2021, toàn tỉnh đã giảm mức đóng bảo hiểm tai nạn lao động, bệnh nghề nghiệp cho 1.846 đơn vị với 182.340 lao động, số tiền 12,6 tỷ đồng; hỗ trợ 2.913 lao động tạm hoãn hợp đồng lao động, nghỉ việc không hưởng lương với số tiền 9,7 tỷ đồng; chi hỗ trợ 1.120 lao động không có giao kết hợp đồng lao động (lao động tự do) 1,5 triệu đồng/người theo Nghị quyết số 11/2021/NQ-HĐND của HĐND tỉnh.
Công đoàn các cấp đã trao 14.560 suất quà cho đoàn viên, người lao động bị ảnh hưởng, mỗi suất trị giá 500.000 đồng, tổng giá trị trên 7,2 tỷ đồng; hỗ trợ 36 doanh nghiệp thực hiện phương án "3 tại chỗ" cho hơn 21.000 công nhân.
Tại Công ty TNHH Giày da Hòa Thành, bà Trần Thị Mỹ Dung, Chủ tịch Công đoàn công ty, cho biết công ty có 4.200 lao động, trong đó 860 người phải tạm hoãn hợp đồng khi thực hiện giãn cách; công đoàn đã lập hồ sơ đề nghị hỗ trợ cho 815 người, còn 45 người chưa đủ điều kiện do chưa đóng đủ bảo hiểm. Anh Kim Sóc Phol, công nhân tổ may, phản ánh đã nộp hồ sơ hơn 1 tháng nhưng chưa nhận được tiền.
Kết luận đợt giám sát, bà Trần Thị Kim Thoa đề nghị Bảo hiểm xã hội tỉnh, Sở Lao động - Thương binh và Xã hội rút gọn thủ tục, giải quyết dứt điểm hồ sơ tồn đọng trước ngày 30/9; các công đoàn cơ sở tiếp tục nắm tình hình đời sống công nhân, kịp thời đề xuất hỗ trợ. Đoàn đã thống nhất 7 kiến nghị gửi UBND tỉnh và các sở, ngành. Đợt giám sát thực hiện theo Công văn số 1876/TLĐ ngày 20/7/2021 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam và Kế hoạch 42/KH-LĐLĐ của LĐLĐ tỉnh.
Minh Tâm
Tin liên quan
- Trao 3.000 túi an sinh cho công nhân ở khu cách ly (09/09/2021)
- Công đoàn Khu kinh tế tỉnh hỗ trợ 600 công nhân mắc Covid-19 (01/09/2021)
- Tây Ninh: 250 doanh nghiệp đăng ký phương án sản xuất an toàn (25/08/2021)
""", "2021-09-14", "Giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19",
E("giam_sat", None, "2021-09-13"),
[P("Trần Thị Kim Thoa", "Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Lớn", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trương Minh Kha", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Đặng Thị Bích Thủy", "Trưởng phòng Quản lý thu Bảo hiểm xã hội tỉnh"),
 P("Trần Thị Mỹ Dung", "Chủ tịch Công đoàn công ty"),
 P("Kim Sóc Phol", "công nhân tổ may")],
[Q("1.846 đơn vị", 1846, "đơn vị"), Q("182.340 lao động", 182340, "lao động"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("2.913 lao động", 2913, "lao động"), Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("1.120 lao động", 1120, "lao động"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("14.560 suất quà", 14560, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("36 doanh nghiệp", 36, "doanh nghiệp"),
 Q("hơn 21.000 công nhân", 21000, "công nhân", "over"), Q("4.200 lao động", 4200, "lao động"), Q("860 người", 860, "người"),
 Q("815 người", 815, "người"), Q("45 người", 45, "người"), Q("7 kiến nghị", 7, "kiến nghị")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "11", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 11/2021/NQ-HĐND của HĐND tỉnh"),
 D("Công văn", "1876", "TLĐ", "2021-07-20", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Công văn số 1876/TLĐ ngày 20/7/2021 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 D("Kế hoạch", "42", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch 42/KH-LĐLĐ của LĐLĐ tỉnh")],
[prov("Tây Ninh"), com("Phước Đông")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "Trang chủ » Tin tức - Sự kiện » Hoạt động công đoàn",
 "Ảnh: Đoàn giám sát làm việc với Công ty TNHH Giày da Hòa Thành.", "3 tại chỗ", "Công ty TNHH Giày da Hòa Thành"],
["Thứ Ba, 14/9/2021 | 10:40", "Covid-19", "3 tại chỗ", "1 tháng", "10/9/2021", "30/9"]))

PAGES.append(page("b2178-lamdong-mttq-giaoban-thang9-2022", """
Báo Lâm Đồng điện tử
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Hôm nay: Thứ Sáu, 07/10/2022
Ngày đăng 05/10/2022 | 16:20
Đồng chí K'Brơn chủ trì buổi giao ban.
Mặt trận tỉnh giao ban công tác tháng 9: tập trung giám sát việc thực hiện các chương trình mục tiêu quốc gia
Chiều 4/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức giao ban công tác Mặt trận tháng 9/2022. Đồng chí K'Brơn, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì buổi giao ban. Bà Phạm Thị Hồng Nhiên, Phó Chủ tịch Ủy ban MTTQ tỉnh, trình bày báo cáo.
Trong tháng 9, Ban Thường trực Ủy ban MTTQ tỉnh đã chủ trì 2 cuộc giám sát: giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ tại huyện Lạc Dương, Đam Rông; giám sát việc giải quyết đơn thư liên quan đến đất đai tại thành phố Bảo Lộc. Mặt trận cấp huyện chủ trì 11 cuộc, cấp xã 54 cuộc giám sát.
Qua giám sát tại huyện Đam Rông, đoàn ghi nhận đến hết tháng 8/2022 mới giải ngân được 18,4% vốn đầu tư của chương trình; 126 hộ thiếu đất sản xuất chưa được hỗ trợ; công trình nước sinh hoạt tập trung ở xã Đạ Tông đã xuống cấp. Đoàn đề xuất 6 kiến nghị với UBND huyện và 2 kiến nghị với Ban Dân tộc tỉnh.
Các tổ chức thành viên báo cáo: Hội Cựu chiến binh tỉnh giám sát việc thực hiện chính sách đối với 214 cựu chiến binh là người dân tộc thiểu số; Tỉnh đoàn phản biện dự thảo Đề án hỗ trợ thanh niên khởi nghiệp giai đoạn 2022-2025; Hội LHPN tỉnh phối hợp giám sát 9 cơ sở giáo dục mầm non tư thục.
Bà Ka Hồng Sương, Chủ tịch Ủy ban MTTQ huyện Lạc Dương, đề nghị tỉnh sớm hướng dẫn cơ chế lồng ghép vốn giữa các chương trình. Ông Điểu Thanh Tùng, Chủ tịch Ủy ban MTTQ huyện Cát Tiên, cho biết huyện đã phối hợp tổ chức 3 buổi đối thoại với người dân về bồi thường dự án hồ chứa nước.
Phát biểu kết luận, đồng chí K'Brơn đề nghị tháng 10/2022, các bộ phận tập trung hoàn thành báo cáo giám sát việc thực hiện Quyết định 1719/QĐ-TTg; tổ chức hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh về mức hỗ trợ người có uy tín; phối hợp triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 2.143 khu dân cư.
Ka Hiền
Tin khác
- Đức Trọng: giám sát việc thu hồi đất làm đường cao tốc (30/09/2022)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo đồng bào K'Ho (23/09/2022)
- Di Linh: tập huấn cho 120 cán bộ Mặt trận cơ sở (16/09/2022)
""", "2022-10-05", "Mặt trận tỉnh giao ban công tác tháng 9: tập trung giám sát việc thực hiện các chương trình mục tiêu quốc gia",
E("giao_ban", "2022-09", "2022-10-04"),
[P("K'Brơn", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Hồng Nhiên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ka Hồng Sương", "Chủ tịch Ủy ban MTTQ huyện Lạc Dương"),
 P("Điểu Thanh Tùng", "Chủ tịch Ủy ban MTTQ huyện Cát Tiên")],
[Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("11 cuộc", 11, "cuộc"), Q("54 cuộc giám sát", 54, "cuộc giám sát"), Q("18,4%", 18.4, "%"),
 Q("126 hộ", 126, "hộ"), Q("6 kiến nghị", 6, "kiến nghị"), Q("2 kiến nghị", 2, "kiến nghị"), Q("214 cựu chiến binh", 214, "cựu chiến binh"),
 Q("9 cơ sở giáo dục mầm non tư thục", 9, "cơ sở giáo dục mầm non tư thục"), Q("3 buổi đối thoại", 3, "buổi đối thoại"),
 Q("2.143 khu dân cư", 2143, "khu dân cư")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Lâm Đồng"), com("Đạ Tông")],
["Báo Lâm Đồng điện tử", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Hôm nay: Thứ Sáu, 07/10/2022",
 "Đồng chí K'Brơn chủ trì buổi giao ban.", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Sáu, 07/10/2022", "Ngày đăng 05/10/2022 | 16:20", "tháng 9/2022", "tháng 8/2022", "giai đoạn 2022-2025", "tháng 10/2022"]))

PAGES.append(page("b2179-camau-hlhpn-phanbien-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Bạn đang ở: Trang chủ / Hoạt động Hội / Giám sát - Phản biện xã hội
12/08/2022 - 10:05
Góp ý, phản biện dự thảo kế hoạch hỗ trợ phụ nữ khởi nghiệp
Sáng 11/8/2022, Ban Thường vụ Hội LHPN tỉnh Cà Mau tổ chức hội nghị phản biện xã hội đối với dự thảo Kế hoạch của UBND tỉnh thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp" giai đoạn 2022-2025. Đây là hội nghị phản biện đầu tiên của Hội LHPN tỉnh trong năm 2022, được tổ chức theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn số 06/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.
Chủ trì hội nghị có bà Lâm Thị Ngọc Ánh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Danh Thị Kim Lan, Phó Chủ tịch Hội LHPN tỉnh. Tham dự có ông Lý Văn Hoàng, Phó Giám đốc Sở Kế hoạch và Đầu tư (cơ quan soạn thảo); đại diện Ngân hàng Chính sách xã hội tỉnh, Liên minh Hợp tác xã tỉnh cùng 52 đại biểu là chuyên gia, chủ doanh nghiệp nữ, hội viên tiêu biểu.
Dự thảo được xây dựng trên cơ sở Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ. Theo dự thảo, giai đoạn 2022-2025 tỉnh phấn đấu hỗ trợ 1.200 phụ nữ khởi nghiệp, thành lập mới 40 hợp tác xã, 120 tổ hợp tác do phụ nữ làm chủ; tổng kinh phí dự kiến 24,5 tỷ đồng, trong đó ngân sách tỉnh 9,8 tỷ đồng.
Hội nghị nhận được 19 ý kiến phản biện. Bà Thị Kim Hoa, Chủ tịch Hội LHPN huyện Trần Văn Thời, đề nghị bổ sung chỉ tiêu hỗ trợ phụ nữ dân tộc Khmer, phụ nữ vùng bãi ngang ven biển. Ông Trần Quốc Bảo, Phó Chủ tịch Hội Luật gia tỉnh, cho rằng dự thảo cần quy định rõ tiêu chí xét chọn dự án, tránh trùng lặp với Chương trình khuyến công của tỉnh. Chị Lê Thị Bé Thơ, chủ cơ sở sản xuất mắm ba khía, xã Tân Hưng Đông (huyện Cái Nước), kiến nghị nâng mức vay ưu đãi từ 50 triệu đồng lên 100 triệu đồng.
Nhiều ý kiến cho rằng dự thảo chưa có cơ chế theo dõi, đánh giá sau hỗ trợ, chưa gắn với chuyển đổi số và thương mại điện tử; cần giao Hội LHPN các cấp làm đầu mối giám sát việc thực hiện.
Phát biểu kết luận, bà Lâm Thị Ngọc Ánh tiếp thu các ý kiến, cho biết Ban Thường vụ sẽ hoàn chỉnh văn bản phản biện với 5 nhóm nội dung gửi UBND tỉnh trước ngày 25/8. Bà cũng đề nghị các cấp Hội tiếp tục giám sát việc thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy về phát triển kinh tế tập thể và Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.
Thúy Hằng
Tin liên quan
- Trao 30 sinh kế cho phụ nữ nghèo huyện Ngọc Hiển (05/08/2022)
- Hội LHPN tỉnh giám sát việc thực hiện Luật Bình đẳng giới (28/07/2022)
- Ra mắt 12 tổ phụ nữ tiết kiệm vay vốn (21/07/2022)
""", "2022-08-12", "Góp ý, phản biện dự thảo kế hoạch hỗ trợ phụ nữ khởi nghiệp",
E("hoi_nghi", "2022", "2022-08-11"),
[P("Lâm Thị Ngọc Ánh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Kim Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Văn Hoàng", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Thị Kim Hoa", "Chủ tịch Hội LHPN huyện Trần Văn Thời"),
 P("Trần Quốc Bảo", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Lê Thị Bé Thơ", "chủ cơ sở sản xuất mắm ba khía")],
[Q("52 đại biểu", 52, "đại biểu"), Q("1.200 phụ nữ", 1200, "phụ nữ"), Q("40 hợp tác xã", 40, "hợp tác xã"),
 Q("120 tổ hợp tác", 120, "tổ hợp tác"), Q("24,5 tỷ đồng", 24500000000, "đồng"), Q("9,8 tỷ đồng", 9800000000, "đồng"),
 Q("19 ý kiến phản biện", 19, "ý kiến phản biện"), Q("50 triệu đồng", 50000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("5 nhóm nội dung", 5, "nhóm nội dung")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "06", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 06/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "05", "NQ/TU", "2021-03-10", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW của Ban Bí thư")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Bạn đang ở: Trang chủ / Hoạt động Hội / Giám sát - Phản biện xã hội",
 "Hỗ trợ phụ nữ khởi nghiệp", "Trần Văn Thời", "Chương trình khuyến công", "Ngân hàng Chính sách xã hội tỉnh"],
["12/08/2022 - 10:05", "giai đoạn 2022-2025", "năm 2022", "25/8"]))

PAGES.append(page("b2180-thanhhoa-mttq-tongket-giamsat-2023", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự / Chính trị / Mặt trận
Thứ Sáu, 22/12/2023
Toàn cảnh hội nghị.
2.736 kiến nghị sau giám sát được tiếp thu, giải quyết
(BTH) - Ngày 21/12, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Phạm Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Tham dự có đồng chí Lê Văn Phúc, Phó Chủ tịch HĐND tỉnh; đồng chí Cầm Bá Tiến, Phó Chủ tịch UBND tỉnh.
Năm 2023, Mặt trận các cấp đã chủ trì 2.154 cuộc giám sát (tăng 12,3% so với năm 2022), trong đó cấp tỉnh 9 cuộc, cấp huyện 143 cuộc, cấp xã 2.002 cuộc. Qua giám sát đã đưa ra 3.318 kiến nghị; đến nay 2.736 kiến nghị được tiếp thu, giải quyết, đạt 82,5%. Mặt trận tỉnh tổ chức 4 hội nghị phản biện; cấp huyện, xã tổ chức 392 cuộc phản biện với 3.875 ý kiến.
Đặc biệt, Quyết định số 217-QĐ/TW đã được thay thế bằng Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về giám sát, phản biện xã hội của MTTQ Việt Nam và các tổ chức chính trị - xã hội. Ban Thường trực Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 198-KH/TU ngày 20/11/2023 thực hiện quy định này. Ban Thanh tra nhân dân ở 559 xã, phường, thị trấn đã giám sát 4.120 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 2.866 công trình, kiến nghị thu hồi 3,76 tỷ đồng.
Tại hội nghị, các đại biểu chia sẻ kinh nghiệm. Ông Hà Văn Thưởng, Phó Chủ tịch Ủy ban MTTQ huyện Quan Sơn, cho biết huyện giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ở 12 xã, phát hiện 7 công trình chậm tiến độ. Bà Lò Thị Dung, Chủ tịch Ủy ban MTTQ xã Sơn Thủy, nêu cách làm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" trong xây dựng đường giao thông.
Phát biểu kết luận, đồng chí Phạm Thị Hải Yến yêu cầu năm 2024 Mặt trận các cấp thực hiện nghiêm Quy định 124-QĐ/TW; tập trung giám sát việc thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa, việc giải quyết đơn thư, khiếu nại tồn đọng; nâng cao chất lượng theo dõi kiến nghị sau giám sát.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác giám sát, phản biện xã hội giai đoạn 2019-2023.
Minh Hiếu
Tin liên quan
- Như Xuân: giám sát việc chi trả chính sách cho 1.500 hộ (15/12/2023)
- Phản biện dự thảo quy định mức thu học phí năm học 2023-2024 (01/12/2023)
- Mường Lát: 16 mô hình "Dân vận khéo" được nhân rộng (24/11/2023)
""", "2023-12-22", "2.736 kiến nghị sau giám sát được tiếp thu, giải quyết",
E("tong_ket", "2023", "2023-12-21"),
[P("Phạm Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Phúc", "Phó Chủ tịch HĐND tỉnh"),
 P("Cầm Bá Tiến", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Thưởng", "Phó Chủ tịch Ủy ban MTTQ huyện Quan Sơn"),
 P("Lò Thị Dung", "Chủ tịch Ủy ban MTTQ xã Sơn Thủy")],
[Q("2.154 cuộc giám sát", 2154, "cuộc giám sát"), Q("12,3%", 12.3, "%"), Q("9 cuộc", 9, "cuộc"), Q("143 cuộc", 143, "cuộc"),
 Q("2.002 cuộc", 2002, "cuộc"), Q("3.318 kiến nghị", 3318, "kiến nghị"), Q("2.736 kiến nghị", 2736, "kiến nghị"), Q("82,5%", 82.5, "%"),
 Q("4 hội nghị phản biện", 4, "hội nghị phản biện"), Q("392 cuộc phản biện", 392, "cuộc phản biện"), Q("3.875 ý kiến", 3875, "ý kiến"),
 Q("559 xã, phường, thị trấn", 559, "xã, phường, thị trấn"), Q("4.120 vụ việc", 4120, "vụ việc"), Q("2.866 công trình", 2866, "công trình"),
 Q("3,76 tỷ đồng", 3760000000, "đồng"), Q("12 xã", 12, "xã"), Q("7 công trình", 7, "công trình"), Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Bộ Chính trị", "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị"),
 D("Kế hoạch", "198", "KH/TU", "2023-11-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 198-KH/TU ngày 20/11/2023"),
 D("Nghị quyết", "58", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 58-NQ/TW của Bộ Chính trị")],
[prov("Thanh Hóa"), com("Sơn Thủy")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự / Chính trị / Mặt trận", "Toàn cảnh hội nghị.",
 "(BTH)", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Thứ Sáu, 22/12/2023", "năm 2023", "năm 2024", "năm 2022", "giai đoạn 2019-2023"]))

PAGES.append(page("b2181-binhduong-ldld-giamsat-buaanca-2023", """
CÔNG ĐOÀN BÌNH DƯƠNG
Trang chủ › Tin tức › Chăm lo đời sống
16 tháng 6, 2023 | 14:30
Giám sát chất lượng bữa ăn ca tại 8 doanh nghiệp
Từ ngày 13 đến 15/6/2023, Đoàn giám sát của Liên đoàn Lao động tỉnh Bình Dương do ông Nguyễn Thanh Hùng, Phó Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã giám sát việc thực hiện bữa ăn giữa ca và an toàn vệ sinh thực phẩm tại 8 doanh nghiệp ở phường Bình Hòa (thành phố Thuận An), phường Tân Đông Hiệp (thành phố Dĩ An) và phường Mỹ Phước (thị xã Bến Cát). Đây là nội dung trong chương trình giám sát năm 2023 của Ban Thường vụ LĐLĐ tỉnh.
Tham gia đoàn có bà Thái Thị Hồng Nhung, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh; ông Đỗ Văn Thành, Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh; đại diện Sở Lao động - Thương binh và Xã hội và Công đoàn các khu công nghiệp.
Qua giám sát, 8 doanh nghiệp với tổng số 46.300 lao động đều tổ chức bữa ăn ca; mức chi bình quân 21.500 đồng/suất, doanh nghiệp cao nhất 30.000 đồng/suất, thấp nhất 16.000 đồng/suất. Có 5 doanh nghiệp đã điều chỉnh tăng giá trị bữa ăn từ đầu năm 2023 theo kiến nghị của công đoàn; 3 doanh nghiệp chưa điều chỉnh do đơn hàng giảm.
Đoàn kiểm tra thực tế 11 bếp ăn tập thể, phát hiện 2 bếp ăn chưa lưu mẫu thức ăn đủ 24 giờ, nhân viên nhà bếp chưa được khám sức khỏe định kỳ. Nhìn chung, khẩu phần ăn bảo đảm định lượng, có món mặn, rau và canh; nhiều nơi có thêm trái cây, sữa. Nhiều doanh nghiệp đã công khai thực đơn hằng tuần, lấy ý kiến công nhân về chất lượng bữa ăn qua hộp thư góp ý.
Tại buổi làm việc, anh Rơ Châm Y Đin, công nhân Công ty TNHH Điện tử Việt Hưng, phản ánh suất ăn ca đêm còn ít rau xanh. Chị Lò Thị Sương, Chủ tịch Công đoàn cơ sở Công ty CP Gỗ Tân Uyên, cho biết công đoàn tổ chức "Bữa cơm Công đoàn" mỗi quý với 2.000 suất ăn nâng chất lượng.
Kết luận đợt giám sát, ông Nguyễn Thanh Hùng đề nghị các doanh nghiệp thực hiện đúng Nghị định số 145/2020/NĐ-CP của Chính phủ, Luật An toàn thực phẩm số 55/2010/QH12; đề nghị 3 doanh nghiệp chưa điều chỉnh nâng giá trị bữa ăn lên 20.000 đồng/suất từ quý III/2023. Đoàn đã đưa ra 14 kiến nghị, trong đó 10 kiến nghị với doanh nghiệp và 4 kiến nghị với cơ quan quản lý.
Hoạt động giám sát được thực hiện theo Hướng dẫn số 03/HD-TLĐ ngày 20/3/2023 của Tổng Liên đoàn Lao động Việt Nam và Chương trình phối hợp số 07/CTr-LĐLĐ-SYT giữa LĐLĐ tỉnh với Sở Y tế.
Thanh Thảo
Tin cùng chuyên mục
- Trao 500 vé xe cho công nhân về quê đón Tết (09/06/2023)
- Đối thoại với 300 công nhân Khu công nghiệp VSIP (02/06/2023)
- Bàn giao 10 Mái ấm Công đoàn (26/05/2023)
""", "2023-06-16", "Giám sát chất lượng bữa ăn ca tại 8 doanh nghiệp",
E("giam_sat", "2023", "2023-06-13"),
[P("Nguyễn Thanh Hùng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thái Thị Hồng Nhung", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Đỗ Văn Thành", "Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh"),
 P("Rơ Châm Y Đin", "công nhân Công ty TNHH Điện tử Việt Hưng"),
 P("Lò Thị Sương", "Chủ tịch Công đoàn cơ sở Công ty CP Gỗ Tân Uyên")],
[Q("8 doanh nghiệp", 8, "doanh nghiệp"), Q("46.300 lao động", 46300, "lao động"), Q("21.500 đồng", 21500, "đồng"),
 Q("30.000 đồng", 30000, "đồng"), Q("16.000 đồng", 16000, "đồng"), Q("5 doanh nghiệp", 5, "doanh nghiệp"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("11 bếp ăn tập thể", 11, "bếp ăn tập thể"), Q("2 bếp ăn", 2, "bếp ăn"),
 Q("2.000 suất ăn", 2000, "suất ăn"), Q("20.000 đồng", 20000, "đồng"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("10 kiến nghị", 10, "kiến nghị"), Q("4 kiến nghị", 4, "kiến nghị")],
[D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP của Chính phủ"),
 D("Luật", "55", "2010/QH12", None, None, "Luật An toàn thực phẩm số 55/2010/QH12"),
 D("Hướng dẫn", "03", "HD-TLĐ", "2023-03-20", "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 03/HD-TLĐ ngày 20/3/2023 của Tổng Liên đoàn Lao động Việt Nam"),
 D("Chương trình phối hợp", "07", "CTr-LĐLĐ-SYT", None, None, "Chương trình phối hợp số 07/CTr-LĐLĐ-SYT")],
[prov("Bình Dương"), com("Bình Hòa"), com("Tân Đông Hiệp"), com("Mỹ Phước")],
["CÔNG ĐOÀN BÌNH DƯƠNG", "Trang chủ › Tin tức › Chăm lo đời sống", "Bữa cơm Công đoàn"],
["16 tháng 6, 2023 | 14:30", "năm 2023", "24 giờ", "quý III/2023"]))

PAGES.append(page("b2182-dienbien-mttq-soket-2024", """
Báo Điện Biên Phủ điện tử
Chính trị › Mặt trận - Đoàn thể
08:15 | 12/07/2024
Ảnh: Đồng chí Lò Văn Pọm phát biểu kết luận hội nghị.
Mặt trận tỉnh triển khai nhiệm vụ 6 tháng cuối năm
ĐBP - Ngày 11/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024. Đồng chí Lò Văn Pọm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh, trình bày báo cáo.
6 tháng đầu năm, Mặt trận các cấp chủ trì 318 cuộc giám sát, đưa ra 542 kiến nghị; đến nay đã có 397 kiến nghị được giải quyết. Ban Thường trực Ủy ban MTTQ tỉnh chủ trì 2 cuộc giám sát chuyên đề: việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ và việc giải quyết đơn thư của công dân tại huyện Mường Nhé, Nậm Pồ.
Mặt trận các cấp đã phối hợp vận động xây dựng 1.284 nhà Đại đoàn kết cho hộ nghèo, với tổng kinh phí 51,4 tỷ đồng; tổ chức 46 hội nghị phản biện xã hội. Ủy ban MTTQ tỉnh đã phối hợp tổ chức 12 hội nghị tiếp xúc cử tri với đại biểu Quốc hội, đại biểu HĐND tỉnh trước kỳ họp thứ 17 HĐND tỉnh khóa XV, tổng hợp 286 ý kiến, kiến nghị của cử tri.
Báo cáo cũng chỉ ra một số hạn chế: việc theo dõi, đôn đốc thực hiện kiến nghị sau giám sát ở cơ sở chưa thường xuyên; một số Ban Thanh tra nhân dân hoạt động còn hình thức, lúng túng trong lựa chọn nội dung giám sát; công tác phản biện xã hội ở cấp xã còn ít, chất lượng chưa cao.
Tại hội nghị, các đại biểu tập trung thảo luận. Bà Thào Thị Dế, Chủ tịch Ủy ban MTTQ huyện Tủa Chùa, cho biết huyện có 87 hộ người Mông đã tự nguyện hiến 5,2 ha đất làm đường. Ông Giàng A Sử, Bí thư Chi bộ, Trưởng bản Huổi Lụ 2, xã Nậm Nèn, phản ánh một số hộ chưa nhận được vốn hỗ trợ làm nhà. Ông Lò Văn Phương, Trưởng ban Thanh tra nhân dân phường Noong Bua, đề nghị hỗ trợ kinh phí hoạt động cho Ban từ 2 triệu đồng lên 5 triệu đồng/năm.
Phát biểu kết luận, đồng chí Lò Văn Pọm đề nghị 6 tháng cuối năm 2024 Mặt trận các cấp thực hiện tốt Quy định số 124-QĐ/TW của Bộ Chính trị; Kết luận số 67, 68-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở vùng đồng bào Mông và về phòng, chống tái trồng cây thuốc phiện; thực hiện hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát sau kiến nghị; chuẩn bị tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV, nhiệm kỳ 2024-2029.
Quang Hưng
Tin liên quan
- Mường Ảng: trao 60 nhà Đại đoàn kết (05/07/2024)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ người có uy tín (28/06/2024)
- Nậm Pồ: giám sát việc cấp 1.000 thẻ bảo hiểm y tế (20/06/2024)
""", "2024-07-12", "Mặt trận tỉnh triển khai nhiệm vụ 6 tháng cuối năm",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Lò Văn Pọm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thào Thị Dế", "Chủ tịch Ủy ban MTTQ huyện Tủa Chùa"),
 P("Giàng A Sử", "Bí thư Chi bộ", "Trưởng bản Huổi Lụ 2"),
 P("Lò Văn Phương", "Trưởng ban Thanh tra nhân dân phường Noong Bua")],
[Q("318 cuộc giám sát", 318, "cuộc giám sát"), Q("542 kiến nghị", 542, "kiến nghị"), Q("397 kiến nghị", 397, "kiến nghị"),
 Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"), Q("1.284 nhà Đại đoàn kết", 1284, "nhà Đại đoàn kết"),
 Q("51,4 tỷ đồng", 51400000000, "đồng"), Q("46 hội nghị phản biện xã hội", 46, "hội nghị phản biện xã hội"),
 Q("12 hội nghị tiếp xúc cử tri", 12, "hội nghị tiếp xúc cử tri"), Q("286 ý kiến, kiến nghị", 286, "ý kiến, kiến nghị"),
 Q("87 hộ người Mông", 87, "hộ người Mông"), Q("5,2 ha", 5.2, "ha"), Q("2 triệu đồng", 2000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 124-QĐ/TW của Bộ Chính trị"),
 D("Kết luận", "67", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 67, 68-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "68", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 67, 68-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Điện Biên"), com("Nậm Nèn"), com("Noong Bua")],
["Báo Điện Biên Phủ điện tử", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Đồng chí Lò Văn Pọm phát biểu kết luận hội nghị.", "ĐBP"],
["08:15 | 12/07/2024", "6 tháng cuối năm", "6 tháng đầu năm 2024", "thứ 17", "khóa XV", "6 tháng cuối năm 2024", "lần thứ XV",
 "nhiệm kỳ 2024-2029"]))
