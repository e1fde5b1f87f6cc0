from lib import *
PAGES = []

PAGES.append(page("b6527-binhdinh-vancanh-giaoban-quy2-2024", """
BÁO BÌNH ĐỊNH ONLINE
Hôm nay: Thứ Sáu, 05/07/2024
Trang chủ › Thời sự › Chính trị
03/07/2024 11:02
Toàn cảnh buổi giao ban.
Vân Canh: Dân vận khéo giúp đồng bào Bana, Chăm H'roi giữ vườn cao su
Chiều 2/7, Ban Dân vận Huyện ủy Vân Canh (tỉnh Bình Định) tổ chức giao ban công tác dân vận quý II năm 2024 với khối dân vận các xã, thị trấn và Đảng ủy Nông trường cao su Vân Canh. Đồng chí Đinh Thị Bích Nhung, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Theo báo cáo, trong quý II, tình hình tư tưởng nhân dân trên địa bàn cơ bản ổn định. Giá mủ cao su tăng trở lại, thu nhập của khoảng 900 hộ trồng cao su tiểu điền và 260 công nhân Nông trường cao su Vân Canh được cải thiện. Tuy nhiên, đợt nắng nóng kéo dài làm gần 75 ha cao su kiến thiết cơ bản ở xã Canh Hiển, Canh Hiệp bị chết khô. Một số đối tượng từ nơi khác đến vận động bà con bán vườn cây non với giá thấp để chuyển sang trồng keo; khối dân vận đã kịp thời nắm bắt, phối hợp với già làng, người có uy tín tuyên truyền, không để xảy ra mua bán đất trái phép.
Thực hiện Chỉ thị 22, 23-CT/HU của Ban Thường vụ Huyện ủy, khối dân vận đã vận động 118 hộ đồng bào Bana, Chăm H'roi tham gia tổ hợp tác trồng và chăm sóc cao su, được Nông trường hỗ trợ kỹ thuật, cây giống; vận động nhân dân hiến 2.150 m2 đất, góp 635 triệu đồng và 1.280 ngày công bê tông hóa 3,2 km đường vào vùng nguyên liệu.
Các chương trình thuộc Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ được triển khai đúng tiến độ, giải ngân đạt 52,6% kế hoạch vốn năm 2024; 37 hộ được hỗ trợ chuyển đổi nghề, 24 hộ được hỗ trợ nhà ở.
Tại buổi giao ban, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Nguyễn Văn Thái, Đinh Văn Hiền đã thông tin kết quả kiểm tra việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại 4 xã. Ông Đinh Văn Sáo, Bí thư Chi bộ kiêm Trưởng làng Kà Bưng, xã Canh Hiển, đề nghị Nông trường mở thêm lớp dạy cạo mủ cho thanh niên trong làng. Ông Võ Đình Quang, Bí thư Đảng ủy, Giám đốc Nông trường cao su Vân Canh cho biết, từ quý III, Nông trường sẽ tuyển thêm 30 công nhân là người địa phương.
Kết luận giao ban, đồng chí Đinh Thị Bích Nhung yêu cầu quý III tập trung triển khai Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; phối hợp tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV; nhân rộng mô hình "Làng cao su không có trộm cắp mủ" ra 8 làng.
Phạm Tiến Sỹ - Ban Dân vận Huyện ủy Vân Canh
Bài viết liên quan
- Vân Canh: Ra mắt mô hình "Dân vận khéo" ở làng Hiệp Hà (20/06/2024)
- Tây Sơn giao ban khối dân vận quý II (28/06/2024)
- Hoài Ân trồng mới 150 ha cao su (12/06/2024)
""", "2024-07-03", "Vân Canh: Dân vận khéo giúp đồng bào Bana, Chăm H'roi giữ vườn cao su",
E("giao_ban", "2024-Q2", "2024-07-02"),
[P("Đinh Thị Bích Nhung", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Thái", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Hiền", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Sáo", "Bí thư Chi bộ kiêm Trưởng làng Kà Bưng"),
 P("Võ Đình Quang", "Bí thư Đảng ủy", "Giám đốc Nông trường cao su Vân Canh")],
[Q("khoảng 900 hộ trồng cao su tiểu điền", 900, "hộ trồng cao su tiểu điền", "approx"),
 Q("260 công nhân", 260, "công nhân"), Q("gần 75 ha", 75, "ha", "approx"),
 Q("118 hộ đồng bào Bana, Chăm H'roi", 118, "hộ đồng bào Bana, Chăm H'roi"), Q("2.150 m2", 2150, "m2"),
 Q("635 triệu đồng", 635000000, "đồng"), Q("1.280 ngày công", 1280, "ngày công"), Q("3,2 km", 3.2, "km"),
 Q("52,6%", 52.6, "%"), Q("37 hộ", 37, "hộ"), Q("24 hộ", 24, "hộ"), Q("4 xã", 4, "xã"),
 Q("30 công nhân", 30, "công nhân"), Q("8 làng", 8, "làng")],
[D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 22, 23-CT/HU"),
 D("Chỉ thị", "23", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 22, 23-CT/HU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định số 144-QĐ/TW ngày 9/5/2024")],
[prov("Bình Định"), com("Canh Hiển"), com("Canh Hiệp")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ › Thời sự › Chính trị", "Toàn cảnh buổi giao ban.", "Luật Thực hiện dân chủ ở cơ sở",
 "Làng cao su không có trộm cắp mủ", "Nông trường cao su Vân Canh"],
["Hôm nay: Thứ Sáu, 05/07/2024", "quý II năm 2024", "quý II", "năm 2024", "quý III", "lần thứ IV"]))

PAGES.append(page("b6528-bariavungtau-taphuan-congdoan-caosu-2024", """
Báo Bà Rịa - Vũng Tàu điện tử
You are here: Trang chủ / Chính trị / Dân vận
2024-09-18T08:30:00+07:00
Tập huấn kỹ năng dân vận, đối thoại cho cán bộ cơ sở các công ty cao su
(BR-VT) - Ngày 17/9, tại xã Bình Ba, huyện Châu Đức, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận và kỹ năng đối thoại tại nơi làm việc năm 2024 cho gần 120 học viên là bí thư chi bộ, chủ tịch công đoàn cơ sở, tổ trưởng sản xuất của Công ty TNHH MTV Cao su Bà Rịa và các công ty cao su trên địa bàn.
Phát biểu khai mạc, bà Trần Thị Ngọc Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết toàn tỉnh hiện có trên 14.000 ha cao su của doanh nghiệp và khoảng 3.600 công nhân trực tiếp khai thác. Thời gian qua, việc thực hiện Kế hoạch 212, 213-KH/BDVTU của Ban Dân vận Tỉnh ủy về dân vận trong doanh nghiệp và về xây dựng quan hệ lao động hài hòa đã góp phần giữ ổn định đời sống công nhân; trong 8 tháng năm 2024 không xảy ra ngừng việc tập thể.
Tại lớp tập huấn, các học viên được ThS. Nguyễn Thị Lan Hương, giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh, truyền đạt chuyên đề về Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định số 145/2020/NĐ-CP của Chính phủ về đối thoại tại nơi làm việc; ông Lê Hoàng Phúc, Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XI, hướng dẫn kỹ năng nắm bắt tâm tư người lao động, xử lý tình huống khi công nhân ngừng việc.
Chia sẻ kinh nghiệm, ông Điểu Minh Hoàng, Chủ tịch Công đoàn Nông trường cao su Xà Bang, cho biết năm 2023 nông trường tổ chức 6 buổi đối thoại định kỳ và 2 buổi đột xuất, giải quyết 27/29 kiến nghị của công nhân, trong đó có việc hỗ trợ tiền xăng xe đi làm 300.000 đồng/người/tháng cho công nhân ở xa. Bà Thị Ngọc Sang, công nhân người Chơ Ro ở xã Hòa Hiệp, được nông trường chọn làm "người kết nối" giữa công nhân đồng bào với ban giám đốc.
Theo ông Vũ Đức Thịnh, Bí thư Đảng ủy, Tổng Giám đốc Công ty TNHH MTV Cao su Bà Rịa, năm 2023 thu nhập bình quân của công nhân cạo mủ đạt 10,2 triệu đồng/tháng; công ty trích 2,8 tỷ đồng hỗ trợ con em công nhân học tập và xây 12 "Mái ấm công đoàn". Ông đề nghị các cấp quan tâm giải quyết đất ở cho hộ công nhân theo Quyết định số 24/2022/QĐ-UBND của UBND tỉnh.
Bế mạc lớp tập huấn, bà Trần Thị Ngọc Hà đề nghị học viên vận dụng các kỹ năng đã học, phát huy vai trò nòng cốt trong thực hiện phong trào thi đua "Dân vận khéo" ở doanh nghiệp, phấn đấu mỗi nông trường có ít nhất 1 mô hình được công nhận trong năm 2025.
Quang Vinh
Tin khác
- Châu Đức: Đối thoại với công nhân cao su Bình Ba (10/09/2024)
- Xuyên Mộc trao 50 suất học bổng cho con công nhân (03/09/2024)
- LĐLĐ tỉnh tập huấn cho 200 cán bộ công đoàn cơ sở (27/08/2024)
""", "2024-09-18", "Tập huấn kỹ năng dân vận, đối thoại cho cán bộ cơ sở các công ty cao su",
E("tap_huan", "2024", "2024-09-17"),
[P("Trần Thị Ngọc Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lan Hương", "ThS.", "giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Lê Hoàng Phúc", "Phó Chủ tịch Liên đoàn Lao động tỉnh khóa XI"),
 P("Điểu Minh Hoàng", "Chủ tịch Công đoàn Nông trường cao su Xà Bang"),
 P("Thị Ngọc Sang", "công nhân"),
 P("Vũ Đức Thịnh", "Bí thư Đảng ủy", "Tổng Giám đốc Công ty TNHH MTV Cao su Bà Rịa")],
[Q("gần 120 học viên", 120, "học viên", "approx"), Q("trên 14.000 ha", 14000, "ha", "over"),
 Q("khoảng 3.600 công nhân", 3600, "công nhân", "approx"), Q("6 buổi đối thoại định kỳ", 6, "buổi đối thoại định kỳ"),
 Q("2 buổi", 2, "buổi"), Q("27/29 kiến nghị", 27, "kiến nghị"), Q("300.000 đồng", 300000, "đồng"),
 Q("10,2 triệu đồng", 10200000, "đồng"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q('12 "Mái ấm công đoàn"', 12, "Mái ấm công đoàn"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Kế hoạch", "212", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 212, 213-KH/BDVTU"),
 D("Kế hoạch", "213", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 212, 213-KH/BDVTU"),
 D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP"),
 D("Quyết định", "24", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 24/2022/QĐ-UBND")],
[prov("Bà Rịa - Vũng Tàu"), com("Bình Ba"), com("Hòa Hiệp")],
["Báo Bà Rịa - Vũng Tàu điện tử", "You are here: Trang chủ / Chính trị / Dân vận", "(BR-VT)", "Luật Thực hiện dân chủ ở cơ sở",
 "Dân vận khéo", "Nông trường cao su Xà Bang", "người kết nối"],
["2024-09-18T08:30:00+07:00", "năm 2024", "8 tháng năm 2024", "năm 2022", "khóa XI", "năm 2023", "năm 2025"]))

PAGES.append(page("b6529-laichau-nguoimang-congnhancaosu-2025", """
Báo Lai Châu điện tử
Kinh tế | Xã hội | Phóng sự
15 Tháng 3, 2025 | 09:50
Người Mảng bên những đồi cao su Nậm Hàng
Chị Lò Thị Dí cạo mủ trên đồi cao su đội 3, Nông trường Nậm Hàng.
Mười năm trước, người Mảng ở bản Nậm Pì, xã Nậm Hàng quen với nương rẫy, đói giáp hạt là chuyện thường. Từ khi cây cao su về bản, nhiều gia đình đã có người vào làm công nhân, có thu nhập ổn định hằng tháng.
Chị Lò Thị Dí, 32 tuổi, là một trong 17 công nhân người Mảng đầu tiên được Công ty cổ phần Cao su Lai Châu tuyển dụng. "Ngày đầu đi cạo, em cạo đứt cả vỏ cây, phải học lại cả tháng. Giờ mỗi ngày em cạo hơn 500 cây, tháng nào mủ tốt thì được gần 6 triệu đồng", chị kể.
Theo ông Pờ Văn Thắng, Phó Giám đốc Công ty cổ phần Cao su Lai Châu, hiện công ty có 1.860 ha cao su tại huyện Nậm Nhùn, Phong Thổ, Sìn Hồ, Tam Đường với khoảng 1.050 công nhân, trong đó hơn 60% là người Thái, Mảng, Hà Nhì, Dao. Riêng Nông trường Nậm Hàng đã đưa vào khai thác 420 ha, sản lượng năm 2024 đạt gần 480 tấn mủ quy khô.
Để có được kết quả ấy, cán bộ dân vận xã và công ty đã phải "đi từng ngõ, gõ từng nhà". Ông Chang A Phù, Chủ tịch UBND xã Nậm Hàng, nhớ lại: Hồi đầu, bà con sợ mất đất, sợ người ngoài vào lấy rẫy, cả bản chỉ có 9 hộ đồng ý góp đất. Xã phải mời cán bộ nông trường về sinh hoạt cùng chi bộ, đưa người có uy tín đi tham quan vườn cao su ở Điện Biên.
Ông Lò Văn Sung, người có uy tín bản Nậm Pì, là người góp đất đầu tiên. "Tôi nói với bà con: cao su không lấy đất của mình, cao su giữ đất cho con cháu mình", ông nói. Nay cả bản đã có 64 hộ góp đất với công ty, mỗi năm được chia khoảng 8 - 10 triệu đồng/hộ tiền cổ tức bên cạnh tiền lương của con em làm công nhân.
Bà Tao Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy Nậm Nhùn, cho biết huyện đang thực hiện Kế hoạch số 95-KH/HU về phát huy vai trò người có uy tín trong vận động đồng bào, kết hợp với chính sách theo Quyết định 1719/QĐ-TTg để hỗ trợ nhà ở, nước sinh hoạt cho 86 hộ công nhân người Mảng.
Tuy vậy, đời sống công nhân nơi đây vẫn còn nhiều khó khăn: đường từ bản vào lô cao su xa, mùa mưa trơn trượt; nhà trẻ cho con công nhân chưa có; giá mủ lên xuống thất thường. Chị Dí mong công ty có thêm xe đưa đón công nhân và sớm xây điểm trông trẻ ở đội.
Chiều muộn, khi những thùng mủ cuối cùng được chở về trạm thu gom, tiếng nói cười của các chị em người Mảng lại vang lên trên con dốc. Với họ, đồi cao su không chỉ là nơi làm việc mà đã trở thành một phần của bản làng, nơi con cháu sẽ tiếp tục gắn bó lâu dài.
Bài, ảnh: Đức Thọ
Lượt đọc: 1.356
Tin liên quan
- Nậm Nhùn: Đồng bào Mảng thoát nghèo nhờ cây quế (05/03/2025)
- Phong Thổ trồng mới 100 ha cao su (27/02/2025)
- Sìn Hồ: công nhân cao su đón Tết ấm áp (20/01/2025)
""", "2025-03-15", "Người Mảng bên những đồi cao su Nậm Hàng",
E("khac", None, None),
[P("Lò Thị Dí", "công nhân"),
 P("Pờ Văn Thắng", "Phó Giám đốc Công ty cổ phần Cao su Lai Châu"),
 P("Chang A Phù", "Chủ tịch UBND xã Nậm Hàng"),
 P("Lò Văn Sung", "người có uy tín bản Nậm Pì"),
 P("Tao Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy Nậm Nhùn")],
[Q("17 công nhân người Mảng", 17, "công nhân người Mảng"), Q("hơn 500 cây", 500, "cây", "over"),
 Q("gần 6 triệu đồng", 6000000, "đồng", "approx"), Q("1.860 ha", 1860, "ha"),
 Q("khoảng 1.050 công nhân", 1050, "công nhân", "approx"), Q("hơn 60%", 60, "%", "over"), Q("420 ha", 420, "ha"),
 Q("gần 480 tấn", 480, "tấn", "approx"), Q("9 hộ", 9, "hộ"), Q("64 hộ", 64, "hộ"),
 Q("khoảng 8 - 10 triệu đồng", 8000000, "đồng", "approx"), Q("10 triệu đồng", 10000000, "đồng", "approx"),
 Q("86 hộ công nhân người Mảng", 86, "hộ công nhân người Mảng")],
[D("Kế hoạch", "95", "KH/HU", None, None, "Kế hoạch số 95-KH/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Lai Châu"), com("Nậm Hàng")],
["Báo Lai Châu điện tử", "Kinh tế | Xã hội | Phóng sự", "Chị Lò Thị Dí cạo mủ trên đồi cao su đội 3, Nông trường Nậm Hàng.",
 "đi từng ngõ, gõ từng nhà", "Nông trường Nậm Hàng", "Lượt đọc: 1.356"],
["15 Tháng 3, 2025 | 09:50", "Mười năm trước", "32 tuổi", "cả tháng", "năm 2024", "đội 3", "Lượt đọc: 1.356"]))

PAGES.append(page("b6530-tphcm-xaminhthanh-trungthu-caosu-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH THẠNH - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể
Thứ Sáu, 03/10/2025 - 19:40
Ảnh: Các đại biểu trao quà Trung thu cho thiếu nhi là con công nhân cao su.
Xã Minh Thạnh: Trung thu ấm áp cho con em công nhân cao su
Tối 2/10, Ủy ban MTTQ Việt Nam xã Minh Thạnh phối hợp với Công đoàn Công ty TNHH MTV Cao su Dầu Tiếng tổ chức chương trình "Trung thu cho em" năm 2025 tại khu dân cư tập trung của công nhân nông trường Minh Thạnh, trao 420 phần quà Trung thu cho thiếu nhi là con em công nhân, người lao động.
Đây là năm đầu tiên chương trình được tổ chức sau khi xã Minh Thạnh mới được thành lập trên cơ sở sắp xếp các xã Minh Thạnh, Minh Tân, Minh Hòa cũ theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh.
Dự chương trình có đồng chí Nguyễn Thị Kim Liên, Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch HĐND xã; đồng chí Trần Văn Đức, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Lê Minh Tâm, Phó Chủ tịch Công đoàn Công ty TNHH MTV Cao su Dầu Tiếng.
Mỗi phần quà gồm bánh trung thu, lồng đèn, sữa và sách vở, trị giá 250.000 đồng; tổng kinh phí hơn 105 triệu đồng do công ty, các mạnh thường quân và Hội Doanh nhân trẻ xã đóng góp. Ngoài ra, chương trình còn trao 25 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh vượt khó học giỏi; tặng 10 xe đạp cho các em ở xa trường.
Phát biểu tại chương trình, đồng chí Nguyễn Thị Kim Liên cho biết, xã hiện có khoảng 3.200 hộ gia đình công nhân cao su, chiếm gần 40% số hộ toàn xã. Thực hiện Kế hoạch số 18-KH/ĐU ngày 25/8/2025 của Đảng ủy xã về công tác dân vận trong giai đoạn mới, xã sẽ quan tâm đầu tư điểm sinh hoạt cộng đồng, nhà trẻ cho con em công nhân.
Em Nguyễn Ngọc Bảo Trân, học sinh lớp 5 Trường Tiểu học Minh Thạnh, có bố mẹ đều là công nhân cạo mủ, chia sẻ: "Bố mẹ con đi cạo mủ từ 2 giờ sáng, tối mới về. Năm nay con được nhận học bổng và lồng đèn, con vui lắm".
Ông Lê Minh Tâm cho biết, năm 2025 công ty dành trên 1,2 tỷ đồng chăm lo cho con em công nhân, trong đó có 600 suất học bổng; đồng thời phối hợp với xã Dầu Tiếng, xã Long Hòa tổ chức các chương trình tương tự cho thiếu nhi vùng cao su.
Chương trình khép lại với đêm văn nghệ, rước đèn và phá cỗ của hàng trăm em thiếu nhi cùng gia đình.
Ban Biên tập
Lượt truy cập: 12.904
Tin khác
- Minh Thạnh ra mắt Ban Xây dựng Đảng Đảng ủy xã (15/07/2025)
- Đại hội Đảng bộ xã Minh Thạnh lần thứ I, nhiệm kỳ 2025 - 2030 (22/08/2025)
- Hội Nông dân xã tập huấn kỹ thuật chăm sóc cao su (12/09/2025)
""", "2025-10-03", "Xã Minh Thạnh: Trung thu ấm áp cho con em công nhân cao su",
E("trao_qua", None, "2025-10-02"),
[P("Nguyễn Thị Kim Liên", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch HĐND xã"),
 P("Trần Văn Đức", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Minh Tâm", "Phó Chủ tịch Công đoàn Công ty TNHH MTV Cao su Dầu Tiếng"),
 P("Nguyễn Ngọc Bảo Trân", "học sinh lớp 5 Trường Tiểu học Minh Thạnh")],
[Q("420 phần quà", 420, "phần quà"), Q("250.000 đồng", 250000, "đồng"), Q("hơn 105 triệu đồng", 105000000, "đồng", "over"),
 Q("25 suất học bổng", 25, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("10 xe đạp", 10, "xe đạp"),
 Q("khoảng 3.200 hộ gia đình công nhân cao su", 3200, "hộ gia đình công nhân cao su", "approx"),
 Q("gần 40%", 40, "%", "approx"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("600 suất học bổng", 600, "suất học bổng")],
[D("Nghị quyết", "1685", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Kế hoạch", "18", "KH/ĐU", "2025-08-25", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 25/8/2025")],
[prov("Thành phố Hồ Chí Minh"), com("Minh Thạnh"), com("Minh Tân"), com("Minh Hòa"), com("Dầu Tiếng"), com("Long Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH THẠNH - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể",
 "Ảnh: Các đại biểu trao quà Trung thu cho thiếu nhi là con công nhân cao su.", "Trung thu cho em", "Lượt truy cập: 12.904"],
["Thứ Sáu, 03/10/2025 - 19:40", "năm 2025", "năm đầu tiên", "lớp 5", "2 giờ sáng", "Năm nay", "hàng trăm em", "Lượt truy cập: 12.904"]))

PAGES.append(page("b6531-danang-xahiepduc-tongket-2025", """
ĐẢNG BỘ XÃ HIỆP ĐỨC - THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Hoạt động của Đảng ủy / Công tác dân vận
Ngày đăng: 09/01/2026
Xã Hiệp Đức triển khai nhiệm vụ công tác dân vận năm 2026
Sáng 8/1/2026, Đảng ủy xã Hiệp Đức tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Văn Hùng, Thành ủy viên, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Phan Thị Thu Sương, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng.
Quang cảnh hội nghị tổng kết công tác dân vận năm 2025.
Năm 2025 là năm đặc biệt khi xã Hiệp Đức mới được thành lập từ ngày 1/7/2025 trên cơ sở nhập thị trấn Tân Bình và các xã Quế Tân, Quế Lưu cũ, trực thuộc thành phố Đà Nẵng sau khi hợp nhất với tỉnh Quảng Nam. Toàn xã có 4.860 hộ với hơn 17.000 nhân khẩu, trong đó khoảng 1.150 hộ sống chủ yếu bằng nghề cạo mủ cao su cho Công ty TNHH MTV Cao su Quảng Nam và trồng cao su tiểu điền.
Báo cáo do đồng chí Lê Thị Hoài, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy xã trình bày cho biết, thực hiện Chỉ thị 01, 02-CT/ĐU của Ban Thường vụ Đảng ủy xã về công tác dân vận sau sắp xếp đơn vị hành chính và về vận động nhân dân giữ gìn vườn cây cao su, khối dân vận đã tổ chức 8 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 46 ý kiến, kiến nghị, đã giải quyết 41 ý kiến, đạt 89,1%.
Phong trào "Dân vận khéo" có 14 mô hình được công nhận, trong đó mô hình "Tổ tự quản bảo vệ vườn cây cao su" ở thôn Trung Phước đã giúp giảm 70% số vụ trộm cắp mủ. Nhân dân đã đóng góp hơn 2,3 tỷ đồng và hiến 5.400 m2 đất làm đường, xây dựng nông thôn mới; xóa 23 nhà tạm, nhà dột nát theo chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tại hội nghị, ông Huỳnh Tấn Lực, Giám đốc Nông trường cao su Hiệp Đức, đề nghị xã tiếp tục phối hợp giải quyết 3 vụ tranh chấp đất giữa nông trường với các hộ dân. Bà Đinh Thị Mai, người có uy tín thôn Trà Va, đề nghị có chính sách hỗ trợ con em đồng bào Ca Dong học nghề cạo mủ.
Phát biểu kết luận, đồng chí Nguyễn Văn Hùng yêu cầu năm 2026 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ thành phố lần thứ I và Nghị quyết Đại hội Đảng bộ xã; thực hiện tốt Quy định số 01-QĐ/ĐU ngày 20/8/2025 của Đảng ủy xã về chức năng, nhiệm vụ của khối dân vận xã; chuẩn bị tốt công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Đảng ủy xã tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo" năm 2025.
Thu Thảo - Văn phòng Đảng ủy xã
Lượt xem: 641
Bài viết liên quan
- Hiệp Đức: Ra mắt tổ tự quản bảo vệ vườn cây cao su (18/12/2025)
- Đối thoại giữa Bí thư Đảng ủy xã với nhân dân (05/12/2025)
- Trao 30 suất quà cho công nhân cao su khó khăn (21/11/2025)
""", "2026-01-09", "Xã Hiệp Đức triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Văn Hùng", "Thành ủy viên", "Bí thư Đảng ủy xã"),
 P("Phan Thị Thu Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng"),
 P("Lê Thị Hoài", "ĐUV", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Huỳnh Tấn Lực", "Giám đốc Nông trường cao su Hiệp Đức"),
 P("Đinh Thị Mai", "người có uy tín thôn Trà Va")],
[Q("4.860 hộ", 4860, "hộ"), Q("hơn 17.000 nhân khẩu", 17000, "nhân khẩu", "over"), Q("khoảng 1.150 hộ", 1150, "hộ", "approx"),
 Q("8 cuộc đối thoại", 8, "cuộc đối thoại"), Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("41 ý kiến", 41, "ý kiến"),
 Q("89,1%", 89.1, "%"), Q("14 mô hình", 14, "mô hình"), Q("70%", 70, "%"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("5.400 m2", 5400, "m2"), Q("23 nhà tạm, nhà dột nát", 23, "nhà tạm, nhà dột nát"), Q("3 vụ tranh chấp đất", 3, "vụ tranh chấp đất"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "01", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 01, 02-CT/ĐU"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 01, 02-CT/ĐU"),
 D("Quy định", "01", "QĐ/ĐU", "2025-08-20", "Đảng ủy xã", "Quy định số 01-QĐ/ĐU ngày 20/8/2025")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Hiệp Đức"), com("Tân Bình"), com("Quế Tân"), com("Quế Lưu")],
["ĐẢNG BỘ XÃ HIỆP ĐỨC - THÀNH PHỐ ĐÀ NẴNG", "Trang chủ / Hoạt động của Đảng ủy / Công tác dân vận",
 "Quang cảnh hội nghị tổng kết công tác dân vận năm 2025.", "Dân vận khéo", "Tổ tự quản bảo vệ vườn cây cao su",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 641"],
["Ngày đăng: 09/01/2026", "năm 2025", "năm 2026", "Đại hội XIV", "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 641"]))

PAGES.append(page("b6532-thanhhoa-btgdv-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA
Thời sự » Chính trị
10:15 - 08/04/2026
Đồng chí Cầm Bá Xuân phát biểu kết luận buổi giao ban.
Giao ban công tác dân vận cụm xã vùng cao su, mía miền núi quý I
Ngày 7/4, tại xã Thạch Quảng, Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban công tác dân vận quý I năm 2026 với cụm 9 xã miền núi phía Tây có diện tích cao su, mía lớn và đảng ủy các doanh nghiệp nông nghiệp trên địa bàn.
Đồng chí Cầm Bá Xuân, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng ban: Lê Thị Tươi, Hà Văn Ngọc và đồng chí Trịnh Văn Phong, Tổng Giám đốc Công ty TNHH MTV Cao su Thanh Hóa.
Báo cáo tại buổi giao ban cho thấy, quý I, tình hình nhân dân các xã cơ bản ổn định; giá mủ cao su giữ ở mức khá nên thu nhập của khoảng 2.400 hộ trồng cao su và hơn 1.300 công nhân trên địa bàn được bảo đảm. Các xã đã tổ chức 15 hội nghị đối thoại, tiếp xúc với nhân dân; tiếp nhận 38 kiến nghị, trong đó 31 kiến nghị đã được giải quyết.
Sau sắp xếp đơn vị hành chính, một số thôn ở xã Thạch Quảng, xã Thành Vinh còn khó khăn về đường giao thông vào vùng nguyên liệu; 5 vụ việc tranh chấp đất giữa hộ dân với công ty có từ trước vẫn chưa được xử lý dứt điểm. Công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp được triển khai sâu rộng, tỷ lệ cử tri đi bầu ở cụm xã đạt 99,6%.
Tham luận tại buổi giao ban, bà Lò Thị Thanh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Thạch Quảng, cho biết xã đã vận động 62 hộ người Mường chuyển 48 ha mía kém hiệu quả sang trồng cao su theo liên kết với công ty. Ông Trương Đình Khải, Bí thư Đảng ủy xã Thành Vinh, đề nghị công ty cao su ưu tiên tuyển dụng lao động địa phương vào làm công nhân, nhất là thanh niên người dân tộc thiểu số.
Đồng chí Trịnh Văn Phong cho biết năm 2026 công ty dự kiến tuyển mới 120 lao động, dành 1,6 tỷ đồng hỗ trợ làm đường lô và xây nhà văn hóa cho các thôn có công nhân.
Kết luận giao ban, đồng chí Cầm Bá Xuân đề nghị các xã tiếp tục quán triệt Quy định số 304-QĐ/TW của Ban Chấp hành Trung ương và Hướng dẫn số 05-HD/BTGDVTU ngày 12/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về thực hiện công tác dân vận ở cấp xã sau sắp xếp; tập trung giải quyết các vụ việc tranh chấp đất trong quý II; nhân rộng mô hình "Dân vận khéo" trong phát triển vùng nguyên liệu.
Minh Hiếu
Tin cùng chuyên mục
- Như Xuân: Tổ chức đối thoại với công nhân cao su (02/04/2026)
- Tỉnh Thanh Hóa hoàn thành bầu cử Quốc hội khóa XVI (20/03/2026)
- Ngọc Lặc: nông dân chuyển đổi 200 ha mía sang cao su (10/03/2026)
""", "2026-04-08", "Giao ban công tác dân vận cụm xã vùng cao su, mía miền núi quý I",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Cầm Bá Xuân", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Tươi", "Phó Trưởng ban"), P("Hà Văn Ngọc", "Phó Trưởng ban"),
 P("Trịnh Văn Phong", "Tổng Giám đốc Công ty TNHH MTV Cao su Thanh Hóa"),
 P("Lò Thị Thanh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Thạch Quảng"),
 P("Trương Đình Khải", "Bí thư Đảng ủy xã Thành Vinh")],
[Q("9 xã miền núi", 9, "xã miền núi"), Q("khoảng 2.400 hộ trồng cao su", 2400, "hộ trồng cao su", "approx"),
 Q("hơn 1.300 công nhân", 1300, "công nhân", "over"), Q("15 hội nghị đối thoại, tiếp xúc", 15, "hội nghị đối thoại, tiếp xúc"),
 Q("38 kiến nghị", 38, "kiến nghị"), Q("31 kiến nghị", 31, "kiến nghị"),
 Q("5 vụ việc tranh chấp đất", 5, "vụ việc tranh chấp đất"), Q("99,6%", 99.6, "%"),
 Q("62 hộ người Mường", 62, "hộ người Mường"), Q("48 ha", 48, "ha"), Q("120 lao động", 120, "lao động"),
 Q("1,6 tỷ đồng", 1600000000, "đồng")],
[D("Quy định", "304", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 304-QĐ/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2026-01-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU ngày 12/1/2026")],
[prov("Thanh Hóa"), com("Thạch Quảng"), com("Thành Vinh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA", "Thời sự » Chính trị", "Đồng chí Cầm Bá Xuân phát biểu kết luận buổi giao ban.",
 "Dân vận khéo"],
["10:15 - 08/04/2026", "quý I năm 2026", "quý I", "khóa XVI", "năm 2026", "quý II"]))
