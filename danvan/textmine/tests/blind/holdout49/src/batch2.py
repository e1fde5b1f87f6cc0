from lib import *
PAGES = []

PAGES.append(page("b1139-hoabinh-daotu-danvankheo-2016", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ | Gương điển hình | Dân vận khéo
11/04/2016 | 08:30
Bà Đinh Thị Pính hướng dẫn hội viên chăm sóc vườn cam.
Con đường "nghĩa tình" ở xóm Bưa Cắm
Ai đã từng đến xóm Bưa Cắm, xã Cao Sơn, huyện Đà Bắc (Hòa Bình) mấy năm trước đều nhớ con đường đất đỏ trơn trượt mỗi mùa mưa. Nay con đường ấy đã được bê tông hóa, rộng 3,5 m, nối từ trung tâm xã vào tận chân đồi. Có được kết quả đó là nhờ cách làm "dân vận khéo" của chi bộ và ban công tác Mặt trận xóm.
Ông Bùi Văn Ngọn, Bí thư Chi bộ kiêm Trưởng xóm Bưa Cắm, kể lại: khi chủ trương làm đường được đưa ra, nhiều hộ còn băn khoăn vì phải hiến đất vườn, chặt bỏ cây ăn quả. Chi bộ phân công từng đảng viên phụ trách nhóm hộ, đến từng nhà vận động; đảng viên, cán bộ xóm gương mẫu hiến đất trước. Sau 2 tháng, 47 hộ đã tự nguyện hiến hơn 12.000 m2 đất, tháo dỡ 860 m tường rào mà không đòi hỏi bồi thường.
Cụ Hà Văn Thắm, năm nay 78 tuổi, là người đầu tiên trong xóm hiến 600 m2 đất vườn. "Đường đẹp thì con cháu đi học, đi làm thuận lợi, bán được cam, được bưởi với giá cao hơn, mình mất chút đất nhưng cả xóm được lợi", cụ nói.
Toàn tuyến dài 3,2 km, tổng kinh phí hơn 2,1 tỷ đồng; trong đó Nhà nước hỗ trợ xi măng theo cơ chế của tỉnh, nhân dân đóng góp 1,4 tỷ đồng và 2.300 ngày công. Bà Đinh Thị Pính, Chủ tịch Hội Nông dân xã Cao Sơn, cho biết từ khi có đường, 35 hộ trong xóm đã mạnh dạn chuyển đổi sang trồng cam, bưởi, thu nhập bình quân đạt 22 triệu đồng/người/năm.
Đồng chí Xa Văn Chiến, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc, đánh giá mô hình ở Bưa Cắm là cách làm hiệu quả trong triển khai Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, cũng như Chương trình hành động số 17-CTr/TU của Tỉnh ủy. Năm 2015, toàn huyện Đà Bắc có 64 mô hình "Dân vận khéo" được công nhận, trong đó 9 mô hình được Ban Dân vận Tỉnh ủy biểu dương.
Con đường mới ở Bưa Cắm không chỉ là công trình giao thông, mà còn là minh chứng cho sức mạnh của lòng dân khi cán bộ gần dân, trọng dân, làm cho dân tin. Hiện chi bộ đang tiếp tục vận động bà con làm hệ thống điện chiếu sáng và xây dựng nhà văn hóa xóm theo hướng "Nhà nước và nhân dân cùng làm".
Thu Trang
Lượt xem: 2.031
Tin liên quan
- Lạc Sơn: nhân rộng mô hình "Dân vận khéo" trong đồng bào Mường (29/03/2016)
- Kim Bôi: gần 100 hộ hiến đất làm đường nông thôn (16/03/2016)
- Tân Lạc: người có uy tín góp sức giữ bình yên bản làng (02/03/2016)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2015 (24/12/2015)
""", "2016-04-11", "Con đường \"nghĩa tình\" ở xóm Bưa Cắm",
E("khac", None, None),
[P("Bùi Văn Ngọn", "Bí thư Chi bộ kiêm Trưởng xóm Bưa Cắm"),
 P("Hà Văn Thắm"),
 P("Đinh Thị Pính", "Chủ tịch Hội Nông dân xã Cao Sơn"),
 P("Xa Văn Chiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc")],
[Q("3,5 m", 3.5, "m"), Q("47 hộ", 47, "hộ"), Q("hơn 12.000 m2", 12000, "m2", "over"), Q("860 m", 860, "m"),
 Q("600 m2", 600, "m2"), Q("3,2 km", 3.2, "km"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("2.300 ngày công", 2300, "ngày công"), Q("35 hộ", 35, "hộ"),
 Q("22 triệu đồng", 22000000, "đồng"), Q("64 mô hình", 64, "mô hình"), Q("9 mô hình", 9, "mô hình")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "17", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU")],
[prov("Hòa Bình"), com("Cao Sơn")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ | Gương điển hình | Dân vận khéo",
 "Bà Đinh Thị Pính hướng dẫn hội viên chăm sóc vườn cam.", "dân vận khéo", "Dân vận khéo", "Nhà nước và nhân dân cùng làm",
 "Lượt xem: 2.031"],
["11/04/2016 | 08:30", "78 tuổi", "2 tháng", "Năm 2015", "khóa XI", "Lượt xem: 2.031"]))

PAGES.append(page("b1140-khanhhoa-khoidanvan-soket-2016", """
Báo Khánh Hòa điện tử
Chính trị » Xây dựng Đảng
Thứ Sáu, 15/07/2016 - 10:20
Hiệu quả từ phong trào "Dân vận khéo" vùng đồng bào Raglai
Ngày 14/7, Ban Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Lê Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Các đại biểu dự hội nghị sơ kết. Ảnh: Hải Lăng
Theo báo cáo, 6 tháng đầu năm, khối dân vận các cấp đã tham mưu cấp ủy triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và xây dựng Chương trình hành động số 21-CTr/TU của Ban Thường vụ Tỉnh ủy. Cấp ủy các cấp tiếp tục thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Toàn tỉnh hiện có 1.128 mô hình "Dân vận khéo", trong đó 312 mô hình ở vùng đồng bào dân tộc thiểu số hai huyện Khánh Sơn, Khánh Vĩnh. Trong 6 tháng, các địa phương đã vận động 640 hộ đồng bào Raglai chuyển đổi từ cây sắn sang trồng sầu riêng, bưởi da xanh; hỗ trợ hơn 5.200 cây giống và 18 con bò giống. Ban Dân vận các cấp tiếp nhận 94 đơn thư, đã chuyển cơ quan có thẩm quyền giải quyết 81 đơn, chủ yếu liên quan đến đất đai, bồi thường dự án tại thành phố Cam Ranh.
Tại hội nghị, đồng chí Trần Ngọc Sơn, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh đề nghị tăng cường phối hợp giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số. Bà Cao Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ xã Sơn Hiệp, giới thiệu mô hình "Phụ nữ Raglai tiết kiệm vì con em đến trường" với 86 hội viên tham gia, số tiền tiết kiệm đạt 112 triệu đồng. Ông Mấu Văn Tư, người có uy tín thôn Giang Mương, xã Khánh Thượng, cho biết bà con đã bỏ dần tục đốt rẫy làm nương.
Hội nghị cũng nghe ý kiến của đồng chí Phạm Văn Lực, Bí thư Đảng ủy phường Vĩnh Nguyên về công tác vận động ngư dân bám biển, tham gia bảo vệ chủ quyền biển, đảo.
Kết luận hội nghị, đồng chí Lê Thị Kim Thoa yêu cầu 6 tháng cuối năm, khối dân vận tập trung tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; nắm chắc tình hình tư tưởng ngư dân, đồng bào dân tộc, tôn giáo; chủ động tham mưu giải quyết các vụ việc phức tạp, không để hình thành điểm nóng.
Thanh Xuân
Các tin đã đưa
- Khánh Vĩnh: gặp mặt người có uy tín năm 2016 (30/06/2016)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (16/06/2016)
- Cam Lâm: vận động nhân dân hiến đất mở rộng đường liên thôn (02/06/2016)
""", "2016-07-15", "Hiệu quả từ phong trào \"Dân vận khéo\" vùng đồng bào Raglai",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Lê Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Sơn", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ xã Sơn Hiệp"),
 P("Mấu Văn Tư", "người có uy tín thôn Giang Mương"),
 P("Phạm Văn Lực", "Bí thư Đảng ủy phường Vĩnh Nguyên")],
[Q("1.128 mô hình", 1128, "mô hình"), Q("312 mô hình", 312, "mô hình"), Q("640 hộ đồng bào Raglai", 640, "hộ đồng bào Raglai"),
 Q("hơn 5.200 cây giống", 5200, "cây giống", "over"), Q("18 con bò giống", 18, "con bò giống"),
 Q("94 đơn thư", 94, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("86 hội viên", 86, "hội viên"), Q("112 triệu đồng", 112000000, "đồng")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Khánh Hòa"), com("Sơn Hiệp"), com("Khánh Thượng"), com("Vĩnh Nguyên")],
["Báo Khánh Hòa điện tử", "Chính trị » Xây dựng Đảng", "Các đại biểu dự hội nghị sơ kết.", "Dân vận khéo",
 "Phụ nữ Raglai tiết kiệm vì con em đến trường"],
["Thứ Sáu, 15/07/2016 - 10:20", "Trong 6 tháng", "6 tháng đầu năm", "6 tháng cuối năm 2016", "khóa XIV", "nhiệm kỳ 2016 - 2021"]))

PAGES.append(page("b1141-bacgiang-doithoai-nongdan-2017", """
BÁO BẮC GIANG
Trang chủ / Thời sự / Chính trị
20/06/2017 - 17:05
Bí thư Tỉnh ủy đối thoại với nông dân: Tháo gỡ khó khăn trong tiêu thụ vải thiều
BGĐT - Sáng 19/6, tại Hội trường UBND tỉnh, Tỉnh ủy Bắc Giang phối hợp với Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa Bí thư Tỉnh ủy với nông dân năm 2017. Đồng chí Nguyễn Văn Lượng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì đối thoại.
Tham dự có đồng chí Lại Thanh Sơn, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành và 350 đại biểu là hội viên nông dân tiêu biểu, chủ trang trại, giám đốc hợp tác xã trong toàn tỉnh.
Quang cảnh hội nghị đối thoại.
Mở đầu hội nghị, đồng chí Ngô Thị Hạnh, Chủ tịch Hội Nông dân tỉnh, báo cáo kết quả thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Trước hội nghị, Hội đã tổng hợp được 24 ý kiến, kiến nghị của hội viên.
Tại hội nghị có 12 lượt nông dân phát biểu. Ông Thân Văn Tiến (xã Tân Mộc, huyện Lục Ngạn) phản ánh vụ vải năm nay toàn tỉnh có khoảng 28.000 ha, sản lượng dự kiến 180.000 tấn nhưng giá đầu vụ giảm mạnh; đề nghị tỉnh mở rộng thị trường xuất khẩu. Bà Hoàng Thị Thơ, Giám đốc Hợp tác xã Nông nghiệp Bình Minh, kiến nghị hỗ trợ cấp mã số vùng trồng và chứng nhận VietGAP cho các hộ thành viên.
Trả lời kiến nghị, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Dương Văn Thái cho biết năm 2017 tỉnh đã có 14.200 ha vải sản xuất theo tiêu chuẩn VietGAP, được cấp chứng nhận cho 3.100 hộ. Đồng chí Lại Thanh Sơn thông tin tỉnh đã tổ chức 2 hội nghị xúc tiến tiêu thụ vải tại Hà Nội và TP Hồ Chí Minh, ký kết hợp đồng với 26 doanh nghiệp thu mua.
Ông Nguyễn Văn Chúc (xã Phì Điền) phản ánh chất lượng giống cây ăn quả trôi nổi trên thị trường; một số ý kiến đề nghị Ngân hàng Chính sách xã hội nâng mức cho vay hộ nông dân sản xuất, kinh doanh giỏi lên 100 triệu đồng/hộ.
Kết luận đối thoại, đồng chí Nguyễn Văn Lượng ghi nhận, tiếp thu các ý kiến; yêu cầu các ngành thực hiện nghiêm Kế hoạch số 124-KH/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh tái cơ cấu ngành nông nghiệp, trả lời bằng văn bản những kiến nghị chưa được giải đáp trước ngày 30/6/2017. Bí thư Tỉnh ủy mong muốn hội viên nông dân đoàn kết, liên kết sản xuất, "giữ chữ tín" với doanh nghiệp.
Hà Linh
Lượt đọc: 1.877
Tin liên quan
- Lục Ngạn: giá vải thiều sớm ổn định (17/06/2017)
- Hội Nông dân tỉnh giám sát việc cung ứng vật tư nông nghiệp (08/06/2017)
- Đối thoại với công nhân lao động năm 2017 (25/05/2017)
""", "2017-06-20", "Bí thư Tỉnh ủy đối thoại với nông dân: Tháo gỡ khó khăn trong tiêu thụ vải thiều",
E("doi_thoai", "2017", "2017-06-19"),
[P("Nguyễn Văn Lượng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lại Thanh Sơn", "Phó Chủ tịch UBND tỉnh"),
 P("Ngô Thị Hạnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thân Văn Tiến"),
 P("Hoàng Thị Thơ", "Giám đốc Hợp tác xã Nông nghiệp Bình Minh"),
 P("Dương Văn Thái", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Văn Chúc")],
[Q("350 đại biểu", 350, "đại biểu"), Q("24 ý kiến, kiến nghị", 24, "ý kiến, kiến nghị"), Q("12 lượt nông dân", 12, "lượt nông dân"),
 Q("khoảng 28.000 ha", 28000, "ha", "approx"), Q("180.000 tấn", 180000, "tấn"), Q("14.200 ha", 14200, "ha"),
 Q("3.100 hộ", 3100, "hộ"), Q("2 hội nghị xúc tiến tiêu thụ vải", 2, "hội nghị xúc tiến tiêu thụ vải"),
 Q("26 doanh nghiệp", 26, "doanh nghiệp"), Q("100 triệu đồng", 100000000, "đồng")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Kế hoạch", "124", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 124-KH/TU")],
[prov("Bắc Giang"), com("Tân Mộc"), com("Phì Điền"), prov("Hà Nội"), prov("Hồ Chí Minh")],
["BÁO BẮC GIANG", "Trang chủ / Thời sự / Chính trị", "BGĐT", "Quang cảnh hội nghị đối thoại.", "VietGAP",
 "Ngân hàng Chính sách xã hội", "giữ chữ tín", "Lượt đọc: 1.877"],
["20/06/2017 - 17:05", "năm 2017", "khóa X", "30/6/2017", "Lượt đọc: 1.877"]))

PAGES.append(page("b1142-hatinh-bdv-baocao-2018", """
BÁO HÀ TĨNH
Chính trị - Xây dựng Đảng
Thứ Ba, 18/12/2018 | 15:30
Thường trực Tỉnh ủy nghe báo cáo công tác dân vận năm 2018
(Baohatinh.vn) - Chiều 17/12, Thường trực Tỉnh ủy Hà Tĩnh làm việc với Ban Dân vận Tỉnh ủy, nghe báo cáo kết quả công tác dân vận năm 2018 và phương hướng, nhiệm vụ năm 2019. Đồng chí Nguyễn Đình Hải, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc.
Đồng chí Nguyễn Đình Hải phát biểu tại buổi làm việc. Ảnh: Thu Phương
Báo cáo do đồng chí Trần Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ tỉnh trình bày cho thấy, năm 2018 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 18-CT/TU ngày 9/3/2018 về tăng cường công tác dân vận trong các dự án đầu tư tại Khu kinh tế Vũng Áng; phối hợp với Ban Cán sự đảng UBND tỉnh ký Quy chế phối hợp số 12-QC/BDVTU-BCSĐ về công tác dân vận chính quyền, thay thế quy chế ký năm 2014.
Năm 2018, toàn tỉnh xây dựng mới 2.345 mô hình "Dân vận khéo"; các cơ quan dân vận phối hợp giải quyết 156 vụ việc phức tạp, trong đó đã giải quyết dứt điểm 137/156 vụ, đạt 87,8%. Công tác vận động đồng bào Công giáo có chuyển biến tích cực: 46 giáo xứ đăng ký xây dựng "Giáo xứ bình yên", nhiều linh mục, giáo dân tích cực tham gia xây dựng nông thôn mới. Nhân dân đã hiến trên 215.000 m2 đất, đóng góp gần 630 tỷ đồng xây dựng nông thôn mới.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Võ Hồng Phúc, Lê Thị Hà đã báo cáo thêm về tình hình tư tưởng nhân dân vùng ven biển Kỳ Anh, Lộc Hà sau sự cố môi trường biển và kết quả thực hiện Hướng dẫn số 23-HD/BDVTW của Ban Dân vận Trung ương về tổ dân vận thôn, tổ dân phố.
Góp ý tại buổi làm việc, đồng chí Hồ Văn Thành, Tỉnh ủy viên, Giám đốc Sở Tài nguyên và Môi trường, đề nghị Ban Dân vận Tỉnh ủy phối hợp chặt chẽ hơn trong vận động người dân giải phóng mặt bằng dự án đường ven biển. Đồng chí Nguyễn Văn Kỳ, Bí thư Đảng ủy xã Kỳ Lợi, kiến nghị tỉnh sớm giải quyết dứt điểm 28 hộ còn vướng mắc trong tái định cư.
Phát biểu kết luận, đồng chí Nguyễn Đình Hải ghi nhận những kết quả của Ban Dân vận Tỉnh ủy trong năm 2018, nhất là trong nắm tình hình và tham mưu xử lý các vụ việc ở vùng giáo. Đồng chí đề nghị năm 2019 Ban tập trung tham mưu sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW, tiếp tục đổi mới phong cách, tác phong của cán bộ dân vận theo phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Dương Chiến
Tin khác
- Lễ phát động Tháng hành động "Dân vận khéo" (10/12/2018)
- Can Lộc: gặp mặt linh mục quản xứ nhân dịp Giáng sinh (05/12/2018)
- Sơ kết 5 năm mô hình "Khu dân cư văn minh" (29/11/2018)
- Vũ Quang: vận động 170 hộ hiến đất làm đường (20/11/2018)
""", "2018-12-18", "Thường trực Tỉnh ủy nghe báo cáo công tác dân vận năm 2018",
E("bao_cao", "2018", "2018-12-17"),
[P("Nguyễn Đình Hải", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Võ Hồng Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Thành", "Tỉnh ủy viên", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Nguyễn Văn Kỳ", "Bí thư Đảng ủy xã Kỳ Lợi")],
[Q("2.345 mô hình", 2345, "mô hình"), Q("156 vụ việc phức tạp", 156, "vụ việc phức tạp"), Q("137/156 vụ", 137, "vụ"),
 Q("87,8%", 87.8, "%"), Q("46 giáo xứ", 46, "giáo xứ"), Q("trên 215.000 m2", 215000, "m2", "over"),
 Q("gần 630 tỷ đồng", 630000000000, "đồng", "approx"), Q("28 hộ", 28, "hộ")],
[D("Chỉ thị", "18", "CT/TU", "2018-03-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 9/3/2018"),
 D("Quy chế phối hợp", "12", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 12-QC/BDVTU-BCSĐ"),
 D("Hướng dẫn", "23", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 23-HD/BDVTW"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["BÁO HÀ TĨNH", "Chính trị - Xây dựng Đảng", "(Baohatinh.vn)", "Đồng chí Nguyễn Đình Hải phát biểu tại buổi làm việc.",
 "Dân vận khéo", "Giáo xứ bình yên", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Khu kinh tế Vũng Áng"],
["Thứ Ba, 18/12/2018 | 15:30", "năm 2018", "năm 2019", "năm 2014", "5 năm"]))

PAGES.append(page("b1143-sonla-nguoicouytin-2019", """
BÁO SƠN LA
Trang chủ > Chính trị > Dân tộc - Tôn giáo
Cập nhật: 16:10, 09/08/2019 (GMT+7)
Ảnh: Các đại biểu dự hội nghị.
Biểu dương 150 người có uy tín tiêu biểu năm 2019
Ngày 8/8, Ban Dân tộc tỉnh Sơn La phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2019. Dự hội nghị có đồng chí Lò Minh Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Cầm Thị Phong, Vì Văn Hiến cùng 150 người có uy tín tiêu biểu đến từ 12 huyện, thành phố.
Toàn tỉnh hiện có 3.682 người có uy tín là già làng, trưởng bản, chức sắc tôn giáo, người sản xuất giỏi được công nhận theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ. Năm qua, người có uy tín đã tham gia hòa giải thành 412 vụ việc mâu thuẫn trong cộng đồng, vận động 2.100 hộ dân hiến đất làm đường, phát hiện và cung cấp cho cơ quan chức năng 57 nguồn tin có giá trị về an ninh trật tự.
Ông Quàng Văn Hặc, Trưởng Ban Dân tộc tỉnh, cho biết thực hiện Kế hoạch số 145-KH/BDVTU của Ban Dân vận Tỉnh ủy và Hướng dẫn số 02/HD-BDT của Ban Dân tộc tỉnh, năm 2019 tỉnh đã tổ chức 14 lớp bồi dưỡng kiến thức cho 1.320 lượt người có uy tín; cấp 9 loại báo, tạp chí; thăm hỏi, tặng quà trị giá hơn 1,6 tỷ đồng nhân dịp Tết Nguyên đán và Tết độc lập của đồng bào Mông.
Nhiều ý kiến tham luận tâm huyết. Ông Mùa A Sùng, người có uy tín bản Pá Hốc, xã Chiềng Khoa chia sẻ cách vận động bà con người Mông bỏ trồng cây thuốc phiện, chuyển sang trồng mận hậu. Bà Lò Thị Minh, Bí thư Chi bộ bản Nà Hạ, xã Mường Bú, kể về việc vận động các gia đình tổ chức đám cưới tiết kiệm, không thách cưới cao.
Cũng trong năm, người có uy tín các xã biên giới đã vận động 1.150 lượt người dân tham gia tuần tra, bảo vệ 25 mốc giới trên tuyến biên giới Việt Nam - Lào; không để xảy ra tình trạng xuất cảnh trái phép.
Các ông Thào A Dế, Lò Văn Pấu, Hà Văn Nọi - người có uy tín tiêu biểu huyện Thuận Châu kiến nghị tăng mức hỗ trợ hằng năm và quan tâm hơn đến việc chữa bệnh cho người có uy tín cao tuổi.
Phát biểu tại hội nghị, đồng chí Lò Minh Hùng ghi nhận những đóng góp của đội ngũ người có uy tín trong giữ gìn khối đại đoàn kết và an ninh biên giới. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 cá nhân; mỗi người có uy tín dự hội nghị được tặng 1 phần quà trị giá 500.000 đồng.
Hồng Nhung
Tin liên quan
- Mộc Châu: gặp mặt người có uy tín dân tộc Mông (30/07/2019)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý II (12/07/2019)
- Sông Mã: vận động nhân dân không di cư tự do (25/06/2019)
- Phù Yên: tập huấn kiến thức pháp luật cho người có uy tín (14/06/2019)
- Quỳnh Nhai: bàn giao 20 nhà Đại đoàn kết cho hộ nghèo (03/06/2019)
""", "2019-08-09", "Biểu dương 150 người có uy tín tiêu biểu năm 2019",
E("hoi_nghi", "2019", "2019-08-08"),
[P("Lò Minh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Phong", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vì Văn Hiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quàng Văn Hặc", "Trưởng Ban Dân tộc tỉnh"),
 P("Mùa A Sùng", "người có uy tín bản Pá Hốc"),
 P("Lò Thị Minh", "Bí thư Chi bộ bản Nà Hạ"),
 P("Thào A Dế", "người có uy tín tiêu biểu huyện Thuận Châu"),
 P("Lò Văn Pấu", "người có uy tín tiêu biểu huyện Thuận Châu"),
 P("Hà Văn Nọi", "người có uy tín tiêu biểu huyện Thuận Châu")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("3.682 người có uy tín", 3682, "người có uy tín"), Q("412 vụ việc mâu thuẫn", 412, "vụ việc mâu thuẫn"),
 Q("2.100 hộ dân", 2100, "hộ dân"), Q("57 nguồn tin", 57, "nguồn tin"), Q("14 lớp bồi dưỡng kiến thức", 14, "lớp bồi dưỡng kiến thức"),
 Q("1.320 lượt người có uy tín", 1320, "lượt người có uy tín"), Q("9 loại báo, tạp chí", 9, "loại báo, tạp chí"),
 Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("1.150 lượt người dân", 1150, "lượt người dân"), Q("25 mốc giới", 25, "mốc giới"), Q("30 cá nhân", 30, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "145", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 145-KH/BDVTU"),
 D("Hướng dẫn", "02", "HD-BDT", None, "Ban Dân tộc tỉnh", "Hướng dẫn số 02/HD-BDT")],
[prov("Sơn La"), com("Chiềng Khoa"), com("Mường Bú")],
["BÁO SƠN LA", "Trang chủ > Chính trị > Dân tộc - Tôn giáo", "Ảnh: Các đại biểu dự hội nghị.", "Tết độc lập"],
["Cập nhật: 16:10, 09/08/2019 (GMT+7)", "năm 2019", "1 phần quà"]))

PAGES.append(page("b1144-tiengiang-giaoban-thang9-2019", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Vị trí: Trang chủ > Hoạt động > Tin trong tỉnh
04.10.2019 | 09:15
Giao ban khối dân vận tháng 9: tập trung vận động dân vùng sạt lở bờ sông Tiền
Sáng 3/10, Ban Dân vận Tỉnh ủy Tiền Giang tổ chức giao ban khối dân vận tháng 9/2019. Đồng chí Nguyễn Thị Kim Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Võ Văn Lâm, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Toàn cảnh buổi giao ban.
Trong tháng 9, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; ban hành kế hoạch số 52-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 5 huyện.
Tình hình sạt lở bờ sông Tiền diễn biến phức tạp, nhất là tại xã An Cư và xã Hòa Hưng, huyện Cái Bè. Khối dân vận các cấp đã phối hợp vận động 63 hộ di dời khẩn cấp đến nơi an toàn; UBND tỉnh hỗ trợ mỗi hộ 30 triệu đồng theo Quyết định số 35/2019/QĐ-UBND ngày 12/8/2019 của UBND tỉnh. Ủy ban MTTQ tỉnh trao thêm 63 phần quà, mỗi phần 1 triệu đồng.
Trong tháng, các cơ quan dân vận tiếp nhận 19 đơn thư, đã chuyển đến cơ quan chức năng giải quyết 17 đơn; tổ chức 8 cuộc tiếp xúc, đối thoại với người dân bị ảnh hưởng bởi dự án cao tốc Trung Lương - Mỹ Thuận.
Cũng trong tháng, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh kết nạp mới 1.240 hội viên, đoàn viên; phối hợp bàn giao 27 căn nhà đại đoàn kết cho hộ nghèo với tổng kinh phí 1,08 tỷ đồng.
Tại buổi giao ban, đồng chí Trần Thanh Tùng, Trưởng Ban Dân vận Huyện ủy Cái Bè, đề nghị tỉnh sớm bố trí quỹ đất tái định cư cho các hộ vùng sạt lở. Đồng chí Huỳnh Thị Mộng Tuyền, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin về việc hội vận động quyên góp được 146 triệu đồng hỗ trợ phụ nữ nghèo vùng sạt lở.
Kết luận giao ban, đồng chí Nguyễn Thị Kim Hoa yêu cầu tháng 10 khối dân vận chuẩn bị tốt hội nghị sơ kết 5 năm phong trào thi đua "Dân vận khéo"; tiếp tục nắm tình hình nhân dân vùng dự án, kịp thời tham mưu giải quyết kiến nghị chính đáng, không để phát sinh khiếu kiện đông người. Đồng chí Phó Trưởng Ban Thường trực Võ Văn Lâm được giao chỉ đạo tổ công tác theo dõi vùng sạt lở.
Minh Thư
Lượt xem: 715
Tin khác
- Giao ban khối dân vận tháng 8/2019 (06/09/2019)
- Cai Lậy: ra mắt mô hình "Ấp văn hóa không có tội phạm" (28/08/2019)
- Gò Công Đông: vận động ngư dân không khai thác hải sản trái phép (20/08/2019)
- Hội thi cán bộ dân vận giỏi khối doanh nghiệp (14/08/2019)
""", "2019-10-04", "Giao ban khối dân vận tháng 9: tập trung vận động dân vùng sạt lở bờ sông Tiền",
E("giao_ban", "2019-09", "2019-10-03"),
[P("Nguyễn Thị Kim Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Lâm", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực"),
 P("Trần Thanh Tùng", "Trưởng Ban Dân vận Huyện ủy Cái Bè"),
 P("Huỳnh Thị Mộng Tuyền", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("5 huyện", 5, "huyện"), Q("63 hộ", 63, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("63 phần quà", 63, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("19 đơn thư", 19, "đơn thư"), Q("17 đơn", 17, "đơn"),
 Q("8 cuộc tiếp xúc, đối thoại", 8, "cuộc tiếp xúc, đối thoại"), Q("146 triệu đồng", 146000000, "đồng"),
 Q("1.240 hội viên, đoàn viên", 1240, "hội viên, đoàn viên"), Q("27 căn nhà đại đoàn kết", 27, "căn nhà đại đoàn kết"),
 Q("1,08 tỷ đồng", 1080000000, "đồng")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 52-KH/BDVTU"),
 D("Quyết định", "35", "2019/QĐ-UBND", "2019-08-12", "UBND tỉnh", "Quyết định số 35/2019/QĐ-UBND ngày 12/8/2019")],
[prov("Tiền Giang"), com("An Cư"), com("Hòa Hưng")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Vị trí: Trang chủ > Hoạt động > Tin trong tỉnh", "Toàn cảnh buổi giao ban.",
 "Dân vận khéo", "Trung Lương - Mỹ Thuận", "Lượt xem: 715"],
["04.10.2019 | 09:15", "tháng 9/2019", "3 năm", "5 năm", "tháng 10", "Lượt xem: 715"]))
