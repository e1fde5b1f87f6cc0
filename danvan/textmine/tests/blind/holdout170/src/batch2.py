from lib import *
PAGES = []

PAGES.append(page("b4043-hatinh-laodongvenuoc-hoinghi-2017", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Xã hội » Lao động - Việc làm
Cập nhật lúc 17:20 ngày 26/10/2017
Vận động lao động ở Hàn Quốc về nước đúng hạn: "Không để ai ở lại bất hợp pháp"
Quang cảnh hội nghị tại huyện Nghi Xuân. Ảnh: Thu Phương
Ngày 25/10, UBND tỉnh phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị tuyên truyền, vận động người lao động làm việc tại Hàn Quốc về nước đúng hạn năm 2017 cho đại diện 1.120 thân nhân người lao động đến từ 44 xã có đông lao động cư trú bất hợp pháp.
Đồng chí Đặng Quốc Vinh, Phó Chủ tịch UBND tỉnh; đồng chí Trần Thị Hồng Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh đồng chủ trì hội nghị. Dự có ông Phan Đình Long - Phó Giám đốc Trung tâm Lao động ngoài nước (Bộ Lao động - Thương binh và Xã hội).
Theo báo cáo, hiện Hà Tĩnh có khoảng 3.400 người đang làm việc tại Hàn Quốc theo Chương trình cấp phép việc làm (EPS), trong đó 1.027 người đã hết hạn hợp đồng nhưng không về nước, tỷ lệ cư trú bất hợp pháp 30,2%, cao thứ 3 cả nước. Do tình trạng này, Hàn Quốc đã tạm dừng tiếp nhận lao động của 7 huyện trên địa bàn tỉnh từ năm 2016, khiến hơn 600 thanh niên đã học xong tiếng Hàn phải chờ đợi.
Thực hiện Quyết định 1465/QĐ-LĐTBXH của Bộ Lao động - Thương binh và Xã hội và Công văn số 3168/UBND-VX ngày 12/6/2017 của UBND tỉnh, các địa phương đã ký cam kết với 865 gia đình; Mặt trận và các đoàn thể thành lập 132 tổ vận động ở thôn, xóm. Người lao động về nước đúng hạn được nhận lại tiền ký quỹ 100 triệu đồng và được ưu tiên tham dự kỳ thi tiếng Hàn theo diện đặc biệt.
Tại hội nghị, ông Nguyễn Văn Tư, Chủ tịch UBND xã Xuân Viên, cho biết xã có 136 lao động đi Hàn Quốc, đến nay đã vận động được 41 người về nước. Bà Lê Thị Hà, mẹ của một lao động ở xã Thạch Bằng, chia sẻ: "Con tôi về đúng hạn, được trả đủ tiền ký quỹ, nay đang học thêm để đi lại theo chương trình lao động có tay nghề".
Phát biểu kết luận, đồng chí Đặng Quốc Vinh yêu cầu các cấp, các ngành tiếp tục thực hiện Kế hoạch số 204/KH-UBND của UBND tỉnh; người đứng đầu cấp ủy, chính quyền xã chịu trách nhiệm nếu để phát sinh thêm lao động bỏ trốn; phấn đấu đến cuối năm giảm tỷ lệ cư trú bất hợp pháp xuống còn 25%. Đồng chí Trần Thị Hồng Minh đề nghị Mặt trận các cấp đưa nội dung này vào hương ước, quy ước thôn, xóm và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Thu Phương
Lượt xem: 2.086
Tin liên quan
- Can Lộc: 300 thanh niên đăng ký học tiếng Nhật (20/10/2017)
- Hà Tĩnh có hơn 8.000 lao động đi làm việc nước ngoài trong 9 tháng (10/10/2017)
- Thạch Hà tổ chức phiên giao dịch việc làm lưu động (28/09/2017)
- Lộc Hà vận động 27 lao động về nước đúng hạn (15/09/2017)
""", "2017-10-26", "Vận động lao động ở Hàn Quốc về nước đúng hạn: \"Không để ai ở lại bất hợp pháp\"",
E("hoi_nghi", "2017", "2017-10-25"),
[P("Đặng Quốc Vinh", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Hồng Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Đình Long", "Phó Giám đốc Trung tâm Lao động ngoài nước"),
 P("Nguyễn Văn Tư", "Chủ tịch UBND xã Xuân Viên"),
 P("Lê Thị Hà")],
[Q("1.120 thân nhân người lao động", 1120, "thân nhân người lao động"), Q("44 xã", 44, "xã"),
 Q("khoảng 3.400 người", 3400, "người", "approx"), Q("1.027 người", 1027, "người"), Q("30,2%", 30.2, "%"),
 Q("7 huyện", 7, "huyện"), Q("hơn 600 thanh niên", 600, "thanh niên", "over"), Q("865 gia đình", 865, "gia đình"),
 Q("132 tổ vận động", 132, "tổ vận động"), Q("100 triệu đồng", 100000000, "đồng"), Q("136 lao động", 136, "lao động"),
 Q("41 người", 41, "người"), Q("còn 25%", 25, "%")],
[D("Quyết định", "1465", "QĐ-LĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Quyết định 1465/QĐ-LĐTBXH"),
 D("Công văn", "3168", "UBND-VX", "2017-06-12", "UBND tỉnh", "Công văn số 3168/UBND-VX ngày 12/6/2017"),
 D("Kế hoạch", "204", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 204/KH-UBND")],
[prov("Hà Tĩnh"), com("Xuân Viên"), com("Thạch Bằng")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Xã hội » Lao động - Việc làm",
 "Quang cảnh hội nghị tại huyện Nghi Xuân. Ảnh: Thu Phương", "Không để ai ở lại bất hợp pháp",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình cấp phép việc làm (EPS)", "Lượt xem: 2.086"],
["Cập nhật lúc 17:20 ngày 26/10/2017", "năm 2017", "năm 2016", "thứ 3", "Lượt xem: 2.086"]))

PAGES.append(page("b4044-laocai-ldld-tongket-2018", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI
Trang chủ > Tin tức > Hoạt động Công đoàn
2018-12-27 16:40
Ảnh: Đồng chí Giàng Seo Phử trao Bằng khen cho các tập thể.
Công đoàn Lào Cai: tư vấn, giới thiệu việc làm cho gần 5.000 đoàn viên, người lao động
Chiều 26/12/2018, Liên đoàn Lao động tỉnh Lào Cai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2018, triển khai nhiệm vụ năm 2019. Dự có đồng chí Giàng Seo Phử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Thị Thu Hường, UVBCH Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh chủ trì hội nghị.
Năm 2018, các cấp công đoàn tỉnh đã phối hợp với Trung tâm Dịch vụ việc làm tỉnh tư vấn, giới thiệu việc làm cho gần 5.000 đoàn viên, người lao động, trong đó 1.840 người tìm được việc làm mới; Trung tâm Tư vấn pháp luật Công đoàn tư vấn cho 312 lượt người về hợp đồng lao động, bảo hiểm thất nghiệp. Quỹ Trợ vốn CEP của Liên đoàn cho 1.260 lượt đoàn viên vay với tổng số tiền 21,6 tỷ đồng để phát triển kinh tế, tạo việc làm tại chỗ.
Các công đoàn cơ sở đã phối hợp với chủ doanh nghiệp tổ chức 48 lớp bồi dưỡng nâng cao tay nghề, thi thợ giỏi cho 2.350 công nhân trong khai khoáng, hóa chất, thủy điện. Toàn tỉnh phát triển mới 2.817 đoàn viên, thành lập mới 36 công đoàn cơ sở, vượt 12% chỉ tiêu; 94% doanh nghiệp có tổ chức công đoàn đã tổ chức đối thoại định kỳ tại nơi làm việc.
Thảo luận tại hội nghị, bà Tẩn Thị Mẩy, Chủ tịch Công đoàn xã Bản Xèo, cho biết công đoàn xã đã vận động 64 lao động là người Dao, người Mông vào làm việc tại Khu công nghiệp Tằng Loỏng, thu nhập bình quân 5,8 triệu đồng/tháng. Ông Lý Láo Lở, Chủ tịch Công đoàn Công ty Apatit Việt Nam, đề nghị có chính sách nhà ở cho công nhân xa nhà.
Phát biểu, đồng chí Giàng Seo Phử đề nghị năm 2019 các cấp công đoàn tiếp tục quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2008 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn, Chỉ thị 37-CT/TW của Ban Bí thư về quan hệ lao động; chú trọng vận động lao động trẻ ở các xã vùng cao như Y Tý, Bản Xèo tham gia học nghề, đi làm việc tại doanh nghiệp.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 5 tập thể và 7 cá nhân; Liên đoàn Lao động tỉnh tặng Bằng khen cho 18 tập thể, 33 cá nhân. Các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Sần Thị Chung, Vũ Đức Thịnh công bố các quyết định khen thưởng.
Hoàng Lan
Số lượt xem: 534
Bài viết liên quan
- Trao 120 suất quà cho công nhân khó khăn dịp Tết (20/12/2018)
- LĐLĐ huyện Bảo Thắng tập huấn nghiệp vụ cho 80 cán bộ công đoàn (05/12/2018)
- Tọa đàm về nhà ở cho công nhân khu công nghiệp (22/11/2018)
""", "2018-12-27", "Công đoàn Lào Cai: tư vấn, giới thiệu việc làm cho gần 5.000 đoàn viên, người lao động",
E("tong_ket", "2018", "2018-12-26"),
[P("Giàng Seo Phử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hường", "UVBCH Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Tẩn Thị Mẩy", "Chủ tịch Công đoàn xã Bản Xèo"),
 P("Lý Láo Lở", "Chủ tịch Công đoàn Công ty Apatit Việt Nam"),
 P("Sần Thị Chung", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vũ Đức Thịnh", "Phó Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("gần 5.000 đoàn viên, người lao động", 5000, "đoàn viên, người lao động", "approx"), Q("1.840 người", 1840, "người"),
 Q("312 lượt người", 312, "lượt người"), Q("1.260 lượt đoàn viên", 1260, "lượt đoàn viên"), Q("21,6 tỷ đồng", 21600000000, "đồng"),
 Q("48 lớp bồi dưỡng", 48, "lớp bồi dưỡng"), Q("2.350 công nhân", 2350, "công nhân"), Q("2.817 đoàn viên", 2817, "đoàn viên"),
 Q("36 công đoàn cơ sở", 36, "công đoàn cơ sở"), Q("12%", 12, "%"), Q("94%", 94, "%"),
 Q("64 lao động", 64, "lao động"), Q("5,8 triệu đồng/tháng", 5800000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("18 tập thể", 18, "tập thể"), Q("33 cá nhân", 33, "cá nhân")],
[D("Nghị quyết", "02", "NQ/TW", "2008-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2008"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW")],
[prov("Lào Cai"), com("Bản Xèo"), com("Y Tý")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", "Trang chủ > Tin tức > Hoạt động Công đoàn",
 "Ảnh: Đồng chí Giàng Seo Phử trao Bằng khen cho các tập thể.", "Quỹ Trợ vốn CEP", "Khu công nghiệp Tằng Loỏng", "Số lượt xem: 534"],
["2018-12-27 16:40", "năm 2018", "năm 2019", "Số lượt xem: 534"]))

PAGES.append(page("b4045-quangnam-mttq-giamsat-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ | Giám sát và phản biện xã hội
25.09.2019 | 15:20
Giám sát đào tạo nghề cho lao động nông thôn tại các huyện miền núi
Ngày 24/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Bhling Mia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đào tạo nghề cho lao động nông thôn năm 2019 tại huyện Đông Giang và huyện Tây Giang.
Đoàn giám sát làm việc tại UBND huyện Tây Giang.
Thành viên đoàn có bà Nguyễn Thị Thu Lan, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; ông Alăng Dưa, Phó Trưởng ban Dân tộc HĐND tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh.
Theo báo cáo của huyện Tây Giang, từ năm 2015 đến nay huyện đã mở 58 lớp đào tạo nghề cho 1.612 lao động người Cơ Tu, chủ yếu các nghề trồng và chăm sóc cây ba kích, chăn nuôi heo, gà, dệt thổ cẩm, sửa chữa xe máy; khoảng 70% học viên có việc làm sau đào tạo. Năm 2019, huyện được phân bổ 1,85 tỷ đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững, đã mở 9 lớp với 265 học viên. Huyện Đông Giang đã mở 11 lớp cho 302 học viên, trong đó 47 người đi làm việc tại các doanh nghiệp ở Khu công nghiệp Điện Nam - Điện Ngọc.
Qua giám sát, đoàn nhận thấy việc khảo sát nhu cầu học nghề có nơi còn hình thức; một số lớp học chưa đủ thời lượng 3 tháng theo quy định; mức hỗ trợ tiền ăn 30.000 đồng/ngày, tiền đi lại chưa kịp thời; 2 lớp học không được cấp chứng chỉ. Ông A Lăng Bốn, Chủ tịch UBND xã A Xan, phản ánh người học nghề chăn nuôi xong không có vốn làm chuồng trại vì hộ nghèo đã vay tối đa.
Ông Zơrâm Pố, Bí thư Đảng ủy xã Ch'ơm, kiến nghị gắn dạy nghề với các dự án trồng sâm Ngọc Linh, dược liệu dưới tán rừng và đưa lao động đi làm việc ở Nhật Bản theo Quyết định số 71/2009/QĐ-TTg.
Kết luận buổi giám sát, ông Bhling Mia ghi nhận kết quả đạt được của 2 huyện, đề nghị UBND các huyện thực hiện đúng Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ quy định chính sách hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng và Kế hoạch 3518/KH-UBND của UBND tỉnh; Mặt trận các cấp tiếp tục giám sát, phản ánh kịp thời ý kiến của người học. Đoàn sẽ tổng hợp 14 kiến nghị gửi UBND tỉnh.
Theo Ủy ban MTTQ Việt Nam tỉnh Quảng Nam, năm 2019 Mặt trận các cấp đã chủ trì 36 cuộc giám sát chuyên đề, trong đó 9 cuộc về chính sách dạy nghề, giải quyết việc làm cho lao động nông thôn và đồng bào dân tộc thiểu số; đã đề nghị thu hồi hơn 120 triệu đồng kinh phí hỗ trợ học nghề chi sai đối tượng.
Quỳnh Như
Lượt truy cập: 8.742
Tin khác
- Phản biện dự thảo Nghị quyết về hỗ trợ nhà ở cho hộ nghèo (16/09/2019)
- Mặt trận tỉnh giám sát việc thu hồi đất tại Thăng Bình (05/09/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 12 (20/08/2019)
""", "2019-09-25", "Giám sát đào tạo nghề cho lao động nông thôn tại các huyện miền núi",
E("giam_sat", "2019", "2019-09-24"),
[P("Bhling Mia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Lan", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Dưa", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("A Lăng Bốn", "Chủ tịch UBND xã A Xan"),
 P("Zơrâm Pố", "Bí thư Đảng ủy xã Ch'ơm")],
[Q("58 lớp đào tạo nghề", 58, "lớp đào tạo nghề"), Q("1.612 lao động người Cơ Tu", 1612, "lao động người Cơ Tu"),
 Q("khoảng 70%", 70, "%", "approx"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("9 lớp", 9, "lớp"),
 Q("265 học viên", 265, "học viên"), Q("11 lớp", 11, "lớp"), Q("302 học viên", 302, "học viên"), Q("47 người", 47, "người"),
 Q("30.000 đồng/ngày", 30000, "đồng"), Q("2 lớp học", 2, "lớp học"), Q("2 huyện", 2, "huyện"), Q("14 kiến nghị", 14, "kiến nghị"), Q("36 cuộc giám sát chuyên đề", 36, "cuộc giám sát chuyên đề"), Q("9 cuộc", 9, "cuộc"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over")],
[D("Quyết định", "71", "2009/QĐ-TTg", None, None, "Quyết định số 71/2009/QĐ-TTg"),
 D("Quyết định", "46", "2015/QĐ-TTg", "2015-09-28", "Thủ tướng Chính phủ", "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015"),
 D("Kế hoạch", "3518", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 3518/KH-UBND")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Tây Giang.", "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
 "Khu công nghiệp Điện Nam - Điện Ngọc", "Lượt truy cập: 8.742"],
["25.09.2019 | 15:20", "năm 2019", "từ năm 2015", "3 tháng", "dưới 3 tháng", "Lượt truy cập: 8.742"]))

PAGES.append(page("b4046-binhduong-ldld-doithoai-2020", """
Báo Bình Dương Online
Xã hội › Công đoàn - Việc làm
Thứ Sáu, 16/10/2020 - 07:45
Lãnh đạo tỉnh đối thoại với công nhân bị mất việc, giảm giờ làm do dịch Covid-19
Sáng 15/10, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động tỉnh phối hợp với UBND tỉnh tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với đoàn viên, công nhân lao động năm 2020. Hơn 400 công nhân từ các khu công nghiệp VSIP, Mỹ Phước, Sóng Thần tham dự.
Đồng chí Mai Hùng Dũng trả lời ý kiến công nhân. Ảnh: Ngọc Thủy
Chủ trì đối thoại có các đồng chí: Mai Hùng Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Nguyễn Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy - Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thị Bình, Chủ tịch Liên đoàn Lao động tỉnh; các đồng chí Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Bảo hiểm xã hội tỉnh.
Theo Liên đoàn Lao động tỉnh, 9 tháng năm 2020 do ảnh hưởng của dịch Covid-19, có 318 doanh nghiệp cắt giảm lao động với khoảng 26.500 người mất việc, hơn 120.000 người bị giảm giờ làm, thu nhập giảm khoảng 30%. Công đoàn các cấp đã hỗ trợ 8.640 đoàn viên khó khăn với số tiền 6,9 tỷ đồng; giới thiệu việc làm mới cho 4.215 người qua 21 phiên giao dịch việc làm trực tuyến. Đã có hơn 35.800 người lao động được hưởng chính sách theo Nghị quyết 42/NQ-CP và Quyết định 15/2020/QĐ-TTg.
Anh Rơ Châm Hlin, công nhân Công ty TNHH giày da ở phường Thới Hòa, hỏi về việc anh bị chấm dứt hợp đồng sau 6 năm làm việc nhưng chưa được trả trợ cấp thôi việc. Chị Thạch Thị Kim Liên (quê Trà Vinh, đang thuê trọ tại phường Bình Hòa) đề nghị tỉnh kéo dài thời gian hỗ trợ tiền thuê nhà trọ và có chính sách đào tạo lại nghề cho lao động trên 35 tuổi.
Trả lời, đồng chí Mai Hùng Dũng giao Sở Lao động - Thương binh và Xã hội kiểm tra ngay trường hợp của anh Rơ Châm Hlin, yêu cầu doanh nghiệp chi trả đúng Bộ luật Lao động; khẳng định tỉnh sẽ phối hợp với các trường nghề đào tạo lại miễn phí cho khoảng 5.000 lao động trong năm 2021. Bà Nguyễn Thị Bình cho biết theo Kế hoạch số 19/KH-LĐLĐ, Công đoàn tỉnh sẽ dành 3 tỷ đồng để hỗ trợ đoàn viên thuê trọ, mỗi người 500.000 đồng.
Kết thúc đối thoại, Ban tổ chức ghi nhận 36 ý kiến; 28 ý kiến được trả lời trực tiếp. Đồng chí Nguyễn Văn Lộc đề nghị cấp ủy các cấp thực hiện tốt Kết luận số 79-KL/TW của Ban Bí thư về đẩy mạnh xây dựng quan hệ lao động hài hòa, không để xảy ra ngừng việc tập thể.
Ngọc Thủy
Tin liên quan
- Bình Dương: hơn 2.000 việc làm tại phiên giao dịch trực tuyến (09/10/2020)
- Công đoàn trao 500 suất quà cho công nhân mất việc (28/09/2020)
- Hỗ trợ lao động tự do bị ảnh hưởng dịch bệnh (16/09/2020)
""", "2020-10-16", "Lãnh đạo tỉnh đối thoại với công nhân bị mất việc, giảm giờ làm do dịch Covid-19",
E("doi_thoai", "2020", "2020-10-15"),
[P("Mai Hùng Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy - Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bình", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Rơ Châm Hlin", "công nhân Công ty TNHH giày da"),
 P("Thạch Thị Kim Liên")],
[Q("Hơn 400 công nhân", 400, "công nhân", "over"), Q("318 doanh nghiệp", 318, "doanh nghiệp"),
 Q("khoảng 26.500 người", 26500, "người", "approx"), Q("hơn 120.000 người", 120000, "người", "over"), Q("khoảng 30%", 30, "%", "approx"),
 Q("8.640 đoàn viên khó khăn", 8640, "đoàn viên khó khăn"), Q("6,9 tỷ đồng", 6900000000, "đồng"),
 Q("4.215 người", 4215, "người"), Q("21 phiên giao dịch việc làm trực tuyến", 21, "phiên giao dịch việc làm trực tuyến"),
 Q("hơn 35.800 người lao động", 35800, "người lao động", "over"), Q("khoảng 5.000 lao động", 5000, "lao động", "approx"),
 Q("3 tỷ đồng", 3000000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("36 ý kiến", 36, "ý kiến"), Q("28 ý kiến", 28, "ý kiến")],
[D("Nghị quyết", "42", "NQ-CP", None, None, "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, None, "Quyết định 15/2020/QĐ-TTg"),
 D("Kế hoạch", "19", "KH-LĐLĐ", None, None, "Kế hoạch số 19/KH-LĐLĐ"),
 D("Kết luận", "79", "KL/TW", None, "Ban Bí thư", "Kết luận số 79-KL/TW")],
[prov("Bình Dương"), prov("Trà Vinh"), com("Thới Hòa"), com("Bình Hòa")],
["Báo Bình Dương Online", "Xã hội › Công đoàn - Việc làm", "Đồng chí Mai Hùng Dũng trả lời ý kiến công nhân. Ảnh: Ngọc Thủy",
 "Nhà Văn hóa Lao động tỉnh", "Bộ luật Lao động", "VSIP", "Covid-19"],
["Thứ Sáu, 16/10/2020 - 07:45", "năm 2020", "9 tháng năm 2020", "6 năm", "35 tuổi", "năm 2021", "Covid-19"]))

PAGES.append(page("b4047-angiang-xkld-soket-2021", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang
Trang chủ >> Tin tức - Sự kiện >> Dân vận chính quyền
Ngày 16/07/2021 | 09:15
Toàn cảnh hội nghị trực tuyến.
An Giang: dân vận khéo giúp đồng bào Chăm, Khmer đi làm việc ở nước ngoài
Ngày 15/7/2021, Ban Chỉ đạo công tác giải quyết việc làm và đưa người lao động đi làm việc ở nước ngoài tỉnh tổ chức hội nghị trực tuyến sơ kết 6 tháng đầu năm 2021 với 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Trần Anh Thư, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì; dự có đồng chí Néang Sa Phiên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Dù dịch Covid-19 diễn biến phức tạp, 6 tháng qua toàn tỉnh vẫn giải quyết việc làm cho 14.620 lao động, đạt 48,7% kế hoạch năm; trong đó đưa 312 người đi làm việc ở nước ngoài theo hợp đồng, chủ yếu thị trường Nhật Bản, Đài Loan và Malaysia (đồng bào Chăm sang Malaysia chiếm 58 người). Ngân hàng Chính sách xã hội cho 2.930 lượt hộ vay vốn giải quyết việc làm với số tiền 112,5 tỷ đồng, tạo việc làm cho khoảng 3.500 lao động.
Đồng chí Haji Ka Sim, Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết Ban đã phối hợp với Ủy ban MTTQ tỉnh vận động 96 thanh niên Chăm ở xã Châu Phong, phường Đa Phước đăng ký học tiếng Mã Lai, học nghề may trước khi xuất cảnh. Ông Chau Sóc Tha, Phó Chủ tịch UBND xã Văn Giáo, nêu khó khăn: nhiều lao động Khmer muốn đi làm ăn xa nhưng chưa đủ trình độ văn hóa theo yêu cầu của đối tác.
Thực hiện Kế hoạch 105, 106-KH/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào dân tộc thiểu số học nghề và xuất khẩu lao động, Ban Dân vận các cấp đã tổ chức 214 cuộc tuyên truyền với trên 9.300 lượt người dự; xây dựng 17 mô hình "Dân vận khéo" trong giải quyết việc làm. Có 1.127 lao động về từ các tỉnh, thành phố phía Nam do dịch bệnh được hỗ trợ 1 triệu đồng/người và tư vấn việc làm tại địa phương.
Bà Lâm Thị Sóc Kha, Chủ tịch Hội LHPN xã An Cư, cho biết hội đã phối hợp với Phòng Lao động - Thương binh và Xã hội mở 3 lớp may công nghiệp cho 75 chị em Khmer, sau khóa học có 52 chị được nhận vào làm việc tại các công ty may ở TP Long Xuyên với mức lương khoảng 6 triệu đồng/tháng.
Kết luận hội nghị, đồng chí Trần Anh Thư đề nghị 6 tháng cuối năm tiếp tục thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy, Quyết định số 1151/QĐ-UBND ngày 21/5/2021 của UBND tỉnh; phấn đấu cả năm đưa ít nhất 600 lao động đi làm việc ở nước ngoài, giải quyết việc làm cho 30.000 lao động; các đoàn thể phối hợp vận động lao động về từ vùng dịch tham gia các lớp đào tạo nghề ngắn hạn.
Phương Lan
Lượt xem: 1.318
Tin khác
- Tịnh Biên: hỗ trợ 500 lao động về từ vùng dịch (10/07/2021)
- Khen thưởng 20 mô hình "Dân vận khéo" (30/06/2021)
- Vận động đồng bào Khmer chăm sóc lúa hè thu (21/06/2021)
""", "2021-07-16", "An Giang: dân vận khéo giúp đồng bào Chăm, Khmer đi làm việc ở nước ngoài",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Trần Anh Thư", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Néang Sa Phiên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Haji Ka Sim", "Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Chau Sóc Tha", "Phó Chủ tịch UBND xã Văn Giáo"),
 P("Lâm Thị Sóc Kha", "Chủ tịch Hội LHPN xã An Cư")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"), Q("14.620 lao động", 14620, "lao động"),
 Q("48,7%", 48.7, "%"), Q("312 người", 312, "người"), Q("58 người", 58, "người"), Q("2.930 lượt hộ", 2930, "lượt hộ"),
 Q("112,5 tỷ đồng", 112500000000, "đồng"), Q("khoảng 3.500 lao động", 3500, "lao động", "approx"),
 Q("96 thanh niên Chăm", 96, "thanh niên Chăm"), Q("214 cuộc tuyên truyền", 214, "cuộc tuyên truyền"),
 Q("trên 9.300 lượt người", 9300, "lượt người", "over"), Q("17 mô hình", 17, "mô hình"), Q("1.127 lao động", 1127, "lao động"),
 Q("1 triệu đồng/người", 1000000, "đồng"), Q("ít nhất 600 lao động", 600, "lao động", "over"), Q("30.000 lao động", 30000, "lao động"), Q("3 lớp may công nghiệp", 3, "lớp may công nghiệp"), Q("75 chị em Khmer", 75, "chị em Khmer"), Q("52 chị", 52, "chị"), Q("khoảng 6 triệu đồng/tháng", 6000000, "đồng", "approx")],
[D("Kế hoạch", "105", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 105, 106-KH/TU"),
 D("Kế hoạch", "106", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 105, 106-KH/TU"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Quyết định", "1151", "QĐ-UBND", "2021-05-21", "UBND tỉnh", "Quyết định số 1151/QĐ-UBND ngày 21/5/2021")],
[prov("An Giang"), com("Châu Phong"), com("Đa Phước"), com("Văn Giáo"), com("An Cư")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang", "Trang chủ >> Tin tức - Sự kiện >> Dân vận chính quyền",
 "Toàn cảnh hội nghị trực tuyến.", "Dân vận khéo", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.318"],
["Ngày 16/07/2021 | 09:15", "6 tháng đầu năm 2021", "6 tháng cuối năm", "Lượt xem: 1.318"]))

PAGES.append(page("b4048-kontum-daynghe-taphuan-2022", """
BÁO KON TUM ĐIỆN TỬ
Xã hội - Lao động việc làm
8 tháng 4, 2022 | 10:20
Tập huấn kỹ năng tư vấn học nghề, việc làm cho cán bộ Mặt trận, đoàn thể cơ sở
Ngày 7/4, Ban Dân vận Tỉnh ủy phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lớp tập huấn kỹ năng tư vấn học nghề, việc làm và đưa người lao động đi làm việc ở nước ngoài năm 2022 cho 135 học viên là cán bộ Mặt trận, Hội Nông dân, Hội LHPN, Đoàn Thanh niên các xã, phường, thị trấn và người có uy tín trong đồng bào dân tộc thiểu số.
Các học viên tham gia lớp tập huấn. Ảnh: A Sang
Phát biểu khai mạc, đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: năm 2021 toàn tỉnh mới đưa được 86 lao động đi làm việc ở nước ngoài, thấp nhất khu vực Tây Nguyên; tỷ lệ lao động qua đào tạo đạt 54,5%, trong đó có bằng cấp, chứng chỉ chỉ khoảng 22%.
Trong 2 ngày, học viên được ông A Tuyết, Phó Giám đốc Trung tâm Dịch vụ việc làm tỉnh, bà Y Brếch, Trưởng phòng Lao động - Việc làm Sở Lao động - Thương binh và Xã hội, truyền đạt các nội dung: Luật Giáo dục nghề nghiệp; Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; Nghị quyết 05, 06/NQ-HĐND của HĐND tỉnh về hỗ trợ người lao động đi làm việc ở nước ngoài; kỹ năng nhận diện các chiêu trò lừa đảo tuyển dụng qua mạng xã hội.
Theo Nghị quyết của HĐND tỉnh, lao động là người dân tộc thiểu số đi làm việc ở Hàn Quốc, Nhật Bản được hỗ trợ 15 triệu đồng/người, được vay không quá 100 triệu đồng với lãi suất ưu đãi. Năm 2022, tỉnh phấn đấu đưa 300 lao động đi làm việc ở nước ngoài, mở 120 lớp đào tạo nghề cho khoảng 3.600 lao động nông thôn.
Tại lớp tập huấn, già làng A Nhong, người có uy tín làng Đăk Rơ Wang, xã Đăk Rơ Wa, chia sẻ: "Trước đây bà con sợ con đi xa bị lừa, nay cán bộ về tận làng nói rõ hợp đồng, lương mỗi tháng hơn 30 triệu đồng, nhiều nhà đã cho con đi". Anh A Vương, Bí thư Đoàn xã Đăk Tờ Re, cho biết xã đã có 7 thanh niên người Xơ Đăng sang Nhật Bản làm thực tập sinh.
Ông A Pháp, Phó Chủ tịch Ủy ban MTTQ xã Ngọk Tem, kiến nghị tỉnh sớm có tài liệu tuyên truyền bằng tiếng Xơ Đăng, Ba Na để cán bộ cơ sở dễ vận động. Theo Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum, 3 tháng đầu năm 2022 đã có 41 lao động xuất cảnh, 215 lao động đăng ký tham gia các lớp ngoại ngữ, định hướng.
Kết thúc lớp tập huấn, 100% học viên được cấp giấy chứng nhận.
A Sang
Lượt xem: 702
Tin liên quan
- Đăk Hà: 40 lao động đăng ký đi làm việc tại Hàn Quốc (30/03/2022)
- Ngọc Hồi tổ chức phiên giao dịch việc làm (18/03/2022)
- Tỉnh đoàn ra quân Tháng Thanh niên năm 2022 (02/03/2022)
""", "2022-04-08", "Tập huấn kỹ năng tư vấn học nghề, việc làm cho cán bộ Mặt trận, đoàn thể cơ sở",
E("tap_huan", "2022", "2022-04-07"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuyết", "Phó Giám đốc Trung tâm Dịch vụ việc làm tỉnh"),
 P("Y Brếch", "Trưởng phòng Lao động - Việc làm Sở Lao động - Thương binh và Xã hội"),
 P("A Nhong", "già làng", "người có uy tín làng Đăk Rơ Wang"),
 P("A Vương", "Bí thư Đoàn xã Đăk Tờ Re"),
 P("A Pháp", "Phó Chủ tịch Ủy ban MTTQ xã Ngọk Tem")],
[Q("135 học viên", 135, "học viên"), Q("86 lao động", 86, "lao động"), Q("54,5%", 54.5, "%"), Q("khoảng 22%", 22, "%", "approx"),
 Q("15 triệu đồng/người", 15000000, "đồng"), Q("không quá 100 triệu đồng", 100000000, "đồng"),
 Q("300 lao động", 300, "lao động"), Q("120 lớp đào tạo nghề", 120, "lớp đào tạo nghề"),
 Q("khoảng 3.600 lao động nông thôn", 3600, "lao động nông thôn", "approx"), Q("hơn 30 triệu đồng", 30000000, "đồng", "over"),
 Q("7 thanh niên người Xơ Đăng", 7, "thanh niên người Xơ Đăng"), Q("41 lao động", 41, "lao động"), Q("215 lao động", 215, "lao động"), Q("100% học viên", 100, "%")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "05", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 05, 06/NQ-HĐND"),
 D("Nghị quyết", "06", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 05, 06/NQ-HĐND")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Tờ Re"), com("Ngọk Tem")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội - Lao động việc làm", "Các học viên tham gia lớp tập huấn. Ảnh: A Sang",
 "Luật Giáo dục nghề nghiệp", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 702"],
["8 tháng 4, 2022 | 10:20", "năm 2022", "năm 2021", "2 ngày", "3 tháng đầu năm 2022", "Lượt xem: 702"]))
