from lib import *
PAGES = []

PAGES.append(page("b2309-laocai-batxat-bdvhu-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Thứ Năm, 22/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Ban Dân vận Huyện ủy Bát Xát tổng kết công tác dân vận năm 2011
Ngày 20/12/2011, Ban Dân vận Huyện ủy Bát Xát tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Lù Thị Dung, TUV, Bí thư Huyện ủy Bát Xát; đồng chí Giàng Seo Phử, Phó Trưởng Ban Dân vận Tỉnh ủy Lào Cai. Đồng chí Vàng Văn Chử, HUV, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị. Cùng dự có 64 đồng chí là trưởng khối dân vận, chủ tịch Ủy ban MTTQ 22 xã, thị trấn.
Năm 2011, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị số 07-CT/HU ngày 14/4/2011 về tăng cường công tác dân vận trong vùng đồng bào Mông, Dao và Kế hoạch 21, 22-KH/HU về thực hiện Quy chế dân chủ ở cơ sở và vận động nhân dân tham gia xây dựng nông thôn mới. Khối dân vận các cấp đã phối hợp tổ chức 146 buổi tuyên truyền cho trên 8.200 lượt người; vận động nhân dân hiến 3.450 m2 đất, đóng góp 1,25 tỷ đồng và 5.600 ngày công để làm 17 km đường liên thôn.
Công tác nắm tình hình nhân dân được duy trì thường xuyên; trong năm đã tiếp nhận 39 đơn thư, phối hợp giải quyết 35 đơn, đạt 89,7%. Toàn huyện có 18 mô hình "Dân vận khéo" được công nhận, trong đó 4 mô hình cấp tỉnh.
Tại hội nghị, đại biểu các xã thảo luận sôi nổi. Ông Thào A Sinh, Bí thư Đảng ủy xã Y Tý, chia sẻ cách vận động bà con người Mông bỏ tục lệ ma chay kéo dài. Bà Tẩn Mẩy Chạn, Chủ tịch Ủy ban MTTQ xã A Mú Sung, đề nghị huyện quan tâm phụ cấp cho 11 tổ dân vận thôn vùng cao. Đồng chí Lý Seo Chin, ĐUV, Trưởng khối dân vận xã Trịnh Tường, báo cáo việc vận động 27 hộ di dời khỏi vùng có nguy cơ sạt lở trước mùa mưa.
Phát biểu chỉ đạo, đồng chí Lù Thị Dung ghi nhận kết quả đạt được và yêu cầu năm 2012 khối dân vận tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; phát huy vai trò của 96 người có uy tín trong đồng bào dân tộc thiểu số; kịp thời nắm và giải quyết đơn thư ngay từ cơ sở, không để phát sinh điểm nóng.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Hoàng Minh
Lượt xem: 512
Tin liên quan
- Y Tý ra mắt tổ dân vận thôn Choản Thèn (02/12/2011)
- Bát Xát: 5 mô hình "Dân vận khéo" được công nhận (18/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (04/11/2011)
- Mường Hum tuyên truyền pháp luật cho đồng bào Dao (21/10/2011)
- Bát Xát: phát động tháng cao điểm vì người nghèo (14/10/2011)
Bản quyền thuộc UBND huyện Bát Xát. Địa chỉ: thị trấn Bát Xát, tỉnh Lào Cai. Điện thoại: 020.3883.xxx
""", "2011-12-22", "Ban Dân vận Huyện ủy Bát Xát tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-20"),
[P("Lù Thị Dung", "TUV", "Bí thư Huyện ủy Bát Xát"),
 P("Giàng Seo Phử", "Phó Trưởng Ban Dân vận Tỉnh ủy Lào Cai"),
 P("Vàng Văn Chử", "HUV", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện"),
 P("Thào A Sinh", "Bí thư Đảng ủy xã Y Tý"),
 P("Tẩn Mẩy Chạn", "Chủ tịch Ủy ban MTTQ xã A Mú Sung"),
 P("Lý Seo Chin", "ĐUV", "Trưởng khối dân vận xã Trịnh Tường")],
[Q("64 đồng chí", 64, "đồng chí"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"),
 Q("trên 8.200 lượt người", 8200, "lượt người", "over"), Q("3.450 m2", 3450, "m2"), Q("1,25 tỷ đồng", 1250000000, "đồng"),
 Q("5.600 ngày công", 5600, "ngày công"), Q("17 km", 17, "km"), Q("39 đơn thư", 39, "đơn thư"), Q("35 đơn", 35, "đơn"),
 Q("89,7%", 89.7, "%"), Q("18 mô hình", 18, "mô hình"), Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"),
 Q("11 tổ dân vận thôn", 11, "tổ dân vận thôn"), Q("27 hộ", 27, "hộ"), Q("96 người có uy tín", 96, "người có uy tín"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "07", "CT/HU", "2011-04-14", "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU ngày 14/4/2011"),
 D("Kế hoạch", "21", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 21, 22-KH/HU"),
 D("Kế hoạch", "22", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 21, 22-KH/HU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Trịnh Tường")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 512"],
["Thứ Năm, 22/12/2011 - 09:30", "64 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 512"]))

PAGES.append(page("b2310-nghean-quychau-mttq-daihoi-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ / Hoạt động Mặt trận / Mặt trận cấp huyện
27-06-2014 08:15
Đại biểu biểu quyết thông qua các văn kiện đại hội. Ảnh: Lữ Hà
Quỳ Châu: Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XX
Ngày 26/6, Ủy ban MTTQ Việt Nam huyện Quỳ Châu tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XX, nhiệm kỳ 2014 - 2019. Về dự có đồng chí Lữ Văn Sơn, Phó Chủ tịch Ủy ban MTTQ tỉnh Nghệ An; đồng chí Lang Thị Nhung, TUV, Bí thư Huyện ủy Quỳ Châu cùng 150 đại biểu đại diện cho hơn 57.000 người dân các dân tộc Thái, Khơ Mú, Kinh trong huyện.
Báo cáo tại đại hội do bà Lô Thị Hạnh, HUV, Chủ tịch Ủy ban MTTQ huyện khóa XIX trình bày cho biết, nhiệm kỳ qua Mặt trận các cấp đã cụ thể hóa Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận và Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Quỹ "Vì người nghèo" các cấp vận động được 2,3 tỷ đồng, hỗ trợ làm mới và sửa chữa 312 nhà Đại đoàn kết; tỷ lệ hộ nghèo của huyện giảm từ 38,5% xuống còn 24,1%. Có 106/118 bản được công nhận khu dân cư văn hóa.
Đại hội dành nhiều thời gian thảo luận. Ông Moong Văn Pắn, người có uy tín bản Piềng Cu, chia sẻ việc vận động 46 hộ đồng bào Khơ Mú xây dựng nếp sống mới; bà Sầm Thị Vân, Phó Chủ tịch Ủy ban MTTQ huyện, trình bày tham luận về giám sát và phản biện xã hội; ông Hà Văn Lượng, Chủ tịch Ủy ban MTTQ xã Châu Hạnh, nêu kinh nghiệm xây dựng khu dân cư không có tội phạm.
Phát biểu chỉ đạo, đồng chí Lang Thị Nhung đề nghị Mặt trận huyện tiếp tục thực hiện có hiệu quả Chỉ thị số 30-CT/TW của Ban Bí thư về đại hội Mặt trận các cấp; phát huy sức mạnh khối đại đoàn kết toàn dân tộc, chăm lo đời sống đồng bào vùng sâu, vùng xa.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam huyện khóa XX. Tại hội nghị lần thứ nhất, ông Vi Văn Thắm được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ huyện; các ông, bà Lang Văn Hòa, Sầm Thị Vân - Phó Chủ tịch Ủy ban MTTQ huyện. Đại hội cũng bầu 9 đại biểu đi dự Đại hội MTTQ tỉnh lần thứ XIII.
Lữ Hà
Bình luận (0) | In bài
Tin khác
- Châu Phong tổ chức ngày hội Đại đoàn kết toàn dân tộc (20/06/2014)
- Quỳ Châu bàn giao 12 nhà Đại đoàn kết (05/06/2014)
- Hiệp thương cử Ủy ban MTTQ các xã nhiệm kỳ 2014 - 2019 (22/05/2014)
- Ra mắt khu dân cư kiểu mẫu ở bản Hạnh Tiến (15/05/2014)
- Mặt trận huyện Quế Phong tổ chức đại hội điểm (08/05/2014)
- Tặng 200 suất học bổng cho học sinh nghèo vùng cao (25/04/2014)
Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2014-06-27", "Quỳ Châu: Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XX",
E("dai_hoi", None, "2014-06-26"),
[P("Lữ Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh Nghệ An"),
 P("Lang Thị Nhung", "TUV", "Bí thư Huyện ủy Quỳ Châu"),
 P("Lô Thị Hạnh", "HUV", "Chủ tịch Ủy ban MTTQ huyện khóa XIX"),
 P("Moong Văn Pắn", "người có uy tín bản Piềng Cu"),
 P("Sầm Thị Vân", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Văn Lượng", "Chủ tịch Ủy ban MTTQ xã Châu Hạnh"),
 P("Vi Văn Thắm", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lang Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 57.000 người dân", 57000, "người dân", "over"), Q("2,3 tỷ đồng", 2300000000, "đồng"),
 Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"), Q("38,5%", 38.5, "%"), Q("24,1%", 24.1, "%"),
 Q("106/118 bản", 106, "bản"), Q("46 hộ đồng bào Khơ Mú", 46, "hộ đồng bào Khơ Mú"), Q("45 vị", 45, "vị"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "45", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 45-KH/HU"),
 D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 30-CT/TW")],
[prov("Nghệ An"), com("Châu Hạnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ / Hoạt động Mặt trận / Mặt trận cấp huyện",
 "Đại biểu biểu quyết thông qua các văn kiện đại hội. Ảnh: Lữ Hà", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Bình luận (0) | In bài"],
["27-06-2014 08:15", "lần thứ XX", "nhiệm kỳ 2014 - 2019", "khóa XIX", "lần thứ nhất", "lần thứ XIII", "Bình luận (0)"]))

PAGES.append(page("b2311-gialai-chuse-bdvhu-soket-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Dân vận » Cơ sở
Cập nhật: 14:10, 15/07/2013 (GMT+7)
Đồng chí Rơ Mah Thu phát biểu tại hội nghị.
Chư Sê: Vận động đồng bào giữ vững an ninh nông thôn
(GLO) - Sáng 12/7, Ban Dân vận Huyện ủy Chư Sê (Gia Lai) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Mah Thu, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng qua Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 12, 13-CT/HU về vận động đồng bào Jrai, Bahnar phát triển kinh tế hộ và về công tác dân vận trong vùng có đạo. Khối dân vận các cấp đã cử 38 tổ công tác về 15 xã, thị trấn nắm tình hình; vận động 214 hộ đồng bào dân tộc thiểu số chuyển đổi 320 ha cà phê già cỗi sang trồng tái canh và hồ tiêu. Tình hình an ninh nông thôn cơ bản ổn định; vẫn còn 7 hộ ở làng Ia Ring theo "Tin lành Đê Ga", đã vận động 5 hộ từ bỏ.
Các tổ chức chính trị - xã hội huyện đã phối hợp với Phòng Giao dịch Ngân hàng Chính sách xã hội huyện giải ngân trên 18 tỷ đồng cho 1.150 hộ vay vốn phát triển sản xuất. Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 31,2%.
Tại hội nghị, đồng chí Siu Blơi, ĐUV, Phó Chủ tịch UBND xã Ia Hlốp, cho biết xã đã duy trì 12 tổ tự quản an ninh trật tự ở các làng; ông Puih Dur, người có uy tín làng Tông Blang, chia sẻ cách vận động con em không tham gia hoạt động "Tin lành Đê Ga". Đại diện Ủy ban MTTQ xã Ia Pal đề nghị huyện hỗ trợ 2 bộ loa truyền thanh cho các làng xa trung tâm.
Phát biểu kết luận, đồng chí Rơ Mah Thu yêu cầu 6 tháng cuối năm khối dân vận tổ chức học tập, quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; tiếp tục thực hiện Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo"; làm tốt công tác dân vận chính quyền, không để đơn thư vượt cấp.
Hội nghị cũng nghe bà Kpă H'Thuyên, Phó Trưởng Ban Dân vận Huyện ủy, quán triệt kế hoạch số 19-KH/BDVHU về kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 6 xã.
Phương Vi
Tin cùng chuyên mục
- Ia Blang: 40 hộ đồng bào Jrai thoát nghèo (03/07/2013)
- Chư Sê gặp mặt người có uy tín (21/06/2013)
- Ban Dân vận Tỉnh ủy làm việc tại Chư Sê (10/06/2013)
- Đak Đoa: ra mắt mô hình làng không có tội phạm (31/05/2013)
- Hội Nông dân huyện Chư Sê tập huấn trồng hồ tiêu (17/05/2013)
- Mặt trận huyện vận động xây nhà Đại đoàn kết (02/05/2013)
Báo Gia Lai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai. Tổng biên tập: (đã lược)
""", "2013-07-15", "Chư Sê: Vận động đồng bào giữ vững an ninh nông thôn",
E("so_ket", "2013-H1", "2013-07-12"),
[P("Rơ Mah Thu", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Siu Blơi", "ĐUV", "Phó Chủ tịch UBND xã Ia Hlốp"),
 P("Puih Dur", "người có uy tín làng Tông Blang"),
 P("Kpă H'Thuyên", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("38 tổ công tác", 38, "tổ công tác"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("214 hộ đồng bào dân tộc thiểu số", 214, "hộ đồng bào dân tộc thiểu số"), Q("320 ha", 320, "ha"),
 Q("7 hộ", 7, "hộ"), Q("5 hộ", 5, "hộ"), Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("1.150 hộ", 1150, "hộ"), Q("31,2%", 31.2, "%"), Q("12 tổ tự quản an ninh trật tự", 12, "tổ tự quản an ninh trật tự"),
 Q("2 bộ loa truyền thanh", 2, "bộ loa truyền thanh"), Q("6 xã", 6, "xã")],
[D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU"),
 D("Chỉ thị", "13", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU"),
 D("Kế hoạch", "19", "KH/BDVHU", None, None, "kế hoạch số 19-KH/BDVHU")],
[prov("Gia Lai"), com("Ia Hlốp"), com("Ia Pal")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Dân vận » Cơ sở", "Đồng chí Rơ Mah Thu phát biểu tại hội nghị.", "(GLO)",
 "Tin lành Đê Ga", "Dân vận khéo", "Quy chế dân chủ ở cơ sở"],
["Cập nhật: 14:10, 15/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "khóa XI"]))

PAGES.append(page("b2312-soctrang-trande-hlhpn-traoqua-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ :: Hoạt động Hội cơ sở
Ngày đăng 11/04/2014 | 16:20
Trần Đề: Trao 300 phần quà cho phụ nữ Khmer nghèo dịp Tết Chôl Chnăm Thmây
Ngày 9/4, Hội Liên hiệp Phụ nữ huyện Trần Đề (Sóc Trăng) phối hợp với Ban Dân vận Huyện ủy tổ chức trao 300 phần quà cho hội viên phụ nữ Khmer nghèo, có hoàn cảnh khó khăn nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2014. Mỗi phần quà trị giá 400.000 đồng gồm gạo, đường, bột ngọt và tiền mặt.
Bà Thạch Thị Sà Phi, HUV, Chủ tịch Hội LHPN huyện phát biểu tại buổi trao quà.
Đến dự và trao quà có các đồng chí: Lâm Văn Quênh, HUV, Trưởng Ban Dân vận Huyện ủy; Trương Thị Mỹ Linh, Phó Chủ tịch Hội LHPN tỉnh; Đại đức Lý Sóc Kha, trụ trì chùa Kos Thum. Các phần quà được trao tại 4 điểm: chùa Kos Thum, trụ sở Ủy ban nhân dân các xã Đại Ân 2, Lịch Hội Thượng và thị trấn Trần Đề.
Phát biểu tại buổi lễ, bà Thạch Thị Sà Phi, HUV, Chủ tịch Hội LHPN huyện cho biết, tổng kinh phí của đợt trao quà là 120 triệu đồng, do Hội vận động từ các nhà hảo tâm, doanh nghiệp và sự đóng góp của 1.860 hội viên trong huyện. Thời gian qua, các cấp Hội đã triển khai Đề án "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước" theo Quyết định số 343/QĐ-TTg ngày 12/3/2010 của Thủ tướng Chính phủ; phối hợp thực hiện Kế hoạch số 08/KH-UBND của UBND huyện về giảm nghèo bền vững, giúp 126 hộ phụ nữ người Khmer thoát nghèo. Hội cũng duy trì 35 tổ tiết kiệm và vay vốn với tổng dư nợ gần 14 tỷ đồng.
Ông Lâm Văn Quênh, Trưởng Ban Dân vận Huyện ủy, đánh giá cao sự phối hợp giữa Hội LHPN huyện và các chùa Phật giáo Nam tông Khmer trên địa bàn; đề nghị Hội tiếp tục vận động hội viên giữ gìn bản sắc văn hóa, thực hiện phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Thay mặt các hội viên nhận quà, bà Sơn Thị Kim Hoa ở ấp Đai Tèn, xã Lịch Hội Thượng bày tỏ cảm ơn và hứa sẽ cố gắng vươn lên trong cuộc sống.
Tin, ảnh: Kim Ngọc
Lượt truy cập: 45.318
Các tin đã đưa
- Hội LHPN huyện Trần Đề ra mắt câu lạc bộ phụ nữ Khmer (28/03/2014)
- Trao 50 con bò giống cho hội viên nghèo (14/03/2014)
- Mỹ Xuyên: hội thi "Phụ nữ duyên dáng" (07/03/2014)
- Châu Thành: phụ nữ Khmer học nghề đan lục bình (26/02/2014)
- Gặp mặt chức sắc các chùa Khmer nhân dịp đầu năm (12/02/2014)
- Hội LHPN tỉnh tổng kết công tác Hội năm 2013 (20/01/2014)
Bản quyền © Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng. Địa chỉ: số 18 đường Hùng Vương, thành phố Sóc Trăng.
""", "2014-04-11", "Trần Đề: Trao 300 phần quà cho phụ nữ Khmer nghèo dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2014-04-09"),
[P("Thạch Thị Sà Phi", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Lâm Văn Quênh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trương Thị Mỹ Linh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Sóc Kha", "Đại đức", "trụ trì chùa Kos Thum")],
[Q("300 phần quà", 300, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("4 điểm", 4, "điểm"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("1.860 hội viên", 1860, "hội viên"),
 Q("126 hộ phụ nữ người Khmer", 126, "hộ phụ nữ người Khmer"), Q("35 tổ tiết kiệm và vay vốn", 35, "tổ tiết kiệm và vay vốn"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx")],
[D("Quyết định", "343", "QĐ-TTg", "2010-03-12", "Thủ tướng Chính phủ", "Quyết định số 343/QĐ-TTg ngày 12/3/2010"),
 D("Kế hoạch", "08", "KH-UBND", None, "UBND huyện", "Kế hoạch số 08/KH-UBND")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng"), com("Trần Đề")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ :: Hoạt động Hội cơ sở",
 "Bà Thạch Thị Sà Phi, HUV, Chủ tịch Hội LHPN huyện phát biểu tại buổi trao quà.",
 "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch",
 "chùa Kos Thum", "Lượt truy cập: 45.318"],
["Ngày đăng 11/04/2014 | 16:20", "năm 2014", "5 không, 3 sạch", "Lượt truy cập: 45.318"]))

PAGES.append(page("b2313-thanhhoa-bathuoc-mttq-giamsat-2015", """
Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa - Cổng thông tin điện tử
Tin tức >> Giám sát và phản biện xã hội
18/09/2015 - 10:05
Bá Thước: Mặt trận giám sát việc hỗ trợ nhà ở cho hộ nghèo
Từ ngày 14 đến 16/9/2015, Ban Thường trực Ủy ban MTTQ huyện Bá Thước tổ chức đoàn giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ tại 4 xã Lũng Niêm, Thành Sơn, Ban Công và Điền Quang. Đoàn do ông Phạm Bá Lương, HUV, Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn; cùng đi có bà Lò Thị Xuân, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện và đại diện Phòng Lao động - Thương binh và Xã hội huyện.
Toàn cảnh buổi giám sát tại xã Lũng Niêm.
Qua giám sát cho thấy, giai đoạn 2, 4 xã được phân bổ 187 nhà, đến nay đã hoàn thành 162 nhà, đạt 86,6%; mỗi hộ được hỗ trợ 8 triệu đồng từ ngân sách và được vay thêm 15 triệu đồng từ Ngân hàng Chính sách xã hội. Mặt trận và các đoàn thể đã vận động được 2.350 ngày công giúp các hộ người Mường, người Thái dựng nhà. Tuy nhiên vẫn còn 25 hộ chưa khởi công do không có đất ở hoặc không đủ khả năng đối ứng; việc lập danh sách ở một số thôn chưa công khai.
Tại buổi làm việc, ông Hà Văn Thịnh, ĐUV, Chủ tịch Ủy ban MTTQ xã Thành Sơn, đề nghị huyện xem xét cho 6 hộ đặc biệt khó khăn được hỗ trợ thêm vật liệu. Bà Trương Thị Ngọc, Trưởng ban Giám sát đầu tư của cộng đồng xã Ban Công, phản ánh việc một số hộ chưa nắm rõ mức vay.
Kết luận đợt giám sát, ông Phạm Bá Lương đề nghị UBND các xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn; phối hợp với các đoàn thể vận động nhân dân giúp đỡ 25 hộ còn lại khởi công trước ngày 31/12/2015. Đoàn cũng kiến nghị UBND huyện chỉ đạo thực hiện nghiêm Quy chế giám sát và phản biện xã hội ban hành kèm theo Quyết định số 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch số 403/2010/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 15/3/2010.
Cùng đợt, Ủy ban MTTQ huyện đã tiếp nhận 11 ý kiến góp ý của cử tri về chính sách hỗ trợ nhà ở và chuyển tới cơ quan chức năng. Theo kế hoạch, Thường trực Huyện ủy sẽ làm việc với đoàn giám sát và các xã trong tháng 10.
Đinh Văn Thu (MTTQ huyện Bá Thước)
Lượt xem: 1.204
Tin khác
- Hội nghị phản biện dự thảo quy hoạch sử dụng đất huyện Bá Thước (04/09/2015)
- Hiệp thương lựa chọn ứng cử viên Hội đồng nhân dân (20/08/2015)
- Đồng bào Mường xã Điền Quang góp sức làm đường (06/08/2015)
- Quan Sơn: hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (30/07/2015)
- Trao 15 nhà Đại đoàn kết cho hộ nghèo huyện Bá Thước (16/07/2015)
- Tập huấn nghiệp vụ công tác Mặt trận năm 2015 (02/07/2015)
Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa giữ bản quyền. Địa chỉ: số 45 Đại lộ Lê Lợi, thành phố Thanh Hóa.
""", "2015-09-18", "Bá Thước: Mặt trận giám sát việc hỗ trợ nhà ở cho hộ nghèo",
E("giam_sat", None, "2015-09-14"),
[P("Phạm Bá Lương", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Thị Xuân", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện"),
 P("Hà Văn Thịnh", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Thành Sơn"),
 P("Trương Thị Ngọc", "Trưởng ban Giám sát đầu tư của cộng đồng xã Ban Công")],
[Q("4 xã", 4, "xã"), Q("187 nhà", 187, "nhà"), Q("162 nhà", 162, "nhà"), Q("86,6%", 86.6, "%"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("2.350 ngày công", 2350, "ngày công"),
 Q("25 hộ", 25, "hộ"), Q("6 hộ đặc biệt khó khăn", 6, "hộ đặc biệt khó khăn"), Q("11 ý kiến", 11, "ý kiến")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2010/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN", "2010-03-15", None,
   "Nghị quyết liên tịch số 403/2010/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 15/3/2010")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thành Sơn"), com("Ban Công"), com("Điền Quang")],
["Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa - Cổng thông tin điện tử", "Tin tức >> Giám sát và phản biện xã hội",
 "Toàn cảnh buổi giám sát tại xã Lũng Niêm.", "Quy chế giám sát và phản biện xã hội", "Lượt xem: 1.204"],
["18/09/2015 - 10:05", "giai đoạn 2", "31/12/2015", "tháng 10", "Lượt xem: 1.204"]))

PAGES.append(page("b2314-daklak-krongbong-bdvhu-giaoban-2016", """
Hôm nay: Thứ Hai, 10/10/2016
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Trang chủ › Xây dựng Đảng › Dân vận
Thứ Sáu, 07/10/2016, 15:40
Giao ban công tác dân vận quý III
Chiều 6/10, Ban Dân vận Huyện ủy Krông Bông (Đắk Lắk) tổ chức giao ban công tác dân vận quý III năm 2016 với khối dân vận 14 xã, thị trấn. Đồng chí Y Blốk Mlô, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; dự có đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Huyện ủy - Phó Chủ tịch UBND huyện.
Đồng chí Y Blốk Mlô chủ trì giao ban.
Quý III, khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 36-KH/HU triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; Ban Dân vận Huyện ủy ban hành Hướng dẫn số 09-HD/BDVHU về xây dựng mô hình "Dân vận khéo" năm 2016. Các xã đã tổ chức 52 cuộc tiếp xúc, đối thoại với gần 3.100 lượt người; tiếp nhận 21 đơn thư, đã giải quyết 17 đơn. Nhân dân hiến hơn 1.800 m2 đất và đóng góp 640 triệu đồng làm đường giao thông nông thôn.
Tình hình tôn giáo cơ bản ổn định; trên địa bàn có 9 điểm nhóm Tin lành chưa được công nhận tư cách pháp nhân, các xã đã phối hợp quản lý chặt chẽ. Đồng chí Y Thông Niê, ĐUV, Trưởng khối dân vận xã Yang Mao, báo cáo xã đã vận động 33 hộ đồng bào Êđê, M'nông trồng lại 45 ha rừng. Bà H'Yim Kđoh, Chủ tịch Hội LHPN xã Cư Pui, cho biết Hội đã giúp 18 hội viên vay vốn nuôi bò. Ông Y Khiêm Ktla, người có uy tín buôn Khanh, đề nghị huyện tiếp tục hỗ trợ đường điện vào buôn.
Kết luận giao ban, đồng chí Y Blốk Mlô yêu cầu quý IV các xã tập trung nắm tình hình dư luận trước mùa thu hoạch cà phê; thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội; hoàn thành việc xét công nhận 6 mô hình "Dân vận khéo" cấp huyện trước ngày 15/12. Đồng chí Nguyễn Thị Thu Hà đề nghị UBND các xã phối hợp với Ban Dân vận Huyện ủy thực hiện tốt Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11.
Ban Dân vận Huyện ủy Krông Bông
Số lượt xem: 398
Xem thêm
- Krông Bông: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (15/09/2016)
- Hòa Sơn ra mắt tổ dân vận buôn (30/08/2016)
- Giao ban dân vận quý II (08/07/2016)
- Ea Trul: ra mắt mô hình "Buôn không có người sử dụng ma túy" (24/06/2016)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (10/06/2016)
- Huyện Krông Bông tổ chức đối thoại với nông dân (26/05/2016)
Đơn vị quản lý: Văn phòng HĐND và UBND huyện Krông Bông, tỉnh Đắk Lắk. Địa chỉ: thị trấn Krông Kmar.
""", "2016-10-07", "Giao ban công tác dân vận quý III",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Y Blốk Mlô", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Huyện ủy - Phó Chủ tịch UBND huyện"),
 P("Y Thông Niê", "ĐUV", "Trưởng khối dân vận xã Yang Mao"),
 P("H'Yim Kđoh", "Chủ tịch Hội LHPN xã Cư Pui"),
 P("Y Khiêm Ktla", "người có uy tín buôn Khanh")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("52 cuộc tiếp xúc, đối thoại", 52, "cuộc tiếp xúc, đối thoại"),
 Q("gần 3.100 lượt người", 3100, "lượt người", "approx"), Q("21 đơn thư", 21, "đơn thư"), Q("17 đơn", 17, "đơn"),
 Q("hơn 1.800 m2", 1800, "m2", "over"), Q("640 triệu đồng", 640000000, "đồng"), Q("9 điểm nhóm Tin lành", 9, "điểm nhóm Tin lành"),
 Q("33 hộ đồng bào Êđê, M'nông", 33, "hộ đồng bào Êđê, M'nông"), Q("45 ha", 45, "ha"), Q("18 hội viên", 18, "hội viên"),
 Q("6 mô hình", 6, "mô hình")],
[D("Kế hoạch", "36", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 36-KH/HU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 09-HD/BDVHU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui")],
["Hôm nay: Thứ Hai, 10/10/2016", "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG", "Trang chủ › Xây dựng Đảng › Dân vận",
 "Đồng chí Y Blốk Mlô chủ trì giao ban.", "Dân vận khéo", "Số lượt xem: 398"],
["Thứ Sáu, 07/10/2016, 15:40", "quý III năm 2016", "quý IV", "năm 2016", "15/12", "Số lượt xem: 398"]))
