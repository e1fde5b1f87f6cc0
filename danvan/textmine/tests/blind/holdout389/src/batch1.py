from lib import *
PAGES = []

PAGES.append(page("b9293-thainguyen-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
Trang chủ > Hoạt động Hội > Tin tức - Sự kiện
Thứ Năm, 29/12/2011 - 16:20
Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011
Ngày 27/12, Hội Nông dân tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Lương Đình Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ma Thị Hòa, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam.
Đồng chí Lương Đình Khiêm phát biểu chỉ đạo hội nghị.
Báo cáo do đồng chí Đào Xuân Toàn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh trình bày cho biết: năm 2011, các cấp Hội đã bám sát Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn và Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam". Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch số 35-KH/HND triển khai Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn.
Trong năm, toàn tỉnh kết nạp được 4.215 hội viên mới, nâng tổng số lên 156.800 hội viên, chiếm 78,5% số hộ nông dân. Phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" có 68.430 hộ đăng ký, cuối năm có 31.260 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 12,6 tỷ đồng, tăng 2,1 tỷ đồng so với năm 2010, giúp 1.350 hộ vay vốn phát triển chăn nuôi, trồng chè. Hội còn nhận ủy thác của Ngân hàng Chính sách xã hội với dư nợ trên 860 tỷ đồng.
Tại hội nghị, bà Triệu Thị Mùi, Phó Chủ tịch Hội Nông dân huyện Võ Nhai, chia sẻ cách vận động bà con người Dao ở vùng cao đưa giống chè mới vào sản xuất. Ông Hoàng Văn Kìm, Chi hội trưởng Chi hội Nông dân xóm Khuôn Lân, xã Tức Tranh, cho biết xóm đã có 23 hộ làm chè an toàn theo tiêu chuẩn VietGAP, thu nhập bình quân 45 triệu đồng/hộ/năm.
Phát biểu chỉ đạo, đồng chí Lương Đình Khiêm đề nghị các cấp Hội đổi mới nội dung sinh hoạt chi hội, tham gia tích cực chương trình xây dựng nông thôn mới, làm tốt vai trò nòng cốt trong vận động nông dân hiến đất làm đường giao thông nông thôn.
Dịp này, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 3 tập thể; Hội Nông dân tỉnh tặng giấy khen cho 25 tập thể và 48 cá nhân có thành tích xuất sắc năm 2011.
Ngọc Thu
Lượt xem: 1.204
Tin liên quan
- Phú Lương: hội nghị điểm về nông dân sản xuất chè an toàn (15/12/2011)
- Trao 200 triệu đồng vốn Quỹ Hỗ trợ nông dân cho hội viên Đại Từ (02/12/2011)
- Hội Nông dân tỉnh tập huấn nghiệp vụ cho cán bộ chi hội (18/11/2011)
- Định Hóa: 300 hộ nông dân được vay vốn ủy thác (04/11/2011)
""", "2011-12-29", "Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lương Đình Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Hòa", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
 P("Đào Xuân Toàn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Triệu Thị Mùi", "Phó Chủ tịch Hội Nông dân huyện Võ Nhai"),
 P("Hoàng Văn Kìm", "Chi hội trưởng Chi hội Nông dân xóm Khuôn Lân")],
[Q("4.215 hội viên mới", 4215, "hội viên mới"), Q("156.800 hội viên", 156800, "hội viên"), Q("78,5%", 78.5, "%"),
 Q("68.430 hộ", 68430, "hộ"), Q("31.260 hộ", 31260, "hộ"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("1.350 hộ", 1350, "hộ"), Q("trên 860 tỷ đồng", 860000000000, "đồng", "over"),
 Q("23 hộ", 23, "hộ"), Q("45 triệu đồng", 45000000, "đồng"), Q("3 tập thể", 3, "tập thể"), Q("25 tập thể", 25, "tập thể"),
 Q("48 cá nhân", 48, "cá nhân")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Kế hoạch", "35", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 35-KH/HND"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011")],
[prov("Thái Nguyên"), com("Tức Tranh")],
["HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "Trang chủ > Hoạt động Hội > Tin tức - Sự kiện",
 "Đồng chí Lương Đình Khiêm phát biểu chỉ đạo hội nghị.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "VietGAP", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204"]))

PAGES.append(page("b9294-soctrang-lhpn-soket-2012", """
Cổng thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng
Trang chủ / Tin hoạt động / Hội LHPN tỉnh
Cập nhật lúc 15:40 ngày 20/07/2012
Phụ nữ Sóc Trăng giúp nhau thoát nghèo: 6 tháng có 412 hộ vươn lên
Ngày 18/7/2012, Hội LHPN tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Bà Trần Thị Ngọc Hà, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; dự có ông Trương Quốc Minh, Phó Chủ tịch UBND tỉnh.
Theo báo cáo, các cấp Hội đã tổ chức quán triệt Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động phụ nữ đồng bào Khmer. Thực hiện kế hoạch số 27/KH-HLHPN về triển khai Quyết định 343/QĐ-TTg của Thủ tướng Chính phủ, các cơ sở Hội đã mở 96 buổi nói chuyện chuyên đề về phẩm chất, đạo đức phụ nữ.
6 tháng qua, toàn tỉnh kết nạp 1.860 hội viên mới; hội viên tiết kiệm được 3,4 tỷ đồng để giúp nhau vay không lãi. Nhờ vốn vay và sự hướng dẫn cách làm ăn của chi hội, đã có 412 hộ do phụ nữ làm chủ thoát nghèo. Hội vận động xây dựng 18 căn nhà "Mái ấm tình thương" trị giá 720 triệu đồng, tư vấn cho 236 phụ nữ nghèo về học nghề, tìm việc làm; các tổ hòa giải có hội viên tham gia đã hòa giải thành 31 vụ mâu thuẫn gia đình.
Phó Chủ tịch Hội LHPN tỉnh Thạch Thị Sô Phia cho biết cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được đông đảo chị em hưởng ứng, nhất là ở vùng đồng bào Khmer; 78% hộ gia đình hội viên đăng ký thực hiện.
Tại hội nghị, bà Lý Thị Kim Sươl, Chủ tịch Hội LHPN huyện Trần Đề, kiến nghị tăng nguồn vốn cho phụ nữ nuôi tôm quảng canh. Chị Sơn Thị Ca Na, Chi hội trưởng phụ nữ ấp Tà Liêm, xã Viên Bình, kể chuyện vận động chị em trong phum sóc cho con đến trường đều, không để các em bỏ học giữa chừng. Theo chị, cả ấp hiện có 42 hội viên người Khmer tham gia tổ tiết kiệm, mỗi tháng góp vòng để giúp nhau mua heo giống.
Phát biểu tại hội nghị, ông Trương Quốc Minh ghi nhận những đóng góp của các cấp Hội, đề nghị 6 tháng cuối năm tập trung hỗ trợ phụ nữ nghèo, phụ nữ dân tộc Khmer tiếp cận vốn vay, học nghề, và phối hợp ngành chức năng phòng, chống mua bán phụ nữ qua biên giới.
Thu Trang
Số lượt xem: 652
Các tin đã đưa
- Hội LHPN huyện Mỹ Xuyên ra mắt câu lạc bộ "Gia đình hạnh phúc" (10/07/2012)
- Trao 50 suất học bổng cho con hội viên nghèo (02/07/2012)
- Phụ nữ Vĩnh Châu thi tìm hiểu pháp luật về hôn nhân và gia đình (21/06/2012)
- Tập huấn kỹ năng tuyên truyền cho cán bộ Hội cơ sở (08/06/2012)
""", "2012-07-20", "Phụ nữ Sóc Trăng giúp nhau thoát nghèo: 6 tháng có 412 hộ vươn lên",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Trần Thị Ngọc Hà", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Trương Quốc Minh", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Kim Sươl", "Chủ tịch Hội LHPN huyện Trần Đề"),
 P("Sơn Thị Ca Na", "Chi hội trưởng phụ nữ ấp Tà Liêm")],
[Q("412 hộ", 412, "hộ"), Q("96 buổi nói chuyện chuyên đề", 96, "buổi nói chuyện chuyên đề"),
 Q("1.860 hội viên mới", 1860, "hội viên mới"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("18 căn nhà", 18, "căn nhà"),
 Q("720 triệu đồng", 720000000, "đồng"), Q("236 phụ nữ nghèo", 236, "phụ nữ nghèo"),
 Q("31 vụ mâu thuẫn gia đình", 31, "vụ mâu thuẫn gia đình"), Q("78%", 78, "%"), Q("42 hội viên người Khmer", 42, "hội viên người Khmer")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Kế hoạch", "27", "KH-HLHPN", None, None, "kế hoạch số 27/KH-HLHPN"),
 D("Quyết định", "343", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 343/QĐ-TTg")],
[prov("Sóc Trăng"), com("Viên Bình")],
["Cổng thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng", "Trang chủ / Tin hoạt động / Hội LHPN tỉnh",
 "Mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch", "Số lượt xem: 652"],
["Cập nhật lúc 15:40 ngày 20/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "5 không, 3 sạch",
 "Số lượt xem: 652"]))

PAGES.append(page("b9295-hagiang-hnd-daihoi-2013", """
BÁO HÀ GIANG ĐIỆN TỬ
Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể
08:30 | 05/07/2013
Toàn cảnh Đại hội. Ảnh: Minh Tuấn
Đại hội đại biểu Hội Nông dân tỉnh lần thứ VI, nhiệm kỳ 2013 - 2018 thành công tốt đẹp
(HGĐT) - Trong 2 ngày 3 và 4/7/2013, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2013 - 2018. Về dự có 250 đại biểu chính thức, đại diện cho hơn 118.000 hội viên nông dân thuộc 19 dân tộc trong tỉnh. Dự và chỉ đạo Đại hội có đồng chí Lê Văn Khoa, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Vàng Seo Dìn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đại hội có chủ đề "Đoàn kết - Đổi mới - Phát triển", là đợt sinh hoạt chính trị sâu rộng của nông dân tỉnh Hà Giang sau 5 năm thực hiện Nghị quyết Đại hội lần thứ V.
Nhiệm kỳ 2008 - 2013, các cấp Hội đã tích cực tham gia thực hiện Nghị quyết số 07-NQ/TU ngày 19/9/2011 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa vùng cao và Kết luận 61-KL/TW của Ban Bí thư. Hội viên đã hiến 42.000 m2 đất, góp hàng chục nghìn ngày công làm đường bê tông liên thôn; xây dựng 326 nhà tiêu hợp vệ sinh. Quỹ Hỗ trợ nông dân tăng từ 1,2 tỷ đồng lên 6,8 tỷ đồng; tỷ lệ hộ nghèo ở các xã vùng cao giảm bình quân 4,5%/năm.
Trong tham luận, đồng chí Lù Văn Pâu, Chủ tịch Hội Nông dân huyện Đồng Văn, nêu cách vận động đồng bào Mông, Lô Lô cải tạo đất dốc trồng cỏ nuôi bò. Bà Hoàng Thị Lìu, Chủ tịch Hội Nông dân xã Phương Thiện, chia sẻ kinh nghiệm xây dựng tổ hợp tác trồng chè Shan tuyết. Ông Giàng Seo Chử ở thôn Lủng Thầu, xã Lũng Cú, được Đại hội biểu dương vì đã giúp 14 hộ trong thôn vay bò giống.
Phát biểu chỉ đạo, đồng chí Vàng Seo Dìn yêu cầu Hội Nông dân tỉnh khóa mới đổi mới phương thức hoạt động, hướng mạnh về chi hội, tổ hội nghề nghiệp, làm nòng cốt trong phong trào xây dựng nông thôn mới. Đại hội thông qua các chỉ tiêu nhiệm kỳ 2013 - 2018: mỗi năm kết nạp ít nhất 3.000 hội viên mới, phấn đấu 50% số hộ đăng ký thi đua sản xuất, kinh doanh giỏi đạt danh hiệu các cấp, Quỹ Hỗ trợ nông dân đến cuối nhiệm kỳ đạt 15 tỷ đồng; mỗi xã xây dựng tổ hợp tác hoặc chi hội nghề nghiệp.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 35 đồng chí. Đồng chí Sùng Mí Chơ tái đắc cử Chủ tịch Hội Nông dân tỉnh khóa VI; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh khóa VI: Hoàng Thị Lìu, Nguyễn Đức Thắng. Đại hội cũng bầu 12 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VI.
Đông Dương
Tin khác
- Mèo Vạc: Hội Nông dân xã Sủng Trà đại hội điểm (12/06/2013)
- Hỗ trợ nông dân Quản Bạ trồng cỏ nuôi bò (30/05/2013)
- Hội Nông dân huyện Vị Xuyên đại hội nhiệm kỳ 2013 - 2018 (16/05/2013)
""", "2013-07-05", "Đại hội đại biểu Hội Nông dân tỉnh lần thứ VI, nhiệm kỳ 2013 - 2018 thành công tốt đẹp",
E("dai_hoi", None, "2013-07-03"),
[P("Lê Văn Khoa", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Vàng Seo Dìn", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lù Văn Pâu", "Chủ tịch Hội Nông dân huyện Đồng Văn"),
 P("Hoàng Thị Lìu", "Chủ tịch Hội Nông dân xã Phương Thiện", "Phó Chủ tịch Hội Nông dân tỉnh khóa VI"),
 P("Giàng Seo Chử"),
 P("Sùng Mí Chơ", "Chủ tịch Hội Nông dân tỉnh khóa VI"),
 P("Nguyễn Đức Thắng", "Phó Chủ tịch Hội Nông dân tỉnh khóa VI")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 118.000 hội viên nông dân", 118000, "hội viên nông dân", "over"),
 Q("19 dân tộc", 19, "dân tộc"), Q("42.000 m2", 42000, "m2"), Q("326 nhà tiêu hợp vệ sinh", 326, "nhà tiêu hợp vệ sinh"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("4,5%", 4.5, "%"), Q("14 hộ", 14, "hộ"),
 Q("35 đồng chí", 35, "đồng chí"), Q("12 đại biểu", 12, "đại biểu"), Q("ít nhất 3.000 hội viên mới", 3000, "hội viên mới", "over"),
 Q("50%", 50, "%"), Q("15 tỷ đồng", 15000000000, "đồng")],
[D("Nghị quyết", "07", "NQ/TU", "2011-09-19", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU ngày 19/9/2011"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Hà Giang"), com("Phương Thiện"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh Đại hội. Ảnh: Minh Tuấn", "(HGĐT)", "Đoàn kết - Đổi mới - Phát triển"],
["08:30 | 05/07/2013", "2 ngày", "lần thứ VI", "nhiệm kỳ 2013 - 2018", "Nhiệm kỳ 2008 - 2013", "35 đồng chí", "khóa VI", "5 năm", "lần thứ V", "nhiệm kỳ 2013 - 2018"]))

PAGES.append(page("b9296-quangtri-lhpn-taphuan-2014", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Xã hội » Phụ nữ - Gia đình
Ngày đăng 18/04/2014 | 09:30
Các học viên thảo luận nhóm tại lớp tập huấn. Ảnh: H.T
Tập huấn kỹ năng tuyên truyền cho chi hội trưởng phụ nữ vùng đồng bào Vân Kiều, Pa Kô
QTO - Từ ngày 15 đến 17/4/2014, tại thị trấn Krông Klang, Hội LHPN tỉnh Quảng Trị mở lớp tập huấn kỹ năng tuyên truyền, vận động năm 2014 cho 65 chi hội trưởng phụ nữ ở các thôn, bản của 2 huyện Đakrông và Hướng Hóa.
Lớp học nằm trong kế hoạch triển khai Quyết định số 343/QĐ-TTg ngày 12/3/2010 của Thủ tướng Chính phủ phê duyệt Đề án "Tuyên truyền, giáo dục phẩm chất, đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước" và Kế hoạch số 18/KH-BTV ngày 2/3/2014 của Ban Thường vụ Hội LHPN tỉnh. Khai mạc lớp học, bà Hồ Thị Kim Thu, Phó Chủ tịch Hội LHPN tỉnh nhấn mạnh chi hội trưởng là người gần dân nhất, hiểu phong tục tập quán của bà con nên phải biết nói cho chị em hiểu, làm cho chị em tin.
Trong 3 ngày, các học viên được ThS. Lê Thị Mỹ Hạnh, giảng viên Trường Chính trị Lê Duẩn, hướng dẫn cách tổ chức buổi sinh hoạt chi hội, cách nói chuyện ngắn gọn bằng tiếng đồng bào, lồng ghép tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống và bạo lực gia đình. Theo số liệu của Hội, năm 2013, hai huyện còn 37 cặp tảo hôn, tập trung ở các xã vùng sâu.
Chị Hồ Thị Plin, Chi hội trưởng phụ nữ bản Xa Re, xã Hướng Phùng, chia sẻ: "Trước đây đi họp chị em ngại nói, nay được học cách làm đóng kịch, hái hoa dân chủ nên chị em đến đông hơn". Bà Kăn Thị Lý, Chủ tịch Hội LHPN xã A Ngo, cho biết xã có 9 chi hội, mỗi tháng sinh hoạt đều đặn, nhưng cán bộ chi hội phần lớn chưa qua đào tạo, có người chưa đọc thông viết thạo. Vì vậy, ban tổ chức dành một buổi để các học viên thực hành soạn nội dung sinh hoạt theo chủ đề, rồi đóng vai chi hội trưởng và hội viên để góp ý cho nhau.
Theo kế hoạch, sau lớp học, mỗi chi hội trưởng sẽ về tổ chức ít nhất 2 buổi sinh hoạt chuyên đề tại thôn, bản trước tháng 7; Hội LHPN tỉnh sẽ cử cán bộ xuống dự, đánh giá và hỗ trợ in tài liệu song ngữ Việt - Vân Kiều.
Mỗi học viên được hỗ trợ tiền ăn 150.000 đồng/ngày và được phát tài liệu hỏi đáp về Luật Hôn nhân và gia đình. Kết thúc lớp học, Hội LHPN tỉnh cấp giấy chứng nhận cho 63 học viên hoàn thành khóa học.
Hoàng Tâm
Tin cùng chuyên mục
- Hội LHPN Gio Linh ra mắt mô hình "Tổ phụ nữ tự quản đường làng" (10/04/2014)
- Trao vốn vay cho 40 hội viên nghèo ở Vĩnh Linh (03/04/2014)
- Phụ nữ Triệu Phong hưởng ứng ngày Quốc tế Hạnh phúc (20/03/2014)
- Kỷ niệm 104 năm Ngày Quốc tế Phụ nữ 8/3 (07/03/2014)
""", "2014-04-18", "Tập huấn kỹ năng tuyên truyền cho chi hội trưởng phụ nữ vùng đồng bào Vân Kiều, Pa Kô",
E("tap_huan", "2014", "2014-04-15"),
[P("Hồ Thị Kim Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Mỹ Hạnh", "ThS.", "giảng viên Trường Chính trị Lê Duẩn"),
 P("Hồ Thị Plin", "Chi hội trưởng phụ nữ bản Xa Re"),
 P("Kăn Thị Lý", "Chủ tịch Hội LHPN xã A Ngo")],
[Q("65 chi hội trưởng phụ nữ", 65, "chi hội trưởng phụ nữ"), Q("2 huyện", 2, "huyện"), Q("37 cặp tảo hôn", 37, "cặp tảo hôn"),
 Q("9 chi hội", 9, "chi hội"), Q("150.000 đồng", 150000, "đồng"), Q("63 học viên", 63, "học viên"),
 Q("ít nhất 2 buổi sinh hoạt chuyên đề", 2, "buổi sinh hoạt chuyên đề", "over")],
[D("Quyết định", "343", "QĐ-TTg", "2010-03-12", "Thủ tướng Chính phủ", "Quyết định số 343/QĐ-TTg ngày 12/3/2010"),
 D("Kế hoạch", "18", "KH-BTV", "2014-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18/KH-BTV ngày 2/3/2014")],
[prov("Quảng Trị"), com("Krông Klang"), com("Hướng Phùng"), com("A Ngo")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Xã hội » Phụ nữ - Gia đình",
 "Các học viên thảo luận nhóm tại lớp tập huấn. Ảnh: H.T", "QTO",
 "Tuyên truyền, giáo dục phẩm chất, đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
 "Luật Hôn nhân và gia đình"],
["Ngày đăng 18/04/2014 | 09:30", "3 ngày", "năm 2014", "năm 2013", "tháng 7"]))

