from lib import *
PAGES = []

PAGES.append(page("b8621-laocai-mttq-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
Thứ Năm, 29/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết hoạt động giám sát đầu tư của cộng đồng năm 2011
Ngày 27/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Thào Seo Lử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 65 đại biểu là lãnh đạo Ủy ban MTTQ các huyện, thành phố và đại diện các sở, ngành liên quan.
Theo báo cáo do bà Hoàng Thị Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày, thực hiện Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005 của Thủ tướng Chính phủ ban hành Quy chế giám sát đầu tư của cộng đồng và Thông tư liên tịch số 04/2006/TTLT-KH&ĐT-UBTWMTTQVN-TC, đến nay toàn tỉnh đã có 164/164 xã, phường, thị trấn thành lập Ban Giám sát đầu tư của cộng đồng với 1.127 thành viên. Trong năm, các ban đã giám sát 386 công trình, dự án trên địa bàn, tổng vốn đầu tư hơn 512 tỷ đồng; phát hiện 27 công trình có dấu hiệu vi phạm về chất lượng, khối lượng, kiến nghị chủ đầu tư khắc phục, thu hồi, giảm trừ gần 1,4 tỷ đồng.
Nhiều Ban Giám sát đầu tư của cộng đồng đã hoạt động có nền nếp. Tại xã Bản Phiệt, ban phát hiện đường bê tông liên thôn đổ không đủ độ dày thiết kế, đề nghị nhà thầu đổ lại 120 m; tại thị trấn Phố Lu, ban kiến nghị bổ sung rãnh thoát nước cho Trường Tiểu học số 1 trước mùa mưa. Tuy vậy, kinh phí hỗ trợ hoạt động còn thấp, mỗi ban chỉ được hỗ trợ 2 triệu đồng/năm, nhiều nơi chưa được cấp; chủ đầu tư ở một số công trình chưa gửi hồ sơ thiết kế, dự toán cho ban.
Tại hội nghị, các đại biểu thảo luận sôi nổi về những khó khăn. Ông Sùng A Páo, Chủ tịch Ủy ban MTTQ xã Tả Van, cho biết thành viên ban ở vùng cao chủ yếu là người Mông, nhiều người không đọc được bản vẽ nên rất cần được tập huấn. Bà Tẩn Thị Mẩy, Trưởng Ban Giám sát đầu tư của cộng đồng xã Bản Phiệt, kiến nghị chủ đầu tư phải gửi hồ sơ công trình cho ban trước khi khởi công, "có bản vẽ trong tay thì bà con mới dám nói nhà thầu làm sai".
Phát biểu kết luận, đồng chí Thào Seo Lử đề nghị năm 2012 Ủy ban MTTQ các cấp tham mưu cấp ủy lãnh đạo, phối hợp với UBND cùng cấp bố trí đủ kinh phí; tổ chức tập huấn cho 100% thành viên Ban Giám sát đầu tư của cộng đồng mới kiện toàn. Ban Thường trực Ủy ban MTTQ tỉnh sẽ ban hành Hướng dẫn số 05/HD-MTTQ-BTT về nội dung giám sát các công trình thuộc Chương trình 135 và Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong hoạt động giám sát đầu tư của cộng đồng.
Minh Đức
Lượt xem: 1.024
Tin liên quan
- Bát Xát: 22 xã kiện toàn Ban Thanh tra nhân dân (12/12/2011)
- Hội nghị phản biện xã hội dự thảo quy hoạch giao thông (30/11/2011)
- Sa Pa giám sát 15 công trình nông thôn mới (18/11/2011)
- Ủy ban MTTQ tỉnh làm việc với Sở Kế hoạch và Đầu tư (02/11/2011)
""", "2011-12-29", "Tổng kết hoạt động giám sát đầu tư của cộng đồng năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Thào Seo Lử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Páo", "Chủ tịch Ủy ban MTTQ xã Tả Van"),
 P("Tẩn Thị Mẩy", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Bản Phiệt")],
[Q("65 đại biểu", 65, "đại biểu"), Q("164/164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("1.127 thành viên", 1127, "thành viên"), Q("386 công trình, dự án", 386, "công trình, dự án"),
 Q("hơn 512 tỷ đồng", 512000000000, "đồng", "over"), Q("27 công trình", 27, "công trình"),
 Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("120 m", 120, "m"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("100%", 100, "%"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "80", "2005/QĐ-TTg", "2005-04-18", "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005"),
 D("Thông tư liên tịch", "04", "2006/TTLT-KH&ĐT-UBTWMTTQVN-TC", None, None, "Thông tư liên tịch số 04/2006/TTLT-KH&ĐT-UBTWMTTQVN-TC"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT")],
[prov("Lào Cai"), com("Bản Phiệt"), com("Phố Lu"), com("Tả Van")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Quy chế giám sát đầu tư của cộng đồng", "Trường Tiểu học số 1",
 "Chương trình 135", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 1.024"],
["Thứ Năm, 29/12/2011 - 09:30", "năm 2011", "năm 2012", "Trường Tiểu học số 1", "Chương trình 135", "Lượt xem: 1.024"]))

PAGES.append(page("b8622-nghean-gsdtcd-duong-2012", """
Báo Nghệ An điện tử
Thời sự > Xã hội > Nông thôn mới
Cập nhật: 14:20, 10/08/2012 (GMT+7)
Nghi Lộc: Giám sát cộng đồng giúp con đường về đích đúng chất lượng
(Baonghean) - Sáng 8/8, Ban Giám sát đầu tư của cộng đồng xã Nghi Thạch (huyện Nghi Lộc, tỉnh Nghệ An) phối hợp với Ban Thường trực Ủy ban MTTQ xã tổ chức giám sát công trình đường giao thông liên xóm từ xóm 3 đi xóm 7. Tham gia đoàn có ông Nguyễn Văn Thắng, Chủ tịch Ủy ban MTTQ xã và 5 thành viên của ban.
Thành viên Ban Giám sát đầu tư của cộng đồng xã Nghi Thạch kiểm tra độ dày mặt đường. Ảnh: Hoài Thu
Công trình dài 2,3 km, mặt đường bê tông rộng 3,5 m, tổng mức đầu tư hơn 4,6 tỷ đồng, trong đó nhân dân đóng góp 620 triệu đồng và hiến 3.200 m2 đất. Theo ông Hoàng Đình Lợi, Trưởng Ban Giám sát đầu tư của cộng đồng xã, ngay từ khi khởi công ban đã phân công 2 thành viên thường xuyên có mặt tại hiện trường, ghi nhật ký giám sát từng ngày. "Bà con góp tiền, góp đất thì phải được biết con đường làm có đúng thiết kế hay không", ông Lợi nói.
Qua giám sát, ban phát hiện một đoạn dài khoảng 80 m nhà thầu trộn bê tông không đủ tỷ lệ xi măng; đoạn rãnh thoát nước qua xóm 5 thiếu 14 tấm đan. Ban đã lập biên bản, kiến nghị UBND xã yêu cầu đơn vị thi công phá bỏ, làm lại. Đến nay các kiến nghị đã được khắc phục, nhà thầu cam kết bảo hành mặt đường trong thời gian quy định.
Ông Trần Quốc Hùng, Phó Chủ tịch UBND xã Nghi Thạch, cho biết: Thực hiện kế hoạch số 12/KH-UBND của UBND xã về xây dựng nông thôn mới, năm 2012 xã có 4 công trình được đầu tư với tổng kinh phí gần 9 tỷ đồng. Cả 4 công trình đều được Ban Giám sát đầu tư của cộng đồng theo dõi từ khi khởi công đến khi nghiệm thu, nhờ vậy nhân dân yên tâm đóng góp.
Bà Phan Thị Lan, Phó Chủ tịch Ủy ban MTTQ huyện Nghi Lộc, đánh giá: Năm 2012 toàn huyện có 30/30 xã, thị trấn kiện toàn Ban Giám sát đầu tư của cộng đồng theo Quyết định số 80/2005/QĐ-TTg. Tuy nhiên, nhiều ban còn lúng túng vì thiếu hồ sơ thiết kế, chủ đầu tư chưa thông báo nội dung dự án theo quy định; thành viên phần lớn là người cao tuổi, ít kiến thức về xây dựng.
Theo Ban Thường trực Ủy ban MTTQ xã, từ đầu năm đến nay Ban Giám sát đầu tư của cộng đồng xã Nghi Thạch đã tổ chức 6 cuộc giám sát, gửi 9 kiến nghị tới UBND xã và chủ đầu tư; tất cả đều được trả lời bằng văn bản.
"Thời gian tới, huyện sẽ đề nghị UBND huyện chỉ đạo các chủ đầu tư công khai dự toán tại nhà văn hóa xóm, để người dân cùng giám sát", bà Lan cho biết.
Hoài Thu
Tin khác
- Nghi Lộc: Hơn 200 hộ hiến đất mở rộng đường liên xã (02/08/2012)
- Diễn Châu kiện toàn Ban Thanh tra nhân dân 39 xã (27/07/2012)
- Người dân Quỳnh Lưu góp 12 tỷ đồng làm đường bê tông (20/07/2012)
- Nghệ An: Phát động thi đua xây dựng nông thôn mới (11/07/2012)
""", "2012-08-10", "Nghi Lộc: Giám sát cộng đồng giúp con đường về đích đúng chất lượng",
E("giam_sat", None, "2012-08-08"),
[P("Nguyễn Văn Thắng", "Chủ tịch Ủy ban MTTQ xã"),
 P("Hoàng Đình Lợi", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Trần Quốc Hùng", "Phó Chủ tịch UBND xã Nghi Thạch"),
 P("Phan Thị Lan", "Phó Chủ tịch Ủy ban MTTQ huyện Nghi Lộc")],
[Q("5 thành viên", 5, "thành viên"), Q("2,3 km", 2.3, "km"), Q("3,5 m", 3.5, "m"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("3.200 m2", 3200, "m2"), Q("2 thành viên", 2, "thành viên"), Q("khoảng 80 m", 80, "m", "approx"),
 Q("14 tấm đan", 14, "tấm đan"), Q("4 công trình", 4, "công trình"), Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"),
 Q("30/30 xã, thị trấn", 30, "xã, thị trấn"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "kế hoạch số 12/KH-UBND"),
 D("Quyết định", "80", "2005/QĐ-TTg", None, None, "Quyết định số 80/2005/QĐ-TTg")],
[prov("Nghệ An"), com("Nghi Thạch")],
["Báo Nghệ An điện tử", "Thời sự > Xã hội > Nông thôn mới", "(Baonghean)",
 "Thành viên Ban Giám sát đầu tư của cộng đồng xã Nghi Thạch kiểm tra độ dày mặt đường. Ảnh: Hoài Thu"],
["Cập nhật: 14:20, 10/08/2012 (GMT+7)", "xóm 3", "xóm 7", "xóm 5", "Năm 2012"]))

PAGES.append(page("b8623-quangnam-mttq-taphuan-2013", """
Cổng thông tin điện tử huyện Tây Giang
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
08:15 | 23/05/2013
Tây Giang: Tập huấn nghiệp vụ giám sát đầu tư của cộng đồng năm 2013
Trong hai ngày 21 và 22/5/2013, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tây Giang, tỉnh Quảng Nam tổ chức lớp tập huấn nghiệp vụ cho thành viên Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2013. Tham gia lớp tập huấn có 96 học viên đến từ 10 xã trên địa bàn huyện.
Đồng chí Bríu Liếc phát biểu khai mạc lớp tập huấn. Ảnh: Alăng Ngước
Phát biểu khai mạc, đồng chí Bríu Liếc, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện nhấn mạnh: Những năm qua nguồn vốn đầu tư vào huyện miền núi Tây Giang rất lớn, chỉ riêng năm 2012 đã có 58 công trình giao thông, thủy lợi, trường học được triển khai với tổng vốn trên 140 tỷ đồng. Vì vậy đội ngũ giám sát ở cơ sở phải nắm chắc quy trình, "giám sát bằng mắt người dân nhưng phải có căn cứ".
Tại lớp học, các học viên được ông Nguyễn Thanh Tùng, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và cán bộ Phòng Tài chính - Kế hoạch huyện truyền đạt các chuyên đề: nội dung Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ về giám sát đầu tư của cộng đồng; Hướng dẫn số 27/HD-MTTQ-BTT ngày 12/3/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hoạt động của Ban Giám sát đầu tư của cộng đồng; cách đọc bản vẽ, dự toán; kỹ năng ghi sổ nhật ký giám sát, lập biên bản và gửi kiến nghị.
Các học viên cũng đi thực tế tại công trình Trường Tiểu học A Tiêng, nơi đang xây mới 4 phòng học và nhà công vụ giáo viên với kinh phí 3,2 tỷ đồng. Tại đây, học viên thực hành đo chiều dày tường, kiểm tra mác bê tông theo hồ sơ thiết kế.
Anh Clâu Nhâm, thành viên Ban Giám sát đầu tư của cộng đồng xã A Tiêng chia sẻ: "Trước đây mình chỉ đứng nhìn thợ làm, giờ biết xem bản vẽ rồi thì thấy chỗ nào sai sẽ ghi vào sổ, báo với Mặt trận xã". Bà Pơloong Thị Phấn, Phó Chủ tịch Ủy ban MTTQ xã Lăng cho biết, năm 2012 ban của xã đã phát hiện tuyến kênh mương thôn Tr'lêê thiếu 2 cống tràn, kiến nghị bổ sung kịp thời trước mùa mưa lũ.
Theo Ban Thường trực Ủy ban MTTQ huyện, hiện cả 10/10 xã đã có Ban Giám sát đầu tư của cộng đồng với 87 thành viên, trong đó hơn 70% là người đồng bào Cơ Tu. Kết thúc lớp học, mỗi học viên được cấp 1 bộ tài liệu và sổ ghi chép; tổng kinh phí tổ chức lớp là 35 triệu đồng.
Alăng Ngước
Tin khác
- Tây Giang: Ra mắt mô hình "Khu dân cư không có tội phạm" (15/05/2013)
- Hội nghị Ủy ban MTTQ huyện lần thứ 5 (26/04/2013)
- Xã Bhalêê khánh thành cầu treo qua sông A Vương (10/04/2013)
""", "2013-05-23", "Tây Giang: Tập huấn nghiệp vụ giám sát đầu tư của cộng đồng năm 2013",
E("tap_huan", "2013", "2013-05-21"),
[P("Bríu Liếc", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thanh Tùng", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Clâu Nhâm", "thành viên Ban Giám sát đầu tư của cộng đồng xã A Tiêng"),
 P("Pơloong Thị Phấn", "Phó Chủ tịch Ủy ban MTTQ xã Lăng")],
[Q("96 học viên", 96, "học viên"), Q("10 xã", 10, "xã"), Q("58 công trình giao thông, thủy lợi, trường học", 58, "công trình giao thông, thủy lợi, trường học"),
 Q("trên 140 tỷ đồng", 140000000000, "đồng", "over"), Q("4 phòng học", 4, "phòng học"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("2 cống tràn", 2, "cống tràn"), Q("10/10 xã", 10, "xã"), Q("87 thành viên", 87, "thành viên"), Q("hơn 70%", 70, "%", "over"),
 Q("35 triệu đồng", 35000000, "đồng")],
[D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg"),
 D("Hướng dẫn", "27", "HD-MTTQ-BTT", "2013-03-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 27/HD-MTTQ-BTT ngày 12/3/2013")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng")],
["Cổng thông tin điện tử huyện Tây Giang", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đồng chí Bríu Liếc phát biểu khai mạc lớp tập huấn. Ảnh: Alăng Ngước", "Trường Tiểu học A Tiêng"],
["08:15 | 23/05/2013", "năm 2013", "năm 2012", "1 bộ tài liệu", "hai ngày"]))

PAGES.append(page("b8624-soctrang-gsdtcd-truonghoc-2014", """
BÁO SÓC TRĂNG ONLINE
Trang chủ >> Xã hội >> Giáo dục
29-10-2014 10:40
Giám sát xây dựng điểm trường ở xã Lịch Hội Thượng
(STO) - Ngày 27/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Trần Đề phối hợp với Ban Giám sát đầu tư của cộng đồng xã Lịch Hội Thượng giám sát việc xây dựng 6 phòng học tại điểm ấp Tắc Bướm của Trường Tiểu học Lịch Hội Thượng B. Đoàn do ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn.
Điểm trường được đầu tư theo Quyết định số 1825/QĐ-UBND ngày 18/11/2013 của UBND tỉnh Sóc Trăng, tổng mức đầu tư 3,8 tỷ đồng từ nguồn vốn kiên cố hóa trường, lớp học. Khi hoàn thành, công trình sẽ đáp ứng chỗ học cho 214 học sinh, phần lớn là con em đồng bào Khmer. Đến ngày giám sát, khối lượng thi công đạt khoảng 75%.
Đoàn giám sát kiểm tra hệ thống mái công trình. Ảnh: Trúc Linh
Báo cáo với đoàn, ông Lý Văn Sang, Trưởng Ban Giám sát đầu tư của cộng đồng xã cho biết, thực hiện Kế hoạch số 09/KH-MTTQ của Ủy ban MTTQ huyện, từ tháng 5 ban đã cử 3 thành viên thay phiên theo dõi công trình. Ban đã gửi 2 văn bản kiến nghị: văn bản thứ nhất về việc nhà thầu dùng cát nhiễm phèn để trộn vữa, văn bản thứ hai về việc sân trường được nâng thấp hơn thiết kế 20 cm, dễ ngập khi triều cường. Cả 2 kiến nghị đều được chủ đầu tư chấp nhận, yêu cầu nhà thầu thay vật liệu và nâng nền.
Cô Sơn Thị Kim Hương, Hiệu trưởng Trường Tiểu học Lịch Hội Thượng B, phấn khởi: "Mấy năm nay học sinh ấp Tắc Bướm phải học nhờ trong chùa, mùa mưa rất cực. Nhà trường mong công trình xong đúng hẹn để các em vào năm học mới có phòng học khang trang". Chị Thạch Thị Sô Phia, người dân ấp Tắc Bướm, cho biết bà con trong ấp góp 45 ngày công để san lấp mặt bằng.
Tuy nhiên, đoàn cũng chỉ ra công trình đang chậm tiến độ 15 ngày so với hợp đồng; hồ sơ nhật ký thi công ghi chép chưa đầy đủ. Ông Nguyễn Hoàng Phúc, Phó Giám đốc Ban Quản lý dự án huyện Trần Đề, tiếp thu và cam kết bàn giao công trình trước ngày 30/12/2014.
Ban Giám sát đầu tư của cộng đồng xã Lịch Hội Thượng hiện có 7 thành viên, gồm đại diện Ban công tác Mặt trận các ấp, Hội Nông dân, Hội Liên hiệp Phụ nữ và vị sư cả chùa trong ấp, trong đó có 4 thành viên là người Khmer nên thuận lợi khi vận động bà con góp công, góp đất.
Kết luận buổi giám sát, ông Thạch Sô Phal đề nghị Ban Giám sát đầu tư của cộng đồng xã tiếp tục theo dõi chặt chẽ đến khi nghiệm thu, đồng thời đề nghị UBND huyện sớm bố trí kinh phí hoạt động cho ban theo quy định. Được biết, năm 2014 Ủy ban MTTQ huyện Trần Đề đã chủ trì giám sát 17 công trình trên địa bàn 11 xã, thị trấn.
Trúc Linh
Tin liên quan
- Trần Đề: Vận động xây 25 căn nhà Đại đoàn kết (20/10/2014)
- Lịch Hội Thượng đón nhận danh hiệu xã văn hóa (08/10/2014)
- Khánh thành 3 điểm trường mới ở huyện Châu Thành (25/09/2014)
""", "2014-10-29", "Giám sát xây dựng điểm trường ở xã Lịch Hội Thượng",
E("giam_sat", None, "2014-10-27"),
[P("Thạch Sô Phal", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lý Văn Sang", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Sơn Thị Kim Hương", "Hiệu trưởng Trường Tiểu học Lịch Hội Thượng B"),
 P("Thạch Thị Sô Phia"),
 P("Nguyễn Hoàng Phúc", "Phó Giám đốc Ban Quản lý dự án huyện Trần Đề")],
[Q("6 phòng học", 6, "phòng học"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("214 học sinh", 214, "học sinh"),
 Q("khoảng 75%", 75, "%", "approx"), Q("3 thành viên", 3, "thành viên"), Q("2 văn bản kiến nghị", 2, "văn bản kiến nghị"), Q("20 cm", 20, "cm"),
 Q("45 ngày công", 45, "ngày công"), Q("7 thành viên", 7, "thành viên"), Q("4 thành viên", 4, "thành viên"), Q("17 công trình", 17, "công trình"), Q("11 xã, thị trấn", 11, "xã, thị trấn")],
[D("Quyết định", "1825", "QĐ-UBND", "2013-11-18", "UBND tỉnh Sóc Trăng", "Quyết định số 1825/QĐ-UBND ngày 18/11/2013"),
 D("Kế hoạch", "09", "KH-MTTQ", None, "Ủy ban MTTQ huyện", "Kế hoạch số 09/KH-MTTQ")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["BÁO SÓC TRĂNG ONLINE", "Trang chủ >> Xã hội >> Giáo dục", "(STO)", "Đoàn giám sát kiểm tra hệ thống mái công trình. Ảnh: Trúc Linh",
 "Trường Tiểu học Lịch Hội Thượng B", "ấp Tắc Bướm"],
["29-10-2014 10:40", "15 ngày", "tháng 5", "văn bản thứ nhất", "năm 2014"]))

PAGES.append(page("b8625-hatinh-mttq-soket-2015", """
Báo Hà Tĩnh
Chính trị › Mặt trận - Đoàn thể
Ngày đăng 17/07/2015 | 15:05
Ảnh: Toàn cảnh hội nghị.
Giám sát cộng đồng phát hiện 31 công trình chưa bảo đảm chất lượng
Ngày 16/7, Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2015, trong đó đánh giá chuyên đề về hoạt động giám sát đầu tư của cộng đồng, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Hà, Lê Văn Thuận; lãnh đạo Ủy ban MTTQ 13 huyện, thị xã, thành phố.
Báo cáo tại hội nghị cho biết, 6 tháng qua Ban Giám sát đầu tư của cộng đồng ở 262 xã, phường, thị trấn đã giám sát 1.046 công trình, chủ yếu là đường giao thông nông thôn, kênh mương nội đồng, trường học và nhà văn hóa thôn, với tổng vốn khoảng 1.350 tỷ đồng. Qua giám sát, các ban phát hiện 31 công trình chưa bảo đảm chất lượng, sai khối lượng so với thiết kế; 12 công trình chậm tiến độ kéo dài. Đến nay đã có 27 kiến nghị được chủ đầu tư tiếp thu, xử lý.
Cùng với giám sát, Mặt trận các cấp vận động nhân dân đóng góp hơn 215 tỷ đồng và hiến trên 450.000 m2 đất để xây dựng nông thôn mới. Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết chỉ thị số 12-CT/TU ngày 5/3/2014 về tăng cường vai trò giám sát của nhân dân đối với các công trình đầu tư ở cơ sở, và hướng dẫn các huyện thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị.
Thảo luận tại hội nghị, Chủ tịch Ủy ban MTTQ huyện Hương Khê Phan Đình Sơn cho rằng chủ đầu tư nhiều nơi chưa công khai hồ sơ, dự toán nên ban rất khó phát hiện sai phạm về khối lượng. Ông Trần Đình Bảng, Trưởng Ban Giám sát đầu tư của cộng đồng xã Thạch Kênh (Thạch Hà) kể lại việc ban kiên trì kiến nghị để nhà thầu đổ lại 60 m mương bê tông bị rỗ, "có người nói mình làm khó nhà thầu, nhưng tiền đó có phần bà con góp".
Bà Võ Thị Thu Hằng, Chủ tịch Ủy ban MTTQ thị xã Hồng Lĩnh, đề nghị tỉnh sớm có hướng dẫn mức hỗ trợ kinh phí hoạt động tối thiểu cho mỗi ban; hiện nhiều xã chỉ cấp 1,5 triệu đồng/năm, không đủ chi cho việc đi lại, photo hồ sơ.
Phát biểu kết luận, đồng chí Nguyễn Thị Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh đề nghị 6 tháng cuối năm, các cấp tập trung kiện toàn Ban Giám sát đầu tư của cộng đồng sau đại hội Mặt trận, chú trọng chọn người có hiểu biết về xây dựng, tài chính; mỗi huyện chọn ít nhất 2 xã làm điểm về giám sát các công trình trường học.
Thu Hà
Lượt xem: 2.311
Các tin khác
- Hà Tĩnh: 100% xã tổ chức hội nghị phản biện quy hoạch nông thôn mới (10/07/2015)
- Ủy ban MTTQ tỉnh giám sát việc thu các khoản đóng góp trong trường học (02/07/2015)
- Cẩm Xuyên: Nhân dân hiến gần 30.000 m2 đất làm đường (25/06/2015)
""", "2015-07-17", "Giám sát cộng đồng phát hiện 31 công trình chưa bảo đảm chất lượng",
E("so_ket", "2015-H1", "2015-07-16"),
[P("Nguyễn Thị Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Đình Sơn", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Trần Đình Bảng", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Thạch Kênh"),
 P("Võ Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ thị xã Hồng Lĩnh")],
[Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"), Q("262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"),
 Q("1.046 công trình", 1046, "công trình"), Q("khoảng 1.350 tỷ đồng", 1350000000000, "đồng", "approx"),
 Q("31 công trình", 31, "công trình"), Q("12 công trình", 12, "công trình"), Q("27 kiến nghị", 27, "kiến nghị"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("trên 450.000 m2", 450000, "m2", "over"), Q("60 m", 60, "m"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("ít nhất 2 xã", 2, "xã", "over")],
[D("Chỉ thị", "12", "CT/TU", "2014-03-05", "Ban Thường vụ Tỉnh ủy", "chỉ thị số 12-CT/TU ngày 5/3/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Hà Tĩnh"), com("Thạch Kênh")],
["Báo Hà Tĩnh", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị.", "Lượt xem: 2.311"],
["Ngày đăng 17/07/2015 | 15:05", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 2.311"]))

PAGES.append(page("b8626-daklak-gsdtcd-chandung-2016", """
Báo Đắk Lắk điện tử
Xã hội | Người tốt - Việc tốt
Thứ Ba, 15/11/2016 - 07:45
Ông Y Pher Niê (bìa trái) kiểm tra mương thoát nước tại buôn Sah B. Ảnh: H'Xuân
Y Pher Niê: Người "gác" công trình của buôn làng
Gần 10 năm làm Trưởng Ban Giám sát đầu tư của cộng đồng xã Ea Tul (huyện Cư M'gar), ông Y Pher Niê đã cùng các thành viên giám sát hơn 40 công trình đường sá, trường học, nhà văn hóa buôn. Với ông, mỗi bao xi măng đổ xuống công trình đều có mồ hôi, công sức của bà con.
Ở buôn Sah B, ai cũng quen hình ảnh người đàn ông ngoài 60 tuổi, đội mũ cối, tay cầm cuốn sổ và chiếc thước dây đi dọc các công trình đang thi công. "Nhà thầu làm sai mình không nói thì ai nói. Đường làm xong bà con đi cả đời, con cháu mình đi", ông Y Pher nói bằng tiếng Kinh còn lơ lớ.
Nhớ lại năm 2015, khi giám sát tuyến đường nhựa nối trung tâm xã với buôn Ea Tul, ông phát hiện lớp đá dăm móng đường chỉ dày khoảng 12 cm, thiếu 3 cm so với thiết kế. Ông cùng 4 thành viên khác lập biên bản, báo cáo Ủy ban MTTQ xã. Sau kiểm tra của huyện, nhà thầu phải thi công lại đoạn đường dài 350 m và bị giảm trừ 86 triệu đồng giá trị quyết toán.
Bà H'Ngơn Byă, Chủ tịch Ủy ban MTTQ xã Ea Tul đánh giá: "Ông Y Pher là người có uy tín, lại từng làm thợ hồ nhiều năm nên đọc được bản vẽ. Bà con tin ông, nhà thầu cũng nể ông". Theo bà, nhờ hoạt động giám sát, nhiều năm nay các công trình trên địa bàn xã không có đơn thư khiếu nại về chất lượng.
Năm 2016, Ea Tul có 7 công trình được đầu tư với tổng vốn 11,5 tỷ đồng, trong đó có 4 phòng học Trường Mẫu giáo Hoa Sen và nhà văn hóa cộng đồng buôn Sah B. Ông Lê Văn Đức, Phó Chủ tịch UBND xã, cho biết UBND xã đã chỉ đạo chủ đầu tư gửi đầy đủ hồ sơ cho Ban Giám sát đầu tư của cộng đồng theo Nghị định số 84/2015/NĐ-CP ngày 30/9/2015 của Chính phủ về giám sát và đánh giá đầu tư, để ban có căn cứ đối chiếu.
Theo Ban Thường trực Ủy ban MTTQ huyện Cư M'gar, toàn huyện có 17 Ban Giám sát đầu tư của cộng đồng với 153 thành viên. Năm 2016, các ban đã giám sát 96 công trình, phát hiện 8 công trình có sai sót về khối lượng, chất lượng, kiến nghị chủ đầu tư khắc phục.
Không chỉ giám sát, ông Y Pher còn vận động 23 hộ trong buôn hiến gần 2.000 m2 đất mở đường liên buôn. Với những đóng góp đó, năm 2016 ông được Ủy ban MTTQ tỉnh Đắk Lắk tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Chia tay chúng tôi, ông Y Pher lại vội vã ra công trình nhà văn hóa buôn đang đổ mái. "Hôm nay đổ bê tông, mình phải đứng xem đến tối", ông cười.
H'Xuân
Tin cùng chuyên mục
- Cư M'gar: 12 buôn ra mắt tổ hòa giải (10/11/2016)
- Người Êđê ở Krông Búk góp đất làm đường (04/11/2016)
- Già làng Y Kuăl Mlô với phong trào khuyến học (28/10/2016)
""", "2016-11-15", "Y Pher Niê: Người \"gác\" công trình của buôn làng",
E("khac", None, None),
[P("Y Pher Niê", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Ea Tul"),
 P("H'Ngơn Byă", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("Lê Văn Đức", "Phó Chủ tịch UBND xã")],
[Q("hơn 40 công trình", 40, "công trình", "over"), Q("khoảng 12 cm", 12, "cm", "approx"), Q("3 cm", 3, "cm"),
 Q("4 thành viên", 4, "thành viên"), Q("350 m", 350, "m"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("7 công trình", 7, "công trình"), Q("11,5 tỷ đồng", 11500000000, "đồng"), Q("4 phòng học", 4, "phòng học"),
 Q("17 Ban Giám sát đầu tư của cộng đồng", 17, "Ban Giám sát đầu tư của cộng đồng"), Q("153 thành viên", 153, "thành viên"),
 Q("96 công trình", 96, "công trình"), Q("8 công trình", 8, "công trình"), Q("23 hộ", 23, "hộ"), Q("gần 2.000 m2", 2000, "m2", "approx")],
[D("Nghị định", "84", "2015/NĐ-CP", "2015-09-30", "Chính phủ", "Nghị định số 84/2015/NĐ-CP ngày 30/9/2015")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Xã hội | Người tốt - Việc tốt",
 "Ông Y Pher Niê (bìa trái) kiểm tra mương thoát nước tại buôn Sah B. Ảnh: H'Xuân", "buôn Sah B", "Trường Mẫu giáo Hoa Sen",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Thứ Ba, 15/11/2016 - 07:45", "Gần 10 năm", "ngoài 60 tuổi", "năm 2015", "Năm 2016"]))
