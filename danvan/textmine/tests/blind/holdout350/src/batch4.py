from lib import *
PAGES = []

PAGES.append(page("b8375-thanhhoa-chuthapdo-taphuan-2025", """
HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA
Trang chủ » Tin hoạt động » Phòng ngừa và ứng phó thảm họa
Ngày đăng 18/04/2025 | 16:20
Nga Sơn: Tập huấn ứng phó thảm họa dựa vào cộng đồng cho các xã ven biển
Trong 2 ngày 16 - 17/4/2025, Hội Chữ thập đỏ tỉnh Thanh Hóa phối hợp với UBND huyện Nga Sơn tổ chức lớp tập huấn "Quản lý rủi ro thiên tai dựa vào cộng đồng" năm 2025 cho 85 học viên là cán bộ hội, trưởng thôn, tình nguyện viên của 6 xã ven biển Nga Thủy, Nga Tân, Nga Tiến, Nga Điền, Nga Phú và Nga Bạch.
Học viên thực hành vẽ bản đồ rủi ro thiên tai của thôn.
Khai mạc lớp học, bà Lê Thị Hoài Thu, Ủy viên Ban Thường vụ, Trưởng ban Công tác xã hội Hội Chữ thập đỏ tỉnh cho biết: Nga Sơn có hơn 10 km bờ biển và nhiều cửa lạch, mỗi năm chịu ảnh hưởng trung bình 2 - 3 cơn bão và triều cường. Năm 2024, bão số 3 đã làm 1.318 ngôi nhà trong huyện bị tốc mái, 4 tàu cá bị chìm; gần 2.900 hộ dân phải sơ tán khẩn cấp.
Lớp tập huấn nằm trong khuôn khổ dự án "Tăng cường khả năng chống chịu của cộng đồng ven biển" do Hội Chữ thập đỏ Việt Nam tài trợ với tổng kinh phí khoảng 3,6 tỷ đồng, thực hiện tại 12 xã của tỉnh trong giai đoạn 2025 - 2027, theo Kế hoạch số 19/KH-CTĐ ngày 3/3/2025 của Ban Thường vụ Hội Chữ thập đỏ tỉnh. Các học viên được hướng dẫn đánh giá tình trạng dễ bị tổn thương và năng lực của cộng đồng, lập bản đồ rủi ro, xây dựng kế hoạch sơ tán của thôn, sơ cứu ban đầu, tìm kiếm cứu nạn trên nước.
Giảng viên Phạm Văn Cường, Phó Chánh Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh giới thiệu những điểm mới của Luật Phòng thủ dân sự và Nghị định số 66/2021/NĐ-CP của Chính phủ hướng dẫn Luật Phòng, chống thiên tai; lưu ý việc cưỡng chế sơ tán khi có cấp độ rủi ro thiên tai từ cấp 4 trở lên.
Anh Mai Văn Khoa, Đội trưởng Đội Thanh niên xung kích xã Nga Tân, chia sẻ: "Qua lớp học, chúng tôi biết cách lập danh sách hộ cần ưu tiên sơ tán, phân công người phụ trách từng nhóm. Thôn tôi có 37 người cao tuổi sống một mình, cần được đưa đi trước".
Kết thúc tập huấn, Hội Chữ thập đỏ tỉnh trao tặng cho các xã 6 bộ dụng cụ cứu hộ, 120 áo phao, 30 phao tròn và 6 túi sơ cứu. Ông Mai Xuân Thành, Phó Chủ tịch UBND huyện Nga Sơn, đề nghị các học viên về tổ chức diễn tập sơ tán ở các thôn trước mùa mưa bão, bảo đảm 100% hộ dân vùng ven biển biết điểm tránh trú của mình.
Lê Hương
Tin liên quan
- Hội Chữ thập đỏ tỉnh trao 50 nhà nhân đạo cho hộ nghèo vùng bão (20/01/2025)
- Nga Sơn khắc phục hậu quả bão số 3 (12/09/2024)
- Ra mắt đội ứng phó thảm họa cấp xã (25/06/2024)
- Hậu Lộc: Diễn tập sơ tán dân vùng ven biển (10/06/2024)
- Tình nguyện viên chữ thập đỏ với mùa mưa bão (02/05/2024)
""", "2025-04-18", "Nga Sơn: Tập huấn ứng phó thảm họa dựa vào cộng đồng cho các xã ven biển",
E("tap_huan", "2025", "2025-04-16"),
[P("Lê Thị Hoài Thu", "Ủy viên Ban Thường vụ", "Trưởng ban Công tác xã hội Hội Chữ thập đỏ tỉnh"),
 P("Phạm Văn Cường", "Giảng viên", "Phó Chánh Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"),
 P("Mai Văn Khoa", "Đội trưởng Đội Thanh niên xung kích xã Nga Tân"),
 P("Mai Xuân Thành", "Phó Chủ tịch UBND huyện Nga Sơn")],
[Q("85 học viên", 85, "học viên"), Q("6 xã ven biển", 6, "xã ven biển"), Q("hơn 10 km", 10, "km", "over"),
 Q("2 - 3 cơn bão", 2, "cơn bão"), Q("3 cơn bão", 3, "cơn bão"), Q("1.318 ngôi nhà", 1318, "ngôi nhà"), Q("4 tàu cá", 4, "tàu cá"),
 Q("gần 2.900 hộ dân", 2900, "hộ dân", "approx"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("12 xã", 12, "xã"),
 Q("37 người cao tuổi", 37, "người cao tuổi"), Q("6 bộ dụng cụ cứu hộ", 6, "bộ dụng cụ cứu hộ"), Q("120 áo phao", 120, "áo phao"),
 Q("30 phao tròn", 30, "phao tròn"), Q("6 túi sơ cứu", 6, "túi sơ cứu"), Q("100%", 100, "%")],
[D("Kế hoạch", "19", "KH-CTĐ", "2025-03-03", "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 19/KH-CTĐ ngày 3/3/2025"),
 D("Nghị định", "66", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2021/NĐ-CP")],
[prov("Thanh Hóa"), com("Nga Thủy"), com("Nga Tân"), com("Nga Tiến"), com("Nga Điền"), com("Nga Phú"), com("Nga Bạch")],
["HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA", "Trang chủ » Tin hoạt động » Phòng ngừa và ứng phó thảm họa",
 "Học viên thực hành vẽ bản đồ rủi ro thiên tai của thôn.", "Quản lý rủi ro thiên tai dựa vào cộng đồng",
 "Tăng cường khả năng chống chịu của cộng đồng ven biển", "Luật Phòng thủ dân sự", "Luật Phòng, chống thiên tai"],
["Ngày đăng 18/04/2025 | 16:20", "2 ngày", "năm 2025", "Năm 2024", "bão số 3", "giai đoạn 2025 - 2027", "cấp 4"]))

PAGES.append(page("b8376-nghean-bao10-khacphuc-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NGHỆ AN
Thời sự › Xã hội
Thứ Năm, 02/10/2025 - 19:30
Nghệ An: Dồn sức giúp dân vùng bão số 10 sớm ổn định cuộc sống
Sau 4 ngày bão số 10 quét qua, các xã ven biển và miền núi của tỉnh Nghệ An đang khẩn trương khắc phục hậu quả. Lực lượng quân đội, công an, đoàn viên thanh niên cùng người dân tập trung dọn dẹp cây đổ, lợp lại mái nhà, khôi phục điện, nước sinh hoạt.
Bộ đội giúp người dân xã Quỳnh Phú lợp lại mái nhà sau bão.
Theo báo cáo của Bộ Chỉ huy Quân sự tỉnh, trước khi bão đổ bộ, các xã, phường đã sơ tán 9.415 hộ với 28.760 người ra khỏi khu vực nguy hiểm; hướng dẫn 3.240 phương tiện với gần 12.000 lao động vào nơi tránh trú. Bão đã làm 3 người chết, 21 người bị thương; hơn 36.500 ngôi nhà bị tốc mái, hư hỏng, trong đó 214 nhà bị sập hoàn toàn; khoảng 4.600 ha lúa, hoa màu bị đổ gãy. Thiệt hại ước tính ban đầu hơn 2.100 tỷ đồng.
Tại xã Quỳnh Phú, hơn 200 cán bộ, chiến sĩ Sư đoàn 324 đã giúp dân lợp lại 146 mái nhà chỉ trong 3 ngày. Ông Hồ Xuân Tài, Bí thư Đảng ủy xã Quỳnh Phú cho biết, xã có 1.870 nhà bị tốc mái, nhiều nhất tỉnh. Xã đã ưu tiên hỗ trợ tấm lợp cho 63 hộ nghèo, hộ cận nghèo, mỗi hộ 5 triệu đồng từ nguồn Quỹ Cứu trợ của xã.
Ở miền núi, mưa lớn sau bão gây sạt lở tại xã Mường Xén và xã Keng Đu. Ông Xồng Bá Lầu, Chủ tịch UBND xã Keng Đu, người dân tộc Mông, cho biết xã phải di dời khẩn cấp 38 hộ ở bản Xốp Thạch đến ở tạm tại trường tiểu học, đồng thời đề nghị tỉnh sớm bố trí đất tái định cư.
UBND tỉnh đã ban hành Quyết định số 3021/QĐ-UBND ngày 30/9/2025 hỗ trợ khẩn cấp 45 tỷ đồng cho các địa phương; xuất 500 tấn gạo dự trữ cứu trợ cho người dân. Theo ông Hoàng Phú Hiệp, Phó Chủ tịch UBND tỉnh, tỉnh sẽ áp dụng mức hỗ trợ theo Nghị định số 09/2025/NĐ-CP của Chính phủ: hộ có nhà bị sập đổ hoàn toàn được hỗ trợ 40 triệu đồng/hộ, nhà hư hỏng trên 70% được hỗ trợ 20 triệu đồng/hộ.
Ủy ban MTTQ Việt Nam tỉnh đã phát động ủng hộ đồng bào bị thiệt hại do bão số 10; đến chiều 1/10, đã tiếp nhận hơn 14 tỷ đồng. Bà Võ Thị Minh Sen, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh yêu cầu Mặt trận các xã, phường công khai danh sách, phân bổ kịp thời, đúng đối tượng, không để người dân nào bị đói, rét.
Dự kiến đến ngày 10/10, các trường học bị hư hỏng sẽ được sửa chữa để học sinh đi học trở lại.
Nhóm PV
Tin liên quan
- Nghệ An sơ tán gần 10.000 hộ dân trước bão số 10 (28/09/2025)
- Bão số 10 đổ bộ, nhiều tuyến đường bị chia cắt (29/09/2025)
- Thủ tướng kiểm tra công tác khắc phục hậu quả bão tại Nghệ An (30/09/2025)
""", "2025-10-02", "Nghệ An: Dồn sức giúp dân vùng bão số 10 sớm ổn định cuộc sống",
E("khac", None, None),
[P("Hồ Xuân Tài", "Bí thư Đảng ủy xã Quỳnh Phú"),
 P("Xồng Bá Lầu", "Chủ tịch UBND xã Keng Đu"),
 P("Hoàng Phú Hiệp", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Thị Minh Sen", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("9.415 hộ", 9415, "hộ"), Q("28.760 người", 28760, "người"), Q("3.240 phương tiện", 3240, "phương tiện"),
 Q("gần 12.000 lao động", 12000, "lao động", "approx"), Q("3 người", 3, "người"), Q("21 người", 21, "người"),
 Q("hơn 36.500 ngôi nhà", 36500, "ngôi nhà", "over"), Q("214 nhà", 214, "nhà"), Q("khoảng 4.600 ha", 4600, "ha", "approx"),
 Q("hơn 2.100 tỷ đồng", 2100000000000, "đồng", "over"), Q("hơn 200 cán bộ, chiến sĩ", 200, "cán bộ, chiến sĩ", "over"),
 Q("146 mái nhà", 146, "mái nhà"), Q("1.870 nhà", 1870, "nhà"), Q("63 hộ nghèo, hộ cận nghèo", 63, "hộ nghèo, hộ cận nghèo"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("45 tỷ đồng", 45000000000, "đồng"), Q("500 tấn", 500, "tấn"),
 Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("trên 70%", 70, "%", "over"), Q("20 triệu đồng/hộ", 20000000, "đồng"),
 Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over")],
[D("Quyết định", "3021", "QĐ-UBND", "2025-09-30", "UBND tỉnh", "Quyết định số 3021/QĐ-UBND ngày 30/9/2025"),
 D("Nghị định", "09", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 09/2025/NĐ-CP")],
[prov("Nghệ An"), com("Quỳnh Phú"), com("Mường Xén"), com("Keng Đu")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NGHỆ AN", "Thời sự › Xã hội", "Bộ đội giúp người dân xã Quỳnh Phú lợp lại mái nhà sau bão.",
 "Sư đoàn 324", "Quỹ Cứu trợ của xã", "Xốp Thạch"],
["Thứ Năm, 02/10/2025 - 19:30", "4 ngày", "bão số 10", "Sư đoàn 324", "3 ngày"]))

PAGES.append(page("b8377-quangtri-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ / Giám sát - Phản biện xã hội / Tin giám sát
14/11/2025 - 15:45 (GMT+7)
Mặt trận tỉnh giám sát việc hỗ trợ người dân khắc phục hậu quả lũ lụt tại xã Lệ Ninh, Tân Mỹ
Từ ngày 11 đến 13/11/2025, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do ông Trần Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, phân bổ tiền, hàng cứu trợ và chính sách hỗ trợ người dân bị thiệt hại do đợt lũ cuối tháng 10/2025 tại xã Lệ Ninh và xã Tân Mỹ.
Đoàn giám sát làm việc với Đảng ủy, UBND xã Tân Mỹ.
Đợt giám sát nằm trong chương trình giám sát năm 2025, thực hiện theo Kế hoạch số 35/KH-MTTQ-BTT ngày 6/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có đại diện các đoàn thể chính trị - xã hội, Sở Tài chính, Sở Nông nghiệp và Môi trường. Cùng đi có bà Hồ Thị Minh Phương, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật.
Theo báo cáo của UBND xã Lệ Ninh, lũ lên nhanh trong đêm 28/10 đã làm 4.612 nhà bị ngập, trong đó 1.304 nhà ngập sâu trên 2 m; 1 người chết; khoảng 2.300 con gia súc và 41.000 con gia cầm bị chết, cuốn trôi. Xã đã sơ tán 1.946 hộ với 6.115 nhân khẩu đến các điểm an toàn. Sau lũ, xã đã tiếp nhận hơn 6,8 tỷ đồng và 52 tấn hàng hóa từ các tổ chức, cá nhân; đã phân bổ 5,9 tỷ đồng, đạt 86,7%.
Theo các Quyết định số 2415, 2416/QĐ-UBND ngày 5/11/2025 của UBND tỉnh, mỗi hộ có nhà bị ngập sâu được hỗ trợ 3 triệu đồng, hộ nghèo, hộ cận nghèo được hỗ trợ thêm 2 triệu đồng. Qua giám sát, đoàn ghi nhận việc bình xét cơ bản đúng quy trình, có sự tham gia của Ban công tác Mặt trận thôn; tuy nhiên tại xã Tân Mỹ còn 23 hộ bị bỏ sót, một số thôn chưa niêm yết công khai danh sách.
Ông Đinh Văn Khởi, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Mỹ tiếp thu, cho biết xã sẽ bổ sung ngay các hộ bị bỏ sót và công khai danh sách tại 12 thôn trong tuần tới. Bà Hồ Thị Bông, Trưởng Ban công tác Mặt trận bản Bạch Đàn, người dân tộc Bru - Vân Kiều, phản ánh bà con mong được hỗ trợ giống ngô, giống lạc để kịp gieo trồng vụ Đông.
Kết luận đợt giám sát, ông Trần Văn Lợi đề nghị UBND các xã hoàn thành chi trả trước ngày 30/11/2025; phối hợp với Mặt trận cùng cấp thành lập tổ giám sát cộng đồng ở từng thôn; kiên quyết xử lý nếu phát hiện trục lợi chính sách. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh.
Hải Yến
Tin liên quan
- Quảng Trị: Hơn 20.000 nhà dân bị ngập do lũ (29/10/2025)
- Mặt trận tỉnh tiếp nhận 25 tỷ đồng ủng hộ đồng bào vùng lũ (05/11/2025)
- Xã Kim Ngân khẩn trương khắc phục sạt lở (02/11/2025)
""", "2025-11-14", "Mặt trận tỉnh giám sát việc hỗ trợ người dân khắc phục hậu quả lũ lụt tại xã Lệ Ninh, Tân Mỹ",
E("giam_sat", "2025", "2025-11-11"),
[P("Trần Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Thị Minh Phương", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Đinh Văn Khởi", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tân Mỹ"),
 P("Hồ Thị Bông", "Trưởng Ban công tác Mặt trận bản Bạch Đàn")],
[Q("4.612 nhà", 4612, "nhà"), Q("1.304 nhà", 1304, "nhà"), Q("trên 2 m", 2, "m", "over"), Q("1 người", 1, "người"),
 Q("khoảng 2.300 con gia súc", 2300, "con gia súc", "approx"), Q("41.000 con gia cầm", 41000, "con gia cầm"),
 Q("1.946 hộ", 1946, "hộ"), Q("6.115 nhân khẩu", 6115, "nhân khẩu"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("52 tấn", 52, "tấn"), Q("5,9 tỷ đồng", 5900000000, "đồng"), Q("86,7%", 86.7, "%"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("23 hộ", 23, "hộ"), Q("12 thôn", 12, "thôn")],
[D("Kế hoạch", "35", "KH-MTTQ-BTT", "2025-11-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT ngày 6/11/2025"),
 D("Quyết định", "2415", "QĐ-UBND", "2025-11-05", "UBND tỉnh", "Quyết định số 2415, 2416/QĐ-UBND ngày 5/11/2025"),
 D("Quyết định", "2416", "QĐ-UBND", "2025-11-05", "UBND tỉnh", "Quyết định số 2415, 2416/QĐ-UBND ngày 5/11/2025")],
[prov("Quảng Trị"), com("Lệ Ninh"), com("Tân Mỹ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ / Giám sát - Phản biện xã hội / Tin giám sát",
 "Đoàn giám sát làm việc với Đảng ủy, UBND xã Tân Mỹ.", "Bạch Đàn"],
["14/11/2025 - 15:45 (GMT+7)", "Từ ngày 11 đến 13/11/2025", "tháng 10/2025", "năm 2025", "đêm 28/10", "tuần tới"]))

PAGES.append(page("b8378-hue-phongquang-doithoai-2025", """
BÁO HUẾ ĐIỆN TỬ
Thời sự | Chính quyền
Thứ Sáu, 19/12/2025 | 14:00
Lãnh đạo phường Phong Quảng đối thoại với người dân vùng ngập lụt, sạt lở bờ biển
Chiều 18/12, UBND phường Phong Quảng (thành phố Huế) tổ chức hội nghị đối thoại với nhân dân năm 2025 về công tác khắc phục hậu quả các đợt lũ lớn hồi tháng 10 và tháng 11, phương án di dời dân cư vùng sạt lở bờ biển. Chủ trì đối thoại có ông Nguyễn Văn Hùng, Bí thư Đảng ủy phường; ông Lê Quang Vũ, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Quang cảnh hội nghị đối thoại.
Phong Quảng là phường ven biển, đầm phá, được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã Phong Hải, Điền Hòa, Điền Lộc và một phần xã Quảng Công cũ. Hai đợt lũ cuối năm đã làm 3.286 nhà dân bị ngập, 15 nhà ở tổ dân phố Hải Thế bị sóng đánh sập; bờ biển bị sạt lở dài gần 1,2 km, có chỗ ăn sâu vào đất liền 20 m. Phường đã sơ tán 812 hộ với 2.937 người, không có thiệt hại về người.
Tại buổi đối thoại, 21 ý kiến của người dân đã được nêu ra. Ông Trương Văn Hải, tổ dân phố Hải Thế, đề nghị sớm có quỹ đất tái định cư cho 47 hộ sống sát bờ biển, đồng thời hỗ trợ ngư dân sửa chữa 9 tàu cá bị hư hỏng. Bà Nguyễn Thị Mai, Tổ trưởng tổ dân phố Điền Lộc 3, phản ánh việc chi tiền hỗ trợ nhà bị ngập còn chậm; nhiều hộ chưa nhận được 3 triệu đồng theo Quyết định số 3390/QĐ-UBND ngày 12/11/2025 của UBND thành phố. Ông Hoàng Trọng Tư, Chi hội trưởng Chi hội Nghề cá, kiến nghị nạo vét cửa lạch để tàu thuyền ra vào tránh bão.
Trả lời các ý kiến, ông Lê Quang Vũ cho biết: thực hiện Nghị quyết số 45/NQ-HĐND ngày 28/11/2025 của HĐND thành phố về chính sách hỗ trợ di dời dân cư vùng thiên tai, phường đã đề xuất khu tái định cư rộng 2,4 ha với 95 lô đất; mỗi hộ di dời được hỗ trợ 100 triệu đồng để làm nhà. Việc chi hỗ trợ nhà bị ngập đã đạt 78%, phường cam kết hoàn thành trước ngày 25/12/2025. Phường cũng đã đề nghị Sở Nông nghiệp và Môi trường thành phố khảo sát, nạo vét cửa lạch trong quý I/2026.
Ông Nguyễn Văn Hùng đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể tăng cường giám sát việc chi trả hỗ trợ, tiếp tục vận động người dân vùng nguy hiểm chấp hành di dời; các ý kiến thuộc thẩm quyền của thành phố sẽ được phường tổng hợp, báo cáo để xem xét, giải quyết.
Lê Thọ
Tin liên quan
- Huế sơ tán hơn 30.000 người tránh lũ (28/10/2025)
- Sạt lở bờ biển đe dọa hàng trăm hộ dân ở Phong Quảng (15/11/2025)
- Thành phố Huế hỗ trợ 60 tỷ đồng khắc phục hậu quả lũ (20/11/2025)
- Ngư dân phường Phong Quảng bám biển sau mùa lũ (05/12/2025)
- Đối thoại giữa người đứng đầu cấp ủy với nhân dân ở phường Hóa Châu (10/12/2025)
""", "2025-12-19", "Lãnh đạo phường Phong Quảng đối thoại với người dân vùng ngập lụt, sạt lở bờ biển",
E("doi_thoai", "2025", "2025-12-18"),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy phường"),
 P("Lê Quang Vũ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trương Văn Hải"),
 P("Nguyễn Thị Mai", "Tổ trưởng tổ dân phố Điền Lộc 3"),
 P("Hoàng Trọng Tư", "Chi hội trưởng Chi hội Nghề cá")],
[Q("3.286 nhà dân", 3286, "nhà dân"), Q("15 nhà", 15, "nhà"), Q("gần 1,2 km", 1.2, "km", "approx"), Q("20 m", 20, "m"),
 Q("812 hộ", 812, "hộ"), Q("2.937 người", 2937, "người"), Q("21 ý kiến", 21, "ý kiến"), Q("47 hộ", 47, "hộ"),
 Q("9 tàu cá", 9, "tàu cá"), Q("3 triệu đồng", 3000000, "đồng"), Q("2,4 ha", 2.4, "ha"), Q("95 lô đất", 95, "lô đất"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("78%", 78, "%")],
[D("Quyết định", "3390", "QĐ-UBND", "2025-11-12", "UBND thành phố", "Quyết định số 3390/QĐ-UBND ngày 12/11/2025"),
 D("Nghị quyết", "45", "NQ-HĐND", "2025-11-28", "HĐND thành phố", "Nghị quyết số 45/NQ-HĐND ngày 28/11/2025")],
[prov("Huế"), com("Phong Quảng"), com("Phong Hải"), com("Điền Hòa"), com("Điền Lộc"), com("Quảng Công")],
["BÁO HUẾ ĐIỆN TỬ", "Thời sự | Chính quyền", "Quang cảnh hội nghị đối thoại.", "Hải Thế", "Điền Lộc 3",
 "Phong Hải", "Điền Hòa", "Điền Lộc", "Quảng Công"],
["Thứ Sáu, 19/12/2025 | 14:00", "năm 2025", "tháng 10", "tháng 11", "1/7/2025", "Điền Lộc 3", "quý I/2026"]))

PAGES.append(page("b8379-hatinh-pctt-tongket-2025", """
Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức > Nông nghiệp và Môi trường
Cập nhật 08:05, 16/01/2026
Toàn cảnh hội nghị.
Hà Tĩnh: Sơ tán kịp thời hơn 52.000 người, hạn chế thấp nhất thiệt hại do thiên tai
Sáng 15/1/2026, Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức hội nghị tổng kết công tác phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trần Xuân Hà, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ huy chủ trì hội nghị.
Năm 2025 là năm thiên tai dị thường trên địa bàn tỉnh với 5 cơn bão, 2 áp thấp nhiệt đới ảnh hưởng trực tiếp, trong đó bão số 5 và bão số 10 gây gió giật cấp 12 - 14. Trước mỗi cơn bão, các xã, phường đã sơ tán tổng cộng 15.870 hộ với hơn 52.000 người đến nơi an toàn; kêu gọi 4.100 phương tiện vào nơi trú ẩn. Thiên tai làm 5 người chết, 47 người bị thương; 58.216 ngôi nhà bị hư hỏng, tốc mái; thiệt hại ước tính trên 4.800 tỷ đồng.
Về khắc phục hậu quả, tỉnh đã phân bổ 286 tỷ đồng từ ngân sách Trung ương hỗ trợ theo Quyết định số 2210/QĐ-TTg ngày 8/10/2025 của Thủ tướng Chính phủ và 94 tỷ đồng ngân sách tỉnh; Ủy ban MTTQ Việt Nam tỉnh tiếp nhận gần 176 tỷ đồng tiền ủng hộ. Đến nay, 100% nhà bị tốc mái đã được lợp lại; 1.135 ngôi nhà bị sập, hư hỏng nặng đã được xây mới, sửa chữa. Thực hiện Nghị quyết số 18/NQ-HĐND ngày 20/10/2025 của HĐND tỉnh, tỉnh đã di dời 312 hộ dân ra khỏi vùng nguy cơ sạt lở, ngập sâu.
Các đồng chí Phó Trưởng ban Chỉ huy Phòng thủ dân sự tỉnh: Đại tá Hồ Sỹ Hưng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông Nguyễn Văn Trung, Giám đốc Sở Nông nghiệp và Môi trường báo cáo về lực lượng, phương tiện ứng cứu. Năm qua, lực lượng vũ trang tỉnh đã huy động trên 86.000 lượt cán bộ, chiến sĩ, 1.250 lượt phương tiện giúp dân sơ tán, khắc phục hậu quả.
Tại hội nghị, ông Phan Thanh Sơn, Chủ tịch UBND xã Thiên Cầm, chia sẻ kinh nghiệm "cắm chốt" tại 18 thôn ven biển, phân công mỗi đảng viên phụ trách từ 10 đến 15 hộ khi sơ tán. Bà Hồ Thị Lan, Bí thư Đảng ủy xã Hương Xuân, người dân tộc Chứt, cho biết xã đã xây 3 nhà cộng đồng tránh lũ có sức chứa khoảng 500 người.
Kết luận hội nghị, đồng chí Trần Xuân Hà yêu cầu năm 2026 các địa phương hoàn thiện phương án ứng phó theo mô hình chính quyền hai cấp, mỗi xã có ít nhất 1 đội xung kích phòng, chống thiên tai; hoàn thành di dời thêm 450 hộ ở vùng nguy hiểm. Dịp này, 26 tập thể, 41 cá nhân được tặng bằng khen của Chủ tịch UBND tỉnh.
Văn Đức
Tin liên quan
- Hà Tĩnh hỗ trợ 50 triệu đồng mỗi nhà bị sập do bão số 10 (15/10/2025)
- Xã Thiên Cầm khắc phục sạt lở bờ biển (02/11/2025)
- Sơ tán hơn 20.000 người trước bão số 5 (24/08/2025)
""", "2026-01-16", "Hà Tĩnh: Sơ tán kịp thời hơn 52.000 người, hạn chế thấp nhất thiệt hại do thiên tai",
E("tong_ket", "2025", "2026-01-15"),
[P("Trần Xuân Hà", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ huy"),
 P("Hồ Sỹ Hưng", "Phó Trưởng ban Chỉ huy Phòng thủ dân sự tỉnh", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Văn Trung", "Phó Trưởng ban Chỉ huy Phòng thủ dân sự tỉnh", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Phan Thanh Sơn", "Chủ tịch UBND xã Thiên Cầm"),
 P("Hồ Thị Lan", "Bí thư Đảng ủy xã Hương Xuân")],
[Q("5 cơn bão", 5, "cơn bão"), Q("2 áp thấp nhiệt đới", 2, "áp thấp nhiệt đới"), Q("15.870 hộ", 15870, "hộ"),
 Q("hơn 52.000 người", 52000, "người", "over"), Q("4.100 phương tiện", 4100, "phương tiện"), Q("5 người", 5, "người"),
 Q("47 người", 47, "người"), Q("58.216 ngôi nhà", 58216, "ngôi nhà"), Q("trên 4.800 tỷ đồng", 4800000000000, "đồng", "over"),
 Q("286 tỷ đồng", 286000000000, "đồng"), Q("94 tỷ đồng", 94000000000, "đồng"), Q("gần 176 tỷ đồng", 176000000000, "đồng", "approx"),
 Q("100%", 100, "%"), Q("1.135 ngôi nhà", 1135, "ngôi nhà"), Q("312 hộ dân", 312, "hộ dân"),
 Q("trên 86.000 lượt cán bộ, chiến sĩ", 86000, "lượt cán bộ, chiến sĩ", "over"), Q("1.250 lượt phương tiện", 1250, "lượt phương tiện"),
 Q("18 thôn ven biển", 18, "thôn ven biển"), Q("từ 10", 10, "hộ"), Q("15 hộ", 15, "hộ"), Q("3 nhà cộng đồng tránh lũ", 3, "nhà cộng đồng tránh lũ"),
 Q("khoảng 500 người", 500, "người", "approx"), Q("ít nhất 1 đội xung kích phòng, chống thiên tai", 1, "đội xung kích phòng, chống thiên tai", "over"),
 Q("450 hộ", 450, "hộ"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Quyết định", "2210", "QĐ-TTg", "2025-10-08", "Thủ tướng Chính phủ", "Quyết định số 2210/QĐ-TTg ngày 8/10/2025"),
 D("Nghị quyết", "18", "NQ-HĐND", "2025-10-20", "HĐND tỉnh", "Nghị quyết số 18/NQ-HĐND ngày 20/10/2025")],
[prov("Hà Tĩnh"), com("Thiên Cầm"), com("Hương Xuân")],
["Cổng thông tin điện tử tỉnh Hà Tĩnh", "Trang chủ > Tin tức > Nông nghiệp và Môi trường", "Toàn cảnh hội nghị.", "cắm chốt"],
["Cập nhật 08:05, 16/01/2026", "năm 2025", "năm 2026", "Năm 2025", "bão số 5", "bão số 10", "cấp 12 - 14", "Năm qua"]))

PAGES.append(page("b8380-thanhhoa-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ » Dân vận » Tin hoạt động
03/04/2026 - 09:10
Triển khai nhiệm vụ quý II: hoàn thành tái định cư cho người dân vùng sạt lở trước mùa mưa
Ngày 2/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị giao ban công tác dân vận quý I năm 2026 với Ủy ban MTTQ Việt Nam tỉnh và các đảng ủy xã, phường khu vực miền núi. Đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Thị Hạnh phát biểu kết luận giao ban.
Quý I, khối dân vận tập trung vận động nhân dân khắc phục hậu quả bão số 5 và các đợt lũ quét năm 2025 tại các xã miền núi. Đến hết tháng 3/2026, đã có 486/612 hộ trong diện phải di dời đã chuyển đến nơi ở mới, đạt 79,4%; nhân dân hiến 5,7 ha đất và đóng góp trên 22.000 ngày công làm đường, san nền khu tái định cư. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về tăng cường công tác dân vận trong di dời, bố trí dân cư vùng thiên tai và về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số.
Tại hội nghị, đồng chí Lò Văn Thắm, Bí thư Đảng ủy xã Mường Lý, người dân tộc Thái, cho biết xã còn 41 hộ ở bản Pù Quăn chưa di dời vì khu tái định cư chưa có nước sạch. Đồng chí Ngân Thị Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Trung Lý, đề nghị hỗ trợ sinh kế cho các hộ đã chuyển đến nơi ở mới. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Thắng, Bùi Thị Huyền, Cầm Bá Xuân đã thông tin về kết quả kiểm tra tại 9 xã.
Theo báo cáo của Ủy ban MTTQ Việt Nam tỉnh, từ nguồn "Quỹ Cứu trợ" tỉnh, Mặt trận đã hỗ trợ 214 hộ làm nhà mới, mỗi hộ 60 triệu đồng; tiếp nhận 310 tấn xi măng, 18.000 tấm lợp do doanh nghiệp ủng hộ. Đồng chí Phạm Thị Thanh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các xã công khai danh sách hộ được hỗ trợ tại khu dân cư.
Kết luận giao ban, đồng chí Lê Thị Hạnh đề nghị trong quý II, các đảng ủy xã chỉ đạo hoàn thành di dời 126 hộ còn lại trước ngày 30/6/2026; thực hiện Kế hoạch số 12-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về vận động nhân dân chủ động phòng, tránh thiên tai năm 2026; mỗi thôn, bản vùng nguy cơ có ít nhất 1 tổ vận động di dời hoạt động thường xuyên.
Khánh Linh
Tin liên quan
- Mường Lát: Khu tái định cư mới đón 60 hộ dân (20/03/2026)
- Giao ban công tác dân vận quý IV năm 2025 (08/01/2026)
- Thanh Hóa tổng kết công tác phòng thủ dân sự năm 2025 (16/01/2026)
- Người có uy tín vận động đồng bào Thái rời vùng sạt lở (05/12/2025)
- Xã Trung Lý bàn giao 25 nhà mới cho hộ bị lũ cuốn trôi (28/11/2025)
""", "2026-04-03", "Triển khai nhiệm vụ quý II: hoàn thành tái định cư cho người dân vùng sạt lở trước mùa mưa",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Lê Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Thắm", "Bí thư Đảng ủy xã Mường Lý"),
 P("Ngân Thị Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Trung Lý"),
 P("Hoàng Văn Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Thị Huyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cầm Bá Xuân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Thanh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("486/612 hộ", 486, "hộ"), Q("79,4%", 79.4, "%"), Q("5,7 ha", 5.7, "ha"), Q("trên 22.000 ngày công", 22000, "ngày công", "over"),
 Q("41 hộ", 41, "hộ"), Q("9 xã", 9, "xã"), Q("214 hộ", 214, "hộ"), Q("60 triệu đồng", 60000000, "đồng"), Q("310 tấn", 310, "tấn"),
 Q("18.000 tấm lợp", 18000, "tấm lợp"), Q("126 hộ", 126, "hộ"),
 Q("ít nhất 1 tổ vận động di dời", 1, "tổ vận động di dời", "over")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU")],
[prov("Thanh Hóa"), com("Mường Lý"), com("Trung Lý")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ » Dân vận » Tin hoạt động",
 "Đồng chí Lê Thị Hạnh phát biểu kết luận giao ban.", "Quỹ Cứu trợ", "Pù Quăn"],
["03/04/2026 - 09:10", "quý II", "quý I năm 2026", "Quý I", "bão số 5", "năm 2025", "tháng 3/2026", "năm 2026"]))
