"""holdout39 batch 1: b893-b898 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b893 Điện Biên 2011, tổng kết năm
PAGES.append(page("b893-dienbien-bdv-tongket-2011", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Tư, 21/12/2011 - 08:30 | Lượt xem: 412
Khối dân vận tỉnh tổng kết công tác năm 2011
ĐBP - Ngày 20/12, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lò Văn Hặc, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Giàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lò Văn Hặc phát biểu chỉ đạo hội nghị. Ảnh: Quang Hưng
Năm 2011 có nhiều sự kiện chính trị quan trọng như cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016, việc ổn định tình hình an ninh chính trị ở vùng đồng bào Mông huyện Mường Nhé. Bà Lường Thị Bun, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày báo cáo cho biết, khối dân vận các cấp đã bám sát cơ sở, phối hợp với chính quyền và lực lượng vũ trang tuyên truyền, vận động đồng bào không nghe theo kẻ xấu, trở về bản làm ăn. Tỷ lệ cử tri đi bỏ phiếu trong toàn tỉnh đạt 98,2%.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 15/3/2011 về tăng cường công tác vận động quần chúng vùng đồng bào dân tộc Mông; chỉ đạo sơ kết 1 năm thực hiện Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Kết luận 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Ban cũng ban hành kế hoạch số 27-KH/BDV về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 9 xã vùng cao.
Trong năm, khối dân vận các cấp đã cử 325 lượt cán bộ về bản nắm tình hình, vận động 1.246 hộ tái định cư thủy điện Sơn La ổn định chỗ ở, phát triển sản xuất. Nhân dân các dân tộc đã hiến hơn 18.000 m2 đất, góp hàng nghìn ngày công làm đường liên bản. Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được trên 4,7 tỷ đồng, hỗ trợ xây mới và sửa chữa 560 nhà Đại đoàn kết cho hộ nghèo. Toàn tỉnh có 42 mô hình "Dân vận khéo" được các cấp ghi nhận.
Tại hội nghị, các đại biểu tập trung thảo luận giải pháp nâng cao chất lượng công tác dân vận ở vùng cao, biên giới. Đồng chí Quàng Văn Tiến, HUV, Trưởng Ban Dân vận Huyện ủy Tuần Giáo đề nghị tăng cường bồi dưỡng tiếng Mông cho cán bộ dân vận cơ sở. Đồng chí Mùa A Sử, Bí thư Đảng ủy xã Si Pa Phìn chia sẻ kinh nghiệm phát huy vai trò già làng, trưởng bản, người có uy tín trong vận động đồng bào bỏ tập tục lạc hậu. Hội Liên hiệp Phụ nữ xã Mường Phăng giới thiệu cách làm trong vận động hội viên giúp nhau phát triển kinh tế.
Phát biểu chỉ đạo, đồng chí Lò Văn Hặc ghi nhận kết quả khối dân vận đạt được, đồng thời yêu cầu năm 2012 các cấp ủy tiếp tục quán triệt Nghị quyết Đại hội XI của Đảng, tập trung vận động nhân dân thực hiện chủ trương sắp xếp, ổn định dân cư, phòng, chống ma túy, di cư tự do; mỗi cán bộ dân vận phải "đi từng ngõ, gõ từng nhà", nắm chắc tâm tư, nguyện vọng của nhân dân.
Dịp này, 8 tập thể và 15 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen vì có thành tích xuất sắc trong công tác dân vận năm 2011.
Quang Hưng
Tin cùng chuyên mục
- Mường Nhé: Tăng cường công tác dân vận ở các bản vùng sâu (14/12/2011)
- Hội Nông dân tỉnh tổng kết công tác năm 2011 (12/12/2011)
- Đoàn Thanh niên ra quân tình nguyện mùa đông (05/12/2011)
- Hội Cựu chiến binh huyện Điện Biên Đông đại hội nhiệm kỳ mới (29/11/2011)
""", "2011-12-21", "Khối dân vận tỉnh tổng kết công tác năm 2011",
    E("tong_ket", "2011", "2011-12-20"),
    [P("Lò Văn Hặc", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Giàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lường Thị Bun", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Quàng Văn Tiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuần Giáo"),
     P("Mùa A Sử", "Bí thư Đảng ủy xã Si Pa Phìn")],
    [Q("98,2%", 98.2, "%"),
     Q("9 xã vùng cao", 9, "xã vùng cao"),
     Q("325 lượt cán bộ", 325, "lượt cán bộ"),
     Q("1.246 hộ tái định cư", 1246, "hộ tái định cư"),
     Q("hơn 18.000 m2", 18000, "m2", "over"),
     Q("trên 4,7 tỷ đồng", 4700000000, "đồng", "over"),
     Q("560 nhà Đại đoàn kết", 560, "nhà Đại đoàn kết"),
     Q("42 mô hình", 42, "mô hình"),
     Q("8 tập thể", 8, "tập thể"),
     Q("15 cá nhân", 15, "cá nhân")],
    [D("Chỉ thị", "12", "CT/TU", "2011-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 15/3/2011"),
     D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
     D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận 62-KL/TW ngày 8/12/2009 của Bộ Chính trị"),
     D("Kế hoạch", "27", "KH/BDV", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 27-KH/BDV")],
    [prov("Điện Biên"), com("Si Pa Phìn"), com("Mường Phăng")],
    ["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng",
     "Đồng chí Lò Văn Hặc phát biểu chỉ đạo hội nghị. Ảnh: Quang Hưng", "Vì người nghèo", "Dân vận khéo",
     "Nghị quyết Đại hội XI của Đảng", "đi từng ngõ, gõ từng nhà", "Quy chế công tác dân vận của hệ thống chính trị"],
    ["Lượt xem: 412", "khóa XIII", "nhiệm kỳ 2011 - 2016", "1 năm", "năm 2012", "Đại hội XI"]))

