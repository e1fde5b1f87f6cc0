from lib import *
PAGES = []

PAGES.append(page("b9677-nghean-hdnd-txct-2011", """
HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động đại biểu » Tiếp xúc cử tri
Thứ Sáu, 29/07/2011 - 08:30
Ảnh: Quang cảnh buổi tiếp xúc cử tri tại xã Châu Hạnh.
Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Quỳ Châu sau kỳ họp thứ 2
Ngày 27/7/2011, tổ đại biểu HĐND tỉnh Nghệ An khóa XVI ứng cử tại huyện Quỳ Châu gồm các ông, bà: Lữ Văn Hùng, Phó Chủ tịch HĐND tỉnh; Lô Thị Mai, Phó Trưởng Ban Dân tộc HĐND tỉnh và Vi Văn Sơn, Chủ tịch UBND huyện Quỳ Châu đã tiếp xúc cử tri tại xã Châu Hạnh và thị trấn Tân Lạc để báo cáo kết quả kỳ họp thứ 2, HĐND tỉnh khóa XVI, nhiệm kỳ 2011 - 2016.
Tham dự có gần 200 cử tri đại diện cho các bản, khối xóm trên địa bàn. Thay mặt tổ đại biểu, ông Lữ Văn Hùng thông báo: kỳ họp thứ 2 diễn ra trong 3 ngày, đã thông qua 21 nghị quyết quan trọng, trong đó có Nghị quyết số 15/2011/NQ-HĐND ngày 20/7/2011 của HĐND tỉnh về chính sách hỗ trợ phát triển chăn nuôi gia súc ở các huyện miền núi. Tổ đại biểu cũng thông tin việc tiếp tục thực hiện Quyết định 102/2009/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ trực tiếp cho người dân thuộc hộ nghèo vùng khó khăn, mức 80.000 đồng/khẩu/năm.
Tại hai điểm tiếp xúc, cử tri đã nêu 14 ý kiến, kiến nghị, tập trung vào giao thông, thủy lợi và chính sách đối với đồng bào dân tộc thiểu số. Ông Lang Văn Thắm ở bản Bìa, xã Châu Hạnh, phản ánh tuyến đường từ trung tâm xã vào bản dài 12 km xuống cấp nặng, mùa mưa xe máy không đi được, học sinh phải nghỉ học. Bà Quang Thị Lả, Trưởng bản Na Lạnh, xã Châu Bính, đề nghị tỉnh sớm có cơ chế giao đất, giao rừng cho hộ gia đình để bà con yên tâm trồng keo, luồng.
Cử tri thị trấn Tân Lạc kiến nghị kiểm tra chất lượng giống ngô lai cấp cho hộ nghèo vụ hè thu vì tỷ lệ nảy mầm thấp; đề nghị tăng mức phụ cấp cho cán bộ bản, khối vì hiện nay chưa tương xứng với khối lượng công việc. Một số ý kiến phản ánh tình trạng khai thác cát, sỏi trái phép trên sông Hiếu làm sạt lở đất sản xuất.
Trả lời cử tri, ông Vi Văn Sơn cho biết huyện đã bố trí 1,2 tỷ đồng từ Chương trình 135 để sửa chữa tuyến đường vào bản Bìa, dự kiến khởi công trong quý IV; huyện cũng đã lập đoàn kiểm tra việc khai thác cát trên sông Hiếu. Bà Lô Thị Mai tiếp thu ý kiến về giống cây trồng và cho biết Ban Dân tộc sẽ đưa nội dung này vào chương trình giám sát cuối năm.
Kết thúc buổi tiếp xúc, ông Lữ Văn Hùng đề nghị các ngành chức năng của huyện trả lời bằng văn bản những kiến nghị thuộc thẩm quyền trước ngày 30/8/2011; những kiến nghị vượt thẩm quyền sẽ được tổ đại biểu tổng hợp gửi Thường trực HĐND tỉnh. Dịp này, tổ đại biểu trao 35 suất quà cho hộ nghèo, mỗi suất trị giá 300.000 đồng.
Hồng Nhung
Lượt xem: 1.024
Tin liên quan
- Khai mạc kỳ họp thứ 2, HĐND tỉnh khóa XVI (18/07/2011)
- Thường trực HĐND tỉnh giám sát công tác tuyển sinh đầu cấp (12/07/2011)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Con Cuông (28/07/2011)
- Ban Văn hóa - Xã hội khảo sát tình hình trường học vùng cao (05/07/2011)
""", "2011-07-29", "Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Quỳ Châu sau kỳ họp thứ 2",
E("hoi_nghi", None, "2011-07-27"),
[P("Lữ Văn Hùng", "Phó Chủ tịch HĐND tỉnh"),
 P("Lô Thị Mai", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Vi Văn Sơn", "Chủ tịch UBND huyện Quỳ Châu"),
 P("Lang Văn Thắm"),
 P("Quang Thị Lả", "Trưởng bản Na Lạnh")],
[Q("gần 200 cử tri", 200, "cử tri", "approx"), Q("21 nghị quyết", 21, "nghị quyết"),
 Q("80.000 đồng", 80000, "đồng"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"), Q("12 km", 12, "km"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("35 suất quà", 35, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "15", "2011/NQ-HĐND", "2011-07-20", "HĐND tỉnh", "Nghị quyết số 15/2011/NQ-HĐND ngày 20/7/2011"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 102/2009/QĐ-TTg")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Tân Lạc"), com("Châu Bính")],
["HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động đại biểu » Tiếp xúc cử tri",
 "Ảnh: Quang cảnh buổi tiếp xúc cử tri tại xã Châu Hạnh.", "Chương trình 135", "Lượt xem: 1.024"],
["Thứ Sáu, 29/07/2011 - 08:30", "kỳ họp thứ 2", "khóa XVI", "nhiệm kỳ 2011 - 2016", "3 ngày", "Chương trình 135", "quý IV",
 "Lượt xem: 1.024"]))

PAGES.append(page("b9678-sonla-hdnd-giamsat-2012", """
Báo Sơn La điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Thời sự | Chính trị | Hoạt động HĐND
Cập nhật: 16:10, 14/09/2012 (GMT+7)
Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ trực tiếp tại Bắc Yên
(Báo Sơn La) - Ngày 13/9, Đoàn giám sát Ban Dân tộc HĐND tỉnh do ông Lò Văn Mường, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Quyết định số 102/2009/QĐ-TTg ngày 07/8/2009 của Thủ tướng Chính phủ về chính sách hỗ trợ trực tiếp cho người dân thuộc hộ nghèo ở vùng khó khăn tại huyện Bắc Yên. Đây là một trong 4 nội dung thuộc chương trình giám sát năm 2012 của Ban.
Cùng tham gia đoàn có các bà Ủy viên Ban Dân tộc HĐND tỉnh: Cầm Thị Pơm, Quàng Thị Xuân; đại diện Ban Dân tộc tỉnh và Sở Tài chính.
Trưởng đoàn giám sát Lò Văn Mường làm việc với UBND huyện Bắc Yên. Ảnh: Quàng Hưng
Theo báo cáo của UBND huyện do bà Đinh Thị Hà, Phó Chủ tịch UBND huyện Bắc Yên trình bày, năm 2011 và 8 tháng đầu năm 2012, huyện đã cấp hỗ trợ cho 5.872 hộ với 27.430 khẩu, tổng kinh phí hơn 3,4 tỷ đồng; trong đó hỗ trợ bằng tiền mặt 2,1 tỷ đồng, còn lại cấp bằng hiện vật như giống ngô, giống lúa, muối i-ốt. Việc bình xét đối tượng được thực hiện công khai tại các bản theo hướng dẫn của Thông tư liên tịch số 01/2010/TTLT-UBDT-BTC. Đến nay tỷ lệ hộ nghèo toàn huyện còn 47,6%, giảm 5,2% so với năm 2010.
Trước đó, đoàn đã kiểm tra thực tế tại xã Xím Vàng và xã Hang Chú. Ông Giàng A Chu, Chủ tịch UBND xã Xím Vàng cho biết xã có 612 hộ nghèo, chủ yếu là đồng bào Mông; nhiều bản cách trung tâm xã trên 20 km nên việc cấp phát hiện vật gặp khó khăn, có đợt giống ngô về đến bản thì đã quá thời vụ. Ông Thào A Lử, Trưởng bản Háng Đồng B, đề nghị chuyển sang hỗ trợ hoàn toàn bằng tiền mặt để bà con chủ động mua giống phù hợp.
Qua giám sát, đoàn đánh giá huyện đã triển khai chính sách đúng đối tượng, góp phần ổn định đời sống nhân dân; tuy nhiên việc cấp phát còn chậm, hồ sơ thanh quyết toán ở một số xã chưa đầy đủ, còn 3 xã chưa niêm yết công khai danh sách hộ được hưởng.
Kết luận buổi giám sát, ông Lò Văn Mường đề nghị UBND huyện chỉ đạo các xã hoàn thành cấp phát kinh phí năm 2012 trước ngày 31/10/2012, tăng cường kiểm tra, không để xảy ra thất thoát; đồng thời tổng hợp kiến nghị về điều chỉnh hình thức hỗ trợ để Ban báo cáo HĐND tỉnh tại kỳ họp cuối năm. Bà Quàng Thị Xuân đề nghị huyện chú trọng vận động người dân sử dụng hỗ trợ đúng mục đích, gắn với chuyển đổi cây trồng trên đất dốc.
Thu Hằng
Tin cùng chuyên mục
- Thường trực HĐND tỉnh giám sát việc thực hiện chính sách đối với người có công (11/09/2012)
- Ban Pháp chế HĐND tỉnh làm việc với Công an huyện Mộc Châu (06/09/2012)
- Chuẩn bị nội dung kỳ họp thứ 5, HĐND tỉnh khóa XIII (30/08/2012)
- Tiếp xúc cử tri xã Chiềng Ơn, huyện Quỳnh Nhai (22/08/2012)
""", "2012-09-14", "Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ trực tiếp tại Bắc Yên",
E("giam_sat", "2012", "2012-09-13"),
[P("Lò Văn Mường", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Cầm Thị Pơm", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Quàng Thị Xuân", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Đinh Thị Hà", "Phó Chủ tịch UBND huyện Bắc Yên"),
 P("Giàng A Chu", "Chủ tịch UBND xã Xím Vàng"),
 P("Thào A Lử", "Trưởng bản Háng Đồng B")],
[Q("4 nội dung", 4, "nội dung"), Q("5.872 hộ", 5872, "hộ"), Q("27.430 khẩu", 27430, "khẩu"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("47,6%", 47.6, "%"),
 Q("5,2%", 5.2, "%"), Q("612 hộ nghèo", 612, "hộ nghèo"), Q("trên 20 km", 20, "km", "over"), Q("3 xã", 3, "xã")],
[D("Quyết định", "102", "2009/QĐ-TTg", "2009-08-07", "Thủ tướng Chính phủ", "Quyết định số 102/2009/QĐ-TTg ngày 07/8/2009"),
 D("Thông tư liên tịch", "01", "2010/TTLT-UBDT-BTC", None, None, "Thông tư liên tịch số 01/2010/TTLT-UBDT-BTC")],
[prov("Sơn La"), com("Xím Vàng"), com("Hang Chú")],
["Báo Sơn La điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Thời sự | Chính trị | Hoạt động HĐND",
 "(Báo Sơn La)", "Trưởng đoàn giám sát Lò Văn Mường làm việc với UBND huyện Bắc Yên. Ảnh: Quàng Hưng"],
["Cập nhật: 16:10, 14/09/2012 (GMT+7)", "năm 2012", "8 tháng đầu năm 2012", "năm 2010", "năm 2011"]))

PAGES.append(page("b9679-quangnam-hdnd-tongket-2013", """
BÁO QUẢNG NAM ONLINE
Thời sự > Chính quyền > Hoạt động HĐND
08:15 | 27/12/2013
Toàn cảnh hội nghị. Ảnh: A.N
HĐND huyện Nam Giang: Nâng chất lượng giám sát, tiếp xúc cử tri
(QNO) - Chiều 26/12, Thường trực HĐND huyện Nam Giang (Quảng Nam) tổ chức hội nghị tổng kết hoạt động HĐND huyện và HĐND các xã, thị trấn năm 2013, triển khai nhiệm vụ năm 2014. Ông Cơlâu Nhân, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.
Báo cáo do bà Hôih Thị Nhớ, Phó Chủ tịch HĐND huyện trình bày cho thấy, năm 2013 HĐND huyện đã tổ chức 4 kỳ họp, ban hành 18 nghị quyết về kinh tế - xã hội, quốc phòng - an ninh, đầu tư công. Thường trực và 2 ban của HĐND huyện tiến hành 3 cuộc giám sát chuyên đề và 5 cuộc khảo sát theo Kế hoạch số 05/KH-HĐND ngày 10/01/2013 của Thường trực HĐND huyện, tập trung vào việc thực hiện chính sách hỗ trợ đất sản xuất cho đồng bào Cơ Tu, Giẻ Triêng và công tác quản lý, bảo vệ rừng.
Hoạt động tiếp xúc cử tri có nhiều đổi mới. Trong năm, đại biểu HĐND huyện tổ chức 24 buổi tiếp xúc cử tri với hơn 2.300 lượt cử tri tham dự, tiếp nhận 186 ý kiến, kiến nghị; đến nay UBND huyện và các ngành đã trả lời 162 ý kiến, đạt 87%. Một số xã như Tà Bhing, Cà Dy đã tổ chức tiếp xúc cử tri theo từng thôn, tạo điều kiện cho người dân vùng sâu phát biểu bằng tiếng Cơ Tu, có người phiên dịch.
Tuy vậy, hội nghị cũng chỉ ra hạn chế: việc thực hiện Quy chế hoạt động của HĐND ban hành theo Nghị quyết số 753/2005/NQ-UBTVQH11 của Ủy ban Thường vụ Quốc hội ở cấp xã chưa nghiêm; nhiều đại biểu xã chưa chủ động nắm ý kiến cử tri giữa hai kỳ họp; chất vấn tại kỳ họp còn ít, nội dung chưa sâu.
Tham luận tại hội nghị, ông Ating Phong, Chủ tịch HĐND xã Tà Bhing, chia sẻ cách giám sát việc chia đất sản xuất bằng cách mời già làng, trưởng thôn cùng đi đo đạc. Bà Pơloong Thị Hân, Phó Chủ tịch HĐND thị trấn Thạnh Mỹ, đề nghị huyện mở lớp bồi dưỡng kỹ năng chủ trì kỳ họp cho chủ tịch, phó chủ tịch HĐND cấp xã.
Kết luận hội nghị, ông Cơlâu Nhân yêu cầu năm 2014 Thường trực HĐND huyện tập trung giám sát việc giải quyết kiến nghị cử tri tồn đọng, công khai kết quả trả lời trên Đài Truyền thanh huyện; mỗi đại biểu phải tiếp xúc cử tri ít nhất 2 lần trong năm.
Dịp này, Thường trực HĐND huyện tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích trong hoạt động HĐND năm 2013.
ALăng Ngọc
Tin khác
- Nam Giang: Kỳ họp thứ 8, HĐND huyện khóa X (20/12/2013)
- Giám sát việc hỗ trợ đất sản xuất ở Đông Giang (10/12/2013)
- Tây Giang tiếp xúc cử tri trước kỳ họp cuối năm (29/11/2013)
- Phước Sơn: HĐND huyện chất vấn về khai thác vàng trái phép (22/11/2013)
""", "2013-12-27", "HĐND huyện Nam Giang: Nâng chất lượng giám sát, tiếp xúc cử tri",
E("tong_ket", "2013", "2013-12-26"),
[P("Cơlâu Nhân", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hôih Thị Nhớ", "Phó Chủ tịch HĐND huyện"),
 P("Ating Phong", "Chủ tịch HĐND xã Tà Bhing"),
 P("Pơloong Thị Hân", "Phó Chủ tịch HĐND thị trấn Thạnh Mỹ")],
[Q("4 kỳ họp", 4, "kỳ họp"), Q("18 nghị quyết", 18, "nghị quyết"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
 Q("5 cuộc khảo sát", 5, "cuộc khảo sát"), Q("24 buổi tiếp xúc cử tri", 24, "buổi tiếp xúc cử tri"),
 Q("hơn 2.300 lượt cử tri", 2300, "lượt cử tri", "over"), Q("186 ý kiến, kiến nghị", 186, "ý kiến, kiến nghị"),
 Q("162 ý kiến", 162, "ý kiến"), Q("87%", 87, "%"), Q("2 ban", 2, "ban"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "05", "KH-HĐND", "2013-01-10", "Thường trực HĐND huyện", "Kế hoạch số 05/KH-HĐND ngày 10/01/2013"),
 D("Nghị quyết", "753", "2005/NQ-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 753/2005/NQ-UBTVQH11")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Cà Dy"), com("Thạnh Mỹ")],
["BÁO QUẢNG NAM ONLINE", "Thời sự > Chính quyền > Hoạt động HĐND", "Toàn cảnh hội nghị. Ảnh: A.N", "(QNO)",
 "Quy chế hoạt động của HĐND", "Đài Truyền thanh huyện"],
["08:15 | 27/12/2013", "năm 2013", "năm 2014", "ít nhất 2 lần"]))

PAGES.append(page("b9680-bentre-hdnd-giaoban-2014", """
HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE
Vị trí: Trang chủ > Hoạt động Thường trực HĐND
10/07/2014 - 15:20
Thường trực HĐND tỉnh làm việc với Thường trực HĐND các huyện, thành phố
Sáng 9/7/2014, Thường trực HĐND tỉnh Bến Tre tổ chức giao ban quý II năm 2014 với Thường trực HĐND 9 huyện, thành phố nhằm đánh giá kết quả hoạt động và thống nhất việc chuẩn bị kỳ họp thường lệ giữa năm. Ông Trần Văn Nhã, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; cùng dự có bà Lê Thị Thu Ba, Phó Chủ tịch HĐND tỉnh và lãnh đạo các ban HĐND tỉnh.
Ông Trần Văn Nhã phát biểu tại buổi giao ban.
Theo báo cáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh, trong quý II, HĐND cấp huyện đã thực hiện 7 cuộc giám sát, trong đó có giám sát việc thực hiện Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy về vận động nhân dân hiến đất làm đường giao thông nông thôn và về phòng, chống xâm nhập mặn. Các tổ đại biểu HĐND tỉnh, huyện đã tiếp xúc cử tri trước kỳ họp tại 86 điểm, thu hút 5.140 lượt cử tri, tiếp nhận 623 ý kiến. Các kiến nghị nổi lên gồm giá dừa giảm mạnh, sạt lở bờ sông Hàm Luông, chậm chi trả tiền bồi thường dự án cầu Cổ Chiên.
Ông Huỳnh Văn Được, Trưởng Ban Pháp chế HĐND tỉnh, cho biết Ban đã giám sát công tác tiếp công dân tại 3 huyện; qua giám sát phát hiện 21 vụ việc khiếu nại kéo dài trên 2 năm, đề nghị UBND tỉnh chỉ đạo rà soát, đối thoại với người dân.
Tại buổi giao ban, ông Phan Văn Lũy, Chủ tịch HĐND huyện Mỏ Cày Nam, đề nghị tỉnh hướng dẫn thống nhất mẫu báo cáo tổng hợp ý kiến cử tri để tránh trùng lặp giữa các cấp. Bà Đoàn Thị Kim Phụng, Phó Chủ tịch HĐND huyện Ba Tri, phản ánh HĐND các xã ven biển như An Thủy, Bảo Thuận còn thiếu kinh phí hoạt động giám sát, mỗi năm chỉ được bố trí khoảng 15 triệu đồng.
Phát biểu kết luận, ông Trần Văn Nhã đề nghị Thường trực HĐND cấp huyện tiếp tục thực hiện nghiêm Luật Tổ chức HĐND và UBND năm 2003; chuẩn bị kỹ tài liệu kỳ họp, gửi đại biểu trước ít nhất 7 ngày; quý III tập trung giám sát việc giải quyết kiến nghị cử tri và công tác phòng, chống hạn mặn. Đối với những kiến nghị của cử tri xã Tân Thành Bình về bồi thường, Thường trực HĐND tỉnh sẽ làm việc trực tiếp với UBND huyện Mỏ Cày Bắc trong tháng 7/2014.
Văn phòng Đoàn ĐBQH và HĐND tỉnh
Số lượt truy cập: 208.517
Các tin khác
- Kỳ họp thứ 10, HĐND tỉnh khóa VIII sẽ diễn ra trong 3 ngày (04/07/2014)
- Ban Văn hóa - Xã hội giám sát công tác khám chữa bệnh bảo hiểm y tế (25/06/2014)
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Giồng Trôm (20/06/2014)
- Giao ban Thường trực HĐND tỉnh quý I năm 2014 (08/04/2014)
""", "2014-07-10", "Thường trực HĐND tỉnh làm việc với Thường trực HĐND các huyện, thành phố",
E("giao_ban", "2014-Q2", "2014-07-09"),
[P("Trần Văn Nhã", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Thu Ba", "Phó Chủ tịch HĐND tỉnh"),
 P("Huỳnh Văn Được", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Phan Văn Lũy", "Chủ tịch HĐND huyện Mỏ Cày Nam"),
 P("Đoàn Thị Kim Phụng", "Phó Chủ tịch HĐND huyện Ba Tri")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("7 cuộc giám sát", 7, "cuộc giám sát"), Q("86 điểm", 86, "điểm"),
 Q("5.140 lượt cử tri", 5140, "lượt cử tri"), Q("623 ý kiến", 623, "ý kiến"), Q("3 huyện", 3, "huyện"),
 Q("21 vụ việc khiếu nại", 21, "vụ việc khiếu nại"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx")],
[D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU")],
[prov("Bến Tre"), com("An Thủy"), com("Bảo Thuận"), com("Tân Thành Bình")],
["HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE", "Vị trí: Trang chủ > Hoạt động Thường trực HĐND", "Ông Trần Văn Nhã phát biểu tại buổi giao ban.",
 "Luật Tổ chức HĐND và UBND năm 2003", "Số lượt truy cập: 208.517", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["10/07/2014 - 15:20", "quý II năm 2014", "trên 2 năm", "7 ngày", "quý III", "tháng 7/2014", "Số lượt truy cập: 208.517"]))

PAGES.append(page("b9681-daklak-hdnd-taphuan-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ / Chính trị / Hoạt động đại biểu dân cử
Ngày đăng 22/10/2015 | 09:40
Bồi dưỡng kỹ năng giám sát, tiếp xúc cử tri cho đại biểu HĐND cấp xã
Trong 2 ngày 20 và 21/10, Thường trực HĐND tỉnh Đắk Lắk phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn kỹ năng hoạt động cho đại biểu HĐND cấp xã năm 2015 tại thị xã Buôn Hồ. Tham dự có hơn 180 học viên là chủ tịch, phó chủ tịch HĐND và đại biểu HĐND các xã, phường, thị trấn thuộc 4 huyện, thị xã phía Bắc của tỉnh.
Học viên thảo luận nhóm về tình huống chất vấn tại kỳ họp. Ảnh: H.Giang
Phát biểu khai mạc, ông Y Krăk Niê, Phó Chủ tịch HĐND tỉnh cho biết, toàn tỉnh hiện có 3.916 đại biểu HĐND cấp xã, trong đó 41,3% là người dân tộc thiểu số; nhiều đại biểu lần đầu tham gia HĐND nên còn lúng túng khi giám sát, khi chủ trì tiếp xúc cử tri hoặc tổng hợp kiến nghị. Lớp tập huấn được tổ chức theo Kế hoạch số 112/KH-HĐND ngày 15/9/2015 của Thường trực HĐND tỉnh, tổng kinh phí 96 triệu đồng.
Các học viên được nghe giới thiệu 5 chuyên đề: những điểm mới của Luật Tổ chức chính quyền địa phương số 77/2015/QH13 của Quốc hội; kỹ năng giám sát tại địa bàn; kỹ năng tiếp xúc cử tri và tiếp công dân; kỹ năng chất vấn tại kỳ họp; kỹ năng thẩm tra báo cáo, dự thảo nghị quyết. Chuyên đề về tiếp xúc cử tri do bà H'Blin Adrơng, Trưởng Ban Dân tộc HĐND tỉnh trực tiếp trình bày, với nhiều ví dụ từ các buôn đồng bào Êđê.
Theo ThS. Phạm Đức Lâm, Phó Hiệu trưởng Trường Chính trị tỉnh, lớp học dành phần lớn thời gian cho thực hành: học viên chia thành 6 nhóm, đóng vai tổ đại biểu, cử tri và đại diện chính quyền để xử lý các tình huống như tranh chấp đất rẫy, chậm chi trả tiền hỗ trợ bảo vệ rừng.
Ông Y Thoan Kbuôr, Chủ tịch HĐND xã Ea Ngai, chia sẻ: "Trước đây tiếp xúc cử tri chủ yếu là đọc báo cáo, bà con ít phát biểu. Nay chúng tôi học cách tổ chức theo cụm buôn, ngồi vòng tròn, dùng tiếng Êđê để bà con mạnh dạn nêu ý kiến". Bà Nguyễn Thị Kim Thoa, đại biểu HĐND xã Cư Né, mong muốn được cung cấp thêm tài liệu hỏi - đáp về thẩm quyền giải quyết đơn thư.
Bế mạc lớp học, ông Y Krăk Niê đề nghị học viên vận dụng kiến thức vào hoạt động thực tiễn, nhất là trong đợt tiếp xúc cử tri trước kỳ họp cuối năm. Dự kiến trong tháng 11, Thường trực HĐND tỉnh tiếp tục mở 2 lớp cho đại biểu các huyện phía Nam.
Hương Giang
Lượt đọc: 642
Bài viết liên quan
- HĐND tỉnh giám sát việc giao khoán bảo vệ rừng tại Ea Súp (14/10/2015)
- Chuẩn bị kỳ họp thứ 12, HĐND tỉnh khóa VIII (09/10/2015)
- Ban Văn hóa - Xã hội khảo sát tình hình trường học ở Lắk (30/09/2015)
""", "2015-10-22", "Bồi dưỡng kỹ năng giám sát, tiếp xúc cử tri cho đại biểu HĐND cấp xã",
E("tap_huan", "2015", "2015-10-20"),
[P("Y Krăk Niê", "Phó Chủ tịch HĐND tỉnh"),
 P("H'Blin Adrơng", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Phạm Đức Lâm", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Y Thoan Kbuôr", "Chủ tịch HĐND xã Ea Ngai"),
 P("Nguyễn Thị Kim Thoa", "đại biểu HĐND xã Cư Né")],
[Q("hơn 180 học viên", 180, "học viên", "over"), Q("4 huyện, thị xã", 4, "huyện, thị xã"),
 Q("3.916 đại biểu HĐND cấp xã", 3916, "đại biểu HĐND cấp xã"), Q("41,3%", 41.3, "%"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("6 nhóm", 6, "nhóm"), Q("2 lớp", 2, "lớp")],
[D("Kế hoạch", "112", "KH-HĐND", "2015-09-15", "Thường trực HĐND tỉnh", "Kế hoạch số 112/KH-HĐND ngày 15/9/2015"),
 D("Luật", "77", "2015/QH13", None, "Quốc hội", "Luật Tổ chức chính quyền địa phương số 77/2015/QH13")],
[prov("Đắk Lắk"), com("Ea Ngai"), com("Cư Né")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ / Chính trị / Hoạt động đại biểu dân cử",
 "Học viên thảo luận nhóm về tình huống chất vấn tại kỳ họp. Ảnh: H.Giang", "Lượt đọc: 642", "Trường Chính trị tỉnh"],
["Ngày đăng 22/10/2015 | 09:40", "2 ngày", "năm 2015", "tháng 11", "Lượt đọc: 642"]))

PAGES.append(page("b9682-camau-ungcuvien-txct-2016", """
BÁO CÀ MAU ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2016 - 2021
Thứ Sáu, 06/05/2016
Ứng cử viên đại biểu HĐND tỉnh tiếp xúc cử tri huyện Trần Văn Thời
Các ứng cử viên trình bày chương trình hành động trước cử tri xã Khánh Bình Tây.
Ngày 5/5, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Trần Văn Thời phối hợp với Thường trực HĐND, UBND huyện tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 tại đơn vị bầu cử số 6 vận động bầu cử. Đơn vị bầu cử số 6 có 5 ứng cử viên, được bầu 3 đại biểu. Hội nghị diễn ra tại xã Khánh Bình Tây với hơn 250 cử tri tham dự.
Lần lượt các ứng cử viên trình bày chương trình hành động. Ông Danh Hoàng, Phó Trưởng Ban Dân tộc tỉnh, cam kết nếu trúng cử sẽ tập trung giám sát chính sách đất ở, đất sản xuất cho đồng bào Khmer và việc hỗ trợ học sinh dân tộc thiểu số. Bà Thạch Thị Mỹ Linh, Phó Hiệu trưởng Trường THCS Khánh Bình Tây, hứa sẽ là cầu nối đưa tiếng nói của giáo viên, phụ huynh đến HĐND tỉnh. Ông Lê Văn Út, Bí thư Đảng ủy xã Khánh Bình Tây Bắc, nêu chương trình về giao thông nông thôn, chống sạt lở ven biển.
Các ứng cử viên còn lại gồm ông Tạ Minh Hiếu, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn và bà Trần Thị Ngọc Hân, chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh, tập trung vào chuyển đổi cơ cấu sản xuất lúa - tôm và nâng chất lượng hoạt động tiếp xúc cử tri của đại biểu dân cử.
Tại hội nghị, 9 cử tri phát biểu. Ông Trương Văn Hậu ở ấp Kinh Hòn, xã Khánh Bình Tây, đề nghị ứng cử viên nếu trúng cử quan tâm tuyến lộ dài 4,5 km đang xuống cấp; bà Châu Thị Ên, người dân tộc Khmer ở thị trấn Sông Đốc, mong tỉnh nâng mức hỗ trợ xây nhà cho hộ nghèo lên 30 triệu đồng/căn để người dân đủ tiền làm nhà kiên cố. Nhiều cử tri cũng đề nghị đại biểu thường xuyên về cơ sở, không chỉ gặp cử tri vào mùa bầu cử.
Cuộc bầu cử diễn ra ngày 22/5/2016 theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13. Theo Kế hoạch số 27/KH-UBBC ngày 15/3/2016 của Ủy ban bầu cử tỉnh, việc tiếp xúc cử tri của ứng cử viên đại biểu HĐND tỉnh phải hoàn thành trước ngày 20/5/2016; mỗi ứng cử viên tiếp xúc ít nhất 3 cuộc tại đơn vị bầu cử.
Ông Nguyễn Hữu Lợi, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời, đề nghị cử tri tiếp tục tìm hiểu kỹ tiểu sử, chương trình hành động để lựa chọn người xứng đáng; đồng thời cho biết biên bản hội nghị sẽ được gửi Ủy ban bầu cử tỉnh đúng quy định.
Trần Nguyên
Tin liên quan
- Cà Mau: 76 người ứng cử đại biểu HĐND tỉnh khóa IX (28/04/2016)
- Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri huyện U Minh (04/05/2016)
- Năm Căn: Chuẩn bị chu đáo cho ngày bầu cử (02/05/2016)
- Tuyên truyền về bầu cử bằng tiếng Khmer (26/04/2016)
""", "2016-05-06", "Ứng cử viên đại biểu HĐND tỉnh tiếp xúc cử tri huyện Trần Văn Thời",
E("hoi_nghi", None, "2016-05-05"),
[P("Danh Hoàng", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Thị Mỹ Linh", "Phó Hiệu trưởng Trường THCS Khánh Bình Tây"),
 P("Lê Văn Út", "Bí thư Đảng ủy xã Khánh Bình Tây Bắc"),
 P("Tạ Minh Hiếu", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Trần Thị Ngọc Hân", "chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Trương Văn Hậu"),
 P("Châu Thị Ên"),
 P("Nguyễn Hữu Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời")],
[Q("5 ứng cử viên", 5, "ứng cử viên"), Q("3 đại biểu", 3, "đại biểu"), Q("hơn 250 cử tri", 250, "cử tri", "over"),
 Q("9 cử tri", 9, "cử tri"), Q("4,5 km", 4.5, "km"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("ít nhất 3 cuộc", 3, "cuộc", "over")],
[D("Luật", "85", "2015/QH13", None, None, "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13"),
 D("Kế hoạch", "27", "KH-UBBC", "2016-03-15", "Ủy ban bầu cử tỉnh", "Kế hoạch số 27/KH-UBBC ngày 15/3/2016")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Khánh Bình Tây Bắc"), com("Sông Đốc")],
["BÁO CÀ MAU ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2016 - 2021",
 "Các ứng cử viên trình bày chương trình hành động trước cử tri xã Khánh Bình Tây.", "Ủy ban bầu cử tỉnh"],
["Thứ Sáu, 06/05/2016", "khóa IX", "nhiệm kỳ 2016 - 2021", "đơn vị bầu cử số 6"]))
