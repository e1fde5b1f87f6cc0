from lib import *
PAGES = []

PAGES.append(page("b4205-thainguyen-mttq-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện
Thứ Sáu, 14/01/2011 - 16:20
Ảnh: Quang cảnh hội nghị.
Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2011
Ngày 13/1, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị lần thứ sáu (mở rộng) tổng kết công tác Mặt trận năm 2010, ký kết chương trình phối hợp và thống nhất hành động năm 2011. Đồng chí Hoàng Thị Bích Ngọc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có đồng chí Dương Ngọc Khải, Phó Bí thư Thường trực Tỉnh ủy và 115 đại biểu là ủy viên Ủy ban MTTQ tỉnh, người đứng đầu các tổ chức thành viên.
Báo cáo do đồng chí Ma Văn Toản, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày nêu rõ: năm 2010 cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai ở 2.340 khu dân cư, trong đó 1.912 khu dân cư được công nhận khu dân cư văn hóa, đạt 81,7%. Quỹ "Vì người nghèo" các cấp vận động được trên 9,4 tỷ đồng, hỗ trợ xây mới 612 nhà Đại đoàn kết, mỗi căn 20 triệu đồng. Thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy và hướng dẫn số 18/HD-MTTQ-BTT ngày 05/3/2010 của Ban Thường trực, Mặt trận các cấp tổ chức 146 cuộc giám sát, tiếp nhận khoảng 1.200 ý kiến, kiến nghị của cử tri.
Ảnh: Đồng chí Hoàng Thị Bích Ngọc phát biểu tại hội nghị.
Hội nghị đã nghe tham luận của các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lưu Thị Thoa, Nguyễn Đăng Khoa về Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh; bà Hoàng Thị Mùi, Trưởng Ban Công tác Mặt trận xóm Khuôn Lặn, xã Phú Đô, chia sẻ cách vận động 94 hộ dân hiến đất làm đường. Ông Lý Văn Sằn, Chủ tịch Ủy ban MTTQ xã Tân Cương, đề nghị tăng phụ cấp cho trưởng ban công tác Mặt trận.
Tại hội nghị, Ủy ban MTTQ tỉnh và 9 tổ chức thành viên đã ký kết Chương trình phối hợp và thống nhất hành động số 01/CTPH-MTTQ năm 2011. Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 2 đơn vị; Ủy ban MTTQ tỉnh tặng Bằng khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc.
Phát biểu chỉ đạo, đồng chí Dương Ngọc Khải đề nghị Mặt trận các cấp chuẩn bị tốt công tác hiệp thương bầu cử đại biểu Quốc hội khóa XIII và HĐND các cấp nhiệm kỳ 2011 - 2016; tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và tổ chức chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Thu Hà
Lượt truy cập: 1.204
Tin liên quan
- Phú Lương: Ủy ban MTTQ huyện tổng kết năm 2010 (10/01/2011)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo (28/12/2010)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ năm (15/07/2010)
""", "2011-01-14", "Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2011",
E("tong_ket", "2010", "2011-01-13"),
[P("Hoàng Thị Bích Ngọc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Ngọc Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ma Văn Toản", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lưu Thị Thoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Mùi", "Trưởng Ban Công tác Mặt trận xóm Khuôn Lặn"),
 P("Lý Văn Sằn", "Chủ tịch Ủy ban MTTQ xã Tân Cương")],
[Q("115 đại biểu", 115, "đại biểu"), Q("2.340 khu dân cư", 2340, "khu dân cư"), Q("1.912 khu dân cư", 1912, "khu dân cư"),
 Q("81,7%", 81.7, "%"), Q("trên 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("612 nhà Đại đoàn kết", 612, "nhà Đại đoàn kết"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("146 cuộc giám sát", 146, "cuộc giám sát"),
 Q("khoảng 1.200 ý kiến, kiến nghị", 1200, "ý kiến, kiến nghị", "approx"), Q("94 hộ dân", 94, "hộ dân"), Q("9 tổ chức thành viên", 9, "tổ chức thành viên"),
 Q("2 đơn vị", 2, "đơn vị"), Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân có thành tích xuất sắc", 37, "cá nhân"),
 Q("100% khu dân cư", 100, "%")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", "2010-03-05", "Ban Thường trực", "hướng dẫn số 18/HD-MTTQ-BTT ngày 05/3/2010"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND"),
 D("Chương trình phối hợp và thống nhất hành động", "01", "CTPH-MTTQ", None, None, "Chương trình phối hợp và thống nhất hành động số 01/CTPH-MTTQ"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Thái Nguyên"), com("Phú Đô"), com("Tân Cương")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện", "Ảnh: Quang cảnh hội nghị.",
 "Ảnh: Đồng chí Hoàng Thị Bích Ngọc phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt truy cập: 1.204"],
["Thứ Sáu, 14/01/2011 - 16:20", "năm 2010", "năm 2011", "lần thứ sáu", "khóa XIII", "nhiệm kỳ 2011 - 2016", "Lượt truy cập: 1.204"]))

PAGES.append(page("b4206-nghean-mttq-ngayhoi-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự > Chính trị > Mặt trận - Đoàn thể
Cập nhật: 08:30, 19/11/2012 (GMT+7)
Người dân xóm 5 vui Ngày hội Đại đoàn kết toàn dân tộc. Ảnh: Minh Chi
Ấm tình đoàn kết ở xóm biển Nghi Phong
(Baonghean) - Sáng 18/11, tại nhà văn hóa xóm 5, xã Nghi Phong, Ban Công tác Mặt trận xóm tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 82 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Về dự có đồng chí Nguyễn Thị Hồng Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh; đồng chí Phan Đức Thắng, Phó Chủ tịch Ủy ban MTTQ huyện Nghi Lộc cùng đông đảo bà con 312 hộ dân trong xóm.
Xóm 5 có 1.146 nhân khẩu, phần lớn làm nghề đánh bắt hải sản. Báo cáo tại ngày hội do ông Trần Văn Lự, Trưởng ban Công tác Mặt trận xóm 5 trình bày cho thấy: năm 2012, xóm có 287 hộ đạt danh hiệu gia đình văn hóa, chiếm 92%; tỷ lệ hộ nghèo giảm còn 6,4%. Nhân dân đóng góp gần 650 triệu đồng và hơn 1.300 ngày công để bê tông hóa 1,8 km đường xóm, xây tường rào nhà văn hóa. Quỹ "Ngày vì người nghèo" của xóm vận động được 11,5 triệu đồng.
Thực hiện Kế hoạch số 42/KH-MTTQ ngày 12/10/2012 của Ban Thường trực Ủy ban MTTQ tỉnh và hướng dẫn số 09/HD-MT của Ủy ban MTTQ huyện, xã Nghi Phong chỉ đạo 100% thôn, xóm tổ chức ngày hội với nội dung thiết thực, tiết kiệm.
Tại ngày hội, đồng chí Nguyễn Thị Hồng Hạnh biểu dương những kết quả mà Nhân dân xóm 5 đạt được, đề nghị bà con tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", giữ gìn an ninh trật tự vùng biển. Dịp này, Ủy ban MTTQ tỉnh trao 10 suất quà, mỗi suất 500 nghìn đồng cho hộ nghèo, hộ ngư dân gặp rủi ro trên biển; Ủy ban MTTQ xã tặng giấy khen cho 15 hộ gia đình tiêu biểu. Các đồng chí Bí thư Chi bộ, Xóm trưởng xóm 5: Hồ Sỹ Thuyết, Trần Thị Loan nhận bức trướng của Ủy ban MTTQ huyện.
Theo ông Nguyễn Văn Hòe, Chủ tịch Ủy ban MTTQ xã Nghi Phong, năm nay 14/14 xóm của xã tổ chức ngày hội; Mặt trận xã đã phối hợp các đoàn thể xây 3 nhà Đại đoàn kết, trao 120 thẻ bảo hiểm y tế cho người nghèo và vận động 46 hộ ngư dân tham gia tổ đoàn kết sản xuất trên biển.
Phần hội diễn ra sôi nổi với các tiết mục văn nghệ, thi kéo co, đẩy gậy và bữa cơm đoàn kết của 8 tổ liên gia. Cùng ngày, Ủy ban MTTQ tỉnh cũng dự ngày hội ở khối Tân Phúc, phường Hưng Dũng (TP Vinh).
Minh Chi
Tin khác
- Nghi Lộc: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (17/11/2012)
- Trao 25 nhà Đại đoàn kết cho hộ nghèo huyện Kỳ Sơn (12/11/2012)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách ở Quỳ Hợp (02/11/2012)
- Đồng bào Thái ở Quế Phong đón Ngày hội (29/10/2012)
""", "2012-11-19", "Ấm tình đoàn kết ở xóm biển Nghi Phong",
E("khac", None, "2012-11-18"),
[P("Nguyễn Thị Hồng Hạnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Phan Đức Thắng", "Phó Chủ tịch Ủy ban MTTQ huyện Nghi Lộc"),
 P("Trần Văn Lự", "Trưởng ban Công tác Mặt trận xóm 5"),
 P("Hồ Sỹ Thuyết", "Bí thư Chi bộ", "Xóm trưởng xóm 5"),
 P("Trần Thị Loan", "Bí thư Chi bộ", "Xóm trưởng xóm 5"),
 P("Nguyễn Văn Hòe", "Chủ tịch Ủy ban MTTQ xã Nghi Phong")],
[Q("312 hộ dân", 312, "hộ dân"), Q("1.146 nhân khẩu", 1146, "nhân khẩu"), Q("287 hộ", 287, "hộ"), Q("92%", 92, "%"),
 Q("6,4%", 6.4, "%"), Q("gần 650 triệu đồng", 650000000, "đồng", "approx"), Q("hơn 1.300 ngày công", 1300, "ngày công", "over"),
 Q("1,8 km", 1.8, "km"), Q("11,5 triệu đồng", 11500000, "đồng"), Q("100% thôn, xóm", 100, "%"), Q("10 suất quà", 10, "suất quà"),
 Q("500 nghìn đồng", 500000, "đồng"), Q("15 hộ gia đình tiêu biểu", 15, "hộ gia đình tiêu biểu"), Q("8 tổ liên gia", 8, "tổ liên gia"),
 Q("14/14 xóm", 14, "xóm"), Q("3 nhà Đại đoàn kết", 3, "nhà Đại đoàn kết"), Q("120 thẻ bảo hiểm y tế", 120, "thẻ bảo hiểm y tế"),
 Q("46 hộ ngư dân", 46, "hộ ngư dân")],
[D("Kế hoạch", "42", "KH-MTTQ", "2012-10-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 42/KH-MTTQ ngày 12/10/2012"),
 D("Hướng dẫn", "09", "HD-MT", None, "Ủy ban MTTQ huyện", "hướng dẫn số 09/HD-MT")],
[prov("Nghệ An"), com("Nghi Phong"), com("Hưng Dũng")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự > Chính trị > Mặt trận - Đoàn thể",
 "Người dân xóm 5 vui Ngày hội Đại đoàn kết toàn dân tộc. Ảnh: Minh Chi", "(Baonghean)", "Ngày vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Cập nhật: 08:30, 19/11/2012 (GMT+7)", "82 năm", "năm 2012", "xóm 5"]))

