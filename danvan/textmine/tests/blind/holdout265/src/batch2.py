from lib import *
PAGES = []

PAGES.append(page("b6323-hue-bdv-hoinghi-tongiao-2016", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Vị trí: Trang chủ >> Tin tức >> Dân tộc - Tôn giáo
Ngày đăng 12/08/2016 | 15:20
Chức sắc tôn giáo được cung cấp thông tin về nhận diện tin giả, tin xuyên tạc
Sáng 11/8, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo tỉnh tổ chức hội nghị cung cấp thông tin cho chức sắc, chức việc các tôn giáo năm 2016. Đồng chí Phan Ngọc Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có 135 vị chức sắc, chức việc, nhà tu hành của Phật giáo, Công giáo, Tin lành, Cao Đài và Phật giáo Hòa Hảo trên địa bàn tỉnh Thừa Thiên Huế.
Toàn cảnh hội nghị. Ảnh: Ngọc Hà
Tại hội nghị, ông Hoàng Trọng Nghĩa, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thông tin tình hình thời sự trong nước, quốc tế và nhận diện các thông tin xuyên tạc trên mạng xã hội về sự cố môi trường biển, về quyền tự do tín ngưỡng, tôn giáo. Ông cho biết, 7 tháng qua, lực lượng chức năng đã phát hiện 26 trang Facebook, blog đăng tải thông tin sai sự thật liên quan đến tỉnh; đề nghị nền tảng gỡ bỏ 184 bài viết, clip.
Bà Trần Thị Bích Ngọc, Phó Trưởng Ban Thường trực Ban Tôn giáo tỉnh, quán triệt Pháp lệnh Tín ngưỡng, tôn giáo, Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ và Quyết định 1024, 1025/QĐ-UBND của UBND tỉnh về phân cấp quản lý hoạt động tôn giáo. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Dũng, Lê Thị Thu Sương trao đổi về Chương trình phối hợp số 07-CTr/MTTQ-BTT giữa Mặt trận và các tổ chức tôn giáo trong vận động tín đồ "sống tốt đời, đẹp đạo".
Nhiều chức sắc phát biểu tâm huyết. Hòa thượng Thích Minh Tuệ, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho rằng các chùa cần có người am hiểu mạng để giải thích cho phật tử, tránh chia sẻ tin chưa kiểm chứng. Linh mục Phêrô Nguyễn Văn Lộc, Quản xứ giáo xứ Phủ Cam, đề nghị các cơ quan chức năng công bố thông tin nhanh hơn để giáo dân không phải tìm đọc ở các trang nước ngoài. Mục sư Hồ Văn Xuân, Quản nhiệm Chi hội Tin lành A Lưới, cho biết chi hội có 320 tín đồ, phần lớn là người Tà Ôi, Pa Cô; chi hội đã nhắc nhở 4 tín đồ chia sẻ bài viết xuyên tạc.
Ông Kêu Văn Tới, người có uy tín thôn A Đên, xã Hương Nguyên, kiến nghị tăng thời lượng phát sóng tiếng dân tộc trên đài huyện. Năm 2016, các cấp Mặt trận đã thăm, tặng 520 suất quà cho chức sắc, tín đồ khó khăn với tổng trị giá 156 triệu đồng.
Phát biểu kết luận, đồng chí Phan Ngọc Thọ đề nghị các vị chức sắc tiếp tục đồng hành cùng chính quyền, vận động tín đồ thực hiện Luật An ninh quốc gia, không chia sẻ tin giả; Ban Dân vận Tỉnh ủy sẽ duy trì hội nghị cung cấp thông tin ít nhất 2 lần mỗi năm. Dịp này, Ban Dân vận Tỉnh ủy phát hành 1.500 cuốn tài liệu hỏi - đáp về nhận diện thông tin xấu, độc.
Ngọc Hà - Thùy Dương
Bài viết liên quan
- Gặp mặt chức sắc Phật giáo nhân dịp Đại lễ Phật đản (20/05/2016)
- A Lưới: 36 người có uy tín được tập huấn kỹ năng tuyên truyền (12/04/2016)
- Ban Dân vận Tỉnh ủy giao ban quý II năm 2016 (08/07/2016)
""", "2016-08-12", "Chức sắc tôn giáo được cung cấp thông tin về nhận diện tin giả, tin xuyên tạc",
E("hoi_nghi", "2016", "2016-08-11"),
[P("Phan Ngọc Thọ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Trọng Nghĩa", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Thị Bích Ngọc", "Phó Trưởng Ban Thường trực Ban Tôn giáo tỉnh"),
 P("Nguyễn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Tuệ", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Quản xứ giáo xứ Phủ Cam"),
 P("Hồ Văn Xuân", "Mục sư", "Quản nhiệm Chi hội Tin lành A Lưới"),
 P("Kêu Văn Tới", "người có uy tín thôn A Đên")],
[Q("135 vị chức sắc, chức việc, nhà tu hành", 135, "vị chức sắc, chức việc, nhà tu hành"),
 Q("26 trang Facebook, blog", 26, "trang Facebook, blog"), Q("184 bài viết, clip", 184, "bài viết, clip"),
 Q("320 tín đồ", 320, "tín đồ"), Q("4 tín đồ", 4, "tín đồ"), Q("520 suất quà", 520, "suất quà"),
 Q("156 triệu đồng", 156000000, "đồng"), Q("1.500 cuốn tài liệu hỏi - đáp", 1500, "cuốn tài liệu hỏi - đáp")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012"),
 D("Quyết định", "1024", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1024, 1025/QĐ-UBND"),
 D("Quyết định", "1025", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1024, 1025/QĐ-UBND"),
 D("Chương trình phối hợp", "07", "CTr/MTTQ-BTT", None, None, "Chương trình phối hợp số 07-CTr/MTTQ-BTT")],
[prov("Thừa Thiên Huế"), com("Hương Nguyên")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Vị trí: Trang chủ >> Tin tức >> Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: Ngọc Hà",
 "sống tốt đời, đẹp đạo", "Pháp lệnh Tín ngưỡng, tôn giáo", "Luật An ninh quốc gia", "Facebook"],
["Ngày đăng 12/08/2016 | 15:20", "năm 2016", "7 tháng qua", "ít nhất 2 lần mỗi năm", "Năm 2016"]))

PAGES.append(page("b6324-binhduong-mttq-giamsat-2017", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị - Xã hội / Mặt trận - Đoàn thể
26/10/2017 - 10:05
Ảnh: Đoàn giám sát làm việc tại UBND thị xã Dĩ An.
Ủy ban MTTQ tỉnh giám sát việc tiếp nhận, xử lý phản ánh của người dân trên mạng
Ngày 25/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bình Dương do ông Nguyễn Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND thị xã Dĩ An về việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân trên môi trường mạng. Đây là nội dung giám sát chuyên đề năm 2017 của Mặt trận tỉnh theo Kế hoạch số 45/KH-MTTQ-BTT ngày 10/3/2017.
Theo báo cáo của UBND thị xã, từ đầu năm đến nay thị xã tiếp nhận 1.126 phản ánh qua trang Facebook, Zalo và đường dây nóng; đã xử lý 1.048 phản ánh, đạt 93%. Trong đó có 57 trường hợp thông tin sai sự thật, chủ yếu là tin đồn về thu hồi đất, về dịch bệnh trên gia súc và tin "bắt cóc trẻ em" lan truyền trên mạng xã hội. Thị xã đã phối hợp với Công an mời làm việc 12 trường hợp đăng tin sai sự thật, xử phạt hành chính 3 trường hợp với tổng số tiền 22,5 triệu đồng theo Nghị định số 174/2013/NĐ-CP ngày 13/11/2013 của Chính phủ.
Bà Huỳnh Thị Kim Hoa, Phó Chủ tịch UBND thị xã Dĩ An cho biết, thị xã đã ban hành Quyết định 2310, 2311/QĐ-UBND về thành lập tổ phản hồi thông tin trên mạng và quy chế hoạt động của tổ; mỗi phường có 1 cán bộ phụ trách. Tuy vậy, do 7 phường có gần 180.000 người lao động nhập cư, việc nắm bắt dư luận còn nhiều khó khăn.
Các thành viên đoàn giám sát nêu nhiều ý kiến. Ông Lê Văn Hưng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh đề nghị công khai kết quả xử lý phản ánh trên trang thông tin điện tử của thị xã; bà Ngô Thị Lan Anh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh lưu ý vai trò của Ban công tác Mặt trận khu phố. Ông Trương Minh Sang, Chủ tịch Ủy ban MTTQ phường Tân Đông Hiệp, cho biết phường có 45 khu phố, mỗi khu phố đã lập nhóm Zalo để kịp thời bác bỏ tin giả.
Kết luận buổi giám sát, ông Nguyễn Văn Lộc đánh giá cao sự chủ động của thị xã, đồng thời kiến nghị thực hiện nghiêm Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận; tăng cường đối thoại trực tiếp với người dân tại phường Dĩ An và phường Tân Đông Hiệp. Dự kiến trong tháng 11, Ủy ban MTTQ tỉnh sẽ giám sát tại 3 huyện còn lại, sau đó tổ chức hội nghị góp ý với 60 đại biểu.
Thanh Tâm
Tin cùng chuyên mục
- Hội nghị hiệp thương giới thiệu người ứng cử Hội thẩm nhân dân (20/10/2017)
- Thuận An: trao 25 căn nhà Đại đoàn kết (12/10/2017)
- Mặt trận tỉnh phản biện dự thảo quy định giá đất (04/10/2017)
- Bến Cát tổ chức Ngày hội Đại đoàn kết toàn dân tộc (29/09/2017)
""", "2017-10-26", "Ủy ban MTTQ tỉnh giám sát việc tiếp nhận, xử lý phản ánh của người dân trên mạng",
E("giam_sat", "2017", "2017-10-25"),
[P("Nguyễn Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Hoa", "Phó Chủ tịch UBND thị xã Dĩ An"),
 P("Lê Văn Hưng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Thị Lan Anh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Minh Sang", "Chủ tịch Ủy ban MTTQ phường Tân Đông Hiệp")],
[Q("1.126 phản ánh", 1126, "phản ánh"), Q("1.048 phản ánh", 1048, "phản ánh"), Q("93%", 93, "%"),
 Q("57 trường hợp", 57, "trường hợp"), Q("12 trường hợp", 12, "trường hợp"), Q("3 trường hợp", 3, "trường hợp"),
 Q("22,5 triệu đồng", 22500000, "đồng"), Q("7 phường", 7, "phường"),
 Q("gần 180.000 người lao động nhập cư", 180000, "người lao động nhập cư", "approx"), Q("45 khu phố", 45, "khu phố"),
 Q("3 huyện", 3, "huyện"), Q("60 đại biểu", 60, "đại biểu")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", "2017-03-10", None, "Kế hoạch số 45/KH-MTTQ-BTT ngày 10/3/2017"),
 D("Nghị định", "174", "2013/NĐ-CP", "2013-11-13", "Chính phủ", "Nghị định số 174/2013/NĐ-CP ngày 13/11/2013"),
 D("Quyết định", "2310", "QĐ-UBND", None, None, "Quyết định 2310, 2311/QĐ-UBND"),
 D("Quyết định", "2311", "QĐ-UBND", None, None, "Quyết định 2310, 2311/QĐ-UBND"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bình Dương"), com("Tân Đông Hiệp"), com("Dĩ An")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại UBND thị xã Dĩ An.",
 "bắt cóc trẻ em", "Facebook", "Zalo", "Ban công tác Mặt trận khu phố"],
["26/10/2017 - 10:05", "năm 2017", "1 cán bộ", "tháng 11"]))

PAGES.append(page("b6325-gialai-bdv-taphuan-2018", """
Báo Gia Lai điện tử
Trang chủ | Chính trị | Dân vận
2018-04-19 16:40
Đồng chí Rơ Châm H'Lương phát biểu khai mạc lớp tập huấn.
Gia Lai: bồi dưỡng kỹ năng phản bác thông tin sai trái trên mạng xã hội cho cán bộ dân vận
(GLO)- Ngày 18/4, Ban Dân vận Tỉnh ủy Gia Lai khai mạc lớp tập huấn kỹ năng tuyên truyền, vận động và phản bác thông tin sai trái trên mạng xã hội năm 2018. Lớp học kéo dài 3 ngày, có 124 học viên là cán bộ khối dân vận, cán bộ Mặt trận, đoàn thể của 17 huyện, thị xã, thành phố và 38 người có uy tín trong đồng bào Jrai, Bahnar.
Đồng chí Rơ Châm H'Lương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, cho biết: năm 2017, các thế lực thù địch đã lập hàng chục trang Facebook, kênh YouTube bằng tiếng Jrai, Bahnar để tuyên truyền về "Tin lành Đê Ga", kích động người dân vượt biên trái phép. Cơ quan chức năng đã phát hiện 41 tài khoản mạng xã hội có nội dung xấu; vận động 19 hộ có người nghe theo kẻ xấu trở về làm ăn ổn định.
Trong chương trình tập huấn, học viên được nghe đồng chí Ksor Yơng, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò của người có uy tín; ông Nguyễn Hữu Tâm, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, hướng dẫn nhận diện tài khoản giả mạo, tin giả và cách báo cáo. Thạc sĩ Đinh Thị Xuân, Phó Hiệu trưởng Trường Chính trị tỉnh, giảng chuyên đề về kỹ năng nói chuyện với đồng bào bằng tiếng dân tộc.
Theo Kế hoạch số 68-KH/BDVTU ngày 02/3/2018 của Ban Dân vận Tỉnh ủy, năm 2018 toàn tỉnh sẽ mở 5 lớp tập huấn cấp tỉnh và 34 lớp cấp huyện, với tổng kinh phí khoảng 780 triệu đồng; phấn đấu 100% cán bộ dân vận cấp xã biết sử dụng mạng xã hội để tuyên truyền. Ban cũng phối hợp Ban Tuyên giáo Tỉnh ủy triển khai Hướng dẫn 14, 15-HD/BTGTU về xây dựng lực lượng nòng cốt đấu tranh trên không gian mạng.
Phát biểu tại lớp học, ông Siu Bưih, người có uy tín làng Plei Ó, xã Ia Phìn, chia sẻ: nhiều thanh niên trong làng dùng điện thoại thông minh nhưng chưa biết đâu là tin thật, tin giả. Bà Rah Lan H'Ngơi, HUV, Trưởng Ban Dân vận Huyện ủy Chư Prông, đề nghị tỉnh biên soạn tài liệu song ngữ Việt - Jrai. Ông Đinh Văn Hyưt, Chủ tịch Ủy ban MTTQ xã Ia Kla, cho biết xã đã lập 12 nhóm Zalo ở các làng để thông tin nhanh cho bà con.
Sau lớp học, mỗi học viên phải xây dựng 1 kế hoạch tuyên truyền tại cơ sở. Ban Dân vận Tỉnh ủy sẽ tổng hợp, lựa chọn khoảng 20 mô hình tiêu biểu để nhân rộng.
Hồng Thi
Tin liên quan
- Chư Sê: gặp mặt người có uy tín năm 2018 (10/04/2018)
- Giao ban công tác dân vận quý I năm 2018 (03/04/2018)
- Trao 300 suất quà cho đồng bào dân tộc thiểu số (06/02/2018)
""", "2018-04-19", "Gia Lai: bồi dưỡng kỹ năng phản bác thông tin sai trái trên mạng xã hội cho cán bộ dân vận",
E("tap_huan", "2018", "2018-04-18"),
[P("Rơ Châm H'Lương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Yơng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tâm", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
 P("Đinh Thị Xuân", "Thạc sĩ", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Siu Bưih", "người có uy tín làng Plei Ó"),
 P("Rah Lan H'Ngơi", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Prông"),
 P("Đinh Văn Hyưt", "Chủ tịch Ủy ban MTTQ xã Ia Kla")],
[Q("124 học viên", 124, "học viên"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("38 người có uy tín", 38, "người có uy tín"), Q("41 tài khoản mạng xã hội", 41, "tài khoản mạng xã hội"),
 Q("19 hộ", 19, "hộ"), Q("5 lớp tập huấn cấp tỉnh", 5, "lớp tập huấn cấp tỉnh"), Q("34 lớp cấp huyện", 34, "lớp cấp huyện"),
 Q("khoảng 780 triệu đồng", 780000000, "đồng", "approx"), Q("100%", 100, "%"), Q("12 nhóm Zalo", 12, "nhóm Zalo"),
 Q("khoảng 20 mô hình tiêu biểu", 20, "mô hình tiêu biểu", "approx")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "68", "KH/BDVTU", "2018-03-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 68-KH/BDVTU ngày 02/3/2018"),
 D("Hướng dẫn", "14", "HD/BTGTU", None, None, "Hướng dẫn 14, 15-HD/BTGTU"),
 D("Hướng dẫn", "15", "HD/BTGTU", None, None, "Hướng dẫn 14, 15-HD/BTGTU")],
[prov("Gia Lai"), com("Ia Phìn"), com("Ia Kla")],
["Báo Gia Lai điện tử", "Trang chủ | Chính trị | Dân vận", "Đồng chí Rơ Châm H'Lương phát biểu khai mạc lớp tập huấn.", "(GLO)",
 "Tin lành Đê Ga", "Facebook", "YouTube", "Zalo"],
["2018-04-19 16:40", "3 ngày", "năm 2017", "năm 2018", "1 kế hoạch"]))

PAGES.append(page("b6326-thaibinh-mttq-baocao-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Trang chủ / Giám sát - Phản biện / Ý kiến cử tri
06.12.2019 | 16:05
Báo cáo của Ủy ban MTTQ tỉnh: dư luận nhân dân quan tâm tin giả, lừa đảo qua mạng
Tại kỳ họp thứ 11, HĐND tỉnh Thái Bình khóa XVI khai mạc sáng 05/12, bà Trần Thị Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày Báo cáo số 86/BC-MTTQ-BTT tổng hợp ý kiến, kiến nghị của cử tri và nhân dân năm 2019. Sau đây là một số nội dung chính của báo cáo.
Bà Trần Thị Huyền trình bày báo cáo tại kỳ họp.
Năm 2019, Ủy ban MTTQ các cấp đã phối hợp tổ chức 1.380 cuộc tiếp xúc cử tri, tổng hợp được 2.145 ý kiến, kiến nghị, trong đó 312 ý kiến gửi tới kỳ họp HĐND tỉnh. Tình hình tư tưởng của các tầng lớp nhân dân cơ bản ổn định; tuy nhiên, nhân dân bức xúc trước tình trạng tin giả, tin thất thiệt lan truyền trên mạng xã hội về dịch tả lợn châu Phi, về "thu hồi đất để làm sân bay" ở ven biển, khiến một số hộ bán tháo vật nuôi, tài sản.
Cử tri phản ánh tình trạng lừa đảo qua điện thoại, mạng xã hội chiếm đoạt tài sản diễn biến phức tạp: trong năm, Công an tỉnh tiếp nhận 74 vụ, thiệt hại gần 6,3 tỷ đồng; có 41 vụ người bị hại là người cao tuổi. Cử tri xã Thụy Trường và xã Nam Thịnh đề nghị tăng cường cảnh báo trên hệ thống truyền thanh cơ sở. Qua khảo sát tại 286 xã, phường, thị trấn, có khoảng 68% người được hỏi cho biết thường xuyên đọc tin trên Facebook, Zalo, chỉ 23% biết cách kiểm chứng thông tin.
Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, năm 2019 Mặt trận các cấp chủ trì 1.102 cuộc giám sát, 214 hội nghị phản biện xã hội. Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Hướng dẫn số 12-HD/MTTQ-BTT ngày 04/4/2019 về việc lập tổ nắm bắt dư luận ở Ban công tác Mặt trận khu dân cư; đến nay có 1.964 khu dân cư thành lập tổ.
Báo cáo ghi nhận ý kiến của ông Phạm Văn Khải, Bí thư Chi bộ thôn Tân Bồi, xã Thụy Trường: khi tin đồn lan truyền, cán bộ thôn đã đến từng nhà đối chiếu với văn bản chính thức. Ông Đỗ Văn Tuấn, Chủ tịch Hội Cựu chiến binh tỉnh và bà Vũ Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cùng đề nghị có chuyên mục "Sự thật và tin đồn" trên Đài Phát thanh và Truyền hình tỉnh.
Ủy ban MTTQ tỉnh kiến nghị UBND tỉnh chỉ đạo thực hiện nghiêm Luật An ninh mạng số 24/2018/QH14 của Quốc hội, xử lý nghiêm người tung tin sai sự thật; bố trí khoảng 1,2 tỷ đồng hỗ trợ nâng cấp 150 cụm loa truyền thanh ở các thôn ven biển.
Đức Thịnh
Tin khác
- Hội nghị hiệp thương tổ chức kỷ niệm 89 năm Ngày truyền thống MTTQ Việt Nam (28/11/2019)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Vũ Thư (15/11/2019)
- Ngày hội Đại đoàn kết ở khu dân cư thôn Đông Hải (10/11/2019)
""", "2019-12-06", "Báo cáo của Ủy ban MTTQ tỉnh: dư luận nhân dân quan tâm tin giả, lừa đảo qua mạng",
E("bao_cao", "2019", "2019-12-05"),
[P("Trần Thị Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Khải", "Bí thư Chi bộ thôn Tân Bồi"),
 P("Đỗ Văn Tuấn", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Vũ Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("1.380 cuộc tiếp xúc cử tri", 1380, "cuộc tiếp xúc cử tri"), Q("2.145 ý kiến, kiến nghị", 2145, "ý kiến, kiến nghị"),
 Q("312 ý kiến", 312, "ý kiến"), Q("74 vụ", 74, "vụ"), Q("gần 6,3 tỷ đồng", 6300000000, "đồng", "approx"),
 Q("41 vụ", 41, "vụ"), Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"), Q("khoảng 68%", 68, "%", "approx"),
 Q("23%", 23, "%"), Q("1.102 cuộc giám sát", 1102, "cuộc giám sát"), Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"),
 Q("1.964 khu dân cư", 1964, "khu dân cư"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("150 cụm loa truyền thanh", 150, "cụm loa truyền thanh")],
[D("Báo cáo", "86", "BC-MTTQ-BTT", None, None, "Báo cáo số 86/BC-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", "2019-04-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12-HD/MTTQ-BTT ngày 04/4/2019"),
 D("Luật", "24", "2018/QH14", None, "Quốc hội", "Luật An ninh mạng số 24/2018/QH14")],
[prov("Thái Bình"), com("Thụy Trường"), com("Nam Thịnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ / Giám sát - Phản biện / Ý kiến cử tri",
 "Bà Trần Thị Huyền trình bày báo cáo tại kỳ họp.", "thu hồi đất để làm sân bay", "Sự thật và tin đồn", "Facebook", "Zalo"],
["06.12.2019 | 16:05", "kỳ họp thứ 11", "khóa XVI", "Năm 2019", "89 năm"]))

PAGES.append(page("b6327-longan-bdv-soket-2020h1", """
BAN DÂN VẬN TỈNH ỦY LONG AN
Bạn đang ở: Trang chủ » Tin hoạt động » Tin trong tỉnh
Thứ Sáu, 10/07/2020
Toàn cảnh hội nghị sơ kết tại điểm cầu tỉnh.
Khối dân vận Long An góp phần đẩy lùi tin giả trong phòng, chống dịch Covid-19
Ngày 08/7/2020, Ban Dân vận Tỉnh ủy Long An tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 với 16 điểm cầu huyện, thị xã, thành phố. Đồng chí Nguyễn Thị Ngọc Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, 6 tháng đầu năm, trên mạng xã hội xuất hiện nhiều tin giả về dịch Covid-19 như "phun thuốc khử trùng từ máy bay", "xã bị phong tỏa toàn bộ", gây hoang mang trong nhân dân. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1245-CV/TU ngày 20/3/2020 về tăng cường công tác dân vận trong phòng, chống dịch; phối hợp Sở Thông tin và Truyền thông cung cấp 48 bản tin bác bỏ thông tin sai sự thật. Lực lượng chức năng đã xử phạt 9 trường hợp đăng tin sai sự thật với tổng số tiền 92,5 triệu đồng theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.
Các cấp Mặt trận, đoàn thể vận động được trên 45,6 tỷ đồng và 1.200 tấn gạo ủng hộ phòng, chống dịch; trao 86.500 phần quà cho người lao động mất việc, hộ nghèo; có 32 "cây ATM gạo" hoạt động ở các huyện. Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ, tỉnh đã chi hỗ trợ cho 198.400 người với số tiền hơn 213 tỷ đồng.
Bà Võ Thị Ánh Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, đã triển khai Kế hoạch 102, 103-KH/BDVTU của Ban Dân vận Tỉnh ủy về mô hình "Tổ dân vận online" ở ấp, khu phố và về vận động người dân khai báo y tế. Đến nay, toàn tỉnh có 1.028 tổ dân vận online với khoảng 6.200 thành viên.
Tại điểm cầu huyện Cần Giuộc, ông Lê Thanh Sơn, HUV, Trưởng Ban Dân vận Huyện ủy, chia sẻ: ấp Phước Lý, xã Phước Lại có người đăng thông tin sai về việc cách ly, tổ dân vận ấp đã đến gặp gia đình, vận động gỡ bài và đăng lời xin lỗi. Bà Trần Thị Thu Hà, Bí thư Đảng ủy xã Long Hựu Đông, kiến nghị có tài liệu hướng dẫn cán bộ ấp phân biệt tin thật, tin giả.
Kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Dung yêu cầu 6 tháng cuối năm 2020 tập trung tuyên truyền Đại hội Đảng bộ các cấp, tiếp tục thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch; nắm chắc dư luận, nhất là ở xã Phước Lại và các xã biên giới.
Mai Hương
Tin liên quan
- Đức Hòa: 30 tổ dân vận online đi vào hoạt động (25/06/2020)
- Trao 500 phần quà cho người lao động khó khăn do dịch bệnh (18/05/2020)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2020 (02/04/2020)
""", "2020-07-10", "Khối dân vận Long An góp phần đẩy lùi tin giả trong phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Nguyễn Thị Ngọc Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Ánh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thanh Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Thị Thu Hà", "Bí thư Đảng ủy xã Long Hựu Đông")],
[Q("16 điểm cầu huyện, thị xã, thành phố", 16, "điểm cầu huyện, thị xã, thành phố"), Q("48 bản tin", 48, "bản tin"),
 Q("9 trường hợp", 9, "trường hợp"), Q("92,5 triệu đồng", 92500000, "đồng"),
 Q("trên 45,6 tỷ đồng", 45600000000, "đồng", "over"), Q("1.200 tấn", 1200, "tấn"), Q("86.500 phần quà", 86500, "phần quà"),
 Q('32 "cây ATM gạo"', 32, "cây ATM gạo"), Q("198.400 người", 198400, "người"),
 Q("hơn 213 tỷ đồng", 213000000000, "đồng", "over"), Q("1.028 tổ dân vận online", 1028, "tổ dân vận online"),
 Q("khoảng 6.200 thành viên", 6200, "thành viên", "approx")],
[D("Công văn", "1245", "CV/TU", "2020-03-20", "Ban Thường vụ Tỉnh ủy", "Công văn số 1245-CV/TU ngày 20/3/2020"),
 D("Nghị định", "15", "2020/NĐ-CP", "2020-02-03", "Chính phủ", "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kế hoạch", "102", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 102, 103-KH/BDVTU"),
 D("Kế hoạch", "103", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 102, 103-KH/BDVTU"),
 D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018")],
[prov("Long An"), com("Phước Lại"), com("Long Hựu Đông")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Bạn đang ở: Trang chủ » Tin hoạt động » Tin trong tỉnh", "Toàn cảnh hội nghị sơ kết tại điểm cầu tỉnh.",
 "phun thuốc khử trùng từ máy bay", "xã bị phong tỏa toàn bộ", "Tổ dân vận online", "cây ATM gạo"],
["Thứ Sáu, 10/07/2020", "6 tháng đầu năm", "6 tháng cuối năm 2020", "Covid-19"]))

PAGES.append(page("b6328-quangninh-bdv-giaoban-2020-04", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh
Hôm nay: Thứ Năm, 30/04/2020
Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Cập nhật lúc 17:20 ngày 29/04/2020
Giao ban trực tuyến khối dân vận tháng 4: kịp thời bác bỏ thông tin sai sự thật về giãn cách xã hội
Chiều 28/4, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức giao ban trực tuyến công tác dân vận tháng 4/2020 với Ban Dân vận 13 huyện ủy, thị ủy, thành ủy và Đảng ủy Khối các cơ quan tỉnh. Đồng chí Vũ Thị Thu Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Vũ Thị Thu Thủy phát biểu kết luận giao ban.
Trong tháng, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, khối dân vận các cấp đã theo dõi, phát hiện 37 tin, bài sai sự thật trên mạng xã hội, trong đó có tin "đóng cửa toàn bộ cửa khẩu Móng Cái đến hết năm", tin về "ca nhiễm tại chợ Hạ Long I". Ban Dân vận Tỉnh ủy đã phối hợp với Công an tỉnh mời làm việc 6 chủ tài khoản, yêu cầu gỡ bỏ 52 bài đăng.
Ủy ban MTTQ các cấp tiếp nhận ủng hộ 8,4 tỷ đồng, 312 tấn lương thực, thực phẩm; trao 21.600 suất quà cho hộ nghèo, người lao động tự do. Theo Kế hoạch số 211-KH/BDVTU ngày 02/4/2020 của Ban Dân vận Tỉnh ủy, mỗi địa phương lập ít nhất 1 nhóm "Dân vận trên không gian mạng"; đến nay có 186 nhóm với khoảng 4.300 thành viên, đạt 100% xã, phường, thị trấn.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Đặng Thị Lan (Tiên Yên), Chìu Văn Sáng (Bình Liêu) cho biết đồng bào Dao, Sán Chỉ ở vùng cao chủ yếu nhận thông tin qua loa truyền thanh, nên các thôn tăng tần suất phát 3 lần/ngày. Ông Lý Văn Cáo, người có uy tín thôn Khe Vằn, xã Đồng Văn, kể việc cải chính tin đồn "phát tiền hỗ trợ cho mỗi người dân" qua các nhóm Zalo của thôn.
Bà Nguyễn Thị Hồng Liên, Chánh Văn phòng Ban Dân vận Tỉnh ủy, thông báo kết quả khảo sát nhanh: khoảng 91% người dân được hỏi tin tưởng vào các biện pháp phòng, chống dịch của tỉnh. Ông Phạm Đức Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị tiếp tục thực hiện Quyết định số 1568-QĐ/TU của Ban Thường vụ Tỉnh ủy về quy chế phối hợp giữa Ban Dân vận với Ban Tuyên giáo trong công tác dư luận xã hội.
Kết luận, đồng chí Vũ Thị Thu Thủy đề nghị tháng 5 các địa phương chủ động nắm dư luận khi tỉnh nới lỏng giãn cách, vận động nhân dân không chủ quan; phường Hồng Gai và phường Ka Long rà soát việc cung cấp thông tin cho các hộ kinh doanh.
Thu Trang
Tin khác
- Bình Liêu: 100 phần quà cho đồng bào dân tộc thiểu số khó khăn (22/04/2020)
- Ra mắt nhóm "Dân vận trên không gian mạng" ở thị xã Quảng Yên (14/04/2020)
- Giao ban công tác dân vận quý I năm 2020 (31/03/2020)
""", "2020-04-29", "Giao ban trực tuyến khối dân vận tháng 4: kịp thời bác bỏ thông tin sai sự thật về giãn cách xã hội",
E("giao_ban", "2020-04", "2020-04-28"),
[P("Vũ Thị Thu Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Lan", "Trưởng Ban Dân vận Huyện ủy"), P("Chìu Văn Sáng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Văn Cáo", "người có uy tín thôn Khe Vằn"),
 P("Nguyễn Thị Hồng Liên", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đức Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("13 huyện ủy, thị ủy, thành ủy", 13, "huyện ủy, thị ủy, thành ủy"), Q("37 tin, bài", 37, "tin, bài"),
 Q("6 chủ tài khoản", 6, "chủ tài khoản"), Q("52 bài đăng", 52, "bài đăng"), Q("8,4 tỷ đồng", 8400000000, "đồng"),
 Q("312 tấn", 312, "tấn"), Q("21.600 suất quà", 21600, "suất quà"), Q("ít nhất 1 nhóm", 1, "nhóm", "over"),
 Q("186 nhóm", 186, "nhóm"), Q("khoảng 4.300 thành viên", 4300, "thành viên", "approx"), Q("100%", 100, "%"),
 Q("khoảng 91%", 91, "%", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "211", "KH/BDVTU", "2020-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 211-KH/BDVTU ngày 02/4/2020"),
 D("Quyết định", "1568", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1568-QĐ/TU")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hồng Gai"), com("Ka Long")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh", "Hôm nay: Thứ Năm, 30/04/2020",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban", "Đồng chí Vũ Thị Thu Thủy phát biểu kết luận giao ban.",
 "Dân vận trên không gian mạng", "đóng cửa toàn bộ cửa khẩu Móng Cái đến hết năm", "ca nhiễm tại chợ Hạ Long I",
 "phát tiền hỗ trợ cho mỗi người dân", "Zalo"],
["Hôm nay: Thứ Năm, 30/04/2020", "Cập nhật lúc 17:20 ngày 29/04/2020", "tháng 4/2020", "3 lần/ngày", "tháng 5", "Covid-19"]))
