from lib import *
PAGES = []

PAGES.append(page("b1439-dienbien-bdv-taphuan-2012", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ | Chính trị | Dân vận
Thứ Sáu, 25/05/2012 - 16:10
Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ cơ sở vùng cao
ĐBP - Từ ngày 22 đến 24/5/2012, tại thị trấn Mường Chà, Ban Dân vận Tỉnh ủy Điện Biên phối hợp với Trung tâm Bồi dưỡng chính trị huyện Mường Chà mở lớp tập huấn nghiệp vụ công tác dân vận năm 2012 cho 126 học viên là cán bộ dân vận, Mặt trận, đoàn thể và trưởng bản của các xã Sá Tổng, Huổi Lèng, Ma Thì Hồ.
Dự khai mạc có đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lầu A Phềnh, Bí thư Huyện ủy Mường Chà. Tham gia giảng dạy có các đồng chí: Nguyễn Thị Phương, Phó Trưởng Ban Dân vận Tỉnh ủy; Quàng Văn Thiêm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy; Trung tá Giàng A Sử, Phó Trưởng phòng An ninh nội địa Công an tỉnh.
Trong 3 ngày, học viên được quán triệt Nghị quyết số 24-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác dân tộc; Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành; Đề án 01-ĐA/TU của Tỉnh ủy về ổn định tình hình vùng Mường Nhé; đồng thời được hướng dẫn kỹ năng nắm tình hình, tuyên truyền bằng tiếng Mông, phát hiện sớm các hoạt động truyền đạo trái pháp luật, di cư tự do.
Theo số liệu của Ban Dân vận Tỉnh ủy, từ đầu năm 2012 đến nay, toàn tỉnh đã vận động 214 hộ với 1.196 khẩu di cư tự do trở về quê ổn định cuộc sống; hỗ trợ 3,8 tỷ đồng để làm nhà, khai hoang 52 ha ruộng nước cho các hộ này. Riêng huyện Mường Chà có 38 hộ đồng bào Mông từ bỏ tà đạo "Vàng Chứ".
Chia sẻ tại lớp học, ông Vừ A Dình, Bí thư Chi bộ kiêm Trưởng bản Huổi Lống, xã Sá Tổng, kể việc chi bộ phân công mỗi đảng viên phụ trách 5 hộ để kịp thời nắm tư tưởng, tâm tư của bà con. Ông Lý Seo Chứ, Chủ tịch Ủy ban MTTQ xã Ma Thì Hồ, đề nghị tăng phụ cấp cho cán bộ Mặt trận ở bản vùng sâu, vùng xa.
Lớp tập huấn được đánh giá thiết thực, nội dung gắn với thực tiễn địa bàn biên giới. Nhiều học viên mong muốn được tập huấn thêm về kỹ năng vận động đồng bào tham gia phát triển sản xuất, bảo vệ rừng, phòng chống ma túy, mua bán người.
Bế giảng lớp học, đồng chí Nguyễn Thị Phương đề nghị học viên về cơ sở tổ chức phổ biến lại cho cán bộ thôn, bản, thực hiện tốt phương châm "Nghe dân nói, nói dân hiểu, làm dân tin". Ban Dân vận Tỉnh ủy sẽ tổ chức thêm 2 lớp tại Mường Nhé và Điện Biên Đông trong tháng 6/2012.
Quang Hưng
Tin liên quan
- Mường Ảng: vận động nhân dân hiến đất làm đường (18/05/2012)
- Tủa Chùa: sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (10/05/2012)
- Điện Biên: gặp mặt người có uy tín năm 2012 (27/04/2012)
- Nậm Pồ: 25 hộ di cư tự do trở về quê (12/04/2012)
""", "2012-05-25", "Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ cơ sở vùng cao",
E("tap_huan", "2012", "2012-05-22"),
[P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lầu A Phềnh", "Bí thư Huyện ủy Mường Chà"),
 P("Nguyễn Thị Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Thiêm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Giàng A Sử", "Trung tá", "Phó Trưởng phòng An ninh nội địa Công an tỉnh"),
 P("Vừ A Dình", "Bí thư Chi bộ kiêm Trưởng bản Huổi Lống"),
 P("Lý Seo Chứ", "Chủ tịch Ủy ban MTTQ xã Ma Thì Hồ")],
[Q("126 học viên", 126, "học viên"), Q("214 hộ", 214, "hộ"), Q("1.196 khẩu", 1196, "khẩu"), Q("3,8 tỷ đồng", 3800000000, "đồng"),
 Q("52 ha", 52, "ha"), Q("38 hộ đồng bào Mông", 38, "hộ đồng bào Mông"), Q("5 hộ", 5, "hộ"), Q("2 lớp", 2, "lớp")],
[D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 24-NQ/TW ngày 12/3/2003 của BCH Trung ương"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Đề án", "01", "ĐA/TU", None, "Tỉnh ủy", "Đề án 01-ĐA/TU của Tỉnh ủy")],
[prov("Điện Biên"), com("Mường Chà"), com("Sá Tổng"), com("Huổi Lèng"), com("Ma Thì Hồ")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ | Chính trị | Dân vận", "ĐBP", "Trung tâm Bồi dưỡng chính trị huyện Mường Chà",
 "Vàng Chứ", "Nghe dân nói, nói dân hiểu, làm dân tin"],
["Thứ Sáu, 25/05/2012 - 16:10", "năm 2012", "3 ngày", "tháng 6/2012"]))

PAGES.append(page("b1440-quangnam-khoidanvan-giaoban-q1-2014", """
Báo Quảng Nam Online
Trang chủ / Chính trị / Dân vận
08/04/2014 - 10:20
Vị trí: Tin tức » Dân vận
Tập trung vận động đồng bào Cơ Tu bảo vệ rừng đầu nguồn
(QNO) - Chiều 7/4, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban khối dân vận quý I năm 2014 với lãnh đạo Ủy ban MTTQ, các đoàn thể tỉnh và ban dân vận 18 huyện ủy, thành ủy. Đồng chí Phan Thị Lệ Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý I/2014, Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị 12-CT/TU về vận động đồng bào các dân tộc miền núi tham gia quản lý, bảo vệ rừng; phối hợp triển khai Nghị định số 05/2011/NĐ-CP của Chính phủ về công tác dân tộc ở các huyện Tây Giang, Đông Giang, Nam Giang. Các địa phương đã vận động 1.320 hộ đồng bào nhận khoán bảo vệ 46.500 ha rừng, mỗi năm được chi trả 400.000 đồng/ha.
Trong dịp Tết Nguyên đán Giáp Ngọ, khối dân vận các cấp đã vận động trao 8.650 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 4,3 tỷ đồng; tổ chức thăm, chúc Tết 112 già làng, người có uy tín. Ủy ban MTTQ tỉnh tiếp nhận 29 đơn thư, đã chuyển cơ quan chức năng giải quyết 26 đơn.
Tại giao ban, đồng chí Bh'riu Liếc, Phó Bí thư Huyện ủy Tây Giang, cho biết qua vận động, 36 hộ đồng bào Cơ Tu ở xã A Xan đã tự nguyện trả lại 17 ha đất rừng lấn chiếm; đồng chí Alăng Thị Thương, Trưởng Ban Dân vận Huyện ủy Đông Giang, kiến nghị sớm có chính sách hỗ trợ gạo cho hộ nghèo trồng rừng. Đồng chí Trần Văn Cường, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các địa phương chuẩn bị tốt Đại hội MTTQ cấp xã nhiệm kỳ 2014 - 2019.
Kết luận giao ban, đồng chí Phan Thị Lệ Hoa yêu cầu quý II tập trung thực hiện Kế hoạch số 28-KH/BDVTU ngày 15/1/2014 của Ban Dân vận Tỉnh ủy về công tác dân vận năm 2014; phối hợp với các ngành chức năng nắm chắc tình hình ở khu vực thủy điện Sông Tranh 2, vận động nhân dân yên tâm sản xuất; đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới ở 45 xã điểm.
Các đại biểu cũng thảo luận về những khó khăn trong vận động nhân dân giải phóng mặt bằng dự án đường cao tốc Đà Nẵng - Quảng Ngãi đi qua địa bàn tỉnh, nhất là ở các xã Tam Xuân 1, Tam Nghĩa; đề nghị UBND tỉnh chỉ đạo các chủ đầu tư công khai phương án bồi thường, tổ chức đối thoại với người dân trước khi cưỡng chế.
Văn Thành
Lượt xem: 1.006
Tin khác
- Núi Thành: đối thoại với người dân vùng dự án Chu Lai (02/04/2014)
- Tiên Phước: 20 mô hình "Dân vận khéo" được công nhận (25/03/2014)
- Giao ban khối dân vận quý IV năm 2013 (06/01/2014)
""", "2014-04-08", "Tập trung vận động đồng bào Cơ Tu bảo vệ rừng đầu nguồn",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Phan Thị Lệ Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bh'riu Liếc", "Phó Bí thư Huyện ủy Tây Giang"),
 P("Alăng Thị Thương", "Trưởng Ban Dân vận Huyện ủy Đông Giang"),
 P("Trần Văn Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("18 huyện ủy, thành ủy", 18, "huyện ủy, thành ủy"), Q("1.320 hộ đồng bào", 1320, "hộ đồng bào"), Q("46.500 ha", 46500, "ha"),
 Q("400.000 đồng", 400000, "đồng"), Q("8.650 suất quà", 8650, "suất quà"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("112 già làng, người có uy tín", 112, "già làng, người có uy tín"), Q("29 đơn thư", 29, "đơn thư"), Q("26 đơn", 26, "đơn"),
 Q("36 hộ đồng bào Cơ Tu", 36, "hộ đồng bào Cơ Tu"), Q("17 ha", 17, "ha"), Q("45 xã điểm", 45, "xã điểm")],
[D("Chỉ thị", "12", "CT/TU", None, None, "Chỉ thị 12-CT/TU"),
 D("Nghị định", "05", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2011/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "28", "KH/BDVTU", "2014-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 28-KH/BDVTU ngày 15/1/2014 của Ban Dân vận Tỉnh ủy")],
[prov("Quảng Nam"), com("A Xan"), com("Tam Xuân 1"), com("Tam Nghĩa")],
["Báo Quảng Nam Online", "Trang chủ / Chính trị / Dân vận", "Vị trí: Tin tức » Dân vận", "(QNO)", "Dân vận khéo", "Lượt xem: 1.006"],
["08/04/2014 - 10:20", "quý I năm 2014", "Quý I/2014", "3 năm", "Tết Nguyên đán Giáp Ngọ", "nhiệm kỳ 2014 - 2019",
 "năm 2014", "Sông Tranh 2", "Lượt xem: 1.006"]))

PAGES.append(page("b1441-kiengiang-huyen-doithoai-2016", """
Cổng thông tin điện tử tỉnh Kiên Giang
Trang chủ > Tin địa phương > Huyện Gò Quao
27/9/2016 | 08:00
Bí thư Huyện ủy Gò Quao đối thoại với nông dân về sản xuất lúa - tôm
Ảnh: Đồng chí Danh Út Hưng trả lời ý kiến của nông dân.
Sáng 24/9, tại Nhà văn hóa xã Vĩnh Hòa Hưng Nam, Ban Thường vụ Huyện ủy Gò Quao tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với nông dân năm 2016, theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 39-KH/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp với nhân dân.
Chủ trì đối thoại có đồng chí Danh Út Hưng, Tỉnh ủy viên, Bí thư Huyện ủy Gò Quao. Cùng dự có các đồng chí: Nguyễn Văn Tư, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Thị Sa Rum, Trưởng Ban Dân vận Huyện ủy; Lâm Văn Mén, Chủ tịch Hội Nông dân huyện và gần 300 hội viên nông dân của các xã Vĩnh Hòa Hưng Nam, Vĩnh Tuy, Vĩnh Phước B.
Mở đầu buổi đối thoại, đồng chí Nguyễn Văn Tư thông tin năm 2016 toàn huyện bị ảnh hưởng nặng bởi hạn hán và xâm nhập mặn, 6.850 ha lúa bị thiệt hại, ước thiệt hại trên 120 tỷ đồng. Huyện đã hỗ trợ nông dân 1.870 tấn lúa giống, 15,4 tỷ đồng theo Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ về cơ chế, chính sách hỗ trợ giống cây trồng khôi phục sản xuất vùng bị thiệt hại do thiên tai.
Tại buổi đối thoại, 23 ý kiến của nông dân được nêu lên. Ông Danh Sà Rinh, ấp Xẻo Cui, xã Vĩnh Tuy, kiến nghị nạo vét kênh Xẻo Rô dài 4,2 km để lấy nước ngọt. Bà Thạch Thị Thu, Tổ trưởng Tổ hợp tác lúa - tôm ấp Hòa Thạnh, đề nghị hỗ trợ vốn vay không lãi để cải tạo ao nuôi; ông Trần Văn Bé Tư, nông dân xã Vĩnh Phước B, phản ánh giá vật tư tăng cao trong khi giá lúa giảm.
Trả lời các kiến nghị, đồng chí Danh Út Hưng cho biết huyện sẽ bố trí 2,5 tỷ đồng nạo vét 3 tuyến kênh cấp nước trước mùa khô; giao Hội Nông dân huyện phối hợp với Ngân hàng Chính sách xã hội giải ngân 5 tỷ đồng cho 250 hộ vay theo Nghị định số 55/2015/NĐ-CP. Đồng chí yêu cầu các cơ quan chuyên môn trả lời bằng văn bản những ý kiến chưa giải quyết được ngay trong thời hạn 30 ngày.
Phát biểu bế mạc, Bí thư Huyện ủy Danh Út Hưng ghi nhận tinh thần thẳng thắn, xây dựng của bà con nông dân; mong muốn nông dân mạnh dạn chuyển đổi sang mô hình lúa - tôm, liên kết với doanh nghiệp để bao tiêu sản phẩm, nâng cao thu nhập.
Sau hội nghị đối thoại, nhiều nông dân cho biết đã hiểu rõ hơn chủ trương của huyện, yên tâm đầu tư cho vụ mùa tới.
Kim Phượng - Gò Quao
Tin liên quan
- Giồng Riềng: Hội nghị đối thoại với đoàn viên thanh niên năm 2016 (20/09/2016)
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2016 (15/09/2016)
- An Biên: trao 120 căn nhà Đại đoàn kết cho hộ nghèo (08/09/2016)
- Lễ Sene Đôlta của đồng bào Khmer được tổ chức trang trọng (31/08/2016)
""", "2016-09-27", "Bí thư Huyện ủy Gò Quao đối thoại với nông dân về sản xuất lúa - tôm",
E("doi_thoai", "2016", "2016-09-24"),
[P("Danh Út Hưng", "Tỉnh ủy viên", "Bí thư Huyện ủy Gò Quao", "Bí thư Huyện ủy"),
 P("Nguyễn Văn Tư", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thị Sa Rum", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Văn Mén", "Chủ tịch Hội Nông dân huyện"),
 P("Danh Sà Rinh"),
 P("Thạch Thị Thu", "Tổ trưởng Tổ hợp tác lúa - tôm ấp Hòa Thạnh"),
 P("Trần Văn Bé Tư")],
[Q("gần 300 hội viên nông dân", 300, "hội viên nông dân", "approx"), Q("6.850 ha", 6850, "ha"),
 Q("trên 120 tỷ đồng", 120000000000, "đồng", "over"), Q("1.870 tấn", 1870, "tấn"), Q("15,4 tỷ đồng", 15400000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"), Q("4,2 km", 4.2, "km"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("3 tuyến kênh cấp nước", 3, "tuyến kênh cấp nước"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("250 hộ", 250, "hộ")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị"),
 D("Kế hoạch", "39", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 39-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị định", "55", "2015/NĐ-CP", None, None, "Nghị định số 55/2015/NĐ-CP")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Vĩnh Tuy"), com("Vĩnh Phước B")],
["Cổng thông tin điện tử tỉnh Kiên Giang", "Trang chủ > Tin địa phương > Huyện Gò Quao",
 "Ảnh: Đồng chí Danh Út Hưng trả lời ý kiến của nông dân.", "Nhà văn hóa xã Vĩnh Hòa Hưng Nam", "Ngân hàng Chính sách xã hội"],
["27/9/2016 | 08:00", "năm 2016", "30 ngày"]))

PAGES.append(page("b1442-haiphong-btgdv-tongket-2025", """
BÁO HẢI PHÒNG
Hôm nay: Chủ Nhật, 11/01/2026
Thời sự > Chính trị > Xây dựng Đảng
Thứ Sáu, 09/01/2026 - 07:45
Toàn cảnh hội nghị tổng kết.
Ban Tuyên giáo và Dân vận Thành ủy triển khai nhiệm vụ năm 2026
Chiều 8/1, Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Ban hoạt động sau khi hợp nhất thành phố Hải Phòng và tỉnh Hải Dương.
Dự hội nghị có đồng chí Lê Tiến Dũng, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố. Chủ trì hội nghị có đồng chí Trần Thị Hoàng Mai, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Phạm Văn Lập, Nguyễn Thị Thu Hương, Vũ Đức Cảnh, Đoàn Mạnh Hùng.
Năm 2025, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 04, 05-KL/TU về công tác dân vận trong sắp xếp tổ chức bộ máy và về vận động nhân dân tham gia xây dựng chính quyền địa phương hai cấp; Kế hoạch số 12-KH/TU thực hiện Kết luận số 150-KL/TW của Bộ Chính trị. Khối dân vận các cấp đã tổ chức 1.215 cuộc tuyên truyền về sắp xếp đơn vị hành chính với hơn 186.000 lượt người tham gia; tỷ lệ cử tri đồng thuận với phương án sắp xếp đạt 97,8%.
Phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" hoàn thành trước thời hạn: toàn thành phố đã xóa 1.846 căn nhà tạm, nhà dột nát với tổng kinh phí 98,6 tỷ đồng, trong đó vận động xã hội hóa 41,2 tỷ đồng. Toàn thành phố có 2.340 mô hình "Dân vận khéo", 168 điển hình được biểu dương.
Tham luận tại hội nghị, đồng chí Bùi Văn Thịnh, Bí thư Đảng ủy phường Thành Đông chia sẻ cách vận động người dân bàn giao 12 trụ sở dôi dư sau sắp xếp để làm nhà văn hóa, sân chơi cho trẻ em; đồng chí Nguyễn Thị Mận, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Nam An Phụ nêu kinh nghiệm đối thoại với 86 hộ dân vùng dự án khu công nghiệp.
Hội nghị cũng chỉ ra những hạn chế: việc nắm bắt dư luận xã hội ở một số xã, phường mới có lúc chưa kịp thời; đội ngũ cán bộ làm công tác dân vận cấp xã còn thiếu kinh nghiệm do mới được bố trí sau sắp xếp.
Phát biểu chỉ đạo, Chủ tịch HĐND thành phố Lê Tiến Dũng đề nghị Ban tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ I, nhiệm kỳ 2025 - 2030, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Dịp này, 24 tập thể và 35 cá nhân được nhận Giấy khen của Ban Tuyên giáo và Dân vận Thành ủy.
Thanh Hà
Lượt xem: 2.117
Tin liên quan
- Phường Hải Dương đối thoại với nhân dân về chỉnh trang đô thị (05/01/2026)
- Hội nghị người có uy tín năm 2025 (26/12/2025)
- Giao ban công tác dân vận quý IV năm 2025 (19/12/2025)
""", "2026-01-09", "Ban Tuyên giáo và Dân vận Thành ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Lê Tiến Dũng", "Phó Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Trần Thị Hoàng Mai", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Phạm Văn Lập", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Nguyễn Thị Thu Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Vũ Đức Cảnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Đoàn Mạnh Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Bùi Văn Thịnh", "Bí thư Đảng ủy phường Thành Đông"),
 P("Nguyễn Thị Mận", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Nam An Phụ")],
[Q("1.215 cuộc tuyên truyền", 1215, "cuộc tuyên truyền"), Q("hơn 186.000 lượt người", 186000, "lượt người", "over"),
 Q("97,8%", 97.8, "%"), Q("1.846 căn nhà tạm, nhà dột nát", 1846, "căn nhà tạm, nhà dột nát"), Q("98,6 tỷ đồng", 98600000000, "đồng"),
 Q("41,2 tỷ đồng", 41200000000, "đồng"), Q("2.340 mô hình", 2340, "mô hình"), Q("168 điển hình", 168, "điển hình"),
 Q("12 trụ sở dôi dư", 12, "trụ sở dôi dư"), Q("86 hộ dân", 86, "hộ dân"), Q("24 tập thể", 24, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 04, 05-KL/TU"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 12-KH/TU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW của Bộ Chính trị")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thành Đông"), com("Nam An Phụ")],
["BÁO HẢI PHÒNG", "Hôm nay: Chủ Nhật, 11/01/2026", "Thời sự > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo", "Lượt xem: 2.117"],
["Hôm nay: Chủ Nhật, 11/01/2026", "Thứ Sáu, 09/01/2026 - 07:45", "năm 2025", "năm 2026", "Năm 2025", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "khóa XVI", "Lượt xem: 2.117"]))

PAGES.append(page("b1443-gialai-btgdv-baocao-quy1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Công tác dân vận
14/04/2026 08:30
Quý I/2026: Khối dân vận vận động 2.874 hộ hiến đất, góp công làm đường
Ngày 10/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai có Báo cáo số 86-BC/BTGDVTU về kết quả công tác dân vận quý I năm 2026, phương hướng nhiệm vụ quý II. Báo cáo gửi Thường trực Tỉnh ủy và Ban Dân vận Trung ương, do đồng chí Rah Lan Hiêng, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy ký thay Trưởng ban.
Theo báo cáo, trong quý, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 20/1/2026 về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, trong đó giao khối dân vận vận động cử tri vùng đồng bào Jrai, Ba Na đi bầu cử đầy đủ; hướng dẫn 135 xã, phường xây dựng kế hoạch thực hiện Chương trình hành động số 07-CTr/TU của Tỉnh ủy về thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị.
Khối dân vận các cấp đã vận động 2.874 hộ hiến 186.500 m2 đất, đóng góp 21.300 ngày công làm 94 km đường giao thông nông thôn; tổ chức thăm, tặng 5.620 phần quà Tết cho người có uy tín, hộ nghèo, gia đình chính sách với tổng trị giá 4,7 tỷ đồng. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tiếp nhận 64 đơn thư, đã phối hợp giải quyết 52 đơn; 3 vụ việc tranh chấp đất rẫy ở xã Ia Pa, xã Chư Răng được hòa giải thành.
Cuộc bầu cử ngày 15/3/2026 diễn ra an toàn, tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,62%. Các xã An Lão, Vĩnh Thạnh có 100% cử tri tham gia bỏ phiếu.
Báo cáo nêu gương một số cá nhân: ông Đinh Văn Hlon, Bí thư Chi bộ kiêm Trưởng làng Đăk Pơ Kơ, xã Kông Chro vận động 42 hộ hiến đất làm đường nội làng; bà Siu H'Nhung, Chủ tịch Hội Nông dân xã Ia Grai, và ông Trần Văn Khải, Bí thư Đảng ủy phường Quy Nhơn Nam, được đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen.
Hạn chế được chỉ ra: sau sắp xếp, một số xã có địa bàn rộng, cán bộ dân vận kiêm nhiệm nhiều việc nên việc nắm tình hình ở thôn, làng còn chậm; vẫn còn hiện tượng người dân bị lôi kéo tham gia tổ chức "Tin lành Đề Ga" ở một số làng giáp biên.
Quý II/2026, Ban đề ra 6 nhóm nhiệm vụ, tập trung tổng kết 20 năm thực hiện Nghị quyết Trung ương 7 (khóa IX) về đại đoàn kết toàn dân tộc; chuẩn bị Hội nghị biểu dương người có uy tín và vận động nhân dân chủ động phòng chống khô hạn.
Văn phòng Ban
Lượt xem: 561
Tin khác
- Giao ban công tác dân vận tháng 3/2026 (31/03/2026)
- Xã Ia Hrung tổ chức đối thoại với nhân dân (24/03/2026)
- Phường Pleiku ra mắt mô hình "Khu dân cư văn minh" (12/03/2026)
""", "2026-04-14", "Quý I/2026: Khối dân vận vận động 2.874 hộ hiến đất, góp công làm đường",
E("bao_cao", "2026-Q1", "2026-04-10"),
[P("Rah Lan Hiêng", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hlon", "Bí thư Chi bộ kiêm Trưởng làng Đăk Pơ Kơ"),
 P("Siu H'Nhung", "Chủ tịch Hội Nông dân xã Ia Grai"),
 P("Trần Văn Khải", "Bí thư Đảng ủy phường Quy Nhơn Nam")],
[Q("135 xã, phường", 135, "xã, phường"), Q("2.874 hộ", 2874, "hộ"),
 Q("186.500 m2", 186500, "m2"), Q("21.300 ngày công", 21300, "ngày công"), Q("94 km", 94, "km"),
 Q("5.620 phần quà Tết", 5620, "phần quà Tết"), Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("64 đơn thư", 64, "đơn thư"),
 Q("52 đơn", 52, "đơn"), Q("3 vụ việc tranh chấp đất rẫy", 3, "vụ việc tranh chấp đất rẫy"), Q("99,62%", 99.62, "%"),
 Q("100%", 100, "%"), Q("42 hộ", 42, "hộ"), Q("6 nhóm nhiệm vụ", 6, "nhóm nhiệm vụ")],
[D("Báo cáo", "86", "BC/BTGDVTU", "2026-04-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", "Báo cáo số 86-BC/BTGDVTU"),
 D("Chỉ thị", "03", "CT/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/1/2026"),
 D("Chương trình hành động", "07", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 07-CTr/TU của Tỉnh ủy"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW của Bộ Chính trị")],
[prov("Gia Lai"), com("Ia Pa"), com("Chư Răng"), com("An Lão"), com("Vĩnh Thạnh"), com("Kông Chro"), com("Ia Grai"), com("Quy Nhơn Nam")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Công tác dân vận", "Tin lành Đề Ga",
 "Nghị quyết Trung ương 7 (khóa IX)", "Văn phòng Ban", "Lượt xem: 561"],
["14/04/2026 08:30", "Quý I/2026", "quý I năm 2026", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "15/3/2026", "Quý II/2026",
 "20 năm", "Nghị quyết Trung ương 7", "khóa IX", "Lượt xem: 561"]))

PAGES.append(page("b1444-angiang-btgdv-soket-2026", """
Báo và Phát thanh, Truyền hình An Giang
Thời sự | Chính trị | Dân vận
Thứ Sáu, 10/07/2026 - 17:35
Khối dân vận An Giang sơ kết 6 tháng đầu năm 2026
Các đại biểu dự hội nghị sơ kết tại điểm cầu phường Rạch Giá.
Ngày 9/7, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026, kết nối với 102 điểm cầu xã, phường, đặc khu. Đồng chí Nguyễn Thị Minh Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có các đồng chí: Chau Sóc Khon, Danh Minh Phụng - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
6 tháng đầu năm 2026, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 15-QĐ/TU về trách nhiệm của người đứng đầu trong tiếp xúc, đối thoại với nhân dân, Kế hoạch số 42-KH/TU thực hiện Chỉ thị 53-CT/TW của Ban Bí thư; phối hợp với Đảng ủy UBND tỉnh sơ kết Quy chế phối hợp số 01-QC/BTGDVTU-ĐUUBND về công tác dân vận chính quyền.
Các địa phương đã tổ chức 318 hội nghị đối thoại, tiếp nhận 1.046 ý kiến, kiến nghị của nhân dân; giải quyết xong 912 ý kiến. Nhân dân đóng góp 286 tỷ đồng, hiến 145.000 m2 đất xây dựng 213 cây cầu bê tông và 380 km đường giao thông nông thôn. Tỉnh đã vận động xây dựng 604 căn nhà Đại đoàn kết cho hộ nghèo, trong đó có 257 căn nhà cho hộ đồng bào Khmer.
Tại hội nghị, đồng chí Thạch Thị Sa Phương, Bí thư Đảng ủy xã Ô Lâm chia sẻ kinh nghiệm phát huy vai trò của 14 chùa Phật giáo Nam tông Khmer trong vận động phật tử giữ gìn an ninh trật tự; đồng chí Lê Văn Hiếu, Bí thư Đảng ủy, Chủ tịch HĐND đặc khu Phú Quốc nêu cách làm trong vận động 126 hộ dân bàn giao mặt bằng các công trình phục vụ Hội nghị APEC 2027. Hòa thượng Chau Sóc Tha, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quan tâm hỗ trợ sửa chữa các chùa bị xuống cấp.
Hội nghị thẳng thắn chỉ ra hạn chế: việc giải quyết một số kiến nghị về đất đai, bồi thường còn kéo dài; ở một vài xã, phường mới thành lập, công tác dân vận chính quyền chưa được quan tâm đúng mức, cán bộ tiếp dân còn lúng túng.
Kết luận hội nghị, Trưởng Ban Nguyễn Thị Minh Thúy đề nghị 6 tháng cuối năm tập trung triển khai Kết luận số 142-KL/TW của Bộ Chính trị, nắm chắc tình hình đồng bào dân tộc, tôn giáo; chuẩn bị tốt hội nghị biểu dương người có uy tín và tổng kết phong trào "Dân vận khéo" năm 2026.
Dịp này, Ban tặng Giấy khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc.
Thanh Tiến
Lượt xem: 1.318
Tin liên quan
- Phường Long Xuyên đối thoại với tiểu thương chợ (03/07/2026)
- Đặc khu Kiên Hải ra mắt tổ tự quản ngư dân (25/06/2026)
- Hội nghị người có uy tín vùng biên giới năm 2026 (12/06/2026)
""", "2026-07-10", "Khối dân vận An Giang sơ kết 6 tháng đầu năm 2026",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Nguyễn Thị Minh Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng Ban"),
 P("Chau Sóc Khon", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Minh Phụng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Phương", "Bí thư Đảng ủy xã Ô Lâm"),
 P("Lê Văn Hiếu", "Bí thư Đảng ủy", "Chủ tịch HĐND đặc khu Phú Quốc"),
 P("Chau Sóc Tha", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("102 điểm cầu xã, phường, đặc khu", 102, "điểm cầu xã, phường, đặc khu"), Q("318 hội nghị đối thoại", 318, "hội nghị đối thoại"),
 Q("1.046 ý kiến, kiến nghị", 1046, "ý kiến, kiến nghị"), Q("912 ý kiến", 912, "ý kiến"), Q("286 tỷ đồng", 286000000000, "đồng"),
 Q("145.000 m2", 145000, "m2"), Q("213 cây cầu bê tông", 213, "cây cầu bê tông"), Q("380 km", 380, "km"),
 Q("604 căn nhà Đại đoàn kết", 604, "căn nhà Đại đoàn kết"), Q("257 căn nhà", 257, "căn nhà"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("126 hộ dân", 126, "hộ dân"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Quy định", "15", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 15-QĐ/TU"),
 D("Kế hoạch", "42", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 42-KH/TU"),
 D("Chỉ thị", "53", "CT/TW", None, "Ban Bí thư", "Chỉ thị 53-CT/TW của Ban Bí thư"),
 D("Quy chế phối hợp", "01", "QC/BTGDVTU-ĐUUBND", None, None, "Quy chế phối hợp số 01-QC/BTGDVTU-ĐUUBND"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận số 142-KL/TW của Bộ Chính trị")],
[prov("An Giang"), com("Rạch Giá"), com("Ô Lâm"), com("Phú Quốc")],
["Báo và Phát thanh, Truyền hình An Giang", "Thời sự | Chính trị | Dân vận", "Các đại biểu dự hội nghị sơ kết tại điểm cầu phường Rạch Giá.",
 "Hội nghị APEC 2027", "Dân vận khéo", "Lượt xem: 1.318"],
["Thứ Sáu, 10/07/2026 - 17:35", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "năm 2026",
 "APEC 2027", "Lượt xem: 1.318"]))
