from lib import *
PAGES = []

PAGES.append(page("b3917-nghean-mttq-gopyluatxlvphc-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện
08:40 | 14/10/2011
Ảnh: Quang cảnh hội nghị góp ý.
Góp ý dự thảo Luật Xử lý vi phạm hành chính: nhiều ý kiến tâm huyết từ cơ sở
Ngày 13/10, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị lấy ý kiến góp ý vào dự thảo Luật Xử lý vi phạm hành chính. Đồng chí Hoàng Văn Nhân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Lê Thị Thu Hà, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh đồng chủ trì. Dự hội nghị có 65 đại biểu là luật gia, luật sư, cán bộ tư pháp, đại diện các tổ chức thành viên và Ban Thanh tra nhân dân một số xã, phường.
Thực hiện Công văn số 412/MTTW-BTT ngày 20/9/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành kế hoạch số 38/KH-MTTQ-BTT gửi dự thảo đến 21 huyện, thành, thị và 7 tổ chức chính trị - xã hội. Đến nay đã nhận được 17 văn bản góp ý với 146 ý kiến, trong đó gần 40 ý kiến tập trung vào Chương quy định về các biện pháp xử lý hành chính.
Phát biểu tại hội nghị, ông Nguyễn Đình Cường, Phó Chủ tịch Thường trực Hội Luật gia tỉnh, đề nghị cân nhắc mức phạt tiền tối đa 500 triệu đồng đối với cá nhân vì chưa phù hợp với thu nhập của người dân vùng nông thôn, miền núi. Luật sư Trần Văn Lợi, Phó Chủ nhiệm Đoàn Luật sư tỉnh, cho rằng thủ tục áp dụng biện pháp đưa vào cơ sở giáo dục cần chuyển sang Tòa án xem xét, quyết định để bảo đảm quyền con người.
Bà Lô Thị Mai, Phó Chủ tịch Hội LHPN huyện Quế Phong, phản ánh ở các bản người Thái, người Khơ Mú, khoảng 30% người vi phạm là lao động tự do không có khả năng nộp phạt; đề nghị mở rộng hình thức cảnh cáo, giáo dục tại cộng đồng. Ông Vi Văn Sơn, Bí thư Đảng ủy xã Châu Kim, góp ý nên giao Ủy ban MTTQ và Ban công tác Mặt trận khu dân cư tham gia giám sát việc giáo dục tại xã, phường, thị trấn.
Các đại biểu Phan Thị Hương, Đậu Xuân Thành - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh cũng góp ý về thẩm quyền xử phạt của Chủ tịch UBND cấp xã và thời hiệu xử phạt.
Kết luận hội nghị, đồng chí Hoàng Văn Nhân đề nghị Ban Dân chủ - Pháp luật tổng hợp đầy đủ, trung thực các ý kiến, gửi Ủy ban Trung ương MTTQ Việt Nam và Đoàn đại biểu Quốc hội tỉnh trước ngày 25/10/2011 để phục vụ kỳ họp thứ 2, Quốc hội khóa XIII.
Minh Châu
Lượt xem: 1.204
Tin liên quan
- MTTQ tỉnh góp ý dự thảo Luật Thủ đô (02/10/2011)
- Quỳ Châu: lấy ý kiến nhân dân về quy hoạch nông thôn mới (18/09/2011)
- Hội nghị hiệp thương lần thứ ba bầu cử đại biểu HĐND (10/04/2011)
""", "2011-10-14", "Góp ý dự thảo Luật Xử lý vi phạm hành chính: nhiều ý kiến tâm huyết từ cơ sở",
E("hoi_nghi", None, "2011-10-13"),
[P("Hoàng Văn Nhân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Hà", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Nguyễn Đình Cường", "Phó Chủ tịch Thường trực Hội Luật gia tỉnh"),
 P("Trần Văn Lợi", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Lô Thị Mai", "Phó Chủ tịch Hội LHPN huyện Quế Phong"),
 P("Vi Văn Sơn", "Bí thư Đảng ủy xã Châu Kim"),
 P("Phan Thị Hương", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Đậu Xuân Thành", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("7 tổ chức chính trị - xã hội", 7, "tổ chức chính trị - xã hội"), Q("17 văn bản góp ý", 17, "văn bản góp ý"),
 Q("146 ý kiến", 146, "ý kiến"), Q("gần 40 ý kiến", 40, "ý kiến", "approx"),
 Q("tối đa 500 triệu đồng", 500000000, "đồng"), Q("khoảng 30%", 30, "%", "approx")],
[D("Công văn", "412", "MTTW-BTT", "2011-09-20", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 412/MTTW-BTT ngày 20/9/2011"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 38/KH-MTTQ-BTT")],
[prov("Nghệ An"), com("Châu Kim")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện",
 "Ảnh: Quang cảnh hội nghị góp ý.", "Luật Xử lý vi phạm hành chính", "Lượt xem: 1.204", "Ban Dân chủ - Pháp luật"],
["08:40 | 14/10/2011", "kỳ họp thứ 2", "khóa XIII", "Lượt xem: 1.204", "ngày 25/10/2011"]))

PAGES.append(page("b3918-thaibinh-hnd-gopyluatdatdai-2012", """
Hội Nông dân tỉnh Thái Bình
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Cập nhật: 15:20, 22/11/2012 (GMT+7)
Nông dân góp ý dự thảo Luật Đất đai (sửa đổi)
Hội viên nông dân huyện Tiền Hải đọc dự thảo tại nhà văn hóa thôn.
Trong hai ngày 20 và 21/11/2012, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức 2 hội nghị lấy ý kiến hội viên, nông dân về dự thảo Luật Đất đai (sửa đổi) tại huyện Tiền Hải và huyện Quỳnh Phụ, với hơn 220 đại biểu tham dự. Chủ trì hội nghị có ông Bùi Văn Khiêm, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; ông Đặng Quang Thiều, Phó Chủ tịch Hội Nông dân tỉnh.
Theo Hướng dẫn số 86-HD/HNDTW ngày 05/10/2012 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, từ đầu tháng 10 đến nay, các cấp Hội trong tỉnh đã tổ chức 286 hội nghị ở cơ sở, thu hút trên 14.500 lượt hội viên tham gia, tổng hợp được 1.372 ý kiến góp ý. Trong đó, 418 ý kiến đề nghị kéo dài thời hạn giao đất nông nghiệp lên 50 năm, khoảng 60% ý kiến đề nghị tăng hạn mức nhận chuyển quyền sử dụng đất để nông dân tích tụ ruộng đất.
Ông Nguyễn Văn Tới, Chi hội trưởng Chi hội Nông dân thôn Đông Hồ, xã Nam Thịnh, phát biểu: “Giá đất bồi thường khi Nhà nước thu hồi phải sát giá thị trường, không thể 1 m2 đất ruộng chỉ được bồi thường 45.000 đồng trong khi bán ra vài triệu đồng”. Ông Phạm Đức Hiếu, Chủ tịch Hội Nông dân xã An Ấp, đề nghị quy định rõ trách nhiệm công khai quy hoạch, kế hoạch sử dụng đất đến từng thôn.
Các ông Lại Văn Tuân (xã Nam Hà), Trần Đình Dự (xã Đông Trà), Vũ Xuân Hòa (xã An Ninh) - Chủ tịch Hội Nông dân xã cùng đề nghị giữ quy định giao đất ổn định, lâu dài cho hộ gia đình, cá nhân. Bà Đỗ Thị Quyên, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, giải trình thêm các điểm mới của dự thảo.
Nhiều hội viên cũng phản ánh tình trạng ruộng đất manh mún: bình quân mỗi hộ ở Tiền Hải có 7 thửa, có hộ tới 12 thửa, gây khó khăn cho cơ giới hóa. Qua đợt dồn điền đổi thửa năm 2012, huyện đã giảm được khoảng 18.000 thửa; nông dân đề nghị luật hóa việc khuyến khích dồn điền, miễn lệ phí cấp lại giấy chứng nhận quyền sử dụng đất cho 3.400 hộ còn chờ cấp đổi.
Kết luận hội nghị, ông Bùi Văn Khiêm cho biết toàn bộ ý kiến sẽ được tổng hợp vào Báo cáo số 112-BC/HND gửi Trung ương Hội trước ngày 30/11/2012 và Ủy ban MTTQ tỉnh, theo tinh thần Nghị quyết số 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn.
Thu Hằng
Số lần đọc: 965
Các tin khác
- Hội Nông dân tỉnh sơ kết 5 năm phong trào nông dân sản xuất kinh doanh giỏi (12/11/2012)
- 300 hội viên được tập huấn kỹ thuật trồng cây vụ đông (30/10/2012)
- Kiến Xương: trao 45 con bò giống cho hội viên nghèo (15/10/2012)
""", "2012-11-22", "Nông dân góp ý dự thảo Luật Đất đai (sửa đổi)",
E("hoi_nghi", None, "2012-11-20"),
[P("Bùi Văn Khiêm", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Quang Thiều", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Tới", "Chi hội trưởng Chi hội Nông dân thôn Đông Hồ"),
 P("Phạm Đức Hiếu", "Chủ tịch Hội Nông dân xã An Ấp"),
 P("Lại Văn Tuân", "Chủ tịch Hội Nông dân xã"),
 P("Trần Đình Dự", "Chủ tịch Hội Nông dân xã"),
 P("Vũ Xuân Hòa", "Chủ tịch Hội Nông dân xã"),
 P("Đỗ Thị Quyên", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("2 hội nghị", 2, "hội nghị"), Q("hơn 220 đại biểu", 220, "đại biểu", "over"), Q("286 hội nghị", 286, "hội nghị"),
 Q("trên 14.500 lượt hội viên", 14500, "lượt hội viên", "over"), Q("1.372 ý kiến góp ý", 1372, "ý kiến"),
 Q("418 ý kiến", 418, "ý kiến"), Q("khoảng 60%", 60, "%", "approx"), Q("45.000 đồng", 45000, "đồng"), Q("7 thửa", 7, "thửa"), Q("12 thửa", 12, "thửa"), Q("khoảng 18.000 thửa", 18000, "thửa", "approx"), Q("3.400 hộ", 3400, "hộ")],
[D("Hướng dẫn", "86", "HD/HNDTW", "2012-10-05", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 86-HD/HNDTW ngày 05/10/2012"),
 D("Báo cáo", "112", "BC/HND", None, None, "Báo cáo số 112-BC/HND"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW")],
[prov("Thái Bình"), com("Nam Thịnh"), com("An Ấp"), com("Nam Hà"), com("Đông Trà"), com("An Ninh")],
["Hội Nông dân tỉnh Thái Bình", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Hội viên nông dân huyện Tiền Hải đọc dự thảo tại nhà văn hóa thôn.", "Luật Đất đai (sửa đổi)", "Số lần đọc: 965"],
["Cập nhật: 15:20, 22/11/2012 (GMT+7)", "50 năm", "1 m2", "vài triệu đồng", "Số lần đọc: 965"]))

PAGES.append(page("b3919-quangnam-mttq-baocaohienphap-2013", """
Cổng thông tin điện tử tỉnh Quảng Nam
Bạn đang ở: Trang chủ » Tin tức » Chính trị
Thứ Ba, 02/04/2013 - 16:45
MTTQ tỉnh báo cáo kết quả lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992
Sau gần 3 tháng triển khai, sáng 01/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam đã hoàn thành và gửi Báo cáo số 27/BC-MTTQ-BTT về kết quả tổ chức lấy ý kiến nhân dân đối với Dự thảo sửa đổi Hiến pháp năm 1992 đến Ủy ban Trung ương MTTQ Việt Nam và Hội đồng tư vấn của Tỉnh ủy. Ông Nguyễn Đức Thanh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, đã ký báo cáo.
Toàn cảnh hội nghị lấy ý kiến đồng bào Cơ Tu tại Tây Giang.
Thực hiện Nghị quyết số 38/2012/QH13 của Quốc hội và Kế hoạch số 15-KH/TU ngày 10/01/2013 của Ban Thường vụ Tỉnh ủy, Ủy ban MTTQ các cấp đã tổ chức 1.826 hội nghị tại khu dân cư, 244 hội nghị cấp xã và 18 hội nghị cấp huyện; phát 126.000 phiếu góp ý đến hộ gia đình. Đã có 412.305 lượt người tham gia góp ý, tổng hợp 9.617 ý kiến, trong đó 7.120 ý kiến góp ý trực tiếp vào từng điều, khoản.
Hơn 95% ý kiến tán thành giữ nguyên Điều 4 về vai trò lãnh đạo của Đảng Cộng sản Việt Nam; nhiều ý kiến đề nghị bổ sung quy định về Hội đồng Hiến pháp, giữ tên nước Cộng hòa xã hội chủ nghĩa Việt Nam và quy định rõ chính quyền địa phương ở nông thôn, đô thị, hải đảo.
Tại hội nghị cấp huyện ở Tây Giang, già làng Bríu Pố, thôn A Rầng 1, xã A Tiêng, nói: “Hiến pháp phải nói rõ quyền của đồng bào giữ rừng, giữ đất”. Ông Alăng Ngước, Phó Chủ tịch UBND huyện Tây Giang, và bà Zơ Râm Thị Hoa, Chủ tịch Ủy ban MTTQ xã Lăng, cho biết các buổi góp ý đều có phiên dịch tiếng Cơ Tu.
Ở vùng đồng bằng, các đồng chí Huỳnh Tấn Phát, Nguyễn Thị Lệ - Trưởng ban Công tác Mặt trận khu dân cư, lần lượt ở phường Cẩm Châu và xã Điện Phương, đề nghị giảm độ tuổi ứng cử đại biểu; một số trí thức, luật gia đề nghị quy định quyền giám sát, phản biện xã hội của Mặt trận ngay trong Hiến pháp. 
Theo ông Nguyễn Đức Thanh, 100% xã, phường, thị trấn đã tổ chức lấy ý kiến đúng tiến độ; kinh phí toàn tỉnh chi cho đợt lấy ý kiến khoảng 1,8 tỷ đồng. Ủy ban MTTQ tỉnh cũng phối hợp Báo Quảng Nam, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục “Góp ý Hiến pháp”, đăng tải 64 tin, bài và tiếp nhận 2.150 ý kiến qua hộp thư, đường dây nóng.
Báo cáo nêu rõ còn khoảng 15% khu dân cư tổ chức hội nghị chỉ đọc dự thảo mà chưa gợi mở thảo luận; một số nơi ở vùng cao thời gian gấp, người dân chưa kịp nghiên cứu. Ban Thường trực đề nghị sau khi Quốc hội thông qua, cần biên soạn tài liệu song ngữ để tuyên truyền Hiến pháp mới đến đồng bào các dân tộc thiểu số.
Văn Phú
Lượt truy cập: 3.547
Tin liên quan
- Quảng Nam: hơn 400 nghìn lượt người góp ý dự thảo Hiến pháp (28/03/2013)
- Tỉnh ủy góp ý dự thảo sửa đổi Hiến pháp năm 1992 (12/03/2013)
- Hội Cựu chiến binh tỉnh lấy ý kiến hội viên về Hiến pháp (26/02/2013)
""", "2013-04-02", "MTTQ tỉnh báo cáo kết quả lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992",
E("bao_cao", None, "2013-04-01"),
[P("Nguyễn Đức Thanh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bríu Pố", "già làng"),
 P("Alăng Ngước", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Zơ Râm Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Lăng"),
 P("Huỳnh Tấn Phát", "Trưởng ban Công tác Mặt trận khu dân cư"),
 P("Nguyễn Thị Lệ", "Trưởng ban Công tác Mặt trận khu dân cư")],
[Q("1.826 hội nghị", 1826, "hội nghị"), Q("244 hội nghị cấp xã", 244, "hội nghị cấp xã"),
 Q("18 hội nghị cấp huyện", 18, "hội nghị cấp huyện"), Q("126.000 phiếu góp ý", 126000, "phiếu góp ý"),
 Q("412.305 lượt người", 412305, "lượt người"), Q("9.617 ý kiến", 9617, "ý kiến"), Q("7.120 ý kiến", 7120, "ý kiến"),
 Q("Hơn 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("64 tin, bài", 64, "tin, bài"), Q("2.150 ý kiến", 2150, "ý kiến"), Q("khoảng 15% khu dân cư", 15, "%", "approx")],
[D("Báo cáo", "27", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Báo cáo số 27/BC-MTTQ-BTT"),
 D("Nghị quyết", "38", "2012/QH13", None, "Quốc hội", "Nghị quyết số 38/2012/QH13"),
 D("Kế hoạch", "15", "KH/TU", "2013-01-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 10/01/2013")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Cẩm Châu"), com("Điện Phương")],
["Cổng thông tin điện tử tỉnh Quảng Nam", "Bạn đang ở: Trang chủ » Tin tức » Chính trị",
 "Toàn cảnh hội nghị lấy ý kiến đồng bào Cơ Tu tại Tây Giang.", "Hiến pháp năm 1992", "Lượt truy cập: 3.547", "Hội đồng Hiến pháp"],
["Thứ Ba, 02/04/2013 - 16:45", "gần 3 tháng", "Điều 4", "Lượt truy cập: 3.547", "năm 1992"]))

PAGES.append(page("b3920-soctrang-mttq-hienphapkhmer-2013", """
BÁO SÓC TRĂNG ONLINE
Thời sự › Chính trị › Mặt trận - Đoàn thể
18/03/2013 - 09:30
Đồng bào Khmer Vĩnh Châu góp ý dự thảo sửa đổi Hiến pháp
(STO) - Sáng 16/3, Ủy ban MTTQ Việt Nam thị xã Vĩnh Châu phối hợp Đảng ủy xã Vĩnh Hải tổ chức hội nghị lấy ý kiến nhân dân đóng góp vào Dự thảo sửa đổi Hiến pháp năm 1992 tại chùa Sà Lôn. Hơn 150 đại biểu là sư sãi, người có uy tín, hội viên các đoàn thể và bà con dân tộc Khmer ở 9 ấp trong xã đã dự.
Ông Thạch Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dự và phát biểu tại hội nghị.
Chủ trì hội nghị có ông Thạch Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lâm Văn Sến, Thị ủy viên, Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu. Dự thảo được đọc bằng tiếng Việt và tiếng Khmer; 2.000 bản tóm tắt song ngữ được in và phát đến từng ấp.
Thực hiện Chỉ thị số 22-CT/TW ngày 02/01/2013 của Ban Bí thư và Kế hoạch 36, 37-KH/TU của Ban Thường vụ Tỉnh ủy, đến nay Ủy ban MTTQ các cấp trong tỉnh Sóc Trăng đã tổ chức 1.214 hội nghị lấy ý kiến, trong đó 318 hội nghị ở các ấp, phum sóc có đông đồng bào Khmer, thu hút gần 86.000 lượt người tham dự.
Phát biểu góp ý, Hòa thượng Lý Sa Phol, trụ trì chùa Sà Lôn, cho rằng Hiến pháp cần tiếp tục khẳng định quyền tự do tín ngưỡng, tôn giáo và quyền dùng tiếng nói, chữ viết của các dân tộc. Đại đức Kim Ngọc Sa Rinh, Phó Trưởng ban Trị sự Phân hội Đoàn kết sư sãi yêu nước thị xã, đề nghị bổ sung quy định Nhà nước hỗ trợ dạy chữ Khmer trong nhà chùa, nơi hằng năm có hơn 1.300 em học hè.
Bà Lâm Thị Sa Vênh, Chi hội trưởng Phụ nữ ấp Âu Thọ B, góp ý về quyền được bảo vệ sức khỏe của phụ nữ nghèo; ông Trần Văn Mến, Trưởng ấp Wathpich, đề nghị giữ tên nước như hiện nay. Ông Sơn Ngọc Thạnh, người có uy tín ấp Prey Chóp, xã Lai Hòa, được mời dự, phát biểu: “Đất đai là sở hữu toàn dân, nhưng khi thu hồi phải bàn với dân trước”.
Theo ông Lâm Văn Sến, qua 12 hội nghị ở các xã, phường, Ủy ban MTTQ thị xã đã tổng hợp được 436 ý kiến, khoảng 70% ý kiến tán thành các nội dung cơ bản của dự thảo. Toàn bộ ý kiến sẽ được gửi về Ủy ban MTTQ tỉnh trước ngày 25/3 để tổng hợp báo cáo Trung ương. Những nơi đồng bào chưa tiện đến hội nghị, tổ dân vận ấp đến từng nhà đọc dự thảo, ghi ý kiến vào phiếu; riêng xã Vĩnh Hải đã thu về 640 phiếu góp ý của hộ gia đình.
Kết thúc hội nghị, Ban tổ chức tặng 50 phần quà cho hộ Khmer nghèo, mỗi phần trị giá 300.000 đồng, từ nguồn Quỹ “Vì người nghèo” thị xã.
Lâm Hoàng
Tin khác
- Mỹ Xuyên: hơn 5.000 lượt người góp ý dự thảo Hiến pháp (14/03/2013)
- Sư sãi chùa Khmer tìm hiểu dự thảo sửa đổi Hiến pháp (08/03/2013)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo Khmer (01/03/2013)
""", "2013-03-18", "Đồng bào Khmer Vĩnh Châu góp ý dự thảo sửa đổi Hiến pháp",
E("hoi_nghi", None, "2013-03-16"),
[P("Thạch Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Sến", "Thị ủy viên", "Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu"),
 P("Lý Sa Phol", "Hòa thượng", "trụ trì chùa Sà Lôn"),
 P("Kim Ngọc Sa Rinh", "Đại đức", "Phó Trưởng ban Trị sự Phân hội Đoàn kết sư sãi yêu nước thị xã"),
 P("Lâm Thị Sa Vênh", "Chi hội trưởng Phụ nữ ấp Âu Thọ B"),
 P("Trần Văn Mến", "Trưởng ấp Wathpich"),
 P("Sơn Ngọc Thạnh", "người có uy tín ấp Prey Chóp")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"), Q("9 ấp", 9, "ấp"), Q("2.000 bản tóm tắt song ngữ", 2000, "bản tóm tắt song ngữ"),
 Q("1.214 hội nghị", 1214, "hội nghị"), Q("318 hội nghị", 318, "hội nghị"), Q("gần 86.000 lượt người", 86000, "lượt người", "approx"),
 Q("hơn 1.300 em", 1300, "em", "over"), Q("12 hội nghị", 12, "hội nghị"), Q("436 ý kiến", 436, "ý kiến"), Q("640 phiếu góp ý", 640, "phiếu góp ý"),
 Q("khoảng 70%", 70, "%", "approx"), Q("50 phần quà", 50, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "22", "CT/TW", "2013-01-02", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 02/01/2013"),
 D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 36, 37-KH/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa")],
["BÁO SÓC TRĂNG ONLINE", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "(STO)",
 "Ông Thạch Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dự và phát biểu tại hội nghị.", "Hiến pháp năm 1992", "Vì người nghèo", "chùa Sà Lôn"],
["18/03/2013 - 09:30", "năm 1992", "ngày 25/3"]))

PAGES.append(page("b3921-laocai-lhpn-gopyluathngd-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ :: Hoạt động các cấp Hội :: Tham gia xây dựng pháp luật
Thứ Sáu, 11/04/2014, 10:12
Phụ nữ vùng cao góp ý dự thảo Luật Hôn nhân và gia đình (sửa đổi)
Toàn cảnh hội nghị tại huyện Sa Pa. Ảnh: Thu Thủy
Ngày 09/4/2014, Hội LHPN tỉnh Lào Cai tổ chức hội nghị góp ý dự thảo Luật Hôn nhân và gia đình (sửa đổi) với sự tham gia của 78 đại biểu là cán bộ Hội các cấp, cán bộ tư pháp, người có uy tín và hội viên người Mông, Dao, Tày, Giáy. Bà Đặng Thị Hồng Nhung, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Thực hiện Công văn số 155/ĐCT-LHPN ngày 03/3/2014 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và kế hoạch số 12/KH-HPN của Ban Thường vụ Hội LHPN tỉnh, trong tháng 3 và đầu tháng 4, các cấp Hội đã tổ chức 32 hội nghị ở cơ sở với 1.050 lượt hội viên tham dự, thu được 284 ý kiến góp ý.
Báo cáo của Hội cho biết, năm 2013 toàn tỉnh còn 126 cặp tảo hôn và 9 cặp hôn nhân cận huyết thống, tập trung ở các xã vùng cao; khoảng 40% cặp vợ chồng ở một số thôn người Mông chưa đăng ký kết hôn. Vì vậy nhiều ý kiến đề nghị luật quy định rõ trách nhiệm của trưởng thôn, người có uy tín và UBND xã trong phòng ngừa tảo hôn.
Bà Sùng Thị Chở, Chủ tịch Hội LHPN xã Bản Phố, kể: “Có em 14 tuổi đã bị bắt về làm vợ, cán bộ Hội vận động mãi gia đình mới cho em về nhà mẹ đẻ”. Bà đề nghị giữ nguyên độ tuổi kết hôn của nữ từ đủ 18 tuổi. Bà Tẩn Thị Mẩy, Phó Chủ tịch Hội LHPN huyện Bát Xát, góp ý về quyền nuôi con của người mẹ khi ly hôn; bà Hoàng Thị Pu, Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang, xã Nậm Cang, đề nghị có quy định về chia tài sản khi chung sống như vợ chồng không đăng ký.
Các đồng chí Lù Thị Dua, Vàng Thị Sính, Phó Chủ tịch Hội LHPN tỉnh điều hành phần thảo luận về mang thai hộ vì mục đích nhân đạo; phần lớn đại biểu đồng tình cho phép nhưng phải chặt chẽ. Ông Lý Seo Chảo, người có uy tín xã Tả Van, cho biết dòng họ Lý đã đưa quy định không tảo hôn vào hương ước, 3 năm nay không còn trường hợp nào.
Kết luận hội nghị, bà Đặng Thị Hồng Nhung giao Ban Chính sách - Luật pháp hoàn chỉnh văn bản góp ý, gửi Trung ương Hội và Đoàn đại biểu Quốc hội tỉnh trước ngày 20/4/2014. Dịp này, Hội LHPN tỉnh tặng 20 suất học bổng, mỗi suất 1 triệu đồng, cho nữ sinh người dân tộc thiểu số có nguy cơ bỏ học.
Minh Hà
Lượt xem: 712
Các tin đã đưa
- Tập huấn kỹ năng tuyên truyền phòng, chống tảo hôn cho 60 cán bộ Hội (28/03/2014)
- Bắc Hà ra mắt 5 câu lạc bộ “Phụ nữ nói không với tảo hôn” (15/03/2014)
- Hội LHPN tỉnh gặp mặt kỷ niệm ngày Quốc tế Phụ nữ 8/3 (07/03/2014)
""", "2014-04-11", "Phụ nữ vùng cao góp ý dự thảo Luật Hôn nhân và gia đình (sửa đổi)",
E("hoi_nghi", None, "2014-04-09"),
[P("Đặng Thị Hồng Nhung", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Chở", "Chủ tịch Hội LHPN xã Bản Phố"),
 P("Tẩn Thị Mẩy", "Phó Chủ tịch Hội LHPN huyện Bát Xát"),
 P("Hoàng Thị Pu", "Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang"),
 P("Lù Thị Dua", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Sính", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Seo Chảo", "người có uy tín xã Tả Van")],
[Q("78 đại biểu", 78, "đại biểu"), Q("32 hội nghị", 32, "hội nghị"), Q("1.050 lượt hội viên", 1050, "lượt hội viên"),
 Q("284 ý kiến góp ý", 284, "ý kiến"), Q("126 cặp tảo hôn", 126, "cặp tảo hôn"),
 Q("9 cặp hôn nhân cận huyết thống", 9, "cặp hôn nhân cận huyết thống"), Q("khoảng 40%", 40, "%", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Công văn", "155", "ĐCT-LHPN", "2014-03-03", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Công văn số 155/ĐCT-LHPN ngày 03/3/2014"),
 D("Kế hoạch", "12", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 12/KH-HPN")],
[prov("Lào Cai"), com("Bản Phố"), com("Nậm Cang"), com("Tả Van")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ :: Hoạt động các cấp Hội :: Tham gia xây dựng pháp luật",
 "Toàn cảnh hội nghị tại huyện Sa Pa.", "Luật Hôn nhân và gia đình (sửa đổi)", "Lượt xem: 712", "Ban Chính sách - Luật pháp"],
["Thứ Sáu, 11/04/2014, 10:12", "năm 2013", "14 tuổi", "18 tuổi", "3 năm", "Lượt xem: 712"]))

PAGES.append(page("b3922-daklak-mttq-gopyvankien-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ | Tin tức | Hoạt động Mặt trận
08-07-2015 14:35
Ảnh: Đồng chí Y Wai Byă phát biểu tại hội nghị.
Gửi gắm tâm tư, nguyện vọng của nhân dân các dân tộc vào văn kiện Đại hội
Chiều 07/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị lấy ý kiến đóng góp vào Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020. Đồng chí Y Wai Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Nguyễn Hữu Tâm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Hơn 120 đại biểu là Ủy viên Ủy ban MTTQ tỉnh, già làng, người có uy tín, chức sắc tôn giáo, trí thức, doanh nhân tham dự. Trước đó, thực hiện Hướng dẫn số 05-HD/TU và các Kết luận 22, 23-KL/TU của Ban Thường vụ Tỉnh ủy, Ủy ban MTTQ 15 huyện, thị xã, thành phố đã tổ chức 184 hội nghị, thu hút 9.860 lượt người và tiếp nhận 2.437 ý kiến.
Góp ý tại hội nghị, già làng Ama H'Linh, buôn Kô Siêr, phường Tân Lợi, đề nghị Báo cáo chính trị nêu rõ giải pháp giải quyết đất sản xuất cho đồng bào tại chỗ. Bà H'Liêm Ayun, Phó Chủ tịch Hội LHPN tỉnh, đề nghị đưa chỉ tiêu giảm tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số xuống còn 15% vào mục tiêu nhiệm kỳ. Mục sư Y Sim Ktla, Quản nhiệm Chi hội Tin lành Buôn Ky, góp ý về bảo đảm quyền tự do tín ngưỡng gắn với chấp hành pháp luật.
Các ông Lê Quang Minh, Trần Văn Hạnh - Ủy viên Ủy ban MTTQ tỉnh, đại diện giới doanh nhân, đề nghị cải cách thủ tục hành chính, tạo quỹ đất sạch thu hút đầu tư; ông Y Đhăm Ênuôl, Chủ tịch Ủy ban MTTQ xã Ea Tiêu, cho biết xã có 1.240 hộ đồng bào Êđê, đề nghị tiếp tục hỗ trợ 230 hộ còn thiếu nước sinh hoạt.
Theo báo cáo tổng hợp, 87% ý kiến đánh giá dự thảo phản ánh đúng kết quả nhiệm kỳ 2010 - 2015; tuy vậy còn khoảng 300 ý kiến cho rằng phần hạn chế chưa nêu rõ trách nhiệm người đứng đầu trong quản lý đất rừng, để xảy ra 45 vụ tranh chấp đất đai kéo dài.
Phát biểu kết luận, đồng chí Y Wai Byă đề nghị Ban Dân chủ - Pháp luật tiếp thu đầy đủ, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/7. Đồng chí ghi nhận Mặt trận các cấp đã dịch tóm tắt dự thảo sang tiếng Êđê, tiếng M'nông, phát 3.500 bản đến các buôn và mời người có uy tín chủ trì thảo luận ở 96 buôn đồng bào dân tộc thiểu số tại chỗ. Ủy ban MTTQ tỉnh cũng đề nghị đưa cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” vào nhiệm vụ trọng tâm của nhiệm kỳ tới.
H.Y
Lượt đọc: 2.018
Tin liên quan
- Krông Pắc: hơn 1.000 ý kiến góp ý văn kiện Đại hội Đảng bộ huyện (30/06/2015)
- MTTQ tỉnh hiệp thương giới thiệu người ứng cử (22/06/2015)
- Già làng, người có uy tín góp ý xây dựng Đảng (10/06/2015)
""", "2015-07-08", "Gửi gắm tâm tư, nguyện vọng của nhân dân các dân tộc vào văn kiện Đại hội",
E("hoi_nghi", None, "2015-07-07"),
[P("Y Wai Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tâm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ama H'Linh", "già làng"),
 P("H'Liêm Ayun", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Y Sim Ktla", "Mục sư", "Quản nhiệm Chi hội Tin lành Buôn Ky"),
 P("Lê Quang Minh", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Trần Văn Hạnh", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Y Đhăm Ênuôl", "Chủ tịch Ủy ban MTTQ xã Ea Tiêu")],
[Q("Hơn 120 đại biểu", 120, "đại biểu", "over"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("184 hội nghị", 184, "hội nghị"), Q("9.860 lượt người", 9860, "lượt người"), Q("2.437 ý kiến", 2437, "ý kiến"),
 Q("còn 15%", 15, "%"), Q("1.240 hộ đồng bào Êđê", 1240, "hộ đồng bào Êđê"), Q("230 hộ", 230, "hộ"),
 Q("87%", 87, "%"), Q("khoảng 300 ý kiến", 300, "ý kiến", "approx"), Q("45 vụ tranh chấp đất đai kéo dài", 45, "vụ tranh chấp đất đai kéo dài"), Q("3.500 bản", 3500, "bản"), Q("96 buôn đồng bào dân tộc thiểu số tại chỗ", 96, "buôn đồng bào dân tộc thiểu số tại chỗ")],
[D("Hướng dẫn", "05", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 05-HD/TU"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tiêu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ | Tin tức | Hoạt động Mặt trận", "Ảnh: Đồng chí Y Wai Byă phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt đọc: 2.018"],
["08-07-2015 14:35", "lần thứ XVI", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015", "Lượt đọc: 2.018"]))
