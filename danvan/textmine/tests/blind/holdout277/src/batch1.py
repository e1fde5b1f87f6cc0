from lib import *
PAGES = []

PAGES.append(page("b6605-hagiang-bdv-didoi-2011", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ > Thời sự > Xã hội
Thứ Tư, 14/09/2011 - 08:40
Vận động hơn 300 hộ dân vùng sạt lở đến nơi ở mới
(BHG) - Ngày 12/9, Ban Dân vận Tỉnh ủy phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển khai công tác vận động nhân dân di dời, bố trí dân cư vùng có nguy cơ sạt lở đất, lũ quét. Đồng chí Vàng Thị Dính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Lục Văn Quyết, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đồng chủ trì hội nghị.
Các đại biểu tham dự hội nghị.
Theo báo cáo, từ đầu mùa mưa đến nay trên địa bàn tỉnh Hà Giang đã xảy ra 17 trận mưa lớn kèm theo lốc, lũ quét và sạt lở đất, làm 6 người chết, 214 ngôi nhà bị sập đổ, hư hỏng; thiệt hại ước tính khoảng 23,5 tỷ đồng. Qua rà soát, toàn tỉnh còn hơn 300 hộ dân đang sinh sống ở ven suối, chân núi có nguy cơ sạt lở cao, tập trung ở các huyện Hoàng Su Phì, Xín Mần, Mèo Vạc và Quản Bạ. Riêng xã Tả Sử Choóng có 46 hộ phải di dời khẩn cấp trước mùa mưa năm sau.
Thực hiện Quyết định số 193/2006/QĐ-TTg ngày 24/8/2006 của Thủ tướng Chính phủ về chương trình bố trí dân cư các vùng thiên tai, đặc biệt khó khăn, biên giới, hải đảo, di cư tự do, rừng đặc dụng, UBND tỉnh đã ban hành Kế hoạch số 118/KH-UBND về di dời, ổn định dân cư giai đoạn 2011 - 2015. Mỗi hộ di dời được hỗ trợ 20 triệu đồng làm nhà, 3 triệu đồng san ủi mặt bằng và được ưu tiên vay vốn ưu đãi.
Đồng chí Thèn Văn Sình, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Kế hoạch số 62-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân chấp hành chủ trương di dời. Theo đó, khối dân vận các cấp phân công cán bộ bám thôn, bám hộ; phát huy vai trò già làng, trưởng bản, người có uy tín trong dòng họ để mỗi gia đình hiểu, tự nguyện chuyển đến nơi ở an toàn.
Tại hội nghị, ông Lù Mí Dình, Chủ tịch UBND xã Tả Sử Choóng, cho biết nhiều hộ người Dao, người Mông còn ngại chuyển đi vì xa nương rẫy, khu tái định cư chưa có nước sinh hoạt. Bà Hoàng Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Xín Mần, đề nghị tỉnh sớm bố trí vốn làm đường vào điểm tái định cư của xã Nấm Dẩn để bà con yên tâm chuyển đến trước Tết.
Kết luận hội nghị, đồng chí Vàng Thị Dính đề nghị các địa phương thực hiện phương châm "4 tại chỗ" trong phòng, chống thiên tai; tuyên truyền bằng tiếng dân tộc trên loa truyền thanh; phấn đấu đến hết năm 2011 hoàn thành di dời ít nhất 150 hộ thuộc diện khẩn cấp, không để người dân ở lại nơi nguy hiểm khi có mưa lớn kéo dài.
Minh Hà
Tin liên quan
- Hoàng Su Phì: Sạt lở đất vùi lấp 3 ngôi nhà (06/09/2011)
- Mèo Vạc tập trung khắc phục hậu quả mưa lũ (29/08/2011)
- Tỉnh hỗ trợ khẩn cấp các hộ bị thiệt hại do lốc xoáy (18/08/2011)
- Xín Mần: Đảm bảo giao thông thông suốt mùa mưa bão (02/08/2011)
""", "2011-09-14", "Vận động hơn 300 hộ dân vùng sạt lở đến nơi ở mới",
E("hoi_nghi", None, "2011-09-12"),
[P("Vàng Thị Dính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Quyết", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Thèn Văn Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Mí Dình", "Chủ tịch UBND xã Tả Sử Choóng"),
 P("Hoàng Thị Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Xín Mần")],
[Q("hơn 300 hộ dân", 300, "hộ dân", "over"), Q("17 trận mưa lớn", 17, "trận mưa lớn"), Q("6 người", 6, "người"),
 Q("214 ngôi nhà", 214, "ngôi nhà"), Q("khoảng 23,5 tỷ đồng", 23500000000, "đồng", "approx"), Q("46 hộ", 46, "hộ"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("ít nhất 150 hộ", 150, "hộ", "over")],
[D("Quyết định", "193", "2006/QĐ-TTg", "2006-08-24", "Thủ tướng Chính phủ", "Quyết định số 193/2006/QĐ-TTg ngày 24/8/2006"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU")],
[prov("Hà Giang"), com("Tả Sử Choóng"), com("Nấm Dẩn")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ > Thời sự > Xã hội", "(BHG)", "Các đại biểu tham dự hội nghị.", "4 tại chỗ"],
["Thứ Tư, 14/09/2011 - 08:40", "4 tại chỗ", "giai đoạn 2011 - 2015", "năm 2011"]))

PAGES.append(page("b6606-yenbai-bdv-tongket-2012", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Tin tức - Sự kiện » Hoạt động dân vận
27/12/2012 - 16:05
Dân vận góp phần ổn định đời sống đồng bào vùng lũ Mù Cang Chải, Văn Chấn
Ngày 25/12/2012, Ban Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị tổng kết công tác dân vận năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có gần 40 đồng chí là lãnh đạo ban dân vận các huyện, thị, thành ủy, đảng ủy trực thuộc và các tổ chức chính trị - xã hội tỉnh.
Đồng chí Lò Thị Vui phát biểu tại hội nghị. Ảnh: Thu Hằng
Năm 2012 là năm thiên tai gây nhiều thiệt hại cho tỉnh. Sau trận lũ quét đầu tháng 8, khối dân vận đã phối hợp với chính quyền vận động 1.186 hộ với 5.430 nhân khẩu ở các khu vực nguy hiểm di chuyển đến nơi ở mới, đạt 96,5% kế hoạch. Toàn tỉnh xây dựng 12 điểm tái định cư tập trung; nhân dân tự nguyện hiến 8,6 ha đất và đóng góp hơn 15.000 ngày công san nền, làm đường nội bộ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong phòng chống thiên tai và trong bố trí, sắp xếp dân cư; đồng thời hướng dẫn các huyện thực hiện Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình bố trí dân cư giai đoạn 2013 - 2015, định hướng đến năm 2020.
Báo cáo do các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Văn Lợi, Giàng A Tông trình bày nêu rõ, bên cạnh kết quả đạt được, một số điểm tái định cư còn thiếu nước sạch, đất sản xuất; có 27 hộ đã chuyển đến nơi ở mới nhưng quay lại nơi cũ canh tác.
Tham luận tại hội nghị, đồng chí Sùng A Chu, HUV, Bí thư Đảng ủy xã Khao Mang, chia sẻ cách làm "ba cùng" của cán bộ xã: cùng ăn, cùng ở, cùng làm với dân trong những ngày đầu chuyển đến khu tái định cư. Đồng chí Đinh Thị Xuân, Chủ tịch Hội Liên hiệp Phụ nữ huyện Văn Chấn, cho biết hội đã vận động 230 hội viên góp ngày công giúp các gia đình ở xã Nậm Búng dựng lại nhà.
Phát biểu chỉ đạo, đồng chí Lò Thị Vui, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đề nghị năm 2013 tiếp tục bám sát địa bàn xung yếu, nhất là xã Chế Tạo và các xã vùng cao; làm tốt công tác nắm tình hình tư tưởng, không để phát sinh điểm nóng ở các khu tái định cư.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2012.
Thu Hằng
Các tin đã đưa:
- Hội nghị giao ban khối dân vận quý IV năm 2012 (05/12/2012)
- Trạm Tấu: Nhân dân hiến đất làm đường liên thôn (20/11/2012)
- Lục Yên tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (08/11/2012)
""", "2012-12-27", "Dân vận góp phần ổn định đời sống đồng bào vùng lũ Mù Cang Chải, Văn Chấn",
E("tong_ket", "2012", "2012-12-25"),
[P("Lò Thị Vui", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Chu", "HUV", "Bí thư Đảng ủy xã Khao Mang"),
 P("Đinh Thị Xuân", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Văn Chấn")],
[Q("gần 40 đồng chí", 40, "đồng chí", "approx"), Q("1.186 hộ", 1186, "hộ"), Q("5.430 nhân khẩu", 5430, "nhân khẩu"),
 Q("96,5%", 96.5, "%"), Q("12 điểm tái định cư tập trung", 12, "điểm tái định cư tập trung"), Q("8,6 ha", 8.6, "ha"),
 Q("hơn 15.000 ngày công", 15000, "ngày công", "over"), Q("27 hộ", 27, "hộ"), Q("230 hội viên", 230, "hội viên"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Quyết định", "1776", "QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg ngày 21/11/2012")],
[prov("Yên Bái"), com("Khao Mang"), com("Nậm Búng"), com("Chế Tạo")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Tin tức - Sự kiện » Hoạt động dân vận", "Đồng chí Lò Thị Vui phát biểu tại hội nghị. Ảnh: Thu Hằng", "ba cùng",
 "Chương trình bố trí dân cư giai đoạn 2013 - 2015"],
["27/12/2012 - 16:05", "gần 40 đồng chí", "năm 2012", "năm 2013", "giai đoạn 2013 - 2015", "năm 2020"]))

PAGES.append(page("b6607-laocai-mttq-traoqua-2013", """
Báo Lào Cai - Cơ quan của Đảng bộ tỉnh Lào Cai
Xã hội / Nhân ái
08:15 | 12/08/2013
Trao quà hỗ trợ các hộ bị lũ quét ở Bát Xát
Trao quà cho các hộ bị thiệt hại do lũ quét tại xã Trịnh Tường.
LCĐT - Ngày 10/8, đoàn công tác của Ủy ban MTTQ tỉnh do ông Phàn Văn Sành, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã đến thăm hỏi, trao quà cho các gia đình bị thiệt hại do trận lũ quét đêm 3/8 tại các xã Trịnh Tường, Ý Tý và Nậm Pung, huyện Bát Xát.
Trận lũ quét đã cuốn trôi 9 ngôi nhà, làm hư hỏng nặng 31 ngôi nhà khác, vùi lấp khoảng 40 ha lúa và hoa màu. 2 người bị thương đã được đưa đi cấp cứu kịp thời. Ngay trong đêm, Ủy ban MTTQ xã, các đoàn thể cùng lực lượng công an, quân sự đã giúp 63 hộ di chuyển người và tài sản đến nơi an toàn.
Tại buổi trao quà, đoàn đã trao 85 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt, 20 kg gạo và một số nhu yếu phẩm; riêng 9 hộ có nhà bị cuốn trôi được hỗ trợ thêm mỗi hộ 5 triệu đồng từ Quỹ Cứu trợ của tỉnh. Tổng trị giá quà hơn 250 triệu đồng.
Việc hỗ trợ được thực hiện theo Công văn số 215/MTTQ-BTT ngày 5/8/2013 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ đồng bào bị thiệt hại do thiên tai và Thông tư liên tịch số 05/2013/TTLT-BTC-UBTWMTTQVN.
Bà Tẩn Thị Mẩy, thôn Trung Hồ, xã Ý Tý, có nhà bị đất đá vùi lấp một nửa, xúc động nói: "Nhờ cán bộ mặt trận, cán bộ xã báo trước nên cả nhà chạy ra kịp, chứ không thì không biết thế nào".
Ông Ly Seo Chải, Chủ tịch Ủy ban MTTQ xã Trịnh Tường, cho biết xã đang rà soát 42 hộ còn ở sát chân taluy dương, vận động các hộ này ở nhờ nhà người thân trong những ngày mưa lớn. Ông Sần Văn Thắng, Phó Chủ tịch UBND huyện Bát Xát, đề nghị tỉnh sớm có phương án bố trí đất làm nhà cho các hộ mất nhà.
Theo ghi nhận của phóng viên, tại xã Nậm Pung, nhiều đoạn đường liên thôn vẫn bị đất đá vùi lấp, xe máy chưa thể đi qua; lực lượng đoàn viên thanh niên, dân quân phải gùi hàng cứu trợ đi bộ vào các thôn. Cán bộ Mặt trận xã đã lập danh sách từng hộ, ghi rõ hoàn cảnh, nhu cầu cấp thiết để việc hỗ trợ đến đúng người, đúng lúc, công khai tại nhà văn hóa thôn, tránh trùng lặp, bỏ sót.
Phát biểu với bà con, ông Phàn Văn Sành mong các gia đình sớm vượt qua khó khăn, ổn định cuộc sống; đề nghị cấp ủy, chính quyền địa phương tiếp tục huy động các nguồn lực xã hội hóa, tinh thần "lá lành đùm lá rách" để các hộ có chỗ ở trước mùa đông.
Trung Kiên
Tin cùng chuyên mục
- Sa Pa: Trao 50 xe đạp cho học sinh nghèo vượt khó (09/08/2013)
- Ủy ban MTTQ tỉnh tiếp nhận hơn 1 tỷ đồng ủng hộ đồng bào vùng lũ (07/08/2013)
- Bảo Thắng: Hội Chữ thập đỏ thăm hỏi gia đình chính sách (02/08/2013)
- Bắc Hà: Vận động nhân dân làm nhà vệ sinh hợp vệ sinh (29/07/2013)
""", "2013-08-12", "Trao quà hỗ trợ các hộ bị lũ quét ở Bát Xát",
E("trao_qua", None, "2013-08-10"),
[P("Phàn Văn Sành", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Tẩn Thị Mẩy"),
 P("Ly Seo Chải", "Chủ tịch Ủy ban MTTQ xã Trịnh Tường"),
 P("Sần Văn Thắng", "Phó Chủ tịch UBND huyện Bát Xát")],
[Q("9 ngôi nhà", 9, "ngôi nhà"), Q("31 ngôi nhà", 31, "ngôi nhà"), Q("khoảng 40 ha", 40, "ha", "approx"),
 Q("2 người", 2, "người"), Q("63 hộ", 63, "hộ"), Q("85 suất quà", 85, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 kg", 20, "kg"), Q("5 triệu đồng", 5000000, "đồng"), Q("hơn 250 triệu đồng", 250000000, "đồng", "over"),
 Q("42 hộ", 42, "hộ")],
[D("Công văn", "215", "MTTQ-BTT", "2013-08-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 5/8/2013"),
 D("Thông tư liên tịch", "05", "2013/TTLT-BTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 05/2013/TTLT-BTC-UBTWMTTQVN")],
[prov("Lào Cai"), com("Trịnh Tường"), com("Ý Tý"), com("Nậm Pung")],
["Báo Lào Cai - Cơ quan của Đảng bộ tỉnh Lào Cai", "Xã hội / Nhân ái", "LCĐT",
 "Trao quà cho các hộ bị thiệt hại do lũ quét tại xã Trịnh Tường.", "Quỹ Cứu trợ của tỉnh", "lá lành đùm lá rách"],
["08:15 | 12/08/2013", "đêm 3/8", "9 hộ"]))

PAGES.append(page("b6608-laichau-bdv-soket-2014", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh
Bạn đang ở: Chính trị › Xây dựng Đảng
18-07-2014 10:30
Khối dân vận vận động 312 hộ vùng sạt lở di chuyển đến nơi an toàn
LCĐT - Sáng 16/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Pờ Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Tao Văn Phanh, Lường Thị Hiên.
6 tháng đầu năm, mưa lớn trái mùa gây sạt lở ở nhiều bản của tỉnh Lai Châu, tập trung ở các huyện Mường Tè, Sìn Hồ, Phong Thổ. Thực hiện Kế hoạch số 23-KH/TU ngày 12/3/2014 của Tỉnh ủy về sắp xếp, ổn định dân cư vùng có nguy cơ thiên tai, khối dân vận đã phối hợp với chính quyền vận động 312 hộ với 1.432 nhân khẩu ở 4 xã có nguy cơ sạt lở cao di chuyển đến nơi ở mới, đạt 72% kế hoạch năm. Tổng kinh phí hỗ trợ di chuyển, làm nhà là 8,2 tỷ đồng, trong đó nhân dân đóng góp khoảng 1,3 tỷ đồng.
Các cấp ủy đã chỉ đạo triển khai Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; tuyên truyền bằng tiếng Hà Nhì, La Hủ, Mông tại 56 buổi sinh hoạt bản, thu hút hơn 3.000 lượt người nghe.
Tại hội nghị, đồng chí Giàng A Lử, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè cho biết ở xã Pa Ủ, nhiều hộ người La Hủ đã tự tháo dỡ nhà cũ, chuyển đồ đạc đến khu tái định cư ngay khi có thông báo. Tuy nhiên, bà Lý Thị Xa, Bí thư Đảng ủy xã Pa Vệ Sử phản ánh khu tái định cư thiếu đất sản xuất, nguồn nước không ổn định nên có 18 hộ chưa muốn chuyển đi.
Đồng chí Vàng A Dế, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sìn Hồ đề nghị tăng mức hỗ trợ cho các hộ nghèo phải di dời và có cơ chế cho người dân tiếp tục canh tác trên nương cũ khi thời tiết an toàn.
Kết luận hội nghị, đồng chí Pờ Thị Mỷ yêu cầu 6 tháng cuối năm tập trung nắm chắc tâm tư người dân tại các điểm tái định cư; phát huy vai trò người có uy tín, trưởng bản; phối hợp chặt chẽ với Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh để sẵn sàng sơ tán dân khi mưa lũ.
Theo đánh giá tại hội nghị, công tác dân vận chính quyền có chuyển biến; nhiều cán bộ xã đã xuống bản ở cùng dân trong những ngày mưa lớn, trực tiếp giúp bà con tháo dỡ, vận chuyển nhà. Tuy vậy, việc nắm tình hình ở một số bản vùng sâu còn chậm, thông tin cảnh báo thiên tai có lúc chưa đến được từng hộ do sóng điện thoại yếu, loa truyền thanh hỏng.
Văn Tuấn
Xem thêm:
- Phong Thổ: Sạt lở đất làm ách tắc quốc lộ 4D (10/07/2014)
- Tam Đường sơ kết 6 tháng công tác Mặt trận (04/07/2014)
- Hỗ trợ 120 triệu đồng cho các hộ bị thiệt hại do mưa đá (26/06/2014)
- Mường Tè: Ra mắt mô hình dân vận khéo tại bản Nậm Khao (18/06/2014)
""", "2014-07-18", "Khối dân vận vận động 312 hộ vùng sạt lở di chuyển đến nơi an toàn",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Pờ Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tao Văn Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Thị Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Lý Thị Xa", "Bí thư Đảng ủy xã Pa Vệ Sử"),
 P("Vàng A Dế", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Sìn Hồ")],
[Q("312 hộ", 312, "hộ"), Q("1.432 nhân khẩu", 1432, "nhân khẩu"), Q("4 xã", 4, "xã"), Q("72%", 72, "%"),
 Q("8,2 tỷ đồng", 8200000000, "đồng"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("56 buổi sinh hoạt bản", 56, "buổi sinh hoạt bản"), Q("hơn 3.000 lượt người", 3000, "lượt người", "over"),
 Q("18 hộ", 18, "hộ")],
[D("Kế hoạch", "23", "KH/TU", "2014-03-12", "Tỉnh ủy", "Kế hoạch số 23-KH/TU ngày 12/3/2014"),
 D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014")],
[prov("Lai Châu"), com("Pa Ủ"), com("Pa Vệ Sử")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh",
 "Bạn đang ở: Chính trị › Xây dựng Đảng", "LCĐT", "Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh"],
["18-07-2014 10:30", "6 tháng đầu năm", "6 tháng cuối năm 2014"]))

PAGES.append(page("b6609-quangninh-mttq-didoi-2015", """
QUẢNG NINH ONLINE
Thời sự › Phòng chống thiên tai
Cập nhật lúc 09:12 ngày 05/08/2015
Ba Chẽ: Khẩn trương đưa dân ra khỏi vùng nguy hiểm
Đồng chí Vũ Thị Thu Hằng (thứ hai từ phải sang) kiểm tra điểm sạt lở tại thôn Khe Lạc. Ảnh: Hoàng Quý
Sáng 4/8, đồng chí Vũ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh đã đi kiểm tra công tác di dời dân và khắc phục hậu quả mưa lũ tại huyện Ba Chẽ.
Đợt mưa lớn lịch sử từ ngày 25/7 đến nay, có nơi lượng mưa hơn 1.000 mm, đã gây ngập lụt, sạt lở nghiêm trọng tại nhiều địa phương của tỉnh Quảng Ninh. Riêng huyện Ba Chẽ có 38 điểm sạt lở đất, gần 700 ngôi nhà bị ngập, nhiều tuyến đường bị chia cắt. Theo ông Chíu Văn Sếnh, Chủ tịch UBND huyện Ba Chẽ, đến sáng 4/8, huyện đã di dời 1.638 hộ với 6.120 nhân khẩu đến nơi an toàn, trong đó xã Thanh Lâm 214 hộ, xã Đạp Thanh 176 hộ.
Tại thôn Khe Lạc, xã Thanh Lâm, ông Dương Văn Thắng, trưởng thôn Khe Lạc, cho biết có 11 hộ người Dao đang ở sát taluy đã được bố trí tạm tại nhà văn hóa thôn và nhà người thân. "Bà con lúc đầu chưa muốn đi vì sợ mất trâu, mất lợn, nhưng cán bộ mặt trận, đoàn thanh niên xuống từng nhà giúp dọn đồ nên ai cũng nghe", ông Thắng nói.
Bà Bàn Thị Sinh, Bí thư Đảng ủy xã Đạp Thanh, báo cáo xã đã thành lập 9 tổ xung kích, phân công đảng viên phụ trách từng cụm dân cư, kiên quyết không để người dân quay về nhà cũ khi còn mưa.
Có mặt tại điểm sơ tán ở nhà văn hóa thôn, chúng tôi thấy các gia đình được bố trí chỗ nghỉ tạm, có chăn màn, mì tôm, nước uống. Các chi hội phụ nữ luân phiên nấu cơm cho bà con; đoàn viên thanh niên giúp người già, trẻ nhỏ di chuyển, trông coi tài sản. Nhiều hộ ở nơi an toàn đã mở cửa đón hàng xóm đến ở nhờ.
Trước đó, UBND tỉnh đã ban hành Chỉ thị số 03/CT-UBND ngày 20/4/2015 về công tác phòng, chống thiên tai năm 2015 và liên tiếp có các công điện chỉ đạo ứng phó mưa lũ. Ban Thường trực Ủy ban MTTQ tỉnh cũng ra lời kêu gọi ủng hộ đồng bào bị thiệt hại; đến ngày 3/8 đã tiếp nhận khoảng 4,6 tỷ đồng.
Tại buổi kiểm tra, đồng chí Vũ Thị Thu Hằng trao 2 tỷ đồng của Ủy ban MTTQ tỉnh hỗ trợ huyện Ba Chẽ khắc phục hậu quả; đề nghị huyện ưu tiên hỗ trợ các hộ mất nhà, rà soát quỹ đất để bố trí tái định cư lâu dài cho các hộ ở vùng nguy cơ cao, đồng thời phát huy vai trò Mặt trận, đoàn thể trong vận động nhân dân vệ sinh môi trường, phòng dịch bệnh sau lũ.
Phạm Học
TIN CÙNG CHUYÊN MỤC
- Cẩm Phả: Hàng nghìn hộ dân bị ảnh hưởng do mưa lũ (03/08/2015)
- Hạ Long: Sơ tán khẩn cấp các hộ dân ở chân đồi (30/07/2015)
- Hoành Bồ tập trung khắc phục hậu quả ngập lụt (29/07/2015)
- Khối thi đua các tổ chức chính trị - xã hội ủng hộ 300 triệu đồng (28/07/2015)
""", "2015-08-05", "Ba Chẽ: Khẩn trương đưa dân ra khỏi vùng nguy hiểm",
E("khac", None, "2015-08-04"),
[P("Vũ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chíu Văn Sếnh", "Chủ tịch UBND huyện Ba Chẽ"),
 P("Dương Văn Thắng", "trưởng thôn Khe Lạc"),
 P("Bàn Thị Sinh", "Bí thư Đảng ủy xã Đạp Thanh")],
[Q("hơn 1.000 mm", 1000, "mm", "over"), Q("38 điểm sạt lở đất", 38, "điểm sạt lở đất"), Q("gần 700 ngôi nhà", 700, "ngôi nhà", "approx"),
 Q("1.638 hộ", 1638, "hộ"), Q("6.120 nhân khẩu", 6120, "nhân khẩu"), Q("214 hộ", 214, "hộ"), Q("176 hộ", 176, "hộ"),
 Q("11 hộ", 11, "hộ"), Q("9 tổ xung kích", 9, "tổ xung kích"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Chỉ thị", "03", "CT-UBND", "2015-04-20", "UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 20/4/2015")],
[prov("Quảng Ninh"), com("Thanh Lâm"), com("Đạp Thanh")],
["QUẢNG NINH ONLINE", "Thời sự › Phòng chống thiên tai",
 "Đồng chí Vũ Thị Thu Hằng (thứ hai từ phải sang) kiểm tra điểm sạt lở tại thôn Khe Lạc. Ảnh: Hoàng Quý"],
["Cập nhật lúc 09:12 ngày 05/08/2015", "ngày 25/7", "năm 2015", "ngày 3/8"]))

PAGES.append(page("b6610-dienbien-doithoai-2016", """
Báo Điện Biên Phủ điện tử
Trang chủ >> Chính trị >> Dân vận
20.05.2016 | 07:45
Mường Nhé đối thoại với người dân vùng sạt lở
Quang cảnh buổi đối thoại tại xã Nậm Kè.
(ĐBP) - Ngày 18/5, tại xã Nậm Kè, Huyện ủy Mường Nhé tổ chức đối thoại năm 2016 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các bản có nguy cơ sạt lở đất, lũ quét. Đồng chí Hờ A Dơ, Bí thư Huyện ủy Mường Nhé và đồng chí Lò Văn Lả, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Tham dự có hơn 150 hộ dân đến từ 7 bản của 2 xã Nậm Kè và Quảng Lâm.
Tại buổi đối thoại, người dân đã nêu 24 ý kiến, chủ yếu về đất sản xuất ở khu tái định cư, tiến độ làm đường, nước sinh hoạt và mức hỗ trợ làm nhà. Ông Ly Seo Chứ, bản Nậm Pố, hỏi: "Nhà tôi đã chuyển xuống khu mới 2 năm nhưng chưa được giao đất làm nương, vậy gia đình lấy gì ăn?".
Trả lời ý kiến này, đồng chí Giàng Chừ Sình, Trưởng phòng Tài nguyên và Môi trường huyện cho biết, theo Đề án ổn định dân cư, phát triển kinh tế - xã hội huyện Mường Nhé giai đoạn 2013 - 2020 được phê duyệt tại Quyết định số 1858/QĐ-TTg ngày 5/10/2013 của Thủ tướng Chính phủ, mỗi hộ tái định cư được giao ít nhất 1 ha đất sản xuất; huyện đã đo đạc xong 186 ha và sẽ giao cho 94 hộ trước tháng 9.
Về mức hỗ trợ, đồng chí Lò Văn Lả cho biết mỗi hộ di dời được hỗ trợ 25 triệu đồng làm nhà và 6 triệu đồng di chuyển; các hộ nghèo được vay thêm tối đa 25 triệu đồng từ Ngân hàng Chính sách xã hội với lãi suất ưu đãi.
Bà Sùng Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Quảng Lâm, kiến nghị sớm xây lớp mẫu giáo tại điểm tái định cư. Đồng chí Hờ A Dơ ghi nhận và giao UBND huyện đưa vào danh mục đầu tư năm 2016.
Kết thúc đối thoại, đồng chí Hờ A Dơ đề nghị các cấp ủy thực hiện nghiêm Quy chế phối hợp số 03-QC/HU giữa Ban Dân vận Huyện ủy với UBND huyện về công tác dân vận chính quyền, định kỳ đối thoại với dân; đồng thời mong bà con tin tưởng, không nghe kẻ xấu xúi giục di cư tự do, quay lại nơi ở cũ khi mùa mưa đến.
Nhiều ý kiến khác đề nghị huyện sớm sửa chữa cầu treo qua suối Nậm Kè bị lũ cuốn trôi một phần, hỗ trợ giống cây trồng cho bà con trên đất mới và tăng cường lực lượng xuống bản nắm tình hình vào mùa mưa. Các câu hỏi đều được lãnh đạo huyện, các phòng, ban chuyên môn trả lời trực tiếp, cụ thể; những nội dung vượt thẩm quyền được ghi nhận để báo cáo tỉnh.
Được biết, năm 2015, huyện đã di dời 236 hộ ra khỏi vùng nguy hiểm, không có thiệt hại về người do sạt lở.
Hà Linh
Tin khác
- Điện Biên Đông: Ra quân dọn đất đá sạt lở trên tỉnh lộ 148 (16/05/2016)
- Tủa Chùa: Hỗ trợ 30 hộ bị thiệt hại do mưa đá (12/05/2016)
- Mường Chà tập huấn công tác dân vận cho cán bộ cơ sở (06/05/2016)
""", "2016-05-20", "Mường Nhé đối thoại với người dân vùng sạt lở",
E("doi_thoai", "2016", "2016-05-18"),
[P("Hờ A Dơ", "Bí thư Huyện ủy Mường Nhé"),
 P("Lò Văn Lả", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Ly Seo Chứ"),
 P("Giàng Chừ Sình", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Sùng Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Quảng Lâm")],
[Q("hơn 150 hộ dân", 150, "hộ dân", "over"), Q("7 bản", 7, "bản"), Q("2 xã", 2, "xã"), Q("24 ý kiến", 24, "ý kiến"),
 Q("ít nhất 1 ha", 1, "ha", "over"), Q("186 ha", 186, "ha"), Q("94 hộ", 94, "hộ"), Q("25 triệu đồng làm nhà", 25000000, "đồng"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("tối đa 25 triệu đồng", 25000000, "đồng"), Q("236 hộ", 236, "hộ")],
[D("Quyết định", "1858", "QĐ-TTg", "2013-10-05", "Thủ tướng Chính phủ", "Quyết định số 1858/QĐ-TTg ngày 5/10/2013"),
 D("Quy chế phối hợp", "03", "QC/HU", None, None, "Quy chế phối hợp số 03-QC/HU")],
[prov("Điện Biên"), com("Nậm Kè"), com("Quảng Lâm")],
["Báo Điện Biên Phủ điện tử", "Trang chủ >> Chính trị >> Dân vận", "Quang cảnh buổi đối thoại tại xã Nậm Kè.", "(ĐBP)",
 "Ngân hàng Chính sách xã hội"],
["20.05.2016 | 07:45", "năm 2016", "2 năm", "giai đoạn 2013 - 2020", "năm 2015"]))
