from lib import *
PAGES = []

PAGES.append(page("b8351-hoabinh-tinhdoan-chandung-2023", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chủ Nhật, 26/03/2023
Xã hội › Gương sáng › Tuổi trẻ
Chị Bùi Thị Ngát (thứ ba từ trái sang) trò chuyện với đoàn viên xã Cuối Hạ.
Nữ Bí thư Tỉnh đoàn người Mường và khát vọng đưa thanh niên vùng cao lập nghiệp
(BHB) - Ở tuổi 38, chị Bùi Thị Ngát, Tỉnh ủy viên, Bí thư Tỉnh đoàn Hòa Bình nhiệm kỳ 2022 - 2027 là một trong những nữ cán bộ Đoàn trẻ nhất từng giữ cương vị này. Sinh ra ở xóm Mới, xã Phú Vinh, chị hiểu rõ những khó khăn của thanh niên vùng đồng bào Mường, Dao khi tìm đường lập nghiệp.
Trước khi được Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI tín nhiệm bầu vào Ban Chấp hành và Ban Chấp hành Tỉnh đoàn khóa XVI bầu giữ chức Bí thư Tỉnh đoàn, chị từng có 7 năm làm Bí thư Huyện đoàn Tân Lạc, rồi Phó Bí thư Thường trực Tỉnh đoàn. Những người từng làm việc cùng chị như anh Xa Văn Lượng, Phó Bí thư Tỉnh đoàn, vẫn nhớ những chuyến đi bộ hàng giờ vào các xóm vùng cao để nắm tình hình đoàn viên đi làm ăn xa.
Theo chị Ngát, điều trăn trở nhất là làm sao để mỗi chi đoàn ở vùng cao có một "việc làm cụ thể" giúp thanh niên. Từ ý tưởng đó, Tỉnh đoàn đã triển khai Đề án 05-ĐA/TĐTN về hỗ trợ thanh niên khởi nghiệp gắn với sản phẩm OCOP. Sau hơn một năm, toàn tỉnh có 46 mô hình kinh tế do thanh niên làm chủ được hỗ trợ, trong đó 12 sản phẩm đạt OCOP 3 sao. Hàng trăm thanh niên được kết nối vay vốn từ Quỹ Hỗ trợ thanh niên khởi nghiệp với tổng dư nợ khoảng 28 tỷ đồng.
Anh Đinh Công Hiếu, Bí thư Đoàn xã Cuối Hạ, kể: "Chị Ngát đến xã 3 lần chỉ trong một tháng để cùng chúng tôi bàn cách làm homestay cộng đồng". Hiện mô hình của nhóm thanh niên xã đã đón khoảng 1.500 lượt khách, thu về hơn 400 triệu đồng.
Không chỉ chăm lo phát triển kinh tế, chị Ngát còn đặc biệt quan tâm công tác giáo dục chính trị, tư tưởng cho đoàn viên theo Chỉ thị 42-CT/TW của Bộ Chính trị và Kế hoạch số 36-KH/TU của Ban Thường vụ Tỉnh ủy. Với chị, "thanh niên có tin thì mới theo". Các buổi đối thoại giữa Bí thư Tỉnh đoàn với thanh niên được tổ chức đều đặn ở cả 10 huyện, thành phố.
Nói về dự định, chị Ngát cho biết đến cuối nhiệm kỳ, Tỉnh đoàn phấn đấu mỗi xã vùng cao có ít nhất 1 mô hình thanh niên làm kinh tế giỏi, đưa 100% đoàn viên trong độ tuổi được tiếp cận chuyển đổi số. Chị tâm sự: "Đoàn viên người Mường mình hiền, chịu khó, chỉ cần có người dẫn đường là các em đi được rất xa".
Ông Quách Văn Thiềng, người có uy tín xóm Mới, nhận xét: "Cô Ngát là con em của bản, đi đâu cũng nhớ về bản".
Bài, ảnh: Đinh Thắng
Tin liên quan
- Hòa Bình: ra quân Tháng Thanh niên năm 2023 (05/03/2023)
- Tuổi trẻ Mai Châu làm đường giao thông nông thôn (18/02/2023)
- Trao 20 suất học bổng cho học sinh dân tộc thiểu số (10/01/2023)
""", "2023-03-26", "Nữ Bí thư Tỉnh đoàn người Mường và khát vọng đưa thanh niên vùng cao lập nghiệp",
E("khac", None, None),
[P("Bùi Thị Ngát", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn Hòa Bình nhiệm kỳ 2022 - 2027", "Bí thư Tỉnh đoàn", "Bí thư Huyện đoàn Tân Lạc",
   "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Xa Văn Lượng", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Công Hiếu", "Bí thư Đoàn xã Cuối Hạ"),
 P("Quách Văn Thiềng", "người có uy tín xóm Mới")],
[Q("46 mô hình kinh tế", 46, "mô hình kinh tế"), Q("12 sản phẩm", 12, "sản phẩm"),
 Q("khoảng 28 tỷ đồng", 28000000000, "đồng", "approx"), Q("khoảng 1.500 lượt khách", 1500, "lượt khách", "approx"),
 Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("100% đoàn viên", 100, "%")],
[D("Đề án", "05", "ĐA/TĐTN", None, None, "Đề án 05-ĐA/TĐTN"),
 D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 42-CT/TW"),
 D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU")],
[prov("Hòa Bình"), com("Cuối Hạ"), com("Phú Vinh")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Xã hội › Gương sáng › Tuổi trẻ", "(BHB)",
 "Chị Bùi Thị Ngát (thứ ba từ trái sang) trò chuyện với đoàn viên xã Cuối Hạ.", "Quỹ Hỗ trợ thanh niên khởi nghiệp", "OCOP",
 "việc làm cụ thể", "thanh niên có tin thì mới theo"],
["Chủ Nhật, 26/03/2023", "tuổi 38", "7 năm", "lần thứ XVI", "khóa XVI", "hơn một năm", "OCOP 3 sao", "3 lần", "một tháng",
 "1 mô hình", "nhiệm kỳ 2022 - 2027"]))

PAGES.append(page("b8352-tiengiang-ccb-soket-2024", """
HỘI CỰU CHIẾN BINH TỈNH TIỀN GIANG
Trang chủ / Tin tức / Hoạt động Hội
12/07/2024 - 15:25
Hội CCB tỉnh sơ kết 6 tháng đầu năm, kiện toàn Ban Chấp hành khóa VII
Ngày 11/7, Ban Chấp hành Hội Cựu chiến binh tỉnh Tiền Giang khóa VII, nhiệm kỳ 2022 - 2027 tổ chức hội nghị lần thứ 9 sơ kết công tác Hội 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Nguyễn Văn Tư Hiền, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì.
Ảnh: Các đại biểu biểu quyết bầu bổ sung Ủy viên Ban Chấp hành.
6 tháng đầu năm, các cấp Hội đã tổ chức quán triệt Kết luận số 61-KL/TW, 62-KL/TW của Ban Bí thư tới 96% cán bộ, hội viên; phối hợp triển khai Quyết định 17/2024/QĐ-UBND của UBND tỉnh về hỗ trợ xóa nhà tạm, nhà dột nát. Hội đã vận động xây dựng 38 căn nhà "Nghĩa tình đồng đội" với tổng kinh phí khoảng 2,28 tỷ đồng, mỗi căn từ 50 đến 70 triệu đồng; kết nạp 412 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 27.635 người. Quỹ hội viên giúp nhau phát triển kinh tế đạt trên 31 tỷ đồng, có 1.184 lượt hội viên được vay.
Thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp Hội đã tham gia hòa giải thành công 57 vụ việc mâu thuẫn, tranh chấp trong nhân dân; phát hiện, cung cấp cho công an 14 tin báo về tội phạm.
Tại hội nghị, các ý kiến đề nghị tăng cường tập huấn cho cán bộ chi hội; có cơ chế hỗ trợ hội viên vùng ven biển Gò Công bị ảnh hưởng hạn mặn. Ông Lê Văn Tám Lớn, Chủ tịch Hội Cựu chiến binh xã Tân Thành, kiến nghị sớm giải quyết chế độ cho 9 trường hợp tham gia chiến tranh bảo vệ Tổ quốc còn tồn đọng.
Hội nghị đã tiến hành công tác cán bộ: bầu bổ sung 2 ủy viên Ban Chấp hành khóa VII là các ông Phạm Văn Sáu, Nguyễn Hữu Lợi; ông Phạm Văn Sáu, Thượng tá, nguyên Chính ủy Bộ Chỉ huy Quân sự tỉnh được bầu giữ chức Phó Chủ tịch Hội Cựu chiến binh tỉnh khóa VII, nhiệm kỳ 2022 - 2027.
Kết luận hội nghị, Đại tá Nguyễn Văn Tư Hiền đề nghị 6 tháng cuối năm, các cấp Hội chuẩn bị tốt hội nghị sơ kết giữa nhiệm kỳ; phấn đấu cả năm xây dựng ít nhất 70 căn nhà "Nghĩa tình đồng đội", không dưới 95% cơ sở Hội đạt trong sạch, vững mạnh.
Dịp này, Trung ương Hội Cựu chiến binh Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp Cựu chiến binh Việt Nam" cho 15 cá nhân.
Phát biểu tại hội nghị, ông Trần Thanh Phong, Phó Trưởng Ban Dân vận Tỉnh ủy, ghi nhận vai trò của cựu chiến binh trong vận động nhân dân hiến đất làm đường.
Vĩnh Thạnh
Tin liên quan
- CCB Cái Bè giúp nhau thoát nghèo (28/06/2024)
- Hội CCB huyện Chợ Gạo trao 5 căn nhà tình nghĩa (14/06/2024)
- Hội thi "Cựu chiến binh gương mẫu" năm 2024 (30/05/2024)
""", "2024-07-12", "Hội CCB tỉnh sơ kết 6 tháng đầu năm, kiện toàn Ban Chấp hành khóa VII",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Nguyễn Văn Tư Hiền", "Đại tá", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Tám Lớn", "Chủ tịch Hội Cựu chiến binh xã Tân Thành"),
 P("Phạm Văn Sáu", "Thượng tá", "nguyên Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Phó Chủ tịch Hội Cựu chiến binh tỉnh khóa VII"),
 P("Nguyễn Hữu Lợi"),
 P("Trần Thanh Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("96%", 96, "%"), Q("38 căn nhà", 38, 'căn nhà "Nghĩa tình đồng đội"'), Q("khoảng 2,28 tỷ đồng", 2280000000, "đồng", "approx"),
 Q("từ 50", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"), Q("412 hội viên mới", 412, "hội viên mới"),
 Q("27.635 người", 27635, "người"), Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"), Q("1.184 lượt hội viên", 1184, "lượt hội viên"),
 Q("57 vụ việc mâu thuẫn, tranh chấp", 57, "vụ việc mâu thuẫn, tranh chấp"), Q("14 tin báo", 14, "tin báo"),
 Q("9 trường hợp", 9, "trường hợp"), Q("2 ủy viên", 2, "ủy viên"),
 Q("ít nhất 70 căn nhà", 70, 'căn nhà "Nghĩa tình đồng đội"', "over"), Q("không dưới 95%", 95, "%", "over"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Kết luận", "62", "KL/TW", None, "Ban Bí thư", "62-KL/TW"),
 D("Quyết định", "17", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định 17/2024/QĐ-UBND"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Tiền Giang"), com("Tân Thành")],
["HỘI CỰU CHIẾN BINH TỈNH TIỀN GIANG", "Trang chủ / Tin tức / Hoạt động Hội", "Ảnh: Các đại biểu biểu quyết bầu bổ sung Ủy viên Ban Chấp hành.",
 "Nghĩa tình đồng đội", "Vì sự nghiệp Cựu chiến binh Việt Nam"],
["12/07/2024 - 15:25", "khóa VII", "nhiệm kỳ 2022 - 2027", "lần thứ 9", "6 tháng đầu năm 2024", "6 tháng cuối năm"]))

PAGES.append(page("b8353-phutho-hlhtn-daihoi-2024", """
Tỉnh đoàn Phú Thọ - Cổng thông tin điện tử
Tin tức » Hoạt động Hội LHTN
Thứ Sáu, 27/09/2024, 10:10
Đại hội đại biểu Hội Liên hiệp Thanh niên Việt Nam tỉnh Phú Thọ lần thứ VII: Đoàn kết - Sáng tạo - Hội nhập - Phát triển
Quang cảnh Đại hội.
Ngày 26/9/2024, tại Trung tâm Hội nghị tỉnh, Ủy ban Hội LHTN Việt Nam tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2024 - 2029. Đại hội có 200 đại biểu chính thức, đại diện cho trên 112.000 hội viên, thanh niên thuộc 13 huyện, thành, thị.
Dự Đại hội có các đồng chí: Nguyễn Kim Quyết, Bí thư Trung ương Đoàn, Phó Chủ tịch Thường trực Trung ương Hội LHTN Việt Nam; Đinh Công Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hà Thị Lan, Nguyễn Văn Khoa.
Nhiệm kỳ 2019 - 2024, các cấp Hội đã triển khai Chương trình hành động số 19-CTr/TĐTN, Kế hoạch số 77-KH/TĐTN của Ban Thường vụ Tỉnh đoàn và Nghị quyết 45-NQ/TW của Bộ Chính trị. Các cấp Hội đã tổ chức 1.450 hoạt động tình nguyện với sự tham gia của khoảng 165.000 lượt hội viên; hỗ trợ 186 dự án khởi nghiệp; tư vấn hướng nghiệp cho hơn 28.000 thanh niên; xây dựng 264 công trình thanh niên trị giá trên 12 tỷ đồng. Số hội viên tăng 8,6% so với đầu nhiệm kỳ; đã có 92% thanh niên người Mường, Dao được tập hợp vào tổ chức Đoàn, Hội.
Tham luận tại Đại hội, anh Hà Văn Thiện, Chủ tịch Hội LHTN xã Xuân Sơn, chia sẻ mô hình "Thanh niên giữ rừng quốc gia"; chị Đinh Thị Hoa, Chủ tịch Hội LHTN Việt Nam thị xã Phú Thọ, giới thiệu mô hình "Chợ phiên thanh niên khởi nghiệp" thu hút 52 gian hàng.
Đại hội đã hiệp thương cử 47 vị vào Ủy ban Hội LHTN Việt Nam tỉnh khóa VII. Kỳ họp thứ nhất Ủy ban Hội khóa VII đã hiệp thương cử 15 vị vào Ban Thư ký. Anh Trần Đức Hòa, Phó Bí thư Tỉnh đoàn, được hiệp thương giữ chức Chủ tịch Hội LHTN Việt Nam tỉnh Phú Thọ khóa VII, nhiệm kỳ 2024 - 2029; các anh, chị Nguyễn Thị Thúy, Đinh Văn Bảo, Hoàng Minh Tuấn được hiệp thương giữ chức Phó Chủ tịch. Ban Kiểm tra Hội gồm 7 vị.
Đại hội thông qua 4 nhóm chỉ tiêu: phấn đấu đến năm 2029 tập hợp trên 65% thanh niên; mỗi năm phát triển mới khoảng 3.000 hội viên; 100% cơ sở Hội có ít nhất 1 câu lạc bộ, đội, nhóm.
Phát biểu chỉ đạo, đồng chí Nguyễn Kim Quyết đề nghị Hội LHTN tỉnh chú trọng tập hợp thanh niên công nhân tại các khu công nghiệp Thụy Vân, Phú Hà; hỗ trợ thanh niên dân tộc thiểu số chuyển đổi số.
Dịp này, Trung ương Hội LHTN Việt Nam tặng Bằng khen cho 3 tập thể và 5 cá nhân có thành tích xuất sắc.
Thu Hà
Các tin khác
- Hội LHTN huyện Thanh Sơn đại hội nhiệm kỳ 2024 - 2029 (30/07/2024)
- Khai mạc Tuần lễ Thanh niên khởi nghiệp năm 2024 (12/06/2024)
- 180 thanh niên tham gia hiến máu tình nguyện (24/05/2024)
""", "2024-09-27", "Đại hội đại biểu Hội Liên hiệp Thanh niên Việt Nam tỉnh Phú Thọ lần thứ VII: Đoàn kết - Sáng tạo - Hội nhập - Phát triển",
E("dai_hoi", None, "2024-09-26"),
[P("Nguyễn Kim Quyết", "Bí thư Trung ương Đoàn", "Phó Chủ tịch Thường trực Trung ương Hội LHTN Việt Nam"),
 P("Đinh Công Sơn", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Thiện", "Chủ tịch Hội LHTN xã Xuân Sơn"),
 P("Đinh Thị Hoa", "Chủ tịch Hội LHTN Việt Nam thị xã Phú Thọ"),
 P("Trần Đức Hòa", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh Phú Thọ khóa VII"),
 P("Nguyễn Thị Thúy", "Phó Chủ tịch"), P("Đinh Văn Bảo", "Phó Chủ tịch"), P("Hoàng Minh Tuấn", "Phó Chủ tịch")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("trên 112.000 hội viên, thanh niên", 112000, "hội viên, thanh niên", "over"),
 Q("13 huyện, thành, thị", 13, "huyện, thành, thị"), Q("1.450 hoạt động tình nguyện", 1450, "hoạt động tình nguyện"),
 Q("khoảng 165.000 lượt hội viên", 165000, "lượt hội viên", "approx"), Q("186 dự án khởi nghiệp", 186, "dự án khởi nghiệp"),
 Q("hơn 28.000 thanh niên", 28000, "thanh niên", "over"), Q("264 công trình thanh niên", 264, "công trình thanh niên"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("8,6%", 8.6, "%"), Q("92%", 92, "%"), Q("52 gian hàng", 52, "gian hàng"),
 Q("47 vị", 47, "vị"), Q("15 vị", 15, "vị"), Q("7 vị", 7, "vị"), Q("4 nhóm chỉ tiêu", 4, "nhóm chỉ tiêu"),
 Q("trên 65%", 65, "%", "over"), Q("khoảng 3.000 hội viên", 3000, "hội viên", "approx"), Q("100% cơ sở Hội", 100, "%"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Chương trình hành động", "19", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 19-CTr/TĐTN"),
 D("Kế hoạch", "77", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 77-KH/TĐTN"),
 D("Nghị quyết", "45", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 45-NQ/TW")],
[prov("Phú Thọ"), com("Xuân Sơn")],
["Tỉnh đoàn Phú Thọ - Cổng thông tin điện tử", "Tin tức » Hoạt động Hội LHTN", "Quang cảnh Đại hội.", "Đoàn kết - Sáng tạo - Hội nhập - Phát triển",
 "Thanh niên giữ rừng quốc gia", "Chợ phiên thanh niên khởi nghiệp", "Trung tâm Hội nghị tỉnh"],
["Thứ Sáu, 27/09/2024, 10:10", "lần thứ VII", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "khóa VII", "năm 2029", "1 câu lạc bộ"]))

PAGES.append(page("b8354-quangbinh-tinhdoan-baocao-2025", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Cập nhật: 09:42, 15/04/2025 (GMT+7)
Chính trị - Xã hội | Đoàn thể
Tuổi trẻ Quảng Bình hoàn thành 14/16 chỉ tiêu giữa nhiệm kỳ
(QBĐT) - Ban Thường vụ Tỉnh đoàn Quảng Bình vừa ban hành Báo cáo số 418-BC/TĐTN ngày 11/4/2025 đánh giá kết quả giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVIII, nhiệm kỳ 2022 - 2027. Theo báo cáo, sau hơn 2 năm rưỡi, tổ chức Đoàn tỉnh đã hoàn thành và vượt 14/16 chỉ tiêu, 2 chỉ tiêu còn lại đạt trên 80% kế hoạch.
Đoàn viên thanh niên huyện Minh Hóa ra quân xây dựng nông thôn mới. Ảnh: Tỉnh đoàn cung cấp
Cụ thể, các cấp bộ Đoàn đã kết nạp 9.864 đoàn viên mới; giới thiệu 2.712 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt 108% chỉ tiêu nhiệm kỳ; xây dựng 685 công trình, phần việc thanh niên với tổng giá trị gần 41 tỷ đồng. Các cơ sở đoàn đã hỗ trợ 217 dự án khởi nghiệp, trong đó có 34 dự án của thanh niên Bru - Vân Kiều, Chứt. Tỉnh đoàn đã vận động trên 3,6 tỷ đồng xây 52 "Ngôi nhà khăn quàng đỏ" và "Nhà nhân ái", mỗi nhà được hỗ trợ từ 60 triệu đồng trở lên.
Báo cáo cũng nêu rõ hạn chế: tỷ lệ tập hợp thanh niên ngoài nhà trường ở các huyện miền núi chỉ đạt khoảng 48%; một số chi đoàn thôn, bản sinh hoạt chưa đều; việc kiện toàn cán bộ sau đại hội ở một số cơ sở còn chậm.
Về công tác cán bộ, từ sau Đại hội đến nay, Ban Chấp hành Tỉnh đoàn khóa XVIII đã bầu bổ sung 6 ủy viên; hiện Ban Chấp hành có 43 đồng chí, Ban Thường vụ 13 đồng chí. Đồng chí Đinh Thị Xuân Hương, Tỉnh ủy viên, Bí thư Tỉnh đoàn; các Phó Bí thư Tỉnh đoàn gồm Trần Quang Vinh, Hồ Thị Lan và Cao Xuân Tình.
Theo đồng chí Đinh Thị Xuân Hương, trong bối cảnh triển khai Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11, Tỉnh đoàn sẽ chủ động chuẩn bị phương án sắp xếp tổ chức Đoàn, bảo đảm hoạt động thông suốt, không để gián đoạn phong trào ở cơ sở.
Đồng chí Hồ Văn Lợi, Bí thư Đoàn xã Trọng Hóa, cho biết chi đoàn bản Ka Ai đã vận động 100% thanh niên người Chứt tham gia sinh hoạt câu lạc bộ văn hóa, giữ gìn tiếng nói dân tộc.
Nửa cuối nhiệm kỳ, Tỉnh đoàn phấn đấu mỗi năm giới thiệu không dưới 800 đoàn viên ưu tú cho Đảng; 100% cơ sở đoàn tổ chức học tập Nghị quyết Đại hội Đoàn các cấp.
Báo cáo gửi Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy và Ban Bí thư Trung ương Đoàn để theo dõi, chỉ đạo.
Hoàng Lam
Tin liên quan
- Tuổi trẻ Lệ Thủy ra quân Tháng Thanh niên 2025 (04/03/2025)
- Tỉnh đoàn tổng kết công tác năm 2024 (20/12/2024)
- Trao 100 suất quà cho thiếu nhi vùng cao (15/01/2025)
""", "2025-04-15", "Tuổi trẻ Quảng Bình hoàn thành 14/16 chỉ tiêu giữa nhiệm kỳ",
E("bao_cao", None, "2025-04-11"),
[P("Đinh Thị Xuân Hương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Trần Quang Vinh", "Phó Bí thư Tỉnh đoàn"), P("Hồ Thị Lan", "Phó Bí thư Tỉnh đoàn"), P("Cao Xuân Tình", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Văn Lợi", "Bí thư Đoàn xã Trọng Hóa")],
[Q("14/16 chỉ tiêu", 14, "chỉ tiêu"), Q("2 chỉ tiêu", 2, "chỉ tiêu"), Q("trên 80%", 80, "%", "over"),
 Q("9.864 đoàn viên mới", 9864, "đoàn viên mới"), Q("2.712 đoàn viên ưu tú", 2712, "đoàn viên ưu tú"), Q("108%", 108, "%"),
 Q("685 công trình, phần việc thanh niên", 685, "công trình, phần việc thanh niên"), Q("gần 41 tỷ đồng", 41000000000, "đồng", "approx"),
 Q("217 dự án khởi nghiệp", 217, "dự án khởi nghiệp"), Q("34 dự án", 34, "dự án"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("52 \"Ngôi nhà khăn quàng đỏ\" và \"Nhà nhân ái\"", 52, "Ngôi nhà khăn quàng đỏ"),
 Q("từ 60 triệu đồng trở lên", 60000000, "đồng", "over"), Q("khoảng 48%", 48, "%", "approx"),
 Q("6 ủy viên", 6, "ủy viên"), Q("43 đồng chí", 43, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("100% thanh niên", 100, "%"),
 Q("không dưới 800 đoàn viên ưu tú", 800, "đoàn viên ưu tú", "over"), Q("100% cơ sở đoàn", 100, "%")],
[D("Báo cáo", "418", "BC/TĐTN", "2025-04-11", "Ban Thường vụ Tỉnh đoàn", "Báo cáo số 418-BC/TĐTN ngày 11/4/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Quảng Bình"), com("Trọng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chính trị - Xã hội | Đoàn thể", "(QBĐT)",
 "Đoàn viên thanh niên huyện Minh Hóa ra quân xây dựng nông thôn mới. Ảnh: Tỉnh đoàn cung cấp", "Ngôi nhà khăn quàng đỏ", "Nhà nhân ái"],
["Cập nhật: 09:42, 15/04/2025 (GMT+7)", "lần thứ XVIII", "nhiệm kỳ 2022 - 2027", "hơn 2 năm rưỡi", "khóa XVIII", "Hội nghị Trung ương 11"]))

PAGES.append(page("b8355-tuyenquang-tinhdoan-congbo-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Chính trị › Mặt trận - Đoàn thể
Ngày đăng 19/09/2025 | 16:20
Công bố quyết định chỉ định Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Tuyên Quang nhiệm kỳ 2022 - 2027
Đồng chí Lầu Thị Mây trao quyết định và tặng hoa chúc mừng Ban Thường vụ Tỉnh đoàn.
Chiều 18/9, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị công bố các quyết định về việc hợp nhất Tỉnh đoàn Tuyên Quang và Tỉnh đoàn Hà Giang; chỉ định Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra và các chức danh lãnh đạo Tỉnh đoàn Tuyên Quang (mới), nhiệm kỳ 2022 - 2027.
Dự hội nghị có đồng chí Lầu Thị Mây, Phó Bí thư Tỉnh ủy; đồng chí Ma Thị Thoan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại hội nghị, lãnh đạo Ban Tổ chức Tỉnh ủy đã công bố Quyết định số 96-QĐ/TU, 97-QĐ/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy và Quyết định số 1208-QĐ/TWĐTN-TCKT của Ban Bí thư Trung ương Đoàn. Theo đó, Ban Chấp hành Tỉnh đoàn Tuyên Quang nhiệm kỳ 2022 - 2027 gồm 61 đồng chí; Ban Thường vụ gồm 19 đồng chí; Ủy ban Kiểm tra gồm 9 đồng chí.
Đồng chí Nguyễn Hoàng Anh, Tỉnh ủy viên, được chỉ định giữ chức Bí thư Tỉnh đoàn Tuyên Quang nhiệm kỳ 2022 - 2027. Các đồng chí Phó Bí thư Tỉnh đoàn gồm: Sùng Mí Dín, Hoàng Thị Thu Hà, Vàng Văn Thắng, Lý Thị Hồng Nhung.
Sau hợp nhất, Đoàn TNCS Hồ Chí Minh tỉnh có 124 tổ chức cơ sở đoàn trực thuộc ở 124 xã, phường và các khối, với hơn 142.000 đoàn viên; trong đó khoảng 68% là đoàn viên người dân tộc thiểu số như Tày, Mông, Dao, Nùng, Lô Lô, Pà Thẻn.
Phát biểu giao nhiệm vụ, đồng chí Lầu Thị Mây đề nghị Ban Chấp hành Tỉnh đoàn khẩn trương ổn định tổ chức, ban hành quy chế làm việc; tập trung thực hiện Kết luận 150, 155-KL/TW của Bộ Chính trị và Kế hoạch số 03-KH/TU của Tỉnh ủy về hoạt động của các tổ chức chính trị - xã hội sau sắp xếp. Đồng chí lưu ý Tỉnh đoàn quan tâm thanh niên ở các xã biên giới như xã Lũng Cú, xã Sơn Vĩ, xã Xín Cái; đẩy mạnh phong trào "Bình dân học vụ số".
Thay mặt Ban Chấp hành, đồng chí Nguyễn Hoàng Anh hứa sẽ cùng tập thể Ban Chấp hành đoàn kết, sớm đưa các hoạt động đi vào nề nếp, tiếp tục thực hiện các chỉ tiêu Nghị quyết Đại hội Đoàn hai tỉnh đã đề ra. Ngay trong tháng 10, Tỉnh đoàn sẽ tổ chức Hội nghị Ban Chấp hành lần thứ nhất và tập huấn cho 250 cán bộ Đoàn cấp xã.
Cũng tại hội nghị, đồng chí Chẩu Văn Kiên, Bí thư Đoàn xã Mèo Vạc, phát biểu đại diện cho cán bộ Đoàn cơ sở, bày tỏ mong muốn Tỉnh đoàn sớm có hướng dẫn về tổ chức chi đoàn thôn sau sáp nhập.
Thanh Phúc
Tin liên quan
- Phường Minh Xuân ra mắt đội hình thanh niên chuyển đổi số (10/09/2025)
- Tuổi trẻ Tuyên Quang chung tay xóa nhà tạm (25/08/2025)
- Khai giảng lớp tin học cho 80 đoàn viên vùng cao (12/08/2025)
""", "2025-09-19", "Công bố quyết định chỉ định Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Tuyên Quang nhiệm kỳ 2022 - 2027",
E("hoi_nghi", None, "2025-09-18"),
[P("Lầu Thị Mây", "Phó Bí thư Tỉnh ủy"),
 P("Ma Thị Thoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Anh", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn Tuyên Quang nhiệm kỳ 2022 - 2027"),
 P("Sùng Mí Dín", "Phó Bí thư Tỉnh đoàn"), P("Hoàng Thị Thu Hà", "Phó Bí thư Tỉnh đoàn"), P("Vàng Văn Thắng", "Phó Bí thư Tỉnh đoàn"),
 P("Lý Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
 P("Chẩu Văn Kiên", "Bí thư Đoàn xã Mèo Vạc")],
[Q("61 đồng chí", 61, "đồng chí"), Q("19 đồng chí", 19, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("124 tổ chức cơ sở đoàn trực thuộc", 124, "tổ chức cơ sở đoàn trực thuộc"), Q("124 xã, phường", 124, "xã, phường"),
 Q("hơn 142.000 đoàn viên", 142000, "đoàn viên", "over"), Q("khoảng 68%", 68, "%", "approx"), Q("250 cán bộ Đoàn cấp xã", 250, "cán bộ Đoàn cấp xã")],
[D("Quyết định", "96", "QĐ/TU", "2025-09-15", "Ban Thường vụ Tỉnh ủy", "Quyết định số 96-QĐ/TU"),
 D("Quyết định", "97", "QĐ/TU", "2025-09-15", "Ban Thường vụ Tỉnh ủy", "97-QĐ/TU ngày 15/9/2025"),
 D("Quyết định", "1208", "QĐ/TWĐTN-TCKT", None, "Ban Bí thư Trung ương Đoàn", "Quyết định số 1208-QĐ/TWĐTN-TCKT"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 155-KL/TW"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 155-KL/TW"),
 D("Kế hoạch", "03", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 03-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Xín Cái"), com("Mèo Vạc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Lầu Thị Mây trao quyết định và tặng hoa chúc mừng Ban Thường vụ Tỉnh đoàn.", "Bình dân học vụ số", "Tỉnh đoàn Hà Giang"],
["Ngày đăng 19/09/2025 | 16:20", "nhiệm kỳ 2022 - 2027", "61 đồng chí", "19 đồng chí", "9 đồng chí", "tháng 10", "lần thứ nhất", "hai tỉnh"]))

PAGES.append(page("b8356-vinhlong-ccb-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thứ Sáu, 16/01/2026, 08:05
Chính trị » Mặt trận - Đoàn thể
Hội Cựu chiến binh tỉnh tổng kết năm 2025, bầu bổ sung Phó Chủ tịch
Ngày 15/1, Ban Chấp hành Hội Cựu chiến binh tỉnh Vĩnh Long khóa I, nhiệm kỳ 2022 - 2027 tổ chức hội nghị tổng kết công tác Hội và phong trào cựu chiến binh năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động sau khi hợp nhất Hội Cựu chiến binh ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Ảnh: Đại biểu dự hội nghị.
Dự hội nghị có Thiếu tướng Nguyễn Văn Hai Lúa, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam; ông Kim Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Phong trào - Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, đến cuối năm 2025 Hội có 124 cơ sở Hội ở các xã, phường với 68.452 hội viên. Trong năm, thực hiện Kết luận số 03-KL/TU của Ban Thường vụ Tỉnh ủy, Hội đã vận động xây dựng 316 căn nhà "Nghĩa tình đồng đội" với kinh phí gần 18,5 tỷ đồng, góp phần cùng tỉnh hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/8/2025. Có 2.846 hội viên được vay vốn với dư nợ trên 96 tỷ đồng; 94,3% cơ sở Hội được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Ông Thạch Sa Rươn, Chủ tịch Hội Cựu chiến binh xã Hòa Minh, chia sẻ kinh nghiệm vận động hội viên người Khmer hiến 3.200 m2 đất làm đường. Ông Trần Văn Út, Chủ tịch Hội Cựu chiến binh phường Thanh Đức, đề nghị tỉnh sớm ban hành quy định về chế độ phụ cấp cho chi hội trưởng sau sắp xếp.
Hội nghị đã bầu bổ sung 3 đồng chí vào Ban Chấp hành Hội Cựu chiến binh tỉnh khóa I, gồm: Đại tá Lê Hoàng Minh, Thượng tá Nguyễn Văn Bé Ba và ông Sơn Ngọc Thành. Với 41/41 phiếu tán thành, Đại tá Lê Hoàng Minh, nguyên Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh được bầu giữ chức Phó Chủ tịch Hội Cựu chiến binh tỉnh.
Năm 2026, Hội đề ra 8 chỉ tiêu, phấn đấu kết nạp trên 2.000 hội viên mới; xây dựng ít nhất 100 căn nhà "Nghĩa tình đồng đội"; 100% cơ sở Hội tổ chức quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Kết luận hội nghị, ông Huỳnh Văn Năm, Chủ tịch Hội Cựu chiến binh tỉnh, đề nghị các cấp Hội chuẩn bị tổ chức tốt Đại hội Hội Cựu chiến binh cấp xã, tiến tới Đại hội đại biểu Hội Cựu chiến binh tỉnh nhiệm kỳ 2027 - 2032.
Dịp này, Ban Chấp hành Hội tặng Giấy khen cho 45 tập thể, 62 cá nhân.
Phát biểu tại hội nghị, Thiếu tướng Nguyễn Văn Hai Lúa ghi nhận Hội Cựu chiến binh tỉnh đã nhanh chóng ổn định tổ chức sau hợp nhất, giữ vững đoàn kết, không để gián đoạn hoạt động ở cơ sở; đề nghị Hội tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", tham gia bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng.
Kim Hoàng
Tin liên quan
- Cựu chiến binh xã Long Hồ giúp nhau làm kinh tế (08/01/2026)
- Trao 20 căn nhà "Nghĩa tình đồng đội" tại xã Ba Tri (20/12/2025)
- Gặp mặt 150 cựu chiến binh tiêu biểu (05/12/2025)
""", "2026-01-16", "Hội Cựu chiến binh tỉnh tổng kết năm 2025, bầu bổ sung Phó Chủ tịch",
E("tong_ket", "2025", "2026-01-15"),
[P("Nguyễn Văn Hai Lúa", "Thiếu tướng", "Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam"),
 P("Kim Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Phong trào - Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rươn", "Chủ tịch Hội Cựu chiến binh xã Hòa Minh"),
 P("Trần Văn Út", "Chủ tịch Hội Cựu chiến binh phường Thanh Đức"),
 P("Lê Hoàng Minh", "Đại tá", "nguyên Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Văn Bé Ba", "Thượng tá"), P("Sơn Ngọc Thành"),
 P("Huỳnh Văn Năm", "Chủ tịch Hội Cựu chiến binh tỉnh")],
[Q("124 cơ sở Hội", 124, "cơ sở Hội"), Q("68.452 hội viên", 68452, "hội viên"),
 Q("316 căn nhà", 316, 'căn nhà "Nghĩa tình đồng đội"'), Q("gần 18,5 tỷ đồng", 18500000000, "đồng", "approx"),
 Q("2.846 hội viên", 2846, "hội viên"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("94,3%", 94.3, "%"),
 Q("3.200 m2", 3200, "m2"), Q("3 đồng chí", 3, "đồng chí"), Q("41/41 phiếu", 41, "phiếu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"),
 Q("trên 2.000 hội viên mới", 2000, "hội viên mới", "over"), Q("ít nhất 100 căn nhà", 100, 'căn nhà "Nghĩa tình đồng đội"', "over"),
 Q("100% cơ sở Hội", 100, "%"), Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03-KL/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Thanh Đức")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Ảnh: Đại biểu dự hội nghị.", "Nghĩa tình đồng đội", "Bộ đội Cụ Hồ"],
["Thứ Sáu, 16/01/2026, 08:05", "khóa I", "nhiệm kỳ 2022 - 2027", "năm 2025", "năm 2026", "ba tỉnh", "ngày 31/8/2025", "3 đồng chí",
 "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2027 - 2032"]))

# a count of "đồng chí" is people, not money: list every such surface in not_money too (conventions)
for _pg in PAGES:
    for _q in _pg["quantities"]:
        if _q["unit"] == "đồng chí" and _q["surface"].endswith("đồng chí") and _q["surface"] not in _pg["not_money"]:
            _pg["not_money"].append(_q["surface"])
