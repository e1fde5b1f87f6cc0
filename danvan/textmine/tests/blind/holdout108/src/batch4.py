from lib import *
PAGES = []

PAGES.append(page("b2567-tuyenquang-btgdv-giamsat-du-an8-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Dân vận
Thứ Năm, 16/10/2025, 08:05
Đoàn giám sát làm việc tại xã Mèo Vạc.
Giám sát thực hiện Dự án 8 tại các xã vùng cao núi đá
Từ ngày 13 đến 15/10/2025, Đoàn giám sát của Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang do đồng chí Ma Thị Lụa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" tại các xã Mèo Vạc, Sơn Vĩ, Khâu Vai, theo chương trình giám sát năm 2025.
Cùng đi có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hầu Thị Mai, Nguyễn Văn Thái và đại diện Hội LHPN tỉnh.
Báo cáo của các xã cho thấy, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 156/KH-UBND ngày 30/7/2025 của UBND tỉnh, đến nay 3 xã đã thành lập 42 tổ truyền thông cộng đồng, 15 địa chỉ tin cậy ở cộng đồng và 9 câu lạc bộ "Thủ lĩnh của sự thay đổi"; tổ chức 118 cuộc truyền thông về phòng, chống tảo hôn, hôn nhân cận huyết cho trên 7.200 lượt người. Tổng kinh phí đã giải ngân 2,35 tỷ đồng, đạt 71,6% kế hoạch vốn năm.
Tại buổi làm việc, đồng chí Sùng Mí Vả, Bí thư Đảng ủy xã Mèo Vạc cho biết, 9 tháng năm 2025 xã còn 17 cặp tảo hôn, giảm 12 cặp so với cùng kỳ; xã đã xử lý nghiêm 2 trường hợp đảng viên để con tảo hôn. Chị Lầu Thị Dính, Chủ tịch Hội LHPN xã Sơn Vĩ, đề nghị tăng thù lao cho thành viên tổ truyền thông, hiện mỗi người chỉ được hỗ trợ 200.000 đồng/tháng. Anh Vàng Văn Sính, Bí thư Đoàn xã Khâu Vai, kiến nghị có thêm kinh phí để tổ chức các hoạt động cho thanh niên trong dịp chợ phiên.
Qua giám sát, đoàn đánh giá sau khi thực hiện mô hình chính quyền địa phương hai cấp, các xã đã sớm kiện toàn bộ phận phụ trách Dự án 8, phân công cán bộ theo dõi từng thôn. Tuy nhiên, việc giải ngân vốn còn chậm; một số thôn xa trung tâm chưa có tổ truyền thông; tài liệu tuyên truyền bằng tiếng Mông chưa đủ.
Kết luận đợt giám sát, đồng chí Ma Thị Lụa đề nghị Đảng ủy các xã tiếp tục quán triệt Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới và về phòng, chống tảo hôn; phát huy vai trò của người có uy tín, trưởng dòng họ; bảo đảm giải ngân hết vốn Dự án 8 trước ngày 31/12/2025.
Đoàn cũng lưu ý các xã quan tâm hơn nữa đến việc lồng ghép tuyên truyền trong các buổi sinh hoạt thôn, sinh hoạt chi hội, chi đoàn; chú trọng những gia đình có con gái đang học trung học cơ sở để kịp thời vận động các em tiếp tục đến trường.
Lan Anh
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Đồng Văn (08/10/2025)
- Hội nghị người có uy tín vùng cao núi đá năm 2025 (25/09/2025)
- Xã Yên Minh ra mắt mô hình "Dòng họ nói không với tảo hôn" (12/09/2025)
- Tập huấn kỹ năng dân vận cho cán bộ cơ sở sau sắp xếp (28/08/2025)
""", "2025-10-16", "Giám sát thực hiện Dự án 8 tại các xã vùng cao núi đá",
E("giam_sat", "2025", "2025-10-13"),
[P("Ma Thị Lụa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vả", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Lầu Thị Dính", "Chủ tịch Hội LHPN xã Sơn Vĩ"),
 P("Vàng Văn Sính", "Bí thư Đoàn xã Khâu Vai")],
[Q("3 xã", 3, "xã"), Q("42 tổ truyền thông cộng đồng", 42, "tổ truyền thông cộng đồng"),
 Q("15 địa chỉ tin cậy", 15, "địa chỉ tin cậy"), Q("9 câu lạc bộ", 9, "câu lạc bộ"),
 Q("118 cuộc truyền thông", 118, "cuộc truyền thông"), Q("trên 7.200 lượt người", 7200, "lượt người", "over"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("71,6%", 71.6, "%"), Q("17 cặp tảo hôn", 17, "cặp tảo hôn"),
 Q("12 cặp", 12, "cặp"), Q("2 trường hợp", 2, "trường hợp"), Q("200.000 đồng", 200000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "156", "KH-UBND", "2025-07-30", "UBND tỉnh", "Kế hoạch số 156/KH-UBND ngày 30/7/2025"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Khâu Vai")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Dân vận", "Đoàn giám sát làm việc tại xã Mèo Vạc.",
 "Dự án 8", "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
 "Thủ lĩnh của sự thay đổi"],
["Thứ Năm, 16/10/2025, 08:05", "Dự án 8", "năm 2025", "9 tháng năm 2025", "hai cấp"]))

PAGES.append(page("b2568-lamdong-hlhpn-daihoi-quangtruc-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG
Trang chủ › Tin tức › Đại hội Phụ nữ cấp cơ sở
Thứ Bảy, 28/02/2026
Ban Chấp hành Hội LHPN xã Quảng Trực khóa I ra mắt đại hội. Ảnh: H'Bla
Đại hội đại biểu Phụ nữ xã Quảng Trực lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 26/02/2026, Hội LHPN xã Quảng Trực, tỉnh Lâm Đồng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031, đại hội điểm của tỉnh ở khu vực biên giới. Dự đại hội có bà Ka Thị Hiền, Phó Chủ tịch Hội LHPN tỉnh; ông Điểu K'Rưm, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Trực; ông Phạm Văn Luận, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. 112 đại biểu thay mặt cho 2.075 hội viên của 21 chi hội đã về dự.
Xã Quảng Trực được thành lập trên cơ sở sắp xếp các xã cũ của huyện Tuy Đức, có đông đồng bào Mnông, Mông, Tày, Nùng sinh sống. Nhiệm kỳ qua, các chi hội đã vận động hội viên tham gia 34 tổ tiết kiệm, góp vốn trên 1,8 tỷ đồng; giúp 216 hội viên vay vốn phát triển sản xuất; hỗ trợ 11 căn nhà "Mái ấm tình thương" cho phụ nữ nghèo, mỗi căn trị giá 60 triệu đồng. Hội đã phát triển 245 hội viên mới, tỷ lệ tập hợp đạt 91,3%.
Công tác phòng, chống tảo hôn được các chi hội chú trọng với 48 buổi truyền thông tại các bon; vận động hoãn 14 đám cưới khi cô dâu chưa đủ tuổi. Chị Thị Nhiên, Chi hội trưởng Phụ nữ bon Bu Prăng, cho biết chi hội đã lập "Tổ phụ nữ nói không với tảo hôn" gồm các bà mẹ người Mnông tự nguyện đi vận động.
Phát biểu chỉ đạo, bà Ka Thị Hiền đề nghị nhiệm kỳ tới, Hội LHPN xã bám sát Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Lâm Đồng lần thứ I, thực hiện Hướng dẫn số 05-HD/ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh về đại hội phụ nữ cấp cơ sở và Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; tập trung hỗ trợ phụ nữ dân tộc thiểu số khởi nghiệp từ cà phê, hồ tiêu, mắc ca.
Đại hội đã bầu 17 đồng chí vào Ban Chấp hành khóa I. Chị H'Lim Êban được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Quảng Trực; các chị Thị Thoan, Lục Thị Hoa được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 5 đại biểu chính thức dự Đại hội đại biểu Phụ nữ tỉnh.
Đại hội thông qua 6 chỉ tiêu, trong đó phấn đấu mỗi năm giúp 40 hộ phụ nữ nghèo, cận nghèo có sinh kế bền vững; 100% chi hội có mô hình "Chi hội phụ nữ 5 không, 3 sạch".
Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết vào báo cáo chính trị; nhiều chị em người Mnông, Mông lần đầu phát biểu tại đại hội, mong muốn được học nghề, được vay vốn để phát triển vườn cà phê, chăn nuôi.
Hà Phương
Tin khác
- Đại hội điểm Phụ nữ xã Đắk Mil thành công tốt đẹp (20/02/2026)
- Hội LHPN tỉnh tập huấn công tác đại hội cho cán bộ cơ sở (05/02/2026)
- Trao 50 suất quà Tết cho phụ nữ nghèo vùng biên giới (25/01/2026)
- Phụ nữ Chu Ru giữ nghề gốm truyền thống (10/01/2026)
""", "2026-02-28", "Đại hội đại biểu Phụ nữ xã Quảng Trực lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-02-26"),
[P("Ka Thị Hiền", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Điểu K'Rưm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Trực"),
 P("Phạm Văn Luận", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Nhiên", "Chi hội trưởng Phụ nữ bon Bu Prăng"),
 P("H'Lim Êban", "Chủ tịch Hội LHPN xã Quảng Trực"),
 P("Thị Thoan", "Phó Chủ tịch Hội LHPN xã"),
 P("Lục Thị Hoa", "Phó Chủ tịch Hội LHPN xã")],
[Q("112 đại biểu", 112, "đại biểu"), Q("2.075 hội viên", 2075, "hội viên"), Q("21 chi hội", 21, "chi hội"),
 Q("34 tổ tiết kiệm", 34, "tổ tiết kiệm"), Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("216 hội viên", 216, "hội viên"), Q("11 căn nhà", 11, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("245 hội viên mới", 245, "hội viên mới"), Q("91,3%", 91.3, "%"), Q("48 buổi truyền thông", 48, "buổi truyền thông"),
 Q("14 đám cưới", 14, "đám cưới"), Q("17 đồng chí", 17, "đồng chí"), Q("5 đại biểu chính thức", 5, "đại biểu chính thức"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("40 hộ phụ nữ nghèo, cận nghèo", 40, "hộ phụ nữ nghèo, cận nghèo"), Q("100%", 100, "%")],
[D("Hướng dẫn", "05", "HD/ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Hướng dẫn số 05-HD/ĐCT"),
 D("Kết luận", "126", "KL/TW", "2025-02-14", "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW ngày 14/2/2025")],
[prov("Lâm Đồng"), com("Quảng Trực")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG", "Trang chủ › Tin tức › Đại hội Phụ nữ cấp cơ sở",
 "Ban Chấp hành Hội LHPN xã Quảng Trực khóa I ra mắt đại hội. Ảnh: H'Bla", "Mái ấm tình thương",
 "Tổ phụ nữ nói không với tảo hôn", "Chi hội phụ nữ 5 không, 3 sạch",
 "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Lâm Đồng lần thứ I"],
["Thứ Bảy, 28/02/2026", "lần thứ I", "nhiệm kỳ 2026 - 2031", "khóa I", "17 đồng chí", "5 không, 3 sạch"]))

PAGES.append(page("b2569-vinhlong-tinhdoan-quatet-khmer-2026", """
TỈNH ĐOÀN VĨNH LONG
Trang chủ | Tin tức | Thanh thiếu nhi dân tộc
Thứ Ba, 20/01/2026 - 17:10
Trao 200 suất quà Tết cho thanh thiếu nhi Khmer vùng biên
Chiều 19/1, tại chùa Kompông Chrây, xã Tập Sơn, Tỉnh đoàn Vĩnh Long phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh và Câu lạc bộ doanh nhân trẻ tỉnh tổ chức chương trình "Xuân yêu thương - Tết sẻ chia", trao 200 suất quà Tết cho thanh thiếu nhi người Khmer có hoàn cảnh khó khăn.
Đại đức Thạch Sa Rết tặng quà cho các em thiếu nhi.
Tham dự có đồng chí Kim Thị Sô Khum, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng Ban Thanh niên nông thôn, dân tộc và tôn giáo Tỉnh đoàn; Đại đức Thạch Sa Rết, trụ trì chùa Kompông Chrây; ông Sơn Văn Chanh, Phó Chủ tịch UBND xã Tập Sơn.
Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt, gạo, bánh kẹo và đồ dùng học tập; tổng trị giá chương trình 100 triệu đồng. Ngoài ra, Câu lạc bộ doanh nhân trẻ tỉnh trao 30 suất học bổng cho học sinh Khmer vượt khó, mỗi suất 2 triệu đồng, và tặng 15 xe đạp cho các em ở xa trường.
Đồng chí Kim Thị Sô Khum cho biết, sau khi hợp nhất 3 tỉnh, Tỉnh đoàn Vĩnh Long đang thực hiện Kế hoạch số 18-KH/TĐTN ngày 02/10/2025 của Ban Thường vụ Tỉnh đoàn về đồng hành với thanh thiếu nhi dân tộc Khmer giai đoạn 2025 - 2030, trong đó có nội dung tuyên truyền phòng, chống tảo hôn và bỏ học sớm. Năm 2025, các cơ sở Đoàn trong vùng đồng bào Khmer đã tổ chức 58 lớp dạy chữ Khmer hè, 27 buổi tư vấn sức khỏe sinh sản vị thành niên cho 1.900 lượt học sinh.
Em Thạch Thị Sà Vy, học sinh lớp 9 Trường Phổ thông Dân tộc nội trú tỉnh, chia sẻ: "Nhờ các anh chị Đoàn động viên, em và nhiều bạn gái trong sóc vẫn đi học, không nghỉ học để đi làm công ty như trước".
Dịp này, Tỉnh đoàn cũng trao tặng 1 công trình "Thắp sáng đường quê" trị giá 45 triệu đồng cho ấp Cây Da và phát động đoàn viên thanh niên tham gia phong trào "Tết vì người nghèo".
Chương trình diễn ra trong không khí ấm áp với các tiết mục múa Rô băm, Lâm thôn do thanh thiếu nhi người Khmer biểu diễn. Nhiều phụ huynh bày tỏ xúc động trước sự quan tâm của tổ chức Đoàn và nhà chùa, mong chương trình được tổ chức hằng năm để các em có thêm động lực đến trường, vươn lên trong học tập.
Ngọc Hân
Tin liên quan
- Tỉnh đoàn ra mắt câu lạc bộ thanh niên Khmer khởi nghiệp (10/01/2026)
- Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025 (28/12/2025)
- Trà Cú: thanh niên giúp dân sửa nhà sau triều cường (15/12/2025)
- Ra mắt mô hình "Sóc không có tảo hôn" tại xã Long Hiệp (01/12/2025)
- Thanh niên Khmer tham gia giữ gìn an ninh trật tự ở các sóc (20/11/2025)
- Tỉnh đoàn tập huấn kỹ năng cho bí thư chi đoàn ấp, khóm (05/11/2025)
""", "2026-01-20", "Trao 200 suất quà Tết cho thanh thiếu nhi Khmer vùng biên",
E("trao_qua", None, "2026-01-19"),
[P("Kim Thị Sô Khum", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng Ban Thanh niên nông thôn, dân tộc và tôn giáo Tỉnh đoàn"),
 P("Thạch Sa Rết", "Đại đức", "trụ trì chùa Kompông Chrây"),
 P("Sơn Văn Chanh", "Phó Chủ tịch UBND xã Tập Sơn"),
 P("Thạch Thị Sà Vy")],
[Q("200 suất quà Tết", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("15 xe đạp", 15, "xe đạp"),
 Q("58 lớp dạy chữ Khmer hè", 58, "lớp dạy chữ Khmer hè"),
 Q("27 buổi tư vấn sức khỏe sinh sản vị thành niên", 27, "buổi tư vấn sức khỏe sinh sản vị thành niên"),
 Q("1.900 lượt học sinh", 1900, "lượt học sinh"), Q("45 triệu đồng", 45000000, "đồng")],
[D("Kế hoạch", "18", "KH/TĐTN", "2025-10-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 18-KH/TĐTN ngày 02/10/2025")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["TỈNH ĐOÀN VĨNH LONG", "Trang chủ | Tin tức | Thanh thiếu nhi dân tộc", "Xuân yêu thương - Tết sẻ chia",
 "Đại đức Thạch Sa Rết tặng quà cho các em thiếu nhi.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Thắp sáng đường quê",
 "Tết vì người nghèo"],
["Thứ Ba, 20/01/2026 - 17:10", "3 tỉnh", "giai đoạn 2025 - 2030", "Năm 2025", "lớp 9", "1 công trình"]))

PAGES.append(page("b2570-dongnai-xa-doithoai-thanhnien-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAK Ơ - TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Ngày đăng 12/09/2025 | 15:30
Bí thư Đảng ủy xã đối thoại với đoàn viên, hội viên phụ nữ người S'tiêng
Tối 10/9, tại sóc Bù Lư, Đảng ủy xã Đak Ơ, tỉnh Đồng Nai tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền xã với đoàn viên thanh niên và hội viên phụ nữ đồng bào dân tộc thiểu số. Đồng chí Trần Quốc Dũng, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Điểu Thị Nhàn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã và đồng chí Lê Văn Hòa, Chủ tịch UBND xã.
Hội nghị đối thoại tại sóc Bù Lư.
Đây là hội nghị đối thoại đầu tiên của xã kể từ khi thực hiện chính quyền địa phương hai cấp, theo Quy chế số 03-QC/ĐU ngày 15/7/2025 của Đảng ủy xã về tiếp xúc, đối thoại trực tiếp với nhân dân và Kế hoạch số 27-KH/ĐU của Ban Thường vụ Đảng ủy xã. Hơn 150 đoàn viên, hội viên người S'tiêng, Mnông, Khmer của 9 thôn, sóc tham dự.
Tại hội nghị, 19 ý kiến góp ý, kiến nghị đã được nêu. Chị Thị Nhung, Chi hội trưởng Phụ nữ sóc Bù Lư, phản ánh nhiều chị em muốn vay vốn nuôi bò nhưng thiếu tài sản thế chấp; anh Điểu Lành, Bí thư Chi đoàn sóc Bù Ka, đề nghị xã mở lớp dạy nghề sửa xe, điện dân dụng cho thanh niên. Em Thị Diệu, đoàn viên chi đoàn sóc Bù Lư, hỏi về chính sách hỗ trợ học sinh người dân tộc thiểu số học đại học.
Trả lời các ý kiến, đồng chí Lê Văn Hòa cho biết, xã đang phối hợp với Ngân hàng Chính sách xã hội giải ngân cho 64 hộ đồng bào dân tộc thiểu số vay vốn với tổng số tiền 3,2 tỷ đồng; tổ chức 2 lớp dạy nghề cho 60 thanh niên trong quý IV/2025. Đồng chí Trần Quốc Dũng đề nghị Đoàn Thanh niên, Hội LHPN xã tham mưu thành lập 5 tổ tiết kiệm phụ nữ S'tiêng và câu lạc bộ "Không tảo hôn"; yêu cầu các bộ phận chuyên môn giải quyết dứt điểm các kiến nghị trong 30 ngày.
Năm 2024, xã còn xảy ra 6 trường hợp tảo hôn. Qua đối thoại, 87 đoàn viên thanh niên đã ký cam kết không tảo hôn, không kết hôn cận huyết.
Các đại biểu đánh giá cao cách tổ chức đối thoại gần gũi, cởi mở, tổ chức ngay tại sóc vào buổi tối để bà con đi làm rẫy về vẫn tham dự được; đề nghị duy trì định kỳ để lãnh đạo xã kịp thời nắm bắt tâm tư, nguyện vọng của thanh niên, phụ nữ người dân tộc thiểu số.
Văn phòng Đảng ủy xã
Lượt truy cập: 4.517
Tin khác
- Xã Đak Ơ ra mắt tổ dân vận sóc Bù Ka (30/08/2025)
- Đảng ủy xã quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I (20/08/2025)
- Hội LHPN xã tặng 40 suất quà cho phụ nữ nghèo (05/08/2025)
- Đoàn xã ra quân tình nguyện hè năm 2025 (15/07/2025)
""", "2025-09-12", "Bí thư Đảng ủy xã đối thoại với đoàn viên, hội viên phụ nữ người S'tiêng",
E("doi_thoai", "2025", "2025-09-10"),
[P("Trần Quốc Dũng", "Bí thư Đảng ủy xã"),
 P("Điểu Thị Nhàn", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Hòa", "Chủ tịch UBND xã"),
 P("Thị Nhung", "Chi hội trưởng Phụ nữ sóc Bù Lư"),
 P("Điểu Lành", "Bí thư Chi đoàn sóc Bù Ka"),
 P("Thị Diệu")],
[Q("Hơn 150 đoàn viên, hội viên", 150, "đoàn viên, hội viên", "over"), Q("9 thôn, sóc", 9, "thôn, sóc"),
 Q("19 ý kiến", 19, "ý kiến"), Q("64 hộ", 64, "hộ"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("2 lớp dạy nghề", 2, "lớp dạy nghề"), Q("60 thanh niên", 60, "thanh niên"),
 Q("5 tổ tiết kiệm phụ nữ S'tiêng", 5, "tổ tiết kiệm phụ nữ S'tiêng"), Q("6 trường hợp", 6, "trường hợp"),
 Q("87 đoàn viên thanh niên", 87, "đoàn viên thanh niên")],
[D("Quy chế", "03", "QC/ĐU", "2025-07-15", "Đảng ủy xã", "Quy chế số 03-QC/ĐU ngày 15/7/2025"),
 D("Kế hoạch", "27", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 27-KH/ĐU")],
[prov("Đồng Nai"), com("Đak Ơ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAK Ơ - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Hội nghị đối thoại tại sóc Bù Lư.", "Không tảo hôn", "Lượt truy cập: 4.517"],
["Ngày đăng 12/09/2025 | 15:30", "năm 2025", "hai cấp", "quý IV/2025", "30 ngày", "Năm 2024", "Lượt truy cập: 4.517"]))

PAGES.append(page("b2571-caobang-hlhpn-tongket-2025", """
Báo Cao Bằng điện tử
Xã hội › Phụ nữ - Gia đình
Cập nhật: 15:20, 14/01/2026 (GMT+7)
Hội LHPN tỉnh Cao Bằng triển khai nhiệm vụ năm 2026
Ngày 13/1/2026, Hội LHPN tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026. Bà Nông Thị Lựu, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị. Dự có bà Lương Thị Huyền, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Toàn cảnh hội nghị tổng kết.
Năm 2025, dù phải thực hiện sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp, các cấp hội trong tỉnh vẫn hoàn thành và vượt 13/15 chỉ tiêu. Các cấp hội đã phát triển 2.860 hội viên mới; duy trì 792 tổ tiết kiệm với 10.450 thành viên, tổng vốn tiết kiệm 19,6 tỷ đồng; hỗ trợ 1.214 hội viên thoát nghèo. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có thêm 4.300 gia đình đạt tiêu chí.
Thực hiện Dự án 8, Hội LHPN các cấp đã duy trì 186 tổ truyền thông cộng đồng, 95 câu lạc bộ "Thủ lĩnh của sự thay đổi"; tổ chức 1.040 cuộc truyền thông về phòng, chống tảo hôn, hôn nhân cận huyết cho gần 52.000 lượt người. Số cặp tảo hôn toàn tỉnh năm 2025 là 103 cặp, giảm 29 cặp so với năm 2024.
Các cấp hội cũng tích cực thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư, Kế hoạch số 12-KH/ĐĐ ngày 18/8/2025 của Đảng đoàn Hội LHPN tỉnh về sắp xếp tổ chức hội cơ sở; sau sắp xếp, toàn tỉnh có 56 hội LHPN xã, phường.
Tại hội nghị, chị Lý Thị Mải, Chủ tịch Hội LHPN xã Lý Bôn, chia sẻ kinh nghiệm vận động chị em người Dao tham gia tổ tiết kiệm; chị Hoàng Thị Thơm, Chủ tịch Hội LHPN phường Thục Phán, nêu cách tổ chức tư vấn trước hôn nhân cho nữ thanh niên.
Phát biểu tại hội nghị, bà Lương Thị Huyền đề nghị năm 2026, các cấp hội tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; phấn đấu giảm ít nhất 15% số cặp tảo hôn; quan tâm phụ nữ Mông, Dao ở các xã biên giới.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân; Hội LHPN tỉnh tặng bằng khen cho 28 tập thể, 43 cá nhân có thành tích xuất sắc.
Hội nghị cũng chỉ ra những hạn chế: một số hội cơ sở sau sắp xếp còn lúng túng trong tổ chức hoạt động; nguồn lực hỗ trợ hội viên vùng cao còn hạn chế; việc nắm tình hình tảo hôn ở các xóm xa chưa kịp thời.
Hoàng Yến
Các tin khác
- Trao 100 suất quà Tết cho phụ nữ nghèo biên giới (10/01/2026)
- Hội LHPN tỉnh tổng kết Dự án 8 giai đoạn 2021 - 2025 (30/12/2025)
- Phụ nữ Nùng giữ nghề làm hương (20/12/2025)
- Xã Hà Quảng ra mắt câu lạc bộ "Gia đình hạnh phúc" (08/12/2025)
- Phụ nữ Mông xã Lý Bôn trồng dong riềng thoát nghèo (25/11/2025)
- Hội LHPN tỉnh tập huấn kỹ năng cho chủ tịch hội cơ sở sau sắp xếp (10/11/2025)
""", "2026-01-14", "Hội LHPN tỉnh Cao Bằng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Nông Thị Lựu", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lương Thị Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Mải", "Chủ tịch Hội LHPN xã Lý Bôn"),
 P("Hoàng Thị Thơm", "Chủ tịch Hội LHPN phường Thục Phán")],
[Q("13/15 chỉ tiêu", 13, "chỉ tiêu"), Q("2.860 hội viên mới", 2860, "hội viên mới"), Q("792 tổ tiết kiệm", 792, "tổ tiết kiệm"),
 Q("10.450 thành viên", 10450, "thành viên"), Q("19,6 tỷ đồng", 19600000000, "đồng"), Q("1.214 hội viên", 1214, "hội viên"),
 Q("4.300 gia đình", 4300, "gia đình"), Q("186 tổ truyền thông cộng đồng", 186, "tổ truyền thông cộng đồng"),
 Q("95 câu lạc bộ", 95, "câu lạc bộ"), Q("1.040 cuộc truyền thông", 1040, "cuộc truyền thông"),
 Q("gần 52.000 lượt người", 52000, "lượt người", "approx"), Q("103 cặp", 103, "cặp"), Q("29 cặp", 29, "cặp"),
 Q("56 hội LHPN xã, phường", 56, "hội LHPN xã, phường"), Q("15%", 15, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("28 tập thể", 28, "tập thể"), Q("43 cá nhân", 43, "cá nhân")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Kế hoạch", "12", "KH/ĐĐ", "2025-08-18", "Đảng đoàn Hội LHPN tỉnh", "Kế hoạch số 12-KH/ĐĐ ngày 18/8/2025")],
[prov("Cao Bằng"), com("Lý Bôn"), com("Thục Phán")],
["Báo Cao Bằng điện tử", "Xã hội › Phụ nữ - Gia đình", "Toàn cảnh hội nghị tổng kết.", "Xây dựng gia đình 5 không, 3 sạch",
 "Dự án 8", "Thủ lĩnh của sự thay đổi", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"],
["Cập nhật: 15:20, 14/01/2026 (GMT+7)", "năm 2025", "năm 2026", "hai cấp", "5 không, 3 sạch", "Dự án 8", "năm 2024",
 "lần thứ XX"]))

PAGES.append(page("b2572-gialai-btgdv-giaoban-quy1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ > Hoạt động > Khối dân vận
Thứ Sáu, 03/04/2026
Đồng chí Rơ Mah Lênh chủ trì giao ban. Ảnh: BTGDV
Khối dân vận tỉnh giao ban, tập trung vận động phụ nữ, thanh niên vùng đồng bào
Ngày 2/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận quý I/2026. Đồng chí Rơ Mah Lênh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, Hội LHPN tỉnh, Tỉnh đoàn.
Theo báo cáo, quý I, khối dân vận các cấp đã tổ chức 412 hội nghị tuyên truyền kết quả Đại hội Đảng toàn quốc lần thứ XIV cho trên 36.000 lượt người; vận động 2.140 hộ đồng bào Jrai, Bahnar tham gia xây dựng nông thôn mới. Hội LHPN tỉnh đã thành lập mới 41 tổ tiết kiệm, giải ngân 18,7 tỷ đồng vốn ủy thác; Tỉnh đoàn tổ chức Tháng Thanh niên năm 2026 với 268 công trình, phần việc thanh niên.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 14, 15-CT/TU về tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số và về phòng, chống tảo hôn, hôn nhân cận huyết; ban hành Hướng dẫn số 07-HD/BTGDVTU ngày 20/2/2026 về thực hiện Quy chế dân chủ ở cơ sở. Tình trạng tảo hôn giảm 17% so với cùng kỳ, nhưng vẫn còn 44 cặp ở các xã phía tây tỉnh.
Tại buổi giao ban, bà Ksor H'Nga, Phó Chủ tịch Hội LHPN tỉnh, thông tin mô hình "Tổ tiết kiệm phụ nữ Jrai" ở xã Ia Dom với 38 thành viên; anh Đinh Văn Gun, Phó Bí thư Tỉnh đoàn, đề nghị các địa phương hỗ trợ thanh niên Bahnar học nghề. Đồng chí Nguyễn Thị Minh Thu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, báo cáo kết quả vận động Quỹ "Vì người nghèo" đạt 23,5 tỷ đồng.
Kết luận giao ban, đồng chí Rơ Mah Lênh đề nghị quý II/2026 khối dân vận tập trung tuyên truyền về bầu cử, hướng dẫn triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; phát huy vai trò già làng, người có uy tín trong vận động thanh niên không tảo hôn; phấn đấu đến cuối năm 2026 mỗi xã vùng đồng bào có ít nhất 1 mô hình "Dân vận khéo" về phụ nữ, thanh niên.
Đồng chí cũng lưu ý các cơ quan trong khối chủ động nắm tình hình tư tưởng của nhân dân sau sắp xếp đơn vị hành chính, kịp thời tham mưu cấp ủy giải quyết những vấn đề bức xúc, không để hình thành điểm nóng ở vùng đồng bào dân tộc thiểu số.
Ban TGDV
Lượt xem: 187
Tin liên quan
- Hội nghị người có uy tín toàn tỉnh năm 2026 (20/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với xã Ia Grai (10/03/2026)
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (22/01/2026)
- Xã Kon Chiêng ra mắt tổ dân vận thôn (15/01/2026)
""", "2026-04-03", "Khối dân vận tỉnh giao ban, tập trung vận động phụ nữ, thanh niên vùng đồng bào",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Rơ Mah Lênh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Gun", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Minh Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("412 hội nghị tuyên truyền", 412, "hội nghị tuyên truyền"), Q("trên 36.000 lượt người", 36000, "lượt người", "over"),
 Q("2.140 hộ đồng bào Jrai, Bahnar", 2140, "hộ đồng bào Jrai, Bahnar"), Q("41 tổ tiết kiệm", 41, "tổ tiết kiệm"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("268 công trình, phần việc thanh niên", 268, "công trình, phần việc thanh niên"),
 Q("17%", 17, "%"), Q("44 cặp", 44, "cặp"), Q("38 thành viên", 38, "thành viên"), Q("23,5 tỷ đồng", 23500000000, "đồng")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", "2026-02-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU ngày 20/2/2026"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Dom")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ > Hoạt động > Khối dân vận",
 "Đồng chí Rơ Mah Lênh chủ trì giao ban. Ảnh: BTGDV", "Tổ tiết kiệm phụ nữ Jrai", "Vì người nghèo", "Dân vận khéo",
 "Tháng Thanh niên", "Lượt xem: 187"],
["Thứ Sáu, 03/04/2026", "quý I/2026", "lần thứ XIV", "quý I", "năm 2026", "quý II/2026", "1 mô hình", "Lượt xem: 187"]))
