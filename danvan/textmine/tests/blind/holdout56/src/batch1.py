from lib import *
PAGES = []

PAGES.append(page("b1301-hatinh-xa-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > Hoạt động cơ sở
Thứ Tư, 28/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị.
Đảng ủy xã Thạch Đài tổng kết công tác dân vận năm 2011
Chiều 26/12, Đảng ủy xã Thạch Đài (huyện Thạch Hà, tỉnh Hà Tĩnh) tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Trần Đình Hiếu, HUV, Trưởng Ban Dân vận Huyện ủy Thạch Hà; đồng chí Nguyễn Văn Lợi, Bí thư Đảng ủy xã chủ trì.
Năm qua, khối dân vận xã đã bám sát Chỉ thị số 07-CT/HU ngày 12/4/2011 của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới và Kế hoạch số 21-KH/ĐU của Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở. Các đoàn thể đã vận động nhân dân hiến 3.200 m2 đất, đóng góp trên 1,4 tỷ đồng và 2.850 ngày công để làm 6,2 km đường giao thông nông thôn, 3 km kênh mương nội đồng.
Phong trào thi đua "Dân vận khéo" được triển khai đến 12 chi bộ thôn; xã đã xây dựng 5 mô hình dân vận khéo, trong đó mô hình "Thôn không có người vi phạm pháp luật" ở thôn Trung Tiến được huyện biểu dương. Hội Phụ nữ vận động 146 hội viên tham gia tổ tiết kiệm; Hội Nông dân phối hợp ngân hàng chính sách giải ngân 2,3 tỷ đồng cho 112 hộ vay vốn phát triển sản xuất. Tỷ lệ hộ nghèo giảm từ 18,6% xuống còn 14,2%.
Các ý kiến thảo luận tại hội nghị thẳng thắn chỉ ra hạn chế: sinh hoạt của một số tổ dân vận thôn còn hình thức, chưa nắm chắc tâm tư của nhân dân ở các xóm xa trung tâm; việc phối hợp giữa chính quyền với Mặt trận trong giải quyết kiến nghị của cử tri có lúc chưa kịp thời; vai trò nêu gương của cán bộ, đảng viên trong hiến đất, đóng góp xây dựng nông thôn mới chưa đồng đều giữa các chi bộ. Nhiều đại biểu đề nghị xã công khai rõ ràng các khoản đóng góp của dân để người dân giám sát.
Tổ dân vận các thôn đã tiếp nhận 23 đơn thư, kiến nghị, hòa giải thành 19 vụ việc, không để phát sinh điểm nóng.
Phát biểu tại hội nghị, đồng chí Trần Đình Hiếu đề nghị Đảng ủy xã tiếp tục quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV, nâng cao chất lượng sinh hoạt của tổ dân vận thôn, gắn công tác dân vận với chương trình xây dựng nông thôn mới. Đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã cho biết năm 2012 xã phấn đấu 100% thôn có tổ dân vận hoạt động thường xuyên.
Dịp này, Đảng ủy xã khen thưởng 4 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011; ông Phan Văn Thắng, Trưởng thôn Trung Tiến nhận giấy khen vì có thành tích vận động nhân dân hiến đất làm đường.
Đình Khánh
Lượt xem: 412
Tin liên quan
- Thạch Hà: khối dân vận huyện giao ban quý IV (20/12/2011)
- Xã Thạch Long ra mắt tổ dân vận thôn (08/12/2011)
- Hội Nông dân huyện tổng kết phong trào nông dân sản xuất giỏi (30/11/2011)
- Thạch Đài: nhân dân hiến đất mở đường liên thôn (15/11/2011)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (02/11/2011)
""", "2011-12-28", "Đảng ủy xã Thạch Đài tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Trần Đình Hiếu", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạch Hà"),
 P("Nguyễn Văn Lợi", "Bí thư Đảng ủy xã"),
 P("Lê Thị Hoa", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Phan Văn Thắng", "Trưởng thôn Trung Tiến")],
[Q("3.200 m2", 3200, "m2"), Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("2.850 ngày công", 2850, "ngày công"),
 Q("6,2 km", 6.2, "km"), Q("3 km", 3, "km"), Q("12 chi bộ thôn", 12, "chi bộ thôn"), Q("5 mô hình dân vận khéo", 5, "mô hình dân vận khéo"),
 Q("146 hội viên", 146, "hội viên"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("112 hộ", 112, "hộ"),
 Q("18,6%", 18.6, "%"), Q("14,2%", 14.2, "%"), Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"), Q("19 vụ việc", 19, "vụ việc"),
 Q("100%", 100, "%"), Q("4 tập thể", 4, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "07", "CT/HU", "2011-04-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU ngày 12/4/2011"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU")],
[prov("Hà Tĩnh"), com("Thạch Đài")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động cơ sở", "Ảnh: Quang cảnh hội nghị.",
 "Dân vận khéo", "Thôn không có người vi phạm pháp luật", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV", "Lượt xem: 412"],
["Thứ Tư, 28/12/2011 - 09:20", "năm 2011", "năm 2012", "lần thứ XXV", "Lượt xem: 412"]))

PAGES.append(page("b1302-langson-bdv-taphuan-2013", """
Báo Lạng Sơn điện tử
Thời sự | Chính trị | Xây dựng Đảng
17/10/2013 - 15:45
Tập huấn nghiệp vụ cho 180 cán bộ dân vận cơ sở
(LSO) - Từ ngày 15 đến 16/10, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị Hoàng Văn Thụ tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2013 cho 180 học viên là trưởng khối dân vận, cán bộ Mặt trận và các đoàn thể của các xã, thị trấn thuộc các huyện Văn Lãng, Tràng Định, Bình Gia.
Đồng chí Hoàng Thị Vân phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Hoàng Thị Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: cán bộ dân vận ở xã là người gần dân nhất, phải "nghe dân nói, nói dân hiểu, làm dân tin". Lớp học nhằm giúp học viên nắm vững Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.
Trong 2 ngày, các học viên được nghe các đồng chí: Lăng Văn Chiến, Nông Thị Thủy - Phó Trưởng Ban Dân vận Tỉnh ủy truyền đạt các chuyên đề về kỹ năng vận động quần chúng, kỹ năng hòa giải ở cơ sở; đồng chí Vi Văn Thành, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy giới thiệu Hướng dẫn số 12-HD/BDVTU ngày 5/7/2013 về xây dựng mô hình "Dân vận khéo" ở thôn, bản.
Theo số liệu của Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 226 xã, phường, thị trấn có khối dân vận; 1.640 thôn, bản, khối phố có tổ dân vận. Từ đầu năm, các cơ sở đã vận động nhân dân hiến hơn 42.000 m2 đất, đóng góp khoảng 9,5 tỷ đồng xây dựng nông thôn mới.
Nhiều học viên cho biết đây là lần đầu được bồi dưỡng bài bản về kỹ năng tiếp xúc, đối thoại với người dân. Ở các xã vùng cao biên giới, cán bộ khối dân vận phần lớn kiêm nhiệm, trình độ không đồng đều, có người chưa thạo tiếng dân tộc, nên việc tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến từng bản còn gặp khó khăn. Ban Dân vận Tỉnh ủy cho biết sẽ biên soạn tài liệu hỏi - đáp ngắn gọn, dễ hiểu để phát cho các tổ dân vận thôn, bản.
Tại lớp học, các học viên đã thảo luận, trao đổi kinh nghiệm vận động đồng bào Tày, Nùng, Dao bỏ tập tục lạc hậu. Đồng chí Triệu Văn Pảo, Bí thư Đảng ủy xã Tân Tác, huyện Văn Lãng chia sẻ cách làm của xã khi vận động 38 hộ di dời khỏi vùng sạt lở.
Kết thúc lớp học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận.
Minh Hương
Tin khác
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2013 (04/10/2013)
- Tôn vinh 25 điển hình "Dân vận khéo" (26/9/2013)
- Bình Gia: tọa đàm về công tác dân vận chính quyền (18/9/2013)
- Tràng Định: vận động đồng bào Dao giữ rừng (10/9/2013)
- Học tập Quy chế dân vận ở Đảng bộ khối cơ quan (28/8/2013)
""", "2013-10-17", "Tập huấn nghiệp vụ cho 180 cán bộ dân vận cơ sở",
E("tap_huan", "2013", "2013-10-15"),
[P("Hoàng Thị Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lăng Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Thành", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Triệu Văn Pảo", "Bí thư Đảng ủy xã Tân Tác")],
[Q("180 cán bộ dân vận cơ sở", 180, "cán bộ dân vận cơ sở"), Q("226 xã, phường, thị trấn", 226, "xã, phường, thị trấn"),
 Q("1.640 thôn, bản, khối phố", 1640, "thôn, bản, khối phố"), Q("hơn 42.000 m2", 42000, "m2", "over"),
 Q("khoảng 9,5 tỷ đồng", 9500000000, "đồng", "approx"), Q("38 hộ", 38, "hộ"), Q("100%", 100, "%")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2013-07-05", None, "Hướng dẫn số 12-HD/BDVTU ngày 5/7/2013")],
[prov("Lạng Sơn"), com("Tân Tác")],
["Báo Lạng Sơn điện tử", "Thời sự | Chính trị | Xây dựng Đảng", "(LSO)", "Đồng chí Hoàng Thị Vân phát biểu khai mạc lớp tập huấn.",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Dân vận khéo", "Trường Chính trị Hoàng Văn Thụ", "Quy chế công tác dân vận của hệ thống chính trị"],
["17/10/2013 - 15:45", "Trong 2 ngày", "năm 2013"]))

PAGES.append(page("b1303-thanhhoa-mttq-daihoi-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Mặt trận cơ sở
Ngày đăng 26/09/2014 | 10:30
Xã Quảng Tâm đại hội Mặt trận nhiệm kỳ 2014 - 2019
Ngày 24/9/2014, Ủy ban MTTQ Việt Nam xã Quảng Tâm, huyện Quảng Xương, tỉnh Thanh Hóa tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XII, nhiệm kỳ 2014 - 2019. Đây là đại hội điểm cấp xã của huyện. Về dự có đồng chí Lê Văn Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đỗ Thị Lan, HUV, Chủ tịch Ủy ban MTTQ huyện Quảng Xương.
Đại hội có 120 đại biểu chính thức, đại diện cho hơn 6.800 nhân khẩu của 11 thôn trong xã.
Nhiệm kỳ 2009 - 2014, Mặt trận và các đoàn thể xã đã vận động nhân dân đóng góp 4,6 tỷ đồng xây dựng trường học, nhà văn hóa thôn; Quỹ "Vì người nghèo" xã tiếp nhận 312 triệu đồng, hỗ trợ xây mới 9 nhà đại đoàn kết. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng; 10/11 thôn đạt danh hiệu thôn văn hóa, 92% hộ gia đình đạt gia đình văn hóa.
Báo cáo chính trị trình đại hội cũng chỉ rõ những hạn chế: hoạt động của một số Ban công tác Mặt trận ở khu dân cư chưa thường xuyên; việc tập hợp thanh niên, người lao động đi làm ăn xa còn khó khăn; công tác giám sát, phản biện xã hội ở cơ sở còn lúng túng, chủ yếu thông qua các kỳ tiếp xúc cử tri. Đại hội thống nhất phương hướng nhiệm kỳ mới: phát huy sức mạnh khối đại đoàn kết toàn dân tộc, vận động nhân dân chung sức xây dựng xã đạt chuẩn nông thôn mới, giữ vững an ninh trật tự ở địa bàn ven biển.
Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng đã giám sát 14 công trình, kiến nghị xử lý 3 vụ việc.
Phát biểu chỉ đạo đại hội, đồng chí Lê Văn Quang ghi nhận kết quả xã đạt được; đề nghị Ủy ban MTTQ xã nhiệm kỳ mới thực hiện tốt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; phối hợp chặt chẽ với chính quyền triển khai Kế hoạch số 15-KH/ĐU ngày 3/3/2014 của Đảng ủy xã về vận động nhân dân dồn điền đổi thửa.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại phiên họp thứ nhất, bà Nguyễn Thị Duyên được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tâm; các ông Lê Đình Tuấn, Phạm Văn Cường được hiệp thương làm Phó Chủ tịch.
Đại hội cũng bầu 9 đại biểu đi dự Đại hội MTTQ huyện. Các đại biểu đã thảo luận sôi nổi, nhiều ý kiến đề nghị Mặt trận nhiệm kỳ tới quan tâm hơn đến việc vận động con em quê hương làm ăn xa giúp đỡ hộ khó khăn, xây dựng quỹ khuyến học ở từng dòng họ.
Trọng Hiếu
Tin liên quan
- Quảng Xương: 100% xã hoàn thành đại hội Mặt trận cấp cơ sở (20/09/2014)
- Hướng dẫn tổ chức đại hội MTTQ cấp xã nhiệm kỳ 2014 - 2019 (05/06/2014)
- Hoằng Hóa: ra mắt 45 Ban công tác Mặt trận khu dân cư (28/05/2014)
- Ngày hội Đại đoàn kết ở thôn Ngọc Trà (18/11/2013)
""", "2014-09-26", "Xã Quảng Tâm đại hội Mặt trận nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-09-24"),
[P("Lê Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Lan", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quảng Xương"),
 P("Nguyễn Thị Duyên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tâm"),
 P("Lê Đình Tuấn", "Phó Chủ tịch"),
 P("Phạm Văn Cường", "Phó Chủ tịch")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 6.800 nhân khẩu", 6800, "nhân khẩu", "over"), Q("11 thôn", 11, "thôn"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("312 triệu đồng", 312000000, "đồng"), Q("9 nhà đại đoàn kết", 9, "nhà đại đoàn kết"),
 Q("10/11 thôn", 10, "thôn"), Q("92%", 92, "%"), Q("14 công trình", 14, "công trình"), Q("3 vụ việc", 3, "vụ việc"),
 Q("35 vị", 35, "vị"), Q("9 đại biểu", 9, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "15", "KH/ĐU", "2014-03-03", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 3/3/2014")],
[prov("Thanh Hóa"), com("Quảng Tâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Mặt trận cơ sở",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Ngày đăng 26/09/2014 | 10:30", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "lần thứ XII", "khóa XII"]))

PAGES.append(page("b1304-cantho-phuong-giaoban-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ / Tin tức / Dân vận
07.10.2016 | 08:40
Ảnh: Quang cảnh buổi giao ban.
Phường An Khánh: khối dân vận giao ban quý III
Ngày 5/10/2016, Đảng ủy phường An Khánh (quận Ninh Kiều, TP Cần Thơ) tổ chức giao ban khối dân vận quý III năm 2016, triển khai nhiệm vụ quý IV. Đồng chí Trương Minh Hậu, Phó Bí thư Thường trực Đảng ủy phường, Trưởng khối dân vận chủ trì.
Theo báo cáo, trong quý, khối dân vận phường đã phối hợp vận động 74 hộ dân trong dự án mở rộng đường Nguyễn Văn Cừ bàn giao mặt bằng; vận động 1.250 hộ ký cam kết giữ gìn vệ sinh, không lấn chiếm lòng lề đường. Mặt trận phường phối hợp các đoàn thể tiếp nhận 52 triệu đồng ủng hộ Quỹ "Vì người nghèo", trao 40 phần quà cho hộ nghèo nhân dịp Tết Trung thu, mỗi phần quà trị giá 300.000 đồng.
Việc thực hiện Chỉ thị số 11-CT/QU ngày 14/6/2016 của Ban Thường vụ Quận ủy về nâng cao hiệu quả công tác dân vận chính quyền được triển khai đến 9 khu vực. Tổ hòa giải các khu vực hòa giải thành 17/21 vụ việc mâu thuẫn trong nhân dân, đạt 80,9%.
Bên cạnh kết quả đạt được, khối dân vận phường nhận thấy việc nắm tình hình dư luận ở một số khu vực có đông người thuê trọ, lao động tự do còn chậm; công tác tuyên truyền bằng loa truyền thanh chưa thu hút người dân; một số tổ dân vận khu vực chưa duy trì sinh hoạt định kỳ hằng tháng. Việc vận động hộ kinh doanh nhỏ lẻ chấp hành quy định về trật tự đô thị vẫn là việc khó, nhất là ở các tuyến đường gần chợ và bến tàu du lịch. Nhiều tổ trưởng tổ nhân dân cho rằng cần có sự phối hợp thường xuyên hơn giữa lực lượng công an phường và các đoàn thể để vận động, nhắc nhở người dân.
Các đồng chí Trần Thị Kim Loan - Chủ tịch Hội Liên hiệp Phụ nữ phường, Lâm Quốc Việt - Bí thư Đoàn phường đề xuất tăng thời lượng sinh hoạt chuyên đề về pháp luật cho hội viên, đoàn viên. Ông Sơn Ngọc Thạch, Trưởng khu vực 4 phản ánh tình trạng kinh doanh lấn chiếm vỉa hè ở chợ tạm.
Kết luận buổi giao ban, đồng chí Trương Minh Hậu yêu cầu quý IV tập trung triển khai Kế hoạch số 36-KH/ĐU của Đảng ủy phường về thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 9 khu vực; rà soát 12 hộ cận nghèo để hỗ trợ vốn.
Anh Thư
Lượt xem: 305
Các tin đã đưa
- Ninh Kiều sơ kết 6 tháng công tác dân vận (15/07/2016)
- Phường Tân An ra mắt mô hình "Tuyến hẻm văn minh" (02/07/2016)
- Hội nghị đối thoại giữa Chủ tịch UBND quận với nhân dân (21/06/2016)
- Phường Xuân Khánh: trao 30 suất học bổng (10/06/2016)
- Hội Cựu chiến binh phường An Hòa ra mắt câu lạc bộ (01/06/2016)
""", "2016-10-07", "Phường An Khánh: khối dân vận giao ban quý III",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Trương Minh Hậu", "Phó Bí thư Thường trực Đảng ủy phường", "Trưởng khối dân vận"),
 P("Trần Thị Kim Loan", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Lâm Quốc Việt", "Bí thư Đoàn phường"),
 P("Sơn Ngọc Thạch", "Trưởng khu vực 4")],
[Q("74 hộ dân", 74, "hộ dân"), Q("1.250 hộ", 1250, "hộ"), Q("52 triệu đồng", 52000000, "đồng"), Q("40 phần quà", 40, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("9 khu vực", 9, "khu vực"), Q("17/21 vụ việc mâu thuẫn", 17, "vụ việc mâu thuẫn"),
 Q("80,9%", 80.9, "%"), Q("12 hộ cận nghèo", 12, "hộ cận nghèo")],
[D("Chỉ thị", "11", "CT/QU", "2016-06-14", "Ban Thường vụ Quận ủy", "Chỉ thị số 11-CT/QU ngày 14/6/2016"),
 D("Kế hoạch", "36", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 36-KH/ĐU")],
[prov("Cần Thơ"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU", "Trang chủ / Tin tức / Dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 305"],
["07.10.2016 | 08:40", "quý III năm 2016", "quý IV", "khu vực 4", "Lượt xem: 305"]))

PAGES.append(page("b1305-quangnam-xa-doithoai-2018", """
Báo Quảng Nam Online
Chính trị » Xây dựng Đảng - Chính quyền
Cập nhật lúc 16:10 ngày 15/08/2018
Chủ tịch UBND xã Tam Anh Nam đối thoại với hơn 200 hộ dân vùng dự án
(QNO) - Sáng 14/8, UBND xã Tam Anh Nam (huyện Núi Thành) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2018, tập trung vào công tác bồi thường, tái định cư dự án khu công nghiệp cơ khí ô tô.
Ông Nguyễn Hữu Tài trả lời ý kiến của người dân. Ảnh: N.Đ
Tham dự buổi đối thoại có hơn 200 hộ dân thuộc các thôn Phú Quý, Phú Thọ, Long Thạnh Tây; ông Nguyễn Hữu Tài - Chủ tịch UBND xã Tam Anh Nam chủ trì. Đại diện Ban Dân vận Huyện ủy, Trung tâm Phát triển quỹ đất huyện Núi Thành cùng dự.
Theo báo cáo, dự án có 486 hộ bị ảnh hưởng, đến nay 412 hộ đã nhận tiền bồi thường với tổng số tiền hơn 96,7 tỷ đồng; còn 74 hộ chưa đồng thuận vì chưa thống nhất giá đất ở và vị trí lô tái định cư. Xã đã tiếp nhận 31 đơn kiến nghị, đã giải quyết 26 đơn.
Tại buổi đối thoại, 18 lượt ý kiến đã được nêu. Ông Trần Văn Ba ở thôn Phú Quý đề nghị xem xét hỗ trợ chuyển đổi nghề cho lao động trên 35 tuổi; bà Huỳnh Thị Mến phản ánh khu tái định cư chưa có nước sạch. Trả lời, ông Nguyễn Hữu Tài cho biết xã đã đề nghị huyện áp dụng đơn giá theo Quyết định số 4405/QĐ-UBND ngày 20/12/2017 của UBND tỉnh Quảng Nam và mức hỗ trợ chuyển đổi nghề theo Quyết định số 43/2014/QĐ-UBND; tuyến ống nước sạch dài 2,4 km sẽ hoàn thành trong quý IV.
Nhiều hộ dân bày tỏ đồng tình với chủ trương đầu tư của tỉnh, song mong muốn chính quyền công khai, minh bạch từng khoản bồi thường, hỗ trợ; bố trí lô tái định cư gần nơi ở cũ để thuận tiện sản xuất, thờ cúng tổ tiên. Một số ý kiến phản ánh việc đo đạc, kiểm đếm tài sản trên đất ở thôn Long Thạnh Tây còn sai sót, phải làm lại nhiều lần gây mất thời gian của người dân. Lãnh đạo xã đã tiếp thu, giao công chức địa chính phối hợp với Trung tâm Phát triển quỹ đất huyện kiểm tra lại hồ sơ trong tháng 9.
Bà Phan Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy Núi Thành đề nghị xã thực hiện nghiêm Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước; niêm yết công khai phương án bồi thường tại nhà văn hóa các thôn; không để người dân khiếu kiện vượt cấp.
Cũng tại buổi đối thoại, xã trao 15 suất hỗ trợ, mỗi suất 2 triệu đồng cho các hộ tái định cư có hoàn cảnh khó khăn.
Ngọc Điệp
Lượt đọc: 1.206
Tin cùng chuyên mục
- Núi Thành: khối dân vận sơ kết 6 tháng (20/07/2018)
- Phú Ninh vận động nhân dân hiến đất làm đường (10/07/2018)
- Đối thoại với người dân vùng dự án sân bay Chu Lai (28/06/2018)
- Hiệp Đức tập huấn kỹ năng dân vận (15/06/2018)
""", "2018-08-15", "Chủ tịch UBND xã Tam Anh Nam đối thoại với hơn 200 hộ dân vùng dự án",
E("doi_thoai", "2018", "2018-08-14"),
[P("Nguyễn Hữu Tài", "Chủ tịch UBND xã Tam Anh Nam"),
 P("Trần Văn Ba"), P("Huỳnh Thị Mến"),
 P("Phan Thị Thu Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Núi Thành")],
[Q("hơn 200 hộ dân", 200, "hộ dân", "over"), Q("486 hộ", 486, "hộ"), Q("412 hộ", 412, "hộ"),
 Q("hơn 96,7 tỷ đồng", 96700000000, "đồng", "over"), Q("74 hộ", 74, "hộ"), Q("31 đơn kiến nghị", 31, "đơn kiến nghị"),
 Q("26 đơn", 26, "đơn"), Q("18 lượt ý kiến", 18, "lượt ý kiến"), Q("2,4 km", 2.4, "km"), Q("15 suất hỗ trợ", 15, "suất hỗ trợ"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "4405", "QĐ-UBND", "2017-12-20", "UBND tỉnh Quảng Nam", "Quyết định số 4405/QĐ-UBND ngày 20/12/2017"),
 D("Quyết định", "43", "2014/QĐ-UBND", None, None, "Quyết định số 43/2014/QĐ-UBND"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Quảng Nam"), com("Tam Anh Nam")],
["Báo Quảng Nam Online", "Chính trị » Xây dựng Đảng - Chính quyền", "(QNO)", "Ông Nguyễn Hữu Tài trả lời ý kiến của người dân. Ảnh: N.Đ",
 "Lượt đọc: 1.206", "Trung tâm Phát triển quỹ đất huyện Núi Thành"],
["Cập nhật lúc 16:10 ngày 15/08/2018", "năm 2018", "trên 35 tuổi", "quý IV", "tháng 9", "Lượt đọc: 1.206"]))

PAGES.append(page("b1306-sonla-xa-traoqua-2019", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ TỈNH SƠN LA
Xã hội > Dân tộc - Miền núi
25-01-2019 14:25
Ảnh: Các đại biểu trao quà cho người có uy tín.
Trao quà Tết cho người có uy tín xã Chiềng Ơn
Sáng 24/1, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lò Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao quà cho người có uy tín, hộ nghèo tại xã Chiềng Ơn, huyện Quỳnh Nhai.
Xã Chiềng Ơn có 14 bản với 1.287 hộ, trên 90% là đồng bào Thái, Kháng. Năm 2018, xã có 23 người có uy tín được bình chọn; tỷ lệ hộ nghèo còn 32,5%. Thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, người có uy tín đã được cấp không thu tiền 3 loại báo, được thăm hỏi khi ốm đau.
Thay mặt đoàn, đồng chí Lò Văn Mừng đã trao 23 phần quà cho người có uy tín, mỗi phần quà gồm 500.000 đồng tiền mặt và hàng hóa thiết yếu; 60 suất quà cho hộ nghèo, mỗi suất trị giá 400.000 đồng. Tổng giá trị quà tặng trên 40 triệu đồng do Ban Dân vận Tỉnh ủy phối hợp với Công ty Thủy điện Sơn La vận động.
Ông Lường Văn Piếng, người có uy tín bản Bon, thay mặt bà con cảm ơn sự quan tâm của Tỉnh ủy; cho biết bà con đã hiến 1.800 m2 đất làm nhà văn hóa bản và cam kết không nghe theo kẻ xấu tuyên truyền đạo lạ.
Trao đổi với người có uy tín và bà con các bản, đồng chí Lò Văn Mừng ghi nhận những đóng góp của đội ngũ già làng, trưởng bản trong việc giữ gìn an ninh trật tự, vận động đồng bào phát triển sản xuất, xóa bỏ tập tục lạc hậu trong cưới hỏi, ma chay. Đồng chí đề nghị cấp ủy, chính quyền xã tiếp tục quan tâm hơn nữa đến đời sống của bà con vùng lòng hồ thủy điện, thực hiện tốt các chính sách hỗ trợ sản xuất, tạo sinh kế bền vững; người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, kịp thời phản ánh tâm tư, nguyện vọng chính đáng của bà con.
Cùng đi với đoàn có đồng chí Cầm Thị Phong, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Quàng Văn Hặc, Bí thư Đảng ủy xã Chiềng Ơn.
Trước đó, đoàn đã thăm và tặng 30 suất quà cho học sinh bán trú Trường PTDTBT THCS Chiềng Ơn.
Lò Hiền
Lượt xem: 620
Tin liên quan
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2018 (15/01/2019)
- Mường La: vận động đồng bào di dân tái định cư (08/01/2019)
- Người có uy tín góp phần giữ bình yên bản làng (20/12/2018)
- Thuận Châu: ra mắt mô hình "Bản không có ma túy" (12/12/2018)
- Quỳnh Nhai: vận động đồng bào trồng cây ăn quả trên đất dốc (05/12/2018)
""", "2019-01-25", "Trao quà Tết cho người có uy tín xã Chiềng Ơn",
E("trao_qua", None, "2019-01-24"),
[P("Lò Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Văn Piếng", "người có uy tín bản Bon"),
 P("Cầm Thị Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "Bí thư Đảng ủy xã Chiềng Ơn")],
[Q("14 bản", 14, "bản"), Q("1.287 hộ", 1287, "hộ"), Q("trên 90%", 90, "%", "over"), Q("23 người có uy tín", 23, "người có uy tín"),
 Q("32,5%", 32.5, "%"), Q("23 phần quà", 23, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("60 suất quà", 60, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("trên 40 triệu đồng", 40000000, "đồng", "over"), Q("1.800 m2", 1800, "m2"), Q("30 suất quà", 30, "suất quà")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Sơn La"), com("Chiềng Ơn")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ TỈNH SƠN LA", "Xã hội > Dân tộc - Miền núi", "Ảnh: Các đại biểu trao quà cho người có uy tín.",
 "Công ty Thủy điện Sơn La", "Trường PTDTBT THCS Chiềng Ơn", "Bản không có ma túy", "Lượt xem: 620"],
["25-01-2019 14:25", "Năm 2018", "3 loại báo", "Lượt xem: 620"]))
