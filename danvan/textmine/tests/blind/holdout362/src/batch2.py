from lib import *
PAGES = []

PAGES.append(page("b8651-quangninh-ldld-giaoban-lao-2016", """
CÔNG ĐOÀN QUẢNG NINH - Tiếng nói của người lao động mỏ
Trang chủ >> Hoạt động công đoàn >> Chăm lo đời sống
Thứ Sáu, 07/10/2016 - 15:30
LĐLĐ tỉnh giao ban quý III: Đưa khám lao, xét nghiệm HIV miễn phí đến công nhân mỏ
Ngày 5/10, LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị giao ban công tác công đoàn quý III năm 2016 với các công đoàn ngành, công đoàn cấp trên cơ sở. Đồng chí Vũ Thị Hồng Liên, Phó Chủ tịch Thường trực LĐLĐ tỉnh chủ trì hội nghị.
Quang cảnh hội nghị giao ban. Ảnh: Thanh Hằng
Nội dung được nhiều đại biểu quan tâm là kết quả thực hiện Chương trình phối hợp số 12/CTPH-LĐLĐ-SYT ngày 15/4/2016 giữa LĐLĐ tỉnh và Sở Y tế về phòng, chống bệnh lao, bệnh bụi phổi và HIV/AIDS trong công nhân lao động. Trong quý III, các công đoàn đã phối hợp tổ chức khám phổi, chụp X-quang miễn phí cho 1.850 công nhân hầm lò, phát hiện 27 người nghi mắc lao, chuyển lên Bệnh viện Phổi tỉnh điều trị; tư vấn, xét nghiệm HIV tự nguyện miễn phí cho 640 lượt công nhân tại các khu tập thể.
Theo đồng chí Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo - Nữ công LĐLĐ tỉnh Phạm Thị Thu, toàn tỉnh đã hình thành 12 nhóm công nhân đồng đẳng tại 63 công đoàn cơ sở trong ngành than, mỗi nhóm khoảng 10 người, do chính công nhân từng sử dụng ma túy, nay đã cai nghiện thành công làm nòng cốt. Các nhóm sinh hoạt hằng tháng ở ca nghỉ, chia sẻ kiến thức, phát bao cao su, nhắc nhau đi khám.
Ông Nguyễn Văn Quyết, Chủ tịch Công đoàn Công ty Than Hà Lầm, cho biết công ty đã trích 380 triệu đồng từ quỹ phúc lợi để khám sức khỏe định kỳ, trong đó có chụp phổi cho toàn bộ công nhân; 97% công nhân hầm lò đã được khám. "Anh em làm lò sợ nhất là bị lao mà không biết, về lây cho vợ con", ông Quyết nói. Bà Đỗ Thị Vân, Chủ tịch Công đoàn phường Cẩm Thạch, đề nghị LĐLĐ tỉnh hỗ trợ thêm cho nhóm đồng đẳng ở khu nhà trọ công nhân thuê.
Hội nghị cũng nghe đồng chí Lê Minh Tuấn, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh, báo cáo việc triển khai Kế hoạch 68, 69/KH-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh về Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2016 và chương trình "Vì sức khỏe người lao động mỏ".
Kết luận giao ban, đồng chí Vũ Thị Hồng Liên yêu cầu trong quý IV các công đoàn đẩy mạnh tuyên truyền trong công nhân, nhất là công nhân trẻ mới vào nghề; phối hợp với doanh nghiệp và ngành y tế đưa dịch vụ xét nghiệm HIV miễn phí đến tận khu tập thể ở phường Vàng Danh, phường Hà Lầm; mỗi công đoàn ngành than thành lập thêm ít nhất 2 nhóm đồng đẳng trước ngày 1/12; hỗ trợ 1,5 triệu đồng cho mỗi công nhân mắc lao có hoàn cảnh khó khăn.
Thanh Hằng
Tin liên quan
- Trao 100 suất quà cho công nhân mỏ có hoàn cảnh khó khăn (28/09/2016)
- Công đoàn Than - Khoáng sản Việt Nam tập huấn an toàn vệ sinh lao động (15/09/2016)
- Tọa đàm "Người lao động với phòng, chống ma túy" (26/08/2016)
""", "2016-10-07", "LĐLĐ tỉnh giao ban quý III: Đưa khám lao, xét nghiệm HIV miễn phí đến công nhân mỏ",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Vũ Thị Hồng Liên", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Phạm Thị Thu", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo - Nữ công LĐLĐ tỉnh"),
 P("Nguyễn Văn Quyết", "Chủ tịch Công đoàn Công ty Than Hà Lầm"),
 P("Đỗ Thị Vân", "Chủ tịch Công đoàn phường Cẩm Thạch"),
 P("Lê Minh Tuấn", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh")],
[Q("1.850 công nhân hầm lò", 1850, "công nhân hầm lò"), Q("27 người", 27, "người"),
 Q("640 lượt công nhân", 640, "lượt công nhân"), Q("12 nhóm công nhân đồng đẳng", 12, "nhóm công nhân đồng đẳng"),
 Q("63 công đoàn cơ sở", 63, "công đoàn cơ sở"), Q("khoảng 10 người", 10, "người", "approx"),
 Q("380 triệu đồng", 380000000, "đồng"), Q("97%", 97, "%"),
 Q("ít nhất 2 nhóm đồng đẳng", 2, "nhóm đồng đẳng", "over"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chương trình phối hợp", "12", "CTPH-LĐLĐ-SYT", "2016-04-15", None, "Chương trình phối hợp số 12/CTPH-LĐLĐ-SYT ngày 15/4/2016"),
 D("Kế hoạch", "68", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch 68, 69/KH-LĐLĐ"),
 D("Kế hoạch", "69", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch 68, 69/KH-LĐLĐ")],
[prov("Quảng Ninh"), com("Cẩm Thạch"), com("Vàng Danh"), com("Hà Lầm")],
["CÔNG ĐOÀN QUẢNG NINH - Tiếng nói của người lao động mỏ", "Trang chủ >> Hoạt động công đoàn >> Chăm lo đời sống",
 "Quang cảnh hội nghị giao ban. Ảnh: Thanh Hằng", "Tháng hành động quốc gia phòng, chống HIV/AIDS",
 "Vì sức khỏe người lao động mỏ", "Bệnh viện Phổi tỉnh"],
["Thứ Sáu, 07/10/2016 - 15:30", "quý III năm 2016", "quý III", "quý IV", "năm 2016", "ngày 1/12"]))

PAGES.append(page("b8652-gialai-bdvhu-chupah-doithoai-2017", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Vị trí: Trang chủ / Dân vận cơ sở / Tin huyện, thị xã, thành phố
15/09/2017 - 10:05
Chư Păh: Đối thoại với già làng, người có uy tín về phòng, chống lao và HIV/AIDS
Ngày 13/9, Ban Dân vận Huyện ủy Chư Păh phối hợp với Ủy ban MTTQ Việt Nam huyện và Trung tâm Y tế huyện tổ chức buổi đối thoại năm 2017 giữa lãnh đạo huyện với 85 già làng, người có uy tín, trưởng thôn, làng về công tác phòng, chống lao và HIV/AIDS trong đồng bào Jrai. Chủ trì buổi đối thoại có đồng chí Ksor Phin, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; các đồng chí Rơ Châm Ngai, Nguyễn Văn Lộc - Phó Chủ tịch UBND huyện.
Già làng Siu Blưk phát biểu tại buổi đối thoại.
Chư Păh là một trong những huyện có tỷ lệ mắc lao cao của tỉnh Gia Lai. Năm 2016 và 8 tháng đầu năm 2017, toàn huyện phát hiện 74 bệnh nhân lao mới và 11 người nhiễm HIV, phần lớn là thanh niên đi làm thuê ở các tỉnh phía Nam trở về. Huyện đã duy trì 42 làng có nhóm đồng đẳng do người có uy tín, y tế thôn bản và đoàn viên thanh niên làm nòng cốt; các nhóm đã vận động 2.100 lượt người đến trạm y tế khám, xét nghiệm miễn phí.
Tại buổi đối thoại, 26 ý kiến góp ý, kiến nghị đã được nêu ra. Già làng Siu Blưk, làng Ia Ka, xã Ia Ka hỏi: "Người bệnh lao uống thuốc lâu quá, nhà nghèo không có tiền đi xuống huyện lấy thuốc, cán bộ có giúp được không?". Bà Rơ Mah H'Lim, Chi hội trưởng Phụ nữ làng Bông, xã Ia Nhin kiến nghị có người phiên dịch tiếng Jrai tại phòng tư vấn xét nghiệm. Ông Puih Djun, người có uy tín làng Kênh Hla, xã Ia Mơ Nông đề nghị tổ chức xét nghiệm lưu động tại làng vào ngày bà con không lên rẫy.
Trả lời các ý kiến, bác sĩ Lê Quang Hòa, Giám đốc Trung tâm Y tế huyện, cho biết từ quý IV/2017 trạm y tế các xã sẽ cấp thuốc lao tại chỗ; mỗi tháng tổ chức 1 đợt xét nghiệm lưu động tại làng. Đồng chí Rơ Châm Ngai cam kết hỗ trợ mỗi bệnh nhân lao nghèo 300.000 đồng/tháng tiền ăn trong thời gian điều trị, tổng kinh phí dự kiến 50 triệu đồng trích từ ngân sách huyện.
Kết luận buổi đối thoại, đồng chí Ksor Phin đề nghị các cấp ủy tiếp tục thực hiện Kết luận 41, 42-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về phòng, chống dịch bệnh ở thôn, làng; Ban Dân vận Huyện ủy theo dõi việc giải quyết các kiến nghị theo Quy chế phối hợp số 03-QC/BDV-UBND giữa Ban Dân vận Huyện ủy và UBND huyện. Đồng chí mong các già làng tiếp tục "nói cho dân nghe, làm cho dân thấy" để không còn cảnh người bệnh bỏ thuốc.
Dịp này, huyện tặng 85 phần quà cho các già làng, người có uy tín tham dự đối thoại.
Ksor H'Nhung
Tin liên quan
- Đak Đoa: Ra mắt mô hình "Làng không có người bỏ điều trị lao" (30/08/2017)
- Ia Grai tập huấn cho người có uy tín (17/08/2017)
- Krông Pa: Đối thoại về giải quyết đơn thư đất đai (02/08/2017)
""", "2017-09-15", "Chư Păh: Đối thoại với già làng, người có uy tín về phòng, chống lao và HIV/AIDS",
E("doi_thoai", "2017", "2017-09-13"),
[P("Ksor Phin", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Rơ Châm Ngai", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Lộc", "Phó Chủ tịch UBND huyện"),
 P("Siu Blưk", "Già làng"),
 P("Rơ Mah H'Lim", "Chi hội trưởng Phụ nữ làng Bông"),
 P("Puih Djun", "người có uy tín làng Kênh Hla"),
 P("Lê Quang Hòa", "bác sĩ", "Giám đốc Trung tâm Y tế huyện")],
[Q("85 già làng, người có uy tín", 85, "già làng, người có uy tín"), Q("74 bệnh nhân lao mới", 74, "bệnh nhân lao mới"),
 Q("11 người nhiễm HIV", 11, "người nhiễm HIV"), Q("42 làng", 42, "làng"), Q("2.100 lượt người", 2100, "lượt người"),
 Q("26 ý kiến", 26, "ý kiến"), Q("300.000 đồng", 300000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("85 phần quà", 85, "phần quà")],
[D("Kết luận", "41", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 41, 42-KL/HU"),
 D("Kết luận", "42", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 41, 42-KL/HU"),
 D("Quy chế phối hợp", "03", "QC/BDV-UBND", None, None, "Quy chế phối hợp số 03-QC/BDV-UBND")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin"), com("Ia Mơ Nông")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Vị trí: Trang chủ / Dân vận cơ sở / Tin huyện, thị xã, thành phố",
 "Già làng Siu Blưk phát biểu tại buổi đối thoại.", "nói cho dân nghe, làm cho dân thấy"],
["15/09/2017 - 10:05", "năm 2017", "Năm 2016", "8 tháng đầu năm 2017", "quý IV/2017", "1 đợt"]))

PAGES.append(page("b8653-langson-mttq-hoinghi-hiv-bienggioi-2018", """
Báo Lạng Sơn điện tử
Thời sự | Xã hội | Mặt trận - Đoàn thể
Thứ Bảy, 24/03/2018 | 08:30
Ảnh: Đại biểu dự hội nghị.
Phát huy vai trò Mặt trận trong phòng, chống HIV/AIDS, ma túy ở khu dân cư biên giới
LSO - Ngày 22/3/2018, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức hội nghị chuyên đề về phát huy vai trò của Mặt trận và các tổ chức thành viên trong phòng, chống HIV/AIDS, ma túy tại khu dân cư biên giới năm 2018. Bà Hoàng Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, toàn tỉnh hiện có 2.918 người nhiễm HIV còn sống và 1.256 người nghiện ma túy có hồ sơ quản lý; 9 cơ sở điều trị methadone đang điều trị cho hơn 1.100 bệnh nhân. Thực hiện Kế hoạch số 115/KH-UBND ngày 5/10/2017 của UBND tỉnh về chấm dứt dịch bệnh AIDS, Mặt trận các cấp đã xây dựng 97 khu dân cư điểm "không có ma túy, không phân biệt đối xử với người nhiễm HIV", vận động 760 lượt người có nguy cơ cao đi xét nghiệm HIV miễn phí. Kinh phí huy động từ xã hội hóa khoảng 1,5 tỷ đồng.
Tuy vậy, việc phát hiện người nhiễm HIV ở các xã biên giới còn muộn; nhiều người đi làm thuê bên kia biên giới trở về không khai báo, không đi xét nghiệm; còn 14% người nhiễm HIV chưa được điều trị ARV.
Nhiều mô hình hay được chia sẻ tại hội nghị. Ông Lộc Văn Cường, Trưởng ban công tác Mặt trận thôn Nà Pàn, xã Tân Thanh kể về nhóm đồng đẳng gồm 7 người đã cai nghiện, hằng tuần đến từng nhà người đang điều trị methadone nhắc nhở uống thuốc. Chị Nông Thị Hạnh, Bí thư Đoàn thị trấn Đồng Đăng cho biết đoàn viên đã lập nhóm Zalo để tư vấn kín đáo cho thanh niên về xét nghiệm HIV. Ông Vi Văn Thành, Chủ tịch Ủy ban MTTQ xã Bảo Lâm, đề nghị tỉnh có chế độ hỗ trợ cho thành viên nhóm đồng đẳng.
Đại diện Công an tỉnh, đồng chí Thượng tá Hoàng Văn Khải, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy, thông tin năm 2017 lực lượng chức năng đã bắt giữ 312 vụ, 405 đối tượng phạm tội về ma túy; đề nghị Mặt trận các cấp tiếp tục thực hiện Chương trình phối hợp số 09/CTPH-MTTQ-CA ngày 12/1/2017 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Công an tỉnh.
Phát biểu kết luận, bà Hoàng Thị Thúy đề nghị năm 2018 Mặt trận các cấp gắn phòng, chống HIV/AIDS với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; mỗi huyện chọn ít nhất 3 khu dân cư biên giới làm điểm; Ban Thường trực Ủy ban MTTQ tỉnh sẽ giám sát việc thực hiện Quyết định số 1246, 1247/QĐ-UBND của UBND tỉnh về hỗ trợ người sau cai nghiện.
Hà Linh
Tin liên quan
- Cao Lộc: ra mắt câu lạc bộ "Vì sức khỏe cộng đồng" (15/03/2018)
- Trao 120 thẻ bảo hiểm y tế cho người nghèo xã Tân Thanh (08/03/2018)
- Văn Lãng phát động phong trào toàn dân bảo vệ an ninh Tổ quốc (01/03/2018)
""", "2018-03-24", "Phát huy vai trò Mặt trận trong phòng, chống HIV/AIDS, ma túy ở khu dân cư biên giới",
E("hoi_nghi", "2018", "2018-03-22"),
[P("Hoàng Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lộc Văn Cường", "Trưởng ban công tác Mặt trận thôn Nà Pàn"),
 P("Nông Thị Hạnh", "Bí thư Đoàn thị trấn Đồng Đăng"),
 P("Vi Văn Thành", "Chủ tịch Ủy ban MTTQ xã Bảo Lâm"),
 P("Hoàng Văn Khải", "Thượng tá", "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy")],
[Q("2.918 người nhiễm HIV", 2918, "người nhiễm HIV"), Q("1.256 người nghiện ma túy", 1256, "người nghiện ma túy"),
 Q("9 cơ sở điều trị methadone", 9, "cơ sở điều trị methadone"), Q("hơn 1.100 bệnh nhân", 1100, "bệnh nhân", "over"),
 Q("97 khu dân cư điểm", 97, "khu dân cư điểm"), Q("760 lượt người", 760, "lượt người"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("14%", 14, "%"), Q("7 người", 7, "người"), Q("312 vụ", 312, "vụ"),
 Q("405 đối tượng", 405, "đối tượng"), Q("ít nhất 3 khu dân cư biên giới", 3, "khu dân cư biên giới", "over")],
[D("Kế hoạch", "115", "KH-UBND", "2017-10-05", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 5/10/2017"),
 D("Chương trình phối hợp", "09", "CTPH-MTTQ-CA", "2017-01-12", None, "Chương trình phối hợp số 09/CTPH-MTTQ-CA ngày 12/1/2017"),
 D("Quyết định", "1246", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1246, 1247/QĐ-UBND"),
 D("Quyết định", "1247", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1246, 1247/QĐ-UBND")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Đồng Đăng"), com("Bảo Lâm")],
["Báo Lạng Sơn điện tử", "Thời sự | Xã hội | Mặt trận - Đoàn thể", "Ảnh: Đại biểu dự hội nghị.", "LSO",
 "không có ma túy, không phân biệt đối xử với người nhiễm HIV", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Bảy, 24/03/2018 | 08:30", "năm 2018", "năm 2017"]))

PAGES.append(page("b8654-hcm-mttq-binhtan-baocao-hiv-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN
Trang chủ » Tin hoạt động » Công tác vận động
30/11/2018 - 17:12
Mặt trận quận Bình Tân báo cáo kết quả vận động người dân xét nghiệm HIV sớm
Ban Thường trực Ủy ban MTTQ Việt Nam quận Bình Tân vừa ban hành Báo cáo số 112/BC-MTTQ-BTT ngày 20/11/2018 về kết quả công tác vận động nhân dân tham gia phòng, chống HIV/AIDS năm 2018, gửi Ban Thường trực Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh và Quận ủy.
Bình Tân là quận có đông công nhân, người lao động nhập cư nhất thành phố với khoảng 780.000 dân, trong đó hơn 40% là người từ các tỉnh đến làm ăn, thuê trọ. Theo báo cáo, năm 2018 Mặt trận quận và 10 phường đã phối hợp với Trung tâm Y tế quận, các nhóm đồng đẳng tổ chức 214 buổi truyền thông tại khu nhà trọ, thu hút 9.600 lượt người tham dự; vận động 4.125 người có hành vi nguy cơ cao đi xét nghiệm HIV miễn phí, phát hiện 138 người nhiễm mới, trong đó 131 người đã được kết nối điều trị ARV trong vòng 7 ngày.
Báo cáo đánh giá cao 6 nhóm tiếp cận cộng đồng, gồm 48 nhân viên tiếp cận là người nhiễm HIV, người từng sử dụng ma túy và nhóm nam quan hệ tình dục đồng giới. Anh Trần Minh Thành, nhân viên tiếp cận cộng đồng nhóm "Ánh Dương", cho biết nhóm còn giới thiệu 152 người đến sử dụng thuốc dự phòng trước phơi nhiễm PrEP miễn phí.
Các phường Bình Hưng Hòa A, Tân Tạo và An Lạc làm tốt việc lồng ghép nội dung phòng, chống HIV/AIDS vào sinh hoạt tổ dân phố. Bà Lê Thị Kim Hoàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Trưởng ban Dân chủ - Pháp luật, cho biết: "Cái khó nhất vẫn là kỳ thị. Nhiều chủ nhà trọ không muốn cho người nhiễm thuê, Mặt trận phải đến gặp từng chủ nhà để vận động".
Theo báo cáo, Mặt trận quận đã vận động 1,2 tỷ đồng mua 2.000 thẻ bảo hiểm y tế tặng người nhiễm HIV, người bệnh lao khó khăn; 100% người nhiễm HIV điều trị tại quận có thẻ bảo hiểm y tế để tiếp tục điều trị ARV sau khi nguồn viện trợ cắt giảm, theo Quyết định số 2188/QĐ-TTg ngày 11/11/2016 của Thủ tướng Chính phủ.
Về hạn chế, báo cáo nêu một số phường chưa quan tâm, kinh phí cho nhóm đồng đẳng phụ thuộc dự án; người lao động nhập cư thay đổi chỗ ở liên tục nên khó theo dõi. Năm 2019, Mặt trận quận đề ra chỉ tiêu vận động trên 5.000 người đi xét nghiệm, phấn đấu đạt mục tiêu 90-90-90 theo Kế hoạch số 3946/KH-UBND của UBND Thành phố. Ông Phạm Văn Chín, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Tạo, đề xuất thành lập tổ hỗ trợ người nhiễm HIV ở mỗi khu phố.
Ngọc Trâm
Tin liên quan
- Phường An Lạc A trao 50 phần quà cho công nhân khó khăn (23/11/2018)
- Hội nghị phản biện dự thảo quy hoạch chợ (15/11/2018)
- Quận Bình Tân ra quân Tháng hành động phòng, chống HIV/AIDS (09/11/2018)
""", "2018-11-30", "Mặt trận quận Bình Tân báo cáo kết quả vận động người dân xét nghiệm HIV sớm",
E("bao_cao", "2018", "2018-11-20"),
[P("Trần Minh Thành", "nhân viên tiếp cận cộng đồng nhóm \"Ánh Dương\""),
 P("Lê Thị Kim Hoàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "Trưởng ban Dân chủ - Pháp luật"),
 P("Phạm Văn Chín", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Tạo")],
[Q("khoảng 780.000 dân", 780000, "dân", "approx"), Q("hơn 40%", 40, "%", "over"), Q("10 phường", 10, "phường"),
 Q("214 buổi truyền thông", 214, "buổi truyền thông"), Q("9.600 lượt người", 9600, "lượt người"),
 Q("4.125 người", 4125, "người"), Q("138 người nhiễm mới", 138, "người nhiễm mới"), Q("131 người", 131, "người"),
 Q("6 nhóm tiếp cận cộng đồng", 6, "nhóm tiếp cận cộng đồng"), Q("48 nhân viên tiếp cận", 48, "nhân viên tiếp cận"),
 Q("152 người", 152, "người"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("2.000 thẻ bảo hiểm y tế", 2000, "thẻ bảo hiểm y tế"),
 Q("100%", 100, "%"), Q("trên 5.000 người", 5000, "người", "over")],
[D("Báo cáo", "112", "BC-MTTQ-BTT", "2018-11-20", "Ban Thường trực Ủy ban MTTQ Việt Nam quận Bình Tân", "Báo cáo số 112/BC-MTTQ-BTT ngày 20/11/2018"),
 D("Quyết định", "2188", "QĐ-TTg", "2016-11-11", "Thủ tướng Chính phủ", "Quyết định số 2188/QĐ-TTg ngày 11/11/2016"),
 D("Kế hoạch", "3946", "KH-UBND", None, "UBND Thành phố", "Kế hoạch số 3946/KH-UBND")],
[prov("Hồ Chí Minh"), com("Bình Hưng Hòa A"), com("Tân Tạo"), com("An Lạc")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN", "Trang chủ » Tin hoạt động » Công tác vận động", "Ánh Dương", "PrEP", "90-90-90"],
["30/11/2018 - 17:12", "năm 2018", "7 ngày", "Năm 2019", "90-90-90"]))

PAGES.append(page("b8655-hatinh-hccb-tongket-matuy-hiv-2019", """
Báo Hà Tĩnh
Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 16:45 ngày 27/12/2019
Toàn cảnh hội nghị.
Cựu chiến binh Hà Tĩnh góp sức đẩy lùi ma túy, HIV/AIDS ở khu dân cư
(Baohatinh.vn) - Sáng 26/12, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác phối hợp phòng, chống ma túy, HIV/AIDS và bệnh lao trong cộng đồng năm 2019. Đại tá Nguyễn Hữu Lâm, Chủ tịch Hội CCB tỉnh; đồng chí Trần Thị Mỹ Hạnh, Phó Giám đốc Sở Y tế đồng chủ trì.
Năm 2019, thực hiện Quy chế phối hợp số 03/QCPH-HCCB-SYT giữa Hội CCB tỉnh và Sở Y tế, các cấp hội đã thành lập mới 15 tổ cựu chiến binh tự quản giúp người sau cai nghiện, nâng tổng số lên 128 tổ với 1.024 hội viên tham gia. Các tổ đã nhận cảm hóa, giúp đỡ 236 người sau cai nghiện, người nhiễm HIV; phối hợp với trạm y tế vận động 1.380 lượt người đi khám sàng lọc lao, xét nghiệm HIV miễn phí; cung cấp cho cơ quan công an 47 nguồn tin có giá trị.
Hội viên đóng góp trên 2.000 ngày công và 320 triệu đồng giúp người sau cai nghiện sửa nhà, chăn nuôi. Đặc biệt, 5 hội viên cựu chiến binh đã cho 12 người sau cai nghiện vay vốn không lãi với tổng số tiền 180 triệu đồng.
Ông Phan Văn Đức, Chủ tịch Hội CCB xã Thạch Trị, huyện Thạch Hà, chia sẻ: "Chúng tôi coi mỗi người sau cai là một đồng đội cần dìu dắt. Có cậu tái nghiện tới 3 lần, anh em vẫn kiên trì, nay cậu ấy đã có việc làm ổn định". Bà Nguyễn Thị Hoa, cán bộ chuyên trách phòng, chống HIV/AIDS Trạm Y tế phường Kỳ Trinh, cho biết nhờ các tổ CCB mà tỷ lệ người nghiện duy trì điều trị methadone ở thị xã Kỳ Anh đạt 92%.
Phát biểu chỉ đạo, đồng chí Trần Thị Mỹ Hạnh đánh giá cao vai trò của cựu chiến binh như những "nhóm đồng đẳng đặc biệt" ở khu dân cư; đề nghị năm 2020 tiếp tục thực hiện Chỉ thị 08, 09/CT-UBND của UBND tỉnh về tăng cường phòng, chống ma túy và về chấm dứt dịch bệnh AIDS, bệnh lao; phối hợp tổ chức các đợt xét nghiệm lưu động miễn phí tại các xã có nhiều người đi lao động nước ngoài trở về như xã Kỳ Phương.
Kết luận hội nghị, Đại tá Nguyễn Hữu Lâm yêu cầu các cấp hội thực hiện tốt Nghị quyết số 07-NQ/HCCB ngày 10/3/2019 của Ban Thường vụ Hội CCB tỉnh; phấn đấu năm 2020 mỗi xã, phường, thị trấn có ít nhất 2 tổ tự quản; 100% hội viên không vi phạm về ma túy.
Dịp này, Hội CCB tỉnh tặng giấy khen cho 14 tập thể, 21 cá nhân tiêu biểu; các đồng chí Phó Chủ tịch Hội CCB tỉnh: Lê Đình Sơn, Võ Tá Hưng trao giấy khen.
Thu Phương
Tin liên quan
- Can Lộc: ra mắt mô hình "Cựu chiến binh giúp người sau cai" (10/12/2019)
- Hội CCB tỉnh tập huấn kỹ năng tuyên truyền (26/11/2019)
- Cẩm Xuyên: 800 người được xét nghiệm HIV miễn phí (18/11/2019)
""", "2019-12-27", "Cựu chiến binh Hà Tĩnh góp sức đẩy lùi ma túy, HIV/AIDS ở khu dân cư",
E("tong_ket", "2019", "2019-12-26"),
[P("Nguyễn Hữu Lâm", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Trần Thị Mỹ Hạnh", "Phó Giám đốc Sở Y tế"),
 P("Phan Văn Đức", "Chủ tịch Hội CCB xã Thạch Trị"),
 P("Nguyễn Thị Hoa", "cán bộ chuyên trách phòng, chống HIV/AIDS Trạm Y tế phường Kỳ Trinh"),
 P("Lê Đình Sơn", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Võ Tá Hưng", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("15 tổ cựu chiến binh tự quản", 15, "tổ cựu chiến binh tự quản"), Q("128 tổ", 128, "tổ"),
 Q("1.024 hội viên", 1024, "hội viên"), Q("236 người sau cai nghiện, người nhiễm HIV", 236, "người sau cai nghiện, người nhiễm HIV"), Q("1.380 lượt người", 1380, "lượt người"),
 Q("47 nguồn tin", 47, "nguồn tin"), Q("trên 2.000 ngày công", 2000, "ngày công", "over"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("5 hội viên cựu chiến binh", 5, "hội viên cựu chiến binh"),
 Q("12 người sau cai nghiện", 12, "người sau cai nghiện"), Q("180 triệu đồng", 180000000, "đồng"), Q("92%", 92, "%"),
 Q("ít nhất 2 tổ tự quản", 2, "tổ tự quản", "over"), Q("100%", 100, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu")],
[D("Quy chế phối hợp", "03", "QCPH-HCCB-SYT", None, None, "Quy chế phối hợp số 03/QCPH-HCCB-SYT"),
 D("Chỉ thị", "08", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 08, 09/CT-UBND"),
 D("Chỉ thị", "09", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 08, 09/CT-UBND"),
 D("Nghị quyết", "07", "NQ/HCCB", "2019-03-10", "Ban Thường vụ Hội CCB tỉnh", "Nghị quyết số 07-NQ/HCCB ngày 10/3/2019")],
[prov("Hà Tĩnh"), com("Thạch Trị"), com("Kỳ Trinh"), com("Kỳ Phương")],
["Báo Hà Tĩnh", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "(Baohatinh.vn)", "nhóm đồng đẳng đặc biệt"],
["Cập nhật lúc 16:45 ngày 27/12/2019", "năm 2019", "Năm 2019", "năm 2020", "3 lần"]))

PAGES.append(page("b8656-kiengiang-danguyxa-dinhan-giaoban-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỊNH AN - HUYỆN GÒ QUAO
Trang chủ > Tin tức > Hoạt động Đảng - Đoàn thể
T4, 30/10/2019 - 07:40
Giao ban khối dân vận tháng 10: chăm lo người bệnh lao, người nhiễm HIV trong phum, sóc
Chiều 28/10/2019, Đảng ủy xã Định An tổ chức giao ban khối dân vận tháng 10/2019. Đồng chí Danh Sà Rinh, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì; dự có đồng chí Thạch Thị Sô Phi, Chủ tịch Ủy ban MTTQ Việt Nam xã, trưởng các đoàn thể và trưởng ban công tác Mặt trận 11 ấp.
Theo báo cáo, trong tháng, khối dân vận phối hợp với Trạm Y tế xã và nhóm đồng đẳng của ấp tổ chức 9 buổi tuyên truyền bằng tiếng Khmer về phòng, chống lao và HIV/AIDS tại chùa, điểm sinh hoạt cộng đồng, thu hút 640 lượt người dự. Đợt khám sàng lọc lao miễn phí do Bệnh viện Lao và Bệnh phổi tỉnh Kiên Giang thực hiện ngày 15/10 đã chụp X-quang cho 312 người, phát hiện 6 người bệnh lao mới; hiện xã quản lý 23 người bệnh lao đang điều trị và 9 người nhiễm HIV điều trị ARV.
Đại đức Danh Chanh Đa, trụ trì chùa Phước Lâm, cho biết nhà chùa đã cho mượn sala để tổ chức truyền thông và nhờ các Achar nhắc bà con đi khám. Ông Danh Sóc, Achar chùa Phước Lâm, chia sẻ: "Người Khmer mình hay nghĩ ho lâu là do trời lạnh, không đi khám. Nay thầy nói, bà con nghe theo".
Qua nắm tình hình, đồng chí Sơn Văn Thắng, Trưởng ban công tác Mặt trận ấp Hòa Hưng, phản ánh còn 2 người bệnh lao bỏ điều trị giữa chừng vì phải đi làm thuê ở Bình Dương; một số gia đình còn giấu bệnh vì sợ hàng xóm xa lánh. Khối dân vận thống nhất giao Đoàn Thanh niên xã liên lạc qua điện thoại, nhờ cơ sở y tế nơi người bệnh làm việc tiếp tục cấp thuốc.
Thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU ngày 8/3/2019 của Đảng ủy xã về nâng cao chất lượng chăm sóc sức khỏe nhân dân và Kế hoạch số 21-KH/ĐU ngày 3/4/2019 của Ban Thường vụ Đảng ủy xã, Hội LHPN xã đã vận động 32 hộ có người bệnh lao tham gia tổ tiết kiệm, Hội Nông dân xã giới thiệu 5 hộ có người nhiễm HIV vay vốn Ngân hàng Chính sách xã hội, mỗi hộ 30 triệu đồng. Bà Danh Thị Mỹ Linh, Chủ tịch Hội LHPN xã, đề nghị Trạm Y tế tăng số buổi xét nghiệm HIV miễn phí cho phụ nữ mang thai.
Đồng chí Danh Sà Rinh đề nghị tháng 11/2019, khối dân vận tập trung tuyên truyền hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS; vận động người bệnh lao không bỏ trị; chuẩn bị thăm, tặng quà cho 18 người bệnh lao nghèo trong dịp lễ Ok Om Bok. Ủy ban MTTQ xã phối hợp với các chùa vận động quỹ hỗ trợ người bệnh, phấn đấu đạt 20 triệu đồng.
Hoàng Phúc
Tin khác
- Xã Định An tổ chức lễ hội Ok Om Bok năm 2019 (08/10/2019)
- Hội nghị giao ban khối dân vận tháng 9/2019 (27/09/2019)
- Ra mắt tổ hòa giải ấp Hòa Hưng (12/09/2019)
""", "2019-10-30", "Giao ban khối dân vận tháng 10: chăm lo người bệnh lao, người nhiễm HIV trong phum, sóc",
E("giao_ban", "2019-10", "2019-10-28"),
[P("Danh Sà Rinh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Thạch Thị Sô Phi", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Danh Chanh Đa", "Đại đức", "trụ trì chùa Phước Lâm"),
 P("Danh Sóc", "Achar chùa Phước Lâm"),
 P("Danh Thị Mỹ Linh", "Chủ tịch Hội LHPN xã"),
 P("Sơn Văn Thắng", "Trưởng ban công tác Mặt trận ấp Hòa Hưng")],
[Q("11 ấp", 11, "ấp"), Q("9 buổi tuyên truyền", 9, "buổi tuyên truyền"), Q("640 lượt người", 640, "lượt người"),
 Q("312 người", 312, "người"), Q("6 người bệnh lao mới", 6, "người bệnh lao mới"),
 Q("23 người bệnh lao", 23, "người bệnh lao"), Q("9 người nhiễm HIV", 9, "người nhiễm HIV"),
 Q("2 người bệnh lao", 2, "người bệnh lao"), Q("32 hộ", 32, "hộ"), Q("5 hộ", 5, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("18 người bệnh lao nghèo", 18, "người bệnh lao nghèo"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", "2019-03-08", "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 8/3/2019"),
 D("Kế hoạch", "21", "KH/ĐU", "2019-04-03", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 3/4/2019")],
[prov("Kiên Giang"), com("Định An"), prov("Bình Dương")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỊNH AN - HUYỆN GÒ QUAO", "Trang chủ > Tin tức > Hoạt động Đảng - Đoàn thể",
 "Bệnh viện Lao và Bệnh phổi tỉnh Kiên Giang", "Tháng hành động quốc gia phòng, chống HIV/AIDS", "Ok Om Bok",
 "Ngân hàng Chính sách xã hội"],
["T4, 30/10/2019 - 07:40", "tháng 10/2019", "tháng 11/2019", "ngày 15/10", "tháng 10"]))
