from lib import *
PAGES = []

PAGES.append(page("b5771-hanoi-caugiay-taphuan-2017", """
Trang thông tin điện tử Quận ủy Cầu Giấy
Trang chủ | Tin hoạt động | Dân vận
Cập nhật lúc 17:20 ngày 18/08/2017
Ảnh: Các học viên tham dự lớp tập huấn.
Cầu Giấy: 350 cán bộ cơ sở được tập huấn kỹ năng dân vận
Ngày 17/8, Ban Dân vận Quận ủy Cầu Giấy phối hợp Trung tâm Bồi dưỡng chính trị quận khai mạc lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho 350 học viên là bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận của 8 phường. Đồng chí Kiều Thị Ngân, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, phát biểu khai mạc.
Trong 2 ngày, các học viên được nghe TS. Hồ Văn Nhân, giảng viên Học viện Chính trị khu vực I, giới thiệu chuyên đề về Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; đồng chí Lò Văn Hùng, Phó Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy, hướng dẫn kỹ năng tiếp xúc, đối thoại với người dân và xử lý tình huống phát sinh tại khu dân cư.
Các đồng chí Phó Trưởng Ban Dân vận Quận ủy: Mạc Văn Tuân, Nghiêm Thị Thu Hiền giới thiệu Kế hoạch số 52-KH/QU ngày 20/3/2017 của Ban Thường vụ Quận ủy về thực hiện Quy chế dân chủ ở cơ sở và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Thành ủy về xây dựng mô hình "Dân vận khéo" trong khu đô thị mới. Theo đó, quận phấn đấu mỗi phường có từ 3 mô hình trở lên, 100% tổ dân phố có tổ dân vận hoạt động hiệu quả.
Báo cáo viên cũng thông tin về tình hình khiếu nại liên quan các dự án chung cư: từ đầu năm đến nay, các phường tiếp nhận 63 đơn thư, trong đó có 17 đơn tập thể của cư dân các tòa nhà tranh chấp phí bảo trì; đã hòa giải thành 41 vụ việc. Ông Khổng Minh Đức, Tổ trưởng tổ dân phố số 15, phường Yên Hòa, chia sẻ kinh nghiệm vận động 420 hộ cư dân chung cư bầu ban quản trị đúng quy định của Thông tư số 02/2016/TT-BXD. Bà Giáp Thị Hoa, Trưởng Ban công tác Mặt trận khu dân cư số 3, phường Dịch Vọng Hậu, giới thiệu cách tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" với hơn 1.000 người tham gia.
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch; Ban Dân vận Quận ủy sẽ cấp giấy chứng nhận cho học viên đạt yêu cầu. Đồng chí Kiều Thị Ngân đề nghị học viên vận dụng kiến thức vào thực tiễn, nhất là công tác vận động người dân thực hiện nếp sống văn minh đô thị, phân loại rác tại nguồn, phấn đấu đến cuối năm 2017 có 90% hộ gia đình ở Thủ đô Hà Nội và trên địa bàn quận thực hiện tốt.
Thanh Hương
Xem thêm
- Cầu Giấy: giao ban khối dân vận quý II/2017 (12/07/2017)
- Phường Nghĩa Tân đối thoại với cư dân chung cư (30/06/2017)
- 15 mô hình "Dân vận khéo" được biểu dương (19/05/2017)
""", "2017-08-18", "Cầu Giấy: 350 cán bộ cơ sở được tập huấn kỹ năng dân vận",
E("tap_huan", "2017", "2017-08-17"),
[P("Kiều Thị Ngân", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Hồ Văn Nhân", "TS.", "giảng viên Học viện Chính trị khu vực I"),
 P("Lò Văn Hùng", "Phó Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy"),
 P("Mạc Văn Tuân", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Nghiêm Thị Thu Hiền", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Khổng Minh Đức", "Tổ trưởng tổ dân phố số 15"),
 P("Giáp Thị Hoa", "Trưởng Ban công tác Mặt trận khu dân cư số 3")],
[Q("350 học viên", 350, "học viên"), Q("8 phường", 8, "phường"),
 Q("từ 3 mô hình trở lên", 3, "mô hình", "over"), Q("100%", 100, "%"), Q("63 đơn thư", 63, "đơn thư"),
 Q("17 đơn tập thể", 17, "đơn tập thể"), Q("41 vụ việc", 41, "vụ việc"), Q("420 hộ cư dân chung cư", 420, "hộ cư dân chung cư"),
 Q("hơn 1.000 người", 1000, "người", "over"), Q("90%", 90, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương"),
 D("Kế hoạch", "52", "KH/QU", "2017-03-20", "Ban Thường vụ Quận ủy", "Kế hoạch số 52-KH/QU ngày 20/3/2017 của Ban Thường vụ Quận ủy"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Thành ủy"),
 D("Thông tư", "02", "2016/TT-BXD", None, None, "Thông tư số 02/2016/TT-BXD")],
[prov("Hà Nội"), com("Yên Hòa"), com("Dịch Vọng Hậu")],
["Trang thông tin điện tử Quận ủy Cầu Giấy", "Trang chủ | Tin hoạt động | Dân vận", "Ảnh: Các học viên tham dự lớp tập huấn.",
 "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Học viện Chính trị khu vực I", "Trung tâm Bồi dưỡng chính trị quận"],
["Cập nhật lúc 17:20 ngày 18/08/2017", "năm 2017", "2 ngày", "Nghị quyết số 25-NQ/TW", "số 15", "số 3"]))

PAGES.append(page("b5772-hcm-quan12-mttq-giamsat-2018", """
ỦY BAN MTTQ VIỆT NAM QUẬN 12 - TP HỒ CHÍ MINH
Trang chủ :: Giám sát - Phản biện xã hội
14-12-2018 09:40
Quận 12: Mặt trận giám sát việc cấp giấy chứng nhận quyền sử dụng đất tại 5 phường
Ngày 13/12/2018, Ban Thường trực Ủy ban MTTQ Việt Nam quận 12 tổ chức hội nghị thông báo kết quả giám sát năm 2018 về việc giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho người dân tại các phường Thạnh Lộc, Thạnh Xuân, Hiệp Thành, Tân Thới Hiệp và Trung Mỹ Tây. Chủ trì hội nghị có bà Ông Thị Mỹ Lệ, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận 12; dự có đồng chí Thái Văn Rớt, Phó Chủ tịch UBND quận.
Toàn cảnh hội nghị thông báo kết quả giám sát. Ảnh: Ngọc Diệp
Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, cùng Kế hoạch số 45/KH-MTTQ-BTT ngày 02/4/2018 của Ban Thường trực Ủy ban MTTQ quận, đoàn giám sát do ông Diệp Thanh Sang, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận làm trưởng đoàn đã làm việc với UBND 5 phường và Văn phòng Đăng ký đất đai chi nhánh quận 12.
Kết quả cho thấy, từ năm 2016 đến tháng 9/2018, 5 phường đã tiếp nhận 3.847 hồ sơ, giải quyết 3.412 hồ sơ, đạt 88,7%; còn 435 hồ sơ trễ hạn, trong đó có khoảng 120 hồ sơ tồn đọng trên 12 tháng do nhà xây dựng trên đất nông nghiệp. Đoàn đã khảo sát 150 hộ dân, 71% hộ hài lòng với thái độ phục vụ của cán bộ một cửa.
Các thành viên đoàn giám sát gồm đại diện Hội Nông dân, Hội LHPN, Hội Cựu chiến binh, Quận Đoàn và 3 chuyên gia về đất đai. Ông Quan Thế Dân, Ủy viên Ủy ban MTTQ quận, Chủ tịch Hội Cựu chiến binh quận 12, nêu 6 kiến nghị, trong đó đề nghị công khai quy trình, thời gian giải quyết tại 100% khu phố và xử lý nghiêm cán bộ gây phiền hà.
Tiếp thu, đồng chí Thái Văn Rớt cho biết quận sẽ chỉ đạo giải quyết dứt điểm hồ sơ tồn đọng trong quý I/2019, thực hiện đúng Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết thi hành Luật Đất đai. Bà Ông Thị Mỹ Lệ đề nghị UBND quận trả lời bằng văn bản các kiến nghị trong 30 ngày; Mặt trận các phường tiếp tục giám sát thông qua Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.
Năm 2018, Mặt trận quận 12 đã chủ trì 14 cuộc giám sát chuyên đề, Mặt trận 11 phường tổ chức 67 cuộc; 96 ý kiến phản biện được tiếp thu.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam TP Hồ Chí Minh, quận 12 là một trong những địa phương có số hồ sơ đất đai tồn đọng lớn của Thành phố do tốc độ đô thị hóa nhanh; kết quả giám sát sẽ được tổng hợp, báo cáo Thành phố trong quý I/2019.
Ngọc Diệp
Lượt xem: 415
Tin khác
- Quận 12 trao 300 căn nhà đại đoàn kết (05/12/2018)
- Hội nghị phản biện dự thảo quy hoạch sử dụng đất (20/11/2018)
""", "2018-12-14", "Quận 12: Mặt trận giám sát việc cấp giấy chứng nhận quyền sử dụng đất tại 5 phường",
E("giam_sat", "2018", "2018-12-13"),
[P("Ông Thị Mỹ Lệ", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận 12"),
 P("Thái Văn Rớt", "Phó Chủ tịch UBND quận"),
 P("Diệp Thanh Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Quan Thế Dân", "Ủy viên Ủy ban MTTQ quận", "Chủ tịch Hội Cựu chiến binh quận 12")],
[Q("5 phường", 5, "phường"), Q("3.847 hồ sơ", 3847, "hồ sơ"), Q("3.412 hồ sơ", 3412, "hồ sơ"), Q("88,7%", 88.7, "%"),
 Q("435 hồ sơ trễ hạn", 435, "hồ sơ trễ hạn"), Q("khoảng 120 hồ sơ tồn đọng", 120, "hồ sơ tồn đọng", "approx"),
 Q("150 hộ dân", 150, "hộ dân"), Q("71%", 71, "%"), Q("3 chuyên gia", 3, "chuyên gia"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("100% khu phố", 100, "%"), Q("14 cuộc giám sát chuyên đề", 14, "cuộc giám sát chuyên đề"), Q("11 phường", 11, "phường"),
 Q("67 cuộc", 67, "cuộc"), Q("96 ý kiến phản biện", 96, "ý kiến phản biện")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2018-04-02", "Ban Thường trực Ủy ban MTTQ quận", "Kế hoạch số 45/KH-MTTQ-BTT ngày 02/4/2018 của Ban Thường trực Ủy ban MTTQ quận"),
 D("Nghị định", "43", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ")],
[prov("Hồ Chí Minh"), com("Thạnh Lộc"), com("Thạnh Xuân"), com("Hiệp Thành"), com("Tân Thới Hiệp"), com("Trung Mỹ Tây")],
["ỦY BAN MTTQ VIỆT NAM QUẬN 12 - TP HỒ CHÍ MINH", "Trang chủ :: Giám sát - Phản biện xã hội",
 "Toàn cảnh hội nghị thông báo kết quả giám sát. Ảnh: Ngọc Diệp", "Luật Đất đai", "Lượt xem: 415", "Ban Thanh tra nhân dân"],
["14-12-2018 09:40", "năm 2018", "từ năm 2016 đến tháng 9/2018", "trên 12 tháng", "quý I/2019", "30 ngày", "Lượt xem: 415"]))

PAGES.append(page("b5773-hanoi-thanhoai-tongiao-hoinghi-2019", """
HUYỆN ỦY THANH OAI - BAN DÂN VẬN
Trang chủ > Tin tức > Công tác tôn giáo
Thứ Ba, 17/12/2019
Gặp mặt 86 chức sắc, chức việc các tôn giáo dịp Giáng sinh
Sáng 16/12, Ban Dân vận Huyện ủy phối hợp Ủy ban MTTQ Việt Nam huyện Thanh Oai tổ chức hội nghị gặp mặt, biểu dương chức sắc, chức việc, người có uy tín tiêu biểu trong các tôn giáo năm 2019. Đồng chí Văn Đình Phú, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thanh Oai chủ trì hội nghị.
Dự hội nghị có 86 chức sắc, chức việc Công giáo, Phật giáo và đại diện ban hành giáo 14 giáo họ; Linh mục Giuse Phạm Văn Khiêm, Quản xứ giáo xứ Phương Trung; Thượng tọa Thích Minh Tuệ, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Thanh Oai; Đại đức Thích Quảng Trí, trụ trì chùa Bình Đà.
Linh mục Giuse Phạm Văn Khiêm phát biểu tại hội nghị.
Báo cáo của Ban Dân vận Huyện ủy cho biết, năm 2019 đồng bào có đạo trên địa bàn đã đóng góp trên 4,6 tỷ đồng, hiến 3.200 m2 đất xây dựng nông thôn mới; 27 giáo họ, 41 chùa tham gia mô hình "Xứ, họ đạo bình yên", "Chùa văn minh, xanh, sạch, đẹp". Các xã Phương Trung, Cao Viên và Bình Minh có 98,5% hộ đồng bào có đạo đạt gia đình văn hóa. Huyện đã hướng dẫn thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; giải quyết dứt điểm 3 vụ việc liên quan đất cơ sở tôn giáo.
Tại hội nghị, ông Lã Văn Điền, Trưởng ban hành giáo họ Từ Châu, xã Liên Châu, phản ánh việc cấp phép sửa chữa nhà thờ họ còn chậm; bà Tô Thị Ngát, Phó Chủ tịch Ủy ban MTTQ xã Cao Viên, nêu cách vận động 215 hộ giáo dân tham gia hiến đất làm đường liên thôn.
Phát biểu kết luận, đồng chí Văn Đình Phú đề nghị các chức sắc tiếp tục vận động tín đồ thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác đối với đồng bào Công giáo trong tình hình mới, Kế hoạch số 96-KH/HU ngày 15/3/2019 của Huyện ủy Thanh Oai thực hiện Chỉ thị 18 và tuân thủ pháp luật; đồng thời tham gia tích cực phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" của thành phố Hà Nội.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 12 tập thể, 25 cá nhân tiêu biểu trong đồng bào các tôn giáo; trao 50 suất quà, mỗi suất 500.000 đồng cho giáo dân nghèo đón Giáng sinh.
Thanh Oai hiện có trên 21.000 đồng bào Công giáo, sinh hoạt tại 8 giáo xứ; đây là một trong những huyện có đông đồng bào Công giáo của Hà Nội. Năm 2020, huyện đặt mục tiêu 100% giáo họ đăng ký mô hình "Xứ, họ đạo bình yên".
Nguyễn Hằng
Tin liên quan
- Thanh Oai: sơ kết 5 năm mô hình "Xứ, họ đạo bình yên" (05/11/2019)
- Hội nghị người có uy tín huyện Thanh Oai năm 2018 (20/12/2018)
""", "2019-12-17", "Gặp mặt 86 chức sắc, chức việc các tôn giáo dịp Giáng sinh",
E("hoi_nghi", "2019", "2019-12-16"),
[P("Văn Đình Phú", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thanh Oai"),
 P("Giuse Phạm Văn Khiêm", "Linh mục", "Quản xứ giáo xứ Phương Trung"),
 P("Thích Minh Tuệ", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Thanh Oai"),
 P("Thích Quảng Trí", "Đại đức", "trụ trì chùa Bình Đà"),
 P("Lã Văn Điền", "Trưởng ban hành giáo họ Từ Châu"),
 P("Tô Thị Ngát", "Phó Chủ tịch Ủy ban MTTQ xã Cao Viên")],
[Q("86 chức sắc, chức việc", 86, "chức sắc, chức việc"), Q("14 giáo họ", 14, "giáo họ"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("3.200 m2", 3200, "m2"), Q("27 giáo họ", 27, "giáo họ"),
 Q("41 chùa", 41, "chùa"), Q("98,5%", 98.5, "%"), Q("3 vụ việc", 3, "vụ việc"), Q("215 hộ giáo dân", 215, "hộ giáo dân"),
 Q("trên 21.000 đồng bào Công giáo", 21000, "đồng bào Công giáo", "over"), Q("8 giáo xứ", 8, "giáo xứ"), Q("100% giáo họ", 100, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư"),
 D("Kế hoạch", "96", "KH/HU", "2019-03-15", "Huyện ủy Thanh Oai", "Kế hoạch số 96-KH/HU ngày 15/3/2019 của Huyện ủy Thanh Oai")],
[prov("Hà Nội"), com("Phương Trung"), com("Cao Viên"), com("Bình Minh"), com("Liên Châu")],
["HUYỆN ỦY THANH OAI - BAN DÂN VẬN", "Trang chủ > Tin tức > Công tác tôn giáo", "Linh mục Giuse Phạm Văn Khiêm phát biểu tại hội nghị.",
 "Xứ, họ đạo bình yên", "Chùa văn minh, xanh, sạch, đẹp", "Luật Tín ngưỡng, tôn giáo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Giáo hội Phật giáo Việt Nam"],
["Thứ Ba, 17/12/2019", "năm 2019", "Chỉ thị 18", "Năm 2020"]))

PAGES.append(page("b5774-hcm-phuthanh-baocao-qcdc-2019", """
UBND PHƯỜNG PHÚ THẠNH - QUẬN TÂN PHÚ
Trang chủ / Văn bản - Báo cáo / Dân chủ cơ sở
2019-12-27 16:40
Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2019 của phường Phú Thạnh
Ngày 25/12/2019, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở phường Phú Thạnh ban hành Báo cáo số 318/BC-BCĐ về kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2019. Báo cáo do ông Kha Minh Thuận, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, Trưởng Ban Chỉ đạo ký. Trang thông tin điện tử phường đăng tải toàn văn để nhân dân biết, góp ý.
I. Công tác lãnh đạo, chỉ đạo
Đảng ủy phường đã ban hành Kế hoạch số 64-KH/ĐU ngày 15/01/2019 thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện cơ chế "Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ". UBND phường ban hành Quyết định số 12/QĐ-UBND kiện toàn Ban Chỉ đạo gồm 17 thành viên do Chủ tịch UBND phường làm Trưởng ban; bà Mã Tú Trinh, Trưởng khối dân vận phường làm Phó Trưởng ban thường trực.
II. Kết quả thực hiện
1. Những việc phải công khai để nhân dân biết: phường niêm yết công khai 100% thủ tục hành chính; tổ chức 9 hội nghị nhân dân ở 9 khu phố với 2.164 lượt người dự.
2. Những việc nhân dân bàn và quyết định: nhân dân đóng góp 1,24 tỷ đồng làm 7 hẻm, nâng cấp 1.850 m đường cống thoát nước.
3. Những việc nhân dân giám sát: Ban Thanh tra nhân dân phường thực hiện 6 cuộc giám sát; 9 Ban Giám sát đầu tư của cộng đồng giám sát 14 công trình.
4. Tiếp công dân, giải quyết khiếu nại: tiếp 128 lượt công dân, nhận 47 đơn thư, giải quyết 44 đơn, đạt 93,6%; hòa giải thành 31/35 vụ việc tại tổ hòa giải. Chủ tịch UBND phường đối thoại trực tiếp với nhân dân 2 lần trong năm.
Trong năm, phường tiếp tục vận động người Hoa, chiếm khoảng 18% dân số phường, tham gia các phong trào; ông Tăng Chí Hùng, Trưởng Ban đại diện Hội tương tế người Hoa phường, vận động được 230 triệu đồng hỗ trợ hộ nghèo.
III. Hạn chế và phương hướng năm 2020
Việc lấy ý kiến nhân dân ở một số khu phố còn hình thức; 3 khu phố chưa tổ chức hội nghị đúng hạn. Năm 2020, phường tiếp tục thực hiện các chỉ đạo của Ban Chỉ đạo QCDC TP Hồ Chí Minh, Pháp lệnh số 34/2007/PL-UBTVQH11 và Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; phấn đấu giải quyết trên 95% đơn thư thuộc thẩm quyền.
Nơi nhận: Ban Chỉ đạo QCDC quận Tân Phú; Thường trực Đảng ủy; lưu VT.
Ban Biên tập
Các tin đã đưa
- Kế hoạch tiếp công dân năm 2020 của UBND phường (20/12/2019)
- Thông báo lịch đối thoại với nhân dân quý IV/2019 (02/10/2019)
""", "2019-12-27", "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2019 của phường Phú Thạnh",
E("bao_cao", "2019", "2019-12-25"),
[P("Kha Minh Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường", "Trưởng Ban Chỉ đạo"),
 P("Mã Tú Trinh", "Trưởng khối dân vận phường", "Phó Trưởng ban thường trực"),
 P("Tăng Chí Hùng", "Trưởng Ban đại diện Hội tương tế người Hoa phường")],
[Q("17 thành viên", 17, "thành viên"), Q("100%", 100, "%"), Q("9 hội nghị nhân dân", 9, "hội nghị nhân dân"),
 Q("9 khu phố", 9, "khu phố"), Q("2.164 lượt người", 2164, "lượt người"), Q("1,24 tỷ đồng", 1240000000, "đồng"),
 Q("7 hẻm", 7, "hẻm"), Q("1.850 m", 1850, "m"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("9 Ban Giám sát đầu tư của cộng đồng", 9, "Ban Giám sát đầu tư của cộng đồng"), Q("14 công trình", 14, "công trình"),
 Q("128 lượt công dân", 128, "lượt công dân"), Q("47 đơn thư", 47, "đơn thư"), Q("44 đơn", 44, "đơn"), Q("93,6%", 93.6, "%"),
 Q("31/35 vụ việc", 31, "vụ việc"), Q("khoảng 18%", 18, "%", "approx"), Q("230 triệu đồng", 230000000, "đồng"),
 Q("3 khu phố", 3, "khu phố"), Q("trên 95%", 95, "%", "over")],
[D("Báo cáo", "318", "BC-BCĐ", "2019-12-25", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở phường Phú Thạnh", "Báo cáo số 318/BC-BCĐ"),
 D("Kế hoạch", "64", "KH/ĐU", "2019-01-15", "Đảng ủy phường", "Kế hoạch số 64-KH/ĐU ngày 15/01/2019"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị"),
 D("Quyết định", "12", "QĐ-UBND", None, "UBND phường", "Quyết định số 12/QĐ-UBND"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị")],
[prov("Hồ Chí Minh"), com("Phú Thạnh")],
["UBND PHƯỜNG PHÚ THẠNH - QUẬN TÂN PHÚ", "Trang chủ / Văn bản - Báo cáo / Dân chủ cơ sở",
 "Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ", "Nơi nhận: Ban Chỉ đạo QCDC quận Tân Phú; Thường trực Đảng ủy; lưu VT.",
 "Hội tương tế người Hoa", "Ban Biên tập"],
["2019-12-27 16:40", "năm 2019", "năm 2020", "2 lần", "III. Hạn chế và phương hướng năm 2020"]))

PAGES.append(page("b5775-hanoi-longbien-traoqua-covid-2020", """
BÁO ĐIỆN TỬ KINH TẾ & ĐÔ THỊ
Thời sự > Hà Nội > Quận - huyện
Thứ Tư, 15/4/2020, 08:05
Long Biên: trao 2.000 suất quà hỗ trợ người dân khó khăn do dịch Covid-19
(Kinhtedothi) - Ngày 14/4, Ủy ban MTTQ Việt Nam quận Long Biên phối hợp Ban Dân vận Quận ủy tổ chức trao 2.000 suất quà cho người lao động tự do, hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch Covid-19 tại 14 phường. Mỗi suất quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá gần 1,9 tỷ đồng.
Đại diện lãnh đạo quận trao quà cho người lao động tự do phường Ngọc Thụy.
Tham dự có đồng chí Tống Văn Khải, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy; đồng chí Chu Thị Minh Nguyệt, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên; đồng chí Đàm Quang Hưng, Phó Chủ tịch UBND quận.
Theo đồng chí Chu Thị Minh Nguyệt, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19 và Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, Ban Thường trực Ủy ban MTTQ quận đã ban hành Kế hoạch số 38/KH-MTTQ-BTT ngày 01/4/2020 vận động ủng hộ phòng, chống dịch. Đến nay, quận đã tiếp nhận trên 6,2 tỷ đồng và nhiều hiện vật của 157 tập thể, doanh nghiệp, cá nhân; 3 "cây ATM gạo" đặt tại các phường Ngọc Thụy, Bồ Đề, Thạch Bàn đã phát trên 12 tấn gạo.
Anh Nông Văn Tài, người Tày quê Cao Bằng, làm phụ hồ ở phường Bồ Đề, cho biết đã gần 3 tuần anh không có việc làm; suất quà giúp gia đình 4 người của anh vượt qua những ngày giãn cách. Bà Lục Thị Sen, Chủ tịch Hội LHPN phường Thạch Bàn, cho biết hội viên đã may tặng 5.000 khẩu trang vải cho người dân.
Phát biểu tại buổi trao quà, đồng chí Tống Văn Khải đề nghị Mặt trận, các đoàn thể 14 phường tiếp tục rà soát, không để người dân nào bị đói, thiếu ăn; phát huy vai trò 1.245 tổ Covid cộng đồng; tuyên truyền người dân "ai ở đâu thì ở đó". Những trường hợp khó khăn đặc biệt sẽ được hỗ trợ thêm 1 triệu đồng từ Quỹ "Vì người nghèo" quận.
Hà Nội hiện có hơn 30.000 tổ Covid cộng đồng; Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận hơn 300 tỷ đồng ủng hộ phòng, chống dịch.
Trước đó, ngày 10/4, Ban Dân vận Quận ủy Long Biên đã có văn bản đề nghị các chi bộ khu dân cư phân công đảng viên phụ trách hộ, nắm danh sách người lao động tự do, người bán hàng rong, xe ôm; mỗi phường lập ít nhất 1 điểm phát quà để tránh tập trung đông người.
Thanh Xuân
Tin liên quan
- Hà Nội: 5 "cây ATM gạo" đầu tiên hoạt động (11/04/2020)
- Long Biên vận động ủng hộ phòng, chống dịch Covid-19 (02/04/2020)
""", "2020-04-15", "Long Biên: trao 2.000 suất quà hỗ trợ người dân khó khăn do dịch Covid-19",
E("trao_qua", None, "2020-04-14"),
[P("Tống Văn Khải", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Chu Thị Minh Nguyệt", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên"),
 P("Đàm Quang Hưng", "Phó Chủ tịch UBND quận"),
 P("Nông Văn Tài"),
 P("Lục Thị Sen", "Chủ tịch Hội LHPN phường Thạch Bàn")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("14 phường", 14, "phường"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("trên 6,2 tỷ đồng", 6200000000, "đồng", "over"),
 Q("157 tập thể, doanh nghiệp, cá nhân", 157, "tập thể, doanh nghiệp, cá nhân"), Q('3 "cây ATM gạo"', 3, "cây ATM gạo"),
 Q("trên 12 tấn", 12, "tấn", "over"), Q("4 người", 4, "người"), Q("5.000 khẩu trang vải", 5000, "khẩu trang vải"),
 Q("1.245 tổ Covid cộng đồng", 1245, "tổ Covid cộng đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("ít nhất 1 điểm phát quà", 1, "điểm phát quà", "over"), Q("hơn 30.000 tổ Covid cộng đồng", 30000, "tổ Covid cộng đồng", "over"), Q("hơn 300 tỷ đồng", 300000000000, "đồng", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", "2020-04-01", "Ban Thường trực Ủy ban MTTQ quận", "Kế hoạch số 38/KH-MTTQ-BTT ngày 01/4/2020")],
[prov("Hà Nội"), prov("Cao Bằng"), com("Ngọc Thụy"), com("Bồ Đề"), com("Thạch Bàn")],
["BÁO ĐIỆN TỬ KINH TẾ & ĐÔ THỊ", "Thời sự > Hà Nội > Quận - huyện", "(Kinhtedothi)",
 "Đại diện lãnh đạo quận trao quà cho người lao động tự do phường Ngọc Thụy.", "ai ở đâu thì ở đó", "Vì người nghèo", "cây ATM gạo"],
["Thứ Tư, 15/4/2020, 08:05", "gần 3 tuần", "Covid-19"]))

PAGES.append(page("b5776-hcm-thaodien-baocao-6thang-2020", """
ĐẢNG ỦY PHƯỜNG THẢO ĐIỀN - QUẬN 2
Tin tức - Sự kiện » Khối dân vận
06.07.2020 | 16:05
Khối dân vận phường Thảo Điền báo cáo kết quả 6 tháng đầu năm 2020
Khối dân vận phường Thảo Điền vừa có Báo cáo số 14-BC/KDV ngày 03/7/2020 về kết quả công tác dân vận 6 tháng đầu năm 2020 và phương hướng 6 tháng cuối năm, gửi Ban Dân vận Quận ủy Quận 2 và Thường trực Đảng ủy phường. Báo cáo do đồng chí Nhan Thị Bảo Châu, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường ký.
Theo báo cáo, trong bối cảnh dịch Covid-19, khối dân vận đã tham mưu Đảng ủy ban hành Kế hoạch số 71-KH/ĐU ngày 10/02/2020 về công tác dân vận năm 2020 và Kế hoạch số 75-KH/ĐU về vận động nhân dân phòng, chống dịch. Mặt trận và các đoàn thể đã vận động được 1,56 tỷ đồng, trao 3.200 phần quà cho người lao động mất việc, trong đó có 410 lao động nước ngoài và người nước ngoài đang sinh sống trên địa bàn được hỗ trợ thông qua 2 tổ tình nguyện song ngữ.
Đối với các dự án trên địa bàn, khối dân vận phối hợp vận động 96 hộ dân tại dự án nâng cấp đường Nguyễn Văn Hưởng bàn giao mặt bằng; tiếp nhận 23 đơn thư, giải quyết 19 đơn; hòa giải thành 12/14 vụ việc. Phường tổ chức 4 cuộc đối thoại trực tuyến giữa lãnh đạo phường với nhân dân, thu hút khoảng 650 lượt người theo dõi.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Hầu Minh Tâm, Ninh Thị Tuyết Mai được phân công phụ trách 5 khu phố, trực tiếp theo dõi việc triển khai Quyết định số 1762/QĐ-UBND ngày 22/5/2020 của UBND Thành phố về hỗ trợ người lao động bị ảnh hưởng dịch. Ông Dương Kỳ Nam, Bí thư Chi bộ khu phố 3, là một trong 20 cá nhân tiêu biểu được biểu dương trong phòng, chống dịch.
Hạn chế: việc nắm tình hình tư tưởng của cư dân các chung cư cao tầng còn chậm; sinh hoạt của 5 tổ dân vận khu phố chưa đều. Một số đoàn thể chưa chủ động nắm tình hình người lao động thuê trọ; việc cập nhật thông tin trên nhóm Zalo của 5 khu phố còn chậm, có lúc người dân phản ánh nhưng chưa được trả lời kịp thời.
Phương hướng 6 tháng cuối năm: chuẩn bị tốt các điều kiện phục vụ Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025; thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận, đoàn thể và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên; vận động nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ TP Hồ Chí Minh lần thứ XI; phấn đấu 100% khu phố có ít nhất 1 mô hình "Dân vận khéo".
Ban Truyền thông
Lượt xem: 298
Tin khác
- Quận 2: giao ban khối dân vận quý II/2020 (29/06/2020)
- Phường An Phú trao 500 phần quà cho người lao động (18/04/2020)
""", "2020-07-06", "Khối dân vận phường Thảo Điền báo cáo kết quả 6 tháng đầu năm 2020",
E("bao_cao", "2020-H1", "2020-07-03"),
[P("Nhan Thị Bảo Châu", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Hầu Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Ninh Thị Tuyết Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Dương Kỳ Nam", "Bí thư Chi bộ khu phố 3")],
[Q("1,56 tỷ đồng", 1560000000, "đồng"), Q("3.200 phần quà", 3200, "phần quà"), Q("410 lao động nước ngoài", 410, "lao động nước ngoài"),
 Q("2 tổ tình nguyện song ngữ", 2, "tổ tình nguyện song ngữ"), Q("96 hộ dân", 96, "hộ dân"), Q("23 đơn thư", 23, "đơn thư"),
 Q("19 đơn", 19, "đơn"), Q("12/14 vụ việc", 12, "vụ việc"), Q("4 cuộc đối thoại trực tuyến", 4, "cuộc đối thoại trực tuyến"),
 Q("khoảng 650 lượt người", 650, "lượt người", "approx"), Q("5 khu phố", 5, "khu phố"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu"),
 Q("5 tổ dân vận khu phố", 5, "tổ dân vận khu phố"), Q("100%", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Báo cáo", "14", "BC/KDV", "2020-07-03", "Khối dân vận phường Thảo Điền", "Báo cáo số 14-BC/KDV ngày 03/7/2020"),
 D("Kế hoạch", "71", "KH/ĐU", "2020-02-10", "Đảng ủy", "Kế hoạch số 71-KH/ĐU ngày 10/02/2020"),
 D("Kế hoạch", "75", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 75-KH/ĐU"),
 D("Quyết định", "1762", "QĐ-UBND", "2020-05-22", "UBND Thành phố", "Quyết định số 1762/QĐ-UBND ngày 22/5/2020 của UBND Thành phố"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư")],
[prov("Hồ Chí Minh"), com("Thảo Điền")],
["ĐẢNG ỦY PHƯỜNG THẢO ĐIỀN - QUẬN 2", "Tin tức - Sự kiện » Khối dân vận", "Dân vận khéo", "Nguyễn Văn Hưởng",
 "Ban Truyền thông", "Lượt xem: 298"],
["06.07.2020 | 16:05", "6 tháng đầu năm 2020", "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025", "lần thứ XI", "Lượt xem: 298", "Covid-19"]))
