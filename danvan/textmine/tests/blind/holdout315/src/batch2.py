from lib import *
PAGES = []

PAGES.append(page("b7523-laocai-ctd-daihoi-2017", """
Báo Lào Cai điện tử
Chính trị - Xã hội >> Đoàn thể
Thứ Sáu, 16/06/2017 - 17:05
Đại hội Hội Chữ thập đỏ tỉnh lần thứ VI: Mỗi cơ sở Hội gắn với ít nhất 10 địa chỉ nhân đạo
Ngày 15/6/2017, Hội Chữ thập đỏ tỉnh Lào Cai tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Trương Thị Thu Hà, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Vàng Seo Cán, Phó Chủ tịch Ủy ban MTTQ tỉnh, cùng 148 đại biểu đại diện cho hơn 38.000 hội viên chữ thập đỏ toàn tỉnh.
Toàn cảnh đại hội.
Nhiệm kỳ 2012 - 2017, các cấp Hội đã vận động được trên 96 tỷ đồng tiền và hàng hóa, trợ giúp gần 310.000 lượt người. Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" kết nối 6.215 địa chỉ; 436 căn nhà nhân đạo được xây dựng cho hộ nghèo người Mông, Dao, Hà Nhì ở các xã vùng cao. Hội tổ chức 27 đợt khám bệnh, cấp thuốc miễn phí cho khoảng 21.000 lượt người; tiếp nhận 15.620 đơn vị máu.
Tham luận tại Đại hội, bà Lù Thị Dính, Chủ tịch Hội Chữ thập đỏ xã Bản Lầu (Mường Khương), kể về việc vận động các tiểu thương chợ biên giới mỗi người nhận đỡ đầu một cháu mồ côi. Ông Thào A Páo, người có uy tín thôn Sín Chải, xã Tả Van Chư (Bắc Hà), cho biết nhờ Hội hỗ trợ 4 con bò sinh sản, 4 hộ trong thôn đã thoát nghèo.
Phát biểu chỉ đạo, đồng chí Trương Thị Thu Hà đề nghị Hội tiếp tục quán triệt Luật Hoạt động chữ thập đỏ, Nghị định số 03/2011/NĐ-CP của Chính phủ và Kết luận số 25-KL/TU ngày 11/4/2017 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác Hội; trong đó lấy địa chỉ nhân đạo làm trọng tâm, phấn đấu mỗi cơ sở Hội gắn với ít nhất 10 địa chỉ nhân đạo.
Đại hội đã thông qua Nghị quyết với các chỉ tiêu: vận động bình quân mỗi năm 20 tỷ đồng; kết nối 7.000 địa chỉ nhân đạo trong nhiệm kỳ; phát triển hội viên đạt 5% dân số; 100% xã, phường, thị trấn có đội tình nguyện viên chữ thập đỏ.
Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa VI. Tại phiên họp thứ nhất, Ban Chấp hành bầu 9 đồng chí vào Ban Thường vụ; đồng chí Hoàng Thị Thanh Mai tái đắc cử Chủ tịch Hội Chữ thập đỏ tỉnh khóa VI, nhiệm kỳ 2017 - 2022; các đồng chí Lý Văn Sinh, Phạm Thu Trang được bầu giữ chức Phó Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu dự Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ XI.
Lương Dũng
Lượt đọc: 2.315
Bài viết liên quan
- Bát Xát đại hội Hội Chữ thập đỏ nhiệm kỳ 2017 - 2022 (25/05/2017)
- Sa Pa: 80 suất quà cho trẻ em mồ côi (01/06/2017)
- Khởi công 15 căn nhà nhân đạo tại Si Ma Cai (12/05/2017)
- Bảo Yên: hiến máu tình nguyện thu 250 đơn vị máu (05/05/2017)
- Văn Bàn tập huấn sơ cấp cứu cho 60 tình nguyện viên (20/04/2017)
""", "2017-06-16", "Đại hội Hội Chữ thập đỏ tỉnh lần thứ VI: Mỗi cơ sở Hội gắn với ít nhất 10 địa chỉ nhân đạo",
E("dai_hoi", None, "2017-06-15"),
[P("Trương Thị Thu Hà", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Vàng Seo Cán", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Thị Dính", "Chủ tịch Hội Chữ thập đỏ xã Bản Lầu"),
 P("Thào A Páo", "người có uy tín thôn Sín Chải"),
 P("Hoàng Thị Thanh Mai", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa VI"),
 P("Lý Văn Sinh", "Phó Chủ tịch Hội"),
 P("Phạm Thu Trang", "Phó Chủ tịch Hội")],
[Q("ít nhất 10 địa chỉ nhân đạo", 10, "địa chỉ nhân đạo", "over"), Q("148 đại biểu", 148, "đại biểu"),
 Q("hơn 38.000 hội viên chữ thập đỏ", 38000, "hội viên chữ thập đỏ", "over"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("gần 310.000 lượt người", 310000, "lượt người", "approx"),
 Q("6.215 địa chỉ", 6215, "địa chỉ"), Q("436 căn nhà nhân đạo", 436, "căn nhà nhân đạo"),
 Q("27 đợt khám bệnh", 27, "đợt khám bệnh"), Q("khoảng 21.000 lượt người", 21000, "lượt người", "approx"),
 Q("15.620 đơn vị máu", 15620, "đơn vị máu"), Q("4 con bò sinh sản", 4, "con bò sinh sản"), Q("4 hộ", 4, "hộ"),
 Q("20 tỷ đồng", 20000000000, "đồng"), Q("7.000 địa chỉ nhân đạo", 7000, "địa chỉ nhân đạo"), Q("5%", 5, "%"),
 Q("100%", 100, "%"), Q("31 đồng chí", 31, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Nghị định", "03", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 03/2011/NĐ-CP"),
 D("Kết luận", "25", "KL/TU", "2017-04-11", "Ban Thường vụ Tỉnh ủy", "Kết luận số 25-KL/TU ngày 11/4/2017")],
[prov("Lào Cai"), com("Bản Lầu"), com("Tả Van Chư")],
["Báo Lào Cai điện tử", "Chính trị - Xã hội >> Đoàn thể", "Toàn cảnh đại hội.",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Luật Hoạt động chữ thập đỏ", "Lượt đọc: 2.315"],
["Thứ Sáu, 16/06/2017 - 17:05", "lần thứ VI", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "31 đồng chí", "9 đồng chí",
 "khóa VI", "lần thứ XI", "phiên họp thứ nhất", "một cháu mồ côi", "Lượt đọc: 2.315"]))

PAGES.append(page("b7524-binhdinh-ctd-giamsat-2018", """
BÁO BÌNH ĐỊNH
Trang chủ | Xã hội | Nhân ái
Cập nhật: 08:50, 22/11/2018 (GMT+7)
Giám sát việc quản lý, sử dụng nguồn vận động cho địa chỉ nhân đạo
(BĐ) - Thực hiện chương trình giám sát năm 2018, ngày 21/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Lê Thị Vân Anh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã giám sát việc vận động, quản lý và phân phối nguồn lực cho địa chỉ nhân đạo tại Hội Chữ thập đỏ tỉnh Bình Định.
Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Tài chính, Sở Lao động - Thương binh và Xã hội. Tiếp đoàn có ông Võ Văn Nhân, Chủ tịch Hội Chữ thập đỏ tỉnh.
Báo cáo với đoàn, ông Võ Văn Nhân cho biết, từ năm 2016 đến tháng 10/2018, các cấp Hội đã vận động được khoảng 42,5 tỷ đồng, trong đó nguồn dành cho địa chỉ nhân đạo là 11,3 tỷ đồng. Toàn tỉnh có 3.702 địa chỉ nhân đạo được theo dõi bằng sổ và phần mềm; 1.958 địa chỉ được hỗ trợ định kỳ hằng tháng, số còn lại được hỗ trợ đột xuất. Hội đã công khai danh sách người nhận tại 159 xã, phường, thị trấn.
Việc giám sát căn cứ Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện.
Qua kiểm tra hồ sơ tại xã Cát Hanh (Phù Cát) và phường Nhơn Bình (Quy Nhơn), đoàn ghi nhận việc xét chọn địa chỉ được họp dân bình xét công khai; tuy nhiên có 23 hồ sơ thiếu chữ ký xác nhận của người nhận, 6 trường hợp đã chuyển nơi ở nhưng chưa được đưa ra khỏi danh sách. Một số khoản hỗ trợ bằng hiện vật chưa quy ra giá trị để ghi sổ.
Ông Nguyễn Đức Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy, thành viên đoàn, đề nghị Hội sớm ban hành quy trình thống nhất từ khâu khảo sát đến khi đưa địa chỉ ra khỏi danh sách, tránh để người dân hiểu lầm về sự công bằng.
Kết luận buổi giám sát, bà Lê Thị Vân Anh đánh giá cao sự minh bạch của Hội Chữ thập đỏ tỉnh; đề nghị trong quý I/2019 Hội hoàn thiện hồ sơ, rà soát lại toàn bộ danh sách, chuẩn hóa biểu mẫu theo Hướng dẫn số 27/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và báo cáo kết quả khắc phục trước ngày 31/3/2019.
Dịp này, đoàn cũng đến thăm bà Trần Thị Lựu, 76 tuổi, ở phường Nhơn Bình, một địa chỉ nhân đạo được Hội hỗ trợ 700.000 đồng mỗi tháng suốt 3 năm qua. Bà sống một mình, chồng và con trai đều là liệt sĩ. Cán bộ chi hội chữ thập đỏ khu phố đến thăm bà mỗi tuần, giúp đi chợ, dọn nhà và đưa đi khám bệnh định kỳ.
Hoài Thu
Các tin đã đưa
- Hội Chữ thập đỏ tỉnh phát động Tháng Nhân đạo 2018
- Tây Sơn: trao 30 xe đạp cho học sinh nghèo
- Hoài Nhơn: sửa chữa 12 nhà nhân đạo sau bão số 9
""", "2018-11-22", "Giám sát việc quản lý, sử dụng nguồn vận động cho địa chỉ nhân đạo",
E("giam_sat", "2018", "2018-11-21"),
[P("Lê Thị Vân Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Nhân", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Đức Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy", "thành viên đoàn"),
 P("Trần Thị Lựu")],
[Q("khoảng 42,5 tỷ đồng", 42500000000, "đồng", "approx"), Q("11,3 tỷ đồng", 11300000000, "đồng"),
 Q("3.702 địa chỉ nhân đạo", 3702, "địa chỉ nhân đạo"), Q("1.958 địa chỉ", 1958, "địa chỉ"),
 Q("159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"), Q("23 hồ sơ", 23, "hồ sơ"), Q("6 trường hợp", 6, "trường hợp"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Hướng dẫn", "27", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 27/HD-MTTQ-BTT")],
[prov("Bình Định"), com("Cát Hanh"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH", "Trang chủ | Xã hội | Nhân ái", "(BĐ)", "Tháng Nhân đạo"],
["Cập nhật: 08:50, 22/11/2018 (GMT+7)", "năm 2018", "năm 2016", "tháng 10/2018", "quý I/2019", "31/3/2019", "76 tuổi", "3 năm qua", "bão số 9"]))

PAGES.append(page("b7525-namdinh-ctd-caynhandao-2019", """
namdinh.gov.vn
Tin tức > Xã hội
25/01/2019 09:12
Ảnh: Học sinh "hái" phong bì trên Cây nhân đạo tại phường Trần Tế Xương.
Cây nhân đạo trao 2.400 phần quà Tết Kỷ Hợi
Sáng 24/1/2019, tại Quảng trường 3/2, Hội Chữ thập đỏ tỉnh Nam Định tổ chức chương trình "Cây nhân đạo - Xuân yêu thương", trao quà cho các địa chỉ nhân đạo trước Tết Kỷ Hợi. Dự chương trình có đồng chí Trần Minh Thiện, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Đình Nghị, Phó Chủ tịch UBND tỉnh.
Năm nay, 10 huyện, thành phố dựng 46 cây nhân đạo tại trung tâm các xã, phường và trường học. Trên mỗi cây treo các phong bì ghi hoàn cảnh, nhu cầu của từng địa chỉ nhân đạo đã được chi hội xác minh. Sau 10 ngày, các tổ chức, cá nhân đã "hái" hết 2.400 phong bì, tương ứng 2.400 phần quà, tổng trị giá gần 1,8 tỷ đồng; mỗi phần quà có giá trị từ 500.000 đồng đến 1 triệu đồng.
Tại chương trình, Hội còn trao 5 căn nhà nhân đạo cho hộ nghèo ở xã Nghĩa Lạc, xã Hải Châu, mỗi căn trị giá 50 triệu đồng, và 120 suất học bổng "Thắp sáng ước mơ" cho học sinh mồ côi.
Theo đồng chí Vũ Thị Hồng Vân, Chủ tịch Hội Chữ thập đỏ tỉnh, mô hình được triển khai theo Kế hoạch số 06/KH-HCTĐ ngày 02/01/2019 và Công văn số 1549/UBND-VP7 của UBND tỉnh về tổ chức Tết cho người nghèo. Cách làm mới giúp các nhà hảo tâm tận tay trao quà, người nhận thấy được sự quan tâm cụ thể; nhiều tổ chức còn tiếp tục nhận đỡ đầu địa chỉ sau Tết. Đến nay toàn tỉnh có 5.310 địa chỉ nhân đạo được giúp đỡ thường xuyên, tăng gần 400 địa chỉ so với năm 2018.
Em Đỗ Thị Thu Hà, học sinh lớp 11 Trường THPT Lê Hồng Phong, cùng các bạn trong lớp góp tiền tiết kiệm, "hái" 3 phong bì: một chiếc xe đạp cho bạn nhỏ mồ côi, hai bao gạo cho cụ bà neo đơn. Bà Trần Thị Nhài, 79 tuổi, ở xã Nghĩa Lạc, cảm động: "Có người đến tận nhà mang gạo, mang chăn, tôi thấy Tết ấm hơn".
Phát biểu tại chương trình, đồng chí Trần Minh Thiện biểu dương sự vào cuộc của các cấp Hội, đề nghị Mặt trận và các đoàn thể cùng phối hợp để mỗi địa chỉ nhân đạo có người đồng hành lâu dài, không chỉ trong dịp Tết; gắn hoạt động nhân đạo với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ban tổ chức cho biết, những phong bì chưa có người nhận trong ngày sẽ được chuyển về chi hội để tiếp tục kết nối sau Tết.
Thanh Hương - Trung Kiên
Tin cùng chuyên mục
- Hải Hậu: 300 suất quà cho nạn nhân chất độc da cam (22/01/2019)
- Phát động "Tết Nhân ái" năm 2019 (07/01/2019)
- Ý Yên: trao 8 con bò sinh sản cho hộ nghèo (28/12/2018)
- Giao Thủy: hiến máu tình nguyện "Giọt hồng yêu thương" (20/12/2018)
- Vụ Bản tập huấn công tác xã hội cho cán bộ Hội cơ sở (12/12/2018)
""", "2019-01-25", "Cây nhân đạo trao 2.400 phần quà Tết Kỷ Hợi",
E("trao_qua", None, "2019-01-24"),
[P("Trần Minh Thiện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đình Nghị", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Hồng Vân", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đỗ Thị Thu Hà", "học sinh lớp 11 Trường THPT Lê Hồng Phong"),
 P("Trần Thị Nhài")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("46 cây nhân đạo", 46, "cây nhân đạo"),
 Q("2.400 phong bì", 2400, "phong bì"), Q("2.400 phần quà", 2400, "phần quà"),
 Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("5 căn nhà nhân đạo", 5, "căn nhà nhân đạo"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("5.310 địa chỉ nhân đạo", 5310, "địa chỉ nhân đạo"),
 Q("gần 400 địa chỉ", 400, "địa chỉ", "approx"), Q("3 phong bì", 3, "phong bì"),
 Q("một chiếc xe đạp", 1, "xe đạp"), Q("hai bao gạo", 2, "bao gạo")],
[D("Kế hoạch", "06", "KH-HCTĐ", "2019-01-02", None, "Kế hoạch số 06/KH-HCTĐ ngày 02/01/2019"),
 D("Công văn", "1549", "UBND-VP7", None, "UBND tỉnh", "Công văn số 1549/UBND-VP7")],
[prov("Nam Định"), com("Trần Tế Xương"), com("Nghĩa Lạc"), com("Hải Châu")],
["namdinh.gov.vn", "Tin tức > Xã hội", "Ảnh: Học sinh \"hái\" phong bì trên Cây nhân đạo tại phường Trần Tế Xương.",
 "Cây nhân đạo - Xuân yêu thương", "Quảng trường 3/2", "Thắp sáng ước mơ",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Trường THPT Lê Hồng Phong"],
["25/01/2019 09:12", "Tết Kỷ Hợi", "10 ngày", "năm 2018", "lớp 11", "79 tuổi", "Quảng trường 3/2"]))

PAGES.append(page("b7526-quangnam-ctd-ketnoi-2020", """
BÁO QUẢNG NAM
Xã hội / Nhân đạo
Thứ Sáu, 18/12/2020 | 16:40
Kết nối nguồn lực cho 650 địa chỉ nhân đạo sau mưa bão
Chiều 17.12, Hội Chữ thập đỏ tỉnh Quảng Nam tổ chức hội nghị kết nối địa chỉ nhân đạo năm 2020 với chủ đề "Chung tay tái thiết sau thiên tai". Hội nghị có sự tham gia của 37 doanh nghiệp, tổ chức và nhà hảo tâm trong và ngoài tỉnh.
Ông Đinh Văn Thu, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: V.L
Các đợt bão số 9, số 13 và mưa lũ lịch sử tháng 10, 11 vừa qua đã làm hàng nghìn ngôi nhà ở các huyện miền núi Nam Trà My, Phước Sơn, Bắc Trà My hư hỏng nặng. Qua rà soát, Hội Chữ thập đỏ các cấp đã lập danh sách 650 địa chỉ nhân đạo mới, trong đó 212 hộ mất nhà hoàn toàn, 96 trẻ em mồ côi cha hoặc mẹ sau thiên tai.
Tại hội nghị, các nhà tài trợ cam kết hỗ trợ tổng cộng 14,6 tỷ đồng: xây 138 căn nhà nhân đạo, mỗi căn 60 triệu đồng; đỡ đầu 96 trẻ mồ côi đến năm 18 tuổi với mức 1 triệu đồng/tháng; trao 300 con bò, dê giống để bà con khôi phục sinh kế. Riêng Trung ương Hội Chữ thập đỏ Việt Nam cam kết hỗ trợ 5 tỷ đồng cho các xã Trà Leng, Phước Lộc.
Ông Đinh Văn Thu, Phó Chủ tịch UBND tỉnh, cho rằng hội nghị là cách làm thiết thực để triển khai Chỉ thị số 43-CT/TW ngày 29/5/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác Hội Chữ thập đỏ Việt Nam trong tình hình mới. Ông đề nghị Hội công khai danh sách từng địa chỉ, từng khoản hỗ trợ để nhà hảo tâm và người dân cùng giám sát.
Bà Nguyễn Thị Kim Loan, Chủ tịch Hội Chữ thập đỏ tỉnh, cho biết Ban Thường vụ Hội đã ban hành Kế hoạch số 78/KH-CTĐ ngày 25/11/2020 về tái thiết sau thiên tai, chia nguồn hỗ trợ theo 3 nhóm: nhà ở, sinh kế, đỡ đầu trẻ em. Hội sẽ ưu tiên các hộ người Ca Dong, Xê Đăng ở vùng sạt lở.
Ông Hồ Văn Điều, Chủ tịch UBND xã Trà Leng, kể lại những ngày sau vụ sạt lở làm nhiều người thiệt mạng: "Bà con mất nhà, mất rẫy. Có nhà, có bò là người dân ở lại được, bám được đất". Đại diện Công ty CP Đầu tư Phố Hội cam kết nhận xây 20 căn nhà ở xã Phước Lộc trước Tết.
Năm 2020, các cấp Hội trong tỉnh đã vận động hơn 52 tỷ đồng, gấp 3 lần năm trước, phần lớn dành cho cứu trợ khẩn cấp và các địa chỉ nhân đạo.
Theo kế hoạch, các căn nhà nhân đạo phải hoàn thành trước mùa mưa năm 2021, do chính quyền xã giám sát, có sự tham gia của người có uy tín trong thôn. Hội Chữ thập đỏ tỉnh sẽ cập nhật tiến độ từng công trình trên trang thông tin điện tử của Hội để nhà tài trợ tiện theo dõi.
Văn Lâm
Tin liên quan
- Trao 100 căn nhà chống lũ cho người dân vùng cao
- Hội Chữ thập đỏ tiếp nhận 20 tấn hàng cứu trợ
- Nam Trà My: khởi công 30 căn nhà nhân đạo
- Hiệp Đức: đỡ đầu 15 trẻ em mồ côi sau lũ
""", "2020-12-18", "Kết nối nguồn lực cho 650 địa chỉ nhân đạo sau mưa bão",
E("hoi_nghi", "2020", "2020-12-17"),
[P("Đinh Văn Thu", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hồ Văn Điều", "Chủ tịch UBND xã Trà Leng")],
[Q("650 địa chỉ nhân đạo", 650, "địa chỉ nhân đạo"), Q("37 doanh nghiệp, tổ chức và nhà hảo tâm", 37, "doanh nghiệp, tổ chức và nhà hảo tâm"),
 Q("212 hộ", 212, "hộ"), Q("96 trẻ em mồ côi", 96, "trẻ em mồ côi"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("138 căn nhà nhân đạo", 138, "căn nhà nhân đạo"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1 triệu đồng/tháng", 1000000, "đồng"), Q("300 con bò, dê giống", 300, "con bò, dê giống"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("3 nhóm", 3, "nhóm"), Q("20 căn nhà", 20, "căn nhà"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over")],
[D("Chỉ thị", "43", "CT/TW", "2020-05-29", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 29/5/2020"),
 D("Kế hoạch", "78", "KH-CTĐ", "2020-11-25", "Ban Thường vụ Hội", "Kế hoạch số 78/KH-CTĐ ngày 25/11/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Phước Lộc")],
["BÁO QUẢNG NAM", "Xã hội / Nhân đạo", "Chung tay tái thiết sau thiên tai",
 "Ông Đinh Văn Thu, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: V.L", "Công ty CP Đầu tư Phố Hội"],
["Thứ Sáu, 18/12/2020 | 16:40", "năm 2020", "bão số 9, số 13", "tháng 10, 11", "hàng nghìn ngôi nhà", "18 tuổi", "gấp 3 lần", "Chiều 17.12", "năm 2021"]))

PAGES.append(page("b7527-kiengiang-ctd-baocao-2021", """
BÁO KIÊN GIANG ĐIỆN TỬ
Trang chủ » Chính trị » Hoạt động HĐND
14/10/2021 - 10:30
Thường trực HĐND tỉnh nghe báo cáo về hoạt động nhân đạo trong đại dịch
(BKG) - Ngày 13/10/2021, Thường trực HĐND tỉnh Kiên Giang làm việc, nghe Hội Chữ thập đỏ tỉnh báo cáo kết quả công tác Hội 9 tháng năm 2021, tập trung vào việc chăm lo các địa chỉ nhân đạo bị ảnh hưởng bởi dịch Covid-19. Chủ trì buổi làm việc có ông Mai Văn Huỳnh, Phó Chủ tịch HĐND tỉnh.
Bà Phan Thị Mỹ Dung, Tỉnh ủy viên, Chủ tịch Hội Chữ thập đỏ tỉnh, báo cáo: 9 tháng năm 2021, các cấp Hội vận động được trên 68 tỷ đồng tiền, hàng, tăng gần 2 lần so với cùng kỳ. Hội đã hỗ trợ hơn 95.000 lượt hộ gặp khó khăn do dịch; tổ chức 214 "Cây ATM gạo" và "Tủ đồ nhân đạo" tại các phường, xã; tiếp nhận, phân phối 1.350 tấn gạo cho người lao động tự do, người bán vé số.
Toàn tỉnh hiện có 4.187 địa chỉ nhân đạo, trong đó 1.023 địa chỉ mới phát sinh trong năm, phần lớn là gia đình có người mất việc hoặc có người thân tử vong vì Covid-19. Hội đã vận động 137 tổ chức, cá nhân nhận đỡ đầu 186 trẻ em mồ côi do dịch, mỗi em từ 500.000 đồng đến 1,5 triệu đồng mỗi tháng.
Báo cáo nêu rõ việc triển khai Chỉ thị số 43-CT/TW của Ban Bí thư, Chương trình hành động số 82-CTr/TU ngày 20/8/2020 của Tỉnh ủy Kiên Giang và Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện. Hội cũng đã góp ý dự thảo nghị định mới thay thế nghị định này, đề nghị quy định rõ trách nhiệm công khai của đơn vị tiếp nhận.
Đại biểu Lê Thị Kiều Trinh, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, đề nghị Hội làm rõ cách xác định, đưa ra khỏi danh sách địa chỉ nhân đạo, tránh trùng lặp với chính sách của Nhà nước. Ông Danh Sà Rết, Chủ tịch Hội Chữ thập đỏ huyện Gò Quao, cho biết các phum sóc người Khmer có 312 địa chỉ nhân đạo, nhiều chùa đã tham gia nấu cơm, phát gạo cho bà con.
Kết luận, ông Mai Văn Huỳnh ghi nhận Hội đã phát huy vai trò nòng cốt trong hoạt động nhân đạo những tháng dịch căng thẳng; đề nghị những tháng cuối năm tập trung chăm lo trẻ mồ côi, rà soát 100% địa chỉ nhân đạo, công khai minh bạch nguồn tiền, hàng, và tham mưu UBND tỉnh tổ chức Tết cho người nghèo sớm hơn mọi năm.
Tại buổi làm việc, Hội Chữ thập đỏ tỉnh kiến nghị HĐND tỉnh xem xét bố trí kinh phí cho cán bộ Hội cấp xã và hỗ trợ phương tiện vận chuyển hàng cứu trợ cho các huyện đảo Kiên Hải, Phú Quốc.
Trung Hiếu
Các tin khác
- HĐND tỉnh giám sát công tác phòng, chống dịch tại Phú Quốc
- Rạch Giá: trao 500 phần quà cho người bán vé số
- Hội Chữ thập đỏ tỉnh tiếp nhận 30 tấn gạo từ nhà hảo tâm
- Châu Thành: 120 suất học bổng cho học sinh mồ côi
""", "2021-10-14", "Thường trực HĐND tỉnh nghe báo cáo về hoạt động nhân đạo trong đại dịch",
E("bao_cao", None, "2021-10-13"),
[P("Mai Văn Huỳnh", "Phó Chủ tịch HĐND tỉnh"),
 P("Phan Thị Mỹ Dung", "Tỉnh ủy viên", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Lê Thị Kiều Trinh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Danh Sà Rết", "Chủ tịch Hội Chữ thập đỏ huyện Gò Quao")],
[Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"), Q("hơn 95.000 lượt hộ", 95000, "lượt hộ", "over"),
 Q("214 \"Cây ATM gạo\"", 214, "Cây ATM gạo"), Q("1.350 tấn", 1350, "tấn"),
 Q("4.187 địa chỉ nhân đạo", 4187, "địa chỉ nhân đạo"), Q("1.023 địa chỉ mới", 1023, "địa chỉ mới"),
 Q("137 tổ chức, cá nhân", 137, "tổ chức, cá nhân"), Q("186 trẻ em mồ côi", 186, "trẻ em mồ côi"),
 Q("500.000 đồng", 500000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("312 địa chỉ nhân đạo", 312, "địa chỉ nhân đạo"), Q("100%", 100, "%")],
[D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 43-CT/TW"),
 D("Chương trình hành động", "82", "CTr/TU", "2020-08-20", "Tỉnh ủy Kiên Giang", "Chương trình hành động số 82-CTr/TU ngày 20/8/2020"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP")],
[prov("Kiên Giang")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Trang chủ » Chính trị » Hoạt động HĐND", "(BKG)", "Tủ đồ nhân đạo"],
["14/10/2021 - 10:30", "9 tháng năm 2021", "gần 2 lần", "cùng kỳ", "Covid-19", "những tháng cuối năm"]))

PAGES.append(page("b7528-phutho-ctd-doithoai-2021", """
Báo Phú Thọ
Trang chủ - Xã hội - Đời sống
Thứ Năm, 25/11/2021, 07:55
Lãnh đạo tỉnh đối thoại với cán bộ, hội viên Chữ thập đỏ
Ngày 24/11, UBND tỉnh Phú Thọ phối hợp với Hội Chữ thập đỏ tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với cán bộ, hội viên, tình nguyện viên chữ thập đỏ năm 2021. Đồng chí Hồ Đại Dũng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Tham dự có 210 đại biểu là cán bộ Hội các cấp, tình nguyện viên và đại diện các địa chỉ nhân đạo tiêu biểu.
Đồng chí Hồ Đại Dũng trả lời ý kiến của hội viên. Ảnh: Thu Hường
Mở đầu hội nghị, đồng chí Nguyễn Thị Bích Ngọc, Chủ tịch Hội Chữ thập đỏ tỉnh, thông tin: Hội hiện có 89.600 hội viên, 17.200 tình nguyện viên; năm 2021 đã kết nối được 2.846 địa chỉ nhân đạo với tổng số tiền hỗ trợ khoảng 8,2 tỷ đồng. Thực hiện Kế hoạch số 3145/KH-UBND ngày 12/8/2020 của UBND tỉnh triển khai Chỉ thị số 43-CT/TW của Ban Bí thư, Hội đã xây dựng 3 mô hình điểm "Địa chỉ nhân đạo gắn với sinh kế" ở các xã Tu Vũ, Minh Đài, Xuân Sơn.
Tại hội nghị, 14 ý kiến được nêu trực tiếp. Bà Đinh Thị Huyền, Chủ tịch Hội Chữ thập đỏ xã Xuân Sơn (Tân Sơn), đề nghị tỉnh có chế độ phụ cấp cho chi hội trưởng vì nhiều người làm không lương. Ông Hà Văn Khoa, trưởng khu Đồng Tâm, xã Tu Vũ, phản ánh một số hộ trong danh sách địa chỉ nhân đạo đồng thời nhận trợ cấp xã hội, gây thắc mắc trong dân. Chị Lê Thị Mai, tình nguyện viên ở phường Gia Cẩm, hỏi về cơ chế bảo hiểm cho tình nguyện viên tham gia cứu hộ mùa mưa bão.
Trả lời các ý kiến, đồng chí Hồ Đại Dũng cho biết tỉnh sẽ giao Sở Nội vụ nghiên cứu cơ chế hỗ trợ cho chi hội trưởng theo Nghị định số 03/2011/NĐ-CP; giao Sở Lao động - Thương binh và Xã hội phối hợp với Hội đối chiếu danh sách để một hộ không nhận trùng nhiều nguồn. Về bảo hiểm cho tình nguyện viên, UBND tỉnh đồng ý hỗ trợ từ nguồn ngân sách năm 2022 khoảng 300 triệu đồng.
Đồng chí Nguyễn Thị Bích Ngọc cam kết Hội sẽ ban hành quy chế quản lý địa chỉ nhân đạo trong quý I năm 2022, công khai danh sách tại nhà văn hóa khu dân cư.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân; Hội Chữ thập đỏ tỉnh trao 50 suất quà cho các địa chỉ nhân đạo, mỗi suất 1 triệu đồng.
Theo Ban tổ chức, các ý kiến chưa trả lời tại hội nghị sẽ được tổng hợp, chuyển các sở, ngành liên quan trả lời bằng văn bản trong vòng 30 ngày và đăng tải trên Cổng thông tin điện tử của tỉnh.
Thu Hường
Tin liên quan
- Thanh Sơn trao 12 căn nhà nhân đạo (18/11/2021)
- Hiến máu tình nguyện "Giọt máu đất Tổ" (08/11/2021)
- Lâm Thao: đỡ đầu 40 trẻ em mồ côi do Covid-19 (28/10/2021)
- Việt Trì ra mắt "Tủ bánh mì nhân đạo" (15/10/2021)
""", "2021-11-25", "Lãnh đạo tỉnh đối thoại với cán bộ, hội viên Chữ thập đỏ",
E("doi_thoai", "2021", "2021-11-24"),
[P("Hồ Đại Dũng", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Đinh Thị Huyền", "Chủ tịch Hội Chữ thập đỏ xã Xuân Sơn"),
 P("Hà Văn Khoa", "trưởng khu Đồng Tâm"),
 P("Lê Thị Mai", "tình nguyện viên")],
[Q("210 đại biểu", 210, "đại biểu"), Q("89.600 hội viên", 89600, "hội viên"), Q("17.200 tình nguyện viên", 17200, "tình nguyện viên"),
 Q("2.846 địa chỉ nhân đạo", 2846, "địa chỉ nhân đạo"), Q("khoảng 8,2 tỷ đồng", 8200000000, "đồng", "approx"),
 Q("3 mô hình điểm", 3, "mô hình điểm"), Q("14 ý kiến", 14, "ý kiến"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "3145", "KH-UBND", "2020-08-12", "UBND tỉnh", "Kế hoạch số 3145/KH-UBND ngày 12/8/2020"),
 D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 43-CT/TW"),
 D("Nghị định", "03", "2011/NĐ-CP", None, None, "Nghị định số 03/2011/NĐ-CP")],
[prov("Phú Thọ"), com("Tu Vũ"), com("Minh Đài"), com("Xuân Sơn"), com("Gia Cẩm")],
["Báo Phú Thọ", "Trang chủ - Xã hội - Đời sống", "Đồng chí Hồ Đại Dũng trả lời ý kiến của hội viên. Ảnh: Thu Hường",
 "Địa chỉ nhân đạo gắn với sinh kế"],
["Thứ Năm, 25/11/2021, 07:55", "năm 2021", "năm 2022", "quý I năm 2022", "30 ngày"]))
