from lib import *
PAGES = []

PAGES.append(page("b3671-quangtri-bao4-traoqua-2024", """
Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị
Xã hội › Nhân ái
24/09/2024 06:00
Thượng tọa Thích Quảng Tịnh trao quà cho người dân xã Vĩnh Thái.
Trao 800 suất quà hỗ trợ người dân ven biển bị thiệt hại do bão số 4
Ngày 23/9, Ban Dân vận Tỉnh ủy phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Giáo hạt Quảng Trị trao 800 suất quà cho người dân các xã Vĩnh Thái, Vĩnh Kim, Gio Hải, Triệu Lăng bị thiệt hại do bão số 4 và hoàn lưu bão gây ra. Mỗi suất quà gồm 1 bao gạo 10 kg, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá khoảng 520 triệu đồng.
Tham gia trao quà có đồng chí Hồ Đại Nam, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Thượng tọa Thích Quảng Tịnh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Gioan Baotixita Trần Văn Lực, Quản hạt Quảng Trị; đồng chí Nguyễn Thị Thùy Dung, HUV, Phó Chủ tịch UBND huyện Vĩnh Linh.
Theo báo cáo của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, mưa lớn do hoàn lưu bão số 4 làm 2 người chết, 1.286 ngôi nhà bị ngập, hơn 2.000 ha hoa màu, lúa hè thu muộn bị hư hại, 52 tàu cá bị sóng đánh hư hỏng; tổng thiệt hại ước khoảng 135 tỷ đồng. Tại di tích quốc gia đặc biệt Địa đạo Vịnh Mốc, một số đoạn hầm bị sạt, thấm nước, Ban Quản lý di tích phải tạm dừng đón khách 3 ngày.
Thượng tọa Thích Quảng Tịnh cho biết, ngay sau bão, các chùa trong tỉnh đã vận động Phật tử quyên góp được hơn 900 triệu đồng và 12 tấn gạo. Linh mục Gioan Baotixita Trần Văn Lực cho biết 23 giáo xứ trong giáo hạt đã cử 180 thanh niên giúp bà con dọn dẹp nhà cửa, trường học.
Phát biểu tại buổi trao quà, đồng chí Hồ Đại Nam cảm ơn sự chung tay của chức sắc, tín đồ các tôn giáo, đề nghị các địa phương thực hiện hỗ trợ đúng đối tượng theo Nghị định số 02/2017/NĐ-CP của Chính phủ về cơ chế hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai và Công văn số 4856/UBND-NN ngày 20/9/2024 của UBND tỉnh.
Ông Nguyễn Văn Hường, Chủ tịch UBND xã Vĩnh Thái, cho biết xã có 214 hộ bị thiệt hại, trong đó 9 hộ bị tốc mái hoàn toàn. Bà Lê Thị Mai, thôn Thái Lai, nói: "Nhà tôi ngập gần 1 m, được các thầy, các cha và cán bộ tới tận nơi hỏi thăm, gia đình ấm lòng lắm."
Theo kế hoạch, trong tuần tới Ban Dân vận Tỉnh ủy tiếp tục phối hợp với các tổ chức tôn giáo, Hội Chữ thập đỏ tỉnh khảo sát, hỗ trợ các hộ có nhà bị hư hỏng nặng ở huyện Hải Lăng và huyện đảo Cồn Cỏ, ưu tiên gia đình chính sách, hộ nghèo, người già neo đơn.
Hải Phong
Lượt xem: 1.540
Tin cùng chuyên mục
- Khẩn trương khắc phục hậu quả bão số 4 (21/09/2024)
- Ủy ban MTTQ Việt Nam tỉnh tiếp nhận 2 tỷ đồng ủng hộ Nhân dân các tỉnh phía Bắc (15/09/2024)
- Chùa Tỉnh hội trao học bổng cho học sinh nghèo (05/09/2024)
""", "2024-09-24", "Trao 800 suất quà hỗ trợ người dân ven biển bị thiệt hại do bão số 4",
E("trao_qua", None, "2024-09-23"),
[P("Thích Quảng Tịnh", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Hồ Đại Nam", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Gioan Baotixita Trần Văn Lực", "Linh mục", "Quản hạt Quảng Trị"),
 P("Nguyễn Thị Thùy Dung", "HUV", "Phó Chủ tịch UBND huyện Vĩnh Linh"),
 P("Nguyễn Văn Hường", "Chủ tịch UBND xã Vĩnh Thái"),
 P("Lê Thị Mai")],
[Q("800 suất quà", 800, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx"), Q("2 người", 2, "người"), Q("1.286 ngôi nhà", 1286, "ngôi nhà"),
 Q("hơn 2.000 ha", 2000, "ha", "over"), Q("52 tàu cá", 52, "tàu cá"), Q("khoảng 135 tỷ đồng", 135000000000, "đồng", "approx"),
 Q("hơn 900 triệu đồng", 900000000, "đồng", "over"), Q("12 tấn", 12, "tấn"), Q("23 giáo xứ", 23, "giáo xứ"),
 Q("180 thanh niên", 180, "thanh niên"), Q("214 hộ", 214, "hộ"), Q("9 hộ", 9, "hộ"), Q("gần 1 m", 1, "m", "approx")],
[D("Nghị định", "02", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2017/NĐ-CP"),
 D("Công văn", "4856", "UBND-NN", "2024-09-20", "UBND tỉnh", "Công văn số 4856/UBND-NN ngày 20/9/2024")],
[prov("Quảng Trị"), com("Vĩnh Thái"), com("Vĩnh Kim"), com("Gio Hải"), com("Triệu Lăng")],
["Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị", "Xã hội › Nhân ái", "Thượng tọa Thích Quảng Tịnh trao quà cho người dân xã Vĩnh Thái.",
 "Địa đạo Vịnh Mốc", "Lượt xem: 1.540"],
["24/09/2024 06:00", "bão số 4", "1 bao gạo", "3 ngày", "Lượt xem: 1.540"]))

PAGES.append(page("b3672-hue-hdnd-giamsat-lehoi-2025", """
HĐND THÀNH PHỐ HUẾ
Trang chủ | Hoạt động giám sát | Tin tức
Thứ Năm, 13/11/2025 - 16:00
Giám sát công tác quản lý lễ hội, hoạt động tín ngưỡng tại di tích
Ngày 12/11/2025, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND thành phố Huế do bà Nguyễn Thị Thanh Mai, Thành ủy viên, Trưởng ban Văn hóa - Xã hội HĐND thành phố làm trưởng đoàn đã giám sát chuyên đề về công tác quản lý lễ hội và hoạt động tín ngưỡng tại các di tích trên địa bàn năm 2025, theo Nghị quyết số 47/NQ-HĐND của HĐND thành phố về chương trình giám sát.
Đoàn giám sát làm việc với Trung tâm Bảo tồn Di tích Cố đô Huế.
Đoàn đã làm việc với Sở Văn hóa và Thể thao, Sở Dân tộc và Tôn giáo, Trung tâm Bảo tồn Di tích Cố đô Huế và UBND các phường Phú Xuân, Thuận Hóa, Kim Long. Theo báo cáo, thành phố hiện có 956 di tích đã kiểm kê, trong đó 243 di tích được xếp hạng; năm 2025 có 62 lễ hội truyền thống và tôn giáo được tổ chức, lớn nhất là lễ hội điện Huệ Nam, lễ Phật đản và lễ hội cầu ngư. Lượng khách đến các điểm di tích trong 10 tháng đạt khoảng 3,2 triệu lượt, thu phí tham quan hơn 490 tỷ đồng.
Ông Trần Hữu Thùy Giang, Giám đốc Sở Dân tộc và Tôn giáo, cho biết sở đã phối hợp kiểm tra 28 cơ sở tín ngưỡng, phát hiện và chấn chỉnh 6 trường hợp xem bói, đốt vàng mã quá mức, lợi dụng tín ngưỡng để trục lợi. Việc thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo cơ bản nghiêm túc.
Đại diện các tổ chức tôn giáo, Thượng tọa Thích Minh Thông, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, đề nghị tách bạch hoạt động tôn giáo với hoạt động kinh doanh dịch vụ quanh các chùa có lượng khách đông như chùa Thiên Mụ, chùa Từ Hiếu. Ông Lê Văn Phước, Chủ tịch UBND phường Kim Long, kiến nghị bổ sung 2 biên chế quản lý văn hóa cho phường sau sắp xếp.
Kết luận, bà Nguyễn Thị Thanh Mai đề nghị UBND thành phố hoàn thiện quy chế quản lý lễ hội theo Kế hoạch số 312/KH-UBND ngày 5/8/2025, công khai nguồn thu công đức, tiền giọt dầu tại di tích; đồng thời có giải pháp giảm thiểu tình trạng chèo kéo khách, ăn xin tại lễ hội. Đoàn cũng ghi nhận việc xây dựng mô hình "Phường văn minh quanh di tích" tại phường Phú Xuân.
Cùng tham gia đoàn giám sát có các ông Hoàng Văn Thạch, Lê Hữu Cường - Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố.
Quang Nhật
Lượt xem: 642
Tin liên quan
- Thường trực HĐND thành phố tiếp xúc cử tri phường Thuận An (07/11/2025)
- Kỳ họp thứ 11 HĐND thành phố khóa VIII thông qua 24 nghị quyết (30/10/2025)
- Giám sát chính sách đối với người có uy tín tại A Lưới (15/10/2025)
""", "2025-11-13", "Giám sát công tác quản lý lễ hội, hoạt động tín ngưỡng tại di tích",
E("giam_sat", "2025", "2025-11-12"),
[P("Nguyễn Thị Thanh Mai", "Thành ủy viên", "Trưởng ban Văn hóa - Xã hội HĐND thành phố"),
 P("Trần Hữu Thùy Giang", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Minh Thông", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
 P("Lê Văn Phước", "Chủ tịch UBND phường Kim Long"),
 P("Hoàng Văn Thạch", "Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố"),
 P("Lê Hữu Cường", "Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố")],
[Q("956 di tích", 956, "di tích"), Q("243 di tích", 243, "di tích"), Q("62 lễ hội truyền thống và tôn giáo", 62, "lễ hội truyền thống và tôn giáo"),
 Q("khoảng 3,2 triệu lượt", 3200000, "lượt", "approx"), Q("hơn 490 tỷ đồng", 490000000000, "đồng", "over"),
 Q("28 cơ sở tín ngưỡng", 28, "cơ sở tín ngưỡng"), Q("6 trường hợp", 6, "trường hợp"), Q("2 biên chế quản lý văn hóa", 2, "biên chế quản lý văn hóa")],
[D("Nghị quyết", "47", "NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 47/NQ-HĐND"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Kế hoạch", "312", "KH-UBND", "2025-08-05", None, "Kế hoạch số 312/KH-UBND ngày 5/8/2025")],
[prov("Huế"), com("Phú Xuân"), com("Thuận Hóa"), com("Kim Long")],
["HĐND THÀNH PHỐ HUẾ", "Trang chủ | Hoạt động giám sát | Tin tức", "Đoàn giám sát làm việc với Trung tâm Bảo tồn Di tích Cố đô Huế.",
 "Phường văn minh quanh di tích", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 642"],
["Thứ Năm, 13/11/2025 - 16:00", "năm 2025", "10 tháng", "Lượt xem: 642"]))

PAGES.append(page("b3673-quangtri-phatgiao-daihoi-2025", """
PHẬT GIÁO QUẢNG TRỊ - Trang tin Ban Trị sự GHPGVN tỉnh
Trang nhà / Tin tức / Phật sự
Thứ Ba, 21/10/2025, 20:15
Chư tôn đức chứng minh đại hội. Ảnh: Quảng Nguyên
Đại hội Phật giáo tỉnh Quảng Trị lần đầu tiên sau hợp nhất thành công viên mãn
Trong ngày 20/10/2025, tại chùa Đại Giác (phường Đồng Hới), Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị long trọng tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, đại hội đầu tiên sau khi hợp nhất Giáo hội Phật giáo hai tỉnh Quảng Bình và Quảng Trị. Về dự có 350 đại biểu chính thức là chư tôn đức tăng, ni và cư sĩ Phật tử tiêu biểu.
Chứng minh đại hội có Hòa thượng Thích Thanh Phước, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, và Hòa thượng Thích Minh Tâm, Ủy viên Hội đồng Chứng minh. Về phía tỉnh có đồng chí Phan Phong Phú, Phó Chủ tịch UBND tỉnh; đồng chí Hoàng Thị Thu Hiền, Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Lương Bằng, Giám đốc Sở Dân tộc và Tôn giáo.
Báo cáo tổng kết cho biết, Phật giáo tỉnh hiện có 248 cơ sở tự viện, khoảng 560 tăng ni và hơn 150.000 Phật tử quy y. Nhiệm kỳ qua, các cấp Giáo hội đã làm từ thiện xã hội với tổng trị giá hơn 96 tỷ đồng, trong đó riêng các đợt cứu trợ lũ lụt năm 2020 và bão số 4 năm 2024 hơn 21 tỷ đồng; trùng tu 35 ngôi chùa bị chiến tranh tàn phá, trong đó có các chùa là di tích như chùa Sắc Tứ Tịnh Quang, chùa Hoằng Phúc.
Phát biểu tại đại hội, đồng chí Phan Phong Phú ghi nhận đóng góp của tăng ni, Phật tử trong việc ổn định tổ chức sau sáp nhập, thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; đề nghị Giáo hội tiếp tục đồng hành với phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Đại hội đã suy cử 79 vị vào Ban Trị sự nhiệm kỳ mới. Hòa thượng Thích Tâm Trí được suy cử làm Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị nhiệm kỳ 2025 - 2030; các vị Thượng tọa Thích Quảng Tịnh, Thích Phước Nguyên - Phó Trưởng ban Thường trực; Đại đức Thích Nguyên Hạnh - Chánh Thư ký. Đại hội thông qua chương trình hoạt động với 13 ban chuyên môn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 8 tập thể và 14 cá nhân là tăng ni có thành tích trong công tác cứu trợ.
Quảng Nguyên
Lượt xem: 2.733
Tin khác
- Lễ hợp nhất Ban Trị sự GHPGVN tỉnh Quảng Bình và Quảng Trị (25/07/2025)
- Khóa an cư kiết hạ Phật lịch 2569 (15/06/2025)
- Đại lễ Phật đản tại chùa Đại Giác (12/05/2025)
- Tăng ni, Phật tử Lệ Thủy cứu trợ bà con vùng lũ (20/11/2024)
- Khánh thành chánh điện chùa Sắc Tứ Tịnh Quang (08/10/2024)
""", "2025-10-21", "Đại hội Phật giáo tỉnh Quảng Trị lần đầu tiên sau hợp nhất thành công viên mãn",
E("dai_hoi", None, "2025-10-20"),
[P("Thích Thanh Phước", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam"),
 P("Thích Minh Tâm", "Hòa thượng", "Ủy viên Hội đồng Chứng minh"),
 P("Phan Phong Phú", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Thu Hiền", "Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Lương Bằng", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Tâm Trí", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Quảng Trị nhiệm kỳ 2025 - 2030"),
 P("Thích Quảng Tịnh", "Thượng tọa", "Phó Trưởng ban Thường trực"),
 P("Thích Phước Nguyên", "Thượng tọa", "Phó Trưởng ban Thường trực"),
 P("Thích Nguyên Hạnh", "Đại đức", "Chánh Thư ký")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("248 cơ sở tự viện", 248, "cơ sở tự viện"),
 Q("khoảng 560 tăng ni", 560, "tăng ni", "approx"), Q("hơn 150.000 Phật tử", 150000, "Phật tử", "over"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("35 ngôi chùa", 35, "ngôi chùa"), Q("79 vị", 79, "vị"), Q("13 ban chuyên môn", 13, "ban chuyên môn"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Đồng Hới")],
["PHẬT GIÁO QUẢNG TRỊ - Trang tin Ban Trị sự GHPGVN tỉnh", "Trang nhà / Tin tức / Phật sự", "Chư tôn đức chứng minh đại hội. Ảnh: Quảng Nguyên",
 "chùa Đại Giác", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 2.733"],
["Thứ Ba, 21/10/2025, 20:15", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2020", "bão số 4 năm 2024", "Lượt xem: 2.733"]))

PAGES.append(page("b3674-hue-dantoc-tongiao-tongket-2025", """
Hôm nay: Thứ Sáu, 02/01/2026
SỞ DÂN TỘC VÀ TÔN GIÁO THÀNH PHỐ HUẾ
Trang chủ › Tin tức › Hoạt động của Sở
Ngày đăng 30/12/2025 | 16:20
Phát huy nguồn lực các tôn giáo trong xây dựng Huế trở thành thành phố di sản
Chiều 29/12, Sở Dân tộc và Tôn giáo phối hợp với Ban Tuyên giáo và Dân vận Thành ủy tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Trần Thị Hoài Thu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Phan Quý Phương, Phó Chủ tịch UBND thành phố.
Toàn cảnh hội nghị tổng kết.
Năm đầu tiên Huế trở thành thành phố trực thuộc Trung ương và vận hành chính quyền địa phương hai cấp, tình hình tôn giáo trên địa bàn cơ bản ổn định. Thành phố có 6 tôn giáo với khoảng 720.000 tín đồ; trong năm, các tổ chức tôn giáo đóng góp hơn 45 tỷ đồng cho công tác an sinh xã hội, tham gia xóa 312 căn nhà tạm, nhà dột nát. Sở đã tham mưu UBND thành phố ban hành Quyết định số 1205/QĐ-UBND về kiện toàn Ban Chỉ đạo công tác tôn giáo và Kế hoạch số 96/KH-UBND triển khai Nghị định số 95/2023/NĐ-CP.
Vùng đồng bào dân tộc thiểu số tại các xã A Lưới 1 đến A Lưới 5, Khe Tre, Long Quảng có nhiều chuyển biến: tỷ lệ hộ nghèo giảm còn 11,3%; 168 người có uy tín được cập nhật thông tin, tặng quà dịp lễ, Tết theo Quyết định số 12/2018/QĐ-TTg. Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ giải ngân đạt 92%.
Tại hội nghị, ông Quỳnh Thanh Hải, Chủ tịch UBND xã A Lưới 2, chia sẻ cách vận động đồng bào Tà Ôi tham gia giữ gìn nghề dệt Dèng; Linh mục Đaminh Nguyễn Văn Lợi, Tổng Đại diện Tổng Giáo phận Huế, cho biết các giáo xứ đã mở 9 lớp kỹ năng sống cho thanh thiếu niên. Bà Alăng Thị Bhriu, người có uy tín thôn A Ka 1, đề nghị tiếp tục hỗ trợ cây, con giống cho bà con Cơ Tu.
Phát biểu kết luận, đồng chí Phan Quý Phương đề nghị năm 2026 ngành tập trung thực hiện Kết luận 218-KL/TW của Bộ Chính trị về công tác dân tộc và Chỉ thị 45, 46-CT/TU của Ban Thường vụ Thành ủy; chuẩn bị chu đáo Đại lễ Phật đản và lễ hội điện Huệ Nam; phối hợp với Trung tâm Bảo tồn Di tích Cố đô Huế quản lý tốt hoạt động tín ngưỡng tại di tích.
Dịp này, Chủ tịch UBND thành phố tặng bằng khen cho 10 tập thể và 17 cá nhân. Ông Hồ Văn Thàm, nguyên Phó Trưởng phòng Dân tộc huyện A Lưới, được bổ nhiệm làm Phó Giám đốc Sở Dân tộc và Tôn giáo từ ngày 1/12/2025.
Ngọc Hà
Lượt xem: 1.107
Xem thêm
- Thăm, chúc mừng Giáng sinh Tòa Tổng Giám mục Huế (23/12/2025)
- Hội nghị người có uy tín tiêu biểu năm 2025 (05/12/2025)
- Hướng dẫn thủ tục hành chính về tín ngưỡng, tôn giáo sau sắp xếp (20/11/2025)
""", "2025-12-30", "Phát huy nguồn lực các tôn giáo trong xây dựng Huế trở thành thành phố di sản",
E("tong_ket", "2025", "2025-12-29"),
[P("Trần Thị Hoài Thu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phan Quý Phương", "Phó Chủ tịch UBND thành phố"),
 P("Quỳnh Thanh Hải", "Chủ tịch UBND xã A Lưới 2"),
 P("Đaminh Nguyễn Văn Lợi", "Linh mục", "Tổng Đại diện Tổng Giáo phận Huế"),
 P("Alăng Thị Bhriu", "người có uy tín thôn A Ka 1"),
 P("Hồ Văn Thàm", "nguyên Phó Trưởng phòng Dân tộc huyện A Lưới", "Phó Giám đốc Sở Dân tộc và Tôn giáo")],
[Q("6 tôn giáo", 6, "tôn giáo"), Q("khoảng 720.000 tín đồ", 720000, "tín đồ", "approx"), Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"),
 Q("312 căn nhà tạm, nhà dột nát", 312, "căn nhà tạm, nhà dột nát"), Q("11,3%", 11.3, "%"), Q("168 người có uy tín", 168, "người có uy tín"),
 Q("92%", 92, "%"), Q("9 lớp kỹ năng sống", 9, "lớp kỹ năng sống"), Q("10 tập thể", 10, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quyết định", "1205", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 1205/QĐ-UBND"),
 D("Kế hoạch", "96", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 96/KH-UBND"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Kết luận", "218", "KL/TW", None, "Bộ Chính trị", "Kết luận 218-KL/TW"),
 D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Chỉ thị", "46", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 45, 46-CT/TU")],
[prov("Huế"), com("A Lưới 1"), com("A Lưới 5"), com("Khe Tre"), com("Long Quảng"), com("A Lưới 2")],
["Hôm nay: Thứ Sáu, 02/01/2026", "SỞ DÂN TỘC VÀ TÔN GIÁO THÀNH PHỐ HUẾ", "Trang chủ › Tin tức › Hoạt động của Sở", "Toàn cảnh hội nghị tổng kết.",
 "Trung tâm Bảo tồn Di tích Cố đô Huế", "Lượt xem: 1.107"],
["Ngày đăng 30/12/2025 | 16:20", "năm 2025", "năm 2026", "hai cấp", "1/12/2025", "Lượt xem: 1.107"]))

PAGES.append(page("b3675-quangtri-thamchuctet-tongiao-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Hoạt động lãnh đạo tỉnh
Thứ Ba, 10/02/2026 - 18:30
Đồng chí Trần Quang Hiếu thăm, chúc Tết tại Trung tâm Hành hương Đức Mẹ La Vang.
Lãnh đạo tỉnh thăm, chúc Tết các cơ sở tôn giáo nhân dịp Xuân Bính Ngọ
Ngày 9/2/2026, đoàn công tác của tỉnh Quảng Trị do đồng chí Trần Quang Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trung tâm Hành hương Đức Mẹ La Vang, Giáo hạt Đồng Hới và Chi hội Tin lành Đông Hà. Cùng đi có đồng chí Lê Thị Kim Oanh, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Hữu Tài, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Tại chùa Tỉnh hội (phường Đông Hà), đồng chí Trần Quang Hiếu gửi lời chúc mừng năm mới đến Hòa thượng Thích Tâm Trí, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và chư tôn đức tăng, ni. Đồng chí ghi nhận năm 2025, dù vừa hợp nhất tổ chức, Phật giáo tỉnh đã đóng góp hơn 30 tỷ đồng cho các hoạt động từ thiện, cùng chính quyền hỗ trợ xây mới 154 căn nhà cho hộ nghèo trong phong trào xóa nhà tạm, nhà dột nát.
Tại Trung tâm Hành hương Đức Mẹ La Vang (xã Hải Lăng), đoàn được Linh mục Phanxicô Lê Hữu Tâm, Quản nhiệm Trung tâm, đón tiếp. Linh mục cho biết năm qua Trung tâm đón khoảng 1,2 triệu lượt khách hành hương, tổ chức thành công Đại hội Hành hương lần thứ 33 và tiếp tục hoàn thiện hạng mục Vương cung thánh đường. Đồng chí Trần Quang Hiếu đề nghị Trung tâm phối hợp với chính quyền xã Hải Lăng bảo đảm an ninh, trật tự, vệ sinh môi trường trong mùa hành hương.
Tại Tòa Quản hạt Đồng Hới (phường Đồng Hới), Linh mục Giuse Hoàng Ngọc Anh, Quản hạt Đồng Hới, bày tỏ vui mừng vì các kiến nghị về đất đai của 3 giáo xứ đã được giải quyết theo Kết luận số 15-KL/TU của Ban Thường vụ Tỉnh ủy. Tại Chi hội Tin lành Đông Hà, Mục sư Y Sơn Niê, Quản nhiệm Chi hội, cảm ơn chính quyền đã tạo điều kiện cho 2 điểm nhóm của đồng bào Vân Kiều ở xã Lìa được đăng ký sinh hoạt tôn giáo tập trung.
Thay mặt lãnh đạo tỉnh, đồng chí Trần Quang Hiếu chúc chức sắc, chức việc và đồng bào các tôn giáo đón Tết vui tươi, an toàn; mong các tôn giáo tiếp tục đồng hành cùng chính quyền thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, và Kế hoạch số 08-KH/TU về công tác tôn giáo năm 2026.
Thúy Hằng
Lượt xem: 2.019
Tin liên quan
- Bí thư Tỉnh ủy thăm, tặng quà gia đình chính sách dịp Tết (06/02/2026)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (30/01/2026)
- Mừng Chúa Giáng sinh an lành tại Thánh địa La Vang (25/12/2025)
""", "2026-02-10", "Lãnh đạo tỉnh thăm, chúc Tết các cơ sở tôn giáo nhân dịp Xuân Bính Ngọ",
E("khac", None, "2026-02-09"),
[P("Trần Quang Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Kim Oanh", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tài", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Tâm Trí", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phanxicô Lê Hữu Tâm", "Linh mục", "Quản nhiệm Trung tâm"),
 P("Giuse Hoàng Ngọc Anh", "Linh mục", "Quản hạt Đồng Hới"),
 P("Y Sơn Niê", "Mục sư", "Quản nhiệm Chi hội")],
[Q("hơn 30 tỷ đồng", 30000000000, "đồng", "over"), Q("154 căn nhà", 154, "căn nhà"),
 Q("khoảng 1,2 triệu lượt khách hành hương", 1200000, "lượt khách hành hương", "approx"), Q("3 giáo xứ", 3, "giáo xứ"),
 Q("2 điểm nhóm", 2, "điểm nhóm")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 15-KL/TU"),
 D("Kế hoạch", "08", "KH/TU", None, None, "Kế hoạch số 08-KH/TU")],
[prov("Quảng Trị"), com("Đông Hà"), com("Hải Lăng"), com("Đồng Hới"), com("Lìa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Trang chủ > Tin tức - Sự kiện > Hoạt động lãnh đạo tỉnh",
 "Đồng chí Trần Quang Hiếu thăm, chúc Tết tại Trung tâm Hành hương Đức Mẹ La Vang.", "Xuân Bính Ngọ", "Vương cung thánh đường", "Lượt xem: 2.019"],
["Thứ Ba, 10/02/2026 - 18:30", "năm 2025", "lần thứ 33", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2026", "Lượt xem: 2.019"]))

PAGES.append(page("b3676-hue-gapmat-nguoicouytin-2026", """
Báo Huế điện tử
Chính trị > Dân tộc - Tôn giáo
12/03/2026 - 10:15
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Người có uy tín, chức sắc tôn giáo là cầu nối giữa cấp ủy, chính quyền với Nhân dân
Ngày 11/3, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố Huế tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số và chức sắc, chức việc các tôn giáo năm 2026. Tham dự có 220 đại biểu, trong đó 96 người có uy tín đến từ các xã miền núi và 74 vị chức sắc Phật giáo, Công giáo, Tin lành, Cao Đài.
Dự và chủ trì có đồng chí Lê Văn Hòa, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; các đồng chí Phó Chủ tịch UBND thành phố: Phan Quý Phương, Hoàng Hải Minh; đồng chí Trần Thị Hoài Thu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Báo cáo tại hội nghị cho biết, năm 2025, người có uy tín đã vận động đồng bào hiến hơn 15.000 m2 đất làm đường, trường học; tham gia hòa giải thành 27 vụ việc mâu thuẫn trong cộng đồng; phát hiện, báo cáo 4 trường hợp tuyên truyền đạo trái pháp luật. Các tổ chức tôn giáo duy trì 38 bếp ăn từ thiện và 11 lớp học tình thương, đóng góp khoảng 40 tỷ đồng cho an sinh xã hội.
Nhiều ý kiến tâm huyết được nêu tại hội nghị. Ông Kray Xuân Hùng, người có uy tín thôn Pa Ring, xã A Lưới 3, đề nghị thành phố ưu tiên vốn làm đường giao thông đến các khu sản xuất. Hòa thượng Thích Hải Ấn, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế, kiến nghị sớm ban hành quy định về hoạt động tham quan tại các chùa là di tích. Linh mục Giuse Trần Văn Lộc, Chánh xứ giáo xứ Phủ Cam, mong thành phố hỗ trợ trùng tu tháp chuông nhà thờ đã xuống cấp.
Phát biểu tại hội nghị, đồng chí Lê Văn Hòa ghi nhận những đóng góp của người có uy tín và chức sắc các tôn giáo; đề nghị tiếp tục vận động Nhân dân thực hiện tốt Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII, Kế hoạch 12, 13-KH/TU của Ban Thường vụ Thành ủy về xây dựng Huế trở thành thành phố di sản, văn hóa, sinh thái, cảnh quan, thân thiện môi trường và đặc trưng của Việt Nam.
Dịp này, UBND thành phố tặng bằng khen cho 20 người có uy tín tiêu biểu và 10 chức sắc tôn giáo có nhiều đóng góp; mỗi người được tặng kèm 2 triệu đồng tiền thưởng.
Trước hội nghị, các đại biểu đã dâng hương tại Đài tưởng niệm liệt sĩ thành phố và tham quan Đại Nội Huế.
Đình Hoàng
Lượt xem: 1.630
Tin khác
- Khai mạc Lễ hội điện Huệ Nam năm 2026 (09/03/2026)
- Thăm, chúc Tết các cơ sở tôn giáo nhân dịp Xuân Bính Ngọ (11/02/2026)
- Tổng kết công tác dân tộc, tôn giáo năm 2025 (30/12/2025)
""", "2026-03-12", "Người có uy tín, chức sắc tôn giáo là cầu nối giữa cấp ủy, chính quyền với Nhân dân",
E("hoi_nghi", "2026", "2026-03-11"),
[P("Lê Văn Hòa", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Phan Quý Phương", "Phó Chủ tịch UBND thành phố"),
 P("Hoàng Hải Minh", "Phó Chủ tịch UBND thành phố"),
 P("Trần Thị Hoài Thu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Kray Xuân Hùng", "người có uy tín thôn Pa Ring"),
 P("Thích Hải Ấn", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố Huế"),
 P("Giuse Trần Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Phủ Cam")],
[Q("220 đại biểu", 220, "đại biểu"), Q("96 người có uy tín", 96, "người có uy tín"), Q("74 vị chức sắc", 74, "vị chức sắc"),
 Q("hơn 15.000 m2", 15000, "m2", "over"), Q("27 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"), Q("4 trường hợp", 4, "trường hợp"),
 Q("38 bếp ăn từ thiện", 38, "bếp ăn từ thiện"), Q("11 lớp học tình thương", 11, "lớp học tình thương"),
 Q("khoảng 40 tỷ đồng", 40000000000, "đồng", "approx"), Q("20 người có uy tín", 20, "người có uy tín"),
 Q("10 chức sắc tôn giáo", 10, "chức sắc tôn giáo"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 12, 13-KH/TU")],
[prov("Huế"), com("A Lưới 3")],
["Báo Huế điện tử", "Chính trị > Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị chụp ảnh lưu niệm.", "Lượt xem: 1.630"],
["12/03/2026 - 10:15", "năm 2026", "năm 2025", "lần thứ XVII", "Lượt xem: 1.630"]))
