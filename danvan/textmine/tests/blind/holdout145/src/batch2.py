from lib import *
PAGES = []

PAGES.append(page("b3443-thainguyen-taphuan-chibodn-2017", """
Tỉnh ủy Thái Nguyên - Cổng thông tin điện tử
Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng
15/8/2017 - 10:05
Tập huấn nghiệp vụ công tác đảng cho cấp ủy chi bộ doanh nghiệp ngoài nhà nước
Ngày 14/8/2017, Ban Tổ chức Tỉnh ủy Thái Nguyên phối hợp với Đảng ủy Khối Doanh nghiệp tỉnh mở lớp tập huấn nghiệp vụ công tác đảng năm 2017 cho 120 học viên là bí thư, phó bí thư, cấp ủy viên các chi bộ, đảng bộ trong doanh nghiệp ngoài khu vực nhà nước. Đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự và phát biểu khai mạc.
Học viên lớp tập huấn nghe giới thiệu chuyên đề.
Trong 2 ngày, các học viên được nghe đồng chí Hoàng Văn Chung, Phó Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Lò Thị Xuân, Trưởng phòng Tổ chức cơ sở đảng - đảng viên Ban Tổ chức Tỉnh ủy, giới thiệu các chuyên đề: quy trình kết nạp đảng viên là chủ doanh nghiệp tư nhân theo Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương; tổ chức sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương; công tác thu, nộp, quản lý đảng phí.
Theo báo cáo, toàn tỉnh có khoảng 3.100 doanh nghiệp ngoài nhà nước đang hoạt động nhưng mới có 86 tổ chức đảng với 1.420 đảng viên; nhiều chủ doanh nghiệp chưa mặn mà với việc thành lập tổ chức đảng. Thực hiện Nghị quyết số 10-NQ/TW ngày 3/6/2017 của Hội nghị Trung ương 5 khóa XII về phát triển kinh tế tư nhân, Tỉnh ủy giao Ban Tổ chức khảo sát, phấn đấu đến cuối năm 2017 thành lập thêm 15 chi bộ.
Chia sẻ tại lớp học, ông Dương Văn Thái, Bí thư Chi bộ kiêm Giám đốc Công ty TNHH Chè Tân Cương Hoàng Bình ở xã Tân Cương, cho biết chi bộ có 12 đảng viên, mỗi năm kết nạp 2 - 3 đảng viên là công nhân chế biến chè. Bà Nông Thị Hậu, Phó Bí thư Đảng ủy Công ty cổ phần May Việt Thái ở phường Ba Hàng, kể việc đảng ủy vận động chủ doanh nghiệp người Hàn Quốc bố trí phòng sinh hoạt và trích 0,5% quỹ lương cho hoạt động đoàn thể.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu. Ban tổ chức trao giấy chứng nhận và tặng mỗi học viên 1 bộ tài liệu nghiệp vụ công tác đảng. Dự kiến trong tháng 9, Ban Tổ chức Tỉnh ủy sẽ mở thêm 2 lớp tại thị xã Phổ Yên và huyện Đại Từ cho khoảng 200 cấp ủy viên chi bộ doanh nghiệp.
Thu Hằng
Tin liên quan
- Thái Nguyên: thành lập Chi bộ Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên (20/07/2017)
- Hội nghị sơ kết Nghị quyết 09-NQ/TW về doanh nhân (05/07/2017)
- Kết nạp đảng viên là chủ doanh nghiệp tư nhân (22/06/2017)
- Đảng ủy Khối Doanh nghiệp sơ kết công tác 6 tháng đầu năm (14/07/2017)
- Phổ Yên: công nhân khu công nghiệp học tập nghị quyết (30/05/2017)
""", "2017-08-15", "Tập huấn nghiệp vụ công tác đảng cho cấp ủy chi bộ doanh nghiệp ngoài nhà nước",
E("tap_huan", "2017", "2017-08-14"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Văn Chung", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lò Thị Xuân", "Trưởng phòng Tổ chức cơ sở đảng - đảng viên Ban Tổ chức Tỉnh ủy"),
 P("Dương Văn Thái", "Bí thư Chi bộ kiêm Giám đốc Công ty TNHH Chè Tân Cương Hoàng Bình"),
 P("Nông Thị Hậu", "Phó Bí thư Đảng ủy Công ty cổ phần May Việt Thái")],
[Q("120 học viên", 120, "học viên"), Q("khoảng 3.100 doanh nghiệp ngoài nhà nước", 3100, "doanh nghiệp ngoài nhà nước", "approx"),
 Q("86 tổ chức đảng", 86, "tổ chức đảng"), Q("1.420 đảng viên", 1420, "đảng viên"), Q("15 chi bộ", 15, "chi bộ"),
 Q("12 đảng viên", 12, "đảng viên"), Q("0,5%", 0.5, "%"), Q("100% học viên", 100, "%"),
 Q("2 lớp", 2, "lớp"), Q("khoảng 200 cấp ủy viên chi bộ doanh nghiệp", 200, "cấp ủy viên chi bộ doanh nghiệp", "approx")],
[D("Quy định", "29", "QĐ/TW", "2016-07-25", "Ban Chấp hành Trung ương", "Quy định số 29-QĐ/TW ngày 25/7/2016"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương"),
 D("Nghị quyết", "10", "NQ/TW", "2017-06-03", "Hội nghị Trung ương 5 khóa XII", "Nghị quyết số 10-NQ/TW ngày 3/6/2017")],
[prov("Thái Nguyên"), com("Tân Cương"), com("Ba Hàng")],
["Tỉnh ủy Thái Nguyên - Cổng thông tin điện tử", "Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng",
 "Học viên lớp tập huấn nghe giới thiệu chuyên đề.", "Công ty TNHH Chè Tân Cương Hoàng Bình", "Công ty cổ phần May Việt Thái"],
["15/8/2017 - 10:05", "năm 2017", "2 ngày", "2 - 3 đảng viên", "1 bộ tài liệu", "tháng 9", "khóa XII"]))

