from lib import *
PAGES = []

PAGES.append(page("b6893-binhduong-ldld-xenghiatinh-2011", """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ > Chính trị > Công đoàn
Thứ Sáu, 28/01/2011 - 08:40
Hơn 1.200 công nhân lên xe về quê đón Tết Tân Mão
(BDO) Sáng 27/1, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương phối hợp Ban Dân vận Tỉnh ủy tổ chức lễ tiễn đưa hơn 1.200 công nhân có hoàn cảnh khó khăn về quê đón Tết Tân Mão 2011 trên 26 chuyến xe. Mỗi công nhân còn được tặng một phần quà gồm bánh, mứt và 200.000 đồng tiền mặt.
Các chuyến xe nghĩa tình chở công nhân về các tỉnh miền Trung và Tây Nguyên. Ảnh: Ngọc Thạch
Đến dự có ông Nguyễn Văn Hiền, Phó Bí thư Thường trực Tỉnh ủy; bà Trần Thị Kim Oanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Lê Minh Tâm, Chủ tịch LĐLĐ tỉnh cùng đại diện các sở, ngành và doanh nghiệp.
Theo LĐLĐ tỉnh, chương trình "Chuyến xe nghĩa tình" năm nay có tổng kinh phí gần 1,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 600 triệu đồng, phần còn lại do 47 doanh nghiệp và các nhà hảo tâm đóng góp. Công nhân được chọn là đoàn viên làm việc từ 1 năm trở lên, thu nhập thấp, nhiều năm chưa về quê ăn Tết. Các xe đi 11 tỉnh, từ Quảng Bình đến Đắk Lắk, chặng xa nhất hơn 1.000 km.
Phát biểu tại buổi lễ, ông Nguyễn Văn Hiền ghi nhận sự quan tâm của các doanh nghiệp và cho rằng chăm lo Tết cho người lao động là việc làm thiết thực trong thực hiện Chỉ thị số 07-CT/TU ngày 12/11/2010 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong công nhân, lao động tại các khu công nghiệp. Ông đề nghị các cấp công đoàn tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008 của Ban Chấp hành Trung ương về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.
Chị Võ Thị Hạnh, công nhân Công ty TNHH Giày da Phú Hưng (phường Thuận Giao, thị xã Thuận An), quê Quảng Ngãi, xúc động nói: "Ba năm rồi em không về quê vì tiền xe đắt quá. Năm nay được Công đoàn tặng vé, em để dành được gần 2 triệu đồng mua quà cho ba mẹ".
Dịp này, LĐLĐ tỉnh cũng trao 300 suất quà Tết, mỗi suất trị giá 500.000 đồng, cho công nhân ở lại làm việc tại các khu nhà trọ. Đại diện Công ty Cổ phần Xe khách Phương Trang cam kết bố trí xe đời mới, tài xế có kinh nghiệm, bảo đảm an toàn cho người lao động trên suốt hành trình.
Cùng ngày, Công đoàn các khu công nghiệp Bình Dương tổ chức thêm 8 chuyến xe đưa khoảng 350 công nhân về quê ở các tỉnh miền Tây.
Ngọc Thạch
Tin liên quan
- Doanh nghiệp thưởng Tết bình quân 2,8 triệu đồng/người (25/01/2011)
- Chợ Tết công nhân thu hút hàng ngàn lượt người (20/01/2011)
- LĐLĐ tỉnh thăm, tặng quà công nhân tại nhà trọ (15/01/2011)
""", "2011-01-28", "Hơn 1.200 công nhân lên xe về quê đón Tết Tân Mão",
E("trao_qua", None, "2011-01-27"),
[P("Nguyễn Văn Hiền", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Thị Kim Oanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Tâm", "Chủ tịch LĐLĐ tỉnh"),
 P("Võ Thị Hạnh", "công nhân Công ty TNHH Giày da Phú Hưng")],
[Q("hơn 1.200 công nhân", 1200, "công nhân", "over"), Q("26 chuyến xe", 26, "chuyến xe"),
 Q("200.000 đồng", 200000, "đồng"), Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("47 doanh nghiệp", 47, "doanh nghiệp"), Q("11 tỉnh", 11, "tỉnh"),
 Q("hơn 1.000 km", 1000, "km", "over"), Q("gần 2 triệu đồng", 2000000, "đồng", "approx"),
 Q("300 suất quà Tết", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("8 chuyến xe", 8, "chuyến xe"),
 Q("khoảng 350 công nhân", 350, "công nhân", "approx")],
[D("Chỉ thị", "07", "CT/TU", "2010-11-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/11/2010"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/1/2008")],
[prov("Bình Dương"), prov("Quảng Bình"), prov("Đắk Lắk"), prov("Quảng Ngãi"), com("Thuận Giao")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ > Chính trị > Công đoàn", "(BDO)",
 "Các chuyến xe nghĩa tình chở công nhân về các tỉnh miền Trung và Tây Nguyên. Ảnh: Ngọc Thạch",
 "Chuyến xe nghĩa tình", "Nhà Văn hóa Lao động tỉnh", "Công ty Cổ phần Xe khách Phương Trang"],
["Thứ Sáu, 28/01/2011 - 08:40", "Tết Tân Mão 2011", "1 năm", "Ba năm", "một phần quà"]))

PAGES.append(page("b6894-dongnai-ubnd-doithoai-2012", """
Đồng Nai Online | Thứ Sáu, 06/01/2012
Thời sự › Lao động - Việc làm
Cập nhật: 16:05, 06/01/2012 (GMT+7)
Công nhân kiến nghị tăng chuyến xe đưa về quê ăn Tết
Chiều 5-1, UBND tỉnh phối hợp Liên đoàn Lao động tỉnh tổ chức Hội nghị đối thoại với công nhân lao động năm 2012. Ông Đinh Quốc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; gần 400 công nhân, đoàn viên công đoàn đến từ 32 khu công nghiệp trên địa bàn tỉnh tham dự.
Quang cảnh buổi đối thoại tại Cung Văn hóa Lao động tỉnh.
Chủ đề được nhiều công nhân quan tâm nhất là chuyện về quê ăn Tết Nhâm Thìn. Anh Phan Văn Lộc, Tổ trưởng Công đoàn Công ty TNHH Pouchen Việt Nam, cho biết công ty có hơn 4.000 lao động quê các tỉnh Bắc Trung bộ, nhiều người phải đặt vé từ tháng 10 âm lịch mà vẫn không mua được. Anh đề nghị tỉnh hỗ trợ thêm xe và có biện pháp quản lý giá vé dịp cao điểm. Chị Lò Thị Mai, công nhân Khu công nghiệp Amata, người Thái quê Sơn La, mong có chuyến xe về các tỉnh miền núi phía Bắc vì tuyến này "năm nào cũng thiếu".
Trả lời kiến nghị, ông Huỳnh Văn Sáu, Giám đốc Sở Giao thông vận tải, cho biết dịp Tết năm nay các doanh nghiệp vận tải tăng cường khoảng 1.500 lượt xe, giá vé tăng tối đa 40% so với ngày thường; sở đã lập 5 tổ kiểm tra tại các bến xe. Bà Nguyễn Thị Thanh Hương, Chủ tịch Liên đoàn Lao động tỉnh, thông tin năm nay Liên đoàn tổ chức 35 chuyến xe đưa 1.750 công nhân về quê miễn phí, dành 30% số vé cho lao động nữ đang nuôi con nhỏ, kinh phí hơn 1,2 tỷ đồng từ nguồn xã hội hóa.
Một số công nhân phản ánh việc chậm trả lương, thưởng Tết. Bà Trần Thị Dung, Trưởng Ban Dân vận Tỉnh ủy, đề nghị công đoàn cơ sở thực hiện đúng Quy chế phối hợp số 12-QC/BDVTU-LĐLĐ giữa Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh về nắm tình hình tư tưởng công nhân, giải quyết dứt điểm từ cơ sở, không để xảy ra ngừng việc tập thể.
Kết luận hội nghị, ông Đinh Quốc Thái yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị 35/CT-UBND ngày 20/12/2011 của UBND tỉnh về tổ chức Tết Nhâm Thìn 2012; các doanh nghiệp trả đủ lương, thưởng trước ngày 15/1; Sở Lao động - Thương binh và Xã hội kiểm tra 100% doanh nghiệp có nợ lương. Ông cũng giao Liên đoàn Lao động tỉnh bổ sung ngay 10 chuyến xe về các tỉnh phía Bắc.
Tại hội nghị, 28 ý kiến của công nhân đã được trả lời trực tiếp; 6 ý kiến thuộc thẩm quyền doanh nghiệp được chuyển để giải quyết trước Tết.
Hạnh Dung
Bình luận (3) | Gửi bạn bè | In bài
Tin khác
- Thưởng Tết cao nhất 200 triệu đồng (04/01/2012)
- 12.000 vé tàu Tết đã được bán hết (02/01/2012)
- Khai trương Siêu thị Công đoàn tại KCN Biên Hòa 2 (28/12/2011)
""", "2012-01-06", "Công nhân kiến nghị tăng chuyến xe đưa về quê ăn Tết",
E("doi_thoai", "2012", "2012-01-05"),
[P("Đinh Quốc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phan Văn Lộc", "Tổ trưởng Công đoàn Công ty TNHH Pouchen Việt Nam"),
 P("Lò Thị Mai", "công nhân Khu công nghiệp Amata"),
 P("Huỳnh Văn Sáu", "Giám đốc Sở Giao thông vận tải"),
 P("Nguyễn Thị Thanh Hương", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trần Thị Dung", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("gần 400 công nhân, đoàn viên công đoàn", 400, "công nhân, đoàn viên công đoàn", "approx"),
 Q("32 khu công nghiệp", 32, "khu công nghiệp"), Q("hơn 4.000 lao động", 4000, "lao động", "over"),
 Q("khoảng 1.500 lượt xe", 1500, "lượt xe", "approx"), Q("tối đa 40%", 40, "%"), Q("5 tổ kiểm tra", 5, "tổ kiểm tra"),
 Q("35 chuyến xe", 35, "chuyến xe"), Q("1.750 công nhân", 1750, "công nhân"), Q("30%", 30, "%"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("100%", 100, "%"), Q("10 chuyến xe", 10, "chuyến xe"),
 Q("28 ý kiến", 28, "ý kiến"), Q("6 ý kiến", 6, "ý kiến")],
[D("Quy chế phối hợp", "12", "QC/BDVTU-LĐLĐ", None, None, "Quy chế phối hợp số 12-QC/BDVTU-LĐLĐ"),
 D("Chỉ thị", "35", "CT-UBND", "2011-12-20", "UBND tỉnh", "Chỉ thị 35/CT-UBND ngày 20/12/2011")],
[prov("Đồng Nai"), prov("Sơn La")],
["Đồng Nai Online | Thứ Sáu, 06/01/2012", "Thời sự › Lao động - Việc làm",
 "Quang cảnh buổi đối thoại tại Cung Văn hóa Lao động tỉnh.", "Bình luận (3) | Gửi bạn bè | In bài",
 "Khu công nghiệp Amata"],
["Cập nhật: 16:05, 06/01/2012 (GMT+7)", "Tết Nhâm Thìn 2012", "tháng 10 âm lịch", "ngày 15/1", "Bình luận (3)"]))

PAGES.append(page("b6895-bacninh-congdoan-chandung-2013", """
BÁO BẮC NINH ĐIỆN TỬ
Xã hội / Gương sáng
08:15 | 04/02/2013
Chị Nguyễn Thị Thu Hà kiểm tra danh sách công nhân đăng ký về quê.
Người "giữ chỗ" trên chuyến xe Tết cho công nhân xa quê
Gần hai tháng nay, căn phòng nhỏ của Công đoàn Công ty TNHH Điện tử Quang Minh ở Khu công nghiệp Quế Võ lúc nào cũng chật người. Công nhân đến hỏi vé, đăng ký chuyến, có người chỉ ghé để nghe chị Hà nói một câu "yên tâm, năm nay em được về".
Chị Nguyễn Thị Thu Hà, Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Quang Minh, đã 6 năm liền lo chuyện "đưa người về quê". Công ty có hơn 2.300 lao động, quá nửa là người ngoài tỉnh, nhiều nhất là Thanh Hóa, Nghệ An, Hà Giang. Năm đầu tiên, chị vận động Ban Giám đốc thuê 4 xe khách; đến Tết Quý Tỵ này, con số đã là 19 chuyến, chở gần 900 người.
"Cái khó không phải là tiền, mà là làm sao cho công bằng", chị Hà nói. Danh sách được niêm yết công khai ở từng tổ sản xuất, ưu tiên lao động nữ mang thai, người có con nhỏ, người 2 năm chưa về quê. Mỗi chuyến đều có một cán bộ công đoàn đi kèm để lo cho anh chị em đến tận bến.
Anh Sùng A Páo, người Mông quê xã Lũng Cú (huyện Đồng Văn, Hà Giang), công nhân tổ lắp ráp, kể năm 2010 anh phải bắt 3 chặng xe, mất gần 2 ngày mới tới nhà. "Giờ xe công ty đưa thẳng lên huyện, tối đi sáng tới", anh nói.
Việc làm của chị Hà được Ban Dân vận Tỉnh ủy đánh giá là cách làm hay trong phong trào thi đua "Dân vận khéo". Ông Ngô Văn Khoa, Phó Trưởng Ban Dân vận Tỉnh ủy, cho rằng mô hình đã góp phần giữ chân người lao động: tỷ lệ công nhân quay lại làm việc sau Tết của công ty năm 2012 đạt 97%, cao hơn mức bình quân khoảng 85% của các doanh nghiệp trong khu công nghiệp. Năm 2012, chị Hà được Liên đoàn Lao động tỉnh tặng Bằng khen.
Theo Liên đoàn Lao động tỉnh, Tết này toàn tỉnh có 64 công đoàn cơ sở tổ chức xe đưa công nhân về quê với khoảng 7.000 người; kinh phí chủ yếu do doanh nghiệp chi trả, ước trên 3 tỷ đồng. Bà Đỗ Thị Lan, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết Liên đoàn đang hướng dẫn các công đoàn cơ sở thực hiện theo Hướng dẫn số 02/HD-LĐLĐ ngày 5/1/2013 về chăm lo Tết cho đoàn viên, người lao động.
Không chỉ lo xe, chị Hà còn cùng Ban Giám đốc đối thoại để công ty ứng trước một nửa tiền lương tháng 1 cho công nhân về quê, lập nhóm liên lạc theo từng chuyến và gọi điện hỏi thăm người lao động sau Tết. Nhiều công nhân nói đùa chị là "trưởng bến" của công ty.
Chiều nay, những chuyến xe cuối cùng của doanh nghiệp ở tỉnh Bắc Ninh sẽ lăn bánh. Chị Hà vẫn ở lại tới 28 Tết, "khi nào xe cuối về tới nơi mới yên tâm".
Bài và ảnh: Phạm Hương
Ý kiến bạn đọc (0)
Các tin khác
- Quế Võ: 300 suất quà cho công nhân khó khăn (01/02/2013)
- Thưởng Tết tại các KCN tăng nhẹ (29/01/2013)
- Chương trình "Tết sum vầy" đến với 1.000 công nhân (25/01/2013)
""", "2013-02-04", "Người \"giữ chỗ\" trên chuyến xe Tết cho công nhân xa quê",
E("khac", None, None),
[P("Nguyễn Thị Thu Hà", "Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Quang Minh"),
 P("Sùng A Páo", "công nhân tổ lắp ráp"),
 P("Ngô Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thị Lan", "Phó Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("hơn 2.300 lao động", 2300, "lao động", "over"), Q("4 xe khách", 4, "xe khách"), Q("19 chuyến", 19, "chuyến"),
 Q("gần 900 người", 900, "người", "approx"), Q("3 chặng xe", 3, "chặng xe"), Q("97%", 97, "%"),
 Q("khoảng 85%", 85, "%", "approx"), Q("64 công đoàn cơ sở", 64, "công đoàn cơ sở"),
 Q("khoảng 7.000 người", 7000, "người", "approx"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over")],
[D("Hướng dẫn", "02", "HD-LĐLĐ", "2013-01-05", None, "Hướng dẫn số 02/HD-LĐLĐ ngày 5/1/2013")],
[prov("Bắc Ninh"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO BẮC NINH ĐIỆN TỬ", "Xã hội / Gương sáng", "Chị Nguyễn Thị Thu Hà kiểm tra danh sách công nhân đăng ký về quê.",
 "Dân vận khéo", "Ý kiến bạn đọc (0)", "Khu công nghiệp Quế Võ"],
["08:15 | 04/02/2013", "6 năm", "2 năm", "gần 2 ngày", "28 Tết", "năm 2012", "Tết Quý Tỵ"]))

PAGES.append(page("b6896-haiphong-ldld-tongket-tetsumvay-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động công đoàn
14-03-2014 10:20
Toàn cảnh hội nghị.
Hơn 14 tỷ đồng chăm lo Tết cho đoàn viên, người lao động
Ngày 13/3/2014, Liên đoàn Lao động thành phố Hải Phòng tổ chức hội nghị tổng kết Chương trình "Tết sum vầy" năm 2014. Đồng chí Lê Văn Hùng, Thành ủy viên, Chủ tịch Liên đoàn Lao động thành phố chủ trì. Dự hội nghị có đồng chí Phạm Thị Hằng, Phó Trưởng Ban Dân vận Thành ủy và lãnh đạo 22 công đoàn cấp trên trực tiếp cơ sở.
Báo cáo tổng kết do đồng chí Vũ Đức Thịnh, Trưởng Ban Chính sách - Pháp luật Liên đoàn Lao động thành phố trình bày cho biết: thực hiện Kế hoạch số 45/KH-TLĐ ngày 2/12/2013 của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch 118/KH-LĐLĐ của Liên đoàn Lao động thành phố, các cấp công đoàn đã chăm lo Tết cho 68.500 lượt đoàn viên, người lao động với tổng số tiền hơn 14 tỷ đồng, tăng 18% so với Tết Quý Tỵ.
Nổi bật là 3 chuyến xe đầu tiên của chương trình "Chuyến xe nghĩa tình" do thành phố tổ chức, đưa 135 công nhân các khu công nghiệp Nomura, Đình Vũ về quê ở Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình; 2 phiên "Chợ Tết Công đoàn" bán hàng bình ổn giá cho trên 3.000 lượt công nhân. Toàn thành phố có 1.260 công nhân có hoàn cảnh đặc biệt khó khăn được tặng quà, mỗi suất 1 triệu đồng. Công đoàn các khu chế xuất, khu công nghiệp tặng 250 vé tàu cho công nhân quê các tỉnh phía Nam.
Theo báo cáo, việc chăm lo năm nay được triển khai sớm, có sự vào cuộc của cả hệ thống chính trị. Ban Dân vận Thành ủy chỉ đạo các huyện, quận ủy nắm tình hình tư tưởng công nhân trước, trong và sau Tết; Mặt trận Tổ quốc các cấp vận động doanh nghiệp ủng hộ. Nhiều doanh nghiệp có vốn đầu tư nước ngoài lần đầu tham gia đóng góp kinh phí cho chuyến xe, vé tàu.
Báo cáo cũng chỉ ra hạn chế: một số công đoàn cơ sở chưa chủ động đề xuất với người sử dụng lao động; 4 doanh nghiệp chậm thanh toán lương tháng 12, có doanh nghiệp không thưởng Tết.
Tại hội nghị, đồng chí Trần Quang Khải, Chủ tịch Công đoàn Công ty TNHH Giày Chấn Phong, kiến nghị kéo dài thời gian đăng ký xe vì nhiều công nhân ca đêm không kịp đăng ký. Đồng chí Hoàng Thị Nga, Phó Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố, đề xuất năm sau tăng lên ít nhất 10 chuyến xe.
Phát biểu kết luận, đồng chí Lê Văn Hùng biểu dương 15 tập thể, 20 cá nhân tiêu biểu, đồng thời đề nghị tiếp tục quán triệt Nghị quyết 20-NQ/TW của Ban Chấp hành Trung ương (khóa X) và Chương trình hành động số 25-CTr/TU của Thành ủy; chuẩn bị sớm phương án "Tết sum vầy" năm 2015 từ quý IV.
Minh Châu
Số lượt đọc: 1.204
Bài viết liên quan
- Khai mạc Chợ Tết Công đoàn năm 2014 (15/01/2014)
- Tiễn 135 công nhân về quê đón Tết (25/01/2014)
- Hải Phòng: ký thỏa ước lao động tập thể nhóm (10/03/2014)
""", "2014-03-14", "Hơn 14 tỷ đồng chăm lo Tết cho đoàn viên, người lao động",
E("tong_ket", "2014", "2014-03-13"),
[P("Lê Văn Hùng", "Thành ủy viên", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Phạm Thị Hằng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đức Thịnh", "Trưởng Ban Chính sách - Pháp luật Liên đoàn Lao động thành phố"),
 P("Trần Quang Khải", "Chủ tịch Công đoàn Công ty TNHH Giày Chấn Phong"),
 P("Hoàng Thị Nga", "Phó Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố")],
[Q("Hơn 14 tỷ đồng", 14000000000, "đồng", "over"), Q("22 công đoàn cấp trên trực tiếp cơ sở", 22, "công đoàn cấp trên trực tiếp cơ sở"),
 Q("68.500 lượt đoàn viên, người lao động", 68500, "lượt đoàn viên, người lao động"), Q("18%", 18, "%"),
 Q("3 chuyến xe", 3, "chuyến xe"), Q("135 công nhân", 135, "công nhân"),
 Q("2 phiên", 2, "phiên"), Q("trên 3.000 lượt công nhân", 3000, "lượt công nhân", "over"),
 Q("1.260 công nhân", 1260, "công nhân"), Q("1 triệu đồng", 1000000, "đồng"), Q("250 vé tàu", 250, "vé tàu"),
 Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("ít nhất 10 chuyến xe", 10, "chuyến xe", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu")],
[D("Kế hoạch", "45", "KH-TLĐ", "2013-12-02", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 45/KH-TLĐ ngày 2/12/2013"),
 D("Kế hoạch", "118", "KH-LĐLĐ", None, "Liên đoàn Lao động thành phố", "Kế hoạch 118/KH-LĐLĐ"),
 D("Nghị quyết", "20", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 20-NQ/TW"),
 D("Chương trình hành động", "25", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 25-CTr/TU")],
[prov("Hải Phòng"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Hà Tĩnh"), prov("Quảng Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động công đoàn",
 "Toàn cảnh hội nghị.", "Tết sum vầy", "Chợ Tết Công đoàn", "Chuyến xe nghĩa tình", "Số lượt đọc: 1.204"],
["14-03-2014 10:20", "năm 2014", "năm 2015", "quý IV", "tháng 12", "khóa X", "Số lượt đọc: 1.204", "Tết Quý Tỵ"]))

PAGES.append(page("b6897-longan-ldld-hoinghi-trienkhai-2015", """
BÁO LONG AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An
Bạn đang xem: Chính trị | Công đoàn
Ngày đăng 09/01/2015 | 15:30
Long An: Triển khai chương trình "Tết sum vầy" năm 2015
(BLA) - Ngày 8/1, Liên đoàn Lao động tỉnh Long An tổ chức Hội nghị triển khai chương trình "Tết sum vầy - Xuân Ất Mùi" năm 2015. Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trương Văn Nọ; Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lê Thị Bé Tư cùng hơn 150 cán bộ công đoàn cơ sở.
Theo kế hoạch, năm nay toàn tỉnh dự kiến chăm lo cho khoảng 12.000 đoàn viên, người lao động với kinh phí từ 6 đến 7 tỷ đồng. Liên đoàn Lao động tỉnh sẽ tổ chức 20 chuyến xe đưa công nhân quê miền Trung, miền Bắc về quê đón Tết và đón trở lại làm việc sau Tết; mỗi đoàn viên đi xe được hỗ trợ thêm 300.000 đồng. Ngoài ra còn 2 "Chợ Tết Công đoàn" tại Khu công nghiệp Đức Hòa 1 và thị trấn Bến Lức, nơi công nhân mua hàng giảm giá từ 10% đến 30%.
Ông Huỳnh Văn Phúc, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh, cho biết chương trình thực hiện theo Kế hoạch số 1325/KH-TLĐ ngày 15/9/2014 của Tổng Liên đoàn Lao động Việt Nam. Đối tượng ưu tiên là đoàn viên bị tai nạn lao động, bệnh hiểm nghèo, mất việc làm, công nhân nữ đơn thân nuôi con. Công đoàn cơ sở có trách nhiệm rà soát danh sách, công khai tại nơi làm việc trước ngày 20/1.
Tại hội nghị, bà Danh Thị Sa Rết, Chủ tịch Công đoàn Công ty TNHH Việt Hưng (xã Đức Hòa Hạ, huyện Đức Hòa), đề nghị nâng mức hỗ trợ vé xe vì giá vé ra Thanh Hóa năm nay đã lên gần 900.000 đồng/người. Ông Nguyễn Văn Út, Chủ tịch Công đoàn Khu công nghiệp Tân Đức, phản ánh nhiều công nhân quê Đồng Tháp, An Giang ở gần nhưng không có xe trực tiếp, đề nghị có thêm chuyến đi các tỉnh miền Tây.
Phát biểu chỉ đạo, ông Trương Văn Nọ yêu cầu các cấp công đoàn chủ động phối hợp với chủ doanh nghiệp, bảo đảm 100% đoàn viên có hoàn cảnh khó khăn đều được chăm lo Tết, không để công nhân nào không có Tết. Ông đề nghị triển khai gắn với thực hiện Chỉ thị 05-CT/TU ngày 3/11/2014 của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong doanh nghiệp ngoài nhà nước.
Bà Lê Thị Bé Tư đề nghị Mặt trận và các đoàn thể cùng vào cuộc, vận động các nhà hảo tâm đóng góp, đồng thời nắm chắc tư tưởng công nhân, nhất là những nơi có nguy cơ ngừng việc vì nợ lương. "Một chuyến xe về quê là niềm vui rất lớn với người lao động xa nhà, nhưng điều họ cần hơn là việc làm ổn định sau Tết", bà nói.
Dịp này, Liên đoàn Lao động tỉnh nhận bảng tượng trưng 1,2 tỷ đồng do 18 doanh nghiệp ủng hộ chương trình.
Thanh Hải
Tin cùng chuyên mục
- Đức Hòa: trao 500 suất quà cho công nhân (05/01/2015)
- Công đoàn Long An kết nạp 3.200 đoàn viên mới (30/12/2014)
- Nâng cao chất lượng đối thoại tại nơi làm việc (22/12/2014)
""", "2015-01-09", "Long An: Triển khai chương trình \"Tết sum vầy\" năm 2015",
E("hoi_nghi", "2015", "2015-01-08"),
[P("Trương Văn Nọ", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Bé Tư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Phúc", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Danh Thị Sa Rết", "Chủ tịch Công đoàn Công ty TNHH Việt Hưng"),
 P("Nguyễn Văn Út", "Chủ tịch Công đoàn Khu công nghiệp Tân Đức")],
[Q("hơn 150 cán bộ công đoàn cơ sở", 150, "cán bộ công đoàn cơ sở", "over"),
 Q("khoảng 12.000 đoàn viên, người lao động", 12000, "đoàn viên, người lao động", "approx"),
 Q("từ 6 đến 7 tỷ đồng", 6000000000, "đồng", "approx"), Q("20 chuyến xe", 20, "chuyến xe"),
 Q("300.000 đồng", 300000, "đồng"), Q("2 \"Chợ Tết Công đoàn\"", 2, "Chợ Tết Công đoàn"),
 Q("từ 10% đến 30%", 10, "%", "approx"), Q("gần 900.000 đồng/người", 900000, "đồng", "approx"),
 Q("100%", 100, "%"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("18 doanh nghiệp", 18, "doanh nghiệp")],
[D("Kế hoạch", "1325", "KH-TLĐ", "2014-09-15", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 1325/KH-TLĐ ngày 15/9/2014"),
 D("Chỉ thị", "05", "CT/TU", "2014-11-03", "Tỉnh ủy", "Chỉ thị 05-CT/TU ngày 3/11/2014")],
[prov("Long An"), prov("Thanh Hóa"), prov("Đồng Tháp"), prov("An Giang"), com("Đức Hòa Hạ"), com("Bến Lức")],
["BÁO LONG AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An", "Bạn đang xem: Chính trị | Công đoàn",
 "(BLA)", "Tết sum vầy - Xuân Ất Mùi", "Chợ Tết Công đoàn", "Khu công nghiệp Đức Hòa 1"],
["Ngày đăng 09/01/2015 | 15:30", "năm 2015", "ngày 20/1", "Xuân Ất Mùi"]))

PAGES.append(page("b6898-thainguyen-ldld-traove-2016", """
Thái Nguyên Online
Thứ Bảy, 30/01/2016
TRANG CHỦ / XÃ HỘI / LAO ĐỘNG - VIỆC LÀM
Ảnh: Lãnh đạo Liên đoàn Lao động tỉnh trao vé xe cho công nhân.
Trao 1.000 vé xe miễn phí cho công nhân về quê ăn Tết
TN - Chiều 29/1, Liên đoàn Lao động tỉnh Thái Nguyên phối hợp với Công đoàn Khu công nghiệp tổ chức Chương trình "Chuyến xe Công đoàn - Tết sum vầy" năm 2016, trao 1.000 vé xe cho công nhân đang làm việc tại các Khu công nghiệp Yên Bình và Điềm Thụy.
Tới dự có các đồng chí: Nông Thị Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy; Dương Văn Lượng, Phó Chủ tịch UBND tỉnh; Hoàng Văn Tiến, Chủ tịch Liên đoàn Lao động tỉnh.
Năm 2015, Thái Nguyên có thêm gần 30.000 lao động vào làm việc tại các khu công nghiệp, phần lớn từ các tỉnh Tuyên Quang, Bắc Kạn, Cao Bằng, Lạng Sơn, Hà Giang. Đây là năm thứ hai Liên đoàn Lao động tỉnh tổ chức chuyến xe đưa công nhân về quê. 1.000 vé xe được bố trí trên 22 xe khách chạy theo 6 tuyến, xuất phát sáng 5/2 từ cổng Khu công nghiệp Yên Bình. Cùng với vé xe, mỗi công nhân nhận 1 suất quà trị giá 400.000 đồng, gồm tiền mặt và bánh kẹo. Tổng kinh phí chương trình hơn 700 triệu đồng, trong đó Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên tài trợ 450 triệu đồng.
Phát biểu tại buổi lễ, đồng chí Dương Văn Lượng ghi nhận sự đồng hành của các doanh nghiệp và đề nghị các cấp công đoàn tiếp tục tham mưu thực hiện Nghị quyết số 09-NQ/TU ngày 10/3/2015 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực, chăm lo đời sống công nhân các khu công nghiệp. Đồng chí lưu ý các đơn vị vận tải bảo đảm an toàn, không chở quá số người quy định, đón công nhân trở lại làm việc đúng ngày 7 tháng Giêng.
Anh Ma Văn Khiêm, người Tày, công nhân Công ty TNHH Đồng Tiến (phường Đồng Tiến, thị xã Phổ Yên), quê xã Xuân Giang (Quang Bình, Hà Giang), cho biết: "Mọi năm phải đi 2 xe, tốn gần 500 nghìn đồng. Năm nay được Công đoàn tặng vé lại đi thẳng về huyện, vợ chồng em đỡ được cả triệu bạc".
Chị Hoàng Thị Thơ, Chủ tịch Công đoàn Khu công nghiệp tỉnh, cho biết để có danh sách, công đoàn đã khảo sát tại 41 doanh nghiệp, ưu tiên công nhân chưa được doanh nghiệp hỗ trợ tiền tàu xe. Dự kiến Tết này khoảng 85% công nhân ngoại tỉnh sẽ về quê.
Cũng trong dịp này, Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh đến thăm, tặng 150 suất quà cho công nhân ở lại trực sản xuất trong những ngày Tết.
Thu Hằng
Lượt xem: 2.318
Các tin khác
- Khai mạc Chợ Tết Công đoàn 2016 (26/01/2016)
- Thưởng Tết cao nhất 450 triệu đồng (22/01/2016)
- Thái Nguyên: 100% doanh nghiệp đã trả lương tháng 12 (20/01/2016)
""", "2016-01-30", "Trao 1.000 vé xe miễn phí cho công nhân về quê ăn Tết",
E("trao_qua", None, "2016-01-29"),
[P("Nông Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Lượng", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Tiến", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Ma Văn Khiêm", "công nhân Công ty TNHH Đồng Tiến"),
 P("Hoàng Thị Thơ", "Chủ tịch Công đoàn Khu công nghiệp tỉnh")],
[Q("1.000 vé xe", 1000, "vé xe"), Q("gần 30.000 lao động", 30000, "lao động", "approx"), Q("22 xe khách", 22, "xe khách"),
 Q("6 tuyến", 6, "tuyến"), Q("400.000 đồng", 400000, "đồng"), Q("hơn 700 triệu đồng", 700000000, "đồng", "over"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("gần 500 nghìn đồng", 500000, "đồng", "approx"), Q("2 xe", 2, "xe"),
 Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("khoảng 85%", 85, "%", "approx"), Q("150 suất quà", 150, "suất quà")],
[D("Nghị quyết", "09", "NQ/TU", "2015-03-10", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU ngày 10/3/2015")],
[prov("Thái Nguyên"), prov("Tuyên Quang"), prov("Bắc Kạn"), prov("Cao Bằng"), prov("Lạng Sơn"), prov("Hà Giang"),
 com("Đồng Tiến"), com("Xuân Giang")],
["Thái Nguyên Online", "TRANG CHỦ / XÃ HỘI / LAO ĐỘNG - VIỆC LÀM",
 "Ảnh: Lãnh đạo Liên đoàn Lao động tỉnh trao vé xe cho công nhân.", "TN -", "Chuyến xe Công đoàn - Tết sum vầy",
 "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên", "Lượt xem: 2.318"],
["Thứ Bảy, 30/01/2016", "năm 2016", "Năm 2015", "năm thứ hai", "7 tháng Giêng", "1 suất quà", "cả triệu bạc", "Lượt xem: 2.318"]))
