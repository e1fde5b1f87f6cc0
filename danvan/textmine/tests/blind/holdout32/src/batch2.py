from lib import *

PAGES = []

# b731 Bình Định, Tỉnh đoàn, tập huấn 2015
PAGES.append(page("b731-binhdinh-doan-taphuan-2015", """
TỈNH ĐOÀN BÌNH ĐỊNH
Trang chủ :: Tin tức :: Hoạt động Đoàn
05/06/2015 - 10:40
Học viên tham gia thảo luận nhóm tại lớp tập huấn.
Tập huấn kỹ năng công tác dân vận cho 150 cán bộ Đoàn cơ sở
Trong 2 ngày 3 và 4/6/2015, Ban Thường vụ Tỉnh đoàn Bình Định tổ chức lớp tập huấn kỹ năng công tác dân vận và nghiệp vụ công tác Đoàn năm 2015 cho 150 bí thư, phó bí thư Đoàn xã, phường, thị trấn trong tỉnh.
Đến dự khai mạc có đồng chí Nguyễn Thị Thanh Bình, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hồ Quốc Dũng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Lê Văn Tuấn, Đinh Thị Hồng Nhung, Phan Đình Kha.
Lớp tập huấn được triển khai theo Kế hoạch 27, 28-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về bồi dưỡng cán bộ Đoàn cơ sở và thực hiện phong trào "Tuổi trẻ Bình Định chung tay xây dựng nông thôn mới". Các học viên được nghe giới thiệu Quyết định 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và chuyên đề về kỹ năng tiếp xúc, thuyết phục quần chúng, kỹ năng tổ chức đối thoại với thanh niên.
Báo cáo viên là đồng chí Trương Văn Sáu, nguyên Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, và đồng chí Đinh Văn Hmút, Bí thư Huyện đoàn Vĩnh Thạnh, người có nhiều năm vận động thanh niên đồng bào Ba Na tham gia các đội hình tình nguyện.
Theo báo cáo của Tỉnh đoàn, 5 tháng đầu năm các cơ sở Đoàn trong tỉnh đã tổ chức 312 buổi sinh hoạt chi đoàn chuyên đề, thu hút 18.600 lượt đoàn viên; thực hiện 48 công trình thanh niên với tổng giá trị trên 2,7 tỷ đồng; giới thiệu 640 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Các học viên chia thành 6 nhóm thảo luận, thực hành tình huống vận động gia đình hiến đất làm đường, vận động thanh niên không tham gia tụ tập gây rối. Cuối lớp, 100% học viên hoàn thành bài thu hoạch đạt yêu cầu.
Đồng chí Hồ Quốc Dũng đề nghị cán bộ Đoàn cơ sở vận dụng các kỹ năng vào thực tiễn, nhất là trong Tháng Thanh niên, chiến dịch "Thanh niên tình nguyện hè" năm 2015; mỗi cơ sở Đoàn đăng ký ít nhất một phần việc cụ thể, giúp đỡ ít nhất 1 hộ nghèo.
Nhiều học viên cho biết, lần đầu được thực hành tình huống vận động quần chúng ngay tại lớp nên tự tin hơn khi trở về cơ sở; đề nghị Tỉnh đoàn duy trì lớp tập huấn hằng năm, mời thêm những cán bộ dân vận giàu kinh nghiệm ở các xã miền núi, ven biển chia sẻ cách làm.
Văn Lực
Lượt xem: 864
Bài viết liên quan
- Tuổi trẻ Hoài Nhơn ra quân chiến dịch Thanh niên tình nguyện hè 2015 (30/05/2015)
- Tỉnh đoàn đối thoại với thanh niên công nhân Khu công nghiệp Phú Tài (18/05/2015)
- Tuyên dương 40 "Thanh niên tiên tiến làm theo lời Bác" (12/05/2015)
- Trao 50 suất học bổng "Tiếp sức đến trường" (05/05/2015)
- Khởi công nhà nhân ái cho đoàn viên nghèo ở Vân Canh (28/04/2015)
Cơ quan chủ quản: Tỉnh đoàn Bình Định. Địa chỉ: 184 Lê Hồng Phong, thành phố Quy Nhơn. Điện thoại: 056.3822.xxx. Trưởng Ban biên tập: Phó Bí thư Thường trực Tỉnh đoàn. Thiết kế bởi Trung tâm Thông tin - Dịch vụ thanh niên tỉnh. Ghi rõ nguồn "Tỉnh đoàn Bình Định" khi phát hành lại thông tin từ website này.
""",
    "2015-06-05", "Tập huấn kỹ năng công tác dân vận cho 150 cán bộ Đoàn cơ sở",
    E("tap_huan", "2015", "2015-06-03"),
    [P("Nguyễn Thị Thanh Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hồ Quốc Dũng", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Lê Văn Tuấn", "Phó Bí thư Tỉnh đoàn"),
     P("Đinh Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
     P("Phan Đình Kha", "Phó Bí thư Tỉnh đoàn"),
     P("Trương Văn Sáu", "nguyên Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
     P("Đinh Văn Hmút", "Bí thư Huyện đoàn Vĩnh Thạnh")],
    [Q("150 cán bộ Đoàn cơ sở", 150, "cán bộ Đoàn cơ sở"),
     Q("312 buổi sinh hoạt chi đoàn chuyên đề", 312, "buổi sinh hoạt chi đoàn chuyên đề"),
     Q("18.600 lượt đoàn viên", 18600, "lượt đoàn viên"),
     Q("48 công trình thanh niên", 48, "công trình thanh niên"),
     Q("trên 2,7 tỷ đồng", 2700000000, "đồng", "over"),
     Q("640 đoàn viên ưu tú", 640, "đoàn viên ưu tú"),
     Q("6 nhóm", 6, "nhóm"),
     Q("100% học viên", 100, "%")],
    [D("Kế hoạch", "27", "KH/TĐTN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 27, 28-KH/TĐTN"),
     D("Kế hoạch", "28", "KH/TĐTN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 27, 28-KH/TĐTN"),
     D("Quyết định", "290", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 290-QĐ/TW")],
    [prov("Bình Định")],
    ["TỈNH ĐOÀN BÌNH ĐỊNH", "Trang chủ :: Tin tức :: Hoạt động Đoàn", "Học viên tham gia thảo luận nhóm tại lớp tập huấn.",
     "Tuổi trẻ Bình Định chung tay xây dựng nông thôn mới", "Thanh niên tình nguyện hè", "Ba Na", "Tháng Thanh niên",
     "Văn Lực", "Lượt xem: 864"],
    ["05/06/2015 - 10:40", "2 ngày", "3 và 4/6/2015", "năm 2015", "5 tháng đầu năm", "1 hộ nghèo", "Lượt xem: 864"]))

# b732 Tây Ninh, Công an tỉnh, giao ban quý I/2016 phong trào toàn dân bảo vệ ANTQ
PAGES.append(page("b732-tayninh-congan-giaoban-2016", """
CÔNG AN TỈNH TÂY NINH
Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân bảo vệ ANTQ
Thứ Sáu, ngày 08 tháng 04 năm 2016
Ảnh: Đại tá Nguyễn Văn Tươi phát biểu kết luận.
Giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc
Ngày 6/4/2016, Công an tỉnh Tây Ninh phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận của lực lượng Công an nhân dân quý I năm 2016.
Chủ trì hội nghị có Đại tá Nguyễn Văn Tươi, Phó Giám đốc Công an tỉnh; đồng chí Võ Thị Bé Năm, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Dương Văn Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự có Thượng tá Trần Minh Tâm, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc; Trung tá Lê Thành Công, Phó Trưởng phòng Công tác Đảng và công tác chính trị; cùng lãnh đạo Công an 9 huyện, thành phố.
Theo báo cáo, thực hiện Chỉ thị 09-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới và Thông tư liên tịch 03/2012/TTLT-BCA-BQP, trong quý I, lực lượng Công an tỉnh đã phối hợp tổ chức 1.240 buổi tuyên truyền tại khu dân cư, thu hút 86.300 lượt người tham dự; xây dựng mới 15 mô hình tự quản về an ninh trật tự, nâng tổng số lên 214 mô hình.
Qua phong trào, nhân dân đã cung cấp 372 nguồn tin có giá trị, giúp lực lượng chức năng phát hiện, bắt giữ 58 vụ với 91 đối tượng phạm pháp hình sự, ma túy; vận động người dân giao nộp 26 khẩu súng tự chế và hơn 140 kg pháo nổ. Tại các xã biên giới, Công an phối hợp với Bộ đội Biên phòng duy trì 46 tổ nhân dân tự quản đường biên, cột mốc.
Phát biểu tại hội nghị, đồng chí Võ Thị Bé Năm đề nghị lực lượng Công an tiếp tục thực hiện Kế hoạch 35-KH/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo", gắn với cuộc vận động "Công an nhân dân học tập, thực hiện lời Bác dạy", kịp thời nắm tình hình, giải quyết những vụ việc phức tạp ngay từ cơ sở.
Ông Chau Sóc Kha, Trưởng ấp Bàu Sen (xã Phước Chỉ, huyện Trảng Bàng), đại diện cho đồng bào Khmer, kiến nghị tăng cường tuần tra ở các tuyến đường mòn dọc biên giới vào ban đêm.
Kết luận hội nghị, Đại tá Nguyễn Văn Tươi yêu cầu quý II tập trung bảo đảm an ninh trật tự phục vụ bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; phấn đấu 100% xã, phường, thị trấn có mô hình tự quản hiệu quả.
Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 8 tập thể, 17 cá nhân.
Các đại biểu cũng thảo luận về tình trạng lao động tự do sang nước bạn làm thuê qua đường mòn, các vụ tranh chấp đất đai kéo dài ở một số ấp biên giới; đề nghị tăng cường phối hợp giữa Công an xã, Ban công tác Mặt trận và các đoàn thể trong vận động người dân chấp hành pháp luật.
Quang Vinh (Phòng PV11)
Tin khác
- Công an huyện Tân Biên ra mắt mô hình "Camera an ninh" (30/03/2016)
- Tổng kết 3 năm thực hiện Chỉ thị 09-CT/TW (18/03/2016)
- Công an Hòa Thành phát động phong trào tố giác tội phạm (10/03/2016)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở Dương Minh Châu (02/03/2016)
Trang thông tin điện tử Công an tỉnh Tây Ninh. Địa chỉ: đường 30/4, phường 2, thành phố Tây Ninh. Điện thoại: 069.3822.xxx. Chịu trách nhiệm nội dung: Phòng Tham mưu Công an tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2016-04-08", "Giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
    E("giao_ban", "2016-Q1", "2016-04-06"),
    [P("Nguyễn Văn Tươi", "Đại tá", "Phó Giám đốc Công an tỉnh"),
     P("Võ Thị Bé Năm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Dương Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Minh Tâm", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
     P("Lê Thành Công", "Trung tá", "Phó Trưởng phòng Công tác Đảng và công tác chính trị"),
     P("Chau Sóc Kha", "Trưởng ấp Bàu Sen")],
    [Q("9 huyện, thành phố", 9, "huyện, thành phố"),
     Q("1.240 buổi tuyên truyền", 1240, "buổi tuyên truyền"),
     Q("86.300 lượt người", 86300, "lượt người"),
     Q("15 mô hình tự quản về an ninh trật tự", 15, "mô hình tự quản về an ninh trật tự"),
     Q("214 mô hình", 214, "mô hình"),
     Q("372 nguồn tin", 372, "nguồn tin"),
     Q("58 vụ", 58, "vụ"),
     Q("91 đối tượng", 91, "đối tượng"),
     Q("26 khẩu súng tự chế", 26, "khẩu súng tự chế"),
     Q("hơn 140 kg", 140, "kg", "over"),
     Q("46 tổ nhân dân tự quản đường biên, cột mốc", 46, "tổ nhân dân tự quản đường biên, cột mốc"),
     Q("100% xã, phường, thị trấn", 100, "%"),
     Q("8 tập thể", 8, "tập thể"),
     Q("17 cá nhân", 17, "cá nhân")],
    [D("Chỉ thị", "09", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 09-CT/TW"),
     D("Thông tư liên tịch", "03", "2012/TTLT-BCA-BQP", surface="Thông tư liên tịch 03/2012/TTLT-BCA-BQP"),
     D("Kế hoạch", "35", "KH/BDVTU", issuer="Ban Dân vận Tỉnh ủy", surface="Kế hoạch 35-KH/BDVTU")],
    [prov("Tây Ninh"), com("Phước Chỉ")],
    ["CÔNG AN TỈNH TÂY NINH", "Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân bảo vệ ANTQ",
     "Ảnh: Đại tá Nguyễn Văn Tươi phát biểu kết luận.", "Dân vận khéo", "Công an nhân dân học tập, thực hiện lời Bác dạy",
     "Bàu Sen", "Khmer", "Quang Vinh (Phòng PV11)"],
    ["Thứ Sáu, ngày 08 tháng 04 năm 2016", "quý I năm 2016", "quý II", "khóa XIV", "nhiệm kỳ 2016 - 2021", "Phòng PV11"]))

# b733 Phú Yên, Hội Người cao tuổi tỉnh, hội nghị biểu dương 2016
PAGES.append(page("b733-phuyen-nct-bieuduong-2016", """
Báo Phú Yên Online
Xã hội › Người cao tuổi
Thứ Sáu, 21/10/2016 - 08:05
Biểu dương 127 người cao tuổi làm kinh tế giỏi
Các đại biểu nhận Bằng khen của Trung ương Hội Người cao tuổi Việt Nam.
(BPY) - Hôm qua, Hội Người cao tuổi tỉnh tổ chức hội nghị biểu dương người cao tuổi làm kinh tế giỏi và gương mẫu tham gia công tác dân vận năm 2016, nhân kỷ niệm Ngày Quốc tế Người cao tuổi và Tháng hành động vì người cao tuổi Việt Nam. 127 cụ ông, cụ bà tiêu biểu đến từ 9 huyện, thị xã, thành phố được biểu dương.
Dự hội nghị có ông Đàm Văn Tuấn, Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam; ông Nguyễn Chí Hiến, Phó Chủ tịch UBND tỉnh, Trưởng Ban Công tác người cao tuổi tỉnh; bà Ksor H'Bơ Khăp, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Lê Hữu Thọ, Chủ tịch Hội Người cao tuổi tỉnh.
Theo báo cáo của Hội Người cao tuổi tỉnh, toàn tỉnh hiện có 98.450 người cao tuổi, trong đó 82.300 cụ là hội viên, sinh hoạt ở 112 hội cơ sở. Trong năm, có 3.210 người cao tuổi làm kinh tế giỏi, nhiều cụ có thu nhập từ 200 đến 500 triệu đồng/năm. 460 câu lạc bộ "Ông bà mẫu mực, con cháu thảo hiền" duy trì sinh hoạt đều đặn.
Thực hiện Chỉ thị 59-CT/TW của Ban Bí thư về công tác người cao tuổi, Luật Người cao tuổi và Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020 ban hành kèm Quyết định 1781/QĐ-TTg của Thủ tướng Chính phủ, Hội đã phối hợp tổ chức chúc thọ, mừng thọ cho 14.600 cụ; Quỹ Chăm sóc và phát huy vai trò người cao tuổi các cấp đạt 4,8 tỷ đồng.
Nhiều cụ là người có uy tín trong đồng bào dân tộc thiểu số. Cụ Ma Rin, Già làng buôn Suối Mây, xã Sông Hinh (huyện Sông Hinh), 78 tuổi, đã vận động 32 hộ đồng bào Ê Đê, Ba Na bỏ phát rẫy, chuyển sang trồng keo, mía. Cụ Trần Văn Lễ, Chủ tịch Hội Người cao tuổi phường 9 (thành phố Tuy Hòa), được bầu giữ chức Trưởng ban Thanh tra nhân dân phường, tham gia hòa giải thành 21 vụ việc.
Phát biểu tại hội nghị, ông Nguyễn Chí Hiến ghi nhận sự đóng góp của người cao tuổi trong phong trào "Tuổi cao - gương sáng", đề nghị các sở, ngành tiếp tục thực hiện tốt chính sách trợ cấp xã hội, khám chữa bệnh cho người cao tuổi.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen cho 10 cá nhân; UBND tỉnh tặng Bằng khen cho 25 cá nhân.
Tại hội nghị, nhiều đại biểu trao đổi kinh nghiệm phát triển vườn cây ăn trái, nuôi bò vỗ béo, làm nước mắm truyền thống; chia sẻ cách các cụ vận động con cháu giữ gìn nếp nhà, tham gia giữ gìn an ninh thôn xóm, hòa giải mâu thuẫn trong cộng đồng dân cư.
Minh Khoa
Tin liên quan
- Hội Người cao tuổi xã An Hiệp mừng thọ 150 cụ (10/10/2016)
- Phát động Tháng hành động vì người cao tuổi năm 2016 (01/10/2016)
- Câu lạc bộ dưỡng sinh của người cao tuổi phường 7 (22/9/2016)
- Tặng 200 thẻ bảo hiểm y tế cho người cao tuổi nghèo (12/9/2016)
Báo Phú Yên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Yên. Giấy phép số 56/GP-BTTTT. Địa chỉ: 62 Lê Duẩn, phường 7, thành phố Tuy Hòa. Ghi rõ nguồn "Báo Phú Yên" khi phát hành lại thông tin từ website này. Điện thoại tòa soạn: 057.3823.xxx. Email: baophuyen@gmail.com.
""",
    "2016-10-21", "Biểu dương 127 người cao tuổi làm kinh tế giỏi",
    E("hoi_nghi", "2016", "2016-10-20"),
    [P("Đàm Văn Tuấn", "Phó Chủ tịch Trung ương Hội Người cao tuổi Việt Nam"),
     P("Nguyễn Chí Hiến", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Công tác người cao tuổi tỉnh"),
     P("Ksor H'Bơ Khăp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Hữu Thọ", "Chủ tịch Hội Người cao tuổi tỉnh"),
     P("Ma Rin", "Già làng buôn Suối Mây"),
     P("Trần Văn Lễ", "Chủ tịch Hội Người cao tuổi phường 9", "Trưởng ban Thanh tra nhân dân phường")],
    [Q("127 người cao tuổi", 127, "người cao tuổi"),
     Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
     Q("98.450 người cao tuổi", 98450, "người cao tuổi"),
     Q("82.300 cụ", 82300, "cụ"),
     Q("112 hội cơ sở", 112, "hội cơ sở"),
     Q("3.210 người cao tuổi", 3210, "người cao tuổi"),
     Q("200", 200000000, "đồng"),
     Q("500 triệu đồng", 500000000, "đồng"),
     Q("460 câu lạc bộ", 460, "câu lạc bộ"),
     Q("14.600 cụ", 14600, "cụ"),
     Q("4,8 tỷ đồng", 4800000000, "đồng"),
     Q("32 hộ", 32, "hộ"),
     Q("21 vụ việc", 21, "vụ việc"),
     Q("10 cá nhân", 10, "cá nhân"),
     Q("25 cá nhân", 25, "cá nhân")],
    [D("Chỉ thị", "59", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 59-CT/TW"),
     D("Quyết định", "1781", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 1781/QĐ-TTg")],
    [prov("Phú Yên"), com("Sông Hinh")],
    ["Báo Phú Yên Online", "Xã hội › Người cao tuổi", "Các đại biểu nhận Bằng khen của Trung ương Hội Người cao tuổi Việt Nam.",
     "(BPY)", "Ông bà mẫu mực, con cháu thảo hiền", "Tuổi cao - gương sáng", "Suối Mây", "Ê Đê, Ba Na", "Minh Khoa",
     "Luật Người cao tuổi"],
    ["Thứ Sáu, 21/10/2016 - 08:05", "năm 2016", "78 tuổi", "2012 - 2020", "phường 9"]))

# b734 Đắk Lắk, Hội Nông dân tỉnh, đối thoại với nông dân 2017
PAGES.append(page("b734-daklak-hnd-doithoai-2017", """
Báo Đắk Lắk điện tử
Chính trị | Dân vận | Nông dân
14/09/2017 16:45
Đối thoại với nông dân về giá cà phê và đất đai
Đồng chí Y Giang Gry Niê Knơng trả lời ý kiến của nông dân.
Ngày 12/9, tại huyện Krông Pắc, Hội Nông dân tỉnh Đắk Lắk phối hợp với Ban Dân vận Tỉnh ủy, UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2017, với chủ đề "Nông dân với tái canh cà phê và quản lý đất đai".
Tham dự có đồng chí Y Giang Gry Niê Knơng, Phó Chủ tịch UBND tỉnh; đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Thuận, Chủ tịch Hội Nông dân tỉnh; lãnh đạo các sở Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Ngân hàng Chính sách xã hội và gần 400 hội viên nông dân đến từ 15 huyện, thị xã, thành phố.
Theo đồng chí Nguyễn Văn Thuận, thực hiện Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ về đối thoại giữa Chủ tịch UBND các cấp với nông dân, trước hội nghị, Hội đã tổng hợp 53 ý kiến, kiến nghị của hội viên. Toàn tỉnh hiện có hơn 205.000 ha cà phê, trong đó khoảng 60.000 ha cần tái canh; giá cà phê nhân xô giảm còn 42.000 đồng/kg khiến nhiều hộ gặp khó.
Ông Y Blim Byă, nông dân buôn Ea Knốp, xã Ea Kênh, đề nghị tỉnh có gói tín dụng ưu đãi cho tái canh, lãi suất thấp hơn 7%/năm. Bà H'Nga Niê, Chi hội trưởng Chi hội nông dân buôn Kmrơng Prông A (thành phố Buôn Ma Thuột), phản ánh việc cấp giấy chứng nhận quyền sử dụng đất cho 18 hộ đồng bào Ê Đê còn chậm. Ông Trần Đình Nghĩa, nông dân xã Hòa Tiến, kiến nghị xử lý cơ sở bán phân bón giả.
Trả lời, đồng chí Y Giang Gry Niê Knơng cho biết tỉnh đang thực hiện gói tín dụng 2.000 tỷ đồng cho tái canh cà phê giai đoạn 2017 - 2020 theo Kế hoạch 5872/KH-UBND của UBND tỉnh; năm 2017 sẽ cấp 12.400 giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số. Đồng chí giao Sở Nông nghiệp và Phát triển nông thôn thanh tra 35 cơ sở kinh doanh phân bón trong quý IV.
Đồng chí H'Yim Kđoh đề nghị Hội Nông dân các cấp tiếp tục thực hiện Nghị quyết 26-NQ/TW, làm tốt vai trò cầu nối giữa Đảng, chính quyền với nông dân, theo dõi việc giải quyết các kiến nghị sau đối thoại.
Kết thúc hội nghị, 47/53 ý kiến đã được trả lời trực tiếp, số còn lại được giao các ngành trả lời bằng văn bản.
Nhiều hội viên bày tỏ phấn khởi vì các kiến nghị được lắng nghe, trả lời thẳng thắn; mong muốn hội nghị đối thoại được tổ chức thường xuyên hơn, đưa về tận buôn, thôn để bà con đồng bào dân tộc thiểu số có điều kiện tham gia, nói lên tâm tư của mình bằng tiếng mẹ đẻ.
H Ni - Quang Nhật
Lượt xem: 3.018
Tin cùng chuyên mục
- Hội Nông dân huyện Cư M'gar ra mắt tổ hợp tác trồng hồ tiêu (06/09/2017)
- Trao 30 con bò sinh sản cho hội viên nghèo huyện Ea Súp (29/08/2017)
- Tập huấn kỹ thuật tái canh cà phê cho 120 nông dân (20/08/2017)
- Nông dân Krông Búk xây dựng chuỗi liên kết sản xuất cà phê bền vững (12/08/2017)
Báo Đắk Lắk - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk. Địa chỉ: 30 Lý Thường Kiệt, thành phố Buôn Ma Thuột. Điện thoại: 0500.3852.xxx. Ghi rõ nguồn "Báo Đắk Lắk" khi phát hành lại thông tin từ website này.
""",
    "2017-09-14", "Đối thoại với nông dân về giá cà phê và đất đai",
    E("doi_thoai", "2017", "2017-09-12"),
    [P("Y Giang Gry Niê Knơng", "Phó Chủ tịch UBND tỉnh"),
     P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Thuận", "Chủ tịch Hội Nông dân tỉnh"),
     P("Y Blim Byă", "nông dân buôn Ea Knốp"),
     P("H'Nga Niê", "Chi hội trưởng Chi hội nông dân buôn Kmrơng Prông A"),
     P("Trần Đình Nghĩa", "nông dân xã Hòa Tiến")],
    [Q("gần 400 hội viên nông dân", 400, "hội viên nông dân", "approx"),
     Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
     Q("53 ý kiến, kiến nghị", 53, "ý kiến, kiến nghị"),
     Q("hơn 205.000 ha", 205000, "ha", "over"),
     Q("khoảng 60.000 ha", 60000, "ha", "approx"),
     Q("42.000 đồng/kg", 42000, "đồng"),
     Q("7%/năm", 7, "%"),
     Q("18 hộ", 18, "hộ"),
     Q("2.000 tỷ đồng", 2000000000000, "đồng"),
     Q("12.400 giấy chứng nhận quyền sử dụng đất", 12400, "giấy chứng nhận quyền sử dụng đất"),
     Q("35 cơ sở kinh doanh phân bón", 35, "cơ sở kinh doanh phân bón"),
     Q("47/53 ý kiến", 47, "ý kiến")],
    [D("Quyết định", "81", "2014/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 81/2014/QĐ-TTg"),
     D("Kế hoạch", "5872", "KH-UBND", issuer="UBND tỉnh", surface="Kế hoạch 5872/KH-UBND"),
     D("Nghị quyết", "26", "NQ/TW", surface="Nghị quyết 26-NQ/TW")],
    [prov("Đắk Lắk"), com("Ea Kênh"), com("Hòa Tiến")],
    ["Báo Đắk Lắk điện tử", "Chính trị | Dân vận | Nông dân", "Đồng chí Y Giang Gry Niê Knơng trả lời ý kiến của nông dân.",
     "Nông dân với tái canh cà phê và quản lý đất đai", "Ea Knốp", "Kmrơng Prông A", "Ê Đê", "H Ni - Quang Nhật",
     "Lượt xem: 3.018", "Krông Pắc"],
    ["14/09/2017 16:45", "năm 2017", "Ngày 12/9", "2017 - 2020", "quý IV", "Lượt xem: 3.018"]))

# b735 Bến Tre, LĐLĐ tỉnh, trao quà Tháng Công nhân 2018
PAGES.append(page("b735-bentre-ldld-traoqua-2018", """
Liên đoàn Lao động tỉnh Bến Tre
Trang chủ / Tin tức / Chăm lo đời sống
Ngày đăng: 11-05-2018 09:20
Trao 500 phần quà cho đoàn viên, công nhân lao động khó khăn
Đồng chí Phan Văn Mãi trao quà cho công nhân Khu công nghiệp Giao Long.
Sáng 10/5/2018, hưởng ứng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2018, Liên đoàn Lao động tỉnh Bến Tre tổ chức chương trình trao quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn tại các khu công nghiệp Giao Long, An Hiệp.
Đến dự và trao quà có đồng chí Phan Văn Mãi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Thị Mộng Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Thị Cẩm Tú, Chủ tịch Liên đoàn Lao động tỉnh; các đồng chí Nguyễn Văn Lũy, Lê Thị Ngọc Dung - Phó Chủ tịch Liên đoàn Lao động tỉnh.
Tại buổi lễ, Liên đoàn Lao động tỉnh trao 500 phần quà, mỗi phần trị giá 600.000 đồng, gồm tiền mặt và nhu yếu phẩm, tổng trị giá 300 triệu đồng. Nguồn kinh phí do Quỹ Xã hội công đoàn tỉnh và các doanh nghiệp đóng góp. Cùng dịp, Công đoàn Khu công nghiệp trao 3 "Mái ấm Công đoàn" cho đoàn viên chưa có nhà ở ổn định, mỗi căn được hỗ trợ 40 triệu đồng.
Chị Huỳnh Thị Mỹ Lệ, công nhân Công ty TNHH Dệt may Alliance One, có chồng bị tai nạn lao động, xúc động cho biết món quà giúp gia đình trang trải tiền học cho hai con.
Đồng chí Võ Thị Cẩm Tú cho biết, thực hiện Nghị quyết 7c/NQ-BCH của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về chương trình "Nhà ở cho đoàn viên công đoàn" và Chỉ thị 01/CT-TLĐ của Đoàn Chủ tịch Tổng Liên đoàn, từ đầu năm đến nay các cấp công đoàn trong tỉnh đã thăm, tặng 2.460 suất quà cho đoàn viên khó khăn, trị giá hơn 1,1 tỷ đồng; tổ chức 28 cuộc đối thoại định kỳ tại doanh nghiệp.
Phát biểu tại buổi lễ, đồng chí Phan Văn Mãi đề nghị doanh nghiệp quan tâm nhiều hơn đến đời sống vật chất, tinh thần của công nhân, bảo đảm việc làm, tiền lương, an toàn lao động; các cấp công đoàn phát huy vai trò đại diện, xây dựng quan hệ lao động hài hòa. Ông Trương Văn Bé Tư, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, thay mặt công nhân hứa thi đua lao động sản xuất.
Bến Tre hiện có 5 khu, cụm công nghiệp với khoảng 38.000 công nhân, 70% là lao động nữ.
Theo ghi nhận, nhiều doanh nghiệp dệt may, chế biến thủy sản trên địa bàn đang thiếu đơn hàng, công nhân phải nghỉ luân phiên; các cấp công đoàn đã chủ động nắm tình hình, kịp thời đề xuất hỗ trợ những trường hợp khó khăn đột xuất, không để công nhân bị bỏ lại phía sau.
Thúy Hằng
Các tin đã đưa
- Phát động Tháng hành động về an toàn, vệ sinh lao động (02/05/2018)
- Công đoàn ngành Y tế tổ chức hội thao chào mừng ngày 1/5 (28/04/2018)
- Liên đoàn Lao động huyện Mỏ Cày Nam khánh thành "Mái ấm Công đoàn" (20/04/2018)
- Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 5 (10/04/2018)
- Bình xét 120 công nhân vay vốn Quỹ Trợ vốn CEP (02/04/2018)
Liên đoàn Lao động tỉnh Bến Tre. Địa chỉ: số 7, đường Hùng Vương, phường 3, thành phố Bến Tre. Điện thoại: 075.3822.xxx. Chịu trách nhiệm nội dung: Ban Tuyên giáo Liên đoàn Lao động tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.
""",
    "2018-05-11", "Trao 500 phần quà cho đoàn viên, công nhân lao động khó khăn",
    E("trao_qua", None, "2018-05-10"),
    [P("Phan Văn Mãi", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
     P("Trần Thị Mộng Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Võ Thị Cẩm Tú", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Nguyễn Văn Lũy", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Lê Thị Ngọc Dung", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Huỳnh Thị Mỹ Lệ", "công nhân Công ty TNHH Dệt may Alliance One"),
     P("Trương Văn Bé Tư", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh")],
    [Q("500 phần quà", 500, "phần quà"),
     Q("600.000 đồng", 600000, "đồng"),
     Q("300 triệu đồng", 300000000, "đồng"),
     Q("3 \"Mái ấm Công đoàn\"", 3, "Mái ấm Công đoàn"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("2.460 suất quà", 2460, "suất quà"),
     Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
     Q("28 cuộc đối thoại", 28, "cuộc đối thoại"),
     Q("5 khu, cụm công nghiệp", 5, "khu, cụm công nghiệp"),
     Q("khoảng 38.000 công nhân", 38000, "công nhân", "approx"),
     Q("70%", 70, "%")],
    [D("Nghị quyết", "7c", "NQ-BCH", issuer="Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", surface="Nghị quyết 7c/NQ-BCH"),
     D("Chỉ thị", "01", "CT-TLĐ", issuer="Đoàn Chủ tịch Tổng Liên đoàn", surface="Chỉ thị 01/CT-TLĐ")],
    [prov("Bến Tre")],
    ["Liên đoàn Lao động tỉnh Bến Tre", "Trang chủ / Tin tức / Chăm lo đời sống",
     "Đồng chí Phan Văn Mãi trao quà cho công nhân Khu công nghiệp Giao Long.", "Tháng Công nhân", "Mái ấm Công đoàn",
     "Nhà ở cho đoàn viên công đoàn", "Quỹ Xã hội công đoàn", "Thúy Hằng"],
    ["Ngày đăng: 11-05-2018 09:20", "năm 2018", "hai con", "Sáng 10/5/2018"]))

# b736 Nghệ An, Bộ CHQS tỉnh, tổng kết công tác dân vận năm 2018
PAGES.append(page("b736-nghean-bchqs-tongket-2018", """
BÁO NGHỆ AN
Quốc phòng - An ninh >> Quân sự địa phương
Cập nhật lúc 17:30 ngày 20/12/2018
Toàn cảnh hội nghị.
Lực lượng vũ trang Nghệ An giúp dân 21.000 ngày công
(Baonghean.vn) - Chiều 19/12, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2018, triển khai nhiệm vụ năm 2019. Năm 2018, cán bộ, chiến sĩ lực lượng vũ trang tỉnh đã giúp nhân dân 21.000 ngày công.
Dự hội nghị có Đại tá Nguyễn Hữu Thân, Phó Chủ nhiệm Chính trị Quân khu 4; đồng chí Lô Thị Kim Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy. Chủ trì hội nghị có Đại tá Trần Văn Khoát, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh; các đồng chí Đại tá Hoàng Văn Hòa, Thượng tá Vi Văn Chiến - Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
Đại tá Trần Văn Khoát phát biểu kết luận hội nghị.
Năm 2018, thực hiện Nghị quyết 49-NQ/QUTW của Quân ủy Trung ương về công tác dân vận của Quân đội trong tình hình mới và phong trào thi đua "Dân vận khéo", lực lượng vũ trang tỉnh đã phối hợp với cấp ủy, chính quyền các địa phương làm mới, sửa chữa 42 km đường giao thông nông thôn, nạo vét 18 km kênh mương; xây dựng 25 nhà "Đồng đội" và "Đại đoàn kết" tặng gia đình chính sách, hộ nghèo, tổng kinh phí 1,75 tỷ đồng.
Các đội công tác của Bộ Chỉ huy Quân sự tỉnh tăng cường về 27 xã vùng đặc biệt khó khăn ở các huyện Kỳ Sơn, Tương Dương, Quế Phong, giúp đồng bào Mông, Khơ Mú, Thái ổn định sản xuất, giữ gìn an ninh; khám bệnh, cấp thuốc miễn phí cho 4.300 lượt người. Thiếu tá Lầu Bá Chồng, Đội trưởng Đội công tác số 2, được đồng bào bản Huồi Giảng, xã Nậm Càn tin tưởng như người con của bản.
Tại hội nghị, đồng chí Lô Thị Kim Ngân đánh giá cao việc thực hiện Quy chế phối hợp số 12/QCPH-BDVTU-BCHQS giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh, đồng thời đề nghị lực lượng vũ trang tiếp tục xây dựng các mô hình "Dân vận khéo" gắn với Cuộc vận động "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ".
Năm 2019, Bộ Chỉ huy Quân sự tỉnh phấn đấu 100% đơn vị có mô hình dân vận khéo, mỗi cơ quan, đơn vị kết nghĩa với ít nhất 1 xã khó khăn.
Dịp này, Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 12 tập thể và 20 cá nhân; ông Moong Văn Lả, Bí thư Chi bộ bản Xốp Lau, xã Mường Lống, được biểu dương vì nhiều năm phối hợp với bộ đội vận động đồng bào.
Các đại biểu thảo luận những khó khăn trong công tác dân vận ở vùng biên, vùng đồng bào có đạo, nơi còn xảy ra tình trạng tuyên truyền đạo trái pháp luật, di cư tự do; đề xuất tăng thời gian bám bản của các đội công tác, bồi dưỡng tiếng dân tộc cho cán bộ, chiến sĩ.
Phan Anh - Hữu Nghĩa
Lượt xem: 2.540
Tin khác
- Bộ đội Biên phòng Nghệ An tặng quà cho học sinh nghèo vùng biên (15/12/2018)
- Diễn tập khu vực phòng thủ huyện Anh Sơn năm 2018 (05/12/2018)
- Hội thao quốc phòng lực lượng dân quân tự vệ tỉnh (28/11/2018)
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An. Giấy phép số 108/GP-BTTTT. Địa chỉ: 13 Nguyễn Thị Minh Khai, thành phố Vinh. Điện thoại: 038.3844.xxx. Ghi rõ nguồn "Báo Nghệ An" khi phát hành lại thông tin từ website này.
""",
    "2018-12-20", "Lực lượng vũ trang Nghệ An giúp dân 21.000 ngày công",
    E("tong_ket", "2018", "2018-12-19"),
    [P("Nguyễn Hữu Thân", "Đại tá", "Phó Chủ nhiệm Chính trị Quân khu 4"),
     P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Văn Khoát", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
     P("Hoàng Văn Hòa", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
     P("Vi Văn Chiến", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
     P("Lầu Bá Chồng", "Thiếu tá", "Đội trưởng Đội công tác số 2"),
     P("Moong Văn Lả", "Bí thư Chi bộ bản Xốp Lau")],
    [Q("21.000 ngày công", 21000, "ngày công"),
     Q("42 km", 42, "km"),
     Q("18 km", 18, "km"),
     Q("25 nhà", 25, "nhà"),
     Q("1,75 tỷ đồng", 1750000000, "đồng"),
     Q("27 xã", 27, "xã"),
     Q("4.300 lượt người", 4300, "lượt người"),
     Q("100% đơn vị", 100, "%"),
     Q("12 tập thể", 12, "tập thể"),
     Q("20 cá nhân", 20, "cá nhân")],
    [D("Nghị quyết", "49", "NQ/QUTW", issuer="Quân ủy Trung ương", surface="Nghị quyết 49-NQ/QUTW"),
     D("Quy chế phối hợp", "12", "QCPH-BDVTU-BCHQS", surface="Quy chế phối hợp số 12/QCPH-BDVTU-BCHQS")],
    [prov("Nghệ An"), com("Nậm Càn"), com("Mường Lống")],
    ["BÁO NGHỆ AN", "Quốc phòng - An ninh >> Quân sự địa phương", "Toàn cảnh hội nghị.", "(Baonghean.vn)",
     "Đại tá Trần Văn Khoát phát biểu kết luận hội nghị.", "Dân vận khéo", "Đồng đội", "Đại đoàn kết",
     "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ", "Huồi Giảng", "Phan Anh - Hữu Nghĩa",
     "Lượt xem: 2.540"],
    ["Cập nhật lúc 17:30 ngày 20/12/2018", "năm 2018", "năm 2019", "Quân khu 4", "Đội công tác số 2", "1 xã khó khăn",
     "Chiều 19/12", "Lượt xem: 2.540"]))
