"""Pages b1079-b1084: text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1079
PAGES.append(page(
"b1079-camau-hoinongdan-traoqua-chol-chnam-thmay-2022",
"""
HỘI NÔNG DÂN TỈNH CÀ MAU - Trang thông tin điện tử
Trang chủ | Tin tức - Sự kiện | Hoạt động các cấp Hội
Đăng lúc: 15:30 - 12/04/2022
Đồng chí Nguyễn Thị Hồng Nhiên trao quà cho hội viên nông dân Khmer ấp Đá Bạc.
Trao 380 phần quà Tết Chôl Chnăm Thmây cho hội viên nông dân Khmer
Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2022 của đồng bào Khmer, từ ngày 8 đến 11/4, đoàn công tác của Hội Nông dân tỉnh Cà Mau do đồng chí Nguyễn Thị Hồng Nhiên, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã đến thăm, chúc Tết các chùa Khmer và trao 380 phần quà cho hội viên nông dân Khmer có hoàn cảnh khó khăn tại các huyện Trần Văn Thời, U Minh, Thới Bình và thành phố Cà Mau. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 190 triệu đồng từ nguồn vận động xã hội hóa.
Tại chùa Cao Dân, xã Khánh Bình Tây, đoàn đến thăm Thượng tọa Lâm Sa Vanh, trụ trì chùa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh. Tại chùa Monivongsa Bopharam (thành phố Cà Mau), đoàn thăm hỏi Đại đức Danh Sóc Khên, Phó trụ trì chùa, và các vị Achar trong Ban Quản trị. Đồng chí Nguyễn Thị Hồng Nhiên cảm ơn các vị sư sãi đã luôn đồng hành cùng Hội vận động bà con Khmer tham gia phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Dịp này, đoàn trao tặng 5 con bò giống cho 5 hộ hội viên Khmer nghèo ấp Đá Bạc, xã Khánh Bình Tây và ấp Cơi Năm, xã Khánh Hưng; đồng thời Quỹ Hỗ trợ nông dân tỉnh giải ngân 1,5 tỷ đồng cho 42 hộ Khmer vay phát triển mô hình nuôi tôm - lúa. Ông Lâm Văn Phol, người có uy tín ấp Cơi Năm, xúc động cho biết đây là lần đầu tiên gia đình ông nhận bò giống; ông hứa sẽ chăm sóc tốt để chia bê cho hộ khác theo mô hình "bò luân chuyển".
Theo Hội Nông dân tỉnh, Cà Mau hiện có khoảng 7.800 hộ đồng bào Khmer với hơn 34.000 người, sinh sống xen kẽ tại 64 ấp. Năm 2021, các cấp Hội đã dạy nghề cho 120 lao động Khmer, vận động 1.350 hội viên Khmer đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi. Cán bộ Hội các cấp duy trì phương châm "3 cùng" (cùng ăn, cùng ở, cùng làm) với nông dân vùng đồng bào dân tộc.
Bà Danh Thị Sa Ry, Phó Chủ tịch Hội Nông dân huyện Trần Văn Thời, cho biết tỷ lệ hộ nghèo Khmer ở huyện đã giảm còn 6,4%; nhiều hộ đã thoát nghèo nhờ mô hình tôm - lúa, nuôi cua trong vuông.
Đợt thăm, tặng quà được thực hiện theo Kế hoạch 41/KH-HNDT ngày 25/3/2022 của Ban Thường vụ Hội Nông dân tỉnh và Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò của Hội Nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới.
Hoàng Vũ
Xem thêm
- Hội Nông dân tỉnh tập huấn kỹ thuật nuôi tôm - lúa (05/04/2022)
- U Minh: trao 12 căn nhà "Mái ấm nông dân" (28/03/2022)
- Tọa đàm hội viên nông dân là người dân tộc Khmer (15/03/2022)
""",
"2022-04-12",
"Trao 380 phần quà Tết Chôl Chnăm Thmây cho hội viên nông dân Khmer",
E("trao_qua", None, "2022-04-08"),
[
    P("Nguyễn Thị Hồng Nhiên", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
    P("Lâm Sa Vanh", "Thượng tọa", "trụ trì chùa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
    P("Danh Sóc Khên", "Đại đức", "Phó trụ trì chùa"),
    P("Lâm Văn Phol", "người có uy tín ấp Cơi Năm"),
    P("Danh Thị Sa Ry", "Phó Chủ tịch Hội Nông dân huyện Trần Văn Thời"),
],
[
    Q("380 phần quà", 380, "phần quà"),
    Q("10 kg", 10, "kg"),
    Q("300.000 đồng", 300000, "đồng"),
    Q("hơn 190 triệu đồng", 190000000, "đồng", "over"),
    Q("5 con bò giống", 5, "con bò giống"),
    Q("5 hộ hội viên Khmer nghèo", 5, "hộ hội viên Khmer nghèo"),
    Q("1,5 tỷ đồng", 1500000000, "đồng"),
    Q("42 hộ Khmer", 42, "hộ Khmer"),
    Q("khoảng 7.800 hộ đồng bào Khmer", 7800, "hộ đồng bào Khmer", "approx"),
    Q("hơn 34.000 người", 34000, "người", "over"),
    Q("64 ấp", 64, "ấp"),
    Q("120 lao động Khmer", 120, "lao động Khmer"),
    Q("1.350 hội viên Khmer", 1350, "hội viên Khmer"),
    Q("6,4%", 6.4, "%"),
],
[
    D("Kế hoạch", "41", "KH-HNDT", "2022-03-25", "Ban Thường vụ Hội Nông dân tỉnh",
      surface="Kế hoạch 41/KH-HNDT ngày 25/3/2022 của Ban Thường vụ Hội Nông dân tỉnh"),
    D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", surface="Kết luận 61-KL/TW của Ban Bí thư"),
],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Khánh Hưng")],
["HỘI NÔNG DÂN TỈNH CÀ MAU - Trang thông tin điện tử", "Trang chủ | Tin tức - Sự kiện | Hoạt động các cấp Hội",
 "Đồng chí Nguyễn Thị Hồng Nhiên trao quà cho hội viên nông dân Khmer ấp Đá Bạc.", "Chôl Chnăm Thmây", "chùa Cao Dân",
 "chùa Monivongsa Bopharam", "Quỹ Hỗ trợ nông dân tỉnh", "bò luân chuyển",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Đá Bạc", "Cơi Năm"],
["Đăng lúc: 15:30 - 12/04/2022", "năm 2022", "từ ngày 8 đến 11/4", "Năm 2021", "3 cùng", "lần đầu tiên"],
))

# ---------------------------------------------------------------- b1080
PAGES.append(page(
"b1080-binhdinh-bdv-giaoban-thang8-2023",
"""
BÁO BÌNH ĐỊNH
Chính trị - Xã hội >> Dân vận
Ngày đăng 06/09/2023 | 16:20
Chú trọng vận động đồng bào Bana, Chăm H'roi và vùng giáo
(BĐ) - Chiều 5/9, Ban Dân vận Tỉnh ủy Bình Định tổ chức giao ban công tác dân vận tháng 8/2023, triển khai nhiệm vụ tháng 9 với Ban Dân vận các huyện, thị, thành ủy và Đảng ủy Khối cơ quan và doanh nghiệp tỉnh. Đồng chí Nguyễn Thị Thanh Hương, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có đại diện Ban Nội chính Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh.
Theo báo cáo, trong tháng 8, khối dân vận các cấp tập trung tuyên truyền kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2023), triển khai Kết luận 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW (khóa XI) về công tác dân vận. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết giữa kỳ đề án 07 "Nâng cao hiệu quả công tác vận động đồng bào vùng giáo giai đoạn 2021 - 2025" và ban hành Hướng dẫn 19-HD/BDVTU về xây dựng mô hình "Xóm đạo 2 không" (không tệ nạn xã hội, không đơn thư vượt cấp).
Các cơ quan dân vận đã tiếp nhận 46 đơn thư, phối hợp giải quyết 39 đơn. Ở các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh, khối dân vận vận động 215 hộ đồng bào Bana chuyển đổi 180 ha đất rẫy sang trồng keo, mắc ca; hướng dẫn 6 điểm nhóm Tin Lành trong đồng bào Chăm H'roi đăng ký sinh hoạt tôn giáo tập trung theo Nghị định 162/2017/NĐ-CP của Chính phủ. Bình Định hiện có hơn 41.000 người dân tộc thiểu số, 11 xã có đông đồng bào Công giáo.
Tại giao ban, đồng chí Đinh Văn Thanh, ĐUV, Chủ tịch UBND xã An Toàn, huyện An Lão, cho biết xã đã vận động bà con Bana xóa bỏ tập quán cưới tảo hôn, trong 8 tháng năm 2023 không còn trường hợp nào. Đồng chí Mang Thị Yến, HUV, Trưởng Ban Dân vận Huyện ủy Vân Canh, đề nghị tỉnh hỗ trợ kinh phí tổ chức lễ hội đâm trâu cho làng Chăm H'roi ở xã Canh Liên. Linh mục Phaolô Trần Đình Vũ, Quản hạt Gia Hựu, được mời dự, chia sẻ việc giáo xứ Gia Hựu đóng góp 320 triệu đồng làm đường bê tông liên thôn.
Kết luận giao ban, đồng chí Nguyễn Thị Thanh Hương đề nghị tháng 9, các cấp tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc, nắm chắc tình hình vùng đồng bào dân tộc thiểu số trước mùa mưa bão; chuẩn bị gặp mặt 85 người có uy tín và chức sắc tiêu biểu vào tháng 10/2023. Đồng chí cũng yêu cầu Ban Dân vận các huyện, thị, thành ủy hoàn thành báo cáo 9 tháng trước ngày 20/9.
Tấn Thịnh
Tin cùng chuyên mục
- Gặp mặt già làng, người có uy tín huyện Vĩnh Thạnh (25/08/2023)
- Giao ban công tác dân vận tháng 7/2023 (04/08/2023)
- An Lão: 5 năm thực hiện Chỉ thị 18-CT/HU (20/07/2023)
""",
"2023-09-06",
"Chú trọng vận động đồng bào Bana, Chăm H'roi và vùng giáo",
E("giao_ban", "2023-08", "2023-09-05"),
[
    P("Nguyễn Thị Thanh Hương", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Đinh Văn Thanh", "ĐUV", "Chủ tịch UBND xã An Toàn"),
    P("Mang Thị Yến", "HUV", "Trưởng Ban Dân vận Huyện ủy Vân Canh"),
    P("Phaolô Trần Đình Vũ", "Linh mục", "Quản hạt Gia Hựu"),
],
[
    Q("46 đơn thư", 46, "đơn thư"),
    Q("39 đơn", 39, "đơn"),
    Q("215 hộ đồng bào Bana", 215, "hộ đồng bào Bana"),
    Q("180 ha", 180, "ha"),
    Q("6 điểm nhóm Tin Lành", 6, "điểm nhóm Tin Lành"),
    Q("hơn 41.000 người dân tộc thiểu số", 41000, "người dân tộc thiểu số", "over"),
    Q("11 xã", 11, "xã"),
    Q("320 triệu đồng", 320000000, "đồng"),
    Q("85 người có uy tín và chức sắc tiêu biểu", 85, "người có uy tín và chức sắc tiêu biểu"),
],
[
    D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", surface="Kết luận 43-KL/TW của Ban Bí thư"),
    D("Nghị quyết", "25", "NQ/TW", None, None, surface="Nghị quyết 25-NQ/TW (khóa XI)"),
    D("Đề án", "07", None, None, "Ban Thường vụ Tỉnh ủy", surface='đề án 07 "Nâng cao hiệu quả công tác vận động đồng bào vùng giáo'),
    D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn 19-HD/BDVTU"),
    D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", surface="Nghị định 162/2017/NĐ-CP của Chính phủ"),
],
[prov("Bình Định"), com("An Toàn"), com("Canh Liên")],
["BÁO BÌNH ĐỊNH", "Chính trị - Xã hội >> Dân vận", "(BĐ)", "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh",
 "Ngày truyền thống công tác dân vận của Đảng", "Nâng cao hiệu quả công tác vận động đồng bào vùng giáo giai đoạn 2021 - 2025",
 "Xóm đạo 2 không", "Ngày hội Đại đoàn kết toàn dân tộc", "giáo xứ Gia Hựu"],
["Ngày đăng 06/09/2023 | 16:20", "tháng 8/2023", "tháng 9", "93 năm", "15/10/1930 - 15/10/2023", "khóa XI",
 "giai đoạn 2021 - 2025", "2 không", "8 tháng năm 2023", "tháng 10/2023", "báo cáo 9 tháng", "ngày 20/9"],
))

# ---------------------------------------------------------------- b1081
PAGES.append(page(
"b1081-haugiang-ubnd-daihoi-dtts-2024",
"""
BÁO HẬU GIANG ĐIỆN TỬ
Thứ Năm, 17/10/2024
Thời sự | Chính trị | Dân tộc - Tôn giáo
Đại biểu dự đại hội. Ảnh: Mỹ Linh
Tỏa sáng khối đại đoàn kết các dân tộc ở Hậu Giang
Ngày 16/10, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Hậu Giang tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV năm 2024 với chủ đề "Các dân tộc tỉnh Hậu Giang đoàn kết, sáng tạo, hội nhập và phát triển bền vững". Đại hội có 180 đại biểu chính thức, đại diện cho hơn 29.000 đồng bào Khmer, Hoa và các dân tộc thiểu số khác, chiếm khoảng 4,1% dân số toàn tỉnh.
Dự đại hội có ông Y Khuê Byă, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; ông Lê Minh Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo đại hội; bà Lâm Thị Sa Rênh, Trưởng Ban Dân tộc tỉnh, Phó Trưởng Ban Chỉ đạo đại hội. Đại biểu các tôn giáo có Hòa thượng Danh Sươl, Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, trụ trì chùa Rạch Gòi, thị trấn Ngã Sáu; Đại đức Thạch Sà Vết, trụ trì chùa Khmer Long Phú, xã Vĩnh Viễn; ông Quách Thế Vinh, Trưởng ban Quản trị chùa Bà Thiên Hậu, phường Ngã Bảy.
Giai đoạn 2019 - 2024, tỉnh đã huy động hơn 680 tỷ đồng thực hiện các chương trình, chính sách dân tộc, trong đó có Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ; hỗ trợ đất ở, nhà ở, nước sinh hoạt cho 1.064 hộ; xây dựng 214 căn nhà Đại đoàn kết cho hộ nghèo người dân tộc thiểu số. Tỷ lệ hộ nghèo đồng bào Khmer giảm bình quân 2,5%/năm, đến cuối năm 2023 còn 4,26%. Toàn tỉnh có 96 người có uy tín được hưởng chính sách theo Quyết định 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ; 14 chùa Khmer tổ chức dạy chữ Khmer hè cho gần 1.100 học sinh.
Phát biểu tham luận, Hòa thượng Danh Sươl cho biết các chùa Khmer trong tỉnh đã vận động Phật tử đóng góp trên 4,2 tỷ đồng làm 19 cây cầu, 26 km đường giao thông nông thôn. Ông Quách Thế Vinh nêu kinh nghiệm duy trì quỹ khuyến học của cộng đồng người Hoa, mỗi năm trao 150 suất học bổng. Chị Thị Ngọc Hằng, Bí thư Đoàn xã Lương Nghĩa, người Khmer, chia sẻ về mô hình thanh niên Khmer khởi nghiệp.
Phát biểu chỉ đạo, ông Y Khuê Byă đề nghị tỉnh tiếp tục thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc trong tình hình mới; quan tâm đào tạo, bồi dưỡng, sử dụng cán bộ người dân tộc thiểu số. Chủ tịch UBND tỉnh Lê Minh Tâm cam kết thực hiện Nghị quyết 07-NQ/TU ngày 15/8/2024 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào Khmer đến năm 2030.
Đại hội cũng dành thời gian tôn vinh các điển hình tiên tiến. Ông Danh Hoàng Sơn, người có uy tín ấp Mang Cá, xã Đại Thành, được tuyên dương vì đã vận động bà con hiến 3.200 m2 đất làm nhà văn hóa ấp và sân bóng chuyền cho thanh niên Khmer. Bà Trương Mỹ Lệ, người Hoa ở phường Lái Hiếu, 12 năm liền nấu cơm từ thiện tại Bệnh viện Đa khoa tỉnh, mỗi tuần phát khoảng 400 suất cơm cho bệnh nhân nghèo.
Dịp này, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc tặng bằng khen cho 6 tập thể, 9 cá nhân; UBND tỉnh tặng bằng khen cho 66 tập thể, cá nhân có thành tích xuất sắc. Đại hội bầu đoàn đại biểu gồm 15 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ IV, do bà Lâm Thị Sa Rênh làm trưởng đoàn.
Mỹ Linh
Tin liên quan
- Long Mỹ: Đại hội đại biểu các dân tộc thiểu số cấp huyện lần thứ IV (21/06/2024)
- Tặng quà đồng bào Khmer nhân lễ Sene Dolta (30/09/2024)
- Phụng Hiệp: 30 năm nhà văn hóa Khmer ấp Mang Cá (12/09/2024)
""",
"2024-10-17",
"Tỏa sáng khối đại đoàn kết các dân tộc ở Hậu Giang",
E("dai_hoi", "2024", "2024-10-16"),
[
    P("Y Khuê Byă", "Thứ trưởng", "Phó Chủ nhiệm Ủy ban Dân tộc"),
    P("Lê Minh Tâm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo đại hội"),
    P("Lâm Thị Sa Rênh", "Trưởng Ban Dân tộc tỉnh", "Phó Trưởng Ban Chỉ đạo đại hội"),
    P("Danh Sươl", "Hòa thượng", "Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "trụ trì chùa Rạch Gòi"),
    P("Thạch Sà Vết", "Đại đức", "trụ trì chùa Khmer Long Phú"),
    P("Quách Thế Vinh", "Trưởng ban Quản trị chùa Bà Thiên Hậu"),
    P("Thị Ngọc Hằng", "Bí thư Đoàn xã Lương Nghĩa"),
    P("Danh Hoàng Sơn", "người có uy tín ấp Mang Cá"),
    P("Trương Mỹ Lệ"),
],
[
    Q("180 đại biểu chính thức", 180, "đại biểu chính thức"),
    Q("hơn 29.000 đồng bào", 29000, "đồng bào", "over"),
    Q("khoảng 4,1%", 4.1, "%", "approx"),
    Q("hơn 680 tỷ đồng", 680000000000, "đồng", "over"),
    Q("1.064 hộ", 1064, "hộ"),
    Q("214 căn nhà Đại đoàn kết", 214, "căn nhà Đại đoàn kết"),
    Q("2,5%", 2.5, "%"),
    Q("4,26%", 4.26, "%"),
    Q("96 người có uy tín", 96, "người có uy tín"),
    Q("14 chùa Khmer", 14, "chùa Khmer"),
    Q("gần 1.100 học sinh", 1100, "học sinh", "approx"),
    Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
    Q("19 cây cầu", 19, "cây cầu"),
    Q("26 km", 26, "km"),
    Q("150 suất học bổng", 150, "suất học bổng"),
    Q("3.200 m2", 3200, "m2"),
    Q("khoảng 400 suất cơm", 400, "suất cơm", "approx"),
    Q("6 tập thể", 6, "tập thể"),
    Q("9 cá nhân", 9, "cá nhân"),
    Q("66 tập thể, cá nhân", 66, "tập thể, cá nhân"),
    Q("15 đại biểu", 15, "đại biểu"),
],
[
    D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ",
      surface="Quyết định 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ"),
    D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 65-KL/TW của Bộ Chính trị"),
    D("Nghị quyết", "07", "NQ/TU", "2024-08-15", "Ban Thường vụ Tỉnh ủy",
      surface="Nghị quyết 07-NQ/TU ngày 15/8/2024 của Ban Thường vụ Tỉnh ủy"),
],
[prov("Hậu Giang"), com("Ngã Sáu"), com("Vĩnh Viễn"), com("Ngã Bảy"), com("Lương Nghĩa"), com("Đại Thành"),
 com("Lái Hiếu")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Đại biểu dự đại hội. Ảnh: Mỹ Linh",
 "Trung tâm Hội nghị tỉnh", "Các dân tộc tỉnh Hậu Giang đoàn kết, sáng tạo, hội nhập và phát triển bền vững",
 "chùa Rạch Gòi", "chùa Khmer Long Phú", "chùa Bà Thiên Hậu", "Bệnh viện Đa khoa tỉnh", "Mang Cá"],
["Thứ Năm, 17/10/2024", "lần thứ IV", "năm 2024", "12 năm liền", "mỗi tuần", "Giai đoạn 2019 - 2024", "/năm", "cuối năm 2023", "mỗi năm",
 "đến năm 2030"],
))

# ---------------------------------------------------------------- b1082
PAGES.append(page(
"b1082-khanhhoa-mttq-daihoi-2025-2030",
"""
Báo Khánh Hòa điện tử
Thời sự › Chính trị › Mặt trận - Đoàn thể
Đăng ngày 2025-09-26 14:20
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa mới ra mắt đại hội.
Bà Đàng Thị Hải Yến giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa
Trong hai ngày 25 và 26/9, tại Nha Trang, Đại hội đại biểu MTTQ Việt Nam tỉnh Khánh Hòa nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận theo Nghị quyết 202/2025/QH15 của Quốc hội - đã diễn ra với 350 đại biểu chính thức, đại diện cho hơn 2,2 triệu người dân thuộc 42 dân tộc, 9 tôn giáo trong tỉnh.
Dự đại hội có bà Hoàng Thị Kim Dung, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Trần Quốc Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Về phía các tôn giáo có Cả sư Quảng Văn Đạo, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh; Po Acar Thành Văn Xiếp, Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh; Hòa thượng Thích Minh Đạo, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Giuse Nguyễn Hữu Trí, Đại diện Tòa Giám mục Nha Trang; Mục sư Tro Văn Sáu, Quản nhiệm Chi hội Tin Lành Bác Ái.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024 (giai đoạn trước hợp nhất), Mặt trận hai tỉnh đã vận động Quỹ "Vì người nghèo" được hơn 195 tỷ đồng; hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", phối hợp hoàn thành xóa 3.612 căn nhà tạm, nhà dột nát trước ngày 31/8/2025. Mặt trận các cấp chủ trì 1.120 cuộc giám sát, 214 hội nghị phản biện xã hội; tổ chức 86 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân. Đồng bào Chăm, Raglai chiếm khoảng 12% dân số, sinh sống tập trung ở các xã Phước Hữu, Phước Hà, Bác Ái Tây, Khánh Sơn, Khánh Vĩnh.
Thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch 05-KH/TU của Ban Thường vụ Tỉnh ủy, từ ngày 1/7/2025 các tổ chức chính trị - xã hội, các hội quần chúng được Đảng, Nhà nước giao nhiệm vụ đã trực thuộc Ủy ban MTTQ Việt Nam tỉnh. Mô hình mới đã vận hành thông suốt ở 65 xã, phường, đặc khu.
Đại hội đã hiệp thương dân chủ cử 115 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa mới. Bà Đàng Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa mới gồm: Nguyễn Văn Hòa, Phạm Thị Ngọc Trâm, Pinăng Văn Tùng. Đồng thời, bà Phạm Thị Ngọc Trâm được tín nhiệm giữ chức Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Nguyễn Văn Hòa được phân công làm Chủ tịch Liên đoàn Lao động tỉnh. Ban Thường trực gồm 9 vị, trong đó có 2 vị là người dân tộc Chăm, Raglai.
Phát biểu tại đại hội, Cả sư Quảng Văn Đạo bày tỏ mong muốn Mặt trận tỉnh tiếp tục là cầu nối để chức sắc Chăm Bà-la-môn, Bàni tham gia giữ gìn di sản văn hóa, nhất là đền tháp Po Klong Garai và lễ hội Katê. Mục sư Tro Văn Sáu cam kết vận động tín đồ Tin Lành người Raglai chấp hành Luật Tín ngưỡng, tôn giáo và Nghị định 95/2023/NĐ-CP của Chính phủ.
Phát biểu chỉ đạo, bà Hoàng Thị Kim Dung đề nghị Ủy ban MTTQ Việt Nam tỉnh khóa mới hướng mạnh hoạt động về 65 xã, phường, đặc khu; phát huy vai trò của hơn 1.400 người có uy tín, chức sắc, chức việc; chủ trì giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc thiểu số theo Hướng dẫn 98/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Đại hội đã bầu 12 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ XI.
Phan Sông Ngân
Tin cùng chuyên mục
- Hiệp thương cử Ủy ban MTTQ Việt Nam phường Đô Vinh nhiệm kỳ 2025 - 2030 (12/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa sau hợp nhất (01/07/2025)
- Gặp mặt chức sắc Chăm nhân lễ hội Katê (20/09/2025)
- Mặt trận các xã, phường tiếp nhận ủng hộ đồng bào bị thiệt hại do mưa lũ (15/09/2025)
- Đại hội điểm MTTQ Việt Nam cấp xã tại xã Phước Hữu (05/08/2025)
Chia sẻ: Facebook | Zalo | In bài | Gửi email
© Bản quyền thuộc Báo Khánh Hòa. Ghi rõ nguồn "Báo Khánh Hòa điện tử" khi phát hành lại thông tin từ website này.
""",
"2025-09-26",
"Bà Đàng Thị Hải Yến giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa",
E("dai_hoi", None, "2025-09-25"),
[
    P("Hoàng Thị Kim Dung", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
    P("Trần Quốc Bảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Quảng Văn Đạo", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
    P("Thành Văn Xiếp", "Po Acar", "Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
    P("Thích Minh Đạo", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Giuse Nguyễn Hữu Trí", "Linh mục", "Đại diện Tòa Giám mục Nha Trang"),
    P("Tro Văn Sáu", "Mục sư", "Quản nhiệm Chi hội Tin Lành Bác Ái"),
    P("Đàng Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
    P("Phạm Thị Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
    P("Pinăng Văn Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
],
[
    Q("350 đại biểu chính thức", 350, "đại biểu chính thức"),
    Q("hơn 2,2 triệu người dân", 2200000, "người dân", "over"),
    Q("42 dân tộc", 42, "dân tộc"),
    Q("9 tôn giáo", 9, "tôn giáo"),
    Q("hơn 195 tỷ đồng", 195000000000, "đồng", "over"),
    Q("3.612 căn nhà tạm, nhà dột nát", 3612, "căn nhà tạm, nhà dột nát"),
    Q("1.120 cuộc giám sát", 1120, "cuộc giám sát"),
    Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"),
    Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
    Q("khoảng 12%", 12, "%", "approx"),
    Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
    Q("115 vị", 115, "vị"),
    Q("9 vị", 9, "vị"),
    Q("2 vị", 2, "vị"),
    Q("hơn 1.400 người có uy tín, chức sắc, chức việc", 1400, "người có uy tín, chức sắc, chức việc", "over"),
    Q("12 đại biểu", 12, "đại biểu"),
],
[
    D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", surface="Nghị quyết 202/2025/QH15 của Quốc hội"),
    D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", surface="Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
    D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", surface="Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
    D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 05-KH/TU của Ban Thường vụ Tỉnh ủy"),
    D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định 95/2023/NĐ-CP của Chính phủ"),
    D("Hướng dẫn", "98", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
      surface="Hướng dẫn 98/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Hà"), com("Bác Ái Tây"), com("Khánh Sơn"),
 com("Khánh Vĩnh")],
["Báo Khánh Hòa điện tử", "Thời sự › Chính trị › Mặt trận - Đoàn thể",
 "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa mới ra mắt đại hội.", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Po Klong Garai", "Katê", "Luật Tín ngưỡng, tôn giáo",
 "Tòa Giám mục Nha Trang", "Nha Trang"],
["Đăng ngày 2025-09-26 14:20", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2019 - 2024", "ngày 31/8/2025", "ngày 1/7/2025",
 "lần thứ XI"],
))

# ---------------------------------------------------------------- b1083
PAGES.append(page(
"b1083-cantho-btgdv-hoinghi-khmer-2025",
"""
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ
Thứ Bảy, 01/11/2025
Trang chủ / Dân vận / Công tác dân tộc - tôn giáo
30 Tháng 10, 2025 | 09:20
Hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong đồng bào Khmer năm 2025
Đồng chí Trịnh Minh Khang tặng quà các vị sư sãi, Achar. Ảnh: Thạch Sa Rết
Sáng 29/10, tại phường Sóc Trăng, Ban Tuyên giáo và Dân vận Thành ủy phối hợp Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức Hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong đồng bào Khmer năm 2025, nhân dịp lễ Sene Dolta và Ok Om Bok. Đây là lần đầu tiên hội nghị được tổ chức chung cho đồng bào Khmer ở khu vực thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang (cũ) sau khi hợp nhất.
Dự hội nghị có đồng chí Trịnh Minh Khang, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Kim Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Lâm Quang Phước, Trần Thị Thu Vân. Về phía chức sắc có Hòa thượng Sơn Sa Khone, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, Trưởng Ban Trị sự Phật giáo thành phố, trụ trì chùa Som Rông; Hòa thượng Lý Sô Phal, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố; Achar Lâm Sóc Phol, Trưởng ban Quản trị chùa Prêk Chruôl, xã Lịch Hội Thượng, cùng 300 đại biểu là sư sãi, Achar, người có uy tín.
Sau hợp nhất, thành phố Cần Thơ có khoảng 405.000 người Khmer, chiếm 9,6% dân số, với 127 chùa Phật giáo Nam tông Khmer, 2.816 vị sư sãi. Năm 2025, các cấp đã vận động xây dựng, sửa chữa 2.845 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn người Khmer, hoàn thành chương trình xóa nhà tạm, nhà dột nát trước thời hạn; 486 người có uy tín được hưởng chính sách theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo đồng bào Khmer giảm còn 3,1%.
Báo cáo tại hội nghị cũng nêu, Ban Tuyên giáo và Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Nghị quyết 01, 02-NQ/TU về phát triển vùng đồng bào dân tộc Khmer và về công tác tôn giáo trong giai đoạn mới; phối hợp với Sở Dân tộc và Tôn giáo hướng dẫn các chùa thực hiện Nghị định 95/2023/NĐ-CP của Chính phủ. Sau sắp xếp, 103 xã, phường của thành phố đều đã kiện toàn bộ phận theo dõi công tác dân tộc, tôn giáo.
Phát biểu tại hội nghị, Hòa thượng Sơn Sa Khone đề nghị thành phố quan tâm bố trí kinh phí cho các trường Pali trung cấp Nam tông Khmer, hỗ trợ chùa tổ chức lớp dạy chữ Khmer hè năm 2026. Achar Lâm Sóc Phol phản ánh một số tuyến đường vào chùa ở xã Lịch Hội Thượng, xã Trần Đề xuống cấp sau mùa mưa. Bà Thạch Thị Sa Vân, người có uy tín ấp Tắc Gồng, xã Vĩnh Hải, mong muốn có thêm vốn vay cho phụ nữ Khmer nuôi tôm, trồng hành tím. Ông Vương Khải Minh, Phó ban Quản trị chùa Ông Bổn, phường Vĩnh Châu, chia sẻ về sự gắn bó giữa đồng bào Khmer, Hoa và Kinh tại địa phương.
Phát biểu kết luận, đồng chí Trịnh Minh Khang ghi nhận đóng góp của sư sãi, Achar, người có uy tín trong giữ gìn khối đại đoàn kết; yêu cầu các xã, phường tổ chức lễ hội Ok Om Bok - đua ghe Ngo năm 2025 an toàn, tiết kiệm; tiếp thu, phản hồi các kiến nghị trong tháng 11/2025. Đồng chí cũng đề nghị phát huy mô hình "Phum sóc bình yên" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban Tổ chức tặng 300 phần quà, mỗi phần trị giá 1 triệu đồng cho các đại biểu, tổng trị giá 300 triệu đồng.
Thạch Sa Rết
Tin liên quan
- Thăm, chúc mừng các chùa Khmer nhân lễ Sene Dolta năm 2025 (20/09/2025)
- Tập huấn nghiệp vụ công tác tôn giáo cho cán bộ cấp xã (15/08/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ (01/07/2025)
""",
"2025-10-30",
"Hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong đồng bào Khmer năm 2025",
E("hoi_nghi", "2025", "2025-10-29"),
[
    P("Trịnh Minh Khang", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Kim Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Lâm Quang Phước", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Trần Thị Thu Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Sơn Sa Khone", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
      "Trưởng Ban Trị sự Phật giáo thành phố", "trụ trì chùa Som Rông"),
    P("Lý Sô Phal", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
    P("Lâm Sóc Phol", "Achar", "Trưởng ban Quản trị chùa Prêk Chruôl"),
    P("Thạch Thị Sa Vân", "người có uy tín ấp Tắc Gồng"),
    P("Vương Khải Minh", "Phó ban Quản trị chùa Ông Bổn"),
],
[
    Q("300 đại biểu", 300, "đại biểu"),
    Q("khoảng 405.000 người Khmer", 405000, "người Khmer", "approx"),
    Q("9,6%", 9.6, "%"),
    Q("127 chùa Phật giáo Nam tông Khmer", 127, "chùa Phật giáo Nam tông Khmer"),
    Q("2.816 vị sư sãi", 2816, "vị sư sãi"),
    Q("2.845 căn nhà", 2845, "căn nhà"),
    Q("486 người có uy tín", 486, "người có uy tín"),
    Q("3,1%", 3.1, "%"),
    Q("103 xã, phường", 103, "xã, phường"),
    Q("300 phần quà", 300, "phần quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("300 triệu đồng", 300000000, "đồng"),
],
[
    D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Nghị quyết", "01", "NQ/TU", None, "Ban Thường vụ Thành ủy", surface="Nghị quyết 01, 02-NQ/TU"),
    D("Nghị quyết", "02", "NQ/TU", None, "Ban Thường vụ Thành ủy", surface="Nghị quyết 01, 02-NQ/TU"),
    D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định 95/2023/NĐ-CP của Chính phủ"),
],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trần Đề"),
 com("Vĩnh Hải"), com("Vĩnh Châu")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ / Dân vận / Công tác dân tộc - tôn giáo",
 "Đồng chí Trịnh Minh Khang tặng quà các vị sư sãi, Achar. Ảnh: Thạch Sa Rết", "Sene Dolta", "Ok Om Bok",
 "chùa Som Rông", "chùa Prêk Chruôl", "chùa Ông Bổn", "Phum sóc bình yên",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Sở Dân tộc và Tôn giáo", "Tắc Gồng"],
["Thứ Bảy, 01/11/2025", "30 Tháng 10, 2025 | 09:20", "năm 2025", "lần đầu tiên", "Năm 2025", "năm 2026",
 "tháng 11/2025"],
))

# ---------------------------------------------------------------- b1084
PAGES.append(page(
"b1084-dongnai-xadako-doithoai-2026",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK Ơ - TỈNH ĐỒNG NAI
Chủ nhật, 15/03/2026
Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Đăng ngày: 13-03-2026 08:45 | Lượt xem: 317
Bí thư Đảng ủy xã Đắk Ơ đối thoại với Nhân dân
Đồng chí Nguyễn Văn Hùng trả lời ý kiến của người dân bon Bù Dốt.
Ngày 12/3, Đảng ủy xã Đắk Ơ tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân năm 2026. Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Điểu Thị Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Dự hội nghị có đồng chí Huỳnh Văn Nhân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai; các đồng chí trong Ban Thường vụ Đảng ủy xã: Lê Thị Hoa - Phó Bí thư Thường trực Đảng ủy, Điểu Lêl - Chủ tịch Ủy ban MTTQ Việt Nam xã, cùng 210 đại biểu là người có uy tín, chức sắc tôn giáo và Nhân dân các thôn, bon.
Đắk Ơ là xã biên giới được thành lập trên cơ sở sắp xếp các xã Đắk Ơ, Bù Gia Mập và một phần xã Phú Nghĩa (huyện Bù Gia Mập, tỉnh Bình Phước cũ). Xã có 14.300 nhân khẩu, trong đó đồng bào S'tiêng, M'nông và các dân tộc thiểu số khác chiếm 38%; có 2 giáo xứ Công giáo và 5 chi hội Tin Lành.
Báo cáo tại hội nghị, năm 2025 xã đã xóa 126 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 7,5 tỷ đồng; hỗ trợ 2,4 tỷ đồng cho 96 hộ đồng bào dân tộc thiểu số chuyển đổi cây trồng theo Quyết định 1719/QĐ-TTg; tỷ lệ hộ nghèo còn 4,7%. Xã thực hiện Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân và Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; ban hành Kế hoạch 15-KH/ĐU ngày 20/1/2026 của Đảng ủy xã về tổ chức đối thoại năm 2026.
Tại hội nghị, có 23 ý kiến, kiến nghị của người dân. Bà Thị Nhàn, người có uy tín bon Bù Dốt, phản ánh đường vào khu sản xuất của bon bị sạt lở, xe chở điều không vào được. Mục sư Điểu Rôn, Quản nhiệm Chi hội Tin Lành Bù Gia Mập, đề nghị xã hướng dẫn thủ tục xin cấp đất xây dựng nhà nguyện. Linh mục Giuse Trần Văn Thọ, Chánh xứ Giáo xứ Phú Văn, kiến nghị lắp đèn chiếu sáng tuyến đường từ nhà thờ ra trung tâm xã. Ông Điểu Brêu, thôn Bù Nga, hỏi về chính sách hỗ trợ người dân tộc thiểu số học nghề.
Lãnh đạo xã đã trả lời trực tiếp 19 ý kiến; 4 ý kiến được giao Văn phòng HĐND và UBND xã, Phòng Kinh tế tham mưu trả lời bằng văn bản trong 15 ngày. Đồng chí Điểu Thị Hạnh cho biết UBND xã sẽ bố trí 850 triệu đồng sửa chữa tuyến đường vào bon Bù Dốt ngay trong quý II/2026. Đồng chí Nguyễn Văn Hùng đề nghị Đảng ủy viên phụ trách thôn, bon thường xuyên nắm tình hình, không để phát sinh điểm nóng; phát huy mô hình "Bon, thôn 3 không" và phong trào "Dân vận khéo".
Ban Xây dựng Đảng Đảng ủy xã
Tin khác
- Đảng ủy xã Đắk Ơ triển khai nhiệm vụ năm 2026 (10/01/2026)
- Gặp mặt người có uy tín đồng bào S'tiêng nhân dịp Tết (05/02/2026)
- Bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo (20/12/2025)
""",
"2026-03-13",
"Bí thư Đảng ủy xã Đắk Ơ đối thoại với Nhân dân",
E("doi_thoai", "2026", "2026-03-12"),
[
    P("Nguyễn Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
    P("Điểu Thị Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Huỳnh Văn Nhân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
    P("Lê Thị Hoa", "Phó Bí thư Thường trực Đảng ủy"),
    P("Điểu Lêl", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Thị Nhàn", "người có uy tín bon Bù Dốt"),
    P("Điểu Rôn", "Mục sư", "Quản nhiệm Chi hội Tin Lành Bù Gia Mập"),
    P("Giuse Trần Văn Thọ", "Linh mục", "Chánh xứ Giáo xứ Phú Văn"),
    P("Điểu Brêu"),
],
[
    Q("210 đại biểu", 210, "đại biểu"),
    Q("14.300 nhân khẩu", 14300, "nhân khẩu"),
    Q("38%", 38, "%"),
    Q("2 giáo xứ Công giáo", 2, "giáo xứ Công giáo"),
    Q("5 chi hội Tin Lành", 5, "chi hội Tin Lành"),
    Q("126 căn nhà tạm, nhà dột nát", 126, "căn nhà tạm, nhà dột nát"),
    Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"),
    Q("2,4 tỷ đồng", 2400000000, "đồng"),
    Q("96 hộ đồng bào dân tộc thiểu số", 96, "hộ đồng bào dân tộc thiểu số"),
    Q("4,7%", 4.7, "%"),
    Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
    Q("19 ý kiến", 19, "ý kiến"),
    Q("4 ý kiến", 4, "ý kiến"),
    Q("850 triệu đồng", 850000000, "đồng"),
],
[
    D("Quyết định", "1719", "QĐ-TTg", None, None, surface="Quyết định 1719/QĐ-TTg"),
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
    D("Luật", "10", "2022/QH15", None, None, surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
    D("Kế hoạch", "15", "KH/ĐU", "2026-01-20", "Đảng ủy xã", surface="Kế hoạch 15-KH/ĐU ngày 20/1/2026 của Đảng ủy xã"),
],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đắk Ơ"), com("Bù Gia Mập"), com("Phú Nghĩa")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK Ơ - TỈNH ĐỒNG NAI", "Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng", "Lượt xem: 317",
 "Đồng chí Nguyễn Văn Hùng trả lời ý kiến của người dân bon Bù Dốt.", "Giáo xứ Phú Văn", "Bon, thôn 3 không",
 "Dân vận khéo", "Ban Xây dựng Đảng Đảng ủy xã", "Bù Dốt", "Bù Nga", "Phòng Kinh tế"],
["Chủ nhật, 15/03/2026", "Đăng ngày: 13-03-2026 08:45 | Lượt xem: 317", "năm 2026", "năm 2025", "trong 15 ngày",
 "quý II/2026", "3 không"],
))
