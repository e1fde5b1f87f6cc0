from lib import *
PAGES = []

PAGES.append(page("b9767-tuyenquang-tinlanh-dienhinh-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Chính trị | Dân tộc - Tôn giáo
Thứ Sáu, 22/08/2025 - 10:30
Các điển hình tiên tiến nhận Bằng khen của UBND tỉnh.
Biểu dương 52 điển hình tiên tiến trong đồng bào theo đạo Tin lành
Ngày 21/8, tại xã Đồng Văn, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Sở Dân tộc và Tôn giáo tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước của đồng bào theo đạo Tin lành giai đoạn 2020 - 2025. Đồng chí Hầu Văn Chư, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang. Toàn tỉnh hiện có hơn 95.000 tín đồ Tin lành, phần lớn là đồng bào Mông, Dao ở các xã vùng cao núi đá, sinh hoạt tại 238 điểm nhóm và chi hội thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc).
Báo cáo tại hội nghị cho biết, 5 năm qua, các chức sắc, chức việc đã vận động tín đồ chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, thực hiện Chỉ thị 18-CT/TW của Ban Bí thư; tích cực tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", góp ngày công xóa 640 căn nhà tạm, nhà dột nát; 1.870 hộ tín đồ thoát nghèo. Tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào theo đạo giảm rõ rệt.
Nhiều điển hình được giới thiệu tại hội nghị. Mục sư Vàng Seo Chứ, Quản nhiệm Chi hội Tin lành Sủng Trái, xã Đồng Văn, vận động 46 hộ tín đồ hiến hơn 1,2 ha đất làm đường liên thôn. Bà Giàng Thị Dợ, Trưởng thôn Sà Lủng, xã Lũng Cú, dẫn dắt tổ hợp tác dệt lanh với 32 thành viên, thu nhập mỗi người khoảng 4 triệu đồng/tháng. Anh Sùng Mí Páo, chấp sự điểm nhóm Tin lành Pả Vi, xã Mèo Vạc, đã đứng ra hòa giải thành 11 vụ việc mâu thuẫn trong cộng đồng.
Phát biểu tại hội nghị, bà Ma Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đánh giá các điển hình là minh chứng cho tinh thần "sống tốt đời, đẹp đạo" của đồng bào theo đạo. Ông Lù Văn Sính, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết sở đang hướng dẫn các xã thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ sau khi chính quyền địa phương hai cấp đi vào hoạt động.
Đồng chí Hầu Văn Chư đề nghị cấp ủy các xã, phường tiếp tục thực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 10/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác vận động quần chúng trong vùng đồng bào theo đạo; chú trọng phát hiện, nhân rộng gương người tốt, việc tốt.
Dịp này, theo Quyết định số 1525/QĐ-UBND ngày 15/8/2025 của UBND tỉnh, 52 điển hình tiên tiến được tặng Bằng khen, mỗi điển hình kèm 3 triệu đồng tiền thưởng.
Minh Đức
Lượt xem: 1.356
Tin liên quan
- Đồng Văn: 15 điểm nhóm Tin lành ký cam kết không tảo hôn (12/08/2025)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2 (05/08/2025)
- Ra mắt Sở Dân tộc và Tôn giáo tỉnh sau hợp nhất (01/07/2025)
""", "2025-08-22", "Biểu dương 52 điển hình tiên tiến trong đồng bào theo đạo Tin lành",
E("hoi_nghi", None, "2025-08-21"),
[P("Hầu Văn Chư", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Seo Chứ", "Mục sư", "Quản nhiệm Chi hội Tin lành Sủng Trái"),
 P("Giàng Thị Dợ", "Trưởng thôn Sà Lủng"),
 P("Sùng Mí Páo", "chấp sự điểm nhóm Tin lành Pả Vi"),
 P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Văn Sính", "Phó Giám đốc Sở Dân tộc và Tôn giáo")],
[Q("52 điển hình tiên tiến", 52, "điển hình tiên tiến"), Q("hơn 95.000 tín đồ Tin lành", 95000, "tín đồ Tin lành", "over"),
 Q("238 điểm nhóm và chi hội", 238, "điểm nhóm và chi hội"), Q("640 căn nhà tạm, nhà dột nát", 640, "căn nhà tạm, nhà dột nát"),
 Q("1.870 hộ tín đồ", 1870, "hộ tín đồ"), Q("46 hộ tín đồ", 46, "hộ tín đồ"), Q("hơn 1,2 ha", 1.2, "ha", "over"),
 Q("32 thành viên", 32, "thành viên"), Q("khoảng 4 triệu đồng", 4000000, "đồng", "approx"),
 Q("11 vụ việc mâu thuẫn", 11, "vụ việc mâu thuẫn"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2025-07-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU ngày 10/7/2025"),
 D("Quyết định", "1525", "QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 1525/QĐ-UBND ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lũng Cú"), com("Mèo Vạc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Chính trị | Dân tộc - Tôn giáo",
 "Các điển hình tiên tiến nhận Bằng khen của UBND tỉnh.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "sống tốt đời, đẹp đạo", "Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc)", "Lượt xem: 1.356"],
["Thứ Sáu, 22/08/2025 - 10:30", "giai đoạn 2020 - 2025", "5 năm", "Lượt xem: 1.356"]))

PAGES.append(page("b9768-vinhlong-uybandoanketconggiao-daihoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Thứ Bảy, 18/10/2025
Trang chủ > Thời sự > Tôn giáo
17-10-2025 | 15:05
Ảnh: Ban Thường trực Ủy ban Đoàn kết Công giáo tỉnh khóa I ra mắt đại hội.
Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh Vĩnh Long lần thứ I
Ngày 16/10, tại phường Long Châu, Ủy ban Đoàn kết Công giáo Việt Nam tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Dự đại hội có 150 đại biểu là linh mục, tu sĩ và giáo dân tiêu biểu đại diện cho hơn 200.000 giáo dân ở 125 giáo xứ trong tỉnh.
Dự và chỉ đạo đại hội có đồng chí Kim Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Lê Văn Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội Nông dân tỉnh.
Báo cáo tổng kết nhiệm kỳ 2020 - 2025 của Ủy ban Đoàn kết Công giáo ba tỉnh cho thấy, đồng bào Công giáo đã tích cực hưởng ứng phong trào thi đua yêu nước, đóng góp hơn 32 tỷ đồng xây dựng 210 căn nhà Đại đoàn kết, làm cầu, đường nông thôn; 97% hộ gia đình Công giáo đạt danh hiệu gia đình văn hóa. Nhiều giáo xứ có mô hình "Giáo xứ xanh - sạch - đẹp", "Tủ sách khuyến học" hoạt động hiệu quả.
Phát biểu chỉ đạo, đồng chí Kim Thị Hồng Nhung ghi nhận Ủy ban Đoàn kết Công giáo đã làm tốt vai trò cầu nối giữa cấp ủy, chính quyền với giáo dân, nhất là trong thời gian sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp. Đồng chí đề nghị Ủy ban tiếp tục thực hiện Chỉ thị 18-CT/TW của Ban Bí thư và Kết luận 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới.
Tham luận tại đại hội, Linh mục Phanxicô Xaviê Lê Hoàng Nam, Chánh xứ giáo xứ Cái Nhum, xã Cái Nhum, chia sẻ kinh nghiệm vận động giáo dân cùng chính quyền xây dựng 3 tuyến đường nông thôn kiểu mẫu; bà Nguyễn Thị Ngọc Dung, giáo dân giáo xứ Mỏ Cày, xã Mỏ Cày, nói về hoạt động của nhóm bác ái chăm lo 65 người già neo đơn.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa I. Linh mục Phêrô Huỳnh Văn Tâm được hiệp thương cử giữ chức Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; Linh mục Giuse Trần Minh Đức, Linh mục Phaolô Nguyễn Văn Lực, ông Thạch Sơn Hải - Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.
Đại hội thông qua Chương trình hành động nhiệm kỳ 2025 - 2030 theo Hướng dẫn số 12-HD/MTTQ-BTT ngày 5/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, với chỉ tiêu mỗi giáo xứ có ít nhất 2 công trình, phần việc thiết thực chào mừng đại hội Đảng các cấp.
Hồng Loan
Tin liên quan
- Trà Ôn: giáo dân góp 2 tỷ đồng làm cầu (10/10/2025)
- Hội nghị hiệp thương thỏa thuận cơ cấu, thành phần Ủy ban Đoàn kết Công giáo tỉnh (25/09/2025)
- Thăm Tòa Giám mục Vĩnh Long nhân dịp Lễ Phục sinh (20/04/2025)
""", "2025-10-17", "Đại hội đại biểu Ủy ban Đoàn kết Công giáo tỉnh Vĩnh Long lần thứ I",
E("dai_hoi", None, "2025-10-16"),
[P("Kim Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội Nông dân tỉnh"),
 P("Phanxicô Xaviê Lê Hoàng Nam", "Linh mục", "Chánh xứ giáo xứ Cái Nhum"),
 P("Nguyễn Thị Ngọc Dung"),
 P("Phêrô Huỳnh Văn Tâm", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Giuse Trần Minh Đức", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Phaolô Nguyễn Văn Lực", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Thạch Sơn Hải", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 200.000 giáo dân", 200000, "giáo dân", "over"), Q("125 giáo xứ", 125, "giáo xứ"),
 Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"), Q("210 căn nhà Đại đoàn kết", 210, "căn nhà Đại đoàn kết"),
 Q("97%", 97, "%"), Q("3 tuyến đường nông thôn kiểu mẫu", 3, "tuyến đường nông thôn kiểu mẫu"),
 Q("65 người già neo đơn", 65, "người già neo đơn"), Q("45 vị", 45, "vị"),
 Q("ít nhất 2 công trình, phần việc", 2, "công trình, phần việc", "over")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12-HD/MTTQ-BTT ngày 5/8/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Cái Nhum"), com("Mỏ Cày")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Trang chủ > Thời sự > Tôn giáo",
 "Ảnh: Ban Thường trực Ủy ban Đoàn kết Công giáo tỉnh khóa I ra mắt đại hội.", "Giáo xứ xanh - sạch - đẹp", "Tủ sách khuyến học"],
["Thứ Bảy, 18/10/2025", "17-10-2025 | 15:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2020 - 2025", "khóa I"]))

