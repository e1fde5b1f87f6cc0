"""holdout39 batch 4: b911-b916 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b911 Đồng Nai 2024, đại hội MTTQ tỉnh
PAGES.append(page("b911-dongnai-mttq-daihoi-2024", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/07/2024 - 17:52
Bà Cao Thị Thu Hà tái đắc cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI
(ĐN) - Trong 2 ngày 25 và 26-7, Đại hội đại biểu MTTQ Việt Nam tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2024 - 2029 đã diễn ra tại Trung tâm Hội nghị và Tổ chức sự kiện tỉnh. Dự đại hội có ông Vũ Đình Khang, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy cùng 302 đại biểu chính thức đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh.
Đoàn Chủ tịch điều hành phiên làm việc thứ hai của đại hội.
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2019 - 2024, các cấp Mặt trận đã thực hiện hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Quỹ "Vì người nghèo" các cấp vận động hơn 1.120 tỷ đồng; xây dựng, sửa chữa 3.867 căn nhà Đại đoàn kết. Trong thời gian dịch COVID-19, Mặt trận các cấp tiếp nhận tiền, hàng ủng hộ trị giá hơn 800 tỷ đồng. Mặt trận chủ trì 2.416 cuộc giám sát và 318 hội nghị phản biện xã hội.
Đại hội được tổ chức theo Chỉ thị số 30-CT/TW ngày 20/2/2024 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Kế hoạch số 312-KH/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy.
Tham luận tại đại hội, ông Điểu Văn Sơn, người có uy tín ấp Lý Lịch 1, xã Phú Lý chia sẻ việc vận động đồng bào Chơ Ro giữ rừng, phát triển kinh tế hộ. Linh mục Vinh Sơn Nguyễn Văn Thanh, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh cho biết, các giáo xứ đã đóng góp hàng trăm tỷ đồng cho công tác an sinh xã hội trong nhiệm kỳ. Bà Trịnh Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Phong nêu kinh nghiệm xây dựng "Khu dân cư không rác thải nhựa".
Phát biểu chỉ đạo, ông Vũ Đình Khang đề nghị Mặt trận tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư; phát huy vai trò giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.
Đại hội đã hiệp thương cử 75 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI, trong đó nữ chiếm 32%. Tại hội nghị lần thứ nhất, Ủy ban MTTQ Việt Nam tỉnh khóa XI đã hiệp thương cử Ban Thường trực gồm 5 vị. Bà Cao Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Nguyễn Văn Lực, Đỗ Thị Hồng Nhung được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại hội cũng hiệp thương cử 9 đại biểu chính thức dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
Đại hội đã thông qua Nghị quyết với 6 chỉ tiêu chủ yếu, trong đó phấn đấu hằng năm có trên 95% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Hoàng Lộc
Tin cùng chuyên mục
- Hiệp thương dự kiến nhân sự Ủy ban MTTQ Việt Nam tỉnh khóa XI (10/07/2024)
- Đại hội điểm MTTQ Việt Nam cấp huyện tại Long Thành (15/05/2024)
- Ra mắt Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029 (02/04/2024)
""", "2024-07-26", "Bà Cao Thị Thu Hà tái đắc cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XI",
    E("dai_hoi", None, "2024-07-25"),
    [P("Cao Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Vũ Đình Khang", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
     P("Trần Minh Khoa", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Điểu Văn Sơn", "người có uy tín ấp Lý Lịch 1"),
     P("Vinh Sơn Nguyễn Văn Thanh", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
     P("Trịnh Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Phong"),
     P("Nguyễn Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đỗ Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
    [Q("302 đại biểu chính thức", 302, "đại biểu chính thức"),
     Q("hơn 1.120 tỷ đồng", 1120000000000, "đồng", "over"),
     Q("3.867 căn nhà Đại đoàn kết", 3867, "căn nhà Đại đoàn kết"),
     Q("hơn 800 tỷ đồng", 800000000000, "đồng", "over"),
     Q("2.416 cuộc giám sát", 2416, "cuộc giám sát"),
     Q("318 hội nghị phản biện xã hội", 318, "hội nghị phản biện xã hội"),
     Q("75 vị", 75, "vị"),
     Q("32%", 32, "%"),
     Q("5 vị", 5, "vị"),
     Q("9 đại biểu chính thức", 9, "đại biểu chính thức"),
     Q("6 chỉ tiêu", 6, "chỉ tiêu"),
     Q("trên 95%", 95, "%", "over")],
    [D("Chỉ thị", "30", "CT/TW", "2024-02-20", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 20/2/2024 của Ban Bí thư"),
     D("Kế hoạch", "312", "KH/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 312-KH/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy")],
    [prov("Đồng Nai"), com("Phú Lý"), com("Tân Phong")],
    ["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(ĐN)", "Đoàn Chủ tịch điều hành phiên làm việc thứ hai của đại hội.",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Vì người nghèo",
     "Khu dân cư không rác thải nhựa", "Trung tâm Hội nghị và Tổ chức sự kiện tỉnh", "Chơ Ro"],
    ["lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XI", "lần thứ X", "hàng trăm tỷ đồng", "2 ngày",
     "hội nghị lần thứ nhất"]))

# ---------------------------------------------------------------- b912 Yên Bái 2024, commune portal, đối thoại
PAGES.append(page("b912-yenbai-xabancong-doithoai-2024", """
UBND HUYỆN TRẠM TẤU
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẢN CÔNG
Trang chủ > Tin tức - Sự kiện > Hoạt động của xã
Ngày đăng: 12/04/2024 | Lượt xem: 95
Đảng ủy xã Bản Công tổ chức hội nghị đối thoại với Nhân dân năm 2024
Ngày 11/4/2024, tại nhà văn hóa thôn Bản Công, Đảng ủy xã Bản Công, huyện Trạm Tấu, tỉnh Yên Bái tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2024. Đồng chí Giàng A Chu, Bí thư Đảng ủy xã chủ trì hội nghị. Dự hội nghị có đồng chí Đinh Thị Lan, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Trạm Tấu; đồng chí Sùng A Lừ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; các đồng chí trong Ban Thường vụ Đảng ủy, lãnh đạo Ủy ban MTTQ và các đoàn thể xã; bí thư chi bộ, trưởng thôn của 7 thôn và 126 đại biểu đại diện cho Nhân dân trong xã.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân và Kế hoạch số 45-KH/ĐU ngày 15/3/2024 của Đảng ủy xã.
Mở đầu hội nghị, đồng chí Sùng A Lừ thông tin tình hình kinh tế - xã hội của xã. Bản Công hiện có 918 hộ, chủ yếu là đồng bào Mông, Thái; tỷ lệ hộ nghèo còn 47,8%. Năm 2023, xã đã hỗ trợ 32 hộ làm nhà ở, mỗi hộ 40 triệu đồng; trồng mới 85 ha sơn tra và 60 ha quế; mở rộng 4,5 km đường liên thôn.
Tại hội nghị có 14 ý kiến của Nhân dân gửi đến lãnh đạo xã. Ông Mùa A Dế ở thôn Tà Tầu hỏi về tiến độ cấp giấy chứng nhận quyền sử dụng đất nương. Bà Thào Thị Dua, Chi hội trưởng Chi hội Phụ nữ thôn Phình Hồ đề nghị xã quan tâm đầu tư nhà lớp học mầm non tại điểm trường thôn. Ông Vàng A Thào, trưởng thôn Bản Công phản ánh tình trạng một số hộ thả rông gia súc gây hư hỏng đường bê tông.
Trả lời các ý kiến, đồng chí Sùng A Lừ cho biết, năm 2024 xã sẽ hoàn thành cấp giấy chứng nhận cho 64 hộ; các hộ có nhu cầu phát triển sản xuất được vay từ 50 đến 100 triệu đồng từ Ngân hàng Chính sách xã hội. Bà Hà Thị Thơm, Phó Chủ tịch HĐND xã thông tin về việc giám sát thực hiện các chính sách hỗ trợ đồng bào dân tộc thiểu số tại các thôn.
Phát biểu kết luận, đồng chí Giàng A Chu khẳng định các ý kiến của Nhân dân đều được tiếp thu, những nội dung thuộc thẩm quyền xã sẽ giải quyết trong quý II, những nội dung vượt thẩm quyền sẽ báo cáo huyện. Đồng chí đề nghị bà con tiếp tục đoàn kết, chấp hành tốt hương ước, quy ước của thôn, tích cực tham gia phong trào thi đua "Dân vận khéo" và xây dựng nông thôn mới.
Đồng chí Đinh Thị Lan đánh giá cao cách tổ chức đối thoại cởi mở, dân chủ của Đảng ủy xã Bản Công và đề nghị xã duy trì đối thoại định kỳ ít nhất 1 lần/năm.
Văn phòng Đảng ủy xã
Tin khác
- Xã Bản Công ra quân Tết trồng cây năm 2024 (20/02/2024)
- Hội nghị tổng kết công tác dân vận năm 2023 (28/12/2023)
- Trao 150 suất quà Tết cho hộ nghèo (25/01/2024)
""", "2024-04-12", "Đảng ủy xã Bản Công tổ chức hội nghị đối thoại với Nhân dân năm 2024",
    E("doi_thoai", "2024", "2024-04-11"),
    [P("Giàng A Chu", "Bí thư Đảng ủy xã"),
     P("Đinh Thị Lan", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Trạm Tấu"),
     P("Sùng A Lừ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Mùa A Dế"),
     P("Thào Thị Dua", "Chi hội trưởng Chi hội Phụ nữ thôn Phình Hồ"),
     P("Vàng A Thào", "trưởng thôn Bản Công"),
     P("Hà Thị Thơm", "Phó Chủ tịch HĐND xã")],
    [Q("7 thôn", 7, "thôn"),
     Q("126 đại biểu", 126, "đại biểu"),
     Q("918 hộ", 918, "hộ"),
     Q("47,8%", 47.8, "%"),
     Q("32 hộ", 32, "hộ"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("85 ha", 85, "ha"),
     Q("60 ha", 60, "ha"),
     Q("4,5 km", 4.5, "km"),
     Q("14 ý kiến", 14, "ý kiến"),
     Q("64 hộ", 64, "hộ"),
     Q("từ 50 đến", 50000000, "đồng"),
     Q("100 triệu đồng", 100000000, "đồng")],
    [D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
     D("Kế hoạch", "45", "KH/ĐU", "2024-03-15", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 15/3/2024 của Đảng ủy xã")],
    [prov("Yên Bái"), com("Bản Công")],
    ["UBND HUYỆN TRẠM TẤU", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẢN CÔNG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của xã",
     "Văn phòng Đảng ủy xã", "Dân vận khéo", "Ngân hàng Chính sách xã hội"],
    ["Lượt xem: 95", "quý II", "1 lần/năm", "Năm 2023", "năm 2024"]))

# ---------------------------------------------------------------- b913 Hà Giang 2025 (before the merger), giao ban quý I
PAGES.append(page("b913-hagiang-btgdv-giaoban-q1-2025", """
BÁO HÀ GIANG ĐIỆN TỬ
Chính trị > Xây dựng Đảng
Thứ Tư, 09/04/2025 15:10
Giao ban công tác tuyên giáo và dân vận quý I
Ngày 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I/2025, triển khai nhiệm vụ quý II. Đồng chí Hoàng Thị Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Bàn Văn Hiền, Lù Văn Páo, Nguyễn Thị Thanh Huyền; lãnh đạo Ban Tuyên giáo và Dân vận các huyện ủy, thành ủy.
Đây là hội nghị giao ban đầu tiên kể từ khi Ban Tuyên giáo và Dân vận Tỉnh ủy được thành lập trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo Quyết định số 1987-QĐ/TU ngày 24/2/2025 của Ban Thường vụ Tỉnh ủy. Quý I, Ban đã tham mưu tổ chức quán triệt Kết luận số 126-KL/TW và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy của hệ thống chính trị; ban hành Hướng dẫn số 05-HD/BTGDVTU về tuyên truyền việc sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện.
Các cấp đã tổ chức 1.245 buổi tuyên truyền trực tiếp tại thôn, tổ dân phố với hơn 86.000 lượt người nghe. Công tác vận động nhân dân tham gia chương trình xóa nhà tạm, nhà dột nát được đẩy mạnh: đến hết quý I, toàn tỉnh đã khởi công 4.872 nhà, hoàn thành 2.935 nhà, đạt 60,2%. Dịp Tết Nguyên đán Ất Tỵ, Ủy ban MTTQ và các đoàn thể trao 12.600 suất quà cho hộ nghèo, gia đình chính sách.
Tại hội nghị, đồng chí Triệu Văn Chấn, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Hoàng Su Phì cho biết, huyện đã tổ chức lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã, tỷ lệ đồng thuận đạt 97,4%. Đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã Sủng Là chia sẻ việc huy động lực lượng đoàn viên, bộ đội biên phòng giúp các hộ người Mông vận chuyển vật liệu làm nhà; mỗi căn nhà được hỗ trợ từ 40 đến 60 triệu đồng. Nhiều ý kiến đề nghị sớm có hướng dẫn về chức năng, nhiệm vụ của bộ phận dân vận ở cấp xã sau sắp xếp.
Kết luận hội nghị, đồng chí Hoàng Thị Lâm yêu cầu quý II, toàn ngành tập trung tuyên truyền, tạo đồng thuận trong nhân dân về chủ trương sắp xếp bộ máy, đơn vị hành chính; nắm chắc tâm tư của cán bộ, đảng viên, nhất là cán bộ dôi dư; phấn đấu cùng cả nước hoàn thành xóa nhà tạm, nhà dột nát trước ngày 30/8/2025; chuẩn bị tốt các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Hương Giang
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/03/2025)
- Quản Bạ: Gần 300 nhà tạm được xóa trong quý I (28/03/2025)
- Tọa đàm người có uy tín với công tác xây dựng Đảng (19/03/2025)
""", "2025-04-09", "Giao ban công tác tuyên giáo và dân vận quý I",
    E("giao_ban", "2025-Q1", "2025-04-08"),
    [P("Hoàng Thị Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Bàn Văn Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lù Văn Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Thanh Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Triệu Văn Chấn", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Hoàng Su Phì"),
     P("Sùng Mí Chá", "Bí thư Đảng ủy xã Sủng Là")],
    [Q("1.245 buổi tuyên truyền", 1245, "buổi tuyên truyền"),
     Q("hơn 86.000 lượt người nghe", 86000, "lượt người nghe", "over"),
     Q("4.872 nhà", 4872, "nhà"),
     Q("2.935 nhà", 2935, "nhà"),
     Q("60,2%", 60.2, "%"),
     Q("12.600 suất quà", 12600, "suất quà"),
     Q("97,4%", 97.4, "%"),
     Q("từ 40 đến", 40000000, "đồng"),
     Q("60 triệu đồng", 60000000, "đồng")],
    [D("Quyết định", "1987", "QĐ/TU", "2025-02-24", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1987-QĐ/TU ngày 24/2/2025 của Ban Thường vụ Tỉnh ủy"),
     D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
     D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
     D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU")],
    [prov("Hà Giang"), com("Sủng Là")],
    ["BÁO HÀ GIANG ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "Tết Nguyên đán Ất Tỵ", "Đề án sắp xếp đơn vị hành chính cấp xã",
     "Ngày giải phóng miền Nam, thống nhất đất nước"],
    ["quý I/2025", "quý II", "30/8/2025", "50 năm", "Ất Tỵ"]))

# ---------------------------------------------------------------- b914 Vĩnh Long 2025 (after the merger), bàn giao nhà
PAGES.append(page("b914-vinhlong-mttq-bangiaonha-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Thời sự > Mặt trận
21/08/2025 - 09:10
Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer
Ngày 20/8, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với Đảng ủy, UBND xã Long Hiệp tổ chức lễ bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo đồng bào Khmer trên địa bàn xã. Đây là những căn nhà cuối cùng của xã trong chương trình xóa nhà tạm, nhà dột nát, hoàn thành trước thời hạn 31/8/2025.
Ông Nguyễn Minh Dũng (thứ hai từ trái sang) trao quyết định bàn giao nhà cho các hộ dân.
Dự lễ bàn giao có ông Nguyễn Minh Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Sơn Thị Chanh Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Thạch Sô Phal, Bí thư Đảng ủy xã Long Hiệp; Trung tá Huỳnh Văn Bé, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3 cùng chư tăng, phật tử và bà con trong xã.
Theo ông Thạch Sô Phal, 35 căn nhà được xây dựng theo Kế hoạch số 18/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, mỗi căn trị giá 60 triệu đồng, tổng kinh phí 2,1 tỷ đồng từ Quỹ "Vì người nghèo" tỉnh và nguồn xã hội hóa. Lực lượng vũ trang đã cử 120 lượt cán bộ, chiến sĩ giúp các gia đình tháo dỡ nhà cũ, san lấp mặt bằng với hơn 1.000 ngày công. Đoàn viên thanh niên, hội viên phụ nữ góp thêm hàng trăm ngày công dọn dẹp, vận chuyển vật liệu.
Phát biểu tại buổi lễ, ông Nguyễn Minh Dũng cho biết, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã rà soát lại toàn bộ danh sách hộ cần hỗ trợ nhà ở. Đến nay, toàn tỉnh đã hoàn thành 5.417 căn nhà, đạt 98,6% kế hoạch; riêng địa bàn tỉnh Trà Vinh (cũ) có 2.684 căn, phần lớn là nhà của đồng bào Khmer. Ông đề nghị Đảng ủy, chính quyền xã Long Hiệp tiếp tục quan tâm hỗ trợ sinh kế để các hộ "an cư, lạc nghiệp", thoát nghèo bền vững.
Thượng tọa Thạch Sa Wath, trụ trì chùa Giồng Lớn, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh bày tỏ vui mừng khi bà con phum sóc có nhà kiên cố trước mùa mưa bão; nhà chùa đã vận động phật tử đóng góp 150 triệu đồng mua sắm đồ dùng sinh hoạt cho các hộ.
Xúc động nhận nhà mới, bà Kim Thị Sa Quênh ở ấp Giồng Lớn chia sẻ: "Trước đây nhà tôi làm bằng lá, mùa mưa dột khắp nơi. Giờ có nhà tường, mái tôn, tôi cảm ơn Đảng, Nhà nước và các mạnh thường quân".
Dịp này, Hội LHPN tỉnh trao 35 phần quà cho các hộ nhận nhà, mỗi phần gồm tủ quần áo, bếp gas và 1 triệu đồng tiền mặt.
Sơn Trúc
Tin liên quan
- Vĩnh Long: Chạy nước rút xóa nhà tạm, nhà dột nát (14/08/2025)
- Mặt trận tỉnh ra mắt bộ máy mới sau hợp nhất (02/07/2025)
- Hội Đoàn kết sư sãi yêu nước tỉnh trao 500 suất quà (25/07/2025)
""", "2025-08-21", "Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer",
    E("trao_qua", None, "2025-08-20"),
    [P("Nguyễn Minh Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Sơn Thị Chanh Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
     P("Thạch Sô Phal", "Bí thư Đảng ủy xã Long Hiệp"),
     P("Huỳnh Văn Bé", "Trung tá", "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3"),
     P("Thạch Sa Wath", "Thượng tọa", "trụ trì chùa Giồng Lớn", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Kim Thị Sa Quênh")],
    [Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("2,1 tỷ đồng", 2100000000, "đồng"),
     Q("120 lượt cán bộ, chiến sĩ", 120, "lượt cán bộ, chiến sĩ"),
     Q("hơn 1.000 ngày công", 1000, "ngày công", "over"),
     Q("5.417 căn nhà", 5417, "căn nhà"),
     Q("98,6%", 98.6, "%"),
     Q("2.684 căn", 2684, "căn"),
     Q("150 triệu đồng", 150000000, "đồng"),
     Q("35 phần quà", 35, "phần quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Kế hoạch", "18", "KH-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Thời sự > Mặt trận",
     "Ông Nguyễn Minh Dũng (thứ hai từ trái sang) trao quyết định bàn giao nhà cho các hộ dân.", "Vì người nghèo", "an cư, lạc nghiệp",
     "Hội Đoàn kết sư sãi yêu nước tỉnh"],
    ["31/8/2025", "hàng trăm ngày công", "khu vực 3", "ba tỉnh"]))

# ---------------------------------------------------------------- b915 Khánh Hòa 2026, tổng kết năm 2025 (merged province)
PAGES.append(page("b915-khanhhoa-btgdv-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Chính trị
10/01/2026 11:20
Ảnh: Quang cảnh hội nghị.
Công tác tuyên giáo và dân vận năm 2025: Nhiều dấu ấn trong năm hợp nhất
Ngày 9/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Lê Hoàng Phúc, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Trần Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đặc biệt khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất thành tỉnh Khánh Hòa mới theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội; chính quyền địa phương hai cấp chính thức vận hành từ ngày 1/7/2025 với 65 xã, phường, đặc khu. Ngành tuyên giáo và dân vận đã tập trung tuyên truyền Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII; tổ chức lấy ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 với hơn 1,2 triệu lượt ý kiến; tỷ lệ cử tri đồng ý với chủ trương sắp xếp đạt 98,7%.
Báo cáo do đồng chí Thập Văn Sáu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định số 08-QĐ/TU ngày 1/7/2025 về chức năng, nhiệm vụ của Ban; Ban cũng ban hành Kế hoạch số 15-KH/BTGDVTU về phát huy vai trò người có uy tín sau sắp xếp. Toàn tỉnh đã xây mới, sửa chữa 3.512 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí hơn 173 tỷ đồng; 100% xã, phường, đặc khu đã kiện toàn bộ phận phụ trách công tác dân vận thuộc Ban Xây dựng Đảng của đảng ủy.
Tại hội nghị, đồng chí Mang Văn Thắng, Bí thư Đảng ủy xã Tô Hạp chia sẻ cách vận động đồng bào Raglai chuyển đổi cây trồng, nhờ đó 146 hộ thoát nghèo trong năm. Đồng chí Đàng Thị Mỹ Dung, Trưởng Ban Xây dựng Đảng Đảng ủy xã Phước Hà cho biết, sau sắp xếp địa bàn xã rộng gần gấp ba, cán bộ phải "bám thôn, bám dân" nhiều hơn. Ông Pinăng Văn Đại, người có uy tín thôn Tà Lọt, xã Tô Hạp đề nghị duy trì chế độ cấp báo, tạp chí cho người có uy tín.
Phát biểu chỉ đạo, đồng chí Lê Hoàng Phúc yêu cầu năm 2026, ngành tuyên giáo và dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; phục vụ tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; chú trọng công tác dân vận ở vùng đồng bào Chăm, Raglai, vùng tôn giáo và địa bàn các dự án trọng điểm.
Dịp này, 20 tập thể, 34 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen vì có thành tích xuất sắc trong công tác năm 2025.
Phương Nghi
Các tin khác
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (06/01/2026)
- Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác năm 2025 (30/12/2025)
- Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI (24/12/2025)
""", "2026-01-10", "Công tác tuyên giáo và dân vận năm 2025: Nhiều dấu ấn trong năm hợp nhất",
    E("tong_ket", "2025", "2026-01-09"),
    [P("Lê Hoàng Phúc", "Phó Bí thư Tỉnh ủy"),
     P("Trần Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Thập Văn Sáu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Mang Văn Thắng", "Bí thư Đảng ủy xã Tô Hạp"),
     P("Đàng Thị Mỹ Dung", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Phước Hà"),
     P("Pinăng Văn Đại", "người có uy tín thôn Tà Lọt")],
    [Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
     Q("hơn 1,2 triệu lượt ý kiến", 1200000, "lượt ý kiến", "over"),
     Q("98,7%", 98.7, "%"),
     Q("3.512 căn nhà", 3512, "căn nhà"),
     Q("hơn 173 tỷ đồng", 173000000000, "đồng", "over"),
     Q("100%", 100, "%"),
     Q("146 hộ", 146, "hộ"),
     Q("20 tập thể", 20, "tập thể"),
     Q("34 cá nhân", 34, "cá nhân")],
    [D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
     D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng"),
     D("Quyết định", "08", "QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", "Quyết định số 08-QĐ/TU ngày 1/7/2025"),
     D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Tô Hạp"), com("Phước Hà")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Thời sự | Chính trị", "Ảnh: Quang cảnh hội nghị.", "bám thôn, bám dân",
     "Hiến pháp năm 2013", "Nghị quyết Đại hội XIV của Đảng", "Ban Xây dựng Đảng"],
    ["năm 2026", "khóa XIII", "khóa XVI", "nhiệm kỳ 2026 - 2031", "lần thứ XIX", "gần gấp ba", "1/7/2025"]))

# ---------------------------------------------------------------- b916 Đà Nẵng 2026, ward portal, đối thoại
PAGES.append(page("b916-danang-phuonghoiantay-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HỘI AN TÂY - THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức / Xây dựng Đảng - Đoàn thể
Ngày 21/03/2026
Phường Hội An Tây đối thoại với Nhân dân về chỉnh trang đô thị, cải cách hành chính
Sáng 20/3/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Hội An Tây tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Đồng chí Trương Công Minh, Thành ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị. Dự hội nghị có đồng chí Phan Thị Bích Liên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng; đồng chí Nguyễn Thị Thanh Hà, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng hơn 180 đại biểu là cử tri, người có uy tín, đại diện các khối phố.
Hội nghị được tổ chức theo Kế hoạch số 27-KH/ĐU ngày 2/3/2026 của Đảng ủy phường, thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15. Phường Hội An Tây được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường, xã của thành phố Hội An, tỉnh Quảng Nam trước đây; từ đó đến nay, Trung tâm phục vụ hành chính công phường đã tiếp nhận 4.312 hồ sơ, giải quyết đúng hạn 99,2%.
Tại hội nghị, có 11 ý kiến được Nhân dân nêu trực tiếp. Ông Huỳnh Văn Tư (khối phố Trảng Kèo) đề nghị phường sớm khắc phục tình trạng ngập úng cục bộ trên tuyến đường qua khối phố mỗi mùa mưa. Bà Ngô Thị Lan, Trưởng Ban công tác Mặt trận khối phố Xuân Hòa phản ánh việc người dân phải đi xa hơn khi làm thủ tục đất đai sau sắp xếp. Ông Trần Văn Kỳ, cựu chiến binh khối phố Sơn Phong hỏi về chính sách hỗ trợ các hộ bị ảnh hưởng bởi dự án kè chống sạt lở bờ sông.
Trả lời các ý kiến, đồng chí Nguyễn Thị Thanh Hà cho biết, dự án kè chống sạt lở có tổng vốn 12,5 tỷ đồng, ảnh hưởng đến 46 hộ; đến nay đã có 41 hộ nhận tiền bồi thường và bàn giao mặt bằng. Nhân dân các khối phố đã tự nguyện hiến 1.860 m2 đất để mở rộng kiệt, hẻm. Trung tá Trần Văn Nam, Trưởng Công an phường thông tin về việc triển khai định danh điện tử, bảo đảm an ninh trật tự tại các điểm du lịch. Bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, Mặt trận sẽ phối hợp giám sát việc bồi thường, hỗ trợ bảo đảm công khai, đúng quy định.
Kết luận hội nghị, đồng chí Trương Công Minh ghi nhận tinh thần thẳng thắn, xây dựng của Nhân dân; yêu cầu các bộ phận chuyên môn trả lời bằng văn bản các ý kiến chưa giải quyết tại hội nghị trong thời hạn 10 ngày làm việc; đồng thời đề nghị bà con tiếp tục đồng hành cùng cấp ủy, chính quyền trong xây dựng phường văn minh, giữ gìn giá trị di sản.
Ban Xây dựng Đảng - Đảng ủy phường
Tin liên quan
- Phường Hội An Tây ra quân làm sạch môi trường (14/03/2026)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5 (05/03/2026)
- Gặp mặt cán bộ hưu trí nhân dịp Xuân Bính Ngọ 2026 (10/02/2026)
""", "2026-03-21", "Phường Hội An Tây đối thoại với Nhân dân về chỉnh trang đô thị, cải cách hành chính",
    E("doi_thoai", "2026", "2026-03-20"),
    [P("Trương Công Minh", "Thành ủy viên", "Bí thư Đảng ủy phường"),
     P("Phan Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng"),
     P("Nguyễn Thị Thanh Hà", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
     P("Huỳnh Văn Tư"),
     P("Ngô Thị Lan", "Trưởng Ban công tác Mặt trận khối phố Xuân Hòa"),
     P("Trần Văn Kỳ", "cựu chiến binh khối phố Sơn Phong"),
     P("Trần Văn Nam", "Trung tá", "Trưởng Công an phường"),
     P("Lê Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
    [Q("hơn 180 đại biểu", 180, "đại biểu", "over"),
     Q("4.312 hồ sơ", 4312, "hồ sơ"),
     Q("99,2%", 99.2, "%"),
     Q("11 ý kiến", 11, "ý kiến"),
     Q("12,5 tỷ đồng", 12500000000, "đồng"),
     Q("46 hộ", 46, "hộ"),
     Q("41 hộ", 41, "hộ"),
     Q("1.860 m2", 1860, "m2")],
    [D("Kế hoạch", "27", "KH/ĐU", "2026-03-02", "Đảng ủy phường", "Kế hoạch số 27-KH/ĐU ngày 2/3/2026 của Đảng ủy phường"),
     D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15")],
    [prov("Đà Nẵng"), prov("Quảng Nam"), com("Hội An Tây")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HỘI AN TÂY - THÀNH PHỐ ĐÀ NẴNG", "Trang chủ / Tin tức / Xây dựng Đảng - Đoàn thể",
     "Ban Xây dựng Đảng - Đảng ủy phường", "Trung tâm phục vụ hành chính công phường"],
    ["1/7/2025", "10 ngày làm việc", "Bính Ngọ 2026", "năm 2026"]))