PAGES.append(page("b9297-daklak-hnd-giamsat-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Trang chủ >> Tin tức >> Hoạt động các sở, ngành, đoàn thể
21/08/2015 - 14:35
Hội Nông dân tỉnh giám sát việc cho vay vốn phát triển nông nghiệp tại huyện Cư M'gar
(ĐLO) - Ngày 19/8/2015, Đoàn giám sát của Hội Nông dân tỉnh Đắk Lắk do ông Y Khuê Byă, Phó Chủ tịch Thường trực Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị định số 55/2015/NĐ-CP ngày 9/6/2015 của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn tại 3 xã, thị trấn của huyện Cư M'gar.
Đây là cuộc giám sát thứ hai trong chương trình giám sát năm 2015, thực hiện theo Kế hoạch giám sát số 14-KH/HNDT ngày 10/7/2015 của Ban Thường vụ Hội Nông dân tỉnh, căn cứ Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Theo báo cáo của Phòng giao dịch Ngân hàng Chính sách xã hội và Ngân hàng Nông nghiệp và Phát triển nông thôn huyện, đến cuối tháng 7, có 1.245 hộ ở các xã Ea Kpam, Quảng Tiến và thị trấn Quảng Phú vay vốn với tổng dư nợ 48,6 tỷ đồng; Hội Nông dân các cấp quản lý 17 tổ tiết kiệm và vay vốn. Mức cho vay không có tài sản bảo đảm đối với hộ gia đình tối đa 50 triệu đồng/hộ, nhưng nhiều hộ đồng bào Êđê chưa nắm được quy định mới.
Làm việc với đoàn, bà H'Liên Niê, Chủ tịch Hội Nông dân xã Ea Kpam, cho biết thủ tục vay đã đơn giản hơn, song còn 56 hộ vay quá hạn vì cà phê mất giá. Ông Y Siêng Mlô ở buôn Mdróh bày tỏ mong muốn được kéo dài thời hạn vay để tái canh vườn cà phê già cỗi. Bà Trần Thị Lan, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Cư M'gar, giải đáp các thắc mắc của hội viên. Theo bà Lan, từ đầu năm đến nay phòng giao dịch đã giải ngân cho 312 hộ nghèo, hộ cận nghèo, tỷ lệ nợ quá hạn chiếm 0,8% tổng dư nợ.
Đoàn cũng đi kiểm tra thực tế tại 4 hộ vay vốn làm vườn cà phê xen sầu riêng, tiêu và nuôi bò sinh sản ở buôn Ea Mdróh; các hộ đều sử dụng vốn đúng mục đích, một số hộ đã trả được một phần gốc trước hạn.
Kết thúc đợt giám sát, ông Y Khuê Byă đánh giá các tổ chức tín dụng đã triển khai chính sách kịp thời; đồng thời đoàn đưa ra 8 kiến nghị, trong đó đề nghị ngân hàng tăng cường niêm yết công khai lãi suất, thủ tục và phối hợp với Hội tập huấn cho 100% tổ trưởng tổ vay vốn trước tháng 10.
Bích Hồng
Số lần xem: 431
Tin khác
- Hội Nông dân tỉnh phối hợp tập huấn tái canh cà phê (12/08/2015)
- Krông Pắc: trao 150 triệu đồng Quỹ Hỗ trợ nông dân (05/08/2015)
- Hội nghị đối thoại giữa nông dân với chính quyền huyện Lắk (28/07/2015)
""", "2015-08-21", "Hội Nông dân tỉnh giám sát việc cho vay vốn phát triển nông nghiệp tại huyện Cư M'gar",
E("giam_sat", "2015", "2015-08-19"),
[P("Y Khuê Byă", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("H'Liên Niê", "Chủ tịch Hội Nông dân xã Ea Kpam"),
 P("Y Siêng Mlô"),
 P("Trần Thị Lan", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Cư M'gar")],
[Q("3 xã, thị trấn", 3, "xã, thị trấn"), Q("1.245 hộ", 1245, "hộ"), Q("48,6 tỷ đồng", 48600000000, "đồng"),
 Q("17 tổ tiết kiệm và vay vốn", 17, "tổ tiết kiệm và vay vốn"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("56 hộ", 56, "hộ"), Q("8 kiến nghị", 8, "kiến nghị"), Q("100%", 100, "%"),
 Q("312 hộ nghèo, hộ cận nghèo", 312, "hộ nghèo, hộ cận nghèo"), Q("0,8%", 0.8, "%"), Q("4 hộ", 4, "hộ")],
[D("Nghị định", "55", "2015/NĐ-CP", "2015-06-09", "Chính phủ", "Nghị định số 55/2015/NĐ-CP ngày 9/6/2015"),
 D("Kế hoạch", "14", "KH/HNDT", "2015-07-10", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch giám sát số 14-KH/HNDT ngày 10/7/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Đắk Lắk"), com("Ea Kpam"), com("Quảng Tiến"), com("Quảng Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK", "(ĐLO)", "Trang chủ >> Tin tức >> Hoạt động các sở, ngành, đoàn thể", "Số lần xem: 431",
 "Ngân hàng Chính sách xã hội", "Ngân hàng Nông nghiệp và Phát triển nông thôn"],
["21/08/2015 - 14:35", "cuộc giám sát thứ hai", "năm 2015", "tháng 7", "tháng 10", "Số lần xem: 431"]))

PAGES.append(page("b9298-namdinh-lhpn-tongket-2016", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Vị trí: Trang chủ - Xã hội - Phụ nữ
Thứ Ba, 27/12/2016
Hội LHPN tỉnh: 100% cơ sở Hội hoàn thành chỉ tiêu phát triển hội viên
Chiều 26/12, Hội LHPN tỉnh Nam Định tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2016. Đồng chí Trần Văn Chung, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo. Chủ trì hội nghị có đồng chí Vũ Thị Thanh Hương, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh.
Năm 2016 là năm đầu triển khai Chương trình hành động số 09-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX. Hội LHPN tỉnh ký Quy chế phối hợp số 05/QCPH với Sở Lao động - Thương binh và Xã hội về hỗ trợ phụ nữ học nghề, giảm nghèo. Toàn tỉnh có 100% cơ sở Hội hoàn thành chỉ tiêu phát triển hội viên; kết nạp 3.120 hội viên mới. Các cấp Hội giúp 1.580 hội viên vay vốn với tổng số tiền 42,5 tỷ đồng; thành lập mới 12 câu lạc bộ "Gia đình hạnh phúc"; nhận đỡ đầu 146 trẻ em mồ côi. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" đã có trên 70% hộ gia đình hội viên đạt tiêu chí.
Phụ nữ công giáo là điểm sáng của năm. Bà Maria Đỗ Thị Lụa, Chi hội trưởng phụ nữ giáo xứ Phú Nhai, xã Xuân Phương, kể chị em trong giáo xứ đã góp 85 triệu đồng lát lại đường làng, duy trì "Tổ phụ nữ tự quản vệ sinh môi trường" ở 6 xóm đạo. Bà Phạm Thị Thu Hằng, Chủ tịch Hội LHPN huyện Hải Hậu, nêu khó khăn khi vận động lao động nữ đi làm ở khu công nghiệp tham gia sinh hoạt Hội. Theo bà, huyện có khoảng 5.600 nữ công nhân đang làm việc xa nhà, nhiều chị chỉ về quê vào cuối tuần nên các chi hội đã chuyển sang sinh hoạt vào tối thứ Bảy, lập nhóm trao đổi qua điện thoại để chị em nắm thông tin.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: nội dung sinh hoạt ở nhiều chi hội còn đơn điệu; việc thu hút hội viên trẻ, nữ công nhân và phụ nữ theo đạo chưa đồng đều; một số mô hình sinh kế chưa được nhân rộng.
Phát biểu chỉ đạo, đồng chí Trần Văn Chung đề nghị năm 2017 các cấp Hội tiếp tục đổi mới nội dung hoạt động, làm tốt công tác chuẩn bị Đại hội đại biểu Phụ nữ các cấp, tham gia xây dựng nông thôn mới và đô thị văn minh.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 4 tập thể, 6 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 34 tập thể, 57 cá nhân.
Minh Hằng
Tin liên quan
- Hội LHPN thành phố Nam Định ra mắt mô hình "Chi hội phụ nữ không rác thải nhựa" (20/12/2016)
- Phụ nữ Ý Yên thi nấu ăn ngon (14/12/2016)
- Trao 20 con bò giống cho hội viên nghèo huyện Nghĩa Hưng (06/12/2016)
- Tọa đàm phòng, chống bạo lực gia đình (25/11/2016)
- Hội LHPN tỉnh tập huấn cho cán bộ chi hội (18/11/2016)
""", "2016-12-27", "Hội LHPN tỉnh: 100% cơ sở Hội hoàn thành chỉ tiêu phát triển hội viên",
E("tong_ket", "2016", "2016-12-26"),
[P("Trần Văn Chung", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Vũ Thị Thanh Hương", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Maria Đỗ Thị Lụa", "Chi hội trưởng phụ nữ giáo xứ Phú Nhai"),
 P("Phạm Thị Thu Hằng", "Chủ tịch Hội LHPN huyện Hải Hậu")],
[Q("100%", 100, "%"), Q("3.120 hội viên mới", 3120, "hội viên mới"), Q("1.580 hội viên", 1580, "hội viên"),
 Q("42,5 tỷ đồng", 42500000000, "đồng"), Q("12 câu lạc bộ", 12, "câu lạc bộ"), Q("146 trẻ em mồ côi", 146, "trẻ em mồ côi"),
 Q("trên 70%", 70, "%", "over"), Q("85 triệu đồng", 85000000, "đồng"), Q("6 xóm đạo", 6, "xóm đạo"),
 Q("khoảng 5.600 nữ công nhân", 5600, "nữ công nhân", "approx"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("34 tập thể", 34, "tập thể"), Q("57 cá nhân", 57, "cá nhân")],
[D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Quy chế phối hợp", "05", "QCPH", None, None, "Quy chế phối hợp số 05/QCPH")],
[prov("Nam Định"), com("Xuân Phương")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Vị trí: Trang chủ - Xã hội - Phụ nữ", "Gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch",
 "Tổ phụ nữ tự quản vệ sinh môi trường", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX"],
["Thứ Ba, 27/12/2016", "năm 2016", "năm 2017", "lần thứ XIX", "5 không, 3 sạch"]))
