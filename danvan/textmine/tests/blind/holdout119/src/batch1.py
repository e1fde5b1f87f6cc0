from lib import *
PAGES = []

PAGES.append(page("b2813-laocai-mttq-giamsat-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
Thứ Sáu, 14/10/2011 - 08:30
Lào Cai: Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Bát Xát
Từ ngày 10 đến 12/10/2011, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lý Seo Chứ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ tại huyện Bát Xát. Đây là một trong 4 cuộc giám sát chuyên đề thuộc chương trình giám sát năm 2011 của Ủy ban MTTQ tỉnh.
Đoàn đã làm việc với UBND các xã Y Tý, A Mú Sung, Mường Hum và kiểm tra thực tế 36 căn nhà đã được hỗ trợ xây dựng.
Báo cáo của UBND huyện cho thấy, từ năm 2009 đến nay toàn huyện có 1.312 hộ nghèo được hỗ trợ làm nhà ở với tổng kinh phí hơn 9,8 tỷ đồng; mỗi hộ được hỗ trợ 6 triệu đồng từ ngân sách và được vay 8 triệu đồng từ Ngân hàng Chính sách xã hội. Đến nay đã có 1.205 căn nhà hoàn thành, đạt 91,8% kế hoạch.
Qua giám sát cho thấy, việc bình xét hộ được hỗ trợ cơ bản công khai, dân chủ, đúng đối tượng; nhiều hộ đồng bào Mông, Dao, Hà Nhì đã có nhà ở ổn định. Tuy nhiên, ở xã Y Tý còn 27 hộ chưa khởi công do thiếu vật liệu, đường vận chuyển khó khăn; một số hộ sử dụng tiền vay chưa đúng mục đích; việc niêm yết danh sách ở một số thôn chưa đầy đủ.
Tại buổi làm việc, ông Phàn Văn Lở, Chủ tịch UBND xã A Mú Sung, kiến nghị nâng mức hỗ trợ đối với hộ ở vùng cao vì giá vật liệu tăng mạnh; bà Chảo Thị Mẩy, Chủ tịch Ủy ban MTTQ xã Y Tý, đề nghị cho các hộ được đổi công, góp vật liệu tại chỗ. Ông Ly Xe Hừ, Bí thư Chi bộ thôn Sín Chải, phản ánh nhiều hộ đã ở nhà mới nhưng chưa có nhà vệ sinh.
Kết luận buổi giám sát, đồng chí Lý Seo Chứ đề nghị UBND huyện chỉ đạo hoàn thành dứt điểm số nhà còn lại trước ngày 31/12/2011; công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn; phát huy vai trò Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh, Sở Xây dựng và Ngân hàng Chính sách xã hội tỉnh.
Cùng đi có bà Vàng Thị Dung, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Hội Nông dân, Hội LHPN tỉnh.
Minh Châu
Lượt đọc: 412
Tin liên quan
- Sa Pa: Mặt trận vận động xây 15 nhà Đại đoàn kết (07/10/2011)
- Giám sát việc thực hiện Quy chế dân chủ tại xã Bản Lầu (28/09/2011)
- Hội nghị hiệp thương lần thứ hai bầu cử đại biểu HĐND xã (15/09/2011)
- Ủy ban MTTQ tỉnh triển khai Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (02/09/2011)
""", "2011-10-14", "Lào Cai: Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Bát Xát",
E("giam_sat", "2011", "2011-10-10"),
[P("Lý Seo Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phàn Văn Lở", "Chủ tịch UBND xã A Mú Sung"),
 P("Chảo Thị Mẩy", "Chủ tịch Ủy ban MTTQ xã Y Tý"),
 P("Ly Xe Hừ", "Bí thư Chi bộ thôn Sín Chải"),
 P("Vàng Thị Dung", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("36 căn nhà", 36, "căn nhà"),
 Q("1.312 hộ nghèo", 1312, "hộ nghèo"), Q("hơn 9,8 tỷ đồng", 9800000000, "đồng", "over"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("1.205 căn nhà", 1205, "căn nhà"),
 Q("91,8%", 91.8, "%"), Q("27 hộ", 27, "hộ")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Mường Hum")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện",
 "Ban Thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "Lượt đọc: 412", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 14/10/2011 - 08:30", "năm 2011", "năm 2009", "Lượt đọc: 412", "31/12/2011"]))

PAGES.append(page("b2814-thanhhoa-mttq-soket-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự :: Chính trị :: Mặt trận - Đoàn thể
Cập nhật: 09:12, 18/07/2012 (GMT+7)
Quang cảnh hội nghị. Ảnh: Lê Hợi
Mặt trận các cấp đẩy mạnh giám sát ở cơ sở
(Baothanhhoa.vn) - Ngày 17/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Quy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp đã tổ chức 318 cuộc giám sát, trong đó cấp tỉnh 3 cuộc, cấp huyện 41 cuộc; tập trung vào việc thực hiện Quy chế dân chủ ở cơ sở, quản lý đất đai, thu chi các khoản đóng góp của nhân dân. Qua giám sát đã phát hiện, kiến nghị xử lý 57 vụ việc, thu hồi cho nhân dân hơn 420 triệu đồng thu sai quy định.
Ban Thanh tra nhân dân ở 637 xã, phường, thị trấn đã tiếp nhận 1.146 đơn thư, kiến nghị, trong đó đã giải quyết 1.019 đơn, đạt khoảng 89%. Mặt trận các cấp tham gia góp ý xây dựng 26 dự thảo văn bản của cấp ủy, chính quyền; phối hợp tổ chức 44 hội nghị tiếp xúc cử tri.
Thực hiện Nghị quyết liên tịch số 05/2006/NQLT-CP-UBTWMTTQVN giữa Chính phủ và Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 112/KH-MTTQ-BTT ngày 20/3/2012 về giám sát hoạt động của Ban giám sát đầu tư của cộng đồng.
Tại hội nghị, ông Hà Văn Ngán, Chủ tịch Ủy ban MTTQ huyện Quan Sơn, cho biết huyện đã giám sát việc cấp phát gạo cứu đói cho đồng bào Thái, Mường vùng biên giới; bà Cầm Thị Pầu, Chủ tịch Ủy ban MTTQ xã Trung Lý (Mường Lát), đề nghị tỉnh hỗ trợ kinh phí cho Ban Thanh tra nhân dân ở các bản xa. Ông Phạm Bá Thước, Trưởng ban Thanh tra nhân dân phường Đông Vệ, chia sẻ cách giám sát công trình xây dựng trường học.
Phát biểu kết luận, đồng chí Lê Thị Quy nhấn mạnh: 6 tháng cuối năm Mặt trận các cấp cần nâng cao chất lượng giám sát, chú trọng giám sát sau kiến nghị; tiếp tục triển khai Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 9 tập thể có thành tích trong công tác giám sát.
Hoài Anh
Lượt xem: 1.208
Các tin đã đưa
- Mường Lát: Hiệp thương thành lập Ban Thanh tra nhân dân xã Pù Nhi (10/07/2012)
- Ủy ban MTTQ tỉnh giám sát công tác bồi thường dự án Nghi Sơn (29/06/2012)
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh (12/06/2012)
- Như Xuân: Mặt trận vận động hơn 300 hộ hiến đất làm đường giao thông nông thôn (05/06/2012)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở các huyện miền núi (24/05/2012)
""", "2012-07-18", "Mặt trận các cấp đẩy mạnh giám sát ở cơ sở",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Lê Thị Quy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ngán", "Chủ tịch Ủy ban MTTQ huyện Quan Sơn"),
 P("Cầm Thị Pầu", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Phạm Bá Thước", "Trưởng ban Thanh tra nhân dân phường Đông Vệ")],
[Q("318 cuộc giám sát", 318, "cuộc giám sát"), Q("3 cuộc", 3, "cuộc"), Q("41 cuộc", 41, "cuộc"),
 Q("57 vụ việc", 57, "vụ việc"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"), Q("1.146 đơn thư, kiến nghị", 1146, "đơn thư, kiến nghị"),
 Q("1.019 đơn", 1019, "đơn"), Q("khoảng 89%", 89, "%", "approx"), Q("26 dự thảo văn bản", 26, "dự thảo văn bản"),
 Q("44 hội nghị tiếp xúc cử tri", 44, "hội nghị tiếp xúc cử tri"), Q("9 tập thể", 9, "tập thể")],
[D("Nghị quyết liên tịch", "05", "2006/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 05/2006/NQLT-CP-UBTWMTTQVN"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2012-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 20/3/2012")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Đông Vệ")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự :: Chính trị :: Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị. Ảnh: Lê Hợi", "(Baothanhhoa.vn)", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Ban Thanh tra nhân dân", "Lượt xem: 1.208"],
["Cập nhật: 09:12, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Lượt xem: 1.208"]))

PAGES.append(page("b2815-nghean-mttq-gopy-hienphap-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Góp ý dự thảo Hiến pháp
22-03-2013 14:05
Góp ý dự thảo sửa đổi Hiến pháp: Nhiều ý kiến tâm huyết từ đồng bào các dân tộc miền Tây
Ngày 20/3/2013, Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An tổ chức hội nghị lấy ý kiến góp ý Dự thảo sửa đổi Hiến pháp năm 1992 của đại biểu các dân tộc thiểu số, chức sắc tôn giáo, trí thức và người có uy tín. Ông Nguyễn Văn Hải, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì hội nghị; dự có 112 đại biểu đến từ 11 huyện, thành, thị.
Thực hiện Nghị quyết số 38/2012/QH13 của Quốc hội về việc tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992 và Kế hoạch số 156-KH/TU của Ban Thường vụ Tỉnh ủy, đến nay Mặt trận các cấp trong tỉnh đã tổ chức 1.420 hội nghị với hơn 96.000 lượt người tham dự, tổng hợp khoảng 4.300 ý kiến góp ý.
Tại hội nghị, các đại biểu tập trung góp ý vào Chương I về chế độ chính trị, Chương II về quyền con người, quyền và nghĩa vụ cơ bản của công dân và Chương III về kinh tế, xã hội. Ông Lô Văn Tiến, người có uy tín bản Na Loi, xã Đoọc Mạy (Kỳ Sơn), đề nghị Hiến pháp khẳng định rõ hơn chính sách ưu tiên đầu tư cho vùng đồng bào dân tộc thiểu số, vùng biên giới. Bà Vi Thị Hương, Chủ tịch Hội LHPN huyện Quế Phong, đề nghị bổ sung quy định về bảo đảm bình đẳng giới trong tham gia quản lý nhà nước.
Linh mục Phêrô Nguyễn Văn Hòa, Quản xứ giáo xứ Bảo Nham, góp ý về quyền tự do tín ngưỡng, tôn giáo; Thượng tọa Thích Tâm Thành, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị giữ vai trò của MTTQ Việt Nam tại Điều 9 như dự thảo. Ông Xồng Bá Dìa, Bí thư Đảng ủy xã Huồi Tụ, kiến nghị quy định cụ thể về quyền của người dân đối với đất rừng được giao.
Nhiều ý kiến đề nghị Hiến pháp sửa đổi cần quy định rõ chức năng giám sát và phản biện xã hội của Mặt trận, bảo đảm các kiến nghị sau giám sát được cơ quan có thẩm quyền trả lời.
Kết thúc hội nghị, ông Nguyễn Văn Hải tiếp thu các ý kiến và cho biết Ban Thường trực sẽ tổng hợp đầy đủ, báo cáo Ủy ban Trung ương MTTQ Việt Nam trước ngày 31/3.
Thanh Lê
Số lượt truy cập: 45.217
Tin cùng chuyên mục
- Thành phố Vinh: Hơn 20.000 ý kiến góp ý dự thảo sửa đổi Hiến pháp (18/03/2013)
- Hội nghị góp ý dự thảo Hiến pháp tại huyện Con Cuông (14/03/2013)
- Ủy ban MTTQ tỉnh triển khai kế hoạch lấy ý kiến nhân dân (25/01/2013)
- Quỳ Hợp: Trao 25 nhà Đại đoàn kết cho hộ nghèo dịp Tết Quý Tỵ (30/01/2013)
- Hội nghị hiệp thương lần thứ nhất giới thiệu người ứng cử Hội thẩm nhân dân (11/01/2013)
- Tương Dương: Sơ kết 3 năm thực hiện Cuộc vận động xây dựng khu dân cư văn hóa (28/12/2012)
""", "2013-03-22", "Góp ý dự thảo sửa đổi Hiến pháp: Nhiều ý kiến tâm huyết từ đồng bào các dân tộc miền Tây",
E("hoi_nghi", "2013", "2013-03-20"),
[P("Nguyễn Văn Hải", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lô Văn Tiến", "người có uy tín bản Na Loi"),
 P("Vi Thị Hương", "Chủ tịch Hội LHPN huyện Quế Phong"),
 P("Phêrô Nguyễn Văn Hòa", "Linh mục", "Quản xứ giáo xứ Bảo Nham"),
 P("Thích Tâm Thành", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Xồng Bá Dìa", "Bí thư Đảng ủy xã Huồi Tụ")],
[Q("112 đại biểu", 112, "đại biểu"), Q("11 huyện, thành, thị", 11, "huyện, thành, thị"), Q("1.420 hội nghị", 1420, "hội nghị"),
 Q("hơn 96.000 lượt người", 96000, "lượt người", "over"), Q("khoảng 4.300 ý kiến góp ý", 4300, "ý kiến", "approx")],
[D("Nghị quyết", "38", "2012/QH13", None, "Quốc hội", "Nghị quyết số 38/2012/QH13 của Quốc hội"),
 D("Kế hoạch", "156", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 156-KH/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Nghệ An"), com("Đoọc Mạy"), com("Huồi Tụ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ / Tin tức - Sự kiện / Góp ý dự thảo Hiến pháp",
 "Dự thảo sửa đổi Hiến pháp năm 1992", "Số lượt truy cập: 45.217", "Giáo hội Phật giáo Việt Nam"],
["22-03-2013 14:05", "Hiến pháp năm 1992", "Chương I", "Điều 9", "Số lượt truy cập: 45.217", "31/3"]))

PAGES.append(page("b2816-soctrang-mttq-giamsat-qcdc-2014", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng
Bạn đang ở: Trang chủ » Giám sát và phản biện xã hội
Thứ Năm, 25/09/2014 | 15:40
Toàn cảnh buổi làm việc của đoàn giám sát tại xã Viên An.
Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Trần Đề
Thực hiện chương trình giám sát năm 2014, ngày 23/9/2014, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do ông Lâm Văn Mẫn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn tại huyện Trần Đề.
Theo báo cáo của UBND huyện, năm qua các xã, thị trấn đã công khai cho nhân dân biết 100% các nội dung theo quy định; tổ chức cho nhân dân bàn và quyết định trực tiếp việc đóng góp xây dựng 47 công trình giao thông nông thôn với tổng giá trị khoảng 6,3 tỷ đồng, trong đó nhân dân đóng góp hơn 2,1 tỷ đồng và hiến 18.400 m2 đất. Ban Thanh tra nhân dân ở 11 xã, thị trấn đã tiếp nhận 64 đơn thư và kiến nghị giải quyết 58 trường hợp.
Đoàn đã làm việc trực tiếp tại xã Viên An và xã Đại Ân 2. Qua giám sát cho thấy, một số ấp chưa niêm yết công khai kế hoạch sử dụng đất; việc lấy ý kiến người dân về mức đóng góp quỹ ở một số nơi còn hình thức; tài liệu tuyên truyền bằng chữ Khmer còn ít, chưa đến được với 3.250 hộ đồng bào Khmer trong huyện.
Ông Thạch Sà Phol, Phó Chủ tịch UBND xã Viên An, giải trình: xã đã tổ chức 14 cuộc họp dân để bàn về việc nâng cấp lộ nông thôn, nhưng còn 6 hộ chưa đồng thuận. Bà Lâm Thị Sô Phi, Trưởng ban Thanh tra nhân dân xã Đại Ân 2, kiến nghị hỗ trợ thù lao cho thành viên Ban Thanh tra nhân dân. Đại đức Danh Chanh Đa, trụ trì chùa Sê Rây Vông Sa, đề nghị các ấp phối hợp với nhà chùa phổ biến chính sách bằng tiếng Khmer trong các ngày lễ.
Phát biểu kết luận, ông Lâm Văn Mẫn ghi nhận những kết quả huyện đạt được và đề nghị UBND huyện chỉ đạo các xã khắc phục những hạn chế nêu trên, thực hiện nghiêm Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; báo cáo kết quả khắc phục về Ủy ban MTTQ tỉnh trước ngày 30/11/2014.
Tham gia đoàn có ông Trần Văn Nhu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Ban Dân vận Tỉnh ủy, Sở Nội vụ.
Minh Tâm (Ban Dân chủ - Pháp luật)
Lượt xem: 318
In bài viết | Gửi email
Tin khác
- Ủy ban MTTQ tỉnh phản biện dự thảo Nghị quyết về mức thu học phí (12/09/2014)
- Mỹ Xuyên: Hội nghị đại biểu Nhân dân xã Hòa Tú 1 (05/09/2014)
- Đoàn giám sát của Ủy ban MTTQ tỉnh làm việc tại thị xã Vĩnh Châu (27/08/2014)
- Châu Thành: Trao 20 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer (19/08/2014)
""", "2014-09-25", "Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Trần Đề",
E("giam_sat", "2014", "2014-09-23"),
[P("Lâm Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sà Phol", "Phó Chủ tịch UBND xã Viên An"),
 P("Lâm Thị Sô Phi", "Trưởng ban Thanh tra nhân dân xã Đại Ân 2"),
 P("Danh Chanh Đa", "Đại đức", "trụ trì chùa Sê Rây Vông Sa"),
 P("Trần Văn Nhu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("100%", 100, "%"), Q("47 công trình giao thông nông thôn", 47, "công trình giao thông nông thôn"),
 Q("khoảng 6,3 tỷ đồng", 6300000000, "đồng", "approx"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("18.400 m2", 18400, "m2"), Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("64 đơn thư", 64, "đơn thư"),
 Q("58 trường hợp", 58, "trường hợp"), Q("3.250 hộ đồng bào Khmer", 3250, "hộ đồng bào Khmer"),
 Q("14 cuộc họp dân", 14, "cuộc họp dân"), Q("6 hộ", 6, "hộ")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW của Bộ Chính trị")],
[prov("Sóc Trăng"), com("Viên An"), com("Đại Ân 2")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng", "Bạn đang ở: Trang chủ » Giám sát và phản biện xã hội",
 "Toàn cảnh buổi làm việc của đoàn giám sát tại xã Viên An.", "Lượt xem: 318", "In bài viết | Gửi email",
 "Ban Thanh tra nhân dân", "Quy chế dân chủ ở cơ sở"],
["Thứ Năm, 25/09/2014 | 15:40", "năm 2014", "Lượt xem: 318", "30/11/2014"]))

PAGES.append(page("b2817-gialai-mttq-phanbien-2015", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
12/11/2015 - 07:45
Phản biện dự thảo Nghị quyết về hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số
(GLO)- Sáng 11-11, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển sản xuất cho đồng bào dân tộc thiểu số giai đoạn 2016-2020. Bà Rơ Lan Thị Hlin, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Tham dự có 65 đại biểu là các nhà khoa học, luật gia, già làng, người có uy tín và đại diện các sở, ngành.
Đây là hội nghị phản biện xã hội đầu tiên của Mặt trận tỉnh năm 2015, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội.
Theo dự thảo do Sở Kế hoạch và Đầu tư trình bày, mỗi năm ngân sách tỉnh sẽ bố trí khoảng 35 tỷ đồng để hỗ trợ giống cây trồng, vật nuôi, máy móc cho khoảng 12.000 hộ nghèo, hộ cận nghèo người Jrai, Bahnar; mức hỗ trợ 5 triệu đồng/hộ.
Góp ý tại hội nghị, ông Ksor Phước, già làng làng Plei Ơi, xã Ia Mơ Nông (Chư Păh), cho rằng cần giao bò giống theo nhóm hộ và có cán bộ khuyến nông theo dõi đến cùng. Bà Siu H'Nhăm, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị bỏ quy định hộ phải có đất sản xuất trên 5.000 m2 mới được hỗ trợ vì nhiều hộ thiếu đất sẽ bị loại. Tiến sĩ Đinh Văn Dek, Phó Hiệu trưởng Trường Chính trị tỉnh, đề nghị làm rõ cơ chế giám sát của cộng đồng đối với nguồn vốn hỗ trợ.
Ông Rah Lan Lâm, Trưởng ban Dân tộc HĐND tỉnh, cho biết qua khảo sát tại 18 xã đặc biệt khó khăn có gần 30% số bò giống hỗ trợ giai đoạn trước đã bị bán hoặc chết; vì vậy dự thảo cần quy định trách nhiệm của chính quyền cấp xã.
Kết luận hội nghị, bà Rơ Lan Thị Hlin đề nghị cơ quan soạn thảo tiếp thu các ý kiến xác đáng. Ủy ban MTTQ tỉnh sẽ có văn bản phản biện gửi Thường trực HĐND tỉnh trước kỳ họp thứ 11 HĐND tỉnh khóa X.
Hà Duy
Tin cùng chuyên mục
- Chư Sê: Đoàn giám sát Mặt trận làm việc tại xã Ia Blang (06/11/2015)
- Ủy ban MTTQ tỉnh giám sát việc chi trả tiền dịch vụ môi trường rừng (30/10/2015)
- Hội nghị hiệp thương thỏa thuận cơ cấu Ủy ban MTTQ xã nhiệm kỳ mới (19/10/2015)
- Mặt trận huyện Krông Pa tặng 40 con bò giống cho hộ nghèo (08/10/2015)
- Ia Grai: Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" tại làng Bồ (01/10/2015)
- Đak Đoa: Hội nghị đại biểu người có uy tín trong đồng bào dân tộc thiểu số (24/09/2015)
- Kông Chro: Mặt trận vận động hỗ trợ 12 căn nhà cho hộ nghèo người Bahnar (16/09/2015)
- Ủy ban MTTQ tỉnh tập huấn kỹ năng giám sát cho cán bộ Mặt trận cấp xã (09/09/2015)
""", "2015-11-12", "Phản biện dự thảo Nghị quyết về hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2015", "2015-11-11"),
[P("Rơ Lan Thị Hlin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Phước", "già làng làng Plei Ơi"),
 P("Siu H'Nhăm", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Văn Dek", "Tiến sĩ", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Rah Lan Lâm", "Trưởng ban Dân tộc HĐND tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"),
 Q("khoảng 12.000 hộ nghèo, hộ cận nghèo", 12000, "hộ nghèo, hộ cận nghèo", "approx"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("trên 5.000 m2", 5000, "m2", "over"), Q("18 xã đặc biệt khó khăn", 18, "xã đặc biệt khó khăn"),
 Q("gần 30%", 30, "%", "approx")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Gia Lai"), com("Ia Mơ Nông")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)", "Quy chế giám sát và phản biện xã hội"],
["12/11/2015 - 07:45", "giai đoạn 2016-2020", "năm 2015", "kỳ họp thứ 11", "khóa X"]))

PAGES.append(page("b2818-hagiang-mttq-soket-2016", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Giang
Trang chủ | Tin hoạt động | Hoạt động Mặt trận tỉnh
Ngày đăng 08/07/2016 | 10:20
Mặt trận Hà Giang: 6 tháng giám sát 214 cuộc, kiến nghị nhiều vấn đề dân sinh
Ngày 6/7/2016, Ban Thường trực Ủy ban MTTQ tỉnh Hà Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Dự và chỉ đạo hội nghị có đồng chí Vàng Seo Cồ, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Hoàng Thị Nhung, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm 2016, Mặt trận các cấp đã chủ trì, phối hợp tổ chức 214 cuộc giám sát, trong đó cấp tỉnh 2 cuộc về việc thực hiện chính sách hỗ trợ gạo cho học sinh bán trú và về việc cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số. Qua giám sát đã đưa ra 136 kiến nghị, đến nay đã có 97 kiến nghị được tiếp thu, giải quyết.
Các cấp Mặt trận cũng tổ chức phản biện 5 dự thảo văn bản, tham gia góp ý dự thảo Luật Tín ngưỡng, tôn giáo; hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016-2021. Cuộc bầu cử ngày 22/5/2016 có hơn 99% cử tri đi bầu.
Tại hội nghị, các đại biểu đã thảo luận, làm rõ khó khăn trong công tác giám sát ở vùng cao núi đá. Ông Sùng Mí Mua, Chủ tịch Ủy ban MTTQ huyện Mèo Vạc, cho biết việc giám sát ở cơ sở còn thiếu cán bộ có chuyên môn; ông Lù Thành Chinh, Chủ tịch Ủy ban MTTQ xã Lũng Cú, đề nghị cho Ban Thanh tra nhân dân được tham gia nghiệm thu công trình thuộc Chương trình 135. Bà Triệu Thị Phấy, Phó Chủ tịch Ủy ban MTTQ huyện Hoàng Su Phì, kiến nghị hỗ trợ khoảng 60 triệu đồng cho mỗi huyện để tổ chức giám sát chuyên đề.
Phát biểu chỉ đạo, đồng chí Vàng Seo Cồ đánh giá cao kết quả Mặt trận tỉnh đạt được trong công tác bầu cử; yêu cầu 6 tháng cuối năm tập trung giám sát việc giải quyết kiến nghị của cử tri, triển khai thực hiện Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị; phối hợp với chính quyền vận động đồng bào không nghe theo kẻ xấu xuất cảnh trái phép.
Hội nghị đã thống nhất 6 nhóm nhiệm vụ trọng tâm. Ban Thường trực Ủy ban MTTQ tỉnh cũng ban hành Kế hoạch số 25/KH-MTTQ-BTT ngày 1/7/2016 về giám sát 6 tháng cuối năm.
Hồng Nhung - Ban Tuyên giáo
Lượt truy cập: 2.417
Bài viết liên quan
- Hiệp thương cử Phó Chủ tịch Ủy ban MTTQ huyện Đồng Văn (29/06/2016)
- Mặt trận các cấp tham gia giám sát bầu cử (20/05/2016)
- Giám sát việc cấp thẻ bảo hiểm y tế tại huyện Xín Mần (12/04/2016)
- Yên Minh: Vận động đồng bào Mông hiến đất làm đường lên thôn (30/03/2016)
- Quản Bạ: Ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới (18/03/2016)
""", "2016-07-08", "Mặt trận Hà Giang: 6 tháng giám sát 214 cuộc, kiến nghị nhiều vấn đề dân sinh",
E("so_ket", "2016-H1", "2016-07-06"),
[P("Vàng Seo Cồ", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng Mí Mua", "Chủ tịch Ủy ban MTTQ huyện Mèo Vạc"),
 P("Lù Thành Chinh", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Triệu Thị Phấy", "Phó Chủ tịch Ủy ban MTTQ huyện Hoàng Su Phì")],
[Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("2 cuộc", 2, "cuộc"), Q("136 kiến nghị", 136, "kiến nghị"),
 Q("97 kiến nghị", 97, "kiến nghị"), Q("5 dự thảo văn bản", 5, "dự thảo văn bản"), Q("hơn 99%", 99, "%", "over"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("6 nhóm nhiệm vụ trọng tâm", 6, "nhóm nhiệm vụ trọng tâm")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", "2016-07-01", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 25/KH-MTTQ-BTT ngày 1/7/2016")],
[prov("Hà Giang"), com("Lũng Cú")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "Trang chủ | Tin hoạt động | Hoạt động Mặt trận tỉnh",
 "Luật Tín ngưỡng, tôn giáo", "Chương trình 135", "Lượt truy cập: 2.417", "Ban Thanh tra nhân dân"],
["Ngày đăng 08/07/2016 | 10:20", "6 tháng đầu năm", "6 tháng cuối năm 2016", "khóa XIV", "nhiệm kỳ 2016-2021",
 "22/5/2016", "Chương trình 135", "Lượt truy cập: 2.417"]))
