from lib import *
PAGES = []

PAGES.append(page("b1715-haiphong-bdv-giaoban-q3-2019", """
Hôm nay: Thứ Năm, 10/10/2019
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Trang chủ >> Hoạt động >> Công tác dân vận
Thứ Tư, 09/10/2019
Hải Phòng: giao ban khối dân vận quý III năm 2019
Sáng 08/10/2019, Ban Dân vận Thành ủy tổ chức hội nghị giao ban khối dân vận quý III năm 2019. Dự và chủ trì hội nghị có đồng chí Đoàn Thị Thu Hằng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Bùi Văn Thắng, Nguyễn Thị Loan, Phạm Ngọc Khuê.
Toàn cảnh hội nghị giao ban khối dân vận quý III.
Theo báo cáo, trong quý III, tình hình tư tưởng của cán bộ, đảng viên và nhân dân thành phố ổn định; dư luận phấn khởi trước việc khánh thành tuyến đường ven biển và cầu Hoàng Văn Thụ. Bên cạnh đó, nhân dân còn bức xúc về tình trạng ô nhiễm không khí tại các khu xử lý rác, tình trạng chậm bàn giao sổ đỏ ở một số dự án nhà ở; một bộ phận người lao động ở các khu công nghiệp lo lắng về việc làm, thu nhập khi nhiều doanh nghiệp giảm đơn hàng.
Trong quý, trên địa bàn thành phố xảy ra 9 vụ việc đông người, với khoảng 540 lượt người tham gia, trong đó có 4 vụ kéo đến trụ sở Thành ủy, HĐND, UBND thành phố. Nổi lên là vụ việc của 78 hộ dân phường Đông Hải 2 đề nghị điều chỉnh giá bồi thường; vụ việc của người dân xã Lê Thiện phản đối việc đổ thải xỉ than. Các ngành đã tiếp 2.016 lượt công dân, tiếp nhận 1.138 đơn thư; đã giải quyết 1.002 đơn, đạt 88%.
Khối dân vận đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận số 63-KL/TU ngày 20/8/2019 về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm; Ban Dân vận Thành ủy ban hành Công văn số 211-CV/BDVTU hướng dẫn nắm tình hình dư luận trước Đại hội Đảng bộ cấp cơ sở nhiệm kỳ 2020-2025.
Thảo luận tại hội nghị, đồng chí Vũ Thị Nhàn, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố cho biết, Mặt trận các cấp đã tổ chức 226 cuộc giám sát, trong đó có 31 cuộc giám sát về giải quyết khiếu nại, tố cáo. Đồng chí Lê Văn Cừ, Thành ủy viên, Bí thư Quận ủy Hải An, đề nghị thành phố sớm có cơ chế hỗ trợ tái định cư cho 312 hộ dân trong vùng ảnh hưởng môi trường.
Kết luận hội nghị, đồng chí Đoàn Thị Thu Hằng yêu cầu khối dân vận tiếp tục thực hiện Chỉ thị 33, 34-CT/TU của Ban Thường vụ Thành ủy; chủ động dự báo tình hình, không để xảy ra điểm nóng trong dịp Đại hội Đảng các cấp; tổng kết 20 năm thực hiện Nghị định 79/2003/NĐ-CP của Chính phủ về Quy chế dân chủ ở xã.
Thu Trang
Tin khác
- Hội nghị cộng tác viên dư luận xã hội năm 2019 (25/09/2019)
- Thủy Nguyên: đối thoại với 50 hộ dân về đền bù (11/09/2019)
- Giao ban khối dân vận quý II năm 2019 (09/07/2019)
""", "2019-10-09", "Hải Phòng: giao ban khối dân vận quý III năm 2019",
E("giao_ban", "2019-Q3", "2019-10-08"),
[P("Đoàn Thị Thu Hằng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Bùi Văn Thắng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Loan", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Ngọc Khuê", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Thị Nhàn", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Cừ", "Thành ủy viên", "Bí thư Quận ủy Hải An")],
[Q("9 vụ việc đông người", 9, "vụ việc đông người"), Q("khoảng 540 lượt người", 540, "lượt người", "approx"),
 Q("4 vụ", 4, "vụ"), Q("78 hộ dân", 78, "hộ dân"), Q("2.016 lượt công dân", 2016, "lượt công dân"),
 Q("1.138 đơn thư", 1138, "đơn thư"), Q("1.002 đơn", 1002, "đơn"), Q("88%", 88, "%"),
 Q("226 cuộc giám sát", 226, "cuộc giám sát"), Q("31 cuộc giám sát", 31, "cuộc giám sát"), Q("312 hộ dân", 312, "hộ dân")],
[D("Kết luận", "63", "KL/TU", "2019-08-20", "Ban Thường vụ Thành ủy", "Kết luận số 63-KL/TU ngày 20/8/2019"),
 D("Công văn", "211", "CV/BDVTU", None, "Ban Dân vận Thành ủy", "Công văn số 211-CV/BDVTU"),
 D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 33, 34-CT/TU"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 33, 34-CT/TU"),
 D("Nghị định", "79", "2003/NĐ-CP", None, "Chính phủ", "Nghị định 79/2003/NĐ-CP")],
[prov("Hải Phòng"), com("Đông Hải 2"), com("Lê Thiện")],
["Hôm nay: Thứ Năm, 10/10/2019", "BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Trang chủ >> Hoạt động >> Công tác dân vận",
 "Toàn cảnh hội nghị giao ban khối dân vận quý III.", "Hoàng Văn Thụ", "Quy chế dân chủ ở xã"],
["Hôm nay: Thứ Năm, 10/10/2019", "Thứ Tư, 09/10/2019", "quý III năm 2019", "2020-2025", "20 năm"]))

PAGES.append(page("b1716-soctrang-bdv-giaoban-thang10-2019", """
Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ / Tin tức / Tin hoạt động
06/11/2019 | 08:40
Ảnh: Các đại biểu dự giao ban tháng 10.
Giao ban công tác dân vận tháng 10: quan tâm tâm tư đồng bào Khmer sau mùa lũ
Chiều 05/11, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban công tác dân vận tháng 10/2019. Đồng chí Lâm Thị Sa Pha, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Thạch Sô Phênh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, trong tháng 10, tư tưởng đồng bào dân tộc Khmer và các tôn giáo cơ bản ổn định; bà con phấn khởi tổ chức Lễ dâng y Kathina tại 92 chùa Phật giáo Nam tông Khmer an toàn, tiết kiệm. Tuy nhiên, triều cường và mưa lớn làm 1.270 ha lúa Thu Đông bị ngập, 46 căn nhà bị tốc mái, ảnh hưởng đến đời sống của người dân các xã ven sông Hậu.
Khối dân vận đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động được 1,85 tỷ đồng hỗ trợ người dân khắc phục hậu quả; trao 380 phần quà cho hộ nghèo bị thiệt hại nặng, mỗi phần trị giá 500.000 đồng. Về đơn thư, tháng qua tiếp nhận 38 đơn, giải quyết 35 đơn; có vụ việc khoảng 30 người dân ấp Trà Tim, xã Đại Ân 2 tập trung phản đối việc xây dựng bãi rác, đã được chính quyền đối thoại, tạm dừng dự án để đánh giá lại tác động môi trường.
Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 118-KH/BDVTU ngày 07/10/2019 về tổ chức gặp mặt chức sắc, sư sãi, người có uy tín nhân Lễ Ok Om Bok; phối hợp triển khai Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và Hướng dẫn 05-HD/BDVTU về nắm tình hình trong vùng đồng bào dân tộc.
Phát biểu tại giao ban, Đại đức Thạch Sóc Pho, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Som Rông, bày tỏ sự đồng thuận với chủ trương của tỉnh về xây dựng nông thôn mới. Đồng chí Sơn Thị Minh Thảo, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, cho biết huyện đã vận động 23 hộ hiến đất làm đường giao thông nông thôn; các tổ hòa giải ở ấp đã hòa giải thành nhiều vụ mâu thuẫn trong nội bộ nhân dân, không để phát sinh đơn thư vượt cấp.
Kết luận, đồng chí Lâm Thị Sa Pha yêu cầu các địa phương chuẩn bị chu đáo Lễ hội Ok Om Bok - đua ghe Ngo năm 2019; bám sát tình hình để kịp thời giải quyết các vụ việc phát sinh, nhất là ở 7 ấp có đông đồng bào Khmer theo đạo Tin lành; tiếp tục thực hiện "Dân vận khéo" và phương châm "trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân".
Kim Sa Rum
Lượt xem: 612
Tin liên quan
- Mỹ Xuyên: gặp mặt 150 vị sư sãi nhân Lễ dâng y (28/10/2019)
- Giao ban công tác dân vận tháng 9/2019 (04/10/2019)
- Ngã Năm: nhân rộng mô hình "Ấp không có đơn thư" (19/09/2019)
""", "2019-11-06", "Giao ban công tác dân vận tháng 10: quan tâm tâm tư đồng bào Khmer sau mùa lũ",
E("giao_ban", "2019-10", "2019-11-05"),
[P("Lâm Thị Sa Pha", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phênh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Pho", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Som Rông"),
 P("Sơn Thị Minh Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("1.270 ha", 1270, "ha"),
 Q("46 căn nhà", 46, "căn nhà"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("380 phần quà", 380, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("38 đơn", 38, "đơn"), Q("35 đơn", 35, "đơn"), Q("khoảng 30 người", 30, "người", "approx"),
 Q("23 hộ", 23, "hộ"), Q("7 ấp", 7, "ấp")],
[D("Kế hoạch", "118", "KH/BDVTU", "2019-10-07", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 118-KH/BDVTU ngày 07/10/2019"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, None, "Hướng dẫn 05-HD/BDVTU")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ / Tin tức / Tin hoạt động", "Ảnh: Các đại biểu dự giao ban tháng 10.",
 "Kathina", "Ok Om Bok", "Dân vận khéo", "trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 612"],
["06/11/2019 | 08:40", "tháng 10/2019", "tháng 10", "năm 2019", "Lượt xem: 612"]))

PAGES.append(page("b1717-hatinh-bdv-tongket-2020", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ | Tin tức | Hoạt động của Ban
Cập nhật lúc 17:20 ngày 29/12/2020
Ảnh: Toàn cảnh hội nghị tổng kết.
Hà Tĩnh: 100% vụ việc đông người được nắm và xử lý từ cơ sở
Ngày 28/12/2020, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Trần Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng nặng nề của dịch Covid-19 và đợt mưa lũ lịch sử tháng 10, tình hình tư tưởng nhân dân trong tỉnh cơ bản ổn định. Qua 18 kỳ tổng hợp dư luận xã hội, Ban đã kịp thời phản ánh 64 vấn đề nổi cộm lên Thường trực Tỉnh ủy. Trong năm, trên địa bàn xảy ra 12 vụ việc đông người, giảm 7 vụ so với năm 2019; 100% vụ việc được nắm, xử lý ngay từ cơ sở, không để phát sinh điểm nóng. Những nơi có dư luận phức tạp như Cẩm Xuyên, Kỳ Anh đều được Ban cử cán bộ về bám nắm.
Các cấp, các ngành đã tiếp 3.412 lượt công dân, tiếp nhận 1.560 đơn thư; giải quyết 1.436 đơn, đạt 92%. Công tác vận động ngư dân khu vực biển 4 xã bắc Kỳ Anh tiếp tục được quan tâm; 286 hộ dân tái định cư Khu kinh tế Vũng Áng đã ổn định cuộc sống.
Trong đợt mưa lũ, khối dân vận các cấp vận động được hơn 48 tỷ đồng, 1.200 tấn hàng hóa cứu trợ; 850 căn nhà bị hư hỏng đã được sửa chữa. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 230-KL/TU ngày 15/6/2020 về tiếp tục thực hiện Chỉ thị 24-CT/TU. Ban Dân vận Tỉnh ủy cũng ban hành Hướng dẫn số 26-HD/BDVTU ngày 03/3/2020 về nắm tình hình nhân dân trong phòng, chống dịch.
Tại hội nghị, đồng chí Võ Hồng Hải, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Quy định số 212-QĐ/TW, Quyết định số 23-QĐ/TW của Bộ Chính trị. Đồng chí Phan Thị Lê, TUV, Bí thư Huyện ủy Hương Khê, chia sẻ kinh nghiệm xử lý vụ việc người dân xã Hương Xuân phản đối dự án thủy điện. Bà Nguyễn Thị Hoài, Trưởng thôn Hòa Bình, xã Kỳ Lợi, cho biết thôn đã duy trì 5 năm liền không có đơn thư vượt cấp.
Dịp này, 14 tập thể, 26 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2020.
Phát biểu kết luận, đồng chí Trần Thị Mỹ Hạnh đề nghị năm 2021, các cấp ủy chú trọng nắm tình hình trước, trong và sau Đại hội XIII của Đảng và bầu cử đại biểu Quốc hội khóa XV, HĐND các cấp nhiệm kỳ 2021-2026; triển khai hiệu quả Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.
Hoàng Anh
Bài viết liên quan
- Hương Sơn: đối thoại với 70 hộ dân về giá đền bù (10/12/2020)
- Gặp mặt cộng tác viên dư luận xã hội (20/11/2020)
- Giao ban công tác dân vận quý III/2020 (08/10/2020)
""", "2020-12-29", "Hà Tĩnh: 100% vụ việc đông người được nắm và xử lý từ cơ sở",
E("tong_ket", "2020", "2020-12-28"),
[P("Trần Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hồng Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Lê", "TUV", "Bí thư Huyện ủy Hương Khê"),
 P("Nguyễn Thị Hoài", "Trưởng thôn Hòa Bình")],
[Q("100%", 100, "%"), Q("18 kỳ tổng hợp dư luận xã hội", 18, "kỳ tổng hợp dư luận xã hội"), Q("64 vấn đề nổi cộm", 64, "vấn đề nổi cộm"),
 Q("12 vụ việc đông người", 12, "vụ việc đông người"), Q("7 vụ", 7, "vụ"),
 Q("3.412 lượt công dân", 3412, "lượt công dân"), Q("1.560 đơn thư", 1560, "đơn thư"), Q("1.436 đơn", 1436, "đơn"),
 Q("92%", 92, "%"), Q("4 xã", 4, "xã"), Q("286 hộ dân tái định cư", 286, "hộ dân tái định cư"),
 Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"), Q("1.200 tấn", 1200, "tấn"), Q("850 căn nhà", 850, "căn nhà"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "230", "KL/TU", "2020-06-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 230-KL/TU ngày 15/6/2020"),
 D("Chỉ thị", "24", "CT/TU", None, None, "Chỉ thị 24-CT/TU"),
 D("Hướng dẫn", "26", "HD/BDVTU", "2020-03-03", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 26-HD/BDVTU ngày 03/3/2020"),
 D("Quy định", "212", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 212-QĐ/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Hà Tĩnh"), com("Hương Xuân"), com("Kỳ Lợi")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ | Tin tức | Hoạt động của Ban", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Dân vận khéo"],
["Cập nhật lúc 17:20 ngày 29/12/2020", "năm 2020", "năm 2021", "năm 2019", "tháng 10", "5 năm", "Covid-19", "khóa XV",
 "2021-2026", "lần thứ XIX", "Đại hội XIII"]))

PAGES.append(page("b1718-binhthuan-bdv-giamsat-2020", """
Ban Dân vận Tỉnh ủy Bình Thuận
Trang chủ - Tin tức - Hoạt động giám sát
18.09.2020 | 15:10
Giám sát việc giải quyết đơn thư, kiến nghị của công dân tại Hàm Thuận Bắc
Ngày 17/9/2020, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Đàng Thị Mỹ Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết đơn thư, kiến nghị của công dân tại Ban Thường vụ Huyện ủy Hàm Thuận Bắc, theo Chương trình giám sát năm 2020.
Đồng chí Đàng Thị Mỹ Hương phát biểu tại buổi giám sát.
Cùng tham gia đoàn có đồng chí Bố Xuân Hổ, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ban Nội chính Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Dân tộc tỉnh.
Theo báo cáo của Huyện ủy, từ đầu năm 2019 đến tháng 8/2020, các cơ quan của huyện đã tiếp 864 lượt công dân, trong đó có 6 đoàn đông người; tiếp nhận 517 đơn thư, đã giải quyết 471 đơn, đạt 91,1%. Phần lớn đơn thư liên quan đến tranh chấp đất rẫy, bồi thường các dự án điện gió, điện mặt trời. Người đứng đầu cấp ủy, chính quyền đã tiếp dân định kỳ 38 buổi và tổ chức 11 cuộc đối thoại trực tiếp với người dân.
Huyện đã giải quyết dứt điểm vụ việc kéo dài của 42 hộ ở xã Đông Giang, chủ yếu là đồng bào Chăm, Raglai, về đất sản xuất; tuy nhiên vẫn còn 9 vụ việc chưa được giải quyết, có 2 vụ đã khiếu nại vượt cấp ra Trung ương. Qua khảo sát tại 3 xã, đoàn ghi nhận một số nơi còn tiếp dân hình thức, hồ sơ theo dõi chưa đầy đủ, việc trả lời đơn thư còn chậm so với thời hạn quy định, có đơn phải chuyển qua nhiều cơ quan.
Đồng chí Mang Thị Hà, HUV, Trưởng Ban Dân vận Huyện ủy Hàm Thuận Bắc, cho biết việc thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân đã có chuyển biến. Ông Bạch Văn Tình, Chủ tịch UBND xã Hàm Phú, kiến nghị sớm có hướng dẫn về cấp giấy chứng nhận cho diện tích đất nằm trong quy hoạch rừng phòng hộ.
Kết luận buổi giám sát, đồng chí Đàng Thị Mỹ Hương ghi nhận kết quả; đề nghị Ban Thường vụ Huyện ủy tiếp tục thực hiện Chỉ thị 27-CT/TU về nâng cao chất lượng tiếp công dân, Kế hoạch 146-KH/TU của Tỉnh ủy; tập trung giải quyết 9 vụ việc tồn đọng trước ngày 31/12/2020; đồng thời phát huy vai trò của 58 người có uy tín trong đồng bào dân tộc thiểu số trong hòa giải ở cơ sở. Đoàn sẽ tổng hợp kiến nghị báo cáo Ban Thường vụ Tỉnh ủy.
Mai Phương
Tin cùng chuyên mục
- Giám sát việc thực hiện Quy chế dân chủ tại Tánh Linh (28/08/2020)
- Đức Linh: 15 hộ tự nguyện bàn giao mặt bằng (12/08/2020)
- Giao ban công tác dân vận quý II năm 2020 (10/07/2020)
""", "2020-09-18", "Giám sát việc giải quyết đơn thư, kiến nghị của công dân tại Hàm Thuận Bắc",
E("giam_sat", "2020", "2020-09-17"),
[P("Đàng Thị Mỹ Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bố Xuân Hổ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mang Thị Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy Hàm Thuận Bắc"),
 P("Bạch Văn Tình", "Chủ tịch UBND xã Hàm Phú")],
[Q("864 lượt công dân", 864, "lượt công dân"), Q("6 đoàn đông người", 6, "đoàn đông người"),
 Q("517 đơn thư", 517, "đơn thư"), Q("471 đơn", 471, "đơn"), Q("91,1%", 91.1, "%"), Q("38 buổi", 38, "buổi"),
 Q("11 cuộc đối thoại", 11, "cuộc đối thoại"), Q("42 hộ", 42, "hộ"), Q("9 vụ việc", 9, "vụ việc"),
 Q("2 vụ", 2, "vụ"), Q("3 xã", 3, "xã"), Q("58 người có uy tín", 58, "người có uy tín")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Chỉ thị", "27", "CT/TU", None, None, "Chỉ thị 27-CT/TU"),
 D("Kế hoạch", "146", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 146-KH/TU")],
[prov("Bình Thuận"), com("Đông Giang"), com("Hàm Phú")],
["Ban Dân vận Tỉnh ủy Bình Thuận", "Trang chủ - Tin tức - Hoạt động giám sát",
 "Đồng chí Đàng Thị Mỹ Hương phát biểu tại buổi giám sát.", "Chương trình giám sát năm 2020"],
["18.09.2020 | 15:10", "năm 2020", "năm 2019", "tháng 8/2020", "ngày 31/12/2020"]))

PAGES.append(page("b1719-caobang-bdv-giaoban-q2-2021", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Ba, 13/7/2021, 08:05
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Cao Bằng: giao ban công tác dân vận quý II, giữ vững ổn định vùng biên
Ngày 12/7/2021, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị giao ban công tác dân vận quý II năm 2021 theo hình thức trực tiếp kết hợp trực tuyến đến 10 điểm cầu huyện, thành phố. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong quý II, nhân dân các dân tộc trong tỉnh phấn khởi trước thành công của cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026, với 99,8% cử tri đi bầu. Nhân dân đồng tình với các biện pháp phòng, chống dịch Covid-19, nhất là việc cách ly 2.314 công dân trở về từ các tỉnh có dịch; tuy nhiên, một bộ phận người dân lo lắng khi nông sản ùn ứ tại cửa khẩu, giá cả hàng hóa tăng.
Trong quý, trên địa bàn không xảy ra vụ việc tụ tập đông người; các cơ quan đã tiếp 276 lượt công dân, tiếp nhận 121 đơn thư, giải quyết 109 đơn. Phát hiện 3 trường hợp tuyên truyền, phát triển đạo trái phép "Bà Cô Dợ" ở các xóm vùng cao, đã vận động 11 hộ từ bỏ.
Khối dân vận đã vận động Nhân dân ủng hộ Quỹ vắc-xin phòng Covid-19 được hơn 5,2 tỷ đồng; 87 tổ Covid cộng đồng tiếp tục hoạt động. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 95-KH/BDVTU ngày 20/4/2021 về nắm tình hình nhân dân khu vực biên giới và Hướng dẫn số 07-HD/BDVTU thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Pẻng, Lục Thị Mến đã thông tin về kết quả kiểm tra tại các huyện Hà Quảng, Trùng Khánh. Đồng chí Đàm Văn Chứ, Bí thư Đảng ủy xã Đàm Thủy, cho biết xã đã vận động 36 hộ hiến đất mở rộng đường vào khu du lịch thác Bản Giốc. Đồng chí Sầm Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, phản ánh tình trạng một số lao động tự do qua biên giới chưa khai báo y tế, tiềm ẩn nguy cơ lây lan dịch bệnh trong cộng đồng; đề nghị tăng cường vai trò của tổ tự quản ở các xóm giáp biên.
Kết luận hội nghị, đồng chí Nông Thị Tuyết yêu cầu trong quý III, các cấp ủy tiếp tục thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy; tăng cường tuyên truyền tại 143 xóm biên giới; không để người dân bị kích động vượt biên trái phép.
Nông Hà
Lượt xem: 2.106
Tin khác
- Thạch An: trao 200 suất quà cho hộ nghèo vùng biên (30/06/2021)
- Tổng kết công tác bầu cử ở cơ sở (18/06/2021)
- Hòa An: hòa giải thành 24 vụ việc (02/06/2021)
""", "2021-07-13", "Cao Bằng: giao ban công tác dân vận quý II, giữ vững ổn định vùng biên",
E("giao_ban", "2021-Q2", "2021-07-12"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pẻng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Văn Chứ", "Bí thư Đảng ủy xã Đàm Thủy"),
 P("Sầm Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("99,8%", 99.8, "%"),
 Q("2.314 công dân", 2314, "công dân"), Q("276 lượt công dân", 276, "lượt công dân"),
 Q("121 đơn thư", 121, "đơn thư"), Q("109 đơn", 109, "đơn"), Q("3 trường hợp", 3, "trường hợp"),
 Q("11 hộ", 11, "hộ"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("87 tổ Covid cộng đồng", 87, "tổ Covid cộng đồng"),
 Q("36 hộ", 36, "hộ"), Q("143 xóm biên giới", 143, "xóm biên giới")],
[D("Kế hoạch", "95", "KH/BDVTU", "2021-04-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 95-KH/BDVTU ngày 20/4/2021"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Cao Bằng"), com("Đàm Thủy")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Bà Cô Dợ", "Quỹ vắc-xin phòng Covid-19", "Bản Giốc", "Lượt xem: 2.106"],
["Thứ Ba, 13/7/2021, 08:05", "quý II năm 2021", "quý III", "khóa XV", "2021-2026", "Covid-19", "Lượt xem: 2.106"]))

PAGES.append(page("b1720-kiengiang-bdv-doithoai-2021", """
Trang tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang
Trang chủ / Dân vận chính quyền / Đối thoại
2021-11-24 09:12
Bí thư Huyện ủy Gò Quao đối thoại với 126 hộ dân về tranh chấp đất sản xuất
Ngày 23/11/2021, Huyện ủy Gò Quao tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2021, tập trung vào vụ việc tranh chấp đất sản xuất kéo dài tại ấp Xẻo Cạn, xã Vĩnh Hòa Hưng Bắc. Chủ trì đối thoại có đồng chí Danh Út, Tỉnh ủy viên, Bí thư Huyện ủy Gò Quao và đồng chí Thị Bích Thủy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Đồng chí Danh Út trả lời ý kiến của người dân.
Tham dự có đồng chí Lâm Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy và 126 hộ dân, phần lớn là đồng bào Khmer. Theo báo cáo, vụ việc liên quan đến gần 214 ha đất trước đây do Nông trường giao khoán; từ năm 2017 đến nay, người dân đã gửi 63 đơn đến các cấp, có 4 vụ tập trung đông người tại trụ sở UBND huyện. Năm 2019, Đoàn công tác của tỉnh đã về làm việc nhưng một số hộ chưa đồng ý với kết quả đo đạc, tiếp tục gửi đơn, khiến tình hình trong ấp có lúc căng thẳng.
Tại buổi đối thoại, 18 ý kiến của người dân được nêu, chủ yếu đề nghị cấp giấy chứng nhận quyền sử dụng đất và hỗ trợ chuyển đổi nghề. Ông Danh Sà Rinh, người có uy tín ấp Xẻo Cạn, mong muốn chính quyền đo đạc lại ranh đất cho từng hộ. Sư cả Danh Chanh Đa, trụ trì chùa Xẻo Cạn, cam kết vận động bà con chấp hành pháp luật, không nghe theo kẻ xấu xúi giục.
Trả lời người dân, đồng chí Thị Bích Thủy cho biết huyện đã hoàn thành đo đạc 156 ha, sẽ cấp giấy chứng nhận cho 97 hộ trước ngày 30/12/2021; phần diện tích còn lại sẽ thực hiện theo Nghị định số 43/2014/NĐ-CP của Chính phủ và Quyết định 1225/QĐ-UBND của UBND tỉnh. Mỗi hộ chuyển đổi nghề sẽ được hỗ trợ 15 triệu đồng và vay vốn ưu đãi tối đa 100 triệu đồng.
Đồng chí Danh Út khẳng định: huyện thực hiện nghiêm Quy định số 11-QĐi/TW, Kết luận số 21, 22-KL/HU của Ban Thường vụ Huyện ủy, "không để người dân phải đi khiếu kiện vượt cấp". Kết thúc đối thoại, 112 hộ đã ký biên bản đồng thuận với phương án giải quyết, đạt 88,9%. Ban Dân vận Huyện ủy được giao theo dõi, tổng hợp ý kiến các hộ còn lại, phối hợp với Ủy ban MTTQ xã và các chi hội đoàn thể ở ấp tiếp tục vận động, giải thích để các hộ hiểu và đồng thuận trước khi triển khai cấp giấy.
Dịp này, Huyện ủy tặng 126 phần quà cho các hộ tham dự, mỗi phần gồm 10 kg gạo và nhu yếu phẩm.
Danh Phúc
Các tin khác
- U Minh Thượng: đối thoại với người dân vùng dự án (10/11/2021)
- Giao ban công tác dân vận quý III năm 2021 (12/10/2021)
- Giồng Riềng: 20 hộ hiến đất làm đường (29/09/2021)
""", "2021-11-24", "Bí thư Huyện ủy Gò Quao đối thoại với 126 hộ dân về tranh chấp đất sản xuất",
E("doi_thoai", "2021", "2021-11-23"),
[P("Danh Út", "Tỉnh ủy viên", "Bí thư Huyện ủy Gò Quao"),
 P("Thị Bích Thủy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lâm Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sà Rinh", "người có uy tín ấp Xẻo Cạn"),
 P("Danh Chanh Đa", "Sư cả", "trụ trì chùa Xẻo Cạn")],
[Q("126 hộ dân", 126, "hộ dân"), Q("gần 214 ha", 214, "ha", "approx"), Q("63 đơn", 63, "đơn"),
 Q("4 vụ tập trung đông người", 4, "vụ tập trung đông người"), Q("18 ý kiến", 18, "ý kiến"), Q("156 ha", 156, "ha"), Q("97 hộ", 97, "hộ"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("112 hộ", 112, "hộ"),
 Q("88,9%", 88.9, "%"), Q("126 phần quà", 126, "phần quà"), Q("10 kg", 10, "kg")],
[D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 43/2014/NĐ-CP"),
 D("Quyết định", "1225", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1225/QĐ-UBND"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Kết luận", "21", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 21, 22-KL/HU"),
 D("Kết luận", "22", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 21, 22-KL/HU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["Trang tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang", "Trang chủ / Dân vận chính quyền / Đối thoại",
 "Đồng chí Danh Út trả lời ý kiến của người dân.", "không để người dân phải đi khiếu kiện vượt cấp"],
["2021-11-24 09:12", "năm 2021", "năm 2017", "ngày 30/12/2021"]))
