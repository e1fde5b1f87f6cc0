from lib import *

PAGES = []

# ---------------------------------------------------------------- b977
PAGES.append(page("b977-travinh-bdv-khmer-tongket-2022", """
Báo Trà Vinh điện tử
Trang chủ › Chính trị › Dân vận
06/01/2023 - 07:45
Đồng bào Khmer đồng thuận xây dựng nông thôn mới
Toàn cảnh hội nghị. Ảnh: Hữu Thọ
TVO - Ngày 5/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Kiên Thị Sô Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 86-KH/TU thực hiện Nghị quyết số 14-NQ/TU ngày 18/3/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc Khmer; hướng dẫn cấp ủy cơ sở thực hiện Hướng dẫn số 29-HD/BDVTW của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo". Toàn tỉnh đã xây dựng được 1.530 mô hình "Dân vận khéo", trong đó có 412 mô hình ở vùng đồng bào Khmer.
Trà Vinh hiện có 143 chùa Phật giáo Nam tông Khmer với hơn 3.700 sư sãi. Trong năm, các chùa đã phối hợp chính quyền địa phương mở 98 lớp dạy chữ Khmer hè; sư sãi, achar vận động đồng bào hiến hơn 21.000 m2 đất, đóng góp trên 14 tỷ đồng xây dựng đường giao thông, cầu nông thôn. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 3,12%. Các cấp Mặt trận vận động xây dựng 816 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ từ 40 đến 50 triệu đồng.
Hội nghị nghe nhiều ý kiến tham luận. Hòa thượng Kim Sa Rinh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị tăng cường bồi dưỡng cho sư sãi về pháp luật và kỹ năng tuyên truyền. Ông Thạch Sang, Achar cả chùa Ô Mịch, xã Lương Hòa A, chia sẻ cách vận động bà con trong phum, sóc chuyển đổi cây trồng. Đồng chí Trầm Thị Huỳnh Mai, TUV, Bí thư Huyện ủy Trà Cú, cho biết huyện có hơn 60% dân số là người Khmer, năm qua không phát sinh điểm nóng, đơn thư vượt cấp.
Hạn chế được chỉ ra là việc nắm tình hình ở một số địa bàn có đông lao động đi làm ăn xa chưa sâu; công tác dân vận chính quyền ở một số xã chưa đều tay; việc thực hiện dân chủ ở cơ sở có nơi còn hình thức, chưa phát huy vai trò giám sát của nhân dân.
Phát biểu kết luận, đồng chí Kiên Thị Sô Phia đề nghị năm 2023 khối dân vận tập trung nắm chắc tình hình tư tưởng đồng bào Khmer, chăm lo tốt cho người có uy tín, phát huy vai trò của Hội Đoàn kết sư sãi yêu nước trong vận động đồng bào.
Dịp này, 18 tập thể và 25 cá nhân được nhận Giấy khen của Ban Dân vận Tỉnh ủy.
Hoàng Vũ
Tin liên quan
- Họp mặt sư sãi, achar nhân dịp Sene Dolta năm 2022 (20/09/2022)
- Ban Dân vận Tỉnh ủy giao ban quý III/2022 (14/10/2022)
- Cầu Ngang: trao 50 căn nhà Đại đoàn kết (02/12/2022)
""",
    "2023-01-06", "Đồng bào Khmer đồng thuận xây dựng nông thôn mới",
    E("tong_ket", "2022", "2023-01-05"),
    [P("Kiên Thị Sô Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Kim Sa Rinh", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Thạch Sang", "Achar cả chùa Ô Mịch"),
     P("Trầm Thị Huỳnh Mai", "TUV", "Bí thư Huyện ủy Trà Cú")],
    [Q("1.530 mô hình \"Dân vận khéo\"", 1530, "mô hình"),
     Q("412 mô hình", 412, "mô hình"),
     Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"),
     Q("hơn 3.700 sư sãi", 3700, "sư sãi", "over"),
     Q("98 lớp dạy chữ Khmer hè", 98, "lớp dạy chữ Khmer hè"),
     Q("hơn 21.000 m2", 21000, "m2", "over"),
     Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"),
     Q("3,12%", 3.12, "%"),
     Q("816 căn nhà Đại đoàn kết", 816, "căn nhà Đại đoàn kết"),
     Q("từ 40", 40000000, "đồng"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("hơn 60%", 60, "%", "over"),
     Q("18 tập thể", 18, "tập thể"),
     Q("25 cá nhân", 25, "cá nhân")],
    [D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU"),
     D("Nghị quyết", "14", "NQ/TU", "2022-03-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 14-NQ/TU"),
     D("Hướng dẫn", "29", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 29-HD/BDVTW")],
    [prov("Trà Vinh"), com("Lương Hòa A")],
    ["Báo Trà Vinh điện tử", "Trang chủ › Chính trị › Dân vận", "Toàn cảnh hội nghị. Ảnh: Hữu Thọ", "TVO",
     "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước"],
    ["06/01/2023 - 07:45", "năm 2023"]))

# ---------------------------------------------------------------- b978
PAGES.append(page("b978-namdinh-mttq-congiao-giangsinh-2023", """
BÁO NAM ĐỊNH
Thời sự | Chính trị | Mặt trận
Ngày 20/12/2023 | 16:10
Gặp mặt chức sắc, chức việc Công giáo nhân dịp Lễ Giáng sinh năm 2023
Đại diện lãnh đạo tỉnh tặng hoa chúc mừng các linh mục.
Chiều 19-12, Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Dân vận Tỉnh ủy và Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc, tu sĩ Công giáo nhân dịp Lễ Giáng sinh năm 2023. Dự hội nghị có hơn 250 đại biểu là linh mục, tu sĩ, trưởng ban hành giáo các giáo xứ thuộc Giáo phận Bùi Chu trên địa bàn tỉnh.
Về phía tỉnh có các đồng chí: Trần Minh Thái, Phó Bí thư Tỉnh ủy; Vũ Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đỗ Văn Khánh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Phát biểu tại hội nghị, đồng chí Vũ Thị Hương Giang cho biết Nam Định có trên 420.000 giáo dân, chiếm khoảng 23% dân số, sinh hoạt tại 310 giáo xứ. Năm 2023, đồng bào Công giáo đã đóng góp hơn 38 tỷ đồng cho các hoạt động an sinh xã hội, ủng hộ Quỹ "Vì người nghèo" trên 2,6 tỷ đồng; hiến 15.400 m2 đất và hàng chục nghìn ngày công làm đường giao thông, kênh mương nội đồng. Nhiều giáo xứ ven biển ở Giao Thủy, Hải Hậu đã vận động giáo dân là ngư dân tham gia 26 tổ đoàn kết khai thác hải sản. Đồng chí đề nghị chức sắc tiếp tục tuyên truyền giáo dân nghiên cứu, thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc.
Thay mặt chức sắc Công giáo, Linh mục Phêrô Trần Văn Hạnh, Tổng Đại diện Giáo phận Bùi Chu, cảm ơn cấp ủy, chính quyền đã tạo điều kiện để giáo dân "sống phúc âm giữa lòng dân tộc". Linh mục Giuse Phạm Đức Trọng, quản xứ giáo xứ Quần Phương, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho một số cơ sở tôn giáo. Nữ tu Maria Nguyễn Thị Lan, Bề trên Dòng Mến Thánh Giá Bùi Chu, chia sẻ về lớp học tình thương và nhà nuôi dưỡng trẻ mồ côi do dòng phụ trách với 64 em.
Đồng chí Trần Minh Thái gửi lời chúc mừng Giáng sinh và năm mới 2024, đề nghị các ngành tiếp thu, giải quyết kiến nghị theo Kế hoạch số 205-KH/BDVTU của Ban Dân vận Tỉnh ủy về tiếp xúc, đối thoại với chức sắc tôn giáo; chú trọng vận động giáo dân tham gia xây dựng nông thôn mới kiểu mẫu.
Nhân dịp này, lãnh đạo tỉnh đã đến thăm, chúc mừng Tòa Giám mục Bùi Chu và tặng 40 suất quà cho các linh mục cao niên, mỗi suất 1,5 triệu đồng.
Thanh Hương
Các tin khác
- Chủ tịch Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh tại Hải Hậu (18/12/2023)
- Hội nghị tiếp xúc chức sắc Phật giáo năm 2023 (28/11/2023)
- Vụ Bản: giáo xứ hiến đất làm đường (10/11/2023)
""",
    "2023-12-20", "Gặp mặt chức sắc, chức việc Công giáo nhân dịp Lễ Giáng sinh năm 2023",
    E("hoi_nghi", "2023", "2023-12-19"),
    [P("Trần Minh Thái", "Phó Bí thư Tỉnh ủy"),
     P("Vũ Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đỗ Văn Khánh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Phêrô Trần Văn Hạnh", "Linh mục", "Tổng Đại diện Giáo phận Bùi Chu"),
     P("Giuse Phạm Đức Trọng", "Linh mục", "quản xứ giáo xứ Quần Phương"),
     P("Maria Nguyễn Thị Lan", "Nữ tu", "Bề trên Dòng Mến Thánh Giá Bùi Chu")],
    [Q("hơn 250 đại biểu", 250, "đại biểu", "over"),
     Q("trên 420.000 giáo dân", 420000, "giáo dân", "over"),
     Q("khoảng 23%", 23, "%", "approx"),
     Q("310 giáo xứ", 310, "giáo xứ"),
     Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
     Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"),
     Q("15.400 m2", 15400, "m2"),
     Q("26 tổ đoàn kết khai thác hải sản", 26, "tổ đoàn kết khai thác hải sản"),
     Q("64 em", 64, "em"),
     Q("40 suất quà", 40, "suất quà"),
     Q("1,5 triệu đồng", 1500000, "đồng")],
    [D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 43-NQ/TW"),
     D("Kế hoạch", "205", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 205-KH/BDVTU")],
    [prov("Nam Định")],
    ["BÁO NAM ĐỊNH", "Thời sự | Chính trị | Mặt trận", "Đại diện lãnh đạo tỉnh tặng hoa chúc mừng các linh mục.",
     "Vì người nghèo", "sống phúc âm giữa lòng dân tộc", "Tòa Giám mục Bùi Chu"],
    ["Ngày 20/12/2023 | 16:10", "năm mới 2024", "hàng chục nghìn ngày công", "khóa XIII"]))

# ---------------------------------------------------------------- b979
PAGES.append(page("b979-kiengiang-bdv-iuu-giaoban-quy2-2023", """
Báo Kiên Giang
Chính trị
2023-07-14 08:30
Ban Dân vận Tỉnh ủy giao ban quý II: Dồn sức vận động ngư dân chống khai thác IUU
(BKG) - Ngày 13-7, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị giao ban công tác dân vận quý II năm 2023. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Danh Út, Nguyễn Thị Minh Tâm.
Báo cáo cho biết, trong quý, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch 65, 66-KH/BDVTU về tuyên truyền, vận động ngư dân chấp hành quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) và về kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 8 xã, phường ven biển. Khối dân vận các cấp phối hợp Bộ đội Biên phòng tổ chức 214 cuộc tuyên truyền với hơn 9.600 lượt ngư dân tham dự; cấp phát 3.500 tờ rơi song ngữ Việt - Khmer.
Toàn tỉnh hiện có 9.360 tàu cá, trong đó 3.412 tàu dài từ 15 m trở lên; đến cuối tháng 6, có 99,8% tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình. Còn 25 tàu mất kết nối trên 6 giờ khi hoạt động trên biển đang được xác minh, xử lý. Thực hiện Công điện số 06/CĐ-UBND của UBND tỉnh, các địa phương đã rà soát, lập danh sách tàu "3 không" để quản lý.
Tại hội nghị, Đại tá Trần Văn Hiểu, Chính ủy Bộ đội Biên phòng tỉnh, đề nghị Mặt trận, đoàn thể vận động thân nhân các ngư dân từng vi phạm ký cam kết; đồng chí Lâm Thị Ngọc Hân, Trưởng Ban Dân vận Huyện ủy Kiên Lương, cho biết huyện đã thành lập 12 tổ tự quản nghề cá với 146 tàu. Bà Thị Sa Ly Na, Chủ tịch Hội Liên hiệp Phụ nữ phường Tô Châu, chia sẻ mô hình "Vợ ngư dân nói không với khai thác IUU" với 85 hội viên tham gia.
Đồng chí Danh Út đề nghị quý III tập trung thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy; phối hợp tổ chức "Ngày hội ngư dân" tại xã Lại Sơn; mỗi cán bộ dân vận cơ sở phụ trách từ 5 đến 7 hộ ngư dân để nắm tình hình, không để tàu cá vi phạm vùng biển nước ngoài.
Hạn chế trong quý là một số chủ tàu chưa chấp hành nghiêm việc khai báo xuất, nhập bến; việc nắm tình hình ngư dân đi biển dài ngày ở một số xã đảo còn khó khăn do giao thông cách trở; công tác phối hợp giữa các lực lượng ở một số địa phương có lúc chưa chặt chẽ, thông tin chưa kịp thời.
Thanh Liêm
TIN CÙNG CHUYÊN MỤC
- Phú Quốc: ngư dân ký cam kết không vi phạm vùng biển nước ngoài (10/07/2023)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2023 (05/07/2023)
- An Biên: gặp mặt người có uy tín trong đồng bào Khmer (26/06/2023)
- Hà Tiên: ra mắt tổ tự quản nghề cá ở phường Đông Hồ (19/06/2023)
- Trao 100 lá cờ Tổ quốc cho ngư dân Hòn Đất (08/06/2023)
""",
    "2023-07-14", "Ban Dân vận Tỉnh ủy giao ban quý II: Dồn sức vận động ngư dân chống khai thác IUU",
    E("giao_ban", "2023-Q2", "2023-07-13"),
    [P("Danh Út", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Minh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Văn Hiểu", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Lâm Thị Ngọc Hân", "Trưởng Ban Dân vận Huyện ủy Kiên Lương"),
     P("Thị Sa Ly Na", "Chủ tịch Hội Liên hiệp Phụ nữ phường Tô Châu")],
    [Q("8 xã, phường ven biển", 8, "xã, phường ven biển"),
     Q("214 cuộc tuyên truyền", 214, "cuộc tuyên truyền"),
     Q("hơn 9.600 lượt ngư dân", 9600, "lượt ngư dân", "over"),
     Q("3.500 tờ rơi", 3500, "tờ rơi"),
     Q("9.360 tàu cá", 9360, "tàu cá"),
     Q("3.412 tàu", 3412, "tàu"),
     Q("99,8%", 99.8, "%"),
     Q("25 tàu", 25, "tàu"),
     Q("12 tổ tự quản nghề cá", 12, "tổ tự quản nghề cá"),
     Q("146 tàu", 146, "tàu"),
     Q("85 hội viên", 85, "hội viên"),
     Q("từ 5", 5, "hộ ngư dân"),
     Q("7 hộ ngư dân", 7, "hộ ngư dân")],
    [D("Kế hoạch", "65", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 65, 66-KH/BDVTU"),
     D("Kế hoạch", "66", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 65, 66-KH/BDVTU"),
     D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU")],
    [prov("Kiên Giang"), com("Tô Châu"), com("Lại Sơn")],
    ["Báo Kiên Giang", "(BKG)", "Vợ ngư dân nói không với khai thác IUU", "Ngày hội ngư dân", "Quy chế dân chủ ở cơ sở",
     "Công điện số 06/CĐ-UBND"],
    ["2023-07-14 08:30", "quý II năm 2023", "quý III", "15 m", "trên 6 giờ", "3 không", "cuối tháng 6"]))

# ---------------------------------------------------------------- b980
PAGES.append(page("b980-binhduong-ldld-tetsumvay-traoqua-2024", """
BÌNH DƯƠNG ONLINE
Xã hội » Lao động - Việc làm
Thứ Hai, 29/01/2024, 07:15
Ấm áp "Tết Sum vầy" của công nhân lao động
Công nhân tham quan gian hàng 0 đồng tại chương trình.
(BDO) Ngày 28/1, tại Nhà Văn hóa Lao động tỉnh (TP Thuận An), Liên đoàn Lao động tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Giáp Thìn 2024" cho công nhân lao động có hoàn cảnh khó khăn không có điều kiện về quê đón Tết.
Tham dự có đồng chí Phạm Quốc Thịnh, Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; bà Nguyễn Thị Thu Hồng, Chủ tịch Liên đoàn Lao động tỉnh; ông Lý Văn Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện các doanh nghiệp, nhà tài trợ.
Tại chương trình, Ban tổ chức trao 2.000 phần quà cho công nhân, mỗi phần trị giá 1 triệu đồng; trao 50 vé xe cho công nhân quê ở các tỉnh miền Bắc, miền Trung và bàn giao 3 Mái ấm Công đoàn, mỗi căn được hỗ trợ 60 triệu đồng. Khoảng 3.000 công nhân đã tham gia "Phiên chợ Công đoàn" với các mặt hàng giảm giá từ 10 đến 50%, cùng gian hàng 0 đồng.
Theo Liên đoàn Lao động tỉnh Bình Dương, thực hiện Kế hoạch số 125/KH-LĐLĐ ngày 15/11/2023 về chăm lo Tết cho đoàn viên, người lao động, dịp Tết Giáp Thìn các cấp công đoàn tỉnh đã chăm lo cho hơn 160.000 lượt đoàn viên với tổng kinh phí trên 110 tỷ đồng. Bình quân thưởng Tết năm nay của người lao động đạt khoảng 8,2 triệu đồng/người; tuy nhiên vẫn còn gần 2.500 công nhân bị mất việc, giảm giờ làm do doanh nghiệp thiếu đơn hàng.
Anh Thạch Ngọc Dương, công nhân Công ty TNHH May mặc Tân Phú, quê Sóc Trăng, chia sẻ: "Năm nay công ty ít đơn hàng, vợ chồng em ở lại làm thêm, nhận được quà Công đoàn thấy ấm lòng lắm". Chị Y Hà Niê (dân tộc Ê Đê), công nhân Công ty TNHH Điện tử Minh Phát, lần đầu đón Tết xa buôn, được Công đoàn tặng vé xe về quê Đắk Lắk.
Phát biểu tại chương trình, đồng chí Phạm Quốc Thịnh ghi nhận những đóng góp của công nhân lao động vào tăng trưởng kinh tế của tỉnh; đề nghị các cấp công đoàn thực hiện tốt Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về tăng cường lãnh đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới; quan tâm hỗ trợ người lao động mất việc tìm việc làm mới sau Tết.
Nhiều công nhân cho biết năm nay chi tiêu Tết tiết kiệm hơn, ưu tiên gửi tiền về quê cho cha mẹ và con nhỏ; một số gia đình công nhân trẻ đón Tết ngay tại phòng trọ, cùng hàng xóm gói bánh tét, nấu nồi thịt kho.
Dịp này, các nhà tài trợ trao 200 suất học bổng cho con công nhân, mỗi suất 2 triệu đồng.
Kim Hà
Tin liên quan
- Trao 1.000 vé xe cho công nhân về quê đón Tết (25/01/2024)
- Công đoàn các khu công nghiệp thăm, tặng quà đoàn viên khó khăn (20/01/2024)
- Bình Dương: gần 2.500 công nhân mất việc dịp cuối năm (12/01/2024)
- Dĩ An: Phiên chợ Công đoàn phục vụ hơn 1.000 đoàn viên (10/01/2024)
""",
    "2024-01-29", "Ấm áp \"Tết Sum vầy\" của công nhân lao động",
    E("trao_qua", None, "2024-01-28"),
    [P("Phạm Quốc Thịnh", "Phó Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
     P("Nguyễn Thị Thu Hồng", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Lý Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thạch Ngọc Dương", "công nhân Công ty TNHH May mặc Tân Phú"),
     P("Y Hà Niê", "công nhân Công ty TNHH Điện tử Minh Phát")],
    [Q("2.000 phần quà", 2000, "phần quà"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("50 vé xe", 50, "vé xe"),
     Q("3 Mái ấm Công đoàn", 3, "Mái ấm Công đoàn"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("Khoảng 3.000 công nhân", 3000, "công nhân", "approx"),
     Q("từ 10", 10, "%"),
     Q("50%", 50, "%"),
     Q("hơn 160.000 lượt đoàn viên", 160000, "lượt đoàn viên", "over"),
     Q("trên 110 tỷ đồng", 110000000000, "đồng", "over"),
     Q("khoảng 8,2 triệu đồng/người", 8200000, "đồng", "approx"),
     Q("gần 2.500 công nhân", 2500, "công nhân", "approx"),
     Q("200 suất học bổng", 200, "suất học bổng"),
     Q("2 triệu đồng", 2000000, "đồng")],
    [D("Kế hoạch", "125", "KH-LĐLĐ", "2023-11-15", "Liên đoàn Lao động tỉnh", "Kế hoạch số 125/KH-LĐLĐ"),
     D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW")],
    [prov("Bình Dương"), prov("Sóc Trăng"), prov("Đắk Lắk")],
    ["BÌNH DƯƠNG ONLINE", "Xã hội » Lao động - Việc làm", "Công nhân tham quan gian hàng 0 đồng tại chương trình.", "(BDO)",
     "Tết Sum vầy - Xuân Giáp Thìn 2024", "Phiên chợ Công đoàn", "Nhà Văn hóa Lao động tỉnh"],
    ["Thứ Hai, 29/01/2024, 07:15", "gian hàng 0 đồng", "Tết Giáp Thìn"]))

# ---------------------------------------------------------------- b981
PAGES.append(page("b981-ninhthuan-bdv-cham-soket-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Cập nhật ngày: 18/07/2024 10:40
Sơ kết công tác dân vận 6 tháng đầu năm 2024
Ngày 17/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Quảng Thị Ngọc Ánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 57, 58-KL/TU về tiếp tục thực hiện công tác vận động đồng bào Chăm và về công tác dân vận ở vùng ven biển; phối hợp tổ chức chu đáo các lễ hội Ramưwan của đồng bào Chăm Bà-ni. Toàn tỉnh Ninh Thuận có hơn 72.000 đồng bào Chăm, trong đó khoảng 43.000 người theo đạo Bà-la-môn, hơn 27.000 người theo Hồi giáo Bà-ni, sinh hoạt tại 22 đền, tháp và 24 thánh đường.
Khối dân vận đã vận động 1.243 hộ ngư dân ở các xã ven biển Cà Ná, Phước Dinh ký cam kết không khai thác hải sản trái phép; phối hợp xây dựng 84 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Chăm, Raglai, mỗi căn 50 triệu đồng. Các cấp đã tổ chức 37 cuộc đối thoại với nhân dân, tiếp nhận 64 ý kiến, kiến nghị, đến nay đã giải quyết 58 ý kiến.
Tại hội nghị, ông Thông Bá Biên, Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh, kiến nghị hỗ trợ kinh phí tu sửa một số thánh đường xuống cấp. Ông Lưu Quang Đạo, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, đề nghị tiếp tục tạo điều kiện cho đồng bào tổ chức Lễ hội Katê năm 2024 tại 3 tháp Po Klong Garai, Po Rome, Po Inư Nưgar. Bà Pinăng Thị Hoa, người có uy tín thôn Ma Nới, xã Ma Nới, cho biết đồng bào Raglai trong thôn đã hiến 2.300 m2 đất làm đường nội đồng.
Hội nghị cũng chỉ ra hạn chế: việc nắm bắt tâm tư, nguyện vọng của nhân dân ở một số dự án năng lượng tái tạo còn chậm; một số tranh chấp đất đai liên quan đến đất tôn giáo chưa được giải quyết dứt điểm; hoạt động của một số tổ dân vận thôn, khu phố còn hình thức, chưa phát huy vai trò của người có uy tín, chức sắc trong vận động đồng bào.
Phát biểu kết luận, đồng chí Quảng Thị Ngọc Ánh đề nghị 6 tháng cuối năm tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; đẩy mạnh phong trào "Dân vận khéo", phấn đấu cả năm xây dựng 250 mô hình; chuẩn bị tốt Hội nghị người có uy tín năm 2024.
Nguồn: Ban Dân vận Tỉnh ủy
Tin khác
- Lễ hội Ramưwan của đồng bào Chăm Bà-ni năm 2024 (12/03/2024)
- Ninh Phước: đối thoại với người dân vùng dự án (05/06/2024)
- Ban Dân vận Tỉnh ủy làm việc với Hội đồng Chức sắc Bà-la-môn (22/05/2024)
- Thuận Nam: ngư dân Cà Ná ký cam kết chống khai thác IUU (10/05/2024)
""",
    "2024-07-18", "Sơ kết công tác dân vận 6 tháng đầu năm 2024",
    E("so_ket", "2024-H1", "2024-07-17"),
    [P("Quảng Thị Ngọc Ánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thông Bá Biên", "Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh"),
     P("Lưu Quang Đạo", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
     P("Pinăng Thị Hoa", "người có uy tín thôn Ma Nới")],
    [Q("hơn 72.000 đồng bào Chăm", 72000, "đồng bào Chăm", "over"),
     Q("khoảng 43.000 người", 43000, "người", "approx"),
     Q("hơn 27.000 người", 27000, "người", "over"),
     Q("22 đền, tháp", 22, "đền, tháp"),
     Q("24 thánh đường", 24, "thánh đường"),
     Q("1.243 hộ ngư dân", 1243, "hộ ngư dân"),
     Q("84 căn nhà Đại đoàn kết", 84, "căn nhà Đại đoàn kết"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("37 cuộc đối thoại", 37, "cuộc đối thoại"),
     Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
     Q("58 ý kiến", 58, "ý kiến"),
     Q("3 tháp", 3, "tháp"),
     Q("2.300 m2", 2300, "m2"),
     Q("250 mô hình", 250, "mô hình")],
    [D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 57, 58-KL/TU"),
     D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 57, 58-KL/TU"),
     D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
    [prov("Ninh Thuận"), com("Cà Ná"), com("Phước Dinh"), com("Ma Nới")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN", "Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh",
     "Nguồn: Ban Dân vận Tỉnh ủy", "Ramưwan", "Lễ hội Katê", "Dân vận khéo", "Po Klong Garai, Po Rome, Po Inư Nưgar"],
    ["Cập nhật ngày: 18/07/2024 10:40", "6 tháng cuối năm 2024", "Lễ hội Katê năm 2024"]))

# ---------------------------------------------------------------- b982
PAGES.append(page("b982-vinhlong-btgdv-tongket-2024", """
BÁO VĨNH LONG ONLINE
Chính trị | Xây dựng Đảng
Thứ Sáu, 14/02/2025 - 11:20
Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2025
Đồng chí Nguyễn Hữu Nghĩa phát biểu chỉ đạo hội nghị. Ảnh: Thảo Ly
(VLO) Ngày 13/2, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo, dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Đây là hội nghị đầu tiên của Ban sau khi được thành lập theo Quyết định số 128-QĐ/TU ngày 27/01/2025 của Ban Thường vụ Tỉnh ủy, trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy.
Dự hội nghị có đồng chí Nguyễn Hữu Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. Chủ trì hội nghị có đồng chí Trần Thị Bích Tuyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Phan Văn Kiệt, Thạch Thị Hồng Nhung, Lê Quốc Cường.
Năm 2024, công tác dân vận của tỉnh Vĩnh Long đạt nhiều kết quả: toàn tỉnh xây dựng 1.126 mô hình "Dân vận khéo"; Mặt trận và các đoàn thể vận động xây dựng, sửa chữa 1.418 căn nhà Đại đoàn kết với tổng kinh phí hơn 71 tỷ đồng. Đồng bào có đạo, gồm Công giáo, Phật giáo, Cao Đài, Phật giáo Hòa Hảo và Phật giáo Nam tông Khmer, đóng góp gần 45 tỷ đồng cho công tác an sinh xã hội. Các cấp ủy đã tổ chức 312 cuộc đối thoại giữa người đứng đầu với nhân dân, giải quyết dứt điểm 86% kiến nghị.
Trong công tác tuyên giáo, Ban đã tham mưu tổ chức học tập, quán triệt các nghị quyết, kết luận của Trung ương cho hơn 52.000 cán bộ, đảng viên, đạt 98,6%; định hướng thông tin về việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.
Tại hội nghị, đồng chí Thạch Thị Hồng Nhung thông qua Kế hoạch số 02-KH/BTGDVTU về tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính. Linh mục Phaolô Nguyễn Văn Lành, quản xứ giáo xứ Cái Nhum, gửi tham luận về phong trào giáo dân tham gia xây dựng nông thôn mới ở xã Chánh An.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Nghĩa đề nghị Ban nhanh chóng ổn định tổ chức, phân công nhiệm vụ rõ người, rõ việc; làm tốt công tác nắm tình hình tư tưởng cán bộ, đảng viên và nhân dân trong quá trình sắp xếp bộ máy, chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.
Mai Thảo
Tin liên quan
- Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (01/02/2025)
- Vĩnh Long: 1.418 căn nhà Đại đoàn kết được bàn giao trong năm 2024 (30/12/2024)
- Họp mặt chức sắc các tôn giáo nhân dịp Tết Ất Tỵ (20/01/2025)
- Trà Ôn: tổng kết phong trào "Dân vận khéo" năm 2024 (15/01/2025)
- Mang Thít: giáo xứ chung tay xây nhà Đại đoàn kết (08/01/2025)
""",
    "2025-02-14", "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2025",
    E("tong_ket", "2024", "2025-02-13"),
    [P("Nguyễn Hữu Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Trần Thị Bích Tuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Phan Văn Kiệt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Thạch Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lê Quốc Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Phaolô Nguyễn Văn Lành", "Linh mục", "quản xứ giáo xứ Cái Nhum")],
    [Q("1.126 mô hình", 1126, "mô hình"),
     Q("1.418 căn nhà Đại đoàn kết", 1418, "căn nhà Đại đoàn kết"),
     Q("hơn 71 tỷ đồng", 71000000000, "đồng", "over"),
     Q("gần 45 tỷ đồng", 45000000000, "đồng", "approx"),
     Q("312 cuộc đối thoại", 312, "cuộc đối thoại"),
     Q("86%", 86, "%"),
     Q("hơn 52.000 cán bộ, đảng viên", 52000, "cán bộ, đảng viên", "over"),
     Q("98,6%", 98.6, "%")],
    [D("Quyết định", "128", "QĐ/TU", "2025-01-27", "Ban Thường vụ Tỉnh ủy", "Quyết định số 128-QĐ/TU"),
     D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW"),
     D("Kế hoạch", "02", "KH/BTGDVTU", None, None, "Kế hoạch số 02-KH/BTGDVTU")],
    [prov("Vĩnh Long"), com("Chánh An")],
    ["BÁO VĨNH LONG ONLINE", "Chính trị | Xây dựng Đảng", "Đồng chí Nguyễn Hữu Nghĩa phát biểu chỉ đạo hội nghị. Ảnh: Thảo Ly",
     "(VLO)", "Dân vận khéo"],
    ["Thứ Sáu, 14/02/2025 - 11:20", "năm 2025", "nhiệm kỳ 2025 - 2030", "khóa XII"]))
