from lib import *
PAGES = []

PAGES.append(page("b5813-quangnam-mttq-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Trang chủ » Hoạt động Mặt trận » Cứu trợ xã hội
Thứ Sáu, 30/12/2011 - 14:20
Ảnh: Quang cảnh hội nghị tổng kết.
Mặt trận Quảng Nam tổng kết năm 2011: hơn 11,4 tỷ đồng cứu trợ đồng bào vùng lũ
Ngày 29/12, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai chương trình phối hợp thống nhất hành động năm 2012. Đồng chí Lê Thị Bích Thuận, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; dự có đồng chí Hồ Văn Lộc, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do đồng chí Trần Đình Khang, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày nêu rõ, năm 2011 tỉnh chịu ảnh hưởng của 4 cơn bão và 3 đợt lũ lớn, làm 17 người chết, hơn 2.300 ngôi nhà bị hư hại. Ngay sau lũ, Ban Cứu trợ tỉnh đã tiếp nhận hơn 11,4 tỷ đồng và 186 tấn gạo từ các tổ chức, cá nhân trong và ngoài tỉnh; đã phân bổ kịp thời cho 9 huyện miền núi và các xã vùng trũng như Điện Phương, Duy Phước, Đại Hòa.
Thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phòng, chống lụt bão và về cứu trợ đột xuất, Mặt trận các cấp đã vận động xây dựng 412 căn nhà "Đại đoàn kết", trong đó 96 căn nhà chống lũ trên nền cao; sửa chữa 138 căn nhà cho hộ nghèo bị sập, tốc mái. Ban Thường trực cũng ban hành Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/10/2011 về tiếp nhận, phân phối nguồn cứu trợ theo đúng Quy chế ban hành kèm Quyết định số 14/2011/QĐ-MTTQ-BTT.
Ông Zơ Râm Bloong, Chủ tịch Ủy ban MTTQ huyện Tây Giang, cho biết nhờ vận động đồng bào Cơ Tu di dời 53 hộ khỏi vùng sạt lở từ trước mùa mưa nên trên địa bàn không có thiệt hại về người. Bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ xã Duy Phước, đề nghị tỉnh ưu tiên nguồn vốn xây dựng nhà cộng đồng tránh lũ cho các thôn ven sông Thu Bồn.
Phát biểu chỉ đạo, đồng chí Hồ Văn Lộc đề nghị Mặt trận các cấp tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", chú trọng công khai, minh bạch việc phân phối tiền, hàng cứu trợ; gắn với Đề án quản lý rủi ro thiên tai dựa vào cộng đồng theo Quyết định số 1002/QĐ-TTg ngày 13/7/2009 của Thủ tướng Chính phủ.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 21 tập thể và 34 cá nhân có thành tích trong công tác cứu trợ năm 2011.
Ý Nhi
Lượt xem: 1.204
Tin liên quan
- Tây Giang di dời dân khỏi vùng sạt lở (12/11/2011)
- Trao 200 suất quà cho hộ nghèo vùng lũ Đại Lộc (05/11/2011)
- Mặt trận huyện Duy Xuyên giám sát phân phối hàng cứu trợ (20/10/2011)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (15/3/2011)
- Ra mắt Quỹ "Vì người nghèo" cấp xã tại Nông Sơn (02/3/2011)
""", "2011-12-30", "Mặt trận Quảng Nam tổng kết năm 2011: hơn 11,4 tỷ đồng cứu trợ đồng bào vùng lũ",
E("tong_ket", "2011", "2011-12-29"),
[P("Lê Thị Bích Thuận", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Khang", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơ Râm Bloong", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Nguyễn Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Duy Phước")],
[Q("hơn 11,4 tỷ đồng", 11400000000, "đồng", "over"), Q("4 cơn bão", 4, "cơn bão"), Q("3 đợt lũ lớn", 3, "đợt lũ lớn"),
 Q("17 người", 17, "người"), Q("hơn 2.300 ngôi nhà", 2300, "ngôi nhà", "over"), Q("186 tấn gạo", 186, "tấn"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("412 căn nhà", 412, "căn nhà"), Q("96 căn nhà chống lũ", 96, "căn nhà chống lũ"),
 Q("138 căn nhà", 138, "căn nhà"), Q("53 hộ", 53, "hộ"), Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", "2011-10-14", "Ban Thường trực", "Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/10/2011"),
 D("Quyết định", "14", "2011/QĐ-MTTQ-BTT", None, None, "Quyết định số 14/2011/QĐ-MTTQ-BTT"),
 D("Quyết định", "1002", "QĐ-TTg", "2009-07-13", "Thủ tướng Chính phủ", "Quyết định số 1002/QĐ-TTg ngày 13/7/2009")],
[prov("Quảng Nam"), com("Điện Phương"), com("Duy Phước"), com("Đại Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ » Hoạt động Mặt trận » Cứu trợ xã hội",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đại đoàn kết", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204", "Ban Cứu trợ tỉnh"],
["Thứ Sáu, 30/12/2011 - 14:20", "năm 2011", "năm 2012", "Lượt xem: 1.204", "Ý Nhi"]))

PAGES.append(page("b5814-quangbinh-bdv-giaoban-2012", """
Báo Quảng Bình điện tử
Chính trị - Xã hội | Dân vận
08:15 | 05/10/2012
Giao ban khối dân vận: chủ động vận động nhân dân ứng phó mùa mưa bão
(QBĐT) - Chiều 4/10, Ban Dân vận Tỉnh ủy chủ trì cuộc họp giao ban khối dân vận quý III năm 2012, tập trung bàn các giải pháp vận động nhân dân phòng, chống bão lụt. Đồng chí Hoàng Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Xuân Thủy, Cao Văn Mạnh.
Toàn cảnh cuộc giao ban.
Theo báo cáo, trong quý, các cơ quan khối dân vận đã phối hợp tổ chức 46 buổi tuyên truyền tại các xã ven biển, vùng rốn lũ; vận động 1.850 hộ gia cố nhà cửa, chằng chống mái tôn; hướng dẫn ngư dân đưa 612 tàu thuyền vào nơi neo đậu an toàn trước cơn bão số 5. Hội LHPN tỉnh ra mắt 18 tổ phụ nữ tình nguyện cứu hộ; Tỉnh đoàn duy trì 27 đội thanh niên xung kích tại các xã Quảng Phú, Tân Hóa, Hiền Ninh.
Ban Dân vận Tỉnh ủy đã hướng dẫn thực hiện Kế hoạch số 33-KH/BDVTU về công tác dân vận trong phòng, chống thiên tai và triển khai Chỉ thị số 19-CT/TU ngày 02/8/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống lụt bão, tìm kiếm cứu nạn. Ủy ban MTTQ tỉnh đã vận động Quỹ cứu trợ được khoảng 1,2 tỷ đồng.
Công tác dân vận chính quyền có chuyển biến: nhiều xã đã tổ chức đối thoại trực tiếp với người dân về phương án tái định cư vùng ngập sâu, công khai danh sách hộ được hỗ trợ làm nhà chống lũ. Tuy vậy, một số nơi việc nắm tình hình nhân dân còn chậm, chưa chủ động báo cáo; việc phối hợp giữa Mặt trận và các đoàn thể trong vận động chằng chống nhà cửa có lúc còn chồng chéo. Hội Nông dân tỉnh đề xuất xây dựng mô hình "tổ nông dân tự quản phòng chống thiên tai" tại các thôn ven sông Gianh, sông Kiến Giang.
Tại cuộc giao ban, bà Trương Thị Mến, Phó Chủ tịch Hội LHPN tỉnh, đề nghị hỗ trợ áo phao cho 300 hội viên ở vùng thấp trũng. Ông Đinh Xuân Thủy cho biết tại huyện Minh Hóa vẫn còn 74 hộ đồng bào Chứt, Rục sống ở vùng nguy cơ sạt lở cần được vận động di dời.
Kết luận cuộc giao ban, đồng chí Hoàng Thị Lan Hương yêu cầu khối dân vận quán triệt phương châm "4 tại chỗ", bám nắm địa bàn, phối hợp với chính quyền xây dựng phương án sơ tán dân; đồng thời chuẩn bị tổng kết công tác năm 2012 theo Hướng dẫn 07-HD/BDVTW của Ban Dân vận Trung ương.
Ngọc Mai
Tin liên quan
- Tập huấn kỹ năng cứu hộ cho phụ nữ vùng lũ Lệ Thủy (28/9/2012)
- Minh Hóa: vận động đồng bào Chứt định cư nơi an toàn (14/9/2012)
- Giao ban khối dân vận quý II năm 2012 (06/7/2012)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm (03/7/2012)
""", "2012-10-05", "Giao ban khối dân vận: chủ động vận động nhân dân ứng phó mùa mưa bão",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Hoàng Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Xuân Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Văn Mạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Mến", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("1.850 hộ", 1850, "hộ"), Q("612 tàu thuyền", 612, "tàu thuyền"),
 Q("18 tổ phụ nữ tình nguyện cứu hộ", 18, "tổ phụ nữ tình nguyện cứu hộ"), Q("27 đội thanh niên xung kích", 27, "đội thanh niên xung kích"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("300 hội viên", 300, "hội viên"), Q("74 hộ", 74, "hộ")],
[D("Kế hoạch", "33", "KH/BDVTU", None, None, "Kế hoạch số 33-KH/BDVTU"),
 D("Chỉ thị", "19", "CT/TU", "2012-08-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 02/8/2012"),
 D("Hướng dẫn", "07", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn 07-HD/BDVTW")],
[prov("Quảng Bình"), com("Quảng Phú"), com("Tân Hóa"), com("Hiền Ninh")],
["Báo Quảng Bình điện tử", "Chính trị - Xã hội | Dân vận", "Toàn cảnh cuộc giao ban.", "(QBĐT)", "4 tại chỗ"],
["08:15 | 05/10/2012", "quý III năm 2012", "bão số 5", "4 tại chỗ", "năm 2012"]))

PAGES.append(page("b5815-hatinh-mttq-traoqua-2013", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh
Bạn đang ở: Trang chủ > Tin tức > Hoạt động cơ sở
Ngày đăng 18/10/2013 | 16:20
Trao 560 suất quà cho hộ dân bị thiệt hại do bão số 10 tại Hương Khê
Bà con xã Phúc Đồng nhận quà hỗ trợ. Ảnh: Hoàng Anh
Ngày 17/10, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh do đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, trao quà cho các hộ dân bị thiệt hại nặng do bão số 10 tại huyện Hương Khê.
Cùng đi có các đồng chí: Phan Văn Đức, Trưởng ban Phong trào; Lê Hồng Sơn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và ông Võ Đình Thắng, HUV, Chủ tịch Ủy ban MTTQ huyện Hương Khê.
Theo báo cáo nhanh, bão số 10 và hoàn lưu sau bão đã làm 1.247 ngôi nhà ở Hương Khê bị tốc mái, 38 ngôi nhà sập hoàn toàn; hơn 900 ha lúa, ngô bị ngập úng; thiệt hại ước khoảng 126 tỷ đồng. Các xã Phúc Đồng, Hương Trạch, Hòa Hải bị thiệt hại nặng nhất.
Tại các điểm trao quà, đoàn đã trao 560 suất quà, mỗi suất gồm 10 kg gạo, mì tôm và 300.000 đồng tiền mặt, tổng trị giá hơn 280 triệu đồng. Riêng 38 hộ có nhà sập hoàn toàn được hỗ trợ mỗi hộ 5 triệu đồng từ Quỹ cứu trợ tỉnh. Số tiền, hàng trên được trích từ nguồn vận động theo Thông báo số 112/TB-MTTQ ngày 01/10/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Nguyễn Thị Thu Hà đề nghị cấp ủy, chính quyền và Mặt trận huyện thực hiện việc phân phối công khai, đúng đối tượng theo Thông tư liên tịch số 11/2011/TTLT-BTC-MTTQ, không để xảy ra thắc mắc; khẩn trương dựng lại nhà cho các hộ trước mùa mưa lũ chính vụ. Ông Võ Đình Thắng cam kết vận động đoàn viên, thanh niên và bà con giúp nhau dọn dẹp, lợp lại 1.247 ngôi nhà bị tốc mái trong 10 ngày.
Cùng ngày, đoàn đến thăm Trường Tiểu học Hương Trạch, nơi 2 phòng học bị tốc mái, và trao tặng 120 bộ sách vở cho học sinh. Ban Thường trực Ủy ban MTTQ huyện cho biết đến nay đã tiếp nhận 47 tấn gạo, 1.500 thùng mì tôm, nhiều áo phao và thuốc men từ các doanh nghiệp, nhà hảo tâm; các đoàn thể đã huy động hơn 3.200 ngày công giúp dân dựng lại nhà, khơi thông kênh mương. Mặt trận huyện cũng thành lập các tổ giám sát ở từng xã, có đại diện người dân, để theo dõi việc phân phát hàng cứu trợ.
Bà Trần Thị Luyến, thôn 4 xã Hương Trạch, xúc động: "Cả đời chưa thấy cơn bão nào to như vậy, được Mặt trận đến tận nhà thăm hỏi, bà con ấm lòng lắm".
Hoàng Anh
Xem thêm
- Hà Tĩnh kêu gọi ủng hộ đồng bào bị thiệt hại do bão số 10 (02/10/2013)
- Thanh niên Hương Khê giúp dân khắc phục hậu quả bão (06/10/2013)
- Bộ trưởng Bộ Nông nghiệp thị sát vùng bão Hương Khê (03/10/2013)
- Vũ Quang: ra quân dọn vệ sinh môi trường sau bão (05/10/2013)
""", "2013-10-18", "Trao 560 suất quà cho hộ dân bị thiệt hại do bão số 10 tại Hương Khê",
E("trao_qua", None, "2013-10-17"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Đức", "Trưởng ban Phong trào"),
 P("Lê Hồng Sơn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Đình Thắng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Trần Thị Luyến")],
[Q("560 suất quà", 560, "suất quà"), Q("1.247 ngôi nhà", 1247, "ngôi nhà"), Q("38 ngôi nhà", 38, "ngôi nhà"),
 Q("hơn 900 ha", 900, "ha", "over"), Q("khoảng 126 tỷ đồng", 126000000000, "đồng", "approx"), Q("10 kg gạo", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 280 triệu đồng", 280000000, "đồng", "over"), Q("38 hộ", 38, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("2 phòng học", 2, "phòng học"), Q("120 bộ sách vở", 120, "bộ sách vở"),
 Q("47 tấn gạo", 47, "tấn"), Q("1.500 thùng mì tôm", 1500, "thùng mì tôm"), Q("hơn 3.200 ngày công", 3200, "ngày công", "over")],
[D("Thông báo", "112", "TB-MTTQ", "2013-10-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Thông báo số 112/TB-MTTQ ngày 01/10/2013"),
 D("Thông tư liên tịch", "11", "2011/TTLT-BTC-MTTQ", None, None, "Thông tư liên tịch số 11/2011/TTLT-BTC-MTTQ")],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hương Trạch"), com("Hòa Hải")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động cơ sở",
 "Bà con xã Phúc Đồng nhận quà hỗ trợ. Ảnh: Hoàng Anh", "Quỹ cứu trợ tỉnh"],
["Ngày đăng 18/10/2013 | 16:20", "bão số 10", "10 ngày", "thôn 4"]))

