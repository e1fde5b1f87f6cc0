from lib import *
PAGES = []

PAGES.append(page("b4883-haiphong-cdkcn-taphuan-2017", """
Công đoàn Hải Phòng - Cơ quan ngôn luận của Liên đoàn Lao động thành phố Hải Phòng
You are here: Home > Tin tức > Đào tạo - Bồi dưỡng
Thứ Tư, 12/04/2017, 15:30
Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Văn Hưng
Tập huấn kỹ năng thương lượng tập thể cho 150 cán bộ công đoàn cơ sở
Trong 2 ngày 11 và 12/4, Công đoàn các khu chế xuất và công nghiệp (KCX&CN) Hải Phòng tổ chức lớp tập huấn năm 2017 về kỹ năng đối thoại, thương lượng tập thể cho 150 cán bộ công đoàn cơ sở trong doanh nghiệp có vốn đầu tư nước ngoài. Đồng chí Phạm Thị Thu Hường, Phó Chủ tịch Thường trực Công đoàn KCX&CN Hải Phòng, phát biểu khai mạc.
Báo cáo viên là đồng chí Đỗ Văn Quảng, Trưởng ban Quan hệ lao động Tổng LĐLĐ Việt Nam, và TS. Nguyễn Mạnh Cường, giảng viên Trường Đại học Công đoàn. Học viên được giới thiệu Bộ luật Lao động số 10/2012/QH13, Nghị định số 05/2015/NĐ-CP của Chính phủ quy định chi tiết một số nội dung của Bộ luật Lao động, cùng Hướng dẫn số 1416/HD-TLĐ ngày 20/9/2016 của Tổng LĐLĐ Việt Nam về thương lượng, ký kết thỏa ước lao động tập thể doanh nghiệp.
Theo đồng chí Phạm Thị Thu Hường, Công đoàn KCX&CN hiện có 218 công đoàn cơ sở với gần 96.000 đoàn viên, trong đó 79% là lao động nữ. Năm 2016 mới có 143 doanh nghiệp ký thỏa ước lao động tập thể, nhiều bản chỉ chép lại luật; chỉ 27 bản được đánh giá có lợi hơn cho người lao động. Thực hiện Chương trình hành động số 08-CTr/TU của Thành ủy và Kế hoạch số 19/KH-CĐKCX ngày 1/3/2017, năm nay Công đoàn phấn đấu 100% cán bộ công đoàn cơ sở mới được bồi dưỡng nghiệp vụ, ít nhất 30 bản thỏa ước đạt loại A.
Trong phần thảo luận, chị Hoàng Thị Mến, Chủ tịch Công đoàn Công ty TNHH Điện tử An Dương, cho biết công ty có 3.200 công nhân nhưng người sử dụng lao động thường chỉ đồng ý tăng tiền chuyên cần 50.000 đồng/tháng. Anh Vũ Đình Khải, Chủ tịch Công đoàn Công ty TNHH Giày Đình Vũ, chia sẻ kinh nghiệm thuyết phục chủ doanh nghiệp nâng tiền ăn ca lên 18.000 đồng/suất và hỗ trợ nhà trọ 200.000 đồng/tháng cho khoảng 1.100 lao động ngoại tỉnh.
Các học viên đã thực hành đóng vai thương lượng theo nhóm, xây dựng dự thảo thỏa ước cho 6 doanh nghiệp giả định. Bế mạc lớp học, đồng chí Trần Văn Tuấn, Ủy viên Ban Thường vụ LĐLĐ thành phố, Chủ tịch Công đoàn KCX&CN Hải Phòng, đề nghị cán bộ công đoàn vận dụng kỹ năng đã học, chủ động đề xuất thương lượng, nhất là ở các doanh nghiệp tại xã An Hưng và phường Đông Hải 2, nơi tập trung nhiều lao động nữ.
Dịp này, Công đoàn trao giấy chứng nhận cho 148 học viên hoàn thành khóa học.
Văn Hưng
Tin liên quan
- Hải Phòng: 12 doanh nghiệp ký kết thỏa ước lao động tập thể nhóm (05/04/2017)
- Công đoàn KCX&CN tổng kết công tác năm 2016 (28/12/2016)
- Ra mắt Tổ tư vấn pháp luật tại khu công nghiệp Nomura (16/12/2016)
""", "2017-04-12", "Tập huấn kỹ năng thương lượng tập thể cho 150 cán bộ công đoàn cơ sở",
E("tap_huan", "2017", "2017-04-11"),
[P("Phạm Thị Thu Hường", "Phó Chủ tịch Thường trực Công đoàn KCX&CN Hải Phòng"),
 P("Đỗ Văn Quảng", "Trưởng ban Quan hệ lao động Tổng LĐLĐ Việt Nam"),
 P("Nguyễn Mạnh Cường", "TS.", "giảng viên Trường Đại học Công đoàn"),
 P("Hoàng Thị Mến", "Chủ tịch Công đoàn Công ty TNHH Điện tử An Dương"),
 P("Vũ Đình Khải", "Chủ tịch Công đoàn Công ty TNHH Giày Đình Vũ"),
 P("Trần Văn Tuấn", "Ủy viên Ban Thường vụ LĐLĐ thành phố", "Chủ tịch Công đoàn KCX&CN Hải Phòng")],
[Q("150 cán bộ công đoàn cơ sở", 150, "cán bộ công đoàn cơ sở"), Q("218 công đoàn cơ sở", 218, "công đoàn cơ sở"),
 Q("gần 96.000 đoàn viên", 96000, "đoàn viên", "approx"), Q("79%", 79, "%"), Q("143 doanh nghiệp", 143, "doanh nghiệp"),
 Q("27 bản", 27, "bản"), Q("100%", 100, "%"), Q("ít nhất 30 bản thỏa ước", 30, "bản thỏa ước", "over"),
 Q("3.200 công nhân", 3200, "công nhân"), Q("50.000 đồng", 50000, "đồng"), Q("18.000 đồng", 18000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("khoảng 1.100 lao động ngoại tỉnh", 1100, "lao động ngoại tỉnh", "approx"),
 Q("6 doanh nghiệp giả định", 6, "doanh nghiệp giả định"), Q("148 học viên", 148, "học viên")],
[D("Bộ luật", "10", "2012/QH13", None, None, "Bộ luật Lao động số 10/2012/QH13"),
 D("Nghị định", "05", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2015/NĐ-CP"),
 D("Hướng dẫn", "1416", "HD-TLĐ", "2016-09-20", "Tổng LĐLĐ Việt Nam", "Hướng dẫn số 1416/HD-TLĐ ngày 20/9/2016"),
 D("Chương trình hành động", "08", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 08-CTr/TU"),
 D("Kế hoạch", "19", "KH-CĐKCX", "2017-03-01", None, "Kế hoạch số 19/KH-CĐKCX ngày 1/3/2017")],
[prov("Hải Phòng"), com("An Hưng"), com("Đông Hải 2")],
["Công đoàn Hải Phòng - Cơ quan ngôn luận của Liên đoàn Lao động thành phố Hải Phòng",
 "You are here: Home > Tin tức > Đào tạo - Bồi dưỡng", "Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Văn Hưng"],
["Thứ Tư, 12/04/2017, 15:30", "2 ngày", "năm 2017", "Năm 2016", "loại A"]))

PAGES.append(page("b4884-quangnam-ldld-giaoban-q3-2018", """
BÁO QUẢNG NAM ONLINE
Trang chủ >> Xã hội >> Lao động
05.10.2018 | 08:50
Công đoàn miền núi bám cơ sở, giữ chân giáo viên vùng cao
(QNO) - Sáng 4/10, tại huyện Nam Giang, LĐLĐ tỉnh Quảng Nam tổ chức giao ban công tác công đoàn quý III năm 2018 với LĐLĐ 9 huyện miền núi, triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Thị Thu Lan, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì.
Quang cảnh buổi giao ban.
Theo báo cáo, quý III các cấp công đoàn miền núi phát triển mới 236 đoàn viên, thành lập 3 công đoàn cơ sở tại các doanh nghiệp thủy điện và trồng rừng. Toàn khu vực có 412 công đoàn cơ sở, trên 14.500 đoàn viên, trong đó khoảng 40% là người Cơ Tu, Xơ Đăng, Giẻ Triêng. Thực hiện Quyết định số 1109/QĐ-TLĐ ngày 7/8/2017 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam và Nghị quyết 05, 06-NQ/LĐLĐ của Ban Chấp hành LĐLĐ tỉnh, các huyện đã hỗ trợ 97 giáo viên cắm bản xây nhà công vụ, sửa chữa 11 điểm trường, tổng kinh phí 1,48 tỷ đồng.
Đồng chí Alăng Thị Mai, Chủ tịch LĐLĐ huyện Tây Giang, cho biết nhiều giáo viên ở xã Tà Lu phải đi bộ gần 20 km đến điểm trường; công đoàn huyện đã vận động 46 lượt đoàn viên góp ngày công làm đường. Đồng chí Zơ Râm Ú, HUV, Chủ tịch LĐLĐ huyện Nam Giang, đề nghị tăng mức hỗ trợ Mái ấm Công đoàn lên 50 triệu đồng/căn vì vật liệu ở vùng cao đắt hơn đồng bằng 30%.
Bà Hồ Thị Thu, Chủ tịch Công đoàn cơ sở Trường PTDTBT Tiểu học xã Sông Kôn, kể câu chuyện vận động học sinh Cơ Tu trở lại lớp: cả 32 em bỏ học đầu năm đã đi học lại. Các đồng chí Bhling Mia, Briu Quân - Phó Chủ tịch LĐLĐ huyện Đông Giang, trao đổi về khó khăn thu kinh phí công đoàn ở doanh nghiệp nhỏ.
Kết luận giao ban, đồng chí Nguyễn Thị Thu Lan đề nghị quý IV tập trung thực hiện Chỉ thị số 21-CT/TU ngày 3/5/2018 của Ban Thường vụ Tỉnh ủy về tăng cường vai trò công đoàn trong doanh nghiệp ngoài nhà nước, chuẩn bị Đại hội Công đoàn tỉnh lần thứ XIV, nhiệm kỳ 2018 - 2023; phấn đấu đến cuối năm toàn tỉnh kết nạp 5.000 đoàn viên mới, xây dựng 20 Mái ấm Công đoàn. Đồng chí cũng lưu ý chủ động phòng chống thiên tai mùa mưa bão, thăm hỏi kịp thời đoàn viên bị thiệt hại. Các LĐLĐ huyện được giao rà soát danh sách giáo viên ở các điểm trường lẻ có nguy cơ sạt lở để báo cáo LĐLĐ tỉnh trước khi mùa mưa bắt đầu.
Dịp này, LĐLĐ tỉnh trao 10 suất quà, mỗi suất 2 triệu đồng, cho giáo viên là người dân tộc thiểu số có hoàn cảnh khó khăn của huyện Nam Giang.
Alăng Ngước
Tin liên quan
- Đông Giang: khánh thành nhà công vụ cho giáo viên (27/09/2018)
- LĐLĐ tỉnh giám sát việc thực hiện chế độ tại thủy điện Sông Bung 2 (19/09/2018)
- Trao 250 suất học bổng cho con đoàn viên khó khăn (10/09/2018)
- Phước Sơn: ra mắt Tổ công đoàn ở công ty trồng rừng (31/08/2018)
- Hội thi cán bộ công đoàn cơ sở giỏi khu vực miền núi (22/08/2018)
""", "2018-10-05", "Công đoàn miền núi bám cơ sở, giữ chân giáo viên vùng cao",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Nguyễn Thị Thu Lan", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Alăng Thị Mai", "Chủ tịch LĐLĐ huyện Tây Giang"),
 P("Zơ Râm Ú", "HUV", "Chủ tịch LĐLĐ huyện Nam Giang"),
 P("Hồ Thị Thu", "Chủ tịch Công đoàn cơ sở Trường PTDTBT Tiểu học xã Sông Kôn"),
 P("Bhling Mia", "Phó Chủ tịch LĐLĐ huyện Đông Giang"),
 P("Briu Quân", "Phó Chủ tịch LĐLĐ huyện Đông Giang")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("236 đoàn viên", 236, "đoàn viên"), Q("3 công đoàn cơ sở", 3, "công đoàn cơ sở"),
 Q("412 công đoàn cơ sở", 412, "công đoàn cơ sở"), Q("trên 14.500 đoàn viên", 14500, "đoàn viên", "over"),
 Q("khoảng 40%", 40, "%", "approx"), Q("97 giáo viên cắm bản", 97, "giáo viên cắm bản"), Q("11 điểm trường", 11, "điểm trường"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("gần 20 km", 20, "km", "approx"), Q("46 lượt đoàn viên", 46, "lượt đoàn viên"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("30%", 30, "%"), Q("32 em", 32, "em"),
 Q("5.000 đoàn viên mới", 5000, "đoàn viên mới"), Q("20 Mái ấm Công đoàn", 20, "Mái ấm Công đoàn"),
 Q("10 suất quà", 10, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "1109", "QĐ-TLĐ", "2017-08-07", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 1109/QĐ-TLĐ ngày 7/8/2017"),
 D("Nghị quyết", "05", "NQ/LĐLĐ", None, "Ban Chấp hành LĐLĐ tỉnh", "Nghị quyết 05, 06-NQ/LĐLĐ"),
 D("Nghị quyết", "06", "NQ/LĐLĐ", None, "Ban Chấp hành LĐLĐ tỉnh", "Nghị quyết 05, 06-NQ/LĐLĐ"),
 D("Chỉ thị", "21", "CT/TU", "2018-05-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 3/5/2018")],
[prov("Quảng Nam"), com("Tà Lu"), com("Sông Kôn")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ >> Xã hội >> Lao động", "Quang cảnh buổi giao ban.", "(QNO)"],
["05.10.2018 | 08:50", "quý III năm 2018", "quý IV", "quý III", "lần thứ XIV", "nhiệm kỳ 2018 - 2023"]))

PAGES.append(page("b4885-daklak-ldld-baocao-2019", """
TRANG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK
Vị trí: Trang chủ - Tin hoạt động - Tin công đoàn tỉnh
Ngày 20/12/2019 | 09:15
Đồng chí Y Wang Niê báo cáo tại buổi làm việc.
Thường trực Tỉnh ủy nghe LĐLĐ tỉnh báo cáo kết quả hoạt động công đoàn năm 2019
Ngày 19/12, Thường trực Tỉnh ủy Đắk Lắk làm việc với Ban Thường vụ LĐLĐ tỉnh, nghe báo cáo kết quả hoạt động công đoàn năm 2019 và 3 năm thực hiện Chỉ thị số 12-CT/TU ngày 15/11/2016 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác công đoàn trong tình hình mới. Đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy chủ trì; dự có đồng chí H'Nga Ktla, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo do đồng chí Y Wang Niê, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh trình bày cho thấy, đến nay toàn tỉnh có 1.862 công đoàn cơ sở với 83.417 đoàn viên; năm 2019 kết nạp 4.106 đoàn viên mới, trong đó 1.235 đoàn viên là người đồng bào dân tộc thiểu số. Tỷ lệ doanh nghiệp ngoài nhà nước có tổ chức công đoàn đạt 72,4%.
Thực hiện Nghị quyết số 6b/NQ-BCH ngày 29/1/2011 của Ban Chấp hành Tổng LĐLĐ Việt Nam về công tác vận động nữ công nhân, viên chức, lao động, các cấp công đoàn đã tổ chức 184 hội nghị đối thoại tại doanh nghiệp, giải quyết 29 kiến nghị về tiền lương, bảo hiểm. Chương trình "Mái ấm Công đoàn" xây mới 54 nhà, sửa chữa 17 nhà, với tổng kinh phí khoảng 2,9 tỷ đồng; "Tết Sum vầy" chăm lo cho 21.300 lượt đoàn viên.
Tuy nhiên, theo báo cáo, ở 38 doanh nghiệp nông, lâm nghiệp đã sắp xếp lại, đời sống công nhân còn khó khăn; có 3 cuộc ngừng việc tập thể tại các công ty cà phê với khoảng 600 người tham gia. Bà H'Yim Kđoh, Chủ tịch Công đoàn Công ty TNHH MTV Cà phê Ea Tul, kiến nghị giải quyết dứt điểm tình trạng nợ lương công nhân 5 tháng.
Các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Y Bhin Mlô, Lê Thị Hồng Vân bổ sung thông tin về tình hình tư tưởng công nhân ở xã Ea Tul và phường Tân An, nơi có nhiều doanh nghiệp chế biến.
Kết luận buổi làm việc, đồng chí Phạm Minh Tấn ghi nhận kết quả năm 2019 của tổ chức công đoàn; yêu cầu LĐLĐ tỉnh tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, đồng thời phối hợp UBND tỉnh thực hiện Kế hoạch số 78/KH-UBND ngày 4/9/2019 về phát triển nhà ở cho công nhân; phấn đấu năm 2020 kết nạp ít nhất 4.500 đoàn viên mới, 100% công đoàn cơ sở khu vực hành chính sự nghiệp đạt vững mạnh.
H.Thu
Tin khác
- LĐLĐ tỉnh trao 200 suất quà cho công nhân cà phê (12/12/2019)
- Hội thảo về đời sống công nhân các công ty nông, lâm nghiệp (02/12/2019)
- Công đoàn ngành Giáo dục tập huấn nghiệp vụ (25/11/2019)
""", "2019-12-20", "Thường trực Tỉnh ủy nghe LĐLĐ tỉnh báo cáo kết quả hoạt động công đoàn năm 2019",
E("bao_cao", "2019", "2019-12-19"),
[P("Phạm Minh Tấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("H'Nga Ktla", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Wang Niê", "Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam", "Chủ tịch LĐLĐ tỉnh"),
 P("H'Yim Kđoh", "Chủ tịch Công đoàn Công ty TNHH MTV Cà phê Ea Tul"),
 P("Y Bhin Mlô", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("1.862 công đoàn cơ sở", 1862, "công đoàn cơ sở"), Q("83.417 đoàn viên", 83417, "đoàn viên"),
 Q("4.106 đoàn viên mới", 4106, "đoàn viên mới"), Q("1.235 đoàn viên", 1235, "đoàn viên"),
 Q("72,4%", 72.4, "%"), Q("184 hội nghị đối thoại", 184, "hội nghị đối thoại"), Q("29 kiến nghị", 29, "kiến nghị"),
 Q("54 nhà", 54, "nhà"), Q("17 nhà", 17, "nhà"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"),
 Q("21.300 lượt đoàn viên", 21300, "lượt đoàn viên"), Q("38 doanh nghiệp nông, lâm nghiệp", 38, "doanh nghiệp nông, lâm nghiệp"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 600 người", 600, "người", "approx"),
 Q("ít nhất 4.500 đoàn viên mới", 4500, "đoàn viên mới", "over"), Q("100%", 100, "%")],
[D("Chỉ thị", "12", "CT/TU", "2016-11-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 15/11/2016"),
 D("Nghị quyết", "6b", "NQ-BCH", "2011-01-29", "Ban Chấp hành Tổng LĐLĐ Việt Nam", "Nghị quyết số 6b/NQ-BCH ngày 29/1/2011"),
 D("Kế hoạch", "78", "KH-UBND", "2019-09-04", "UBND tỉnh", "Kế hoạch số 78/KH-UBND ngày 4/9/2019")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Tân An")],
["TRANG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK", "Vị trí: Trang chủ - Tin hoạt động - Tin công đoàn tỉnh",
 "Đồng chí Y Wang Niê báo cáo tại buổi làm việc.", "Mái ấm Công đoàn", "Tết Sum vầy"],
["Ngày 20/12/2019 | 09:15", "năm 2019", "3 năm", "5 tháng", "năm 2020"]))

PAGES.append(page("b4886-longan-ldld-maiam-2020", """
BÁO LONG AN ONLINE
Trang chủ / Xã hội / Công đoàn
Thứ Hai, 16/11/2020
Bàn giao 12 Mái ấm Công đoàn cho đoàn viên khó khăn
Ngày 14/11, LĐLĐ tỉnh Long An phối hợp Công đoàn các khu công nghiệp tổ chức bàn giao 12 Mái ấm Công đoàn cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn về nhà ở tại xã Mỹ Yên và xã Long Hiệp. Mỗi căn nhà được hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh; gia đình đoàn viên đối ứng thêm từ 20 đến 60 triệu đồng.
Đồng chí Nguyễn Văn Út (bìa phải) trao quyết định hỗ trợ cho đoàn viên. Ảnh: Hữu Trí
Dự lễ có đồng chí Nguyễn Văn Út, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; đồng chí Võ Thị Mỹ Dung, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Huỳnh Tấn Lộc, Phó Chủ tịch UBND xã Mỹ Yên cùng đại diện các doanh nghiệp tài trợ.
Theo đồng chí Nguyễn Văn Út, thực hiện Quyết định số 1057/QĐ-TLĐ ngày 20/7/2020 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về quy chế quản lý Quỹ Xã hội và Kế hoạch số 64/KH-LĐLĐ ngày 3/3/2020 của Ban Thường vụ LĐLĐ tỉnh, từ đầu năm đến nay các cấp công đoàn trong tỉnh đã xây mới 47 Mái ấm Công đoàn, sửa chữa 15 căn nhà, tổng kinh phí gần 2,6 tỷ đồng. Dù chịu ảnh hưởng của dịch COVID-19, các cấp công đoàn đã trao hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ cho 6.812 đoàn viên bị giảm giờ làm, ngừng việc, với số tiền trên 7,3 tỷ đồng.
Anh Danh Hoàng, công nhân Công ty TNHH Dệt may Long Hiệp, người dân tộc Khmer quê Kiên Giang, cho biết vợ chồng anh làm công nhân đã 9 năm nhưng vẫn ở trọ; nay có căn nhà 42 m2, gia đình không còn lo cảnh dột nát mỗi mùa mưa. Chị Nguyễn Thị Bé Năm, Chủ tịch Công đoàn Công ty TNHH Dệt may Long Hiệp, cho biết công ty có 1.380 lao động, trong đó khoảng 320 người chưa có nhà ở ổn định.
Cũng trong buổi lễ, LĐLĐ tỉnh trao 60 phần quà cho công nhân khó khăn ở khu nhà trọ xã Long Hiệp, mỗi phần trị giá 500.000 đồng; Ngân hàng TMCP Công Thương chi nhánh Long An tặng 20 suất học bổng cho con đoàn viên, mỗi suất 1,5 triệu đồng.
Bà Võ Thị Mỹ Dung đánh giá cao cách làm của tổ chức công đoàn trong chăm lo nhà ở cho công nhân, đề nghị các cấp ủy, chính quyền xã tạo điều kiện về thủ tục xây dựng và vận động doanh nghiệp chung tay với Chương trình "Mái ấm Công đoàn". Theo kế hoạch, đến cuối năm 2020 LĐLĐ tỉnh sẽ bàn giao thêm ít nhất 18 căn nhà nữa cho đoàn viên ở các huyện Đức Hòa, Bến Lức và Cần Giuộc.
Hữu Trí
Lượt xem: 311
Tin liên quan
- LĐLĐ tỉnh trao hỗ trợ cho công nhân bị ảnh hưởng dịch COVID-19 (05/11/2020)
- Công đoàn các khu công nghiệp tổ chức Ngày hội công nhân (28/10/2020)
- Long An: 25 doanh nghiệp ký thỏa ước lao động tập thể (19/10/2020)
""", "2020-11-16", "Bàn giao 12 Mái ấm Công đoàn cho đoàn viên khó khăn",
E("trao_qua", None, "2020-11-14"),
[P("Nguyễn Văn Út", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Võ Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Tấn Lộc", "Phó Chủ tịch UBND xã Mỹ Yên"),
 P("Danh Hoàng"),
 P("Nguyễn Thị Bé Năm", "Chủ tịch Công đoàn Công ty TNHH Dệt may Long Hiệp")],
[Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("20 đến 60 triệu đồng", 20000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("47 Mái ấm Công đoàn", 47, "Mái ấm Công đoàn"), Q("15 căn nhà", 15, "căn nhà"),
 Q("gần 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("6.812 đoàn viên", 6812, "đoàn viên"),
 Q("trên 7,3 tỷ đồng", 7300000000, "đồng", "over"), Q("42 m2", 42, "m2"), Q("1.380 lao động", 1380, "lao động"),
 Q("khoảng 320 người", 320, "người", "approx"), Q("60 phần quà", 60, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("ít nhất 18 căn nhà", 18, "căn nhà", "over")],
[D("Quyết định", "1057", "QĐ-TLĐ", "2020-07-20", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 1057/QĐ-TLĐ ngày 20/7/2020"),
 D("Kế hoạch", "64", "KH-LĐLĐ", "2020-03-03", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 64/KH-LĐLĐ ngày 3/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Long An"), prov("Kiên Giang"), com("Mỹ Yên"), com("Long Hiệp")],
["BÁO LONG AN ONLINE", "Trang chủ / Xã hội / Công đoàn", "Đồng chí Nguyễn Văn Út (bìa phải) trao quyết định hỗ trợ cho đoàn viên. Ảnh: Hữu Trí",
 "Quỹ Xã hội Công đoàn tỉnh", "Mái ấm Công đoàn", "Ngân hàng TMCP Công Thương chi nhánh Long An", "Lượt xem: 311"],
["Thứ Hai, 16/11/2020", "9 năm", "COVID-19", "năm 2020", "Lượt xem: 311"]))

PAGES.append(page("b4887-hanoi-cdvc-hoinghi-nucong-2021", """
Công đoàn Viên chức thành phố Hà Nội
Trang chủ » Hoạt động công đoàn » Nữ công
Cập nhật lúc 17:20 ngày 24/09/2021
Nữ công viên chức Thủ đô vượt khó trong đại dịch
Sáng 23/9, Công đoàn Viên chức thành phố Hà Nội tổ chức hội nghị chuyên đề công tác nữ công năm 2021 theo hình thức trực tuyến tại 47 điểm cầu, với sự tham gia của gần 600 cán bộ nữ công của các công đoàn cơ sở sở, ban, ngành và đơn vị sự nghiệp. Đồng chí Nguyễn Thị Tuyết Nhung, Ủy viên Ban Thường vụ LĐLĐ thành phố, Trưởng ban Nữ công LĐLĐ thành phố dự và phát biểu chỉ đạo.
Đại biểu dự hội nghị tại điểm cầu chính.
Báo cáo tại hội nghị, bà Đặng Thị Phương Hoa, Phó Chủ tịch - Trưởng ban Nữ công Công đoàn Viên chức thành phố cho biết, khối viên chức Hà Nội hiện có 287 công đoàn cơ sở với 31.640 đoàn viên, trong đó 19.108 đoàn viên nữ, chiếm 60,4%. Trong đợt giãn cách xã hội từ tháng 7, có hơn 2.100 nữ đoàn viên là y, bác sĩ, giáo viên, cán bộ phường, xã tham gia tuyến đầu chống dịch; các cấp công đoàn đã thăm, tặng quà 1.356 lượt nữ đoàn viên, tổng trị giá khoảng 812 triệu đồng.
Hoạt động nữ công bám sát Nghị quyết số 6b/NQ-BCH của Ban Chấp hành Tổng LĐLĐ Việt Nam, Chỉ thị số 03/CT-TLĐ ngày 4/8/2020 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam và Kế hoạch 28/KH-CĐVC ngày 8/3/2021 về phong trào thi đua "Giỏi việc nước, đảm việc nhà". 52 nữ cán bộ, viên chức đã được đề xuất khen thưởng; 38 con đoàn viên mồ côi do dịch được nhận đỡ đầu theo chương trình "Mẹ đỡ đầu".
Tại hội nghị, bà Lò Thị Hương, Chủ tịch Công đoàn cơ sở UBND phường Cửa Nam, chia sẻ: 14 nữ đoàn viên của phường đã thay phiên trực chốt kiểm soát dịch suốt 2 tháng. Bà Bùi Thị Mai, Chủ tịch Công đoàn Bệnh viện Đa khoa Đức Giang, kiến nghị có chính sách hỗ trợ nữ nhân viên y tế có con nhỏ, mức tối đa 3 triệu đồng/người.
Các bà Nguyễn Thu Hằng, Trịnh Thị Lệ, Hà Thị Vân - Ủy viên Ban Nữ công Công đoàn Viên chức thành phố tham luận về chăm sóc sức khỏe tinh thần cho nữ viên chức trong thời gian làm việc trực tuyến. Đại diện Công đoàn UBND xã Kim Chung giới thiệu mô hình tủ đồ "0 đồng" cho đoàn viên khó khăn.
Kết luận, đồng chí Nguyễn Thị Tuyết Nhung đề nghị cuối năm 2021 tiếp tục chăm lo cho nữ đoàn viên bị ảnh hưởng, thực hiện tốt Luật Bình đẳng giới; phấn đấu 100% công đoàn cơ sở có nữ đoàn viên thành lập ban nữ công quần chúng.
Minh Anh
Tin liên quan
- Trao 500 suất quà cho viên chức tuyến đầu chống dịch (16/09/2021)
- Công đoàn Viên chức thành phố hỗ trợ 120 đoàn viên F0 (08/09/2021)
- Hội nghị Ban Chấp hành Công đoàn Viên chức thành phố lần thứ 7 (26/08/2021)
""", "2021-09-24", "Nữ công viên chức Thủ đô vượt khó trong đại dịch",
E("hoi_nghi", "2021", "2021-09-23"),
[P("Nguyễn Thị Tuyết Nhung", "Ủy viên Ban Thường vụ LĐLĐ thành phố", "Trưởng ban Nữ công LĐLĐ thành phố"),
 P("Đặng Thị Phương Hoa", "Phó Chủ tịch - Trưởng ban Nữ công Công đoàn Viên chức thành phố"),
 P("Lò Thị Hương", "Chủ tịch Công đoàn cơ sở UBND phường Cửa Nam"),
 P("Bùi Thị Mai", "Chủ tịch Công đoàn Bệnh viện Đa khoa Đức Giang"),
 P("Nguyễn Thu Hằng", "Ủy viên Ban Nữ công Công đoàn Viên chức thành phố"),
 P("Trịnh Thị Lệ", "Ủy viên Ban Nữ công Công đoàn Viên chức thành phố"),
 P("Hà Thị Vân", "Ủy viên Ban Nữ công Công đoàn Viên chức thành phố")],
[Q("47 điểm cầu", 47, "điểm cầu"), Q("gần 600 cán bộ nữ công", 600, "cán bộ nữ công", "approx"),
 Q("287 công đoàn cơ sở", 287, "công đoàn cơ sở"), Q("31.640 đoàn viên", 31640, "đoàn viên"),
 Q("19.108 đoàn viên nữ", 19108, "đoàn viên nữ"), Q("60,4%", 60.4, "%"),
 Q("hơn 2.100 nữ đoàn viên", 2100, "nữ đoàn viên", "over"), Q("1.356 lượt nữ đoàn viên", 1356, "lượt nữ đoàn viên"),
 Q("khoảng 812 triệu đồng", 812000000, "đồng", "approx"), Q("52 nữ cán bộ, viên chức", 52, "nữ cán bộ, viên chức"),
 Q("38 con đoàn viên mồ côi", 38, "con đoàn viên mồ côi"), Q("14 nữ đoàn viên", 14, "nữ đoàn viên"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị quyết", "6b", "NQ-BCH", None, "Ban Chấp hành Tổng LĐLĐ Việt Nam", "Nghị quyết số 6b/NQ-BCH"),
 D("Chỉ thị", "03", "CT-TLĐ", "2020-08-04", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Chỉ thị số 03/CT-TLĐ ngày 4/8/2020"),
 D("Kế hoạch", "28", "KH-CĐVC", "2021-03-08", None, "Kế hoạch 28/KH-CĐVC ngày 8/3/2021")],
[prov("Hà Nội"), com("Cửa Nam"), com("Kim Chung")],
["Công đoàn Viên chức thành phố Hà Nội", "Trang chủ » Hoạt động công đoàn » Nữ công", "Đại biểu dự hội nghị tại điểm cầu chính.",
 "Giỏi việc nước, đảm việc nhà", "Mẹ đỡ đầu", "0 đồng", "Luật Bình đẳng giới"],
["Cập nhật lúc 17:20 ngày 24/09/2021", "năm 2021", "tháng 7", "2 tháng", "0 đồng"]))

PAGES.append(page("b4888-thanhhoa-ldld-giaoban-thang5-2022", """
BÁO THANH HÓA
Trang chủ › Chính trị › Công đoàn
Thứ Năm, 02/06/2022 08:05
Hôm nay: Thứ Sáu, 03/06/2022
LĐLĐ tỉnh giao ban công tác tháng 5: tập trung chăm lo công nhân sau đại dịch
Chiều 1/6, LĐLĐ tỉnh Thanh Hóa tổ chức giao ban công tác công đoàn tháng 5/2022 với các LĐLĐ huyện, thị xã, thành phố và công đoàn ngành. Đồng chí Phạm Bá Khuyên, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch LĐLĐ tỉnh chủ trì.
Đồng chí Phạm Bá Khuyên kết luận buổi giao ban.
Báo cáo cho biết, trong tháng 5, cả tỉnh đã tổ chức "Tháng Công nhân" với 312 hoạt động, thu hút khoảng 85.000 lượt đoàn viên tham gia; thăm hỏi, tặng 2.450 suất quà cho công nhân có hoàn cảnh khó khăn, tổng trị giá 1,225 tỷ đồng. Các cấp công đoàn kết nạp 1.094 đoàn viên mới, thành lập 8 công đoàn cơ sở trong doanh nghiệp ngoài nhà nước. Việc triển khai Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, cùng Chương trình hành động số 26-CTr/TU của Tỉnh ủy, được đẩy mạnh.
Tuy vậy, trong tháng vẫn xảy ra 2 cuộc ngừng việc tập thể tại các doanh nghiệp da giày ở xã Cẩm Thành với khoảng 1.700 công nhân tham gia, nguyên nhân do doanh nghiệp chậm trả tiền thưởng. Đồng chí Hà Thị Nhung, Chủ tịch LĐLĐ huyện Cẩm Thủy, cho biết công đoàn đã kịp thời phối hợp đối thoại, sau 2 ngày công nhân trở lại làm việc.
Đồng chí Bùi Văn Tích, HUV, Chủ tịch LĐLĐ huyện Bá Thước, kiến nghị triển khai sớm Quyết định số 6696/QĐ-TLĐ về hỗ trợ đoàn viên bị giảm thu nhập; đồng chí Lê Văn Tân, Chủ tịch Công đoàn ngành Giáo dục, đề xuất tổ chức hội nghị tập huấn chế độ cho giáo viên hợp đồng. Ông Lê Quang Hiếu, Chủ tịch Công đoàn cơ sở UBND phường Đông Hương, cho biết phường có 46 đoàn viên, 100% tham gia thi đua.
Kết luận, đồng chí Phạm Bá Khuyên yêu cầu tháng 6 tập trung thực hiện Kế hoạch số 115/KH-LĐLĐ ngày 22/4/2022 của LĐLĐ tỉnh về phát triển đoàn viên, phấn đấu 6 tháng đầu năm kết nạp trên 5.000 đoàn viên mới; chủ động nắm tình hình, không để xảy ra ngừng việc kéo dài; chuẩn bị tốt Đại hội Công đoàn tỉnh lần thứ XX, nhiệm kỳ 2023 - 2028. Đồng chí cũng giao Văn phòng LĐLĐ tỉnh tổng hợp các kiến nghị của cơ sở, báo cáo Thường trực Tỉnh ủy trong kỳ giao ban tới; các LĐLĐ huyện khẩn trương hoàn thành việc rà soát đoàn viên thất nghiệp sau dịch để có hình thức hỗ trợ phù hợp, ưu tiên lao động nữ và người dân tộc thiểu số ở các huyện miền núi.
Lê Hà
Lượt xem: 2.118
Tin liên quan
- Khai mạc Tháng Công nhân năm 2022 (03/05/2022)
- Công đoàn Khu kinh tế Nghi Sơn đối thoại với người lao động (25/04/2022)
- Tập huấn nghiệp vụ cho 200 cán bộ công đoàn cơ sở (18/04/2022)
- Như Xuân: trao Mái ấm Công đoàn cho nữ đoàn viên người Thái (08/04/2022)
""", "2022-06-02", "LĐLĐ tỉnh giao ban công tác tháng 5: tập trung chăm lo công nhân sau đại dịch",
E("giao_ban", "2022-05", "2022-06-01"),
[P("Phạm Bá Khuyên", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Hà Thị Nhung", "Chủ tịch LĐLĐ huyện Cẩm Thủy"),
 P("Bùi Văn Tích", "HUV", "Chủ tịch LĐLĐ huyện Bá Thước"),
 P("Lê Văn Tân", "Chủ tịch Công đoàn ngành Giáo dục"),
 P("Lê Quang Hiếu", "Chủ tịch Công đoàn cơ sở UBND phường Đông Hương")],
[Q("312 hoạt động", 312, "hoạt động"), Q("khoảng 85.000 lượt đoàn viên", 85000, "lượt đoàn viên", "approx"),
 Q("2.450 suất quà", 2450, "suất quà"), Q("1,225 tỷ đồng", 1225000000, "đồng"),
 Q("1.094 đoàn viên mới", 1094, "đoàn viên mới"), Q("8 công đoàn cơ sở", 8, "công đoàn cơ sở"),
 Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"), Q("khoảng 1.700 công nhân", 1700, "công nhân", "approx"),
 Q("46 đoàn viên", 46, "đoàn viên"), Q("100%", 100, "%"), Q("trên 5.000 đoàn viên mới", 5000, "đoàn viên mới", "over")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết 02-NQ/TW ngày 12/6/2021"),
 D("Chương trình hành động", "26", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 26-CTr/TU"),
 D("Quyết định", "6696", "QĐ-TLĐ", None, None, "Quyết định số 6696/QĐ-TLĐ"),
 D("Kế hoạch", "115", "KH-LĐLĐ", "2022-04-22", "LĐLĐ tỉnh", "Kế hoạch số 115/KH-LĐLĐ ngày 22/4/2022")],
[prov("Thanh Hóa"), com("Cẩm Thành"), com("Đông Hương")],
["BÁO THANH HÓA", "Trang chủ › Chính trị › Công đoàn", "Hôm nay: Thứ Sáu, 03/06/2022",
 "Đồng chí Phạm Bá Khuyên kết luận buổi giao ban.", "Tháng Công nhân", "Lượt xem: 2.118"],
["Thứ Năm, 02/06/2022 08:05", "Hôm nay: Thứ Sáu, 03/06/2022", "tháng 5/2022", "tháng 5", "2 ngày", "tháng 6",
 "6 tháng đầu năm", "lần thứ XX", "nhiệm kỳ 2023 - 2028", "Lượt xem: 2.118"]))