# ---------------------------------------------------------------- b894 Nghệ An 2012, giám sát
PAGES.append(page("b894-nghean-mttq-giamsat-nhao-2012", """
Báo Nghệ An điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 16/08/2012, 09:45 (GMT+7)
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Quế Phong
(Baonghean) - Thực hiện chương trình giám sát năm 2012, ngày 14/8, Đoàn giám sát của Ủy ban MTTQ tỉnh do ông Nguyễn Đình Khuê, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Quế Phong. Tham gia đoàn có đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh, Hội Nông dân tỉnh.
Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bản Piêng Cu, xã Thông Thụ.
Đợt giám sát được tiến hành theo Kế hoạch số 36/KH-MTTQ-BTT ngày 2/7/2012 của Ban Thường trực Ủy ban MTTQ tỉnh. Theo báo cáo của UBND huyện, Quế Phong là một trong 3 huyện nghèo của tỉnh được hưởng chính sách theo Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ. Từ năm 2009 đến nay, toàn huyện có 1.512 hộ nghèo thuộc diện được hỗ trợ làm nhà, chủ yếu là đồng bào Thái, Khơ Mú. Mỗi hộ được hỗ trợ 7 triệu đồng từ ngân sách và vay ưu đãi 8 triệu đồng từ Ngân hàng Chính sách xã hội. Đến nay đã có 1.438 hộ hoàn thành nhà, đạt 95,1% kế hoạch; tổng kinh phí đã giải ngân hơn 22,6 tỷ đồng.
Bà Lô Thị Hoa, Phó Chủ tịch UBND huyện Quế Phong cho biết, cùng với nguồn hỗ trợ của Nhà nước, Ủy ban MTTQ và các đoàn thể đã vận động dòng họ, anh em giúp đỡ hộ nghèo gần 9.000 ngày công, hàng trăm khối gỗ. Ông Lang Văn Chiến, Chủ tịch Ủy ban MTTQ huyện nói: "Nhiều bản đã làm tốt việc bình xét công khai, dân chủ, đúng đối tượng, không để xảy ra khiếu kiện".
Tuy vậy, qua giám sát thực tế tại xã Thông Thụ và xã Tri Lễ, đoàn nhận thấy vẫn còn 74 hộ chưa hoàn thành nhà do thiếu vốn đối ứng, giá vật liệu tăng cao; có 12 hộ sử dụng vốn vay chưa đúng mục đích; một số nhà làm xong nhưng chưa đảm bảo tiêu chuẩn "3 cứng". Ông Moong Văn Sinh, trưởng bản Piêng Cu, xã Thông Thụ phản ánh, đường vào bản khó khăn, vận chuyển vật liệu tốn kém nên nhiều hộ phải làm nhà tạm.
Tại buổi làm việc, ông Vi Văn Tài, Chủ tịch UBND xã Thông Thụ kiến nghị tỉnh xem xét nâng mức hỗ trợ cho các bản vùng sâu, vùng xa. Bà Vi Thị Dung ở bản Na Chạng, xã Tri Lễ, một trong những hộ vừa được hỗ trợ làm nhà, cho biết gia đình đã được Chi hội Phụ nữ bản góp công, góp gạo trong những ngày dựng nhà.
Kết luận buổi giám sát, ông Nguyễn Đình Khuê đánh giá cao sự vào cuộc của cấp ủy, chính quyền huyện Quế Phong, đồng thời đề nghị huyện rà soát, hoàn thành dứt điểm 74 hộ còn lại trong năm 2012; công khai danh sách, mức hỗ trợ tại nhà văn hóa bản; phát huy vai trò giám sát của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng. Đoàn sẽ tổng hợp các kiến nghị của cơ sở để báo cáo Ban Thường trực Ủy ban MTTQ tỉnh, gửi UBND tỉnh xem xét.
Hoài Thu
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách đối với người có công (08/08/2012)
- Tương Dương: Vận động nhân dân giúp hộ nghèo dựng nhà (30/07/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa XIII (20/07/2012)
- Quỳ Châu: Hoàn thành hỗ trợ nhà ở cho 620 hộ nghèo (12/07/2012)
""", "2012-08-16", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Quế Phong",
    E("giam_sat", "2012", "2012-08-14"),
    [P("Nguyễn Đình Khuê", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lô Thị Hoa", "Phó Chủ tịch UBND huyện Quế Phong"),
     P("Lang Văn Chiến", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Moong Văn Sinh", "trưởng bản Piêng Cu"),
     P("Vi Văn Tài", "Chủ tịch UBND xã Thông Thụ"),
     P("Vi Thị Dung")],
    [Q("3 huyện nghèo", 3, "huyện nghèo"),
     Q("1.512 hộ nghèo", 1512, "hộ nghèo"),
     Q("7 triệu đồng", 7000000, "đồng"),
     Q("8 triệu đồng", 8000000, "đồng"),
     Q("1.438 hộ", 1438, "hộ"),
     Q("95,1%", 95.1, "%"),
     Q("hơn 22,6 tỷ đồng", 22600000000, "đồng", "over"),
     Q("gần 9.000 ngày công", 9000, "ngày công", "approx"),
     Q("74 hộ", 74, "hộ"),
     Q("12 hộ", 12, "hộ")],
    [D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ"),
     D("Kế hoạch", "36", "KH-MTTQ-BTT", "2012-07-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 2/7/2012 của Ban Thường trực Ủy ban MTTQ tỉnh"),
     D("Nghị quyết", "30a", "2008/NQ-CP", "2008-12-27", "Chính phủ", "Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ")],
    [prov("Nghệ An"), com("Thông Thụ"), com("Tri Lễ")],
    ["Báo Nghệ An điện tử", "Chính trị > Mặt trận - Đoàn thể", "(Baonghean)",
     "Đoàn giám sát kiểm tra nhà ở của hộ nghèo tại bản Piêng Cu, xã Thông Thụ.", "Ngân hàng Chính sách xã hội",
     "Ban Thanh tra nhân dân", "Khơ Mú", "Sở Xây dựng"],
    ["chương trình giám sát năm 2012", "Từ năm 2009", "3 cứng", "(GMT+7)"]))

# ---------------------------------------------------------------- b895 Lạng Sơn 2013, đại hội Hội Nông dân
PAGES.append(page("b895-langson-hoinongdan-daihoi-2013", """
BÁO LẠNG SƠN
Thời sự - Chính trị
Cập nhật lúc: 26/04/2013 07:15
Các đại biểu biểu quyết thông qua chương trình đại hội
Đại hội đại biểu Hội Nông dân tỉnh lần thứ VIII thành công tốt đẹp
LSO - Trong 2 ngày 24 và 25/4/2013, Hội Nông dân tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2013 – 2018. Dự đại hội có đồng chí Lại Văn Hướng, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Lộc Văn Tằng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh cùng 315 đại biểu đại diện cho hơn 151.000 hội viên nông dân trong toàn tỉnh.
Báo cáo chính trị do đồng chí Vy Văn Khìn, Chủ tịch Hội Nông dân tỉnh trình bày nêu rõ, nhiệm kỳ 2008 – 2013, các cấp hội đã bám sát Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa X) về nông nghiệp, nông dân, nông thôn và Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới. Hội đã phối hợp thực hiện các nội dung theo Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, mở các lớp dạy nghề, chuyển giao khoa học kỹ thuật cho nông dân.
Trong nhiệm kỳ, hội viên nông dân đóng góp hơn 37.000 ngày công, hiến 126.000 m2 đất xây dựng đường giao thông nông thôn, nhà văn hóa thôn. Quỹ Hỗ trợ nông dân các cấp đạt 12,4 tỷ đồng, giúp hàng nghìn lượt hộ vay vốn phát triển chăn nuôi, trồng hồi, trồng quế. Toàn tỉnh có 58.600 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Phát biểu tại đại hội, đồng chí Lộc Văn Tằng ghi nhận những đóng góp của các cấp hội và yêu cầu nhiệm kỳ tới Hội tập trung xây dựng tổ chức hội vững mạnh, làm tốt vai trò nòng cốt trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững. Đồng chí Lại Văn Hướng đề nghị Hội Nông dân tỉnh chú trọng công tác dân vận ở vùng biên giới, vùng đồng bào Tày, Nùng, Dao.
Tham luận tại đại hội, đồng chí Chu Thị Pỏn, Chi hội trưởng Chi hội nông dân thôn Khòn Pát, xã Tân Liên chia sẻ kinh nghiệm thành lập tổ hợp tác trồng rau an toàn; đồng chí Mông Văn Khoát, Chủ tịch Hội Nông dân huyện Tràng Định nêu cách làm trong vận động hội viên hiến đất làm đường.
Đại hội đã thông qua Nghị quyết với chỉ tiêu phấn đấu hằng năm có 55% hộ hội viên đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Đại hội đã bầu Ban Chấp hành khóa VIII gồm 33 ủy viên; Ban Thường vụ gồm 9 đồng chí. Đồng chí Vy Văn Khìn được tái cử giữ chức Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2013 – 2018. Các đồng chí Hoàng Thị Mến, Lăng Văn Pẻn được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Đại hội cũng bầu đoàn đại biểu gồm 7 đồng chí đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VI.
Minh Khang
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14 (24/04/2013)
- Cao Lộc: Đại hội Hội Nông dân huyện nhiệm kỳ 2013 – 2018 (11/04/2013)
- Ban Dân vận Tỉnh ủy giao ban quý I (05/04/2013)
""", "2013-04-26", "Đại hội đại biểu Hội Nông dân tỉnh lần thứ VIII thành công tốt đẹp",
    E("dai_hoi", None, "2013-04-24"),
    [P("Lại Văn Hướng", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
     P("Lộc Văn Tằng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Vy Văn Khìn", "Chủ tịch Hội Nông dân tỉnh"),
     P("Chu Thị Pỏn", "Chi hội trưởng Chi hội nông dân thôn Khòn Pát"),
     P("Mông Văn Khoát", "Chủ tịch Hội Nông dân huyện Tràng Định"),
     P("Hoàng Thị Mến", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lăng Văn Pẻn", "Phó Chủ tịch Hội Nông dân tỉnh")],
    [Q("315 đại biểu", 315, "đại biểu"),
     Q("hơn 151.000 hội viên nông dân", 151000, "hội viên nông dân", "over"),
     Q("hơn 37.000 ngày công", 37000, "ngày công", "over"),
     Q("126.000 m2", 126000, "m2"),
     Q("12,4 tỷ đồng", 12400000000, "đồng"),
     Q("58.600 hộ", 58600, "hộ"),
     Q("55%", 55, "%"),
     Q("33 ủy viên", 33, "ủy viên"),
     Q("9 đồng chí", 9, "đồng chí"),
     Q("7 đồng chí", 7, "đồng chí")],
    [D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương Đảng"),
     D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư"),
     D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ")],
    [prov("Lạng Sơn"), com("Tân Liên")],
    ["BÁO LẠNG SƠN", "Thời sự - Chính trị", "Các đại biểu biểu quyết thông qua chương trình đại hội", "LSO",
     "Quỹ Hỗ trợ nông dân", "Trung ương Hội Nông dân Việt Nam"],
    ["lần thứ VIII", "nhiệm kỳ 2013 – 2018", "nhiệm kỳ 2008 – 2013", "khóa X", "khóa VIII", "lần thứ VI",
     "2 ngày", "9 đồng chí", "7 đồng chí"]))

# ---------------------------------------------------------------- b896 Quảng Nam 2014, giao ban quý III
PAGES.append(page("b896-quangnam-bdv-giaoban-q3-2014", """
Báo Quảng Nam Online
Chính trị / Xây dựng Đảng
09/10/2014 | 15:20
Bạn đang xem: Tin tức » Chính trị
Giao ban khối dân vận quý III
(QNO) - Sáng qua 8.10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2014, triển khai nhiệm vụ quý IV. Đồng chí Trần Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phan Văn Đạt, Huỳnh Thị Sen.
Theo báo cáo, trong quý III, khối dân vận các cấp tập trung vận động nhân dân giải phóng mặt bằng dự án đường cao tốc đi qua địa bàn tỉnh và các dự án trọng điểm. Đến nay đã vận động 2.318 hộ bàn giao mặt bằng, trong đó huyện Duy Xuyên có 486 hộ. Ban Dân vận các huyện, thành ủy đã phối hợp với chính quyền tổ chức 46 cuộc đối thoại với nhân dân vùng dự án; cơ quan dân vận các cấp tiếp 214 lượt công dân, nhận 63 đơn thư, đã phối hợp giải quyết 51 đơn.
Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy sơ kết 1 năm thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; hướng dẫn các địa phương triển khai Chỉ thị 27-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong bồi thường, giải phóng mặt bằng. Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được gần 1,5 tỷ đồng, hỗ trợ xây dựng 37 nhà Đại đoàn kết cho hộ nghèo miền núi.
Quang cảnh hội nghị giao ban. Ảnh: V.Anh
Tại giao ban, đồng chí Zơ Râm Thông, Phó Trưởng Ban Dân vận Huyện ủy Tây Giang thông tin việc vận động đồng bào Cơ Tu ở xã A Xan bỏ tục chôn chung, làm nghĩa trang tập trung. Đồng chí Bríu Thị Hơn, Chủ tịch Hội LHPN huyện Đông Giang nêu mô hình phụ nữ Cơ Tu dệt thổ cẩm gắn với du lịch cộng đồng, có 28 hội viên tham gia. Đồng chí Lê Văn Toản, Trưởng ban Dân vận Huyện ủy Duy Xuyên đề nghị tỉnh sớm có chính sách hỗ trợ tái định cư cho các hộ ở xã Duy Phước, nơi còn 19 hộ chưa nhận tiền đền bù.
Kết luận giao ban, đồng chí Trần Thị Mỹ Hạnh yêu cầu quý IV khối dân vận tập trung phục vụ đại hội chi bộ, đảng bộ cơ sở tiến tới Đại hội Đảng bộ tỉnh lần thứ XXI; nắm chắc tình hình nhân dân vùng dự án, không để phát sinh điểm nóng; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; hoàn thành kế hoạch kiểm tra công tác dân vận chính quyền tại 6 huyện, thành phố trước ngày 15.12.
Văn Anh
Tin liên quan
- Đông Giang: Hiệu quả mô hình "Dân vận khéo" (02/10/2014)
- Ủy ban MTTQ tỉnh hiệp thương giới thiệu người ứng cử (25/09/2014)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 7 (18/09/2014)
- Nam Giang: Vận động đồng bào Cơ Tu giữ rừng đầu nguồn (11/09/2014)
""", "2014-10-09", "Giao ban khối dân vận quý III",
    E("giao_ban", "2014-Q3", "2014-10-08"),
    [P("Trần Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phan Văn Đạt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Huỳnh Thị Sen", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Zơ Râm Thông", "Phó Trưởng Ban Dân vận Huyện ủy Tây Giang"),
     P("Bríu Thị Hơn", "Chủ tịch Hội LHPN huyện Đông Giang"),
     P("Lê Văn Toản", "Trưởng ban Dân vận Huyện ủy Duy Xuyên")],
    [Q("2.318 hộ", 2318, "hộ"),
     Q("486 hộ", 486, "hộ"),
     Q("46 cuộc đối thoại", 46, "cuộc đối thoại"),
     Q("214 lượt công dân", 214, "lượt công dân"),
     Q("63 đơn thư", 63, "đơn thư"),
     Q("51 đơn", 51, "đơn"),
     Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
     Q("37 nhà Đại đoàn kết", 37, "nhà Đại đoàn kết"),
     Q("28 hội viên", 28, "hội viên"),
     Q("19 hộ", 19, "hộ"),
     Q("6 huyện, thành phố", 6, "huyện, thành phố")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27-CT/TU của Ban Thường vụ Tỉnh ủy")],
    [prov("Quảng Nam"), com("A Xan"), com("Duy Phước")],
    ["Báo Quảng Nam Online", "Chính trị / Xây dựng Đảng", "Bạn đang xem: Tin tức » Chính trị", "(QNO)",
     "Quang cảnh hội nghị giao ban. Ảnh: V.Anh", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Cơ Tu"],
    ["quý III/2014", "quý IV", "1 năm", "lần thứ XXI", "15.12", "8.10"]))

# ---------------------------------------------------------------- b897 Cao Bằng 2015, BĐBP bàn giao nhà
PAGES.append(page("b897-caobang-biengphong-bangiaonha-2015", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ >> Quốc phòng - An ninh
19/11/2015 - 14:35
Bộ đội Biên phòng bàn giao nhà tình nghĩa cho hộ nghèo vùng biên
Lãnh đạo Bộ Chỉ huy BĐBP tỉnh trao quyết định bàn giao nhà cho gia đình ông Nông Văn Thào.
Nhân dịp kỷ niệm 85 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, ngày 18/11, tại xã Đàm Thủy (Trùng Khánh), Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh phối hợp với Ủy ban MTTQ huyện Trùng Khánh tổ chức lễ bàn giao 6 ngôi nhà tình nghĩa cho hộ nghèo ở các xã biên giới. Dự buổi lễ có Đại tá Nông Văn Lịch, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh; bà Hà Thị Khuyên, Phó Chủ tịch Ủy ban MTTQ huyện Trùng Khánh cùng đông đảo bà con nhân dân xóm Bản Giốc.
Các ngôi nhà được xây dựng theo Kế hoạch số 1863/KH-BCH ngày 15/6/2015 của Bộ Chỉ huy BĐBP tỉnh và Chương trình phối hợp số 05/CTPH-BĐBP-MTTQ về xây dựng khu dân cư an toàn, vững mạnh vùng biên giới. Mỗi ngôi nhà có diện tích từ 50 đến 60 m2, trị giá 50 triệu đồng, trong đó BĐBP tỉnh hỗ trợ 40 triệu đồng, phần còn lại do gia đình và dòng họ đóng góp. Cán bộ, chiến sĩ các đồn biên phòng đã góp 420 ngày công giúp các gia đình san nền, vận chuyển vật liệu. Tổng kinh phí xây dựng 6 ngôi nhà là 300 triệu đồng.
Phát biểu tại buổi lễ, Trung tá Đàm Văn Khoa, Phó Chính ủy Bộ Chỉ huy BĐBP tỉnh cho biết, thời gian qua, thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", lực lượng BĐBP tỉnh Cao Bằng đã phát huy vai trò "đội công tác" trong công tác dân vận, giúp đồng bào Tày, Nùng ở khu vực biên giới phát triển sản xuất, ổn định cuộc sống. Từ đầu năm đến nay, đơn vị đã xây dựng và sửa chữa 23 ngôi nhà, hỗ trợ 1.200 cây giống, nhận đỡ đầu 41 học sinh nghèo theo chương trình "Nâng bước em tới trường".
Thiếu tá Lương Văn Thẩm, Chính trị viên Đồn Biên phòng Đàm Thủy cho biết, trước khi làm nhà, đồn đã phối hợp với cấp ủy, chính quyền xã Đàm Thủy và xã Ngọc Côn họp dân bình xét công khai, chọn đúng những hộ khó khăn nhất. Ông Lục Văn Nhì, trưởng xóm Pác Rằng, xã Ngọc Côn phấn khởi: "Bà con trong xóm ai cũng cảm động vì bộ đội không quản nắng mưa giúp dân dựng nhà".
Xúc động nhận ngôi nhà mới, ông Nông Văn Thào bày tỏ: "Cả đời gia đình tôi sống trong căn nhà tạm dột nát, nay có nhà vững chãi, tôi sẽ cố gắng làm ăn để thoát nghèo".
Dịp này, đoàn công tác đã trao 150 suất quà, mỗi suất trị giá 300.000 đồng cho các hộ nghèo, hộ chính sách trên địa bàn và tặng 35 bộ quần áo ấm cho học sinh Trường Tiểu học Đàm Thủy.
Bế Hường
Tin khác
- Đồn Biên phòng Lý Vạn tổ chức Ngày hội Đại đoàn kết (17/11/2015)
- Hà Quảng: Ra mắt tổ tự quản đường biên, mốc giới (10/11/2015)
- Phòng, chống xuất nhập cảnh trái phép qua biên giới (03/11/2015)
""", "2015-11-19", "Bộ đội Biên phòng bàn giao nhà tình nghĩa cho hộ nghèo vùng biên",
    E("trao_qua", None, "2015-11-18"),
    [P("Nông Văn Lịch", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
     P("Hà Thị Khuyên", "Phó Chủ tịch Ủy ban MTTQ huyện Trùng Khánh"),
     P("Đàm Văn Khoa", "Trung tá", "Phó Chính ủy Bộ Chỉ huy BĐBP tỉnh"),
     P("Lương Văn Thẩm", "Thiếu tá", "Chính trị viên Đồn Biên phòng Đàm Thủy"),
     P("Lục Văn Nhì", "trưởng xóm Pác Rằng"),
     P("Nông Văn Thào")],
    [Q("6 ngôi nhà", 6, "ngôi nhà"),
     Q("50", 50, "m2"),
     Q("60 m2", 60, "m2"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("420 ngày công", 420, "ngày công"),
     Q("300 triệu đồng", 300000000, "đồng"),
     Q("23 ngôi nhà", 23, "ngôi nhà"),
     Q("1.200 cây giống", 1200, "cây giống"),
     Q("41 học sinh nghèo", 41, "học sinh nghèo"),
     Q("150 suất quà", 150, "suất quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("35 bộ quần áo ấm", 35, "bộ quần áo ấm")],
    [D("Kế hoạch", "1863", "KH-BCH", "2015-06-15", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 1863/KH-BCH ngày 15/6/2015 của Bộ Chỉ huy BĐBP tỉnh"),
     D("Chương trình phối hợp", "05", "CTPH-BĐBP-MTTQ", None, None, "Chương trình phối hợp số 05/CTPH-BĐBP-MTTQ")],
    [prov("Cao Bằng"), com("Đàm Thủy"), com("Ngọc Côn")],
    ["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ >> Quốc phòng - An ninh",
     "Lãnh đạo Bộ Chỉ huy BĐBP tỉnh trao quyết định bàn giao nhà cho gia đình ông Nông Văn Thào.",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nâng bước em tới trường", "Trường Tiểu học Đàm Thủy",
     "đội công tác"],
    ["85 năm", "Ngày truyền thống Mặt trận Tổ quốc Việt Nam", "Từ đầu năm"]))

# ---------------------------------------------------------------- b898 Sơn La 2016, tập huấn
PAGES.append(page("b898-sonla-bdv-taphuan-2016", """
BAN DÂN VẬN TỈNH ỦY SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Hoạt động của Ban
Ngày đăng: 18/05/2016
Tập huấn nghiệp vụ công tác dân vận năm 2016 cho cán bộ cơ sở
Trong 2 ngày 17 - 18/5/2016, tại thị trấn Nông trường Mộc Châu, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 142 học viên là cán bộ phụ trách công tác dân vận xã, phường, thị trấn, trưởng khối dân vận các xã thuộc huyện Mộc Châu, Vân Hồ, Yên Châu. Đồng chí Cầm Thị Nguyệt Ánh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc lớp tập huấn.
Các học viên được nghe giới thiệu 5 chuyên đề: những nội dung cơ bản của Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Chương trình hành động số 45-CTr/TU của Tỉnh ủy thực hiện Nghị quyết; kỹ năng nắm tình hình nhân dân, tuyên truyền, vận động đồng bào ở vùng có đạo; phương pháp xây dựng, nhân rộng các mô hình "Dân vận khéo" theo Hướng dẫn số 16-HD/BDVTW của Ban Dân vận Trung ương; kỹ năng tham gia hòa giải ở cơ sở.
Các chuyên đề do đồng chí Lò Văn Phóng, Phó Trưởng Ban Dân vận Tỉnh ủy và các báo cáo viên của Ban trực tiếp truyền đạt. Nội dung tập huấn được biên soạn ngắn gọn, gắn với thực tiễn vùng đồng bào dân tộc thiểu số, nhiều tình huống được lấy từ chính các bản của Sơn La.
Theo Ban Dân vận Tỉnh ủy, năm 2015 toàn tỉnh đã xây dựng 386 mô hình "Dân vận khéo", trong đó lĩnh vực phát triển kinh tế chiếm 61%. Tuy nhiên, đội ngũ cán bộ dân vận cơ sở thường xuyên biến động, nhiều người mới đảm nhiệm nên kỹ năng tuyên truyền, vận động còn hạn chế; có nơi cán bộ chưa biết tiếng dân tộc nên khó nắm bắt tâm tư của bà con.
Trong phần thảo luận, đồng chí Vàng A Chứ, Phó Trưởng Ban Dân vận Huyện ủy Vân Hồ chia sẻ kinh nghiệm vận động đồng bào Mông không theo các tổ chức tôn giáo bất hợp pháp. Chị Lò Thị Ươi, cán bộ Ban Dân vận Huyện ủy Yên Châu đề nghị tăng thời lượng thực hành kỹ năng đối thoại. Ông Hà Văn Khiêm, trưởng bản Nà Bó, xã Chiềng Hặc kể lại cách bản vận động 47 hộ hiến đất mở rộng đường nội bản mà không phải đền bù.
Bế mạc lớp tập huấn, đồng chí Cầm Thị Nguyệt Ánh yêu cầu học viên vận dụng kiến thức vào thực tế, mỗi xã xây dựng ít nhất một mô hình "Dân vận khéo" trong năm; các huyện ủy quan tâm bố trí kinh phí cho khối dân vận cơ sở hoạt động. Kết thúc lớp học, 100% học viên đạt yêu cầu. Học viên được hỗ trợ tiền ăn 100.000 đồng/người/ngày.
Ban Dân vận Tỉnh ủy
Các tin đã đưa
- Giao ban công tác dân vận quý I năm 2016 (12/04/2016)
- Hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2016 (28/03/2016)
- Mai Sơn: Sơ kết 3 năm thực hiện Nghị quyết 25 của Trung ương (15/03/2016)
""", "2016-05-18", "Tập huấn nghiệp vụ công tác dân vận năm 2016 cho cán bộ cơ sở",
    E("tap_huan", "2016", "2016-05-17"),
    [P("Cầm Thị Nguyệt Ánh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lò Văn Phóng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Vàng A Chứ", "Phó Trưởng Ban Dân vận Huyện ủy Vân Hồ"),
     P("Lò Thị Ươi", "cán bộ Ban Dân vận Huyện ủy Yên Châu"),
     P("Hà Văn Khiêm", "trưởng bản Nà Bó")],
    [Q("142 học viên", 142, "học viên"),
     Q("5 chuyên đề", 5, "chuyên đề"),
     Q("386 mô hình", 386, "mô hình"),
     Q("61%", 61, "%"),
     Q("47 hộ", 47, "hộ"),
     Q("100%", 100, "%"),
     Q("100.000 đồng", 100000, "đồng")],
    [D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương"),
     D("Chương trình hành động", "45", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU của Tỉnh ủy"),
     D("Hướng dẫn", "16", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 16-HD/BDVTW của Ban Dân vận Trung ương")],
    [prov("Sơn La"), com("Nông trường Mộc Châu"), com("Chiềng Hặc")],
    ["BAN DÂN VẬN TỈNH ỦY SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Hoạt động của Ban", "Dân vận khéo"],
    ["2 ngày", "khóa XI", "năm 2015", "một mô hình", "100.000 đồng/người/ngày"]))
