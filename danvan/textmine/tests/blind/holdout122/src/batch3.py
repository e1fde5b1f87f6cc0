from lib import *
PAGES = []

PAGES.append(page("b2897-bacgiang-ldld-soket-2020", """
Báo Bắc Giang điện tử
Chính trị - Xã hội » Công đoàn
Thứ Sáu, 10/07/2020 - 15:40
Ảnh: Quang cảnh hội nghị.
Bắc Giang: Hơn 9.200 lao động bị ảnh hưởng do dịch Covid-19 được công đoàn hỗ trợ
Ngày 8/7, Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 theo hình thức trực tuyến tới 14 điểm cầu. Đồng chí Ngô Văn Bính, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.
6 tháng đầu năm 2020, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp phải giảm giờ làm, cho người lao động nghỉ luân phiên; có 27 doanh nghiệp tạm dừng hoạt động. Các cấp công đoàn đã chi hỗ trợ hơn 9.200 lao động bị mất việc, giảm thu nhập với tổng số tiền trên 6,3 tỷ đồng, trong đó 4.126 đoàn viên được hỗ trợ theo Quyết định số 6696/QĐ-TLĐ ngày 9/4/2020 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, mức 1 triệu đồng/người. LĐLĐ tỉnh đã đề nghị cơ quan BHXH giải quyết cho 136 doanh nghiệp tạm dừng đóng kinh phí công đoàn theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ.
Trong 6 tháng, trên địa bàn tỉnh xảy ra 3 cuộc ngừng việc tập thể với khoảng 1.850 công nhân tham gia, giảm 2 cuộc so với cùng kỳ; công đoàn đã phối hợp giải quyết dứt điểm 3/3 cuộc. Các cấp công đoàn phát triển mới 8.760 đoàn viên, thành lập 39 công đoàn cơ sở, đạt 58,4% kế hoạch năm.
Tham luận tại hội nghị, bà Thân Thị Hường, Chủ tịch Công đoàn các KCN tỉnh cho biết: tại các KCN Quang Châu, Vân Trung, Đình Trám, công đoàn đã phối hợp với doanh nghiệp tổ chức đo thân nhiệt, phát 120.000 khẩu trang cho công nhân. Ông La Văn Thắng, Chủ tịch Công đoàn cơ sở Công ty TNHH Hosiden Việt Nam, người dân tộc Nùng, cho biết công ty thương lượng để công nhân nghỉ luân phiên vẫn được trả 70% tiền lương.
Phát biểu kết luận, đồng chí Ngô Văn Bính yêu cầu 6 tháng cuối năm các cấp công đoàn tập trung triển khai Kế hoạch số 92/KH-LĐLĐ ngày 2/6/2020 của LĐLĐ tỉnh về chăm lo, bảo vệ người lao động trong bối cảnh dịch bệnh; tổ chức tốt đại hội công đoàn cơ sở nhiệm kỳ 2023-2028 theo lộ trình; chuẩn bị "Tết sum vầy" Tân Sửu 2021 cho công nhân ở xã Nội Hoàng, xã Song Khê và phường Đình Kế nơi có đông công nhân thuê trọ.
Dịp này, LĐLĐ tỉnh trao 5 "Mái ấm Công đoàn" cho đoàn viên khó khăn, mỗi nhà hỗ trợ 50 triệu đồng.
Hoàng Phương
Lượt xem: 1.312
Bài viết liên quan
- Trao 1.000 suất quà cho công nhân mất việc do Covid-19 (22/05/2020)
- LĐLĐ tỉnh tập huấn phòng chống dịch cho công đoàn cơ sở (14/04/2020)
- Hỗ trợ 300 công nhân bị giảm giờ làm (02/04/2020)
""", "2020-07-10", "Bắc Giang: Hơn 9.200 lao động bị ảnh hưởng do dịch Covid-19 được công đoàn hỗ trợ",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Ngô Văn Bính", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Thân Thị Hường", "Chủ tịch Công đoàn các KCN tỉnh"),
 P("La Văn Thắng", "Chủ tịch Công đoàn cơ sở Công ty TNHH Hosiden Việt Nam")],
