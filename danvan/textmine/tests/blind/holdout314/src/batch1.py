from lib import *
PAGES = []

PAGES.append(page("b7493-namdinh-ttnd-taphuan-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện
Thứ Sáu, 19/08/2011 - 09:30
Ảnh: Các học viên tại lớp tập huấn.
Tập huấn nghiệp vụ cho Trưởng ban Thanh tra nhân dân xã, thị trấn
Trong hai ngày 17 và 18/8/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn nghiệp vụ năm 2011 cho Trưởng ban, Phó Trưởng ban Thanh tra nhân dân các xã, phường, thị trấn. Tham dự lớp học có gần 460 học viên, chia làm 2 lớp tại thành phố Nam Định và huyện Hải Hậu.
Khai mạc lớp tập huấn, ông Trần Đức Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: toàn tỉnh hiện có 229 Ban Thanh tra nhân dân xã, phường, thị trấn với 1.832 thành viên, nhưng nhiều ban hoạt động còn hình thức, chưa nắm vững quy trình giám sát, kiến nghị. Vì vậy lớp học lần này tập trung hướng dẫn những việc cụ thể mà ban phải làm hàng tháng, hàng quý.
Các học viên được nghe ông Vũ Minh Tuấn, Phó Chánh Thanh tra tỉnh, giới thiệu những điểm mới của Luật Thanh tra số 56/2010/QH12 được Quốc hội thông qua ngày 15/11/2010, trong đó có chương riêng về Ban Thanh tra nhân dân; bà Đỗ Thị Lan Hương, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn thực hiện Thông tư liên tịch số 01/2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN về tổ chức và hoạt động của Ban Thanh tra nhân dân, cùng Hướng dẫn 12-HD/MT của Ban Thường trực Ủy ban MTTQ tỉnh về lập kế hoạch giám sát.
Nội dung được nhiều học viên quan tâm là cách giám sát việc thu, chi các khoản đóng góp của nhân dân, việc thực hiện chế độ chính sách với người có công và hộ nghèo, việc giải quyết đơn thư ở cơ sở. Theo báo cáo của Ủy ban MTTQ tỉnh, 6 tháng đầu năm các Ban Thanh tra nhân dân đã tiến hành 318 cuộc giám sát, kiến nghị chính quyền xử lý 97 vụ việc, thu hồi cho ngân sách và nhân dân hơn 420 triệu đồng.
Anh Phạm Văn Thoan, Trưởng ban Thanh tra nhân dân xã Hải Đông (Hải Hậu), chia sẻ: "Trước đây chúng tôi chỉ chờ dân có đơn mới đi xem xét. Qua lớp này tôi biết phải chủ động đề xuất với Ban Thường trực Mặt trận xã kế hoạch giám sát ngay từ đầu năm". Còn bà Lại Thị Huế, Trưởng ban Thanh tra nhân dân thị trấn Lâm, băn khoăn về kinh phí hoạt động, bởi mỗi ban hiện chỉ được hỗ trợ từ 1,5 đến 2 triệu đồng/năm.
Kết thúc lớp học, ông Trần Đức Hạnh đề nghị Ủy ban MTTQ các huyện, thành phố tiếp tục mở lớp tập huấn cho toàn bộ thành viên các ban trong quý IV/2011, đồng thời phối hợp với Liên đoàn Lao động tỉnh hướng dẫn kiện toàn Ban Thanh tra nhân dân ở các cơ quan, doanh nghiệp nhà nước.
Thu Hà
Tin khác
- Nghĩa Hưng: ra mắt 3 mô hình "Khu dân cư tự quản" (12/08/2011)
- Ý Yên tổng kết 10 năm cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (05/08/2011)
- Giám sát việc thực hiện chính sách với người có công tại Vụ Bản (28/07/2011)
""", "2011-08-19", "Tập huấn nghiệp vụ cho Trưởng ban Thanh tra nhân dân xã, thị trấn",
E("tap_huan", "2011", "2011-08-17"),
[P("Trần Đức Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Minh Tuấn", "Phó Chánh Thanh tra tỉnh"),
 P("Đỗ Thị Lan Hương", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Thoan", "Trưởng ban Thanh tra nhân dân xã Hải Đông"),
 P("Lại Thị Huế", "Trưởng ban Thanh tra nhân dân thị trấn Lâm")],
[Q("gần 460 học viên", 460, "học viên", "approx"), Q("2 lớp", 2, "lớp"),
 Q("229 Ban Thanh tra nhân dân", 229, "Ban Thanh tra nhân dân"), Q("1.832 thành viên", 1832, "thành viên"),
 Q("318 cuộc giám sát", 318, "cuộc giám sát"), Q("97 vụ việc", 97, "vụ việc"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("1,5 đến 2 triệu đồng/năm", 1500000, "đồng"), Q("2 triệu đồng/năm", 2000000, "đồng")],
[D("Luật", "56", "2010/QH12", "2010-11-15", "Quốc hội", "Luật Thanh tra số 56/2010/QH12"),
 D("Thông tư liên tịch", "01", "2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN", None, None,
   "Thông tư liên tịch số 01/2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN"),
 D("Hướng dẫn", "12", "HD/MT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 12-HD/MT")],
[prov("Nam Định"), com("Hải Đông"), com("Lâm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện",
 "Ảnh: Các học viên tại lớp tập huấn.", "Liên đoàn Lao động tỉnh"],
["Thứ Sáu, 19/08/2011 - 09:30", "17 và 18/8/2011", "6 tháng đầu năm", "quý IV/2011", "năm 2011"]))

PAGES.append(page("b7494-hatinh-ttnd-tongket-2012", """
Báo Hà Tĩnh điện tử
Chính trị - Xã hội | Mặt trận
Cập nhật: 14:05, 26/12/2012 (GMT+7)
Ban Thanh tra nhân dân: "cánh tay nối dài" giám sát ở cơ sở
(Baohatinh.vn) - Chiều 24/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2012, triển khai nhiệm vụ năm 2013.
Toàn cảnh hội nghị tổng kết. Ảnh: Đức Quang
Dự hội nghị có ông Nguyễn Hữu Bình, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; ông Lê Đình Sơn, Phó Chánh Thanh tra tỉnh, cùng đại diện Liên đoàn Lao động tỉnh, Sở Kế hoạch và Đầu tư.
Năm 2012, 262 Ban Thanh tra nhân dân cấp xã trong tỉnh đã tổ chức 1.146 cuộc giám sát; qua đó phát hiện 213 vụ việc sai phạm, kiến nghị xử lý và được cấp có thẩm quyền giải quyết 187 vụ việc, đạt 87,8%. Nhiều ban đã phát hiện việc thu sai các khoản đóng góp xây dựng trường học, làm đường giao thông nông thôn, kiến nghị trả lại cho dân trên 1,2 tỷ đồng.
Đối với giám sát đầu tư của cộng đồng, các ban đã giám sát 694 công trình, dự án với tổng vốn khoảng 540 tỷ đồng, chủ yếu là công trình trong Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Ban Giám sát đầu tư của cộng đồng xã Thạch Long phát hiện một nhà thầu dùng đá hộc không đúng thiết kế ở tuyến kênh N2, buộc đơn vị thi công phá dỡ làm lại 140 mét kênh.
Hội nghị đã nghe các tham luận về kinh nghiệm giám sát. Ông Phan Văn Thái, Trưởng ban Thanh tra nhân dân xã Sơn Trung, cho biết ban đã lập sổ theo dõi từng khoản huy động, niêm yết công khai tại 11 thôn. Bà Hoàng Thị Nga, Phó Chủ tịch Ủy ban MTTQ xã Cẩm Bình, kiến nghị tỉnh nâng mức hỗ trợ cho thành viên ban giám sát vì hiện nay mỗi công trình chỉ có 500.000 đồng.
Phát biểu kết luận, ông Nguyễn Hữu Bình đề nghị năm 2013 Mặt trận các cấp tiếp tục thực hiện Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ về quy chế giám sát đầu tư của cộng đồng và Nghị quyết liên tịch 05/NQLT-MT-TTr của Ban Thường trực Ủy ban MTTQ tỉnh và Thanh tra tỉnh; mỗi xã chọn ít nhất 2 công trình trọng điểm để giám sát từ khâu khởi công đến nghiệm thu.
Một số ý kiến cũng thẳng thắn chỉ ra rằng ở không ít nơi, Ban Thanh tra nhân dân chỉ được mời khi đã có đơn thư, chưa được cung cấp đầy đủ thông tin về thu chi ngân sách xã; có chủ đầu tư coi việc giám sát của cộng đồng là thủ tục, mời ban đến ký biên bản nghiệm thu cho đủ hồ sơ. Thành viên các ban phần lớn là người cao tuổi, thiếu kiến thức chuyên môn về xây dựng.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong hoạt động thanh tra nhân dân, giám sát đầu tư của cộng đồng.
Hồng Nhung
Tin liên quan
- Lộc Hà: hiệu quả từ mô hình Ban Thanh tra nhân dân (14/12/2012)
- Kỳ Anh tập huấn giám sát đầu tư cộng đồng (30/11/2012)
- MTTQ tỉnh giám sát việc thực hiện chính sách hỗ trợ hộ nghèo làm nhà ở (22/11/2012)
- Hương Sơn: 27 xã kiện toàn Ban Thanh tra nhân dân (09/11/2012)
""", "2012-12-26", "Ban Thanh tra nhân dân: \"cánh tay nối dài\" giám sát ở cơ sở",
E("tong_ket", "2012", "2012-12-24"),
[P("Nguyễn Hữu Bình", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Đình Sơn", "Phó Chánh Thanh tra tỉnh"),
 P("Phan Văn Thái", "Trưởng ban Thanh tra nhân dân xã Sơn Trung"),
 P("Hoàng Thị Nga", "Phó Chủ tịch Ủy ban MTTQ xã Cẩm Bình")],
[Q("262 Ban Thanh tra nhân dân cấp xã", 262, "Ban Thanh tra nhân dân cấp xã"), Q("1.146 cuộc giám sát", 1146, "cuộc giám sát"),
 Q("213 vụ việc sai phạm", 213, "vụ việc sai phạm"), Q("187 vụ việc", 187, "vụ việc"), Q("87,8%", 87.8, "%"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("694 công trình, dự án", 694, "công trình, dự án"),
 Q("khoảng 540 tỷ đồng", 540000000000, "đồng", "approx"), Q("140 mét kênh", 140, "mét"),
 Q("11 thôn", 11, "thôn"), Q("500.000 đồng", 500000, "đồng"), Q("ít nhất 2 công trình trọng điểm", 2, "công trình trọng điểm", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết liên tịch", "05", "NQLT-MT-TTr", None, "Ban Thường trực Ủy ban MTTQ tỉnh và Thanh tra tỉnh",
   "Nghị quyết liên tịch 05/NQLT-MT-TTr")],
[prov("Hà Tĩnh"), com("Thạch Long"), com("Sơn Trung"), com("Cẩm Bình")],
["Báo Hà Tĩnh điện tử", "Chính trị - Xã hội | Mặt trận", "(Baohatinh.vn)", "Toàn cảnh hội nghị tổng kết. Ảnh: Đức Quang",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "cánh tay nối dài"],
["Cập nhật: 14:05, 26/12/2012 (GMT+7)", "năm 2012", "năm 2013", "kênh N2"]))

PAGES.append(page("b7495-thanhhoa-gsdtcd-giamsat-2013", """
THANH HÓA ONLINE - Tiếng nói của Đảng bộ, chính quyền và nhân dân xứ Thanh
Bạn đang ở: Trang chủ / Xã hội / Nông thôn mới
08:40 | 08/10/2013
Ban Giám sát đầu tư cộng đồng xã Quảng Lợi "soi" từng mét đường bê tông
Suốt hơn 3 tháng thi công tuyến đường liên thôn từ thôn 4 đi thôn 9, ngày nào cũng có mặt các thành viên Ban Giám sát đầu tư của cộng đồng xã Quảng Lợi (Quảng Xương) ở công trường. Sáng 5/10, ban tổ chức buổi giám sát nghiệm thu cuối cùng trước khi công trình được bàn giao.
Tuyến đường dài 2,4 km, mặt rộng 3,5 m, tổng mức đầu tư gần 3,8 tỷ đồng, trong đó nhân dân đóng góp 950 triệu đồng và hiến 2.700 m2 đất. Theo ông Lê Văn Thịnh, Chủ tịch Ủy ban MTTQ xã, kiêm Trưởng ban Giám sát đầu tư của cộng đồng, ngay khi công trình khởi công, ban đã đề nghị chủ đầu tư cung cấp hồ sơ thiết kế, dự toán và phân công 5 thành viên theo dõi theo từng đoạn.
Ông Lê Văn Ngọc, thành viên ban, là thợ xây đã nghỉ hưu, kể: "Có hôm xe bê tông về, tôi thấy vữa loãng, đề nghị dừng đổ. Đơn vị thi công lúc đầu không chịu, nhưng khi ban lập biên bản và báo cáo UBND xã thì họ phải trộn lại". Trong quá trình giám sát, ban đã lập 7 biên bản, kiến nghị 12 nội dung, tất cả đều được chủ đầu tư và nhà thầu tiếp thu, khắc phục.
Tại buổi nghiệm thu, đoàn đã khoan lấy 6 mẫu bê tông để kiểm định. Bà Nguyễn Thị Xuân, Phó Chủ tịch UBND xã, cho biết xã sẽ công khai kết quả kiểm định tại nhà văn hóa các thôn và trên loa truyền thanh để nhân dân cùng biết.
Ông Hoàng Minh Tú, Phó Trưởng ban Phong trào Ủy ban MTTQ huyện Quảng Xương, đánh giá: Quảng Lợi là một trong những xã thực hiện tốt Thông tư liên tịch số 04/2006/TTLT-KH&ĐT-UBTƯMTTQVN-TC hướng dẫn thực hiện giám sát đầu tư của cộng đồng. Năm 2013, toàn huyện có 36 Ban Giám sát đầu tư của cộng đồng, đã giám sát 91 công trình; Mặt trận huyện đang thực hiện Kế hoạch số 09/KH-MTTQ về nhân rộng cách làm của xã Quảng Lợi ra các xã khác.
Theo Ủy ban MTTQ tỉnh Thanh Hóa, chỉ trong 9 tháng năm 2013, Ban Giám sát đầu tư của cộng đồng các xã, phường, thị trấn trong tỉnh đã giám sát 1.350 công trình, phát hiện và kiến nghị xử lý 164 trường hợp thi công sai thiết kế, kém chất lượng. Tuy vậy, vẫn còn tình trạng chủ đầu tư không công khai dự toán, ban giám sát chỉ được mời đến khi công trình đã xong.
Tuyến đường hoàn thành sớm hơn kế hoạch 15 ngày. Người dân 2 thôn không còn cảnh lội bùn mỗi mùa mưa. "Đường là của dân, dân làm, dân giữ thì phải để dân giám sát" - ông Thịnh nói.
Bài và ảnh: Lê Hợi
Các thành viên Ban Giám sát kiểm tra mặt đường. Ảnh: Lê Hợi
Lượt đọc: 1.204
Tin cùng chuyên mục
- Hoằng Hóa: nhân dân hiến 45.000 m2 đất làm đường (01/10/2013)
- Nông Cống công nhận 3 xã đạt chuẩn nông thôn mới (25/09/2013)
- Thọ Xuân giám sát chất lượng công trình thủy lợi (18/09/2013)
""", "2013-10-08", "Ban Giám sát đầu tư cộng đồng xã Quảng Lợi \"soi\" từng mét đường bê tông",
E("giam_sat", None, "2013-10-05"),
[P("Lê Văn Thịnh", "Chủ tịch Ủy ban MTTQ xã", "Trưởng ban Giám sát đầu tư của cộng đồng"),
 P("Lê Văn Ngọc", "thành viên ban"),
 P("Nguyễn Thị Xuân", "Phó Chủ tịch UBND xã"),
 P("Hoàng Minh Tú", "Phó Trưởng ban Phong trào Ủy ban MTTQ huyện Quảng Xương")],
[Q("2,4 km", 2.4, "km"), Q("3,5 m", 3.5, "m"),
 Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("950 triệu đồng", 950000000, "đồng"),
 Q("2.700 m2", 2700, "m2"), Q("5 thành viên", 5, "thành viên"), Q("7 biên bản", 7, "biên bản"),
 Q("12 nội dung", 12, "nội dung"), Q("6 mẫu bê tông", 6, "mẫu bê tông"),
 Q("36 Ban Giám sát đầu tư của cộng đồng", 36, "Ban Giám sát đầu tư của cộng đồng"), Q("91 công trình", 91, "công trình"),
 Q("2 thôn", 2, "thôn"), Q("1.350 công trình", 1350, "công trình"),
 Q("164 trường hợp", 164, "trường hợp")],
[D("Thông tư liên tịch", "04", "2006/TTLT-KH&ĐT-UBTƯMTTQVN-TC", None, None,
   "Thông tư liên tịch số 04/2006/TTLT-KH&ĐT-UBTƯMTTQVN-TC"),
 D("Kế hoạch", "09", "KH-MTTQ", None, "Mặt trận huyện", "Kế hoạch số 09/KH-MTTQ")],
[prov("Thanh Hóa"), com("Quảng Lợi")],
["THANH HÓA ONLINE - Tiếng nói của Đảng bộ, chính quyền và nhân dân xứ Thanh", "Bạn đang ở: Trang chủ / Xã hội / Nông thôn mới",
 "Các thành viên Ban Giám sát kiểm tra mặt đường. Ảnh: Lê Hợi", "Lượt đọc: 1.204"],
["08:40 | 08/10/2013", "hơn 3 tháng", "9 tháng năm 2013", "thôn 4", "thôn 9", "15 ngày", "Lượt đọc: 1.204", "Năm 2013"]))

PAGES.append(page("b7496-longan-ttnd-soket-2014", """
BÁO LONG AN ONLINE
Thời sự > Chính trị > Mặt trận - Đoàn thể
15-07-2014 16:20
Quang cảnh hội nghị.
Long An: Ban Thanh tra nhân dân phát hiện 46 vụ việc sai phạm trong 6 tháng
BLA - Ngày 11/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức hội nghị sơ kết hoạt động Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng 6 tháng đầu năm 2014. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Huỳnh Văn Quang, Nguyễn Thị Mỹ Dung.
Báo cáo cho thấy, toàn tỉnh có 192 Ban Thanh tra nhân dân xã, phường, thị trấn và 356 Ban Thanh tra nhân dân ở cơ quan, đơn vị, doanh nghiệp. Trong 6 tháng, các ban đã giám sát 574 cuộc, phát hiện 46 vụ việc sai phạm, chủ yếu về thu chi tài chính, cấp giấy chứng nhận quyền sử dụng đất, xét hộ nghèo; kiến nghị thu hồi 312 triệu đồng. Ban Giám sát đầu tư của cộng đồng 188 xã, phường, thị trấn đã giám sát 421 công trình với tổng vốn 386,5 tỷ đồng.
Nhiều Ban Thanh tra nhân dân đã chủ động giám sát việc thực hiện Quy chế dân chủ ở cơ sở, việc bình xét hộ nghèo, hộ cận nghèo, việc cấp thẻ bảo hiểm y tế; có ban đã phát hiện việc chi sai mục đích quỹ khuyến học của ấp, kiến nghị hoàn trả cho quỹ. Công tác phối hợp giữa Mặt trận với Thanh tra và Công đoàn cùng cấp từng bước được nâng lên.
Hội nghị cũng chỉ ra hạn chế: khoảng 30% ban hoạt động chưa đều; một số chủ đầu tư chưa mời ban giám sát tham gia nghiệm thu; kinh phí hỗ trợ còn thấp, có nơi chưa bố trí.
Tham luận tại hội nghị, ông Nguyễn Văn Út, Trưởng ban Thanh tra nhân dân xã Mỹ Yên (Bến Lức), nêu kinh nghiệm phối hợp với Công chức Tư pháp - Hộ tịch rà soát hồ sơ đất đai. Ông Trương Hoàng Sang, Chủ tịch Công đoàn, Trưởng ban Thanh tra nhân dân Công ty TNHH MTV Xổ số kiến thiết Long An, cho biết ban đã giám sát việc chi trả lương, thưởng cho 215 người lao động. Bà Lê Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ xã Tân Lập (Thủ Thừa), kiến nghị được tập huấn về đọc bản vẽ thiết kế.
Phát biểu chỉ đạo, ông Huỳnh Văn Quang yêu cầu 6 tháng cuối năm Mặt trận các cấp phối hợp chặt với Thanh tra cùng cấp triển khai Thông tư liên tịch số 01/2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN, tập trung giám sát các dự án bồi thường, tái định cư; thực hiện Kế hoạch 75, 76/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát năm 2014 và về củng cố các ban yếu kém, phấn đấu đến cuối năm không dưới 90% ban hoạt động khá trở lên.
Phương Thảo
TIN CÙNG CHUYÊN MỤC
- Đức Hòa: trao 120 căn nhà Đại đoàn kết (10/07/2014)
- MTTQ tỉnh giám sát thực hiện Quy chế dân chủ tại Cần Giuộc (03/07/2014)
- Tân An sơ kết 6 tháng cuộc vận động "Ngày vì người nghèo" (27/06/2014)
""", "2014-07-15", "Long An: Ban Thanh tra nhân dân phát hiện 46 vụ việc sai phạm trong 6 tháng",
E("so_ket", "2014-H1", "2014-07-11"),
[P("Huỳnh Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Út", "Trưởng ban Thanh tra nhân dân xã Mỹ Yên"),
 P("Trương Hoàng Sang", "Chủ tịch Công đoàn", "Trưởng ban Thanh tra nhân dân Công ty TNHH MTV Xổ số kiến thiết Long An"),
 P("Lê Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ xã Tân Lập")],
[Q("46 vụ việc sai phạm", 46, "vụ việc sai phạm"), Q("192 Ban Thanh tra nhân dân", 192, "Ban Thanh tra nhân dân"),
 Q("356 Ban Thanh tra nhân dân", 356, "Ban Thanh tra nhân dân"), Q("574 cuộc", 574, "cuộc"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"),
 Q("421 công trình", 421, "công trình"), Q("386,5 tỷ đồng", 386500000000, "đồng"),
 Q("khoảng 30%", 30, "%", "approx"), Q("215 người lao động", 215, "người lao động"),
 Q("không dưới 90%", 90, "%", "over")],
[D("Thông tư liên tịch", "01", "2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN", None, None,
   "Thông tư liên tịch số 01/2011/TTLT-BTTUBTWMTTQVN-TTCP-TLĐLĐVN"),
 D("Kế hoạch", "75", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 75, 76/KH-MTTQ-BTT"),
 D("Kế hoạch", "76", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 75, 76/KH-MTTQ-BTT")],
[prov("Long An"), com("Mỹ Yên"), com("Tân Lập")],
["BÁO LONG AN ONLINE", "Thời sự > Chính trị > Mặt trận - Đoàn thể", "Quang cảnh hội nghị.", "BLA",
 "Công ty TNHH MTV Xổ số kiến thiết Long An"],
["15-07-2014 16:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "năm 2014"]))

PAGES.append(page("b7497-laocai-ttnd-hoinghi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Tin tức - Sự kiện :: Hoạt động của các sở, ban, ngành
Ngày đăng 22/05/2015 | 10:15
Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân vùng đồng bào dân tộc thiểu số
Ngày 20/5/2015, tại thành phố Lào Cai, Ủy ban MTTQ tỉnh phối hợp với Thanh tra tỉnh tổ chức hội nghị chuyên đề "Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2015". Hội nghị có sự tham gia của 164 đại biểu là Chủ tịch Ủy ban MTTQ, Trưởng ban Thanh tra nhân dân các xã, phường, thị trấn.
Đồng chí Giàng Seo Pháng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Cùng dự có đồng chí Vàng A Chư, Phó Chánh Thanh tra tỉnh.
Theo báo cáo đề dẫn, từ năm 2011 đến nay, các Ban Thanh tra nhân dân trên địa bàn tỉnh đã thực hiện trên 2.300 cuộc giám sát, kiến nghị với chính quyền xử lý 415 vụ việc; riêng các xã vùng cao đã giám sát việc cấp phát gạo cứu đói, giống cây trồng, bò giống hỗ trợ theo Nghị quyết 30a/2008/NQ-CP của Chính phủ cho hàng nghìn hộ nghèo. Tuy vậy, ở nhiều xã đặc biệt khó khăn, thành viên ban hạn chế về trình độ, có người chưa đọc thông viết thạo tiếng phổ thông.
Tại hội nghị, ông Thào A Sáng, Trưởng ban Thanh tra nhân dân xã Tả Van (Sa Pa), chia sẻ: ban có 7 thành viên thì 5 người là người Mông, được phân công giám sát theo từng thôn, dùng tiếng dân tộc để hỏi bà con xem đã nhận đủ hàng hỗ trợ chưa. Nhờ vậy, năm 2014 ban đã phát hiện 3 trường hợp cấp phát thiếu, đề nghị xã bổ sung kịp thời.
Bà Lù Thị Mai, Trưởng ban Giám sát đầu tư của cộng đồng xã Bản Xen (Mường Khương), người Tày, nói về giám sát công trình nước sinh hoạt tập trung: "Chúng tôi đề nghị nhà thầu làm thêm 2 bể chứa vì bà con ở xa không lấy được nước". Ông Hoàng Văn Dín, Phó Chủ tịch UBND huyện Bắc Hà, cam kết huyện sẽ bố trí kinh phí cho mỗi Ban Thanh tra nhân dân 3 triệu đồng/năm từ năm 2015.
Kết luận hội nghị, đồng chí Giàng Seo Pháng đề nghị các cấp tiếp tục thực hiện Chỉ thị số 05-CT/TU ngày 10/3/2014 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo hoạt động giám sát của Mặt trận và các đoàn thể; ít nhất 70% Ban Thanh tra nhân dân được tập huấn lại trong năm; biên soạn tài liệu song ngữ Mông - Việt về quy trình giám sát.
Văn phòng UBND tỉnh
Tin khác
- Bát Xát: giám sát thực hiện chính sách hỗ trợ gạo cho học sinh (15/05/2015)
- Hội nghị giao ban công tác Mặt trận cụm thi đua số 2 (08/05/2015)
- Si Ma Cai hoàn thành kiện toàn Ban Thanh tra nhân dân (27/04/2015)
- Ra mắt mô hình "Khu dân cư không có tội phạm" tại Bảo Thắng (20/04/2015)
""", "2015-05-22", "Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2015", "2015-05-20"),
[P("Giàng Seo Pháng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vàng A Chư", "Phó Chánh Thanh tra tỉnh"),
 P("Thào A Sáng", "Trưởng ban Thanh tra nhân dân xã Tả Van"),
 P("Lù Thị Mai", "Trưởng ban Giám sát đầu tư của cộng đồng xã Bản Xen"),
 P("Hoàng Văn Dín", "Phó Chủ tịch UBND huyện Bắc Hà")],
[Q("164 đại biểu", 164, "đại biểu"), Q("trên 2.300 cuộc giám sát", 2300, "cuộc giám sát", "over"),
 Q("415 vụ việc", 415, "vụ việc"), Q("7 thành viên", 7, "thành viên"), Q("5 người", 5, "người"),
 Q("3 trường hợp", 3, "trường hợp"), Q("2 bể chứa", 2, "bể chứa"), Q("3 triệu đồng/năm", 3000000, "đồng"),
 Q("ít nhất 70%", 70, "%", "over")],
[D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP của Chính phủ"),
 D("Chỉ thị", "05", "CT/TU", "2014-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/3/2014")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Xen")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Tin tức - Sự kiện :: Hoạt động của các sở, ban, ngành",
 "Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2015", "Văn phòng UBND tỉnh"],
["Ngày đăng 22/05/2015 | 10:15", "từ năm 2011", "năm 2014", "từ năm 2015", "hàng nghìn hộ nghèo"]))

