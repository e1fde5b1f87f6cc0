from lib import *
PAGES = []

PAGES.append(page("b2453-hatinh-mttq-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ » Hoạt động Mặt trận » Tin tức
Thứ Tư, 28/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Mặt trận Hà Tĩnh: 127 khu dân cư đạt chuẩn văn hóa trong năm 2011
Ngày 27/12/2011, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2011 và triển khai chương trình phối hợp thống nhất hành động năm 2012. Đồng chí Trần Đình Khuê, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2011 là năm đầu tiên cả tỉnh triển khai cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới theo Quyết định số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ. Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Hướng dẫn số 12/HD-MTTQ-BTT về nội dung "5 không, 3 sạch" ở khu dân cư và phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức 3 lớp tập huấn cho 410 cán bộ Ban Công tác Mặt trận.
Kết quả, toàn tỉnh có 127 khu dân cư đạt chuẩn văn hóa, tăng 18 khu so với năm 2010; 86,4% hộ gia đình đạt danh hiệu gia đình văn hóa. Nhân dân đã hiến trên 42.000 m2 đất, đóng góp hơn 37 tỷ đồng và 96.000 ngày công để làm đường giao thông, kênh mương nội đồng. Quỹ "Vì người nghèo" các cấp vận động được 8,6 tỷ đồng, hỗ trợ xây mới 214 nhà Đại đoàn kết cho hộ nghèo.
Tại hội nghị, 9 ý kiến tham luận làm rõ cách làm ở cơ sở. Bà Phan Thị Lài, Trưởng Ban Công tác Mặt trận thôn Trung Lưu, xã Cẩm Bình, cho biết thôn đã vận động 63 hộ tự nguyện hiến đất mở rộng đường. Ông Lê Hữu Tuấn, Chủ tịch Ủy ban MTTQ xã Thạch Tiến, kiến nghị tỉnh sớm có cơ chế hỗ trợ xi măng cho các xã điểm.
Đồng chí Nguyễn Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông qua dự thảo chương trình phối hợp năm 2012 với 7 nội dung trọng tâm, trong đó có giám sát việc sử dụng nguồn vốn đóng góp của nhân dân trong xây dựng nông thôn mới.
Phát biểu kết luận, đồng chí Trần Đình Khuê đề nghị các cấp Mặt trận tiếp tục quán triệt Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; phát huy vai trò chủ thể của người dân, thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; không để xảy ra tình trạng huy động quá sức dân.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 25 tập thể và 34 cá nhân có thành tích xuất sắc trong cuộc vận động.
Thu Hà
Số lượt xem: 1.204
Tin liên quan
- Cẩm Xuyên: ra mắt 12 mô hình khu dân cư tự quản (15/12/2011)
- Mặt trận tỉnh giám sát thực hiện chính sách an sinh tại Hương Khê (02/12/2011)
- Vận động hơn 20 tỷ đồng ủng hộ Quỹ "Vì người nghèo" (18/10/2011)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND (10/3/2011)
""", "2011-12-28", "Mặt trận Hà Tĩnh: 127 khu dân cư đạt chuẩn văn hóa trong năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Đình Khuê", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Lài", "Trưởng Ban Công tác Mặt trận thôn Trung Lưu"),
 P("Lê Hữu Tuấn", "Chủ tịch Ủy ban MTTQ xã Thạch Tiến"),
 P("Nguyễn Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("127 khu dân cư", 127, "khu dân cư"), Q("3 lớp tập huấn", 3, "lớp tập huấn"), Q("410 cán bộ Ban Công tác Mặt trận", 410, "cán bộ Ban Công tác Mặt trận"),
 Q("18 khu", 18, "khu"), Q("86,4%", 86.4, "%"), Q("trên 42.000 m2", 42000, "m2", "over"),
 Q("hơn 37 tỷ đồng", 37000000000, "đồng", "over"), Q("96.000 ngày công", 96000, "ngày công"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("214 nhà Đại đoàn kết", 214, "nhà Đại đoàn kết"),
 Q("9 ý kiến tham luận", 9, "ý kiến tham luận"), Q("63 hộ", 63, "hộ"), Q("7 nội dung trọng tâm", 7, "nội dung trọng tâm"),
 Q("25 tập thể", 25, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 04/6/2010"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 05/8/2008")],
[prov("Hà Tĩnh"), com("Cẩm Bình"), com("Thạch Tiến")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ » Hoạt động Mặt trận » Tin tức", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "5 không, 3 sạch", "Vì người nghèo",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Sở Văn hóa, Thể thao và Du lịch", "Số lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:30", "năm 2011", "năm 2012", "năm 2010", "5 không, 3 sạch", "Số lượt xem: 1.204"]))

PAGES.append(page("b2454-thanhhoa-bdv-giaoban-2012", """
Ban Dân vận Tỉnh ủy Thanh Hóa - Cổng thông tin điện tử
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Cập nhật: 09:42, 05/10/2012 (GMT+7)
Đưa hàng Việt về nông thôn, miền núi
Sáng 4/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2012, tập trung đánh giá kết quả thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" ở các huyện miền núi. Đồng chí Lò Văn Piếng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo cuộc vận động tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Thu Sương, Hà Văn Tuyên.
Đồng chí Lò Văn Piếng chủ trì giao ban.
Theo báo cáo, thực hiện Thông báo Kết luận số 264-TB/TW ngày 31/7/2009 của Bộ Chính trị và Kế hoạch số 35-KH/TU của Ban Thường vụ Tỉnh ủy, quý III các cấp đã tổ chức 4 phiên chợ hàng Việt về nông thôn tại các huyện Bá Thước, Quan Sơn, Mường Lát, Ngọc Lặc, thu hút trên 26.000 lượt người mua sắm, doanh thu đạt gần 5,4 tỷ đồng. Có 78% người tiêu dùng được khảo sát cho biết ưu tiên chọn hàng sản xuất trong nước.
Các hội, đoàn thể đã lồng ghép tuyên truyền cuộc vận động trong 1.350 buổi sinh hoạt chi hội; Hội Liên hiệp Phụ nữ tỉnh phát động phong trào "3 nhiều: mua nhiều, dùng nhiều, giới thiệu nhiều" hàng Việt. Ban Dân vận Tỉnh ủy cũng ban hành Công văn số 118-CV/BDVTU đề nghị các huyện ủy chỉ đạo đưa tiêu chí sử dụng hàng Việt vào bình xét gia đình văn hóa.
Tại giao ban, ông Phạm Bá Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước, cho biết hàng giả, hàng kém chất lượng vẫn len lỏi vào các chợ phiên vùng cao, gây thiệt hại cho đồng bào. Bà Hà Thị Pạch, Chủ tịch Hội Phụ nữ xã Lũng Cao, đề nghị các doanh nghiệp duy trì điểm bán hàng cố định ở trung tâm xã để bà con không phải xuống huyện.
Kết luận giao ban, đồng chí Lò Văn Piếng yêu cầu quý IV tiếp tục phối hợp với Sở Công Thương tổ chức 3 phiên chợ hàng Việt ở các huyện Như Xuân, Thường Xuân, Lang Chánh; mỗi huyện xây dựng ít nhất 1 mô hình "Điểm bán hàng Việt" gắn với tổ hợp tác của phụ nữ; chú ý nắm tình hình tư tưởng nhân dân trước mùa mưa bão.
Hội nghị cũng dành thời gian trao đổi về công tác dân vận chính quyền. Nhiều ý kiến cho rằng một số xã vẫn còn tình trạng cán bộ tiếp dân chưa đúng lịch, trả lời đơn thư chậm; việc công khai các khoản đóng góp ở một số thôn chưa kịp thời nên còn băn khoăn trong nhân dân. Ban Dân vận Tỉnh ủy sẽ phối hợp với Văn phòng UBND tỉnh kiểm tra việc tiếp dân tại 6 xã trong quý IV.
Lê Hà
Lượt truy cập: 56.921
Tin khác
- Hội nghị giao ban khối dân vận quý II năm 2012 (06/7/2012)
- Ngọc Lặc: 120 hộ đăng ký mô hình "Gia đình dùng hàng Việt" (20/9/2012)
- Tập huấn công tác dân vận chính quyền cho cán bộ cấp xã (14/9/2012)
- Mường Lát đón đoàn công tác Ban Dân vận Trung ương (28/8/2012)
""", "2012-10-05", "Đưa hàng Việt về nông thôn, miền núi",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Lò Văn Piếng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo cuộc vận động tỉnh"),
 P("Lê Thị Thu Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Tuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Bá Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Hà Thị Pạch", "Chủ tịch Hội Phụ nữ xã Lũng Cao")],
[Q("4 phiên chợ hàng Việt", 4, "phiên chợ hàng Việt"), Q("trên 26.000 lượt người", 26000, "lượt người", "over"),
 Q("gần 5,4 tỷ đồng", 5400000000, "đồng", "approx"), Q("78%", 78, "%"), Q("1.350 buổi sinh hoạt chi hội", 1350, "buổi sinh hoạt chi hội"), Q("6 xã", 6, "xã"),
 Q("3 phiên chợ hàng Việt", 3, "phiên chợ hàng Việt")],
[D("Thông báo Kết luận", "264", "TB/TW", "2009-07-31", "Bộ Chính trị", "Thông báo Kết luận số 264-TB/TW ngày 31/7/2009"),
 D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU"),
 D("Công văn", "118", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 118-CV/BDVTU")],
[prov("Thanh Hóa"), com("Lũng Cao")],
["Ban Dân vận Tỉnh ủy Thanh Hóa - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban",
 "Đồng chí Lò Văn Piếng chủ trì giao ban.", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "3 nhiều: mua nhiều, dùng nhiều, giới thiệu nhiều",
 "Điểm bán hàng Việt", "Sở Công Thương", "Lượt truy cập: 56.921"],
["Cập nhật: 09:42, 05/10/2012 (GMT+7)", "quý III năm 2012", "quý IV", "3 nhiều", "1 mô hình", "Lượt truy cập: 56.921"]))

PAGES.append(page("b2455-quangtri-mttq-giamsat-2013", """
Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị
Hoạt động Mặt trận / Giám sát và phản biện xã hội
08:15 | 18/09/2013
Giám sát việc huy động đóng góp của dân xây dựng nông thôn mới
Ngày 16/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Hồ Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc huy động, quản lý và sử dụng các khoản đóng góp của nhân dân trong xây dựng nông thôn mới tại xã Hướng Phùng và xã Tân Liên. Đây là nội dung thuộc kế hoạch giám sát năm 2013 của Ban Thường trực.
Toàn cảnh buổi giám sát tại xã Hướng Phùng.
Theo báo cáo của UBND xã Hướng Phùng, từ năm 2011 đến nay xã đã huy động 2,15 tỷ đồng từ nhân dân, trong đó 1,3 tỷ đồng bằng ngày công và hiện vật; xã đạt 9/19 tiêu chí nông thôn mới. Các thôn người Vân Kiều đã vận động 146 hộ hiến đất làm đường, trong đó có hộ ông Hồ Văn Xoong, người có uy tín thôn Cợp, hiến 1.200 m2 đất vườn.
Tại xã Tân Liên, đoàn ghi nhận việc công khai các khoản thu theo Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn; tuy nhiên còn 2 khoản thu chưa đưa ra hội nghị thôn bàn bạc. Ông Lê Quang Thịnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Liên, tiếp thu và cam kết điều chỉnh trong quý IV.
Ông Hồ Văn Xoong nêu kiến nghị của bà con: mức đóng góp bình quân 450.000 đồng/khẩu là vượt khả năng của nhiều hộ cận nghèo. Đồng chí Trương Văn Bảy, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị xã rà soát, miễn giảm cho 38 hộ nghèo và 52 hộ cận nghèo.
Kết luận buổi giám sát, đồng chí Hồ Thị Thu Hằng đề nghị các xã thực hiện nghiêm Chỉ thị số 20-CT/TU ngày 02/5/2013 của Ban Thường vụ Tỉnh ủy về chấn chỉnh việc huy động đóng góp của nhân dân, tuyệt đối không để nợ đọng xây dựng cơ bản, không ép buộc dân đóng góp. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh trước ngày 30/9.
Theo kế hoạch, từ nay đến cuối năm Ban Thường trực Ủy ban MTTQ tỉnh tiếp tục giám sát tại 4 xã điểm nông thôn mới của các huyện Hải Lăng, Gio Linh, Vĩnh Linh và Đakrông. Nội dung giám sát tập trung vào việc lấy ý kiến nhân dân về quy hoạch, đề án xây dựng nông thôn mới; việc công khai dự toán, quyết toán các công trình có sự đóng góp của dân và việc thực hiện chính sách hỗ trợ xi măng làm đường giao thông nông thôn. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở các xã được yêu cầu phối hợp chặt chẽ với đoàn.
Minh Đức
Xem thêm
- Hội nghị phản biện dự thảo đề án thu phí ở khu dân cư (05/9/2013)
- Mặt trận huyện Hướng Hóa trao 40 căn nhà Đại đoàn kết (22/8/2013)
- Giám sát thực hiện chính sách bảo hiểm y tế cho người dân tộc thiểu số (12/8/2013)
""", "2013-09-18", "Giám sát việc huy động đóng góp của dân xây dựng nông thôn mới",
E("giam_sat", "2013", "2013-09-16"),
[P("Hồ Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Hồ Văn Xoong", "người có uy tín thôn Cợp"),
 P("Lê Quang Thịnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tân Liên"),
 P("Trương Văn Bảy", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("9/19 tiêu chí nông thôn mới", 9, "tiêu chí nông thôn mới"),
 Q("146 hộ", 146, "hộ"), Q("1.200 m2", 1200, "m2"), Q("2 khoản thu", 2, "khoản thu"),
 Q("450.000 đồng/khẩu", 450000, "đồng"), Q("38 hộ nghèo", 38, "hộ nghèo"), Q("52 hộ cận nghèo", 52, "hộ cận nghèo"), Q("4 xã điểm nông thôn mới", 4, "xã điểm nông thôn mới")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "20", "CT/TU", "2013-05-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU ngày 02/5/2013")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tân Liên")],
["Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", "Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Toàn cảnh buổi giám sát tại xã Hướng Phùng.", "Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"],
["08:15 | 18/09/2013", "năm 2013", "năm 2011", "quý IV", "ngày 30/9"]))

PAGES.append(page("b2456-bacgiang-xa-daihoi-mttq-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TIÊN SƠN - HUYỆN VIỆT YÊN - TỈNH BẮC GIANG
Trang chủ :: Tin tức - Sự kiện :: Mặt trận và các đoàn thể
Thứ Năm, 20/11/2014 - 10:05
Đại hội đại biểu MTTQ xã Tiên Sơn lần thứ XII, nhiệm kỳ 2014 - 2019
Ngày 19/11/2014, Ủy ban MTTQ Việt Nam xã Tiên Sơn long trọng tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XII, nhiệm kỳ 2014 - 2019. Về dự có đồng chí Thân Văn Lực, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Việt Yên; đồng chí Nguyễn Văn Hiển, Bí thư Đảng ủy xã; cùng 120 đại biểu chính thức đại diện cho hơn 9.800 nhân khẩu trong xã.
Đoàn Chủ tịch điều hành Đại hội.
Báo cáo chính trị trình Đại hội nêu rõ, Tiên Sơn là một trong những xã đi đầu của tỉnh Bắc Giang trong phong trào xây dựng nông thôn mới. Nhiệm kỳ 2009 - 2014, Mặt trận xã đã phối hợp vận động nhân dân hiến 6.300 m2 đất, đóng góp trên 11 tỷ đồng cùng ngân sách cứng hóa 14,7 km đường trục thôn, xóm; xã được công nhận đạt chuẩn nông thôn mới năm 2013, sớm hơn kế hoạch 2 năm. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 7/8 thôn đạt danh hiệu làng văn hóa; tỷ lệ hộ gia đình văn hóa đạt 91,5%. Quỹ "Ngày vì người nghèo" vận động được 312 triệu đồng, giúp xây mới và sửa chữa 17 nhà cho hộ nghèo.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 3 vị: bà Ngô Thị Thoan được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Thân Đức Mạnh và ông Hoàng Văn Quyết - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Mặt trận cấp huyện.
Phát biểu chỉ đạo, đồng chí Thân Văn Lực đề nghị Ủy ban MTTQ xã khóa mới tiếp tục thực hiện Chỉ thị số 17-CT/TW ngày 18/3/2013 của Ban Bí thư về đại hội Mặt trận các cấp và Chương trình hành động số 08-CTr/HU của Huyện ủy Việt Yên; đẩy mạnh cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", giữ vững danh hiệu xã nông thôn mới.
Đại hội đã thông qua Nghị quyết với 5 chỉ tiêu chủ yếu và phát động thi đua chào mừng kỷ niệm 84 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930 - 18/11/2014).
Trong không khí dân chủ, các đại biểu đã thảo luận nhiều ý kiến tâm huyết về việc phát huy vai trò của Ban Công tác Mặt trận ở khu dân cư, vận động con em quê hương làm ăn xa đóng góp xây dựng thiết chế văn hóa, giữ gìn vệ sinh môi trường ở các làng nghề. Đại hội cũng biểu dương các gia đình tiêu biểu đã tự nguyện hiến đất, tháo dỡ tường rào để mở rộng đường thôn, xóm.
Ban biên tập
Tin liên quan
- Hội nghị hiệp thương lần thứ ba giới thiệu nhân sự Ủy ban MTTQ xã (05/11/2014)
- Thôn Đồng Tiến tổ chức Ngày hội Đại đoàn kết toàn dân tộc (14/11/2014)
- Hội Nông dân xã sơ kết 6 tháng đầu năm (10/7/2014)
""", "2014-11-20", "Đại hội đại biểu MTTQ xã Tiên Sơn lần thứ XII, nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-11-19"),
[P("Thân Văn Lực", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Việt Yên"),
 P("Nguyễn Văn Hiển", "Bí thư Đảng ủy xã"),
 P("Ngô Thị Thoan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thân Đức Mạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 9.800 nhân khẩu", 9800, "nhân khẩu", "over"),
 Q("6.300 m2", 6300, "m2"), Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("14,7 km", 14.7, "km"),
 Q("7/8 thôn", 7, "thôn"), Q("91,5%", 91.5, "%"), Q("312 triệu đồng", 312000000, "đồng"), Q("17 nhà", 17, "nhà"),
 Q("41 vị", 41, "vị"), Q("3 vị", 3, "vị"), Q("9 đại biểu", 9, "đại biểu"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu")],
[D("Chỉ thị", "17", "CT/TW", "2013-03-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/3/2013"),
 D("Chương trình hành động", "08", "CTr/HU", None, "Huyện ủy Việt Yên", "Chương trình hành động số 08-CTr/HU")],
[prov("Bắc Giang"), com("Tiên Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TIÊN SƠN - HUYỆN VIỆT YÊN - TỈNH BẮC GIANG", "Trang chủ :: Tin tức - Sự kiện :: Mặt trận và các đoàn thể",
 "Đoàn Chủ tịch điều hành Đại hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày vì người nghèo",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ban biên tập"],
["Thứ Năm, 20/11/2014 - 10:05", "lần thứ XII", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "năm 2013", "2 năm",
 "hội nghị lần thứ nhất", "khóa XII", "84 năm", "18/11/1930 - 18/11/2014"]))

PAGES.append(page("b2457-binhduong-mttq-tongket-2015", """
UBMTTQ VN TỈNH BÌNH DƯƠNG
Trang chủ › Tin hoạt động › Mặt trận tỉnh
29-12-2015 09:40
Ảnh: Đồng chí Huỳnh Văn Lộc phát biểu chỉ đạo hội nghị.
Mặt trận Bình Dương vận động trên 68 tỷ đồng chăm lo người nghèo
Sáng 24-12-2015, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2015. Đồng chí Huỳnh Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2015, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" và chương trình an sinh xã hội được trên 68 tỷ đồng, xây tặng 326 căn nhà Đại đoàn kết, trao 4.150 suất học bổng và hơn 21.000 phần quà Tết cho hộ nghèo, công nhân có hoàn cảnh khó khăn. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới được đẩy mạnh, 38/41 xã đã hoàn thành quy hoạch nông thôn mới; 97% hộ đạt gia đình văn hóa.
Thực hiện Kết luận số 107-KL/TW ngày 10/4/2015 của Ban Bí thư về tiếp tục thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", Ban Thường trực đã phối hợp với Sở Công Thương tổ chức 6 phiên chợ đưa hàng Việt về khu công nghiệp, phục vụ khoảng 35.000 lượt công nhân. Ban Thường trực cũng ban hành Kế hoạch số 41/KH-MTTQ-BTT giám sát việc thực hiện Luật Bảo hiểm xã hội tại 12 doanh nghiệp.
Tại hội nghị, ông Tạ Minh Châu, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Hòa, chia sẻ mô hình "Tổ tự quản công nhân nhà trọ" đã giúp 2.600 công nhân ổn định chỗ ở. Bà Điểu Thị Liên, người dân tộc S'tiêng, Trưởng ban Công tác Mặt trận ấp Lai Khê, xã Lai Hưng, nêu cách vận động đồng bào hiến đất làm đường.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Lộc đề nghị năm 2016 Mặt trận các cấp chuẩn bị tốt công tác hiệp thương bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 - 2021; quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X; nâng cao chất lượng giám sát và phản biện xã hội theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể, 27 cá nhân; đồng chí Võ Thị Kim Hoàng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh công bố quyết định khen thưởng.
Theo đánh giá chung, bên cạnh kết quả đạt được, công tác nắm tình hình nhân dân ở các khu nhà trọ đông công nhân nhập cư còn hạn chế; hoạt động của một số Ban Công tác Mặt trận ấp, khu phố chưa đều; việc giám sát sau kiến nghị chưa được theo dõi đến cùng. Hội nghị thống nhất chọn chủ đề năm 2016 là "Đoàn kết, dân chủ, đổi mới, phát triển".
Kim Phượng
Tin cùng chuyên mục
- Thủ Dầu Một ra mắt 15 Tổ tự quản công nhân nhà trọ (18/12/2015)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu HĐND (10/12/2015)
- Chăm lo Tết cho công nhân ở lại khu trọ (02/12/2015)
""", "2015-12-29", "Mặt trận Bình Dương vận động trên 68 tỷ đồng chăm lo người nghèo",
E("tong_ket", "2015", "2015-12-24"),
[P("Huỳnh Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tạ Minh Châu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Hòa"),
 P("Điểu Thị Liên", "Trưởng ban Công tác Mặt trận ấp Lai Khê"),
 P("Võ Thị Kim Hoàng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"), Q("326 căn nhà Đại đoàn kết", 326, "căn nhà Đại đoàn kết"),
 Q("4.150 suất học bổng", 4150, "suất học bổng"), Q("hơn 21.000 phần quà", 21000, "phần quà", "over"),
 Q("38/41 xã", 38, "xã"), Q("97%", 97, "%"), Q("6 phiên chợ", 6, "phiên chợ"),
 Q("khoảng 35.000 lượt công nhân", 35000, "lượt công nhân", "approx"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("2.600 công nhân", 2600, "công nhân"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kết luận", "107", "KL/TW", "2015-04-10", "Ban Bí thư", "Kết luận số 107-KL/TW ngày 10/4/2015"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 41/KH-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bình Dương"), com("Phú Hòa"), com("Lai Hưng")],
["UBMTTQ VN TỈNH BÌNH DƯƠNG", "Trang chủ › Tin hoạt động › Mặt trận tỉnh", "Ảnh: Đồng chí Huỳnh Văn Lộc phát biểu chỉ đạo hội nghị.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Tổ tự quản công nhân nhà trọ", "Luật Bảo hiểm xã hội", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X", "Sở Công Thương", "Đoàn kết, dân chủ, đổi mới, phát triển"],
["29-12-2015 09:40", "năm 2015", "năm 2016", "khóa XIV", "nhiệm kỳ 2016 - 2021", "lần thứ X"]))

PAGES.append(page("b2458-soctrang-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức | Phong trào - Cuộc vận động
Ngày đăng 12/10/2017 | 14:20
Sóc Trăng biểu dương 45 điển hình tiêu biểu "Người Việt Nam ưu tiên dùng hàng Việt Nam"
Ngày 11/10, Ban Chỉ đạo cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh tổ chức hội nghị biểu dương điển hình tiêu biểu năm 2017. Đồng chí Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì; dự hội nghị có 210 đại biểu là doanh nghiệp, hợp tác xã, tiểu thương và người tiêu dùng.
Đồng chí Lâm Văn Mẫn trao giấy khen cho các điển hình.
Báo cáo tại hội nghị cho biết, sau 8 năm thực hiện cuộc vận động, 98% cơ quan, đơn vị nhà nước ưu tiên mua sắm hàng hóa sản xuất trong nước; tỷ lệ hàng Việt tại các siêu thị, trung tâm thương mại trên địa bàn chiếm trên 90%. Toàn tỉnh đã tổ chức 27 phiên chợ hàng Việt về nông thôn, trong đó 11 phiên tại các xã có đông đồng bào Khmer, doanh số bán hàng đạt khoảng 19 tỷ đồng. Nhiều sản phẩm địa phương như bánh pía, lạp xưởng, gạo ST được người tiêu dùng cả nước biết đến.
Ban Chỉ đạo đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU ngày 15/6/2016 về tăng cường sự lãnh đạo của cấp ủy đối với cuộc vận động và ban hành Kế hoạch số 59-KH/BCĐ triển khai năm 2017. Sở Công Thương hỗ trợ 46 cơ sở sản xuất đăng ký nhãn hiệu.
Tại hội nghị, ông Thạch Sô Phanh, Giám đốc Hợp tác xã dệt chiếu Khmer ấp Tà Ân, xã Châu Khánh, cho biết hợp tác xã đang tạo việc làm cho 64 lao động nữ với thu nhập 3,5 triệu đồng/người/tháng. Bà Trần Thị Út Em, chủ cơ sở bánh pía Út Em, xã Đại Tâm, đề nghị tỉnh hỗ trợ quảng bá trên sàn thương mại điện tử.
Phát biểu kết luận, đồng chí Lâm Văn Mẫn yêu cầu các ngành, đoàn thể gắn cuộc vận động với Chương trình mỗi xã một sản phẩm, với phong trào thi đua "Sóc Trăng chung sức xây dựng nông thôn mới"; mỗi cán bộ, đảng viên phải gương mẫu thực hiện "3 ưu tiên: mua hàng Việt, dùng hàng Việt, quảng bá hàng Việt".
Dịp này, Ban Chỉ đạo trao giấy khen cho 45 điển hình tiêu biểu, gồm 17 tập thể và 28 cá nhân.
Theo Ban Chỉ đạo, thời gian tới cuộc vận động cần đi vào chiều sâu, gắn với việc nâng cao chất lượng sản phẩm, truy xuất nguồn gốc và bảo vệ quyền lợi người tiêu dùng. Các đại biểu cũng đề xuất tổ chức thêm các điểm bán hàng Việt cố định tại trung tâm các xã vùng sâu, hỗ trợ chi phí vận chuyển cho doanh nghiệp tham gia phiên chợ, đồng thời tăng cường kiểm tra, xử lý hàng giả, hàng nhái trên thị trường.
Sơn Vui
Các tin đã đưa
- Đưa hàng Việt về xã Lâm Tân, huyện Thạnh Trị (26/9/2017)
- Hội thảo nâng cao sức cạnh tranh hàng Việt (12/9/2017)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III (05/9/2017)
""", "2017-10-12", "Sóc Trăng biểu dương 45 điển hình tiêu biểu \"Người Việt Nam ưu tiên dùng hàng Việt Nam\"",
E("hoi_nghi", "2017", "2017-10-11"),
[P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Thạch Sô Phanh", "Giám đốc Hợp tác xã dệt chiếu Khmer ấp Tà Ân"),
 P("Trần Thị Út Em", "chủ cơ sở bánh pía Út Em")],
[Q("45 điển hình tiêu biểu", 45, "điển hình tiêu biểu"), Q("210 đại biểu", 210, "đại biểu"), Q("98%", 98, "%"),
 Q("trên 90%", 90, "%", "over"), Q("27 phiên chợ hàng Việt", 27, "phiên chợ hàng Việt"), Q("11 phiên", 11, "phiên"),
 Q("khoảng 19 tỷ đồng", 19000000000, "đồng", "approx"), Q("46 cơ sở sản xuất", 46, "cơ sở sản xuất"),
 Q("64 lao động nữ", 64, "lao động nữ"), Q("3,5 triệu đồng/người/tháng", 3500000, "đồng"),
 Q("17 tập thể", 17, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2016-06-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 15/6/2016"),
 D("Kế hoạch", "59", "KH/BCĐ", None, "Ban Chỉ đạo", "Kế hoạch số 59-KH/BCĐ")],
[prov("Sóc Trăng"), com("Châu Khánh"), com("Đại Tâm")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức | Phong trào - Cuộc vận động", "Đồng chí Lâm Văn Mẫn trao giấy khen cho các điển hình.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Chương trình mỗi xã một sản phẩm", "Sóc Trăng chung sức xây dựng nông thôn mới",
 "3 ưu tiên: mua hàng Việt, dùng hàng Việt, quảng bá hàng Việt", "Sở Công Thương", "Hợp tác xã dệt chiếu Khmer"],
["Ngày đăng 12/10/2017 | 14:20", "năm 2017", "8 năm", "3 ưu tiên", "năm 2017"]))
