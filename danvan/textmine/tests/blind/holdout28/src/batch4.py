from lib import *
PAGES = []

# ---------------------------------------------------------------- b647 Tuyên Quang, Ủy ban MTTQ, tổng kết năm 2024
PAGES.append(page("b647-tuyenquang-mttq-tongket-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH TUYÊN QUANG
Trang chủ / Hoạt động Mặt trận / Tin tỉnh
Chủ Nhật, 22/12/2024 19:20 (GMT+7)
Ảnh: Hội nghị tổng kết công tác Mặt trận năm 2024
Tuyên Quang: Hoàn thành xóa 2.150 nhà tạm, nhà dột nát trước thời hạn
Ngày 20/12, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Dự hội nghị có đồng chí Ma Thế Hồng, Phó Bí thư Thường trực Tỉnh ủy; bà Hoàng Thị Thu Ngân, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Phùng Thị Lìu, Hà Văn Dìn, Nguyễn Minh Đức - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2024, Mặt trận các cấp đã tập trung quán triệt Nghị quyết 43-NQ/TW của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; thực hiện Chỉ thị 32, 33-CT/TU của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát và về đổi mới hoạt động của Ban công tác Mặt trận ở khu dân cư. Theo Kế hoạch số 145/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh đã hoàn thành xóa 2.150 nhà tạm, nhà dột nát, trước 3 tháng so với kế hoạch, với tổng kinh phí 108,6 tỷ đồng; mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng.
Ông Ma Thế Hồng trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể. Ảnh: Minh Thúy
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 98,7% hộ gia đình đạt danh hiệu gia đình văn hóa; toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới nâng cao. Quỹ "Vì người nghèo" các cấp tiếp nhận 41,3 tỷ đồng, trong đó cấp tỉnh 26,8 tỷ đồng. Sau cơn bão số 3 (Yagi), Mặt trận tỉnh tiếp nhận và phân bổ trên 17,5 tỷ đồng tiền ủng hộ cùng 86 tấn hàng hóa cho 3.420 hộ bị thiệt hại. Mặt trận các cấp chủ trì 312 cuộc giám sát, tổ chức 54 hội nghị phản biện xã hội.
Tại hội nghị có 8 tham luận. Ông Lý Văn Chàn, Chủ tịch Ủy ban MTTQ huyện Lâm Bình, người dân tộc Dao, nêu kinh nghiệm huy động 2.600 ngày công của bà con giúp các hộ nghèo dựng nhà. Bà Lèng Thị Mai, Trưởng Ban công tác Mặt trận thôn Nà Chác, xã Thượng Lâm, kể câu chuyện vận động 12 hộ người Mông chuyển nhà ra khỏi vùng sạt lở. Thượng tọa Thích Minh Giác, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết Phật giáo tỉnh đã ủng hộ hơn 1,4 tỷ đồng cho chương trình xóa nhà tạm. Ông Nguyễn Văn Thuận, Giám đốc Công ty TNHH Lâm sản Tân Trào, ủng hộ 500 triệu đồng xây 8 căn nhà cho hộ nghèo.
Phát biểu chỉ đạo, đồng chí Ma Thế Hồng ghi nhận vai trò nòng cốt của Mặt trận trong phong trào xóa nhà tạm. Đồng chí đề nghị năm 2025, Mặt trận các cấp chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2024 - 2029 (đối với những nơi chưa tổ chức), tích cực tham gia góp ý xây dựng Đảng, xây dựng chính quyền, tiếp tục đổi mới nội dung, phương thức hoạt động hướng về khu dân cư.
Hội nghị đã ký kết Chương trình phối hợp và thống nhất hành động năm 2025 giữa Ủy ban MTTQ tỉnh với 11 tổ chức thành viên. Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc" cho 35 đồng chí; Chủ tịch UBND tỉnh tặng Bằng khen cho 14 tập thể, 21 cá nhân, trong đó có ông Triệu Tiến Lâm (xã Hồng Quang), bà Sầm Thị Hoan (xã Trung Hà) và ông Chẩu Văn Lìn (xã Phúc Sơn).
Minh Thúy
Lượt xem: 2.046
Các tin đã đưa
- Lâm Bình: Bàn giao nhà Đại đoàn kết cho hộ nghèo (16/12/2024)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân (05/12/2024)
- Sơn Dương: Ngày hội Đại đoàn kết toàn dân tộc ở thôn Cầu Trâm (18/11/2024)
- Na Hang: Mặt trận vận động đồng bào di dời khỏi vùng sạt lở (30/10/2024)
""",
    "2024-12-22", "Tuyên Quang: Hoàn thành xóa 2.150 nhà tạm, nhà dột nát trước thời hạn",
    E("tong_ket", "2024", "2024-12-20"),
    [P("Ma Thế Hồng", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Hoàng Thị Thu Ngân", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phùng Thị Lìu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hà Văn Dìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Minh Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lý Văn Chàn", "Chủ tịch Ủy ban MTTQ huyện Lâm Bình"),
     P("Lèng Thị Mai", "Trưởng Ban công tác Mặt trận thôn Nà Chác"),
     P("Thích Minh Giác", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Nguyễn Văn Thuận", "Giám đốc Công ty TNHH Lâm sản Tân Trào"),
     P("Triệu Tiến Lâm"), P("Sầm Thị Hoan"), P("Chẩu Văn Lìn")],
    [Q("2.150 nhà tạm, nhà dột nát", 2150, "nhà tạm, nhà dột nát"),
     Q("108,6 tỷ đồng", 108600000000, "đồng"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("30 triệu đồng", 30000000, "đồng"),
     Q("98,7% hộ gia đình", 98.7, "%"),
     Q("9 xã", 9, "xã"),
     Q("41,3 tỷ đồng", 41300000000, "đồng"),
     Q("26,8 tỷ đồng", 26800000000, "đồng"),
     Q("trên 17,5 tỷ đồng", 17500000000, "đồng", "over"),
     Q("86 tấn", 86, "tấn"),
     Q("3.420 hộ", 3420, "hộ"),
     Q("312 cuộc giám sát", 312, "cuộc giám sát"),
     Q("54 hội nghị phản biện xã hội", 54, "hội nghị phản biện xã hội"),
     Q("8 tham luận", 8, "tham luận"),
     Q("2.600 ngày công", 2600, "ngày công"),
     Q("12 hộ", 12, "hộ"),
     Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
     Q("500 triệu đồng", 500000000, "đồng"),
     Q("8 căn nhà", 8, "căn nhà"),
     Q("11 tổ chức thành viên", 11, "tổ chức thành viên"),
     Q("35 đồng chí", 35, "đồng chí"),
     Q("14 tập thể", 14, "tập thể"),
     Q("21 cá nhân", 21, "cá nhân")],
    [D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết 43-NQ/TW"),
     D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 32, 33-CT/TU"),
     D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 32, 33-CT/TU"),
     D("Kế hoạch", "145", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 145/KH-MTTQ-BTT")],
    [prov("Tuyên Quang"), com("Thượng Lâm"), com("Hồng Quang"), com("Trung Hà"), com("Phúc Sơn")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH TUYÊN QUANG", "Trang chủ / Hoạt động Mặt trận / Tin tỉnh",
     "Ảnh: Hội nghị tổng kết công tác Mặt trận năm 2024",
     "Ông Ma Thế Hồng trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể. Ảnh: Minh Thúy",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Yagi", "Nà Chác",
     "Vì sự nghiệp đại đoàn kết dân tộc", "Lượt xem: 2.046"],
    ["Chủ Nhật, 22/12/2024 19:20 (GMT+7)", "năm 2024", "năm 2025", "3 tháng", "bão số 3", "nhiệm kỳ 2024 - 2029", "35 đồng chí",
     "Lượt xem: 2.046"]))

# ---------------------------------------------------------------- b648 Hòa Bình, Hội CCB, giao ban quý II/2024
PAGES.append(page("b648-hoabinh-ccb-giaoban-q2-2024", """
HỘI CỰU CHIẾN BINH TỈNH HÒA BÌNH
Vị trí: Trang chủ >> Tin tức >> Hoạt động Hội
11/07/2024 - 14:10
Hội Cựu chiến binh tỉnh giao ban công tác Hội quý II/2024
Ngày 10/7, Ban Thường vụ Hội Cựu chiến binh tỉnh Hòa Bình tổ chức hội nghị giao ban công tác Hội quý II/2024 với lãnh đạo Hội CCB 10 huyện, thành phố và các cơ sở Hội trực thuộc. Đại tá Bùi Văn Tình, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh chủ trì; cùng dự có Thượng tá Quách Công Lự, Phó Chủ tịch Thường trực Hội CCB tỉnh và ông Đinh Văn Khoát, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đại tá Bùi Văn Tình phát biểu kết luận hội nghị. Ảnh: Bùi Minh
Quý II, các cấp Hội tiếp tục triển khai Hướng dẫn 12, 13-HD/CCB của Ban Thường vụ Hội CCB tỉnh về phong trào "Cựu chiến binh gương mẫu" và về kiểm tra, giám sát; phối hợp thực hiện Chương trình phối hợp số 09/CTrPH-CCB-CA giữa Hội CCB tỉnh và Công an tỉnh về tham gia bảo đảm an ninh, trật tự ở cơ sở. Các cấp Hội kết nạp 412 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 28.640 người, sinh hoạt tại 1.305 chi hội.
Về phát triển kinh tế, toàn tỉnh có 17 doanh nghiệp, 46 hợp tác xã và 1.150 trang trại, gia trại do cựu chiến binh làm chủ, tạo việc làm cho 6.800 lao động. Hội quản lý 86 tổ tiết kiệm và vay vốn với dư nợ 392 tỷ đồng; Quỹ hỗ trợ hội viên phát triển kinh tế đạt 14,7 tỷ đồng. Trong quý, hội viên giúp nhau xây mới 9 căn nhà "Nghĩa tình đồng đội", mỗi căn được hỗ trợ 50 triệu đồng; 23 hộ hội viên thoát nghèo.
Tại hội nghị, ông Xa Văn Pánh, Chủ tịch Hội CCB huyện Mai Châu, người dân tộc Thái, chia sẻ việc vận động hội viên làm du lịch cộng đồng ở bản Lác, bản Pom Coọng, mỗi năm đón khoảng 20.000 lượt khách. Ông Triệu Văn Sinh, Chủ tịch Hội CCB xã Hang Kia, người Mông, nêu kết quả phối hợp với công an xã vận động bà con giao nộp 14 khẩu súng tự chế. Ông Bạch Công Thành, Chủ tịch Hội CCB xã Tú Sơn, người Mường, đề nghị Hội tỉnh giới thiệu thêm nguồn vốn cho hội viên trồng cây ăn quả có múi.
Ông Đinh Văn Khoát đánh giá cao vai trò của cựu chiến binh trong giải phóng mặt bằng cao tốc Hòa Bình - Mộc Châu: đã có 156 hộ gia đình hội viên gương mẫu bàn giao đất trước thời hạn, tạo sức lan tỏa trong Nhân dân. Ông Bùi Văn Khánh, Trưởng Ban Tổ chức - Chính sách Hội CCB tỉnh thông tin, từ đầu năm đến nay Hội đã đề nghị giải quyết chế độ chính sách cho 37 trường hợp hội viên, trong đó 21 trường hợp đã có quyết định.
Ông Quách Công Lự cho biết thêm, trong quý, Hội đã phối hợp tổ chức 3 đoàn kiểm tra tại 12 cơ sở Hội; qua kiểm tra, nhắc nhở 4 chi hội chưa duy trì sinh hoạt thường xuyên. Các cấp Hội cũng tham gia hòa giải thành 58 vụ việc mâu thuẫn trong Nhân dân, phối hợp với Đoàn Thanh niên tổ chức 26 buổi nói chuyện truyền thống cho hơn 3.000 học sinh, đoàn viên.
Kết luận hội nghị, Đại tá Bùi Văn Tình yêu cầu trong quý III, các cấp Hội chuẩn bị tốt các hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam; tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; tiếp tục thực hiện "3 gương mẫu" của cựu chiến binh (gương mẫu trong gia đình, ở khu dân cư và trong các phong trào thi đua); phấn đấu 100% chi hội không có hội viên vi phạm pháp luật.
Dịp này, Ban Thường vụ Hội CCB tỉnh tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích trong phong trào "Cựu chiến binh gương mẫu" 6 tháng đầu năm.
Bùi Minh
Lượt xem: 615
Tin liên quan
- Hội CCB Mai Châu trao nhà "Nghĩa tình đồng đội" (02/07/2024)
- Cựu chiến binh Lạc Sơn làm kinh tế giỏi (20/06/2024)
- Giao ban công tác Hội quý I/2024 (08/04/2024)
- Kim Bôi: Cựu chiến binh giúp nhau phát triển kinh tế đồi rừng (25/03/2024)
""",
    "2024-07-11", "Hội Cựu chiến binh tỉnh giao ban công tác Hội quý II/2024",
    E("giao_ban", "2024-Q2", "2024-07-10"),
    [P("Bùi Văn Tình", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
     P("Quách Công Lự", "Thượng tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh"),
     P("Đinh Văn Khoát", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Xa Văn Pánh", "Chủ tịch Hội CCB huyện Mai Châu"),
     P("Triệu Văn Sinh", "Chủ tịch Hội CCB xã Hang Kia"),
     P("Bạch Công Thành", "Chủ tịch Hội CCB xã Tú Sơn"),
     P("Bùi Văn Khánh", "Trưởng Ban Tổ chức - Chính sách Hội CCB tỉnh")],
    [Q("10 huyện, thành phố", 10, "huyện, thành phố"),
     Q("412 hội viên mới", 412, "hội viên mới"),
     Q("28.640 người", 28640, "người"),
     Q("1.305 chi hội", 1305, "chi hội"),
     Q("17 doanh nghiệp", 17, "doanh nghiệp"),
     Q("46 hợp tác xã", 46, "hợp tác xã"),
     Q("1.150 trang trại, gia trại", 1150, "trang trại, gia trại"),
     Q("6.800 lao động", 6800, "lao động"),
     Q("86 tổ tiết kiệm và vay vốn", 86, "tổ tiết kiệm và vay vốn"),
     Q("392 tỷ đồng", 392000000000, "đồng"),
     Q("14,7 tỷ đồng", 14700000000, "đồng"),
     Q("9 căn nhà", 9, "căn nhà"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("23 hộ hội viên", 23, "hộ hội viên"),
     Q("khoảng 20.000 lượt khách", 20000, "lượt khách", "approx"),
     Q("14 khẩu súng tự chế", 14, "khẩu súng tự chế"),
     Q("156 hộ gia đình hội viên", 156, "hộ gia đình hội viên"),
     Q("37 trường hợp", 37, "trường hợp"),
     Q("21 trường hợp", 21, "trường hợp"),
     Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"),
     Q("12 cơ sở Hội", 12, "cơ sở Hội"),
     Q("4 chi hội", 4, "chi hội"),
     Q("58 vụ việc", 58, "vụ việc"),
     Q("26 buổi nói chuyện truyền thống", 26, "buổi nói chuyện truyền thống"),
     Q("hơn 3.000 học sinh, đoàn viên", 3000, "học sinh, đoàn viên", "over"),
     Q("100% chi hội", 100, "%"),
     Q("5 tập thể", 5, "tập thể"),
     Q("9 cá nhân", 9, "cá nhân")],
    [D("Hướng dẫn", "12", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", surface="Hướng dẫn 12, 13-HD/CCB"),
     D("Hướng dẫn", "13", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", surface="Hướng dẫn 12, 13-HD/CCB"),
     D("Chương trình phối hợp", "09", "CTrPH-CCB-CA", None, "Hội CCB tỉnh và Công an tỉnh", surface="Chương trình phối hợp số 09/CTrPH-CCB-CA")],
    [prov("Hòa Bình"), com("Hang Kia"), com("Tú Sơn")],
    ["HỘI CỰU CHIẾN BINH TỈNH HÒA BÌNH", "Vị trí: Trang chủ >> Tin tức >> Hoạt động Hội",
     "Đại tá Bùi Văn Tình phát biểu kết luận hội nghị. Ảnh: Bùi Minh", "Cựu chiến binh gương mẫu", "Nghĩa tình đồng đội",
     "bản Lác", "Pom Coọng", "Lượt xem: 615"],
    ["11/07/2024 - 14:10", "quý II/2024", "Quý II", "quý III", "mỗi năm", "80 năm", "nhiệm kỳ 2025 - 2030", "3 gương mẫu",
     "6 tháng đầu năm", "Lượt xem: 615"]))

# ---------------------------------------------------------------- b649 Nam Định, Hội Nông dân, trao quà Tết Ất Tỵ 2025
PAGES.append(page("b649-namdinh-hnd-traoqua-2025", """
HỘI NÔNG DÂN TỈNH NAM ĐỊNH
Trang chủ › Tin tức › An sinh xã hội
Ngày đăng 21/01/2025 | 15:45
Ông Trần Văn Chung trao quà cho hội viên xã Giao Thiện.
Trao 800 suất quà Tết cho hội viên nông dân khó khăn
Ngày 20/1, Hội Nông dân tỉnh Nam Định phối hợp với Công ty cổ phần Phân bón Sông Gianh trao 800 suất quà Tết cho hội viên nông dân có hoàn cảnh khó khăn tại 4 huyện Giao Thủy, Hải Hậu, Xuân Trường, Nghĩa Hưng, nhân dịp Tết Nguyên đán Ất Tỵ 2025. Tham gia đoàn trao quà có ông Trần Văn Chung, Chủ tịch Hội Nông dân tỉnh; các ông Phó Chủ tịch Hội Nông dân tỉnh: Vũ Đức Hạnh, Phạm Quang Vinh.
Mỗi suất quà trị giá 700.000 đồng, gồm 500.000 đồng tiền mặt và một bao phân bón; tổng trị giá 560 triệu đồng. Hoạt động thực hiện theo Kế hoạch số 126-KH/HNDT ngày 10/12/2024 của Ban Thường vụ Hội Nông dân tỉnh về chăm lo Tết cho hội viên, nông dân và Chỉ thị 39-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Ất Tỵ 2025, hưởng ứng chương trình "Xuân yêu thương - Tết nghĩa tình".
Tại xã Giao Thiện (huyện Giao Thủy), 220 hội viên là giáo dân thuộc các giáo họ ven biển đã nhận quà. Ông Giuse Phạm Văn Lành, Trùm trưởng giáo họ Xuân Hòa, thay mặt bà con cảm ơn Hội Nông dân tỉnh và doanh nghiệp đã quan tâm. Ông Vũ Đức Hạnh cho biết, năm 2024, Hội Nông dân xã Giao Thiện đã giới thiệu 46 hộ hội viên vay 2,3 tỷ đồng từ Quỹ Hỗ trợ nông dân để nuôi ngao, tôm thẻ chân trắng.
Tại xã Hải Châu (huyện Hải Hậu), đoàn thăm, tặng quà cho bà Trần Thị Nụ, hội viên nông dân một mình nuôi cháu mồ côi, và ông Đặng Văn Hòe, thương binh hạng 3/4 có nhà bị hư hỏng sau bão số 3. Bà Nguyễn Thị Thanh Hương, Chủ tịch Hội Nông dân huyện Hải Hậu cho biết, đợt Tết này, Hội Nông dân huyện đã vận động các doanh nghiệp, nhà hảo tâm tặng 1.500 suất quà trị giá hơn 450 triệu đồng cho hội viên trong huyện.
Tại xã Xuân Ninh (huyện Xuân Trường), đoàn trao 150 suất quà cho hội viên, trong đó có 35 hộ nghèo, 48 hộ cận nghèo. Bà Phạm Thị Liên, Phó Bí thư Đảng ủy, Chủ tịch Hội Nông dân xã Xuân Ninh cho biết, năm qua Hội xã đã vận động hội viên hiến 1.350 m2 đất mở rộng đường trục xã, đóng góp 620 triệu đồng xây dựng nông thôn mới kiểu mẫu. Linh mục Phêrô Vũ Đình Quang, Chánh xứ Giáo xứ Xuân Ninh, cùng tham gia trao quà và động viên bà con giáo dân chung sức với chính quyền.
Ông Lê Minh Tâm, Phó Tổng Giám đốc Công ty cổ phần Phân bón Sông Gianh cho biết, đây là năm thứ 3 công ty phối hợp với Hội Nông dân tỉnh Nam Định tổ chức chương trình, tổng giá trị hỗ trợ qua 3 năm khoảng 1,6 tỷ đồng. Ông Đoàn Văn Tiến, Chủ tịch UBND xã Nghĩa Thành (huyện Nghĩa Hưng) bày tỏ mong muốn doanh nghiệp tiếp tục đồng hành giúp bà con vùng bãi ngang.
Theo ông Trần Văn Chung, năm 2024, các cấp Hội Nông dân tỉnh đã tổ chức 15 lớp đào tạo nghề cho 525 hội viên, tổ chức 2 phiên chợ nông sản, hỗ trợ tiêu thụ hơn 1.200 tấn nông sản. Nguồn vốn Quỹ Hỗ trợ nông dân toàn tỉnh đạt 86,4 tỷ đồng, tăng 7,2 tỷ đồng so với năm trước; dư nợ ủy thác qua Hội với Ngân hàng Chính sách xã hội là 1.930 tỷ đồng. Dịp Tết Ất Tỵ, các cấp Hội dự kiến trao khoảng 9.000 suất quà, tổng trị giá trên 3,5 tỷ đồng, bảo đảm hội viên nào cũng có Tết.
Trước đợt trao quà, Ban Thường vụ Hội Nông dân tỉnh đã có công văn số 458-CV/HNDT đề nghị Hội Nông dân các huyện, thành phố rà soát, lập danh sách hội viên khó khăn, ưu tiên gia đình chính sách, hội viên bị thiệt hại nặng do bão và hội viên là người cao tuổi sống một mình.
Cũng trong chuyến đi, đoàn tặng 30 chiếc xe đạp cho con em hội viên nghèo vượt khó học giỏi, mỗi chiếc trị giá 2,5 triệu đồng.
Minh Hải
Lượt xem: 684
Tin khác
- Hội Nông dân tỉnh tổng kết công tác năm 2024 (10/01/2025)
- Giao Thủy: Nông dân nuôi ngao thu lãi tiền tỷ (02/01/2025)
- Trao 10 nhà "Mái ấm nông dân" cho hội viên nghèo (25/12/2024)
""",
    "2025-01-21", "Trao 800 suất quà Tết cho hội viên nông dân khó khăn",
    E("trao_qua", None, "2025-01-20"),
    [P("Trần Văn Chung", "Chủ tịch Hội Nông dân tỉnh"),
     P("Vũ Đức Hạnh", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Phạm Quang Vinh", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Giuse Phạm Văn Lành", "Trùm trưởng giáo họ Xuân Hòa"),
     P("Trần Thị Nụ"),
     P("Đặng Văn Hòe"),
     P("Nguyễn Thị Thanh Hương", "Chủ tịch Hội Nông dân huyện Hải Hậu"),
     P("Phạm Thị Liên", "Phó Bí thư Đảng ủy", "Chủ tịch Hội Nông dân xã Xuân Ninh"),
     P("Phêrô Vũ Đình Quang", "Linh mục", "Chánh xứ Giáo xứ Xuân Ninh"),
     P("Lê Minh Tâm", "Phó Tổng Giám đốc Công ty cổ phần Phân bón Sông Gianh"),
     P("Đoàn Văn Tiến", "Chủ tịch UBND xã Nghĩa Thành")],
    [Q("800 suất quà Tết", 800, "suất quà Tết"),
     Q("4 huyện", 4, "huyện"),
     Q("700.000 đồng", 700000, "đồng"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("560 triệu đồng", 560000000, "đồng"),
     Q("220 hội viên", 220, "hội viên"),
     Q("46 hộ hội viên", 46, "hộ hội viên"),
     Q("2,3 tỷ đồng", 2300000000, "đồng"),
     Q("1.500 suất quà", 1500, "suất quà"),
     Q("hơn 450 triệu đồng", 450000000, "đồng", "over"),
     Q("150 suất quà", 150, "suất quà"),
     Q("35 hộ nghèo", 35, "hộ nghèo"),
     Q("48 hộ cận nghèo", 48, "hộ cận nghèo"),
     Q("1.350 m2", 1350, "m2"),
     Q("620 triệu đồng", 620000000, "đồng"),
     Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
     Q("15 lớp đào tạo nghề", 15, "lớp đào tạo nghề"),
     Q("525 hội viên", 525, "hội viên"),
     Q("2 phiên chợ nông sản", 2, "phiên chợ nông sản"),
     Q("hơn 1.200 tấn", 1200, "tấn", "over"),
     Q("86,4 tỷ đồng", 86400000000, "đồng"),
     Q("7,2 tỷ đồng", 7200000000, "đồng"),
     Q("1.930 tỷ đồng", 1930000000000, "đồng"),
     Q("khoảng 9.000 suất quà", 9000, "suất quà", "approx"),
     Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"),
     Q("30 chiếc xe đạp", 30, "chiếc xe đạp"),
     Q("2,5 triệu đồng", 2500000, "đồng")],
    [D("Kế hoạch", "126", "KH/HNDT", "2024-12-10", "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch số 126-KH/HNDT ngày 10/12/2024"),
     D("Chỉ thị", "39", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 39-CT/TU"),
     D("Công văn", "458", "CV/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", surface="công văn số 458-CV/HNDT")],
    [prov("Nam Định"), com("Giao Thiện"), com("Hải Châu"), com("Nghĩa Thành"), com("Xuân Ninh")],
    ["HỘI NÔNG DÂN TỈNH NAM ĐỊNH", "Trang chủ › Tin tức › An sinh xã hội", "Ông Trần Văn Chung trao quà cho hội viên xã Giao Thiện.",
     "Công ty cổ phần Phân bón Sông Gianh", "Xuân yêu thương - Tết nghĩa tình", "Xuân Hòa", "Giáo xứ Xuân Ninh", "Quỹ Hỗ trợ nông dân",
     "Ngân hàng Chính sách xã hội", "Lượt xem: 684"],
    ["Ngày đăng 21/01/2025 | 15:45", "Ất Tỵ 2025", "năm 2024", "hạng 3/4", "bão số 3", "năm thứ 3", "3 năm",
     "Lượt xem: 684"]))

# ---------------------------------------------------------------- b650 Lào Cai (mới), Ban Tuyên giáo và Dân vận, tổng kết năm 2025
PAGES.append(page("b650-laocai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Hôm nay: Thứ Năm, 25/12/2025
Trang chủ >> Dân vận >> Tin hoạt động
Thứ Hai, 22/12/2025 - 09:30
Công tác dân vận góp phần vận hành thông suốt chính quyền địa phương 2 cấp
Ngày 19/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến tới 99 điểm cầu các xã, phường trong tỉnh. Dự hội nghị có đồng chí Nông Văn Tường, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lê Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hà Đức Minh, Sần Thị Nhung, Phạm Văn Hưởng.
Đồng chí Nông Văn Tường phát biểu chỉ đạo. Ảnh: Khánh Linh
Năm 2025 là năm tỉnh Lào Cai (mới) được hợp nhất từ tỉnh Lào Cai và tỉnh Yên Bái, đồng thời tổ chức lại đơn vị hành chính cấp xã; sau sắp xếp, toàn tỉnh có 99 xã, phường. Công tác dân vận đã góp phần tạo đồng thuận cao trong Nhân dân: 97,6% cử tri đồng ý với chủ trương sắp xếp; không có điểm nóng về an ninh, trật tự. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 02-CT/TU ngày 15/8/2025 về tăng cường công tác dân vận trong giai đoạn vận hành chính quyền mới và triển khai kế hoạch số 08-KH/BTGDVTU về tuyên truyền Nghị quyết 57, 66, 68-NQ/TW của Bộ Chính trị.
Phong trào thi đua "Dân vận khéo" có 1.850 mô hình được công nhận các cấp. Trong năm, Nhân dân hiến 38,6 ha đất, đóng góp 312 tỷ đồng xây dựng nông thôn mới; toàn tỉnh hoàn thành xóa 5.260 nhà tạm, nhà dột nát. Các xã, phường tổ chức 412 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.
Tham luận tại hội nghị, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh Lù Văn Thắng nêu kết quả phối hợp vận động nông dân liên kết sản xuất chè, quế. Giám đốc Sở Dân tộc và Tôn giáo Sùng A Chớ cho biết, năm 2025 tỉnh đã tổ chức gặp mặt, tặng quà cho 1.746 người có uy tín trong đồng bào dân tộc thiểu số. Đồng chí Chu Thị Pà, người Hà Nhì, Bí thư Đảng ủy xã Y Tý, chia sẻ cách vận động bà con giữ rừng, làm du lịch cộng đồng. Đồng chí Lò Thị Hương, Bí thư Đảng ủy xã Mù Cang Chải, nói về việc sau sắp xếp xã có 21 thôn, bản với hơn 4.200 hộ, phần lớn là đồng bào Mông.
Đồng chí Phạm Văn Hưởng, người vừa được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy từ tháng 7, trình bày định hướng chuyển đổi số trong công tác dân vận. Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND phường Sa Pa, thông tin phường đã lập 14 tổ công nghệ số cộng đồng, hướng dẫn hơn 6.000 lượt người dân sử dụng dịch vụ công trực tuyến.
Phát biểu chỉ đạo, đồng chí Nông Văn Tường đề nghị năm 2026, hệ thống tuyên giáo và dân vận tập trung tuyên truyền, vận động Nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu 100% xã, phường có ít nhất 2 mô hình "Dân vận khéo" tiêu biểu; thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định 23-QĐ/TW của Bộ Chính trị.
Dịp này, 28 đồng chí được tặng Kỷ niệm chương "Vì sự nghiệp Tuyên giáo" và "Vì sự nghiệp Dân vận"; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 16 tập thể, 24 cá nhân có thành tích xuất sắc.
Khánh Linh
Lượt xem: 1.517
TIN LIÊN QUAN
- Hội thi "Dân vận khéo" tỉnh Lào Cai năm 2025 (20/11/2025)
- Gặp mặt người có uy tín tiêu biểu năm 2025 (28/10/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai (02/07/2025)
- Văn Chấn: Người có uy tín vận động bà con giữ rừng (15/06/2025)
""",
    "2025-12-22", "Công tác dân vận góp phần vận hành thông suốt chính quyền địa phương 2 cấp",
    E("tong_ket", "2025", "2025-12-19"),
    [P("Nông Văn Tường", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Lê Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Hà Đức Minh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Sần Thị Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Phạm Văn Hưởng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lù Văn Thắng", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Sùng A Chớ", "Giám đốc Sở Dân tộc và Tôn giáo"),
     P("Chu Thị Pà", "Bí thư Đảng ủy xã Y Tý"),
     P("Lò Thị Hương", "Bí thư Đảng ủy xã Mù Cang Chải"),
     P("Đỗ Minh Tuấn", "Chủ tịch UBND phường Sa Pa")],
    [Q("99 điểm cầu", 99, "điểm cầu"),
     Q("99 xã, phường", 99, "xã, phường"),
     Q("97,6% cử tri", 97.6, "%"),
     Q("1.850 mô hình", 1850, "mô hình"),
     Q("38,6 ha", 38.6, "ha"),
     Q("312 tỷ đồng", 312000000000, "đồng"),
     Q("5.260 nhà tạm, nhà dột nát", 5260, "nhà tạm, nhà dột nát"),
     Q("412 hội nghị đối thoại", 412, "hội nghị đối thoại"),
     Q("1.746 người có uy tín", 1746, "người có uy tín"),
     Q("21 thôn, bản", 21, "thôn, bản"),
     Q("hơn 4.200 hộ", 4200, "hộ", "over"),
     Q("14 tổ công nghệ số cộng đồng", 14, "tổ công nghệ số cộng đồng"),
     Q("hơn 6.000 lượt người dân", 6000, "lượt người dân", "over"),
     Q("100% xã, phường", 100, "%"),
     Q("2 mô hình", 2, "mô hình"),
     Q("28 đồng chí", 28, "đồng chí"),
     Q("16 tập thể", 16, "tập thể"),
     Q("24 cá nhân", 24, "cá nhân")],
    [D("Chỉ thị", "02", "CT/TU", "2025-08-15", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 02-CT/TU ngày 15/8/2025"),
     D("Kế hoạch", "08", "KH/BTGDVTU", None, None, surface="kế hoạch số 08-KH/BTGDVTU"),
     D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 66, 68-NQ/TW"),
     D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 66, 68-NQ/TW"),
     D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 66, 68-NQ/TW"),
     D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 23-QĐ/TW")],
    [prov("Lào Cai"), prov("Yên Bái"), com("Y Tý"), com("Mù Cang Chải"), com("Sa Pa")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ >> Dân vận >> Tin hoạt động",
     "Đồng chí Nông Văn Tường phát biểu chỉ đạo. Ảnh: Khánh Linh", "Dân vận khéo", "Vì sự nghiệp Tuyên giáo",
     "Vì sự nghiệp Dân vận", "Lượt xem: 1.517"],
    ["Hôm nay: Thứ Năm, 25/12/2025", "Thứ Hai, 22/12/2025 - 09:30", "2 cấp", "năm 2025", "năm 2026", "Năm 2025", "khóa XVI",
     "nhiệm kỳ 2026 - 2031", "28 đồng chí", "Lượt xem: 1.517"]))

# ---------------------------------------------------------------- b651 Thái Nguyên (mới), Ủy ban MTTQ, sơ kết 6 tháng đầu năm 2026
PAGES.append(page("b651-thainguyen-mttq-soket-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ » Tin tức » Hoạt động Mặt trận và các đoàn thể
16/7/2026 08:05
Sơ kết công tác Mặt trận và các đoàn thể 6 tháng đầu năm
Ngày 15/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị sơ kết công tác Mặt trận và các tổ chức chính trị - xã hội 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm 2026. Bà Hà Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Nông Thị Sluông, Ma Văn Thuận, Lê Hoàng Dương - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Bà Hà Thị Bích Liên phát biểu kết luận hội nghị.
Đây là lần sơ kết đầu tiên sau khi tỉnh Thái Nguyên (mới) được hợp nhất từ tỉnh Thái Nguyên và tỉnh Bắc Kạn, các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ được sắp xếp trực thuộc Ủy ban MTTQ tỉnh. Theo báo cáo, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với hơn 1,37 triệu cử tri đi bầu, đạt tỷ lệ 99,82%; tổ chức 286 hội nghị hiệp thương và 1.940 hội nghị lấy ý kiến cử tri nơi cư trú tại 92 xã, phường.
Thực hiện Hướng dẫn số 08/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 24, 25/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát và phản biện xã hội năm 2026, Mặt trận các cấp chủ trì 214 cuộc giám sát, tổ chức 85 hội nghị phản biện xã hội. Quỹ "Vì người nghèo" các cấp tiếp nhận 38,2 tỷ đồng, hỗ trợ xây mới và sửa chữa 640 căn nhà Đại đoàn kết; trong đó mức hỗ trợ xây mới là 80 triệu đồng/căn ở các xã vùng cao thuộc tỉnh Bắc Kạn cũ.
Tại hội nghị, bà Nông Thị Sluông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, báo cáo các cấp Hội Phụ nữ đã giúp 1.260 hội viên phụ nữ nghèo, cận nghèo vay vốn với tổng dư nợ 96,5 tỷ đồng. Ông Ma Văn Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, thông tin có 36.800 hộ nông dân đăng ký thi đua sản xuất, kinh doanh giỏi. Ông Lê Hoàng Dương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn, cho biết lực lượng thanh niên đã làm mới 58 km đường giao thông nông thôn.
Ông Hoàng Văn Páo, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, người dân tộc Dao, đề nghị quan tâm hơn đến đời sống đồng bào ở các xã vùng cao Ba Bể, Nà Phặc sau sắp xếp. Bà Lục Thị Thoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Bằng Thành, nêu khó khăn khi một cán bộ Mặt trận xã phải phụ trách địa bàn rộng gần 200 km2 với 26 thôn. Thượng tọa Thích Đạo Minh, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các chùa đã ủng hộ 2,4 tỷ đồng cho công tác an sinh xã hội. Ông Trần Quốc Khánh, Chủ tịch Liên đoàn Lao động tỉnh, người vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị này, đề nghị tăng cường chăm lo cho công nhân các khu công nghiệp.
Kết luận hội nghị, bà Hà Thị Bích Liên yêu cầu 6 tháng cuối năm, Mặt trận và các đoàn thể tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; vận động Quỹ "Vì người nghèo" cả năm đạt trên 70 tỷ đồng; phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 12 tập thể, 18 cá nhân, trong đó có bà Hà Thị Mây (xã Nà Phặc), ông Triệu Văn Sài (xã Ba Bể) và ông Đinh Văn Quý (phường Phan Đình Phùng).
Hồng Hạnh
Lượt xem: 829
Tin liên quan
- Hội nghị hiệp thương bổ sung Ủy viên Ủy ban MTTQ tỉnh (10/07/2026)
- Bàn giao nhà Đại đoàn kết cho hộ nghèo xã Bằng Thành (30/06/2026)
- Tổng kết công tác bầu cử đại biểu HĐND các cấp (12/05/2026)
""",
    "2026-07-16", "Sơ kết công tác Mặt trận và các đoàn thể 6 tháng đầu năm",
    E("so_ket", "2026-H1", "2026-07-15"),
    [P("Hà Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nông Thị Sluông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
     P("Ma Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Lê Hoàng Dương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
     P("Hoàng Văn Páo", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lục Thị Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bằng Thành"),
     P("Thích Đạo Minh", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Trần Quốc Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Hà Thị Mây"), P("Triệu Văn Sài"), P("Đinh Văn Quý")],
    [Q("hơn 1,37 triệu cử tri", 1370000, "cử tri", "over"),
     Q("99,82%", 99.82, "%"),
     Q("286 hội nghị hiệp thương", 286, "hội nghị hiệp thương"),
     Q("1.940 hội nghị lấy ý kiến cử tri", 1940, "hội nghị lấy ý kiến cử tri"),
     Q("92 xã, phường", 92, "xã, phường"),
     Q("214 cuộc giám sát", 214, "cuộc giám sát"),
     Q("85 hội nghị phản biện xã hội", 85, "hội nghị phản biện xã hội"),
     Q("38,2 tỷ đồng", 38200000000, "đồng"),
     Q("640 căn nhà Đại đoàn kết", 640, "căn nhà Đại đoàn kết"),
     Q("80 triệu đồng", 80000000, "đồng"),
     Q("1.260 hội viên phụ nữ nghèo, cận nghèo", 1260, "hội viên phụ nữ nghèo, cận nghèo"),
     Q("96,5 tỷ đồng", 96500000000, "đồng"),
     Q("36.800 hộ nông dân", 36800, "hộ nông dân"),
     Q("58 km", 58, "km"),
     Q("gần 200 km2", 200, "km2", "approx"),
     Q("26 thôn", 26, "thôn"),
     Q("2,4 tỷ đồng", 2400000000, "đồng"),
     Q("trên 70 tỷ đồng", 70000000000, "đồng", "over"),
     Q("100% khu dân cư", 100, "%"),
     Q("12 tập thể", 12, "tập thể"),
     Q("18 cá nhân", 18, "cá nhân")],
    [D("Hướng dẫn", "08", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Hướng dẫn số 08/HD-MTTW-BTT"),
     D("Kế hoạch", "24", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 24, 25/KH-MTTQ-BTT"),
     D("Kế hoạch", "25", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 24, 25/KH-MTTQ-BTT")],
    [prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Nà Phặc"), com("Bằng Thành"), com("Phan Đình Phùng")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ » Tin tức » Hoạt động Mặt trận và các đoàn thể",
     "Bà Hà Thị Bích Liên phát biểu kết luận hội nghị.", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
     "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 829"],
    ["16/7/2026 08:05", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "6 tháng đầu năm", "6 tháng cuối năm", "khóa XVI",
     "nhiệm kỳ 2026 - 2031", "năm 2026", "cả năm", "Lượt xem: 829"]))

# ---------------------------------------------------------------- b652 Bắc Ninh (mới), Đảng ủy xã Tây Yên Tử, giao ban quý I/2026
PAGES.append(page("b652-bacninh-xa-giaoban-q1-2026", """
ĐẢNG ỦY XÃ TÂY YÊN TỬ - TỈNH BẮC NINH
Trang thông tin điện tử
Trang chủ > Xây dựng Đảng > Công tác dân vận
Cập nhật 10:10 ngày 08/04/2026
Khối dân vận xã giao ban quý I, bàn giải pháp vận động Nhân dân trồng rừng gỗ lớn
Chiều 7/4, Ban Xây dựng Đảng Đảng ủy xã Tây Yên Tử chủ trì hội nghị giao ban công tác dân vận quý I năm 2026 với Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội và bí thư chi bộ 18 thôn. Đồng chí Hoàng Văn Nhất, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã dự và chỉ đạo; đồng chí Lăng Thị Thu, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã chủ trì hội nghị.
Đồng chí Lăng Thị Thu phát biểu tại hội nghị giao ban.
Xã Tây Yên Tử (tỉnh Bắc Ninh) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã thuộc huyện Sơn Động cũ của tỉnh Bắc Giang; dân số khoảng 14.500 người, trong đó đồng bào dân tộc thiểu số chiếm 62%.
Theo báo cáo, quý I, khối dân vận xã tập trung tuyên truyền, vận động Nhân dân tham gia cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp; tỷ lệ cử tri đi bầu của xã đạt 99,9%. Thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, Ban Thường vụ Đảng ủy xã đã ban hành Kế hoạch số 12-KH/ĐU về công tác dân vận năm 2026 và Hướng dẫn 03, 04-HD/ĐU về xây dựng mô hình "Dân vận khéo" ở thôn và về tiếp xúc, đối thoại với Nhân dân.
Khối dân vận đã phối hợp với UBND xã triển khai kế hoạch số 27/KH-UBND về phát triển rừng gỗ lớn; đến nay có 132 hộ đăng ký chuyển 420 ha rừng keo sang trồng rừng gỗ lớn, được hỗ trợ 15 triệu đồng/ha. Nhân dân hiến 3.200 m2 đất, đóng góp 685 triệu đồng làm đường liên thôn; xã tổ chức 2 hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân, tiếp nhận 23 ý kiến.
Tại hội nghị, đồng chí Đặng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã, người dân tộc Dao, cho biết các chi hội đã vận động 46 hộ phụ nữ tham gia trồng cây dược liệu dưới tán rừng. Đồng chí La Văn Sinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, đề nghị UBND xã sớm giải ngân khoản hỗ trợ giống cây. Đồng chí Chu Văn Khuyên, Phó Chủ tịch UBND xã, tiếp thu và cho biết xã sẽ hoàn thành giải ngân trước ngày 30/4. Ông Hà Văn Thạch, vừa được bầu làm Trưởng thôn Khe Ráy, kể việc vận động 15 hộ người Cao Lan, Sán Dìu trong thôn không bán rừng non.
Đồng chí Nịnh Thị Huyền, công chức Văn hóa - Xã hội xã, thông tin về công tác dân vận trong các tôn giáo: trên địa bàn có 1 cơ sở Phật giáo và khoảng 300 tín đồ Tin Lành sinh hoạt tại điểm nhóm, hoạt động ổn định, đúng pháp luật. Ông Lương Văn Hảo, Bí thư Chi bộ thôn Đồng Rì, đề nghị Đảng ủy xã tiếp tục quan tâm bồi dưỡng nghiệp vụ dân vận cho cán bộ thôn.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nhất đề nghị quý II, khối dân vận xã tập trung vận động Nhân dân thực hiện tốt chủ trương phát triển rừng gỗ lớn, phấn đấu hết năm 2026 toàn xã chuyển đổi được 800 ha; xây dựng thêm 5 mô hình "Dân vận khéo"; 100% thôn duy trì sinh hoạt Ban công tác Mặt trận hằng tháng.
Dịp này, Ban Thường vụ Đảng ủy xã tặng giấy khen cho 3 tập thể, 7 cá nhân có thành tích trong phong trào "Dân vận khéo" năm 2025, trong đó có ông Lăng Văn Thịnh (thôn Khe Ráy) và bà Chu Thị Nhàn (thôn Đồng Rì).
Ban Xây dựng Đảng Đảng ủy xã
Lượt truy cập: 4.312
Tin khác
- Xã Tây Yên Tử ra quân trồng cây đầu xuân (20/02/2026)
- Hội nghị tiếp xúc cử tri trước bầu cử (05/03/2026)
- Ra mắt mô hình "Thôn không có người vi phạm pháp luật" (15/01/2026)
- Tổng kết công tác xây dựng Đảng năm 2025 (29/12/2025)
""",
    "2026-04-08", "Khối dân vận xã giao ban quý I, bàn giải pháp vận động Nhân dân trồng rừng gỗ lớn",
    E("giao_ban", "2026-Q1", "2026-04-07"),
    [P("Hoàng Văn Nhất", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
     P("Lăng Thị Thu", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
     P("Đặng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
     P("La Văn Sinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
     P("Chu Văn Khuyên", "Phó Chủ tịch UBND xã"),
     P("Hà Văn Thạch", "Trưởng thôn Khe Ráy"),
     P("Nịnh Thị Huyền", "công chức Văn hóa - Xã hội xã"),
     P("Lương Văn Hảo", "Bí thư Chi bộ thôn Đồng Rì"),
     P("Lăng Văn Thịnh"), P("Chu Thị Nhàn")],
    [Q("18 thôn", 18, "thôn"),
     Q("3 xã", 3, "xã"),
     Q("khoảng 14.500 người", 14500, "người", "approx"),
     Q("62%", 62, "%"),
     Q("99,9%", 99.9, "%"),
     Q("132 hộ", 132, "hộ"),
     Q("420 ha", 420, "ha"),
     Q("15 triệu đồng", 15000000, "đồng"),
     Q("3.200 m2", 3200, "m2"),
     Q("685 triệu đồng", 685000000, "đồng"),
     Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
     Q("23 ý kiến", 23, "ý kiến"),
     Q("46 hộ phụ nữ", 46, "hộ phụ nữ"),
     Q("15 hộ", 15, "hộ"),
     Q("1 cơ sở Phật giáo", 1, "cơ sở Phật giáo"),
     Q("khoảng 300 tín đồ", 300, "tín đồ", "approx"),
     Q("800 ha", 800, "ha"),
     Q("5 mô hình", 5, "mô hình"),
     Q("100% thôn", 100, "%"),
     Q("3 tập thể", 3, "tập thể"),
     Q("7 cá nhân", 7, "cá nhân")],
    [D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", surface="Quyết định số 23-QĐ/TW ngày 30/7/2021"),
     D("Kế hoạch", "12", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Kế hoạch số 12-KH/ĐU"),
     D("Hướng dẫn", "03", "HD/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Hướng dẫn 03, 04-HD/ĐU"),
     D("Hướng dẫn", "04", "HD/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Hướng dẫn 03, 04-HD/ĐU"),
     D("Kế hoạch", "27", "KH-UBND", None, None, surface="kế hoạch số 27/KH-UBND")],
    [prov("Bắc Ninh"), prov("Bắc Giang"), com("Tây Yên Tử")],
    ["ĐẢNG ỦY XÃ TÂY YÊN TỬ - TỈNH BẮC NINH", "Trang thông tin điện tử", "Trang chủ > Xây dựng Đảng > Công tác dân vận",
     "Đồng chí Lăng Thị Thu phát biểu tại hội nghị giao ban.", "Dân vận khéo", "Khe Ráy", "Đồng Rì",
     "Ban Xây dựng Đảng Đảng ủy xã", "Lượt truy cập: 4.312"],
    ["Cập nhật 10:10 ngày 08/04/2026", "quý I năm 2026", "quý II", "năm 2026", "hết năm 2026", "năm 2025", "hằng tháng",
     "Lượt truy cập: 4.312"]))
