from lib import *
PAGES = []

PAGES.append(page("b3179-hatinh-taphuan-boithuong-2017", """
Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Thứ Sáu, 20/10/2017, 15:45
Toàn cảnh lớp tập huấn.
MTTQ tỉnh tập huấn nghiệp vụ giám sát bồi thường, tái định cư cho cán bộ Mặt trận cơ sở
Trong 2 ngày 18 và 19/10/2017, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức lớp tập huấn nghiệp vụ giám sát công tác bồi thường, hỗ trợ, tái định cư năm 2017 cho 135 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn có dự án thu hồi đất và Trưởng ban Thanh tra nhân dân. Bà Trần Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.
Các học viên được nghe ông Nguyễn Hữu Nghĩa, Phó Giám đốc Sở Tài nguyên và Môi trường, giới thiệu những điểm mới của Luật Đất đai năm 2013, Nghị định số 47/2014/NĐ-CP và Thông tư số 37/2014/TT-BTNMT của Bộ Tài nguyên và Môi trường về bồi thường, hỗ trợ, tái định cư. ThS. Lê Thị Hạnh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Theo số liệu của Sở Tài nguyên và Môi trường, từ năm 2014 đến nay toàn tỉnh đã thu hồi hơn 3.400 ha đất để thực hiện 428 dự án, riêng Khu kinh tế Vũng Áng có khoảng 4.600 hộ phải di dời. Hiện còn 37 đơn thư khiếu nại, tố cáo liên quan đến bồi thường chưa giải quyết dứt điểm, tập trung ở thị xã Kỳ Anh và huyện Cẩm Xuyên.
Tại lớp tập huấn, ông Hồ Sỹ Thành, Chủ tịch Ủy ban MTTQ phường Kỳ Trinh, chia sẻ: năm qua Mặt trận phường đã chủ trì 9 cuộc giám sát, phát hiện 14 trường hợp kiểm đếm sai diện tích, đề nghị điều chỉnh giúp người dân nhận thêm hơn 860 triệu đồng. Bà Phan Thị Thủy, Chủ tịch Ủy ban MTTQ xã Kỳ Lợi, đề nghị tỉnh có cơ chế hỗ trợ kinh phí cho hoạt động giám sát ở các xã có dự án lớn, hiện mỗi cuộc giám sát chỉ được chi khoảng 3 triệu đồng.
Bế mạc lớp tập huấn, ông Võ Hồng Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên vận dụng kiến thức vào thực tiễn; Mặt trận cơ sở phải nắm chắc số hộ bị ảnh hưởng, tham gia từ khâu kiểm đếm đến khi người dân nhận đất tái định cư, kịp thời phản ánh với cấp ủy những vụ việc phức tạp. Năm 2018, Ủy ban MTTQ tỉnh sẽ chủ trì giám sát chuyên đề tại 6 khu tái định cư.
Các học viên được phát tài liệu hỏi - đáp về chính sách bồi thường gồm 120 câu hỏi, có ví dụ tình huống cụ thể.
Thu Hà
Lượt xem: 542
Tin cùng chuyên mục
- Hội nghị phản biện dự thảo quy định giá đất năm 2018 (12/10/2017)
- Cẩm Xuyên: ra mắt tổ giám sát cộng đồng (03/10/2017)
- Thăm hỏi các hộ dân tái định cư Kỳ Lợi (21/09/2017)
""", "2017-10-20", "MTTQ tỉnh tập huấn nghiệp vụ giám sát bồi thường, tái định cư cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2017", "2017-10-18"),
[P("Trần Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Nghĩa", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Lê Thị Hạnh", "ThS.", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Hồ Sỹ Thành", "Chủ tịch Ủy ban MTTQ phường Kỳ Trinh"),
 P("Phan Thị Thủy", "Chủ tịch Ủy ban MTTQ xã Kỳ Lợi"),
 P("Võ Hồng Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 học viên", 135, "học viên"), Q("hơn 3.400 ha", 3400, "ha", "over"), Q("428 dự án", 428, "dự án"),
 Q("khoảng 4.600 hộ", 4600, "hộ", "approx"), Q("37 đơn thư khiếu nại, tố cáo", 37, "đơn thư khiếu nại, tố cáo"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("14 trường hợp", 14, "trường hợp"),
 Q("hơn 860 triệu đồng", 860000000, "đồng", "over"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"),
 Q("6 khu tái định cư", 6, "khu tái định cư"), Q("120 câu hỏi", 120, "câu hỏi")],
[D("Nghị định", "47", "2014/NĐ-CP", None, None, "Nghị định số 47/2014/NĐ-CP"),
 D("Thông tư", "37", "2014/TT-BTNMT", None, "Bộ Tài nguyên và Môi trường", "Thông tư số 37/2014/TT-BTNMT"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Hà Tĩnh"), com("Kỳ Trinh"), com("Kỳ Lợi")],
["Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Toàn cảnh lớp tập huấn.",
 "Luật Đất đai năm 2013", "Khu kinh tế Vũng Áng", "Lượt xem: 542"],
["Thứ Sáu, 20/10/2017, 15:45", "2 ngày", "năm 2013", "năm 2014", "Lượt xem: 542"]))

PAGES.append(page("b3180-laocai-doithoai-caotoc-2018", """
Báo Lào Cai
Thời sự > Dân vận > Tin tức
Cập nhật lúc 16:10 ngày 07/06/2018
Bát Xát: Đối thoại, tháo gỡ vướng mắc GPMB tuyến đường Bản Vược - Trịnh Tường
Ngày 5/6, Huyện ủy Bát Xát tổ chức hội nghị đối thoại năm 2018 giữa người đứng đầu cấp ủy, chính quyền với các hộ dân bị ảnh hưởng bởi dự án nâng cấp tuyến đường Bản Vược - Trịnh Tường. Đồng chí Sùng A Hòa, Bí thư Huyện ủy, Chủ tịch HĐND huyện Bát Xát chủ trì; tham dự có đồng chí Lý Seo Dìn, Phó Chủ tịch UBND huyện và đại diện các phòng, ban chuyên môn.
Đồng chí Sùng A Hòa phát biểu tại buổi đối thoại. Ảnh: Thu Hương
Dự án dài 28,6 km đi qua các xã Bản Vược, Cốc Mỳ, Trịnh Tường, ảnh hưởng 643 hộ, trong đó có 59 hộ phải di chuyển nhà ở. Đến nay, huyện đã phê duyệt phương án bồi thường cho 514 hộ với số tiền hơn 38 tỷ đồng; còn khoảng 8,5 km chưa có mặt bằng sạch.
Tại hội nghị, 21 lượt ý kiến của người dân tập trung vào giá bồi thường cây thảo quả, ruộng bậc thang và việc bố trí đất ở mới. Ông Giàng Seo Phử, thôn Lũng Pô, xã Trịnh Tường, đề nghị được tái định cư gần ruộng để tiện canh tác. Bà Lồ Thị Sói, người Hà Nhì ở xã Cốc Mỳ, phản ánh gia đình bị thu hồi hơn 1.200 m2 ruộng nhưng chưa được hỗ trợ chuyển đổi nghề. Ông Tẩn Láo Lở, người Dao, hỏi về việc bồi thường bể nước và chuồng trại.
Trả lời các ý kiến, đồng chí Lý Seo Dìn cho biết huyện áp dụng Quyết định số 92/2017/QĐ-UBND của UBND tỉnh Lào Cai về bảng giá cây trồng, vật nuôi; những hộ có diện tích bị thu hồi từ 30% trở lên được hỗ trợ đào tạo nghề, mỗi hộ tối đa 2 lao động. Riêng 59 hộ phải di dời sẽ được bố trí vào 3 điểm tái định cư đã có san nền, mỗi hộ được giao khoảng 250 m2 đất ở.
Kết luận hội nghị, đồng chí Sùng A Hòa yêu cầu Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện và các đoàn thể cử cán bộ "3 cùng" bám bản, vận động bà con; các xã phải thực hiện nghiêm Kế hoạch số 146-KH/HU của Ban Thường vụ Huyện ủy về thực hiện đối thoại trực tiếp theo Quyết định số 11-QĐi/TW của Bộ Chính trị. Huyện phấn đấu bàn giao toàn bộ mặt bằng trước ngày 31/7/2018.
Sau hội nghị, đã có 36 hộ ký biên bản đồng thuận bàn giao mặt bằng ngay tại chỗ. Nhiều người dân cho biết, được nghe lãnh đạo huyện giải thích trực tiếp bằng tiếng Mông, tiếng Dao, bà con hiểu rõ hơn quyền lợi của mình và yên tâm nhường đất làm đường, bởi con đường mới sẽ giúp nông sản của bản dễ bán hơn, con em đi học thuận tiện hơn.
Đức Thắng
Tin khác
- Sa Pa: vận động người dân di chuyển mồ mả phục vụ dự án cáp treo (30/05/2018)
- Bảo Thắng: tập huấn kỹ năng dân vận cho cán bộ cơ sở (24/05/2018)
- Mường Khương: ra quân xây dựng nông thôn mới (17/05/2018)
""", "2018-06-07", "Bát Xát: Đối thoại, tháo gỡ vướng mắc GPMB tuyến đường Bản Vược - Trịnh Tường",
E("doi_thoai", "2018", "2018-06-05"),
[P("Sùng A Hòa", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Bát Xát"),
 P("Lý Seo Dìn", "Phó Chủ tịch UBND huyện"),
 P("Giàng Seo Phử"), P("Lồ Thị Sói"), P("Tẩn Láo Lở")],
[Q("28,6 km", 28.6, "km"), Q("643 hộ", 643, "hộ"), Q("59 hộ", 59, "hộ"), Q("514 hộ", 514, "hộ"),
 Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"), Q("khoảng 8,5 km", 8.5, "km", "approx"),
 Q("21 lượt ý kiến", 21, "lượt ý kiến"), Q("hơn 1.200 m2", 1200, "m2", "over"), Q("từ 30% trở lên", 30, "%", "over"),
 Q("tối đa 2 lao động", 2, "lao động"), Q("3 điểm tái định cư", 3, "điểm tái định cư"),
 Q("khoảng 250 m2", 250, "m2", "approx"), Q("36 hộ", 36, "hộ")],
[D("Quyết định", "92", "2017/QĐ-UBND", None, "UBND tỉnh Lào Cai", "Quyết định số 92/2017/QĐ-UBND"),
 D("Kế hoạch", "146", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 146-KH/HU"),
 D("Quyết định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quyết định số 11-QĐi/TW")],
[prov("Lào Cai"), com("Bản Vược"), com("Cốc Mỳ"), com("Trịnh Tường")],
["Báo Lào Cai", "Thời sự > Dân vận > Tin tức", "Đồng chí Sùng A Hòa phát biểu tại buổi đối thoại. Ảnh: Thu Hương", "3 cùng"],
["Cập nhật lúc 16:10 ngày 07/06/2018", "năm 2018", "3 cùng", "31/7/2018"]))

PAGES.append(page("b3181-soctrang-mttq-giamsat-taidinhcu-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ >> Hoạt động >> Giám sát và phản biện xã hội
21.11.2019 | 09:20
Giám sát việc thực hiện chính sách hỗ trợ tái định cư tại thị xã Vĩnh Châu
Ngày 19/11/2019, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do ông Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án đê biển và khu tái định cư Vĩnh Phước tại thị xã Vĩnh Châu.
Đoàn giám sát làm việc tại khu tái định cư phường Vĩnh Phước. Ảnh: Kim Loan
Theo báo cáo của UBND thị xã, dự án có 487 hộ bị ảnh hưởng, trong đó 312 hộ là đồng bào Khmer; tổng kinh phí bồi thường, hỗ trợ khoảng 96,4 tỷ đồng, đã chi trả được 91%. Khu tái định cư Vĩnh Phước rộng 12,8 ha, đã bố trí 168 nền nhà, mỗi nền 100 m2; tuy nhiên mới có 74 hộ vào ở, nhiều hộ chưa về vì khu tái định cư xa nơi làm muối, nuôi tôm.
Đoàn giám sát đã trực tiếp gặp gỡ 25 hộ dân. Ông Thạch Sà Rết, hộ dân khóm Trà Niên, cho biết gia đình nhận nền nhà nhưng chưa đủ tiền xây nhà. Bà Lý Thị Sa Vanh, khóm Vĩnh Thạnh, kiến nghị sớm lắp đặt điện, nước sạch. Ông Sơn Phi, Trưởng Ban Quản trị chùa Kos Thum, đề nghị xây dựng thêm trường mẫu giáo cho con em người Khmer trong khu tái định cư.
Ông Trần Văn Lâm, Phó Chủ tịch UBND thị xã Vĩnh Châu, giải trình: thị xã đã thực hiện theo Quyết định số 32/2015/QĐ-UBND ngày 24/11/2015 của UBND tỉnh; đang trình tỉnh hỗ trợ mỗi hộ tái định cư khó khăn 20 triệu đồng làm nhà từ nguồn Quỹ "Vì người nghèo". Thị xã cũng đã giải quyết 17/21 đơn kiến nghị, còn 4 đơn đang xác minh.
Qua giám sát, ông Lâm Văn Mẫn đánh giá việc bồi thường được công khai, dân chủ, có sự tham gia của Mặt trận và Ban Thanh tra nhân dân phường; đồng thời đề nghị thị xã hoàn thiện hạ tầng điện, nước, đường nội bộ trong quý I/2020; phối hợp Sở Lao động - Thương binh và Xã hội mở các lớp dạy nghề cho ít nhất 150 lao động trong khu tái định cư; quan tâm đến phong tục, tập quán, nơi sinh hoạt tôn giáo của đồng bào Khmer.
Cuộc giám sát nằm trong Chương trình giám sát năm 2019 của Ủy ban MTTQ tỉnh, thực hiện theo Kế hoạch số 65/KH-MTTQ-BTT ngày 8/10/2019. Kết quả giám sát sẽ được gửi UBND tỉnh và các sở, ngành liên quan để xem xét, giải quyết.
Được biết, đây là năm thứ ba Ủy ban MTTQ tỉnh chọn nội dung bồi thường, tái định cư để giám sát chuyên đề.
Phương Nghi
Lượt xem: 318
Tin liên quan
- Vĩnh Châu: trao 50 căn nhà Đại đoàn kết cho hộ nghèo (08/11/2019)
- Mặt trận huyện Trần Đề đối thoại với hộ dân ven biển (25/10/2019)
- Hội nghị phản biện dự thảo bảng giá đất giai đoạn 2020-2024 (10/10/2019)
""", "2019-11-21", "Giám sát việc thực hiện chính sách hỗ trợ tái định cư tại thị xã Vĩnh Châu",
E("giam_sat", "2019", "2019-11-19"),
[P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sà Rết"), P("Lý Thị Sa Vanh"),
 P("Sơn Phi", "Trưởng Ban Quản trị chùa Kos Thum"),
 P("Trần Văn Lâm", "Phó Chủ tịch UBND thị xã Vĩnh Châu")],
[Q("487 hộ", 487, "hộ"), Q("312 hộ", 312, "hộ"), Q("khoảng 96,4 tỷ đồng", 96400000000, "đồng", "approx"),
 Q("91%", 91, "%"), Q("12,8 ha", 12.8, "ha"), Q("168 nền nhà", 168, "nền nhà"), Q("100 m2", 100, "m2"),
 Q("74 hộ", 74, "hộ"), Q("25 hộ dân", 25, "hộ dân"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("17/21 đơn kiến nghị", 17, "đơn kiến nghị"), Q("4 đơn", 4, "đơn"), Q("ít nhất 150 lao động", 150, "lao động", "over")],
[D("Quyết định", "32", "2015/QĐ-UBND", "2015-11-24", "UBND tỉnh", "Quyết định số 32/2015/QĐ-UBND ngày 24/11/2015"),
 D("Kế hoạch", "65", "KH-MTTQ-BTT", "2019-10-08", None, "Kế hoạch số 65/KH-MTTQ-BTT ngày 8/10/2019")],
[prov("Sóc Trăng"), com("Vĩnh Phước")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ >> Hoạt động >> Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại khu tái định cư phường Vĩnh Phước. Ảnh: Kim Loan", "Vì người nghèo",
 "Chương trình giám sát năm 2019", "Lượt xem: 318"],
["21.11.2019 | 09:20", "quý I/2020", "năm 2019", "Lượt xem: 318"]))

PAGES.append(page("b3182-binhdinh-baocao-gpmb-hdnd-2020", """
Báo Bình Định
Chính trị - Xã hội » Hoạt động HĐND
Thứ Năm, 10/12/2020 - 07:55
Báo cáo kết quả bồi thường, giải phóng mặt bằng năm 2020: Còn 19 dự án vướng mặt bằng
Tại kỳ họp thứ 13 HĐND tỉnh khóa XII khai mạc sáng 8/12, ông Lâm Hải Giang, Phó Chủ tịch UBND tỉnh, đã trình bày báo cáo của UBND tỉnh về kết quả công tác bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng năm 2020.
Theo báo cáo, năm 2020 toàn tỉnh triển khai GPMB 215 dự án với diện tích khoảng 2.130 ha; đã bàn giao mặt bằng 1.746 ha, đạt 82%; chi trả hơn 1.120 tỷ đồng cho 9.847 hộ. Các dự án lớn như đường ven biển (ĐT.639), Khu đô thị - du lịch sinh thái Nhơn Hội, đường tránh Quốc lộ 19 cơ bản hoàn thành GPMB. Toàn tỉnh đã đầu tư 23 khu tái định cư với khoảng 4.200 lô đất; 1.318 hộ đã được giao đất tái định cư.
Tuy nhiên, vẫn còn 19 dự án vướng mặt bằng, chủ yếu ở thị xã Hoài Nhơn, huyện Phù Cát và Tuy Phước; có 284 hộ chưa nhận tiền bồi thường. Nguyên nhân là giá đất bồi thường chưa sát giá thị trường, nguồn gốc đất phức tạp, một số khu tái định cư chưa hoàn thiện hạ tầng. Trong năm, các cơ quan nhận 146 đơn khiếu nại về bồi thường, đã giải quyết 129 đơn.
Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh do bà Đỗ Thị Diệu Hạnh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày, đề nghị UBND tỉnh sửa đổi Quyết định số 14/2020/QĐ-UBND ngày 8/5/2020 về quy định chi tiết bồi thường, hỗ trợ, tái định cư cho phù hợp thực tế; ưu tiên bố trí vốn xây dựng khu tái định cư trước khi thu hồi đất.
Ông Hồ Văn Lộc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông báo kết quả tham gia xây dựng chính quyền: qua 2 cuộc giám sát chuyên đề về GPMB, Mặt trận các cấp đã nêu 27 kiến nghị, trong đó nhiều kiến nghị về việc chậm chi trả tiền hỗ trợ chuyển đổi nghề.
Bà Đinh Thị Thu, đại biểu HĐND tỉnh thuộc tổ đại biểu huyện Vĩnh Thạnh, đề nghị quan tâm chính sách cho đồng bào Bana ở xã Vĩnh Sơn bị thu hồi đất làm thủy điện. Ông Nguyễn Văn Dũng, đại biểu HĐND tỉnh, Chủ tịch UBND xã Cát Tiến, kiến nghị sớm giải quyết dứt điểm 43 hộ còn vướng tại dự án đường ven biển đoạn qua xã.
Theo chương trình, HĐND tỉnh sẽ thông qua nghị quyết về Kế hoạch đầu tư công năm 2021, trong đó dành khoảng 420 tỷ đồng cho công tác bồi thường, GPMB. Nhiều đại biểu cho rằng, để công tác này chuyển biến thực chất, cần sự vào cuộc quyết liệt của người đứng đầu các địa phương và sự đồng thuận của người dân.
Ngọc Nhuận
Bài viết liên quan
- Khai mạc kỳ họp thứ 13 HĐND tỉnh khóa XII (08/12/2020)
- Hoài Nhơn: đẩy nhanh tiến độ GPMB dự án cao tốc Bắc - Nam (27/11/2020)
- MTTQ tỉnh giám sát việc chi trả bồi thường tại Phù Cát (12/11/2020)
""", "2020-12-10", "Báo cáo kết quả bồi thường, giải phóng mặt bằng năm 2020: Còn 19 dự án vướng mặt bằng",
E("bao_cao", "2020", "2020-12-08"),
[P("Lâm Hải Giang", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Thị Diệu Hạnh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Hồ Văn Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Thu", "đại biểu HĐND tỉnh"),
 P("Nguyễn Văn Dũng", "đại biểu HĐND tỉnh", "Chủ tịch UBND xã Cát Tiến")],
[Q("215 dự án", 215, "dự án"), Q("khoảng 2.130 ha", 2130, "ha", "approx"), Q("1.746 ha", 1746, "ha"), Q("82%", 82, "%"),
 Q("hơn 1.120 tỷ đồng", 1120000000000, "đồng", "over"), Q("9.847 hộ", 9847, "hộ"),
 Q("23 khu tái định cư", 23, "khu tái định cư"), Q("khoảng 4.200 lô đất", 4200, "lô đất", "approx"), Q("1.318 hộ", 1318, "hộ"),
 Q("19 dự án", 19, "dự án"), Q("284 hộ", 284, "hộ"), Q("146 đơn khiếu nại", 146, "đơn khiếu nại"), Q("129 đơn", 129, "đơn"),
 Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"), Q("27 kiến nghị", 27, "kiến nghị"), Q("43 hộ", 43, "hộ"),
 Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx")],
[D("Quyết định", "14", "2020/QĐ-UBND", "2020-05-08", None, "Quyết định số 14/2020/QĐ-UBND ngày 8/5/2020")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("Cát Tiến")],
["Báo Bình Định", "Chính trị - Xã hội » Hoạt động HĐND", "ĐT.639", "Quốc lộ 19", "Khu đô thị - du lịch sinh thái Nhơn Hội", "Kế hoạch đầu tư công năm 2021"],
["Thứ Năm, 10/12/2020 - 07:55", "kỳ họp thứ 13", "khóa XII", "năm 2020", "năm 2021", "Quốc lộ 19", "ĐT.639"]))

PAGES.append(page("b3183-nghean-giaoban-thang3-caotoc-2021", """
BÁO NGHỆ AN
Thời sự | Kinh tế | Chính trị | Xã hội | Pháp luật
29/03/2021 - 17:05
Toàn cảnh cuộc họp giao ban. Ảnh: Thành Duy
Yêu cầu bàn giao mặt bằng cao tốc Bắc - Nam đoạn qua Nghệ An trước 30/4
(Baonghean.vn) - Chiều 27/3, Ban Chỉ đạo GPMB dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn qua tỉnh Nghệ An họp giao ban tháng 3/2021 để đánh giá tiến độ. Đồng chí Lê Ngọc Hoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.
Theo báo cáo của Sở Giao thông vận tải, đến ngày 25/3, các huyện Quỳnh Lưu, Diễn Châu, Yên Thành, Nghi Lộc đã bàn giao 78,6 km trên tổng số 86,4 km, đạt 91%. Trong tháng, các địa phương đã chi trả thêm hơn 112 tỷ đồng cho 684 hộ; khởi công 5 khu tái định cư, trong đó khu tái định cư xã Diễn Cát đã bốc thăm giao 46 lô đất.
Còn vướng mắc tại 7 điểm, liên quan đến 39 hộ dân, 2 nhà thờ họ và khoảng 1.150 ngôi mộ chưa di dời; 14 vị trí đường điện cao thế chưa di chuyển. Ông Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện Diễn Châu, cho biết huyện đã tổ chức 11 cuộc đối thoại; các hộ còn lại chủ yếu đề nghị nâng đơn giá bồi thường đất vườn liền kề.
Bà Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các huyện phát huy vai trò của Ban Công tác Mặt trận, chi hội trưởng các đoàn thể, người có uy tín trong dòng họ để vận động; thực hiện nghiêm Hướng dẫn số 08-HD/BDVTU ngày 12/1/2021 của Ban Dân vận Tỉnh ủy về công tác dân vận trong GPMB các dự án trọng điểm. Theo bà, "không có vướng mắc nào không tháo gỡ được nếu cán bộ thật sự gần dân, trọng dân".
Ông Hoàng Văn Bảy, Bí thư Đảng ủy xã Nghi Thuận, huyện Nghi Lộc, chia sẻ kinh nghiệm: xã đã vận động 100% đảng viên có đất bị thu hồi gương mẫu bàn giao trước; lập 6 tổ vận động, mỗi tổ phụ trách 10 hộ.
Kết luận cuộc họp, đồng chí Lê Ngọc Hoa yêu cầu các huyện hoàn thành GPMB trước ngày 30/4/2021 theo Văn bản số 1822/UBND-CN của UBND tỉnh; trường hợp cố tình chây ì sau khi đã vận động, đối thoại nhiều lần thì tổ chức cưỡng chế theo quy định, nhưng phải có phương án bảo đảm an ninh, trật tự. Các sở, ngành liên quan rà soát, trình phê duyệt bổ sung 3 phương án bồi thường trong tuần đầu tháng 4.
Cuộc họp giao ban tháng 4 dự kiến được tổ chức tại huyện Quỳnh Lưu, kết hợp kiểm tra thực tế các khu tái định cư đang xây dựng và gặp gỡ những hộ dân đã nhận đất ở mới.
Phạm Bằng
Tin liên quan
- Diễn Châu cưỡng chế thu hồi đất dự án cao tốc (18/03/2021)
- Quỳnh Lưu: người dân tự nguyện tháo dỡ nhà bàn giao mặt bằng (08/03/2021)
- Nghệ An phấn đấu xong mặt bằng cao tốc trong quý I (22/02/2021)
""", "2021-03-29", "Yêu cầu bàn giao mặt bằng cao tốc Bắc - Nam đoạn qua Nghệ An trước 30/4",
E("giao_ban", "2021-03", "2021-03-27"),
[P("Lê Ngọc Hoa", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Văn Sơn", "Phó Chủ tịch UBND huyện Diễn Châu"),
 P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Bảy", "Bí thư Đảng ủy xã Nghi Thuận")],
[Q("78,6 km", 78.6, "km"), Q("86,4 km", 86.4, "km"), Q("91%", 91, "%"), Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"),
 Q("684 hộ", 684, "hộ"), Q("5 khu tái định cư", 5, "khu tái định cư"), Q("46 lô đất", 46, "lô đất"),
 Q("7 điểm", 7, "điểm"), Q("39 hộ dân", 39, "hộ dân"), Q("2 nhà thờ họ", 2, "nhà thờ họ"),
 Q("khoảng 1.150 ngôi mộ", 1150, "ngôi mộ", "approx"), Q("14 vị trí đường điện cao thế", 14, "vị trí đường điện cao thế"),
 Q("11 cuộc đối thoại", 11, "cuộc đối thoại"), Q("100% đảng viên", 100, "%"), Q("6 tổ vận động", 6, "tổ vận động"),
 Q("10 hộ", 10, "hộ"), Q("3 phương án bồi thường", 3, "phương án bồi thường")],
[D("Hướng dẫn", "08", "HD/BDVTU", "2021-01-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU ngày 12/1/2021"),
 D("Văn bản", "1822", "UBND-CN", None, "UBND tỉnh", "Văn bản số 1822/UBND-CN")],
[prov("Nghệ An"), com("Diễn Cát"), com("Nghi Thuận")],
["BÁO NGHỆ AN", "Thời sự | Kinh tế | Chính trị | Xã hội | Pháp luật", "Toàn cảnh cuộc họp giao ban. Ảnh: Thành Duy", "(Baonghean.vn)"],
["29/03/2021 - 17:05", "tháng 3/2021", "30/4", "30/4/2021", "tháng 4", "Bắc - Nam"]))

PAGES.append(page("b3184-daklak-doithoai-caotoc-kh-bmt-2022", """
Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk
Tin tức - Sự kiện / Tin hoạt động / Tin địa phương
Thứ Năm, 19/05/2022 | 10:40
Đối thoại với người dân bị ảnh hưởng dự án cao tốc Khánh Hòa - Buôn Ma Thuột
Sáng 17/5, UBND huyện Krông Pắc tổ chức hội nghị đối thoại năm 2022 với các hộ dân có đất bị thu hồi để thực hiện dự án đường cao tốc Khánh Hòa - Buôn Ma Thuột đoạn qua địa bàn huyện. Ông Y Wiêm Êban, Phó Bí thư Thường trực Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có bà H'Nhung Niê, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Ông Y Wiêm Êban trả lời ý kiến của người dân. Ảnh: Minh Thuận
Đoạn tuyến qua huyện dài khoảng 17,3 km, đi qua các xã Ea Kênh, Ea Phê, Krông Búk, Hòa Đông với 812 hộ bị ảnh hưởng, trong đó 196 hộ đồng bào dân tộc thiểu số. Đến nay, Hội đồng bồi thường đã kiểm đếm xong 745 hộ, đạt 91,7%; dự kiến tổng kinh phí bồi thường, hỗ trợ khoảng 640 tỷ đồng.
Tại hội nghị, 18 ý kiến đã được nêu. Ông Y Khu Byă, buôn Kplang, xã Ea Phê, hỏi về việc bồi thường vườn cà phê, sầu riêng đang cho thu hoạch. Bà H'Ngôn Mlô kiến nghị mở đường gom để bà con đi lại sang phần đất còn lại. Ông Nguyễn Văn Thạch, thôn 4, xã Ea Kênh, đề nghị không để tách thửa đất ở thành hai phần.
Trả lời, ông Y Wiêm Êban cho biết huyện thực hiện theo Nghị quyết số 18/2022/NQ-HĐND ngày 15/4/2022 của HĐND tỉnh và Quyết định số 25/2020/QĐ-UBND của UBND tỉnh Đắk Lắk; cây sầu riêng được bồi thường tối đa 1,1 triệu đồng/cây tùy độ tuổi; huyện đã đề xuất xây dựng 2 khu tái định cư tại xã Ea Phê và xã Hòa Đông với tổng cộng 215 lô.
Bà H'Nhung Niê đề nghị Ủy ban MTTQ các xã chủ trì giám sát việc kiểm đếm, công khai phương án; phối hợp với già làng, trưởng buôn, người có uy tín vận động bà con. Ông Y Thuế Knul, già làng buôn Kplang, phát biểu: "Đường cao tốc đi qua thì buôn mình sẽ phát triển, bà con sẵn sàng nhường đất nếu Nhà nước bồi thường thỏa đáng".
Theo kế hoạch, huyện phấn đấu bàn giao 70% mặt bằng trước ngày 30/9/2022, thực hiện theo Nghị quyết số 60/2022/QH15 của Quốc hội về chủ trương đầu tư dự án. Ban Dân vận Huyện ủy đã thành lập 4 tổ công tác cùng cán bộ các xã đến từng hộ dân để nắm tâm tư, nguyện vọng.
Kết thúc hội nghị, 124 hộ đã ký xác nhận đồng ý kết quả kiểm đếm. Những ý kiến chưa được trả lời tại chỗ sẽ được các phòng chuyên môn trả lời bằng văn bản, gửi đến từng hộ.
H.N - Văn phòng HĐND và UBND huyện
Lượt truy cập: 1.045.332
Tin khác
- Krông Pắc triển khai công tác GPMB dự án cao tốc (05/05/2022)
- Xã Ea Kênh tổ chức họp dân về thu hồi đất (28/04/2022)
- Huyện ủy Krông Pắc sơ kết quý I năm 2022 (12/04/2022)
""", "2022-05-19", "Đối thoại với người dân bị ảnh hưởng dự án cao tốc Khánh Hòa - Buôn Ma Thuột",
E("doi_thoai", "2022", "2022-05-17"),
[P("Y Wiêm Êban", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện"),
 P("H'Nhung Niê", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Khu Byă"), P("H'Ngôn Mlô"), P("Nguyễn Văn Thạch"),
 P("Y Thuế Knul", "già làng buôn Kplang")],
[Q("khoảng 17,3 km", 17.3, "km", "approx"), Q("812 hộ", 812, "hộ"), Q("196 hộ đồng bào dân tộc thiểu số", 196, "hộ đồng bào dân tộc thiểu số"),
 Q("745 hộ", 745, "hộ"), Q("91,7%", 91.7, "%"), Q("khoảng 640 tỷ đồng", 640000000000, "đồng", "approx"),
 Q("18 ý kiến", 18, "ý kiến"), Q("tối đa 1,1 triệu đồng", 1100000, "đồng"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("215 lô", 215, "lô"), Q("70%", 70, "%"), Q("4 tổ công tác", 4, "tổ công tác"), Q("124 hộ", 124, "hộ")],
[D("Nghị quyết", "18", "2022/NQ-HĐND", "2022-04-15", "HĐND tỉnh", "Nghị quyết số 18/2022/NQ-HĐND ngày 15/4/2022"),
 D("Quyết định", "25", "2020/QĐ-UBND", None, "UBND tỉnh Đắk Lắk", "Quyết định số 25/2020/QĐ-UBND"),
 D("Nghị quyết", "60", "2022/QH15", None, "Quốc hội", "Nghị quyết số 60/2022/QH15")],
[prov("Đắk Lắk"), com("Ea Kênh"), com("Ea Phê"), com("Krông Búk"), com("Hòa Đông")],
["Cổng thông tin điện tử huyện Krông Pắc - tỉnh Đắk Lắk", "Tin tức - Sự kiện / Tin hoạt động / Tin địa phương",
 "Ông Y Wiêm Êban trả lời ý kiến của người dân. Ảnh: Minh Thuận", "Lượt truy cập: 1.045.332", "Khánh Hòa - Buôn Ma Thuột"],
["Thứ Năm, 19/05/2022 | 10:40", "Lượt truy cập: 1.045.332", "năm 2022", "thôn 4"]))
