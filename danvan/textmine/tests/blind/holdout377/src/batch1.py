from lib import *
PAGES = []

PAGES.append(page("b9005-binhduong-ldld-ngungviec-2011", """
CÔNG ĐOÀN BÌNH DƯƠNG - Cơ quan của Liên đoàn Lao động tỉnh Bình Dương
Trang chủ > Tin tức > Quan hệ lao động
Thứ Sáu, 18/11/2011 - 09:20
Hơn 2.000 công nhân Công ty TNHH Woosung Vina trở lại làm việc
Sau 3 ngày ngừng việc tập thể, chiều 17/11, hơn 2.000 công nhân Công ty TNHH Woosung Vina (KCN Sóng Thần 2, thị xã Dĩ An) đã trở lại làm việc bình thường sau khi doanh nghiệp chấp nhận phần lớn yêu cầu về tiền lương, tiền ăn giữa ca.
Ảnh: Công nhân Công ty TNHH Woosung Vina vào ca chiều 17/11.
Theo Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương, sáng 15/11, công nhân các bộ phận cắt, may, hoàn thành đồng loạt ngừng việc, đề nghị công ty điều chỉnh lương cơ bản theo Nghị định số 70/2011/NĐ-CP ngày 22/8/2011 của Chính phủ quy định mức lương tối thiểu vùng, trong đó vùng I là 2.000.000 đồng/tháng kể từ ngày 1/10/2011; đồng thời nâng tiền ăn giữa ca và trả phụ cấp chuyên cần.
Ngay trong sáng 15/11, ông Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh, cùng đại diện Sở Lao động - Thương binh và Xã hội, Ban Quản lý các KCN, Công an thị xã Dĩ An và UBND phường Tân Đông Hiệp có mặt tại doanh nghiệp. Ông Lê Quang Tuấn, Chánh Thanh tra Sở Lao động - Thương binh và Xã hội, cho biết qua kiểm tra, công ty đã áp dụng mức lương mới nhưng cắt giảm một số khoản phụ cấp nên thu nhập thực tế của nhiều công nhân hầu như không tăng.
Sau hai buổi làm việc, ông Park Jong Soo - Tổng Giám đốc Công ty TNHH Woosung Vina đồng ý tăng thêm 12% lương cơ bản cho toàn bộ công nhân trực tiếp sản xuất, nâng tiền ăn giữa ca từ 10.000 đồng lên 14.000 đồng/bữa và trả phụ cấp chuyên cần 200.000 đồng/tháng từ tháng 11/2011. LĐLĐ tỉnh đã có Công văn số 512/LĐLĐ ngày 16/11/2011 đề nghị doanh nghiệp đối thoại định kỳ với người lao động và sớm ký lại thỏa ước lao động tập thể.
Bà Trần Thị Mỹ Hạnh, Chủ tịch Công đoàn cơ sở công ty, thừa nhận công đoàn chưa nắm kịp tâm tư của công nhân: "Chúng tôi sẽ tổ chức lấy ý kiến từng tổ, đưa các nội dung mới vào thỏa ước trước khi thương lượng với chủ doanh nghiệp".
Công ty hiện có 2.350 lao động, phần lớn là lao động nhập cư từ các tỉnh miền Trung và đồng bằng sông Cửu Long.
Theo số liệu của LĐLĐ tỉnh, từ đầu năm đến nay trên địa bàn tỉnh đã xảy ra 61 cuộc ngừng việc tập thể, đình công, tăng 14 cuộc so với cùng kỳ năm 2010; trong đó 48 cuộc tại doanh nghiệp có vốn đầu tư nước ngoài, với khoảng 60.000 lượt công nhân tham gia. Nguyên nhân chủ yếu là tiền lương thấp, giá cả sinh hoạt tăng cao, doanh nghiệp chậm điều chỉnh lương theo quy định. Không có cuộc ngừng việc nào diễn ra đúng trình tự của Bộ luật Lao động.
Quốc Minh
Tin liên quan
- Thuận An: Công nhân Công ty TNHH Giày Đông Hưng ngừng việc vì nợ lương (10/11/2011)
- LĐLĐ tỉnh tập huấn kỹ năng đối thoại cho 120 cán bộ công đoàn (02/11/2011)
- Hơn 500 suất quà hỗ trợ công nhân khó khăn (25/10/2011)
- Ký kết quy chế phối hợp giải quyết tranh chấp lao động (14/10/2011)
""", "2011-11-18", "Hơn 2.000 công nhân Công ty TNHH Woosung Vina trở lại làm việc",
E("khac", None, "2011-11-17"),
[P("Nguyễn Văn Lộc", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Quang Tuấn", "Chánh Thanh tra Sở Lao động - Thương binh và Xã hội"),
 P("Park Jong Soo", "Tổng Giám đốc Công ty TNHH Woosung Vina"),
 P("Trần Thị Mỹ Hạnh", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("hơn 2.000 công nhân", 2000, "công nhân", "over"), Q("2.000.000 đồng", 2000000, "đồng"),
 Q("12%", 12, "%"), Q("10.000 đồng", 10000, "đồng"), Q("14.000 đồng", 14000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("2.350 lao động", 2350, "lao động"),
 Q("61 cuộc ngừng việc tập thể, đình công", 61, "cuộc ngừng việc tập thể, đình công"),
 Q("14 cuộc", 14, "cuộc"), Q("48 cuộc", 48, "cuộc"),
 Q("khoảng 60.000 lượt công nhân", 60000, "lượt công nhân", "approx")],
[D("Nghị định", "70", "2011/NĐ-CP", "2011-08-22", "Chính phủ", "Nghị định số 70/2011/NĐ-CP ngày 22/8/2011"),
 D("Công văn", "512", "LĐLĐ", "2011-11-16", "LĐLĐ tỉnh", "Công văn số 512/LĐLĐ ngày 16/11/2011")],
[prov("Bình Dương"), com("Tân Đông Hiệp")],
["CÔNG ĐOÀN BÌNH DƯƠNG - Cơ quan của Liên đoàn Lao động tỉnh Bình Dương", "Trang chủ > Tin tức > Quan hệ lao động",
 "Ảnh: Công nhân Công ty TNHH Woosung Vina vào ca chiều 17/11.", "Công ty TNHH Woosung Vina", "KCN Sóng Thần 2",
 "Ban Quản lý các KCN", "Bộ luật Lao động"],
["Thứ Sáu, 18/11/2011 - 09:20", "3 ngày", "ngày 1/10/2011", "tháng 11/2011", "năm 2010"]))

PAGES.append(page("b9006-haiphong-ldld-tongket-2012", """
Báo Hải Phòng điện tử
Thời sự | Lao động - Việc làm
Cập nhật: 16:40, 21/12/2012 (GMT+7)
Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Dũng
Hải Phòng: 412 doanh nghiệp ký thỏa ước lao động tập thể trong năm 2012
(BHP) - Chiều 20/12, Liên đoàn Lao động thành phố tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Phan Trọng Nghĩa, Ủy viên BTV Thành ủy, Chủ tịch LĐLĐ thành phố chủ trì hội nghị.
Năm 2012, công đoàn các cấp thành phố phát triển mới 14.260 đoàn viên, thành lập 97 công đoàn cơ sở, nâng tổng số đoàn viên toàn thành phố lên hơn 172.000 người. Công tác đại diện, bảo vệ quyền lợi người lao động có chuyển biến: 412 doanh nghiệp ký thỏa ước lao động tập thể, đạt 71,5% số doanh nghiệp có tổ chức công đoàn; nhiều bản thỏa ước có lợi hơn cho người lao động so với quy định của pháp luật như hỗ trợ tiền nhà trọ, tiền xăng xe, thưởng Tết tối thiểu một tháng lương.
Tuy nhiên, trong năm trên địa bàn vẫn xảy ra 23 cuộc ngừng việc tập thể, giảm 9 cuộc so với năm 2011, tập trung ở các doanh nghiệp da giày, may mặc vốn Hàn Quốc, Đài Loan tại các KCN Nomura, Đình Vũ và huyện An Dương. Đáng chú ý là vụ hơn 4.000 công nhân Công ty TNHH Giày da Hoàng Kim Vina ngừng việc trong tháng 4, đòi tăng tiền ăn ca và phản đối việc tăng ca liên tục; sau khi LĐLĐ thành phố phối hợp Sở Lao động - Thương binh và Xã hội vào cuộc, doanh nghiệp đã nâng tiền ăn ca lên 12.000 đồng/bữa và giảm giờ làm thêm.
Ông Lương Văn Thịnh, Trưởng ban Quan hệ lao động LĐLĐ thành phố, cho biết thực hiện Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư và Kế hoạch số 37-KH/TU của Ban Thường vụ Thành ủy, LĐLĐ thành phố đã hướng dẫn 186 công đoàn cơ sở tổ chức đối thoại định kỳ, tư vấn pháp luật cho hơn 9.300 lượt người lao động.
Tại hội nghị, đại biểu công đoàn cơ sở Công ty TNHH Một thành viên Đóng tàu Bạch Đằng và Công ty TNHH Nichias Hải Phòng chia sẻ kinh nghiệm thương lượng tập thể. Bà Nguyễn Thị Hằng, Chủ tịch Công đoàn Công ty TNHH Nichias Hải Phòng, cho biết thỏa ước của công ty có 18 điều khoản cao hơn luật, trong đó trợ cấp cho lao động nữ nuôi con nhỏ 150.000 đồng/tháng.
Phát biểu chỉ đạo, đồng chí Đỗ Trung Kiên, Phó Chủ tịch UBND thành phố ghi nhận kết quả năm 2012 và đề nghị công đoàn các cấp chuẩn bị tốt việc triển khai Bộ luật Lao động năm 2012 có hiệu lực từ ngày 1/5/2013, chủ động nắm tình hình, không để xảy ra ngừng việc tập thể kéo dài.
Dịp này, LĐLĐ thành phố tặng Bằng khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc; các đồng chí Phó Chủ tịch LĐLĐ thành phố: Phạm Thị Thu, Vũ Đức Hải trao thưởng cho các đơn vị.
Minh Thu
Tin liên quan
- Kiến An: đối thoại với công nhân Công ty TNHH Sao Vàng (12/12/2012)
- Hơn 3.000 suất quà Tết cho công nhân khó khăn (05/12/2012)
- Hội nghị người lao động: còn hình thức ở nhiều doanh nghiệp (28/11/2012)
""", "2012-12-21", "Hải Phòng: 412 doanh nghiệp ký thỏa ước lao động tập thể trong năm 2012",
E("tong_ket", "2012", "2012-12-20"),
[P("Phan Trọng Nghĩa", "Ủy viên BTV Thành ủy", "Chủ tịch LĐLĐ thành phố"),
 P("Lương Văn Thịnh", "Trưởng ban Quan hệ lao động LĐLĐ thành phố"),
 P("Nguyễn Thị Hằng", "Chủ tịch Công đoàn Công ty TNHH Nichias Hải Phòng"),
 P("Đỗ Trung Kiên", "Phó Chủ tịch UBND thành phố"),
 P("Phạm Thị Thu", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Vũ Đức Hải", "Phó Chủ tịch LĐLĐ thành phố")],
[Q("412 doanh nghiệp", 412, "doanh nghiệp"), Q("14.260 đoàn viên", 14260, "đoàn viên"),
 Q("97 công đoàn cơ sở", 97, "công đoàn cơ sở"), Q("hơn 172.000 người", 172000, "người", "over"),
 Q("71,5%", 71.5, "%"), Q("23 cuộc ngừng việc tập thể", 23, "cuộc ngừng việc tập thể"), Q("9 cuộc", 9, "cuộc"),
 Q("hơn 4.000 công nhân", 4000, "công nhân", "over"), Q("12.000 đồng", 12000, "đồng"),
 Q("186 công đoàn cơ sở", 186, "công đoàn cơ sở"),
 Q("hơn 9.300 lượt người lao động", 9300, "lượt người lao động", "over"),
 Q("18 điều khoản", 18, "điều khoản"), Q("150.000 đồng", 150000, "đồng"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 5/6/2008"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 37-KH/TU")],
[prov("Hải Phòng")],
["Báo Hải Phòng điện tử", "Thời sự | Lao động - Việc làm", "Toàn cảnh hội nghị tổng kết. Ảnh: Hoàng Dũng", "(BHP)",
 "Công ty TNHH Giày da Hoàng Kim Vina", "Công ty TNHH Nichias Hải Phòng", "Công ty TNHH Một thành viên Đóng tàu Bạch Đằng",
 "KCN Nomura", "Bộ luật Lao động năm 2012"],
["Cập nhật: 16:40, 21/12/2012 (GMT+7)", "năm 2013", "ngày 1/5/2013", "tháng 4", "năm 2011"]))

PAGES.append(page("b9007-dongnai-bdv-taphuan-2013", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Bạn đang ở: Trang chủ / Dân vận các cấp
08:15 | 16/08/2013
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.
Nâng cao kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở
Trong hai ngày 14 và 15/8/2013, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức lớp tập huấn kỹ năng thương lượng tập thể, đối thoại tại nơi làm việc năm 2013 cho 150 cán bộ công đoàn cơ sở các doanh nghiệp ngoài nhà nước của tỉnh Đồng Nai tại thành phố Biên Hòa và các huyện Nhơn Trạch, Long Thành, Trảng Bom.
Phát biểu khai mạc, đồng chí Huỳnh Thị Ngọc Lan, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: thực hiện Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác vận động công nhân, lớp tập huấn nhằm giúp cán bộ công đoàn nắm vững Nghị định số 46/2013/NĐ-CP ngày 10/5/2013 và Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ, biết cách tổ chức thương lượng thực chất chứ không chỉ sao chép luật vào thỏa ước.
Theo số liệu của LĐLĐ tỉnh, toàn tỉnh có 1.126 công đoàn cơ sở trong doanh nghiệp, nhưng mới có 58% số đơn vị ký được thỏa ước lao động tập thể, nhiều bản chỉ chép lại quy định của pháp luật. 7 tháng đầu năm 2013 xảy ra 27 cuộc đình công, ngừng việc tập thể với hơn 21.000 người tham gia, không cuộc nào do công đoàn lãnh đạo.
Các báo cáo viên gồm: ThS. Trần Minh Đức, giảng viên Trường Đại học Tôn Đức Thắng; bà Nguyễn Thị Kim Yến, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh, đã hướng dẫn quy trình chuẩn bị thương lượng, thu thập thông tin về tiền lương, lấy ý kiến người lao động, xây dựng phương án và ghi biên bản. Học viên được chia thành 6 nhóm, thực hành trên 3 tình huống giả định về thưởng cuối năm, tiền ăn ca và làm thêm giờ.
Anh Hồ Văn Tới, Chủ tịch Công đoàn Công ty TNHH Dệt Kwang Il Vina (KCN Nhơn Trạch 3) kể lại lần thương lượng đầu năm: công đoàn đề xuất nâng tiền ăn ca từ 12.000 đồng lên 15.000 đồng, doanh nghiệp chỉ đồng ý 13.500 đồng; sau ba phiên, hai bên thống nhất mức 14.000 đồng và bổ sung trợ cấp đi lại. Bà Lê Thị Hoa, Chủ tịch Công đoàn cơ sở Công ty TNHH Hwa Seung Vina, phường Long Bình Tân, cho rằng cái khó nhất là cán bộ công đoàn hưởng lương của chủ doanh nghiệp nên ngại đề xuất.
Kết thúc lớp học, mỗi học viên được hỗ trợ 100.000 đồng/ngày và nhận bộ tài liệu hỏi - đáp về pháp luật lao động.
Bích Nhàn
Tin liên quan
- LĐLĐ tỉnh ký chương trình phối hợp với Ban Quản lý các KCN (06/08/2013)
- Trảng Bom: hơn 1.200 công nhân ngừng việc đòi tăng lương (26/07/2013)
- Tập huấn công tác dân vận chính quyền cho 200 cán bộ xã (12/07/2013)
- Vận động công nhân theo đạo tham gia sinh hoạt công đoàn (03/07/2013)
""", "2013-08-16", "Nâng cao kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở",
E("tap_huan", "2013", "2013-08-14"),
[P("Huỳnh Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Đức", "ThS.", "giảng viên Trường Đại học Tôn Đức Thắng"),
 P("Nguyễn Thị Kim Yến", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Hồ Văn Tới", "Chủ tịch Công đoàn Công ty TNHH Dệt Kwang Il Vina"),
 P("Lê Thị Hoa", "Chủ tịch Công đoàn cơ sở Công ty TNHH Hwa Seung Vina")],
[Q("150 cán bộ công đoàn cơ sở", 150, "cán bộ công đoàn cơ sở"), Q("1.126 công đoàn cơ sở", 1126, "công đoàn cơ sở"),
 Q("58%", 58, "%"), Q("27 cuộc đình công, ngừng việc tập thể", 27, "cuộc đình công, ngừng việc tập thể"),
 Q("hơn 21.000 người", 21000, "người", "over"), Q("6 nhóm", 6, "nhóm"), Q("3 tình huống giả định", 3, "tình huống giả định"),
 Q("12.000 đồng", 12000, "đồng"), Q("15.000 đồng", 15000, "đồng"), Q("13.500 đồng", 13500, "đồng"),
 Q("14.000 đồng", 14000, "đồng"), Q("100.000 đồng", 100000, "đồng")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU"),
 D("Nghị định", "46", "2013/NĐ-CP", "2013-05-10", "Chính phủ", "Nghị định số 46/2013/NĐ-CP ngày 10/5/2013"),
 D("Nghị định", "60", "2013/NĐ-CP", "2013-06-19", "Chính phủ", "Nghị định số 60/2013/NĐ-CP ngày 19/6/2013")],
[prov("Đồng Nai"), com("Long Bình Tân")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Bạn đang ở: Trang chủ / Dân vận các cấp", "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.",
 "Công ty TNHH Dệt Kwang Il Vina", "Công ty TNHH Hwa Seung Vina", "KCN Nhơn Trạch 3", "Trường Đại học Tôn Đức Thắng"],
["08:15 | 16/08/2013", "7 tháng đầu năm 2013", "hai ngày 14 và 15/8/2013"]))

PAGES.append(page("b9008-danang-ldld-doithoai-2014", """
Báo Đà Nẵng điện tử
Trang chủ › Xã hội › Lao động
12/05/2014 07:45
Lãnh đạo thành phố đối thoại với công nhân khu công nghiệp
Sáng 10/5, UBND thành phố phối hợp với Liên đoàn Lao động thành phố tổ chức Hội nghị đối thoại giữa lãnh đạo thành phố với công nhân lao động năm 2014, nhân Tháng Công nhân. Gần 600 công nhân, cán bộ công đoàn các KCN Hòa Khánh, Liên Chiểu, Đà Nẵng và KCN Dịch vụ thủy sản Thọ Quang tham dự.
Đồng chí Trần Văn Hưng, Phó Chủ tịch UBND thành phố chủ trì đối thoại. Cùng dự có đồng chí Lê Thị Minh Nguyệt, Thành ủy viên, Chủ tịch LĐLĐ thành phố và lãnh đạo các sở, ngành.
Chị Nguyễn Thị Thu Sương, công nhân Công ty TNHH Sợi Hòa Khánh Vina, phản ánh: tiền thuê phòng trọ quanh KCN đã lên 500.000 đồng/tháng, trong khi lương cơ bản của nhiều công nhân chỉ nhỉnh hơn mức tối thiểu vùng 2.700.000 đồng. Chị đề nghị thành phố đẩy nhanh xây dựng nhà ở xã hội cho công nhân. Trả lời, ông Trần Văn Hưng cho biết thành phố đã bố trí quỹ đất xây dựng 1.500 căn hộ cho công nhân tại phường Hòa Hiệp Nam, dự kiến bàn giao đợt đầu cuối năm 2015; theo khảo sát của LĐLĐ thành phố, trên 65% công nhân các KCN đang ở trọ.
Anh Phan Văn Toàn, Tổ trưởng Công đoàn Công ty CP Dệt may Hòa Thọ Đông, đặt câu hỏi về việc một số doanh nghiệp không đóng bảo hiểm xã hội đầy đủ. Đại diện Sở Lao động - Thương binh và Xã hội, ông Huỳnh Đức Tài, Phó Giám đốc Sở, thông tin: năm 2013, Sở đã thanh tra 35 doanh nghiệp, xử phạt 11 đơn vị với tổng số tiền hơn 310 triệu đồng; thành phố đã ban hành Chỉ thị số 07/CT-UBND của UBND thành phố về tăng cường quản lý nhà nước về lao động trong doanh nghiệp.
Nhiều ý kiến đề nghị các doanh nghiệp chủ động thương lượng tập thể, công khai thang bảng lương. Ông Takahashi Kenji, Giám đốc Công ty TNHH Điện tử Sông Hàn, cho biết doanh nghiệp sẵn sàng ngồi lại với công đoàn mỗi quý và đã tăng lương 8% từ tháng 1.
Tổng cộng có 42 ý kiến được nêu trực tiếp tại hội nghị, lãnh đạo thành phố và các sở, ngành trả lời trực tiếp 36 ý kiến, chủ yếu về nhà ở, nhà trẻ cho con công nhân, tuyến xe buýt vào KCN và giá điện, nước tại khu nhà trọ; các ý kiến còn lại được giao trả lời bằng văn bản trước ngày 30/5. Kết luận hội nghị, đồng chí Trần Văn Hưng giao Sở Xây dựng tham mưu triển khai Quyết định số 3485/QĐ-UBND ngày 5/5/2014 của UBND thành phố về hỗ trợ nhà ở cho công nhân.
Hoàng Hiệp
Tin liên quan
- Công nhân Hòa Khánh vui Tháng Công nhân (05/05/2014)
- 300 suất quà cho công nhân nghèo (29/04/2014)
- Ngừng việc tại Công ty TNHH Giày Sao Biển được giải quyết (17/04/2014)
- LĐLĐ thành phố phát động Tháng Công nhân năm 2014 (02/04/2014)
- Khánh thành nhà trọ kiểu mẫu cho công nhân KCN Hòa Cầm (20/03/2014)
""", "2014-05-12", "Lãnh đạo thành phố đối thoại với công nhân khu công nghiệp",
E("doi_thoai", "2014", "2014-05-10"),
[P("Trần Văn Hưng", "Phó Chủ tịch UBND thành phố"),
 P("Lê Thị Minh Nguyệt", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
 P("Nguyễn Thị Thu Sương", "công nhân Công ty TNHH Sợi Hòa Khánh Vina"),
 P("Phan Văn Toàn", "Tổ trưởng Công đoàn Công ty CP Dệt may Hòa Thọ Đông"),
 P("Huỳnh Đức Tài", "Phó Giám đốc Sở"),
 P("Takahashi Kenji", "Giám đốc Công ty TNHH Điện tử Sông Hàn")],
[Q("Gần 600 công nhân, cán bộ công đoàn", 600, "công nhân, cán bộ công đoàn", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("2.700.000 đồng", 2700000, "đồng"), Q("1.500 căn hộ", 1500, "căn hộ"),
 Q("trên 65%", 65, "%", "over"), Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("11 đơn vị", 11, "đơn vị"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("8%", 8, "%"), Q("42 ý kiến", 42, "ý kiến"),
 Q("36 ý kiến", 36, "ý kiến")],
[D("Chỉ thị", "07", "CT-UBND", None, "UBND thành phố", "Chỉ thị số 07/CT-UBND"),
 D("Quyết định", "3485", "QĐ-UBND", "2014-05-05", "UBND thành phố", "Quyết định số 3485/QĐ-UBND ngày 5/5/2014")],
[prov("Đà Nẵng"), com("Hòa Hiệp Nam")],
["Báo Đà Nẵng điện tử", "Trang chủ › Xã hội › Lao động", "Tháng Công nhân", "Công ty TNHH Sợi Hòa Khánh Vina",
 "Công ty CP Dệt may Hòa Thọ Đông", "Công ty TNHH Điện tử Sông Hàn", "KCN Dịch vụ thủy sản Thọ Quang"],
["12/05/2014 07:45", "năm 2013", "cuối năm 2015", "ngày 30/5", "tháng 1"]))

PAGES.append(page("b9009-phutho-mttq-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Tin tức - Sự kiện :: Giám sát, phản biện xã hội
09/10/2015 - 15:30
Giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp
Từ ngày 5 đến 8/10/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Liên đoàn Lao động tỉnh đã giám sát việc thực hiện pháp luật lao động, bảo hiểm xã hội và thỏa ước lao động tập thể năm 2015 tại 6 doanh nghiệp trên địa bàn thành phố Việt Trì, thị xã Phú Thọ và huyện Lâm Thao.
Đoàn do bà Hà Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn; ông Nguyễn Mạnh Cường, Phó Chủ tịch LĐLĐ tỉnh làm phó đoàn. Cuộc giám sát thực hiện theo Kế hoạch số 86/KH-MTTQ-BTT ngày 15/9/2015 của Ban Thường trực Ủy ban MTTQ tỉnh, cụ thể hóa Quyết định số 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội.
Các doanh nghiệp được giám sát sử dụng 1.850 lao động, thu nhập bình quân 4,1 triệu đồng/người/tháng. Có 4/6 doanh nghiệp đã ký thỏa ước lao động tập thể, tổ chức hội nghị người lao động hằng năm. Tại Công ty TNHH Kwangjin Vina (KCN Thụy Vân), thỏa ước quy định thưởng Tết không dưới 1 tháng lương và hỗ trợ nhà trọ 150.000 đồng/tháng; năm 2015, công ty tăng lương bình quân 9,5%.
Tuy nhiên, đoàn phát hiện 2 doanh nghiệp nợ bảo hiểm xã hội kéo dài với tổng số tiền hơn 3,2 tỷ đồng, ảnh hưởng tới quyền lợi của 420 người lao động; một doanh nghiệp chưa thành lập công đoàn cơ sở, chưa xây dựng thang lương, bảng lương. Ông Đinh Công Sơn, Giám đốc Công ty CP Chè Hùng Lô, giải thích do sản phẩm chè xuất khẩu khó tiêu thụ, công ty đang xin giãn nợ và cam kết trả dứt điểm trong quý I/2016.
Tại buổi làm việc với Công ty TNHH Kwangjin Vina, ông Lee Sang Hoon, Giám đốc nhân sự, cho biết công ty sẵn sàng đối thoại định kỳ với công đoàn. Chị Hà Thị Thơm, Chủ tịch Công đoàn cơ sở công ty, đề nghị bổ sung chế độ cho lao động nữ nuôi con dưới 36 tháng tuổi.
Kết thúc đợt giám sát, bà Hà Thị Nguyệt đề nghị các doanh nghiệp khắc phục hạn chế; đoàn tổng hợp 17 kiến nghị gửi UBND tỉnh, Bảo hiểm xã hội tỉnh và Sở Lao động - Thương binh và Xã hội, trong đó đề nghị xử lý nghiêm doanh nghiệp chây ì đóng bảo hiểm. Đoàn cũng đến thăm khu nhà trọ công nhân ở xã Thụy Vân và trao đổi với UBND thị trấn Lâm Thao về tình hình an ninh trật tự khu nhà trọ.
Minh Hồng
Tin liên quan
- Hội nghị phản biện dự thảo Luật Bảo hiểm xã hội (sửa đổi) (22/09/2015)
- MTTQ tỉnh giám sát thực hiện chính sách người có công (10/09/2015)
- Gần 3.000 công nhân được tư vấn pháp luật (26/08/2015)
- Lâm Thao: ra mắt mô hình "Khu nhà trọ an toàn, văn minh" (14/08/2015)
""", "2015-10-09", "Giám sát việc thực hiện chính sách đối với người lao động tại doanh nghiệp",
E("giam_sat", "2015", "2015-10-05"),
[P("Hà Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Mạnh Cường", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Công Sơn", "Giám đốc Công ty CP Chè Hùng Lô"),
 P("Lee Sang Hoon", "Giám đốc nhân sự"),
 P("Hà Thị Thơm", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("1.850 lao động", 1850, "lao động"),
 Q("4,1 triệu đồng", 4100000, "đồng"), Q("4/6 doanh nghiệp", 4, "doanh nghiệp"),
 Q("150.000 đồng", 150000, "đồng"), Q("9,5%", 9.5, "%"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("420 người lao động", 420, "người lao động"),
 Q("17 kiến nghị", 17, "kiến nghị")],
[D("Kế hoạch", "86", "KH-MTTQ-BTT", "2015-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 15/9/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Phú Thọ"), com("Thụy Vân"), com("Lâm Thao")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Tin tức - Sự kiện :: Giám sát, phản biện xã hội",
 "Công ty TNHH Kwangjin Vina", "Công ty CP Chè Hùng Lô", "KCN Thụy Vân", "Bảo hiểm xã hội tỉnh"],
["09/10/2015 - 15:30", "1 tháng lương", "quý I/2016", "36 tháng tuổi", "ngày 5 đến 8/10/2015"]))

PAGES.append(page("b9010-longan-ldld-soket-2016", """
Báo Long An Online
Chính trị - Xã hội >> Công đoàn
15-07-2016 10:12
Tranh chấp lao động tập thể giảm mạnh
Baolongan.vn - Ngày 14/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Nguyễn Thanh Hải, Chủ tịch LĐLĐ tỉnh chủ trì; dự có đồng chí Lê Văn Thanh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng đầu năm, toàn tỉnh chỉ xảy ra 5 cuộc ngừng việc tập thể, giảm 11 cuộc so với cùng kỳ năm 2015, tất cả đều được giải quyết trong ngày. Vụ đông người nhất xảy ra tại Công ty TNHH Giày Hưng Phát Long An (huyện Đức Hòa) với khoảng 1.700 công nhân ngừng việc do công ty chậm trả lương tháng 3; sau khi LĐLĐ tỉnh và UBND xã Đức Hòa Hạ làm việc, doanh nghiệp đã trả đủ lương và cam kết trả đúng ngày 10 hằng tháng.
Công đoàn các cấp đã phát triển 4.215 đoàn viên, thành lập 32 công đoàn cơ sở; ký mới 47 bản thỏa ước lao động tập thể, nâng tỷ lệ doanh nghiệp có công đoàn ký thỏa ước lên 62,3%. Thực hiện Nghị quyết số 7b/NQ-TLĐ của Ban Chấp hành Tổng Liên đoàn và Kế hoạch số 14, 15/KH-LĐLĐ của LĐLĐ tỉnh, công đoàn cấp trên đã trực tiếp hỗ trợ 28 công đoàn cơ sở thương lượng, trong đó 19 bản thỏa ước có mức thưởng, phụ cấp cao hơn quy định.
Các cấp công đoàn đã thăm, hỗ trợ đoàn viên khó khăn với tổng số tiền 850 triệu đồng; xây dựng, sửa chữa 12 Mái ấm Công đoàn, mỗi căn hỗ trợ 40 triệu đồng.
Bà Trương Thị Mỹ Lệ, Chủ tịch Công đoàn Công ty TNHH Bao bì Kim Dũng, xã Long Hiệp, chia sẻ: trước khi thương lượng, công đoàn khảo sát 100% người lao động, chọn ra 5 nội dung được quan tâm nhất để đưa vào thỏa ước.
Hội nghị cũng chỉ ra hạn chế: nhiều công đoàn cơ sở chưa chủ động nắm tâm tư người lao động; việc tổ chức đối thoại định kỳ theo Bộ luật Lao động còn hình thức; một số chủ doanh nghiệp nước ngoài chưa hiểu vai trò của tổ chức công đoàn, gây khó khăn cho việc thương lượng. Các đồng chí Phạm Văn Đông, Võ Thị Kim Loan, Huỳnh Minh Trí - Phó Chủ tịch LĐLĐ tỉnh đã giải đáp kiến nghị của các công đoàn cấp trên cơ sở.
6 tháng cuối năm, LĐLĐ tỉnh phấn đấu phát triển thêm 3.500 đoàn viên, đến cuối năm đạt trên 70% doanh nghiệp có công đoàn ký thỏa ước lao động tập thể.
Hữu Nghĩa
Tin liên quan
- Bến Lức: hơn 800 công nhân được khám sức khỏe miễn phí (08/07/2016)
- Ký kết quy chế phối hợp giữa LĐLĐ tỉnh và Ban Quản lý Khu kinh tế (30/06/2016)
- Hội thi an toàn vệ sinh lao động năm 2016 (21/06/2016)
- Cần Giuộc: đối thoại với công nhân Công ty TNHH Thực phẩm Hải Long (10/06/2016)
- Trao 20 Mái ấm Công đoàn cho đoàn viên nghèo (01/06/2016)
- Tháng Công nhân: nhiều hoạt động chăm lo đoàn viên (20/05/2016)
""", "2016-07-15", "Tranh chấp lao động tập thể giảm mạnh",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Nguyễn Thanh Hải", "Chủ tịch LĐLĐ tỉnh"),
 P("Lê Văn Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Mỹ Lệ", "Chủ tịch Công đoàn Công ty TNHH Bao bì Kim Dũng"),
 P("Phạm Văn Đông", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Võ Thị Kim Loan", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Huỳnh Minh Trí", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"), Q("11 cuộc", 11, "cuộc"),
 Q("khoảng 1.700 công nhân", 1700, "công nhân", "approx"), Q("4.215 đoàn viên", 4215, "đoàn viên"),
 Q("32 công đoàn cơ sở", 32, "công đoàn cơ sở"), Q("47 bản thỏa ước lao động tập thể", 47, "bản thỏa ước lao động tập thể"),
 Q("62,3%", 62.3, "%"), Q("28 công đoàn cơ sở", 28, "công đoàn cơ sở"), Q("19 bản thỏa ước", 19, "bản thỏa ước"),
 Q("850 triệu đồng", 850000000, "đồng"), Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("100% người lao động", 100, "%"), Q("5 nội dung", 5, "nội dung"),
 Q("3.500 đoàn viên", 3500, "đoàn viên"), Q("trên 70%", 70, "%", "over")],
[D("Nghị quyết", "7b", "NQ-TLĐ", None, "Ban Chấp hành Tổng Liên đoàn", "Nghị quyết số 7b/NQ-TLĐ"),
 D("Kế hoạch", "14", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 14, 15/KH-LĐLĐ"),
 D("Kế hoạch", "15", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 14, 15/KH-LĐLĐ")],
[prov("Long An"), com("Đức Hòa Hạ"), com("Long Hiệp")],
["Báo Long An Online", "Chính trị - Xã hội >> Công đoàn", "Baolongan.vn", "Công ty TNHH Giày Hưng Phát Long An",
 "Công ty TNHH Bao bì Kim Dũng", "Mái ấm Công đoàn", "Bộ luật Lao động"],
["15-07-2016 10:12", "6 tháng đầu năm", "6 tháng cuối năm 2016", "năm 2015", "tháng 3", "ngày 10 hằng tháng"]))
