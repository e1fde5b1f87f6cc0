from lib import *
PAGES = []

PAGES.append(page("b2927-caobang-baolam-satlo-traoqua-2023", """
BÁO CAO BẰNG ĐIỆN TỬ
Xã hội › Mặt trận - Đoàn thể
Thứ Năm, 21/09/2023, 08:05
Ủy ban MTTQ tỉnh trao hỗ trợ 640 triệu đồng cho các hộ bị sạt lở ở Bảo Lâm
Ngày 19/9, Ủy ban MTTQ tỉnh Cao Bằng tổ chức trao 640 triệu đồng hỗ trợ 32 hộ gia đình có nhà bị sập đổ, vùi lấp hoặc phải di dời khẩn cấp do sạt lở đất trong đợt mưa lớn cuối tháng 8 tại các xã Yên Thổ, Thái Học và Lý Bôn, huyện Bảo Lâm; mỗi hộ được 20 triệu đồng.
Bà Lục Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh trao hỗ trợ cho các hộ xã Yên Thổ. Ảnh: Thu Hương
Đợt mưa lớn từ ngày 27 đến 30/8/2023 đã gây sạt lở tại 58 điểm trên địa bàn huyện Bảo Lâm, làm 1 người chết, 17 ngôi nhà bị sập hoàn toàn, 96 ngôi nhà bị hư hỏng một phần; khoảng 46 ha lúa, ngô bị vùi lấp, nhiều tuyến đường liên xã bị chia cắt. Ước thiệt hại trên 21 tỷ đồng.
Trao hỗ trợ, bà Lục Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết số tiền 640 triệu đồng được trích từ Quỹ cứu trợ tỉnh theo Quyết định số 212/QĐ-MTTQ-BTT ngày 15/9/2023 của Ban Thường trực Ủy ban MTTQ tỉnh; đồng thời đề nghị chính quyền huyện sớm bố trí đất tái định cư, hướng dẫn các hộ làm nhà ở nơi an toàn. Cùng đi có ông Nông Văn Thành, Trưởng ban Công tác Mặt trận Ủy ban MTTQ tỉnh và lãnh đạo Ủy ban MTTQ huyện Bảo Lâm.
Ông Lý Văn Sào (dân tộc Dao), ở xóm Nà Vài, xã Yên Thổ chia sẻ, nhà ông bị đất đá vùi lấp hoàn toàn trong đêm 28/8, cả gia đình 6 người may mắn thoát ra kịp. "Được Mặt trận hỗ trợ tiền, bà con trong xóm giúp công, tôi sẽ dựng lại nhà ở khu đất mới cạnh trường học", ông Sào nói.
Theo bà Hoàng Thị Pảo, HUV, Chủ tịch Ủy ban MTTQ huyện Bảo Lâm, ngay sau thiên tai, Mặt trận huyện đã tiếp nhận hơn 380 triệu đồng và 12 tấn gạo từ các cơ quan, doanh nghiệp, nhà hảo tâm; huy động 450 lượt đoàn viên, hội viên, dân quân giúp dân di dời tài sản, khơi thông đường. Huyện đang triển khai xây dựng 17 căn nhà mới theo Kế hoạch số 89/KH-UBND của UBND huyện, phấn đấu hoàn thành trước Tết Nguyên đán.
Cũng trong ngày, Ủy ban MTTQ xã Lý Bôn phối hợp với Đồn Biên phòng Lý Bôn trao 32 suất quà gồm gạo, dầu ăn, chăn màn cho các hộ. Ông Vàng Văn Chứ, Chủ tịch Ủy ban MTTQ xã Lý Bôn, cho biết xã đã vận động bà con góp hơn 300 ngày công giúp 5 hộ người Mông san nền làm nhà.
Theo dự báo, trong thời gian tới trên địa bàn tỉnh còn có mưa lớn cục bộ, nguy cơ sạt lở đất, lũ quét ở vùng núi cao rất lớn. Ban Thường trực Ủy ban MTTQ tỉnh đề nghị Mặt trận các huyện phối hợp với chính quyền cơ sở rà soát các hộ sống ven suối, chân taluy để vận động di dời, không để thiệt hại về người.
Thu Hương
Lượt xem: 958
Tin liên quan
- Bảo Lâm: Mưa lớn gây sạt lở nghiêm trọng (30/08/2023)
- Cao Bằng: Trao 100 nhà Đại đoàn kết cho hộ nghèo (18/08/2023)
- Thăm hỏi gia đình có người bị nạn do sạt lở đất (01/09/2023)
""", "2023-09-21", "Ủy ban MTTQ tỉnh trao hỗ trợ 640 triệu đồng cho các hộ bị sạt lở ở Bảo Lâm",
E("trao_qua", None, "2023-09-19"),
[P("Lục Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Thành", "Trưởng ban Công tác Mặt trận Ủy ban MTTQ tỉnh"),
 P("Lý Văn Sào"),
 P("Hoàng Thị Pảo", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bảo Lâm"),
 P("Vàng Văn Chứ", "Chủ tịch Ủy ban MTTQ xã Lý Bôn")],
[Q("640 triệu đồng", 640000000, "đồng"), Q("32 hộ gia đình", 32, "hộ gia đình"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("58 điểm", 58, "điểm"), Q("1 người", 1, "người"), Q("17 ngôi nhà", 17, "ngôi nhà"), Q("96 ngôi nhà", 96, "ngôi nhà"),
 Q("khoảng 46 ha", 46, "ha", "approx"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("6 người", 6, "người"),
 Q("hơn 380 triệu đồng", 380000000, "đồng", "over"), Q("12 tấn", 12, "tấn"),
 Q("450 lượt đoàn viên, hội viên, dân quân", 450, "lượt đoàn viên, hội viên, dân quân"), Q("17 căn nhà", 17, "căn nhà"),
 Q("32 suất quà", 32, "suất quà"), Q("hơn 300 ngày công", 300, "ngày công", "over"), Q("5 hộ người Mông", 5, "hộ người Mông")],
[D("Quyết định", "212", "QĐ-MTTQ-BTT", "2023-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 212/QĐ-MTTQ-BTT ngày 15/9/2023"),
 D("Kế hoạch", "89", "KH-UBND", None, "UBND huyện", "Kế hoạch số 89/KH-UBND")],
[prov("Cao Bằng"), com("Yên Thổ"), com("Thái Học"), com("Lý Bôn")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Xã hội › Mặt trận - Đoàn thể",
 "Bà Lục Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh trao hỗ trợ cho các hộ xã Yên Thổ. Ảnh: Thu Hương",
 "Quỹ cứu trợ tỉnh", "Đồn Biên phòng Lý Bôn", "Tết Nguyên đán", "Lượt xem: 958"],
["Thứ Năm, 21/09/2023, 08:05", "từ ngày 27 đến 30/8/2023", "đêm 28/8", "Lượt xem: 958"]))

PAGES.append(page("b2928-laocai-langnu-bangiao-nha-2024", """
LÀO CAI ONLINE - Báo điện tử của Đảng bộ tỉnh Lào Cai
Trang chủ | Thời sự | Khắc phục hậu quả bão số 3
Cập nhật: 14:15, 20/12/2024 (GMT+7)
Làng Nủ hồi sinh: 40 hộ dân vào nhà mới trước Tết
Sáng 19/12, tại xã Phúc Khánh, huyện Bảo Yên, UBND tỉnh Lào Cai phối hợp với Bộ Tư lệnh Quân khu 2 và Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ khánh thành, bàn giao khu tái định cư Làng Nủ cho 40 hộ dân bị mất nhà trong trận lũ quét lịch sử ngày 10/9/2024 do hoàn lưu bão số 3 (Yagi).
Những ngôi nhà mới tại khu tái định cư Làng Nủ. Ảnh: Hồng Duyên
Khu tái định cư rộng 5,2 ha, được xây dựng trong 75 ngày với tổng kinh phí khoảng 68 tỷ đồng từ nguồn ủng hộ qua Ủy ban MTTQ Việt Nam tỉnh và ngân sách. Mỗi căn nhà có diện tích sử dụng 80 m2, giá trị xây dựng khoảng 600 triệu đồng, được thiết kế theo kiểu nhà sàn truyền thống của đồng bào Tày. Hơn 1.200 cán bộ, chiến sĩ Quân khu 2 đã thi công liên tục, kể cả ngày nghỉ.
Đồng chí Giàng Thị Dở, Phó Chủ tịch UBND tỉnh, nhấn mạnh: "Làng Nủ hôm nay là kết quả của tình cảm, trách nhiệm của cả hệ thống chính trị và đồng bào cả nước". Đồng chí Nông Văn Hưng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, đến ngày 15/12/2024, Ủy ban MTTQ các cấp trong tỉnh đã tiếp nhận hơn 520 tỷ đồng ủng hộ khắc phục hậu quả bão số 3, trong đó đã phân bổ 410 tỷ đồng (đạt 79%) theo Quyết định số 58/QĐ-BVĐ ngày 25/9/2024 và Quyết định số 71/QĐ-BVĐ ngày 18/10/2024 của Ban Vận động cứu trợ tỉnh.
Trận lũ quét đã làm 67 người ở Làng Nủ chết và mất tích, cuốn trôi toàn bộ 37 ngôi nhà. Anh Hoàng Văn Thông, một trong những người sống sót, xúc động: "Tôi không nghĩ sau 3 tháng gia đình lại có nhà mới khang trang như thế này".
Tại buổi lễ, Ủy ban MTTQ Việt Nam tỉnh trao tặng mỗi hộ 1 bộ bàn ghế, 1 ti vi và 10 triệu đồng mua sắm đồ dùng; Hội LHPN tỉnh tặng 40 bộ chăn đệm; Tỉnh đoàn tặng 45 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh Làng Nủ. Bà Nông Thị Xuân, Chủ tịch Ủy ban MTTQ xã Phúc Khánh, cho biết xã sẽ hướng dẫn bà con trồng quế, chăn nuôi gà đen và phát triển du lịch cộng đồng để ổn định sinh kế.
Ngoài Làng Nủ, tỉnh đang xây dựng thêm 6 khu tái định cư tập trung cho 1.019 hộ, phấn đấu hoàn thành trước 30/6/2025 theo Nghị quyết số 62/NQ-HĐND của HĐND tỉnh.
Buổi lễ khánh thành diễn ra trong không khí ấm áp. Những ngôi nhà mới ngay ngắn bên con đường bê tông, có nhà văn hóa, sân chơi cho trẻ em và khu vườn chung. Bà con Làng Nủ đã tổ chức dâng hương tưởng nhớ những người đã khuất trước khi nhận nhà.
Hồng Duyên - Quang Thụ
Tin cùng chuyên mục
- Hơn 500 tỷ đồng ủng hộ Lào Cai khắc phục hậu quả bão số 3 (30/11/2024)
- Khởi công khu tái định cư Làng Nủ (05/10/2024)
- Lào Cai: Tìm kiếm nạn nhân mất tích ở Làng Nủ (14/09/2024)
""", "2024-12-20", "Làng Nủ hồi sinh: 40 hộ dân vào nhà mới trước Tết",
E("trao_qua", None, "2024-12-19"),
[P("Giàng Thị Dở", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Văn Hưng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thông"),
 P("Nông Thị Xuân", "Chủ tịch Ủy ban MTTQ xã Phúc Khánh")],
[Q("40 hộ dân", 40, "hộ dân"), Q("5,2 ha", 5.2, "ha"), Q("khoảng 68 tỷ đồng", 68000000000, "đồng", "approx"),
 Q("80 m2", 80, "m2"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("Hơn 1.200 cán bộ, chiến sĩ", 1200, "cán bộ, chiến sĩ", "over"), Q("hơn 520 tỷ đồng", 520000000000, "đồng", "over"),
 Q("410 tỷ đồng", 410000000000, "đồng"), Q("79%", 79, "%"), Q("67 người", 67, "người"), Q("37 ngôi nhà", 37, "ngôi nhà"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("40 bộ chăn đệm", 40, "bộ chăn đệm"), Q("45 suất học bổng", 45, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("6 khu tái định cư tập trung", 6, "khu tái định cư tập trung"), Q("1.019 hộ", 1019, "hộ")],
[D("Quyết định", "58", "QĐ-BVĐ", "2024-09-25", "Ban Vận động cứu trợ tỉnh", "Quyết định số 58/QĐ-BVĐ ngày 25/9/2024"),
 D("Quyết định", "71", "QĐ-BVĐ", "2024-10-18", "Ban Vận động cứu trợ tỉnh", "Quyết định số 71/QĐ-BVĐ ngày 18/10/2024"),
 D("Nghị quyết", "62", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 62/NQ-HĐND")],
[prov("Lào Cai"), com("Phúc Khánh")],
["LÀO CAI ONLINE - Báo điện tử của Đảng bộ tỉnh Lào Cai", "Trang chủ | Thời sự | Khắc phục hậu quả bão số 3",
 "Những ngôi nhà mới tại khu tái định cư Làng Nủ. Ảnh: Hồng Duyên", "Làng Nủ", "Bộ Tư lệnh Quân khu 2", "Yagi"],
["Cập nhật: 14:15, 20/12/2024 (GMT+7)", "bão số 3", "75 ngày", "sau 3 tháng", "1 bộ bàn ghế", "1 ti vi", "trước 30/6/2025"]))

PAGES.append(page("b2929-haiduong-mttq-tongket-2024", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Tin tức › Chính trị › Mặt trận
Thứ Sáu, 10/01/2025 - 11:20
Toàn cảnh hội nghị. Ảnh: Thành Chung
Mặt trận tỉnh vận động hơn 157 tỷ đồng khắc phục hậu quả bão Yagi
Chiều 9/1, Ủy ban MTTQ tỉnh Hải Dương tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Đồng chí Vũ Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Năm 2024, tỉnh chịu ảnh hưởng nặng nề của cơn bão số 3 (Yagi), hơn 8.600 ngôi nhà bị tốc mái, hư hỏng; khoảng 28.000 ha lúa, hoa màu bị đổ, ngập úng. Thực hiện Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 211/KH-MTTQ-BTT ngày 11/9/2024 vận động ủng hộ. Kết quả, Mặt trận các cấp tiếp nhận hơn 157 tỷ đồng; tỉnh đã chuyển 23 tỷ đồng hỗ trợ các tỉnh Lào Cai, Yên Bái, Cao Bằng, số còn lại phân bổ cho 12 huyện, thị xã, thành phố theo Quyết định số 1016, 1017/QĐ-MTTQ-BTT của Ban Thường trực.
Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã hỗ trợ xây mới, sửa chữa 1.048 căn nhà cho hộ nghèo, hộ cận nghèo, đạt 104,8% kế hoạch; Quỹ "Vì người nghèo" các cấp tiếp nhận khoảng 41 tỷ đồng. Trong đợt bão, hơn 18.000 lượt đoàn viên, hội viên tham gia giúp dân dựng lại cây, dọn dẹp, sửa chữa nhà cửa.
Tại hội nghị, các đồng chí: Nguyễn Thị Hằng, Lương Văn Quân - Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày báo cáo và dự thảo chương trình năm 2025. Ông Phạm Đức Thịnh, Chủ tịch Ủy ban MTTQ phường Ái Quốc, chia sẻ cách huy động 21 tổ tự quản giúp 137 hộ lợp lại mái trong vòng 5 ngày sau bão. Linh mục Giuse Trần Văn Thức, quản xứ Hải Dương, thông tin giáo xứ đã trao 300 suất quà, mỗi suất 500.000 đồng cho bà con các xã ven sông Thái Bình.
Phát biểu chỉ đạo, đồng chí Vũ Văn Cường đề nghị năm 2025 Mặt trận các cấp tập trung thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về phòng ngừa, ứng phó, khắc phục hậu quả thiên tai và Kết luận 26, 27-KL/TU của Ban Thường vụ Tỉnh ủy; hoàn thành xóa nhà tạm trước ngày 30/6/2025; chủ động chuẩn bị sắp xếp tổ chức bộ máy theo tinh thần Nghị quyết 18-NQ/TW.
Dịp này, 14 tập thể, 20 cá nhân được Ủy ban MTTQ tỉnh tặng bằng khen vì có thành tích xuất sắc trong công tác vận động ủng hộ khắc phục hậu quả bão số 3.
Thành Chung
Lượt xem: 1.542
Tin liên quan
- Trao 120 nhà Đại đoàn kết dịp Tết Ất Tỵ (06/01/2025)
- Hải Dương hỗ trợ 10 tỷ đồng cho tỉnh Lào Cai (16/09/2024)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ đồng bào bị ảnh hưởng bão số 3 (12/09/2024)
""", "2025-01-10", "Mặt trận tỉnh vận động hơn 157 tỷ đồng khắc phục hậu quả bão Yagi",
E("tong_ket", "2024", "2025-01-09"),
[P("Vũ Văn Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Văn Quân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Đức Thịnh", "Chủ tịch Ủy ban MTTQ phường Ái Quốc"),
 P("Giuse Trần Văn Thức", "Linh mục", "quản xứ Hải Dương")],
[Q("hơn 8.600 ngôi nhà", 8600, "ngôi nhà", "over"), Q("khoảng 28.000 ha", 28000, "ha", "approx"),
 Q("hơn 157 tỷ đồng", 157000000000, "đồng", "over"), Q("23 tỷ đồng", 23000000000, "đồng"),
 Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"), Q("1.048 căn nhà", 1048, "căn nhà"),
 Q("104,8%", 104.8, "%"), Q("khoảng 41 tỷ đồng", 41000000000, "đồng", "approx"),
 Q("hơn 18.000 lượt đoàn viên, hội viên", 18000, "lượt đoàn viên, hội viên", "over"), Q("21 tổ tự quản", 21, "tổ tự quản"),
 Q("137 hộ", 137, "hộ"), Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("14 tập thể", 14, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "211", "KH-MTTQ-BTT", "2024-09-11", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 211/KH-MTTQ-BTT ngày 11/9/2024"),
 D("Quyết định", "1016", "QĐ-MTTQ-BTT", None, "Ban Thường trực", "Quyết định số 1016, 1017/QĐ-MTTQ-BTT"),
 D("Quyết định", "1017", "QĐ-MTTQ-BTT", None, "Ban Thường trực", "Quyết định số 1016, 1017/QĐ-MTTQ-BTT"),
 D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 26, 27-KL/TU"),
 D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 26, 27-KL/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Hải Dương"), prov("Lào Cai"), prov("Yên Bái"), prov("Cao Bằng"), com("Ái Quốc")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Tin tức › Chính trị › Mặt trận", "Toàn cảnh hội nghị. Ảnh: Thành Chung", "Yagi",
 "Lời kêu gọi", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "sông Thái Bình", "Lượt xem: 1.542"],
["Thứ Sáu, 10/01/2025 - 11:20", "bão số 3", "năm 2024", "năm 2025", "trong vòng 5 ngày", "trước ngày 30/6/2025", "Lượt xem: 1.542"]))

PAGES.append(page("b2930-thainguyen-moi-lu-tinhnguyen-2025", """
Báo và Phát thanh, Truyền hình Thái Nguyên
Thời sự | Xã hội | Khắc phục hậu quả mưa lũ
08:15 | 14/10/2025
Ảnh: Đoàn viên thanh niên dọn bùn tại trường tiểu học phường Gia Sàng.
Gần 2.000 tình nguyện viên giúp nhân dân vùng lũ Thái Nguyên
Những ngày qua, sau trận lũ lịch sử do hoàn lưu bão số 11 (Matmo) gây ra, gần 2.000 tình nguyện viên là đoàn viên thanh niên, sinh viên các trường đại học, cán bộ, chiến sĩ lực lượng vũ trang đã có mặt ở các phường, xã vùng lũ của tỉnh Thái Nguyên, giúp người dân dọn bùn, vệ sinh nhà cửa, trường học.
Mưa lũ từ ngày 6 đến 8/10/2025 làm nước sông Cầu vượt mức lịch sử năm 2024, khoảng 57.000 ngôi nhà bị ngập, trong đó nhiều khu dân cư ở phường Gia Sàng, phường Phan Đình Phùng, phường Quyết Thắng ngập sâu hơn 2 m; tại khu vực phía bắc tỉnh (Bắc Kạn cũ), các xã Ba Bể, Chợ Đồn, Bạch Thông bị sạt lở, chia cắt nhiều ngày.
Cùng với lực lượng tình nguyện, Ủy ban MTTQ Việt Nam tỉnh đã trao 4.500 suất quà, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm cho các hộ bị ngập sâu. Theo bà Hà Thị Bích Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đến 17 giờ ngày 13/10, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 186 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 30 tỷ đồng. Ban Thường trực đã trích 40 tỷ đồng hỗ trợ khẩn cấp cho 92 xã, phường theo Quyết định số 126/QĐ-MTTQ-BTT ngày 10/10/2025; mỗi hộ có người chết được hỗ trợ 50 triệu đồng.
Anh Triệu Văn Phong (dân tộc Dao), Bí thư Đoàn xã Ba Bể, cùng 30 đoàn viên đã đi bộ hơn 10 km vào thôn Nà Hàn mang theo 2 tấn gạo và thuốc men. Chị Ma Thị Hoa (Trường Đại học Sư phạm) cho biết nhóm tình nguyện của chị đã lau dọn hơn 60 phòng học để học sinh kịp trở lại trường.
Đồng chí Hoàng Văn Chinh, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn thành lập 45 đội hình "Thanh niên tình nguyện khắc phục hậu quả mưa lũ" theo Kế hoạch số 92-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, duy trì đến khi các trường học, trạm y tế hoạt động trở lại. Ông Lường Văn Pảo, Trưởng xóm Bản Ngoại, xã Đại Từ, nói: "Nước rút đến đâu, các cháu thanh niên dọn đến đó, bà con đỡ vất vả rất nhiều".
Ngoài ra, nhiều doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đã mở các bếp ăn 0 đồng, mỗi ngày phục vụ khoảng 15.000 suất cơm cho người dân vùng ngập. Thực hiện Công điện số 08/CĐ-UBND của UBND tỉnh, các lực lượng đang tập trung khơi thông cống rãnh, phun khử khuẩn, phòng dịch bệnh sau lũ.
Bích Ngọc - Quỳnh Anh
Lượt xem: 5.230
Tin khác
- Thái Nguyên: Khẩn trương đưa học sinh trở lại trường sau lũ (13/10/2025)
- Thư kêu gọi ủng hộ nhân dân Thái Nguyên (09/10/2025)
- Nước sông Cầu vượt mức lịch sử (08/10/2025)
""", "2025-10-14", "Gần 2.000 tình nguyện viên giúp nhân dân vùng lũ Thái Nguyên",
E("khac", None, None),
[P("Hà Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Văn Phong", "Bí thư Đoàn xã Ba Bể"),
 P("Ma Thị Hoa"),
 P("Hoàng Văn Chinh", "Bí thư Tỉnh đoàn"),
 P("Lường Văn Pảo", "Trưởng xóm Bản Ngoại")],
[Q("gần 2.000 tình nguyện viên", 2000, "tình nguyện viên", "approx"), Q("khoảng 57.000 ngôi nhà", 57000, "ngôi nhà", "approx"),
 Q("hơn 2 m", 2, "m", "over"), Q("4.500 suất quà", 4500, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"), Q("30 tỷ đồng", 30000000000, "đồng"), Q("40 tỷ đồng", 40000000000, "đồng"),
 Q("92 xã, phường", 92, "xã, phường"), Q("50 triệu đồng", 50000000, "đồng"), Q("30 đoàn viên", 30, "đoàn viên"),
 Q("hơn 10 km", 10, "km", "over"), Q("2 tấn", 2, "tấn"), Q("hơn 60 phòng học", 60, "phòng học", "over"),
 Q("45 đội hình", 45, "đội hình"), Q("khoảng 15.000 suất cơm", 15000, "suất cơm", "approx")],
[D("Quyết định", "126", "QĐ-MTTQ-BTT", "2025-10-10", "Ban Thường trực", "Quyết định số 126/QĐ-MTTQ-BTT ngày 10/10/2025"),
 D("Kế hoạch", "92", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 92-KH/TĐTN")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Gia Sàng"), com("Phan Đình Phùng"), com("Quyết Thắng"), com("Ba Bể"), com("Chợ Đồn"),
 com("Bạch Thông"), com("Đại Từ")],
["Báo và Phát thanh, Truyền hình Thái Nguyên", "Thời sự | Xã hội | Khắc phục hậu quả mưa lũ",
 "Ảnh: Đoàn viên thanh niên dọn bùn tại trường tiểu học phường Gia Sàng.", "Matmo",
 "Thanh niên tình nguyện khắc phục hậu quả mưa lũ", "Trường Đại học Sư phạm", "Lượt xem: 5.230"],
["08:15 | 14/10/2025", "bão số 11", "từ ngày 6 đến 8/10/2025", "năm 2024", "17 giờ ngày 13/10", "bếp ăn 0 đồng",
 "Công điện số 08/CĐ-UBND", "Lượt xem: 5.230"]))

PAGES.append(page("b2931-gialai-moi-mttq-phanbo-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Bạn đang ở: Trang chủ › Tin tức › Công tác cứu trợ
Ngày đăng 28/11/2025 | 16:20
Phân bổ đợt 1 hơn 312 tỷ đồng hỗ trợ nhân dân khắc phục hậu quả bão, lũ
Chiều 27/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị thống nhất phương án phân bổ đợt 1 nguồn kinh phí ủng hộ nhân dân khắc phục hậu quả bão số 13 và đợt lũ đặc biệt lớn giữa tháng 11/2025. Bà Rơ Mah Thơm, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị phân bổ nguồn ủng hộ đợt 1.
Theo báo cáo của ông Trần Quốc Bảo, Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh, bão số 13 và lũ lớn đã làm 29 người chết và mất tích, gần 1.300 căn nhà bị sập đổ hoàn toàn, hơn 41.000 căn nhà bị tốc mái, hư hỏng, chủ yếu tại khu vực phía đông của tỉnh. Đến hết ngày 25/11/2025, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 468,7 tỷ đồng từ Ủy ban Trung ương MTTQ Việt Nam, các tỉnh, thành phố, doanh nghiệp và nhà hảo tâm.
Hội nghị thống nhất phân bổ đợt 1 số tiền hơn 312 tỷ đồng cho 58 xã, phường bị thiệt hại, trong đó hỗ trợ mỗi hộ có nhà bị sập đổ hoàn toàn, bị cuốn trôi 100 triệu đồng để xây dựng lại; nhà hư hỏng nặng từ 50% trở lên 30 triệu đồng; mỗi người chết, mất tích 20 triệu đồng. Việc phân bổ thực hiện theo Quyết định số 245/QĐ-MTTQ-BTT ngày 26/11/2025 và Hướng dẫn 35, 36/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Tại hội nghị, bà Ksor H'Nhuy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, đề nghị ưu tiên phụ nữ đơn thân, hộ có trẻ mồ côi do thiên tai. Ông Đinh Văn Thơ (dân tộc Ba Na), Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, cho biết xã có 143 căn nhà bị sập, nhiều làng vẫn còn bị chia cắt. Ông Nguyễn Hữu Trí, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Đông, phản ánh hơn 90% hộ ngư dân của phường bị hư hỏng tàu thuyền, lồng bè.
Kết luận hội nghị, bà Rơ Mah Thơm yêu cầu các xã, phường chi trả xong trong 10 ngày, công khai danh sách tại nhà văn hóa thôn, làng, tổ dân phố, bảo đảm đúng Nghị định số 93/2021/NĐ-CP của Chính phủ; Ban Công tác Mặt trận tỉnh phối hợp với các tổ chức chính trị - xã hội thành viên giám sát việc chi trả. Số tiền còn lại sẽ được phân bổ đợt 2 sau khi có số liệu rà soát thiệt hại cuối cùng, ưu tiên xây dựng lại nhà ở và khôi phục sinh kế.
Cũng trong chiều 27/11, Ủy ban MTTQ Việt Nam tỉnh tiếp nhận thêm 15 tỷ đồng ủng hộ của Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh và 5.000 thùng nước uống, 3 tấn thuốc thú y của các doanh nghiệp.
Minh Châu
Số lượt truy cập: 1.906.233
Tin cùng chuyên mục
- Thư cảm ơn của Ủy ban MTTQ Việt Nam tỉnh Gia Lai (24/11/2025)
- Mặt trận xã Ia Pa trao 200 suất quà cho hộ bị ngập (21/11/2025)
- Lời kêu gọi ủng hộ nhân dân khắc phục hậu quả mưa lũ (18/11/2025)
""", "2025-11-28", "Phân bổ đợt 1 hơn 312 tỷ đồng hỗ trợ nhân dân khắc phục hậu quả bão, lũ",
E("hoi_nghi", None, "2025-11-27"),
[P("Rơ Mah Thơm", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Bảo", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Nhuy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Thơ", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão"),
 P("Nguyễn Hữu Trí", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Đông")],
[Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("29 người", 29, "người"),
 Q("gần 1.300 căn nhà", 1300, "căn nhà", "approx"), Q("hơn 41.000 căn nhà", 41000, "căn nhà", "over"),
 Q("468,7 tỷ đồng", 468700000000, "đồng"), Q("58 xã, phường", 58, "xã, phường"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("từ 50% trở lên", 50, "%", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("143 căn nhà", 143, "căn nhà"), Q("hơn 90%", 90, "%", "over"), Q("15 tỷ đồng", 15000000000, "đồng"),
 Q("5.000 thùng nước uống", 5000, "thùng nước uống"), Q("3 tấn", 3, "tấn")],
[D("Quyết định", "245", "QĐ-MTTQ-BTT", "2025-11-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 245/QĐ-MTTQ-BTT ngày 26/11/2025"),
 D("Hướng dẫn", "35", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 35, 36/HD-MTTQ-BTT"),
 D("Hướng dẫn", "36", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 35, 36/HD-MTTQ-BTT"),
 D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP")],
[prov("Gia Lai"), prov("Hồ Chí Minh"), com("An Lão"), com("Quy Nhơn Đông")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Bạn đang ở: Trang chủ › Tin tức › Công tác cứu trợ",
 "Quang cảnh hội nghị phân bổ nguồn ủng hộ đợt 1.", "Ban Công tác Mặt trận tỉnh", "Số lượt truy cập: 1.906.233"],
["Ngày đăng 28/11/2025 | 16:20", "đợt 1", "đợt 2", "bão số 13", "tháng 11/2025", "trong 10 ngày", "Số lượt truy cập: 1.906.233"]))

PAGES.append(page("b2932-daklak-moi-mttq-tongket-2025", """
Báo và Phát thanh, Truyền hình Đắk Lắk
Chính trị › Mặt trận - Đoàn thể
16:30 - 14/01/2026
Ảnh: Đồng chí Y Ngọc Niê phát biểu chỉ đạo hội nghị.
Năm 2026, Mặt trận tỉnh tập trung giúp dân vùng lũ ổn định cuộc sống
Sáng 13/1, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tổng kết sau khi hợp nhất tỉnh Đắk Lắk và Phú Yên, đồng thời sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Dự hội nghị có đồng chí Y Ngọc Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và hơn 300 đại biểu tại điểm cầu tỉnh và 102 điểm cầu xã, phường.
Báo cáo cho biết, năm 2025, nổi bật là công tác vận động ủng hộ sau đợt mưa lũ lịch sử cuối tháng 11 ở khu vực phía đông tỉnh (Phú Yên cũ). Mặt trận các cấp đã tiếp nhận hơn 1.120 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 250 tỷ đồng; đã phân bổ 3 đợt với tổng số 865 tỷ đồng, đạt khoảng 77%. Lũ lụt làm 63 người chết, mất tích, hơn 2.100 căn nhà bị sập, trôi, khoảng 130.000 con gia súc, gia cầm bị chết. Đến ngày 10/1/2026, đã xây dựng lại và bàn giao 1.428 căn nhà mới, mỗi căn được hỗ trợ 120 triệu đồng.
Cùng với đó, hoàn thành xóa 4.215 căn nhà tạm, nhà dột nát theo Chương trình hành động số 12-CTr/TU của Tỉnh ủy; hơn 6.000 lượt đoàn viên thanh niên tình nguyện tham gia giúp dân sau lũ.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: H'Luyến Ayun, La O Thị Sương, Nguyễn Văn Hòa lần lượt trình bày các báo cáo chuyên đề. Bà La O Thị Sương (dân tộc Chăm H'roi) cho biết 98,6% hộ nhận hỗ trợ đã ký xác nhận, không có đơn thư khiếu nại về chi trả. Ông Ma Văn Thanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Sông Hinh, kiến nghị hỗ trợ thêm 85 hộ mất đất sản xuất do sạt lở bờ sông.
Phát biểu chỉ đạo, đồng chí Y Ngọc Niê đề nghị năm 2026 Mặt trận các cấp tập trung giám sát việc sử dụng nguồn hỗ trợ, hoàn thành làm nhà cho 672 hộ còn lại trước ngày 30/4/2026; thực hiện tốt Quy định 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của MTTQ Việt Nam và Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về khôi phục sinh kế vùng lũ.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 36 tập thể và 52 cá nhân, trong đó có ông Y Bhiết Mlô, người có uy tín buôn Ea Bar, xã Ea Bar, người đã vận động 40 hộ trong buôn góp 1.600 ngày công làm nhà giúp bà con vùng lũ.
H'Xuân - Tuấn Anh
Lượt xem: 2.114
Tin liên quan
- Bàn giao 200 căn nhà mới cho người dân phường Tuy Hòa (08/01/2026)
- Thư cảm ơn của Ủy ban MTTQ Việt Nam tỉnh (30/12/2025)
- Đắk Lắk: Thiệt hại do mưa lũ ước hơn 5.000 tỷ đồng (28/11/2025)
""", "2026-01-14", "Năm 2026, Mặt trận tỉnh tập trung giúp dân vùng lũ ổn định cuộc sống",
E("tong_ket", "2025", "2026-01-13"),
[P("Y Ngọc Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Luyến Ayun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("La O Thị Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sông Hinh"),
 P("Y Bhiết Mlô", "người có uy tín buôn Ea Bar")],
[Q("hơn 300 đại biểu", 300, "đại biểu", "over"), Q("102 điểm cầu xã, phường", 102, "điểm cầu xã, phường"),
 Q("hơn 1.120 tỷ đồng", 1120000000000, "đồng", "over"), Q("250 tỷ đồng", 250000000000, "đồng"),
 Q("3 đợt", 3, "đợt"), Q("865 tỷ đồng", 865000000000, "đồng"), Q("khoảng 77%", 77, "%", "approx"), Q("63 người", 63, "người"),
 Q("hơn 2.100 căn nhà", 2100, "căn nhà", "over"), Q("khoảng 130.000 con gia súc, gia cầm", 130000, "con gia súc, gia cầm", "approx"),
 Q("1.428 căn nhà mới", 1428, "căn nhà mới"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("4.215 căn nhà tạm, nhà dột nát", 4215, "căn nhà tạm, nhà dột nát"),
 Q("hơn 6.000 lượt đoàn viên thanh niên", 6000, "lượt đoàn viên thanh niên", "over"), Q("98,6%", 98.6, "%"),
 Q("85 hộ", 85, "hộ"), Q("672 hộ", 672, "hộ"), Q("36 tập thể", 36, "tập thể"), Q("52 cá nhân", 52, "cá nhân"),
 Q("40 hộ", 40, "hộ"), Q("1.600 ngày công", 1600, "ngày công")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Sông Hinh"), com("Ea Bar")],
["Báo và Phát thanh, Truyền hình Đắk Lắk", "Chính trị › Mặt trận - Đoàn thể",
 "Ảnh: Đồng chí Y Ngọc Niê phát biểu chỉ đạo hội nghị.", "Phú Yên cũ", "Lượt xem: 2.114"],
["16:30 - 14/01/2026", "năm 2025", "năm 2026", "cuối tháng 11", "trước ngày 30/4/2026", "Lượt xem: 2.114"]))
