from lib import *
PAGES = []

PAGES.append(page("b6395-nghean-bdv-taphuan-2017", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ › Tin hoạt động › Tập huấn
16/06/2017 - 10:05
Đồng chí Lô Thị Kim Ngân phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận năm 2017 cho cán bộ cơ sở miền Tây
Ngày 14/6/2017, tại huyện Con Cuông, Ban Dân vận Tỉnh ủy Nghệ An khai giảng lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho 186 học viên là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã thuộc 5 huyện miền Tây. Đồng chí Lô Thị Kim Ngân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc.
Tài liệu tập huấn do Ban biên soạn gồm 4 chuyên đề; một phần tài liệu được in lại như sau:
TÀI LIỆU TẬP HUẤN NGHIỆP VỤ DÂN VẬN NĂM 2017 - Chuyên đề 2                                Trang 5
Quy chế công tác dân vận của hệ thống chính trị được ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010
của Bộ Chính trị¹. Ở cấp xã, khối dân vận do một đồng chí Phó Bí thư Đảng ủy làm trưởng khối; tổ dân vận thôn, bản gồm 3 đến 5
thành viên. Toàn tỉnh hiện có 5.721 tổ dân vận thôn, bản, khối phố, với khoảng 23.000 thành viên².
TÀI LIỆU TẬP HUẤN NGHIỆP VỤ DÂN VẬN NĂM 2017 - Chuyên đề 2                                Trang 6
Trong năm 2016, các cấp đã đăng ký 1.508 mô hình, điển hình "Dân vận khéo", trong đó 94 mô hình cấp tỉnh. Việc thực hiện
Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư được cụ thể hóa bằng Kế hoạch số 62-KH/TU ngày 10/11/2015 của Ban Thường vụ Tỉnh ủy.
____________
¹ Thay thế Quyết định số 101-QĐ/TW ngày 28/6/2004 của Ban Bí thư.
² Số liệu theo Báo cáo số 140-BC/BDVTU ngày 28/12/2016 của Ban Dân vận Tỉnh ủy.
Trong 2 ngày, học viên nghe đồng chí Vi Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề vận động đồng bào dân tộc thiểu số; đồng chí Lữ Thị Hường, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu chuyên đề về công tác tôn giáo. Các ông Moong Văn Lả, Xồng Bá Dế - người có uy tín bản Huồi Tố, xã Tri Lễ, được mời chia sẻ kinh nghiệm vận động bà con người Mông, Khơ Mú không di cư tự do.
Ông Lương Văn Đào, Bí thư Đảng ủy xã Châu Khê, cho biết xã có 2 bản từng có 17 hộ di cư tự do sang địa bàn khác, nay đã vận động 15 hộ trở về.
Nhiều học viên cho biết kỹ năng nói chuyện trước dân, ghi chép nắm tình hình và viết báo cáo nhanh là những nội dung họ còn lúng túng. Giảng viên dành nhiều thời gian cho thảo luận nhóm, xử lý tình huống cụ thể như vận động bà con không nghe theo lời xúi giục của kẻ xấu, không theo đạo trái pháp luật, giữ gìn an ninh trật tự vùng biên giới.
Kết thúc lớp học, 100% học viên làm bài thu hoạch; Ban tặng giấy khen cho 12 học viên có bài thu hoạch xuất sắc.
Quang Đạo
Tin liên quan
- Tập huấn dân vận cho 200 cán bộ khu vực đồng bằng (08/06/2017)
- Giao ban công tác dân vận quý I năm 2017 (14/04/2017)
""", "2017-06-16", "Tập huấn nghiệp vụ công tác dân vận năm 2017 cho cán bộ cơ sở miền Tây",
E("tap_huan", "2017", "2017-06-14"),
[P("Lô Thị Kim Ngân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Thị Hường", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Moong Văn Lả", "người có uy tín bản Huồi Tố"),
 P("Xồng Bá Dế", "người có uy tín bản Huồi Tố"),
 P("Lương Văn Đào", "Bí thư Đảng ủy xã Châu Khê")],
[Q("186 học viên", 186, "học viên"), Q("5 huyện miền Tây", 5, "huyện miền Tây"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("5.721 tổ dân vận thôn, bản, khối phố", 5721, "tổ dân vận thôn, bản, khối phố"),
 Q("khoảng 23.000 thành viên", 23000, "thành viên", "approx"), Q("1.508 mô hình, điển hình", 1508, "mô hình, điển hình"),
 Q("94 mô hình cấp tỉnh", 94, "mô hình cấp tỉnh"), Q("2 bản", 2, "bản"), Q("17 hộ di cư tự do", 17, "hộ di cư tự do"),
 Q("15 hộ", 15, "hộ"), Q("100%", 100, "%"), Q("12 học viên", 12, "học viên")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "62", "KH/TU", "2015-11-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 62-KH/TU ngày 10/11/2015"),
 D("Quyết định", "101", "QĐ/TW", "2004-06-28", "Ban Bí thư", "Quyết định số 101-QĐ/TW ngày 28/6/2004"),
 D("Báo cáo", "140", "BC/BDVTU", "2016-12-28", "Ban Dân vận Tỉnh ủy", "Báo cáo số 140-BC/BDVTU ngày 28/12/2016")],
[prov("Nghệ An"), com("Tri Lễ"), com("Châu Khê")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ › Tin hoạt động › Tập huấn", "Đồng chí Lô Thị Kim Ngân phát biểu khai mạc lớp tập huấn.",
 "TÀI LIỆU TẬP HUẤN NGHIỆP VỤ DÂN VẬN NĂM 2017 - Chuyên đề 2", "Dân vận khéo", "Quang Đạo"],
["16/06/2017 - 10:05", "Trang 5", "Trang 6", "Chuyên đề 2", "3 đến 5", "Trong 2 ngày", "¹", "²", "năm 2016"]))

PAGES.append(page("b6396-binhdinh-bdv-giaoban-q3-2018", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự - Chính trị :: Xây dựng Đảng
Thứ Sáu, 05/10/2018 | 07:45
Khối dân vận tỉnh bàn giải pháp vận động dân vùng dự án
Chiều 03/10, Ban Dân vận Tỉnh ủy Bình Định tổ chức giao ban khối dân vận quý III năm 2018. Đồng chí Phan Thị Thu Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí: Đinh Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Võ Thị Ngọc Lan, Chủ tịch Hội LHPN tỉnh; Nguyễn Văn Cường, Bí thư Tỉnh đoàn.
Theo báo cáo của Ban (bản trình chiếu tại hội nghị):
Slide 4/12 - GIAO BAN KHỐI DÂN VẬN QUÝ III/2018
• Tiếp nhận 214 lượt công dân, 63 đơn thư; giải quyết 51 đơn (80,9%)
• Vận động 428 hộ dân bàn giao mặt bằng dự án khu kinh tế Nhơn Hội; còn 37 hộ chưa đồng thuận *
• 11 xã, phường tổ chức đối thoại theo Quyết định số 11/2016/QĐ-UBND của UBND tỉnh
Slide 5/12 - GIAO BAN KHỐI DÂN VẬN QUÝ III/2018
• Các đoàn thể vận động 2.860 hội viên tham gia bảo hiểm y tế; Quỹ "Vì người nghèo" đạt 3,45 tỷ đồng
• Thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy: 6 cuộc kiểm tra
* Chủ yếu ở xã Cát Tiến và xã Cát Chánh (huyện Phù Cát)
Tại giao ban, đồng chí Huỳnh Kim Thạnh, Trưởng Ban Dân vận Huyện ủy Phù Cát, cho biết huyện đã thành lập 3 tổ vận động gồm 45 đồng chí, trực tiếp gặp từng hộ. Bà Đinh Thị Lý, người có uy tín làng Kon Trú, xã An Toàn, kiến nghị sớm hoàn thành đường vào làng. Ông Trần Đức Tâm, Phó Chủ tịch UBND phường Nhơn Bình, nêu vướng mắc về giá bồi thường.
Các ý kiến tại giao ban cho rằng việc vận động nhân dân vùng dự án còn gặp khó vì giá bồi thường chênh lệch giữa các dự án liền kề, nhiều hộ có người đi làm ăn xa nên khó gặp để vận động. Một số đoàn thể chưa phát huy vai trò giám sát, phản biện trong quá trình lập phương án bồi thường, hỗ trợ, tái định cư; việc thông tin cho người dân còn chậm, có nơi người dân chỉ biết khi có quyết định thu hồi đất.
Đại diện Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương công khai phương án bồi thường tại nhà văn hóa thôn và tổ chức đối thoại trước khi ban hành quyết định; Tỉnh đoàn cam kết huy động đoàn viên hỗ trợ các hộ tái định cư dọn nhà.
Kết luận, đồng chí Phan Thị Thu Vân đề nghị quý IV tập trung thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về công tác dân vận, chuẩn bị tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở theo Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị; phấn đấu giải quyết dứt điểm ít nhất 90% đơn thư tồn đọng.
Hoài Thu
Lượt xem: 2.046
Tin liên quan
- Hoài Ân: 38 mô hình "Dân vận khéo" được biểu dương (21/09/2018)
- Giao ban khối dân vận quý II năm 2018 (06/07/2018)
""", "2018-10-05", "Khối dân vận tỉnh bàn giải pháp vận động dân vùng dự án",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Phan Thị Thu Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ngọc Lan", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Cường", "Bí thư Tỉnh đoàn"),
 P("Huỳnh Kim Thạnh", "Trưởng Ban Dân vận Huyện ủy Phù Cát"),
 P("Đinh Thị Lý", "người có uy tín làng Kon Trú"),
 P("Trần Đức Tâm", "Phó Chủ tịch UBND phường Nhơn Bình")],
