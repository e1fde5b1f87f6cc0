from lib import *
PAGES = []

PAGES.append(page("b8789-laocai-hdnd-txct-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ » Thời sự » Chính trị
Thứ Tư, 30/11/2011 - 16:20
Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Bát Xát
(BLC) - Ngày 28/11, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Bát Xát gồm các ông, bà: Vàng Seo Chính, Phó Chủ tịch HĐND tỉnh; Lý Thị Mây, Phó Trưởng Ban Dân tộc HĐND tỉnh; Hoàng Văn Tiến, Bí thư Huyện ủy Bát Xát đã tiếp xúc cử tri thị trấn Bát Xát và các xã Quang Kim, Bản Qua trước Kỳ họp thứ 3, HĐND tỉnh khóa XIV, nhiệm kỳ 2011 - 2016.
Cử tri xã Quang Kim nêu ý kiến tại buổi tiếp xúc. Ảnh: Minh Hồng
Tại 3 điểm tiếp xúc, hơn 350 cử tri đã nghe đại biểu thông báo dự kiến nội dung Kỳ họp thứ 3, dự kiến diễn ra trong 3 ngày, và kết quả giải quyết kiến nghị của cử tri gửi tới Kỳ họp thứ 2. Theo đó, trong tổng số 86 kiến nghị cử tri toàn tỉnh, đến nay các sở, ngành, địa phương đã giải quyết, trả lời 79 kiến nghị, đạt 91,9%; số còn lại đang được xem xét.
Các cử tri đã nêu 27 ý kiến, kiến nghị, tập trung vào giao thông nông thôn, nước sinh hoạt, giá vật tư nông nghiệp và chế độ cho cán bộ thôn bản. Cử tri Lù Văn Dế ở xã Bản Qua đề nghị tỉnh sớm đầu tư tuyến đường từ trung tâm xã vào thôn Tả Suối dài 7 km, vì mùa mưa học sinh đi học rất vất vả. Bà Phàn Thị Mẩy, Trưởng thôn Nậm Pẻn, xã Quang Kim, phản ánh nhiều công trình nước thuộc Chương trình 135 xuống cấp, bà con người Dao phải dẫn nước bằng ống tre về dùng.
Trả lời cử tri, ông Hoàng Văn Tiến, Bí thư Huyện ủy Bát Xát cho biết, năm 2011 huyện đã bố trí 2,3 tỷ đồng để sửa chữa 12 công trình nước sinh hoạt tập trung, trong đó ưu tiên các thôn vùng cao. Ông Đỗ Quang Vinh, Phó Chủ tịch UBND huyện Bát Xát, giải thích thêm về tiến độ tuyến đường Tả Suối và hứa sẽ báo cáo cụ thể tại lần tiếp xúc sau.
Đại biểu Lý Thị Mây thông tin về Nghị quyết số 21/2011/NQ-HĐND ngày 9/8/2011 của HĐND tỉnh về chính sách hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo vùng cao; theo đó mỗi hộ được hỗ trợ tối đa 3 triệu đồng. Bà đề nghị chính quyền các xã rà soát, lập danh sách đúng đối tượng để người dân sớm được thụ hưởng.
Thay mặt Tổ đại biểu, ông Vàng Seo Chính tiếp thu các ý kiến của cử tri; những nội dung thuộc thẩm quyền huyện sẽ đề nghị huyện giải quyết ngay, các ý kiến vượt thẩm quyền sẽ được tổng hợp, gửi Thường trực HĐND tỉnh để chuyển các cơ quan chức năng trả lời tại kỳ họp. Phó Chủ tịch HĐND tỉnh cũng mong cử tri tiếp tục giám sát việc thực hiện các kiến nghị đã được trả lời.
Cũng tại buổi tiếp xúc, nhiều cử tri bày tỏ phấn khởi trước kết quả bầu cử và mong muốn các đại biểu HĐND tỉnh Lào Cai khóa mới thường xuyên về cơ sở, lắng nghe tâm tư của đồng bào vùng cao. Một số ý kiến đề nghị tỉnh có cơ chế hỗ trợ giá điện cho hộ nghèo, quan tâm đến việc đào tạo nghề cho thanh niên người Mông, người Dao sau khi học xong trung học cơ sở. Theo kế hoạch, trong tuần này các tổ đại biểu HĐND tỉnh sẽ hoàn thành việc tiếp xúc cử tri tại 9 huyện, thành phố.
Minh Hồng
Tin liên quan
- Đại biểu Quốc hội tiếp xúc cử tri huyện Mường Khương (25/11/2011)
- Thường trực HĐND tỉnh giám sát việc giải quyết đơn thư tại Bảo Yên (18/11/2011)
- Bát Xát: 9 xã hoàn thành đường giao thông liên thôn (10/11/2011)
- Cử tri Sa Pa kiến nghị về quản lý du lịch (02/11/2011)
""", "2011-11-30", "Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Bát Xát",
E("hoi_nghi", None, "2011-11-28"),
[P("Vàng Seo Chính", "Phó Chủ tịch HĐND tỉnh"),
 P("Lý Thị Mây", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hoàng Văn Tiến", "Bí thư Huyện ủy Bát Xát"),
 P("Lù Văn Dế"),
 P("Phàn Thị Mẩy", "Trưởng thôn Nậm Pẻn"),
 P("Đỗ Quang Vinh", "Phó Chủ tịch UBND huyện Bát Xát")],
[Q("3 điểm tiếp xúc", 3, "điểm tiếp xúc"), Q("hơn 350 cử tri", 350, "cử tri", "over"),
 Q("86 kiến nghị", 86, "kiến nghị"), Q("79 kiến nghị", 79, "kiến nghị"), Q("91,9%", 91.9, "%"),
 Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("7 km", 7, "km"), Q("2,3 tỷ đồng", 2300000000, "đồng"),
 Q("12 công trình nước sinh hoạt tập trung", 12, "công trình nước sinh hoạt tập trung"),
 Q("tối đa 3 triệu đồng", 3000000, "đồng"), Q("9 huyện, thành phố", 9, "huyện, thành phố")],
[D("Nghị quyết", "21", "2011/NQ-HĐND", "2011-08-09", "HĐND tỉnh", "Nghị quyết số 21/2011/NQ-HĐND ngày 9/8/2011")],
[prov("Lào Cai"), com("Bát Xát"), com("Quang Kim"), com("Bản Qua")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ » Thời sự » Chính trị", "(BLC)", "Cử tri xã Quang Kim nêu ý kiến tại buổi tiếp xúc. Ảnh: Minh Hồng",
 "Chương trình 135"],
["Thứ Tư, 30/11/2011 - 16:20", "Kỳ họp thứ 3", "khóa XIV", "2011 - 2016", "3 ngày", "Kỳ họp thứ 2", "Chương trình 135"]))

PAGES.append(page("b8790-nghean-mttq-txct-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện
Cập nhật: 09:42, 21/06/2012 (GMT+7)
Gần 15.000 lượt cử tri dự tiếp xúc với đại biểu HĐND tỉnh trước kỳ họp giữa năm
Từ ngày 14 đến 19/6/2012, Ủy ban MTTQ các huyện, thành, thị đã phối hợp với Thường trực HĐND tỉnh tổ chức cho các tổ đại biểu HĐND tỉnh tiếp xúc cử tri trước Kỳ họp thứ 4, HĐND tỉnh khóa XVI - kỳ họp thường lệ giữa năm 2012.
Thực hiện Kế hoạch liên tịch số 05/KHLT-HĐND-MTTQ ngày 28/5/2012 của Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh, các địa phương đã bố trí 98 điểm tiếp xúc, thu hút gần 15.000 lượt cử tri tham dự. Cử tri đã nêu 1.124 lượt ý kiến, kiến nghị; sau khi phân loại, trùng lặp còn 436 kiến nghị, trong đó 158 kiến nghị thuộc thẩm quyền của tỉnh.
Đồng chí Trần Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh trực tiếp dự tiếp xúc cử tri tại huyện Tương Dương cùng Tổ đại biểu số 12. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hồ Thị Lan, Nguyễn Đình Thắng dự tại các huyện Quỳ Châu, Yên Thành và thị xã Cửa Lò.
Cử tri vùng tái định cư thủy điện Bản Vẽ tiếp tục phản ánh tình trạng thiếu đất sản xuất; cử tri xã Nghi Phong (huyện Nghi Lộc) đề nghị sớm chi trả tiền bồi thường cho 215 hộ dân bị thu hồi đất làm khu công nghiệp. Nhiều ý kiến ở Quỳnh Lưu, Diễn Châu băn khoăn về giá phân bón tăng cao trong khi giá lúa giảm, đề nghị tỉnh có biện pháp bình ổn giá.
"Đã ba lần tiếp xúc cử tri tôi đều nêu việc cầu tràn Khe Nậm bị sập, đến nay vẫn chưa có câu trả lời", ông Lô Văn Thìn, Trưởng bản Xốp Pu, xã Lượng Minh nói. Đại biểu Vi Thị Hương, Trưởng Ban Dân tộc HĐND tỉnh, ghi nhận và cho biết sẽ đưa nội dung này vào chương trình giám sát của Ban.
Theo báo cáo của UBND tỉnh gửi tới các điểm tiếp xúc, trong 142 kiến nghị của cử tri sau Kỳ họp thứ 3, các ngành đã trả lời 131 kiến nghị, đạt 92,3%, còn 11 kiến nghị đang tiếp tục xem xét. Tỉnh đã bố trí khoảng 45 tỷ đồng để khắc phục các công trình giao thông, thủy lợi hư hỏng sau mưa lũ mà cử tri đã kiến nghị.
Ban Thường trực Ủy ban MTTQ tỉnh đang tổng hợp các ý kiến, kiến nghị để trình bày tại phiên khai mạc kỳ họp, đồng thời đề nghị các tổ đại biểu báo cáo kết quả tiếp xúc về Thường trực HĐND tỉnh trước ngày 25/6.
Đánh giá chung, Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An cho rằng đợt tiếp xúc cử tri lần này được chuẩn bị chu đáo hơn; nhiều tổ đại biểu đã trả lời trực tiếp các ý kiến thuộc thẩm quyền, không để cử tri phải chờ đến kỳ họp. Tuy vậy, ở một số điểm số cử tri là cán bộ, đảng viên còn chiếm tỷ lệ cao, cử tri là nông dân, người lao động tự do còn ít; thời gian dành cho cử tri phát biểu có nơi còn ngắn.
Hồng Quang
Các tin khác
- Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh mở rộng tháng 5 (30/05/2012)
- Mặt trận Quỳ Hợp giám sát việc thực hiện chính sách hỗ trợ hộ nghèo (22/05/2012)
- Diễn Châu: 2.300 hộ đăng ký gia đình văn hóa (15/05/2012)
""", "2012-06-21", "Gần 15.000 lượt cử tri dự tiếp xúc với đại biểu HĐND tỉnh trước kỳ họp giữa năm",
E("hoi_nghi", "2012", "2012-06-14"),
[P("Trần Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đình Thắng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Văn Thìn", "Trưởng bản Xốp Pu"),
 P("Vi Thị Hương", "Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("98 điểm tiếp xúc", 98, "điểm tiếp xúc"), Q("gần 15.000 lượt cử tri", 15000, "lượt cử tri", "approx"),
 Q("1.124 lượt ý kiến, kiến nghị", 1124, "lượt ý kiến, kiến nghị"), Q("436 kiến nghị", 436, "kiến nghị"),
 Q("158 kiến nghị", 158, "kiến nghị"), Q("215 hộ dân", 215, "hộ dân"), Q("142 kiến nghị", 142, "kiến nghị"),
 Q("131 kiến nghị", 131, "kiến nghị"), Q("92,3%", 92.3, "%"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx")],
[D("Kế hoạch liên tịch", "05", "KHLT-HĐND-MTTQ", "2012-05-28", "Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh",
   "Kế hoạch liên tịch số 05/KHLT-HĐND-MTTQ ngày 28/5/2012")],
[prov("Nghệ An"), com("Nghi Phong"), com("Lượng Minh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện"],
["Cập nhật: 09:42, 21/06/2012 (GMT+7)", "Kỳ họp thứ 4", "khóa XVI", "Tổ đại biểu số 12", "Kỳ họp thứ 3", "ba lần"]))

PAGES.append(page("b8791-quangbinh-mttq-baocao-2013", """
Báo Quảng Bình điện tử
Thời sự | Chính trị | Kỳ họp HĐND tỉnh
08:15 | 10/12/2013
Cử tri gửi 156 ý kiến, kiến nghị đến Kỳ họp thứ 8, HĐND tỉnh
Toàn cảnh phiên khai mạc kỳ họp.
(QBĐT) - Sáng 9/12, tại phiên khai mạc Kỳ họp thứ 8, HĐND tỉnh khóa XVI, bà Trương Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh đã trình bày báo cáo tổng hợp ý kiến, kiến nghị của cử tri và nhân dân gửi đến kỳ họp.
Báo cáo cho biết, trước kỳ họp, Ủy ban MTTQ các cấp đã phối hợp tổ chức 52 cuộc tiếp xúc cử tri cho các đại biểu HĐND tỉnh tại 8 huyện, thị xã, thành phố với trên 6.800 lượt cử tri tham dự. Qua tổng hợp, cử tri đã gửi đến kỳ họp 156 ý kiến, kiến nghị, trong đó lĩnh vực kinh tế - xây dựng cơ bản 61 ý kiến, văn hóa - xã hội 48 ý kiến, nội chính 27 ý kiến và 20 ý kiến về các chế độ, chính sách.
Cử tri vùng ven biển Quảng Trạch, Bố Trạch đề nghị tỉnh hỗ trợ ngư dân tiền dầu, bảo hiểm thân tàu theo Quyết định số 48/2010/QĐ-TTg của Thủ tướng Chính phủ; cử tri xã Trường Sơn (huyện Quảng Ninh) kiến nghị đầu tư trạm y tế và điện lưới cho bản Khe Cát, nơi có 64 hộ đồng bào Vân Kiều. Cử tri thành phố Đồng Hới phản ánh việc chậm cấp giấy chứng nhận quyền sử dụng đất tại phường Bắc Lý.
Cũng tại phiên khai mạc, ông Nguyễn Hữu Đức, Phó Chủ tịch UBND tỉnh báo cáo kết quả giải quyết kiến nghị của cử tri gửi đến Kỳ họp thứ 7: trong tổng số 143 kiến nghị, UBND tỉnh đã chỉ đạo giải quyết xong 98 kiến nghị, đang giải quyết 37 kiến nghị và 8 kiến nghị chưa có nguồn lực để giải quyết. Tỉnh đã bố trí hơn 120 tỷ đồng cho các công trình cử tri đề nghị.
Thay mặt Ban Thường trực Ủy ban MTTQ tỉnh, bà Trương Thị Hoa đề nghị UBND tỉnh và các ngành trả lời bằng văn bản, cụ thể từng kiến nghị, tránh tình trạng "trả lời chung chung" như cử tri phản ánh. Báo cáo cũng nêu thực hiện Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN, Mặt trận các cấp đã cải tiến hình thức tiếp xúc cử tri theo chuyên đề, theo địa bàn dân cư.
Ông Phan Văn Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị các vị đại biểu nghiên cứu kỹ báo cáo để chất vấn tại phiên thảo luận. Kỳ họp diễn ra trong 4 ngày, xem xét 18 tờ trình, dự thảo nghị quyết.
Theo đánh giá của Ủy ban MTTQ tỉnh Quảng Bình, các ý kiến, kiến nghị của cử tri năm nay phản ánh sát thực tiễn đời sống; nhiều ý kiến thể hiện sự quan tâm của nhân dân đến việc phòng chống tham nhũng, lãng phí, việc quản lý đất đai, khai thác cát sạn trái phép trên các dòng sông. Cử tri cũng ghi nhận một số kiến nghị tồn đọng từ nhiều kỳ họp đã được giải quyết dứt điểm, như việc cấp nước sạch cho các xã vùng cát ven biển và việc sửa chữa các tuyến đê bao sau lũ lịch sử.
Bên cạnh đó, vẫn còn những kiến nghị được cử tri nêu lặp lại qua nhiều kỳ họp nhưng chưa được giải quyết, gây bức xúc trong nhân dân. Mặt trận đề nghị HĐND tỉnh tăng cường giám sát việc giải quyết các kiến nghị này và công khai kết quả trên các phương tiện thông tin đại chúng để cử tri theo dõi.
P.V
Tin liên quan
- Khai mạc Kỳ họp thứ 8, HĐND tỉnh khóa XVI (09/12/2013)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Minh Hóa (28/11/2013)
- Thường trực HĐND tỉnh họp phiên thường kỳ tháng 11 (15/11/2013)
""", "2013-12-10", "Cử tri gửi 156 ý kiến, kiến nghị đến Kỳ họp thứ 8, HĐND tỉnh",
E("bao_cao", None, "2013-12-09"),
[P("Trương Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Đức", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("52 cuộc tiếp xúc cử tri", 52, "cuộc tiếp xúc cử tri"), Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("trên 6.800 lượt cử tri", 6800, "lượt cử tri", "over"), Q("156 ý kiến, kiến nghị", 156, "ý kiến, kiến nghị"),
 Q("61 ý kiến", 61, "ý kiến"), Q("48 ý kiến", 48, "ý kiến"), Q("27 ý kiến", 27, "ý kiến"), Q("20 ý kiến", 20, "ý kiến"),
 Q("64 hộ đồng bào Vân Kiều", 64, "hộ đồng bào Vân Kiều"), Q("143 kiến nghị", 143, "kiến nghị"), Q("98 kiến nghị", 98, "kiến nghị"),
 Q("37 kiến nghị", 37, "kiến nghị"), Q("8 kiến nghị", 8, "kiến nghị"), Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"),
 Q("18 tờ trình, dự thảo nghị quyết", 18, "tờ trình, dự thảo nghị quyết")],
[D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg"),
 D("Nghị quyết liên tịch", "525", "2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN")],
[prov("Quảng Bình"), com("Trường Sơn"), com("Bắc Lý")],
["Báo Quảng Bình điện tử", "Thời sự | Chính trị | Kỳ họp HĐND tỉnh", "Toàn cảnh phiên khai mạc kỳ họp.", "(QBĐT)", "trả lời chung chung"],
["08:15 | 10/12/2013", "Kỳ họp thứ 8", "khóa XVI", "Kỳ họp thứ 7", "4 ngày"]))

PAGES.append(page("b8792-soctrang-bdv-txct-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
08:15 | 03/07/2014
Đồng chí Trưởng Ban Dân vận Tỉnh ủy tiếp xúc cử tri huyện Vĩnh Châu
Ngày 1/7/2014, Tổ đại biểu HĐND tỉnh đơn vị bầu cử huyện Vĩnh Châu do đồng chí Lâm Thị Sa Phia, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, đại biểu HĐND tỉnh làm Tổ trưởng đã tiếp xúc cử tri các xã Vĩnh Hải, Lai Hòa và thị trấn Vĩnh Châu trước Kỳ họp thứ 11, HĐND tỉnh khóa VIII.
Cùng dự có các đại biểu HĐND tỉnh Trần Văn Hiếu, Thạch Sô Phol - Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; ông Lý Sà Rết, Phó Bí thư Thường trực Huyện ủy Vĩnh Châu và đại diện Ủy ban MTTQ huyện.
Tại buổi tiếp xúc, các đại biểu thông báo với cử tri kết quả kinh tế - xã hội 6 tháng đầu năm và dự kiến nội dung kỳ họp. Hơn 400 cử tri, trong đó gần 60% là đồng bào Khmer, đã nêu 19 ý kiến. Cử tri Sơn Thị Kim Sương (ấp Âu Thọ B, xã Vĩnh Hải) đề nghị nạo vét kênh thủy lợi phục vụ vụ hành tím; cử tri Triệu Văn Mến ở thị trấn Vĩnh Châu phản ánh tình trạng sạt lở bờ biển đe dọa 38 hộ dân sống ven đê.
Hòa thượng Thạch Sóc Khanh, trụ trì chùa Som Rông, Ủy viên Ủy ban MTTQ huyện, kiến nghị hỗ trợ kinh phí sửa chữa trường dạy giáo lý và chữ Khmer cho sư sãi. Nhiều cử tri hỏi về việc thực hiện Quyết định số 29/2013/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất cho hộ đồng bào dân tộc thiểu số nghèo.
Trả lời cử tri, đồng chí Lý Sà Rết cho biết, năm 2014 huyện được phân bổ 1,5 tỷ đồng để hỗ trợ chuyển đổi nghề cho 120 hộ nghèo đồng bào Khmer không có đất sản xuất; đến nay đã giải ngân 860 triệu đồng. Mặt trận các cấp cũng vận động xây dựng 35 căn nhà Đại đoàn kết, mỗi căn trị giá 30 triệu đồng.
Phát biểu tại buổi tiếp xúc, đồng chí Lâm Thị Sa Phia ghi nhận các ý kiến và cho biết những kiến nghị về sạt lở, thủy lợi sẽ được Tổ đại biểu chuyển đến UBND tỉnh và đề nghị trả lời tại kỳ họp; đồng thời mong bà con tiếp tục đoàn kết, giữ gìn an ninh trật tự, thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Trước đó, chiều 30/6, Tổ đại biểu cũng đã đến thăm, trao đổi với Ban Quản trị chùa Som Rông và một số người có uy tín trong đồng bào Khmer ở xã Lai Hòa. Qua trao đổi, các vị sư sãi, người có uy tín bày tỏ tin tưởng vào chủ trương, chính sách của Đảng, Nhà nước và mong muốn tỉnh Sóc Trăng tiếp tục quan tâm đầu tư hạ tầng, giữ gìn tiếng nói, chữ viết và lễ hội truyền thống của đồng bào.
Được biết, trong đợt tiếp xúc cử tri trước kỳ họp này, các tổ đại biểu HĐND tỉnh sẽ tiếp xúc tại tất cả các huyện, thị xã, thành phố. Các ý kiến, kiến nghị của cử tri sẽ được Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp, báo cáo tại phiên khai mạc kỳ họp. Ban Dân vận Tỉnh ủy cũng giao bộ phận dân vận chính quyền theo dõi, đôn đốc việc giải quyết các kiến nghị thuộc thẩm quyền của cấp huyện, cấp xã.
Kim Ngân
Tin liên quan
- Ban Dân vận Tỉnh ủy thăm, tặng quà sư sãi nhân lễ Sene Đôlta (25/06/2014)
- Hội nghị giao ban công tác dân vận quý II (20/06/2014)
- Long Phú: ra mắt mô hình "Dân vận khéo" tại ấp Phú Đức (11/06/2014)
""", "2014-07-03", "Đồng chí Trưởng Ban Dân vận Tỉnh ủy tiếp xúc cử tri huyện Vĩnh Châu",
E("hoi_nghi", None, "2014-07-01"),
[P("Lâm Thị Sa Phia", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "đại biểu HĐND tỉnh", "Tổ trưởng"),
 P("Trần Văn Hiếu", "đại biểu HĐND tỉnh", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Thạch Sô Phol", "đại biểu HĐND tỉnh", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Lý Sà Rết", "Phó Bí thư Thường trực Huyện ủy Vĩnh Châu"),
 P("Sơn Thị Kim Sương"),
 P("Triệu Văn Mến"),
 P("Thạch Sóc Khanh", "Hòa thượng", "trụ trì chùa Som Rông", "Ủy viên Ủy ban MTTQ huyện")],
[Q("Hơn 400 cử tri", 400, "cử tri", "over"), Q("gần 60%", 60, "%", "approx"), Q("19 ý kiến", 19, "ý kiến"),
 Q("38 hộ dân", 38, "hộ dân"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("120 hộ nghèo đồng bào Khmer", 120, "hộ nghèo đồng bào Khmer"), Q("860 triệu đồng", 860000000, "đồng"),
 Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Quyết định", "29", "2013/QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg ngày 20/5/2013")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa"), com("Vĩnh Châu")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["08:15 | 03/07/2014", "Kỳ họp thứ 11", "khóa VIII", "6 tháng đầu năm"]))

PAGES.append(page("b8793-gialai-hdnd-giamsat-2015", """
Báo Gia Lai điện tử
Trang chủ › Chính trị › Hoạt động HĐND
Ngày 18/09/2015 | 09:15
Giám sát việc giải quyết kiến nghị cử tri tại Chư Prông
Đoàn giám sát làm việc với UBND huyện Chư Prông. Ảnh: Hoàng Ngọc
(GLO)- Ngày 16/9, Ban Dân tộc HĐND tỉnh do ông Ksor Tin, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri 6 tháng đầu năm 2015 tại huyện Chư Prông.
Tham gia đoàn có bà Rơ Mah H'Bla, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Nguyễn Hồng Phương, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh cùng đại diện các sở: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Lao động - Thương binh và Xã hội.
Theo báo cáo của UBND huyện, sau các kỳ họp của HĐND tỉnh, cử tri Chư Prông có 47 kiến nghị liên quan đến địa phương; huyện đã giải quyết xong 32 kiến nghị, đang giải quyết 11 kiến nghị, 4 kiến nghị chưa giải quyết được vì chưa có vốn. Riêng kiến nghị về cấp đất sản xuất cho 215 hộ đồng bào Jrai thiếu đất, huyện đã rà soát được 146 ha đất do các công ty nông nghiệp bàn giao về địa phương.
Tại xã Ia Piơr, đoàn ghi nhận ý kiến của ông Siu Thơm, Trưởng thôn Plei Kly, về tuyến đường vào khu sản xuất dài 4,5 km đã hứa làm từ năm 2013. Bà Nay H'Ling, Chủ tịch Hội LHPN xã Ia Boòng, phản ánh 27 hộ đã được bình xét hỗ trợ nhà ở theo Quyết định số 167/2008/QĐ-TTg nhưng còn thiếu vốn đối ứng.
Ông Rơ Châm Kim, Phó Chủ tịch UBND huyện Chư Prông giải trình: năm 2015 huyện dành 6,2 tỷ đồng cho giao thông nông thôn, trong đó ưu tiên các tuyến đường cử tri đã kiến nghị nhiều lần; tỷ lệ kiến nghị được giải quyết đạt khoảng 68%.
Kết luận buổi giám sát, ông Ksor Tin đề nghị huyện lập danh mục từng kiến nghị, ghi rõ thời hạn và người chịu trách nhiệm, công khai kết quả tại các buổi tiếp xúc cử tri; đối với kiến nghị về đất đai, huyện cần phối hợp với Sở Tài nguyên và Môi trường hoàn thành việc giao đất trước ngày 31/12/2015. Ban Dân tộc sẽ tổng hợp kết quả, báo cáo Thường trực HĐND tỉnh theo Kế hoạch số 38/KH-HĐND ngày 10/8/2015 của Thường trực HĐND tỉnh.
Trước khi làm việc với UBND huyện, đoàn đã khảo sát thực tế tại một số thôn, làng của xã Ia Piơr và xã Ia Boòng, gặp gỡ người dân để nắm tình hình. Nhiều hộ đồng bào cho biết đời sống đã có nhiều đổi thay nhờ các chương trình hỗ trợ của Nhà nước, tuy nhiên việc thiếu đất sản xuất, thiếu nước tưới cho cà phê trong mùa khô vẫn là nỗi lo lớn. Đoàn cũng ghi nhận tình trạng một số công trình thủy lợi nhỏ xuống cấp nhưng chưa được sửa chữa.
Theo Ban Dân tộc HĐND tỉnh Gia Lai, từ nay đến cuối năm, Ban sẽ tiếp tục giám sát tại các huyện Đức Cơ, Ia Grai và Krông Pa, tập trung vào những kiến nghị cử tri nêu nhiều lần, kéo dài qua nhiều kỳ họp.
Hoàng Ngọc
Tin cùng chuyên mục
- Thường trực HĐND tỉnh làm việc với huyện Kbang (11/09/2015)
- Ban Pháp chế HĐND tỉnh giám sát công tác thi hành án dân sự (04/09/2015)
- Đại biểu HĐND tỉnh tiếp xúc cử tri thị xã Ayun Pa (10/07/2015)
""", "2015-09-18", "Giám sát việc giải quyết kiến nghị cử tri tại Chư Prông",
E("giam_sat", "2015-H1", "2015-09-16"),
[P("Ksor Tin", "Trưởng Ban Dân tộc HĐND tỉnh", "trưởng đoàn"),
 P("Rơ Mah H'Bla", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Hồng Phương", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Siu Thơm", "Trưởng thôn Plei Kly"),
 P("Nay H'Ling", "Chủ tịch Hội LHPN xã Ia Boòng"),
 P("Rơ Châm Kim", "Phó Chủ tịch UBND huyện Chư Prông")],
[Q("47 kiến nghị", 47, "kiến nghị"), Q("32 kiến nghị", 32, "kiến nghị"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("215 hộ đồng bào Jrai thiếu đất", 215, "hộ đồng bào Jrai thiếu đất"),
 Q("146 ha", 146, "ha"), Q("4,5 km", 4.5, "km"), Q("27 hộ", 27, "hộ"), Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("khoảng 68%", 68, "%", "approx")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "38", "KH-HĐND", "2015-08-10", "Thường trực HĐND tỉnh", "Kế hoạch số 38/KH-HĐND ngày 10/8/2015")],
[prov("Gia Lai"), com("Ia Piơr"), com("Ia Boòng")],
["Báo Gia Lai điện tử", "Trang chủ › Chính trị › Hoạt động HĐND", "Đoàn giám sát làm việc với UBND huyện Chư Prông. Ảnh: Hoàng Ngọc",
 "(GLO)"],
["Ngày 18/09/2015 | 09:15", "6 tháng đầu năm 2015", "năm 2013"]))

PAGES.append(page("b8794-thaibinh-xa-txct-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG HOÀNG - HUYỆN ĐÔNG HƯNG - TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp
Ngày đăng 06/07/2016 | 16:20
Tin tức - Sự kiện
Đại biểu HĐND tỉnh khóa XVI tiếp xúc cử tri xã Đông Hoàng sau kỳ họp thứ nhất
Lượt xem: 312
Chiều ngày 4/7/2016, tại Hội trường UBND xã, Tổ đại biểu HĐND tỉnh khóa XVI, nhiệm kỳ 2016 - 2021 ứng cử tại đơn vị bầu cử số 7 gồm các ông, bà: Phạm Văn Xuyên - Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; Đỗ Thị Hằng - Phó Chủ tịch Hội LHPN tỉnh; Nguyễn Quang Sáng - Chủ tịch UBND huyện Đông Hưng đã tiếp xúc cử tri xã Đông Hoàng và xã Đông Xá sau Kỳ họp thứ nhất, HĐND tỉnh khóa XVI.
Dự buổi tiếp xúc có đồng chí Bùi Văn Khải, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Vũ Thị Nhàn, Chủ tịch Ủy ban MTTQ xã cùng 160 cử tri đại diện cho 11 thôn của hai xã.
Thay mặt Tổ đại biểu, ông Phạm Văn Xuyên báo cáo kết quả kỳ họp thứ nhất: HĐND tỉnh đã bầu các chức danh chủ chốt của HĐND, UBND tỉnh nhiệm kỳ 2016 - 2021 và thông qua 9 nghị quyết, trong đó có Nghị quyết số 05/2016/NQ-HĐND về chính sách hỗ trợ tích tụ ruộng đất, mỗi héc-ta dồn điền được hỗ trợ 2 triệu đồng.
Các cử tri đã nêu 14 ý kiến, kiến nghị. Cử tri Trần Văn Bình (thôn Hưng Đạo) đề nghị tỉnh quan tâm đầu tư tuyến đường ĐH.64 đã xuống cấp nghiêm trọng; cử tri Nguyễn Thị Thơm (thôn Đông An) đề nghị quản lý chặt giá vật tư nông nghiệp và hỗ trợ nông dân khi giá lúa xuống thấp. Ông Lê Đức Hạnh, Trưởng thôn Tây Sơn, phản ánh trạm bơm Đồng Cửa hoạt động kém, khoảng 45 ha lúa vụ mùa có nguy cơ thiếu nước.
Giải trình một số ý kiến, ông Nguyễn Quang Sáng cho biết huyện đã đề nghị tỉnh bố trí 4,5 tỷ đồng để nâng cấp tuyến ĐH.64 trong năm 2017; trạm bơm Đồng Cửa sẽ được sửa chữa trước ngày 20/7. Bà Đỗ Thị Hằng thông tin về chương trình cho vay vốn qua Hội Phụ nữ, hiện toàn huyện có 1.250 hội viên đang được vay với tổng dư nợ trên 38 tỷ đồng.
Kết thúc buổi tiếp xúc, Tổ đại biểu tiếp thu, ghi nhận 6 kiến nghị thuộc thẩm quyền tỉnh để tổng hợp gửi Thường trực HĐND tỉnh; các ý kiến còn lại đề nghị UBND huyện, xã giải quyết và trả lời cử tri trong quý III.
Đánh giá về buổi tiếp xúc, đồng chí Bùi Văn Khải cho biết đây là lần đầu các đại biểu HĐND tỉnh Thái Bình khóa mới về tiếp xúc với cử tri xã Đông Hoàng; không khí buổi tiếp xúc dân chủ, cởi mở, nhiều cử tri là người cao tuổi, cựu chiến binh, đoàn viên thanh niên đã thẳng thắn phát biểu. Đảng ủy xã đã chỉ đạo UBND xã tiếp thu các ý kiến thuộc thẩm quyền của xã, trước mắt tập trung nạo vét kênh mương nội đồng, bảo đảm nước tưới cho vụ mùa và hoàn thành việc dồn điền đổi thửa ở các thôn còn lại.
Được biết, theo kế hoạch của Ủy ban MTTQ huyện, các tổ đại biểu HĐND tỉnh và huyện sẽ hoàn thành tiếp xúc cử tri sau kỳ họp tại tất cả các xã, thị trấn trong huyện trước ngày 10/7.
Ban biên tập
Tin khác
- Đông Hoàng ra quân làm thủy lợi nội đồng (28/06/2016)
- Hội nghị tổng kết công tác bầu cử đại biểu Quốc hội và HĐND các cấp (15/06/2016)
- Đảng ủy xã học tập Chỉ thị 05-CT/TW (02/06/2016)
""", "2016-07-06", "Đại biểu HĐND tỉnh khóa XVI tiếp xúc cử tri xã Đông Hoàng sau kỳ họp thứ nhất",
E("hoi_nghi", None, "2016-07-04"),
[P("Phạm Văn Xuyên", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Đỗ Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Quang Sáng", "Chủ tịch UBND huyện Đông Hưng"),
 P("Bùi Văn Khải", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Thị Nhàn", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Văn Bình"),
 P("Nguyễn Thị Thơm"),
 P("Lê Đức Hạnh", "Trưởng thôn Tây Sơn")],
[Q("160 cử tri", 160, "cử tri"), Q("11 thôn", 11, "thôn"), Q("9 nghị quyết", 9, "nghị quyết"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
 Q("khoảng 45 ha", 45, "ha", "approx"), Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("1.250 hội viên", 1250, "hội viên"),
 Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Nghị quyết", "05", "2016/NQ-HĐND", None, None, "Nghị quyết số 05/2016/NQ-HĐND")],
[prov("Thái Bình"), com("Đông Hoàng"), com("Đông Xá")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐÔNG HOÀNG - HUYỆN ĐÔNG HƯNG - TỈNH THÁI BÌNH", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp",
 "Tin tức - Sự kiện", "Lượt xem: 312", "Ban biên tập"],
["Ngày đăng 06/07/2016 | 16:20", "khóa XVI", "2016 - 2021", "đơn vị bầu cử số 7", "Kỳ họp thứ nhất", "ĐH.64", "Lượt xem: 312", "quý III"]))
