from lib import *
PAGES = []

PAGES.append(page("b9299-bentre-hnd-giaoban-2017", """
BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Chính trị :: Mặt trận - Đoàn thể
08:15 | 12/10/2017
Nông dân góp 3,2 tỷ đồng vào Quỹ Hỗ trợ nông dân
Sáng 11/10/2017, Hội Nông dân tỉnh Bến Tre tổ chức giao ban công tác Hội quý III năm 2017 với Thường trực Hội Nông dân các huyện, thành phố. Đồng chí Huỳnh Văn Bé, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trần Văn Tư, Võ Thị Kiều Oanh.
Theo báo cáo, trong quý, các cấp Hội vận động hội viên góp 3,2 tỷ đồng bổ sung Quỹ Hỗ trợ nông dân, nâng tổng nguồn quỹ toàn tỉnh lên 61,7 tỷ đồng; kết nạp 1.042 hội viên mới. Phối hợp ngành lao động mở 18 lớp dạy nghề cho 540 lao động nông thôn theo Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ, chủ yếu nghề trồng, chăm sóc bưởi da xanh và nuôi dê. Đến nay, Hội đã hướng dẫn thành lập 62 tổ hợp tác và 7 hợp tác xã.
Thực hiện Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và về nâng cao hiệu quả công tác dân vận vùng bị hạn, mặn, các cơ sở Hội đã hướng dẫn nông dân trữ nước ngọt, chuyển 1.450 ha đất lúa kém hiệu quả sang trồng dừa, cây ăn trái và nuôi trồng thủy sản. Các tổ hòa giải ở ấp có hội viên Hội Nông dân tham gia tiếp nhận 29 vụ việc tranh chấp đất đai, hòa giải thành 21 vụ.
Theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ, Hội Nông dân tỉnh đã phối hợp với Thanh tra tỉnh tổ chức 4 cuộc đối thoại với nông dân có khiếu nại về bồi thường, hỗ trợ khi giải phóng mặt bằng làm đường tỉnh 885.
Tại buổi giao ban, ông Lê Văn Mến, Chủ tịch Hội Nông dân huyện Giồng Trôm, đề nghị tỉnh hỗ trợ thêm nguồn vốn cho tổ hợp tác nuôi dê. Ông Nguyễn Văn Thọ, Chủ tịch Hội Nông dân xã Phú Phụng, kể chuyện vận động nông dân liên kết với doanh nghiệp tiêu thụ bưởi theo hợp đồng, giá cao hơn giá thương lái 3.000 đồng/kg.
Kết luận buổi giao ban, đồng chí Huỳnh Văn Bé yêu cầu quý IV, các cấp Hội tập trung vận động hội viên hoàn trả vốn vay đúng hạn, tổ chức bình xét hộ sản xuất, kinh doanh giỏi và chuẩn bị chu đáo cho Đại hội Hội Nông dân cơ sở nhiệm kỳ 2018 - 2023. Đồng chí lưu ý các huyện ven biển chủ động phương án phòng, chống hạn, mặn mùa khô 2017 - 2018 ngay từ tháng 11.
Trước đó, Hội Nông dân tỉnh đã tổ chức cho 45 cán bộ Hội cơ sở tham quan mô hình trồng bưởi theo hướng hữu cơ tại xã Phú Phụng và mô hình nuôi dê nhốt chuồng tại huyện Mỏ Cày Nam.
Thanh Đồng
Tin cùng chuyên mục
- Trao 100 con dê giống cho hội viên nghèo Ba Tri (05/10/2017)
- Hội Nông dân Châu Thành hội thảo trồng bưởi da xanh (28/09/2017)
- Ra mắt tổ hợp tác nuôi tôm càng xanh xã Hưng Phong (20/09/2017)
""", "2017-10-12", "Nông dân góp 3,2 tỷ đồng vào Quỹ Hỗ trợ nông dân",
E("giao_ban", "2017-Q3", "2017-10-11"),
[P("Huỳnh Văn Bé", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Tư", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Võ Thị Kiều Oanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Mến", "Chủ tịch Hội Nông dân huyện Giồng Trôm"),
 P("Nguyễn Văn Thọ", "Chủ tịch Hội Nông dân xã Phú Phụng")],
[Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("61,7 tỷ đồng", 61700000000, "đồng"), Q("1.042 hội viên mới", 1042, "hội viên mới"),
 Q("18 lớp dạy nghề", 18, "lớp dạy nghề"), Q("540 lao động nông thôn", 540, "lao động nông thôn"), Q("62 tổ hợp tác", 62, "tổ hợp tác"),
 Q("7 hợp tác xã", 7, "hợp tác xã"), Q("1.450 ha", 1450, "ha"), Q("29 vụ việc tranh chấp đất đai", 29, "vụ việc tranh chấp đất đai"),
 Q("21 vụ", 21, "vụ"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("3.000 đồng", 3000, "đồng"), Q("45 cán bộ Hội cơ sở", 45, "cán bộ Hội cơ sở")],
[D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014")],
[prov("Bến Tre"), com("Phú Phụng")],
["BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Chính trị :: Mặt trận - Đoàn thể",
 "Quỹ Hỗ trợ nông dân", "Thanh tra tỉnh"],
["08:15 | 12/10/2017", "quý III năm 2017", "quý IV", "nhiệm kỳ 2018 - 2023", "mùa khô 2017 - 2018", "đường tỉnh 885", "tháng 11"]))

PAGES.append(page("b9300-laocai-lhpn-doithoai-2018", """
Báo Lào Cai điện tử
Trang chủ | Xã hội | Dân tộc - Miền núi
Thứ Sáu, 25/05/2018, 15:00
Đối thoại với phụ nữ dân tộc thiểu số về phòng, chống tảo hôn tại Bát Xát
LCĐT - Ngày 23/5/2018, Hội LHPN tỉnh Lào Cai phối hợp với UBND huyện Bát Xát tổ chức đối thoại năm 2018 với hội viên phụ nữ các xã Y Tý, A Lù, Trịnh Tường về phòng, chống tảo hôn và hôn nhân cận huyết thống. Tham gia đối thoại có 150 hội viên phụ nữ người Mông, Hà Nhì, Dao, Giáy cùng trưởng thôn, người có uy tín của 3 xã.
Bà Tẩn Thị Xuân, Phó Chủ tịch Hội LHPN tỉnh và ông Lò Văn Chứ, Phó Chủ tịch UBND huyện Bát Xát đồng chủ trì đối thoại.
Theo báo cáo của huyện, năm 2017 toàn huyện xảy ra 28 cặp tảo hôn, giảm 9 cặp so với năm 2016, song chủ yếu vẫn tập trung ở các thôn vùng cao giáp biên giới. Thực hiện Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025" và Kế hoạch số 65/KH-UBND của UBND tỉnh, Hội LHPN các cấp đã thành lập 24 câu lạc bộ phòng, chống tảo hôn với 720 thành viên.
Tại buổi đối thoại, chị em mạnh dạn nêu 16 ý kiến. Chị Phàn Thị Mẩy ở thôn Lao Chải, xã Y Tý, hỏi về thủ tục đăng ký kết hôn khi cô dâu, chú rể ở hai xã khác nhau; chị mong cán bộ tư pháp xuống tận thôn làm thủ tục vì đường sá xa xôi. Bà Chu Thị Pơ, Chủ tịch Hội LHPN xã A Lù, phản ánh một số gia đình vẫn giữ tục kéo vợ, có trường hợp học sinh lớp 8 phải nghỉ học để lấy chồng.
Ông Giàng A Dình, người có uy tín thôn Sàng Ma Sáo, xã Trịnh Tường, cho rằng cần để già làng, trưởng họ nói chuyện trực tiếp với các gia đình có con sắp lấy vợ, lấy chồng: "Người Mông mình nghe lời trưởng họ, trưởng họ nói thì con cháu làm theo".
Trả lời các ý kiến, ông Lò Văn Chứ cho biết huyện sẽ chỉ đạo UBND các xã tổ chức đăng ký kết hôn lưu động tại thôn ít nhất 1 lần/quý, xử lý nghiêm các trường hợp cố tình vi phạm. Về kiến nghị làm đường vào thôn Lao Chải, huyện đã đưa vào danh mục đầu tư năm 2019 với kinh phí dự kiến 4,5 tỷ đồng, trong đó nhân dân đóng góp ngày công và hiến đất. Bà Tẩn Thị Xuân đề nghị Hội phụ nữ cơ sở phối hợp với nhà trường nắm số học sinh nữ có nguy cơ bỏ học.
Dịp này, Hội LHPN tỉnh trao 30 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nữ người dân tộc thiểu số vượt khó học giỏi của 3 xã.
Tuệ Minh
Lượt đọc: 1.115
Tin liên quan
- Mường Khương: phụ nữ Pa Dí học may trang phục truyền thống (20/05/2018)
- Sa Pa: ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (16/05/2018)
- Bảo Thắng: tuyên truyền Luật Hôn nhân và gia đình cho phụ nữ dân tộc Dao (08/05/2018)
- Hội LHPN tỉnh tập huấn kỹ năng hòa giải (25/04/2018)
""", "2018-05-25", "Đối thoại với phụ nữ dân tộc thiểu số về phòng, chống tảo hôn tại Bát Xát",
E("doi_thoai", "2018", "2018-05-23"),
[P("Tẩn Thị Xuân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Chứ", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Phàn Thị Mẩy"),
 P("Chu Thị Pơ", "Chủ tịch Hội LHPN xã A Lù"),
 P("Giàng A Dình", "người có uy tín thôn Sàng Ma Sáo")],
[Q("150 hội viên phụ nữ", 150, "hội viên phụ nữ"), Q("3 xã", 3, "xã"), Q("28 cặp tảo hôn", 28, "cặp tảo hôn"), Q("9 cặp", 9, "cặp"),
 Q("24 câu lạc bộ", 24, "câu lạc bộ"), Q("720 thành viên", 720, "thành viên"), Q("16 ý kiến", 16, "ý kiến"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("4,5 tỷ đồng", 4500000000, "đồng")],
[D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
 D("Kế hoạch", "65", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 65/KH-UBND")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Trịnh Tường")],
["Báo Lào Cai điện tử", "Trang chủ | Xã hội | Dân tộc - Miền núi", "LCĐT",
 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025", "Lượt đọc: 1.115"],
["Thứ Sáu, 25/05/2018, 15:00", "năm 2018", "năm 2017", "năm 2016", "lớp 8", "1 lần/quý", "năm 2019", "Lượt đọc: 1.115"]))

PAGES.append(page("b9301-angiang-hnd-baocao-2019", """
BÁO AN GIANG ONLINE
Chính trị - Đoàn thể
18-07-2019 14:10
Đồng chí Lâm Quang Thi phát biểu tại buổi làm việc.
Đoàn công tác Trung ương Hội Nông dân Việt Nam làm việc tại An Giang
Ngày 16/7/2019, đoàn công tác Trung ương Hội Nông dân Việt Nam do đồng chí Lâm Quang Thi, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam làm trưởng đoàn, đã làm việc với Hội Nông dân tỉnh An Giang, nghe báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2019.
Báo cáo với đoàn, đồng chí Nguyễn Thị Ngọc Lan, Chủ tịch Hội Nông dân tỉnh cho biết, 6 tháng đầu năm, các cấp Hội đã kết nạp 1.356 hội viên mới; vận động nông dân đóng góp trên 8,4 tỷ đồng, hiến 26.500 m2 đất làm đường giao thông nông thôn. Hội nhận ủy thác vốn vay cho 2.150 hộ theo Nghị định số 55/2015/NĐ-CP của Chính phủ; Quỹ Hỗ trợ nông dân các cấp đạt 32,6 tỷ đồng. Toàn tỉnh có 98 tổ hợp tác và 11 hợp tác xã do Hội hướng dẫn thành lập, trong đó nhiều tổ liên kết sản xuất lúa theo cánh đồng lớn với diện tích 5.200 ha.
Ban Thường vụ Hội Nông dân tỉnh đã tham mưu Tỉnh ủy sơ kết Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động Hội Nông dân và về vận động đồng bào Chăm, Khmer phát triển sản xuất. Hội cũng phối hợp Thanh tra tỉnh thực hiện Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ, tham gia giải quyết 14 đơn thư của nông dân.
Đồng chí Chau Ty, Phó Chủ tịch Hội Nông dân tỉnh, nói thêm về khó khăn: giá lúa giảm, nhiều hộ đồng bào Khmer vùng Bảy Núi thiếu vốn, thiếu đất sản xuất; tỷ lệ hộ nghèo ở một số xã dân tộc vẫn trên 10%. Ông Ha Li, Chủ tịch Hội Nông dân xã Châu Phong, đề nghị hỗ trợ bà con người Chăm vay vốn dệt thổ cẩm, làm du lịch cộng đồng.
Phát biểu tại buổi làm việc, đồng chí Lâm Quang Thi ghi nhận Hội Nông dân tỉnh An Giang là một trong những đơn vị dẫn đầu khu vực Tây Nam Bộ về phát triển kinh tế tập thể. Đồng chí đề nghị 6 tháng cuối năm, Hội tiếp tục hướng dẫn hội viên tham gia chuỗi giá trị lúa gạo, chuẩn bị tốt việc tổng kết 10 năm thực hiện Kết luận số 61-KL/TW của Ban Bí thư.
Theo kế hoạch, 6 tháng cuối năm Hội Nông dân tỉnh phấn đấu kết nạp thêm 1.200 hội viên, thành lập mới 15 tổ hợp tác, bình xét 42.000 hộ sản xuất, kinh doanh giỏi các cấp và tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân lần thứ hai.
Tiếp đó, đoàn đi thăm mô hình tổ hợp tác nuôi bò vỗ béo của 12 hộ Khmer ở xã Lê Trì và Hợp tác xã nông nghiệp Hòa Bình Phú Tân.
Hữu Huynh
Tin cùng chuyên mục
- Hội Nông dân Tri Tôn trao 10 con bò cho hội viên nghèo (10/07/2019)
- Tập huấn sản xuất lúa theo tiêu chuẩn SRP (03/07/2019)
- Đối thoại giữa Chủ tịch UBND tỉnh với nông dân (25/06/2019)
""", "2019-07-18", "Đoàn công tác Trung ương Hội Nông dân Việt Nam làm việc tại An Giang",
E("bao_cao", "2019-H1", "2019-07-16"),
[P("Lâm Quang Thi", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
 P("Nguyễn Thị Ngọc Lan", "Chủ tịch Hội Nông dân tỉnh"),
 P("Chau Ty", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ha Li", "Chủ tịch Hội Nông dân xã Châu Phong")],
[Q("1.356 hội viên mới", 1356, "hội viên mới"), Q("trên 8,4 tỷ đồng", 8400000000, "đồng", "over"), Q("26.500 m2", 26500, "m2"),
 Q("2.150 hộ", 2150, "hộ"), Q("32,6 tỷ đồng", 32600000000, "đồng"), Q("98 tổ hợp tác", 98, "tổ hợp tác"),
 Q("11 hợp tác xã", 11, "hợp tác xã"), Q("5.200 ha", 5200, "ha"), Q("14 đơn thư", 14, "đơn thư"), Q("trên 10%", 10, "%", "over"),
 Q("12 hộ Khmer", 12, "hộ Khmer"), Q("1.200 hội viên", 1200, "hội viên"), Q("15 tổ hợp tác", 15, "tổ hợp tác"),
 Q("42.000 hộ", 42000, "hộ")],
[D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 55/2015/NĐ-CP"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW")],
[prov("An Giang"), com("Châu Phong"), com("Lê Trì")],
["BÁO AN GIANG ONLINE", "Chính trị - Đoàn thể", "Đồng chí Lâm Quang Thi phát biểu tại buổi làm việc.", "Bảy Núi", "Tây Nam Bộ",
 "Hợp tác xã nông nghiệp Hòa Bình Phú Tân"],
["18-07-2019 14:10", "6 tháng đầu năm 2019", "6 tháng đầu năm", "6 tháng cuối năm", "10 năm", "lần thứ hai"]))

PAGES.append(page("b9302-hatinh-lhpn-traoqua-2020", """
Báo Hà Tĩnh điện tử
Xã hội › Phụ nữ
Ngày 24/10/2020 | 17:05
Trao 300 suất quà cho phụ nữ vùng lũ Hương Khê
(Baohatinh.vn) - Chiều 23/10, Hội LHPN tỉnh Hà Tĩnh phối hợp với Hội LHPN tỉnh Bắc Ninh đến thăm, trao 300 suất quà cho hội viên phụ nữ bị thiệt hại nặng do mưa lũ tại các xã Hương Trạch, Phúc Trạch (Hương Khê).
Mỗi suất quà gồm 20 kg gạo, mì tôm, nước uống và 500.000 đồng tiền mặt, tổng trị giá 150 triệu đồng. Ngoài ra, đoàn trao 2 tấn gạo cho Ủy ban MTTQ xã Hương Trạch để phân bổ cho các hộ bị ngập sâu và hỗ trợ 20 triệu đồng cho 4 gia đình có người bị thiệt mạng trong đợt lũ.
Bà Nguyễn Thị Thanh Thủy, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh cho biết, thực hiện Công văn số 845/CV-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về hỗ trợ phụ nữ các tỉnh miền Trung khắc phục hậu quả bão lũ, Hội LHPN tỉnh đã kêu gọi các tổ chức, cá nhân chung tay; đến nay đã tiếp nhận trên 1,2 tỷ đồng và nhiều hàng hóa thiết yếu. Số tiền, hàng hóa sẽ được trao trực tiếp đến tay phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ ở vùng rốn lũ.
Theo ông Lê Văn Thịnh, Chủ tịch UBND xã Hương Trạch, đợt lũ vừa qua làm 1.120 ngôi nhà trên địa bàn xã bị ngập, có nơi sâu hơn 2 m; hơn 80 ha lúa, rau màu bị hư hại, 3.500 con gia cầm bị chết. Nhiều gia đình mất trắng lương thực dự trữ, sách vở của học sinh bị cuốn trôi.
Bà Trần Thị Minh Nguyệt, Phó Chủ tịch Hội LHPN tỉnh Bắc Ninh gửi lời thăm hỏi, động viên chị em sớm ổn định cuộc sống. Bà cho biết Hội LHPN tỉnh Bắc Ninh đã vận động cán bộ, hội viên quyên góp được 400 triệu đồng để hỗ trợ phụ nữ các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị.
Nhận quà, bà Đặng Thị Hoa ở thôn Trường Sơn, xã Phúc Trạch xúc động: "Nhà tôi nước lên sát mái, chỉ kịp đưa hai cháu nhỏ sang nhà hàng xóm. Có gạo, có tiền của các chị, mẹ con tôi yên tâm sửa lại nhà".
Cùng ngày, Hội LHPN huyện Hương Khê huy động 60 đoàn viên thanh niên, hội viên phụ nữ dọn dẹp bùn đất tại Trường Mầm non Hương Trạch để các cháu sớm trở lại lớp. Hội cũng lập 5 tổ phụ nữ tình nguyện, luân phiên nấu cơm cho các hộ bị ngập chưa thể đỏ lửa.
Theo thống kê của Hội LHPN tỉnh, trong đợt mưa lũ từ ngày 14 đến 20/10, toàn tỉnh có hơn 16.000 hộ hội viên bị ngập, nhiều mô hình sinh kế do Hội hỗ trợ như nuôi gà, trồng rau bị thiệt hại. Sau khi nước rút, Hội sẽ rà soát để hỗ trợ giống, vốn vay cho chị em khôi phục sản xuất.
Thu Hà
Tin liên quan
- Hội LHPN tỉnh phát động ủng hộ phụ nữ vùng lũ (19/10/2020)
- Phụ nữ Can Lộc nấu cơm gửi bà con vùng rốn lũ (17/10/2020)
- Trao vốn vay cho hội viên khởi nghiệp (02/10/2020)
""", "2020-10-24", "Trao 300 suất quà cho phụ nữ vùng lũ Hương Khê",
E("trao_qua", None, "2020-10-23"),
[P("Nguyễn Thị Thanh Thủy", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Thịnh", "Chủ tịch UBND xã Hương Trạch"),
 P("Trần Thị Minh Nguyệt", "Phó Chủ tịch Hội LHPN tỉnh Bắc Ninh"),
 P("Đặng Thị Hoa")],
[Q("300 suất quà", 300, "suất quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("2 tấn", 2, "tấn"), Q("20 triệu đồng", 20000000, "đồng"), Q("4 gia đình", 4, "gia đình"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("1.120 ngôi nhà", 1120, "ngôi nhà"), Q("hơn 2 m", 2, "m", "over"),
 Q("hơn 80 ha", 80, "ha", "over"), Q("3.500 con gia cầm", 3500, "con gia cầm"), Q("400 triệu đồng", 400000000, "đồng"),
 Q("60 đoàn viên thanh niên, hội viên phụ nữ", 60, "đoàn viên thanh niên, hội viên phụ nữ"), Q("5 tổ phụ nữ tình nguyện", 5, "tổ phụ nữ tình nguyện"),
 Q("hơn 16.000 hộ hội viên", 16000, "hộ hội viên", "over")],
[D("Công văn", "845", "CV-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Công văn số 845/CV-ĐCT")],
[prov("Hà Tĩnh"), prov("Bắc Ninh"), prov("Quảng Bình"), prov("Quảng Trị"), com("Hương Trạch"), com("Phúc Trạch")],
["Báo Hà Tĩnh điện tử", "Xã hội › Phụ nữ", "(Baohatinh.vn)", "Trường Mầm non Hương Trạch"],
["Ngày 24/10/2020 | 17:05", "từ ngày 14 đến 20/10"]))

PAGES.append(page("b9303-gialai-lhpn-daihoi-2021", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị
Thứ Ba, 18/05/2021 - 16:45
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hoàng Ngọc
Bế mạc Đại hội đại biểu Phụ nữ tỉnh Gia Lai lần thứ XV
(GLO) - Trong 2 ngày 17 và 18/5/2021, Hội LHPN tỉnh Gia Lai tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2021 - 2026 với sự tham dự của 290 đại biểu, đại diện cho hơn 198.000 hội viên phụ nữ toàn tỉnh. Dự và chỉ đạo Đại hội có bà Đỗ Thị Bích Liên, Phó Chủ tịch Hội LHPN Việt Nam; ông Võ Hữu Thọ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Nhiệm kỳ 2016 - 2021, các cấp Hội đã tổ chức triển khai Quyết định 938, 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, hỗ trợ 2.430 phụ nữ khởi nghiệp, phát triển kinh tế; giúp 1.210 hộ do phụ nữ làm chủ thoát nghèo. Hội vận động xây dựng 215 căn nhà "Mái ấm tình thương" và nhận đỡ đầu 520 trẻ em có hoàn cảnh đặc biệt khó khăn. 100% cơ sở Hội tổ chức sinh hoạt chuyên đề về phòng, chống bạo lực gia đình.
Trình bày tham luận, chị Siu H'Mlang, Chủ tịch Hội LHPN xã Ia Dêr, kể về mô hình "Tổ phụ nữ tiết kiệm" ở làng Jrai, giúp 38 chị em có vốn mua bò giống, trồng rau an toàn. Bà Đinh Thị Blơng, Chủ tịch Hội LHPN huyện Kbang, nêu cách làm đưa chị em Bahnar vào tổ hợp tác dệt thổ cẩm, làm du lịch cộng đồng. Theo bà, sau 3 năm, tổ đã có 26 thành viên, mỗi chị thu nhập thêm khoảng 2 triệu đồng mỗi tháng từ bán khăn, túi cho khách.
Phát biểu chỉ đạo, bà Đỗ Thị Bích Liên đề nghị Hội LHPN tỉnh nhiệm kỳ mới tập trung chăm lo cho phụ nữ dân tộc thiểu số, phụ nữ vùng biên giới; phát huy vai trò của Hội trong giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XV gồm 37 đồng chí; Ban Thường vụ gồm 11 đồng chí. Bà Nay H'Nhinh tái cử giữ chức Chủ tịch Hội LHPN tỉnh khóa XV; các đồng chí Phó Chủ tịch Hội LHPN tỉnh khóa XV: Trần Thị Thu Hà, Rơ Châm H'Phu. Đại hội cũng bầu 27 đại biểu đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.
Nghị quyết Đại hội đề ra 12 chỉ tiêu cho nhiệm kỳ 2021 - 2026, trong đó phấn đấu thu hút trên 95% phụ nữ tuổi từ 18 trở lên vào tổ chức Hội, hỗ trợ ít nhất 1.500 phụ nữ khởi nghiệp và 1.000 hộ phụ nữ nghèo thoát nghèo. Đại hội cũng thông qua chương trình hành động với 3 khâu đột phá: nâng cao năng lực cán bộ Hội cơ sở; hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế; xây dựng gia đình no ấm, tiến bộ, hạnh phúc.
Hoài Trang
Lượt xem: 2.318
Tin liên quan
- Khai mạc Đại hội đại biểu Phụ nữ tỉnh lần thứ XV (17/05/2021)
- Hội LHPN huyện Chư Păh tổ chức Đại hội điểm (12/04/2021)
- Phụ nữ Gia Lai chung tay phòng, chống dịch Covid-19 (05/04/2021)
""", "2021-05-18", "Bế mạc Đại hội đại biểu Phụ nữ tỉnh Gia Lai lần thứ XV",
E("dai_hoi", None, "2021-05-17"),
[P("Đỗ Thị Bích Liên", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Võ Hữu Thọ", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Siu H'Mlang", "Chủ tịch Hội LHPN xã Ia Dêr"),
 P("Đinh Thị Blơng", "Chủ tịch Hội LHPN huyện Kbang"),
 P("Nay H'Nhinh", "Chủ tịch Hội LHPN tỉnh khóa XV"),
 P("Trần Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh khóa XV"),
 P("Rơ Châm H'Phu", "Phó Chủ tịch Hội LHPN tỉnh khóa XV")],
[Q("290 đại biểu", 290, "đại biểu"), Q("hơn 198.000 hội viên phụ nữ", 198000, "hội viên phụ nữ", "over"),
 Q("2.430 phụ nữ", 2430, "phụ nữ"), Q("1.210 hộ", 1210, "hộ"), Q("215 căn nhà", 215, "căn nhà"),
 Q("520 trẻ em", 520, "trẻ em"), Q("100% cơ sở Hội", 100, "%"), Q("38 chị em", 38, "chị em"),
 Q("26 thành viên", 26, "thành viên"), Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"),
 Q("37 đồng chí", 37, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("27 đại biểu", 27, "đại biểu"), Q("12 chỉ tiêu", 12, "chỉ tiêu"),
 Q("trên 95%", 95, "%", "over"), Q("ít nhất 1.500 phụ nữ", 1500, "phụ nữ", "over"), Q("1.000 hộ phụ nữ nghèo", 1000, "hộ phụ nữ nghèo")],
[D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 938, 939/QĐ-TTg ngày 30/6/2017"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 938, 939/QĐ-TTg ngày 30/6/2017"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Gia Lai"), com("Ia Dêr")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hoàng Ngọc", "(GLO)",
 "Mái ấm tình thương", "Tổ phụ nữ tiết kiệm", "Lượt xem: 2.318"],
["Thứ Ba, 18/05/2021 - 16:45", "2 ngày", "lần thứ XV", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "37 đồng chí", "11 đồng chí",
 "lần thứ XIII", "khóa XV", "từ 18 trở lên", "3 năm", "3 khâu đột phá", "Lượt xem: 2.318"]))

PAGES.append(page("b9304-ninhthuan-lhpn-guong-2022", """
NINH THUẬN ONLINE - Báo Ninh Thuận
Xã hội | Gương sáng - Điển hình
Thứ Bảy, 12/03/2022 07:30
Bà Thập Thị Ngọc Lành (giữa) hướng dẫn chị em dệt thổ cẩm. Ảnh: Văn Nỷ
Người phụ nữ Chăm giữ lửa nghề dệt Mỹ Nghiệp
Hơn 30 năm gắn bó với khung dệt, bà Thập Thị Ngọc Lành, Tổ trưởng Tổ hợp tác dệt thổ cẩm làng Mỹ Nghiệp, thị trấn Phước Dân, không chỉ giữ nghề của cha ông mà còn giúp nhiều chị em người Chăm có việc làm, thu nhập ổn định.
Sinh ra ở làng dệt truyền thống, năm 12 tuổi bà Lành đã biết ngồi bên khung cửi cùng mẹ. Những năm khó khăn, hàng dệt làm ra không có người mua, nhiều nhà bỏ khung cất vào góc bếp. Năm 2015, được Hội LHPN thị trấn hướng dẫn, bà vận động 12 chị em cùng làng lập tổ hợp tác, mạnh dạn vay 50 triệu đồng từ nguồn vốn Hội ủy thác để mua sợi, cải tiến mẫu mã.
Đến nay, tổ đã có 32 thành viên, mỗi tháng làm ra khoảng 180 sản phẩm gồm khăn choàng, túi xách, váy áo, ví cầm tay. Ngoài bán cho khách du lịch đến làng, sản phẩm còn được gửi vào TP Hồ Chí Minh và bán qua mạng. Thu nhập của mỗi thành viên khoảng 6 triệu đồng/tháng, có người làm thêm buổi tối được gần 8 triệu đồng. Năm 2021, dù dịch Covid-19 làm lượng khách giảm mạnh, tổ vẫn giữ được việc làm cho toàn bộ thành viên nhờ chuyển sang may khẩu trang thổ cẩm.
Bà Đàng Thị Kim Hương, Chủ tịch Hội LHPN thị trấn Phước Dân cho biết: "Chị Lành là hội viên gương mẫu, cách đây 2 năm được chị em tín nhiệm bầu làm Chi hội trưởng phụ nữ khu phố Mỹ Nghiệp. Chị luôn sẵn lòng truyền nghề cho các em gái, nhất là những em bỏ học sớm".
Từ tổ hợp tác, đã có 15 phụ nữ trẻ học được nghề. Chị Phú Thị Sen, 24 tuổi, một thành viên của tổ kể: "Trước đây em đi làm thuê ở xa, giờ ở nhà vừa dệt vừa chăm con, tháng cũng có 5 triệu đồng". Chị Quảng Thị Hòa, một thành viên khác, vừa được tổ cho mượn khung dệt để làm tại nhà, chị nói việc được chia mẫu, chia sợi và bao tiêu sản phẩm giúp chị yên tâm bám nghề.
Để giữ chất lượng, bà Lành đặt ra quy ước: sản phẩm phải dùng đúng hoa văn truyền thống, màu nhuộm bền, đường dệt đều; hàng lỗi không được bán ra. Bà còn tự mày mò đưa hoa văn Chăm lên những mẫu mới như dây đeo điện thoại, bao gối.
Với những đóng góp đó, năm 2021 bà Thập Thị Ngọc Lành được Trung ương Hội LHPN Việt Nam tặng Bằng khen và được chọn là một trong 10 gương phụ nữ tiêu biểu của tỉnh. Mong ước lớn nhất của bà là xây dựng được một phòng trưng bày nhỏ ngay tại làng để du khách vừa xem dệt, vừa mua sản phẩm, để nghề dệt Mỹ Nghiệp "sống" được bằng chính đôi tay chị em.
Văn Nỷ
Lượt xem: 987
Tin cùng chuyên mục
- Cô giáo Raglai 15 năm bám bản (05/03/2022)
- Người thương binh làm giàu trên vùng cát (26/02/2022)
- Chi hội trưởng phụ nữ "nói được, làm được" (19/02/2022)
""", "2022-03-12", "Người phụ nữ Chăm giữ lửa nghề dệt Mỹ Nghiệp",
E("khac", None, None),
[P("Thập Thị Ngọc Lành", "Tổ trưởng Tổ hợp tác dệt thổ cẩm làng Mỹ Nghiệp", "Chi hội trưởng phụ nữ khu phố Mỹ Nghiệp"),
 P("Đàng Thị Kim Hương", "Chủ tịch Hội LHPN thị trấn Phước Dân"),
 P("Phú Thị Sen"),
 P("Quảng Thị Hòa")],
[Q("12 chị em", 12, "chị em"), Q("50 triệu đồng", 50000000, "đồng"), Q("32 thành viên", 32, "thành viên"),
 Q("khoảng 180 sản phẩm", 180, "sản phẩm", "approx"), Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"),
 Q("gần 8 triệu đồng", 8000000, "đồng", "approx"), Q("15 phụ nữ trẻ", 15, "phụ nữ trẻ"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("10 gương phụ nữ tiêu biểu", 10, "gương phụ nữ tiêu biểu")],
[],
[prov("Ninh Thuận"), com("Phước Dân")],
["NINH THUẬN ONLINE - Báo Ninh Thuận", "Xã hội | Gương sáng - Điển hình",
 "Bà Thập Thị Ngọc Lành (giữa) hướng dẫn chị em dệt thổ cẩm. Ảnh: Văn Nỷ", "Lượt xem: 987", "Mỹ Nghiệp", "Covid-19"],
["Thứ Bảy, 12/03/2022 07:30", "Hơn 30 năm", "12 tuổi", "24 tuổi", "2 năm", "Covid-19", "Lượt xem: 987"]))
