from lib import *
PAGES = []

PAGES.append(page("b7181-thanhhoa-mttq-tongket-pctn-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện
Thứ Tư, 28/12/2011 - 16:40
Toàn cảnh hội nghị tổng kết.
Mặt trận Thanh Hóa tổng kết công tác giám sát, tham gia phòng, chống tham nhũng năm 2011
Chiều 27/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác giám sát và tham gia phòng, chống tham nhũng, lãng phí năm 2011. Đồng chí Lê Thị Thu Hà, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; dự có đồng chí Hoàng Văn Thịnh, Phó Trưởng Ban Nội chính Tỉnh ủy.
Báo cáo do ông Trịnh Văn Khoa, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày cho biết, thực hiện Nghị quyết số 04-NQ/TW ngày 21/8/2006 của BCH Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí và Nghị định số 47/2007/NĐ-CP của Chính phủ về vai trò, trách nhiệm của xã hội trong phòng, chống tham nhũng, trong năm Mặt trận các cấp đã chủ trì 86 cuộc giám sát chuyên đề, riêng cấp tỉnh 4 cuộc, tập trung vào quản lý đất đai, xây dựng cơ bản và thu, chi các khoản đóng góp của nhân dân.
Ban Thanh tra nhân dân ở 635 xã, phường, thị trấn đã tiếp nhận 1.247 ý kiến, kiến nghị của nhân dân, kiến nghị thu hồi hơn 1,3 tỷ đồng do chi sai chế độ. Ban Thường trực Ủy ban MTTQ tỉnh đã tiếp 312 lượt công dân, nhận 204 đơn thư khiếu nại, tố cáo; đã chuyển cơ quan có thẩm quyền 187 đơn, đến nay 142 đơn đã có văn bản trả lời, đạt 75,9%.
Tại hội nghị, bà Mai Thị Lan, Chủ tịch Ủy ban MTTQ huyện Quảng Xương, cho biết qua giám sát việc thu, chi quỹ xây dựng trường học tại xã Quảng Lưu, Ban Thanh tra nhân dân xã đã phát hiện sai phạm, kiến nghị UBND xã trả lại cho 318 hộ số tiền gần 96 triệu đồng thu vượt. Ông Lê Đình Tuấn, Trưởng Ban Thanh tra nhân dân phường Đông Vệ, nêu khó khăn: nhiều thành viên kiêm nhiệm, phụ cấp thấp, chỉ 50.000 đồng/tháng, lại chưa được tập huấn nghiệp vụ nên ngại va chạm.
Một số ý kiến cho rằng việc trả lời kiến nghị sau giám sát ở một số nơi còn chậm; có đơn thư Mặt trận chuyển đi nhiều tháng vẫn chưa được hồi âm, khiến người dân mất lòng tin.
Phát biểu kết luận, đồng chí Lê Thị Thu Hà đề nghị năm 2012 Mặt trận các cấp bám sát Chương trình hành động số 18-CTr/TU của Tỉnh ủy về phòng, chống tham nhũng, lãng phí, lựa chọn nội dung giám sát sát với bức xúc của nhân dân; mỗi huyện chủ trì ít nhất 2 cuộc giám sát; kiện toàn, nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể và 24 cá nhân có thành tích trong công tác giám sát, phản biện xã hội năm 2011.
Ngọc Huyền
Lượt xem: 1.204
Tin liên quan
- Hoằng Hóa: giám sát việc thu, chi quỹ phòng, chống thiên tai (15/12/2011)
- Kiện toàn 30 Ban Thanh tra nhân dân ở Như Xuân (02/12/2011)
- Mặt trận tỉnh tiếp 25 lượt công dân trong tháng 11 (30/11/2011)
- Hội thảo nâng cao hiệu quả giám sát của Mặt trận (18/11/2011)
""", "2011-12-28", "Mặt trận Thanh Hóa tổng kết công tác giám sát, tham gia phòng, chống tham nhũng năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Thị Thu Hà", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thịnh", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Trịnh Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mai Thị Lan", "Chủ tịch Ủy ban MTTQ huyện Quảng Xương"),
 P("Lê Đình Tuấn", "Trưởng Ban Thanh tra nhân dân phường Đông Vệ")],
[Q("86 cuộc giám sát chuyên đề", 86, "cuộc giám sát chuyên đề"), Q("4 cuộc", 4, "cuộc"),
 Q("635 xã, phường, thị trấn", 635, "xã, phường, thị trấn"), Q("1.247 ý kiến, kiến nghị", 1247, "ý kiến, kiến nghị"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("312 lượt công dân", 312, "lượt công dân"),
 Q("204 đơn thư khiếu nại, tố cáo", 204, "đơn thư khiếu nại, tố cáo"), Q("187 đơn", 187, "đơn"), Q("142 đơn", 142, "đơn"),
 Q("75,9%", 75.9, "%"), Q("318 hộ", 318, "hộ"), Q("gần 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("50.000 đồng/tháng", 50000, "đồng"), Q("ít nhất 2 cuộc giám sát", 2, "cuộc giám sát", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Nghị quyết", "04", "NQ/TW", "2006-08-21", "BCH Trung ương Đảng", "Nghị quyết số 04-NQ/TW ngày 21/8/2006"),
 D("Nghị định", "47", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2007/NĐ-CP"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU")],
[prov("Thanh Hóa"), com("Quảng Lưu"), com("Đông Vệ")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện",
 "Toàn cảnh hội nghị tổng kết.", "Ban giám sát đầu tư của cộng đồng", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:40", "năm 2011", "năm 2012", "khóa X", "50.000 đồng/tháng", "Lượt xem: 1.204"]))

PAGES.append(page("b7182-nghean-mttq-giamsat-donthu-2012", """
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự > Chính trị
Cập nhật: 14:05, 17/05/2012 (GMT+7)
Giám sát việc giải quyết khiếu nại, tố cáo tại Diễn Châu
(Baonghean) - Ngày 16/5, đoàn giám sát của Ủy ban MTTQ tỉnh Nghệ An do ông Nguyễn Đình Lộc, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND huyện Diễn Châu. Cùng đi có ông Hồ Sỹ Hùng, Phó Chánh Thanh tra tỉnh.
Đoàn giám sát làm việc với UBND huyện Diễn Châu. Ảnh: Thanh Lê
Theo báo cáo của UBND huyện, từ đầu năm 2011 đến tháng 4/2012, huyện đã tiếp 426 lượt công dân, trong đó có 9 đoàn đông người; tiếp nhận 381 đơn thư, gồm 57 đơn khiếu nại, 43 đơn tố cáo, còn lại là đơn kiến nghị, phản ánh. Số đơn thuộc thẩm quyền đã giải quyết 88/100 đơn, đạt 88%. Các vụ việc chủ yếu liên quan đến cấp đất ở trái thẩm quyền, thu tiền sử dụng đất và bồi thường giải phóng mặt bằng mở rộng Quốc lộ 1A.
Ông Phan Văn Thuận, Chủ tịch Ủy ban MTTQ huyện Diễn Châu cho biết, Mặt trận huyện đã phối hợp tham gia 27 cuộc hòa giải, đối thoại; Ban Thanh tra nhân dân các xã phát hiện 14 vụ việc sai phạm, kiến nghị trả lại cho dân hơn 210 triệu đồng. Tuy nhiên, tại xã Diễn Thịnh và xã Diễn Hoa vẫn còn 6 vụ khiếu nại kéo dài, vượt cấp liên quan việc giao đất từ năm 2003.
Ông Cao Xuân Bình, Trưởng Ban Thanh tra nhân dân xã Diễn Thịnh thừa nhận: "Có vụ dân gửi đơn ba bốn lần, xã trả lời chung chung nên bà con lại kéo lên huyện. Ban chúng tôi kiến nghị nhưng không có quyền xử lý".
Thành viên đoàn giám sát cũng chỉ ra một số hạn chế: sổ theo dõi tiếp công dân ở một số xã ghi chép sơ sài; việc công khai kết quả giải quyết chưa kịp thời; một số cán bộ địa chính còn né tránh, đùn đẩy trách nhiệm.
Kết luận buổi giám sát, ông Nguyễn Đình Lộc đề nghị UBND huyện tiếp tục quán triệt Thông báo số 130-TB/TW của Bộ Chính trị về tình hình và kết quả giải quyết khiếu nại, tố cáo, thực hiện nghiêm Luật Khiếu nại, Luật Tố cáo năm 2011 và Kế hoạch số 112/KH-UBND ngày 05/3/2012 của UBND tỉnh về giải quyết các vụ việc tồn đọng; phấn đấu giải quyết dứt điểm các vụ việc khiếu nại kéo dài trước ngày 30/6/2012. Mặt trận huyện cần phát huy vai trò của 47 Ban Thanh tra nhân dân ở cơ sở, kịp thời nắm bắt tâm tư của nhân dân, không để phát sinh điểm nóng.
Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh kiến nghị các cơ quan có thẩm quyền xem xét.
Thanh Lê
Tin cùng chuyên mục
- Mặt trận Quỳnh Lưu giám sát việc chi trả tiền hỗ trợ giống lúa (10/05/2012)
- Nghĩa Đàn: 3 cán bộ xã bị kỷ luật do thu sai quy định (04/05/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (26/04/2012)
""", "2012-05-17", "Giám sát việc giải quyết khiếu nại, tố cáo tại Diễn Châu",
E("giam_sat", None, "2012-05-16"),
[P("Nguyễn Đình Lộc", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Sỹ Hùng", "Phó Chánh Thanh tra tỉnh"),
 P("Phan Văn Thuận", "Chủ tịch Ủy ban MTTQ huyện Diễn Châu"),
 P("Cao Xuân Bình", "Trưởng Ban Thanh tra nhân dân xã Diễn Thịnh")],
[Q("426 lượt công dân", 426, "lượt công dân"), Q("9 đoàn đông người", 9, "đoàn đông người"), Q("381 đơn thư", 381, "đơn thư"),
 Q("57 đơn khiếu nại", 57, "đơn khiếu nại"), Q("43 đơn tố cáo", 43, "đơn tố cáo"), Q("88/100 đơn", 88, "đơn"), Q("88%", 88, "%"),
 Q("27 cuộc hòa giải, đối thoại", 27, "cuộc hòa giải, đối thoại"), Q("14 vụ việc sai phạm", 14, "vụ việc sai phạm"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("6 vụ khiếu nại kéo dài, vượt cấp", 6, "vụ khiếu nại kéo dài, vượt cấp"),
 Q("47 Ban Thanh tra nhân dân", 47, "Ban Thanh tra nhân dân")],
[D("Thông báo", "130", "TB/TW", None, "Bộ Chính trị", "Thông báo số 130-TB/TW"),
 D("Kế hoạch", "112", "KH-UBND", "2012-03-05", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 05/3/2012")],
[prov("Nghệ An"), com("Diễn Thịnh"), com("Diễn Hoa")],
["BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự > Chính trị", "(Baonghean)",
 "Đoàn giám sát làm việc với UBND huyện Diễn Châu. Ảnh: Thanh Lê", "Luật Khiếu nại, Luật Tố cáo năm 2011", "Quốc lộ 1A"],
["Cập nhật: 14:05, 17/05/2012 (GMT+7)", "năm 2011", "tháng 4/2012", "năm 2003", "Quốc lộ 1A", "ngày 30/6/2012"]))

PAGES.append(page("b7183-haiphong-mttq-taphuan-ttnd-2013", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận - Đoàn thể
08:15 | 22/08/2013
Khai mạc lớp tập huấn tại Hội trường Ủy ban MTTQ thành phố.
Tập huấn nghiệp vụ cho 450 thành viên Ban Thanh tra nhân dân
Trong 2 ngày 21 và 22-8, Ban Thường trực Ủy ban MTTQ thành phố Hải Phòng phối hợp Thanh tra thành phố tổ chức lớp tập huấn nghiệp vụ giám sát, thanh tra nhân dân năm 2013 cho 450 trưởng ban, phó trưởng ban Thanh tra nhân dân các xã, phường, thị trấn thuộc 7 quận, 8 huyện.
Phát biểu khai mạc, bà Vũ Thị Ngọc Anh, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ thành phố nhấn mạnh, Ban Thanh tra nhân dân là "tai mắt" của nhân dân ở cơ sở; nhiệm kỳ 2011 - 2013, các ban đã tiến hành trên 1.900 cuộc giám sát, phát hiện 215 vụ việc có dấu hiệu vi phạm, kiến nghị thu hồi khoảng 3,4 tỷ đồng và đề nghị xử lý kỷ luật 26 cán bộ. Dù vậy, hoạt động của không ít ban còn hình thức, mỗi năm chỉ họp 1 - 2 lần, chưa dám giám sát những việc nhạy cảm như giao đất, đấu thầu công trình.
Các học viên đã nghe ông Đặng Quang Vinh, Phó Chánh Thanh tra thành phố, giới thiệu Luật Phòng, chống tham nhũng và các văn bản hướng dẫn, nhất là Nghị quyết liên tịch số 05/2005/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN hướng dẫn thi hành các điều của Luật Thanh tra về Ban Thanh tra nhân dân; Nghị định số 59/2013/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Phòng, chống tham nhũng. Ông Bùi Văn Hiệp, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ thành phố, hướng dẫn kỹ năng tiếp nhận, phân loại đơn thư và lập biên bản kiến nghị.
Tại lớp học, nhiều học viên nêu vướng mắc thực tế. Bà Phạm Thị Lụa, Trưởng Ban Thanh tra nhân dân xã Tân Trào (huyện Kiến Thụy), cho biết năm 2012 ban phát hiện 3 hộ được hỗ trợ xây nhà không đúng đối tượng, nhưng kiến nghị gửi xã gần 5 tháng mới được trả lời. Ông Ngô Văn Hải, Trưởng Ban Thanh tra nhân dân phường Lạch Tray, đề nghị thành phố nâng mức hỗ trợ hoạt động, hiện mỗi ban chỉ được 2,5 triệu đồng/năm, không đủ chi cho các buổi giám sát.
Đại diện Thanh tra thành phố cho biết, 6 tháng đầu năm 2013 toàn thành phố đã tiếp nhận 1.084 đơn thư khiếu nại, tố cáo, tăng 12% so với cùng kỳ; trong đó có những vụ việc được phát hiện từ kiến nghị của Ban Thanh tra nhân dân, như vụ thất thoát tiền đền bù tại một dự án ở huyện An Lão. Vì vậy, việc nâng cao kỹ năng cho đội ngũ này có ý nghĩa rất thiết thực, góp phần phát hiện sớm các hành vi tham nhũng, tiêu cực ngay từ cơ sở.
Theo kế hoạch của Ủy ban MTTQ thành phố, sau đợt tập huấn này, cấp huyện sẽ mở tiếp 15 lớp cho khoảng 3.000 thành viên Ban Thanh tra nhân dân còn lại trước ngày 30/10/2013.
Minh Thu
Tin liên quan
- Thủy Nguyên kiện toàn Ban giám sát đầu tư của cộng đồng (12/08/2013)
- Mặt trận thành phố giám sát việc cấp thẻ bảo hiểm y tế (01/08/2013)
- Hội nghị phản biện dự thảo đề án xây dựng nông thôn mới (18/07/2013)
""", "2013-08-22", "Tập huấn nghiệp vụ cho 450 thành viên Ban Thanh tra nhân dân",
E("tap_huan", "2013", "2013-08-21"),
[P("Vũ Thị Ngọc Anh", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ thành phố"),
 P("Đặng Quang Vinh", "Phó Chánh Thanh tra thành phố"),
 P("Bùi Văn Hiệp", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ thành phố"),
 P("Phạm Thị Lụa", "Trưởng Ban Thanh tra nhân dân xã Tân Trào"),
 P("Ngô Văn Hải", "Trưởng Ban Thanh tra nhân dân phường Lạch Tray")],
[Q("450 thành viên Ban Thanh tra nhân dân", 450, "thành viên Ban Thanh tra nhân dân"),
 Q("7 quận", 7, "quận"), Q("8 huyện", 8, "huyện"),
 Q("trên 1.900 cuộc giám sát", 1900, "cuộc giám sát", "over"),
 Q("215 vụ việc có dấu hiệu vi phạm", 215, "vụ việc có dấu hiệu vi phạm"),
 Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("26 cán bộ", 26, "cán bộ"),
 Q("3 hộ", 3, "hộ"), Q("2,5 triệu đồng/năm", 2500000, "đồng"), Q("1.084 đơn thư khiếu nại, tố cáo", 1084, "đơn thư khiếu nại, tố cáo"), Q("12%", 12, "%"),
 Q("15 lớp", 15, "lớp"), Q("khoảng 3.000 thành viên Ban Thanh tra nhân dân", 3000, "thành viên Ban Thanh tra nhân dân", "approx")],
[D("Nghị quyết liên tịch", "05", "2005/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 05/2005/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN"),
 D("Nghị định", "59", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2013/NĐ-CP")],
[prov("Hải Phòng"), com("Tân Trào"), com("Lạch Tray")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Khai mạc lớp tập huấn tại Hội trường Ủy ban MTTQ thành phố.",
 "Luật Phòng, chống tham nhũng", "Luật Thanh tra"],
["08:15 | 22/08/2013", "2 ngày", "21 và 22-8", "năm 2013", "nhiệm kỳ 2011 - 2013", "1 - 2 lần", "năm 2012", "gần 5 tháng", "6 tháng đầu năm 2013",
 "ngày 30/10/2013"]))

PAGES.append(page("b7184-quangnam-mttq-soket-6thang-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận tỉnh
Ngày đăng 09/07/2014 | 15:30
Qua giám sát, phát hiện nhiều sai phạm trong quản lý đất đai ở cơ sở
Ngày 8/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2014, trong đó đánh giá riêng việc triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Mẫn, Nguyễn Thị Thu Lan, Đinh Văn Dũng.
Hội nghị sơ kết. Ảnh: Văn Sự
6 tháng qua, Mặt trận các cấp trong tỉnh đã tổ chức 112 cuộc giám sát, trong đó cấp tỉnh chủ trì 3 cuộc về việc thực hiện chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số theo Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ và việc thu hồi đất tại các dự án ven biển. Qua giám sát đã phát hiện 37 trường hợp cấp giấy chứng nhận quyền sử dụng đất sai đối tượng, 12 dự án chậm triển khai nhưng chưa bị thu hồi, kiến nghị cơ quan chức năng xử lý.
Ban Thường trực Ủy ban MTTQ tỉnh đã tiếp 96 lượt công dân, nhận 138 đơn, chuyển 121 đơn đến cơ quan có thẩm quyền; nhiều đơn tố cáo cán bộ xã thiếu minh bạch trong việc lập danh sách hộ nghèo và quản lý quỹ đất công ích. Tại huyện Nam Giang, 8 hộ đồng bào Cơ Tu ở xã Tà Bhinh đã được trả lại 4,2 ha đất rẫy sau khi Mặt trận kiến nghị.
Thảo luận tại hội nghị, ông Alăng Thị Mai, Chủ tịch Ủy ban MTTQ huyện Tây Giang, đề nghị tỉnh sớm có hướng dẫn cụ thể về quy trình góp ý xây dựng Đảng theo Quyết định 218, bởi nhiều cán bộ cơ sở còn lúng túng, ngại góp ý người đứng đầu. Ông Huỳnh Tấn Phát, Trưởng Ban Thanh tra nhân dân phường Cẩm Châu, phản ánh tình trạng kiến nghị của ban gửi UBND phường chưa được trả lời đúng thời hạn 15 ngày. Theo ông, năm 2013 ban gửi 9 kiến nghị thì chỉ 4 kiến nghị được trả lời bằng văn bản.
Đánh giá chung, hội nghị cho rằng việc thực hiện hai quyết định của Bộ Chính trị bước đầu tạo chuyển biến; người dân mạnh dạn phản ánh hơn, nhiều vụ việc sai phạm được phát hiện từ cơ sở. Tuy nhiên, việc giám sát đối với người đứng đầu còn ít, nội dung góp ý xây dựng Đảng chủ yếu mới dừng ở việc gửi văn bản.
Kết luận hội nghị, ông Trần Văn Mẫn yêu cầu 6 tháng cuối năm, Mặt trận các cấp xây dựng kế hoạch cụ thể thực hiện Kế hoạch số 31-KH/TU ngày 20/3/2014 của Tỉnh ủy về thực hiện Quyết định 217, 218; mỗi huyện, thị xã, thành phố chọn ít nhất 1 nội dung giám sát liên quan đến đất đai hoặc đầu tư công; tăng cường phối hợp với Thanh tra tỉnh, Ban Nội chính Tỉnh ủy trong tiếp nhận, xử lý đơn thư.
PV
Xem thêm
- Mặt trận Điện Bàn giám sát việc cấp giấy chứng nhận quyền sử dụng đất (02/07/2014)
- Quảng Nam tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (20/06/2014)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8, khóa VIII (12/06/2014)
""", "2014-07-09", "Qua giám sát, phát hiện nhiều sai phạm trong quản lý đất đai ở cơ sở",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Trần Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thu Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Alăng Thị Mai", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Huỳnh Tấn Phát", "Trưởng Ban Thanh tra nhân dân phường Cẩm Châu")],
[Q("112 cuộc giám sát", 112, "cuộc giám sát"), Q("3 cuộc", 3, "cuộc"),
 Q("37 trường hợp", 37, "trường hợp"), Q("12 dự án", 12, "dự án"),
 Q("9 kiến nghị", 9, "kiến nghị"), Q("4 kiến nghị", 4, "kiến nghị"), Q("96 lượt công dân", 96, "lượt công dân"), Q("138 đơn", 138, "đơn"), Q("121 đơn", 121, "đơn"),
 Q("8 hộ đồng bào Cơ Tu", 8, "hộ đồng bào Cơ Tu"), Q("4,2 ha", 4.2, "ha"),
 Q("ít nhất 1 nội dung giám sát", 1, "nội dung giám sát", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg"),
 D("Kế hoạch", "31", "KH/TU", "2014-03-20", "Tỉnh ủy", "Kế hoạch số 31-KH/TU ngày 20/3/2014")],
[prov("Quảng Nam"), com("Tà Bhinh"), com("Cẩm Châu")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận tỉnh",
 "Hội nghị sơ kết. Ảnh: Văn Sự"],
["Ngày đăng 09/07/2014 | 15:30", "6 tháng đầu năm 2014", "6 tháng qua", "6 tháng cuối năm", "15 ngày", "Quyết định 218", "năm 2013"]))

PAGES.append(page("b7185-cantho-mttq-doithoai-2015", """
Báo Cần Thơ Online
TIN TỨC > CHÍNH TRỊ > Mặt trận - Đoàn thể
14/10/2015 - 10:05
Người đứng đầu phường đối thoại với dân về những vụ việc khiếu nại kéo dài
Chiều 13-10, Ủy ban MTTQ Việt Nam phường Hưng Thạnh, quận Cái Răng, thành phố Cần Thơ phối hợp UBND phường tổ chức hội nghị đối thoại năm 2015 giữa người đứng đầu cấp ủy, chính quyền với nhân dân, tập trung vào việc bồi thường, tái định cư và các đơn thư tố cáo cán bộ khu vực.
Hơn 120 hộ dân đến dự. Ông Lâm Quốc Khải, Bí thư Đảng ủy, Chủ tịch UBND phường Hưng Thạnh trực tiếp trả lời; cùng dự có bà Trương Thị Bích Vân, Phó Chủ tịch Ủy ban MTTQ quận Cái Răng.
Bà Nguyễn Thị Năm (khu vực Phú Quới) phản ánh: "Gia đình tôi gửi đơn từ năm 2013 về việc áp giá bồi thường đất vườn, tới nay vẫn chưa được trả lời dứt điểm". Ông Trần Văn Út (khu vực Thạnh Lợi) tố cáo một cán bộ khu vực thu tiền xác nhận hồ sơ 200.000 đồng/bộ. Một số hộ khác kiến nghị sớm giao nền tái định cư, vì đã bàn giao mặt bằng gần 2 năm vẫn phải ở nhà thuê. Có 7 ý kiến đề nghị công khai danh sách các hộ được bố trí nền, diện tích và giá nền tại trụ sở khu vực để người dân cùng giám sát.
Trả lời các ý kiến, ông Lâm Quốc Khải cho biết năm 2015 phường nhận 64 đơn, đã giải quyết 51 đơn; riêng dự án khu đô thị Nam Cần Thơ còn 19 hộ chưa nhận nền. Đối với đơn tố cáo cán bộ khu vực, Đảng ủy đã giao Ủy ban Kiểm tra Đảng ủy xác minh, nếu đúng sẽ xử lý nghiêm, công khai kết quả trước ngày 15/11/2015; đồng thời trả lại tiền cho người dân đã nộp sai. Phường cũng cam kết niêm yết danh sách giao nền tại 6 khu vực trong tháng 10 và mời đại diện Ban Thanh tra nhân dân cùng tham gia bốc thăm nền tái định cư.
Ông Huỳnh Văn Sơn, Chủ tịch Ủy ban MTTQ phường, cho biết từ đầu năm, Ban Thanh tra nhân dân phường đã giám sát 5 cuộc, kiến nghị thu hồi gần 38 triệu đồng hỗ trợ di dời sai đối tượng. Mặt trận phường sẽ theo dõi việc thực hiện các kết luận tại buổi đối thoại theo Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND phường, định kỳ thông báo kết quả tại các khu vực.
Bà Trương Thị Bích Vân đánh giá, cách làm đối thoại trực tiếp đã giúp giải tỏa nhiều bức xúc; đề nghị phường thực hiện nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp dân và giải quyết khiếu nại, tố cáo, không để đơn thư tồn đọng, vượt cấp. Bà cũng đề nghị Mặt trận phường chọn nội dung giao nền tái định cư làm chuyên đề giám sát trong quý IV.
Kết thúc đối thoại, có 23 ý kiến được trả lời trực tiếp, 4 ý kiến được phường ghi nhận để trả lời bằng văn bản.
Hoàng Oanh
Các tin khác
- Phong Điền: tập huấn kỹ năng cho Ban Thanh tra nhân dân (07/10/2015)
- Mặt trận quận Ninh Kiều giám sát việc cấp giấy phép xây dựng (30/09/2015)
- Thốt Nốt tổ chức hội nghị phản biện xã hội (25/09/2015)
""", "2015-10-14", "Người đứng đầu phường đối thoại với dân về những vụ việc khiếu nại kéo dài",
E("doi_thoai", "2015", "2015-10-13"),
[P("Lâm Quốc Khải", "Bí thư Đảng ủy", "Chủ tịch UBND phường Hưng Thạnh"),
 P("Trương Thị Bích Vân", "Phó Chủ tịch Ủy ban MTTQ quận Cái Răng"),
 P("Nguyễn Thị Năm"), P("Trần Văn Út"),
 P("Huỳnh Văn Sơn", "Chủ tịch Ủy ban MTTQ phường")],
[Q("Hơn 120 hộ dân", 120, "hộ dân", "over"), Q("200.000 đồng/bộ", 200000, "đồng"),
 Q("7 ý kiến", 7, "ý kiến"), Q("6 khu vực", 6, "khu vực"), Q("23 ý kiến", 23, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"), Q("64 đơn", 64, "đơn"), Q("51 đơn", 51, "đơn"), Q("19 hộ", 19, "hộ"),
 Q("5 cuộc", 5, "cuộc"), Q("gần 38 triệu đồng", 38000000, "đồng", "approx")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW")],
[prov("Cần Thơ"), com("Hưng Thạnh")],
["Báo Cần Thơ Online", "TIN TỨC > CHÍNH TRỊ > Mặt trận - Đoàn thể", "khu vực Phú Quới", "khu vực Thạnh Lợi",
 "khu đô thị Nam Cần Thơ"],
["14/10/2015 - 10:05", "năm 2015", "năm 2013", "gần 2 năm", "ngày 15/11/2015", "tháng 10", "quý IV"]))

PAGES.append(page("b7186-laocai-mttq-phanbien-2016", """
Báo Lào Cai điện tử
Trang chủ >> Chính trị >> Mặt trận
Thứ Năm, 03/11/2016 07:30
Phản biện dự thảo quy định về giám sát cán bộ, đảng viên nơi cư trú
Ngày 2/11, Ủy ban MTTQ tỉnh Lào Cai tổ chức hội nghị phản biện xã hội năm 2016 đối với dự thảo Quy định về việc Mặt trận và các đoàn thể giám sát cán bộ, đảng viên, công chức xã trong thực hiện nhiệm vụ, giữ gìn phẩm chất đạo đức, lối sống. Đồng chí Hoàng Thị Chiên, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Hoàng Thị Chiên phát biểu tại hội nghị.
Dự thảo do Ban Dân vận Tỉnh ủy chủ trì soạn thảo, cụ thể hóa Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Kết luận số 21-KL/TW của BCH Trung ương Đảng (khóa XI) về tiếp tục thực hiện Nghị quyết Trung ương 3 (khóa X) về phòng, chống tham nhũng, lãng phí. Dự thảo gồm 4 chương, 18 điều, quy định việc lấy ý kiến nhận xét của nhân dân nơi cư trú đối với cán bộ chủ chốt xã mỗi năm một lần.
Góp ý vào dự thảo, ông Giàng Seo Phử, người có uy tín thôn Sả Hồ, xã Tả Phìn, đề nghị làm rõ trách nhiệm của Ban Công tác Mặt trận thôn khi phát hiện cán bộ có biểu hiện nhũng nhiễu. Bà Tẩn Mẩy Chòi, Chủ tịch Ủy ban MTTQ xã Bản Xèo, cho rằng nên quy định thời hạn cơ quan có thẩm quyền phải trả lời kiến nghị sau giám sát, tối đa 30 ngày. Ông Vàng Văn Páo, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, đề nghị bổ sung hình thức hộp thư góp ý đặt tại nhà văn hóa thôn. Một số đại biểu cho rằng cần nêu rõ các biểu hiện tiêu cực để người dân dễ nhận biết, như gây phiền hà khi làm thủ tục đất đai, cấp giấy tờ, xét duyệt hộ nghèo, hỗ trợ làm nhà.
Đại diện Ban Dân vận Tỉnh ủy cho biết, sau hội nghị, cơ quan soạn thảo sẽ tiếp thu ý kiến, lấy ý kiến thêm tại 3 xã vùng cao trước khi trình ban hành.
Theo số liệu của Ủy ban MTTQ tỉnh, từ năm 2014 đến nay, Mặt trận các cấp đã tổ chức 1.156 hội nghị lấy ý kiến nhân dân đối với 3.480 cán bộ, đảng viên; kiến nghị cấp ủy xem xét 41 trường hợp có nhiều ý kiến không tín nhiệm, trong đó 9 trường hợp đã bị xử lý kỷ luật hoặc điều chuyển công tác. Tại 164 xã, phường, thị trấn đã đặt hộp thư góp ý, tiếp nhận gần 700 ý kiến.
Kết luận hội nghị, đồng chí Hoàng Thị Chiên đề nghị cơ quan soạn thảo tiếp thu đầy đủ ý kiến, hoàn chỉnh dự thảo trình Ban Thường vụ Tỉnh ủy ban hành trước ngày 31/12/2016; đồng thời giao Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh tổng hợp thành văn bản phản biện gửi cơ quan chủ trì, theo đúng Quyết định số 03/QĐ-MTTQ-BTT ngày 10/5/2014 của Ban Thường trực Ủy ban MTTQ tỉnh về quy trình phản biện xã hội.
Hải Yến
Bài viết liên quan
- Bát Xát: 100% thôn có hộp thư góp ý (25/10/2016)
- Mặt trận tỉnh giám sát việc thực hiện Chương trình 135 (14/10/2016)
- Tọa đàm vai trò người có uy tín trong phòng, chống tham nhũng (30/09/2016)
""", "2016-11-03", "Phản biện dự thảo quy định về giám sát cán bộ, đảng viên nơi cư trú",
E("hoi_nghi", "2016", "2016-11-02"),
[P("Hoàng Thị Chiên", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng Seo Phử", "người có uy tín thôn Sả Hồ"),
 P("Tẩn Mẩy Chòi", "Chủ tịch Ủy ban MTTQ xã Bản Xèo"),
 P("Vàng Văn Páo", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("1.156 hội nghị lấy ý kiến nhân dân", 1156, "hội nghị lấy ý kiến nhân dân"),
 Q("3.480 cán bộ, đảng viên", 3480, "cán bộ, đảng viên"), Q("41 trường hợp", 41, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"), Q("3 xã vùng cao", 3, "xã vùng cao"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("gần 700 ý kiến", 700, "ý kiến", "approx")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Kết luận", "21", "KL/TW", None, "BCH Trung ương Đảng", "Kết luận số 21-KL/TW"),
 D("Quyết định", "03", "QĐ-MTTQ-BTT", "2014-05-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 03/QĐ-MTTQ-BTT ngày 10/5/2014")],
[prov("Lào Cai"), com("Tả Phìn"), com("Bản Xèo")],
["Báo Lào Cai điện tử", "Trang chủ >> Chính trị >> Mặt trận", "Đồng chí Hoàng Thị Chiên phát biểu tại hội nghị.",
 "Nghị quyết Trung ương 3 (khóa X)", "Ban Công tác Mặt trận thôn"],
["Thứ Năm, 03/11/2016 07:30", "năm 2016", "khóa XI", "khóa X", "4 chương", "18 điều", "mỗi năm một lần", "tối đa 30 ngày",
 "năm 2014", "ngày 31/12/2016"]))
