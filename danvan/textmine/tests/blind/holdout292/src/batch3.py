from lib import *
PAGES = []

PAGES.append(page("b6977-phuyen-bcd-tongket-2021", """
BÁO PHÚ YÊN ĐIỆN TỬ
Hôm nay: Thứ Hai, 27/12/2021
Văn hóa - Xã hội | Đời sống
Thứ Sáu, 24/12/2021 - 10:20
Quang cảnh hội nghị tổng kết. Ảnh: KIM THOA
Phú Yên: 94,2% hộ gia đình đạt chuẩn văn hóa
Sáng 22/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh tổ chức hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022. Bà Đào Mỹ Liên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị; cùng dự có ông Nguyễn Quốc Bảo, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Chỉ đạo.
Năm 2021, dù chịu ảnh hưởng nặng nề của dịch Covid-19, phong trào vẫn được các địa phương duy trì. Toàn tỉnh có 219.873 hộ đạt danh hiệu gia đình văn hóa, chiếm 94,2% tổng số hộ; 849 thôn, buôn, khu phố được công nhận danh hiệu văn hóa; 7 xã, phường được công nhận đạt chuẩn văn minh đô thị. Người dân tự nguyện hiến gần 46.000 m2 đất, đóng góp khoảng 37,5 tỷ đồng để làm đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa.
Ban Chỉ đạo các cấp đã triển khai Kế hoạch số 121/KH-BCĐ ngày 12/3/2021 của Ban Chỉ đạo tỉnh, thực hiện Kết luận 76-KL/TW ngày 4/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước.
Ở vùng đồng bào dân tộc thiểu số, nhiều buôn đã đưa hương ước, quy ước vào đời sống. Ông Ma Văn Tưng, già làng buôn Ma Bó, xã Ea Bar (huyện Sông Hinh), chia sẻ: buôn có 157 hộ người Êđê, năm nay 149 hộ đạt gia đình văn hóa, không còn tình trạng tảo hôn, uống rượu say gây mất trật tự. Bà Nay H'Lim, Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Bar, cho biết hội đã duy trì 12 câu lạc bộ "Gia đình hạnh phúc" với 360 hội viên tham gia.
Tuy nhiên, theo Ban Chỉ đạo, tỷ lệ gia đình văn hóa cao nhưng chất lượng chưa tương xứng; ở một số khu phố đô thị, ý thức giữ gìn vệ sinh môi trường, trật tự công cộng của người dân chưa tốt; thiết chế văn hóa cơ sở ở nhiều thôn xuống cấp, hoạt động kém hiệu quả.
Phát biểu kết luận, bà Đào Mỹ Liên yêu cầu năm 2022 các cấp, ngành tập trung khắc phục hạn chế; đổi mới cách bình xét, công nhận danh hiệu theo hướng thực chất; không đặt nặng tỷ lệ. Mỗi huyện, thị xã, thành phố phải chọn ít nhất 1 xã để chỉ đạo điểm về xây dựng xã văn hóa tiêu biểu.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể, 21 cá nhân có thành tích xuất sắc trong phong trào năm 2021.
Các đại biểu cũng đề nghị tỉnh quan tâm hơn đến đội ngũ cán bộ văn hóa cấp xã, bởi nhiều nơi một công chức phải kiêm nhiệm nhiều việc, khó theo dõi sát phong trào ở từng khu dân cư.
Kim Thoa
Tin liên quan
- Tuy An tổ chức Ngày hội Đại đoàn kết trực tuyến (18/11/2021)
- Đông Hòa: 30 khu phố ra mắt tổ tự quản (10/11/2021)
- Sơn Hòa giữ gìn bản sắc văn hóa các buôn đồng bào (02/11/2021)
""", "2021-12-24", "Phú Yên: 94,2% hộ gia đình đạt chuẩn văn hóa",
E("tong_ket", "2021", "2021-12-22"),
[P("Đào Mỹ Liên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Quốc Bảo", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("Ma Văn Tưng", "già làng buôn Ma Bó"),
 P("Nay H'Lim", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Bar")],
[Q("94,2%", 94.2, "%"), Q("219.873 hộ", 219873, "hộ"), Q("849 thôn, buôn, khu phố", 849, "thôn, buôn, khu phố"),
 Q("7 xã, phường", 7, "xã, phường"), Q("gần 46.000 m2", 46000, "m2", "approx"), Q("khoảng 37,5 tỷ đồng", 37500000000, "đồng", "approx"),
 Q("157 hộ người Êđê", 157, "hộ người Êđê"), Q("149 hộ", 149, "hộ"), Q("12 câu lạc bộ", 12, "câu lạc bộ"),
 Q("360 hội viên", 360, "hội viên"), Q("ít nhất 1 xã", 1, "xã", "over"), Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Kế hoạch", "121", "KH-BCĐ", "2021-03-12", "Ban Chỉ đạo tỉnh", "Kế hoạch số 121/KH-BCĐ ngày 12/3/2021"),
 D("Kết luận", "76", "KL/TW", "2020-06-04", "Bộ Chính trị", "Kết luận 76-KL/TW ngày 4/6/2020"),
 D("Nghị quyết", "33", "NQ/TW", "2014-06-09", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 33-NQ/TW ngày 9/6/2014")],
[prov("Phú Yên"), com("Ea Bar")],
["BÁO PHÚ YÊN ĐIỆN TỬ", "Hôm nay: Thứ Hai, 27/12/2021", "Văn hóa - Xã hội | Đời sống", "Quang cảnh hội nghị tổng kết. Ảnh: KIM THOA",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình hạnh phúc"],
["Hôm nay: Thứ Hai, 27/12/2021", "Thứ Sáu, 24/12/2021 - 10:20", "năm 2021", "năm 2022", "Covid-19", "khóa XI"]))

PAGES.append(page("b6978-hoabinh-xomvanhoa-chienglong-2021", """
Báo Hòa Bình
Trang chủ - Văn hóa - Phóng sự
Thứ Hai, 16/08/2021 07:30
Xóm Chiềng Lông giữ lửa danh hiệu khu dân cư văn hóa
Nằm dưới chân núi Mường, xóm Chiềng Lông, xã Ngọc Lâu (huyện Lạc Sơn) là một trong những khu dân cư đầu tiên của tỉnh Hòa Bình được công nhận danh hiệu khu dân cư văn hóa từ năm 2001. Hai mươi năm qua, người Mường ở đây vẫn giữ được danh hiệu ấy, dù đời sống còn nhiều khó khăn.
Mái nhà sàn truyền thống của người Mường ở xóm Chiềng Lông.
Bí quyết, theo ông Bùi Văn Hoàn, Trưởng xóm Chiềng Lông, nằm ở bản quy ước được cả xóm bàn bạc kỹ từng điều. "Nhà nào có việc cưới, việc tang thì cả xóm cùng lo, nhưng không được mổ trâu, mổ bò, không ăn uống kéo dài. Ai vi phạm thì năm đó không được bình xét gia đình văn hóa", ông Hoàn nói.
Xóm hiện có 118 hộ với 503 nhân khẩu, 100% là người Mường. Năm 2020, có 109 hộ đạt danh hiệu gia đình văn hóa; số hộ nghèo giảm còn 14 hộ, thu nhập bình quân đạt khoảng 32 triệu đồng/người/năm. Cả xóm có 36 hộ trồng mía tím, 20 hộ nuôi bò sinh sản, nhiều nhà đã xây được nhà mới nhưng vẫn giữ kiểu nhà sàn truyền thống.
Bà Quách Thị Xoan, Chi hội trưởng Chi hội Phụ nữ xóm, cho biết chi hội có 87 hội viên, duy trì đều đặn đội văn nghệ với tiếng chiêng, điệu xường, bộ mẹc. "Mỗi dịp Tết, lễ hội, chị em lại tập luyện để biểu diễn phục vụ bà con, thế là cả xóm vui", bà Xoan chia sẻ.
Năm 2019, khi làm con đường liên xóm, nhân dân Chiềng Lông tự nguyện hiến hơn 2.000 m2 đất vườn, góp 160 triệu đồng cùng hàng trăm ngày công. Con đường bê tông rộng 3,5 m giờ đã nối tới trung tâm xã.
Ông Bùi Văn Thắng, Chủ tịch UBND xã Ngọc Lâu, đánh giá Chiềng Lông là điểm sáng của xã trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Xã đang hướng dẫn xóm hoàn thiện hồ sơ đề nghị huyện tặng giấy khen khu dân cư văn hóa tiêu biểu theo Nghị định 122/2018/NĐ-CP của Chính phủ.
Những chiều cuối tuần, nhà văn hóa xóm lại rộn ràng tiếng chiêng. Trẻ nhỏ được ông bà, cha mẹ dạy hát ví, hát đang, kể chuyện Mường. Giữ được nếp nhà, nếp xóm, với người dân Chiềng Lông, cũng là giữ cái gốc của mình.
Cũng theo ông Thắng, mô hình của xóm đang được xã nhân rộng ra các xóm lân cận; Ban công tác Mặt trận các xóm được giao nhiệm vụ thường xuyên trao đổi, học hỏi cách làm của Chiềng Lông.
Đầu năm nay, xóm còn thành lập tổ thanh niên tình nguyện giữ gìn vệ sinh đường làng, mỗi tháng ra quân một lần phát quang bụi rậm, thu gom rác thải. Các cụ cao tuổi trong xóm cũng tích cực nhắc nhở con cháu chấp hành quy ước, không tụ tập uống rượu.
Bài, ảnh: Bùi Minh
Tin cùng chuyên mục
- Mai Châu: Bảo tồn nhà sàn của người Thái (09/08/2021)
- Tân Lạc khôi phục lễ hội Khai hạ (02/08/2021)
- Cao Phong: Gia đình văn hóa gắn với làm kinh tế giỏi (26/07/2021)
""", "2021-08-16", "Xóm Chiềng Lông giữ lửa danh hiệu khu dân cư văn hóa",
E("khac", None, None),
[P("Bùi Văn Hoàn", "Trưởng xóm Chiềng Lông"),
 P("Quách Thị Xoan", "Chi hội trưởng Chi hội Phụ nữ xóm"),
 P("Bùi Văn Thắng", "Chủ tịch UBND xã Ngọc Lâu")],
[Q("118 hộ", 118, "hộ"), Q("503 nhân khẩu", 503, "nhân khẩu"), Q("100%", 100, "%"), Q("109 hộ", 109, "hộ"),
 Q("14 hộ", 14, "hộ"), Q("khoảng 32 triệu đồng", 32000000, "đồng", "approx"), Q("36 hộ", 36, "hộ"), Q("20 hộ", 20, "hộ"),
 Q("87 hội viên", 87, "hội viên"), Q("hơn 2.000 m2", 2000, "m2", "over"), Q("160 triệu đồng", 160000000, "đồng"), Q("3,5 m", 3.5, "m")],
[D("Nghị định", "122", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 122/2018/NĐ-CP")],
[prov("Hòa Bình"), com("Ngọc Lâu")],
["Báo Hòa Bình", "Trang chủ - Văn hóa - Phóng sự", "Mái nhà sàn truyền thống của người Mường ở xóm Chiềng Lông.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Hai, 16/08/2021 07:30", "năm 2001", "Hai mươi năm qua", "Năm 2020", "Năm 2019", "hàng trăm ngày công", "32 triệu đồng/người/năm"]))

PAGES.append(page("b6979-bacgiang-hdnd-giamsat-2022", """
BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH
Hoạt động giám sát
Ngày 23/9/2022 | 15:40
Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc xét tặng danh hiệu "Gia đình văn hóa"
Trong các ngày 20 và 21/9, Ban Văn hóa - Xã hội HĐND tỉnh Bắc Giang do ông Thân Văn Khoa, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Nghị định số 122/2018/NĐ-CP của Chính phủ về xét tặng danh hiệu "Gia đình văn hóa"; "Thôn văn hóa", "Làng văn hóa", "Ấp văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa" giai đoạn 2019 - 2022 tại huyện Lục Nam, Yên Dũng và thị xã Việt Yên.
Đoàn giám sát làm việc tại UBND thị xã Việt Yên.
Cuộc giám sát thực hiện theo Nghị quyết số 12/NQ-HĐND ngày 15/7/2022 của HĐND tỉnh về Chương trình giám sát năm 2022. Theo báo cáo, tại 3 địa phương được giám sát, năm 2021 có 139.640 hộ được công nhận gia đình văn hóa, đạt 87,9%; 541/604 thôn, tổ dân phố đạt danh hiệu văn hóa. Thị xã Việt Yên có tỷ lệ thôn, tổ dân phố văn hóa thấp nhất, chỉ 80,2%, do có nhiều khu công nghiệp, lao động ngoại tỉnh đến thuê trọ đông.
Đoàn đã giám sát trực tiếp tại xã Tiên Hưng (Lục Nam), phường Bích Động (Việt Yên) và kiểm tra hồ sơ ở 9 thôn, tổ dân phố. Qua đó cho thấy, các địa phương đã ban hành văn bản hướng dẫn kịp thời, việc bình xét cơ bản công khai, dân chủ. Tuy nhiên, một số thôn vẫn giao chỉ tiêu cho từng xóm; hồ sơ đề nghị còn thiếu biên bản họp; chưa có xã nào xét tặng giấy khen "Gia đình văn hóa" cho gia đình 3 năm liên tục đạt danh hiệu theo quy định.
Bà Ngô Thị Hải, Phó Chủ tịch UBND thị xã Việt Yên, cho biết thị xã có hơn 27.000 lao động thuê trọ, việc bình xét với các hộ cho thuê trọ còn lúng túng. Ông Hoàng Đức Hạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Tiên Hưng, kiến nghị tỉnh hỗ trợ kinh phí khen thưởng, vì mức thưởng hiện nay chỉ khoảng 1,5 triệu đồng/thôn.
Kết luận buổi giám sát, ông Thân Văn Khoa đề nghị UBND các huyện, thị xã khắc phục ngay tình trạng giao chỉ tiêu; đề nghị Sở Văn hóa, Thể thao và Du lịch tham mưu UBND tỉnh sửa đổi Quyết định số 635/QĐ-UBND ngày 6/5/2019 về hướng dẫn thực hiện Nghị định 122 cho phù hợp với thực tiễn; đồng thời nghiên cứu tiêu chí riêng cho khu dân cư có đông công nhân lưu trú.
Tham gia đoàn giám sát có bà Lương Thị Thu Hà, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh và đại diện Thường trực HĐND các huyện được giám sát. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2022 của HĐND tỉnh.
Phương Thảo - Văn phòng Đoàn ĐBQH và HĐND tỉnh
Tin khác
- Thường trực HĐND tỉnh giám sát công tác giảm nghèo (16/9/2022)
- Tiếp xúc cử tri trước kỳ họp thứ 9 (09/9/2022)
- Giám sát công tác bảo vệ môi trường tại các khu công nghiệp (30/8/2022)
""", "2022-09-23", "Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc xét tặng danh hiệu \"Gia đình văn hóa\"",
E("giam_sat", "2022", "2022-09-20"),
[P("Thân Văn Khoa", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Ngô Thị Hải", "Phó Chủ tịch UBND thị xã Việt Yên"),
 P("Hoàng Đức Hạnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tiên Hưng"),
 P("Lương Thị Thu Hà", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("3 địa phương", 3, "địa phương"), Q("139.640 hộ", 139640, "hộ"), Q("87,9%", 87.9, "%"),
 Q("541/604 thôn, tổ dân phố", 541, "thôn, tổ dân phố"), Q("80,2%", 80.2, "%"), Q("9 thôn, tổ dân phố", 9, "thôn, tổ dân phố"),
 Q("hơn 27.000 lao động", 27000, "lao động", "over"), Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx")],
[D("Nghị định", "122", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 122/2018/NĐ-CP"),
 D("Nghị quyết", "12", "NQ-HĐND", "2022-07-15", "HĐND tỉnh", "Nghị quyết số 12/NQ-HĐND ngày 15/7/2022"),
 D("Quyết định", "635", "QĐ-UBND", "2019-05-06", "UBND tỉnh", "Quyết định số 635/QĐ-UBND ngày 6/5/2019")],
[prov("Bắc Giang"), com("Tiên Hưng"), com("Bích Động")],
["BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH", "Hoạt động giám sát", "Đoàn giám sát làm việc tại UBND thị xã Việt Yên.",
 "Phương Thảo - Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["Ngày 23/9/2022 | 15:40", "giai đoạn 2019 - 2022", "năm 2022", "năm 2021", "3 năm liên tục", "1,5 triệu đồng/thôn"]))

PAGES.append(page("b6980-daklak-mttq-buonvanhoa-2022", """
ĐẮK LẮK ONLINE - Báo Đắk Lắk
Chính trị | Kinh tế | Văn hóa | Xã hội
Thứ Sáu, 25/11/2022 - 09:12
Tôn vinh 75 buôn văn hóa, gia đình văn hóa tiêu biểu vùng đồng bào dân tộc thiểu số
Ngày 24/11, tại TP. Buôn Ma Thuột, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị biểu dương buôn văn hóa, gia đình văn hóa tiêu biểu vùng đồng bào dân tộc thiểu số năm 2022.
Dự hội nghị có các đồng chí: Y Ngông Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; H'Yim Kđoh, Phó Chủ tịch UBND tỉnh.
Theo báo cáo, toàn tỉnh hiện có 607 buôn đồng bào dân tộc tại chỗ; trong đó 418 buôn đạt danh hiệu buôn văn hóa. Năm 2022, có 81,6% hộ đồng bào dân tộc thiểu số được công nhận gia đình văn hóa, tăng 2,3% so với năm 2021. Thực hiện Kế hoạch số 85-KH/TU ngày 20/4/2022 của Tỉnh ủy về bảo tồn, phát huy giá trị văn hóa các dân tộc, các địa phương đã hỗ trợ 52 buôn mua sắm cồng chiêng, khôi phục 14 nhà dài truyền thống với tổng kinh phí hơn 3,6 tỷ đồng.
Tại hội nghị, nhiều điển hình chia sẻ cách làm hay. Già làng Y Kô Adrơng, buôn Tơng Jú, xã Ea Kao, kể lại những ngày đầu vận động bà con bỏ tục "nối dây", không tổ chức lễ cúng kéo dài nhiều ngày. Bà H'Nguyên Byă, Trưởng buôn Kô Siêr, phường Tân Lợi, cho biết buôn có 209 hộ thì 197 hộ đạt danh hiệu gia đình văn hóa; buôn duy trì đội cồng chiêng với 25 nghệ nhân trẻ. Ông Y Thu Ksơr, Bí thư Chi bộ buôn Ea Bông, xã Ea Bông, nêu kinh nghiệm đưa quy ước của buôn về phòng chống tảo hôn vào luật tục.
Phát biểu tại hội nghị, đồng chí Y Ngông Niê Kdăm ghi nhận vai trò của già làng, người có uy tín trong giữ gìn khối đại đoàn kết. Đồng chí đề nghị Ban công tác Mặt trận các buôn tiếp tục thực hiện Nghị định 122/2018/NĐ-CP, bình xét công khai, gắn với thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 30 buôn văn hóa tiêu biểu và 45 gia đình văn hóa tiêu biểu; mỗi buôn được tặng 5 triệu đồng, mỗi gia đình 1 triệu đồng.
Trước đó, đại biểu đã thưởng thức chương trình biểu diễn cồng chiêng, múa xoang của đội nghệ nhân buôn Kô Siêr và tham quan không gian trưng bày trang phục, nhạc cụ truyền thống của đồng bào Êđê, M'nông, J'rai.
Theo Ban tổ chức, các buôn, gia đình được tôn vinh là những tấm gương tiêu biểu trong lao động sản xuất, giữ gìn bản sắc văn hóa và xây dựng khối đại đoàn kết các dân tộc ở cơ sở.
Hồng Chuyên
Tin liên quan
- Krông Pắc: Hội thi cồng chiêng các buôn năm 2022 (18/11/2022)
- Lắk ra mắt 3 buôn văn hóa kiểu mẫu (10/11/2022)
- Ea H'leo tuyên dương 40 người có uy tín (03/11/2022)
""", "2022-11-25", "Tôn vinh 75 buôn văn hóa, gia đình văn hóa tiêu biểu vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2022", "2022-11-24"),
[P("Y Ngông Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh"),
 P("Y Kô Adrơng", "Già làng"),
 P("H'Nguyên Byă", "Trưởng buôn Kô Siêr"),
 P("Y Thu Ksơr", "Bí thư Chi bộ buôn Ea Bông")],
[Q("75 buôn văn hóa, gia đình văn hóa tiêu biểu", 75, "buôn văn hóa, gia đình văn hóa tiêu biểu"),
 Q("607 buôn đồng bào dân tộc tại chỗ", 607, "buôn đồng bào dân tộc tại chỗ"), Q("418 buôn", 418, "buôn"),
 Q("81,6%", 81.6, "%"), Q("2,3%", 2.3, "%"), Q("52 buôn", 52, "buôn"), Q("14 nhà dài truyền thống", 14, "nhà dài truyền thống"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("209 hộ", 209, "hộ"), Q("197 hộ", 197, "hộ"),
 Q("25 nghệ nhân trẻ", 25, "nghệ nhân trẻ"), Q("30 buôn văn hóa tiêu biểu", 30, "buôn văn hóa tiêu biểu"),
 Q("45 gia đình văn hóa tiêu biểu", 45, "gia đình văn hóa tiêu biểu"), Q("5 triệu đồng", 5000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "85", "KH/TU", "2022-04-20", "Tỉnh ủy", "Kế hoạch số 85-KH/TU ngày 20/4/2022"),
 D("Nghị định", "122", "2018/NĐ-CP", None, None, "Nghị định 122/2018/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Tân Lợi"), com("Ea Bông")],
["ĐẮK LẮK ONLINE - Báo Đắk Lắk", "Chính trị | Kinh tế | Văn hóa | Xã hội", "nối dây",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
["Thứ Sáu, 25/11/2022 - 09:12", "năm 2022", "năm 2021", "nhiều ngày"]))

PAGES.append(page("b6981-quangninh-halong-giaoban-t9-2023", """
Trung tâm Truyền thông tỉnh Quảng Ninh
Bạn đang ở: Trang chủ › Văn hóa › Đời sống
Đăng lúc: 30/09/2023 07:50
Ban Chỉ đạo thành phố Hạ Long giao ban tháng 9
Chiều 29/9, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" TP Hạ Long (tỉnh Quảng Ninh) tổ chức giao ban định kỳ tháng 9/2023 để đánh giá tiến độ xây dựng khu dân cư văn hóa, gia đình văn hóa và triển khai nhiệm vụ tháng 10. Bà Vũ Thị Minh Hằng, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo chủ trì.
Trong tháng, các phường, xã đã hoàn thành rà soát 212 khu phố, thôn; có 23 khu đề nghị công nhận lần đầu danh hiệu "Tổ dân phố văn hóa". Phòng Văn hóa và Thông tin thành phố phối hợp Ủy ban MTTQ thành phố kiểm tra thực tế 11 khu, phát hiện 2 khu có tỷ lệ hộ đăng ký gia đình văn hóa chưa đạt mức 85% theo quy định, chưa đủ điều kiện đề nghị.
Theo ông Đoàn Văn Quyết, Trưởng phòng Văn hóa và Thông tin thành phố, từ đầu năm đến nay, nhân dân các khu đã đóng góp gần 4,2 tỷ đồng và hơn 6.500 ngày công để cải tạo nhà văn hóa, sân chơi, trồng hoa ven đường. Đặc biệt, thực hiện Kế hoạch số 168/KH-UBND ngày 10/3/2023 của UBND thành phố, 100% khu phố đã ký cam kết không đốt vàng mã nơi công cộng.
Ý kiến của các thành viên tập trung vào những khu dân cư ven biển có đông hộ làm nghề lồng bè, thường xuyên di chuyển. Bà Trần Thị Thu, Bí thư Đảng ủy phường Hà Phong, đề nghị sớm có hướng dẫn về việc bình xét với hộ có hộ khẩu ở phường nhưng sống trên biển. Ông Lục Văn Sồ, Trưởng thôn Khe Cá, xã Đồng Lâm, phản ánh nhà văn hóa thôn xây dựng đã lâu, xuống cấp, chưa có nguồn kinh phí sửa chữa.
Kết luận giao ban, bà Vũ Thị Minh Hằng giao Phòng Văn hóa và Thông tin hoàn thiện dự thảo hướng dẫn chấm điểm theo Nghị định số 86/2023/NĐ-CP của Chính phủ quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu", chuẩn bị cho việc áp dụng từ năm sau. Thành phố sẽ dành 1,2 tỷ đồng hỗ trợ sửa chữa 8 nhà văn hóa xuống cấp tại các xã vùng cao.
Cũng tại buổi giao ban, Ban Chỉ đạo thống nhất tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả các khu dân cư trước ngày 18/11, lồng ghép với tổng kết bình xét danh hiệu năm 2023.
Theo đánh giá của Ban Chỉ đạo, phong trào tại các phường trung tâm có nhiều chuyển biến, người dân chủ động tham gia giữ gìn cảnh quan, văn minh đô thị. Tuy nhiên, ở một số khu có nhiều người thuê trọ, việc nắm bắt thông tin, vận động người dân tham gia sinh hoạt cộng đồng còn gặp khó khăn, cần có giải pháp phù hợp hơn.
Thu Trang (TTTT Hạ Long)
Xem thêm
- Hạ Long: 98% hộ gia đình đạt danh hiệu gia đình văn hóa (05/09/2023)
- Phường Hồng Hải ra mắt tổ dân phố văn hóa kiểu mẫu (28/08/2023)
- Vân Đồn xây dựng nếp sống văn minh nơi công cộng (20/08/2023)
""", "2023-09-30", "Ban Chỉ đạo thành phố Hạ Long giao ban tháng 9",
E("giao_ban", "2023-09", "2023-09-29"),
[P("Vũ Thị Minh Hằng", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Đoàn Văn Quyết", "Trưởng phòng Văn hóa và Thông tin thành phố"),
 P("Trần Thị Thu", "Bí thư Đảng ủy phường Hà Phong"),
 P("Lục Văn Sồ", "Trưởng thôn Khe Cá")],
[Q("212 khu phố, thôn", 212, "khu phố, thôn"), Q("23 khu", 23, "khu"), Q("11 khu", 11, "khu"), Q("2 khu", 2, "khu"),
 Q("mức 85%", 85, "%"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("hơn 6.500 ngày công", 6500, "ngày công", "over"),
 Q("100%", 100, "%"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("8 nhà văn hóa", 8, "nhà văn hóa")],
[D("Kế hoạch", "168", "KH-UBND", "2023-03-10", "UBND thành phố", "Kế hoạch số 168/KH-UBND ngày 10/3/2023"),
 D("Nghị định", "86", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 86/2023/NĐ-CP")],
[prov("Quảng Ninh"), com("Hà Phong"), com("Đồng Lâm")],
["Trung tâm Truyền thông tỉnh Quảng Ninh", "Bạn đang ở: Trang chủ › Văn hóa › Đời sống", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Thu Trang (TTTT Hạ Long)"],
["Đăng lúc: 30/09/2023 07:50", "tháng 9/2023", "tháng 10", "ngày 18/11", "năm 2023", "tháng 9"]))

PAGES.append(page("b6982-tiengiang-tanhuong-tongket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯƠNG
Huyện Châu Thành - Tỉnh Tiền Giang
Tin tức - Sự kiện > Hoạt động của xã
Ngày 27/12/2023 | Lượt xem: 342
Xã Tân Hương tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2023
Sáng ngày 26/12/2023, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Tân Hương tổ chức hội nghị tổng kết phong trào năm 2023, triển khai phương hướng năm 2024. Đến dự có ông Lê Hoàng Nam, Phó Trưởng phòng Văn hóa và Thông tin huyện Châu Thành; ông Trương Văn Bảy, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.
Năm 2023, xã có 4.956 hộ, trong đó 4.802 hộ đăng ký gia đình văn hóa. Qua bình xét, 4.694 hộ đạt danh hiệu, chiếm 94,71%; 9/9 ấp giữ vững danh hiệu ấp văn hóa. Xã đã tổ chức 4 cuộc họp dân, 28 cuộc tuyên truyền lồng ghép về phòng chống bạo lực gia đình, an toàn giao thông, thu hút hơn 1.900 lượt người dự. Các đoàn thể vận động mạnh thường quân, nhân dân đóng góp khoảng 1,35 tỷ đồng xây dựng 2 cây cầu bê tông, 1,8 km đường ấp và hỗ trợ xây 5 căn nhà Đại đoàn kết cho hộ nghèo.
Theo ông Nguyễn Văn Dũng, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo, bên cạnh kết quả đạt được, phong trào vẫn còn hạn chế: còn 108 hộ không đạt danh hiệu, chủ yếu do vi phạm quy định về vệ sinh môi trường, chăn nuôi gây ô nhiễm; một số ấp như ấp Tân Phong, Tân Thuận chưa tổ chức sinh hoạt định kỳ của tổ nhân dân tự quản.
Tại hội nghị, các đại biểu đã thảo luận, đề xuất nhiều giải pháp. Bà Phạm Thị Kim Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị nhân rộng mô hình "Gia đình 5 không, 3 sạch"; ông Võ Văn Lợi, Trưởng ấp Tân Phú, đề nghị Ban Chỉ đạo hướng dẫn cụ thể cách áp dụng Nghị định 86/2023/NĐ-CP ngày 7/12/2023 của Chính phủ khi bình xét năm 2024, nhất là tiêu chí về xây dựng gia đình số.
Thực hiện Kế hoạch số 211/KH-UBND ngày 15/3/2023 của UBND huyện và Hướng dẫn số 06/HD-BCĐ ngày 20/3/2023 của Ban Chỉ đạo huyện, năm 2024 xã phấn đấu có trên 95% hộ đạt gia đình văn hóa, 100% ấp giữ vững danh hiệu ấp văn hóa.
Dịp này, UBND xã khen thưởng 12 gia đình văn hóa tiêu biểu, 3 tập thể và 6 cá nhân có thành tích xuất sắc; mỗi gia đình được tặng 300.000 đồng.
Phát biểu chỉ đạo, ông Lê Hoàng Nam đánh giá cao kết quả xã đạt được trong năm, đề nghị Ban Chỉ đạo xã sớm kiện toàn Ban công tác Mặt trận các ấp, tăng cường kiểm tra việc thực hiện hương ước, quy ước; chú trọng xây dựng gia đình văn hóa gắn với phát triển kinh tế hộ, giữ gìn cảnh quan môi trường xanh, sạch, đẹp ở từng tuyến đường ấp.
Ban Biên tập
Bài viết liên quan
- Ấp Tân Phú ra mắt mô hình "Ấp không rác" (15/12/2023)
- Tân Hương tổ chức Ngày hội Đại đoàn kết toàn dân tộc (16/11/2023)
- Hội thi "Gia đình hạnh phúc" xã Tân Hương năm 2023 (20/10/2023)
""", "2023-12-27", "Xã Tân Hương tổng kết phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" năm 2023",
E("tong_ket", "2023", "2023-12-26"),
[P("Lê Hoàng Nam", "Phó Trưởng phòng Văn hóa và Thông tin huyện Châu Thành"),
 P("Trương Văn Bảy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Dũng", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo"),
 P("Phạm Thị Kim Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Võ Văn Lợi", "Trưởng ấp Tân Phú")],
[Q("4.956 hộ", 4956, "hộ"), Q("4.802 hộ", 4802, "hộ"), Q("4.694 hộ", 4694, "hộ"), Q("94,71%", 94.71, "%"),
 Q("9/9 ấp", 9, "ấp"), Q("4 cuộc họp dân", 4, "cuộc họp dân"), Q("28 cuộc tuyên truyền", 28, "cuộc tuyên truyền"),
 Q("hơn 1.900 lượt người", 1900, "lượt người", "over"), Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("1,8 km", 1.8, "km"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"),
 Q("108 hộ", 108, "hộ"), Q("trên 95%", 95, "%", "over"), Q("100%", 100, "%"),
 Q("12 gia đình văn hóa tiêu biểu", 12, "gia đình văn hóa tiêu biểu"), Q("3 tập thể", 3, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "86", "2023/NĐ-CP", "2023-12-07", "Chính phủ", "Nghị định 86/2023/NĐ-CP ngày 7/12/2023"),
 D("Kế hoạch", "211", "KH-UBND", "2023-03-15", "UBND huyện", "Kế hoạch số 211/KH-UBND ngày 15/3/2023"),
 D("Hướng dẫn", "06", "HD-BCĐ", "2023-03-20", "Ban Chỉ đạo huyện", "Hướng dẫn số 06/HD-BCĐ ngày 20/3/2023")],
[prov("Tiền Giang"), com("Tân Hương")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯƠNG", "Huyện Châu Thành - Tỉnh Tiền Giang", "Tin tức - Sự kiện > Hoạt động của xã",
 "Lượt xem: 342", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình 5 không, 3 sạch"],
["Ngày 27/12/2023 | Lượt xem: 342", "năm 2023", "năm 2024", "5 không, 3 sạch"]))
