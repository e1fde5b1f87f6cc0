from lib import *
PAGES = []

PAGES.append(page("b6203-kiengiang-phuquoc-bdvhu-soket-2016h1", """
BÁO KIÊN GIANG ĐIỆN TỬ
Trang chủ | Chính trị | Dân vận
Ngày đăng 15/07/2016 | 16:20
Phú Quốc: Vận động ngư dân bám biển, giữ ngư trường
Ngày 13/7, Ban Dân vận Huyện ủy Phú Quốc tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Danh Sơn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị; dự có đồng chí Nguyễn Thị Kiều Oanh, Phó Trưởng Ban Dân vận Tỉnh ủy Kiên Giang.
Quang cảnh hội nghị sơ kết. Ảnh: Hữu Hòa
Theo báo cáo, 6 tháng đầu năm 2016, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 45, 46-KH/HU về công tác dân vận trong các dự án du lịch ven biển và về vận động ngư dân không vi phạm vùng biển nước ngoài. Các cơ quan dân vận đã phối hợp tuyên truyền 138 cuộc với hơn 6.400 lượt người dự; vận động 217 hộ dân bàn giao mặt bằng cho các dự án tại thị trấn An Thới và xã Hàm Ninh.
Ủy ban MTTQ và các đoàn thể huyện vận động Quỹ "Vì người nghèo" được 1,25 tỷ đồng, xây dựng 19 căn nhà Đại đoàn kết cho hộ ngư dân nghèo, trong đó 7 căn cho đồng bào Khmer ở xã Gành Dầu. Hội Nông dân huyện giải ngân 3,6 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 82 hộ làm nghề nuôi cá lồng bè. Trong 6 tháng, 43 tàu cá của huyện đã lắp thiết bị giám sát hành trình; không có tàu nào vi phạm vùng biển nước ngoài bị bắt giữ.
Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2010 của Bộ Chính trị về quy chế công tác dân vận của hệ thống chính trị, huyện đã kiểm tra 12 cơ quan, đơn vị. Tuy vậy, hội nghị cũng chỉ ra còn 27 đơn thư khiếu nại về đất đai chưa giải quyết dứt điểm, một số hộ dân tụ tập đông người tại trụ sở UBND thị trấn Dương Đông.
Tại hội nghị, bà Thị Sa Ly, Chủ tịch Hội Liên hiệp Phụ nữ xã Gành Dầu, chia sẻ cách vận động chị em người Khmer tham gia tổ hợp tác chế biến nước mắm. Ông Lâm Văn Bảy, Bí thư Đảng ủy xã Bãi Thơm, đề nghị quan tâm hỗ trợ ngư dân đóng tàu theo Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kiều Oanh đề nghị 6 tháng cuối năm huyện tiếp tục thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về tăng cường công tác dân vận, chú trọng đối thoại với người dân bị ảnh hưởng bởi các dự án và xây dựng ít nhất 10 mô hình "Dân vận khéo" gắn với phát triển du lịch cộng đồng.
Dịp này, Ban Thường vụ Huyện ủy khen thưởng 6 tập thể, 11 cá nhân có thành tích trong công tác vận động nhân dân giải phóng mặt bằng.
Hữu Hòa
Lượt xem: 2.018
Tin liên quan
- Kiên Hải: ngư dân góp sức xây dựng đảo Hòn Sơn (08/07/2016)
- Ban Dân vận Tỉnh ủy giao ban quý II (01/07/2016)
- Phú Quốc: đối thoại về bồi thường dự án cảng du lịch (24/06/2016)
""", "2016-07-15", "Phú Quốc: Vận động ngư dân bám biển, giữ ngư trường",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Danh Sơn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Kiều Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy Kiên Giang"),
 P("Thị Sa Ly", "Chủ tịch Hội Liên hiệp Phụ nữ xã Gành Dầu"),
 P("Lâm Văn Bảy", "Bí thư Đảng ủy xã Bãi Thơm")],
[Q("138 cuộc", 138, "cuộc"), Q("hơn 6.400 lượt người", 6400, "lượt người", "over"), Q("217 hộ dân", 217, "hộ dân"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("19 căn nhà Đại đoàn kết", 19, "căn nhà Đại đoàn kết"), Q("7 căn", 7, "căn"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("82 hộ", 82, "hộ"), Q("43 tàu cá", 43, "tàu cá"),
 Q("12 cơ quan, đơn vị", 12, "cơ quan, đơn vị"), Q("27 đơn thư khiếu nại", 27, "đơn thư khiếu nại"),
 Q("ít nhất 10 mô hình", 10, "mô hình", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "45", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 45, 46-KH/HU"),
 D("Kế hoạch", "46", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 45, 46-KH/HU"),
 D("Quyết định", "23", "QĐ/TW", "2010-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2010"),
 D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW")],
[prov("Kiên Giang"), com("An Thới"), com("Hàm Ninh"), com("Gành Dầu"), com("Dương Đông"), com("Bãi Thơm")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Trang chủ | Chính trị | Dân vận", "Quang cảnh hội nghị sơ kết. Ảnh: Hữu Hòa", "Vì người nghèo",
 "Dân vận khéo", "Lượt xem: 2.018"],
["Ngày đăng 15/07/2016 | 16:20", "6 tháng đầu năm", "6 tháng cuối năm 2016", "6 tháng đầu năm 2016", "Trong 6 tháng",
 "6 tháng cuối năm", "Lượt xem: 2.018"]))

PAGES.append(page("b6204-quangtri-cuaviet-mttq-giamsat-2017", """
BÁO QUẢNG TRỊ ONLINE
Chính trị - Xã hội » Mặt trận - Đoàn thể
21.09.2017 | 16:05
Ảnh: Đoàn giám sát làm việc tại thị trấn Cửa Việt.
Giám sát việc chi trả bồi thường cho ngư dân vùng biển Gio Linh
(QT) - Từ ngày 18 đến 20/9, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Hồ Sỹ Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc chi trả tiền bồi thường thiệt hại do sự cố môi trường biển tại thị trấn Cửa Việt, xã Gio Hải và xã Trung Giang, huyện Gio Linh. Đây là một trong 6 cuộc giám sát chuyên đề thuộc chương trình giám sát năm 2017 của Ủy ban MTTQ Việt Nam tỉnh Quảng Trị.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 1880/QĐ-TTg ngày 29/9/2016 của Thủ tướng Chính phủ về việc xác định thiệt hại, thực hiện bồi thường, hỗ trợ, đến nay huyện Gio Linh đã chi trả cho 4.516 đối tượng với tổng số tiền hơn 318 tỷ đồng, đạt 97,3% kinh phí được phân bổ. Riêng thị trấn Cửa Việt có 1.248 lao động nghề cá và 311 tàu thuyền được bồi thường.
Qua giám sát, đoàn ghi nhận việc kê khai, niêm yết công khai được thực hiện đúng quy trình, có sự tham gia của Ban Thanh tra nhân dân và Ban công tác Mặt trận ở 19 thôn, khu phố. Tuy nhiên, vẫn còn 74 trường hợp khiếu nại về mức bồi thường, 9 trường hợp kê khai chưa đúng đối tượng đã bị thu hồi khoảng 420 triệu đồng.
Tại buổi làm việc, ông Trần Văn Dũng, Chủ tịch UBND thị trấn Cửa Việt, cho biết nhiều ngư dân đã dùng tiền bồi thường đóng mới 16 tàu công suất từ 400 CV trở lên để vươn khơi. Bà Lê Thị Thanh, Trưởng ban công tác Mặt trận khu phố 3, kiến nghị hỗ trợ học nghề cho phụ nữ làm nghề buôn bán cá.
Cùng tham gia đoàn giám sát có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Lan Hương, Hồ Văn Tấn; đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh và Sở Nông nghiệp và PTNT.
Kết luận buổi giám sát, đồng chí Hồ Sỹ Tùng đề nghị huyện khẩn trương giải quyết dứt điểm các khiếu nại trước ngày 30/10/2017, công khai danh sách thu hồi, đồng thời phối hợp Mặt trận thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội; kết quả giám sát sẽ được tổng hợp gửi Ban Thường vụ Tỉnh ủy theo Kế hoạch số 15/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Ông Nguyễn Văn Đường ở thôn Hà Lợi Trung, xã Trung Giang, cho biết gia đình đã nhận đủ 126 triệu đồng tiền bồi thường và đang sửa lại tàu để đi biển.
Thanh Trúc
Tin liên quan
- Vĩnh Linh: ngư dân trở lại biển sau sự cố môi trường (15/09/2017)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (06/09/2017)
- Hải Lăng tổ chức đối thoại với ngư dân (28/08/2017)
""", "2017-09-21", "Giám sát việc chi trả bồi thường cho ngư dân vùng biển Gio Linh",
E("giam_sat", "2017", "2017-09-18"),
[P("Hồ Sỹ Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Dũng", "Chủ tịch UBND thị trấn Cửa Việt"),
 P("Lê Thị Thanh", "Trưởng ban công tác Mặt trận khu phố 3"),
 P("Nguyễn Thị Lan Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Tấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đường")],
[Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("4.516 đối tượng", 4516, "đối tượng"),
 Q("hơn 318 tỷ đồng", 318000000000, "đồng", "over"), Q("97,3%", 97.3, "%"), Q("1.248 lao động nghề cá", 1248, "lao động nghề cá"),
 Q("311 tàu thuyền", 311, "tàu thuyền"), Q("19 thôn, khu phố", 19, "thôn, khu phố"), Q("74 trường hợp", 74, "trường hợp"),
 Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("16 tàu", 16, "tàu"),
 Q("từ 400 CV trở lên", 400, "CV", "over"), Q("126 triệu đồng", 126000000, "đồng")],
[D("Quyết định", "1880", "QĐ-TTg", "2016-09-29", "Thủ tướng Chính phủ", "Quyết định số 1880/QĐ-TTg ngày 29/9/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT")],
[prov("Quảng Trị"), com("Cửa Việt"), com("Gio Hải"), com("Trung Giang")],
["BÁO QUẢNG TRỊ ONLINE", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại thị trấn Cửa Việt.", "(QT)"],
["21.09.2017 | 16:05", "năm 2017", "ngày 30/10/2017", "khu phố 3"]))

PAGES.append(page("b6205-gialai-bdvtu-traoqua-lyson-2018", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ >> Xã hội >> Nhân ái
12-01-2018 09:40
Gia Lai trao 500 phần quà cho ngư dân huyện đảo Lý Sơn
(GLO) - Ngày 10/1, đoàn công tác của tỉnh Gia Lai do đồng chí Ksor Phước Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao 500 phần quà cho ngư dân có hoàn cảnh khó khăn ở huyện đảo Lý Sơn, tỉnh Quảng Ngãi.
Đồng chí Ksor Phước Hà trao quà cho ngư dân xã An Vĩnh.
Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm, tổng trị giá 300 triệu đồng, do Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh vận động từ cán bộ, công chức và doanh nghiệp trong tỉnh. Đoàn cũng trao 15 suất hỗ trợ, mỗi suất 5 triệu đồng, cho gia đình ngư dân có người bị nạn trên biển và tặng 200 lá cờ Tổ quốc cho các tàu cá đánh bắt ở vùng biển Hoàng Sa.
Cùng đi với đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Gia Lai: Rơ Châm H'Yuih, Nguyễn Văn Thạnh; bà Siu H'Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Rah Lan Blối, Già làng làng Plei Ơp, phường Tây Sơn, thành phố Pleiku.
Tiếp đoàn, đồng chí Võ Thị Kim Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Lý Sơn, cho biết năm 2017 huyện có 392 tàu cá với 3.600 lao động; 7 ngư dân bị thương, 2 ngư dân mất tích khi đánh bắt trên biển. Thực hiện Chỉ thị số 45-CT/TW ngày 22/9/2015 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Nghị quyết số 09-NQ/TW về Chiến lược biển Việt Nam, các đoàn thể huyện đã thành lập thêm 6 tổ đoàn kết trên biển, nâng tổng số lên 58 tổ với 410 tàu tham gia.
Phát biểu tại buổi trao quà, đồng chí Ksor Phước Hà cho biết, đây là năm thứ 3 liên tiếp Gia Lai tổ chức thăm, tặng quà ngư dân Lý Sơn theo Chương trình phối hợp số 02-CTr/BDVTU giữa Ban Dân vận Tỉnh ủy hai tỉnh; mong bà con vượt khó, vững tâm bám biển. Đồng chí Phạm Thị Nga, Bí thư Đảng ủy xã An Vĩnh, thay mặt ngư dân cảm ơn tình cảm của đồng bào các dân tộc Tây Nguyên.
Trong chuyến đi, đoàn đã đến dâng hương tại Âm linh tự - nơi thờ các chiến sĩ Hải đội Hoàng Sa kiêm quản Bắc Hải, và thăm Đồn Biên phòng Lý Sơn.
Nhân dịp này, Hội Liên hiệp Phụ nữ tỉnh Gia Lai trao 2 căn nhà "Mái ấm tình thương" trị giá 80 triệu đồng cho hai hộ ngư dân nghèo ở xã An Hải.
Minh Nguyễn
Các tin đã đưa
- Ban Dân vận Tỉnh ủy Gia Lai thăm, chúc Tết đồng bào Ia Grai (08/01/2018)
- Gia Lai: 1.200 phần quà Tết cho hộ nghèo vùng biên giới (05/01/2018)
- Hội nghị tổng kết công tác dân vận năm 2017 (28/12/2017)
- Chư Sê: vận động đồng bào Jrai hiến đất làm đường (22/12/2017)
- Tặng 30 suất học bổng cho học sinh nghèo Krông Pa (18/12/2017)
""", "2018-01-12", "Gia Lai trao 500 phần quà cho ngư dân huyện đảo Lý Sơn",
E("trao_qua", None, "2018-01-10"),
[P("Ksor Phước Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Yuih", "Phó Trưởng Ban Dân vận Tỉnh ủy Gia Lai"),
 P("Nguyễn Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy Gia Lai"),
 P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rah Lan Blối", "Già làng làng Plei Ơp"),
 P("Võ Thị Kim Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Lý Sơn"),
 P("Phạm Thị Nga", "Bí thư Đảng ủy xã An Vĩnh")],
[Q("500 phần quà", 500, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("15 suất hỗ trợ", 15, "suất hỗ trợ"), Q("5 triệu đồng", 5000000, "đồng"), Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc"),
 Q("392 tàu cá", 392, "tàu cá"), Q("3.600 lao động", 3600, "lao động"), Q("7 ngư dân", 7, "ngư dân"), Q("2 ngư dân", 2, "ngư dân"),
 Q("6 tổ đoàn kết trên biển", 6, "tổ đoàn kết trên biển"), Q("58 tổ", 58, "tổ"), Q("410 tàu", 410, "tàu"),
 Q("2 căn nhà", 2, "căn nhà"), Q("80 triệu đồng", 80000000, "đồng")],
[D("Chỉ thị", "45", "CT/TW", "2015-09-22", "Ban Bí thư", "Chỉ thị số 45-CT/TW ngày 22/9/2015"),
 D("Nghị quyết", "09", "NQ/TW", None, None, "Nghị quyết số 09-NQ/TW"),
 D("Chương trình phối hợp", "02", "CTr/BDVTU", None, None, "Chương trình phối hợp số 02-CTr/BDVTU")],
[prov("Gia Lai"), prov("Quảng Ngãi"), com("An Vĩnh"), com("Tây Sơn"), com("An Hải")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ >> Xã hội >> Nhân ái", "(GLO)", "Đồng chí Ksor Phước Hà trao quà cho ngư dân xã An Vĩnh.",
 "Mái ấm tình thương", "Âm linh tự", "Hải đội Hoàng Sa kiêm quản Bắc Hải", "Chiến lược biển Việt Nam"],
["12-01-2018 09:40", "năm 2017", "năm thứ 3", "hai tỉnh", "hai hộ"]))

PAGES.append(page("b6206-binhdinh-tamquanbac-dup-baocao-2019", """
Hôm nay: Thứ Hai, 23/12/2019
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG TAM QUAN BẮC - THỊ XÃ HOÀI NHƠN
Trang chủ / Tin tức / Hoạt động Đảng ủy
2019-12-20 16:40
Kết quả công tác dân vận năm 2019 của Đảng ủy phường Tam Quan Bắc
Theo báo cáo số 86-BC/ĐU ngày 18/12/2019 của Đảng ủy phường về kết quả công tác dân vận năm 2019, công tác vận động nhân dân ở địa phương có nhiều chuyển biến. Phường Tam Quan Bắc hiện có 2.946 hộ với 11.830 nhân khẩu, trong đó gần 60% lao động làm nghề biển và dịch vụ hậu cần nghề cá; toàn phường có 512 tàu cá, 287 tàu công suất từ 400 CV trở lên.
Trong năm, Đảng ủy đã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU về công tác dân vận đối với ngư dân và Kế hoạch 21, 22-KH/ĐU về thực hiện Quy chế dân chủ ở cơ sở và phong trào "Dân vận khéo". Khối dân vận phường đã phối hợp tổ chức 34 buổi tuyên truyền về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) với hơn 3.000 lượt ngư dân tham gia; vận động 100% chủ tàu ký cam kết không vi phạm vùng biển nước ngoài.
Ủy ban MTTQ phường và các đoàn thể đã vận động nhân dân đóng góp 1,8 tỷ đồng nâng cấp đường ven biển khu phố Cửu Lợi Tây, xây 4 căn nhà Đại đoàn kết; Quỹ "Ngư dân bám biển" hỗ trợ 23 gia đình ngư dân gặp rủi ro, mỗi gia đình 3 triệu đồng. Hội Liên hiệp Phụ nữ phường duy trì 12 tổ phụ nữ tiết kiệm với 214 hội viên.
Các đồng chí Ủy viên Ban Thường vụ Đảng ủy phường: Nguyễn Văn Bé, Đặng Thị Mỹ Dung đã trực tiếp phụ trách 6 khu phố ven biển, đối thoại với ngư dân về quy hoạch khu neo đậu tránh trú bão. Đồng chí Trần Quốc Hưng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường, đã chủ trì hòa giải thành 9 vụ việc mâu thuẫn trong nhân dân.
Báo cáo cũng nêu hạn chế: còn 5 tàu cá chưa lắp thiết bị giám sát hành trình; 2 trường hợp ngư dân bị nước ngoài bắt giữ trong năm.
Năm 2020, Đảng ủy phường đặt mục tiêu xây dựng ít nhất 3 mô hình "Dân vận khéo" trong lĩnh vực nghề cá, 95% gia đình đạt danh hiệu văn hóa; tiếp tục thực hiện Chỉ thị số 32-CT/TU ngày 5/3/2018 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới. Đồng chí Huỳnh Thị Thu, Bí thư Đảng ủy, Chủ tịch HĐND phường Tam Quan Bắc đề nghị các chi bộ khu phố rà soát lại các hộ ngư dân khó khăn để giúp đỡ trước Tết.
Phường Tam Quan Bắc là địa phương có đội tàu khai thác xa bờ lớn nhất tỉnh Bình Định. Năm 2019, 3 chi bộ khu phố và 7 đảng viên của Đảng bộ phường được Ban Thường vụ Thị ủy Hoài Nhơn khen thưởng vì có thành tích trong công tác vận động ngư dân.
Ban Biên tập
Tin khác
- Tam Quan Bắc: ra mắt tổ đoàn kết trên biển số 11 (06/12/2019)
- Hội Nông dân phường trao 10 con bò giống (28/11/2019)
- Đại hội Chi bộ khu phố Thiện Chánh 1 (20/11/2019)
""", "2019-12-20", "Kết quả công tác dân vận năm 2019 của Đảng ủy phường Tam Quan Bắc",
E("bao_cao", "2019", "2019-12-18"),
[P("Nguyễn Văn Bé", "Ủy viên Ban Thường vụ Đảng ủy phường"),
 P("Đặng Thị Mỹ Dung", "Ủy viên Ban Thường vụ Đảng ủy phường"),
 P("Trần Quốc Hưng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Huỳnh Thị Thu", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Tam Quan Bắc")],
[Q("2.946 hộ", 2946, "hộ"), Q("11.830 nhân khẩu", 11830, "nhân khẩu"), Q("gần 60%", 60, "%", "approx"),
 Q("512 tàu cá", 512, "tàu cá"), Q("287 tàu", 287, "tàu"), Q("từ 400 CV trở lên", 400, "CV", "over"),
 Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"), Q("hơn 3.000 lượt ngư dân", 3000, "lượt ngư dân", "over"),
 Q("100% chủ tàu", 100, "%"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"),
 Q("23 gia đình ngư dân", 23, "gia đình ngư dân"), Q("3 triệu đồng", 3000000, "đồng"), Q("12 tổ phụ nữ tiết kiệm", 12, "tổ phụ nữ tiết kiệm"),
 Q("214 hội viên", 214, "hội viên"), Q("6 khu phố", 6, "khu phố"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"),
 Q("5 tàu cá", 5, "tàu cá"), Q("2 trường hợp", 2, "trường hợp"), Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("95%", 95, "%"),
 Q("3 chi bộ khu phố", 3, "chi bộ khu phố"), Q("7 đảng viên", 7, "đảng viên")],
[D("Báo cáo", "86", "BC/ĐU", "2019-12-18", "Đảng ủy phường", "báo cáo số 86-BC/ĐU ngày 18/12/2019"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 08-NQ/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 21, 22-KH/ĐU"),
 D("Chỉ thị", "32", "CT/TU", "2018-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32-CT/TU ngày 5/3/2018")],
[prov("Bình Định"), com("Tam Quan Bắc")],
["Hôm nay: Thứ Hai, 23/12/2019", "TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG TAM QUAN BẮC - THỊ XÃ HOÀI NHƠN", "Trang chủ / Tin tức / Hoạt động Đảng ủy",
 "Dân vận khéo", "Ngư dân bám biển", "Ban Biên tập"],
["Hôm nay: Thứ Hai, 23/12/2019", "2019-12-20 16:40", "năm 2019", "Năm 2020"]))

PAGES.append(page("b6207-hue-thuanan-mttq-hoinghi-2020", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 27/11/2020
Toàn cảnh hội nghị tại thị trấn Thuận An.
Tôn vinh 45 ngư dân tiêu biểu vùng biển, đầm phá
(TTH) - Ngày 25/11, tại thị trấn Thuận An, Ủy ban MTTQ Việt Nam huyện Phú Vang tổ chức hội nghị biểu dương ngư dân tiêu biểu năm 2020. Dự hội nghị có đồng chí Nguyễn Thị Ái Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Quang Hiếu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Vang.
Năm 2020, dù chịu ảnh hưởng của dịch COVID-19 và liên tiếp 5 cơn bão, áp thấp nhiệt đới, ngư dân các xã, thị trấn vùng biển, đầm phá của huyện vẫn bám biển sản xuất, đạt sản lượng khoảng 9.800 tấn. Toàn huyện có 1.236 tàu thuyền, 87 tổ đoàn kết trên biển với gần 4.500 lao động. Mặt trận và các đoàn thể đã vận động 100% chủ tàu cam kết không khai thác thủy sản bằng chất nổ, xung điện và không vi phạm vùng biển nước ngoài.
Thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-BĐBP giữa Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh, năm qua Mặt trận huyện đã vận động 3.600 lượt ngư dân dự các buổi tuyên truyền về Luật Biển Việt Nam và Luật Thủy sản; hỗ trợ 2 tỷ đồng cho 134 hộ ngư dân bị thiệt hại do bão số 9.
Tại hội nghị, ông Trương Văn Mười, Tổ trưởng tổ đoàn kết trên biển thôn An Hải, thị trấn Thuận An, chia sẻ: tổ của ông có 16 tàu, năm qua đã cứu được 11 ngư dân gặp nạn trên biển. Bà Phan Thị Hường, Chi hội trưởng Chi hội Phụ nữ nghề cá xã Phú Thuận, cho biết chị em đã góp 150 triệu đồng lập quỹ xoay vòng giúp nhau mua ngư lưới cụ.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Ái Vân đề nghị Mặt trận huyện tiếp tục quán triệt Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW, gắn với Chỉ thị số 08-CT/TU ngày 12/4/2017 của Ban Thường vụ Tỉnh ủy; phát huy vai trò người có uy tín trong các làng chài.
Dịp này, Ủy ban MTTQ huyện Phú Vang tặng giấy khen cho 45 ngư dân tiêu biểu và 6 tập thể; các ngư dân tiêu biểu mỗi người nhận 1 triệu đồng tiền thưởng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Hoàng Văn Đức, Trần Thị Lệ Thủy trao khen thưởng cho các cá nhân, tập thể.
Theo Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế, toàn tỉnh hiện có hơn 300 tổ đoàn kết trên biển; năm 2020, Mặt trận các cấp đã tôn vinh trên 200 ngư dân, hộ nuôi trồng thủy sản tiêu biểu ở 4 huyện ven biển, đầm phá.
Hoài Thương
Tin liên quan
- Phú Lộc: vận động ngư dân tham gia bảo hiểm thân tàu (20/11/2020)
- Phong Điền hỗ trợ ngư dân bị thiệt hại do bão (13/11/2020)
- Ủy ban MTTQ tỉnh tiếp nhận 12 tỷ đồng ủng hộ đồng bào bị lũ lụt (05/11/2020)
""", "2020-11-27", "Tôn vinh 45 ngư dân tiêu biểu vùng biển, đầm phá",
E("hoi_nghi", "2020", "2020-11-25"),
[P("Nguyễn Thị Ái Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Hiếu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Vang"),
 P("Trương Văn Mười", "Tổ trưởng tổ đoàn kết trên biển thôn An Hải"),
 P("Phan Thị Hường", "Chi hội trưởng Chi hội Phụ nữ nghề cá xã Phú Thuận"),
 P("Hoàng Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Lệ Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("45 ngư dân tiêu biểu", 45, "ngư dân tiêu biểu"), Q("5 cơn bão, áp thấp nhiệt đới", 5, "cơn bão, áp thấp nhiệt đới"),
 Q("khoảng 9.800 tấn", 9800, "tấn", "approx"), Q("1.236 tàu thuyền", 1236, "tàu thuyền"),
 Q("87 tổ đoàn kết trên biển", 87, "tổ đoàn kết trên biển"), Q("gần 4.500 lao động", 4500, "lao động", "approx"),
 Q("100% chủ tàu", 100, "%"), Q("3.600 lượt ngư dân", 3600, "lượt ngư dân"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("134 hộ ngư dân", 134, "hộ ngư dân"), Q("16 tàu", 16, "tàu"), Q("11 ngư dân", 11, "ngư dân"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("6 tập thể", 6, "tập thể"),
 Q("hơn 300 tổ đoàn kết trên biển", 300, "tổ đoàn kết trên biển", "over"),
 Q("trên 200 ngư dân, hộ nuôi trồng thủy sản tiêu biểu", 200, "ngư dân, hộ nuôi trồng thủy sản tiêu biểu", "over"),
 Q("4 huyện ven biển, đầm phá", 4, "huyện ven biển, đầm phá"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình phối hợp", "05", "CTrPH-MTTQ-BĐBP", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-BĐBP"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "08", "CT/TU", "2017-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 12/4/2017")],
[prov("Thừa Thiên Huế"), com("Thuận An"), com("Phú Thuận")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị » Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tại thị trấn Thuận An.", "(TTH)",
 "Luật Biển Việt Nam", "Luật Thủy sản", "COVID-19"],
["Thứ Sáu, 27/11/2020", "năm 2020", "bão số 9", "COVID-19", "Năm 2020"]))

PAGES.append(page("b6208-soctrang-trande-guong-nguoi-co-uy-tin-2021", """
BÁO SÓC TRĂNG ONLINE
Xã hội › Gương sáng › Người tốt việc tốt
30 tháng 6, 2021 | 17:45
Ông Thạch Sên (bìa phải) hướng dẫn ngư dân trẻ kiểm tra ngư lưới cụ. Ảnh: Thanh Tú
Người "thuyền trưởng" của tổ đoàn kết trên biển ở Trần Đề
Gần 30 năm gắn bó với biển, ông Thạch Sên, Tổ trưởng Tổ đoàn kết trên biển số 4, thị trấn Trần Đề, huyện Trần Đề, được bà con ngư dân người Khmer và người Kinh tin yêu gọi là "thuyền trưởng của những thuyền trưởng".
Tổ của ông được thành lập năm 2014 với 9 tàu, đến nay đã có 21 tàu cá và 168 lao động, trong đó có 74 lao động là đồng bào Khmer. Mỗi chuyến biển kéo dài 15 - 20 ngày, các tàu trong tổ luôn giữ liên lạc, hỗ trợ nhau khi gặp sự cố. Chỉ trong năm 2020, tổ đã cứu hộ 3 tàu bị hỏng máy và đưa 2 ngư dân bị thương vào bờ an toàn.
Ông Thạch Sên còn là người có uy tín ấp Cảng Cá, thị trấn Trần Đề. Nhiều năm liền, ông vận động 100% tàu trong tổ lắp thiết bị giám sát hành trình, không đưa tàu sang vùng biển nước ngoài đánh bắt. Năm 2020, gia đình ông góp 20 triệu đồng cùng bà con làm 350 m đường bê tông vào bến cá và ủng hộ 5 tấn gạo cho người dân gặp khó khăn do dịch COVID-19.
Ông Lâm Văn Mẫn, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Trần Đề, nhận xét: "Ông Sên là cầu nối giữa cấp ủy, chính quyền với ngư dân. Những chủ trương như Chỉ thị số 45-CT/TW ngày 22/9/2015 của Ban Bí thư hay Chỉ thị số 32/CT-TTg ngày 10/12/2019 của Thủ tướng Chính phủ về chống khai thác hải sản bất hợp pháp, qua cách nói của ông, bà con đều hiểu và làm theo".
Theo bà Sơn Thị Sa Rây, Phó Trưởng Ban Dân vận Huyện ủy Trần Đề, toàn huyện hiện có 32 tổ đoàn kết trên biển với 412 tàu, khoảng 3.100 lao động. Thực hiện Kế hoạch số 76-KH/HU của Ban Thường vụ Huyện ủy, khối dân vận đã chọn 15 ngư dân tiêu biểu là người có uy tín làm nòng cốt vận động. Ông Thạch Sên là 1 trong 2 người của huyện được Ủy ban Dân tộc tặng bằng khen năm 2020.
Nói về dự định, ông Sên chia sẻ muốn cùng 6 hộ trong tổ góp vốn đóng thêm 1 tàu dịch vụ hậu cần để anh em đỡ phải quay vào bờ bán cá. "Còn sức thì còn đi biển, còn giữ biển cho con cháu", ông nói.
Ngư dân Kim Văn Sóc kể: năm 2018, tàu của ông gặp nạn ở vùng biển Côn Đảo, chính ông Sên đã cho tàu quay lại kéo về bờ sau gần 2 ngày đêm.
Năm 2021, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng chọn tổ đoàn kết trên biển của ông Thạch Sên làm điểm để nhân rộng mô hình "Ngư dân tự quản, giữ biển bình yên" ra các xã ven biển.
Thanh Tú
Tin liên quan
- Trần Đề: 200 ngư dân được tập huấn về chống khai thác IUU (25/06/2021)
- Vĩnh Châu: người có uy tín góp sức giữ bình yên phum sóc (18/06/2021)
- Sóc Trăng biểu dương 120 người có uy tín năm 2021 (11/06/2021)
""", "2021-06-30", 'Người "thuyền trưởng" của tổ đoàn kết trên biển ở Trần Đề',
E("khac", None, None),
[P("Thạch Sên", "Tổ trưởng Tổ đoàn kết trên biển số 4", "người có uy tín ấp Cảng Cá"),
 P("Lâm Văn Mẫn", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Trần Đề"),
 P("Sơn Thị Sa Rây", "Phó Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Văn Sóc")],
[Q("9 tàu", 9, "tàu"), Q("21 tàu cá", 21, "tàu cá"), Q("168 lao động", 168, "lao động"), Q("74 lao động", 74, "lao động"),
 Q("3 tàu", 3, "tàu"), Q("2 ngư dân", 2, "ngư dân"), Q("100% tàu", 100, "%"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("350 m", 350, "m"), Q("5 tấn", 5, "tấn"), Q("32 tổ đoàn kết trên biển", 32, "tổ đoàn kết trên biển"), Q("412 tàu", 412, "tàu"),
 Q("khoảng 3.100 lao động", 3100, "lao động", "approx"), Q("15 ngư dân tiêu biểu", 15, "ngư dân tiêu biểu"), Q("6 hộ", 6, "hộ")],
[D("Chỉ thị", "45", "CT/TW", "2015-09-22", "Ban Bí thư", "Chỉ thị số 45-CT/TW ngày 22/9/2015"),
 D("Chỉ thị", "32", "CT-TTg", "2019-12-10", "Thủ tướng Chính phủ", "Chỉ thị số 32/CT-TTg ngày 10/12/2019"),
 D("Kế hoạch", "76", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 76-KH/HU")],
[prov("Sóc Trăng"), com("Trần Đề")],
["BÁO SÓC TRĂNG ONLINE", "Xã hội › Gương sáng › Người tốt việc tốt",
 "Ông Thạch Sên (bìa phải) hướng dẫn ngư dân trẻ kiểm tra ngư lưới cụ. Ảnh: Thanh Tú", "thuyền trưởng của những thuyền trưởng",
 "Ủy ban Dân tộc", "COVID-19", "Ngư dân tự quản, giữ biển bình yên"],
["30 tháng 6, 2021 | 17:45", "Gần 30 năm", "năm 2014", "15 - 20 ngày", "năm 2020", "Năm 2020", "1 trong 2 người", "1 tàu",
 "năm 2018", "gần 2 ngày đêm", "COVID-19", "Tổ đoàn kết trên biển số 4"]))
