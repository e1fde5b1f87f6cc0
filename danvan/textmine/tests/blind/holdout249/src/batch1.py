from lib import *
PAGES = []

PAGES.append(page("b5933-thainguyen-mttq-phatdong-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ > Hoạt động Mặt trận > Vì người nghèo
Thứ Hai, 17/10/2011 - 16:30
Quang cảnh lễ phát động. Ảnh: Hồng Nhung
Thái Nguyên phát động Tháng cao điểm "Vì người nghèo" năm 2011
Sáng 15/10, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2011 (từ 17/10 đến 18/11). Dự hội nghị có đồng chí Lưu Văn Khải, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Đặng Thị Hiền, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 230 đại biểu là lãnh đạo các sở, ngành, doanh nghiệp và Thường trực Ủy ban MTTQ 9 huyện, thành phố, thị xã.
Báo cáo do bà Hoàng Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, từ Tháng cao điểm năm 2010 đến nay, Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận hơn 8,65 tỷ đồng; hỗ trợ xây mới 412 căn nhà Đại đoàn kết, sửa chữa 96 căn nhà dột nát, giúp 1.250 học sinh nghèo có sách vở đến trường. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 17,8%.
Năm nay, thực hiện Nghị quyết số 80/NQ-CP của Chính phủ về định hướng giảm nghèo bền vững thời kỳ 2011 - 2020 và Kế hoạch số 27/KH-MTTQ-BTT ngày 20/9/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp phấn đấu vận động trên 10 tỷ đồng, mỗi cán bộ, công chức ủng hộ ít nhất 1 ngày lương. Các huyện vùng cao tiếp tục lồng ghép nguồn quỹ với chính sách theo Nghị quyết 30a/2008/NQ-CP để hỗ trợ đồng bào Dao, Mông, Sán Chay làm nhà ở.
Phát biểu tại hội nghị, đồng chí Lưu Văn Khải đề nghị các cấp ủy, chính quyền coi việc chăm lo cho người nghèo là nhiệm vụ chính trị thường xuyên; cán bộ, đảng viên phải gương mẫu đi đầu. Thay mặt các doanh nghiệp, ông Trịnh Quốc Bảo, Giám đốc Công ty TNHH Xây dựng Thành Đạt cam kết đồng hành cùng Mặt trận trong xây nhà cho hộ nghèo.
Ngay tại hội nghị, 47 cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ Quỹ với tổng số tiền 1,35 tỷ đồng, trong đó Công ty TNHH Xây dựng Thành Đạt ủng hộ 200 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Thị Lan, Ma Văn Tuấn trao biểu trưng cảm ơn cho các đơn vị.
Đại diện cơ sở, ông Hoàng Văn Páo, Trưởng Ban công tác Mặt trận xóm Khuôn Lân, xã Phú Đình, chia sẻ: năm qua xóm vận động được 38 ngày công giúp 5 hộ nghèo người Dao dựng nhà; bà Lộc Thị Thắm, Chủ tịch Ủy ban MTTQ xã Quân Chu, đề nghị tỉnh ưu tiên hỗ trợ sinh kế thay vì chỉ hỗ trợ bằng tiền.
Phong Lan
Lượt xem: 1.204
Tin liên quan
- Đồng Hỷ bàn giao 12 nhà Đại đoàn kết (12/10/2011)
- Ủy ban MTTQ tỉnh hiệp thương chuẩn bị Đại hội (30/09/2011)
- Định Hóa: 300 suất quà cho học sinh nghèo vùng cao (05/09/2011)
- Hội nghị tổng kết công tác Mặt trận năm 2010 (28/12/2010)
""", "2011-10-17", 'Thái Nguyên phát động Tháng cao điểm "Vì người nghèo" năm 2011',
E("hoi_nghi", "2011", "2011-10-15"),
[P("Lưu Văn Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Đặng Thị Hiền", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Quốc Bảo", "Giám đốc Công ty TNHH Xây dựng Thành Đạt"),
 P("Ma Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Páo", "Trưởng Ban công tác Mặt trận xóm Khuôn Lân"),
 P("Lộc Thị Thắm", "Chủ tịch Ủy ban MTTQ xã Quân Chu")],
[Q("230 đại biểu", 230, "đại biểu"), Q("9 huyện, thành phố, thị xã", 9, "huyện, thành phố, thị xã"),
 Q("hơn 8,65 tỷ đồng", 8650000000, "đồng", "over"), Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"),
 Q("96 căn nhà dột nát", 96, "căn nhà dột nát"), Q("1.250 học sinh nghèo", 1250, "học sinh nghèo"),
 Q("17,8%", 17.8, "%"), Q("trên 10 tỷ đồng", 10000000000, "đồng", "over"),
 Q("ít nhất 1 ngày lương", 1, "ngày lương", "over"),
 Q("47 cơ quan, đơn vị, doanh nghiệp", 47, "cơ quan, đơn vị, doanh nghiệp"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("38 ngày công", 38, "ngày công"), Q("5 hộ nghèo", 5, "hộ nghèo")],
[D("Nghị quyết", "80", "NQ-CP", None, "Chính phủ", "Nghị quyết số 80/NQ-CP"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2011-09-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/9/2011"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, None, "Nghị quyết 30a/2008/NQ-CP")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Quân Chu")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ > Hoạt động Mặt trận > Vì người nghèo",
 "Quang cảnh lễ phát động. Ảnh: Hồng Nhung", "Vì người nghèo", "Lượt xem: 1.204", "Tháng cao điểm"],
["Thứ Hai, 17/10/2011 - 16:30", "từ 17/10 đến 18/11", "2011 - 2020", "Lượt xem: 1.204", "năm 2011"]))

PAGES.append(page("b5934-quangtri-haillang-tongket-2012", """
Báo Quảng Trị Online
Xã hội » Giảm nghèo
Cập nhật lúc 15:45 ngày 21/11/2012
Hải Lăng: Tổng kết công tác vận động Quỹ "Vì người nghèo" năm 2012
Ngày 20/11, Ủy ban MTTQ Việt Nam huyện Hải Lăng tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2012, đồng thời tổng kết Tháng cao điểm vừa qua. Dự hội nghị có đồng chí Lê Đình Phúc, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Lăng và 86 đồng chí là Chủ tịch Ủy ban MTTQ, trưởng ban công tác Mặt trận các xã, thị trấn.
Theo báo cáo, trong năm Quỹ "Vì người nghèo" 3 cấp huyện, xã, thôn đã vận động được 1,92 tỷ đồng, tăng 14% so với năm 2011; riêng Tháng cao điểm từ 17/10 đến 18/11 tiếp nhận 760 triệu đồng. Từ nguồn quỹ, huyện đã hỗ trợ xây mới 64 nhà Đại đoàn kết, mỗi nhà 20 triệu đồng; hỗ trợ 312 hộ nghèo mua giống, phân bón sau lũ; trao 450 suất học bổng cho học sinh nghèo vượt khó. Cuối năm 2012, tỷ lệ hộ nghèo toàn huyện còn khoảng 12,4%.
Việc thực hiện Quy chế số 04/QC-MTTQ ngày 15/3/2012 của Ban Thường trực Ủy ban MTTQ huyện về quản lý, sử dụng Quỹ được công khai đến từng thôn. Huyện đã hướng dẫn các xã thực hiện Hướng dẫn 12, 13/HD-MTTQ của Ủy ban MTTQ tỉnh về bình xét hộ nghèo và về xây dựng nhà Đại đoàn kết, bảo đảm đúng đối tượng, không để xảy ra khiếu kiện.
Tại hội nghị, đại diện các xã trao đổi kinh nghiệm vận động con em xa quê ủng hộ Quỹ. Bà Trần Thị Mận, Chủ tịch Ủy ban MTTQ xã Hải Thượng, cho biết xã đã thành lập ban liên lạc với hơn 200 người con quê hương làm ăn ở phía Nam, vận động được 185 triệu đồng. Ông Hồ Văn Bướp, người có uy tín thôn Trằm, xã Hải Sơn, đề nghị ưu tiên hỗ trợ bò giống cho hộ Vân Kiều thay vì cho tiền mặt.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Toàn, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện biểu dương kết quả đạt được, đồng thời yêu cầu năm 2013 các xã thực hiện tốt Chỉ thị số 06-CT/HU của Ban Thường vụ Huyện ủy về tăng cường sự lãnh đạo đối với công tác giảm nghèo, phấn đấu giảm 2% hộ nghèo trở lên.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong Tháng cao điểm; các đồng chí Nguyễn Văn Toàn, Lê Đình Phúc trao thưởng.
Theo đánh giá của hội nghị, bên cạnh kết quả đạt được, công tác vận động ở một số xã vùng gò đồi còn phụ thuộc vào nguồn hỗ trợ của cấp trên; việc nắm danh sách hộ nghèo có nguy cơ tái nghèo sau lũ chưa kịp thời; một số ban công tác Mặt trận thôn chưa chủ động báo cáo. Hội nghị thống nhất sẽ rà soát lại toàn bộ hộ nghèo trước Tết Nguyên đán, ưu tiên hộ có người già, người khuyết tật và hộ có nhà bị hư hỏng do mưa lũ.
Minh Hà
Tin khác
- Triệu Phong: Bàn giao 15 nhà Đại đoàn kết cho hộ nghèo (16/11/2012)
- Hải Lăng hỗ trợ người dân khắc phục hậu quả lũ (02/11/2012)
- Đa Krông phát động ủng hộ Quỹ "Vì người nghèo" (18/10/2012)
- 100% thôn, khu phố tổ chức Ngày hội Đại đoàn kết (10/10/2012)
""", "2012-11-21", 'Hải Lăng: Tổng kết công tác vận động Quỹ "Vì người nghèo" năm 2012',
E("tong_ket", "2012", "2012-11-20"),
[P("Lê Đình Phúc", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Lăng"),
 P("Trần Thị Mận", "Chủ tịch Ủy ban MTTQ xã Hải Thượng"),
 P("Hồ Văn Bướp", "người có uy tín thôn Trằm"),
 P("Nguyễn Văn Toàn", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện")],
[Q("86 đồng chí", 86, "đồng chí"), Q("1,92 tỷ đồng", 1920000000, "đồng"), Q("14%", 14, "%"),
 Q("760 triệu đồng", 760000000, "đồng"), Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("450 suất học bổng", 450, "suất học bổng"), Q("khoảng 12,4%", 12.4, "%", "approx"),
 Q("hơn 200 người con quê hương", 200, "người con quê hương", "over"), Q("185 triệu đồng", 185000000, "đồng"),
 Q("2% hộ nghèo trở lên", 2, "%", "over"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quy chế", "04", "QC-MTTQ", "2012-03-15", "Ban Thường trực Ủy ban MTTQ huyện", "Quy chế số 04/QC-MTTQ ngày 15/3/2012"),
 D("Hướng dẫn", "12", "HD-MTTQ", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn 12, 13/HD-MTTQ"),
 D("Hướng dẫn", "13", "HD-MTTQ", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn 12, 13/HD-MTTQ"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 06-CT/HU")],
[prov("Quảng Trị"), com("Hải Thượng"), com("Hải Sơn")],
["Báo Quảng Trị Online", "Xã hội » Giảm nghèo", "Vì người nghèo", "Tháng cao điểm"],
["Cập nhật lúc 15:45 ngày 21/11/2012", "86 đồng chí", "năm 2012", "năm 2011", "năm 2013", "từ 17/10 đến 18/11", "3 cấp"]))

PAGES.append(page("b5935-gialai-mttq-traonha-2013", """
GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ / Xã hội / Mặt trận - Đoàn thể
08:20 | 10/12/2013
Trao 35 ngôi nhà "Đại đoàn kết" cho hộ nghèo đồng bào Jrai, Bahnar
Đồng chí Ksor Hnglơm trao quyết định hỗ trợ làm nhà cho hộ nghèo.
(GLO) - Ngày 9/12, tại làng Plei Ơi, xã Ia Kriêng, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ủy ban MTTQ huyện Đức Cơ tổ chức lễ trao 35 ngôi nhà "Đại đoàn kết" cho hộ nghèo đồng bào dân tộc thiểu số, từ nguồn Quỹ "Vì người nghèo" vận động trong Tháng cao điểm năm 2013.
Tham dự có đồng chí Ksor Hnglơm, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Rơ Mah Thị Blanh, Phó Chủ tịch UBND huyện Đức Cơ; các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện Đức Cơ: Nguyễn Hữu Cường, Siu Đoan cùng già làng, người có uy tín và đông đảo bà con trong làng.
Mỗi ngôi nhà có diện tích 40 m2, tổng kinh phí khoảng 45 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 25 triệu đồng, phần còn lại do gia đình đối ứng và bà con trong làng góp công. Tổng kinh phí trao lần này trên 1,5 tỷ đồng. Các hộ được nhận nhà đều thuộc diện hộ nghèo theo Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ về chuẩn hộ nghèo, hộ cận nghèo giai đoạn 2011 - 2015.
Theo đồng chí Ksor Hnglơm, năm 2013 Mặt trận các cấp trong tỉnh đã tiếp nhận 6,2 tỷ đồng ủng hộ Quỹ, đã xây dựng 218 căn nhà cho hộ nghèo, trong đó 83% là hộ đồng bào dân tộc thiểu số. Việc xét chọn hộ được hỗ trợ thực hiện theo Kế hoạch số 112/KH-MTTQ-BTT ngày 14/10/2013 và Công văn số 356/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, do hội nghị thôn, làng bình xét công khai.
Xúc động nhận chìa khóa nhà mới, bà Rah Lan H'Nhim, một trong các hộ được hỗ trợ, cho biết: "Trước đây cả nhà 6 người ở trong căn nhà tranh dột nát, mùa mưa không có chỗ ngủ. Nay có nhà mới, mình yên tâm cho con đi học". Già làng Rơ Châm Yuk cho biết làng có 42 hộ thì đến nay còn 11 hộ nghèo.
Dịp này, Ban Chỉ huy Quân sự huyện Đức Cơ tặng 35 phần quà, mỗi phần quà trị giá 500.000 đồng; Ủy ban MTTQ xã Ia Kriêng tặng thêm 2 tấn gạo cho các hộ.
Ông Nguyễn Hữu Cường cho biết, trước khi khởi công, Ủy ban MTTQ huyện đã phối hợp với đoàn thanh niên, hội cựu chiến binh huy động 1.400 ngày công giúp các hộ san nền, vận chuyển vật liệu vào các làng xa. Nhờ vậy, toàn bộ số nhà đã hoàn thành trước thời hạn gần một tháng. Thời gian tới, huyện sẽ tiếp tục rà soát những hộ còn ở nhà tạm để đề nghị tỉnh hỗ trợ trong năm 2014, đồng thời vận động doanh nghiệp trên địa bàn nhận đỡ đầu các hộ nghèo, giúp bà con có sinh kế ổn định lâu dài, không để tái nghèo.
Bài, ảnh: Hoài Nam
Lượt đọc: 652
Tin cùng chuyên mục
- Chư Sê vận động 1,1 tỷ đồng ủng hộ người nghèo (05/12/2013)
- Ia Grai: 500 phần quà cho học sinh nghèo (28/11/2013)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2013 (16/10/2013)
""", "2013-12-10", 'Trao 35 ngôi nhà "Đại đoàn kết" cho hộ nghèo đồng bào Jrai, Bahnar',
E("trao_qua", None, "2013-12-09"),
[P("Ksor Hnglơm", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Mah Thị Blanh", "Phó Chủ tịch UBND huyện Đức Cơ"),
 P("Nguyễn Hữu Cường", "Phó Chủ tịch Ủy ban MTTQ huyện Đức Cơ"),
 P("Siu Đoan", "Phó Chủ tịch Ủy ban MTTQ huyện Đức Cơ"),
 P("Rah Lan H'Nhim"),
 P("Rơ Châm Yuk", "Già làng")],
[Q("35 ngôi nhà", 35, "ngôi nhà"), Q("40 m2", 40, "m2"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("218 căn nhà", 218, "căn nhà"), Q("83%", 83, "%"),
 Q("6 người", 6, "người"), Q("42 hộ", 42, "hộ"), Q("11 hộ nghèo", 11, "hộ nghèo"),
 Q("35 phần quà", 35, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("2 tấn gạo", 2, "tấn")],
[D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2013-10-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 14/10/2013"),
 D("Công văn", "356", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 356/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Kriêng")],
["GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Xã hội / Mặt trận - Đoàn thể",
 "Đồng chí Ksor Hnglơm trao quyết định hỗ trợ làm nhà cho hộ nghèo.", "(GLO)", "Đại đoàn kết", "Vì người nghèo",
 "Plei Ơi", "Lượt đọc: 652"],
["08:20 | 10/12/2013", "2011 - 2015", "năm 2013", "Lượt đọc: 652"]))

PAGES.append(page("b5936-soctrang-mttq-soket-2014", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng
Tin tức - Sự kiện | Hoạt động Mặt trận
18/07/2014 - 09:35
Sơ kết 6 tháng công tác vận động Quỹ "Vì người nghèo", chuẩn bị Tháng cao điểm 2014
Ngày 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2014, trọng tâm là công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và xây dựng kế hoạch Tháng cao điểm năm 2014. Đồng chí Lâm Thị Sa Rết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Báo cáo cho biết, 6 tháng đầu năm Quỹ các cấp tiếp nhận 3,47 tỷ đồng, đã chi 2,9 tỷ đồng xây mới 58 căn nhà Đại đoàn kết, sửa chữa 21 căn, hỗ trợ 640 lượt hộ nghèo khám chữa bệnh và 17 hộ phương tiện sinh kế. Trong đó 36 căn nhà được trao cho hộ đồng bào Khmer ở các xã Lịch Hội Thượng, Viên An. Toàn tỉnh còn 26.815 hộ nghèo, chiếm 12,1% tổng số hộ.
Thực hiện Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo vùng đồng bào Khmer và về phát huy vai trò chùa Phật giáo Nam tông Khmer, Mặt trận đã phối hợp với 92 chùa vận động sư sãi, phật tử ủng hộ trên 600 triệu đồng. Ủy ban MTTQ tỉnh đề ra Tháng cao điểm năm nay vận động ít nhất 5 tỷ đồng theo Kế hoạch số 21/KH-MTTQ-BTT.
Tại hội nghị, ông Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề, đề nghị tăng mức hỗ trợ xây nhà lên 30 triệu đồng/căn do giá vật liệu tăng. Đại đức Lý Sa Ran, trụ trì chùa Bưng Sa Mọt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết các chùa sẵn sàng vận động phật tử góp công xây nhà. Bà Trương Thị Kiều, Chủ tịch Ủy ban MTTQ thị trấn Mỹ Xuyên, nêu khó khăn khi nhiều hộ thoát nghèo nhưng thiếu vốn làm ăn.
Kết luận hội nghị, đồng chí Lâm Thị Sa Rết đề nghị Mặt trận các cấp tiếp tục thực hiện Quy định số 02/QĐ-MTTQ-BTT về công khai thu, chi Quỹ, đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% ấp, khóm.
Hội nghị cũng chỉ ra những hạn chế: một số nơi còn lúng túng trong việc lồng ghép nguồn Quỹ với các chương trình giảm nghèo của Nhà nước; công tác nắm tình hình hộ nghèo ở các ấp có đông đồng bào Khmer chưa sát; việc phối hợp giữa Ban Thường trực Ủy ban MTTQ với các tổ chức thành viên trong vận động doanh nghiệp còn thiếu chủ động. Một số căn nhà đã khởi công nhưng chậm hoàn thành do mưa kéo dài. Các đại biểu thống nhất trong Tháng cao điểm năm nay sẽ tổ chức lễ phát động ở cả 3 cấp, mời các chùa, doanh nghiệp cùng tham gia, và công khai kết quả trên đài truyền thanh xã để nhân dân cùng giám sát.
Thạch Mai Sol
Lượt xem: 397
Tin liên quan
- Vĩnh Châu trao 12 nhà Đại đoàn kết (04/07/2014)
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh (20/06/2014)
- Ngã Năm ra mắt mô hình "Tổ nhân dân tự quản" (06/06/2014)
""", "2014-07-18", 'Sơ kết 6 tháng công tác vận động Quỹ "Vì người nghèo", chuẩn bị Tháng cao điểm 2014',
E("so_ket", "2014-H1", "2014-07-16"),
[P("Lâm Thị Sa Rết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề"),
 P("Lý Sa Ran", "Đại đức", "trụ trì chùa Bưng Sa Mọt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Trương Thị Kiều", "Chủ tịch Ủy ban MTTQ thị trấn Mỹ Xuyên")],
[Q("3,47 tỷ đồng", 3470000000, "đồng"), Q("2,9 tỷ đồng", 2900000000, "đồng"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"), Q("21 căn", 21, "căn"),
 Q("640 lượt hộ nghèo", 640, "lượt hộ nghèo"), Q("17 hộ", 17, "hộ"), Q("36 căn nhà", 36, "căn nhà"),
 Q("26.815 hộ nghèo", 26815, "hộ nghèo"), Q("12,1%", 12.1, "%"), Q("92 chùa", 92, "chùa"),
 Q("trên 600 triệu đồng", 600000000, "đồng", "over"), Q("ít nhất 5 tỷ đồng", 5000000000, "đồng", "over"),
 Q("30 triệu đồng/căn", 30000000, "đồng"), Q("100% ấp, khóm", 100, "%")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", None, None, "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Quy định", "02", "QĐ-MTTQ-BTT", None, None, "Quy định số 02/QĐ-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên An"), com("Mỹ Xuyên")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "Tin tức - Sự kiện | Hoạt động Mặt trận",
 "Toàn cảnh hội nghị sơ kết.", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lượt xem: 397"],
["18/07/2014 - 09:35", "6 tháng đầu năm 2014", "Lượt xem: 397"]))

PAGES.append(page("b5937-namdinh-xahaiduong-daihoi-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI ĐƯỜNG - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ › Tin tức › Mặt trận - Đoàn thể
Ngày đăng 11/08/2014 | 15:20
Đại hội đại biểu MTTQ Việt Nam xã Hải Đường lần thứ XIV, nhiệm kỳ 2014 - 2019
Sáng 9/8, Ủy ban MTTQ Việt Nam xã Hải Đường (huyện Hải Hậu, tỉnh Nam Định) long trọng tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2014 - 2019. Về dự có đồng chí Vũ Thị Hương, HUV, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Hậu; đồng chí Đoàn Văn Khoa, Bí thư Đảng ủy xã Hải Đường cùng 120 đại biểu đại diện cho hơn 9.400 nhân khẩu trong xã.
Báo cáo của Ủy ban MTTQ xã nhiệm kỳ 2009 - 2014 cho biết, Mặt trận đã vận động nhân dân ủng hộ Quỹ "Vì người nghèo" được 642 triệu đồng, riêng các đợt Tháng cao điểm vận động 318 triệu đồng; từ nguồn quỹ đã hỗ trợ xây mới 19 nhà Đại đoàn kết, sửa chữa 27 nhà, tặng 1.150 suất quà cho hộ nghèo, hộ cận nghèo. Tỷ lệ hộ nghèo của xã giảm từ 9,6% xuống còn 3,2%. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 14/16 xóm đạt danh hiệu khu dân cư văn hóa.
Nhiệm kỳ 2014 - 2019, Đại hội đề ra mục tiêu mỗi năm vận động Quỹ không dưới 150 triệu đồng, phấn đấu đến năm 2019 không còn hộ nghèo thuộc diện chính sách. Mặt trận xã sẽ tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới và Chương trình hành động số 03-CTr/MTTQ ban hành sau Đại hội.
Phát biểu chỉ đạo, đồng chí Vũ Thị Hương đề nghị Mặt trận xã quan tâm hơn nữa tới các hộ nghèo là người cao tuổi cô đơn, đồng thời đổi mới phương thức vận động con em xa quê.
Đại hội đã hiệp thương cử 43 vị vào Ủy ban MTTQ Việt Nam xã khóa XIV. Tại phiên họp thứ nhất, ông Phạm Văn Thiều được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà Trần Thị Nhài, Mai Văn Cừ được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Hải Hậu lần thứ XX.
Dịp này, Ủy ban MTTQ xã trao 10 suất quà, mỗi suất 300.000 đồng cho hộ nghèo tiêu biểu vươn lên.
Trong phần thảo luận, nhiều ý kiến tập trung vào cách làm để duy trì nguồn Quỹ giữa các đợt Tháng cao điểm, như lập hòm thư ủng hộ tại nhà thờ và đình làng, vận động các hộ làm muối, làm nghề biển góp theo mùa vụ. Đại biểu xóm 7 đề nghị Mặt trận xã công khai danh sách hộ được hỗ trợ trên loa truyền thanh để người dân cùng giám sát, tránh so bì. Một số ý kiến khác đề nghị Mặt trận phối hợp với Hội Nông dân, Hội Phụ nữ hướng dẫn hộ nghèo cách làm ăn, vay vốn đúng mục đích, không để vốn chết.
Ban biên tập
Tin khác
- Hải Đường tổ chức Lễ ra quân làm đường giao thông nông thôn (20/07/2014)
- Hội LHPN xã tổng kết 6 tháng đầu năm (05/07/2014)
- Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới (18/06/2014)
""", "2014-08-11", "Đại hội đại biểu MTTQ Việt Nam xã Hải Đường lần thứ XIV, nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-08-09"),
[P("Vũ Thị Hương", "HUV", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hải Hậu"),
 P("Đoàn Văn Khoa", "Bí thư Đảng ủy xã Hải Đường"),
 P("Phạm Văn Thiều", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Thị Nhài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Mai Văn Cừ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 9.400 nhân khẩu", 9400, "nhân khẩu", "over"),
 Q("642 triệu đồng", 642000000, "đồng"), Q("318 triệu đồng", 318000000, "đồng"),
 Q("19 nhà Đại đoàn kết", 19, "nhà Đại đoàn kết"), Q("27 nhà", 27, "nhà"), Q("1.150 suất quà", 1150, "suất quà"),
 Q("9,6%", 9.6, "%"), Q("3,2%", 3.2, "%"), Q("14/16 xóm", 14, "xóm"),
 Q("không dưới 150 triệu đồng", 150000000, "đồng", "over"), Q("43 vị", 43, "vị"), Q("9 đại biểu", 9, "đại biểu"),
 Q("10 suất quà", 10, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Chương trình hành động", "03", "CTr/MTTQ", None, None, "Chương trình hành động số 03-CTr/MTTQ")],
[prov("Nam Định"), com("Hải Đường")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI ĐƯỜNG - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH", "Trang chủ › Tin tức › Mặt trận - Đoàn thể",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ban biên tập"],
["Ngày đăng 11/08/2014 | 15:20", "lần thứ XIV", "2014 - 2019", "2009 - 2014", "khóa XIV", "lần thứ XX", "năm 2019"]))

PAGES.append(page("b5938-daklak-mttq-giamsat-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị > Mặt trận
Thứ Năm, 26/11/2015 - 10:12
Giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" tại huyện Krông Bông
Đoàn giám sát làm việc với Ủy ban MTTQ huyện Krông Bông.
Ngày 24/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Y Wai Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2015 tại huyện Krông Bông. Cuộc giám sát thực hiện theo Quyết định số 88/QĐ-MTTQ-BTT ngày 2/11/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định 217-QĐ/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Theo báo cáo của Ủy ban MTTQ huyện, từ đầu năm đến nay Quỹ "Vì người nghèo" 3 cấp đã tiếp nhận 1,28 tỷ đồng, trong Tháng cao điểm vận động thêm khoảng 410 triệu đồng. Huyện đã hỗ trợ xây mới 28 nhà, sửa chữa 9 nhà cho hộ nghèo; hỗ trợ 156 hộ đồng bào Êđê, Mnông giống cà phê, 60 con bò sinh sản. Toàn huyện hiện còn 4.206 hộ nghèo, chiếm 26,7%.
Qua giám sát tại xã Cư Pui và xã Hòa Phong, đoàn ghi nhận việc bình xét hộ được hỗ trợ công khai, dân chủ; tuy nhiên 2 xã chưa mở sổ theo dõi thu chi riêng, một số chứng từ chưa đầy đủ, 3 căn nhà chậm tiến độ do hộ gia đình thiếu vốn đối ứng.
Làm việc với đoàn, ông Y Kô Niê, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Krông Bông, cho biết huyện sẽ chỉ đạo các xã khắc phục ngay thiếu sót. Bà H'Ngoan Êban, Chủ tịch Ủy ban MTTQ xã Cư Pui, kiến nghị nâng mức hỗ trợ làm nhà từ 25 triệu đồng lên 35 triệu đồng/căn.
Kết luận buổi giám sát, đồng chí Y Wai Byă đề nghị Ủy ban MTTQ huyện thực hiện nghiêm Thông tư liên tịch số 01/2014/TTLT-MTTQ về quản lý Quỹ, công khai danh sách hộ được hỗ trợ tại nhà văn hóa buôn; các thành viên đoàn gồm các ông, bà Nguyễn Thị Hà, Trần Văn Lực - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã trao đổi cụ thể về cách lập hồ sơ.
Theo kế hoạch, từ nay đến hết năm, đoàn sẽ tiếp tục giám sát tại các huyện Lắk, Ea Súp và thị xã Buôn Hồ. Qua kết quả giám sát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh về cơ chế lồng ghép nguồn Quỹ với các chương trình hỗ trợ nhà ở, đồng thời đề xuất biểu dương những địa phương làm tốt, nhất là nơi huy động được sự tham gia của già làng, người có uy tín trong buôn. Đoàn cũng lưu ý các xã bố trí cán bộ kiêm nhiệm kế toán Quỹ có chuyên môn, tránh để sai sót kéo dài như những năm trước.
Ngọc Ánh
Lượt xem: 541
Các tin khác
- Phát động Tháng cao điểm "Vì người nghèo" năm 2015 (17/10/2015)
- Ea Kar: 20 nhà Đại đoàn kết cho hộ nghèo (09/10/2015)
- Hội nghị người có uy tín toàn tỉnh (25/09/2015)
""", "2015-11-26", 'Giám sát việc quản lý, sử dụng Quỹ "Vì người nghèo" tại huyện Krông Bông',
E("giam_sat", "2015", "2015-11-24"),
[P("Y Wai Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kô Niê", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Krông Bông"),
 P("H'Ngoan Êban", "Chủ tịch Ủy ban MTTQ xã Cư Pui"),
 P("Nguyễn Thị Hà", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1,28 tỷ đồng", 1280000000, "đồng"), Q("khoảng 410 triệu đồng", 410000000, "đồng", "approx"),
 Q("28 nhà", 28, "nhà"), Q("9 nhà", 9, "nhà"), Q("156 hộ", 156, "hộ"), Q("60 con bò sinh sản", 60, "con bò sinh sản"),
 Q("4.206 hộ nghèo", 4206, "hộ nghèo"), Q("26,7%", 26.7, "%"), Q("2 xã", 2, "xã"), Q("3 căn nhà", 3, "căn nhà"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("35 triệu đồng/căn", 35000000, "đồng")],
[D("Quyết định", "88", "QĐ-MTTQ-BTT", "2015-11-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 88/QĐ-MTTQ-BTT ngày 2/11/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Thông tư liên tịch", "01", "2014/TTLT-MTTQ", None, None, "Thông tư liên tịch số 01/2014/TTLT-MTTQ")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị > Mặt trận", "Đoàn giám sát làm việc với Ủy ban MTTQ huyện Krông Bông.",
 "Vì người nghèo", "Lượt xem: 541"],
["Thứ Năm, 26/11/2015 - 10:12", "3 cấp", "năm 2015", "Lượt xem: 541"]))