PAGES.append(page("b7498-cantho-ttnd-chandung-2016", """
Báo Cần Thơ Online
Thứ Sáu, 04/03/2016
Hôm nay: Thứ Bảy, 05/03/2016
Xã hội › Gương sáng
Ông Tư "thanh tra" của phường An Khánh
Ông Trịnh Văn Tư (bìa phải) trao đổi với người dân khu vực 3. Ảnh: Duy Khôi
Ngót 10 năm làm Trưởng ban Thanh tra nhân dân phường An Khánh (quận Ninh Kiều), ông Trịnh Văn Tư, 67 tuổi, cựu giáo viên, được bà con trong phường gọi thân mật là "ông Tư thanh tra".
Căn nhà nhỏ của ông trong hẻm 91 đường Nguyễn Văn Linh lúc nào cũng có người ghé. Có người đến hỏi chuyện tiền đóng góp làm hẻm, có người đến nhờ xem lại danh sách hộ cận nghèo. Ông ghi hết vào một cuốn sổ bìa xanh, rồi cùng 6 thành viên khác của ban đi xác minh. "Dân tin thì mới nói. Mình xác minh không kỹ là mất lòng tin ngay" - ông Tư nói.
Năm 2015, Ban Thanh tra nhân dân phường An Khánh đã giám sát 14 cuộc, trong đó có việc nâng cấp 5 tuyến hẻm với tổng kinh phí hơn 2,1 tỷ đồng, nhân dân đóng góp 60%. Phát hiện một tuyến hẻm đổ bê tông mỏng hơn thiết kế khoảng 2 cm, ban đề nghị phường yêu cầu đơn vị thi công làm lại đoạn dài 85 m. Ban cũng kiến nghị đưa ra khỏi danh sách 4 hộ không đủ điều kiện nhận hỗ trợ và bổ sung 7 hộ thực sự khó khăn.
Không chỉ giám sát công trình, ông còn cùng ban theo dõi việc thu các loại quỹ ở 6 khu vực, việc giải quyết hồ sơ hành chính tại bộ phận một cửa. Có lần, nghe người dân phàn nàn hồ sơ chứng thực bị trả về nhiều lần, ông đề nghị phường niêm yết rõ thủ tục, thành phần hồ sơ và số điện thoại đường dây nóng ngay tại cửa phòng tiếp dân. Từ đó, số lượt người dân phải đi lại bổ sung hồ sơ giảm hẳn.
Bà Lâm Ngọc Diễm, Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh, nhận xét: "Ông Tư làm việc gì cũng có hồ sơ, biên bản đầy đủ, đúng như Luật Thanh tra và hướng dẫn của Mặt trận. Nhờ vậy, kiến nghị của ban hầu như đều được chính quyền tiếp thu". Theo bà Diễm, năm qua phường không có đơn thư khiếu nại vượt cấp.
Ông Huỳnh Quốc Bảo, Phó Chủ tịch UBND phường, cho biết phường đã ban hành Quy chế phối hợp số 02/QC-UBND-MTTQ giữa UBND và Ủy ban MTTQ phường trong việc tiếp nhận, trả lời kiến nghị của Ban Thanh tra nhân dân, thời hạn trả lời không quá 15 ngày.
Năm 2015, ông Tư được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong hoạt động thanh tra nhân dân. Cầm tấm bằng khen, ông chỉ cười: "Còn sức thì còn đi, miễn dân trong phường được hưởng đúng, hưởng đủ".
Bài, ảnh: Hà Văn
Lượt xem: 2.318
Bài viết liên quan
- Ninh Kiều: 13 Ban Thanh tra nhân dân phường được khen thưởng (26/02/2016)
- Bình Thủy giám sát việc xét hộ nghèo (18/02/2016)
- Ông Ba "đường quê" ở Phong Điền (05/02/2016)
""", "2016-03-04", "Ông Tư \"thanh tra\" của phường An Khánh",
E("khac", None, None),
[P("Trịnh Văn Tư", "cựu giáo viên", "Trưởng ban Thanh tra nhân dân phường An Khánh"),
 P("Lâm Ngọc Diễm", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh"),
 P("Huỳnh Quốc Bảo", "Phó Chủ tịch UBND phường")],
[Q("6 thành viên", 6, "thành viên"), Q("14 cuộc", 14, "cuộc"), Q("5 tuyến hẻm", 5, "tuyến hẻm"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("60%", 60, "%"), Q("khoảng 2 cm", 2, "cm", "approx"),
 Q("85 m", 85, "m"), Q("4 hộ", 4, "hộ"), Q("7 hộ", 7, "hộ"), Q("6 khu vực", 6, "khu vực")],
[D("Quy chế phối hợp", "02", "QC-UBND-MTTQ", None, None, "Quy chế phối hợp số 02/QC-UBND-MTTQ")],
[prov("Cần Thơ"), com("An Khánh")],
["Báo Cần Thơ Online", "Hôm nay: Thứ Bảy, 05/03/2016", "Xã hội › Gương sáng",
 "Ông Trịnh Văn Tư (bìa phải) trao đổi với người dân khu vực 3. Ảnh: Duy Khôi", "Luật Thanh tra", "Lượt xem: 2.318",
 "ông Tư thanh tra"],
["Thứ Sáu, 04/03/2016", "Ngót 10 năm", "67 tuổi", "hẻm 91", "khu vực 3", "Năm 2015", "15 ngày", "Lượt xem: 2.318"]))