PAGES.append(page("b5816-thuathienhue-mttq-taphuan-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ
Vị trí: Trang chủ / Tin hoạt động / Tập huấn
Thứ Sáu, 12/06/2015 - 09:30
Đồng chí Lê Văn Thạch phát biểu khai mạc lớp tập huấn.
Tập huấn kỹ năng phòng, chống thiên tai cho cán bộ Mặt trận cơ sở năm 2015
Trong 2 ngày 10 và 11/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức lớp tập huấn kỹ năng phòng, chống thiên tai dựa vào cộng đồng năm 2015 cho 135 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và Trưởng ban công tác Mặt trận ở các thôn vùng trũng.
Đồng chí Lê Văn Thạch, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc, nhấn mạnh: năm 2014 tỉnh chịu 2 đợt lũ lớn, trong đó hơn 8.000 hộ phải sơ tán; kinh nghiệm cho thấy nơi nào Ban công tác Mặt trận nắm chắc từng hộ già yếu, neo đơn thì nơi đó di dời dân nhanh, không có thiệt hại về người.
Các báo cáo viên: ThS. Phạm Ngọc Dũng, Phó Chi cục trưởng Chi cục Thủy lợi và Phòng, chống lụt bão tỉnh; TS. Hồ Thị Kim Oanh, giảng viên Trường Đại học Khoa học Huế đã giới thiệu Luật Phòng, chống thiên tai năm 2013, Nghị định số 66/2014/NĐ-CP ngày 04/7/2014 của Chính phủ và Quyết định số 44/2014/QĐ-TTg của Thủ tướng Chính phủ về cấp độ rủi ro thiên tai; hướng dẫn lập bản đồ nguy cơ, kỹ năng sơ cứu, cách chằng chống nhà theo phương châm "4 tại chỗ".
Học viên được thực hành xây dựng phương án sơ tán tại phường Hương Sơ và xã Quảng Thành, nơi có 320 hộ sống ven phá Tam Giang. Ông A Viết Sơn, Chủ tịch Ủy ban MTTQ xã Hồng Hạ, huyện A Lưới, người Cơ Tu, chia sẻ: xã có 16 điểm có nguy cơ sạt lở, mùa mưa năm ngoái Mặt trận đã phối hợp già làng vận động 42 hộ tạm di dời lên nhà văn hóa.
Dịp này, Ban Thường trực triển khai Kế hoạch số 86/KH-MTTQ-BTT ngày 02/6/2015 về vận động "Mặt trận chung tay phòng chống thiên tai", theo đó mỗi xã ven biển xây dựng ít nhất 1 đội tình nguyện cứu hộ 20 người, phấn đấu 100% Ban công tác Mặt trận thôn có danh sách hộ cần hỗ trợ khi có bão lũ. Kinh phí tổ chức lớp từ nguồn dự án do tổ chức CARE tài trợ, khoảng 95 triệu đồng.
Bế mạc lớp học, đồng chí Nguyễn Thị Mai, Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên về tuyên truyền lại cho Nhân dân ở khu dân cư trước mùa mưa bão, chậm nhất trong tháng 8.
Minh Hiền
Lượt truy cập: 305.118
Các tin khác
- Phong Điền ra mắt đội xung kích phòng chống thiên tai (28/05/2015)
- Hội nghị giao ban Mặt trận cụm các huyện phía Bắc (20/05/2015)
- Quảng Điền: vận động xây dựng nhà cộng đồng tránh lũ (08/05/2015)
- Trao 50 áo phao cho ngư dân Phú Vang (25/04/2015)
- A Lưới phát huy vai trò già làng trong vận động di dời dân (14/04/2015)
""", "2015-06-12", "Tập huấn kỹ năng phòng, chống thiên tai cho cán bộ Mặt trận cơ sở năm 2015",
E("tap_huan", "2015", "2015-06-10"),
[P("Lê Văn Thạch", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Ngọc Dũng", "ThS.", "Phó Chi cục trưởng Chi cục Thủy lợi và Phòng, chống lụt bão tỉnh"),
 P("Hồ Thị Kim Oanh", "TS.", "giảng viên Trường Đại học Khoa học Huế"),
 P("A Viết Sơn", "Chủ tịch Ủy ban MTTQ xã Hồng Hạ"),
 P("Nguyễn Thị Mai", "Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 học viên", 135, "học viên"), Q("2 đợt lũ lớn", 2, "đợt lũ lớn"), Q("hơn 8.000 hộ", 8000, "hộ", "over"),
 Q("320 hộ", 320, "hộ"), Q("16 điểm", 16, "điểm"), Q("42 hộ", 42, "hộ"),
 Q("ít nhất 1 đội tình nguyện cứu hộ", 1, "đội tình nguyện cứu hộ", "over"), Q("20 người", 20, "người"), Q("100%", 100, "%"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx")],
[D("Nghị định", "66", "2014/NĐ-CP", "2014-07-04", "Chính phủ", "Nghị định số 66/2014/NĐ-CP ngày 04/7/2014"),
 D("Quyết định", "44", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 44/2014/QĐ-TTg"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", "2015-06-02", "Ban Thường trực", "Kế hoạch số 86/KH-MTTQ-BTT ngày 02/6/2015")],
[prov("Thừa Thiên Huế"), com("Hương Sơ"), com("Quảng Thành"), com("Hồng Hạ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Vị trí: Trang chủ / Tin hoạt động / Tập huấn",
 "Đồng chí Lê Văn Thạch phát biểu khai mạc lớp tập huấn.", "Luật Phòng, chống thiên tai năm 2013", "4 tại chỗ",
 "Mặt trận chung tay phòng chống thiên tai", "CARE", "Lượt truy cập: 305.118"],
["Thứ Sáu, 12/06/2015 - 09:30", "2 ngày", "năm 2015", "năm 2014", "4 tại chỗ", "tháng 8", "Lượt truy cập: 305.118"]))

PAGES.append(page("b5817-quangngai-mttq-baocao-2016", """
Báo Quảng Ngãi điện tử
Xã hội | Từ thiện - Nhân đạo
Cập nhật: 16:40, 20/12/2016 (GMT+7)
Công khai kết quả phân bổ hơn 9 tỷ đồng ủng hộ đồng bào bị lũ lụt
(Báo Quảng Ngãi) - Ngày 19/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh có Báo cáo số 215/BC-MTTQ-BTT về kết quả tiếp nhận, phân bổ nguồn ủng hộ đồng bào bị thiệt hại do các đợt lũ lụt cuối năm 2016, gửi Thường trực Tỉnh ủy, UBND tỉnh và công khai trên phương tiện thông tin đại chúng.
Người dân Nghĩa Hành nhận tiền hỗ trợ sửa nhà. Ảnh: Bảo An
Theo báo cáo, từ ngày 01/11 đến ngày 15/12/2016, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 9 tỷ đồng tiền mặt và hàng hóa trị giá khoảng 2,3 tỷ đồng của 312 tập thể, cá nhân. Thực hiện Nghị quyết liên tịch số 03/NQLT-MTTQ-UBND của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh, Ban đã phân bổ về 14 huyện, thành phố, tập trung cho 5 huyện có thiệt hại lớn: Nghĩa Hành, Tư Nghĩa, Mộ Đức, Sơn Tịnh, Bình Sơn.
Mức hỗ trợ cụ thể: hộ có người chết, mất tích 10 triệu đồng/người; hộ có nhà sập hoàn toàn 15 triệu đồng/hộ; nhà hư hỏng nặng 5 triệu đồng/hộ. Đã có 61 căn nhà được hỗ trợ xây lại, 1.126 hộ được hỗ trợ sửa chữa; 2.400 suất quà trị giá 500.000 đồng được trao cho hộ nghèo, hộ cận nghèo ở vùng ngập sâu. Riêng xã Hành Thịnh và xã Tịnh Hòa nhận 320 triệu đồng xây 2 nhà cộng đồng tránh lũ.
Báo cáo cho biết Mặt trận các cấp đã tổ chức giám sát tại 28 xã, phát hiện 3 trường hợp danh sách chưa đúng đối tượng và đã kiến nghị điều chỉnh. Nguồn ủng hộ còn lại khoảng 1,1 tỷ đồng sẽ được phân bổ theo đề xuất của Ủy ban MTTQ các huyện để hỗ trợ khôi phục sản xuất, mua giống lúa vụ Đông Xuân.
Đồng chí Võ Thị Xuân Lan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh khẳng định: mọi khoản tiền, hàng đều được công khai đến từng thôn, tổ dân phố theo Quyết định số 1163/QĐ-MTTW-ĐCT của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Ông Đinh Văn Hrin, Chủ tịch Ủy ban MTTQ huyện Sơn Tây, đề nghị tiếp tục quan tâm đồng bào Ca Dong ở vùng sạt lở.
Theo Ban Thường trực, đợt lũ năm nay cho thấy cần sớm xây dựng thêm nhà cộng đồng tránh lũ ở các xã ven sông Vệ, sông Trà Khúc, đồng thời vận động các doanh nghiệp đóng góp vào Quỹ phòng, chống thiên tai ngay từ đầu năm thay vì chỉ khi có thiên tai xảy ra. Ủy ban MTTQ tỉnh cũng đề nghị UBND tỉnh sớm ban hành quy định về định mức hỗ trợ để việc phân bổ giữa các địa phương được thống nhất.
Bảo An
Tin liên quan
- Sơn Tịnh: vận động ủng hộ bà con vùng ngập (30/11/2016)
- Thanh niên Mộ Đức giúp dân dọn bùn sau lũ (22/11/2016)
- Tỉnh đoàn trao 200 thùng mì tôm cho xã Hành Thịnh (18/11/2016)
- Quảng Ngãi khẩn trương khắc phục hậu quả lũ lụt (10/11/2016)
""", "2016-12-20", "Công khai kết quả phân bổ hơn 9 tỷ đồng ủng hộ đồng bào bị lũ lụt",
E("bao_cao", "2016", "2016-12-19"),
[P("Võ Thị Xuân Lan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Đinh Văn Hrin", "Chủ tịch Ủy ban MTTQ huyện Sơn Tây")],
[Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("312 tập thể, cá nhân", 312, "tập thể, cá nhân"), Q("14 huyện, thành phố", 14, "huyện, thành phố"), Q("5 huyện", 5, "huyện"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("5 triệu đồng/hộ", 5000000, "đồng"), Q("61 căn nhà", 61, "căn nhà"), Q("1.126 hộ", 1126, "hộ"),
 Q("2.400 suất quà", 2400, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("2 nhà cộng đồng tránh lũ", 2, "nhà cộng đồng tránh lũ"), Q("28 xã", 28, "xã"), Q("3 trường hợp", 3, "trường hợp"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 215/BC-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "03", "NQLT-MTTQ-UBND", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh", "Nghị quyết liên tịch số 03/NQLT-MTTQ-UBND"),
 D("Quyết định", "1163", "QĐ-MTTW-ĐCT", None, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1163/QĐ-MTTW-ĐCT")],
[prov("Quảng Ngãi"), com("Hành Thịnh"), com("Tịnh Hòa")],
["Báo Quảng Ngãi điện tử", "Xã hội | Từ thiện - Nhân đạo", "(Báo Quảng Ngãi)", "Người dân Nghĩa Hành nhận tiền hỗ trợ sửa nhà. Ảnh: Bảo An",
 "Ban Vận động cứu trợ tỉnh"],
["Cập nhật: 16:40, 20/12/2016 (GMT+7)", "cuối năm 2016", "vụ Đông Xuân"]))

PAGES.append(page("b5818-phuyen-xa-doithoai-2017", """
ĐẢNG ỦY - HĐND - UBND XÃ AN HÒA HẢI
Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
17/05/2017 - 10:05
Xã An Hòa Hải đối thoại với Nhân dân về di dời dân vùng sạt lở bờ biển
Chủ tịch UBND xã trả lời kiến nghị của người dân.
Sáng 16/5/2017, Đảng ủy, UBND xã An Hòa Hải tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2017, tập trung vào việc di dời, bố trí tái định cư cho các hộ ở vùng sạt lở bờ biển thôn Phú Sen. Chủ trì đối thoại có các đồng chí Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch HĐND xã và Huỳnh Ngọc Thạch, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; dự có ông Nguyễn Đức Hòa, HUV, Trưởng Ban Dân vận Huyện ủy Tuy An.
Hội nghị thu hút 135 người dân tham dự. Theo báo cáo, đợt triều cường và bão số 12 cuối năm 2016 đã cuốn trôi khoảng 700 m bờ kè tạm, làm 19 căn nhà bị đổ sập, 46 căn nhà khác có nguy cơ. Thực hiện Quyết định số 2137/QĐ-UBND ngày 12/10/2016 của UBND tỉnh, xã đã lập danh sách 65 hộ phải di dời khẩn cấp, trong đó 21 hộ nghèo.
Người dân nêu 14 ý kiến, chủ yếu về giá bồi thường đất ở, thời gian giao đất tái định cư, việc cấp nước sạch ở khu mới. Ông Trần Văn Tư, thôn Phú Sen, hỏi: mỗi hộ di dời được hỗ trợ bao nhiêu? Đồng chí Huỳnh Ngọc Thạch cho biết, theo Quyết định số 33/2014/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 12/NQ-HĐND của HĐND tỉnh, mỗi hộ được hỗ trợ tối đa 30 triệu đồng làm nhà, cộng thêm 5 triệu đồng từ Quỹ "Vì người nghèo" của xã; mỗi lô đất tái định cư rộng 200 m2.
Bà Nguyễn Thị Lệ, Chủ tịch Ủy ban MTTQ xã, cho biết Mặt trận và các đoàn thể đã vận động được hơn 60 triệu đồng, 1.200 ngày công giúp các hộ tháo dỡ, vận chuyển đồ đạc. Chi đoàn thanh niên thôn Phú Sen và Hội Cựu chiến binh xã nhận giúp 10 hộ già yếu.
Một số ý kiến phản ánh việc khảo sát, đo đạc còn chậm, có hộ chưa được thông báo rõ tiêu chí ưu tiên. Đại diện Phòng Tài nguyên và Môi trường huyện giải thích, khu tái định cư Gò Đá đã được tỉnh Phú Yên phê duyệt quy hoạch, đang san lấp mặt bằng và sẽ bàn giao đợt đầu trong quý III; các hộ có người già, trẻ nhỏ, hộ nghèo được ưu tiên bốc thăm trước.
Phát biểu kết luận, đồng chí Lê Văn Tâm đề nghị thực hiện tốt Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11, công khai danh sách hộ di dời tại nhà văn hóa thôn; cam kết trước mùa mưa bão năm 2017 sẽ hoàn thành di dời các hộ ở điểm nguy hiểm nhất. Các ý kiến chưa trả lời được sẽ được tổng hợp gửi UBND huyện Tuy An trong 15 ngày.
Văn phòng Đảng ủy xã
Bài viết liên quan
- Xã An Hòa Hải ra quân dọn vệ sinh bờ biển (20/04/2017)
- Sơ kết công tác dân vận quý I năm 2017 (05/04/2017)
- Trao quà cho ngư dân bị thiệt hại do bão số 12 (27/12/2016)
""", "2017-05-17", "Xã An Hòa Hải đối thoại với Nhân dân về di dời dân vùng sạt lở bờ biển",
E("doi_thoai", "2017", "2017-05-16"),
[P("Lê Văn Tâm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Huỳnh Ngọc Thạch", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Đức Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy An"),
 P("Trần Văn Tư"),
 P("Nguyễn Thị Lệ", "Chủ tịch Ủy ban MTTQ xã")],
[Q("135 người dân", 135, "người dân"), Q("khoảng 700 m", 700, "m", "approx"), Q("19 căn nhà", 19, "căn nhà"),
 Q("46 căn nhà", 46, "căn nhà"), Q("65 hộ", 65, "hộ"), Q("21 hộ nghèo", 21, "hộ nghèo"), Q("14 ý kiến", 14, "ý kiến"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("200 m2", 200, "m2"),
 Q("hơn 60 triệu đồng", 60000000, "đồng", "over"), Q("1.200 ngày công", 1200, "ngày công"), Q("10 hộ", 10, "hộ")],
[D("Quyết định", "2137", "QĐ-UBND", "2016-10-12", "UBND tỉnh", "Quyết định số 2137/QĐ-UBND ngày 12/10/2016"),
 D("Quyết định", "33", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2014/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/NQ-HĐND"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Phú Yên"), com("An Hòa Hải")],
["ĐẢNG ỦY - HĐND - UBND XÃ AN HÒA HẢI", "Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền",
 "Chủ tịch UBND xã trả lời kiến nghị của người dân.", "Vì người nghèo", "Văn phòng Đảng ủy xã"],
["17/05/2017 - 10:05", "năm 2017", "bão số 12", "cuối năm 2016", "15 ngày"]))
