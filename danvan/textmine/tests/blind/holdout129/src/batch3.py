from lib import *
PAGES = []

PAGES.append(page("b3065-cantho-mttq-tongket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Hôm nay: Thứ Ba, 27/12/2022
Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận
Đăng lúc: 23/12/2022 - 15:40
Toàn cảnh hội nghị.
Cần Thơ: Tuyên dương 45 tập thể, cá nhân tiêu biểu trong công tác Mặt trận
Ngày 22/12, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai phương hướng, nhiệm vụ năm 2023. Đồng chí Nguyễn Trung Nghĩa, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Năm 2022, Quỹ "Vì người nghèo" các cấp vận động được 38,6 tỷ đồng, vượt 28% chỉ tiêu. Từ nguồn quỹ và các nguồn vận động khác, Mặt trận đã xây mới 526 căn nhà Đại đoàn kết, sửa chữa 94 căn; tặng trên 120.000 phần quà cho hộ nghèo, hộ cận nghèo; hỗ trợ 120 phụ nữ khởi nghiệp và 26 ý tưởng khởi nghiệp của thanh niên nông thôn. Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 tại Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ, đầu năm thành phố có 5.826 hộ nghèo, tỷ lệ 1,65%; cuối năm ước giảm còn khoảng 1,05%.
Mặt trận các cấp đã chủ trì 86 cuộc giám sát, trong đó có giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ; tổ chức 9 hội nghị phản biện xã hội. Ban Thường trực đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 45, 46-KL/TU về nâng cao hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và về công tác an sinh xã hội.
Tại hội nghị, bà Lê Thị Hồng Nhung, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố, báo cáo kết quả Ngày hội Đại đoàn kết toàn dân tộc với 100% khu dân cư tổ chức. Ông Trương Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam quận Ô Môn, chia sẻ mô hình "Nồi cháo tình thương" duy trì hơn 10 năm. Ông Sơn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam xã Thới Xuân, nêu khó khăn khi vận động quỹ sau dịch.
Phát biểu chỉ đạo, đồng chí Lê Văn Tâm, Phó Bí thư Thường trực Thành ủy, đề nghị năm 2023 Mặt trận phấn đấu xây ít nhất 400 căn nhà Đại đoàn kết, giảm không dưới 0,5% tỷ lệ hộ nghèo; nâng chất các mô hình tự quản ở khu dân cư.
Dịp này, 45 tập thể, cá nhân tiêu biểu được Ủy ban MTTQ Việt Nam thành phố tặng bằng khen, trong đó 18 tập thể.
Hội nghị cũng nghe đại diện Ngân hàng Chính sách xã hội thành phố thông tin: dư nợ cho vay hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo đến cuối tháng 11 đạt hơn 2.940 tỷ đồng, với gần 62.000 hộ đang còn dư nợ; nợ quá hạn ở mức thấp nhờ vai trò các tổ tiết kiệm và vay vốn do các đoàn thể nhận ủy thác.
Minh Huyền
Lượt truy cập: 2.315.772
Tin cùng chuyên mục
- Thốt Nốt bàn giao 30 căn nhà Đại đoàn kết (16/12/2022)
- Mặt trận thành phố phản biện dự thảo Nghị quyết về chính sách hỗ trợ nhà ở (08/12/2022)
- Phong Điền: Ngày hội Đại đoàn kết ở ấp Nhơn Lộc 1 (18/11/2022)
""", "2022-12-23", "Cần Thơ: Tuyên dương 45 tập thể, cá nhân tiêu biểu trong công tác Mặt trận",
E("tong_ket", "2022", "2022-12-22"),
[P("Nguyễn Trung Nghĩa", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam quận Ô Môn"),
 P("Sơn Văn Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thới Xuân"),
 P("Lê Văn Tâm", "Phó Bí thư Thường trực Thành ủy")],
[Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("28%", 28, "%"), Q("526 căn nhà Đại đoàn kết", 526, "căn nhà Đại đoàn kết"),
 Q("94 căn", 94, "căn"), Q("trên 120.000 phần quà", 120000, "phần quà", "over"), Q("120 phụ nữ", 120, "phụ nữ"),
 Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"), Q("5.826 hộ nghèo", 5826, "hộ nghèo"), Q("1,65%", 1.65, "%"),
 Q("khoảng 1,05%", 1.05, "%", "approx"), Q("86 cuộc giám sát", 86, "cuộc giám sát"), Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"),
 Q("100% khu dân cư", 100, "%"), Q("ít nhất 400 căn nhà Đại đoàn kết", 400, "căn nhà Đại đoàn kết", "over"),
 Q("không dưới 0,5%", 0.5, "%", "over"), Q("45 tập thể, cá nhân", 45, "tập thể, cá nhân"), Q("18 tập thể", 18, "tập thể"),
 Q("hơn 2.940 tỷ đồng", 2940000000000, "đồng", "over"), Q("gần 62.000 hộ", 62000, "hộ", "approx")],
[D("Nghị định", "07", "2021/NĐ-CP", "2021-01-27", "Chính phủ", "Nghị định số 07/2021/NĐ-CP ngày 27/01/2021"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 45, 46-KL/TU")],
[prov("Cần Thơ"), com("Thới Xuân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Hôm nay: Thứ Ba, 27/12/2022", "Trang chủ » Tin tức - Sự kiện » Hoạt động Mặt trận",
 "Toàn cảnh hội nghị.", "Vì người nghèo", "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc", "Nồi cháo tình thương",
 "Lượt truy cập: 2.315.772"],
["Đăng lúc: 23/12/2022 - 15:40", "năm 2022", "năm 2023", "2022 - 2025", "hơn 10 năm", "tháng 11", "Lượt truy cập: 2.315.772"]))

PAGES.append(page("b3066-soctrang-xa-baocao-quyvnn-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIA HÒA 1 - HUYỆN MỸ XUYÊN
Trang chủ | Công khai - Minh bạch | Mặt trận - Đoàn thể
Đăng ngày 12 tháng 01 năm 2023 | Người đăng: Quản trị viên
Báo cáo công khai kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" xã Gia Hòa 1 năm 2022
ỦY BAN MTTQ VIỆT NAM XÃ GIA HÒA 1 - BAN VẬN ĐỘNG QUỸ "VÌ NGƯỜI NGHÈO"
Số: 03/BC-BVĐ - Gia Hòa 1, ngày 10 tháng 01 năm 2023
Thực hiện Hướng dẫn số 41/HD-MTTQ-BTT ngày 15/10/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng về vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2022, Ban Vận động Quỹ "Vì người nghèo" xã báo cáo công khai kết quả như sau:
I. Tình hình hộ nghèo
Theo kết quả rà soát cuối năm 2022, xã có 3.108 hộ, trong đó 174 hộ nghèo, chiếm 5,6%, giảm 68 hộ so với đầu năm; 201 hộ cận nghèo, chiếm 6,47%. Hộ nghèo đồng bào Khmer là 97 hộ.
II. Kết quả vận động
1. Số dư quỹ năm 2021 chuyển sang: 12.450.000 đồng.
2. Tổng thu trong năm: 186.300.000 đồng, gồm: cán bộ, công chức, viên chức đóng góp 1 ngày lương: 21.800.000 đồng; các doanh nghiệp, hộ kinh doanh: 96.500.000 đồng; các chùa và bà con phật tử: 42.000.000 đồng; nguồn cấp trên hỗ trợ: 26.000.000 đồng.
III. Kết quả sử dụng
1. Hỗ trợ xây mới 2 căn nhà Đại đoàn kết cho hộ ông Lâm Văn Chanh (ấp Đại Ân) và bà Thạch Thị Sóc Phia (ấp Tắc Gồng), mỗi căn 50.000.000 đồng.
2. Hỗ trợ sửa chữa 4 căn nhà, mỗi căn 10.000.000 đồng.
3. Tặng 120 phần quà Tết Nhâm Dần cho hộ nghèo, mỗi phần 300.000 đồng; thăm 15 người bệnh nặng, mỗi trường hợp 500.000 đồng.
4. Hỗ trợ 35 suất học bổng cho học sinh nghèo vượt khó.
Tổng chi: 184.000.000 đồng. Số dư chuyển sang năm 2023: 14.750.000 đồng.
IV. Đánh giá
Việc vận động, quản lý quỹ thực hiện công khai, đúng Quy chế số 01/QC-MTTQ ngày 20/02/2022 của Ban Thường trực Ủy ban MTTQ xã; các khoản chi đều có chứng từ, có ký nhận của hộ được hỗ trợ và xác nhận của Trưởng ban Công tác Mặt trận ấp. Tuy nhiên, nguồn vận động còn thấp so với nhu cầu; năm 2023 Ban Vận động phấn đấu vận động ít nhất 200 triệu đồng, xây mới 3 căn nhà. Đề nghị các ấp phát huy vai trò người có uy tín, các vị sư cả trong vận động bà con ủng hộ quỹ.
Ngày ban hành: 10/01/2023 | Loại văn bản: Báo cáo | Tệp đính kèm: BC03-BVD.pdf
Báo cáo này được niêm yết tại trụ sở UBND xã và Nhà văn hóa các ấp để nhân dân được biết và giám sát.
TM. BAN THƯỜNG TRỰC - CHỦ TỊCH
Kim Sa Rên
Nơi nhận: UBMTTQ huyện; Đảng ủy, UBND xã; Lưu VP.
Lượt xem: 96
Tin khác
- Thông báo lịch tiếp công dân tháng 01/2023 (06/01/2023)
- Xã Gia Hòa 1 tổ chức Ngày hội Đại đoàn kết ở ấp Đại Ân (20/11/2022)
- Kế hoạch phòng, chống dịch bệnh trên cây lúa vụ Đông Xuân (15/11/2022)
""", "2023-01-12", 'Báo cáo công khai kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" xã Gia Hòa 1 năm 2022',
E("bao_cao", "2022", "2023-01-10"),
[P("Lâm Văn Chanh"), P("Thạch Thị Sóc Phia"),
 P("Kim Sa Rên", "CHỦ TỊCH")],
[Q("3.108 hộ", 3108, "hộ"), Q("174 hộ nghèo", 174, "hộ nghèo"), Q("5,6%", 5.6, "%"), Q("68 hộ", 68, "hộ"),
 Q("201 hộ cận nghèo", 201, "hộ cận nghèo"), Q("6,47%", 6.47, "%"), Q("97 hộ", 97, "hộ"),
 Q("12.450.000 đồng", 12450000, "đồng"), Q("186.300.000 đồng", 186300000, "đồng"), Q("21.800.000 đồng", 21800000, "đồng"),
 Q("96.500.000 đồng", 96500000, "đồng"), Q("42.000.000 đồng", 42000000, "đồng"), Q("26.000.000 đồng", 26000000, "đồng"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("50.000.000 đồng", 50000000, "đồng"), Q("4 căn nhà", 4, "căn nhà"),
 Q("10.000.000 đồng", 10000000, "đồng"), Q("120 phần quà", 120, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("15 người bệnh nặng", 15, "người bệnh nặng"), Q("500.000 đồng", 500000, "đồng"), Q("35 suất học bổng", 35, "suất học bổng"),
 Q("184.000.000 đồng", 184000000, "đồng"), Q("14.750.000 đồng", 14750000, "đồng"),
 Q("ít nhất 200 triệu đồng", 200000000, "đồng", "over"), Q("3 căn nhà", 3, "căn nhà")],
[D("Báo cáo", "03", "BC-BVĐ", "2023-01-10", 'Ban Vận động Quỹ "Vì người nghèo" xã', "Số: 03/BC-BVĐ"),
 D("Hướng dẫn", "41", "HD-MTTQ-BTT", "2022-10-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "Hướng dẫn số 41/HD-MTTQ-BTT ngày 15/10/2022"),
 D("Quy chế", "01", "QC-MTTQ", "2022-02-20", "Ban Thường trực Ủy ban MTTQ xã", "Quy chế số 01/QC-MTTQ ngày 20/02/2022")],
[prov("Sóc Trăng"), com("Gia Hòa 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ GIA HÒA 1 - HUYỆN MỸ XUYÊN", "Trang chủ | Công khai - Minh bạch | Mặt trận - Đoàn thể",
 "Người đăng: Quản trị viên", "ỦY BAN MTTQ VIỆT NAM XÃ GIA HÒA 1 - BAN VẬN ĐỘNG QUỸ", "VÌ NGƯỜI NGHÈO",
 "Nơi nhận: UBMTTQ huyện; Đảng ủy, UBND xã; Lưu VP.", "Lượt xem: 96", "Vì người nghèo", "Tệp đính kèm: BC03-BVD.pdf"],
["Đăng ngày 12 tháng 01 năm 2023", "1 ngày lương", "năm 2021", "năm 2023", "Tết Nhâm Dần", "Lượt xem: 96", "I. Tình hình hộ nghèo"]))

PAGES.append(page("b3067-angiang-mttq-giaoban-thang10-2023", """
Ủy ban MTTQ Việt Nam tỉnh An Giang - Cổng thông tin điện tử
Trang chủ > Hoạt động > Tin Mặt trận tỉnh
Thứ Hai, 06/11/2023
Ảnh: Quang cảnh cuộc họp.
Ngày đăng 06/11/2023 | 08:30
Tháng cao điểm: toàn tỉnh tiếp nhận gần 19 tỷ đồng ủng hộ người nghèo
Chiều 03/11/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức giao ban công tác Mặt trận tháng 10/2023. Chủ trì có ông Lê Văn Phước, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Thanh Bình, bà Trần Thị Thu Vân - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, sau nửa tháng triển khai Tháng cao điểm "Vì người nghèo" năm 2023, Mặt trận các cấp tiếp nhận gần 19 tỷ đồng tiền mặt và hiện vật, trong đó cấp tỉnh tiếp nhận 7,3 tỷ đồng. Giáo hội Phật giáo Hòa Hảo đóng góp 2,1 tỷ đồng và cam kết xây 100 căn nhà Đại đoàn kết cho hộ nghèo trong quý IV. Trong tháng, các cấp bàn giao 142 căn nhà Đại đoàn kết, trị giá mỗi căn từ 50 triệu đồng trở lên; khởi công thêm 96 căn.
Kết quả rà soát sơ bộ cho thấy toàn tỉnh còn 14.327 hộ nghèo, tỷ lệ 2,73%, giảm 0,82% so với đầu năm; hộ nghèo đồng bào Khmer, Chăm chiếm khoảng 31%. Mặt trận tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 25-CT/TU ngày 22/9/2023 về tăng cường lãnh đạo công tác giảm nghèo bền vững; Ban Thường trực ban hành Kế hoạch số 318/KH-MTTQ-BTT về giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tại 3 huyện.
Tại giao ban, ông Mohamad Ly, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện An Phú, thông tin Mặt trận huyện đã phối hợp các thánh đường Hồi giáo vận động 450 triệu đồng; ông Chau Sóc Thi, Chủ tịch Ủy ban MTTQ Việt Nam xã Văn Giáo, đề nghị tỉnh hỗ trợ thêm kinh phí cho 23 hộ nghèo chưa có nhà ở ổn định. Ông Nguyễn Văn Tiền, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo, cho biết các Ban Trị sự cơ sở đã lập danh sách 100 hộ để xây nhà.
Kết luận, ông Lê Văn Phước đề nghị tháng 11 tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư; phấn đấu kết thúc Tháng cao điểm vận động không dưới 30 tỷ đồng; chuẩn bị hội nghị tổng kết công tác năm 2023 và thực hiện Quyết định số 1035-QĐ/MTTQ-BTT về khen thưởng các tập thể, cá nhân có thành tích trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ông cũng lưu ý Mặt trận các huyện, thị xã, thành phố phải công khai danh sách hộ được hỗ trợ nhà ở tại khu dân cư, tránh trùng lắp với nguồn hỗ trợ của các tổ chức tôn giáo và doanh nghiệp; kịp thời báo cáo các trường hợp đặc biệt khó khăn để Ban Thường trực xem xét hỗ trợ từ quỹ cấp tỉnh.
Thanh Tùng
Lượt xem: 1.147
Các tin khác
- Tri Tôn bàn giao 15 căn nhà cho đồng bào Khmer (30/10/2023)
- Mặt trận tỉnh thăm, chúc mừng Lễ Sene Dolta (12/10/2023)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2023 (17/10/2023)
""", "2023-11-06", "Tháng cao điểm: toàn tỉnh tiếp nhận gần 19 tỷ đồng ủng hộ người nghèo",
E("giao_ban", "2023-10", "2023-11-03"),
[P("Lê Văn Phước", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mohamad Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện An Phú"),
 P("Chau Sóc Thi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Văn Giáo"),
 P("Nguyễn Văn Tiền", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo")],
[Q("gần 19 tỷ đồng", 19000000000, "đồng", "approx"), Q("7,3 tỷ đồng", 7300000000, "đồng"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("100 căn nhà Đại đoàn kết", 100, "căn nhà Đại đoàn kết"), Q("142 căn nhà Đại đoàn kết", 142, "căn nhà Đại đoàn kết"),
 Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("96 căn", 96, "căn"), Q("14.327 hộ nghèo", 14327, "hộ nghèo"),
 Q("2,73%", 2.73, "%"), Q("0,82%", 0.82, "%"), Q("khoảng 31%", 31, "%", "approx"), Q("3 huyện", 3, "huyện"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("23 hộ nghèo", 23, "hộ nghèo"), Q("100 hộ", 100, "hộ"),
 Q("100% khu dân cư", 100, "%"), Q("không dưới 30 tỷ đồng", 30000000000, "đồng", "over")],
[D("Chỉ thị", "25", "CT/TU", "2023-09-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 22/9/2023"),
 D("Kế hoạch", "318", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 318/KH-MTTQ-BTT"),
 D("Quyết định", "1035", "QĐ/MTTQ-BTT", None, None, "Quyết định số 1035-QĐ/MTTQ-BTT")],
[prov("An Giang"), com("Văn Giáo")],
["Ủy ban MTTQ Việt Nam tỉnh An Giang - Cổng thông tin điện tử", "Trang chủ > Hoạt động > Tin Mặt trận tỉnh", "Ảnh: Quang cảnh cuộc họp.",
 "Vì người nghèo", "Giáo hội Phật giáo Hòa Hảo", "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 1.147"],
["Thứ Hai, 06/11/2023", "tháng 10/2023", "nửa tháng", "năm 2023", "tháng 11", "Lượt xem: 1.147"]))

PAGES.append(page("b3068-travinh-mttq-traoqua-tet-giapthin-2024", """
Báo Trà Vinh Online
Xã hội / An sinh xã hội
Thứ Tư, 31/1/2024 - 17:20
Mặt trận tỉnh thăm, tặng quà Tết hộ nghèo huyện Trà Cú
Bà Kim Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (thứ 2 từ trái) trao quà cho hộ nghèo. Ảnh: Sơn Thị Mỹ
Ngày 30/1, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức đoàn đến thăm, chúc Tết và tặng 500 phần quà Tết Giáp Thìn 2024 cho hộ nghèo, hộ cận nghèo tại các xã Đại An, Định An và Hàm Giang, huyện Trà Cú. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng, tổng trị giá khoảng 450 triệu đồng, do Ngân hàng TMCP Công Thương chi nhánh Trà Vinh tài trợ qua Quỹ "Vì người nghèo" tỉnh.
Đoàn do bà Kim Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn. Cùng đi có Thượng tọa Thạch Sa Phol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, và ông Huỳnh Văn Lên, Giám đốc Ngân hàng TMCP Công Thương chi nhánh Trà Vinh.
Bà Kim Thị Hồng Nhung phát biểu tại buổi trao quà.
Theo ông Thạch Vũ Linh, Phó Chủ tịch UBND huyện Trà Cú, năm 2023 huyện giảm được 1.162 hộ nghèo, tỷ lệ hộ nghèo còn 4,18%; toàn huyện còn 2.904 hộ nghèo, trong đó hơn 70% là hộ đồng bào Khmer. Từ Quỹ "Vì người nghèo", năm qua Mặt trận huyện xây mới 73 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ tối đa 60 triệu đồng.
Tại xã Đại An, bà Thị Sa Phal, 72 tuổi, ấp Cây Da, cảm động khi nhận quà. Bà sống cùng người cháu nội 9 tuổi trong căn nhà được Mặt trận xây năm 2022. Ông Kim Ngọc Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Đại An, cho biết dịp Tết xã đã vận động thêm 320 phần quà từ các chùa và người con xa quê để không hộ nghèo nào không có Tết.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Kế hoạch số 56/KH-MTTQ-BTT ngày 05/12/2023 và Công văn số 1421/MTTQ-BTT hướng dẫn chăm lo Tết, đến nay Mặt trận các cấp vận động được hơn 41,5 tỷ đồng, trao khoảng 79.000 phần quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách; phấn đấu đến ngày 8/2 hoàn thành việc trao quà. Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2023 là 1,57%.
Cùng ngày, đoàn đến thăm, tặng quà chùa Ba Si (xã Hàm Giang), nơi các vị sư đã vận động phật tử góp tiền, góp công xây 5 căn nhà cho hộ nghèo trong năm qua. Thượng tọa Thạch Sa Phol cho biết, nhà chùa sẽ tiếp tục phối hợp Mặt trận xã vận động bà con giúp nhau làm nhà, sửa đường trong năm 2024.
Bà Kim Thị Hồng Nhung chúc các gia đình đón Tết vui tươi, an toàn; đề nghị chính quyền xã quan tâm đến người cao tuổi neo đơn, trẻ mồ côi trong những ngày giáp Tết.
Sơn Thị Mỹ
Tin cùng chuyên mục
- Tỉnh ủy thăm, chúc Tết các chùa Khmer tiêu biểu (29/01/2024)
- Cầu Ngang: 1.000 phần quà cho người lao động (26/01/2024)
- Trà Vinh phấn đấu xóa nhà tạm trong năm 2024 (22/01/2024)
""", "2024-01-31", "Mặt trận tỉnh thăm, tặng quà Tết hộ nghèo huyện Trà Cú",
E("trao_qua", None, "2024-01-30"),
[P("Kim Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Phol", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Huỳnh Văn Lên", "Giám đốc Ngân hàng TMCP Công Thương chi nhánh Trà Vinh"),
 P("Thạch Vũ Linh", "Phó Chủ tịch UBND huyện Trà Cú"),
 P("Thị Sa Phal"),
 P("Kim Ngọc Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đại An")],
[Q("500 phần quà", 500, "phần quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("1.162 hộ nghèo", 1162, "hộ nghèo"), Q("4,18%", 4.18, "%"),
 Q("2.904 hộ nghèo", 2904, "hộ nghèo"), Q("hơn 70%", 70, "%", "over"), Q("73 căn nhà Đại đoàn kết", 73, "căn nhà Đại đoàn kết"),
 Q("tối đa 60 triệu đồng", 60000000, "đồng"), Q("320 phần quà", 320, "phần quà"), Q("hơn 41,5 tỷ đồng", 41500000000, "đồng", "over"),
 Q("khoảng 79.000 phần quà", 79000, "phần quà", "approx"), Q("1,57%", 1.57, "%"), Q("5 căn nhà", 5, "căn nhà")],
[D("Kế hoạch", "56", "KH-MTTQ-BTT", "2023-12-05", None, "Kế hoạch số 56/KH-MTTQ-BTT ngày 05/12/2023"),
 D("Công văn", "1421", "MTTQ-BTT", None, None, "Công văn số 1421/MTTQ-BTT")],
[prov("Trà Vinh"), com("Đại An"), com("Định An"), com("Hàm Giang")],
["Báo Trà Vinh Online", "Xã hội / An sinh xã hội",
 "Bà Kim Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (thứ 2 từ trái) trao quà cho hộ nghèo. Ảnh: Sơn Thị Mỹ",
 "Bà Kim Thị Hồng Nhung phát biểu tại buổi trao quà.", "Vì người nghèo", "Ngân hàng TMCP Công Thương chi nhánh Trà Vinh",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Tư, 31/1/2024 - 17:20", "Tết Giáp Thìn 2024", "năm 2023", "72 tuổi", "9 tuổi", "năm 2022", "ngày 8/2", "năm 2024"]))

PAGES.append(page("b3069-kiengiang-mttq-giamsat-xoanhatam-2024", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
2024-09-13 16:40
Đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát ở Hòn Đất
Đoàn giám sát khảo sát căn nhà đang xây của hộ bà Danh Thị Ngọc Hân. Ảnh: Ngọc Diễm
Từ ngày 10 đến 12/9, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức giám sát việc thực hiện chương trình xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo tại huyện Hòn Đất. Đoàn do ông Danh Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn.
Theo báo cáo của UBND huyện Hòn Đất, thực hiện Chương trình hành động số 38-CTr/TU của Tỉnh ủy và Kế hoạch số 167/KH-UBND ngày 20/5/2024 của UBND tỉnh, huyện được giao xóa 412 căn nhà tạm, nhà dột nát trong năm 2024. Đến ngày 10/9, huyện đã khởi công 298 căn, hoàn thành 187 căn, đạt khoảng 45% kế hoạch; mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Toàn huyện còn 1.326 hộ nghèo, tỷ lệ 2,3%, trong đó đồng bào Khmer chiếm hơn 40%.
Qua khảo sát thực tế 25 hộ tại các xã Bình Sơn, Mỹ Lâm và thị trấn Sóc Sơn, đoàn ghi nhận việc bình xét đúng đối tượng, người dân phấn khởi; nhiều hộ được bà con hàng xóm hỗ trợ ngày công. Tuy nhiên, 38 hộ chưa thể khởi công vì không có đất ở hợp pháp, 12 hộ không đủ kinh phí đối ứng; giá vật liệu tăng khiến một số căn nhà chỉ đạt diện tích tối thiểu 30 m2.
Ông Trần Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Sơn, kiến nghị cho phép dùng Quỹ "Vì người nghèo" xã hỗ trợ thêm 10 triệu đồng cho các hộ đặc biệt khó khăn. Bà Danh Thị Ngọc Hân, hộ nghèo ở ấp Hòn Quéo, cho biết cả nhà 6 người trước đây ở chòi lá, nay sắp có nhà kiên cố trước mùa mưa bão.
Kết luận đợt giám sát, ông Danh Hùng đề nghị UBND huyện khẩn trương giải quyết thủ tục đất ở cho 38 hộ, huy động các doanh nghiệp, nhà hảo tâm hỗ trợ phần đối ứng; phấn đấu hoàn thành 100% căn nhà được giao trước ngày 31/12/2024, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy theo Công văn số 2518-CV/TU.
Tham gia đoàn có bà Lâm Thị Kim Yến, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Lao động - Thương binh và Xã hội, Sở Xây dựng.
Theo Ủy ban MTTQ tỉnh, năm 2024 toàn tỉnh phải xóa 3.584 căn nhà tạm, nhà dột nát; đến nay đã hoàn thành hơn 1.900 căn. Từ nay đến cuối năm, Mặt trận các cấp sẽ tổ chức thêm 9 đoàn giám sát tại các huyện có tiến độ chậm.
Ngọc Diễm
Bình luận (2) | Chia sẻ
Tin liên quan
- Phú Quốc bàn giao 45 căn nhà Đại đoàn kết (06/09/2024)
- Mặt trận tỉnh tiếp nhận 12 tỷ đồng hỗ trợ xóa nhà tạm (28/08/2024)
- Giồng Riềng: Ngày hội Đại đoàn kết sớm ở ấp Thạnh Hòa (20/08/2024)
""", "2024-09-13", "Đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát ở Hòn Đất",
E("giam_sat", "2024", "2024-09-10"),
[P("Danh Thị Ngọc Hân"),
 P("Danh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Sơn"),
 P("Lâm Thị Kim Yến", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("412 căn nhà tạm, nhà dột nát", 412, "căn nhà tạm, nhà dột nát"), Q("298 căn", 298, "căn"), Q("187 căn", 187, "căn"),
 Q("khoảng 45%", 45, "%", "approx"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("1.326 hộ nghèo", 1326, "hộ nghèo"), Q("2,3%", 2.3, "%"), Q("hơn 40%", 40, "%", "over"), Q("25 hộ", 25, "hộ"),
 Q("38 hộ", 38, "hộ"), Q("12 hộ", 12, "hộ"), Q("30 m2", 30, "m2"), Q("10 triệu đồng", 10000000, "đồng"), Q("6 người", 6, "người"),
 Q("100% căn nhà", 100, "%"), Q("3.584 căn nhà tạm, nhà dột nát", 3584, "căn nhà tạm, nhà dột nát"),
 Q("hơn 1.900 căn", 1900, "căn", "over"), Q("9 đoàn giám sát", 9, "đoàn giám sát")],
[D("Chương trình hành động", "38", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 38-CTr/TU"),
 D("Kế hoạch", "167", "KH-UBND", "2024-05-20", "UBND tỉnh", "Kế hoạch số 167/KH-UBND ngày 20/5/2024"),
 D("Công văn", "2518", "CV/TU", None, None, "Công văn số 2518-CV/TU")],
[prov("Kiên Giang"), com("Bình Sơn"), com("Mỹ Lâm"), com("Sóc Sơn")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể",
 "Đoàn giám sát khảo sát căn nhà đang xây của hộ bà Danh Thị Ngọc Hân. Ảnh: Ngọc Diễm", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Bình luận (2) | Chia sẻ", "Sở Lao động - Thương binh và Xã hội"],
["2024-09-13 16:40", "năm 2024", "ngày 10/9", "ngày 31/12/2024", "Bình luận (2)"]))

PAGES.append(page("b3070-bentre-mttq-soket-6thang-2024", """
Báo Đồng Khởi Online
Trang chủ - Chính trị - Mặt trận
19.07.2024 | 16:05
Ông Trần Văn Hoàng chủ trì hội nghị. Ảnh: Cẩm Trúc
Bến Tre: 1.526 căn nhà mới, nhà sửa cho hộ nghèo, cận nghèo
(ĐK) - Ngày 18/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Ông Trần Văn Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm Mặt trận các cấp đã phối hợp xây mới, sửa chữa 1.526 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó 1.108 căn nhà Đại đoàn kết từ Quỹ "Vì người nghèo" và nguồn xã hội hóa, tổng kinh phí trên 63 tỷ đồng. Quỹ "Vì người nghèo" ba cấp vận động được 27,8 tỷ đồng. Tỷ lệ hộ nghèo toàn tỉnh từ 3,46% đầu năm dự kiến giảm còn khoảng 2,4% cuối năm 2024.
Dịp Tết Giáp Thìn, Mặt trận và các tổ chức thành viên trao 112.600 phần quà cho hộ nghèo, người có hoàn cảnh khó khăn, trị giá khoảng 56 tỷ đồng. Mặt trận tỉnh chủ trì 3 cuộc giám sát, trong đó có giám sát việc thực hiện Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ nhà ở cho hộ nghèo; tham gia 214 cuộc hòa giải ở cơ sở.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thúy Hằng, Võ Văn Tám, Nguyễn Thị Bé Mười lần lượt báo cáo các chuyên đề. Ông Phan Văn Lộc, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú, chia sẻ mô hình "Mỗi tổ chức, cá nhân giúp một hộ nghèo" với 365 hộ được giúp đỡ. Bà Huỳnh Thị Ngọc Diễm, Chủ tịch Ủy ban MTTQ Việt Nam xã An Thủy, cho biết xã vận động hơn 120 lượt người góp ngày công xây nhà.
Phát biểu kết luận, ông Trần Văn Hoàng đề nghị 6 tháng cuối năm tập trung hoàn thành chỉ tiêu xóa nhà tạm, nhà dột nát theo Kế hoạch 82, 83-KH/TU của Ban Thường vụ Tỉnh ủy, bảo đảm đến ngày 31/12/2024 không còn hộ nghèo ở nhà tạm; chuẩn bị tốt Tháng cao điểm "Vì người nghèo" và Ngày hội Đại đoàn kết toàn dân tộc.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 16 tập thể, 22 cá nhân có thành tích xuất sắc trong vận động xây dựng nhà Đại đoàn kết.
Hội nghị cũng thống nhất kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo các địa phương rà soát lại danh sách hộ có nhu cầu hỗ trợ nhà ở, bổ sung các hộ mới phát sinh do sạt lở bờ sông, xâm nhập mặn; đồng thời đề nghị các sở, ngành hướng dẫn thủ tục đất đai cho hộ nghèo chưa có giấy chứng nhận quyền sử dụng đất.
Cẩm Trúc
TIN CÙNG CHUYÊN MỤC
- Ba Tri: bàn giao 40 căn nhà Đại đoàn kết (12/07/2024)
- Mỏ Cày Bắc ra mắt mô hình "Chi hội không có hộ nghèo" (05/07/2024)
- Châu Thành tiếp nhận 2 tỷ đồng xây nhà cho hộ nghèo (28/06/2024)
""", "2024-07-19", "Bến Tre: 1.526 căn nhà mới, nhà sửa cho hộ nghèo, cận nghèo",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Trần Văn Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Lộc", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú"),
 P("Huỳnh Thị Ngọc Diễm", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Thủy")],
[Q("1.526 căn nhà", 1526, "căn nhà"), Q("1.108 căn nhà Đại đoàn kết", 1108, "căn nhà Đại đoàn kết"),
 Q("trên 63 tỷ đồng", 63000000000, "đồng", "over"), Q("27,8 tỷ đồng", 27800000000, "đồng"), Q("3,46%", 3.46, "%"),
 Q("khoảng 2,4%", 2.4, "%", "approx"), Q("112.600 phần quà", 112600, "phần quà"), Q("khoảng 56 tỷ đồng", 56000000000, "đồng", "approx"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("214 cuộc hòa giải", 214, "cuộc hòa giải"), Q("365 hộ", 365, "hộ"),
 Q("hơn 120 lượt người", 120, "lượt người", "over"), Q("16 tập thể", 16, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "12", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2023/NQ-HĐND"),
 D("Kế hoạch", "82", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 82, 83-KH/TU"),
 D("Kế hoạch", "83", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 82, 83-KH/TU")],
[prov("Bến Tre"), com("An Thủy")],
["Báo Đồng Khởi Online", "Trang chủ - Chính trị - Mặt trận", "Ông Trần Văn Hoàng chủ trì hội nghị. Ảnh: Cẩm Trúc", "(ĐK)",
 "Vì người nghèo", "Mỗi tổ chức, cá nhân giúp một hộ nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["19.07.2024 | 16:05", "6 tháng đầu năm", "6 tháng cuối năm 2024", "Tết Giáp Thìn", "ngày 31/12/2024"]))