[Q("14 điểm cầu", 14, "điểm cầu"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("hơn 9.200 lao động", 9200, "lao động", "over"), Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("4.126 đoàn viên", 4126, "đoàn viên"), Q("1 triệu đồng", 1000000, "đồng"), Q("136 doanh nghiệp", 136, "doanh nghiệp"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 1.850 công nhân", 1850, "công nhân", "approx"),
 Q("2 cuộc", 2, "cuộc"), Q("3/3 cuộc", 3, "cuộc"), Q("8.760 đoàn viên", 8760, "đoàn viên"),
 Q("39 công đoàn cơ sở", 39, "công đoàn cơ sở"), Q("58,4%", 58.4, "%"), Q("120.000 khẩu trang", 120000, "khẩu trang"),
 Q("70%", 70, "%"), Q("5 \"Mái ấm Công đoàn\"", 5, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "6696", "QĐ-TLĐ", "2020-04-09", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 6696/QĐ-TLĐ ngày 9/4/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ"),
 D("Kế hoạch", "92", "KH-LĐLĐ", "2020-06-02", "LĐLĐ tỉnh", "Kế hoạch số 92/KH-LĐLĐ ngày 2/6/2020 của LĐLĐ tỉnh")],
[prov("Bắc Giang"), com("Nội Hoàng"), com("Song Khê"), com("Đình Kế")],
["Báo Bắc Giang điện tử", "Chính trị - Xã hội » Công đoàn", "Ảnh: Quang cảnh hội nghị.", "Tết sum vầy", "Mái ấm Công đoàn",
 "KCN Quang Châu", "Lượt xem: 1.312"],
["Thứ Sáu, 10/07/2020 - 15:40", "6 tháng đầu năm 2020", "6 tháng cuối năm 2020", "Covid-19", "nhiệm kỳ 2023-2028", "Tân Sửu 2021", "Lượt xem: 1.312"]))

PAGES.append(page("b2898-cantho-congdoan-hotrocovid-2021", """
LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức - Sự kiện | An sinh công đoàn
24/09/2021 | 14:00
Trao 3.000 túi an sinh công đoàn cho công nhân các KCN Trà Nóc
Đại diện LĐLĐ thành phố trao túi an sinh cho công nhân.
Sáng 22/9/2021, Liên đoàn Lao động thành phố Cần Thơ phối hợp với Công đoàn các KCN và chế xuất thành phố trao 3.000 "Túi an sinh công đoàn" cho công nhân đang làm việc theo phương án "3 tại chỗ" và công nhân phải nghỉ việc do dịch Covid-19 tại các KCN Trà Nóc 1, Trà Nóc 2. Mỗi túi trị giá 300.000 đồng, gồm gạo, mì, dầu ăn, trứng và nhu yếu phẩm.
Tham dự có ông Lê Văn Tâm, Phó Chủ tịch Thường trực LĐLĐ thành phố; bà Huỳnh Thị Cẩm Tú, Chủ tịch Công đoàn các KCN và chế xuất thành phố; đại diện UBND phường Trà Nóc, phường Phước Thới.
Ông Lê Văn Tâm cho biết, từ đầu đợt dịch thứ tư đến nay, các cấp công đoàn thành phố đã trao hơn 18.600 túi an sinh, chi hỗ trợ tiền mặt cho 7.412 đoàn viên, người lao động với tổng kinh phí trên 9,8 tỷ đồng. Thực hiện Quyết định số 2511/QĐ-TLĐ ngày 13/7/2021 của Đoàn Chủ tịch Tổng Liên đoàn, công đoàn đã hỗ trợ 1.036 đoàn viên bị nhiễm Covid-19 mức 3 triệu đồng/người và 2.290 đoàn viên phải cách ly mức 1 triệu đồng/người. Công đoàn cũng đề nghị Sở Lao động - Thương binh và Xã hội đẩy nhanh giải quyết chính sách theo Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ.
Chị Thạch Thị Sa Vy, công nhân Công ty CP Thủy sản Bình An, người Khmer quê Sóc Trăng, xúc động: "Hai tháng nay công ty tạm nghỉ, vợ chồng em chỉ được hỗ trợ một phần lương, có túi quà này bớt lo tiền chợ". Anh Phan Văn Út Nhỏ, tổ trưởng Công ty TNHH May Tây Đô, đang ở khu nhà trọ phường Trà An, cho biết có khoảng 40 phòng trọ công nhân ở khu vực đều được nhận quà.
Bà Huỳnh Thị Cẩm Tú thông tin, hiện các KCN thành phố có 84 doanh nghiệp với khoảng 31.000 lao động; thời điểm cao điểm dịch có 52 doanh nghiệp tạm ngừng hoạt động, khoảng 60% công nhân phải nghỉ việc. Từ ngày 15/9/2021, đã có 44 doanh nghiệp hoạt động trở lại theo Kế hoạch số 141/KH-UBND của UBND thành phố.
Dịp này, LĐLĐ thành phố cũng vận động các doanh nghiệp ủng hộ Quỹ "Vì người lao động" được 1,2 tỷ đồng để tiếp tục chăm lo cho công nhân trong thời gian tới. Công đoàn các KCN và chế xuất đề nghị các doanh nghiệp đã hoạt động trở lại ưu tiên tuyển dụng lại người lao động cũ, hỗ trợ tiền xét nghiệm cho công nhân.
Phúc Lộc
Lượt xem: 2.106
Tin liên quan
- Cần Thơ: 1.500 công nhân được tiêm vắc xin mũi 1 (16/09/2021)
- Công đoàn hỗ trợ lao động nữ mang thai bị ảnh hưởng dịch (09/09/2021)
- Trao 500 suất quà cho công nhân "3 tại chỗ" (30/08/2021)
""", "2021-09-24", "Trao 3.000 túi an sinh công đoàn cho công nhân các KCN Trà Nóc",
E("trao_qua", None, "2021-09-22"),
[P("Lê Văn Tâm", "Phó Chủ tịch Thường trực LĐLĐ thành phố"),
 P("Huỳnh Thị Cẩm Tú", "Chủ tịch Công đoàn các KCN và chế xuất thành phố"),
 P("Thạch Thị Sa Vy", "công nhân Công ty CP Thủy sản Bình An"),
 P("Phan Văn Út Nhỏ", "tổ trưởng Công ty TNHH May Tây Đô")],
[Q("3.000 túi an sinh công đoàn", 3000, "túi an sinh công đoàn"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 18.600 túi an sinh", 18600, "túi an sinh", "over"), Q("7.412 đoàn viên, người lao động", 7412, "đoàn viên, người lao động"),
 Q("trên 9,8 tỷ đồng", 9800000000, "đồng", "over"), Q("1.036 đoàn viên", 1036, "đoàn viên"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("2.290 đoàn viên", 2290, "đoàn viên"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 40 phòng trọ", 40, "phòng trọ", "approx"), Q("84 doanh nghiệp", 84, "doanh nghiệp"),
 Q("khoảng 31.000 lao động", 31000, "lao động", "approx"), Q("52 doanh nghiệp", 52, "doanh nghiệp"), Q("khoảng 60%", 60, "%", "approx"),
 Q("44 doanh nghiệp", 44, "doanh nghiệp"), Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Quyết định", "2511", "QĐ-TLĐ", "2021-07-13", "Đoàn Chủ tịch Tổng Liên đoàn", "Quyết định số 2511/QĐ-TLĐ ngày 13/7/2021 của Đoàn Chủ tịch Tổng Liên đoàn"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "141", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 141/KH-UBND của UBND thành phố")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Trà Nóc"), com("Phước Thới"), com("Trà An")],
["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức - Sự kiện | An sinh công đoàn",
 "Đại diện LĐLĐ thành phố trao túi an sinh cho công nhân.", "Túi an sinh công đoàn", "3 tại chỗ", "Vì người lao động", "Lượt xem: 2.106"],
["24/09/2021 | 14:00", "3 tại chỗ", "Covid-19", "đợt dịch thứ tư", "Hai tháng", "15/9/2021", "Lượt xem: 2.106"]))

PAGES.append(page("b2899-hungyen-ldld-baocao-2022", """
Báo Hưng Yên
Xã hội > Lao động - Công đoàn
Thứ Năm, 17/03/2022 - 08:05
Quý I/2022: Hưng Yên xảy ra 4 cuộc ngừng việc tập thể
Công nhân KCN Phố Nối A trong giờ tan ca. Ảnh minh họa
Theo Báo cáo số 58/BC-LĐLĐ ngày 15/3/2022 của Liên đoàn Lao động tỉnh Hưng Yên về tình hình quan hệ lao động quý I năm 2022, từ đầu năm đến nay trên địa bàn tỉnh đã xảy ra 4 cuộc ngừng việc tập thể với khoảng 2.600 người lao động tham gia, tăng 1 cuộc so với cùng kỳ năm 2021.
Các cuộc ngừng việc đều xảy ra tại doanh nghiệp có vốn đầu tư nước ngoài trong KCN Phố Nối A, Thăng Long II và Minh Đức, chủ yếu ở ngành dệt may, da giày, điện tử. Nguyên nhân là người lao động đòi tăng lương, điều chỉnh tiền thưởng Tết Nhâm Dần, trợ cấp xăng xe, nhà trọ; một số doanh nghiệp chưa điều chỉnh chính sách sau thời gian thực hiện phương án "3 tại chỗ". Điển hình, ngày 21/2/2022, khoảng 1.100 công nhân Công ty TNHH Dệt Sein Hưng Yên ngừng việc đòi tăng phụ cấp nhà ở từ 200.000 đồng lên 500.000 đồng/tháng.
Báo cáo cho biết, khi xảy ra ngừng việc, LĐLĐ tỉnh đã cử cán bộ phối hợp với Ban Quản lý các KCN, Sở Lao động - Thương binh và Xã hội, công an và chính quyền xã Nghĩa Hiệp, phường Bạch Sam nắm tình hình, hướng dẫn người lao động cử đại diện thương lượng; 4/4 cuộc ngừng việc đã được giải quyết trong vòng 1 - 3 ngày, các doanh nghiệp chấp nhận 80% yêu cầu chính đáng của người lao động.
Theo ông Nguyễn Hữu Tuyên, Phó Chủ tịch LĐLĐ tỉnh, hiện Hưng Yên có 11 KCN đang hoạt động với hơn 140.000 lao động, trong đó khoảng 65% là nữ. Thu nhập bình quân năm 2021 ước 7,2 triệu đồng/người/tháng; có 67 doanh nghiệp còn nợ đọng BHXH với số tiền khoảng 43 tỷ đồng. Trong quý I, các cấp công đoàn đã tổ chức 86 cuộc đối thoại định kỳ, phát triển mới 2.470 đoàn viên.
Ông Trần Đình Khiêm, Chủ tịch Công đoàn các KCN tỉnh nhận định, nguy cơ ngừng việc tập thể vẫn cao khi giá cả tăng, trong khi lương tối thiểu vùng chưa điều chỉnh. Công đoàn KCN kiến nghị triển khai Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ, và Kế hoạch số 173-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.
Báo cáo đề xuất UBND tỉnh chỉ đạo các sở, ngành tăng cường thanh tra, kiểm tra việc thực hiện pháp luật lao động tại ít nhất 50 doanh nghiệp trong năm 2022 và đưa chỉ tiêu thỏa ước lao động tập thể vào đánh giá doanh nghiệp.
Phạm Hoa
Lượt xem: 1.048
Tin khác
- Công đoàn các KCN tổ chức "Tết sum vầy" cho 2.000 công nhân (26/01/2022)
- Hưng Yên: Đối thoại với 300 công nhân KCN Thăng Long II (12/01/2022)
- Bàn giao 6 "Mái ấm Công đoàn" (29/12/2021)
""", "2022-03-17", "Quý I/2022: Hưng Yên xảy ra 4 cuộc ngừng việc tập thể",
E("bao_cao", "2022-Q1", "2022-03-15"),
[P("Nguyễn Hữu Tuyên", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trần Đình Khiêm", "Chủ tịch Công đoàn các KCN tỉnh")],
[Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"), Q("khoảng 2.600 người lao động", 2600, "người lao động", "approx"),
 Q("1 cuộc", 1, "cuộc"), Q("khoảng 1.100 công nhân", 1100, "công nhân", "approx"), Q("200.000 đồng", 200000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("4/4 cuộc ngừng việc", 4, "cuộc ngừng việc"), Q("80%", 80, "%"),
 Q("11 KCN", 11, "KCN"), Q("hơn 140.000 lao động", 140000, "lao động", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("7,2 triệu đồng", 7200000, "đồng"), Q("67 doanh nghiệp", 67, "doanh nghiệp"), Q("khoảng 43 tỷ đồng", 43000000000, "đồng", "approx"),
 Q("86 cuộc đối thoại định kỳ", 86, "cuộc đối thoại định kỳ"), Q("2.470 đoàn viên", 2470, "đoàn viên"),
 Q("ít nhất 50 doanh nghiệp", 50, "doanh nghiệp", "over")],
[D("Báo cáo", "58", "BC-LĐLĐ", "2022-03-15", "Liên đoàn Lao động tỉnh Hưng Yên", "Báo cáo số 58/BC-LĐLĐ ngày 15/3/2022"),
 D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư"),
 D("Kế hoạch", "173", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 173-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị")],
[prov("Hưng Yên"), com("Nghĩa Hiệp"), com("Bạch Sam")],
["Báo Hưng Yên", "Xã hội > Lao động - Công đoàn", "Công nhân KCN Phố Nối A trong giờ tan ca. Ảnh minh họa", "3 tại chỗ",
 "Công ty TNHH Dệt Sein Hưng Yên", "Lượt xem: 1.048"],
["Thứ Năm, 17/03/2022 - 08:05", "Quý I/2022", "quý I năm 2022", "năm 2021", "Tết Nhâm Dần", "3 tại chỗ", "21/2/2022", "1 - 3 ngày",
 "năm 2022", "Lượt xem: 1.048"]))

PAGES.append(page("b2900-thanhhoa-daihoicongdoan-2023", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA
Vị trí: Trang chủ » Đại hội Công đoàn các cấp
Thứ Hai, 26/06/2023 - 11:30
Bế mạc Đại hội Công đoàn tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2023 - 2028
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Sau 2 ngày làm việc khẩn trương (24 và 25/6/2023), Đại hội Công đoàn tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2023 - 2028 đã hoàn thành chương trình đề ra. Dự Đại hội có đồng chí Trịnh Văn Thuận, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Lê Đức Nguyên, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 300 đại biểu chính thức thay mặt cho hơn 215.000 đoàn viên công đoàn trong tỉnh.
Nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã phát triển mới 86.420 đoàn viên, thành lập 512 công đoàn cơ sở; 1.316 doanh nghiệp ký thỏa ước lao động tập thể. Các cấp công đoàn đã xây dựng, sửa chữa 1.047 "Mái ấm Công đoàn" với tổng kinh phí hơn 42 tỷ đồng; tổ chức "Tết sum vầy" cho hơn 150.000 lượt đoàn viên, người lao động. Trong nhiệm kỳ xảy ra 38 cuộc ngừng việc tập thể, 100% được công đoàn tham gia giải quyết.
Đại hội đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XX gồm 35 ủy viên. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Đỗ Mạnh Hùng tái đắc cử Chủ tịch LĐLĐ tỉnh khóa XX. Các đồng chí Lê Thị Dung, Phạm Ngọc Quân, Hà Văn Thiện được bầu giữ chức Phó Chủ tịch LĐLĐ tỉnh. Đồng chí Lương Thị Ngọc, người dân tộc Thái, Chủ tịch Công đoàn ngành Giáo dục tỉnh được bầu làm Chủ nhiệm Ủy ban Kiểm tra LĐLĐ tỉnh. Đại hội cũng bầu 17 đại biểu chính thức dự Đại hội Công đoàn Việt Nam lần thứ XIII.
Phát biểu chỉ đạo, đồng chí Trịnh Văn Thuận đề nghị công đoàn tỉnh tiếp tục cụ thể hóa Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư; chú trọng phát triển đoàn viên ở các KCN Lễ Môn, Hoàng Long, Bỉm Sơn và Khu kinh tế Nghi Sơn.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023 - 2028: phát triển mới 75.000 đoàn viên; 80% doanh nghiệp có công đoàn cơ sở tổ chức đối thoại định kỳ; mỗi năm xây dựng ít nhất 150 "Mái ấm Công đoàn". Đại hội thông qua Nghị quyết và 3 chương trình đột phá của nhiệm kỳ.
Trong không khí Đại hội, Công đoàn Khu kinh tế Nghi Sơn và các KCN trao 20 suất quà, mỗi suất 2 triệu đồng cho công nhân khó khăn ở xã Hải Yến và phường Hải Hòa.
Trần Hằng
Lượt xem: 1.719
Tin liên quan
- Khai mạc Đại hội Công đoàn tỉnh lần thứ XX (24/06/2023)
- Phiên trù bị Đại hội Công đoàn tỉnh Thanh Hóa (23/06/2023)
- 100% công đoàn cấp trên cơ sở hoàn thành đại hội (30/05/2023)
""", "2023-06-26", "Bế mạc Đại hội Công đoàn tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-06-24"),
[P("Trịnh Văn Thuận", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Lê Đức Nguyên", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đỗ Mạnh Hùng", "Chủ tịch LĐLĐ tỉnh khóa XX"),
 P("Lê Thị Dung", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Phạm Ngọc Quân", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Hà Văn Thiện", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lương Thị Ngọc", "Chủ tịch Công đoàn ngành Giáo dục tỉnh", "Chủ nhiệm Ủy ban Kiểm tra LĐLĐ tỉnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 215.000 đoàn viên công đoàn", 215000, "đoàn viên công đoàn", "over"),
 Q("86.420 đoàn viên", 86420, "đoàn viên"), Q("512 công đoàn cơ sở", 512, "công đoàn cơ sở"), Q("1.316 doanh nghiệp", 1316, "doanh nghiệp"),
 Q("1.047 \"Mái ấm Công đoàn\"", 1047, "Mái ấm Công đoàn"), Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("hơn 150.000 lượt đoàn viên, người lao động", 150000, "lượt đoàn viên, người lao động", "over"),
 Q("38 cuộc ngừng việc tập thể", 38, "cuộc ngừng việc tập thể"), Q("100%", 100, "%"), Q("35 ủy viên", 35, "ủy viên"),
 Q("11 đồng chí", 11, "đồng chí"), Q("17 đại biểu chính thức", 17, "đại biểu chính thức"), Q("75.000 đoàn viên", 75000, "đoàn viên"),
 Q("80%", 80, "%"), Q("ít nhất 150 \"Mái ấm Công đoàn\"", 150, "Mái ấm Công đoàn", "over"), Q("3 chương trình đột phá", 3, "chương trình đột phá"),
 Q("20 suất quà", 20, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 37-CT/TW của Ban Bí thư")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Hải Hòa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "Vị trí: Trang chủ » Đại hội Công đoàn các cấp", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Mái ấm Công đoàn", "Tết sum vầy", "Khu kinh tế Nghi Sơn", "Lượt xem: 1.719"],
["Thứ Hai, 26/06/2023 - 11:30", "lần thứ XX", "nhiệm kỳ 2023 - 2028", "2 ngày", "Nhiệm kỳ 2018 - 2023", "khóa XX", "11 đồng chí", "lần thứ XIII",
 "Lượt xem: 1.719"]))

PAGES.append(page("b2901-khanhhoa-tetsumvay-2023", """
Báo Khánh Hòa điện tử
Trang chủ / Xã hội / Công đoàn
Ngày 13/01/2023 | 16:50
Chương trình "Tết sum vầy - Xuân Quý Mão 2023": Ấm áp tình công đoàn
Lãnh đạo tỉnh trao quà cho công nhân tại chương trình.
(BKH) - Tối 11/1, Liên đoàn Lao động tỉnh Khánh Hòa tổ chức chương trình "Tết sum vầy - Xuân Quý Mão 2023" và "Chợ Tết công đoàn" tại Khu công nghiệp Suối Dầu. Tham dự có đồng chí Nguyễn Thị Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Khoa - Chủ tịch LĐLĐ tỉnh và khoảng 1.500 đoàn viên, công nhân lao động.
Năm 2022, sau dịch Covid-19, sản xuất của nhiều doanh nghiệp phục hồi nhưng cuối năm lại thiếu đơn hàng, nhất là ngành thủy sản, dệt may, khiến khoảng 4.200 lao động bị giảm giờ làm, mất việc. Theo khảo sát của LĐLĐ tỉnh, mức thưởng Tết bình quân năm nay khoảng 6,8 triệu đồng/người, thấp hơn 9% so với năm trước; mức thưởng cao nhất 180 triệu đồng thuộc về một doanh nghiệp ngành du lịch.
Tại chương trình, Ban tổ chức trao 600 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng; tặng 250 vé xe, vé tàu cho công nhân về quê đón Tết. "Chợ Tết công đoàn" có 32 gian hàng bán hàng giảm giá từ 10% đến 50%, công nhân được tặng phiếu mua hàng trị giá 300.000 đồng.
Đồng chí Trần Văn Khoa cho biết, dịp Tết Nguyên đán Quý Mão, các cấp công đoàn trong tỉnh dành hơn 12,5 tỷ đồng chăm lo cho khoảng 18.000 đoàn viên, người lao động; trong đó nguồn tài chính công đoàn hơn 7 tỷ đồng, doanh nghiệp và nhà tài trợ khoảng 5,5 tỷ đồng. Việc chăm lo được thực hiện theo Kế hoạch số 95/KH-TLĐ ngày 26/10/2022 của Tổng Liên đoàn Lao động Việt Nam về tổ chức Tết Sum vầy năm 2023 và Công văn số 1087/LĐLĐ của LĐLĐ tỉnh.
Chị Cao Thị Nhung, công nhân Công ty TNHH Yến sào Khánh Hòa, người Raglai quê xã Cam Phước Tây, chia sẻ năm nay lần đầu được nhận quà Tết của công đoàn. Anh Mấu Xuân Diệp, công nhân Công ty TNHH Hải Vương, người Raglai, cho biết gia đình anh đã mua được bộ quần áo mới cho hai con ở "Chợ Tết công đoàn".
Cũng trong dịp này, Công đoàn Khu kinh tế Vân Phong trao 4 "Mái ấm Công đoàn" cho đoàn viên ở xã Ninh Thủy, xã Vạn Thắng.
Theo LĐLĐ tỉnh, năm 2022 toàn tỉnh xảy ra 2 cuộc ngừng việc tập thể với khoảng 450 công nhân tham gia, đều liên quan đến tiền thưởng và tiền lương làm thêm giờ. Để hạn chế tranh chấp dịp cuối năm, LĐLĐ tỉnh đã làm việc trực tiếp với 35 doanh nghiệp đông lao động, đề nghị công khai phương án thưởng Tết trước ngày 15/1/2023.
Hoàng Dung
Lượt xem: 872
Tin cùng chuyên mục
- Khánh Hòa: Thưởng Tết cao nhất 180 triệu đồng (05/01/2023)
- Chuyến xe "Tết sum vầy" đưa 300 công nhân về quê (03/01/2023)
- Đối thoại với công nhân ngành thủy sản (20/12/2022)
""", "2023-01-13", "Chương trình \"Tết sum vầy - Xuân Quý Mão 2023\": Ấm áp tình công đoàn",
E("trao_qua", None, "2023-01-11"),
[P("Nguyễn Thị Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Khoa", "Chủ tịch LĐLĐ tỉnh"),
 P("Cao Thị Nhung", "công nhân Công ty TNHH Yến sào Khánh Hòa"),
 P("Mấu Xuân Diệp", "công nhân Công ty TNHH Hải Vương")],
[Q("khoảng 1.500 đoàn viên, công nhân lao động", 1500, "đoàn viên, công nhân lao động", "approx"),
 Q("khoảng 4.200 lao động", 4200, "lao động", "approx"), Q("khoảng 6,8 triệu đồng", 6800000, "đồng", "approx"), Q("9%", 9, "%"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("600 suất quà", 600, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("250 vé xe, vé tàu", 250, "vé xe, vé tàu"), Q("32 gian hàng", 32, "gian hàng"), Q("10%", 10, "%"), Q("50%", 50, "%"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"),
 Q("khoảng 18.000 đoàn viên, người lao động", 18000, "đoàn viên, người lao động", "approx"), Q("hơn 7 tỷ đồng", 7000000000, "đồng", "over"),
 Q("khoảng 5,5 tỷ đồng", 5500000000, "đồng", "approx"), Q("4 \"Mái ấm Công đoàn\"", 4, "Mái ấm Công đoàn"),
 Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"), Q("khoảng 450 công nhân", 450, "công nhân", "approx"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp")],
[D("Kế hoạch", "95", "KH-TLĐ", "2022-10-26", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 95/KH-TLĐ ngày 26/10/2022 của Tổng Liên đoàn Lao động Việt Nam"),
 D("Công văn", "1087", "LĐLĐ", None, "LĐLĐ tỉnh", "Công văn số 1087/LĐLĐ của LĐLĐ tỉnh")],
[prov("Khánh Hòa"), com("Cam Phước Tây"), com("Ninh Thủy"), com("Vạn Thắng")],
["Báo Khánh Hòa điện tử", "Trang chủ / Xã hội / Công đoàn", "Lãnh đạo tỉnh trao quà cho công nhân tại chương trình.", "(BKH)",
 "Tết sum vầy - Xuân Quý Mão 2023", "Chợ Tết công đoàn", "Mái ấm Công đoàn", "Khu công nghiệp Suối Dầu", "Lượt xem: 872"],
["Ngày 13/01/2023 | 16:50", "Xuân Quý Mão 2023", "Năm 2022", "Covid-19", "Tết Nguyên đán Quý Mão", "năm 2023", "hai con", "Lượt xem: 872", "15/1/2023"]))

PAGES.append(page("b2902-binhphuoc-ldld-giamsat-2023", """
Liên đoàn Lao động tỉnh Bình Phước
Trang chủ >> Chính sách - Pháp luật >> Giám sát
18/08/2023 09:25
Giám sát việc thực hiện chế độ tiền lương, thưởng tại 6 doanh nghiệp
Đoàn giám sát làm việc tại Công ty TNHH Giày Kim Hưng.
Từ ngày 14 - 16/8/2023, Đoàn giám sát của Ban Thường vụ Liên đoàn Lao động tỉnh Bình Phước do ông Điểu Bảo, Phó Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ tiền lương, tiền thưởng, thời giờ làm việc, thời giờ nghỉ ngơi năm 2023 tại 6 doanh nghiệp trong KCN Minh Hưng - Hàn Quốc, KCN Đồng Xoài I và KCN Bắc Đồng Phú.
Cuộc giám sát thực hiện theo Quyết định số 1310/QĐ-TLĐ ngày 2/3/2023 của Đoàn Chủ tịch Tổng Liên đoàn ban hành Quy định về giám sát của tổ chức công đoàn và Kế hoạch số 47/KH-LĐLĐ ngày 20/7/2023 của Ban Thường vụ LĐLĐ tỉnh. Cùng tham gia đoàn có bà Thị Nghe, Trưởng ban Chính sách - Pháp luật và Quan hệ lao động LĐLĐ tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh.
Qua giám sát, 6 doanh nghiệp đang sử dụng 11.840 lao động, trong đó 9.962 người là đoàn viên công đoàn. Tất cả doanh nghiệp đã áp dụng mức lương tối thiểu vùng theo Nghị định số 38/2022/NĐ-CP ngày 12/6/2022 của Chính phủ; tiền lương bình quân 6,9 triệu đồng/người/tháng. Tuy nhiên, 2/6 doanh nghiệp tổ chức làm thêm giờ vượt quá 300 giờ/năm; 1 doanh nghiệp trả lương chậm 15 ngày; 3 doanh nghiệp chưa xây dựng thang lương, bảng lương sau khi điều chỉnh lương tối thiểu.
Làm việc với đoàn, bà Lee Soo Jin, Giám đốc điều hành Công ty TNHH Giày Kim Hưng, cam kết khắc phục trước ngày 30/9/2023, giảm làm thêm giờ và tăng tiền ăn ca từ 20.000 đồng lên 25.000 đồng/suất. Ông Điểu Minh Thuận, Chủ tịch Công đoàn cơ sở công ty, người S'tiêng, kiến nghị công ty công khai quy chế thưởng cuối năm để tránh công nhân thắc mắc như cuộc ngừng việc tập thể của khoảng 600 công nhân hồi tháng 5/2023.
Kết luận giám sát, ông Điểu Bảo đề nghị các doanh nghiệp thực hiện nghiêm Bộ luật Lao động năm 2019, tổ chức đối thoại định kỳ ít nhất 1 lần/năm và thương lượng nâng mức đóng góp cho Quỹ "Mái ấm Công đoàn". Đoàn sẽ có văn bản kiến nghị UBND tỉnh chỉ đạo thanh tra 3 doanh nghiệp có vi phạm kéo dài.
Theo LĐLĐ tỉnh, 7 tháng năm 2023 toàn tỉnh xảy ra 5 cuộc ngừng việc tập thể với khoảng 3.100 người tham gia; LĐLĐ tỉnh đã tham gia giám sát tại 28 doanh nghiệp, phát hiện và kiến nghị xử lý 41 nội dung vi phạm. Chính quyền các xã Minh Hưng, Tân Tiến cũng được đề nghị phối hợp quản lý nhà trọ công nhân.
Văn Hà
Lượt truy cập: 58.921
Tin khác
- Bình Phước: 2.000 đoàn viên được hưởng "Phúc lợi đoàn viên" (10/08/2023)
- Tập huấn kỹ năng đối thoại cho cán bộ công đoàn (27/07/2023)
- Trao 15 "Mái ấm Công đoàn" năm 2023 (12/07/2023)
""", "2023-08-18", "Giám sát việc thực hiện chế độ tiền lương, thưởng tại 6 doanh nghiệp",
E("giam_sat", "2023", "2023-08-14"),
[P("Điểu Bảo", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thị Nghe", "Trưởng ban Chính sách - Pháp luật và Quan hệ lao động LĐLĐ tỉnh"),
 P("Lee Soo Jin", "Giám đốc điều hành Công ty TNHH Giày Kim Hưng"),
 P("Điểu Minh Thuận", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("11.840 lao động", 11840, "lao động"), Q("9.962 người", 9962, "người"),
 Q("6,9 triệu đồng", 6900000, "đồng"), Q("2/6 doanh nghiệp", 2, "doanh nghiệp"),
 Q("3 doanh nghiệp chưa", 3, "doanh nghiệp"),
 Q("20.000 đồng", 20000, "đồng"), Q("25.000 đồng", 25000, "đồng"), Q("khoảng 600 công nhân", 600, "công nhân", "approx"),
 Q("3 doanh nghiệp có vi phạm", 3, "doanh nghiệp"),
 Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"), Q("khoảng 3.100 người", 3100, "người", "approx"),
 Q("28 doanh nghiệp", 28, "doanh nghiệp"), Q("41 nội dung vi phạm", 41, "nội dung vi phạm")],
[D("Quyết định", "1310", "QĐ-TLĐ", "2023-03-02", "Đoàn Chủ tịch Tổng Liên đoàn", "Quyết định số 1310/QĐ-TLĐ ngày 2/3/2023 của Đoàn Chủ tịch Tổng Liên đoàn"),
 D("Kế hoạch", "47", "KH-LĐLĐ", "2023-07-20", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 47/KH-LĐLĐ ngày 20/7/2023 của Ban Thường vụ LĐLĐ tỉnh"),
 D("Nghị định", "38", "2022/NĐ-CP", "2022-06-12", "Chính phủ", "Nghị định số 38/2022/NĐ-CP ngày 12/6/2022 của Chính phủ")],
[prov("Bình Phước"), com("Minh Hưng"), com("Tân Tiến")],
["Liên đoàn Lao động tỉnh Bình Phước", "Trang chủ >> Chính sách - Pháp luật >> Giám sát", "Đoàn giám sát làm việc tại Công ty TNHH Giày Kim Hưng.",
 "Bộ luật Lao động năm 2019", "Mái ấm Công đoàn", "KCN Minh Hưng - Hàn Quốc", "Lượt truy cập: 58.921"],
["18/08/2023 09:25", "năm 2023", "1 doanh nghiệp", "300 giờ/năm", "15 ngày", "30/9/2023", "tháng 5/2023", "1 lần/năm", "7 tháng năm 2023", "Lượt truy cập: 58.921"]))
