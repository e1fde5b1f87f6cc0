from lib import *
PAGES = []

PAGES.append(page("b1709-nghean-bdv-giaoban-q1-2016", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Thứ Sáu, 08/04/2016 - 09:30
Ảnh: Quang cảnh hội nghị giao ban.
Nắm chắc tình hình nhân dân, không để phát sinh điểm nóng
Ngày 06/4/2016, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác dân vận quý I năm 2016, triển khai nhiệm vụ quý II. Đồng chí Lô Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo do đồng chí Vi Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, trong quý I tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định; nhân dân phấn khởi, tin tưởng vào kết quả Đại hội đại biểu toàn quốc lần thứ XII của Đảng và tích cực chuẩn bị cho cuộc bầu cử đại biểu Quốc hội, HĐND các cấp. Tuy nhiên, trên địa bàn tỉnh vẫn xảy ra 7 vụ khiếu kiện đông người, trong đó 3 vụ kéo đến trụ sở cơ quan cấp tỉnh, chủ yếu liên quan đến thu hồi đất, đền bù giải phóng mặt bằng các dự án thủy điện và khu công nghiệp.
Các cơ quan dân vận và chính quyền các cấp đã tiếp 412 lượt công dân, tiếp nhận 186 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 171 đơn, đạt 91,9%. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 32-KH/BDVTU ngày 12/01/2016 về nắm tình hình tư tưởng nhân dân trước, trong và sau bầu cử; phối hợp tổ chức 35 cuộc tiếp xúc, đối thoại với người dân ở các xã có dự án.
Các cấp ủy tiếp tục thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào dân tộc thiểu số và vùng giáo dân; thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Tại hội nghị, đồng chí Lữ Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong, thông tin về việc vận động 64 hộ dân tái định cư thủy điện trở về nơi ở mới; ông Moong Văn Ba, Chủ tịch UBND xã Mỹ Lý, kiến nghị sớm hỗ trợ gạo cứu đói cho 210 hộ ở các bản người Khơ Mú, Mông. Đại diện xã Nghi Thiết phản ánh tâm tư của người dân vùng dự án cảng biển, đề nghị sớm hoàn thành việc chi trả gần 3,6 tỷ đồng tiền bồi thường còn tồn đọng.
Kết luận hội nghị, đồng chí Lô Thị Kim Ngân đề nghị trong quý II, khối dân vận tập trung tuyên truyền, vận động nhân dân tham gia bầu cử; chủ động nắm chắc tình hình, phát hiện sớm những vụ việc phức tạp, không để hình thành điểm nóng; đẩy mạnh phong trào thi đua "Dân vận khéo" và thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Minh Châu
Lượt xem: 1.204
Tin liên quan
- Quỳ Châu: vận động 12 hộ dân chấm dứt việc phá rừng (30/03/2016)
- Hội nghị cộng tác viên dư luận xã hội năm 2016 (17/03/2016)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tương Dương (02/03/2016)
- Tổng kết công tác dân vận năm 2015 (28/12/2015)
""", "2016-04-08", "Nắm chắc tình hình nhân dân, không để phát sinh điểm nóng",
E("giao_ban", "2016-Q1", "2016-04-06"),
[P("Lô Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Moong Văn Ba", "Chủ tịch UBND xã Mỹ Lý")],
[Q("7 vụ khiếu kiện đông người", 7, "vụ khiếu kiện đông người"), Q("3 vụ", 3, "vụ"),
 Q("412 lượt công dân", 412, "lượt công dân"), Q("186 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", 186, "đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("171 đơn", 171, "đơn"), Q("91,9%", 91.9, "%"), Q("35 cuộc tiếp xúc, đối thoại", 35, "cuộc tiếp xúc, đối thoại"),
 Q("64 hộ dân tái định cư", 64, "hộ dân tái định cư"), Q("210 hộ", 210, "hộ"),
 Q("gần 3,6 tỷ đồng", 3600000000, "đồng", "approx")],
[D("Kế hoạch", "32", "KH/BDVTU", "2016-01-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 12/01/2016"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Nghệ An"), com("Mỹ Lý"), com("Nghi Thiết")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Dân vận khéo", "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt xem: 1.204"],
["Thứ Sáu, 08/04/2016 - 09:30", "quý I năm 2016", "quý II", "lần thứ XII", "Lượt xem: 1.204"]))

PAGES.append(page("b1710-laocai-bdv-giaoban-thang9-2016", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Lào Cai
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Ban
Cập nhật: 15:20, 05/10/2016 (GMT+7)
Giao ban công tác dân vận tháng 9/2016
Sáng 04/10, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận định kỳ, đánh giá kết quả tháng 9 và triển khai nhiệm vụ tháng 10 năm 2016. Đồng chí Sùng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Đồng chí Sùng Thị Mai phát biểu chỉ đạo tại buổi giao ban.
Theo báo cáo tổng hợp, trong tháng 9, tư tưởng của đồng bào các dân tộc trong tỉnh cơ bản ổn định, tin tưởng vào sự lãnh đạo của Đảng. Nhân dân đặc biệt quan tâm đến công tác khắc phục hậu quả mưa lũ sau cơn bão số 3 và việc hỗ trợ làm lại nhà cho các hộ bị thiệt hại. Mưa lũ đã làm 9 người chết và mất tích, 143 ngôi nhà bị hư hỏng, hơn 600 ha lúa, ngô bị vùi lấp.
Khối dân vận các cấp đã phối hợp với Mặt trận Tổ quốc và các đoàn thể vận động được 1.850 ngày công giúp dân khắc phục hậu quả, tiếp nhận ủng hộ trên 2,4 tỷ đồng. Tình hình tôn giáo có 2 vụ việc truyền đạo trái pháp luật tại các xã vùng cao được phát hiện và xử lý kịp thời; vận động 17 hộ ở các thôn vùng cao từ bỏ tà đạo "Giàng Sán Chúa" trở về phong tục truyền thống.
Về đơn thư, trong tháng các cơ quan đã tiếp nhận 46 đơn, đã giải quyết 39/46 đơn; không có vụ việc tụ tập đông người. Ban Dân vận Tỉnh ủy đã hướng dẫn các huyện thực hiện Quyết định số 1160/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 51-KH/BDVTU về nắm tình hình vùng đồng bào Mông.
Cũng trong tháng, Ban đã phối hợp tổ chức 6 buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại các huyện Bát Xát, Mường Khương; qua đó tiếp thu 58 ý kiến, kiến nghị của người dân, đa số được trả lời trực tiếp tại buổi đối thoại, số còn lại được chuyển đến cơ quan chuyên môn xem xét, trả lời bằng văn bản.
Tại buổi giao ban, đồng chí Giàng Seo Phử, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, báo cáo việc vận động người dân di dời khỏi vùng có nguy cơ sạt lở. Bà Phàn Thị Lợi, Phó Chủ tịch Hội LHPN tỉnh, đề nghị nhân rộng mô hình "Nhà văn hóa sạch, đẹp". Đại diện UBND xã Bản Khoang phản ánh một số hộ chưa đồng thuận với phương án tái định cư tập trung.
Kết luận, đồng chí Trưởng Ban Dân vận Tỉnh ủy yêu cầu các huyện rà soát 21 điểm có nguy cơ mất ổn định, tập trung vận động nhân dân thực hiện "4 tại chỗ" trong phòng chống thiên tai; chuẩn bị tổng kết 10 năm thực hiện Chỉ thị 49-CT/TU.
Bài, ảnh: Hoàng Hà
Số lượt truy cập: 258.917
Các tin đã đưa
- Bắc Hà: vận động nhân dân hiến 3.000 m2 đất làm đường (28/09/2016)
- Tập huấn kỹ năng dân vận cho cán bộ cơ sở (20/09/2016)
- Giao ban công tác dân vận tháng 8/2016 (06/09/2016)
""", "2016-10-05", "Giao ban công tác dân vận tháng 9/2016",
E("giao_ban", "2016-09", "2016-10-04"),
[P("Sùng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Seo Phử", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Phàn Thị Lợi", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("9 người", 9, "người"), Q("143 ngôi nhà", 143, "ngôi nhà"), Q("hơn 600 ha", 600, "ha", "over"),
 Q("1.850 ngày công", 1850, "ngày công"), Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"),
 Q("2 vụ việc truyền đạo trái pháp luật", 2, "vụ việc truyền đạo trái pháp luật"), Q("17 hộ", 17, "hộ"),
 Q("46 đơn", 46, "đơn"), Q("39/46 đơn", 39, "đơn"), Q("21 điểm", 21, "điểm"),
 Q("6 buổi đối thoại", 6, "buổi đối thoại"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị")],
[D("Quyết định", "1160", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1160/QĐ-TTg"),
 D("Kế hoạch", "51", "KH/BDVTU", None, None, "Kế hoạch 51-KH/BDVTU"),
 D("Chỉ thị", "49", "CT/TU", None, None, "Chỉ thị 49-CT/TU")],
[prov("Lào Cai"), com("Bản Khoang")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Lào Cai", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Ban",
 "Đồng chí Sùng Thị Mai phát biểu chỉ đạo tại buổi giao ban.", "Giàng Sán Chúa", "Nhà văn hóa sạch, đẹp", "4 tại chỗ",
 "Số lượt truy cập: 258.917"],
["Cập nhật: 15:20, 05/10/2016 (GMT+7)", "tháng 9/2016", "tháng 10 năm 2016", "bão số 3", "4 tại chỗ", "10 năm",
 "Số lượt truy cập: 258.917"]))

PAGES.append(page("b1711-thanhhoa-bdv-baocao-2017", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ | Nghiên cứu - Trao đổi | Tình hình nhân dân
14/07/2017 - 10:05
Tình hình tư tưởng nhân dân 6 tháng đầu năm 2017: ổn định nhưng còn những vấn đề bức xúc
Ban Dân vận Tỉnh ủy vừa có Báo cáo số 87-BC/BDVTU ngày 10/7/2017 gửi Thường trực Tỉnh ủy về tình hình tư tưởng, tâm trạng của các tầng lớp nhân dân tỉnh Thanh Hóa 6 tháng đầu năm 2017. Báo cáo được tổng hợp từ ý kiến của 412 cộng tác viên dư luận xã hội và phiếu khảo sát tại 27 huyện, thị xã, thành phố.
Theo báo cáo, đa số nhân dân đồng tình với chủ trương của Tỉnh ủy về tinh gọn bộ máy, sắp xếp thôn, bản, tổ dân phố; phấn khởi trước kết quả thu ngân sách và thu hút đầu tư. Có 78,5% số ý kiến được hỏi đánh giá đời sống được cải thiện so với cùng kỳ.
Bên cạnh đó, nhân dân còn lo lắng về giá cả nông sản, nhất là giá thịt lợn giảm sâu khiến khoảng 12.000 hộ chăn nuôi bị thua lỗ; tình trạng ô nhiễm môi trường tại một số khu công nghiệp và làng nghề; tệ nạn ma túy ở vùng biên giới. Trong 6 tháng, toàn tỉnh xảy ra 11 vụ tụ tập đông người, giảm 4 vụ so với cùng kỳ; có 2 vụ người dân chặn xe chở rác vào khu xử lý chất thải ở xã Đông Nam. Các cơ quan đã tiếp 1.326 lượt công dân, tiếp nhận 904 đơn thư, giải quyết được 812 đơn, đạt 89,8%.
Báo cáo cũng phản ánh tâm tư của đồng bào các dân tộc Thái, Mường ở 11 huyện miền núi về việc chậm chi trả tiền bảo vệ rừng; của người dân các xã ven biển trước tình trạng sạt lở bờ biển. Ở khu vực đô thị, dư luận quan tâm đến việc điều chỉnh quy hoạch, cấp giấy chứng nhận quyền sử dụng đất chậm, chất lượng dịch vụ y tế và an toàn thực phẩm tại các bếp ăn tập thể. Một số cán bộ, đảng viên băn khoăn về việc thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế.
Từ tình hình trên, Ban Dân vận Tỉnh ủy kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện nghiêm Quy định 11-QĐi/TW, Chỉ thị 35-CT/TW về tiếp công dân và đối thoại trực tiếp; tiếp tục thực hiện Kết luận số 17, 18-KL/TU của Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng. Ban cũng đề xuất tổ chức hội nghị đối thoại giữa Bí thư Tỉnh ủy với nông dân trong quý III.
Phát biểu với phóng viên, đồng chí Cầm Bá Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết: "Mạng lưới cộng tác viên đã phát huy vai trò, phản ánh kịp thời tâm tư của người dân lên cấp ủy". Bà Lò Thị Xuân, Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo, cho biết Ban đã kiến nghị giải quyết dứt điểm 6 vụ việc tồn đọng kéo dài.
Lê Hà
Tin cùng chuyên mục
- Giao ban công tác dân vận quý II/2017 (05/07/2017)
- Như Xuân: đối thoại với 150 hộ dân về đất rừng (22/06/2017)
- Tập huấn cộng tác viên dư luận xã hội (09/06/2017)
""", "2017-07-14", "Tình hình tư tưởng nhân dân 6 tháng đầu năm 2017: ổn định nhưng còn những vấn đề bức xúc",
E("bao_cao", "2017-H1", "2017-07-10"),
[P("Cầm Bá Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Xuân", "Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo")],
[Q("412 cộng tác viên dư luận xã hội", 412, "cộng tác viên dư luận xã hội"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("78,5%", 78.5, "%"), Q("khoảng 12.000 hộ chăn nuôi", 12000, "hộ chăn nuôi", "approx"),
 Q("11 vụ tụ tập đông người", 11, "vụ tụ tập đông người"), Q("4 vụ", 4, "vụ"), Q("2 vụ", 2, "vụ"),
 Q("1.326 lượt công dân", 1326, "lượt công dân"), Q("904 đơn thư", 904, "đơn thư"), Q("812 đơn", 812, "đơn"),
 Q("89,8%", 89.8, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("6 vụ việc", 6, "vụ việc")],
[D("Báo cáo", "87", "BC/BDVTU", "2017-07-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 87-BC/BDVTU ngày 10/7/2017"),
 D("Nghị quyết", "39", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 39-NQ/TW"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định 11-QĐi/TW"),
 D("Chỉ thị", "35", "CT/TW", None, None, "Chỉ thị 35-CT/TW"),
 D("Kết luận", "17", "KL/TU", None, "Tỉnh ủy", "Kết luận số 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Tỉnh ủy", "Kết luận số 17, 18-KL/TU")],
[prov("Thanh Hóa"), com("Đông Nam")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ | Nghiên cứu - Trao đổi | Tình hình nhân dân"],
["14/07/2017 - 10:05", "6 tháng đầu năm 2017", "6 tháng", "quý III"]))

PAGES.append(page("b1712-gialai-bdv-giaoban-q3-2017", """
Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử
Tin tức » Hoạt động của Ban » Giao ban
08:15 | 11/10/2017
Toàn cảnh buổi giao ban. Ảnh: Hồng Thi
Gia Lai: Giao ban công tác dân vận 9 tháng, vận động đồng bào không nghe theo kẻ xấu
Ngày 10/10/2017, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III, đánh giá kết quả 9 tháng đầu năm 2017. Chủ trì buổi giao ban có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Siu Hơ Ly, Trần Quang Vịnh.
Theo đánh giá, trong quý III, tình hình an ninh chính trị vùng đồng bào dân tộc thiểu số cơ bản ổn định. Tuy nhiên, các thế lực thù địch vẫn lợi dụng vấn đề dân tộc, tôn giáo để kích động; trên địa bàn phát hiện 14 trường hợp sinh hoạt "Tin lành Đê Ga", tập trung ở các huyện phía Nam. Qua vận động, 9 hộ với 41 khẩu đã từ bỏ, cam kết không tham gia.
Các cơ quan dân vận đã nắm và giải quyết 5 vụ tranh chấp đất đai giữa người dân với các công ty nông, lâm nghiệp, trong đó vụ việc tại làng Ia Chía, xã Ia Grăng kéo dài nhiều năm đã được giải quyết dứt điểm, trả lại 86 ha đất cho 53 hộ. Ở một số nơi, người dân còn bức xúc vì giá cà phê, hồ tiêu xuống thấp, nhiều hộ vay vốn ngân hàng chưa có khả năng trả nợ; tình trạng cho vay nặng lãi, lừa đảo qua mạng xã hội xuất hiện ở các làng vùng sâu, gây tâm lý hoang mang trong một bộ phận đồng bào. Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tiếp nhận 132 đơn thư, đã chuyển và giải quyết 118 đơn.
Theo đồng chí Rmah Đel, HUV, Trưởng Ban Dân vận Huyện ủy Chư Prông, huyện đã duy trì 212 tổ "Tự quản an ninh trật tự" ở các làng; phát huy vai trò của 318 người có uy tín. Đồng chí Ksor Nhăk, Bí thư Đảng ủy xã Ia Piơr, cho biết xã đã vận động 27 người đi lao động tự do ở nước ngoài trở về.
Cũng tại buổi giao ban, Ban đã triển khai Hướng dẫn số 12-HD/BDVTU về xây dựng mô hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số; quán triệt Chỉ thị 49-CT/TW của Ban Bí thư và Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước.
Phát biểu kết luận, đồng chí Siu Hơ Ly yêu cầu trong quý IV các địa phương tiếp tục thực hiện Chỉ thị số 06-CT/TU ngày 16/3/2017 của Ban Thường vụ Tỉnh ủy; bám cơ sở, nắm tình hình từng làng, từng hộ; chuẩn bị gặp mặt người có uy tín và tổ chức đợt vận động "Tết vì người nghèo". Đồng chí cũng đề nghị Văn phòng Ban tổng hợp danh sách các làng có diễn biến phức tạp, báo cáo Thường trực Tỉnh ủy trước ngày 20 hằng tháng để kịp thời chỉ đạo xử lý.
Puih H'Bluh
Tin liên quan
- Chư Sê: 120 hộ đồng bào ký cam kết không tham gia tà đạo (29/09/2017)
- Gặp mặt người có uy tín năm 2017 (15/09/2017)
- Ia Grai: tập huấn nghiệp vụ dân vận (30/08/2017)
""", "2017-10-11", "Gia Lai: Giao ban công tác dân vận 9 tháng, vận động đồng bào không nghe theo kẻ xấu",
E("giao_ban", "2017-Q3", "2017-10-10"),
[P("Siu Hơ Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Vịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rmah Đel", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Prông"),
 P("Ksor Nhăk", "Bí thư Đảng ủy xã Ia Piơr")],
[Q("14 trường hợp", 14, "trường hợp"), Q("9 hộ", 9, "hộ"), Q("41 khẩu", 41, "khẩu"),
 Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"), Q("86 ha", 86, "ha"), Q("53 hộ", 53, "hộ"),
 Q("132 đơn thư", 132, "đơn thư"), Q("118 đơn", 118, "đơn"), Q("212 tổ", 212, "tổ"),
 Q("318 người có uy tín", 318, "người có uy tín"), Q("27 người", 27, "người")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn số 12-HD/BDVTU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW"),
 D("Kết luận", "114", "KL/TW", None, None, "Kết luận 114-KL/TW"),
 D("Chỉ thị", "06", "CT/TU", "2017-03-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 16/3/2017")],
[prov("Gia Lai"), com("Ia Grăng"), com("Ia Piơr")],
["Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử", "Tin tức » Hoạt động của Ban » Giao ban",
 "Toàn cảnh buổi giao ban. Ảnh: Hồng Thi", "Tin lành Đê Ga", "Tự quản an ninh trật tự", "Dân vận khéo", "Tết vì người nghèo"],
["08:15 | 11/10/2017", "9 tháng", "9 tháng đầu năm 2017", "quý III", "quý IV"]))

PAGES.append(page("b1713-quangnam-bdv-giaoban-thang4-2018", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ › Tin tức › Hoạt động dân vận
Ngày đăng 04/05/2018 | 16:20
Ảnh: Đồng chí Bhling Mia phát biểu tại giao ban.
Giao ban tháng 4: tập trung giải quyết bức xúc của người dân vùng dự án
Chiều 03/5/2018, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban định kỳ công tác dân vận tháng 4/2018. Đồng chí Bhling Mia, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 4, tình hình tư tưởng nhân dân trong tỉnh cơ bản ổn định. Dư luận quan tâm đến việc tổ chức kỷ niệm 43 năm Ngày giải phóng quê hương và việc sắp xếp, sáp nhập thôn, tổ dân phố. Điểm nóng trong tháng là vụ việc khoảng 200 người dân xã Điện Nam Bắc tụ tập phản đối ô nhiễm mùi từ nhà máy chế biến thủy sản; sau 3 buổi đối thoại, doanh nghiệp đã cam kết tạm dừng sản xuất để khắc phục.
Trong tháng, toàn tỉnh tiếp nhận 97 đơn thư, giải quyết 84 đơn; tổ chức 12 buổi tiếp dân của người đứng đầu cấp ủy. Các huyện miền núi đã vận động 46 hộ ở các thôn của đồng bào Cơ Tu, Xơ Đăng di dời ra khỏi vùng nguy cơ sạt lở, hỗ trợ mỗi hộ 30 triệu đồng làm nhà. Hội Nông dân tỉnh nắm được 8 nhóm người lợi dụng việc cho vay để ép nông dân bán đất.
Tại giao ban, đồng chí Alăng Thị Bốn, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết toàn huyện đã có 61/61 thôn xây dựng quy ước, hương ước. Đồng chí Zơrâm Phương, Bí thư Đảng ủy xã A Tiêng, phản ánh tâm tư của đồng bào về chính sách giao khoán bảo vệ rừng.
Đại diện Ủy ban MTTQ Việt Nam tỉnh báo cáo việc triển khai Quyết định số 217, 218-QĐ/TW của Bộ Chính trị; Ban Dân vận Tỉnh ủy hướng dẫn thực hiện Kế hoạch số 64-KH/BDVTU ngày 02/4/2018 về sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về tăng cường công tác dân vận trong tình hình mới.
Kết luận giao ban, đồng chí Bhling Mia nhấn mạnh: các cấp ủy không được né tránh, phải trực tiếp đối thoại khi phát sinh vụ việc đông người; khối dân vận cần bám nắm 15 vụ việc có nguy cơ phức tạp đã được lập danh sách theo dõi. Đồng chí cũng đề nghị đẩy mạnh thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Dân vận khéo" năm 2018.
Trong tháng 5, Ban sẽ tổ chức đoàn kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 6 huyện, thị xã; phối hợp tổ chức gặp mặt chức sắc các tôn giáo nhân dịp Đại lễ Phật đản; đồng thời hoàn thành báo cáo chuyên đề về tình hình khiếu kiện liên quan đến đất đai gửi Thường trực Tỉnh ủy.
Ngọc Phú
Lượt truy cập: 91.344
Tin khác
- Giao ban công tác dân vận tháng 3/2018 (05/04/2018)
- Nam Giang: 100% thôn có tổ dân vận (22/03/2018)
- Hiệp Đức tổng kết phong trào Dân vận khéo (14/03/2018)
""", "2018-05-04", "Giao ban tháng 4: tập trung giải quyết bức xúc của người dân vùng dự án",
E("giao_ban", "2018-04", "2018-05-03"),
[P("Bhling Mia", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Bốn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Zơrâm Phương", "Bí thư Đảng ủy xã A Tiêng")],
[Q("khoảng 200 người", 200, "người", "approx"), Q("3 buổi đối thoại", 3, "buổi đối thoại"),
 Q("97 đơn thư", 97, "đơn thư"), Q("84 đơn", 84, "đơn"), Q("12 buổi tiếp dân", 12, "buổi tiếp dân"),
 Q("46 hộ", 46, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("8 nhóm người", 8, "nhóm người"),
 Q("61/61 thôn", 61, "thôn"), Q("15 vụ việc", 15, "vụ việc"), Q("6 huyện, thị xã", 6, "huyện, thị xã")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW"),
 D("Kế hoạch", "64", "KH/BDVTU", "2018-04-02", None, "Kế hoạch số 64-KH/BDVTU ngày 02/4/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("A Tiêng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ › Tin tức › Hoạt động dân vận",
 "Ảnh: Đồng chí Bhling Mia phát biểu tại giao ban.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 91.344"],
["Ngày đăng 04/05/2018 | 16:20", "tháng 4/2018", "tháng 4", "43 năm", "5 năm", "tháng 5", "năm 2018", "Lượt truy cập: 91.344"]))

PAGES.append(page("b1714-daklak-bdv-soket-2018", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ :: Tin tức - Sự kiện :: Tin trong tỉnh
20-07-2018 14:35
Đắk Lắk sơ kết công tác dân vận 6 tháng đầu năm 2018
Ngày 19/7/2018, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Y Blin Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị sơ kết.
Báo cáo của Ban Dân vận Tỉnh ủy nêu rõ, 6 tháng qua, tình hình tư tưởng của đồng bào các dân tộc cơ bản ổn định; tuy nhiên, các đối tượng phản động lưu vong vẫn tăng cường hoạt động tuyên truyền "Nhà nước Đề Ga", lôi kéo người dân vượt biên. Các lực lượng đã phát hiện, vận động 23 đối tượng ra đầu thú; ngăn chặn 2 vụ tụ tập đông người ở các buôn giáp ranh.
Về tình hình tranh chấp đất đai, trong 6 tháng xảy ra 19 vụ tranh chấp giữa người dân với các công ty cà phê, cao su, tăng 5 vụ so với cùng kỳ. Khối dân vận đã phối hợp với chính quyền giải quyết xong 13 vụ; đang tiếp tục vận động đối với 6 vụ còn lại. Các cơ quan tiếp nhận 315 đơn thư, giải quyết 288 đơn, đạt 91,4%.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 15-CT/TU ngày 05/3/2018 về tăng cường công tác vận động quần chúng trong tình hình mới và Kế hoạch số 88-KH/TU thực hiện Chỉ thị 18-CT/TW của Ban Bí thư. Ban cũng hướng dẫn triển khai Quyết định 498/QĐ-TTg của Thủ tướng Chính phủ về giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống ở 16 xã trọng điểm; phối hợp tổ chức 42 hội nghị tuyên truyền, thu hút hơn 5.600 lượt người tham dự.
Tại hội nghị, các đồng chí H'Lên Niê Kdăm, Y Thuôn Buôn Yă - Phó Trưởng Ban Dân vận Tỉnh ủy đã gợi mở thảo luận về giải pháp phát huy vai trò người có uy tín trong việc hòa giải tranh chấp, giữ gìn an ninh trật tự ở buôn làng. Ông Y Dhê Êban, Già làng buôn Kô Tam, xã Ea Tu, chia sẻ: "Già làng phải nói trước, làm trước thì dân mới nghe". Đồng chí H'Nga Êban, Chủ tịch Hội LHPN huyện Krông Búk, đề nghị tăng nguồn vốn vay cho phụ nữ nghèo.
Kết luận hội nghị, đồng chí Y Blin Mlô yêu cầu 6 tháng cuối năm tập trung giải quyết dứt điểm các vụ tranh chấp đất đai; duy trì 1.024 tổ dân vận ở thôn, buôn; thực hiện tốt "3 bám, 4 cùng" của cán bộ dân vận cơ sở; chuẩn bị tổng kết 20 năm thực hiện Nghị quyết 08B-NQ/HNTW.
Y Kiên
Lượt xem: 3.417
Bài viết liên quan
- Krông Pắc: giải quyết dứt điểm vụ tranh chấp đất với Công ty 49 (09/07/2018)
- Gặp mặt người có uy tín tiêu biểu năm 2018 (27/06/2018)
- Ea H'leo đối thoại với nhân dân về đất rẫy (12/06/2018)
""", "2018-07-20", "Đắk Lắk sơ kết công tác dân vận 6 tháng đầu năm 2018",
E("so_ket", "2018-H1", "2018-07-19"),
[P("Y Blin Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Lên Niê Kdăm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thuôn Buôn Yă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Dhê Êban", "Già làng buôn Kô Tam"),
 P("H'Nga Êban", "Chủ tịch Hội LHPN huyện Krông Búk")],
[Q("23 đối tượng", 23, "đối tượng"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("19 vụ tranh chấp", 19, "vụ tranh chấp"), Q("5 vụ", 5, "vụ"), Q("13 vụ", 13, "vụ"), Q("6 vụ", 6, "vụ"),
 Q("315 đơn thư", 315, "đơn thư"), Q("288 đơn", 288, "đơn"), Q("91,4%", 91.4, "%"),
 Q("16 xã trọng điểm", 16, "xã trọng điểm"), Q("1.024 tổ dân vận", 1024, "tổ dân vận"),
 Q("42 hội nghị tuyên truyền", 42, "hội nghị tuyên truyền"), Q("hơn 5.600 lượt người", 5600, "lượt người", "over")],
[D("Chỉ thị", "15", "CT/TU", "2018-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 05/3/2018"),
 D("Kế hoạch", "88", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 88-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Quyết định", "498", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 498/QĐ-TTg"),
 D("Nghị quyết", "08B", "NQ/HNTW", None, None, "Nghị quyết 08B-NQ/HNTW")],
[prov("Đắk Lắk"), com("Ea Tu")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ :: Tin tức - Sự kiện :: Tin trong tỉnh",
 "Quang cảnh hội nghị sơ kết.", "Nhà nước Đề Ga", "3 bám, 4 cùng", "Lượt xem: 3.417"],
["20-07-2018 14:35", "6 tháng đầu năm", "6 tháng cuối năm 2018", "6 tháng", "3 bám, 4 cùng", "20 năm", "Lượt xem: 3.417"]))
