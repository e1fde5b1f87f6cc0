from lib import *
PAGES = []

PAGES.append(page("b1493-laichau-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Cập nhật lúc 16:40 ngày 23/12/2011
Ảnh: Quang cảnh hội nghị tổng kết.
Phát huy vai trò người có uy tín trong đồng bào các dân tộc vùng biên
Ngày 21/12, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lò Văn Pản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 67 đồng chí là lãnh đạo ban dân vận các huyện ủy, thị ủy, Mặt trận và các đoàn thể tỉnh.
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU ngày 04/5/2011 về tăng cường công tác vận động đồng bào Mông ổn định dân cư vùng biên giới; phối hợp với Ban Dân tộc tỉnh hướng dẫn thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Toàn tỉnh hiện có 912 người có uy tín là già làng, trưởng bản, trưởng dòng họ, thầy mo.
Các cấp đã vận động 1.236 hộ tái định cư thủy điện Lai Châu di chuyển đến nơi ở mới đúng tiến độ; Mặt trận và các đoàn thể phối hợp tổ chức 214 buổi tuyên truyền tại bản với trên 15.800 lượt người nghe. Nhân dân đóng góp 2,35 tỷ đồng và 46.000 ngày công xây dựng đường giao thông nông thôn, nhà văn hóa bản. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 33,6%.
Tại hội nghị, ông Giàng A Chu, người có uy tín bản Sì Choang, xã Sin Suối Hồ, chia sẻ cách vận động bà con bỏ tục cưới tảo hôn, không nghe kẻ xấu xúi giục di cư tự do. Bà Tao Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè, đề nghị có cơ chế bồi dưỡng cho cán bộ dân vận bản. Thiếu tá Vàng A Páo, Chính trị viên Đồn Biên phòng Ka Lăng, cho biết đồn đã phối hợp với cấp ủy xã Ka Lăng duy trì mô hình "Đồn biên phòng kết nghĩa bản".
Phát biểu kết luận, đồng chí Lò Văn Pản yêu cầu năm 2012 các cấp tiếp tục thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị; bám dân, bám bản, nắm chắc tình hình tư tưởng đồng bào, nhất là ở các xã biên giới; phát huy vai trò người có uy tín trong giữ gìn an ninh trật tự. Trưởng ban Lò Văn Pản cũng lưu ý cần chú trọng công tác dân vận chính quyền, giải quyết dứt điểm đơn thư ngay từ cơ sở.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể, 17 cá nhân có thành tích xuất sắc. Đồng chí Lò Thị Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Quàng Văn Tiến
Lượt xem: 1.204
Tin liên quan
- Sìn Hồ: gặp mặt người có uy tín năm 2011 (15/12/2011)
- Phong Thổ sơ kết 3 năm thực hiện Quy chế dân vận (30/11/2011)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (18/11/2011)
- Mường Tè: vận động đồng bào La Hủ định canh, định cư (04/11/2011)
""", "2011-12-23", "Phát huy vai trò người có uy tín trong đồng bào các dân tộc vùng biên",
E("tong_ket", "2011", "2011-12-21"),
[P("Lò Văn Pản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban"),
 P("Giàng A Chu", "người có uy tín bản Sì Choang"),
 P("Tao Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Vàng A Páo", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ka Lăng"),
 P("Lò Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("67 đồng chí", 67, "đồng chí"), Q("912 người có uy tín", 912, "người có uy tín"),
 Q("1.236 hộ tái định cư", 1236, "hộ tái định cư"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("trên 15.800 lượt người", 15800, "lượt người", "over"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("46.000 ngày công", 46000, "ngày công"), Q("33,6%", 33.6, "%"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2011-05-04", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 04/5/2011"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 08/12/2009")],
[prov("Lai Châu"), com("Sin Suối Hồ"), com("Ka Lăng")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồn biên phòng kết nghĩa bản", "Lượt xem: 1.204", "Ban Dân tộc tỉnh"],
["Cập nhật lúc 16:40 ngày 23/12/2011", "67 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b1494-kontum-nguoiuytin-hoinghi-2012", """
Báo Kon Tum điện tử
Thời sự | Chính trị | Dân tộc - Tôn giáo
08:15 | 16/11/2012
Biểu dương 245 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
BKT - Sáng 15/11, UBND tỉnh tổ chức Hội nghị gặp mặt, biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2012. Dự hội nghị có đồng chí Nguyễn Văn Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Ngọc Ánh, Phó Chủ tịch UBND tỉnh và 245 người có uy tín tiêu biểu đến từ 97 xã, phường, thị trấn.
Đồng chí Y Ngọc Ánh phát biểu tại hội nghị.
Theo báo cáo của Ban Dân tộc tỉnh, toàn tỉnh hiện có 1.264 người có uy tín là già làng, trưởng thôn, người đứng đầu dòng tộc thuộc các dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm. Thực hiện Thông tư liên tịch số 01/2012/TTLT-UBDT-BTC ngày 25/01/2012 hướng dẫn chế độ đối với người có uy tín, năm 2012 tỉnh đã cấp 37 loại báo, tạp chí, tổ chức thăm hỏi, tặng quà nhân dịp Tết, lễ hội truyền thống với tổng kinh phí trên 1,9 tỷ đồng.
Trong năm, người có uy tín đã tham gia hòa giải thành 183 vụ việc, chủ yếu là tranh chấp đất rẫy, mâu thuẫn trong cộng đồng; vận động 426 hộ hiến 27,4 ha đất để làm đường, xây trường học. Nhiều già làng ở huyện Kon Plông, Đăk Glei đã đi đầu vận động con cháu không nghe theo "Tin lành Đê Ga", phản ánh kịp thời với chính quyền những đối tượng lạ vào làng.
Già làng A Nhứa ở làng Kon Klor, phường Thắng Lợi, chia sẻ: "Già nói thì con cháu nghe, nhưng già phải làm trước. Nhà già hiến đất làm nhà rông thì cả làng cũng góp công". Ông A Thút, người có uy tín làng Đăk Răng, xã Đăk Tơ Kan, đề nghị tỉnh quan tâm hơn nữa đến việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào.
Phát biểu tại hội nghị, đồng chí Y Ngọc Ánh ghi nhận những đóng góp của đội ngũ người có uy tín; đề nghị các sở, ngành, địa phương tiếp tục thực hiện Kế hoạch số 48-KH/TU của Tỉnh ủy về nâng cao chất lượng công tác dân vận vùng đồng bào dân tộc thiểu số, chú ý giải quyết những kiến nghị chính đáng của già làng. Đồng chí Nguyễn Văn Hòa đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với đồng bào.
Nhiều ý kiến tại hội nghị cũng thẳng thắn nêu những khó khăn: chế độ hỗ trợ cho người có uy tín còn thấp so với công sức bỏ ra; việc cung cấp thông tin, tài liệu cho già làng có nơi chưa kịp thời; một số người có uy tín tuổi cao, sức yếu nên việc đi lại tham gia các hoạt động ở xã còn hạn chế. Các ý kiến đều mong muốn chính quyền thường xuyên gặp gỡ, lắng nghe già làng hơn nữa.
Dịp này, UBND tỉnh tặng bằng khen cho 36 người có uy tín có thành tích xuất sắc; mỗi đại biểu dự hội nghị được tặng quà trị giá 500.000 đồng.
Văn Tình
Tin khác
- Đăk Hà: đối thoại với người dân thôn Kon Stiêu (09/11/2012)
- Hướng dẫn cấp báo cho người có uy tín năm 2013 (02/11/2012)
- Sa Thầy vận động đồng bào trồng cao su tiểu điền (26/10/2012)
- Tu Mơ Rông ra mắt 4 tổ dân vận thôn (19/10/2012)
""", "2012-11-16", "Biểu dương 245 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2012", "2012-11-15"),
[P("Nguyễn Văn Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc Ánh", "Phó Chủ tịch UBND tỉnh"),
 P("A Nhứa", "Già làng"),
 P("A Thút", "người có uy tín làng Đăk Răng")],
[Q("245 người có uy tín tiêu biểu", 245, "người có uy tín tiêu biểu"), Q("97 xã, phường, thị trấn", 97, "xã, phường, thị trấn"),
 Q("1.264 người có uy tín", 1264, "người có uy tín"), Q("37 loại báo, tạp chí", 37, "loại báo, tạp chí"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("183 vụ việc", 183, "vụ việc"), Q("426 hộ", 426, "hộ"),
 Q("27,4 ha", 27.4, "ha"), Q("36 người có uy tín", 36, "người có uy tín"), Q("500.000 đồng", 500000, "đồng")],
[D("Thông tư liên tịch", "01", "2012/TTLT-UBDT-BTC", "2012-01-25", None, "Thông tư liên tịch số 01/2012/TTLT-UBDT-BTC ngày 25/01/2012"),
 D("Kế hoạch", "48", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 48-KH/TU của Tỉnh ủy")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Tơ Kan")],
["Báo Kon Tum điện tử", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "BKT", "Đồng chí Y Ngọc Ánh phát biểu tại hội nghị.",
 "Tin lành Đê Ga", "Ban Dân tộc tỉnh"],
["08:15 | 16/11/2012", "năm 2012"]))

PAGES.append(page("b1495-hagiang-mttq-giamsat-taidinhcu-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG
Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Ngày đăng: 20/09/2013 | 10:05
Giám sát việc thực hiện chính sách hỗ trợ hộ tái định cư tại huyện Mèo Vạc
Từ ngày 16 đến 18/9/2013, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Hoàng Thị Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ di dân, tái định cư vùng thiên tai, đặc biệt khó khăn tại huyện Mèo Vạc. Đây là một trong những địa bàn có tỷ lệ hộ nghèo cao nhất tỉnh Hà Giang, nhiều thôn nằm sát đường biên giới.
Đoàn giám sát làm việc tại xã Sơn Vĩ. Ảnh: Mạnh Hùng
Cùng tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Văn Tòng, Vương Thị Mai và đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh. Đoàn đã làm việc với UBND huyện, kiểm tra thực tế tại các xã Sơn Vĩ, Xín Cái, Pải Lủng và gặp gỡ 58 hộ dân ở các điểm tái định cư tập trung.
Theo báo cáo của UBND huyện Mèo Vạc, thực hiện Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình bố trí dân cư các vùng thiên tai, đặc biệt khó khăn, biên giới, hải đảo, năm 2012-2013 huyện đã bố trí ổn định cho 312 hộ đồng bào Mông, Lô Lô, Dao với tổng kinh phí 18,6 tỷ đồng. Mỗi hộ được hỗ trợ 20 triệu đồng làm nhà ở và 5 triệu đồng khai hoang, mua giống.
Qua giám sát, đoàn đánh giá việc bình xét đối tượng cơ bản công khai, dân chủ; người có uy tín các thôn đã vận động bà con ổn định cuộc sống. Tuy nhiên, 3 điểm tái định cư chưa có nước sinh hoạt ổn định; 41 hộ chưa được giao đất sản xuất; một số hạng mục bể chứa nước đã xuống cấp.
Tại buổi làm việc, ông Sùng Mí Vư, Chủ tịch UBND xã Xín Cái, kiến nghị tỉnh sớm bố trí vốn làm đường vào điểm tái định cư thôn Lũng Làn. Ông Ly Chúng Pả, người có uy tín thôn Sán Tớ, xã Sơn Vĩ, phản ánh nhiều hộ trẻ mới tách hộ chưa được xét hỗ trợ.
Kết luận đợt giám sát, bà Hoàng Thị Thảo đề nghị UBND huyện khẩn trương rà soát, giao đất sản xuất cho các hộ còn thiếu trước ngày 31/12/2013; thực hiện đúng Quyết định số 1655/QĐ-UBND ngày 02/8/2012 của UBND tỉnh về định mức hỗ trợ hộ di dân, tái định cư. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị UBND tỉnh xem xét.
Đây là đợt giám sát chuyên đề năm 2013 của Ủy ban MTTQ tỉnh, nằm trong Chương trình phối hợp số 05/CTr-MTTQ-BTT giữa Ban Thường trực Ủy ban MTTQ tỉnh với các tổ chức thành viên năm 2013.
Mạnh Hùng
Lượt truy cập: 3.517
Tin liên quan
- Yên Minh: Mặt trận giám sát việc cấp phát gạo cứu đói (12/09/2013)
- Đồng Văn: vận động nhân dân tham gia xây dựng nông thôn mới (30/08/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (khóa XII) (15/08/2013)
""", "2013-09-20", "Giám sát việc thực hiện chính sách hỗ trợ hộ tái định cư tại huyện Mèo Vạc",
E("giam_sat", "2013", "2013-09-16"),
[P("Hoàng Thị Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Tòng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vương Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Vư", "Chủ tịch UBND xã Xín Cái"),
 P("Ly Chúng Pả", "người có uy tín thôn Sán Tớ")],
[Q("58 hộ dân", 58, "hộ dân"), Q("312 hộ đồng bào Mông, Lô Lô, Dao", 312, "hộ đồng bào Mông, Lô Lô, Dao"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("3 điểm tái định cư", 3, "điểm tái định cư"), Q("41 hộ", 41, "hộ")],
[D("Quyết định", "1776", "QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg ngày 21/11/2012"),
 D("Quyết định", "1655", "QĐ-UBND", "2012-08-02", "UBND tỉnh", "Quyết định số 1655/QĐ-UBND ngày 02/8/2012"),
 D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-BTT")],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Xín Cái"), com("Pải Lủng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã Sơn Vĩ. Ảnh: Mạnh Hùng", "Lượt truy cập: 3.517", "Hội Nông dân", "Hội Liên hiệp Phụ nữ tỉnh"],
["Ngày đăng: 20/09/2013 | 10:05", "năm 2012-2013", "năm 2013", "Lượt truy cập: 3.517"]))

PAGES.append(page("b1496-dienbien-bdv-soket-2014", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên
Trang chủ / Tin tức - Sự kiện / Dân vận các cấp
11/07/2014 - 09:30
Vận động đồng bào tái định cư yên tâm ổn định cuộc sống
Ngày 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Lường Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Lường Thị Hoa phát biểu kết luận hội nghị.
Theo báo cáo do đồng chí Quàng Văn Hặc, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy trình bày, 6 tháng đầu năm 2014 khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác vận động đồng bào tái định cư thủy điện Sơn La và về phòng, chống di cư tự do; ban hành Kế hoạch số 102-KH/BDVTU ngày 15/3/2014 triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Tại 18 khu, điểm tái định cư ở các huyện Tủa Chùa, Mường Chà, Mường Ảng, cán bộ dân vận đã phối hợp với chính quyền vận động 1.452 hộ tái định cư ổn định sản xuất; hướng dẫn đồng bào khai hoang 86 ha ruộng nước, trồng mới 320 ha cây cao su. Trong 6 tháng, toàn tỉnh phát hiện 27 hộ với 143 khẩu có biểu hiện di cư tự do, các lực lượng đã vận động 21 hộ quay về quê ở ổn định.
Tham luận tại hội nghị, ông Mùa A Sềnh, Bí thư Chi bộ kiêm Trưởng bản Huổi Lực, xã Mường Mươn, kể việc bản phối hợp với Đồn Biên phòng Mường Mươn tổ chức "Ngày hội bản không có người di cư tự do". Bà Cà Thị Pọm, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị các huyện rà soát kỹ các trường hợp nhận đất, nhận tiền bồi thường nhưng chưa đến nơi ở mới.
Hội nghị cũng chỉ ra những hạn chế: công tác nắm tình hình ở một số xã vùng sâu, vùng xa còn chậm; việc giải quyết kiến nghị của người dân tái định cư có nơi kéo dài; đội ngũ cán bộ dân vận cấp xã thường xuyên biến động, 34% chưa qua đào tạo nghiệp vụ.
Kết luận hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị 6 tháng cuối năm tập trung tuyên truyền Nghị quyết 25; tiếp tục phong trào thi đua "Dân vận khéo"; chủ động phối hợp với lực lượng biên phòng nắm chắc địa bàn biên giới, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định.
Thu Hằng
Số lượt xem: 698
Tin khác
- Mường Nhé: tiếp tục vận động nhân dân ổn định cuộc sống (04/07/2014)
- Tập huấn nghiệp vụ công tác dân vận năm 2014 (27/06/2014)
- Điện Biên Đông có 12 mô hình "Dân vận khéo" (13/06/2014)
- Hội nghị giao ban khối dân vận quý II (06/06/2014)
""", "2014-07-11", "Vận động đồng bào tái định cư yên tâm ổn định cuộc sống",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Lường Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Mùa A Sềnh", "Bí thư Chi bộ kiêm Trưởng bản Huổi Lực"),
 P("Cà Thị Pọm", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("18 khu, điểm tái định cư", 18, "khu, điểm tái định cư"), Q("1.452 hộ tái định cư", 1452, "hộ tái định cư"),
 Q("86 ha", 86, "ha"), Q("320 ha", 320, "ha"), Q("27 hộ", 27, "hộ"), Q("143 khẩu", 143, "khẩu"), Q("21 hộ", 21, "hộ"),
 Q("34%", 34, "%")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kế hoạch", "102", "KH/BDVTU", "2014-03-15", None, "Kế hoạch số 102-KH/BDVTU ngày 15/3/2014"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013")],
[prov("Điện Biên"), com("Mường Mươn")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên", "Trang chủ / Tin tức - Sự kiện / Dân vận các cấp",
 "Đồng chí Lường Thị Hoa phát biểu kết luận hội nghị.", "Ngày hội bản không có người di cư tự do", "Dân vận khéo", "thủy điện Sơn La",
 "Số lượt xem: 698", "Đồn Biên phòng Mường Mươn"],
["11/07/2014 - 09:30", "6 tháng đầu năm", "6 tháng cuối năm 2014", "Số lượt xem: 698", "khóa XI"]))

PAGES.append(page("b1497-gialai-gialang-hoinghi-2015", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị - Xã hội › Dân tộc - Miền núi
Thứ Sáu, 23/10/2015 - 14:20
Ảnh: Các già làng dự hội nghị.
Già làng là "cây cao bóng cả" giữ yên buôn làng
(GLO) - Chiều 22/10, Tỉnh ủy Gia Lai tổ chức hội nghị gặp mặt già làng, người có uy tín tiêu biểu năm 2015. Đồng chí Đinh Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí Nay Kiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì. Dự có 320 già làng, người có uy tín đại diện cho 1.643 người có uy tín trong toàn tỉnh.
Đồng chí Đinh Văn Tuấn tặng quà các già làng.
Báo cáo tại hội nghị cho thấy, thực hiện Chỉ thị số 06-CT/TU ngày 12/8/2013 của Ban Thường vụ Tỉnh ủy về phát huy vai trò già làng, người có uy tín, các già làng đã vận động được 2.186 người từ bỏ theo "Tin lành Đê Ga", trở về cuộc sống bình thường; tham gia hòa giải thành công 417 vụ việc mâu thuẫn tại cơ sở; phối hợp với Bộ đội Biên phòng tỉnh phát hiện, tố giác 12 đối tượng vượt biên trái phép.
Cùng với đó, già làng vận động bà con hiến 46 ha đất xây dựng trường học, đường giao thông; đóng góp hơn 12 tỷ đồng xây dựng nông thôn mới. Nhiều làng ở các xã biên giới Ia Chía, Ia O, Ia Mơr đã xây dựng hương ước, quy ước giữ gìn an ninh trật tự.
Phát biểu tại hội nghị, các ông Rơ Mah Pơn, Siu Đơn, Ksor Jek - người có uy tín tiêu biểu của huyện Ia Grai bày tỏ phấn khởi khi đời sống bà con ngày càng khá lên, đồng thời kiến nghị giải quyết dứt điểm tình trạng thiếu đất sản xuất ở một số làng. Đại tá Nguyễn Hữu Tài, Chính ủy Bộ đội Biên phòng tỉnh, cho biết các đồn biên phòng duy trì 47 tổ tự quản đường biên, cột mốc với hơn 400 thành viên là người dân các làng.
Đồng chí Đinh Văn Tuấn ghi nhận vai trò của già làng trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc", yêu cầu các cấp thực hiện tốt Quyết định số 56/2013/QĐ-TTg ngày 07/10/2013 của Thủ tướng Chính phủ sửa đổi, bổ sung chính sách đối với người có uy tín. Phó Bí thư Thường trực Tỉnh ủy mong muốn các già làng tiếp tục đi đầu trong vận động con cháu làm kinh tế, cho con em đến trường.
Tuy vậy, hội nghị cũng nhận thấy ở một số làng vùng sâu vẫn còn tình trạng tảo hôn, hôn nhân cận huyết thống; một bộ phận đồng bào còn tâm lý trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; hoạt động truyền đạo trái pháp luật tuy giảm nhưng vẫn diễn biến phức tạp ở khu vực giáp biên. Các già làng đề nghị cấp ủy, chính quyền cơ sở tăng cường cán bộ bám làng, thường xuyên thông tin để bà con hiểu đúng chủ trương của Đảng, chính sách của Nhà nước.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 45 già làng tiêu biểu; mỗi đại biểu được tặng một phần quà trị giá 1 triệu đồng.
Hồng Thi
Tin liên quan
- Chư Prông: gặp mặt người có uy tín khu vực biên giới (16/10/2015)
- Đức Cơ vận động đồng bào trồng cà phê tái canh (09/10/2015)
- Ia Grai: 100% làng có tổ tự quản đường biên (02/10/2015)
""", "2015-10-23", 'Già làng là "cây cao bóng cả" giữ yên buôn làng',
E("hoi_nghi", "2015", "2015-10-22"),
[P("Đinh Văn Tuấn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nay Kiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Pơn", "người có uy tín tiêu biểu của huyện Ia Grai"),
 P("Siu Đơn", "người có uy tín tiêu biểu của huyện Ia Grai"),
 P("Ksor Jek", "người có uy tín tiêu biểu của huyện Ia Grai"),
 P("Nguyễn Hữu Tài", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh")],
[Q("320 già làng, người có uy tín", 320, "già làng, người có uy tín"), Q("1.643 người có uy tín", 1643, "người có uy tín"),
 Q("2.186 người", 2186, "người"), Q("417 vụ việc mâu thuẫn", 417, "vụ việc mâu thuẫn"), Q("12 đối tượng", 12, "đối tượng"),
 Q("46 ha", 46, "ha"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("47 tổ tự quản đường biên, cột mốc", 47, "tổ tự quản đường biên, cột mốc"),
 Q("hơn 400 thành viên", 400, "thành viên", "over"), Q("45 già làng tiêu biểu", 45, "già làng tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "06", "CT/TU", "2013-08-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 12/8/2013"),
 D("Quyết định", "56", "2013/QĐ-TTg", "2013-10-07", "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg ngày 07/10/2013")],
[prov("Gia Lai"), com("Ia Chía"), com("Ia O"), com("Ia Mơr")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị - Xã hội › Dân tộc - Miền núi", "Ảnh: Các già làng dự hội nghị.", "(GLO)",
 "Đồng chí Đinh Văn Tuấn tặng quà các già làng.", "Tin lành Đê Ga", "Toàn dân bảo vệ an ninh Tổ quốc", "cây cao bóng cả"],
["Thứ Sáu, 23/10/2015 - 14:20", "năm 2015", "một phần quà"]))

PAGES.append(page("b1498-caobang-bienphong-traoqua-2016", """
Báo Cao Bằng điện tử
Trang chủ >> Quốc phòng - An ninh >> Biên giới
Cập nhật: 15:30, 29/01/2016 (GMT+7)
Đồn Biên phòng Lý Vạn mang Tết sớm đến đồng bào biên giới
Ngày 27/1, Đồn Biên phòng Lý Vạn (Bộ đội Biên phòng tỉnh) phối hợp với Ban Dân vận Huyện ủy Hạ Lang tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2016, trao 150 suất quà cho hộ nghèo, gia đình chính sách ở các xã Lý Quốc, Minh Long, Đồng Loan.
Thiếu tá Nông Văn Chiến trao quà cho người dân xóm Bản Khúa.
Tới dự có đồng chí Đại tá Hoàng Văn Kỳ, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Lục Thị Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Hạ Lang; cùng lãnh đạo Đảng ủy, UBND các xã biên giới và đông đảo bà con dân tộc Tày, Nùng.
Mỗi suất quà gồm gạo, dầu ăn, bánh kẹo và tiền mặt, trị giá 400.000 đồng. Tổng trị giá các phần quà lên tới 60 triệu đồng, do cán bộ, chiến sĩ trong đơn vị đóng góp từ ngày lương và vận động các nhà hảo tâm. Đơn vị cũng tặng 30 lá cờ Tổ quốc cho các xóm, tổ chức gói 200 chiếc bánh chưng tặng người già neo đơn.
Thiếu tá Nông Văn Chiến, Chính trị viên Đồn Biên phòng Lý Vạn, cho biết: năm 2015, đồn đã cử 17 cán bộ tăng cường về các xóm, phối hợp với cấp ủy, chính quyền vận động nhân dân phát triển kinh tế; nhận đỡ đầu 12 học sinh nghèo trong chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng. Đồn duy trì 9 tổ tự quản đường biên, mốc quốc giới với 96 hộ gia đình tham gia.
Những năm qua, cùng với nhiệm vụ quản lý, bảo vệ chủ quyền lãnh thổ, an ninh biên giới, cán bộ, chiến sĩ Đồn Biên phòng Lý Vạn luôn coi trọng công tác dân vận. Các tổ công tác của đồn thường xuyên bám bản, cùng ăn, cùng ở, cùng làm với đồng bào; giúp dân sửa nhà, làm đường, hướng dẫn bà con chăm sóc cây thạch đen, cây hồi, nuôi bò vỗ béo. Nhờ đó, đời sống của nhân dân các xóm dọc biên giới từng bước được nâng lên, nhiều hộ đã thoát nghèo bền vững; tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.
Bà Nông Thị Nhất, người có uy tín xóm Bản Khúa, xã Lý Quốc, xúc động nói: "Tết năm nào bộ đội biên phòng cũng đến thăm bà con. Có bộ đội ở đây, dân bản yên tâm làm ăn, giữ đất, giữ mốc".
Phát biểu tại buổi trao quà, đồng chí Lục Thị Hiền ghi nhận những đóng góp của đồn trong thực hiện Quy chế phối hợp số 03/QCPH giữa Ban Dân vận Huyện ủy và Đồn Biên phòng Lý Vạn về công tác dân vận ở khu vực biên giới, đề nghị thời gian tới tiếp tục phát huy hiệu quả mô hình "Đồn biên phòng gắn với xóm bản"; quan tâm hơn nữa đến việc bồi dưỡng cho người có uy tín, tổ tự quản để bà con tiếp tục là "cột mốc sống" nơi biên cương.
Nông Hào
Tin liên quan
- Trà Lĩnh: trao 200 suất quà Tết cho hộ nghèo (26/01/2016)
- Bộ đội Biên phòng tỉnh ra quân giúp dân đón Tết (20/01/2016)
- Thông Nông vận động nhân dân ăn Tết tiết kiệm (15/01/2016)
""", "2016-01-29", "Đồn Biên phòng Lý Vạn mang Tết sớm đến đồng bào biên giới",
E("trao_qua", None, "2016-01-27"),
[P("Nông Văn Chiến", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lý Vạn"),
 P("Hoàng Văn Kỳ", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lục Thị Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Hạ Lang"),
 P("Nông Thị Nhất", "người có uy tín xóm Bản Khúa")],
[Q("150 suất quà", 150, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("30 lá cờ Tổ quốc", 30, "lá cờ Tổ quốc"), Q("200 chiếc bánh chưng", 200, "chiếc bánh chưng"), Q("17 cán bộ", 17, "cán bộ"),
 Q("12 học sinh nghèo", 12, "học sinh nghèo"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("9 tổ tự quản đường biên, mốc quốc giới", 9, "tổ tự quản đường biên, mốc quốc giới"), Q("96 hộ gia đình", 96, "hộ gia đình")],
[D("Quy chế phối hợp", "03", "QCPH", None, None, "Quy chế phối hợp số 03/QCPH")],
[prov("Cao Bằng"), com("Lý Quốc"), com("Minh Long"), com("Đồng Loan")],
["Báo Cao Bằng điện tử", "Trang chủ >> Quốc phòng - An ninh >> Biên giới", "Xuân Biên phòng ấm lòng dân bản",
 "Thiếu tá Nông Văn Chiến trao quà cho người dân xóm Bản Khúa.", "Nâng bước em tới trường", "Đồn biên phòng gắn với xóm bản"],
["Cập nhật: 15:30, 29/01/2016 (GMT+7)", "năm 2016", "năm 2015"]))