PAGES.append(page("b3444-daklak-gapmat-doanhnhan-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ › Tin tức › Dân vận chính quyền
Thứ Hai, 14/10/2019 - 07:50
Ảnh: Các doanh nhân nhận bằng khen của UBND tỉnh.
Gặp mặt doanh nghiệp, doanh nhân nhân Ngày Doanh nhân Việt Nam 13/10
Tối 12/10/2019, tại thành phố Buôn Ma Thuột, Tỉnh ủy, UBND tỉnh Đắk Lắk tổ chức Hội nghị gặp mặt doanh nghiệp, doanh nhân năm 2019 nhân kỷ niệm 15 năm Ngày Doanh nhân Việt Nam (13/10/2004 - 13/10/2019). Dự hội nghị có đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phạm Ngọc Nghị, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và gần 400 doanh nhân.
Báo cáo tại hội nghị cho biết, đến tháng 9/2019 toàn tỉnh có hơn 6.200 doanh nghiệp đang hoạt động, tổng vốn đăng ký trên 62.000 tỷ đồng; 9 tháng đầu năm thành lập mới 605 doanh nghiệp, tăng 11,8% so với cùng kỳ. Khu vực kinh tế tư nhân đóng góp khoảng 70% tổng thu ngân sách trên địa bàn. Tỉnh đã triển khai Kế hoạch số 8912/KH-UBND ngày 18/10/2017 của UBND tỉnh thực hiện Nghị quyết số 10-NQ/TW về phát triển kinh tế tư nhân.
Phát biểu tại hội nghị, ông Y Kông Ênuôl, Giám đốc Hợp tác xã Nông nghiệp dịch vụ Ea Tiêu ở xã Ea Tiêu, huyện Cư Kuin, chia sẻ hợp tác xã đã liên kết với 230 hộ đồng bào Êđê trồng cà phê theo tiêu chuẩn 4C, thu nhập của xã viên tăng khoảng 25%. Bà H'Loan Byă, chủ cơ sở dệt thổ cẩm Ami H'Loan ở phường Ea Tam, kiến nghị tỉnh hỗ trợ quảng bá sản phẩm thổ cẩm tại các điểm du lịch.
Các doanh nghiệp cũng nêu khó khăn về thủ tục chuyển đổi mục đích sử dụng đất, tiếp cận vốn tín dụng và nguồn điện cho các dự án điện mặt trời. Ông Nguyễn Tuấn Hà, Chủ tịch Hiệp hội Doanh nghiệp tỉnh, đề nghị thành lập Tổ công tác đặc biệt để tháo gỡ vướng mắc cho các dự án đầu tư.
Phát biểu chỉ đạo, đồng chí Phạm Ngọc Nghị cảm ơn sự đóng góp của cộng đồng doanh nghiệp, trong đó các doanh nghiệp đã ủng hộ trên 35 tỷ đồng cho Quỹ "Vì người nghèo" và chương trình xây nhà cho hộ nghèo đồng bào dân tộc thiểu số từ năm 2015 đến nay. Đồng chí giao Sở Kế hoạch và Đầu tư chủ trì tiếp nhận, phân loại 58 kiến nghị tại hội nghị, trả lời bằng văn bản trong 15 ngày.
Dịp này, UBND tỉnh tặng bằng khen cho 25 doanh nghiệp và 30 doanh nhân tiêu biểu năm 2019.
Hoàng Anh
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Hiệp hội Doanh nghiệp tỉnh (25/09/2019)
- Doanh nghiệp đồng hành cùng buôn làng xây dựng nông thôn mới (11/09/2019)
- Đối thoại với hộ kinh doanh tại chợ Buôn Ma Thuột (28/08/2019)
- Hợp tác xã kiểu mới giúp đồng bào Êđê thoát nghèo (14/08/2019)
- Hội Doanh nhân trẻ tỉnh trao nhà tình thương ở huyện Lắk (30/07/2019)
- Khảo sát mô hình dân vận khéo trong doanh nghiệp (16/07/2019)
""", "2019-10-14", "Gặp mặt doanh nghiệp, doanh nhân nhân Ngày Doanh nhân Việt Nam 13/10",
E("hoi_nghi", "2019", "2019-10-12"),
[P("Y Biêr Niê", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"), P("Phạm Ngọc Nghị", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Y Kông Ênuôl", "Giám đốc Hợp tác xã Nông nghiệp dịch vụ Ea Tiêu"),
 P("H'Loan Byă", "chủ cơ sở dệt thổ cẩm Ami H'Loan"), P("Nguyễn Tuấn Hà", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh")],
[Q("gần 400 doanh nhân", 400, "doanh nhân", "approx"), Q("hơn 6.200 doanh nghiệp", 6200, "doanh nghiệp", "over"),
 Q("trên 62.000 tỷ đồng", 62000000000000, "đồng", "over"), Q("605 doanh nghiệp", 605, "doanh nghiệp"),
 Q("11,8%", 11.8, "%"), Q("khoảng 70%", 70, "%", "approx"), Q("230 hộ đồng bào Êđê", 230, "hộ đồng bào Êđê"),
 Q("khoảng 25%", 25, "%", "approx"), Q("trên 35 tỷ đồng", 35000000000, "đồng", "over"), Q("58 kiến nghị", 58, "kiến nghị"),
 Q("25 doanh nghiệp", 25, "doanh nghiệp"), Q("30 doanh nhân", 30, "doanh nhân")],
[D("Kế hoạch", "8912", "KH-UBND", "2017-10-18", "UBND tỉnh", "Kế hoạch số 8912/KH-UBND ngày 18/10/2017"),
 D("Nghị quyết", "10", "NQ/TW", None, None, "Nghị quyết số 10-NQ/TW")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Ea Tam")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ › Tin tức › Dân vận chính quyền", "Ảnh: Các doanh nhân nhận bằng khen của UBND tỉnh.",
 "Vì người nghèo", "Ami H'Loan", "Hợp tác xã Nông nghiệp dịch vụ Ea Tiêu", "Buôn Ma Thuột"],
["Thứ Hai, 14/10/2019 - 07:50", "15 năm", "13/10/2004 - 13/10/2019", "tháng 9/2019", "9 tháng đầu năm", "4C", "15 ngày", "năm 2015", "năm 2019"]))

PAGES.append(page("b3445-tayninh-mttq-giamsat-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
Trang chủ >> Hoạt động giám sát, phản biện xã hội
Thứ Ba, 12/09/2023, 14:25
Giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp
Từ ngày 05 đến 08/9/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh do bà Nguyễn Thị Xuân Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát chuyên đề năm 2023 về việc thực hiện chính sách bảo hiểm xã hội, an toàn lao động đối với người lao động tại 6 doanh nghiệp ngoài nhà nước ở Khu công nghiệp Trảng Bàng và Khu kinh tế cửa khẩu Mộc Bài.
Đoàn giám sát làm việc tại Công ty TNHH Dệt may Hoàng Gia.
Cuộc giám sát thực hiện theo Kế hoạch số 41/KH-MTTQ-BTT ngày 15/8/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận. Tham gia đoàn có đại diện Liên đoàn Lao động tỉnh, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh.
Qua giám sát, 6 doanh nghiệp đang sử dụng 14.820 lao động, trong đó khoảng 80% là lao động nữ. Đa số doanh nghiệp ký hợp đồng lao động, đóng bảo hiểm xã hội đầy đủ; tuy nhiên còn 2 doanh nghiệp nợ bảo hiểm xã hội với tổng số tiền hơn 3,6 tỷ đồng, 1 doanh nghiệp chưa tổ chức đối thoại định kỳ với người lao động. Thu nhập bình quân của công nhân khoảng 7,2 triệu đồng/tháng.
Ông Lê Văn Hòa, Giám đốc nhân sự Công ty TNHH Dệt may Hoàng Gia ở xã An Tịnh, giải trình công ty gặp khó khăn do đơn hàng giảm gần 40%, phải giảm giờ làm của 1.300 công nhân nhưng cam kết trả hết nợ bảo hiểm trước ngày 31/12/2023. Bà Thạch Thị Sa Ri, Chủ tịch Công đoàn cơ sở công ty, đề nghị doanh nghiệp ưu tiên giữ việc làm cho công nhân lớn tuổi.
Kết luận đợt giám sát, bà Nguyễn Thị Xuân Mai đề nghị các doanh nghiệp thực hiện nghiêm Bộ luật Lao động và Nghị định số 145/2020/NĐ-CP của Chính phủ; kiến nghị UBND tỉnh chỉ đạo cơ quan chức năng đôn đốc thu hồi nợ bảo hiểm. Đoàn sẽ có báo cáo kết quả gửi Ban Thường vụ Tỉnh ủy trong tháng 10.
Ông Trần Minh Quang, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết năm 2023 Mặt trận các cấp thực hiện 148 cuộc giám sát, trong đó 21 cuộc liên quan doanh nghiệp và người lao động.
Minh Nhựt
Xem thêm
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ doanh nghiệp nhỏ và vừa (25/08/2023)
- Mặt trận tỉnh tiếp xúc, đối thoại với công nhân khu công nghiệp (10/08/2023)
- Vận động doanh nghiệp ủng hộ Quỹ "Vì người nghèo" (20/07/2023)
- Giám sát thực hiện dân chủ ở cơ sở tại xã Phước Vinh (05/07/2023)
- Doanh nghiệp Tây Ninh trao 100 căn nhà đại đoàn kết (21/06/2023)
""", "2023-09-12", "Giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp",
E("giam_sat", "2023", "2023-09-05"),
[P("Nguyễn Thị Xuân Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hòa", "Giám đốc nhân sự Công ty TNHH Dệt may Hoàng Gia"),
 P("Thạch Thị Sa Ri", "Chủ tịch Công đoàn cơ sở công ty"),
 P("Trần Minh Quang", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("6 doanh nghiệp ngoài nhà nước", 6, "doanh nghiệp ngoài nhà nước"), Q("14.820 lao động", 14820, "lao động"),
 Q("khoảng 80%", 80, "%", "approx"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("1 doanh nghiệp", 1, "doanh nghiệp"), Q("khoảng 7,2 triệu đồng", 7200000, "đồng", "approx"),
 Q("gần 40%", 40, "%", "approx"), Q("1.300 công nhân", 1300, "công nhân"), Q("148 cuộc giám sát", 148, "cuộc giám sát"),
 Q("21 cuộc", 21, "cuộc")],
[D("Kế hoạch", "41", "KH-MTTQ-BTT", "2023-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 15/8/2023"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP của Chính phủ")],
[prov("Tây Ninh"), com("An Tịnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "Trang chủ >> Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Công ty TNHH Dệt may Hoàng Gia.", "Bộ luật Lao động", "Khu công nghiệp Trảng Bàng"],
["Thứ Ba, 12/09/2023, 14:25", "năm 2023", "31/12/2023", "tháng 10", "7,2 triệu đồng/tháng"]))