PAGES.append(page("b4207-quangtri-mttq-giamsat-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Giám sát và phản biện xã hội
08:15 | 22/08/2013
Đoàn giám sát làm việc tại xã Hướng Phùng.
Giám sát chính sách hỗ trợ nhà ở cho hộ nghèo ở Hướng Hóa
Từ ngày 19 đến 21/8/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do đồng chí Lê Thị Thu Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ tại huyện Hướng Hóa. Đây là một trong 4 cuộc giám sát chuyên đề theo Chương trình giám sát năm 2013 của Mặt trận tỉnh.
Tham gia đoàn có các đồng chí Trần Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ tỉnh; Hồ Thị Pả, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đại diện Sở Xây dựng, Ban Dân tộc và Hội Nông dân tỉnh.
Theo báo cáo của UBND huyện, giai đoạn 2009 - 2012 toàn huyện có 1.427 hộ nghèo được hỗ trợ làm nhà với tổng kinh phí hơn 17,1 tỷ đồng, trong đó vốn vay ưu đãi 8 triệu đồng/hộ; đến nay đã hoàn thành 1.392 căn nhà, đạt 97,5%; còn 35 hộ chưa làm nhà do không có đất ở hoặc già yếu. Mặt trận các xã vận động 4.600 ngày công giúp vận chuyển vật liệu.
Kiểm tra thực tế tại các xã Hướng Phùng, Tân Thành và thị trấn Lao Bảo, đoàn ghi nhận nhiều hộ đồng bào Vân Kiều, Pa Kô đã có nhà ở kiên cố; tuy nhiên còn 12 căn nhà xây dựng chưa đảm bảo diện tích 24 m2 theo quy định, một số hộ chưa được thanh toán kịp thời. Ông Hồ Văn Chăm, Chủ tịch Ủy ban MTTQ xã Hướng Phùng, và bà Kăn Thị Sức, người có uy tín bản Xa Re, phản ánh vật liệu lên vùng cao giá cao hơn 20 - 30%.
Kết luận buổi giám sát, đồng chí Lê Thị Thu Sương đề nghị huyện rà soát lại danh sách, ưu tiên hộ khó khăn, hộ có người khuyết tật; phối hợp với Mặt trận thực hiện Nghị quyết liên tịch số 05/2013/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN về hướng dẫn hoạt động giám sát của Nhân dân và Kế hoạch 29-KH/TU của Tỉnh ủy về xây dựng nhà Đại đoàn kết. Sau giám sát, Ban Thường trực sẽ có văn bản kiến nghị gửi UBND tỉnh.
Trước đó, đoàn đã làm việc với Ban Thường trực Ủy ban MTTQ huyện Hướng Hóa. Bà Nguyễn Thị Lài, Chủ tịch Ủy ban MTTQ huyện cho biết, 6 tháng đầu năm Mặt trận huyện đã tổ chức 9 cuộc giám sát ở cơ sở, phát hiện 14 trường hợp bình xét hộ nghèo chưa đúng và kiến nghị điều chỉnh; Ban Thanh tra nhân dân của 22 xã, thị trấn đã tiếp nhận 37 đơn thư của công dân.
Thanh Nga (Ban Dân chủ - Pháp luật)
Số lượt xem: 642
Tin liên quan
- Mặt trận tỉnh giám sát công tác bồi thường tại khu kinh tế Đông Nam (06/08/2013)
- Hội nghị sơ kết 6 tháng đầu năm 2013 (12/07/2013)
- Trao 50 suất quà cho hộ nghèo Đakrông (25/06/2013)
""", "2013-08-22", "Giám sát chính sách hỗ trợ nhà ở cho hộ nghèo ở Hướng Hóa",
E("giam_sat", "2013", "2013-08-19"),
[P("Lê Thị Thu Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Thị Pả", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Hồ Văn Chăm", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Kăn Thị Sức", "người có uy tín bản Xa Re"),
 P("Nguyễn Thị Lài", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("1.427 hộ nghèo", 1427, "hộ nghèo"),
 Q("hơn 17,1 tỷ đồng", 17100000000, "đồng", "over"), Q("8 triệu đồng/hộ", 8000000, "đồng"), Q("1.392 căn nhà", 1392, "căn nhà"),
 Q("97,5%", 97.5, "%"), Q("35 hộ", 35, "hộ"), Q("4.600 ngày công", 4600, "ngày công"), Q("12 căn nhà", 12, "căn nhà"),
 Q("24 m2", 24, "m2"), Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("14 trường hợp", 14, "trường hợp"),
 Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("37 đơn thư", 37, "đơn thư")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết liên tịch", "05", "2013/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 05/2013/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "29", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 29-KH/TU")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tân Thành"), com("Lao Bảo")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Hướng Phùng.", "Chương trình giám sát năm 2013", "Số lượt xem: 642"],
["08:15 | 22/08/2013", "giai đoạn 2009 - 2012", "6 tháng đầu năm", "20 - 30%", "Số lượt xem: 642"]))

PAGES.append(page("b4208-soctrang-mttq-daihoi-2014", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Tin tức » Hoạt động các ngành » Mặt trận - Đoàn thể
Thứ Sáu, 26/09/2014 - 17:30
Đại hội đại biểu MTTQ Việt Nam tỉnh Sóc Trăng lần thứ X thành công tốt đẹp
Trong 2 ngày 25 và 26/9/2014, tại Hội trường Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2014 - 2019. Về dự có 300 đại biểu chính thức, đại diện cho hơn 1,3 triệu người dân các dân tộc Kinh, Khmer, Hoa trong tỉnh.
Toàn cảnh Đại hội. Ảnh: Huỳnh Như
Báo cáo chính trị trình bày tại Đại hội cho biết, nhiệm kỳ qua Mặt trận các cấp đã vận động xây dựng 8.512 căn nhà Đại đoàn kết, sửa chữa 2.034 căn; Quỹ "Vì người nghèo" đạt trên 112 tỷ đồng; 92% khu dân cư đạt chuẩn văn hóa. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" có khoảng 95% hộ dân hưởng ứng. Mặt trận đã tham gia giải quyết 1.260 vụ việc, hòa giải thành 1.087 vụ.
Đại hội đã hiệp thương cử 63 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa X. Hội nghị lần thứ nhất Ủy ban MTTQ tỉnh đã hiệp thương cử Ban Thường trực gồm 5 vị; đồng chí Trần Thị Kim Quyên, Tỉnh ủy viên, tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X. Các đồng chí Thạch Chanh Thươl, Lâm Thị Sa Phi, Hứa Văn Lập được hiệp thương cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X; đồng chí Kim Sóc Khene, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh, là Ủy viên Thường trực.
Phát biểu chỉ đạo, đồng chí Quách Văn Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh ghi nhận vai trò của Mặt trận trong xây dựng khối đại đoàn kết; đề nghị Mặt trận quán triệt Chỉ thị số 37-CT/TW ngày 08/7/2014 của Bộ Chính trị và Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy, thực hiện tốt Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền. Hòa thượng Lý Hùng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phát biểu tham luận về vai trò các chùa Phật giáo Nam tông Khmer.
Thảo luận tại Đại hội, bà Danh Thị Sa Rết, Trưởng ban Công tác Mặt trận ấp Tà Điếp C1, xã Tài Văn, nêu cách vận động 240 hộ Khmer tham gia mô hình "Tổ nhân dân tự quản"; ông Lưu Văn Tấn, Chủ tịch Ủy ban MTTQ phường 5, TP Sóc Trăng, chia sẻ kinh nghiệm xây dựng quỹ khuyến học với hơn 300 triệu đồng mỗi năm.
Đại hội đã bầu 26 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII. Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 7 tập thể, 9 cá nhân.
Thái Hòa
Lượt xem: 2.015
Tin liên quan
- Đại hội MTTQ thị xã Vĩnh Châu nhiệm kỳ 2014 - 2019 (12/09/2014)
- Hiệp thương nhân sự Ủy ban MTTQ tỉnh khóa X (05/09/2014)
- Trao 120 nhà Đại đoàn kết ở Trần Đề (28/08/2014)
""", "2014-09-26", "Đại hội đại biểu MTTQ Việt Nam tỉnh Sóc Trăng lần thứ X thành công tốt đẹp",
E("dai_hoi", None, "2014-09-25"),
[P("Trần Thị Kim Quyên", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Thạch Chanh Thươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Lâm Thị Sa Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Hứa Văn Lập", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa X"),
 P("Kim Sóc Khene", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh", "Ủy viên Thường trực"),
 P("Quách Văn Hoàng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Thị Sa Rết", "Trưởng ban Công tác Mặt trận ấp Tà Điếp C1"),
 P("Lưu Văn Tấn", "Chủ tịch Ủy ban MTTQ phường 5")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 1,3 triệu người dân", 1300000, "người dân", "over"),
 Q("8.512 căn nhà Đại đoàn kết", 8512, "căn nhà Đại đoàn kết"), Q("2.034 căn", 2034, "căn"),
 Q("trên 112 tỷ đồng", 112000000000, "đồng", "over"), Q("92% khu dân cư", 92, "%"), Q("khoảng 95%", 95, "%", "approx"),
 Q("1.260 vụ việc", 1260, "vụ việc"), Q("1.087 vụ", 1087, "vụ"), Q("63 vị", 63, "vị"), Q("5 vị", 5, "vị"),
 Q("26 đại biểu", 26, "đại biểu"), Q("240 hộ Khmer", 240, "hộ Khmer"),
 Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("7 tập thể", 7, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "37", "CT/TW", "2014-07-08", "Bộ Chính trị", "Chỉ thị số 37-CT/TW ngày 08/7/2014"),
 D("Kế hoạch", "61", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 61-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Sóc Trăng"), com("Tài Văn"), com("phường 5")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Tin tức » Hoạt động các ngành » Mặt trận - Đoàn thể", "Toàn cảnh Đại hội. Ảnh: Huỳnh Như",
 "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Tổ nhân dân tự quản", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 2.015"],
["Thứ Sáu, 26/09/2014 - 17:30", "2 ngày", "lần thứ X", "nhiệm kỳ 2014 - 2019", "khóa X", "lần thứ nhất", "lần thứ VIII", "Lượt xem: 2.015"]))

PAGES.append(page("b4209-camau-mttq-soket-2015", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận
17/07/2015 - 10:05
Mặt trận Cà Mau vận động trên 4,2 tỷ đồng giúp hộ nghèo
(CMO) Sáng 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2015 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lâm Văn Bé, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Lâm Văn Bé phát biểu chỉ đạo hội nghị.
6 tháng qua, Mặt trận các cấp trong tỉnh vận động Quỹ "Vì người nghèo" trên 4,2 tỷ đồng, hỗ trợ xây dựng 219 căn nhà Đại đoàn kết và sửa chữa 47 căn; trao 3.650 phần quà Tết cho hộ nghèo, hộ cận nghèo với tổng trị giá 1,46 tỷ đồng. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được gắn với 12 phiên chợ hàng Việt về nông thôn, thu hút khoảng 18.000 lượt người tham quan, mua sắm.
Mặt trận các cấp còn phối hợp Ngân hàng Chính sách xã hội giới thiệu 2.870 hộ vay vốn với số tiền 58,3 tỷ đồng; Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở cơ sở đã giám sát 164 công trình, phát hiện và kiến nghị xử lý 9 trường hợp sai phạm.
Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị, Mặt trận tỉnh đã chủ trì 6 cuộc giám sát, 2 hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về hỗ trợ ngư dân; Mặt trận cấp huyện tổ chức 31 cuộc giám sát. Mặt trận các cấp cũng chuẩn bị tốt đại hội Mặt trận cơ sở theo Kế hoạch số 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh: đến nay 101/101 xã, phường, thị trấn đã tổ chức xong đại hội, đạt 100%.
Hội nghị đã nghe các tham luận của Ủy ban MTTQ huyện Trần Văn Thời, Ủy ban MTTQ xã Tân Hưng Đông và ông Lý Thanh Phong, Trưởng ban Công tác Mặt trận ấp Đường Đào, xã Khánh Bình Tây Bắc về mô hình "Ấp không có người nghèo bị bỏ lại phía sau". Bà Thạch Thị Sa Rây, Phó Chủ tịch Ủy ban MTTQ huyện Thới Bình, đề nghị tỉnh quan tâm hỗ trợ kinh phí cho 1.025 hộ đồng bào Khmer còn khó khăn về nhà ở.
Phát biểu chỉ đạo, đồng chí Lâm Văn Bé yêu cầu 6 tháng cuối năm tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ VIII, nhiệm kỳ 2015 - 2020 đúng Chỉ thị 37-CT/TW của Bộ Chính trị; phấn đấu cuối năm có ít nhất 85% khu dân cư đạt danh hiệu văn hóa. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Huỳnh Thị Bé Sáu, Tô Văn Luận được phân công theo dõi các huyện vùng sâu.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 11 tập thể và 16 cá nhân có thành tích xuất sắc trong thực hiện cuộc vận động.
Ngọc Thạch
Lượt xem: 1.377
Các tin khác
- Ủy ban MTTQ huyện Năm Căn sơ kết 6 tháng (14/07/2015)
- Bàn giao 30 căn nhà Đại đoàn kết ở U Minh (08/07/2015)
- Mặt trận phường 9 tổ chức đại hội điểm (26/06/2015)
""", "2015-07-17", "Mặt trận Cà Mau vận động trên 4,2 tỷ đồng giúp hộ nghèo",
E("so_ket", "2015-H1", "2015-07-16"),
[P("Lâm Văn Bé", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thanh Phong", "Trưởng ban Công tác Mặt trận ấp Đường Đào"),
 P("Thạch Thị Sa Rây", "Phó Chủ tịch Ủy ban MTTQ huyện Thới Bình"),
 P("Huỳnh Thị Bé Sáu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Tô Văn Luận", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("219 căn nhà Đại đoàn kết", 219, "căn nhà Đại đoàn kết"), Q("47 căn", 47, "căn"),
 Q("3.650 phần quà", 3650, "phần quà"), Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("12 phiên chợ hàng Việt", 12, "phiên chợ hàng Việt"),
 Q("khoảng 18.000 lượt người", 18000, "lượt người", "approx"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("31 cuộc giám sát", 31, "cuộc giám sát"),
 Q("101/101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("100%", 100, "%"), Q("1.025 hộ đồng bào Khmer", 1025, "hộ đồng bào Khmer"),
 Q("ít nhất 85%", 85, "%", "over"), Q("2.870 hộ", 2870, "hộ"), Q("58,3 tỷ đồng", 58300000000, "đồng"),
 Q("164 công trình", 164, "công trình"), Q("9 trường hợp", 9, "trường hợp"), Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân có thành tích xuất sắc", 16, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT"),
 D("Chỉ thị", "37", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 37-CT/TW")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây Bắc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận", "(CMO)", "Đồng chí Lâm Văn Bé phát biểu chỉ đạo hội nghị.", "Vì người nghèo",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ấp không có người nghèo bị bỏ lại phía sau", "Trần Văn Thời", "Lượt xem: 1.377"],
["17/07/2015 - 10:05", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng qua", "lần thứ VIII", "nhiệm kỳ 2015 - 2020", "Lượt xem: 1.377"]))

PAGES.append(page("b4210-hagiang-mttq-tongket-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG
Trang chủ :: Tin hoạt động :: Công tác Mặt trận
Ngày đăng 29/12/2016 | 15:40
Ảnh: Đồng chí Sùng A Páo trao Cờ thi đua cho các tập thể.
Ủy ban MTTQ tỉnh Hà Giang tổng kết công tác năm 2016
Chiều 28/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lần thứ 3, khóa XIV tổng kết công tác Mặt trận năm 2016, triển khai chương trình phối hợp và thống nhất hành động năm 2017. Dự hội nghị có đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Sùng A Páo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2016, Mặt trận các cấp đã hiệp thương giới thiệu 142 người ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2016 - 2021, phối hợp tổ chức thành công cuộc bầu cử với tỷ lệ cử tri đi bầu đạt 99,6%. Thực hiện Chỉ thị 05-CT/TU và Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy, Mặt trận vận động Nhân dân hiến 286.000 m2 đất, đóng góp 61.500 ngày công làm 412 km đường bê tông nông thôn; xây mới 1.138 nhà Đại đoàn kết cho hộ nghèo người Mông, Dao, Lô Lô. Quỹ "Vì người nghèo" các cấp tiếp nhận gần 19,7 tỷ đồng. Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam" trao 9.400 suất quà Tết.
Đồng chí Nguyễn Đức Trọng, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, cho biết trong năm Mặt trận tỉnh tiếp nhận 214 đơn thư, chuyển cơ quan chức năng giải quyết 198 đơn; tổ chức 3 hội nghị phản biện xã hội và phối hợp tập huấn cho 1.950 trưởng ban công tác Mặt trận thôn, tổ dân phố.
Tham luận tại hội nghị, ông Lù Văn Sình, Chủ tịch Ủy ban MTTQ xã Lũng Cú, cho biết xã có 9/9 thôn tổ chức Ngày hội Đại đoàn kết; bà Triệu Thị Nhất, Trưởng ban Công tác Mặt trận thôn Bản Thăng, xã Tân Quang, kể việc vận động 37 hộ người Dao bỏ tục lệ ma chay tốn kém. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lò Văn Pủa, Hoàng Thị Thanh Xuân, Ly Mí Sính trình bày dự thảo chương trình năm 2017.
Phát biểu tại hội nghị, đồng chí Vàng Thị Mai đề nghị Mặt trận tiếp tục thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, giám sát chặt chẽ việc thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ tại 6 huyện nghèo; phấn đấu năm 2017 giảm tỷ lệ hộ nghèo từ 4% trở lên.
Tại hội nghị, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua xuất sắc cho Ủy ban MTTQ huyện Mèo Vạc; Ủy ban MTTQ tỉnh tặng Cờ thi đua cho 5 tập thể, Bằng khen cho 28 tập thể và 43 cá nhân. 11 tổ chức thành viên đã ký kết chương trình phối hợp năm 2017.
Vũ Giang
Lượt xem: 958
Tin liên quan
- Mèo Vạc: Trao 50 nhà Đại đoàn kết cho hộ nghèo (20/12/2016)
- Hội nghị giao ban Khối thi đua các đoàn thể chính trị - xã hội (15/12/2016)
- Đồng Văn tổ chức Ngày hội Đại đoàn kết (18/11/2016)
""", "2016-12-29", "Ủy ban MTTQ tỉnh Hà Giang tổng kết công tác năm 2016",
E("tong_ket", "2016", "2016-12-28"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Văn Sình", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Triệu Thị Nhất", "Trưởng ban Công tác Mặt trận thôn Bản Thăng"),
 P("Lò Văn Pủa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ly Mí Sính", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đức Trọng", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("142 người", 142, "người"), Q("99,6%", 99.6, "%"), Q("286.000 m2", 286000, "m2"), Q("61.500 ngày công", 61500, "ngày công"),
 Q("412 km", 412, "km"), Q("1.138 nhà Đại đoàn kết", 1138, "nhà Đại đoàn kết"), Q("gần 19,7 tỷ đồng", 19700000000, "đồng", "approx"),
 Q("9.400 suất quà", 9400, "suất quà"), Q("9/9 thôn", 9, "thôn"), Q("214 đơn thư", 214, "đơn thư"), Q("198 đơn", 198, "đơn"),
 Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("1.950 trưởng ban công tác Mặt trận", 1950, "trưởng ban công tác Mặt trận"), Q("37 hộ người Dao", 37, "hộ người Dao"),
 Q("6 huyện nghèo", 6, "huyện nghèo"), Q("từ 4% trở lên", 4, "%", "over"), Q("5 tập thể", 5, "tập thể"), Q("28 tập thể", 28, "tập thể"),
 Q("43 cá nhân", 43, "cá nhân"), Q("11 tổ chức thành viên", 11, "tổ chức thành viên")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Hà Giang"), com("Lũng Cú"), com("Tân Quang")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG", "Trang chủ :: Tin hoạt động :: Công tác Mặt trận",
 "Ảnh: Đồng chí Sùng A Páo trao Cờ thi đua cho các tập thể.", "Vì người nghèo", "Tết vì người nghèo và nạn nhân chất độc da cam",
 "Ngày hội Đại đoàn kết", "Lượt xem: 958"],
["Ngày đăng 29/12/2016 | 15:40", "lần thứ 3", "khóa XIV", "năm 2016", "năm 2017", "nhiệm kỳ 2016 - 2021", "Lượt xem: 958"]))
