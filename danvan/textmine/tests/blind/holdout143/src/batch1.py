from lib import *
PAGES = []

PAGES.append(page("b3389-tayninh-bantongiao-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo
Thứ Ba, 20/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tây Ninh tổng kết công tác tôn giáo năm 2011
Ngày 19/12/2011, Ban Tôn giáo tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác tôn giáo năm 2011 và triển khai nhiệm vụ năm 2012. Ông Trần Văn Sáu, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo hội nghị; bà Lê Thị Kim Phượng, Trưởng Ban Tôn giáo tỉnh, chủ trì.
Theo báo cáo, toàn tỉnh hiện có 7 tôn giáo được Nhà nước công nhận với hơn 640.000 tín đồ, chiếm khoảng 59% dân số; trong đó đạo Cao Đài có 9 hệ phái, đông nhất là Hội thánh Cao Đài Tòa thánh Tây Ninh với 214 Thánh thất, Điện thờ Phật mẫu. Năm 2011, các tôn giáo hoạt động cơ bản đúng pháp luật; các lễ hội lớn tại Tòa thánh như Đại lễ Hội Yến Diêu Trì Cung, Đại lễ Kỷ niệm Khai đạo thu hút khoảng 300.000 lượt khách trong và ngoài nước, bảo đảm an ninh, trật tự.
Ban Tôn giáo tỉnh đã tham mưu UBND tỉnh thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo và Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11; hướng dẫn các huyện thực hiện Chỉ thị 1940/CT-TTg của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo. Trong năm, Ban giải quyết 46 hồ sơ đăng ký sinh hoạt tôn giáo, chấp thuận cho 18 cơ sở thờ tự sửa chữa, nâng cấp; xem xét 12 đơn thư, khiếu nại, đã giải quyết dứt điểm 10 đơn.
Các chức sắc, chức việc tích cực tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và công tác từ thiện xã hội với tổng trị giá hơn 9,6 tỷ đồng. Hội thánh Cao Đài Tòa thánh Tây Ninh vận động xây 27 căn nhà tình thương cho đồng đạo nghèo.
Phát biểu tại hội nghị, Giáo hữu Thượng Chữ Thanh, Trưởng Ban Thế đạo Hội thánh, đề nghị chính quyền tiếp tục tạo điều kiện để các Họ đạo sửa chữa Thánh thất đúng quy hoạch. Ông Nguyễn Văn Thơm, Chánh trị sự Họ đạo Trường Hòa, chia sẻ kinh nghiệm vận động tín đồ giữ gìn an ninh ở xã Trường Hòa.
Kết luận hội nghị, ông Trần Văn Sáu yêu cầu năm 2012 các ngành tiếp tục thực hiện tốt Kế hoạch số 29/KH-UBND ngày 14/4/2011 của UBND tỉnh về công tác tôn giáo, quan tâm giải quyết những vụ việc tồn đọng, không để phát sinh điểm nóng. Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 23 cá nhân có thành tích trong công tác tôn giáo.
Minh Tâm
Lượt xem: 1.204
Tin liên quan
- Lãnh đạo tỉnh thăm Hội thánh Cao Đài Tòa thánh Tây Ninh nhân Đại lễ Khai đạo (17/11/2011)
- Hòa Thành: gặp mặt chức sắc tôn giáo tiêu biểu (08/11/2011)
- Tập huấn Pháp lệnh Tín ngưỡng, tôn giáo cho cán bộ xã (20/10/2011)
- Tân Châu: 5 Thánh thất được cấp giấy chứng nhận quyền sử dụng đất (30/9/2011)
- Hội thánh Cao Đài Tòa thánh Tây Ninh trao 120 phần quà cho đồng đạo nghèo (15/9/2011)
- Gò Dầu: hội nghị triển khai công tác tôn giáo 6 tháng cuối năm (28/7/2011)
- Lễ hội Núi Bà Đen 2011 diễn ra an toàn (02/3/2011)
Cơ quan chủ quản: Văn phòng UBND tỉnh Tây Ninh. Địa chỉ: số 83 đường Phạm Tung, phường 3, thành phố Tây Ninh.
""", "2011-12-20", "Tây Ninh tổng kết công tác tôn giáo năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Trần Văn Sáu", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Kim Phượng", "Trưởng Ban Tôn giáo tỉnh"),
 P("Thượng Chữ Thanh", "Giáo hữu", "Trưởng Ban Thế đạo Hội thánh"),
 P("Nguyễn Văn Thơm", "Chánh trị sự Họ đạo Trường Hòa")],
[Q("7 tôn giáo", 7, "tôn giáo"), Q("hơn 640.000 tín đồ", 640000, "tín đồ", "over"), Q("khoảng 59%", 59, "%", "approx"),
 Q("9 hệ phái", 9, "hệ phái"), Q("214 Thánh thất, Điện thờ Phật mẫu", 214, "Thánh thất, Điện thờ Phật mẫu"),
 Q("khoảng 300.000 lượt khách", 300000, "lượt khách", "approx"), Q("46 hồ sơ", 46, "hồ sơ"),
 Q("18 cơ sở thờ tự", 18, "cơ sở thờ tự"), Q("12 đơn thư, khiếu nại", 12, "đơn thư, khiếu nại"), Q("10 đơn", 10, "đơn"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("27 căn nhà tình thương", 27, "căn nhà tình thương"),
 Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh Tín ngưỡng, tôn giáo số 21/2004/PL-UBTVQH11"),
 D("Chỉ thị", "1940", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 1940/CT-TTg"),
 D("Kế hoạch", "29", "KH-UBND", "2011-04-14", "UBND tỉnh", "Kế hoạch số 29/KH-UBND ngày 14/4/2011")],
[prov("Tây Ninh"), com("Trường Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH", "Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Hội thánh Cao Đài Tòa thánh Tây Ninh", "Đại lễ Hội Yến Diêu Trì Cung", "Đại lễ Kỷ niệm Khai đạo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Ba, 20/12/2011 - 16:30", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b3390-angiang-thamphgh-khaidao-2012", """
Báo An Giang Online
Xã hội | Tôn giáo
Cập nhật: 08:40, 06/07/2012 (GMT+7)
Lãnh đạo tỉnh thăm, chúc mừng Đại lễ kỷ niệm 73 năm ngày khai sáng đạo Phật giáo Hòa Hảo
(BAG) - Ngày 5/7 (nhằm ngày 17/5 âm lịch), đoàn lãnh đạo tỉnh An Giang do đồng chí Võ Thanh Khải, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Ban Trị sự Trung ương Phật giáo Hòa Hảo nhân Đại lễ kỷ niệm 73 năm ngày khai sáng đạo (18/5 âm lịch).
Cùng đi có các đồng chí: Nguyễn Thị Bé Tư, Phạm Hồng Sang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lâm Quang Thìn, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Võ Thanh Khải trao quà chúc mừng Ban Trị sự Trung ương.
Tại Tổ đình Phật giáo Hòa Hảo ở thị trấn Phú Mỹ, huyện Phú Tân, ông Nguyễn Hữu Điền, Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo nhiệm kỳ 2009 - 2014, báo cáo: toàn đạo hiện có khoảng 1,3 triệu tín đồ, riêng An Giang hơn 850.000 tín đồ, 1.052 chức sắc, chức việc sinh hoạt ở 79 Ban Trị sự xã, phường, thị trấn. Sáu tháng đầu năm, các Ban Trị sự đã vận động bà con đóng góp trên 46 tỷ đồng làm từ thiện, cất 312 căn nhà Tình thương, xây 28 cây cầu nông thôn và hỗ trợ 1.640 ca mổ mắt cho người nghèo.
Đồng chí Võ Thanh Khải ghi nhận những đóng góp của đồng đạo Phật giáo Hòa Hảo trong phong trào "Chung sức xây dựng nông thôn mới" và "Ngày vì người nghèo". Đồng chí mong Ban Trị sự tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", thực hiện tốt Nghị định số 22/2005/NĐ-CP ngày 01/3/2005 của Chính phủ hướng dẫn Pháp lệnh Tín ngưỡng, tôn giáo và Quy chế phối hợp số 05/QCPH-MTTQ-BTS giữa Ủy ban MTTQ tỉnh và Ban Trị sự Trung ương.
Dịp này, đoàn trao tặng Ban Trị sự Trung ương 1 lẵng hoa và 50 triệu đồng hỗ trợ công tác tổ chức đại lễ; đồng thời trao 200 phần quà, mỗi phần trị giá 300.000 đồng, cho hộ tín đồ nghèo ở xã Phú Thành.
Theo Ban Trị sự Trung ương, dự kiến trong 3 ngày đại lễ có khoảng 500.000 lượt tín đồ về dự; 1.200 tình nguyện viên được huy động phục vụ nước uống, cơm chay miễn phí tại 54 điểm dọc các tuyến đường về Tổ đình.
Hữu Huệ
Các tin khác
- Phú Tân chuẩn bị chu đáo cho đại lễ khai đạo (03/07/2012)
- Chợ Mới: Ban Trị sự PGHH xã Long Điền A trao 80 căn nhà tình thương (25/06/2012)
- Ủy ban MTTQ tỉnh gặp mặt chức sắc các tôn giáo (12/06/2012)
- Hướng dẫn tổ chức lễ hội tín ngưỡng mùa Vía Bà Chúa Xứ (28/05/2012)
- Tri Tôn: trao 150 phần quà cho đồng bào Khmer dịp Chôl Chnăm Thmây (12/04/2012)
- Ban Trị sự PGHH huyện Phú Tân khánh thành 3 cây cầu nông thôn (30/03/2012)
- Châu Đốc chuẩn bị Lễ hội Vía Bà Chúa Xứ núi Sam năm 2012 (20/03/2012)
- Tịnh Biên: họp mặt chức sắc, chức việc các tôn giáo mừng Xuân Nhâm Thìn (10/01/2012)
Báo An Giang - Số 12 Lê Lợi, phường Mỹ Bình, TP. Long Xuyên. Giấy phép số 23/GP-BTTTT.
""", "2012-07-06", "Lãnh đạo tỉnh thăm, chúc mừng Đại lễ kỷ niệm 73 năm ngày khai sáng đạo Phật giáo Hòa Hảo",
E("trao_qua", None, "2012-07-05"),
[P("Võ Thanh Khải", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Hồng Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Quang Thìn", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Điền", "Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo nhiệm kỳ 2009 - 2014")],
[Q("khoảng 1,3 triệu tín đồ", 1300000, "tín đồ", "approx"), Q("hơn 850.000 tín đồ", 850000, "tín đồ", "over"),
 Q("1.052 chức sắc, chức việc", 1052, "chức sắc, chức việc"), Q("79 Ban Trị sự xã, phường, thị trấn", 79, "Ban Trị sự xã, phường, thị trấn"),
 Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("312 căn nhà Tình thương", 312, "căn nhà Tình thương"),
 Q("28 cây cầu nông thôn", 28, "cây cầu nông thôn"), Q("1.640 ca mổ mắt", 1640, "ca mổ mắt"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("200 phần quà", 200, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 500.000 lượt tín đồ", 500000, "lượt tín đồ", "approx"), Q("1.200 tình nguyện viên", 1200, "tình nguyện viên"),
 Q("54 điểm", 54, "điểm")],
[D("Nghị định", "22", "2005/NĐ-CP", "2005-03-01", "Chính phủ", "Nghị định số 22/2005/NĐ-CP ngày 01/3/2005"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-BTS", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-BTS")],
[prov("An Giang"), com("Phú Mỹ"), com("Phú Thành")],
["Báo An Giang Online", "Xã hội | Tôn giáo", "(BAG)", "Đồng chí Võ Thanh Khải trao quà chúc mừng Ban Trị sự Trung ương.",
 "Ban Trị sự Trung ương Phật giáo Hòa Hảo", "Tổ đình Phật giáo Hòa Hảo", "Chung sức xây dựng nông thôn mới", "Ngày vì người nghèo",
 "tốt đời, đẹp đạo", "Pháp lệnh Tín ngưỡng, tôn giáo"],
["Cập nhật: 08:40, 06/07/2012 (GMT+7)", "73 năm", "17/5 âm lịch", "18/5 âm lịch", "Sáu tháng đầu năm", "3 ngày",
 "1 lẵng hoa", "nhiệm kỳ 2009 - 2014"]))

PAGES.append(page("b3391-dongthap-mttq-gapmat-chucsac-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo
15-11-2013 09:20
Đồng Tháp: Gặp mặt 260 chức sắc, chức việc, người có uy tín trong đồng bào các tôn giáo
Sáng 14/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Tôn giáo tỉnh tổ chức Hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong đồng bào các tôn giáo năm 2013. Dự hội nghị có 260 đại biểu đến từ các tôn giáo Phật giáo, Công giáo, Cao Đài, Phật giáo Hòa Hảo, Tin lành và Tịnh độ Cư sĩ Phật hội Việt Nam.
Toàn cảnh hội nghị gặp mặt.
Chủ trì hội nghị có ông Nguyễn Văn Dưỡng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Minh Toàn, Phó Chủ tịch UBND tỉnh. Về phía các tôn giáo có Thượng tọa Thích Thiện Phước, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Phêrô Trần Văn Khiêm, Quản hạt Cao Lãnh; ông Lê Văn Chín, Phó Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh; Mục sư Lý Văn Hên, Quản nhiệm Hội thánh Tin lành Sa Đéc.
Báo cáo tại hội nghị cho thấy, toàn tỉnh có khoảng 480.000 tín đồ các tôn giáo, với 612 cơ sở thờ tự. Trong năm 2013, các tổ chức tôn giáo đã đóng góp trên 21 tỷ đồng làm công tác xã hội, xây dựng 145 căn nhà đại đoàn kết, 36 cây cầu và hơn 9 km đường giao thông nông thôn; 74 chức sắc, chức việc tham gia Ủy ban MTTQ các cấp.
Các đại biểu đề nghị sớm hướng dẫn Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh Tín ngưỡng, tôn giáo; tháo gỡ vướng mắc về đất đai của một số cơ sở thờ tự tại xã Tân Thuận Đông và phường Mỹ Phú. Ông Lê Văn Chín phản ánh việc một số tín đồ Hòa Hảo ở xã Hòa Tân tổ chức sinh hoạt ngoài Ban Trị sự, đề nghị chính quyền phối hợp vận động.
Phát biểu kết luận, ông Nguyễn Văn Dưỡng đề nghị các chức sắc tiếp tục tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Đồng Tháp chung tay vì người nghèo"; Mặt trận sẽ phối hợp thực hiện Chương trình phối hợp số 04/CTrPH-MTTQ-BTG năm 2013 về vận động đồng bào tôn giáo.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 32 chức sắc, chức việc tiêu biểu.
Tuấn Kiệt
Lượt truy cập: 215.402
Tin cùng chuyên mục
- Thăm các cơ sở tôn giáo nhân lễ Giáng sinh 2013 (20/12/2012)
- Hội nghị triển khai Nghị định 92/2012/NĐ-CP (24/10/2013)
- Mặt trận Lai Vung gặp mặt người có uy tín (10/10/2013)
- Ban Trị sự Phật giáo Hòa Hảo huyện Tam Nông trao 60 căn nhà tình thương (26/09/2013)
- Châu Thành: Hội thánh Tin lành Việt Nam (miền Nam) tặng quà trung thu (18/09/2013)
- Tịnh độ Cư sĩ Phật hội tỉnh tổ chức Đại hội đại biểu nhiệm kỳ mới (05/09/2013)
- Lấp Vò: tuyên dương 45 gương "tốt đời, đẹp đạo" (22/08/2013)
- Hồng Ngự: Mặt trận thăm các cơ sở thờ tự vùng biên giới (09/08/2013)
""", "2013-11-15", "Đồng Tháp: Gặp mặt 260 chức sắc, chức việc, người có uy tín trong đồng bào các tôn giáo",
E("hoi_nghi", "2013", "2013-11-14"),
[P("Nguyễn Văn Dưỡng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Minh Toàn", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Thiện Phước", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Trần Văn Khiêm", "Linh mục", "Quản hạt Cao Lãnh"),
 P("Lê Văn Chín", "Phó Trưởng ban Trị sự Phật giáo Hòa Hảo tỉnh"),
 P("Lý Văn Hên", "Mục sư", "Quản nhiệm Hội thánh Tin lành Sa Đéc")],
[Q("260 chức sắc, chức việc, người có uy tín", 260, "chức sắc, chức việc, người có uy tín"), Q("khoảng 480.000 tín đồ", 480000, "tín đồ", "approx"), Q("612 cơ sở thờ tự", 612, "cơ sở thờ tự"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("145 căn nhà đại đoàn kết", 145, "căn nhà đại đoàn kết"),
 Q("36 cây cầu", 36, "cây cầu"), Q("hơn 9 km", 9, "km", "over"), Q("74 chức sắc, chức việc", 74, "chức sắc, chức việc"),
 Q("32 chức sắc, chức việc tiêu biểu", 32, "chức sắc, chức việc tiêu biểu")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Chương trình phối hợp", "04", "CTrPH-MTTQ-BTG", None, None, "Chương trình phối hợp số 04/CTrPH-MTTQ-BTG")],
[prov("Đồng Tháp"), com("Tân Thuận Đông"), com("Mỹ Phú"), com("Hòa Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo", "Toàn cảnh hội nghị gặp mặt.",
 "Tịnh độ Cư sĩ Phật hội Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đồng Tháp chung tay vì người nghèo",
 "Pháp lệnh Tín ngưỡng, tôn giáo", "Lượt truy cập: 215.402"],
["15-11-2013 09:20", "năm 2013", "Lượt truy cập: 215.402"]))

PAGES.append(page("b3392-bentre-bantongiao-soket-2014", """
SỞ NỘI VỤ TỈNH BẾN TRE - BAN TÔN GIÁO
Trang chủ > Tin hoạt động > Công tác tôn giáo
Thứ Năm, 10/07/2014 - 07:45
Ông Cao Văn Trung, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.
Nắm chắc tình hình, không để phát sinh điểm nóng về tôn giáo
Chiều 8/7/2014, Ban Tôn giáo tỉnh tổ chức hội nghị sơ kết công tác quản lý nhà nước về tôn giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Dự có ông Cao Văn Trung, Phó Chủ tịch UBND tỉnh; lãnh đạo Phòng Nội vụ 9 huyện, thành phố.
Theo báo cáo, Bến Tre có 6 tôn giáo với khoảng 230.000 tín đồ; riêng đạo Cao Đài có 11 hệ phái, trong đó Cao Đài Ban Chỉnh đạo có Trung ương Hội thánh đặt tại phường 3, thành phố Bến Tre. Sáu tháng đầu năm, các tôn giáo tổ chức 146 cuộc lễ lớn, an toàn; Ban đã giải quyết 52 thủ tục đề nghị phong phẩm, bổ nhiệm, thuyên chuyển chức sắc, trong đó Cao Đài Ban Chỉnh đạo thăng phẩm 9 Giáo hữu, 14 Lễ sanh.
Tình hình một số điểm vẫn còn phức tạp: nhóm "Cao Đài 1997" lôi kéo khoảng 40 tín đồ ở xã Tân Phú Tây sinh hoạt trái phép; 3 vụ tranh chấp đất đai liên quan cơ sở thờ tự chưa giải quyết dứt điểm. Thực hiện Kế hoạch 71/KH-UBND ngày 20/02/2014 của UBND tỉnh, Ban phối hợp Công an tỉnh vận động được 26 tín đồ trở về sinh hoạt ở Hội thánh hợp pháp.
Tại hội nghị, ông Đoàn Văn Lợi, Trưởng phòng Nội vụ huyện Mỏ Cày Nam, kiến nghị bổ sung 1 biên chế làm công tác tôn giáo cho mỗi huyện. Bà Huỳnh Thị Ngọc Hân, công chức Văn hóa - Xã hội xã Phước Long, nêu kinh nghiệm phối hợp với Ban Cai quản Thánh thất giữ gìn an ninh trong các ngày vía.
Chỉ đạo hội nghị, ông Cao Văn Trung yêu cầu tiếp tục thực hiện nghiêm Chỉ thị số 09-CT/TU ngày 05/9/2013 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới; quan tâm chức sắc Cao Đài cao tuổi, giải quyết dứt điểm các vụ việc trước ngày 31/12/2014. Ông Nguyễn Hoàng Nhơn, Trưởng Ban Tôn giáo tỉnh, tiếp thu và giao các phòng xây dựng kế hoạch 6 tháng cuối năm.
Theo kế hoạch, Ban sẽ tổ chức 2 lớp bồi dưỡng kiến thức tôn giáo cho khoảng 150 cán bộ cấp xã trong quý III.
Ngọc Nhung
Tin khác
- Bến Tre: gặp mặt chức sắc tôn giáo nhân Đại lễ Phật đản (14/05/2014)
- Hội thánh Cao Đài Ban Chỉnh đạo tổ chức lễ Kỷ niệm Đức Chí Tôn (10/02/2014)
- Giồng Trôm tập huấn pháp luật về tín ngưỡng, tôn giáo (21/01/2014)
- Ba Tri: vận động tín đồ Cao Đài hiến đất mở rộng đường liên ấp (08/01/2014)
- Hội nghị tổng kết công tác tôn giáo năm 2013 (27/12/2013)
- Thạnh Phú: thăm các cơ sở tôn giáo nhân lễ Giáng sinh (23/12/2013)
- Cao Đài Tiên Thiên tổ chức Đại lễ Kỷ niệm Khai đạo (18/11/2013)
Bản quyền thuộc Ban Tôn giáo tỉnh Bến Tre. Địa chỉ: 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre.
""", "2014-07-10", "Nắm chắc tình hình, không để phát sinh điểm nóng về tôn giáo",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Cao Văn Trung", "Phó Chủ tịch UBND tỉnh"),
 P("Đoàn Văn Lợi", "Trưởng phòng Nội vụ huyện Mỏ Cày Nam"),
 P("Huỳnh Thị Ngọc Hân", "công chức Văn hóa - Xã hội xã Phước Long"),
 P("Nguyễn Hoàng Nhơn", "Trưởng Ban Tôn giáo tỉnh")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("6 tôn giáo", 6, "tôn giáo"), Q("khoảng 230.000 tín đồ", 230000, "tín đồ", "approx"), Q("11 hệ phái", 11, "hệ phái"),
 Q("146 cuộc lễ lớn", 146, "cuộc lễ lớn"), Q("52 thủ tục", 52, "thủ tục"), Q("9 Giáo hữu", 9, "Giáo hữu"), Q("14 Lễ sanh", 14, "Lễ sanh"),
 Q("khoảng 40 tín đồ", 40, "tín đồ", "approx"), Q("3 vụ tranh chấp đất đai liên quan cơ sở thờ tự", 3, "vụ tranh chấp đất đai liên quan cơ sở thờ tự"), Q("26 tín đồ", 26, "tín đồ"),
 Q("2 lớp bồi dưỡng kiến thức tôn giáo", 2, "lớp bồi dưỡng kiến thức tôn giáo"),
 Q("khoảng 150 cán bộ cấp xã", 150, "cán bộ cấp xã", "approx")],
[D("Kế hoạch", "71", "KH-UBND", "2014-02-20", "UBND tỉnh", "Kế hoạch 71/KH-UBND ngày 20/02/2014"),
 D("Chỉ thị", "09", "CT/TU", "2013-09-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 05/9/2013")],
[prov("Bến Tre"), com("phường 3"), com("Tân Phú Tây"), com("Phước Long")],
["SỞ NỘI VỤ TỈNH BẾN TRE - BAN TÔN GIÁO", "Trang chủ > Tin hoạt động > Công tác tôn giáo",
 "Ông Cao Văn Trung, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.", "Cao Đài Ban Chỉnh đạo", "Cao Đài 1997", "Ban Cai quản Thánh thất"],
["Thứ Năm, 10/07/2014 - 07:45", "6 tháng đầu năm", "6 tháng cuối năm 2014", "Sáu tháng đầu năm", "31/12/2014", "quý III", "1 biên chế"]))

PAGES.append(page("b3393-cantho-doithoai-tindo-2015", """
Cổng Thông tin điện tử Quận Ô Môn - Thành phố Cần Thơ
Tin tức > Chính trị - Xã hội
22/10/2015 - 14:10
Ô Môn: Đối thoại với chức sắc, tín đồ các tôn giáo năm 2015
Ngày 21/10/2015, UBND quận Ô Môn phối hợp Ủy ban MTTQ quận tổ chức đối thoại với chức sắc, chức việc và tín đồ các tôn giáo năm 2015. Ông Lê Hoàng Vũ, Phó Chủ tịch UBND quận, chủ trì buổi đối thoại; tham dự có 145 đại biểu đại diện Phật giáo, Công giáo, Cao Đài, Phật giáo Hòa Hảo, Tứ Ân Hiếu Nghĩa trên địa bàn 7 phường.
Quang cảnh buổi đối thoại. Ảnh: Q.Tú
Ông Đặng Văn Út, Chánh trị sự Họ đạo Cao Đài Thới Long (Cao Đài Tây Ninh), phản ánh việc cấp giấy chứng nhận quyền sử dụng đất cho Thánh thất còn chậm, có hồ sơ nộp từ năm 2012 đến nay chưa được giải quyết. Ông Trần Văn Lượm, Trưởng ban Trị sự Phật giáo Hòa Hảo phường Trường Lạc, đề nghị quận hỗ trợ làm 2 cây cầu bê tông mà Ban Trị sự đã vận động bà con góp được khoảng 380 triệu đồng.
Sư cô Thích Nữ Diệu Hạnh, trụ trì chùa Phước Huệ, hỏi về thủ tục đăng ký cho 12 người vào tu ở chùa. Linh mục Giuse Nguyễn Văn Lộc, chánh xứ Thới An, kiến nghị lắp thêm đèn chiếu sáng trên tuyến đường trước nhà thờ.
Trả lời các ý kiến, ông Lê Hoàng Vũ cho biết quận đã giải quyết 7 trong số 9 hồ sơ đất đai của cơ sở tôn giáo; 2 hồ sơ còn lại sẽ hoàn thành trong quý IV. Quận thống nhất đưa cầu của phường Trường Lạc vào kế hoạch năm 2016 với phần hỗ trợ của Nhà nước 60%. Phòng Nội vụ quận sẽ hướng dẫn việc đăng ký người vào tu theo Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ và Thông tư 01/2013/TT-BNV của Bộ Nội vụ.
Kết luận buổi đối thoại, ông Lê Hoàng Vũ ghi nhận các tôn giáo trong năm đã đóng góp hơn 3,2 tỷ đồng cho công tác an sinh xã hội, tặng 1.850 phần quà cho hộ nghèo và vận động 48 hộ hiến đất làm đường. Quận sẽ tổ chức đối thoại định kỳ mỗi năm một lần theo Quyết định số 1123/QĐ-UBND của UBND quận.
Quốc Tú
Lượt xem: 642
Tin liên quan
- Ô Môn tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" (15/10/2015)
- Phường Thới An tổ chức hội thi "Dân vận khéo" (02/10/2015)
- Quận ủy Ô Môn gặp mặt người có uy tín trong đồng bào Khmer (22/09/2015)
- Ra mắt mô hình "Tuyến đường tôn giáo văn minh" (11/09/2015)
- Phường Long Hưng: Ban Trị sự PGHH tặng 200 phần quà cho hộ nghèo (28/08/2015)
- Ô Môn sơ kết 6 tháng thực hiện Nghị định 92/2012/NĐ-CP (17/07/2015)
- Thăm Thánh thất Cao Đài Thới Long nhân ngày vía (02/07/2015)
- Phước Thới: gặp mặt chức sắc Phật giáo Hòa Hảo nhân Đại lễ Khai đạo (30/06/2015)
- Hội nghị triển khai công tác tôn giáo năm 2015 (20/01/2015)
Cổng TTĐT quận Ô Môn - Địa chỉ: 80 đường 26/3, phường Châu Văn Liêm, quận Ô Môn, TP. Cần Thơ.
""", "2015-10-22", "Ô Môn: Đối thoại với chức sắc, tín đồ các tôn giáo năm 2015",
E("doi_thoai", "2015", "2015-10-21"),
[P("Lê Hoàng Vũ", "Phó Chủ tịch UBND quận"),
 P("Đặng Văn Út", "Chánh trị sự Họ đạo Cao Đài Thới Long"),
 P("Trần Văn Lượm", "Trưởng ban Trị sự Phật giáo Hòa Hảo phường Trường Lạc"),
 P("Thích Nữ Diệu Hạnh", "Sư cô", "trụ trì chùa Phước Huệ"),
 P("Giuse Nguyễn Văn Lộc", "Linh mục", "chánh xứ Thới An")],
[Q("145 đại biểu", 145, "đại biểu"), Q("7 phường", 7, "phường"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"), Q("12 người", 12, "người"), Q("7 trong số 9 hồ sơ đất đai", 7, "hồ sơ đất đai"),
 Q("2 hồ sơ", 2, "hồ sơ"), Q("60%", 60, "%"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("1.850 phần quà", 1850, "phần quà"), Q("48 hộ", 48, "hộ")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012"),
 D("Thông tư", "01", "2013/TT-BNV", None, "Bộ Nội vụ", "Thông tư 01/2013/TT-BNV"),
 D("Quyết định", "1123", "QĐ-UBND", None, "UBND quận", "Quyết định số 1123/QĐ-UBND")],
[prov("Cần Thơ"), com("Trường Lạc")],
["Cổng Thông tin điện tử Quận Ô Môn - Thành phố Cần Thơ", "Tin tức > Chính trị - Xã hội", "Quang cảnh buổi đối thoại. Ảnh: Q.Tú",
 "Tứ Ân Hiếu Nghĩa", "Lượt xem: 642"],
["22/10/2015 - 14:10", "năm 2015", "năm 2012", "quý IV", "năm 2016", "mỗi năm một lần", "Lượt xem: 642", "7 trong số 9"]))

PAGES.append(page("b3394-vinhlong-taphuan-tongiao-2016", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Vị trí: Trang chủ :: Hoạt động :: Dân tộc - Tôn giáo
Ngày đăng 18/08/2016 | 15:20
Ảnh: Đồng chí Trương Văn Sương phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác tôn giáo cho 180 cán bộ cơ sở
Trong 2 ngày 16 và 17/8/2016, Ban Dân vận Tỉnh ủy Vĩnh Long phối hợp Ban Tôn giáo Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác tôn giáo năm 2016 cho 180 học viên là cán bộ dân vận, công chức phụ trách tôn giáo các xã, phường, thị trấn và trưởng ấp có đông đồng bào theo đạo.
Khai mạc lớp tập huấn, đồng chí Trương Văn Sương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh Vĩnh Long có 7 tôn giáo với trên 172.000 tín đồ, chiếm khoảng 16,5% dân số; nhiều hệ phái Cao Đài như Cao Đài Tây Ninh, Cao Đài Tiên Thiên, Cao Đài Minh Chơn Đạo cùng Phật giáo Hòa Hảo có đông tín đồ ở các huyện Tam Bình, Trà Ôn, Bình Tân.
Các học viên được nghe bà Phan Thị Mỹ Dung, Phó Trưởng Ban Tôn giáo Sở Nội vụ, giới thiệu những điểm mới của dự thảo Luật Tín ngưỡng, tôn giáo; ông Lê Quang Trung, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 12-CT/TU ngày 26/4/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào các tôn giáo. Đại úy Nguyễn Hữu Tài, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, thông tin về hoạt động lợi dụng tôn giáo, trong đó có 4 nhóm "đạo lạ" xuất hiện ở vùng nông thôn.
Qua thảo luận, học viên nêu nhiều tình huống thực tế: xử lý việc tín đồ tự ý mở điểm nhóm sinh hoạt trong nhà riêng; vận động hộ dân ở xã Hòa Lộc không tổ chức cúng kiếng kéo dài; phối hợp Ban Trị sự Phật giáo Hòa Hảo xã Tân Bình giải quyết 1 vụ tranh chấp đất chùa.
Bế mạc lớp, đồng chí Lê Quang Trung đề nghị học viên vận dụng Kế hoạch số 38-KH/BDVTU của Ban Dân vận Tỉnh ủy, nắm chắc tình hình tôn giáo ở địa bàn, báo cáo kịp thời trước các đại lễ lớn. Ban tổ chức đã cấp giấy chứng nhận cho 176 học viên hoàn thành lớp, đạt 97,8%.
Thanh Hải
Lượt xem: 390
Tin liên quan
- Trà Ôn: hội nghị người có uy tín trong đồng bào các tôn giáo (05/08/2016)
- Ban Dân vận Tỉnh ủy thăm Ban Trị sự Phật giáo Hòa Hảo tỉnh nhân Đại lễ Khai đạo (22/06/2016)
- Tam Bình: sơ kết 3 năm mô hình "Ấp tôn giáo đoàn kết" (10/06/2016)
- Bình Tân: trao 150 phần quà cho tín đồ Cao Đài nghèo (27/05/2016)
- Hội nghị sơ kết công tác dân vận quý I năm 2016 (14/04/2016)
- Long Hồ: Ban Dân vận Huyện ủy thăm các Thánh thất nhân lễ Đức Chí Tôn (18/02/2016)
- Mang Thít gặp mặt chức sắc, chức việc mừng Xuân Bính Thân (25/01/2016)
Ban Dân vận Tỉnh ủy Vĩnh Long - Số 2 Hoàng Thái Hiếu, Phường 1, TP. Vĩnh Long. ĐT: 0270.3822xxx
""", "2016-08-18", "Tập huấn nghiệp vụ công tác tôn giáo cho 180 cán bộ cơ sở",
E("tap_huan", "2016", "2016-08-16"),
[P("Trương Văn Sương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Mỹ Dung", "Phó Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Lê Quang Trung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tài", "Đại úy", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh")],
[Q("180 cán bộ cơ sở", 180, "cán bộ cơ sở"), Q("7 tôn giáo", 7, "tôn giáo"),
 Q("trên 172.000 tín đồ", 172000, "tín đồ", "over"), Q("khoảng 16,5%", 16.5, "%", "approx"),
 Q("4 nhóm \"đạo lạ\"", 4, "nhóm \"đạo lạ\""), Q("1 vụ tranh chấp đất chùa", 1, "vụ tranh chấp đất chùa"),
 Q("176 học viên", 176, "học viên"), Q("97,8%", 97.8, "%")],
[D("Chỉ thị", "12", "CT/TU", "2016-04-26", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 26/4/2016"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU")],
[prov("Vĩnh Long"), com("Hòa Lộc"), com("Tân Bình")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Vị trí: Trang chủ :: Hoạt động :: Dân tộc - Tôn giáo",
 "Ảnh: Đồng chí Trương Văn Sương phát biểu khai mạc lớp tập huấn.", "Cao Đài Minh Chơn Đạo", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 390"],
["Ngày đăng 18/08/2016 | 15:20", "2 ngày", "năm 2016", "Lượt xem: 390"]))
