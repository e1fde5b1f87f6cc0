from lib import *
PAGES = []

PAGES.append(page("b9719-nghean-mttq-traoqua-lu-2025", """
Báo và Phát thanh, Truyền hình Nghệ An
Thời sự » Xã hội » Khắc phục hậu quả mưa lũ
Thứ Ba, 29/07/2025 - 18:20
Đồng chí Nguyễn Thị Kim Ngân (bìa phải) trao quà cho người dân xã Nhôn Mai. Ảnh: Hồ Phương
Ủy ban MTTQ Việt Nam tỉnh trao 1.000 suất quà cho bà con vùng lũ miền Tây
Ngày 28/7, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Nghệ An do đồng chí Nguyễn Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã vào thăm, trao 1.000 suất quà cho người dân các xã Tương Dương, Nhôn Mai, Lượng Minh bị thiệt hại nặng do mưa lũ sau hoàn lưu bão số 3 (Wipha).
Mưa lũ từ ngày 22 đến 24/7 đã làm 7 người chết và mất tích, 3.200 ngôi nhà bị ngập sâu, 186 nhà bị cuốn trôi, sập đổ hoàn toàn; nhiều bản ven sông Nậm Mộ, sông Cả bị cô lập gần một tuần. Riêng xã Nhôn Mai có 9 bản với hơn 600 hộ bị ảnh hưởng.
Mỗi suất quà trị giá 1,5 triệu đồng gồm tiền mặt, gạo, nước uống và nhu yếu phẩm, tổng trị giá 1,5 tỷ đồng từ nguồn Quỹ Cứu trợ tỉnh. Đoàn cũng trao 50 triệu đồng cho mỗi hộ có nhà bị cuốn trôi và 20 triệu đồng cho mỗi gia đình có người chết, mất tích.
Báo cáo với đoàn, đồng chí Kha Văn Tám, Bí thư Đảng ủy xã Nhôn Mai, cho biết ngay khi nước rút, Đảng ủy xã đã huy động hơn 400 cán bộ, đảng viên, đoàn viên thanh niên cùng lực lượng quân đội, công an giúp dân dọn bùn đất, tìm kiếm tài sản. Ông Lô Văn Thái, Chủ tịch Ủy ban MTTQ Việt Nam xã Tương Dương, đề nghị tỉnh hỗ trợ giống lúa, ngô để bà con kịp gieo trồng vụ mùa. Bà Vi Thị Hoa, người dân tộc Thái ở bản Xiềng Líp, xúc động: "Nước lên nhanh quá, cả nhà chỉ kịp chạy lên đồi, may có bộ đội vào cứu".
Đây là đợt thiên tai lớn đầu tiên mà chính quyền các xã mới vận hành theo mô hình chính quyền địa phương hai cấp phải đối mặt. Đồng chí Nguyễn Thị Kim Ngân ghi nhận sự vào cuộc chủ động của cấp ủy, chính quyền cơ sở, đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã tiếp tục rà soát, lập danh sách hộ thiệt hại; thực hiện việc phân bổ công khai theo Nghị định số 93/2021/NĐ-CP của Chính phủ và Hướng dẫn số 45/HD-MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; không để người dân nào thiếu đói, thiếu chỗ ở.
Tính đến chiều 28/7, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận hơn 27 tỷ đồng ủng hộ đồng bào vùng lũ, trong đó có 5 tỷ đồng do Ủy ban Trung ương MTTQ Việt Nam hỗ trợ.
Hồ Phương
Tin liên quan
- Nghệ An phát động ủng hộ đồng bào bị thiệt hại do mưa lũ (25/07/2025)
- Mở đường tiếp tế cho các bản bị cô lập ở Tương Dương (24/07/2025)
- Khẩn cấp di dời hơn 2.000 hộ dân khỏi vùng nguy hiểm (23/07/2025)
""", "2025-07-29", "Ủy ban MTTQ Việt Nam tỉnh trao 1.000 suất quà cho bà con vùng lũ miền Tây",
E("trao_qua", None, "2025-07-28"),
[P("Nguyễn Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Kha Văn Tám", "Bí thư Đảng ủy xã Nhôn Mai"),
 P("Lô Văn Thái", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tương Dương"),
 P("Vi Thị Hoa")],
[Q("1.000 suất quà", 1000, "suất quà"), Q("7 người", 7, "người"), Q("3.200 ngôi nhà", 3200, "ngôi nhà"), Q("186 nhà", 186, "nhà"),
 Q("9 bản", 9, "bản"), Q("hơn 600 hộ", 600, "hộ", "over"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("hơn 400 cán bộ, đảng viên, đoàn viên thanh niên", 400, "cán bộ, đảng viên, đoàn viên thanh niên", "over"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("5 tỷ đồng", 5000000000, "đồng")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "45", "HD-MTTQ-BTT", "2025-07-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 45/HD-MTTQ-BTT ngày 25/7/2025")],
[prov("Nghệ An"), com("Tương Dương"), com("Nhôn Mai"), com("Lượng Minh")],
["Báo và Phát thanh, Truyền hình Nghệ An", "Thời sự » Xã hội » Khắc phục hậu quả mưa lũ",
 "Đồng chí Nguyễn Thị Kim Ngân (bìa phải) trao quà cho người dân xã Nhôn Mai. Ảnh: Hồ Phương", "Wipha", "Quỹ Cứu trợ tỉnh"],
["Thứ Ba, 29/07/2025 - 18:20", "bão số 3", "gần một tuần", "hai cấp"]))

PAGES.append(page("b9720-thainguyen-mttq-tiepnhan-ungho-2025", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Xã hội | Chung tay vì đồng bào vùng lũ
Chủ Nhật, 12/10/2025, 20:15
Người dân phường Gia Sàng dọn bùn đất sau lũ. Ảnh: Thu Hằng
Hơn 135 tỷ đồng ủng hộ nhân dân Thái Nguyên khắc phục hậu quả lũ lụt
Tính đến 17 giờ ngày 12/10, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên đã tiếp nhận 135,6 tỷ đồng từ các cơ quan, đơn vị, doanh nghiệp và nhà hảo tâm trong, ngoài tỉnh ủng hộ nhân dân khắc phục hậu quả đợt lũ lịch sử do hoàn lưu bão số 11 (Matmo) gây ra.
Trận lũ từ ngày 7 đến 9/10 khiến mực nước sông Cầu vượt đỉnh lũ lịch sử năm 1959; hơn 70.000 ngôi nhà bị ngập, nhiều khu dân cư ở phường Phan Đình Phùng, phường Gia Sàng, phường Túc Duyên ngập sâu hơn 2 m. Ở khu vực phía Bắc tỉnh (địa bàn tỉnh Bắc Kạn cũ), các xã Chợ Mới, Ba Bể, Bạch Thông bị chia cắt nhiều ngày, 12 người chết và mất tích.
Chỉ riêng ngày 11/10, tại trụ sở Ủy ban MTTQ Việt Nam tỉnh, bà Hà Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã đón nhận ủng hộ của 46 đơn vị với tổng số tiền 38,2 tỷ đồng. Trong đó, Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh ủng hộ 10 tỷ đồng; Tập đoàn Samsung Việt Nam ủng hộ 5 tỷ đồng; Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang ủng hộ 2 tỷ đồng và 15 tấn gạo.
Ông Triệu Đức Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Ban Thường trực đã ban hành Kế hoạch số 112/KH-MTTQ-BTT ngày 8/10/2025 về vận động ủng hộ và Thông báo số 21/TB-MTTQ-BTT công khai số tài khoản tiếp nhận tại Kho bạc Nhà nước khu vực VI. Việc phân bổ được thực hiện theo Nghị định 93/2021/NĐ-CP; danh sách đơn vị, cá nhân ủng hộ được cập nhật hằng ngày trên trang thông tin điện tử của Ủy ban MTTQ Việt Nam tỉnh.
Ngày 10/10, từ nguồn ủng hộ, tỉnh đã phân bổ đợt 1 số tiền 20 tỷ đồng cho 34 xã, phường bị thiệt hại nặng, mức hỗ trợ 5 triệu đồng/hộ có nhà bị ngập sâu trên 1,5 m và 50 triệu đồng/hộ có nhà bị sập, cuốn trôi.
Tại xã Ba Bể, ông Hoàng Văn Páo, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể, cho biết xã có 285 hộ người Tày, Dao bị ngập nhà; Mặt trận xã đã vận động các hộ ở vùng cao nhường chỗ ở cho 63 hộ sơ tán. Bà Đinh Thị Mến, Trưởng ban Công tác Mặt trận tổ dân phố Đồng Tâm, phường Gia Sàng, cho biết nhiều gia đình mất toàn bộ đồ đạc, nhờ hàng cứu trợ mà có bữa ăn, nước sạch trong những ngày đầu.
Ủy ban MTTQ Việt Nam tỉnh tiếp tục tiếp nhận ủng hộ đến hết ngày 31/10/2025.
Thu Hằng - Minh Đức
Tin khác
- Thái Nguyên: nước rút, khẩn trương vệ sinh môi trường (11/10/2025)
- Bộ đội giúp dân vùng lũ Chợ Mới (10/10/2025)
- Thủ tướng thị sát vùng lũ Thái Nguyên (09/10/2025)
""", "2025-10-12", "Hơn 135 tỷ đồng ủng hộ nhân dân Thái Nguyên khắc phục hậu quả lũ lụt",
E("khac", None, "2025-10-11"),
[P("Hà Thị Bích Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Đức Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Páo", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể"),
 P("Đinh Thị Mến", "Trưởng ban Công tác Mặt trận tổ dân phố Đồng Tâm")],
[Q("135,6 tỷ đồng", 135600000000, "đồng"),
 Q("hơn 70.000 ngôi nhà", 70000, "ngôi nhà", "over"), Q("hơn 2 m", 2, "m", "over"), Q("12 người", 12, "người"),
 Q("46 đơn vị", 46, "đơn vị"), Q("38,2 tỷ đồng", 38200000000, "đồng"), Q("10 tỷ đồng", 10000000000, "đồng"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng"), Q("15 tấn", 15, "tấn"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("34 xã, phường", 34, "xã, phường"), Q("5 triệu đồng", 5000000, "đồng"), Q("trên 1,5 m", 1.5, "m", "over"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("285 hộ người Tày, Dao", 285, "hộ người Tày, Dao"), Q("63 hộ", 63, "hộ")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2025-10-08", "Ban Thường trực", "Kế hoạch số 112/KH-MTTQ-BTT ngày 8/10/2025"),
 D("Thông báo", "21", "TB-MTTQ-BTT", None, "Ban Thường trực", "Thông báo số 21/TB-MTTQ-BTT"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định 93/2021/NĐ-CP")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), prov("Hồ Chí Minh"), prov("Tuyên Quang"), com("Phan Đình Phùng"), com("Gia Sàng"),
 com("Túc Duyên"), com("Chợ Mới"), com("Ba Bể"), com("Bạch Thông")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Xã hội | Chung tay vì đồng bào vùng lũ", "Người dân phường Gia Sàng dọn bùn đất sau lũ. Ảnh: Thu Hằng",
 "Matmo", "Tập đoàn Samsung Việt Nam", "Kho bạc Nhà nước khu vực VI"],
["Chủ Nhật, 12/10/2025, 20:15", "17 giờ", "bão số 11", "năm 1959", "đợt 1", "khu vực VI"]))

PAGES.append(page("b9721-daklak-mttq-giamsat-lu-2025", """
Báo và Phát thanh, Truyền hình Đắk Lắk
Chính trị › Mặt trận › Giám sát, phản biện
05/12/2025 - 16:00
Giám sát việc phân bổ tiền hỗ trợ người dân vùng lũ phía Đông tỉnh
Ngày 4/12, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Y Giang Niê Kdăm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, phân bổ nguồn hỗ trợ khắc phục hậu quả đợt lũ lịch sử giữa tháng 11/2025 tại phường Tuy Hòa, xã Hòa Thịnh và xã Tây Hòa. Thành viên đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: H'Yim Kđoh, Lê Thị Thu Sương, Nguyễn Quang Vinh.
Thành viên đoàn giám sát kiểm tra hồ sơ tại xã Hòa Thịnh.
Đợt mưa lũ từ ngày 16 đến 21/11 đã làm 63 người chết và mất tích trên địa bàn tỉnh, hơn 71.000 ngôi nhà bị ngập, trong đó phần lớn ở khu vực tỉnh Phú Yên cũ; 1.460 nhà bị sập, cuốn trôi. Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 412 tỷ đồng ủng hộ, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 150 tỷ đồng; đã phân bổ về các xã, phường 305 tỷ đồng.
Tại xã Hòa Thịnh, ông Lê Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam xã, báo cáo xã đã nhận 18,6 tỷ đồng, chi hỗ trợ 3.940 hộ có nhà bị ngập, mỗi hộ 3 triệu đồng; 57 hộ có nhà sập hoàn toàn được hỗ trợ 60 triệu đồng/hộ. Danh sách được niêm yết tại 12 thôn và trên nhóm Zalo của từng thôn. Đoàn ghi nhận việc chi trả nhanh, đúng đối tượng, chứng từ đầy đủ; xã cũng đã vận động 35 hộ khá giả cho các gia đình mất nhà ở nhờ trong thời gian chờ xây dựng lại.
Tại xã Tây Hòa, đoàn phát hiện 41 hộ có tên trong danh sách nhưng chưa nhận tiền do đi làm ăn xa; một số hộ thắc mắc về mức độ thiệt hại được xác định chưa thống nhất giữa các thôn. Bà Trần Thị Mỹ Lệ, Phó Chủ tịch UBND xã Tây Hòa, giải trình và cam kết hoàn thành chi trả trước ngày 10/12/2025. Tại phường Tuy Hòa, Mặt trận phường đã phối hợp Ban Thanh tra nhân dân tổ chức 14 cuộc họp dân để bình xét công khai.
Kết luận, ông Y Giang Niê Kdăm đề nghị các xã, phường tiếp tục rà soát, không để sót hộ bị thiệt hại; công khai theo quy định tại Nghị định số 93/2021/NĐ-CP và Quyết định số 112/QĐ-MTTQ-BTT ngày 24/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; ưu tiên nguồn còn lại để xây dựng nhà cho các hộ mất nhà trước Tết Bính Ngọ 2026 theo tinh thần Chiến dịch "Quang Trung" của Chính phủ. Hoạt động giám sát được thực hiện theo Kế hoạch số 86/KH-MTTQ-BTT.
Ngọc Thanh
Tin liên quan
- Tuy Hòa: bàn giao 20 căn nhà cho hộ mất nhà do lũ (01/12/2025)
- Tiếp nhận 50 tỷ đồng ủng hộ người dân vùng lũ (28/11/2025)
- Mặt trận các cấp huy động lực lượng giúp dân sau lũ (24/11/2025)
""", "2025-12-05", "Giám sát việc phân bổ tiền hỗ trợ người dân vùng lũ phía Đông tỉnh",
E("giam_sat", None, "2025-12-04"),
[P("Y Giang Niê Kdăm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("H'Yim Kđoh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Sương", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quang Vinh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch UBND xã Tây Hòa")],
[Q("63 người", 63, "người"), Q("hơn 71.000 ngôi nhà", 71000, "ngôi nhà", "over"), Q("1.460 nhà", 1460, "nhà"),
 Q("412 tỷ đồng", 412000000000, "đồng"), Q("150 tỷ đồng", 150000000000, "đồng"), Q("305 tỷ đồng", 305000000000, "đồng"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("3.940 hộ", 3940, "hộ"), Q("3 triệu đồng", 3000000, "đồng"), Q("57 hộ", 57, "hộ"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("35 hộ khá giả", 35, "hộ khá giả"), Q("12 thôn", 12, "thôn"), Q("41 hộ", 41, "hộ"), Q("14 cuộc họp dân", 14, "cuộc họp dân")],
[D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Quyết định", "112", "QĐ-MTTQ-BTT", "2025-11-24", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 112/QĐ-MTTQ-BTT ngày 24/11/2025"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", None, None, "Kế hoạch số 86/KH-MTTQ-BTT")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa"), com("Hòa Thịnh"), com("Tây Hòa")],
["Báo và Phát thanh, Truyền hình Đắk Lắk", "Chính trị › Mặt trận › Giám sát, phản biện",
 "Thành viên đoàn giám sát kiểm tra hồ sơ tại xã Hòa Thịnh.", "Quang Trung"],
["05/12/2025 - 16:00", "tháng 11/2025", "Tết Bính Ngọ 2026"]))

PAGES.append(page("b9722-gialai-mttq-giaoban-q4-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ >> Chính trị >> Mặt trận
26/12/2025 | 10:30
Ảnh: Toàn cảnh hội nghị giao ban.
Mặt trận các cấp dồn sức giúp dân vùng lũ dựng lại nhà trước Tết
(GLO) - Ngày 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị giao ban công tác quý IV/2025 với Ủy ban MTTQ Việt Nam 135 xã, phường theo hình thức trực tiếp kết hợp trực tuyến. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đỗ Văn Thạnh, Siu H'Mai.
Quý IV, các tỉnh Nam Trung Bộ và Tây Nguyên hứng chịu liên tiếp bão số 13 (Kalmaegi) đầu tháng 11 và đợt mưa lũ lớn giữa tháng 11. Trên địa bàn tỉnh, thiên tai làm 11 người chết, hơn 5.400 ngôi nhà bị tốc mái, hư hỏng, 286 nhà sập hoàn toàn; khu vực phía Đông tỉnh (tỉnh Bình Định cũ) thiệt hại nặng nhất, nhất là các xã Tuy Phước Đông, An Lão, Vĩnh Thạnh và phường Quy Nhơn Nam.
Thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về tập trung khắc phục hậu quả thiên tai và vận động ủng hộ, Ủy ban MTTQ Việt Nam các cấp đã tiếp nhận 268,4 tỷ đồng; đã phân bổ 231 tỷ đồng, hỗ trợ 286 hộ mất nhà mỗi hộ 60 triệu đồng, 5.120 hộ có nhà hư hỏng mỗi hộ 10 triệu đồng. Đến nay, 198 căn nhà đã được khởi công, 74 căn đã bàn giao, phấn đấu hoàn thành toàn bộ trước ngày 31/1/2026.
Bà Đinh Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão, cho biết xã huy động 620 ngày công của đoàn viên, hội viên và bộ đội giúp 31 hộ người Ba Na dựng lại nhà. Ông Trần Ngọc Sơn, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam, đề nghị tỉnh ưu tiên kinh phí xây kè chống sạt lở cho các khu dân cư ven biển.
Quý IV, Mặt trận các cấp cũng tổ chức 47 cuộc giám sát, trong đó 22 cuộc giám sát việc phân bổ tiền, hàng cứu trợ; tiếp nhận 36 đơn thư, kiến nghị của người dân, đã chuyển cơ quan có thẩm quyền giải quyết 33 đơn.
Kết luận hội nghị, đồng chí Rah Lan Lâm yêu cầu Mặt trận các xã, phường phối hợp chính quyền hoàn thành Chiến dịch "Quang Trung" xây dựng lại nhà cho các hộ mất nhà; triển khai Kế hoạch số 215/KH-MTTQ-BTT về tổ chức "Tết Vì người nghèo" Xuân Bính Ngọ năm 2026; thực hiện tốt Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh trong tiếp nhận, phân bổ nguồn cứu trợ.
Hồng Thi
Tin cùng chuyên mục
- Gia Lai: bàn giao 50 căn nhà cho hộ mất nhà do lũ (22/12/2025)
- Ủy ban MTTQ Việt Nam tỉnh phân bổ đợt 3 nguồn cứu trợ (15/12/2025)
- Tiếp nhận 20 tỷ đồng của Thành phố Hồ Chí Minh ủng hộ Gia Lai (05/12/2025)
""", "2025-12-26", "Mặt trận các cấp dồn sức giúp dân vùng lũ dựng lại nhà trước Tết",
E("giao_ban", "2025-Q4", "2025-12-25"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Lão"),
 P("Trần Ngọc Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam")],
[Q("135 xã, phường", 135, "xã, phường"), Q("11 người", 11, "người"), Q("hơn 5.400 ngôi nhà", 5400, "ngôi nhà", "over"),
 Q("286 nhà", 286, "nhà"), Q("268,4 tỷ đồng", 268400000000, "đồng"), Q("231 tỷ đồng", 231000000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("5.120 hộ", 5120, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("198 căn nhà", 198, "căn nhà"), Q("74 căn", 74, "căn"), Q("620 ngày công", 620, "ngày công"), Q("31 hộ người Ba Na", 31, "hộ người Ba Na"),
 Q("47 cuộc giám sát", 47, "cuộc giám sát"), Q("22 cuộc giám sát", 22, "cuộc giám sát"),
 Q("36 đơn thư, kiến nghị", 36, "đơn thư, kiến nghị"), Q("33 đơn", 33, "đơn")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", None, None, "Kế hoạch số 215/KH-MTTQ-BTT"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Gia Lai"), prov("Bình Định"), com("Tuy Phước Đông"), com("An Lão"), com("Vĩnh Thạnh"), com("Quy Nhơn Nam")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ >> Chính trị >> Mặt trận", "Ảnh: Toàn cảnh hội nghị giao ban.", "(GLO)",
 "Kalmaegi", "Quang Trung", "Tết Vì người nghèo"],
["26/12/2025 | 10:30", "quý IV/2025", "Quý IV", "bão số 13", "Xuân Bính Ngọ năm 2026"]))

PAGES.append(page("b9723-hue-mttq-tongket-cuutro-2025", """
Báo Huế điện tử
Chính trị - Xã hội › Mặt trận
Thứ Sáu, 09/01/2026 - 09:10
Đồng chí Phan Thiên Đức phát biểu tại hội nghị.
Ủy ban MTTQ Việt Nam thành phố triển khai nhiệm vụ năm 2026
Sáng 8/1, Ủy ban MTTQ Việt Nam thành phố Huế tổ chức hội nghị tổng kết công tác Mặt trận và hoạt động cứu trợ năm 2025, triển khai nhiệm vụ năm 2026. Dự có đồng chí Phan Thiên Đức, Phó Bí thư Thường trực Thành ủy; đồng chí Hồ Thị Mai Hoa, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Năm 2025 là năm đầu tiên Mặt trận và các tổ chức chính trị - xã hội hoạt động theo mô hình mới sau sắp xếp, đồng thời là năm thiên tai khốc liệt: đợt mưa lũ lịch sử cuối tháng 10 với lượng mưa có nơi vượt 1.700 mm trong 24 giờ, làm 14 người chết, hơn 32.000 ngôi nhà bị ngập, nhiều tuyến đường ven phá Tam Giang bị sạt lở.
Ủy ban MTTQ Việt Nam các cấp đã tiếp nhận 186,7 tỷ đồng và hàng hóa quy đổi khoảng 24 tỷ đồng. Từ nguồn này, thành phố hỗ trợ khẩn cấp 9.870 hộ, mỗi hộ 2 triệu đồng; xây mới 112 căn nhà, sửa chữa 640 căn nhà cho hộ bị thiệt hại; trao 15.000 suất quà cho người dân các phường Thuận An, Dương Nỗ, Mỹ Thượng và các xã Phú Vinh, Quảng Điền. Chương trình "Mái ấm cho người nghèo" hoàn thành 215 căn nhà trong năm.
Các đại biểu đánh giá việc công khai trên nền tảng số giúp người dân theo dõi từng khoản ủng hộ; 100% xã, phường cập nhật danh sách hộ được hỗ trợ lên Cổng thông tin điện tử. Bà Hồ Thị Kết, Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2, cho biết đồng bào Pa Kô, Tà Ôi đã được vận động di dời 46 hộ khỏi vùng sạt lở. Ông Lê Văn Hòa, Trưởng ban Công tác Mặt trận thôn Hải Tiến, phường Thuận An, đề xuất xây thêm nhà tránh lũ đa năng ven biển.
Hội nghị cũng chỉ ra hạn chế: việc điều phối các đoàn thiện nguyện tự phát ở một số phường còn lúng túng; nguồn lực xây dựng nhà ở cho hộ bị thiệt hại ở vùng thấp trũng chưa đáp ứng nhu cầu; cán bộ Mặt trận cấp xã sau sắp xếp còn thiếu kinh nghiệm trong tiếp nhận, quyết toán nguồn cứu trợ.
Phát biểu chỉ đạo, đồng chí Phan Thiên Đức đề nghị năm 2026 Mặt trận thành phố tiếp tục thực hiện Kết luận số 150-KL/TW của Bộ Chính trị, Kế hoạch số 38-KH/TU ngày 12/9/2025 của Ban Thường vụ Thành ủy về phòng, chống thiên tai; chủ động xây dựng kịch bản vận động cứu trợ trước mùa mưa bão, không chờ thiên tai xảy ra mới vận động.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 38 tập thể, 52 cá nhân có thành tích xuất sắc trong vận động cứu trợ năm 2025.
Minh Hiền
Tin liên quan
- Huế: bàn giao 30 căn nhà cho hộ nghèo vùng lũ (30/12/2025)
- Phú Vinh khánh thành nhà tránh lũ đa năng (20/12/2025)
- Công bố quyết định phân bổ đợt 4 nguồn cứu trợ (05/12/2025)
""", "2026-01-09", "Ủy ban MTTQ Việt Nam thành phố triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Phan Thiên Đức", "Phó Bí thư Thường trực Thành ủy"),
 P("Hồ Thị Mai Hoa", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Hồ Thị Kết", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 2"),
 P("Lê Văn Hòa", "Trưởng ban Công tác Mặt trận thôn Hải Tiến")],
[Q("1.700 mm", 1700, "mm", "over"), Q("14 người", 14, "người"), Q("hơn 32.000 ngôi nhà", 32000, "ngôi nhà", "over"),
 Q("186,7 tỷ đồng", 186700000000, "đồng"), Q("khoảng 24 tỷ đồng", 24000000000, "đồng", "approx"), Q("9.870 hộ", 9870, "hộ"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("112 căn nhà", 112, "căn nhà"), Q("640 căn nhà", 640, "căn nhà"),
 Q("15.000 suất quà", 15000, "suất quà"), Q("215 căn nhà", 215, "căn nhà"), Q("100%", 100, "%"), Q("46 hộ", 46, "hộ"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("38 tập thể", 38, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Kế hoạch", "38", "KH/TU", "2025-09-12", "Ban Thường vụ Thành ủy", "Kế hoạch số 38-KH/TU ngày 12/9/2025")],
[prov("Huế"), com("Thuận An"), com("Dương Nỗ"), com("Mỹ Thượng"), com("Phú Vinh"), com("Quảng Điền"), com("A Lưới 2")],
["Báo Huế điện tử", "Chính trị - Xã hội › Mặt trận", "Đồng chí Phan Thiên Đức phát biểu tại hội nghị.", "Mái ấm cho người nghèo",
 "phá Tam Giang"],
["Thứ Sáu, 09/01/2026 - 09:10", "năm 2025", "năm 2026", "24 giờ", "A Lưới 2"]))

PAGES.append(page("b9724-tuyenquang-btgdv-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Bạn đang ở: Trang chủ › Chính trị › Dân vận
Hôm nay: Thứ Hai, 20/04/2026
Ngày đăng 17/04/2026 | 15:45
Học viên thực hành kỹ năng sơ cứu tại lớp tập huấn. Ảnh: Thu Phương
Trang bị kỹ năng vận động nhân dân ứng phó lũ quét, sạt lở cho cơ sở vùng cao
Trong 3 ngày, từ 14 đến 16/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức lớp tập huấn kỹ năng vận động nhân dân phòng, chống thiên tai năm 2026 cho 164 học viên là cán bộ phụ trách công tác dân vận, Mặt trận của 124 xã, phường và người có uy tín trong đồng bào dân tộc thiểu số.
Năm 2025, trên địa bàn tỉnh Tuyên Quang đã xảy ra 23 đợt mưa lớn, lũ quét, sạt lở đất, làm 19 người chết và mất tích, 1.350 ngôi nhà bị hư hỏng; đặc biệt tại khu vực phía Bắc tỉnh (tỉnh Hà Giang cũ), nhiều tuyến đường lên các xã biên giới bị chia cắt nhiều ngày.
Khai mạc lớp học, đồng chí Vàng Thị Dính, Tỉnh ủy viên, Phó Trưởng Ban Thường trực - phụ trách công tác dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị học viên vận dụng phương châm "4 tại chỗ" và "3 sẵn sàng", vận động bà con không dựng nhà sát taluy, ven suối; chủ động sơ tán khi có cảnh báo. Đồng chí Ma Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVII, quán triệt Kế hoạch số 18-KH/BTGDVTU ngày 20/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Hướng dẫn số 07/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động nhân dân phòng, chống thiên tai.
Các báo cáo viên gồm: ThS. Nguyễn Thị Thu Trang, giảng viên Trường Chính trị tỉnh; Trung tá Sùng A Hồ, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông Bàn Văn Chài, Phó Giám đốc Sở Nông nghiệp và Môi trường, giới thiệu Luật Phòng, chống thiên tai, Nghị định số 66/2021/NĐ-CP và kỹ năng nhận biết dấu hiệu lũ quét, sạt lở.
Tại lớp học, ông Giàng Seo Phử, người có uy tín thôn Lũng Cú, xã Lũng Cú, chia sẻ kinh nghiệm vận động 9 hộ người Mông dời nhà khỏi sườn núi nứt. Bà Chẩu Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình, cho biết xã đã lập 14 tổ xung kích phòng chống thiên tai với ít nhất 10 thành viên mỗi tổ, trang bị 28 loa cầm tay. Ông Hoàng Văn Tình, Bí thư Đảng ủy xã Sơn Vĩ, nêu khó khăn khi vận động di dời do thiếu quỹ đất tái định cư.
Kết thúc lớp tập huấn, các học viên thực hành diễn tập sơ tán dân tại thôn Nặm Đăm, xã Quản Bạ. Mỗi xã, phường được giao xây dựng kế hoạch vận động nhân dân trước ngày 15/5/2026, hoàn thành trước mùa mưa lũ.
Thu Phương
Bài viết liên quan
- Tuyên Quang: diễn tập phòng, chống thiên tai cấp tỉnh năm 2026 (10/04/2026)
- Hội nghị giao ban công tác dân vận quý I năm 2026 (02/04/2026)
- Ra mắt 20 mô hình "Dân vận khéo" trong phòng, chống thiên tai (25/03/2026)
""", "2026-04-17", "Trang bị kỹ năng vận động nhân dân ứng phó lũ quét, sạt lở cho cơ sở vùng cao",
E("tap_huan", "2026", "2026-04-14"),
[P("Vàng Thị Dính", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực - phụ trách công tác dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVII"),
 P("Nguyễn Thị Thu Trang", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Sùng A Hồ", "Trung tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Bàn Văn Chài", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Giàng Seo Phử", "người có uy tín thôn Lũng Cú"),
 P("Chẩu Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Bình"),
 P("Hoàng Văn Tình", "Bí thư Đảng ủy xã Sơn Vĩ")],
[Q("164 học viên", 164, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("23 đợt", 23, "đợt"), Q("19 người", 19, "người"),
 Q("1.350 ngôi nhà", 1350, "ngôi nhà"), Q("9 hộ người Mông", 9, "hộ người Mông"),
 Q("14 tổ xung kích phòng chống thiên tai", 14, "tổ xung kích phòng chống thiên tai"),
 Q("ít nhất 10 thành viên", 10, "thành viên", "over"), Q("28 loa cầm tay", 28, "loa cầm tay")],
[D("Kế hoạch", "18", "KH/BTGDVTU", "2026-03-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 20/3/2026"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT"),
 D("Nghị định", "66", "2021/NĐ-CP", None, None, "Nghị định số 66/2021/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Lâm Bình"), com("Sơn Vĩ"), com("Quản Bạ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Bạn đang ở: Trang chủ › Chính trị › Dân vận",
 "Học viên thực hành kỹ năng sơ cứu tại lớp tập huấn. Ảnh: Thu Phương", "4 tại chỗ", "3 sẵn sàng", "Luật Phòng, chống thiên tai"],
["Hôm nay: Thứ Hai, 20/04/2026", "Ngày đăng 17/04/2026 | 15:45", "3 ngày", "năm 2026", "Năm 2025", "4 tại chỗ", "3 sẵn sàng", "khóa XVII"]))
