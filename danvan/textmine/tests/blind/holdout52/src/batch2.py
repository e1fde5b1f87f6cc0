from lib import *
PAGES = []

PAGES.append(page("b1211-quangngai-bdv-giaoban-q3-2016", """
Thứ Hai, 10/10/2016
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban
Cập nhật lúc 16:45 ngày 07/10/2016
Không để phát sinh điểm nóng ở vùng dự án và vùng biển
Ngày 6/10, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức giao ban khối dân vận quý III năm 2016, đánh giá tình hình nhân dân và triển khai nhiệm vụ quý IV. Đồng chí Võ Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có các đồng chí Bùi Quang Hiển, Nguyễn Thị Nhung - Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội, Ban Dân vận các huyện ủy, thành ủy.
Đồng chí Võ Thị Thanh Xuân phát biểu kết luận giao ban.
Theo báo cáo, trong quý, tư tưởng cán bộ, đảng viên và nhân dân cơ bản ổn định. Tuy nhiên, ngư dân các huyện ven biển và huyện đảo Lý Sơn lo lắng trước việc tàu cá liên tục bị tàu nước ngoài xua đuổi, đâm va khi khai thác ở vùng biển Hoàng Sa; trong quý có 3 tàu cá bị bắt giữ, 47 ngư dân bị thu giữ tài sản, ngư lưới cụ. Người dân vùng Khu kinh tế Dung Quất tiếp tục kiến nghị về tiến độ xây dựng khu tái định cư và ô nhiễm bụi từ một số nhà máy.
Khối dân vận các cấp đã phối hợp tiếp 634 lượt công dân, tiếp nhận 137 đơn thư; đã giải quyết, trả lời 128 đơn. Toàn tỉnh có 5 đoàn đông người đến trụ sở tiếp công dân tỉnh, giảm 4 đoàn so với quý trước. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 18-CT/TU ngày 12/4/2016 về tăng cường công tác vận động ngư dân bám biển, gắn với thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Thảo luận tại giao ban, ông Trần Công Hổ, Bí thư Đảng ủy xã An Vĩnh, huyện Lý Sơn, cho biết nhiều chủ tàu đã vay vốn theo Nghị định số 67/2014/NĐ-CP của Chính phủ để đóng tàu vỏ thép, nhưng sản lượng khai thác giảm, một số chủ tàu gặp khó khăn trong trả nợ. Ông đề nghị các ngân hàng xem xét giãn nợ, đồng thời hỗ trợ ngư dân theo Quyết định số 48/2010/QĐ-TTg của Thủ tướng Chính phủ kịp thời hơn.
Bà Đinh Thị Lài, HUV, Trưởng Ban Dân vận Huyện ủy Trà Bồng, nêu tình trạng một số hộ đồng bào Cor ở xã Trà Thủy bán đất sản xuất, dẫn đến thiếu đất canh tác. Đại diện Ủy ban MTTQ Việt Nam tỉnh cho biết, trong quý đã vận động được hơn 1,5 tỷ đồng hỗ trợ 42 gia đình ngư dân có tàu bị nạn.
Kết luận giao ban, Trưởng Ban Dân vận Tỉnh ủy Võ Thị Thanh Xuân đề nghị trong quý IV, các cơ quan trong khối tập trung nắm tình hình nhân dân ở vùng biển, vùng dự án, vùng đồng bào dân tộc thiểu số; chủ động tham mưu cấp ủy chỉ đạo giải quyết dứt điểm các vụ việc kéo dài, không để phát sinh điểm nóng. Ban Dân vận Tỉnh ủy sẽ phối hợp Đảng đoàn HĐND tỉnh giám sát việc tiếp công dân của người đứng đầu UBND cấp huyện theo Kế hoạch số 32-KH/BDVTU.
Minh Thư
Lượt xem: 593
Tin cùng chuyên mục
- Sơn Tây: vận động đồng bào Ca Dong bảo vệ rừng (30/09/2016)
- Hội thi "Dân vận khéo" tỉnh Quảng Ngãi lần thứ nhất (22/09/2016)
- Ban Dân vận Tỉnh ủy thăm, động viên ngư dân Bình Châu (12/09/2016)
- Sơ kết 3 năm thực hiện Quyết định 217, 218 của Bộ Chính trị (29/08/2016)
""", "2016-10-07", "Không để phát sinh điểm nóng ở vùng dự án và vùng biển",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Võ Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Quang Hiển", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Công Hổ", "Bí thư Đảng ủy xã An Vĩnh"),
 P("Đinh Thị Lài", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Bồng")],
[Q("3 tàu cá", 3, "tàu cá"), Q("47 ngư dân", 47, "ngư dân"), Q("634 lượt công dân", 634, "lượt công dân"),
 Q("137 đơn thư", 137, "đơn thư"), Q("128 đơn", 128, "đơn"), Q("5 đoàn đông người", 5, "đoàn đông người"),
 Q("4 đoàn", 4, "đoàn"), Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("42 gia đình ngư dân", 42, "gia đình ngư dân")],
[D("Chỉ thị", "18", "CT/TU", "2016-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 12/4/2016"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2014/NĐ-CP"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg"),
 D("Kế hoạch", "32", "KH/BDVTU", None, None, "Kế hoạch số 32-KH/BDVTU")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("Trà Thủy")],
["Thứ Hai, 10/10/2016", "CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI",
 "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban", "Đồng chí Võ Thị Thanh Xuân phát biểu kết luận giao ban.",
 "Khu kinh tế Dung Quất", "Hoàng Sa", "Lượt xem: 593"],
["Thứ Hai, 10/10/2016", "Cập nhật lúc 16:45 ngày 07/10/2016", "quý III năm 2016", "quý IV", "Lượt xem: 593"]))

