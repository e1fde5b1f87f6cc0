from lib import *
PAGES = []

PAGES.append(page("b9725-laocai-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động dân vận » Đào tạo, bồi dưỡng
Thứ Năm, 14/04/2011 - 16:20
Các học viên dự lớp tập huấn tại Hội trường Trường Chính trị tỉnh.
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2011
Từ ngày 11 đến 13/4/2011, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Trường Chính trị tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận năm 2011 cho 186 học viên là trưởng khối dân vận, cán bộ chuyên trách dân vận các xã, phường, thị trấn thuộc 9 huyện, thành phố.
Dự khai giảng có đồng chí Giàng Seo Phử, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lý Thị Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Hoàng Văn Khiêm, Phó Hiệu trưởng Trường Chính trị tỉnh.
Trong 3 ngày, các học viên được nghe giới thiệu 6 chuyên đề: những nội dung cơ bản của Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; kỹ năng nắm tình hình nhân dân và xử lý các vụ việc phức tạp ở cơ sở; công tác vận động đồng bào Mông, Dao, Giáy xóa bỏ hủ tục trong việc cưới, việc tang; phương pháp xây dựng mô hình "Dân vận khéo"; kỹ năng viết báo cáo nhanh và nội dung Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng tái định cư thủy điện và về phòng, chống di cư tự do.
Khai giảng lớp học, đồng chí Giàng Seo Phử nhấn mạnh: đội ngũ cán bộ dân vận cơ sở là người trực tiếp "nghe dân nói, nói dân hiểu, làm dân tin", nhưng hiện nay nhiều đồng chí còn trẻ, mới được bố trí, nhiều người kiêm nhiệm; vì vậy cần tập trung nghiên cứu, trao đổi thẳng thắn những vướng mắc thực tế ở thôn, bản.
Tại các buổi thảo luận nhóm, học viên chia sẻ nhiều cách làm sáng tạo. Anh Vàng A Dế, cán bộ chuyên trách dân vận xã Bản Phố, kể lại việc vận động 27 hộ di cư tự do trở về quê cũ ổn định cuộc sống. Chị Tẩn Thị Mây, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Van, giới thiệu mô hình tổ phụ nữ người Dao giúp nhau phát triển nghề thêu truyền thống.
Theo kế hoạch số 38-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2011 toàn tỉnh mở 2 lớp tập huấn cấp tỉnh và 14 lớp cấp huyện, phấn đấu 100% cán bộ làm công tác dân vận cấp xã được bồi dưỡng nghiệp vụ. Kinh phí tổ chức lớp học khoảng 95 triệu đồng do ngân sách tỉnh bảo đảm.
Cuối khóa, các học viên làm bài thu hoạch, trong đó 41 học viên đạt loại giỏi. Đồng chí Lý Thị Vinh đề nghị các học viên về địa phương tham mưu cấp ủy xây dựng kế hoạch thực hiện Quy chế dân vận ngay trong quý II.
Minh Khôi
Số lượt đọc: 1.214
Tin liên quan
- Bát Xát: ra mắt 3 mô hình "Dân vận khéo" (05/04/2011)
- Hội nghị giao ban công tác dân vận quý I năm 2011 (28/03/2011)
- Sa Pa tập huấn cho 120 trưởng thôn (15/03/2011)
- Ban Dân vận Tỉnh ủy làm việc tại huyện Si Ma Cai (02/03/2011)
- Bảo Thắng: vận động nhân dân hiến đất làm đường (20/02/2011)
""", "2011-04-14", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2011",
E("tap_huan", "2011", "2011-04-11"),
[P("Giàng Seo Phử", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Khiêm", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Vàng A Dế", "cán bộ chuyên trách dân vận xã Bản Phố"),
 P("Tẩn Thị Mây", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Van")],
[Q("186 học viên", 186, "học viên"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("27 hộ di cư tự do", 27, "hộ di cư tự do"), Q("2 lớp tập huấn cấp tỉnh", 2, "lớp tập huấn cấp tỉnh"),
 Q("14 lớp cấp huyện", 14, "lớp cấp huyện"), Q("100%", 100, "%"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("41 học viên", 41, "học viên")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động dân vận » Đào tạo, bồi dưỡng",
 "Các học viên dự lớp tập huấn tại Hội trường Trường Chính trị tỉnh.", "Dân vận khéo",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Số lượt đọc: 1.214", "Trường Chính trị tỉnh"],
["Thứ Năm, 14/04/2011 - 16:20", "Từ ngày 11 đến 13/4/2011", "năm 2011", "3 ngày", "quý II", "Số lượt đọc: 1.214"]))

PAGES.append(page("b9726-nghean-mttq-boiduong-2012", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh
Cập nhật: 08:30, 21/09/2012 (GMT+7)
Hơn 650 trưởng ban công tác Mặt trận được bồi dưỡng nghiệp vụ
(MTTQ Nghệ An) - Trong tháng 9/2012, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức 5 lớp bồi dưỡng nghiệp vụ công tác Mặt trận năm 2012 cho hơn 650 trưởng ban công tác Mặt trận khu dân cư của các huyện miền Tây. Lớp đầu tiên khai giảng sáng 17/9 tại thị trấn Con Cuông.
Ông Lô Văn Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai giảng lớp học.
Đến dự lễ khai giảng có ông Lô Văn Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Vi Thị Hồng Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Lương Văn Kham, Chủ tịch Ủy ban MTTQ huyện Con Cuông.
Các học viên được truyền đạt những nội dung cơ bản của Luật Mặt trận Tổ quốc Việt Nam; Nghị quyết liên tịch số 05/2010/NQLT-ĐCT-UBTWMTTQVN về hướng dẫn tổ chức cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; Hướng dẫn số 16/HD-MTTW-BTT ngày 8/6/2012 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về nội dung, phương thức hoạt động của ban công tác Mặt trận; cách tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" và kỹ năng hòa giải ở cơ sở.
Theo ông Lô Văn Thắm, toàn tỉnh có 5.412 ban công tác Mặt trận ở thôn, bản, khối phố, trong đó khoảng 40% trưởng ban mới được bầu lần đầu. Ở các huyện miền núi, nhiều trưởng ban là người dân tộc Thái, Khơ Mú, Mông, trình độ còn hạn chế, nên các lớp được thiết kế ngắn gọn, nhiều tình huống thực tế, có tài liệu song ngữ Thái - Việt.
Trong buổi thảo luận, ông Moong Văn Pằn, Trưởng ban công tác Mặt trận bản Xốp Mạt, xã Mường Lống, cho biết nhờ vận động, bản đã có 38 hộ bỏ tục làm ma kéo dài nhiều ngày. Bà Lang Thị Bảy, Trưởng ban công tác Mặt trận bản Khe Choăng, xã Châu Khê, đề nghị Mặt trận tỉnh hỗ trợ kinh phí hoạt động cho ban công tác Mặt trận ít nhất 500.000 đồng/năm.
Mỗi lớp học kéo dài 2 ngày; học viên được cấp tài liệu, hỗ trợ tiền ăn 50.000 đồng/người/ngày. Tổng kinh phí 5 lớp hơn 210 triệu đồng, trích từ nguồn kinh phí của Ủy ban MTTQ tỉnh và hỗ trợ của Dự án phát triển cộng đồng.
Kết thúc đợt bồi dưỡng, Ban Thường trực Ủy ban MTTQ tỉnh sẽ khen thưởng 25 ban công tác Mặt trận có nhiều đóng góp trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" giai đoạn 2010 - 2012.
Hồ Vân
Tin khác
- Quỳ Hợp: hội nghị Mặt trận với các chức sắc tôn giáo (14/09/2012)
- Nghĩa Đàn tổ chức Ngày hội Đại đoàn kết điểm (06/09/2012)
- Ủy ban MTTQ tỉnh giao ban 6 tháng đầu năm 2012 (25/07/2012)
- Tương Dương: trao 45 nhà Đại đoàn kết (11/07/2012)
""", "2012-09-21", "Hơn 650 trưởng ban công tác Mặt trận được bồi dưỡng nghiệp vụ",
E("tap_huan", "2012", "2012-09-17"),
[P("Lô Văn Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Kham", "Chủ tịch Ủy ban MTTQ huyện Con Cuông"),
 P("Moong Văn Pằn", "Trưởng ban công tác Mặt trận bản Xốp Mạt"),
 P("Lang Thị Bảy", "Trưởng ban công tác Mặt trận bản Khe Choăng")],
[Q("5 lớp bồi dưỡng", 5, "lớp bồi dưỡng"), Q("hơn 650 trưởng ban công tác Mặt trận", 650, "trưởng ban công tác Mặt trận", "over"),
 Q("5.412 ban công tác Mặt trận", 5412, "ban công tác Mặt trận"), Q("khoảng 40%", 40, "%", "approx"),
 Q("38 hộ", 38, "hộ"), Q("500.000 đồng", 500000, "đồng", "over"), Q("50.000 đồng", 50000, "đồng"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("25 ban công tác Mặt trận", 25, "ban công tác Mặt trận")],
[D("Nghị quyết liên tịch", "05", "2010/NQLT-ĐCT-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 05/2010/NQLT-ĐCT-UBTWMTTQVN"),
 D("Hướng dẫn", "16", "HD-MTTW-BTT", "2012-06-08", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 16/HD-MTTW-BTT ngày 8/6/2012")],
[prov("Nghệ An"), com("Con Cuông"), com("Mường Lống"), com("Châu Khê")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Tin trong tỉnh", "(MTTQ Nghệ An)",
 "Ông Lô Văn Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai giảng lớp học.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Luật Mặt trận Tổ quốc Việt Nam", "Dự án phát triển cộng đồng"],
["Cập nhật: 08:30, 21/09/2012 (GMT+7)", "tháng 9/2012", "năm 2012", "2 ngày", "giai đoạn 2010 - 2012", "lần đầu"]))

PAGES.append(page("b9727-gialai-mttq-taphuan-giamsat-2013", """
Báo Gia Lai điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
08:15 | 27/12/2013
Toàn cảnh lớp tập huấn. Ảnh: Hà Phương
Gia Lai: Trang bị kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận
(GLO) - Ngày 26/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị cho 132 cán bộ chủ chốt Mặt trận và các đoàn thể chính trị - xã hội cấp tỉnh, cấp huyện.
Đồng chí Rơ Mah Thuận, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Hữu Đức, Ksor H'Bla.
Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, cùng Quy định về việc Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền vừa được Bộ Chính trị ban hành là cơ sở chính trị quan trọng để Mặt trận phát huy vai trò đại diện, bảo vệ quyền và lợi ích hợp pháp của nhân dân.
Báo cáo viên Siu Đoan, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn cụ thể đối tượng, nội dung, hình thức giám sát; quy trình tổ chức hội nghị phản biện xã hội đối với dự thảo văn bản của chính quyền địa phương. Ông cũng nhắc lại kết quả thực hiện Thông tư liên tịch số 04/2011/TTLT-VKSTC-BCA-BQP-BTC: năm 2013, các Ban Thanh tra nhân dân trong tỉnh đã giám sát 318 cuộc, phát hiện và kiến nghị xử lý 46 vụ việc sai phạm.
Các học viên thảo luận sôi nổi. Bà Nay H'Lim, Chủ tịch Ủy ban MTTQ huyện Krông Pa, cho rằng nhiều cán bộ Mặt trận xã người Jrai, Bahnar còn e ngại khi giám sát chính quyền cùng cấp. Ông Đinh Hmlôn, Phó Chủ tịch Ủy ban MTTQ xã Đak Sơmei, đề nghị tổ chức thêm lớp tập huấn bằng tiếng Bahnar.
Kết luận lớp tập huấn, đồng chí Rơ Mah Thuận yêu cầu trong quý I/2014 Mặt trận các huyện, thị xã, thành phố tổ chức tập huấn lại cho cán bộ cơ sở ở 222 xã, phường, thị trấn; mỗi đơn vị chọn ít nhất 2 nội dung để giám sát thí điểm.
Tỉnh Gia Lai hiện có 17 huyện, thị xã, thành phố; hơn 44% dân số là đồng bào dân tộc thiểu số. Vì vậy, theo đồng chí Chủ tịch Ủy ban MTTQ tỉnh, việc giám sát phải gắn với những việc dân quan tâm nhất như cấp phát giống, hỗ trợ nhà ở, chi trả tiền bồi thường, để người dân thấy được vai trò của Mặt trận. Tài liệu tập huấn sẽ được biên soạn rút gọn, in phát cho các ban công tác Mặt trận thôn, làng.
Lê Hòa
Lượt xem: 642
Tin liên quan
- Mặt trận tỉnh tổng kết công tác năm 2013 (20/12/2013)
- Chư Păh: ra mắt mô hình "Khu dân cư tự quản" (11/12/2013)
- Trao 30 nhà Đại đoàn kết cho hộ nghèo Ia Grai (02/12/2013)
""", "2013-12-27", "Gia Lai: Trang bị kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận",
E("tap_huan", None, "2013-12-26"),
[P("Rơ Mah Thuận", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Đoan", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nay H'Lim", "Chủ tịch Ủy ban MTTQ huyện Krông Pa"),
 P("Đinh Hmlôn", "Phó Chủ tịch Ủy ban MTTQ xã Đak Sơmei")],
[Q("132 cán bộ chủ chốt", 132, "cán bộ chủ chốt"), Q("318 cuộc", 318, "cuộc"), Q("46 vụ việc sai phạm", 46, "vụ việc sai phạm"),
 Q("222 xã, phường, thị trấn", 222, "xã, phường, thị trấn"), Q("ít nhất 2 nội dung", 2, "nội dung", "over"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("hơn 44%", 44, "%", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Thông tư liên tịch", "04", "2011/TTLT-VKSTC-BCA-BQP-BTC", None, None, "Thông tư liên tịch số 04/2011/TTLT-VKSTC-BCA-BQP-BTC")],
[prov("Gia Lai"), com("Đak Sơmei")],
["Báo Gia Lai điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh lớp tập huấn. Ảnh: Hà Phương", "(GLO)",
 "Quy chế giám sát và phản biện xã hội", "Lượt xem: 642"],
["08:15 | 27/12/2013", "quý I/2014", "năm 2013", "Lượt xem: 642"]))

PAGES.append(page("b9728-thaibinh-bdvhu-kienxuong-taphuan-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH
Tin tức - Sự kiện / Hoạt động của Đảng
Ngày đăng 18/07/2014 | 15:45
Kiến Xương: bồi dưỡng kỹ năng dân vận cho 37 xã, thị trấn
Ngày 16 và 17/7/2014, Ban Dân vận Huyện ủy Kiến Xương tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2014 cho trưởng khối dân vận, cán bộ Mặt trận, đoàn thể của 37 xã, thị trấn và bí thư chi bộ, trưởng thôn ở 5 xã điểm. Tổng số có 296 đại biểu tham dự.
Đồng chí Phạm Văn Cường, HUV, Trưởng Ban Dân vận Huyện ủy khai mạc hội nghị. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Vũ Thị Thanh Hương, Đặng Quốc Khánh trực tiếp trình bày chuyên đề.
Nội dung tập huấn tập trung quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, Kế hoạch số 22-KH/HU ngày 10/3/2014 của Ban Thường vụ Huyện ủy thực hiện Nghị quyết; hướng dẫn xây dựng và nhân rộng mô hình "Dân vận khéo" trong xây dựng nông thôn mới; kỹ năng tiếp dân, đối thoại với nhân dân khi giải quyết các vụ việc liên quan đến đất đai, dồn điền đổi thửa.
Phát biểu tại hội nghị, đồng chí Phạm Văn Cường cho biết: 6 tháng đầu năm, khối dân vận các xã đã phối hợp hòa giải thành 54/61 vụ việc mâu thuẫn trong nhân dân; nhân dân toàn huyện đóng góp 18,6 tỷ đồng và hiến 12.400 m2 đất để xây dựng nông thôn mới. Tuy vậy, một số cán bộ dân vận xã mới được luân chuyển, còn lúng túng khi nắm tình hình, tham mưu cấp ủy.
Hội nghị nghe ông Bùi Văn Tĩnh, Bí thư Đảng ủy xã Vũ Lễ, giới thiệu kinh nghiệm vận động nhân dân dồn điền đổi thửa lần 2 với 100% hộ đồng thuận. Bà Trần Thị Nga, Trưởng khối dân vận xã Quang Trung, chia sẻ cách tổ chức sinh hoạt tổ dân vận thôn hằng tháng.
Kết thúc hội nghị, 296 đại biểu làm bài kiểm tra nhận thức; Ban Dân vận Huyện ủy yêu cầu khối dân vận các xã, thị trấn xây dựng ít nhất 1 mô hình "Dân vận khéo" mới trong năm 2014, báo cáo kết quả trước ngày 15/11/2014.
Kiến Xương là một trong những huyện đi đầu của tỉnh Thái Bình về xây dựng nông thôn mới; đến nay huyện có 9 xã đạt chuẩn. Theo Ban Dân vận Huyện ủy, từ năm 2015 huyện sẽ duy trì tập huấn định kỳ mỗi năm một lần cho cán bộ khối dân vận cơ sở, kết hợp tham quan học tập mô hình hay ở các huyện bạn.
Tin, ảnh: Thu Hà
Lượt truy cập: 23.518
Bài viết liên quan
- Hội nghị giao ban khối dân vận 6 tháng đầu năm 2014 (08/07/2014)
- Vũ Lễ: dồn điền đổi thửa gắn với xây dựng nông thôn mới (26/06/2014)
- Huyện ủy Kiến Xương sơ kết 1 năm thực hiện Nghị quyết 25 (12/06/2014)
- Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới (30/05/2014)
""", "2014-07-18", "Kiến Xương: bồi dưỡng kỹ năng dân vận cho 37 xã, thị trấn",
E("tap_huan", "2014", "2014-07-16"),
[P("Phạm Văn Cường", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vũ Thị Thanh Hương", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Quốc Khánh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Văn Tĩnh", "Bí thư Đảng ủy xã Vũ Lễ"),
 P("Trần Thị Nga", "Trưởng khối dân vận xã Quang Trung")],
[Q("37 xã, thị trấn", 37, "xã, thị trấn"), Q("5 xã điểm", 5, "xã điểm"), Q("296 đại biểu", 296, "đại biểu"),
 Q("54/61 vụ việc mâu thuẫn", 54, "vụ việc mâu thuẫn"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("12.400 m2", 12400, "m2"), Q("100% hộ", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("9 xã", 9, "xã")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "22", "KH/HU", "2014-03-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 22-KH/HU ngày 10/3/2014")],
[prov("Thái Bình"), com("Vũ Lễ"), com("Quang Trung")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH", "Tin tức - Sự kiện / Hoạt động của Đảng", "Dân vận khéo",
 "Lượt truy cập: 23.518"],
["Ngày đăng 18/07/2014 | 15:45", "Ngày 16 và 17/7/2014", "năm 2014", "khóa XI", "6 tháng đầu năm", "lần 2",
 "trước ngày 15/11/2014", "từ năm 2015", "mỗi năm một lần", "Lượt truy cập: 23.518"]))

PAGES.append(page("b9729-soctrang-bdv-boiduong-khmer-2015", """
Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ :: Tin tức :: Công tác dân tộc - tôn giáo
29-10-2015 10:40
Bồi dưỡng nghiệp vụ cho cán bộ dân vận vùng đồng bào Khmer
Ngày 27/10, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Sóc Trăng khai giảng lớp bồi dưỡng nghiệp vụ công tác dân vận vùng đồng bào dân tộc Khmer năm 2015 cho 75 học viên là cán bộ chuyên trách dân vận, cán bộ Mặt trận, Hội Đoàn kết sư sãi yêu nước các huyện, thị xã có đông đồng bào Khmer.
Đồng chí Thạch Chanh Đa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự khai giảng.
Đến dự khai giảng có đồng chí Thạch Chanh Đa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Hòa thượng Lý Hiền, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; đồng chí Lâm Thị Sô Phi, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Trong 4 ngày, học viên được nghiên cứu các chuyên đề: Chỉ thị số 68-CT/TW ngày 18/4/2006 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; phong tục, lễ hội của đồng bào Khmer; kỹ năng vận động sư sãi, achar và người có uy tín trong phum, sóc; nhận diện âm mưu lợi dụng vấn đề dân tộc, tôn giáo.
Đồng chí Thạch Chanh Đa cho biết, toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer với khoảng 2.500 sư sãi; đồng bào Khmer chiếm trên 30% dân số. Những năm qua, cán bộ dân vận các cấp đã phối hợp vận động 1.120 hộ Khmer thoát nghèo, hỗ trợ xây dựng 346 căn nhà Đại đoàn kết với tổng trị giá gần 11 tỷ đồng.
Bên lề lớp học, ông Sơn Ngọc Hoàng, Trưởng khối dân vận xã Vĩnh Hải, thị xã Vĩnh Châu, chia sẻ: trước đây chúng tôi chủ yếu làm theo kinh nghiệm; nay được học bài bản về kỹ năng tiếp xúc với chư sư và người có uy tín nên tự tin hơn. Chị Lý Thị Sa Quênh, Phó Chủ tịch Ủy ban MTTQ xã Tham Đôn, đề nghị tăng thời lượng thực hành và tổ chức học tập thực tế tại chùa.
Theo Ban Dân vận Tỉnh ủy, sau lớp học này, các huyện Trần Đề, Mỹ Xuyên, Châu Thành và thị xã Vĩnh Châu sẽ tiếp tục mở lớp tập huấn ngắn ngày cho cán bộ dân vận ấp, khóm và Ban Quản trị chùa, bảo đảm mỗi năm mỗi xã có ít nhất 2 cán bộ được bồi dưỡng.
Lớp học có 12 học viên là người Khmer được hỗ trợ thêm tài liệu song ngữ Khmer - Việt. Cuối khóa, học viên đạt yêu cầu được cấp giấy chứng nhận của Trường Chính trị tỉnh.
Kim Phượng
Lượt xem: 538
Tin liên quan
- Thăm, chúc mừng lễ Sene Dolta tại các chùa Khmer (12/10/2015)
- Mỹ Xuyên ra mắt mô hình "Phum sóc bình yên" (25/09/2015)
- Hội nghị cán bộ dân vận vùng đồng bào Khmer năm 2015 (03/09/2015)
""", "2015-10-29", "Bồi dưỡng nghiệp vụ cho cán bộ dân vận vùng đồng bào Khmer",
E("tap_huan", "2015", "2015-10-27"),
[P("Thạch Chanh Đa", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Hiền", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lâm Thị Sô Phi", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Sơn Ngọc Hoàng", "Trưởng khối dân vận xã Vĩnh Hải"),
 P("Lý Thị Sa Quênh", "Phó Chủ tịch Ủy ban MTTQ xã Tham Đôn")],
[Q("75 học viên", 75, "học viên"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 2.500 sư sãi", 2500, "sư sãi", "approx"), Q("trên 30%", 30, "%", "over"), Q("1.120 hộ Khmer", 1120, "hộ Khmer"),
 Q("346 căn nhà Đại đoàn kết", 346, "căn nhà Đại đoàn kết"), Q("gần 11 tỷ đồng", 11000000000, "đồng", "approx"),
 Q("12 học viên", 12, "học viên"), Q("ít nhất 2 cán bộ", 2, "cán bộ", "over")],
[D("Chỉ thị", "68", "CT/TW", "2006-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/2006"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Tham Đôn")],
["Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ :: Tin tức :: Công tác dân tộc - tôn giáo",
 "Đồng chí Thạch Chanh Đa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự khai giảng.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Trường Chính trị tỉnh", "Lượt xem: 538"],
["29-10-2015 10:40", "năm 2015", "4 ngày", "Lượt xem: 538"]))

PAGES.append(page("b9730-hagiang-mttq-taphuan-tmnd-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của MTTQ các cấp
15/06/2016 - 09:05
Nâng cao năng lực giám sát cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng
Sáng 14/6, tại thành phố Hà Giang, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khai mạc lớp tập huấn nghiệp vụ cho thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng cấp xã. Đây là lớp đầu tiên trong 4 lớp được tổ chức theo Kế hoạch số 57/KH-MTTQ-BTT ngày 20/5/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, dự kiến bồi dưỡng cho khoảng 480 học viên của 195 xã, phường, thị trấn.
Dự và khai mạc lớp tập huấn có bà Vàng Thị Dung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham gia giảng dạy có ông Hoàng Văn Páo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Sùng Mí Chứ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Nội dung tập huấn gồm: Luật Mặt trận Tổ quốc Việt Nam năm 2015; Hướng dẫn 11, 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức và hoạt động của Ban Thanh tra nhân dân và về giám sát đầu tư của cộng đồng; Nghị định số 84/2015/NĐ-CP ngày 30/9/2015 của Chính phủ về giám sát và đánh giá đầu tư; kỹ năng lập biên bản, kiến nghị sau giám sát.
Theo báo cáo, năm 2015 các Ban Thanh tra nhân dân trong tỉnh đã tiến hành 412 cuộc giám sát, kiến nghị thu hồi hơn 380 triệu đồng; các Ban Giám sát đầu tư của cộng đồng giám sát 1.036 công trình, phát hiện 58 công trình thi công chưa bảo đảm chất lượng. Tuy nhiên, ở nhiều xã vùng cao, thành viên các ban chủ yếu là người cao tuổi, chưa được hướng dẫn nghiệp vụ, biên bản giám sát còn sơ sài.
Tại lớp học, ông Lù Dìn Sính, Trưởng Ban Thanh tra nhân dân xã Phố Bảng, huyện Đồng Văn, kể lại việc ban phát hiện một đoạn kênh mương 300 m đổ bê tông mỏng hơn thiết kế và kiến nghị nhà thầu làm lại. Bà Nông Thị Hiền, thành viên Ban Giám sát đầu tư của cộng đồng xã Tùng Bá, mong được tập huấn thêm về đọc bản vẽ và dự toán.
Phát biểu khai mạc, bà Vàng Thị Dung đề nghị học viên nắm chắc quy trình giám sát, mạnh dạn kiến nghị khi phát hiện sai phạm, đồng thời giữ mối quan hệ phối hợp với chính quyền xã. Sau tập huấn, Ủy ban MTTQ các huyện có trách nhiệm theo dõi, hỗ trợ các ban ở cơ sở và báo cáo kết quả trước ngày 30/11/2016.
Đợt tập huấn kéo dài đến hết tháng 7; các lớp tiếp theo được tổ chức tại Yên Minh, Hoàng Su Phì và Bắc Quang.
Thanh Thủy
Số lượt xem: 391
Tin cùng chuyên mục
- Ngày hội Đại đoàn kết toàn dân tộc ở thôn Lũng Cẩm (10/06/2016)
- Hà Giang: hơn 1.700 hộ được hỗ trợ làm nhà (28/05/2016)
- Tổng kết công tác bầu cử đại biểu Quốc hội, HĐND các cấp (26/05/2016)
""", "2016-06-15", "Nâng cao năng lực giám sát cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng",
E("tap_huan", None, "2016-06-14"),
[P("Vàng Thị Dung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Chứ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lù Dìn Sính", "Trưởng Ban Thanh tra nhân dân xã Phố Bảng"),
 P("Nông Thị Hiền", "thành viên Ban Giám sát đầu tư của cộng đồng xã Tùng Bá")],
[Q("4 lớp", 4, "lớp"), Q("khoảng 480 học viên", 480, "học viên", "approx"), Q("195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
 Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
 Q("1.036 công trình", 1036, "công trình"), Q("58 công trình", 58, "công trình"), Q("300 m", 300, "m")],
[D("Kế hoạch", "57", "KH-MTTQ-BTT", "2016-05-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 57/KH-MTTQ-BTT ngày 20/5/2016"),
 D("Hướng dẫn", "11", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 11, 12/HD-MTTW-BTT"),
 D("Hướng dẫn", "12", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 11, 12/HD-MTTW-BTT"),
 D("Nghị định", "84", "2015/NĐ-CP", "2015-09-30", "Chính phủ", "Nghị định số 84/2015/NĐ-CP ngày 30/9/2015")],
[prov("Hà Giang"), com("Phố Bảng"), com("Tùng Bá")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của MTTQ các cấp",
 "Luật Mặt trận Tổ quốc Việt Nam năm 2015", "Số lượt xem: 391"],
["15/06/2016 - 09:05", "năm 2015", "hết tháng 7", "trước ngày 30/11/2016", "Số lượt xem: 391"]))
