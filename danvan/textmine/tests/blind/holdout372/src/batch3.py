from lib import *
PAGES = []

PAGES.append(page("b8897-binhphuoc-budang-traoqua-2020", """
BÁO BÌNH PHƯỚC ONLINE
Trang chủ / Chính trị / Dân vận
Ngày 23/12/2020
Ảnh: Lãnh đạo huyện Bù Đăng tặng quà chi hội Tin Lành Bù Na.
Bù Đăng: Thăm, tặng quà các chi hội Tin Lành nhân dịp Giáng sinh
BPO - Ngày 22/12, Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện Bù Đăng (tỉnh Bình Phước) đến thăm, chúc mừng Giáng sinh và tặng quà 6 chi hội Tin Lành trên địa bàn các xã Đắk Nhau, Đường 10, Bom Bo và thị trấn Đức Phong.
Đoàn do đồng chí Nguyễn Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn. Cùng đi có đồng chí Điểu Thị Ngấu, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện và lãnh đạo Phòng Nội vụ huyện.
Tại Chi hội Tin Lành Bù Na (xã Nghĩa Trung), đồng chí Nguyễn Thị Thu Hà gửi lời chúc mừng Giáng sinh đến Mục sư Điểu Lăng, Quản nhiệm chi hội cùng các chấp sự và tín đồ; thông tin về kết quả phát triển kinh tế - xã hội của huyện năm 2020, đặc biệt là công tác phòng, chống dịch Covid-19. Đồng chí đề nghị chi hội tổ chức lễ Giáng sinh gọn nhẹ, thực hiện nghiêm thông điệp "5K" của Bộ Y tế, không tập trung đông người ngoài khuôn viên nhà thờ.
Đoàn đã trao cho mỗi chi hội 2 triệu đồng và 120 phần quà cho tín đồ nghèo, mỗi phần trị giá 400.000 đồng, gồm gạo, dầu ăn, mì tôm. Tổng kinh phí chuyến thăm hơn 60 triệu đồng, do Ủy ban MTTQ Việt Nam huyện vận động các doanh nghiệp ủng hộ.
Mục sư Điểu Lăng xúc động cho biết: "Năm nay dịch bệnh, bà con ai cũng khó khăn. Được Đảng, chính quyền đến thăm, tặng quà, tín đồ chúng tôi rất phấn khởi, sẽ cùng nhau làm ăn, giữ gìn an ninh trật tự trong sóc". Truyền đạo Điểu Sơn, Phó Ban Chấp sự Chi hội Tin Lành Đắk Nhau, cho biết chi hội đã vận động tín đồ góp công, hiến 1.500 m2 đất mở đường vào sóc Bù Lư.
Theo Ban Dân vận Huyện ủy, Bù Đăng hiện có khoảng 18.500 tín đồ Tin Lành, trong đó 85% là đồng bào dân tộc thiểu số như S'tiêng, M'nông, Tày, Nùng, Dao; sinh hoạt tại 11 chi hội và 23 điểm nhóm. Năm 2020, các chi hội đã phối hợp vận động 340 hộ tín đồ tham gia mô hình "Sóc không có tội phạm và tệ nạn xã hội"; 98% hộ tín đồ ký cam kết không di cư tự do, không nghe theo kẻ xấu.
Thực hiện Kế hoạch số 112-KH/HU ngày 1/12/2020 của Huyện ủy và Hướng dẫn số 05-HD/BDVTU ngày 20/11/2020 của Ban Dân vận Tỉnh ủy, từ ngày 18 đến 24/12, các đoàn của huyện chia nhau thăm, chúc mừng 2 giáo xứ Công giáo và toàn bộ các chi hội, điểm nhóm Tin Lành trên địa bàn. Ông Trịnh Văn Cường, Chủ tịch UBND xã Đường 10, cho biết xã đã bố trí lực lượng bảo đảm an ninh, an toàn dịch bệnh tại 3 nhà thờ trong đêm 24/12.
Hồng Cẩm
Tin liên quan
- Lộc Ninh: tặng 200 phần quà cho đồng bào có đạo nghèo (21/12/2020)
- Ban Dân vận Tỉnh ủy thăm Tòa Giám mục Phú Cường (19/12/2020)
- Bù Gia Mập: đối thoại với người có uy tín (10/12/2020)
""", "2020-12-23", "Bù Đăng: Thăm, tặng quà các chi hội Tin Lành nhân dịp Giáng sinh",
E("trao_qua", None, "2020-12-22"),
[P("Nguyễn Thị Thu Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Điểu Thị Ngấu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Điểu Lăng", "Mục sư", "Quản nhiệm chi hội"),
 P("Điểu Sơn", "Truyền đạo", "Phó Ban Chấp sự Chi hội Tin Lành Đắk Nhau"),
 P("Trịnh Văn Cường", "Chủ tịch UBND xã Đường 10")],
[Q("6 chi hội Tin Lành", 6, "chi hội Tin Lành"), Q("2 triệu đồng", 2000000, "đồng"), Q("120 phần quà", 120, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("1.500 m2", 1500, "m2"), Q("khoảng 18.500 tín đồ Tin Lành", 18500, "tín đồ Tin Lành", "approx"), Q("85%", 85, "%"),
 Q("11 chi hội", 11, "chi hội"), Q("23 điểm nhóm", 23, "điểm nhóm"), Q("340 hộ tín đồ", 340, "hộ tín đồ"), Q("98%", 98, "%"),
 Q("2 giáo xứ Công giáo", 2, "giáo xứ Công giáo"), Q("3 nhà thờ", 3, "nhà thờ")],
[D("Kế hoạch", "112", "KH/HU", "2020-12-01", "Huyện ủy", "Kế hoạch số 112-KH/HU ngày 1/12/2020"),
 D("Hướng dẫn", "05", "HD/BDVTU", "2020-11-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU ngày 20/11/2020")],
[prov("Bình Phước"), com("Đắk Nhau"), com("Đường 10"), com("Bom Bo"), com("Đức Phong"), com("Nghĩa Trung")],
["BÁO BÌNH PHƯỚC ONLINE", "Trang chủ / Chính trị / Dân vận", "Ảnh: Lãnh đạo huyện Bù Đăng tặng quà chi hội Tin Lành Bù Na.", "BPO",
 "Chi hội Tin Lành Bù Na", "5K", "Sóc không có tội phạm và tệ nạn xã hội", "sóc Bù Lư"],
["Ngày 23/12/2020", "Đường 10", "5K", "năm 2020", "từ ngày 18 đến 24/12", "đêm 24/12", "Covid-19"]))

PAGES.append(page("b8898-daknong-mttq-gapmat-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ » Hoạt động » Dân tộc - Tôn giáo
Thứ Sáu, 17/12/2021
Gặp mặt chức sắc, chức việc Tin Lành, Công giáo nhân dịp Giáng sinh 2021
Ngày 16/12, Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong các tôn giáo năm 2021. Do diễn biến phức tạp của dịch Covid-19, hội nghị được tổ chức trực tiếp tại Gia Nghĩa và trực tuyến đến 8 điểm cầu huyện, với hơn 150 đại biểu tham dự.
Chủ trì hội nghị có đồng chí Nguyễn Thị Hồng Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Y Thái Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại biểu dự hội nghị tại điểm cầu tỉnh.
Báo cáo tại hội nghị cho biết, Đắk Nông có 8 tôn giáo với hơn 262.000 tín đồ, chiếm khoảng 40% dân số; trong đó Công giáo có hơn 150.000 giáo dân, Tin Lành gần 80.000 tín đồ, phần lớn là đồng bào M'nông, Ê Đê, Mạ và đồng bào các dân tộc phía Bắc di cư vào. Năm 2021, các tổ chức tôn giáo đã đóng góp hơn 8,2 tỷ đồng cho Quỹ vắc xin và công tác phòng, chống dịch; trao 12.000 suất quà cho người dân ở các khu phong tỏa; nhiều tu sĩ tình nguyện vào các bệnh viện dã chiến hỗ trợ chăm sóc bệnh nhân.
Thực hiện Chương trình hành động số 18-CTr/TU ngày 10/5/2021 của Tỉnh ủy về công tác tôn giáo, Ủy ban MTTQ các cấp đã phối hợp với các chi hội Tin Lành xây dựng 27 mô hình "Dân vận khéo" trong vùng đồng bào có đạo; tiếp xúc, vận động 312 chức sắc, chức việc. Các mô hình "Chi hội Tin Lành tự quản về an ninh trật tự" ở xã Đắk Ha, "Giáo xứ bình yên" ở xã Quảng Khê được nhân rộng.
Phát biểu tại hội nghị, Mục sư Y Kim Bkrông, Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Đắk Nông, cảm ơn chính quyền đã tạo điều kiện cho 6 chi hội mới được công nhận trong năm. Linh mục Giuse Hoàng Minh Tuấn, Quản hạt Đắk Nông, đề nghị sớm hoàn thành thủ tục đất đai cho các giáo họ vùng sâu. Truyền đạo K'Ba, Quản nhiệm Chi hội Tin Lành Nâm N'Jang, xã Nâm N'Jang, chia sẻ việc vận động 45 hộ tín đồ chuyển đổi sang trồng cà phê xen sầu riêng.
Kết luận hội nghị, đồng chí Nguyễn Thị Hồng Hà đánh giá cao những đóng góp của chức sắc, chức việc, tín đồ các tôn giáo; đề nghị tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", đón Giáng sinh và Tết Nhâm Dần 2022 an toàn, đúng quy định phòng, chống dịch. Chủ tịch Ủy ban MTTQ Việt Nam tỉnh yêu cầu Mặt trận các huyện, thành phố thăm, chúc mừng 100% cơ sở tôn giáo bằng hình thức phù hợp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 15 tập thể, 32 cá nhân là chức sắc, chức việc, tín đồ có thành tích trong phòng, chống dịch Covid-19.
Minh Hiền
Tin liên quan
- Đắk R'lấp: trao 50 suất quà Giáng sinh cho tín đồ nghèo (15/12/2021)
- Gặp mặt người có uy tín năm 2021 (09/12/2021)
- Tuy Đức: ra mắt mô hình "Bon văn hóa" (30/11/2021)
""", "2021-12-17", "Gặp mặt chức sắc, chức việc Tin Lành, Công giáo nhân dịp Giáng sinh 2021",
E("hoi_nghi", "2021", "2021-12-16"),
[P("Nguyễn Thị Hồng Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thái Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kim Bkrông", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Đắk Nông"),
 P("Giuse Hoàng Minh Tuấn", "Linh mục", "Quản hạt Đắk Nông"),
 P("K'Ba", "Truyền đạo", "Quản nhiệm Chi hội Tin Lành Nâm N'Jang")],
[Q("8 điểm cầu huyện", 8, "điểm cầu huyện"), Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("8 tôn giáo", 8, "tôn giáo"),
 Q("hơn 262.000 tín đồ", 262000, "tín đồ", "over"), Q("khoảng 40%", 40, "%", "approx"),
 Q("hơn 150.000 giáo dân", 150000, "giáo dân", "over"), Q("gần 80.000 tín đồ", 80000, "tín đồ", "approx"),
 Q("hơn 8,2 tỷ đồng", 8200000000, "đồng", "over"), Q("12.000 suất quà", 12000, "suất quà"),
 Q("27 mô hình", 27, "mô hình"), Q("312 chức sắc, chức việc", 312, "chức sắc, chức việc"), Q("6 chi hội mới", 6, "chi hội mới"),
 Q("45 hộ tín đồ", 45, "hộ tín đồ"), Q("100%", 100, "%"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chương trình hành động", "18", "CTr/TU", "2021-05-10", "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU ngày 10/5/2021")],
[prov("Đắk Nông"), com("Đắk Ha"), com("Quảng Khê"), com("Nâm N'Jang")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ » Hoạt động » Dân tộc - Tôn giáo", "Đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Chi hội Tin Lành tự quản về an ninh trật tự", "Giáo xứ bình yên",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quỹ vắc xin"],
["Thứ Sáu, 17/12/2021", "Giáng sinh 2021", "năm 2021", "Tết Nhâm Dần 2022", "Covid-19"]))

PAGES.append(page("b8899-nghean-bdv-baocao-2021", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
You are here: Trang chủ - Tin tức - Công tác tôn giáo
Cập nhật lúc 17:20 ngày 29/12/2021
Ảnh: Đồng chí Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Nghệ An: Kết quả công tác vận động đồng bào Công giáo năm 2021
Ngày 28/12, tại cuộc làm việc với Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy đã báo cáo kết quả công tác vận động đồng bào Công giáo năm 2021 và dự kiến nhiệm vụ năm 2022. Đồng chí Trần Nghĩa Lâm, Phó Bí thư Thường trực Tỉnh ủy chủ trì; đồng chí Nguyễn Thị Minh Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày Báo cáo số 215-BC/BDVTU ngày 27/12/2021.
Theo báo cáo, Nghệ An có hơn 300.000 giáo dân thuộc Giáo phận Vinh, sinh hoạt tại 178 giáo xứ, 407 giáo họ; đồng bào Công giáo sống tập trung ở các huyện Nghi Lộc, Hưng Nguyên, Yên Thành, Quỳnh Lưu, Diễn Châu. Năm 2021, trong bối cảnh dịch Covid-19, đồng bào Công giáo tiếp tục hưởng ứng phong trào thi đua yêu nước; 95,6% hộ giáo dân đạt danh hiệu gia đình văn hóa, 232 làng, khối có đông đồng bào Công giáo đạt chuẩn văn hóa. Bà con đóng góp hơn 120 tỷ đồng xây dựng nông thôn mới, hiến gần 46.000 m2 đất làm đường; ủng hộ người dân vùng dịch 1.500 tấn nông sản và gạo.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 46, 47-KL/TU về tăng cường công tác vận động đồng bào Công giáo và về giải quyết các vụ việc phức tạp liên quan đến đất đai cơ sở tôn giáo; phối hợp tổ chức 21 cuộc tiếp xúc với Tòa Giám mục và các linh mục quản hạt. Nhiều vụ việc phức tạp kéo dài đã được giải quyết dứt điểm, như vụ việc tại giáo xứ Xuân Kiều, xã Quỳnh Yên; vụ việc liên quan đất đai giáo họ Thọ Ninh, xã Diễn Mỹ.
Tuy nhiên, báo cáo cũng chỉ rõ còn 7 vụ việc liên quan đến đất đai cơ sở tôn giáo chưa được xử lý dứt điểm; việc nắm tình hình ở một số giáo xứ chưa sâu; còn có linh mục lợi dụng mạng xã hội đưa thông tin sai lệch về công tác phòng, chống dịch.
Phát biểu kết luận, đồng chí Trần Nghĩa Lâm ghi nhận báo cáo đã đánh giá khách quan, toàn diện; yêu cầu năm 2022 tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương khóa IX và Chỉ thị số 18-CT/TW của Ban Bí thư; tập trung giải quyết dứt điểm các vụ việc tồn đọng trước quý II/2022; quan tâm đầu tư hạ tầng cho 35 xã có đông đồng bào Công giáo còn khó khăn.
Tại cuộc làm việc, ông Phan Văn Cảnh, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng phòng Dân tộc - Tôn giáo cho biết, dịp Giáng sinh 2021 các đoàn của tỉnh đã thăm, chúc mừng Tòa Giám mục Xã Đoài (xã Nghi Diên) và 12 giáo hạt; Ủy ban MTTQ các cấp thăm, tặng 2.600 suất quà cho giáo dân nghèo với tổng trị giá hơn 1,3 tỷ đồng.
Đồng chí Lê Quang Hoàn, Phó Chủ tịch Thường trực HĐND tỉnh, nguyên Trưởng Ban Dân vận Tỉnh ủy, góp ý cần phát huy hơn nữa vai trò của Ủy ban Đoàn kết Công giáo tỉnh.
Thanh Lê
Tin khác
- Trao 150 suất quà cho giáo dân nghèo Hưng Nguyên (23/12/2021)
- Tòa Giám mục Xã Đoài đón đoàn lãnh đạo tỉnh (22/12/2021)
- Giao ban khối dân vận quý IV/2021 (15/12/2021)
""", "2021-12-29", "Nghệ An: Kết quả công tác vận động đồng bào Công giáo năm 2021",
E("bao_cao", "2021", "2021-12-28"),
[P("Trần Nghĩa Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Minh Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Cảnh", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng phòng Dân tộc - Tôn giáo"),
 P("Lê Quang Hoàn", "Phó Chủ tịch Thường trực HĐND tỉnh", "nguyên Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 300.000 giáo dân", 300000, "giáo dân", "over"), Q("178 giáo xứ", 178, "giáo xứ"), Q("407 giáo họ", 407, "giáo họ"),
 Q("95,6%", 95.6, "%"), Q("232 làng, khối", 232, "làng, khối"), Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"),
 Q("gần 46.000 m2", 46000, "m2", "approx"), Q("1.500 tấn", 1500, "tấn"), Q("21 cuộc tiếp xúc", 21, "cuộc tiếp xúc"),
 Q("7 vụ việc", 7, "vụ việc"), Q("35 xã", 35, "xã"), Q("12 giáo hạt", 12, "giáo hạt"), Q("2.600 suất quà", 2600, "suất quà"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over")],
[D("Báo cáo", "215", "BC/BDVTU", "2021-12-27", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 27/12/2021"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Kết luận", "47", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 46, 47-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Nghệ An"), com("Quỳnh Yên"), com("Diễn Mỹ"), com("Nghi Diên")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "You are here: Trang chủ - Tin tức - Công tác tôn giáo",
 "Ảnh: Đồng chí Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.", "Giáo phận Vinh", "giáo xứ Xuân Kiều", "giáo họ Thọ Ninh",
 "Tòa Giám mục Xã Đoài"],
["Cập nhật lúc 17:20 ngày 29/12/2021", "năm 2021", "năm 2022", "quý II/2022", "khóa IX", "Giáng sinh 2021", "Covid-19"]))

PAGES.append(page("b8900-hanoi-mttq-giangsinh-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Năm, 22/12/2022 - 18:10
Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội chúc mừng Giáng sinh Tòa Tổng Giám mục Hà Nội
Chiều 22/12, đồng chí Đỗ Thị Thu Hằng, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội đã đến thăm, chúc mừng Lễ Giáng sinh năm 2022 tại Tòa Tổng Giám mục Hà Nội (số 40 Nhà Chung, phường Hàng Trống, quận Hoàn Kiếm).
Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đỗ Thị Thu Hằng chúc mừng Tổng Giám mục Phêrô Lê Văn Tuyền.
Cùng đi có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Nguyễn Sỹ Thành, Phạm Thị Thanh Tâm; đại diện lãnh đạo Ban Dân vận Thành ủy, Ban Tôn giáo thành phố.
Tiếp đoàn có Tổng Giám mục Phêrô Lê Văn Tuyền, Tổng Giám mục Tổng Giáo phận Hà Nội; Linh mục Antôn Trần Quang Huy, Chánh Văn phòng Tòa Tổng Giám mục cùng các linh mục.
Thay mặt Ủy ban MTTQ Việt Nam thành phố, đồng chí Đỗ Thị Thu Hằng gửi lời chúc mừng Giáng sinh an lành, năm mới 2023 hạnh phúc tới Tổng Giám mục, các linh mục, tu sĩ và đồng bào Công giáo Thủ đô. Đồng chí cho biết năm 2022 Hà Nội đạt mức tăng trưởng 8,89%; đồng bào Công giáo đã tích cực tham gia phong trào "Người Hà Nội thanh lịch, văn minh", cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Tổng Giáo phận đã ủng hộ Quỹ "Vì người nghèo" thành phố gần 3,5 tỷ đồng, tổ chức 24 đợt hiến máu nhân đạo với hơn 5.200 đơn vị máu.
Tổng Giám mục Phêrô Lê Văn Tuyền cảm ơn Ủy ban MTTQ Việt Nam thành phố luôn đồng hành với Giáo hội; cho biết trên địa bàn thành phố có khoảng 200.000 giáo dân thuộc Tổng Giáo phận Hà Nội và Giáo phận Hưng Hóa; năm qua có 14 linh mục được truyền chức, 6 nhà thờ được trùng tu. Giáo hội mong tiếp tục được tạo điều kiện trong việc giao đất xây dựng nhà thờ tại các khu đô thị mới.
Cùng ngày, đoàn đến thăm, chúc mừng Hội thánh Tin Lành Việt Nam (miền Bắc) tại Nhà thờ Tin Lành Hà Nội (số 2 Ngõ Trạm, phường Hàng Bông). Mục sư Lê Văn Khôi, Hội trưởng Hội thánh Tin Lành Việt Nam (miền Bắc), cho biết năm 2022 Hội thánh có thêm 9 chi hội được công nhận, đưa tổng số lên 118 chi hội tại 27 tỉnh, thành phố phía Bắc.
Theo Kế hoạch số 247/KH-MTTQ-BTT ngày 5/12/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, trong tuần này Mặt trận các quận, huyện, thị xã sẽ thăm, chúc mừng 176 giáo xứ và 21 chi hội, điểm nhóm Tin Lành. Tại huyện Phú Xuyên, Ủy ban MTTQ xã Phú Túc đã thăm, chúc mừng giáo xứ Phú Túc từ ngày 20/12.
Thu Hà
Tin liên quan
- Phó Chủ tịch nước thăm, chúc mừng Giáng sinh tại Hà Nội (21/12/2022)
- Ủy ban MTTQ Việt Nam quận Ba Đình gặp mặt chức sắc tôn giáo (16/12/2022)
- Hà Nội: 1.200 suất quà Tết cho hộ nghèo là đồng bào có đạo (12/12/2022)
""", "2022-12-22", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội chúc mừng Giáng sinh Tòa Tổng Giám mục Hà Nội",
E("khac", None, "2022-12-22"),
[P("Đỗ Thị Thu Hằng", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội",
   "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Sỹ Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phêrô Lê Văn Tuyền", "Tổng Giám mục", "Tổng Giám mục Tổng Giáo phận Hà Nội"),
 P("Antôn Trần Quang Huy", "Linh mục", "Chánh Văn phòng Tòa Tổng Giám mục"),
 P("Lê Văn Khôi", "Mục sư", "Hội trưởng Hội thánh Tin Lành Việt Nam (miền Bắc)")],
[Q("8,89%", 8.89, "%"), Q("gần 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("24 đợt hiến máu nhân đạo", 24, "đợt hiến máu nhân đạo"),
 Q("hơn 5.200 đơn vị máu", 5200, "đơn vị máu", "over"), Q("khoảng 200.000 giáo dân", 200000, "giáo dân", "approx"),
 Q("14 linh mục", 14, "linh mục"), Q("6 nhà thờ", 6, "nhà thờ"), Q("9 chi hội", 9, "chi hội"), Q("118 chi hội", 118, "chi hội"),
 Q("27 tỉnh, thành phố", 27, "tỉnh, thành phố"), Q("176 giáo xứ", 176, "giáo xứ"),
 Q("21 chi hội, điểm nhóm Tin Lành", 21, "chi hội, điểm nhóm Tin Lành")],
[D("Kế hoạch", "247", "KH-MTTQ-BTT", "2022-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 247/KH-MTTQ-BTT ngày 5/12/2022")],
[prov("Hà Nội"), com("Hàng Trống"), com("Hàng Bông"), com("Phú Túc")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức > Dân tộc - Tôn giáo",
 "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đỗ Thị Thu Hằng chúc mừng Tổng Giám mục Phêrô Lê Văn Tuyền.",
 "Người Hà Nội thanh lịch, văn minh", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Nhà thờ Tin Lành Hà Nội", "Nhà Chung", "Ngõ Trạm", "giáo xứ Phú Túc"],
["Thứ Năm, 22/12/2022 - 18:10", "số 40 Nhà Chung", "số 2 Ngõ Trạm", "Lễ Giáng sinh năm 2022", "năm mới 2023", "từ ngày 20/12"]))

PAGES.append(page("b8901-cantho-udkcg-tongket-2022", """
Báo Cần Thơ Online
Chính trị - Xã hội › Mặt trận - Đoàn thể
Thứ Sáu, 25/11/2022 - 07:10
Phát huy vai trò đồng bào Công giáo trong xây dựng đô thị văn minh
Ngày 24/11, Ủy ban Đoàn kết Công giáo TP Cần Thơ tổ chức hội nghị tổng kết công tác năm 2022 và phong trào thi đua yêu nước trong đồng bào Công giáo, triển khai chương trình hành động năm 2023. Linh mục Giuse Đinh Văn Hòa, Chủ tịch Ủy ban Đoàn kết Công giáo thành phố chủ trì.
Các đại biểu biểu quyết thông qua chương trình hành động năm 2023. Ảnh: Kim Ngân
Dự hội nghị có đồng chí Ngô Văn Hùng, Thành ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố; bà Trần Thị Bé Năm, Phó Trưởng Ban Dân vận Thành ủy; cùng 120 đại biểu là linh mục, tu sĩ, giáo dân tiêu biểu ở 9 quận, huyện.
Theo báo cáo, thành phố có hơn 48.000 giáo dân thuộc Giáo phận Cần Thơ, sinh hoạt tại 7 giáo hạt với 52 giáo xứ, giáo họ. Năm 2022, đồng bào Công giáo đã tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; xây 23 căn nhà tình thương, trị giá hơn 1,4 tỷ đồng; cấp 1.200 suất học bổng cho học sinh nghèo; tổ chức 16 đợt khám bệnh, phát thuốc miễn phí cho hơn 4.500 lượt người. Các giáo xứ trên địa bàn phường An Hòa, phường Tân An và xã Thới Hưng có 100% hộ giáo dân ký cam kết không vi phạm pháp luật.
Thực hiện Quy chế phối hợp số 03/QCPH-MTTQ-UBĐKCG ngày 15/3/2021 giữa Ban Thường trực Ủy ban MTTQ Việt Nam thành phố với Ủy ban Đoàn kết Công giáo thành phố, hai bên đã phối hợp giám sát 4 cuộc, tổ chức 6 hội nghị phản biện xã hội; Ủy ban Đoàn kết Công giáo đã góp 19 ý kiến vào dự thảo các văn bản của thành phố.
Tại hội nghị, ông Phạm Văn Tư, Trưởng Ban hành giáo giáo xứ Thới Hưng, chia sẻ mô hình "Bữa cơm 0 đồng" của giáo xứ duy trì 3 năm nay, mỗi tháng phục vụ khoảng 2.000 suất cơm cho bệnh nhân nghèo. Nữ tu Maria Nguyễn Thị Hồng Nhung, Phụ trách Mái ấm Thiên Ân, cho biết mái ấm đang nuôi dạy 46 trẻ em khuyết tật.
Phát biểu tại hội nghị, đồng chí Ngô Văn Hùng ghi nhận những đóng góp của đồng bào Công giáo, đề nghị Ủy ban Đoàn kết Công giáo thành phố tiếp tục tuyên truyền, vận động giáo dân thực hiện tốt Luật Tín ngưỡng, tôn giáo; Nghị quyết số 45-NQ/TW ngày 24/1/2022 của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ; tích cực tham gia Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng giấy khen cho 8 tập thể và 17 cá nhân tiêu biểu trong phong trào thi đua yêu nước năm 2022; Ủy ban Đoàn kết Công giáo thành phố khen thưởng 25 giáo dân tiêu biểu.
Kim Ngân
Tin liên quan
- Ủy ban MTTQ Việt Nam thành phố thăm Tòa Giám mục Cần Thơ (18/11/2022)
- Quận Ninh Kiều: 300 suất quà cho hộ nghèo (10/11/2022)
""", "2022-11-25", "Phát huy vai trò đồng bào Công giáo trong xây dựng đô thị văn minh",
E("tong_ket", "2022", "2022-11-24"),
[P("Giuse Đinh Văn Hòa", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo thành phố"),
 P("Ngô Văn Hùng", "Thành ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Bé Năm", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Văn Tư", "Trưởng Ban hành giáo giáo xứ Thới Hưng"),
 P("Maria Nguyễn Thị Hồng Nhung", "Nữ tu", "Phụ trách Mái ấm Thiên Ân")],
[Q("120 đại biểu", 120, "đại biểu"), Q("9 quận, huyện", 9, "quận, huyện"), Q("hơn 48.000 giáo dân", 48000, "giáo dân", "over"),
 Q("7 giáo hạt", 7, "giáo hạt"), Q("52 giáo xứ, giáo họ", 52, "giáo xứ, giáo họ"), Q("23 căn nhà tình thương", 23, "căn nhà tình thương"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("1.200 suất học bổng", 1200, "suất học bổng"),
 Q("16 đợt khám bệnh", 16, "đợt khám bệnh"), Q("hơn 4.500 lượt người", 4500, "lượt người", "over"), Q("100%", 100, "%"),
 Q("4 cuộc", 4, "cuộc"), Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"), Q("19 ý kiến", 19, "ý kiến"),
 Q("khoảng 2.000 suất cơm", 2000, "suất cơm", "approx"), Q("46 trẻ em khuyết tật", 46, "trẻ em khuyết tật"),
 Q("8 tập thể", 8, "tập thể"), Q("17 cá nhân tiêu biểu", 17, "cá nhân tiêu biểu"), Q("25 giáo dân tiêu biểu", 25, "giáo dân tiêu biểu")],
[D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBĐKCG", "2021-03-15", None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBĐKCG ngày 15/3/2021"),
 D("Nghị quyết", "45", "NQ/TW", "2022-01-24", "Bộ Chính trị", "Nghị quyết số 45-NQ/TW ngày 24/1/2022")],
[prov("Cần Thơ"), com("An Hòa"), com("Tân An"), com("Thới Hưng")],
["Báo Cần Thơ Online", "Chính trị - Xã hội › Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình hành động năm 2023. Ảnh: Kim Ngân", "Giáo phận Cần Thơ",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bữa cơm 0 đồng", "Mái ấm Thiên Ân",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 25/11/2022 - 07:10", "Bữa cơm 0 đồng", "0 đồng", "3 năm nay", "năm 2022", "năm 2023"]))

PAGES.append(page("b8902-lamdong-mttq-tinlanh-soket-2023", """
Báo Lâm Đồng điện tử
Chính trị › Mặt trận - Đoàn thể
14 tháng 7, 2023 | 09:12
Sơ kết 6 tháng thực hiện Quy chế phối hợp với Ban Đại diện Hội thánh Tin Lành tỉnh
(LĐ online) - Ngày 13/7, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng phối hợp với Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 thực hiện Quy chế phối hợp số 01/QCPH-MTTQ-TL ngày 10/1/2023, triển khai nhiệm vụ 6 tháng cuối năm.
Mục sư Liêng Hót Ha Thuyết phát biểu tại hội nghị. Ảnh: N.Hoa
Chủ trì hội nghị có đồng chí Phạm Thị Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Mục sư Liêng Hót Ha Thuyết, Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Lâm Đồng. Tham dự có 85 đại biểu là mục sư quản nhiệm, truyền đạo, thư ký các chi hội và cán bộ Mặt trận các huyện Lạc Dương, Đơn Dương, Lâm Hà, Di Linh.
Theo báo cáo, Lâm Đồng hiện có 161 chi hội Tin Lành với hơn 200.000 tín đồ, trong đó khoảng 70% là đồng bào K'Ho, Mạ, Chu Ru. 6 tháng đầu năm, hai bên đã phối hợp tổ chức 14 buổi tuyên truyền Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP của Chính phủ cho hơn 3.200 tín đồ; 14 chi hội được công nhận mới; các chi hội đã đóng góp khoảng 4,5 tỷ đồng xây dựng nông thôn mới, làm 3 căn nhà Đại đoàn kết cho hộ nghèo ở xã Đạ Sar và xã Lát.
Tại hội nghị, Truyền đạo Kơ Să Ha Đông, Quản nhiệm Chi hội Tin Lành Tà Nung, xã Tà Nung, chia sẻ kinh nghiệm vận động 32 hộ tín đồ chuyển sang trồng cà phê chè chất lượng cao, thu nhập tăng 30%. Các ông Bon Niêng Ha Phi, Cil Duyên, K'Sé - Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh đề nghị chính quyền sớm giải quyết thủ tục đất cho 5 chi hội chưa có nhà thờ; mở thêm lớp bồi dưỡng kiến thức pháp luật cho chấp sự trẻ.
Bà Phạm Thị Phúc ghi nhận Ban Đại diện đã hướng dẫn các chi hội sinh hoạt đúng hiến chương, đúng pháp luật; vận động tín đồ không tham gia "Tin Lành Đêga" và các nhóm tự xưng. 6 tháng cuối năm, hai bên thống nhất tổ chức hội nghị gặp mặt chức sắc Tin Lành nhân dịp Giáng sinh 2023; phối hợp giám sát việc thực hiện chính sách đối với người có uy tín; tiếp tục triển khai Chương trình hành động số 28-CTr/TU ngày 12/4/2022 của Tỉnh ủy về công tác tôn giáo.
Cũng tại hội nghị, đồng chí Ka Hòa Brơi, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo, thông tin về những điểm mới của dự thảo Nghị định thay thế Nghị định số 162/2017/NĐ-CP, đề nghị các chi hội góp ý.
Ngọc Hoa
Tin cùng chuyên mục
- Đơn Dương: gặp mặt người có uy tín năm 2023 (10/07/2023)
- Lâm Hà: 50 hộ tín đồ Tin Lành vay vốn phát triển cà phê (03/07/2023)
- Hội nghị Ủy ban Đoàn kết Công giáo tỉnh 6 tháng đầu năm (28/06/2023)
""", "2023-07-14", "Sơ kết 6 tháng thực hiện Quy chế phối hợp với Ban Đại diện Hội thánh Tin Lành tỉnh",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Phạm Thị Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Liêng Hót Ha Thuyết", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Lâm Đồng"),
 P("Kơ Să Ha Đông", "Truyền đạo", "Quản nhiệm Chi hội Tin Lành Tà Nung"),
 P("Bon Niêng Ha Phi", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("Cil Duyên", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("K'Sé", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"),
 P("Ka Hòa Brơi", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo")],
[Q("85 đại biểu", 85, "đại biểu"), Q("161 chi hội Tin Lành", 161, "chi hội Tin Lành"), Q("hơn 200.000 tín đồ", 200000, "tín đồ", "over"),
 Q("khoảng 70%", 70, "%", "approx"), Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"), Q("hơn 3.200 tín đồ", 3200, "tín đồ", "over"),
 Q("14 chi hội", 14, "chi hội"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("32 hộ tín đồ", 32, "hộ tín đồ"), Q("30%", 30, "%"),
 Q("5 chi hội", 5, "chi hội")],
[D("Quy chế phối hợp", "01", "QCPH-MTTQ-TL", "2023-01-10", None, "Quy chế phối hợp số 01/QCPH-MTTQ-TL ngày 10/1/2023"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP của Chính phủ"),
 D("Chương trình hành động", "28", "CTr/TU", "2022-04-12", "Tỉnh ủy", "Chương trình hành động số 28-CTr/TU ngày 12/4/2022")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Lát"), com("Tà Nung")],
["Báo Lâm Đồng điện tử", "Chính trị › Mặt trận - Đoàn thể", "(LĐ online)",
 "Mục sư Liêng Hót Ha Thuyết phát biểu tại hội nghị. Ảnh: N.Hoa", "Luật Tín ngưỡng, tôn giáo", "Tin Lành Đêga"],
["14 tháng 7, 2023 | 09:12", "Sơ kết 6 tháng", "6 tháng đầu năm 2023", "6 tháng cuối năm", "Giáng sinh 2023"]))
