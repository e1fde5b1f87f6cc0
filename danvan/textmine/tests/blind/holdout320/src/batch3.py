from lib import *
PAGES = []

PAGES.append(page("b7649-cantho-hoinghi-nhaocongnhan-2021", """
CẦN THƠ ONLINE
Chính trị - Xã hội | Lao động - Việc làm | Công đoàn
09/12/2021 07:30
Tìm giải pháp phát triển nhà ở cho công nhân các khu công nghiệp
Các đại biểu dự hội nghị tại điểm cầu Liên đoàn Lao động thành phố.
Ngày 8-12, Liên đoàn Lao động thành phố Cần Thơ phối hợp với Sở Xây dựng tổ chức hội nghị bàn giải pháp phát triển nhà ở xã hội cho công nhân lao động năm 2021, theo hình thức trực tiếp kết hợp trực tuyến với 9 điểm cầu quận, huyện. Chủ trì hội nghị có các đồng chí: Dương Tấn Hòa, Phó Chủ tịch UBND thành phố; Nguyễn Thị Kim Thoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy - Chủ tịch Ủy ban MTTQ Việt Nam thành phố; Trương Quang Hoài, Chủ tịch Liên đoàn Lao động thành phố.
Theo báo cáo, thành phố có 8 khu công nghiệp với khoảng 58.000 lao động, trong đó 40% chưa có nhà ở ổn định. Hiện mới có 2 dự án nhà ở cho công nhân tại phường Trà Nóc và phường Thới Thuận với 1.120 căn, tỷ lệ lấp đầy đạt 96%. Nhiều công nhân vẫn ở trọ tại phường Phước Thới, nơi giá thuê bình quân 1,3 - 1,5 triệu đồng/phòng/tháng.
Năm 2021, do ảnh hưởng của đợt dịch Covid-19 lần thứ tư, hơn 21.000 công nhân thuê trọ đã được hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ; riêng tiền hỗ trợ từ nguồn công đoàn đạt hơn 12,4 tỷ đồng. Công đoàn thành phố cũng tổ chức 34 chuyến xe "Chuyến xe công đoàn" đưa gần 1.000 lao động về quê an toàn.
Ông Huỳnh Văn Sáu, Phó Giám đốc Sở Xây dựng, cho biết giai đoạn 2021 - 2025 thành phố dự kiến phát triển 11 dự án nhà ở xã hội với khoảng 6.500 căn, trong đó ưu tiên quỹ đất gần KCN Trà Nóc và Hưng Phú. Kế hoạch 99/KH-UBND của UBND thành phố đặt mục tiêu giải quyết chỗ ở cho khoảng 30% công nhân có nhu cầu.
Tại hội nghị, bà Thạch Thị Sa Rum, công nhân Công ty TNHH Thủy sản Biển Đông, người Khmer, kiến nghị có chính sách cho công nhân vay vốn mua nhà với lãi suất thấp. Ông Lâm Văn Khoa, Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Cần Thơ, đề xuất doanh nghiệp được dành 20% diện tích trong khu công nghiệp để xây nhà lưu trú cho công nhân.
Kết luận hội nghị, đồng chí Dương Tấn Hòa đề nghị các sở, ngành cụ thể hóa Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; Liên đoàn Lao động thành phố phối hợp với Sở Xây dựng khảo sát nhu cầu nhà ở của công nhân trong quý I năm 2022.
Các ý kiến tại hội nghị được tổng hợp, gửi UBND thành phố xem xét, đưa vào kế hoạch phát triển nhà ở giai đoạn tới.
Gia Bảo
Tin khác
- Trao 500 phần quà cho công nhân khó khăn do dịch (25/11/2021)
- Công nhân KCN Trà Nóc trở lại làm việc an toàn (18/10/2021)
- Chuyến xe công đoàn đưa lao động về quê (05/10/2021)
""", "2021-12-09", "Tìm giải pháp phát triển nhà ở cho công nhân các khu công nghiệp",
E("hoi_nghi", "2021", "2021-12-08"),
[P("Dương Tấn Hòa", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Thị Kim Thoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy - Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Quang Hoài", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Huỳnh Văn Sáu", "Phó Giám đốc Sở Xây dựng"),
 P("Thạch Thị Sa Rum", "công nhân Công ty TNHH Thủy sản Biển Đông"),
 P("Lâm Văn Khoa", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Cần Thơ")],
[Q("9 điểm cầu quận, huyện", 9, "điểm cầu quận, huyện"), Q("8 khu công nghiệp", 8, "khu công nghiệp"),
 Q("khoảng 58.000 lao động", 58000, "lao động", "approx"), Q("40%", 40, "%"),
 Q("2 dự án nhà ở cho công nhân", 2, "dự án nhà ở cho công nhân"), Q("1.120 căn", 1120, "căn"), Q("96%", 96, "%"),
 Q("1,3 - 1,5 triệu đồng/phòng/tháng", 1300000, "đồng"), Q("1,5 triệu đồng/phòng/tháng", 1500000, "đồng"),
 Q("hơn 21.000 công nhân", 21000, "công nhân", "over"), Q("hơn 12,4 tỷ đồng", 12400000000, "đồng", "over"),
 Q("34 chuyến xe", 34, "chuyến xe"), Q("gần 1.000 lao động", 1000, "lao động", "approx"),
 Q("11 dự án nhà ở xã hội", 11, "dự án nhà ở xã hội"), Q("khoảng 6.500 căn", 6500, "căn", "approx"),
 Q("khoảng 30%", 30, "%", "approx"), Q("20%", 20, "%")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg"),
 D("Kế hoạch", "99", "KH-UBND", None, "UBND thành phố", "Kế hoạch 99/KH-UBND"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Cần Thơ"), com("Trà Nóc"), com("Thới Thuận"), com("Phước Thới")],
["CẦN THƠ ONLINE", "Chính trị - Xã hội | Lao động - Việc làm | Công đoàn",
 "Các đại biểu dự hội nghị tại điểm cầu Liên đoàn Lao động thành phố.", "Chuyến xe công đoàn", "Covid-19", "Khmer"],
["09/12/2021 07:30", "năm 2021", "lần thứ tư", "giai đoạn 2021 - 2025", "quý I năm 2022", "Covid-19"]))

PAGES.append(page("b7650-hungyen-cdkcn-tongket-2021", """
BÁO HƯNG YÊN ĐIỆN TỬ
Thứ Năm, 30/12/2021, 15:00
Chính trị › Công đoàn
Đồng chí Trần Quốc Sỹ phát biểu tại hội nghị.
Công đoàn các KCN tỉnh triển khai nhiệm vụ năm 2022
Chiều 29/12, Công đoàn các Khu công nghiệp tỉnh Hưng Yên tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2021, triển khai nhiệm vụ năm 2022. Dự hội nghị có đồng chí Trần Quốc Sỹ, Phó Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh; đồng chí Vũ Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Ngọc Anh, Chủ tịch Liên đoàn Lao động tỉnh.
Năm 2021, dù chịu tác động nặng nề của dịch Covid-19, Công đoàn các KCN vẫn thành lập mới 18 công đoàn cơ sở, kết nạp 6.250 đoàn viên, vượt 25% chỉ tiêu. Các cấp công đoàn đã hỗ trợ 12.480 lượt đoàn viên, người lao động với tổng số tiền trên 9,7 tỷ đồng; phối hợp tổ chức "3 tại chỗ" tại 146 doanh nghiệp để duy trì sản xuất, trong đó bố trí chỗ ở tạm cho gần 9.000 công nhân ngay trong nhà xưởng.
Về nhà ở, Công đoàn các KCN đã khảo sát 2.316 công nhân ở trọ tại các xã Dị Sử, Minh Hải, Nghĩa Hiệp và thị trấn Như Quỳnh; kết quả cho thấy 71% muốn thuê hoặc mua nhà ở xã hội nếu giá phù hợp. Công đoàn cũng đề xuất tỉnh ưu tiên quỹ đất xây dựng thiết chế công đoàn tại KCN Phố Nối A, đã được UBND tỉnh đồng ý chủ trương theo Quyết định 3105/QĐ-UBND.
Hội nghị ghi nhận nhiều cách làm hay: Công đoàn Công ty TNHH Đức Phát thương lượng đưa phụ cấp nhà ở 500.000 đồng/tháng vào thỏa ước; Công đoàn Công ty cổ phần May Hưng Long xây 48 phòng lưu trú miễn phí cho công nhân nữ có con nhỏ.
Phát biểu tại hội nghị, đồng chí Trần Quốc Sỹ biểu dương kết quả đạt được; yêu cầu năm 2022 Công đoàn các KCN bám sát Nghị quyết 02-NQ/TW của Bộ Chính trị, Chương trình hành động số 25-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 02; quan tâm hơn nữa đến nơi ở, nhà trẻ, đời sống tinh thần của công nhân, nhất là người ngoại tỉnh.
Năm 2022, Công đoàn các KCN phấn đấu phát triển 5.000 đoàn viên, 100% công đoàn cơ sở đủ điều kiện tham gia thương lượng, ít nhất 30 doanh nghiệp có chế độ hỗ trợ tiền thuê nhà.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 3 tập thể, 4 cá nhân; Liên đoàn Lao động tỉnh tặng Bằng khen cho 11 tập thể và 17 cá nhân. Đồng chí Nguyễn Thị Hảo, Phó Chủ tịch Công đoàn các KCN tỉnh, được tặng Huy hiệu "Vì sự nghiệp xây dựng tổ chức Công đoàn".
Thanh Thúy
Lượt xem: 654
Các tin đã đưa
- Trao 300 suất quà Tết cho công nhân (24/12/2021)
- Đối thoại về nhà ở với công nhân KCN Thăng Long II (10/12/2021)
- Tọa đàm về Nghị quyết 02-NQ/TW (26/11/2021)
""", "2021-12-30", "Công đoàn các KCN tỉnh triển khai nhiệm vụ năm 2022",
E("tong_ket", "2021", "2021-12-29"),
[P("Trần Quốc Sỹ", "Phó Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
 P("Vũ Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Ngọc Anh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Hảo", "Phó Chủ tịch Công đoàn các KCN tỉnh")],
[Q("18 công đoàn cơ sở", 18, "công đoàn cơ sở"), Q("6.250 đoàn viên", 6250, "đoàn viên"), Q("25%", 25, "%"),
 Q("12.480 lượt đoàn viên, người lao động", 12480, "lượt đoàn viên, người lao động"),
 Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"), Q("146 doanh nghiệp", 146, "doanh nghiệp"),
 Q("gần 9.000 công nhân", 9000, "công nhân", "approx"), Q("2.316 công nhân", 2316, "công nhân"),
 Q("71%", 71, "%"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("48 phòng lưu trú", 48, "phòng lưu trú"),
 Q("5.000 đoàn viên", 5000, "đoàn viên"), Q("100% công đoàn cơ sở", 100, "%"),
 Q("ít nhất 30 doanh nghiệp", 30, "doanh nghiệp", "over"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
 Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quyết định", "3105", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 3105/QĐ-UBND"),
 D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 02-NQ/TW"),
 D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU")],
[prov("Hưng Yên"), com("Dị Sử"), com("Minh Hải"), com("Nghĩa Hiệp"), com("Như Quỳnh")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Chính trị › Công đoàn", "Đồng chí Trần Quốc Sỹ phát biểu tại hội nghị.", "Covid-19",
 "3 tại chỗ", "Vì sự nghiệp xây dựng tổ chức Công đoàn", "Lượt xem: 654"],
["Thứ Năm, 30/12/2021, 15:00", "năm 2021", "năm 2022", "Năm 2022", "3 tại chỗ", "Nghị quyết 02", "Lượt xem: 654"]))

PAGES.append(page("b7651-thanhhoa-baocao-khaosat-congnhan-2022", """
Báo Thanh Hóa
Cập nhật: 09:42, 19/08/2022 (GMT+7)
Xã hội - Lao động
Kết quả khảo sát đời sống công nhân: 61% người lao động đang ở trọ
Liên đoàn Lao động tỉnh Thanh Hóa vừa có Báo cáo số 112/BC-LĐLĐ gửi Thường trực Tỉnh ủy về kết quả khảo sát đời sống, việc làm, nhà ở của công nhân lao động tại Khu kinh tế Nghi Sơn và các khu công nghiệp năm 2022. Báo cáo được ông Lê Văn Tư, Chủ tịch Liên đoàn Lao động tỉnh trình bày tại buổi làm việc với Thường trực Tỉnh ủy ngày 17/8.
Đợt khảo sát được thực hiện từ tháng 5 đến tháng 7 với 1.500 phiếu tại 42 doanh nghiệp. Kết quả cho thấy thu nhập bình quân của công nhân đạt 6,9 triệu đồng/tháng, tăng khoảng 7% so với năm 2021; tuy nhiên có tới 61% người lao động đang phải thuê trọ, chủ yếu ở phường Hải Thượng, phường Nguyên Bình và xã Tân Trường. Chi phí thuê nhà, điện, nước chiếm khoảng 18% thu nhập.
Thực hiện Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ quy định việc thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động, đến hết tháng 7, các doanh nghiệp trên địa bàn tỉnh đã lập danh sách đề nghị hỗ trợ cho 86.320 lượt người lao động, với tổng kinh phí gần 58 tỷ đồng. Mức hỗ trợ là 500.000 đồng/người/tháng với lao động đang làm việc và 1 triệu đồng/người/tháng với lao động quay trở lại thị trường.
Báo cáo chỉ rõ toàn tỉnh mới có 1 dự án nhà ở công nhân tại Khu kinh tế Nghi Sơn với 640 căn hộ đang xây dựng; 3 khu nhà ở xã hội ở thành phố Thanh Hóa chủ yếu dành cho cán bộ, viên chức. Nhiều công nhân người Mường, người Thái từ các huyện miền núi như chị Hà Thị Nhung, anh Lò Văn Thành xuống làm việc phải ở ghép 4 - 5 người một phòng.
Liên đoàn Lao động tỉnh kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo triển khai Nghị quyết số 43/2022/QH15 ngày 11/1/2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội, trong đó có gói vay ưu đãi nhà ở xã hội; bổ sung nội dung nhà ở công nhân vào Kế hoạch 180/KH-UBND về phát triển nhà ở tỉnh giai đoạn 2021 - 2025.
Phát biểu tại buổi làm việc, bà Đỗ Minh Hằng, Phó Bí thư Thường trực Tỉnh ủy, đánh giá báo cáo công phu, số liệu tin cậy; giao Ban cán sự đảng UBND tỉnh chỉ đạo các sở, ngành nghiên cứu kiến nghị, sớm có cơ chế thu hút đầu tư nhà ở cho công nhân. Bà cũng đề nghị Liên đoàn Lao động tỉnh định kỳ khảo sát hằng năm, gắn với đối thoại với người lao động.
Ông Nguyễn Văn Thi, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp, cho biết đang có 2 nhà đầu tư đề xuất dự án nhà ở công nhân.
Minh Hằng
Tin cùng chuyên mục
- Hỗ trợ tiền thuê nhà: đẩy nhanh tiến độ chi trả (05/08/2022)
- Nghi Sơn: công nhân ngoại tỉnh trở lại làm việc (20/07/2022)
- Khám sức khỏe miễn phí cho 500 công nhân (08/07/2022)
""", "2022-08-19", "Kết quả khảo sát đời sống công nhân: 61% người lao động đang ở trọ",
E("bao_cao", "2022", "2022-08-17"),
[P("Lê Văn Tư", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đỗ Minh Hằng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Văn Thi", "Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
 P("Hà Thị Nhung"), P("Lò Văn Thành")],
[Q("1.500 phiếu", 1500, "phiếu"), Q("42 doanh nghiệp", 42, "doanh nghiệp"),
 Q("6,9 triệu đồng/tháng", 6900000, "đồng"), Q("khoảng 7%", 7, "%", "approx"), Q("61%", 61, "%"),
 Q("khoảng 18%", 18, "%", "approx"), Q("86.320 lượt người lao động", 86320, "lượt người lao động"),
 Q("gần 58 tỷ đồng", 58000000000, "đồng", "approx"), Q("500.000 đồng/người/tháng", 500000, "đồng"),
 Q("1 triệu đồng/người/tháng", 1000000, "đồng"), Q("1 dự án nhà ở công nhân", 1, "dự án nhà ở công nhân"),
 Q("640 căn hộ", 640, "căn hộ"), Q("3 khu nhà ở xã hội", 3, "khu nhà ở xã hội"), Q("4 - 5 người", 4, "người"),
 Q("5 người", 5, "người"), Q("2 nhà đầu tư", 2, "nhà đầu tư")],
[D("Báo cáo", "112", "BC-LĐLĐ", None, "Liên đoàn Lao động tỉnh Thanh Hóa", "Báo cáo số 112/BC-LĐLĐ"),
 D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị quyết", "43", "2022/QH15", "2022-01-11", "Quốc hội", "Nghị quyết số 43/2022/QH15 ngày 11/1/2022"),
 D("Kế hoạch", "180", "KH-UBND", None, None, "Kế hoạch 180/KH-UBND")],
[prov("Thanh Hóa"), com("Hải Thượng"), com("Nguyên Bình"), com("Tân Trường")],
["Báo Thanh Hóa", "Xã hội - Lao động",
 "Chương trình phục hồi và phát triển kinh tế - xã hội"],
["Cập nhật: 09:42, 19/08/2022 (GMT+7)", "năm 2022", "năm 2021", "từ tháng 5 đến tháng 7", "tháng 7",
 "giai đoạn 2021 - 2025"]))

PAGES.append(page("b7652-hanoi-doithoai-kcn-thanglong-2022", """
Hôm nay: Thứ Hai, 01/08/2022
CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP VÀ CHẾ XUẤT HÀ NỘI
Tin tức > Đối thoại - Thương lượng
17:20 | 29/07/2022
Đối thoại về nhà ở, nhà trẻ với công nhân Khu công nghiệp Thăng Long
Ngày 28/7, tại xã Võng La, huyện Đông Anh, Liên đoàn Lao động thành phố Hà Nội phối hợp với UBND huyện Đông Anh tổ chức hội nghị đối thoại giữa lãnh đạo thành phố với công nhân lao động Khu công nghiệp Thăng Long năm 2022.
Chủ trì có các đồng chí: Trần Mạnh Cường, Phó Chủ tịch UBND thành phố; Lê Đình Thắng, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động thành phố.
Khu công nghiệp Thăng Long hiện có 110 doanh nghiệp với gần 48.000 lao động, khoảng 70% là lao động nữ. Trước đối thoại, công đoàn đã thu thập được 93 câu hỏi, kiến nghị, trong đó 41 câu hỏi về nhà ở, nhà trẻ, nhiều nhất là phản ánh giá phòng trọ tại các xã Võng La, Kim Chung, Hải Bối tăng 10 - 15% sau dịch.
Chị Bùi Thị Hậu, công nhân Công ty TNHH Canon Việt Nam, hỏi: "Khi nào có nhà ở xã hội cho công nhân thuê ở Đông Anh, giá bao nhiêu?". Trả lời, ông Nguyễn Quang Huy, Phó Giám đốc Sở Xây dựng, cho biết dự án nhà ở công nhân tại xã Kim Chung đã bố trí cho 4.000 người thuê, thành phố đang triển khai thêm 3 dự án với khoảng 7.500 căn hộ; giá thuê dự kiến 60.000 đồng/m2/tháng.
Anh Vàng A Sử, người Mông, công nhân Công ty TNHH Denso, đề nghị tăng tuyến xe buýt từ nội thành đến KCN. Về nhà trẻ, bà Đinh Thị Minh Thủy, Phó Chủ tịch UBND huyện Đông Anh, thông tin huyện đã cấp phép 6 nhóm trẻ tư thục gần KCN, sắp khởi công trường mầm non công lập ở xã Hải Bối với 450 trẻ.
Thực hiện Quyết định số 08/2022/QĐ-TTg, đến nay các doanh nghiệp trong KCN Thăng Long đã chi trả hỗ trợ tiền thuê nhà cho 31.600 lượt người lao động với số tiền hơn 17 tỷ đồng.
Kết luận hội nghị, đồng chí Trần Mạnh Cường giao các sở, ngành trả lời bằng văn bản 52 kiến nghị chưa được giải đáp trong 15 ngày; triển khai Kế hoạch số 176/KH-UBND, 177/KH-UBND của UBND thành phố về phát triển nhà ở xã hội và thiết chế công đoàn; yêu cầu huyện Đông Anh kiểm tra giá điện, nước tại khu trọ trong quý III.
Đồng chí Lê Đình Thắng đề nghị các doanh nghiệp duy trì bữa ăn ca tối thiểu 25.000 đồng/suất, hưởng ứng Chương trình "Phúc lợi cho đoàn viên công đoàn".
Nhiều công nhân cho biết sau buổi đối thoại đã hiểu rõ hơn các chính sách của thành phố, mong các cam kết sớm được thực hiện để đời sống người lao động ở khu trọ được cải thiện.
Lan Nhi
Lượt xem: 3.210
Xem thêm
- Tháng Công nhân 2022: nhiều hoạt động ý nghĩa (20/05/2022)
- Trao 150 suất quà cho công nhân ở trọ (12/05/2022)
- Công nhân KCN Nội Bài khám sức khỏe miễn phí (30/04/2022)
""", "2022-07-29", "Đối thoại về nhà ở, nhà trẻ với công nhân Khu công nghiệp Thăng Long",
E("doi_thoai", "2022", "2022-07-28"),
[P("Trần Mạnh Cường", "Phó Chủ tịch UBND thành phố"),
 P("Lê Đình Thắng", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Bùi Thị Hậu", "công nhân Công ty TNHH Canon Việt Nam"),
 P("Nguyễn Quang Huy", "Phó Giám đốc Sở Xây dựng"),
 P("Vàng A Sử", "công nhân Công ty TNHH Denso"),
 P("Đinh Thị Minh Thủy", "Phó Chủ tịch UBND huyện Đông Anh")],
[Q("110 doanh nghiệp", 110, "doanh nghiệp"), Q("gần 48.000 lao động", 48000, "lao động", "approx"),
 Q("khoảng 70%", 70, "%", "approx"), Q("93 câu hỏi, kiến nghị", 93, "câu hỏi, kiến nghị"),
 Q("41 câu hỏi", 41, "câu hỏi"), Q("10 - 15%", 10, "%"), Q("15%", 15, "%"), Q("4.000 người", 4000, "người"),
 Q("3 dự án", 3, "dự án"), Q("khoảng 7.500 căn hộ", 7500, "căn hộ", "approx"), Q("60.000 đồng/m2/tháng", 60000, "đồng"),
 Q("6 nhóm trẻ tư thục", 6, "nhóm trẻ tư thục"), Q("450 trẻ", 450, "trẻ"),
 Q("31.600 lượt người lao động", 31600, "lượt người lao động"), Q("hơn 17 tỷ đồng", 17000000000, "đồng", "over"),
 Q("52 kiến nghị", 52, "kiến nghị"), Q("tối thiểu 25.000 đồng/suất", 25000, "đồng")],
[D("Quyết định", "08", "2022/QĐ-TTg", None, None, "Quyết định số 08/2022/QĐ-TTg"),
 D("Kế hoạch", "176", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 176/KH-UBND, 177/KH-UBND"),
 D("Kế hoạch", "177", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 176/KH-UBND, 177/KH-UBND")],
[prov("Hà Nội"), com("Võng La"), com("Kim Chung"), com("Hải Bối")],
["Hôm nay: Thứ Hai, 01/08/2022", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP VÀ CHẾ XUẤT HÀ NỘI", "Tin tức > Đối thoại - Thương lượng",
 "Phúc lợi cho đoàn viên công đoàn", "Lượt xem: 3.210", "Mông"],
["Hôm nay: Thứ Hai, 01/08/2022", "17:20 | 29/07/2022", "năm 2022", "15 ngày", "quý III", "Lượt xem: 3.210"]))

PAGES.append(page("b7653-baria-vungtau-cdkcn-daihoi-2023", """
Báo Bà Rịa - Vũng Tàu
Trang chủ - Chính trị - Công đoàn
12/05/2023 - 10:05
Ban Chấp hành Công đoàn các KCN tỉnh khóa V ra mắt đại hội. Ảnh: Quang Vũ
Đại hội Công đoàn các Khu công nghiệp tỉnh: ưu tiên chăm lo nhà ở, thiết chế văn hóa cho công nhân
(BRVT) - Ngày 11/5, Công đoàn các Khu công nghiệp tỉnh Bà Rịa - Vũng Tàu tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2023 - 2028. Dự đại hội có các đồng chí: Phạm Thị Xuân Yến, Phó Bí thư Thường trực Tỉnh ủy; Ngô Văn Thuận, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh; cùng 186 đại biểu đại diện cho hơn 61.000 đoàn viên.
Nhiệm kỳ qua, Công đoàn các KCN đã thành lập 96 công đoàn cơ sở, kết nạp 28.400 đoàn viên; 312 doanh nghiệp ký thỏa ước lao động tập thể, trong đó 140 thỏa ước có khoản hỗ trợ nhà ở từ 300.000 đồng/tháng trở lên. Công đoàn vận động xây mới, sửa chữa 57 "Mái ấm Công đoàn", trị giá hơn 2,8 tỷ đồng; phối hợp đưa khu nhà ở công nhân 1.200 căn tại phường Tân Phước vào sử dụng.
Tuy nhiên, tại các KCN Phú Mỹ I, Phú Mỹ II, Châu Đức vẫn có khoảng 38.000 công nhân thuê trọ, nhiều nơi ở xã Tóc Tiên, xã Mỹ Xuân chưa có nhà trẻ, thiết chế văn hóa. Đại hội xác định nhiệm kỳ 2023 - 2028 phấn đấu thu hút thêm 20.000 đoàn viên; 100% công đoàn cơ sở tổ chức hội nghị người lao động; vận động đầu tư ít nhất 1 thiết chế công đoàn theo Quyết định số 655/QĐ-TTg.
Phát biểu chỉ đạo, đồng chí Phạm Thị Xuân Yến đề nghị công đoàn bám sát Chỉ thị 37-CT/TW, Kết luận 79, 80-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển nhà ở xã hội và thiết chế văn hóa cho công nhân; tham gia triển khai Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030" ban hành kèm theo Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ.
Đại hội bầu Ban Chấp hành khóa V gồm 19 đồng chí. Tại phiên họp thứ nhất, đồng chí Huỳnh Thị Bích Trâm tái đắc cử Chủ tịch Công đoàn các KCN tỉnh khóa V; các đồng chí Điểu Văn Lâm, Trần Minh Tâm được bầu giữ chức Phó Chủ tịch Công đoàn các KCN tỉnh. Đại hội cũng bầu 11 đại biểu dự Đại hội Công đoàn tỉnh.
Anh Điểu Văn Lâm, người Chơ Ro, từng là công nhân Công ty TNHH Posco Việt Nam, chia sẻ sẽ dành nhiều thời gian xuống khu trọ để nắm tâm tư công nhân.
Đại hội thông qua nghị quyết với các nhóm giải pháp về phát triển đoàn viên, chăm lo đời sống, tham gia xây dựng quan hệ lao động hài hòa, ổn định trong doanh nghiệp.
Quang Vũ
Bài viết liên quan
- Đại hội Công đoàn cơ sở điểm tại Công ty Posco (14/04/2023)
- Khánh thành 5 Mái ấm Công đoàn ở Phú Mỹ (31/03/2023)
- Đối thoại với công nhân KCN Châu Đức (15/03/2023)
""", "2023-05-12", "Đại hội Công đoàn các Khu công nghiệp tỉnh: ưu tiên chăm lo nhà ở, thiết chế văn hóa cho công nhân",
E("dai_hoi", None, "2023-05-11"),
[P("Phạm Thị Xuân Yến", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ngô Văn Thuận", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Lê Ngọc Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Bích Trâm", "Chủ tịch Công đoàn các KCN tỉnh khóa V"),
 P("Điểu Văn Lâm", "Phó Chủ tịch Công đoàn các KCN tỉnh"),
 P("Trần Minh Tâm", "Phó Chủ tịch Công đoàn các KCN tỉnh")],
[Q("186 đại biểu", 186, "đại biểu"), Q("hơn 61.000 đoàn viên", 61000, "đoàn viên", "over"),
 Q("96 công đoàn cơ sở", 96, "công đoàn cơ sở"), Q("28.400 đoàn viên", 28400, "đoàn viên"),
 Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("140 thỏa ước", 140, "thỏa ước"),
 Q("từ 300.000 đồng/tháng trở lên", 300000, "đồng", "over"), Q("57 \"Mái ấm Công đoàn\"", 57, "Mái ấm Công đoàn"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("1.200 căn", 1200, "căn"),
 Q("khoảng 38.000 công nhân", 38000, "công nhân", "approx"), Q("20.000 đoàn viên", 20000, "đoàn viên"),
 Q("100% công đoàn cơ sở", 100, "%"), Q("ít nhất 1 thiết chế công đoàn", 1, "thiết chế công đoàn", "over"),
 Q("19 đồng chí", 19, "đồng chí"), Q("11 đại biểu", 11, "đại biểu")],
[D("Quyết định", "655", "QĐ-TTg", None, None, "Quyết định số 655/QĐ-TTg"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị 37-CT/TW"),
 D("Kết luận", "79", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 79, 80-KL/TU"),
 D("Kết luận", "80", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 79, 80-KL/TU"),
 D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 3/4/2023")],
[prov("Bà Rịa - Vũng Tàu"), com("Tân Phước"), com("Tóc Tiên"), com("Mỹ Xuân")],
["Báo Bà Rịa - Vũng Tàu", "Trang chủ - Chính trị - Công đoàn",
 "Ban Chấp hành Công đoàn các KCN tỉnh khóa V ra mắt đại hội. Ảnh: Quang Vũ", "(BRVT)", "Mái ấm Công đoàn",
 "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030",
 "Chơ Ro"],
["12/05/2023 - 10:05", "lần thứ V", "nhiệm kỳ 2023 - 2028", "khóa V", "phiên họp thứ nhất", "1 triệu căn hộ",
 "giai đoạn 2021 - 2030"]))

PAGES.append(page("b7654-nghean-taphuan-nhaoxahoi-2023", """
BÁO NGHỆ AN
Ngày đăng 15/09/2023 | 16:20
Thời sự > Lao động - Công đoàn
Tập huấn chính sách nhà ở xã hội cho cán bộ công đoàn các khu công nghiệp
Báo cáo viên Sở Xây dựng trao đổi với học viên.
Trong 2 ngày 13 - 14/9, tại thành phố Vinh, Liên đoàn Lao động tỉnh Nghệ An mở lớp tập huấn năm 2023 về chính sách nhà ở xã hội, nhà lưu trú công nhân cho 120 cán bộ công đoàn cơ sở các doanh nghiệp trong Khu kinh tế Đông Nam và các KCN VSIP Nghệ An, Hoàng Mai, Nam Cấm.
Khai mạc lớp học, bà Lô Thị Kim Ngân, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết hiện trên địa bàn tỉnh có khoảng 52.000 công nhân làm việc tại các khu công nghiệp, trong đó hơn 19.000 người có nhu cầu về nhà ở. Đến nay mới có 1 dự án nhà ở xã hội dành cho công nhân tại xã Nghi Thạch, quy mô 1.600 căn, đang hoàn thiện hồ sơ đầu tư.
Các học viên được ông Vi Văn Sơn, Phó Trưởng phòng Quản lý nhà và thị trường bất động sản Sở Xây dựng, giới thiệu Luật Nhà ở số 65/2014/QH13 và những điểm mới của dự thảo Luật Nhà ở (sửa đổi) đang trình Quốc hội; điều kiện mua, thuê nhà ở xã hội theo Nghị định 49/2021/NĐ-CP của Chính phủ; gói tín dụng 120.000 tỷ đồng cho vay ưu đãi nhà ở xã hội theo Nghị quyết 33/NQ-CP ngày 11/3/2023 của Chính phủ, lãi suất thấp hơn 1,5 - 2% so với lãi suất cho vay trung, dài hạn bình quân.
Học viên cũng được hướng dẫn trình tự lập danh sách công nhân đăng ký thuê, mua nhà ở xã hội; cách thương lượng để doanh nghiệp hỗ trợ tiền thuê nhà. Ông Hồ Đức Thắng, Chủ tịch Công đoàn Công ty TNHH Luxshare-ICT Nghệ An, cho biết công ty có 7.800 lao động, công đoàn đã thương lượng được khoản hỗ trợ nhà ở 400.000 đồng/tháng và xe đưa đón miễn phí từ xã Nghi Long, xã Nghi Xá.
Nhiều học viên phản ánh thủ tục xác nhận thu nhập, xác nhận chưa có nhà ở còn phức tạp; lao động trẻ người Thái, người Khơ Mú từ miền Tây Nghệ An chưa nắm thông tin chính sách. Bà Lô Thị Kim Ngân đề nghị cán bộ công đoàn cơ sở là cầu nối, hướng dẫn công nhân hoàn thiện hồ sơ, kịp thời phản ánh vướng mắc về Liên đoàn Lao động tỉnh.
Theo Kế hoạch 209/KH-LĐLĐ, năm 2023 Liên đoàn Lao động tỉnh tổ chức 4 lớp tập huấn chuyên đề về chính sách nhà ở cho khoảng 500 cán bộ công đoàn; phối hợp với Ngân hàng Chính sách xã hội tỉnh giới thiệu vay vốn cho ít nhất 200 công nhân.
Lớp tập huấn được học viên đánh giá thiết thực, nhiều nội dung có thể áp dụng ngay tại doanh nghiệp.
Hải Vân
Tin liên quan
- Công nhân VSIP Nghệ An mong có nhà ở ổn định (02/09/2023)
- Tháng Công nhân: trao 50 suất quà cho đoàn viên khó khăn (18/05/2023)
- Khởi công dự án nhà ở công nhân tại Nghi Lộc (05/04/2023)
""", "2023-09-15", "Tập huấn chính sách nhà ở xã hội cho cán bộ công đoàn các khu công nghiệp",
E("tap_huan", "2023", "2023-09-13"),
[P("Lô Thị Kim Ngân", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vi Văn Sơn", "Phó Trưởng phòng Quản lý nhà và thị trường bất động sản Sở Xây dựng"),
 P("Hồ Đức Thắng", "Chủ tịch Công đoàn Công ty TNHH Luxshare-ICT Nghệ An")],
[Q("120 cán bộ công đoàn cơ sở", 120, "cán bộ công đoàn cơ sở"), Q("khoảng 52.000 công nhân", 52000, "công nhân", "approx"),
 Q("hơn 19.000 người", 19000, "người", "over"), Q("1 dự án nhà ở xã hội", 1, "dự án nhà ở xã hội"),
 Q("1.600 căn", 1600, "căn"), Q("120.000 tỷ đồng", 120000000000000, "đồng"),
 Q("1,5 - 2%", 1.5, "%"), Q("2%", 2, "%"), Q("7.800 lao động", 7800, "lao động"),
 Q("400.000 đồng/tháng", 400000, "đồng"), Q("4 lớp tập huấn chuyên đề", 4, "lớp tập huấn chuyên đề"),
 Q("khoảng 500 cán bộ công đoàn", 500, "cán bộ công đoàn", "approx"), Q("ít nhất 200 công nhân", 200, "công nhân", "over")],
[D("Luật", "65", "2014/QH13", None, None, "Luật Nhà ở số 65/2014/QH13"),
 D("Nghị định", "49", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 49/2021/NĐ-CP"),
 D("Nghị quyết", "33", "NQ-CP", "2023-03-11", "Chính phủ", "Nghị quyết 33/NQ-CP ngày 11/3/2023"),
 D("Kế hoạch", "209", "KH-LĐLĐ", None, None, "Kế hoạch 209/KH-LĐLĐ")],
[prov("Nghệ An"), com("Nghi Thạch"), com("Nghi Long"), com("Nghi Xá")],
["BÁO NGHỆ AN", "Thời sự > Lao động - Công đoàn", "Báo cáo viên Sở Xây dựng trao đổi với học viên.",
 "dự thảo Luật Nhà ở (sửa đổi)", "Thái", "Khơ Mú", "Ngân hàng Chính sách xã hội tỉnh"],
["Ngày đăng 15/09/2023 | 16:20", "2 ngày", "năm 2023"]))
