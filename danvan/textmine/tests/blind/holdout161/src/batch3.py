from lib import *
PAGES = []

PAGES.append(page("b3833-thainguyen-taphuan-quyvnn-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ / Hoạt động / Tập huấn - Bồi dưỡng
Thứ Tư, 12/04/2023 - 16:10
Tập huấn nghiệp vụ quản lý, sử dụng Quỹ "Vì người nghèo" cho 180 cán bộ Mặt trận cơ sở
Trong 2 ngày 10 và 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và công tác an sinh xã hội năm 2023 cho 180 học viên là Chủ tịch, Phó Chủ tịch, kế toán Ủy ban MTTQ các xã, phường, thị trấn trong tỉnh Thái Nguyên.
Đồng chí Hà Thị Bích Ngọc phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Hà Thị Bích Ngọc, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh nhấn mạnh, năm 2022 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 28,36 tỷ đồng, hỗ trợ xây mới, sửa chữa 427 nhà Đại đoàn kết; tuy nhiên qua kiểm tra, một số Ủy ban MTTQ cấp xã còn lúng túng trong mở sổ sách, chứng từ, công khai thu chi.
Các học viên được nghe đồng chí Lường Văn Thuận, Trưởng ban Phong trào Ủy ban MTTQ tỉnh và bà Ma Thị Huyền, Phó Trưởng phòng Quản lý ngân sách Sở Tài chính, giới thiệu các chuyên đề: Thông tư số 83/2021/TT-BTC ngày 6/10/2021 của Bộ Tài chính về quản lý Quỹ "Vì người nghèo"; Quy chế số 03/QC-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động, tiếp nhận, phân phối nguồn hỗ trợ; Nghị quyết số 02-NQ/TU, 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững gắn với xây dựng nông thôn mới giai đoạn 2021 - 2025 và kỹ năng giám sát việc bình xét hộ nghèo, hộ cận nghèo.
Theo số liệu được cung cấp tại lớp, cuối năm 2022 toàn tỉnh có 10.418 hộ nghèo (3,04%) và 13.275 hộ cận nghèo; trong đó 4.726 hộ nghèo thuộc các xã khu vực III, xã an toàn khu. Năm 2023, Ủy ban MTTQ tỉnh phấn đấu hỗ trợ xây mới ít nhất 300 nhà Đại đoàn kết với mức 50 triệu đồng/nhà, sửa chữa 100 nhà với mức 25 triệu đồng/nhà; vận động Quỹ "Vì người nghèo" trên 25 tỷ đồng.
Tại lớp, học viên trao đổi nhiều tình huống thực tế. Ông Dương Văn Lục, Chủ tịch Ủy ban MTTQ xã Phú Thượng, hỏi về việc vận động con em xa quê ủng hộ bằng hiện vật; bà Hoàng Thị Mến, kế toán Ủy ban MTTQ xã Tân Lợi, nêu vướng mắc khi hạch toán tiền ủng hộ qua tài khoản. Đồng chí Lường Văn Thuận giải đáp 23 câu hỏi của học viên.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch; Ban Thường trực cấp 180 bộ tài liệu và 1 phần mềm kế toán Quỹ dùng chung cho các xã.
Thu Hằng - Ban Tuyên giáo
Lượt truy cập: 381
Tin liên quan
- Định Hóa: bàn giao 8 nhà Đại đoàn kết (05/04/2023)
- Phú Lương tổng kết Quỹ "Vì người nghèo" năm 2022 (28/03/2023)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9 (20/03/2023)
""", "2023-04-12", 'Tập huấn nghiệp vụ quản lý, sử dụng Quỹ "Vì người nghèo" cho 180 cán bộ Mặt trận cơ sở',
E("tap_huan", "2023", "2023-04-10"),
[P("Hà Thị Bích Ngọc", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lường Văn Thuận", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Ma Thị Huyền", "Phó Trưởng phòng Quản lý ngân sách Sở Tài chính"),
 P("Dương Văn Lục", "Chủ tịch Ủy ban MTTQ xã Phú Thượng"),
 P("Hoàng Thị Mến", "kế toán Ủy ban MTTQ xã Tân Lợi")],
[Q("180 cán bộ Mặt trận cơ sở", 180, "cán bộ Mặt trận cơ sở"), Q("28,36 tỷ đồng", 28360000000, "đồng"), Q("427 nhà Đại đoàn kết", 427, "nhà Đại đoàn kết"),
 Q("10.418 hộ nghèo", 10418, "hộ nghèo"), Q("3,04%", 3.04, "%"), Q("13.275 hộ cận nghèo", 13275, "hộ cận nghèo"),
 Q("4.726 hộ nghèo", 4726, "hộ nghèo"), Q("ít nhất 300 nhà Đại đoàn kết", 300, "nhà Đại đoàn kết", "over"),
 Q("50 triệu đồng/nhà", 50000000, "đồng"), Q("100 nhà", 100, "nhà"), Q("25 triệu đồng/nhà", 25000000, "đồng"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("23 câu hỏi", 23, "câu hỏi"), Q("100%", 100, "%"),
 Q("180 bộ tài liệu", 180, "bộ tài liệu")],
[D("Thông tư", "83", "2021/TT-BTC", "2021-10-06", "Bộ Tài chính", "Thông tư số 83/2021/TT-BTC ngày 6/10/2021"),
 D("Quy chế", "03", "QC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quy chế số 03/QC-MTTQ-BTT"),
 D("Nghị quyết", "02", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "03-NQ/TU")],
[prov("Thái Nguyên"), com("Phú Thượng"), com("Tân Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ / Hoạt động / Tập huấn - Bồi dưỡng",
 "Đồng chí Hà Thị Bích Ngọc phát biểu khai mạc lớp tập huấn.", "Vì người nghèo", "Lượt truy cập: 381"],
["Thứ Tư, 12/04/2023 - 16:10", "2 ngày", "10 và 11/4", "năm 2023", "năm 2022", "2021 - 2025", "khu vực III", "1 phần mềm", "Lượt truy cập: 381"]))

PAGES.append(page("b3834-gialai-phatdong-xoanhatam-2024", """
Báo Gia Lai điện tử
Thời sự › Chính trị - Xã hội
Cập nhật: 07/10/2024 - 18:30
Gia Lai phát động phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" năm 2024
(GLO)- Chiều 7/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND tỉnh tổ chức hội nghị phát động phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" trên địa bàn tỉnh và Tháng cao điểm "Vì người nghèo" năm 2024.
Các đại biểu bấm nút phát động phong trào. Ảnh: Đức Thụy
Dự hội nghị có các đồng chí: Rah Lan Lâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Rơ Chăm H'Yim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Nguyễn Thị Thanh Liên, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành và gần 300 đại biểu tại điểm cầu tỉnh và 17 điểm cầu huyện, thị xã, thành phố.
Theo kết quả rà soát, toàn tỉnh hiện có 4.512 hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát cần được hỗ trợ; trong đó 2.870 hộ cần xây mới, 1.642 hộ cần sửa chữa. 3.914 hộ là đồng bào dân tộc thiểu số, chủ yếu là người Jrai, Bahnar. Tổng kinh phí dự kiến khoảng 210 tỷ đồng, với mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa theo Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ.
Thực hiện Chỉ thị số 42/CT-TTg ngày 13/4/2024 của Thủ tướng Chính phủ và Kế hoạch số 86-KH/TU của Ban Thường vụ Tỉnh ủy, năm 2024 Gia Lai phấn đấu hoàn thành ít nhất 1.500 căn; đến năm 2025 cơ bản xóa xong nhà tạm, nhà dột nát. Trước đó, trong 9 tháng năm 2024, Quỹ "Vì người nghèo" các cấp đã hỗ trợ xây mới 356 căn nhà Đại đoàn kết, sửa chữa 84 căn, tổng trị giá hơn 21 tỷ đồng.
Phát biểu phát động, đồng chí Rơ Chăm H'Yim kêu gọi mỗi cơ quan, đơn vị, doanh nghiệp, mỗi cán bộ, đảng viên, công chức, viên chức và người lao động đóng góp tối thiểu 1 ngày lương; mỗi xã thành lập Tổ công tác giúp hộ làm nhà.
Ngay tại hội nghị, 46 doanh nghiệp, cơ quan, đơn vị đã đăng ký ủng hộ 38,6 tỷ đồng, trong đó Công ty cổ phần Đức Long Gia Lai ủng hộ 5 tỷ đồng, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai ủng hộ 300 căn nhà, trị giá 18 tỷ đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Siu Hương, Lê Văn Tân tiếp nhận bảng tượng trưng.
Ông Ksor Dư, người có uy tín làng Plei Bông, xã Ia Piơr, và bà Kpă H'Lan, Bí thư Đảng ủy xã Ia Mơ Nông, cam kết vận động đồng bào góp công, góp gỗ làm nhà cho 58 hộ khó khăn trong xã.
Mai Ka
Lượt xem: 3.211
Tin khác
- Chư Prông: 120 nhà cho hộ nghèo trước Tết (05/10/2024)
- Đak Đoa ra quân giúp hộ nghèo làm nhà (30/09/2024)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ đồng bào bị bão số 3 (20/09/2024)
""", "2024-10-07", 'Gia Lai phát động phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" năm 2024',
E("hoi_nghi", "2024", "2024-10-07"),
[P("Rah Lan Lâm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Rơ Chăm H'Yim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thanh Liên", "Phó Chủ tịch UBND tỉnh"),
 P("Siu Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Lê Văn Tân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ksor Dư", "người có uy tín làng Plei Bông"), P("Kpă H'Lan", "Bí thư Đảng ủy xã Ia Mơ Nông")],
[Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"),
 Q("4.512 hộ nghèo, hộ cận nghèo", 4512, "hộ nghèo, hộ cận nghèo"), Q("2.870 hộ", 2870, "hộ"), Q("1.642 hộ", 1642, "hộ"),
 Q("3.914 hộ", 3914, "hộ"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("ít nhất 1.500 căn", 1500, "căn", "over"), Q("356 căn nhà Đại đoàn kết", 356, "căn nhà Đại đoàn kết"), Q("84 căn", 84, "căn"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("46 doanh nghiệp, cơ quan, đơn vị", 46, "doanh nghiệp, cơ quan, đơn vị"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("300 căn nhà", 300, "căn nhà"), Q("18 tỷ đồng", 18000000000, "đồng"),
 Q("58 hộ khó khăn", 58, "hộ khó khăn")],
[D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Chỉ thị", "42", "CT-TTg", "2024-04-13", "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg ngày 13/4/2024"),
 D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Gia Lai"), com("Ia Piơr"), com("Ia Mơ Nông")],
["Báo Gia Lai điện tử", "Thời sự › Chính trị - Xã hội", "(GLO)", "Các đại biểu bấm nút phát động phong trào. Ảnh: Đức Thụy",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo",
 "Lượt xem: 3.211", "Công ty cổ phần Đức Long Gia Lai", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai", "Tổ công tác"],
["Cập nhật: 07/10/2024 - 18:30", "năm 2024", "năm 2025", "9 tháng năm 2024", "tối thiểu 1 ngày lương", "Lượt xem: 3.211"]))

PAGES.append(page("b3835-angiang-bangiao-nhadaidoanket-2024", """
TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
Trang chủ » Tin hoạt động » An sinh xã hội
Thứ Năm, 19/12/2024 - 07:45
Tri Tôn: Bàn giao 52 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer
Ngày 18/12/2024, tại xã Lê Trì, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp với UBND huyện Tri Tôn tổ chức lễ bàn giao 52 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo đồng bào dân tộc Khmer các xã Lê Trì, Châu Lăng, Lương Phi, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Ảnh: Lãnh đạo tỉnh trao bảng tượng trưng và quà cho các hộ nhận nhà.
Tham dự có đồng chí Lâm Quang Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Tám, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh; Hòa thượng Chau Ty, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trụ trì chùa Soài So; đồng chí Chau Sóc Kha, Phó Chủ tịch UBND huyện Tri Tôn.
Các căn nhà có tổng trị giá 3,38 tỷ đồng, mỗi căn 65 triệu đồng, gồm: 30 căn từ nguồn Quỹ "Vì người nghèo" tỉnh (1,95 tỷ đồng); 14 căn do Tổng Công ty Điện lực miền Nam tài trợ (910 triệu đồng); 8 căn do Hội Đoàn kết sư sãi yêu nước tỉnh và các chùa Khmer vận động (520 triệu đồng). Mỗi căn rộng 40 m2, kết cấu khung bê tông, mái tôn, nền gạch men, đảm bảo "3 cứng".
Theo Ủy ban MTTQ tỉnh, thực hiện Kế hoạch số 312/KH-UBND ngày 15/5/2024 của UBND tỉnh và Hướng dẫn số 25/HD-MTTQ-BTT, từ đầu năm đến nay toàn tỉnh đã khởi công 1.104 căn, hoàn thành bàn giao 862 căn nhà Đại đoàn kết; trong đó có 315 căn cho hộ đồng bào Khmer, 47 căn cho hộ đồng bào Chăm. Dự kiến đến hết tháng 3/2025, An Giang sẽ hoàn thành 2.156 căn, cơ bản xóa nhà tạm, nhà dột nát trên địa bàn tỉnh.
Ông Chau Sóc Kha cho biết, huyện Tri Tôn hiện còn 1.920 hộ nghèo, chiếm 5,12%, trong đó khoảng 73% là người Khmer. Riêng xã Lê Trì có 29 hộ được nhận nhà đợt này.
Xúc động nhận nhà mới, bà Néang Sa Rết, ấp Ô Tà Sóc, xã Lương Phi, cho biết: "Trước đây, nhà tôi lợp lá, mùa mưa dột khắp nơi. Nay có nhà mới vững chắc, tôi yên tâm cho các cháu đi học".
Dịp này, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trao 52 phần quà, mỗi phần gồm 20 kg gạo và 500.000 đồng tiền mặt; Đại đức Chau Hoàng Sa Ra, Trụ trì chùa Tà Pạ, tặng thêm 104 phần quà cho các hộ.
Phát biểu tại buổi lễ, đồng chí Lâm Quang Thịnh đề nghị chính quyền địa phương tiếp tục quan tâm hỗ trợ sinh kế, tạo việc làm để các hộ "an cư, lạc nghiệp", sớm thoát nghèo bền vững; Ủy ban MTTQ các xã giám sát chặt chẽ việc xây dựng, công khai danh sách hộ được hỗ trợ.
Ban Tuyên giáo
Lượt xem: 1.412
Tin liên quan
- Châu Phú: khởi công 35 căn nhà Đại đoàn kết (12/12/2024)
- Ủy ban MTTQ tỉnh tiếp nhận 5 tỷ đồng xóa nhà tạm (05/12/2024)
- Ra mắt tổ hòa giải ở ấp Phũm Xoài (28/11/2024)
""", "2024-12-19", "Tri Tôn: Bàn giao 52 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2024-12-18"),
[P("Lâm Quang Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tám", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Chau Ty", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trụ trì chùa Soài So"),
 P("Chau Sóc Kha", "Phó Chủ tịch UBND huyện Tri Tôn"),
 P("Néang Sa Rết"),
 P("Chau Hoàng Sa Ra", "Đại đức", "Trụ trì chùa Tà Pạ")],
[Q("52 căn nhà Đại đoàn kết", 52, "căn nhà Đại đoàn kết"), Q("3,38 tỷ đồng", 3380000000, "đồng"), Q("65 triệu đồng", 65000000, "đồng"),
 Q("30 căn", 30, "căn"), Q("1,95 tỷ đồng", 1950000000, "đồng"), Q("14 căn", 14, "căn"), Q("910 triệu đồng", 910000000, "đồng"),
 Q("8 căn", 8, "căn"), Q("520 triệu đồng", 520000000, "đồng"), Q("40 m2", 40, "m2"),
 Q("1.104 căn", 1104, "căn"), Q("862 căn nhà Đại đoàn kết", 862, "căn nhà Đại đoàn kết"), Q("315 căn", 315, "căn"), Q("47 căn", 47, "căn"),
 Q("2.156 căn", 2156, "căn"), Q("1.920 hộ nghèo", 1920, "hộ nghèo"), Q("5,12%", 5.12, "%"), Q("khoảng 73%", 73, "%", "approx"),
 Q("29 hộ", 29, "hộ"), Q("52 phần quà", 52, "phần quà"), Q("20 kg", 20, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("104 phần quà", 104, "phần quà")],
[D("Kế hoạch", "312", "KH-UBND", "2024-05-15", "UBND tỉnh", "Kế hoạch số 312/KH-UBND ngày 15/5/2024"),
 D("Hướng dẫn", "25", "HD-MTTQ-BTT", None, None, "Hướng dẫn số 25/HD-MTTQ-BTT")],
[prov("An Giang"), com("Lê Trì"), com("Châu Lăng"), com("Lương Phi")],
["TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "Trang chủ » Tin hoạt động » An sinh xã hội",
 "Ảnh: Lãnh đạo tỉnh trao bảng tượng trưng và quà cho các hộ nhận nhà.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Vì người nghèo", "Tổng Công ty Điện lực miền Nam", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
 "Ban Tuyên giáo", "Lượt xem: 1.412", "Tri Tôn", "an cư, lạc nghiệp"],
["Thứ Năm, 19/12/2024 - 07:45", "3 cứng", "tháng 3/2025", "Lượt xem: 1.412"]))

PAGES.append(page("b3836-yenbai-giaoban-xoanhatam-2025", """
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
Thứ Ba, 08/04/2025 | 10:15
Ảnh: Toàn cảnh hội nghị giao ban.
Còn 1.016 căn nhà tạm phải hoàn thành trước ngày 30/6
YBĐT - Sáng 7/4, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2025 với Ủy ban MTTQ các huyện, thị xã, thành phố, tập trung đánh giá tiến độ thực hiện chương trình xóa nhà tạm, nhà dột nát. Đồng chí Giàng A Lềnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Quý I/2025, Mặt trận các cấp đã phối hợp hỗ trợ khởi công 1.347 căn, trong đó hoàn thành 784 căn (xây mới 612 căn, sửa chữa 172 căn). Lũy kế từ khi triển khai Kế hoạch số 198-KH/TU ngày 9/10/2024 của Ban Thường vụ Tỉnh ủy đến ngày 31/3/2025, toàn tỉnh đã hoàn thành 3.104/4.120 căn, đạt 75,3%; còn 1.016 căn phải hoàn thành trước ngày 30/6.
Tổng nguồn lực đã huy động khoảng 186 tỷ đồng, gồm: ngân sách trung ương theo Quyết định số 90/QĐ-TTg và Quyết định số 1719/QĐ-TTg 72,6 tỷ đồng; Quỹ "Vì người nghèo" và nguồn xã hội hóa do Mặt trận vận động 54,3 tỷ đồng; ngân sách tỉnh, huyện 31,5 tỷ đồng; người dân, dòng họ đóng góp gần 27,6 tỷ đồng. Các lực lượng vũ trang, đoàn viên thanh niên hỗ trợ trên 25.000 ngày công.
Theo đồng chí Hoàng Thị Tuyết Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng ban Phong trào, huyện Mù Cang Chải và Trạm Tấu chậm nhất do 438 hộ Mông phải di dời khỏi vùng sạt lở, chưa có đất ở. Ông Vàng A Súa, Chủ tịch Ủy ban MTTQ xã Khao Mang, cho biết xã còn 67 căn chưa khởi công; ông Lò Văn Hặc, Bí thư Chi bộ kiêm Trưởng bản Pá Hu, xã Pá Hu, đã vận động 12 hộ hiến 1.800 m2 đất cho hộ di dời.
Giao ban cũng thông tin, quý I Quỹ "Vì người nghèo" tỉnh tiếp nhận 12,8 tỷ đồng; trao 6.250 suất quà Tết cho hộ nghèo, mỗi suất 500.000 đồng. Các đồng chí đề nghị tỉnh hỗ trợ thêm 10 triệu đồng/căn cho hộ đặc biệt khó khăn.
Kết luận giao ban, đồng chí Giàng A Lềnh yêu cầu Mặt trận các huyện thực hiện nghiêm Kết luận số 124, 125-KL/TU của Ban Thường vụ Tỉnh ủy, không để hộ nào bị bỏ lại; báo cáo tiến độ hằng tuần; phối hợp Sở Tài chính giải ngân dứt điểm nguồn vận động trong tháng 5.
Trước đó, ngày 3/4, đoàn kiểm tra của Ủy ban Trung ương MTTQ Việt Nam do bà Trương Thị Ngọc Lan, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, làm trưởng đoàn đã kiểm tra thực tế việc xóa nhà tạm tại tỉnh Yên Bái, đánh giá cao cách làm "Nhà nước hỗ trợ, Mặt trận vận động, nhân dân góp công" của tỉnh, đồng thời lưu ý không chạy theo số lượng, nhà làm xong phải bảo đảm "3 cứng" và có niên hạn sử dụng từ 20 năm trở lên.
Hà Anh
Lượt đọc: 1.958
Tin khác
- Văn Yên: bàn giao 45 căn nhà cho hộ nghèo (03/04/2025)
- Lục Yên hoàn thành xóa nhà tạm (28/03/2025)
- Yên Bái tiếp nhận 10 tỷ đồng hỗ trợ xóa nhà tạm (20/03/2025)
""", "2025-04-08", "Còn 1.016 căn nhà tạm phải hoàn thành trước ngày 30/6",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Giàng A Lềnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Tuyết Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng ban Phong trào"),
 P("Vàng A Súa", "Chủ tịch Ủy ban MTTQ xã Khao Mang"),
 P("Lò Văn Hặc", "Bí thư Chi bộ kiêm Trưởng bản Pá Hu"),
 P("Trương Thị Ngọc Lan", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")],
[Q("1.016 căn nhà tạm", 1016, "căn nhà tạm"), Q("1.347 căn", 1347, "căn"), Q("784 căn", 784, "căn"), Q("612 căn", 612, "căn"),
 Q("172 căn", 172, "căn"), Q("3.104/4.120 căn", 3104, "căn"), Q("75,3%", 75.3, "%"),
 Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("72,6 tỷ đồng", 72600000000, "đồng"), Q("54,3 tỷ đồng", 54300000000, "đồng"),
 Q("31,5 tỷ đồng", 31500000000, "đồng"), Q("gần 27,6 tỷ đồng", 27600000000, "đồng", "approx"), Q("trên 25.000 ngày công", 25000, "ngày công", "over"),
 Q("438 hộ Mông", 438, "hộ Mông"), Q("67 căn", 67, "căn"), Q("12 hộ", 12, "hộ"), Q("1.800 m2", 1800, "m2"),
 Q("12,8 tỷ đồng", 12800000000, "đồng"), Q("6.250 suất quà", 6250, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 triệu đồng/căn", 10000000, "đồng")],
[D("Kế hoạch", "198", "KH/TU", "2024-10-09", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 198-KH/TU ngày 9/10/2024"),
 D("Quyết định", "90", "QĐ-TTg", None, None, "Quyết định số 90/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kết luận", "124", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 124, 125-KL/TU"),
 D("Kết luận", "125", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 124, 125-KL/TU")],
[prov("Yên Bái"), com("Khao Mang"), com("Pá Hu")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị giao ban.", "YBĐT", "Vì người nghèo",
 "Lượt đọc: 1.958", "Mù Cang Chải", "Trạm Tấu"],
["Thứ Ba, 08/04/2025 | 10:15", "ngày 30/6", "quý I năm 2025", "Quý I/2025", "ngày 31/3/2025", "quý I", "tháng 5", "ngày 3/4", "3 cứng", "20 năm", "Nhà nước hỗ trợ, Mặt trận vận động, nhân dân góp công", "Lượt đọc: 1.958"]))

PAGES.append(page("b3837-tuyenquang-xameovac-phongsu-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Xã hội › Giảm nghèo
Thứ Tư, 27/08/2025 - 06:30
Những mái nhà mới trên cao nguyên đá
Sau hơn một tháng vận hành chính quyền hai cấp, xã Mèo Vạc, tỉnh Tuyên Quang đã hoàn thành 100% số nhà tạm, nhà dột nát phải xóa theo kế hoạch. Với đồng bào Mông, Lô Lô nơi đây, những mái nhà mới là "món quà" lớn nhất của năm.
Ảnh: Gia đình anh Sùng Mí Chá bên ngôi nhà mới ở thôn Pả Vi Hạ.
Tháng 3/2025, khi chương trình xóa nhà tạm, nhà dột nát được đẩy nhanh theo Chỉ thị số 09/CT-TTg của Thủ tướng Chính phủ, 3 xã cũ Mèo Vạc, Tả Lủng, Pả Vi (nay hợp nhất thành xã Mèo Vạc) còn 287 hộ đang ở nhà tạm. Theo ông Vừ Mí Páo, Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc, cái khó nhất là vận chuyển vật liệu: nhiều thôn nằm trên núi đá, xe chỉ đến được chân dốc, cát, xi măng phải gùi bộ từ 2 đến 3 km.
Để hoàn thành số nhà trên (xây mới 231 căn, sửa chữa 56 căn), xã huy động khoảng 17,9 tỷ đồng: ngân sách nhà nước 9,24 tỷ đồng, Quỹ "Vì người nghèo" và nguồn vận động xã hội hóa 5,1 tỷ đồng, Bộ Công an hỗ trợ 2,3 tỷ đồng, phần còn lại do các hộ đối ứng bằng tiền và ngày công. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; riêng 42 hộ nghèo đặc biệt khó khăn được hỗ trợ thêm 20 triệu đồng/căn từ nguồn Mặt trận tỉnh.
Bà Thào Thị Mỷ, Bí thư Đảng ủy xã Mèo Vạc, cho biết Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về giảm nghèo bền vững, giao mỗi đảng viên phụ trách từ 3 - 5 hộ. Hơn 1.600 lượt cán bộ, chiến sĩ Đồn Biên phòng Xín Cái, đoàn viên thanh niên và người dân đã góp trên 9.200 ngày công.
Ông Giàng Mí Sính, người có uy tín thôn Sán Tớ, nhớ lại: "Có nhà trước Tết năm nay cả thôn mừng lắm. Trước đây 19 hộ trong thôn ở nhà trình tường dột, mưa to là phải sang nhà hàng xóm ngủ nhờ".
Anh Sùng Mí Chá, thôn Pả Vi Hạ, một trong những hộ được xây mới, chỉ vào ngôi nhà rộng 48 m2 mái tôn, tường gạch: "Nhà mới rồi, mình phải làm ăn chăm chỉ để thoát nghèo, không để cán bộ phải lo nữa".
Theo Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, sau hợp nhất, toàn tỉnh có 124 xã, phường; đến ngày 25/8/2025 đã hoàn thành 18.426 căn nhà tạm, nhà dột nát, trong đó riêng địa bàn tỉnh Hà Giang cũ 11.903 căn. Hiện Mặt trận các xã tiếp tục vận động giúp các hộ mới nhận nhà phát triển chăn nuôi, trồng cỏ, để "an cư" đi liền với "lạc nghiệp".
Bài, ảnh: Thanh Hương
Lượt xem: 2.205
Tin liên quan
- Xã Đồng Văn hoàn thành xóa nhà tạm (20/08/2025)
- Mặt trận tỉnh Tuyên Quang tiếp nhận 15 tỷ đồng hỗ trợ hộ nghèo (12/08/2025)
- Phường Hà Giang 1 ra mắt mô hình "Tổ tự quản giảm nghèo" (05/08/2025)
""", "2025-08-27", "Những mái nhà mới trên cao nguyên đá",
E("khac", None, None),
[P("Vừ Mí Páo", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Thào Thị Mỷ", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Giàng Mí Sính", "người có uy tín thôn Sán Tớ"),
 P("Sùng Mí Chá")],
[Q("100%", 100, "%"), Q("3 xã", 3, "xã"), Q("287 hộ", 287, "hộ"), Q("231 căn", 231, "căn"), Q("56 căn", 56, "căn"),
 Q("khoảng 17,9 tỷ đồng", 17900000000, "đồng", "approx"), Q("9,24 tỷ đồng", 9240000000, "đồng"), Q("5,1 tỷ đồng", 5100000000, "đồng"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("42 hộ nghèo đặc biệt khó khăn", 42, "hộ nghèo đặc biệt khó khăn"), Q("20 triệu đồng/căn", 20000000, "đồng"),
 Q("Hơn 1.600 lượt cán bộ, chiến sĩ", 1600, "lượt cán bộ, chiến sĩ", "over"), Q("trên 9.200 ngày công", 9200, "ngày công", "over"),
 Q("19 hộ", 19, "hộ"), Q("48 m2", 48, "m2"), Q("124 xã, phường", 124, "xã, phường"),
 Q("18.426 căn nhà tạm, nhà dột nát", 18426, "căn nhà tạm, nhà dột nát"), Q("11.903 căn", 11903, "căn")],
[D("Chỉ thị", "09", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 09/CT-TTg"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã Mèo Vạc", "Nghị quyết chuyên đề số 05-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Tả Lủng"), com("Pả Vi")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Xã hội › Giảm nghèo", "Ảnh: Gia đình anh Sùng Mí Chá bên ngôi nhà mới ở thôn Pả Vi Hạ.",
 "Vì người nghèo", "Bộ Công an", "Đồn Biên phòng Xín Cái", "món quà", "Bài, ảnh: Thanh Hương", "Lượt xem: 2.205"],
["Thứ Tư, 27/08/2025 - 06:30", "hơn một tháng", "Tháng 3/2025", "hai cấp", "từ 2 đến 3 km", "từ 3 - 5 hộ", "ngày 25/8/2025", "Lượt xem: 2.205"]))

PAGES.append(page("b3838-vinhlong-tongket-xoanhatam-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ | Tin tức - Sự kiện | Tin địa phương
30/10/2025 - 15:20
Tỉnh Vĩnh Long xóa 8.914 căn nhà tạm, nhà dột nát, về đích trước thời hạn
Chiều 29/10, Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" năm 2025 trên địa bàn tỉnh Vĩnh Long (mới), sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Quang cảnh hội nghị tổng kết.
Dự hội nghị có đồng chí Trần Trí Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo; đồng chí Thạch Phước Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Bé Mười, Kim Ngọc Thái, Lê Văn Đông.
Báo cáo tổng kết cho biết, từ tháng 10/2024 đến ngày 31/8/2025, toàn tỉnh đã xây mới, sửa chữa 8.914 căn nhà cho hộ nghèo, hộ cận nghèo, hộ gia đình chính sách, trong đó xây mới 7.206 căn, sửa chữa 1.708 căn; hỗ trợ 1.342 căn cho hộ người có công với cách mạng, 2.617 căn cho hộ đồng bào Khmer. Tổng kinh phí hơn 519,6 tỷ đồng: ngân sách trung ương 214,3 tỷ đồng; ngân sách địa phương 98,7 tỷ đồng; nguồn tiết kiệm 5% chi thường xuyên 61,2 tỷ đồng; Quỹ "Vì người nghèo" và nguồn vận động xã hội hóa qua Mặt trận 112,9 tỷ đồng; hộ gia đình, dòng họ đối ứng khoảng 32,5 tỷ đồng.
Mặt trận các cấp đã phối hợp thẩm định, giám sát 100% số căn; tổ chức 86 đoàn giám sát tại các xã, phường; ghi nhận 214 ý kiến, kiến nghị của người dân, đã giải quyết 209 ý kiến. Thực hiện Chỉ thị số 42/CT-TTg và Kế hoạch số 15-KH/TU, 16-KH/TU của Tỉnh ủy, tỉnh cũng ban hành Quyết định số 1086/QĐ-UBND ngày 12/7/2025 của UBND tỉnh quy định mức hỗ trợ thêm 10 triệu đồng/căn từ ngân sách tỉnh.
Phát biểu, đồng chí Trần Trí Dũng ghi nhận vai trò "cầu nối" của Mặt trận; đề nghị các xã, phường tiếp tục rà soát, không để phát sinh nhà tạm mới, gắn với thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị. Tham luận, ông Thạch Sa Rươne, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Minh, và bà Nguyễn Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, chia sẻ kinh nghiệm vận động chùa Khmer và doanh nghiệp.
Dịp này, UBND tỉnh tặng bằng khen cho 68 tập thể, 95 cá nhân tiêu biểu; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 40 tập thể, 52 cá nhân.
Ảnh: Đồng chí Trần Trí Dũng trao bằng khen cho các tập thể.
Hải Âu
Lượt xem: 4.016
Tin liên quan
- Xã Càng Long bàn giao 15 căn nhà Đại đoàn kết (22/10/2025)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2025 (17/10/2025)
- Vĩnh Long: 1.200 hộ được hỗ trợ sinh kế (10/10/2025)
""", "2025-10-30", "Tỉnh Vĩnh Long xóa 8.914 căn nhà tạm, nhà dột nát, về đích trước thời hạn",
E("tong_ket", "2025", "2025-10-29"),
[P("Trần Trí Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Thạch Phước Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rươne", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Minh"),
 P("Nguyễn Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương")],
[Q("8.914 căn nhà tạm, nhà dột nát", 8914, "căn nhà tạm, nhà dột nát"), Q("7.206 căn", 7206, "căn"), Q("1.708 căn", 1708, "căn"),
 Q("1.342 căn", 1342, "căn"), Q("2.617 căn", 2617, "căn"), Q("hơn 519,6 tỷ đồng", 519600000000, "đồng", "over"),
 Q("214,3 tỷ đồng", 214300000000, "đồng"), Q("98,7 tỷ đồng", 98700000000, "đồng"), Q("5%", 5, "%"), Q("61,2 tỷ đồng", 61200000000, "đồng"),
 Q("112,9 tỷ đồng", 112900000000, "đồng"), Q("khoảng 32,5 tỷ đồng", 32500000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("86 đoàn giám sát", 86, "đoàn giám sát"), Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("209 ý kiến", 209, "ý kiến"),
 Q("10 triệu đồng/căn", 10000000, "đồng"), Q("68 tập thể", 68, "tập thể"), Q("95 cá nhân tiêu biểu", 95, "cá nhân tiêu biểu"),
 Q("40 tập thể", 40, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "42", "CT-TTg", None, None, "Chỉ thị số 42/CT-TTg"),
 D("Kế hoạch", "15", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 15-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Tỉnh ủy", "16-KH/TU"),
 D("Quyết định", "1086", "QĐ-UBND", "2025-07-12", "UBND tỉnh", "Quyết định số 1086/QĐ-UBND ngày 12/7/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Phú Khương")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG", "Trang chủ | Tin tức - Sự kiện | Tin địa phương", "Quang cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "cầu nối", "Ảnh: Đồng chí Trần Trí Dũng trao bằng khen cho các tập thể.",
 "Lượt xem: 4.016", "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh"],
["30/10/2025 - 15:20", "năm 2025", "tháng 10/2024", "ngày 31/8/2025", "Lượt xem: 4.016"]))