[Q("214 lượt công dân", 214, "lượt công dân"), Q("63 đơn thư", 63, "đơn thư"), Q("51 đơn", 51, "đơn"), Q("80,9%", 80.9, "%"),
 Q("428 hộ dân", 428, "hộ dân"), Q("37 hộ", 37, "hộ"), Q("11 xã, phường", 11, "xã, phường"),
 Q("2.860 hội viên", 2860, "hội viên"), Q("3,45 tỷ đồng", 3450000000, "đồng"), Q("6 cuộc kiểm tra", 6, "cuộc kiểm tra"),
 Q("3 tổ vận động", 3, "tổ vận động"), Q("45 đồng chí", 45, "đồng chí"), Q("ít nhất 90%", 90, "%", "over")],
[D("Quyết định", "11", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 11/2016/QĐ-UBND"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 07/01/2016"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/02/1998")],
[prov("Bình Định"), com("Cát Tiến"), com("Cát Chánh"), com("An Toàn"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự - Chính trị :: Xây dựng Đảng", "Slide 4/12 - GIAO BAN KHỐI DÂN VẬN QUÝ III/2018", "Vì người nghèo",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 2.046"],
["Thứ Sáu, 05/10/2018 | 07:45", "Slide 4/12", "Slide 5/12", "quý III năm 2018", "QUÝ III/2018", "quý IV", "20 năm", "Lượt xem: 2.046"]))

PAGES.append(page("b6397-cantho-mttq-traoqua-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ - Hoạt động Mặt trận - An sinh xã hội
Cập nhật lúc 17:20 ngày 28/01/2019
Trao 1.500 phần quà Tết cho hộ nghèo, đồng bào Khmer
Ngày 26/01/2019, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp với các nhà hảo tâm trao 1.500 phần quà Tết Kỷ Hợi cho hộ nghèo, hộ cận nghèo và đồng bào Khmer có hoàn cảnh khó khăn tại quận Ô Môn và huyện Thới Lai. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá 750 triệu đồng.
Dự buổi trao quà có bà Trương Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Danh Hùng Em, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam thành phố; Đại đức Lý Sô Phal, trụ trì chùa Pôthi Somrôngsê.
Theo Kế hoạch số 58/KH-MTTQ-BTT ngày 02/01/2019 (trích, trang 2):
KẾ HOẠCH VẬN ĐỘNG, CHĂM LO TẾT KỶ HỢI 2019 – UBMTTQVN TP CẦN THƠ                    - 2 -
2. Chỉ tiêu: toàn thành phố vận động không dưới 15.000 phần quà, trị giá trên 7 tỷ đồng(1); ưu tiên 9.640 hộ nghèo, 4.120 hộ cận nghèo
và hộ chính sách theo Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ. Mỗi hộ nghèo nhận tối đa 2 phần quà.
3. Phân bổ: quận Ô Môn 2.300 phần quà; huyện Thới Lai 2.650 phần quà; các đơn vị còn lại theo số hộ nghèo.
________
(1) Căn cứ Công văn số 112/MTTW-BTT ngày 12/12/2018 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tại phường Thới An, bà Trương Thị Mỹ Hạnh cùng ông Phạm Văn Nghĩa, Chủ tịch Ủy ban MTTQ Việt Nam phường Thới An, trao 400 phần quà. Tại xã Thới Thạnh, 1.100 phần quà được trao cho bà con, trong đó có 320 hộ đồng bào Khmer. Bà Thị Sa Rinh (ấp Thới Bình) xúc động: "Năm nay được quà sớm, gia đình có thêm cái Tết đủ đầy."
Theo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, việc lập danh sách nhận quà được thực hiện công khai tại các ấp, khu vực, có sự tham gia của Ban công tác Mặt trận và người có uy tín, bảo đảm đúng đối tượng, không trùng lặp. Các phần quà được trao tận tay, kịp thời trước Tết để bà con sắm sửa; với người già yếu, neo đơn, cán bộ Mặt trận đến tận nhà trao quà và thăm hỏi.
Nhiều doanh nghiệp, chùa Khmer và các mạnh thường quân đã đồng hành cùng Mặt trận; riêng các chùa Phật giáo Nam tông Khmer trên địa bàn vận động được gạo, nhu yếu phẩm để tặng bà con trong sóc.
Dịp này, Ủy ban MTTQ thành phố cũng trao 3 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng, cho hộ nghèo xã Thới Thạnh.
Thúy Kiều
Xem thêm
- Hơn 20.000 phần quà Tết đến với người nghèo Cần Thơ (25/01/2019)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2018 (17/10/2018)
""", "2019-01-28", "Trao 1.500 phần quà Tết cho hộ nghèo, đồng bào Khmer",
E("trao_qua", None, "2019-01-26"),
[P("Trương Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Hùng Em", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam thành phố"),
 P("Lý Sô Phal", "Đại đức", "trụ trì chùa Pôthi Somrôngsê"),
 P("Phạm Văn Nghĩa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thới An"),
 P("Thị Sa Rinh")],
[Q("1.500 phần quà", 1500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("750 triệu đồng", 750000000, "đồng"),
 Q("không dưới 15.000 phần quà", 15000, "phần quà", "over"), Q("trên 7 tỷ đồng", 7000000000, "đồng", "over"),
 Q("9.640 hộ nghèo", 9640, "hộ nghèo"), Q("4.120 hộ cận nghèo", 4120, "hộ cận nghèo"), Q("tối đa 2 phần quà", 2, "phần quà"),
 Q("2.300 phần quà", 2300, "phần quà"), Q("2.650 phần quà", 2650, "phần quà"), Q("400 phần quà", 400, "phần quà"),
 Q("1.100 phần quà", 1100, "phần quà"), Q("320 hộ đồng bào Khmer", 320, "hộ đồng bào Khmer"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "58", "KH-MTTQ-BTT", "2019-01-02", None, "Kế hoạch số 58/KH-MTTQ-BTT ngày 02/01/2019"),
 D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg"),
 D("Công văn", "112", "MTTW-BTT", "2018-12-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 112/MTTW-BTT ngày 12/12/2018")],
[prov("Cần Thơ"), com("Thới An"), com("Thới Thạnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ - Hoạt động Mặt trận - An sinh xã hội",
 "KẾ HOẠCH VẬN ĐỘNG, CHĂM LO TẾT KỶ HỢI 2019 – UBMTTQVN TP CẦN THƠ", "Tết Kỷ Hợi"],
["Cập nhật lúc 17:20 ngày 28/01/2019", "- 2 -", "(1)", "trang 2", "Tết Kỷ Hợi"]))

PAGES.append(page("b6398-hagiang-bdv-nguoicouytin-2020", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
You are here: Trang chủ / Tin tức / Công tác dân tộc
18.12.2020 | 16:05
Ảnh: Các đại biểu người có uy tín dự hội nghị.
Hà Giang gặp mặt 420 người có uy tín trong đồng bào dân tộc thiểu số
Ngày 16/12/2020, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2020. Dự có 420 người có uy tín đến từ 11 huyện, thành phố. Đồng chí Hầu Văn Lình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo tại hội nghị (trích bản in, có lược bớt):
BAN DÂN VẬN TỈNH ỦY - BAN DÂN TỘC TỈNH HÀ GIANG        Báo cáo số 97-BC/BDVTU-BDT        Tr. 3
Toàn tỉnh có 1.936 người có uy tín được bình chọn theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ(3).
Năm 2020, người có uy tín đã tham gia hòa giải thành 126 vụ việc mâu thuẫn trong nhân dân; vận động 2.140 hộ hiến đất làm đường,
hơn 85% thôn, bản không có người di cư tự do. Kinh phí thăm hỏi, tặng quà người có uy tín là 2,9 tỷ đồng(4).
BAN DÂN VẬN TỈNH ỦY - BAN DÂN TỘC TỈNH HÀ GIANG        Báo cáo số 97-BC/BDVTU-BDT        Tr. 4
(3) Thay thế Quyết định số 56/2013/QĐ-TTg.
(4) Theo Kế hoạch số 234/KH-UBND ngày 10/8/2020 của UBND tỉnh.
Tại hội nghị, ông Sùng Mí Chứ, người có uy tín thôn Lũng Cú, xã Lũng Cú, chia sẻ cách vận động bà con bỏ tục thách cưới; ông Giàng Seo Phử, người có uy tín thôn Sủng Là, xã Sủng Là, kể việc vận động 14 hộ người Mông trở lại sinh hoạt tôn giáo đúng pháp luật. Bà Vàng Thị Mai, Phó Chủ tịch Hội LHPN huyện Mèo Vạc, và ông Lù Văn Pao, Chủ tịch Ủy ban MTTQ xã Pải Lủng, đề nghị tăng hỗ trợ đi lại cho người có uy tín ở thôn xa.
Đồng chí Hầu Văn Lình ghi nhận đóng góp của đội ngũ người có uy tín, đề nghị tiếp tục thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng biên giới và phong trào "Dân vận khéo".
Dịp này, UBND tỉnh tặng bằng khen cho 35 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng 420 suất quà, mỗi suất 1 triệu đồng.
Các đại biểu cũng thảo luận về việc giữ gìn bản sắc văn hóa, xây dựng nông thôn mới, phòng chống dịch Covid-19 ở vùng biên. Nhiều người có uy tín nêu thực tế ở thôn xa, đường đi lại còn khó, thông tin đến với bà con chậm; đề nghị chính quyền tăng cường loa truyền thanh bằng tiếng Mông, tiếng Dao. Đại diện Bộ đội Biên phòng tỉnh thông tin về tình hình an ninh vùng biên giới và cảm ơn bà con đã phối hợp tuần tra, giữ gìn cột mốc.
Minh Tuệ
Tin liên quan
- Mèo Vạc tổ chức hội nghị người có uy tín năm 2020 (10/12/2020)
- Đồng Văn: 26 mô hình "Dân vận khéo" được công nhận (01/12/2020)
""", "2020-12-18", "Hà Giang gặp mặt 420 người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2020", "2020-12-16"),
[P("Hầu Văn Lình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Chứ", "người có uy tín thôn Lũng Cú"),
 P("Giàng Seo Phử", "người có uy tín thôn Sủng Là"),
 P("Vàng Thị Mai", "Phó Chủ tịch Hội LHPN huyện Mèo Vạc"),
 P("Lù Văn Pao", "Chủ tịch Ủy ban MTTQ xã Pải Lủng")],
[Q("420 người có uy tín", 420, "người có uy tín"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("1.936 người có uy tín", 1936, "người có uy tín"), Q("126 vụ việc mâu thuẫn", 126, "vụ việc mâu thuẫn"),
 Q("2.140 hộ", 2140, "hộ"), Q("hơn 85%", 85, "%", "over"), Q("2,9 tỷ đồng", 2900000000, "đồng"),
 Q("14 hộ người Mông", 14, "hộ người Mông"), Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu"),
 Q("420 suất quà", 420, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Báo cáo", "97", "BC/BDVTU-BDT", None, None, "Báo cáo số 97-BC/BDVTU-BDT"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg"),
 D("Kế hoạch", "234", "KH-UBND", "2020-08-10", "UBND tỉnh", "Kế hoạch số 234/KH-UBND ngày 10/8/2020"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Pải Lủng")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "You are here: Trang chủ / Tin tức / Công tác dân tộc", "Ảnh: Các đại biểu người có uy tín dự hội nghị.",
 "BAN DÂN VẬN TỈNH ỦY - BAN DÂN TỘC TỈNH HÀ GIANG", "Dân vận khéo", "Covid-19"],
["18.12.2020 | 16:05", "Tr. 3", "Tr. 4", "(3)", "(4)", "năm 2020", "Covid-19"]))

PAGES.append(page("b6399-kontum-bdv-soket-2021", """
Báo Kon Tum điện tử
Chính trị > Dân vận
2021-07-23 16:40
Khối dân vận Kon Tum: bám cơ sở trong phòng, chống dịch
Ngày 21/7, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021, kết nối 10 điểm cầu huyện, thành phố. Đồng chí Y Ngọc Thơm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Những nội dung chính của Báo cáo số 215-BC/BDVTU ngày 15/7/2021:
Ban Dân vận Tỉnh ủy Kon Tum | Sơ kết 6 tháng đầu năm 2021 | 2
- Tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 48-KH/TU về thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận[1];
  hướng dẫn thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy.
- Các đoàn thể vận động 3.420 đoàn viên, hội viên tham gia tổ tự quản phòng, chống dịch Covid-19; ủng hộ Quỹ vắc-xin gần 5,6 tỷ đồng.
- Hòa giải thành 64/71 vụ việc; tỷ lệ 90,1%.
Ban Dân vận Tỉnh ủy Kon Tum | Sơ kết 6 tháng đầu năm 2021 | 3
- 102 mô hình "Dân vận khéo" được công nhận, trong đó 28 mô hình tiêu biểu[2].
[1] Ban hành ngày 10/5/2021.
[2] Theo Hướng dẫn số 09-HD/BDVTU ngày 22/3/2021 của Ban Dân vận Tỉnh ủy.
Tại điểm cầu huyện Kon Plông, đồng chí A Tuyên, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết 6 tháng qua huyện vận động 215 hộ đồng bào Xơ Đăng, Mơ Nâm bố trí lại dân cư. Đồng chí Y Hlân, Phó Bí thư Đảng ủy xã Đắk Long, báo cáo việc tổ chức 9 cuộc đối thoại ở thôn. Tại điểm cầu thành phố Kon Tum, ông A Kheo, già làng làng Plei Đôn, phường Quang Trung, chia sẻ kinh nghiệm vận động bà con tiêm vắc-xin.
Phát biểu kết luận, đồng chí Y Ngọc Thơm đề nghị các cấp bám sát Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị; phấn đấu 6 tháng cuối năm có thêm ít nhất 30 mô hình mới, hỗ trợ xây 40 căn nhà Đại đoàn kết cho hộ nghèo.
Hội nghị cũng nghe đại diện các đoàn thể báo cáo tình hình tư tưởng đoàn viên, hội viên, phản ánh tâm lý lo lắng của người lao động ở các khu công nghiệp và của đồng bào khi giá nông sản giảm mạnh. Ban Dân vận Tỉnh ủy đề nghị các địa phương đẩy mạnh tuyên truyền bằng tiếng dân tộc, phát huy vai trò già làng, người có uy tín.
Nhiều ý kiến cũng chỉ ra hạn chế: một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác dân vận, việc nắm tình hình ở thôn, làng vùng sâu còn chậm; tổ dân vận thôn hoạt động chưa đều, kinh phí cho hoạt động còn ít; cán bộ dân vận xã phần lớn kiêm nhiệm nên thời gian xuống cơ sở hạn chế.
H.Thu
Tin cùng chuyên mục
- Sa Thầy: vận động 120 hộ trồng sâm dưới tán rừng (15/07/2021)
- Hội nghị giao ban công tác dân vận quý II (02/07/2021)
""", "2021-07-23", "Khối dân vận Kon Tum: bám cơ sở trong phòng, chống dịch",
E("so_ket", "2021-H1", "2021-07-21"),
[P("Y Ngọc Thơm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Hlân", "Phó Bí thư Đảng ủy xã Đắk Long"),
 P("A Kheo", "già làng làng Plei Đôn")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("3.420 đoàn viên, hội viên", 3420, "đoàn viên, hội viên"),
 Q("gần 5,6 tỷ đồng", 5600000000, "đồng", "approx"), Q("64/71 vụ việc", 64, "vụ việc"), Q("90,1%", 90.1, "%"),
 Q("102 mô hình", 102, "mô hình"), Q("28 mô hình tiêu biểu", 28, "mô hình tiêu biểu"),
 Q("215 hộ đồng bào Xơ Đăng, Mơ Nâm", 215, "hộ đồng bào Xơ Đăng, Mơ Nâm"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"),
 Q("ít nhất 30 mô hình mới", 30, "mô hình mới", "over"), Q("40 căn nhà Đại đoàn kết", 40, "căn nhà Đại đoàn kết")],
[D("Báo cáo", "215", "BC/BDVTU", "2021-07-15", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 15/7/2021"),
 D("Kế hoạch", "48", "KH/TU", "2021-05-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2021-03-22", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 22/3/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Kon Tum"), com("Đắk Long"), com("Quang Trung")],
["Báo Kon Tum điện tử", "Chính trị > Dân vận", "Ban Dân vận Tỉnh ủy Kon Tum | Sơ kết 6 tháng đầu năm 2021", "Dân vận khéo",
 "Quỹ vắc-xin", "Nghị quyết Đại hội XIII", "Covid-19"],
["2021-07-23 16:40", "| 2", "| 3", "[1]", "[2]", "6 tháng đầu năm", "6 tháng cuối năm 2021", "Đại hội XIII", "Covid-19"]))

PAGES.append(page("b6400-baria-vungtau-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU
Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh
Thứ Năm, 29/12/2022, 08:05
Toàn cảnh hội nghị.
Khối dân vận triển khai nhiệm vụ năm 2023
Ngày 27/12, Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Lê Thị Thanh Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lộc, Huỳnh Thị Ngọc Bích, Châu Văn Tài.
Trích Báo cáo số 318-BC/BDVTU ngày 20/12/2022 (bản PDF gửi đại biểu):
                                   -3-
BÁO CÁO TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2022
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 14-CTr/TU ngày 08/3/2022 thực hiện
Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư(5); sơ kết Quy chế phối hợp số 05-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy và UBND tỉnh.
Toàn tỉnh có 685 mô hình "Dân vận khéo", trong đó 120 gương điển hình; vận động nhân dân hiến hơn 18.000 m2 đất, đóng góp
46,8 tỷ đồng xây dựng nông thôn mới. Khối dân vận tiếp nhận 1.126 lượt công dân, 208 đơn thư, giải quyết 187 đơn, đạt 89,9%.
                                   -4-
(5) Kết luận số 43-KL/TW về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI.
Tại hội nghị, đồng chí Nguyễn Thị Yến, HUV, Trưởng Ban Dân vận Huyện ủy Xuyên Mộc, nêu kinh nghiệm vận động 58 hộ dân tái định cư ven biển. Ông Chau Sóc Kha, người có uy tín ấp Sông Cầu, xã Bình Châu, chia sẻ cách vận động đồng bào Khmer, Chơ Ro giữ rừng. Linh mục Giuse Trần Văn Đức, Quản xứ giáo xứ Phước Tỉnh, xã Phước Tỉnh, cho biết giáo xứ đã ủng hộ 1,2 tỷ đồng xây 20 căn nhà cho ngư dân nghèo.
Phát biểu chỉ đạo, đồng chí Phạm Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2023 khối dân vận tập trung thực hiện Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy, tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW; mỗi xã, phường có ít nhất 2 mô hình mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 26 tập thể, 41 cá nhân xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2022.
Hội nghị cũng nghe tham luận của Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh và Tỉnh đoàn về giám sát, phản biện xã hội, về vận động hội viên chuyển đổi nghề khai thác hải sản gần bờ.
Các ý kiến đánh giá năm 2022 công tác dân vận chính quyền có chuyển biến rõ, nhiều địa phương chủ động đối thoại với nhân dân ngay từ khi lập dự án; song ở một số nơi việc giải quyết kiến nghị của cử tri còn chậm, cán bộ tiếp dân chưa tận tình, tổ dân vận khu phố hoạt động còn hình thức.
Ngọc Hân
Tin khác
- Tân Thành: ra mắt 12 mô hình dân vận chính quyền (20/12/2022)
- Giao ban công tác dân vận quý III năm 2022 (07/10/2022)
""", "2022-12-29", "Khối dân vận triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2022-12-27"),
[P("Lê Thị Thanh Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Ngọc Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Văn Tài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Yến", "HUV", "Trưởng Ban Dân vận Huyện ủy Xuyên Mộc"),
 P("Chau Sóc Kha", "người có uy tín ấp Sông Cầu"),
 P("Giuse Trần Văn Đức", "Linh mục", "Quản xứ giáo xứ Phước Tỉnh"),
 P("Phạm Văn Hùng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("685 mô hình", 685, "mô hình"), Q("120 gương điển hình", 120, "gương điển hình"), Q("hơn 18.000 m2", 18000, "m2", "over"),
 Q("46,8 tỷ đồng", 46800000000, "đồng"), Q("1.126 lượt công dân", 1126, "lượt công dân"), Q("208 đơn thư", 208, "đơn thư"),
 Q("187 đơn", 187, "đơn"), Q("89,9%", 89.9, "%"), Q("58 hộ dân tái định cư", 58, "hộ dân tái định cư"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("20 căn nhà", 20, "căn nhà"), Q("ít nhất 2 mô hình mới", 2, "mô hình mới", "over"),
 Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân xuất sắc", 41, "cá nhân xuất sắc")],
[D("Báo cáo", "318", "BC/BDVTU", "2022-12-20", "Ban Dân vận Tỉnh ủy", "Báo cáo số 318-BC/BDVTU ngày 20/12/2022"),
 D("Chương trình hành động", "14", "CTr/TU", "2022-03-08", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 14-CTr/TU ngày 08/3/2022"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-UBND", None, "Ban Dân vận Tỉnh ủy và UBND tỉnh", "Quy chế phối hợp số 05-QC/BDVTU-UBND"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương khóa XI", "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU")],
[prov("Bà Rịa - Vũng Tàu"), com("Bình Châu"), com("Phước Tỉnh")],
["BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh", "Toàn cảnh hội nghị.",
 "BÁO CÁO TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2022", "Dân vận khéo"],
["Thứ Năm, 29/12/2022, 08:05", "-3-", "-4-", "(5)", "năm 2022", "năm 2023", "10 năm", "khóa XI"]))
