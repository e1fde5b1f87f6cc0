from lib import *
PAGES = []

PAGES.append(page("b6611-sonla-bdv-giaoban-2017", """
BÁO SƠN LA - TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA
Trang chủ / Chính trị / Công tác dân vận
Thứ Sáu, 06/10/2017 | 15:30
Khối dân vận giao ban, bàn giải pháp ổn định dân cư sau lũ quét Mường La
Sáng 4/10, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị giao ban khối dân vận quý III năm 2017. Đồng chí Lò Văn Muôn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đại biểu dự hội nghị giao ban.
Quý III, trận lũ quét, sạt lở đất đêm 2 rạng sáng 3/8 đã gây thiệt hại nặng nề cho huyện Mường La và một số huyện lân cận, làm nhiều người chết và mất tích, gần 300 ngôi nhà bị sập, trôi hoặc hư hỏng. Ngay sau thiên tai, khối dân vận các cấp đã phối hợp với Ủy ban MTTQ, các đoàn thể huy động đoàn viên, hội viên giúp dân tìm kiếm người mất tích, dọn bùn đất, dựng lán tạm; vận động 167 hộ ở các bản ven suối Nậm Păm di chuyển đến nơi an toàn.
Đồng chí Cầm Thị Phong, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh cho biết, đến cuối tháng 9, Ủy ban MTTQ các cấp đã tiếp nhận hơn 12 tỷ đồng tiền ủng hộ cùng nhiều hàng hóa, nhu yếu phẩm; đã phân bổ trên 90% số tiền đến các hộ bị thiệt hại. Mức hỗ trợ cho mỗi hộ có nhà bị sập, trôi hoàn toàn là 40 triệu đồng.
Thực hiện Kết luận 87, 88-KL/TU của Ban Thường vụ Tỉnh ủy về khắc phục hậu quả thiên tai và sắp xếp dân cư vùng có nguy cơ lũ quét, huyện Mường La đã khảo sát, chọn 3 điểm tái định cư tập trung tại các xã Ngọc Chiến, Nậm Păm và Chiềng Muôn. Ông Mùa A Vảng, HUV, Trưởng Ban Dân vận Huyện ủy Mường La cho biết, nhiều gia đình người Thái, người Mông đã đồng ý nhường đất vườn, đất nương để làm nơi ở cho hàng xóm; riêng bản Nà Tâu có 5 hộ hiến khoảng 4.000 m2 đất.
Tuy nhiên, theo bà Tòng Thị Hạnh, Bí thư Đảng ủy xã Ngọc Chiến, một bộ phận người dân vẫn muốn quay về nơi cũ vì gần ruộng, gần suối nước nóng; nếu không có đất sản xuất ở nơi mới thì rất khó giữ dân. Đồng chí đề nghị tỉnh xem xét chính sách hỗ trợ lương thực trong 6 tháng đầu cho các hộ tái định cư.
Hội nghị cũng thông qua kết quả thực hiện Quyết định số 1270/QĐ-UBND ngày 28/8/2017 của UBND tỉnh về hỗ trợ khẩn cấp các hộ gia đình bị thiệt hại do lũ quét: đã cấp 185 tấn gạo, 720 bộ chăn màn và hỗ trợ học phẩm cho 1.350 học sinh.
Kết luận hội nghị, đồng chí Lò Văn Muôn đề nghị quý IV tiếp tục làm tốt công tác nắm tình hình tư tưởng nhân dân vùng bị thiên tai; vận động các hộ tái định cư sớm ổn định cuộc sống; quản lý, sử dụng tiền, hàng ủng hộ công khai, minh bạch, đúng đối tượng; phát huy vai trò người có uy tín, trưởng dòng họ trong các bản. Đồng chí cũng giao phòng Dân vận chính quyền theo dõi việc giải quyết kiến nghị của người dân sau lũ, định kỳ báo cáo Thường trực Ban.
Quàng Văn Bình
Tin liên quan
- Mường La: Khởi công xây dựng khu tái định cư bản Pá Khoang (29/09/2017)
- Thanh niên tình nguyện giúp nhân dân vùng lũ dựng lại nhà (18/09/2017)
- Tiếp nhận ủng hộ đồng bào bị thiệt hại do lũ quét (10/08/2017)
- Sơn La: Khẩn trương khắc phục hậu quả lũ quét, sạt lở đất (04/08/2017)
""", "2017-10-06", "Khối dân vận giao ban, bàn giải pháp ổn định dân cư sau lũ quét Mường La",
E("giao_ban", "2017-Q3", "2017-10-04"),
[P("Lò Văn Muôn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Phong", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Vảng", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường La"),
 P("Tòng Thị Hạnh", "Bí thư Đảng ủy xã Ngọc Chiến")],
[Q("gần 300 ngôi nhà", 300, "ngôi nhà", "approx"), Q("167 hộ", 167, "hộ"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("trên 90%", 90, "%", "over"), Q("40 triệu đồng", 40000000, "đồng"), Q("3 điểm tái định cư tập trung", 3, "điểm tái định cư tập trung"),
 Q("5 hộ", 5, "hộ"), Q("khoảng 4.000 m2", 4000, "m2", "approx"), Q("185 tấn", 185, "tấn"), Q("720 bộ chăn màn", 720, "bộ chăn màn"),
 Q("1.350 học sinh", 1350, "học sinh")],
[D("Kết luận", "87", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 87, 88-KL/TU"),
 D("Kết luận", "88", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 87, 88-KL/TU"),
 D("Quyết định", "1270", "QĐ-UBND", "2017-08-28", "UBND tỉnh", "Quyết định số 1270/QĐ-UBND ngày 28/8/2017")],
[prov("Sơn La"), com("Ngọc Chiến"), com("Nậm Păm"), com("Chiềng Muôn")],
["BÁO SƠN LA - TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA", "Trang chủ / Chính trị / Công tác dân vận",
 "Đại biểu dự hội nghị giao ban."],
["Thứ Sáu, 06/10/2017 | 15:30", "quý III năm 2017", "quý IV", "đêm 2 rạng sáng 3/8", "6 tháng đầu"]))

PAGES.append(page("b6612-hoabinh-bdv-taphuan-2018", """
Báo Hòa Bình điện tử
Tin tức | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao
Ngày 09/11/2018 lúc 14:32
Nâng cao kỹ năng vận động nhân dân phòng tránh sạt lở đất, lũ quét
Học viên thực hành lập bản đồ nguy cơ sạt lở tại thôn.
(HBĐT) - Trong 2 ngày 7 và 8/11, Ban Dân vận Tỉnh ủy phối hợp với Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh mở lớp tập huấn năm 2018 về kỹ năng vận động nhân dân phòng tránh sạt lở đất, lũ quét cho 120 học viên là cán bộ dân vận, chủ tịch Ủy ban MTTQ và trưởng các đoàn thể cấp xã của 6 huyện vùng cao.
Phát biểu khai mạc, đồng chí Bùi Văn Thắm, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhắc lại đợt mưa lũ lịch sử tháng 10/2017 khiến nhiều người thiệt mạng, hàng nghìn ngôi nhà bị ảnh hưởng; nhiều điểm sạt lở xảy ra ngay sau nhà dân ở các huyện Đà Bắc, Mai Châu, Tân Lạc. "Bài học lớn nhất là phải đưa dân đi trước khi sạt, chứ không phải cứu dân sau khi sạt", đồng chí nói.
Các học viên được TS. Đinh Công Sứ, giảng viên Trường Đại học Thủy lợi giới thiệu các dấu hiệu nhận biết nguy cơ sạt lở như vết nứt trên sườn đồi, nước suối đục bất thường, cây nghiêng; được phổ biến Quyết định số 46/2014/QĐ-TTg ngày 15/8/2014 của Thủ tướng Chính phủ quy định về dự báo, cảnh báo và truyền tin thiên tai, Luật Phòng, chống thiên tai và Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về vai trò của khối dân vận trong phòng, chống thiên tai ở cơ sở.
Ông Xa Văn Hiếu, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy cho biết, sau trận lũ năm 2017, tỉnh đã rà soát 1.126 hộ sống ở vùng có nguy cơ cao, đến nay đã di dời được 347 hộ, số còn lại đang được vận động theo lộ trình đến năm 2020. Tổng kinh phí hỗ trợ giai đoạn 1 là 28,6 tỷ đồng, trong đó mỗi hộ di dời xen ghép được hỗ trợ 30 triệu đồng.
Trong buổi thảo luận nhóm, bà Quách Thị Nga, Chủ tịch Ủy ban MTTQ xã Tân Pheo chia sẻ: xã đã lập 14 tổ tự quản phòng chống thiên tai ở các xóm, mỗi tổ có một thành viên trực loa khi có mưa to; nhờ vậy đêm 11/10/2017 xã đã kịp sơ tán 52 hộ trước khi quả đồi phía sau xóm Bưa sạt xuống. Ông Hà Văn Kinh, trưởng xóm Mý, xã Vầy Nưa, đề xuất có chế độ hỗ trợ cho thành viên các tổ xung kích trực đêm.
Bế mạc lớp tập huấn, đồng chí Bùi Văn Thắm đề nghị học viên về địa phương tham mưu cấp ủy đưa nội dung phòng tránh thiên tai vào sinh hoạt chi bộ, họp xóm; mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" trong phòng, chống thiên tai năm 2019. 100% học viên đạt yêu cầu bài kiểm tra cuối khóa.
Thu Trang
Tin khác
- Đà Bắc: Ra mắt mô hình xóm an toàn trước thiên tai (05/11/2018)
- Hội nghị giao ban công tác dân vận quý III (12/10/2018)
- Tân Lạc tổng kết phong trào thi đua Dân vận khéo (28/09/2018)
""", "2018-11-09", "Nâng cao kỹ năng vận động nhân dân phòng tránh sạt lở đất, lũ quét",
E("tap_huan", "2018", "2018-11-07"),
[P("Bùi Văn Thắm", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "TS.", "giảng viên Trường Đại học Thủy lợi"),
 P("Xa Văn Hiếu", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Quách Thị Nga", "Chủ tịch Ủy ban MTTQ xã Tân Pheo"),
 P("Hà Văn Kinh", "trưởng xóm Mý")],
[Q("120 học viên", 120, "học viên"), Q("6 huyện vùng cao", 6, "huyện vùng cao"), Q("1.126 hộ", 1126, "hộ"), Q("347 hộ", 347, "hộ"),
 Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("14 tổ tự quản phòng chống thiên tai", 14, "tổ tự quản phòng chống thiên tai"),
 Q("52 hộ", 52, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("100% học viên", 100, "%")],
[D("Quyết định", "46", "2014/QĐ-TTg", "2014-08-15", "Thủ tướng Chính phủ", "Quyết định số 46/2014/QĐ-TTg ngày 15/8/2014"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Hòa Bình"), com("Tân Pheo"), com("Vầy Nưa")],
["Báo Hòa Bình điện tử", "Tin tức | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao",
 "Học viên thực hành lập bản đồ nguy cơ sạt lở tại thôn.", "(HBĐT)", "Luật Phòng, chống thiên tai", "Dân vận khéo"],
["Ngày 09/11/2018 lúc 14:32", "2 ngày", "tháng 10/2017", "năm 2017", "năm 2020", "giai đoạn 1", "năm 2019", "đêm 11/10/2017"]))

PAGES.append(page("b6613-thanhhoa-mttq-giamsat-2019", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Chính trị › Mặt trận - Đoàn thể
Đăng lúc: 23/08/2019 - 09:50
Giám sát việc hỗ trợ di dời, tái định cư cho người dân vùng lũ quét Mường Lát
Đoàn giám sát kiểm tra khu tái định cư bản Lát. Ảnh: Lê Hợi
Ngày 21/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Phạm Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ di dời, tái định cư cho các hộ bị ảnh hưởng bởi lũ quét, sạt lở đất tại huyện Mường Lát.
Hoàn lưu bão số 3 đầu tháng 8 vừa qua gây mưa rất to trên địa bàn tỉnh Thanh Hóa, lũ quét ở các xã Tam Chung, Trung Lý, Quang Chiểu, làm 11 người chết và mất tích, 64 ngôi nhà bị sập hoặc cuốn trôi, hơn 200 ngôi nhà phải di dời khẩn cấp. Thiệt hại về tài sản ước gần 400 tỷ đồng. Theo báo cáo của UBND huyện, đến nay huyện đã bố trí chỗ ở tạm cho toàn bộ 265 hộ, trong đó 138 hộ ở nhờ nhà người thân, 127 hộ ở lán tạm do bộ đội, công an dựng.
Tại buổi làm việc, ông Hà Văn Tưởng, Chủ tịch UBND xã Tam Chung cho biết, xã đã bàn giao mặt bằng khu tái định cư bản Lát rộng khoảng 3,5 ha; các hộ được hỗ trợ từ nguồn vận động của Ủy ban MTTQ tỉnh 50 triệu đồng/hộ để làm nhà. Tuy vậy, việc san nền chậm do mưa kéo dài, nhiều gia đình lo lắng không kịp có nhà trước mùa rét.
Ông Lò Văn Chiến, người dân bản Pù Quăn, phản ánh tiền hỗ trợ lương thực chưa đến tay một số hộ ở nhờ nhà người thân vì chưa có trong danh sách. Bà Thao Thị Dợ, Chủ tịch Hội Liên hiệp Phụ nữ xã Trung Lý đề nghị bố trí thêm điểm trông giữ trẻ tại khu lán tạm.
Đoàn giám sát ghi nhận huyện đã vận dụng đúng Nghị định số 02/2017/NĐ-CP ngày 9/1/2017 của Chính phủ về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai và Quyết định số 2876/QĐ-UBND ngày 7/8/2019 của Chủ tịch UBND tỉnh về hỗ trợ khẩn cấp khắc phục hậu quả mưa lũ; đã chi trả 1,85 tỷ đồng cho 93% số hộ thuộc diện hỗ trợ.
Kết luận buổi giám sát, bà Phạm Thị Thanh Thủy đề nghị UBND huyện rà soát, bổ sung kịp thời các hộ còn sót; công khai danh sách, mức hỗ trợ tại nhà văn hóa các bản; đẩy nhanh tiến độ khu tái định cư để người dân sớm có nhà mới. Việc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Cùng ngày, đoàn đến thăm, động viên các gia đình đang ở lán tạm tại bản Lát và tặng 30 suất quà.
Lê Hợi
Bài viết liên quan
- Mường Lát: Những ngày cuối của lán tạm (19/08/2019)
- Tiếp nhận 24 tỷ đồng ủng hộ đồng bào bị thiệt hại do mưa lũ (15/08/2019)
- Quan Sơn: Di dời khẩn cấp 40 hộ dân (08/08/2019)
""", "2019-08-23", "Giám sát việc hỗ trợ di dời, tái định cư cho người dân vùng lũ quét Mường Lát",
E("giam_sat", None, "2019-08-21"),
[P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Tưởng", "Chủ tịch UBND xã Tam Chung"),
 P("Lò Văn Chiến"),
 P("Thao Thị Dợ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Trung Lý")],
[Q("11 người", 11, "người"), Q("64 ngôi nhà", 64, "ngôi nhà"), Q("hơn 200 ngôi nhà", 200, "ngôi nhà", "over"),
 Q("gần 400 tỷ đồng", 400000000000, "đồng", "approx"), Q("265 hộ", 265, "hộ"), Q("138 hộ", 138, "hộ"), Q("127 hộ", 127, "hộ"),
 Q("khoảng 3,5 ha", 3.5, "ha", "approx"), Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("1,85 tỷ đồng", 1850000000, "đồng"),
 Q("93%", 93, "%"), Q("30 suất quà", 30, "suất quà")],
[D("Nghị định", "02", "2017/NĐ-CP", "2017-01-09", "Chính phủ", "Nghị định số 02/2017/NĐ-CP ngày 9/1/2017"),
 D("Quyết định", "2876", "QĐ-UBND", "2019-08-07", "Chủ tịch UBND tỉnh", "Quyết định số 2876/QĐ-UBND ngày 7/8/2019"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Thanh Hóa"), com("Tam Chung"), com("Trung Lý"), com("Quang Chiểu")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Chính trị › Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra khu tái định cư bản Lát. Ảnh: Lê Hợi", "Quy chế giám sát và phản biện xã hội"],
["Đăng lúc: 23/08/2019 - 09:50", "bão số 3", "tháng 8"]))

PAGES.append(page("b6614-caobang-bdv-giaoban-2019", """
Ban Dân vận Tỉnh ủy Cao Bằng
Trang chủ - Tin tức - Hoạt động của Ban
Thứ Ba, 30/7/2019 17:40
Tập trung vận động các hộ ở vùng nguy cơ sạt lở di dời trước mùa mưa lớn
Chiều 29/7, đồng chí Nông Thị Hường, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị giao ban công tác dân vận tháng 7/2019, đánh giá kết quả thực hiện nhiệm vụ tháng 7 và triển khai nhiệm vụ tháng 8.
Trong tháng, mưa lớn kéo dài đã gây sạt lở taluy, vùi lấp đường giao thông và đe dọa an toàn nhiều hộ dân tại các huyện Bảo Lạc, Bảo Lâm, Nguyên Bình. Theo đồng chí Lương Văn Pảo, Phó Trưởng Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 83 hộ nằm trong vùng có nguy cơ sạt lở rất cao, trong đó 29 hộ cần di dời khẩn cấp. Ban đã ban hành Kế hoạch 34, 35-KH/BDVTU về phối hợp vận động nhân dân phòng, tránh thiên tai và về kiểm tra công tác dân vận chính quyền ở xã vùng cao; đồng thời có Hướng dẫn số 08-HD/BDVTU ngày 5/7/2019 hướng dẫn các huyện ủy phân công cán bộ phụ trách từng hộ.
Đồng chí Triệu Thị Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Nguyên Bình báo cáo tại xã Thành Công có 9 hộ người Dao ở xóm Phja Đén đã được vận động tạm chuyển đến nhà văn hóa xóm; huyện đang đề nghị hỗ trợ mỗi hộ 15 triệu đồng để làm nhà tạm. Tại xã Cốc Pàng, huyện Bảo Lạc, cán bộ xã đã cùng đoàn thanh niên giúp 6 hộ tháo dỡ nhà trong 2 ngày.
Đồng chí Hoàng Văn Thạch, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết Ủy ban MTTQ tỉnh đã trích khoảng 180 triệu đồng từ Quỹ Cứu trợ hỗ trợ các hộ bị thiệt hại; đồng thời đề nghị các huyện rà soát để đưa các hộ phải di dời vào danh sách hỗ trợ làm nhà từ nguồn Quỹ "Vì người nghèo".
Nhiều ý kiến tại giao ban cho rằng việc di dời gặp khó khăn do quỹ đất bằng ở các xã vùng cao rất ít, người dân gắn bó với ruộng bậc thang, nương ngô nên ngại đi xa; một số hộ đồng ý chuyển nhưng chưa có tiền làm nhà. Các đại biểu đề nghị ưu tiên phương án di dời xen ghép trong thôn, kết hợp hỗ trợ vay vốn ưu đãi.
Đồng chí Đàm Thị Mai, Chánh Văn phòng Ban Dân vận Tỉnh ủy thông báo kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã; đến nay đã có 100% xã xây dựng quy ước, hương ước có nội dung phòng chống thiên tai.
Kết luận giao ban, đồng chí Nông Thị Hường đề nghị trong tháng 8, các huyện ủy chỉ đạo ban dân vận phối hợp chặt với chính quyền, lực lượng biên phòng, quân sự, kiên quyết vận động người dân rời khỏi vùng nguy hiểm khi có mưa lớn, không để xảy ra thiệt hại về người; chuẩn bị tốt nội dung sơ kết 6 tháng cuối năm và hội nghị biểu dương người có uy tín của tỉnh. Phấn đấu đến ngày 30/9, toàn bộ các hộ thuộc diện di dời khẩn cấp có nơi ở mới an toàn.
Bế Hằng
Tin khác:
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Cao Bằng (24/07/2019)
- Hà Quảng: Người dân hiến đất mở đường lên xóm (15/07/2019)
- Giao ban công tác dân vận tháng 6/2019 (28/06/2019)
""", "2019-07-30", "Tập trung vận động các hộ ở vùng nguy cơ sạt lở di dời trước mùa mưa lớn",
E("giao_ban", "2019-07", "2019-07-29"),
[P("Nông Thị Hường", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Pảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Thị Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Nguyên Bình"),
 P("Hoàng Văn Thạch", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàm Thị Mai", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("83 hộ", 83, "hộ"), Q("29 hộ", 29, "hộ"), Q("9 hộ", 9, "hộ"), Q("15 triệu đồng", 15000000, "đồng"), Q("6 hộ", 6, "hộ"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("12 xã", 12, "xã"), Q("100% xã", 100, "%")],
[D("Kế hoạch", "34", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 34, 35-KH/BDVTU"),
 D("Kế hoạch", "35", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 34, 35-KH/BDVTU"),
 D("Hướng dẫn", "08", "HD/BDVTU", "2019-07-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU ngày 5/7/2019")],
[prov("Cao Bằng"), com("Thành Công"), com("Cốc Pàng")],
["Ban Dân vận Tỉnh ủy Cao Bằng", "Trang chủ - Tin tức - Hoạt động của Ban", "Vì người nghèo", "Quỹ Cứu trợ"],
["Thứ Ba, 30/7/2019 17:40", "tháng 7/2019", "tháng 8", "2 ngày", "6 tháng cuối năm", "ngày 30/9"]))

PAGES.append(page("b6615-nghean-bdv-traoqua-2020", """
Báo Nghệ An
Thời sự - Chính trị | Xã hội | Miền Tây
2020-09-01 11:20
Đồng chí Lô Thị Kim Ngân trao quà cho người dân bản Xiềng Tắm.
Trao 200 suất quà cho đồng bào vùng lũ quét Kỳ Sơn
Ngày 31/8, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lô Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, trao 200 suất quà cho các hộ dân bị ảnh hưởng bởi lũ quét, sạt lở đất tại các xã Na Ngoi, Mường Típ và Tà Cạ, huyện Kỳ Sơn.
Mỗi suất quà trị giá 500.000 đồng gồm gạo, dầu ăn, mì tôm và tiền mặt, do Ban Dân vận Tỉnh ủy phối hợp với Công ty cổ phần Xi măng Sông Lam và các nhà hảo tâm vận động. Dịp này, đoàn cũng trao 5 căn nhà tạm, mỗi căn hỗ trợ 20 triệu đồng, cho các hộ người Mông có nhà bị lũ cuốn trôi ở bản Xiềng Tắm.
Trận lũ quét ngày 25 và 26/8 đã làm 2 người mất tích, 17 ngôi nhà bị sập hoàn toàn, 43 ngôi nhà bị hư hỏng; nhiều tuyến đường vào các bản bị sạt lở, chia cắt. Theo ông Xồng Bá Dê, Phó Chủ tịch UBND huyện Kỳ Sơn, huyện đã huy động lực lượng di dời khẩn cấp 96 hộ với 412 nhân khẩu đến các điểm tạm cư là trường học, trạm y tế, nhà văn hóa.
Ông Lầu Bá Chồng, Bí thư Đảng ủy xã Na Ngoi cho biết, xã đã chọn được mặt bằng khoảng 2 ha tại bản Phà Nọi để bố trí tái định cư cho các hộ mất nhà; các đoàn thể đã vận động 150 đoàn viên thanh niên giúp dọn đất đá, làm đường tạm vào bản. Anh Moong Văn Tâm, người Khơ Mú ở bản Huồi Giảng 2, xã Tà Cạ, nói: "Cán bộ đến nhà từ chiều, bảo phải đi ngay nên cả bản đi, đêm ấy đồi sạt xuống".
Phát biểu với cán bộ và nhân dân, đồng chí Lô Thị Kim Ngân chia sẻ những mất mát của bà con; đề nghị cấp ủy, chính quyền huyện Kỳ Sơn sớm ổn định chỗ ở, không để người dân thiếu đói; tiếp tục phát huy vai trò của già làng, trưởng bản, người có uy tín trong vận động các hộ ở ven sông, suối, chân đồi tự nguyện di dời. Đồng chí cũng đề nghị cán bộ dân vận các xã thường xuyên nắm bắt tâm tư của bà con tại nơi tạm cư để kịp thời báo cáo, đề xuất giải quyết.
Tại điểm tạm cư ở trường tiểu học Mường Típ, các gia đình được bố trí ở trong các phòng học, có bếp nấu chung do chi hội phụ nữ bản đảm nhận. Các cháu nhỏ được giáo viên trông nom, dạy chữ trong những ngày chờ về nơi ở mới. Lực lượng quân đội, công an cùng thanh niên tình nguyện vẫn đang mở đường vào những bản còn bị chia cắt, gùi lương thực vào cho bà con.
Cùng đi với đoàn có ông Vi Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ủy ban MTTQ tỉnh. Tổng trị giá quà và tiền hỗ trợ trong chuyến công tác là 200 triệu đồng.
Thành Cường
Tin liên quan
- Tương Dương: Khắc phục hậu quả lũ quét, sớm ổn định cuộc sống người dân (29/08/2020)
- Kỳ Sơn: Mưa lũ gây thiệt hại nặng nề, 2 người mất tích (27/08/2020)
- Hỗ trợ khẩn cấp gạo cứu đói cho các huyện miền Tây (20/08/2020)
""", "2020-09-01", "Trao 200 suất quà cho đồng bào vùng lũ quét Kỳ Sơn",
E("trao_qua", None, "2020-08-31"),
[P("Lô Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xồng Bá Dê", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Lầu Bá Chồng", "Bí thư Đảng ủy xã Na Ngoi"),
 P("Moong Văn Tâm"),
 P("Vi Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("5 căn nhà tạm", 5, "căn nhà tạm"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("2 người", 2, "người"), Q("17 ngôi nhà", 17, "ngôi nhà"), Q("43 ngôi nhà", 43, "ngôi nhà"),
 Q("96 hộ", 96, "hộ"), Q("412 nhân khẩu", 412, "nhân khẩu"), Q("khoảng 2 ha", 2, "ha", "approx"),
 Q("150 đoàn viên thanh niên", 150, "đoàn viên thanh niên"), Q("200 triệu đồng", 200000000, "đồng")],
[],
[prov("Nghệ An"), com("Na Ngoi"), com("Mường Típ"), com("Tà Cạ")],
["Báo Nghệ An", "Thời sự - Chính trị | Xã hội | Miền Tây", "Đồng chí Lô Thị Kim Ngân trao quà cho người dân bản Xiềng Tắm.",
 "Công ty cổ phần Xi măng Sông Lam"],
["2020-09-01 11:20", "ngày 25 và 26/8", "Huồi Giảng 2"]))

PAGES.append(page("b6616-backan-bdvtw-baocao-2020", """
BÁO BẮC KẠN ĐIỆN TỬ
Chính trị » Xây dựng Đảng
Cập nhật: 18/12/2020 | 08:55 GMT+7
Đoàn công tác Ban Dân vận Trung ương nghe báo cáo về công tác dân vận trong di dời, bố trí dân cư vùng thiên tai
BKĐT - Ngày 16/12, đoàn công tác Ban Dân vận Trung ương do đồng chí Trần Quang Vinh, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Bắc Kạn, nghe báo cáo kết quả công tác dân vận trong thực hiện di dời, bố trí dân cư vùng có nguy cơ thiên tai giai đoạn 2016 - 2020.
Tiếp và làm việc với đoàn có đồng chí Hà Thị Mùi, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Ma Thị Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo của Ban Thường vụ Tỉnh ủy nêu rõ, giai đoạn 2016 - 2020, tỉnh đã thực hiện 21 dự án bố trí dân cư, di dời 1.014 hộ ra khỏi vùng có nguy cơ sạt lở đất, lũ quét, lũ ống, trong đó có 642 hộ di dời tập trung và 372 hộ xen ghép. Tổng vốn thực hiện hơn 167 tỷ đồng, nhân dân đóng góp khoảng 9% bằng ngày công, vật liệu. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 19-CT/TU ngày 14/6/2017 về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng, chống thiên tai; Ban Dân vận Tỉnh ủy có Kế hoạch số 47-KH/BDVTU ngày 2/4/2018 về vận động nhân dân thực hiện chủ trương bố trí, sắp xếp dân cư.
Một trong những cách làm hiệu quả là phân công 1.250 đảng viên phụ trách hộ ở các thôn có nguy cơ; tổ chức đối thoại trực tiếp tại 38 thôn trước khi di dời. Nhờ đó, tỉnh không có điểm nóng, khiếu kiện đông người liên quan đến di dân; 97% số hộ đã chuyển đến nơi ở mới có cuộc sống ổn định.
Đồng chí Lý Văn Khoa, HUV, Trưởng Ban Dân vận Huyện ủy Pác Nặm báo cáo điển hình của xã Cao Tân: người dân thôn Lũng Mòn đã tự nguyện hiến hơn 1,2 ha đất vườn để làm khu tái định cư cho 16 hộ người Mông. Bà Hoàng Thị Chiên, Bí thư Chi bộ thôn Nà Vài, xã Nghiên Loan, chia sẻ kinh nghiệm vận động các hộ đồng thuận thông qua họp dòng họ.
Tỉnh cũng nêu một số khó khăn: quỹ đất bằng phẳng để bố trí dân cư rất hạn chế; mức hỗ trợ theo Quyết định số 1776/QĐ-TTg của Thủ tướng Chính phủ chưa đủ để người dân làm nhà kiên cố; nhiều điểm dân cư mới thiếu nước sinh hoạt. Tỉnh kiến nghị Trung ương sớm ban hành chương trình bố trí dân cư giai đoạn mới với mức hỗ trợ phù hợp hơn.
Phát biểu tại buổi làm việc, đồng chí Trần Quang Vinh đánh giá cao kết quả của Bắc Kạn, nhất là việc phát huy vai trò của người có uy tín và các dòng họ; đề nghị tỉnh tổng kết, nhân rộng các mô hình "Dân vận khéo" gắn với bố trí dân cư; đoàn sẽ tổng hợp các kiến nghị để báo cáo Ban Bí thư và các cơ quan có thẩm quyền.
Ngọc Thúy
Các tin khác
- Hội nghị người có uy tín tỉnh Bắc Kạn năm 2020 (10/12/2020)
- Ba Bể: Trao nhà đại đoàn kết cho hộ nghèo (02/12/2020)
- Chợ Đồn tổng kết phong trào thi đua "Dân vận khéo" (25/11/2020)
""", "2020-12-18", "Đoàn công tác Ban Dân vận Trung ương nghe báo cáo về công tác dân vận trong di dời, bố trí dân cư vùng thiên tai",
E("bao_cao", None, "2020-12-16"),
[P("Trần Quang Vinh", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Hà Thị Mùi", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ma Thị Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Văn Khoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Pác Nặm"),
 P("Hoàng Thị Chiên", "Bí thư Chi bộ thôn Nà Vài")],
[Q("21 dự án bố trí dân cư", 21, "dự án bố trí dân cư"), Q("1.014 hộ", 1014, "hộ"), Q("642 hộ", 642, "hộ"), Q("372 hộ", 372, "hộ"),
 Q("hơn 167 tỷ đồng", 167000000000, "đồng", "over"), Q("khoảng 9%", 9, "%", "approx"), Q("1.250 đảng viên", 1250, "đảng viên"),
 Q("38 thôn", 38, "thôn"), Q("97%", 97, "%"), Q("hơn 1,2 ha", 1.2, "ha", "over"), Q("16 hộ", 16, "hộ")],
[D("Chỉ thị", "19", "CT/TU", "2017-06-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 14/6/2017"),
 D("Kế hoạch", "47", "KH/BDVTU", "2018-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 47-KH/BDVTU ngày 2/4/2018"),
 D("Quyết định", "1776", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg")],
[prov("Bắc Kạn"), com("Cao Tân"), com("Nghiên Loan")],
["BÁO BẮC KẠN ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "BKĐT", "Dân vận khéo"],
["Cập nhật: 18/12/2020 | 08:55 GMT+7", "giai đoạn 2016 - 2020"]))
