from lib import *
PAGES = []

PAGES.append(page("b9011-thanhhoa-ldld-kyketthoauoc-2017", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự / Lao động - Công đoàn
Ngày đăng 22/09/2017 | 16:20
Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành may
Sáng 21/9, Liên đoàn Lao động (LĐLĐ) tỉnh Thanh Hóa phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành may năm 2017. Đây là bản thỏa ước nhóm đầu tiên của tỉnh, có 7 doanh nghiệp tham gia với hơn 12.500 lao động.
Đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh và ông Trần Quốc Hưng, Phó Chủ tịch Hiệp hội Dệt may tỉnh, Tổng Giám đốc Công ty CP May Hà Trung Xanh thay mặt hai bên ký thỏa ước.
Các đại biểu ký kết thỏa ước lao động tập thể nhóm. Ảnh: Lê Hợi
Theo bà Nguyễn Thị Lan Phương, điều phối viên dự án của Tổ chức Lao động Quốc tế (ILO) tại Việt Nam, quá trình thương lượng kéo dài 5 tháng với 4 phiên chính thức. Từ Kế hoạch số 145/KH-LĐLĐ ngày 20/3/2017 của LĐLĐ tỉnh, công đoàn đã khảo sát ý kiến hơn 2.000 công nhân, tổng hợp được 9 nhóm nội dung người lao động quan tâm nhất.
Thỏa ước quy định: lương trả cho người lao động làm công việc giản đơn cao hơn mức lương tối thiểu vùng theo Nghị định số 153/2016/NĐ-CP ngày 14/11/2016 của Chính phủ ít nhất 7%; tiền ăn giữa ca không thấp hơn 18.000 đồng/bữa; thưởng Tết tối thiểu 1,5 triệu đồng/người; hỗ trợ lao động nữ nuôi con nhỏ 100.000 đồng/tháng/cháu; mỗi năm tổ chức đối thoại định kỳ ít nhất 2 lần.
Ông Nguyễn Đức Thuận, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, đánh giá thỏa ước nhóm giúp giảm cạnh tranh không lành mạnh về tiền lương giữa các doanh nghiệp cùng ngành, hạn chế tình trạng công nhân "nhảy việc" và nguy cơ ngừng việc tập thể. Năm 2016, ngành may của tỉnh xảy ra 6 cuộc ngừng việc tập thể, chủ yếu đòi tăng tiền ăn ca và thưởng cuối năm.
Chị Lê Thị Hồng, công nhân tổ may số 5, Công ty TNHH May mặc Sakura Thọ Xuân, xã Xuân Lai, chia sẻ: "Trước đây mỗi công ty một kiểu, giờ có thỏa ước chung, chúng tôi yên tâm hơn vì biết rõ quyền lợi của mình".
Các doanh nghiệp tham gia gồm Công ty CP May Hà Trung Xanh (thị trấn Hà Trung), Công ty TNHH May mặc Sakura Thọ Xuân, Công ty TNHH May Phú An và 4 doanh nghiệp khác tại các huyện Yên Định, Thiệu Hóa, Hậu Lộc. LĐLĐ tỉnh cho biết sẽ mở rộng mô hình sang nhóm doanh nghiệp da giày trong năm 2018.
Quốc Hương
Tin liên quan
- Bỉm Sơn: ngừng việc tại Công ty TNHH Giày Việt Tiến Phát được giải quyết (12/09/2017)
- Hơn 600 cán bộ công đoàn được tập huấn kỹ năng thương lượng (30/08/2017)
- Khánh thành nhà văn hóa công nhân KCN Lễ Môn (18/08/2017)
""", "2017-09-22", "Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành may",
E("hoi_nghi", "2017", "2017-09-21"),
[P("Lê Văn Bình", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Quốc Hưng", "Phó Chủ tịch Hiệp hội Dệt may tỉnh", "Tổng Giám đốc Công ty CP May Hà Trung Xanh"),
 P("Nguyễn Thị Lan Phương", "điều phối viên dự án của Tổ chức Lao động Quốc tế (ILO) tại Việt Nam"),
 P("Nguyễn Đức Thuận", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lê Thị Hồng", "công nhân tổ may số 5", "Công ty TNHH May mặc Sakura Thọ Xuân")],
[Q("7 doanh nghiệp", 7, "doanh nghiệp"), Q("hơn 12.500 lao động", 12500, "lao động", "over"),
 Q("4 phiên chính thức", 4, "phiên chính thức"), Q("hơn 2.000 công nhân", 2000, "công nhân", "over"),
 Q("9 nhóm nội dung", 9, "nhóm nội dung"), Q("ít nhất 7%", 7, "%", "over"), Q("18.000 đồng", 18000, "đồng"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("6 cuộc ngừng việc tập thể", 6, "cuộc ngừng việc tập thể"), Q("4 doanh nghiệp", 4, "doanh nghiệp")],
[D("Kế hoạch", "145", "KH-LĐLĐ", "2017-03-20", "LĐLĐ tỉnh", "Kế hoạch số 145/KH-LĐLĐ ngày 20/3/2017"),
 D("Nghị định", "153", "2016/NĐ-CP", "2016-11-14", "Chính phủ", "Nghị định số 153/2016/NĐ-CP ngày 14/11/2016")],
[prov("Thanh Hóa"), com("Xuân Lai"), com("Hà Trung")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự / Lao động - Công đoàn",
 "Các đại biểu ký kết thỏa ước lao động tập thể nhóm. Ảnh: Lê Hợi", "Công ty CP May Hà Trung Xanh",
 "Công ty TNHH May mặc Sakura Thọ Xuân", "Công ty TNHH May Phú An", "Tổ chức Lao động Quốc tế (ILO)", "Hiệp hội Dệt may tỉnh"],
["Ngày đăng 22/09/2017 | 16:20", "5 tháng", "tổ may số 5", "2 lần", "Năm 2016", "năm 2018"]))

PAGES.append(page("b9012-nghean-congdoankkt-giaoban-2018", """
Báo Nghệ An điện tử
Vị trí: Trang chủ > Thời sự > Lao động
Thứ Sáu, 05/10/2018, 10:30
Công đoàn Khu kinh tế Đông Nam nắm chắc tình hình công nhân
(Baonghean.vn) - Chiều 4/10, Công đoàn Khu kinh tế Đông Nam tổ chức giao ban công tác quý III/2018 với chủ tịch công đoàn của 45 công đoàn cơ sở tại các KCN Nam Cấm, Bắc Vinh, Hoàng Mai và VSIP Nghệ An. Dự có Phó Chủ tịch LĐLĐ tỉnh Hoàng Thị Thu Trang.
Chủ tịch Công đoàn Khu kinh tế Đông Nam Nguyễn Văn Hào cho biết, các doanh nghiệp trong khu kinh tế và các KCN hiện sử dụng hơn 26.000 lao động; 84% số công đoàn cơ sở đã ký thỏa ước lao động tập thể. Trong quý III, xảy ra 2 cuộc ngừng việc tập thể. Vụ lớn nhất tại Công ty TNHH May Hoàng Thịnh (KCN Nam Cấm, xã Nghi Long) ngày 12/9, với khoảng 1.300 công nhân ngừng việc do công ty thay đổi cách tính lương sản phẩm mà không trao đổi với công đoàn.
Ngay trong ngày, Công đoàn Khu kinh tế phối hợp Ban Quản lý Khu kinh tế Đông Nam, UBND xã Nghi Long đến doanh nghiệp, tổ chức đối thoại với đại diện công nhân các chuyền may. Sau khi nghe công đoàn phân tích, đối chiếu bảng lương cũ và mới, công ty đã giữ nguyên đơn giá cũ, truy trả cho công nhân phần chênh lệch hơn 320 triệu đồng; ông Chen Wei Ming, Phó Tổng Giám đốc Công ty TNHH May Hoàng Thịnh, cam kết mọi thay đổi về tiền lương sẽ được đưa ra thương lượng với công đoàn theo Hướng dẫn số 1234/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam.
Vụ còn lại xảy ra tại Công ty TNHH Điện tử Hoàng Mai Vina, phường Quỳnh Thiện, với 180 công nhân bộ phận lắp ráp ngừng việc nửa ca vì bị yêu cầu tăng ca liên tục; sau đối thoại, công ty giảm giờ làm thêm và trả đủ phụ cấp.
Anh Nguyễn Hữu Thắng, Chủ tịch Công đoàn Công ty CP Bao bì Nghi Xá, xã Nghi Xá, kiến nghị công đoàn cấp trên hỗ trợ nhiều hơn cho công đoàn cơ sở khi thương lượng vì cán bộ công đoàn kiêm nhiệm, vừa làm vừa lo việc công đoàn.
Phát biểu chỉ đạo, Phó Chủ tịch LĐLĐ tỉnh Hoàng Thị Thu Trang yêu cầu triển khai Chương trình hành động số 12-CTr/CĐKKT của Công đoàn Khu kinh tế; mỗi công đoàn cơ sở ít nhất một quý tổ chức đối thoại một lần, nắm chắc tình hình tư tưởng công nhân, báo cáo ngay khi có dấu hiệu tranh chấp. Quý IV, Công đoàn Khu kinh tế phấn đấu thành lập thêm 6 công đoàn cơ sở, kết nạp 1.500 đoàn viên.
Thu Huyền
Các tin khác
- Hơn 2.000 công nhân KCN Nam Cấm được khám sức khỏe miễn phí (28/09/2018)
- Hoàng Mai: trao 50 suất học bổng cho con công nhân (20/09/2018)
- LĐLĐ tỉnh tập huấn pháp luật lao động cho doanh nghiệp FDI (07/09/2018)
- Tổng kết Tháng Công nhân năm 2018 (25/05/2018)
- Ra mắt Câu lạc bộ "Nữ công nhân với pháp luật" tại KCN Bắc Vinh (14/05/2018)
""", "2018-10-05", "Công đoàn Khu kinh tế Đông Nam nắm chắc tình hình công nhân",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Hoàng Thị Thu Trang", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Hào", "Chủ tịch Công đoàn Khu kinh tế Đông Nam"),
 P("Chen Wei Ming", "Phó Tổng Giám đốc Công ty TNHH May Hoàng Thịnh"),
 P("Nguyễn Hữu Thắng", "Chủ tịch Công đoàn Công ty CP Bao bì Nghi Xá")],
[Q("45 công đoàn cơ sở", 45, "công đoàn cơ sở"), Q("hơn 26.000 lao động", 26000, "lao động", "over"),
 Q("84%", 84, "%"), Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"),
 Q("khoảng 1.300 công nhân", 1300, "công nhân", "approx"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("180 công nhân bộ phận lắp ráp", 180, "công nhân bộ phận lắp ráp"), Q("6 công đoàn cơ sở", 6, "công đoàn cơ sở"),
 Q("1.500 đoàn viên", 1500, "đoàn viên")],
[D("Hướng dẫn", "1234", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 1234/HD-TLĐ"),
 D("Chương trình hành động", "12", "CTr/CĐKKT", None, "Công đoàn Khu kinh tế", "Chương trình hành động số 12-CTr/CĐKKT")],
[prov("Nghệ An"), com("Nghi Long"), com("Quỳnh Thiện"), com("Nghi Xá")],
["Báo Nghệ An điện tử", "Vị trí: Trang chủ > Thời sự > Lao động", "(Baonghean.vn)", "Công ty TNHH May Hoàng Thịnh",
 "Công ty TNHH Điện tử Hoàng Mai Vina", "Công ty CP Bao bì Nghi Xá", "VSIP Nghệ An", "Ban Quản lý Khu kinh tế Đông Nam"],
["Thứ Sáu, 05/10/2018, 10:30", "quý III/2018", "Quý IV", "ngày 12/9", "nửa ca"]))

PAGES.append(page("b9013-bacninh-tinhuy-doithoai-2019", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ | Tin tức | Dân vận các cấp
Thứ Hai, 20/5/2019 | 08:00
Lãnh đạo tỉnh đối thoại với công nhân lao động năm 2019
Ngày 18/5, Tỉnh ủy, UBND tỉnh Bắc Ninh phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với đoàn viên, công nhân lao động năm 2019. Hơn 800 đoàn viên, công nhân đại diện cho các doanh nghiệp ở 16 KCN của tỉnh tham dự.
Chủ trì đối thoại có đồng chí Nguyễn Quốc Khánh, Phó Bí thư Tỉnh ủy; đồng chí Đặng Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Ngô Văn Tuấn, Lê Thị Ngọc Anh.
Toàn tỉnh hiện có hơn 300.000 công nhân, trong đó trên 70% là lao động ngoại tỉnh. Tại hội nghị, 25 ý kiến được nêu trực tiếp, tập trung vào nhà ở, nhà trẻ, tăng ca và việc doanh nghiệp chấm dứt hợp đồng với lao động nữ trên 35 tuổi. Chị Vũ Thị Thanh, công nhân Công ty TNHH Điện tử Hanmi Vina (KCN Yên Phong), cho biết tiền thuê trọ bình quân đã lên 700.000 đồng/người/tháng, nhiều công nhân phải gửi con về quê vì không có chỗ gửi trẻ.
Trả lời, Phó Chủ tịch UBND tỉnh Lê Thị Ngọc Anh thông tin: tỉnh đã xây dựng xong 4.200 căn hộ nhà ở xã hội cho công nhân; đang hỗ trợ 65 nhóm trẻ độc lập gần KCN theo Nghị quyết số 152/2018/NQ-HĐND của HĐND tỉnh, mỗi nhóm được hỗ trợ một lần 30 triệu đồng mua sắm thiết bị.
Về tiền lương, đồng chí Đỗ Văn Sơn, Chủ tịch LĐLĐ tỉnh cho biết từ ngày 1/1/2019, lương tối thiểu vùng I tăng lên 4.180.000 đồng/tháng theo Nghị định số 157/2018/NĐ-CP ngày 16/11/2018 của Chính phủ; qua kiểm tra 120 doanh nghiệp, công đoàn phát hiện 9 doanh nghiệp chưa điều chỉnh lương và đã đề nghị thanh tra xử lý. Năm 2018, toàn tỉnh xảy ra 11 cuộc ngừng việc tập thể, giảm 5 cuộc so với năm 2017.
Ông Jang Min Ho, Giám đốc hành chính Công ty TNHH Linh kiện Quế Võ, xã Phương Liễu, khẳng định doanh nghiệp không sa thải lao động nữ vì lý do tuổi tác và sẵn sàng đối thoại định kỳ với công đoàn mỗi quý.
Kết luận, đồng chí Nguyễn Quốc Khánh đề nghị các doanh nghiệp thực hiện nghiêm thỏa ước lao động tập thể, giao LĐLĐ tỉnh tổng hợp các kiến nghị chưa được trả lời, trình Thường trực Tỉnh ủy trong tháng 6.
Dịp này, Ban Tổ chức trao 100 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng.
Hà Linh
Tin liên quan
- Yên Phong: ra mắt mô hình "Nhà trọ văn minh, an toàn" tại thị trấn Chờ (10/05/2019)
- LĐLĐ tỉnh phát động Tháng Công nhân năm 2019 (02/05/2019)
- Thuận Thành: giải quyết vụ ngừng việc tại Công ty TNHH Nhựa Thiên Long (18/04/2019)
""", "2019-05-20", "Lãnh đạo tỉnh đối thoại với công nhân lao động năm 2019",
E("doi_thoai", "2019", "2019-05-18"),
[P("Nguyễn Quốc Khánh", "Phó Bí thư Tỉnh ủy"),
 P("Đặng Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Văn Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Anh", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Thanh", "công nhân Công ty TNHH Điện tử Hanmi Vina"),
 P("Đỗ Văn Sơn", "Chủ tịch LĐLĐ tỉnh"),
 P("Jang Min Ho", "Giám đốc hành chính Công ty TNHH Linh kiện Quế Võ")],
[Q("Hơn 800 đoàn viên, công nhân", 800, "đoàn viên, công nhân", "over"), Q("16 KCN", 16, "KCN"),
 Q("hơn 300.000 công nhân", 300000, "công nhân", "over"), Q("trên 70%", 70, "%", "over"), Q("25 ý kiến", 25, "ý kiến"),
 Q("700.000 đồng", 700000, "đồng"), Q("4.200 căn hộ nhà ở xã hội", 4200, "căn hộ nhà ở xã hội"),
 Q("65 nhóm trẻ độc lập", 65, "nhóm trẻ độc lập"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("4.180.000 đồng", 4180000, "đồng"), Q("120 doanh nghiệp", 120, "doanh nghiệp"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"), Q("5 cuộc", 5, "cuộc"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "152", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 152/2018/NQ-HĐND"),
 D("Nghị định", "157", "2018/NĐ-CP", "2018-11-16", "Chính phủ", "Nghị định số 157/2018/NĐ-CP ngày 16/11/2018")],
[prov("Bắc Ninh"), com("Phương Liễu")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ | Tin tức | Dân vận các cấp", "Công ty TNHH Điện tử Hanmi Vina",
 "Công ty TNHH Linh kiện Quế Võ", "KCN Yên Phong", "Ban Tổ chức"],
["Thứ Hai, 20/5/2019 | 08:00", "35 tuổi", "ngày 1/1/2019", "Năm 2018", "năm 2017", "tháng 6"]))

PAGES.append(page("b9014-tiengiang-ldld-ngungviec-2019", """
BÁO ẤP BẮC - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Xã hội › Lao động - Việc làm
28/01/2019 | 14:35
Gần 3.500 công nhân Công ty TNHH Giày Long Giang Vina trở lại làm việc
(ABO) - Sáng 27/1, gần 3.500 công nhân Công ty TNHH Giày Long Giang Vina (KCN Long Giang, huyện Tân Phước) đã trở lại làm việc sau gần hai ngày ngừng việc vì không đồng ý cách tính thưởng Tết Kỷ Hợi 2019.
Theo Liên đoàn Lao động tỉnh, sáng 25/1, công nhân các xưởng may mũ giày, đế giày đồng loạt ngừng việc, tập trung trước cổng công ty, phản đối việc công ty chia thưởng theo xếp loại A, B, C khiến nhiều người chỉ nhận chưa tới một nửa tháng lương.
Ngay khi nhận tin, bà Nguyễn Thị Kim Hoa, Chủ tịch Công đoàn các KCN tỉnh, cùng đại diện Sở Lao động - Thương binh và Xã hội, Ban Quản lý các KCN, UBND xã Tân Lập 1 có mặt, phối hợp Công đoàn cơ sở công ty lấy ý kiến công nhân. LĐLĐ tỉnh ban hành Công văn số 56/LĐLĐ-CSPL ngày 25/1/2019 đề nghị doanh nghiệp đối thoại ngay với người lao động theo Nghị định số 05/2015/NĐ-CP của Chính phủ.
Trong buổi đối thoại chiều 26/1 có 30 đại diện công nhân, ông Lin Chih Hao, Phó Tổng Giám đốc Công ty TNHH Giày Long Giang Vina, đồng ý điều chỉnh: thưởng Tết bình quân 5,2 triệu đồng/người, công nhân có thâm niên từ 1 năm trở lên được thưởng không dưới 4 triệu đồng; hỗ trợ mỗi công nhân 300.000 đồng tiền xe về quê và cho nghỉ Tết 9 ngày. Công ty cũng cam kết sửa đổi quy chế thưởng trong thỏa ước lao động tập thể năm 2019, công khai tiêu chí xếp loại.
Đến trưa 26/1, một số công nhân vẫn tập trung trước cổng công ty; lực lượng công an xã và bảo vệ công ty phối hợp giữ trật tự, không để xảy ra hành vi quá khích, không có tài sản nào bị hư hỏng.
Ông Huỳnh Văn Bé, Chủ tịch Công đoàn cơ sở công ty, thừa nhận trước khi công ty ban hành quy chế thưởng, công đoàn chưa tổ chức lấy ý kiến công nhân. "Đây là bài học để công đoàn phải có mặt từ đầu, không để xảy ra tranh chấp", ông nói.
Theo LĐLĐ tỉnh, đến ngày 25/1 đã có 78% doanh nghiệp trên địa bàn công bố mức thưởng Tết; thưởng bình quân tại doanh nghiệp FDI khoảng 6,5 triệu đồng/người, cao nhất 85 triệu đồng/người. Năm 2018, toàn tỉnh xảy ra 4 cuộc ngừng việc tập thể với khoảng 5.200 người tham gia, đều đã được giải quyết.
Dịp này, LĐLĐ tỉnh trao 200 phần quà Tết cho công nhân khó khăn của công ty, mỗi phần trị giá 500.000 đồng.
Minh Thành
Tin liên quan
- Công đoàn các KCN tổ chức "Tết Sum vầy" năm 2019 (22/01/2019)
- Châu Thành: đối thoại với công nhân Công ty TNHH Thủy sản Mekong Xanh (15/01/2019)
- LĐLĐ tỉnh tổng kết công tác năm 2018 (04/01/2019)
- Hơn 1.800 công nhân được hỗ trợ vé xe về quê ăn Tết (28/12/2018)
""", "2019-01-28", "Gần 3.500 công nhân Công ty TNHH Giày Long Giang Vina trở lại làm việc",
E("khac", None, "2019-01-27"),
[P("Nguyễn Thị Kim Hoa", "Chủ tịch Công đoàn các KCN tỉnh"),
 P("Lin Chih Hao", "Phó Tổng Giám đốc Công ty TNHH Giày Long Giang Vina"),
 P("Huỳnh Văn Bé", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("gần 3.500 công nhân", 3500, "công nhân", "approx"), Q("30 đại diện công nhân", 30, "đại diện công nhân"),
 Q("5,2 triệu đồng", 5200000, "đồng"), Q("không dưới 4 triệu đồng", 4000000, "đồng", "over"),
 Q("300.000 đồng", 300000, "đồng"), Q("78%", 78, "%"), Q("khoảng 6,5 triệu đồng", 6500000, "đồng", "approx"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"),
 Q("khoảng 5.200 người", 5200, "người", "approx"), Q("200 phần quà", 200, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Công văn", "56", "LĐLĐ-CSPL", "2019-01-25", "LĐLĐ tỉnh", "Công văn số 56/LĐLĐ-CSPL ngày 25/1/2019"),
 D("Nghị định", "05", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2015/NĐ-CP")],
[prov("Tiền Giang"), com("Tân Lập 1")],
["BÁO ẤP BẮC - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Xã hội › Lao động - Việc làm", "(ABO)",
 "Công ty TNHH Giày Long Giang Vina", "KCN Long Giang", "Ban Quản lý các KCN", "Tết Kỷ Hợi 2019"],
["28/01/2019 | 14:35", "hai ngày", "1 năm", "9 ngày", "năm 2019", "Năm 2018", "xếp loại A, B, C"]))

PAGES.append(page("b9015-cantho-ldld-soket-2020", """
BÁO CẦN THƠ ONLINE
Chính trị > Công đoàn
Cập nhật lúc 15:05 ngày 10/07/2020
Giữ ổn định quan hệ lao động trong đại dịch COVID-19
Ngày 9-7, Liên đoàn Lao động (LĐLĐ) TP Cần Thơ tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Thanh Hùng, Thành ủy viên, Chủ tịch LĐLĐ thành phố chủ trì.
Quang cảnh hội nghị sơ kết.
Do ảnh hưởng của dịch COVID-19, 6 tháng qua có 127 doanh nghiệp cho 8.650 lao động ngừng việc, giảm giờ làm; 1.420 lao động bị chấm dứt hợp đồng lao động. Công đoàn các cấp đã hỗ trợ 2.315 đoàn viên, người lao động bị ảnh hưởng với tổng số tiền hơn 1,6 tỷ đồng theo Quyết định số 1511/QĐ-TLĐ ngày 17/4/2020 của Đoàn Chủ tịch Tổng Liên đoàn; phối hợp với các ngành lập danh sách đề nghị hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.
Về quan hệ lao động, trên địa bàn xảy ra một cuộc ngừng việc tập thể tại Công ty TNHH Thủy sản Phương Nam Cần Thơ (KCN Trà Nóc 2, phường Phước Thới) với khoảng 420 công nhân tham gia do công ty chậm trả lương tháng 4. Sau 2 buổi đối thoại do LĐLĐ thành phố chủ trì, công ty trả đủ lương, tạm ứng cho mỗi công nhân 1,5 triệu đồng và cam kết không cắt giảm lao động đến hết năm 2020.
Ông Lâm Quốc Việt, Trưởng ban Chính sách - Pháp luật LĐLĐ thành phố, cho biết đã có 68 công đoàn cơ sở thương lượng, sửa đổi thỏa ước cho phù hợp tình hình mới, trong đó nhiều nơi thỏa thuận giảm giờ làm, bố trí nghỉ phép năm hoặc luân phiên làm việc thay vì cho thôi việc; công đoàn cũng giám sát việc doanh nghiệp trả lương ngừng việc đúng quy định của Bộ luật Lao động. Bà Phan Thị Ngọc Mai, Chủ tịch Công đoàn Công ty CP May Tây Đô, phường Thới An Đông, chia sẻ: nhờ thương lượng, 1.100 công nhân được giữ việc làm, chỉ luân phiên nghỉ 2 ngày mỗi tuần.
Đồng chí Nguyễn Thị Bích Thủy, Phó Trưởng Ban Dân vận Thành ủy đề nghị công đoàn tiếp tục nắm tình hình, tư vấn pháp luật miễn phí cho công nhân, không để phát sinh điểm nóng.
6 tháng cuối năm, LĐLĐ thành phố phấn đấu thành lập thêm 15 công đoàn cơ sở, kết nạp 2.000 đoàn viên; trên 60% công đoàn cơ sở doanh nghiệp ký được thỏa ước lao động tập thể có nội dung cao hơn luật.
Gia Bảo
Tin liên quan
- Trao 300 suất quà cho công nhân mất việc do COVID-19 (26/06/2020)
- Ô Môn: ngừng việc tại Công ty TNHH Chế biến Gạo Hậu Giang được giải quyết (15/06/2020)
- LĐLĐ thành phố tập huấn kỹ năng thương lượng tập thể (22/05/2020)
- Khánh thành nhà trọ công nhân tại quận Bình Thủy (12/05/2020)
""", "2020-07-10", "Giữ ổn định quan hệ lao động trong đại dịch COVID-19",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Trần Thanh Hùng", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
 P("Lâm Quốc Việt", "Trưởng ban Chính sách - Pháp luật LĐLĐ thành phố"),
 P("Phan Thị Ngọc Mai", "Chủ tịch Công đoàn Công ty CP May Tây Đô"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("127 doanh nghiệp", 127, "doanh nghiệp"), Q("8.650 lao động", 8650, "lao động"), Q("1.420 lao động", 1420, "lao động"),
 Q("2.315 đoàn viên, người lao động", 2315, "đoàn viên, người lao động"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("khoảng 420 công nhân", 420, "công nhân", "approx"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("68 công đoàn cơ sở", 68, "công đoàn cơ sở"), Q("1.100 công nhân", 1100, "công nhân"),
 Q("15 công đoàn cơ sở", 15, "công đoàn cơ sở"), Q("2.000 đoàn viên", 2000, "đoàn viên"), Q("trên 60%", 60, "%", "over")],
[D("Quyết định", "1511", "QĐ-TLĐ", "2020-04-17", "Đoàn Chủ tịch Tổng Liên đoàn", "Quyết định số 1511/QĐ-TLĐ ngày 17/4/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020")],
[prov("Cần Thơ"), com("Phước Thới"), com("Thới An Đông")],
["BÁO CẦN THƠ ONLINE", "Chính trị > Công đoàn", "Quang cảnh hội nghị sơ kết.", "Công ty TNHH Thủy sản Phương Nam Cần Thơ",
 "Công ty CP May Tây Đô", "KCN Trà Nóc 2", "COVID-19"],
["Cập nhật lúc 15:05 ngày 10/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "tháng 4", "2 ngày mỗi tuần", "năm 2020"]))

PAGES.append(page("b9016-tayninh-ldld-traoqua-2020", """
Báo Tây Ninh Online
Trang chủ / Chính trị - Xã hội / Công đoàn
17/01/2020 - 08:30
Ảnh: Lãnh đạo tỉnh trao quà cho công nhân.
Trao 1.200 phần quà Tết cho công nhân lao động khó khăn
(BTN) - Ngày 16/1, Liên đoàn Lao động tỉnh Tây Ninh tổ chức chương trình "Tết Sum vầy - Xuân chia sẻ" năm 2020, trao 1.200 phần quà Tết cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn tại các KCN Trảng Bàng, Phước Đông và Thành Thành Công.
Dự chương trình có đồng chí Võ Đức Trọng, Phó Bí thư Thường trực Tỉnh ủy; bà Lâm Thị Hồng Nhung, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; ông Kao Wen Chieh, Tổng Giám đốc Công ty TNHH Giày Hiệp Phước Tây Ninh.
Chương trình được tổ chức theo Kế hoạch số 210/KH-LĐLĐ ngày 2/12/2019 của LĐLĐ tỉnh về chăm lo Tết cho đoàn viên, người lao động. Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 600 triệu đồng, do LĐLĐ tỉnh, các doanh nghiệp và nhà hảo tâm đóng góp. Ban Tổ chức còn tặng 50 vé xe cho công nhân các tỉnh miền Tây về quê đón Tết và tổ chức gian hàng "0 đồng" với 3.000 sản phẩm thiết yếu.
Báo cáo tại chương trình, bà Lâm Thị Hồng Nhung cho biết năm 2019 toàn tỉnh xảy ra 9 cuộc ngừng việc tập thể với khoảng 7.800 công nhân tham gia, tăng 2 cuộc so với năm 2018; nguyên nhân chính là doanh nghiệp chậm trả lương, thay đổi định mức sản phẩm. Cả 9 cuộc đều được các ngành chức năng và công đoàn phối hợp giải quyết trong ngày hoặc ngày hôm sau. Đến nay có 312 doanh nghiệp ký thỏa ước lao động tập thể; mức thưởng Tết Canh Tý bình quân 5,8 triệu đồng/người.
Chị Thạch Thị Sa Rinh, công nhân Công ty TNHH Giày Hiệp Phước Tây Ninh, phường An Tịnh, xúc động khi nhận quà: "Năm nay em không có tiền về quê Trà Vinh, có quà của công đoàn, em bớt lo". Anh Nguyễn Văn Lợi, Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt Phước Đông, xã Phước Đông, cho biết công ty đã thương lượng để mỗi công nhân được thưởng thêm 200.000 đồng so với năm trước.
Phát biểu tại chương trình, đồng chí Võ Đức Trọng đề nghị các doanh nghiệp thực hiện đầy đủ cam kết trong thỏa ước, trả lương, thưởng đúng hạn, quan tâm bữa ăn ca và điều kiện làm việc của công nhân; khuyến khích các doanh nghiệp có điều kiện tổ chức đưa đón công nhân về quê. Công đoàn các cấp bám sát cơ sở, kịp thời phát hiện, tham gia giải quyết tranh chấp ngay từ khi mới phát sinh.
Thanh Thảo
Tin liên quan
- Trảng Bàng: hơn 2.000 công nhân ngừng việc vì chậm lương được giải quyết (08/01/2020)
- LĐLĐ tỉnh tổng kết công tác công đoàn năm 2019 (27/12/2019)
- Trao 5 Mái ấm Công đoàn cho đoàn viên nghèo (19/12/2019)
- Gò Dầu: đối thoại định kỳ tại Công ty TNHH May Thiên Phú (10/12/2019)
""", "2020-01-17", "Trao 1.200 phần quà Tết cho công nhân lao động khó khăn",
E("trao_qua", None, "2020-01-16"),
[P("Võ Đức Trọng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lâm Thị Hồng Nhung", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Kao Wen Chieh", "Tổng Giám đốc Công ty TNHH Giày Hiệp Phước Tây Ninh"),
 P("Thạch Thị Sa Rinh", "công nhân Công ty TNHH Giày Hiệp Phước Tây Ninh"),
 P("Nguyễn Văn Lợi", "Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt Phước Đông")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("50 vé xe", 50, "vé xe"), Q("3.000 sản phẩm thiết yếu", 3000, "sản phẩm thiết yếu"),
 Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"), Q("khoảng 7.800 công nhân", 7800, "công nhân", "approx"),
 Q("2 cuộc", 2, "cuộc"), Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("5,8 triệu đồng", 5800000, "đồng"),
 Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "210", "KH-LĐLĐ", "2019-12-02", "LĐLĐ tỉnh", "Kế hoạch số 210/KH-LĐLĐ ngày 2/12/2019")],
[prov("Tây Ninh"), prov("Trà Vinh"), com("An Tịnh"), com("Phước Đông")],
["Báo Tây Ninh Online", "Trang chủ / Chính trị - Xã hội / Công đoàn", "Ảnh: Lãnh đạo tỉnh trao quà cho công nhân.", "(BTN)",
 "Tết Sum vầy - Xuân chia sẻ", "Công ty TNHH Giày Hiệp Phước Tây Ninh", "Công ty TNHH Dệt Phước Đông", "Ban Tổ chức",
 "KCN Trảng Bàng"],
["17/01/2020 - 08:30", "năm 2020", "năm 2019", "năm 2018", "Tết Canh Tý", "0 đồng"]))
