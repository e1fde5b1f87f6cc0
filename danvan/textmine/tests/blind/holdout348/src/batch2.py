from lib import *
PAGES = []

PAGES.append(page("b8315-soctrang-bdv-chuakhmer-traoqua-2016", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức :: Dân tộc - Tôn giáo
29.01.2016 | 16:20
Thăm, tặng quà các bếp ăn từ thiện phục vụ bệnh nhân dịp Tết Bính Thân
Ngày 27/1/2016, đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Lâm Thị Sa Quênh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà 5 bếp ăn từ thiện đang phục vụ bệnh nhân tỉnh Sóc Trăng tại Bệnh viện Đa khoa tỉnh, Bệnh viện Chuyên khoa Sản - Nhi và Bệnh viện Quân dân y tỉnh.
Đồng chí Lâm Thị Sa Quênh trao quà cho bếp ăn chùa Kh'Leang.
Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Sô Phal, Trần Minh Khởi và đại diện Ban Tôn giáo, Ban Dân tộc tỉnh. Tại mỗi bếp, đoàn tặng 10 triệu đồng, 500 kg gạo và 20 thùng nước tương; tổng trị giá quà tặng hơn 75 triệu đồng.
Các bếp ăn được thăm gồm bếp cơm chùa Kh'Leang, bếp ăn tịnh xá Ngọc Quang, bếp ăn nhà thờ Chánh tòa, bếp cháo Hội Bảo trợ bệnh nhân nghèo và bếp ăn của nhóm phật tử chùa Phật Học. Trung bình mỗi ngày 5 bếp phục vụ khoảng 2.300 suất cơm, cháo cho người bệnh, trong đó có nhiều bà con dân tộc Khmer ở các huyện xa.
Thượng tọa Danh Sang Thươl, trụ trì chùa Kh'Leang, Phó Trưởng ban Trị sự GHPGVN tỉnh cho biết, bếp cơm của chùa khởi nấu từ năm 2009, ban đầu chỉ 200 suất mỗi ngày, nay tăng lên 700 suất. Gạo do 36 chùa Phật giáo Nam tông Khmer trong tỉnh luân phiên hỗ trợ, mỗi tháng khoảng 4 tấn.
Linh mục Giuse Lê Hoàng Vinh, Chánh xứ giáo xứ Chánh tòa, cho biết bếp ăn nhà thờ nấu vào các ngày thứ Ba, thứ Năm và Chủ nhật, mỗi lần chừng 400 suất, phần lớn do giáo dân giáo họ Nhu Gia đóng góp.
Bà Kim Thị Sa Rinh, người Khmer ở xã Đại Tâm, huyện Mỹ Xuyên, đang chăm con nằm viện, nói: "Có cơm chùa, cơm nhà thờ, tụi tôi đỡ được mỗi ngày gần 100.000 đồng tiền ăn".
Thay mặt đoàn, đồng chí Lâm Thị Sa Quênh ghi nhận tấm lòng của sư sãi, chức sắc, tín đồ các tôn giáo; đề nghị các bếp tiếp tục phối hợp với bệnh viện giữ gìn vệ sinh, bảo đảm an toàn thực phẩm; đồng thời thông tin chuyến thăm nằm trong Kế hoạch số 88-KH/BDVTU ngày 8/1/2016 của Ban Dân vận Tỉnh ủy về thăm, chúc Tết chức sắc, cơ sở tôn giáo và người có uy tín dịp Tết Nguyên đán. Trước đó, Ban đã thăm, tặng quà 12 chùa Khmer và 4 cơ sở bảo trợ xã hội trong tỉnh.
Theo Ban Tôn giáo tỉnh, năm 2015 các cơ sở tôn giáo trong tỉnh đã đóng góp hơn 31 tỷ đồng cho hoạt động từ thiện, xã hội, trong đó các bếp ăn phục vụ bệnh nhân chiếm khoảng 40%.
Sơn Chanh
Tin liên quan
- Chùa Khmer tổ chức lễ dâng y Kathina (10/11/2015)
- Ban Dân vận Tỉnh ủy gặp mặt người có uy tín (25/12/2015)
- Mỹ Xuyên ra mắt mô hình "Chùa xanh, sạch, đẹp" (03/12/2015)
""", "2016-01-29", "Thăm, tặng quà các bếp ăn từ thiện phục vụ bệnh nhân dịp Tết Bính Thân",
E("trao_qua", None, "2016-01-27"),
[P("Lâm Thị Sa Quênh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Thạch Sô Phal", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Khởi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sang Thươl", "Thượng tọa", "trụ trì chùa Kh'Leang", "Phó Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Giuse Lê Hoàng Vinh", "Linh mục", "Chánh xứ giáo xứ Chánh tòa"),
 P("Kim Thị Sa Rinh")],
[Q("5 bếp ăn từ thiện", 5, "bếp ăn từ thiện"), Q("10 triệu đồng", 10000000, "đồng"), Q("500 kg gạo", 500, "kg"),
 Q("20 thùng nước tương", 20, "thùng nước tương"), Q("hơn 75 triệu đồng", 75000000, "đồng", "over"),
 Q("khoảng 2.300 suất cơm, cháo", 2300, "suất cơm, cháo", "approx"), Q("200 suất", 200, "suất"),
 Q("700 suất", 700, "suất"), Q("36 chùa Phật giáo Nam tông Khmer", 36, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 4 tấn", 4, "tấn", "approx"), Q("chừng 400 suất", 400, "suất", "approx"),
 Q("gần 100.000 đồng", 100000, "đồng", "approx"), Q("12 chùa Khmer", 12, "chùa Khmer"),
 Q("4 cơ sở bảo trợ xã hội", 4, "cơ sở bảo trợ xã hội"), Q("hơn 31 tỷ đồng", 31000000000, "đồng", "over"),
 Q("khoảng 40%", 40, "%", "approx")],
[D("Kế hoạch", "88", "KH/BDVTU", "2016-01-08", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 88-KH/BDVTU ngày 8/1/2016")],
[prov("Sóc Trăng"), com("Đại Tâm")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức :: Dân tộc - Tôn giáo",
 "Đồng chí Lâm Thị Sa Quênh trao quà cho bếp ăn chùa Kh'Leang.", "Hội Bảo trợ bệnh nhân nghèo"],
["29.01.2016 | 16:20", "năm 2009", "năm 2015", "Tết Bính Thân", "mỗi tháng"]))

PAGES.append(page("b8316-lamdong-taphuan-attp-bepan-2017", """
Báo Lâm Đồng điện tử
Xã hội › Y tế
Cập nhật lúc 10:15 ngày 18/05/2017
Ảnh: Học viên thực hành sơ chế thực phẩm.
Tập huấn an toàn thực phẩm cho 120 tình nguyện viên bếp ăn từ thiện
Trong 2 ngày 16 và 17/5, Chi cục An toàn vệ sinh thực phẩm phối hợp với Ban Tôn giáo - Sở Nội vụ tổ chức lớp tập huấn kiến thức an toàn thực phẩm năm 2017 cho 120 tình nguyện viên đang nấu ăn tại các bếp ăn từ thiện ở bệnh viện trên địa bàn tỉnh Lâm Đồng.
Học viên là các nữ tu, giáo dân, sư cô, phật tử và thành viên các nhóm thiện nguyện đến từ 14 bếp ăn ở Bệnh viện Đa khoa tỉnh, Bệnh viện II Lâm Đồng và các trung tâm y tế. Trong đó có 18 người đồng bào K'Ho, Chu Ru tham gia nấu ăn tại bếp của giáo xứ Đơn Dương và bếp của chùa Linh Phong.
Phát biểu khai giảng, bác sĩ Phan Thị Mỹ Hạnh, Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm, cho biết năm 2016 các bếp ăn từ thiện trong tỉnh đã phát khoảng 1,2 triệu suất ăn; chưa xảy ra vụ ngộ độc nào nhưng qua kiểm tra, 5/14 bếp chưa có khu sơ chế riêng, 30% người nấu chưa được khám sức khỏe định kỳ.
Lớp học được tổ chức theo Kế hoạch số 1650/KH-UBND ngày 24/3/2017 của UBND tỉnh về triển khai "Tháng hành động vì an toàn thực phẩm" năm 2017. Học viên được phổ biến các quy định của Thông tư số 15/2012/TT-BYT của Bộ Y tế về điều kiện chung bảo đảm an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm, cách bảo quản, lưu mẫu thức ăn 24 giờ, nhận biết thực phẩm bẩn.
Nữ tu Anna Ka Điệp, Dòng Nữ tử Bác ái Vinh Sơn, phụ trách bếp cháo ở Bệnh viện Đa khoa tỉnh, cho biết lâu nay chị em nấu theo kinh nghiệm, giờ mới biết phải tách dao thớt sống, chín. Sư cô Thích Nữ Hạnh Trang, trụ trì chùa Linh Phong, đề nghị cơ quan chức năng hỗ trợ in sổ ghi chép nguồn gốc thực phẩm bằng tiếng K'Ho cho người nấu.
Ông K'Brăn, người K'Ho ở xã Lát, huyện Lạc Dương, một năm nay đạp xe xuống phụ bếp cơm của giáo xứ mỗi tuần 3 ngày, vui vẻ cho biết lần đầu được cầm giấy chứng nhận.
Kết thúc lớp, 120 học viên làm bài kiểm tra, 100% đạt yêu cầu và được cấp giấy xác nhận kiến thức an toàn thực phẩm. Chi cục dự kiến mở thêm 2 lớp tại thành phố Bảo Lộc và huyện Di Linh trong tháng 7, mỗi lớp khoảng 60 học viên, đồng thời cấp miễn phí 14 tủ lưu mẫu thức ăn cho các bếp, mỗi tủ trị giá 3,5 triệu đồng.
Ông Nguyễn Văn Thuần, Trưởng Ban Tôn giáo - Sở Nội vụ, cho biết sẽ phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động các bếp ăn tự phát ở phường Lộc Phát đăng ký hoạt động.
Mai Vân
Tin liên quan
- Bảo Lộc: khánh thành bếp ăn từ thiện tại Trung tâm Y tế (04/05/2017)
- Kiểm tra an toàn thực phẩm mùa lễ hội (20/04/2017)
- Giáo phận Đà Lạt trao 200 xe đạp cho học sinh (10/04/2017)
""", "2017-05-18", "Tập huấn an toàn thực phẩm cho 120 tình nguyện viên bếp ăn từ thiện",
E("tap_huan", "2017", "2017-05-16"),
[P("Phan Thị Mỹ Hạnh", "bác sĩ", "Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm"),
 P("Anna Ka Điệp", "Nữ tu", "phụ trách bếp cháo ở Bệnh viện Đa khoa tỉnh"),
 P("Thích Nữ Hạnh Trang", "Sư cô", "trụ trì chùa Linh Phong"),
 P("K'Brăn"),
 P("Nguyễn Văn Thuần", "Trưởng Ban Tôn giáo - Sở Nội vụ")],
[Q("120 tình nguyện viên", 120, "tình nguyện viên"), Q("14 bếp ăn", 14, "bếp ăn"), Q("18 người", 18, "người"),
 Q("khoảng 1,2 triệu suất ăn", 1200000, "suất ăn", "approx"), Q("5/14 bếp", 5, "bếp"), Q("30%", 30, "%"),
 Q("120 học viên", 120, "học viên"), Q("100%", 100, "%"), Q("2 lớp", 2, "lớp"),
 Q("khoảng 60 học viên", 60, "học viên", "approx"), Q("14 tủ lưu mẫu thức ăn", 14, "tủ lưu mẫu thức ăn"),
 Q("3,5 triệu đồng", 3500000, "đồng")],
[D("Kế hoạch", "1650", "KH-UBND", "2017-03-24", "UBND tỉnh", "Kế hoạch số 1650/KH-UBND ngày 24/3/2017"),
 D("Thông tư", "15", "2012/TT-BYT", None, "Bộ Y tế", "Thông tư số 15/2012/TT-BYT")],
[prov("Lâm Đồng"), com("Lát"), com("Lộc Phát")],
["Báo Lâm Đồng điện tử", "Xã hội › Y tế", "Ảnh: Học viên thực hành sơ chế thực phẩm.", "Tháng hành động vì an toàn thực phẩm",
 "Dòng Nữ tử Bác ái Vinh Sơn"],
["Cập nhật lúc 10:15 ngày 18/05/2017", "2 ngày", "năm 2017", "năm 2016", "24 giờ", "3 ngày", "tháng 7", "một năm"]))

PAGES.append(page("b8317-quangnam-bdv-giaoban-tongiao-q3-2018", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ > Dân vận > Công tác tôn giáo
Thứ Sáu, 05/10/2018
Các tôn giáo góp hơn 12 tỷ đồng nấu cơm cho bệnh nhân
Chiều 3/10, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác tôn giáo quý III/2018 với Ban Tôn giáo tỉnh, Ủy ban MTTQ Việt Nam tỉnh, Công an tỉnh và Ban Dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Võ Thị Thu Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Toàn cảnh buổi giao ban.
Theo báo cáo, trong quý III, các tổ chức tôn giáo trên địa bàn tỉnh hoạt động ổn định, tuân thủ pháp luật. Hoạt động từ thiện nhân đạo tiếp tục là điểm sáng: 17 bếp ăn từ thiện của Phật giáo, Công giáo, Cao Đài, Tin lành tại các bệnh viện đã phát khoảng 410.000 suất ăn; tính từ đầu năm, các tôn giáo đã góp hơn 12 tỷ đồng cho các bếp ăn và quỹ hỗ trợ bệnh nhân nghèo, tăng 15% so với cùng kỳ.
Đáng chú ý, bếp cơm Tâm Thiện của chùa Pháp Bảo ở xã Tam Thăng được mở thêm cơ sở 2 tại Bệnh viện Đa khoa Trung ương Quảng Nam, phục vụ 600 suất mỗi ngày. Giáo xứ Tam Kỳ duy trì bếp cháo chiều cho khoảng 250 bệnh nhân; Hội thánh Tin lành phường An Mỹ nấu cơm mỗi thứ Bảy cho bệnh nhân chạy thận.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Thạnh, Alăng Thị Bích - báo cáo kết quả kiểm tra việc thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước, chính quyền các cấp, và Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về vận động đồng bào Cơ Tu, Xơ Đăng ở miền núi.
Tại buổi giao ban, ông Trần Thanh Long, Trưởng Ban Tôn giáo tỉnh, nêu còn 3 bếp ăn hoạt động tự phát, chưa có ban điều hành, có dấu hiệu lợi dụng quyên góp. Đại diện Công an tỉnh đề nghị các cơ sở tôn giáo công khai thu chi, tránh để đối tượng xấu đội lốt từ thiện.
Kết luận giao ban, đồng chí Võ Thị Thu Sương yêu cầu quý IV tập trung vận động các bếp ăn đăng ký hoạt động với chính quyền cơ sở, phối hợp với Sở Y tế tổ chức tập huấn an toàn thực phẩm; tổ chức thăm, chúc mừng các cơ sở tôn giáo dịp lễ Giáng sinh và Tết Nguyên đán; hoàn thành khảo sát 9 điểm nhóm Tin lành ở các huyện Nam Trà My, Tây Giang trước ngày 30/11.
Ban Dân vận Tỉnh ủy cũng giao Ban Dân vận các huyện ủy tham mưu cấp ủy biểu dương kịp thời những cơ sở tôn giáo có nhiều đóng góp cho công tác an sinh xã hội, nhất là các bếp ăn phục vụ bệnh nhân nghèo, đồng bào dân tộc thiểu số ở miền núi xuống chữa bệnh.
Hồng Nhung
Tin cùng chuyên mục
- Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Quốc khánh (30/08/2018)
- Giao ban công tác dân vận quý II/2018 (06/07/2018)
- Núi Thành tổng kết 5 năm mô hình "Dân vận khéo" (20/06/2018)
""", "2018-10-05", "Các tôn giáo góp hơn 12 tỷ đồng nấu cơm cho bệnh nhân",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Võ Thị Thu Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thanh Long", "Trưởng Ban Tôn giáo tỉnh")],
[Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("17 bếp ăn từ thiện", 17, "bếp ăn từ thiện"),
 Q("khoảng 410.000 suất ăn", 410000, "suất ăn", "approx"), Q("15%", 15, "%"), Q("600 suất", 600, "suất"),
 Q("khoảng 250 bệnh nhân", 250, "bệnh nhân", "approx"), Q("3 bếp ăn", 3, "bếp ăn"),
 Q("9 điểm nhóm Tin lành", 9, "điểm nhóm Tin lành")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU")],
[prov("Quảng Nam"), com("Tam Thăng"), com("An Mỹ")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ > Dân vận > Công tác tôn giáo", "Toàn cảnh buổi giao ban.",
 "Tâm Thiện"],
["Thứ Sáu, 05/10/2018", "quý III/2018", "quý III", "quý IV", "cơ sở 2", "30/11"]))

PAGES.append(page("b8318-thaibinh-ubdkcg-daihoi-2018", """
Báo Thái Bình điện tử
Chính trị - Xã hội » Tôn giáo
26 tháng 11, 2018 | 09:00
Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh lần thứ VI
Ngày 24/11, Ủy ban Đoàn kết Công giáo tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2018 - 2023 với sự tham dự của 180 đại biểu là linh mục, tu sĩ và giáo dân tiêu biểu đến từ 68 giáo xứ trong tỉnh.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Dự đại hội có đồng chí Phạm Thị Hằng Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Quang Vịnh, Phó Chủ tịch UBND tỉnh.
Báo cáo nhiệm kỳ 2013 - 2018 cho thấy, phong trào "Sống tốt đời, đẹp đạo" được bà con giáo dân hưởng ứng sâu rộng. Điểm nổi bật là hoạt động bác ái: 6 bếp ăn từ thiện do các giáo xứ và dòng tu duy trì tại Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi và Bệnh viện Phụ sản đã phát trên 2,1 triệu suất cơm, cháo miễn phí. Bếp cơm của Dòng Mến Thánh Giá Thái Bình ở phường Kỳ Bá mỗi trưa phục vụ bình quân 900 suất; riêng năm 2018 bếp chuyển sang nấu thêm cháo dinh dưỡng cho khoảng 120 bệnh nhi.
Trong 5 năm, giáo dân toàn tỉnh đóng góp hơn 86 tỷ đồng cho các hoạt động xã hội, từ thiện, xây dựng nông thôn mới; hiến trên 14.000 m2 đất làm đường giao thông. 97% gia đình Công giáo đạt danh hiệu gia đình văn hóa.
Hoạt động của Ủy ban trong nhiệm kỳ bám sát Chỉ thị số 07-CT/TU ngày 12/3/2015 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo và Quyết định số 2215/QĐ-UBND ngày 9/9/2016 của UBND tỉnh về phối hợp giữa chính quyền với các tổ chức tôn giáo trong hoạt động bảo trợ xã hội.
Phát biểu chỉ đạo, đồng chí Phạm Thị Hằng Nga đề nghị Ủy ban khóa mới tiếp tục nhân rộng các bếp ăn từ thiện, nhất là tại trung tâm y tế các huyện Tiền Hải, Kiến Xương là nơi đông giáo dân; phối hợp với ngành y tế bảo đảm an toàn thực phẩm cho mỗi bữa ăn.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa VI. Linh mục Đaminh Phạm Văn Tuấn, Quản xứ giáo xứ Kỳ Bá, được tín nhiệm giữ chức Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI; các ông Vũ Đình Khang, Trần Văn Lộc được cử làm Phó Chủ tịch.
Nhận nhiệm vụ, linh mục Đaminh Phạm Văn Tuấn cam kết phấn đấu trong nhiệm kỳ mở thêm ít nhất 4 bếp ăn, mỗi năm vận động tối thiểu 5 tỷ đồng cho Quỹ bác ái.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 21 tập thể và 34 cá nhân.
Hoàng Lâm
Tin liên quan
- Hội nghị gặp mặt chức sắc tôn giáo nhân dịp lễ Giáng sinh (20/12/2017)
- Tiền Hải: giáo xứ Hướng Tân khánh thành nhà văn hóa (02/10/2018)
- Tổng kết phong trào "Sống tốt đời, đẹp đạo" (15/08/2018)
""", "2018-11-26", "Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh lần thứ VI",
E("dai_hoi", None, "2018-11-24"),
[P("Phạm Thị Hằng Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Vịnh", "Phó Chủ tịch UBND tỉnh"),
 P("Đaminh Phạm Văn Tuấn", "Linh mục", "Quản xứ giáo xứ Kỳ Bá", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh khóa VI"),
 P("Vũ Đình Khang", "Phó Chủ tịch"),
 P("Trần Văn Lộc", "Phó Chủ tịch")],
[Q("180 đại biểu", 180, "đại biểu"), Q("68 giáo xứ", 68, "giáo xứ"), Q("6 bếp ăn từ thiện", 6, "bếp ăn từ thiện"),
 Q("trên 2,1 triệu suất cơm, cháo", 2100000, "suất cơm, cháo", "over"), Q("900 suất", 900, "suất"),
 Q("khoảng 120 bệnh nhi", 120, "bệnh nhi", "approx"), Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("trên 14.000 m2", 14000, "m2", "over"), Q("97% gia đình Công giáo", 97, "%"), Q("45 vị", 45, "vị"),
 Q("ít nhất 4 bếp ăn", 4, "bếp ăn", "over"), Q("tối thiểu 5 tỷ đồng", 5000000000, "đồng"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", "2015-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/3/2015"),
 D("Quyết định", "2215", "QĐ-UBND", "2016-09-09", "UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 9/9/2016")],
[prov("Thái Bình"), com("Kỳ Bá")],
["Báo Thái Bình điện tử", "Chính trị - Xã hội » Tôn giáo", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Sống tốt đời, đẹp đạo", "Quỹ bác ái", "Dòng Mến Thánh Giá Thái Bình"],
["26 tháng 11, 2018 | 09:00", "lần thứ VI", "nhiệm kỳ 2018 - 2023", "nhiệm kỳ 2013 - 2018", "5 năm", "năm 2018", "khóa VI", "mỗi năm"]))

PAGES.append(page("b8319-gialai-phatgiao-tongket-bepcom-2019", """
GIÁO HỘI PHẬT GIÁO VIỆT NAM - BAN TRỊ SỰ TỈNH GIA LAI
Trang chủ / Tin Phật sự / Từ thiện
2019-12-30 15:20
Bếp cơm chay Tâm An tại bệnh viện tỉnh. Ảnh: Quảng Hạnh
Gia Lai: Phật giáo tỉnh tổng kết công tác từ thiện xã hội năm 2019
Sáng 28/12, Ban Từ thiện xã hội Ban Trị sự GHPGVN tỉnh Gia Lai tổ chức hội nghị tổng kết công tác từ thiện xã hội năm 2019 tại chùa Minh Thành, TP. Pleiku. Đại đức Thích Quảng Nguyên, Ủy viên Thường trực Ban Trị sự, Trưởng ban Từ thiện xã hội chủ trì; dự có ông Ksor Bơ Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Rơ Châm H'Yơn, Phó Trưởng Ban Tôn giáo - Sở Nội vụ.
Năm 2019, Phật giáo tỉnh duy trì 8 bếp cơm từ thiện ở Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi và các trung tâm y tế thị xã An Khê, Ayun Pa, huyện Chư Sê, phát khoảng 530.000 suất cơm, cháo, trong đó gần 60% người nhận là đồng bào Jrai, Bahnar. Bếp cơm chay Tâm An mỗi trưa phục vụ 1.000 suất, còn bếp cháo của Ni sư Thích Nữ Như Liên, trụ trì tịnh thất Liên Hoa ở phường Hoa Lư, mỗi tối phát 350 tô cháo.
Tổng giá trị công tác từ thiện xã hội của Phật giáo tỉnh năm 2019 đạt 21,7 tỷ đồng, tăng 2,4 tỷ đồng so với năm 2018; riêng các bếp ăn khoảng 6 tỷ đồng. Ban đã phối hợp thực hiện Quyết định số 1143/QĐ-UBND ngày 11/10/2018 của UBND tỉnh về chương trình an sinh xã hội cho người bệnh nghèo, và Hướng dẫn 03, 04/HD-BTXH của Ban Từ thiện xã hội Trung ương về quản lý tài chính bếp ăn, báo cáo định kỳ.
Chị Rơ Mah H'Hyul ở xã Ia Phang, huyện Chư Pưh, có con bị sốt xuất huyết nằm viện 10 ngày, nói: "Ở đây ăn cơm chùa, tiền bán mì mang theo để dành mua thuốc".
Tại hội nghị, Đại đức Thích Minh Thuận, Phó ban Từ thiện xã hội kiêm Trưởng bếp cơm chay Tâm An, kiến nghị bệnh viện hỗ trợ thêm mặt bằng vì số người nhận cơm tăng; ông Siu Đinh, Trưởng thôn Plei Ơi, xã Ia Phang, cho biết nhiều bà con trong làng đã góp bí, rau rừng gửi xuống bếp.
Phát biểu, ông Ksor Bơ Nga đánh giá các bếp cơm là cầu nối giúp đồng bào dân tộc thiểu số hiểu, gần gũi hơn với Phật giáo và chính quyền; đề nghị năm 2020 các bếp tiếp tục công khai tài chính, phối hợp Mặt trận các cấp thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban Trị sự tặng bằng tuyên dương công đức cho 19 tập thể, 42 cá nhân và 8 bếp cơm. Năm 2020, Ban đặt mục tiêu mở thêm bếp cháo tại Trung tâm Y tế huyện Kbang, nơi nhiều bà con Bahnar phải đi xa chữa bệnh.
Quảng Hạnh
Tin liên quan
- Pleiku: khánh thành bếp ăn 0 đồng tại Bệnh viện Nhi (15/11/2019)
- Chùa Bửu Minh trao quà cho đồng bào vùng lũ (01/11/2019)
- Lễ hội Vu Lan tại các chùa trong tỉnh (12/08/2019)
""", "2019-12-30", "Gia Lai: Phật giáo tỉnh tổng kết công tác từ thiện xã hội năm 2019",
E("tong_ket", "2019", "2019-12-28"),
[P("Thích Quảng Nguyên", "Đại đức", "Ủy viên Thường trực Ban Trị sự", "Trưởng ban Từ thiện xã hội"),
 P("Ksor Bơ Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm H'Yơn", "Phó Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("Thích Nữ Như Liên", "Ni sư", "trụ trì tịnh thất Liên Hoa"),
 P("Rơ Mah H'Hyul"),
 P("Thích Minh Thuận", "Đại đức", "Phó ban Từ thiện xã hội kiêm Trưởng bếp cơm chay Tâm An"),
 P("Siu Đinh", "Trưởng thôn Plei Ơi")],
[Q("8 bếp cơm từ thiện", 8, "bếp cơm từ thiện"), Q("khoảng 530.000 suất cơm, cháo", 530000, "suất cơm, cháo", "approx"),
 Q("gần 60%", 60, "%", "approx"), Q("1.000 suất", 1000, "suất"), Q("350 tô cháo", 350, "tô cháo"),
 Q("21,7 tỷ đồng", 21700000000, "đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("khoảng 6 tỷ đồng", 6000000000, "đồng", "approx"), Q("19 tập thể", 19, "tập thể"), Q("42 cá nhân", 42, "cá nhân")],
[D("Quyết định", "1143", "QĐ-UBND", "2018-10-11", "UBND tỉnh", "Quyết định số 1143/QĐ-UBND ngày 11/10/2018"),
 D("Hướng dẫn", "03", "HD-BTXH", None, "Ban Từ thiện xã hội Trung ương", "Hướng dẫn 03, 04/HD-BTXH"),
 D("Hướng dẫn", "04", "HD-BTXH", None, "Ban Từ thiện xã hội Trung ương", "Hướng dẫn 03, 04/HD-BTXH")],
[prov("Gia Lai"), com("Hoa Lư"), com("Ia Phang")],
["GIÁO HỘI PHẬT GIÁO VIỆT NAM - BAN TRỊ SỰ TỈNH GIA LAI", "Trang chủ / Tin Phật sự / Từ thiện",
 "Bếp cơm chay Tâm An tại bệnh viện tỉnh. Ảnh: Quảng Hạnh", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["2019-12-30 15:20", "năm 2019", "năm 2018", "năm 2020", "10 ngày"]))

PAGES.append(page("b8320-hcm-bantongiao-baocao-bepan-q1-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Tin tức > Văn hóa - Xã hội
08/04/2020 06:00
Báo cáo hoạt động từ thiện của các tôn giáo quý I/2020: hơn 1,3 triệu suất ăn cho bệnh nhân
Ban Tôn giáo Thành phố vừa có báo cáo gửi UBND Thành phố Hồ Chí Minh về kết quả hoạt động từ thiện, xã hội của các tổ chức tôn giáo quý I/2020, trong bối cảnh dịch COVID-19. Theo báo cáo, 3 tháng đầu năm, các tôn giáo đã duy trì 64 bếp ăn từ thiện, phát hơn 1,3 triệu suất ăn miễn phí cho bệnh nhân và người nhà tại các bệnh viện.
Tình nguyện viên phát cơm trước cổng Bệnh viện Chợ Rẫy.
Báo cáo do ông Nguyễn Hoàng Mai, Phó Trưởng ban Ban Tôn giáo Thành phố ký, nêu rõ: từ ngày 1/4, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19, các bếp ăn chuyển từ phát trực tiếp sang đóng hộp, giao qua cổng bệnh viện, giữ khoảng cách tối thiểu 2 mét. 23 bếp ăn quy mô nhỏ tạm dừng hoạt động; 41 bếp còn lại phục vụ khoảng 14.000 suất mỗi ngày.
Cụ thể, Phật giáo duy trì 38 bếp, Công giáo 17 bếp, Cao Đài 5 bếp, Tin lành và các tôn giáo khác 4 bếp. Tổng kinh phí ước 42 tỷ đồng. Nổi bật là bếp cơm của chùa Kỳ Quang ở phường Bình Trị Đông do Thượng tọa Thích Thiện Tâm - Phó Trưởng ban Từ thiện xã hội Thành hội Phật giáo làm trưởng bếp, mỗi ngày nấu 2.000 suất cho Bệnh viện Chợ Rẫy và Bệnh viện Ung bướu.
Linh mục Vinh Sơn Phạm Trung Kiên, Trưởng ban Caritas Tổng Giáo phận, cho biết các giáo xứ đã chuyển 12 tấn gạo, 3.000 thùng mì gói cho các bếp ăn ở bệnh viện, đồng thời phát 5.000 khẩu trang vải cho người nhận cơm.
Báo cáo đề xuất UBND Thành phố chỉ đạo Sở Y tế hướng dẫn các bếp ăn theo Công văn số 1044/UBND-VX ngày 27/3/2020 của UBND Thành phố về phòng dịch tại nơi đông người; miễn kiểm tra trùng lặp, hỗ trợ xét nghiệm cho khoảng 700 tình nguyện viên.
Bà Trần Thị Kim Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố, đề nghị các tôn giáo đăng ký danh sách bếp ăn với Ủy ban MTTQ phường, xã để được cấp giấy đi đường và được hỗ trợ thêm 10% kinh phí từ Quỹ "Vì người nghèo".
Theo Ban Tôn giáo Thành phố, so với quý IV/2019, số suất ăn giảm 18% do bệnh viện hạn chế người nuôi bệnh, nhưng lượng suất ăn giao đến khu cách ly tăng gấp đôi. Ban Tôn giáo Thành phố sẽ tiếp tục tổng hợp, báo cáo định kỳ hằng tháng để kịp thời đề xuất hỗ trợ các bếp ăn.
Thanh Trúc
Tin liên quan
- TP.HCM: thành lập 20 "ATM gạo" hỗ trợ người khó khăn (06/04/2020)
- Giáo hội Phật giáo TP.HCM tặng 1.000 bộ đồ bảo hộ cho bệnh viện (02/04/2020)
- Thành phố chi 270 tỷ đồng hỗ trợ người lao động (30/03/2020)
""", "2020-04-08", "Báo cáo hoạt động từ thiện của các tôn giáo quý I/2020: hơn 1,3 triệu suất ăn cho bệnh nhân",
E("bao_cao", "2020-Q1", None),
[P("Nguyễn Hoàng Mai", "Phó Trưởng ban Ban Tôn giáo Thành phố"),
 P("Thích Thiện Tâm", "Thượng tọa", "Phó Trưởng ban Từ thiện xã hội Thành hội Phật giáo", "trưởng bếp"),
 P("Vinh Sơn Phạm Trung Kiên", "Linh mục", "Trưởng ban Caritas Tổng Giáo phận"),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố")],
[Q("hơn 1,3 triệu suất ăn", 1300000, "suất ăn", "over"), Q("64 bếp ăn từ thiện", 64, "bếp ăn từ thiện"),
 Q("tối thiểu 2 mét", 2, "mét"), Q("23 bếp ăn quy mô nhỏ", 23, "bếp ăn quy mô nhỏ"), Q("41 bếp", 41, "bếp"),
 Q("khoảng 14.000 suất", 14000, "suất", "approx"), Q("38 bếp", 38, "bếp"), Q("17 bếp", 17, "bếp"),
 Q("5 bếp", 5, "bếp"), Q("4 bếp", 4, "bếp"), Q("ước 42 tỷ đồng", 42000000000, "đồng", "approx"),
 Q("2.000 suất", 2000, "suất"), Q("12 tấn gạo", 12, "tấn"), Q("3.000 thùng mì gói", 3000, "thùng mì gói"),
 Q("5.000 khẩu trang vải", 5000, "khẩu trang vải"), Q("khoảng 700 tình nguyện viên", 700, "tình nguyện viên", "approx"),
 Q("10%", 10, "%"), Q("18%", 18, "%")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Công văn", "1044", "UBND-VX", "2020-03-27", "UBND Thành phố", "Công văn số 1044/UBND-VX ngày 27/3/2020")],
[prov("Hồ Chí Minh"), com("Bình Trị Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH", "Tin tức > Văn hóa - Xã hội",
 "Tình nguyện viên phát cơm trước cổng Bệnh viện Chợ Rẫy.", "Vì người nghèo", "COVID-19"],
["08/04/2020 06:00", "quý I/2020", "3 tháng đầu năm", "quý IV/2019", "gấp đôi", "16/CT-TTg"]))
