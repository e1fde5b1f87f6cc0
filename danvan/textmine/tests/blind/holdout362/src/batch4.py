from lib import *
PAGES = []

PAGES.append(page("b8663-kontum-xa-ngokwang-doithoai-lao-2023", """
Báo Kon Tum điện tử
Trang chủ > Xã hội > Dân tộc - Miền núi
08:15 | 14/04/2023
Ngọk Wang: Người dân đối thoại với chính quyền về phòng, chống lao và HIV
KT - Ngày 12/4, Đảng ủy, UBND xã Ngọk Wang (huyện Đăk Hà) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại năm 2023 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về công tác phòng, chống lao, HIV/AIDS và xây dựng nhóm đồng đẳng ở thôn. Đây là lần đầu xã tổ chức đối thoại chuyên đề về y tế.
Đồng chí A Thuận, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Y Lan, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì. Tham dự có 112 đại biểu là người có uy tín, trưởng thôn, người dân đồng bào Xơ Đăng, Ba Na của 8 thôn.
Quang cảnh hội nghị đối thoại tại xã Ngọk Wang.
Theo báo cáo của Trạm Y tế xã, năm 2022 xã phát hiện 9 người bệnh lao mới, 2 người nhiễm HIV; hiện quản lý 14 người bệnh lao đang điều trị tại nhà, 5 người điều trị ARV. Xã đã thành lập 3 nhóm đồng đẳng ở các thôn Kon Stiêu, Kon Rế, Đăk Mút với 21 thành viên là y tế thôn, đoàn viên, hội viên phụ nữ. Nhóm đồng đẳng đã vận động 486 lượt người đến trạm khám sàng lọc lao, xét nghiệm HIV miễn phí.
Tại hội nghị, có 17 ý kiến phát biểu. Ông A Bơ, người có uy tín thôn Kon Stiêu, hỏi vì sao người bệnh lao phải uống thuốc 6 tháng. Bà Y Hương, thôn Kon Rế, đề nghị trạm y tế có người nói tiếng Xơ Đăng. Anh A Phi, Bí thư Chi đoàn thôn Đăk Mút, phản ánh một số thanh niên đi làm rẫy xa, không về uống thuốc đúng giờ.
Trả lời các ý kiến, bà Nguyễn Thị Thanh Thủy, Trạm trưởng Trạm Y tế xã, giải thích người bệnh lao phải điều trị đủ liều để không kháng thuốc; trạm sẽ bố trí 2 cán bộ biết tiếng Xơ Đăng trực tư vấn. Đồng chí Y Lan cho biết xã sẽ dành 40 triệu đồng từ ngân sách năm 2023 hỗ trợ nhóm đồng đẳng và người bệnh lao nghèo, mỗi người bệnh được hỗ trợ 1 triệu đồng/đợt điều trị; đề nghị Đoàn Thanh niên nhắn tin nhắc thuốc cho người bệnh đi làm xa.
Phát biểu kết thúc, đồng chí A Thuận yêu cầu các chi bộ thôn đưa nội dung phòng, chống lao, HIV/AIDS vào nghị quyết, thực hiện Kế hoạch số 18-KH/ĐU ngày 20/2/2023 của Đảng ủy xã và Kế hoạch số 45, 46/KH-UBND của UBND huyện Đăk Hà; phấn đấu năm 2023 không còn người bệnh lao bỏ điều trị, trên 95% người nhiễm HIV được điều trị ARV.
Các kiến nghị được giao cho các ngành trả lời bằng văn bản trước ngày 30/4/2023. Xã cũng mời Ban Dân vận Huyện ủy và Trung tâm Y tế huyện dự các buổi sinh hoạt nhóm đồng đẳng ở thôn để hỗ trợ chuyên môn.
Văn Bình
Tin liên quan
- Đăk Hà ra mắt mô hình "Thôn không có người bỏ điều trị lao" (05/04/2023)
- Kon Tum: Hưởng ứng Ngày Thế giới phòng, chống lao (24/03/2023)
- Hội nghị tiếp xúc cử tri xã Ngọk Wang (15/03/2023)
""", "2023-04-14", "Ngọk Wang: Người dân đối thoại với chính quyền về phòng, chống lao và HIV",
E("doi_thoai", "2023", "2023-04-12"),
[P("A Thuận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Y Lan", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("A Bơ", "người có uy tín thôn Kon Stiêu"),
 P("Y Hương"),
 P("A Phi", "Bí thư Chi đoàn thôn Đăk Mút"),
 P("Nguyễn Thị Thanh Thủy", "Trạm trưởng Trạm Y tế xã")],
[Q("112 đại biểu", 112, "đại biểu"), Q("8 thôn", 8, "thôn"), Q("9 người bệnh lao mới", 9, "người bệnh lao mới"),
 Q("2 người nhiễm HIV", 2, "người nhiễm HIV"), Q("14 người bệnh lao", 14, "người bệnh lao"), Q("5 người", 5, "người"),
 Q("3 nhóm đồng đẳng", 3, "nhóm đồng đẳng"), Q("21 thành viên", 21, "thành viên"), Q("486 lượt người", 486, "lượt người"),
 Q("17 ý kiến", 17, "ý kiến"), Q("2 cán bộ", 2, "cán bộ"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("trên 95%", 95, "%", "over")],
[D("Kế hoạch", "18", "KH/ĐU", "2023-02-20", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 20/2/2023"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện Đăk Hà", "Kế hoạch số 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND huyện Đăk Hà", "Kế hoạch số 45, 46/KH-UBND")],
[prov("Kon Tum"), com("Ngọk Wang")],
["Báo Kon Tum điện tử", "Trang chủ > Xã hội > Dân tộc - Miền núi", "KT", "Quang cảnh hội nghị đối thoại tại xã Ngọk Wang."],
["08:15 | 14/04/2023", "năm 2023", "năm 2022", "6 tháng", "ngày 30/4/2023"]))

PAGES.append(page("b8664-haiphong-mttq-lechan-giaoban-q2-2023", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ › Hoạt động Mặt trận › Quận, huyện
Thứ Tư, 12/07/2023
Hôm nay: Thứ Tư, 12/07/2023
Lê Chân: Mặt trận giao ban quý II, đánh giá mô hình đồng đẳng phòng, chống HIV/AIDS ở khu dân cư
Chiều 10/7, Ban Thường trực Ủy ban MTTQ Việt Nam quận Lê Chân tổ chức hội nghị giao ban công tác Mặt trận quý II/2023 với Ban Thường trực Ủy ban MTTQ 15 phường. Ông Vũ Đức Thắng, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì.
Theo báo cáo, trong quý II, Mặt trận các cấp đã phối hợp với Trung tâm Y tế quận triển khai mô hình "Khu dân cư đồng hành cùng người nhiễm HIV" tại 4 phường: Dư Hàng Kênh, Vĩnh Niệm, Trại Cau, Niệm Nghĩa. Các tổ đồng đẳng gồm 32 thành viên đã tiếp cận 615 người có nguy cơ cao, vận động 287 người xét nghiệm HIV miễn phí, phát hiện 11 người nhiễm mới và kết nối 100% vào điều trị ARV ngay trong tuần. Hải Phòng hiện vẫn là một trong những địa phương có số người nhiễm HIV cao của cả nước.
Ban công tác Mặt trận các tổ dân phố cũng vận động được 146 triệu đồng hỗ trợ 29 người nhiễm HIV, người bệnh lao có hoàn cảnh khó khăn, mỗi người 5 triệu đồng; tặng 73 thẻ bảo hiểm y tế. Tỷ lệ người nhiễm HIV có thẻ bảo hiểm y tế của quận đạt 98,5%.
Bà Đào Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường Dư Hàng Kênh, chia sẻ cách làm: mỗi tổ dân phố có 1 thành viên đồng đẳng phụ trách, gặp gỡ người nhiễm HIV hằng tháng, đưa đi lĩnh thuốc khi cần. Ông Bùi Văn Thịnh, Trưởng ban công tác Mặt trận tổ dân phố số 6, phường Vĩnh Niệm, kiến nghị tập huấn thêm cho các thành viên để tư vấn về thuốc PrEP. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam quận là bà Nguyễn Thị Hương Giang, ông Phạm Quang Huy báo cáo tiến độ thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và công tác giám sát 6 tháng.
Bác sĩ Ngô Thị Thúy, Phó Giám đốc Trung tâm Y tế quận Lê Chân, đánh giá các tổ đồng đẳng của Mặt trận giúp phát hiện sớm người nhiễm, giảm tỷ lệ bỏ trị từ 7% năm 2022 xuống còn 3,2%.
Kết luận giao ban, ông Vũ Đức Thắng đề nghị quý III/2023, Mặt trận các phường tiếp tục thực hiện Chương trình phối hợp số 03/CTPH-MTTQ-TTYT ngày 6/3/2023 giữa Ban Thường trực Ủy ban MTTQ Việt Nam quận và Trung tâm Y tế quận; nhân rộng mô hình ra ít nhất 6 phường; thực hiện Hướng dẫn số 28/HD-MTTQ-BTT ngày 15/5/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về giám sát chính sách hỗ trợ người nhiễm HIV.
Thu Hằng
Tin liên quan
- Hồng Bàng: Hội nghị phản biện dự thảo quyết định hỗ trợ người có công (05/07/2023)
- Kiến An trao 100 suất quà cho người cao tuổi neo đơn (28/06/2023)
- Ngô Quyền: Giao ban công tác Mặt trận 6 tháng đầu năm (22/06/2023)
""", "2023-07-12", "Lê Chân: Mặt trận giao ban quý II, đánh giá mô hình đồng đẳng phòng, chống HIV/AIDS ở khu dân cư",
E("giao_ban", "2023-Q2", "2023-07-10"),
[P("Vũ Đức Thắng", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Đào Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường Dư Hàng Kênh"),
 P("Bùi Văn Thịnh", "Trưởng ban công tác Mặt trận tổ dân phố số 6"),
 P("Nguyễn Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Phạm Quang Huy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Ngô Thị Thúy", "Bác sĩ", "Phó Giám đốc Trung tâm Y tế quận Lê Chân")],
[Q("15 phường", 15, "phường"), Q("4 phường", 4, "phường"), Q("32 thành viên", 32, "thành viên"),
 Q("615 người", 615, "người"), Q("287 người", 287, "người"), Q("11 người nhiễm mới", 11, "người nhiễm mới"),
 Q("100%", 100, "%"), Q("146 triệu đồng", 146000000, "đồng"),
 Q("29 người nhiễm HIV, người bệnh lao", 29, "người nhiễm HIV, người bệnh lao"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("73 thẻ bảo hiểm y tế", 73, "thẻ bảo hiểm y tế"), Q("98,5%", 98.5, "%"), Q("7%", 7, "%"), Q("3,2%", 3.2, "%"),
 Q("ít nhất 6 phường", 6, "phường", "over")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-TTYT", "2023-03-06", None, "Chương trình phối hợp số 03/CTPH-MTTQ-TTYT ngày 6/3/2023"),
 D("Hướng dẫn", "28", "HD-MTTQ-BTT", "2023-05-15", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 28/HD-MTTQ-BTT ngày 15/5/2023")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm"), com("Trại Cau"), com("Niệm Nghĩa")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ › Hoạt động Mặt trận › Quận, huyện", "Hôm nay: Thứ Tư, 12/07/2023",
 "Khu dân cư đồng hành cùng người nhiễm HIV", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "PrEP"],
["Thứ Tư, 12/07/2023", "quý II/2023", "quý II", "quý III/2023", "năm 2022", "6 tháng", "tổ dân phố số 6", "1 thành viên đồng đẳng"]))

PAGES.append(page("b8665-binhduong-ldld-mittinh-hiv-congnhan-2024", """
Báo Bình Dương Online
Trang chủ / Xã hội / Công đoàn
Thứ Ba, 12/11/2024 - 08:05
Mít tinh hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS: hơn 1.200 công nhân được xét nghiệm HIV miễn phí
(BDO) Sáng 10/11, tại Khu công nghiệp Mỹ Phước 2, phường Mỹ Phước, LĐLĐ tỉnh phối hợp với Sở Y tế tổ chức lễ mít tinh hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2024 với chủ đề "Cộng đồng chung tay - Chấm dứt dịch bệnh AIDS". Dự có hơn 2.000 công nhân lao động.
Công nhân được tư vấn, xét nghiệm HIV miễn phí tại lễ mít tinh. Ảnh: Thanh Tâm
Dự buổi lễ có đồng chí Nguyễn Văn Lộc, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Phan Thị Ngọc Diễm, Phó Giám đốc Sở Y tế; cùng các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lâm Thị Hồng Nhung, Trương Thị Kiều.
Phát biểu tại lễ mít tinh, đồng chí Phan Thị Ngọc Diễm cho biết Bình Dương có hơn 1,2 triệu công nhân lao động, phần lớn là người nhập cư trẻ tuổi. Đến tháng 9/2024, toàn tỉnh có 6.340 người nhiễm HIV còn sống, 92,7% được điều trị ARV; số người nhiễm mới tập trung ở nhóm 20 - 35 tuổi. Tỉnh đang triển khai Kế hoạch số 4521/KH-UBND ngày 1/9/2023 của UBND tỉnh thực hiện Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030, trong đó đặt mục tiêu "95-95-95".
Ngay tại buổi mít tinh, 8 điểm tư vấn của Trung tâm Kiểm soát bệnh tật tỉnh và các nhóm đồng đẳng đã xét nghiệm HIV miễn phí cho hơn 1.200 công nhân, phát 3.000 bộ tài liệu và 10.000 bao cao su. Nhóm "Công nhân giúp công nhân" với 25 thành viên, do chị Lê Thị Mai Hương, công nhân Công ty TNHH Giày Thái Bình làm nhóm trưởng, đã biểu diễn tiểu phẩm về chống kỳ thị người nhiễm HIV.
Chị Mai Hương kể: "Tôi nhiễm HIV từ năm 2015, điều trị ARV đều nên vẫn đi làm bình thường. Tôi muốn anh chị em biết xét nghiệm sớm là để sống khỏe, không có gì phải sợ". Anh Đinh Văn Tài, Chủ tịch Công đoàn Công ty TNHH Giày Thái Bình, cho biết công đoàn đã thương lượng để người lao động được nghỉ có lương 1 buổi khi đi xét nghiệm, khám lao.
Theo đồng chí Nguyễn Văn Lộc, thực hiện Chương trình phối hợp số 07/CTPH-LĐLĐ-SYT ngày 20/3/2024, năm 2024 các cấp công đoàn đã tổ chức 126 buổi truyền thông tại 98 doanh nghiệp, khám sàng lọc lao miễn phí cho 4.560 công nhân, phát hiện 23 người mắc lao. LĐLĐ tỉnh dành 350 triệu đồng hỗ trợ công nhân nhiễm HIV, mắc lao khó khăn. Năm 2025, LĐLĐ tỉnh phấn đấu thành lập thêm 10 nhóm đồng đẳng trong công nhân tại phường Tân Định, phường Bình Hòa và phường Tân Đông Hiệp.
Sau lễ mít tinh, hơn 300 đoàn viên công đoàn đã diễu hành tuyên truyền quanh khu công nghiệp.
Kim Hà
Tin liên quan
- Công đoàn tỉnh trao 200 suất học bổng cho con công nhân (05/11/2024)
- Khám sức khỏe miễn phí cho nữ công nhân (25/10/2024)
- Đối thoại về chính sách tiền lương tại Khu công nghiệp VSIP (10/10/2024)
""", "2024-11-12", "Mít tinh hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS: hơn 1.200 công nhân được xét nghiệm HIV miễn phí",
E("khac", None, "2024-11-10"),
[P("Nguyễn Văn Lộc", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Phan Thị Ngọc Diễm", "Phó Giám đốc Sở Y tế"),
 P("Lâm Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Mai Hương", "công nhân Công ty TNHH Giày Thái Bình", "nhóm trưởng"),
 P("Đinh Văn Tài", "Chủ tịch Công đoàn Công ty TNHH Giày Thái Bình")],
[Q("hơn 1.200 công nhân", 1200, "công nhân", "over"), Q("hơn 2.000 công nhân lao động", 2000, "công nhân lao động", "over"),
 Q("hơn 1,2 triệu công nhân lao động", 1200000, "công nhân lao động", "over"), Q("6.340 người nhiễm HIV", 6340, "người nhiễm HIV"),
 Q("92,7%", 92.7, "%"), Q("8 điểm tư vấn", 8, "điểm tư vấn"), Q("3.000 bộ tài liệu", 3000, "bộ tài liệu"),
 Q("10.000 bao cao su", 10000, "bao cao su"), Q("25 thành viên", 25, "thành viên"),
 Q("126 buổi truyền thông", 126, "buổi truyền thông"), Q("98 doanh nghiệp", 98, "doanh nghiệp"),
 Q("4.560 công nhân", 4560, "công nhân"), Q("23 người", 23, "người"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("10 nhóm đồng đẳng", 10, "nhóm đồng đẳng"), Q("hơn 300 đoàn viên công đoàn", 300, "đoàn viên công đoàn", "over")],
[D("Kế hoạch", "4521", "KH-UBND", "2023-09-01", "UBND tỉnh", "Kế hoạch số 4521/KH-UBND ngày 1/9/2023"),
 D("Chương trình phối hợp", "07", "CTPH-LĐLĐ-SYT", "2024-03-20", None, "Chương trình phối hợp số 07/CTPH-LĐLĐ-SYT ngày 20/3/2024")],
[prov("Bình Dương"), com("Mỹ Phước"), com("Tân Định"), com("Bình Hòa"), com("Tân Đông Hiệp")],
["Báo Bình Dương Online", "Trang chủ / Xã hội / Công đoàn", "(BDO)", "Công nhân được tư vấn, xét nghiệm HIV miễn phí tại lễ mít tinh. Ảnh: Thanh Tâm",
 "Cộng đồng chung tay - Chấm dứt dịch bệnh AIDS", "Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030", "95-95-95",
 "Công nhân giúp công nhân", "Tháng hành động quốc gia phòng, chống HIV/AIDS", "Khu công nghiệp Mỹ Phước 2"],
["Thứ Ba, 12/11/2024 - 08:05", "năm 2024", "tháng 9/2024", "20 - 35 tuổi", "95-95-95", "năm 2015", "1 buổi", "Năm 2025"]))

PAGES.append(page("b8666-camau-bdvtu-soket-6thang-2024", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ :: Tin tức :: Dân vận các cấp
19.07.2024 | 16:05
Ảnh: Đồng chí Lý Hoàng Phương phát biểu kết luận hội nghị.
Khối dân vận Cà Mau sơ kết 6 tháng: nhân rộng nhóm đồng đẳng phòng, chống lao, HIV/AIDS ở ấp
Ngày 17/7/2024, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Lý Hoàng Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Trần Thị Thu Ba, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và trưởng ban dân vận 9 huyện ủy, thành ủy.
Báo cáo cho biết, 6 tháng đầu năm 2024, khối dân vận các cấp tập trung thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của chính quyền các cấp và Kế hoạch số 102-KH/BDVTU ngày 10/1/2024 của Ban Dân vận Tỉnh ủy về phát huy vai trò khối dân vận trong phòng, chống dịch bệnh tại cộng đồng. Toàn tỉnh đã có 64 mô hình "Dân vận khéo" lĩnh vực y tế, trong đó 21 mô hình nhóm đồng đẳng phòng, chống lao, HIV/AIDS ở ấp, khóm.
Các nhóm đồng đẳng đã vận động 3.870 lượt người đến khám sàng lọc lao, xét nghiệm HIV miễn phí, phát hiện 96 người bệnh lao và 28 người nhiễm HIV mới; 100% được chuyển điều trị. Mặt trận và các đoàn thể vận động gần 620 triệu đồng hỗ trợ 310 người bệnh lao, người nhiễm HIV nghèo; trao 148 thẻ bảo hiểm y tế.
Tại hội nghị, đồng chí Huỳnh Văn Nghĩa, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, giới thiệu mô hình "Ấp không còn người bỏ trị lao" ở xã Khánh Bình Tây: mỗi người bệnh có 1 "người đỡ đầu" là đảng viên hoặc hội viên, nhắc uống thuốc mỗi sáng. Bà Tăng Thị Sa Muôl, Chủ tịch Hội LHPN thị trấn Sông Đốc, đề nghị hỗ trợ kinh phí cho thành viên nhóm đồng đẳng là ngư dân thường xuyên đi biển dài ngày. Ông Quách Văn Lâm, Bí thư Chi bộ ấp Tân Thành, xã Tân Hưng Đông, kiến nghị tăng cường xe X-quang lưu động về ấp xa.
Hội nghị chỉ ra hạn chế: một số nơi mô hình chỉ hoạt động khi có dự án; tỷ lệ người bệnh lao điều trị thành công mới đạt 88%, thấp hơn chỉ tiêu 90%; tình trạng kỳ thị người nhiễm HIV còn ở một số khóm.
Phát biểu kết luận, đồng chí Lý Hoàng Phương yêu cầu 6 tháng cuối năm 2024 các cấp ủy tiếp tục thực hiện Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu đến cuối năm mỗi huyện có ít nhất 3 mô hình nhóm đồng đẳng; khối dân vận phối hợp ngành y tế tổ chức đợt cao điểm khám sàng lọc lao tại 101 xã, phường, thị trấn trước ngày 30/11.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 7 tập thể, 11 cá nhân điển hình trong phong trào thi đua "Dân vận khéo".
Minh Luân
Tin liên quan
- Năm Căn: Ra mắt nhóm đồng đẳng phòng, chống lao ở ấp Mai Hoa (10/07/2024)
- Giao ban khối dân vận quý II/2024 (28/06/2024)
- U Minh tọa đàm về công tác dân vận chính quyền (14/06/2024)
""", "2024-07-19", "Khối dân vận Cà Mau sơ kết 6 tháng: nhân rộng nhóm đồng đẳng phòng, chống lao, HIV/AIDS ở ấp",
E("so_ket", "2024-H1", "2024-07-17"),
[P("Lý Hoàng Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Ba", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Nghĩa", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Tăng Thị Sa Muôl", "Chủ tịch Hội LHPN thị trấn Sông Đốc"),
 P("Quách Văn Lâm", "Bí thư Chi bộ ấp Tân Thành")],
[Q("9 huyện ủy, thành ủy", 9, "huyện ủy, thành ủy"), Q("64 mô hình", 64, "mô hình"),
 Q("21 mô hình nhóm đồng đẳng", 21, "mô hình nhóm đồng đẳng"), Q("3.870 lượt người", 3870, "lượt người"),
 Q("96 người bệnh lao", 96, "người bệnh lao"), Q("28 người nhiễm HIV mới", 28, "người nhiễm HIV mới"), Q("100%", 100, "%"),
 Q("gần 620 triệu đồng", 620000000, "đồng", "approx"),
 Q("310 người bệnh lao, người nhiễm HIV nghèo", 310, "người bệnh lao, người nhiễm HIV nghèo"),
 Q("148 thẻ bảo hiểm y tế", 148, "thẻ bảo hiểm y tế"), Q("88%", 88, "%"), Q("90%", 90, "%"),
 Q("ít nhất 3 mô hình nhóm đồng đẳng", 3, "mô hình nhóm đồng đẳng", "over"),
 Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("7 tập thể", 7, "tập thể"),
 Q("11 cá nhân điển hình", 11, "cá nhân điển hình")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "102", "KH/BDVTU", "2024-01-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 102-KH/BDVTU ngày 10/1/2024"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Sông Đốc"), com("Tân Hưng Đông")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ :: Tin tức :: Dân vận các cấp", "Ảnh: Đồng chí Lý Hoàng Phương phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Ấp không còn người bỏ trị lao", "người đỡ đầu"],
["19.07.2024 | 16:05", "sơ kết 6 tháng", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024", "1 \"người đỡ đầu\"", "ngày 30/11"]))

PAGES.append(page("b8667-tuyenquang-mttq-giamsat-hiv-lao-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ > Giám sát và phản biện xã hội
Thứ Ba, 16/12/2025 - 09:30
Giám sát chính sách đối với người nhiễm HIV, người bệnh lao tại các xã vùng cao
Từ ngày 10 đến 12/12/2025, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Lý Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người nhiễm HIV, người bệnh lao và hoạt động của nhóm đồng đẳng tại xã Đồng Văn, xã Mèo Vạc, xã Lũng Cú và phường Hà Giang 1. Đây là nội dung giám sát chuyên đề năm 2025 theo Kế hoạch số 36/KH-MTTQ-BTT ngày 25/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại xã Đồng Văn.
Cùng tham gia đoàn có ông Hoàng Văn Thạch, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; bà Nông Thị Bích, Phó Giám đốc Sở Y tế. Tiếp đoàn tại xã Đồng Văn có ông Vàng Mí Sính, Bí thư Đảng ủy xã; ông Sùng Sí Dúng, Phó Chủ tịch UBND xã.
Theo báo cáo của các xã, sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương 2 cấp, trạm y tế xã tiếp tục quản lý, cấp phát thuốc ARV và thuốc lao tại chỗ. Tại 4 đơn vị được giám sát có 418 người nhiễm HIV đang điều trị ARV, 67 người bệnh lao đang điều trị; 100% người bệnh có thẻ bảo hiểm y tế. Mười nhóm đồng đẳng với 74 thành viên là người Mông, Dao, Lô Lô tiếp tục hoạt động, từ đầu năm vận động 2.315 lượt người xét nghiệm HIV miễn phí, phát hiện 19 người nhiễm mới.
Ông Giàng Mí Chứ, trưởng nhóm đồng đẳng thôn Sủng Là, xã Đồng Văn, nói: "Nhiều người đi làm ở Trung Quốc về không chịu xét nghiệm, mình phải đến nhà ba, bốn lần". Bà Lò Thị Mai, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, đề nghị hỗ trợ tiền xe cho người bệnh ở thôn xa đi lấy thuốc.
Qua giám sát, đoàn ghi nhận các địa phương đã kịp thời kiện toàn ban chỉ đạo phòng, chống AIDS, ma túy cấp xã sau sắp xếp. Tuy nhiên, kinh phí hỗ trợ nhóm đồng đẳng từ nguồn dự án đã dừng từ tháng 7/2025; phụ cấp 500.000 đồng/tháng cho thành viên chưa được bố trí; tỷ lệ người nhiễm HIV có tải lượng vi rút dưới ngưỡng ức chế mới đạt 87%.
Bà Lý Thị Lan đề nghị UBND các xã, phường thực hiện Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân; bố trí ngân sách duy trì nhóm đồng đẳng; Ủy ban MTTQ các xã đưa người nhiễm HIV, người bệnh lao nghèo vào danh sách hỗ trợ của Quỹ "Vì người nghèo". Kết quả giám sát sẽ được báo cáo UBND tỉnh, kiến nghị bố trí khoảng 1,8 tỷ đồng cho năm 2026.
Tuấn Anh
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế học sinh (05/12/2025)
- Xã Mèo Vạc ra mắt tổ Mặt trận tự quản phòng, chống ma túy (28/11/2025)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ người có uy tín (20/11/2025)
""", "2025-12-16", "Giám sát chính sách đối với người nhiễm HIV, người bệnh lao tại các xã vùng cao",
E("giam_sat", "2025", "2025-12-10"),
[P("Lý Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thạch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Bích", "Phó Giám đốc Sở Y tế"),
 P("Vàng Mí Sính", "Bí thư Đảng ủy xã"),
 P("Sùng Sí Dúng", "Phó Chủ tịch UBND xã"),
 P("Giàng Mí Chứ", "trưởng nhóm đồng đẳng thôn Sủng Là"),
 P("Lò Thị Mai", "người có uy tín thôn Lô Lô Chải")],
[Q("4 đơn vị", 4, "đơn vị"), Q("418 người nhiễm HIV", 418, "người nhiễm HIV"), Q("67 người bệnh lao", 67, "người bệnh lao"),
 Q("100%", 100, "%"), Q("Mười nhóm đồng đẳng", 10, "nhóm đồng đẳng"), Q("74 thành viên", 74, "thành viên"), Q("2.315 lượt người", 2315, "lượt người"),
 Q("19 người nhiễm mới", 19, "người nhiễm mới"), Q("500.000 đồng", 500000, "đồng"), Q("87%", 87, "%"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-08-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 25/8/2025"),
 D("Nghị quyết", "72", "NQ/TW", "2025-09-09", "Bộ Chính trị", "Nghị quyết số 72-NQ/TW ngày 9/9/2025")],
[prov("Tuyên Quang"), com("Đồng Văn"), com("Mèo Vạc"), com("Lũng Cú"), com("Hà Giang 1")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ > Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại xã Đồng Văn.",
 "Vì người nghèo", "Trung Quốc"],
["Thứ Ba, 16/12/2025 - 09:30", "năm 2025", "2 cấp", "tháng 7/2025", "năm 2026", "ba, bốn lần", "Từ ngày 10 đến 12/12/2025"]))

PAGES.append(page("b8668-vinhlong-btgdvtu-tongket-hiv-lao-2026", """
Hôm nay: Thứ Năm, 22/01/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ › Dân vận › Tin hoạt động
Thứ Tư, 21/01/2026, 08:05
Toàn cảnh hội nghị.
Vĩnh Long triển khai nhiệm vụ năm 2026 về vận động nhân dân phòng, chống HIV/AIDS, bệnh lao
Ngày 19/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Sở Y tế tổ chức hội nghị tổng kết công tác phối hợp vận động nhân dân phòng, chống HIV/AIDS, bệnh lao năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đây là hội nghị đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Theo báo cáo, đến cuối năm 2025 toàn tỉnh có 12.630 người nhiễm HIV còn sống; cụ thể: khu vực Vĩnh Long cũ 4.120 người, Bến Tre cũ 5.030 người, Trà Vinh cũ 3.480 người. Tỷ lệ người nhiễm HIV được điều trị ARV đạt 91,4%. Năm 2025 phát hiện 2.870 người bệnh lao các thể, tỷ lệ điều trị thành công 89,6%.
Thực hiện Kế hoạch 08, 09-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận duy trì 186 nhóm đồng đẳng tại 124 xã, phường, trong đó 43 nhóm ở các ấp, khóm có đông đồng bào Khmer. Các nhóm đã vận động 48.500 lượt người xét nghiệm HIV miễn phí, giới thiệu 1.920 người dùng PrEP, đưa 6.340 người có triệu chứng nghi lao đi khám. Mặt trận và các đoàn thể vận động 4,6 tỷ đồng hỗ trợ người bệnh nghèo, trao 2.150 thẻ bảo hiểm y tế.
Thượng tọa Thạch Sa Rinh, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết 60 chùa Phật giáo Nam tông Khmer đã cho mượn sala làm điểm truyền thông. Bà Kim Thị Sa Pha, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi, kể về tổ "Sóc không kỳ thị" gồm 9 người do Achar, sư cả và hội viên phụ nữ làm nòng cốt. Ông Lê Văn Tư, Bí thư Đảng ủy phường An Hội, đề nghị sớm bố trí kinh phí cho nhóm đồng đẳng vì nhiều dự án quốc tế đã kết thúc. Bác sĩ Phạm Minh Khôi, Phó Giám đốc Sở Y tế, thông tin từ năm 2026 trạm y tế các xã, phường Long Châu, Trà Vinh sẽ cấp thuốc ARV bằng bảo hiểm y tế.
Phát biểu kết luận, đồng chí Nguyễn Thị Minh Trang đề nghị năm 2026 các cấp ủy thực hiện Chỉ thị số 04-CT/TU ngày 5/11/2025 của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống HIV/AIDS, bệnh lao trong tình hình mới; đưa chỉ tiêu vào nghị quyết đại hội đảng bộ xã, phường nhiệm kỳ 2025 - 2030; phấn đấu trên 95% người nhiễm HIV được điều trị, mỗi xã, phường có ít nhất 2 nhóm đồng đẳng.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 24 cá nhân tiêu biểu; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Hậu, Sơn Thị Mỹ Hạnh, Võ Thành Công trao giấy khen.
Ngọc Hân
Tin liên quan
- Vĩnh Long: Mít tinh hưởng ứng Tháng hành động phòng, chống HIV/AIDS năm 2025 (12/11/2025)
- Phường Trà Vinh ra mắt nhóm đồng đẳng "Bạn đồng hành" (28/10/2025)
- Hội nghị tập huấn công tác dân vận cho cán bộ xã sau sắp xếp (15/10/2025)
""", "2026-01-21", "Vĩnh Long triển khai nhiệm vụ năm 2026 về vận động nhân dân phòng, chống HIV/AIDS, bệnh lao",
E("tong_ket", "2025", "2026-01-19"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sa Rinh", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Kim Thị Sa Pha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi"),
 P("Lê Văn Tư", "Bí thư Đảng ủy phường An Hội"),
 P("Phạm Minh Khôi", "Bác sĩ", "Phó Giám đốc Sở Y tế"),
 P("Trần Văn Hậu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thành Công", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("12.630 người nhiễm HIV", 12630, "người nhiễm HIV"), Q("4.120 người", 4120, "người"),
 Q("5.030 người", 5030, "người"), Q("3.480 người", 3480, "người"), Q("91,4%", 91.4, "%"),
 Q("2.870 người bệnh lao các thể", 2870, "người bệnh lao các thể"), Q("89,6%", 89.6, "%"),
 Q("186 nhóm đồng đẳng", 186, "nhóm đồng đẳng"), Q("124 xã, phường", 124, "xã, phường"), Q("43 nhóm", 43, "nhóm"),
 Q("48.500 lượt người", 48500, "lượt người"), Q("1.920 người", 1920, "người"), Q("6.340 người", 6340, "người"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("2.150 thẻ bảo hiểm y tế", 2150, "thẻ bảo hiểm y tế"),
 Q("60 chùa Phật giáo Nam tông Khmer", 60, "chùa Phật giáo Nam tông Khmer"), Q("9 người", 9, "người"),
 Q("trên 95%", 95, "%", "over"), Q("ít nhất 2 nhóm đồng đẳng", 2, "nhóm đồng đẳng", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân tiêu biểu", 24, "cá nhân tiêu biểu")],
[D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 08, 09-KH/BTGDVTU"),
 D("Chỉ thị", "04", "CT/TU", "2025-11-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 5/11/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Ngãi"), com("An Hội"), com("Long Châu")],
["Hôm nay: Thứ Năm, 22/01/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ › Dân vận › Tin hoạt động",
 "Toàn cảnh hội nghị.", "Sóc không kỳ thị", "PrEP"],
["Thứ Tư, 21/01/2026, 08:05", "năm 2025", "năm 2026", "Năm 2025", "nhiệm kỳ 2025 - 2030"]))
