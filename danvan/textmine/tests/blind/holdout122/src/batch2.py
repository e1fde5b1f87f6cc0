from lib import *
PAGES = []

PAGES.append(page("b2891-tayninh-ngungviec-2016", """
BÁO TÂY NINH ONLINE
Thời sự | Lao động - Việc làm
18.03.2016 | 15:30
Hơn 3.000 công nhân ngừng việc tập thể, công đoàn vào cuộc
Công nhân tập trung trước cổng công ty sáng 16/3.
Sáng 16/3, hơn 3.000 công nhân Công ty TNHH Giày Việt Phong (KCN Trảng Bàng) đồng loạt ngừng việc, tập trung trước cổng công ty để yêu cầu giải quyết quyền lợi. Ngay khi nắm được thông tin, Liên đoàn Lao động tỉnh Tây Ninh, Ban Quản lý các khu kinh tế tỉnh, Sở Lao động - Thương binh và Xã hội cùng chính quyền xã An Tịnh đã có mặt để nắm tình hình, vận động công nhân giữ trật tự.
Theo phản ánh của công nhân, từ đầu năm 2016 công ty áp dụng định mức sản phẩm mới, tăng khoảng 15% so với trước nhưng không tăng đơn giá; tiền thưởng chuyên cần giảm từ 300.000 đồng xuống 150.000 đồng/tháng; nhiều lao động nữ mang thai vẫn bị bố trí tăng ca. Công đoàn cơ sở công ty chưa phát huy vai trò đại diện, không tổ chức đối thoại trước khi thay đổi định mức.
Chiều cùng ngày, dưới sự chủ trì của ông Trương Văn Bé Tư, Phó Chủ tịch LĐLĐ tỉnh, đại diện công nhân đã đối thoại với Ban Giám đốc công ty. Ông Tsai Ming Hung, Phó Tổng Giám đốc Công ty TNHH Giày Việt Phong cam kết giữ nguyên định mức cũ đến hết tháng 6/2016, khôi phục mức thưởng chuyên cần 300.000 đồng/tháng và không bố trí lao động nữ mang thai từ tháng thứ 7 làm thêm giờ. Đến sáng 17/3, toàn bộ công nhân đã trở lại làm việc bình thường.
Bà Nguyễn Thị Kim Hoàng, Chủ tịch Công đoàn cơ sở công ty, thừa nhận công đoàn còn lúng túng, chưa kịp thời báo cáo khi công nhân bức xúc. Theo bà, công ty có 8.700 lao động, trong đó 7.900 người là đoàn viên công đoàn.
Theo thống kê của LĐLĐ tỉnh, từ năm 2015 đến nay trên địa bàn tỉnh xảy ra 11 cuộc ngừng việc tập thể với khoảng 14.500 lượt công nhân tham gia, đều ở doanh nghiệp có vốn đầu tư nước ngoài. Nguyên nhân chủ yếu là doanh nghiệp vi phạm Bộ luật Lao động, chậm điều chỉnh lương theo Nghị định số 122/2015/NĐ-CP ngày 14/11/2015 của Chính phủ quy định mức lương tối thiểu vùng; tổ chức công đoàn cơ sở chưa thật sự là chỗ dựa của người lao động.
Ông Trương Văn Bé Tư cho biết, thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác công đoàn trong doanh nghiệp ngoài khu vực nhà nước, LĐLĐ tỉnh sẽ cử cán bộ bám sát các doanh nghiệp đông lao động, tập huấn kỹ năng đối thoại, thương lượng cho 100% chủ tịch công đoàn cơ sở ở doanh nghiệp FDI trong năm 2016; kiến nghị UBND tỉnh xử lý nghiêm doanh nghiệp vi phạm.
Anh Lâm Văn Tèo, tổ trưởng tổ may, cho biết anh em công nhân mong công đoàn thường xuyên lắng nghe để không phải ngừng việc mới được giải quyết.
Hoài Thương
Lượt đọc: 2.315
Tin cùng chuyên mục
- Tây Ninh: 92 doanh nghiệp đăng ký tham gia ngày hội việc làm (15/03/2016)
- Trao 300 phần quà cho công nhân Trảng Bàng (05/02/2016)
- LĐLĐ tỉnh triển khai nhiệm vụ năm 2016 (22/01/2016)
""", "2016-03-18", "Hơn 3.000 công nhân ngừng việc tập thể, công đoàn vào cuộc",
E("khac", None, None),
[P("Trương Văn Bé Tư", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Tsai Ming Hung", "Phó Tổng Giám đốc Công ty TNHH Giày Việt Phong"),
 P("Nguyễn Thị Kim Hoàng", "Chủ tịch Công đoàn cơ sở công ty"),
 P("Lâm Văn Tèo", "tổ trưởng tổ may")],
[Q("hơn 3.000 công nhân", 3000, "công nhân", "over"), Q("khoảng 15%", 15, "%", "approx"),
 Q("300.000 đồng", 300000, "đồng"), Q("150.000 đồng", 150000, "đồng"),
 Q("8.700 lao động", 8700, "lao động"), Q("7.900 người", 7900, "người"),
 Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"), Q("khoảng 14.500 lượt công nhân", 14500, "lượt công nhân", "approx"),
 Q("100% chủ tịch công đoàn cơ sở", 100, "%")],
[D("Nghị định", "122", "2015/NĐ-CP", "2015-11-14", "Chính phủ", "Nghị định số 122/2015/NĐ-CP ngày 14/11/2015 của Chính phủ"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Tây Ninh"), com("An Tịnh")],
["BÁO TÂY NINH ONLINE", "Thời sự | Lao động - Việc làm", "Công nhân tập trung trước cổng công ty sáng 16/3.", "Bộ luật Lao động",
 "KCN Trảng Bàng", "Lượt đọc: 2.315"],
["18.03.2016 | 15:30", "đầu năm 2016", "tháng 6/2016", "tháng thứ 7", "từ năm 2015", "năm 2016", "Lượt đọc: 2.315"]))

PAGES.append(page("b2892-hanam-ldld-taphuan-2017", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ NAM
Trang chủ :: Tuyên truyền - Pháp luật
Cập nhật lúc 09:10 ngày 11/08/2017
Ảnh: Quang cảnh lớp tập huấn.
Trang bị kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở
Trong hai ngày 9 và 10/8/2017, Liên đoàn Lao động tỉnh Hà Nam tổ chức lớp tập huấn kỹ năng đối thoại, thương lượng tập thể năm 2017 cho 150 chủ tịch, phó chủ tịch công đoàn cơ sở trong các doanh nghiệp tại KCN Đồng Văn I, Đồng Văn II và Hòa Mạc. Dự khai mạc có bà Trần Thị Thanh Thủy, Phó Chủ tịch LĐLĐ tỉnh.
Các học viên được ThS. Nguyễn Mạnh Cường, Phó Trưởng ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam và TS. Phạm Thị Thu Lan, Phó Viện trưởng Viện Công nhân và Công đoàn truyền đạt các chuyên đề: quy trình thương lượng tập thể; tổ chức đối thoại định kỳ tại nơi làm việc theo Nghị định 60/2013/NĐ-CP; kỹ năng xử lý tình huống khi xảy ra ngừng việc tập thể; vai trò công đoàn trong thực hiện Chỉ thị 22-CT/TW của Ban Bí thư.
Theo bà Trần Thị Thanh Thủy, hiện Hà Nam có 8 KCN với khoảng 78.000 lao động; toàn tỉnh có 412 công đoàn cơ sở doanh nghiệp, nhưng mới có 263 bản thỏa ước lao động tập thể được ký kết, chiếm 63,8%; chất lượng nhiều bản thỏa ước còn thấp, chủ yếu sao chép quy định của pháp luật. 7 tháng đầu năm 2017 trên địa bàn tỉnh xảy ra 5 cuộc ngừng việc tập thể, cả 5 cuộc đều ở doanh nghiệp FDI.
Tại lớp học, các học viên được chia thành 6 nhóm thực hành đóng vai thương lượng về tiền lương, tiền ăn ca, thời giờ làm việc. Anh Đinh Văn Hùng, Chủ tịch Công đoàn cơ sở Công ty TNHH Sumidenso Việt Nam cho rằng: "Trước đây chúng tôi chỉ ngồi nghe doanh nghiệp đưa ra phương án, nay biết cách chuẩn bị số liệu, lấy ý kiến công nhân trước khi thương lượng".
Chị Bùi Thị Mến, Phó Chủ tịch Công đoàn cơ sở Công ty CP May Kim Bảng, người dân tộc Mường, chia sẻ công đoàn đã thương lượng nâng tiền ăn ca từ 13.000 đồng lên 16.000 đồng/suất từ tháng 7/2017.
Lớp tập huấn nằm trong Kế hoạch số 28/KH-LĐLĐ ngày 3/3/2017 của LĐLĐ tỉnh về nâng cao chất lượng thương lượng, ký kết và thực hiện thỏa ước lao động tập thể giai đoạn 2017-2020. Theo kế hoạch, đến năm 2020 phấn đấu 80% doanh nghiệp có công đoàn cơ sở ký thỏa ước, trong đó ít nhất 30% bản thỏa ước được xếp loại B trở lên. Kết thúc lớp học, 150/150 học viên làm bài kiểm tra đạt yêu cầu.
Phương Thảo
Lượt truy cập: 312.408
Các tin đã đưa
- Hội nghị người lao động tại Công ty TNHH Sumidenso (02/08/2017)
- Trao 20 "Mái ấm Công đoàn" năm 2017 (25/07/2017)
- LĐLĐ tỉnh ký kết quy chế phối hợp với Ban Quản lý các KCN (12/07/2017)
""", "2017-08-11", "Trang bị kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở",
E("tap_huan", "2017", "2017-08-09"),
[P("Trần Thị Thanh Thủy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Mạnh Cường", "ThS.", "Phó Trưởng ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam"),
 P("Phạm Thị Thu Lan", "TS.", "Phó Viện trưởng Viện Công nhân và Công đoàn"),
 P("Đinh Văn Hùng", "Chủ tịch Công đoàn cơ sở Công ty TNHH Sumidenso Việt Nam"),
 P("Bùi Thị Mến", "Phó Chủ tịch Công đoàn cơ sở Công ty CP May Kim Bảng")],
[Q("150 chủ tịch, phó chủ tịch công đoàn cơ sở", 150, "chủ tịch, phó chủ tịch công đoàn cơ sở"),
 Q("8 KCN", 8, "KCN"), Q("khoảng 78.000 lao động", 78000, "lao động", "approx"),
 Q("412 công đoàn cơ sở doanh nghiệp", 412, "công đoàn cơ sở doanh nghiệp"),
 Q("263 bản thỏa ước lao động tập thể", 263, "bản thỏa ước lao động tập thể"), Q("63,8%", 63.8, "%"),
 Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"), Q("6 nhóm", 6, "nhóm"),
 Q("13.000 đồng", 13000, "đồng"), Q("16.000 đồng", 16000, "đồng"),
 Q("80%", 80, "%"), Q("ít nhất 30%", 30, "%", "over"), Q("150/150 học viên", 150, "học viên")],
[D("Nghị định", "60", "2013/NĐ-CP", None, None, "Nghị định 60/2013/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "28", "KH-LĐLĐ", "2017-03-03", "LĐLĐ tỉnh", "Kế hoạch số 28/KH-LĐLĐ ngày 3/3/2017 của LĐLĐ tỉnh")],
[prov("Hà Nam")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ NAM", "Trang chủ :: Tuyên truyền - Pháp luật", "Ảnh: Quang cảnh lớp tập huấn.",
 "Viện Công nhân và Công đoàn", "KCN Đồng Văn I", "Lượt truy cập: 312.408"],
["Cập nhật lúc 09:10 ngày 11/08/2017", "năm 2017", "7 tháng đầu năm 2017", "cả 5 cuộc", "tháng 7/2017", "giai đoạn 2017-2020",
 "năm 2020", "loại B", "Lượt truy cập: 312.408"]))

PAGES.append(page("b2893-vinhphuc-ldld-tongket-2017", """
Hôm nay: Thứ Bảy, 30/12/2017
CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH PHÚC
You are here: Trang chủ > Tin tức > Hoạt động LĐLĐ tỉnh
29/12/2017 - 16:20
Toàn cảnh hội nghị.
Năm 2017, các cấp công đoàn Vĩnh Phúc phát triển mới 11.236 đoàn viên
Ngày 28/12, Ban Chấp hành Liên đoàn Lao động tỉnh Vĩnh Phúc khóa XV tổ chức hội nghị lần thứ 9 tổng kết công tác công đoàn và phong trào công nhân viên chức lao động năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Trần Văn Thịnh, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị; đồng chí Lê Thị Minh Hoa, UVBTV Tỉnh ủy, Chủ tịch LĐLĐ tỉnh chủ trì.
Năm 2017, các cấp công đoàn trong tỉnh đã phát triển mới 11.236 đoàn viên, thành lập 48 công đoàn cơ sở, đạt 112% chỉ tiêu. Toàn tỉnh hiện có 1.162 công đoàn cơ sở với 126.540 đoàn viên. Các cấp công đoàn đã phối hợp tổ chức 1.050 cuộc đối thoại tại nơi làm việc; 486 doanh nghiệp ký thỏa ước lao động tập thể. Trong năm xảy ra 4 cuộc ngừng việc tập thể, giảm 6 cuộc so với năm 2016, đều được giải quyết trong ngày.
Công tác chăm lo đời sống đoàn viên có nhiều kết quả: các cấp công đoàn đã hỗ trợ xây mới, sửa chữa 34 "Mái ấm Công đoàn", tổng trị giá hơn 1,6 tỷ đồng; Chương trình "Phúc lợi đoàn viên công đoàn" ký thỏa thuận ưu đãi với 27 đơn vị; tổ chức "Tết sum vầy" cho hơn 4.000 công nhân, trao 2.800 suất quà trị giá gần 1,4 tỷ đồng.
Tại hội nghị, đồng chí Khổng Minh Tuấn, Chủ tịch Công đoàn các KCN tỉnh, báo cáo tham luận về cách làm hay trong phát triển đoàn viên ở doanh nghiệp Hàn Quốc. Bà Hà Thị Loan, Chủ tịch Công đoàn cơ sở Công ty TNHH Partron Vina, chia sẻ mô hình "Tổ đồng hành" giúp công nhân mới.
Hội nghị cũng chỉ ra những hạn chế: tỷ lệ đoàn viên ở doanh nghiệp ngoài nhà nước mới đạt 71,4%; một số công đoàn cơ sở còn phụ thuộc người sử dụng lao động; chất lượng thỏa ước chưa cao.
Phát biểu chỉ đạo, đồng chí Trần Văn Thịnh ghi nhận những kết quả công đoàn tỉnh đạt được; đề nghị năm 2018 tiếp tục triển khai Kết luận 79-KL/TW ngày 25/12/2013 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam, thực hiện Chương trình hành động số 45-CTr/TU của Tỉnh ủy; quan tâm nhà ở xã hội, thiết chế công đoàn tại KCN Bá Thiện, Khai Quang.
Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 42 tập thể, 65 cá nhân có thành tích xuất sắc năm 2017. Phường Khai Quang và xã Thiện Kế được biểu dương vì phối hợp tốt với công đoàn trong quản lý nhà trọ công nhân.
Ngọc Lan
Số lượt xem: 1.566
Tin khác
- Vĩnh Phúc: Trao 500 suất quà "Tết sum vầy" năm 2018 (26/12/2017)
- Hội nghị Ban Chấp hành lần thứ 8 (05/07/2017)
- Đối thoại tại Công ty TNHH Piaggio Việt Nam (21/06/2017)
""", "2017-12-29", "Năm 2017, các cấp công đoàn Vĩnh Phúc phát triển mới 11.236 đoàn viên",
E("tong_ket", "2017", "2017-12-28"),
[P("Trần Văn Thịnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Minh Hoa", "UVBTV Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Khổng Minh Tuấn", "Chủ tịch Công đoàn các KCN tỉnh"),
 P("Hà Thị Loan", "Chủ tịch Công đoàn cơ sở Công ty TNHH Partron Vina")],
[Q("11.236 đoàn viên", 11236, "đoàn viên"), Q("48 công đoàn cơ sở", 48, "công đoàn cơ sở"), Q("112%", 112, "%"), Q("71,4%", 71.4, "%"),
 Q("1.162 công đoàn cơ sở", 1162, "công đoàn cơ sở"), Q("126.540 đoàn viên", 126540, "đoàn viên"),
 Q("1.050 cuộc đối thoại", 1050, "cuộc đối thoại"), Q("486 doanh nghiệp", 486, "doanh nghiệp"),
 Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"), Q("6 cuộc", 6, "cuộc"),
 Q("34 \"Mái ấm Công đoàn\"", 34, "Mái ấm Công đoàn"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("27 đơn vị", 27, "đơn vị"), Q("hơn 4.000 công nhân", 4000, "công nhân", "over"), Q("2.800 suất quà", 2800, "suất quà"),
 Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Kết luận", "79", "KL/TW", "2013-12-25", "Bộ Chính trị", "Kết luận 79-KL/TW ngày 25/12/2013 của Bộ Chính trị"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU của Tỉnh ủy")],
[prov("Vĩnh Phúc"), com("Khai Quang"), com("Thiện Kế")],
["Hôm nay: Thứ Bảy, 30/12/2017", "CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH PHÚC", "You are here: Trang chủ > Tin tức > Hoạt động LĐLĐ tỉnh",
 "Toàn cảnh hội nghị.", "Mái ấm Công đoàn", "Phúc lợi đoàn viên công đoàn", "Tết sum vầy", "Tổ đồng hành", "Số lượt xem: 1.566"],
["Hôm nay: Thứ Bảy, 30/12/2017", "29/12/2017 - 16:20", "khóa XV", "lần thứ 9", "năm 2017", "năm 2018", "năm 2016", "Số lượt xem: 1.566"]))

PAGES.append(page("b2894-quangnam-congdoankkt-giaoban-2018", """
Báo Quảng Nam
Trang chủ › Xã hội › Lao động
2018-10-05 10:15
Ảnh: Đồng chí Lê Thị Hồng Vân phát biểu tại buổi giao ban.
Công đoàn Khu kinh tế mở Chu Lai chú trọng nắm tình hình công nhân dịp cuối năm
Chiều 3/10, Công đoàn Khu kinh tế mở Chu Lai tổ chức giao ban công tác công đoàn quý III năm 2018 với chủ tịch công đoàn cơ sở các doanh nghiệp. Chủ trì giao ban có bà Lê Thị Hồng Vân, Chủ tịch Công đoàn Khu kinh tế mở Chu Lai, và ông A Lăng Thươi, Phó Chủ tịch LĐLĐ tỉnh.
Báo cáo cho biết, quý III, Công đoàn KKT đã phát triển mới 1.214 đoàn viên, thành lập 5 công đoàn cơ sở; nâng tổng số đoàn viên lên 24.360 người. Đã tổ chức 42 cuộc đối thoại định kỳ; hướng dẫn 9 doanh nghiệp xây dựng quy chế dân chủ ở cơ sở. Trong quý xảy ra 1 cuộc ngừng việc tập thể tại Công ty TNHH May Tam Thăng với khoảng 700 công nhân tham gia, đã được giải quyết sau 2 ngày.
Đáng chú ý, có 3 doanh nghiệp chậm trả lương cho người lao động với tổng số tiền gần 2,9 tỷ đồng, ảnh hưởng đến khoảng 1.100 lao động. Công đoàn KKT đã có Công văn số 86/CĐKKT ngày 20/9/2018 gửi Ban Quản lý KKT mở Chu Lai đề nghị phối hợp làm việc với các doanh nghiệp này.
Tại buổi giao ban, bà Trần Thị Thu Sương, Chủ tịch Công đoàn cơ sở Công ty CP Ô tô Trường Hải, cho biết công đoàn đang phối hợp chuẩn bị "Tết sum vầy" cho gần 2.000 công nhân không về quê. Ông Hồ Văn Đảo, Chủ tịch Công đoàn cơ sở Công ty TNHH Panko Tam Thăng, người Cơ Tu, đề nghị Công đoàn KKT kiến nghị mở thêm tuyến xe buýt đưa đón công nhân từ các xã Tam Anh Nam, Tam Hiệp.
Kết luận giao ban, ông A Lăng Thươi đề nghị các công đoàn cơ sở quán triệt Nghị quyết số 06b/NQ-TLĐ ngày 3/2/2016 của Ban Chấp hành Tổng Liên đoàn về nâng cao chất lượng đối thoại, thương lượng tập thể; chủ động nắm tình hình tư tưởng công nhân, báo cáo kịp thời khi có dấu hiệu tranh chấp, đặc biệt việc trả lương, thưởng cuối năm; phấn đấu quý IV hoàn thành 100% chỉ tiêu phát triển đoàn viên năm 2018.
Dịp này, Công đoàn KKT trao 4 "Mái ấm Công đoàn" cho đoàn viên khó khăn, mỗi căn hỗ trợ 40 triệu đồng.
Theo LĐLĐ tỉnh, 9 tháng năm 2018 toàn tỉnh có 3 cuộc ngừng việc tập thể, đều tập trung ở ngành may mặc, da giày. Hiện Khu kinh tế mở Chu Lai có khoảng 36.000 lao động làm việc tại 158 doanh nghiệp đang hoạt động, trong đó nhiều lao động đến từ các huyện miền núi Nam Trà My, Tây Giang. Công đoàn KKT xác định nắm chắc tình hình tư tưởng công nhân là nhiệm vụ trọng tâm những tháng cuối năm, nhất là khi nhiều doanh nghiệp chạy đơn hàng, tăng ca liên tục.
Văn Phin
Lượt xem: 958
Tin liên quan
- Núi Thành: Công nhân được khám sức khỏe miễn phí (28/09/2018)
- Quảng Nam: 9 tháng có 3 cuộc ngừng việc tập thể (20/09/2018)
- Tập huấn pháp luật lao động cho công nhân (04/09/2018)
""", "2018-10-05", "Công đoàn Khu kinh tế mở Chu Lai chú trọng nắm tình hình công nhân dịp cuối năm",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Lê Thị Hồng Vân", "Chủ tịch Công đoàn Khu kinh tế mở Chu Lai"),
 P("A Lăng Thươi", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Thu Sương", "Chủ tịch Công đoàn cơ sở Công ty CP Ô tô Trường Hải"),
 P("Hồ Văn Đảo", "Chủ tịch Công đoàn cơ sở Công ty TNHH Panko Tam Thăng")],
[Q("1.214 đoàn viên", 1214, "đoàn viên"), Q("5 công đoàn cơ sở", 5, "công đoàn cơ sở"), Q("24.360 người", 24360, "người"),
 Q("42 cuộc đối thoại định kỳ", 42, "cuộc đối thoại định kỳ"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("1 cuộc ngừng việc tập thể", 1, "cuộc ngừng việc tập thể"), Q("khoảng 700 công nhân", 700, "công nhân", "approx"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("gần 2,9 tỷ đồng", 2900000000, "đồng", "approx"),
 Q("khoảng 1.100 lao động", 1100, "lao động", "approx"), Q("gần 2.000 công nhân", 2000, "công nhân", "approx"),
 Q("100%", 100, "%"), Q("4 \"Mái ấm Công đoàn\"", 4, "Mái ấm Công đoàn"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 36.000 lao động", 36000, "lao động", "approx"),
 Q("158 doanh nghiệp", 158, "doanh nghiệp")],
[D("Công văn", "86", "CĐKKT", "2018-09-20", "Công đoàn KKT", "Công văn số 86/CĐKKT ngày 20/9/2018"),
 D("Nghị quyết", "06b", "NQ-TLĐ", "2016-02-03", "Ban Chấp hành Tổng Liên đoàn", "Nghị quyết số 06b/NQ-TLĐ ngày 3/2/2016 của Ban Chấp hành Tổng Liên đoàn")],
[prov("Quảng Nam"), com("Tam Anh Nam"), com("Tam Hiệp")],
["Báo Quảng Nam", "Trang chủ › Xã hội › Lao động", "Ảnh: Đồng chí Lê Thị Hồng Vân phát biểu tại buổi giao ban.", "Tết sum vầy",
 "Mái ấm Công đoàn", "Khu kinh tế mở Chu Lai", "Lượt xem: 958"],
["2018-10-05 10:15", "quý III năm 2018", "quý III", "2 ngày", "quý IV", "năm 2018", "Lượt xem: 958", "9 tháng năm 2018"]))

PAGES.append(page("b2895-bariavungtau-doithoai-2019", """
Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu
Tin tức > Lao động - Việc làm > Quan hệ lao động
14 tháng 6, 2019 | 08:45
Đối thoại với 1.200 công nhân KCN Phú Mỹ: Nhiều kiến nghị về nhà trọ, đưa đón công nhân
Ông Trần Quang Lộc, Phó Chủ tịch UBND tỉnh trả lời kiến nghị của công nhân.
Tối 12/6, UBND tỉnh phối hợp với LĐLĐ tỉnh tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2019 tại thị xã Phú Mỹ, thu hút khoảng 1.200 công nhân đến từ 46 doanh nghiệp trong các KCN Phú Mỹ I, Phú Mỹ II, Mỹ Xuân A. Chủ trì đối thoại có ông Trần Quang Lộc, Phó Chủ tịch UBND tỉnh; ông Lê Hoàng Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh.
Tại chương trình, 31 công nhân đã trực tiếp nêu câu hỏi, tập trung vào các vấn đề: giá điện, nước tại nhà trọ cao hơn quy định; thiếu nhà trẻ cho con công nhân; tuyến đường vào KCN Mỹ Xuân A ngập nước; nhiều doanh nghiệp chưa trả lương làm thêm giờ đúng quy định. Chị Y Thương, công nhân Công ty TNHH Pou Hung, người Ba Na quê Kon Tum, đề nghị có chính sách hỗ trợ học phí cho con công nhân nhập cư.
Trả lời các kiến nghị, ông Trần Quang Lộc cho biết tỉnh đang triển khai Đề án số 06/ĐA-UBND về phát triển nhà ở cho công nhân giai đoạn 2019-2025, dự kiến xây dựng 3 khu nhà ở xã hội với khoảng 5.000 căn hộ; giao UBND thị xã Phú Mỹ kiểm tra giá điện, nước tại các khu nhà trọ ở phường Mỹ Xuân, phường Tân Phước trong tháng 7/2019. Tỉnh cũng chỉ đạo Sở Lao động - Thương binh và Xã hội thanh tra 12 doanh nghiệp có dấu hiệu vi phạm về thời giờ làm việc.
Ông Lê Hoàng Thanh cho biết, năm 2018 toàn tỉnh xảy ra 6 cuộc ngừng việc tập thể với hơn 4.500 công nhân tham gia; 5 tháng đầu năm 2019 xảy ra 2 cuộc. LĐLĐ tỉnh đã vận động xây dựng 117 "Mái ấm Công đoàn" và hỗ trợ 2.350 suất quà "Tết sum vầy" trong năm 2019, tổng kinh phí khoảng 3,8 tỷ đồng.
Dịp này, Ban tổ chức trao 100 suất quà, mỗi suất 1 triệu đồng cho công nhân có hoàn cảnh khó khăn; trao 20 suất học bổng cho con công nhân học giỏi.
Anh Kpă Thiên, công nhân Công ty CP Thép Pomina, người Jrai quê Gia Lai, nói sau buổi đối thoại: "Được lãnh đạo tỉnh nghe mình nói trực tiếp, anh em thấy được quan tâm".
Kết thúc chương trình, Ban tổ chức đã ghi nhận 54 ý kiến, kiến nghị, trong đó 38 ý kiến được trả lời trực tiếp; các ý kiến còn lại được chuyển đến sở, ngành liên quan trả lời bằng văn bản trước ngày 30/6/2019. Đây là năm thứ 5 liên tiếp tỉnh tổ chức đối thoại trực tiếp với công nhân lao động.
Minh Hải
Tin liên quan
- Ngày hội công nhân KCN Phú Mỹ năm 2019 (20/05/2019)
- Bà Rịa - Vũng Tàu: 95% doanh nghiệp đã trả lương đúng hạn (08/05/2019)
- LĐLĐ tỉnh khánh thành 10 "Mái ấm Công đoàn" (25/04/2019)
""", "2019-06-14", "Đối thoại với 1.200 công nhân KCN Phú Mỹ: Nhiều kiến nghị về nhà trọ, đưa đón công nhân",
E("doi_thoai", "2019", "2019-06-12"),
[P("Trần Quang Lộc", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Hoàng Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Y Thương", "công nhân Công ty TNHH Pou Hung"),
 P("Kpă Thiên", "công nhân Công ty CP Thép Pomina")],
[Q("khoảng 1.200 công nhân", 1200, "công nhân", "approx"), Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("31 công nhân", 31, "công nhân"),
 Q("3 khu nhà ở xã hội", 3, "khu nhà ở xã hội"), Q("khoảng 5.000 căn hộ", 5000, "căn hộ", "approx"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("6 cuộc ngừng việc tập thể", 6, "cuộc ngừng việc tập thể"), Q("hơn 4.500 công nhân", 4500, "công nhân", "over"), Q("2 cuộc", 2, "cuộc"),
 Q("117 \"Mái ấm Công đoàn\"", 117, "Mái ấm Công đoàn"), Q("2.350 suất quà", 2350, "suất quà"),
 Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng"),
 Q("54 ý kiến, kiến nghị", 54, "ý kiến, kiến nghị"), Q("38 ý kiến", 38, "ý kiến")],
[D("Đề án", "06", "ĐA-UBND", None, None, "Đề án số 06/ĐA-UBND")],
[prov("Bà Rịa - Vũng Tàu"), prov("Kon Tum"), prov("Gia Lai"), com("Mỹ Xuân"), com("Tân Phước")],
["Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu", "Tin tức > Lao động - Việc làm > Quan hệ lao động",
 "Ông Trần Quang Lộc, Phó Chủ tịch UBND tỉnh trả lời kiến nghị của công nhân.", "Mái ấm Công đoàn", "Tết sum vầy", "KCN Mỹ Xuân A"],
["14 tháng 6, 2019 | 08:45", "năm 2019", "giai đoạn 2019-2025", "tháng 7/2019", "năm 2018", "5 tháng đầu năm 2019", "KCN Phú Mỹ I", "30/6/2019", "năm thứ 5"]))

PAGES.append(page("b2896-daklak-maiamcongdoan-2019", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK
Trang chủ / Hoạt động công đoàn / Chăm lo đoàn viên
22/11/2019 07:30
Trao "Mái ấm Công đoàn" cho đoàn viên người Êđê ở buôn Ko Đung
Bà H'Hoa Byă (thứ hai từ trái) nhận tượng trưng "Mái ấm Công đoàn".
Ngày 20/11/2019, Liên đoàn Lao động tỉnh Đắk Lắk tổ chức lễ bàn giao "Mái ấm Công đoàn" cho gia đình bà H'Hoa Byă, công nhân Công ty TNHH MTV Cà phê Ea Pốk, ở buôn Ko Đung, xã Ea Tiêu. Dự buổi lễ có ông Y Ngông Niê, Phó Chủ tịch LĐLĐ tỉnh; ông Nguyễn Đức Lượng, Chủ tịch Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh; đại diện chính quyền xã Ea Tiêu.
Căn nhà được xây dựng trên diện tích 60 m2, tổng trị giá 85 triệu đồng, trong đó LĐLĐ tỉnh hỗ trợ 50 triệu đồng từ Quỹ Xã hội của tỉnh, Công ty hỗ trợ 20 triệu đồng, số còn lại do gia đình và anh em công nhân góp ngày công. Bà H'Hoa Byă có chồng mất sớm, một mình nuôi 3 con nhỏ, nhiều năm nay phải ở trong căn nhà gỗ tạm dột nát.
Phát biểu tại buổi lễ, ông Y Ngông Niê cho biết, năm 2019 LĐLĐ tỉnh được Tổng Liên đoàn Lao động Việt Nam phân bổ kinh phí xây dựng 15 "Mái ấm Công đoàn" tại các xã vùng đồng bào dân tộc thiểu số; đến nay đã bàn giao 11 căn, 4 căn còn lại sẽ hoàn thành trước ngày 31/12/2019. Thực hiện Quyết định số 1762/QĐ-TLĐ ngày 5/12/2018 của Đoàn Chủ tịch Tổng Liên đoàn về quy chế quản lý, sử dụng Quỹ xã hội, các cấp công đoàn đã xét chọn đúng đối tượng, công khai tại từng công đoàn cơ sở.
Từ năm 2010 đến nay, các cấp công đoàn trong tỉnh đã xây dựng và sửa chữa 286 "Mái ấm Công đoàn" với tổng kinh phí hơn 11 tỷ đồng, trong đó khoảng 40% dành cho đoàn viên là người dân tộc thiểu số. Công đoàn các công ty cà phê, cao su đã vận động hơn 3.600 đoàn viên đóng góp ngày công làm nhà.
Ông Ama Khiêm (Y Khiêm Êban), Chủ tịch Công đoàn cơ sở Công ty TNHH MTV Cà phê Ea Pốk, cho biết công ty có 742 công nhân, trong đó 318 người là đồng bào Êđê, M'nông. Công đoàn đang vận động công ty thực hiện nâng lương theo Nghị định 90/2019/NĐ-CP ngày 15/11/2019 của Chính phủ từ ngày 1/1/2020.
Cũng trong dịp này, LĐLĐ tỉnh trao 30 suất quà cho công nhân nghèo của công ty, mỗi suất trị giá 500.000 đồng. Các đồng chí Nay H'Bliêng, Bí thư Đảng ủy xã Ea Tiêu và Y Kông Mlô, Chủ tịch UBND xã Ea Tiêu cùng dự và chia vui với gia đình.
Theo thống kê, Đắk Lắk hiện có hơn 1.900 công đoàn cơ sở với trên 98.000 đoàn viên, trong đó khoảng 12.500 đoàn viên là người dân tộc thiểu số.
H'Dương
Lượt xem: 436
Tin khác
- Hội nghị tập huấn công tác nữ công năm 2019 (12/11/2019)
- Công đoàn ngành Giáo dục trao 5 "Mái ấm" (01/11/2019)
- Đắk Lắk: 2.400 đoàn viên được khám sức khỏe định kỳ (24/10/2019)
""", "2019-11-22", "Trao \"Mái ấm Công đoàn\" cho đoàn viên người Êđê ở buôn Ko Đung",
E("trao_qua", None, "2019-11-20"),
[P("H'Hoa Byă", "công nhân Công ty TNHH MTV Cà phê Ea Pốk"),
 P("Y Ngông Niê", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Đức Lượng", "Chủ tịch Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh"),
 P("Y Khiêm Êban", "Chủ tịch Công đoàn cơ sở Công ty TNHH MTV Cà phê Ea Pốk"),
 P("Nay H'Bliêng", "Bí thư Đảng ủy xã Ea Tiêu"),
 P("Y Kông Mlô", "Chủ tịch UBND xã Ea Tiêu")],
[Q("60 m2", 60, "m2"), Q("85 triệu đồng", 85000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("3 con nhỏ", 3, "con nhỏ"),
 Q("15 \"Mái ấm Công đoàn\"", 15, "Mái ấm Công đoàn"), Q("11 căn", 11, "căn"), Q("4 căn", 4, "căn"),
 Q("286 \"Mái ấm Công đoàn\"", 286, "Mái ấm Công đoàn"), Q("hơn 11 tỷ đồng", 11000000000, "đồng", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("hơn 3.600 đoàn viên", 3600, "đoàn viên", "over"), Q("742 công nhân", 742, "công nhân"), Q("318 người", 318, "người"),
 Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 1.900 công đoàn cơ sở", 1900, "công đoàn cơ sở", "over"), Q("trên 98.000 đoàn viên", 98000, "đoàn viên", "over"),
 Q("khoảng 12.500 đoàn viên", 12500, "đoàn viên", "approx")],
[D("Quyết định", "1762", "QĐ-TLĐ", "2018-12-05", "Đoàn Chủ tịch Tổng Liên đoàn", "Quyết định số 1762/QĐ-TLĐ ngày 5/12/2018 của Đoàn Chủ tịch Tổng Liên đoàn"),
 D("Nghị định", "90", "2019/NĐ-CP", "2019-11-15", "Chính phủ", "Nghị định 90/2019/NĐ-CP ngày 15/11/2019 của Chính phủ")],
[prov("Đắk Lắk"), com("Ea Tiêu")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK", "Trang chủ / Hoạt động công đoàn / Chăm lo đoàn viên",
 "Bà H'Hoa Byă (thứ hai từ trái) nhận tượng trưng \"Mái ấm Công đoàn\".", "Mái ấm Công đoàn", "buôn Ko Đung",
 "Quỹ Xã hội", "Lượt xem: 436"],
["22/11/2019 07:30", "năm 2019", "31/12/2019", "Từ năm 2010", "1/1/2020", "thứ hai từ trái", "Lượt xem: 436"]))