PAGES.append(page("b1212-binhdinh-bdv-tinhhinhnhandan-q1-2017", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ | Nghiên cứu - Trao đổi | Tình hình nhân dân
14.04.2017 | 10:12
Tình hình nhân dân quý I/2017: Phấn khởi với mùa vụ, lo lắng về giá heo
Theo Báo cáo số 58-BC/BDVTU ngày 10/4/2017 của Ban Dân vận Tỉnh ủy về tình hình nhân dân quý I năm 2017, nhìn chung nhân dân tỉnh Bình Định phấn khởi, tin tưởng vào sự lãnh đạo của Đảng, sự điều hành của chính quyền; Tết Nguyên đán Đinh Dậu diễn ra vui tươi, an toàn, các chính sách an sinh xã hội được thực hiện kịp thời.
Ban Dân vận Tỉnh ủy tổng hợp từ báo cáo của 11 huyện, thị xã, thành phố, các cơ quan trong khối dân vận và kết quả khảo sát 1.500 phiếu dư luận xã hội theo Kế hoạch số 05-KH/BDVTU. Có 68,4% ý kiến được hỏi đánh giá đời sống gia đình ổn định hoặc được cải thiện so với cùng kỳ.
Nỗi lo của người chăn nuôi
Vấn đề được nhân dân quan tâm nhiều nhất trong quý là giá heo hơi giảm sâu. Có thời điểm giá heo hơi chỉ còn 27.000 đồng/kg, người chăn nuôi lỗ khoảng 1 triệu đồng mỗi con. Tổng đàn heo của tỉnh hơn 780.000 con, nhiều hộ ở Tây Sơn, Phù Cát, Hoài Nhơn đã bỏ chuồng, nợ tiền thức ăn của đại lý. Ông Nguyễn Văn Tám, nông dân xã Cát Hiệp, cho biết gia đình ông nuôi 200 con heo thịt, "bán một lứa mất trắng vốn, giờ không biết lấy gì trả nợ ngân hàng".
Bên cạnh đó, ngư dân ở Hoài Nhơn, Phù Mỹ phấn khởi vì vụ cá ngừ đại dương trúng mùa, nhưng vẫn lo lắng về tình trạng tàu cá bị nước ngoài bắt giữ, ngăn cản khi khai thác trên vùng biển truyền thống. Đồng bào Ba Na ở các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh phản ánh việc chậm cấp giấy chứng nhận quyền sử dụng đất sản xuất.
Đơn thư, khiếu kiện có chiều hướng giảm
Trong quý, các cơ quan chức năng đã tiếp 612 lượt công dân, tiếp nhận 283 đơn thư, giảm 9,2% so với cùng kỳ; đa số liên quan đến đất đai, bồi thường giải phóng mặt bằng. Đã xảy ra 2 vụ tụ tập đông người tại công trường dự án khu đô thị ở thành phố Quy Nhơn, được chính quyền địa phương đối thoại, giải quyết ổn định.
Theo đồng chí Huỳnh Thị Ánh Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy, các vấn đề trong báo cáo đã được gửi đến Ban Dân vận Trung ương và Thường trực Tỉnh ủy; Ban kiến nghị UBND tỉnh chỉ đạo các ngành hỗ trợ người chăn nuôi tiêu thụ sản phẩm, khoanh nợ, giãn nợ cho hộ vay vốn, đồng thời tăng cường đối thoại với nhân dân ở các dự án đang triển khai. Bà Đinh Thị Hồng Ngân, Trưởng Ban Dân vận Huyện ủy Vân Canh, cho biết huyện sẽ phối hợp ngành tài nguyên và môi trường cấp giấy chứng nhận cho 356 hộ đồng bào trong quý II.
Ban Dân vận Tỉnh ủy cũng lưu ý tình trạng một số đối tượng lợi dụng mạng xã hội để đăng tải thông tin sai sự thật về việc thu hồi đất, kích động người dân; đề nghị các cấp ủy chỉ đạo cung cấp thông tin chính thống kịp thời.
Thanh Tùng
Lượt truy cập: 347
Tin liên quan
- Tình hình nhân dân năm 2016 và những vấn đề đặt ra (12/01/2017)
- Hoài Ân: Hiệu quả từ mô hình "Tổ dân vận tự quản" (28/03/2017)
- Giao ban khối dân vận quý I năm 2017 (07/04/2017)
""", "2017-04-14", "Tình hình nhân dân quý I/2017: Phấn khởi với mùa vụ, lo lắng về giá heo",
E("bao_cao", "2017-Q1", "2017-04-10"),
[P("Nguyễn Văn Tám"),
 P("Huỳnh Thị Ánh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hồng Ngân", "Trưởng Ban Dân vận Huyện ủy Vân Canh")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("1.500 phiếu dư luận xã hội", 1500, "phiếu dư luận xã hội"),
 Q("68,4%", 68.4, "%"), Q("27.000 đồng", 27000, "đồng"), Q("khoảng 1 triệu đồng", 1000000, "đồng", "approx"),
 Q("hơn 780.000 con", 780000, "con", "over"), Q("200 con heo thịt", 200, "con heo thịt"),
 Q("612 lượt công dân", 612, "lượt công dân"), Q("283 đơn thư", 283, "đơn thư"), Q("9,2%", 9.2, "%"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("356 hộ đồng bào", 356, "hộ đồng bào")],
[D("Báo cáo", "58", "BC/BDVTU", "2017-04-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 58-BC/BDVTU ngày 10/4/2017"),
 D("Kế hoạch", "05", "KH/BDVTU", None, None, "Kế hoạch số 05-KH/BDVTU")],
[prov("Bình Định"), com("Cát Hiệp")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ | Nghiên cứu - Trao đổi | Tình hình nhân dân",
 "Nỗi lo của người chăn nuôi", "Đơn thư, khiếu kiện có chiều hướng giảm", "Tết Nguyên đán Đinh Dậu",
 "Ban Dân vận Trung ương", "Lượt truy cập: 347"],
["14.04.2017 | 10:12", "quý I năm 2017", "quý II", "một lứa", "Lượt truy cập: 347"]))

PAGES.append(page("b1213-phuyen-mttq-taphuan-giamsat-2017", """
BÁO PHÚ YÊN ONLINE
Thời sự » Chính trị
Thứ Ba, 22/08/2017 - 14:30
Các học viên tham dự lớp tập huấn. Ảnh: KIM HỒNG
Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Từ ngày 21 đến 22/8, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2017 cho 160 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban thanh tra nhân dân ở các huyện miền núi Sơn Hòa, Sông Hinh, Đồng Xuân.
Phát biểu khai mạc, bà Trần Thị Kim Phượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau hơn 3 năm thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị, hoạt động giám sát của Mặt trận các cấp đã đi vào nền nếp. Năm 2016, Mặt trận cơ sở trong tỉnh tổ chức 1.254 cuộc giám sát, phát hiện 38 vụ việc sai phạm, kiến nghị xử lý 11 cán bộ. Tuy vậy, phản biện xã hội ở cấp xã còn rất ít, nhiều cán bộ còn lúng túng khi lập kế hoạch, viết báo cáo kết quả giám sát.
Tại lớp học, ông Đào Duy Khánh, Phó Trưởng ban Dân chủ - Pháp luật Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, giới thiệu những điểm mới của Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam; hướng dẫn quy trình giám sát thông qua Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng theo Hướng dẫn số 27/HD-MTTW-BTT ngày 9/3/2017 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Các học viên được thực hành xây dựng kế hoạch giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số; tổ chức hội nghị phản biện dự thảo quy hoạch xây dựng nông thôn mới cấp xã.
Trao đổi tại lớp, ông Ksor Y Sen, Chủ tịch Ủy ban MTTQ xã Phước Tân, huyện Sơn Hòa, cho biết khi Mặt trận xã giám sát công trình nước sinh hoạt ở buôn, nhiều hộ đồng bào Chăm H'roi đã mạnh dạn phản ánh việc đường ống bị vỡ sau 6 tháng sử dụng. Nhờ có kiến nghị của Mặt trận, nhà thầu đã khắc phục 2,3 km đường ống. Bà La O Thị Nhiên, Trưởng ban công tác Mặt trận buôn Lê Diêm, xã Sơn Phước, đề nghị cấp ủy cho phép ban công tác Mặt trận được dự họp chi bộ khi bàn về những việc liên quan trực tiếp đến dân.
Ông Kpă Y Lương, Trưởng ban Thanh tra nhân dân xã Ea Lâm, huyện Sông Hinh, băn khoăn: kinh phí hoạt động của ban chỉ 2 triệu đồng/năm, không đủ để đi kiểm tra các công trình ở xa.
Bế mạc lớp tập huấn, bà Trần Thị Kim Phượng đề nghị học viên vận dụng kiến thức vào thực tiễn, mỗi xã năm 2017 tổ chức ít nhất một cuộc phản biện xã hội; đồng thời cho biết Ban Thường trực sẽ kiến nghị UBND tỉnh nâng mức hỗ trợ cho Ban thanh tra nhân dân.
KIM HỒNG
Lượt xem: 1.114
Các tin khác
- Đồng Xuân: Mặt trận giám sát việc cấp thẻ bảo hiểm y tế cho đồng bào (15/08/2017)
- Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (08/08/2017)
- Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm (19/07/2017)
""", "2017-08-22", "Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2017", "2017-08-21"),
[P("Trần Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đào Duy Khánh", "Phó Trưởng ban Dân chủ - Pháp luật Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
 P("Ksor Y Sen", "Chủ tịch Ủy ban MTTQ xã Phước Tân"),
 P("La O Thị Nhiên", "Trưởng ban công tác Mặt trận buôn Lê Diêm"),
 P("Kpă Y Lương", "Trưởng ban Thanh tra nhân dân xã Ea Lâm")],
[Q("160 học viên", 160, "học viên"), Q("1.254 cuộc giám sát", 1254, "cuộc giám sát"),
 Q("38 vụ việc sai phạm", 38, "vụ việc sai phạm"), Q("11 cán bộ", 11, "cán bộ"), Q("2,3 km", 2.3, "km"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", "2017-03-09", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Hướng dẫn số 27/HD-MTTW-BTT ngày 9/3/2017")],
[prov("Phú Yên"), com("Phước Tân"), com("Sơn Phước"), com("Ea Lâm")],
["BÁO PHÚ YÊN ONLINE", "Thời sự » Chính trị", "Các học viên tham dự lớp tập huấn. Ảnh: KIM HỒNG",
 "Ban thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "Lượt xem: 1.114"],
["Thứ Ba, 22/08/2017 - 14:30", "hơn 3 năm", "Năm 2016", "6 tháng", "năm 2017", "một cuộc phản biện xã hội",
 "Lượt xem: 1.114"]))

PAGES.append(page("b1214-khanhhoa-kiennghicutri-2018", """
Báo Khánh Hòa điện tử
Trang chủ / Chính trị / Tin tức
12/06/2018 07:45 GMT+7
Những kiến nghị "đi - về" nhiều kỳ họp
Trước mỗi kỳ họp HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa đều tổng hợp ý kiến, kiến nghị của cử tri gửi đến kỳ họp. Đáng chú ý, có những kiến nghị được cử tri nêu đi nêu lại qua nhiều kỳ họp nhưng vẫn chưa có lời giải dứt điểm.
Chờ đến bao giờ?
Trong báo cáo tổng hợp gửi kỳ họp giữa năm 2018, Ủy ban MTTQ Việt Nam tỉnh đã chuyển 214 ý kiến, kiến nghị của cử tri; trong đó có 37 kiến nghị đã được nêu từ hai kỳ họp trở lên. Nổi cộm là việc chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân trong vùng quy hoạch bán đảo Cam Ranh, tình trạng ô nhiễm mùi từ bãi rác Lương Hòa, việc thu hồi đất làm dự án nhưng để hoang hóa nhiều năm ở Ninh Hòa, Vạn Ninh.
Bà Nguyễn Thị Thúy Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết: "Có kiến nghị cử tri nêu từ năm 2015, cơ quan chức năng trả lời là đang xem xét, kỳ sau cũng trả lời như vậy. Cử tri rất bức xúc, cho rằng ý kiến của mình gửi đi rồi để đó".
Theo số liệu của Ủy ban MTTQ Việt Nam tỉnh, năm 2017 có 62,6% kiến nghị được giải quyết dứt điểm, số còn lại được giải thích hoặc đang trong quá trình xem xét. Riêng vùng quy hoạch bán đảo Cam Ranh, hơn 400 hộ dân đã sinh sống ổn định nhiều năm nhưng chưa được cấp giấy, không thể thế chấp vay vốn hay sửa chữa nhà cửa.
Ông Lê Văn Hải, người dân tổ dân phố Tân Hải, phường Cam Nghĩa, bày tỏ: "Tôi đi họp tiếp xúc cử tri năm nào cũng nói chuyện này. Giờ chỉ mong tỉnh cho một câu trả lời rõ ràng, được hay không được".
Cử tri vùng cao cũng sốt ruột
Ở huyện miền núi Khánh Vĩnh, bà Cao Thị Lượm, Chủ tịch Ủy ban MTTQ xã Sơn Thái, cho biết cử tri người Raglai nhiều lần kiến nghị sửa chữa tuyến đường vào thôn Giang Mương, vì mùa mưa 128 hộ dân bị chia cắt. Năm 2017, UBND huyện đã trả lời sẽ bố trí vốn, nhưng đến nay công trình vẫn chưa được khởi công.
Đại diện Ban Dân vận Tỉnh ủy cho biết, Ban Thường vụ Tỉnh ủy đã có Chỉ thị số 03-CT/TU ngày 15/5/2017 về tăng cường trách nhiệm của người đứng đầu trong tiếp công dân, đối thoại và giải quyết kiến nghị của nhân dân. UBND tỉnh cũng ban hành Quyết định số 2310/QĐ-UBND về việc theo dõi, đôn đốc trả lời kiến nghị cử tri, giao Văn phòng UBND tỉnh công khai kết quả trên cổng thông tin điện tử.
Ông Trần Ngọc Phúc, Trưởng Ban Pháp chế HĐND tỉnh, cho rằng cần đưa những kiến nghị tồn đọng vào nội dung chất vấn tại kỳ họp; đồng thời Mặt trận các cấp nên tổ chức giám sát chuyên đề đối với các kiến nghị đã được hứa giải quyết. "Trả lời cử tri không thể chỉ là trả lời cho có", ông nói.
Bài, ảnh: Hạnh Dung
Tin liên quan
- Cử tri Nha Trang kiến nghị xử lý dứt điểm ô nhiễm môi trường (05/06/2018)
- Đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp thứ 5 (31/05/2018)
- Ủy ban MTTQ tỉnh giám sát việc giải quyết đơn thư (18/05/2018)
""", "2018-06-12", 'Những kiến nghị "đi - về" nhiều kỳ họp',
E("khac", None, None),
[P("Nguyễn Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hải"),
 P("Cao Thị Lượm", "Chủ tịch Ủy ban MTTQ xã Sơn Thái"),
 P("Trần Ngọc Phúc", "Trưởng Ban Pháp chế HĐND tỉnh")],
[Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("37 kiến nghị", 37, "kiến nghị"), Q("62,6%", 62.6, "%"),
 Q("hơn 400 hộ dân", 400, "hộ dân", "over"), Q("128 hộ dân", 128, "hộ dân")],
[D("Chỉ thị", "03", "CT/TU", "2017-05-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/5/2017"),
 D("Quyết định", "2310", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2310/QĐ-UBND")],
[prov("Khánh Hòa"), com("Cam Nghĩa"), com("Sơn Thái")],
["Báo Khánh Hòa điện tử", "Trang chủ / Chính trị / Tin tức", "Chờ đến bao giờ?", "Cử tri vùng cao cũng sốt ruột",
 "bán đảo Cam Ranh", "bãi rác Lương Hòa"],
["12/06/2018 07:45 GMT+7", "giữa năm 2018", "năm 2015", "năm 2017", "Năm 2017", "nhiều năm"]))

PAGES.append(page("b1215-ninhthuan-mttq-giamsat-danchu-2019", """
BÁO NINH THUẬN ĐIỆN TỬ
Chính trị | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ Tư, 15/05/2019, 15:20
Giám sát thực hiện dân chủ ở cơ sở tại xã Phước Hà
(NTO) Thực hiện Chương trình giám sát năm 2019, ngày 14/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận do ông Quảng Đại Ninh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn và Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị tại xã Phước Hà, huyện Thuận Nam.
Đoàn giám sát làm việc với Đảng ủy, UBND xã Phước Hà.
Phước Hà là xã miền núi đặc biệt khó khăn, có 4 thôn với 1.326 hộ, 5.840 nhân khẩu, trong đó đồng bào Raglai chiếm 97,6%. Báo cáo của UBND xã cho thấy, thời gian qua xã đã công khai 23 nội dung theo quy định tại trụ sở và nhà văn hóa các thôn; tổ chức lấy ý kiến nhân dân về kế hoạch sử dụng đất, danh sách hộ nghèo, hộ cận nghèo và các công trình được đầu tư từ Chương trình 135. Trong năm 2018, nhân dân đóng góp hơn 320 triệu đồng và 2.100 ngày công để làm đường nội đồng, sửa chữa nhà sinh hoạt cộng đồng.
Ông Chamaléa Thủy, Bí thư Đảng ủy, Chủ tịch HĐND xã, cho biết Ban thanh tra nhân dân xã đã tiếp nhận 14 đơn phản ánh, chủ yếu về việc bình xét hộ nghèo và phân bổ bò giống; tất cả đã được trả lời công khai tại hội nghị thôn. Bà Katơr Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận xã đã phối hợp tổ chức 3 cuộc đối thoại giữa Chủ tịch UBND xã với nhân dân, tiếp nhận 47 ý kiến.
Qua kiểm tra thực tế tại thôn Giá và thôn Tân Hà, đoàn ghi nhận một số nội dung công khai chưa cập nhật kịp thời; biên bản họp thôn bàn về dự án chưa ghi rõ số người dự, số người đồng ý; sổ tiếp công dân của xã ghi chép chưa đầy đủ. Một số hộ dân phản ánh chưa được biết cụ thể mức hỗ trợ giống cây trồng theo Quyết định số 45/2018/QĐ-UBND ngày 18/7/2018 của UBND tỉnh.
Ông Pinăng Văn Lâm, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, lưu ý xã cần phát huy vai trò của già làng, người có uy tín trong việc vận động bà con tham gia bàn bạc, quyết định các công việc của thôn.
Kết luận buổi giám sát, ông Quảng Đại Ninh đề nghị Đảng ủy, UBND xã tiếp tục quán triệt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư; niêm yết đầy đủ, đúng thời hạn các nội dung công khai; củng cố hoạt động của Ban thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng; chậm nhất sau 15 ngày phải trả lời bằng văn bản các kiến nghị của nhân dân mà đoàn đã ghi nhận. Kết quả giám sát sẽ được báo cáo theo Kế hoạch số 12/KH-MTTQ-BTT ngày 20/2/2019.
Đạo Minh
Lượt xem: 682
Tin khác
- Thuận Bắc: Đối thoại với nhân dân về bồi thường, giải phóng mặt bằng (10/05/2019)
- Mặt trận tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh (03/05/2019)
- Bác Ái: 100% thôn ra mắt Tổ hòa giải (24/04/2019)
""", "2019-05-15", "Giám sát thực hiện dân chủ ở cơ sở tại xã Phước Hà",
E("giam_sat", "2019", "2019-05-14"),
[P("Quảng Đại Ninh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chamaléa Thủy", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Katơr Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Pinăng Văn Lâm", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 thôn", 4, "thôn"), Q("1.326 hộ", 1326, "hộ"), Q("5.840 nhân khẩu", 5840, "nhân khẩu"), Q("97,6%", 97.6, "%"),
 Q("23 nội dung", 23, "nội dung"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"), Q("2.100 ngày công", 2100, "ngày công"),
 Q("14 đơn phản ánh", 14, "đơn phản ánh"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("47 ý kiến", 47, "ý kiến")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Quyết định", "45", "2018/QĐ-UBND", "2018-07-18", "UBND tỉnh", "Quyết định số 45/2018/QĐ-UBND ngày 18/7/2018"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2019-02-20", None, "Kế hoạch số 12/KH-MTTQ-BTT ngày 20/2/2019")],
[prov("Ninh Thuận"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Chính trị | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao", "(NTO)",
 "Đoàn giám sát làm việc với Đảng ủy, UBND xã Phước Hà.", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn",
 "Chương trình 135", "Ban thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "Lượt xem: 682"],
["Thứ Tư, 15/05/2019, 15:20", "năm 2019", "năm 2018", "Chương trình 135", "15 ngày", "Lượt xem: 682"]))

PAGES.append(page("b1216-nghean-mttq-quyhop-daihoi-2019", """
BÁO NGHỆ AN
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/07/2019 - 17:10
Đại hội đại biểu MTTQ Việt Nam huyện Quỳ Hợp lần thứ XXII
(Baonghean.vn) - Ngày 26/7, Ủy ban MTTQ Việt Nam huyện Quỳ Hợp tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2019 - 2024. Về dự có đồng chí Nguyễn Đình Thụ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sầm Văn Hoan, Phó Bí thư Thường trực Huyện ủy Quỳ Hợp cùng 198 đại biểu đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong huyện.
Các đại biểu biểu quyết thông qua chương trình Đại hội.
Báo cáo do bà Lô Thị Hoa, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện trình bày cho biết, nhiệm kỳ qua, Mặt trận các cấp đã vận động nhân dân đóng góp 14,6 tỷ đồng cho Quỹ "Vì người nghèo", xây mới và sửa chữa 412 nhà Đại đoàn kết; đến nay toàn huyện có 19/21 xã, thị trấn có trên 80% khu dân cư đạt danh hiệu "Khu dân cư văn hóa".
Hoạt động giám sát và phản biện xã hội được triển khai theo Quyết định 217, 218 của Bộ Chính trị. Mặt trận và các đoàn thể trong huyện đã tổ chức 246 cuộc giám sát, 18 cuộc phản biện xã hội; tổng hợp 1.032 ý kiến, kiến nghị của cử tri gửi đến kỳ họp HĐND các cấp và đại biểu Quốc hội. Ban thanh tra nhân dân các xã, thị trấn đã kiến nghị thu hồi hơn 186 triệu đồng chi sai. Việc giám sát các dự án khai thác đá, thủy điện trên địa bàn được nhân dân đồng tình, nhiều kiến nghị về bồi thường, ô nhiễm môi trường đã được giải quyết.
Tham luận tại Đại hội, ông Lữ Văn Tuấn, Trưởng ban công tác Mặt trận bản Tổng Chai, xã Châu Quang, chia sẻ kinh nghiệm vận động bà con người Thái trong bản không trồng cây keo trên đất quy hoạch rừng phòng hộ. Bà Vi Thị Lan, Chủ tịch Hội Nông dân xã Châu Lộc, phản ánh khó khăn trong giám sát việc hỗ trợ giống cây, con giống do không nắm được danh sách và định mức.
Phát biểu chỉ đạo, đồng chí Nguyễn Đình Thụ đề nghị nhiệm kỳ tới, Mặt trận huyện tập trung thực hiện Chỉ thị số 29-CT/TU ngày 12/12/2018 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội MTTQ các cấp, nâng cao chất lượng giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc thiểu số, nhất là giám sát người đứng đầu chính quyền trong giải quyết khiếu nại, tố cáo.
Đại hội đã hiệp thương cử 47 vị vào Ủy ban MTTQ Việt Nam huyện khóa XXII. Tại hội nghị lần thứ nhất, bà Lô Thị Hoa được hiệp thương cử giữ chức Chủ tịch; các ông Vi Văn Đức, Lương Văn Tám giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng cử 5 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh Nghệ An lần thứ XV.
Hồ Phương
Lượt xem: 455
Tin liên quan
- Đại hội đại biểu MTTQ Việt Nam huyện Quế Phong lần thứ XIX (24/07/2019)
- Quỳ Châu: Hiệp thương cử 45 vị vào Ủy ban MTTQ huyện khóa XXI (20/07/2019)
- Nghi Lộc: Đại hội MTTQ huyện thành công tốt đẹp (17/07/2019)
""", "2019-07-26", "Đại hội đại biểu MTTQ Việt Nam huyện Quỳ Hợp lần thứ XXII",
E("dai_hoi", None, "2019-07-26"),
[P("Nguyễn Đình Thụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sầm Văn Hoan", "Phó Bí thư Thường trực Huyện ủy Quỳ Hợp"),
 P("Lô Thị Hoa", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Chủ tịch"),
 P("Lữ Văn Tuấn", "Trưởng ban công tác Mặt trận bản Tổng Chai"),
 P("Vi Thị Lan", "Chủ tịch Hội Nông dân xã Châu Lộc"),
 P("Vi Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lương Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("198 đại biểu", 198, "đại biểu"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("412 nhà Đại đoàn kết", 412, "nhà Đại đoàn kết"),
 Q("19/21 xã, thị trấn", 19, "xã, thị trấn"), Q("trên 80%", 80, "%", "over"), Q("246 cuộc giám sát", 246, "cuộc giám sát"),
 Q("18 cuộc phản biện xã hội", 18, "cuộc phản biện xã hội"), Q("1.032 ý kiến, kiến nghị", 1032, "ý kiến, kiến nghị"),
 Q("hơn 186 triệu đồng", 186000000, "đồng", "over"), Q("47 vị", 47, "vị"), Q("5 đại biểu", 5, "đại biểu")],
[D("Quyết định", "217", None, None, "Bộ Chính trị", "Quyết định 217, 218 của Bộ Chính trị"),
 D("Quyết định", "218", None, None, "Bộ Chính trị", "Quyết định 217, 218 của Bộ Chính trị"),
 D("Chỉ thị", "29", "CT/TU", "2018-12-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU ngày 12/12/2018")],
[prov("Nghệ An"), com("Châu Quang"), com("Châu Lộc")],
["BÁO NGHỆ AN", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "(Baonghean.vn)",
 "Các đại biểu biểu quyết thông qua chương trình Đại hội.", "Vì người nghèo", "Khu dân cư văn hóa",
 "Lượt xem: 455"],
["Thứ Sáu, 26/07/2019 - 17:10", "lần thứ XXII", "nhiệm kỳ 2019 - 2024", "khóa XXII", "lần thứ nhất", "lần thứ XV",
 "Lượt xem: 455"]))
