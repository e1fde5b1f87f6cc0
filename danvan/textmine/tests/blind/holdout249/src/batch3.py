from lib import *
PAGES = []

PAGES.append(page("b5945-laocai-mttq-phatdong-2020", """
BÁO LÀO CAI ĐIỆN TỬ
You are here: Trang chủ » Xã hội » Mặt trận
Thứ Sáu, 16/10/2020
Lào Cai phát động ủng hộ người nghèo và đồng bào miền Trung bị thiệt hại do lũ
Các đại biểu bỏ tiền ủng hộ vào hòm Quỹ.
Sáng 15/10, Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2020, đồng thời phát động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do mưa lũ. Dự có đồng chí Vàng Seo Chư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Ngọc Hưng, Phó Chủ tịch UBND tỉnh, cùng 52 điểm cầu cấp xã với khoảng 1.500 đại biểu tham dự trực tuyến.
Theo báo cáo của Ủy ban MTTQ tỉnh, 5 năm qua (2015 - 2020) Quỹ "Vì người nghèo" các cấp tiếp nhận trên 142 tỷ đồng; hỗ trợ xây mới 3.460 nhà, sửa chữa 812 nhà cho hộ nghèo; tỷ lệ hộ nghèo giảm bình quân 4,2%/năm. Năm 2020, do ảnh hưởng dịch Covid-19, số tiền vận động giảm, song Mặt trận vẫn hỗ trợ 6.950 hộ nghèo bị ảnh hưởng dịch, mỗi hộ 500.000 đồng.
Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 và Kế hoạch số 215/KH-MTTQ-BTT ngày 5/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, Tháng cao điểm năm nay vận động tối thiểu 15 tỷ đồng; mỗi cán bộ, công chức, viên chức đóng góp 1 ngày lương.
Ngay tại hội nghị, các cơ quan, đơn vị, doanh nghiệp đã ủng hộ 4,65 tỷ đồng, trong đó ủng hộ đồng bào miền Trung 1,2 tỷ đồng. Công ty cổ phần Apatit Sơn Hà ủng hộ 500 triệu đồng; Ngân hàng Chính sách xã hội chi nhánh tỉnh ủng hộ 200 triệu đồng.
Phát biểu tại điểm cầu xã Bản Phố, bà Lù Thị Dính, Chủ tịch Ủy ban MTTQ xã, cho biết xã có 214 hộ nghèo người Mông, Nùng, nhiều hộ đã thoát nghèo nhờ trồng lê, nuôi lợn đen. Ông Sùng A Páo, người có uy tín thôn Sín Chải, xã Tả Van Chư, hứa vận động con cháu không nghe theo kẻ xấu truyền đạo trái phép.
Phát biểu, đồng chí Lê Ngọc Hưng đề nghị các địa phương thực hiện đúng Quyết định số 1059/QĐ-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, công khai thu, chi Quỹ, hỗ trợ đúng đối tượng. Kết thúc hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Giàng Thị Mỷ, Nguyễn Quang Huy tiếp nhận ủng hộ của các đơn vị.
Trong Tháng cao điểm, Ủy ban MTTQ các huyện, thị xã, thành phố sẽ tổ chức lễ phát động ở từng xã, phường, thị trấn, đặt hòm ủng hộ tại trụ sở các cơ quan và chợ phiên, đồng thời tuyên truyền trên đài truyền thanh bằng tiếng Mông, tiếng Dao để bà con cùng biết, cùng chung tay.
Quang Tùng
Lượt xem: 3.108
Tin liên quan
- Bát Xát trao 25 nhà "Đại đoàn kết" (10/10/2020)
- Hỗ trợ 1.000 hộ nghèo bị ảnh hưởng dịch Covid-19 (20/05/2020)
- Ra mắt mô hình "Khu dân cư tự quản" (12/04/2020)
""", "2020-10-16", "Lào Cai phát động ủng hộ người nghèo và đồng bào miền Trung bị thiệt hại do lũ",
E("hoi_nghi", "2020", "2020-10-15"),
[P("Vàng Seo Chư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Ngọc Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Lù Thị Dính", "Chủ tịch Ủy ban MTTQ xã"),
 P("Sùng A Páo", "người có uy tín thôn Sín Chải"),
 P("Giàng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quang Huy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("52 điểm cầu cấp xã", 52, "điểm cầu cấp xã"), Q("khoảng 1.500 đại biểu", 1500, "đại biểu", "approx"),
 Q("trên 142 tỷ đồng", 142000000000, "đồng", "over"), Q("3.460 nhà", 3460, "nhà"), Q("812 nhà", 812, "nhà"),
 Q("4,2%/năm", 4.2, "%"), Q("6.950 hộ nghèo", 6950, "hộ nghèo"), Q("500.000 đồng", 500000, "đồng"),
 Q("tối thiểu 15 tỷ đồng", 15000000000, "đồng"), Q("1 ngày lương", 1, "ngày lương"),
 Q("4,65 tỷ đồng", 4650000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("214 hộ nghèo", 214, "hộ nghèo")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", "2020-10-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 5/10/2020"),
 D("Quyết định", "1059", "QĐ-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1059/QĐ-MTTW-BTT")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van Chư")],
["BÁO LÀO CAI ĐIỆN TỬ", "You are here: Trang chủ » Xã hội » Mặt trận", "Các đại biểu bỏ tiền ủng hộ vào hòm Quỹ.",
 "Vì người nghèo", "Lượt xem: 3.108", "Covid-19"],
["Thứ Sáu, 16/10/2020", "5 năm", "2015 - 2020", "năm 2020", "Covid-19", "Lượt xem: 3.108"]))

PAGES.append(page("b5946-danang-phuonghoaminh-soket-2020", """
Cổng thông tin điện tử phường Hòa Minh - quận Liên Chiểu - thành phố Đà Nẵng
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
15/07/2020 - 10:05
Ủy ban MTTQ phường Hòa Minh sơ kết công tác 6 tháng đầu năm
Chiều 14/7, Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa Minh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Dự có đồng chí Nguyễn Thị Thu Sương, Phó Bí thư Thường trực Đảng ủy phường; đồng chí Lê Văn Khánh, Quận ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam quận Liên Chiểu và 65 đồng chí là ủy viên Ủy ban MTTQ phường, trưởng ban công tác Mặt trận 48 tổ dân phố.
Quang cảnh hội nghị.
Báo cáo của Ban Thường trực cho biết, 6 tháng qua Mặt trận phường đã phối hợp với các đoàn thể vận động nhân dân chung tay phòng chống dịch Covid-19; tiếp nhận 1,16 tỷ đồng tiền mặt và hàng hóa ủng hộ, trong đó 420 triệu đồng vào Quỹ "Vì người nghèo" phường. Từ nguồn quỹ, phường đã hỗ trợ 865 lượt hộ nghèo, hộ cận nghèo, người lao động mất việc, mỗi lượt 300.000 - 500.000 đồng; sửa chữa 3 căn nhà cho hộ nghèo; tặng 45 suất học bổng "Tiếp sức đến trường".
Phường hiện có 73 hộ nghèo và 118 hộ cận nghèo theo chuẩn của thành phố, giảm 21 hộ so với đầu năm. Việc rà soát thực hiện theo Kế hoạch số 18/KH-UBND của UBND phường và Nghị quyết số 12/NQ-ĐU của Đảng ủy phường về giảm nghèo bền vững giai đoạn 2020 - 2025. Mặt trận phường cũng triển khai Hướng dẫn số 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ quận về công tác chuẩn bị Tháng cao điểm "Vì người nghèo" năm 2020.
Tại hội nghị, bà Trần Thị Bích Liên, Trưởng ban công tác Mặt trận tổ dân phố 19, chia sẻ cách vận động các hộ kinh doanh ven biển lập "Tủ bánh mì 0 đồng" phục vụ người lao động nghèo. Ông Phan Tấn Lợi, Chủ tịch Hội Cựu chiến binh phường, đề nghị ưu tiên hỗ trợ vốn cho hội viên nghèo để buôn bán nhỏ.
Phát biểu, đồng chí Lê Văn Khánh ghi nhận kết quả của phường và đề nghị 6 tháng cuối năm Mặt trận phường chuẩn bị tốt Tháng cao điểm, phấn đấu vận động ít nhất 300 triệu đồng, không để hộ nghèo nào thiếu ăn khi dịch bùng phát trở lại. Đồng chí Nguyễn Thị Thu Sương đề nghị công khai danh sách hộ được hỗ trợ tại các tổ dân phố.
Nhân dịp này, Ủy ban MTTQ phường tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích trong phòng chống dịch.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số ban công tác Mặt trận tổ dân phố chưa nắm chắc hoàn cảnh các hộ thuê trọ, lao động tự do nên việc hỗ trợ lúc cao điểm dịch còn chậm; việc cập nhật danh sách hộ cận nghèo chưa kịp thời. Các đại biểu thống nhất sẽ lập sổ theo dõi riêng cho từng tổ.
Ban Biên tập
Tin khác
- Hòa Minh ra quân tổng vệ sinh môi trường (05/07/2020)
- Trao 20 suất quà cho hộ nghèo bị ảnh hưởng dịch (28/04/2020)
- Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025 (15/05/2020)
""", "2020-07-15", "Ủy ban MTTQ phường Hòa Minh sơ kết công tác 6 tháng đầu năm",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Nguyễn Thị Thu Sương", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Lê Văn Khánh", "Quận ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam quận Liên Chiểu"),
 P("Trần Thị Bích Liên", "Trưởng ban công tác Mặt trận tổ dân phố 19"),
 P("Phan Tấn Lợi", "Chủ tịch Hội Cựu chiến binh phường")],
[Q("65 đồng chí", 65, "đồng chí"), Q("48 tổ dân phố", 48, "tổ dân phố"), Q("1,16 tỷ đồng", 1160000000, "đồng"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("865 lượt hộ nghèo, hộ cận nghèo, người lao động mất việc", 865, "lượt hộ nghèo, hộ cận nghèo, người lao động"),
 Q("300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("3 căn nhà", 3, "căn nhà"),
 Q("45 suất học bổng", 45, "suất học bổng"), Q("73 hộ nghèo", 73, "hộ nghèo"), Q("118 hộ cận nghèo", 118, "hộ cận nghèo"),
 Q("21 hộ", 21, "hộ"), Q("ít nhất 300 triệu đồng", 300000000, "đồng", "over"), Q("6 tập thể", 6, "tập thể"),
 Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "18", "KH-UBND", None, "UBND phường", "Kế hoạch số 18/KH-UBND"),
 D("Nghị quyết", "12", "NQ-ĐU", None, "Đảng ủy phường", "Nghị quyết số 12/NQ-ĐU"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ quận", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Đà Nẵng"), com("Hòa Minh")],
["Cổng thông tin điện tử phường Hòa Minh - quận Liên Chiểu - thành phố Đà Nẵng", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị.", "Vì người nghèo", "Tiếp sức đến trường", "Tủ bánh mì 0 đồng", "Ban Biên tập"],
["15/07/2020 - 10:05", "65 đồng chí", "6 tháng đầu năm 2020", "6 tháng cuối năm", "2020 - 2025", "Tủ bánh mì 0 đồng", "Covid-19"]))

PAGES.append(page("b5947-lamdong-mttq-giaoban-2021", """
Báo Lâm Đồng điện tử
Chính trị | Mặt trận - Đoàn thể
08:15 | 03/11/2021
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác Mặt trận tháng 10: Tập trung cho Tháng cao điểm "Vì người nghèo"
(LĐ online) - Ngày 2/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức giao ban trực tuyến với Ủy ban MTTQ 12 huyện, thành phố, đánh giá công tác Mặt trận tháng 10/2021 và kết quả giữa Tháng cao điểm "Vì người nghèo". Đồng chí K'Mák, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Tính đến ngày 31/10, các cấp Mặt trận trong tỉnh vận động được 9,74 tỷ đồng ủng hộ Quỹ "Vì người nghèo", đạt khoảng 65% chỉ tiêu; trong đó cấp tỉnh 3,1 tỷ đồng. Trong tháng, Mặt trận các cấp đã trao 1.820 suất quà cho người dân gặp khó khăn do dịch Covid-19, mỗi suất 300.000 đồng; khởi công 41 căn nhà Đại đoàn kết, bàn giao 26 căn, trong đó 19 căn cho hộ đồng bào Cơ Ho, Mạ, Chu Ru.
Thực hiện Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác giảm nghèo bền vững vùng đồng bào dân tộc thiểu số và về công tác xây dựng nhà Đại đoàn kết, Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 132/KH-MTTQ-BTT ngày 11/10/2021. Mục tiêu năm 2021 là hỗ trợ làm mới 350 căn nhà, mỗi căn từ 50 triệu đồng trở lên.
Tại buổi giao ban, bà Ka Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương, cho biết huyện có 284 hộ nghèo, chủ yếu là đồng bào Cơ Ho; đề nghị kéo dài thời gian hỗ trợ đến hết quý I/2022 do mùa mưa khó vận chuyển vật liệu. Ông Ya Tiong, Chủ tịch Ủy ban MTTQ xã Đạ Chais, báo cáo xã đã vận động 3 doanh nghiệp du lịch nhận đỡ đầu 15 hộ nghèo. Đồng chí Bon Niêng Ha Kiều, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, lưu ý việc nghiệm thu nhà phải có đại diện Ban Thanh tra nhân dân.
Kết luận giao ban, đồng chí K'Mák yêu cầu Ủy ban MTTQ các huyện đẩy nhanh tiến độ, chậm nhất ngày 20/11 báo cáo kết quả Tháng cao điểm về tỉnh; thực hiện nghiêm Thông tư số 75/2021/TT-BTC của Bộ Tài chính nếu có hỗ trợ từ ngân sách và hướng dẫn của Ủy ban Trung ương MTTQ Việt Nam về quản lý nguồn vận động. Đồng chí nhấn mạnh không để xảy ra tình trạng hỗ trợ trùng lặp giữa các nguồn.
Theo kế hoạch, các huyện Đam Rông, Lạc Dương, Di Linh là địa bàn ưu tiên vì còn nhiều hộ nghèo ở nhà tạm. Trong tháng 11, Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổ chức đoàn kiểm tra tiến độ xây nhà tại các xã vùng sâu, vùng xa, gặp gỡ già làng, người có uy tín để nắm tâm tư của bà con.
Tường Vy
Bài viết liên quan
- Lâm Đồng phát động Tháng cao điểm "Vì người nghèo" năm 2021 (18/10/2021)
- Đơn Dương trao 10 căn nhà cho hộ nghèo (15/10/2021)
""", "2021-11-03", 'Giao ban công tác Mặt trận tháng 10: Tập trung cho Tháng cao điểm "Vì người nghèo"',
E("giao_ban", "2021-10", "2021-11-02"),
[P("K'Mák", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương"),
 P("Ya Tiong", "Chủ tịch Ủy ban MTTQ xã Đạ Chais"),
 P("Bon Niêng Ha Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("9,74 tỷ đồng", 9740000000, "đồng"),
 Q("khoảng 65%", 65, "%", "approx"), Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("1.820 suất quà", 1820, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("41 căn nhà Đại đoàn kết", 41, "căn nhà Đại đoàn kết"), Q("26 căn", 26, "căn"),
 Q("19 căn", 19, "căn"), Q("350 căn nhà", 350, "căn nhà"), Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"),
 Q("284 hộ nghèo", 284, "hộ nghèo"), Q("3 doanh nghiệp du lịch", 3, "doanh nghiệp du lịch"), Q("15 hộ nghèo", 15, "hộ nghèo")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Kế hoạch", "132", "KH-MTTQ-BTT", "2021-10-11", "Ủy ban MTTQ tỉnh", "Kế hoạch số 132/KH-MTTQ-BTT ngày 11/10/2021"),
 D("Thông tư", "75", "2021/TT-BTC", None, "Bộ Tài chính", "Thông tư số 75/2021/TT-BTC")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Báo Lâm Đồng điện tử", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Quang cảnh buổi giao ban.", "(LĐ online)",
 "Vì người nghèo", "Covid-19"],
["08:15 | 03/11/2021", "tháng 10/2021", "năm 2021", "quý I/2022", "tháng 11", "Covid-19"]))

PAGES.append(page("b5948-angiang-mttq-giamsat-2022", """
BÁO AN GIANG ONLINE
Thời sự > Chính trị
Ngày đăng 06/12/2022 | 16:20
Giám sát việc sử dụng Quỹ "Vì người nghèo" tại huyện Tri Tôn
Chiều 5/12, đoàn giám sát Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang do đồng chí Châu Thị Thanh Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc vận động, quản lý, sử dụng Quỹ "Vì người nghèo" năm 2022 và việc xây dựng nhà Đại đoàn kết tại huyện Tri Tôn.
Trưởng đoàn giám sát phát biểu tại buổi làm việc. Ảnh: Hữu Huynh
Theo báo cáo của Ủy ban MTTQ huyện, năm 2022 Quỹ "Vì người nghèo" huyện tiếp nhận 2,87 tỷ đồng, trong đó Tháng cao điểm vận động khoảng 1,1 tỷ đồng. Huyện đã xây dựng 96 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng, trong đó 71 căn cho hộ đồng bào Khmer; hỗ trợ 230 hộ cận nghèo mua thẻ bảo hiểm y tế. Toàn huyện còn 2.146 hộ nghèo, chiếm 5,6% theo chuẩn nghèo đa chiều quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ.
Cuộc giám sát thực hiện theo Quyết định số 318/QĐ-MTTQ-BTT ngày 14/11/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Kế hoạch số 25-KH/BDVTU của Ban Dân vận Tỉnh ủy về phối hợp giám sát. Đoàn đã kiểm tra thực tế tại xã Lê Trì và xã Ô Lâm, làm việc với 14 hộ được hỗ trợ nhà.
Qua giám sát, đoàn đánh giá việc hỗ trợ đúng đối tượng, công khai; nhiều nhà được các chùa Phật giáo Nam tông Khmer hỗ trợ thêm 5 - 10 triệu đồng và nhân công. Tuy nhiên, 4 căn nhà xây chưa đúng thiết kế mẫu, 2 xã chậm quyết toán; một số hồ sơ chưa có biên bản bình xét của ấp.
Tại buổi giám sát, ông Chau Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tri Tôn, tiếp thu và cho biết huyện sẽ khắc phục trước ngày 31/12. Ông Néang Sô Phi, Trưởng ấp Tô Thủy, xã Lê Trì, phản ánh một số hộ được hỗ trợ nhà nhưng chưa có đất sản xuất. Đại đức Chau Sô Tha, trụ trì chùa Tà Pạ, đề nghị Mặt trận phối hợp mở lớp dạy nghề cho thanh niên Khmer.
Kết luận, đồng chí Châu Thị Thanh Nga đề nghị huyện thực hiện đúng Quyết định 90/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, lồng ghép nguồn lực để hộ nghèo có nhà và có sinh kế. Cùng tham gia đoàn có các đồng chí Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Thông, Lê Thị Mỹ Dung.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị UBND tỉnh xem xét cơ chế hỗ trợ đất ở, đất sản xuất cho các hộ nghèo đồng bào dân tộc thiểu số trong năm 2023.
Hữu Huynh
Tin liên quan
- Thoại Sơn bàn giao 30 căn nhà Đại đoàn kết (28/11/2022)
- An Giang vận động hơn 40 tỷ đồng trong Tháng cao điểm (21/11/2022)
""", "2022-12-06", 'Giám sát việc sử dụng Quỹ "Vì người nghèo" tại huyện Tri Tôn',
E("giam_sat", "2022", "2022-12-05"),
[P("Châu Thị Thanh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tri Tôn"),
 P("Néang Sô Phi", "Trưởng ấp Tô Thủy"),
 P("Chau Sô Tha", "Đại đức", "trụ trì chùa Tà Pạ"),
 P("Nguyễn Văn Thông", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Mỹ Dung", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2,87 tỷ đồng", 2870000000, "đồng"), Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("96 căn nhà Đại đoàn kết", 96, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("71 căn", 71, "căn"),
 Q("230 hộ cận nghèo", 230, "hộ cận nghèo"), Q("2.146 hộ nghèo", 2146, "hộ nghèo"), Q("5,6%", 5.6, "%"),
 Q("14 hộ", 14, "hộ"), Q("5 - 10 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("4 căn nhà", 4, "căn nhà"), Q("2 xã", 2, "xã")],
[D("Nghị định", "07", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 07/2021/NĐ-CP"),
 D("Quyết định", "318", "QĐ-MTTQ-BTT", "2022-11-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 318/QĐ-MTTQ-BTT ngày 14/11/2022"),
 D("Kế hoạch", "25", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 25-KH/BDVTU"),
 D("Quyết định", "90", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 90/QĐ-TTg")],
[prov("An Giang"), com("Lê Trì"), com("Ô Lâm")],
["BÁO AN GIANG ONLINE", "Thời sự > Chính trị", "Trưởng đoàn giám sát phát biểu tại buổi làm việc. Ảnh: Hữu Huynh",
 "Vì người nghèo", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"],
["Ngày đăng 06/12/2022 | 16:20", "năm 2022", "năm 2023", "2021 - 2025"]))

PAGES.append(page("b5949-quangninh-guongthoatngheo-2022", """
Báo Quảng Ninh
Trang chủ › Xã hội › Người tốt - Việc tốt
Thứ Ba, 15/11/2022, 07:30
Từ ngôi nhà Đại đoàn kết đến hộ khá giả ở Bình Liêu
Chị Vi Thị Lìu bên vườn quế của gia đình.
Cách đây 6 năm, gia đình chị Vi Thị Lìu, người Tày ở thôn Khe Mọi, xã Đồng Văn, huyện Bình Liêu (tỉnh Quảng Ninh) còn là hộ nghèo, sống trong căn nhà gỗ dột nát. Năm 2016, từ Quỹ "Vì người nghèo" của tỉnh, gia đình chị được hỗ trợ 40 triệu đồng làm nhà, cùng 2 con trâu giống. Nay gia đình chị đã có 3 ha quế, 1,5 ha hồi và đàn lợn 20 con, thu nhập khoảng 180 triệu đồng mỗi năm.
"Có nhà vững chãi rồi thì mới yên tâm làm ăn. Vợ chồng tôi vay thêm 50 triệu đồng của Ngân hàng Chính sách xã hội, trồng quế trên đất đồi bỏ hoang", chị Lìu kể. Năm 2019, gia đình chị tự nguyện làm đơn xin thoát nghèo; năm 2021 trở thành hộ khá của thôn.
Theo ông Hoàng Văn Sình, Chủ tịch Ủy ban MTTQ xã Đồng Văn, giai đoạn 2016 - 2021 xã đã được hỗ trợ xây 58 nhà Đại đoàn kết; đến nay 41 hộ trong số đó đã thoát nghèo, 9 hộ trở thành hộ khá. Cả xã chỉ còn 12 hộ nghèo, tỷ lệ 1,9%.
Bà Lý Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bình Liêu, cho biết: thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển bền vững kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh ở các xã, thôn, bản vùng đồng bào dân tộc thiểu số, miền núi, biên giới, hải đảo, và Kế hoạch số 86/KH-UBND của UBND tỉnh, huyện đã hỗ trợ hơn 1.200 hộ nghèo phát triển sinh kế. Tỷ lệ hộ nghèo toàn huyện giảm từ 34,5% năm 2016 xuống còn 0,8% theo chuẩn của tỉnh.
Trưởng thôn Khe Mọi, ông Vi Văn Phủ, cho biết thôn có 86 hộ thì 79 hộ là đồng bào Tày, Sán Chỉ; nhờ phong trào giúp nhau thoát nghèo, nhiều gia đình đã xây nhà mới, mua xe máy, cho con đi học đại học. Chị Lìu nay còn là tổ trưởng tổ hợp tác trồng quế của thôn, hướng dẫn 15 hộ cùng làm.
Trong Tháng cao điểm "Vì người nghèo" năm nay, chị Lìu đã ủng hộ Quỹ 2 triệu đồng. "Mình được giúp thì nay phải giúp lại người khác", chị nói.
Không chỉ ủng hộ tiền, chị Lìu còn nhận kèm cặp 3 hộ nghèo trong thôn, hướng dẫn cách ươm cây quế giống, chia sẻ kinh nghiệm chăm sóc vườn hồi. Nhiều hộ trong thôn nói đùa rằng nhà chị là "lớp học" mở cửa quanh năm, ai cần cũng đến hỏi. Từ tấm gương của chị, Ủy ban MTTQ xã đã phát động phong trào "Hộ khá giúp hộ nghèo" ở tất cả các thôn, bản.
Câu chuyện của gia đình chị Lìu được Ủy ban MTTQ huyện chọn giới thiệu tại hội nghị biểu dương hộ thoát nghèo cuối năm, như một minh chứng cho hiệu quả của đồng tiền Quỹ khi đến đúng người, đúng lúc.
Thu Nguyệt
Lượt xem: 885
Tin khác
- Bình Liêu: Ngày hội Đại đoàn kết ở thôn Khe Mọi (12/11/2022)
- Quảng Ninh phát động Tháng cao điểm "Vì người nghèo" (17/10/2022)
""", "2022-11-15", "Từ ngôi nhà Đại đoàn kết đến hộ khá giả ở Bình Liêu",
E("khac", None, None),
[P("Vi Thị Lìu", "tổ trưởng tổ hợp tác trồng quế của thôn"),
 P("Hoàng Văn Sình", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Lý Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bình Liêu"),
 P("Vi Văn Phủ", "Trưởng thôn Khe Mọi")],
[Q("40 triệu đồng", 40000000, "đồng"), Q("2 con trâu giống", 2, "con trâu giống"), Q("3 ha", 3, "ha"),
 Q("1,5 ha", 1.5, "ha"), Q("20 con", 20, "con"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("58 nhà Đại đoàn kết", 58, "nhà Đại đoàn kết"), Q("41 hộ", 41, "hộ"),
 Q("9 hộ", 9, "hộ"), Q("12 hộ nghèo", 12, "hộ nghèo"), Q("1,9%", 1.9, "%"),
 Q("hơn 1.200 hộ nghèo", 1200, "hộ nghèo", "over"), Q("34,5%", 34.5, "%"), Q("0,8%", 0.8, "%"),
 Q("86 hộ", 86, "hộ"), Q("79 hộ", 79, "hộ"), Q("15 hộ", 15, "hộ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("3 hộ nghèo", 3, "hộ nghèo")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 86/KH-UBND")],
[prov("Quảng Ninh"), com("Đồng Văn")],
["Báo Quảng Ninh", "Trang chủ › Xã hội › Người tốt - Việc tốt", "Chị Vi Thị Lìu bên vườn quế của gia đình.",
 "Vì người nghèo", "Hộ khá giúp hộ nghèo", "Lượt xem: 885"],
["Thứ Ba, 15/11/2022, 07:30", "6 năm", "2016 - 2021", "Năm 2016", "Năm 2019", "năm 2021", "Lượt xem: 885"]))

PAGES.append(page("b5950-daknong-mttq-taphuan-2023", """
BÁO ĐẮK NÔNG
Chính trị - Xã hội / Mặt trận
2023-10-12 09:00
Tập huấn kỹ năng vận động Quỹ "Vì người nghèo" năm 2023
Các học viên tham gia lớp tập huấn.
Ngày 11/10, Ủy ban MTTQ Việt Nam tỉnh Đắk Nông tổ chức lớp tập huấn kỹ năng vận động, quản lý, sử dụng Quỹ "Vì người nghèo" năm 2023 và công tác giám sát xây dựng nhà Đại đoàn kết cho 145 học viên là cán bộ Mặt trận cấp huyện, cấp xã và trưởng ban công tác Mặt trận ở các bon, buôn. Đồng chí Điểu Xuân Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự, phát biểu khai mạc.
Các báo cáo viên gồm đồng chí Y Thanh Niê Kdăm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Thị Hoa, Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh đã hướng dẫn các nội dung: Quyết định số 1059/QĐ-MTTW-BTT về Quy chế quản lý, sử dụng Quỹ "Vì người nghèo"; Kế hoạch số 96/KH-MTTQ-BTT ngày 2/10/2023 của Ban Thường trực Ủy ban MTTQ tỉnh về Tháng cao điểm năm 2023; Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Theo báo cáo, 9 tháng năm 2023, các cấp Mặt trận tỉnh Đắk Nông tiếp nhận 8,36 tỷ đồng; hỗ trợ xây mới 124 căn nhà, mỗi căn 60 triệu đồng; sửa chữa 38 căn; hỗ trợ 420 hộ nghèo cây, con giống. Toàn tỉnh còn 11.062 hộ nghèo, chiếm 11,3%, trong đó trên 60% là hộ đồng bào Mnông, Mạ, Ê Đê và đồng bào các tỉnh phía Bắc di cư vào.
Chia sẻ tại lớp, ông Điểu Khanh, Chủ tịch Ủy ban MTTQ xã Quảng Trực, cho biết xã đã vận động 2 doanh nghiệp cao su đỡ đầu 25 hộ nghèo, mỗi hộ được hỗ trợ 10 triệu đồng mua bò giống. Bà H'Loan Byă, Trưởng ban công tác Mặt trận bon Bu Prăng, xã Quảng Trực, nêu vướng mắc khi hộ không có giấy tờ đất nên chưa được hỗ trợ làm nhà. Ông Triệu Văn Sử, Chủ tịch Ủy ban MTTQ xã Đắk Ngo, đề nghị tăng thời lượng thực hành lập hồ sơ.
Trong 2 ngày, học viên được thảo luận nhóm, thực hành lập hồ sơ đề nghị hỗ trợ nhà và kiểm tra sổ sách. Phát biểu bế mạc, đồng chí Điểu Xuân Hòa đề nghị sau tập huấn, Mặt trận các cấp tổ chức phát động Tháng cao điểm từ 17/10 đến 18/11, phấn đấu vận động ít nhất 10 tỷ đồng, xây mới không dưới 200 căn nhà trong năm 2023 và năm 2024.
Kết thúc lớp tập huấn, Ban Thường trực Ủy ban MTTQ tỉnh phát 1 bộ tài liệu cho mỗi học viên, đồng thời lập nhóm trao đổi trực tuyến để các xã hỏi đáp vướng mắc trong quá trình thực hiện.
Nhiều học viên cho biết lần đầu được hướng dẫn bài bản cách ghi sổ thu, chi Quỹ và cách tổ chức bình xét công khai ở bon, buôn, qua đó sẽ tự tin hơn khi triển khai.
Hồng Thoan
Các tin khác
- Tuy Đức trao 15 căn nhà Đại đoàn kết (05/10/2023)
- Đắk Song: Hội nghị người có uy tín (28/09/2023)
""", "2023-10-12", 'Tập huấn kỹ năng vận động Quỹ "Vì người nghèo" năm 2023',
E("tap_huan", "2023", "2023-10-11"),
[P("Điểu Xuân Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thanh Niê Kdăm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hoa", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Khanh", "Chủ tịch Ủy ban MTTQ xã Quảng Trực"),
 P("H'Loan Byă", "Trưởng ban công tác Mặt trận bon Bu Prăng"),
 P("Triệu Văn Sử", "Chủ tịch Ủy ban MTTQ xã Đắk Ngo")],
[Q("145 học viên", 145, "học viên"), Q("8,36 tỷ đồng", 8360000000, "đồng"), Q("124 căn nhà", 124, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("38 căn", 38, "căn"), Q("420 hộ nghèo", 420, "hộ nghèo"),
 Q("11.062 hộ nghèo", 11062, "hộ nghèo"), Q("11,3%", 11.3, "%"), Q("trên 60%", 60, "%", "over"),
 Q("2 doanh nghiệp cao su", 2, "doanh nghiệp cao su"), Q("25 hộ nghèo", 25, "hộ nghèo"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("ít nhất 10 tỷ đồng", 10000000000, "đồng", "over"), Q("không dưới 200 căn nhà", 200, "căn nhà", "over")],
[D("Quyết định", "1059", "QĐ-MTTW-BTT", None, None, "Quyết định số 1059/QĐ-MTTW-BTT"),
 D("Kế hoạch", "96", "KH-MTTQ-BTT", "2023-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 96/KH-MTTQ-BTT ngày 2/10/2023"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["BÁO ĐẮK NÔNG", "Chính trị - Xã hội / Mặt trận", "Các học viên tham gia lớp tập huấn.", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["2023-10-12 09:00", "9 tháng năm 2023", "2 ngày", "từ 17/10 đến 18/11", "năm 2023", "năm 2024", "1 bộ tài liệu"]))
