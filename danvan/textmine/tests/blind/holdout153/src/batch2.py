from lib import *
PAGES = []

PAGES.append(page("b3635-haiphong-kcn-taphuan-2017", """
Công đoàn các Khu chế xuất và công nghiệp Hải Phòng
Trang chủ | Tin hoạt động | Đào tạo - Tập huấn
17/05/2017 - 10:05
Ảnh: Quang cảnh lớp tập huấn.
Nâng cao kỹ năng đối thoại cho cán bộ công đoàn cơ sở
Trong 2 ngày 15 và 16/5/2017, Công đoàn các Khu chế xuất và công nghiệp Hải Phòng tổ chức lớp tập huấn kỹ năng đối thoại, thương lượng tập thể năm 2017 cho 160 cán bộ công đoàn cơ sở các doanh nghiệp trong Khu công nghiệp Đình Vũ, Khu công nghiệp Tràng Duệ và Khu công nghiệp VSIP Hải Phòng.
Phát biểu khai mạc, bà Nguyễn Thị Thu Thủy, Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Hải Phòng, cho biết hiện công đoàn ngành có 294 công đoàn cơ sở với hơn 86.000 đoàn viên; năm 2016 xảy ra 11 cuộc ngừng việc tập thể, chủ yếu do doanh nghiệp chậm trả lương và không tổ chức đối thoại. Việc thực hiện Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc ở nhiều doanh nghiệp vẫn mang tính hình thức.
Tại lớp học, các học viên được ThS. Trần Văn Khải, giảng viên Trường Đại học Công đoàn, và ông Vi Văn Thịnh, Trưởng ban Quan hệ lao động LĐLĐ thành phố, hướng dẫn quy trình tổ chức đối thoại định kỳ 3 tháng một lần, cách thu thập ý kiến công nhân qua tổ công đoàn, kỹ năng thương lượng về tiền lương, tiền thưởng, bữa ăn ca. Học viên cũng được giới thiệu Hướng dẫn số 17/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam về đối thoại tại nơi làm việc.
Chị Sầm Thị Nhung, Chủ tịch Công đoàn Công ty TNHH Regina Miracle, chia sẻ sau khi công đoàn đề xuất tại hội nghị đối thoại, doanh nghiệp đã nâng giá trị bữa ăn ca từ 15.000 đồng lên 18.000 đồng/suất, áp dụng cho khoảng 9.000 công nhân. Anh Giàng A Páo, người Mông, tổ trưởng công đoàn phân xưởng may 3 cùng Công ty, kể về cách gom ý kiến của công nhân người dân tộc thiểu số ít nói tiếng Kinh.
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch; 12 học viên có kết quả xuất sắc được tặng giấy khen. Theo kế hoạch, năm 2017 Công đoàn các Khu chế xuất và công nghiệp Hải Phòng sẽ mở thêm 4 lớp tương tự tại huyện An Dương và huyện Thủy Nguyên, phấn đấu 80% công đoàn cơ sở chủ động đề xuất đối thoại với người sử dụng lao động.
Nhiều học viên mong muốn được tập huấn thêm về pháp luật bảo hiểm xã hội, kỹ năng nói trước đông người và cách xử lý khi công nhân tự phát ngừng việc, để cán bộ công đoàn cơ sở không bị động khi phát sinh tranh chấp tập thể tại thành phố Hải Phòng.
Hồng Nhung
Tin khác
- Khánh thành nhà trẻ cho con công nhân Khu công nghiệp Nomura (10/05/2017)
- Tháng Công nhân 2017: trao 500 suất quà cho đoàn viên khó khăn (05/05/2017)
- Công đoàn VSIP ký thỏa ước lao động tập thể nhóm doanh nghiệp (25/04/2017)
""", "2017-05-17", "Nâng cao kỹ năng đối thoại cho cán bộ công đoàn cơ sở",
E("tap_huan", "2017", "2017-05-15"),
[P("Nguyễn Thị Thu Thủy", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Hải Phòng"),
 P("Trần Văn Khải", "ThS.", "giảng viên Trường Đại học Công đoàn"),
 P("Vi Văn Thịnh", "Trưởng ban Quan hệ lao động LĐLĐ thành phố"),
 P("Sầm Thị Nhung", "Chủ tịch Công đoàn Công ty TNHH Regina Miracle"),
 P("Giàng A Páo", "tổ trưởng công đoàn phân xưởng may 3")],
[Q("160 cán bộ công đoàn cơ sở", 160, "cán bộ công đoàn cơ sở"), Q("294 công đoàn cơ sở", 294, "công đoàn cơ sở"),
 Q("hơn 86.000 đoàn viên", 86000, "đoàn viên", "over"), Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"),
 Q("15.000 đồng", 15000, "đồng"), Q("18.000 đồng", 18000, "đồng"), Q("khoảng 9.000 công nhân", 9000, "công nhân", "approx"),
 Q("12 học viên", 12, "học viên"), Q("4 lớp", 4, "lớp"), Q("80% công đoàn cơ sở", 80, "%")],
[D("Nghị định", "60", "2013/NĐ-CP", "2013-06-19", "Chính phủ", "Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ"),
 D("Hướng dẫn", "17", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 17/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam")],
[prov("Hải Phòng")],
["Công đoàn các Khu chế xuất và công nghiệp Hải Phòng", "Trang chủ | Tin hoạt động | Đào tạo - Tập huấn",
 "Ảnh: Quang cảnh lớp tập huấn.", "Bộ luật Lao động"],
["17/05/2017 - 10:05", "2 ngày", "năm 2017", "năm 2016", "khoản 3 Điều 63", "3 tháng một lần", "phân xưởng may 3"]))

PAGES.append(page("b3636-quangninh-vandon-ngudan-hoinghi-2018", """
HUYỆN VÂN ĐỒN - CỔNG THÔNG TIN ĐIỆN TỬ
Hôm nay: Thứ Tư, 16/05/2018
Trang chủ » Tin tức - Sự kiện » Kinh tế biển
Thứ Năm, 10/05/2018, 16:20
Ngư dân Quan Lạn "hiến kế" gỡ thẻ vàng IUU
Ngày 8/5/2018, UBND huyện Vân Đồn phối hợp với Chi cục Thủy sản tỉnh Quảng Ninh tổ chức hội nghị tuyên truyền, lấy ý kiến ngư dân về khắc phục "thẻ vàng" của Ủy ban châu Âu đối với thủy sản Việt Nam. Hơn 250 ngư dân, chủ tàu của các xã Quan Lạn, Minh Châu, Bản Sen, Thắng Lợi tham dự.
Ông Hoàng Văn Thành, HUV, Phó Chủ tịch UBND huyện chủ trì hội nghị. Toàn huyện hiện có 1.126 tàu cá, trong đó 94 tàu dài từ 15 m trở lên phải lắp thiết bị giám sát hành trình theo Luật Thủy sản năm 2017. Đến nay mới có 41 tàu lắp đặt, đạt khoảng 43,6%.
Ông Ngô Văn Hải, Chi cục trưởng Chi cục Thủy sản, phổ biến Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về một số nhiệm vụ, giải pháp cấp bách để khắc phục cảnh báo của Ủy ban châu Âu và Kế hoạch 90/KH-UBND của UBND tỉnh triển khai Chỉ thị. Mỗi thiết bị giám sát hành trình có giá từ 17 đến 25 triệu đồng; tỉnh hỗ trợ 50% chi phí, tối đa 10 triệu đồng/tàu.
Tại hội nghị, nhiều ngư dân thẳng thắn nêu khó khăn. Ông Tằng Văn Cẩu, người Sán Dìu, tổ trưởng tổ đoàn kết trên biển thôn Thái Hòa, xã Quan Lạn, cho biết tổ có 18 tàu thường đi bạn với nhau; ngư dân sẵn sàng lắp thiết bị nhưng cần được hướng dẫn cách sử dụng, nhất là những người lớn tuổi. Bà Lục Thị Sen, người Hoa, chủ tàu ở xã Minh Châu, đề nghị đơn giản thủ tục cấp giấy phép khai thác và có chính sách vay vốn ưu đãi để nâng cấp tàu.
Thay mặt Ban Dân vận Huyện ủy, bà Đỗ Thị Hương, Phó Trưởng Ban Dân vận Huyện ủy, cho biết sẽ phối hợp với Hội Nông dân, Đồn Biên phòng Quan Lạn tổ chức 12 buổi tuyên truyền tại các thôn ven biển; vận động 100% chủ tàu ký cam kết không vi phạm vùng biển nước ngoài.
Kết luận hội nghị, ông Hoàng Văn Thành giao các xã rà soát danh sách tàu cá, hoàn thành việc lắp thiết bị trước ngày 30/9/2018; đồng thời đề nghị ngành thủy sản tỉnh Quảng Ninh mở lớp hướng dẫn ghi nhật ký khai thác ngay tại xã đảo.
Theo Chi cục Thủy sản, thời gian qua một số tàu cá của ngư dân địa phương đã bị lực lượng chức năng nhắc nhở vì chưa ghi đầy đủ nhật ký, báo cáo khai thác. Việc tuyên truyền trực tiếp tại cảng cá, bến neo đậu và qua hệ thống loa truyền thanh thôn được đánh giá là cách làm hiệu quả, phù hợp với đặc điểm ngư dân ven biển.
Kim Oanh - Trung tâm Truyền thông huyện
Số người truy cập: 1.845.302
Bài viết liên quan
- Vân Đồn: ra quân kiểm soát tàu cá ra vào cảng (02/05/2018)
- Ngư dân Cô Tô được tặng 300 lá cờ Tổ quốc (20/04/2018)
- Nâng cao hiệu quả hoạt động của tổ đoàn kết trên biển (11/04/2018)
""", "2018-05-10", 'Ngư dân Quan Lạn "hiến kế" gỡ thẻ vàng IUU',
E("hoi_nghi", None, "2018-05-08"),
[P("Hoàng Văn Thành", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Ngô Văn Hải", "Chi cục trưởng Chi cục Thủy sản"),
 P("Tằng Văn Cẩu", "tổ trưởng tổ đoàn kết trên biển thôn Thái Hòa"),
 P("Lục Thị Sen", "chủ tàu"),
 P("Đỗ Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("Hơn 250 ngư dân, chủ tàu", 250, "ngư dân, chủ tàu", "over"), Q("1.126 tàu cá", 1126, "tàu cá"),
 Q("94 tàu dài từ 15 m trở lên", 94, "tàu"), Q("15 m trở lên", 15, "m", "over"), Q("41 tàu", 41, "tàu"),
 Q("khoảng 43,6%", 43.6, "%", "approx"), Q("17 đến 25 triệu đồng", 17000000, "đồng"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("50%", 50, "%"), Q("tối đa 10 triệu đồng", 10000000, "đồng"), Q("18 tàu", 18, "tàu"),
 Q("12 buổi tuyên truyền", 12, "buổi tuyên truyền"), Q("100% chủ tàu", 100, "%")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "90", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 90/KH-UBND của UBND tỉnh")],
[prov("Quảng Ninh"), com("Quan Lạn"), com("Minh Châu"), com("Bản Sen"), com("Thắng Lợi")],
["HUYỆN VÂN ĐỒN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức - Sự kiện » Kinh tế biển", "Hôm nay: Thứ Tư, 16/05/2018",
 "Luật Thủy sản năm 2017", "Số người truy cập: 1.845.302", "Kim Oanh - Trung tâm Truyền thông huyện", "thẻ vàng"],
["Hôm nay: Thứ Tư, 16/05/2018", "Thứ Năm, 10/05/2018, 16:20", "Số người truy cập: 1.845.302", "năm 2017"]))

PAGES.append(page("b3637-haiphong-ldld-baocao-thang9-2019", """
LĐLĐ TP HẢI PHÒNG
Trang chủ :: Tình hình công nhân lao động
Thứ Hai, 07/10/2019 - 08:40
Tình hình công nhân, viên chức, lao động tháng 9/2019
Liên đoàn Lao động thành phố Hải Phòng báo cáo tình hình công nhân, viên chức, lao động và hoạt động công đoàn tháng 9/2019 như sau:
1. Tình hình việc làm, đời sống
Trong tháng, tình hình công nhân lao động trên địa bàn cơ bản ổn định. Thu nhập bình quân của người lao động trong các doanh nghiệp khu công nghiệp khoảng 7,2 triệu đồng/người/tháng; riêng ngành dệt may, da giày khoảng 6,5 triệu đồng. Có 3 doanh nghiệp nợ bảo hiểm xã hội trên 6 tháng với số tiền hơn 4,3 tỷ đồng, ảnh hưởng đến quyền lợi của 1.270 người lao động.
Trên địa bàn xảy ra 2 cuộc ngừng việc tập thể tại Công ty TNHH Giày Chung Jye (phường Hùng Vương) và Công ty TNHH May Việt Hàn (xã An Hồng) với tổng số 1.850 người tham gia. Nguyên nhân chủ yếu do doanh nghiệp thay đổi định mức lao động, cắt giảm phụ cấp chuyên cần. Sau khi LĐLĐ thành phố phối hợp với Sở Lao động - Thương binh và Xã hội đối thoại, cả 2 vụ đã được giải quyết, công nhân trở lại làm việc.
2. Hoạt động công đoàn
Thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo đối với việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới, LĐLĐ thành phố đã xây dựng Kế hoạch số 186/KH-LĐLĐ tổ chức học tập, quán triệt cho cán bộ công đoàn chủ chốt. Trong tháng, các cấp công đoàn kết nạp 1.436 đoàn viên mới, thành lập 9 công đoàn cơ sở.
Đồng chí Nguyễn Đức Tòng, Chủ tịch LĐLĐ thành phố, và đồng chí Bùi Thị Khuyên, Phó Chủ tịch LĐLĐ thành phố, đã đi kiểm tra khu nhà trọ công nhân tại xã Lê Lợi và xã Tân Dương. Qua khảo sát 120 phòng trọ, có khoảng 30% phòng chưa bảo đảm phòng cháy chữa cháy. LĐLĐ thành phố đã có Công văn số 512/LĐLĐ-CSPL đề nghị UBND huyện An Dương, Thủy Nguyên chỉ đạo kiểm tra.
Chương trình "Nhà trọ công nhân văn minh" đã công nhận thêm 15 nhà trọ đạt chuẩn, nâng tổng số lên 204 nhà trọ. Quỹ "Trợ vốn công nhân nghèo" giải ngân cho 48 đoàn viên vay với tổng số tiền 960 triệu đồng.
3. Dự báo tình hình tháng 10/2019
Cuối năm, các doanh nghiệp tăng ca để kịp đơn hàng, nguy cơ vi phạm thời giờ làm việc, tai nạn lao động tăng. Một số doanh nghiệp có vốn đầu tư nước ngoài có thể chậm công bố tiền thưởng Tết, tiềm ẩn tranh chấp lao động tập thể.
4. Kiến nghị
Đề nghị UBND thành phố chỉ đạo xử lý dứt điểm các doanh nghiệp nợ bảo hiểm xã hội kéo dài; sớm khởi công dự án nhà ở xã hội cho công nhân tại Khu công nghiệp Tràng Duệ với quy mô 2.000 căn hộ.
Ban Chính sách - Pháp luật
Tin cùng chuyên mục
- Tình hình công nhân lao động tháng 8/2019 (06/09/2019)
- Hội nghị Ban Chấp hành LĐLĐ thành phố lần thứ 6 (25/09/2019)
- Trao 200 suất quà Trung thu cho con công nhân (12/09/2019)
""", "2019-10-07", "Tình hình công nhân, viên chức, lao động tháng 9/2019",
E("bao_cao", "2019-09", None),
[P("Nguyễn Đức Tòng", "Chủ tịch LĐLĐ thành phố"), P("Bùi Thị Khuyên", "Phó Chủ tịch LĐLĐ thành phố")],
[Q("khoảng 7,2 triệu đồng", 7200000, "đồng", "approx"), Q("khoảng 6,5 triệu đồng", 6500000, "đồng", "approx"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("1.270 người lao động", 1270, "người lao động"), Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"),
 Q("1.850 người", 1850, "người"), Q("1.436 đoàn viên mới", 1436, "đoàn viên mới"), Q("9 công đoàn cơ sở", 9, "công đoàn cơ sở"),
 Q("120 phòng trọ", 120, "phòng trọ"), Q("khoảng 30%", 30, "%", "approx"), Q("15 nhà trọ", 15, "nhà trọ"),
 Q("204 nhà trọ", 204, "nhà trọ"), Q("48 đoàn viên", 48, "đoàn viên"), Q("960 triệu đồng", 960000000, "đồng"),
 Q("2.000 căn hộ", 2000, "căn hộ")],
[D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư"),
 D("Kế hoạch", "186", "KH-LĐLĐ", None, "LĐLĐ thành phố", "Kế hoạch số 186/KH-LĐLĐ"),
 D("Công văn", "512", "LĐLĐ-CSPL", None, "LĐLĐ thành phố", "Công văn số 512/LĐLĐ-CSPL")],
[prov("Hải Phòng"), com("Hùng Vương"), com("An Hồng"), com("Lê Lợi"), com("Tân Dương")],
["LĐLĐ TP HẢI PHÒNG", "Trang chủ :: Tình hình công nhân lao động", "Nhà trọ công nhân văn minh", "Trợ vốn công nhân nghèo",
 "Ban Chính sách - Pháp luật"],
["Thứ Hai, 07/10/2019 - 08:40", "tháng 9/2019", "tháng 10/2019", "trên 6 tháng", "cả 2 vụ", "1. Tình hình việc làm, đời sống",
 "2. Hoạt động công đoàn"]))

PAGES.append(page("b3638-quangninh-vangdanh-doithoai-2020", """
Công ty CP Than Vàng Danh - Vinacomin
Giới thiệu | Tin tức | Đời sống công nhân | Liên hệ
Ngày 18/06/2020 | 16:20
Đồng chí Giám đốc Công ty trả lời ý kiến công nhân.
Than Vàng Danh: Đối thoại thẳng thắn, tháo gỡ kịp thời
Chiều 16/6, Công ty CP Than Vàng Danh - Vinacomin tổ chức hội nghị đối thoại định kỳ giữa người sử dụng lao động và người lao động năm 2020. Chủ trì hội nghị có đồng chí Trương Quang Lộc, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty; đồng chí Hà Văn Dũng, Giám đốc Công ty và đồng chí Ngô Thị Lụa, Chủ tịch Công đoàn Công ty. Tham dự có 86 đại diện tập thể người lao động đến từ 32 công trường, phân xưởng.
Do ảnh hưởng của dịch Covid-19, 5 tháng đầu năm 2020 than tiêu thụ chậm, tồn kho hơn 300.000 tấn. Tuy vậy, Công ty vẫn bảo đảm việc làm cho 5.140 người lao động; tiền lương bình quân đạt 13,6 triệu đồng/người/tháng, riêng thợ lò đạt trên 18 triệu đồng. Công ty đã chi gần 1,1 tỷ đồng mua khẩu trang, nước sát khuẩn, đo thân nhiệt cho công nhân tại các cửa lò.
Tại hội nghị, có 27 ý kiến được nêu trực tiếp. Anh Đinh Công Tuấn, người Mường, thợ lò Phân xưởng Khai thác 8, đề nghị tăng số chuyến xe đưa đón công nhân ở phường Vàng Danh và phường Nam Khê sau ca ba. Chị Mông Thị Thu, người Tày, công nhân tuyển than Phân xưởng Sàng, đề nghị cải thiện nhà tắm giặt, bổ sung tủ đựng quần áo bảo hộ. Anh Phùng Văn Hải, Tổ trưởng Tổ khai thác lò chợ, kiến nghị nâng mức ăn ca từ 45.000 đồng lên 50.000 đồng.
Trả lời công nhân, đồng chí Hà Văn Dũng cho biết Công ty đồng ý tăng 4 chuyến xe từ tháng 7/2020, nâng mức ăn ca lên 50.000 đồng/suất; dành khoảng 2,5 tỷ đồng cải tạo 3 nhà tắm giặt. Các nội dung vượt thẩm quyền sẽ được báo cáo Tập đoàn theo Quy chế đối thoại ban hành kèm theo Quyết định số 1150/QĐ-VVD ngày 25/5/2020 của Giám đốc Công ty.
Đồng chí Ngô Thị Lụa cho biết, thực hiện Nghị định 149/2018/NĐ-CP của Chính phủ về thực hiện dân chủ ở cơ sở tại nơi làm việc, Công đoàn Công ty đã tổ chức lấy ý kiến công nhân trước hội nghị qua 210 tổ công đoàn; 100% kiến nghị được trả lời công khai trên bảng tin và hệ thống truyền thanh nội bộ.
Kết thúc hội nghị, công nhân đánh giá cao tinh thần cầu thị của lãnh đạo Công ty. Nhiều ý kiến mong muốn hình thức đối thoại được duy trì thường xuyên ở cấp phân xưởng, để những vướng mắc nhỏ được giải quyết ngay tại cơ sở, không phải chờ đến hội nghị định kỳ.
Thùy Linh (Văn phòng Công đoàn Công ty)
Tin cùng chuyên mục
- Công đoàn Than Vàng Danh trao 5 Mái ấm Công đoàn (05/06/2020)
- Thợ lò Vàng Danh chung tay phòng, chống dịch Covid-19 (20/04/2020)
- Khám sức khỏe định kỳ cho người lao động năm 2020 (02/04/2020)
""", "2020-06-18", "Than Vàng Danh: Đối thoại thẳng thắn, tháo gỡ kịp thời",
E("doi_thoai", "2020", "2020-06-16"),
[P("Trương Quang Lộc", "Bí thư Đảng ủy", "Chủ tịch HĐQT Công ty"),
 P("Hà Văn Dũng", "Giám đốc Công ty"), P("Ngô Thị Lụa", "Chủ tịch Công đoàn Công ty"),
 P("Đinh Công Tuấn", "thợ lò Phân xưởng Khai thác 8"),
 P("Mông Thị Thu", "công nhân tuyển than Phân xưởng Sàng"),
 P("Phùng Văn Hải", "Tổ trưởng Tổ khai thác lò chợ")],
[Q("86 đại diện tập thể người lao động", 86, "đại diện tập thể người lao động"), Q("32 công trường, phân xưởng", 32, "công trường, phân xưởng"),
 Q("hơn 300.000 tấn", 300000, "tấn", "over"), Q("5.140 người lao động", 5140, "người lao động"),
 Q("13,6 triệu đồng", 13600000, "đồng"), Q("trên 18 triệu đồng", 18000000, "đồng", "over"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("27 ý kiến", 27, "ý kiến"),
 Q("45.000 đồng", 45000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("4 chuyến xe", 4, "chuyến xe"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("3 nhà tắm giặt", 3, "nhà tắm giặt"),
 Q("210 tổ công đoàn", 210, "tổ công đoàn"), Q("100% kiến nghị", 100, "%")],
[D("Quyết định", "1150", "QĐ-VVD", "2020-05-25", "Giám đốc Công ty", "Quyết định số 1150/QĐ-VVD ngày 25/5/2020 của Giám đốc Công ty"),
 D("Nghị định", "149", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 149/2018/NĐ-CP của Chính phủ")],
[com("Vàng Danh"), com("Nam Khê")],
["Công ty CP Than Vàng Danh - Vinacomin", "Giới thiệu | Tin tức | Đời sống công nhân | Liên hệ",
 "Đồng chí Giám đốc Công ty trả lời ý kiến công nhân.", "Quy chế đối thoại", "Thùy Linh (Văn phòng Công đoàn Công ty)"],
["Ngày 18/06/2020 | 16:20", "năm 2020", "5 tháng đầu năm 2020", "Covid-19", "tháng 7/2020", "ca ba", "Khai thác 8"]))

PAGES.append(page("b3639-haiphong-bdv-giaoban-q3-2021", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
You are here: Trang chủ > Hoạt động > Dân vận các cấp
T6, 08/10/2021 - 11:15
Giao ban khối dân vận quý III: giữ ổn định tư tưởng công nhân trong dịch bệnh
Ngày 6/10/2021, Ban Dân vận Thành ủy Hải Phòng tổ chức giao ban công tác dân vận quý III năm 2021 theo hình thức trực tuyến đến 15 điểm cầu quận, huyện. Đồng chí Lê Mạnh Cường, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Phạm Thị Nga, Vũ Quốc Đạt.
Quý III, dịch Covid-19 bùng phát tại nhiều tỉnh, thành; Hải Phòng có 37 doanh nghiệp thực hiện phương án "3 tại chỗ" với hơn 21.000 công nhân ăn, nghỉ tại nhà máy. Khối dân vận đã phối hợp với công đoàn vận động 1.240 tấn lương thực, thực phẩm hỗ trợ công nhân khó khăn; thành phố chi trả hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ cho hơn 48.000 lượt lao động với tổng kinh phí khoảng 86,5 tỷ đồng.
Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 152, 153-KH/TU về tăng cường công tác dân vận trong doanh nghiệp và về vận động ngư dân tuân thủ quy định phòng dịch trên biển. Ở đặc thù vùng biển, Ban Dân vận Huyện ủy Bạch Long Vĩ đã vận động 100% chủ tàu cam kết không đưa người lạ lên đảo.
Tại hội nghị, đồng chí Hoàng Văn Nhất, HUV, Trưởng Ban Dân vận Huyện ủy Thủy Nguyên, cho biết huyện đã rà soát 4.600 lao động thuê trọ, hỗ trợ 2.300 suất quà cho công nhân mất việc ở xã Lập Lễ và xã Tam Hưng. Bà Đinh Thị Yến, Trưởng ban Dân vận Quận ủy Lê Chân, đề nghị có cơ chế phối hợp với chủ nhà trọ trong nắm tình hình công nhân ngoại tỉnh.
Kết luận giao ban, đồng chí Lê Mạnh Cường yêu cầu quý IV tập trung thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, Chỉ thị 37-CT/TW về quan hệ lao động; nắm chắc tư tưởng công nhân khi các doanh nghiệp khôi phục sản xuất; chuẩn bị tổng kết công tác dân vận năm 2021.
Phong trào thi đua "Dân vận khéo" năm 2021 đã có 265 mô hình đăng ký, trong đó 41 mô hình cấp thành phố. Hội nghị cũng thống nhất tổ chức đợt cao điểm tuyên truyền tiêm vắc xin cho công nhân các khu công nghiệp trong tháng 10.
Các đại biểu cũng trao đổi kinh nghiệm tổ chức "bếp ăn nghĩa tình" cho công nhân ở trọ, lập nhóm Zalo giữa cán bộ dân vận phường, xã với chủ nhà trọ để kịp thời nắm bắt hoàn cảnh người lao động bị cách ly.
Văn phòng Ban
Tin liên quan
- Hải Phòng: trao 1.000 suất quà cho công nhân khó khăn do dịch (28/09/2021)
- Dân vận khéo trong thực hiện "3 tại chỗ" tại Khu công nghiệp Đình Vũ (15/09/2021)
- Giao ban khối dân vận quý II năm 2021 (06/07/2021)
""", "2021-10-08", "Giao ban khối dân vận quý III: giữ ổn định tư tưởng công nhân trong dịch bệnh",
E("giao_ban", "2021-Q3", "2021-10-06"),
[P("Lê Mạnh Cường", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Thị Nga", "Phó Trưởng Ban Dân vận Thành ủy"), P("Vũ Quốc Đạt", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Hoàng Văn Nhất", "HUV", "Trưởng Ban Dân vận Huyện ủy Thủy Nguyên"),
 P("Đinh Thị Yến", "Trưởng ban Dân vận Quận ủy Lê Chân")],
[Q("15 điểm cầu quận, huyện", 15, "điểm cầu quận, huyện"), Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("hơn 21.000 công nhân", 21000, "công nhân", "over"), Q("1.240 tấn", 1240, "tấn"),
 Q("hơn 48.000 lượt lao động", 48000, "lượt lao động", "over"), Q("khoảng 86,5 tỷ đồng", 86500000000, "đồng", "approx"),
 Q("100% chủ tàu", 100, "%"), Q("4.600 lao động", 4600, "lao động"), Q("2.300 suất quà", 2300, "suất quà"),
 Q("265 mô hình", 265, "mô hình"), Q("41 mô hình cấp thành phố", 41, "mô hình cấp thành phố")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ"),
 D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 152, 153-KH/TU"),
 D("Kế hoạch", "153", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 152, 153-KH/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị 37-CT/TW")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Tam Hưng")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "You are here: Trang chủ > Hoạt động > Dân vận các cấp", "3 tại chỗ", "Dân vận khéo",
 "bếp ăn nghĩa tình", "Văn phòng Ban"],
["T6, 08/10/2021 - 11:15", "quý III năm 2021", "quý IV", "Covid-19", "3 tại chỗ", "năm 2021", "tháng 10"]))

PAGES.append(page("b3640-quangninh-campha-thomo-chandung-2021", """
Báo Quảng Ninh
Thời sự › Người tốt việc tốt
Cập nhật lúc 07:30 ngày 27/12/2021
Ảnh: Anh Bàn Tiến Dũng (thứ hai từ trái) cùng đồng đội trong lò chợ.
Người thợ lò Dao đỏ giữ "lửa" ở mỏ Khe Chàm
Gần 15 năm gắn bó với hầm lò, anh Bàn Tiến Dũng, người Dao đỏ ở xã Đồn Đạc, huyện Ba Chẽ, nay là Tổ trưởng Tổ khai thác số 5 Phân xưởng Khai thác 3 Công ty Than Khe Chàm, được đồng nghiệp gọi vui là "ông đồ lò chợ" vì chăm học, chịu khó truyền nghề.
Năm 2007, tốt nghiệp Trường Cao đẳng Than - Khoáng sản Việt Nam, anh Dũng xuống núi vào lò. Hồi ấy cả phân xưởng chỉ có 3 công nhân người dân tộc thiểu số, nay con số đã là 46 người, phần lớn do anh giới thiệu về học nghề. Tổ của anh gồm 38 thợ lò, nhiều năm liền vượt kế hoạch; năm 2021 khai thác hơn 112.000 tấn than, vượt 8% kế hoạch, không để xảy ra sự cố mất an toàn.
Thu nhập của thợ lò trong tổ bình quân khoảng 22 triệu đồng/tháng. Với đồng lương ấy, anh Dũng đã xây được nhà ở phường Mông Dương, nuôi 2 con ăn học và hằng tháng gửi tiền về giúp bố mẹ ở quê. Anh cùng tổ quyên góp được 27 triệu đồng giúp 5 gia đình đồng nghiệp bị ảnh hưởng bởi dịch Covid-19.
Anh Dũng có 4 sáng kiến cải tiến kỹ thuật được Công ty công nhận, giúp làm lợi gần 1,6 tỷ đồng. Năm 2020, anh được Thủ tướng Chính phủ tặng Bằng khen theo Quyết định số 1847/QĐ-TTg và được kết nạp vào Đảng.
Ông Tô Văn Hùng, Chủ tịch Công đoàn Công ty Than Khe Chàm, nhận xét: "Dũng là người thợ giỏi, lại biết nói để anh em người Dao, người Tày, người Sán Chỉ mới vào nghề yên tâm. Nhiều em trước định bỏ về quê, được Dũng động viên đã ở lại". Bà Chíu Thị Mai, Phó Chủ tịch UBND xã Đồn Đạc, cho biết nhờ tấm gương của anh, nhiều thanh niên trong xã đã đăng ký học nghề mỏ, có việc làm ổn định.
Điều anh Dũng trăn trở nhất là nhà ở cho thợ lò trẻ. "Nhiều em phải ở ghép 6 người một phòng tập thể. Mình mong Công ty, công đoàn sớm có khu nhà ở riêng để anh em lập gia đình yên tâm bám mỏ", anh chia sẻ.
Ngoài giờ làm, anh Dũng còn tham gia đội văn nghệ của Công đoàn Phân xưởng, dạy hát then, hát páo dung cho các cháu thiếu nhi trong khu tập thể. Mỗi dịp Tết nhảy của người Dao, anh lại tổ chức cho anh em người dân tộc thiểu số ở lại mỏ gói bánh, quây quần bên nhau để vơi nỗi nhớ nhà, để ai cũng thấy mỏ là nhà thứ hai của mình.
Năm nay, anh được Công đoàn Than - Khoáng sản Việt Nam tặng danh hiệu "Thợ mỏ giỏi" và là một trong những công nhân tiêu biểu của tỉnh Quảng Ninh được tuyên dương trong Tháng Công nhân.
Trung Kiên
Tin khác
- Cẩm Phả: 1.000 thợ mỏ được khám bệnh nghề nghiệp (20/12/2021)
- Than Cao Sơn trao nhà tình nghĩa cho công nhân (14/12/2021)
- Thợ mỏ vùng Cẩm Phả hướng về miền Trung (05/12/2021)
""", "2021-12-27", 'Người thợ lò Dao đỏ giữ "lửa" ở mỏ Khe Chàm',
E("khac", None, None),
[P("Bàn Tiến Dũng", "Tổ trưởng Tổ khai thác số 5 Phân xưởng Khai thác 3 Công ty Than Khe Chàm"),
 P("Tô Văn Hùng", "Chủ tịch Công đoàn Công ty Than Khe Chàm"),
 P("Chíu Thị Mai", "Phó Chủ tịch UBND xã Đồn Đạc")],
[Q("3 công nhân người dân tộc thiểu số", 3, "công nhân người dân tộc thiểu số"), Q("46 người", 46, "người"),
 Q("38 thợ lò", 38, "thợ lò"), Q("hơn 112.000 tấn", 112000, "tấn", "over"), Q("8%", 8, "%"),
 Q("khoảng 22 triệu đồng", 22000000, "đồng", "approx"), Q("2 con", 2, "con"), Q("27 triệu đồng", 27000000, "đồng"),
 Q("5 gia đình đồng nghiệp", 5, "gia đình đồng nghiệp"), Q("4 sáng kiến cải tiến kỹ thuật", 4, "sáng kiến cải tiến kỹ thuật"),
 Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("6 người", 6, "người")],
[D("Quyết định", "1847", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg")],
[prov("Quảng Ninh"), com("Đồn Đạc"), com("Mông Dương")],
["Báo Quảng Ninh", "Thời sự › Người tốt việc tốt", "Ảnh: Anh Bàn Tiến Dũng (thứ hai từ trái) cùng đồng đội trong lò chợ.",
 "ông đồ lò chợ", "Thợ mỏ giỏi", "Trường Cao đẳng Than - Khoáng sản Việt Nam", "Tháng Công nhân"],
["Cập nhật lúc 07:30 ngày 27/12/2021", "Gần 15 năm", "Năm 2007", "năm 2021", "Năm 2020", "Covid-19", "thứ hai", "số 5", "Khai thác 3"]))
