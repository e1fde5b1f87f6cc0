from lib import *
PAGES = []

PAGES.append(page("b7643-hanam-cdkcn-daihoi-2017", """
Báo Hà Nam điện tử
Trang chủ :: Chính trị :: Công đoàn
22.06.2017 | 11:05
Đại hội đại biểu Công đoàn các Khu công nghiệp tỉnh Hà Nam lần thứ III, nhiệm kỳ 2017 - 2022
Trong 2 ngày 20 và 21/6, Công đoàn các Khu công nghiệp tỉnh Hà Nam tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Trần Xuân Dương, TUV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Huyền, Ủy viên Đoàn Chủ tịch, Trưởng Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam; đồng chí Đinh Văn Bình, Chủ tịch Liên đoàn Lao động tỉnh cùng 150 đại biểu chính thức thay mặt cho hơn 46.000 đoàn viên công đoàn.
Đại hội bầu Ban Chấp hành khóa mới. Ảnh: Thanh Hải
Nhiệm kỳ 2012 - 2017, số công đoàn cơ sở tăng từ 58 lên 124, đoàn viên tăng gần gấp 3 lần. Công đoàn đã phối hợp với doanh nghiệp tổ chức 410 hội nghị người lao động, thương lượng ký kết 97 bản thỏa ước lao động tập thể, trong đó 64 bản có điều khoản hỗ trợ tiền nhà ở, đi lại. Quỹ "Mái ấm Công đoàn" đã xây mới và sửa chữa 38 căn nhà cho đoàn viên khó khăn về nhà ở, mỗi căn hỗ trợ từ 30 đến 50 triệu đồng.
Đến nay, tại các KCN Đồng Văn I, Đồng Văn II, Hòa Mạc mới có 1 khu nhà ở công nhân với 620 phòng, trong khi nhu cầu khoảng 15.000 chỗ ở. Công đoàn đã đề xuất UBND tỉnh ban hành kế hoạch 1516/KH-UBND về phát triển nhà ở cho công nhân và phối hợp với các phường Đồng Văn, Bạch Thượng, thị trấn Hòa Mạc quản lý khu nhà trọ. Công tác này được triển khai theo chỉ thị 03-CT/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 655/QĐ-TTg ngày 12/5/2017 của Thủ tướng Chính phủ phê duyệt Đề án đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất.
Phát biểu chỉ đạo, đồng chí Trần Xuân Dương đề nghị Công đoàn các KCN nhiệm kỳ tới chú trọng chăm lo nơi ở, nhà trẻ, đời sống văn hóa cho công nhân; triển khai hiệu quả Nghị quyết 20-NQ/TW và Chỉ thị 22-CT/TW; quan tâm phát triển đảng viên trong công nhân, phấn đấu mỗi năm kết nạp ít nhất 60 đảng viên mới.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa III. Tại phiên họp thứ nhất, đồng chí Nguyễn Thị Thu Hằng được bầu giữ chức Chủ tịch Công đoàn các KCN tỉnh khóa III; các đồng chí Trương Văn Hiếu, Lại Thị Nguyệt được bầu làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XVII.
Đại hội đề ra 12 chỉ tiêu chủ yếu, trong đó phấn đấu 85% trở lên doanh nghiệp có công đoàn ký kết thỏa ước, 100% công đoàn cơ sở tổ chức đối thoại định kỳ, vận động xây dựng thêm 2 khu nhà ở cho công nhân.
Chị Trần Thị Lan, đại biểu công nhân Công ty TNHH Sumi Hà Nam, mong muốn Ban Chấp hành khóa mới tiếp tục quan tâm đến khu trọ, điện nước và bữa ăn ca, nhất là với công nhân nữ đang nuôi con nhỏ.
Thanh Hải
Lượt đọc: 2.145
TIN CÙNG CHUYÊN MỤC
- Đại hội Công đoàn ngành Giáo dục tỉnh nhiệm kỳ 2017 - 2022 (15/06/2017)
- Duy Tiên: trao 6 Mái ấm Công đoàn (02/06/2017)
- Công nhân KCN Đồng Văn hưởng ứng Tháng Công nhân (25/05/2017)
- Tập huấn kỹ năng đối thoại tại nơi làm việc (18/05/2017)
""", "2017-06-22", "Đại hội đại biểu Công đoàn các Khu công nghiệp tỉnh Hà Nam lần thứ III, nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-06-20"),
[P("Trần Xuân Dương", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Huyền", "Ủy viên Đoàn Chủ tịch", "Trưởng Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam"),
 P("Đinh Văn Bình", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Chủ tịch Công đoàn các KCN tỉnh khóa III"),
 P("Trương Văn Hiếu", "Phó Chủ tịch"),
 P("Lại Thị Nguyệt", "Phó Chủ tịch"),
 P("Trần Thị Lan", "đại biểu công nhân Công ty TNHH Sumi Hà Nam")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 46.000 đoàn viên công đoàn", 46000, "đoàn viên công đoàn", "over"),
 Q("58", 58, "công đoàn cơ sở"), Q("124", 124, "công đoàn cơ sở"),
 Q("410 hội nghị người lao động", 410, "hội nghị người lao động"),
 Q("97 bản thỏa ước lao động tập thể", 97, "bản thỏa ước lao động tập thể"), Q("64 bản", 64, "bản"),
 Q("38 căn nhà", 38, "căn nhà"), Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("1 khu nhà ở công nhân", 1, "khu nhà ở công nhân"), Q("620 phòng", 620, "phòng"),
 Q("khoảng 15.000 chỗ ở", 15000, "chỗ ở", "approx"), Q("ít nhất 60 đảng viên mới", 60, "đảng viên mới", "over"),
 Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"), Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"),
 Q("85% trở lên", 85, "%", "over"), Q("100%", 100, "%"), Q("2 khu nhà ở cho công nhân", 2, "khu nhà ở cho công nhân")],
[D("Kế hoạch", "1516", "KH-UBND", None, None, "kế hoạch 1516/KH-UBND"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 03-CT/TU"),
 D("Quyết định", "655", "QĐ-TTg", "2017-05-12", "Thủ tướng Chính phủ", "Quyết định số 655/QĐ-TTg ngày 12/5/2017"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW"),
 D("Chỉ thị", "22", "CT/TW", None, None, "Chỉ thị 22-CT/TW")],
[prov("Hà Nam"), com("Đồng Văn"), com("Bạch Thượng"), com("Hòa Mạc")],
["Báo Hà Nam điện tử", "Trang chủ :: Chính trị :: Công đoàn", "Đại hội bầu Ban Chấp hành khóa mới. Ảnh: Thanh Hải",
 "Mái ấm Công đoàn", "Lượt đọc: 2.145",
 "Đề án đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất"],
["22.06.2017 | 11:05", "lần thứ III", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "2 ngày", "gấp 3 lần",
 "khóa III", "phiên họp thứ nhất", "lần thứ XVII", "Lượt đọc: 2.145"]))

PAGES.append(page("b7644-longan-taphuan-cdcs-kcn-2018", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN
Bạn đang ở: Trang chủ / Tin hoạt động / Đào tạo - Bồi dưỡng
Cập nhật lúc 16:30 ngày 12/10/2018
Tập huấn kỹ năng chăm lo nhà ở, đời sống cho cán bộ công đoàn cơ sở khu công nghiệp
Ngày 11 và 12/10/2018, tại thị trấn Bến Lức, Liên đoàn Lao động tỉnh Long An tổ chức lớp tập huấn năm 2018 cho 180 cán bộ công đoàn cơ sở tại các khu công nghiệp, cụm công nghiệp trên địa bàn các huyện Bến Lức, Đức Hòa, Cần Giuộc.
Báo cáo viên giới thiệu chuyên đề thương lượng tập thể. Ảnh: Kim Ngân
Khai mạc lớp tập huấn, ông Huỳnh Văn Quang Hùng, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh, cho biết Long An hiện có 35 khu công nghiệp được quy hoạch với hơn 210.000 lao động, trong đó khoảng 45% là người từ các tỉnh khác đến thuê trọ. Thực hiện Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường vai trò công đoàn trong doanh nghiệp ngoài nhà nước và về chăm lo nhà ở cho công nhân, cán bộ công đoàn cơ sở cần nắm vững chính sách để thương lượng quyền lợi cho đoàn viên.
Trong 2 ngày, học viên được các báo cáo viên: Trần Hữu Phước, Nguyễn Thị Kim Loan - Phó Trưởng Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh truyền đạt các chuyên đề: chính sách nhà ở xã hội theo Luật Nhà ở năm 2014 và Nghị định 100/2015/NĐ-CP của Chính phủ; kỹ năng thương lượng khoản hỗ trợ nhà trọ, xăng xe trong thỏa ước lao động tập thể; hướng dẫn thực hiện Quyết định 1701/QĐ-TLĐ về Chương trình "Phúc lợi cho đoàn viên công đoàn".
Báo cáo viên cũng giới thiệu kinh nghiệm của Công đoàn Công ty TNHH Hưng Thịnh Phát ở xã Đức Hòa Hạ: thương lượng được khoản hỗ trợ nhà trọ 300.000 đồng/tháng, xây khu ký túc xá 120 phòng cho công nhân ở miễn phí. Hiện toàn tỉnh có 3 dự án nhà ở công nhân đã đưa vào sử dụng với khoảng 2.700 chỗ ở và 7 dự án đang được kêu gọi đầu tư.
Học viên trao đổi nhiều vướng mắc thực tế. Bà Võ Thị Ngọc Trâm, Chủ tịch Công đoàn cơ sở Công ty cổ phần Tân Đức, cho biết công nhân muốn vay vốn mua nhà ở xã hội nhưng khó chứng minh thu nhập; ông Lê Tấn Đạt, Chủ tịch Công đoàn Khu công nghiệp Long Hậu, kiến nghị có cơ chế để công đoàn tham gia giám sát giá phòng trọ tại xã Long Hậu.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa. Theo kế hoạch số 76/KH-LĐLĐ, từ nay đến cuối năm Liên đoàn Lao động tỉnh sẽ mở thêm 2 lớp tương tự cho khoảng 300 cán bộ công đoàn cơ sở ở các huyện còn lại.
Đây là hoạt động thiết thực nhằm nâng cao năng lực cán bộ công đoàn cơ sở, nhất là ở các doanh nghiệp mới thành lập trong khu công nghiệp, nơi tổ chức công đoàn còn non trẻ.
Kim Ngân
Tin khác
- Khánh thành nhà văn hóa công nhân tại Đức Hòa (28/09/2018)
- Trao 20 Mái ấm Công đoàn cho đoàn viên khó khăn (14/09/2018)
- Đối thoại tại nơi làm việc ở KCN Tân Kim (30/08/2018)
- Hội thi an toàn vệ sinh viên giỏi năm 2018 (16/08/2018)
""", "2018-10-12", "Tập huấn kỹ năng chăm lo nhà ở, đời sống cho cán bộ công đoàn cơ sở khu công nghiệp",
E("tap_huan", "2018", "2018-10-11"),
[P("Trần Hữu Phước", "Phó Trưởng Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Kim Loan", "Phó Trưởng Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh"),
 P("Huỳnh Văn Quang Hùng", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Võ Thị Ngọc Trâm", "Chủ tịch Công đoàn cơ sở Công ty cổ phần Tân Đức"),
 P("Lê Tấn Đạt", "Chủ tịch Công đoàn Khu công nghiệp Long Hậu")],
[Q("180 cán bộ công đoàn cơ sở", 180, "cán bộ công đoàn cơ sở"), Q("35 khu công nghiệp", 35, "khu công nghiệp"),
 Q("hơn 210.000 lao động", 210000, "lao động", "over"), Q("khoảng 45%", 45, "%", "approx"),
 Q("300.000 đồng/tháng", 300000, "đồng"), Q("120 phòng", 120, "phòng"),
 Q("3 dự án nhà ở công nhân", 3, "dự án nhà ở công nhân"), Q("khoảng 2.700 chỗ ở", 2700, "chỗ ở", "approx"),
 Q("7 dự án", 7, "dự án"), Q("100% học viên", 100, "%"), Q("2 lớp", 2, "lớp"),
 Q("khoảng 300 cán bộ công đoàn cơ sở", 300, "cán bộ công đoàn cơ sở", "approx")],
[D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Nghị định", "100", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 100/2015/NĐ-CP"),
 D("Quyết định", "1701", "QĐ-TLĐ", None, None, "Quyết định 1701/QĐ-TLĐ"),
 D("Kế hoạch", "76", "KH-LĐLĐ", None, None, "kế hoạch số 76/KH-LĐLĐ")],
[prov("Long An"), com("Bến Lức"), com("Đức Hòa Hạ"), com("Long Hậu")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN", "Bạn đang ở: Trang chủ / Tin hoạt động / Đào tạo - Bồi dưỡng",
 "Báo cáo viên giới thiệu chuyên đề thương lượng tập thể. Ảnh: Kim Ngân",
 "Luật Nhà ở năm 2014", "Phúc lợi cho đoàn viên công đoàn"],
["Cập nhật lúc 16:30 ngày 12/10/2018", "năm 2018", "2 ngày", "Luật Nhà ở năm 2014"]))

PAGES.append(page("b7645-bacgiang-cdkcn-giaoban-q3-2019", """
BÁO BẮC GIANG
Thứ Ba, 08/10/2019
Xã hội | Lao động | Công đoàn
Vị trí: Trang chủ > Công đoàn > Hoạt động
Quang cảnh hội nghị giao ban.
Quý III, hơn 1.300 công nhân khu công nghiệp được hỗ trợ tiền thuê nhà
Ngày 7/10, Công đoàn các Khu công nghiệp tỉnh Bắc Giang tổ chức hội nghị giao ban công tác công đoàn quý III/2019 với chủ tịch công đoàn cơ sở các doanh nghiệp tại KCN Quang Châu, Vân Trung, Đình Trám, Song Khê - Nội Hoàng. Đồng chí Ngô Đức Thịnh, Chủ tịch Công đoàn các KCN tỉnh chủ trì.
Theo báo cáo, trong quý III, Công đoàn các KCN kết nạp 3.412 đoàn viên, thành lập 9 công đoàn cơ sở; phối hợp với 26 doanh nghiệp tổ chức đối thoại định kỳ. Từ nguồn quỹ của doanh nghiệp và công đoàn cơ sở, hơn 1.300 công nhân đang thuê trọ được hỗ trợ từ 150.000 - 400.000 đồng/tháng; tổng kinh phí hỗ trợ khoảng 1,6 tỷ đồng.
Các khu nhà trọ quanh KCN Quang Châu, Vân Trung tập trung chủ yếu ở xã Quang Châu, xã Vân Trung và thị trấn Nếnh, với khoảng 4.500 phòng trọ. Qua kiểm tra phối hợp, có 37 khu trọ không bảo đảm an toàn phòng cháy, chữa cháy, đã đề nghị chính quyền xử lý. Dự án nhà ở công nhân 1.000 căn tại KCN Đình Trám đang được đẩy nhanh tiến độ, dự kiến bố trí cho khoảng 3.000 người thuê.
Quý III có 2 cuộc ngừng việc tập thể tại Công ty TNHH Kỹ thuật Hòa Phong và Công ty TNHH May Thành Trung, đều đã được giải quyết ổn định với sự tham gia của công đoàn. Nguyên nhân chủ yếu do doanh nghiệp chậm điều chỉnh phụ cấp nhà ở, xăng xe khi giá thuê trọ tăng.
Tại hội nghị, nhiều ý kiến đề nghị tiếp tục triển khai Nghị quyết 103-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển nhà ở cho công nhân các KCN và kế hoạch 27/KH-UBND của UBND tỉnh, trong đó chú trọng quỹ đất xây nhà trẻ. Ông Hà Văn Toản, Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Vân Trung, đề xuất xây dựng thêm "Nhà trọ an toàn" ở thị trấn Nếnh.
Kết luận giao ban, đồng chí Ngô Đức Thịnh giao nhiệm vụ quý IV: tập trung thương lượng tăng lương năm 2020 theo Nghị định 90/2019/NĐ-CP của Chính phủ về lương tối thiểu vùng; chuẩn bị chương trình "Tết Sum vầy" năm 2020 với mục tiêu trao 2.000 suất quà cho công nhân khó khăn; phối hợp với Ban Quản lý các KCN tỉnh kiểm tra 15 khu trọ lớn.
Nhiều chủ tịch công đoàn cơ sở cũng đề nghị Công đoàn các KCN tăng cường tập huấn kỹ năng đối thoại, thương lượng cho cán bộ công đoàn mới được bầu, nhất là ở các doanh nghiệp có vốn đầu tư nước ngoài.
Hoàng Anh
Tin liên quan
- Khởi công dự án nhà ở công nhân tại Việt Yên (20/09/2019)
- Công nhân KCN Quang Châu được khám sức khỏe miễn phí (05/09/2019)
- Giao ban công tác công đoàn quý II/2019 (05/07/2019)
""", "2019-10-08", "Quý III, hơn 1.300 công nhân khu công nghiệp được hỗ trợ tiền thuê nhà",
E("giao_ban", "2019-Q3", "2019-10-07"),
[P("Ngô Đức Thịnh", "Chủ tịch Công đoàn các KCN tỉnh"),
 P("Hà Văn Toản", "Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Vân Trung")],
[Q("hơn 1.300 công nhân", 1300, "công nhân", "over"), Q("3.412 đoàn viên", 3412, "đoàn viên"),
 Q("9 công đoàn cơ sở", 9, "công đoàn cơ sở"), Q("26 doanh nghiệp", 26, "doanh nghiệp"),
 Q("150.000 - 400.000 đồng/tháng", 150000, "đồng"), Q("400.000 đồng/tháng", 400000, "đồng"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("khoảng 4.500 phòng trọ", 4500, "phòng trọ", "approx"),
 Q("37 khu trọ", 37, "khu trọ"), Q("1.000 căn", 1000, "căn"), Q("khoảng 3.000 người", 3000, "người", "approx"),
 Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"), Q("2.000 suất quà", 2000, "suất quà"),
 Q("15 khu trọ lớn", 15, "khu trọ lớn")],
[D("Nghị quyết", "103", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 103-NQ/TU"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND tỉnh", "kế hoạch 27/KH-UBND"),
 D("Nghị định", "90", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 90/2019/NĐ-CP")],
[prov("Bắc Giang"), com("Quang Châu"), com("Vân Trung"), com("Nếnh")],
["BÁO BẮC GIANG", "Xã hội | Lao động | Công đoàn", "Vị trí: Trang chủ > Công đoàn > Hoạt động",
 "Quang cảnh hội nghị giao ban.", "Nhà trọ an toàn", "Tết Sum vầy"],
["Thứ Ba, 08/10/2019", "quý III/2019", "quý IV", "năm 2020"]))

PAGES.append(page("b7646-danang-maiamcongdoan-traoqua-2019", """
ĐÀ NẴNG ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng
Xã hội >> Lao động - Việc làm
Ngày 20/12/2019 | 08:45
Trao 12 "Mái ấm Công đoàn" cho công nhân khu công nghiệp
Sáng 19-12, Liên đoàn Lao động thành phố tổ chức lễ trao quyết định hỗ trợ xây dựng, sửa chữa 12 "Mái ấm Công đoàn" cho đoàn viên, công nhân có hoàn cảnh khó khăn về nhà ở đang làm việc tại các KCN Hòa Khánh, Liên Chiểu, Đà Nẵng và Khu công nghệ cao.
Đồng chí Lương Minh Trí trao hỗ trợ cho đoàn viên. Ảnh: Ngọc Hà
Tham dự có các đồng chí: Lương Minh Trí, Phó Bí thư Thường trực Thành ủy, Trưởng Đoàn đại biểu Quốc hội thành phố; Phan Thị Thúy Linh, Phó Chủ tịch HĐND thành phố; Nguyễn Duy Minh, Chủ tịch Liên đoàn Lao động thành phố.
Năm 2019, từ Quỹ "Mái ấm Công đoàn" và đóng góp của doanh nghiệp, Liên đoàn Lao động thành phố đã hỗ trợ xây mới 8 căn nhà, sửa chữa 4 căn nhà với tổng kinh phí 720 triệu đồng; mỗi căn xây mới được hỗ trợ 70 triệu đồng, mỗi căn sửa chữa 40 triệu đồng. Các gia đình được hỗ trợ phần lớn ở phường Hòa Khánh Bắc, Hòa Hiệp Nam và xã Hòa Sơn.
Anh Trần Văn Tý, công nhân Công ty TNHH Mabuchi Motor, có vợ bị bệnh nặng, 2 con nhỏ, căn nhà cấp bốn xây từ năm 1995 đã xuống cấp. Nhận hỗ trợ 70 triệu đồng, anh cho biết sẽ cùng anh em trong tổ sản xuất góp công sửa lại nhà trước Tết. Chị Hồ Thị Thu, công nhân Công ty cổ phần Dệt may 29/3, được hỗ trợ 40 triệu đồng để sửa mái nhà bị tốc trong bão.
Dịp này, Liên đoàn Lao động thành phố cũng trao 300 suất quà, mỗi suất 1 triệu đồng, cho công nhân có hoàn cảnh khó khăn đang thuê trọ ở các phường Hòa Minh, Hòa Khánh Nam. Chương trình thực hiện theo Kế hoạch số 142/KH-LĐLĐ và hưởng ứng Chương trình "Phúc lợi cho đoàn viên công đoàn" của Tổng Liên đoàn Lao động Việt Nam.
Phát biểu tại buổi lễ, đồng chí Lương Minh Trí đánh giá cao sự chủ động của tổ chức công đoàn, đề nghị các doanh nghiệp tiếp tục đồng hành; đồng thời cho biết thành phố đang triển khai Quyết định 2590/QĐ-UBND về phát triển nhà ở xã hội giai đoạn 2016 - 2020, trong đó có hơn 2.000 căn hộ dành cho công nhân.
Theo Liên đoàn Lao động thành phố, nhu cầu nhà ở của công nhân các KCN còn rất lớn; nhiều gia đình công nhân đang ở trong những căn nhà tạm hoặc thuê trọ lâu năm, thu nhập chưa đủ để tự sửa chữa, xây mới nhà ở.
Buổi lễ diễn ra ấm áp, nhiều đoàn viên được nhận hỗ trợ đã gửi lời cảm ơn tổ chức công đoàn và các nhà tài trợ đã chung tay chia sẻ.
Ngọc Hà
Tin cùng chuyên mục
- Đối thoại với công nhân KCN Hòa Khánh về nhà trọ (10/12/2019)
- Khánh thành thiết chế công đoàn tại Liên Chiểu (26/11/2019)
- Thành phố hỗ trợ công nhân thuê nhà ở xã hội (12/11/2019)
""", "2019-12-20", "Trao 12 \"Mái ấm Công đoàn\" cho công nhân khu công nghiệp",
E("trao_qua", None, "2019-12-19"),
[P("Lương Minh Trí", "Phó Bí thư Thường trực Thành ủy", "Trưởng Đoàn đại biểu Quốc hội thành phố"),
 P("Phan Thị Thúy Linh", "Phó Chủ tịch HĐND thành phố"),
 P("Nguyễn Duy Minh", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Trần Văn Tý", "công nhân Công ty TNHH Mabuchi Motor"),
 P("Hồ Thị Thu", "công nhân Công ty cổ phần Dệt may 29/3")],
[Q("12 \"Mái ấm Công đoàn\"", 12, "Mái ấm Công đoàn"), Q("8 căn nhà", 8, "căn nhà"), Q("4 căn nhà", 4, "căn nhà"),
 Q("720 triệu đồng", 720000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("2 con nhỏ", 2, "con nhỏ"), Q("300 suất quà", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 2.000 căn hộ", 2000, "căn hộ", "over")],
[D("Kế hoạch", "142", "KH-LĐLĐ", None, None, "Kế hoạch số 142/KH-LĐLĐ"),
 D("Quyết định", "2590", "QĐ-UBND", None, None, "Quyết định 2590/QĐ-UBND")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Hiệp Nam"), com("Hòa Sơn"), com("Hòa Minh"), com("Hòa Khánh Nam")],
["ĐÀ NẴNG ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng", "Xã hội >> Lao động - Việc làm",
 "Đồng chí Lương Minh Trí trao hỗ trợ cho đoàn viên. Ảnh: Ngọc Hà", "Mái ấm Công đoàn",
 "Phúc lợi cho đoàn viên công đoàn", "Dệt may 29/3"],
["Ngày 20/12/2019 | 08:45", "năm 1995", "Năm 2019", "giai đoạn 2016 - 2020", "cấp bốn", "29/3"]))

PAGES.append(page("b7647-tayninh-giamsat-nhaocongnhan-2020", """
Báo Tây Ninh Online
Thời sự › Chính trị › Hoạt động HĐND
06 tháng 11, 2020 | 14:20
HĐND tỉnh giám sát việc thực hiện chính sách nhà ở cho công nhân các khu công nghiệp
Trang Bàng, Gò Dầu: nhiều khu trọ công nhân chưa bảo đảm điều kiện sống
Từ ngày 3 đến 5/11, Đoàn giám sát của Thường trực HĐND tỉnh do ông Nguyễn Văn Hùng, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách phát triển nhà ở và thiết chế văn hóa cho công nhân tại các khu công nghiệp giai đoạn 2016 - 2020.
Tham gia đoàn có bà Lê Thị Diệu Hiền, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; ông Phan Thành Luân, Phó Chủ tịch Liên đoàn Lao động tỉnh; đại diện Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của Ban Quản lý Khu kinh tế tỉnh, các KCN Trảng Bàng, Phước Đông, Thành Thành Công hiện có gần 140.000 lao động, trong đó trên 35.000 người ở trọ. Đến nay mới có 4 khu nhà ở công nhân với tổng số 1.850 phòng, đáp ứng khoảng 12% nhu cầu; 2 thiết chế công đoàn theo Quyết định 655/QĐ-TTg đang chờ bố trí quỹ đất.
Làm việc tại phường An Tịnh và xã Phước Đông, đoàn ghi nhận nhiều khu trọ xây tạm bằng tôn, diện tích chỉ 9 - 12 m2 nhưng giá thuê từ 800.000 đồng/tháng trở lên. Do tác động của dịch Covid-19, từ tháng 4 đến tháng 9, khoảng 6.200 công nhân bị giảm giờ làm hoặc tạm hoãn hợp đồng; Liên đoàn Lao động tỉnh đã hỗ trợ 2.100 lượt công nhân với số tiền hơn 1,05 tỷ đồng theo Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.
Bà Nguyễn Thị Mỹ Lệ, công nhân Công ty TNHH Giày da Phước Đông, cho biết: "Phòng trọ của tôi nóng quá, con nhỏ không có chỗ gửi. Mong tỉnh sớm có nhà trẻ gần khu công nghiệp".
Ông Đoàn Văn Phúc, Chủ tịch UBND phường An Tịnh, thừa nhận phường chưa kiểm tra thường xuyên giá điện, nước tại khu trọ; thời gian tới sẽ thành lập 5 tổ tự quản.
Kết luận đợt giám sát, ông Nguyễn Văn Hùng đề nghị UBND tỉnh sửa đổi Kế hoạch số 1805/KH-UBND về phát triển nhà ở xã hội, ưu tiên quỹ đất sạch cho nhà ở công nhân; các doanh nghiệp dành ít nhất 5% quỹ phúc lợi hỗ trợ tiền thuê nhà; công đoàn các cấp tiếp tục thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về tăng cường lãnh đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.
Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 17 HĐND tỉnh khóa IX vào tháng 12 tới.
Đoàn cũng lưu ý các địa phương rà soát quy hoạch, tránh tình trạng khu trọ mọc lên tự phát, thiếu hạ tầng thoát nước, chiếu sáng và phòng cháy.
Ngọc Bích
Tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri là công nhân (28/10/2020)
- Hỗ trợ công nhân mất việc do dịch Covid-19 (15/10/2020)
- Khánh thành khu nhà ở công nhân tại Trảng Bàng (30/09/2020)
""", "2020-11-06", "HĐND tỉnh giám sát việc thực hiện chính sách nhà ở cho công nhân các khu công nghiệp",
E("giam_sat", None, "2020-11-03"),
[P("Nguyễn Văn Hùng", "Phó Chủ tịch HĐND tỉnh"),
 P("Lê Thị Diệu Hiền", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Phan Thành Luân", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Mỹ Lệ", "công nhân Công ty TNHH Giày da Phước Đông"),
 P("Đoàn Văn Phúc", "Chủ tịch UBND phường An Tịnh")],
[Q("gần 140.000 lao động", 140000, "lao động", "approx"), Q("trên 35.000 người", 35000, "người", "over"),
 Q("4 khu nhà ở công nhân", 4, "khu nhà ở công nhân"), Q("1.850 phòng", 1850, "phòng"),
 Q("khoảng 12%", 12, "%", "approx"), Q("2 thiết chế công đoàn", 2, "thiết chế công đoàn"),
 Q("9 - 12 m2", 9, "m2"), Q("12 m2", 12, "m2"), Q("từ 800.000 đồng/tháng trở lên", 800000, "đồng", "over"),
 Q("khoảng 6.200 công nhân", 6200, "công nhân", "approx"), Q("2.100 lượt công nhân", 2100, "lượt công nhân"),
 Q("hơn 1,05 tỷ đồng", 1050000000, "đồng", "over"), Q("5 tổ tự quản", 5, "tổ tự quản"),
 Q("ít nhất 5%", 5, "%", "over")],
[D("Quyết định", "655", "QĐ-TTg", None, None, "Quyết định 655/QĐ-TTg"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Kế hoạch", "1805", "KH-UBND", None, None, "Kế hoạch số 1805/KH-UBND"),
 D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 3/9/2019")],
[prov("Tây Ninh"), com("An Tịnh"), com("Phước Đông")],
["Báo Tây Ninh Online", "Thời sự › Chính trị › Hoạt động HĐND",
 "Trang Bàng, Gò Dầu: nhiều khu trọ công nhân chưa bảo đảm điều kiện sống", "Covid-19"],
["06 tháng 11, 2020 | 14:20", "giai đoạn 2016 - 2020", "Covid-19", "từ tháng 4 đến tháng 9", "kỳ họp thứ 17", "khóa IX"]))

PAGES.append(page("b7648-quangnam-covid-hotro-congnhan-2020", """
Báo Quảng Nam
Trang chủ › Xã hội › Lao động
2020-04-24 17:05
Đại diện Liên đoàn Lao động tỉnh trao quà cho công nhân ở trọ tại Điện Bàn.
Hỗ trợ gần 900 công nhân ở trọ gặp khó khăn do dịch Covid-19
(QNO) - Chiều 23/4, Liên đoàn Lao động tỉnh phối hợp với Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh trao 870 suất quà cho công nhân đang thuê trọ tại KCN Điện Nam - Điện Ngọc bị ngừng việc, giảm thu nhập do ảnh hưởng của dịch Covid-19.
Mỗi suất quà gồm 10 kg gạo, mì tôm, dầu ăn và 300.000 đồng tiền mặt, tổng trị giá khoảng 435 triệu đồng. Nguồn kinh phí do Quỹ Xã hội Công đoàn tỉnh, Công đoàn Viên chức tỉnh và các nhà hảo tâm đóng góp. Việc trao quà được chia thành nhiều đợt nhỏ, mỗi đợt không quá 20 người, bảo đảm giãn cách theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.
Tham dự có ông Lê Văn Dũng, Phó Chủ tịch UBND tỉnh; bà Huỳnh Thị Thu Chung, Chủ tịch Liên đoàn Lao động tỉnh; ông Trần Quốc Phong, Trưởng Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh.
Theo Liên đoàn Lao động tỉnh, tại các phường Điện Nam Bắc, Điện Ngọc và xã Điện Thắng Trung có khoảng 11.000 công nhân thuê trọ. Từ đầu tháng 4, 23 doanh nghiệp dệt may, da giày phải tạm ngừng sản xuất hoặc giảm ca, khiến gần 6.000 công nhân tạm nghỉ việc. Nhiều người không về quê được vì các tỉnh thực hiện giãn cách.
Bà Huỳnh Thị Thu Chung cho biết Liên đoàn Lao động tỉnh đã đề nghị chủ nhà trọ giảm 30 - 50% tiền thuê phòng trong thời gian công nhân nghỉ việc; đến nay đã có 142 chủ trọ đồng ý giảm giá, 38 chủ trọ miễn hoàn toàn tiền phòng tháng 4. Công đoàn cũng đang hướng dẫn người lao động làm hồ sơ hưởng hỗ trợ theo Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, với mức 1,8 triệu đồng/người/tháng đối với lao động bị tạm hoãn hợp đồng.
Chị A Lăng Thị Mai, người Cơ Tu, công nhân Công ty TNHH May Quảng Nam, xúc động: "Hai vợ chồng cùng nghỉ việc gần một tháng nay, tiền trọ vẫn phải trả, có gạo, có tiền của công đoàn là đỡ lắm".
Ông Lê Văn Dũng đề nghị các cấp công đoàn tiếp tục nắm chắc tình hình công nhân ở trọ, phối hợp với chính quyền địa phương không để công nhân nào bị đói, bị đuổi khỏi phòng trọ vì không trả được tiền thuê; đồng thời vận động thêm nguồn lực xã hội để hỗ trợ đợt 2.
Trước đó, nhiều công đoàn cơ sở trong khu công nghiệp cũng đã chủ động trích quỹ, cùng doanh nghiệp hỗ trợ gạo, nhu yếu phẩm cho công nhân tạm nghỉ việc.
Vĩnh Lộc
Tin liên quan
- Công nhân KCN Điện Nam - Điện Ngọc khẩn trương phòng dịch (10/04/2020)
- Hơn 5.000 lao động bị ảnh hưởng việc làm do dịch bệnh (02/04/2020)
- Núi Thành: công đoàn hỗ trợ khẩu trang cho người lao động (25/03/2020)
""", "2020-04-24", "Hỗ trợ gần 900 công nhân ở trọ gặp khó khăn do dịch Covid-19",
E("trao_qua", None, "2020-04-23"),
[P("Lê Văn Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Thu Chung", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trần Quốc Phong", "Trưởng Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh"),
 P("A Lăng Thị Mai", "công nhân Công ty TNHH May Quảng Nam")],
[Q("gần 900 công nhân", 900, "công nhân", "approx"), Q("870 suất quà", 870, "suất quà"),
 Q("10 kg gạo", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 435 triệu đồng", 435000000, "đồng", "approx"), Q("không quá 20 người", 20, "người"),
 Q("khoảng 11.000 công nhân", 11000, "công nhân", "approx"), Q("23 doanh nghiệp dệt may, da giày", 23, "doanh nghiệp dệt may, da giày"),
 Q("gần 6.000 công nhân", 6000, "công nhân", "approx"), Q("30 - 50%", 30, "%"), Q("50%", 50, "%"),
 Q("142 chủ trọ", 142, "chủ trọ"), Q("38 chủ trọ", 38, "chủ trọ"),
 Q("1,8 triệu đồng/người/tháng", 1800000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Điện Ngọc"), com("Điện Thắng Trung")],
["Báo Quảng Nam", "Trang chủ › Xã hội › Lao động",
 "Đại diện Liên đoàn Lao động tỉnh trao quà cho công nhân ở trọ tại Điện Bàn.", "(QNO)", "Covid-19", "Cơ Tu"],
["2020-04-24 17:05", "Covid-19", "tháng 4", "đợt 2", "một tháng"]))
