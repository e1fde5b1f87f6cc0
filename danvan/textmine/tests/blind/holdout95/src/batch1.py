from lib import *
PAGES = []

PAGES.append(page("b2237-laichau-daihoi-xa-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG THỔ - TỈNH LAI CHÂU
Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Thứ Sáu, 12/06/2015 - 09:30
Ảnh: Ban Chấp hành Đảng bộ xã khóa mới ra mắt Đại hội.
Đảng bộ xã Sì Lở Lầu tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2015 - 2020
Ngày 10/6/2015, Đảng bộ xã Sì Lở Lầu long trọng tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2015 - 2020, đại hội điểm cấp cơ sở của huyện Phong Thổ, tỉnh Lai Châu. Dự đại hội có đồng chí Tẩn Láo San, Phó Bí thư Thường trực Huyện ủy; đồng chí Lò Thị Ngọc, HUV, Trưởng Ban Tổ chức Huyện ủy cùng 118 đại biểu đại diện cho 265 đảng viên trong toàn Đảng bộ.
Báo cáo chính trị trình bày tại đại hội cho biết, nhiệm kỳ qua Đảng bộ xã đã lãnh đạo nhân dân các dân tộc Hà Nhì, Mông, Dao vượt qua khó khăn, hoàn thành 14/17 chỉ tiêu nghị quyết đề ra. Xã trồng mới 120 ha thảo quả, mở 18 km đường liên bản; thu nhập bình quân đầu người đạt 9,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm từ 52,3% xuống còn 31,6%. Công tác xây dựng Đảng được chú trọng, kết nạp 47 đảng viên mới, 9/10 chi bộ hằng năm đạt trong sạch, vững mạnh.
Việc chuẩn bị đại hội được thực hiện theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị và Kế hoạch 85-KH/HU của Ban Thường vụ Huyện ủy về đại hội đảng bộ các cấp. Trước đại hội, dự thảo văn kiện đã được lấy ý kiến của 7 chi bộ bản và các đoàn thể.
Phát biểu chỉ đạo, đồng chí Tẩn Láo San đề nghị Đảng bộ xã tập trung phát triển cây thảo quả, chăn nuôi đại gia súc, giữ vững an ninh vùng biên giới; phấn đấu đến năm 2020 tỷ lệ hộ nghèo còn 15%.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXII gồm 15 đồng chí; bầu 7 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ huyện Phong Thổ lần thứ XIX.
Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí. Đồng chí Giàng A Chứ tái đắc cử Bí thư Đảng ủy xã với 100% số phiếu; các đồng chí Vàng Thị Mỷ, Lý Seo Dìn được bầu giữ chức Phó Bí thư Đảng ủy xã.
Thảo luận tại đại hội, đồng chí Sần Thị Chiêu, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị tiếp tục vận động chị em người Hà Nhì bỏ tục tảo hôn; đồng chí Lỳ Phì Sừ, Bí thư Chi bộ bản Sì Choang, kiến nghị hỗ trợ giống cho 46 hộ trồng thảo quả năm đầu.
Đại hội diễn ra với tinh thần "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới", thành công tốt đẹp.
Thu Hà - Văn phòng Huyện ủy
Lượt xem: 1.204
Tin liên quan
- Đảng bộ xã Mồ Sì San tổ chức đại hội nhiệm kỳ 2015 - 2020 (11/06/2015)
- Huyện ủy Phong Thổ duyệt văn kiện đại hội điểm cấp cơ sở (28/05/2015)
- Hội nghị tập huấn nghiệp vụ công tác đại hội đảng bộ cơ sở (15/04/2015)
- Phong Thổ: kết nạp 152 đảng viên mới trong 5 tháng (02/06/2015)
- Xã Dào San hoàn thành đại hội 12 chi bộ bản (25/05/2015)
""", "2015-06-12", "Đảng bộ xã Sì Lở Lầu tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-06-10"),
[P("Tẩn Láo San", "Phó Bí thư Thường trực Huyện ủy"),
 P("Sần Thị Chiêu", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lỳ Phì Sừ", "Bí thư Chi bộ bản Sì Choang"),
 P("Lò Thị Ngọc", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Giàng A Chứ", "Bí thư Đảng ủy xã"),
 P("Vàng Thị Mỷ", "Phó Bí thư Đảng ủy xã"),
 P("Lý Seo Dìn", "Phó Bí thư Đảng ủy xã")],
[Q("118 đại biểu", 118, "đại biểu"), Q("265 đảng viên", 265, "đảng viên"), Q("14/17 chỉ tiêu", 14, "chỉ tiêu"),
 Q("120 ha", 120, "ha"), Q("18 km", 18, "km"), Q("9,5 triệu đồng", 9500000, "đồng"),
 Q("52,3%", 52.3, "%"), Q("31,6%", 31.6, "%"), Q("47 đảng viên mới", 47, "đảng viên mới"),
 Q("9/10 chi bộ", 9, "chi bộ"), Q("7 chi bộ bản", 7, "chi bộ bản"), Q("15%", 15, "%"), Q("46 hộ", 46, "hộ"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"),
 Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"), Q("5 đồng chí", 5, "đồng chí"), Q("100%", 100, "%")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "85", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 85-KH/HU")],
[prov("Lai Châu"), com("Sì Lở Lầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG THỔ - TỈNH LAI CHÂU", "Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng",
 "Ảnh: Ban Chấp hành Đảng bộ xã khóa mới ra mắt Đại hội.", "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới", "Lượt xem: 1.204"],
["Thứ Sáu, 12/06/2015 - 09:30", "lần thứ XXII", "nhiệm kỳ 2015 - 2020", "khóa XXII", "lần thứ XIX", "15 đồng chí",
 "5 đồng chí", "phiên họp thứ nhất", "Lượt xem: 1.204"]))

PAGES.append(page("b2238-hatinh-daihoi-chibo-2017", """
Huyện ủy Cẩm Xuyên - Đảng bộ tỉnh Hà Tĩnh
Trang chủ > Hoạt động các tổ chức cơ sở đảng
Cập nhật: 08:40, 10/03/2017 (GMT+7)
Toàn cảnh đại hội chi bộ thôn Tân Hòa.
Chi bộ thôn Tân Hòa: đại hội điểm nhiệm kỳ 2017 - 2020 thành công tốt đẹp
Ngày 8/3, Chi bộ thôn Tân Hòa (Đảng bộ xã Cẩm Mỹ) tổ chức đại hội điểm nhiệm kỳ 2017 - 2020 để rút kinh nghiệm chỉ đạo đại hội các chi bộ trực thuộc trong toàn huyện. Dự và chỉ đạo có đồng chí Nguyễn Thị Hằng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy; Bí thư Đảng ủy xã Cẩm Mỹ Trần Văn Quý cùng 36/38 đảng viên của chi bộ.
Nhiệm kỳ 2015 - 2017, chi bộ đã lãnh đạo nhân dân trong thôn thực hiện tốt phong trào xây dựng nông thôn mới kiểu mẫu. Nhân dân tự nguyện hiến 2.300 m2 đất, đóng góp 1,45 tỷ đồng làm 3,2 km đường bê tông và 2 nhà văn hóa; thu nhập bình quân đạt 27,5 triệu đồng/người/năm, không còn hộ đói, hộ nghèo giảm còn 6 hộ. Chi bộ kết nạp 4 đảng viên mới; hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ.
Đại hội thực hiện theo Hướng dẫn số 09-HD/HU ngày 15/12/2016 của Ban Thường vụ Huyện ủy về đại hội chi bộ trực thuộc đảng bộ cơ sở và gắn với việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Các ý kiến thảo luận tập trung vào việc nâng cao chất lượng sinh hoạt chi bộ, mỗi tháng sinh hoạt một chuyên đề.
Đại hội đã bầu Chi ủy gồm 3 đồng chí. Đồng chí Phan Đình Lợi tái đắc cử Bí thư Chi bộ kiêm Trưởng thôn Tân Hòa với 94,7% số phiếu; đồng chí Lê Thị Mai Hoa được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu 2 đại biểu chính thức đi dự đại hội Đảng bộ xã.
Phát biểu tại đại hội, đồng chí Nguyễn Thị Hằng ghi nhận chi bộ đã chuẩn bị chu đáo, đúng quy trình, và lưu ý các chi bộ sau phải đăng ký "Chi bộ 4 tốt", chú trọng phát triển đảng viên trong đoàn viên thanh niên. Đồng chí Trưởng Ban Tổ chức Huyện ủy cũng đề nghị Đảng ủy xã Cẩm Mỹ hoàn thành đại hội 14 chi bộ trực thuộc trước ngày 31/3.
Góp ý tại đại hội, bà Võ Thị Sen đề nghị chi bộ quan tâm xây dựng quỹ khuyến học; ông Nguyễn Văn Lãm, Trưởng Ban công tác Mặt trận thôn, cho biết năm 2016 thôn đã vận động 85 hộ ký cam kết không vi phạm an toàn giao thông.
Phương hướng nhiệm kỳ mới, chi bộ phấn đấu 100% hộ gia đình đạt danh hiệu văn hóa, trồng mới 15 ha rau màu an toàn.
Quang Đạo (Ban Tổ chức Huyện ủy)
Tin khác
- Xã Cẩm Lạc hoàn thành đại hội chi bộ trực thuộc (07/03/2017)
- Cẩm Xuyên triển khai đại hội chi bộ nhiệm kỳ 2017 - 2020 (20/02/2017)
- Huyện ủy tổ chức hội nghị trực tuyến học tập Nghị quyết Trung ương 4 (15/02/2017)
- Cẩm Duệ: chi bộ thôn Trung Hòa đi đầu trong xây dựng khu dân cư kiểu mẫu (12/02/2017)
- Tổng kết công tác xây dựng Đảng năm 2016 (28/12/2016)
""", "2017-03-10", "Chi bộ thôn Tân Hòa: đại hội điểm nhiệm kỳ 2017 - 2020 thành công tốt đẹp",
E("dai_hoi", None, "2017-03-08"),
[P("Nguyễn Thị Hằng", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Trần Văn Quý", "Bí thư Đảng ủy xã Cẩm Mỹ"),
 P("Phan Đình Lợi", "Bí thư Chi bộ kiêm Trưởng thôn Tân Hòa"),
 P("Lê Thị Mai Hoa", "Phó Bí thư Chi bộ"),
 P("Võ Thị Sen"),
 P("Nguyễn Văn Lãm", "Trưởng Ban công tác Mặt trận thôn")],
[Q("36/38 đảng viên", 36, "đảng viên"), Q("2.300 m2", 2300, "m2"), Q("1,45 tỷ đồng", 1450000000, "đồng"),
 Q("3,2 km", 3.2, "km"), Q("2 nhà văn hóa", 2, "nhà văn hóa"), Q("27,5 triệu đồng", 27500000, "đồng"),
 Q("6 hộ", 6, "hộ"), Q("4 đảng viên mới", 4, "đảng viên mới"), Q("trên 90%", 90, "%", "over"),
 Q("3 đồng chí", 3, "đồng chí"), Q("94,7%", 94.7, "%"), Q("2 đại biểu chính thức", 2, "đại biểu chính thức"),
 Q("14 chi bộ trực thuộc", 14, "chi bộ trực thuộc"), Q("100%", 100, "%"), Q("15 ha", 15, "ha"),
 Q("85 hộ", 85, "hộ")],
[D("Hướng dẫn", "09", "HD/HU", "2016-12-15", "Ban Thường vụ Huyện ủy", "Hướng dẫn số 09-HD/HU ngày 15/12/2016"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Hà Tĩnh"), com("Cẩm Mỹ")],
["Huyện ủy Cẩm Xuyên - Đảng bộ tỉnh Hà Tĩnh", "Trang chủ > Hoạt động các tổ chức cơ sở đảng",
 "Toàn cảnh đại hội chi bộ thôn Tân Hòa.", "Chi bộ 4 tốt"],
["Cập nhật: 08:40, 10/03/2017 (GMT+7)", "nhiệm kỳ 2017 - 2020", "Nhiệm kỳ 2015 - 2017", "3 đồng chí", "Chi bộ 4 tốt",
 "một chuyên đề"]))

PAGES.append(page("b2239-quangnam-daihoi-huyen-2020", """
BÁO QUẢNG NAM ĐIỆN TỬ
Chính trị | Xây dựng Đảng
08:15 | 17/07/2020
Đồng chí Lê Văn Thạnh trao hoa chúc mừng Ban Chấp hành Đảng bộ huyện khóa mới.
Nam Giang: Bầu 35 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025
(QNO) - Trong 2 ngày 15 và 16/7, Đảng bộ huyện Nam Giang (tỉnh Quảng Nam) tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Lê Văn Thạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cùng 200 đại biểu đại diện cho 2.980 đảng viên của 34 tổ chức cơ sở đảng.
Nhiệm kỳ 2015 - 2020, dù xuất phát điểm thấp, đồng bào Cơ Tu, Giẻ Triêng, Ve đã cùng Đảng bộ đạt và vượt 18/22 chỉ tiêu. Tổng giá trị sản xuất tăng bình quân 9,2%/năm; thu nhập bình quân đầu người đạt 28 triệu đồng/năm; tỷ lệ hộ nghèo giảm bình quân 4,5%/năm. Toàn huyện trồng mới 850 ha rừng; 3 xã đạt chuẩn nông thôn mới. Huyện đã tổ chức thực hiện tốt Nghị quyết số 88/2019/QH14 của Quốc hội về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, cùng Kết luận 12-KL/HU của Ban Thường vụ Huyện ủy về giao đất, giao rừng cho cộng đồng.
Đại hội được chuẩn bị theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; dự thảo văn kiện đã nhận 126 ý kiến góp ý của cán bộ, đảng viên và nhân dân.
Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXII gồm 35 đồng chí, trong đó có 9 đồng chí nữ, 23 đồng chí là người dân tộc thiểu số; bầu 10 đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh lần thứ XXII.
Hội nghị lần thứ nhất Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí. Đồng chí A Lăng Tùng được tín nhiệm bầu giữ chức Bí thư Huyện ủy Nam Giang, nhiệm kỳ 2020 - 2025, với 97,8% số phiếu. Các đồng chí Phó Bí thư Huyện ủy: Zơ Râm Thị Đương, Bh'riu Liếc. Đồng chí Đinh Văn Tư được bầu làm Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.
Phát biểu chỉ đạo, đồng chí Lê Văn Thạnh đề nghị huyện khai thác lợi thế cửa khẩu Nam Giang, phát triển dược liệu dưới tán rừng; phấn đấu đến năm 2025 giảm tỷ lệ hộ nghèo còn 25%. Đồng chí Hồ Văn Lơ, Bí thư Đảng ủy xã Tà Bhing, phát biểu hứa sẽ đưa nghị quyết vào cuộc sống.
Cùng ngày, Ban Chấp hành khóa mới đã ra mắt Đại hội; đại biểu biểu quyết thông qua Nghị quyết với 100% tán thành. Huyện xác định 2 khâu đột phá: hạ tầng giao thông đến trung tâm xã và đào tạo nguồn nhân lực tại chỗ; dành 15 tỷ đồng mỗi năm cho chương trình sắp xếp dân cư vùng sạt lở.
Đ.Tâm
Tin cùng chuyên mục
- Tây Giang bầu Ban Chấp hành khóa mới gồm 33 đồng chí (14/07/2020)
- Đại hội Đảng bộ huyện Phước Sơn thành công tốt đẹp (10/07/2020)
- Quảng Nam hoàn thành đại hội cấp cơ sở (30/06/2020)
- Ban Thường vụ Tỉnh ủy cho ý kiến văn kiện đại hội cấp huyện (25/06/2020)
""", "2020-07-17", "Nam Giang: Bầu 35 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-07-15"),
[P("Lê Văn Thạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("A Lăng Tùng", "Bí thư Huyện ủy Nam Giang"),
 P("Zơ Râm Thị Đương", "Phó Bí thư Huyện ủy"),
 P("Bh'riu Liếc", "Phó Bí thư Huyện ủy"),
 P("Đinh Văn Tư", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Hồ Văn Lơ", "Bí thư Đảng ủy xã Tà Bhing")],
[Q("35 đồng chí", 35, "đồng chí"), Q("200 đại biểu", 200, "đại biểu"), Q("2.980 đảng viên", 2980, "đảng viên"),
 Q("34 tổ chức cơ sở đảng", 34, "tổ chức cơ sở đảng"), Q("18/22 chỉ tiêu", 18, "chỉ tiêu"), Q("9,2%", 9.2, "%"),
 Q("28 triệu đồng", 28000000, "đồng"), Q("4,5%", 4.5, "%"), Q("850 ha", 850, "ha"), Q("3 xã", 3, "xã"),
 Q("126 ý kiến góp ý", 126, "ý kiến"), Q("9 đồng chí nữ", 9, "đồng chí nữ"),
 Q("23 đồng chí là người dân tộc thiểu số", 23, "đồng chí"),
 Q("10 đại biểu chính thức", 10, "đại biểu chính thức"), Q("11 đồng chí", 11, "đồng chí"), Q("97,8%", 97.8, "%"),
 Q("25%", 25, "%"), Q("100%", 100, "%"), Q("15 tỷ đồng", 15000000000, "đồng")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12-KL/HU"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 30/5/2019")],
[prov("Quảng Nam"), com("Tà Bhing")],
["BÁO QUẢNG NAM ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "(QNO)",
 "Đồng chí Lê Văn Thạnh trao hoa chúc mừng Ban Chấp hành Đảng bộ huyện khóa mới."],
["08:15 | 17/07/2020", "35 đồng chí", "lần thứ XXII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "khóa XXII",
 "9 đồng chí", "23 đồng chí", "11 đồng chí", "Hội nghị lần thứ nhất", "2 ngày", "2 khâu đột phá", "mỗi năm"]))

PAGES.append(page("b2240-thaibinh-daihoi-tinh-2020", """
BÁO THÁI BÌNH ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Trang chủ / Thời sự / Đại hội Đảng các cấp
Thứ Năm, 15/10/2020 - 17:05
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Bế mạc Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX
Chiều 15/10, sau 3 ngày làm việc khẩn trương (khai mạc từ ngày 13/10), Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 đã bế mạc. Đại hội có 350 đại biểu chính thức thay mặt cho hơn 110.000 đảng viên của 58 đảng bộ trực thuộc. Dự bế mạc có đồng chí Trịnh Quang Lâm, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương.
Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XX gồm 53 đồng chí, trong đó 17 đồng chí tham gia lần đầu; tỷ lệ nữ đạt 15,1%. Ban Chấp hành bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí. Đồng chí Ngô Đức Hiển, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy Thái Bình với số phiếu tuyệt đối 53/53. Các đồng chí Phạm Thị Lan Anh, Đặng Quốc Vượng được bầu làm Phó Bí thư Tỉnh ủy. Đồng chí Vũ Thanh Tùng giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Đại hội cũng bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng gồm 12 đại biểu chính thức và 1 đại biểu dự khuyết.
Nghị quyết Đại hội xác định mục tiêu đến năm 2025 tăng trưởng kinh tế bình quân 9,5%/năm, thu nhập bình quân đầu người đạt 95 triệu đồng, thu ngân sách trên địa bàn 12.000 tỷ đồng; 100% xã đạt chuẩn nông thôn mới nâng cao. Đại hội thông qua 3 khâu đột phá và 5 nhóm nhiệm vụ trọng tâm.
Phát biểu bế mạc, tân Bí thư Tỉnh ủy Ngô Đức Hiển cảm ơn sự tín nhiệm của đại biểu, yêu cầu các cấp ủy ngay sau đại hội xây dựng chương trình hành động thực hiện Nghị quyết; đồng thời tiếp tục quán triệt Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ và Quy định 214-QĐ/TW, 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị.
Trong nhiệm kỳ 2015 - 2020, toàn tỉnh kết nạp 11.260 đảng viên mới; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 91,3%. Đồng chí Đặng Quốc Vượng, Chủ tịch UBND tỉnh, cho biết tỉnh dành 1.500 tỷ đồng hỗ trợ xi măng làm đường giao thông nông thôn.
Trước đó, Đại hội đã nghe đồng chí Trần Thị Hường, Tỉnh ủy viên, Bí thư Đảng ủy xã Vũ Hội, tham luận về phát triển đảng viên ở nông thôn: nhiệm kỳ qua xã kết nạp 63 đảng viên mới.
Nhóm PV Chính trị
Tin liên quan
- Đại hội Đảng bộ tỉnh lần thứ XX: phiên trù bị (13/10/2020)
- Thái Bình: 100% đảng bộ cấp huyện hoàn thành đại hội (28/08/2020)
- Tỉnh ủy cho ý kiến nhân sự Ban Chấp hành khóa mới (10/09/2020)
- Ra mắt Trung tâm báo chí phục vụ Đại hội (12/10/2020)
""", "2020-10-15", "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX",
E("dai_hoi", None, "2020-10-13"),
[P("Trịnh Quang Lâm", "Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"),
 P("Ngô Đức Hiển", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Thái Bình", "Bí thư Tỉnh ủy"),
 P("Phạm Thị Lan Anh", "Phó Bí thư Tỉnh ủy"),
 P("Đặng Quốc Vượng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Vũ Thanh Tùng", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Trần Thị Hường", "Tỉnh ủy viên", "Bí thư Đảng ủy xã Vũ Hội")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 110.000 đảng viên", 110000, "đảng viên", "over"),
 Q("58 đảng bộ trực thuộc", 58, "đảng bộ trực thuộc"), Q("53 đồng chí", 53, "đồng chí"),
 Q("17 đồng chí", 17, "đồng chí"), Q("15,1%", 15.1, "%"), Q("15 đồng chí", 15, "đồng chí"),
 Q("53/53", 53, "phiếu"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức"),
 Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"), Q("9,5%", 9.5, "%"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("12.000 tỷ đồng", 12000000000000, "đồng"), Q("100%", 100, "%"), Q("63 đảng viên mới", 63, "đảng viên mới"),
 Q("11.260 đảng viên mới", 11260, "đảng viên mới"), Q("91,3%", 91.3, "%"), Q("1.500 tỷ đồng", 1500000000000, "đồng")],
[D("Quy định", "205", "QĐ/TW", "2019-09-23", "Bộ Chính trị", "Quy định số 205-QĐ/TW ngày 23/9/2019"),
 D("Quy định", "214", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 214-QĐ/TW, 213-QĐ/TW ngày 2/1/2020"),
 D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 214-QĐ/TW, 213-QĐ/TW ngày 2/1/2020")],
[prov("Thái Bình"), com("Vũ Hội")],
["BÁO THÁI BÌNH ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH",
 "Trang chủ / Thời sự / Đại hội Đảng các cấp", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội."],
["Thứ Năm, 15/10/2020 - 17:05", "lần thứ XX", "nhiệm kỳ 2020 - 2025", "3 ngày", "khóa XX", "53 đồng chí", "17 đồng chí",
 "15 đồng chí", "lần thứ XIII", "3 khâu đột phá", "5 nhóm nhiệm vụ trọng tâm", "lần đầu", "Trong nhiệm kỳ 2015 - 2020"]))

PAGES.append(page("b2241-daklak-bdv-giamsat-daihoi-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Bạn đang ở: Trang chủ › Hoạt động › Kiểm tra, giám sát
Ngày đăng 22/05/2020 | 14:20
Ảnh: Đoàn giám sát làm việc tại Đảng ủy xã Ea Tul.
Giám sát công tác chuẩn bị đại hội đảng bộ cơ sở tại huyện Cư M'gar
Từ ngày 18 đến 20/5/2020, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Y Kông Knul, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã giám sát công tác chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2020 - 2025 tại 3 đảng bộ xã Ea Tul, Ea Kiết và Cư Dliê M'nông của tỉnh Đắk Lắk. Cuộc giám sát nằm trong Chương trình giám sát năm 2020 của Ban Thường vụ Tỉnh ủy.
Theo báo cáo của Ban Thường vụ Huyện ủy Cư M'gar, thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị và Kế hoạch số 150-KH/TU ngày 12/8/2019 của Tỉnh ủy, toàn huyện có 47 tổ chức cơ sở đảng với 3.612 đảng viên, trong đó 1.028 đảng viên là người dân tộc thiểu số. Đến giữa tháng 5, đã có 389/412 chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội, đạt 94,4%.
Tại xã Ea Tul, đồng chí H'Nga Niê Kdăm, Bí thư Đảng ủy xã, cho biết dự thảo báo cáo chính trị đã được lấy ý kiến của 22 chi bộ và 9 buôn; nhân sự dự kiến Ban Chấp hành khóa mới gồm 15 đồng chí, tỷ lệ cấp ủy viên nữ 26,7%, người dân tộc thiểu số 60%. Đồng chí Y Thuôn Byă, Phó Bí thư Thường trực Đảng ủy xã Ea Kiết, đề nghị tỉnh sớm bố trí kinh phí, vì mỗi đại hội cấp xã chỉ được cấp 45 triệu đồng.
Qua giám sát, đoàn nhận thấy công tác chuẩn bị văn kiện, nhân sự đúng Hướng dẫn 26-HD/BTCTW của Ban Tổ chức Trung ương; tuy nhiên một số nơi còn lúng túng trong quy trình giới thiệu nhân sự, tỷ lệ cán bộ trẻ dưới chỉ tiêu. Ở xã Cư Dliê M'nông còn 2 chi bộ buôn chưa tổ chức được đại hội do thiếu nhân sự bí thư chi bộ.
Kết luận buổi giám sát, đồng chí Y Kông Knul đề nghị các đảng ủy làm tốt công tác dân vận trong quá trình đại hội, nắm chắc tình hình tư tưởng của đồng bào Êđê, Mnông, không để các đối tượng FULRO lưu vong lợi dụng chống phá; bảo đảm đại hội "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới". Đồng chí Nguyễn Thị Thu Ba, Phó Trưởng Ban Dân vận Tỉnh ủy, lưu ý phát huy vai trò của 176 người có uy tín trên địa bàn huyện.
Cùng dự có các đồng chí Y Jim Êban, Trưởng Ban Dân vận Huyện ủy Cư M'gar, và Lê Hồng Sơn, Phó Chủ tịch UBND huyện.
H'Xíu
Lượt truy cập: 204.551
Tin khác
- Giám sát việc thực hiện Quy chế dân chủ tại huyện Krông Bông (12/05/2020)
- Ban Dân vận Tỉnh ủy sơ kết quý I năm 2020 (08/04/2020)
- Vận động đồng bào tham gia đại hội chi bộ buôn (02/04/2020)
- Buôn Đôn: 100% chi bộ hoàn thành đại hội (28/03/2020)
- Krông Ana tập huấn công tác dân vận phục vụ đại hội (20/03/2020)
""", "2020-05-22", "Giám sát công tác chuẩn bị đại hội đảng bộ cơ sở tại huyện Cư M'gar",
E("giam_sat", "2020", "2020-05-18"),
[P("Y Kông Knul", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Nga Niê Kdăm", "Bí thư Đảng ủy xã"),
 P("Y Thuôn Byă", "Phó Bí thư Thường trực Đảng ủy xã Ea Kiết"),
 P("Nguyễn Thị Thu Ba", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Jim Êban", "Trưởng Ban Dân vận Huyện ủy Cư M'gar"),
 P("Lê Hồng Sơn", "Phó Chủ tịch UBND huyện")],
[Q("3 đảng bộ xã", 3, "đảng bộ xã"), Q("47 tổ chức cơ sở đảng", 47, "tổ chức cơ sở đảng"),
 Q("3.612 đảng viên", 3612, "đảng viên"), Q("1.028 đảng viên là người dân tộc thiểu số", 1028, "đảng viên"),
 Q("389/412 chi bộ trực thuộc", 389, "chi bộ trực thuộc"), Q("94,4%", 94.4, "%"), Q("22 chi bộ", 22, "chi bộ"),
 Q("9 buôn", 9, "buôn"), Q("15 đồng chí", 15, "đồng chí"), Q("26,7%", 26.7, "%"), Q("60%", 60, "%"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("2 chi bộ buôn", 2, "chi bộ buôn"),
 Q("176 người có uy tín", 176, "người có uy tín")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW"),
 D("Kế hoạch", "150", "KH/TU", "2019-08-12", "Tỉnh ủy", "Kế hoạch số 150-KH/TU ngày 12/8/2019"),
 D("Hướng dẫn", "26", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn 26-HD/BTCTW")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Kiết"), com("Cư Dliê M'nông")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Bạn đang ở: Trang chủ › Hoạt động › Kiểm tra, giám sát",
 "Ảnh: Đoàn giám sát làm việc tại Đảng ủy xã Ea Tul.", "Chương trình giám sát năm 2020",
 "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới", "FULRO", "Lượt truy cập: 204.551"],
["Ngày đăng 22/05/2020 | 14:20", "nhiệm kỳ 2020 - 2025", "15 đồng chí", "Lượt truy cập: 204.551"]))

PAGES.append(page("b2242-langson-daihoi-xa-2025", """
Cổng Thông tin điện tử tỉnh Lạng Sơn
Trang chủ >> Tin tức - Sự kiện >> Tin trong tỉnh
Thứ Tư, 30/07/2025
Đại hội Đảng bộ xã Na Sầm lần thứ I, nhiệm kỳ 2025 - 2030
Đồng chí Hoàng Văn Pín phát biểu tại đại hội.
Ngày 28 - 29/7/2025, Đảng bộ xã Na Sầm tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội điểm đầu tiên của tỉnh sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp. Xã Na Sầm được thành lập trên cơ sở nhập thị trấn Na Sầm và các xã Hoàng Việt, Tân Mỹ, Hồng Thái. Dự đại hội có đồng chí Lộc Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Vi Văn Thành, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng 150 đại biểu thay mặt cho 1.846 đảng viên của 52 chi bộ, đảng bộ trực thuộc.
Báo cáo chính trị khẳng định, nhiệm kỳ 2020 - 2025, các đảng bộ trước sáp nhập đã hoàn thành 21/23 chỉ tiêu; thu nhập bình quân đầu người năm 2025 ước đạt 58 triệu đồng; tỷ lệ hộ nghèo còn 3,8%; kết nạp 236 đảng viên mới. Nhân dân hiến hơn 40.000 m2 đất để mở rộng đường giao thông nông thôn.
Đại hội đã nghe công bố Quyết định số 1482-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm 33 đồng chí, Ban Thường vụ 11 đồng chí. Theo đó, đồng chí Hoàng Văn Pín được chỉ định giữ chức Bí thư Đảng ủy xã; các đồng chí Nông Thị Thắm, Lương Văn Đoàn giữ chức Phó Bí thư Đảng ủy xã; đồng chí Lương Văn Đoàn đồng thời là Chủ tịch UBND xã Na Sầm. Đồng chí Triệu Thị Dung, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Thảo luận tại đại hội, đồng chí Hà Văn Khoa, Bí thư Chi bộ thôn Bản Thín, đề nghị xã quan tâm giữ gìn làn điệu then, đàn tính của đồng bào Tày, Nùng; Chủ tịch Hội Nông dân xã Đinh Thị Nhàn báo cáo đã hỗ trợ 320 hộ vay vốn phát triển trồng hồi, trồng na.
Đại hội đã bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII gồm 9 đại biểu chính thức, 100% đại biểu tán thành.
Phát biểu chỉ đạo, đồng chí Lộc Thị Hoa đề nghị xã mới khẩn trương ổn định tổ chức bộ máy, thực hiện Kết luận 150-KL/TW của Bộ Chính trị và Chỉ thị 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV; chú trọng giải quyết thủ tục hành chính cho 12.400 người dân ngay tại trung tâm phục vụ hành chính công xã.
Minh Thu - Trung tâm Thông tin tỉnh
Xem thêm
- Đảng bộ xã Hoàng Văn Thụ tổ chức đại hội nhiệm kỳ 2025 - 2030 (29/07/2025)
- Lạng Sơn: 65 xã, phường chính thức đi vào hoạt động (01/07/2025)
- Ban Thường vụ Tỉnh ủy duyệt văn kiện đại hội điểm (20/07/2025)
- Công bố các quyết định về công tác cán bộ tại xã mới (01/07/2025)
""", "2025-07-30", "Đại hội Đảng bộ xã Na Sầm lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-07-28"),
[P("Hoàng Văn Pín", "Bí thư Đảng ủy xã"),
 P("Lộc Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Vi Văn Thành", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Thắm", "Phó Bí thư Đảng ủy xã"),
 P("Lương Văn Đoàn", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã Na Sầm"),
 P("Triệu Thị Dung", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Hà Văn Khoa", "Bí thư Chi bộ thôn Bản Thín"),
 P("Đinh Thị Nhàn", "Chủ tịch Hội Nông dân xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.846 đảng viên", 1846, "đảng viên"),
 Q("52 chi bộ, đảng bộ trực thuộc", 52, "chi bộ, đảng bộ trực thuộc"), Q("21/23 chỉ tiêu", 21, "chỉ tiêu"),
 Q("58 triệu đồng", 58000000, "đồng", "approx"), Q("3,8%", 3.8, "%"), Q("236 đảng viên mới", 236, "đảng viên mới"),
 Q("hơn 40.000 m2", 40000, "m2", "over"), Q("33 đồng chí", 33, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"),
 Q("320 hộ", 320, "hộ"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức"), Q("100%", 100, "%"), Q("12.400 người dân", 12400, "người dân")],
[D("Quyết định", "1482", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1482-QĐ/TU ngày 30/6/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Chỉ thị", "45", "CT/TW", None, None, "Chỉ thị 45-CT/TW")],
[prov("Lạng Sơn"), com("Na Sầm"), com("Hoàng Việt"), com("Tân Mỹ"), com("Hồng Thái")],
["Cổng Thông tin điện tử tỉnh Lạng Sơn", "Trang chủ >> Tin tức - Sự kiện >> Tin trong tỉnh",
 "Đồng chí Hoàng Văn Pín phát biểu tại đại hội.", "Đại hội XIV"],
["Thứ Tư, 30/07/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2020 - 2025", "33 đồng chí", "11 đồng chí",
 "lần thứ XVIII", "2 cấp", "năm 2025", "Đại hội XIV"]))
