from lib import *
PAGES = []

PAGES.append(page("b2045-namdinh-bdv-congiao-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động » Dân tộc - Tôn giáo
Thứ Tư, 28/12/2011 - 16:35
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết công tác vận động đồng bào Công giáo năm 2011
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Thị Hường, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, toàn tỉnh hiện có 2 giáo phận, 198 giáo xứ với trên 412.000 giáo dân, chiếm khoảng 22% dân số. Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28-CT/TU về tăng cường công tác vận động đồng bào có đạo và về xây dựng xứ, họ đạo "Sống tốt đời, đẹp đạo"; phối hợp hướng dẫn thực hiện Nghị định số 22/2005/NĐ-CP của Chính phủ hướng dẫn thi hành Pháp lệnh tín ngưỡng, tôn giáo. Các cấp đã tổ chức 312 cuộc tiếp xúc với chức sắc, chức việc và 46 lớp bồi dưỡng kiến thức về tôn giáo cho cán bộ cơ sở.
Toàn cảnh hội nghị. Ảnh: Đức Toàn
Đồng bào Công giáo tích cực tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đóng góp hơn 18,5 tỷ đồng làm đường giao thông nông thôn, hiến 27.300 m2 đất. Có 64 giáo họ được công nhận đạt chuẩn khu dân cư văn hóa. Đến nay 96,4% hộ giáo dân đạt danh hiệu gia đình văn hóa.
Tại hội nghị, Linh mục Phêrô Đặng Văn Khiêm, Quản xứ giáo xứ Kiên Lao, Ủy viên Ủy ban MTTQ tỉnh, chia sẻ kinh nghiệm vận động giáo dân hiến đất làm đường; ông Vũ Đình Thực, Bí thư Đảng ủy xã Xuân Ngọc, HUV, cho biết xã có 3 giáo xứ và 11 giáo họ, không có đơn thư vượt cấp trong năm. Đồng chí Lưu Văn Chiến, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu, đề nghị tăng cường đối thoại với giáo dân vùng ven biển.
Phát biểu kết luận, đồng chí Trần Thị Hường yêu cầu năm 2012 các cấp tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2008 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa IX) về công tác tôn giáo; làm tốt công tác chúc mừng Lễ Giáng sinh, nắm tình hình trong các dịp lễ lớn; nhân rộng mô hình "Dân vận khéo" ở các xứ, họ đạo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 23 cá nhân. Đồng chí Đỗ Quang Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Minh Hải
Lượt xem: 1.204
Tin liên quan
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh 2011 (22/12/2011)
- Giao Thủy: 18 giáo họ đạt danh hiệu văn hóa (05/12/2011)
- Hội thảo công tác dân vận vùng ven biển (18/11/2011)
- Ý Yên sơ kết mô hình dân vận khéo vùng giáo (02/11/2011)
""", "2011-12-28", "Tổng kết công tác vận động đồng bào Công giáo năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Trần Thị Hường", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Đặng Văn Khiêm", "Linh mục", "Quản xứ giáo xứ Kiên Lao", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Vũ Đình Thực", "Bí thư Đảng ủy xã Xuân Ngọc", "HUV"),
 P("Lưu Văn Chiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Đỗ Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2 giáo phận", 2, "giáo phận"), Q("198 giáo xứ", 198, "giáo xứ"), Q("trên 412.000 giáo dân", 412000, "giáo dân", "over"),
 Q("khoảng 22%", 22, "%", "approx"), Q("312 cuộc tiếp xúc", 312, "cuộc tiếp xúc"),
 Q("46 lớp bồi dưỡng kiến thức về tôn giáo", 46, "lớp bồi dưỡng kiến thức về tôn giáo"),
 Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("27.300 m2", 27300, "m2"),
 Q("64 giáo họ", 64, "giáo họ"), Q("96,4%", 96.4, "%"), Q("3 giáo xứ", 3, "giáo xứ"), Q("11 giáo họ", 11, "giáo họ"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "18", "CT/TW", "2008-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2008")],
[prov("Nam Định"), com("Xuân Ngọc")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động » Dân tộc - Tôn giáo",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Toàn cảnh hội nghị. Ảnh: Đức Toàn", "Sống tốt đời, đẹp đạo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dân vận khéo", "Nghị quyết Trung ương 7 (khóa IX)",
 "Lượt xem: 1.204", "giáo xứ Kiên Lao", "Pháp lệnh tín ngưỡng, tôn giáo"],
["Thứ Tư, 28/12/2011 - 16:35", "năm 2011", "năm 2012", "Nghị quyết Trung ương 7", "khóa IX", "Lượt xem: 1.204"]))

PAGES.append(page("b2046-hue-phatgiao-daihoi-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế
Trang chủ > Tin tức > Tôn giáo
Cập nhật: 09:42, 15/10/2012 (GMT+7)
Hòa thượng Thích Thiện Duyên phát biểu khai mạc đại hội.
Đại hội đại biểu Phật giáo tỉnh Thừa Thiên Huế lần thứ VII
(MTTQ Huế) - Trong hai ngày 13 và 14/10, tại chùa Từ Quang (thành phố Huế), Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ VII, nhiệm kỳ 2012-2017. Về dự có 285 đại biểu là tăng ni, cư sĩ tiêu biểu đại diện cho hơn 180 tự viện, tịnh xá, niệm Phật đường trong tỉnh.
Dự đại hội có Hòa thượng Thích Minh Trí, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam; đồng chí Lê Thị Kim Oanh, Phó Bí thư Tỉnh ủy; đồng chí Hồ Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Tôn giáo tỉnh: Nguyễn Văn Hòe, Trương Thị Mỹ Lệ.
Báo cáo nhiệm kỳ 2007-2012 cho biết, Phật giáo tỉnh đã mở 6 khóa an cư kiết hạ với trên 1.400 hành giả, đào tạo 320 tăng ni sinh tại Trường Trung cấp Phật học; các chùa quyên góp được khoảng 21 tỷ đồng cho công tác từ thiện xã hội, xây 57 căn nhà tình thương và trao 2.300 suất học bổng. Tăng ni, phật tử tích cực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và phong trào "Ngày vì người nghèo".
Đại hội đã suy tôn Hòa thượng Thích Thiện Duyên làm Chứng minh Ban Trị sự; suy cử 47 vị vào Ban Trị sự nhiệm kỳ mới. Thượng tọa Thích Hải Tịnh, trụ trì chùa Từ Quang, được suy cử làm Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Đại đức Thích Nguyên Thành và Ni sư Thích Nữ Diệu Hạnh được suy cử làm Phó Trưởng ban Trị sự.
Phát biểu tại đại hội, đồng chí Lê Thị Kim Oanh ghi nhận đóng góp của tăng ni, phật tử và đề nghị Giáo hội tiếp tục thực hiện phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", phối hợp với Mặt trận thực hiện Chương trình phối hợp số 05/CTr-MTTQ-BTT giữa Ủy ban MTTQ tỉnh và các tôn giáo. Đồng chí Hồ Văn Phước trao bằng khen của Ủy ban MTTQ tỉnh cho 9 tập thể và 15 cá nhân.
Đại hội thông qua chương trình hành động 5 năm với 8 nhóm nhiệm vụ trọng tâm và biểu quyết thông qua nghị quyết đại hội với 100% đại biểu tán thành.
Bảo Ngọc
Số lượt truy cập: 356.118
Các tin khác
- Ban Thường trực Ủy ban MTTQ tỉnh thăm chúc mừng Đại lễ Phật đản (28/05/2012)
- Phú Vang: đại hội Phật giáo huyện nhiệm kỳ 2012-2017 (21/08/2012)
- Gặp mặt chức sắc các tôn giáo dịp Tết Nhâm Thìn (20/01/2012)
- Mặt trận tham gia giám sát chính sách tôn giáo (10/01/2012)
""", "2012-10-15", "Đại hội đại biểu Phật giáo tỉnh Thừa Thiên Huế lần thứ VII",
E("dai_hoi", None, "2012-10-13"),
[P("Thích Thiện Duyên", "Hòa thượng", "Chứng minh Ban Trị sự"),
 P("Thích Minh Trí", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"),
 P("Lê Thị Kim Oanh", "Phó Bí thư Tỉnh ủy"),
 P("Hồ Văn Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòe", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Trương Thị Mỹ Lệ", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Thích Hải Tịnh", "Thượng tọa", "trụ trì chùa Từ Quang", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thích Nguyên Thành", "Đại đức", "Phó Trưởng ban Trị sự"),
 P("Thích Nữ Diệu Hạnh", "Ni sư", "Phó Trưởng ban Trị sự")],
[Q("285 đại biểu", 285, "đại biểu"), Q("hơn 180 tự viện, tịnh xá, niệm Phật đường", 180, "tự viện, tịnh xá, niệm Phật đường", "over"),
 Q("6 khóa an cư kiết hạ", 6, "khóa an cư kiết hạ"), Q("trên 1.400 hành giả", 1400, "hành giả", "over"),
 Q("320 tăng ni sinh", 320, "tăng ni sinh"), Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("57 căn nhà tình thương", 57, "căn nhà tình thương"), Q("2.300 suất học bổng", 2300, "suất học bổng"),
 Q("47 vị", 47, "vị"), Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("8 nhóm nhiệm vụ trọng tâm", 8, "nhóm nhiệm vụ trọng tâm"), Q("100%", 100, "%")],
[D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-BTT")],
[prov("Thừa Thiên Huế")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế", "Trang chủ > Tin tức > Tôn giáo",
 "Hòa thượng Thích Thiện Duyên phát biểu khai mạc đại hội.", "(MTTQ Huế)", "chùa Từ Quang",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày vì người nghèo", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội",
 "Trường Trung cấp Phật học", "Số lượt truy cập: 356.118"],
["Cập nhật: 09:42, 15/10/2012 (GMT+7)", "lần thứ VII", "nhiệm kỳ 2012-2017", "nhiệm kỳ 2007-2012", "5 năm", "hai ngày",
 "Số lượt truy cập: 356.118"]))

PAGES.append(page("b2047-gialai-bdv-giaoban-tinlanh-2013", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác tôn giáo
08:15 | 09/10/2013
Giao ban khối dân vận quý III: tập trung vận động đồng bào theo đạo Tin lành
Sáng 8/10, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận quý III năm 2013. Đồng chí Ksor Hnhiêu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Rơ Mah Tuân, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Ksor Hnhiêu chủ trì giao ban.
Theo báo cáo, quý III, tình hình các tôn giáo trên địa bàn cơ bản ổn định. Toàn tỉnh có 172 điểm nhóm Tin lành với khoảng 98.000 tín đồ, phần lớn là đồng bào Jrai, Bahnar. Trong quý, các cấp đã vận động 14 hộ bỏ theo "Tin lành Đê Ga", giải quyết dứt điểm 7 vụ việc tranh chấp đất làm nơi sinh hoạt tôn giáo; Sở Nội vụ đã hướng dẫn 23 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung theo Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ.
Khối dân vận tiếp tục triển khai Kế hoạch số 112-KH/TU của Tỉnh ủy về thực hiện Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 09-HD/BDVTU về xây dựng "Làng không có tà đạo". Qua đó, 41 làng đã ký cam kết không nghe theo kẻ xấu.
Tại giao ban, ông Siu Đinh, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, cho biết huyện đã tổ chức 18 buổi đối thoại với chức sắc, tín đồ; bà Nay H'Bla, Phó Chủ tịch Ủy ban MTTQ huyện Krông Pa, nêu kiến nghị bố trí kinh phí cho tổ tự quản ở các buôn. Mục sư Rah Lan Huyên, Quản nhiệm chi hội Tin lành Plei Ơi, phát biểu cam kết vận động tín đồ chấp hành pháp luật.
Nhiều ý kiến cho rằng việc nắm tình hình ở một số buôn, làng vùng sâu còn chậm; có nơi cán bộ cơ sở chưa hiểu rõ quy định về đăng ký sinh hoạt tôn giáo nên lúng túng khi giải quyết đề nghị của tín đồ. Sự phối hợp giữa khối dân vận với lực lượng công an, biên phòng trong vận động quần chúng ở các xã biên giới cần chặt chẽ hơn, nhất là trong mùa thu hoạch, khi nhiều hộ ở lại chòi rẫy dài ngày. Việc nhân rộng các mô hình tự quản ở buôn, làng còn chậm, chưa có cơ chế khuyến khích người có uy tín tham gia.
Phát biểu kết luận, đồng chí Ksor Hnhiêu yêu cầu quý IV khối dân vận bám sát cơ sở, phát huy vai trò 1.860 người có uy tín trong cộng đồng; chuẩn bị chu đáo các đoàn thăm, chúc mừng Lễ Giáng sinh cho 47 chi hội, điểm nhóm Tin lành, mỗi đoàn mang theo quà trị giá 2 triệu đồng.
Phúc Nguyên
Lượt đọc: 642
Tin cùng chuyên mục
- Chư Sê: ra mắt mô hình "Làng không có tà đạo" (25/09/2013)
- Hội nghị người có uy tín huyện Đức Cơ (12/09/2013)
- Tập huấn nghiệp vụ công tác tôn giáo cho cán bộ xã (28/08/2013)
- Kbang: giao ban dân vận tháng 8 (20/08/2013)
""", "2013-10-09", "Giao ban khối dân vận quý III: tập trung vận động đồng bào theo đạo Tin lành",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Ksor Hnhiêu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Đinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Nay H'Bla", "Phó Chủ tịch Ủy ban MTTQ huyện Krông Pa"),
 P("Rah Lan Huyên", "Mục sư", "Quản nhiệm chi hội Tin lành Plei Ơi")],
[Q("172 điểm nhóm Tin lành", 172, "điểm nhóm Tin lành"), Q("khoảng 98.000 tín đồ", 98000, "tín đồ", "approx"),
 Q("14 hộ", 14, "hộ"), Q("7 vụ việc tranh chấp đất", 7, "vụ việc tranh chấp đất"), Q("23 điểm nhóm", 23, "điểm nhóm"),
 Q("41 làng", 41, "làng"), Q("18 buổi đối thoại", 18, "buổi đối thoại"),
 Q("1.860 người có uy tín", 1860, "người có uy tín"), Q("47 chi hội, điểm nhóm Tin lành", 47, "chi hội, điểm nhóm Tin lành"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ"),
 D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 112-KH/TU của Tỉnh ủy"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09-HD/BDVTU")],
[prov("Gia Lai")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác tôn giáo",
 "Đồng chí Ksor Hnhiêu chủ trì giao ban.", "Tin lành Đê Ga", "Làng không có tà đạo", "chi hội Tin lành Plei Ơi", "Lượt đọc: 642"],
["08:15 | 09/10/2013", "quý III năm 2013", "quý III", "quý IV", "Lượt đọc: 642"]))

PAGES.append(page("b2048-nghean-bdv-traoqua-uytin-2014", """
Ban Dân vận Tỉnh ủy Nghệ An
Trang chủ :: Dân tộc - Tôn giáo :: Người có uy tín
20-01-2014 10:20
Trao 650 suất quà Tết cho người có uy tín vùng đồng bào dân tộc thiểu số
Ngày 17/1, đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Lô Thị Hương Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, tặng quà Tết Giáp Ngọ cho người có uy tín tại các huyện Quế Phong, Kỳ Sơn và Tương Dương.
Đồng chí Lô Thị Hương Lan tặng quà già làng Lương Văn Hặc.
Nhân dịp này, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh trao 650 suất quà Tết cho người có uy tín trong toàn tỉnh, mỗi suất trị giá 500.000 đồng, tổng trị giá 325 triệu đồng từ nguồn kinh phí thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Riêng tại xã Tri Lễ (Quế Phong), đoàn trao 40 suất quà cho người có uy tín và 25 suất quà cho hộ nghèo người Thái, người Mông.
Tại buổi thăm, già làng Lương Văn Hặc, người có uy tín bản Na Sành, xã Tri Lễ, bày tỏ phấn khởi; ông cho biết bản có 86 hộ thì 83 hộ đã đạt gia đình văn hóa, cả bản không còn ai theo "Vàng Chứ". Ông Vừ Bá Dính, người có uy tín bản Huồi Giảng 1, xã Mường Lống, đã vận động 12 hộ người Mông trở về sinh hoạt tín ngưỡng truyền thống và bà con góp 1.300 ngày công làm đường lên bản.
Đồng chí Lầu Bá Chồng, HUV, Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn, cho biết năm 2013 huyện đã thực hiện tốt Kế hoạch số 79-KH/HU của Huyện ủy về công tác vận động đồng bào Mông; cùng 197 người có uy tín phát hiện, ngăn chặn 5 vụ tuyên truyền đạo trái phép.
Theo đánh giá của Ban Dân vận Tỉnh ủy, đội ngũ người có uy tín ngày càng phát huy vai trò trong hòa giải mâu thuẫn ở cơ sở, vận động con em đến trường, giữ gìn bản sắc văn hóa các dân tộc Thái, Mông, Khơ Mú, Ơ Đu. Tuy nhiên, chế độ đối với người có uy tín còn thấp, việc cung cấp thông tin cho họ chưa thường xuyên; một số người tuổi cao, sức yếu, khó đi lại trong mùa mưa lũ. Các đoàn công tác được yêu cầu lắng nghe tâm tư của bà con, ghi nhận kiến nghị để tham mưu giải quyết.
Đồng chí Lô Thị Hương Lan đánh giá cao vai trò cầu nối của người có uy tín, đề nghị tiếp tục vận động đồng bào thực hiện "3 không": không nghe kẻ xấu kích động, không theo đạo trái pháp luật, không di cư tự do. Đồng chí Kha Văn Tám, Phó Trưởng Ban Dân tộc tỉnh, thông tin về chính sách năm 2014.
Đoàn cũng đến thăm, tặng 30 chiếc chăn ấm cho học sinh bán trú Trường PTDTBT THCS Mường Lống.
Hồng Lam
Lượt xem: 2.310
Tin khác
- Quỳ Châu: gặp mặt người có uy tín năm 2013 (26/12/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Con Cuông (12/12/2013)
- Tọa đàm về công tác dân vận vùng đồng bào Mông (28/11/2013)
""", "2014-01-20", "Trao 650 suất quà Tết cho người có uy tín vùng đồng bào dân tộc thiểu số",
E("trao_qua", None, "2014-01-17"),
[P("Lô Thị Hương Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Hặc", "già làng", "người có uy tín bản Na Sành"),
 P("Vừ Bá Dính", "người có uy tín bản Huồi Giảng 1"),
 P("Lầu Bá Chồng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn"),
 P("Kha Văn Tám", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("650 suất quà Tết", 650, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("325 triệu đồng", 325000000, "đồng"),
 Q("40 suất quà", 40, "suất quà"), Q("25 suất quà", 25, "suất quà"), Q("86 hộ", 86, "hộ"), Q("83 hộ", 83, "hộ"),
 Q("12 hộ người Mông", 12, "hộ người Mông"), Q("1.300 ngày công", 1300, "ngày công"),
 Q("197 người có uy tín", 197, "người có uy tín"), Q("5 vụ tuyên truyền đạo trái phép", 5, "vụ tuyên truyền đạo trái phép"),
 Q("30 chiếc chăn ấm", 30, "chiếc chăn ấm")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "79", "KH/HU", None, "Huyện ủy", "Kế hoạch số 79-KH/HU của Huyện ủy")],
[prov("Nghệ An"), com("Tri Lễ"), com("Mường Lống")],
["Ban Dân vận Tỉnh ủy Nghệ An", "Trang chủ :: Dân tộc - Tôn giáo :: Người có uy tín",
 "Đồng chí Lô Thị Hương Lan tặng quà già làng Lương Văn Hặc.", "Vàng Chứ", "3 không",
 "Trường PTDTBT THCS Mường Lống", "Lượt xem: 2.310"],
["20-01-2014 10:20", "Tết Giáp Ngọ", "năm 2013", "năm 2014", "3 không", "Huồi Giảng 1", "Lượt xem: 2.310"]))

PAGES.append(page("b2049-hagiang-bdv-soket-tongiao-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ | Tin tức | Công tác dân tộc, tôn giáo
Thứ Sáu, 17/07/2015 - 07:50
Quang cảnh hội nghị.
Hà Giang: công tác dân vận vùng đồng bào có đạo chuyển biến tích cực
Ngày 15/7/2015, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân tộc, tôn giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Sùng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo sơ kết cho biết, 6 tháng đầu năm 2015 toàn tỉnh có 19 điểm nhóm Tin lành đã được cấp đăng ký sinh hoạt tập trung với gần 9.700 tín đồ, chủ yếu là đồng bào Mông, Dao. Các cấp đã tổ chức 126 buổi tuyên truyền chính sách tôn giáo bằng tiếng Mông, tiếng Dao, thu hút 8.450 lượt người nghe. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 45, 46-KL/TU về tiếp tục thực hiện Chỉ thị 01/2005/CT-TTg và về công tác vận động đồng bào Mông ở 4 huyện vùng cao núi đá phía Bắc.
Hội nghị thống nhất đánh giá: tình trạng truyền đạo trái pháp luật, hoạt động của "Dương Văn Mình" cơ bản được kiềm chế. Các huyện đã vận động 31 hộ bỏ tà đạo trở về với tín ngưỡng truyền thống; giải quyết dứt điểm 6 vụ việc phức tạp về tôn giáo. Tỷ lệ hộ nghèo vùng đồng bào có đạo giảm 4,2% so với cùng kỳ.
Tại hội nghị, đồng chí Vàng Mí Lử, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn, cho biết huyện đã xây dựng 11 mô hình "Dòng họ tự quản" với 640 hộ tham gia; đồng chí Triệu Thị Lăn, Bí thư Đảng ủy xã Phương Độ, chia sẻ cách phối hợp với trưởng điểm nhóm để nắm tình hình. Ông Giàng Seo Chứ, trưởng điểm nhóm Tin lành thôn Lũng Phìn, xã Sủng Là, cam kết sinh hoạt tôn giáo đúng nội dung đã đăng ký.
Một số ý kiến đề nghị tăng cường bồi dưỡng kiến thức về tôn giáo cho cán bộ xã, thôn; có chính sách phù hợp với người có uy tín là trưởng dòng họ; hướng dẫn cụ thể thủ tục đăng ký cho các điểm nhóm ở vùng sâu.
Cũng tại hội nghị, đại diện Ủy ban MTTQ tỉnh thông tin về việc phối hợp với các đoàn thể giám sát thực hiện chính sách hỗ trợ đồng bào vùng cao; đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh nêu tình hình truyền đạo qua biên giới và đề nghị các xã giáp biên tăng cường trao đổi thông tin với đồn biên phòng.
Phát biểu kết luận, đồng chí Sùng Thị Mỷ yêu cầu 6 tháng cuối năm, các cấp tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo; quán triệt "5 biết" trong công tác dân vận ở thôn bản; chú trọng nắm tình hình ở các xã biên giới. Đồng chí Nguyễn Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, được giao đôn đốc các huyện báo cáo hằng tháng.
Lý Hương
Lượt xem: 589
Tin liên quan
- Mèo Vạc: ra mắt mô hình dòng họ tự quản (30/06/2015)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở (18/06/2015)
- Ban Dân vận Tỉnh ủy làm việc tại huyện Xín Mần (05/06/2015)
""", "2015-07-17", "Hà Giang: công tác dân vận vùng đồng bào có đạo chuyển biến tích cực",
E("so_ket", "2015-H1", "2015-07-15"),
[P("Sùng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Triệu Thị Lăn", "Bí thư Đảng ủy xã Phương Độ"),
 P("Giàng Seo Chứ", "trưởng điểm nhóm Tin lành thôn Lũng Phìn"),
 P("Nguyễn Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("19 điểm nhóm Tin lành", 19, "điểm nhóm Tin lành"), Q("gần 9.700 tín đồ", 9700, "tín đồ", "approx"),
 Q("126 buổi tuyên truyền chính sách tôn giáo", 126, "buổi tuyên truyền chính sách tôn giáo"),
 Q("8.450 lượt người nghe", 8450, "lượt người nghe"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("31 hộ", 31, "hộ"), Q("6 vụ việc phức tạp về tôn giáo", 6, "vụ việc phức tạp về tôn giáo"), Q("4,2%", 4.2, "%"),
 Q("11 mô hình", 11, "mô hình"), Q("640 hộ", 640, "hộ")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, None, "Chỉ thị 01/2005/CT-TTg"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương")],
[prov("Hà Giang"), com("Phương Độ"), com("Sủng Là")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ | Tin tức | Công tác dân tộc, tôn giáo", "Quang cảnh hội nghị.",
 "Dương Văn Mình", "Dòng họ tự quản", "5 biết", "Lượt xem: 589"],
["Thứ Sáu, 17/07/2015 - 07:50", "6 tháng đầu năm", "6 tháng cuối năm 2015", "6 tháng đầu năm 2015", "6 tháng cuối năm",
 "5 biết", "Lượt xem: 589"]))

PAGES.append(page("b2050-quangbinh-taphuan-tongiao-2016", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Bình
Trang chủ > Hoạt động dân vận > Tập huấn, bồi dưỡng
Ngày đăng 11/05/2016 | 15:10
Ảnh: Đồng chí Hoàng Đăng Khoa phát biểu khai giảng lớp tập huấn.
Tập huấn nghiệp vụ công tác tôn giáo năm 2016 cho 160 cán bộ cơ sở
Trong hai ngày 9 và 10/5/2016, tại thành phố Đồng Hới, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức lớp tập huấn nghiệp vụ công tác tôn giáo năm 2016 cho 160 cán bộ làm công tác dân vận, mặt trận ở các xã, phường, thị trấn có đông đồng bào Công giáo.
Khai giảng lớp tập huấn, đồng chí Hoàng Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Quảng Bình có gần 97.000 giáo dân thuộc 2 giáo phận Vinh và Huế, sinh hoạt tại 64 giáo xứ; sau sự cố môi trường biển, tình hình ở một số giáo xứ ven biển có diễn biến phức tạp, đòi hỏi cán bộ cơ sở phải nắm vững chủ trương, pháp luật, kiên trì vận động.
Các học viên được nghe đồng chí Phan Thị Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Tôn giáo tỉnh, giới thiệu chuyên đề "Quan điểm, chính sách của Đảng về tôn giáo"; ThS. Trương Quang Lịch, Giảng viên Trường Chính trị tỉnh, trình bày chuyên đề về kỹ năng đối thoại với chức sắc, tín đồ. Lớp học cũng được phổ biến Pháp lệnh tín ngưỡng, tôn giáo, Nghị định 92/2012/NĐ-CP và Hướng dẫn số 27-HD/BDVTW ngày 20/10/2015 của Ban Dân vận Trung ương về công tác vận động đồng bào Công giáo.
Buổi chiều ngày thứ hai, học viên thảo luận theo 4 tổ, trao đổi 15 tình huống thực tế như tranh chấp đất đai liên quan cơ sở thờ tự, xây dựng trái phép, tụ tập đông người. Ông Nguyễn Hữu Thạch, Chủ tịch Ủy ban MTTQ xã Cảnh Dương, cho biết xã có 3 giáo họ với 1.120 giáo dân, cán bộ xã đã tổ chức 22 lượt đến từng gia đình để giải thích chính sách hỗ trợ ngư dân, nhờ đó 100% hộ đã nhận tiền bồi thường.
Nhiều học viên bày tỏ mong muốn được tập huấn thường xuyên hơn, được cung cấp tài liệu hỏi - đáp ngắn gọn, dễ hiểu về chính sách tôn giáo để tuyên truyền ở khu dân cư. Một số ý kiến đề nghị Ban Dân vận Tỉnh ủy tổ chức các đoàn tham quan học tập mô hình hay ở các tỉnh bạn, nhất là cách vận động giáo dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự vùng biển. Các học viên cũng đề xuất tăng cường sự phối hợp giữa Ban Dân vận với Ban Tôn giáo và Mặt trận để thống nhất cách ứng xử khi có vụ việc phát sinh ở cơ sở.
Kết thúc lớp tập huấn, Ban Dân vận Tỉnh ủy cấp giấy chứng nhận cho 158 học viên và phát 160 bộ tài liệu tham khảo. Đồng chí Phan Thị Hòa đề nghị mỗi xã xây dựng ít nhất 1 tổ dân vận ở khu dân cư có đông giáo dân, báo cáo kết quả trước ngày 30/9.
Minh Châu
Số người truy cập: 1.077.402
Các tin đã đưa
- Ban Dân vận Tỉnh ủy thăm Tòa Giám mục Giáo phận Vinh (28/04/2016)
- Bố Trạch: giao ban công tác dân vận quý I (12/04/2016)
- Gặp mặt chức sắc tôn giáo nhân dịp Tết Bính Thân (03/02/2016)
""", "2016-05-11", "Tập huấn nghiệp vụ công tác tôn giáo năm 2016 cho 160 cán bộ cơ sở",
E("tap_huan", "2016", "2016-05-09"),
[P("Hoàng Đăng Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban Tôn giáo tỉnh"),
 P("Trương Quang Lịch", "ThS.", "Giảng viên Trường Chính trị tỉnh"),
 P("Nguyễn Hữu Thạch", "Chủ tịch Ủy ban MTTQ xã Cảnh Dương")],
[Q("160 cán bộ", 160, "cán bộ"), Q("gần 97.000 giáo dân", 97000, "giáo dân", "approx"), Q("2 giáo phận", 2, "giáo phận"),
 Q("64 giáo xứ", 64, "giáo xứ"), Q("4 tổ", 4, "tổ"), Q("15 tình huống thực tế", 15, "tình huống thực tế"),
 Q("3 giáo họ", 3, "giáo họ"), Q("1.120 giáo dân", 1120, "giáo dân"), Q("22 lượt", 22, "lượt"), Q("100%", 100, "%"),
 Q("158 học viên", 158, "học viên"), Q("160 bộ tài liệu tham khảo", 160, "bộ tài liệu tham khảo")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP"),
 D("Hướng dẫn", "27", "HD/BDVTW", "2015-10-20", "Ban Dân vận Trung ương", "Hướng dẫn số 27-HD/BDVTW ngày 20/10/2015 của Ban Dân vận Trung ương")],
[prov("Quảng Bình"), com("Cảnh Dương")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Bình", "Trang chủ > Hoạt động dân vận > Tập huấn, bồi dưỡng",
 "Ảnh: Đồng chí Hoàng Đăng Khoa phát biểu khai giảng lớp tập huấn.", "Quan điểm, chính sách của Đảng về tôn giáo",
 "Pháp lệnh tín ngưỡng, tôn giáo", "Trường Chính trị tỉnh", "Số người truy cập: 1.077.402"],
["Ngày đăng 11/05/2016 | 15:10", "năm 2016", "hai ngày", "ngày thứ hai", "1 tổ dân vận", "ngày 30/9", "Số người truy cập: 1.077.402"]))
