from lib import *
PAGES = []

PAGES.append(page("b8285-thainguyen-hlhpn-tongket-uythac-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI NGUYÊN
Trang chủ » Hoạt động Hội » Hỗ trợ phụ nữ phát triển kinh tế
Thứ Hai, 26/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Thái Nguyên: Hội Phụ nữ tổng kết công tác nhận ủy thác vốn vay năm 2011
Ngày 23/12/2011, Hội LHPN tỉnh Thái Nguyên phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị tổng kết công tác nhận ủy thác cho vay vốn năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Dương Thị Hảo, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh và ông Lã Văn Thịnh, Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì hội nghị. Dự hội nghị có 64 đại biểu là chủ tịch, phó chủ tịch Hội LHPN các huyện, thành phố, thị xã và cán bộ phụ trách tín dụng của ngân hàng.
Đồng chí Dương Thị Hảo phát biểu tại hội nghị.
Theo báo cáo, đến ngày 30/11/2011, tổng dư nợ do Hội Phụ nữ các cấp nhận ủy thác đạt 612,4 tỷ đồng, tăng 58,7 tỷ đồng so với đầu năm, chiếm 34,6% tổng dư nợ của ngân hàng trên địa bàn. Toàn tỉnh có 1.126 tổ tiết kiệm và vay vốn do Hội quản lý với 41.870 hộ còn dư nợ; tỷ lệ nợ quá hạn chỉ còn 0,42%. Trong năm, các cấp Hội đã giúp 3.215 hộ nghèo được vay vốn, trong đó có 1.480 hộ vay vốn giải quyết việc làm và 920 hộ vay nước sạch, vệ sinh môi trường.
Thực hiện Nghị định số 78/2002/NĐ-CP của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác, Hội LHPN tỉnh đã ban hành Hướng dẫn số 12/HD-PNTN ngày 18/3/2011 về củng cố, kiện toàn tổ tiết kiệm và vay vốn; Ban Thường vụ Hội ký kết Văn bản liên tịch số 05/VBLT-PN-NHCS với Chi nhánh NHCSXH tỉnh về nội dung ủy thác từng khâu.
Tại hội nghị, bà Ma Thị Nguyệt, Chủ tịch Hội LHPN huyện Võ Nhai, cho biết huyện đã kiện toàn 47 tổ, thay thế 9 tổ trưởng, đưa sinh hoạt tổ vào nền nếp hằng tháng. Bà Hoàng Thị Lụa, tổ trưởng tổ tiết kiệm và vay vốn xóm Làng Mới, xã Phú Thượng, chia sẻ cách vận động chị em dân tộc Tày, Nùng gửi tiết kiệm mỗi tháng 20.000 đồng để trả lãi đúng hạn: "Chị em nghèo nhưng sòng phẳng lắm, chỉ cần mình đến tận nhà, nói cho rõ là ai cũng hiểu".
Nhiều ý kiến cũng chỉ ra hạn chế: một số tổ còn họp không đều, việc bình xét cho vay có nơi chưa công khai; cán bộ Hội cơ sở thay đổi nhiều nên kỹ năng kiểm tra sử dụng vốn còn yếu.
Phát biểu chỉ đạo, ông Trịnh Văn Tuệ, Phó Chủ tịch UBND tỉnh ghi nhận kết quả các cấp Hội đạt được, đề nghị năm 2012 tiếp tục gắn hoạt động ủy thác với phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không 3 sạch"; quan tâm hướng dẫn hộ vay sử dụng vốn đúng mục đích, hiệu quả.
Dịp này, Chi nhánh NHCSXH tỉnh tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác ủy thác năm 2011.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Phú Lương: phụ nữ vay vốn nuôi bò sinh sản (12/12/2011)
- Đồng Hỷ ra mắt 3 tổ hợp tác chè của chị em (30/11/2011)
- Tập huấn nghiệp vụ ủy thác cho cán bộ Hội cơ sở (15/11/2011)
- Gương phụ nữ dân tộc thoát nghèo nhờ vốn vay ưu đãi (02/11/2011)
""", "2011-12-26", "Thái Nguyên: Hội Phụ nữ tổng kết công tác nhận ủy thác vốn vay năm 2011",
E("tong_ket", "2011", "2011-12-23"),
[P("Dương Thị Hảo", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lã Văn Thịnh", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Ma Thị Nguyệt", "Chủ tịch Hội LHPN huyện Võ Nhai"),
 P("Hoàng Thị Lụa", "tổ trưởng tổ tiết kiệm và vay vốn xóm Làng Mới"),
 P("Trịnh Văn Tuệ", "Phó Chủ tịch UBND tỉnh")],
[Q("64 đại biểu", 64, "đại biểu"), Q("612,4 tỷ đồng", 612400000000, "đồng"), Q("58,7 tỷ đồng", 58700000000, "đồng"),
 Q("34,6%", 34.6, "%"), Q("1.126 tổ tiết kiệm và vay vốn", 1126, "tổ tiết kiệm và vay vốn"), Q("41.870 hộ", 41870, "hộ"),
 Q("0,42%", 0.42, "%"), Q("3.215 hộ nghèo", 3215, "hộ nghèo"), Q("1.480 hộ", 1480, "hộ"), Q("920 hộ", 920, "hộ"),
 Q("47 tổ", 47, "tổ"), Q("9 tổ trưởng", 9, "tổ trưởng"), Q("20.000 đồng", 20000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định số 78/2002/NĐ-CP của Chính phủ"),
 D("Hướng dẫn", "12", "HD-PNTN", "2011-03-18", "Hội LHPN tỉnh", "Hướng dẫn số 12/HD-PNTN ngày 18/3/2011"),
 D("Văn bản liên tịch", "05", "VBLT-PN-NHCS", None, None, "Văn bản liên tịch số 05/VBLT-PN-NHCS")],
[prov("Thái Nguyên"), com("Phú Thượng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI NGUYÊN", "Trang chủ » Hoạt động Hội » Hỗ trợ phụ nữ phát triển kinh tế",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đồng chí Dương Thị Hảo phát biểu tại hội nghị.",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không 3 sạch",
 "Lượt xem: 1.204", "Ngân hàng Chính sách xã hội"],
["Thứ Hai, 26/12/2011 - 09:30", "năm 2011", "năm 2012", "30/11/2011", "5 không 3 sạch", "Lượt xem: 1.204"]))

PAGES.append(page("b8286-nghean-hlhpn-soket-6thang-2012", """
Báo Nghệ An điện tử
Xã hội > Phụ nữ - Gia đình
Cập nhật: 14:05, 16/07/2012 (GMT+7)
Hơn 2.300 hộ phụ nữ nghèo miền Tây Nghệ An được tiếp cận vốn vay
(Baonghean) - Ngày 13/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị; đồng chí Phan Thị Minh Lý, Chủ tịch Hội LHPN tỉnh chủ trì.
Chị em hội viên xã Châu Hạnh nhận vốn vay từ tổ tiết kiệm. Ảnh: Thanh Lê
Báo cáo do các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Lô Thị Kim Ngân, Vi Thị Hoa trình bày cho thấy, 6 tháng đầu năm, các cấp Hội đã giúp hơn 2.300 hộ phụ nữ nghèo ở 10 huyện miền núi tiếp cận vốn vay ưu đãi, mức vay bình quân 15 triệu đồng/hộ. Tổng dư nợ ủy thác qua Hội đạt trên 1.050 tỷ đồng; nguồn vốn do Hội tự huy động từ tiết kiệm, quỹ hội viên đạt 86,5 tỷ đồng. Riêng Quỹ trợ vốn phụ nữ nghèo cho vay 1.870 lượt thành viên, trong đó 62% là phụ nữ dân tộc Thái, Khơ Mú, Mông.
Thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy, Hội đã phối hợp mở 46 lớp dạy nghề ngắn hạn như dệt thổ cẩm, chăn nuôi lợn đen, trồng nấm cho 1.390 lao động nữ; thành lập mới 28 tổ hợp tác do phụ nữ làm chủ.
Tại hội nghị, bà Lang Thị Bình - Chủ tịch Hội LHPN huyện Quế Phong cho biết, nhờ tổ tiết kiệm và vay vốn, chị em bản Đôn, xã Châu Kim đã mạnh dạn vay từ 20 - 30 triệu đồng để nuôi bò, trồng keo; nhiều hộ có thu nhập 40 triệu đồng/năm. Chị Xồng Thị Dợ, người Mông ở xã Mường Lống, kể lại: "Trước đây mình không dám vay vì sợ không trả được. Có chị em trong tổ hướng dẫn, giờ nhà mình có 6 con bò rồi".
Hội nghị cũng chỉ ra một số hạn chế: tỷ lệ hộ vay sử dụng vốn chưa hiệu quả còn khoảng 3%; một số cơ sở chưa chú trọng sinh hoạt tổ, công tác kiểm tra sau cho vay còn hình thức.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hường đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng về cơ sở, nhất là vùng đồng bào dân tộc thiểu số; phối hợp chặt với Ngân hàng Chính sách xã hội và ngành nông nghiệp trong chuyển giao khoa học kỹ thuật để chị em sử dụng vốn có hiệu quả, phấn đấu 6 tháng cuối năm giúp thêm ít nhất 1.000 hộ thoát nghèo.
Thanh Lê
Các tin khác
- Quỳ Hợp: trao 50 con lợn giống cho hội viên nghèo (10/07/2012)
- Hội LHPN Nghệ An ký kết chương trình phối hợp với Sở Lao động (02/07/2012)
- Tập huấn kỹ năng quản lý tổ tiết kiệm và vay vốn (25/06/2012)
- Phụ nữ Tương Dương giữ nghề dệt thổ cẩm (18/06/2012)
""", "2012-07-16", "Hơn 2.300 hộ phụ nữ nghèo miền Tây Nghệ An được tiếp cận vốn vay",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Nguyễn Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Minh Lý", "Chủ tịch Hội LHPN tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vi Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lang Thị Bình", "Chủ tịch Hội LHPN huyện Quế Phong"),
 P("Xồng Thị Dợ")],
[Q("Hơn 2.300 hộ phụ nữ nghèo", 2300, "hộ phụ nữ nghèo", "over"), Q("10 huyện miền núi", 10, "huyện miền núi"),
 Q("15 triệu đồng/hộ", 15000000, "đồng"), Q("trên 1.050 tỷ đồng", 1050000000000, "đồng", "over"),
 Q("86,5 tỷ đồng", 86500000000, "đồng"), Q("1.870 lượt thành viên", 1870, "lượt thành viên"), Q("62%", 62, "%"),
 Q("46 lớp dạy nghề ngắn hạn", 46, "lớp dạy nghề ngắn hạn"), Q("1.390 lao động nữ", 1390, "lao động nữ"),
 Q("28 tổ hợp tác", 28, "tổ hợp tác"), Q("20 - 30 triệu đồng", 20000000, "đồng"), Q("20 - 30 triệu đồng", 30000000, "đồng"),
 Q("40 triệu đồng/năm", 40000000, "đồng"), Q("6 con bò", 6, "con bò"), Q("khoảng 3%", 3, "%", "approx"),
 Q("ít nhất 1.000 hộ", 1000, "hộ", "over")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Kim"), com("Mường Lống")],
["Báo Nghệ An điện tử", "Xã hội > Phụ nữ - Gia đình", "(Baonghean)",
 "Chị em hội viên xã Châu Hạnh nhận vốn vay từ tổ tiết kiệm. Ảnh: Thanh Lê", "Quỹ trợ vốn phụ nữ nghèo",
 "Ngân hàng Chính sách xã hội"],
["Cập nhật: 14:05, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Chỉ thị 21, 22-CT/TU"]))

PAGES.append(page("b8287-soctrang-hlhpn-traovon-khmer-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Phụ nữ phát triển kinh tế
08:15 | 18/04/2013
Trao vốn, bò giống cho 45 phụ nữ Khmer nghèo huyện Trần Đề
Ngày 16/4, tại xã Lịch Hội Thượng, Hội LHPN tỉnh Sóc Trăng phối hợp với Quỹ Hỗ trợ phụ nữ phát triển tỉnh tổ chức trao vốn và bò giống cho 45 hội viên phụ nữ Khmer thuộc hộ nghèo, hộ cận nghèo của huyện Trần Đề nhân dịp Tết cổ truyền Chôl Chnăm Thmây. Tổng trị giá hỗ trợ là 540 triệu đồng.
Đại diện lãnh đạo Hội LHPN tỉnh trao bò giống cho chị em. Ảnh: Kim Ngân
Đến dự có bà Lâm Thị Sà Phol, Phó Chủ tịch Hội LHPN tỉnh; ông Thạch Sô Phanh, Phó Trưởng Ban Dân tộc tỉnh; Đại đức Lý Sa Rinh, trụ trì chùa Sà Lôn cùng lãnh đạo Huyện ủy, UBND huyện Trần Đề và xã Lịch Hội Thượng.
Theo đó, 25 chị được nhận mỗi người một con bò giống trị giá 12 triệu đồng; 20 chị được vay vốn không lãi từ Quỹ Hỗ trợ phụ nữ phát triển, mỗi suất 10 triệu đồng, thời hạn vay 24 tháng để mua con giống, mở tiệm tạp hóa nhỏ. Các chị cam kết sau 3 năm, khi bò sinh sản sẽ chuyển bê con đầu tiên cho chị em khác trong ấp cùng nuôi, theo mô hình "Bò mẹ giúp bê con" mà Hội đã làm từ năm 2010.
Chị Thạch Thị Sa Quên ở ấp Cỏ Cò, xã Liêu Tú, bùi ngùi: "Nhà tôi có 5 người, chỉ có 3 công ruộng. Có con bò này tôi sẽ chăm kỹ, mai mốt bán bê cho con đi học".
Phát biểu tại buổi trao, bà Lâm Thị Sà Phol cho biết, thực hiện Kế hoạch số 17/KH-HPN ngày 05/3/2013 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ dân tộc Khmer phát triển kinh tế giai đoạn 2013 - 2015, năm nay Hội phấn đấu hỗ trợ 300 hộ phụ nữ Khmer nghèo có sinh kế bền vững. Đến nay, Quỹ Hỗ trợ phụ nữ phát triển có tổng nguồn vốn 6,2 tỷ đồng, đang cho 1.148 thành viên vay, tỷ lệ hoàn trả đúng hạn đạt 99,6%.
Bà Sơn Thị Ra Nết, Chủ tịch Hội LHPN xã Lịch Hội Thượng cho hay, xã có 2.560 hội viên, trong đó hơn 70% là người Khmer; cán bộ Hội ấp đã dịch tài liệu hướng dẫn chăn nuôi sang tiếng Khmer để chị em dễ đọc.
Theo đánh giá của Hội LHPN huyện Trần Đề, sau hai năm thực hiện mô hình, đã có 118 con bê được chuyển giao vòng hai, nhiều chị em từ chỗ làm thuê theo mùa đã có thêm nguồn thu ổn định. Tuy vậy, việc chăm sóc, phòng dịch cho đàn bò ở những hộ đông con, thiếu đất trồng cỏ vẫn còn khó khăn; Hội sẽ phối hợp với Trạm Thú y huyện mở thêm các buổi hướng dẫn ngay tại ấp, có phiên dịch tiếng Khmer.
Cũng dịp này, Đại đức Lý Sa Rinh đã trao tặng 45 phần quà gồm gạo, nước mắm, mỗi phần trị giá 300.000 đồng cho các chị em nhận bò, vốn.
Kim Ngân
Tin khác
- Hội LHPN tỉnh tập huấn kỹ năng cho tổ trưởng tổ vay vốn (10/04/2013)
- Mỹ Xuyên: phụ nữ làm giàu từ nghề đan đát (02/04/2013)
- Hội thi "Phụ nữ giỏi việc nước, đảm việc nhà" (25/03/2013)
- Vĩnh Châu ra mắt 3 câu lạc bộ phụ nữ làm kinh tế giỏi (14/03/2013)
""", "2013-04-18", "Trao vốn, bò giống cho 45 phụ nữ Khmer nghèo huyện Trần Đề",
E("trao_qua", None, "2013-04-16"),
[P("Lâm Thị Sà Phol", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lý Sa Rinh", "Đại đức", "trụ trì chùa Sà Lôn"),
 P("Thạch Thị Sa Quên"),
 P("Sơn Thị Ra Nết", "Chủ tịch Hội LHPN xã Lịch Hội Thượng")],
[Q("45 phụ nữ Khmer nghèo", 45, "phụ nữ Khmer nghèo"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("25 chị", 25, "chị"), Q("12 triệu đồng", 12000000, "đồng"), Q("20 chị", 20, "chị"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("5 người", 5, "người"), Q("3 công ruộng", 3, "công ruộng"),
 Q("300 hộ phụ nữ Khmer nghèo", 300, "hộ phụ nữ Khmer nghèo"), Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("1.148 thành viên", 1148, "thành viên"), Q("99,6%", 99.6, "%"), Q("2.560 hội viên", 2560, "hội viên"),
 Q("hơn 70%", 70, "%", "over"), Q("118 con bê", 118, "con bê"), Q("45 phần quà", 45, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "17", "KH-HPN", "2013-03-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 17/KH-HPN ngày 05/3/2013")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Liêu Tú")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Phụ nữ phát triển kinh tế",
 "Đại diện lãnh đạo Hội LHPN tỉnh trao bò giống cho chị em. Ảnh: Kim Ngân", "Quỹ Hỗ trợ phụ nữ phát triển",
 "Bò mẹ giúp bê con", "Chôl Chnăm Thmây"],
["08:15 | 18/04/2013", "24 tháng", "3 năm", "năm 2010", "2013 - 2015"]))

PAGES.append(page("b8288-laocai-hlhpn-taphuan-khoisu-2014", """
Báo Lào Cai điện tử
Trang chủ › Xã hội › Phụ nữ
Thứ Năm, 25/09/2014
Phụ nữ dân tộc thiểu số Bắc Hà học cách khởi sự kinh doanh
Trong 2 ngày 23 và 24/9/2014, Hội LHPN tỉnh Lào Cai phối hợp với Trung tâm Hỗ trợ phụ nữ phát triển (Trung ương Hội LHPN Việt Nam) tổ chức lớp tập huấn "Khởi sự và quản lý kinh doanh nhỏ" năm 2014 cho 52 học viên là phụ nữ người Mông, Dao, Tày, Nùng đang làm chủ cơ sở sản xuất hoặc có ý tưởng kinh doanh tại huyện Bắc Hà.
Học viên thảo luận nhóm xây dựng kế hoạch kinh doanh. Ảnh: Hồng Duyên
Bà Sùng Thị Mai, Phó Chủ tịch Thường trực Hội LHPN tỉnh cho biết, lớp học nằm trong Kế hoạch số 38/KH-HPN ngày 12/6/2014 của Ban Thường vụ Hội LHPN tỉnh thực hiện Quyết định số 295/QĐ-TTg ngày 26/02/2010 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015". Năm 2014, Hội dự kiến mở 6 lớp như vậy tại các huyện vùng cao, với tổng kinh phí khoảng 180 triệu đồng.
Trong hai ngày, các giảng viên Trung ương hướng dẫn học viên cách xác định ý tưởng kinh doanh, tính giá thành, ghi chép sổ sách thu chi và tìm đầu ra cho sản phẩm. Phần thực hành được tổ chức theo nhóm, mỗi nhóm từ 8 đến 10 người, có cán bộ Hội huyện biết tiếng Mông phiên dịch.
Chị Giàng Thị Dợ, thôn Na Hối Tày, xã Na Hối đang nuôi 200 con gà đen và trồng 1,5 ha mận tam hoa, chia sẻ: "Trước giờ tôi bán mận cho thương lái, được bao nhiêu hay bấy nhiêu, không biết lãi hay lỗ. Học xong tôi sẽ ghi sổ, tính xem mỗi cân mận mất bao nhiêu tiền vốn". Còn chị Lý Thị Màu, người Dao ở xã Bản Phố muốn mở cửa hàng bán rượu ngô và thổ cẩm ở chợ phiên Bắc Hà, dự kiến vay thêm 30 triệu đồng từ Ngân hàng Chính sách xã hội qua tổ tiết kiệm của Hội.
Bà Vàng Thị Chá, HUV, Chủ tịch Hội LHPN huyện Bắc Hà cho biết, toàn huyện hiện có 87 tổ tiết kiệm và vay vốn với 2.614 thành viên, dư nợ trên 62 tỷ đồng. Sau lớp học, Hội huyện sẽ chọn 15 chị có ý tưởng khả thi để giới thiệu vay vốn và theo dõi, hỗ trợ trong 6 tháng đầu kinh doanh.
Kết thúc lớp học, 100% học viên đã hoàn thiện bản kế hoạch kinh doanh của mình; 4 kế hoạch tốt nhất được Ban tổ chức khen thưởng, mỗi kế hoạch 500.000 đồng.
Trước đó, năm 2013, Hội LHPN tỉnh đã phối hợp tổ chức 3 lớp tương tự tại Sa Pa, Mường Khương và Si Ma Cai cho 145 chị em; đến nay đã có 39 học viên mở được cơ sở kinh doanh nhỏ như cửa hàng tạp hóa, quán ăn, hợp tác xã thêu thổ cẩm.
Hồng Duyên
Tin cùng chuyên mục
- Mường Khương: phụ nữ Nùng làm giàu từ cây chè (18/09/2014)
- Hội LHPN tỉnh trao 20 máy khâu cho phụ nữ nghèo (10/09/2014)
- Si Ma Cai: ra mắt câu lạc bộ "Phụ nữ làm kinh tế giỏi" (28/08/2014)
- Sa Pa: chị em người Dao đỏ làm du lịch cộng đồng (15/08/2014)
""", "2014-09-25", "Phụ nữ dân tộc thiểu số Bắc Hà học cách khởi sự kinh doanh",
E("tap_huan", "2014", "2014-09-23"),
[P("Sùng Thị Mai", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Giàng Thị Dợ"),
 P("Lý Thị Màu"),
 P("Vàng Thị Chá", "HUV", "Chủ tịch Hội LHPN huyện Bắc Hà")],
[Q("52 học viên", 52, "học viên"), Q("6 lớp", 6, "lớp"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("từ 8 đến 10 người", 8, "người"), Q("từ 8 đến 10 người", 10, "người"),
 Q("200 con gà đen", 200, "con gà đen"), Q("1,5 ha", 1.5, "ha"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("87 tổ tiết kiệm và vay vốn", 87, "tổ tiết kiệm và vay vốn"), Q("2.614 thành viên", 2614, "thành viên"),
 Q("trên 62 tỷ đồng", 62000000000, "đồng", "over"), Q("15 chị", 15, "chị"), Q("100% học viên", 100, "%"),
 Q("4 kế hoạch", 4, "kế hoạch"), Q("500.000 đồng", 500000, "đồng"), Q("3 lớp", 3, "lớp"),
 Q("145 chị em", 145, "chị em"), Q("39 học viên", 39, "học viên")],
[D("Kế hoạch", "38", "KH-HPN", "2014-06-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 38/KH-HPN ngày 12/6/2014"),
 D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg ngày 26/02/2010")],
[prov("Lào Cai"), com("Na Hối"), com("Bản Phố")],
["Báo Lào Cai điện tử", "Trang chủ › Xã hội › Phụ nữ", "Học viên thảo luận nhóm xây dựng kế hoạch kinh doanh. Ảnh: Hồng Duyên",
 "Khởi sự và quản lý kinh doanh nhỏ", "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015",
 "Trung tâm Hỗ trợ phụ nữ phát triển"],
["Thứ Năm, 25/09/2014", "2 ngày", "hai ngày", "6 tháng", "năm 2014", "năm 2013", "2010 - 2015"]))

PAGES.append(page("b8289-quangnam-hlhpn-giaoban-quy3-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM
Vị trí: Trang chủ :: Tin hoạt động :: Hội cơ sở
09-10-2015 10:20
Toàn cảnh buổi giao ban.
Giao ban Hội Phụ nữ cụm miền núi: tổ liên kết sản xuất giúp chị em bán được hàng
Ngày 07/10/2015, tại huyện Đông Giang, Hội LHPN tỉnh Quảng Nam tổ chức giao ban công tác Hội cụm các huyện miền núi phía Bắc quý III/2015. Bà Trần Thị Kim Loan, Phó Chủ tịch Hội LHPN tỉnh chủ trì; dự có Chủ tịch, Phó Chủ tịch Hội LHPN các huyện Đông Giang, Tây Giang, Nam Giang, Đại Lộc.
Theo báo cáo, trong quý III, các huyện trong cụm đã thành lập mới 11 tổ liên kết sản xuất với 164 thành viên, chủ yếu trồng và chế biến măng khô, sâm dây, dệt thổ cẩm Cơ Tu; nâng tổng số tổ liên kết do Hội hỗ trợ lên 37 tổ. Dư nợ ủy thác qua Hội trong cụm đạt 214,8 tỷ đồng với 6.903 hộ vay, tỷ lệ nợ quá hạn 0,18%.
Các huyện cũng đã tổ chức 19 buổi truyền thông về phòng chống "tín dụng đen" cho gần 1.200 lượt hội viên, nhất là ở các thôn giáp ranh. Thực hiện Kế hoạch số 74/KH-UBND ngày 15/5/2015 của UBND tỉnh về hỗ trợ phát triển sản phẩm đặc trưng miền núi và Công văn 112, 113/HPN-KT của Hội LHPN tỉnh, các huyện đã đưa 14 sản phẩm của chị em tham gia hội chợ tại Tam Kỳ và Đà Nẵng.
Bà Bhling Thị Lan, Chủ tịch Hội LHPN huyện Tây Giang cho biết, tổ dệt thổ cẩm thôn Arớh, xã Lăng có 23 chị, mỗi tháng thu nhập thêm từ 1,5 đến 2 triệu đồng; huyện đã đề xuất hỗ trợ 40 triệu đồng để tổ mua thêm khung dệt. Bà Trần Thị Thu Sương, HUV, Chủ tịch Hội LHPN huyện Đại Lộc đề nghị tỉnh hội tăng cường tập huấn cho tổ trưởng tổ liên kết về hợp đồng tiêu thụ, tránh bị ép giá.
Các đại biểu Hội LHPN các xã Sông Kôn, Ma Cooih cũng nêu khó khăn khi nhiều chị em đi làm ăn xa, việc họp tổ không đủ thành viên; sản phẩm măng khô, sâm dây chưa có nhãn mác, bao bì nên chủ yếu bán qua thương lái với giá thấp. Một số ý kiến đề nghị tỉnh hội kết nối với các siêu thị, cửa hàng đặc sản ở Hội An để chị em có chỗ bày bán ổn định.
Kết luận giao ban, bà Trần Thị Kim Loan yêu cầu trong quý IV, các huyện rà soát, củng cố những tổ hoạt động cầm chừng, phấn đấu mỗi huyện có ít nhất 2 tổ liên kết hoạt động hiệu quả để nhân rộng; chuẩn bị tốt các điều kiện cho đại hội Hội LHPN cấp cơ sở nhiệm kỳ 2016 - 2021. Bà cũng giao Ban Kinh tế Hội LHPN tỉnh phối hợp với Văn phòng Hội theo dõi, tổng hợp kết quả trước ngày 20/12.
Dịp này, Hội LHPN tỉnh trao 5 khung dệt, trị giá 4,5 triệu đồng/khung cho tổ dệt thổ cẩm xã Lăng.
Thu Hiền
Các tin đã đưa
- Nam Giang: hội viên người Cơ Tu vay vốn trồng sâm dây (28/09/2015)
- Tổng kết mô hình "Phụ nữ tiết kiệm vì gia đình" (18/09/2015)
- Hội LHPN tỉnh làm việc với Hội LHPN huyện Phước Sơn (08/09/2015)
- Tập huấn kỹ năng lãnh đạo cho cán bộ Hội cơ sở (25/08/2015)
""", "2015-10-09", "Giao ban Hội Phụ nữ cụm miền núi: tổ liên kết sản xuất giúp chị em bán được hàng",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Trần Thị Kim Loan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bhling Thị Lan", "Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Trần Thị Thu Sương", "HUV", "Chủ tịch Hội LHPN huyện Đại Lộc")],
[Q("11 tổ liên kết sản xuất", 11, "tổ liên kết sản xuất"), Q("164 thành viên", 164, "thành viên"), Q("37 tổ", 37, "tổ"),
 Q("214,8 tỷ đồng", 214800000000, "đồng"), Q("6.903 hộ", 6903, "hộ"), Q("0,18%", 0.18, "%"),
 Q("19 buổi truyền thông", 19, "buổi truyền thông"), Q("gần 1.200 lượt hội viên", 1200, "lượt hội viên", "approx"),
 Q("14 sản phẩm", 14, "sản phẩm"), Q("23 chị", 23, "chị"), Q("từ 1,5 đến 2 triệu đồng", 1500000, "đồng"),
 Q("từ 1,5 đến 2 triệu đồng", 2000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("ít nhất 2 tổ liên kết", 2, "tổ liên kết", "over"), Q("5 khung dệt", 5, "khung dệt"),
 Q("4,5 triệu đồng/khung", 4500000, "đồng")],
[D("Kế hoạch", "74", "KH-UBND", "2015-05-15", "UBND tỉnh", "Kế hoạch số 74/KH-UBND ngày 15/5/2015 của UBND tỉnh"),
 D("Công văn", "112", "HPN-KT", None, "Hội LHPN tỉnh", "Công văn 112, 113/HPN-KT của Hội LHPN tỉnh"),
 D("Công văn", "113", "HPN-KT", None, "Hội LHPN tỉnh", "Công văn 112, 113/HPN-KT của Hội LHPN tỉnh")],
[prov("Quảng Nam"), com("Lăng"), com("Sông Kôn"), com("Ma Cooih")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM", "Vị trí: Trang chủ :: Tin hoạt động :: Hội cơ sở", "Toàn cảnh buổi giao ban.",
 "tín dụng đen"],
["09-10-2015 10:20", "quý III/2015", "quý III", "quý IV", "2016 - 2021"]))

PAGES.append(page("b8290-daklak-doithoai-phunu-vayvon-2016", """
Cổng thông tin điện tử huyện Krông Búk - tỉnh Đắk Lắk
Tin tức - Sự kiện | Hoạt động các đoàn thể
Ngày đăng 22/11/2016 | 15:40
Chủ tịch UBND huyện Krông Búk đối thoại với hội viên phụ nữ về vốn vay và sinh kế
Sáng 18/11, UBND huyện Krông Búk phối hợp với Hội LHPN huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với cán bộ, hội viên phụ nữ năm 2016. Ông Y Thông Êban, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại; cùng dự có đại diện Phòng Nông nghiệp và Phát triển nông thôn, Phòng Lao động - Thương binh và Xã hội, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện và 120 hội viên đến từ 7 xã.
Quang cảnh buổi đối thoại.
Mở đầu, bà H'Nơ Niê, Chủ tịch Hội LHPN huyện báo cáo nhanh: năm 2016, Hội đang quản lý 58 tổ tiết kiệm và vay vốn với tổng dư nợ 96,3 tỷ đồng; có 312 hộ hội viên thoát nghèo, song vẫn còn 1.047 hộ nghèo có chủ hộ là phụ nữ, phần lớn là đồng bào Êđê, Mnông và đồng bào các dân tộc phía Bắc di cư vào.
Tại buổi đối thoại, 14 ý kiến đã được nêu trực tiếp. Chị H'Linh Mlô, buôn Kdoh, xã Ea Sin đề nghị nâng mức vay hộ cận nghèo lên 50 triệu đồng vì trồng cà phê tái canh cần vốn lớn; chị Hoàng Thị Dung, dân tộc Tày ở xã Cư Né phản ánh có 9 hộ trong thôn bị các đối tượng cho vay lãi nặng đến 10%/tháng, sau đó phải bán đất để trả nợ. Bà Ksor H'Bliêng, người có uy tín buôn Ea Kung, xã Ea Sin đề nghị huyện hỗ trợ giống bò lai cho các chị em đơn thân.
Trả lời các ý kiến, ông Y Thông Êban cho biết, mức cho vay tối đa đối với hộ cận nghèo hiện thực hiện theo Quyết định số 15/2013/QĐ-TTg của Thủ tướng Chính phủ; huyện sẽ kiến nghị tỉnh quan tâm bổ sung nguồn vốn địa phương ủy thác qua Ngân hàng Chính sách xã hội khoảng 2 tỷ đồng trong năm 2017. Đối với tình trạng cho vay nặng lãi, Chủ tịch UBND huyện giao Công an huyện phối hợp UBND các xã rà soát, xử lý nghiêm; đồng thời yêu cầu Hội LHPN huyện tăng cường tuyên truyền để chị em không vay ngoài.
Ông Nguyễn Văn Phúc, Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện thông tin, năm 2017 huyện sẽ dành 30 con bò giống cho hộ phụ nữ nghèo theo Chương trình 135 và hướng dẫn kỹ thuật chăm sóc.
Kết thúc hội nghị, ông Y Thông Êban đề nghị Hội LHPN huyện tổng hợp đầy đủ các ý kiến chưa được trả lời tại chỗ để các phòng, ban chuyên môn trả lời bằng văn bản trước ngày 15/12/2016; thực hiện tốt Kế hoạch số 41/KH-UBND ngày 04/3/2016 của UBND huyện về hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững.
H'Xíu
Tin khác
- Hội LHPN huyện ra mắt mô hình "Tiết kiệm vì phụ nữ nghèo" (10/11/2016)
- Xã Ea Ngai tổ chức hội thi nấu ăn của các dân tộc (26/10/2016)
- Trao 10 căn nhà "Mái ấm tình thương" cho phụ nữ nghèo (12/10/2016)
- Tập huấn kỹ thuật trồng tiêu cho hội viên (28/09/2016)
""", "2016-11-22", "Chủ tịch UBND huyện Krông Búk đối thoại với hội viên phụ nữ về vốn vay và sinh kế",
E("doi_thoai", "2016", "2016-11-18"),
[P("Y Thông Êban", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("H'Nơ Niê", "Chủ tịch Hội LHPN huyện"),
 P("H'Linh Mlô"),
 P("Hoàng Thị Dung"),
 P("Ksor H'Bliêng", "người có uy tín buôn Ea Kung"),
 P("Nguyễn Văn Phúc", "Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện")],
[Q("120 hội viên", 120, "hội viên"), Q("7 xã", 7, "xã"), Q("58 tổ tiết kiệm và vay vốn", 58, "tổ tiết kiệm và vay vốn"),
 Q("96,3 tỷ đồng", 96300000000, "đồng"), Q("312 hộ hội viên", 312, "hộ hội viên"), Q("1.047 hộ nghèo", 1047, "hộ nghèo"),
 Q("14 ý kiến", 14, "ý kiến"), Q("50 triệu đồng", 50000000, "đồng"), Q("9 hộ", 9, "hộ"), Q("10%/tháng", 10, "%"),
 Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("30 con bò giống", 30, "con bò giống")],
[D("Quyết định", "15", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2013/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "41", "KH-UBND", "2016-03-04", "UBND huyện", "Kế hoạch số 41/KH-UBND ngày 04/3/2016 của UBND huyện")],
[prov("Đắk Lắk"), com("Ea Sin"), com("Cư Né")],
["Cổng thông tin điện tử huyện Krông Búk - tỉnh Đắk Lắk", "Tin tức - Sự kiện | Hoạt động các đoàn thể",
 "Quang cảnh buổi đối thoại.", "Chương trình 135", "Ngân hàng Chính sách xã hội"],
["Ngày đăng 22/11/2016 | 15:40", "năm 2016", "năm 2017", "15/12/2016", "Chương trình 135"]))
