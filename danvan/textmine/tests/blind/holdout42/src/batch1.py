from lib import *

PAGES = []

# ---------------------------------------------------------------- b965
PAGES.append(page("b965-binhduong-bdv-congnhan-tongket-2011", """
BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử
Trang chủ » Chính trị » Dân vận
Thứ Năm, 29/12/2011 - 09:20
Nâng cao hiệu quả công tác dân vận trong doanh nghiệp
(BDO) Ngày 28/12, Ban Dân vận Tỉnh ủy phối hợp Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Lê Thị Kim Hoa, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh.
Theo báo cáo, hiện toàn tỉnh có hơn 730.000 công nhân lao động đang làm việc tại 28 khu công nghiệp và các cụm công nghiệp, trong đó gần 60% là lao động từ các tỉnh khác đến. Năm qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 15/4/2011 về tăng cường công tác dân vận trong các doanh nghiệp có vốn đầu tư nước ngoài; tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Ban Chấp hành Trung ương (khóa X) về xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa. Ban Dân vận Tỉnh ủy cũng ban hành Kế hoạch số 34-KH/BDVTU hướng dẫn xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước.
Các cấp công đoàn đã thành lập mới 86 công đoàn cơ sở, kết nạp 21.400 đoàn viên, nâng tổng số công đoàn cơ sở toàn tỉnh lên 1.245. Liên đoàn Lao động tỉnh hỗ trợ xây dựng 35 Mái ấm Công đoàn, mỗi căn 30 triệu đồng; trao 120 suất học bổng cho con công nhân nghèo học giỏi. Tổng kinh phí chăm lo cho người lao động trong năm hơn 1,8 tỷ đồng. Số vụ ngừng việc tập thể giảm còn 47 vụ, phần lớn được giải quyết trong ngày nhờ đối thoại kịp thời.
Toàn cảnh hội nghị tổng kết. Ảnh: Q.Chiến
Tại hội nghị, ông Huỳnh Minh Tâm, Chủ tịch Công đoàn các Khu công nghiệp Bình Dương, cho rằng nhiều chủ doanh nghiệp nước ngoài chưa hiểu vai trò của tổ chức công đoàn, việc tổ chức đối thoại định kỳ tại nơi làm việc còn hình thức. Bà Nguyễn Thị Thu Sương, chủ tịch công đoàn cơ sở Công ty TNHH Giày da Phú Lợi, chia sẻ kinh nghiệm vận động chủ doanh nghiệp xây dựng nhà ăn, nhà trẻ cho con công nhân. Đại diện Đảng ủy xã Tân Định và thị trấn Mỹ Phước nêu khó khăn trong quản lý nhà trọ công nhân.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận kết quả phong trào thi đua "Dân vận khéo" trong khối doanh nghiệp và đề nghị năm 2012 tập trung nắm tình hình tư tưởng công nhân, nhất là dịp Tết; vận động doanh nghiệp thực hiện thỏa ước lao động tập thể, hỗ trợ vé xe cho công nhân về quê đón Tết.
Dịp này, 14 tập thể và 22 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Minh Duy
Tin liên quan
- Liên đoàn Lao động tỉnh trao 2.000 vé xe cho công nhân về quê ăn Tết (26/12/2011)
- Thuận An: đối thoại giữa doanh nghiệp và người lao động (19/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Dĩ An (09/12/2011)
- Chăm lo đời sống công nhân nhà trọ (01/12/2011)
""",
    "2011-12-29", "Nâng cao hiệu quả công tác dân vận trong doanh nghiệp",
    E("tong_ket", "2011", "2011-12-28"),
    [P("Trần Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Thị Kim Hoa", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Huỳnh Minh Tâm", "Chủ tịch Công đoàn các Khu công nghiệp Bình Dương"),
     P("Nguyễn Thị Thu Sương", "chủ tịch công đoàn cơ sở Công ty TNHH Giày da Phú Lợi"),
     P("Nguyễn Văn Hùng", "Phó Bí thư Thường trực Tỉnh ủy")],
    [Q("hơn 730.000 công nhân lao động", 730000, "công nhân lao động", "over"),
     Q("28 khu công nghiệp", 28, "khu công nghiệp"),
     Q("gần 60%", 60, "%", "approx"),
     Q("86 công đoàn cơ sở", 86, "công đoàn cơ sở"),
     Q("21.400 đoàn viên", 21400, "đoàn viên"),
     Q("lên 1.245", 1245, "công đoàn cơ sở"),
     Q("35 Mái ấm Công đoàn", 35, "Mái ấm Công đoàn"),
     Q("30 triệu đồng", 30000000, "đồng"),
     Q("120 suất học bổng", 120, "suất học bổng"),
     Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
     Q("47 vụ", 47, "vụ"),
     Q("14 tập thể", 14, "tập thể"),
     Q("22 cá nhân", 22, "cá nhân")],
    [D("Chỉ thị", "12", "CT/TU", "2011-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
     D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW"),
     D("Kế hoạch", "34", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 34-KH/BDVTU")],
    [prov("Bình Dương"), com("Tân Định"), com("Mỹ Phước")],
    ["BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử", "Trang chủ » Chính trị » Dân vận",
     "Toàn cảnh hội nghị tổng kết. Ảnh: Q.Chiến", "Dân vận khéo", "Mái ấm Công đoàn"],
    ["Thứ Năm, 29/12/2011 - 09:20", "khóa X", "năm 2012"]))

# ---------------------------------------------------------------- b966
PAGES.append(page("b966-tayninh-bdv-caodai-hoinghi-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ | Giới thiệu | Tin hoạt động | Dân tộc - Tôn giáo | Văn bản
Tin hoạt động > Dân tộc - Tôn giáo
Hội nghị tiếp xúc chức sắc, chức việc các hệ phái Cao Đài năm 2012
Ngày đăng: 20/08/2012 | Lượt xem: 1.254
Sáng 17/8, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy phối hợp Ban Tôn giáo tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc chức sắc, chức việc các hệ phái Cao Đài năm 2012. Đến dự có 215 đại biểu là chức sắc, chức việc của Hội Thánh Cao Đài Tòa Thánh Tây Ninh và 7 hệ phái Cao Đài khác đang hoạt động trên địa bàn tỉnh.
Về phía lãnh đạo tỉnh có đồng chí Võ Thị Ngọc Lan, Phó Bí thư Tỉnh ủy; đồng chí Phan Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Lê Hữu Phước, Trưởng Ban Tôn giáo tỉnh.
Báo cáo tại hội nghị cho biết, Tây Ninh hiện có hơn 520.000 tín đồ Cao Đài, chiếm gần 50% dân số toàn tỉnh, với 110 thánh thất, điện thờ. Thời gian qua, chức sắc, chức việc và tín đồ Cao Đài tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đóng góp hơn 3,2 tỷ đồng cho quỹ "Vì người nghèo", làm mới và sửa chữa 64 căn nhà tình thương, hiến 12.000 m2 đất để mở rộng đường giao thông nông thôn. Nhiều họ đạo đã duy trì bếp ăn từ thiện tại Bệnh viện Đa khoa tỉnh, mỗi ngày phục vụ từ 700 đến 900 suất cơm miễn phí.
Tại hội nghị, Giáo Hữu Thượng Tường Thanh, Đầu Tộc Đạo thị xã Tây Ninh, phát biểu bày tỏ sự đồng thuận với chủ trương sắp xếp khu vực xung quanh Tòa Thánh. Chánh Trị Sự Nguyễn Văn Thống, thánh thất xã Trường Hòa, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho một số thánh thất. Lễ Sanh Ngọc Đẹp Thanh, thuộc Ban Thế Đạo, đề nghị tỉnh tiếp tục tạo điều kiện tổ chức lễ Hội Yến Diêu Trì Cung vào tháng 8 âm lịch.
Phát biểu kết luận, đồng chí Võ Thị Ngọc Lan cảm ơn những đóng góp của đồng bào theo đạo Cao Đài, đề nghị chức sắc tiếp tục vận động tín đồ thực hiện tốt Pháp lệnh Tín ngưỡng, tôn giáo và Nghị định số 22/2005/NĐ-CP của Chính phủ hướng dẫn thi hành một số điều của Pháp lệnh; sống "tốt đời, đẹp đạo", không để kẻ xấu lợi dụng chia rẽ khối đại đoàn kết. Các ngành chức năng được giao tiếp thu, trả lời các kiến nghị trước ngày 30/9.
Dịp này, Ban Dân vận Tỉnh ủy tặng 30 phần quà cho các chức sắc cao niên, mỗi phần trị giá 1 triệu đồng.
Ban Biên tập
Các tin khác
- Hội nghị giao ban khối dân vận 6 tháng đầu năm 2012 (16/07/2012)
- Thăm, chúc mừng lễ Phật đản năm 2012 (05/05/2012)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (20/04/2012)
- Gò Dầu: ra mắt mô hình "Họ đạo văn hóa" (02/04/2012)
- Ban Dân vận Tỉnh ủy làm việc với Hội Thánh Cao Đài Tòa Thánh Tây Ninh (15/03/2012)
""",
    "2012-08-20", "Hội nghị tiếp xúc chức sắc, chức việc các hệ phái Cao Đài năm 2012",
    E("hoi_nghi", "2012", "2012-08-17"),
    [P("Võ Thị Ngọc Lan", "Phó Bí thư Tỉnh ủy"),
     P("Phan Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Hữu Phước", "Trưởng Ban Tôn giáo tỉnh"),
     P("Thượng Tường Thanh", "Giáo Hữu", "Đầu Tộc Đạo thị xã Tây Ninh"),
     P("Nguyễn Văn Thống", "Chánh Trị Sự"),
     P("Ngọc Đẹp Thanh", "Lễ Sanh")],
    [Q("215 đại biểu", 215, "đại biểu"),
     Q("7 hệ phái Cao Đài", 7, "hệ phái Cao Đài"),
     Q("hơn 520.000 tín đồ Cao Đài", 520000, "tín đồ Cao Đài", "over"),
     Q("gần 50%", 50, "%", "approx"),
     Q("110 thánh thất, điện thờ", 110, "thánh thất, điện thờ"),
     Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
     Q("64 căn nhà tình thương", 64, "căn nhà tình thương"),
     Q("12.000 m2", 12000, "m2"),
     Q("từ 700", 700, "suất cơm"),
     Q("900 suất cơm", 900, "suất cơm"),
     Q("30 phần quà", 30, "phần quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP")],
    [prov("Tây Ninh"), com("Trường Hòa")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY TÂY NINH",
     "Trang chủ | Giới thiệu | Tin hoạt động | Dân tộc - Tôn giáo | Văn bản", "Tin hoạt động > Dân tộc - Tôn giáo",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "tốt đời, đẹp đạo",
     "Pháp lệnh Tín ngưỡng, tôn giáo", "Hội Yến Diêu Trì Cung", "Tòa Thánh Tây Ninh", "Ban Thế Đạo"],
    ["Lượt xem: 1.254", "tháng 8 âm lịch", "ngày 30/9"]))

# ---------------------------------------------------------------- b967
PAGES.append(page("b967-angiang-bdvhu-hoahao-soket-2013", """
Báo An Giang Online
Thời sự | Chính trị | Xây dựng Đảng
09/07/2013 - 15:42
Phú Tân: Phát huy vai trò tín đồ Phật giáo Hòa Hảo trong xây dựng nông thôn mới
(BAG) - Ngày 8-7, Ban Dân vận Huyện ủy Phú Tân tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm. Đồng chí Trịnh Văn Bé, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Phú Tân là địa bàn có đông tín đồ Phật giáo Hòa Hảo sinh sống, với khoảng 190.000 tín đồ, chiếm trên 80% dân số của huyện. Trong 6 tháng, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 27-KH/HU về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; phối hợp Ban Trị sự Phật giáo Hòa Hảo các xã, thị trấn vận động tín đồ đóng góp xây dựng 9 cây cầu bê tông nông thôn với tổng kinh phí 2,35 tỷ đồng, trong đó bà con tín đồ đóng góp gần 1,6 tỷ đồng.
Các hội quán, tổ phổ thông đã duy trì 38 điểm phát cơm, nước uống miễn phí, 14 tủ thuốc nam và 6 đội cứu cấp, hỏa táng từ thiện. Mô hình "Ấp văn hóa - tín đồ gương mẫu" của xã Phú Thành được nhân rộng ra 11 ấp.
Tại hội nghị, ông Huỳnh Văn Thơ, Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Phú Thạnh, đề nghị các ngành hướng dẫn cụ thể việc tổ chức Đại lễ kỷ niệm ngày khai đạo 18-5 âm lịch để bảo đảm an toàn khi lượng khách về Tổ đình ngày càng đông. Bà Lê Thị Hường, Phó Chủ tịch Ủy ban MTTQ huyện, cho biết đã có 1.326 hộ tín đồ đăng ký "Gia đình văn hóa".
Đồng chí Nguyễn Thanh Tùng, Phó Bí thư Thường trực Huyện ủy, đề nghị trong 6 tháng cuối năm, khối dân vận tiếp tục quán triệt Nghị quyết 25, thực hiện Chỉ thị 04-CT/HU của Ban Thường vụ Huyện ủy về củng cố tổ dân vận ấp, phấn đấu 100% ấp có tổ dân vận hoạt động hiệu quả; đồng thời phối hợp giữ vững mối quan hệ tốt đẹp với Ban Trị sự Phật giáo Hòa Hảo các cấp.
Hội nghị cũng chỉ ra một số hạn chế: công tác nắm tình hình tư tưởng ở một số ấp chưa kịp thời; việc phối hợp giữa tổ dân vận với chi hội các đoàn thể còn lúng túng; một số vụ khiếu nại về đất đai ở vùng ven sông Hậu kéo dài, chưa được đối thoại dứt điểm. Một số cán bộ dân vận cơ sở kiêm nhiệm nhiều việc nên chưa dành thời gian đi cơ sở, gặp gỡ, lắng nghe ý kiến của bà con tín đồ.
Dịp này, Ban Dân vận Huyện ủy khen thưởng 8 tập thể có thành tích trong phong trào "Dân vận khéo".
Hữu Lộc
Bài viết liên quan
- Chợ Mới sơ kết công tác dân vận 6 tháng đầu năm (05/07/2013)
- Tín đồ Phật giáo Hòa Hảo chung tay xây cầu nông thôn (21/06/2013)
- Tân Châu: trao 40 căn nhà Đại đoàn kết (10/06/2013)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận ở Châu Phú (28/05/2013)
- Tín đồ Hòa Hảo với phong trào hiến đất làm đường (14/05/2013)
""",
    "2013-07-09", "Phú Tân: Phát huy vai trò tín đồ Phật giáo Hòa Hảo trong xây dựng nông thôn mới",
    E("so_ket", "2013-H1", "2013-07-08"),
    [P("Trịnh Văn Bé", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
     P("Huỳnh Văn Thơ", "Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Phú Thạnh"),
     P("Lê Thị Hường", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Nguyễn Thanh Tùng", "Phó Bí thư Thường trực Huyện ủy")],
    [Q("khoảng 190.000 tín đồ", 190000, "tín đồ", "approx"),
     Q("trên 80%", 80, "%", "over"),
     Q("9 cây cầu bê tông nông thôn", 9, "cây cầu bê tông nông thôn"),
     Q("2,35 tỷ đồng", 2350000000, "đồng"),
     Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
     Q("38 điểm phát cơm, nước uống miễn phí", 38, "điểm phát cơm, nước uống miễn phí"),
     Q("14 tủ thuốc nam", 14, "tủ thuốc nam"),
     Q("6 đội cứu cấp, hỏa táng từ thiện", 6, "đội cứu cấp, hỏa táng từ thiện"),
     Q("11 ấp", 11, "ấp"),
     Q("1.326 hộ tín đồ", 1326, "hộ tín đồ"),
     Q("100% ấp", 100, "%"),
     Q("8 tập thể", 8, "tập thể")],
    [D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU"),
     D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
     D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 04-CT/HU")],
    [prov("An Giang"), com("Phú Thành"), com("Phú Thạnh")],
    ["Báo An Giang Online", "Thời sự | Chính trị | Xây dựng Đảng", "(BAG)", "Ấp văn hóa - tín đồ gương mẫu",
     "Gia đình văn hóa", "Dân vận khéo"],
    ["09/07/2013 - 15:42", "6 tháng đầu năm 2013", "6 tháng cuối năm", "18-5 âm lịch", "khóa XI"]))

# ---------------------------------------------------------------- b968
PAGES.append(page("b968-khanhhoa-mttq-ngudan-traoqua-2014", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận
Cập nhật lúc 16:35, Thứ Ba, 17/06/2014
Trao 300 phần quà và 1.000 lá cờ Tổ quốc cho ngư dân bám biển
Ảnh: Lãnh đạo tỉnh trao cờ Tổ quốc cho ngư dân phường Vĩnh Phước.
Chiều 16-6, tại cảng cá Hòn Rớ, Ủy ban MTTQ Việt Nam tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Hội Nghề cá tỉnh tổ chức chương trình "Đồng hành cùng ngư dân bám biển", trao 300 phần quà và 1.000 lá cờ Tổ quốc cho ngư dân các phường Vĩnh Phước, Phước Đồng, xã Ninh Vân (thị xã Ninh Hòa) và huyện Vạn Ninh.
Tham dự có bà Nguyễn Thị Thu Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Trương Công Sơn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; ông Đỗ Quang Bình, Chủ tịch Hội Nghề cá tỉnh.
Theo Ủy ban MTTQ tỉnh, từ đầu tháng 5 đến nay, Quỹ "Hỗ trợ ngư dân bám biển" của tỉnh Khánh Hòa đã tiếp nhận hơn 4,7 tỷ đồng từ các doanh nghiệp, tổ chức tôn giáo và người dân. Trong đó, Giáo phận Nha Trang ủng hộ 350 triệu đồng, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh ủng hộ 200 triệu đồng. Mỗi phần quà gồm 2 triệu đồng tiền mặt và nhu yếu phẩm trị giá 500.000 đồng. Toàn tỉnh hiện có 2.965 tàu cá với gần 17.000 lao động, trong đó 412 tàu có công suất từ 90 CV trở lên thường xuyên khai thác ở vùng biển Hoàng Sa, Trường Sa.
Ông Trần Văn Tám, chủ tàu KH 96459 TS ở phường Vĩnh Phước, cho biết từ đầu năm, tàu của ông đã ra khơi nhiều chuyến, mỗi chuyến kéo dài khoảng 20 ngày. "Có sự động viên của Mặt trận, của bộ đội biên phòng, bà con ngư dân chúng tôi càng yên tâm bám biển", ông Tám nói. Ông Lê Văn Hòa, Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ số 3, cho biết tổ có 6 tàu luôn đi cùng nhau để hỗ trợ khi gặp sự cố.
Phát biểu tại buổi trao quà, bà Nguyễn Thị Thu Vân đề nghị ngư dân tiếp tục chấp hành nghiêm quy định về khai thác hải sản, giữ liên lạc thường xuyên với các đồn biên phòng; thực hiện tốt Quyết định số 48/2010/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ khai thác, nuôi trồng hải sản trên các vùng biển xa. Việc phân bổ quà được thực hiện theo Kế hoạch số 21/KH-MTTQ-BTT ngày 05/6/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, ưu tiên ngư dân có tàu bị hư hỏng.
Tại buổi trao quà, nhiều ngư dân bày tỏ mong muốn được hỗ trợ vay vốn đóng tàu vỏ thép, được tập huấn kỹ năng sơ cứu, cứu nạn trên biển và được cung cấp thông tin dự báo thời tiết kịp thời hơn. Đại diện Hội Nghề cá tỉnh cho biết sẽ tổng hợp các kiến nghị, báo cáo cấp có thẩm quyền.
Dịp này, Bộ đội Biên phòng tỉnh tặng thêm 50 túi thuốc và 50 áo phao cho các tổ đoàn kết.
Bảo Ngọc
Tin cùng chuyên mục
- Giáo phận Nha Trang ủng hộ ngư dân bám biển (12/06/2014)
- Ủy ban MTTQ tỉnh phát động ủng hộ Quỹ hỗ trợ ngư dân (29/05/2014)
- Vạn Ninh: trao quà cho ngư dân gặp nạn (20/05/2014)
- Cam Ranh: thành lập thêm tổ đoàn kết trên biển (08/05/2014)
""",
    "2014-06-17", "Trao 300 phần quà và 1.000 lá cờ Tổ quốc cho ngư dân bám biển",
    E("trao_qua", None, "2014-06-16"),
    [P("Nguyễn Thị Thu Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trương Công Sơn", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
     P("Đỗ Quang Bình", "Chủ tịch Hội Nghề cá tỉnh"),
     P("Trần Văn Tám", "chủ tàu KH 96459 TS"),
     P("Lê Văn Hòa", "Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ số 3")],
    [Q("300 phần quà", 300, "phần quà"),
     Q("1.000 lá cờ Tổ quốc", 1000, "lá cờ Tổ quốc"),
     Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
     Q("350 triệu đồng", 350000000, "đồng"),
     Q("200 triệu đồng", 200000000, "đồng"),
     Q("2 triệu đồng", 2000000, "đồng"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("2.965 tàu cá", 2965, "tàu cá"),
     Q("gần 17.000 lao động", 17000, "lao động", "approx"),
     Q("412 tàu", 412, "tàu"),
     Q("6 tàu", 6, "tàu"),
     Q("50 túi thuốc", 50, "túi thuốc"),
     Q("50 áo phao", 50, "áo phao")],
    [D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg"),
     D("Kế hoạch", "21", "KH-MTTQ-BTT", "2014-06-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT")],
    [prov("Khánh Hòa"), com("Vĩnh Phước"), com("Phước Đồng"), com("Ninh Vân")],
    ["BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận",
     "Ảnh: Lãnh đạo tỉnh trao cờ Tổ quốc cho ngư dân phường Vĩnh Phước.", "Đồng hành cùng ngư dân bám biển",
     "Hỗ trợ ngư dân bám biển", "Giáo phận Nha Trang", "Hoàng Sa, Trường Sa", "KH 96459 TS"],
    ["Cập nhật lúc 16:35, Thứ Ba, 17/06/2014", "90 CV", "khoảng 20 ngày", "số 3", "96459"]))

# ---------------------------------------------------------------- b969
PAGES.append(page("b969-soctrang-bdv-khmer-hoinghi-2015", """
Báo Sóc Trăng - Cơ quan ngôn luận của Đảng bộ tỉnh Sóc Trăng
Trang chủ / Dân tộc - Tôn giáo
Họp mặt sư sãi, achar và người có uy tín nhân dịp Tết Chôl Chnăm Thmây
10-04-2015 08:10
Ngày 9/4, Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam tỉnh phối hợp tổ chức hội nghị họp mặt sư sãi, achar và người có uy tín trong đồng bào Khmer nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2015. Tham dự có hơn 400 đại biểu đại diện cho 92 chùa Phật giáo Nam tông Khmer trong tỉnh.
Dự và chủ trì hội nghị có các đồng chí: Lâm Văn Sang, Phó Bí thư Tỉnh ủy; Trần Văn Nhẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Kim Thành Đạt, Trưởng Ban Dân tộc tỉnh. Về phía chức sắc có Hòa thượng Lý Sa Ra, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Thượng tọa Thạch Sa Vươn, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Bôtum Vong Sa Som Rông.
Báo cáo tại hội nghị cho biết, năm 2014, đồng bào Khmer đóng góp hơn 6,5 tỷ đồng và 18.000 ngày công xây dựng đường giao thông nông thôn, nhà văn hóa ấp; các chùa mở 136 lớp dạy chữ Khmer hè cho hơn 4.300 học sinh. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm từ 19,5% xuống còn 15,2%. Tỉnh đã triển khai thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ đối với người có uy tín trong đồng bào dân tộc thiểu số, hiện có 388 người có uy tín được hưởng chế độ.
Tại hội nghị, Đại đức Thạch Sóc Kha, trụ trì chùa Kh'Leang, phát biểu cảm ơn sự quan tâm của cấp ủy, chính quyền và đề nghị tăng thời lượng chương trình phát thanh tiếng Khmer. Ông Sơn Sà Ret - achar chùa Prếk Chrum - xin ý kiến việc xây dựng nhà hỏa táng tập trung. Bà Thạch Thị Sa Phia, người có uy tín ấp Bưng Cốc, xã Thạnh Thới An, kể về kinh nghiệm vận động bà con không nghe theo lời kích động của tổ chức "Khmer Krom".
Nhiều ý kiến cũng phản ánh tình trạng một bộ phận thanh niên Khmer đi làm ăn xa ở các khu công nghiệp miền Đông Nam Bộ, để lại người già và trẻ nhỏ ở nhà; đề nghị các cấp quan tâm đào tạo nghề tại chỗ, tạo việc làm ổn định cho thanh niên ngay tại địa phương.
Phát biểu tại hội nghị, đồng chí Lâm Văn Sang chúc đồng bào Khmer đón Tết vui tươi, an toàn, tiết kiệm; đề nghị sư sãi, achar tiếp tục tuyên truyền đồng bào thực hiện tốt Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, góp phần giữ vững an ninh chính trị ở cơ sở.
Dịp này, Ban tổ chức trao 92 phần quà, mỗi phần trị giá 2 triệu đồng, cho 92 chùa.
Trung Hiếu
Tin khác
- Thăm, chúc Tết Chôl Chnăm Thmây tại huyện Trần Đề (08/04/2015)
- Mỹ Xuyên: trao 20 căn nhà Đại đoàn kết cho hộ Khmer nghèo (02/04/2015)
- Tập huấn công tác dân tộc cho cán bộ ấp (25/03/2015)
- Vĩnh Châu: họp mặt người có uy tín trong đồng bào Khmer (20/03/2015)
- Ban Dân vận Tỉnh ủy thăm các chùa Khmer ở Long Phú (11/03/2015)
""",
    "2015-04-10", "Họp mặt sư sãi, achar và người có uy tín nhân dịp Tết Chôl Chnăm Thmây",
    E("hoi_nghi", "2015", "2015-04-09"),
    [P("Lâm Văn Sang", "Phó Bí thư Tỉnh ủy"),
     P("Trần Văn Nhẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Kim Thành Đạt", "Trưởng Ban Dân tộc tỉnh"),
     P("Lý Sa Ra", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Thạch Sa Vươn", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Bôtum Vong Sa Som Rông"),
     P("Thạch Sóc Kha", "Đại đức", "trụ trì chùa Kh'Leang"),
     P("Sơn Sà Ret", "achar chùa Prếk Chrum"),
     P("Thạch Thị Sa Phia", "người có uy tín ấp Bưng Cốc")],
    [Q("hơn 400 đại biểu", 400, "đại biểu", "over"),
     Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
     Q("hơn 6,5 tỷ đồng", 6500000000, "đồng", "over"),
     Q("18.000 ngày công", 18000, "ngày công"),
     Q("136 lớp dạy chữ Khmer hè", 136, "lớp dạy chữ Khmer hè"),
     Q("hơn 4.300 học sinh", 4300, "học sinh", "over"),
     Q("19,5%", 19.5, "%"),
     Q("15,2%", 15.2, "%"),
     Q("388 người có uy tín", 388, "người có uy tín"),
     Q("92 phần quà", 92, "phần quà"),
     Q("2 triệu đồng", 2000000, "đồng")],
    [D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
     D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW")],
    [prov("Sóc Trăng"), com("Thạnh Thới An")],
    ["Báo Sóc Trăng - Cơ quan ngôn luận của Đảng bộ tỉnh Sóc Trăng", "Trang chủ / Dân tộc - Tôn giáo",
     "Hội Đoàn kết sư sãi yêu nước tỉnh", "Khmer Krom", "Chôl Chnăm Thmây"],
    ["10-04-2015 08:10", "năm 2014"]))

# ---------------------------------------------------------------- b970
PAGES.append(page("b970-dongnai-bdv-congiao-taphuan-2016", """
ĐỒNG NAI ĐIỆN TỬ
Bạn đang ở: Trang chủ >> Thời sự >> Chính trị
Thứ Sáu, 23/09/2016, 14:05 [GMT+7]
Tập huấn công tác vận động đồng bào Công giáo cho cán bộ cơ sở
Đồng chí Đặng Thị Hồng Thắm phát biểu khai mạc lớp tập huấn. Ảnh: K.Minh
(ĐN) - Trong 2 ngày 21 và 22-9, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác vận động đồng bào Công giáo năm 2016 cho 180 học viên là cán bộ dân vận, Mặt trận và trưởng ấp, khu phố ở các địa bàn có đông giáo dân thuộc huyện Thống Nhất, Trảng Bom và thành phố Biên Hòa.
Khai mạc lớp tập huấn, đồng chí Đặng Thị Hồng Thắm, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy, cho biết Đồng Nai hiện có hơn 1 triệu đồng bào có đạo, trong đó đồng bào Công giáo khoảng 940.000 người, sinh hoạt tại 262 giáo xứ thuộc Giáo phận Xuân Lộc. Nhiều giáo xứ có trên 90% dân số là giáo dân.
Các học viên được nghe Linh mục Giuse Trần Văn Khải, Phó Tổng Đại diện Giáo phận Xuân Lộc, giới thiệu về tổ chức và sinh hoạt của Giáo hội Công giáo; ông Vũ Đình Luận, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 18-CT/TU ngày 12/5/2016 của Tỉnh ủy về tăng cường công tác vận động đồng bào có đạo và Quy chế phối hợp số 05-QC/BDVTU giữa Ban Dân vận Tỉnh ủy với Ban Tôn giáo tỉnh.
Chia sẻ tại lớp tập huấn, ông Phạm Văn Nghĩa, Bí thư Chi bộ, Trưởng ấp Bùi Chu, xã Bắc Sơn, cho biết ấp có 1.850 hộ thì 1.790 hộ là giáo dân. Ấp đã phối hợp với Ban Hành giáo giáo xứ vận động bà con hiến 4.200 m2 đất làm đường, xây dựng 27 "Tổ tự quản an ninh trật tự". Bà Trịnh Thị Mai, trưởng khu phố 5, phường Tân Biên, chia sẻ cách vận động giáo dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" thông qua Hội Các bà mẹ Công giáo.
Ngày 22-9, các học viên đi thực tế tại giáo xứ Ngọc Đồng và làm việc với Linh mục Phêrô Nguyễn Văn Thanh, chánh xứ giáo xứ Ngọc Đồng. Linh mục cho biết mỗi năm giáo xứ vận động giáo dân đóng góp khoảng 300 triệu đồng cho công tác từ thiện, trao 150 suất học bổng cho học sinh nghèo không phân biệt lương, giáo.
Trao đổi tại lớp tập huấn, nhiều học viên nêu khó khăn trong vận động giáo dân ở các khu dân cư mới, nơi có đông người từ các tỉnh phía Bắc vào lập nghiệp; việc giải quyết đề nghị xây dựng, sửa chữa cơ sở thờ tự ở một số nơi còn chậm; cán bộ ấp, khu phố chưa được tập huấn thường xuyên về chính sách tôn giáo nên còn lúng túng khi tiếp xúc với chức sắc.
Bế mạc lớp tập huấn, đồng chí Đặng Thị Hồng Thắm yêu cầu học viên vận dụng kiến thức vào thực tiễn, gắn với phong trào thi đua "Dân vận khéo".
Kim Minh
Xem thêm
- Biên Hòa: gặp mặt chức sắc các tôn giáo (15/09/2016)
- Ban Dân vận Tỉnh ủy làm việc với Tòa Giám mục Xuân Lộc (30/08/2016)
- Trảng Bom nhân rộng mô hình "Giáo xứ bình yên" (12/08/2016)
- Thống Nhất: giáo dân hiến đất làm đường (02/08/2016)
""",
    "2016-09-23", "Tập huấn công tác vận động đồng bào Công giáo cho cán bộ cơ sở",
    E("tap_huan", "2016", "2016-09-21"),
    [P("Đặng Thị Hồng Thắm", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Giuse Trần Văn Khải", "Linh mục", "Phó Tổng Đại diện Giáo phận Xuân Lộc"),
     P("Vũ Đình Luận", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
     P("Phạm Văn Nghĩa", "Bí thư Chi bộ", "Trưởng ấp Bùi Chu"),
     P("Trịnh Thị Mai", "trưởng khu phố 5"),
     P("Phêrô Nguyễn Văn Thanh", "Linh mục", "chánh xứ giáo xứ Ngọc Đồng")],
    [Q("180 học viên", 180, "học viên"),
     Q("hơn 1 triệu đồng bào có đạo", 1000000, "đồng bào có đạo", "over"),
     Q("khoảng 940.000 người", 940000, "người", "approx"),
     Q("262 giáo xứ", 262, "giáo xứ"),
     Q("trên 90%", 90, "%", "over"),
     Q("1.850 hộ", 1850, "hộ"),
     Q("1.790 hộ là giáo dân", 1790, "hộ"),
     Q("4.200 m2", 4200, "m2"),
     Q("27 \"Tổ tự quản an ninh trật tự\"", 27, "Tổ tự quản an ninh trật tự"),
     Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"),
     Q("150 suất học bổng", 150, "suất học bổng")],
    [D("Chỉ thị", "18", "CT/TU", "2016-05-12", "Tỉnh ủy", "Chỉ thị số 18-CT/TU"),
     D("Quy chế", "05", "QC/BDVTU", None, None, "Quy chế phối hợp số 05-QC/BDVTU")],
    [prov("Đồng Nai"), com("Bắc Sơn"), com("Tân Biên")],
    ["ĐỒNG NAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ >> Thời sự >> Chính trị",
     "Đồng chí Đặng Thị Hồng Thắm phát biểu khai mạc lớp tập huấn. Ảnh: K.Minh", "(ĐN)", "Giáo phận Xuân Lộc",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Hội Các bà mẹ Công giáo", "Dân vận khéo", "Giáo xứ bình yên"],
    ["Thứ Sáu, 23/09/2016, 14:05 [GMT+7]", "2 ngày", "khu phố 5", "hơn 1 triệu đồng bào"]))
