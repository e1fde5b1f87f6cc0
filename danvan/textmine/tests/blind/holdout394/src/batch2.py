from lib import *
PAGES = []

PAGES.append(page("b9419-camau-bdv-giaoban-thang2-2017", """
BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Thời sự | Chính trị | Dân vận
Thứ Năm, 09/03/2017 | 10:12
Đồng chí Huỳnh Thị Ngọc Dung phát biểu chỉ đạo giao ban.
Giao ban công tác dân vận tháng 2, triển khai nhiệm vụ tháng 3
(CMO) Sáng 7/3, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban đánh giá kết quả công tác dân vận tháng 2/2017, triển khai nhiệm vụ tháng 3. Đồng chí Huỳnh Thị Ngọc Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong dịp Tết Nguyên đán Đinh Dậu, hệ thống dân vận cùng Ủy ban MTTQ và các đoàn thể đã vận động các nhà hảo tâm trao 12.650 phần quà Tết cho hộ nghèo, gia đình chính sách, tổng trị giá trên 6,3 tỷ đồng; bàn giao 86 căn nhà đại đoàn kết. Chương trình "Tết vì người nghèo" tiếp tục được các doanh nghiệp hưởng ứng mạnh mẽ.
Theo báo cáo, tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định, phấn khởi trước kết quả sản xuất vụ lúa - tôm. Tuy nhiên, tình trạng sạt lở đê biển Tây tại 3 điểm thuộc huyện Trần Văn Thời, U Minh khiến người dân lo lắng; ngành chức năng đã vận động 47 hộ di dời đến nơi an toàn. Các cơ quan trong khối dân vận đã tiếp nhận 29 đơn thư, trong đó 21 đơn thuộc lĩnh vực đất đai.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 14, 15-KH/TU thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và về công tác dân vận trong vùng đồng bào Khmer. Ban cũng phối hợp với Sở Nội vụ rà soát việc thực hiện Quyết định số 2186/QĐ-UBND ngày 28/12/2016 của UBND tỉnh về quy chế tiếp công dân.
Tại giao ban, đồng chí Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời cho biết, đồng bào Khmer ở xã Khánh Bình Tây đã đón Tết an toàn; 5 chùa Phật giáo Nam tông Khmer trên địa bàn được hỗ trợ sửa chữa. Đồng chí Lý Văn Hỷ, Phó Trưởng Ban Dân vận Huyện ủy Năm Căn phản ánh một số hộ nuôi tôm ở xã Tân Ân còn thắc mắc về giá đền bù khi mở rộng tuyến đường Hồ Chí Minh.
Đồng chí Trần Thanh Nhàn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy thông báo kế hoạch tổ chức hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2015 - 2017 dự kiến vào tháng 4.
Phát biểu kết luận, đồng chí Huỳnh Thị Ngọc Dung đề nghị tháng 3 các ngành, các cấp tập trung nắm tình hình nhân dân vùng sạt lở, vùng dự án; quan tâm vận động đồng bào Khmer chuẩn bị đón Tết Chôl Chnăm Thmây; chỉ đạo các địa phương tổ chức đối thoại với người dân có đơn thư kéo dài; phối hợp với các đoàn thể chăm lo đời sống người lao động mất việc làm do dịch bệnh trên tôm.
Đồng chí cũng lưu ý các ban dân vận huyện ủy, thành ủy sớm hoàn chỉnh hồ sơ đề nghị khen thưởng các điển hình, bảo đảm đúng thời gian, chất lượng, tránh hình thức.
Kim Cúc
Lượt xem: 905
Tin khác
- Đầm Dơi giao ban khối dân vận tháng 2 (06/03/2017)
- Trao 200 phần quà cho đồng bào Khmer nghèo (20/01/2017)
- Tổng kết công tác dân vận năm 2016 (13/01/2017)
""", "2017-03-09", "Giao ban công tác dân vận tháng 2, triển khai nhiệm vụ tháng 3",
E("giao_ban", "2017-02", "2017-03-07"),
[P("Huỳnh Thị Ngọc Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Lý Văn Hỷ", "Phó Trưởng Ban Dân vận Huyện ủy Năm Căn"),
 P("Trần Thanh Nhàn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("12.650 phần quà Tết", 12650, "phần quà"), Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("86 căn nhà đại đoàn kết", 86, "căn nhà đại đoàn kết"), Q("3 điểm", 3, "điểm"), Q("47 hộ", 47, "hộ"),
 Q("29 đơn thư", 29, "đơn thư"), Q("21 đơn", 21, "đơn"),
 Q("5 chùa Phật giáo Nam tông Khmer", 5, "chùa Phật giáo Nam tông Khmer")],
[D("Kế hoạch", "14", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 14, 15-KH/TU"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 14, 15-KH/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Quyết định", "2186", "QĐ-UBND", "2016-12-28", "UBND tỉnh", "Quyết định số 2186/QĐ-UBND ngày 28/12/2016")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Ân")],
["BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU", "Thời sự | Chính trị | Dân vận",
 "Đồng chí Huỳnh Thị Ngọc Dung phát biểu chỉ đạo giao ban.", "(CMO)", "Tết vì người nghèo", "Dân vận khéo",
 "Chôl Chnăm Thmây", "Lượt xem: 905"],
["Thứ Năm, 09/03/2017 | 10:12", "tháng 2/2017", "Tết Nguyên đán Đinh Dậu", "giai đoạn 2015 - 2017",
 "Lượt xem: 905"]))

PAGES.append(page("b9420-hue-bdv-giaoban-quy2-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ
Trang chủ >> Tin tức >> Chính trị - Xã hội
11/07/2018 14:05 GMT+7
Ban Dân vận Tỉnh ủy giao ban quý II/2018 với khối dân vận
Ngày 10/7, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức giao ban công tác dân vận quý II, triển khai nhiệm vụ quý III năm 2018. Đồng chí Phan Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Văn Lợi, Trương Thị Hạnh và lãnh đạo các đoàn thể chính trị - xã hội tỉnh.
Quang cảnh giao ban. Ảnh: Minh Hiền
Quý II, khối dân vận đã tuyên truyền, vận động nhân dân đồng thuận với chủ trương di dời dân cư khu vực I di tích Kinh thành Huế; đến nay đã có 1.540 hộ đăng ký di dời, trong đó 612 hộ đã nhận tiền bồi thường với tổng số khoảng 148 tỷ đồng. Trước những thông tin sai lệch về dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt, Ban đã chỉ đạo các cấp nắm chắc tình hình, tổ chức 215 buổi đối thoại, giải thích cho nhân dân; trên địa bàn tỉnh không xảy ra tụ tập đông người.
Ban đã phối hợp hướng dẫn các huyện triển khai Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; toàn tỉnh bình chọn được 296 người có uy tín trong đồng bào dân tộc thiểu số. Luật Tín ngưỡng, tôn giáo tiếp tục được tuyên truyền đến chức sắc, chức việc các tôn giáo; Ban đã ban hành Hướng dẫn 11, 12-HD/BDVTU về công tác vận động chức sắc và về dân vận chính quyền.
Tại giao ban, đồng chí A Viết Sơn, HUV, Trưởng Ban Dân vận Huyện ủy A Lưới cho biết 9 xã của huyện đã xây dựng mô hình "Làng không có người nghiện ma túy"; đồng bào Pa Kô, Ta Ôi tích cực trồng 320 ha rừng. Thượng tọa Thích Tâm Hòa, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quan tâm hỗ trợ các cơ sở tự viện trong mùa mưa bão. Ông Hồ Xuân Pái, Bí thư Chi bộ thôn Aka, xã Hồng Thủy, chia sẻ cách vận động bà con không phát rừng làm rẫy.
Đồng chí Lê Quang Minh, vừa được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày dự thảo Kế hoạch số 102-KH/TU của Tỉnh ủy về thực hiện Quy chế dân chủ trong cơ quan hành chính nhà nước giai đoạn 2018 - 2020.
Kết luận giao ban, đồng chí Phan Thị Thu Hằng đề nghị quý III tập trung tuyên truyền, vận động nhân dân hiểu rõ chủ trương của Đảng và Nhà nước về các dự án luật đang được lấy ý kiến; tiếp tục vận động các hộ dân khu vực Kinh thành di dời đúng tiến độ; chuẩn bị tốt cho việc phòng, chống thiên tai.
Bảo Ngọc
Lượt truy cập: 2.381
Bài viết liên quan
- Khối dân vận giao ban quý I năm 2018 (10/04/2018)
- A Lưới: phát huy vai trò người có uy tín (22/05/2018)
- Gặp mặt chức sắc tôn giáo nhân Đại lễ Phật đản (28/04/2018)
""", "2018-07-11", "Ban Dân vận Tỉnh ủy giao ban quý II/2018 với khối dân vận",
E("giao_ban", "2018-Q2", "2018-07-10"),
[P("Phan Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Viết Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy A Lưới"),
 P("Thích Tâm Hòa", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Hồ Xuân Pái", "Bí thư Chi bộ thôn Aka"),
 P("Lê Quang Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.540 hộ", 1540, "hộ"), Q("612 hộ", 612, "hộ"), Q("khoảng 148 tỷ đồng", 148000000000, "đồng", "approx"),
 Q("215 buổi đối thoại", 215, "buổi đối thoại"), Q("296 người có uy tín", 296, "người có uy tín"),
 Q("9 xã", 9, "xã"), Q("320 ha", 320, "ha")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Hướng dẫn", "11", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 11, 12-HD/BDVTU"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 11, 12-HD/BDVTU"),
 D("Kế hoạch", "102", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 102-KH/TU")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ THỪA THIÊN HUẾ", "Trang chủ >> Tin tức >> Chính trị - Xã hội",
 "Quang cảnh giao ban. Ảnh: Minh Hiền", "Luật Đơn vị hành chính - kinh tế đặc biệt", "Luật Tín ngưỡng, tôn giáo",
 "Làng không có người nghiện ma túy", "Kinh thành Huế", "Lượt truy cập: 2.381"],
["11/07/2018 14:05 GMT+7", "quý III năm 2018", "khu vực I", "giai đoạn 2018 - 2020", "Lượt truy cập: 2.381"]))

PAGES.append(page("b9421-hagiang-bdv-giaoban-thang10-2019", """
BÁO HÀ GIANG ĐIỆN TỬ
Tin tức > Chính trị > Xây dựng Đảng
08:15 | 06/11/2019
Hà Giang: Giao ban công tác dân vận tháng 10
BHG - Chiều 5.11, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10 năm 2019. Đồng chí Thào Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo các phòng, văn phòng Ban và đại diện Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Trong tháng, các cấp ủy đảng đã chỉ đạo khối dân vận bám cơ sở, nắm tình hình nhân dân trong mùa thu hoạch và dịp Lễ hội hoa Tam giác mạch. Tại các xã vùng cao núi đá, khối dân vận phối hợp với lực lượng biên phòng vận động 34 hộ người Mông từ bỏ tà đạo "Giê Sùa", trở lại sinh hoạt tín ngưỡng truyền thống. Phong trào làm đường bê tông nông thôn tiếp tục lan tỏa: nhân dân hiến 5.700 m2 đất, góp 3.900 ngày công, cùng Nhà nước làm 41 km đường bê tông; tổng giá trị nhân dân đóng góp khoảng 2,45 tỷ đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về tăng cường công tác dân vận trong xây dựng nông thôn mới và về phòng, chống tảo hôn, hôn nhân cận huyết thống; tổ chức kiểm tra việc thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở tại 6 xã của huyện Đồng Văn, Mèo Vạc.
Tại giao ban, đồng chí Sùng Mí Chá, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo kết quả khảo sát tình hình tảo hôn: 9 tháng năm 2019 toàn tỉnh còn 128 cặp tảo hôn, giảm 57 cặp so với cùng kỳ. Đồng chí Bàn Tiến Pham, HUV, Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì cho biết mô hình "Dòng họ Dao nói không với tảo hôn" ở xã Pờ Ly Ngài đã được 14 dòng họ tham gia. Ông Lò Văn Sìn, người có uy tín thôn Mỏ Phìn, xã Sủng Là, đề nghị có thêm lớp dạy nghề cho thanh niên.
Đồng chí Nông Thị Bích, Chánh Văn phòng Ban Dân vận Tỉnh ủy cho biết, Văn phòng đã tiếp nhận 19 đơn thư, chuyển cơ quan chức năng giải quyết 15 đơn; không có đơn thư vượt cấp. Cũng trong tháng, Ban phối hợp với Hội Liên hiệp Phụ nữ tỉnh mở 3 lớp tập huấn kỹ năng vận động quần chúng cho cán bộ chi hội ở thôn, bản vùng biên giới.
Kết luận giao ban, đồng chí Thào Thị Mỷ yêu cầu tháng 11 các đơn vị chuẩn bị tốt hội nghị biểu dương điển hình "Dân vận khéo"; phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; tiếp tục thực hiện Nghị quyết số 12-NQ/TU ngày 15/8/2019 của Ban Chấp hành Đảng bộ tỉnh về phát triển hạ tầng nông thôn; theo dõi, nắm chắc tình hình tư tưởng nhân dân vùng biên giới.
Đức Tuấn
Lượt xem: 1.476
Tin liên quan
- Yên Minh: giao ban khối dân vận quý III (10/10/2019)
- Giao ban công tác dân vận tháng 9 năm 2019 (04/10/2019)
- Quản Bạ: 200 hộ hiến đất làm đường (24/09/2019)
""", "2019-11-06", "Hà Giang: Giao ban công tác dân vận tháng 10",
E("giao_ban", "2019-10", "2019-11-05"),
[P("Thào Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bàn Tiến Pham", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì"),
 P("Lò Văn Sìn", "người có uy tín thôn Mỏ Phìn"),
 P("Nông Thị Bích", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("34 hộ", 34, "hộ"), Q("5.700 m2", 5700, "m2"), Q("3.900 ngày công", 3900, "ngày công"), Q("41 km", 41, "km"),
 Q("khoảng 2,45 tỷ đồng", 2450000000, "đồng", "approx"), Q("6 xã", 6, "xã"), Q("128 cặp tảo hôn", 128, "cặp tảo hôn"),
 Q("57 cặp", 57, "cặp"), Q("14 dòng họ", 14, "dòng họ"), Q("19 đơn thư", 19, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("3 lớp tập huấn", 3, "lớp tập huấn")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Nghị quyết", "12", "NQ/TU", "2019-08-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 15/8/2019")],
[prov("Hà Giang"), com("Pờ Ly Ngài"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Tin tức > Chính trị > Xây dựng Đảng", "BHG", "Giê Sùa", "Lễ hội hoa Tam giác mạch",
 "Dòng họ Dao nói không với tảo hôn", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.476"],
["08:15 | 06/11/2019", "tháng 10 năm 2019", "9 tháng năm 2019", "Lượt xem: 1.476"]))

PAGES.append(page("b9422-kontum-bdv-giaoban-quy1-2020", """
BAN DÂN VẬN TỈNH ỦY KON TUM
You are here: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban
Thứ Sáu, 10/04/2020 - 15:30
Toàn cảnh hội nghị trực tuyến.
Khối dân vận chung tay phòng, chống dịch COVID-19
Ngày 9/4, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban công tác dân vận quý I/2020 theo hình thức trực tuyến, kết nối tới 10 điểm cầu huyện, thành phố. Đồng chí A Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Y Đôn, Lê Thị Thu Hằng.
Báo cáo nêu rõ, từ khi dịch bệnh xuất hiện, khối dân vận các cấp đã tuyên truyền sâu rộng Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch; vận động nhân dân hạn chế tụ tập, không tổ chức lễ hội, sinh hoạt tôn giáo đông người. Hội Liên hiệp Phụ nữ các cấp may, tặng 62.000 khẩu trang vải; Ủy ban MTTQ tỉnh tiếp nhận trên 3,6 tỷ đồng ủng hộ phòng, chống dịch. Ban đã phối hợp vận động 1.840 lao động người Xơ Đăng, Ba Na làm thuê ở các tỉnh trở về địa phương khai báo y tế.
Cũng trong quý I, Ban tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 22, 23-KH/TU về lãnh đạo công tác dân vận năm 2020 và về vận động đồng bào dân tộc thiểu số phát triển kinh tế rừng; hướng dẫn các huyện chuẩn bị đại hội đảng bộ cấp cơ sở.
Tại điểm cầu huyện Tu Mơ Rông, đồng chí A Rưng, HUV, Trưởng Ban Dân vận Huyện ủy cho biết đồng bào đã chủ động dựng 26 chốt kiểm soát dịch ở đầu làng. Tại điểm cầu Kon Plông, bà Y Bliêng, Già làng làng Kon Chênh, xã Măng Cành, cho biết bà con đã tạm hoãn lễ mừng lúa mới. Đồng chí Đinh Thị Hoàng Loan, Bí thư Đảng ủy xã Đăk Tờ Re, đề nghị hỗ trợ gạo cho 73 hộ nghèo có người lao động mất việc.
Về công tác dân vận chính quyền, trong quý các cơ quan đã chuyển phần lớn việc tiếp công dân sang hình thức trực tuyến, qua điện thoại; giải quyết 38 đơn thư. Một số địa phương còn lúng túng khi thực hiện giãn cách, có nơi người dân chưa chấp hành nghiêm quy định đeo khẩu trang nơi công cộng.
Kết luận hội nghị, đồng chí A Khang đề nghị quý II tiếp tục tuyên truyền Nghị quyết số 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch; giám sát việc chi trả hỗ trợ bảo đảm công khai, đúng đối tượng; nắm chắc tình hình tư tưởng nhân dân, kịp thời phản bác thông tin xấu, độc trên mạng xã hội.
Y Thị Huyền
Lượt đọc: 628
Tin liên quan
- Ban Dân vận Tỉnh ủy tặng 500 khẩu trang cho người dân (02/04/2020)
- Tổng kết công tác dân vận năm 2019 (14/01/2020)
- Đăk Hà: vận động đồng bào không tụ tập đông người (30/03/2020)
""", "2020-04-10", "Khối dân vận chung tay phòng, chống dịch COVID-19",
E("giao_ban", "2020-Q1", "2020-04-09"),
[P("A Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Đôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Rưng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Bliêng", "Già làng làng Kon Chênh"),
 P("Đinh Thị Hoàng Loan", "Bí thư Đảng ủy xã Đăk Tờ Re")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("62.000 khẩu trang vải", 62000, "khẩu trang vải"),
 Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("1.840 lao động", 1840, "lao động"),
 Q("26 chốt kiểm soát dịch", 26, "chốt kiểm soát dịch"), Q("73 hộ nghèo", 73, "hộ nghèo"), Q("38 đơn thư", 38, "đơn thư")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "22", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 22, 23-KH/TU"),
 D("Kế hoạch", "23", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 22, 23-KH/TU"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Kon Tum"), com("Măng Cành"), com("Đăk Tờ Re")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "You are here: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban",
 "Toàn cảnh hội nghị trực tuyến.", "Khối dân vận chung tay phòng, chống dịch COVID-19", "Lượt đọc: 628"],
["Thứ Sáu, 10/04/2020 - 15:30", "quý I/2020", "COVID-19", "năm 2020", "Lượt đọc: 628"]))

PAGES.append(page("b9423-ninhthuan-bdv-giaoban-thang7-2021", """
Báo Ninh Thuận điện tử
Trang chủ / Chính trị / Dân vận
Thứ Hai, 02/08/2021 - 16:45
Giao ban công tác dân vận tháng 7/2021
Chiều 30/7, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 7, triển khai nhiệm vụ tháng 8 năm 2021 theo hình thức trực tuyến. Đồng chí Đổng Văn Tài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Đồng chí Đổng Văn Tài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, phát biểu kết luận giao ban. Ảnh: Văn Miên
Trong tháng 7, dịch COVID-19 diễn biến phức tạp, tỉnh thực hiện giãn cách xã hội tại nhiều địa bàn. Khối dân vận các cấp đã vận động nhân dân chấp hành nghiêm Công điện số 1068/CĐ-TTg của Thủ tướng Chính phủ và các quy định phòng, chống dịch; vận động các chức sắc tôn giáo tạm dừng hành lễ tập trung. Ủy ban MTTQ và các đoàn thể đã trao 7.200 túi an sinh cho người dân khu phong tỏa; hướng dẫn 2.350 lao động tự do lập hồ sơ nhận hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ.
Đồng bào Chăm, Raglai tiếp tục đồng thuận với các chủ trương của tỉnh. Ban đã phối hợp với Ban Tôn giáo tỉnh gặp gỡ, vận động các vị chức sắc Chăm Bà-la-môn và Chăm Bàni lùi thời gian tổ chức lễ Ramưwan; 100% thánh đường Hồi giáo tạm dừng sinh hoạt đông người.
Ban ban hành kế hoạch số 71-KH/BDVTU về vận động nhân dân tham gia tổ COVID cộng đồng; đến nay toàn tỉnh đã thành lập 1.186 tổ COVID cộng đồng với hơn 4.600 thành viên.
Tại giao ban, đồng chí Katơr Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái cho biết đồng bào Raglai ở xã Phước Hà đã thu hoạch xong vụ bắp, tình hình tư tưởng ổn định. Cả sư Thuận Văn Nhạn, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh, tham gia trực tuyến, bày tỏ đồng tình với việc tạm dừng các lễ hội. Đồng chí Thông Thị Ngọc Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy thông tin về kết quả vận động người dân xã Phước Nam tiêm vắc-xin: 96,4% người trong độ tuổi đã đăng ký tiêm.
Một số ý kiến phản ánh việc chi trả hỗ trợ ở phường Đô Vinh và một số phường khác còn chậm, thủ tục chưa phù hợp với lao động tự do; cần có cơ chế để Ủy ban MTTQ phường xác nhận thay cho tổ dân phố.
Kết luận giao ban, đồng chí Đổng Văn Tài đề nghị tháng 8 khối dân vận tập trung tuyên truyền, vận động người dân "ai ở đâu thì ở đó"; giám sát việc hỗ trợ người dân gặp khó khăn bảo đảm công khai, minh bạch; chủ động nắm tình hình các cơ sở tôn giáo, không để kẻ xấu lợi dụng dịch bệnh kích động.
Văn Nỷ
Lượt xem: 1.118
Tin liên quan
- Thuận Nam: trao 300 túi an sinh cho người dân khó khăn (27/07/2021)
- Giao ban công tác dân vận quý II năm 2021 (07/07/2021)
- Ninh Phước: phát huy vai trò người có uy tín (18/06/2021)
""", "2021-08-02", "Giao ban công tác dân vận tháng 7/2021",
E("giao_ban", "2021-07", "2021-07-30"),
[P("Đổng Văn Tài", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Katơr Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Thuận Văn Nhạn", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh"),
 P("Thông Thị Ngọc Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("7.200 túi an sinh", 7200, "túi an sinh"), Q("2.350 lao động tự do", 2350, "lao động tự do"),
 Q("100% thánh đường Hồi giáo", 100, "%"), Q("1.186 tổ COVID cộng đồng", 1186, "tổ COVID cộng đồng"),
 Q("hơn 4.600 thành viên", 4600, "thành viên", "over"), Q("96,4%", 96.4, "%")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Kế hoạch", "71", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 71-KH/BDVTU")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam"), com("Đô Vinh")],
["Báo Ninh Thuận điện tử", "Trang chủ / Chính trị / Dân vận",
 "Đồng chí Đổng Văn Tài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, phát biểu kết luận giao ban. Ảnh: Văn Miên",
 "Công điện số 1068/CĐ-TTg", "ai ở đâu thì ở đó", "Ramưwan", "Lượt xem: 1.118"],
["Thứ Hai, 02/08/2021 - 16:45", "tháng 8 năm 2021", "COVID-19", "Công điện số 1068/CĐ-TTg", "Lượt xem: 1.118"]))

PAGES.append(page("b9424-langson-bdv-giaoban-quy3-2021", """
TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ - Tin hoạt động - Hoạt động của Ban
Thứ Tư, ngày 13 tháng 10 năm 2021
Ban Dân vận Tỉnh ủy Lạng Sơn: giao ban công tác dân vận quý III
Ngày 12/10/2021, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2021. Chủ trì hội nghị có đồng chí Lành Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vy Văn Phú, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quý III, tình hình cửa khẩu ùn ứ hàng hóa do dịch COVID-19, có thời điểm trên 1.200 xe hàng nông sản chờ xuất khẩu. Khối dân vận đã phối hợp vận động các chủ xe, lái xe chấp hành quy định phòng dịch; Ủy ban MTTQ và các đoàn thể tổ chức 18 điểm phát suất ăn miễn phí cho lái xe với khoảng 15.600 suất ăn. Các cấp đã vận động người dân đón 2.140 công dân từ các tỉnh phía Nam trở về quê an toàn.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 35-KH/TU ngày 20/9/2021 triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; tổ chức 11 hội nghị quán triệt cho hơn 1.500 cán bộ, đảng viên. Ban cũng hướng dẫn các huyện sơ kết phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2021, toàn tỉnh có 1.247 mô hình được công nhận.
Về công tác dân vận chính quyền, các cơ quan nhà nước đã tổ chức 46 cuộc đối thoại với nhân dân; tiếp nhận 212 đơn thư, đã giải quyết 187 đơn, đạt 88,2%. Một số vụ việc liên quan đến đất đai tại khu vực dự án đường cao tốc Bắc Giang - Lạng Sơn còn kéo dài.
Tại hội nghị, đồng chí Chu Văn Tạo, ĐUV, Trưởng khối dân vận xã Tân Thanh cho biết người dân các thôn biên giới đã ký cam kết không vượt biên, không chứa chấp người nhập cảnh trái phép. Đồng chí Hoàng Thị Mến, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh đề nghị tập trung giám sát việc thực hiện các chính sách hỗ trợ người lao động. Đồng chí Lộc Văn Khoa, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, kiến nghị bổ sung kinh phí cho các tổ COVID cộng đồng ở xã Đồng Đăng.
Phát biểu kết luận, đồng chí Lành Thị Thu đề nghị quý IV, các cơ quan tập trung triển khai Quy chế công tác dân vận mới; vận động nhân dân tiêm vắc-xin phòng COVID-19; phối hợp giải quyết dứt điểm các vụ việc phức tạp; chuẩn bị tốt hội nghị tổng kết công tác dân vận năm 2021.
Lương Hà (Ban Dân vận Tỉnh ủy)
Lượt truy cập: 947
Tin liên quan
- Văn Lãng: sơ kết 5 năm phong trào "Dân vận khéo" (30/09/2021)
- Giao ban công tác dân vận quý II năm 2021 (09/07/2021)
- Tặng 1.000 suất ăn cho lái xe tại cửa khẩu (24/08/2021)
""", "2021-10-13", "Ban Dân vận Tỉnh ủy Lạng Sơn: giao ban công tác dân vận quý III",
E("giao_ban", "2021-Q3", "2021-10-12"),
[P("Lành Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vy Văn Phú", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Văn Tạo", "ĐUV", "Trưởng khối dân vận xã Tân Thanh"),
 P("Hoàng Thị Mến", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lộc Văn Khoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc")],
[Q("trên 1.200 xe hàng nông sản", 1200, "xe hàng nông sản", "over"), Q("18 điểm", 18, "điểm"),
 Q("khoảng 15.600 suất ăn", 15600, "suất ăn", "approx"), Q("2.140 công dân", 2140, "công dân"),
 Q("11 hội nghị", 11, "hội nghị"), Q("hơn 1.500 cán bộ, đảng viên", 1500, "cán bộ, đảng viên", "over"),
 Q("1.247 mô hình", 1247, "mô hình"), Q("46 cuộc đối thoại", 46, "cuộc đối thoại"), Q("212 đơn thư", 212, "đơn thư"),
 Q("187 đơn", 187, "đơn"), Q("88,2%", 88.2, "%")],
[D("Kế hoạch", "35", "KH/TU", "2021-09-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU ngày 20/9/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Đồng Đăng")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ - Tin hoạt động - Hoạt động của Ban",
 "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt truy cập: 947"],
["Thứ Tư, ngày 13 tháng 10 năm 2021", "quý IV năm 2021", "COVID-19", "giai đoạn 2016 - 2021", "Lượt truy cập: 947"]))