PAGES.append(page("b9769-khanhhoa-giangsinh-traoqua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Xã hội › Dân tộc - Tôn giáo
Thứ Tư, 24/12/2025, 08:05
Lãnh đạo tỉnh thăm, tặng quà các cơ sở Công giáo, Tin lành nhân dịp Giáng sinh 2025
Ngày 22/12, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do đồng chí Đặng Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Nha Trang, một số giáo xứ và chi hội Tin lành trên địa bàn tỉnh nhân dịp Lễ Giáng sinh.
Đoàn công tác chúc mừng Giáng sinh tại Tòa Giám mục Nha Trang. Ảnh: Phương Nghi
Tại Tòa Giám mục ở phường Bắc Nha Trang, đồng chí Đặng Thị Mỹ Hạnh gửi lời chúc mừng đến Giám mục Giuse Lê Đình Khiêm, Giám mục giáo phận Nha Trang cùng các linh mục, tu sĩ và giáo dân; ghi nhận những đóng góp của đồng bào Công giáo trong phong trào thi đua yêu nước, đặc biệt là công tác cứu trợ sau đợt mưa lũ tháng 11 vừa qua, khi các giáo xứ đã hỗ trợ hơn 4,2 tỷ đồng và 35 tấn gạo cho người dân vùng ngập.
Tại vùng Ninh Thuận cũ, đoàn đã thăm giáo xứ Tấn Tài ở phường Phan Rang và Chi hội Tin lành Phước Bình của đồng bào Raglai ở xã Phước Bình. Mục sư Katơr Văn Tâm, Quản nhiệm Chi hội Tin lành Phước Bình, bày tỏ phấn khởi khi con đường bê tông dài 2,5 km vào khu sản xuất đã hoàn thành, trong đó tín đồ góp 1.100 ngày công.
Dịp này, đoàn trao 600 suất quà cho giáo dân, tín đồ có hoàn cảnh khó khăn, mỗi suất trị giá 700.000 đồng, và bàn giao 2 căn nhà Đại đoàn kết cho hộ nghèo ở xã Ninh Phước, mỗi căn trị giá 60 triệu đồng. Quà do Ủy ban MTTQ Việt Nam tỉnh vận động từ Quỹ "Vì người nghèo" và các doanh nghiệp.
Ông Thiên Sanh Mạnh, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết toàn tỉnh hiện có hơn 230.000 tín đồ Công giáo và khoảng 28.000 tín đồ Tin lành. Các hoạt động mừng Lễ Giáng sinh năm nay được tổ chức theo Kế hoạch số 214-KH/BTGDVTU ngày 2/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, bảo đảm trang trọng, an toàn.
Cùng ngày, các đồng chí Phó Chủ tịch UBND tỉnh: Lê Hữu Hoàng, Mấu Thị Nhịp dẫn các đoàn đi thăm, tặng quà tại các giáo xứ thuộc khu vực Cam Ranh, Ninh Hòa.
Giám mục Giuse Lê Đình Khiêm cảm ơn sự quan tâm của lãnh đạo tỉnh, khẳng định sẽ tiếp tục hướng dẫn giáo dân "sống Phúc âm giữa lòng dân tộc", đồng hành cùng chính quyền trong tái thiết sau thiên tai và xây dựng đời sống văn hóa ở khu dân cư.
Phương Nghi
Tin liên quan
- Gặp mặt chức sắc các tôn giáo nhân dịp cuối năm (18/12/2025)
- Trao 300 phần quà cho đồng bào Chăm, Raglai vùng lũ (28/11/2025)
- Khánh Sơn: giáo dân góp 500 ngày công khắc phục sạt lở (15/11/2025)
""", "2025-12-24", "Lãnh đạo tỉnh thăm, tặng quà các cơ sở Công giáo, Tin lành nhân dịp Giáng sinh 2025",
E("trao_qua", None, "2025-12-22"),
[P("Đặng Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Lê Đình Khiêm", "Giám mục", "Giám mục giáo phận Nha Trang"),
 P("Katơr Văn Tâm", "Mục sư", "Quản nhiệm Chi hội Tin lành Phước Bình"),
 P("Thiên Sanh Mạnh", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Lê Hữu Hoàng", "Phó Chủ tịch UBND tỉnh"),
 P("Mấu Thị Nhịp", "Phó Chủ tịch UBND tỉnh")],
[Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("35 tấn", 35, "tấn"), Q("2,5 km", 2.5, "km"),
 Q("1.100 ngày công", 1100, "ngày công"), Q("600 suất quà", 600, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 230.000 tín đồ Công giáo", 230000, "tín đồ Công giáo", "over"),
 Q("khoảng 28.000 tín đồ Tin lành", 28000, "tín đồ Tin lành", "approx")],
[D("Kế hoạch", "214", "KH/BTGDVTU", "2025-12-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 214-KH/BTGDVTU ngày 2/12/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bắc Nha Trang"), com("Phan Rang"), com("Phước Bình"), com("Ninh Phước")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Xã hội › Dân tộc - Tôn giáo",
 "Đoàn công tác chúc mừng Giáng sinh tại Tòa Giám mục Nha Trang. Ảnh: Phương Nghi", "Tòa Giám mục Nha Trang",
 "Vì người nghèo", "sống Phúc âm giữa lòng dân tộc"],
["Thứ Tư, 24/12/2025, 08:05", "Giáng sinh 2025", "tháng 11"]))

PAGES.append(page("b9770-cantho-suai-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
You are here: Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo
Cập nhật: 16:40, 16/01/2026
Phát huy vai trò sư sãi trong xây dựng khối đại đoàn kết
Ngày 15/1, Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ tổ chức hội nghị tổng kết công tác năm 2025, triển khai phương hướng năm 2026. Hòa thượng Tăng Sa Mon, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố chủ trì; đồng chí Lâm Thị Chanh Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố dự và phát biểu.
Hòa thượng Tăng Sa Mon trình bày báo cáo tổng kết. Ảnh: Sóc Kha
Năm 2025 là năm đầu tiên Hội hoạt động trên địa bàn thành phố Cần Thơ mới, sau khi hợp nhất với hai tỉnh Sóc Trăng và Hậu Giang. Thành phố hiện có 146 chùa Phật giáo Nam tông Khmer với gần 4.200 sư sãi. Trong năm, Hội đã vận động sư sãi, Phật tử tham gia phong trào thi đua yêu nước "Cần Thơ chung tay vì người nghèo", đóng góp hơn 35 tỷ đồng; các chùa mở 260 lớp dạy chữ Khmer hè, trao 1.800 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo; 412 hộ Khmer thoát nghèo.
Các Phó Chủ tịch Hội: Thượng tọa Lý Sô Phon, Đại đức Thạch Sáo Nết đã báo cáo kết quả phối hợp thực hiện Chỉ thị 19-CT/TW của Ban Bí thư và Kết luận 08, 09-KL/TU của Ban Thường vụ Thành ủy về công tác ở vùng đồng bào dân tộc Khmer. Trong năm, các vị sư sãi đã tham gia tuyên truyền về sắp xếp đơn vị hành chính tại 38 xã, phường có đông đồng bào Khmer, góp phần ổn định tư tưởng nhân dân.
Tại hội nghị, Đại đức Lâm Chanh Đa, trụ trì chùa Phnô Đôn, xã Lịch Hội Thượng, chia sẻ mô hình chùa tham gia bảo vệ môi trường, thu gom rác thải nhựa; Achar Sơn Văn Phước, chùa Som Rông, phường Phú Lợi, cho biết ban quản trị chùa duy trì 2 lớp tin học miễn phí cho thanh thiếu niên Khmer. Ông Huỳnh Văn Ngon, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy, ghi nhận Hội đã phối hợp tốt Kế hoạch số 17-KH/BTGDVTU ngày 20/2/2025 của Ban Tuyên giáo và Dân vận Thành ủy.
Phát biểu chỉ đạo, đồng chí Lâm Thị Chanh Thu đề nghị năm 2026 Hội tiếp tục vận động sư sãi, Phật tử thực hiện phong trào "Phum sóc văn hóa - an toàn", tham gia tích cực các cuộc vận động do Mặt trận phát động; chuẩn bị tốt cho Đại hội đại biểu Hội nhiệm kỳ 2026 - 2031.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 14 tập thể, 26 cá nhân tiêu biểu, trong đó có chùa Kh'Leang và chùa Sà Lôn ở xã Kế Sách.
Sóc Kha
Lượt truy cập: 102.584
Tin liên quan
- Họp mặt 300 sư sãi, achar nhân dịp cuối năm (08/01/2026)
- Trao 200 suất học bổng cho học sinh Khmer (20/12/2025)
- Hội nghị Ban Chấp hành Ủy ban MTTQ thành phố (10/12/2025)
""", "2026-01-16", "Phát huy vai trò sư sãi trong xây dựng khối đại đoàn kết",
E("tong_ket", "2025", "2026-01-15"),
[P("Tăng Sa Mon", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Lâm Thị Chanh Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lý Sô Phon", "Thượng tọa", "Phó Chủ tịch Hội"),
 P("Thạch Sáo Nết", "Đại đức", "Phó Chủ tịch Hội"),
 P("Lâm Chanh Đa", "Đại đức", "trụ trì chùa Phnô Đôn"),
 P("Sơn Văn Phước", "Achar"),
 P("Huỳnh Văn Ngon", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy")],
[Q("146 chùa Phật giáo Nam tông Khmer", 146, "chùa Phật giáo Nam tông Khmer"), Q("gần 4.200 sư sãi", 4200, "sư sãi", "approx"),
 Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("260 lớp dạy chữ Khmer hè", 260, "lớp dạy chữ Khmer hè"),
 Q("1.800 phần quà", 1800, "phần quà"), Q("412 hộ Khmer", 412, "hộ Khmer"), Q("38 xã, phường", 38, "xã, phường"),
 Q("2 lớp tin học miễn phí", 2, "lớp tin học miễn phí"), Q("14 tập thể", 14, "tập thể"),
 Q("26 cá nhân tiêu biểu", 26, "cá nhân tiêu biểu")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 08, 09-KL/TU"),
 D("Kế hoạch", "17", "KH/BTGDVTU", "2025-02-20", "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 17-KH/BTGDVTU ngày 20/2/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Phú Lợi"), com("Kế Sách")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ",
 "You are here: Trang chủ > Tin hoạt động > Dân tộc - Tôn giáo", "Hòa thượng Tăng Sa Mon trình bày báo cáo tổng kết. Ảnh: Sóc Kha",
 "Cần Thơ chung tay vì người nghèo", "Phum sóc văn hóa - an toàn", "Lượt truy cập: 102.584"],
["Cập nhật: 16:40, 16/01/2026", "năm 2025", "năm 2026", "Năm 2025", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 102.584"]))

PAGES.append(page("b9771-tayninh-caodai-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Thứ Năm, 09/04/2026
Vị trí: Chính trị / Dân vận - Tôn giáo
08/04/2026 | 10:15
Quang cảnh hội nghị giao ban.
Phối hợp chặt chẽ với Hội thánh Cao Đài trong vận động tín đồ
Chiều 7/4, tại phường Long Hoa, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị giao ban công tác tôn giáo quý I năm 2026 với Hội thánh Cao Đài Tòa Thánh Tây Ninh. Đồng chí Nguyễn Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Tây Ninh (mới) có hơn 1,1 triệu tín đồ Cao Đài thuộc nhiều hệ phái, sinh hoạt tại 215 họ đạo, thánh thất, điện thờ, trong đó có 34 họ đạo ở địa bàn Long An cũ. Quý I, Đại lễ Vía Đức Chí Tôn mùng 9 tháng Giêng tại Tòa Thánh thu hút khoảng 600.000 lượt người, được tổ chức trang nghiêm, an toàn; không xảy ra vụ việc mất an ninh trật tự.
Theo báo cáo của Sở Dân tộc và Tôn giáo do ông Trần Minh Sang, Giám đốc Sở trình bày, trong quý các họ đạo đã vận động chức sắc, tín đồ đóng góp 12,5 tỷ đồng cho công tác từ thiện xã hội, xây 45 căn nhà tình thương và duy trì 19 bếp cơm chay miễn phí. Việc thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ tại cấp xã cơ bản thông suốt; 8 hồ sơ đề nghị sửa chữa cơ sở thờ tự đã được giải quyết đúng hạn.
Phối sư Thái Lâm Thanh, Thường trực Hội Thánh Cửu Trùng Đài, cảm ơn sự quan tâm của cấp ủy, chính quyền; cho biết Hội thánh tiếp tục hưởng ứng phong trào thi đua "Tây Ninh chung sức xây dựng nông thôn mới, đô thị văn minh", hướng dẫn tín đồ ở các xã vùng biên như Phước Vinh, Hòa Hội giữ gìn an ninh biên giới. Hiền tài Đoàn Văn Năm, Đầu họ đạo Đức Hòa, xã Đức Hòa, nêu 28 ý kiến của tín đồ gửi đến hội nghị, chủ yếu về đất đai và thủ tục hành chính.
Ông Lương Văn Bình, Chủ tịch UBND phường Long Hoa, và bà Trần Thị Ngọc Giàu, Bí thư Đảng ủy xã Đức Hòa, đã tiếp thu, trả lời trực tiếp các ý kiến thuộc thẩm quyền cấp xã.
Kết luận giao ban, đồng chí Nguyễn Thị Thanh Thủy đề nghị các cơ quan tiếp tục thực hiện Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 45-KH/BTGDVTU ngày 12/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác vận động đồng bào Cao Đài năm 2026; chuẩn bị chu đáo Đại lễ Hội Yến Diêu Trì Cung trong quý III; giao ban quý II dự kiến tổ chức vào đầu tháng 7.
Ngọc Bích
Lượt xem: 2.041
Tin cùng chuyên mục
- Gặp mặt chức sắc Cao Đài nhân dịp Tết Nguyên đán Bính Ngọ 2026 (10/02/2026)
- Hòa Thành: 20 họ đạo ký giao ước thi đua năm 2026 (25/01/2026)
- Tổng kết công tác tôn giáo năm 2025 (08/01/2026)
""", "2026-04-08", "Phối hợp chặt chẽ với Hội thánh Cao Đài trong vận động tín đồ",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Nguyễn Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Sang", "Giám đốc Sở"),
 P("Thái Lâm Thanh", "Phối sư", "Thường trực Hội Thánh Cửu Trùng Đài"),
 P("Đoàn Văn Năm", "Hiền tài", "Đầu họ đạo Đức Hòa"),
 P("Lương Văn Bình", "Chủ tịch UBND phường Long Hoa"),
 P("Trần Thị Ngọc Giàu", "Bí thư Đảng ủy xã Đức Hòa")],
[Q("hơn 1,1 triệu tín đồ Cao Đài", 1100000, "tín đồ Cao Đài", "over"),
 Q("215 họ đạo, thánh thất, điện thờ", 215, "họ đạo, thánh thất, điện thờ"), Q("34 họ đạo", 34, "họ đạo"),
 Q("khoảng 600.000 lượt người", 600000, "lượt người", "approx"), Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("45 căn nhà tình thương", 45, "căn nhà tình thương"), Q("19 bếp cơm chay miễn phí", 19, "bếp cơm chay miễn phí"),
 Q("8 hồ sơ", 8, "hồ sơ"), Q("28 ý kiến", 28, "ý kiến")],
[D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Kế hoạch", "45", "KH/BTGDVTU", "2026-01-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BTGDVTU ngày 12/1/2026")],
[prov("Tây Ninh"), prov("Long An"), com("Long Hoa"), com("Phước Vinh"), com("Hòa Hội"), com("Đức Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Vị trí: Chính trị / Dân vận - Tôn giáo", "Quang cảnh hội nghị giao ban.",
 "Tòa Thánh Tây Ninh", "Đại lễ Vía Đức Chí Tôn", "Tây Ninh chung sức xây dựng nông thôn mới, đô thị văn minh",
 "Đại lễ Hội Yến Diêu Trì Cung", "Lượt xem: 2.041"],
["Thứ Năm, 09/04/2026", "08/04/2026 | 10:15", "quý I năm 2026", "mùng 9 tháng Giêng", "năm 2026", "quý III", "quý II",
 "tháng 7", "Lượt xem: 2.041"]))

PAGES.append(page("b9772-ninhbinh-xuantruong-conggiao-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH
Trang chủ | Tin tức - Sự kiện | Công tác dân vận
Ngày đăng: 20/05/2026 - 17:10
Đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân vùng giáo năm 2026
Sáng 19/5, tại Hội trường UBND xã, Đảng ủy xã Xuân Trường tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân, chức sắc, chức việc các giáo xứ trên địa bàn năm 2026. Đồng chí Vũ Thị Hằng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị. Tham dự có hơn 250 đại biểu.
Xã Xuân Trường (mới) được thành lập trên cơ sở sắp xếp 4 xã, thị trấn thuộc huyện Xuân Trường, tỉnh Nam Định cũ; có 19 giáo họ thuộc 7 giáo xứ với hơn 18.000 giáo dân, chiếm khoảng 52% dân số. Những năm qua, đồng bào Công giáo luôn đi đầu trong phong trào thi đua "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; năm 2025 bà con giáo dân đã góp 5,6 tỷ đồng, hiến 2.400 m2 đất làm đường, nâng cấp 12 nhà văn hóa xóm.
Hội nghị được tổ chức theo Kế hoạch số 36-KH/ĐU ngày 2/4/2026 của Đảng ủy xã, thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ. Trước hội nghị, Ủy ban MTTQ Việt Nam xã đã tổng hợp 64 ý kiến, kiến nghị của nhân dân và chức sắc, chức việc.
Tại hội nghị, Linh mục Đaminh Phạm Văn Khang, Chánh xứ giáo xứ Trung Linh, đề nghị xã quan tâm giải quyết tình trạng ngập úng ở khu vực xóm Trung Linh và sớm hoàn thành tuyến đường liên xóm. Ông Nguyễn Văn Đạo, Trùm trưởng giáo họ Phú Nhai, kiến nghị hướng dẫn thủ tục cấp phép tu sửa nhà nguyện đã xuống cấp. Bà Trần Thị Thoa ở xóm 5 phản ánh việc chậm chi trả chế độ cho người cao tuổi sau khi sắp xếp địa giới.
Ông Trần Quốc Việt, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, và các Phó Chủ tịch UBND xã: Đỗ Văn Khoa, Phạm Thị Lan đã trực tiếp trả lời 51 ý kiến; 13 ý kiến vượt thẩm quyền được tổng hợp báo cáo UBND tỉnh Ninh Bình và Sở Dân tộc và Tôn giáo. Đồng chí Mai Văn Tùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ giám sát việc thực hiện các cam kết sau đối thoại.
Kết luận hội nghị, đồng chí Vũ Thị Hằng đề nghị các giáo xứ tiếp tục phát huy phương châm "Kính Chúa, yêu nước", tích cực tham gia phong trào "Giáo xứ văn minh, an toàn"; giao UBND xã giải quyết dứt điểm các kiến nghị trước ngày 30/6/2026; xã sẽ tặng giấy khen cho 10 giáo họ tiêu biểu vào dịp tổng kết cuối năm.
Ban Biên tập
Lượt truy cập: 48.770
Tin liên quan
- Xã Xuân Trường gặp mặt chức sắc nhân Lễ Phục sinh 2026 (03/04/2026)
- Hội nghị tổng kết công tác dân vận năm 2025 (12/01/2026)
- Ra mắt mô hình "Xóm giáo bình yên" ở giáo họ Phú Nhai (15/12/2025)
""", "2026-05-20", "Đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân vùng giáo năm 2026",
E("doi_thoai", "2026", "2026-05-19"),
[P("Vũ Thị Hằng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đaminh Phạm Văn Khang", "Linh mục", "Chánh xứ giáo xứ Trung Linh"),
 P("Nguyễn Văn Đạo", "Trùm trưởng giáo họ Phú Nhai"),
 P("Trần Thị Thoa"),
 P("Trần Quốc Việt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Văn Khoa", "Phó Chủ tịch UBND xã"),
 P("Phạm Thị Lan", "Phó Chủ tịch UBND xã"),
 P("Mai Văn Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("hơn 250 đại biểu", 250, "đại biểu", "over"), Q("4 xã, thị trấn", 4, "xã, thị trấn"), Q("19 giáo họ", 19, "giáo họ"),
 Q("7 giáo xứ", 7, "giáo xứ"), Q("hơn 18.000 giáo dân", 18000, "giáo dân", "over"), Q("khoảng 52%", 52, "%", "approx"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("2.400 m2", 2400, "m2"), Q("12 nhà văn hóa xóm", 12, "nhà văn hóa xóm"),
 Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"), Q("51 ý kiến", 51, "ý kiến"), Q("13 ý kiến", 13, "ý kiến"),
 Q("10 giáo họ tiêu biểu", 10, "giáo họ tiêu biểu")],
[D("Kế hoạch", "36", "KH/ĐU", "2026-04-02", "Đảng ủy xã", "Kế hoạch số 36-KH/ĐU ngày 2/4/2026"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Ninh Bình"), prov("Nam Định"), com("Xuân Trường")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG - TỈNH NINH BÌNH", "Trang chủ | Tin tức - Sự kiện | Công tác dân vận",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Thực hiện dân chủ ở cơ sở", "Kính Chúa, yêu nước",
 "Giáo xứ văn minh, an toàn", "Lượt truy cập: 48.770"],
["Ngày đăng: 20/05/2026 - 17:10", "năm 2026", "năm 2025", "xóm 5", "30/6/2026", "Lượt truy cập: 48.770"]))
