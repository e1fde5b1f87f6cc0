from lib import *
PAGES = []

PAGES.append(page("b8909-thaibinh-mttq-gopy-giadat-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện
Thứ Năm, 08/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Mặt trận tỉnh góp ý, phản biện dự thảo Bảng giá đất năm 2012
Ngày 6/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội nghị góp ý, phản biện dự thảo Quy định giá các loại đất năm 2012 trên địa bàn tỉnh do Sở Tài nguyên và Môi trường xây dựng, trước khi UBND tỉnh trình HĐND tỉnh khóa XV tại kỳ họp thứ ba. Đồng chí Nguyễn Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Tham dự có 47 đại biểu là thành viên Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh, đại diện các tổ chức thành viên, Ban Thường trực Ủy ban MTTQ 8 huyện, thành phố và các sở, ngành: Tài nguyên và Môi trường, Tài chính, Xây dựng, Cục Thuế tỉnh.
Theo dự thảo do ông Phạm Văn Lực, Phó Giám đốc Sở Tài nguyên và Môi trường trình bày, bảng giá đất năm 2012 được xây dựng trên cơ sở Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ và Thông tư liên tịch số 02/2010/TTLT-BTNMT-BTC ngày 8/1/2010 của Bộ Tài nguyên và Môi trường, Bộ Tài chính; giữ ổn định giá đối với khoảng 85% vị trí, chỉ điều chỉnh tại 312 tuyến đường, đoạn đường có giá chuyển nhượng thực tế biến động lớn. Giá đất ở cao nhất là 28 triệu đồng/m2 tại đường Lê Lợi thuộc phường Đề Thám, thấp nhất tại các xã ven biển là 120.000 đồng/m2.
Tại hội nghị, 14 ý kiến của các đại biểu tập trung phản biện phương pháp xác định giá và sự chênh lệch giữa các khu vực giáp ranh. Luật sư Trần Văn Thịnh, Phó Chủ nhiệm Đoàn Luật sư tỉnh, cho rằng giá đất nông nghiệp tại xã Thụy Trường và xã Thái Thượng còn thấp hơn giá chuyển nhượng thực tế khoảng 40%, dễ phát sinh khiếu kiện khi Nhà nước thu hồi đất làm khu công nghiệp.
Ông Bùi Đức Hạnh, nguyên Phó Chủ tịch UBND tỉnh, thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh, đề nghị cơ quan soạn thảo công khai bảng giá đến tận thôn, xóm để người dân biết, giám sát. Bà Đặng Thị Mến, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị tính đúng, tính đủ chi phí đầu tư vào đất của nông dân, nhất là diện tích đất công ích mà các hộ đã cải tạo nhiều năm.
Đại diện Sở Tài chính, ông Vũ Quang Huy, Phó Giám đốc Sở, tiếp thu và giải trình một số ý kiến; cho biết cơ quan soạn thảo sẽ khảo sát lại giá tại 26 vị trí giáp ranh trước khi hoàn thiện.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hằng đề nghị cơ quan soạn thảo tiếp thu các ý kiến xác đáng, bảo đảm giá đất sát giá thị trường, hài hòa lợi ích của Nhà nước, nhà đầu tư và người dân. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp đầy đủ ý kiến, gửi UBND tỉnh và Thường trực HĐND tỉnh trước ngày 10/12/2011, theo Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 20/4/2010 giữa Ủy ban MTTQ tỉnh và UBND tỉnh.
Minh Hương
Lượt xem: 412
Tin liên quan
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa X (25/11/2011)
- Giám sát việc thu hồi đất tại khu công nghiệp Tiền Hải (10/11/2011)
- Mặt trận huyện Kiến Xương tiếp nhận 320 triệu đồng ủng hộ Quỹ Vì người nghèo (02/11/2011)
- Góp ý dự thảo quy hoạch sử dụng đất đến năm 2020 (18/10/2011)
""", "2011-12-08", "Mặt trận tỉnh góp ý, phản biện dự thảo Bảng giá đất năm 2012",
E("hoi_nghi", None, "2011-12-06"),
[P("Nguyễn Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Lực", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Trần Văn Thịnh", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Bùi Đức Hạnh", "nguyên Phó Chủ tịch UBND tỉnh", "thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh"),
 P("Đặng Thị Mến", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vũ Quang Huy", "Phó Giám đốc Sở")],
[Q("47 đại biểu", 47, "đại biểu"), Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("khoảng 85%", 85, "%", "approx"), Q("312 tuyến đường, đoạn đường", 312, "tuyến đường, đoạn đường"),
 Q("28 triệu đồng/m2", 28000000, "đồng"), Q("120.000 đồng/m2", 120000, "đồng"),
 Q("14 ý kiến", 14, "ý kiến"), Q("khoảng 40%", 40, "%", "approx"),
 Q("26 vị trí giáp ranh", 26, "vị trí giáp ranh")],
[D("Nghị định", "69", "2009/NĐ-CP", "2009-08-13", "Chính phủ", "Nghị định số 69/2009/NĐ-CP ngày 13/8/2009"),
 D("Thông tư liên tịch", "02", "2010/TTLT-BTNMT-BTC", "2010-01-08", "Bộ Tài nguyên và Môi trường, Bộ Tài chính",
   "Thông tư liên tịch số 02/2010/TTLT-BTNMT-BTC ngày 8/1/2010"),
 D("Chương trình phối hợp", "05", "CTPH-MTTQ-UBND", "2010-04-20", "Ủy ban MTTQ tỉnh và UBND tỉnh",
   "Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 20/4/2010")],
[prov("Thái Bình"), com("Đề Thám"), com("Thụy Trường"), com("Thái Thượng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện",
 "Ảnh: Quang cảnh hội nghị.", "Lượt xem: 412", "dự thảo Quy định giá các loại đất năm 2012",
 "Hội đồng tư vấn về kinh tế", "Cục Thuế tỉnh"],
["Thứ Năm, 08/12/2011 - 09:30", "khóa XV", "kỳ họp thứ ba", "năm 2012", "Lượt xem: 412"]))

PAGES.append(page("b8910-laocai-mttq-giamsat-taidinhcu-2012", """
Báo Lào Cai điện tử
Chính trị - Xã hội | Mặt trận | Đoàn thể
Cập nhật: 14:20, 18/09/2012 (GMT+7)
Đoàn giám sát làm việc với UBND xã Gia Phú.
Giám sát việc bồi thường, hỗ trợ tái định cư dự án đường cao tốc qua Bảo Thắng, Văn Bàn
LCĐT - Từ ngày 10 đến 14/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai do ông Vàng Seo Páo, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án đường cao tốc Nội Bài - Lào Cai tại huyện Bảo Thắng và huyện Văn Bàn.
Tham gia đoàn có các đồng chí: Lò Văn Minh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; Phạm Thị Lan, Phó Chủ tịch Hội Nông dân tỉnh và đại diện Sở Tài nguyên và Môi trường, Ban Quản lý dự án.
Thực hiện Kế hoạch số 27/KH-MTTQ ngày 3/8/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc với UBND 2 huyện và 5 xã: Xuân Quang, Phong Niên, Gia Phú, Võ Lao, Khánh Yên Thượng; trực tiếp gặp gỡ 46 hộ dân có đất bị thu hồi.
Theo báo cáo, toàn tuyến qua 2 huyện có 1.426 hộ bị ảnh hưởng, trong đó 318 hộ phải di chuyển chỗ ở. Tổng kinh phí bồi thường, hỗ trợ đã chi trả hơn 412 tỷ đồng, đạt 91,5% kế hoạch; đã xây dựng 9 khu tái định cư, bàn giao 276 lô đất ở cho các hộ. Ban Thường trực Ủy ban MTTQ các huyện đã tiếp nhận 64 đơn thư, kiến nghị của công dân, chủ yếu về giá bồi thường đất nông nghiệp và tài sản trên đất; đến nay đã giải quyết 52/64 đơn.
Qua giám sát, đoàn đánh giá các địa phương đã công khai phương án bồi thường, niêm yết tại trụ sở UBND xã và nhà văn hóa thôn; tuy nhiên một số khu tái định cư chưa hoàn thiện hạ tầng điện, nước; việc xác định nguồn gốc đất ở một số thửa còn chậm. Ông Hoàng Văn Thắng, Chủ tịch UBND xã Gia Phú, cho biết xã còn 12 hộ chưa nhận tiền vì chưa thống nhất diện tích đo đạc.
Chị Lý Thị Hoa ở thôn Khe Mụ, xã Võ Lao phản ánh khu tái định cư của thôn cách nương cũ gần 5 km, đường đi lại khó khăn. Bà Trần Thị Thủy, Phó Chủ tịch UBND huyện Văn Bàn, tiếp thu và cho biết huyện sẽ đề nghị tỉnh bổ sung kinh phí làm đường nội đồng.
Đoàn giám sát kiến nghị UBND tỉnh xem xét điều chỉnh đơn giá bồi thường cây trồng, vật nuôi theo Quyết định số 45/2011/QĐ-UBND ngày 28/12/2011 của UBND tỉnh cho phù hợp giá thị trường; có chính sách hỗ trợ chuyển đổi nghề cho 37 hộ đồng bào Mông phải di chuyển đến nơi ở mới; thực hiện đúng Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ về quy chế giám sát đầu tư của cộng đồng, tạo điều kiện để Ban Giám sát đầu tư của cộng đồng các xã giám sát chất lượng công trình hạ tầng tái định cư.
Phát biểu kết thúc đợt giám sát, ông Vàng Seo Páo đề nghị chính quyền các cấp tiếp tục đối thoại với nhân dân, giải quyết dứt điểm 12 trường hợp còn vướng mắc trước ngày 30/10/2012.
Hồng Ninh
Tin khác
- Mặt trận các cấp tiếp nhận hơn 3 tỷ đồng ủng hộ đồng bào vùng lũ (12/09/2012)
- Sa Pa: Hội nghị người có uy tín năm 2012 (05/09/2012)
- Bắc Hà triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (28/08/2012)
""", "2012-09-18", "Giám sát việc bồi thường, hỗ trợ tái định cư dự án đường cao tốc qua Bảo Thắng, Văn Bàn",
E("giam_sat", None, "2012-09-10"),
[P("Vàng Seo Páo", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Minh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Lan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Thắng", "Chủ tịch UBND xã Gia Phú"),
 P("Lý Thị Hoa"),
 P("Trần Thị Thủy", "Phó Chủ tịch UBND huyện Văn Bàn")],
[Q("2 huyện", 2, "huyện"), Q("5 xã", 5, "xã"), Q("46 hộ dân", 46, "hộ dân"),
 Q("1.426 hộ", 1426, "hộ"), Q("318 hộ", 318, "hộ"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("91,5%", 91.5, "%"), Q("9 khu tái định cư", 9, "khu tái định cư"), Q("276 lô đất ở", 276, "lô đất ở"),
 Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"), Q("52/64 đơn", 52, "đơn"), Q("12 hộ", 12, "hộ"),
 Q("gần 5 km", 5, "km", "approx"), Q("37 hộ đồng bào Mông", 37, "hộ đồng bào Mông"), Q("12 trường hợp", 12, "trường hợp")],
[D("Kế hoạch", "27", "KH-MTTQ", "2012-08-03", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ ngày 3/8/2012"),
 D("Quyết định", "45", "2011/QĐ-UBND", "2011-12-28", "UBND tỉnh", "Quyết định số 45/2011/QĐ-UBND ngày 28/12/2011"),
 D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg")],
[prov("Lào Cai"), com("Xuân Quang"), com("Phong Niên"), com("Gia Phú"), com("Võ Lao"), com("Khánh Yên Thượng")],
["Báo Lào Cai điện tử", "Chính trị - Xã hội | Mặt trận | Đoàn thể", "Đoàn giám sát làm việc với UBND xã Gia Phú.", "LCĐT"],
["Cập nhật: 14:20, 18/09/2012 (GMT+7)", "Từ ngày 10 đến 14/9", "Nội Bài - Lào Cai"]))

PAGES.append(page("b8911-nghean-mttq-phanbien-datsanxuat-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Bạn đang ở: Trang chủ / Tin tức / Dân chủ - Pháp luật
08:15 | 22/11/2013
Phản biện dự thảo Nghị quyết về hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số nghèo
Sáng 20/11, Ủy ban MTTQ tỉnh Nghệ An tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về một số chính sách hỗ trợ đất sản xuất, đất ở cho hộ đồng bào dân tộc thiểu số nghèo giai đoạn 2014 - 2015. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hồ Thị Xuân, Lữ Văn Thông, Vi Thị Hằng.
Tham dự có hơn 60 đại biểu là thành viên Hội đồng tư vấn Dân tộc, Tôn giáo của Ủy ban MTTQ tỉnh, đại diện Ban Dân tộc tỉnh, Sở Tài nguyên và Môi trường, Sở Tài chính và Ủy ban MTTQ 11 huyện miền núi.
Theo dự thảo do bà Lang Thị Phượng, Phó Trưởng Ban Dân tộc tỉnh trình bày, giai đoạn 2014 - 2015 tỉnh dự kiến hỗ trợ 4.850 hộ đồng bào dân tộc thiểu số nghèo thiếu đất sản xuất và 1.120 hộ thiếu đất ở; mỗi hộ được hỗ trợ tối đa 15 triệu đồng để khai hoang, cải tạo đất hoặc chuyển đổi nghề. Tổng kinh phí dự kiến khoảng 96,5 tỷ đồng, trong đó ngân sách Trung ương 70%, còn lại là ngân sách tỉnh và lồng ghép các chương trình. Dự thảo được xây dựng trên cơ sở Quyết định số 134/2004/QĐ-TTg và Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ.
Với 18 ý kiến phản biện, các đại biểu cơ bản đồng tình với sự cần thiết ban hành nghị quyết nhưng cho rằng quỹ đất để giao cho đồng bào chưa được làm rõ. TS. Nguyễn Đình Lâm, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, đề nghị rà soát diện tích đất các nông, lâm trường đang quản lý nhưng sử dụng kém hiệu quả để thu hồi, giao lại cho dân.
Ông Lương Văn Pạnh, Trưởng bản Xốp Mạt, xã Nhôn Mai cho biết nhiều hộ trong bản phải đi làm thuê vì không có đất; mức 15 triệu đồng/hộ chỉ đủ khai hoang khoảng 0,5 ha. Ông Và Bá Lầu, người có uy tín bản Huồi Giảng 1, xã Tri Lễ, đề nghị ưu tiên hộ mới tách, hộ tái định cư thủy điện và cho phép hộ nhận đất bằng hình thức cộng đồng bản quản lý.
Đồng chí Lữ Văn Thông đề nghị cơ quan soạn thảo bổ sung tiêu chí xác định hộ thiếu đất, quy định rõ trách nhiệm của UBND cấp xã trong việc bình xét công khai tại thôn, bản, tránh tình trạng chọn không đúng đối tượng như ở một số nơi khi thực hiện Quyết định 134 trước đây.
Kết luận hội nghị, đồng chí Hồ Thị Xuân cho biết Ban Thường trực sẽ tổng hợp thành văn bản phản biện gửi Thường trực HĐND tỉnh trước kỳ họp thứ 9, HĐND tỉnh khóa XVI, theo Kế hoạch số 102/KH-MTTQ-BTT ngày 25/10/2013 của Ban Thường trực Ủy ban MTTQ tỉnh. Đây là hoạt động phản biện thứ ba của Mặt trận tỉnh kể từ đầu năm, sau khi dự thảo Hiến pháp sửa đổi được lấy ý kiến rộng rãi trong nhân dân.
Phan Quỳnh
Lượt truy cập: 1.208.354
Tin liên quan
- Mặt trận tỉnh góp ý dự thảo sửa đổi Hiến pháp năm 1992 (15/03/2013)
- Quế Phong: ra mắt mô hình "Bản không có ma túy" (02/11/2013)
- Trao 120 nhà Đại đoàn kết cho hộ nghèo huyện Kỳ Sơn (24/10/2013)
""", "2013-11-22", "Phản biện dự thảo Nghị quyết về hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số nghèo",
E("hoi_nghi", None, "2013-11-20"),
[P("Hồ Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lữ Văn Thông", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lang Thị Phượng", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Đình Lâm", "TS.", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Lương Văn Pạnh", "Trưởng bản Xốp Mạt"),
 P("Và Bá Lầu", "người có uy tín bản Huồi Giảng 1")],
[Q("hơn 60 đại biểu", 60, "đại biểu", "over"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("4.850 hộ đồng bào dân tộc thiểu số nghèo", 4850, "hộ đồng bào dân tộc thiểu số nghèo"), Q("1.120 hộ", 1120, "hộ"),
 Q("tối đa 15 triệu đồng", 15000000, "đồng"), Q("khoảng 96,5 tỷ đồng", 96500000000, "đồng", "approx"),
 Q("70%", 70, "%"), Q("18 ý kiến phản biện", 18, "ý kiến phản biện"), Q("khoảng 0,5 ha", 0.5, "ha", "approx")],
[D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 134/2004/QĐ-TTg"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Kế hoạch", "102", "KH-MTTQ-BTT", "2013-10-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 102/KH-MTTQ-BTT ngày 25/10/2013")],
[prov("Nghệ An"), com("Nhôn Mai"), com("Tri Lễ")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ / Tin tức / Dân chủ - Pháp luật",
 "Lượt truy cập: 1.208.354", "Hiến pháp sửa đổi", "Hội đồng tư vấn Dân tộc, Tôn giáo"],
["08:15 | 22/11/2013", "giai đoạn 2014 - 2015", "15 triệu đồng/hộ", "kỳ họp thứ 9", "khóa XVI", "Quyết định 134",
 "Lượt truy cập: 1.208.354"]))

PAGES.append(page("b8912-quangnam-mttq-phanbien-banggiadat-2014", """
Báo Quảng Nam Online
You are here: Trang chủ » Chính trị » Mặt trận
Ngày đăng 05/12/2014 | 16:20
Phản biện xã hội dự thảo bảng giá đất 5 năm 2015 - 2019
(QNO) - Ngày 3.12, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị phản biện xã hội dự thảo Quy định bảng giá các loại đất trên địa bàn tỉnh giai đoạn 2015 - 2019. Đây là lần đầu tiên Mặt trận tỉnh tổ chức phản biện một dự thảo văn bản của UBND tỉnh theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Chủ trì hội nghị có ông Huỳnh Văn Tâm - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Trần Thị Kim Bông - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ông Lê Văn Hai - Giám đốc Sở Tài nguyên và Môi trường cho biết, dự thảo được xây dựng theo Luật Đất đai năm 2013, Nghị định số 44/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định về giá đất và Thông tư số 36/2014/TT-BTNMT ngày 30/6/2014 của Bộ Tài nguyên và Môi trường. Theo đó, giữ ổn định giá tại khoảng 70% vị trí, điều chỉnh tăng tại 1.152 vị trí, tuyến đường; giá đất ở cao nhất là 35 triệu đồng/m2 trên đường Bạch Đằng (TP. Tam Kỳ), giá đất trồng lúa thấp nhất 10.000 đồng/m2 ở các huyện miền núi cao.
Hội nghị nhận được 23 ý kiến phản biện. Ông Nguyễn Tấn Phước, Chủ tịch UBND phường Cẩm Phô (TP. Hội An) đề nghị tách giá đất trong phố cổ với đất ven sông vì khả năng sinh lợi rất khác nhau. Luật gia Phan Văn Đức, Chủ tịch Hội Luật gia tỉnh, cho rằng cần bổ sung nguyên tắc xác định giá đất tại khu vực giáp ranh giữa các huyện đồng bằng để tránh chênh lệch quá 30%.
Bà Zơ Râm Thị Mai, Phó Chủ tịch Ủy ban MTTQ huyện Tây Giang, phản ánh giá đất rừng sản xuất của đồng bào Cơ Tu được định quá thấp, chỉ 3.000 đồng/m2, trong khi các dự án thủy điện thu hồi đất của dân. Ông Alăng Đợi, già làng thôn Aur, xã A Xan, đề nghị khi xây dựng giá đất phải lấy ý kiến già làng, trưởng thôn.
Theo đại diện xã Tam Thăng (TP. Tam Kỳ), việc khu công nghiệp mở rộng khiến giá chuyển nhượng thực tế cao gấp 2 - 3 lần bảng giá, nếu không điều chỉnh thì người dân sẽ thiệt thòi khi bồi thường.
Kết luận hội nghị, ông Huỳnh Văn Tâm đánh giá các ý kiến có chất lượng, đề nghị Sở Tài nguyên và Môi trường tiếp thu, giải trình bằng văn bản trước khi UBND tỉnh trình HĐND tỉnh khóa VIII tại kỳ họp thứ 12. Ban Thường trực Ủy ban MTTQ tỉnh sẽ ban hành văn bản phản biện gửi Thường trực HĐND, UBND tỉnh, đồng thời giám sát việc tiếp thu theo Quyết định 217.
THANH THẮNG
Tin liên quan
- Tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận (20/11/2014)
- Tây Giang: Mặt trận vận động đồng bào hiến 35 ha đất rừng (12/11/2014)
- Góp ý dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) (30/10/2014)
""", "2014-12-05", "Phản biện xã hội dự thảo bảng giá đất 5 năm 2015 - 2019",
E("hoi_nghi", None, "2014-12-03"),
[P("Huỳnh Văn Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Bông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hai", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Nguyễn Tấn Phước", "Chủ tịch UBND phường Cẩm Phô"),
 P("Phan Văn Đức", "Luật gia", "Chủ tịch Hội Luật gia tỉnh"),
 P("Zơ Râm Thị Mai", "Phó Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Alăng Đợi", "già làng thôn Aur")],
[Q("khoảng 70%", 70, "%", "approx"), Q("1.152 vị trí, tuyến đường", 1152, "vị trí, tuyến đường"),
 Q("35 triệu đồng/m2", 35000000, "đồng"), Q("10.000 đồng/m2", 10000, "đồng"),
 Q("23 ý kiến phản biện", 23, "ý kiến phản biện"), Q("30%", 30, "%"), Q("3.000 đồng/m2", 3000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "44", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 44/2014/NĐ-CP ngày 15/5/2014"),
 D("Thông tư", "36", "2014/TT-BTNMT", "2014-06-30", "Bộ Tài nguyên và Môi trường", "Thông tư số 36/2014/TT-BTNMT ngày 30/6/2014")],
[prov("Quảng Nam"), com("Cẩm Phô"), com("A Xan"), com("Tam Thăng")],
["Báo Quảng Nam Online", "You are here: Trang chủ » Chính trị » Mặt trận", "(QNO)", "Luật Đất đai năm 2013",
 "dự thảo Quy định bảng giá các loại đất"],
["Ngày đăng 05/12/2014 | 16:20", "5 năm 2015 - 2019", "giai đoạn 2015 - 2019", "gấp 2 - 3 lần", "khóa VIII", "kỳ họp thứ 12",
 "Quyết định 217"]))

PAGES.append(page("b8913-dongthap-mttq-tongket-giamsat-2015", """
BÁO ĐỒNG THÁP ONLINE
Chính trị > Mặt trận - Đoàn thể
28-12-2015 10:40
Hôm nay: Thứ Ba, 29/12/2015
Năm 2015, Mặt trận các cấp tổ chức 214 cuộc giám sát
(ĐTO) - Ngày 25/12/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác giám sát và phản biện xã hội năm 2015, triển khai phương hướng năm 2016. Bà Trần Thị Thanh Xuân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo do ông Lê Văn Tư, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh trình bày cho biết, thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Hướng dẫn số 19/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, trong năm Mặt trận các cấp tổ chức 214 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 38 cuộc, cấp xã 170 cuộc, tập trung vào việc bồi thường, hỗ trợ khi thu hồi đất, thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo và cấp giấy chứng nhận quyền sử dụng đất.
Ban Thanh tra nhân dân ở 144 xã, phường, thị trấn tiếp nhận 312 đơn thư, kiến nghị; Ban Giám sát đầu tư của cộng đồng đã giám sát 1.032 công trình, phát hiện 27 công trình có sai sót, kiến nghị thu hồi hơn 1,3 tỷ đồng. Về phản biện xã hội, Mặt trận tỉnh chủ trì phản biện 4 dự thảo nghị quyết của HĐND tỉnh, trong đó có dự thảo Bảng giá đất giai đoạn 2015 - 2019; Mặt trận cấp huyện tổ chức 11 hội nghị phản biện. Có 86% kiến nghị sau giám sát, phản biện được cơ quan chức năng tiếp thu, giải quyết.
Thảo luận tại hội nghị, ông Nguyễn Văn Sáu, Trưởng Ban Thanh tra nhân dân xã Tân Thuận Đông, chia sẻ cách giám sát việc chi trả tiền bồi thường làm đường tránh, nhờ đó phát hiện 3 hộ bị tính thiếu diện tích. Bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ huyện Tháp Mười, cho rằng nhiều cán bộ Mặt trận cấp xã còn ngại giám sát chính quyền cùng cấp, kỹ năng phản biện còn hạn chế.
Các ông Đặng Văn Tám, Trương Minh Hiếu - Phó Chủ tịch Ủy ban MTTQ tỉnh đề nghị năm 2016 chọn ít nhất 2 chuyên đề giám sát liên quan trực tiếp đến đời sống nhân dân và tăng cường phối hợp với Ban Pháp chế HĐND tỉnh. Bà Ngô Thị Bích, vừa được hiệp thương cử giữ chức Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, phát biểu nhận nhiệm vụ.
Phát biểu chỉ đạo, ông Phạm Thiện Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận kết quả năm đầu thực hiện Luật Mặt trận Tổ quốc Việt Nam năm 2015, đề nghị cấp ủy, chính quyền các cấp tạo điều kiện để Mặt trận thực hiện tốt chức năng giám sát, phản biện xã hội.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác giám sát, phản biện xã hội năm 2015.
Hữu Nghĩa
Tin liên quan
- Hội nghị phản biện dự thảo bảng giá đất giai đoạn 2015 - 2019 (10/12/2014)
- Cao Lãnh: Mặt trận giám sát việc cấp thẻ bảo hiểm y tế (16/11/2015)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo huyện Tam Nông (05/11/2015)
""", "2015-12-28", "Năm 2015, Mặt trận các cấp tổ chức 214 cuộc giám sát",
E("tong_ket", "2015", "2015-12-25"),
[P("Trần Thị Thanh Xuân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tư", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Sáu", "Trưởng Ban Thanh tra nhân dân xã Tân Thuận Đông"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ huyện Tháp Mười"),
 P("Đặng Văn Tám", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trương Minh Hiếu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Thị Bích", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Phạm Thiện Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("6 cuộc", 6, "cuộc"), Q("38 cuộc", 38, "cuộc"), Q("170 cuộc", 170, "cuộc"),
 Q("144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"), Q("312 đơn thư, kiến nghị", 312, "đơn thư, kiến nghị"),
 Q("1.032 công trình", 1032, "công trình"), Q("27 công trình", 27, "công trình"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("4 dự thảo nghị quyết", 4, "dự thảo nghị quyết"),
 Q("11 hội nghị phản biện", 11, "hội nghị phản biện"), Q("86%", 86, "%"), Q("3 hộ", 3, "hộ"),
 Q("ít nhất 2 chuyên đề giám sát", 2, "chuyên đề giám sát", "over"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Hướng dẫn", "19", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 19/HD-MTTW-BTT")],
[prov("Đồng Tháp"), com("Tân Thuận Đông")],
["BÁO ĐỒNG THÁP ONLINE", "Chính trị > Mặt trận - Đoàn thể", "Hôm nay: Thứ Ba, 29/12/2015", "(ĐTO)",
 "Luật Mặt trận Tổ quốc Việt Nam năm 2015", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng"],
["28-12-2015 10:40", "Hôm nay: Thứ Ba, 29/12/2015", "năm 2016", "giai đoạn 2015 - 2019", "Quyết định 217, 218-QĐ/TW"]))

PAGES.append(page("b8914-gialai-mttq-giamsat-datdai-2016", """
BÁO GIA LAI ĐIỆN TỬ
Vị trí: Trang chủ › Chính trị › Mặt trận
15/08/2016 - 10:05
Giám sát việc giải quyết đất sản xuất cho đồng bào dân tộc thiểu số tại Chư Păh
(GLO)- Từ ngày 9 đến 11/8/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do ông Rơ Châm Long, Phó Chủ tịch Ủy ban MTTQ tỉnh làm Trưởng đoàn đã giám sát việc thực hiện chính sách đất đai đối với đồng bào dân tộc thiểu số tại huyện Chư Păh.
Ông Rơ Châm Long (giữa) làm việc với UBND xã Ia Ka. Ảnh: N.M
Theo Kế hoạch số 48/KH-MTTQ-BTT ngày 20/7/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc với UBND huyện, Ban Quản lý rừng phòng hộ, 2 công ty nông, lâm nghiệp và các xã Ia Ka, Ia Nhin, Hòa Phú; gặp gỡ già làng, người có uy tín và 58 hộ dân.
Báo cáo của UBND huyện cho biết, toàn huyện còn 2.318 hộ đồng bào dân tộc thiểu số thiếu đất sản xuất. Thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về quản lý đất đai và ổn định đời sống đồng bào, từ năm 2014 đến nay huyện đã giao hơn 1.450 ha đất cho 906 hộ; các công ty nông, lâm nghiệp đã trả lại địa phương trên 2.100 ha theo Nghị định số 118/2014/NĐ-CP của Chính phủ. Tuy vậy, còn khoảng 320 ha bị lấn chiếm, tranh chấp chưa được xử lý dứt điểm.
Tại buổi làm việc, ông Siu Thoan, Chủ tịch UBND xã Ia Ka, cho biết xã có 14 vụ tranh chấp đất giữa người dân và công ty, đã hòa giải thành 9 vụ. Già làng Puih Dõ (làng Bông Phun, xã Ia Nhin) đề nghị cấp giấy chứng nhận quyền sử dụng đất cho bà con sớm để yên tâm trồng cà phê, hồ tiêu. Bà Rah Lan H'Liên, Phó Chủ tịch UBND huyện Chư Păh tiếp thu, cho biết huyện đang đo đạc, cấp giấy cho 412 thửa đất.
Chị Ksor H'Nhi ở làng Ia Ly, xã Ia Ka phản ánh gia đình có 6 khẩu nhưng chỉ còn 0,3 ha đất rẫy, phải đi làm thuê cho các chủ vườn cà phê.
Ông Nguyễn Hữu Phúc, Phó Giám đốc Sở Tài nguyên và Môi trường, thành viên đoàn giám sát, đề nghị huyện công khai danh sách hộ được giao đất tại nhà rông của mỗi làng.
Kết thúc đợt giám sát, đoàn kiến nghị UBND tỉnh bố trí trên 4,2 tỷ đồng để đo đạc, cấp giấy chứng nhận cho diện tích đất các công ty trả về; chỉ đạo xử lý dứt điểm các trường hợp lấn chiếm; ưu tiên giao đất cho hộ nghèo, hộ chưa có đất. Ông Rơ Châm Long yêu cầu Ủy ban MTTQ huyện tiếp tục theo dõi, giám sát việc thực hiện các kiến nghị và báo cáo kết quả về Ban Thường trực trước ngày 15/11/2016.
NGỌC MINH
Lượt xem: 1.534
Tin liên quan
- Kbang: Mặt trận vận động hơn 200 triệu đồng xây nhà Đại đoàn kết (08/08/2016)
- Ia Grai: Hội nghị biểu dương người có uy tín (28/07/2016)
- Đak Đoa: Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo (15/07/2016)
""", "2016-08-15", "Giám sát việc giải quyết đất sản xuất cho đồng bào dân tộc thiểu số tại Chư Păh",
E("giam_sat", None, "2016-08-09"),
[P("Rơ Châm Long", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Siu Thoan", "Chủ tịch UBND xã Ia Ka"),
 P("Puih Dõ", "Già làng"),
 P("Ksor H'Nhi"),
 P("Rah Lan H'Liên", "Phó Chủ tịch UBND huyện Chư Păh"),
 P("Nguyễn Hữu Phúc", "Phó Giám đốc Sở Tài nguyên và Môi trường", "thành viên đoàn giám sát")],
[Q("2 công ty nông, lâm nghiệp", 2, "công ty nông, lâm nghiệp"), Q("58 hộ dân", 58, "hộ dân"),
 Q("2.318 hộ đồng bào dân tộc thiểu số", 2318, "hộ đồng bào dân tộc thiểu số"), Q("hơn 1.450 ha", 1450, "ha", "over"),
 Q("906 hộ", 906, "hộ"), Q("trên 2.100 ha", 2100, "ha", "over"), Q("khoảng 320 ha", 320, "ha", "approx"),
 Q("14 vụ tranh chấp đất", 14, "vụ tranh chấp đất"), Q("9 vụ", 9, "vụ"), Q("6 khẩu", 6, "khẩu"), Q("0,3 ha", 0.3, "ha"), Q("412 thửa đất", 412, "thửa đất"),
 Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over")],
[D("Kế hoạch", "48", "KH-MTTQ-BTT", "2016-07-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 48/KH-MTTQ-BTT ngày 20/7/2016"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2014/NĐ-CP")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin"), com("Hòa Phú")],
["BÁO GIA LAI ĐIỆN TỬ", "Vị trí: Trang chủ › Chính trị › Mặt trận", "Ông Rơ Châm Long (giữa) làm việc với UBND xã Ia Ka. Ảnh: N.M",
 "(GLO)", "Lượt xem: 1.534", "Ban Quản lý rừng phòng hộ"],
["15/08/2016 - 10:05", "Từ ngày 9 đến 11/8/2016", "từ năm 2014", "Lượt xem: 1.534"]))
