from lib import *
PAGES = []

PAGES.append(page("b2093-laocai-bdv-giaoban-thang9-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức > Hoạt động Ban Dân vận
Thứ Sáu, 07/10/2011 - 09:30
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác dân vận tháng 9: tình hình nhân dân vùng cao cơ bản ổn định
Chiều 5/10/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận tháng 9/2011 với ban dân vận 9 huyện, thành phố. Đồng chí Vàng Seo Chúng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có đồng chí Lý Thị Vui, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Theo báo cáo do đồng chí Phàn Thị Mẩy, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, trong tháng tình hình tư tưởng của cán bộ, đảng viên và nhân dân các dân tộc cơ bản ổn định; bà con tập trung thu hoạch lúa mùa và khắc phục hậu quả mưa lũ. Tuy vậy, trên địa bàn đã xảy ra 2 vụ tụ tập đông người tại công trường thủy điện thuộc xã Nậm Xé, đòi bồi thường hoa màu; lực lượng chức năng phát hiện 5 trường hợp tuyên truyền đạo trái pháp luật ở các thôn vùng cao giáp biên.
Khối dân vận các cấp đã tiếp 46 lượt công dân, tiếp nhận 19 đơn thư, đã hướng dẫn và chuyển cơ quan có thẩm quyền 17 đơn. Tổ hòa giải ở cơ sở hòa giải thành 23 vụ việc mâu thuẫn trong nhân dân. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 35, 36-KL/TU về công tác vận động đồng bào tái định cư thủy điện và về phát huy vai trò người có uy tín; triển khai Kế hoạch số 27-KH/BDVTU kiểm tra việc thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị tại 12 xã.
Phát biểu tại giao ban, đồng chí Giàng A Tủa, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà cho biết huyện đã vận động 310 hộ đồng bào Mông bỏ tục để người chết lâu ngày trong nhà; đồng chí Hoàng Văn Nhè, Chủ tịch UBND xã Nậm Xé đề nghị chủ đầu tư sớm chi trả khoản bồi thường còn lại khoảng 1,4 tỷ đồng cho 64 hộ dân, tránh để người dân bức xúc kéo dài.
Kết luận giao ban, đồng chí Vàng Seo Chúng yêu cầu trong tháng 10 các cấp tập trung nắm chắc tình hình ở vùng dự án, không để phát sinh điểm nóng; duy trì cán bộ thực hiện "3 cùng" với dân ở những thôn đặc biệt khó khăn; chuẩn bị tổng kết 5 năm thực hiện Quy chế dân vận của hệ thống chính trị. Đồng chí lưu ý ban dân vận các huyện báo cáo nhanh mọi vụ việc phát sinh trong ngày, không để báo cáo chậm, báo cáo không đúng bản chất sự việc.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Bát Xát: ra mắt mô hình "Dân vận khéo" ở xã biên giới (28/09/2011)
- Giao ban công tác dân vận tháng 8/2011 (06/09/2011)
- Sa Pa tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (25/08/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Khương (12/08/2011)
""", "2011-10-07", "Giao ban công tác dân vận tháng 9: tình hình nhân dân vùng cao cơ bản ổn định",
E("giao_ban", "2011-09", "2011-10-05"),
[P("Vàng Seo Chúng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Vui", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phàn Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tủa", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Hoàng Văn Nhè", "Chủ tịch UBND xã Nậm Xé")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("5 trường hợp", 5, "trường hợp"), Q("46 lượt công dân", 46, "lượt công dân"), Q("19 đơn thư", 19, "đơn thư"),
 Q("17 đơn", 17, "đơn"), Q("23 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"), Q("12 xã", 12, "xã"),
 Q("310 hộ đồng bào Mông", 310, "hộ đồng bào Mông"), Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("64 hộ dân", 64, "hộ dân")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kế hoạch", "27", "KH/BDVTU", None, None, "Kế hoạch số 27-KH/BDVTU"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Lào Cai"), com("Nậm Xé")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Hoạt động Ban Dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "3 cùng", "Quy chế dân vận", "Lượt xem: 1.204"],
["Thứ Sáu, 07/10/2011 - 09:30", "tháng 9/2011", "tháng 10", "3 cùng", "5 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b2094-nghean-mttq-giaoban-quy1-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh
Cập nhật: 14:05, 06/04/2012 (GMT+7)
Mặt trận các cấp vận động hơn 6,2 tỷ đồng ủng hộ Quỹ "Vì người nghèo"
Ngày 4/4, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức giao ban công tác Mặt trận quý I năm 2012 với Ủy ban MTTQ 20 huyện, thành, thị. Bà Lô Thị Kim Ngân, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Vi Văn Sơn, Nguyễn Thị Hương Giang.
Bà Lô Thị Kim Ngân phát biểu chỉ đạo tại buổi giao ban. Ảnh: Hữu Vinh
Báo cáo tại giao ban cho biết, trong quý I, Mặt trận các cấp đã vận động hơn 6,2 tỷ đồng ủng hộ Quỹ "Vì người nghèo", hỗ trợ 1.245 hộ nghèo đón Tết; khởi công 38 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 30 triệu đồng. Ban Thanh tra nhân dân ở 480 xã, phường, thị trấn tiếp nhận 112 ý kiến góp ý của nhân dân về thu chi các khoản đóng góp, đã kiến nghị giải quyết được 76,5%.
Về tình hình nhân dân, trong quý có 3 vụ khiếu kiện đông người liên quan thu hồi đất làm khu công nghiệp Nam Cấm; Mặt trận các cấp nhận 14 đơn thư khiếu nại, tố cáo, đã chuyển cơ quan chức năng 11 đơn. Ở miền Tây Nghệ An, giá cả tăng cao sau Tết làm đời sống một bộ phận đồng bào khó khăn, có 62 hộ rơi vào cảnh thiếu đói giáp hạt.
Ủy ban MTTQ tỉnh đã cùng UBND tỉnh ký Chương trình phối hợp số 08/CTrPH-MTTQ-UBND về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; triển khai Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng dân tộc, miền núi và Hướng dẫn số 45/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc".
Tại giao ban, ông Moong Văn Tình, Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn, đề nghị tỉnh sớm hỗ trợ gạo cứu đói cho đồng bào; ông Lữ Văn Hạnh, người có uy tín bản Huồi Tố, xã Na Ngoi, chia sẻ cách vận động bà con không nghe kẻ xấu xúi giục vượt biên. Đại diện Ủy ban MTTQ xã Diễn Kim phản ánh nhiều hộ ngư dân còn thiếu vốn sửa tàu.
Kết luận, bà Lô Thị Kim Ngân đề nghị quý II tập trung giám sát việc chi trả bồi thường, nắm chắc dư luận xã hội, tổ chức tốt đợt tiếp xúc cử tri trước kỳ họp thứ 3 Quốc hội khóa XIII.
Phan Quỳnh
Lượt xem: 642
Các tin khác
- Quỳ Hợp: trao 15 nhà Đại đoàn kết cho hộ nghèo (28/03/2012)
- Hội nghị hiệp thương giới thiệu người ứng cử bổ sung (19/03/2012)
- Mặt trận huyện Con Cuông thăm hỏi người có uy tín (02/03/2012)
- Tổng kết cuộc vận động "Ngày vì người nghèo" năm 2011 (14/02/2012)
- Ủy ban MTTQ tỉnh gặp mặt chức sắc, chức việc các tôn giáo đầu xuân (08/02/2012)
""", "2012-04-06", "Mặt trận các cấp vận động hơn 6,2 tỷ đồng ủng hộ Quỹ \"Vì người nghèo\"",
E("giao_ban", "2012-Q1", "2012-04-04"),
[P("Lô Thị Kim Ngân", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Moong Văn Tình", "Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn"),
 P("Lữ Văn Hạnh", "người có uy tín bản Huồi Tố")],
[Q("20 huyện, thành, thị", 20, "huyện, thành, thị"), Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"),
 Q("1.245 hộ nghèo", 1245, "hộ nghèo"), Q("38 căn nhà Đại đoàn kết", 38, "căn nhà Đại đoàn kết"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"),
 Q("112 ý kiến", 112, "ý kiến"), Q("76,5%", 76.5, "%"), Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người"),
 Q("14 đơn thư khiếu nại, tố cáo", 14, "đơn thư khiếu nại, tố cáo"), Q("11 đơn", 11, "đơn"), Q("62 hộ", 62, "hộ")],
[D("Chương trình phối hợp", "08", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 08/CTrPH-MTTQ-UBND"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU"),
 D("Hướng dẫn", "45", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 45/HD-MTTW-BTT")],
[prov("Nghệ An"), com("Na Ngoi"), com("Diễn Kim")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh",
 "Bà Lô Thị Kim Ngân phát biểu chỉ đạo tại buổi giao ban.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 642"],
["Cập nhật: 14:05, 06/04/2012 (GMT+7)", "quý I năm 2012", "quý II", "kỳ họp thứ 3", "khóa XIII", "Lượt xem: 642"]))

PAGES.append(page("b2095-daklak-bdv-giaoban-quy3-2013", """
Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
08:15 | 11/10/2013
Nắm chắc tình hình, xử lý kịp thời các vụ việc phức tạp ở cơ sở
Sáng 10/10, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban khối dân vận quý III/2013. Đồng chí Y Wai Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có bà H'Yim Kđoh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo các đoàn thể chính trị - xã hội tỉnh.
Đồng chí Y Wai Byă phát biểu kết luận giao ban.
Báo cáo do đồng chí Nguyễn Đức Mạnh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: quý III, tình hình an ninh chính trị ở vùng đồng bào dân tộc thiểu số cơ bản ổn định, song đã xảy ra 4 vụ tụ tập đông người đòi lại đất ở các công ty lâm nghiệp và 3 vụ việc truyền đạo trái pháp luật tại các buôn ở huyện Krông Pắc, Ea Súp. Các lực lượng đã vận động 7 trường hợp từ bỏ hoạt động "Tin lành Đê Ga". Trong quý phát sinh 19 vụ tranh chấp đất rẫy giữa các hộ đồng bào; 42 vụ việc đã được hòa giải thành ở cơ sở.
Khối dân vận các cấp tiếp 85 lượt công dân, nhận 31 đơn thư, giải quyết xong 26 đơn, đạt 83,9%. Toàn tỉnh đã củng cố 180 buôn, xây dựng được 64 mô hình cấp tỉnh về "Dân vận khéo"; 152 người có uy tín được mời dự hội nghị cung cấp thông tin về thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 17, 18-CT/TU về công tác vận động quần chúng ở vùng đồng bào dân tộc thiểu số và về công tác tôn giáo, đồng thời triển khai Kế hoạch 64-KH/BDVTU ngày 2/7/2013 về khảo sát tình hình tranh chấp đất đai.
Tại giao ban, đồng chí Y Thông Mlô, HUV, Trưởng Ban Dân vận Huyện ủy Lắk, đề nghị quan tâm đất sản xuất cho 260 hộ đồng bào chưa có đất canh tác; đồng chí Trương Thị Hòa, Chủ tịch Hội LHPN xã Ea Tiêu, chia sẻ kinh nghiệm vận động phụ nữ các buôn góp hơn 85 triệu đồng lập quỹ tiết kiệm. Ông Y Kriêng Niê, Bí thư Chi bộ buôn Kô Êmông, xã Krông Jing, kể về cách buôn giữ được bình yên suốt 3 năm qua.
Kết luận giao ban, đồng chí Y Wai Byă yêu cầu quý IV tập trung nắm chắc tình hình ở cơ sở, nhất là các buôn có đạo; giải quyết dứt điểm các vụ tranh chấp đất đai từ cơ sở, chuẩn bị tổng kết công tác dân vận năm 2013.
Hồng Nhung
TIN CÙNG CHUYÊN MỤC
- Krông Bông: đối thoại với nhân dân về giải phóng mặt bằng (04/10/2013)
- Tập huấn công tác dân vận cho cán bộ xã, phường (25/09/2013)
- Gặp mặt 50 người có uy tín tiêu biểu (12/09/2013)
- Cư M'gar: vận động đồng bào hiến đất làm đường (28/08/2013)
- Giao ban khối dân vận quý II/2013 (12/07/2013)
""", "2013-10-11", "Nắm chắc tình hình, xử lý kịp thời các vụ việc phức tạp ở cơ sở",
E("giao_ban", "2013-Q3", "2013-10-10"),
[P("Y Wai Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Mạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thông Mlô", "HUV", "Trưởng Ban Dân vận Huyện ủy Lắk"),
 P("Trương Thị Hòa", "Chủ tịch Hội LHPN xã Ea Tiêu"),
 P("Y Kriêng Niê", "Bí thư Chi bộ buôn Kô Êmông")],
[Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("7 trường hợp", 7, "trường hợp"), Q("19 vụ tranh chấp đất rẫy", 19, "vụ tranh chấp đất rẫy"),
 Q("42 vụ việc", 42, "vụ việc"), Q("85 lượt công dân", 85, "lượt công dân"), Q("31 đơn thư", 31, "đơn thư"),
 Q("26 đơn", 26, "đơn"), Q("83,9%", 83.9, "%"), Q("180 buôn", 180, "buôn"),
 Q("64 mô hình cấp tỉnh", 64, "mô hình cấp tỉnh"),
 Q("152 người có uy tín", 152, "người có uy tín"), Q("260 hộ đồng bào", 260, "hộ đồng bào"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kế hoạch", "64", "KH/BDVTU", "2013-07-02", None, "Kế hoạch 64-KH/BDVTU ngày 2/7/2013")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Krông Jing")],
["Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Đồng chí Y Wai Byă phát biểu kết luận giao ban.", "Tin lành Đê Ga", "Dân vận khéo"],
["08:15 | 11/10/2013", "quý III/2013", "quý IV", "3 năm", "năm 2013"]))

PAGES.append(page("b2096-soctrang-bdv-giaoban-thang4-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Công tác dân tộc - tôn giáo
Thứ Năm, 08/05/2014
Tháng 4/2014: hòa giải thành 31 vụ việc mâu thuẫn trong nhân dân
Ngày 6/5, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban công tác dân vận tháng 4/2014. Đồng chí Thạch Chanh Đa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Theo báo cáo, trong tháng đồng bào Khmer vui Tết Chôl Chnăm Thmây an toàn, tiết kiệm. Ban Dân vận các cấp phối hợp thăm, tặng 350 phần quà Tết cho các chùa và hộ nghèo, mỗi phần quà trị giá 300.000 đồng; 92 chùa Khmer với 1.460 vị sư sãi tổ chức lễ đúng quy định. Các tổ hòa giải ở ấp, khóm hòa giải thành 31 vụ việc mâu thuẫn, chủ yếu tranh chấp ranh đất, nợ nần.
Tình hình nhân dân có mặt đáng lưu ý: xảy ra 2 vụ khiếu kiện đông người liên quan bồi thường dự án đê bao ở xã Lâm Tân; giá lúa thấp khiến nhiều hộ lo lắng. Các cơ quan khối dân vận tiếp 28 lượt công dân, nhận 9 đơn thư, đã hướng dẫn, chuyển 8 đơn đến cơ quan có thẩm quyền. Nhiều ý kiến cho rằng việc tiếp dân ở một số xã còn hình thức, cán bộ chưa kiên trì giải thích chính sách cho bà con.
Ban Dân vận Tỉnh ủy tiếp tục hướng dẫn thực hiện Kết luận 48-KL/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer; phối hợp khảo sát việc thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư và Quyết định số 2356/QĐ-TTg của Thủ tướng Chính phủ về chương trình hành động thực hiện chiến lược công tác dân tộc.
Tại giao ban, Đại đức Lý Hùng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị quan tâm sửa chữa 14 trường Pali sơ cấp xuống cấp. Bà Sơn Thị Ngọc Hân, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, cho biết Ban sẽ mở 3 lớp bồi dưỡng tiếng Khmer cho cán bộ dân vận. Ông Kim Sà Phal, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Phú Tâm, kiến nghị hỗ trợ 45 hộ đồng bào Khmer nghèo cất nhà.
Kết luận giao ban, đồng chí Thạch Chanh Đa yêu cầu tháng 5 các cấp theo dõi sát diễn biến tư tưởng nông dân trước giá lúa giảm; tổ chức đối thoại ở những nơi có khiếu kiện; chuẩn bị sơ kết 6 tháng đầu năm và kỷ niệm 124 năm Ngày sinh Chủ tịch Hồ Chí Minh. Đồng chí nhắc cán bộ dân vận "nghe dân nói, nói dân hiểu, làm dân tin", không để vụ việc nhỏ thành điểm nóng.
Thanh Tùng - Ban Dân vận Tỉnh ủy
Lượt truy cập: 215.380
Tin khác
- Mỹ Xuyên: gặp mặt người có uy tín trong đồng bào Khmer (25/04/2014)
- Giao ban công tác dân vận tháng 3/2014 (07/04/2014)
- Thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (11/04/2014)
- Trần Đề: ra mắt tổ dân vận ấp (20/03/2014)
""", "2014-05-08", "Tháng 4/2014: hòa giải thành 31 vụ việc mâu thuẫn trong nhân dân",
E("giao_ban", "2014-04", "2014-05-06"),
[P("Thạch Chanh Đa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Ngọc Hân", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Kim Sà Phal", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Phú Tâm")],
[Q("350 phần quà", 350, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("92 chùa Khmer", 92, "chùa Khmer"),
 Q("1.460 vị sư sãi", 1460, "vị sư sãi"), Q("31 vụ việc mâu thuẫn", 31, "vụ việc mâu thuẫn"),
 Q("2 vụ khiếu kiện đông người", 2, "vụ khiếu kiện đông người"), Q("28 lượt công dân", 28, "lượt công dân"),
 Q("9 đơn thư", 9, "đơn thư"), Q("8 đơn", 8, "đơn"), Q("14 trường Pali sơ cấp", 14, "trường Pali sơ cấp"),
 Q("3 lớp bồi dưỡng tiếng Khmer", 3, "lớp bồi dưỡng tiếng Khmer"), Q("45 hộ đồng bào Khmer nghèo", 45, "hộ đồng bào Khmer nghèo")],
[D("Kết luận", "48", "KL/TU", "2014-03-12", "Ban Thường vụ Tỉnh ủy", "Kết luận 48-KL/TU ngày 12/3/2014"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Quyết định", "2356", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2356/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lâm Tân"), com("Phú Tâm")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Tin tức | Công tác dân tộc - tôn giáo",
 "Tết Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước tỉnh", "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt truy cập: 215.380"],
["Thứ Năm, 08/05/2014", "tháng 4/2014", "tháng 5", "6 tháng đầu năm", "124 năm", "Lượt truy cập: 215.380"]))

PAGES.append(page("b2097-thanhhoa-mttq-soket-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ :: Tin hoạt động :: Mặt trận tỉnh
Ngày đăng 17/07/2015 | 16:20
Toàn cảnh hội nghị sơ kết.
Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm 2015
Ngày 16/7, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Bà Lê Thị Hằng Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; cùng chủ trì có ông Bùi Văn Khởi, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo sơ kết cho thấy, cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai ở 2.156 khu dân cư, có 94,2% khu dân cư đăng ký danh hiệu văn hóa. Quỹ "Vì người nghèo" các cấp tiếp nhận 21,5 tỷ đồng, xây mới 412 nhà Đại đoàn kết và sửa chữa 96 nhà cho hộ nghèo. Mặt trận các cấp tổ chức 318 cuộc giám sát; Ban Thanh tra nhân dân 635 xã, phường, thị trấn kiến nghị xử lý 47 vụ việc sai phạm trong quản lý đất đai, thu chi ngân sách.
Trước và sau kỳ họp thứ 9 Quốc hội khóa XIII, Mặt trận tổng hợp 1.120 ý kiến, kiến nghị của cử tri, tập trung vào giá vật tư nông nghiệp, ô nhiễm môi trường ở các khu công nghiệp và chế độ cho cán bộ thôn, bản. Trong 6 tháng có 5 vụ tụ tập đông người tại trụ sở UBND xã phản đối việc thu hồi đất; 12 cuộc đối thoại giữa chính quyền với nhân dân đã được tổ chức, giúp giải tỏa bức xúc.
Mặt trận các cấp tiếp tục triển khai Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; thực hiện Kế hoạch số 36-KH/MTTQ-BTT về chuẩn bị Đại hội đại biểu MTTQ tỉnh lần thứ XIV.
Tại hội nghị, ông Hà Văn Quân, Chủ tịch Ủy ban MTTQ huyện Quan Sơn, đề nghị hỗ trợ 230 hộ đồng bào Thái vùng biên giới; bà Lò Thị Xuân, Trưởng ban Công tác Mặt trận bản Na Hồ, xã Sơn Điện, kể cách bản vận động 57 hộ hiến đất mở đường. Ông Cầm Bá Thiện, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, công bố kết quả giám sát việc giải quyết đơn thư ở 8 huyện.
Phát biểu kết luận, bà Lê Thị Hằng Nga yêu cầu 6 tháng cuối năm tập trung chuẩn bị đại hội Mặt trận các cấp, tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc" năm 2015, chủ động nắm bắt dư luận, phản ánh kịp thời tâm tư của nhân dân với cấp ủy.
Văn Thắng
Số lượt xem: 1.067
Bài viết liên quan
- Mặt trận huyện Mường Lát trao 30 nhà Đại đoàn kết (10/07/2015)
- Hội nghị hiệp thương lần thứ nhất chuẩn bị đại hội Mặt trận cấp xã (30/06/2015)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Như Xuân (22/06/2015)
""", "2015-07-17", "Ủy ban MTTQ tỉnh sơ kết công tác 6 tháng đầu năm 2015",
E("so_ket", "2015-H1", "2015-07-16"),
[P("Lê Thị Hằng Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Khởi", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Quân", "Chủ tịch Ủy ban MTTQ huyện Quan Sơn"),
 P("Lò Thị Xuân", "Trưởng ban Công tác Mặt trận bản Na Hồ"),
 P("Cầm Bá Thiện", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("2.156 khu dân cư", 2156, "khu dân cư"), Q("94,2%", 94.2, "%"), Q("21,5 tỷ đồng", 21500000000, "đồng"),
 Q("412 nhà Đại đoàn kết", 412, "nhà Đại đoàn kết"), Q("96 nhà", 96, "nhà"), Q("318 cuộc giám sát", 318, "cuộc giám sát"),
 Q("635 xã, phường, thị trấn", 635, "xã, phường, thị trấn"), Q("47 vụ việc sai phạm", 47, "vụ việc sai phạm"),
 Q("1.120 ý kiến, kiến nghị", 1120, "ý kiến, kiến nghị"), Q("5 vụ tụ tập đông người", 5, "vụ tụ tập đông người"),
 Q("12 cuộc đối thoại", 12, "cuộc đối thoại"), Q("230 hộ đồng bào Thái", 230, "hộ đồng bào Thái"),
 Q("57 hộ", 57, "hộ"), Q("8 huyện", 8, "huyện")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "36", "KH/MTTQ-BTT", None, None, "Kế hoạch số 36-KH/MTTQ-BTT")],
[prov("Thanh Hóa"), com("Sơn Điện")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ :: Tin hoạt động :: Mặt trận tỉnh", "Toàn cảnh hội nghị sơ kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Số lượt xem: 1.067"],
["Ngày đăng 17/07/2015 | 16:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "kỳ họp thứ 9", "khóa XIII", "lần thứ XIV", "Số lượt xem: 1.067"]))

PAGES.append(page("b2098-gialai-bdv-giaoban-quy2-2016", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ › Tin tức › Dân vận các cấp
Cập nhật lúc 16:40 ngày 08/07/2016
Vận động đồng bào ổn định cuộc sống, không di cư tự do
Chiều 6/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận quý II năm 2016 với ban dân vận 17 huyện, thị xã, thành phố. Đồng chí Nay Hơ Rin, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rơ Lan Hnưr, Trần Quốc Hưng.
Đồng chí Nay Hơ Rin phát biểu tại giao ban. Ảnh: Đ.Y
Theo báo cáo, quý II, tình hình tư tưởng của đồng bào các dân tộc cơ bản ổn định, nhân dân phấn khởi sau cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp. Tuy nhiên, trên địa bàn phát sinh 11 hộ với 47 khẩu di cư tự do đến các tỉnh Tây Nguyên khác; các địa phương đã vận động 38 hộ quay về quê cũ. Vẫn còn 5 vụ việc truyền đạo trái pháp luật và 4 vụ tranh chấp đất rẫy giữa các hộ ở huyện Ia Pa, Krông Pa.
Khối dân vận tiếp 64 lượt công dân, nhận 22 đơn thư; đã giải quyết 19 đơn, đạt 86,4%. Toàn tỉnh có 812 người có uy tín được cung cấp thông tin định kỳ, mỗi người được hỗ trợ 500.000 đồng/năm theo Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 11, 12-KL/TU về vận động đồng bào không di cư tự do và về công tác dân vận trong thực hiện tái cơ cấu nông nghiệp; hướng dẫn các huyện thực hiện Nghị định 92/2012/NĐ-CP của Chính phủ về hoạt động tín ngưỡng, tôn giáo. Một số ý kiến phản ánh việc cung cấp thông tin cho người có uy tín còn chậm, tài liệu chưa được dịch ra tiếng Jrai, Bahnar nên bà con khó tiếp nhận.
Phát biểu tại giao ban, ông A Phiu, Bí thư Đảng ủy xã Ia Kdăm, cho biết xã đã thành lập 9 tổ tự quản an ninh trật tự ở các làng. Bà Ksor H'Nhiên, HUV, Trưởng Ban Dân vận Huyện ủy Krông Pa, đề nghị tỉnh có chính sách đất ở cho 126 hộ đồng bào còn ở nhờ. Ông Đinh Yuh, già làng làng Đê Kôp, xã Ia Dom, chia sẻ việc vận động con cháu không nghe lời kẻ xấu.
Kết luận giao ban, đồng chí Nay Hơ Rin yêu cầu quý III các cấp tập trung nắm chắc số hộ có ý định di cư, tăng cường đối thoại ở những làng có đạo, giải quyết dứt điểm các vụ tranh chấp đất rẫy ngay từ cơ sở; đẩy mạnh phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới.
Đức Yên
Tin liên quan
- Chư Păh: vận động 25 hộ từ bỏ tà đạo Hà Mòn (24/06/2016)
- Ban Dân vận Tỉnh ủy giao ban quý I/2016 (08/04/2016)
- Đak Đoa: gặp mặt già làng, người có uy tín (25/03/2016)
- Phú Thiện: tọa đàm về công tác dân vận chính quyền (11/03/2016)
""", "2016-07-08", "Vận động đồng bào ổn định cuộc sống, không di cư tự do",
E("giao_ban", "2016-Q2", "2016-07-06"),
[P("Nay Hơ Rin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Lan Hnưr", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Phiu", "Bí thư Đảng ủy xã Ia Kdăm"),
 P("Ksor H'Nhiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Pa"),
 P("Đinh Yuh", "già làng làng Đê Kôp")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("11 hộ", 11, "hộ"), Q("47 khẩu", 47, "khẩu"),
 Q("38 hộ", 38, "hộ"), Q("5 vụ việc truyền đạo trái pháp luật", 5, "vụ việc truyền đạo trái pháp luật"),
 Q("4 vụ tranh chấp đất rẫy", 4, "vụ tranh chấp đất rẫy"), Q("64 lượt công dân", 64, "lượt công dân"),
 Q("22 đơn thư", 22, "đơn thư"), Q("19 đơn", 19, "đơn"), Q("86,4%", 86.4, "%"),
 Q("812 người có uy tín", 812, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"),
 Q("9 tổ tự quản an ninh trật tự", 9, "tổ tự quản an ninh trật tự"), Q("126 hộ đồng bào", 126, "hộ đồng bào")],
[D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Kết luận", "11", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 11, 12-KL/TU"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP")],
[prov("Gia Lai"), com("Ia Kdăm"), com("Ia Dom")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ › Tin tức › Dân vận các cấp",
 "Đồng chí Nay Hơ Rin phát biểu tại giao ban.", "Dân vận khéo"],
["Cập nhật lúc 16:40 ngày 08/07/2016", "quý II năm 2016", "quý III", "khóa XIV"]))
